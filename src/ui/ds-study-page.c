/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStudyPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-cards-page.h"
#include "ds-grading.h"
#include "ds-stats-page.h"
#include "ds-study-page.h"
#include "ds-window.h"

#define MAX_CHOICES 4
#define MINUTE_MS G_GINT64_CONSTANT (60000)
#define HOUR_MS (60 * MINUTE_MS)
#define DAY_MS (24 * HOUR_MS)

struct _DsStudyPage
{
  GtkWidget         parent_instance;

  DsDeck           *deck;
  DsLibrary        *library;
  DsStudySession   *session;
  DsStudyClockFunc  clock;
  gpointer          clock_data;

  /* The current card and how far its answer got. */
  DsCard           *card;
  DsStudyMode       mode;
  gboolean          revealed;
  DsRating          suggested;
  gboolean          correct;
  GPtrArray        *choice_buttons;
  GPtrArray        *item_entries;
  GtkWidget        *grade_buttons[4];
  GtkWidget        *grade_intervals[4];
  gboolean          choose_dirty;

  /* Template children. */
  GtkStack         *stack;
  GtkLabel         *overview_label;
  AdwActionRow     *all_row;
  GtkListBox       *essay_list;
  AdwStatusPage    *empty_page;
  GtkWidget        *empty_back_button;
  GtkScrolledWindow *card_scroller;
  GtkLabel         *context_label;
  GtkLabel         *remaining_label;
  GtkLabel         *question_label;
  GtkWidget        *warning_box;
  GtkLabel         *warning_label;
  GtkBox           *choice_box;
  GtkEntry         *answer_entry;
  GtkBox           *list_box;
  GtkButton        *reveal_button;
  GtkWidget        *answer_box;
  GtkImage         *verdict_icon;
  GtkLabel         *verdict_label;
  GtkLabel         *answer_label;
  GtkBox           *items_box;
  GtkLabel         *source_label;
  GtkWidget        *source_button;
  GtkBox           *grade_box;
  GtkLabel         *hint_label;
  AdwActionRow     *summary_cards_row;
  AdwActionRow     *summary_correct_row;
  AdwActionRow     *summary_time_row;
  AdwActionRow     *summary_next_row;
  GtkWidget        *summary_done_button;
};

G_DEFINE_FINAL_TYPE (DsStudyPage, ds_study_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DECK,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_choose (DsStudyPage *self);
static void show_current (DsStudyPage *self);

/* Formatting. */

char *
ds_study_format_interval (gint64 ms)
{
  gint64 minutes = MAX (1, (ms + MINUTE_MS / 2) / MINUTE_MS);
  gint64 hours = (ms + HOUR_MS / 2) / HOUR_MS;
  gint64 days = (ms + DAY_MS / 2) / DAY_MS;

  if (ms < HOUR_MS)
    /* Translators: a short interval until the next review, on a grade button. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), (int) minutes);
  if (ms < DAY_MS)
    /* Translators: hours until the next review, on a grade button. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), (int) hours);
  if (days < 31)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), (int) days);
  if (days < 365)
    {
      int months = (int) ((days + 15) / 30);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months), months);
    }
  /* Translators: years until the next review, with one decimal, e.g. "1.5 years". */
  return g_strdup_printf (_("%.1f years"), days / 365.0);
}

static char *
format_duration (gint64 ms)
{
  gint64 seconds = ms / 1000;

  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds),
                            (int) seconds);
  /* Translators: the length of a study session, minutes and seconds. */
  return g_strdup_printf (_("%d min %02d s"), (int) (seconds / 60), (int) (seconds % 60));
}

/* "today at 09:30", "tomorrow at 09:30", or a date; in local time. */
static char *
format_next_review (gint64 when_ms,
                    gint64 now_ms)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (when_ms / 1000);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (now_ms / 1000);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

  if (when_ms <= now_ms)
    return g_strdup (_("Now"));
  if (g_date_time_get_year (when) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now))
    /* Translators: a g_date_time_format() format: the time of the next review today. */
    return g_date_time_format (when, _("today at %H:%M"));
  if (g_date_time_get_year (when) == g_date_time_get_year (tomorrow) &&
      g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (tomorrow))
    /* Translators: a g_date_time_format() format: the time of the next review tomorrow. */
    return g_date_time_format (when, _("tomorrow at %H:%M"));
  /* Translators: a g_date_time_format() format: the date of the next review. */
  return g_date_time_format (when, _("%A, %e %B at %H:%M"));
}

static const char *
essay_title (DsStudyPage *self,
             const char  *essay_id)
{
  guint n = self->library ? g_list_model_get_n_items (G_LIST_MODEL (self->library)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (self->library), i);

      /* The library keeps its essays alive. */
      if (g_strcmp0 (ds_essay_get_id (essay), essay_id) == 0 &&
          ds_essay_get_title (essay) != NULL && *ds_essay_get_title (essay) != '\0')
        return ds_essay_get_title (essay);
    }
  return essay_id;
}

