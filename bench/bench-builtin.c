/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-builtin: parse and generate the cards of the five shipped essays, as
 * the app does on every start, then make the app's deck of them (claims,
 * cards and the learner's edits) as its pages first ask for it. Prints the
 * median, minimum and maximum of N runs (default 50) of each step and the
 * peak resident memory. The deck needs the settings schema
 * (GSETTINGS_SCHEMA_DIR=BUILD/data); without it that step is skipped.
 */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ds-deck.h"
#include "ds-generator.h"
#include "ds-library.h"

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_row (const char *name,
           double     *ms,
           int         n)
{
  qsort (ms, n, sizeof (double), compare);
  printf ("%-24s median %7.3f ms   min %7.3f ms   max %7.3f ms\n", name, ms[n / 2], ms[0], ms[n - 1]);
}

/* A progress store that never touches the disk, or NULL without the
 * schema. */
static DsProgress *
memory_progress (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(DsSettings) settings = NULL;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  backend = g_memory_settings_backend_new ();
  settings = ds_settings_new_with_backend (backend, NULL);
  return settings ? ds_progress_new (settings) : NULL;
}

/* Milliseconds for ds_deck_new_for_library() of @library, each run. */
static gboolean
time_deck (DsLibrary *library,
           double    *ms,
           int        runs)
{
  g_autoptr(DsProgress) progress = memory_progress ();

  if (progress == NULL)
    return FALSE;
  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(DsDeck) deck = ds_deck_new_for_library (library, progress);

      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : 50;
  g_autofree double *load = NULL;
  g_autofree double *generate = NULL;
  g_autofree double *total = NULL;
  g_autofree double *deck = NULL;
  g_autoptr(DsLibrary) last = NULL;
  struct rusage usage;
  guint n_cards = 0;

  if (runs < 1)
    runs = 50;
  load = g_new0 (double, runs);
  generate = g_new0 (double, runs);
  total = g_new0 (double, runs);
  deck = g_new0 (double, runs);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(DsLibrary) library = ds_library_new ();
      g_autoptr(GPtrArray) cards = NULL;
      g_autoptr(GError) error = NULL;
      gint64 t0, t1, t2;

      t0 = g_get_monotonic_time ();
      if (!ds_library_load_builtin (library, &error))
        {
          fprintf (stderr, "bench-builtin: %s\n", error->message);
          return 1;
        }
      t1 = g_get_monotonic_time ();
      cards = ds_generator_generate_all (G_LIST_MODEL (library));
      t2 = g_get_monotonic_time ();

      load[i] = (t1 - t0) / 1000.0;
      generate[i] = (t2 - t1) / 1000.0;
      total[i] = (t2 - t0) / 1000.0;
      n_cards = cards->len;
      g_set_object (&last, library);
    }

  printf ("built-in essays: %u cards, %d runs\n", n_cards, runs);
  print_row ("parse (load_builtin)", load, runs);
  print_row ("claims + cards", generate, runs);
  print_row ("parse + generate", total, runs);
  printf ("budget 5 ms: %s (median %.3f ms)\n", total[runs / 2] <= 5.0 ? "met" : "MISSED", total[runs / 2]);
  if (time_deck (last, deck, runs))
    print_row ("deck for the library", deck, runs);
  else
    printf ("deck for the library: skipped (no schema; set GSETTINGS_SCHEMA_DIR)\n");
  if (getrusage (RUSAGE_SELF, &usage) == 0)
    printf ("peak RSS %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
