/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "ds-text-clean.h"
#include "ds-lang.h"
#include "ds-text-layout.h"
#include "ds-utf8.h"

/*
 * A hard-wrapped text is told apart by its plain lines (no list marker, no
 * Markdown heading), measured in one pass before parsing:
 *
 * - the usual width W of a full line is the 80th percentile of their widths
 *   (the last lines of paragraphs and headings are shorter, and fewer);
 * - a line is full when its width is within a quarter of W (ragged right
 *   text loses up to a long word at the end of every line);
 * - a line is wrapped when it is full, ends mid-sentence, and the next line
 *   goes on in lower case (most words are, so most wraps fall before one);
 * - the text is wrapped when W is that of a page (20 to 200 bytes), at least
 *   two lines and one line in four are wrapped, and at most one line in ten
 *   is longer than a full line (a text with one paragraph per line has long
 *   lines of every length).
 *
 * An essay with one paragraph per line fails the last two tests even when
 * its paragraphs are short: its lines end in full stops, and the ones that
 * do not are short headings, or items of a list whose bullets were lost,
 * which start in capitals. Widths are in bytes: these texts are mostly
 * ASCII, and the test only compares lines of one text with each other.
 */

#define WIDTH_BUCKETS 256
#define MIN_WRAP_WIDTH 20
#define MAX_WRAP_WIDTH 200

typedef struct {
  guint       all[WIDTH_BUCKETS];  /* plain lines by width (capped) */
  guint       open[WIDTH_BUCKETS]; /* ... ending mid-sentence, followed by
                                    * a line in lower case */
  guint       n_lines;
  guint       n_splits;            /* words split by a hyphen at a line end */
  const char *prev;                /* the line before, if not blank */
  gsize       prev_width;
  gboolean    prev_plain;
  gboolean    prev_open;
} Scan;

/* The next occurrence of @c at or after @p, or @end; cached in @next so that
 * a text with no such byte is not rescanned for every line. */
static const char *
next_byte (const char  *p,
           const char  *end,
           char         c,
           const char **next)
{
  if (*next == NULL || *next < p)
    {
      *next = memchr (p, c, end - p);
      if (*next == NULL)
        *next = end;
    }

  return *next;
}

void
ds_lines_init (DsLines    *lines,
               const char *s,
               const char *end)
{
  lines->s = s;
  lines->end = end;
  lines->next_lf = NULL;
  lines->next_cr = NULL;
  lines->table = NULL;
  lines->n_table = 0;
  lines->at = 0;
}

/**
 * ds_lines_table:
 *
 * Returns: (transfer full): the lines of [@s, @end) as ds_lines_next()
 *   gives them, each as its start and end (two `const char *`), for
 *   ds_lines_init_table()
 */
GArray *
ds_lines_table (const char *s,
                const char *end)
{
  GArray *table = g_array_sized_new (FALSE, FALSE, sizeof (const char *), 256);
  DsLines lines;
  guint n = 0;

  ds_lines_init (&lines, s, end);
  for (;;)
    {
      const char **at;

      /* Written in place, the array grown by halves. */
      if (n + 2 > table->len)
        g_array_set_size (table, MAX (256, table->len + table->len / 2));
      at = &g_array_index (table, const char *, n);
      if (!ds_lines_next (&lines, &at[0], &at[1]))
        break;
      n += 2;
    }
  g_array_set_size (table, n);
  return table;
}

/* Reads the lines of @table (ds_lines_table()) instead of finding them. */
void
ds_lines_init_table (DsLines *lines,
                     GArray  *table)
{
  ds_lines_init (lines, NULL, NULL);
  lines->table = (const char * const *) (gpointer) table->data;
  lines->n_table = table->len / 2;
}

gboolean
ds_lines_next (DsLines     *lines,
               const char **line,
               const char **line_end)
{
  const char *e;

  if (lines->table != NULL)
    {
      if (lines->at >= lines->n_table)
        return FALSE;
      *line = lines->table[2 * lines->at];
      *line_end = lines->table[2 * lines->at + 1];
      lines->at++;
      return TRUE;
    }
  if (lines->s >= lines->end)
    return FALSE;

  e = MIN (next_byte (lines->s, lines->end, '\n', &lines->next_lf),
           next_byte (lines->s, lines->end, '\r', &lines->next_cr));
  *line = lines->s;
  *line_end = e;

  /* Past the line's end: LF, CR or CRLF. */
  if (e + 1 < lines->end && e[0] == '\r' && e[1] == '\n')
    lines->s = e + 2;
  else
    lines->s = e + 1;
  return TRUE;
}

