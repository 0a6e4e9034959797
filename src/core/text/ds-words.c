/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Folding, function words and stems. Folding is one pass over the text's
 * characters; stems come from Snowball (libstemmer), whose stemmers keep
 * state between calls and so are not thread-safe: every thread that stems
 * gets its own, freed when the thread ends.
 */
#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "ds-words.h"
#include "ds-utf8.h"

/* Shorter words carry too little to compare texts by ("di", "17"). */
#define MIN_CONTENT_CHARS 3

/* ------------------------------------------------------------------ */
/* Folding                                                             */

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* A lower-case letter without its diacritics, for the letters NFKD does not
 * split into a base letter and a mark. */
static void
append_stripped (GString  *out,
                 gunichar  c)
{
  c = g_unichar_tolower (c);
  switch (c)
    {
    case 0x00DF: g_string_append (out, "ss"); return;   /* ß */
    case 0x00E6: g_string_append (out, "ae"); return;   /* æ */
    case 0x0153: g_string_append (out, "oe"); return;   /* œ */
    case 0x00F8: c = 'o'; break;                        /* ø */
    case 0x0111: c = 'd'; break;                        /* đ */
    case 0x0142: c = 'l'; break;                        /* ł */
    case 0x0131: c = 'i'; break;                        /* ı */
    default: break;
    }
  g_string_append_unichar (out, c);
}

