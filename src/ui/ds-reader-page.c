/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReaderPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-reader-page.h"

/* Reading positions are written this long after scrolling stops. */
#define SAVE_DELAY_MS 800
/* A restored position is re-applied while the text view settles its layout
 * (line heights are validated lazily); this long after the last change. */
#define SETTLE_MS 400
/* Where a highlighted span lands: this share of the page from the top. */
#define HIGHLIGHT_ALIGN 0.3

struct _DsReaderPage
{
  GtkWidget           parent_instance;

  DsSettings         *settings;
  DsEssay            *essay;

  /* Template children. */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *match_label;
  AdwFlap            *flap;
  GtkStack           *content_stack;
  AdwStatusPage      *empty_page;
  GtkScrolledWindow  *scrolled_window;
  GtkWidget          *text_box;
  GtkLabel           *title_label;
  GtkTextView        *text_view;
  GtkBox             *side_slot;

  GtkTextBuffer      *buffer;
  GtkWidget          *side_panel;
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

  double              furthest;
  guint               top_offset;   /* as last seen on screen */
  guint               save_id;
};

G_DEFINE_FINAL_TYPE (DsReaderPage, ds_reader_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_ESSAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Block tags and how much larger than the body text each one is. */
typedef struct {
  const char *name;
  double      scale;
} TagScale;

static const TagScale tag_scales[] = {
  { "body", 1.0 },
  { "heading", 1.4 },
  { "subheading", 1.2 },
  { "references-heading", 1.15 },
  { "reference", 0.85 },
};

static void update_match_label (DsReaderPage *self);
static void apply_pending (DsReaderPage *self);
static void position_changed (DsReaderPage *self);

static GtkTextTag *
lookup_tag (DsReaderPage *self,
            const char   *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  return gtk_text_tag_table_lookup (table, name);
}

static double
text_scale (DsReaderPage *self)
{
  return self->settings ? ds_settings_get_text_scale (self->settings) : 1.0;
}

static void
apply_text_scale (DsReaderPage *self)
{
  double scale = text_scale (self);
  PangoAttrList *attrs;

  for (guint i = 0; i < G_N_ELEMENTS (tag_scales); i++)
    g_object_set (lookup_tag (self, tag_scales[i].name),
                  "scale", tag_scales[i].scale * scale,
                  NULL);

  g_object_set (lookup_tag (self, "heading"),
                "pixels-above-lines", (int) (24 * scale),
                "pixels-below-lines", (int) (8 * scale),
                NULL);
  g_object_set (lookup_tag (self, "paragraph"),
                "pixels-below-lines", (int) (14 * scale),
                NULL);
  /* Hanging indents: a wrapped line starts under the text, not under the
   * list marker or the reference's first word. */
  g_object_set (lookup_tag (self, "list-item"),
                "left-margin", (int) (24 * scale),
                "indent", (int) (-18 * scale),
                "pixels-below-lines", (int) (6 * scale),
                NULL);
  g_object_set (lookup_tag (self, "list-end"),
                "pixels-below-lines", (int) (14 * scale),
                NULL);
  g_object_set (lookup_tag (self, "references-heading"),
                "pixels-above-lines", (int) (28 * scale),
                "pixels-below-lines", (int) (8 * scale),
                NULL);
  g_object_set (lookup_tag (self, "reference"),
                "indent", (int) (-24 * scale),
                "pixels-below-lines", (int) (6 * scale),
                NULL);

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  gtk_label_set_attributes (self->title_label, attrs);
  pango_attr_list_unref (attrs);
}

/* Colours that have to differ between light and dark styles; tags cannot
 * follow CSS. */
static void
apply_colors (DsReaderPage *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA dim = dark ? (GdkRGBA) { 1, 1, 1, 0.6 } : (GdkRGBA) { 0, 0, 0, 0.6 };
  GdkRGBA match = dark ? (GdkRGBA) { 0.96, 0.83, 0.18, 0.3 } : (GdkRGBA) { 0.96, 0.83, 0.18, 0.45 };
  GdkRGBA current = dark ? (GdkRGBA) { 1.0, 0.47, 0.0, 0.75 } : (GdkRGBA) { 1.0, 0.64, 0.28, 0.95 };
  GdkRGBA claim = dark ? (GdkRGBA) { 0.38, 0.63, 0.92, 0.22 } : (GdkRGBA) { 0.21, 0.52, 0.89, 0.14 };
  GdkRGBA span = dark ? (GdkRGBA) { 0.38, 0.63, 0.92, 0.45 } : (GdkRGBA) { 0.21, 0.52, 0.89, 0.3 };

  g_object_set (lookup_tag (self, "reference"), "foreground-rgba", &dim, NULL);
  g_object_set (lookup_tag (self, "match"), "background-rgba", &match, NULL);
  g_object_set (lookup_tag (self, "current-match"), "background-rgba", &current, NULL);
  g_object_set (lookup_tag (self, "claim"), "background-rgba", &claim, NULL);
  g_object_set (lookup_tag (self, "span-highlight"), "background-rgba", &span, NULL);
}

/* Creation order is priority order: later tags win where they overlap. */
static void
create_tags (DsReaderPage *self)
{
  GtkTextBuffer *b = self->buffer;

  gtk_text_buffer_create_tag (b, "body", NULL);
  gtk_text_buffer_create_tag (b, "paragraph", NULL);
  gtk_text_buffer_create_tag (b, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "accumulative-margin", FALSE,
                              NULL);
  gtk_text_buffer_create_tag (b, "subheading", NULL);
  gtk_text_buffer_create_tag (b, "list-item", NULL);
  gtk_text_buffer_create_tag (b, "list-end", NULL);
  gtk_text_buffer_create_tag (b, "references-heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (b, "reference", NULL);
  gtk_text_buffer_create_tag (b, "claim",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (b, "span-highlight", NULL);
  gtk_text_buffer_create_tag (b, "match", NULL);
  gtk_text_buffer_create_tag (b, "current-match", NULL);
}

static void
apply_tag_chars (DsReaderPage *self,
                 const char   *tag,
                 guint         start,
                 guint         end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
  gtk_text_buffer_apply_tag_by_name (self->buffer, tag, &a, &b);
}

static const char *
block_tag (const DsBlock *block)
{
  switch (block->kind)
    {
    case DS_BLOCK_HEADING:
      return "heading";
    case DS_BLOCK_LIST_ITEM:
      return "list-item";
    case DS_BLOCK_REFERENCES_HEADING:
      return "references-heading";
    case DS_BLOCK_REFERENCE:
      return "reference";
    case DS_BLOCK_PARAGRAPH:
    default:
      return "paragraph";
    }
}

/* Tags each block's line without its '\n'. Tagging the '\n' too would join
 * the runs of two paragraphs into one, and GTK 4.8's text layout takes a
 * line's paragraph style (margins, indent, spacing) from a cache that only a
 * tag starting on the line resets: re-laying out a paragraph after a list
 * then gave it the list's indent. */
static void
tag_blocks (DsReaderPage *self)
{
  guint n_chars = ds_essay_get_n_chars (self->essay);
  guint n = ds_essay_get_n_blocks (self->essay);

  apply_tag_chars (self, "body", 0, n_chars);
  for (guint i = 0; i < n; i++)
    {
      const DsBlock *block = ds_essay_get_block (self->essay, i);
      guint end = block->end;

      const DsBlock *next = i + 1 < n ? ds_essay_get_block (self->essay, i + 1) : NULL;

      apply_tag_chars (self, block_tag (block), block->start, end);
      if (block->kind == DS_BLOCK_HEADING && block->level > 1)
        apply_tag_chars (self, "subheading", block->start, end);
      /* A list is spaced from what follows like a paragraph. */
      if (block->kind == DS_BLOCK_LIST_ITEM && (next == NULL || next->kind != DS_BLOCK_LIST_ITEM))
        apply_tag_chars (self, "list-end", block->start, end);
    }
}

/* Geometry. The text view is not scrollable itself (it sits in a clamp in
 * a viewport), so positions are mapped through the viewport by hand. */

static GtkAdjustment *
vadjustment (DsReaderPage *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

/* The viewport's child: its coordinates are those of the scrolled content,
 * whatever the scroll position. */
static GtkWidget *
scrolled_content (DsReaderPage *self)
{
  return gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scrolled_window)));
}

/* The y of a character offset in the scrolled content, or FALSE when the
 * text has no layout yet. */
static gboolean
content_y_of_offset (DsReaderPage *self,
                     guint         offset,
                     double       *y)
{
  GtkTextIter iter;
  GdkRectangle rect;
  int wx, wy;
  graphene_point_t p, out;

  if (gtk_widget_get_width (GTK_WIDGET (self->text_view)) <= 0)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, offset);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  p = GRAPHENE_POINT_INIT (wx, wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), scrolled_content (self), &p, &out))
    return FALSE;

  *y = out.y;
  return TRUE;
}

