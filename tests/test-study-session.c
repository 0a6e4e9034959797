/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "ds-deck.h"
#include "ds-grading.h"
#include "ds-study-session.h"
#include "ds-test-core.h"

/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)

typedef struct {
  char       *dir;
  char       *path;
  DsSettings *settings;
  DsProgress *progress;
  DsDeck     *deck;
  gint64      now;
  GPtrArray  *scopes;   /* DsCardScope, freed with the fixture */
} Fixture;

/* The scope of @essay_id and @topic, kept until the test ends; NULL for
 * every card. */
static DsCardScope *
scope (Fixture    *f,
       const char *essay_id,
       const char *topic)
{
  if (essay_id == NULL && topic == NULL)
    return NULL;
  g_ptr_array_add (f->scopes, ds_card_scope_new (essay_id, topic));
  return g_ptr_array_index (f->scopes, f->scopes->len - 1);
}

/* Six cards over two essays and three topics, in source order. */
static GPtrArray *
make_cards (void)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);
  const char *items[] = { "diplomasi publik", "keamanan siber", "media sosial", NULL };
  const char *choices[] = { "1945", "1955", "1965", NULL };
  DsCard *card;

  g_ptr_array_add (cards, ds_test_card_new ("a1", "essay-a", "Pengantar", DS_CARD_DEFINITION,
                                     "Apa yang dimaksud dengan diplomasi digital?",
                                     "Penggunaan teknologi digital dalam diplomasi"));
  card = ds_test_card_new ("a2", "essay-a", "Pengantar", DS_CARD_LIST,
                    "Sebutkan tiga tren global.", "diplomasi publik; keamanan siber; media sosial");
  ds_card_set_items (card, items);
  ds_card_set_expected_count (card, 3);
  g_ptr_array_add (cards, card);
  g_ptr_array_add (cards, ds_test_card_new ("a3", "essay-a", "Tren", DS_CARD_CLOZE,
                                     "Diplomasi " DS_CARD_BLANK " berkembang pesat.", "digital"));
  card = ds_test_card_new ("b1", "essay-b", "Sejarah", DS_CARD_MULTIPLE_CHOICE,
                    "Kapan Konferensi Asia Afrika?", "1955");
  ds_card_set_choices (card, choices, 1);
  g_ptr_array_add (cards, card);
  g_ptr_array_add (cards, ds_test_card_new ("b2", "essay-b", "Sejarah", DS_CARD_FACT,
                                     "Di kota mana KAA diadakan?", "Bandung"));
  g_ptr_array_add (cards, ds_test_card_new ("b3", "essay-b", "Sejarah", DS_CARD_FACT,
                                     "Apa hasil KAA?",
                                     "Dasasila Bandung yang memuat sepuluh prinsip hidup berdampingan"));
  return cards;
}

static void
open_store (Fixture *f)
{
  g_autoptr(GSettingsBackend) backend = g_keyfile_settings_backend_new (f->path, "/", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) cards = make_cards ();

  f->settings = ds_settings_new_with_backend (backend, &error);
  g_assert_no_error (error);
  f->progress = ds_progress_new (f->settings);
  ds_progress_set_time_zone (f->progress, utc);
  f->deck = ds_deck_new (f->progress);
  ds_deck_set_cards (f->deck, cards);
}

static void
close_store (Fixture *f)
{
  g_assert_finalize_object (f->deck);
  g_assert_finalize_object (f->progress);
  g_assert_finalize_object (f->settings);
  f->deck = NULL;
  f->progress = NULL;
  f->settings = NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ds-study-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "keyfile", NULL);
  f->now = T0;
  f->scopes = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_card_scope_free);
  open_store (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_store (f);
  g_remove (f->path);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->path);
  g_free (f->dir);
  g_ptr_array_unref (f->scopes);
}

