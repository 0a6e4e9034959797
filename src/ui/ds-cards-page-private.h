/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-cards-page.h"

G_BEGIN_DECLS

/* Shared by the Cards page, its rows (ds-card-row.c) and the review
 * (ds-card-review.c). */

/* "Definition", "List", ... */
const char *_ds_card_kind_name (DsCardKind kind);
/* "Definition · Essay title · Suspended · Edited" */
char *_ds_card_describe (DsSession *session,
                         DsCard    *card);

G_END_DECLS
