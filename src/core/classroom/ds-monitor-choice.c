/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-monitor-choice.h"

gboolean
ds_monitor_connector_is_internal (const char *connector)
{
  static const char * const internal[] = { "eDP", "LVDS", "DSI", NULL };

  if (connector == NULL)
    return FALSE;
  for (guint i = 0; internal[i] != NULL; i++)
    if (g_ascii_strncasecmp (connector, internal[i], strlen (internal[i])) == 0)
      return TRUE;
  return FALSE;
}

static int
find_laptop (const DsMonitorInfo *monitors,
             guint                n_monitors)
{
  for (guint i = 0; i < n_monitors; i++)
    if (ds_monitor_connector_is_internal (monitors[i].connector))
      return i;
  for (guint i = 0; i < n_monitors; i++)
    if (monitors[i].is_primary)
      return i;
  return 0;
}

int
ds_choose_audience_monitor (const DsMonitorInfo *monitors,
                            guint                n_monitors,
                            int                 *presenter)
{
  int laptop;
  int audience = -1;

  if (presenter != NULL)
    *presenter = -1;
  if (monitors == NULL || n_monitors == 0)
    return -1;
  if (n_monitors == 1)
    return 0;

  laptop = find_laptop (monitors, n_monitors);
  /* Of the others, a non-primary one: the projector is rarely made primary,
   * and when it is, the laptop was already found by its connector. */
  for (guint i = 0; i < n_monitors && audience < 0; i++)
    if ((int) i != laptop && !monitors[i].is_primary)
      audience = i;
  for (guint i = 0; i < n_monitors && audience < 0; i++)
    if ((int) i != laptop)
      audience = i;

  if (presenter != NULL)
    *presenter = laptop;
  return audience;
}
