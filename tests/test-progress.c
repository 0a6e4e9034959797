/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "ds-progress-test-util.h"
#include "ds-test-disk.h"
#include "ds-time.h"

/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)
#define KILL_ANSWERS 25
#define KILL_CARDS 20

typedef struct {
  char *dir;
  char *path;
} TempStore;

static void
temp_store_init (TempStore *store)
{
  g_autoptr(GError) error = NULL;

  store->dir = g_dir_make_tmp ("ds-progress-XXXXXX", &error);
  g_assert_no_error (error);
  store->path = g_build_filename (store->dir, "keyfile", NULL);
}

static void
temp_store_clear (TempStore *store)
{
  g_remove (store->path);
  g_assert_cmpint (g_rmdir (store->dir), ==, 0);
  g_clear_pointer (&store->path, g_free);
  g_clear_pointer (&store->dir, g_free);
}

/* A DsProgress over a keyfile at @path, in UTC so days are predictable. */
static DsProgress *
open_progress (const char *path)
{
  g_autoptr(DsSettings) settings = ds_test_keyfile_settings (path);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  DsProgress *progress = ds_progress_new (settings);

  ds_progress_set_time_zone (progress, utc);
  return progress;
}

/* Answers @card_id as the app would: read, schedule, record. */
static void
answer (DsProgress *progress,
        const char *card_id,
        gint64      now,
        DsRating    rating)
{
  g_assert_true (ds_test_answer (progress, card_id, now, rating, NULL));
}

static void
assert_cards_equal (const DsFsrsCard *a,
                    const DsFsrsCard *b)
{
  g_assert_cmpint (a->state, ==, b->state);
  g_assert_cmpfloat (a->stability, ==, b->stability);
  g_assert_cmpfloat (a->difficulty, ==, b->difficulty);
  g_assert_cmpint (a->due, ==, b->due);
  g_assert_cmpint (a->last_review, ==, b->last_review);
  g_assert_cmpuint (a->scheduled_days, ==, b->scheduled_days);
  g_assert_cmpuint (a->learning_steps, ==, b->learning_steps);
  g_assert_cmpuint (a->reps, ==, b->reps);
  g_assert_cmpuint (a->lapses, ==, b->lapses);
}

static void
test_new_card (void)
{
  TempStore store;
  DsProgress *progress;
  DsFsrsCard card;

  temp_store_init (&store);
  progress = open_progress (store.path);
  g_assert_false (ds_progress_get_card (progress, "never-seen", &card));
  g_assert_cmpint (card.state, ==, DS_FSRS_NEW);
  g_assert_cmpint (card.last_review, ==, DS_FSRS_NO_REVIEW);
  g_assert_cmpuint (card.reps, ==, 0);
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 0);
  g_assert_false (ds_progress_can_undo (progress));
  g_assert_false (ds_progress_undo_last (progress, NULL, NULL));

  ds_test_progress_close (progress);
  temp_store_clear (&store);
}

static void
test_round_trip (void)
{
  TempStore store;
  DsProgress *progress;
  DsFsrsCard a, b, reloaded;
  DsDayStats day;

  temp_store_init (&store);
  progress = open_progress (store.path);
  answer (progress, "card-a", T0, DS_RATING_GOOD);
  answer (progress, "card-b", T0 + 1000, DS_RATING_AGAIN);
  /* Two days later card-a, now in Review, is passed; card-b fails again. */
  answer (progress, "card-a", T0 + 2 * DS_DAY_MS, DS_RATING_EASY);
  answer (progress, "card-b", T0 + 2 * DS_DAY_MS, DS_RATING_HARD);
  g_assert_true (ds_progress_get_card (progress, "card-a", &a));
  g_assert_true (ds_progress_get_card (progress, "card-b", &b));
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 2);
  g_assert_true (ds_progress_get_card (progress, "card-a", &reloaded));
  assert_cards_equal (&reloaded, &a);
  g_assert_cmpint (reloaded.state, ==, DS_FSRS_REVIEW);
  g_assert_cmpuint (reloaded.reps, ==, 2);
  g_assert_cmpuint (reloaded.scheduled_days, ==, 4);
  g_assert_true (ds_progress_get_card (progress, "card-b", &reloaded));
  assert_cards_equal (&reloaded, &b);

  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, 2);
  g_assert_cmpuint (day.correct, ==, 1);
  g_assert_cmpuint (day.new_cards, ==, 2);
  g_assert_cmpuint (day.review_state_reviews, ==, 0);
  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-03", &day));
  g_assert_cmpuint (day.reviews, ==, 2);
  g_assert_cmpuint (day.correct, ==, 1);
  g_assert_cmpuint (day.new_cards, ==, 0);
  g_assert_cmpuint (day.review_state_reviews, ==, 1);
  g_assert_cmpuint (day.review_state_passed, ==, 1);
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-02", &day));
  g_assert_cmpuint (day.reviews, ==, 0);
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

