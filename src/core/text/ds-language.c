/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "ds-parser.h"

/* Language detection looks at the first 64 KB: some ten thousand words,
 * far more than the function words need to agree, and a larger sample
 * made detection a third of the parser's time on long files. */
#define DETECT_SAMPLE_BYTES ((gsize) 64 * 1024)

/* Detection compares every short word of the sample, so the comparison is
 * a switch on the length and a memcmp of the lowercased word, not a scan of
 * both lists with strlen() for each entry. */
static int
function_word_language (const char *word,
                        gsize       len)
{
  char w[6];

  if (len > sizeof w)
    return 0;
  for (gsize i = 0; i < len; i++)
    w[i] = g_ascii_tolower (word[i]);

#define IS(lit) (memcmp (w, lit, sizeof lit - 1) == 0)
  switch (len)
    {
    case 2:
      if (IS ("di"))
        return 1;
      if (IS ("of") || IS ("to") || IS ("is") || IS ("in"))
        return -1;
      break;

    case 3:
      if (IS ("dan") || IS ("ini"))
        return 1;
      if (IS ("the") || IS ("and"))
        return -1;
      break;

    case 4:
      if (IS ("yang") || IS ("dari"))
        return 1;
      if (IS ("that") || IS ("with"))
        return -1;
      break;

    case 5:
      if (IS ("untuk") || IS ("dalam"))
        return 1;
      break;

    case 6:
      if (IS ("dengan") || IS ("adalah"))
        return 1;
      break;

    default:
      break;
    }
#undef IS

  return 0;
}

/* The sample's length: cut before the word the sample would split ("into"
 * must not count as "in"), backing up to an ASCII non-letter, which is also
 * a UTF-8 character boundary. */
static gsize
sample_length (const char *text,
               gsize       length)
{
  if (length <= DETECT_SAMPLE_BYTES)
    return length;

  length = DETECT_SAMPLE_BYTES;
  while (length > 0 &&
         (g_ascii_isalpha (text[length]) || (guchar) text[length] >= 0x80))
    length--;

  return length;
}

/* Function words are short; a word glued to non-ASCII letters is not one
 * of them. */
static gboolean
is_short_ascii_word (const char *text,
                     gsize       length,
                     gsize       start,
                     gsize       end)
{
  return end - start > 0 && end - start <= 6 &&
         (end >= length || (guchar) text[end] < 0x80) &&
         (start == 0 || (guchar) text[start - 1] < 0x80);
}

/**
 * ds_language_detect:
 *
 * Counts Indonesian and English function words in (the first 64 KB of)
 * the text. Indonesian unless English words are strictly more frequent.
 *
 * Returns: "id" or "en" (static strings)
 */
const char *
ds_language_detect (const char *text,
                    gsize       length)
{
  gsize id_count = 0;
  gsize en_count = 0;
  gsize i = 0;

  if (text == NULL)
    return "id";

  length = sample_length (text, length);
  while (i < length)
    {
      gsize start;
      int lang;

      while (i < length && !g_ascii_isalpha (text[i]))
        i++;
      start = i;
      while (i < length && g_ascii_isalpha (text[i]))
        i++;

      if (!is_short_ascii_word (text, length, start, i))
        continue;

      lang = function_word_language (text + start, i - start);
      if (lang > 0)
        id_count++;
      else if (lang < 0)
        en_count++;
    }

  return en_count > id_count ? "en" : "id";
}
