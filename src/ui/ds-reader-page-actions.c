/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReaderPage"

#include "config.h"

#include "ds-reader-page-private.h"

/*
 * The reader's actions: reader.find, reader.find-next,
 * reader.find-previous and reader.toggle-claims (a state: the Key claims
 * panel shown). Part of DsReaderPage (see ds-reader-page.c).
 *
 * They are a group of the page's own, not class actions: the window's
 * header buttons and the application's accelerators (Ctrl+F, F9) reach
 * them through the window, which holds the group while the reader is
 * shown, and only then, so that Ctrl+F is free on the other pages. Class
 * actions cannot be reached from above the widget that has them.
 */

static void
find_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  DsReaderPage *self = data;

  if (self->essay == NULL)
    return;
  _ds_reader_page_ensure_find_row (self);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  ds_reader_page_next_match (data);
}

static void
find_previous_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  ds_reader_page_previous_match (data);
}

static void
toggle_claims_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  DsReaderPage *self = data;

  ds_reader_page_set_side_panel_visible (self, !ds_reader_page_get_side_panel_visible (self));
}

static const GActionEntry action_entries[] = {
  { "find", find_action_cb },
  { "find-next", find_next_action_cb },
  { "find-previous", find_previous_action_cb },
  { "toggle-claims", toggle_claims_action_cb, NULL, "false" },
};

static void
set_action_enabled (DsReaderPage *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_ds_reader_page_update_actions (DsReaderPage *self)
{
  gboolean has_essay = self->essay != NULL;

  set_action_enabled (self, "find", has_essay);
  set_action_enabled (self, "find-next", has_essay);
  set_action_enabled (self, "find-previous", has_essay);
  set_action_enabled (self, "toggle-claims",
                      self->side_panel != NULL || self->create_side_panel != NULL);
}

void
_ds_reader_page_set_claims_state (DsReaderPage *self,
                                  gboolean      shown)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "toggle-claims");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (shown));
}

void
_ds_reader_page_actions_init (DsReaderPage *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "reader", G_ACTION_GROUP (self->actions));
  _ds_reader_page_update_actions (self);
}
