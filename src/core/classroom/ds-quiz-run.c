/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-quiz-cards.h"
#include "ds-quiz-run.h"

/*
 * A run's state machine: the current slide and reveal step, typed slide
 * numbers, blanking, the tally of hands and the countdown. The slides
 * themselves are built in ds-quiz-slide.c.
 */

#define MAX_DIGITS 4

typedef struct {
  guint hands[DS_QUIZ_MAX_CHOICES];
} Tally;

struct _DsQuizRun
{
  GObject           parent_instance;

  DsQuizRunMode     mode;
  GPtrArray        *slides;      /* DsSlide, owned */
  Tally            *tallies;     /* one per slide */
  guint             index;
  guint             step;
  DsBlank           blank;
  GString          *digits;

  DsClockFunc       clock;
  gpointer          clock_data;
  gint64            duration_us;
  DsCountdownState  countdown;
  gint64            deadline_us;   /* while running */
  gint64            remaining_us;  /* while paused */
};

G_DEFINE_FINAL_TYPE (DsQuizRun, ds_quiz_run, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_STEP,
  PROP_BLANK,
  PROP_COUNTDOWN_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Runs */

static void
ds_quiz_run_finalize (GObject *object)
{
  DsQuizRun *self = (DsQuizRun *) object;

  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_pointer (&self->tallies, g_free);
  g_string_free (self->digits, TRUE);

  G_OBJECT_CLASS (ds_quiz_run_parent_class)->finalize (object);
}

static void
ds_quiz_run_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsQuizRun *self = DS_QUIZ_RUN (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_BLANK:
      g_value_set_int (value, self->blank);
      break;
    case PROP_COUNTDOWN_STATE:
      g_value_set_int (value, self->countdown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_quiz_run_class_init (DsQuizRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_quiz_run_finalize;
  object_class->get_property = ds_quiz_run_get_property;

  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BLANK] =
    g_param_spec_int ("blank", NULL, NULL, DS_BLANK_NONE, DS_BLANK_WHITE, DS_BLANK_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COUNTDOWN_STATE] =
    g_param_spec_int ("countdown-state", NULL, NULL,
                      DS_COUNTDOWN_IDLE, DS_COUNTDOWN_EXPIRED, DS_COUNTDOWN_IDLE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once after any change of what the views show, so that a view
   * redraws once per key press rather than once per property. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
ds_quiz_run_init (DsQuizRun *self)
{
  self->digits = g_string_new (NULL);
  self->clock = ds_clock_monotonic_time;
  self->duration_us = 30 * G_USEC_PER_SEC;
}

DsQuizRun *
ds_quiz_run_new (DsQuizRunMode  mode,
                 GPtrArray     *slides)
{
  DsQuizRun *self;

  g_return_val_if_fail (slides != NULL, NULL);

  self = g_object_new (DS_TYPE_QUIZ_RUN, NULL);
  self->mode = mode;
  self->slides = g_ptr_array_ref (slides);
  g_ptr_array_set_free_func (self->slides, (GDestroyNotify) ds_slide_free);
  self->tallies = g_new0 (Tally, MAX (slides->len, 1));
  return self;
}

static const char *
essay_title (DsLibrary *library,
             DsCard    *card)
{
  DsEssay *essay;

  if (library == NULL)
    return NULL;
  essay = ds_library_lookup (library, ds_card_get_essay_id (card));
  return essay ? ds_essay_get_title (essay) : NULL;
}

static gboolean
states_again (GPtrArray     *slides,
              const DsSlide *slide)
{
  for (guint i = 0; i < slides->len; i++)
    {
      const DsSlide *other = g_ptr_array_index (slides, i);

      if (g_strcmp0 (other->essay_id, slide->essay_id) == 0 &&
          g_str_equal (other->question, slide->question) &&
          ds_slide_get_n_items (slide) == 0)
        return TRUE;
    }
  return FALSE;
}

DsQuizRun *
ds_quiz_run_new_claims (GPtrArray *cards,
                        DsLibrary *library)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new ();

  g_return_val_if_fail (cards != NULL, NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);
      DsSlide *slide;

      if (!ds_card_is_key_claim (card))
        continue;
      slide = ds_slide_new_from_card (card, DS_SLIDE_CLAIM, essay_title (library, card));
      /* Two claims of one sentence state it once. */
      if (states_again (slides, slide))
        ds_slide_free (slide);
      else
        g_ptr_array_add (slides, slide);
    }
  return ds_quiz_run_new (DS_QUIZ_RUN_CLAIMS, slides);
}

DsQuizRun *
ds_quiz_run_new_quiz (GPtrArray *cards,
                      DsLibrary *library)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new ();

  g_return_val_if_fail (cards != NULL, NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);

      g_ptr_array_add (slides, ds_slide_new_from_card (card, DS_SLIDE_QUESTION,
                                                       essay_title (library, card)));
    }
  g_ptr_array_add (slides, ds_slide_new (DS_SLIDE_SUMMARY, NULL));
  return ds_quiz_run_new (DS_QUIZ_RUN_QUIZ, slides);
}

