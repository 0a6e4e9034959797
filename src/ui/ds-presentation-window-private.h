/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-presentation-window.h"
#include "ds-quiz-live.h"

G_BEGIN_DECLS

/* Shared by ds-presentation-window.c, ds-presentation-window-fit.c,
 * ds-presentation-window-actions.c, ds-presentation-start.c,
 * ds-presentation-live.c and the presenter view. */

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
  GtkWidget *row;
  GtkWidget *number;   /* "1." or NULL */
  GtkWidget *text;
} ItemRow;

typedef struct {
  int question;
  int answer;
  int small;
  int countdown;
  int timer;          /* the countdown's seconds: large, as quiz tools show them */
  int count;
  int spacing;
  int letter_width;
  int count_width;
  int marker_width;
  int number_width;   /* the widest item number, "12." */
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
  GtkWidget           *live_join;
  GtkWidget           *live_row;
  GtkWidget           *live_address_label;
  GtkWidget           *live_count_label;
  GtkWidget           *tally_corner;

  DsQuizRun           *run;
  DsPresentationTheme  theme;
  GtkWindow           *parent;       /* weak */
  GtkWindow           *presenter;    /* owned: destroyed with us */

  GArray              *item_rows;    /* ItemRow */
  GArray              *choice_rows;  /* ChoiceRow */
  int                  built_index;  /* the slide the widgets show, or -1 */

  Fonts                fonts;
  int                  fit_width;
  int                  fit_height;
  guint                fit_idle_id;
  guint                tick_id;

  DsQuizLive          *live;         /* NULL until class live is first started */
  GtkNativeDialog     *live_chooser; /* "Export Results…" while it is open */

  gint64               last_motion_us;
  gboolean             cursor_hidden;
  gboolean             leaving;
  gboolean             tally_corner_hidden;
};

/* Builds the current slide again (what it shows changed, not the run). */
void _ds_presentation_window_rebuild     (DsPresentationWindow *self);
/* The running count in a corner of a single screen: shown or hidden (H). */
void _ds_presentation_window_toggle_tally_corner (DsPresentationWindow *self);
/* Whether that count shows on the current slide; the fit keeps room for it. */
gboolean _ds_presentation_window_tally_corner_wanted (DsPresentationWindow *self);

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

/* ds-presentation-live.c: class live on the audience view (the join
 * screen, the joined and answered counts, the summary, the export). */
void     _ds_presentation_live_class_init    (GtkWidgetClass       *widget_class);
void     _ds_presentation_live_dispose       (DsPresentationWindow *self);
/* Brings the live parts up to date with the run and the room. */
void     _ds_presentation_live_update        (DsPresentationWindow *self);
/* Hides the join screen; FALSE when it was not shown. */
gboolean _ds_presentation_live_hide_join     (DsPresentationWindow *self);
/* The summary slide's lines for the questions asked on phones, or NULL
 * when none was. */
GStrv    _ds_presentation_live_summary       (DsPresentationWindow *self);
/* An option's count as projected on reveal: the number, and with class
 * live its share; the widest such text, for the column's width. */
char    *_ds_presentation_count_text         (DsPresentationWindow *self,
                                              guint                 option);
char    *_ds_presentation_count_sample       (DsPresentationWindow *self);
/* The height the live line takes from the slide, and its type. */
int      _ds_presentation_live_reserve       (DsPresentationWindow *self,
                                              const Fonts          *fonts);
void     _ds_presentation_live_apply_fonts   (DsPresentationWindow *self,
                                              const Fonts          *fonts);
/* The chooser's "Let students answer on their phones": started on the
 * address tests may set, a message when it cannot start. */
void     _ds_presentation_live_start_from_chooser (DsPresentationWindow *self,
                                                   gboolean              show_top);
/* present.live, present.live-stop, present.live-export. */
void     _ds_presentation_live_action        (GtkWidget            *widget,
                                              const char           *name,
                                              GVariant             *param);

G_END_DECLS
