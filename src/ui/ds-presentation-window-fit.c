/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "ds-presentation-window-private.h"

/*
 * Fitting the projected type to the screen: the largest sizes at which the
 * current slide's text fits, measured the way GtkLabel lays it out, then
 * applied to the labels. The rest of the window is in
 * ds-presentation-window.c.
 */

/* Type sizes as fractions of the screen height. The question starts large
 * and shrinks to fit, down to its minimum (5 %), and further only if a very
 * long text would not fit otherwise: smaller type beats clipped type. */
#define QUESTION_START   0.075
#define QUESTION_MIN     0.05
#define QUESTION_MIN_PERCENT 5
#define ANSWER_MIN_PERCENT   4
#define ANSWER_RATIO     0.8     /* answers: 0.06 at the start */
#define SMALL_FRACTION   0.026
#define SMALLEST_PX      8

/* The attributes of the projected type: an absolute size, bold or not. */
static PangoAttrList *
font_attrs (int      px,
            gboolean bold)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (px * PANGO_SCALE));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  return attrs;
}

static void
set_label_font (GtkWidget *label,
                int        px,
                gboolean   bold)
{
  PangoAttrList *attrs = font_attrs (px, bold);

  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

/* A layout of @text in @label's context, in the projected type. */
static PangoLayout *
font_layout (GtkWidget  *label,
             const char *text,
             int         px,
             gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (label, text);
  PangoAttrList *attrs = font_attrs (px, bold);

  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* The height a label's text takes at a size and width, measured the way
 * GtkLabel lays it out. */
static int
measure_text (GtkWidget  *label,
              const char *text,
              int         px,
              gboolean    bold,
              int         width)
{
  g_autoptr(PangoLayout) layout = font_layout (label, text, px, bold);
  int height;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* A little narrower than the label: a line that only just fits is
   * counted as wrapped, so rounding in GTK can never add a line unseen. */
  pango_layout_set_width (layout, MAX (width - 2, 1) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
measure_width (GtkWidget  *label,
               const char *text,
               int         px,
               gboolean    bold)
{
  g_autoptr(PangoLayout) layout = font_layout (label, text, px, bold);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* @percent of @height in whole pixels, rounded up. */
static int
percent_up (int height,
            int percent)
{
  return (height * percent + 99) / 100;
}

static void
fonts_for_scale (Fonts *fonts,
                 int    height,
                 double question_fraction)
{
  fonts->question = MAX (SMALLEST_PX, (int) (height * question_fraction + 0.5));
  fonts->answer = MAX (SMALLEST_PX, (int) (fonts->question * ANSWER_RATIO + 0.5));
  /* "At least 5 % / 4 %" means whole pixels rounded up, not down. */
  if (question_fraction >= QUESTION_MIN)
    {
      fonts->question = MAX (fonts->question, percent_up (height, QUESTION_MIN_PERCENT));
      fonts->answer = MAX (fonts->answer, percent_up (height, ANSWER_MIN_PERCENT));
    }
  fonts->small = MAX (12, (int) (height * SMALL_FRACTION + 0.5));
  fonts->countdown = (int) (fonts->small * 1.3 + 0.5);
  /* The countdown's seconds lead the top line while they run. */
  fonts->timer = MAX (fonts->countdown, fonts->answer);
  fonts->count = MAX (fonts->small, fonts->answer * 7 / 10);
  fonts->spacing = MAX (4, fonts->answer / 3);
  /* The option columns' widths are measured in measure_columns(). */
  /* Thin: the number beside it carries the count, the bar the shape. */
  fonts->bar_height = MAX (4, fonts->answer / 6);
}

static int
margin_x (int width)
{
  return width / 20;
}

static int
margin_y (int height)
{
  return height / 30;
}

/* The widths of the letter, count and check-mark columns beside an option,
 * measured rather than guessed: a column narrower than its text would take
 * the difference from the option's text and add a line. */
static void
measure_columns (DsPresentationWindow *self,
                 Fonts                *fonts)
{
  GtkWidget *label = self->question_label;
  g_autofree char *count = _ds_presentation_count_sample (self);

  fonts->letter_width = MAX (fonts->answer * 7 / 5,
                             measure_width (label, "W", fonts->answer, TRUE) + 4 * LETTER_BORDER);
  /* Room for three digits (999 hands is a lecture hall), and with class
   * live for a share too. */
  fonts->count_width = measure_width (label, count, fonts->count, TRUE) + 2;
  fonts->marker_width = MAX (fonts->answer, measure_width (label, "✓", fonts->answer, TRUE) + 2);
  fonts->number_width = self->item_rows->len >= 10 ? measure_width (label, "88.", fonts->answer, FALSE)
                                                   : measure_width (label, "8.", fonts->answer, FALSE);
}

static int
choice_text_width (const Fonts *fonts,
                   int          body_width)
{
  return body_width - fonts->letter_width - fonts->count_width - fonts->marker_width
         - 3 * fonts->spacing;
}

/* An item's text takes the width its number leaves. */
static int
item_text_width (const ItemRow *item,
                 const Fonts   *fonts,
                 int            body_width)
{
  if (item->number == NULL)
    return body_width;
  return body_width - fonts->number_width - fonts->answer / 3;
}

static int
measure_body (DsPresentationWindow *self,
              const Fonts          *fonts,
              int                   width)
{
  int height = 0;
  int n_children = 0;
  int item_spacing = fonts->answer / 4;

  height += measure_text (self->question_label,
                          gtk_label_get_text (GTK_LABEL (self->question_label)),
                          fonts->question, TRUE, width);
  n_children++;

  if (self->item_rows->len > 0)
    {
      for (guint i = 0; i < self->item_rows->len; i++)
        {
          ItemRow *item = &g_array_index (self->item_rows, ItemRow, i);

          height += measure_text (item->text, gtk_label_get_text (GTK_LABEL (item->text)),
                                  fonts->answer, FALSE, item_text_width (item, fonts, width));
        }
      height += item_spacing * (self->item_rows->len - 1);
      n_children++;
    }

  if (self->choice_rows->len > 0)
    {
      int text_width = choice_text_width (fonts, width);

      for (guint i = 0; i < self->choice_rows->len; i++)
        {
          ChoiceRow *row = &g_array_index (self->choice_rows, ChoiceRow, i);
          int text_h = measure_text (row->text, gtk_label_get_text (GTK_LABEL (row->text)),
                                     fonts->answer, FALSE, text_width);
          int letter_h = measure_text (row->letter, "A", fonts->answer, TRUE, G_MAXINT / PANGO_SCALE)
                         + 2 * LETTER_BORDER;
          int count_h = measure_text (row->count, "000", fonts->count, TRUE, G_MAXINT / PANGO_SCALE);

          height += MAX (MAX (text_h, letter_h), count_h) + fonts->bar_height;
        }
      height += item_spacing * (self->choice_rows->len - 1);
      n_children++;
    }

  if (gtk_widget_get_visible (self->answer_label))
    {
      height += measure_text (self->answer_label,
                              gtk_label_get_text (GTK_LABEL (self->answer_label)),
                              fonts->answer, FALSE, width);
      n_children++;
    }

  return height + fonts->spacing * (n_children - 1);
}

static void
apply_fonts (DsPresentationWindow *self,
             const Fonts          *fonts)
{
  int item_spacing = fonts->answer / 4;

  set_label_font (self->question_label, fonts->question, TRUE);
  set_label_font (self->answer_label, fonts->answer, FALSE);
  set_label_font (self->corner_label, fonts->small, FALSE);
  set_label_font (self->counter_label, fonts->small, FALSE);
  set_label_font (self->countdown_label, fonts->timer, TRUE);
  set_label_font (self->digits_label, fonts->countdown, TRUE);
  gtk_box_set_spacing (GTK_BOX (self->body), fonts->spacing);
  gtk_box_set_spacing (GTK_BOX (self->items_box), item_spacing);
  gtk_box_set_spacing (GTK_BOX (self->choices_box), item_spacing);
  gtk_box_set_spacing (GTK_BOX (self->top_bar), fonts->spacing);
  _ds_presentation_live_apply_fonts (self, fonts);

  for (guint i = 0; i < self->item_rows->len; i++)
    {
      ItemRow *item = &g_array_index (self->item_rows, ItemRow, i);

      set_label_font (item->text, fonts->answer, FALSE);
      if (item->number == NULL)
        continue;
      set_label_font (item->number, fonts->answer, FALSE);
      gtk_widget_set_size_request (item->number, fonts->number_width, -1);
      gtk_box_set_spacing (GTK_BOX (item->row), fonts->answer / 3);
    }
  set_label_font (self->tally_corner, fonts->small, TRUE);

  for (guint i = 0; i < self->choice_rows->len; i++)
    {
      ChoiceRow *row = &g_array_index (self->choice_rows, ChoiceRow, i);

      set_label_font (row->letter, fonts->answer, TRUE);
      set_label_font (row->text, fonts->answer, FALSE);
      set_label_font (row->marker, fonts->answer, TRUE);
      set_label_font (row->count, fonts->count, TRUE);
      gtk_widget_set_size_request (row->letter, fonts->letter_width, -1);
      gtk_widget_set_size_request (row->count, fonts->count_width, -1);
      gtk_widget_set_size_request (row->marker, fonts->marker_width, -1);
      gtk_widget_set_size_request (row->bar, -1, fonts->bar_height);
      gtk_box_set_spacing (GTK_BOX (row->row), fonts->spacing);
      gtk_widget_set_margin_start (row->bar_row, fonts->letter_width + fonts->spacing);
      gtk_widget_set_margin_end (row->bar_row, fonts->count_width + fonts->spacing);
    }
}

/* The countdown's seconds keep one width, so that the corner text does
 * not move when they appear or change. */
static int
countdown_width (DsPresentationWindow *self,
                 const Fonts          *fonts)
{
  return MAX (measure_width (self->countdown_label, _("Paused, 888 s"), fonts->timer, TRUE),
              measure_width (self->countdown_label, _("Time is up"), fonts->timer, TRUE));
}

/* The space the slide body may take: the window less its margins, the
 * corner line and the countdown line. */
static int
available_height (DsPresentationWindow *self,
                  const Fonts          *fonts,
                  int                   width,
                  int                   height)
{
  const char *counter = gtk_label_get_text (GTK_LABEL (self->counter_label));
  const char *longest = _("Paused, 888 s");
  int counter_w = measure_width (self->counter_label, counter, fonts->small, FALSE);
  int countdown_w = countdown_width (self, fonts);
  int corner_h = measure_text (self->corner_label,
                               gtk_label_get_text (GTK_LABEL (self->corner_label)),
                               fonts->small, FALSE,
                               width - counter_w - countdown_w - 2 * fonts->spacing);
  int countdown_h = measure_text (self->countdown_label, longest, fonts->timer, TRUE,
                                  G_MAXINT / PANGO_SCALE);
  int corner_count_h = 0;

  /* The running count in the corner sits below the slide, not over it. */
  if (_ds_presentation_window_tally_corner_wanted (self))
    corner_count_h = measure_text (self->tally_corner, "A 8", fonts->small, TRUE,
                                   G_MAXINT / PANGO_SCALE);

  /* A little slack for rounding between measuring and layout. */
  return (height - 2 * margin_y (height) - MAX (corner_h, countdown_h)
          - fonts->spacing - corner_count_h
          - _ds_presentation_live_reserve (self, fonts)) * 99 / 100;
}

/* What one measurement found: the body's height and the room for it. */
typedef struct {
  int body;
  int room;
} Measured;

static gboolean
fits_at (DsPresentationWindow *self,
         int                   height,
         int                   body_width,
         int                   question_px,
         Fonts                *fonts,
         Measured             *measured)
{
  fonts_for_scale (fonts, height, (double) question_px / height);
  measure_columns (self, fonts);
  measured->body = measure_body (self, fonts, body_width);
  measured->room = available_height (self, fonts, body_width, height);
  return measured->body <= measured->room;
}

/*
 * The largest type at which the slide fits @body_width × the height left:
 * the starting size when it fits (most slides), else a bisection over the
 * question's pixel size, since every measurement lays the whole slide out
 * with HarfBuzz. Smaller type never takes more room, so the search holds.
 */
static void
find_fonts (DsPresentationWindow *self,
            int                   height,
            int                   body_width,
            Fonts                *fonts,
            Measured             *m)
{
  int fitting = SMALLEST_PX;
  int too_big = MAX (SMALLEST_PX + 1, (int) (height * QUESTION_START + 0.5));

  if (fits_at (self, height, body_width, too_big, fonts, m))
    return;
  /* The minimum is tried first: a slide of ordinary length fits there. */
  if (percent_up (height, QUESTION_MIN_PERCENT) < too_big &&
      fits_at (self, height, body_width, percent_up (height, QUESTION_MIN_PERCENT), fonts, m))
    fitting = percent_up (height, QUESTION_MIN_PERCENT);
  else if (percent_up (height, QUESTION_MIN_PERCENT) < too_big)
    too_big = percent_up (height, QUESTION_MIN_PERCENT);
  while (too_big - fitting > 1)
    {
      int mid = (fitting + too_big) / 2;

      if (fits_at (self, height, body_width, mid, fonts, m))
        fitting = mid;
      else
        too_big = mid;
    }
  fits_at (self, height, body_width, fitting, fonts, m);
}

static void
apply_margins (DsPresentationWindow *self,
               int                   width,
               int                   height,
               const Measured       *m,
               const Fonts          *fonts)
{
  /* Centred (a little above the middle) by a margin computed from the
   * same measurement, rather than by valign: near a line break GtkLabel's
   * own measure and its layout can disagree by a line, and centring on the
   * smaller figure would push the larger text off the screen. */
  gtk_widget_set_margin_top (self->body, MAX (0, m->room - m->body) * 2 / 5);
  gtk_widget_set_margin_start (self->content, margin_x (width));
  gtk_widget_set_margin_end (self->content, margin_x (width));
  gtk_widget_set_margin_top (self->content, margin_y (height));
  gtk_widget_set_margin_bottom (self->content, margin_y (height));
  gtk_box_set_spacing (GTK_BOX (self->content), fonts->spacing);
}

static void
apply_countdown_size (DsPresentationWindow *self,
                      int                   width,
                      int                   height,
                      const Fonts          *fonts)
{
  gtk_widget_set_size_request (self->countdown_label, countdown_width (self, fonts), -1);
  /* A thick bar, shrinking along the foot of the screen, in the margin. */
  gtk_widget_set_size_request (self->countdown_bar, -1, MAX (6, margin_y (height) * 3 / 4));
  gtk_widget_set_margin_start (self->countdown_bar, margin_x (width));
  gtk_widget_set_margin_end (self->countdown_bar, margin_x (width));
  gtk_widget_set_margin_bottom (self->countdown_bar, margin_y (height) / 8);
  gtk_widget_set_margin_end (self->tally_corner, margin_x (width));
  gtk_widget_set_margin_bottom (self->tally_corner, margin_y (height));
}

void
_ds_presentation_window_fit (DsPresentationWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int body_width;
  Fonts fonts;
  Measured measured;

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  if (width <= 0 || height <= 0 || self->built_index < 0)
    return;

  body_width = width - 2 * margin_x (width);
  find_fonts (self, height, body_width, &fonts, &measured);
  g_debug ("fit %dx%d slide %d: question %d px, answers %d px, body %d of %d px",
           width, height, self->built_index, fonts.question, fonts.answer,
           measured.body, measured.room);

  apply_margins (self, width, height, &measured, &fonts);
  apply_fonts (self, &fonts);
  apply_countdown_size (self, width, height, &fonts);

  self->fonts = fonts;
  self->fit_width = width;
  self->fit_height = height;
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  DsPresentationWindow *self = user_data;

  self->fit_idle_id = 0;
  _ds_presentation_window_fit (self);
  return G_SOURCE_REMOVE;
}

void
_ds_presentation_window_queue_fit (DsPresentationWindow *self)
{
  self->fit_width = self->fit_height = 0;
  if (self->fit_idle_id == 0)
    self->fit_idle_id = g_idle_add (fit_idle_cb, self);
}