static gint64
page_now (DsStudyPage *self)
{
  return self->clock ? self->clock (self->clock_data) : g_get_real_time () / 1000;
}

/* Choosing a session. */

static char *
counts_text (guint n_due,
             guint n_new)
{
  g_autofree char *due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u due", "%u due", n_due), n_due);
  g_autofree char *fresh = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", n_new), n_new);

  /* Translators: "3 due · 5 new". */
  return g_strdup_printf (_("%s · %s"), due, fresh);
}

static void
row_activated_cb (AdwActionRow *row,
                  DsStudyPage  *self)
{
  const char *essay_id = g_object_get_data (G_OBJECT (row), "essay-id");
  const char *topic = g_object_get_data (G_OBJECT (row), "topic");
  gboolean is_topic = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "is-topic"));

  ds_study_page_start (self, is_topic ? DS_STUDY_SCOPE_TOPIC : DS_STUDY_SCOPE_ESSAY,
                       essay_id, topic);
}

static GtkWidget *
scope_row (DsStudyPage *self,
           const char  *title,
           const char  *essay_id,
           const char  *topic,
           gboolean     is_topic)
{
  GtkWidget *row = adw_action_row_new ();
  guint n_due = 0, n_new = 0;
  g_autofree char *counts = NULL;

  ds_study_count (self->deck, is_topic ? DS_STUDY_SCOPE_TOPIC : DS_STUDY_SCOPE_ESSAY,
                  essay_id, topic, page_now (self), &n_due, &n_new);
  counts = counts_text (n_due, n_new);
  /* Titles come from essays: text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "essay-id", g_strdup (essay_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "topic", g_strdup (topic), g_free);
  g_object_set_data (G_OBJECT (row), "is-topic", GINT_TO_POINTER (is_topic));
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  return row;
}

/* The essays with cards, in library order, then any others in card order. */
static GPtrArray *
essay_ids (DsStudyPage *self)
{
  GListModel *cards = ds_deck_get_cards (self->deck);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint n_essays = self->library ? g_list_model_get_n_items (G_LIST_MODEL (self->library)) : 0;
  guint n = g_list_model_get_n_items (cards);

  for (guint i = 0; i < n_essays; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (self->library), i);

      g_ptr_array_add (ids, g_strdup (ds_essay_get_id (essay)));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);

      if (!g_ptr_array_find_with_equal_func (ids, ds_card_get_essay_id (card), g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (ds_card_get_essay_id (card)));
    }
  return ids;
}

static GtkWidget *
essay_expander (DsStudyPage *self,
                const char  *essay_id)
{
  GListModel *cards = ds_deck_get_cards (self->deck);
  GtkWidget *expander = adw_expander_row_new ();
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (cards);
  guint n_due = 0, n_new = 0, n_cards = 0;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);
      const char *topic = ds_card_get_topic (card);

      if (g_strcmp0 (ds_card_get_essay_id (card), essay_id) != 0)
        continue;
      n_cards++;
      if (topic != NULL && *topic != '\0' &&
          !g_ptr_array_find_with_equal_func (topics, topic, g_str_equal, NULL))
        g_ptr_array_add (topics, (gpointer) topic);
    }
  if (n_cards == 0)
    return NULL;

  ds_study_count (self->deck, DS_STUDY_SCOPE_ESSAY, essay_id, NULL, page_now (self), &n_due, &n_new);
  counts = counts_text (n_due, n_new);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), essay_title (self, essay_id));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), counts);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            scope_row (self, _("Whole essay"), essay_id, NULL, FALSE));
  for (guint i = 0; i < topics->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              scope_row (self, topics->pdata[i], essay_id, topics->pdata[i], TRUE));
  return expander;
}

static void
rebuild_choose (DsStudyPage *self)
{
  g_autoptr(GPtrArray) ids = essay_ids (self);
  GtkWidget *child;
  guint n_due = 0, n_new = 0;
  g_autofree char *counts = NULL;
  g_autofree char *overview = NULL;
  guint n_cards = ds_deck_get_n_cards (self->deck);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->essay_list))) != NULL)
    gtk_list_box_remove (self->essay_list, child);

  ds_study_count (self->deck, DS_STUDY_SCOPE_ALL, NULL, NULL, page_now (self), &n_due, &n_new);
  counts = counts_text (n_due, n_new);
  adw_action_row_set_subtitle (self->all_row, counts);

  overview = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u card from the essays. New cards per day: %u.",
                                           "%u cards from the essays. New cards per day: %u.",
                                           n_cards),
                              n_cards, ds_settings_get_new_cards_per_day (ds_deck_get_settings (self->deck)));
  gtk_label_set_text (self->overview_label, overview);

  for (guint i = 0; i < ids->len; i++)
    {
      GtkWidget *row = essay_expander (self, ids->pdata[i]);

      if (row != NULL)
        gtk_list_box_append (self->essay_list, row);
    }
  self->choose_dirty = FALSE;
}

