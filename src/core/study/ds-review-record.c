/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReviewLog"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ds-review-log-private.h"
#include "ds-time.h"

/*
 * The review log's records: what a sane one holds, how one is written as
 * a line and how a line is read back, whatever its bytes.
 */

#define HEADER_KIND "diplostudy-review-log"
/* 9999-12-31T23:59:59.999Z: anything later is not a time but garbage. */
#define MAX_TIME_MS G_GINT64_CONSTANT (253402300799999)
#define MAX_STABILITY 36500.0
#define MIN_STABILITY 0.001
#define MAX_DIFFICULTY 10.0
/* More answers than this in one day is a corrupt counter, not diligence. */
#define MAX_DAY_COUNT 1000000
#define MAX_ID_LENGTH 1024

static const char * const kind_names[] = {
  [DS_REVIEW_ANSWER] = "answer",
  [DS_REVIEW_UNDO] = "undo",
  [DS_REVIEW_SUSPEND] = "suspend",
  [DS_REVIEW_EDIT] = "edit",
  [DS_REVIEW_CARD] = "card",
  [DS_REVIEW_DAY] = "day",
  [DS_REVIEW_BEGIN] = "begin",
  [DS_REVIEW_END] = "end",
};

/* ------------------------------------------------------------------ */
/* Values                                                              */

gboolean
ds_review_card_is_sane (const DsFsrsCard *card)
{
  gboolean reviewed = card->last_review != DS_FSRS_NO_REVIEW;

  if ((guint) card->state > DS_FSRS_RELEARNING)
    return FALSE;
  if (!isfinite (card->stability) || card->stability < 0.0 || card->stability > MAX_STABILITY)
    return FALSE;
  if (!isfinite (card->difficulty) || card->difficulty < 0.0 || card->difficulty > MAX_DIFFICULTY)
    return FALSE;
  if (card->due < 0 || card->due > MAX_TIME_MS)
    return FALSE;
  if (reviewed && (card->last_review < 0 || card->last_review > MAX_TIME_MS))
    return FALSE;
  if (card->learning_steps > DS_FSRS_MAX_STEPS || card->lapses > card->reps)
    return FALSE;
  /* Every state but New comes from a review, which sets S ≥ S_MIN. */
  if (card->state != DS_FSRS_NEW && (!reviewed || card->stability < MIN_STABILITY))
    return FALSE;

  return TRUE;
}

gboolean
ds_review_day_is_valid (const char *day)
{
  unsigned int y, m, d;
  char rest;

  if (day == NULL || strlen (day) != 10 || sscanf (day, "%4u-%2u-%2u%c", &y, &m, &d, &rest) != 3)
    return FALSE;

  return g_date_valid_dmy (d, m, y);
}

gboolean
ds_review_counts_are_sane (const DsDayStats *day)
{
  return day->reviews <= MAX_DAY_COUNT
         && day->correct <= day->reviews
         && day->new_cards <= day->reviews
         && day->review_state_reviews <= day->reviews
         && day->review_state_passed <= day->review_state_reviews;
}

void
ds_review_answer_counts (const DsFsrsCard *before,
                         DsRating          rating,
                         gboolean          correct,
                         DsDayStats       *out)
{
  out->reviews = 1;
  out->correct = correct ? 1 : 0;
  out->new_cards = before->state == DS_FSRS_NEW ? 1 : 0;
  out->review_state_reviews = before->state == DS_FSRS_REVIEW ? 1 : 0;
  out->review_state_passed = before->state == DS_FSRS_REVIEW && rating >= DS_RATING_GOOD;
}

/* ------------------------------------------------------------------ */
/* Checksum: CRC-32 (IEEE 802.3), as zlib computes it                  */

