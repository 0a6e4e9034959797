/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The FSRS scheduler against the ts-fsrs reference vectors (every record of
 * both files) and against the spec's rounding, worked example and day rule.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "ds-fsrs.h"
#include "ds-time.h"

#define MINUTE G_GINT64_CONSTANT (60000)

static gint64
parse_iso (const char *text)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
}

static const char *
state_name (DsFsrsState state)
{
  static const char *names[] = { "New", "Learning", "Review", "Relearning" };

  g_assert_cmpuint (state, <=, DS_FSRS_RELEARNING);
  return names[state];
}

static void
read_steps (JsonObject *params,
            const char *member,
            guint      *steps,
            guint      *n_steps)
{
  JsonArray *array = json_object_get_array_member (params, member);

  *n_steps = json_array_get_length (array);
  g_assert_cmpuint (*n_steps, <=, DS_FSRS_MAX_STEPS);
  for (guint i = 0; i < *n_steps; i++)
    g_assert_true (ds_fsrs_parse_step (json_array_get_string_element (array, i),
                                       &steps[i]));
}

static void
read_params (JsonObject   *root,
             DsFsrsParams *params)
{
  JsonObject *p = json_object_get_object_member (root, "params");
  JsonArray *w = json_object_get_array_member (p, "w");

  memset (params, 0, sizeof *params);
  g_assert_cmpuint (json_array_get_length (w), ==, DS_FSRS_N_WEIGHTS);
  for (guint i = 0; i < DS_FSRS_N_WEIGHTS; i++)
    params->w[i] = json_array_get_double_element (w, i);
  params->request_retention = json_object_get_double_member (p, "request_retention");
  params->maximum_interval = json_object_get_int_member (p, "maximum_interval");
  params->enable_short_term = json_object_get_boolean_member (p, "enable_short_term");
  read_steps (p, "learning_steps", params->learning_steps, &params->n_learning_steps);
  read_steps (p, "relearning_steps", params->relearning_steps, &params->n_relearning_steps);
}

static gboolean
close_enough (double expected,
              double actual)
{
  return fabs (actual - expected) <= 1e-4 * fabs (expected);
}

typedef struct {
  guint sequences;
  guint reviews;
  guint fields;
  guint mismatches;
} Tally;

static void
mismatch (Tally      *tally,
          gint64      seq,
          guint       index,
          const char *field,
          const char *expected,
          const char *actual)
{
  tally->mismatches++;
  if (tally->mismatches <= 20)
    g_test_message ("sequence %" G_GINT64_FORMAT " review %u: %s expected %s, got %s",
                    seq, index, field, expected, actual);
}

static void
check_double (Tally *tally, gint64 seq, guint i, const char *field,
              double expected, double actual)
{
  g_autofree char *e = g_strdup_printf ("%.17g", expected);
  g_autofree char *a = g_strdup_printf ("%.17g", actual);

  tally->fields++;
  if (!close_enough (expected, actual))
    mismatch (tally, seq, i, field, e, a);
}

static void
check_int (Tally *tally, gint64 seq, guint i, const char *field,
           gint64 expected, gint64 actual)
{
  g_autofree char *e = g_strdup_printf ("%" G_GINT64_FORMAT, expected);
  g_autofree char *a = g_strdup_printf ("%" G_GINT64_FORMAT, actual);

  tally->fields++;
  if (expected != actual)
    mismatch (tally, seq, i, field, e, a);
}

static void
check_string (Tally *tally, gint64 seq, guint i, const char *field,
              const char *expected, const char *actual)
{
  tally->fields++;
  if (g_strcmp0 (expected, actual) != 0)
    mismatch (tally, seq, i, field, expected, actual);
}

