/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * What the files of DsReaderPage share: ds-reader-page.c (the page, its
 * geometry, reading position), ds-reader-page-actions.c (its actions),
 * ds-reader-page-tags.c (text tags: block styles, Markdown's inline
 * emphasis, text size, highlight colours) and ds-reader-page-find.c (find in text).
 */

#include "ds-reader-page.h"

G_BEGIN_DECLS

/* Reading positions are written this long after scrolling stops. */
#define SAVE_DELAY_MS 800
/* A restored position is re-applied while the text view settles its layout
 * (line heights are validated lazily); this long after the last change. */
#define SETTLE_MS 400
#define SETTLE_FRAMES 3
/* Where a highlighted span lands: this share of the page from the top. */
#define HIGHLIGHT_ALIGN 0.3

struct _DsReaderPage
{
  GtkWidget           parent_instance;

  DsSettings         *settings;
  DsEssay            *essay;

  /* Template children. */
  GtkSearchBar       *search_bar;
  GtkRevealer        *back_revealer;
  AdwFlap            *flap;
  GtkStack           *content_stack;
  GtkScrolledWindow  *scrolled_window;
  GtkTextView        *text_view;
  GtkBox             *side_slot;

  /* An overlay in the text view's top margin, made in code. */
  GtkLabel           *title_label;
  guint               title_tick_id;
  int                 view_width;
  int                 view_height;
  double              title_value;   /* the scroll the title was placed for */

  /* Built when first needed, to keep them out of startup. */
  GtkSearchEntry     *search_entry;
  GtkLabel           *match_label;
  GtkWidget          *empty_page;

  GtkTextBuffer      *buffer;
  GtkWidget          *side_panel;
  DsReaderPagePanelFunc create_side_panel;   /* until it is made */
  gpointer            create_side_panel_data;
  GSimpleActionGroup *actions;

  /* Find in text: pairs of character offsets. */
  char               *needle;
  GArray             *matches;
  int                 current_match;

  /* A scroll target kept until the layout has settled. */
  gboolean            pending;
  guint               pending_offset;
  double              pending_align;
  guint               settle_id;
  guint               still_frames; /* frames the target has held still */
  guint               pending_tick_id;

  double              furthest;
  guint               top_offset;   /* as last seen on screen */
  guint               save_id;
};

/* ds-reader-page-tags.c */
GtkTextTag *_ds_reader_page_lookup_tag        (DsReaderPage *self,
                                               const char   *name);
void        _ds_reader_page_create_tags       (DsReaderPage *self);
void        _ds_reader_page_apply_text_scale  (DsReaderPage *self);
void        _ds_reader_page_apply_colors      (DsReaderPage *self);
void        _ds_reader_page_apply_tag         (DsReaderPage *self,
                                               const char   *tag,
                                               guint         start,
                                               guint         end);
void        _ds_reader_page_tag_blocks        (DsReaderPage *self);
void        _ds_reader_page_tag_inline        (DsReaderPage *self);

/* ds-reader-page-find.c */
void        _ds_reader_page_clear_matches     (DsReaderPage *self);
void        _ds_reader_page_update_match_label (DsReaderPage *self);
void        _ds_reader_page_ensure_find_row   (DsReaderPage *self);
void        _ds_reader_page_search_mode_cb    (DsReaderPage *self);

/* ds-reader-page-actions.c */
void        _ds_reader_page_actions_init      (DsReaderPage *self);
void        _ds_reader_page_update_actions    (DsReaderPage *self);
void        _ds_reader_page_set_claims_state  (DsReaderPage *self,
                                               gboolean      shown);

/* ds-reader-page.c */
void        _ds_reader_page_scroll_to         (DsReaderPage *self,
                                               guint         offset,
                                               double        align);

G_END_DECLS
