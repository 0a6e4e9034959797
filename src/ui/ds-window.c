/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-claims-panel.h"
#include "ds-presentation-window.h"
#include "ds-study-page.h"
#include "ds-window.h"
#include "ds-window-import.h"

/* Steps of the text size, as a factor of the default size. */
#define ZOOM_STEP 0.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

struct _DsWindow
{
  AdwApplicationWindow  parent_instance;

  DsLibrary            *library;
  DsSettings           *settings;
  DsReaderPage         *reader_page;
  DsDeck               *deck;         /* made on first use */

  /* Template children. */
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkListBox           *essay_list;
  GtkWidget            *content;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *view_stack;
  GtkWidget            *claims_button;
  GtkWidget            *find_button;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  AdwStatusPage        *error_page;     /* built when needed */

  gboolean              showing_empty;
};

G_DEFINE_FINAL_TYPE (DsWindow, ds_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SETTINGS,
  PROP_ESSAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sidebar rows. */

/* A borrowed essay: the library keeps its essays alive. */
static DsEssay *
essay_at (DsWindow *self,
          int       index)
{
  DsEssay *essay;

  if (index < 0)
    return NULL;
  essay = g_list_model_get_item (G_LIST_MODEL (self->library), index);
  if (essay != NULL)
    g_object_unref (essay);
  return essay;
}

static double
essay_progress (DsWindow *self,
                DsEssay  *essay)
{
  guint offset;
  double progress = 0;

  if (!ds_settings_get_reading_position (self->settings, ds_essay_get_id (essay),
                                         &offset, &progress))
    return 0;
  return CLAMP (progress, 0.0, 1.0);
}

static void
update_row_progress (DsWindow      *self,
                     GtkListBoxRow *row)
{
  DsEssay *essay = essay_at (self, gtk_list_box_row_get_index (row));
  GtkLevelBar *bar = g_object_get_data (G_OBJECT (row), "level-bar");
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "percent-label");
  const char *title = ds_essay_get_title (essay);
  double progress;
  int percent;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (bar == NULL)
    return;

  progress = essay_progress (self, essay);
  percent = (int) (progress * 100 + 0.5);
  /* Translators: how much of an essay has been read, e.g. "42%". */
  text = g_strdup_printf (_("%d%%"), percent);
  gtk_level_bar_set_value (bar, progress);
  gtk_label_set_text (label, text);

  /* Translators: an essay in the sidebar for screen readers: its title and
   * how much of it has been read. */
  description = g_strdup_printf (_("%s, %d%% read"), title ? title : "", percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static GtkWidget *
row_title_label (DsEssay *essay)
{
  const char *title = ds_essay_get_title (essay);
  GtkWidget *label = gtk_label_new (NULL);

  /* Essay titles are shown as text, never as markup. */
  gtk_label_set_text (GTK_LABEL (label), title && *title ? title : ds_essay_get_id (essay));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static GtkWidget *
row_progress_bar (void)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_CONTINUOUS);
  /* The default offsets colour a low level as a warning; progress is not. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (bar, "essay-progress");
  return bar;
}

static GtkWidget *
row_percent_label (void)
{
  GtkWidget *percent = gtk_label_new (NULL);

  gtk_widget_add_css_class (percent, "dim-label");
  gtk_widget_add_css_class (percent, "caption");
  gtk_widget_add_css_class (percent, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (percent), 4);
  gtk_label_set_xalign (GTK_LABEL (percent), 1);
  return percent;
}

/* A sidebar row: the essay's title over its reading progress. */
static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  DsEssay *essay = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bar = row_progress_bar ();
  GtkWidget *percent = row_percent_label ();

  gtk_box_append (GTK_BOX (progress_box), bar);
  gtk_box_append (GTK_BOX (progress_box), percent);
  gtk_box_append (GTK_BOX (box), row_title_label (essay));
  gtk_box_append (GTK_BOX (box), progress_box);
  gtk_widget_add_css_class (box, "essay-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, ds_essay_get_title (essay));

  g_object_set_data (G_OBJECT (row), "level-bar", bar);
  g_object_set_data (G_OBJECT (row), "percent-label", percent);
  return row;
}

static void
update_all_progress (DsWindow *self)
{
  GtkListBoxRow *row;

  if (self->essay_list == NULL)
    return;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->essay_list, i)) != NULL; i++)
    update_row_progress (self, row);
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
    ds_settings_set_last_essay (self->settings, ds_essay_get_id (essay));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESSAY]);
}

