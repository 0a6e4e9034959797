/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-cards-page.h"

G_BEGIN_DECLS

/* Shared by the Cards page, its rows (ds-card-row.c) and the review
 * (ds-card-review.c). */

/* "Definition · Essay title · Suspended · Edited"; without the essay's
 * title unless @with_essay. */
char *_ds_card_describe (DsSession *session,
                         DsCard    *card,
                         gboolean   with_essay);
/* Appends a card's choices, one a line ("B. Paris ✓", the right one
 * marked), after a line break if @text has something already. */
void _ds_card_append_choices (GString *text,
                              DsCard  *card);

G_END_DECLS
