/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-card-review.h"
#include "ds-deck-page.h"

G_BEGIN_DECLS

/*
 * The Cards page: every card of the deck in a searchable list (search is
 * tolerant of case and diacritics); the selected card's question and
 * answer can be edited (kept by id, so edits survive regeneration) and the
 * card suspended or brought back. Narrowed down to an essay, it offers a
 * review of that essay's cards, one at a time (DsCardReview, shown in
 * the page's place; its Edit opens this page's editor, with a way back).
 * Actions: cards.save, cards.revert, cards.review (the essay the page is
 * narrowed down to).
 */
#define DS_TYPE_CARDS_PAGE (ds_cards_page_get_type ())
G_DECLARE_FINAL_TYPE (DsCardsPage, ds_cards_page, DS, CARDS_PAGE, DsDeckPage)

DsCardsPage *ds_cards_page_new          (DsSession   *session);
void         ds_cards_page_set_search   (DsCardsPage *self,
                                         const char  *text);
/* The cards the search lets through. */
GListModel  *ds_cards_page_get_filtered (DsCardsPage *self);
/* Selects and opens a card in the editor; FALSE when it is filtered out. */
gboolean     ds_cards_page_select_card  (DsCardsPage *self,
                                         const char  *card_id);
DsCard      *ds_cards_page_get_selected (DsCardsPage *self);
/* Sets the editor's text (as a learner typing would). */
void         ds_cards_page_set_editor_text (DsCardsPage *self,
                                            const char  *question,
                                            const char  *answer);

/* Narrows the page down to @essay_id and reviews its cards. */
void          ds_cards_page_review      (DsCardsPage *self,
                                         const char  *essay_id);
DsCardReview *ds_cards_page_get_review  (DsCardsPage *self);

G_END_DECLS
