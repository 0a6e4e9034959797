/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ds-parser.h"
#include "ds-text-clean.h"

/*
 * The parser reads plain text or simple Markdown one line at a time and
 * writes the cleaned text straight into its output buffer, so the whole parse
 * is a single pass with no per-line or per-character allocation. Character
 * offsets are counted while bytes are copied; nothing is ever re-counted from
 * the start.
 *
 * Cleaning removes scraping debris and nothing else: debris lines ("loading...",
 * "9 Comments", "Leave a comment"), the mojibake "Â" that a mis-decoded
 * non-breaking space leaves behind, Markdown backslash escapes, and redundant
 * white space. The authors' words are copied byte for byte. The cleaning
 * itself is in ds-text-clean.c, language detection in ds-language.c.
 *
 * Whether a plain line is a heading depends on the line after it, so the
 * last block stays provisional until the next line (or the end) is seen.
 */

G_DEFINE_QUARK (ds-parser-error-quark, ds_parser_error)

/* A plain line longer than this is never a heading. */
#define HEADING_MAX_WORDS 12
#define HEADING_MAX_CHARS 90

/* A block costs 56 bytes, so a file of millions of one-letter lines would
 * need many times its size in memory; no essay comes near this. */
#define MAX_BLOCKS (8u * 1024 * 1024)

typedef enum {
  LINE_TEXT,
  LINE_BULLET,
  LINE_NUMBERED,
  LINE_MD_HEADING,
  LINE_BREAK,                   /* a Markdown thematic break: separates only */
} LineKind;

typedef struct {
  LineKind    kind;
  guint       level;            /* Markdown heading level */
  guint       number;           /* numbered item's number */
  const char *content;          /* raw content, after the marker */
} LineMarker;

typedef struct {
  const char *data;             /* the input, for error offsets */

  char       *buf;              /* the cleaned text being built */
  gsize       len;
  gsize       alloc;
  guint       chars;
  GArray     *blocks;

  char       *title;
  gboolean    in_references;
  gboolean    blank_since_block; /* a blank or debris line since the last block */
  gboolean    pending_heading;   /* last block: a plain line that may be a heading */
  gboolean    pending_title;     /* block 0: may turn out to be the title */
  gboolean    pending_title_md;  /* ... and is a Markdown "# " heading */
} Parser;

static void
parser_clear (Parser *p)
{
  g_clear_pointer (&p->buf, g_free);
  g_clear_pointer (&p->blocks, g_array_unref);
  g_clear_pointer (&p->title, g_free);
}

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
  if (!ds_text_clean (s, e, p->data, p->buf + p->len, info, error))
    return FALSE;

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

/* "## Heading": at most six hashes, then a space, a tab or the end. */
static void
read_md_heading (const char *q,
                 const char *e,
                 LineMarker *marker)
{
  const char *r = q;

  while (r < e && *r == '#')
    r++;
  if (r - q <= 6 && (r == e || *r == ' ' || *r == '\t'))
    {
      marker->kind = LINE_MD_HEADING;
      marker->level = r - q;
      marker->content = r;
    }
}

/* "- ", "* ", "+ " or "• " */
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

  if (len == 0)
    return FALSE;
  marker->kind = LINE_BULLET;
  marker->content = q + len;
  return TRUE;
}

/* "1. " or "1) ": at most three digits, so that a year opening a line
 * ("2020. Judul buku") stays text. */
static void
read_numbered (const char *q,
               const char *e,
               LineMarker *marker)
{
  const char *r = q;
  guint number = 0;

  while (r < e && g_ascii_isdigit (*r) && r - q < 4)
    number = number * 10 + (*r++ - '0');

  if (r - q <= 3 && r + 1 < e && (*r == '.' || *r == ')') &&
      (r[1] == ' ' || r[1] == '\t'))
    {
      marker->kind = LINE_NUMBERED;
      marker->number = number;
      marker->content = r + 2;
    }
}

