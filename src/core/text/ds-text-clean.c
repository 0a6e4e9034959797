/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ds-parser.h"
#include "ds-text-clean.h"
#include "ds-utf8.h"

/*
 * Cleaning removes scraping debris and nothing else: debris lines ("loading...",
 * "9 Comments", "Leave a comment", "Baca juga: …", "Advertisement"), the
 * mojibake "Â" that a mis-decoded non-breaking space leaves behind, Markdown
 * backslash escapes, and redundant white space. The authors' words are
 * copied byte for byte, straight into the parser's output buffer, with no
 * allocation. Where an escape's backslash went from before an inline mark
 * ("\*x\*"), the caller is told where the mark ("*x*") is: it is text,
 * never emphasis or code (ds-text-inline.c).
 */

static gboolean
is_space_byte (guchar c)
{
  return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* Printable ASCII that cleaning copies as it is (a backslash may escape). */
static inline gboolean
is_plain_ascii (guchar c)
{
  return c > 0x20 && c < 0x7F && c != '\\';
}

/* Unicode spaces other than NBSP that become a plain space: U+1680,
 * U+2000..U+200A, U+202F, U+205F, U+3000. Returns their length or 0. */
static guint
other_space_length (const char *s,
                    const char *end)
{
  const guchar *u = (const guchar *) s;

  if (end - s < 3)
    return 0;

  if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xAF))
    return 3;
  if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
    return 3;
  if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;
  if (u[0] == 0xE1 && u[1] == 0x9A && u[2] == 0x80)
    return 3;

  return 0;
}

static guint
utf8_char_length (guchar c)
{
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  return 4;
}

/* Whether the text written so far ends in punctuation after which a
 * dangling "Â" is mojibake rather than a letter. */
static gboolean
ends_with_punctuation (const char *start,
                       const char *out)
{
  const guchar *u = (const guchar *) out;

  if (out == start)
    return FALSE;

  if (strchr (".,;:!?)]\"'", out[-1]) != NULL && out[-1] != '\0')
    return TRUE;

  /* ” and ’ */
  return out - start >= 3 && u[-3] == 0xE2 && u[-2] == 0x80 &&
         (u[-1] == 0x9D || u[-1] == 0x99);
}

/* At "Â" (U+00C2, the mojibake of a non-breaking space's lead byte): is it
 * debris? It is when a non-breaking space follows, or when it dangles at the
 * end of the line after punctuation. */
static gboolean
is_mojibake_circumflex (const char *after,
                        const char *end,
                        const char *out_start,
                        const char *out)
{
  const char *r = after;

  if (ds_text_is_nbsp (after, end))
    return TRUE;

  while (r < end)
    {
      if (is_space_byte (*r))
        r++;
      else if (ds_text_is_nbsp (r, end))
        r += 2;
      else
        return FALSE;
    }

  return ends_with_punctuation (out_start, out);
}

/* A soft hyphen (U+00AD) that only white space follows to the line's end:
 * a PDF's mark of a word split there ("Compu\u00AD" over "ter"), kept for
 * the parser to join the halves (ds_text_hyphen_at_break()). */
static gboolean
is_line_end_soft_hyphen (const char *q,
                         const char *e)
{
  for (q += 2; q < e; q++)
    if (!is_space_byte ((guchar) *q))
      return FALSE;
  return TRUE;
}

/* At a non-ASCII byte: the length of what cleaning drops there (a Unicode
 * space, which becomes the pending space, a soft hyphen within a line,
 * which shows nothing, or a mojibake "Â"), or 0. */
static guint
droppable_length (const char *q,
                  const char *e,
                  const char *out_start,
                  const char *out,
                  gboolean   *is_space)
{
  guint space_len;

  if (ds_text_is_nbsp (q, e))
    space_len = 2;
  else
    space_len = other_space_length (q, e);

  *is_space = space_len > 0;
  if (space_len > 0)
    return space_len;

  if ((guchar) q[0] == 0xC2 && e - q >= 2 && (guchar) q[1] == 0xAD)
    return is_line_end_soft_hyphen (q, e) ? 0 : 2;

  if ((guchar) q[0] == 0xC3 && (guchar) q[1] == 0x82 &&
      is_mojibake_circumflex (q + 2, e, out_start, out))
    return 2;

  return 0;
}

/* Skips what cleaning drops at *@q: white space (which becomes the
 * pending space) and mojibake. Returns whether anything was skipped. */
