/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsQrView"

#include "config.h"

#include "ds-qr.h"
#include "ds-qr-view.h"

/* Light modules around the code, as the QR standard asks. */
#define QUIET_ZONE 4

struct _DsQrView
{
  GtkWidget  parent_instance;

  char      *text;
  DsQrCode  *code;
};

G_DEFINE_FINAL_TYPE (DsQrView, ds_qr_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whole pixels per module, so that every module is as sharp as the
 * next; the code is centred in what is left. */
static void
ds_qr_view_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  DsQrView *self = DS_QR_VIEW (widget);
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };
  int side = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  guint size, modules, px;
  float x0, y0;

  if (self->code == NULL)
    return;
  size = ds_qr_code_get_size (self->code);
  modules = size + 2 * QUIET_ZONE;
  px = MAX (1, (guint) side / modules);
  x0 = (gtk_widget_get_width (widget) - (float) (px * modules)) / 2;
  y0 = (gtk_widget_get_height (widget) - (float) (px * modules)) / 2;

  gtk_snapshot_append_color (snapshot, &white,
                             &GRAPHENE_RECT_INIT (x0, y0, px * modules, px * modules));
  for (guint y = 0; y < size; y++)
    for (guint x = 0; x < size; x++)
      if (ds_qr_code_is_dark (self->code, x, y))
        gtk_snapshot_append_color (snapshot, &black,
                                   &GRAPHENE_RECT_INIT (x0 + (x + QUIET_ZONE) * px,
                                                        y0 + (y + QUIET_ZONE) * px,
                                                        px, px));
}

/* Square: as tall as it is wide. */
static GtkSizeRequestMode
ds_qr_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ds_qr_view_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  DsQrView *self = DS_QR_VIEW (widget);
  int modules = self->code ? (int) ds_qr_code_get_size (self->code) + 2 * QUIET_ZONE : 0;

  /* One pixel a module at the least, so that a code is never unreadable
   * for want of pixels. */
  *minimum = modules;
  *natural = MAX (modules, for_size);
}

static void
ds_qr_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, ds_qr_view_get_text (DS_QR_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_qr_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      ds_qr_view_set_text (DS_QR_VIEW (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_qr_view_finalize (GObject *object)
{
  DsQrView *self = DS_QR_VIEW (object);

  g_clear_pointer (&self->code, ds_qr_code_free);
  g_free (self->text);

  G_OBJECT_CLASS (ds_qr_view_parent_class)->finalize (object);
}

static void
ds_qr_view_class_init (DsQrViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_qr_view_finalize;
  object_class->get_property = ds_qr_view_get_property;
  object_class->set_property = ds_qr_view_set_property;
  widget_class->snapshot = ds_qr_view_snapshot;
  widget_class->measure = ds_qr_view_measure;
  widget_class->get_request_mode = ds_qr_view_get_request_mode;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "qrcode");
}

static void
ds_qr_view_init (DsQrView *self)
{
}

GtkWidget *
ds_qr_view_new (void)
{
  return g_object_new (DS_TYPE_QR_VIEW, NULL);
}

const char *
ds_qr_view_get_text (DsQrView *self)
{
  g_return_val_if_fail (DS_IS_QR_VIEW (self), NULL);
  return self->text;
}

void
ds_qr_view_set_text (DsQrView   *self,
                     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DS_IS_QR_VIEW (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->code, ds_qr_code_free);
  if (text != NULL && *text != '\0')
    {
      self->code = ds_qr_code_new_for_text (text, &error);
      if (self->code == NULL)
        g_warning ("%s", error->message);
    }
  /* What the code leads to, for a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text ? text : "", -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

guint
ds_qr_view_get_size (DsQrView *self)
{
  g_return_val_if_fail (DS_IS_QR_VIEW (self), 0);
  return self->code ? ds_qr_code_get_size (self->code) : 0;
}
