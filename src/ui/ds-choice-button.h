/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * One option of a multiple-choice card on the Study page: its letter and
 * its text; clicking it picks it (study.pick(i)). Once the answer shows it
 * is marked right or wrong.
 */
#define DS_TYPE_CHOICE_BUTTON (ds_choice_button_get_type ())
G_DECLARE_FINAL_TYPE (DsChoiceButton, ds_choice_button, DS, CHOICE_BUTTON, GtkButton)

/* @text is text, never markup. */
GtkWidget *ds_choice_button_new       (guint           index,
                                       const char     *text);
guint      ds_choice_button_get_index (DsChoiceButton *self);
/* Shows that the option is the right one, or the wrong one picked. */
void       ds_choice_button_mark      (DsChoiceButton *self,
                                       gboolean        right);

G_END_DECLS
