/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-cards-page.h"
#include "ds-claims-panel.h"
#include "ds-essay-row.h"
#include "ds-lazy-page.h"
#include "ds-presentation-window.h"
#include "ds-stats-page.h"
#include "ds-study-page.h"
#include "ds-widgets-private.h"
#include "ds-window-private.h"

G_DEFINE_FINAL_TYPE (DsWindow, ds_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ESSAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sidebar rows. */

static DsSettings *
get_settings (DsWindow *self)
{
  return ds_session_get_settings (self->session);
}

static DsLibrary *
get_library (DsWindow *self)
{
  return ds_session_get_library (self->session);
}

static double
essay_progress (DsWindow *self,
                DsEssay  *essay)
{
  guint offset;
  double progress = 0;

  if (!ds_settings_get_reading_position (get_settings (self), ds_essay_get_id (essay),
                                         &offset, &progress))
    return 0;
  return progress;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  GtkWidget *row = ds_essay_row_new (item);

  ds_essay_row_set_progress (DS_ESSAY_ROW (row), essay_progress (data, item));
  return row;
}

static void
update_all_progress (DsWindow *self)
{
  GtkListBoxRow *row;

  if (self->essay_list == NULL)
    return;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->essay_list, i)) != NULL; i++)
    ds_essay_row_set_progress (DS_ESSAY_ROW (row),
                               essay_progress (self, ds_essay_row_get_essay (DS_ESSAY_ROW (row))));
}

static void
reading_position_changed_cb (DsWindow   *self,
                             const char *essay_id)
{
  /* Five rows: refreshing them all is cheaper than looking one up. */
  update_all_progress (self);
}

/* Opening essays. */

static void
show_essay (DsWindow *self,
            DsEssay  *essay)
{
  if (essay == ds_reader_page_get_essay (self->reader_page))
    return;

  ds_reader_page_set_essay (self->reader_page, essay);
  if (essay != NULL)
    ds_settings_set_last_essay (get_settings (self), ds_essay_get_id (essay));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESSAY]);
  _ds_window_update_actions (self);
}

static void
row_selected_cb (DsWindow      *self,
                 GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  show_essay (self, ds_essay_row_get_essay (DS_ESSAY_ROW (row)));
}

/* Study, Cards or Statistics when one is on screen, else NULL. */
static DsDeckPage *
visible_deck_page (DsWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);
  GtkWidget *page = child != NULL && DS_IS_LAZY_PAGE (child) ? adw_bin_get_child (ADW_BIN (child))
                                                             : child;

  return page != NULL && DS_IS_DECK_PAGE (page) ? DS_DECK_PAGE (page) : NULL;
}

/* Says which essay the page on screen shows, with a way back to all. */
static void
update_scope_bar (DsWindow *self)
{
  DsDeckPage *page = visible_deck_page (self);
  const DsCardScope *scope = page != NULL ? ds_deck_page_get_scope (page) : NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->scope_bar, scope != NULL);
  if (scope == NULL)
    return;
  /* Translators: a page shows one essay's cards; %s is its title. */
  text = g_strdup_printf (_("Only “%s”"),
                          ds_session_get_essay_title (self->session, ds_card_scope_get_essay_id (scope)));
  gtk_label_set_text (self->scope_label, text);
}

static void
show_all_clicked_cb (DsWindow *self)
{
  DsDeckPage *page = visible_deck_page (self);

  if (page != NULL)
    ds_deck_page_set_scope (page, NULL);
  update_scope_bar (self);
}

/* Built in C: a bar above the pages, shown while one is narrowed down. */
static void
create_scope_bar (DsWindow *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _All Essays"));

  self->scope_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->scope_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->scope_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->scope_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->scope_label), TRUE);
  gtk_widget_add_css_class (self->scope_bar, "toolbar");
  gtk_box_append (GTK_BOX (self->scope_bar), GTK_WIDGET (self->scope_label));
  gtk_box_append (GTK_BOX (self->scope_bar), button);
  _ds_widget_fix_mnemonic_names (button);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (show_all_clicked_cb), self);
  gtk_widget_set_visible (self->scope_bar, FALSE);
  gtk_box_prepend (self->notice_box, self->scope_bar);
}

/* On Study, Cards or Statistics an essay narrows the page down to it; on
 * Read it opens. */
