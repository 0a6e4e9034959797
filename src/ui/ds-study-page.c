/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStudyPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-scope-row.h"
#include "ds-study-page-private.h"
#include "ds-widgets-private.h"

G_DEFINE_FINAL_TYPE (DsStudyPage, ds_study_page, DS_TYPE_DECK_PAGE)


/* Formatting. */

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

static DsSession *
get_session (DsStudyPage *self)
{
  return ds_deck_page_get_session (DS_DECK_PAGE (self));
}

static gint64
page_now (DsStudyPage *self)
{
  return ds_session_get_now (get_session (self));
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

static char *
scope_counts (DsStudyPage       *self,
              const DsCardScope *scope)
{
  guint n_due = 0, n_new = 0;

  ds_study_count (ds_deck_page_get_deck (DS_DECK_PAGE (self)), scope, page_now (self),
                  &n_due, &n_new);
  return counts_text (n_due, n_new);
}

static GtkWidget *
scope_row (DsStudyPage       *self,
           const char        *title,
           const DsCardScope *scope)
{
  GtkWidget *row = ds_scope_row_new (scope, title);
  g_autofree char *counts = scope_counts (self, scope);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  return row;
}

/* The essays with cards, in library order, then any others in card order. */
static GPtrArray *
essay_ids (DsStudyPage *self)
{
  GListModel *library = G_LIST_MODEL (ds_session_get_library (get_session (self)));
  GListModel *cards = ds_deck_get_cards (ds_deck_page_get_deck (DS_DECK_PAGE (self)));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint n_essays = g_list_model_get_n_items (library);
  guint n = g_list_model_get_n_items (cards);

  for (guint i = 0; i < n_essays; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (library, i);

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
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);
  g_autoptr(GPtrArray) cards = ds_deck_dup_cards (deck, scope);
  g_auto(GStrv) topics = NULL;
  g_autofree char *counts = NULL;
  GtkWidget *expander;

  if (cards->len == 0)
    return NULL;

  topics = ds_deck_dup_topics (deck, scope);
  /* Without headings (or with one) there is nothing to choose within the
   * essay: one row starts it, no expander holding only "Whole essay". */
  if (g_strv_length (topics) < 2)
    return scope_row (self, ds_session_get_essay_title (get_session (self), essay_id), scope);
  counts = scope_counts (self, scope);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 ds_session_get_essay_title (get_session (self), essay_id));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), counts);
  _ds_widget_set_accessible_label (expander,
                                   ds_session_get_essay_title (get_session (self), essay_id));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), scope_row (self, _("Whole essay"), scope));
  for (guint i = 0; topics[i] != NULL; i++)
    {
      g_autoptr(DsCardScope) topic = ds_card_scope_new (essay_id, topics[i]);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), scope_row (self, topics[i], topic));
    }
  return expander;
}

