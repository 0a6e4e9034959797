/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ds-parser.h"
#include "ds-parser-private.h"
#include "ds-text-meta.h"

/*
 * The parser reads plain text or simple Markdown one line at a time and
 * writes the cleaned text straight into its output buffer, so the whole parse
 * is a single pass with no per-line or per-character allocation. Character
 * offsets are counted while bytes are copied; nothing is ever re-counted from
 * the start. Before it, one cheap look at the ends of the lines decides
 * whether the text is hard-wrapped (ds-text-layout.c).
 *
 * Cleaning removes scraping debris and nothing else: debris lines ("loading...",
 * "9 Comments", "Leave a comment", "Baca juga: …"), the mojibake "Â" that a
 * mis-decoded non-breaking space leaves behind, Markdown backslash escapes,
 * and redundant white space. The authors' words are copied byte for byte.
 * The cleaning itself is in ds-text-clean.c, bylines, dates and datelines in
 * ds-text-meta.c, reading a line and joining wrapped lines in
 * ds-parser-line.c, language detection in ds-language.c.
 *
 * Whether a plain line is a heading depends on the line after it, so a
 * block stays provisional until the next line (or the end) is seen; so does
 * a numbered line that may be a sub-heading ("2. Diplomasi Budaya" followed
 * by a paragraph). Metadata lines in between (a byline under a title) are
 * passed over: they settle nothing.
 */

G_DEFINE_QUARK (ds-parser-error-quark, ds_parser_error)

/* A block costs 64 bytes, so a file of millions of one-letter lines would
 * need many times its size in memory; no essay comes near this. */
#define MAX_BLOCKS (8u * 1024 * 1024)

static void
parser_clear (Parser *p)
{
  g_clear_pointer (&p->buf, g_free);
  g_clear_pointer (&p->blocks, g_array_unref);
  g_clear_pointer (&p->escaped, g_array_unref);
  g_clear_pointer (&p->title, g_free);
  g_clear_pointer (&p->running, g_hash_table_unref);
  g_clear_pointer (&p->speakers, g_hash_table_unref);
  g_clear_pointer (&p->schedule, g_hash_table_unref);
  g_clear_pointer (&p->lines, g_array_unref);
  ds_text_words_clear (&p->words);
}

