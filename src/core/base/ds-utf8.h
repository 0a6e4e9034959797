/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Small UTF-8 helpers every stage may use, written once.
 */

/* @text with its first character in title case (a new string). */
char *ds_utf8_capitalize (const char *text);

/* Whether the @len bytes at @p ("ASEAN", "CNN", "UNCLOS") hold two
 * letters or more and no lower-case one: an acronym or a word in
 * capitals. */
gboolean ds_utf8_all_capitals (const char *p,
                               gsize       len);

/* g_utf8_strdown() of the @len bytes at @p (-1: up to its NUL), to the
 * same result: ASCII is lowered byte by byte in place of GLib's call,
 * which reads every character as Unicode (some 9,000 instructions a
 * sentence), but for a text with a byte past ASCII or, where the locale
 * is Turkic, a capital I, which GLib lowers otherwise. */
char *ds_utf8_strdown (const char *p,
                       gssize      len);

/* g_ascii_tolower() inline: GLib's is a function call, and the engine and
 * the parser fold bytes with it in loops asked at every word and line
 * (some 300,000 calls on bench/profile-generate's 2 MB). */
static inline gchar
ds_ascii_tolower (gchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* g_ascii_strncasecmp() inline, to the same result (it stops at the
 * first NUL of either text): the parser and the rules compare words with
 * literals in place at every token and line (some 100,000 calls on
 * bench/profile-generate's 2 MB), where GLib's is a call that lowers each
 * byte with another. */
static inline gint
ds_ascii_strncasecmp (const gchar *s1,
                      const gchar *s2,
                      gsize        n)
{
  for (; n > 0 && *s1 != '\0' && *s2 != '\0'; n--, s1++, s2++)
    {
      gint c1 = (guchar) ds_ascii_tolower (*s1);
      gint c2 = (guchar) ds_ascii_tolower (*s2);

      if (c1 != c2)
        return c1 - c2;
    }
  return n > 0 ? (gint) (guchar) *s1 - (gint) (guchar) *s2 : 0;
}

G_END_DECLS
