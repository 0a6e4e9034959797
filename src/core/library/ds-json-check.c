/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsJson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-json.h"

/*
 * A strict check of JSON (RFC 8259) before json-glib sees it. json-glib
 * recurses on nesting (100,000 brackets overflow the stack), accepts more
 * than JSON (comments, single quotes, a second value after the first) and,
 * in json-glib 1.6, leaks the part of the tree it built when it stops at
 * an error. So only JSON reaches it, and only as deep as DS_JSON_MAX_DEPTH:
 * the recursion here is bounded by the same limit.
 */

typedef struct {
  const char *start;
  const char *p;
  const char *end;
  guint       max_depth;
  gboolean    too_deep;
} Scanner;

static gboolean check_value (Scanner *s,
                             guint    depth);

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static gboolean
accept (Scanner *s,
        char     c)
{
  skip_space (s);
  if (s->p < s->end && *s->p == c)
    {
      s->p++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
accept_word (Scanner    *s,
             const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (s->end - s->p) < length || memcmp (s->p, word, length) != 0)
    return FALSE;
  s->p += length;
  return TRUE;
}

static gboolean
digits (Scanner *s)
{
  const char *first = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > first;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
check_number (Scanner *s)
{
  if (s->p < s->end && *s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!digits (s))
    return FALSE;
  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      if (!digits (s))
        return FALSE;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!digits (s))
        return FALSE;
    }
  return TRUE;
}

static gboolean
hex4 (Scanner *s,
      guint   *value)
{
  *value = 0;
  for (int i = 0; i < 4; i++, s->p++)
    {
      if (s->p >= s->end || !g_ascii_isxdigit (*s->p))
        return FALSE;
      *value = *value * 16 + g_ascii_xdigit_value (*s->p);
    }
  return TRUE;
}

/* \uXXXX: a surrogate must come in a pair, and \u0000 is refused (json-glib
 * would cut the string there). */
static gboolean
check_unicode_escape (Scanner *s)
{
  guint unit, low;

  if (!hex4 (s, &unit) || unit == 0 || (unit >= 0xdc00 && unit <= 0xdfff))
    return FALSE;
  if (unit < 0xd800 || unit > 0xdbff)
    return TRUE;
  return accept_word (s, "\\u") && hex4 (s, &low) && low >= 0xdc00 && low <= 0xdfff;
}

static gboolean
check_string (Scanner *s)
{
  if (!accept (s, '"'))
    return FALSE;
  while (s->p < s->end)
    {
      guchar c = (guchar) *s->p++;

      if (c == '"')
        return TRUE;
      if (c < 0x20)
        return FALSE;
      if (c != '\\')
        continue;
      if (s->p >= s->end)
        return FALSE;
      c = (guchar) *s->p++;
      if (c == 'u' && !check_unicode_escape (s))
        return FALSE;
      if (c != 'u' && strchr ("\"\\/bfnrt", c) == NULL)
        return FALSE;
    }
  return FALSE;
}

/* The members of an object or the elements of an array, after its opening
 * bracket. */
static gboolean
check_members (Scanner  *s,
               guint     depth,
               char      close,
               gboolean  object)
{
  if (accept (s, close))
    return TRUE;
  do
    {
      if (object && (!check_string (s) || !accept (s, ':')))
        return FALSE;
      if (!check_value (s, depth))
        return FALSE;
    }
  while (accept (s, ','));
  return accept (s, close);
}

static gboolean
check_value (Scanner *s,
             guint    depth)
{
  skip_space (s);
  if (s->p >= s->end)
    return FALSE;

  switch (*s->p)
    {
    case '{':
    case '[':
      if (depth + 1 > s->max_depth)
        {
          s->too_deep = TRUE;
          return FALSE;
        }
      s->p++;
      return check_members (s, depth + 1, s->p[-1] == '{' ? '}' : ']', s->p[-1] == '{');
    case '"':
      return check_string (s);
    case 't':
      return accept_word (s, "true");
    case 'f':
      return accept_word (s, "false");
    case 'n':
      return accept_word (s, "null");
    default:
      return check_number (s);
    }
}

/* Line and column (from 1, in bytes) of the scanner's position. */
static void
position (Scanner *s,
          guint   *line,
          guint   *column)
{
  const char *line_start = s->start;

  *line = 1;
  for (const char *q = s->start; q < s->p && q < s->end; q++)
    if (*q == '\n')
      {
        (*line)++;
        line_start = q + 1;
      }
  *column = (guint) (MIN (s->p, s->end) - line_start) + 1;
}

gboolean
ds_json_check (const char  *data,
               gsize        length,
               guint        max_depth,
               const char  *name,
               GError     **error)
{
  Scanner s = { data, data, data + length, max_depth, FALSE };
  guint line, column;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (check_value (&s, 0))
    {
      skip_space (&s);
      if (s.p == s.end)
        return TRUE;
    }

  if (s.too_deep)
    {
      /* Translators: a file name and a number of levels (64). */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("%s: nested more than %u levels deep; not a file DiploStudy can read"),
                   name, max_depth);
      return FALSE;
    }
  position (&s, &line, &column);
  /* Translators: a file name, a line and a column in it. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%s:%u:%u: this is not valid JSON"), name, line, column);
  return FALSE;
}