static void
check_record (Tally            *tally,
              gint64            seq,
              guint             i,
              JsonObject       *rec,
              const DsFsrsCard *card,
              const DsFsrsReviewLog *log)
{
  JsonNode *r = json_object_get_member (rec, "retrievability");

  check_int (tally, seq, i, "elapsed_days",
             json_object_get_int_member (rec, "elapsed_days"), log->elapsed_days);
  /* R is null exactly when the card was New (the log says so with R < 0). */
  if (JSON_NODE_HOLDS_NULL (r) || log->retrievability < 0)
    check_string (tally, seq, i, "retrievability",
                  JSON_NODE_HOLDS_NULL (r) ? "null" : "a number",
                  log->retrievability < 0 ? "null" : "a number");
  else
    check_double (tally, seq, i, "retrievability",
                  json_node_get_double (r), log->retrievability);
  check_string (tally, seq, i, "state",
                json_object_get_string_member (rec, "state"), state_name (card->state));
  check_double (tally, seq, i, "stability",
                json_object_get_double_member (rec, "stability"), card->stability);
  check_double (tally, seq, i, "difficulty",
                json_object_get_double_member (rec, "difficulty"), card->difficulty);
  check_int (tally, seq, i, "scheduled_days",
             json_object_get_int_member (rec, "scheduled_days"), card->scheduled_days);
  check_int (tally, seq, i, "due",
             parse_iso (json_object_get_string_member (rec, "due")), card->due);
  check_int (tally, seq, i, "learning_steps",
             json_object_get_int_member (rec, "learning_steps"), card->learning_steps);
  check_int (tally, seq, i, "reps", json_object_get_int_member (rec, "reps"), card->reps);
  check_int (tally, seq, i, "lapses", json_object_get_int_member (rec, "lapses"), card->lapses);
}

static void
replay_sequence (DsFsrs     *fsrs,
                 JsonObject *sequence,
                 Tally      *tally)
{
  gint64 id = json_object_get_int_member (sequence, "id");
  JsonArray *reviews = json_object_get_array_member (sequence, "reviews");
  DsFsrsCard card;

  ds_fsrs_card_init (&card, parse_iso (json_object_get_string_member (sequence, "start")));
  for (guint i = 0; i < json_array_get_length (reviews); i++)
    {
      JsonObject *rec = json_array_get_object_element (reviews, i);
      gint64 now = parse_iso (json_object_get_string_member (rec, "review"));
      DsRating rating = json_object_get_int_member (rec, "rating");
      DsFsrsCard next;
      DsFsrsReviewLog log;

      g_assert_true (ds_fsrs_review (fsrs, &card, now, rating, &next, &log));
      check_record (tally, id, i, rec, &next, &log);
      card = next;
      tally->reviews++;
    }
  tally->sequences++;
}

static void
test_vectors (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsFsrs) fsrs = NULL;
  JsonObject *root;
  JsonArray *sequences;
  DsFsrsParams params;
  Tally tally = { 0 };

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  read_params (root, &params);
  fsrs = ds_fsrs_new (&params);

  sequences = json_object_get_array_member (root, "sequences");
  for (guint i = 0; i < json_array_get_length (sequences); i++)
    replay_sequence (fsrs, json_array_get_object_element (sequences, i), &tally);

  g_test_message ("%s: %u sequences, %u reviews, %u fields compared, %u mismatches",
                  name, tally.sequences, tally.reviews, tally.fields, tally.mismatches);
  g_assert_cmpuint (tally.sequences, ==, json_array_get_length (sequences));
  g_assert_cmpuint (tally.reviews, >=, 300);
  g_assert_cmpuint (tally.fields, ==, tally.reviews * 10);
  g_assert_cmpuint (tally.mismatches, ==, 0);
}

static gboolean
card_equal (const DsFsrsCard *a,
            const DsFsrsCard *b)
{
  return a->state == b->state && a->stability == b->stability &&
         a->difficulty == b->difficulty && a->due == b->due &&
         a->last_review == b->last_review &&
         a->scheduled_days == b->scheduled_days &&
         a->learning_steps == b->learning_steps &&
         a->reps == b->reps && a->lapses == b->lapses;
}

static void
test_jsround (void)
{
  g_assert_cmpfloat (ds_fsrs_jsround (2.5), ==, 3.0);
  g_assert_cmpfloat (ds_fsrs_jsround (-2.5), ==, -2.0);
  g_assert_cmpfloat (ds_fsrs_jsround (0.5), ==, 1.0);
  g_assert_cmpfloat (ds_fsrs_jsround (-0.5), ==, 0.0);
  g_assert_cmpfloat (ds_fsrs_jsround (2.4999999), ==, 2.0);
  g_assert_cmpfloat (ds_fsrs_jsround (-2.5000001), ==, -3.0);
  g_assert_cmpfloat (ds_fsrs_jsround (7.0), ==, 7.0);
  g_assert_cmpfloat (ds_fsrs_round8 (0.123456785), ==, 0.12345679);
  g_assert_cmpfloat (ds_fsrs_round8 (2.3065), ==, 2.3065);
}

