/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-card.h"
#include "ds-library.h"
#include "ds-quiz-slide.h"
#include "ds-time.h"

G_BEGIN_DECLS

/*
 * The model behind presentation mode: a deck of slides built from cards and
 * the state of a run through it (slide, reveal step, countdown, tally, blank
 * screen, a slide number being typed). No widgets: the audience and presenter
 * windows are two views of one DsQuizRun.
 *
 * A run never touches the learner's progress: it reads cards, nothing else,
 * so a class quiz leaves the lecturer's own schedule as it was.
 *
 * Time comes from a clock the caller may replace (tests use a fake one), so
 * the countdown is fully deterministic: nothing in here starts a timer.
 */

typedef enum {
  DS_QUIZ_RUN_CLAIMS,
  DS_QUIZ_RUN_QUIZ,
} DsQuizRunMode;

typedef enum {
  DS_BLANK_NONE,
  DS_BLANK_BLACK,
  DS_BLANK_WHITE,
} DsBlank;

typedef enum {
  DS_COUNTDOWN_IDLE,
  DS_COUNTDOWN_RUNNING,
  DS_COUNTDOWN_PAUSED,
  DS_COUNTDOWN_EXPIRED,
} DsCountdownState;

typedef struct {
  guint n_questions;        /* question slides in the run */
  guint n_tallied;          /* question slides with at least one hand */
  guint total_hands;        /* hands over all tallied questions */
  guint correct_hands;      /* of those, hands on the right option */
  int   hardest_index;      /* slide index of the lowest share right, or -1 */
  double hardest_share;     /* that share, 0..1 */
} DsQuizSummary;

#define DS_TYPE_QUIZ_RUN (ds_quiz_run_get_type ())
G_DECLARE_FINAL_TYPE (DsQuizRun, ds_quiz_run, DS, QUIZ_RUN, GObject)

/* Takes the slides (an array of DsSlide owning them). */
DsQuizRun        *ds_quiz_run_new                  (DsQuizRunMode mode,
                                                    GPtrArray    *slides);
/* Key claims of an essay: its list, definition and fact cards. */
DsQuizRun        *ds_quiz_run_new_claims           (GPtrArray    *cards,
                                                    DsLibrary    *library);
/* A quiz over @cards, with a summary slide at the end. */
DsQuizRun        *ds_quiz_run_new_quiz             (GPtrArray    *cards,
                                                    DsLibrary    *library);

DsQuizRunMode     ds_quiz_run_get_mode             (DsQuizRun    *self);
guint             ds_quiz_run_get_n_slides         (DsQuizRun    *self);
const DsSlide    *ds_quiz_run_get_slide            (DsQuizRun    *self,
                                                    guint         index);
guint             ds_quiz_run_get_index            (DsQuizRun    *self);
const DsSlide    *ds_quiz_run_get_current          (DsQuizRun    *self);
/* The slide after the current one, or NULL at the end. */
const DsSlide    *ds_quiz_run_get_next_slide       (DsQuizRun    *self);
guint             ds_quiz_run_get_step             (DsQuizRun    *self);
/* Whether a question slide's answer is showing. */
gboolean          ds_quiz_run_get_answer_revealed  (DsQuizRun    *self);
/* How many list items of the current slide are showing. */
guint             ds_quiz_run_get_n_items_shown    (DsQuizRun    *self);

/* Navigation. Each returns whether anything changed. While the screen is
 * blanked, next and back only bring the slide back, as presentation
 * software does, so that a stray click never skips a slide. */
gboolean          ds_quiz_run_next                 (DsQuizRun    *self);
gboolean          ds_quiz_run_back                 (DsQuizRun    *self);
gboolean          ds_quiz_run_first                (DsQuizRun    *self);
gboolean          ds_quiz_run_last                 (DsQuizRun    *self);
gboolean          ds_quiz_run_go_to                (DsQuizRun    *self,
                                                    guint         index);

/* Typing a slide number: digits, then Enter. Enter with no digits is
 * "next"; a number out of range is dropped. */
gboolean          ds_quiz_run_push_digit           (DsQuizRun    *self,
                                                    guint         digit);
const char       *ds_quiz_run_get_digits           (DsQuizRun    *self);
gboolean          ds_quiz_run_enter                (DsQuizRun    *self);
void              ds_quiz_run_clear_digits         (DsQuizRun    *self);

/* Blanking: the same kind again brings the slide back. */
DsBlank           ds_quiz_run_get_blank            (DsQuizRun    *self);
void              ds_quiz_run_toggle_blank         (DsQuizRun    *self,
                                                    DsBlank       blank);

/* Tally of hands per option (0..3) of the current question slide. */
gboolean          ds_quiz_run_add_hand             (DsQuizRun    *self,
                                                    guint         option,
                                                    int           delta);
/* A number typed, then an option's letter: that many hands for the
 * option (a count made by eye). FALSE with no number typed. */
gboolean          ds_quiz_run_enter_hands          (DsQuizRun    *self,
                                                    guint         option);
guint             ds_quiz_run_get_hands            (DsQuizRun    *self,
                                                    guint         index,
                                                    guint         option);
guint             ds_quiz_run_get_total_hands      (DsQuizRun    *self,
                                                    guint         index);
void              ds_quiz_run_get_summary          (DsQuizRun    *self,
                                                    DsQuizSummary *summary);

/* Countdown, on a monotonic clock unless replaced (NULL brings it back). */
void              ds_quiz_run_set_clock            (DsQuizRun    *self,
                                                    DsClockFunc   clock,
                                                    gpointer      user_data);
gint64            ds_quiz_run_now                  (DsQuizRun    *self);
void              ds_quiz_run_set_countdown_seconds (DsQuizRun   *self,
                                                     guint        seconds);
guint             ds_quiz_run_get_countdown_seconds (DsQuizRun   *self);
/* T: starts, pauses or resumes; after expiry, starts again. */
gboolean          ds_quiz_run_toggle_countdown     (DsQuizRun    *self);
DsCountdownState  ds_quiz_run_get_countdown_state  (DsQuizRun    *self);
/* Remaining time in microseconds at the clock's now. */
gint64            ds_quiz_run_get_countdown_remaining (DsQuizRun *self);
/* Whole seconds left, rounded up, as displayed. */
guint             ds_quiz_run_get_countdown_display_seconds (DsQuizRun *self);
/* Remaining fraction 1..0, for the shrinking bar. */
double            ds_quiz_run_get_countdown_fraction (DsQuizRun  *self);
/* Advances the countdown to the clock's now; TRUE when its state changed. */
gboolean          ds_quiz_run_tick                 (DsQuizRun    *self);

G_END_DECLS
