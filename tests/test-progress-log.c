/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>
#include <utime.h>

#include "ds-progress-test-util.h"

/*
 * DsProgress with its review log: every answer, undo, suspension and edit
 * reaches the log before it counts, and whatever happens to GSettings —
 * a keyfile deleted, cut short, overwritten, one byte wrong, one value
 * garbage, an older copy put back — the progress comes back from the log
 * and the learner is told.
 */

#define N_CARDS 60

typedef struct {
  DsTestProfile profile;
  char         *expected;   /* ds_test_describe() before the damage */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ds_test_profile_init (&f->profile);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ds_test_profile_clear (&f->profile);
  g_clear_pointer (&f->expected, g_free);
}

static DsProgress *
open_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DsProgress *progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (progress);
  return progress;
}

static char *
card_id (guint i)
{
  return g_strdup_printf ("card-%03u", i);
}

/* Answers, an undo, suspensions and edits spread over every shard, then
 * remembers what the progress looks like. */
static void
study (Fixture *f)
{
  DsProgress *progress = open_ok (f);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_CARDS * 2; i++)
    {
      g_autofree char *id = card_id (i % N_CARDS);

      g_assert_true (ds_test_answer (progress, id, DS_TEST_T0 + i * 60000, i % 4 + 1, &error));
      g_assert_no_error (error);
    }
  g_assert_true (ds_progress_undo_last (progress, NULL, &error));
  g_assert_true (ds_progress_set_suspended (progress, "card-007", TRUE));
  g_assert_true (ds_progress_set_suspended (progress, "card-008", TRUE));
  g_assert_true (ds_progress_set_suspended (progress, "card-008", FALSE));
  g_assert_true (ds_progress_set_edit (progress, "card-009", "Tanya\tdengan tab?", "Jawab\nbaris"));
  g_assert_true (ds_progress_set_edit (progress, "card-010", "Q", "A"));
  g_assert_true (ds_progress_clear_edit (progress, "card-010"));
  g_assert_null (ds_progress_get_store_error (progress));

  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);
}

/* Opens again and checks that everything came back, and whether it was
 * rebuilt from the log; returns the notice. */
static char *
assert_back (Fixture  *f,
             gboolean  restored)
{
  DsProgress *progress = open_ok (f);
  g_autofree char *now = ds_test_describe (progress);
  char *notice = g_strdup (ds_progress_get_notice (progress));

  g_assert_cmpstr (now, ==, f->expected);
  g_assert_cmpint (ds_progress_get_restored (progress), ==, restored);
  if (restored)
    {
      g_test_message ("%s", notice);
      g_assert_nonnull (strstr (notice, "restored from the review log"));
    }
  ds_test_progress_close (progress);
  return notice;
}

/* And after a restore, GSettings holds it all again: even without the
 * log it reads back whole, and the next start is an ordinary one. */
static void
assert_store_whole (Fixture *f)
{
  DsProgress *plain = ds_test_progress_new (&f->profile);
  g_autofree char *now = ds_test_describe (plain);
  g_autofree char *notice = NULL;

  g_assert_cmpstr (now, ==, f->expected);
  ds_test_progress_close (plain);
  notice = assert_back (f, FALSE);
  g_assert_null (notice);
}

static void
test_ordinary_start (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *log = ds_test_profile_log (&f->profile);
  g_autofree char *notice = NULL;

  study (f);
  g_assert_true (g_file_test (log, G_FILE_TEST_IS_REGULAR));
  notice = assert_back (f, FALSE);
  g_assert_null (notice);
}

typedef void (*Damage) (const char *keyfile);

static void
damage_delete (const char *keyfile)
{
  g_assert_cmpint (g_remove (keyfile), ==, 0);
}

static void
damage_empty (const char *keyfile)
{
  g_assert_true (g_file_set_contents (keyfile, "", 0, NULL));
}

