/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-cards-page.h"

G_BEGIN_DECLS

/* Shared by the Cards page and its rows (ds-card-row.c). */

/* "Definition · Essay title · Suspended · Edited" */
char *_ds_card_describe (DsSession *session,
                         DsCard    *card);

G_END_DECLS
