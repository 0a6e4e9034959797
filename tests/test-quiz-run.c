/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-monitor-choice.h"
#include "ds-presentation-palette.h"
#include "ds-generator.h"
#include "ds-quiz-cards.h"
#include "ds-quiz-class.h"
#include "ds-quiz-run.h"
#include "ds-test-core.h"

static DsCard *
list_card (const char *id,
           const char *essay_id,
           const char *topic,
           guint       n_items)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  DsCard *card = ds_card_new (id, essay_id, DS_CARD_LIST,
                              "Sebutkan tren global", NULL);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_strdup_printf ("item %u", i + 1));
  g_ptr_array_add (items, NULL);
  ds_card_set_items (card, (const char * const *) items->pdata);
  ds_card_set_topic (card, topic);
  return card;
}

static DsCard *
definition_card (const char *id,
                 const char *essay_id,
                 const char *topic)
{
  DsCard *card = ds_card_new (id, essay_id, DS_CARD_DEFINITION,
                              "Apa yang dimaksud dengan diplomasi digital?",
                              "Diplomasi dengan alat digital");

  ds_card_set_topic (card, topic);
  return card;
}

static DsCard *
choice_card (const char *id,
             guint       n_choices,
             int         correct)
{
  static const char * const letters[] = { "satu", "dua", "tiga", "empat", "lima", "enam" };
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  DsCard *card = ds_card_new (id, "e1", DS_CARD_MULTIPLE_CHOICE,
                              "Pilih yang benar", letters[correct]);

  for (guint i = 0; i < n_choices; i++)
    g_ptr_array_add (choices, (gpointer) letters[i]);
  g_ptr_array_add (choices, NULL);
  ds_card_set_choices (card, (const char * const *) choices->pdata, correct);
  return card;
}

/* A quiz: a 3-item list, a definition, a multiple choice, then summary. */
static DsQuizRun *
make_quiz (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cards, list_card ("c1", "e1", "Tren", 3));
  g_ptr_array_add (cards, definition_card ("c2", "e1", "Definisi"));
  g_ptr_array_add (cards, choice_card ("c3", 4, 2));
  return ds_quiz_run_new_quiz (cards, NULL);
}

static DsQuizRun *
make_claims (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cards, list_card ("c1", "e1", "Tren", 3));
  g_ptr_array_add (cards, choice_card ("c2", 4, 1));
  g_ptr_array_add (cards, definition_card ("c3", "e1", "Definisi"));
  return ds_quiz_run_new_claims (cards, NULL);
}

static void
count_changed_cb (DsQuizRun *run,
                  guint     *count)
{
  (*count)++;
}

static void
test_claims_deck (void)
{
  g_autoptr(DsQuizRun) run = make_claims ();
  const DsSlide *slide;

  /* The multiple-choice card is not a key claim; no summary in a walk. */
  g_assert_cmpuint (ds_quiz_run_get_n_slides (run), ==, 2);
  g_assert_cmpint (ds_quiz_run_get_mode (run), ==, DS_QUIZ_RUN_CLAIMS);
  slide = ds_quiz_run_get_slide (run, 0);
  g_assert_cmpint (slide->kind, ==, DS_SLIDE_CLAIM);
  g_assert_cmpstr (slide->heading, ==, "Tren");
  g_assert_cmpstr (slide->card_id, ==, "c1");
  g_assert_cmpuint (ds_slide_get_n_items (slide), ==, 3);
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 3);
  slide = ds_quiz_run_get_slide (run, 1);
  g_assert_cmpstr (slide->answer, ==, "Diplomasi dengan alat digital");
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 1);
}

static void
test_claims_reveal_items (void)
{
  g_autoptr(DsQuizRun) run = make_claims ();
  guint changed = 0;

  g_signal_connect (run, "changed", G_CALLBACK (count_changed_cb), &changed);

  /* The question alone, then one item per press. */
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 0);
  for (guint i = 1; i <= 3; i++)
    {
      g_assert_true (ds_quiz_run_next (run));
      g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);
      g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, i);
    }
  g_assert_cmpuint (changed, ==, 3);

  /* Then the next claim, its answer hidden, then shown. */
  g_assert_true (ds_quiz_run_next (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 1);
  g_assert_false (ds_quiz_run_get_answer_revealed (run));
  g_assert_true (ds_quiz_run_next (run));
  g_assert_true (ds_quiz_run_get_answer_revealed (run));

  /* At the very end, next does nothing and says so. */
  g_assert_false (ds_quiz_run_next (run));
  g_assert_cmpuint (changed, ==, 5);

  /* Back hides the answer, then returns to the list fully revealed, then
   * takes the items back one by one. */
  g_assert_true (ds_quiz_run_back (run));
  g_assert_false (ds_quiz_run_get_answer_revealed (run));
  g_assert_true (ds_quiz_run_back (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 3);
  g_assert_true (ds_quiz_run_back (run));
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 2);
  g_assert_true (ds_quiz_run_back (run));
  g_assert_true (ds_quiz_run_back (run));
  g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 0);
  g_assert_false (ds_quiz_run_back (run));
}

