/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * FSRS-6 scheduler, following tests/data/FSRS-SPEC.md operation by
 * operation so that it reproduces ts-fsrs 5.4.2 (fuzz off) to the last bit.
 * The section numbers in the comments refer to that document.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-fsrs.h"
#include "ds-time.h"

#define S_MIN 0.001
#define S_MAX 36500.0
#define MINUTES_PER_DAY 1440

struct _DsFsrs
{
  DsFsrsParams params;
  GTimeZone   *tz;
  double       decay;
  double       factor;
  double       interval_modifier;
  double       d0raw_easy;    /* mean-reversion target, unclamped (§5.3) */
};

/* A candidate memory state after one grade. */
typedef struct {
  double stability;
  double difficulty;
} Memory;

static const double default_w[DS_FSRS_N_WEIGHTS] = {
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
  0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
  0.0912, 0.0658, 0.1542,
};

/* §1: JavaScript's Math.round (ties toward +∞); C's round() differs. */
static double
jsround (double x)
{
  double f = floor (x);

  return (x - f >= 0.5) ? f + 1.0 : f;
}

static double
round8 (double x)
{
  return jsround (x * 100000000.0) / 100000000.0;
}

static double
clamp (double x,
       double lo,
       double hi)
{
  return MIN (MAX (x, lo), hi);
}

double
ds_fsrs_jsround (double x)
{
  return jsround (x);
}

