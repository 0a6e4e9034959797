/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-deck-page.h"

G_BEGIN_DECLS

/*
 * The review of an essay's proposed cards, one at a time, as a learner
 * will meet them (question, then answer, items or choices) with the
 * sentence each was made from. Keep moves on; Drop suspends the card
 * (DsProgress, so it never comes up in study and survives a restart and a
 * regeneration); Back returns to the card before and takes its decision
 * back; Edit asks the owner for the card editor (::edit-card); Keep All
 * Remaining ends the review. It ends in the words of what was kept and
 * dropped, with a way to study the essay (win.study-essay). Actions
 * (group "review"): keep, drop, edit, back,
 * keep-all, leave (::done), study.
 */
#define DS_TYPE_CARD_REVIEW (ds_card_review_get_type ())
G_DECLARE_FINAL_TYPE (DsCardReview, ds_card_review, DS, CARD_REVIEW, DsDeckPage)

DsCardReview *ds_card_review_new          (DsSession    *session);
/* Starts over with the cards of @essay_id, in deck order. */
void          ds_card_review_start        (DsCardReview *self,
                                           const char   *essay_id);
/* The essay under review, or NULL. */
const char   *ds_card_review_get_essay_id (DsCardReview *self);
/* The card shown, or NULL (finished, or nothing to review). */
DsCard       *ds_card_review_get_card     (DsCardReview *self);
/* Shows the card again as the deck has it now (after an edit). */
void          ds_card_review_refresh      (DsCardReview *self);

G_END_DECLS
