/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-deck.h"
#include "ds-library.h"

G_BEGIN_DECLS

/*
 * The base of the pages that show the deck (Study, Cards, Statistics): it
 * holds their construct-only "deck" and "library" properties.
 */
#define DS_TYPE_DECK_PAGE (ds_deck_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DsDeckPage, ds_deck_page, DS, DECK_PAGE, GtkWidget)

struct _DsDeckPageClass
{
  GtkWidgetClass parent_class;
};

DsDeck    *ds_deck_page_get_deck    (DsDeckPage *self);
/* May be NULL. */
DsLibrary *ds_deck_page_get_library (DsDeckPage *self);
/* The essay's title for display; the id itself when the essay is unknown
 * or has no title. */
const char *ds_deck_page_essay_title (DsDeckPage *self,
                                      const char *essay_id);

G_END_DECLS