static void
test_quiz_deck (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();
  const DsSlide *slide;

  g_assert_cmpuint (ds_quiz_run_get_n_slides (run), ==, 4);
  slide = ds_quiz_run_get_slide (run, 3);
  g_assert_cmpint (slide->kind, ==, DS_SLIDE_SUMMARY);
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 0);

  /* A list question reveals all its items at once. */
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 0);
  g_assert_true (ds_quiz_run_next (run));
  g_assert_true (ds_quiz_run_get_answer_revealed (run));
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 3);

  /* Options keep no answer text: the marked option is the answer. */
  slide = ds_quiz_run_get_slide (run, 2);
  g_assert_cmpuint (ds_slide_get_n_choices (slide), ==, 4);
  g_assert_cmpint (slide->correct_choice, ==, 2);
  g_assert_null (slide->answer);
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 1);

  g_assert_true (ds_quiz_run_get_next_slide (run) == ds_quiz_run_get_slide (run, 1));
  g_assert_true (ds_quiz_run_last (run));
  g_assert_null (ds_quiz_run_get_next_slide (run));
}

static void
test_choices_capped (void)
{
  g_autoptr(DsCard) late = choice_card ("c", 6, 5);
  g_autoptr(DsCard) early = choice_card ("d", 6, 0);
  g_autoptr(DsSlide) a = ds_slide_new_from_card (late, DS_SLIDE_QUESTION, NULL);
  g_autoptr(DsSlide) b = ds_slide_new_from_card (early, DS_SLIDE_QUESTION, "Judul");

  /* Only A–D exist; the right option must survive the cut. */
  g_assert_cmpuint (ds_slide_get_n_choices (a), ==, 4);
  g_assert_cmpint (a->correct_choice, ==, 3);
  g_assert_cmpstr (a->choices[3], ==, "enam");
  g_assert_cmpstr (a->choices[0], ==, "satu");
  g_assert_cmpuint (ds_slide_get_n_choices (b), ==, 4);
  g_assert_cmpint (b->correct_choice, ==, 0);
  g_assert_cmpstr (b->choices[3], ==, "empat");
  g_assert_cmpstr (b->essay_title, ==, "Judul");
}

static void
test_home_end_go_to (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();

  g_assert_false (ds_quiz_run_first (run));
  g_assert_true (ds_quiz_run_last (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 3);
  g_assert_false (ds_quiz_run_last (run));
  g_assert_true (ds_quiz_run_first (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);

  /* A jump shows the slide from its first step. */
  ds_quiz_run_next (run);
  g_assert_true (ds_quiz_run_go_to (run, 2));
  g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 0);
  g_assert_false (ds_quiz_run_go_to (run, 4));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 2);
}

static void
test_jump_digits (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();

  /* "3 Enter" goes to the third slide (numbers are 1-based). */
  g_assert_true (ds_quiz_run_push_digit (run, 3));
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "3");
  g_assert_true (ds_quiz_run_enter (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 2);
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "");

  /* "0 1 Enter" is slide 1. */
  ds_quiz_run_push_digit (run, 0);
  ds_quiz_run_push_digit (run, 1);
  g_assert_true (ds_quiz_run_enter (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);

  /* Out of range: dropped, nothing moves. */
  ds_quiz_run_push_digit (run, 9);
  g_assert_false (ds_quiz_run_enter (run));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "");
  ds_quiz_run_push_digit (run, 0);
  g_assert_false (ds_quiz_run_enter (run));

  /* Enter without digits is "next": it reveals. */
  g_assert_true (ds_quiz_run_enter (run));
  g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 1);

  /* Any other move drops a half-typed number. */
  ds_quiz_run_push_digit (run, 2);
  ds_quiz_run_back (run);
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "");

  /* The buffer is bounded. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (ds_quiz_run_push_digit (run, 1));
  g_assert_false (ds_quiz_run_push_digit (run, 1));
  ds_quiz_run_clear_digits (run);
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "");
}

static void
test_blank (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();

  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  ds_quiz_run_toggle_blank (run, DS_BLANK_BLACK);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_BLACK);
  ds_quiz_run_toggle_blank (run, DS_BLANK_WHITE);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_WHITE);
  ds_quiz_run_toggle_blank (run, DS_BLANK_WHITE);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);

  /* While blanked, next brings the slide back without moving on. */
  ds_quiz_run_toggle_blank (run, DS_BLANK_BLACK);
  g_assert_true (ds_quiz_run_next (run));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 0);

  ds_quiz_run_toggle_blank (run, DS_BLANK_WHITE);
  g_assert_true (ds_quiz_run_back (run));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);

  /* A deliberate jump also unblanks, and moves. */
  ds_quiz_run_toggle_blank (run, DS_BLANK_BLACK);
  g_assert_true (ds_quiz_run_last (run));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 3);
}

