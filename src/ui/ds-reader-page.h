/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-essay.h"
#include "ds-settings.h"

G_BEGIN_DECLS

/*
 * The reader: an essay's title and its cleaned text. The text buffer holds
 * exactly ds_essay_get_text(), so a character span from the core (a block,
 * a claim, a card's source) is the same span of buffer offsets.
 *
 * Actions (group "reader", also inserted into the window so that header
 * buttons and accelerators reach them): reader.find, reader.find-next,
 * reader.find-previous, reader.toggle-claims.
 */
#define DS_TYPE_READER_PAGE (ds_reader_page_get_type ())
G_DECLARE_FINAL_TYPE (DsReaderPage, ds_reader_page, DS, READER_PAGE, GtkWidget)

DsReaderPage  *ds_reader_page_new                  (DsSettings   *settings);
DsSettings    *ds_reader_page_get_settings         (DsReaderPage *self);
DsEssay       *ds_reader_page_get_essay            (DsReaderPage *self);
/* Shows @essay (NULL for none) at its saved reading position. */
void           ds_reader_page_set_essay            (DsReaderPage *self,
                                                    DsEssay      *essay);
GtkTextView   *ds_reader_page_get_text_view        (DsReaderPage *self);
GtkLabel      *ds_reader_page_get_title_label      (DsReaderPage *self);
GActionGroup  *ds_reader_page_get_action_group     (DsReaderPage *self);

/* Scrolls to the character span and marks it (the previous mark goes). */
void           ds_reader_page_highlight_span       (DsReaderPage *self,
                                                    guint         start,
                                                    guint         end);
/* Key-claim marks: any number, until cleared. */
void           ds_reader_page_add_claim_highlight  (DsReaderPage *self,
                                                    guint         start,
                                                    guint         end);
void           ds_reader_page_clear_claim_highlights (DsReaderPage *self);
/* Scrolls so that the character offset is at the top of the view. */
void           ds_reader_page_scroll_to_offset     (DsReaderPage *self,
                                                    guint         offset);
/* The character offset at the top of the visible area. */
guint          ds_reader_page_get_top_offset       (DsReaderPage *self);

/* The "Key claims" slot at the side of the text, hidden until toggled. */
void           ds_reader_page_set_side_panel       (DsReaderPage *self,
                                                    GtkWidget    *panel);
/* The panel made by @create when it is first shown or asked for, so that
 * a hidden panel costs nothing at startup. */
typedef GtkWidget *(*DsReaderPagePanelFunc) (DsReaderPage *reader,
                                              gpointer      user_data);
void           ds_reader_page_set_side_panel_func  (DsReaderPage          *self,
                                                    DsReaderPagePanelFunc  create,
                                                    gpointer               user_data);
GtkWidget     *ds_reader_page_get_side_panel       (DsReaderPage *self);
void           ds_reader_page_set_side_panel_visible (DsReaderPage *self,
                                                      gboolean      visible);
gboolean       ds_reader_page_get_side_panel_visible (DsReaderPage *self);

/* Find in text. */
void           ds_reader_page_search               (DsReaderPage *self,
                                                    const char   *needle);
guint          ds_reader_page_get_n_matches        (DsReaderPage *self);
/* The current match's index, or -1. */
int            ds_reader_page_get_current_match    (DsReaderPage *self);
void           ds_reader_page_next_match           (DsReaderPage *self);
void           ds_reader_page_previous_match       (DsReaderPage *self);

/* Writes the reading position to the settings now (it is otherwise
 * written a moment after scrolling stops). */
void           ds_reader_page_save_position        (DsReaderPage *self);
/* A bar with "Back to the Card" (win.show-page('study')): shown while the
 * reader shows a card's source during an open study session. */
void           ds_reader_page_set_back_to_card     (DsReaderPage *self,
                                                    gboolean      shown);
gboolean       ds_reader_page_get_back_to_card     (DsReaderPage *self);

G_END_DECLS
