/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ds-progress.h"
#include "ds-review-log.h"
#include "ds-time.h"

/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("ds-review-log-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "sub", DS_REVIEW_LOG_NAME, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sub = g_path_get_dirname (f->path);

  g_remove (f->path);
  g_rmdir (sub);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->path);
  g_free (f->dir);
}

static DsFsrsCard
review_card (guint reps)
{
  DsFsrsCard card = {
    .state = DS_FSRS_REVIEW, .stability = 3.25 + reps / 3.0, .difficulty = 5.125,
    .due = T0 + reps * DS_DAY_MS, .last_review = T0, .scheduled_days = reps,
    .learning_steps = 0, .reps = reps, .lapses = 0,
  };

  return card;
}

static DsFsrsCard
new_card (void)
{
  DsFsrsCard card = { .state = DS_FSRS_NEW, .last_review = DS_FSRS_NO_REVIEW };

  return card;
}

/* One record of every kind, with text that needs escaping. */
static guint
sample_records (DsReviewRecord *r)
{
  static const DsDayStats counts = { 3, 2, 1, 1, 1 };
  guint n = 0;

  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_ANSWER, .time = T0, .card_id = "essay:list:ab12",
                              .day = "2026-01-01", .rating = DS_RATING_GOOD, .flag = TRUE,
                              .has_previous = FALSE, .before = new_card (),
                              .previous = new_card (), .after = review_card (1) };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_ANSWER, .time = T0 + 5, .card_id = "essay:list:ab12",
                              .day = "2026-01-01", .rating = DS_RATING_AGAIN, .flag = FALSE,
                              .has_previous = TRUE, .before = review_card (1),
                              .previous = review_card (1), .after = review_card (2) };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_UNDO, .time = T0 + 6, .card_id = "essay:list:ab12",
                              .day = "2026-01-01", .counts = { 1, 0, 0, 1, 0 },
                              .has_previous = TRUE, .previous = review_card (1) };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_SUSPEND, .time = T0 + 7,
                              .card_id = "tab\there", .flag = TRUE };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_EDIT, .time = T0 + 8, .card_id = "x",
                              .question = "Apa itu\tdiplomasi\\digital?\nBaris «dua»",
                              .answer = "Diplomasi\r\nlewat internet" };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_EDIT, .time = T0 + 9, .card_id = "x" };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_BEGIN, .time = T0 + 10, .flag = TRUE };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_CARD, .time = T0 + 10, .card_id = "c",
                              .after = review_card (4) };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_DAY, .time = T0 + 10, .day = "2025-12-31",
                              .counts = counts };
  r[n++] = (DsReviewRecord) { .kind = DS_REVIEW_END, .time = T0 + 10 };
  return n;
}

typedef struct {
  GPtrArray *lines;   /* of char *: each record printed back */
} Collected;

static char *
describe (const DsReviewRecord *r)
{
  return g_strdup_printf ("%u %" G_GINT64_FORMAT " %s %s %d %d %d %g/%g/%" G_GINT64_FORMAT
                          " %g %u %u %s|%s",
                          r->kind, r->time, r->card_id ? r->card_id : "-", r->day ? r->day : "-",
                          r->rating, r->flag, r->has_previous, r->after.stability,
                          r->previous.difficulty, r->after.due, r->after.stability,
                          r->counts.reviews, r->counts.review_state_passed,
                          r->question ? r->question : "-", r->answer ? r->answer : "-");
}

static gboolean
collect_cb (const DsReviewRecord *r,
            gpointer              user_data)
{
  Collected *c = user_data;

  g_ptr_array_add (c->lines, describe (r));
  return TRUE;
}

