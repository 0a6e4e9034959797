/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-card.h"
#include "ds-card-scope.h"

G_BEGIN_DECLS

/*
 * Which cards a class sees (ds-quiz-cards.c): the key claims of an essay,
 * and the cards of a quiz over a scope, in source order or shuffled.
 */

typedef enum {
  DS_QUIZ_ORDER_SOURCE,    /* as the essays give them */
  DS_QUIZ_ORDER_SHUFFLED,  /* a mix, reproducible for a seed */
} DsQuizOrder;

/* Whether a card states a key claim (list, definition or fact). */
gboolean          ds_card_is_key_claim             (DsCard       *card);

/* The cards of @scope (NULL: all of them) among @cards (a GPtrArray of
 * DsCard), in @order; @seed makes a shuffle reproducible. @max 0 means no
 * limit. Returns a new array of references. */
GPtrArray        *ds_quiz_select_cards             (GPtrArray         *cards,
                                                    const DsCardScope *scope,
                                                    DsQuizOrder        order,
                                                    guint              max,
                                                    guint32            seed);

G_END_DECLS