static DsStudySession *
start_session (Fixture    *f,
               const char *essay_id,
               const char *topic)
{
  DsStudySession *session = ds_study_session_new (f->deck, scope (f, essay_id, topic));

  ds_study_session_set_clock (session, ds_test_clock_ms, &f->now);
  ds_study_session_start (session);
  return session;
}

static void
answer (DsStudySession *session,
        DsRating        rating,
        gboolean        correct)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ds_study_session_answer (session, rating, correct, &error));
  g_assert_no_error (error);
}

static void
test_modes (void)
{
  g_autoptr(GPtrArray) cards = make_cards ();
  g_autoptr(DsCard) broken = ds_card_new ("x", "e", DS_CARD_MULTIPLE_CHOICE, "Q?", "A");

  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[0]), ==, DS_STUDY_MODE_FLIP);
  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[1]), ==, DS_STUDY_MODE_LIST);
  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[2]), ==, DS_STUDY_MODE_CLOZE);
  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[3]), ==, DS_STUDY_MODE_CHOICE);
  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[4]), ==, DS_STUDY_MODE_TYPED);
  /* A long fact cannot be typed word for word. */
  g_assert_cmpint (ds_study_mode_for_card (cards->pdata[5]), ==, DS_STUDY_MODE_FLIP);
  /* A choice card without choices falls back to flipping. */
  g_assert_cmpint (ds_study_mode_for_card (broken), ==, DS_STUDY_MODE_FLIP);
}

static void
test_scopes (Fixture       *f,
             gconstpointer  data)
{
  guint n_due = 99, n_new = 99;

  ds_study_count (f->deck, scope (f, NULL, NULL), f->now, &n_due, &n_new);
  g_assert_cmpuint (n_due, ==, 0);
  g_assert_cmpuint (n_new, ==, 6);
  ds_study_count (f->deck, scope (f, "essay-b", NULL), f->now, &n_due, &n_new);
  g_assert_cmpuint (n_new, ==, 3);
  ds_study_count (f->deck, scope (f, "essay-a", "Pengantar"), f->now, &n_due, &n_new);
  g_assert_cmpuint (n_new, ==, 2);
  ds_study_count (f->deck, scope (f, "essay-b", "Pengantar"), f->now, &n_due, &n_new);
  g_assert_cmpuint (n_new, ==, 0);

  {
    g_autoptr(DsStudySession) session = start_session (f, "essay-a", "Pengantar");

    g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 2);
    g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");
  }
}

/* Every answer is in the store, synced, before answer() returns: a second
 * store opened on the same file sees it at once. */
static void
test_answer_persists (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, NULL, NULL);
  g_autofree char *first = g_strdup (ds_card_get_id (ds_study_session_get_card (session)));
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(DsSettings) other_settings = NULL;
  g_autoptr(DsProgress) other = NULL;
  DsFsrsCard state;
  DsDayStats day;

  g_assert_cmpstr (first, ==, "a1");
  answer (session, DS_RATING_GOOD, TRUE);
  /* New cards take turns by essay. */
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "b1");

  backend = g_keyfile_settings_backend_new (f->path, "/", NULL);
  other_settings = ds_settings_new_with_backend (backend, NULL);
  other = ds_progress_new (other_settings);
  g_assert_true (ds_progress_get_card (other, "a1", &state));
  g_assert_cmpint (state.state, ==, DS_FSRS_LEARNING);
  g_assert_cmpint (state.last_review, ==, T0);
  g_assert_true (ds_progress_get_day_stats (other, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, 1);
  g_assert_cmpuint (day.correct, ==, 1);
  g_assert_cmpuint (day.new_cards, ==, 1);
}

/* Stores @card_id as a Review card due at @due, answered on an earlier
 * day so that today's counts stay untouched. */
