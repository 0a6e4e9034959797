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

G_END_DECLS
