/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsCardsPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-card-review.h"
#include "ds-card-row.h"
#include "ds-cards-page.h"
#include "ds-grading.h"
#include "ds-widgets-private.h"

struct _DsCardsPage
{
  DsDeckPage          parent_instance;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  char               *needle;     /* normalised search text */
  DsCard             *card;       /* in the editor */
  gboolean            loading;
  DsCardReview       *review;
  gboolean            reviewing;  /* a review is open, maybe waiting for an edit */

  /* Template children. */
  GtkStack           *mode_stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *editor_pane;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkWidget          *review_button;
  GtkWidget          *back_to_review_button;
  GtkListView        *list_view;
  GtkStack           *editor_stack;
  GtkLabel           *meta_label;
  GtkTextView        *question_view;
  GtkTextView        *answer_view;
  GtkLabel           *answer_heading;
  GtkLabel           *details_label;
  GtkLabel           *source_label;
  GtkWidget          *revert_button;
  GtkSwitch          *suspend_switch;
};

G_DEFINE_FINAL_TYPE (DsCardsPage, ds_cards_page, DS_TYPE_DECK_PAGE)

static DsSession *
get_session (DsCardsPage *self)
{
  return ds_deck_page_get_session (DS_DECK_PAGE (self));
}

/* Search. */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  DsCardsPage *self = user_data;
  DsCard *card = item;
  g_autofree char *haystack = NULL;
  g_autofree char *normalized = NULL;
  const char * const *item_list = ds_card_get_items (card);
  const char * const *choice_list = ds_card_get_choices (card);
  g_autofree char *items = item_list ? g_strjoinv (" ", (char **) item_list) : g_strdup ("");
  g_autofree char *choices = choice_list ? g_strjoinv (" ", (char **) choice_list) : g_strdup ("");
  const DsCardScope *scope = ds_deck_page_get_scope (DS_DECK_PAGE (self));

  if (scope != NULL && !ds_card_scope_contains (scope, card))
    return FALSE;
  if (self->needle == NULL || *self->needle == '\0')
    return TRUE;

  /* Case- and diacritic-blind, as answers are graded. */
  haystack = g_strjoin (" ", ds_card_get_question (card), ds_card_get_answer (card),
                        items, choices,
                        ds_card_get_topic (card) ? ds_card_get_topic (card) : "",
                        ds_session_get_essay_title (get_session (self), ds_card_get_essay_id (card)), NULL);
  normalized = ds_grading_normalize (haystack);
  return strstr (normalized, self->needle) != NULL;
}

static void
update_count (DsCardsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = ds_deck_get_n_cards (ds_deck_page_get_deck (DS_DECK_PAGE (self)));
  g_autofree char *text = NULL;

  /* Translators: cards shown by the search, of all cards. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u card", "%u of %u cards", total),
                          shown, total);
  gtk_label_set_text (self->count_label, text);
}

static void
search_changed_cb (DsCardsPage *self)
{
  ds_cards_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Rows. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DsCardsPage              *self)
{
  gtk_list_item_set_child (item, ds_card_row_new (get_session (self)));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DsCardsPage              *self)
{
  ds_card_row_set_card (DS_CARD_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DsCardsPage              *self)
{
  ds_card_row_set_card (DS_CARD_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The editor. */

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
card_details (DsCard *card)
{
  const char * const *items = ds_card_get_items (card);
  const char * const *choices = ds_card_get_choices (card);
  GString *details = g_string_new (NULL);

  /* A list's items are in the answer, one per line, to be edited. */
  if (items != NULL && items[0] != NULL && ds_card_get_kind (card) != DS_CARD_LIST)
    {
      g_string_append (details, _("Items:"));
      for (guint i = 0; items[i] != NULL; i++)
        g_string_append_printf (details, "\n• %s", items[i]);
    }
  if (choices != NULL && choices[0] != NULL)
    {
      g_string_append (details, _("Choices:"));
      _ds_card_append_choices (details, card);
    }
  return g_string_free (details, FALSE);
}

/* A list card's answer is its items, one per line: what list recall
 * grades against is what is edited here. */
static void
set_answer_text (DsCardsPage *self)
{
  gboolean list = ds_card_get_kind (self->card) == DS_CARD_LIST;
  g_autofree char *items = list ? g_strjoinv ("\n", (char **) ds_card_get_items (self->card)) : NULL;

  gtk_label_set_text_with_mnemonic (self->answer_heading,
                                    list ? _("_Items, One per Line") : _("_Answer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answer_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  list ? _("Items, one per line") : _("Answer"), -1);
  set_buffer_text (self->answer_view, list ? items : ds_card_get_answer (self->card));
}

static void
load_editor (DsCardsPage *self)
{
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  g_autofree char *meta = NULL;
  g_autofree char *details = NULL;
  const char *source;

  if (self->card == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.revert", FALSE);
      return;
    }

  self->loading = TRUE;
  meta = _ds_card_describe (get_session (self), self->card, TRUE);
  details = card_details (self->card);
  source = ds_card_get_source_text (self->card);
  gtk_label_set_text (self->meta_label, meta);
  set_buffer_text (self->question_view, ds_card_get_question (self->card));
  set_answer_text (self);
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), *details != '\0');
  gtk_label_set_text (self->source_label, source ? source : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL && *source != '\0');
  gtk_switch_set_active (self->suspend_switch,
                         ds_progress_is_suspended (ds_deck_get_progress (deck),
                                                   ds_card_get_id (self->card)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.save", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.revert",
                                 ds_deck_is_edited (deck, self->card));
  gtk_stack_set_visible_child_name (self->editor_stack, "edit");
  self->loading = FALSE;
}

static void
selection_changed_cb (DsCardsPage *self)
{
  DsCard *card = gtk_single_selection_get_selected_item (self->selection);

  g_set_object (&self->card, card);
  load_editor (self);
}

static void
list_activate_cb (DsCardsPage *self,
                  guint        position)
{
  /* A tap activates without a hover first: select what was tapped. */
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->question_view));
}