static void
row_selected_cb (DsWindow      *self,
                 GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  show_essay (self, essay_at (self, gtk_list_box_row_get_index (row)));
}

static void
row_activated_cb (DsWindow      *self,
                  GtkListBoxRow *row)
{
  show_essay (self, essay_at (self, gtk_list_box_row_get_index (row)));
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

static int
find_essay (DsWindow   *self,
            const char *essay_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->library));

  for (guint i = 0; essay_id != NULL && i < n; i++)
    if (g_strcmp0 (ds_essay_get_id (essay_at (self, i)), essay_id) == 0)
      return i;
  return -1;
}

gboolean
ds_window_open_essay (DsWindow   *self,
                      const char *essay_id)
{
  int index;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);

  index = find_essay (self, essay_id);
  if (index < 0)
    return FALSE;

  gtk_list_box_select_row (self->essay_list,
                           gtk_list_box_get_row_at_index (self->essay_list, index));
  show_essay (self, essay_at (self, index));
  return TRUE;
}

static void
library_changed_cb (DsWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0;

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
}

static void
restore_last_essay (DsWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0)
    return;
  if (!ds_window_open_essay (self, ds_settings_get_last_essay (self->settings)))
    ds_window_open_essay (self, ds_essay_get_id (essay_at (self, 0)));
}

/* Pages. */

/* Pages wait outside the widget tree until first shown: AdwViewStack
 * measures every page it holds, and a page that is not on screen should not
 * cost startup time. */
#define LAZY_PAGE_KEY "ds-window-lazy-page"

#define LAZY_FUNC_KEY "ds-window-lazy-func"
#define LAZY_DATA_KEY "ds-window-lazy-data"

static void
mount_page (DsWindow  *self,
            GtkWidget *bin)
{
  GtkWidget *page;
  DsWindowPageFunc create;

  if (bin == NULL || !ADW_IS_BIN (bin) || adw_bin_get_child (ADW_BIN (bin)) != NULL)
    return;

  page = g_object_steal_data (G_OBJECT (bin), LAZY_PAGE_KEY);
  create = g_object_get_data (G_OBJECT (bin), LAZY_FUNC_KEY);
  if (page == NULL && create != NULL)
    page = g_object_ref_sink (create (self, g_object_get_data (G_OBJECT (bin), LAZY_DATA_KEY)));
  if (page == NULL)
    return;
  adw_bin_set_child (ADW_BIN (bin), page);
  g_object_unref (page);
}

static void
visible_page_changed_cb (DsWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);
  gboolean reading = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                                "read") == 0;
  AdwViewStackPage *page;

  mount_page (self, child);
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
}

AdwViewStackPage *
ds_window_add_page (DsWindow   *self,
                    GtkWidget  *page,
                    const char *name,
                    const char *title,
                    const char *icon_name)
{
  GtkWidget *bin;

  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  bin = adw_bin_new ();
  g_object_set_data_full (G_OBJECT (bin), LAZY_PAGE_KEY, g_object_ref_sink (page),
                          g_object_unref);
  return adw_view_stack_add_titled_with_icon (self->view_stack, bin, name, title, icon_name);
}

