/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room.h"

/* A fake clock: tests move time by hand, never wait. */
typedef struct {
  gint64 now;
} FakeClock;

static gint64
fake_now (gpointer user_data)
{
  return ((FakeClock *) user_data)->now;
}

static DsRoom *
new_room (FakeClock *clock)
{
  DsRoom *room = ds_room_new ("KXY7");

  clock->now = 1000 * G_USEC_PER_SEC;
  ds_room_set_clock (room, fake_now, clock);
  return room;
}

static DsRoomQuestion *
question (const char *text,
          guint       n_options,
          guint       right)
{
  static const char * const options[] = { "diplomasi publik", "diplomasi digital",
                                          "diplomasi siber", "diplomasi budaya", NULL };
  g_auto(GStrv) some = g_new0 (char *, n_options + 1);

  for (guint i = 0; i < n_options; i++)
    some[i] = g_strdup (options[i]);
  return ds_room_question_new (text, (const char * const *) some, right);
}

static guint
join (DsRoom     *room,
      const char *nickname)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  guint seat = ds_room_join (room, ds_room_get_code (room), nickname, &token, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (seat, >, 0);
  g_assert_cmpuint (strlen (token), ==, DS_ROOM_TOKEN_LENGTH);
  return seat;
}

static void
open_question (DsRoom *room,
               guint   right,
               guint   seconds)
{
  g_autoptr(DsRoomQuestion) q = question ("Apa yang dimaksud dengan diplomasi digital?", 4, right);

  ds_room_open_question (room, q, seconds);
}

static void
answer_ok (DsRoom *room,
           guint   seat,
           guint   q,
           guint   option)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ds_room_answer (room, seat, q, option, &error));
  g_assert_no_error (error);
}

/* Codes and questions */

static void
test_room_code (void)
{
  static const char confusable[] = "0O1IL2Z5S8B6G";

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *code = ds_room_code_generate ();

      g_assert_cmpuint (strlen (code), ==, DS_ROOM_CODE_LENGTH);
      for (const char *p = code; *p; p++)
        {
          g_assert_true (g_ascii_isupper (*p) || g_ascii_isdigit (*p));
          g_assert_null (strchr (confusable, *p));
        }
    }
  {
    g_autofree char *typed = ds_room_code_normalize ("  kxy7 ");

    g_assert_cmpstr (typed, ==, "KXY7");
  }
  g_assert_null (ds_room_code_normalize ("KXY"));
  g_assert_null (ds_room_code_normalize ("KX-7"));
  g_assert_null (ds_room_code_normalize (NULL));
}

static void
test_room_question_new (void)
{
  static const char * const one[] = { "a", NULL };
  static const char * const five[] = { "a", "b", "c", "d", "e", NULL };
  static const char * const two[] = { "benar", "salah", NULL };
  g_autoptr(DsRoomQuestion) q = ds_room_question_new ("Benar atau salah?", two, 1);
  g_autoptr(DsRoomQuestion) copy = NULL;

  g_assert_null (ds_room_question_new ("?", one, 0));
  g_assert_null (ds_room_question_new ("?", five, 0));
  g_assert_null (ds_room_question_new ("?", two, 2));
  g_assert_nonnull (q);
  copy = ds_room_question_copy (q);
  g_assert_cmpstr (copy->text, ==, "Benar atau salah?");
  g_assert_cmpuint (copy->n_options, ==, 2);
  g_assert_cmpstr (copy->options[1], ==, "salah");
  g_assert_cmpuint (copy->right, ==, 1);
}

static void
count_cb (DsRoom *room,
          guint   seat,
          guint  *count)
{
  (*count)++;
}

/* Joining */

