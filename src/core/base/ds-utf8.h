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

/* g_ascii_tolower() inline: GLib's is a function call, and the engine and
 * the parser fold bytes with it in loops asked at every word and line
 * (some 300,000 calls on bench/profile-generate's 2 MB). */
static inline gchar
ds_ascii_tolower (gchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

G_END_DECLS