static gboolean
is_blank_byte (const char *q,
               const char *e)
{
  return *q == ' ' || *q == '\t' || ds_text_is_nbsp (q, e);
}

/**
 * ds_text_line_width:
 * @indent: (out): the bytes of white space before the text
 *
 * Returns: the bytes of a raw line without the white space around it
 */
gsize
ds_text_line_width (const char *s,
                    const char *e,
                    gsize      *indent)
{
  const char *q = s;

  while (q < e && is_blank_byte (q, e))
    q += *q == ' ' || *q == '\t' ? 1 : 2;
  *indent = q - s;

  while (e > q && (e[-1] == ' ' || e[-1] == '\t' ||
                   (e - q >= 2 && (guchar) e[-2] == 0xC2 && (guchar) e[-1] == 0xA0)))
    e -= e[-1] == ' ' || e[-1] == '\t' ? 1 : 2;

  return e - q;
}

/* Closing quotes and brackets after a sentence's final punctuation. */
static gboolean
is_closer (gunichar c)
{
  return c == ')' || c == ']' || c == '"' || c == '\'' ||
         c == 0x201D || c == 0x2019 || c == 0xBB;
}

/**
 * ds_text_ends_statement:
 *
 * Returns: whether the line [@s, @s + @len) ends a sentence: a full stop,
 *   question or exclamation mark or ellipsis, maybe inside quotes or
 *   brackets. A comma, colon, semicolon or dash leaves it open.
 */
gboolean
ds_text_ends_statement (const char *s,
                        gsize       len)
{
  const char *q = s + len;

  /* Most lines end in a letter or a full stop. */
  if (len > 0 && g_ascii_isalnum (s[len - 1]))
    return FALSE;
  if (len > 0 && s[len - 1] == '.')
    return TRUE;

  while (q > s)
    {
      const char *prev = g_utf8_find_prev_char (s, q);
      gunichar c;

      if (prev == NULL)
        return FALSE;
      c = g_utf8_get_char (prev);
      if (!is_closer (c) && c != ' ')
        return c == '.' || c == '!' || c == '?' || c == 0x2026;
      q = prev;
    }

  return FALSE;
}

/* What a line starts with that makes it no plain text line: a bullet, a
 * number marker or a Markdown heading. The parser's own reading of markers
 * is finer; this only keeps lists out of the width statistics. */
static gboolean
starts_with_marker (const char *q,
                    const char *e)
{
  const char *r = q;

  if (q == e)
    return FALSE;
  if (*q == '#')
    return TRUE;
  if ((*q == '-' || *q == '*' || *q == '+') && q + 1 < e && (q[1] == ' ' || q[1] == '\t'))
    return TRUE;
  if (e - q >= 3 && memcmp (q, "\xE2\x80\xA2", 3) == 0)
    return TRUE;

  while (r < e && g_ascii_isdigit (*r) && r - q < 4)
    r++;
  return r > q && r - q <= 3 && r + 1 < e && (*r == '.' || *r == ')') && r[1] == ' ';
}

static void
scan_line (Scan       *scan,
           const char *line,
           const char *line_end)
{
  gsize indent;
  gsize width = ds_text_line_width (line, line_end, &indent);
  const char *text = line + indent;
  gboolean plain;

  if (width == 0)
    {
      scan->prev = NULL;
      return;
    }

  if (scan->prev != NULL && scan->prev_plain && scan->prev_open &&
      g_unichar_islower (g_utf8_get_char (text)))
    {
      scan->open[MIN (scan->prev_width, WIDTH_BUCKETS - 1)]++;
      if (ds_text_hyphen_at_break (scan->prev, scan->prev_width, text, width) >= DS_HYPHEN_SPLIT)
        scan->n_splits++;
    }

  plain = !starts_with_marker (text, text + width);
  if (plain)
    {
      scan->all[MIN (width, WIDTH_BUCKETS - 1)]++;
      scan->n_lines++;
    }
  scan->prev = text;
  scan->prev_width = width;
  scan->prev_plain = plain;
  scan->prev_open = !ds_text_ends_statement (text, width);
}

/* The width that four lines in five do not exceed. */
static gsize
usual_width (const Scan *scan)
{
  guint wanted = (scan->n_lines * 4 + 4) / 5;
  guint seen = 0;

  for (gsize w = 0; w < WIDTH_BUCKETS; w++)
    {
      seen += scan->all[w];
      if (seen >= wanted && seen > 0)
        return w;
    }

  return WIDTH_BUCKETS - 1;
}

