/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-quiz-live.h"
#include "ds-test-core.h"

/*
 * A quiz run driving a class live room: which slides are asked, answers
 * counted as hands on their slide, reveal, the countdown closing answers,
 * moving away closing them, the summary, and stopping. The server listens
 * on 127.0.0.1 only; students join and answer through the room itself.
 */

#define LOCALHOST "127.0.0.1"

/* Two questions with options, one open question between them, a summary. */
static DsQuizRun *
quiz (void)
{
  static const char * const who[] = { "Kedutaan", "Kemlu", "Parlemen", "Presiden", NULL };
  static const char * const truth[] = { "Benar", "Salah", NULL };
  g_autoptr(GPtrArray) slides = g_ptr_array_new ();
  DsSlide *open = ds_slide_new (DS_SLIDE_QUESTION, "Apa itu diplomasi digital?");

  open->answer = g_strdup ("Diplomasi dengan alat digital.");
  g_ptr_array_add (slides, ds_test_question_slide ("Siapa yang menjalankan diplomasi digital?", who, 1));
  g_ptr_array_add (slides, open);
  g_ptr_array_add (slides, ds_test_question_slide ("Diplomasi siber sama dengan diplomasi digital.", truth, 1));
  g_ptr_array_add (slides, ds_slide_new (DS_SLIDE_SUMMARY, NULL));
  return ds_quiz_run_new (DS_QUIZ_RUN_QUIZ, slides);
}

static guint
join (DsRoom     *room,
      const char *nickname)
{
  g_autofree char *token = NULL;
  g_autoptr(GError) error = NULL;
  guint seat = ds_room_join (room, "KXY7", nickname, &token, &error);

  g_assert_no_error (error);
  return seat;
}

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
test_askable (void)
{
  g_autoptr(DsQuizRun) run = quiz ();
  static const char * const five[] = { "a", "b", "c", "d", "e", NULL };
  g_autoptr(DsSlide) too_many = ds_test_question_slide ("?", five, 0);

  g_assert_true (ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, 0)));
  g_assert_false (ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, 1)));
  g_assert_true (ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, 2)));
  g_assert_false (ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, 3)));
  g_assert_false (ds_quiz_live_slide_is_askable (too_many));
  g_assert_false (ds_quiz_live_slide_is_askable (NULL));
}

static void
test_flow (void)
{
  g_autoptr(DsQuizRun) run = quiz ();
  g_autoptr(DsQuizLive) live = ds_quiz_live_new (run, "KXY7");
  DsRoom *room = ds_quiz_live_get_room (live);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) late = NULL;
  guint sari, budi, rizky;

  /* Nothing is asked, nothing listens, before it is started. */
  g_assert_cmpuint (ds_room_get_n_planned (room), ==, 2);
  g_assert_false (ds_quiz_live_is_running (live));
  g_assert_false (ds_room_server_is_running (ds_quiz_live_get_server (live)));
  g_assert_cmpuint (ds_quiz_live_get_n_asked (live), ==, 0);

  g_assert_true (ds_quiz_live_start (live, LOCALHOST, 0, &error));
  g_assert_no_error (error);
  g_assert_true (ds_room_server_is_running (ds_quiz_live_get_server (live)));
  /* The first slide is a question: asked at once. */
  g_assert_cmpint (ds_quiz_live_get_question (live, 0), ==, 0);
  g_assert_true (ds_quiz_live_is_open (live));

  sari = join (room, "Sari");
  budi = join (room, "Budi");
  rizky = join (room, "Rizky");
  g_assert_true (ds_room_answer (room, sari, 0, 1, NULL));
  g_assert_true (ds_room_answer (room, budi, 0, 1, NULL));
  g_assert_true (ds_room_answer (room, rizky, 0, 3, NULL));
  /* Answers are hands on the slide. */
  g_assert_cmpuint (ds_quiz_live_get_n_answered (live), ==, 3);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 0, 1), ==, 2);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 0, 3), ==, 1);
  g_assert_cmpuint (ds_quiz_run_get_total_hands (run, 0), ==, 3);

  /* The run's reveal reveals it on the phones. */
  ds_quiz_run_next (run);
  g_assert_true (ds_quiz_run_get_answer_revealed (run));
  g_assert_cmpint (ds_room_get_state (room), ==, DS_ROOM_REVEALED);
  g_assert_false (ds_quiz_live_is_open (live));

  /* An open question cannot be asked: the room's question closes, no
   * new one. */
  ds_quiz_run_next (run);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 1);
  g_assert_cmpint (ds_quiz_live_get_question (live, 1), ==, -1);
  g_assert_cmpuint (ds_quiz_live_get_n_asked (live), ==, 1);
  g_assert_cmpuint (ds_quiz_live_get_n_answered (live), ==, 0);

  /* The true/false slide: asked as question 1; moving back closes it and
   * does not ask the first slide again. */
  ds_quiz_run_go_to (run, 2);
  g_assert_cmpint (ds_quiz_live_get_question (live, 2), ==, 1);
  g_assert_true (ds_quiz_live_is_open (live));
  ds_quiz_run_go_to (run, 0);
  g_assert_cmpint (ds_room_get_state (room), ==, DS_ROOM_CLOSED);
  g_assert_false (ds_room_answer (room, sari, 1, 0, &late));
  g_assert_error (late, DS_ROOM_ERROR, DS_ROOM_ERROR_CLOSED);
  g_assert_cmpuint (ds_quiz_live_get_n_asked (live), ==, 2);

  /* The summary slide shows the room's summary. */
  ds_quiz_run_last (run);
  g_assert_cmpint (ds_room_get_state (room), ==, DS_ROOM_SUMMARY);
  g_assert_cmpuint (ds_room_get_percent_correct (room, 0), ==, 67);

  ds_quiz_live_stop (live);
  g_assert_false (ds_quiz_live_is_running (live));
  g_assert_false (ds_room_server_is_running (ds_quiz_live_get_server (live)));
  /* The results stay for the summary and the CSV. */
  g_assert_cmpuint (ds_room_get_n_answers (room, 0), ==, 3);
}

