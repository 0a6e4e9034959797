/* SPDX-License-Identifier: GPL-3.0-or-later */

/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "ds-lang.h"
#include "ds-parser-private.h"
#include "ds-text-meta.h"

/*
 * One line of the input: its marker, its cleaned content written straight
 * to the end of the output, what it reads like, and whether it goes on with
 * the block before it.
 *
 * A line goes on with the block before it (the two become one block, joined
 * by a space) in two cases.
 *
 * - A list item that runs over two lines: the item does not end its
 *   sentence (a full stop, question or exclamation mark, or a semicolon,
 *   which closes an item of a list), and the next line starts in lower case
 *   or is indented under the item.
 * - A paragraph of a hard-wrapped text (see ds-text-layout.c): the next
 *   line starts in lower case after a line that ends mid-sentence; or it is
 *   not indented and the line before fills the line (a paragraph's last
 *   line is shorter) or is not the first of its paragraph (it ends
 *   mid-sentence) or ends in a comma or a word that no sentence ends in.
 *   A short line that ends a sentence, a blank line, an indented
 *   capitalised line, a list marker or a Markdown heading start a new
 *   block, and so does a capitalised line after a short line of its own.
 *
 * Either way a line that may be a heading (short, capitalised, not ending a
 * sentence, on a line of its own) keeps a capitalised line after it out, so
 * "1. Diplomasi Publik" stays a sub-heading over its paragraph; a full line
 * of a wrapped text, or one that ends in a word no heading ends with ("dan",
 * "dengan", "of"), does not. A line in the middle of a wrapped sentence
 * ("Kementerian Luar Negeri Republik") goes on with the line before it and
 * is never weighed as a heading. Metadata lines, references headings and
 * lettered items ("a. ") never go on with anything.
 */

/* A plain line longer than this is never a heading. */
#define HEADING_MAX_WORDS 12
#define HEADING_MAX_CHARS 90

static void
ensure_room (Parser *p,
             gsize   extra)
{
  gsize need = p->len + extra + 1;

  if (need <= p->alloc)
    return;

  p->alloc = MAX (need, p->alloc * 2);
  p->buf = g_realloc (p->buf, p->alloc);
}

/* Cleans the raw content [s, e) into the output buffer, after the marker.
 * The caller has made room for e - s bytes. */
static gboolean
clean_content (Parser       *p,
               const char   *s,
               const char   *e,
               DsCleanInfo  *info,
               GError      **error)
{
  guint escaped = p->escaped->len;

  if (!ds_text_clean (s, e, p->data, p->buf + p->len, p->escaped, info, error))
    return FALSE;
  for (guint i = escaped; i < p->escaped->len; i++)
    g_array_index (p->escaped, gsize, i) += p->len;

  p->len += info->bytes;
  p->chars += info->chars;
  return TRUE;
}

static gboolean
is_thematic_break (const char *s,
                   const char *e)
{
  char mark = 0;
  guint count = 0;

  for (const char *q = s; q < e; q++)
    {
      if (*q == ' ' || *q == '\t')
        continue;
      if (*q != '-' && *q != '*' && *q != '_')
        return FALSE;
      if (mark != 0 && *q != mark)
        return FALSE;
      mark = *q;
      count++;
    }

  return count >= 3;
}

/* Skips a line's indent: spaces, tabs and non-breaking spaces. */
static const char *
skip_indent (const char *q,
             const char *e)
{
  while (q < e)
    {
      if (*q == ' ' || *q == '\t')
        q++;
      else if (ds_text_is_nbsp (q, e))
        q += 2;
      else
        break;
    }
  return q;
}

/* "1. " or "1) ": at most three digits, so that a year opening a line
 * ("2020. Judul buku") stays text. */
static gboolean
read_number (const char *q,
             const char *e,
             LineMarker *marker)
{
  const char *r = q;
  guint number = 0;

  while (r < e && g_ascii_isdigit (*r) && r - q < 4)
    number = number * 10 + (*r++ - '0');

  if (r == q || r - q > 3 || r + 1 >= e || (*r != '.' && *r != ')') ||
      (r[1] != ' ' && r[1] != '\t'))
    return FALSE;

  marker->has_number = TRUE;
  marker->number = number;
  marker->content = r + 2;
  return TRUE;
}

/* "a. " or "b) ": a lettered list's item. Lower case only: "A. Latar
 * Belakang" heads a thesis section and "A. Nye" is a name's initial. */
static gboolean
read_letter (const char *q,
             const char *e,
             LineMarker *marker)
{
  if (e - q < 4 || *q < 'a' || *q > 'z' || (q[1] != '.' && q[1] != ')') || (q[2] != ' ' && q[2] != '\t'))
    return FALSE;
  marker->letter = *q;
  marker->number = (guint) (*q - 'a') + 1;
  marker->content = q + 3;
  return TRUE;
}

/* The value of a lower-case Roman numeral of up to four letters, 0 when
 * [q, e) is none. */
static guint
roman_value (const char *q,
             const char *e)
{
  guint value = 0, prev = 0;

  if (e - q > 4 || e == q)
    return 0;
  for (const char *r = e; r > q; r--)
    {
      guint v = r[-1] == 'i' ? 1 : r[-1] == 'v' ? 5 : r[-1] == 'x' ? 10 : 0;

      if (v == 0)
        return 0;
      value = v < prev ? value - v : value + v;
      prev = MAX (prev, v);
    }
  return value;
}