static void
set_review (Fixture    *f,
            const char *card_id,
            gint64      due)
{
  g_autoptr(GDateTime) past = g_date_time_new_from_unix_utc ((T0 - 30 * DS_DAY_MS) / 1000);
  DsFsrsCard before;
  DsFsrsCard after;

  ds_fsrs_card_init (&before, T0 - 30 * DS_DAY_MS);
  after = before;
  after.state = DS_FSRS_REVIEW;
  after.stability = 10;
  after.difficulty = 5;
  after.last_review = T0 - 30 * DS_DAY_MS;
  after.due = due;
  after.scheduled_days = 10;
  after.reps = 3;
  ds_progress_record_answer (f->progress, card_id, &before, &after,
                             DS_RATING_GOOD, TRUE, past, NULL);
}

static GStrv
queue_ids (DsStudySession *session)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv ids;

  /* Answering Easy moves new cards out of the session for days. */
  while (ds_study_session_get_card (session) != NULL)
    {
      g_strv_builder_add (builder, ds_card_get_id (ds_study_session_get_card (session)));
      answer (session, DS_RATING_EASY, TRUE);
    }
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/* Due cards first, most overdue first; then new cards in source order;
 * suspended cards never; a review due later today is due. */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_auto(GStrv) ids = NULL;
  const char *expected[] = { "b2", "a2", "a3", "a1", "b3", NULL };

  set_review (f, "a2", T0 - 1 * DS_DAY_MS);
  set_review (f, "b2", T0 - 2 * DS_DAY_MS);
  set_review (f, "a3", T0 + 6 * 3600 * 1000);   /* 16:00 today */
  set_review (f, "b1", T0 + 1 * DS_DAY_MS);        /* tomorrow */
  ds_progress_set_suspended (f->progress, "b1", TRUE);

  session = start_session (f, NULL, NULL);
  g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 5);
  ids = queue_ids (session);
  g_assert_cmpstrv (ids, expected);
}

/* A day is a calendar day in the progress' zone, not in UTC. */
static void
test_local_day (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) jakarta = g_time_zone_new_identifier ("+07:00");
  guint n_due = 0, n_new = 0;

  g_assert_nonnull (jakarta);
  ds_progress_set_time_zone (f->progress, jakarta);
  /* 16:30Z is 23:30 in Jakarta; 17:30Z is already tomorrow there. */
  f->now = T0 + 390 * DS_MINUTE_MS;
  set_review (f, "a1", T0 + 450 * DS_MINUTE_MS);
  ds_study_count (f->deck, scope (f, "essay-a", NULL), f->now, &n_due, &n_new);
  g_assert_cmpuint (n_due, ==, 0);
  /* With the topic's new card suspended, the review is what comes next. */
  ds_progress_set_suspended (f->progress, "a2", TRUE);
  g_assert_cmpint (ds_study_next_due (f->deck, scope (f, "essay-a", "Pengantar"), f->now),
                   ==, T0 + 450 * DS_MINUTE_MS);
  ds_progress_set_suspended (f->progress, "a2", FALSE);

  /* In UTC the same card is due later today, so it is due now. */
  {
    g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

    ds_progress_set_time_zone (f->progress, utc);
    ds_study_count (f->deck, scope (f, "essay-a", NULL), f->now, &n_due, &n_new);
    g_assert_cmpuint (n_due, ==, 1);
  }
}

static void
test_new_limit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_autoptr(DsStudySession) again = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  guint n_new = 0;
  gint64 next;

  ds_settings_set_new_cards_per_day (f->settings, 2);
  ds_study_count (f->deck, scope (f, NULL, NULL), f->now, NULL, &n_new);
  g_assert_cmpuint (n_new, ==, 2);

  session = start_session (f, NULL, NULL);
  g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 2);
  answer (session, DS_RATING_EASY, TRUE);

  /* One new card seen today: one left for a later session today. */
  f->now += 30 * DS_MINUTE_MS;
  again = start_session (f, NULL, NULL);
  g_assert_cmpuint (ds_study_session_get_n_remaining (again), ==, 1);
  answer (again, DS_RATING_EASY, TRUE);
  g_assert_null (ds_study_session_get_card (again));

  /* The allowance is used up: new cards wait for tomorrow's midnight. */
  ds_study_count (f->deck, scope (f, NULL, NULL), f->now, NULL, &n_new);
  g_assert_cmpuint (n_new, ==, 0);
  next = ds_study_session_get_next_due (again);
  tomorrow = g_date_time_new_utc (2026, 1, 2, 0, 0, 0);
  g_assert_cmpint (next, ==, g_date_time_to_unix (tomorrow) * 1000);

  /* Tomorrow the allowance is back. */
  ds_study_count (f->deck, scope (f, NULL, NULL), next, NULL, &n_new);
  g_assert_cmpuint (n_new, ==, 2);

  /* No new cards at all: new cards are not "due tomorrow"; the next
   * review is the earliest answered card's. */
  ds_settings_set_new_cards_per_day (f->settings, 0);
  g_assert_cmpint (ds_study_session_get_next_due (again), >, g_date_time_to_unix (tomorrow) * 1000);
}

