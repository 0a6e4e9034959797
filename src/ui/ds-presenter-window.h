/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-presentation-window.h"

G_BEGIN_DECLS

/*
 * The presenter's control view on the laptop while the audience view is on
 * the projector: the current and the next slide, the answer before it is
 * revealed, the countdown and the tally. Its keys and actions are the
 * audience view's (with A–D counting hands), and drive the same run.
 */

#define DS_TYPE_PRESENTER_WINDOW (ds_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (DsPresenterWindow, ds_presenter_window, DS, PRESENTER_WINDOW, GtkWindow)

DsPresenterWindow    *ds_presenter_window_new          (DsPresentationWindow *audience);
/* The audience view it drives, or NULL once that is gone. */
DsPresentationWindow *ds_presenter_window_get_audience (DsPresenterWindow    *self);
/* Redraws from the run. It follows the run's changes by itself; the
 * audience view calls it as a running countdown moves. */
void                  ds_presenter_window_update       (DsPresenterWindow    *self);

G_END_DECLS
