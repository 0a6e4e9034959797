/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsCardReview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-card-review.h"
#include "ds-card-row.h"
#include "ds-widgets-private.h"

struct _DsCardReview
{
  DsDeckPage      parent_instance;

  char           *essay_id;
  GPtrArray      *cards;           /* DsCard, in deck order */
  GArray         *was_suspended;   /* gboolean per card, before the review */
  guint           position;        /* the card shown; cards->len: finished */

  /* Template children. */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *position_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *meta_label;
  GtkLabel       *question_label;
  GtkLabel       *answer_heading;
  GtkLabel       *answer_label;
  GtkLabel       *source_heading;
  GtkLabel       *source_label;
  GtkWidget      *keep_button;
  AdwStatusPage  *finished_page;
  GtkWidget      *study_button;
  AdwStatusPage  *empty_page;
  GtkWidget      *empty_button;
};

G_DEFINE_FINAL_TYPE (DsCardReview, ds_card_review, DS_TYPE_DECK_PAGE)

enum {
  SIGNAL_EDIT_CARD,
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DsSession *
get_session (DsCardReview *self)
{
  return ds_deck_page_get_session (DS_DECK_PAGE (self));
}

static DsProgress *
get_progress (DsCardReview *self)
{
  return ds_session_get_progress (get_session (self));
}

static guint
n_cards (DsCardReview *self)
{
  return self->cards != NULL ? self->cards->len : 0;
}

/* What a learner meets after the question: the answer, a list's items or
 * the choices (the right one marked). */
static char *
answer_text (DsCard      *card,
             const char **heading)
{
  const char * const *items = ds_card_get_items (card);
  const char * const *choices = ds_card_get_choices (card);
  GString *text = g_string_new (NULL);

  if (ds_card_get_kind (card) == DS_CARD_LIST && items != NULL && items[0] != NULL)
    {
      *heading = _("Items");
      for (guint i = 0; items[i] != NULL; i++)
        g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", items[i]);
    }
  else if (choices != NULL && choices[0] != NULL)
    {
      *heading = _("Choices");
      _ds_card_append_choices (text, card);
    }
  else
    {
      *heading = _("Answer");
      g_string_append (text, ds_card_get_answer (card));
    }
  return g_string_free (text, FALSE);
}

/* Card text is shown as text, never markup. */
static void
show_card (DsCardReview *self,
           DsCard       *card)
{
  const char *heading = NULL;
  g_autofree char *answer = answer_text (card, &heading);
  /* The essay's title is shown above. */
  g_autofree char *meta = _ds_card_describe (get_session (self), card, FALSE);
  /* Translators: where the review is: "Card 3 of 23". */
  g_autofree char *position = g_strdup_printf (_("Card %u of %u"), self->position + 1, n_cards (self));
  const char *source = ds_card_get_source_text (card);
  gboolean has_source = source != NULL && *source != '\0';

  gtk_label_set_text (self->title_label, ds_session_get_essay_title (get_session (self), self->essay_id));
  gtk_label_set_text (self->position_label, position);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->position / n_cards (self));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->question_label, ds_card_get_question (card));
  gtk_label_set_text (self->answer_heading, heading);
  gtk_label_set_text (self->answer_label, answer);
  gtk_widget_set_visible (GTK_WIDGET (self->answer_label), *answer != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->answer_heading), *answer != '\0');
  gtk_label_set_text (self->source_label, has_source ? source : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), has_source);
  gtk_widget_set_visible (GTK_WIDGET (self->source_heading), has_source);
  gtk_stack_set_visible_child_name (self->stack, "card");
}

static guint
count_dropped (DsCardReview *self)
{
  guint n = 0;

  for (guint i = 0; i < n_cards (self); i++)
    if (ds_progress_is_suspended (get_progress (self), ds_card_get_id (self->cards->pdata[i])))
      n++;
  return n;
}

static void
show_finished (DsCardReview *self)
{
  guint dropped = count_dropped (self);
  g_autofree char *title = NULL;

  /* Translators: the end of a review of an essay's cards; the first
   * number is of cards kept, the second of cards dropped. */
  title = g_strdup_printf (_("Review finished — %u kept, %u dropped"), n_cards (self) - dropped, dropped);
  adw_status_page_set_title (self->finished_page, title);
  gtk_stack_set_visible_child_name (self->stack, "finished");
}

