/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Markdown's inline marks, found the way CommonMark's "process emphasis"
 * finds them (delimiter runs, flanking, the rule of three), then left out
 * (a card's source) or told with what they mark (the reader, which hides
 * them and styles the text between). Only emphasis and code spans; links
 * and raw HTML are text here, as they are in the reader. The marks pair
 * over one paragraph, where a line break is a character like any other
 * (white space, to flanking): the caller says where a paragraph is.
 */
#include "config.h"

#include <string.h>

#include "ds-text-inline.h"

/* What each byte of the text is: kept, a mark left out, code, or a mark
 * that was written escaped ("\*"), text and never a delimiter. */
enum { BYTE_TEXT = 0, BYTE_MARK = 1, BYTE_CODE = 2, BYTE_LITERAL = 3 };

typedef enum {
  CLASS_SPACE,                  /* white space, or the text's start or end */
  CLASS_PUNCT,                  /* punctuation or a symbol */
  CLASS_OTHER,
} CharClass;

/* A run of "*" or "_". A closer's marks are used from its start (@lo up),
 * an opener's from its end (@hi down); a run that first closes and then
 * opens uses both ends of what is left between. */
typedef struct {
  gsize    start;
  gsize    length;              /* as written, for the rule of three */
  gsize    lo;
  gsize    hi;
  char     c;
  gboolean can_open;
  gboolean can_close;
} Run;

static CharClass
class_of (gunichar c)
{
  if (c == 0 || g_unichar_isspace (c))
    return CLASS_SPACE;
  return g_unichar_ispunct (c) ? CLASS_PUNCT : CLASS_OTHER;
}

static CharClass
class_before (const char *text,
              gsize       at)
{
  return at == 0 ? CLASS_SPACE : class_of (g_utf8_get_char (g_utf8_prev_char (text + at)));
}

static CharClass
class_after (const char *text,
             gsize       len,
             gsize       at)
{
  return at >= len ? CLASS_SPACE : class_of (g_utf8_get_char (text + at));
}

static gsize
run_length (const char *text,
            gsize       at,
            gsize       len,
            char        c)
{
  gsize n = 0;

  while (at + n < len && text[at + n] == c)
    n++;
  return n;
}

/* The start of the next run of exactly @n backticks from @from, or
 * @len when there is none. */
static gsize
find_backticks (const char *text,
                gsize       from,
                gsize       len,
                gsize       n)
{
  while (from < len)
    {
      gsize run = text[from] == '`' ? run_length (text, from, len, '`') : 0;

      if (run == n)
        return from;
      from += MAX (run, 1);
    }
  return len;
}

/* Marks the backtick runs that open and close code spans, and the code
 * between them, from left to right as CommonMark reads them; an escaped
 * backtick opens nothing. A run with no partner is text. */
static void
find_code (const char *text,
           gsize       len,
           guint8     *bytes)
{
  gsize i = 0;

  while (i < len)
    {
      gsize n, close;

      if (text[i] != '`' || bytes[i] == BYTE_LITERAL)
        {
          i++;
          continue;
        }
      for (n = 1; i + n < len && text[i + n] == '`' && bytes[i + n] != BYTE_LITERAL; n++)
        ;
      close = find_backticks (text, i + n, len, n);
      if (close < len)
        {
          memset (bytes + i, BYTE_MARK, n);
          memset (bytes + i + n, BYTE_CODE, close - i - n);
          memset (bytes + close, BYTE_MARK, n);
        }
      i = close < len ? close + n : i + n;
    }
}

/* CommonMark's left- and right-flanking, with "_" kept from opening or
 * closing inside a word. */
static void
classify (Run        *run,
          const char *text,
          gsize       len)
{
  CharClass before = class_before (text, run->start);
  CharClass after = class_after (text, len, run->start + run->length);
  gboolean left = after != CLASS_SPACE && (after != CLASS_PUNCT || before != CLASS_OTHER);
  gboolean right = before != CLASS_SPACE && (before != CLASS_PUNCT || after != CLASS_OTHER);

  run->can_open = left && (run->c == '*' || !right || before == CLASS_PUNCT);
  run->can_close = right && (run->c == '*' || !left || after == CLASS_PUNCT);
}

/* The runs of "*" and "_" outside code, in order; an escaped mark ends
 * a run ("**\*" is a run of two and a star). */
static GArray *
find_runs (const char   *text,
           gsize         len,
           const guint8 *bytes)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  gsize i = 0;

  while (i < len)
    {
      Run run = { .start = i, .c = text[i] };

      if (bytes[i] != BYTE_TEXT || (run.c != '*' && run.c != '_'))
        {
          i++;
          continue;
        }
      while (i + run.length < len && text[i + run.length] == run.c && bytes[i + run.length] == BYTE_TEXT)
        run.length++;
      run.lo = i;
      run.hi = i + run.length;
      classify (&run, text, len);
      g_array_append_val (runs, run);
      i += run.length;
    }
  return runs;
}

/* CommonMark's rule of three: "*a**b*" is not "a" and "b" emphasised. */
static gboolean
barred_by_three (const Run *opener,
                 const Run *closer)
{
  return (opener->can_close || closer->can_open) &&
         (opener->length + closer->length) % 3 == 0 &&
         (opener->length % 3 != 0 || closer->length % 3 != 0);
}

/* The nearest run before the @i-th that can open what it closes, or -1. */
static int
find_opener (GArray *runs,
             guint   i)
{
  const Run *closer = &g_array_index (runs, Run, i);

  for (guint k = i; k-- > 0;)
    {
      const Run *opener = &g_array_index (runs, Run, k);

      if (opener->c == closer->c && opener->can_open && opener->hi > opener->lo &&
          !barred_by_three (opener, closer))
        return (int) k;
    }
  return -1;
}