static void
decide_layout (const Scan *scan,
               DsLayout   *layout)
{
  gsize w = usual_width (scan);
  DsLayout probe = { TRUE, FALSE, w };
  guint n_wraps = 0;
  guint n_long = 0;

  for (gsize i = 0; i < WIDTH_BUCKETS; i++)
    {
      if (ds_layout_is_full (&probe, i))
        n_wraps += scan->open[i];
      else if (i > w)
        n_long += scan->all[i];
    }

  layout->width = w;
  layout->wrapped = w >= MIN_WRAP_WIDTH && w <= MAX_WRAP_WIDTH &&
                    n_wraps >= 2 && n_wraps * 4 >= scan->n_lines &&
                    n_long * 10 <= scan->n_lines;

  /* Whether the typesetter split words: a text without hyphenation still
   * breaks a line at a compound's hyphen now and then ("pertahanan-
   * keamanan"), a hyphenated one splits words every few dozen lines. */
  layout->hyphenated = layout->wrapped && scan->n_splits >= 2 &&
                       scan->n_splits * 30 >= scan->n_lines;
}

/**
 * ds_layout_scan:
 *
 * Measures the lines of the valid UTF-8 text [@s, @end) and decides whether
 * it is hard-wrapped. Linear: one look at every line's ends. Lines @skip
 * (when not %NULL) says are no prose are passed over, so that a page
 * number between two halves of a sentence does not hide the wrap.
 */
void
ds_layout_scan (const char   *s,
                const char   *end,
                DsLineFilter  skip,
                gpointer      data,
                DsLayout     *layout)
{
  DsLines lines;

  ds_lines_init (&lines, s, end);
  ds_layout_scan_lines (&lines, skip, data, layout);
}

/**
 * ds_layout_scan_lines:
 *
 * ds_layout_scan() of the lines @lines gives.
 */
void
ds_layout_scan_lines (DsLines      *lines,
                      DsLineFilter  skip,
                      gpointer      data,
                      DsLayout     *layout)
{
  g_autofree Scan *scan = g_new0 (Scan, 1);
  const char *line;
  const char *line_end;

  while (ds_lines_next (lines, &line, &line_end))
    if (skip == NULL || !skip (line, line_end, data))
      scan_line (scan, line, line_end);

  decide_layout (scan, layout);
}

/**
 * ds_layout_is_full:
 *
 * Returns: whether a line of @width bytes fills a line of a wrapped text
 */
gboolean
ds_layout_is_full (const DsLayout *layout,
                   gsize           width)
{
  if (!layout->wrapped)
    return FALSE;

  return width * 4 >= layout->width * 3 && width <= layout->width + layout->width / 4 + 8;
}

/* Letters, digits and the bytes of non-ASCII characters. */
static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

static gsize
common_suffix (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len)
{
  gsize n = 0;

  while (n < a_len && n < b_len &&
         ds_ascii_tolower (a[a_len - 1 - n]) == ds_ascii_tolower (b[b_len - 1 - n]))
    n++;

  return n;
}

/* "negara-negara", "sehari-hari", "tarik-menarik", "sayur-mayur",
 * "kata-katanya": both halves share their ending, or the second starts
 * with the first. */
static gboolean
is_reduplication (const char *f,
                  gsize       f_len,
                  const char *w,
                  gsize       w_len)
{
  if (w_len == 0)
    return FALSE;
  if (f_len == w_len && ds_ascii_strncasecmp (f, w, f_len) == 0)
    return TRUE;
  if (common_suffix (f, f_len, w, w_len) >= 3)
    return TRUE;

  return f_len >= 3 && w_len >= f_len && ds_ascii_strncasecmp (f, w, f_len) == 0;
}

/* Prefixes written with a hyphen before a word ("non-negara", "pasca-
 * perang", "cyber-security", "state-sponsored"). Only those at which no
 * common word is split: "inter-", "multi-", "anti-", "pro-", "trans-" also
 * begin "internasional", "multilateral", "antisipasi", "program",
 * "transportasi", whose typeset splits would then keep a hyphen. */
