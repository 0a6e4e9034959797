/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-presentation-window.h"

G_BEGIN_DECLS

/* Shared by ds-presentation-window.c, ds-presentation-window-fit.c,
 * ds-presentation-window-actions.c, ds-presentation-start.c and the
 * presenter view. */

#define LETTER_BORDER    3       /* px, around the A–D letters */

typedef struct {
  GtkWidget *row;
  GtkWidget *letter;
  GtkWidget *text;
  GtkWidget *marker;
  GtkWidget *bar_row;
  GtkWidget *bar;
  GtkWidget *count;
} ChoiceRow;

typedef struct {
  int question;
  int answer;
  int small;
  int countdown;
  int count;
  int spacing;
  int letter_width;
  int count_width;
  int marker_width;
  int bar_height;
} Fonts;

struct _DsPresentationWindow
{
  GtkWindow            parent_instance;

  GtkWidget           *content;
  GtkWidget           *top_bar;
  GtkWidget           *corner_label;
  GtkWidget           *counter_label;
  GtkWidget           *body;
  GtkWidget           *question_label;
  GtkWidget           *items_box;
  GtkWidget           *choices_box;
  GtkWidget           *answer_label;
  GtkWidget           *countdown_bar;
  GtkWidget           *countdown_label;
  GtkWidget           *digits_label;
  GtkWidget           *blank_box;

  DsQuizRun           *run;
  DsPresentationTheme  theme;
  GtkWindow           *parent;       /* weak */
  GtkWindow           *presenter;    /* owned: destroyed with us */

  GPtrArray           *item_labels;
  GArray              *choice_rows;  /* ChoiceRow */
  int                  built_index;  /* the slide the widgets show, or -1 */

  Fonts                fonts;
  int                  fit_width;
  int                  fit_height;
  guint                fit_idle_id;
  guint                tick_id;

  gint64               last_motion_us;
  gboolean             cursor_hidden;
  gboolean             leaving;
};

/* ds-presentation-window-fit.c: sizes the type for the current slide now,
 * or once the main loop is idle. */
void _ds_presentation_window_fit         (DsPresentationWindow *self);
void _ds_presentation_window_queue_fit   (DsPresentationWindow *self);

/* The window to return to (weak) and the presenter view (owned, destroyed
 * with the audience view); either may be NULL. */
void _ds_presentation_window_set_session (DsPresentationWindow *self,
                                          GtkWindow            *parent,
                                          GtkWindow            *presenter);

/* ds-presentation-window-actions.c: the present.* actions. The audience
 * view installs them with @hand_on NULL; the presenter view installs the
 * same names with a @hand_on that passes each to the audience view. */
void _ds_presentation_class_actions_init (GtkWidgetClass              *widget_class,
                                          GtkWidgetActionActivateFunc  hand_on);

G_END_DECLS