static void
test_day_key (void)
{
  g_autoptr(GTimeZone) jakarta = g_time_zone_new_identifier ("+07:00");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  /* 2026-01-01T20:30Z is already 2 January in Jakarta. */
  g_autoptr(GDateTime) late = g_date_time_new (utc, 2026, 1, 1, 20, 30, 0);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (late, jakarta);
  g_autofree char *utc_key = ds_progress_local_day_key (late);
  g_autofree char *local_key = ds_progress_local_day_key (local);
  g_autofree char *progress_key = NULL;
  TempStore store;
  DsProgress *progress;
  DsFsrsCard before, after;
  DsDayStats day;

  temp_store_init (&store);
  progress = open_progress (store.path);

  g_assert_cmpstr (utc_key, ==, "2026-01-01");
  g_assert_cmpstr (local_key, ==, "2026-01-02");

  ds_progress_set_time_zone (progress, jakarta);
  progress_key = ds_progress_day_key (progress, late);
  g_assert_cmpstr (progress_key, ==, "2026-01-02");

  ds_progress_get_card (progress, "x", &before);
  ds_test_fake_review (&before, g_date_time_to_unix (late) * 1000, DS_RATING_GOOD, &after);
  ds_progress_record_answer (progress, "x", &before, &after, DS_RATING_GOOD, TRUE, late, NULL);
  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-02", &day));
  g_assert_cmpuint (day.reviews, ==, 1);
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-01", NULL));

  ds_test_progress_close (progress);
  temp_store_clear (&store);
}

static void
changed_cb (DsProgress *progress,
            const char *card_id,
            guint      *count)
{
  (*count)++;
}