/* A first line such as "Pendahuluan" opens a section; it is no title. */
static gboolean
is_section_text (const char *s,
                 gsize       len)
{
  static const char * const names[] = {
    "pendahuluan", "latar belakang", "abstrak", "abstract", "introduction",
    "ringkasan", "summary",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (ds_text_ascii_equal_nocase (s, len, names[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_section_name (Parser *p)
{
  const DsBlock *first = &g_array_index (p->blocks, DsBlock, p->title_index);

  return is_section_text (p->buf + first->content_byte_start, first->byte_end - first->content_byte_start);
}

static void
shift_block (DsBlock *block,
             gsize    bytes,
             guint    chars)
{
  block->byte_start -= bytes;
  block->byte_end -= bytes;
  block->content_byte_start -= bytes;
  block->prose_byte_start -= bytes;
  block->start -= chars;
  block->end -= chars;
  block->content_start -= chars;
  block->prose_start -= chars;
}

/* The title's block becomes the essay's title: drop it and the '\n' after
 * it. Only metadata blocks stand before it ("SIARAN PERS") or follow it
 * yet. */
static void
take_title (Parser *p)
{
  DsBlock *title = &g_array_index (p->blocks, DsBlock, p->title_index);
  gsize from = title->byte_start;
  gsize shift = title->byte_end + 1 - from;
  guint shift_chars = title->end + 1 - title->start;

  p->title = g_strndup (p->buf + title->content_byte_start,
                        title->byte_end - title->content_byte_start);
  memmove (p->buf + from, p->buf + from + shift, p->len - from - shift);
  _ds_parser_cut_escaped (p, from, from + shift, from + shift, -(gssize) shift);
  p->len -= shift;
  p->chars -= shift_chars;
  g_array_remove_index (p->blocks, p->title_index);
  /* What went on the title's paragraph opens one now. */
  if (p->title_index < p->blocks->len)
    g_array_index (p->blocks, DsBlock, p->title_index).soft_break = FALSE;
  for (guint i = p->title_index; i < p->blocks->len; i++)
    shift_block (&g_array_index (p->blocks, DsBlock, i), shift, shift_chars);
}

/* No block but metadata came yet: the next that reads like a heading may
 * be the title. */
static gboolean
may_be_title (Parser *p)
{
  if (p->title != NULL)
    return FALSE;
  for (guint i = 0; i < p->blocks->len; i++)
    if (g_array_index (p->blocks, DsBlock, i).kind != DS_BLOCK_METADATA)
      return FALSE;
  return TRUE;
}

/* A news dateline opening the essay's first paragraph: the prose starts
 * after it. */
static void
settle_paragraph (Parser  *p,
                  DsBlock *block)
{
  gsize n;

  if (p->seen_prose)
    return;
  /* "**Kemlu Luncurkan Pusat …**" over "JAKARTA, 3 Mei 2025 — …": a
   * headline set in bold is no lead; the dateline opens the next one. */
  if (ds_text_is_bold_line (p->buf + block->content_byte_start, block->byte_end - block->content_byte_start))
    return;
  p->seen_prose = TRUE;

  n = ds_text_dateline_length (p->buf + block->content_byte_start,
                               block->byte_end - block->content_byte_start);
  if (n == 0)
    return;
  block->prose_byte_start = block->content_byte_start + n;
  block->prose_start = block->content_start +
                       g_utf8_strlen (p->buf + block->content_byte_start, n);
}

static void
make_heading (Parser *p,
              guint   index,
              guint   level)
{
  DsBlock *block = &g_array_index (p->blocks, DsBlock, index);

  block->kind = DS_BLOCK_HEADING;
  block->level = level;
  block->list_style = DS_LIST_NONE;
  block->prose_byte_start = block->content_byte_start;
  block->prose_start = block->content_start;
}

/* Whether block 0, which reads like a heading, is the title: it is a
 * Markdown "# " heading, or a blank line, debris or a byline comes after
 * it. */
static gboolean
resolve_title (Parser *p)
{
  p->pending_title = FALSE;
  if (!p->pending_title_md && !(p->title_separated && !is_section_name (p)))
    return FALSE;

  take_title (p);
  p->title_plain = !p->pending_title_md;
  p->pending_heading = FALSE;
  /* The title heads the essay, not its first section. */
  p->section_level = 0;
  return TRUE;
}

/* A possible heading was followed by another line that reads like one,
 * which turned out to be a heading too (or no paragraph): it is none. */
static void
release_held (Parser *p)
{
  if (!p->held)
    return;

  p->held = FALSE;
  settle_paragraph (p, &g_array_index (p->blocks, DsBlock, p->held_index));
}

/* Whether block @index and the one before it are fields of a header
 * block ("Ketua: …", "Moto: …", "Tema: …"): the last of the run reads
 * like a heading, but it is a field as the others are. */
static gboolean
field_after_field (Parser *p,
                   guint   index)
{
  for (guint i = index - 1; i <= index && index > 0; i++)
    {
      const DsBlock *b = &g_array_index (p->blocks, DsBlock, i);

      /* (A field the metadata rules knew, "Tempat: …", before it.) */
      if ((b->kind != DS_BLOCK_PARAGRAPH && !(i < index && b->kind == DS_BLOCK_METADATA)) ||
          !_ds_parser_is_field_line (p->buf + b->content_byte_start, b->byte_end - b->content_byte_start))
        return FALSE;
    }
  return index > 0;
}

/* Settles the provisional block now that the next line, which is no
 * metadata, is known. */
static void
resolve_pending (Parser     *p,
                 const Line *line)
{
  release_held (p);
  if (p->pending_title && resolve_title (p))
    return;

  /* A heading is followed by body text, a list, or nothing; not by
   * another line that reads like a heading. That line may yet turn out
   * to be the first line of a wrapped paragraph, so the block waits for
   * it (recheck_pending()). */
  if (p->pending_heading)
    {
      p->pending_heading = FALSE;
      if (line->candidate)
        {
          p->held = TRUE;
          p->held_index = p->pending_index;
        }
      else if (field_after_field (p, p->pending_index))
        settle_paragraph (p, &g_array_index (p->blocks, DsBlock, p->pending_index));
      else
        {
          make_heading (p, p->pending_index, 1);
          p->section_level = 1;
        }
    }

  /* A numbered sub-heading is followed by a paragraph, not by the next
   * item of its list. */
  if (p->pending_numbered)
    {
      p->pending_numbered = FALSE;
      if (line->marker.kind == LINE_TEXT && !line->references_heading)
        make_heading (p, p->pending_index, p->section_level + 1);
    }
}

/* After a join: the block that was provisional may no longer read like a
 * heading, and is a paragraph or list item after all. */
static void
recheck_pending (Parser *p)
{
  DsBlock *block = _ds_parser_last_block (p);
  DsCleanInfo info = { 0, p->last.chars, p->last.words };

  if (!(p->pending_heading || p->pending_numbered) ||
      p->pending_index != p->blocks->len - 1 ||
      _ds_parser_is_heading_candidate (p->buf + block->content_byte_start,
                                       block->byte_end - block->content_byte_start,
                                       &info))
    return;

  p->pending_numbered = FALSE;
  p->pending_title = FALSE;
  if (p->held)
    {
      /* The line before it is a heading over this paragraph. */
      p->held = FALSE;
      make_heading (p, p->held_index, 1);
      p->section_level = 1;
    }
  if (p->pending_heading)
    settle_paragraph (p, block);
  p->pending_heading = FALSE;
}

/* The block's offsets, from the end of the output: take_title() may have
 * moved this line to the front of the buffer. */
static void
set_block_offsets (Parser     *p,
                   DsBlock    *block,
                   const Line *line)
{
  block->byte_end = p->len;
  block->content_byte_start = p->len - line->len;
  block->prose_byte_start = block->content_byte_start;
  block->byte_start = block->content_byte_start - line->marker_bytes;
  block->end = p->chars;
  block->content_start = p->chars - line->info.chars;
  block->prose_start = block->content_start;
  block->start = block->content_start - line->marker_chars;
}

static gboolean
check_block_limit (Parser  *p,
                   GError **error)
{
  if (p->blocks->len < MAX_BLOCKS)
    return TRUE;

  g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_TOO_LARGE,
               _("The text has too many lines (more than %u)"), MAX_BLOCKS);
  return FALSE;
}

/* Whether block @b is a student paper's cover line, above its "# "
 * title: a name, a student number, a course, a lecturer, a date. Short
 * (ten words at most) and no sentence: it ends on no full stop but an
 * abbreviation's ("M.Si.", "Jr."). */
static gboolean
is_cover_line (Parser        *p,
               const DsBlock *b)
{
  const char *s = p->buf + b->content_byte_start;
  const char *e = p->buf + b->byte_end;
  const char *last;
  guint words = 1;

  if (b->kind == DS_BLOCK_METADATA)
    return TRUE;
  if ((b->kind != DS_BLOCK_PARAGRAPH && b->kind != DS_BLOCK_HEADING) || s >= e)
    return FALSE;
  for (const char *q = s; q < e; q++)
    if (*q == ' ' && ++words > 10)
      return FALSE;
  if (e[-1] == '!' || e[-1] == '?' || e[-1] == ';')
    return FALSE;
  if (e[-1] != '.')
    return TRUE;
  last = e - 1;
  while (last > s && last[-1] != ' ')
    last--;
  return e - last <= 3 || memchr (last, '.', e - 1 - last) != NULL;
}

/* Whether a plain first line taken for the title is a person's name:
 * two to four words, each opening on a capital, no digit or colon. */
static gboolean
name_like (const char *s)
{
  guint words = 1;

  if (!g_unichar_isupper (g_utf8_get_char (s)))
    return FALSE;
  for (const char *q = s; *q != '\0'; q++)
    {
      if (g_ascii_isdigit (*q) || *q == ':' || *q == '?' || *q == '!')
        return FALSE;
      if (*q == ' ')
        {
          if (++words > 4 || !g_unichar_isupper (g_utf8_get_char (q + 1)))
            return FALSE;
        }
    }
  return words >= 2;
}

/* "Daniel Okafor" / "INTR 2045: Global Governance" / "Dr. S. Halvorsen" /
 * "12 November 2024" over "# Frozen Out? …": no title came yet and only
 * cover lines (two to eight) stand before the first "# " heading; they are
 * the paper's metadata, and the heading is its title. */
static gboolean
cover_before_title (Parser     *p,
                    const Line *line)
{
  guint non_meta = 0;
  gboolean name_title = p->title != NULL && p->title_plain && name_like (p->title);

  /* (A first section's name is no title.) */
  if ((p->title != NULL && !name_title) || p->blocks->len < (name_title ? 1u : 2u) || p->blocks->len > 8 ||
      is_section_text (p->buf + line->content_start, line->len))
    return FALSE;
  for (guint i = 0; i < p->blocks->len; i++)
    {
      const DsBlock *b = &g_array_index (p->blocks, DsBlock, i);

      if (!is_cover_line (p, b))
        return FALSE;
      non_meta += b->kind != DS_BLOCK_METADATA;
    }
  if (non_meta == 0)
    return FALSE;
  /* "Rahmat Hidayatullah" over "NIM 2107513044": the name on the first
   * line, taken for the title as a byline followed it, was the student's. */
  g_clear_pointer (&p->title, g_free);

  for (guint i = 0; i < p->blocks->len; i++)
    {
      DsBlock *b = &g_array_index (p->blocks, DsBlock, i);

      b->kind = DS_BLOCK_METADATA;
      b->level = 0;
      b->prose_byte_start = b->byte_end;
      b->prose_start = b->end;
    }
  p->pending_heading = FALSE;
  p->pending_numbered = FALSE;
  p->held = FALSE;
  p->seen_prose = FALSE;
  return TRUE;
}

static void
classify_md_heading (Parser     *p,
                     DsBlock    *block,
                     const Line *line)
{
  gboolean first = may_be_title (p) ||
                   (line->marker.level == 1 && !line->marker.has_number && !line->references_heading &&
                    cover_before_title (p, line));

  block->kind = line->references_heading ? DS_BLOCK_REFERENCES_HEADING : DS_BLOCK_HEADING;
  block->level = line->marker.level;
  block->number = line->marker.number;
  p->in_references = line->references_heading;
  if (line->references_heading)
    return;

  p->section_level = line->marker.level;
  if (first && line->marker.level == 1 && !line->marker.has_number)
    {
      p->pending_title = TRUE;
      p->pending_title_md = TRUE;
      p->pending_index = p->blocks->len;
      p->title_index = p->blocks->len;
    }
}

static void
classify_item (Parser     *p,
               DsBlock    *block,
               const Line *line)
{
  const DsBlock *before = p->blocks->len > 0 ? _ds_parser_last_block (p) : NULL;

  block->kind = p->in_references ? DS_BLOCK_REFERENCE : DS_BLOCK_LIST_ITEM;
  block->list_style = line->marker.kind == LINE_BULLET ? DS_LIST_BULLET : DS_LIST_NUMBERED;
  block->number = line->marker.number;
  if (p->in_references)
    return;
  /* "- AHA Centre" over "  - mengoordinasikan …": an item indented past
   * the item before it is a detail of that item, one level down. */
  if (before != NULL && before->kind == DS_BLOCK_LIST_ITEM && line->indent > p->item_indent)
    block->level = 2;
  else
    {
      block->level = 1;
      p->item_indent = line->indent;
    }

  p->seen_prose = TRUE;
  /* The second item of a numbered list is no sub-heading. */
  if (line->numbered_candidate &&
      !(before != NULL && before->kind == DS_BLOCK_LIST_ITEM && before->list_style == DS_LIST_NUMBERED))
    {
      p->pending_numbered = TRUE;
      p->pending_index = p->blocks->len;
    }
}

static void
classify_paragraph (Parser     *p,
                    DsBlock    *block,
                    const Line *line)
{
  block->kind = DS_BLOCK_PARAGRAPH;
  if (!line->candidate)
    {
      settle_paragraph (p, block);
      return;
    }

  p->pending_heading = TRUE;
  p->pending_index = p->blocks->len;
  if (may_be_title (p))
    {
      p->pending_title = TRUE;
      p->pending_title_md = FALSE;
      p->title_index = p->blocks->len;
    }
}

static void
classify_block (Parser     *p,
                DsBlock    *block,
                const Line *line)
{
  LineKind kind = line->marker.kind;

  block->list_style = DS_LIST_NONE;
  block->level = 0;
  block->number = 0;

  if (line->metadata)
    {
      block->kind = DS_BLOCK_METADATA;
      block->prose_byte_start = block->byte_end;
      block->prose_start = block->end;
    }
  else if (line->reference)
    {
      /* Shown as a reference; a list it stands in goes on after it. */
      block->kind = DS_BLOCK_REFERENCE;
      block->list_style = kind == LINE_BULLET ? DS_LIST_BULLET : kind == LINE_NUMBERED ? DS_LIST_NUMBERED : DS_LIST_NONE;
      block->number = line->marker.number;
    }
  else if (kind == LINE_MD_HEADING)
    classify_md_heading (p, block, line);
  else if (kind == LINE_TEXT && line->references_heading)
    {
      block->kind = DS_BLOCK_REFERENCES_HEADING;
      block->level = 1;
      p->in_references = TRUE;
    }
  else if (kind == LINE_BULLET || kind == LINE_NUMBERED)
    classify_item (p, block, line);
  else if (p->in_references)
    block->kind = DS_BLOCK_REFERENCE;
  else
    classify_paragraph (p, block, line);
}

/* A blank line, or debris that stands where one would. */
static void
note_blank (Parser   *p,
            gboolean  gap)
{
  p->gap |= gap;
  if (p->pending_title)
    p->title_separated = TRUE;
}

/* "Jurnal Kajian Asia Tenggara" over "Vol. 8 No. 2 (2022), hlm.
 * 101-120": the line that would be the title names the journal, and is
 * metadata as its volume line is; the article's own title may follow. */
static void
unmake_masthead_title (Parser     *p,
                       const Line *line)
{
  DsBlock *block;

  if (!p->pending_title || p->pending_title_md || p->title_index + 1 != p->blocks->len)
    return;
  block = &g_array_index (p->blocks, DsBlock, p->title_index);
  if (!ds_text_is_journal_masthead (p->buf + block->content_byte_start, block->byte_end - block->content_byte_start,
                                    p->buf + line->content_start, line->len))
    return;
  block->kind = DS_BLOCK_METADATA;
  block->prose_byte_start = block->byte_end;
  block->prose_start = block->end;
  p->pending_title = FALSE;
  p->pending_heading = FALSE;
  p->title_separated = FALSE;
}

static gboolean
add_block (Parser      *p,
           const Line  *line,
           GError     **error)
{
  DsBlock block = { 0 };

  if (line->metadata)
    {
      note_blank (p, FALSE);
      unmake_masthead_title (p, line);
    }
  else
    resolve_pending (p, line);

  if (!check_block_limit (p, error))
    return FALSE;
  if (p->gap && p->blocks->len < 32)
    p->top_gaps |= 1u << p->blocks->len;
  set_block_offsets (p, &block, line);
  classify_block (p, &block, line);
  block.soft_break = !p->gap && p->blocks->len > 0 && !p->md_heading && line->marker.kind == LINE_TEXT;
  p->md_heading = line->marker.kind == LINE_MD_HEADING;
  g_array_append_val (p->blocks, block);
  p->gap = FALSE;
  p->page_break = FALSE;
  _ds_parser_remember_line (p, line, block.content_byte_start);

  return TRUE;
}

/* Scraped page furniture, or what a PDF's pages left (a page number, a
 * running header; see ds-parser-page.c), which may well fall in the
 * middle of a sentence. */
static gboolean
is_debris (Parser     *p,
           const Line *line,
           const char *s,
           const char *e)
{
  return _ds_parser_is_page_line (p, s, e) ||
         (line->marker.kind == LINE_TEXT && ds_text_is_debris (p->buf + line->content_start, line->len));
}

static gboolean
process_line (Parser      *p,
              const char  *s,
              const char  *e,
              GError     **error)
{
  Line line = { 0 };

  if (!_ds_parser_read_line (p, s, e, &line, error))
    return FALSE;

  if (line.marker.kind == LINE_BREAK || line.len == 0)
    {
      if (line.marker.kind != LINE_BREAK)
        _ds_parser_drop_line (p, &line);
      note_blank (p, TRUE);
      return TRUE;
    }

  /* A slide's number ends what the slide before said. */
  if (_ds_parser_is_slide_line (s, e))
    {
      _ds_parser_drop_line (p, &line);
      note_blank (p, TRUE);
      return TRUE;
    }

  /* Debris within a wrapped paragraph does not end it. "Baca juga:",
   * "Read also:" alone: the bullets below are the links it lists. */
  if (is_debris (p, &line, s, e) || (p->links && line.marker.kind == LINE_BULLET))
    {
      p->page_break |= _ds_parser_is_page_line (p, s, e);
      p->links = line.marker.kind == LINE_BULLET || p->buf[line.content_start + line.len - 1] == ':' ||
                 (line.len > 2 && p->buf[line.content_start + line.len - 3] == ':');
      _ds_parser_drop_line (p, &line);
      note_blank (p, FALSE);
      return TRUE;
    }
  p->links = FALSE;

  if (_ds_parser_goes_on (p, &line))
    {
      _ds_parser_join (p, &line);
      p->gap = FALSE;
      p->page_break = FALSE;
      recheck_pending (p);
      return TRUE;
    }

  return add_block (p, &line, error);
}

static void
finish (Parser *p)
{
  /* The last line reads like a heading: a section without a body (but a
   * text that is one short line is just that line). A numbered line with
   * nothing after it is the last item of a list. */
  release_held (p);
  if (p->pending_heading && p->blocks->len + (p->title != NULL) > 1)
    make_heading (p, p->pending_index, 1);
  else if (p->pending_heading)
    settle_paragraph (p, &g_array_index (p->blocks, DsBlock, p->pending_index));

  p->pending_heading = FALSE;
  p->pending_numbered = FALSE;
  p->pending_title = FALSE;
}

static gboolean
check_input (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *nul;
  const char *invalid;

  if (length > DS_PARSER_MAX_SIZE)
    {
      g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_TOO_LARGE,
                   _("The text is too large (%zu bytes; at most %zu)"),
                   length, DS_PARSER_MAX_SIZE);
      return FALSE;
    }

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY,
                   _("Not a text file: NUL byte at byte offset %zu"),
                   (gsize) (nul - data));
      return FALSE;
    }

  if (!ds_text_validate_utf8 (data, length, &invalid))
    {
      g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8: invalid byte at byte offset %zu"),
                   (gsize) (invalid - data));
      return FALSE;
    }

  return TRUE;
}

