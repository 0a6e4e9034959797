/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A learner answering cards, as the app does, for the tests that kill it
 * or take its disk away: opens the settings (ds_settings_new(): the
 * backend comes from the environment, as in the app) and the progress with
 * its review log in $XDG_DATA_HOME/diplostudy, says what it found, then
 * answers and acknowledges each answer on stdout only once the progress
 * API has said it is saved.
 *
 *   answer-loop [--count N | --forever] [--hold]
 *
 * Output, one line each:
 *   STATE <card id> <reps>      every stored card, at the start
 *   RESTORED 0|1                whether the progress came from the log
 *   NOTICE <text>               what the learner would be told
 *   READY
 *   ACK <card id> <reps>        an answer that is saved
 *   STORE-ERROR <text>          GSettings could not be written (once)
 *   FAIL <text>                 an answer that was refused; exits 1
 *   DONE
 * With --hold it keeps the progress (and the log's lock) open until its
 * stdin closes.
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ds-progress.h"
#include "ds-time.h"

#define N_CARDS 50
/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

/* One write() per line, so that a line is either out or not. */
static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  if (write (STDOUT_FILENO, line, strlen (line)) < 0)
    exit (3);
}

static void
state_cb (const char       *card_id,
          const DsFsrsCard *card,
          gpointer          user_data)
{
  guint *total = user_data;

  say ("STATE %s %u\n", card_id, card->reps);
  *total += card->reps;
}

static gboolean
answer (DsProgress  *progress,
        guint        i,
        GError     **error)
{
  g_autofree char *id = g_strdup_printf ("card-%03u", i % N_CARDS);
  gint64 now = T0 + (gint64) i * 60000;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (now / 1000);
  DsRating rating = i % 4 + 1;
  DsFsrsCard before, after;

  ds_progress_get_card (progress, id, &before);
  after = before;
  after.state = rating == DS_RATING_AGAIN ? DS_FSRS_LEARNING : DS_FSRS_REVIEW;
  after.stability = 1.0 + rating;
  after.difficulty = 10.0 - rating * 2.0;
  after.last_review = now;
  after.due = now + rating * DS_DAY_MS;
  after.reps = before.reps + 1;
  if (!ds_progress_record_answer (progress, id, &before, &after, rating,
                                  rating >= DS_RATING_GOOD, when, error))
    return FALSE;
  say ("ACK %s %u\n", id, after.reps);
  return TRUE;
}

static void
hold (void)
{
  char buf[64];

  while (read (STDIN_FILENO, buf, sizeof buf) > 0)
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsSettings) settings = NULL;
  g_autoptr(DsProgress) progress = NULL;
  gboolean forever = argc > 1 && g_str_equal (argv[1], "--forever");
  gboolean holding = argc > 1 && g_str_equal (argv[argc - 1], "--hold");
  guint count = argc > 2 && g_str_equal (argv[1], "--count") ? (guint) atoi (argv[2]) : 0;
  gboolean store_failed = FALSE;
  guint total = 0;

  settings = ds_settings_new (&error);
  if (settings != NULL)
    progress = ds_progress_open (settings, NULL, DS_PROGRESS_OPEN_DEFAULT, &error);
  if (progress == NULL)
    {
      say ("FAIL %s\n", error->message);
      return 1;
    }

  ds_progress_foreach_card (progress, state_cb, &total);
  say ("RESTORED %d\n", ds_progress_get_restored (progress));
  if (ds_progress_get_notice (progress) != NULL)
    say ("NOTICE %s\n", ds_progress_get_notice (progress));
  say ("READY\n");

  for (guint i = total; forever || i < total + count; i++)
    {
      if (!answer (progress, i, &error))
        {
          say ("FAIL %s\n", error->message);
          return 1;
        }
      if (!store_failed && ds_progress_get_store_error (progress) != NULL)
        {
          say ("STORE-ERROR %s\n", ds_progress_get_store_error (progress)->message);
          store_failed = TRUE;
        }
    }
  if (holding)
    hold ();
  say ("DONE\n");
  return 0;
}