static void
rebuild_choose (DsStudyPage *self)
{
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  g_autoptr(GPtrArray) ids = essay_ids (self);
  const DsCardScope *scope = ds_deck_page_get_scope (DS_DECK_PAGE (self));
  const char *scope_essay = scope ? ds_card_scope_get_essay_id (scope) : NULL;
  g_autofree char *counts = scope_counts (self, NULL);
  g_autofree char *overview = NULL;
  guint n_cards = ds_deck_get_n_cards (deck);

  _ds_widget_remove_children (GTK_WIDGET (self->essay_list));

  adw_action_row_set_subtitle (self->all_row, counts);

  overview = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u card from the essays. New cards per day: %u.",
                                           "%u cards from the essays. New cards per day: %u.",
                                           n_cards),
                              n_cards, ds_settings_get_new_cards_per_day (ds_deck_get_settings (deck)));
  gtk_label_set_text (self->overview_label, overview);

  for (guint i = 0; i < ids->len; i++)
    {
      GtkWidget *row;

      /* The sidebar chose an essay: its sessions alone, open. */
      if (scope_essay != NULL && g_strcmp0 (scope_essay, ids->pdata[i]) != 0)
        continue;
      row = essay_expander (self, ids->pdata[i]);
      if (row != NULL && scope_essay != NULL && ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
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

void
_ds_study_page_show_choose (DsStudyPage *self)
{
  g_clear_object (&self->session);
  g_clear_object (&self->card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.undo", FALSE);
  if (self->choose_dirty)
    rebuild_choose (self);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  gtk_widget_grab_focus (GTK_WIDGET (self->all_row));
}

/* Empty state and summary. */

/* How many new cards "Study More New Cards" adds: a day's worth, as the
 * limit counts a day, or a small batch when the limit is none. */
static guint
more_new_batch (DsStudyPage *self,
                guint        n_waiting)
{
  guint limit = ds_settings_get_new_cards_per_day (ds_deck_get_settings (ds_deck_page_get_deck (DS_DECK_PAGE (self))));

  return MIN (n_waiting, limit > 0 ? limit : 10);
}

/* "Nothing due" with new cards behind the daily limit says how many wait
 * and offers them (as Anki's custom study does). */
static char *
empty_description (DsStudyPage *self,
                   guint        n_waiting)
{
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  gint64 next = ds_study_session_get_next_due (self->session);
  g_autofree char *when = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *waiting = NULL;

  if (ds_deck_get_n_cards (deck) == 0)
    return g_strdup (_("There are no cards yet."));
  if (next < 0)
    return g_strdup (_("No review is scheduled here. Suspended cards are left out."));
  when = format_next_review (next, page_now (self));
  /* Translators: %s is e.g. "tomorrow at 09:30". */
  next_text = g_strdup_printf (_("Next review %s."), when);
  if (n_waiting == 0)
    return g_steal_pointer (&next_text);
  waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u new card waits behind today’s limit of %u new cards.",
                                          "%u new cards wait behind today’s limit of %u new cards.",
                                          n_waiting),
                             n_waiting, ds_settings_get_new_cards_per_day (ds_deck_get_settings (deck)));
  return g_strdup_printf ("%s %s", waiting, next_text);
}

static void
show_empty (DsStudyPage *self)
{
  guint n_waiting = ds_study_count_waiting_new (ds_deck_page_get_deck (DS_DECK_PAGE (self)),
                                                ds_study_session_get_scope (self->session),
                                                page_now (self));
  g_autofree char *description = empty_description (self, n_waiting);
  /* The description is markup: escape the plain text. */
  g_autofree char *escaped = g_markup_escape_text (description, -1);

  adw_status_page_set_description (self->empty_page, escaped);
  gtk_widget_set_visible (self->more_new_button, n_waiting > 0);
  if (n_waiting > 0)
    {
      guint batch = more_new_batch (self, n_waiting);
      /* Translators: the "Study More New Cards" button, for screen readers. */
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Study %u more new card",
                                                             "Study %u more new cards", batch),
                                                batch);

      gtk_widget_set_tooltip_text (self->more_new_button, label);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_grab_focus (n_waiting > 0 ? self->more_new_button : self->empty_back_button);
}

void
_ds_study_page_study_more_new (DsStudyPage *self)
{
  g_autoptr(DsCardScope) scope = NULL;
  guint n_waiting;

  if (self->session == NULL)
    return;
  scope = ds_card_scope_copy (ds_study_session_get_scope (self->session));
  n_waiting = ds_study_count_waiting_new (ds_deck_page_get_deck (DS_DECK_PAGE (self)), scope,
                                          page_now (self));
  if (n_waiting == 0)
    return;
  g_clear_object (&self->session);
  self->session = ds_session_start_study_extra (get_session (self), scope,
                                                more_new_batch (self, n_waiting));
  _ds_study_page_show_current (self);
}

/* The figure goes under its name, where it has the row's full width. */
static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  g_autofree char *description = g_strdup_printf ("%s: %s",
                                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                  value);

  adw_action_row_set_subtitle (row, value);
  /* Screen readers read the row as "Correct answers: 3 of 4 (75%)". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
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

/* The session is over: a summary, or the empty state when nothing was
 * answered. */
