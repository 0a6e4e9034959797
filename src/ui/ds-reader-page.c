/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReaderPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-reader-page-private.h"
#include "ds-widgets-private.h"

G_DEFINE_FINAL_TYPE (DsReaderPage, ds_reader_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_ESSAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void position_changed (DsReaderPage *self);

/* Geometry. The text view is the scrolled window's scrollable, so that a
 * frame lays out only the lines on screen (the rest is validated in idle
 * time); positions are in its buffer coordinates. The title sits in the
 * view's top margin as an overlay, above the first line of the text. */

/* Around the text column; the title's height is added to the top. */
#define SIDE_MARGIN 18
#define TOP_MARGIN 30
#define TITLE_SPACING 18

static GtkAdjustment *
vadjustment (DsReaderPage *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

/*
 * The title's holder is an overlay at the start of the text (buffer 0, 0).
 * It asks for no space: an overlay is given its minimum size, and the text
 * view counts it in its own minimum width, which would then never let the
 * window narrow. place_title () gives the title the width of the text
 * column and places it in the view's top margin, which it makes as tall
 * as the title needs.
 */
static void
title_holder_measure (GtkWidget      *holder,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static gboolean
replace_title_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  DsReaderPage *self = data;

  self->title_tick_id = 0;
  /* The holder is allocated again (calling place_title ()) when the view
   * is: then the view's margin can change. */
  gtk_widget_queue_allocate (gtk_widget_get_parent (GTK_WIDGET (self->title_label)));
  gtk_widget_queue_resize (GTK_WIDGET (self->text_view));
  return G_SOURCE_REMOVE;
}

static void
queue_place_title (DsReaderPage *self)
{
  if (self->title_tick_id == 0)
    self->title_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                        replace_title_cb, self, NULL);
}

/* The view's size may have changed (the adjustments' pages are its width
 * and height). The holder keeps its empty allocation then, so it is not
 * allocated again by itself; nor can the margin change here, in the middle
 * of the view's own update. A new height matters too: the view then
 * gives the holder the place its scroll and top margin make (a scroll
 * alone leaves it where it was), and the title, placed from the old place,
 * moved with it: opening find put the title over the text. */
static void
view_size_changed_cb (DsReaderPage *self)
{
  int width = (int) gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->scrolled_window));
  int height = (int) gtk_adjustment_get_page_size (vadjustment (self));

  /* Notified at every allocation of the view, changed or not. */
  if (width == self->view_width && height == self->view_height)
    return;
  self->view_width = width;
  self->view_height = height;
  queue_place_title (self);
}

static void
place_title (DsReaderPage *self)
{
  GtkWidget *title = GTK_WIDGET (self->title_label);
  GtkWidget *holder = gtk_widget_get_parent (title);
  /* The holder's parent is the view's text area. */
  GtkWidget *area = gtk_widget_get_parent (holder);
  int column = gtk_widget_get_width (area) - 2 * SIDE_MARGIN;
  int title_height = 0;
  int top;
  GdkRectangle visible;
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), at;

  if (column <= 0 || !gtk_widget_compute_point (holder, area, &origin, &at))
    return;
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, column, &title_height, NULL, NULL, NULL);
  top = TOP_MARGIN + title_height + TITLE_SPACING;
  if (top != gtk_text_view_get_top_margin (self->text_view))
    {
      gtk_text_view_set_top_margin (self->text_view, top);
      /* The holder was placed before the new margin moved the text: the
       * title is placed from where the holder is for this frame, and again
       * once the view has moved the holder too. */
      queue_place_title (self);
    }

  /* Buffer y 0 is the first line of text, under the margin. */
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  self->title_value = gtk_adjustment_get_value (vadjustment (self));
  gtk_widget_allocate (title, column, title_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, TOP_MARGIN - top - visible.y - at.y)));
}

static void
title_holder_allocate (GtkWidget *holder,
                       int        width,
                       int        height,
                       int        baseline)
{
  place_title (DS_READER_PAGE (gtk_widget_get_ancestor (holder, DS_TYPE_READER_PAGE)));
}

static gboolean
buffer_y_of_offset (DsReaderPage *self,
                    guint         offset,
                    int          *y)
{
  GtkTextIter iter;
  GdkRectangle rect;

  if (gtk_widget_get_width (GTK_WIDGET (self->text_view)) <= 0)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, offset);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  *y = rect.y;
  return TRUE;
}

/* The scroll value that puts buffer y at the top of the view. */
static double
value_for_buffer_y (DsReaderPage *self,
                    int           y)
{
  GdkRectangle visible;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  return gtk_adjustment_get_value (vadjustment (self)) + (y - visible.y);
}

