/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The parser, what a PDF's pages leave in its text: page numbers ("12",
 * "— 7 —", "Page 4 of 9", "Halaman 4 dari 9") and running headers or
 * footers, a short line the typesetter repeats on every page ("Modul
 * Diplomasi Publik", "Jurnal Kajian Maritim Vol. 3"). Copied out of a
 * PDF, they fall wherever a page ended, often in the middle of a
 * sentence; the parser drops them there without ending the paragraph, so
 * that the sentence reads on. Only a hard-wrapped text is read so: in
 * running prose a short line is a heading.
 */
#include "config.h"

#include <string.h>

#include "ds-lang.h"
#include "ds-parser-private.h"

/* A running line is short, and a page number has few digits. */
#define RUNNING_MAX_BYTES 60
#define PAGE_MAX_DIGITS 4

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/* [*@s, *@e) without the spaces around it. */
static void
trim (const char **s,
      const char **e)
{
  while (*s < *e && is_space (**s))
    (*s)++;
  while (*e > *s && is_space ((*e)[-1]))
    (*e)--;
}

/* Whether [@s, @e) has two words or more, a letter, and ends no sentence
 * nor introduces anything: what a running header looks like. */
static gboolean
looks_running (const char *s,
               const char *e)
{
  gboolean letter = FALSE, space = FALSE;

  if (e - s < 3 || e - s > RUNNING_MAX_BYTES || strchr (".:;,!?", e[-1]) != NULL)
    return FALSE;
  /* A bullet or a numbered item repeats by nature ("- Ya"). */
  if (*s == '-' || *s == '*' || (guchar) *s == 0xE2 || g_ascii_isdigit (*s))
    return FALSE;
  for (const char *p = s; p < e; p++)
    {
      letter |= g_ascii_isalpha (*p);
      space |= *p == ' ';
    }
  return letter && space;
}

/* A page number that a running line carries after or before a space has
 * few digits (a year has four: "Laporan Tahunan 2019" is no page). */
#define RUNNING_PAGE_MAX_DIGITS 3

/* "Journal of Island Affairs 14", "14 Jurnal Kajian Kepulauan": the
 * running line [*@s, *@e) (trimmed) without the page number at its end or
 * its start, moving *@s or *@e; FALSE when it carries none. */
static gboolean
strip_page_number (const char **s,
                   const char **e)
{
  const char *a = *s, *b = *e;

  while (b > a && g_ascii_isdigit (b[-1]))
    b--;
  if (b < *e && *e - b <= RUNNING_PAGE_MAX_DIGITS && b > a && is_space (b[-1]))
    {
      *e = b;
      trim (s, e);
      return TRUE;
    }
  while (a < b && g_ascii_isdigit (*a))
    a++;
  if (a > *s && a - *s <= RUNNING_PAGE_MAX_DIGITS && a < *e && is_space (*a))
    {
      *s = a;
      trim (s, e);
      return TRUE;
    }
  return FALSE;
}

/* The key under which a running line that carries its page number is
 * noted: its words, after a byte no text has. */
static char *
numbered_running_key (const char *s,
                      const char *e)
{
  return g_strdup_printf ("\x01%.*s", (int) (e - s), s);
}

/* Notes the line [@a, @b) (trimmed) when it carries a page number and its
 * words stood before, bare as the text's first line or with another page
 * number: "Journal of Island Affairs 14" … "Journal of Island Affairs 15". */
static void
note_numbered_running (Parser     *p,
                       GHashTable *seen,
                       const char *a,
                       const char *b)
{
  g_autofree char *key = NULL;

  if (!strip_page_number (&a, &b) || !looks_running (a, b))
    return;
  key = numbered_running_key (a, b);
  if (!g_hash_table_add (seen, g_strdup (key)))
    g_hash_table_add (p->running, g_steal_pointer (&key));
}

/**
 * _ds_parser_find_running_lines:
 *
 * Notes the short lines of the text (@p->lines) that stand more than once, past
 * its first line (a title a header repeats stays the title), and those
 * that carry their page's number and stand twice, or once after the
 * title as its first line. They are dropped only when the text turns out
 * to be hard-wrapped.
 */
void
_ds_parser_find_running_lines (Parser *p)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DsLines lines;
  const char *a, *b;
  gboolean first = TRUE;

  p->running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ds_lines_init_table (&lines, p->lines);
  while (ds_lines_next (&lines, &a, &b))
    {
      g_autofree char *key = NULL;

      trim (&a, &b);
      if (first && a < b && looks_running (a, b))
        g_hash_table_add (seen, numbered_running_key (a, b));
      if (!first && a < b)
        note_numbered_running (p, seen, a, b);
      if (a == b || first || !looks_running (a, b))
        {
          first &= a == b;
          continue;
        }
      key = g_strndup (a, b - a);
      if (!g_hash_table_add (seen, g_strdup (key)))
        g_hash_table_add (p->running, g_steal_pointer (&key));
    }
}

