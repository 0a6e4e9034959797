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
 *
 * The marks pair over a paragraph, as CommonMark pairs them: a line break
 * inside one is a character like any other ("**diplomasi\ndigital**" is
 * strong), so the text given is one paragraph; the essay knows where its
 * paragraphs are (ds_essay_find_inline ()). A mark written escaped
 * ("\*x\*", its backslash left out by the parser) is text: the offsets
 * of such marks, where the caller knows them (@escaped, sorted), keep them
 * from pairing.
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

/* A newly allocated copy of @text (UTF-8, one paragraph) without its
 * inline marks. */
char *ds_text_dup_plain      (const char  *text);

/* Hides in @text, in place, the mark of each of @words (words with a mark
 * written escaped, ds_essay_dup_escaped_words ()) where such a word stands
 * whole: the mark becomes a guard byte no finder reads, so that stripping
 * the marks of a copy keeps it; ds_text_unguard_marks () puts it back. */
void  ds_text_guard_marks    (char               *text,
                              const char * const *words);
void  ds_text_unguard_marks  (char               *text);

/* The bytes from @start to @end of @text (@length bytes, UTF-8, one
 * paragraph) without its inline marks: marks are paired over the whole
 * paragraph, so that a sentence inside a longer emphasis ("*Speaker
 * notes: … tools. Next sentence.*") loses its half of the pair too.
 * @escaped: (nullable): the @n_escaped byte offsets of marks written
 * escaped, which are text. */
char *ds_text_dup_plain_span (const char  *text,
                              gsize        length,
                              gsize        start,
                              gsize        end,
                              const gsize *escaped,
                              guint        n_escaped);

/* The inline marks of @text (@length bytes, UTF-8, one paragraph) and what
 * they mark, as DsTextInline spans in bytes, ordered by start (then end):
 * each run of marks that pair, and the text between each pair (without its
 * marks; spans nest, "***a***" is "a" both emphasised and strong). The
 * same marks ds_text_dup_plain_span () leaves out; @escaped as there. */
GArray *ds_text_find_inline  (const char  *text,
                              gsize        length,
                              const gsize *escaped,
                              guint        n_escaped);

G_END_DECLS