/* "(1) ", "(a) ", "(iii) ": a marker in brackets, as policy papers number
 * their recommendations. A Roman numeral wins over a letter: "(i)" opens
 * a list far more often than it is its ninth item. */
static gboolean
read_bracketed (const char *q,
                const char *e,
                LineMarker *marker)
{
  const char *r = q + 1, *close;
  guint roman;

  if (e - q < 5 || *q != '(')
    return FALSE;
  for (close = r; close < e && close - r < 5 && *close != ')'; close++)
    ;
  if (close >= e || *close != ')' || close + 1 >= e || (close[1] != ' ' && close[1] != '\t') || close == r)
    return FALSE;
  roman = roman_value (r, close);
  if (g_ascii_isdigit (*r))
    {
      guint number = 0;

      for (const char *d = r; d < close; d++)
        if (!g_ascii_isdigit (*d) || close - r > 3)
          return FALSE;
        else
          number = number * 10 + (guint) (*d - '0');
      marker->has_number = TRUE;
      marker->number = number;
    }
  else if (roman > 0)
    {
      marker->has_number = TRUE;
      marker->number = roman;
    }
  else if (close == r + 1 && *r >= 'a' && *r <= 'z')
    {
      marker->letter = *r;
      marker->number = (guint) (*r - 'a') + 1;
    }
  else
    return FALSE;
  marker->content = close + 2;
  return TRUE;
}

/* "## Heading": at most six hashes, then a space, a tab or the end. A
 * number after them ("## 2. Diplomasi Budaya") is the heading's. */
static void
read_md_heading (const char *q,
                 const char *e,
                 LineMarker *marker)
{
  const char *r = q;

  while (r < e && *r == '#')
    r++;
  if (r - q > 6 || (r < e && *r != ' ' && *r != '\t'))
    return;

  marker->kind = LINE_MD_HEADING;
  marker->level = r - q;
  marker->content = r;
  read_number (skip_indent (r, e), e, marker);
}

/* "→ ", "-> ", "=> ", "⇒ ": an arrow that opens a line in notes marks a
 * detail under the line before, as a bullet does. */
static guint
arrow_length (const char *q,
              const char *e)
{
  if (e - q >= 3 && (q[0] == '-' || q[0] == '=') && q[1] == '>' && q[2] == ' ')
    return 3;
  if (e - q >= 4 && (guchar) q[0] == 0xE2 && ((guchar) q[1] == 0x86 || (guchar) q[1] == 0x87) &&
      (guchar) q[2] == 0x92 && q[3] == ' ')
    return 4;
  return 0;
}

/* "- ", "* ", "+ ", "• " or an arrow */
static gboolean
read_bullet (const char *q,
             const char *e,
             LineMarker *marker)
{
  guint len = 0;

  if ((*q == '-' || *q == '*' || *q == '+') &&
      q + 1 < e && (q[1] == ' ' || q[1] == '\t'))
    len = 2;
  else if (e - q >= 4 && (guchar) q[0] == 0xE2 && (guchar) q[1] == 0x80 &&
           (guchar) q[2] == 0xA2 && (q[3] == ' ' || q[3] == '\t'))
    len = 4;
  else
    len = arrow_length (q, e);

  if (len == 0)
    return FALSE;
  marker->kind = LINE_BULLET;
  marker->content = q + len;
  return TRUE;
}

/* Whether [s, e) is a word of the phrase list option_label ("Option",
 * "Pilihan", "Skenario") of either language, as essays mix them. */
static gboolean
option_label (const char *s,
              const char *e)
{
  static const char * const codes[] = { "id", "en" };

  /* Asked of most lines: the word is compared in place, not copied. */
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_shipped_phrases_opening (l, "option_label", s < e ? *s : '\0');

      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        if (ds_text_ascii_equal_nocase (s, e - s, list[i]))
          return TRUE;
    }
  return FALSE;
}

/* "Option A – a fixed quota", "Pilihan 2: kuota dinamis": an option's
 * label, its letter or number and a dash or colon mark a list's item;
 * what follows is the item. */
static gboolean
read_option (const char *q,
             const char *e,
             LineMarker *marker)
{
  const char *w = q, *r;
  gunichar c;

  while (w < e && g_ascii_isalpha (*w))
    w++;
  if (w == q || w + 3 >= e || *w != ' ' || !g_ascii_isupper (*q) || !option_label (q, w))
    return FALSE;
  r = w + 1;
  if (g_ascii_isupper (*r) && r[1] == ' ')
    marker->letter = ds_ascii_tolower (*r), marker->number = (guint) (*r - 'A') + 1;
  else if (g_ascii_isdigit (*r) && r[1] == ' ')
    marker->number = (guint) (*r - '0'), marker->has_number = TRUE;
  else if (g_ascii_isdigit (*r) && r[1] == ':')
    marker->number = (guint) (*r - '0'), marker->has_number = TRUE, r--;
  else
    return FALSE;
  r += 2;
  c = r < e ? g_utf8_get_char_validated (r, e - r) : 0;
  if (c != '-' && c != 0x2013 && c != 0x2014 && c != ':')
    {
      if (r[-1] != ':')
        return FALSE;
    }
  else
    r = g_utf8_next_char (r);
  while (r < e && *r == ' ')
    r++;
  if (r >= e)
    return FALSE;
  marker->content = r;
  return TRUE;
}

/* "**b. Capacity** – …", "__2. Kepemilikan.__ Program …": a lettered or
 * numbered marker inside the bold label that opens an item, a body after
 * the label; the marks are given back to the label (as "b. **Capacity**
 * – …" is written). A line all in bold ("**1. Pendahuluan**") stays a
 * heading's. */