static void
parser_init (Parser     *p,
             const char *data,
             gsize       length)
{
  p->data = data;
  p->data_len = length;
  ds_text_words_init (&p->words, data, length);
  p->alloc = length + length / 8 + 64;
  p->buf = g_malloc (p->alloc);
  p->blocks = g_array_new (FALSE, TRUE, sizeof (DsBlock));
  p->escaped = g_array_new (FALSE, FALSE, sizeof (gsize));
}

/* Where the text starts: after a UTF-8 byte order mark, if any. */
static const char *
skip_bom (const char *data,
          gsize       length)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return data + 3;
  return data;
}

/* What the layout scan passes over: page furniture, and a note under the
 * page ("1 Ibid., 12."), which a short text's few wrapped lines would not
 * outweigh. */
static gboolean
is_scan_furniture (const char *s,
                   const char *e,
                   gpointer    parser)
{
  return _ds_parser_is_page_line_any (s, e, parser) || ds_text_is_footnote (s, e - s, FALSE);
}

static gboolean
parse_lines (Parser      *p,
             const char  *s,
             const char  *end,
             GError     **error)
{
  DsLines lines;
  const char *line;
  const char *line_end;

  /* Five passes read the lines: found once. */
  p->lines = ds_lines_table (s, end);
  _ds_parser_find_running_lines (p);
  _ds_parser_find_speakers (p);
  _ds_parser_find_schedule (p);
  ds_lines_init_table (&lines, p->lines);
  ds_layout_scan_lines (&lines, is_scan_furniture, p, &p->layout);
  ds_lines_init_table (&lines, p->lines);
  while (ds_lines_next (&lines, &line, &line_end))
    if (!process_line (p, line, line_end, error))
      return FALSE;

  return TRUE;
}