/* The run's countdown reaching zero closes the answers. */
static void
test_countdown (void)
{
  g_autoptr(DsQuizRun) run = quiz ();
  g_autoptr(DsQuizLive) live = ds_quiz_live_new (run, "KXY7");
  DsRoom *room = ds_quiz_live_get_room (live);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) late = NULL;
  guint sari;

  fake_now = 1000 * G_USEC_PER_SEC;
  ds_quiz_run_set_clock (run, fake_clock, NULL);
  ds_quiz_run_set_countdown_seconds (run, 20);
  g_assert_true (ds_quiz_live_start (live, LOCALHOST, 0, &error));
  sari = join (room, "Sari");
  ds_quiz_run_go_to (run, 2);
  ds_quiz_run_toggle_countdown (run);

  /* Still open a moment before zero. */
  fake_now += 19 * G_USEC_PER_SEC;
  ds_quiz_run_tick (run);
  g_assert_true (ds_quiz_live_is_open (live));
  fake_now += 1 * G_USEC_PER_SEC;
  ds_quiz_run_tick (run);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_EXPIRED);
  g_assert_cmpint (ds_room_get_state (room), ==, DS_ROOM_CLOSED);
  g_assert_false (ds_quiz_live_is_open (live));
  g_assert_false (ds_room_answer (room, sari, 1, 0, &late));
  g_assert_error (late, DS_ROOM_ERROR, DS_ROOM_ERROR_CLOSED);
  g_assert_cmpuint (ds_quiz_run_get_total_hands (run, 2), ==, 0);
}

/* Started on a slide already revealed: nothing to ask there. */
static void
test_start_revealed (void)
{
  g_autoptr(DsQuizRun) run = quiz ();
  g_autoptr(DsQuizLive) live = ds_quiz_live_new (run, NULL);
  g_autoptr(GError) error = NULL;

  ds_quiz_run_next (run);
  g_assert_true (ds_quiz_live_start (live, LOCALHOST, 0, &error));
  g_assert_cmpint (ds_quiz_live_get_question (live, 0), ==, -1);
  g_assert_cmpuint (ds_quiz_live_get_n_asked (live), ==, 0);
  g_assert_cmpuint (strlen (ds_room_get_code (ds_quiz_live_get_room (live))), ==,
                    DS_ROOM_CODE_LENGTH);
  ds_quiz_run_go_to (run, 2);
  g_assert_cmpint (ds_quiz_live_get_question (live, 2), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz-live/askable", test_askable);
  g_test_add_func ("/quiz-live/flow", test_flow);
  g_test_add_func ("/quiz-live/countdown", test_countdown);
  g_test_add_func ("/quiz-live/start-revealed", test_start_revealed);

  return g_test_run ();
}
