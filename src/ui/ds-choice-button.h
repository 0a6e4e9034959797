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
typedef enum {
  DS_CHOICE_MARK_RIGHT,   /* the right option */
  DS_CHOICE_MARK_WRONG,   /* the wrong option the learner picked */
  DS_CHOICE_MARK_OTHER,   /* any other option */
} DsChoiceMark;

/* Once the answer shows: marks the option in words, an icon and a frame
 * (not by colour alone), and takes it out of reach of clicks and focus. */
void       ds_choice_button_mark      (DsChoiceButton *self,
                                       DsChoiceMark    mark);
/* The mark's words ("Right answer", "Your answer"), or NULL. */
const char *ds_choice_button_get_mark_text (DsChoiceButton *self);

G_END_DECLS
