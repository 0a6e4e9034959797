/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-fsrs.h"

G_BEGIN_DECLS

/*
 * Tolerant grading of typed answers.
 *
 * Two texts are compared after normalisation (ds_words_fold() with
 * DS_FOLD_STRIP_MARKS): case folded, diacritics removed (NFKD, then
 * combining marks dropped), apostrophes dropped, any other punctuation or
 * white space reduced to a single space. The given answer may then differ
 * by one typo (a Damerau-Levenshtein edit: insertion, deletion,
 * substitution or swap of neighbours) per six letters of the expected
 * answer: none for up to 5 letters, 1 for 6–11, 2 for 12–17, …
 * Numbers never tolerate typos: 1945 is not 1946. A leading English
 * article ("the", "a", "an") may be left out or added.
 */

/* Which expected items of a list were recalled, and what each entry the
 * learner typed was counted for. */
typedef struct {
  guint     n_items;     /* number of expected items */
  gboolean *matched;     /* n_items flags, in the order of the expected items */
  guint     n_matched;
  double    score;       /* n_matched / n_items, in [0, 1]; 0 for no items */
  guint     n_given;     /* number of entries given */
  int      *given_item;  /* n_given: the index of the expected item each
                          * entry was counted for, or -1 */
} DsListGrade;

/* Lower-case, diacritic-free, punctuation-free form; never NULL. */
char        *ds_grading_normalize         (const char         *text);
/* Restricted Damerau-Levenshtein distance (adjacent swaps count as one)
 * between the normalised forms of @a and @b. */
guint        ds_grading_distance          (const char         *a,
                                           const char         *b);
/* How many typos an answer to @expected may contain. */
guint        ds_grading_allowed_typos     (const char         *expected);
gboolean     ds_grading_matches           (const char         *expected,
                                           const char         *given);

/*
 * Grades a recalled list. Each given entry is used for at most one expected
 * item and vice versa, in any order (a maximum matching, so an early loose
 * match cannot steal an item from a later exact one). An entry counts for
 * an item when it matches it tolerantly as a whole, or by content words:
 * words compare by their Snowball stems (Indonesian and English:
 * "mencuri" and "pencurian") or tolerantly, and function words ("yang",
 * "dan", "untuk", "the") never count. By words, an entry needs at least 60%
 * of the item's content words, or half of the words that set the item
 * apart from the other items ("ekonomi" names "aspek ekonomi" among "aspek
 * politik" and "aspek sosial"; "aspek" names none). NULL @given_items means
 * nothing was given. Free with ds_list_grade_clear() or use
 * g_auto(DsListGrade).
 */
DsListGrade  ds_grading_grade_list        (const char * const *expected_items,
                                           const char * const *given_items);
void         ds_list_grade_clear          (DsListGrade        *grade);

/*
 * Partial credit as a rating for the scheduler: everything recalled
 * (score 1) is Good; at least 60% is Hard (the answer was there, with
 * effort); less is Again. Grading never says Easy: that is the learner's
 * own judgement of effort, which a score cannot tell.
 */
DsRating     ds_grading_rating_for_score  (double              score);

/*
 * Splits a typed list into items. Lines and semicolons separate items when
 * the answer has several lines or semicolons; an answer on one line is split
 * on commas and on the conjunctions " dan " / " and " as well ("A, B dan C").
 * List markers ("-", "*", "•", "1.", "2)") are removed, empty items dropped.
 * Returns a NULL-terminated array (empty when there is nothing), never NULL.
 */
char       **ds_grading_split_items       (const char         *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsListGrade, ds_list_grade_clear)

G_END_DECLS
