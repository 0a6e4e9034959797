/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStudyPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-choice-button.h"
#include "ds-grading.h"
#include "ds-study-page-private.h"
#include "ds-text-label.h"
#include "ds-widgets-private.h"

char *
ds_study_format_interval (gint64 ms)
{
  gint64 minutes = MAX (1, (ms + DS_MINUTE_MS / 2) / DS_MINUTE_MS);
  gint64 hours = (ms + DS_HOUR_MS / 2) / DS_HOUR_MS;
  gint64 days = (ms + DS_DAY_MS / 2) / DS_DAY_MS;

  if (ms < DS_HOUR_MS)
    /* Translators: a short interval until the next review, on a grade button. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), (int) minutes);
  if (ms < DS_DAY_MS)
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

/* Building a card. */

/* Card text comes from essays: set as text, never parsed as markup. */
static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = ds_text_label_new (text, NULL);

  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
build_choices (DsStudyPage *self)
{
  const char * const *choices = ds_card_get_choices (self->card);

  _ds_widget_remove_children (GTK_WIDGET (self->choice_box));
  g_ptr_array_set_size (self->choice_buttons, 0);
  for (guint i = 0; choices[i] != NULL && i < MAX_CHOICES; i++)
    {
      GtkWidget *button = ds_choice_button_new (i, choices[i]);

      gtk_box_append (self->choice_box, button);
      g_ptr_array_add (self->choice_buttons, button);
    }
}

/* Enter does what the highlighted button says, on every card: in an item
 * it checks the list (Tab moves to the next item). */
static void
item_entry_activate_cb (GtkEntry    *entry,
                        DsStudyPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "study.reveal", NULL);
}

static void
build_list_entries (DsStudyPage *self)
{
  guint n_items = g_strv_length ((char **) ds_card_get_items (self->card));

  _ds_widget_remove_children (GTK_WIDGET (self->list_box));
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
  const char *title = ds_session_get_essay_title (ds_deck_page_get_session (DS_DECK_PAGE (self)), ds_card_get_essay_id (self->card));
  g_autofree char *context = NULL;
  /* Answers still to give, learning steps included: it counts down. */
  guint remaining = ds_study_session_get_n_left (self->session);
  guint answered = ds_study_session_get_n_answered (self->session);
  /* Translators: answers still to give in a study session (cards that
   * come back for a learning step count again). */
  g_autofree char *n_left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to go",
                                                          "%u to go", remaining), remaining);
  g_autofree char *n_answered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answered",
                                                              "%u answered", answered), answered);
  /* Translators: session progress, "3 answered · 12 to go". */
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
  /* The warnings are about the generated card (an item missing from the
   * source); an edited card is the learner's or the teacher's own. */
  gboolean edited = ds_deck_is_edited (ds_deck_page_get_deck (DS_DECK_PAGE (self)), self->card);
  g_autofree char *text = warnings && warnings[0] && !edited
                          ? g_strjoinv ("\n", (char **) warnings) : NULL;

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

/* The keys, and what Enter does: always what the highlighted button says. */
static const char *
hint_text (DsStudyMode mode)
{
  switch (mode)
    {
    case DS_STUDY_MODE_FLIP:
      return _("Enter or Space: Show Answer. Ctrl+Z undoes the last answer.");
    case DS_STUDY_MODE_CHOICE:
      return _("1–4 or A–D chooses an option. Enter: I Don’t Know. Ctrl+Z undoes the last answer.");
    case DS_STUDY_MODE_LIST:
      return _("Items may come in any order; Tab moves to the next item. Enter: Check.");
    case DS_STUDY_MODE_TYPED:
    case DS_STUDY_MODE_CLOZE:
    default:
      return _("Small typos, case and accents do not count. Enter: Check.");
    }
}

/* After the answer: the grade keys, and the grade Enter takes. */
static char *
grade_hint_text (DsRating suggested)
{
  static const char *names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };

  /* Translators: %s is the highlighted grade, "Again", "Hard", "Good" or "Easy". */
  return g_strdup_printf (_("1 Again, 2 Hard, 3 Good, 4 Easy. Enter: %s."), _(names[suggested - 1]));
}