static inline gboolean
skip_dropped (const char **q,
              const char  *e,
              const char  *out_start,
              const char  *out,
              gboolean    *pending_space)
{
  guchar c = (guchar) **q;
  gboolean is_space;
  guint n;

  if (is_space_byte (c))
    {
      *pending_space = TRUE;
      (*q)++;
      return TRUE;
    }
  if (c < 0x80)
    return FALSE;

  n = droppable_length (*q, e, out_start, out, &is_space);
  *pending_space |= is_space;
  *q += n;
  return n > 0;
}

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define LOWS  G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* 0x80 in each byte of @v that is zero, 0 in the others (exact, unlike the
 * quicker test below that only tells whether there is one). */
static inline guint64
zero_bytes (guint64 v)
{
  return ~(((v & LOWS) + LOWS) | v | LOWS);
}

/* Whether a byte of @v, which has no byte of 0x80 or more, is under @n. */
static inline guint64
any_byte_under (guint64 v,
                guchar  n)
{
  return (v - ONES * n) & ~v & HIGHS;
}

/* Eight bytes that the loop below would copy one by one: printable ASCII
 * (no backslash) and single spaces, each space followed by a printable
 * byte (for the last byte, when @next_plain). Returns the number of spaces
 * (words begun), or -1 when the bytes are not such. */
static inline int
plain_block (guint64  w,
             gboolean next_plain)
{
  guint64 spaces;

  w = GUINT64_FROM_LE (w);
  if ((w & HIGHS) || any_byte_under (w, 0x20) ||
      any_byte_under (w ^ (ONES * 0x7F), 1) || any_byte_under (w ^ (ONES * '\\'), 1))
    return -1;
  spaces = zero_bytes (w ^ (ONES * ' '));
  if ((spaces & (spaces << 8)) || ((spaces >> 63) && !next_plain))
    return -1;
  return (int) (((spaces >> 7) * ONES) >> 56);
}

#ifdef __SSE2__
/* The bits set in each byte value, for bits_in(). */
#define BITS2(n) n, n + 1, n + 1, n + 2
#define BITS4(n) BITS2 (n), BITS2 (n + 1), BITS2 (n + 1), BITS2 (n + 2)
#define BITS6(n) BITS4 (n), BITS4 (n + 1), BITS4 (n + 1), BITS4 (n + 2)
static const guint8 bits_in_byte[256] = { BITS6 (0), BITS6 (1), BITS6 (1), BITS6 (2) };

/* The bits set in a 16-bit mask. */
static inline guint
bits_in (guint m)
{
  return bits_in_byte[m & 0xFF] + bits_in_byte[m >> 8];
}

/* plain_block() for the sixteen bytes at @p, before @e, with SSE2. (What
 * follows the block is looked at only when the block ends in a space.) */
static inline int
plain_block16 (const char *p,
               const char *e)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
  __m128i bad = _mm_or_si128 (_mm_cmplt_epi8 (v, _mm_set1_epi8 (0x20)),
                              _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (0x7F)),
                                            _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'))));
  guint spaces;

  /* Bytes of 0x80 and more are negative, so under 0x20 too. */
  if (_mm_movemask_epi8 (bad) != 0)
    return -1;
  spaces = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')));
  if ((spaces & (spaces >> 1)) ||
      ((spaces >> 15) && !(e - p > 16 && is_plain_ascii ((guchar) p[16]))))
    return -1;
  return (int) bits_in (spaces);
}
#endif

/* The common case: a run of printable ASCII is copied as it is, and so is a
 * single space between two words of it, which is what the pending space
 * would become; eight bytes at a time where they allow it. Advances *@q
 * and *@out; returns the bytes copied. */
static inline gsize
copy_ascii_run (const char **q,
                const char  *e,
                char       **out,
                guint       *words)
{
  const char *r = *q;
  const char *run = r;
  char *o = *out;

  for (;;)
    {
      do
        *o++ = *r++;
      while (r < e && is_plain_ascii ((guchar) *r));

      /* After a printable byte: whole blocks first. */
#ifdef __SSE2__
      while (e - r >= 16)
        {
          int spaces = plain_block16 (r, e);

          if (spaces < 0)
            break;
          memcpy (o, r, 16);
          o += 16;
          r += 16;
          *words += spaces;
        }
#endif
      while (e - r >= 8)
        {
          guint64 w;
          int spaces;

          memcpy (&w, r, 8);
          if ((spaces = plain_block (w, e - r > 8 && is_plain_ascii ((guchar) r[8]))) < 0)
            break;
          memcpy (o, r, 8);
          o += 8;
          r += 8;
          *words += spaces;
        }
      if (r < e && is_plain_ascii ((guchar) *r))
        continue;
      if (!(r + 1 < e && *r == ' ' && is_plain_ascii ((guchar) r[1])))
        break;
      *o++ = *r++;
      (*words)++;
    }

  *q = r;
  *out = o;
  return r - run;
}