static void
show_empty (DsCardReview *self)
{
  g_autofree char *description = NULL;

  /* Translators: %s is an essay's title. */
  description = g_markup_printf_escaped (_("The quiz engine proposed no cards for “%s”."),
                                         ds_session_get_essay_title (get_session (self), self->essay_id));
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_actions (DsCardReview *self)
{
  gboolean on_card = self->position < n_cards (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.keep", on_card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.drop", on_card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.edit", on_card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.keep-all", on_card);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.back", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.study", self->essay_id != NULL);
}

/* The widget the keyboard belongs on in the state shown. */
static GtkWidget *
default_focus (DsCardReview *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "finished") == 0)
    return self->study_button;
  if (g_strcmp0 (name, "empty") == 0)
    return self->empty_button;
  return self->keep_button;
}

static gboolean
ds_card_review_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (default_focus (DS_CARD_REVIEW (widget)));
}

static void
review_show (DsCardReview *self)
{
  DsCard *card = ds_card_review_get_card (self);
  gboolean refocus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  update_actions (self);
  if (n_cards (self) == 0)
    show_empty (self);
  else if (card == NULL)
    show_finished (self);
  else
    show_card (self, card);
  /* A state's buttons go with it: the keyboard stays in the review. */
  if (refocus && !gtk_widget_has_focus (default_focus (self)))
    gtk_widget_grab_focus (default_focus (self));
}

/* The card shown is kept (@suspended FALSE) or dropped, and the next one
 * comes; when that cannot be saved, the window says why and nothing
 * changed. */
static void
decide (DsCardReview *self,
        gboolean      suspended)
{
  DsCard *card = ds_card_review_get_card (self);

  if (card == NULL || !ds_progress_set_suspended (get_progress (self), ds_card_get_id (card), suspended))
    return;
  self->position++;
  review_show (self);
}

static void
review_keep (DsCardReview *self)
{
  decide (self, FALSE);
}

static void
review_drop (DsCardReview *self)
{
  decide (self, TRUE);
}

/* The card before comes back as it was before the review: a drop undone
 * brings the card back into study. */
static void
review_back (DsCardReview *self)
{
  DsCard *card;

  if (self->position == 0)
    return;
  card = self->cards->pdata[self->position - 1];
  if (!ds_progress_set_suspended (get_progress (self), ds_card_get_id (card),
                                  g_array_index (self->was_suspended, gboolean, self->position - 1)))
    return;
  self->position--;
  review_show (self);
}

/* The cards left stay as they are: one dropped in an earlier review
 * stays dropped. */
static void
review_keep_all (DsCardReview *self)
{
  self->position = n_cards (self);
  review_show (self);
}

/* Actions (review.*) and the keys bound to them, one key or two each, as
 * the buttons' tooltips and the shortcuts window say. */

static void
keep_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  review_keep (DS_CARD_REVIEW (widget));
}

static void
drop_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  review_drop (DS_CARD_REVIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  review_back (DS_CARD_REVIEW (widget));
}

static void
keep_all_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  review_keep_all (DS_CARD_REVIEW (widget));
}

/* The owner has the editor (the Cards page's). */
static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsCard *card = ds_card_review_get_card (DS_CARD_REVIEW (widget));

  if (card != NULL)
    g_signal_emit_by_name (widget, "edit-card", ds_card_get_id (card));
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  g_signal_emit_by_name (widget, "done");
}

/* The window starts the session (win.study-essay): a page never reaches
 * into another. */
static void
study_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  const char *essay_id = ds_card_review_get_essay_id (DS_CARD_REVIEW (widget));

  if (essay_id != NULL)
    gtk_widget_activate_action (widget, "win.study-essay", "s", essay_id);
}

static void
add_key_bindings (GtkWidgetClass *widget_class)
{
  static const struct {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_k, "review.keep" },
    { GDK_KEY_Return, "review.keep" },
    { GDK_KEY_KP_Enter, "review.keep" },
    { GDK_KEY_d, "review.drop" },
    { GDK_KEY_Delete, "review.drop" },
    { GDK_KEY_KP_Delete, "review.drop" },
    { GDK_KEY_e, "review.edit" },
    { GDK_KEY_Left, "review.back" },
    { GDK_KEY_KP_Left, "review.back" },
    { GDK_KEY_BackSpace, "review.back" },
    { GDK_KEY_a, "review.keep-all" },
    { GDK_KEY_Escape, "review.leave" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, 0, keys[i].action, NULL);
}

