/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-deck.h"
#include "ds-essay.h"
#include "ds-library.h"
#include "ds-settings.h"
#include "ds-reader-page.h"

G_BEGIN_DECLS

#define DS_TYPE_WINDOW (ds_window_get_type ())
G_DECLARE_FINAL_TYPE (DsWindow, ds_window, DS, WINDOW, AdwApplicationWindow)

/* @app may be NULL (tests build a window without an application). */
DsWindow     *ds_window_new                   (GtkApplication *app,
                                               DsLibrary      *library,
                                               DsSettings     *settings);
DsLibrary    *ds_window_get_library           (DsWindow       *self);
DsSettings   *ds_window_get_settings          (DsWindow       *self);
DsReaderPage *ds_window_get_reader_page       (DsWindow       *self);
/* The cards of the window's library with the learner's progress: the one
 * deck the study, cards and statistics pages and presentation mode share.
 * Made on first use. */
DsDeck       *ds_window_get_deck              (DsWindow       *self);
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
/* Saves the reading position and the window state now. */
void          ds_window_save_state            (DsWindow       *self);

/*
 * Presentation mode entry point (app.present, win.present, F5): @essay_id is
 * the essay to present, or NULL / "" for the one open in the reader.
 * Implemented by the presentation mode; a stub until then.
 */
void          ds_window_start_presentation    (DsWindow       *self,
                                               const char     *essay_id);

G_END_DECLS