static void
assert_reads_back (Fixture        *f,
                   DsReviewRecord *records,
                   guint           n,
                   guint           expected_damaged)
{
  g_autoptr(DsReviewLog) log = ds_review_log_open (f->path, TRUE, NULL);
  Collected c = { g_ptr_array_new_with_free_func (g_free) };
  DsReviewLogScan scan;

  g_assert_nonnull (log);
  g_assert_true (ds_review_log_read (log, collect_cb, &c, &scan, NULL));
  g_assert_cmpuint (scan.n_damaged, ==, expected_damaged);
  g_assert_cmpuint (c.lines->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *expected = describe (&records[i]);

      g_assert_cmpstr (g_ptr_array_index (c.lines, i), ==, expected);
    }
  g_ptr_array_unref (c.lines);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsReviewLog) log = ds_review_log_open (f->path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, 0);
  g_assert_true (ds_review_log_append (log, records, 3, &error));
  g_assert_true (ds_review_log_append (log, records + 3, n - 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (records[i].seq, ==, i + 1);

  assert_reads_back (f, records, n, 0);
  g_clear_pointer (&log, ds_review_log_free);

  /* Opened again, numbering goes on. */
  log = ds_review_log_open (f->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, n);
  g_assert_false (ds_review_log_get_scan (log)->torn);
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
append_raw (const char *path,
            const char *bytes,
            gssize      length)
{
  int fd = g_open (path, O_WRONLY | O_APPEND, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, bytes, length < 0 ? strlen (bytes) : (gsize) length), >, 0);
  g_close (fd, NULL);
}

static void
write_samples (Fixture        *f,
               DsReviewRecord *records,
               guint           n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsReviewLog) log = ds_review_log_open (f->path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_true (ds_review_log_append (log, records, n, &error));
  g_assert_no_error (error);
}

/* A write torn by a crash: the last record is half there. The next writer
 * cuts it off; what came before is intact and numbering goes on. */
static void
test_torn_tail (Fixture       *f,
                gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  gsize good;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsReviewLog) log = NULL;

  write_samples (f, records, n);
  good = file_size (f->path);
  append_raw (f->path, "11\tanswer\t1767261600000\tessay:list:ab12\t2026-01-01\t3\t1", -1);

  /* A reader sees the tear and leaves the file alone. */
  assert_reads_back (f, records, n, 0);
  g_assert_cmpuint (file_size (f->path), >, good);

  log = ds_review_log_open (f->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (ds_review_log_get_scan (log)->torn);
  g_assert_cmpuint (file_size (f->path), ==, good);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, n);
  g_assert_true (ds_review_log_append (log, records, 1, &error));
  g_assert_cmpuint (records[0].seq, ==, n + 1);
}

/* A complete last line whose checksum fails (a flipped bit) is torn too. */
static void
test_corrupt_last (Fixture       *f,
                   gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(DsReviewLog) log = NULL;

  write_samples (f, records, n);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  contents[length - 20] ^= 0x01;
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));

  assert_reads_back (f, records, n - 1, 0);
  log = ds_review_log_open (f->path, FALSE, NULL);
  g_assert_nonnull (log);
  g_assert_true (ds_review_log_get_scan (log)->torn);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, n - 1);
}

/* A damaged record in the middle is skipped and counted; the file is not
 * cut, and the records after it still count. */
static void
test_corrupt_middle (Fixture       *f,
                     gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(DsReviewLog) log = NULL;

  write_samples (f, records, n);
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  /* Line 0 is the header; record 4 (the suspension) gets a changed id. */
  lines[4][strlen (lines[4]) - 12] = 'X';
  joined = g_strjoinv ("\n", lines);
  g_assert_true (g_file_set_contents (f->path, joined, -1, NULL));

  memmove (records + 3, records + 4, (n - 4) * sizeof *records);
  assert_reads_back (f, records, n - 1, 1);
  log = ds_review_log_open (f->path, FALSE, NULL);
  g_assert_false (ds_review_log_get_scan (log)->torn);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, n);
}

/* flock(): a second writer is refused with a clear error; readers are
 * welcome. */
static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsReviewLog) first = ds_review_log_open (f->path, FALSE, &error);
  g_autoptr(DsReviewLog) second = NULL;
  g_autoptr(DsReviewLog) reader = NULL;
  DsReviewRecord record = { .kind = DS_REVIEW_SUSPEND, .time = T0, .card_id = "a", .flag = TRUE };

  g_assert_no_error (error);
  second = ds_review_log_open (f->path, FALSE, &error);
  g_assert_null (second);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOCKED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  reader = ds_review_log_open (f->path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (ds_review_log_append (reader, &record, 1, &error));
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Closing the first lets the next one in. */
  g_clear_pointer (&first, ds_review_log_free);
  second = ds_review_log_open (f->path, FALSE, &error);
  g_assert_no_error (error);
}

