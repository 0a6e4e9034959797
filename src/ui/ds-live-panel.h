/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-presentation-window.h"

G_BEGIN_DECLS

/*
 * Class live on the presenter view: the address and the room code, how
 * many have joined and answered, who has not answered yet (nicknames, as
 * text), the top five switch, "Export Results…" and stopping. Its buttons
 * are the present.live* actions of the view it is in.
 */
#define DS_TYPE_LIVE_PANEL (ds_live_panel_get_type ())
G_DECLARE_FINAL_TYPE (DsLivePanel, ds_live_panel, DS, LIVE_PANEL, AdwBin)

GtkWidget  *ds_live_panel_new          (DsPresentationWindow *audience);
/* The status line and the list of who has not answered, as shown. */
const char *ds_live_panel_get_status   (DsLivePanel          *self);
const char *ds_live_panel_get_waiting  (DsLivePanel          *self);

G_END_DECLS