static void
test_parse_step (void)
{
  guint m = 0;

  g_assert_true (ds_fsrs_parse_step ("1m", &m));
  g_assert_cmpuint (m, ==, 1);
  g_assert_true (ds_fsrs_parse_step ("10m", &m));
  g_assert_cmpuint (m, ==, 10);
  g_assert_true (ds_fsrs_parse_step ("2h", &m));
  g_assert_cmpuint (m, ==, 120);
  g_assert_true (ds_fsrs_parse_step ("1d", &m));
  g_assert_cmpuint (m, ==, 1440);
  g_assert_false (ds_fsrs_parse_step ("", &m));
  g_assert_false (ds_fsrs_parse_step ("m", &m));
  g_assert_false (ds_fsrs_parse_step ("10", &m));
  g_assert_false (ds_fsrs_parse_step ("10x", &m));
  g_assert_false (ds_fsrs_parse_step ("10mm", &m));
  g_assert_false (ds_fsrs_parse_step ("-1m", &m));
  g_assert_false (ds_fsrs_parse_step ("99999999999m", &m));
  /* Within an unsigned int, but longer than any step can be. */
  g_assert_false (ds_fsrs_parse_step ("4294967295m", &m));
  g_assert_false (ds_fsrs_parse_step ("36501d", &m));
  g_assert_true (ds_fsrs_parse_step ("36500d", &m));
  g_assert_cmpuint (m, ==, DS_FSRS_MAX_STEP_MINUTES);
}

static DsFsrs *
new_scheduler (gboolean short_term)
{
  DsFsrsParams params;

  ds_fsrs_params_init_default (&params);
  params.enable_short_term = short_term;
  return ds_fsrs_new (&params);
}

/* §10 of the spec, by hand rather than from the vector file. */
static void
test_worked_example (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (FALSE);
  gint64 start = parse_iso ("2026-01-01T00:00:00Z");
  gint64 second = parse_iso ("2026-01-05T04:29:00Z");
  DsFsrsCard card, first, preview[4], after;
  DsFsrsReviewLog log;
  const guint first_days[4] = { 1, 2, 3, 8 };

  ds_fsrs_card_init (&card, start);
  ds_fsrs_preview (fsrs, &card, start, preview);
  for (int k = 0; k < 4; k++)
    g_assert_cmpuint (preview[k].scheduled_days, ==, first_days[k]);

  g_assert_true (ds_fsrs_review (fsrs, &card, start, DS_RATING_GOOD, &first, &log));
  g_assert_cmpint (log.elapsed_days, ==, 0);
  g_assert_cmpfloat (log.retrievability, <, 0);
  g_assert_cmpfloat (first.stability, ==, 2.3065);
  g_assert_cmpfloat_with_epsilon (first.difficulty, 2.11810397, 1e-12);
  g_assert_cmpuint (first.scheduled_days, ==, 3);
  g_assert_cmpint (first.due, ==, parse_iso ("2026-01-04T00:00:00Z"));
  g_assert_cmpint (first.state, ==, DS_FSRS_REVIEW);

  ds_fsrs_preview (fsrs, &first, second, preview);
  g_assert_cmpfloat_with_epsilon (preview[0].stability, 0.66141652, 1e-12);
  g_assert_cmpfloat_with_epsilon (preview[2].stability, 16.17726312, 1e-10);
  g_assert_cmpfloat_with_epsilon (preview[3].stability, 28.28505226, 1e-10);

  g_assert_true (ds_fsrs_review (fsrs, &first, second, DS_RATING_HARD, &after, &log));
  g_assert_cmpint (log.elapsed_days, ==, 4);
  g_assert_cmpfloat_with_epsilon (log.retrievability, 0.85798579, 1e-12);
  g_assert_cmpfloat_with_epsilon (after.stability, 10.64837694, 1e-10);
  g_assert_cmpfloat_with_epsilon (after.difficulty, 4.75285849, 1e-12);
  g_assert_cmpuint (after.scheduled_days, ==, 11);
  g_assert_cmpint (after.due, ==, parse_iso ("2026-01-16T04:29:00Z"));
  g_assert_cmpuint (after.reps, ==, 2);
  g_assert_cmpint (after.last_review, ==, second);
  g_assert_true (card_equal (&after, &preview[1]));
}