/* Reads a line's Markdown or list marker from its raw text. */
static void
read_marker (const char *s,
             const char *e,
             LineMarker *marker)
{
  const char *q = skip_indent (s, e);

  marker->kind = LINE_TEXT;
  marker->level = 0;
  marker->number = 0;
  marker->content = q;

  if (q == e)
    return;

  if ((*q == '-' || *q == '*' || *q == '_') && is_thematic_break (q, e))
    marker->kind = LINE_BREAK;
  else if (*q == '#')
    read_md_heading (q, e, marker);
  else if (!read_bullet (q, e, marker) && g_ascii_isdigit (*q))
    read_numbered (q, e, marker);
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

static gboolean
ends_sentence (const char *s,
               gsize       len)
{
  const char *q = s + len;

  while (q > s)
    {
      const char *prev = g_utf8_find_prev_char (s, q);
      gunichar c;

      if (prev == NULL)
        return FALSE;
      c = g_utf8_get_char (prev);
      if (!is_closing_char (c))
        return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' ||
               c == ':' || c == 0x2026;
      q = prev;
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

/* A plain line that reads like a heading, whatever follows it. */
static gboolean
is_heading_candidate (const char      *s,
                      gsize            len,
                      const DsCleanInfo *info)
{
  if (info->words > HEADING_MAX_WORDS || info->chars > HEADING_MAX_CHARS)
    return FALSE;
  if (!starts_like_heading (s) || !has_alnum (s, len))
    return FALSE;

  return !ends_sentence (s, len);
}

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
  else if (marker->kind == LINE_NUMBERED)
    {
      char digits[8];
      guint n = 0;
      guint number = marker->number;

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
      *marker_chars = p->len - before;
    }
  else
    *marker_chars = 0;

  *marker_bytes = p->len - before;
  p->chars += *marker_chars;
}

/* A first line such as "Pendahuluan" opens a section; it is no title. */
static gboolean
is_section_name (Parser *p)
{
  static const char * const names[] = {
    "pendahuluan", "latar belakang", "abstrak", "abstract", "introduction",
    "ringkasan", "summary",
  };
  const DsBlock *first = &g_array_index (p->blocks, DsBlock, 0);
  const char *s = p->buf + first->content_byte_start;
  gsize len = first->byte_end - first->content_byte_start;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (ds_text_ascii_equal_nocase (s, len, names[i]))
      return TRUE;

  return FALSE;
}

/* Block 0 becomes the essay's title: drop it and the '\n' after it. */
static void
take_title (Parser *p)
{
  DsBlock *first = &g_array_index (p->blocks, DsBlock, 0);
  gsize shift = first->byte_end + 1;
  guint shift_chars = first->end + 1;

  p->title = g_strndup (p->buf + first->content_byte_start,
                        first->byte_end - first->content_byte_start);
  memmove (p->buf, p->buf + shift, p->len - shift);
  p->len -= shift;
  p->chars -= shift_chars;
  g_array_set_size (p->blocks, 0);
}

/* Settles the provisional last block now that the next content line is
 * known (@next_candidate: it too reads like a heading). */
static void
resolve_pending (Parser   *p,
                 gboolean  next_candidate)
{
  if (p->pending_title)
    {
      p->pending_title = FALSE;
      if (p->pending_title_md ||
          (p->blank_since_block && !is_section_name (p)))
        {
          take_title (p);
          p->pending_heading = FALSE;
          return;
        }
    }

  if (p->pending_heading)
    {
      DsBlock *last = &g_array_index (p->blocks, DsBlock, p->blocks->len - 1);

      p->pending_heading = FALSE;
      if (!next_candidate)
        {
          last->kind = DS_BLOCK_HEADING;
          last->level = 1;
        }
    }
}

static void
classify_block (Parser           *p,
                DsBlock          *block,
                const LineMarker *marker,
                gboolean          references_heading,
                gboolean          candidate)
{
  gboolean first = p->blocks->len == 0 && p->title == NULL;

  block->list_style = DS_LIST_NONE;
  block->level = 0;
  block->number = 0;

  if (marker->kind == LINE_MD_HEADING)
    {
      block->kind = references_heading ? DS_BLOCK_REFERENCES_HEADING : DS_BLOCK_HEADING;
      block->level = marker->level;
      p->in_references = references_heading;
      if (first && marker->level == 1 && !references_heading)
        {
          p->pending_title = TRUE;
          p->pending_title_md = TRUE;
        }
      return;
    }

  if (marker->kind == LINE_TEXT && references_heading)
    {
      block->kind = DS_BLOCK_REFERENCES_HEADING;
      block->level = 1;
      p->in_references = TRUE;
      return;
    }

  if (marker->kind == LINE_BULLET || marker->kind == LINE_NUMBERED)
    {
      block->kind = p->in_references ? DS_BLOCK_REFERENCE : DS_BLOCK_LIST_ITEM;
      block->list_style = marker->kind == LINE_BULLET ? DS_LIST_BULLET : DS_LIST_NUMBERED;
      block->number = marker->number;
      return;
    }

  if (p->in_references)
    {
      block->kind = DS_BLOCK_REFERENCE;
      return;
    }

  block->kind = DS_BLOCK_PARAGRAPH;
  if (candidate)
    {
      p->pending_heading = TRUE;
      if (first)
        {
          p->pending_title = TRUE;
          p->pending_title_md = FALSE;
        }
    }
}

static void
strip_closing_hashes (Parser    *p,
                      gsize      content_start,
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
}

/* Starts a line in the output: the separator after the previous block and
 * the list marker, as the reader shows it. */
static void
start_line (Parser           *p,
            const LineMarker *marker,
            gsize             raw_len,
            guint            *marker_bytes,
            guint            *marker_chars)
{
  /* Separator, the widest marker ("999. " vs "• ") and the content. */
  ensure_room (p, raw_len + 8);

  if (p->blocks->len > 0)
    {
      p->buf[p->len++] = '\n';
      p->chars++;
    }
  append_marker (p, marker, marker_bytes, marker_chars);
}

/* Takes back a line that turned out empty or debris. */
static void
drop_line (Parser *p,
           gsize   line_start,
           guint   line_start_chars)
{
  p->len = line_start;
  p->chars = line_start_chars;
  p->blank_since_block = TRUE;
}

/* The block's offsets, from the end of the output: take_title() may have
 * moved this line to the front of the buffer. */
static void
set_block_offsets (Parser  *p,
                   DsBlock *block,
                   gsize    content_len,
                   guint    content_chars,
                   guint    marker_bytes,
                   guint    marker_chars)
{
  block->byte_end = p->len;
  block->content_byte_start = p->len - content_len;
  block->byte_start = block->content_byte_start - marker_bytes;
  block->end = p->chars;
  block->content_start = p->chars - content_chars;
  block->start = block->content_start - marker_chars;
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

/* Whether the cleaned line [@s, @s + @len) heads the references, and
 * whether it may be a heading (@candidate). */
static void
classify_text (Parser            *p,
               const LineMarker  *marker,
               const char        *s,
               gsize              len,
               const DsCleanInfo *info,
               gboolean          *references_heading,
               gboolean          *candidate)
{
  *references_heading = FALSE;
  *candidate = FALSE;

  if (marker->kind == LINE_TEXT || marker->kind == LINE_MD_HEADING)
    *references_heading = is_references_heading (s, len);
  if (marker->kind == LINE_TEXT && !*references_heading && !p->in_references)
    *candidate = is_heading_candidate (s, len, info);
}

static gboolean
process_line (Parser      *p,
              const char  *s,
              const char  *e,
              GError     **error)
{
  LineMarker marker;
  DsCleanInfo info;
  DsBlock block = { 0 };
  gsize line_start = p->len;
  guint line_start_chars = p->chars;
  guint marker_bytes;
  guint marker_chars;
  gsize content_start;
  gsize content_len;
  gboolean candidate;
  gboolean references_heading;

  read_marker (s, e, &marker);
  if (marker.kind == LINE_BREAK)
    {
      p->blank_since_block = TRUE;
      return TRUE;
    }

  start_line (p, &marker, e - s, &marker_bytes, &marker_chars);
  content_start = p->len;
  if (!clean_content (p, marker.content, e, &info, error))
    return FALSE;
  if (marker.kind == LINE_MD_HEADING)
    strip_closing_hashes (p, content_start, &info);

  content_len = p->len - content_start;
  if (content_len == 0 ||
      (marker.kind == LINE_TEXT && ds_text_is_debris (p->buf + content_start, content_len)))
    {
      drop_line (p, line_start, line_start_chars);
      return TRUE;
    }

  classify_text (p, &marker, p->buf + content_start, content_len, &info,
                 &references_heading, &candidate);
  resolve_pending (p, candidate);
  set_block_offsets (p, &block, content_len, info.chars, marker_bytes, marker_chars);
  if (!check_block_limit (p, error))
    return FALSE;

  classify_block (p, &block, &marker, references_heading, candidate);
  g_array_append_val (p->blocks, block);
  p->blank_since_block = FALSE;

  return TRUE;
}

static void
finish (Parser *p)
{
  /* The last line reads like a heading: a section without a body (but a
   * text that is one short line is just that line). */
  if (p->pending_heading && p->blocks->len + (p->title != NULL) > 1)
    {
      DsBlock *last = &g_array_index (p->blocks, DsBlock, p->blocks->len - 1);

      last->kind = DS_BLOCK_HEADING;
      last->level = 1;
    }
  p->pending_heading = FALSE;
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

/* The next occurrence of @c at or after @p, or @end; cached in @next so that
 * a file with no such byte is not rescanned for every line. */
static const char *
next_byte (const char  *p,
           const char  *end,
           char         c,
           const char **next)
{
  if (*next < p)
    {
      *next = memchr (p, c, end - p);
      if (*next == NULL)
        *next = end;
    }

  return *next;
}

static void
parser_init (Parser     *p,
             const char *data,
             gsize       length)
{
  p->data = data;
  p->alloc = length + length / 8 + 64;
  p->buf = g_malloc (p->alloc);
  p->blocks = g_array_new (FALSE, TRUE, sizeof (DsBlock));
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

/* Past a line's end: LF, CR or CRLF. */
static const char *
skip_line_end (const char *line_end,
               const char *end)
{
  if (line_end < end && *line_end == '\r' && line_end + 1 < end && line_end[1] == '\n')
    return line_end + 2;
  return line_end + 1;
}

static gboolean
parse_lines (Parser      *p,
             const char  *s,
             const char  *end,
             GError     **error)
{
  const char *next_lf = s - 1;
  const char *next_cr = s - 1;

  while (s < end)
    {
      const char *lf = next_byte (s, end, '\n', &next_lf);
      const char *cr = next_byte (s, end, '\r', &next_cr);
      const char *line_end = MIN (lf, cr);

      if (!process_line (p, s, line_end, error))
        return FALSE;
      s = skip_line_end (line_end, end);
    }

  return TRUE;
}

/* The essay the lines made, with its language; NULL when there were none. */
static DsEssay *
take_essay (Parser      *p,
            const char  *id,
            GError     **error)
{
  const char *language;

  finish (p);
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
  return ds_essay_new (id, p->title, language,
                       g_steal_pointer (&p->buf),
                       g_steal_pointer (&p->blocks));
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