/* "Hannah Okafor teaches urban policy at …" under "By Hannah Okafor", or
 * "Penulis adalah dosen …", as the essay's last paragraph: a note about
 * the author, shown quietly like the byline, never studied. */
static void
mark_author_note (Parser *p)
{
  const char *name = NULL;
  gsize name_len = 0;
  DsBlock *last;

  for (guint i = 0; i < p->blocks->len && name == NULL; i++)
    {
      const DsBlock *b = &g_array_index (p->blocks, DsBlock, i);

      if (b->kind == DS_BLOCK_METADATA)
        name = ds_text_byline_name (p->buf + b->byte_start, b->byte_end - b->byte_start, &name_len);
    }
  if (p->blocks->len < 2)
    return;
  last = &g_array_index (p->blocks, DsBlock, p->blocks->len - 1);
  if (last->kind != DS_BLOCK_PARAGRAPH ||
      !ds_text_is_author_note (p->buf + last->content_byte_start, last->byte_end - last->content_byte_start,
                               name, name_len))
    return;
  last->kind = DS_BLOCK_METADATA;
  last->prose_byte_start = last->byte_end;
  last->prose_start = last->end;
}

/* Lines in a run that a field block makes of them. */
#define FIELD_RUN_MIN 3

/* Whether block @b is a "Label: value" line, the label in its text or
 * taken into its marker. */