static gboolean
read_bold_marker (const char *q,
                  const char *e,
                  gboolean    wrapped,
                  LineMarker *marker)
{
  const char *close, *r;

  if (e - q < 8 || (q[0] != '*' && q[0] != '_') || q[1] != q[0] ||
      !((g_ascii_isdigit (q[2]) && read_number (q + 2, e, marker)) || read_letter (q + 2, e, marker) ||
        (!wrapped && read_bracketed (q + 2, e, marker))))
    return FALSE;
  close = g_strstr_len (marker->content, MIN (e - marker->content, 80), q[0] == '*' ? "**" : "__");
  r = close != NULL ? skip_indent (close + 2, e) : e;
  /* (A full stop or a dash may stand after the marks.) */
  while (r < e && (*r == '.' || *r == ':' || *r == '-' || *r == ' ' || (guchar) *r >= 0x80))
    if ((guchar) *r >= 0x80)
      {
        gunichar c = g_utf8_get_char_validated (r, e - r);

        if (c != 0x2013 && c != 0x2014)
          break;
        r = g_utf8_next_char (r);
      }
    else
      r++;
  if (close == NULL || close == marker->content || e - r < 8 || !g_ascii_isalnum (*r))
    {
      marker->has_number = FALSE;
      marker->number = 0;
      marker->letter = 0;
      marker->content = q;
      return FALSE;
    }
  marker->bold = q[0];
  return TRUE;
}

/* Reads a line's Markdown or list marker from its raw text. In a
 * hard-wrapped text a line may break before "(c) …" inside a sentence,
 * so @wrapped leaves bracketed markers to the paragraph. */
static void
read_marker (const char *s,
             const char *e,
             gboolean    wrapped,
             LineMarker *marker)
{
  const char *q = skip_indent (s, e);

  /* "> An embargo is …", "> **Definition: Embargo**": a Markdown
   * blockquote (or a quoted mail) is read as its text; a line of ">"
   * alone is an empty line. */
  while (q < e && *q == '>')
    q = skip_indent (q + 1, e);

  marker->kind = LINE_TEXT;
  marker->level = 0;
  marker->number = 0;
  marker->has_number = FALSE;
  marker->letter = 0;
  marker->bold = 0;
  marker->content = q;

  if (q == e)
    return;

  if ((*q == '-' || *q == '*' || *q == '_') && is_thematic_break (q, e))
    marker->kind = LINE_BREAK;
  else if (*q == '#')
    read_md_heading (q, e, marker);
  else if (!read_bullet (q, e, marker) &&
           ((g_ascii_isdigit (*q) && read_number (q, e, marker)) || read_letter (q, e, marker) ||
            (!wrapped && read_bracketed (q, e, marker)) || read_option (q, e, marker) ||
            read_bold_marker (q, e, wrapped, marker)))
    marker->kind = LINE_NUMBERED;
}

static gboolean
is_references_heading (const char *s,
                       gsize       len)
{
  static const char * const names[] = {
    "daftar pustaka", "daftar referensi", "referensi", "rujukan",
    "references", "reference", "bibliography", "works cited",
  };

  /* "Daftar Pustaka:" */
  while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' '))
    len--;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (ds_text_ascii_equal_nocase (s, len, names[i]))
      return TRUE;

  return FALSE;
}

