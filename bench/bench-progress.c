/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How DsProgress scales: stores N cards with the keyfile backend (the
 * fallback on machines without dconf), then times loading them, answering
 * (which writes and syncs the whole card-states dictionary), and reports the
 * stored size. Each time is also given as a share of a 16 ms frame.
 *
 * Usage: bench-progress [N_CARDS [N_ANSWERS]]; needs GSETTINGS_SCHEMA_DIR.
 * With GSETTINGS_BACKEND=dconf (inside dbus-run-session, XDG_CONFIG_HOME
 * pointing at an empty directory) it measures dconf, the desktop default.
 */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "ds-progress.h"
#include "ds-time.h"

#define FRAME_MS 16.0
/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)

static gboolean
use_dconf (void)
{
  return g_strcmp0 (g_getenv ("GSETTINGS_BACKEND"), "dconf") == 0;
}

/* With DS_BENCH_REVIEW_LOG set, DsProgress keeps its review log in
 * @data_dir, as the app does. */
static gboolean
use_log (void)
{
  return g_getenv ("DS_BENCH_REVIEW_LOG") != NULL;
}

static DsProgress *
open_progress (const char *path,
               GFile      *data_dir)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsSettings) settings = NULL;
  DsProgress *progress;

  if (use_dconf ())
    settings = ds_settings_new (&error);
  else
    {
      backend = g_keyfile_settings_backend_new (path, "/", NULL);
      settings = ds_settings_new_with_backend (backend, &error);
    }

  if (settings == NULL)
    g_error ("%s", error->message);

  if (data_dir == NULL)
    return ds_progress_new (settings);
  progress = ds_progress_open (settings, data_dir, DS_PROGRESS_OPEN_DEFAULT, &error);
  if (progress == NULL)
    g_error ("%s", error->message);
  return progress;
}

/* Card ids look like the generator's: essay id plus a hash. */
static char *
card_id (guint i)
{
  return g_strdup_printf ("%03u_%016x:%08x", i % 5, g_str_hash ("essay") + i % 5, i * 2654435761u);
}

/* DsProgress' shard of a card id (FNV-1a, see the schema). A mismatch would
 * only cost the first answer a rewrite of the misplaced shards. */
static guint
shard_of (const char *card_id)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) card_id; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;

  return hash % 16;
}

/* Realistic values: full-precision doubles print long in a keyfile. */
static void
store_cards (const char *path,
             guint       n_cards)
{
  DsProgress *progress = open_progress (path, NULL);
  GSettings *backing = ds_settings_get_backing (ds_progress_get_settings (progress));
  GVariantBuilder builders[16];

  for (guint shard = 0; shard < 16; shard++)
    g_variant_builder_init (&builders[shard], G_VARIANT_TYPE ("a{s(uddxxuuu)}"));

  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *id = card_id (i);
      double stability = 0.5 + g_random_double () * 120.0;
      gint64 last = T0 - g_random_int_range (0, 60) * DS_DAY_MS;

      g_variant_builder_add (&builders[shard_of (id)], "{s(uddxxuuu)}", id,
                             (guint32) DS_FSRS_REVIEW, stability,
                             1.0 + g_random_double () * 9.0,
                             last + (gint64) (stability + 0.5) * DS_DAY_MS, last,
                             (guint32) g_random_int_range (3, 30),
                             (guint32) g_random_int_range (0, 3), (guint32) 0);
    }

  g_settings_delay (backing);
  for (guint shard = 0; shard < 16; shard++)
    {
      g_autofree char *key = g_strdup_printf ("card-states-%x", shard);

      g_settings_set_value (backing, key, g_variant_builder_end (&builders[shard]));
    }
  g_settings_apply (backing);
  g_settings_sync ();
  g_object_unref (progress);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double      ms)
{
  g_print ("%-38s %9.3f ms  %6.2f frames (of %.0f ms)\n", what, ms, ms / FRAME_MS, FRAME_MS);
}