static void
test_room_join (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  guint joined = 0, seat;

  g_signal_connect (room, "student-joined", G_CALLBACK (count_cb), &joined);

  /* The room code is required and compared as a student types it. */
  g_assert_cmpuint (ds_room_join (room, "ABCD", "Sari", &token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_WRONG_ROOM);
  g_assert_null (token);
  g_clear_error (&error);
  g_assert_cmpuint (ds_room_join (room, NULL, "Sari", &token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_WRONG_ROOM);
  g_clear_error (&error);
  g_assert_cmpuint (joined, ==, 0);

  seat = ds_room_join (room, " kxy7", "  Sari \t Dewi  ", &token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seat, ==, 1);
  g_assert_cmpuint (joined, ==, 1);
  g_assert_cmpstr (ds_room_get_nickname (room, seat), ==, "Sari Dewi");
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 1);
  g_assert_true (ds_room_seat_is_present (room, seat));
  g_assert_cmpuint (join (room, "Rizky"), ==, 2);
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 2);
}

static void
assert_nickname_invalid (const char *nickname)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = ds_room_nickname_clean (nickname, &error);

  g_assert_null (clean);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NICKNAME_INVALID);
}

static void
assert_nickname_clean (const char *nickname,
                       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = ds_room_nickname_clean (nickname, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (clean, ==, expected);
}

static void
test_room_nickname (void)
{
  assert_nickname_invalid ("");
  assert_nickname_invalid (" \t\n ");
  assert_nickname_invalid ("\xe2\x80\xae");        /* only a right-to-left override */
  assert_nickname_invalid ("Bu\xff" "di");              /* not UTF-8 */
  assert_nickname_invalid ("abcdefghijklmnopqrstuvwxy");   /* 25 characters */
  assert_nickname_invalid (NULL);

  assert_nickname_clean ("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx");
  /* 24 characters of two bytes each are 24 characters. */
  assert_nickname_clean ("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
                         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
  /* Control and formatting characters go; white space is one space. */
  assert_nickname_clean ("Bu\x07" "di\xe2\x80\xae \r\n  Santoso\xe2\x80\x8b", "Budi Santoso");
  /* Composed the same way as it is compared (NFC). */
  assert_nickname_clean ("Jose\xcc\x81", "Jos\xc3\xa9");
  /* Markup is text like any other: the page shows it as text. */
  assert_nickname_clean ("<b>Ani</b>", "<b>Ani</b>");
}

static void
assert_taken (DsRoom     *room,
              const char *nickname)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  g_assert_cmpuint (ds_room_join (room, "KXY7", nickname, &token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NICKNAME_TAKEN);
  g_assert_null (token);
}

static void
test_room_duplicate_nickname (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  guint budi = join (room, "Budi");

  assert_taken (room, "Budi");
  assert_taken (room, "budi");
  assert_taken (room, "  BUDI ");
  assert_taken (room, "\xef\xbc\xa2\xef\xbd\x95\xef\xbd\x84\xef\xbd\x89");  /* full-width */
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 1);

  /* Once Budi leaves, the nickname is free for someone else. */
  g_assert_true (ds_room_leave (room, budi));
  g_assert_cmpuint (join (room, "budi"), ==, 2);
}

static void
test_room_rejoin (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  guint rejoined = 0, joined = 0;
  guint seat = ds_room_join (room, "KXY7", "Putri", &token, &error);

  g_signal_connect (room, "student-joined", G_CALLBACK (count_cb), &joined);
  g_signal_connect (room, "student-rejoined", G_CALLBACK (count_cb), &rejoined);
  open_question (room, 2, 0);
  answer_ok (room, seat, 0, 2);

  /* The page reloads: the token gets the same seat back, nothing new. */
  g_assert_cmpuint (ds_room_rejoin (room, "KXY7", token, &error), ==, seat);
  g_assert_no_error (error);
  g_assert_cmpuint (rejoined, ==, 1);
  g_assert_cmpuint (joined, ==, 0);
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 1);

  /* Its answer is still there and counts once, even if sent again. */
  g_assert_cmpint (ds_room_get_answer (room, seat, 0), ==, 2);
  g_assert_false (ds_room_answer (room, seat, 0, 2, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_ALREADY_ANSWERED);
  g_clear_error (&error);
  g_assert_cmpuint (ds_room_get_n_answers (room, 0), ==, 1);

  g_assert_cmpuint (ds_room_rejoin (room, "KXY7", "0123456789abcdef0123456789abcdef", &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);
  g_clear_error (&error);
  g_assert_cmpuint (ds_room_rejoin (room, "KXY7", NULL, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);
  g_clear_error (&error);
  g_assert_cmpuint (ds_room_rejoin (room, "AAAA", token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_WRONG_ROOM);
}

/* Answers */

typedef struct {
  guint count;
  guint question, seat, option;
} Answered;

static void
answered_cb (DsRoom   *room,
             guint     question,
             guint     seat,
             guint     option,
             Answered *answered)
{
  answered->count++;
  answered->question = question;
  answered->seat = seat;
  answered->option = option;
}

static void
test_room_answer_once (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GError) error = NULL;
  Answered answered = { 0, };
  guint ani = join (room, "Ani"), beni = join (room, "Beni");

  g_signal_connect (room, "answered", G_CALLBACK (answered_cb), &answered);
  open_question (room, 1, 0);
  clock.now += 2 * G_USEC_PER_SEC;
  answer_ok (room, ani, 0, 1);
  g_assert_cmpuint (answered.count, ==, 1);
  g_assert_cmpuint (answered.question, ==, 0);
  g_assert_cmpuint (answered.seat, ==, ani);
  g_assert_cmpuint (answered.option, ==, 1);
  answer_ok (room, beni, 0, 3);

  /* A second answer, even a different one, is refused: the first stands. */
  g_assert_false (ds_room_answer (room, ani, 0, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_ALREADY_ANSWERED);
  g_clear_error (&error);
  g_assert_cmpuint (answered.count, ==, 2);
  g_assert_cmpint (ds_room_get_answer (room, ani, 0), ==, 1);
  g_assert_cmpint (ds_room_get_answer (room, beni, 0), ==, 3);
  g_assert_cmpuint (ds_room_get_n_answers (room, 0), ==, 2);

  /* Options the question does not have, seats the room does not hold. */
  g_assert_false (ds_room_answer (room, join (room, "Citra"), 0, 4, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_INVALID_OPTION);
  g_clear_error (&error);
  g_assert_false (ds_room_answer (room, 99, 0, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);
  g_clear_error (&error);
  g_assert_false (ds_room_answer (room, 0, 0, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);
  g_clear_error (&error);
  g_assert_false (ds_room_answer (room, ani, 1, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NO_QUESTION);
  g_assert_cmpuint (ds_room_get_n_answers (room, 0), ==, 2);
}

static void
test_room_two_options (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(DsRoomQuestion) q = question ("Benar atau salah?", 2, 0);
  g_autoptr(GError) error = NULL;
  guint seat = join (room, "Dewi");

  ds_room_open_question (room, q, 0);
  g_assert_false (ds_room_answer (room, seat, 0, 2, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_INVALID_OPTION);
  g_clear_error (&error);
  answer_ok (room, seat, 0, 1);
}

static void
assert_closed (DsRoom *room,
               guint   seat,
               guint   q)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ds_room_answer (room, seat, q, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_CLOSED);
}

static void
test_room_late_answer (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  guint ani = join (room, "Ani"), beni = join (room, "Beni"), citra = join (room, "Citra");

  /* Before the first question there is nothing to answer. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ds_room_answer (room, ani, 0, 0, &error));
    g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NO_QUESTION);
  }

  /* Closed by the lecturer. */
  open_question (room, 0, 0);
  answer_ok (room, ani, 0, 0);
  g_assert_true (ds_room_close (room));
  assert_closed (room, beni, 0);

  /* Closed by the countdown: refused at the deadline even before anyone
   * ticks, and tick closes the question. */
  open_question (room, 0, 20);
  g_assert_cmpint (ds_room_get_remaining (room), ==, 20 * G_USEC_PER_SEC);
  clock.now += 19 * G_USEC_PER_SEC;
  g_assert_false (ds_room_tick (room));
  answer_ok (room, ani, 1, 2);
  clock.now += G_USEC_PER_SEC;
  g_assert_cmpint (ds_room_get_remaining (room), ==, 0);
  assert_closed (room, beni, 1);
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_OPEN);
  g_assert_true (ds_room_tick (room));
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_CLOSED);
  g_assert_cmpint (ds_room_get_remaining (room), ==, -1);

  /* An earlier question stays closed once the next one is open. */
  open_question (room, 3, 0);
  assert_closed (room, citra, 1);
  answer_ok (room, citra, 2, 3);
  g_assert_cmpuint (ds_room_get_n_answers (room, 1), ==, 1);
  g_assert_cmpuint (ds_room_get_n_answers (room, 2), ==, 1);
}

/* States */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_room_states (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  guint notified = 0;

  g_signal_connect (room, "notify::state", G_CALLBACK (count_notify_cb), &notified);
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_LOBBY);
  g_assert_cmpint (ds_room_get_current (room), ==, -1);
  g_assert_false (ds_room_close (room));
  g_assert_false (ds_room_reveal (room));
  g_assert_false (ds_room_tick (room));
  g_assert_cmpint (ds_room_get_remaining (room), ==, -1);

  open_question (room, 0, 0);
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_OPEN);
  g_assert_cmpint (ds_room_get_current (room), ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  /* No countdown: nothing closes the question but the lecturer. */
  clock.now += (gint64) 3600 * G_USEC_PER_SEC;
  g_assert_false (ds_room_tick (room));

  /* Reveal closes first: two changes, in order. */
  g_assert_true (ds_room_reveal (room));
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_REVEALED);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_false (ds_room_reveal (room));
  g_assert_false (ds_room_close (room));

  /* The next question while one is open closes it first. */
  open_question (room, 1, 0);
  open_question (room, 2, 0);
  g_assert_cmpint (ds_room_get_current (room), ==, 2);
  g_assert_cmpuint (ds_room_get_n_questions (room), ==, 3);
  g_assert_cmpuint (notified, ==, 6);
  g_assert_cmpuint (ds_room_get_question (room, 2)->right, ==, 2);
  g_assert_null (ds_room_get_question (room, 3));

  g_assert_true (ds_room_show_summary (room));
  g_assert_cmpuint (ds_room_get_state (room), ==, DS_ROOM_SUMMARY);
  g_assert_false (ds_room_show_summary (room));
  g_assert_cmpuint (notified, ==, 8);
}

/* Results */

static void
test_room_distribution (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  DsRoomDistribution d;
  guint seats[7];

  for (guint i = 0; i < G_N_ELEMENTS (seats); i++)
    {
      g_autofree char *name = g_strdup_printf ("Siswa %u", i + 1);

      seats[i] = join (room, name);
    }
  open_question (room, 1, 0);
  ds_room_get_distribution (room, 0, &d);
  g_assert_cmpuint (d.n_answers, ==, 0);
  g_assert_cmpuint (d.n_options, ==, 4);
  g_assert_cmpuint (d.percent[0] + d.percent[1] + d.percent[2] + d.percent[3], ==, 0);

  /* 3, 2, 1, 1 of 7: 42.9, 28.6, 14.3, 14.3 → 43, 29, 14, 14. */
  answer_ok (room, seats[0], 0, 0);
  answer_ok (room, seats[1], 0, 0);
  answer_ok (room, seats[2], 0, 0);
  answer_ok (room, seats[3], 0, 1);
  answer_ok (room, seats[4], 0, 1);
  answer_ok (room, seats[5], 0, 2);
  answer_ok (room, seats[6], 0, 3);
  ds_room_get_distribution (room, 0, &d);
  g_assert_cmpuint (d.n_answers, ==, 7);
  g_assert_cmpuint (d.right, ==, 1);
  g_assert_cmpuint (d.counts[0], ==, 3);
  g_assert_cmpuint (d.counts[1], ==, 2);
  g_assert_cmpuint (d.counts[2], ==, 1);
  g_assert_cmpuint (d.counts[3], ==, 1);
  g_assert_cmpuint (d.percent[0], ==, 43);
  g_assert_cmpuint (d.percent[1], ==, 29);
  g_assert_cmpuint (d.percent[2], ==, 14);
  g_assert_cmpuint (d.percent[3], ==, 14);

  /* Thirds: rounded down to 33 each, the point left to the first. */
  open_question (room, 0, 0);
  answer_ok (room, seats[0], 1, 0);
  answer_ok (room, seats[1], 1, 1);
  answer_ok (room, seats[2], 1, 2);
  ds_room_get_distribution (room, 1, &d);
  g_assert_cmpuint (d.percent[0], ==, 34);
  g_assert_cmpuint (d.percent[1], ==, 33);
  g_assert_cmpuint (d.percent[2], ==, 33);
  g_assert_cmpuint (d.percent[3], ==, 0);

  ds_room_get_distribution (room, 7, &d);
  g_assert_cmpuint (d.n_options, ==, 0);
}

static void
test_room_waiting (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  guint zaki = join (room, "Zaki"), ayu = join (room, "ayu"), budi = join (room, "Budi");
  g_auto(GStrv) before = ds_room_get_waiting (room);
  g_auto(GStrv) waiting = NULL;

  /* Before a question nobody is waited for. */
  g_assert_cmpuint (g_strv_length (before), ==, 0);
  open_question (room, 0, 0);
  answer_ok (room, budi, 0, 0);
  g_assert_true (ds_room_leave (room, zaki));
  join (room, "Citra");
  waiting = ds_room_get_waiting (room);
  g_assert_cmpuint (g_strv_length (waiting), ==, 2);
  g_assert_cmpstr (waiting[0], ==, "ayu");
  g_assert_cmpstr (waiting[1], ==, "Citra");
  (void) ayu;
}

static void
test_room_summary (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GArray) top = NULL;
  guint seats[7];

  for (guint i = 0; i < G_N_ELEMENTS (seats); i++)
    {
      g_autofree char *name = g_strdup_printf ("Siswa %u", i + 1);

      seats[i] = join (room, name);
    }

  /* Question 1 (right: A): seats 1–4 right, at 1–4 s; 5 wrong. */
  open_question (room, 0, 0);
  for (guint i = 0; i < 5; i++)
    {
      clock.now += G_USEC_PER_SEC;
      answer_ok (room, seats[i], 0, i < 4 ? 0 : 1);
    }
  /* Question 2 (right: C): seats 3 and 4 right, 4 faster; 1 and 2 right
   * too but slower; 6 wrong. */
  open_question (room, 2, 0);
  clock.now += G_USEC_PER_SEC;
  answer_ok (room, seats[3], 1, 2);
  clock.now += G_USEC_PER_SEC;
  answer_ok (room, seats[2], 1, 2);
  clock.now += G_USEC_PER_SEC;
  answer_ok (room, seats[0], 1, 2);
  answer_ok (room, seats[1], 1, 2);
  answer_ok (room, seats[5], 1, 0);
  /* Question 3: nobody answers. */
  open_question (room, 0, 0);
  ds_room_show_summary (room);

  g_assert_cmpuint (ds_room_get_percent_correct (room, 0), ==, 80);
  g_assert_cmpuint (ds_room_get_percent_correct (room, 1), ==, 80);
  g_assert_cmpuint (ds_room_get_percent_correct (room, 2), ==, 0);
  g_assert_cmpuint (ds_room_get_n_correct (room, seats[0]), ==, 2);
  g_assert_cmpuint (ds_room_get_n_correct (room, seats[4]), ==, 0);

  /* Two right each for seats 1–4: faster in total first. Seat 1: 1 + 3 s,
   * seat 2: 2 + 3 s, seat 3: 3 + 2 s, seat 4: 4 + 1 s. */
  top = ds_room_get_top (room, DS_ROOM_TOP_SIZE);
  g_assert_cmpuint (top->len, ==, 4);
  g_assert_cmpuint (g_array_index (top, DsRoomRank, 0).seat, ==, seats[0]);
  g_assert_cmpuint (g_array_index (top, DsRoomRank, 0).n_correct, ==, 2);
  g_assert_cmpint (g_array_index (top, DsRoomRank, 0).time_us, ==, 4 * G_USEC_PER_SEC);
  /* Seats 2, 3 and 4 all took 5 s: the one who joined first goes first. */
  g_assert_cmpuint (g_array_index (top, DsRoomRank, 1).seat, ==, seats[1]);
  g_assert_cmpuint (g_array_index (top, DsRoomRank, 2).seat, ==, seats[2]);
  g_assert_cmpuint (g_array_index (top, DsRoomRank, 3).seat, ==, seats[3]);
  g_assert_cmpstr (g_array_index (top, DsRoomRank, 3).nickname, ==, "Siswa 4");
  g_clear_pointer (&top, g_array_unref);

  top = ds_room_get_top (room, 2);
  g_assert_cmpuint (top->len, ==, 2);

  g_assert_false (ds_room_get_show_top (room));
  ds_room_set_show_top (room, TRUE);
  g_assert_true (ds_room_get_show_top (room));
}

static void
test_room_leave (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *csv = NULL;
  guint left = 0;
  guint seat = ds_room_join (room, "KXY7", "Eko", &token, &error);

  g_signal_connect (room, "student-left", G_CALLBACK (count_cb), &left);
  open_question (room, 0, 0);
  answer_ok (room, seat, 0, 0);

  g_assert_true (ds_room_leave (room, seat));
  g_assert_cmpuint (left, ==, 1);
  g_assert_false (ds_room_leave (room, seat));
  g_assert_false (ds_room_leave (room, 42));
  g_assert_cmpuint (left, ==, 1);
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 0);
  g_assert_cmpuint (ds_room_get_n_seats (room), ==, 1);
  g_assert_false (ds_room_seat_is_present (room, seat));

  /* The token no longer works, and the seat no longer answers. */
  g_assert_cmpuint (ds_room_rejoin (room, "KXY7", token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);
  g_clear_error (&error);
  open_question (room, 0, 0);
  g_assert_false (ds_room_answer (room, seat, 1, 0, &error));
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT);

  /* The answer given before leaving stays in the results. */
  g_assert_cmpuint (ds_room_get_n_answers (room, 0), ==, 1);
  csv = ds_room_to_csv (room);
  g_assert_nonnull (strstr (csv, "\"Eko\",1,"));
}

static void
test_room_full (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  for (guint i = 0; i < DS_ROOM_MAX_STUDENTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Siswa %u", i + 1);

      g_assert_cmpuint (join (room, name), ==, i + 1);
    }
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 300);
  g_assert_cmpuint (ds_room_join (room, "KXY7", "Terlambat", &token, &error), ==, 0);
  g_assert_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_FULL);
  g_assert_null (token);

  /* A seat given up makes room for one more. */
  g_assert_true (ds_room_leave (room, 17));
  g_assert_cmpuint (join (room, "Terlambat"), ==, 301);
  g_assert_cmpuint (ds_room_get_n_students (room), ==, 300);
}