/* ASCII, most of any text, without a function call per character. */
static inline char
ascii_lower (guchar c)
{
  return (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* Before a word's character: the space, when a word ended before it. */
static inline void
space_before (GString  *out,
              gboolean *space)
{
  if (*space && out->len > 0)
    g_string_append_c (out, ' ');
  *space = FALSE;
}

/* Folds on from @p, where the text has a character outside ASCII, into
 * @out (@space: a word ended before @p); frees @out and returns NULL when
 * the text is not valid UTF-8. */
static char *
fold_rest (GString    *out,
           const char *p,
           gboolean    strip,
           gboolean    space)
{
  while (*p != '\0')
    {
      guchar c = (guchar) *p;
      gunichar ch;

      if (c < 0x80)
        {
          p++;
          if (strip && (c == '\'' || c == '`'))
            continue;
          if (!g_ascii_isalnum (c))
            {
              space = TRUE;
              continue;
            }
          space_before (out, &space);
          g_string_append_c (out, ascii_lower (c));
          continue;
        }
      ch = g_utf8_get_char_validated (p, -1);
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      p = g_utf8_next_char (p);
      if (strip && (is_mark (ch) || is_apostrophe (ch)))
        continue;
      if (!g_unichar_isalnum (ch))
        {
          space = TRUE;
          continue;
        }
      space_before (out, &space);
      if (strip)
        append_stripped (out, ch);
      else
        g_string_append_unichar (out, g_unichar_tolower (ch));
    }
  return g_string_free (out, FALSE);
}

/* What folding makes of each byte: an ASCII letter or digit its lower
 * case (from '0' up), any other ASCII character a space (FOLD_SPACE), the
 * apostrophes "'" and "`" (FOLD_QUOTE, FOLD_BACKQUOTE) dropped when marks
 * are stripped, and the end and every byte outside ASCII (FOLD_STOP) are
 * read another way. One load and one test a byte, not a test for each. */
enum { FOLD_SPACE = 0, FOLD_QUOTE = 1, FOLD_BACKQUOTE = 2, FOLD_STOP = 3 };

static const guint8 fold_table[256] = {
  [0] = FOLD_STOP,
  ['\''] = FOLD_QUOTE, ['`'] = FOLD_BACKQUOTE,
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
  ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
  ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
  ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
  ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
  ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
  ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
  ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
  ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
  ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
  [0x80] = FOLD_STOP, [0x81] = FOLD_STOP, [0x82] = FOLD_STOP, [0x83] = FOLD_STOP,
  [0x84] = FOLD_STOP, [0x85] = FOLD_STOP, [0x86] = FOLD_STOP, [0x87] = FOLD_STOP,
  [0x88] = FOLD_STOP, [0x89] = FOLD_STOP, [0x8A] = FOLD_STOP, [0x8B] = FOLD_STOP,
  [0x8C] = FOLD_STOP, [0x8D] = FOLD_STOP, [0x8E] = FOLD_STOP, [0x8F] = FOLD_STOP,
  [0x90] = FOLD_STOP, [0x91] = FOLD_STOP, [0x92] = FOLD_STOP, [0x93] = FOLD_STOP,
  [0x94] = FOLD_STOP, [0x95] = FOLD_STOP, [0x96] = FOLD_STOP, [0x97] = FOLD_STOP,
  [0x98] = FOLD_STOP, [0x99] = FOLD_STOP, [0x9A] = FOLD_STOP, [0x9B] = FOLD_STOP,
  [0x9C] = FOLD_STOP, [0x9D] = FOLD_STOP, [0x9E] = FOLD_STOP, [0x9F] = FOLD_STOP,
  [0xA0] = FOLD_STOP, [0xA1] = FOLD_STOP, [0xA2] = FOLD_STOP, [0xA3] = FOLD_STOP,
  [0xA4] = FOLD_STOP, [0xA5] = FOLD_STOP, [0xA6] = FOLD_STOP, [0xA7] = FOLD_STOP,
  [0xA8] = FOLD_STOP, [0xA9] = FOLD_STOP, [0xAA] = FOLD_STOP, [0xAB] = FOLD_STOP,
  [0xAC] = FOLD_STOP, [0xAD] = FOLD_STOP, [0xAE] = FOLD_STOP, [0xAF] = FOLD_STOP,
  [0xB0] = FOLD_STOP, [0xB1] = FOLD_STOP, [0xB2] = FOLD_STOP, [0xB3] = FOLD_STOP,
  [0xB4] = FOLD_STOP, [0xB5] = FOLD_STOP, [0xB6] = FOLD_STOP, [0xB7] = FOLD_STOP,
  [0xB8] = FOLD_STOP, [0xB9] = FOLD_STOP, [0xBA] = FOLD_STOP, [0xBB] = FOLD_STOP,
  [0xBC] = FOLD_STOP, [0xBD] = FOLD_STOP, [0xBE] = FOLD_STOP, [0xBF] = FOLD_STOP,
  [0xC0] = FOLD_STOP, [0xC1] = FOLD_STOP, [0xC2] = FOLD_STOP, [0xC3] = FOLD_STOP,
  [0xC4] = FOLD_STOP, [0xC5] = FOLD_STOP, [0xC6] = FOLD_STOP, [0xC7] = FOLD_STOP,
  [0xC8] = FOLD_STOP, [0xC9] = FOLD_STOP, [0xCA] = FOLD_STOP, [0xCB] = FOLD_STOP,
  [0xCC] = FOLD_STOP, [0xCD] = FOLD_STOP, [0xCE] = FOLD_STOP, [0xCF] = FOLD_STOP,
  [0xD0] = FOLD_STOP, [0xD1] = FOLD_STOP, [0xD2] = FOLD_STOP, [0xD3] = FOLD_STOP,
  [0xD4] = FOLD_STOP, [0xD5] = FOLD_STOP, [0xD6] = FOLD_STOP, [0xD7] = FOLD_STOP,
  [0xD8] = FOLD_STOP, [0xD9] = FOLD_STOP, [0xDA] = FOLD_STOP, [0xDB] = FOLD_STOP,
  [0xDC] = FOLD_STOP, [0xDD] = FOLD_STOP, [0xDE] = FOLD_STOP, [0xDF] = FOLD_STOP,
  [0xE0] = FOLD_STOP, [0xE1] = FOLD_STOP, [0xE2] = FOLD_STOP, [0xE3] = FOLD_STOP,
  [0xE4] = FOLD_STOP, [0xE5] = FOLD_STOP, [0xE6] = FOLD_STOP, [0xE7] = FOLD_STOP,
  [0xE8] = FOLD_STOP, [0xE9] = FOLD_STOP, [0xEA] = FOLD_STOP, [0xEB] = FOLD_STOP,
  [0xEC] = FOLD_STOP, [0xED] = FOLD_STOP, [0xEE] = FOLD_STOP, [0xEF] = FOLD_STOP,
  [0xF0] = FOLD_STOP, [0xF1] = FOLD_STOP, [0xF2] = FOLD_STOP, [0xF3] = FOLD_STOP,
  [0xF4] = FOLD_STOP, [0xF5] = FOLD_STOP, [0xF6] = FOLD_STOP, [0xF7] = FOLD_STOP,
  [0xF8] = FOLD_STOP, [0xF9] = FOLD_STOP, [0xFA] = FOLD_STOP, [0xFB] = FOLD_STOP,
  [0xFC] = FOLD_STOP, [0xFD] = FOLD_STOP, [0xFE] = FOLD_STOP, [0xFF] = FOLD_STOP,
};

static gboolean is_plain (const char *text);

/* One pass over @text (decomposed when @strip); NULL when it is not valid
 * UTF-8, which only a non-ASCII character can show, so that valid text is
 * read once. ASCII, most of any text, has no marks, and only "'" and "`"
 * among its apostrophes. With @plain_only, also NULL when what follows
 * the ASCII that opens @text is not is_plain(). */
static char *
fold_pass (const char *text,
           gboolean    strip,
           gboolean    plain_only)
{
  gsize len = strlen (text);
  char *buf = g_malloc (len + 1);
  gboolean space = FALSE;
  const char *p = text;
  char *o = buf;
  GString *out;

  /* ASCII folds to no more bytes than it has: written straight into the
   * buffer, up to the first other character. */
  for (;; p++)
    {
      guint8 f = fold_table[(guchar) *p];

      if (f >= '0')
        {
          if (space && o > buf)
            *o++ = ' ';
          space = FALSE;
          *o++ = (char) f;
        }
      else if (f == FOLD_STOP)
        break;
      else if (!strip || f == FOLD_SPACE)
        space = TRUE;
    }
  *o = '\0';
  /* All of it ASCII, as most texts are: no string to grow. */
  if (*p == '\0')
    return buf;
  if (plain_only && !is_plain (p))
    {
      g_free (buf);
      return NULL;
    }
  out = g_string_sized_new (len + 1);
  g_string_append_len (out, buf, o - buf);
  g_free (buf);
  return fold_rest (out, p, strip, space);
}

/* Punctuation outside ASCII that essays are full of and that NFKD leaves
 * as it is or turns into ASCII punctuation (the no-break space, guillemets,
 * dashes, curly quotes, the bullet, the ellipsis): at @p, its length in
 * bytes, else 0. Folding with marks stripped reads a text of ASCII and
 * these without normalising it, since NFKD would change nothing that the
 * fold keeps. */
static guint
plain_punct_length (const guchar *p)
{
  if (p[0] == 0xC2)
    return p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xBB ? 2 : 0;
  if (p[0] == 0xE2 && p[1] == 0x80)
    switch (p[2])
      {
      case 0x93: case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D: case 0xA2: case 0xA6:
        return 3;
      default:
        return 0;
      }
  return 0;
}

/* ASCII, and the punctuation above. */
static gboolean
is_plain (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      guint len;

      if (*p < 0x80)
        p++;
      else if ((len = plain_punct_length (p)) > 0)
        p += len;
      else
        return FALSE;
    }
  return TRUE;
}

char **
ds_words_split (const char *folded)
{
  char **words;
  char *copy;
  gsize len;
  guint n = 1;

  g_return_val_if_fail (folded != NULL, NULL);

  if (*folded == '\0')
    return g_new0 (char *, 1);
  len = strlen (folded);
  for (const char *p = folded; *p != '\0'; p++)
    n += *p == ' ';
  /* One block: the array, then the words, each ended where its space
   * was. */
  words = g_malloc ((n + 1) * sizeof (char *) + len + 1);
  copy = (char *) (words + n + 1);
  memcpy (copy, folded, len + 1);
  n = 0;
  words[n++] = copy;
  for (char *p = copy; *p != '\0'; p++)
    if (*p == ' ')
      {
        *p = '\0';
        words[n++] = p + 1;
      }
  words[n] = NULL;
  return words;
}

/* ds_words_fold() of a text that is no plain ASCII (or not valid UTF-8):
 * out of line, so that the common case frees nothing. */
static char *
fold_other (const char  *text,
            DsFoldFlags  flags)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;

  if (flags & DS_FOLD_STRIP_MARKS)
    {
      if (!g_utf8_validate (text, -1, NULL))
        text = valid = g_utf8_make_valid (text, -1);
      /* NFKD also splits ligatures, full-width forms and the like. */
      decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
      return fold_pass (decomposed, TRUE, FALSE);
    }
  valid = g_utf8_make_valid (text, -1);
  return fold_pass (valid, FALSE, FALSE);
}