guint
ds_reader_page_get_top_offset (DsReaderPage *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  g_return_val_if_fail (DS_IS_READER_PAGE (self), 0);

  if (self->essay == NULL)
    return 0;
  if (self->pending)
    return self->pending_offset;
  /* Hidden (another page is shown), the reader has no geometry to ask:
   * the place is where it was last seen. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->scrolled_window)))
    return self->top_offset;

  /* Above the first line (the title is in view), the place is the start. */
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (visible.y <= 0)
    return self->top_offset = 0;

  gtk_text_view_get_iter_at_location (self->text_view, &iter, 0, visible.y);
  /* The line at the top may be cut off; start from its beginning. */
  self->top_offset = gtk_text_iter_get_offset (&iter);
  return self->top_offset;
}

/* Scrolls @offset into view, @align down the page; FALSE when there is
 * nothing to scroll yet. @moved: whether the view moved by a pixel or more. */
static gboolean
scroll_now (DsReaderPage *self,
            guint         offset,
            double        align,
            gboolean     *moved)
{
  GtkAdjustment *adj = vadjustment (self);
  double page = gtk_adjustment_get_page_size (adj);
  double before = gtk_adjustment_get_value (adj);
  int y;

  if (page <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->scrolled_window))
      || !buffer_y_of_offset (self, offset, &y))
    return FALSE;

  /* The very start of the essay shows its title too. */
  if (offset == 0)
    gtk_adjustment_set_value (adj, 0);
  else
    gtk_adjustment_set_value (adj, value_for_buffer_y (self, y) - page * align);
  *moved = ABS (gtk_adjustment_get_value (adj) - before) >= 1;
  return TRUE;
}

static void
remove_pending_tick (DsReaderPage *self)
{
  if (self->pending_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->scrolled_window), self->pending_tick_id);
  self->pending_tick_id = 0;
}

static gboolean
settle_done_cb (gpointer data)
{
  DsReaderPage *self = data;

  /* On a busy machine SETTLE_MS can pass within a frame or two, while the
   * lines are still being measured: wait for a few frames at rest too. */
  if (self->still_frames < SETTLE_FRAMES)
    return G_SOURCE_CONTINUE;
  self->settle_id = 0;
  self->pending = FALSE;
  remove_pending_tick (self);
  /* What is in view now counts as read. */
  position_changed (self);
  return G_SOURCE_REMOVE;
}

/*
 * A scroll target is applied at every frame, before the frame's layout,
 * until it has held still for SETTLE_MS and SETTLE_FRAMES frames: the
 * text view validates its lines
 * lazily, so their positions move for a few frames, and before the reader
 * is shown and laid out (at start-up, on another page) there is nothing to
 * scroll yet. Setting the adjustment from its own "changed" signal instead
 * would happen in the middle of a layout, which the viewport then ignores
 * until something else redraws it. Tick callbacks run only while the reader
 * is on screen.
 */
static gboolean
pending_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  DsReaderPage *self = data;
  gboolean moved = FALSE;

  if (!self->pending)
    {
      self->pending_tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  if (!scroll_now (self, self->pending_offset, self->pending_align, &moved))
    return G_SOURCE_CONTINUE;
  if (moved)
    {
      /* Lines above the target were measured again: start over. */
      self->still_frames = 0;
      g_clear_handle_id (&self->settle_id, g_source_remove);
    }
  else
    self->still_frames++;
  if (self->settle_id == 0)
    self->settle_id = g_timeout_add (SETTLE_MS, settle_done_cb, self);
  return G_SOURCE_CONTINUE;
}

void
_ds_reader_page_scroll_to (DsReaderPage *self,
                           guint         offset,
                           double        align)
{
  self->pending = TRUE;
  self->pending_offset = offset;
  self->pending_align = align;
  self->still_frames = 0;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->pending_tick_id == 0)
    self->pending_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->scrolled_window),
                                                          pending_tick_cb, self, NULL);
}

/* A scroll or key press of the reader's own ends a restore in progress. */
static void
cancel_pending (DsReaderPage *self)
{
  if (!self->pending)
    return;
  self->pending = FALSE;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  remove_pending_tick (self);
}

/* Reading position. */

/* The end of the last display line that is on screen whole: what has
 * been read. */
