/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsLiveJoin"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-live-join.h"
#include "ds-qr-view.h"

/* Sizes as fractions of the screen's height: the code is read at a
 * glance, the address typed letter by letter. */
#define QR_FRACTION      0.72
#define TITLE_FRACTION   0.065
#define TEXT_FRACTION    0.04
#define ADDRESS_FRACTION 0.05
#define CODE_FRACTION    0.14

struct _DsLiveJoin
{
  AdwBin     parent_instance;

  GtkWidget *qr;
  GtkWidget *text_box;
  GtkWidget *title_label;
  GtkWidget *open_label;
  GtkWidget *address_label;
  GtkWidget *code_caption;
  GtkWidget *code_label;
  GtkWidget *joined_label;
};

G_DEFINE_FINAL_TYPE (DsLiveJoin, ds_live_join, ADW_TYPE_BIN)

static void
set_font (GtkWidget *label,
          int        px,
          gboolean   bold)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (MAX (8, px) * PANGO_SCALE));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

/* The width beside the code is what is left of the screen: the address
 * wraps there rather than running off it. */
void
ds_live_join_set_screen_size (DsLiveJoin *self,
                              int         width,
                              int         height)
{
  /* On a 4:3 projector the code leaves the text half the width. */
  int qr = MIN ((int) (height * QR_FRACTION), width * 9 / 20);
  int gap = height / 20;

  g_return_if_fail (DS_IS_LIVE_JOIN (self));

  gtk_widget_set_size_request (self->qr, qr, qr);
  /* The top box has no id: AdwBin, not the template, gives it up. */
  gtk_box_set_spacing (GTK_BOX (adw_bin_get_child (ADW_BIN (self))), gap);
  gtk_box_set_spacing (GTK_BOX (self->text_box), height / 60);
  gtk_widget_set_size_request (self->text_box, MAX (1, MIN (width - qr - 3 * gap, width * 9 / 20)), -1);
  set_font (self->title_label, (int) (height * TITLE_FRACTION), TRUE);
  set_font (self->open_label, (int) (height * TEXT_FRACTION), FALSE);
  set_font (self->address_label, (int) (height * ADDRESS_FRACTION), TRUE);
  set_font (self->code_caption, (int) (height * TEXT_FRACTION), FALSE);
  set_font (self->code_label, (int) (height * CODE_FRACTION), TRUE);
  set_font (self->joined_label, (int) (height * TEXT_FRACTION), FALSE);
}

static void
ds_live_join_dispose (GObject *object)
{
  DsLiveJoin *self = DS_LIVE_JOIN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_LIVE_JOIN);

  G_OBJECT_CLASS (ds_live_join_parent_class)->dispose (object);
}

static void
ds_live_join_class_init (DsLiveJoinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_live_join_dispose;

  g_type_ensure (DS_TYPE_QR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-live-join.ui");
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, qr);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, text_box);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, open_label);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, address_label);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, code_caption);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, code_label);
  gtk_widget_class_bind_template_child (widget_class, DsLiveJoin, joined_label);
}

static void
ds_live_join_init (DsLiveJoin *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ds_live_join_set_joined (self, 0);
}

GtkWidget *
ds_live_join_new (void)
{
  return g_object_new (DS_TYPE_LIVE_JOIN, NULL);
}

void
ds_live_join_set_address (DsLiveJoin *self,
                          const char *url,
                          const char *display_url,
                          const char *code)
{
  g_return_if_fail (DS_IS_LIVE_JOIN (self));

  ds_qr_view_set_text (DS_QR_VIEW (self->qr), url);
  gtk_label_set_text (GTK_LABEL (self->address_label), display_url ? display_url : "");
  gtk_label_set_text (GTK_LABEL (self->code_label), code ? code : "");
}

void
ds_live_join_set_joined (DsLiveJoin *self,
                         guint       n_joined)
{
  g_autofree char *text = NULL;

  g_return_if_fail (DS_IS_LIVE_JOIN (self));

  /* Translators: students whose phones have joined the class quiz */
  text = g_strdup_printf (ngettext ("%u has joined", "%u have joined", n_joined), n_joined);
  gtk_label_set_text (GTK_LABEL (self->joined_label), text);
}

const char *
ds_live_join_get_url (DsLiveJoin *self)
{
  g_return_val_if_fail (DS_IS_LIVE_JOIN (self), NULL);
  return ds_qr_view_get_text (DS_QR_VIEW (self->qr));
}

const char *
ds_live_join_get_address (DsLiveJoin *self)
{
  g_return_val_if_fail (DS_IS_LIVE_JOIN (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->address_label));
}

const char *
ds_live_join_get_code (DsLiveJoin *self)
{
  g_return_val_if_fail (DS_IS_LIVE_JOIN (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->code_label));
}