static char *
fold_text (const char  *text,
           DsFoldFlags  flags)
{
  char *folded;

  /* Plain ASCII has no marks to strip and nothing to decompose: most words
   * of most essays, and the normalisation costs more than the fold. */
  if (flags & DS_FOLD_STRIP_MARKS)
    {
      /* (NULL when the text is not is_plain().) */
      if ((folded = fold_pass (text, TRUE, TRUE)) != NULL)
        return folded;
      return fold_other (text, flags);
    }
  folded = fold_pass (text, FALSE, FALSE);
  return folded != NULL ? folded : fold_other (text, flags);
}

/* The texts folded lately, this thread's: the engine folds the same
 * heading, answer or question again and again, rule after rule and check
 * after check (on bench/profile-generate's corpus three folds in four
 * were of one of the 64 texts folded before), and a copy of the folding
 * costs a fraction of it. A slot keeps the text, then its folding. */
#define FOLD_CACHE_SLOTS     256
#define FOLD_CACHE_MAX_BYTES 512

typedef struct {
  guint64     hash;       /* of the flags and the text; 0: empty */
  gsize       len;        /* of the text */
  gsize       folded_len;
  char       *bytes;      /* the text, its NUL, the folding, its NUL */
} FoldSlot;

static void
fold_cache_free (gpointer data)
{
  FoldSlot *slots = data;

  for (guint i = 0; i < FOLD_CACHE_SLOTS; i++)
    g_free (slots[i].bytes);
  g_free (slots);
}