static gboolean
field_block (Parser        *p,
             const DsBlock *b)
{
  return (b->kind == DS_BLOCK_PARAGRAPH || b->kind == DS_BLOCK_METADATA) && b->list_style == DS_LIST_NONE &&
         _ds_parser_is_field_line (p->buf + b->byte_start, b->byte_end - b->byte_start);
}

/* "Hari/Tanggal: …", "Tempat: …", "Peserta: 14 orang (daftar
 * terlampir)"; "Date: …", "Venue: …", "Present: 11 delegations": the
 * header of minutes, an exam sheet or a form is a block of fields, and
 * a field the metadata rules do not know by its label is one all the
 * same when its run holds two they know. Its value is short and no
 * sentence ("Kesimpulan: Diplomasi digital adalah …" says something). */
static void
mark_field_runs (Parser *p)
{
  guint i = 0;

  while (i < p->blocks->len)
    {
      guint end = i, known = 0;

      while (end < p->blocks->len && field_block (p, &g_array_index (p->blocks, DsBlock, end)))
        known += g_array_index (p->blocks, DsBlock, end++).kind == DS_BLOCK_METADATA;
      if (end - i >= FIELD_RUN_MIN && known >= 2)
        for (guint k = i; k < end; k++)
          {
            DsBlock *b = &g_array_index (p->blocks, DsBlock, k);

            if (b->kind == DS_BLOCK_PARAGRAPH &&
                ds_text_is_field_value (p->buf + b->byte_start, b->byte_end - b->byte_start))
              {
                b->kind = DS_BLOCK_METADATA;
                b->prose_byte_start = b->byte_end;
                b->prose_start = b->end;
              }
          }
      i = end > i ? end : i + 1;
    }
}