/* Whether [@s, @e) is a number alone, maybe between dashes or brackets:
 * "12", "— 7 —", "- 7 -", "[7]". */
static gboolean
is_bare_number (const char *s,
                const char *e)
{
  const char *d;

  while (s < e && (strchr ("-[( ", *s) != NULL || (guchar) *s >= 0x80))
    s++;
  while (e > s && (strchr ("-]) ", e[-1]) != NULL || (guchar) e[-1] >= 0x80))
    e--;
  for (d = s; d < e && g_ascii_isdigit (*d); d++)
    ;
  return d == e && e > s && e - s <= PAGE_MAX_DIGITS;
}

/* Whether the word [@s, @e) (a dot after it dropped) is in the phrase list
 * @name of either language. */
static gboolean
word_in_list (const char *s,
              const char *e,
              const char *name)
{
  static const char * const codes[] = { "id", "en" };

  if (e > s && e[-1] == '.')
    e--;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_shipped_phrases_opening (l, name, e > s ? *s : '\0');

      for (guint i = 0; list[i] != NULL; i++)
        /* Most entries differ at the first byte, told before any call. */
        if ((e == s || ds_ascii_tolower (list[i][0]) == ds_ascii_tolower (*s)) &&
            strlen (list[i]) == (gsize) (e - s) && ds_ascii_strncasecmp (list[i], s, e - s) == 0)
          return TRUE;
    }
  return FALSE;
}

/* The next word of [*@s, @e), moving *@s past it; FALSE at the end. */
static gboolean
next_word (const char **s,
           const char  *e,
           const char **w,
           const char **w_end)
{
  while (*s < e && is_space (**s))
    (*s)++;
  *w = *s;
  while (*s < e && !is_space (**s))
    (*s)++;
  *w_end = *s;
  return *w < *w_end;
}

/* "Page 4 of 9", "Halaman 4 dari 9", "Hal. 12", "p. 3"; with @list
 * "slide_label", "Slide 4", "Slide 4 of 12". */
static gboolean
is_page_label (const char *s,
               const char *e,
               const char *list)
{
  const char *w, *w_end;

  if (!next_word (&s, e, &w, &w_end) || !word_in_list (w, w_end, list))
    return FALSE;
  if (!next_word (&s, e, &w, &w_end) || !is_bare_number (w, w_end))
    return FALSE;
  if (!next_word (&s, e, &w, &w_end))
    return TRUE;
  if (!word_in_list (w, w_end, "page_of") || !next_word (&s, e, &w, &w_end) || !is_bare_number (w, w_end))
    return FALSE;
  return !next_word (&s, e, &w, &w_end);
}

/* A gap no sentence's spaces leave: a typesetter's, between a page's
 * number and its running head across the page. */
#define WIDE_GAP 5

/* "LINDQVIST", "O'BRIEN", "SANTOSO-HALIM": one author's surname in
 * capitals, the running head of an article by one author, with no small
 * letter and three letters or more. */
