/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-time.h"

gint64
ds_clock_real_time (gpointer user_data)
{
  return g_get_real_time ();
}

gint64
ds_clock_monotonic_time (gpointer user_data)
{
  return g_get_monotonic_time ();
}