/* Pairs the @o-th run with the @i-th: one mark each for emphasis, two for
 * strong; the runs between them can open nothing any more. @spans, when
 * not NULL, gets what the pair marks. */
static void
pair (GArray *runs,
      guint   o,
      guint   i,
      guint8 *bytes,
      GArray *spans)
{
  Run *opener = &g_array_index (runs, Run, o);
  Run *closer = &g_array_index (runs, Run, i);
  gsize use = opener->hi - opener->lo >= 2 && closer->hi - closer->lo >= 2 ? 2 : 1;

  opener->hi -= use;
  memset (bytes + opener->hi, BYTE_MARK, use);
  memset (bytes + closer->lo, BYTE_MARK, use);
  if (spans != NULL)
    {
      DsTextInline span = { use == 2 ? DS_TEXT_INLINE_STRONG : DS_TEXT_INLINE_EMPHASIS,
                            opener->hi + use, closer->lo };

      g_array_append_val (spans, span);
    }
  closer->lo += use;
  for (guint k = o + 1; k < i; k++)
    g_array_index (runs, Run, k).can_open = FALSE;
}

static void
match_runs (GArray *runs,
            guint8 *bytes,
            GArray *spans)
{
  for (guint i = 0; i < runs->len; i++)
    {
      int o;

      while (g_array_index (runs, Run, i).can_close &&
             g_array_index (runs, Run, i).hi > g_array_index (runs, Run, i).lo &&
             (o = find_opener (runs, i)) >= 0)
        pair (runs, (guint) o, i, bytes, spans);
    }
}

/* Marks the inline marks of one paragraph of @len bytes in @bytes (one
 * per byte, zeroed), its escaped marks (@n_escaped offsets) being text;
 * @spans as for pair (). */
static void
find_marks (const char  *text,
            gsize        len,
            const gsize *escaped,
            guint        n_escaped,
            guint8      *bytes,
            GArray      *spans)
{
  g_autoptr(GArray) runs = NULL;

  for (guint i = 0; i < n_escaped; i++)
    if (escaped[i] < len)
      bytes[escaped[i]] = BYTE_LITERAL;
  find_code (text, len, bytes);
  runs = find_runs (text, len, bytes);
  match_runs (runs, bytes, spans);
}

static gboolean
may_have_marks (const char *text,
                gsize       len)
{
  return memchr (text, '*', len) != NULL || memchr (text, '_', len) != NULL ||
         memchr (text, '`', len) != NULL;
}

char *
ds_text_dup_plain_span (const char  *text,
                        gsize        length,
                        gsize        start,
                        gsize        end,
                        const gsize *escaped,
                        guint        n_escaped)
{
  g_autofree guint8 *bytes = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end && end <= length, NULL);

  if (!may_have_marks (text + start, end - start))
    return g_strndup (text + start, end - start);
  bytes = g_malloc0 (length);
  find_marks (text, length, escaped, n_escaped, bytes, NULL);
  out = g_string_sized_new (end - start);
  for (gsize i = start; i < end; i++)
    if (bytes[i] != BYTE_MARK)
      g_string_append_c (out, text[i]);
  return g_string_free (out, FALSE);
}

char *
ds_text_dup_plain (const char *text)
{
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  return ds_text_dup_plain_span (text, len, 0, len, NULL, 0);
}

/* Adds a span of @kind for each run of @byte in @bytes. */
static void
add_runs (GArray           *spans,
          const guint8     *bytes,
          gsize             len,
          guint8            byte,
          DsTextInlineKind  kind)
{
  for (gsize i = 0; i < len; i++)
    {
      DsTextInline span = { kind, i, i };

      if (bytes[i] != byte)
        continue;
      while (span.end < len && bytes[span.end] == byte)
        span.end++;
      g_array_append_val (spans, span);
      i = span.end;
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const DsTextInline *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

GArray *
ds_text_find_inline (const char  *text,
                     gsize        length,
                     const gsize *escaped,
                     guint        n_escaped)
{
  GArray *spans;
  g_autofree guint8 *bytes = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  spans = g_array_new (FALSE, FALSE, sizeof (DsTextInline));
  if (!may_have_marks (text, length))
    return spans;
  bytes = g_malloc0 (length);
  find_marks (text, length, escaped, n_escaped, bytes, spans);
  add_runs (spans, bytes, length, BYTE_MARK, DS_TEXT_INLINE_MARK);
  add_runs (spans, bytes, length, BYTE_CODE, DS_TEXT_INLINE_CODE);
  g_array_sort (spans, compare_spans);
  return spans;
}

/* Guard bytes for "*", "_", "`" (never in an essay's cleaned text). */
static const char guard_of[] = { '*', '\x02', '_', '\x03', '`', '\x04' };

static gboolean
guard_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

void
ds_text_guard_marks (char               *text,
                     const char * const *words)
{
  for (guint i = 0; text != NULL && words != NULL && words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (n == 0)
        continue;
      for (char *p = strstr (text, words[i]); p != NULL; p = strstr (p + 1, words[i]))
        {
          if ((p > text && guard_word_byte (p[-1])) || guard_word_byte (p[n]))
            continue;
          for (gsize k = 0; k < n; k++)
            for (guint g = 0; g < G_N_ELEMENTS (guard_of); g += 2)
              if (p[k] == guard_of[g])
                p[k] = guard_of[g + 1];
        }
    }
}

void
ds_text_unguard_marks (char *text)
{
  for (char *p = text; p != NULL && *p != '\0'; p++)
    for (guint g = 0; g < G_N_ELEMENTS (guard_of); g += 2)
      if (*p == guard_of[g + 1])
        *p = guard_of[g];
}