/* One byte of the group header: "[org/example/DiploStudy]" → "…Studz]". */
static void
damage_header (const char *keyfile)
{
  g_autofree char *contents = NULL;
  char *header;

  g_assert_true (g_file_get_contents (keyfile, &contents, NULL, NULL));
  header = strstr (contents, "DiploStudy]");
  g_assert_nonnull (header);
  header[9] = 'z';
  g_assert_true (g_file_set_contents (keyfile, contents, -1, NULL));
}

static void
damage_truncate (const char *keyfile)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (keyfile, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (keyfile, contents, length / 3, NULL));
}

static void
damage_binary (const char *keyfile)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guchar bytes[4096];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (keyfile, (char *) bytes, sizeof bytes, NULL));
}

/* A garbage value in one shard: GSettings reads it as the default (an
 * empty dictionary) and used to drop that shard's cards silently. */
static void
damage_shard (const char *keyfile)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();

  g_assert_true (g_key_file_load_from_file (kf, keyfile, G_KEY_FILE_NONE, NULL));
  g_assert_true (g_key_file_has_key (kf, "org/example/DiploStudy", "card-states-3", NULL));
  g_key_file_set_value (kf, "org/example/DiploStudy", "card-states-3", "{'card-0: garbage");
  g_assert_true (g_key_file_save_to_file (kf, keyfile, NULL));
}

static void
test_damaged_keyfile (Fixture       *f,
                      gconstpointer  data)
{
  Damage damage = (Damage) data;
  g_autofree char *notice = NULL;
  g_autofree char *copy = g_strconcat (f->profile.keyfile, ".damaged", NULL);

  study (f);
  damage (f->profile.keyfile);
  notice = assert_back (f, TRUE);
  if (damage != damage_delete && damage != damage_empty)
    {
      g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
      g_assert_nonnull (strstr (notice, copy));
    }
  assert_store_whole (f);
}

/* An older copy of the settings put back (a backup restored, a second
 * instance writing what it had): the log is ahead, and wins. */
static void
test_older_store (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *old = NULL;
  g_autofree char *notice = NULL;
  gsize length;
  DsProgress *progress;

  study (f);
  g_assert_true (g_file_get_contents (f->profile.keyfile, &old, &length, NULL));
  progress = open_ok (f);
  g_assert_true (ds_test_answer (progress, "card-001", DS_TEST_T0 + DS_DAY_MS, 3, NULL));
  g_free (f->expected);
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);

  g_assert_true (g_file_set_contents (f->profile.keyfile, old, length, NULL));
  notice = assert_back (f, TRUE);
  g_assert_nonnull (strstr (notice, "older"));
}

/* A damaged record in the middle of the log is skipped and counted. */
static void
test_damaged_record (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *log = ds_test_profile_log (&f->profile);
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  char *line;
  DsProgress *progress;

  study (f);
  g_assert_true (g_file_get_contents (log, &contents, NULL, NULL));
  /* The suspension of card-008 lifted: damaged, so card-008 stays
   * suspended in the rebuilt progress. */
  line = strstr (contents, "\tsuspend\t");
  line = strstr (line + 1, "\tsuspend\t");
  line = strstr (line + 1, "\tsuspend\t");
  g_assert_nonnull (line);
  line[strlen ("\tsuspend\t") + 3] ^= 0x20;
  g_assert_true (g_file_set_contents (log, contents, -1, NULL));
  damage_delete (f->profile.keyfile);

  progress = open_ok (f);
  notice = g_strdup (ds_progress_get_notice (progress));
  g_test_message ("%s", notice);
  g_assert_true (ds_progress_get_restored (progress));
  g_assert_nonnull (strstr (notice, "1 damaged record"));
  g_assert_true (ds_progress_is_suspended (progress, "card-008"));
  g_assert_true (ds_progress_is_suspended (progress, "card-007"));
  ds_test_progress_close (progress);
}