guint
ds_reader_page_get_top_offset (DsReaderPage *self)
{
  graphene_point_t p = GRAPHENE_POINT_INIT (0, 0), out;
  GtkTextIter iter;
  int bx, by;

  g_return_val_if_fail (DS_IS_READER_PAGE (self), 0);

  if (self->essay == NULL)
    return 0;
  if (self->pending)
    return self->pending_offset;
  /* Hidden (another page is shown), the reader has no geometry to ask:
   * the place is where it was last seen. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->scrolled_window)))
    return self->top_offset;

  p.y = gtk_adjustment_get_value (vadjustment (self));
  if (!gtk_widget_compute_point (scrolled_content (self), GTK_WIDGET (self->text_view), &p, &out)
      || out.y <= 0)
    return self->top_offset = 0;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         0, (int) out.y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, 0, by);
  /* The line at the top may be cut off; start from its beginning. */
  self->top_offset = gtk_text_iter_get_offset (&iter);
  return self->top_offset;
}

static gboolean
scroll_now (DsReaderPage *self,
            guint         offset,
            double        align)
{
  GtkAdjustment *adj = vadjustment (self);
  double page = gtk_adjustment_get_page_size (adj);
  double y;

  if (page <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->scrolled_window))
      || !content_y_of_offset (self, offset, &y))
    return FALSE;

  /* The very start of the essay shows its title too. */
  if (offset == 0)
    y = 0;
  gtk_adjustment_set_value (adj, y - page * align);
  return TRUE;
}

