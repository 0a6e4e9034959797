/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-card.h"

G_BEGIN_DECLS

/*
 * The questions of a class quiz (ds-quiz-class.c). A class answers with
 * raised hands or phones, A–D: so each claim is asked once, in the form a
 * class can answer with a letter; a list question becomes "Which of these
 * is one of …?"; what cannot be asked with options stays an open question
 * (a discussion slide); and cards of one claim never follow each other.
 */

/* Whether @a and @b come from one claim: one essay, overlapping source
 * spans. A card without a span is nobody's sibling. */
gboolean   ds_quiz_cards_are_siblings (DsCard    *a,
                                       DsCard    *b);

/* Whether the class can answer @card with a letter (options and a right
 * one). */
gboolean   ds_quiz_card_is_tallyable  (DsCard    *card);

/* The class quiz over @cards (as picked, in order): one question per
 * claim, multiple choice wherever @pool (every card of the deck; NULL:
 * @cards) gives at least two wrong options that do not overlap the right
 * ones, siblings never adjacent. Returns a new array of references. */
GPtrArray *ds_quiz_class_cards        (GPtrArray *cards,
                                       GPtrArray *pool);

G_END_DECLS