/* §8.5: the first row of the transition table. */
static void
test_short_term_new_card (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (TRUE);
  gint64 now = parse_iso ("2026-03-01T09:00:00Z");
  DsFsrsCard card, out[4];
  const gint64 minutes[3] = { 1, 6, 10 };

  ds_fsrs_card_init (&card, now);
  ds_fsrs_preview (fsrs, &card, now, out);
  for (int k = 0; k < 3; k++)
    {
      g_assert_cmpint (out[k].state, ==, DS_FSRS_LEARNING);
      g_assert_cmpuint (out[k].scheduled_days, ==, 0);
      g_assert_cmpint (out[k].due, ==, now + minutes[k] * MINUTE);
    }
  g_assert_cmpuint (out[2].learning_steps, ==, 1);
  g_assert_cmpint (out[3].state, ==, DS_FSRS_REVIEW);
  g_assert_cmpuint (out[3].scheduled_days, ==, 8);
  g_assert_cmpint (out[3].due, ==, now + 8 * DS_DAY_MS);
}

static void
review_ok (DsFsrs *fsrs, DsFsrsCard *card, const char *when, DsRating rating,
           DsFsrsReviewLog *log)
{
  DsFsrsCard next;

  g_assert_true (ds_fsrs_review (fsrs, card, parse_iso (when), rating, &next, log));
  *card = next;
}

/* In the app a day is a local calendar day: 23:30 and 00:30 the next local
 * day are one day apart even though they fall on one UTC day. */
static void
test_time_zone (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (FALSE);
  g_autoptr(GTimeZone) jakarta = g_time_zone_new_identifier ("+07:00");
  DsFsrsCard card;
  DsFsrsReviewLog log;

  g_assert_nonnull (jakarta);

  /* 23:30 and 00:30 local (+07) = 16:30Z and 17:30Z, one UTC day. */
  ds_fsrs_set_time_zone (fsrs, jakarta);
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-02-10T23:30:00+07:00", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-02-11T00:30:00+07:00", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 1);

  ds_fsrs_set_time_zone (fsrs, NULL);
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-02-10T23:30:00+07:00", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-02-11T00:30:00+07:00", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 0);

  /* 00:30 and 23:30 of one local day straddle a UTC midnight. */
  ds_fsrs_set_time_zone (fsrs, jakarta);
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-02-12T00:30:00+07:00", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-02-12T23:30:00+07:00", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 0);
  /* Due dates stay review time + whole days, whatever the zone. */
  g_assert_cmpint (card.due, ==,
                   parse_iso ("2026-02-12T23:30:00+07:00") + card.scheduled_days * DS_DAY_MS);

  ds_fsrs_set_time_zone (fsrs, NULL);
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-02-12T00:30:00+07:00", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-02-12T23:30:00+07:00", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 1);
}

/* A zone with daylight saving time, when tzdata is installed. */
static void
test_time_zone_dst (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (FALSE);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  DsFsrsCard card;
  DsFsrsReviewLog log;

  if (berlin == NULL)
    {
      g_test_skip ("no tzdata for Europe/Berlin");
      return;
    }

  ds_fsrs_set_time_zone (fsrs, berlin);
  /* Summer time: 23:30 CEST = 21:30Z, 00:30 CEST next day = 22:30Z. */
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-07-01T21:30:00Z", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-07-01T22:30:00Z", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 1);
  /* Winter time: 23:30 CET = 22:30Z, 00:10 CET next day = 23:10Z. */
  ds_fsrs_card_init (&card, 0);
  review_ok (fsrs, &card, "2026-01-01T22:30:00Z", DS_RATING_GOOD, &log);
  review_ok (fsrs, &card, "2026-01-01T23:10:00Z", DS_RATING_GOOD, &log);
  g_assert_cmpint (log.elapsed_days, ==, 1);
}

