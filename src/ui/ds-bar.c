/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsBar"

#include "config.h"

#include "ds-bar.h"

struct _DsBar
{
  GtkWidget  parent_instance;

  int        permille;
  GdkRGBA    color;
};

G_DEFINE_FINAL_TYPE (DsBar, ds_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_bar_snapshot (GtkWidget   *widget,
                 GtkSnapshot *snapshot)
{
  DsBar *self = DS_BAR (widget);
  double width = gtk_widget_get_width (widget) * self->permille / 1000.0;

  gtk_snapshot_append_color (snapshot, &self->color,
                             &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
}

static void
ds_bar_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, ds_bar_get_fraction (DS_BAR (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_bar_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FRACTION:
      ds_bar_set_fraction (DS_BAR (object), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_bar_class_init (DsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ds_bar_get_property;
  object_class->set_property = ds_bar_set_property;
  widget_class->snapshot = ds_bar_snapshot;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READWRITE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bar");
}

static void
ds_bar_init (DsBar *self)
{
}

GtkWidget *
ds_bar_new (void)
{
  return g_object_new (DS_TYPE_BAR, NULL);
}

double
ds_bar_get_fraction (DsBar *self)
{
  g_return_val_if_fail (DS_IS_BAR (self), 0);

  return self->permille / 1000.0;
}

void
ds_bar_set_fraction (DsBar  *self,
                     double  fraction)
{
  int permille;

  g_return_if_fail (DS_IS_BAR (self));

  permille = (int) (CLAMP (fraction, 0.0, 1.0) * 1000 + 0.5);
  if (permille == self->permille)
    return;
  self->permille = permille;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

void
ds_bar_set_color (DsBar         *self,
                  const GdkRGBA *color)
{
  g_return_if_fail (DS_IS_BAR (self));
  g_return_if_fail (color != NULL);

  if (gdk_rgba_equal (&self->color, color))
    return;
  self->color = *color;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