/* A card rated Again comes back in the same session after the others; a
 * lone card comes back at once (learning ahead). */
static void
test_learning_steps (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, "essay-a", "Pengantar");

  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");
  answer (session, DS_RATING_AGAIN, FALSE);
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a2");
  f->now += 10 * 1000;
  answer (session, DS_RATING_EASY, TRUE);
  /* a1 is due a minute after its answer; it is shown early. */
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");
  f->now += 2 * DS_MINUTE_MS;
  answer (session, DS_RATING_EASY, TRUE);
  g_assert_null (ds_study_session_get_card (session));

  g_assert_cmpuint (ds_study_session_get_n_answered (session), ==, 3);
  g_assert_cmpuint (ds_study_session_get_n_correct (session), ==, 2);
  g_assert_cmpuint (ds_study_session_get_n_cards_seen (session), ==, 2);
  g_assert_cmpint (ds_study_session_get_elapsed (session), ==, 10 * 1000 + 2 * DS_MINUTE_MS);
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, "essay-a", "Pengantar");
  DsFsrsCard state;
  DsDayStats day;

  g_assert_false (ds_study_session_can_undo (session));
  answer (session, DS_RATING_AGAIN, FALSE);
  answer (session, DS_RATING_GOOD, TRUE);
  g_assert_true (ds_progress_get_card (f->progress, "a2", &state));

  g_assert_true (ds_study_session_undo (session));
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a2");
  g_assert_false (ds_progress_get_card (f->progress, "a2", &state));
  g_assert_true (ds_progress_get_day_stats (f->progress, "2026-01-01", &day));
  g_assert_cmpuint (day.reviews, ==, 1);
  g_assert_cmpuint (ds_study_session_get_n_answered (session), ==, 1);
  g_assert_cmpuint (ds_study_session_get_n_correct (session), ==, 0);

  /* Undoing the requeued Again answer: a1 is current, asked once. */
  g_assert_true (ds_study_session_undo (session));
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");
  g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 2);
  g_assert_false (ds_progress_get_day_stats (f->progress, "2026-01-01", &day));
  g_assert_false (ds_study_session_undo (session));

  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");
  answer (session, DS_RATING_EASY, TRUE);
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a2");
  answer (session, DS_RATING_EASY, TRUE);
  g_assert_null (ds_study_session_get_card (session));
  g_assert_cmpuint (ds_study_session_get_n_answered (session), ==, 2);
}

/* Undoing the last answer of a lone Again card must not ask it twice. */
static void
test_undo_lone_card (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, "essay-a", "Tren");

  g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 1);
  answer (session, DS_RATING_AGAIN, FALSE);
  /* Back at once: nothing else is left. */
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a3");
  g_assert_true (ds_study_session_undo (session));
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a3");
  g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, 1);
}

