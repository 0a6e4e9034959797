/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-text-inline.h"

G_BEGIN_DECLS

/*
 * The essay model: an essay's cleaned text and its blocks.
 *
 * The cleaned text is what the reader displays, exactly: one block per line,
 * blocks separated by a single '\n'. A block's line may join several lines
 * of the source (a paragraph hard-wrapped in a PDF, a list item that runs
 * over two lines). The title is not part of the text (it is
 * a property). A bulleted list item carries the marker "• " and a numbered one
 * its number ("1. ") at the start of its line; a block's content span starts
 * after that marker. A numbered sub-heading ("2. Diplomasi Budaya") keeps
 * its number the same way. Offsets are given both in bytes (for the core's
 * own scanning) and in characters (Unicode code points, as GtkTextIter
 * counts them); every public span that leaves the core is in characters.
 *
 * The prose span is what there is to study in a block: its content, less a
 * news dateline that opens it ("JAKARTA, KOMPAS.com – "), and nothing at
 * all in a metadata block. It is a span of its own rather than a new
 * meaning of the content span because the dateline is the author's text:
 * the content is what the reader shows and find searches, the prose is
 * what the quiz engine reads.
 */

typedef enum {
  DS_BLOCK_HEADING,
  DS_BLOCK_PARAGRAPH,
  DS_BLOCK_LIST_ITEM,
  DS_BLOCK_REFERENCES_HEADING,
  DS_BLOCK_REFERENCE,
  /* A line about the article, not of it: a byline, a publication date, a
   * photo caption, a source. Shown quietly, never studied. */
  DS_BLOCK_METADATA,
} DsBlockKind;

typedef enum {
  DS_LIST_NONE,
  DS_LIST_BULLET,
  DS_LIST_NUMBERED,
} DsListStyle;

typedef struct {
  DsBlockKind kind;
  DsListStyle list_style;
  guint       level;            /* heading level, 1 for a top-level section;
                                 * a list item's depth, 2 for an item
                                 * indented under another */
  guint       number;           /* a numbered list item's or sub-heading's
                                 * number, else 0 */
  gsize       byte_start;       /* the block's line in the cleaned text */
  gsize       byte_end;         /* exclusive, before the '\n' */
  gsize       content_byte_start; /* after a list marker or a heading's
                                   * number, else byte_start */
  gsize       prose_byte_start; /* after a dateline, else content_byte_start;
                                 * byte_end in a metadata block */
  guint       start;            /* the same four in characters */
  guint       end;
  guint       content_start;
  guint       prose_start;
  gboolean    soft_break;       /* only a line break stands before it in the
                                 * source: in Markdown it goes on the
                                 * paragraph of the block before, and inline
                                 * marks pair across the break */
} DsBlock;

#define DS_TYPE_ESSAY (ds_essay_get_type ())
G_DECLARE_FINAL_TYPE (DsEssay, ds_essay, DS, ESSAY, GObject)

DsEssay       *ds_essay_new                 (const char    *id,
                                             const char    *title,
                                             const char    *language,
                                             char          *text,
                                             GArray        *blocks);
const char    *ds_essay_get_id              (DsEssay       *self);
const char    *ds_essay_get_title           (DsEssay       *self);
void           ds_essay_set_title           (DsEssay       *self,
                                             const char    *title);
const char    *ds_essay_get_language        (DsEssay       *self);
void           ds_essay_set_language        (DsEssay       *self,
                                             const char    *language);
const char    *ds_essay_get_text            (DsEssay       *self);
gsize          ds_essay_get_text_length     (DsEssay       *self);
guint          ds_essay_get_n_chars         (DsEssay       *self);
guint          ds_essay_get_n_blocks        (DsEssay       *self);
const DsBlock *ds_essay_get_block           (DsEssay       *self,
                                             guint          index);
/* The first heading block's index, or -1. */
int            ds_essay_find_first_heading  (DsEssay       *self);
/* Index of the block containing the character offset, or -1. */
int            ds_essay_block_at_char       (DsEssay       *self,
                                             guint          offset);
/* The heading a block stands under, or NULL. */
char          *ds_essay_dup_heading_for_block (DsEssay     *self,
                                               guint        index);
guint          ds_essay_byte_to_char        (DsEssay       *self,
                                             gsize          byte_offset);
gsize          ds_essay_char_to_byte        (DsEssay       *self,
                                             guint          char_offset);
gboolean       ds_essay_char_to_byte_in_block (DsEssay     *self,
                                               guint        char_offset,
                                               gsize       *byte_offset);
/* A newly allocated copy of the text between two character offsets. */
char          *ds_essay_dup_span            (DsEssay       *self,
                                             guint          start,
                                             guint          end);
/* The same without Markdown's inline marks ("**", "_", "`"), which the
 * offsets count: a sentence as plain text, to show on its own (the marks
 * paired over its paragraph). */
char          *ds_essay_dup_plain_span      (DsEssay       *self,
                                             guint          start,
                                             guint          end);
char          *ds_essay_dup_plain_sentence  (DsEssay       *self,
                                             guint          start,
                                             guint          end,
                                             const char    *sentence);
/* Markdown's inline marks and what they mark (ds_text_find_inline ()), as
 * DsTextInline spans in characters, ordered by start. They pair over each
 * paragraph, across the line breaks inside one (DsBlock.soft_break); a
 * mark written escaped is text (ds_essay_set_escaped_marks ()). */
GArray        *ds_essay_find_inline         (DsEssay       *self);
/* Where the text has a mark that was written escaped ("\*"), in bytes. */
void           ds_essay_set_escaped_marks   (DsEssay       *self,
                                             GArray        *offsets);
/* The marks written escaped between two character offsets, each with the
 * word it clings to ("*penting", "penting*"), or NULL when none. */
char         **ds_essay_dup_escaped_words   (DsEssay       *self,
                                             guint          start,
                                             guint          end);
/* A newly allocated copy of a block's content (its line after any list
 * marker). */
char          *ds_essay_dup_block_content   (DsEssay       *self,
                                             guint          index);

G_END_DECLS
