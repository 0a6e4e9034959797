/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The baseline for bench/startup: a bare AdwApplicationWindow (a header bar
 * and nothing else), the same size as DiploStudy's default window. With
 * DS_BENCH_EXIT_ON_FRAME=1 it prints the time from DS_BENCH_T0 (Unix time in
 * ns, taken just before exec) to its first painted frame and its peak RSS,
 * as the app does, then exits.
 */
#include <adwaita.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

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

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Baseline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (g_strcmp0 (g_getenv ("DS_BENCH_EXIT_ON_FRAME"), "1") == 0)
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("org.example.DiploStudyBaseline",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
