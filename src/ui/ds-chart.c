/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsChart"

#include "config.h"

#include "ds-chart.h"

#define MIN_HEIGHT 140
#define BAR_GAP 2
#define LABEL_GAP 4
/* Room between the plot and the widget's edges (it sits on a card). */
#define PADDING 12

struct _DsChart
{
  GtkWidget  parent_instance;

  GArray    *values;   /* guint */
  GPtrArray *labels;   /* char *, NULL for none */
  int        highlight;
  char      *title;
  char      *summary;
};

G_DEFINE_FINAL_TYPE (DsChart, ds_chart, GTK_TYPE_WIDGET)

guint
ds_chart_get_max (DsChart *self)
{
  guint max = 0;

  g_return_val_if_fail (DS_IS_CHART (self), 0);

  for (guint i = 0; i < self->values->len; i++)
    max = MAX (max, g_array_index (self->values, guint, i));
  return max;
}

static void
theme_colors (DsChart *self,
              GdkRGBA *fg,
              GdkRGBA *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  /* The text colour follows light and dark styles; the accent colour is
   * libadwaita's, with the text colour as a fallback. */
  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    *accent = *fg;
}

static int
text_height (DsChart *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* Draws @text at @x (kept inside @max_x) and returns where it ends, or
 * @min_x when it would start before @min_x (the end of the previous label)
 * and is left out instead of overlapping it. */
static float
draw_text (DsChart       *self,
           GtkSnapshot   *snapshot,
           const char    *text,
           float          x,
           float          y,
           float          min_x,
           float          max_x,
           const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  /* Keep labels inside the widget: shift left at the right edge. */
  x = MAX (0, MIN (x, max_x - width));
  if (x < min_x)
    return min_x;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  return x + width + LABEL_GAP;
}

static void
ds_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  DsChart *self = DS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int line = text_height (self);
  guint n = self->values->len;
  guint max = ds_chart_get_max (self);
  float top = line + LABEL_GAP;
  float bottom = height - line - LABEL_GAP;
  float plot = bottom - top;
  float slot;
  GdkRGBA fg, accent, bar, axis;
  g_autofree char *max_text = NULL;
  float label_end = 0;

  if (n == 0 || plot <= 0 || width <= 2 * PADDING)
    return;

  /* Draw inside the padding: the chart sits on a rounded card. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PADDING, PADDING));
  width -= 2 * PADDING;
  bottom -= 2 * PADDING;
  plot = bottom - top;

  theme_colors (self, &fg, &accent);
  bar = fg;
  bar.alpha *= 0.45;
  axis = fg;
  axis.alpha *= 0.25;
  slot = (float) width / n;

  /* The scale: a line at the largest value, labelled. */
  max_text = g_strdup_printf ("%u", max);
  draw_text (self, snapshot, max_text, 0, 0, 0, width, &fg);
  gtk_snapshot_append_color (snapshot, &axis, &GRAPHENE_RECT_INIT (0, top, width, 1));
  gtk_snapshot_append_color (snapshot, &axis, &GRAPHENE_RECT_INIT (0, bottom, width, 1));

  for (guint i = 0; i < n; i++)
    {
      guint value = g_array_index (self->values, guint, i);
      float h = max > 0 ? plot * value / max : 0;
      const char *label = g_ptr_array_index (self->labels, i);

      /* A zero is a hairline, so that an empty day still reads as a day. */
      if (value > 0)
        gtk_snapshot_append_color (snapshot, (int) i == self->highlight ? &accent : &bar,
                                   &GRAPHENE_RECT_INIT (i * slot + BAR_GAP / 2.0, bottom - h,
                                                        MAX (1, slot - BAR_GAP), h));
      if (label != NULL && *label != '\0')
        {
          gtk_snapshot_append_color (snapshot, &axis,
                                     &GRAPHENE_RECT_INIT (i * slot + slot / 2, bottom, 1, LABEL_GAP));
          label_end = draw_text (self, snapshot, label, i * slot, bottom + LABEL_GAP,
                                 label_end, width, &fg);
        }
    }
  gtk_snapshot_restore (snapshot);
}

static void
ds_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  DsChart *self = DS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (self->values->len * 3, 60);
      *natural = MAX (self->values->len * 16, 200);
    }
  else
    {
      *minimum = MAX (MIN_HEIGHT, 2 * (text_height (self) + LABEL_GAP + PADDING) + 40);
      *natural = *minimum;
    }
}

static void
ds_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ds_chart_parent_class)->css_changed (widget, change);
  /* Light and dark styles swap the colours the bars are drawn in. */
  gtk_widget_queue_draw (widget);
}

static void
ds_chart_finalize (GObject *object)
{
  DsChart *self = DS_CHART (object);

  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (ds_chart_parent_class)->finalize (object);
}

static void
ds_chart_class_init (DsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_chart_finalize;
  widget_class->snapshot = ds_chart_snapshot;
  widget_class->measure = ds_chart_measure;
  widget_class->css_changed = ds_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_chart_init (DsChart *self)
{
  self->values = g_array_new (FALSE, TRUE, sizeof (guint));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->highlight = -1;
}

GtkWidget *
ds_chart_new (void)
{
  return g_object_new (DS_TYPE_CHART, NULL);
}

void
ds_chart_set_data (DsChart            *self,
                   const guint        *values,
                   guint               n_values,
                   const char * const *labels,
                   int                 highlight)
{
  g_return_if_fail (DS_IS_CHART (self));
  g_return_if_fail (values != NULL || n_values == 0);

  g_array_set_size (self->values, 0);
  g_ptr_array_set_size (self->labels, 0);
  g_array_append_vals (self->values, values, n_values);
  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (self->labels, labels && labels[i] ? g_strdup (labels[i]) : NULL);
  self->highlight = highlight;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
ds_chart_get_n_values (DsChart *self)
{
  g_return_val_if_fail (DS_IS_CHART (self), 0);

  return self->values->len;
}

guint
ds_chart_get_value (DsChart *self,
                    guint    index)
{
  g_return_val_if_fail (DS_IS_CHART (self), 0);
  g_return_val_if_fail (index < self->values->len, 0);

  return g_array_index (self->values, guint, index);
}

void
ds_chart_set_title (DsChart    *self,
                    const char *title)
{
  g_return_if_fail (DS_IS_CHART (self));

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "", -1);
}

void
ds_chart_set_summary (DsChart    *self,
                      const char *summary)
{
  g_return_if_fail (DS_IS_CHART (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary ? summary : "", -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
}

const char *
ds_chart_get_summary (DsChart *self)
{
  g_return_val_if_fail (DS_IS_CHART (self), NULL);

  return self->summary;
}
