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

/* Whether the @len bytes at @s (not NUL-terminated) are the lower-case
 * @word, ignoring ASCII case. Most calls fail at the first byte, so it is
 * compared before any length is taken. */
static inline gboolean
ds_text_ascii_equal_nocase (const char *s,
                            gsize       len,
                            const char *word)
{
  for (gsize i = 0; i < len; i++)
    {
      /* g_ascii_tolower() is a function call. */
      char c = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i];

      if (word[i] == '\0' || c != word[i])
        return FALSE;
    }

  return word[len] == '\0';
}

gboolean ds_text_clean         (const char   *s,
                                const char   *e,
                                const char   *data,
                                char         *out,
                                GArray       *escaped,
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