/* CSV */

static void
test_room_csv (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autoptr(DsRoomQuestion) q = NULL;
  static const char * const options[] = { "=1+1", "Jawab \"B\", lalu C", NULL };
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  guint formula = join (room, "=cmd|' /C calc'!A0");
  guint script = join (room, "<script>x()</script>");
  guint quoted = join (room, "Budi, \"si\" Jago");
  guint plus = join (room, "+62 811");
  guint at = join (room, "@rizky");
  guint minus = join (room, "-Dewi");

  q = ds_room_question_new ("Pilih \"yang benar\",\r\nsatu saja", options, 1);
  ds_room_open_question (room, q, 0);
  clock.now += 2500 * 1000;
  answer_ok (room, formula, 0, 0);
  clock.now += 1;
  answer_ok (room, script, 0, 1);
  answer_ok (room, quoted, 0, 1);
  answer_ok (room, plus, 0, 0);
  answer_ok (room, at, 0, 0);
  answer_ok (room, minus, 0, 1);

  csv = ds_room_to_csv (room);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbfnickname,question,question_text,answer,"
                                        "answer_text,correct,time_s\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  lines = g_strsplit (csv + 3, "\r\n", -1);
  /* The header, a row per answer split in two by the question's line
   * break (inside quotes, as CSV allows), and the empty rest. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 6 * 2 + 1);
  g_assert_cmpstr (lines[1], ==, "\"'=cmd|' /C calc'!A0\",1,\"Pilih \"\"yang benar\"\",");
  g_assert_cmpstr (lines[2], ==, "satu saja\",A,\"'=1+1\",no,2.500");
  g_assert_cmpstr (lines[3], ==, "\"<script>x()</script>\",1,\"Pilih \"\"yang benar\"\",");
  g_assert_cmpstr (lines[4], ==, "satu saja\",B,\"Jawab \"\"B\"\", lalu C\",yes,2.500");
  g_assert_true (g_str_has_prefix (lines[5], "\"Budi, \"\"si\"\" Jago\",1,"));
  g_assert_true (g_str_has_prefix (lines[7], "\"'+62 811\",1,"));
  g_assert_true (g_str_has_prefix (lines[9], "\"'@rizky\",1,"));
  g_assert_true (g_str_has_prefix (lines[11], "\"'-Dewi\",1,"));
  g_assert_cmpstr (lines[13], ==, "");
}

static void
test_room_csv_empty (void)
{
  FakeClock clock;
  g_autoptr(DsRoom) room = new_room (&clock);
  g_autofree char *csv = NULL;

  join (room, "Ani");
  open_question (room, 0, 0);
  csv = ds_room_to_csv (room);
  g_assert_cmpstr (csv, ==, "\xef\xbb\xbfnickname,question,question_text,answer,"
                            "answer_text,correct,time_s\r\n");
}

static void
test_room_finalize (void)
{
  FakeClock clock;
  DsRoom *room = new_room (&clock);
  g_autofree char *token = NULL;

  g_assert_cmpuint (ds_room_join (room, "KXY7", "Ani", &token, NULL), ==, 1);
  open_question (room, 0, 10);
  g_assert_finalize_object (room);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/room/code", test_room_code);
  g_test_add_func ("/room/question-new", test_room_question_new);
  g_test_add_func ("/room/join", test_room_join);
  g_test_add_func ("/room/nickname", test_room_nickname);
  g_test_add_func ("/room/duplicate-nickname", test_room_duplicate_nickname);
  g_test_add_func ("/room/rejoin", test_room_rejoin);
  g_test_add_func ("/room/answer-once", test_room_answer_once);
  g_test_add_func ("/room/two-options", test_room_two_options);
  g_test_add_func ("/room/late-answer", test_room_late_answer);
  g_test_add_func ("/room/states", test_room_states);
  g_test_add_func ("/room/distribution", test_room_distribution);
  g_test_add_func ("/room/waiting", test_room_waiting);
  g_test_add_func ("/room/summary", test_room_summary);
  g_test_add_func ("/room/leave", test_room_leave);
  g_test_add_func ("/room/full", test_room_full);
  g_test_add_func ("/room/csv", test_room_csv);
  g_test_add_func ("/room/csv-empty", test_room_csv_empty);
  g_test_add_func ("/room/finalize", test_room_finalize);

  return g_test_run ();
}