static FoldSlot *
fold_cache (void)
{
  static GPrivate key = G_PRIVATE_INIT (fold_cache_free);
  FoldSlot *slots = g_private_get (&key);

  if (slots == NULL)
    {
      slots = g_new0 (FoldSlot, FOLD_CACHE_SLOTS);
      g_private_set (&key, slots);
    }
  return slots;
}

static guint64
fold_key (const char  *text,
          gsize        len,
          DsFoldFlags  flags)
{
  guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325) ^ ((guint64) flags << 32) ^ len;

  for (; len >= 8; text += 8, len -= 8)
    {
      guint64 w;

      memcpy (&w, text, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      h ^= h >> 29;
    }
  for (; len > 0; text++, len--)
    h = (h ^ (guchar) *text) * G_GUINT64_CONSTANT (0x100000001B3);
  return h | 1;
}

char *
ds_words_fold (const char  *text,
               DsFoldFlags  flags)
{
  gsize len;
  guint64 h;
  FoldSlot *slot;
  char *folded;

  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  if (len > FOLD_CACHE_MAX_BYTES)
    return fold_text (text, flags);
  h = fold_key (text, len, flags);
  slot = &fold_cache ()[(h >> 32) % FOLD_CACHE_SLOTS];
  if (slot->hash == h && slot->len == len && memcmp (slot->bytes, text, len) == 0)
    return g_memdup2 (slot->bytes + len + 1, slot->folded_len + 1);
  folded = fold_text (text, flags);
  g_free (slot->bytes);
  slot->hash = h;
  slot->len = len;
  slot->folded_len = strlen (folded);
  slot->bytes = g_malloc (len + 1 + slot->folded_len + 1);
  memcpy (slot->bytes, text, len + 1);
  memcpy (slot->bytes + len + 1, folded, slot->folded_len + 1);
  return folded;
}

#define FNV_PRIME G_GUINT64_CONSTANT (0x100000001B3)

static guint64
hash_bytes (guint64     h,
            const char *bytes)
{
  for (const guchar *p = (const guchar *) bytes; *p != '\0'; p++)
    h = (h ^ *p) * FNV_PRIME;
  return h;
}