double
ds_fsrs_round8 (double x)
{
  return round8 (x);
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

void
ds_fsrs_params_init_default (DsFsrsParams *params)
{
  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  memcpy (params->w, default_w, sizeof default_w);
  params->request_retention = 0.9;
  params->maximum_interval = 36500;
  params->enable_short_term = TRUE;
  params->learning_steps[0] = 1;
  params->learning_steps[1] = 10;
  params->n_learning_steps = 2;
  params->relearning_steps[0] = 10;
  params->n_relearning_steps = 1;
}

gboolean
ds_fsrs_parse_step (const char *step,
                    guint      *minutes)
{
  guint64 value = 0;
  guint64 scale;
  const char *p;

  g_return_val_if_fail (step != NULL, FALSE);

  for (p = step; g_ascii_isdigit (*p); p++)
    {
      value = value * 10 + (guint64) (*p - '0');
      if (value > G_MAXUINT)
        return FALSE;
    }
  if (p == step || p[0] == '\0' || p[1] != '\0')
    return FALSE;

  switch (*p)
    {
    case 'm': scale = 1; break;
    case 'h': scale = 60; break;
    case 'd': scale = MINUTES_PER_DAY; break;
    default: return FALSE;
    }

  if (value * scale > DS_FSRS_MAX_STEP_MINUTES)
    return FALSE;
  if (minutes != NULL)
    *minutes = (guint) (value * scale);
  return TRUE;
}

/* §3: ts-fsrs clips the weights into fixed ranges on construction. With
 * several relearning steps the w17/w18 ceiling is lowered so that the
 * short-term boosts cannot push a lapse above the old stability. */
static void
clip_weights (DsFsrsParams *p)
{
  static const double lo[DS_FSRS_N_WEIGHTS] = {
    S_MIN, S_MIN, S_MIN, S_MIN, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
    0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1,
  };
  static const double hi[DS_FSRS_N_WEIGHTS] = {
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4,
    1, 6, 2, 2, 0.8, 0.8,
  };
  double ceiling = 2.0;

  if (p->n_relearning_steps > 1)
    {
      double v = -(log (p->w[11]) + log (pow (2.0, p->w[13]) - 1.0) +
                   p->w[14] * 0.3) / p->n_relearning_steps;
      ceiling = clamp (v, 0.01, 2.0);
    }

  for (guint i = 0; i < DS_FSRS_N_WEIGHTS; i++)
    {
      double h = (i == 17 || i == 18) ? ceiling : hi[i];
      double l = (i == 19 && p->enable_short_term) ? 0.01 : lo[i];

      p->w[i] = clamp (p->w[i], l, h);
    }
}

/* Steps come from files and preferences: one of 4294967295 minutes would
 * overflow when Hard takes one and a half of it. */
static void
clip_steps (DsFsrsParams *p)
{
  for (guint i = 0; i < p->n_learning_steps; i++)
    p->learning_steps[i] = MIN (p->learning_steps[i], DS_FSRS_MAX_STEP_MINUTES);
  for (guint i = 0; i < p->n_relearning_steps; i++)
    p->relearning_steps[i] = MIN (p->relearning_steps[i], DS_FSRS_MAX_STEP_MINUTES);
}

DsFsrs *
ds_fsrs_new (const DsFsrsParams *params)
{
  DsFsrs *self;
  const double *w;

  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (params->request_retention > 0 &&
                        params->request_retention < 1, NULL);
  g_return_val_if_fail (params->maximum_interval >= 1, NULL);
  g_return_val_if_fail (params->n_learning_steps <= DS_FSRS_MAX_STEPS, NULL);
  g_return_val_if_fail (params->n_relearning_steps <= DS_FSRS_MAX_STEPS, NULL);

  self = g_new0 (DsFsrs, 1);
  self->params = *params;
  clip_weights (&self->params);
  clip_steps (&self->params);
  w = self->params.w;

  /* §4 */
  self->decay = -w[20];
  self->factor = round8 (exp ((1.0 / self->decay) * log (0.9)) - 1.0);
  self->interval_modifier =
    round8 ((pow (self->params.request_retention, 1.0 / self->decay) - 1.0) /
            self->factor);
  self->d0raw_easy = round8 (w[4] - exp (3.0 * w[5]) + 1.0);

  return self;
}

void
ds_fsrs_free (DsFsrs *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_free (self);
}

void
ds_fsrs_set_time_zone (DsFsrs    *self,
                       GTimeZone *tz)
{
  g_return_if_fail (self != NULL);

  if (tz != NULL)
    g_time_zone_ref (tz);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = tz;
}

const DsFsrsParams *
ds_fsrs_get_params (DsFsrs *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->params;
}

/* §2: the number of the calendar day @ms falls on. In the app a day is a
 * local calendar day, so the zone's offset at that instant shifts it. */
static gint64
day_number (DsFsrs *self,
            gint64  ms)
{
  gint64 offset_ms = 0;

  if (self->tz != NULL)
    {
      gint64 secs = floor_div (ms, 1000);
      int interval = g_time_zone_find_interval (self->tz,
                                                G_TIME_TYPE_UNIVERSAL, secs);

      if (interval >= 0)
        offset_ms = (gint64) g_time_zone_get_offset (self->tz, interval) * 1000;
    }

  return floor_div (ms + offset_ms, DS_DAY_MS);
}

void
ds_fsrs_card_init (DsFsrsCard *card,
                   gint64      now)
{
  g_return_if_fail (card != NULL);

  memset (card, 0, sizeof *card);
  card->state = DS_FSRS_NEW;
  card->due = now;
  card->last_review = DS_FSRS_NO_REVIEW;
}

void
ds_fsrs_card_restore_interval (DsFsrsCard *card)
{
  g_return_if_fail (card != NULL);

  card->scheduled_days = 0;
  if (card->state == DS_FSRS_REVIEW && card->last_review != DS_FSRS_NO_REVIEW &&
      card->last_review >= 0 && card->due > card->last_review)
    card->scheduled_days = (guint) MIN ((card->due - card->last_review) / DS_DAY_MS, G_MAXUINT);
}

/* §5.1 */
static double
forgetting_curve (DsFsrs *self,
                  double  t,
                  double  s)
{
  return round8 (pow (1.0 + self->factor * t / s, self->decay));
}

/* §5.2 */
static double
init_difficulty_raw (DsFsrs  *self,
                     DsRating g)
{
  const double *w = self->params.w;

  return round8 (w[4] - exp (((int) g - 1) * w[5]) + 1.0);
}

static Memory
init_memory (DsFsrs  *self,
             DsRating g)
{
  Memory m;

  m.stability = MAX (self->params.w[g - 1], 0.1);
  m.difficulty = clamp (init_difficulty_raw (self, g), 1, 10);
  return m;
}

/* §5.3 */
static double
next_difficulty (DsFsrs  *self,
                 double   d,
                 DsRating g)
{
  const double *w = self->params.w;
  double delta = -w[6] * ((int) g - 3);
  double damped = round8 (delta * (10.0 - d) / 9.0);
  double dp = d + damped;

  return clamp (round8 (w[7] * self->d0raw_easy + (1.0 - w[7]) * dp), 1, 10);
}

/* §5.4 */
static double
recall_stability (DsFsrs  *self,
                  double   d,
                  double   s,
                  double   r,
                  DsRating g)
{
  const double *w = self->params.w;
  double hp = (g == DS_RATING_HARD) ? w[15] : 1.0;
  double eb = (g == DS_RATING_EASY) ? w[16] : 1.0;
  double inc = exp (w[8]) * (11.0 - d) * pow (s, -w[9]) *
               (exp ((1.0 - r) * w[10]) - 1.0) * hp * eb;

  return round8 (clamp (s * (1.0 + inc), S_MIN, S_MAX));
}

/* §5.5 */
static double
forget_stability (DsFsrs *self,
                  double  d,
                  double  s,
                  double  r)
{
  const double *w = self->params.w;
  double sf = round8 (clamp (w[11] * pow (d, -w[12]) *
                             (pow (s + 1.0, w[13]) - 1.0) *
                             exp ((1.0 - r) * w[14]), S_MIN, S_MAX));
  double k = self->params.enable_short_term ? w[17] * w[18] : 0.0;

  return MIN (MAX (round8 (s / exp (k)), S_MIN), sf);
}

/* §5.6 */
static double
short_term_stability (DsFsrs  *self,
                      double   s,
                      DsRating g)
{
  const double *w = self->params.w;
  double sinc = pow (s, -w[19]) * exp (w[17] * (((int) g - 3) + w[18]));

  if (g >= DS_RATING_HARD)
    sinc = MAX (sinc, 1.0);
  return round8 (clamp (s * sinc, S_MIN, S_MAX));
}

/* §5.7, with R computed once by the caller. */
static Memory
next_memory (DsFsrs  *self,
             double   d,
             double   s,
             gint64   t,
             double   r,
             DsRating g)
{
  Memory m;

  if (d == 0 && s == 0)
    return init_memory (self, g);

  if (t == 0 && self->params.enable_short_term)
    m.stability = short_term_stability (self, s, g);
  else if (g == DS_RATING_AGAIN)
    m.stability = forget_stability (self, d, s, r);
  else
    m.stability = recall_stability (self, d, s, r, g);
  m.difficulty = next_difficulty (self, d, g);
  return m;
}

/* §5.8 */
static guint
interval_days (DsFsrs *self,
               double  s)
{
  double ivl = MAX (1.0, jsround (s * self->interval_modifier));

  return (guint) MIN (ivl, (double) self->params.maximum_interval);
}

/* Everything a review needs besides the grade: the card before it, when it
 * happens, how many calendar days passed and R at that moment. */
typedef struct {
  const DsFsrsCard *card;
  gint64            now;
  gint64            t;
  double            r;
} Review;

static void
set_days (DsFsrsCard   *out,
          const Review *rv,
          guint         days)
{
  out->state = DS_FSRS_REVIEW;
  out->learning_steps = 0;
  out->scheduled_days = days;
  out->due = rv->now + (gint64) days * DS_DAY_MS;
}

/* The memory state each of the four grades would leave, for the reviews
 * that order the grades' intervals against each other. */
static void
next_memories (DsFsrs       *self,
               const Review *rv,
               Memory        m[4])
{
  const DsFsrsCard *c = rv->card;

  for (int k = 0; k < 4; k++)
    m[k] = next_memory (self, c->difficulty, c->stability, rv->t, rv->r,
                        (DsRating) (k + 1));
}

/* §7: every grade ends in Review; the four intervals are ordered first. */
static void
review_long_term (DsFsrs       *self,
                  const Review *rv,
                  DsRating      g,
                  DsFsrsCard   *out)
{
  const DsFsrsCard *c = rv->card;
  Memory m[4];
  guint ivl[4];

  next_memories (self, rv, m);
  for (int k = 0; k < 4; k++)
    ivl[k] = interval_days (self, m[k].stability);
  ivl[0] = MIN (ivl[0], ivl[1]);
  ivl[1] = MAX (ivl[1], ivl[0] + 1);
  ivl[2] = MAX (ivl[2], ivl[1] + 1);
  ivl[3] = MAX (ivl[3], ivl[2] + 1);

  out->stability = m[g - 1].stability;
  out->difficulty = m[g - 1].difficulty;
  set_days (out, rv, ivl[g - 1]);
  if (g == DS_RATING_AGAIN && c->state != DS_FSRS_NEW)
    out->lapses++;
}

/* §8.1: minutes until the next step (0 = graduate) and the next index. */
static guint
step_minutes (DsFsrs      *self,
              DsFsrsState  state,
              guint        cur,
              DsRating     g,
              guint       *next_step)
{
  const DsFsrsParams *p = &self->params;
  gboolean relearn = (state == DS_FSRS_REVIEW || state == DS_FSRS_RELEARNING);
  const guint *steps = relearn ? p->relearning_steps : p->learning_steps;
  guint len = relearn ? p->n_relearning_steps : p->n_learning_steps;

  *next_step = 0;
  if (len == 0 || cur >= len)
    return 0;

  if (state == DS_FSRS_REVIEW)
    return (g == DS_RATING_AGAIN) ? steps[cur] : 0;

  switch (g)
    {
    case DS_RATING_AGAIN:
      return steps[0];
    case DS_RATING_HARD:
      *next_step = cur;
      if (len == 1)
        return (guint) jsround (steps[0] * 1.5);
      return (guint) jsround ((steps[0] + steps[1]) / 2.0);
    case DS_RATING_GOOD:
      if (cur + 1 < len && steps[cur + 1] != 0)
        {
          *next_step = cur + 1;
          return steps[cur + 1];
        }
      return 0;
    case DS_RATING_EASY:
    default:
      return 0;
    }
}

/* §8.2: @out already carries the new memory state. */
static void
apply_steps (DsFsrs       *self,
             const Review *rv,
             guint         minutes,
             guint         next_step,
             DsFsrsState   to_state,
             DsFsrsCard   *out)
{
  if (minutes == 0)
    {
      set_days (out, rv, interval_days (self, out->stability));
      return;
    }

  out->state = (minutes < MINUTES_PER_DAY) ? to_state : DS_FSRS_REVIEW;
  out->learning_steps = next_step;
  out->scheduled_days = minutes / MINUTES_PER_DAY;
  out->due = rv->now + (gint64) minutes * DS_MINUTE_MS;
}

/* §8.3: New, Learning and Relearning cards move along their steps. */
static void
review_steps (DsFsrs       *self,
              const Review *rv,
              DsRating      g,
              DsFsrsCard   *out)
{
  const DsFsrsCard *c = rv->card;
  Memory m = next_memory (self, c->difficulty, c->stability, rv->t, rv->r, g);
  DsFsrsState to = (c->state == DS_FSRS_NEW) ? DS_FSRS_LEARNING : c->state;
  guint next_step;
  guint minutes = step_minutes (self, c->state, c->learning_steps, g,
                                &next_step);

  out->stability = m.stability;
  out->difficulty = m.difficulty;
  apply_steps (self, rv, minutes, next_step, to, out);
}

/* §8.4: a Review card either lapses into relearning or gets an interval
 * ordered against the other passing grades. */
static void
review_review (DsFsrs       *self,
               const Review *rv,
               DsRating      g,
               DsFsrsCard   *out)
{
  const DsFsrsCard *c = rv->card;
  Memory m[4];
  guint ivl[4];

  next_memories (self, rv, m);
  out->stability = m[g - 1].stability;
  out->difficulty = m[g - 1].difficulty;

  if (g == DS_RATING_AGAIN)
    {
      guint next_step;
      guint minutes = step_minutes (self, c->state, c->learning_steps, g,
                                    &next_step);

      out->lapses++;
      apply_steps (self, rv, minutes, next_step, DS_FSRS_RELEARNING, out);
      return;
    }

  for (int k = 1; k < 4; k++)
    ivl[k] = interval_days (self, m[k].stability);
  ivl[1] = MIN (ivl[1], ivl[2]);
  ivl[2] = MAX (ivl[2], ivl[1] + 1);
  ivl[3] = MAX (ivl[3], ivl[2] + 1);
  set_days (out, rv, ivl[g - 1]);
}

static gboolean
card_is_valid (const DsFsrsCard *card)
{
  if ((guint) card->state > DS_FSRS_RELEARNING)
    return FALSE;
  if (card->state == DS_FSRS_NEW)
    return TRUE;
  /* A reviewed card always has a last review and a usable memory state;
   * anything else (a damaged progress file) would give NaN. */
  return card->last_review != DS_FSRS_NO_REVIEW &&
         isfinite (card->stability) && card->stability > 0 &&
         isfinite (card->difficulty);
}

/* §6.1: fills @rv; FALSE when time went back to an earlier day. */
static gboolean
prepare_review (DsFsrs           *self,
                const DsFsrsCard *card,
                gint64            now,
                Review           *rv)
{
  rv->card = card;
  rv->now = now;
  rv->t = 0;
  rv->r = -1.0;

  if (card->state == DS_FSRS_NEW)
    return TRUE;

  rv->t = day_number (self, now) - day_number (self, card->last_review);
  if (rv->t < 0)
    return FALSE;
  rv->r = forgetting_curve (self, (double) rv->t, card->stability);
  return TRUE;
}

static void
apply_review (DsFsrs       *self,
              const Review *rv,
              DsRating      g,
              DsFsrsCard   *out)
{
  *out = *rv->card;
  out->reps++;
  out->last_review = rv->now;

  if (!self->params.enable_short_term)
    review_long_term (self, rv, g, out);
  else if (rv->card->state == DS_FSRS_REVIEW)
    review_review (self, rv, g, out);
  else
    review_steps (self, rv, g, out);
}

gboolean
ds_fsrs_review (DsFsrs           *self,
                const DsFsrsCard *card,
                gint64            now,
                DsRating          rating,
                DsFsrsCard       *out,
                DsFsrsReviewLog  *log)
{
  Review rv;
  DsFsrsCard result;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (card != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (rating < DS_RATING_AGAIN || rating > DS_RATING_EASY)
    return FALSE;
  if (!card_is_valid (card) || !prepare_review (self, card, now, &rv))
    return FALSE;

  apply_review (self, &rv, rating, &result);
  *out = result;
  if (log != NULL)
    {
      log->elapsed_days = (int) rv.t;
      log->retrievability = rv.r;
    }
  return TRUE;
}

void
ds_fsrs_preview (DsFsrs           *self,
                 const DsFsrsCard *card,
                 gint64            now,
                 DsFsrsCard        out[4])
{
  Review rv;

  g_return_if_fail (self != NULL);
  g_return_if_fail (card != NULL);
  g_return_if_fail (out != NULL);

  /* A clock that went back (or a damaged card) cannot be scheduled; the
   * unchanged card is the honest preview, and ds_fsrs_review() will refuse. */
  if (!card_is_valid (card) || !prepare_review (self, card, now, &rv))
    {
      for (int k = 0; k < 4; k++)
        out[k] = *card;
      return;
    }

  for (int k = 0; k < 4; k++)
    apply_review (self, &rv, (DsRating) (k + 1), &out[k]);
}

double
ds_fsrs_retrievability (DsFsrs           *self,
                        const DsFsrsCard *card,
                        gint64            now)
{
  gint64 t;

  g_return_val_if_fail (self != NULL, 1.0);
  g_return_val_if_fail (card != NULL, 1.0);

  if (!card_is_valid (card) || card->state == DS_FSRS_NEW)
    return 1.0;

  /* The scheduler's calendar-day rule, so that what the app shows agrees
   * with the R the next review will use. */
  t = MAX (0, day_number (self, now) - day_number (self, card->last_review));
  return forgetting_curve (self, (double) t, card->stability);
}