static gboolean
last_full_line_end (DsReaderPage *self,
                    GtkTextIter  *iter)
{
  GdkRectangle visible, line;
  int bottom;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (visible.height <= 0)
    return FALSE;
  bottom = visible.y + visible.height;
  gtk_text_view_get_iter_at_location (self->text_view, iter, 0, bottom - 1);
  gtk_text_view_backward_display_line_start (self->text_view, iter);
  gtk_text_view_get_iter_location (self->text_view, iter, &line);
  /* The line at the bottom edge is cut off: the one above it is read. */
  if (line.y + line.height > bottom && !gtk_text_iter_is_end (iter))
    {
      if (line.y <= visible.y || !gtk_text_view_backward_display_line (self->text_view, iter))
        return FALSE;
    }
  gtk_text_view_forward_display_line_end (self->text_view, iter);
  return TRUE;
}

/*
 * The share of the essay read: the text up to the end of the last line on
 * screen whole, by characters. Not by scroll height, which counts the
 * title, the margins and the blank space of a short essay as read.
 */
static double
visible_share (DsReaderPage *self)
{
  int n = gtk_text_buffer_get_char_count (self->buffer);
  GtkTextIter iter;

  if (n <= 0 || !last_full_line_end (self, &iter))
    return 0;
  if (gtk_text_iter_is_end (&iter))
    return 1.0;
  return CLAMP ((double) gtk_text_iter_get_offset (&iter) / n, 0.0, 1.0);
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
  /* While a scroll is pending, its tick callback follows the layout. */
  if (!self->pending)
    position_changed (self);
}

/*
 * GTK 4.8 does not move a text view's overlays when the view scrolls: they
 * keep the place they were last allocated at, in the view's coordinates,
 * until something allocates them again (gtk_text_view_add_overlay () of a
 * plain label shows it). The title would stay painted at its old place
 * over the scrolled text (wheel, End, Page Down, a find or a Key claims
 * jump alike). So a scroll places the title again, from where the view
 * is now: only while the title is or was in view, since a title out of
 * sight needs no place, and only its small holder is allocated.
 */
static void
follow_title (DsReaderPage *self)
{
  double value = gtk_adjustment_get_value (vadjustment (self));
  int top = gtk_text_view_get_top_margin (self->text_view);

  if (value == self->title_value || (value >= top && self->title_value >= top))
    return;
  gtk_widget_queue_allocate (gtk_widget_get_parent (GTK_WIDGET (self->title_label)));
}

static void
value_changed_cb (DsReaderPage *self)
{
  follow_title (self);
  position_changed (self);
}

/* Keyboard scrolling: the text view has no cursor; these keys scroll by
 * the reader's own steps and end a restore in progress. */
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

/* Essay. */

/* Built only when shown: most starts have an essay to show, and the page's
 * SVG icon would pull in the SVG loader. */
static void
ensure_empty_page (DsReaderPage *self)
{
  AdwStatusPage *page;

  if (self->empty_page != NULL)
    return;
  page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (page, "org.example.DiploStudy-symbolic");
  adw_status_page_set_title (page, _("No Essay Open"));
  adw_status_page_set_description (page, _("Choose an essay from the list to read it."));
  self->empty_page = GTK_WIDGET (page);
  gtk_stack_add_named (self->content_stack, self->empty_page, "empty");
}

static void
show_essay (DsReaderPage *self)
{
  const char *title = ds_essay_get_title (self->essay);
  guint offset = 0;
  double progress = 0;

  gtk_label_set_text (self->title_label, title && *title ? title : _("Untitled Essay"));
  gtk_text_buffer_set_text (self->buffer, ds_essay_get_text (self->essay),
                            (int) ds_essay_get_text_length (self->essay));
  _ds_reader_page_tag_blocks (self);
  _ds_reader_page_tag_inline (self);
  gtk_stack_set_visible_child_name (self->content_stack, "text");

  if (self->settings != NULL)
    ds_settings_get_reading_position (self->settings, ds_essay_get_id (self->essay),
                                      &offset, &progress);
  self->furthest = progress;
  self->top_offset = 0;
  gtk_adjustment_set_value (vadjustment (self), 0);
  _ds_reader_page_scroll_to (self, MIN (offset, ds_essay_get_n_chars (self->essay)), 0);
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
  if (self->search_entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  _ds_reader_page_clear_matches (self);
  _ds_reader_page_update_match_label (self);

  g_set_object (&self->essay, essay);
  if (essay != NULL)
    show_essay (self);
  else
    {
      gtk_text_buffer_set_text (self->buffer, "", 0);
      gtk_label_set_text (self->title_label, "");
      ensure_empty_page (self);
      gtk_stack_set_visible_child (self->content_stack, self->empty_page);
    }

  _ds_reader_page_update_actions (self);
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
  _ds_reader_page_scroll_to (self, MIN (offset, ds_essay_get_n_chars (self->essay)), 0);
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
  _ds_reader_page_apply_tag (self, "span-highlight", start, end);
  _ds_reader_page_scroll_to (self, start, HIGHLIGHT_ALIGN);
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
  _ds_reader_page_apply_tag (self, "claim", start, end);
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

  if (self->side_panel == panel && self->create_side_panel == NULL)
    return;
  self->create_side_panel = NULL;
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
  _ds_reader_page_update_actions (self);
}

void
ds_reader_page_set_side_panel_func (DsReaderPage          *self,
                                    DsReaderPagePanelFunc  create,
                                    gpointer               user_data)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  ds_reader_page_set_side_panel (self, NULL);
  self->create_side_panel = create;
  self->create_side_panel_data = user_data;
  _ds_reader_page_update_actions (self);
}