static void
test_invalid (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (TRUE);
  DsFsrsCard card, out, untouched;
  DsFsrsReviewLog log = { 42, 42.0 };
  gint64 t0 = parse_iso ("2026-05-10T12:00:00Z");

  ds_fsrs_card_init (&card, t0);
  memset (&untouched, 0, sizeof untouched);
  untouched.state = DS_FSRS_RELEARNING;
  untouched.stability = 123.0;
  untouched.due = 777;
  out = untouched;
  g_assert_false (ds_fsrs_review (fsrs, &card, t0, 0, &out, &log));
  g_assert_false (ds_fsrs_review (fsrs, &card, t0, 5, &out, &log));
  g_assert_true (card_equal (&out, &untouched));
  g_assert_cmpint (log.elapsed_days, ==, 42);

  g_assert_true (ds_fsrs_review (fsrs, &card, t0, DS_RATING_GOOD, &card, &log));
  /* Earlier on the same day is fine (t = 0); the day before is not. */
  g_assert_true (ds_fsrs_review (fsrs, &card, t0 - 60 * MINUTE, DS_RATING_GOOD, &out, &log));
  g_assert_cmpint (log.elapsed_days, ==, 0);
  out = untouched;
  g_assert_false (ds_fsrs_review (fsrs, &card, t0 - DS_DAY_MS, DS_RATING_GOOD, &out, &log));
  g_assert_true (card_equal (&out, &untouched));

  /* A damaged card (reviewed but with no stability) is refused too. */
  card.stability = 0;
  card.difficulty = 5;
  g_assert_false (ds_fsrs_review (fsrs, &card, t0, DS_RATING_GOOD, &out, &log));
}

static void
test_preview_matches_review (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (TRUE);
  DsFsrsCard card, preview[4], out;
  DsFsrsReviewLog log;
  gint64 now = parse_iso ("2026-01-01T08:00:00Z");

  ds_fsrs_card_init (&card, now);
  review_ok (fsrs, &card, "2026-01-01T08:00:00Z", DS_RATING_EASY, &log);
  g_assert_cmpint (card.state, ==, DS_FSRS_REVIEW);
  now = card.due + 3 * DS_DAY_MS;
  ds_fsrs_preview (fsrs, &card, now, preview);
  for (int k = 0; k < 4; k++)
    {
      g_assert_true (ds_fsrs_review (fsrs, &card, now, k + 1, &out, &log));
      g_assert_true (card_equal (&out, &preview[k]));
    }
  /* Review: Again relearns for 10 minutes; passing grades are ordered. */
  g_assert_cmpint (preview[0].state, ==, DS_FSRS_RELEARNING);
  g_assert_cmpint (preview[0].due, ==, now + 10 * MINUTE);
  g_assert_cmpuint (preview[0].lapses, ==, 1);
  g_assert_cmpuint (preview[1].scheduled_days, <, preview[2].scheduled_days);
  g_assert_cmpuint (preview[2].scheduled_days, <, preview[3].scheduled_days);
}

static void
test_retrievability (void)
{
  g_autoptr(DsFsrs) fsrs = new_scheduler (FALSE);
  DsFsrsCard card;
  DsFsrsReviewLog log;
  gint64 t0 = parse_iso ("2026-01-01T10:00:00Z");
  double r_soon, r_late;

  ds_fsrs_card_init (&card, t0);
  g_assert_cmpfloat (ds_fsrs_retrievability (fsrs, &card, t0 + 100 * DS_DAY_MS), ==, 1.0);
  review_ok (fsrs, &card, "2026-01-01T10:00:00Z", DS_RATING_GOOD, &log);
  g_assert_cmpfloat (ds_fsrs_retrievability (fsrs, &card, t0), ==, 1.0);
  r_soon = ds_fsrs_retrievability (fsrs, &card, t0 + 2 * DS_DAY_MS);
  r_late = ds_fsrs_retrievability (fsrs, &card, t0 + 30 * DS_DAY_MS);
  g_assert_cmpfloat (r_soon, <, 1.0);
  g_assert_cmpfloat (r_late, <, r_soon);
  g_assert_cmpfloat (r_late, >, 0.0);
}

/* §8.2: a step of a day or more graduates; no relearning steps keeps a
 * lapsed card in Review with a day interval. */
static void
test_unusual_steps (void)
{
  DsFsrsParams params;
  g_autoptr(DsFsrs) fsrs = NULL;
  DsFsrsCard card, out[4];
  gint64 now = parse_iso ("2026-04-01T07:00:00Z");

  ds_fsrs_params_init_default (&params);
  params.learning_steps[1] = 1440;
  params.n_relearning_steps = 0;
  fsrs = ds_fsrs_new (&params);

  ds_fsrs_card_init (&card, now);
  ds_fsrs_preview (fsrs, &card, now, out);
  g_assert_cmpint (out[2].state, ==, DS_FSRS_REVIEW);
  g_assert_cmpuint (out[2].scheduled_days, ==, 1);
  g_assert_cmpuint (out[2].learning_steps, ==, 1);
  g_assert_cmpint (out[2].due, ==, now + DS_DAY_MS);
  /* Hard is the mean of the first two steps: (1 + 1440) / 2 rounded up. */
  g_assert_cmpint (out[1].state, ==, DS_FSRS_LEARNING);
  g_assert_cmpint (out[1].due, ==, now + 721 * MINUTE);

  card = out[3];   /* Easy: Review */
  now = card.due + 2 * DS_DAY_MS;
  ds_fsrs_preview (fsrs, &card, now, out);
  g_assert_cmpint (out[0].state, ==, DS_FSRS_REVIEW);
  g_assert_cmpuint (out[0].lapses, ==, 1);
  g_assert_cmpuint (out[0].scheduled_days, >=, 1);
  g_assert_cmpint (out[0].due, ==, now + out[0].scheduled_days * DS_DAY_MS);
}