static void
class_actions_init (DsCardReviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "review.keep", NULL, keep_action);
  gtk_widget_class_install_action (widget_class, "review.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "review.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "review.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "review.keep-all", NULL, keep_all_action);
  gtk_widget_class_install_action (widget_class, "review.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "review.study", NULL, study_action);
  add_key_bindings (widget_class);
}

/* GObject. */

static void
ds_card_review_dispose (GObject *object)
{
  DsCardReview *self = DS_CARD_REVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_CARD_REVIEW);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->was_suspended, g_array_unref);

  G_OBJECT_CLASS (ds_card_review_parent_class)->dispose (object);
}

static void
ds_card_review_finalize (GObject *object)
{
  DsCardReview *self = DS_CARD_REVIEW (object);

  g_clear_pointer (&self->essay_id, g_free);

  G_OBJECT_CLASS (ds_card_review_parent_class)->finalize (object);
}

static void
ds_card_review_class_init (DsCardReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_card_review_dispose;
  object_class->finalize = ds_card_review_finalize;
  widget_class->grab_focus = ds_card_review_grab_focus;

  /**
   * DsCardReview::edit-card:
   * @card_id: the card to edit
   *
   * The learner asked to edit the card shown: the owner opens its editor.
   */
  signals[SIGNAL_EDIT_CARD] =
    g_signal_new ("edit-card", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * DsCardReview::done:
   *
   * The learner left the review (review.leave, Esc).
   */
  signals[SIGNAL_DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-card-review.ui");
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, stack);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, position_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, question_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, answer_heading);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, answer_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, source_heading);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, source_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, keep_button);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, finished_page);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, study_button);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DsCardReview, empty_button);

  class_actions_init (klass);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cardreview");
}

static void
ds_card_review_init (DsCardReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

DsCardReview *
ds_card_review_new (DsSession *session)
{
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_CARD_REVIEW, "session", session, NULL);
}

void
ds_card_review_start (DsCardReview *self,
                      const char   *essay_id)
{
  g_autoptr(DsCardScope) scope = NULL;

  g_return_if_fail (DS_IS_CARD_REVIEW (self));
  g_return_if_fail (essay_id != NULL);

  g_free (self->essay_id);
  self->essay_id = g_strdup (essay_id);
  scope = ds_card_scope_new (essay_id, NULL);
  ds_deck_page_set_scope (DS_DECK_PAGE (self), scope);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->was_suspended, g_array_unref);
  self->cards = ds_deck_dup_cards (ds_deck_page_get_deck (DS_DECK_PAGE (self)), scope);
  self->was_suspended = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), self->cards->len);
  for (guint i = 0; i < self->cards->len; i++)
    {
      gboolean suspended = ds_progress_is_suspended (get_progress (self),
                                                     ds_card_get_id (self->cards->pdata[i]));

      g_array_append_val (self->was_suspended, suspended);
    }
  self->position = 0;
  review_show (self);
}

const char *
ds_card_review_get_essay_id (DsCardReview *self)
{
  g_return_val_if_fail (DS_IS_CARD_REVIEW (self), NULL);

  return self->essay_id;
}

/* As the deck has it now: an edit or a regeneration may have made a new
 * card of the same id. */
DsCard *
ds_card_review_get_card (DsCardReview *self)
{
  DsCard *card, *current;

  g_return_val_if_fail (DS_IS_CARD_REVIEW (self), NULL);

  if (self->position >= n_cards (self))
    return NULL;
  card = self->cards->pdata[self->position];
  current = ds_deck_lookup (ds_deck_page_get_deck (DS_DECK_PAGE (self)), ds_card_get_id (card));
  return current != NULL ? current : card;
}

void
ds_card_review_refresh (DsCardReview *self)
{
  g_return_if_fail (DS_IS_CARD_REVIEW (self));

  if (self->essay_id != NULL)
    review_show (self);
}