/* The preview follows the requested retention preference. */
static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  gint64 loose[4], strict[4];

  set_review (f, "a1", T0);
  session = start_session (f, "essay-a", "Pengantar");
  g_assert_cmpstr (ds_card_get_id (ds_study_session_get_card (session)), ==, "a1");

  ds_settings_set_requested_retention (f->settings, 0.8);
  g_assert_true (ds_study_session_preview (session, loose));
  ds_settings_set_requested_retention (f->settings, 0.95);
  g_assert_true (ds_study_session_preview (session, strict));
  g_assert_cmpint (loose[DS_RATING_GOOD - 1], >, strict[DS_RATING_GOOD - 1]);
  g_assert_cmpint (strict[DS_RATING_AGAIN - 1], <, strict[DS_RATING_GOOD - 1]);
  g_assert_cmpint (strict[DS_RATING_GOOD - 1], <=, strict[DS_RATING_EASY - 1]);
  /* Good on a Review card is days away. */
  g_assert_cmpint (strict[DS_RATING_GOOD - 1], >=, DS_DAY_MS - DS_MINUTE_MS);
}

/* After a session the next due time is the earliest step that was left. */
static void
test_next_due (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, "essay-b", "Sejarah");
  DsFsrsCard state;
  gint64 earliest = G_MAXINT64;

  g_assert_cmpint (ds_study_session_get_next_due (session), ==, f->now);
  while (ds_study_session_get_card (session) != NULL)
    answer (session, DS_RATING_EASY, TRUE);

  for (guint i = 0; i < 3; i++)
    {
      const char *ids[] = { "b1", "b2", "b3" };

      g_assert_true (ds_progress_get_card (f->progress, ids[i], &state));
      earliest = MIN (earliest, state.due);
    }
  g_assert_cmpint (ds_study_session_get_next_due (session), ==, earliest);
  g_assert_cmpint (earliest, >, f->now + DS_DAY_MS - DS_MINUTE_MS);
}

/* Edits are stored by card id and applied again to regenerated cards. */
static void
test_edits_survive (Fixture       *f,
                    gconstpointer  data)
{
  DsCard *card = ds_deck_lookup (f->deck, "b2");
  g_autoptr(GPtrArray) fresh = make_cards ();

  ds_deck_edit_card (f->deck, card, "Di kota mana KAA 1955?", "Bandung, Jawa Barat");
  g_assert_true (ds_deck_is_edited (f->deck, card));

  close_store (f);
  open_store (f);
  card = ds_deck_lookup (f->deck, "b2");
  g_assert_cmpstr (ds_card_get_question (card), ==, "Di kota mana KAA 1955?");
  g_assert_cmpstr (ds_card_get_answer (card), ==, "Bandung, Jawa Barat");

  /* Regeneration: new card objects, same ids. */
  ds_deck_set_cards (f->deck, fresh);
  card = ds_deck_lookup (f->deck, "b2");
  g_assert_true (card == fresh->pdata[4]);
  g_assert_cmpstr (ds_card_get_answer (card), ==, "Bandung, Jawa Barat");

  ds_deck_revert_card (f->deck, card);
  g_assert_cmpstr (ds_card_get_answer (card), ==, "Bandung");
  g_assert_false (ds_deck_is_edited (f->deck, card));
}

/* A list card's items are edited one per line, persist, and are what list
 * recall grades against; reverting brings the generated ones back. */
