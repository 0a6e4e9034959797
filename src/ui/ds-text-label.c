/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-text-label.h"

/**
 * ds_text_label_new:
 * @text: text from an essay or a card
 * @css_class: (nullable): a style class to add
 *
 * A start-aligned label that wraps between words, or inside a word too
 * long for the line, so that no text is ever cut off. The text is set as
 * text: essay and card text is never parsed as markup.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
ds_text_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}