static void
back_clicked_cb (DsCardsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
suspend_toggled_cb (DsCardsPage *self)
{
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));

  if (self->loading || self->card == NULL)
    return;
  ds_progress_set_suspended (ds_deck_get_progress (deck), ds_card_get_id (self->card),
                             gtk_switch_get_active (self->suspend_switch));
  load_editor (self);
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsCardsPage *self = DS_CARDS_PAGE (widget);
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;

  if (self->card == NULL)
    return;
  question = buffer_text (self->question_view);
  answer = buffer_text (self->answer_view);
  /* An empty question could not be asked: keep the card as it was. */
  if (*question == '\0')
    {
      load_editor (self);
      return;
    }
  ds_deck_edit_card (deck, self->card, question, answer);
  load_editor (self);
}

static void
revert_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  DsCardsPage *self = DS_CARDS_PAGE (widget);

  if (self->card == NULL)
    return;
  ds_deck_revert_card (ds_deck_page_get_deck (DS_DECK_PAGE (self)), self->card);
  load_editor (self);
}

/* GObject. */

/* Keyboard users land in the search, unless already inside the page. */
static GtkWidget *
focus_target (GtkWidget *widget)
{
  DsCardsPage *self = DS_CARDS_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    return NULL;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "review") == 0)
    return GTK_WIDGET (self->review);
  return GTK_WIDGET (self->search_entry);
}

static void
ds_cards_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ds_cards_page_parent_class)->map (widget);

  _ds_widget_focus_when_idle (widget, focus_target);
}

/* The review. */

static const char *
scope_essay_id (DsCardsPage *self)
{
  const DsCardScope *scope = ds_deck_page_get_scope (DS_DECK_PAGE (self));

  return scope != NULL ? ds_card_scope_get_essay_id (scope) : NULL;
}

static void
end_review (DsCardsPage *self)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  self->reviewing = FALSE;
  gtk_widget_set_visible (self->back_to_review_button, FALSE);
  gtk_stack_set_visible_child_name (self->mode_stack, "browse");
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The review's Edit: the card in this page's editor, with a way back. */
static void
review_edit_card_cb (DsCardsPage *self,
                     const char  *card_id)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ds_cards_page_set_search (self, "");
  gtk_stack_set_visible_child_name (self->mode_stack, "browse");
  gtk_widget_set_visible (self->back_to_review_button, TRUE);
  if (!ds_cards_page_select_card (self, card_id))
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->question_view));
}

static void
back_to_review_clicked_cb (DsCardsPage *self)
{
  gtk_widget_set_visible (self->back_to_review_button, FALSE);
  ds_card_review_refresh (self->review);
  gtk_stack_set_visible_child_name (self->mode_stack, "review");
  gtk_widget_grab_focus (GTK_WIDGET (self->review));
}

static void
review_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  DsCardsPage *self = DS_CARDS_PAGE (widget);

  if (scope_essay_id (self) != NULL)
    ds_cards_page_review (self, scope_essay_id (self));
}

/* The sidebar chose an essay (or every one again): a review of another
 * essay ends. */
