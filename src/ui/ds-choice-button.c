/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsChoiceButton"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-choice-button.h"

struct _DsChoiceButton
{
  GtkButton  parent_instance;

  guint      index;
  char      *text;
  GtkWidget *mark_label;

  /* Template children. */
  GtkBox    *box;
  GtkLabel  *key_label;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (DsChoiceButton, ds_choice_button, GTK_TYPE_BUTTON)

static void
ds_choice_button_finalize (GObject *object)
{
  DsChoiceButton *self = DS_CHOICE_BUTTON (object);

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (ds_choice_button_parent_class)->finalize (object);
}

static void
ds_choice_button_class_init (DsChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_choice_button_finalize;

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
  self->text = g_strdup (text);
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

static GtkWidget *
mark_box (DsChoiceMark mark,
          GtkWidget  **label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (mark == DS_CHOICE_MARK_RIGHT ? "emblem-ok-symbolic"
                                                                               : "window-close-symbolic");

  *label = gtk_label_new (mark == DS_CHOICE_MARK_RIGHT ? _("Right answer") : _("Your answer"));
  gtk_widget_add_css_class (*label, "heading");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  /* Clear of the frame drawn around a marked option. */
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), *label);
  gtk_widget_add_css_class (box, mark == DS_CHOICE_MARK_RIGHT ? "success" : "error");
  return box;
}

void
ds_choice_button_mark (DsChoiceButton *self,
                       DsChoiceMark    mark)
{
  static const char *classes[] = { "study-choice-right", "study-choice-wrong", "study-choice-other" };
  g_autofree char *accessible = NULL;
  char key[2] = { 'A' + self->index, '\0' };

  g_return_if_fail (DS_IS_CHOICE_BUTTON (self));
  g_return_if_fail (mark <= DS_CHOICE_MARK_OTHER);

  /* Not greyed out (insensitive) like a control that does not apply: the
   * options stay legible, only clicks and focus pass them by. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), classes[mark]);
  if (mark == DS_CHOICE_MARK_OTHER || self->mark_label != NULL)
    return;

  gtk_box_append (self->box, mark_box (mark, &self->mark_label));
  /* Translators: a multiple-choice option once answered, for screen
   * readers: "B: 1955, right answer". */
  accessible = g_strdup_printf (_("%s: %s, %s"), key, self->text,
                                gtk_label_get_text (GTK_LABEL (self->mark_label)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

const char *
ds_choice_button_get_mark_text (DsChoiceButton *self)
{
  g_return_val_if_fail (DS_IS_CHOICE_BUTTON (self), NULL);

  return self->mark_label ? gtk_label_get_text (GTK_LABEL (self->mark_label)) : NULL;
}