guint64
ds_words_fold_hash (const char *text,
                    guint64     seed)
{
  guint64 h = seed;
  gboolean space = FALSE, any = FALSE;

  g_return_val_if_fail (text != NULL, seed);

  /* The same bytes fold_pass() would write for ASCII and plain
   * punctuation (an apostrophe dropped, any other a space), hashed as they
   * come; any other character, and the text is folded after all. */
  for (const guchar *p = (const guchar *) text;; p++)
    {
      guint8 f = fold_table[*p];

      if (f >= '0')
        {
          if (space && any)
            h = (h ^ ' ') * FNV_PRIME;
          h = (h ^ f) * FNV_PRIME;
          space = FALSE;
          any = TRUE;
        }
      else if (f == FOLD_STOP)
        {
          guint len;

          if (*p == '\0')
            return h;
          len = plain_punct_length (p);
          if (len == 0)
            {
              g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);

              return hash_bytes (seed, folded);
            }
          space |= !(len == 3 && (p[2] == 0x98 || p[2] == 0x99));
          p += len - 1;
        }
      else if (f != FOLD_QUOTE)
        space = TRUE;
    }
}

/* ------------------------------------------------------------------ */
/* Stems                                                               */

static void
stemmer_free (gpointer stemmer)
{
  if (stemmer != NULL)
    sb_stemmer_delete (stemmer);
}

/* This thread's stemmers: DsLang → struct sb_stemmer (NULL when Snowball
 * has no algorithm of the language's name). */
static GHashTable *
thread_stemmers (void)
{
  static GPrivate key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
  GHashTable *stemmers = g_private_get (&key);

  if (stemmers == NULL)
    {
      stemmers = g_hash_table_new_full (NULL, NULL, NULL, stemmer_free);
      g_private_set (&key, stemmers);
    }
  return stemmers;
}

static struct sb_stemmer *
stemmer_for (const DsLang *lang)
{
  GHashTable *stemmers = thread_stemmers ();
  struct sb_stemmer *stemmer;

  if (g_hash_table_lookup_extended (stemmers, lang, NULL, (gpointer *) &stemmer))
    return stemmer;

  stemmer = sb_stemmer_new (ds_lang_get_stemmer (lang), "UTF_8");
  if (stemmer == NULL)
    g_critical ("Snowball has no stemmer “%s” for the language “%s”",
                ds_lang_get_stemmer (lang), ds_lang_get_code (lang));
  g_hash_table_insert (stemmers, (gpointer) lang, stemmer);
  return stemmer;
}

char *
ds_words_stem (const DsLang *lang,
               const char   *folded_word)
{
  struct sb_stemmer *stemmer;
  const sb_symbol *stem;

  g_return_val_if_fail (lang != NULL, NULL);
  g_return_val_if_fail (folded_word != NULL, NULL);

  /* The language's nouns that only look inflected ("diplomasi", "digital",
   * "media") are their own stems: Snowball would take "di-" and "me-" for
   * prefixes, and "diplomasi" would no longer meet "berdiplomasi". */
  stemmer = stemmer_for (lang);
  if (stemmer == NULL || (ds_lang_lookup (lang, folded_word, -1, NULL) & DS_WORD_NOUN))
    return g_strdup (folded_word);
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded_word, (int) strlen (folded_word));
  if (stem == NULL)   /* out of memory in Snowball */
    return g_strdup (folded_word);
  return g_strndup ((const char *) stem, sb_stemmer_length (stemmer));
}

/* ------------------------------------------------------------------ */
/* Content words                                                       */

/* @lang, or Indonesian and English for NULL; returns how many. */
static guint
languages (const DsLang  *lang,
           const DsLang **out)
{
  guint n = 0;

  if (lang != NULL)
    {
      out[0] = lang;
      return 1;
    }
  if ((out[n] = ds_lang_get ("id")) != NULL)
    n++;
  if ((out[n] = ds_lang_get ("en")) != NULL)
    n++;
  return n;
}

static gboolean
is_stop_in (const DsLang * const *langs,
            guint                 n,
            const char           *word)
{
  for (guint i = 0; i < n; i++)
    if (ds_lang_lookup (langs[i], word, -1, NULL) & DS_WORD_FUNCTION)
      return TRUE;
  return FALSE;
}

gboolean
ds_words_is_stop (const DsLang *lang,
                  const char   *folded_word)
{
  const DsLang *langs[2];

  g_return_val_if_fail (folded_word != NULL, FALSE);

  return is_stop_in (langs, languages (lang, langs), folded_word);
}