DsQuizRunMode
ds_quiz_run_get_mode (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), DS_QUIZ_RUN_CLAIMS);
  return self->mode;
}

guint
ds_quiz_run_get_n_slides (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  return self->slides->len;
}

const DsSlide *
ds_quiz_run_get_slide (DsQuizRun *self,
                       guint      index)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), NULL);
  if (index >= self->slides->len)
    return NULL;
  return g_ptr_array_index (self->slides, index);
}

guint
ds_quiz_run_get_index (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  return self->index;
}

const DsSlide *
ds_quiz_run_get_current (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), NULL);
  return ds_quiz_run_get_slide (self, self->index);
}

const DsSlide *
ds_quiz_run_get_next_slide (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), NULL);
  return ds_quiz_run_get_slide (self, self->index + 1);
}

guint
ds_quiz_run_get_step (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  return self->step;
}

gboolean
ds_quiz_run_get_answer_revealed (DsQuizRun *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self);

  if (slide == NULL)
    return FALSE;
  if (slide->kind == DS_SLIDE_QUESTION)
    return self->step >= 1;
  if (slide->kind == DS_SLIDE_CLAIM && ds_slide_get_n_items (slide) == 0)
    return self->step >= 1;
  return FALSE;
}

guint
ds_quiz_run_get_n_items_shown (DsQuizRun *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self);

  if (slide == NULL)
    return 0;
  if (slide->kind == DS_SLIDE_CLAIM)
    return MIN (self->step, ds_slide_get_n_items (slide));
  if (slide->kind == DS_SLIDE_QUESTION && self->step >= 1)
    return ds_slide_get_n_items (slide);
  return 0;
}

/* State changes */

static void
emit_changed (DsQuizRun *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_countdown_state (DsQuizRun        *self,
                     DsCountdownState  state)
{
  if (self->countdown == state)
    return;
  self->countdown = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTDOWN_STATE]);
}

static void
reset_countdown (DsQuizRun *self)
{
  self->remaining_us = self->duration_us;
  set_countdown_state (self, DS_COUNTDOWN_IDLE);
}

static void
set_blank (DsQuizRun *self,
           DsBlank    blank)
{
  if (self->blank == blank)
    return;
  self->blank = blank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

/* Moves to a slide and step; the countdown belongs to one view of one
 * slide, so any move ends it. */
static gboolean
move_to (DsQuizRun *self,
         guint      index,
         guint      step)
{
  gboolean changed = FALSE;

  g_string_truncate (self->digits, 0);
  if (self->index != index)
    {
      self->index = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
      changed = TRUE;
    }
  if (self->step != step)
    {
      self->step = step;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
      changed = TRUE;
    }
  if (changed)
    reset_countdown (self);
  return changed;
}

/* While blanked, a move key only brings the slide back. */
static gboolean
unblank_instead (DsQuizRun *self)
{
  g_string_truncate (self->digits, 0);
  if (self->blank == DS_BLANK_NONE)
    return FALSE;
  set_blank (self, DS_BLANK_NONE);
  emit_changed (self);
  return TRUE;
}

static gboolean
finish_move (DsQuizRun *self,
             gboolean   moved)
{
  if (moved)
    emit_changed (self);
  return moved;
}

gboolean
ds_quiz_run_next (DsQuizRun *self)
{
  const DsSlide *slide;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (unblank_instead (self))
    return TRUE;
  slide = ds_quiz_run_get_current (self);
  if (slide == NULL)
    return FALSE;
  if (self->step < ds_slide_get_n_steps (slide))
    return finish_move (self, move_to (self, self->index, self->step + 1));
  if (self->index + 1 < self->slides->len)
    return finish_move (self, move_to (self, self->index + 1, 0));
  return FALSE;
}

gboolean
ds_quiz_run_back (DsQuizRun *self)
{
  const DsSlide *previous;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (unblank_instead (self))
    return TRUE;
  if (self->step > 0)
    return finish_move (self, move_to (self, self->index, self->step - 1));
  if (self->index == 0)
    return FALSE;
  /* Back onto a slide shows it as it was left: fully revealed. */
  previous = ds_quiz_run_get_slide (self, self->index - 1);
  return finish_move (self, move_to (self, self->index - 1,
                                     ds_slide_get_n_steps (previous)));
}

gboolean
ds_quiz_run_go_to (DsQuizRun *self,
                   guint      index)
{
  gboolean changed;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (index >= self->slides->len)
    return FALSE;
  /* A jump is deliberate: it also brings a blanked screen back. */
  changed = self->blank != DS_BLANK_NONE;
  set_blank (self, DS_BLANK_NONE);
  changed |= move_to (self, index, 0);
  return finish_move (self, changed);
}

gboolean
ds_quiz_run_first (DsQuizRun *self)
{
  return ds_quiz_run_go_to (self, 0);
}

gboolean
ds_quiz_run_last (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);
  if (self->slides->len == 0)
    return FALSE;
  return ds_quiz_run_go_to (self, self->slides->len - 1);
}