static void
test_edit_list_items (Fixture       *f,
                      gconstpointer  data)
{
  DsCard *card = ds_deck_lookup (f->deck, "a2");
  const char *typed[] = { "ekonomi", NULL };
  const char *edited[] = { "diplomasi publik", "keamanan siber", "media sosial", "aspek ekonomi", NULL };
  g_auto(DsListGrade) before = { 0, };
  g_auto(DsListGrade) after = { 0, };

  before = ds_grading_grade_list (ds_card_get_items (card), typed);
  g_assert_cmpuint (before.n_matched, ==, 0);

  ds_deck_edit_card (f->deck, card, ds_card_get_question (card),
                     "diplomasi publik\nkeamanan siber\nmedia sosial\naspek ekonomi\n");
  g_assert_cmpstrv (ds_card_get_items (card), edited);
  after = ds_grading_grade_list (ds_card_get_items (card), typed);
  g_assert_cmpuint (after.n_matched, ==, 1);
  g_assert_cmpint (after.given_item[0], ==, 3);

  /* Persisted as card edits are: a new store on the same file has them. */
  close_store (f);
  open_store (f);
  card = ds_deck_lookup (f->deck, "a2");
  g_assert_true (ds_deck_is_edited (f->deck, card));
  g_assert_cmpstrv (ds_card_get_items (card), edited);

  /* The generated items, one per line again, are no edit. */
  ds_deck_edit_card (f->deck, card, ds_card_get_question (card),
                     "diplomasi publik\nkeamanan siber\nmedia sosial");
  g_assert_false (ds_deck_is_edited (f->deck, card));
  ds_deck_edit_card (f->deck, card, ds_card_get_question (card), "diplomasi publik\nekonomi");
  ds_deck_revert_card (f->deck, card);
  g_assert_cmpuint (g_strv_length ((char **) ds_card_get_items (card)), ==, 3);
  g_assert_false (ds_deck_is_edited (f->deck, card));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, "no-such-essay", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (ds_study_session_get_card (session));
  g_assert_cmpint (ds_study_session_get_next_due (session), ==, -1);
  g_assert_false (ds_study_session_answer (session, DS_RATING_GOOD, TRUE, &error));
  g_assert_error (error, DS_STUDY_SESSION_ERROR, DS_STUDY_SESSION_ERROR_NO_CARD);
}

/* Cards of two claims in essay-x and two in essay-y; the cards of one
 * claim share its source span. */
static void
use_sibling_cards (Fixture *f)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  static const struct {
    const char *id, *essay;
    guint start, end;
  } specs[] = {
    { "x1a", "essay-x", 0, 50 }, { "x1b", "essay-x", 0, 50 }, { "x1c", "essay-x", 10, 40 },
    { "x2a", "essay-x", 60, 100 }, { "x2b", "essay-x", 60, 100 },
    { "y1a", "essay-y", 0, 40 }, { "y1b", "essay-y", 0, 40 }, { "y2", "essay-y", 50, 80 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autofree char *question = g_strdup_printf ("Pertanyaan %s?", specs[i].id);
      DsCard *card = ds_test_card_new (specs[i].id, specs[i].essay, NULL, DS_CARD_DEFINITION,
                                       question, "Jawaban");

      ds_card_set_source (card, specs[i].start, specs[i].end, "Kalimat sumber.");
      g_ptr_array_add (cards, card);
    }
  ds_deck_set_cards (f->deck, cards);
}

static void
test_siblings (void)
{
  g_autoptr(DsCard) a = ds_card_new ("a", "e", DS_CARD_FACT, "Q?", "A");
  g_autoptr(DsCard) b = ds_card_new ("b", "e", DS_CARD_FACT, "Q?", "A");
  g_autoptr(DsCard) c = ds_card_new ("c", "f", DS_CARD_FACT, "Q?", "A");

  /* Without spans nothing ties two cards together. */
  g_assert_false (ds_study_cards_are_siblings (a, b));
  ds_card_set_source (a, 10, 20, "S.");
  ds_card_set_source (b, 15, 30, "S.");
  ds_card_set_source (c, 10, 20, "S.");
  g_assert_true (ds_study_cards_are_siblings (a, b));
  g_assert_false (ds_study_cards_are_siblings (a, a));
  /* The same span in another essay is another claim. */
  g_assert_false (ds_study_cards_are_siblings (a, c));
  ds_card_set_source (b, 20, 30, "S.");
  g_assert_false (ds_study_cards_are_siblings (a, b));
}

/* Answers the session through with @rating, the clock moving @step_ms
 * between answers; returns the ids in the order asked. Asserts that no
 * card follows its sibling. */
