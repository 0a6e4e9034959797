/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-quiz-live.h"
#include "ds-quiz-run.h"
#include "ds-session.h"

G_BEGIN_DECLS

/*
 * The audience view of presentation mode: one slide of a DsQuizRun,
 * fullscreen on the projector, type scaled to the screen. It owns the run
 * and, with two monitors, the presenter view on the laptop; closing either
 * ends the presentation and brings back the window it was started from.
 *
 * Actions (present.*, on both views): next, back, enter, first, last,
 * digit(u), black, white, timer, count(u), uncount(u), leave, and class
 * live's live, live-stop, live-export; the keys are bindings to them
 * (see ds-presentation-keys.h). "countdown-moved" says that the running
 * countdown moved on, which changes no state of the run.
 */

#define DS_TYPE_PRESENTATION_WINDOW (ds_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (DsPresentationWindow, ds_presentation_window, DS, PRESENTATION_WINDOW, GtkWindow)

/* The entry point for the main window (F5, the header-bar button, --present):
 * asks what to present (the essay's key claims, a quiz on the essay or one of
 * its topics, or a shuffled mix of all essays), then starts, with the
 * session's cards. @essay_id is the essay to present, or NULL / "" for the
 * first one. */
void                  ds_presentation_start            (GtkWindow   *parent,
                                                        DsSession   *session,
                                                        const char  *essay_id);

/* Starts a run at once: the audience view fullscreen on the projector (or the
 * only monitor) and, with two monitors, the presenter view on the laptop.
 * @settings may be NULL (defaults: 30 s countdown, dark theme). */
DsPresentationWindow *ds_presentation_start_run        (GtkWindow   *parent,
                                                        DsQuizRun   *run,
                                                        DsSettings  *settings);

/* The same on given monitors: @laptop NULL for no presenter view, @audience
 * NULL for the window manager's choice. */
DsPresentationWindow *ds_presentation_start_run_on_monitors (GtkWindow  *parent,
                                                             DsQuizRun  *run,
                                                             DsSettings *settings,
                                                             GdkMonitor *audience,
                                                             GdkMonitor *laptop);

DsPresentationWindow *ds_presentation_window_new       (DsQuizRun   *run,
                                                        DsPresentationTheme theme);
DsQuizRun            *ds_presentation_window_get_run   (DsPresentationWindow *self);
DsPresentationTheme   ds_presentation_window_get_theme (DsPresentationWindow *self);
/* The presenter view, or NULL with a single monitor. */
GtkWindow            *ds_presentation_window_get_presenter (DsPresentationWindow *self);

/* Ends the presentation: closes both views, presents the parent again. */
void                  ds_presentation_window_leave     (DsPresentationWindow *self);

/* Runs the countdown and the cursor timeout against the run's clock; a
 * timer calls it ten times a second, tests call it after moving a fake
 * clock. */
void                  ds_presentation_window_tick      (DsPresentationWindow *self);
/* Pointer motion: shows the cursor again and restarts its timeout. */
void                  ds_presentation_window_pointer_moved (DsPresentationWindow *self);
gboolean              ds_presentation_window_get_cursor_hidden (DsPresentationWindow *self);

/* Class live (ds-presentation-live.c): students answer the quiz on their
 * phones. Starting listens on @address (NULL: the laptop's address on the
 * local network) and shows the join screen; the presentation's end stops
 * it. "live-changed" says that anything class live shows changed. */
gboolean              ds_presentation_window_start_live (DsPresentationWindow *self,
                                                         const char           *address,
                                                         GError              **error);
void                  ds_presentation_window_stop_live  (DsPresentationWindow *self);
/* NULL until class live is first started; its results stay after a stop. */
DsQuizLive           *ds_presentation_window_get_live   (DsPresentationWindow *self);
gboolean              ds_presentation_window_get_join_shown (DsPresentationWindow *self);
/* The results as CSV, what "Export Results…" writes. */
gboolean              ds_presentation_window_export_live_results (DsPresentationWindow *self,
                                                                  GFile                *file,
                                                                  GError              **error);
/* Where class live listens when the chooser or a key starts it: NULL (the
 * default) is the laptop's address on the local network; tests set
 * 127.0.0.1. */
void                  ds_presentation_set_live_address  (const char           *address);

/* Font sizes in pixels last fitted to the window (for tests and the
 * presenter view); FALSE before the first fit for the current size. */
gboolean              ds_presentation_window_get_font_sizes (DsPresentationWindow *self,
                                                             int         *question_px,
                                                             int         *answer_px);

G_END_DECLS