static void
deck_changed_cb (DsStudyPage *self)
{
  /* Counts change with every answer; they are rebuilt when next shown. */
  self->choose_dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "choose") == 0)
    rebuild_choose (self);
}

static void
show_choose (DsStudyPage *self)
{
  g_clear_object (&self->session);
  g_clear_object (&self->card);
  if (self->choose_dirty)
    rebuild_choose (self);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  gtk_widget_grab_focus (GTK_WIDGET (self->all_row));
}

/* Empty state and summary. */

static void
show_empty (DsStudyPage *self)
{
  gint64 now = page_now (self);
  gint64 next = ds_study_session_get_next_due (self->session);
  g_autofree char *description = NULL;

  if (ds_deck_get_n_cards (self->deck) == 0)
    description = g_strdup (_("There are no cards yet."));
  else if (next < 0)
    description = g_strdup (_("No review is scheduled here. Suspended cards are left out."));
  else
    {
      g_autofree char *when = format_next_review (next, now);

      /* Translators: %s is e.g. "tomorrow at 09:30". */
      description = g_strdup_printf (_("Next review %s."), when);
    }
  /* The description is markup: escape the plain text. */
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    adw_status_page_set_description (self->empty_page, escaped);
  }
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_grab_focus (self->empty_back_button);
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "value-label");

  if (label == NULL)
    {
      label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_xalign (label, 1);
      gtk_label_set_justify (label, GTK_JUSTIFY_RIGHT);
      gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
      adw_action_row_add_suffix (row, GTK_WIDGET (label));
      g_object_set_data (G_OBJECT (row), "value-label", label);
    }
  gtk_label_set_text (label, value);
  /* Screen readers read the row as "Correct answers: 3 of 4". */
  {
    g_autofree char *description = g_strdup_printf ("%s: %s",
                                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                    value);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  }
}

static void
show_summary (DsStudyPage *self)
{
  guint n_answered = ds_study_session_get_n_answered (self->session);
  guint n_correct = ds_study_session_get_n_correct (self->session);
  guint n_cards = ds_study_session_get_n_cards_seen (self->session);
  gint64 next = ds_study_session_get_next_due (self->session);
  g_autofree char *cards = NULL;
  g_autofree char *correct = NULL;
  g_autofree char *elapsed = format_duration (ds_study_session_get_elapsed (self->session));
  g_autofree char *when = NULL;

  cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card, %u answer", "%u cards, %u answers",
                                        n_cards), n_cards, n_answered);
  /* Translators: correct answers, e.g. "7 of 9 (78%)". */
  correct = g_strdup_printf (_("%u of %u (%u%%)"), n_correct, n_answered,
                             n_answered ? (n_correct * 100 + n_answered / 2) / n_answered : 0);
  when = next < 0 ? g_strdup (_("None scheduled")) : format_next_review (next, page_now (self));
  set_row_value (self->summary_cards_row, cards);
  set_row_value (self->summary_correct_row, correct);
  set_row_value (self->summary_time_row, elapsed);
  set_row_value (self->summary_next_row, when);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_grab_focus (self->summary_done_button);
}

/* Building a card. */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Card text comes from essays: set as text, never parsed as markup. */
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
choice_clicked_cb (GtkButton   *button,
                   DsStudyPage *self)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));

  gtk_widget_activate_action (GTK_WIDGET (self), "study.pick", "i", index);
}

static void
build_choices (DsStudyPage *self)
{
  const char * const *choices = ds_card_get_choices (self->card);

  clear_box (self->choice_box);
  g_ptr_array_set_size (self->choice_buttons, 0);
  for (guint i = 0; choices[i] != NULL && i < MAX_CHOICES; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      g_autofree char *key = g_strdup_printf ("%c", 'A' + i);
      GtkWidget *key_label = gtk_label_new (key);
      g_autofree char *accessible = g_strdup_printf ("%s: %s", key, choices[i]);

      gtk_widget_add_css_class (key_label, "study-choice-key");
      gtk_widget_set_valign (key_label, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), key_label);
      gtk_box_append (GTK_BOX (box), wrapped_label (choices[i]));
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "study-choice");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (button), "choice", GINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (button), "box", box);
      g_signal_connect (button, "clicked", G_CALLBACK (choice_clicked_cb), self);
      gtk_box_append (self->choice_box, button);
      g_ptr_array_add (self->choice_buttons, button);
    }
}

static void
item_entry_activate_cb (GtkEntry    *entry,
                        DsStudyPage *self)
{
  guint index;

  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Enter moves on to the next item; in the last one, or in an empty one
   * (nothing more comes to mind), it checks. */
  if (text != NULL && *text != '\0' &&
      g_ptr_array_find (self->item_entries, entry, &index) &&
      index + 1 < self->item_entries->len)
    gtk_widget_grab_focus (self->item_entries->pdata[index + 1]);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "study.reveal", NULL);
}