static gboolean
settle_done_cb (gpointer data)
{
  DsReaderPage *self = data;

  self->settle_id = 0;
  apply_pending (self);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->pending = FALSE;
  /* What is in view now counts as read. */
  position_changed (self);
  return G_SOURCE_REMOVE;
}

static void
apply_pending (DsReaderPage *self)
{
  if (!self->pending)
    return;
  if (scroll_now (self, self->pending_offset, self->pending_align))
    {
      g_clear_handle_id (&self->settle_id, g_source_remove);
      self->settle_id = g_timeout_add (SETTLE_MS, settle_done_cb, self);
    }
}

static void
scroll_to (DsReaderPage *self,
           guint         offset,
           double        align)
{
  self->pending = TRUE;
  self->pending_offset = offset;
  self->pending_align = align;
  apply_pending (self);
}

/* A scroll or key press of the reader's own ends a restore in progress. */
static void
cancel_pending (DsReaderPage *self)
{
  if (!self->pending)
    return;
  self->pending = FALSE;
  g_clear_handle_id (&self->settle_id, g_source_remove);
}

/* Reading position. */

static double
visible_share (DsReaderPage *self)
{
  GtkAdjustment *adj = vadjustment (self);
  double upper = gtk_adjustment_get_upper (adj);
  double page = gtk_adjustment_get_page_size (adj);

  if (upper <= 0 || page <= 0)
    return 0;
  return CLAMP ((gtk_adjustment_get_value (adj) + page) / upper, 0.0, 1.0);
}

void
ds_reader_page_save_position (DsReaderPage *self)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->essay == NULL || self->settings == NULL)
    return;

  ds_settings_set_reading_position (self->settings,
                                    ds_essay_get_id (self->essay),
                                    ds_reader_page_get_top_offset (self),
                                    self->furthest);
}

static gboolean
save_timeout_cb (gpointer data)
{
  DsReaderPage *self = data;

  self->save_id = 0;
  ds_reader_page_save_position (self);
  return G_SOURCE_REMOVE;
}

static void
position_changed (DsReaderPage *self)
{
  double share;

  /* Only what is on screen counts as read: a hidden reader (another page,
   * the folded sidebar) has no meaningful geometry. */
  if (self->essay == NULL || self->pending
      || !gtk_widget_get_mapped (GTK_WIDGET (self->scrolled_window)))
    return;

  share = visible_share (self);
  if (share > self->furthest)
    self->furthest = share;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
adjustment_changed_cb (DsReaderPage *self)
{
  if (self->pending)
    apply_pending (self);
  else
    position_changed (self);
}

static void
value_changed_cb (DsReaderPage *self)
{
  position_changed (self);
}

static gboolean
mapped_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  apply_pending (DS_READER_PAGE (data));
  return G_SOURCE_REMOVE;
}

/* Shown again after another page: a scroll asked for meanwhile (an essay
 * opened, a claim to show) waits for the first frame with a layout. */