static void
test_tally (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();
  DsQuizSummary summary;

  /* No options on the first slide: nothing to count. */
  g_assert_false (ds_quiz_run_add_hand (run, 0, 1));

  ds_quiz_run_go_to (run, 2);
  for (guint i = 0; i < 5; i++)
    g_assert_true (ds_quiz_run_add_hand (run, 0, 1));
  for (guint i = 0; i < 12; i++)
    g_assert_true (ds_quiz_run_add_hand (run, 2, 1));
  g_assert_true (ds_quiz_run_add_hand (run, 3, 1));
  g_assert_true (ds_quiz_run_add_hand (run, 3, -1));
  g_assert_false (ds_quiz_run_add_hand (run, 3, -1));
  g_assert_false (ds_quiz_run_add_hand (run, 4, 1));

  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 0), ==, 5);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 1), ==, 0);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 2), ==, 12);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 3), ==, 0);
  g_assert_cmpuint (ds_quiz_run_get_total_hands (run, 2), ==, 17);

  /* The tally belongs to its slide and survives moving around. */
  ds_quiz_run_first (run);
  ds_quiz_run_last (run);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 2), ==, 12);
  g_assert_false (ds_quiz_run_add_hand (run, 0, 1));

  ds_quiz_run_get_summary (run, &summary);
  g_assert_cmpuint (summary.n_questions, ==, 3);
  g_assert_cmpuint (summary.n_tallied, ==, 1);
  g_assert_cmpuint (summary.total_hands, ==, 17);
  g_assert_cmpuint (summary.correct_hands, ==, 12);
  g_assert_cmpint (summary.hardest_index, ==, 2);
  g_assert_cmpfloat_with_epsilon (summary.hardest_share, 12.0 / 17.0, 1e-9);
}

static void
test_summary_hardest (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsQuizRun) run = NULL;
  DsQuizSummary summary;

  g_ptr_array_add (cards, choice_card ("a", 4, 0));
  g_ptr_array_add (cards, choice_card ("b", 2, 1));
  g_ptr_array_add (cards, choice_card ("c", 3, 2));
  run = ds_quiz_run_new_quiz (cards, NULL);

  ds_quiz_run_get_summary (run, &summary);
  g_assert_cmpuint (summary.n_tallied, ==, 0);
  g_assert_cmpint (summary.hardest_index, ==, -1);

  ds_quiz_run_add_hand (run, 0, 1);  /* a: 1 of 2 right */
  ds_quiz_run_add_hand (run, 1, 1);
  ds_quiz_run_next (run);
  ds_quiz_run_next (run);
  ds_quiz_run_add_hand (run, 0, 1);  /* b: 0 of 3 right */
  ds_quiz_run_add_hand (run, 0, 1);
  ds_quiz_run_add_hand (run, 0, 1);
  ds_quiz_run_next (run);
  ds_quiz_run_next (run);            /* c: left untallied */

  ds_quiz_run_get_summary (run, &summary);
  g_assert_cmpuint (summary.n_questions, ==, 3);
  g_assert_cmpuint (summary.n_tallied, ==, 2);
  g_assert_cmpuint (summary.total_hands, ==, 5);
  g_assert_cmpuint (summary.correct_hands, ==, 1);
  g_assert_cmpint (summary.hardest_index, ==, 1);
  g_assert_cmpfloat (summary.hardest_share, ==, 0.0);
}

static void
test_countdown (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();
  gint64 clock = 1000 * G_USEC_PER_SEC;  /* a fake clock, moved by hand */

  ds_quiz_run_set_clock (run, ds_test_clock_us, &clock);
  ds_quiz_run_set_countdown_seconds (run, 30);
  g_assert_cmpuint (ds_quiz_run_get_countdown_seconds (run), ==, 30);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_IDLE);
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 30);
  g_assert_cmpfloat (ds_quiz_run_get_countdown_fraction (run), ==, 1.0);

  /* T starts it; time passes only when the fake clock says so. */
  g_assert_true (ds_quiz_run_toggle_countdown (run));
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_RUNNING);
  clock += 10 * G_USEC_PER_SEC + 500000;
  g_assert_false (ds_quiz_run_tick (run));
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 20);
  g_assert_cmpfloat_with_epsilon (ds_quiz_run_get_countdown_fraction (run), 19.5 / 30, 1e-9);

  /* T again pauses: the clock moves, the countdown does not. */
  ds_quiz_run_toggle_countdown (run);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_PAUSED);
  clock += 100 * G_USEC_PER_SEC;
  g_assert_false (ds_quiz_run_tick (run));
  g_assert_cmpint (ds_quiz_run_get_countdown_remaining (run), ==, 19500000);

  /* Resume, and run out: the tick reports expiry once. */
  ds_quiz_run_toggle_countdown (run);
  clock += 19 * G_USEC_PER_SEC;
  g_assert_false (ds_quiz_run_tick (run));
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 1);
  clock += 500000;
  g_assert_true (ds_quiz_run_tick (run));
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_EXPIRED);
  g_assert_false (ds_quiz_run_tick (run));
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 0);
  g_assert_cmpfloat (ds_quiz_run_get_countdown_fraction (run), ==, 0.0);

  /* Expiry does not reveal: the lecturer does. */
  g_assert_false (ds_quiz_run_get_answer_revealed (run));

  /* T after expiry starts a fresh countdown. */
  ds_quiz_run_toggle_countdown (run);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_RUNNING);
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 30);

  /* Revealing ends the countdown. */
  ds_quiz_run_next (run);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_IDLE);

  /* T when the time ran out before a tick starts afresh, never pauses
   * at zero. */
  ds_quiz_run_next (run);
  ds_quiz_run_toggle_countdown (run);
  clock += 31 * G_USEC_PER_SEC;
  ds_quiz_run_toggle_countdown (run);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_RUNNING);
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 30);
}