static void
build_list_entries (DsStudyPage *self)
{
  guint n_items = g_strv_length ((char **) ds_card_get_items (self->card));

  clear_box (self->list_box);
  g_ptr_array_set_size (self->item_entries, 0);
  for (guint i = 0; i < n_items; i++)
    {
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *placeholder = g_strdup_printf (_("Item %u"), i + 1);

      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
      g_signal_connect (entry, "activate", G_CALLBACK (item_entry_activate_cb), self);
      gtk_box_append (self->list_box, entry);
      g_ptr_array_add (self->item_entries, entry);
    }
}

static void
update_grade_buttons (DsStudyPage *self)
{
  static const char *names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };
  gint64 intervals[4];

  if (!ds_study_session_preview (self->session, intervals))
    return;
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *interval = ds_study_format_interval (intervals[i]);
      /* Translators: a grade button for screen readers, e.g. "Good, next review in 10 min, key 3". */
      g_autofree char *accessible = g_strdup_printf (_("%s, next review in %s, key %u"),
                                                     _(names[i]), interval, i + 1);
      g_autofree char *tooltip = g_strdup_printf (_("%s (key %u)"), _(names[i]), i + 1);

      gtk_label_set_text (GTK_LABEL (self->grade_intervals[i]), interval);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->grade_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_widget_set_tooltip_text (self->grade_buttons[i], tooltip);
      if (i + 1 == self->suggested)
        gtk_widget_add_css_class (self->grade_buttons[i], "suggested-action");
      else
        gtk_widget_remove_css_class (self->grade_buttons[i], "suggested-action");
    }
}

static void
set_context (DsStudyPage *self)
{
  const char *topic = ds_card_get_topic (self->card);
  const char *title = essay_title (self, ds_card_get_essay_id (self->card));
  g_autofree char *context = NULL;
  guint remaining = ds_study_session_get_n_remaining (self->session);
  guint answered = ds_study_session_get_n_answered (self->session);
  g_autofree char *n_left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card left",
                                                          "%u cards left", remaining), remaining);
  g_autofree char *n_answered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answered",
                                                              "%u answered", answered), answered);
  /* Translators: session progress, "3 answered · 12 cards left". */
  g_autofree char *left = g_strdup_printf (_("%s · %s"), n_answered, n_left);

  /* Translators: the essay and the topic of a card, "Essay title — Topic". */
  context = topic && *topic && g_strcmp0 (topic, title) != 0
            ? g_strdup_printf (_("%s — %s"), title, topic) : g_strdup (title);
  gtk_label_set_text (self->context_label, context);
  gtk_label_set_text (self->remaining_label, left);
}

static void
set_warnings (DsStudyPage *self)
{
  const char * const *warnings = ds_card_get_warnings (self->card);
  g_autofree char *text = warnings && warnings[0] ? g_strjoinv ("\n", (char **) warnings) : NULL;

  gtk_widget_set_visible (self->warning_box, text != NULL);
  gtk_label_set_text (self->warning_label, text ? text : "");
}

static const char *
reveal_label (DsStudyMode mode)
{
  switch (mode)
    {
    case DS_STUDY_MODE_FLIP:
      return _("_Show Answer");
    case DS_STUDY_MODE_CHOICE:
      return _("I Don’t _Know");
    case DS_STUDY_MODE_TYPED:
    case DS_STUDY_MODE_CLOZE:
    case DS_STUDY_MODE_LIST:
    default:
      return _("_Check");
    }
}

static const char *
hint_text (DsStudyMode mode)
{
  switch (mode)
    {
    case DS_STUDY_MODE_FLIP:
      return _("Space or Enter shows the answer. Ctrl+Z undoes the last answer.");
    case DS_STUDY_MODE_CHOICE:
      return _("Press 1–4 or A–D to choose. Ctrl+Z undoes the last answer.");
    case DS_STUDY_MODE_LIST:
      return _("Items may come in any order. Enter moves to the next item; on an empty item or the last one it checks.");
    case DS_STUDY_MODE_TYPED:
    case DS_STUDY_MODE_CLOZE:
    default:
      return _("Type the answer and press Enter. Small typos, case and accents do not count.");
    }
}