/* Copies one character at *@q, dropping a Markdown escape's backslash but
 * keeping the punctuation it escapes; an escaped inline mark's offset from
 * @out_start goes to @escaped. */
static inline void
copy_char (const char **q,
           const char  *e,
           char       **out,
           const char  *out_start,
           GArray      *escaped)
{
  const char *r = *q;
  guchar c = (guchar) *r;
  guint n;

  if (c == '\\' && r + 1 < e && g_ascii_ispunct (r[1]))
    {
      c = (guchar) *++r;
      if (escaped != NULL && (c == '*' || c == '_' || c == '`'))
        {
          gsize at = *out - out_start;

          g_array_append_val (escaped, at);
        }
    }

  n = utf8_char_length (c);
  if (n == 1)
    *(*out)++ = *r;
  else
    {
      memcpy (*out, r, n);
      *out += n;
    }
  *q = r + n;
}

static void
set_control_error (GError    **error,
                   guchar      c,
                   const char *q,
                   const char *data)
{
  /* %zu rather than G_GSIZE_FORMAT: xgettext cuts a msgid at a macro,
   * and the truncated msgid could never be translated. */
  g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY,
               _("Not a text file: control character 0x%02X at byte offset %zu"),
               c, (gsize) (q - data));
}

/**
 * ds_text_clean:
 * @s: the raw content of one line
 * @e: its end
 * @data: the start of the whole input, for error offsets
 * @out: where the cleaned content goes; room for @e - @s bytes (cleaning
 *   never makes a line longer)
 * @escaped: (nullable) (element-type gsize): gets the offsets from @out
 *   of the inline marks ("*", "_", "`") written from a backslash escape
 * @info: (out): what was written
 *
 * Returns: FALSE (with @error set) on a control character
 */
gboolean
ds_text_clean (const char   *s,
               const char   *e,
               const char   *data,
               char         *out,
               GArray       *escaped,
               DsCleanInfo  *info,
               GError      **error)
{
  char *out_start = out;
  gboolean pending_space = FALSE;
  guint chars = 0;
  guint words = 0;

  for (const char *q = s; q < e;)
    {
      guchar c = (guchar) *q;

      if (skip_dropped (&q, e, out_start, out, &pending_space))
        continue;

      if (c < 0x20 || c == 0x7F)
        {
          set_control_error (error, c, q, data);
          return FALSE;
        }

      if (pending_space && out > out_start)
        {
          *out++ = ' ';
          chars++;
          words++;
        }
      pending_space = FALSE;

      if (is_plain_ascii (c))
        chars += copy_ascii_run (&q, e, &out, &words);
      else
        {
          copy_char (&q, e, &out, out_start, escaped);
          chars++;
        }
    }

  if (out > out_start)
    words++;

  info->bytes = out - out_start;
  info->chars = chars;
  info->words = words;

  return TRUE;
}

/* "loading", "loading...", "Loading…" */
static gboolean
is_loading (const char *s,
            gsize       len)
{
  const char *rest;
  gsize rest_len;
  gsize dots = 0;

  if (len < 7 || ds_ascii_strncasecmp (s, "loading", 7) != 0)
    return FALSE;

  rest = s + 7;
  rest_len = len - 7;

  /* The line is not NUL-terminated at len: count dots within it only. */
  while (dots < rest_len && rest[dots] == '.')
    dots++;

  return dots == rest_len ||
         (rest_len == 3 && memcmp (rest, "\xE2\x80\xA6", 3) == 0);
}

/* "9 Comments", "1 Comment" */
static gboolean
is_comment_count (const char *s,
                  gsize       len)
{
  gsize i = 0;
  const char *rest;
  gsize rest_len;

  while (i < len && g_ascii_isdigit (s[i]))
    i++;
  if (i == 0 || i >= len || s[i] != ' ')
    return FALSE;

  rest = s + i + 1;
  rest_len = len - i - 1;
  return ds_text_ascii_equal_nocase (rest, rest_len, "comments") ||
         ds_text_ascii_equal_nocase (rest, rest_len, "comment");
}