static gboolean
is_surname_running (const char *s,
                    const char *e)
{
  guint letters = 0;

  if (e - s > RUNNING_MAX_BYTES)
    return FALSE;
  for (const char *q = s; q < e; q++)
    {
      if (g_ascii_isupper (*q))
        letters++;
      else if (*q != '-' && *q != '\'')
        return FALSE;
    }
  return letters >= 3;
}

/* "87  Review of Maritime Studies", "Jurnal Kajian Samudra  42": a
 * running head with its page's number, set apart from it by two spaces
 * or a tab (a numbered heading has one space: "2 Latar Belakang"); or
 * one author's surname in capitals across a wide gap ("142" and
 * "LINDQVIST" at the page's two edges). */
static gboolean
is_numbered_running (const char *s,
                     const char *e)
{
  const char *a = s, *b = e, *gap;

  while (a < e && g_ascii_isdigit (*a))
    a++;
  if (a > s && a - s <= PAGE_MAX_DIGITS && a + 2 < e && (*a == '\t' || (a[0] == ' ' && a[1] == ' ')))
    {
      for (gap = a; a < e && is_space (*a); a++)
        ;
      return looks_running (a, e) || (a - gap >= WIDE_GAP && is_surname_running (a, e));
    }
  while (b > s && g_ascii_isdigit (b[-1]))
    b--;
  if (b < e && e - b <= PAGE_MAX_DIGITS && b - 2 > s && (b[-1] == '\t' || (b[-1] == ' ' && b[-2] == ' ')))
    {
      for (gap = b; b > s && is_space (b[-1]); b--)
        ;
      return looks_running (s, b) || (gap - b >= WIDE_GAP && is_surname_running (s, b));
    }
  return FALSE;
}

/* Whether the next line of the input that is not blank after the line
 * ending at @e opens in lower case: the rest of a sentence. */
static gboolean
opens_lower_after (Parser     *p,
                   const char *e)
{
  const char *end = p->data + p->data_len;

  while (e < end && (*e == '\n' || is_space (*e)))
    e++;
  return e < end && g_ascii_islower (*e);
}

/* "144 JOURNAL OF MARITIME POLICY", "DIPLOMASI DIGITAL DAN KEAMANAN 87":
 * a head in capitals with its page's number, one space apart, where a
 * sentence of a paragraph is still open (its last line ends no sentence
 * and closes no lead-in) and goes on in lower case on the next line: no
 * heading stands there, while a numbered heading in capitals ("2 LATAR
 * BELAKANG") follows a paragraph's end or opens a sentence.
 * The head has two words of capitals or more and no small letter. */
static gboolean
in_sentence_running (Parser     *p,
                     const char *s,
                     const char *e)
{
  const DsBlock *last;
  const char *a = s, *b = e;
  guint words = 0, run = 0;

  if (p->blocks == NULL || p->blocks->len == 0 || p->pending_title || p->in_references || p->last.terminal)
    return FALSE;
  last = _ds_parser_last_block (p);
  if (last->kind != DS_BLOCK_PARAGRAPH || last->byte_end == last->content_byte_start ||
      strchr (":;,", p->buf[last->byte_end - 1]) != NULL)
    return FALSE;
  if (!opens_lower_after (p, e) || !strip_page_number (&a, &b) || !looks_running (a, b))
    return FALSE;
  for (const char *q = a; q <= b; q++)
    {
      if (q < b && g_ascii_islower (*q))
        return FALSE;
      if (q < b && g_ascii_isupper (*q))
        run++;
      else
        {
          words += run >= 2;
          run = 0;
        }
    }
  return words >= 2;
}

/* A journal's running line may name it in full. */
#define JOURNAL_MAX_BYTES 100

