/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Private to the parser: the byte-level cleaning of one line of text. Not
 * part of the core's API; only ds-parser.c includes it.
 */

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* What cleaning one line's content produced. */
typedef struct {
  gsize    bytes;               /* bytes written to the output */
  guint    chars;               /* characters written */
  guint    words;               /* words written */
} DsCleanInfo;

/* NBSP (U+00A0) at @s, which has at least one byte before @end. Inline:
 * the cleaning loop asks for every non-ASCII byte. */
static inline gboolean
ds_text_is_nbsp (const char *s,
                 const char *end)
{
  return end - s >= 2 && (guchar) s[0] == 0xC2 && (guchar) s[1] == 0xA0;
}

/* Whether the @len bytes at @s (not NUL-terminated) are @word, ignoring
 * ASCII case. */
static inline gboolean
ds_text_ascii_equal_nocase (const char *s,
                            gsize       len,
                            const char *word)
{
  gsize word_len = strlen (word);

  return len == word_len && g_ascii_strncasecmp (s, word, len) == 0;
}

gboolean ds_text_clean         (const char   *s,
                                const char   *e,
                                const char   *data,
                                char         *out,
                                DsCleanInfo  *info,
                                GError      **error);
gboolean ds_text_is_debris     (const char   *s,
                                gsize         len);
gsize    ds_text_label_length  (const char   *s,
                                gsize         len,
                                const char   *label);
gboolean ds_text_validate_utf8 (const char   *data,
                                gsize         length,
                                const char  **invalid);

G_END_DECLS