gboolean
ds_words_is_participle (const DsLang *lang,
                        const char   *word,
                        gssize        len)
{
  g_return_val_if_fail (lang != NULL && word != NULL, FALSE);

  if (len < 0)
    len = strlen (word);
  if (len > 4 && g_ascii_tolower (word[len - 2]) == 'e' && g_ascii_tolower (word[len - 1]) == 'd' &&
      g_strcmp0 (ds_lang_get_code (lang), "en") == 0)
    return TRUE;
  for (const char * const *p = ds_lang_get_phrases (lang, "defs_irregular_participle"); *p != NULL; p++)
    if ((gssize) strlen (*p) == len && ds_ascii_strncasecmp (*p, word, len) == 0)
      return TRUE;
  return FALSE;
}

/* What a content-stem list needs to know of one folded word: whether it
 * is left out, and its stems in each language asked for (strings of the
 * cache's set of stems: one stem, one address). */
typedef struct {
  gboolean    skip;
  guint       n;
  const char *stems[2];
} WordStems;

struct _DsWordsCache {
  GHashTable   *by_lang;   /* DsLang, or NULL for both → folded word → WordStems */
  GHashTable   *stems;     /* every stem once, so that equal stems are one pointer */
  /* The last language asked and its table: a run asks one, word after word. */
  gboolean      last_known;
  const DsLang *last_lang;
  GHashTable   *last_words;
};

/* The cache's copy of @stem (taken). */
static const char *
intern_stem (DsWordsCache *cache,
             char         *stem)
{
  const char *kept = g_hash_table_lookup (cache->stems, stem);

  if (kept != NULL)
    {
      g_free (stem);
      return kept;
    }
  g_hash_table_add (cache->stems, stem);
  return stem;
}

static WordStems *
word_stems_new (DsWordsCache         *cache,
                const DsLang * const *langs,
                guint                 n,
                const char           *word)
{
  WordStems *stems = g_new0 (WordStems, 1);

  stems->skip = g_utf8_strlen (word, -1) < MIN_CONTENT_CHARS || is_stop_in (langs, n, word);
  if (stems->skip)
    return stems;
  for (stems->n = 0; stems->n < n; stems->n++)
    stems->stems[stems->n] = intern_stem (cache, ds_words_stem (langs[stems->n], word));
  return stems;
}

DsWordsCache *
ds_words_cache_new (void)
{
  DsWordsCache *cache = g_new0 (DsWordsCache, 1);

  cache->by_lang = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  cache->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return cache;
}

void
ds_words_cache_free (DsWordsCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->by_lang);
  g_hash_table_unref (cache->stems);
  g_free (cache);
}

/* The stems of @word in @langs, from @cache when it holds them; else
 * worked out and kept there. */
static const WordStems *
word_stems (DsWordsCache         *cache,
            const DsLang         *lang,
            const DsLang * const *langs,
            guint                 n,
            const char           *word)
{
  GHashTable *words;
  WordStems *stems;

  if (cache->last_known && cache->last_lang == lang)
    words = cache->last_words;
  else if ((words = g_hash_table_lookup (cache->by_lang, lang)) == NULL)
    {
      words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (cache->by_lang, (gpointer) lang, words);
    }
  cache->last_known = TRUE;
  cache->last_lang = lang;
  cache->last_words = words;
  stems = g_hash_table_lookup (words, word);
  if (stems == NULL)
    g_hash_table_insert (words, g_strdup (word), stems = word_stems_new (cache, langs, n, word));
  return stems;
}

/* Adds the stems of @word that @out does not hold yet. Stems are the
 * cache's, one address a stem: a short list is searched by address, a
 * long one through @seen (made when the list grows past that). */
#define STEMS_SCANNED 32

static void
add_stems (const WordStems  *stems,
           GPtrArray        *out,
           GHashTable      **seen)
{
  for (guint i = 0; i < stems->n; i++)
    {
      const char *stem = stems->stems[i];
      gboolean found = FALSE;

      if (*seen != NULL)
        found = !g_hash_table_add (*seen, (gpointer) stem);
      else
        for (guint k = 0; k < out->len && !found; k++)
          found = out->pdata[k] == stem;
      if (found)
        continue;
      g_ptr_array_add (out, (gpointer) stem);
      if (*seen == NULL && out->len > STEMS_SCANNED)
        {
          *seen = g_hash_table_new (NULL, NULL);
          for (guint k = 0; k < out->len; k++)
            g_hash_table_add (*seen, out->pdata[k]);
        }
    }
}

