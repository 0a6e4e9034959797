/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-deck-io.h"
#include "ds-essay.h"
#include "ds-reader-page.h"
#include "ds-session.h"

G_BEGIN_DECLS

#define DS_TYPE_WINDOW (ds_window_get_type ())
G_DECLARE_FINAL_TYPE (DsWindow, ds_window, DS, WINDOW, AdwApplicationWindow)

/*
 * The main window: the essays in a sidebar, and the Read, Study, Cards and
 * Statistics pages, all views of one DsSession. Actions (win.*, see
 * ds-window-actions.c): zoom-in, zoom-out, zoom-reset, present,
 * show-help-overlay, show-page(s), show-source((suu)) — an essay and a
 * character span to show in the reader —, import, remove-essay,
 * review-essay(s) — the Cards page reviews the essay's cards, as the
 * import's toast offers — and study-essay(s).
 */

/* @app may be NULL (tests build a window without an application). */
DsWindow     *ds_window_new                   (GtkApplication *app,
                                               DsSession      *session);
DsSession    *ds_window_get_session           (DsWindow       *self);
DsReaderPage *ds_window_get_reader_page       (DsWindow       *self);
/* The essay shown in the reader, or NULL. */
DsEssay      *ds_window_get_essay             (DsWindow       *self);
/* Selects the essay in the sidebar and opens it; FALSE if unknown. */
gboolean      ds_window_open_essay            (DsWindow       *self,
                                               const char     *essay_id);
/* Replaces the window's content with an error page (e.g. the library
 * could not be loaded). */
void          ds_window_show_error            (DsWindow       *self,
                                               const char     *title,
                                               const char     *message);
/* Adds a page to the view stack (Study, Statistics, ...); returns the
 * AdwViewStackPage. The page joins the widget tree (is rooted, realized,
 * measured) only when it is first shown, so that it costs no startup time;
 * the stack page's child is a container around it. */
AdwViewStackPage *ds_window_add_page          (DsWindow       *self,
                                               GtkWidget      *page,
                                               const char     *name,
                                               const char     *title,
                                               const char     *icon_name);
/* The same, for a page that is costly to build: @create makes it when it
 * is first shown. */
typedef GtkWidget *(*DsWindowPageFunc) (DsWindow *window,
                                        gpointer  user_data);
AdwViewStackPage *ds_window_add_page_lazily   (DsWindow        *self,
                                               const char      *name,
                                               const char      *title,
                                               const char      *icon_name,
                                               DsWindowPageFunc create,
                                               gpointer         user_data);
/* Shows the view stack page called @name ("read", "study", ...). */
void          ds_window_set_visible_page      (DsWindow       *self,
                                               const char     *name);
/* Whether the window shows the notice @key ("restored", "progress",
 * "essays", "store", "not-saved"; see ds-window-notices.c), and its
 * heading and body (optional, free them). */
gboolean      ds_window_get_notice            (DsWindow       *self,
                                               const char     *key,
                                               char          **heading,
                                               char          **body);
/* Saves the reading position and the window state now. */
void          ds_window_save_state            (DsWindow       *self);

/*
 * Presentation mode entry point (app.present, win.present, F5): @essay_id is
 * the essay to present, or NULL / "" for the one open in the reader.
 */
void          ds_window_start_presentation    (DsWindow       *self,
                                               const char     *essay_id);

/*
 * What win.import does with each chosen file: the session reads and parses
 * it in a worker thread, with a toast while it works; then the window opens
 * the essay, or shows why it could not be imported. @callback (may be NULL)
 * runs after that; the finish function returns the essay (a new reference)
 * or NULL with the error the learner was shown.
 */
void          ds_window_import_file           (DsWindow            *self,
                                               GFile               *file,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
DsEssay      *ds_window_import_file_finish    (DsWindow            *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/*
 * What win.export-cards, win.back-up and win.restore do with the chosen
 * file: the cards (every card, an essay's, or a topic of it) as Anki text
 * or JSON; the progress as a JSON backup; a backup merged back (newest
 * review wins). Each ends in a toast, or in a dialog that says what went
 * wrong (then nothing changed); the return value says which.
 */
gboolean      ds_window_export_cards          (DsWindow       *self,
                                               GFile          *file,
                                               const char     *essay_id,
                                               const char     *topic,
                                               DsDeckFormat    format);
gboolean      ds_window_back_up_progress      (DsWindow       *self,
                                               GFile          *file);
gboolean      ds_window_restore_progress      (DsWindow       *self,
                                               GFile          *file);

G_END_DECLS