/* Undo appends a record; the rebuilt progress is what the learner saw. */
static void
test_undo_replayed (Fixture       *f,
                    gconstpointer  data)
{
  DsProgress *progress = open_ok (f);
  g_autofree char *undone = NULL;
  g_autofree char *notice = NULL;

  g_assert_true (ds_test_answer (progress, "card-001", DS_TEST_T0, 3, NULL));
  g_assert_true (ds_test_answer (progress, "card-002", DS_TEST_T0 + 1000, 1, NULL));
  g_assert_true (ds_test_answer (progress, "card-001", DS_TEST_T0 + 2000, 4, NULL));
  g_assert_true (ds_progress_undo_last (progress, &undone, NULL));
  g_assert_cmpstr (undone, ==, "card-001");
  g_assert_true (ds_progress_undo_last (progress, NULL, NULL));
  g_assert_true (ds_test_answer (progress, "card-003", DS_TEST_T0 + 3000, 2, NULL));
  f->expected = ds_test_describe (progress);
  g_assert_nonnull (strstr (f->expected, "day 2026-01-01 2 1 2 0 0"));
  ds_test_progress_close (progress);

  damage_delete (f->profile.keyfile);
  notice = assert_back (f, TRUE);
}

static void
write_failed_cb (DsProgress   *progress,
                 const GError *error,
                 gpointer      user_data)
{
  GError **last = user_data;

  g_clear_error (last);
  *last = g_error_copy (error);
}

/* A second process is refused with a clear error, or may look read-only;
 * what it tries to change is refused, not silently lost. */
