/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FSRS-6 as computed by ts-fsrs 5.4.2 with fuzz off (tests/data/FSRS-SPEC.md).
 * Times are Unix milliseconds. Days are calendar days in the scheduler's time
 * zone: UTC by default (as the reference vectors), local time in the app.
 */

typedef enum {
  DS_FSRS_NEW = 0,
  DS_FSRS_LEARNING = 1,
  DS_FSRS_REVIEW = 2,
  DS_FSRS_RELEARNING = 3,
} DsFsrsState;

typedef enum {
  DS_RATING_AGAIN = 1,
  DS_RATING_HARD = 2,
  DS_RATING_GOOD = 3,
  DS_RATING_EASY = 4,
} DsRating;

#define DS_FSRS_N_WEIGHTS 21
#define DS_FSRS_MAX_STEPS 8
/* The longest learning step: 100 years. Longer ones are refused when
 * parsed and cut to this when given to ds_fsrs_new(), so that no step,
 * nor one and a half of one (Hard), overflows. */
#define DS_FSRS_MAX_STEP_MINUTES (36500u * 1440u)
#define DS_FSRS_NO_REVIEW G_MININT64

typedef struct {
  DsFsrsState state;
  double      stability;
  double      difficulty;
  gint64      due;              /* ms */
  gint64      last_review;      /* ms, DS_FSRS_NO_REVIEW when none */
  guint       scheduled_days;
  guint       learning_steps;
  guint       reps;
  guint       lapses;
} DsFsrsCard;

typedef struct {
  double   w[DS_FSRS_N_WEIGHTS];
  double   request_retention;
  guint    maximum_interval;
  gboolean enable_short_term;
  guint    learning_steps[DS_FSRS_MAX_STEPS];   /* minutes */
  guint    n_learning_steps;
  guint    relearning_steps[DS_FSRS_MAX_STEPS]; /* minutes */
  guint    n_relearning_steps;
} DsFsrsParams;

/* What the review used: elapsed calendar days and R (negative when New). */
typedef struct {
  int    elapsed_days;
  double retrievability;
} DsFsrsReviewLog;

typedef struct _DsFsrs DsFsrs;

void     ds_fsrs_params_init_default (DsFsrsParams       *params);
/* Parses "1m", "10m", "1h", "1d" into minutes; FALSE for anything else
 * and for steps longer than DS_FSRS_MAX_STEP_MINUTES. */
gboolean ds_fsrs_parse_step          (const char         *step,
                                      guint              *minutes);

DsFsrs  *ds_fsrs_new                 (const DsFsrsParams *params);
void     ds_fsrs_free                (DsFsrs             *self);
/* NULL means UTC. The scheduler keeps a reference. */
void     ds_fsrs_set_time_zone       (DsFsrs             *self,
                                      GTimeZone          *tz);
const DsFsrsParams *ds_fsrs_get_params (DsFsrs           *self);

void     ds_fsrs_card_init           (DsFsrsCard         *card,
                                      gint64              now);
/* Sets @card's scheduled_days from its due date and last review: stores
 * keep only those two, a Review card's interval being whole days between. */
void     ds_fsrs_card_restore_interval (DsFsrsCard       *card);
/* Applies one review. Returns FALSE (and leaves @out untouched) when
 * @now falls on an earlier day than the last review or @rating is invalid. */
gboolean ds_fsrs_review              (DsFsrs             *self,
                                      const DsFsrsCard   *card,
                                      gint64              now,
                                      DsRating            rating,
                                      DsFsrsCard         *out,
                                      DsFsrsReviewLog    *log);
/* The four outcomes, indexed by rating - 1: for "Good · 3 days" buttons. */
void     ds_fsrs_preview             (DsFsrs             *self,
                                      const DsFsrsCard   *card,
                                      gint64              now,
                                      DsFsrsCard          out[4]);
/* R of a card at @now (1.0 for a New card). */
double   ds_fsrs_retrievability      (DsFsrs             *self,
                                      const DsFsrsCard   *card,
                                      gint64              now);

/* The reference's rounding (§1 of the spec): JavaScript Math.round, ties
 * toward +∞, and rounding to 8 decimals. Exposed for tests and callers that
 * format intervals the way the scheduler computes them. */
double   ds_fsrs_jsround             (double              x);
double   ds_fsrs_round8              (double              x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsFsrs, ds_fsrs_free)

G_END_DECLS