/**
 * ds_text_label_length:
 * @label: lower-case ASCII
 *
 * Returns: the bytes of "@label:" (any case, maybe a space before the
 *   colon) and the spaces after it at the start of [@s, @s + @len), or 0
 */
/* g_ascii_tolower() without its call. */
static inline char
lower_ascii (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

gsize
ds_text_label_length (const char *s,
                      gsize       len,
                      const char *label)
{
  gsize n = strlen (label);

  /* Callers try many labels on one line: most differ at the first byte. */
  if (len <= n || (n > 0 && lower_ascii (s[0]) != lower_ascii (label[0])) ||
      ds_ascii_strncasecmp (s, label, n) != 0)
    return 0;
  if (s[n] == ' ' && n + 1 < len)
    n++;
  if (s[n] != ':')
    return 0;
  n++;
  while (n < len && s[n] == ' ')
    n++;

  return n;
}

#define FURNITURE_MAX_BYTES 32
#define FURNITURE_COLON_BYTES 12

/* Page furniture that fills a line by itself: links to other articles,
 * share buttons, advertisement slots. */
static gboolean
is_page_furniture (const char *s,
                   gsize       len)
{
  static const char * const lines[] = {
    "leave a comment", "leave a reply", "no comments", "advertisement",
    "iklan", "share", "share this", "share this article", "tweet",
    "bagikan", "bagikan artikel ini", "scroll to continue",
    "scroll to continue with content", "lihat foto", "read more",
    "baca juga", "baca selengkapnya",
  };
  static const char * const links[] = {
    "baca juga", "read also", "read more", "lihat juga", "artikel terkait",
    "berita terkait", "related", "related articles", "related stories",
    /* A link to a video, a podcast or a chart on another page. */
    "also read", "baca pula", "simak juga", "simak", "tonton juga", "tonton",
    "watch", "video", "listen", "infografis", "infographic", "read next",
  };

  /* "**Baca juga:**", "*Related: …*": emphasis around the line is no part
   * of it. */
  while (len > 0 && (*s == '*' || *s == '_'))
    s++, len--;
  while (len > 0 && (s[len - 1] == '*' || s[len - 1] == '_'))
    len--;
  /* "Baca juga:", "Read also:" alone over a list of links. */
  if (len > 0 && s[len - 1] == ':' && len <= FURNITURE_MAX_BYTES)
    for (gsize i = 0; i < G_N_ELEMENTS (links); i++)
      if (ds_text_ascii_equal_nocase (s, len - 1, links[i]))
        return TRUE;

  /* Most lines are longer than any of these, and have no colon where a
   * link's label ends. */
  for (gsize i = 0; i < G_N_ELEMENTS (lines) && len <= FURNITURE_MAX_BYTES; i++)
    if (ds_text_ascii_equal_nocase (s, len, lines[i]))
      return TRUE;

  /* "Baca juga: Judul artikel lain" */
  if (memchr (s, ':', MIN (len, FURNITURE_COLON_BYTES)) == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (links); i++)
    if (ds_text_label_length (s, len, links[i]) > 0)
      return TRUE;

  return FALSE;
}

#define HATNOTE_MAX_BYTES 320

/* Whether [@s, @s + @len) starts with @prefix, in any case. */
static gboolean
starts_nocase (const char *s,
               gsize       len,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return len > n && ds_ascii_strncasecmp (s, prefix, n) == 0;
}

/* Whether the line [@s, @s + @len) sends the reader on: "@see" (", see ",
 * ", lihat ") once, before a title ("X", "[X](…)", "“X”") that ends the
 * line, with no sentence after it ("For Fiji, see how … . For Tonga, …" is
 * prose). */
static gboolean
sends_on (const char *s,
          gsize       len,
          const char *see)
{
  gsize n = strlen (see);
  const char *rest = NULL;

  if (s[len - 1] != '.')
    return FALSE;
  for (gsize i = 0; i + n <= len; i++)
    if (s[i] == ',' && ds_ascii_strncasecmp (s + i, see, n) == 0)
      {
        rest = s + i + n;
        break;
      }
  if (rest == NULL || rest >= s + len - 1 ||
      !((*rest >= 'A' && *rest <= 'Z') || *rest == '[' || *rest == '"' || (guchar) *rest == 0xe2))
    return FALSE;
  for (const char *q = rest; q + 1 < s + len; q++)
    if (*q == '.' && q[1] == ' ')
      return FALSE;

  return TRUE;
}

/* An encyclopedia's hatnote, a line that points the reader to another
 * article and says nothing of the topic: "This article is about the alert
 * system. For the organisation itself, see X.", "For other uses, see X.",
 * "Not to be confused with X.", "Main article: X"; "Artikel ini membahas
 * …. Untuk organisasinya, lihat X.", "Untuk kegunaan lain, lihat X.",
 * "Jangan tertukar dengan X.", "Artikel utama: X". An essay's own opening
 * ("This article is about how …") is no hatnote unless it sends the reader
 * on (", see", ", lihat"). */
static gboolean
is_hatnote (const char *s,
            gsize       len)
{
  char c;

  while (len > 0 && (*s == '*' || *s == '_'))
    s++, len--;
  while (len > 0 && (s[len - 1] == '*' || s[len - 1] == '_'))
    len--;
  if (len < 8 || len > HATNOTE_MAX_BYTES)
    return FALSE;
  /* A hatnote is a line of its own, never a PDF's wrapped line. */
  if (!(s[0] >= 'A' && s[0] <= 'Z'))
    return FALSE;
  c = lower_ascii (s[0]);
  if (c != 't' && c != 'f' && c != 'n' && c != 'm' && c != 'a' && c != 'u' && c != 'j' && c != 'i' && c != 'h')
    return FALSE;

  if (starts_nocase (s, len, "not to be confused with ") || starts_nocase (s, len, "jangan tertukar dengan ") ||
      starts_nocase (s, len, "jangan dikelirukan dengan ") || starts_nocase (s, len, "jangan disamakan dengan "))
    return TRUE;
  if (ds_text_label_length (s, len, "main article") > 0 || ds_text_label_length (s, len, "main articles") > 0 ||
      ds_text_label_length (s, len, "further information") > 0 || ds_text_label_length (s, len, "artikel utama") > 0 ||
      ds_text_label_length (s, len, "informasi lebih lanjut") > 0)
    return s[len - 1] != ':';

  if (starts_nocase (s, len, "this article is about ") || starts_nocase (s, len, "this page is about ") ||
      starts_nocase (s, len, "this entry is about ") || starts_nocase (s, len, "for "))
    return sends_on (s, len, ", see ");
  if (starts_nocase (s, len, "artikel ini membahas ") || starts_nocase (s, len, "artikel ini tentang ") ||
      starts_nocase (s, len, "artikel ini mengenai ") || starts_nocase (s, len, "halaman ini membahas ") ||
      starts_nocase (s, len, "untuk "))
    return sends_on (s, len, ", lihat ");

  return FALSE;
}

/**
 * ds_text_is_debris:
 *
 * Returns: whether the cleaned line [@s, @s + @len) is a whole line of
 *   scraped page furniture
 */
gboolean
ds_text_is_debris (const char *s,
                   gsize       len)
{
  return is_loading (s, len) || is_page_furniture (s, len) ||
         is_comment_count (s, len) || is_hatnote (s, len);
}

/**
 * ds_text_validate_utf8:
 *
 * g_utf8_validate_len(), with runs of ASCII skipped eight bytes at a time:
 * essays are mostly ASCII, and validating byte by byte was a tenth of the
 * time it takes to parse one. Only the runs of non-ASCII bytes go to GLib;
 * as everything before such a run is ASCII, the first invalid byte it
 * reports is the one a validation of the whole text would.
 */
gboolean
ds_text_validate_utf8 (const char  *data,
                       gsize        length,
                       const char **invalid)
{
  const char *p = data;
  const char *e = data + length;

  while (p < e)
    {
      const char *run;

#ifdef __SSE2__
      /* (Sixteen bytes a test where the processor allows: a byte's high
       * bit is its mask bit.) */
      while (e - p >= 16 && _mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *) (gconstpointer) p)) == 0)
        p += 16;
#endif
      while (e - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          p += 8;
        }
      while (p < e && (guchar) *p < 0x80)
        p++;

      run = p;
      while (p < e && (guchar) *p >= 0x80)
        p++;
      if (p > run && !g_utf8_validate_len (run, p - run, invalid))
        return FALSE;
    }

  return TRUE;
}
