/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "ds-stats.h"
#include "ds-time.h"

typedef struct {
  DsProgress *progress;
  GPtrArray  *cards;
  GTimeZone  *tz;
  /* What the crafted history should add up to, counted as it is made. */
  guint       reviews_on[40];        /* by days before "today" */
  guint       review_state_reviews;  /* within the last 30 days */
  guint       review_state_passed;
} Fixture;

/* "Today" is 2026-01-10 in Jakarta (UTC+7); now is 19:00 local. */
static GDateTime *
local_time (Fixture *fixture,
            int      day,
            int      hour,
            int      minute)
{
  return g_date_time_new (fixture->tz, 2026, 1, day, hour, minute, 0);
}

static gint64
ms (GDateTime *when)
{
  return g_date_time_to_unix (when) * 1000;
}

static void
add_card (Fixture    *fixture,
          const char *id,
          const char *essay_id,
          const char *topic)
{
  DsCard *card = ds_card_new (id, essay_id, DS_CARD_FACT, "Q", "A");

  ds_card_set_topic (card, topic);
  g_ptr_array_add (fixture->cards, card);
}

/* Records one answer at @when; the card ends in @state with @stability,
 * due at @due. */
static void
answer_at (Fixture     *fixture,
           const char  *id,
           DsFsrsState  before_state,
           DsRating     rating,
           GDateTime   *when,
           DsFsrsState  state,
           double       stability,
           gint64       due)
{
  g_autoptr(GDateTime) today = local_time (fixture, 10, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_new (fixture->tz,
                                              g_date_time_get_year (when),
                                              g_date_time_get_month (when),
                                              g_date_time_get_day_of_month (when),
                                              0, 0, 0);
  /* A fixed-offset zone: every day is 24 h long. */
  int days_ago = (ms (today) - ms (day)) / DS_DAY_MS;
  DsFsrsCard before, after;

  g_assert_cmpint (days_ago, >=, 0);
  g_assert_cmpint (days_ago, <, G_N_ELEMENTS (fixture->reviews_on));

  ds_progress_get_card (fixture->progress, id, &before);
  before.state = before_state;
  after = before;
  after.state = state;
  after.stability = stability;
  after.difficulty = 5.0;
  after.due = due;
  after.last_review = ms (when);
  after.reps++;
  ds_progress_record_answer (fixture->progress, id, &before, &after, rating,
                             rating >= DS_RATING_GOOD, when, NULL);

  fixture->reviews_on[days_ago]++;
  if (before_state == DS_FSRS_REVIEW && days_ago < DS_STATS_DAYS)
    {
      fixture->review_state_reviews++;
      fixture->review_state_passed += rating >= DS_RATING_GOOD ? 1 : 0;
    }
}

/* The same at @hour on January @day. */
static void
answer (Fixture     *fixture,
        const char  *id,
        DsFsrsState  before_state,
        DsRating     rating,
        int          day,
        int          hour,
        DsFsrsState  state,
        double       stability,
        gint64       due)
{
  g_autoptr(GDateTime) when = local_time (fixture, day, hour, 0);

  answer_at (fixture, id, before_state, rating, when, state, stability, due);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsSettings) settings = ds_settings_new_with_backend (backend, &error);
  g_autoptr(GDateTime) t = NULL;

  g_assert_no_error (error);
  memset (fixture, 0, sizeof *fixture);
  fixture->tz = g_time_zone_new_identifier ("+07:00");
  fixture->progress = ds_progress_new (settings);
  ds_progress_set_time_zone (fixture->progress, fixture->tz);
  fixture->cards = g_ptr_array_new_with_free_func (g_object_unref);

  add_card (fixture, "c1", "essay-1", "Tren global");
  add_card (fixture, "c2", "essay-1", "Tren global");
  add_card (fixture, "c3", "essay-1", "Definisi");
  add_card (fixture, "c4", "essay-2", NULL);
  add_card (fixture, "c5", "essay-2", "Definisi");
  add_card (fixture, "c6", "essay-2", "Definisi");
  add_card (fixture, "c7", "essay-2", "Definisi");

  /* c1: mastered (S 42 d), overdue since two days. */
  answer (fixture, "c1", DS_FSRS_NEW, DS_RATING_GOOD, 6, 9, DS_FSRS_REVIEW, 3.0, 0);
  t = local_time (fixture, 8, 9, 0);
  answer (fixture, "c1", DS_FSRS_REVIEW, DS_RATING_EASY, 8, 9, DS_FSRS_REVIEW, 42.0, ms (t));
  g_clear_pointer (&t, g_date_time_unref);

  /* c2: half mastered, due late tonight, after a failed review today. */
  t = local_time (fixture, 10, 23, 30);
  answer (fixture, "c2", DS_FSRS_REVIEW, DS_RATING_AGAIN, 10, 8, DS_FSRS_RELEARNING, 10.5, ms (t));
  g_clear_pointer (&t, g_date_time_unref);

  /* c3 never answered. c4: due 00:30 tomorrow — tomorrow, local time,
   * although still today in UTC. */
  t = local_time (fixture, 11, 0, 30);
  answer (fixture, "c4", DS_FSRS_NEW, DS_RATING_HARD, 9, 20, DS_FSRS_LEARNING, 2.1, ms (t));
  g_clear_pointer (&t, g_date_time_unref);

  /* c5 due in six days; c6 beyond the 30 days shown. */
  t = local_time (fixture, 16, 8, 0);
  answer (fixture, "c5", DS_FSRS_REVIEW, DS_RATING_GOOD, 10, 7, DS_FSRS_REVIEW, 21.0, ms (t));
  g_clear_pointer (&t, g_date_time_unref);
  t = local_time (fixture, 10, 9, 0);
  answer (fixture, "c6", DS_FSRS_REVIEW, DS_RATING_HARD, 10, 9, DS_FSRS_REVIEW, 80.0,
          ms (t) + 45 * DS_DAY_MS);
  g_clear_pointer (&t, g_date_time_unref);

  /* c7 due today but suspended; "gone" due today but no longer a card. */
  answer (fixture, "c7", DS_FSRS_NEW, DS_RATING_GOOD, 9, 21, DS_FSRS_REVIEW, 30.0, 0);
  ds_progress_set_suspended (fixture->progress, "c7", TRUE);
  answer (fixture, "gone", DS_FSRS_REVIEW, DS_RATING_GOOD, 9, 22, DS_FSRS_REVIEW, 30.0, 0);

  /* A failed review 35 days ago: outside the window of retention. */
  t = local_time (fixture, 10, 9, 0);
  {
    g_autoptr(GDateTime) old = g_date_time_add_days (t, -35);

    answer_at (fixture, "old", DS_FSRS_REVIEW, DS_RATING_AGAIN, old,
               DS_FSRS_RELEARNING, 1.0, ms (old));
  }
  g_clear_pointer (&t, g_date_time_unref);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->cards, g_ptr_array_unref);
  g_clear_object (&fixture->progress);
  g_clear_pointer (&fixture->tz, g_time_zone_unref);
}