static gboolean
narrow_visible_page (DsWindow *self,
                     DsEssay  *essay)
{
  DsDeckPage *page = visible_deck_page (self);
  g_autoptr(DsCardScope) scope = NULL;

  if (page == NULL || essay == NULL)
    return FALSE;
  scope = ds_card_scope_new (ds_essay_get_id (essay), NULL);
  ds_deck_page_set_scope (page, scope);
  update_scope_bar (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

static void
row_activated_cb (DsWindow      *self,
                  GtkListBoxRow *row)
{
  show_essay (self, ds_essay_row_get_essay (DS_ESSAY_ROW (row)));
  if (narrow_visible_page (self, ds_essay_row_get_essay (DS_ESSAY_ROW (row))))
    return;
  ds_window_set_visible_page (self, "read");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (ds_reader_page_get_text_view (self->reader_page)));
}

static void
back_clicked_cb (DsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The bottom switcher of a narrow window gets its pages when it is first
 * revealed: in a wide window its buttons would only cost startup time. */
static void
title_visible_changed_cb (DsWindow *self)
{
  if (adw_view_switcher_title_get_title_visible (self->switcher_title)
      && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

static void
folded_changed_cb (DsWindow *self)
{
  /* Folding keeps the essay in view; the list is one Back away. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

gboolean
ds_window_open_essay (DsWindow   *self,
                      const char *essay_id)
{
  guint position;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);

  if (essay_id == NULL || !ds_library_find (get_library (self), essay_id, &position))
    return FALSE;

  gtk_list_box_select_row (self->essay_list,
                           gtk_list_box_get_row_at_index (self->essay_list, position));
  show_essay (self, ds_library_lookup (get_library (self), essay_id));
  return TRUE;
}

/* The essay in the reader left the library: the reader moves to the first
 * one left. */
static void
leave_removed_essay (DsWindow *self)
{
  DsEssay *shown = ds_window_get_essay (self);
  g_autoptr(DsEssay) first = NULL;

  /* An essay imported again under its id is the importer's to show. */
  if (shown == NULL || ds_library_lookup (get_library (self), ds_essay_get_id (shown)) != NULL)
    return;
  first = g_list_model_get_item (G_LIST_MODEL (get_library (self)), 0);
  if (first != NULL)
    ds_window_open_essay (self, ds_essay_get_id (first));
}

static void
library_changed_cb (DsWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (get_library (self))) == 0;

  if (empty)
    {
      ds_window_show_error (self, _("No Essays"),
                            _("The essay library is empty."));
      self->showing_empty = TRUE;
    }
  else if (self->showing_empty)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "main");
      self->showing_empty = FALSE;
    }
  update_all_progress (self);
  leave_removed_essay (self);
}

static void
restore_last_essay (DsWindow *self)
{
  g_autoptr(DsEssay) first = g_list_model_get_item (G_LIST_MODEL (get_library (self)), 0);

  if (first == NULL)
    return;
  if (!ds_window_open_essay (self, ds_settings_get_last_essay (get_settings (self))))
    ds_window_open_essay (self, ds_essay_get_id (first));
}

/* Pages. */

static void
visible_page_changed_cb (DsWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);
  gboolean reading = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                "read") == 0;
  AdwViewStackPage *page;

  if (DS_IS_LAZY_PAGE (child))
    ds_lazy_page_mount (DS_LAZY_PAGE (child));
  /* A narrow header shows the page's name, short enough to fit where the
   * app's name or an essay's title would be cut off. */
  if (child != NULL)
    {
      page = adw_view_stack_get_page (self->view_stack, child);
      adw_view_switcher_title_set_title (self->switcher_title,
                                         adw_view_stack_page_get_title (page));
    }

  /* The reader's actions (find, key claims) only apply while it is shown;
   * removing the group also frees Ctrl+F for other pages. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "reader",
                                  reading ? ds_reader_page_get_action_group (self->reader_page)
                                          : NULL);
  gtk_widget_set_visible (self->claims_button, reading);
  gtk_widget_set_visible (self->find_button, reading);
  if (self->scope_bar != NULL)
    update_scope_bar (self);
  /* Back at the study session: the way back is no longer needed. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "study") == 0)
    ds_reader_page_set_back_to_card (self->reader_page, FALSE);
}

AdwViewStackPage *
ds_window_add_page (DsWindow   *self,
                    GtkWidget  *page,
                    const char *name,
                    const char *title,
                    const char *icon_name)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  return adw_view_stack_add_titled_with_icon (self->view_stack, ds_lazy_page_new_for_page (page),
                                              name, title, icon_name);
}

typedef struct {
  DsWindow         *window;
  DsWindowPageFunc  create;
  gpointer          user_data;
} PageFactory;

static GtkWidget *
create_page_cb (gpointer data)
{
  PageFactory *factory = data;

  return factory->create (factory->window, factory->user_data);
}

AdwViewStackPage *
ds_window_add_page_lazily (DsWindow         *self,
                           const char       *name,
                           const char       *title,
                           const char       *icon_name,
                           DsWindowPageFunc  create,
                           gpointer          user_data)
{
  PageFactory *factory;

  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (create != NULL, NULL);

  /* The window outlives its pages: the factory needs no reference. */
  factory = g_new0 (PageFactory, 1);
  factory->window = self;
  factory->create = create;
  factory->user_data = user_data;
  return adw_view_stack_add_titled_with_icon (self->view_stack,
                                              ds_lazy_page_new (create_page_cb, factory, g_free),
                                              name, title, icon_name);
}