/* Shows the session's current card, unanswered. */
static void
show_current (DsStudyPage *self)
{
  DsCard *card = ds_study_session_get_card (self->session);

  if (card == NULL)
    {
      g_clear_object (&self->card);
      if (ds_study_session_get_n_answered (self->session) > 0)
        show_summary (self);
      else
        show_empty (self);
      return;
    }

  g_set_object (&self->card, card);
  self->mode = ds_study_mode_for_card (card);
  self->revealed = FALSE;
  self->suggested = DS_RATING_GOOD;
  self->correct = FALSE;

  set_context (self);
  set_warnings (self);
  gtk_label_set_text (self->question_label, ds_card_get_question (card));

  gtk_widget_set_visible (GTK_WIDGET (self->choice_box), self->mode == DS_STUDY_MODE_CHOICE);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), self->mode == DS_STUDY_MODE_LIST);
  gtk_widget_set_visible (GTK_WIDGET (self->answer_entry),
                          self->mode == DS_STUDY_MODE_TYPED || self->mode == DS_STUDY_MODE_CLOZE);
  gtk_editable_set_text (GTK_EDITABLE (self->answer_entry), "");
  gtk_editable_set_editable (GTK_EDITABLE (self->answer_entry), TRUE);
  gtk_entry_set_placeholder_text (self->answer_entry, self->mode == DS_STUDY_MODE_CLOZE
                                                      ? _("The missing word")
                                                      : _("Your answer"));
  if (self->mode == DS_STUDY_MODE_CHOICE)
    build_choices (self);
  if (self->mode == DS_STUDY_MODE_LIST)
    build_list_entries (self);

  gtk_button_set_label (self->reveal_button, reveal_label (self->mode));
  gtk_button_set_use_underline (self->reveal_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), TRUE);
  gtk_widget_set_visible (self->answer_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->grade_box), FALSE);
  gtk_label_set_text (self->hint_label, hint_text (self->mode));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.undo",
                                 ds_study_session_can_undo (self->session));

  gtk_stack_set_visible_child_name (self->stack, "card");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->card_scroller), 0);

  if (self->mode == DS_STUDY_MODE_CHOICE && self->choice_buttons->len > 0)
    gtk_widget_grab_focus (self->choice_buttons->pdata[0]);
  else if (self->mode == DS_STUDY_MODE_LIST && self->item_entries->len > 0)
    gtk_widget_grab_focus (self->item_entries->pdata[0]);
  else if (self->mode == DS_STUDY_MODE_TYPED || self->mode == DS_STUDY_MODE_CLOZE)
    gtk_widget_grab_focus (GTK_WIDGET (self->answer_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->reveal_button));
}

/* Answering. */

static void
set_verdict (DsStudyPage *self,
             gboolean     shown,
             gboolean     correct,
             const char  *text)
{
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_icon), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), shown);
  if (!shown)
    return;
  /* Not by colour alone: an icon and words. */
  gtk_image_set_from_icon_name (self->verdict_icon, correct ? "emblem-ok-symbolic"
                                                            : "window-close-symbolic");
  gtk_label_set_text (self->verdict_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), correct ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), correct ? "success" : "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), correct ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), correct ? "success" : "error");
}

static void
show_items (DsStudyPage    *self,
            const DsListGrade *grade)
{
  const char * const *items = ds_card_get_items (self->card);

  clear_box (self->items_box);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gboolean matched = grade != NULL && i < grade->n_items && grade->matched[i];
      GtkWidget *icon = gtk_image_new_from_icon_name (grade == NULL ? "media-record-symbolic"
                                                      : matched ? "emblem-ok-symbolic"
                                                      : "window-close-symbolic");
      GtkWidget *label = wrapped_label (items[i]);
      g_autofree char *accessible = NULL;

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      if (grade != NULL)
        {
          gtk_widget_add_css_class (icon, matched ? "success" : "error");
          accessible = g_strdup_printf (matched ? _("Recalled: %s") : _("Missed: %s"), items[i]);
          gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
        }
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (self->items_box, row);
    }
}

static void
show_answer (DsStudyPage *self)
{
  const char *source = ds_card_get_source_text (self->card);
  const char *answer = ds_card_get_answer (self->card);
  gboolean has_source = ds_card_get_source_end (self->card) > ds_card_get_source_start (self->card);

  self->revealed = TRUE;
  gtk_label_set_text (self->answer_label, answer ? answer : "");
  gtk_widget_set_visible (GTK_WIDGET (self->answer_label),
                          answer != NULL && *answer != '\0' && self->mode != DS_STUDY_MODE_LIST);
  if (source != NULL && *source != '\0')
    {
      /* Translators: the source sentence of a card, in quotation marks. */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), source);

      gtk_label_set_text (self->source_label, quoted);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL && *source != '\0');
  gtk_widget_set_visible (self->source_button, has_source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.show-source", has_source);

  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), FALSE);
  gtk_widget_set_visible (self->answer_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->grade_box), TRUE);
  update_grade_buttons (self);
  gtk_label_set_text (self->hint_label,
                      _("Press 1 Again, 2 Hard, 3 Good or 4 Easy; Enter takes the highlighted grade."));
  gtk_widget_grab_focus (self->grade_buttons[self->suggested - 1]);
}