/* A step of 4294967295 minutes given straight to the scheduler: Hard
 * (one and a half steps) used to overflow an unsigned int (UBSan's
 * float-cast-overflow) and schedule the card thousands of years ahead.
 * The step is cut to 100 years. */
static void
test_huge_step (void)
{
  DsFsrsParams params;
  g_autoptr(DsFsrs) fsrs = NULL;
  DsFsrsCard card, out[4];
  gint64 now = parse_iso ("2026-04-01T07:00:00Z");
  gint64 century = (gint64) DS_FSRS_MAX_STEP_MINUTES * MINUTE;

  ds_fsrs_params_init_default (&params);
  params.learning_steps[0] = G_MAXUINT;
  params.n_learning_steps = 1;
  params.relearning_steps[0] = G_MAXUINT;
  fsrs = ds_fsrs_new (&params);
  g_assert_cmpuint (ds_fsrs_get_params (fsrs)->learning_steps[0], ==, DS_FSRS_MAX_STEP_MINUTES);

  ds_fsrs_card_init (&card, now);
  ds_fsrs_preview (fsrs, &card, now, out);
  g_assert_cmpint (out[0].due, ==, now + century);
  g_assert_cmpint (out[1].due, ==, now + century * 3 / 2);
  for (int k = 0; k < 4; k++)
    {
      g_assert_cmpint (out[k].due, >, now);
      g_assert_cmpint (out[k].due, <=, now + century * 3 / 2);
    }
}

/* §9: the ordering is applied after the maximum_interval cap. */
static void
test_maximum_interval (void)
{
  DsFsrsParams params;
  g_autoptr(DsFsrs) fsrs = NULL;
  DsFsrsCard card, out[4];
  gint64 now = parse_iso ("2026-04-01T07:00:00Z");
  const guint first[4] = { 1, 2, 3, 5 };
  const guint later[4] = { 1, 5, 6, 7 };

  ds_fsrs_params_init_default (&params);
  params.enable_short_term = FALSE;
  params.maximum_interval = 5;
  fsrs = ds_fsrs_new (&params);

  ds_fsrs_card_init (&card, now);
  ds_fsrs_preview (fsrs, &card, now, out);
  for (int k = 0; k < 4; k++)
    g_assert_cmpuint (out[k].scheduled_days, ==, first[k]);

  card = out[3];
  ds_fsrs_preview (fsrs, &card, now + 10 * DS_DAY_MS, out);
  for (int k = 0; k < 4; k++)
    g_assert_cmpuint (out[k].scheduled_days, ==, later[k]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/fsrs/vectors/long-term", "vectors-long-term.json", test_vectors);
  g_test_add_data_func ("/fsrs/vectors/short-term", "vectors-short-term.json", test_vectors);
  g_test_add_func ("/fsrs/jsround", test_jsround);
  g_test_add_func ("/fsrs/parse-step", test_parse_step);
  g_test_add_func ("/fsrs/worked-example", test_worked_example);
  g_test_add_func ("/fsrs/short-term-new-card", test_short_term_new_card);
  g_test_add_func ("/fsrs/time-zone", test_time_zone);
  g_test_add_func ("/fsrs/time-zone-dst", test_time_zone_dst);
  g_test_add_func ("/fsrs/invalid", test_invalid);
  g_test_add_func ("/fsrs/preview", test_preview_matches_review);
  g_test_add_func ("/fsrs/retrievability", test_retrievability);
  g_test_add_func ("/fsrs/unusual-steps", test_unusual_steps);
  g_test_add_func ("/fsrs/maximum-interval", test_maximum_interval);
  g_test_add_func ("/fsrs/huge-step", test_huge_step);

  return g_test_run ();
}