static void
scrolled_window_map_cb (DsReaderPage *self)
{
  if (self->pending)
    gtk_widget_add_tick_callback (GTK_WIDGET (self->scrolled_window), mapped_tick_cb, self, NULL);
}

/* Keyboard scrolling: the text view has no cursor and is not scrollable
 * itself, so the keys that would move its viewport scroll ours. */
static gboolean
key_pressed_cb (DsReaderPage          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkAdjustment *adj = vadjustment (self);
  double value = gtk_adjustment_get_value (adj);
  double page = gtk_adjustment_get_page_size (adj);
  double step = 48;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      value -= step; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      value += step; break;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      value -= page * 0.9; break;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      value += page * 0.9; break;
    case GDK_KEY_space:
      value += (shift ? -1 : 1) * page * 0.9; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      value = 0; break;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      value = gtk_adjustment_get_upper (adj); break;
    default:
      return FALSE;
    }

  cancel_pending (self);
  gtk_adjustment_set_value (adj, value);
  return TRUE;
}

static gboolean
scroll_event_cb (DsReaderPage *self)
{
  cancel_pending (self);
  return FALSE;
}

/* Find in text. */

static void
clear_matches (DsReaderPage *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "match", &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "current-match", &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
}

static void
find_all (DsReaderPage *self)
{
  GtkTextIter iter, match_start, match_end;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY;

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, self->needle, flags,
                                       &match_start, &match_end, NULL))
    {
      guint span[2] = { gtk_text_iter_get_offset (&match_start),
                        gtk_text_iter_get_offset (&match_end) };

      gtk_text_buffer_apply_tag_by_name (self->buffer, "match", &match_start, &match_end);
      g_array_append_vals (self->matches, span, 2);
      iter = match_end;
    }
}

static void
select_match (DsReaderPage *self,
              int           index)
{
  guint n = ds_reader_page_get_n_matches (self);
  GtkTextIter start, end;
  guint *spans = (guint *) (gpointer) self->matches->data;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "current-match", &start, &end);
  if (n == 0)
    {
      self->current_match = -1;
      update_match_label (self);
      return;
    }

  self->current_match = ((index % (int) n) + (int) n) % (int) n;
  apply_tag_chars (self, "current-match",
                   spans[2 * self->current_match], spans[2 * self->current_match + 1]);
  scroll_to (self, spans[2 * self->current_match], HIGHLIGHT_ALIGN);
  update_match_label (self);
}

static void
update_match_label (DsReaderPage *self)
{
  guint n = ds_reader_page_get_n_matches (self);
  g_autofree char *text = NULL;

  if (self->needle == NULL || *self->needle == '\0')
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else
    /* Translators: the current search match and the number of matches. */
    text = g_strdup_printf (_("%d of %u"), self->current_match + 1, n);

  gtk_label_set_text (self->match_label, text);
  if (n == 0 && self->needle != NULL && *self->needle != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
run_search (DsReaderPage *self)
{
  guint top;
  int first = 0;
  guint *spans;

  clear_matches (self);
  if (self->essay != NULL && self->needle != NULL && *self->needle != '\0')
    find_all (self);

  /* Start from the first match in view rather than the top of the essay. */
  top = ds_reader_page_get_top_offset (self);
  spans = (guint *) (gpointer) self->matches->data;
  for (guint i = 0; i < ds_reader_page_get_n_matches (self); i++)
    if (spans[2 * i] >= top)
      {
        first = i;
        break;
      }
  select_match (self, first);
}

void
ds_reader_page_search (DsReaderPage *self,
                       const char   *needle)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (needle == NULL)
    needle = "";
  g_free (self->needle);
  self->needle = g_strdup (needle);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), needle) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), needle);
  run_search (self);
}

static void
search_changed_cb (DsReaderPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* ds_reader_page_search() already searched for this text. */
  if (g_strcmp0 (text, self->needle) == 0)
    return;
  ds_reader_page_search (self, text);
}

static void
search_activate_cb (DsReaderPage *self)
{
  ds_reader_page_next_match (self);
}

static void
search_stop_cb (DsReaderPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_cb (DsReaderPage *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  g_clear_pointer (&self->needle, g_free);
  clear_matches (self);
  update_match_label (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

guint
ds_reader_page_get_n_matches (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), 0);

  return self->matches->len / 2;
}

int
ds_reader_page_get_current_match (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), -1);

  return self->current_match;
}

void
ds_reader_page_next_match (DsReaderPage *self)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  select_match (self, self->current_match + 1);
}

void
ds_reader_page_previous_match (DsReaderPage *self)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  select_match (self, self->current_match - 1);
}