static void
test_newer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GString) line = g_string_new ("0\tdiplostudy-review-log\t1767261600000\t2");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsReviewLog) log = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  guint32 crc = 0xffffffffu;

  /* The checksum, computed here independently of the code under test. */
  for (gsize i = 0; i < line->len; i++)
    {
      crc ^= (guchar) line->str[i];
      for (int k = 0; k < 8; k++)
        crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
    }
  g_string_append_printf (line, "\t%08x\n", crc ^ 0xffffffffu);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, line->str, line->len, NULL));

  log = ds_review_log_open (f->path, FALSE, &error);
  g_assert_null (log);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_NEWER_LOG);
  g_assert_cmpuint (file_size (f->path), ==, line->len);
}

/* Lines too long to be records, and damage larger than a torn record, are
 * left in place (ended by a newline) rather than cut off. */
static void
test_long_damage (Fixture       *f,
                  gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  g_autofree char *junk = g_malloc (DS_REVIEW_LOG_MAX_LINE * 3);
  g_autoptr(DsReviewLog) log = NULL;
  g_autoptr(GError) error = NULL;
  gsize before;

  write_samples (f, records, 3);
  memset (junk, 'x', DS_REVIEW_LOG_MAX_LINE * 3);
  append_raw (f->path, junk, DS_REVIEW_LOG_MAX_LINE * 3);
  before = file_size (f->path);

  log = ds_review_log_open (f->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_size (f->path), ==, before + 1);
  g_assert_cmpuint (ds_review_log_get_last_seq (log), ==, 3);
  g_assert_true (ds_review_log_append (log, records + 3, n - 3, &error));
  g_clear_pointer (&log, ds_review_log_free);

  for (guint i = 0; i < n; i++)
    records[i].seq = 0;
  assert_reads_back (f, records, n, 1);
}

static gboolean
sane_cb (const DsReviewRecord *r,
         gpointer              user_data)
{
  guint *n = user_data;

  if (r->kind == DS_REVIEW_ANSWER || r->kind == DS_REVIEW_CARD)
    g_assert_true (ds_review_card_is_sane (&r->after));
  if (r->card_id != NULL)
    g_assert_true (g_utf8_validate (r->card_id, -1, NULL));
  (*n)++;
  return TRUE;
}

/* Whatever the bytes, the parser neither crashes nor hands out a record
 * that breaks its promises (the sanitizer build watches this one too). */
static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  DsReviewRecord records[16];
  guint n = sample_records (records);
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  gsize length;

  write_samples (f, records, n);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *bytes = g_memdup2 (contents, length);
      gsize len = g_rand_int_range (rand, 0, length + 1);
      DsReviewLogScan scan;
      guint seen = 0;

      for (guint k = g_rand_int_range (rand, 0, 4); k > 0 && len > 0; k--)
        bytes[g_rand_int_range (rand, 0, len)] = (char) g_rand_int_range (rand, 0, 256);
      ds_review_log_parse (bytes, len, sane_cb, &seen, &scan);
      g_assert_cmpuint (seen, ==, scan.n_records);
      g_assert_cmpuint (scan.n_records, <=, n);
      g_assert_cmpuint (scan.good_length, <=, len);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/review-log/round-trip", test_round_trip);
  ADD ("/review-log/torn-tail", test_torn_tail);
  ADD ("/review-log/corrupt-last", test_corrupt_last);
  ADD ("/review-log/corrupt-middle", test_corrupt_middle);
  ADD ("/review-log/lock", test_lock);
  ADD ("/review-log/newer", test_newer);
  ADD ("/review-log/long-damage", test_long_damage);
  ADD ("/review-log/random-bytes", test_random_bytes);
#undef ADD

  return g_test_run ();
}