static void
check_typed (DsStudyPage *self)
{
  const char *given = gtk_editable_get_text (GTK_EDITABLE (self->answer_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (given ? given : ""));
  gboolean empty = *stripped == '\0';

  self->correct = !empty && ds_grading_matches (ds_card_get_answer (self->card), given);
  self->suggested = self->correct ? DS_RATING_GOOD : DS_RATING_AGAIN;
  gtk_editable_set_editable (GTK_EDITABLE (self->answer_entry), FALSE);
  set_verdict (self, TRUE, self->correct,
               self->correct ? _("Correct") : empty ? _("Not answered") : _("Not quite"));
}

static void
check_list (DsStudyPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) given = NULL;
  g_auto(DsListGrade) grade = { 0, };
  g_autofree char *verdict = NULL;

  for (guint i = 0; i < self->item_entries->len; i++)
    {
      const char *text = gtk_editable_get_text (self->item_entries->pdata[i]);

      if (text != NULL && *text != '\0')
        g_strv_builder_add (builder, text);
      gtk_editable_set_editable (self->item_entries->pdata[i], FALSE);
    }
  given = g_strv_builder_end (builder);
  grade = ds_grading_grade_list (ds_card_get_items (self->card), (const char * const *) given);
  self->suggested = ds_grading_rating_for_score (grade.score);
  self->correct = grade.n_items > 0 && grade.n_matched == grade.n_items;
  /* Translators: how many list items were recalled, e.g. "2 of 3 items". */
  verdict = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item", "%u of %u items",
                                          grade.n_items), grade.n_matched, grade.n_items);
  set_verdict (self, TRUE, self->correct, verdict);
  show_items (self, &grade);
}

static void
mark_choices (DsStudyPage *self,
              int          picked)
{
  int right = ds_card_get_correct_choice (self->card);

  for (guint i = 0; i < self->choice_buttons->len; i++)
    {
      GtkWidget *button = self->choice_buttons->pdata[i];
      GtkWidget *box = g_object_get_data (G_OBJECT (button), "box");
      const char *icon = (int) i == right ? "emblem-ok-symbolic"
                         : (int) i == picked ? "window-close-symbolic" : NULL;

      gtk_widget_set_sensitive (button, FALSE);
      if (icon != NULL)
        {
          GtkWidget *image = gtk_image_new_from_icon_name (icon);

          gtk_widget_add_css_class (image, (int) i == right ? "success" : "error");
          gtk_box_append (GTK_BOX (box), image);
          gtk_widget_add_css_class (button, (int) i == right ? "study-choice-right"
                                                              : "study-choice-wrong");
        }
    }
}

static void
pick_choice (DsStudyPage *self,
             int          index)
{
  const char * const *choices = ds_card_get_choices (self->card);
  int right = ds_card_get_correct_choice (self->card);
  g_autofree char *verdict = NULL;

  if (self->revealed || self->mode != DS_STUDY_MODE_CHOICE ||
      index < 0 || index >= (int) self->choice_buttons->len)
    return;

  self->correct = index == right;
  self->suggested = self->correct ? DS_RATING_GOOD : DS_RATING_AGAIN;
  mark_choices (self, index);
  /* Translators: after a wrong choice: the right option's letter and text. */
  verdict = self->correct ? g_strdup (_("Correct"))
                          : g_strdup_printf (_("Incorrect. The answer is %c: %s"), 'A' + right, choices[right]);
  set_verdict (self, TRUE, self->correct, verdict);
  show_items (self, NULL);
  show_answer (self);
}

static void
reveal (DsStudyPage *self)
{
  if (self->card == NULL || self->revealed)
    return;

  clear_box (self->items_box);
  switch (self->mode)
    {
    case DS_STUDY_MODE_TYPED:
    case DS_STUDY_MODE_CLOZE:
      check_typed (self);
      break;
    case DS_STUDY_MODE_LIST:
      check_list (self);
      break;
    case DS_STUDY_MODE_CHOICE:
      /* "I don't know": show the right one, suggest Again. */
      self->correct = FALSE;
      self->suggested = DS_RATING_AGAIN;
      mark_choices (self, -1);
      set_verdict (self, TRUE, FALSE, _("Not answered"));
      break;
    case DS_STUDY_MODE_FLIP:
    default:
      set_verdict (self, FALSE, FALSE, NULL);
      show_items (self, NULL);
      break;
    }
  show_answer (self);
}

static void
grade (DsStudyPage *self,
       DsRating     rating)
{
  g_autoptr(GError) error = NULL;
  gboolean correct;

  if (self->card == NULL || !self->revealed)
    return;

  /* A self-graded card counts as right when the learner recalled it. */
  correct = self->mode == DS_STUDY_MODE_FLIP ? rating >= DS_RATING_HARD : self->correct;
  if (!ds_study_session_answer (self->session, rating, correct, &error))
    {
      g_warning ("Could not record the answer: %s", error->message);
      return;
    }
  show_current (self);
}

/* Actions. */

static void
start_all_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  ds_study_page_start (DS_STUDY_PAGE (widget), DS_STUDY_SCOPE_ALL, NULL, NULL);
}

static void
reveal_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->revealed)
    grade (self, self->suggested);
  else
    reveal (self);
}

static void
grade_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  int rating = g_variant_get_int32 (param);

  if (rating >= DS_RATING_AGAIN && rating <= DS_RATING_EASY)
    grade (self, rating);
}

static void
pick_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  pick_choice (DS_STUDY_PAGE (widget), g_variant_get_int32 (param));
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->session == NULL || !ds_study_session_undo (self->session))
    return;
  show_current (self);
}

