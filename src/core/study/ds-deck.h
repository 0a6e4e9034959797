/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card.h"
#include "ds-card-scope.h"
#include "ds-library.h"
#include "ds-progress.h"

G_BEGIN_DECLS

/*
 * The cards a learner studies, with their progress: the generated cards
 * (a GListModel of DsCard) with the learner's edits applied, and the one
 * DsProgress they are scheduled with. The study, cards and statistics pages
 * share one deck, so an answer, an edit or a suspension made on one page is
 * what the others show.
 *
 * Edits live in the progress store keyed by card id; they are re-applied
 * each time cards are set, so they survive regeneration.
 */

#define DS_TYPE_DECK (ds_deck_get_type ())
G_DECLARE_FINAL_TYPE (DsDeck, ds_deck, DS, DECK, GObject)

DsDeck      *ds_deck_new                 (DsProgress *progress);
DsProgress  *ds_deck_get_progress        (DsDeck     *self);
DsSettings  *ds_deck_get_settings        (DsDeck     *self);
/* A GListModel of DsCard, in the order they were set. */
GListModel  *ds_deck_get_cards           (DsDeck     *self);
/* Replaces the cards (a GPtrArray of DsCard; NULL for none) and applies
 * the stored edits to them. */
void         ds_deck_set_cards           (DsDeck     *self,
                                          GPtrArray  *cards);
/* Generates the cards of @essays (a GListModel of DsEssay) now and again
 * whenever the model changes (an essay imported or removed). */
void         ds_deck_set_essays          (DsDeck     *self,
                                          GListModel *essays);
/* The cards of @scope (NULL: every card) in deck order, as a new array
 * of references. */
GPtrArray   *ds_deck_dup_cards           (DsDeck            *self,
                                          const DsCardScope *scope);
/* The topics of @scope's cards in order of first appearance
 * (NULL-terminated). */
char       **ds_deck_dup_topics          (DsDeck            *self,
                                          const DsCardScope *scope);
DsCard      *ds_deck_lookup              (DsDeck     *self,
                                          const char *card_id);
guint        ds_deck_get_n_cards         (DsDeck     *self);

/* Stores the learner's question and answer for @card and shows them;
 * text equal to the generated one clears the edit. A list card's answer is
 * its items, one per line (or as ds_grading_split_items() reads them):
 * list recall grades against the edited items. */
void         ds_deck_edit_card           (DsDeck     *self,
                                          DsCard     *card,
                                          const char *question,
                                          const char *answer);
/* Brings back the generated question and answer. */
void         ds_deck_revert_card         (DsDeck     *self,
                                          DsCard     *card);
gboolean     ds_deck_is_edited           (DsDeck     *self,
                                          DsCard     *card);

/*
 * The app's deck: every card generated from a library, kept up to date
 * with it (ds_deck_set_essays()); in ds-deck-library.c.
 */
DsDeck      *ds_deck_new_for_library     (DsLibrary  *library,
                                          DsProgress *progress);
/* Re-applies the learner's edits stored in @progress to the cards. */
void         ds_deck_apply_edits         (DsDeck     *self,
                                          DsProgress *progress);
/* The claims of @essay some card asks (a GPtrArray of DsClaim, owned by
 * the deck; extracted once per essay): a claim whose cards the gate turned
 * down is not among them. */
GPtrArray   *ds_deck_get_claims          (DsDeck     *self,
                                          DsEssay    *essay);

G_END_DECLS
