/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Markdown's inline marks in an essay's cleaned text. The parser keeps an
 * imported essay's emphasis ("**diplomasi digital**", "*soft power*",
 * "_Twitter_") and code spans ("`SafeTravel`") in the text, where the
 * engine reads them as clues and every offset counts them; a sentence
 * shown on its own, away from the essay (a card's source), is shown
 * without them.
 *
 * The marks are found as CommonMark finds them, so that what only looks
 * like one stays: a "*" or "_" opens emphasis where it is left-flanking
 * (not followed by white space, nor by punctuation unless it follows
 * white space or punctuation) and closes it where it is right-flanking;
 * "_" never opens or closes inside a word ("snake_case", "a_b_c"); a mark
 * with no partner ("Keohane*", "2 * 3") is text; a backtick run closes at
 * the next run of the same length, and what lies between is code, read
 * for no emphasis. The reader hides the marks and styles what they mark
 * (ds_text_find_inline ()).
 */

/* What a span of the text is. */
typedef enum {
  DS_TEXT_INLINE_MARK,          /* marks themselves ("**", "_", "`"), written
                                 * but not read */
  DS_TEXT_INLINE_EMPHASIS,      /* between "*" and "*", or "_" and "_" */
  DS_TEXT_INLINE_STRONG,        /* between "**" and "**", or "__" and "__" */
  DS_TEXT_INLINE_CODE,          /* between backtick runs */
} DsTextInlineKind;

typedef struct {
  DsTextInlineKind kind;
  gsize            start;
  gsize            end;         /* exclusive */
} DsTextInline;

/* A newly allocated copy of @text (UTF-8) without its inline marks. Marks
 * pair within a line, never across one. */
char *ds_text_dup_plain      (const char *text);

/* The bytes from @start to @end of @text (@length bytes, UTF-8) without the
 * inline marks of the lines they lie in: marks are paired over each whole
 * line, so that a sentence inside a longer emphasis ("*Speaker notes: …
 * tools. Next sentence.*") loses its half of the pair too. */
char *ds_text_dup_plain_span (const char *text,
                              gsize       length,
                              gsize       start,
                              gsize       end);

/* The inline marks of @text (@length bytes, UTF-8) and what they mark, as
 * DsTextInline spans in bytes, ordered by start (then end): each run of
 * marks that pair, and the text between each pair (without its marks;
 * spans nest, "***a***" is "a" both emphasised and strong). The same marks
 * ds_text_dup_plain () leaves out, paired within each line. */
GArray *ds_text_find_inline  (const char *text,
                              gsize       length);

G_END_DECLS