/* Slide numbers */

gboolean
ds_quiz_run_push_digit (DsQuizRun *self,
                        guint      digit)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);
  g_return_val_if_fail (digit <= 9, FALSE);

  if (self->digits->len >= MAX_DIGITS)
    return FALSE;
  g_string_append_c (self->digits, '0' + digit);
  emit_changed (self);
  return TRUE;
}

const char *
ds_quiz_run_get_digits (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), "");
  return self->digits->str;
}

void
ds_quiz_run_clear_digits (DsQuizRun *self)
{
  g_return_if_fail (DS_IS_QUIZ_RUN (self));
  if (self->digits->len == 0)
    return;
  g_string_truncate (self->digits, 0);
  emit_changed (self);
}

gboolean
ds_quiz_run_enter (DsQuizRun *self)
{
  guint64 number;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (self->digits->len == 0)
    return ds_quiz_run_next (self);

  number = g_ascii_strtoull (self->digits->str, NULL, 10);
  ds_quiz_run_clear_digits (self);
  if (number < 1 || number > self->slides->len)
    return FALSE;
  return ds_quiz_run_go_to (self, (guint) number - 1);
}

/* Blanking */

DsBlank
ds_quiz_run_get_blank (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), DS_BLANK_NONE);
  return self->blank;
}

void
ds_quiz_run_toggle_blank (DsQuizRun *self,
                          DsBlank    blank)
{
  g_return_if_fail (DS_IS_QUIZ_RUN (self));

  g_string_truncate (self->digits, 0);
  set_blank (self, self->blank == blank ? DS_BLANK_NONE : blank);
  emit_changed (self);
}

/* Tally */

gboolean
ds_quiz_run_add_hand (DsQuizRun *self,
                      guint      option,
                      int        delta)
{
  const DsSlide *slide;
  guint *hands;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  slide = ds_quiz_run_get_current (self);
  if (slide == NULL || slide->kind != DS_SLIDE_QUESTION ||
      option >= ds_slide_get_n_choices (slide))
    return FALSE;

  hands = &self->tallies[self->index].hands[option];
  if (delta < 0 && *hands < (guint) -delta)
    return FALSE;
  *hands += delta;
  emit_changed (self);
  return TRUE;
}

gboolean
ds_quiz_run_enter_hands (DsQuizRun *self,
                         guint      option)
{
  const DsSlide *slide;
  guint64 number;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (self->digits->len == 0)
    return FALSE;
  number = g_ascii_strtoull (self->digits->str, NULL, 10);
  g_string_truncate (self->digits, 0);
  slide = ds_quiz_run_get_current (self);
  if (slide != NULL && slide->kind == DS_SLIDE_QUESTION &&
      option < ds_slide_get_n_choices (slide))
    self->tallies[self->index].hands[option] = (guint) number;
  /* The typed number is used up either way. */
  emit_changed (self);
  return TRUE;
}

guint
ds_quiz_run_get_hands (DsQuizRun *self,
                       guint      index,
                       guint      option)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  if (index >= self->slides->len || option >= DS_QUIZ_MAX_CHOICES)
    return 0;
  return self->tallies[index].hands[option];
}

guint
ds_quiz_run_get_total_hands (DsQuizRun *self,
                             guint      index)
{
  guint total = 0;

  for (guint i = 0; i < DS_QUIZ_MAX_CHOICES; i++)
    total += ds_quiz_run_get_hands (self, index, i);
  return total;
}