/* A journal article's front page names its parts: "Abstract",
 * "Abstrak" (alone, or opening its paragraph: "Abstract. This …"). */
#define FRONT_PAGE_BLOCKS 12
#define WRAPPED_TITLE_LINES 3
#define WRAPPED_TITLE_MAX_WORDS 30
#define WRAPPED_TITLE_MAX_BYTES 250

static gboolean
is_abstract_block (Parser        *p,
                   const DsBlock *b)
{
  static const char * const names[] = { "abstract", "abstrak" };
  const char *s = p->buf + b->content_byte_start;
  gsize len = b->byte_end - b->content_byte_start;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n = strlen (names[i]);

      if (len >= n && ds_ascii_strncasecmp (s, names[i], n) == 0 &&
          (len == n || s[n] == '.' || s[n] == ':'))
        return TRUE;
    }
  return FALSE;
}

/* Whether a line of a wrapped title's run reads as one: it opens on a
 * capital, ends on no stop, and is in capitals throughout or nowhere
 * ("DIPLOMASI IKLIM … PARIS Ratna Kusumawardani" is a title and its
 * author run together). Sets *@caps to whether it is in capitals. */
static gboolean
title_line (const char *s,
            gsize       len,
            gboolean   *caps,
            guint      *words)
{
  gboolean lower = FALSE, lower_head = FALSE;
  guint n = 0;
  char last = len > 0 ? s[len - 1] : '\0';

  if (len == 0 || !g_unichar_isupper (g_utf8_get_char (s)) || last == '.' || last == ';' || last == '!')
    return FALSE;
  for (const char *q = s; q < s + len; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      lower |= g_unichar_islower (c);
      /* (its first two words: in capitals, the title is set in them) */
      if (c == ' ' && ++n == 2)
        lower_head = lower;
    }
  if (n < 2)
    lower_head = lower;
  *words += n + 1;
  *caps = !lower;
  return lower_head || !lower;
}

