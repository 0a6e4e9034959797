/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-session.h"

G_BEGIN_DECLS

/*
 * A row of the Cards page's list: a card's question over what it is
 * ("Definition · Essay title · Suspended · Edited"), following edits and
 * suspensions as they are made.
 */
#define DS_TYPE_CARD_ROW (ds_card_row_get_type ())
G_DECLARE_FINAL_TYPE (DsCardRow, ds_card_row, DS, CARD_ROW, GtkWidget)

GtkWidget *ds_card_row_new      (DsSession *session);
DsCard    *ds_card_row_get_card (DsCardRow *self);
/* NULL while the row shows nothing. */
void       ds_card_row_set_card (DsCardRow *self,
                                 DsCard    *card);

/* The words about a card that the row, the Cards page's editor and the
 * review show. "Definition · Essay title · Suspended · Edited"; without
 * the essay's title unless @with_essay. */
char *_ds_card_describe       (DsSession *session,
                               DsCard    *card,
                               gboolean   with_essay);
/* Appends a card's choices, one a line ("B. Paris ✓", the right one
 * marked), after a line break if @text has something already. */
void  _ds_card_append_choices (GString   *text,
                               DsCard    *card);

G_END_DECLS