void
ds_quiz_run_get_summary (DsQuizRun     *self,
                         DsQuizSummary *summary)
{
  g_return_if_fail (DS_IS_QUIZ_RUN (self));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  summary->hardest_index = -1;

  for (guint i = 0; i < self->slides->len; i++)
    {
      const DsSlide *slide = g_ptr_array_index (self->slides, i);
      guint total = ds_quiz_run_get_total_hands (self, i);
      guint right;
      double share;

      if (slide->kind != DS_SLIDE_QUESTION)
        continue;
      summary->n_questions++;
      if (total == 0 || slide->correct_choice < 0)
        continue;

      right = ds_quiz_run_get_hands (self, i, slide->correct_choice);
      share = (double) right / total;
      summary->n_tallied++;
      summary->total_hands += total;
      summary->correct_hands += right;
      if (summary->hardest_index < 0 || share < summary->hardest_share)
        {
          summary->hardest_index = i;
          summary->hardest_share = share;
        }
    }
}

/* Countdown */

void
ds_quiz_run_set_clock (DsQuizRun   *self,
                       DsClockFunc  clock,
                       gpointer     user_data)
{
  g_return_if_fail (DS_IS_QUIZ_RUN (self));

  self->clock = clock ? clock : ds_clock_monotonic_time;
  self->clock_data = clock ? user_data : NULL;
}

gint64
ds_quiz_run_now (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  return self->clock (self->clock_data);
}

void
ds_quiz_run_set_countdown_seconds (DsQuizRun *self,
                                   guint      seconds)
{
  g_return_if_fail (DS_IS_QUIZ_RUN (self));
  g_return_if_fail (seconds > 0);

  self->duration_us = (gint64) seconds * G_USEC_PER_SEC;
  if (self->countdown == DS_COUNTDOWN_IDLE)
    self->remaining_us = self->duration_us;
}

guint
ds_quiz_run_get_countdown_seconds (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  return self->duration_us / G_USEC_PER_SEC;
}

gboolean
ds_quiz_run_toggle_countdown (DsQuizRun *self)
{
  const DsSlide *slide;
  gint64 now;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  slide = ds_quiz_run_get_current (self);
  if (slide == NULL || slide->kind == DS_SLIDE_SUMMARY)
    return FALSE;

  ds_quiz_run_tick (self);
  now = ds_quiz_run_now (self);
  switch (self->countdown)
    {
    case DS_COUNTDOWN_IDLE:
    case DS_COUNTDOWN_EXPIRED:
      self->deadline_us = now + self->duration_us;
      set_countdown_state (self, DS_COUNTDOWN_RUNNING);
      break;
    case DS_COUNTDOWN_RUNNING:
      self->remaining_us = self->deadline_us - now;
      set_countdown_state (self, DS_COUNTDOWN_PAUSED);
      break;
    case DS_COUNTDOWN_PAUSED:
      self->deadline_us = now + self->remaining_us;
      set_countdown_state (self, DS_COUNTDOWN_RUNNING);
      break;
    default:
      g_assert_not_reached ();
    }
  emit_changed (self);
  return TRUE;
}

DsCountdownState
ds_quiz_run_get_countdown_state (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), DS_COUNTDOWN_IDLE);
  return self->countdown;
}

gint64
ds_quiz_run_get_countdown_remaining (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);

  switch (self->countdown)
    {
    case DS_COUNTDOWN_IDLE:
      return self->duration_us;
    case DS_COUNTDOWN_PAUSED:
      return self->remaining_us;
    case DS_COUNTDOWN_RUNNING:
      return MAX (0, self->deadline_us - ds_quiz_run_now (self));
    case DS_COUNTDOWN_EXPIRED:
    default:
      return 0;
    }
}

guint
ds_quiz_run_get_countdown_display_seconds (DsQuizRun *self)
{
  gint64 remaining = ds_quiz_run_get_countdown_remaining (self);

  /* Rounded up: "1" shows until the very end, "0" only when time is up. */
  return (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
}

double
ds_quiz_run_get_countdown_fraction (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), 0);
  if (self->duration_us <= 0)
    return 0;
  return CLAMP ((double) ds_quiz_run_get_countdown_remaining (self) / self->duration_us,
                0.0, 1.0);
}

gboolean
ds_quiz_run_tick (DsQuizRun *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_RUN (self), FALSE);

  if (self->countdown != DS_COUNTDOWN_RUNNING ||
      ds_quiz_run_now (self) < self->deadline_us)
    return FALSE;
  set_countdown_state (self, DS_COUNTDOWN_EXPIRED);
  emit_changed (self);
  return TRUE;
}