static void
test_second_instance (Fixture       *f,
                      gconstpointer  data)
{
  DsProgress *first = NULL;
  DsProgress *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failed = NULL;
  g_autofree char *seen = NULL;

  study (f);
  first = open_ok (f);
  second = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOCKED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  second = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (ds_progress_get_read_only (second));
  seen = ds_test_describe (second);
  g_assert_cmpstr (seen, ==, f->expected);

  g_signal_connect (second, "write-failed", G_CALLBACK (write_failed_cb), &failed);
  g_assert_false (ds_test_answer (second, "card-001", DS_TEST_T0 + DS_DAY_MS, 3, &error));
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  g_assert_error (failed, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  g_clear_error (&failed);
  g_assert_false (ds_progress_set_suspended (second, "card-001", TRUE));
  g_assert_error (failed, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  g_assert_false (ds_progress_is_suspended (second, "card-001"));

  ds_test_progress_close (second);
  ds_test_progress_close (first);
  g_clear_pointer (&seen, g_free);
  seen = assert_back (f, FALSE);
}

/* Progress from before the log (or changed without it): the log starts
 * from a snapshot, so it can rebuild everything later. */
static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  DsProgress *plain = ds_test_progress_new (&f->profile);
  DsProgress *progress;
  g_autofree char *notice = NULL;

  g_assert_true (ds_test_answer (plain, "card-001", DS_TEST_T0, 3, NULL));
  g_assert_true (ds_progress_set_edit (plain, "card-001", "Q?", "A."));
  ds_test_progress_close (plain);

  progress = open_ok (f);
  g_assert_false (ds_progress_get_restored (progress));
  g_assert_true (ds_test_answer (progress, "card-002", DS_TEST_T0 + 1000, 3, NULL));
  ds_test_progress_close (progress);

  plain = ds_test_progress_new (&f->profile);
  g_assert_true (ds_test_answer (plain, "card-003", DS_TEST_T0 + 2000, 3, NULL));
  f->expected = ds_test_describe (plain);
  ds_test_progress_close (plain);

  g_clear_pointer (&notice, g_free);
  notice = assert_back (f, FALSE);
  damage_delete (f->profile.keyfile);
  g_clear_pointer (&notice, g_free);
  notice = assert_back (f, TRUE);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  guint *n = user_data;

  (*n)++;
}

/* GSettings that cannot be written (here: a folder where the keyfile
 * should be): the answer is saved in the log and counts, the learner is
 * told at once, and the next write that works heals the file. */
static void
test_store_fails (Fixture       *f,
                  gconstpointer  data)
{
  DsProgress *progress = open_ok (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failed = NULL;
  guint notified = 0;

  g_assert_true (ds_test_answer (progress, "card-001", DS_TEST_T0, 3, NULL));
  g_signal_connect (progress, "write-failed", G_CALLBACK (write_failed_cb), &failed);
  g_signal_connect (progress, "notify::store-error", G_CALLBACK (count_cb), &notified);

  g_assert_cmpint (g_remove (f->profile.keyfile), ==, 0);
  g_assert_cmpint (g_mkdir (f->profile.keyfile, 0700), ==, 0);
  g_test_expect_message ("GLib-GIO", G_LOG_LEVEL_WARNING, "Failed to write keyfile*");
  g_assert_true (ds_test_answer (progress, "card-002", DS_TEST_T0 + 1000, 3, &error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_error (failed, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_STORE);
  g_assert_nonnull (ds_progress_get_store_error (progress));
  g_test_message ("%s", ds_progress_get_store_error (progress)->message);
  g_assert_nonnull (strstr (ds_progress_get_store_error (progress)->message, "review log"));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_cmpint (g_rmdir (f->profile.keyfile), ==, 0);
  g_assert_true (ds_test_answer (progress, "card-003", DS_TEST_T0 + 2000, 3, NULL));
  g_assert_null (ds_progress_get_store_error (progress));
  g_assert_cmpuint (notified, ==, 2);
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);
  assert_store_whole (f);
}

static void
make_orphan (const char *dir,
             const char *name,
             gboolean    old)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct utimbuf times = { 1000000000, 1000000000 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "half a keyfile", -1, NULL));
  if (old)
    g_assert_cmpint (utime (path, &times), ==, 0);
}

static gboolean
exists_in (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* What a killed writer left behind goes once we hold the lock: in the
 * data folder all of it, in a settings folder others may share only what
 * is old. A reader (no lock) touches nothing. */
static void
test_orphans (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *config = g_path_get_dirname (f->profile.keyfile);
  g_autofree char *essays = g_build_filename (g_file_peek_path (f->profile.data_dir),
                                              "essays", NULL);
  DsProgress *progress;

  make_orphan (config, ".goutputstream-ABC123", TRUE);
  make_orphan (config, ".goutputstream-DEF456", FALSE);
  make_orphan (config, ".goutputstream-too-long-a-name", TRUE);
  make_orphan (essays, ".goutputstream-GHI789", FALSE);

  progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_READ_ONLY, NULL);
  ds_test_progress_close (progress);
  g_assert_true (exists_in (config, ".goutputstream-ABC123"));
  g_assert_true (exists_in (essays, ".goutputstream-GHI789"));

  progress = open_ok (f);
  ds_test_progress_close (progress);
  g_assert_false (exists_in (config, ".goutputstream-ABC123"));
  g_assert_true (exists_in (config, ".goutputstream-DEF456"));
  g_assert_true (exists_in (config, ".goutputstream-too-long-a-name"));
  g_assert_false (exists_in (essays, ".goutputstream-GHI789"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress-log/ordinary-start", NULL, test_ordinary_start);
  ADD ("/progress-log/keyfile/deleted", damage_delete, test_damaged_keyfile);
  ADD ("/progress-log/keyfile/empty", damage_empty, test_damaged_keyfile);
  ADD ("/progress-log/keyfile/header-byte", damage_header, test_damaged_keyfile);
  ADD ("/progress-log/keyfile/truncated", damage_truncate, test_damaged_keyfile);
  ADD ("/progress-log/keyfile/binary", damage_binary, test_damaged_keyfile);
  ADD ("/progress-log/keyfile/garbage-shard", damage_shard, test_damaged_keyfile);
  ADD ("/progress-log/older-store", NULL, test_older_store);
  ADD ("/progress-log/damaged-record", NULL, test_damaged_record);
  ADD ("/progress-log/undo", NULL, test_undo_replayed);
  ADD ("/progress-log/second-instance", NULL, test_second_instance);
  ADD ("/progress-log/snapshot", NULL, test_snapshot);
  ADD ("/progress-log/store-fails", NULL, test_store_fails);
  ADD ("/progress-log/orphans", NULL, test_orphans);
#undef ADD

  return g_test_run ();
}