static void
scope_changed_cb (DsCardsPage *self)
{
  const char *essay_id = scope_essay_id (self);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
  gtk_widget_set_visible (self->review_button, essay_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cards.review", essay_id != NULL);
  if (self->reviewing && g_strcmp0 (essay_id, ds_card_review_get_essay_id (self->review)) != 0)
    end_review (self);
}

static void
ds_cards_page_constructed (GObject *object)
{
  DsCardsPage *self = DS_CARDS_PAGE (object);
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (ds_cards_page_parent_class)->constructed (object);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (ds_deck_get_cards (deck)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* A new selection picks its first item; the editor starts empty. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scope", G_CALLBACK (scope_changed_cb), NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->review = ds_card_review_new (get_session (self));
  gtk_stack_add_named (self->mode_stack, GTK_WIDGET (self->review), "review");
  g_signal_connect_object (self->review, "edit-card", G_CALLBACK (review_edit_card_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->review, "done", G_CALLBACK (end_review), self, G_CONNECT_SWAPPED);

  update_count (self);
  scope_changed_cb (self);
  load_editor (self);
}

static void
ds_cards_page_dispose (GObject *object)
{
  DsCardsPage *self = DS_CARDS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_CARDS_PAGE);
  self->review = NULL;   /* the mode stack's, gone with it */
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (ds_cards_page_parent_class)->dispose (object);
}

static void
ds_cards_page_finalize (GObject *object)
{
  DsCardsPage *self = DS_CARDS_PAGE (object);

  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (ds_cards_page_parent_class)->finalize (object);
}

static void
ds_cards_page_class_init (DsCardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_cards_page_constructed;
  object_class->dispose = ds_cards_page_dispose;
  object_class->finalize = ds_cards_page_finalize;
  widget_class->map = ds_cards_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-cards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, back_to_review_button);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, answer_heading);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, question_view);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, answer_view);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, revert_button);
  gtk_widget_class_bind_template_child (widget_class, DsCardsPage, suspend_switch);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, suspend_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_review_clicked_cb);

  gtk_widget_class_install_action (widget_class, "cards.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "cards.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "cards.review", NULL, review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "cards.save", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cardspage");
}

static void
ds_cards_page_init (DsCardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _ds_widget_fix_mnemonic_names (GTK_WIDGET (self));
}

DsCardsPage *
ds_cards_page_new (DsSession *session)
{
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_CARDS_PAGE, "session", session, NULL);
}

void
ds_cards_page_set_search (DsCardsPage *self,
                          const char  *text)
{
  g_autofree char *needle = NULL;

  g_return_if_fail (DS_IS_CARDS_PAGE (self));

  needle = ds_grading_normalize (text ? text : "");
  g_strstrip (needle);
  if (g_strcmp0 (needle, self->needle) == 0)
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

GListModel *
ds_cards_page_get_filtered (DsCardsPage *self)
{
  g_return_val_if_fail (DS_IS_CARDS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

gboolean
ds_cards_page_select_card (DsCardsPage *self,
                           const char  *card_id)
{
  guint n;

  g_return_val_if_fail (DS_IS_CARDS_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (ds_card_get_id (card), card_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

DsCard *
ds_cards_page_get_selected (DsCardsPage *self)
{
  g_return_val_if_fail (DS_IS_CARDS_PAGE (self), NULL);

  return self->card;
}

void
ds_cards_page_set_editor_text (DsCardsPage *self,
                               const char  *question,
                               const char  *answer)
{
  g_return_if_fail (DS_IS_CARDS_PAGE (self));

  set_buffer_text (self->question_view, question);
  set_buffer_text (self->answer_view, answer);
}

void
ds_cards_page_review (DsCardsPage *self,
                      const char  *essay_id)
{
  g_autoptr(DsCardScope) scope = NULL;

  g_return_if_fail (DS_IS_CARDS_PAGE (self));
  g_return_if_fail (essay_id != NULL);

  if (g_strcmp0 (scope_essay_id (self), essay_id) != 0)
    {
      scope = ds_card_scope_new (essay_id, NULL);
      ds_deck_page_set_scope (DS_DECK_PAGE (self), scope);
    }
  self->reviewing = TRUE;
  gtk_widget_set_visible (self->back_to_review_button, FALSE);
  ds_card_review_start (self->review, essay_id);
  gtk_stack_set_visible_child_name (self->mode_stack, "review");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->review));
}

DsCardReview *
ds_cards_page_get_review (DsCardsPage *self)
{
  g_return_val_if_fail (DS_IS_CARDS_PAGE (self), NULL);

  return self->review;
}