static void
show_source_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  DsReaderPage *reader;

  if (self->card == NULL || !DS_IS_WINDOW (root))
    return;
  if (!ds_window_open_essay (DS_WINDOW (root), ds_card_get_essay_id (self->card)))
    return;
  reader = ds_window_get_reader_page (DS_WINDOW (root));
  ds_window_set_visible_page (DS_WINDOW (root), "read");
  ds_reader_page_highlight_span (reader, ds_card_get_source_start (self->card),
                                 ds_card_get_source_end (self->card));
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  show_choose (DS_STUDY_PAGE (widget));
}

static void
answer_entry_activate_cb (DsStudyPage *self)
{
  if (!self->revealed)
    reveal (self);
}

/* Keys: digits grade once the answer shows and pick before; letters pick. */
static gboolean
digit_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  int n = g_variant_get_int32 (args);

  if (self->card == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "card") != 0)
    return FALSE;
  if (self->revealed)
    grade (self, n);
  else if (self->mode == DS_STUDY_MODE_CHOICE)
    pick_choice (self, n - 1);
  else
    return FALSE;
  return TRUE;
}

static gboolean
letter_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->card == NULL || self->revealed || self->mode != DS_STUDY_MODE_CHOICE)
    return FALSE;
  pick_choice (self, g_variant_get_int32 (args));
  return TRUE;
}

static gboolean
reveal_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->card == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "card") != 0)
    return FALSE;
  reveal_action (widget, NULL, NULL);
  return TRUE;
}

/* GObject. */

/* The widget that takes the keyboard in the current view, so that Enter,
 * Space and the digits work as soon as the page shows. */
static GtkWidget *
focus_target (DsStudyPage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (view, "empty") == 0)
    return self->empty_back_button;
  if (g_strcmp0 (view, "summary") == 0)
    return self->summary_done_button;
  if (g_strcmp0 (view, "card") != 0 || self->card == NULL)
    return GTK_WIDGET (self->all_row);
  if (self->revealed)
    return self->grade_buttons[self->suggested - 1];
  if (self->mode == DS_STUDY_MODE_CHOICE && self->choice_buttons->len > 0)
    return self->choice_buttons->pdata[0];
  if (self->mode == DS_STUDY_MODE_LIST && self->item_entries->len > 0)
    return self->item_entries->pdata[0];
  if (self->mode == DS_STUDY_MODE_TYPED || self->mode == DS_STUDY_MODE_CLOZE)
    return GTK_WIDGET (self->answer_entry);
  return GTK_WIDGET (self->reveal_button);
}

static gboolean
focus_idle_cb (gpointer data)
{
  DsStudyPage *self = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (focus_target (self));
  return G_SOURCE_REMOVE;
}

static void
ds_study_page_map (GtkWidget *widget)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  GTK_WIDGET_CLASS (ds_study_page_parent_class)->map (widget);

  if (self->choose_dirty && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "choose") == 0)
    rebuild_choose (self);
  /* After the switch has settled: the view stack moves focus itself. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_idle_cb, g_object_ref (self), g_object_unref);
}

static void
build_grade_buttons (DsStudyPage *self)
{
  static const char *names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };

  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *title = g_strdup_printf ("%u · %s", i + 1, _(names[i]));
      GtkWidget *name = gtk_label_new (title);
      GtkWidget *interval = gtk_label_new (NULL);

      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (name, "heading");
      gtk_label_set_wrap (GTK_LABEL (interval), TRUE);
      gtk_label_set_justify (GTK_LABEL (interval), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (interval, "caption");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), interval);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "study.grade");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) (i + 1));
      gtk_widget_add_css_class (button, "study-grade");
      gtk_box_append (self->grade_box, button);
      self->grade_buttons[i] = button;
      self->grade_intervals[i] = interval;
    }
}

static void
ds_study_page_constructed (GObject *object)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  G_OBJECT_CLASS (ds_study_page_parent_class)->constructed (object);

  g_signal_connect_object (ds_deck_get_progress (self->deck), "changed",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_deck_get_cards (self->deck), "items-changed",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_deck_get_settings (self->deck), "notify::new-cards-per-day",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  /* The session list is built when the page is first shown (see map). */
}

static void
ds_study_page_dispose (GObject *object)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_STUDY_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (ds_study_page_parent_class)->dispose (object);
}

static void
ds_study_page_finalize (GObject *object)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  g_clear_pointer (&self->choice_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->item_entries, g_ptr_array_unref);
  g_clear_object (&self->deck);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (ds_study_page_parent_class)->finalize (object);
}

static void
ds_study_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_study_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DECK:
      self->deck = g_value_dup_object (value);
      break;
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key_bindings (GtkWidgetClass *widget_class)
{
  static const guint digits[] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4 };
  static const guint keypad[] = { GDK_KEY_KP_1, GDK_KEY_KP_2, GDK_KEY_KP_3, GDK_KEY_KP_4 };
  static const guint letters[] = { GDK_KEY_a, GDK_KEY_b, GDK_KEY_c, GDK_KEY_d };

  for (int i = 0; i < 4; i++)
    {
      gtk_widget_class_add_binding (widget_class, digits[i], 0, digit_cb, "i", i + 1);
      gtk_widget_class_add_binding (widget_class, keypad[i], 0, digit_cb, "i", i + 1);
      gtk_widget_class_add_binding (widget_class, letters[i], 0, letter_cb, "i", i);
    }
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "study.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "study.leave", NULL);
}