/* Closing quotes and brackets after a sentence's final punctuation. */
static gboolean
is_closing_char (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

/* "Mengapa kerja sama ini sulit?", "4.1 What are confidence-building
 * measures?": a line that opens with a question word (after a section
 * number) asks what the paragraphs under it answer. */
static gboolean
opens_like_question (const char *s,
                     gsize       len)
{
  static const char * const codes[] = { "id", "en" };
  const char *e = s + len, *w, *colon = memchr (s, ':', len);

  /* "Tanya Jawab: Apa Itu Diplomasi Siber?", "Serangan ke Bank: Apa yang
   * Terjadi?": the question follows the title's colon. */
  if (colon != NULL && colon + 2 < e)
    s = colon + 1;
  while (s < e && (g_ascii_isdigit (*s) || *s == '.' || *s == ' '))
    s++;
  for (w = s; w < e && g_ascii_isalpha (*w); w++)
    ;
  for (guint l = 0; w > s && l < G_N_ELEMENTS (codes); l++)
    if (ds_lang_lookup (ds_lang_get (codes[l]), s, w - s, NULL) & DS_WORD_QUESTION)
      return TRUE;
  return FALSE;
}

/* Where a note's marker that ends [@s, @q) starts: a superscript digit
 * ("… pada 2019.³"), "[^3]" or "[3]" after the stop; @q when none. */
static const char *
note_marker_start (const char *s,
                   const char *q)
{
  const char *p = q;

  for (;;)
    {
      const char *prev = g_utf8_find_prev_char (s, p);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (c != 0xB9 && c != 0xB2 && c != 0xB3 && c != 0x2070 && !(c >= 0x2074 && c <= 0x2079))
        break;
      p = prev;
    }
  if (p < q)
    return p;
  if (q - s >= 3 && q[-1] == ']')
    {
      p = q - 2;
      while (p > s && g_ascii_isalnum (*p) && q - p < 12)
        p--;
      if (*p == '^' && p > s)
        p--;
      if (*p == '[' && p + 2 < q)
        return p;
    }
  return q;
}

/* Whether a line ends in punctuation that no heading ends in; a question
 * mark ends a question heading too. */
static gboolean
ends_sentence (const char *s,
               gsize       len)
{
  const char *q = note_marker_start (s, s + len);

  while (q > s)
    {
      const char *prev = g_utf8_find_prev_char (s, q);
      gunichar c;

      if (prev == NULL)
        return FALSE;
      c = g_utf8_get_char (prev);
      if (!is_closing_char (c))
        return c == '.' || c == '!' || c == ',' || c == ';' || c == ':' || c == 0x2026 ||
               (c == '?' && !opens_like_question (s, len));
      q = prev;
    }

  return FALSE;
}

/* "The main tools include", "Kegiatannya antara lain": a line that ends
 * on a word announcing what follows is a sentence broken before its list,
 * in either language (the essay's is not known yet). */
static gboolean
ends_on_list_cue (const char *s,
                  gsize       len)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *ends = ds_lang_get_shipped_phrases (l, "open_line_end");

      for (guint i = 0; ends != NULL && ends[i] != NULL; i++)
        {
          gsize n = strlen (ends[i]);

          if (n < len && s[len - n - 1] == ' ' && ds_ascii_strncasecmp (s + len - n, ends[i], n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
starts_like_heading (const char *s)
{
  gunichar c = g_utf8_get_char (s);

  /* Sentences go on in lower case; hashtag and mention lines ("#Diplomasi
   * @Kemlu_RI") are social-media furniture, not sections. */
  if (g_unichar_isalnum (c))
    return !g_unichar_islower (c);

  return c == '"' || c == '\'' || c == '(' || c == 0x201C || c == 0x2018 || c == 0xAB;
}

/* Only called on short lines. */
static gboolean
has_alnum (const char *s,
           gsize       len)
{
  for (const char *q = s; q < s + len; q = g_utf8_next_char (q))
    if (g_unichar_isalnum (g_utf8_get_char (q)))
      return TRUE;

  return FALSE;
}

/* "1992 --> six NGOs launch …", "A → B": an arrow after the line's
 * start, as notes write a timeline's event or a cause's effect. Only
 * called on short lines. */
static gboolean
holds_arrow (const char *s,
             gsize       len)
{
  for (gsize i = 1; i + 1 < len; i++)
    if ((s[i + 1] == '>' && (s[i] == '-' || s[i] == '=')) ||
        (i + 2 < len && (guchar) s[i] == 0xE2 &&
         ((((guchar) s[i + 1] == 0x86 || (guchar) s[i + 1] == 0x87) && (guchar) s[i + 2] == 0x92) ||
          ((guchar) s[i + 1] == 0x9F && (guchar) s[i + 2] == 0xB6))))
      return TRUE;
  return FALSE;
}

/* A line that reads like a heading, whatever follows it; a line of
 * notes with an arrow inside is an event or a cause, no heading. */
gboolean
_ds_parser_is_heading_candidate (const char        *s,
                                 gsize              len,
                                 const DsCleanInfo *info)
{
  if (info->words > HEADING_MAX_WORDS || info->chars > HEADING_MAX_CHARS)
    return FALSE;
  if (!starts_like_heading (s) || !has_alnum (s, len) || holds_arrow (s, len))
    return FALSE;

  return !ends_sentence (s, len) && !ends_on_list_cue (s, len);
}

static void
append_number (Parser *p,
               guint   number)
{
  char digits[8];
  guint n = 0;

  do
    {
      digits[n++] = '0' + number % 10;
      number /= 10;
    }
  while (number > 0);

  while (n > 0)
    p->buf[p->len++] = digits[--n];
  p->buf[p->len++] = '.';
  p->buf[p->len++] = ' ';
}

/* The marker as the reader shows it: "• " for every bullet, "2. " for every
 * number. */
static void
append_marker (Parser           *p,
               const LineMarker *marker,
               guint            *marker_bytes,
               guint            *marker_chars)
{
  gsize before = p->len;

  if (marker->kind == LINE_BULLET)
    {
      memcpy (p->buf + p->len, "\xE2\x80\xA2 ", 4);
      p->len += 4;
      *marker_chars = 2;
    }
  else if (marker->has_number)
    {
      append_number (p, marker->number);
      *marker_chars = p->len - before;
    }
  else if (marker->letter != 0)
    {
      p->buf[p->len++] = marker->letter;
      p->buf[p->len++] = '.';
      p->buf[p->len++] = ' ';
      *marker_chars = 3;
    }
  else
    *marker_chars = 0;

  *marker_bytes = p->len - before;
  p->chars += *marker_chars;
}

static void
strip_closing_hashes (Parser      *p,
                      gsize        content_start,
                      DsCleanInfo *info)
{
  gsize end = p->len;

  while (end > content_start && p->buf[end - 1] == '#')
    end--;

  /* "## Heading ##": the closing run must follow a space (or be all). */
  if (end == p->len || (end > content_start && p->buf[end - 1] != ' '))
    return;
  while (end > content_start && p->buf[end - 1] == ' ')
    end--;

  info->chars -= p->len - end;
  p->chars -= p->len - end;
  p->len = end;
  _ds_parser_cut_escaped (p, end, G_MAXSIZE, G_MAXSIZE, 0);
}

/* Starts a line in the output: the separator after the previous block and
 * the list marker, as the reader shows it. */
static void
start_line (Parser *p,
            Line   *line,
            gsize   raw_len)
{
  /* Separator, the widest marker ("999. " vs "• ") and the content. */
  ensure_room (p, raw_len + 8);

  line->line_start = p->len;
  line->line_start_chars = p->chars;
  if (p->blocks->len > 0)
    {
      p->buf[p->len++] = '\n';
      p->chars++;
    }
  append_marker (p, &line->marker, &line->marker_bytes, &line->marker_chars);
}

/* A label opening the line ("RINA: ", "Tantangan: ", "Minggu 3: ", see
 * ds-parser-label.c) joins its marker: the block's content starts after
 * it, and the reader still shows it. Returns where the content starts. */
#define SCHEDULE_MAX_WORDS 12

/* "- Minggu 3: Studi kasus perbatasan darat", "• Week 4: Protection of
 * civilians": an item of a course's schedule, no claim to study. */
static gboolean
is_schedule_item (const Line *line,
                  const char *s,
                  gsize       len)
{
  return (line->marker.kind == LINE_BULLET || line->marker.kind == LINE_NUMBERED) &&
         line->info.words <= SCHEDULE_MAX_WORDS && !ds_text_ends_statement (s, len);
}

/* The first @n bytes of @line's content, at @s, join its marker (a label,
 * an FAQ's bold marks): its counts of words, chars and bytes lose them. */
static void
move_into_marker (Line       *line,
                  const char *s,
                  gsize       n)
{
  guint chars = g_utf8_strlen (s, n);

  for (gsize i = 0; i < n; i++)
    line->info.words -= s[i] == ' ' && (i + 1 == n || s[i + 1] != ' ');
  line->info.chars -= chars;
  line->info.bytes -= n;
  line->content_start += n;
  line->len -= n;
  line->marker_bytes += n;
  line->marker_chars += chars;
}

/* Drops the last @n bytes of @line, ASCII marks ("**") the parser wrote
 * last into its buffer. */
static void
drop_line_end (Parser *p,
               Line   *line,
               gsize   n)
{
  p->len -= n;
  _ds_parser_cut_escaped (p, p->len, G_MAXSIZE, G_MAXSIZE, 0);
  p->chars -= n;
  line->info.chars -= n;
  line->info.bytes -= n;
  line->len -= n;
}

static const char *
take_label (Parser *p,
            Line   *line)
{
  const char *s = p->buf + line->content_start;
  gboolean numbered;
  gsize n = _ds_parser_label_length (p, s, line->len, &numbered);

  if (n == 0 || n >= line->len)
    return s;
  /* "PR: baca bab 4 …", "Homework: compare two treaties": a task set to
   * the student, as a schedule's item is, no claim to study. */
  if ((numbered && is_schedule_item (line, s, line->len)) || _ds_parser_is_task_label (s, line->len))
    {
      line->metadata = TRUE;
      return s;
    }
  move_into_marker (line, s, n);
  line->labelled = TRUE;
  /* "**Week 1 — What is diplomacy?**": the label took the opening bold
   * marks; the closing ones go, as take_question_marks() drops them. */
  if (s[0] == '*' && s[1] == '*' && line->len > 2 && s[n + line->len - 1] == '*' && s[n + line->len - 2] == '*' &&
      g_strstr_len (s + n, line->len - 2, "**") == NULL)
    drop_line_end (p, line, 2);
  return s + n;
}

/* "Tentang Direktorat Jenderal …", "About the Network of Delta Cities":
 * in a press release, the boilerplate about who sends it, which closes
 * the release with its media contact; no claim of the news. */
static gboolean
is_about_heading (Parser     *p,
                  const Line *line,
                  const char *s)
{
  if (!p->press_release || line->metadata ||
      (line->marker.kind != LINE_TEXT && line->marker.kind != LINE_MD_HEADING))
    return FALSE;
  return _ds_parser_is_heading_candidate (s, line->len, &line->info) &&
         _ds_parser_starts_with_word_in_list (s, line->len, "about_label");
}

/* "**What is a harbour pilot?**", "**Q: Siapa yang membayar?**", "###
 * Q: Who pays?": an FAQ's question set in bold or after its label is a
 * heading over the answer like "## What is …?"; the bold marks and the
 * label join the marker, the closing marks go. Only a line that opens
 * like a question and ends on "?" is read so. */
static void
take_question_marks (Parser *p,
                     Line   *line)
{
  char *s = p->buf + line->content_start;
  gsize len = line->len, open = 0, close = 0, label, n;

  if (line->marker.kind != LINE_TEXT && line->marker.kind != LINE_MD_HEADING)
    return;
  if (len > 6 && s[0] == '*' && s[1] == '*' && s[len - 1] == '*' && s[len - 2] == '*' &&
      g_strstr_len (s + 2, len - 4, "**") == NULL)
    open = close = 2;
  label = _ds_parser_question_label_length (s + open, len - open - close);
  n = open + label;
  if ((open == 0 && label == 0) || len <= n + close + 1 || s[len - close - 1] != '?' ||
      !opens_like_question (s + n, len - n - close) || memchr (s + n, ':', len - n - close) != NULL)
    return;
  /* The closing marks, as strip_closing_hashes() drops "##". */
  drop_line_end (p, line, close);
  move_into_marker (line, s, n);
  line->labelled |= label > 0;
}

/* What the cleaned line reads like: a references heading, a heading, a
 * metadata line. */
static void
read_line_kind (Parser *p,
                Line   *line)
{
  const char *s = p->buf + line->content_start;
  LineKind kind = line->marker.kind;

  /* "11/ Negara bisa …": a thread's post number is no part of its
   * sentence; it joins the marker. */
  if (p->thread && kind == LINE_TEXT)
    {
      gsize n = _ds_parser_post_number_length (s, line->len);

      if (n > 0)
        {
          move_into_marker (line, s, n);
          s += n;
        }
    }
  if (kind == LINE_TEXT || kind == LINE_MD_HEADING)
    line->references_heading = is_references_heading (s, line->len);
  if (p->in_references || line->references_heading || line->len == 0)
    return;

  /* "Disusun untuk memenuhi tugas mata kuliah …" on a paper's cover,
   * before its first paragraph. */
  if (kind == LINE_TEXT)
    line->metadata = ds_text_is_metadata (s, line->len) ||
                     (p->pending_title && p->title_index + 1 == p->blocks->len && ds_text_is_names_line (s, line->len)) ||
                     (!p->seen_prose && ds_text_is_front_matter_line (s, line->len)) ||
                     ds_text_is_course_admin (s, line->len);
  /* "(7) Smith, Trade Wars (London: Verso, 2019), pp. 44-61.": a note
   * under the page, numbered as a list item would be. */
  else if (kind == LINE_NUMBERED)
    line->metadata = ds_text_is_footnote (s, line->len, TRUE) || ds_text_is_name_number_line (s, line->len);
  /* "- Ahmad Fauzi (2201112001)": a group's members on a cover. */
  else if (kind == LINE_BULLET)
    line->metadata = ds_text_is_name_number_line (s, line->len) || ds_text_is_course_admin (s, line->len);
  p->press_release |= line->metadata && ds_text_is_release_label (s, line->len);
  /* "Reading: Nye, J. S. (2008). …", "Santoso, Budi. 2010. Politik …":
   * a work cited in a syllabus's week or a list without its heading. */
  if (!line->metadata && kind != LINE_MD_HEADING && ds_text_is_reference_line (s, line->len))
    {
      line->reference = TRUE;
      return;
    }
  if (is_about_heading (p, line, s))
    {
      line->references_heading = TRUE;
      return;
    }
  if (!line->metadata)
    s = take_label (p, line);
  if (kind == LINE_TEXT && !line->metadata)
    line->candidate = _ds_parser_is_heading_candidate (s, line->len, &line->info);
  else if (kind == LINE_NUMBERED)
    line->numbered_candidate = _ds_parser_is_heading_candidate (s, line->len, &line->info);
}

/**
 * _ds_parser_read_line:
 *
 * Reads the raw line [@s, @e) into @line and, unless it is a thematic
 * break, writes it to the end of the output: separator, marker, cleaned
 * content. An empty line has @line->len 0.
 */
gboolean
_ds_parser_read_line (Parser      *p,
                      const char  *s,
                      const char  *e,
                      Line        *line,
                      GError     **error)
{
  read_marker (s, e, p->layout.wrapped, &line->marker);
  if (line->marker.kind == LINE_BREAK)
    return TRUE;

  line->width = ds_text_line_width (s, e, &line->indent);
  start_line (p, line, e - s);
  line->content_start = p->len;
  if (line->marker.bold != 0)
    {
      p->buf[p->len++] = line->marker.bold;
      p->buf[p->len++] = line->marker.bold;
      p->chars += 2;
    }
  if (!clean_content (p, line->marker.content, e, &line->info, error))
    return FALSE;
  if (line->marker.bold != 0)
    {
      line->info.bytes += 2;
      line->info.chars += 2;
    }
  if (line->marker.kind == LINE_MD_HEADING)
    strip_closing_hashes (p, line->content_start, &line->info);

  line->len = p->len - line->content_start;
  take_question_marks (p, line);
  read_line_kind (p, line);
  /* "Minggu 3: Diplomasi publik (Bacaan: …)" among others of its kind: a
   * course's schedule, furniture (ds-parser-label.c). */
  if (_ds_parser_is_schedule_line (p, s) && !line->references_heading)
    {
      line->metadata = TRUE;
      line->candidate = FALSE;
      line->numbered_candidate = FALSE;
    }
  return TRUE;
}

/* Takes back a line that turned out empty or debris. */
void
_ds_parser_drop_line (Parser     *p,
                      const Line *line)
{
  p->len = line->line_start;
  p->chars = line->line_start_chars;
  _ds_parser_cut_escaped (p, p->len, G_MAXSIZE, G_MAXSIZE, 0);
}

/**
 * _ds_parser_cut_escaped:
 *
 * The bytes from @from to @to of the output were dropped, and those from
 * @moved_from on moved by @shift: the escaped marks there go, or move
 * with them.
 */
void
_ds_parser_cut_escaped (Parser *p,
                        gsize   from,
                        gsize   to,
                        gsize   moved_from,
                        gssize  shift)
{
  guint kept = 0;

  for (guint i = 0; i < p->escaped->len; i++)
    {
      gsize at = g_array_index (p->escaped, gsize, i);

      if (at >= from && at < to)
        continue;
      g_array_index (p->escaped, gsize, kept++) = at >= moved_from ? (gsize) ((gssize) at + shift) : at;
    }
  g_array_set_size (p->escaped, kept);
}

/* ---- Lines that go on ---------------------------------------------------- */

static gboolean
starts_lower (Parser     *p,
              const Line *line)
{
  return g_unichar_islower (g_utf8_get_char (p->buf + line->content_start));
}

/* "a. ", "b) ", "iv. ": an item of a lettered list, never the rest of a
 * sentence. */
static gboolean
starts_with_letter_marker (Parser     *p,
                           const Line *line)
{
  const char *s = p->buf + line->content_start;
  gsize n = 0;

  if (line->len >= 3 && g_ascii_isalpha (s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ')
    return TRUE;

  while (n < line->len && n < 4 && strchr ("ivx", s[n]) != NULL)
    n++;
  return n > 0 && n + 2 <= line->len && (s[n] == '.' || s[n] == ')') && s[n + 1] == ' ';
}

/* Whether the last block ends in a word that a heading never ends in. */
static gboolean
ends_with_function_word (Parser *p)
{
  static const char * const words[] = {
    "dan", "atau", "yang", "di", "ke", "dari", "dengan", "untuk", "pada",
    "dalam", "oleh", "bahwa", "serta", "sebagai", "terhadap", "tentang",
    "antara", "bagi", "karena", "adalah", "ialah", "merupakan", "yaitu",
    "yakni", "seperti", "the", "of", "and", "or", "to", "in", "for",
    "with", "by", "on", "a", "an", "that", "as", "from", "at", "is", "are",
  };
  const char *start = p->buf + p->last.line_byte_start;
  const char *e = p->buf + _ds_parser_last_block (p)->byte_end;
  const char *w = e;

  while (w > start && w[-1] != ' ')
    w--;

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (ds_text_ascii_equal_nocase (w, e - w, words[i]))
      return TRUE;

  return FALSE;
}

/* Whether the last block ends where a sentence cannot: after a function
 * word, a comma or a hyphen. */
static gboolean
ends_open (Parser *p)
{
  const DsBlock *block = _ds_parser_last_block (p);
  char last = p->buf[block->byte_end - 1];

  return last == ',' || last == '-' || ends_with_function_word (p);
}

/* The last block may be a heading and keeps a capitalised line out. */
static gboolean
last_is_protected (Parser *p)
{
  return (p->pending_heading || p->pending_numbered) &&
         p->pending_index == p->blocks->len - 1 &&
         p->last.lines == 1 &&
         !ds_layout_is_full (&p->layout, p->last.width) &&
         !ends_with_function_word (p);
}

/* "1 Budi Santoso, Politik …", "12 Ibid.": a line that opens on a note's
 * number (one to three digits) and a capitalised word, as a footnote of
 * a PDF's page does. */
static gboolean
opens_note_number (const char *s,
                   gsize       len)
{
  gsize k = 0;

  while (k < len && k < 4 && g_ascii_isdigit (s[k]))
    k++;
  return k > 0 && k <= 3 && k + 1 < len && s[k] == ' ' && g_ascii_isupper (s[k + 1]);
}

/* Whether the last block ends a sentence, maybe with a note's number
 * after its stop ("… negara jauh.2"). */
static gboolean
ends_sentence_or_note (Parser *p)
{
  const DsBlock *block = _ds_parser_last_block (p);
  const char *s = p->buf + block->content_byte_start;
  const char *e = p->buf + block->byte_end;
  const char *q = e;

  if (p->last.terminal)
    return TRUE;
  while (q > s && e - q < 3 && g_ascii_isdigit (q[-1]))
    q--;
  return q < e && q > s && (q[-1] == '.' || q[-1] == '"' || (guchar) q[-1] == 0x9D);
}

static gboolean
paragraph_goes_on (Parser     *p,
                   const Line *line)
{
  const LastLine *last = &p->last;
  gboolean indented = line->indent > last->indent;

  /* "… negara jauh.2" then "1 Budi Santoso, Politik … (Jakarta: Pustaka":
   * a footnote under the page, whose first line need not say so yet. */
  if (opens_note_number (p->buf + line->content_start, line->len) && ends_sentence_or_note (p))
    return FALSE;

  /* A sentence ended at the end of a full line, and another starts: the
   * same paragraph, unless the new line is indented or a short heading. */
  if (last->terminal)
    return ds_layout_is_full (&p->layout, last->width) && !indented &&
           !(line->candidate && !ds_layout_is_full (&p->layout, line->width));

  if (starts_lower (p, line))
    return TRUE;
  if (indented)
    return FALSE;
  if (last->lines > 1 || ds_layout_is_full (&p->layout, last->width))
    return TRUE;

  /* A short line of its own that ends mid-sentence, before a capital: a
   * heading, an item of a list without bullets, or a paragraph without its
   * full stop; a wrapped line would have filled the line. */
  return ends_open (p);
}

/* In a text that is not hard-wrapped, a line still breaks a sentence now
 * and then: Markdown's soft line break inside a paragraph ("**Diplomasi"
 * over "digital** adalah …"), an editor's wrap of one long paragraph. A
 * line that ends mid-sentence, followed by one that goes on in lower case
 * and is not indented further, is the same paragraph; a line that ends on
 * a colon is a label or a list's lead-in ("Catatan:"), which keeps its
 * own block. */
static gboolean
sentence_goes_on (Parser     *p,
                  const Line *line)
{
  const DsBlock *last = _ds_parser_last_block (p);

  return !p->last.terminal && p->buf[last->byte_end - 1] != ':' && line->indent <= p->last.indent &&
         starts_lower (p, line);
}

static gboolean
item_goes_on (Parser     *p,
              const Line *line)
{
  const LastLine *last = &p->last;
  const DsBlock *block = _ds_parser_last_block (p);

  if (last->terminal || p->buf[block->byte_end - 1] == ';')
    return FALSE;
  if (starts_lower (p, line))
    return TRUE;
  if (last_is_protected (p))
    return FALSE;
  if (line->indent > last->first_indent)
    return TRUE;

  return p->layout.wrapped &&
         (last->lines > 1 || ds_layout_is_full (&p->layout, last->width));
}

/* "… kerja sama siber ASEAN me-", a blank line, "142", the journal's
 * running line, a blank line, "miliki setidaknya tiga keterbatasan": a
 * sentence a page cut, whose full last line ends mid-sentence and whose
 * rest opens the next page in lower case. The blank lines around the
 * page's furniture part no paragraphs. */
static gboolean
goes_on_over_page (Parser     *p,
                   const Line *line)
{
  return p->page_break && p->layout.wrapped &&
         _ds_parser_last_block (p)->kind == DS_BLOCK_PARAGRAPH &&
         !p->last.terminal && ds_layout_is_full (&p->layout, p->last.width) && starts_lower (p, line);
}

/**
 * _ds_parser_goes_on:
 *
 * Returns: whether @line, read but not yet a block, continues the last
 *   block (see the comment at the top)
 */
gboolean
_ds_parser_goes_on (Parser     *p,
                    const Line *line)
{
  const DsBlock *last;

  if (p->blocks->len == 0 || line->marker.kind != LINE_TEXT ||
      (p->gap && !goes_on_over_page (p, line)) ||
      line->metadata || line->reference || line->labelled || line->references_heading ||
      starts_with_letter_marker (p, line))
    return FALSE;

  last = _ds_parser_last_block (p);
  if (last->kind == DS_BLOCK_PARAGRAPH)
    return p->layout.wrapped ? paragraph_goes_on (p, line) : sentence_goes_on (p, line);
  /* A footnote whose line ends mid-sentence goes on with the next line,
   * unless that opens the next note. */
  if (last->kind == DS_BLOCK_METADATA)
    return p->layout.wrapped && !p->last.terminal &&
           opens_note_number (p->buf + last->content_byte_start, last->byte_end - last->content_byte_start) &&
           !opens_note_number (p->buf + line->content_start, line->len) && paragraph_goes_on (p, line);
  if (last->kind == DS_BLOCK_LIST_ITEM || last->kind == DS_BLOCK_REFERENCE)
    return item_goes_on (p, line);

  return FALSE;
}

/**
 * _ds_parser_remember_line:
 * @text_start: where the line's content now is in the output
 *
 * Notes @line as the last line of the last block, which it starts or
 * joins.
 */
void
_ds_parser_remember_line (Parser     *p,
                          const Line *line,
                          gsize       text_start)
{
  const DsBlock *block = _ds_parser_last_block (p);
  LastLine *last = &p->last;
  gboolean first = block->content_byte_start == text_start;

  last->lines = first ? 1 : last->lines + 1;
  last->width = line->width;
  last->indent = line->indent;
  if (first)
    last->first_indent = line->indent;
  last->line_byte_start = text_start;
  last->terminal = ds_text_ends_statement (p->buf + text_start, block->byte_end - text_start);
  last->words = (first ? 0 : last->words) + line->info.words;
  last->chars = block->end - block->content_start;
}

/**
 * _ds_parser_join:
 *
 * Joins @line, written after the last block, to that block: a space in
 * place of the line break, or nothing after a hyphen fixed to a word
 * ("negara-negara", "Asia-Pasifik"); the hyphen of a split word goes too
 * ("kebijakan"), as ds_text_hyphen_join() decides.
 */
void
_ds_parser_join (Parser     *p,
                 const Line *line)
{
  DsBlock *block = _ds_parser_last_block (p);
  gsize sep = line->line_start;
  gsize before = sep - p->last.line_byte_start;
  gsize drop = ds_text_hyphen_join (p->buf + p->last.line_byte_start, before,
                                    p->buf + line->content_start, line->len,
                                    p->layout.hyphenated, &p->words);

  if (drop == 0)
    p->buf[sep] = ' ';
  else
    {
      memmove (p->buf + sep + 1 - drop, p->buf + line->content_start, line->len);
      _ds_parser_cut_escaped (p, sep + 1 - drop, line->content_start, line->content_start,
                              (gssize) (sep + 1 - drop) - (gssize) line->content_start);
      p->len -= drop;
      /* A soft hyphen is two bytes and one character. */
      p->chars -= drop == 3 ? 2 : drop;
    }

  block->byte_end = p->len;
  block->end = p->chars;
  _ds_parser_remember_line (p, line, sep + 1 - drop);
  /* "1 Budi Santoso, … (Jakarta: Pustaka" + "Laut, 2010), hlm. 31-54.":
   * a footnote that says so only once its lines are joined. */
  if (block->kind == DS_BLOCK_PARAGRAPH &&
      opens_note_number (p->buf + block->content_byte_start, block->byte_end - block->content_byte_start) &&
      ds_text_is_footnote (p->buf + block->content_byte_start, block->byte_end - block->content_byte_start, FALSE))
    block->kind = DS_BLOCK_METADATA;
  /* "Cooper, Andrew F., … Nossal. 1993." + "Relocating Middle Powers:
   * …": a reference whose title starts on its second line. */
  else if (block->kind == DS_BLOCK_PARAGRAPH && p->last.lines == 2 &&
           ds_text_is_reference_line (p->buf + block->content_byte_start, block->byte_end - block->content_byte_start))
    block->kind = DS_BLOCK_REFERENCE;
}