/* "Ransomware as a Diplomatic Problem: Minilateral Co-" / "operation in
 * the International …" / "Initiative", a blank line, the authors, then
 * "Abstract": under a journal's masthead (metadata), the article's title
 * is wrapped over two or three lines, which the parser read as one to
 * three short paragraphs since no heading is that long. Where the text
 * has no title yet and an abstract follows within its first blocks, the
 * first paragraphs, no blank line between them and one after them (or a
 * metadata line), each reading as a title's line, in one case, are the
 * title. */
static void
take_wrapped_title (Parser *p)
{
  guint first = 0, end, abstract = G_MAXUINT, words = 0;
  gsize bytes = 0;
  gboolean caps = FALSE;
  GString *title;

  if (p->title != NULL)
    return;
  for (guint i = 0; i < p->blocks->len && i < FRONT_PAGE_BLOCKS && abstract == G_MAXUINT; i++)
    if (is_abstract_block (p, &g_array_index (p->blocks, DsBlock, i)))
      abstract = i;
  if (abstract == G_MAXUINT)
    return;
  while (first < abstract && g_array_index (p->blocks, DsBlock, first).kind == DS_BLOCK_METADATA)
    first++;
  for (end = first; end < abstract && end - first < WRAPPED_TITLE_LINES; end++)
    {
      const DsBlock *b = &g_array_index (p->blocks, DsBlock, end);
      gboolean line_caps;

      if (b->kind != DS_BLOCK_PARAGRAPH || b->list_style != DS_LIST_NONE ||
          (end > first && (p->top_gaps & (1u << end))) ||
          !title_line (p->buf + b->content_byte_start, b->byte_end - b->content_byte_start, &line_caps, &words) ||
          (end > first && line_caps != caps))
        break;
      caps = line_caps;
      bytes += b->byte_end - b->content_byte_start;
    }
  if (end == first || end >= abstract || words > WRAPPED_TITLE_MAX_WORDS || bytes > WRAPPED_TITLE_MAX_BYTES ||
      !((p->top_gaps & (1u << end)) || g_array_index (p->blocks, DsBlock, end).kind == DS_BLOCK_METADATA) ||
      p->buf[g_array_index (p->blocks, DsBlock, end - 1).byte_end - 1] == ':')
    return;
  title = g_string_new (NULL);
  p->title_index = first;
  for (guint i = first; i < end; i++)
    {
      take_title (p);
      if (title->len > 0 && title->str[title->len - 1] == '-' && g_unichar_islower (g_utf8_get_char (p->title)))
        g_string_truncate (title, title->len - 1);
      else if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, p->title);
      g_clear_pointer (&p->title, g_free);
    }
  p->title = g_string_free (title, FALSE);
}