/* "Jurnal Kajian Hubungan Internasional, Vol. 3 (2021)   12", "Journal
 * of Island Affairs Vol. 14 No. 2 (2019) 45": a journal's running line,
 * its name, volume and year, which a page prints once and which no
 * sentence of the text is. Every word of four letters or more has its
 * capital (a reference's title has words in lower case), a volume word
 * (the phrase list volume_label) is followed by its number, and a year
 * stands in it. */
static gboolean
is_journal_running (const char *s,
                    const char *e)
{
  const char *q = s, *w, *w_end;
  gboolean volume = FALSE, year = FALSE, after_volume = FALSE;

  if (e - s > JOURNAL_MAX_BYTES || e - s < 10 || !g_ascii_isupper (*s) || strchr (".:;!?,", e[-1]) != NULL)
    return FALSE;
  while (next_word (&q, e, &w, &w_end))
    {
      const char *a = w, *b = w_end;

      while (a < b && (*a == '(' || *a == '['))
        a++;
      while (b > a && strchr ("),.]", b[-1]) != NULL)
        b--;
      if (after_volume)
        volume |= a < b && g_ascii_isdigit (*a);
      after_volume = FALSE;
      if (b - a == 4 && g_ascii_isdigit (a[0]) && g_ascii_isdigit (a[1]) && g_ascii_isdigit (a[2]) &&
          g_ascii_isdigit (a[3]) && (a[0] == '1' || a[0] == '2'))
        year = TRUE;
      else if (word_in_list (w, w_end, "volume_label"))
        after_volume = TRUE;
      else if (b - a >= 4 && g_ascii_islower (*a))
        return FALSE;
    }
  return volume && year;
}

/* Whether the raw line [@s, @e) would be page furniture, were the text
 * hard-wrapped: what the layout scan passes over. */
gboolean
_ds_parser_is_page_line_any (const char *s,
                             const char *e,
                             gpointer    parser)
{
  Parser *p = parser;
  g_autofree char *key = NULL;

  trim (&s, &e);
  /* (After a paragraph only: at the top, the journal's line is its
   * front matter, which the reader shows; so it is under the journal's
   * name, the block that may yet be the title.) */
  if (s < e && !p->in_references && p->blocks != NULL && p->blocks->len > 0 && !p->pending_title &&
      _ds_parser_last_block (p)->kind == DS_BLOCK_PARAGRAPH && is_journal_running (s, e))
    return TRUE;
  if (s == e)
    return FALSE;
  /* (The typesetter's gap may make the line long: the head is measured
   * without it.) */
  if (is_numbered_running (s, e) || in_sentence_running (p, s, e))
    return TRUE;
  if (e - s > RUNNING_MAX_BYTES)
    return FALSE;
  if (is_bare_number (s, e) || is_page_label (s, e, "page_label"))
    return TRUE;
  if (p->running == NULL)
    return FALSE;
  key = g_strndup (s, e - s);
  if (g_hash_table_contains (p->running, key))
    return TRUE;
  if (!strip_page_number (&s, &e))
    return FALSE;
  g_free (key);
  key = numbered_running_key (s, e);
  return g_hash_table_contains (p->running, key);
}

/**
 * _ds_parser_is_page_line:
 *
 * Returns: whether the raw line [@s, @e) of a hard-wrapped text is a page
 *   number, a page label or a running header or footer
 */
gboolean
_ds_parser_is_page_line (Parser     *p,
                         const char *s,
                         const char *e)
{
  return p->layout.wrapped && _ds_parser_is_page_line_any (s, e, p);
}

/**
 * _ds_parser_is_slide_line:
 *
 * Returns: whether the raw line [@s, @e) is a slide's number in a slide
 *   deck's text ("Slide 4", "Slide 4 of 12"), which parts slides as a
 *   blank line would
 */
gboolean
_ds_parser_is_slide_line (const char *s,
                          const char *e)
{
  trim (&s, &e);
  return e - s <= RUNNING_MAX_BYTES && is_page_label (s, e, "slide_label");
}