static void
test_undo (void)
{
  TempStore store;
  DsProgress *progress;
  DsFsrsCard first, card;
  DsDayStats day;
  g_autofree char *undone = NULL;
  guint changes = 0;

  temp_store_init (&store);
  progress = open_progress (store.path);
  g_signal_connect (progress, "changed", G_CALLBACK (changed_cb), &changes);

  answer (progress, "card-a", T0, DS_RATING_GOOD);
  ds_progress_get_card (progress, "card-a", &first);
  answer (progress, "card-a", T0 + 3 * DS_DAY_MS, DS_RATING_AGAIN);
  answer (progress, "card-b", T0 + 3 * DS_DAY_MS, DS_RATING_EASY);
  g_assert_cmpuint (changes, ==, 3);

  /* Newest first: card-b vanishes again (it was new), then card-a's lapse. */
  g_assert_true (ds_progress_undo_last (progress, &undone, NULL));
  g_assert_cmpstr (undone, ==, "card-b");
  g_assert_false (ds_progress_get_card (progress, "card-b", NULL));
  g_clear_pointer (&undone, g_free);
  g_assert_true (ds_progress_undo_last (progress, &undone, NULL));
  g_assert_cmpstr (undone, ==, "card-a");
  g_assert_cmpuint (changes, ==, 5);

  g_assert_true (ds_progress_get_card (progress, "card-a", &card));
  assert_cards_equal (&card, &first);
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-04", &day));
  ds_test_progress_close (progress);

  /* The undo was persisted. */
  progress = open_progress (store.path);
  g_assert_false (ds_progress_can_undo (progress));
  g_assert_true (ds_progress_get_card (progress, "card-a", &card));
  assert_cards_equal (&card, &first);
  g_assert_false (ds_progress_get_card (progress, "card-b", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-04", &day));
  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, 1);

  /* Undo the last one left; then there is nothing more. */
  answer (progress, "card-c", T0 + DS_DAY_MS, DS_RATING_HARD);
  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-02", &day));
  g_assert_true (ds_progress_undo_last (progress, NULL, NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-02", &day));
  g_assert_false (ds_progress_undo_last (progress, NULL, NULL));
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

static void
test_suspended (void)
{
  TempStore store;
  DsProgress *progress;
  guint changes = 0;

  temp_store_init (&store);
  progress = open_progress (store.path);
  g_signal_connect (progress, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_false (ds_progress_is_suspended (progress, "card-a"));
  ds_progress_set_suspended (progress, "card-a", TRUE);
  ds_progress_set_suspended (progress, "card-a", TRUE);
  ds_progress_set_suspended (progress, "card-b", TRUE);
  g_assert_cmpuint (changes, ==, 2);
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_true (ds_progress_is_suspended (progress, "card-a"));
  g_assert_true (ds_progress_is_suspended (progress, "card-b"));
  g_assert_false (ds_progress_is_suspended (progress, "card-c"));
  ds_progress_set_suspended (progress, "card-a", FALSE);
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_false (ds_progress_is_suspended (progress, "card-a"));
  g_assert_true (ds_progress_is_suspended (progress, "card-b"));
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

static void
test_edits (void)
{
  TempStore store;
  DsProgress *progress;
  const char *question, *answer_text;

  temp_store_init (&store);
  progress = open_progress (store.path);
  g_assert_false (ds_progress_get_edit (progress, "card-a", &question, &answer_text));
  g_assert_null (question);
  ds_progress_set_edit (progress, "card-a", "Apa itu diplomasi digital?", "Diplomasi lewat internet");
  ds_progress_set_edit (progress, "card-b", "Q «b»", "A 'b'");
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_true (ds_progress_get_edit (progress, "card-a", &question, &answer_text));
  g_assert_cmpstr (question, ==, "Apa itu diplomasi digital?");
  g_assert_cmpstr (answer_text, ==, "Diplomasi lewat internet");
  g_assert_true (ds_progress_get_edit (progress, "card-b", &question, &answer_text));
  g_assert_cmpstr (question, ==, "Q «b»");
  g_assert_cmpstr (answer_text, ==, "A 'b'");
  ds_progress_clear_edit (progress, "card-a");
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_false (ds_progress_get_edit (progress, "card-a", NULL, NULL));
  g_assert_true (ds_progress_get_edit (progress, "card-b", NULL, NULL));
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

static void
test_unknown_ids (void)
{
  TempStore store;
  DsProgress *progress;
  g_autoptr(GHashTable) valid = g_hash_table_new (g_str_hash, g_str_equal);

  temp_store_init (&store);
  progress = open_progress (store.path);
  answer (progress, "still-here", T0, DS_RATING_GOOD);
  answer (progress, "regenerated-away", T0, DS_RATING_GOOD);
  answer (progress, "also-here", T0, DS_RATING_AGAIN);
  ds_test_progress_close (progress);

  g_hash_table_add (valid, (gpointer) "still-here");
  g_hash_table_add (valid, (gpointer) "also-here");
  g_hash_table_add (valid, (gpointer) "never-answered");

  progress = open_progress (store.path);
  g_assert_cmpuint (ds_progress_count_known (progress, valid), ==, 2);
  g_assert_cmpuint (ds_progress_count_known (progress, NULL), ==, 3);
  /* Kept, not deleted: the card may come back after regeneration. */
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 3);
  answer (progress, "still-here", T0 + 3 * DS_DAY_MS, DS_RATING_GOOD);
  ds_test_progress_close (progress);

  progress = open_progress (store.path);
  g_assert_true (ds_progress_get_card (progress, "regenerated-away", NULL));
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

/* Card states are sharded over card-states-0 … card-states-f by the id's
 * hash; the loader must not care where a hand-edited entry sits. */
static const char corrupt_keyfile[] =
  "[org/example/DiploStudy]\n"
  "card-states-0={"
  "'good': (2, 5.5, 4.25, 1767607200000, 1767261600000, 3, 1, 0), "
  "'bad-state': (7, 5.5, 4.25, 1767607200000, 1767261600000, 3, 1, 0), "
  "'nan-stability': (2, nan, 4.25, 1767607200000, 1767261600000, 3, 1, 0), "
  "'inf-difficulty': (2, 5.5, inf, 1767607200000, 1767261600000, 3, 1, 0), "
  "'negative-stability': (2, -3.0, 4.25, 1767607200000, 1767261600000, 3, 1, 0), "
  "'huge-difficulty': (2, 5.5, 400.0, 1767607200000, 1767261600000, 3, 1, 0), "
  "'negative-due': (2, 5.5, 4.25, -5, 1767261600000, 3, 1, 0)"
  "}\n"
  "card-states-7={"
  "'new-kept': (0, 0.0, 0.0, 1767261600000, -1, 0, 0, 0), "
  "'absurd-due': (2, 5.5, 4.25, 9223372036854775807, 1767261600000, 3, 1, 0), "
  "'bad-last-review': (2, 5.5, 4.25, 1767607200000, -77, 3, 1, 0), "
  "'review-never-reviewed': (2, 5.5, 4.25, 1767607200000, -1, 3, 1, 0), "
  "'more-lapses-than-reps': (2, 5.5, 4.25, 1767607200000, 1767261600000, 1, 9, 0), "
  "'step-too-far': (1, 5.5, 4.25, 1767607200000, 1767261600000, 3, 1, 4000000000)"
  "}\n"
  "card-states-3={'lost-with-its-key': (2, 5.5, \n"
  "card-states-9=[1, 2, 3]\n"
  "daily-stats={'2026-01-01': (4, 3, 2, 1, 1), "
  "'2026-13-45': (1, 1, 1, 0, 0), 'yesterday': (1, 1, 1, 0, 0), "
  "'2026-01-02': (2, 5, 0, 0, 0), '2026-01-03': (2, 2, 0, 1, 4), "
  "'2026-01-04': (4000000000, 0, 0, 0, 0), '2026-01-05x': (1, 0, 0, 0, 0)}\n"
  "suspended-cards=['good', 'gone']\n"
  "card-edits={'good': ('unterminated\n"
  "last-essay='essay-1'\n";

static void
test_corrupt (void)
{
  TempStore store;
  g_autoptr(GError) error = NULL;
  DsProgress *progress;
  DsFsrsCard card;
  DsDayStats day;

  temp_store_init (&store);
  g_file_set_contents (store.path, corrupt_keyfile, -1, &error);
  g_assert_no_error (error);

  progress = open_progress (store.path);
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 2);
  g_assert_true (ds_progress_get_card (progress, "good", &card));
  g_assert_cmpint (card.state, ==, DS_FSRS_REVIEW);
  g_assert_cmpfloat (card.stability, ==, 5.5);
  g_assert_cmpfloat (card.difficulty, ==, 4.25);
  g_assert_cmpuint (card.scheduled_days, ==, 4);
  g_assert_cmpuint (card.reps, ==, 3);
  g_assert_cmpuint (card.lapses, ==, 1);
  g_assert_true (ds_progress_get_card (progress, "new-kept", &card));
  g_assert_cmpint (card.last_review, ==, DS_FSRS_NO_REVIEW);
  g_assert_false (ds_progress_get_card (progress, "nan-stability", &card));
  g_assert_cmpint (card.state, ==, DS_FSRS_NEW);

  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, 4);
  g_assert_false (ds_progress_get_day_stats (progress, "2026-13-45", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "yesterday", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-02", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-03", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-04", NULL));
  g_assert_false (ds_progress_get_day_stats (progress, "2026-01-05x", NULL));

  /* Unparsable key: no edits, but the rest loaded. */
  g_assert_false (ds_progress_get_edit (progress, "good", NULL, NULL));
  g_assert_true (ds_progress_is_suspended (progress, "good"));
  g_assert_true (ds_progress_is_suspended (progress, "gone"));
  g_assert_cmpstr (ds_settings_get_last_essay (ds_progress_get_settings (progress)), ==, "essay-1");

  /* Still usable, and what it writes reads back. */
  answer (progress, "good", T0 + 5 * DS_DAY_MS, DS_RATING_GOOD);
  ds_test_progress_close (progress);
  progress = open_progress (store.path);
  g_assert_true (ds_progress_get_card (progress, "good", &card));
  g_assert_cmpuint (card.reps, ==, 4);
  /* new-kept survived the rewrite, whichever shard it was found in. */
  g_assert_true (ds_progress_get_card (progress, "new-kept", NULL));
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 2);
  ds_test_progress_close (progress);

  temp_store_clear (&store);
}

/* What is stored is all the scheduler needs: the same answers give the
 * same schedule whether the states were kept in memory or reloaded in
 * between (scheduled_days, for one, is not stored). */
static void
test_real_scheduler (void)
{
  const DsRating ratings[] = {
    DS_RATING_GOOD, DS_RATING_GOOD, DS_RATING_AGAIN, DS_RATING_HARD,
    DS_RATING_GOOD, DS_RATING_EASY, DS_RATING_AGAIN, DS_RATING_GOOD,
  };
  g_autoptr(DsFsrs) fsrs = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  DsFsrsParams params;
  DsFsrsCard memory;
  TempStore store;
  gint64 now = T0;

  ds_fsrs_params_init_default (&params);
  fsrs = ds_fsrs_new (&params);
  ds_fsrs_set_time_zone (fsrs, utc);
  ds_fsrs_card_init (&memory, now);
  temp_store_init (&store);

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (now / 1000);
      DsProgress *progress = open_progress (store.path);
      DsFsrsCard stored, after, expected;

      if (ds_progress_get_card (progress, "card", &stored))
        assert_cards_equal (&stored, &memory);
      else
        ds_fsrs_card_init (&stored, now);
      g_assert_true (ds_fsrs_review (fsrs, &memory, now, ratings[i], &expected, NULL));
      g_assert_true (ds_fsrs_review (fsrs, &stored, now, ratings[i], &after, NULL));
      assert_cards_equal (&after, &expected);

      ds_progress_record_answer (progress, "card", &stored, &after, ratings[i],
                                 ratings[i] >= DS_RATING_GOOD, when, NULL);
      ds_test_progress_close (progress);

      memory = expected;
      now = MAX (after.due, now + 60000);
    }

  temp_store_clear (&store);
}

/* dconf stores binary GVariants: a NaN arrives as a NaN, not as text. */
static void
test_corrupt_binary (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  DsSettings *settings = ds_settings_new_with_backend (backend, &error);
  GVariantBuilder builder;
  DsProgress *progress;

  g_assert_no_error (error);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(uddxxuuu)}"));
  g_variant_builder_add (&builder, "{s(uddxxuuu)}", "nan", 2, NAN, 4.0,
                         T0, T0 - DS_DAY_MS, 2, 0, 0);
  g_variant_builder_add (&builder, "{s(uddxxuuu)}", "ok", 2, 3.0, 4.0,
                         T0, T0 - DS_DAY_MS, 2, 0, 0);
  g_settings_set_value (ds_settings_get_backing (settings), "card-states-0",
                        g_variant_builder_end (&builder));

  progress = ds_progress_new (settings);
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 1);
  g_assert_true (ds_progress_get_card (progress, "ok", NULL));
  g_assert_cmpuint (ds_progress_count_known (progress, NULL), ==, 1);

  g_object_unref (settings);
  ds_test_progress_close (progress);
}

/* Refuses to store what it could not read back. */
static void
test_rejects_insane (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (T0 / 1000);
  TempStore store;
  DsProgress *progress;
  DsFsrsCard before, after;

  temp_store_init (&store);
  progress = open_progress (store.path);
  ds_progress_get_card (progress, "x", &before);
  ds_test_fake_review (&before, T0, DS_RATING_GOOD, &after);
  after.stability = NAN;

  g_test_expect_message ("DsProgress", G_LOG_LEVEL_CRITICAL, "*card_is_sane*");
  ds_progress_record_answer (progress, "x", &before, &after, DS_RATING_GOOD, TRUE, now, NULL);
  g_test_assert_expected_messages ();
  g_assert_false (ds_progress_get_card (progress, "x", NULL));
  g_assert_false (ds_progress_can_undo (progress));

  ds_test_progress_close (progress);
  temp_store_clear (&store);
}

/* The child answers KILL_ANSWERS times through the app's own path
 * (ds_settings_new() with GSETTINGS_BACKEND=keyfile) and dies by SIGKILL
 * right after the last answer returned: no exit handlers, no flush. */
static void
kill_child (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  DsSettings *settings;
  DsProgress *progress;

  g_setenv ("XDG_CONFIG_HOME", dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  settings = ds_settings_new (&error);
  g_assert_no_error (error);
  progress = ds_progress_new (settings);
  ds_progress_set_time_zone (progress, utc);

  for (guint i = 0; i < KILL_ANSWERS; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%02u", i % KILL_CARDS);

      answer (progress, id, T0 + i * 1000, i % 4 + 1);
    }

  printf ("answered %u\n", KILL_ANSWERS);
  fflush (stdout);
  kill (getpid (), SIGKILL);
}

typedef struct {
  guint reps;
} RepsSum;

static void
sum_reps_cb (const char       *card_id,
             const DsFsrsCard *card,
             gpointer          user_data)
{
  RepsSum *sum = user_data;

  sum->reps += card->reps;
}

static void
test_kill (void)
{
  const char *child_dir = g_getenv ("DS_TEST_KILL_DIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *glib_dir = NULL;
  DsProgress *progress;
  DsDayStats day;
  RepsSum sum = { 0 };

  if (g_test_subprocess ())
    {
      g_assert_nonnull (child_dir);
      kill_child (child_dir);
      g_assert_not_reached ();
    }

  dir = g_dir_make_tmp ("ds-kill-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("DS_TEST_KILL_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("DS_TEST_KILL_DIR");
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*answered 25*");

  path = g_build_filename (dir, "glib-2.0", "settings", "keyfile", NULL);
  progress = open_progress (path);
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, KILL_CARDS);
  ds_progress_foreach_card (progress, sum_reps_cb, &sum);
  g_assert_cmpuint (sum.reps, ==, KILL_ANSWERS);
  g_assert_true (ds_progress_get_day_stats (progress, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, KILL_ANSWERS);
  g_assert_cmpuint (day.new_cards, ==, KILL_CARDS);
  ds_test_progress_close (progress);

  g_assert_cmpint (g_remove (path), ==, 0);
  glib_dir = g_build_filename (dir, "glib-2.0", "settings", NULL);
  g_rmdir (glib_dir);
  g_free (glib_dir);
  glib_dir = g_build_filename (dir, "glib-2.0", NULL);
  g_rmdir (glib_dir);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/new-card", test_new_card);
  g_test_add_func ("/progress/round-trip", test_round_trip);
  g_test_add_func ("/progress/day-key", test_day_key);
  g_test_add_func ("/progress/undo", test_undo);
  g_test_add_func ("/progress/suspended", test_suspended);
  g_test_add_func ("/progress/edits", test_edits);
  g_test_add_func ("/progress/unknown-ids", test_unknown_ids);
  g_test_add_func ("/progress/corrupt", test_corrupt);
  g_test_add_func ("/progress/corrupt-binary", test_corrupt_binary);
  g_test_add_func ("/progress/real-scheduler", test_real_scheduler);
  g_test_add_func ("/progress/rejects-insane", test_rejects_insane);
  g_test_add_func ("/progress/kill", test_kill);

  return g_test_run ();
}
