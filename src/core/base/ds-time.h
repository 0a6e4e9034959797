/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Time, in one place: the lengths every stage counts with and the one kind
 * of clock they all take.
 *
 * Review times, due dates and intervals are milliseconds since the Unix
 * epoch (the unit of the FSRS reference vectors); a clock reads
 * microseconds, as g_get_real_time() and g_get_monotonic_time() do.
 */

#define DS_SECOND_MS G_GINT64_CONSTANT (1000)
#define DS_MINUTE_MS (60 * DS_SECOND_MS)
#define DS_HOUR_MS   (60 * DS_MINUTE_MS)
#define DS_DAY_MS    (24 * DS_HOUR_MS)

/* Microseconds in a millisecond: a clock's reading over this is ms. */
#define DS_MS_US     G_GINT64_CONSTANT (1000)

/*
 * A clock: the time now, in microseconds. What it counts from is the
 * caller's choice: the wall clock where a date matters (a card's due date),
 * a monotonic one where only durations do (a countdown). Tests pass a fake
 * one that they move by hand.
 */
typedef gint64 (*DsClockFunc) (gpointer user_data);

/* g_get_real_time() and g_get_monotonic_time() as DsClockFuncs. */
gint64 ds_clock_real_time      (gpointer user_data);
gint64 ds_clock_monotonic_time (gpointer user_data);

G_END_DECLS
