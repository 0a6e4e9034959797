/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room-protocol-private.h"

/*
 * A strict check of JSON (RFC 8259) before json-glib sees it. json-glib is
 * lenient — it takes single quotes, hexadecimal numbers, comments, leading
 * zeros, control characters inside strings and a second value after the
 * first — and it recurses on nesting. Here nesting is limited first, so the
 * recursion below is at most that deep, and only JSON gets through.
 * Strings must also not hold NUL (json-glib would cut them there) or a
 * half of a surrogate pair (which is not a character).
 */

typedef struct {
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
  while (s->p < s->end && strchr (" \t\n\r", *s->p) != NULL && *s->p != '\0')
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
  const char *start = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > start;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
check_number (Scanner *s)
{
  if (s->p < s->end && *s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (s->p >= s->end || !g_ascii_isdigit (*s->p) || !digits (s))
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

/* Four hex digits after "\u"; -1 when they are not. */
static int
hex4 (Scanner *s)
{
  int value = 0;

  if (s->end - s->p < 4)
    return -1;
  for (int i = 0; i < 4; i++, s->p++)
    {
      int digit = g_ascii_xdigit_value (*s->p);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* After "\u": a character other than NUL, a surrogate pair whole. */
static gboolean
check_unicode_escape (Scanner *s)
{
  int unit = hex4 (s);

  if (unit <= 0 || (unit >= 0xdc00 && unit <= 0xdfff))
    return FALSE;
  if (unit < 0xd800 || unit > 0xdbff)
    return TRUE;
  if (!accept_word (s, "\\u"))
    return FALSE;
  unit = hex4 (s);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

static gboolean
check_escape (Scanner *s)
{
  char c;

  if (s->p >= s->end)
    return FALSE;
  c = *s->p++;
  if (c == 'u')
    return check_unicode_escape (s);
  return strchr ("\"\\/bfnrt", c) != NULL && c != '\0';
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
      if (c == '\\' && !check_escape (s))
        return FALSE;
    }
  return FALSE;
}

static gboolean
enter (Scanner *s,
       guint    depth)
{
  if (depth < s->max_depth)
    return TRUE;
  s->too_deep = TRUE;
  return FALSE;
}

static gboolean
check_member (Scanner *s,
              guint    depth)
{
  return check_string (s) && accept (s, ':') && check_value (s, depth);
}

static gboolean
check_object (Scanner *s,
              guint    depth)
{
  if (!enter (s, depth))
    return FALSE;
  if (accept (s, '}'))
    return TRUE;
  do
    if (!check_member (s, depth + 1))
      return FALSE;
  while (accept (s, ','));
  return accept (s, '}');
}

static gboolean
check_array (Scanner *s,
             guint    depth)
{
  if (!enter (s, depth))
    return FALSE;
  if (accept (s, ']'))
    return TRUE;
  do
    if (!check_value (s, depth + 1))
      return FALSE;
  while (accept (s, ','));
  return accept (s, ']');
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
      s->p++;
      return check_object (s, depth);
    case '[':
      s->p++;
      return check_array (s, depth);
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

gboolean
_ds_room_json_check (const char  *data,
                     gsize        length,
                     guint        max_depth,
                     GError     **error)
{
  Scanner s = { data, data + length, max_depth, FALSE };
  gboolean ok = check_value (&s, 0);

  skip_space (&s);
  if (ok && s.p == s.end)
    return TRUE;
  g_set_error_literal (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_MALFORMED,
                       s.too_deep ? "The message is nested too deeply"
                                  : "The message is not JSON");
  return FALSE;
}
