/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "ds-parser.h"

/* Language detection looks at the first 64 KB: some ten thousand words,
 * far more than the function words need to agree, and a larger sample
 * made detection a third of the parser's time on long files. */
#define DETECT_SAMPLE_BYTES ((gsize) 64 * 1024)

/* Function words of either language by length, each list ended by NULL:
 * a word is lowercased once and compared only with the words of its
 * length. */
static const char *const indonesian_words[][12] = {
  [2] = { "di", "ke", NULL },
  [3] = { "dan", "ini", "itu", "dll", NULL },
  [4] = { "yang", "dari", "pada", "oleh", "akan", "juga", "atau", "bagi", "para", NULL },
  [5] = { "untuk", "dalam", "serta", "tidak", "telah", "dapat", "sejak", "namun", NULL },
  [6] = { "dengan", "adalah", "antara", "secara", "karena", "hingga", "tetapi", NULL },
  [7] = { "sebagai", "melalui", "tentang", "menjadi", NULL },
  [8] = { "terhadap", "tersebut", NULL },
};
static const char *const english_words[][12] = {
  [2] = { "of", "to", "is", "in", "on", "by", "as", "at", "it", "be", "or", "an", },
  [3] = { "the", "and", "for", "are", "was", "has", "its", "not", NULL },
  [4] = { "that", "with", "from", "this", "were", "have", "been", "they", NULL },
  [5] = { "which", "their", "these", "those", "would", NULL },
  [6] = { "should", NULL },
};

/* A word of at most eight ASCII letters, lower-cased, as a number: its
 * bytes in order, zero past its end. */
static inline guint64
packed_word (const char *w,
             gsize       len)
{
  guint64 v = 0;

  for (gsize i = 0; i < len; i++)
    v |= (guint64) (guchar) (w[i] | 0x20) << (8 * i);
  return v;
}

/* The lists above as numbers (packed_word()), made once: detection reads
 * every word of its sample, and comparing a number is cheaper than a
 * memcmp() for each word of the length. */
typedef struct {
  guint64 id[G_N_ELEMENTS (indonesian_words)][12];
  guint   n_id[G_N_ELEMENTS (indonesian_words)];
  guint64 en[G_N_ELEMENTS (english_words)][12];
  guint   n_en[G_N_ELEMENTS (english_words)];
} PackedWords;

static void
pack_words (const char *const (*words)[12],
            gsize               n_lengths,
            guint64           (*packed)[12],
            guint              *n)
{
  for (gsize len = 0; len < n_lengths; len++)
    for (n[len] = 0; n[len] < 12 && words[len][n[len]] != NULL; n[len]++)
      packed[len][n[len]] = packed_word (words[len][n[len]], len);
}

static const PackedWords *
packed_words (void)
{
  static PackedWords packed;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      pack_words (indonesian_words, G_N_ELEMENTS (indonesian_words), packed.id, packed.n_id);
      pack_words (english_words, G_N_ELEMENTS (english_words), packed.en, packed.n_en);
      g_once_init_leave (&initialized, 1);
    }
  return &packed;
}

static gboolean
in_packed (const guint64 *words,
           guint          n,
           guint64        w)
{
  for (guint i = 0; i < n; i++)
    if (words[i] == w)
      return TRUE;
  return FALSE;
}

/* +1 for an Indonesian function word, -1 for an English one, else 0. The
 * word is ASCII letters (ds_language_detect() reads no other). */
static int
function_word_language (const PackedWords *packed,
                        const char        *word,
                        gsize              len)
{
  guint64 w;

  if (len < 2 || len > 8)
    return 0;
  w = packed_word (word, len);
  if (len < G_N_ELEMENTS (indonesian_words) && in_packed (packed->id[len], packed->n_id[len], w))
    return 1;
  if (len < G_N_ELEMENTS (english_words) && in_packed (packed->en[len], packed->n_en[len], w))
    return -1;
  return 0;
}

static gboolean
has_prefix (const char *w,
            gsize       len,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return len > n && memcmp (w, prefix, n) == 0;
}

static gboolean
has_suffix (const char *w,
            gsize       len,
            const char *suffix)
{
  gsize n = strlen (suffix);

  return len > n && memcmp (w + len - n, suffix, n) == 0;
}

/* Whether a lowercase word is built the Indonesian way, with an affix
 * that English words next to never have: "-nya", "-kan", "meng-",
 * "meny-", "ber-", "pe-…-an", "ke-…-an" ("lemahnya", "menyatakan",
 * "berdiri", "perusahaan", "keamanan"). Glosses, names and titles in
 * English fill many an Indonesian handout; its own words are built so. */
static gboolean
indonesian_affix (const char *w,
                  gsize       len)
{
  if (len < 5 || !g_ascii_islower (w[0]))
    return FALSE;
  return has_suffix (w, len, "nya") || has_suffix (w, len, "kan") ||
         has_prefix (w, len, "meng") || has_prefix (w, len, "meny") ||
         (len >= 6 && has_prefix (w, len, "ber")) ||
         (len >= 7 && (has_prefix (w, len, "pe") || has_prefix (w, len, "ke")) &&
          has_suffix (w, len, "an"));
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

/* A word glued to non-ASCII letters is a word of neither list. */
static gboolean
is_ascii_word (const char *text,
               gsize       length,
               gsize       start,
               gsize       end)
{
  return end > start &&
         (end >= length || (guchar) text[end] < 0x80) &&
         (start == 0 || (guchar) text[start - 1] < 0x80);
}

/**
 * ds_language_detect:
 *
 * Counts the words of (the first 64 KB of) the text that only one of
 * Indonesian and English has: function words and, for Indonesian, words
 * with its affixes. Function words inside a capitalised name ("Ministry
 * of Foreign Affairs", "Badan Siber dan Sandi Negara", "Piracy off the
 * Coast") belong to the name, not to the prose around it, and do not
 * count. Indonesian unless English words are strictly more frequent.
 *
 * Returns: "id" or "en" (static strings)
 */
const char *
ds_language_detect (const char *text,
                    gsize       length)
{
  gssize score = 0;   /* Indonesian words minus English ones */
  gssize pending = 0; /* function words since the last other word */
  gboolean after_capital = FALSE;
  const PackedWords *packed;
  gsize i = 0;

  if (text == NULL)
    return "id";
  packed = packed_words ();

  length = sample_length (text, length);
  while (i < length)
    {
      gsize start;
      const char *w;
      gsize len;
      int lang;

      while (i < length && !g_ascii_isalpha (text[i]))
        i++;
      start = i;
      while (i < length && g_ascii_isalpha (text[i]))
        i++;

      if (!is_ascii_word (text, length, start, i))
        continue;
      w = text + start;
      len = i - start;

      /* A short lowercase word waits for the next word: between two
       * capitalised words it is part of a name. */
      lang = function_word_language (packed, w, len);
      if (g_ascii_islower (w[0]) && (lang != 0 || len <= 3))
        {
          pending += lang;
          continue;
        }

      if (!(after_capital && g_ascii_isupper (w[0])))
        score += pending;
      pending = 0;
      after_capital = g_ascii_isupper (w[0]);

      score += lang;
      if (indonesian_affix (w, len))
        score++;
    }
  score += pending;

  return score < 0 ? "en" : "id";
}