static void
test_countdown_moves (void)
{
  g_autoptr(DsQuizRun) run = make_quiz ();
  gint64 clock = 0;  /* a fake clock, moved by hand */

  ds_quiz_run_set_clock (run, ds_test_clock_us, &clock);
  ds_quiz_run_set_countdown_seconds (run, 5);

  /* Changing slides ends a running countdown. */
  ds_quiz_run_toggle_countdown (run);
  clock += G_USEC_PER_SEC;
  ds_quiz_run_go_to (run, 1);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_IDLE);
  g_assert_cmpuint (ds_quiz_run_get_countdown_display_seconds (run), ==, 5);

  /* No countdown on the summary. */
  ds_quiz_run_last (run);
  g_assert_false (ds_quiz_run_toggle_countdown (run));
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_IDLE);

  /* The real clock is back when the fake one is removed. */
  ds_quiz_run_set_clock (run, NULL, NULL);
  g_assert_cmpint (ds_quiz_run_now (run), >, 0);
}

static void
test_select_cards (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsCardScope) odd = ds_card_scope_new ("odd", NULL);
  g_autoptr(DsCardScope) awal = ds_card_scope_new (NULL, "Awal");
  g_autoptr(GPtrArray) essay = NULL;
  g_autoptr(GPtrArray) topic = NULL;
  g_autoptr(GPtrArray) mix1 = NULL;
  g_autoptr(GPtrArray) mix2 = NULL;
  g_autoptr(GPtrArray) mix3 = NULL;
  g_autoptr(GPtrArray) few = NULL;
  gboolean same = TRUE, moved = FALSE;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%02u", i);

      g_ptr_array_add (cards, definition_card (id, i % 2 ? "odd" : "even",
                                               i < 5 ? "Awal" : "Akhir"));
    }

  essay = ds_quiz_select_cards (cards, odd, DS_QUIZ_ORDER_SOURCE, 0, 0);
  g_assert_cmpuint (essay->len, ==, 10);
  for (guint i = 0; i < essay->len; i++)
    g_assert_cmpstr (ds_card_get_essay_id (g_ptr_array_index (essay, i)), ==, "odd");
  /* Source order is kept. */
  g_assert_cmpstr (ds_card_get_id (g_ptr_array_index (essay, 0)), ==, "c01");
  g_assert_cmpstr (ds_card_get_id (g_ptr_array_index (essay, 9)), ==, "c19");

  topic = ds_quiz_select_cards (cards, awal, DS_QUIZ_ORDER_SOURCE, 0, 0);
  g_assert_cmpuint (topic->len, ==, 5);

  /* The same seed gives the same mix; another seed another one. */
  mix1 = ds_quiz_select_cards (cards, NULL, DS_QUIZ_ORDER_SHUFFLED, 0, 42);
  mix2 = ds_quiz_select_cards (cards, NULL, DS_QUIZ_ORDER_SHUFFLED, 0, 42);
  mix3 = ds_quiz_select_cards (cards, NULL, DS_QUIZ_ORDER_SHUFFLED, 0, 7);
  g_assert_cmpuint (mix1->len, ==, 20);
  for (guint i = 0; i < 20; i++)
    {
      g_assert_true (g_ptr_array_index (mix1, i) == g_ptr_array_index (mix2, i));
      if (g_ptr_array_index (mix1, i) != g_ptr_array_index (mix3, i))
        same = FALSE;
      if (g_ptr_array_index (mix1, i) != g_ptr_array_index (cards, i))
        moved = TRUE;
    }
  g_assert_false (same);
  g_assert_true (moved);
  /* Every card is there exactly once. */
  for (guint i = 0; i < 20; i++)
    {
      guint seen = 0;

      for (guint j = 0; j < 20; j++)
        seen += g_ptr_array_index (mix1, j) == g_ptr_array_index (cards, i);
      g_assert_cmpuint (seen, ==, 1);
    }

  few = ds_quiz_select_cards (cards, NULL, DS_QUIZ_ORDER_SHUFFLED, 6, 42);
  g_assert_cmpuint (few->len, ==, 6);
  g_assert_true (g_ptr_array_index (few, 5) == g_ptr_array_index (mix1, 5));
}