static guint32
crc32_of (const char *data,
          gsize       length)
{
  static guint32 table[256];
  static gsize table_ready = 0;
  guint32 crc = 0xffffffffu;

  if (g_once_init_enter (&table_ready))
    {
      for (guint32 i = 0; i < 256; i++)
        {
          guint32 c = i;

          for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
          table[i] = c;
        }
      g_once_init_leave (&table_ready, 1);
    }

  for (gsize i = 0; i < length; i++)
    crc = table[(crc ^ (guchar) data[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}

/* ------------------------------------------------------------------ */
/* Writing records                                                     */

static void
append_escaped (GString    *out,
                const char *str)
{
  for (const char *p = str; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

static void
append_card (GString          *out,
             const DsFsrsCard *card)
{
  char stability[G_ASCII_DTOSTR_BUF_SIZE];
  char difficulty[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 last = card->last_review == DS_FSRS_NO_REVIEW ? -1 : card->last_review;

  /* g_ascii_dtostr() prints the shortest text that reads back exactly. */
  g_string_append_printf (out, "\t%u\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%u\t%u\t%u",
                          (guint) card->state,
                          g_ascii_dtostr (stability, sizeof stability, card->stability),
                          g_ascii_dtostr (difficulty, sizeof difficulty, card->difficulty),
                          card->due, last, card->reps, card->lapses, card->learning_steps);
}

static void
append_counts (GString          *out,
               const DsDayStats *c)
{
  g_string_append_printf (out, "\t%u\t%u\t%u\t%u\t%u", c->reviews, c->correct, c->new_cards,
                          c->review_state_reviews, c->review_state_passed);
}

static void
append_id (GString    *out,
           const char *id)
{
  g_string_append_c (out, '\t');
  append_escaped (out, id);
}

static void
append_fields (GString              *out,
               const DsReviewRecord *r)
{
  switch (r->kind)
    {
    case DS_REVIEW_ANSWER:
      append_id (out, r->card_id);
      g_string_append_printf (out, "\t%s\t%d\t%d\t%d", r->day, (int) r->rating, !!r->flag,
                              !!r->has_previous);
      append_card (out, &r->before);
      append_card (out, r->has_previous ? &r->previous : &r->before);
      append_card (out, &r->after);
      break;
    case DS_REVIEW_UNDO:
      append_id (out, r->card_id);
      g_string_append_printf (out, "\t%s", r->day);
      append_counts (out, &r->counts);
      g_string_append_printf (out, "\t%d", !!r->has_previous);
      append_card (out, &r->previous);
      break;
    case DS_REVIEW_SUSPEND:
      append_id (out, r->card_id);
      g_string_append_printf (out, "\t%d", !!r->flag);
      break;
    case DS_REVIEW_EDIT:
      append_id (out, r->card_id);
      g_string_append_printf (out, "\t%d", r->question != NULL);
      append_id (out, r->question != NULL ? r->question : "");
      append_id (out, r->answer != NULL ? r->answer : "");
      break;
    case DS_REVIEW_CARD:
      append_id (out, r->card_id);
      append_card (out, &r->after);
      break;
    case DS_REVIEW_DAY:
      g_string_append_printf (out, "\t%s", r->day);
      append_counts (out, &r->counts);
      break;
    case DS_REVIEW_BEGIN:
      g_string_append (out, r->flag ? "\tsnapshot" : "\timport");
      break;
    case DS_REVIEW_END:
    default:
      break;
    }
}

/* Ends the line that starts at @start with its checksum. */
static void
finish_line (GString *out,
             gsize    start)
{
  guint32 crc = crc32_of (out->str + start, out->len - start);

  g_string_append_printf (out, "\t%08x\n", crc);
}

void
_ds_review_format_record (GString              *out,
               const DsReviewRecord *r)
{
  gsize start = out->len;

  g_string_append_printf (out, "%" G_GUINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT,
                          r->seq, kind_names[r->kind], r->time);
  append_fields (out, r);
  finish_line (out, start);
}

void
_ds_review_format_header (GString *out)
{
  gsize start = out->len;

  g_string_append_printf (out, "0\t%s\t%" G_GINT64_FORMAT "\t%d",
                          HEADER_KIND, g_get_real_time () / 1000, DS_REVIEW_LOG_VERSION);
  finish_line (out, start);
}

/* ------------------------------------------------------------------ */
/* Reading records                                                     */

typedef struct {
  char   **fields;
  guint    n;
  guint    next;
  gboolean ok;
} Fields;

static const char *
take (Fields *f)
{
  if (f->next >= f->n)
    {
      f->ok = FALSE;
      return "";
    }
  return f->fields[f->next++];
}

static guint64
take_uint (Fields  *f,
           guint64  max)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (take (f), 10, 0, max, &value, NULL))
    f->ok = FALSE;
  return value;
}

static gint64
take_int (Fields *f,
          gint64  min,
          gint64  max)
{
  gint64 value = 0;

  if (!g_ascii_string_to_signed (take (f), 10, min, max, &value, NULL))
    f->ok = FALSE;
  return value;
}

static double
take_double (Fields *f)
{
  const char *text = take (f);
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (*text == '\0' || end == NULL || *end != '\0' || !isfinite (value))
    f->ok = FALSE;
  return value;
}

/* Undoes append_escaped() in place; FALSE on an escape it never writes. */
static gboolean
unescape (char *str)
{
  char *out = str;

  for (const char *p = str; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          *out++ = *p;
          continue;
        }
      switch (*++p)
        {
        case '\\': *out++ = '\\'; break;
        case 't': *out++ = '\t'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        default: return FALSE;
        }
    }
  *out = '\0';
  return g_utf8_validate (str, -1, NULL);
}

static const char *
take_string (Fields *f,
             gsize   max_length)
{
  char *text = (char *) take (f);

  if (!f->ok || strlen (text) > max_length || !unescape (text))
    f->ok = FALSE;
  return text;
}

static const char *
take_id (Fields *f)
{
  const char *id = take_string (f, MAX_ID_LENGTH);

  if (*id == '\0')
    f->ok = FALSE;
  return id;
}

static const char *
take_day (Fields *f)
{
  const char *day = take (f);

  if (!ds_review_day_is_valid (day))
    f->ok = FALSE;
  return day;
}

/* @sane: the state must be one the scheduler could produce (all but the
 * state an answer was scheduled from, of which only the state counts). */
static void
take_card (Fields     *f,
           DsFsrsCard *card,
           gboolean    sane)
{
  gint64 last;

  card->state = (DsFsrsState) take_uint (f, DS_FSRS_RELEARNING);
  card->stability = take_double (f);
  card->difficulty = take_double (f);
  card->due = take_int (f, 0, MAX_TIME_MS);
  last = take_int (f, -1, MAX_TIME_MS);
  card->last_review = last < 0 ? DS_FSRS_NO_REVIEW : last;
  card->reps = (guint) take_uint (f, G_MAXUINT);
  card->lapses = (guint) take_uint (f, G_MAXUINT);
  card->learning_steps = (guint) take_uint (f, DS_FSRS_MAX_STEPS);
  ds_fsrs_card_restore_interval (card);
  if (f->ok && sane && !ds_review_card_is_sane (card))
    f->ok = FALSE;
}

static void
take_counts (Fields     *f,
             DsDayStats *c)
{
  c->reviews = (guint) take_uint (f, MAX_DAY_COUNT);
  c->correct = (guint) take_uint (f, MAX_DAY_COUNT);
  c->new_cards = (guint) take_uint (f, MAX_DAY_COUNT);
  c->review_state_reviews = (guint) take_uint (f, MAX_DAY_COUNT);
  c->review_state_passed = (guint) take_uint (f, MAX_DAY_COUNT);
  if (f->ok && !ds_review_counts_are_sane (c))
    f->ok = FALSE;
}

static gboolean
take_flag (Fields *f)
{
  return take_uint (f, 1) == 1;
}

static void
take_answer (Fields         *f,
             DsReviewRecord *r)
{
  r->card_id = take_id (f);
  r->day = take_day (f);
  r->rating = (DsRating) take_uint (f, DS_RATING_EASY);
  if (r->rating < DS_RATING_AGAIN)
    f->ok = FALSE;
  r->flag = take_flag (f);
  r->has_previous = take_flag (f);
  take_card (f, &r->before, FALSE);
  take_card (f, &r->previous, r->has_previous);
  take_card (f, &r->after, TRUE);
}

static void
take_fields (Fields         *f,
             DsReviewRecord *r)
{
  switch (r->kind)
    {
    case DS_REVIEW_ANSWER:
      take_answer (f, r);
      break;
    case DS_REVIEW_UNDO:
      r->card_id = take_id (f);
      r->day = take_day (f);
      take_counts (f, &r->counts);
      r->has_previous = take_flag (f);
      take_card (f, &r->previous, r->has_previous);
      break;
    case DS_REVIEW_SUSPEND:
      r->card_id = take_id (f);
      r->flag = take_flag (f);
      break;
    case DS_REVIEW_EDIT:
      r->card_id = take_id (f);
      if (!take_flag (f))
        {
          take (f);
          take (f);
          break;
        }
      r->question = take_string (f, DS_REVIEW_LOG_MAX_LINE);
      r->answer = take_string (f, DS_REVIEW_LOG_MAX_LINE);
      break;
    case DS_REVIEW_CARD:
      r->card_id = take_id (f);
      take_card (f, &r->after, TRUE);
      break;
    case DS_REVIEW_DAY:
      r->day = take_day (f);
      take_counts (f, &r->counts);
      break;
    case DS_REVIEW_BEGIN:
      {
        const char *what = take (f);

        r->flag = g_str_equal (what, "snapshot");
        if (!r->flag && !g_str_equal (what, "import"))
          f->ok = FALSE;
      }
      break;
    case DS_REVIEW_END:
    default:
      break;
    }
}

static gboolean
kind_from_name (const char   *name,
                DsReviewKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (name, kind_names[i]))
      {
        *kind = (DsReviewKind) i;
        return TRUE;
      }
  return FALSE;
}

/* The checksum is the last field; it covers the rest of the line. */
static gboolean
checksum_matches (const char *line,
                  gsize       length)
{
  const char *tab = length > 9 ? line + length - 9 : NULL;
  guint64 crc;

  if (tab == NULL || *tab != '\t')
    return FALSE;
  if (!g_ascii_string_to_unsigned (tab + 1, 16, 0, G_MAXUINT32, &crc, NULL) ||
      strlen (tab + 1) != 8)
    return FALSE;
  return crc32_of (line, tab - line) == crc;
}

typedef enum {
  LINE_DAMAGED,
  LINE_HEADER,
  LINE_NEWER,
  LINE_RECORD,
} LineKind;

/* Parses a header line's fields (after its seq 0). */
static LineKind
parse_header (Fields *f)
{
  guint64 version;

  if (!g_str_equal (take (f), HEADER_KIND))
    return LINE_DAMAGED;
  take_int (f, 0, MAX_TIME_MS);
  version = take_uint (f, G_MAXUINT);
  if (!f->ok || f->next != f->n)
    return LINE_DAMAGED;
  return version > DS_REVIEW_LOG_VERSION ? LINE_NEWER : LINE_HEADER;
}

/* @line (NUL-terminated, without its newline, owned by the caller and
 * changed) into @r, whose strings point into @f's fields. */
static LineKind
parse_line (char           *line,
            gsize           length,
            Fields         *f,
            DsReviewRecord *r)
{
  if (memchr (line, '\0', length) != NULL || !checksum_matches (line, length))
    return LINE_DAMAGED;
  line[length - 9] = '\0';

  f->fields = g_strsplit (line, "\t", 64);
  f->n = g_strv_length (f->fields);
  f->next = 0;
  f->ok = TRUE;

  memset (r, 0, sizeof *r);
  r->seq = take_uint (f, G_MAXINT64);
  if (f->ok && r->seq == 0)
    return parse_header (f);
  if (!f->ok || !kind_from_name (take (f), &r->kind))
    return LINE_DAMAGED;
  r->time = take_int (f, 0, MAX_TIME_MS);
  take_fields (f, r);
  return f->ok && f->next == f->n ? LINE_RECORD : LINE_DAMAGED;
}

void
_ds_review_reader_init (DsReviewReader             *reader,
             DsReviewRecordFunc  func,
             gpointer            user_data,
             DsReviewLogScan    *scan)
{
  memset (reader, 0, sizeof *reader);
  memset (scan, 0, sizeof *scan);
  reader->func = func;
  reader->user_data = user_data;
  reader->scan = scan;
}

static void
reader_good (DsReviewReader *reader,
             gsize   line_end)
{
  reader->scan->n_damaged += reader->pending_bad;
  reader->pending_bad = 0;
  reader->scan->good_length = line_end;
}

static void
reader_record (DsReviewReader               *reader,
               const DsReviewRecord *r,
               gsize                 line_end)
{
  /* Numbers only go up: a record out of order is damage. */
  if (r->seq <= reader->scan->last_seq)
    {
      reader->pending_bad++;
      return;
    }
  reader_good (reader, line_end);
  reader->scan->last_seq = r->seq;
  reader->scan->n_records++;
  if (reader->func != NULL && !reader->func (r, reader->user_data))
    reader->stopped = TRUE;
}

/* One complete line; @line_end is the offset just after its newline. */
void
_ds_review_reader_line (DsReviewReader *reader,
             char   *line,
             gsize   length,
             gsize   line_end)
{
  Fields f = { NULL, };
  DsReviewRecord r;

  if (reader->stopped)
    return;

  switch (length > DS_REVIEW_LOG_MAX_LINE ? LINE_DAMAGED : parse_line (line, length, &f, &r))
    {
    case LINE_HEADER:
      reader_good (reader, line_end);
      break;
    case LINE_NEWER:
      reader->scan->newer = TRUE;
      reader->stopped = TRUE;
      break;
    case LINE_RECORD:
      reader_record (reader, &r, line_end);
      break;
    case LINE_DAMAGED:
    default:
      reader->pending_bad++;
      break;
    }
  g_strfreev (f.fields);
}

/* The end: damaged lines after the last good one, or a line without its
 * newline, are a torn record rather than damage in the middle. */
void
_ds_review_reader_finish (DsReviewReader *reader,
               gsize   trailing)
{
  if (reader->pending_bad > 0 || trailing > 0)
    reader->scan->torn = TRUE;
}

/* Feeds every complete line of @data; returns how many bytes were used. */
gsize
_ds_review_reader_feed (DsReviewReader *reader,
             char   *data,
             gsize   length,
             gsize   base)
{
  gsize start = 0;
  char *newline;

  while (!reader->stopped &&
         (newline = memchr (data + start, '\n', length - start)) != NULL)
    {
      gsize line_length = newline - (data + start);

      *newline = '\0';
      _ds_review_reader_line (reader, data + start, line_length, base + start + line_length + 1);
      start += line_length + 1;
    }
  return start;
}

void
ds_review_log_parse (const char         *data,
                     gsize               length,
                     DsReviewRecordFunc  func,
                     gpointer            user_data,
                     DsReviewLogScan    *scan)
{
  g_autofree char *copy = NULL;
  DsReviewReader reader;
  gsize used;

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (scan != NULL);

  _ds_review_reader_init (&reader, func, user_data, scan);
  copy = g_malloc (length + 1);
  memcpy (copy, data, length);
  copy[length] = '\0';
  used = _ds_review_reader_feed (&reader, copy, length, 0);
  _ds_review_reader_finish (&reader, reader.stopped ? 0 : length - used);
}
