/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Where a quiz is projected (ds-monitor-choice.c): the audience's monitor
 * and the presenter's, from what the display says about its monitors. Pure
 * functions, so that they are tested without a display.
 */

/* The audience view goes to a monitor that is not the laptop's. */
typedef struct {
  const char *connector;  /* e.g. "eDP-1", "HDMI-1"; may be NULL */
  gboolean    is_primary;
  int         width;
  int         height;
} DsMonitorInfo;

gboolean          ds_monitor_connector_is_internal (const char   *connector);
/* Returns the audience monitor's index (or -1 when there is none) and sets
 * @presenter to the laptop's, or -1 when there is a single monitor. */
int               ds_choose_audience_monitor       (const DsMonitorInfo *monitors,
                                                    guint         n_monitors,
                                                    int          *presenter);

G_END_DECLS