static gboolean
is_hyphen_prefix (const char *f,
                  gsize       f_len)
{
  static const char * const prefixes[] = {
    "non", "pasca", "neo", "cyber", "self", "well", "state", "cross",
    "counter", "co", "ultra", "mega", "semi", "post",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (ds_text_ascii_equal_nocase (f, f_len, prefixes[i]))
      return TRUE;

  return FALSE;
}

/* "ke-", "mem-", "pe-", "ber-": a prefix no word is and Indonesian never
 * writes with a hyphen before a word in lower case (the phrase list
 * furniture_split_prefix): a line that ends on one split a word
 * ("ke-\nbijakan"), whatever the rest of the text does. */
static gboolean
is_split_prefix (const char *f,
                 gsize       f_len)
{
  const char * const *list = ds_lang_get_phrases (ds_lang_get ("id"), "furniture_split_prefix");

  for (guint i = 0; list[i] != NULL; i++)
    if (ds_text_ascii_equal_nocase (f, f_len, list[i]))
      return TRUE;
  return FALSE;
}

/* Whether [@s, @s + @len) has a capital or a digit past its first byte, or
 * a digit there: "ASEAN-", "G20-", "2019-" are no split word, but a word
 * that opens a sentence or a name may be split like any other ("Compu-"
 * over "ter", "Kebi-" over "jakan"). */
static gboolean
has_upper_or_digit (const char *s,
                    gsize       len)
{
  if (len > 0 && g_ascii_isdigit (s[0]))
    return TRUE;
  for (gsize i = 1; i < len; i++)
    if (g_ascii_isupper (s[i]) || g_ascii_isdigit (s[i]))
      return TRUE;

  return FALSE;
}

/**
 * ds_text_hyphen_at_break:
 * @line: a line (cleaned or raw, without the white space around it)
 * @next: the line after it, which continues it
 *
 * A hyphen fixed to the last word of a line, before a line that goes on,
 * is either part of the text ("negara-negara", "Asia-Pasifik", "2019-2020")
 * or put there by a typesetter that split a word ("kebi-jakan"). It is a
 * possible split only when both sides are lower-case letters (the first
 * may open with a capital: "Compu-" over "ter"), the first side has at
 * least two of them, and the pair is neither a reduplication
 * nor a hyphenated prefix. The parser removes the hyphen of a possible split
 * only in a text that splits words often enough to be hyphenated (see
 * ds_layout_scan()); a single one is kept, for a compound of two words
 * ("pertahanan-keamanan") looks exactly like a split word. A first side
 * that is only a prefix no word is ("ke-", "mem-": is_split_prefix()) is
 * a split wherever it stands, DS_HYPHEN_PREFIX_SPLIT; a soft hyphen
 * (U+00AD, which cleaning keeps only at a line's end) always is one,
 * DS_HYPHEN_SOFT.
 */
DsHyphen
ds_text_hyphen_at_break (const char *line,
                         gsize       line_len,
                         const char *next,
                         gsize       next_len)
{
  const char *f_end = line + line_len - 1;
  const char *f = f_end;
  gsize w_len = 0;

  if (line_len >= 3 && (guchar) f_end[-1] == 0xC2 && (guchar) *f_end == 0xAD)
    return next_len > 0 && is_word_byte (*next) && is_word_byte (f_end[-2]) ? DS_HYPHEN_SOFT : DS_HYPHEN_NONE;
  if (line_len < 2 || *f_end != '-')
    return DS_HYPHEN_NONE;

  while (f > line && is_word_byte (f[-1]))
    f--;
  if (f == f_end)
    return DS_HYPHEN_NONE;

  if (next_len == 0 || !g_unichar_islower (g_utf8_get_char (next)) ||
      has_upper_or_digit (f, f_end - f) || g_utf8_strlen (f, f_end - f) < 2)
    return DS_HYPHEN_COMPOUND;

  while (w_len < next_len && is_word_byte (next[w_len]))
    w_len++;
  if (is_reduplication (f, f_end - f, next, w_len) || is_hyphen_prefix (f, f_end - f))
    return DS_HYPHEN_COMPOUND;
  if ((f == line || f[-1] == ' ') && is_split_prefix (f, f_end - f))
    return DS_HYPHEN_PREFIX_SPLIT;

  return DS_HYPHEN_SPLIT;
}

/**
 * ds_text_words_init:
 * @data: the input, which must outlive @words
 *
 * Readies @words for questions about @data; nothing is read before the
 * first (ds_text_words_clear() frees it).
 */
void
ds_text_words_init (DsTextWords *words,
                    const char  *data,
                    gsize        len)
{
  *words = (DsTextWords) { .data = data, .len = len };
}

void
ds_text_words_clear (DsTextWords *words)
{
  g_clear_pointer (&words->keys, g_free);
  g_clear_pointer (&words->words, g_ptr_array_unref);
}

/* Letters, digits, the bytes of non-ASCII characters and a word's hyphen. */
static gboolean
is_word_char_byte (char c)
{
  return is_word_byte (c) || c == '-';
}

static gint
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* One pass over the input: its words (runs of word bytes, a hyphen's
 * too), the first letter in lower case, sorted once. A word that opens
 * with no letter answers no question. */
static void
words_build (DsTextWords *words)
{
  words->keys = g_malloc (words->len + 1);
  words->words = g_ptr_array_new ();
  for (gsize i = 0; i < words->len; i++)
    {
      char c = words->data[i];

      if (!is_word_char_byte (c))
        words->keys[i] = '\0';
      else if (i > 0 && is_word_char_byte (words->data[i - 1]))
        words->keys[i] = c;
      else
        {
          words->keys[i] = ds_ascii_tolower (c);
          if (g_ascii_isalpha (c))
            g_ptr_array_add (words->words, words->keys + i);
        }
    }
  words->keys[words->len] = '\0';
  g_ptr_array_sort (words->words, compare_keys);
}

/* Whether the input has a word that opens with @a then @b (the first
 * letter in either case, the rest as written): "Computer" in "computers",
 * "non-state" in "Non-state". The first word not below them in the
 * sorted words opens with them if any does. */
static gboolean
words_have (DsTextWords *words,
            const char  *a,
            gsize        a_len,
            const char  *b,
            gsize        b_len)
{
  g_autofree char *key = g_strdup_printf ("%.*s%.*s", (int) a_len, a, (int) b_len, b);
  gsize len = a_len + b_len;
  guint lo = 0, hi;

  if (len < 4)
    return FALSE;
  if (words->words == NULL)
    words_build (words);
  key[0] = ds_ascii_tolower (key[0]);
  hi = words->words->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strncmp (g_ptr_array_index (words->words, mid), key, len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < words->words->len && strncmp (g_ptr_array_index (words->words, lo), key, len) == 0;
}

/**
 * ds_text_hyphen_join:
 * @line: the last line of a block, without the white space around it
 * @next: the line that joins it
 * @hyphenated: the text splits words often (#DsLayout)
 * @words: the input's words
 *
 * Decides a join once: the bytes it drops at the end of @line with the
 * line break, 0 when no hyphen ends it (the break reads as a space), 1
 * keeps the hyphen, 2 drops it, 3 drops a soft hyphen. The text decides
 * first, for a compound and a split word look alike: a pair it writes
 * elsewhere with its hyphen ("cyber-security", "non-state") keeps it, one
 * it writes elsewhere as one word ("cybersecurity", "kebijakan",
 * "Computer") loses it. Otherwise a possible split
 * (ds_text_hyphen_at_break()) loses it in a hyphenated text only: one
 * hyphen at a line's end in a whole text is as likely a compound's
 * ("sosial-budaya").
 */
gsize
ds_text_hyphen_join (const char  *line,
                     gsize        line_len,
                     const char  *next,
                     gsize        next_len,
                     gboolean     hyphenated,
                     DsTextWords *words)
{
  DsHyphen hyphen = ds_text_hyphen_at_break (line, line_len, next, next_len);
  const char *f_end = line + line_len - 1;
  const char *f = f_end;
  gsize w_len = 0;

  if (hyphen == DS_HYPHEN_NONE)
    return 0;
  if (hyphen == DS_HYPHEN_SOFT)
    return 3;
  if (hyphen == DS_HYPHEN_PREFIX_SPLIT)
    return 2;

  /* Only a pair of ASCII words is looked up. */
  while (f > line && g_ascii_isalpha (f[-1]))
    f--;
  while (w_len < next_len && g_ascii_isalpha (next[w_len]))
    w_len++;
  if (f < f_end && (f == line || !is_word_byte (f[-1])) &&
      w_len > 0 && g_ascii_islower (*next) && (w_len == next_len || (guchar) next[w_len] < 0x80))
    {
      if (words_have (words, f, f_end - f + 1, next, w_len))
        return 1;
      if (words_have (words, f, f_end - f, next, w_len))
        return 2;
    }

  return hyphen == DS_HYPHEN_SPLIT && hyphenated ? 2 : 1;
}
