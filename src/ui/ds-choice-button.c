/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsChoiceButton"

#include "config.h"

#include "ds-choice-button.h"

struct _DsChoiceButton
{
  GtkButton  parent_instance;

  guint      index;

  /* Template children. */
  GtkBox    *box;
  GtkLabel  *key_label;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (DsChoiceButton, ds_choice_button, GTK_TYPE_BUTTON)

static void
ds_choice_button_class_init (DsChoiceButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-choice-button.ui");
  gtk_widget_class_bind_template_child (widget_class, DsChoiceButton, box);
  gtk_widget_class_bind_template_child (widget_class, DsChoiceButton, key_label);
  gtk_widget_class_bind_template_child (widget_class, DsChoiceButton, text_label);
}

static void
ds_choice_button_init (DsChoiceButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ds_choice_button_new (guint       index,
                      const char *text)
{
  DsChoiceButton *self = g_object_new (DS_TYPE_CHOICE_BUTTON, NULL);
  char key[2] = { 'A' + index, '\0' };
  g_autofree char *accessible = g_strdup_printf ("%s: %s", key, text);

  self->index = index;
  gtk_label_set_text (self->key_label, key);
  gtk_label_set_text (self->text_label, text);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "i", (gint32) index);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return GTK_WIDGET (self);
}

guint
ds_choice_button_get_index (DsChoiceButton *self)
{
  g_return_val_if_fail (DS_IS_CHOICE_BUTTON (self), 0);

  return self->index;
}

void
ds_choice_button_mark (DsChoiceButton *self,
                       gboolean        right)
{
  GtkWidget *image;

  g_return_if_fail (DS_IS_CHOICE_BUTTON (self));

  image = gtk_image_new_from_icon_name (right ? "emblem-ok-symbolic" : "window-close-symbolic");
  gtk_widget_add_css_class (image, right ? "success" : "error");
  gtk_box_append (self->box, image);
  gtk_widget_add_css_class (GTK_WIDGET (self), right ? "study-choice-right" : "study-choice-wrong");
}