/* Class quiz */

static DsCard *
sourced (DsCard     *card,
         guint       start,
         guint       end,
         const char *text)
{
  ds_card_set_source (card, start, end, text);
  return card;
}

/* A definition card of essay e1. */
static DsCard *
text_card (const char *id,
           const char *question,
           const char *answer)
{
  return ds_card_new (id, "e1", DS_CARD_DEFINITION, question, answer);
}

static DsCard *
items_card (const char         *id,
            const char         *essay_id,
            const char         *question,
            const char * const *items)
{
  g_autofree char *answer = g_strjoinv ("; ", (char **) items);
  DsCard *card = ds_card_new (id, essay_id, DS_CARD_LIST, question, answer);

  ds_card_set_items (card, items);
  return card;
}

static gboolean
in_strv (const char * const *strv,
         const char         *text)
{
  return strv != NULL && g_strv_contains (strv, text);
}

/* Every question of a class quiz can be answered with a letter or says
 * it is for discussion; no two neighbours come from one claim. */
static void
assert_class_quiz (GPtrArray *asked,
                   guint     *n_tallyable)
{
  g_autoptr(DsQuizRun) run = ds_quiz_run_new_quiz (asked, NULL);

  *n_tallyable = 0;
  for (guint i = 0; i < asked->len; i++)
    {
      const DsSlide *slide = ds_quiz_run_get_slide (run, i);
      gboolean tallyable = ds_slide_get_n_choices (slide) >= 2 && slide->correct_choice >= 0;

      g_assert_true (tallyable != slide->discussion);
      *n_tallyable += tallyable;
      if (i > 0 && ds_quiz_cards_are_siblings (asked->pdata[i - 1], asked->pdata[i]))
        g_error ("siblings back to back: %s, %s", ds_card_get_id (asked->pdata[i - 1]),
                 ds_card_get_id (asked->pdata[i]));
    }
}

static void
test_class_lists (void)
{
  static const char * const trends[] = { "diplomasi publik", "keamanan siber", "ekonomi digital", NULL };
  static const char * const platforms[] = { "Facebook", "Instagram", "YouTube", NULL };
  static const char * const agencies[] = { "Kementerian Luar Negeri", "Badan Siber", NULL };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) asked = NULL;
  guint n_tallyable;

  g_ptr_array_add (cards, sourced (items_card ("e1:list:a", "e1", "Sebutkan tiga tren global menurut esai ini.", trends),
                                   0, 80, "Ada tiga tren global, yaitu diplomasi publik, keamanan siber, dan ekonomi digital."));
  g_ptr_array_add (cards, sourced (items_card ("e1:list:b", "e1", "Sebutkan contoh platform menurut esai ini.", platforms),
                                   100, 160, "Platform seperti Facebook, Instagram, dan YouTube."));
  g_ptr_array_add (cards, sourced (items_card ("e2:list:c", "e2", "Lengkapi: Lembaga yang mengurusi diplomasi digital ialah …", agencies),
                                   0, 60, "Lembaga yang mengurusi diplomasi digital ialah Kementerian Luar Negeri dan Badan Siber."));
  /* An open question nothing in the deck can give options to. */
  g_ptr_array_add (cards, sourced (text_card ("e1:definition:d", "Apa yang dimaksud dengan ruang siber?", "domain global"),
                                   200, 260, "Ruang siber adalah domain global."));

  asked = ds_quiz_class_cards (cards, NULL);
  g_assert_cmpuint (asked->len, ==, 4);
  assert_class_quiz (asked, &n_tallyable);
  g_assert_cmpuint (n_tallyable, ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      DsCard *list = cards->pdata[i];
      DsCard *card = asked->pdata[i];
      const char * const *choices = ds_card_get_choices (card);
      const char * const *items = ds_card_get_items (list);
      int correct = ds_card_get_correct_choice (card);

      /* "Which of these is one of …?": one item right, the wrong ones
       * from other lists, never from this one. */
      g_assert_cmpint (ds_card_get_kind (card), ==, DS_CARD_MULTIPLE_CHOICE);
      g_assert_true (g_str_has_prefix (ds_card_get_question (card), "Manakah "));
      g_assert_true (in_strv (items, choices[correct]));
      g_assert_cmpuint (g_strv_length ((char **) choices), >=, 3);
      for (guint c = 0; choices[c] != NULL; c++)
        if ((int) c != correct)
          g_assert_false (in_strv (items, choices[c]));
    }
  g_assert_cmpstr (ds_card_get_question (asked->pdata[0]), ==,
                   "Manakah salah satu dari tiga tren global menurut esai ini?");
  g_assert_cmpstr (ds_card_get_question (asked->pdata[1]), ==,
                   "Manakah salah satu contoh platform menurut esai ini?");
  g_assert_cmpstr (ds_card_get_question (asked->pdata[2]), ==,
                   "Manakah yang dapat melengkapi kalimat ini? Lembaga yang mengurusi diplomasi digital ialah …");
  g_assert_true (asked->pdata[3] == cards->pdata[3]);
}

