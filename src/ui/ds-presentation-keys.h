/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The keys of presentation mode (ds-presentation-keys.c), as key bindings
 * to the present.* actions of the window around it: the audience view and
 * the presenter view each have one around all they show. Space, Right,
 * Down, Page Down go on; Left, Up, Page Up, Backspace back; Home, End;
 * digits then Enter go to a slide; B or `.` and W or `,` blank the screen;
 * T runs the countdown; Escape leaves. A–D count hands for an option: on
 * the presenter view as they are (Shift takes one back), on the audience
 * view with Shift (plain B blanks there).
 *
 * It takes the keyboard focus when shown, and its bindings run before any
 * other widget's (capture phase): Space, Enter and the arrows are the
 * clicker's, not the focus moving or a button in the presenter view.
 */
#define DS_TYPE_PRESENTATION_KEYS (ds_presentation_keys_get_type ())
G_DECLARE_FINAL_TYPE (DsPresentationKeys, ds_presentation_keys, DS, PRESENTATION_KEYS, AdwBin)

gboolean ds_presentation_keys_get_presenter (DsPresentationKeys *self);

G_END_DECLS