/* Actions. */

static void
find_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  DsReaderPage *self = data;

  if (self->essay == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  ds_reader_page_next_match (data);
}

static void
find_previous_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  ds_reader_page_previous_match (data);
}

static void
toggle_claims_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  DsReaderPage *self = data;

  ds_reader_page_set_side_panel_visible (self, !ds_reader_page_get_side_panel_visible (self));
}

static const GActionEntry action_entries[] = {
  { "find", find_action_cb },
  { "find-next", find_next_action_cb },
  { "find-previous", find_previous_action_cb },
  { "toggle-claims", toggle_claims_action_cb, NULL, "false" },
};

static void
set_action_enabled (DsReaderPage *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (DsReaderPage *self)
{
  gboolean has_essay = self->essay != NULL;

  set_action_enabled (self, "find", has_essay);
  set_action_enabled (self, "find-next", has_essay);
  set_action_enabled (self, "find-previous", has_essay);
  set_action_enabled (self, "toggle-claims", self->side_panel != NULL);
}

/* Essay. */

static void
show_essay (DsReaderPage *self)
{
  const char *title = ds_essay_get_title (self->essay);
  guint offset = 0;
  double progress = 0;

  gtk_label_set_text (self->title_label, title && *title ? title : _("Untitled Essay"));
  gtk_text_buffer_set_text (self->buffer, ds_essay_get_text (self->essay),
                            (int) ds_essay_get_text_length (self->essay));
  tag_blocks (self);
  gtk_stack_set_visible_child_name (self->content_stack, "text");

  if (self->settings != NULL)
    ds_settings_get_reading_position (self->settings, ds_essay_get_id (self->essay),
                                      &offset, &progress);
  self->furthest = progress;
  self->top_offset = 0;
  gtk_adjustment_set_value (vadjustment (self), 0);
  scroll_to (self, MIN (offset, ds_essay_get_n_chars (self->essay)), 0);
}

void
ds_reader_page_set_essay (DsReaderPage *self,
                          DsEssay      *essay)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));
  g_return_if_fail (essay == NULL || DS_IS_ESSAY (essay));

  if (self->essay == essay)
    return;

  ds_reader_page_save_position (self);
  cancel_pending (self);
  g_clear_pointer (&self->needle, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  clear_matches (self);
  update_match_label (self);

  g_set_object (&self->essay, essay);
  if (essay != NULL)
    show_essay (self);
  else
    {
      gtk_text_buffer_set_text (self->buffer, "", 0);
      gtk_label_set_text (self->title_label, "");
      /* Set only when shown: an SVG icon pulls in the SVG loader, which
       * costs startup time when there is an essay to show. */
      adw_status_page_set_icon_name (self->empty_page, "org.example.DiploStudy-symbolic");
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESSAY]);
}

DsEssay *
ds_reader_page_get_essay (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return self->essay;
}

void
ds_reader_page_scroll_to_offset (DsReaderPage *self,
                                 guint         offset)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (self->essay == NULL)
    return;
  scroll_to (self, MIN (offset, ds_essay_get_n_chars (self->essay)), 0);
}

static gboolean
span_valid (DsReaderPage *self,
            guint         start,
            guint         end)
{
  return self->essay != NULL && start <= end && end <= ds_essay_get_n_chars (self->essay);
}

void
ds_reader_page_highlight_span (DsReaderPage *self,
                               guint         start,
                               guint         end)
{
  GtkTextIter a, b;

  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (!span_valid (self, start, end))
    {
      g_warning ("Span %u–%u is outside the essay", start, end);
      return;
    }

  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "span-highlight", &a, &b);
  apply_tag_chars (self, "span-highlight", start, end);
  scroll_to (self, start, HIGHLIGHT_ALIGN);
}

void
ds_reader_page_add_claim_highlight (DsReaderPage *self,
                                    guint         start,
                                    guint         end)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (!span_valid (self, start, end))
    {
      g_warning ("Span %u–%u is outside the essay", start, end);
      return;
    }
  apply_tag_chars (self, "claim", start, end);
}

void
ds_reader_page_clear_claim_highlights (DsReaderPage *self)
{
  GtkTextIter a, b;

  g_return_if_fail (DS_IS_READER_PAGE (self));

  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "claim", &a, &b);
}

/* Side panel. */