static void
test_class_siblings (void)
{
  static const char * const truth[] = { "Benar", "Salah", NULL };
  static const char * const options[] = { "domain global", "alat negara", "ruang kelas", NULL };
  static const char * const trends[] = { "diplomasi publik", "keamanan siber", NULL };
  static const char * const sentence = "Ruang siber adalah domain global, kata Clarke.";
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) asked = NULL;
  DsCard *tf, *mc;
  guint n_tallyable;

  /* One claim, three cards: the definition, a true/false, a multiple
   * choice; a fact of the same sentence; then a list with its multiple
   * choice. */
  g_ptr_array_add (cards, sourced (text_card ("e1:definition:a", "Apa yang dimaksud dengan ruang siber?", "domain global"),
                                   0, 50, sentence));
  tf = ds_card_new ("e1:true_false:a", "e1", DS_CARD_TRUE_FALSE,
                    "Benar atau salah: Ruang siber adalah domain global.",
                    "Benar. Ruang siber adalah domain global.");
  ds_card_set_choices (tf, truth, 0);
  g_ptr_array_add (cards, sourced (tf, 0, 50, sentence));
  mc = ds_card_new ("e1:multiple_choice:a", "e1", DS_CARD_MULTIPLE_CHOICE,
                    "Manakah pengertian ruang siber?", "domain global");
  ds_card_set_choices (mc, options, 0);
  g_ptr_array_add (cards, sourced (mc, 0, 50, sentence));
  g_ptr_array_add (cards, sourced (ds_card_new ("e1:fact:b", "e1", DS_CARD_FACT,
                                                "Siapa yang menyebut ruang siber domain global?", "Clarke"),
                                   0, 50, sentence));
  g_ptr_array_add (cards, sourced (items_card ("e1:list:c", "e1", "Apa saja tren global?", trends), 60, 90,
                                   "Tren global: diplomasi publik dan keamanan siber."));
  mc = ds_card_new ("e1:multiple_choice:c", "e1", DS_CARD_MULTIPLE_CHOICE,
                    "Manakah yang termasuk tren global?", "keamanan siber");
  ds_card_set_choices (mc, (const char * const []) { "Facebook", "keamanan siber", "pajak", NULL }, 1);
  g_ptr_array_add (cards, sourced (mc, 60, 90, "Tren global: diplomasi publik dan keamanan siber."));

  /* The definition's multiple choice asks it once; the fact stays (a
   * discussion: nothing else can be its options) but not next to it; the
   * list is asked by its multiple choice. */
  asked = ds_quiz_class_cards (cards, NULL);
  g_assert_cmpuint (asked->len, ==, 3);
  assert_class_quiz (asked, &n_tallyable);
  g_assert_cmpuint (n_tallyable, ==, 2);
  g_assert_cmpstr (ds_card_get_id (asked->pdata[0]), ==, "e1:multiple_choice:a");
  g_assert_cmpstr (ds_card_get_id (asked->pdata[1]), ==, "e1:multiple_choice:c");
  g_assert_cmpstr (ds_card_get_id (asked->pdata[2]), ==, "e1:fact:b");

  /* Without the list, the fact has no place apart from its sibling. */
  g_ptr_array_set_size (cards, 4);
  g_clear_pointer (&asked, g_ptr_array_unref);
  asked = ds_quiz_class_cards (cards, NULL);
  g_assert_cmpuint (asked->len, ==, 1);
  g_assert_cmpstr (ds_card_get_id (asked->pdata[0]), ==, "e1:multiple_choice:a");
}

/* The shipped essays: each essay's class quiz and the mix of all. */
static void
test_class_shipped (void)
{
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(GPtrArray) cards = ds_generator_generate_all (G_LIST_MODEL (library));
  guint total = 0, tallyable = 0;

  for (guint e = 0; e <= g_list_model_get_n_items (G_LIST_MODEL (library)); e++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (library), e);
      g_autoptr(DsCardScope) scope = essay ? ds_card_scope_new (ds_essay_get_id (essay), NULL) : NULL;
      g_autoptr(GPtrArray) picked = ds_quiz_select_cards (cards, scope, essay ? DS_QUIZ_ORDER_SOURCE
                                                                               : DS_QUIZ_ORDER_SHUFFLED,
                                                          0, 42);
      g_autoptr(GPtrArray) asked = ds_quiz_class_cards (picked, cards);
      guint n_tallyable;

      assert_class_quiz (asked, &n_tallyable);
      g_test_message ("%s: %u cards, %u questions, %u with options",
                      essay ? ds_essay_get_id (essay) : "mix", picked->len, asked->len, n_tallyable);
      for (guint i = 0; i < asked->len; i++)
        {
          const char * const *choices = ds_card_get_choices (asked->pdata[i]);
          g_autofree char *options = choices ? g_strjoinv (" | ", (char **) choices) : NULL;

          g_test_message ("  %s\n      %s", ds_card_get_question (asked->pdata[i]),
                          options ? options : "(discussion)");
        }
      if (essay != NULL)
        {
          total += asked->len;
          tallyable += n_tallyable;
        }
    }
  /* Most of a class quiz is answered with a letter. */
  g_assert_cmpuint (tallyable * 4, >=, total * 3);
}