AdwViewStackPage *
ds_window_add_page_lazily (DsWindow         *self,
                           const char       *name,
                           const char       *title,
                           const char       *icon_name,
                           DsWindowPageFunc  create,
                           gpointer          user_data)
{
  GtkWidget *bin;

  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (create != NULL, NULL);

  bin = adw_bin_new ();
  g_object_set_data (G_OBJECT (bin), LAZY_FUNC_KEY, create);
  g_object_set_data (G_OBJECT (bin), LAZY_DATA_KEY, user_data);
  return adw_view_stack_add_titled_with_icon (self->view_stack, bin, name, title, icon_name);
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
create_claims_panel (DsReaderPage *reader)
{
  return GTK_WIDGET (ds_claims_panel_new (reader));
}

static void
add_pages (DsWindow *self)
{
  self->reader_page = ds_reader_page_new (self->settings);
  /* Built when first shown: hidden, it would still be measured at startup. */
  ds_reader_page_set_side_panel_func (self->reader_page, create_claims_panel);
  ds_window_add_page (self, GTK_WIDGET (self->reader_page), "read",
                      _("Read"), "accessories-dictionary-symbolic");

  /* Study, Cards and Statistics, sharing one deck of cards and progress. */
  ds_study_page_add_to_window (GTK_WIDGET (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "read");
  visible_page_changed_cb (self);
}

/* Actions. */

static void
zoom_by (DsWindow *self,
         double    delta)
{
  double scale = ds_settings_get_text_scale (self->settings);

  /* Round so that repeated steps land on tenths. */
  scale = delta == 0 ? 1.0 : round ((scale + delta) * 10) / 10;
  ds_settings_set_text_scale (self->settings, CLAMP (scale, ZOOM_MIN, ZOOM_MAX));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  zoom_by (DS_WINDOW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  zoom_by (DS_WINDOW (widget), -ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  zoom_by (DS_WINDOW (widget), 0);
}

static void
present_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  ds_window_start_presentation (DS_WINDOW (widget), NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  ds_window_set_visible_page (DS_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* The shortcuts window is built on first use rather than by GtkApplication
 * with every window (see data/diplostudy.gresource.xml). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *overlay;

  builder = gtk_builder_new_from_resource ("/org/example/DiploStudy/ui/help-overlay.ui");
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

/* The main menu's popover is built when it is first opened. */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       data)
{
  DsWindow *self = data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
update_zoom_actions (DsWindow *self)
{
  double scale = ds_settings_get_text_scale (self->settings);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", scale < ZOOM_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", scale > ZOOM_MIN + 0.001);
}

/* Presentation mode (ds-presentation-window.c): without an id, the essay
 * open in the reader. The cards are the window's deck, so a lecturer's
 * corrected wording is what the class sees; nothing of the schedule is. */
void
ds_window_start_presentation (DsWindow   *self,
                              const char *essay_id)
{
  g_autoptr(GPtrArray) cards = NULL;
  DsEssay *essay;

  g_return_if_fail (DS_IS_WINDOW (self));

  essay = ds_window_get_essay (self);
  if ((essay_id == NULL || *essay_id == '\0') && essay != NULL)
    essay_id = ds_essay_get_id (essay);
  cards = ds_deck_dup_cards (ds_window_get_deck (self));
  ds_presentation_start (GTK_WINDOW (self), self->library, cards, self->settings, essay_id);
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
  ds_settings_set_window_state (self->settings, width, height,
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

  ds_settings_get_window_state (self->settings, &width, &height, &maximized);
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

  G_OBJECT_CLASS (ds_window_parent_class)->constructed (object);

  g_assert (self->library != NULL && self->settings != NULL);

  restore_window_state (self);
  add_pages (self);

  gtk_list_box_bind_model (self->essay_list, G_LIST_MODEL (self->library),
                           create_row_cb, self, NULL);
  g_signal_connect_object (self->library, "items-changed",
                           G_CALLBACK (library_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "reading-position-changed",
                           G_CALLBACK (reading_position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::text-scale",
                           G_CALLBACK (update_zoom_actions), self, G_CONNECT_SWAPPED);
  update_all_progress (self);
  update_zoom_actions (self);
  ds_window_import_init (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0)
    library_changed_cb (self);
  restore_last_essay (self);
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
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_WINDOW);

  G_OBJECT_CLASS (ds_window_parent_class)->dispose (object);
}

static void
ds_window_finalize (GObject *object)
{
  DsWindow *self = DS_WINDOW (object);

  g_clear_object (&self->deck);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

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
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
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
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
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

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, DS_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, DS_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ESSAY] =
    g_param_spec_object ("essay", NULL, NULL, DS_TYPE_ESSAY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsWindow, main_stack);
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
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_visible_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  /* Accelerators for these are set in DsApplication's table. */
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
}

static void
ds_window_init (DsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_popup_cb, self, NULL);
}

DsWindow *
ds_window_new (GtkApplication *app,
               DsLibrary      *library,
               DsSettings     *settings)
{
  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (DS_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);

  return g_object_new (DS_TYPE_WINDOW,
                       "application", app,
                       "library", library,
                       "settings", settings,
                       NULL);
}

DsLibrary *
ds_window_get_library (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->library;
}

DsSettings *
ds_window_get_settings (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->settings;
}

DsReaderPage *
ds_window_get_reader_page (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->reader_page;
}

/* One deck (and one DsProgress) for every page, so that an answer or an
 * edit made on one page is what the others show. */
DsDeck *
ds_window_get_deck (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  if (self->deck == NULL)
    {
      g_autoptr(DsProgress) progress = ds_progress_new (self->settings);

      self->deck = ds_deck_new_for_library (self->library, progress);
    }
  return self->deck;
}

DsEssay *
ds_window_get_essay (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->reader_page ? ds_reader_page_get_essay (self->reader_page) : NULL;
}
