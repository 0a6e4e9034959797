/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-card.h"
#include "ds-library.h"
#include "ds-settings.h"

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
  DS_SLIDE_CLAIM,     /* a key claim: the question, then items one by one */
  DS_SLIDE_QUESTION,  /* a quiz card: question, countdown, answer */
  DS_SLIDE_SUMMARY,   /* the end of a quiz */
} DsSlideKind;

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

typedef enum {
  DS_QUIZ_SELECT_ESSAY,   /* the cards of one essay, in source order */
  DS_QUIZ_SELECT_TOPIC,   /* the cards under one heading (topic) */
  DS_QUIZ_SELECT_MIX,     /* all cards, shuffled */
} DsQuizSelection;

/* At most four options are projected, labelled A–D. */
#define DS_QUIZ_MAX_CHOICES 4

typedef struct {
  DsSlideKind  kind;
  char        *card_id;
  char        *essay_id;
  char        *essay_title;   /* small in a corner; may be NULL */
  char        *heading;       /* the source heading; may be NULL */
  char        *question;
  char       **items;         /* list items (NULL-terminated, maybe empty) */
  char       **choices;       /* A–D options (NULL-terminated, maybe empty) */
  int          correct_choice; /* index into choices, or -1 */
  char        *answer;        /* shown on reveal; may be NULL */
} DsSlide;

typedef struct {
  guint n_questions;        /* question slides in the run */
  guint n_tallied;          /* question slides with at least one hand */
  guint total_hands;        /* hands over all tallied questions */
  guint correct_hands;      /* of those, hands on the right option */
  int   hardest_index;      /* slide index of the lowest share right, or -1 */
  double hardest_share;     /* that share, 0..1 */
} DsQuizSummary;

typedef gint64 (*DsClockFunc) (gpointer user_data);

#define DS_TYPE_QUIZ_RUN (ds_quiz_run_get_type ())
G_DECLARE_FINAL_TYPE (DsQuizRun, ds_quiz_run, DS, QUIZ_RUN, GObject)

/* Slides */
DsSlide          *ds_slide_new                     (DsSlideKind   kind,
                                                    const char   *question);
void              ds_slide_free                    (DsSlide      *slide);
guint             ds_slide_get_n_items             (const DsSlide *slide);
guint             ds_slide_get_n_choices           (const DsSlide *slide);
/* The number of reveal steps after the first view (0 for a summary). */
guint             ds_slide_get_n_steps             (const DsSlide *slide);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsSlide, ds_slide_free)

/* A slide for one card; @essay_title may be NULL. */
DsSlide          *ds_slide_new_from_card           (DsCard       *card,
                                                    DsSlideKind   kind,
                                                    const char   *essay_title);
/* Whether a card states a key claim (list, definition or fact). */
gboolean          ds_card_is_key_claim             (DsCard       *card);

/* Picks the cards of a quiz: an essay's or a topic's (in the order given),
 * or a shuffled mix of all of them, reproducible for a seed. @max 0 means
 * no limit. Returns a new array of references. */
GPtrArray        *ds_quiz_select_cards             (GPtrArray    *cards,
                                                    DsQuizSelection selection,
                                                    const char   *key,
                                                    guint         max,
                                                    guint32       seed);

/* Runs */
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
guint             ds_quiz_run_get_hands            (DsQuizRun    *self,
                                                    guint         index,
                                                    guint         option);
guint             ds_quiz_run_get_total_hands      (DsQuizRun    *self,
                                                    guint         index);
void              ds_quiz_run_get_summary          (DsQuizRun    *self,
                                                    DsQuizSummary *summary);

/* Countdown */
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

/* Monitors: the audience view goes to a monitor that is not the laptop's. */
typedef struct {
  const char *connector;  /* e.g. "eDP-1", "HDMI-1"; may be NULL */
  gboolean    is_primary;
  int         width;
  int         height;
} DsMonitorInfo;

gboolean          ds_monitor_connector_is_internal (const char   *connector);
/* Returns the audience monitor's index (or -1 when there is none) and sets
 * @presenter to the laptop's, or -1 when there is a single monitor. */
int               ds_choose_audience_monitor       (const DsMonitorInfo *monitors,
                                                    guint         n_monitors,
                                                    int          *presenter);

/* Colours of the two presentation themes, as CSS hex. */
typedef struct {
  const char *background;
  const char *foreground;
  const char *secondary;  /* corner text: still ≥ 7:1 */
  const char *bar;        /* tally and countdown bars */
} DsPresentationPalette;

const DsPresentationPalette *ds_presentation_palette (DsPresentationTheme theme);
/* WCAG 2 contrast ratio of two "#rrggbb" colours (1..21), or 0 if invalid. */
double            ds_contrast_ratio                (const char   *color1,
                                                    const char   *color2);

G_END_DECLS