/* Shows the session's current card, unanswered. */
void
_ds_study_page_show_current (DsStudyPage *self)
{
  DsCard *card = ds_study_session_get_card (self->session);

  /* Also from the summary: Ctrl+Z brings the last card back. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.undo",
                                 ds_study_session_can_undo (self->session));
  if (card == NULL)
    {
      g_clear_object (&self->card);
      _ds_study_page_show_finished (self);
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
  /* A placeholder is not a name: a screen reader gets it as well. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answer_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_entry_get_placeholder_text (self->answer_entry), -1);
  if (self->mode == DS_STUDY_MODE_CHOICE)
    build_choices (self);
  if (self->mode == DS_STUDY_MODE_LIST)
    build_list_entries (self);

  gtk_button_set_label (self->reveal_button, reveal_label (self->mode));
  gtk_button_set_use_underline (self->reveal_button, TRUE);
  _ds_widget_fix_mnemonic_names (GTK_WIDGET (self->reveal_button));
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), TRUE);
  gtk_widget_set_visible (self->answer_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->grade_box), FALSE);
  gtk_label_set_text (self->hint_label, hint_text (self->mode));
  gtk_stack_set_visible_child_name (self->stack, "card");
  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->card_scroller), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->card_scroller), 0);

  /* The highlighted button has the focus, so that Enter does what it
   * says (options are picked by their keys or a click). */
  if (self->mode == DS_STUDY_MODE_LIST && self->item_entries->len > 0)
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

/* One line of the result: an icon and words (not colour alone). */
static GtkWidget *
result_row (const char *icon_name,
            const char *css_class,
            const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = wrapped_label (text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  return row;
}

/* The entry the learner counted for item @item, or NULL. */
static const char *
entry_for_item (const DsListGrade  *grade,
                const char * const *given,
                guint               item)
{
  for (guint g = 0; grade != NULL && g < grade->n_given; g++)
    if (grade->given_item[g] == (int) item)
      return given[g];
  return NULL;
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *na = ds_grading_normalize (a);
  g_autofree char *nb = ds_grading_normalize (b);

  return g_strcmp0 (na, nb) == 0;
}

/* Item by item: recalled (with what the learner wrote, when it was not
 * the item word for word) or missed; then what matched no item. */
static void
show_items (DsStudyPage        *self,
            const DsListGrade  *grade,
            const char * const *given)
{
  const char * const *items = ds_card_get_items (self->card);

  _ds_widget_remove_children (GTK_WIDGET (self->items_box));
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *wrote = entry_for_item (grade, given, i);
      g_autofree char *text = NULL;

      if (grade == NULL)
        text = g_strdup (items[i]);
      else if (wrote == NULL)
        text = g_strdup_printf (_("Missed: %s"), items[i]);
      else if (same_words (wrote, items[i]))
        text = g_strdup_printf (_("Recalled: %s"), items[i]);
      else
        /* Translators: a list item recalled in other words, e.g.
         * "Recalled: aspek ekonomi (you wrote “ekonomi”)". */
        text = g_strdup_printf (_("Recalled: %s (you wrote “%s”)"), items[i], wrote);
      gtk_box_append (self->items_box,
                      result_row (grade == NULL ? "media-record-symbolic"
                                  : wrote != NULL ? "emblem-ok-symbolic" : "window-close-symbolic",
                                  grade == NULL ? NULL : wrote != NULL ? "success" : "error", text));
    }
  for (guint g = 0; grade != NULL && g < grade->n_given; g++)
    if (grade->given_item[g] < 0)
      {
        /* Translators: an entry of the learner's that matched no item. */
        g_autofree char *text = g_strdup_printf (_("Not one of the items: “%s”"), given[g]);

        gtk_box_append (self->items_box, result_row ("window-close-symbolic", "error", text));
      }
}

/* Each entry says whether it counted: an icon with words for the pointer
 * and for screen readers. */
static void
mark_entry (GtkEntry   *entry,
            const char *item)
{
  g_autofree char *text = item ? g_strdup_printf (_("Matched: %s"), item)
                               : g_strdup (_("Not matched"));

  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY,
                                     item ? "emblem-ok-symbolic" : "window-close-symbolic");
  gtk_entry_set_icon_tooltip_text (entry, GTK_ENTRY_ICON_SECONDARY, text);
  gtk_widget_add_css_class (GTK_WIDGET (entry), item ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/*
 * Once the answer is laid out, the card scrolls so that as much of it as
 * fits is in view, its end (Show Source) first: on a low screen a list's
 * result would otherwise sit below the fold. A tick callback runs before
 * the frame's layout; the answer box has a size from the frame after it
 * was shown.
 */
static gboolean
reveal_answer_tick_cb (GtkWidget     *scroller,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  DsStudyPage *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->card_scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->card_scroller);
  graphene_rect_t bounds;
  double end;

  if (!gtk_widget_get_visible (self->answer_box) ||
      !gtk_widget_compute_bounds (self->answer_box, content, &bounds) ||
      bounds.size.height <= 0)
    return G_SOURCE_CONTINUE;

  self->reveal_tick_id = 0;
  /* The end of the answer at the bottom of the view, but never its top
   * above the view's top. */
  end = bounds.origin.y + bounds.size.height + 24 - gtk_adjustment_get_page_size (adj);
  gtk_adjustment_set_value (adj, MIN (end, bounds.origin.y - 12));
  return G_SOURCE_REMOVE;
}

static void
scroll_to_answer (DsStudyPage *self)
{
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->card_scroller),
                                                         reveal_answer_tick_cb, self, NULL);
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
  scroll_to_answer (self);
  {
    g_autofree char *hint = grade_hint_text (self->suggested);

    gtk_label_set_text (self->hint_label, hint);
  }
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
  g_autoptr(GPtrArray) filled = g_ptr_array_new ();
  g_auto(GStrv) given = NULL;
  g_auto(DsListGrade) grade = { 0, };
  g_autofree char *verdict = NULL;
  const char * const *items = ds_card_get_items (self->card);

  for (guint i = 0; i < self->item_entries->len; i++)
    {
      const char *text = gtk_editable_get_text (self->item_entries->pdata[i]);
      g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

      if (*stripped != '\0')
        {
          g_strv_builder_add (builder, stripped);
          g_ptr_array_add (filled, self->item_entries->pdata[i]);
        }
      gtk_editable_set_editable (self->item_entries->pdata[i], FALSE);
    }
  given = g_strv_builder_end (builder);
  grade = ds_grading_grade_list (items, (const char * const *) given);
  for (guint g = 0; g < filled->len; g++)
    mark_entry (filled->pdata[g], grade.given_item[g] >= 0 ? items[grade.given_item[g]] : NULL);
  self->suggested = ds_grading_rating_for_score (grade.score);
  self->correct = grade.n_items > 0 && grade.n_matched == grade.n_items;
  /* Translators: how many list items were recalled, e.g. "2 of 3 items". */
  verdict = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item", "%u of %u items",
                                          grade.n_items), grade.n_matched, grade.n_items);
  set_verdict (self, TRUE, self->correct, verdict);
  show_items (self, &grade, (const char * const *) given);
}

