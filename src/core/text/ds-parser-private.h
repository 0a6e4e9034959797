/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Private to the parser: its state, shared by ds-parser.c (blocks, titles,
 * headings) and ds-parser-line.c (reading one line into the output, and
 * whether it goes on with the block before it).
 */

#include "ds-utf8.h"
#include "ds-essay.h"
#include "ds-text-clean.h"
#include "ds-text-layout.h"

G_BEGIN_DECLS

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
  guint       number;           /* "2. ", also in "## 2. Judul" */
  gboolean    has_number;
  char        letter;           /* "b. ": 'b' (and number 2), else 0 */
  char        bold;             /* "**b. Capacity** – …": '*' or '_', the
                                 * marks opened before the marker, which
                                 * the content gets back; else 0 */
  const char *content;          /* raw content, after the marker */
} LineMarker;

/* One line of the input, written to the end of the output. */
typedef struct {
  LineMarker  marker;
  DsCleanInfo info;             /* of the cleaned content */
  gsize       line_start;       /* in the output: its separator, if any */
  guint       line_start_chars;
  gsize       content_start;    /* its cleaned content, after the marker */
  gsize       len;
  guint       marker_bytes;
  guint       marker_chars;
  gsize       width;            /* raw bytes, without white space around */
  gsize       indent;           /* raw bytes of white space before it */
  gboolean    references_heading;
  gboolean    candidate;        /* a plain line that reads like a heading */
  gboolean    numbered_candidate; /* a numbered one that does */
  gboolean    metadata;
  gboolean    reference;        /* a work cited outside a references section */
  gboolean    labelled;         /* a label opens it (in the marker) */
} Line;

/* The last block's last source line: what the next line is weighed
 * against. */
typedef struct {
  guint       lines;            /* source lines joined in the block */
  gsize       width;            /* of the last one, raw bytes */
  gsize       indent;
  gsize       first_indent;     /* of the first one (a list item's marker) */
  gsize       line_byte_start;  /* where the last one starts in the output */
  gboolean    terminal;         /* the last one ends a sentence */
  guint       words;            /* the whole block's content */
  guint       chars;
} LastLine;

typedef struct {
  const char *data;             /* the input, for error offsets */
  gsize       data_len;
  DsLayout    layout;
  DsTextWords words;            /* the input's, for joins at a hyphen */

  char       *buf;              /* the cleaned text being built */
  gsize       len;
  gsize       alloc;
  guint       chars;
  GArray     *blocks;

  char       *title;
  gboolean    in_references;
  gboolean    gap;              /* a blank line or break since the last block */
  gboolean    page_break;       /* ... and a page number or running line */
  gboolean    title_separated;  /* ... or debris or metadata, after block 0 */
  guint       pending_index;    /* the block the next three are about */
  gboolean    pending_heading;  /* a plain line that may be a heading */
  gboolean    pending_numbered; /* a numbered line that may be a sub-heading */
  gboolean    pending_title;    /* block 0: may turn out to be the title */
  gboolean    pending_title_md; /* ... and is a Markdown "# " heading */
  guint       title_index;      /* ... its block (after metadata only) */
  gboolean    title_plain;      /* the title was a plain line, no "# " */
  guint       held_index;       /* a possible heading followed by another */
  gboolean    held;
  guint       section_level;    /* of the last heading that has no number */
  gsize       item_indent;      /* of the last list item at the list's top */
  gboolean    seen_prose;       /* a paragraph or list item came already */
  LastLine    last;
  GHashTable *running;          /* short lines a PDF repeats on its pages */
  gboolean    transcript;       /* speakers' labels open its lines */
  GHashTable *speakers;         /* labels opening lines: how many */
  GHashTable *schedule;         /* raw starts of a course schedule's lines */
  gboolean    thread;           /* posts numbered "1/", "2/12" open its lines */
  GArray     *lines;            /* the raw lines, found once (ds_lines_table()) */
  gboolean    links;            /* under a "Baca juga:" line: its links */
  gboolean    press_release;    /* a "SIARAN PERS" line came */
  guint32     top_gaps;         /* bit i: a blank line came before block i */
  gboolean    md_heading;       /* the last block is a Markdown "# " heading,
                                 * which no line goes on */
  GArray     *escaped;          /* gsize: where in the cleaned text an inline
                                 * mark was written escaped ("\*"), in order */
} Parser;

static inline DsBlock *
_ds_parser_last_block (Parser *p)
{
  return &g_array_index (p->blocks, DsBlock, p->blocks->len - 1);
}

gboolean _ds_parser_read_line          (Parser      *p,
                                        const char  *s,
                                        const char  *e,
                                        Line        *line,
                                        GError     **error);
void     _ds_parser_drop_line          (Parser      *p,
                                        const Line  *line);
gboolean _ds_parser_is_heading_candidate (const char        *s,
                                          gsize              len,
                                          const DsCleanInfo *info);
gboolean _ds_parser_goes_on            (Parser      *p,
                                        const Line  *line);
void     _ds_parser_join               (Parser      *p,
                                        const Line  *line);
void     _ds_parser_cut_escaped        (Parser      *p,
                                        gsize        from,
                                        gsize        to,
                                        gsize        moved_from,
                                        gssize       shift);

/* ds-parser-page.c */
void     _ds_parser_find_running_lines (Parser      *p);
gboolean _ds_parser_is_page_line       (Parser      *p,
                                        const char  *s,
                                        const char  *e);
gboolean _ds_parser_is_slide_line      (const char  *s,
                                        const char  *e);
gboolean _ds_parser_is_page_line_any   (const char  *s,
                                        const char  *e,
                                        gpointer     parser);
/* ds-parser-label.c */
void     _ds_parser_find_schedule      (Parser      *p);
gboolean _ds_parser_is_schedule_line   (Parser      *p,
                                        const char  *s);
void     _ds_parser_find_speakers      (Parser      *p);
gsize    _ds_parser_post_number_length (const char  *s,
                                        gsize        len);
gboolean _ds_parser_starts_with_word_in_list (const char *s,
                                              gsize       len,
                                              const char *name);
gboolean _ds_parser_is_field_line      (const char  *s,
                                        gsize        len);
gsize    _ds_parser_question_label_length (const char *s,
                                           gsize       len);
gboolean _ds_parser_is_task_label      (const char  *s,
                                        gsize        len);
gsize    _ds_parser_label_length       (Parser      *p,
                                        const char  *s,
                                        gsize        len,
                                        gboolean    *numbered);
void     _ds_parser_remember_line      (Parser      *p,
                                        const Line  *line,
                                        gsize        text_start);

G_END_DECLS