/* The essay the lines made, with its language; NULL when there were none. */
static DsEssay *
take_essay (Parser      *p,
            const char  *id,
            GError     **error)
{
  const char *language;
  DsEssay *essay;

  finish (p);
  take_wrapped_title (p);
  mark_author_note (p);
  mark_field_runs (p);
  if (p->blocks->len == 0)
    {
      g_set_error_literal (error, DS_PARSER_ERROR, DS_PARSER_ERROR_EMPTY,
                           _("The text is empty"));
      return NULL;
    }

  /* Give back what the estimate reserved beyond the text. */
  p->buf = g_realloc (p->buf, p->len + 1);
  p->buf[p->len] = '\0';
  language = ds_language_detect (p->buf, p->len);
  essay = ds_essay_new (id, p->title, language,
                        g_steal_pointer (&p->buf),
                        g_steal_pointer (&p->blocks));
  ds_essay_set_escaped_marks (essay, g_steal_pointer (&p->escaped));
  return essay;
}

DsEssay *
ds_parser_parse (const char  *data,
                 gssize       length,
                 const char  *id,
                 GError     **error)
{
  Parser p = { 0 };
  DsEssay *essay = NULL;
  gsize ulength;

  g_return_val_if_fail (data != NULL || length <= 0, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  ulength = length < 0 ? strlen (data) : (gsize) length;

  if (!check_input (data, ulength, error))
    return NULL;

  parser_init (&p, data, ulength);
  if (parse_lines (&p, skip_bom (data, ulength), data + ulength, error))
    essay = take_essay (&p, id, error);
  parser_clear (&p);

  return essay;
}

static char *
id_from_basename (const char *basename)
{
  const char *dot = strrchr (basename, '.');

  if (dot == NULL || dot == basename)
    return g_strdup (basename);

  return g_strndup (basename, dot - basename);
}

/**
 * ds_parser_parse_file:
 * @id: (nullable): the essay's id; NULL takes the file name without its
 *   extension
 */
DsEssay *
ds_parser_parse_file (GFile         *file,
                      const char    *id,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *derived_id = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  DsEssay *essay;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    basename = g_strdup ("?");

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      /* GIO's message usually names the path already. */
      if (strstr (local_error->message, basename) == NULL)
        g_prefix_error (&local_error, "%s: ", basename);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (id == NULL)
    id = derived_id = id_from_basename (basename);

  essay = ds_parser_parse (contents, length, id, &local_error);
  if (essay == NULL)
    {
      g_prefix_error (&local_error, "%s: ", basename);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return essay;
}