char **
ds_words_cache_content_stems (DsWordsCache *cache,
                              const DsLang *lang,
                              const char   *text)
{
  g_autoptr(GPtrArray) out = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *folded = NULL;
  const DsLang *langs[2];
  char **result;
  guint n;

  g_return_val_if_fail (cache != NULL, g_new0 (char *, 1));
  g_return_val_if_fail (text != NULL, g_new0 (char *, 1));

  n = languages (lang, langs);
  folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  out = g_ptr_array_sized_new (16);
  /* The folding's words are separated by single spaces: each is cut off
   * in place. */
  for (char *word = folded, *next; *word != '\0'; word = next)
    {
      char *space = strchr (word, ' ');
      const WordStems *stems;

      next = space != NULL ? space + 1 : word + strlen (word);
      if (space != NULL)
        *space = '\0';
      stems = word_stems (cache, lang, langs, n, word);
      if (!stems->skip)
        add_stems (stems, out, &seen);
    }
  result = g_new (char *, out->len + 1);
  for (guint i = 0; i < out->len; i++)
    result[i] = g_strdup (out->pdata[i]);
  result[out->len] = NULL;
  return result;
}

guint
ds_words_cache_word_stems (DsWordsCache *cache,
                           const DsLang *lang,
                           const char   *folded_word,
                           const char  **out)
{
  const DsLang *langs[2];
  const WordStems *stems;
  guint n = 0;

  g_return_val_if_fail (cache != NULL, 0);
  g_return_val_if_fail (folded_word != NULL, 0);

  if (*folded_word == '\0')
    return 0;
  stems = word_stems (cache, lang, langs, languages (lang, langs), folded_word);
  if (stems->skip)
    return 0;
  for (guint i = 0; i < stems->n; i++)
    if (n == 0 || out[0] != stems->stems[i])
      out[n++] = stems->stems[i];
  return n;
}

char **
ds_words_content_stems (const DsLang *lang,
                        const char   *text)
{
  DsWordsCache *cache = ds_words_cache_new ();
  char **stems;

  g_return_val_if_fail (text != NULL, g_new0 (char *, 1));

  stems = ds_words_cache_content_stems (cache, lang, text);
  ds_words_cache_free (cache);
  return stems;
}

gboolean
ds_words_cache_share_content (DsWordsCache *cache,
                              const DsLang *lang,
                              const char   *a,
                              const char   *b)
{
  g_auto(GStrv) stems_a = NULL;
  g_auto(GStrv) stems_b = NULL;

  g_return_val_if_fail (cache != NULL, FALSE);
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  stems_a = ds_words_cache_content_stems (cache, lang, a);
  stems_b = ds_words_cache_content_stems (cache, lang, b);
  for (guint i = 0; stems_a[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) stems_b, stems_a[i]))
      return TRUE;
  return FALSE;
}

static GHashTable *
stem_set (const DsLang *lang,
          const char   *text,
          char       ***stems)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  *stems = ds_words_content_stems (lang, text);
  for (guint i = 0; (*stems)[i] != NULL; i++)
    g_hash_table_add (set, (*stems)[i]);
  return set;
}

gboolean
ds_words_share_content (const DsLang *lang,
                        const char   *a,
                        const char   *b)
{
  return ds_words_coverage (lang, a, b) > 0.0;
}

double
ds_words_coverage (const DsLang *lang,
                   const char   *needle,
                   const char   *haystack)
{
  g_auto(GStrv) haystack_stems = NULL;
  g_auto(GStrv) needle_stems = NULL;
  g_autoptr(GHashTable) set = NULL;
  guint found = 0, n;

  g_return_val_if_fail (needle != NULL, 0.0);
  g_return_val_if_fail (haystack != NULL, 0.0);

  set = stem_set (lang, haystack, &haystack_stems);
  needle_stems = ds_words_content_stems (lang, needle);
  n = g_strv_length (needle_stems);
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (set, needle_stems[i]))
      found++;
  return n > 0 ? (double) found / n : 0.0;
}
