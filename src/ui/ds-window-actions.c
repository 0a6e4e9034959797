/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-essay-import.h"
#include "ds-widgets-private.h"
#include "ds-window-private.h"

/*
 * The window's actions (win.*). Accelerators for them are set in
 * DsApplication's table, in one place with the others.
 */

/* Steps of the text size, as a factor of the default size. */
#define ZOOM_STEP 0.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

static void
zoom_by (DsWindow *self,
         double    delta)
{
  DsSettings *settings = ds_session_get_settings (self->session);
  double scale = ds_settings_get_text_scale (settings);

  /* Round so that repeated steps land on tenths. */
  scale = delta == 0 ? 1.0 : round ((scale + delta) * 10) / 10;
  ds_settings_set_text_scale (settings, CLAMP (scale, ZOOM_MIN, ZOOM_MAX));
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

/* win.show-source((suu)): an essay and a character span of it, as a card
 * keeps its source; the reader opens it and marks the span. */
static void
show_source_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  const char *essay_id;
  guint start, end;

  g_variant_get (param, "(&suu)", &essay_id, &start, &end);
  if (!ds_window_open_essay (self, essay_id))
    return;
  ds_window_set_visible_page (self, "read");
  ds_reader_page_highlight_span (self->reader_page, start, end);
}

/* win.show-card-source((suu)): the same from a card of an open study
 * session; the reader offers the way back to the card. */
static void
show_card_source_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);

  show_source_action (widget, name, param);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "read") == 0)
    ds_reader_page_set_back_to_card (self->reader_page, TRUE);
}

/* The shortcuts window is built on first use rather than by GtkApplication
 * with every window (see data/diplostudy.gresource.xml). */
/* A long section of the shortcuts window comes in pages, switched by
 * buttons GTK 4.8 names "_1", "_2": "Page 1", "Page 2" instead. */
static void
name_shortcut_pages (GtkWidget *overlay)
{
  GtkWidget *switcher = _ds_widget_find_descendant (overlay, GTK_TYPE_STACK_SWITCHER, NULL);
  guint n = 0;

  for (GtkWidget *child = switcher ? gtk_widget_get_first_child (switcher) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* Translators: a page of the keyboard shortcuts window. */
      g_autofree char *label = g_strdup_printf (_("Page %u"), ++n);

      _ds_widget_set_accessible_label (child, label);
    }
}

static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *overlay;

  builder = gtk_builder_new_from_resource ("/org/example/DiploStudy/ui/help-overlay.ui");
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  /* GtkShortcutsWindow's own search and section controls have no names
   * in GTK 4.8. */
  _ds_widget_name_descendant (GTK_WIDGET (overlay), GTK_TYPE_SEARCH_ENTRY, NULL,
                              _("Search Shortcuts"));
  _ds_widget_name_descendant (GTK_WIDGET (overlay), GTK_TYPE_TOGGLE_BUTTON, "edit-find-symbolic",
                              _("Search"));
  _ds_widget_name_descendant (GTK_WIDGET (overlay), GTK_TYPE_MENU_BUTTON, NULL, _("Sections"));
  name_shortcut_pages (GTK_WIDGET (overlay));
  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

/* win.review-essay(s): the Cards page, narrowed down to the essay, goes
 * through its cards one at a time (the import's toast offers it). */
static void
review_essay_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  _ds_window_review_essay (DS_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* win.study-essay(s): a study session over the essay's cards. */
static void
study_essay_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  _ds_window_study_essay (DS_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  _ds_window_choose_import (DS_WINDOW (widget));
}

static void
remove_essay_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  _ds_window_ask_remove_essay (DS_WINDOW (widget));
}

static void
export_cards_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  _ds_window_choose_export (DS_WINDOW (widget));
}

static void
back_up_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  _ds_window_choose_backup (DS_WINDOW (widget));
}

static void
restore_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  _ds_window_choose_restore (DS_WINDOW (widget));
}

void
_ds_window_class_actions_init (DsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-source", "(suu)", show_source_action);
  gtk_widget_class_install_action (widget_class, "win.show-card-source", "(suu)",
                                   show_card_source_action);
  gtk_widget_class_install_action (widget_class, "win.review-essay", "s", review_essay_action);
  gtk_widget_class_install_action (widget_class, "win.study-essay", "s", study_essay_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.remove-essay", NULL, remove_essay_action);
  gtk_widget_class_install_action (widget_class, "win.export-cards", NULL, export_cards_action);
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
}

/* Zooming stops at its ends; only an imported essay can be removed; a
 * read-only progress takes no backup back. */
void
_ds_window_update_actions (DsWindow *self)
{
  double scale = ds_settings_get_text_scale (ds_session_get_settings (self->session));
  DsEssay *essay = ds_window_get_essay (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", scale < ZOOM_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", scale > ZOOM_MIN + 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-essay",
                                 essay != NULL && ds_essay_id_is_user (ds_essay_get_id (essay)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore",
                                 !ds_progress_get_read_only (ds_session_get_progress (self->session)));
}
