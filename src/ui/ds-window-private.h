/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-window.h"

G_BEGIN_DECLS

/*
 * Shared by ds-window.c (the sidebar, the pages, the window's state),
 * ds-window-actions.c (win.* actions) and ds-window-import.c (the
 * learner's own essays).
 */

struct _DsWindow
{
  AdwApplicationWindow  parent_instance;

  DsSession            *session;
  DsReaderPage         *reader_page;

  /* Template children. */
  GtkStack             *main_stack;
  AdwToastOverlay      *toast_overlay;
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
  GtkBox               *notice_box;
  GHashTable           *notices;        /* key → bar (ds-window-notices.c) */

  gboolean              showing_empty;

  /* Which essay the page on screen shows, when it is narrowed down. */
  GtkWidget            *scope_bar;
  GtkLabel             *scope_label;

  /* Feedback (ds-window-import.c): one toast at a time, retitled as
   * imports go on, and its dismissal. */
  AdwToast             *toast;
  guint                 toast_timeout_id;
  guint                 n_importing;
};

/* ds-window-actions.c */
void _ds_window_class_actions_init   (DsWindowClass *klass);
void _ds_window_update_actions       (DsWindow      *self);

/* ds-window-import.c: win.import and win.remove-essay. */
void _ds_window_choose_import        (DsWindow      *self);
void _ds_window_ask_remove_essay     (DsWindow      *self);
/* Says @title (markup; taken) in the window's one toast, which goes a
 * few seconds later (once no import is under way). */
void _ds_window_say                  (DsWindow      *self,
                                      char          *title);
/* The same, with a button that activates @action_name with @target
 * (floating, taken; may be NULL); the toast then stays a little longer. */
void _ds_window_offer                (DsWindow      *self,
                                      char          *title,
                                      const char    *button_label,
                                      const char    *action_name,
                                      GVariant      *target);
/* The window is going: its toast goes with it. */
void _ds_window_withdraw_toast       (DsWindow      *self);
/* A dialog with @message as plain text under @heading. */
void _ds_window_show_error_dialog    (DsWindow      *self,
                                      const char    *heading,
                                      const char    *message);

/* ds-window.c: win.review-essay and win.study-essay. */
void _ds_window_review_essay         (DsWindow      *self,
                                      const char    *essay_id);
void _ds_window_study_essay          (DsWindow      *self,
                                      const char    *essay_id);

/* ds-window-notices.c: bars that tell the learner about their progress
 * and essays. */
void _ds_window_notices_init         (DsWindow      *self);
void _ds_window_show_notice          (DsWindow      *self,
                                      const char    *key,
                                      GtkMessageType type,
                                      const char    *heading,
                                      const char    *body);
void _ds_window_hide_notice          (DsWindow      *self,
                                      const char    *key);

/* ds-window-backup.c: win.export-cards, win.back-up and win.restore. */
void _ds_window_choose_export        (DsWindow      *self);
void _ds_window_choose_backup        (DsWindow      *self);
void _ds_window_choose_restore       (DsWindow      *self);

G_END_DECLS