/* The right option is shown plainly, not by colour alone: a frame, an icon
 * and the words "Right answer"; a wrong pick says "Your answer"; the other
 * options step back. None of them can be picked again. */
static void
mark_choices (DsStudyPage *self,
              int          picked)
{
  int right = ds_card_get_correct_choice (self->card);

  for (guint i = 0; i < self->choice_buttons->len; i++)
    {
      DsChoiceButton *button = self->choice_buttons->pdata[i];

      if ((int) i == right)
        ds_choice_button_mark (button, DS_CHOICE_MARK_RIGHT);
      else if ((int) i == picked)
        ds_choice_button_mark (button, DS_CHOICE_MARK_WRONG);
      else
        ds_choice_button_mark (button, DS_CHOICE_MARK_OTHER);
    }
}

void
_ds_study_page_pick_choice (DsStudyPage *self,
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
  show_items (self, NULL, NULL);
  show_answer (self);
}

void
_ds_study_page_reveal (DsStudyPage *self)
{
  if (self->card == NULL || self->revealed)
    return;

  _ds_widget_remove_children (GTK_WIDGET (self->items_box));
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
      show_items (self, NULL, NULL);
      break;
    }
  show_answer (self);
}

void
_ds_study_page_grade (DsStudyPage *self,
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
      /* The window says so (DsProgress::write-failed); the card stays
       * so that the learner can answer it again. */
      g_debug ("Could not record the answer: %s", error->message);
      return;
    }
  _ds_study_page_show_current (self);
}

void
_ds_study_page_build_grade_buttons (DsStudyPage *self)
{
  static const char *names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };

  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *title = g_strdup_printf ("%u · %s", i + 1, _(names[i]));
      GtkWidget *name = gtk_label_new (title);
      GtkWidget *interval = gtk_label_new (NULL);

      /* One line each, also in a 400 px window (narrow padding, see
       * style.css): a wrapped "1 ·" over "Again" reads as two buttons. */
      gtk_widget_add_css_class (name, "heading");
      gtk_widget_add_css_class (interval, "caption");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), interval);
      gtk_button_set_child (GTK_BUTTON (button), box);
      /* Named with its interval once a card shows; this until then. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[i]), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "study.grade");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) (i + 1));
      gtk_widget_add_css_class (button, "study-grade");
      gtk_box_append (self->grade_box, button);
      self->grade_buttons[i] = button;
      self->grade_intervals[i] = interval;
    }
}
