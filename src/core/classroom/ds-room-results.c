/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room-private.h"

/*
 * What a room's answers add up to: the distribution of a question, who
 * has not answered yet, the summary (percent right per question, the top
 * five) and the CSV a lecturer exports.
 */

guint
ds_room_get_n_answers (DsRoom *self,
                       guint   question)
{
  DsRoomRound *round;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  round = _ds_room_lookup_round (self, question);
  return round ? round->n_answers : 0;
}

/* Whole percentages that add up to 100: each option gets its share
 * rounded down, and the points left go to the largest remainders (the
 * earlier option on a tie), so the bars never claim 101 %. */
void
ds_room_distribution_fill_percent (DsRoomDistribution *d)
{
  guint remainder[DS_ROOM_MAX_OPTIONS] = { 0, };
  guint given = 0;

  g_return_if_fail (d != NULL && d->n_options <= DS_ROOM_MAX_OPTIONS);

  memset (d->percent, 0, sizeof d->percent);
  if (d->n_answers == 0)
    return;

  for (guint i = 0; i < d->n_options; i++)
    {
      d->percent[i] = d->counts[i] * 100 / d->n_answers;
      remainder[i] = d->counts[i] * 100 % d->n_answers;
      given += d->percent[i];
    }
  for (; given < 100; given++)
    {
      guint best = 0;

      for (guint i = 1; i < d->n_options; i++)
        if (remainder[i] > remainder[best])
          best = i;
      d->percent[best]++;
      remainder[best] = 0;
    }
}

void
ds_room_get_distribution (DsRoom             *self,
                          guint               question,
                          DsRoomDistribution *distribution)
{
  DsRoomRound *round;

  g_return_if_fail (DS_IS_ROOM (self));
  g_return_if_fail (distribution != NULL);

  memset (distribution, 0, sizeof *distribution);
  round = _ds_room_lookup_round (self, question);
  if (round == NULL)
    return;
  distribution->n_options = round->question->n_options;
  distribution->right = round->question->right;
  distribution->n_answers = round->n_answers;
  memcpy (distribution->counts, round->counts, sizeof round->counts);
  ds_room_distribution_fill_percent (distribution);
}

/* Case does not count in a list a person reads ("ayu" before "Budi"),
 * whatever the locale's collation makes of it. */
static int
compare_nicknames (gconstpointer a,
                   gconstpointer b)
{
  const char *na = *(const char * const *) a, *nb = *(const char * const *) b;
  g_autofree char *fa = g_utf8_casefold (na, -1);
  g_autofree char *fb = g_utf8_casefold (nb, -1);
  int order = g_utf8_collate (fa, fb);

  return order != 0 ? order : strcmp (na, nb);
}

char **
ds_room_get_waiting (DsRoom *self)
{
  GPtrArray *waiting = g_ptr_array_new ();
  int current;

  g_return_val_if_fail (DS_IS_ROOM (self), NULL);

  current = ds_room_get_current (self);
  for (guint i = 0; current >= 0 && i < self->seats->len; i++)
    {
      DsRoomSeat *seat = g_ptr_array_index (self->seats, i);

      if (seat->present && _ds_room_seat_answer (seat, current)->option < 0)
        g_ptr_array_add (waiting, g_strdup (seat->nickname));
    }
  g_ptr_array_sort (waiting, compare_nicknames);
  g_ptr_array_add (waiting, NULL);
  return (char **) g_ptr_array_free (waiting, FALSE);
}

/* Summary */

static guint
n_right (DsRoom *self,
         guint   question)
{
  DsRoomRound *round = _ds_room_lookup_round (self, question);

  return round ? round->counts[round->question->right] : 0;
}

guint
ds_room_get_percent_correct (DsRoom *self,
                             guint   question)
{
  guint n;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);

  n = ds_room_get_n_answers (self, question);
  if (n == 0)
    return 0;
  return (n_right (self, question) * 100 + n / 2) / n;
}

static gboolean
answer_is_right (DsRoom             *self,
                 const DsRoomAnswer *answer,
                 guint               question)
{
  const DsRoomQuestion *q = ds_room_get_question (self, question);

  return answer->option >= 0 && q != NULL && (guint) answer->option == q->right;
}