static DsStats *
stats_at (Fixture *fixture,
          int      day,
          int      hour)
{
  g_autoptr(GDateTime) now = local_time (fixture, day, hour, 0);

  return ds_stats_new (fixture->progress, fixture->cards, now);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DsStats) stats = stats_at (fixture, 10, 19);

  g_assert_cmpuint (ds_stats_get_n_cards (stats), ==, 6);
  g_assert_cmpuint (ds_stats_get_n_suspended (stats), ==, 1);
  g_assert_cmpuint (ds_stats_get_n_new (stats), ==, 1);
}

static void
test_due (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(DsStats) stats = stats_at (fixture, 10, 19);
  guint total = 0;

  /* c1 (overdue) and c2 (tonight); not c7 (suspended) nor "gone". */
  g_assert_cmpuint (ds_stats_get_due_today (stats), ==, 2);
  g_assert_cmpuint (ds_stats_get_due_on_day (stats, 0), ==, 2);
  g_assert_cmpuint (ds_stats_get_due_on_day (stats, 1), ==, 1);
  g_assert_cmpuint (ds_stats_get_due_on_day (stats, 6), ==, 1);
  g_assert_cmpuint (ds_stats_get_due_this_week (stats), ==, 4);
  for (guint k = 0; k < DS_STATS_DAYS; k++)
    total += ds_stats_get_due_on_day (stats, k);
  g_assert_cmpuint (total, ==, 4);

  /* Tomorrow, c1, c2 and c4 are all due "today". */
  g_clear_pointer (&stats, ds_stats_free);
  stats = stats_at (fixture, 11, 1);
  g_assert_cmpuint (ds_stats_get_due_today (stats), ==, 3);
  g_assert_cmpuint (ds_stats_get_due_on_day (stats, 5), ==, 1);
}

static void
test_reviews (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DsStats) stats = stats_at (fixture, 10, 19);
  guint total = 0;

  for (guint k = 0; k < DS_STATS_DAYS; k++)
    {
      g_assert_cmpuint (ds_stats_get_reviews_on_day (stats, k), ==, fixture->reviews_on[k]);
      total += fixture->reviews_on[k];
    }
  g_assert_cmpuint (ds_stats_get_reviews_on_day (stats, 0), ==, 3);
  g_assert_cmpuint (ds_stats_get_reviews_on_day (stats, 1), ==, 3);
  g_assert_cmpuint (ds_stats_get_reviews_on_day (stats, 3), ==, 0);
  g_assert_cmpuint (ds_stats_get_reviews_total (stats), ==, total);
}

static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DsStats) stats = stats_at (fixture, 10, 19);
  double retention;
  guint n;

  /* Review-state answers in the window: c1 Easy, c2 Again, c5 Good,
   * c6 Hard, gone Good → 3 of 5 passed (Hard is not). */
  g_assert_true (ds_stats_get_retention (stats, &retention, &n));
  g_assert_cmpuint (n, ==, fixture->review_state_reviews);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat_with_epsilon (retention,
                                  (double) fixture->review_state_passed / n, 1e-12);
  g_assert_cmpfloat_with_epsilon (retention, 0.6, 1e-12);
}