static GStrv
answer_all (Fixture        *f,
            DsStudySession *session,
            DsRating        rating,
            gint64          step_ms)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(DsCard) prev = NULL;

  while (ds_study_session_get_card (session) != NULL)
    {
      DsCard *card = ds_study_session_get_card (session);

      g_assert_false (ds_study_cards_are_siblings (prev, card));
      g_strv_builder_add (builder, ds_card_get_id (card));
      g_set_object (&prev, card);
      answer (session, rating, rating > DS_RATING_AGAIN);
      f->now += step_ms;
    }
  return g_strv_builder_end (builder);
}

/* Due siblings are spread apart; new siblings of cards asked today wait
 * for another day. */
static void
test_siblings_apart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_autoptr(DsStudySession) tomorrow = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) later = NULL;
  guint n_new = 0;

  use_sibling_cards (f);
  /* Most overdue first would ask x1a, x1b, x2a, y1a, y1b in a row. */
  set_review (f, "x1a", T0 - 5 * DS_DAY_MS);
  set_review (f, "x1b", T0 - 4 * DS_DAY_MS);
  set_review (f, "x2a", T0 - 3 * DS_DAY_MS);
  set_review (f, "y1a", T0 - 2 * DS_DAY_MS);
  set_review (f, "y1b", T0 - 1 * DS_DAY_MS);

  session = start_session (f, NULL, NULL);
  ids = answer_all (f, session, DS_RATING_GOOD, DS_MINUTE_MS);
  /* x1c, x2b are buried behind their due siblings; y2 is new and free. */
  g_assert_cmpuint (g_strv_length (ids), ==, 7);   /* y2 twice: a learning step */
  g_assert_true (g_strv_contains ((const char * const *) ids, "y2"));
  g_assert_false (g_strv_contains ((const char * const *) ids, "x1c"));
  g_assert_false (g_strv_contains ((const char * const *) ids, "x2b"));
  ds_study_count (f->deck, NULL, f->now, NULL, &n_new);
  g_assert_cmpuint (n_new, ==, 0);
  /* They come back tomorrow, as the next review says. */
  g_assert_cmpint (ds_study_session_get_next_due (session), <=, T0 + 14 * 3600 * 1000);

  f->now = T0 + DS_DAY_MS;
  ds_study_count (f->deck, NULL, f->now, NULL, &n_new);
  g_assert_cmpuint (n_new, ==, 2);
  tomorrow = start_session (f, NULL, NULL);
  later = answer_all (f, tomorrow, DS_RATING_GOOD, DS_MINUTE_MS);
  g_assert_true (g_strv_contains ((const char * const *) later, "x1c"));
  g_assert_true (g_strv_contains ((const char * const *) later, "x2b"));
}

/* Of the new siblings of a claim one comes a day; once it is answered the
 * others wait for the next day, in every session of the day. */
static void
test_siblings_buried (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_autoptr(DsStudySession) again = NULL;
  g_auto(GStrv) ids = NULL;
  const char *expected[] = { "x1a", "y1a", "y2", "x2a", NULL };

  use_sibling_cards (f);
  session = start_session (f, NULL, NULL);
  /* Essays take turns; a buried card gives its turn to the next. */
  ids = queue_ids (session);
  g_assert_cmpstrv (ids, expected);
  g_assert_cmpuint (ds_study_count_waiting_new (f->deck, NULL, f->now), ==, 0);

  f->now += DS_HOUR_MS;
  again = start_session (f, NULL, NULL);
  g_assert_null (ds_study_session_get_card (again));
  /* Tomorrow the buried ones come. */
  g_assert_cmpint (ds_study_session_get_next_due (again), ==, T0 + 14 * DS_HOUR_MS);
}

/* "All due" takes new cards from each essay in turn. */
static void
test_interleave (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_auto(GStrv) ids = NULL;
  const char *expected[] = { "a1", "b1", "a2", "b2", NULL };

  ds_settings_set_new_cards_per_day (f->settings, 4);
  session = start_session (f, NULL, NULL);
  ids = queue_ids (session);
  g_assert_cmpstrv (ids, expected);
}