static void
ensure_side_panel (DsReaderPage *self)
{
  DsReaderPagePanelFunc create = self->create_side_panel;

  if (self->side_panel == NULL && create != NULL)
    ds_reader_page_set_side_panel (self, create (self, self->create_side_panel_data));
}

GtkWidget *
ds_reader_page_get_side_panel (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), NULL);

  ensure_side_panel (self);
  return self->side_panel;
}

void
ds_reader_page_set_side_panel_visible (DsReaderPage *self,
                                       gboolean      visible)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (visible)
    ensure_side_panel (self);
  visible = visible && self->side_panel != NULL;
  adw_flap_set_reveal_flap (self->flap, visible);
  _ds_reader_page_set_claims_state (self, visible);
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

  _ds_reader_page_apply_text_scale (self);
  /* Keep the same text at the top while the layout grows or shrinks. */
  if (self->essay != NULL)
    _ds_reader_page_scroll_to (self, top, 0);
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
  _ds_reader_page_apply_text_scale (self);
}

static void
ds_reader_page_dispose (GObject *object)
{
  DsReaderPage *self = DS_READER_PAGE (object);
  GtkWidget *child;

  if (self->save_id != 0)
    ds_reader_page_save_position (self);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->scrolled_window != NULL)
    remove_pending_tick (self);
  if (self->title_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->title_tick_id);
  self->title_tick_id = 0;

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
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, flap);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, DsReaderPage, side_slot);

  gtk_widget_class_set_css_name (widget_class, "readerpage");
}

static void
setup_controllers (DsReaderPage *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scrolled_window), key);

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scrolled_window), scroll);
}

/* The title scrolls with the text: an overlay in the text view's top
 * margin (place_title ()). It is not part of the buffer, whose text is
 * the essay's exactly, offset for offset. */
static void
setup_title (DsReaderPage *self)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (label, 0);
  gtk_label_set_selectable (label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (label), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (label), "reader-title");
  self->title_label = label;
  gtk_widget_set_layout_manager (holder, gtk_custom_layout_new (NULL, title_holder_measure,
                                                                title_holder_allocate));
  gtk_box_append (GTK_BOX (holder), GTK_WIDGET (label));
  _ds_text_view_add_overlay (self->text_view, holder, SIDE_MARGIN, 0);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled_window),
                           "notify::page-size", G_CALLBACK (view_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "notify::page-size", G_CALLBACK (view_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
ds_reader_page_init (DsReaderPage *self)
{
  GtkAdjustment *adj;

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_title (self);
  /* GtkSearchBar's own close button is an icon without a name. */
  _ds_widget_name_descendant (GTK_WIDGET (self->search_bar), GTK_TYPE_BUTTON,
                              "window-close-symbolic", _("Close Find"));

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->current_match = -1;
  _ds_reader_page_create_tags (self);
  _ds_reader_page_apply_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (_ds_reader_page_apply_colors), self, G_CONNECT_SWAPPED);

  _ds_reader_page_actions_init (self);

  adj = vadjustment (self);
  g_signal_connect_object (adj, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adj, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (_ds_reader_page_search_mode_cb), self, G_CONNECT_SWAPPED);
  setup_controllers (self);
}

void
ds_reader_page_set_back_to_card (DsReaderPage *self,
                                 gboolean      shown)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  gtk_revealer_set_reveal_child (self->back_revealer, shown);
}

gboolean
ds_reader_page_get_back_to_card (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), FALSE);

  return gtk_revealer_get_reveal_child (self->back_revealer);
}

DsReaderPage *
ds_reader_page_new (DsSettings *settings)
{
  g_return_val_if_fail (settings == NULL || DS_IS_SETTINGS (settings), NULL);

  return g_object_new (DS_TYPE_READER_PAGE, "settings", settings, NULL);
}