static void
ds_study_page_class_init (DsStudyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_study_page_constructed;
  object_class->dispose = ds_study_page_dispose;
  object_class->finalize = ds_study_page_finalize;
  object_class->get_property = ds_study_page_get_property;
  object_class->set_property = ds_study_page_set_property;
  widget_class->map = ds_study_page_map;

  properties[PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, DS_TYPE_DECK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, DS_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-study-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, overview_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, all_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, essay_list);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, empty_back_button);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, card_scroller);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, context_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, warning_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, choice_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, answer_entry);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, answer_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, items_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, source_button);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, grade_box);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, summary_cards_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, summary_correct_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, summary_time_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, summary_next_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, summary_done_button);
  gtk_widget_class_bind_template_callback (widget_class, answer_entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "study.start-all", NULL, start_all_action);
  gtk_widget_class_install_action (widget_class, "study.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "study.grade", "i", grade_action);
  gtk_widget_class_install_action (widget_class, "study.pick", "i", pick_action);
  gtk_widget_class_install_action (widget_class, "study.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "study.show-source", NULL, show_source_action);
  gtk_widget_class_install_action (widget_class, "study.leave", NULL, leave_action);
  add_key_bindings (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "studypage");
}

static void
ds_study_page_init (DsStudyPage *self)
{
  self->choice_buttons = g_ptr_array_new ();
  self->item_entries = g_ptr_array_new ();
  self->choose_dirty = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  build_grade_buttons (self);
}

DsStudyPage *
ds_study_page_new (DsDeck    *deck,
                   DsLibrary *library)
{
  g_return_val_if_fail (DS_IS_DECK (deck), NULL);
  g_return_val_if_fail (library == NULL || DS_IS_LIBRARY (library), NULL);

  return g_object_new (DS_TYPE_STUDY_PAGE, "deck", deck, "library", library, NULL);
}

DsDeck *
ds_study_page_get_deck (DsStudyPage *self)
{
  g_return_val_if_fail (DS_IS_STUDY_PAGE (self), NULL);

  return self->deck;
}

void
ds_study_page_start (DsStudyPage  *self,
                     DsStudyScope  scope,
                     const char   *essay_id,
                     const char   *topic)
{
  g_return_if_fail (DS_IS_STUDY_PAGE (self));

  g_clear_object (&self->session);
  self->session = ds_study_session_new (self->deck, scope, essay_id, topic);
  if (self->clock != NULL)
    ds_study_session_set_clock (self->session, self->clock, self->clock_data);
  ds_study_session_start (self->session);
  show_current (self);
}

DsStudySession *
ds_study_page_get_session (DsStudyPage *self)
{
  g_return_val_if_fail (DS_IS_STUDY_PAGE (self), NULL);

  return self->session;
}

const char *
ds_study_page_get_view (DsStudyPage *self)
{
  g_return_val_if_fail (DS_IS_STUDY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
ds_study_page_set_clock (DsStudyPage      *self,
                         DsStudyClockFunc  func,
                         gpointer          user_data)
{
  g_return_if_fail (DS_IS_STUDY_PAGE (self));

  self->clock = func;
  self->clock_data = user_data;
}

static GtkWidget *
create_study_cb (DsWindow *window,
                 gpointer  user_data)
{
  return GTK_WIDGET (ds_study_page_new (ds_window_get_deck (window), ds_window_get_library (window)));
}

static GtkWidget *
create_cards_cb (DsWindow *window,
                 gpointer  user_data)
{
  return GTK_WIDGET (ds_cards_page_new (ds_window_get_deck (window), ds_window_get_library (window)));
}

static GtkWidget *
create_stats_cb (DsWindow *window,
                 gpointer  user_data)
{
  return GTK_WIDGET (ds_stats_page_new (ds_window_get_deck (window), ds_window_get_library (window)));
}

void
ds_study_page_add_to_window (GtkWidget *window)
{
  DsWindow *win = DS_WINDOW (window);

  g_return_if_fail (DS_IS_WINDOW (window));

  /* Built when first shown: the deck (generating every card) and the
   * pages cost nothing at startup. All three share the window's deck, so
   * an answer on one shows on the others. */
  ds_window_add_page_lazily (win, "study", _("Study"), "task-due-symbolic",
                             create_study_cb, NULL);
  ds_window_add_page_lazily (win, "cards", _("Cards"), "view-list-symbolic",
                             create_cards_cb, NULL);
  ds_window_add_page_lazily (win, "statistics", _("Statistics"), "x-office-spreadsheet-symbolic",
                             create_stats_cb, NULL);
}