/* The figure left goes down by one with every Good answer, learning steps
 * that come back counted in from the start, and ends at zero. */
static void
test_left_counts_down (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DsStudySession) session = start_session (f, NULL, NULL);
  guint left = ds_study_session_get_n_left (session);
  guint n_answers = 0;

  /* More answers than cards: new cards have learning steps. */
  g_assert_cmpuint (left, >, ds_study_session_get_n_remaining (session));
  while (ds_study_session_get_card (session) != NULL)
    {
      answer (session, DS_RATING_GOOD, TRUE);
      n_answers++;
      g_assert_cmpuint (ds_study_session_get_n_left (session), ==, left - 1);
      left = ds_study_session_get_n_left (session);
      f->now += 11 * DS_MINUTE_MS;
    }
  g_assert_cmpuint (left, ==, 0);
  g_assert_cmpuint (n_answers, >, 6);

  /* A failed card adds its steps back. */
  {
    g_autoptr(DsStudySession) more = NULL;

    f->now = T0 + 3 * DS_DAY_MS;
    ds_settings_set_new_cards_per_day (f->settings, 0);
    set_review (f, "a1", f->now - DS_HOUR_MS);
    more = start_session (f, "essay-a", NULL);
    left = ds_study_session_get_n_left (more);
    /* Reviews are one answer each... */
    g_assert_cmpuint (left, ==, ds_study_session_get_n_remaining (more));
    g_assert_cmpuint (left, >, 0);
    /* ...and a lapse comes back for its relearning step. */
    answer (more, DS_RATING_AGAIN, FALSE);
    g_assert_cmpuint (ds_study_session_get_n_left (more), ==, left);
  }
}

/* New cards held back by the daily limit can be studied on request. */
static void
test_extra_new (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsStudySession) session = NULL;
  g_autoptr(DsStudySession) more = NULL;

  ds_settings_set_new_cards_per_day (f->settings, 2);
  g_assert_cmpuint (ds_study_count_waiting_new (f->deck, NULL, f->now), ==, 4);
  session = start_session (f, NULL, NULL);
  while (ds_study_session_get_card (session) != NULL)
    answer (session, DS_RATING_EASY, TRUE);
  g_assert_cmpuint (ds_study_count_waiting_new (f->deck, NULL, f->now), ==, 4);

  more = ds_study_session_new (f->deck, NULL);
  ds_study_session_set_clock (more, ds_test_clock_ms, &f->now);
  ds_study_session_set_extra_new (more, 3);
  g_assert_cmpuint (ds_study_session_start (more), ==, 3);
  while (ds_study_session_get_card (more) != NULL)
    answer (more, DS_RATING_EASY, TRUE);
  g_assert_cmpuint (ds_study_count_waiting_new (f->deck, NULL, f->now), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/study-session/modes", test_modes);
  ADD ("/study-session/scopes", test_scopes);
  ADD ("/study-session/answer-persists", test_answer_persists);
  ADD ("/study-session/order", test_order);
  ADD ("/study-session/local-day", test_local_day);
  ADD ("/study-session/new-limit", test_new_limit);
  ADD ("/study-session/learning-steps", test_learning_steps);
  ADD ("/study-session/undo", test_undo);
  ADD ("/study-session/undo-lone-card", test_undo_lone_card);
  ADD ("/study-session/retention", test_retention);
  ADD ("/study-session/next-due", test_next_due);
  ADD ("/study-session/edits-survive", test_edits_survive);
  ADD ("/study-session/empty", test_empty);
  ADD ("/study-session/edit-list-items", test_edit_list_items);
  g_test_add_func ("/study-session/siblings", test_siblings);
  ADD ("/study-session/siblings-apart", test_siblings_apart);
  ADD ("/study-session/siblings-buried", test_siblings_buried);
  ADD ("/study-session/interleave", test_interleave);
  ADD ("/study-session/left-counts-down", test_left_counts_down);
  ADD ("/study-session/extra-new", test_extra_new);

  return g_test_run ();
}
