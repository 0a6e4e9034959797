/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench/startup's first-frame hook, shared by the app and bench-baseline so
 * that both measure the same way. With DS_BENCH_EXIT_ON_FRAME=1 the process
 * prints the time from DS_BENCH_T0 (Unix time in ns, taken just before exec)
 * to the window's first painted frame, and its peak RSS, then exits.
 */
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ds-bench-frame.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  const char *t0 = g_getenv ("DS_BENCH_T0");
  struct rusage usage;
  double ms = -1;

  if (t0 != NULL)
    ms = (g_get_real_time () * 1000.0 - g_ascii_strtod (t0, NULL)) / 1e6;
  getrusage (RUSAGE_SELF, &usage);
  printf ("first-frame-ms %.2f peak-rss-kb %ld cpu-ms %.2f\n", ms, usage.ru_maxrss,
          (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
          + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
  fflush (stdout);
  _exit (0);
}

static void
realize_cb (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

/* Does nothing unless DS_BENCH_EXIT_ON_FRAME=1; call before presenting. */
void
ds_bench_frame_watch (GtkWindow *window)
{
  if (g_strcmp0 (g_getenv ("DS_BENCH_EXIT_ON_FRAME"), "1") != 0)
    return;
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
