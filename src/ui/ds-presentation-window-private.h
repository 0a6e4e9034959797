/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-presentation-window.h"

G_BEGIN_DECLS

/* Shared by ds-presentation-window.c and ds-presentation-start.c. */

/* The window to return to (weak) and the presenter view (owned, destroyed
 * with the audience view); either may be NULL. */
void ds_presentation_window_set_session (DsPresentationWindow *self,
                                         GtkWindow            *parent,
                                         GtkWindow            *presenter);

G_END_DECLS