static void
fill_rank (DsRoom     *self,
           DsRoomSeat *seat,
           DsRoomRank *rank)
{
  rank->seat = seat->seat;
  rank->nickname = seat->nickname;
  rank->n_correct = 0;
  rank->time_us = 0;
  for (guint q = 0; q < seat->answers->len; q++)
    {
      const DsRoomAnswer *answer = _ds_room_seat_answer (seat, q);

      if (answer_is_right (self, answer, q))
        {
          rank->n_correct++;
          rank->time_us += answer->time_us;
        }
    }
}

guint
ds_room_get_n_correct (DsRoom *self,
                       guint   seat_number)
{
  DsRoomSeat *seat;
  DsRoomRank rank;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);

  seat = _ds_room_lookup_seat (self, seat_number);
  if (seat == NULL)
    return 0;
  fill_rank (self, seat, &rank);
  return rank.n_correct;
}

/* More right answers first; on a tie the faster in total, then the one
 * who joined first, so the order never depends on the sort. */
static int
compare_ranks (gconstpointer a,
               gconstpointer b)
{
  const DsRoomRank *ra = a, *rb = b;

  if (ra->n_correct != rb->n_correct)
    return ra->n_correct > rb->n_correct ? -1 : 1;
  if (ra->time_us != rb->time_us)
    return ra->time_us < rb->time_us ? -1 : 1;
  return ra->seat < rb->seat ? -1 : (ra->seat > rb->seat);
}

GArray *
ds_room_get_top (DsRoom *self,
                 guint   max)
{
  GArray *top = g_array_new (FALSE, FALSE, sizeof (DsRoomRank));

  g_return_val_if_fail (DS_IS_ROOM (self), top);

  for (guint i = 0; i < self->seats->len; i++)
    {
      DsRoomRank rank;

      fill_rank (self, g_ptr_array_index (self->seats, i), &rank);
      if (rank.n_correct > 0)
        g_array_append_val (top, rank);
    }
  g_array_sort (top, compare_ranks);
  if (top->len > max)
    g_array_set_size (top, max);
  return top;
}

/* CSV */

/* A spreadsheet runs a cell that starts with one of these as a formula
 * (`=cmd|' /C calc'!A0`): such text gets a leading apostrophe, which
 * spreadsheets show as text and do not run. */
static gboolean
looks_like_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/* Every text field is quoted, with quotes doubled (RFC 4180). */
static void
append_text_field (GString    *csv,
                   const char *text)
{
  g_string_append_c (csv, '"');
  if (looks_like_formula (text))
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_answer_row (GString            *csv,
                   DsRoom             *self,
                   DsRoomSeat         *seat,
                   guint               question)
{
  const DsRoomQuestion *q = ds_room_get_question (self, question);
  const DsRoomAnswer *answer = _ds_room_seat_answer (seat, question);
  char time[G_ASCII_DTOSTR_BUF_SIZE];

  append_text_field (csv, seat->nickname);
  g_string_append_printf (csv, ",%u,", question + 1);
  append_text_field (csv, q->text);
  g_string_append_printf (csv, ",%c,", 'A' + answer->option);
  append_text_field (csv, q->options[answer->option]);
  g_ascii_formatd (time, sizeof time, "%.3f", answer->time_us / (double) G_USEC_PER_SEC);
  g_string_append_printf (csv, ",%s,%s\r\n",
                          answer_is_right (self, answer, question) ? "yes" : "no", time);
}

char *
ds_room_to_csv (DsRoom *self)
{
  GString *csv;

  g_return_val_if_fail (DS_IS_ROOM (self), NULL);

  /* The byte order mark makes spreadsheets read the file as UTF-8. */
  csv = g_string_new ("\xef\xbb\xbf"
                      "nickname,question,question_text,answer,answer_text,correct,time_s\r\n");
  for (guint q = 0; q < self->rounds->len; q++)
    for (guint i = 0; i < self->seats->len; i++)
      {
        DsRoomSeat *seat = g_ptr_array_index (self->seats, i);

        if (_ds_room_seat_answer (seat, q)->option >= 0)
          append_answer_row (csv, self, seat, q);
      }
  return g_string_free (csv, FALSE);
}