static void
test_retention_empty (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(DsSettings) settings = ds_settings_new_with_backend (backend, NULL);
  g_autoptr(DsProgress) progress = ds_progress_new (settings);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(DsStats) stats = ds_stats_new (progress, NULL, now);
  double retention = -1.0;

  g_assert_false (ds_stats_get_retention (stats, &retention, NULL));
  g_assert_cmpfloat (retention, ==, 0.0);
  g_assert_cmpuint (ds_stats_get_streak (stats), ==, 0);
  g_assert_cmpuint (ds_stats_get_n_cards (stats), ==, 0);
  g_assert_cmpfloat (ds_stats_get_mastery (stats), ==, 0.0);
}

static void
test_streak (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DsStats) stats = NULL;

  /* Answers on the 8th, 9th and 10th, none on the 7th. */
  stats = stats_at (fixture, 10, 19);
  g_assert_cmpuint (ds_stats_get_streak (stats), ==, 3);

  /* Nothing yet on the 11th: the streak still stands until the day ends. */
  g_clear_pointer (&stats, ds_stats_free);
  stats = stats_at (fixture, 11, 9);
  g_assert_cmpuint (ds_stats_get_streak (stats), ==, 3);

  g_clear_pointer (&stats, ds_stats_free);
  stats = stats_at (fixture, 12, 9);
  g_assert_cmpuint (ds_stats_get_streak (stats), ==, 0);

  /* On the 6th: one day. */
  g_clear_pointer (&stats, ds_stats_free);
  stats = stats_at (fixture, 6, 23);
  g_assert_cmpuint (ds_stats_get_streak (stats), ==, 1);
}

static void
test_mastery (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DsStats) stats = stats_at (fixture, 10, 19);
  const DsStatsGroup *essays, *topics, *group;
  guint n_essays, n_topics;
  /* min (1, S / 21) per card: c1 1, c2 0.5, c3 0, c4 0.1, c5 1, c6 1. */
  double c[] = { 1.0, 0.5, 0.0, 2.1 / 21.0, 1.0, 1.0 };

  g_assert_cmpfloat_with_epsilon (ds_stats_get_mastery (stats),
                                  (c[0] + c[1] + c[2] + c[3] + c[4] + c[5]) / 6, 1e-12);

  essays = ds_stats_get_essays (stats, &n_essays);
  g_assert_cmpuint (n_essays, ==, 2);
  g_assert_cmpstr (essays[0].essay_id, ==, "essay-1");
  g_assert_null (essays[0].topic);
  g_assert_cmpuint (essays[0].n_cards, ==, 3);
  g_assert_cmpuint (essays[0].n_known, ==, 2);
  g_assert_cmpfloat_with_epsilon (essays[0].mastery, (c[0] + c[1] + c[2]) / 3, 1e-12);
  g_assert_cmpstr (essays[1].essay_id, ==, "essay-2");
  g_assert_cmpuint (essays[1].n_cards, ==, 3);
  g_assert_cmpfloat_with_epsilon (essays[1].mastery, (c[3] + c[4] + c[5]) / 3, 1e-12);

  group = ds_stats_lookup_essay (stats, "essay-2");
  g_assert_true (group == &essays[1]);
  g_assert_null (ds_stats_lookup_essay (stats, "essay-9"));

  /* Topics are per essay: the two "Definisi" are different topics. */
  topics = ds_stats_get_topics (stats, &n_topics);
  g_assert_cmpuint (n_topics, ==, 3);
  g_assert_cmpstr (topics[0].essay_id, ==, "essay-1");
  g_assert_cmpstr (topics[0].topic, ==, "Tren global");
  g_assert_cmpfloat_with_epsilon (topics[0].mastery, (c[0] + c[1]) / 2, 1e-12);
  g_assert_cmpstr (topics[1].topic, ==, "Definisi");
  g_assert_cmpuint (topics[1].n_cards, ==, 1);
  g_assert_cmpfloat (topics[1].mastery, ==, 0.0);
  g_assert_cmpstr (topics[2].essay_id, ==, "essay-2");
  g_assert_cmpstr (topics[2].topic, ==, "Definisi");
  g_assert_cmpuint (topics[2].n_cards, ==, 2);
  g_assert_cmpfloat_with_epsilon (topics[2].mastery, (c[4] + c[5]) / 2, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stats/counts", test_counts);
  ADD ("/stats/due", test_due);
  ADD ("/stats/reviews", test_reviews);
  ADD ("/stats/retention", test_retention);
  ADD ("/stats/streak", test_streak);
  ADD ("/stats/mastery", test_mastery);
#undef ADD
  g_test_add_func ("/stats/retention-empty", test_retention_empty);

  return g_test_run ();
}
