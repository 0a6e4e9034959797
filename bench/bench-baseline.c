/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The baseline for bench/startup: a bare AdwApplicationWindow (a header bar
 * and nothing else), the same size as DiploStudy's default window. With
 * DS_BENCH_EXIT_ON_FRAME=1 it prints the time from DS_BENCH_T0 (Unix time in
 * ns, taken just before exec) to its first painted frame and its peak RSS,
 * as the app does (src/ui/ds-bench-frame.c), then exits.
 */
#include <adwaita.h>

#include "ds-bench-frame.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Baseline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  ds_bench_frame_watch (GTK_WINDOW (window));
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