/* Key claims */

static void
test_claims_statements (void)
{
  static const char * const trends[] = { "diplomasi publik", "keamanan siber", NULL };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsQuizRun) run = NULL;
  const DsSlide *slide;
  DsCard *list;

  list = sourced (items_card ("e1:list:a", "e1", "Sebutkan tiga tren global menurut esai ini.", trends),
                  0, 90, "Ada tiga tren global yang muncul, yaitu: b. diplomasi publik c. keamanan siber");
  ds_card_set_expected_count (list, 3);
  ds_card_add_warning (list, "Butir a. tidak ada dalam teks.");
  g_ptr_array_add (cards, list);
  g_ptr_array_add (cards, sourced (text_card ("e1:definition:b", "Apa yang dimaksud dengan ruang siber?", "domain global"),
                                   100, 140, "Ruang siber adalah domain global."));
  g_ptr_array_add (cards, sourced (ds_card_new ("e1:fact:c", "e1", DS_CARD_FACT, "Apa istilah lain untuk ruang siber?",
                                                "domain global"),
                                   100, 140, "Ruang siber adalah domain global."));
  g_ptr_array_add (cards, sourced (items_card ("e1:list:d", "e1", "Sebutkan contoh platform menurut esai ini.",
                                               (const char * const []) { "Facebook", "YouTube", NULL }),
                                   150, 200, "Platform media sosial seperti Facebook dan YouTube."));
  run = ds_quiz_run_new_claims (cards, NULL);

  /* Statements, not questions; one sentence stated once. */
  g_assert_cmpuint (ds_quiz_run_get_n_slides (run), ==, 3);
  slide = ds_quiz_run_get_slide (run, 0);
  g_assert_cmpstr (slide->question, ==, "Ada tiga tren global yang muncul, yaitu:");
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 2);
  g_assert_cmpstr (slide->note, ==, "Butir a. tidak ada dalam teks.");
  slide = ds_quiz_run_get_slide (run, 1);
  g_assert_cmpstr (slide->question, ==, "Ruang siber adalah domain global.");
  g_assert_null (slide->answer);
  g_assert_null (slide->note);
  g_assert_cmpuint (ds_slide_get_n_steps (slide), ==, 0);
  slide = ds_quiz_run_get_slide (run, 2);
  g_assert_cmpstr (slide->question, ==, "Platform media sosial seperti …");

  /* Items come one by one, after the statement. */
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 0);
  g_assert_true (ds_quiz_run_next (run));
  g_assert_cmpuint (ds_quiz_run_get_n_items_shown (run), ==, 1);
}

/* The shipped key claims state; the trends slide tells what is missing. */
static void
test_claims_shipped (void)
{
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(GPtrArray) cards = ds_generator_generate_all (G_LIST_MODEL (library));
  g_autoptr(DsQuizRun) run = ds_quiz_run_new_claims (cards, library);
  guint notes = 0;

  g_assert_cmpuint (ds_quiz_run_get_n_slides (run), >, 10);
  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    {
      const DsSlide *slide = ds_quiz_run_get_slide (run, i);

      g_test_message ("%s%s", slide->question, slide->note ? " [note]" : "");
      g_assert_false (g_str_has_suffix (slide->question, "?"));
      g_assert_false (g_str_has_prefix (slide->question, "Lengkapi"));
      g_assert_false (g_str_has_prefix (slide->question, "Sebutkan"));
      if (slide->note != NULL && strstr (slide->note, "butir a.") != NULL)
        notes++;
    }
  g_assert_cmpuint (notes, ==, 1);
}