void
_ds_study_page_show_finished (DsStudyPage *self)
{
  if (ds_study_session_get_n_answered (self->session) > 0)
    show_summary (self);
  else
    show_empty (self);
}

/* Keys: Enter in the answer checks it. */

static void
answer_entry_activate_cb (DsStudyPage *self)
{
  if (!self->revealed)
    _ds_study_page_reveal (self);
}

/* GObject. */

/* The widget that takes the keyboard in the current view, so that Enter,
 * Space and the digits work as soon as the page shows. */
static GtkWidget *
focus_target (GtkWidget *widget)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  const char *view = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (view, "empty") == 0)
    return gtk_widget_get_visible (self->more_new_button) ? self->more_new_button
                                                          : self->empty_back_button;
  if (g_strcmp0 (view, "summary") == 0)
    return self->summary_done_button;
  if (g_strcmp0 (view, "card") != 0 || self->card == NULL)
    return GTK_WIDGET (self->all_row);
  if (self->revealed)
    return self->grade_buttons[self->suggested - 1];
  if (self->mode == DS_STUDY_MODE_LIST && self->item_entries->len > 0)
    return self->item_entries->pdata[0];
  if (self->mode == DS_STUDY_MODE_TYPED || self->mode == DS_STUDY_MODE_CLOZE)
    return GTK_WIDGET (self->answer_entry);
  return GTK_WIDGET (self->reveal_button);
}

static void
ds_study_page_map (GtkWidget *widget)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  GTK_WIDGET_CLASS (ds_study_page_parent_class)->map (widget);

  if (self->choose_dirty && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "choose") == 0)
    rebuild_choose (self);
  /* After the switch has settled: the view stack moves focus itself. */
  _ds_widget_focus_when_idle (widget, focus_target);
}

static void
ds_study_page_constructed (GObject *object)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));

  G_OBJECT_CLASS (ds_study_page_parent_class)->constructed (object);

  g_signal_connect_object (ds_deck_get_progress (deck), "changed",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_deck_get_cards (deck), "items-changed",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_deck_get_settings (deck), "notify::new-cards-per-day",
                           G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scope", G_CALLBACK (deck_changed_cb), NULL);
  /* The session list is built when the page is first shown (see map). */
}

static void
ds_study_page_dispose (GObject *object)
{
  DsStudyPage *self = DS_STUDY_PAGE (object);

  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->card_scroller), self->reveal_tick_id);
  self->reveal_tick_id = 0;
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

  G_OBJECT_CLASS (ds_study_page_parent_class)->finalize (object);
}

static void
ds_study_page_class_init (DsStudyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_study_page_constructed;
  object_class->dispose = ds_study_page_dispose;
  object_class->finalize = ds_study_page_finalize;
  widget_class->map = ds_study_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-study-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, overview_label);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, all_row);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, essay_list);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, empty_back_button);
  gtk_widget_class_bind_template_child (widget_class, DsStudyPage, more_new_button);
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

  _ds_study_page_class_actions_init (klass);

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
  _ds_widget_fix_mnemonic_names (GTK_WIDGET (self));
  _ds_study_page_build_grade_buttons (self);
  _ds_study_page_actions_init (self);
}

DsStudyPage *
ds_study_page_new (DsSession *session)
{
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_STUDY_PAGE, "session", session, NULL);
}

DsDeck *
ds_study_page_get_deck (DsStudyPage *self)
{
  g_return_val_if_fail (DS_IS_STUDY_PAGE (self), NULL);

  return ds_deck_page_get_deck (DS_DECK_PAGE (self));
}

void
ds_study_page_start (DsStudyPage       *self,
                     const DsCardScope *scope)
{
  g_return_if_fail (DS_IS_STUDY_PAGE (self));

  g_clear_object (&self->session);
  self->session = ds_session_start_study (get_session (self), scope);
  _ds_study_page_show_current (self);
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