static DsProgress *
timed_open (const char *what,
            const char *path,
            GFile      *data_dir,
            guint       n_cards)
{
  gint64 start = g_get_monotonic_time ();
  DsProgress *progress = open_progress (path, data_dir);

  report (what, (g_get_monotonic_time () - start) / 1000.0);
  if (ds_progress_get_n_cards (progress) != n_cards)
    g_error ("loaded %u cards of %u", ds_progress_get_n_cards (progress), n_cards);
  return progress;
}

/* The first start with a log writes a snapshot of every card into it;
 * later starts only check that GSettings and the log agree. */
static DsProgress *
open_timed (const char *path,
            GFile      *data_dir,
            guint       n_cards)
{
  if (data_dir == NULL)
    return timed_open ("load (new DsProgress)", path, NULL, n_cards);

  g_object_unref (timed_open ("first start with the log (snapshot)", path, data_dir, n_cards));
  return timed_open ("load (GSettings and log agree)", path, data_dir, n_cards);
}

/* GSettings gone (keyfile only): everything comes from the log. */
static void
time_rebuild (const char *path,
              GFile      *data_dir,
              guint       n_cards)
{
  if (data_dir == NULL || use_dconf ())
    return;
  g_remove (path);
  g_object_unref (timed_open ("load rebuilt from the log", path, data_dir, n_cards));
}

int
main (int   argc,
      char *argv[])
{
  guint n_cards = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 10000;
  guint n_answers = argc > 2 ? (guint) strtoul (argv[2], NULL, 10) : 200;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ds-bench-progress-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree double *times = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GFile) data_dir = NULL;
  g_autofree char *log_path = NULL;
  DsProgress *progress;
  GStatBuf st;
  gint64 start;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "settings.ini", NULL);
  g_random_set_seed (42);
  n_answers = MAX (n_answers, 1);
  times = g_new0 (double, n_answers);

  if (use_log ())
    {
      data_dir = g_file_new_build_filename (dir, "data", NULL);
      log_path = g_build_filename (dir, "data", DS_REVIEW_LOG_NAME, NULL);
    }
  store_cards (path, n_cards);

  g_print ("DsProgress, %s backend%s, %u cards, %u answers\n",
           use_dconf () ? "dconf" : "keyfile", use_log () ? " and review log" : "",
           n_cards, n_answers);
  progress = open_timed (path, data_dir, n_cards);
  ds_progress_set_time_zone (progress, utc);

  now = g_date_time_new_from_unix_utc (T0 / 1000);
  for (guint i = 0; i < n_answers; i++)
    {
      g_autofree char *id = card_id ((i * 7919) % n_cards);
      DsFsrsCard before, after;

      ds_progress_get_card (progress, id, &before);
      after = before;
      after.reps++;
      after.last_review = T0;
      after.due = T0 + 3 * DS_DAY_MS;
      after.stability += 1.0;

      start = g_get_monotonic_time ();
      ds_progress_record_answer (progress, id, &before, &after, DS_RATING_GOOD, TRUE, now, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, n_answers, sizeof *times, compare_doubles);

  if (use_dconf ())
    {
      g_free (path);
      path = g_build_filename (g_get_user_config_dir (), "dconf", "user", NULL);
    }
  if (g_stat (path, &st) != 0)
    g_error ("cannot stat %s", path);

  report ("answer + save + sync (median)", times[n_answers / 2]);
  report ("answer + save + sync (90th pct)", times[n_answers * 9 / 10]);
  report ("answer + save + sync (max)", times[n_answers - 1]);
  g_print ("%-38s %9ld bytes (%.1f per card)\n",
           use_dconf () ? "stored size (dconf database)" : "stored size (keyfile)",
           (long) st.st_size, n_cards ? (double) st.st_size / n_cards : 0.0);

  if (log_path != NULL && g_stat (log_path, &st) == 0)
    g_print ("%-38s %9ld bytes\n", "review log", (long) st.st_size);

  g_object_unref (progress);
  time_rebuild (path, data_dir, n_cards);
  if (!use_dconf ())
    g_remove (path);
  if (log_path != NULL)
    {
      g_autofree char *data = g_path_get_dirname (log_path);

      g_remove (log_path);
      g_rmdir (data);
    }
  g_rmdir (dir);

  return 0;
}