void
ds_window_set_visible_page (DsWindow   *self,
                            const char *name)
{
  g_return_if_fail (DS_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static GtkWidget *
create_claims_panel (DsReaderPage *reader,
                     gpointer      user_data)
{
  DsWindow *self = user_data;

  return GTK_WIDGET (ds_claims_panel_new (reader, self->session));
}

/* A page of the session's, made when first shown: @data is its type. */
static GtkWidget *
create_session_page (DsWindow *self,
                     gpointer  data)
{
  return g_object_new (GPOINTER_TO_SIZE (data), "session", self->session, NULL);
}

static void
add_pages (DsWindow *self)
{
  self->reader_page = ds_reader_page_new (get_settings (self));
  /* Built when first shown: hidden, it would still be measured at startup. */
  ds_reader_page_set_side_panel_func (self->reader_page, create_claims_panel, self);
  ds_window_add_page (self, GTK_WIDGET (self->reader_page), "read",
                      _("Read"), "accessories-dictionary-symbolic");

  /* Built when first shown: the deck (generating every card) and the
   * pages cost nothing at startup. All three share the session's deck, so
   * an answer on one shows on the others. */
  ds_window_add_page_lazily (self, "study", _("Study"), "ds-study-symbolic",
                             create_session_page, GSIZE_TO_POINTER (DS_TYPE_STUDY_PAGE));
  ds_window_add_page_lazily (self, "cards", _("Cards"), "view-list-symbolic",
                             create_session_page, GSIZE_TO_POINTER (DS_TYPE_CARDS_PAGE));
  ds_window_add_page_lazily (self, "statistics", _("Statistics"), "x-office-spreadsheet-symbolic",
                             create_session_page, GSIZE_TO_POINTER (DS_TYPE_STATS_PAGE));

  adw_view_stack_set_visible_child_name (self->view_stack, "read");
  visible_page_changed_cb (self);
}

/* The Cards page (built now if it was not), narrowed down to the essay,
 * reviews its cards. */
void
_ds_window_review_essay (DsWindow   *self,
                         const char *essay_id)
{
  DsDeckPage *page;

  if (!ds_window_open_essay (self, essay_id))
    return;
  ds_window_set_visible_page (self, "cards");
  page = visible_deck_page (self);
  if (page == NULL || !DS_IS_CARDS_PAGE (page))
    return;
  ds_cards_page_review (DS_CARDS_PAGE (page), essay_id);
  update_scope_bar (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
_ds_window_study_essay (DsWindow   *self,
                        const char *essay_id)
{
  g_autoptr(DsCardScope) scope = NULL;
  DsDeckPage *page;

  if (ds_library_lookup (get_library (self), essay_id) == NULL)
    return;
  ds_window_set_visible_page (self, "study");
  page = visible_deck_page (self);
  if (page == NULL || !DS_IS_STUDY_PAGE (page))
    return;
  scope = ds_card_scope_new (essay_id, NULL);
  ds_study_page_start (DS_STUDY_PAGE (page), scope);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The main menu's popover is built when it is first opened. */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       data)
{
  DsWindow *self = data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* Presentation mode (ds-presentation-window.c): without an id, the essay
 * open in the reader. The cards are the session's deck, so a lecturer's
 * corrected wording is what the class sees; nothing of the schedule is. */
void
ds_window_start_presentation (DsWindow   *self,
                              const char *essay_id)
{
  DsEssay *essay;

  g_return_if_fail (DS_IS_WINDOW (self));

  essay = ds_window_get_essay (self);
  if ((essay_id == NULL || *essay_id == '\0') && essay != NULL)
    essay_id = ds_essay_get_id (essay);
  ds_presentation_start (GTK_WINDOW (self), self->session, essay_id);
}

/* State. */

void
ds_window_save_state (DsWindow *self)
{
  int width, height;

  g_return_if_fail (DS_IS_WINDOW (self));

  if (self->reader_page != NULL)
    ds_reader_page_save_position (self->reader_page);

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  ds_settings_set_window_state (get_settings (self), width, height,
                                gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
ds_window_close_request (GtkWindow *window)
{
  ds_window_save_state (DS_WINDOW (window));

  return GTK_WINDOW_CLASS (ds_window_parent_class)->close_request (window);
}

static void
restore_window_state (DsWindow *self)
{
  int width, height;
  gboolean maximized;

  ds_settings_get_window_state (get_settings (self), &width, &height, &maximized);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (self));
}

/* A page for when there is nothing to read: a header bar with the main
 * menu (Preferences, About) over a status page. Rare, so not built at
 * start-up. */
static void
ensure_error_page (DsWindow *self)
{
  GtkWidget *box, *header, *menu;

  if (self->error_page != NULL)
    return;

  menu = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  gtk_widget_set_tooltip_text (menu, _("Main Menu"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), create_menu_popup_cb, self, NULL);
  header = adw_header_bar_new ();
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->error_page), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_page));
  gtk_stack_add_named (self->main_stack, box, "error");
}

void
ds_window_show_error (DsWindow   *self,
                      const char *title,
                      const char *message)
{
  g_return_if_fail (DS_IS_WINDOW (self));

  ensure_error_page (self);
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, title);
  /* The description is markup; an error message is text. */
  if (message != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_status_page_set_description (self->error_page, escaped);
    }
  else
    adw_status_page_set_description (self->error_page, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  self->showing_empty = FALSE;
}

/* GObject. */

static void
ds_window_constructed (GObject *object)
{
  DsWindow *self = DS_WINDOW (object);
  DsLibrary *library = get_library (self);

  G_OBJECT_CLASS (ds_window_parent_class)->constructed (object);

  restore_window_state (self);
  add_pages (self);

  gtk_list_box_bind_model (self->essay_list, G_LIST_MODEL (library), create_row_cb, self, NULL);
  g_signal_connect_object (library, "items-changed",
                           G_CALLBACK (library_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_settings (self), "reading-position-changed",
                           G_CALLBACK (reading_position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_settings (self), "notify::text-scale",
                           G_CALLBACK (_ds_window_update_actions), self, G_CONNECT_SWAPPED);
  _ds_window_update_actions (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (library)) == 0)
    library_changed_cb (self);
  restore_last_essay (self);
  _ds_window_notices_init (self);
  create_scope_bar (self);
  /* Reading is what the window is for: keys scroll the essay from the
   * start; Tab reaches the sidebar and the header. */
  gtk_window_set_focus (GTK_WINDOW (self),
                        GTK_WIDGET (ds_reader_page_get_text_view (self->reader_page)));
}

static void
ds_window_dispose (GObject *object)
{
  DsWindow *self = DS_WINDOW (object);

  /* The reader saves its position as it goes away; the sidebar is gone by
   * then and must not hear of it. */
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (get_settings (self), self);
  _ds_window_withdraw_toast (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_WINDOW);

  G_OBJECT_CLASS (ds_window_parent_class)->dispose (object);
}

static void
ds_window_finalize (GObject *object)
{
  DsWindow *self = DS_WINDOW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->notices, g_hash_table_unref);

  G_OBJECT_CLASS (ds_window_parent_class)->finalize (object);
}

static void
ds_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ESSAY:
      g_value_set_object (value, ds_window_get_essay (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_class_init (DsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ds_window_constructed;
  object_class->dispose = ds_window_dispose;
  object_class->finalize = ds_window_finalize;
  object_class->get_property = ds_window_get_property;
  object_class->set_property = ds_window_set_property;
  window_class->close_request = ds_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, DS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ESSAY] =
    g_param_spec_object ("essay", NULL, NULL, DS_TYPE_ESSAY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DS_TYPE_ESSAY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, essay_list);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, content);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, claims_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, find_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, notice_box);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_visible_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  _ds_window_class_actions_init (klass);
}

static void
ds_window_init (DsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_popup_cb, self, NULL);
}

DsWindow *
ds_window_new (GtkApplication *app,
               DsSession      *session)
{
  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_WINDOW,
                       "application", app,
                       "session", session,
                       NULL);
}

DsSession *
ds_window_get_session (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->session;
}

DsReaderPage *
ds_window_get_reader_page (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->reader_page;
}

DsEssay *
ds_window_get_essay (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->reader_page ? ds_reader_page_get_essay (self->reader_page) : NULL;
}