static void
test_monitor_choice (void)
{
  DsMonitorInfo one[] = { { "eDP-1", TRUE, 1366, 768 } };
  DsMonitorInfo laptop_first[] = {
    { "eDP-1", TRUE, 1366, 768 },
    { "HDMI-1", FALSE, 1920, 1080 },
  };
  DsMonitorInfo projector_primary[] = {
    { "HDMI-1", TRUE, 1920, 1080 },
    { "eDP-1", FALSE, 1366, 768 },
  };
  DsMonitorInfo no_connectors[] = {
    { NULL, FALSE, 1024, 768 },
    { NULL, TRUE, 1280, 800 },
  };
  DsMonitorInfo three[] = {
    { "DP-1", TRUE, 1920, 1080 },
    { "DP-2", FALSE, 1024, 768 },
    { "LVDS-1", FALSE, 1280, 800 },
  };
  int presenter = 99;

  g_assert_cmpint (ds_choose_audience_monitor (NULL, 0, &presenter), ==, -1);
  g_assert_cmpint (presenter, ==, -1);

  /* One monitor: the audience view there, no presenter view. */
  g_assert_cmpint (ds_choose_audience_monitor (one, 1, &presenter), ==, 0);
  g_assert_cmpint (presenter, ==, -1);

  g_assert_cmpint (ds_choose_audience_monitor (laptop_first, 2, &presenter), ==, 1);
  g_assert_cmpint (presenter, ==, 0);

  /* The laptop panel is known by its connector even when not primary. */
  g_assert_cmpint (ds_choose_audience_monitor (projector_primary, 2, &presenter), ==, 0);
  g_assert_cmpint (presenter, ==, 1);

  /* Without connector names, the primary monitor is the laptop's. */
  g_assert_cmpint (ds_choose_audience_monitor (no_connectors, 2, &presenter), ==, 0);
  g_assert_cmpint (presenter, ==, 1);

  /* Three: the laptop keeps control; the audience gets a non-primary one. */
  g_assert_cmpint (ds_choose_audience_monitor (three, 3, &presenter), ==, 1);
  g_assert_cmpint (presenter, ==, 2);

  g_assert_true (ds_monitor_connector_is_internal ("eDP-1"));
  g_assert_true (ds_monitor_connector_is_internal ("LVDS1"));
  g_assert_true (ds_monitor_connector_is_internal ("DSI-1"));
  g_assert_false (ds_monitor_connector_is_internal ("HDMI-A-1"));
  g_assert_false (ds_monitor_connector_is_internal ("DP-1"));
  g_assert_false (ds_monitor_connector_is_internal (NULL));
}

static void
test_contrast (void)
{
  DsPresentationTheme themes[] = { DS_PRESENTATION_THEME_DARK, DS_PRESENTATION_THEME_LIGHT };

  /* The formula against known values: black on white is 21:1, equal
   * colours 1:1, and #767676 on white the familiar 4.54:1. */
  g_assert_cmpfloat_with_epsilon (ds_contrast_ratio ("#000000", "#ffffff"), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_contrast_ratio ("#ffffff", "#000000"), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_contrast_ratio ("#777777", "#777777"), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_contrast_ratio ("#767676", "#ffffff"), 4.54, 0.01);
  g_assert_cmpfloat (ds_contrast_ratio ("red", "#ffffff"), ==, 0);
  g_assert_cmpfloat (ds_contrast_ratio ("#12345g", "#ffffff"), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      const DsPresentationPalette *p = ds_presentation_palette (themes[i]);

      g_assert_cmpfloat (ds_contrast_ratio (p->foreground, p->background), >=, 7.0);
      g_assert_cmpfloat (ds_contrast_ratio (p->secondary, p->background), >=, 7.0);
      /* Bars are not text, but must still stand out clearly. */
      g_assert_cmpfloat (ds_contrast_ratio (p->bar, p->background), >=, 3.0);
    }
  g_assert_true (ds_presentation_palette (DS_PRESENTATION_THEME_DARK) !=
                 ds_presentation_palette (DS_PRESENTATION_THEME_LIGHT));
}

static void
test_finalize (void)
{
  DsQuizRun *run = make_quiz ();

  ds_quiz_run_next (run);
  g_assert_finalize_object (run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz-run/claims/deck", test_claims_deck);
  g_test_add_func ("/quiz-run/claims/reveal-items", test_claims_reveal_items);
  g_test_add_func ("/quiz-run/quiz/deck", test_quiz_deck);
  g_test_add_func ("/quiz-run/quiz/choices-capped", test_choices_capped);
  g_test_add_func ("/quiz-run/nav/home-end-go-to", test_home_end_go_to);
  g_test_add_func ("/quiz-run/nav/jump-digits", test_jump_digits);
  g_test_add_func ("/quiz-run/blank", test_blank);
  g_test_add_func ("/quiz-run/tally", test_tally);
  g_test_add_func ("/quiz-run/summary/hardest", test_summary_hardest);
  g_test_add_func ("/quiz-run/countdown/fake-clock", test_countdown);
  g_test_add_func ("/quiz-run/countdown/moves", test_countdown_moves);
  g_test_add_func ("/quiz-run/select", test_select_cards);
  g_test_add_func ("/quiz-run/class/lists", test_class_lists);
  g_test_add_func ("/quiz-run/class/siblings", test_class_siblings);
  g_test_add_func ("/quiz-run/class/shipped", test_class_shipped);
  g_test_add_func ("/quiz-run/claims/statements", test_claims_statements);
  g_test_add_func ("/quiz-run/claims/shipped", test_claims_shipped);
  g_test_add_func ("/quiz-run/monitor-choice", test_monitor_choice);
  g_test_add_func ("/quiz-run/contrast", test_contrast);
  g_test_add_func ("/quiz-run/finalize", test_finalize);

  return g_test_run ();
}
