/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-session.h"

G_BEGIN_DECLS

/*
 * The base of the pages that show the deck (Study, Cards, Statistics): it
 * holds their construct-only "session", which they ask for the deck, the
 * progress and essay titles, and their "scope": the cards they show (NULL:
 * every card; an essay when the learner picks one in the sidebar).
 */
#define DS_TYPE_DECK_PAGE (ds_deck_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DsDeckPage, ds_deck_page, DS, DECK_PAGE, GtkWidget)

struct _DsDeckPageClass
{
  GtkWidgetClass parent_class;
};

DsSession  *ds_deck_page_get_session (DsDeckPage *self);
/* The session's deck. */
DsDeck     *ds_deck_page_get_deck    (DsDeckPage *self);
const DsCardScope *ds_deck_page_get_scope (DsDeckPage        *self);
void        ds_deck_page_set_scope   (DsDeckPage        *self,
                                      const DsCardScope *scope);

G_END_DECLS