void
ds_reader_page_set_side_panel (DsReaderPage *self,
                               GtkWidget    *panel)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));
  g_return_if_fail (panel == NULL || GTK_IS_WIDGET (panel));

  if (self->side_panel == panel)
    return;
  if (self->side_panel != NULL)
    gtk_box_remove (self->side_slot, self->side_panel);
  self->side_panel = panel;
  if (panel != NULL)
    {
      gtk_widget_set_vexpand (panel, TRUE);
      gtk_box_append (self->side_slot, panel);
    }
  else
    ds_reader_page_set_side_panel_visible (self, FALSE);
  update_actions (self);
}

GtkWidget *
ds_reader_page_get_side_panel (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return self->side_panel;
}

void
ds_reader_page_set_side_panel_visible (DsReaderPage *self,
                                       gboolean      visible)
{
  GAction *action;

  g_return_if_fail (DS_IS_READER_PAGE (self));

  visible = visible && self->side_panel != NULL;
  adw_flap_set_reveal_flap (self->flap, visible);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "toggle-claims");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (visible));
}

gboolean
ds_reader_page_get_side_panel_visible (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}

/* Accessors. */

DsSettings *
ds_reader_page_get_settings (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return self->settings;
}

GtkTextView *
ds_reader_page_get_text_view (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return self->text_view;
}

GtkLabel *
ds_reader_page_get_title_label (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return self->title_label;
}

GActionGroup *
ds_reader_page_get_action_group (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

/* GObject. */

static void
text_scale_changed_cb (DsReaderPage *self)
{
  guint top = ds_reader_page_get_top_offset (self);

  apply_text_scale (self);
  /* Keep the same text at the top while the layout grows or shrinks. */
  if (self->essay != NULL)
    scroll_to (self, top, 0);
}

static void
ds_reader_page_constructed (GObject *object)
{
  DsReaderPage *self = DS_READER_PAGE (object);

  G_OBJECT_CLASS (ds_reader_page_parent_class)->constructed (object);

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "notify::text-scale",
                             G_CALLBACK (text_scale_changed_cb), self,
                             G_CONNECT_SWAPPED);
  apply_text_scale (self);
}

static void
ds_reader_page_dispose (GObject *object)
{
  DsReaderPage *self = DS_READER_PAGE (object);
  GtkWidget *child;

  if (self->save_id != 0)
    ds_reader_page_save_position (self);
  g_clear_handle_id (&self->settle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_READER_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->essay);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (ds_reader_page_parent_class)->dispose (object);
}

static void
ds_reader_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsReaderPage *self = DS_READER_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_ESSAY:
      g_value_set_object (value, self->essay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_reader_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsReaderPage *self = DS_READER_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_ESSAY:
      ds_reader_page_set_essay (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_reader_page_class_init (DsReaderPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_reader_page_constructed;
  object_class->dispose = ds_reader_page_dispose;
  object_class->get_property = ds_reader_page_get_property;
  object_class->set_property = ds_reader_page_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, DS_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ESSAY] =
    g_param_spec_object ("essay", NULL, NULL, DS_TYPE_ESSAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-reader-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, match_label);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, flap);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, text_box);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, side_slot);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, ds_reader_page_next_match);
  gtk_widget_class_bind_template_callback (widget_class, ds_reader_page_previous_match);

  gtk_widget_class_set_css_name (widget_class, "readerpage");
}

static void
setup_controllers (DsReaderPage *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkShortcutController *entry_shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scrolled_window), key);

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scrolled_window), scroll);

  /* Shift+Enter in the search entry goes back, as in other GNOME apps. */
  gtk_shortcut_controller_add_shortcut (entry_shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                      gtk_named_action_new ("reader.find-previous")));
  gtk_shortcut_controller_add_shortcut (entry_shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK),
                      gtk_named_action_new ("reader.find-previous")));
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry),
                             GTK_EVENT_CONTROLLER (entry_shortcuts));
}

static void
ds_reader_page_init (DsReaderPage *self)
{
  GtkAdjustment *adj;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->current_match = -1;
  create_tags (self);
  apply_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_colors), self, G_CONNECT_SWAPPED);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "reader", G_ACTION_GROUP (self->actions));
  update_actions (self);

  adj = vadjustment (self);
  g_signal_connect_object (adj, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adj, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scrolled_window, "map",
                           G_CALLBACK (scrolled_window_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  setup_controllers (self);
}

DsReaderPage *
ds_reader_page_new (DsSettings *settings)
{
  g_return_val_if_fail (settings == NULL || DS_IS_SETTINGS (settings), NULL);

  return g_object_new (DS_TYPE_READER_PAGE, "settings", settings, NULL);
}
