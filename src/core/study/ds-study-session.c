/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStudySession"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-study-session.h"

/* A card waiting for a learning step, due at @due. */
typedef struct {
  DsCard *card;
  gint64  due;
} Waiting;

/* One answer of this session, kept for undo. */
typedef struct {
  DsCard  *card;
  gboolean requeued;
  gboolean correct;
  gint64   answered_at;
} Answered;

struct _DsStudySession
{
  GObject           parent_instance;

  DsDeck           *deck;
  DsCardScope      *scope;

  DsClockFunc       clock;
  gpointer          clock_data;

  DsFsrs           *fsrs;
  double            fsrs_retention;

  GQueue            queue;      /* DsCard refs: due, then new */
  GArray           *waiting;    /* Waiting, sorted by due */
  GArray           *answered;   /* Answered, oldest first */
  GHashTable       *seen;       /* card id → number of answers */
  GHashTable       *expected;   /* card id → answers it is expected to take */
  guint             extra_new;  /* new cards beyond today's allowance */
  DsCard           *card;       /* the current card (a ref), or NULL */

  gint64            started_at;
  guint             n_correct;
};

G_DEFINE_FINAL_TYPE (DsStudySession, ds_study_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (ds-study-session-error-quark, ds_study_session_error)

enum {
  PROP_0,
  PROP_CARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Modes and scopes. */

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", " \t\n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      n++;
  return n;
}

DsStudyMode
ds_study_mode_for_card (DsCard *card)
{
  const char * const *choices;
  guint n_words;

  g_return_val_if_fail (DS_IS_CARD (card), DS_STUDY_MODE_FLIP);

  switch (ds_card_get_kind (card))
    {
    case DS_CARD_MULTIPLE_CHOICE:
    case DS_CARD_TRUE_FALSE:
      choices = ds_card_get_choices (card);
      /* Without two choices and a valid right one there is nothing to pick. */
      if (choices != NULL && g_strv_length ((char **) choices) >= 2 &&
          ds_card_get_correct_choice (card) >= 0 &&
          ds_card_get_correct_choice (card) < (int) g_strv_length ((char **) choices))
        return DS_STUDY_MODE_CHOICE;
      return DS_STUDY_MODE_FLIP;
    case DS_CARD_LIST:
      if (ds_card_get_items (card) != NULL && ds_card_get_items (card)[0] != NULL)
        return DS_STUDY_MODE_LIST;
      return DS_STUDY_MODE_FLIP;
    case DS_CARD_CLOZE:
      return count_words (ds_card_get_answer (card)) > 0 ? DS_STUDY_MODE_CLOZE
                                                         : DS_STUDY_MODE_FLIP;
    case DS_CARD_FACT:
      /* A short fact (a number, a name) can be typed and checked; a
       * sentence cannot be typed word for word, so it is self-graded. */
      n_words = count_words (ds_card_get_answer (card));
      return n_words > 0 && n_words <= DS_STUDY_TYPED_MAX_WORDS ? DS_STUDY_MODE_TYPED
                                                                : DS_STUDY_MODE_FLIP;
    case DS_CARD_DEFINITION:
    default:
      return DS_STUDY_MODE_FLIP;
    }
}

/* Days. */

static GDateTime *
date_time_at (DsProgress *progress,
              gint64      ms)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) exact = g_date_time_add (utc, (ms % 1000) * 1000);

  return g_date_time_to_timezone (exact, ds_progress_get_time_zone (progress));
}

/* The first instant of the day after the one @ms falls on, in ms. */
static gint64
end_of_day (DsProgress *progress,
            gint64      ms)
{
  g_autoptr(GDateTime) now = date_time_at (progress, ms);
  g_autoptr(GDateTime) midnight = g_date_time_new (ds_progress_get_time_zone (progress),
                                                   g_date_time_get_year (now),
                                                   g_date_time_get_month (now),
                                                   g_date_time_get_day_of_month (now),
                                                   0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);

  return g_date_time_to_unix (next) * 1000;
}

static guint
new_allowance (DsDeck *deck,
               gint64  now_ms)
{
  DsProgress *progress = ds_deck_get_progress (deck);
  guint limit = ds_settings_get_new_cards_per_day (ds_deck_get_settings (deck));
  g_autoptr(GDateTime) now = date_time_at (progress, now_ms);
  g_autofree char *key = ds_progress_day_key (progress, now);
  DsDayStats day;

  ds_progress_get_day_stats (progress, key, &day);
  return day.new_cards >= limit ? 0 : limit - day.new_cards;
}

/* Whether a card answered before is due: a card in the Review state for
 * the whole calendar day it falls due on, a learning step at its time. */
static gboolean
is_due (const DsFsrsCard *state,
        gint64            now_ms,
        gint64            day_end_ms)
{
  if (state->state == DS_FSRS_REVIEW)
    return state->due < day_end_ms;
  return state->due <= now_ms;
}

/* Siblings. */

gboolean
ds_study_cards_are_siblings (DsCard *a,
                             DsCard *b)
{
  g_return_val_if_fail (a == NULL || DS_IS_CARD (a), FALSE);
  g_return_val_if_fail (b == NULL || DS_IS_CARD (b), FALSE);

  /* A card without a source span is nobody's sibling: nothing ties it to
   * a claim. */
  if (a == NULL || b == NULL || a == b ||
      ds_card_get_source_end (a) <= ds_card_get_source_start (a) ||
      ds_card_get_source_end (b) <= ds_card_get_source_start (b) ||
      g_strcmp0 (ds_card_get_essay_id (a), ds_card_get_essay_id (b)) != 0)
    return FALSE;
  return ds_card_get_source_start (a) < ds_card_get_source_end (b) &&
         ds_card_get_source_start (b) < ds_card_get_source_end (a);
}

/* Cards that bury their new siblings for the day, by essay: cards answered
 * today and cards this session will ask. */
typedef struct {
  GHashTable *by_essay;   /* essay id → GPtrArray of DsCard (unowned) */
} Buriers;

static void
buriers_init (Buriers *buriers)
{
  buriers->by_essay = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);
}

static void
buriers_clear (Buriers *buriers)
{
  g_clear_pointer (&buriers->by_essay, g_hash_table_unref);
}

static void
buriers_add (Buriers *buriers,
             DsCard  *card)
{
  const char *essay_id = ds_card_get_essay_id (card);
  GPtrArray *cards = g_hash_table_lookup (buriers->by_essay, essay_id);

  if (cards == NULL)
    {
      cards = g_ptr_array_new ();
      g_hash_table_insert (buriers->by_essay, (gpointer) essay_id, cards);
    }
  g_ptr_array_add (cards, card);
}

static gboolean
buriers_bury (Buriers *buriers,
              DsCard  *card)
{
  GPtrArray *cards = g_hash_table_lookup (buriers->by_essay, ds_card_get_essay_id (card));

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    if (ds_study_cards_are_siblings (card, cards->pdata[i]))
      return TRUE;
  return FALSE;
}

/* Selection. */

typedef struct {
  DsCard *card;
  gint64  due;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  return ca->due < cb->due ? -1 : ca->due > cb->due;
}

/* What select_cards () found. */
typedef struct {
  GArray    *due;        /* Candidate: due now, most overdue first */
  GArray    *learning;   /* Candidate: learning steps within reach */
  GPtrArray *fresh;      /* DsCard refs: new cards, essays interleaved */
  guint      n_waiting;  /* new cards beyond the allowance */
} Selection;

static void
selection_init (Selection *sel)
{
  sel->due = g_array_new (FALSE, FALSE, sizeof (Candidate));
  sel->learning = g_array_new (FALSE, FALSE, sizeof (Candidate));
  sel->fresh = g_ptr_array_new_with_free_func (g_object_unref);
  sel->n_waiting = 0;
}

static void
selection_clear (Selection *sel)
{
  g_clear_pointer (&sel->due, g_array_unref);
  g_clear_pointer (&sel->learning, g_array_unref);
  g_clear_pointer (&sel->fresh, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Selection, selection_clear)

/* The new cards of each essay, in source order; essays in card order. */
typedef struct {
  GPtrArray  *essays;     /* GPtrArray of DsCard (unowned), one per essay */
  GHashTable *by_essay;   /* essay id → one of them */
} NewCards;

static void
new_cards_add (NewCards *fresh,
               DsCard   *card)
{
  GPtrArray *cards = g_hash_table_lookup (fresh->by_essay, ds_card_get_essay_id (card));

  if (cards == NULL)
    {
      cards = g_ptr_array_new ();
      g_ptr_array_add (fresh->essays, cards);
      g_hash_table_insert (fresh->by_essay, (gpointer) ds_card_get_essay_id (card), cards);
    }
  g_ptr_array_add (cards, card);
}

/*
 * New cards take turns by essay (one of the first essay, one of the
 * second, …), so that "all due" mixes the essays. A new card whose sibling
 * was answered today or is asked in this session waits for another day,
 * as Anki buries siblings: the cards of one claim give each other away.
 */
static void
pick_new_cards (NewCards  *fresh,
                Buriers   *buriers,
                guint      allowance,
                Selection *sel)
{
  gboolean more = TRUE;

  for (guint round = 0; more; round++)
    {
      more = FALSE;
      for (guint e = 0; e < fresh->essays->len; e++)
        {
          GPtrArray *cards = fresh->essays->pdata[e];
          DsCard *card;

          if (round >= cards->len)
            continue;
          more = TRUE;
          card = cards->pdata[round];
          if (buriers_bury (buriers, card))
            continue;
          buriers_add (buriers, card);
          if (sel->fresh->len < allowance)
            g_ptr_array_add (sel->fresh, g_object_ref (card));
          else
            sel->n_waiting++;
        }
    }
}

/* Sorts a card that has been answered into @sel; cards answered today
 * and cards to ask bury their new siblings. */
static void
select_answered (Selection        *sel,
                 Buriers          *buriers,
                 DsProgress       *progress,
                 DsCard           *card,
                 const DsFsrsCard *state,
                 gint64            now_ms,
                 gint64            day_end)
{
  Candidate candidate = { card, state->due };
  gboolean asked = FALSE;

  if (is_due (state, now_ms, day_end))
    {
      g_array_append_val (sel->due, candidate);
      asked = TRUE;
    }
  else if (state->state != DS_FSRS_REVIEW &&
           state->due <= now_ms + DS_STUDY_LEARN_AHEAD_MS)
    {
      g_array_append_val (sel->learning, candidate);
      asked = TRUE;
    }
  if (asked || (state->last_review != DS_FSRS_NO_REVIEW &&
                end_of_day (progress, state->last_review) == day_end))
    buriers_add (buriers, card);
}

/* Fills @sel with the cards of @scope due at @now_ms, the new cards
 * allowed (today's allowance plus @extra_new) and how many more wait. */
static void
select_cards (DsDeck            *deck,
              const DsCardScope *scope,
              gint64             now_ms,
              guint              extra_new,
              Selection         *sel)
{
  DsProgress *progress = ds_deck_get_progress (deck);
  GListModel *cards = ds_deck_get_cards (deck);
  guint n = g_list_model_get_n_items (cards);
  gint64 day_end = end_of_day (progress, now_ms);
  NewCards fresh = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
                     g_hash_table_new (g_str_hash, g_str_equal) };
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  Buriers buriers;

  buriers_init (&buriers);
  for (guint i = 0; i < n; i++)
    {
      DsCard *card = g_list_model_get_item (cards, i);
      DsFsrsCard state;

      g_ptr_array_add (held, card);
      if (!ds_card_scope_contains (scope, card) ||
          ds_progress_is_suspended (progress, ds_card_get_id (card)))
        continue;
      if (!ds_progress_get_card (progress, ds_card_get_id (card), &state) ||
          state.state == DS_FSRS_NEW)
        new_cards_add (&fresh, card);
      else
        select_answered (sel, &buriers, progress, card, &state, now_ms, day_end);
    }

  pick_new_cards (&fresh, &buriers, new_allowance (deck, now_ms) + extra_new, sel);
  g_array_sort (sel->due, compare_candidates);
  g_array_sort (sel->learning, compare_candidates);
  buriers_clear (&buriers);
  g_hash_table_unref (fresh.by_essay);
  g_ptr_array_unref (fresh.essays);
}

void
ds_study_count (DsDeck            *deck,
                const DsCardScope *scope,
                gint64             now_ms,
                guint             *n_due,
                guint             *n_new)
{
  g_auto(Selection) sel = { 0, };

  g_return_if_fail (DS_IS_DECK (deck));

  selection_init (&sel);
  select_cards (deck, scope, now_ms, 0, &sel);
  /* Learning steps within reach count as due: a session would show them. */
  if (n_due != NULL)
    *n_due = sel.due->len + sel.learning->len;
  if (n_new != NULL)
    *n_new = sel.fresh->len;
}

guint
ds_study_count_waiting_new (DsDeck            *deck,
                            const DsCardScope *scope,
                            gint64             now_ms)
{
  g_auto(Selection) sel = { 0, };

  g_return_val_if_fail (DS_IS_DECK (deck), 0);

  selection_init (&sel);
  select_cards (deck, scope, now_ms, 0, &sel);
  return sel.n_waiting;
}

typedef struct {
  DsDeck            *deck;
  const DsCardScope *scope;
  gint64        now;
  gint64        day_end;
  gint64        next;
  gboolean      has_new;
} NextDue;

static void
next_due_cb (const char       *card_id,
             const DsFsrsCard *state,
             gpointer          user_data)
{
  NextDue *data = user_data;
  DsCard *card = ds_deck_lookup (data->deck, card_id);
  gint64 when;

  if (card == NULL || state->state == DS_FSRS_NEW ||
      !ds_card_scope_contains (data->scope, card) ||
      ds_progress_is_suspended (ds_deck_get_progress (data->deck), card_id))
    return;

  /* A review due later today is due now (see is_due()). */
  when = is_due (state, data->now, data->day_end) ? data->now : state->due;
  if (data->next < 0 || when < data->next)
    data->next = when;
}

gint64
ds_study_next_due (DsDeck            *deck,
                   const DsCardScope *scope,
                   gint64             now_ms)
{
  DsProgress *progress;
  NextDue data = { deck, scope, now_ms, 0, -1, FALSE };
  guint n_new = 0;

  g_return_val_if_fail (DS_IS_DECK (deck), -1);

  progress = ds_deck_get_progress (deck);
  data.day_end = end_of_day (progress, now_ms);
  ds_progress_foreach_card (progress, next_due_cb, &data);

  /* New cards held back by today's allowance come tomorrow. */
  ds_study_count (deck, scope, now_ms, NULL, &n_new);
  if (n_new > 0)
    return now_ms;
  /* New cards held back by the allowance, or buried because a sibling
   * was answered today, come tomorrow; with no new cards allowed at all,
   * tomorrow brings none either. */
  if (ds_settings_get_new_cards_per_day (ds_deck_get_settings (deck)) > 0)
    {
      GListModel *cards = ds_deck_get_cards (deck);
      guint n = g_list_model_get_n_items (cards);

      for (guint i = 0; i < n && !data.has_new; i++)
        {
          g_autoptr(DsCard) card = g_list_model_get_item (cards, i);
          DsFsrsCard state;

          data.has_new = ds_card_scope_contains (scope, card) &&
                         !ds_progress_is_suspended (progress, ds_card_get_id (card)) &&
                         (!ds_progress_get_card (progress, ds_card_get_id (card), &state) ||
                          state.state == DS_FSRS_NEW);
        }
      if (data.has_new && (data.next < 0 || data.day_end < data.next))
        data.next = data.day_end;
    }
  return data.next;
}

/* The session. */

static void
ds_study_session_finalize (GObject *object)
{
  DsStudySession *self = DS_STUDY_SESSION (object);

  g_queue_clear_full (&self->queue, g_object_unref);
  for (guint i = 0; i < self->waiting->len; i++)
    g_object_unref (g_array_index (self->waiting, Waiting, i).card);
  for (guint i = 0; i < self->answered->len; i++)
    g_object_unref (g_array_index (self->answered, Answered, i).card);
  g_clear_pointer (&self->waiting, g_array_unref);
  g_clear_pointer (&self->answered, g_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->expected, g_hash_table_unref);
  g_clear_pointer (&self->fsrs, ds_fsrs_free);
  g_clear_object (&self->card);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->scope, ds_card_scope_free);

  G_OBJECT_CLASS (ds_study_session_parent_class)->finalize (object);
}

static void
ds_study_session_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DsStudySession *self = DS_STUDY_SESSION (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_study_session_class_init (DsStudySessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_study_session_finalize;
  object_class->get_property = ds_study_session_get_property;

  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL, DS_TYPE_CARD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_study_session_init (DsStudySession *self)
{
  g_queue_init (&self->queue);
  self->waiting = g_array_new (FALSE, FALSE, sizeof (Waiting));
  self->answered = g_array_new (FALSE, FALSE, sizeof (Answered));
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->clock = ds_clock_real_time;
}

DsStudySession *
ds_study_session_new (DsDeck            *deck,
                      const DsCardScope *scope)
{
  DsStudySession *self;

  g_return_val_if_fail (DS_IS_DECK (deck), NULL);

  self = g_object_new (DS_TYPE_STUDY_SESSION, NULL);
  self->deck = g_object_ref (deck);
  self->scope = scope ? ds_card_scope_copy (scope) : ds_card_scope_new (NULL, NULL);
  return self;
}

void
ds_study_session_set_clock (DsStudySession *self,
                            DsClockFunc     func,
                            gpointer        user_data)
{
  g_return_if_fail (DS_IS_STUDY_SESSION (self));

  self->clock = func ? func : ds_clock_real_time;
  self->clock_data = func ? user_data : NULL;
}

gint64
ds_study_session_now (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  return self->clock (self->clock_data) / DS_MS_US;
}

DsDeck *
ds_study_session_get_deck (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), NULL);

  return self->deck;
}

const DsCardScope *
ds_study_session_get_scope (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), NULL);

  return self->scope;
}

/* The scheduler follows the retention preference and the progress' zone,
 * so that its days are the days the statistics count. */
static DsFsrs *
scheduler (DsStudySession *self)
{
  double retention = ds_settings_get_requested_retention (ds_deck_get_settings (self->deck));

  if (self->fsrs == NULL || self->fsrs_retention != retention)
    {
      DsFsrsParams params;

      g_clear_pointer (&self->fsrs, ds_fsrs_free);
      ds_fsrs_params_init_default (&params);
      if (retention > 0 && retention < 1)
        params.request_retention = retention;
      self->fsrs = ds_fsrs_new (&params);
      self->fsrs_retention = retention;
    }
  ds_fsrs_set_time_zone (self->fsrs, ds_progress_get_time_zone (ds_deck_get_progress (self->deck)));
  return self->fsrs;
}

static void
set_card (DsStudySession *self,
          DsCard         *card)
{
  if (g_set_object (&self->card, card))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}

/* The first card of the queue that is not a sibling of @prev, or NULL. */
static GList *
queue_find_stranger (DsStudySession *self,
                     DsCard         *prev)
{
  for (GList *l = self->queue.head; l != NULL; l = l->next)
    if (!ds_study_cards_are_siblings (prev, l->data))
      return l;
  return NULL;
}

/* The first learning step that is not a sibling of @prev (when @due_only,
 * only among those due at @now), or -1. */
static int
waiting_find_stranger (DsStudySession *self,
                       DsCard         *prev,
                       gint64          now,
                       gboolean        due_only)
{
  for (guint i = 0; i < self->waiting->len; i++)
    {
      Waiting *waiting = &g_array_index (self->waiting, Waiting, i);

      if (due_only && waiting->due > now)
        break;
      if (!ds_study_cards_are_siblings (prev, waiting->card))
        return (int) i;
    }
  return -1;
}

static DsCard *
take_waiting (DsStudySession *self,
              guint           index)
{
  DsCard *card = g_array_index (self->waiting, Waiting, index).card;

  g_array_remove_index (self->waiting, index);
  return card;
}

static DsCard *
take_queued (DsStudySession *self,
             GList          *link)
{
  DsCard *card = link->data;

  g_queue_delete_link (&self->queue, link);
  return card;
}

/* Picks the next card: a learning step that is due, else the next due or
 * new card, else the earliest learning step within reach. A sibling of the
 * card just answered (@prev) waits when any other card can come first: it
 * would give the answer away. Returns a reference. */
static DsCard *
pick_next (DsStudySession *self,
           DsCard         *prev,
           gint64          now)
{
  int step = waiting_find_stranger (self, prev, now, TRUE);
  GList *queued;

  if (step >= 0)
    return take_waiting (self, step);
  queued = queue_find_stranger (self, prev);
  if (queued != NULL)
    return take_queued (self, queued);
  step = waiting_find_stranger (self, prev, now, FALSE);
  if (step >= 0)
    return take_waiting (self, step);
  /* Only siblings are left: the usual order. */
  if (self->waiting->len > 0 &&
      (g_array_index (self->waiting, Waiting, 0).due <= now || g_queue_is_empty (&self->queue)))
    return take_waiting (self, 0);
  return g_queue_pop_head (&self->queue);
}

static void
advance (DsStudySession *self)
{
  g_autoptr(DsCard) next = pick_next (self, self->card, ds_study_session_now (self));

  set_card (self, next);
}

/* Orders @cards (references, taken) into the queue so that no two
 * siblings follow each other where another card can go between them. */
static void
queue_spread (DsStudySession *self,
              GPtrArray      *cards)
{
  DsCard *prev = NULL;

  while (cards->len > 0)
    {
      guint pick = 0;

      for (guint i = 0; i < cards->len; i++)
        if (!ds_study_cards_are_siblings (prev, cards->pdata[i]))
          {
            pick = i;
            break;
          }
      prev = g_ptr_array_steal_index (cards, pick);
      g_queue_push_tail (&self->queue, prev);
    }
}

static void
add_waiting (DsStudySession *self,
             DsCard         *card,
             gint64          due)
{
  Waiting waiting = { g_object_ref (card), due };
  guint i;

  for (i = 0; i < self->waiting->len; i++)
    if (g_array_index (self->waiting, Waiting, i).due > due)
      break;
  g_array_insert_val (self->waiting, i, waiting);
}

guint
ds_study_session_start (DsStudySession *self)
{
  g_auto(Selection) sel = { 0, };
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  self->started_at = ds_study_session_now (self);
  g_queue_clear_full (&self->queue, g_object_unref);
  for (guint i = 0; i < self->waiting->len; i++)
    g_object_unref (g_array_index (self->waiting, Waiting, i).card);
  g_array_set_size (self->waiting, 0);
  g_hash_table_remove_all (self->expected);
  set_card (self, NULL);

  selection_init (&sel);
  select_cards (self->deck, self->scope, self->started_at, self->extra_new, &sel);
  for (guint i = 0; i < sel.due->len; i++)
    g_ptr_array_add (cards, g_object_ref (g_array_index (sel.due, Candidate, i).card));
  for (guint i = 0; i < sel.fresh->len; i++)
    g_ptr_array_add (cards, g_object_ref (sel.fresh->pdata[i]));
  queue_spread (self, cards);
  for (guint i = 0; i < sel.learning->len; i++)
    add_waiting (self, g_array_index (sel.learning, Candidate, i).card,
                 g_array_index (sel.learning, Candidate, i).due);

  advance (self);
  return ds_study_session_get_n_remaining (self);
}

void
ds_study_session_set_extra_new (DsStudySession *self,
                                guint           n_cards)
{
  g_return_if_fail (DS_IS_STUDY_SESSION (self));

  self->extra_new = n_cards;
}

DsCard *
ds_study_session_get_card (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), NULL);

  return self->card;
}

guint
ds_study_session_get_n_remaining (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  return g_queue_get_length (&self->queue) + self->waiting->len + (self->card ? 1 : 0);
}

/* How many answers @card is expected to take in this session when each
 * one is Good: a new card goes through its learning steps, a review is
 * one answer. Cached until the card is answered. */
static guint
expected_answers (DsStudySession *self,
                  DsCard         *card)
{
  gpointer cached;
  DsFsrsCard state, next;
  gint64 now = ds_study_session_now (self);
  gint64 at;
  guint n = 0;

  if (g_hash_table_lookup_extended (self->expected, ds_card_get_id (card), NULL, &cached))
    return GPOINTER_TO_UINT (cached);

  if (!ds_progress_get_card (ds_deck_get_progress (self->deck), ds_card_get_id (card), &state))
    ds_fsrs_card_init (&state, now);
  at = MAX (now, state.due);
  /* Each step that comes back within the session is one more answer. */
  while (++n <= DS_FSRS_MAX_STEPS &&
         ds_fsrs_review (scheduler (self), &state, at, DS_RATING_GOOD, &next, NULL) &&
         next.state != DS_FSRS_REVIEW && next.due <= at + DS_STUDY_LEARN_AHEAD_MS)
    {
      state = next;
      at = MAX (at, next.due);
    }
  n = MIN (n, DS_FSRS_MAX_STEPS);
  g_hash_table_insert (self->expected, g_strdup (ds_card_get_id (card)), GUINT_TO_POINTER (n));
  return n;
}

guint
ds_study_session_get_n_left (DsStudySession *self)
{
  guint n = 0;

  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  if (self->card != NULL)
    n += expected_answers (self, self->card);
  for (GList *l = self->queue.head; l != NULL; l = l->next)
    n += expected_answers (self, l->data);
  for (guint i = 0; i < self->waiting->len; i++)
    n += expected_answers (self, g_array_index (self->waiting, Waiting, i).card);
  return n;
}

gboolean
ds_study_session_get_state (DsStudySession *self,
                            DsFsrsCard     *out)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (self->card == NULL)
    return FALSE;
  if (!ds_progress_get_card (ds_deck_get_progress (self->deck),
                             ds_card_get_id (self->card), out))
    ds_fsrs_card_init (out, ds_study_session_now (self));
  return TRUE;
}

gboolean
ds_study_session_preview (DsStudySession *self,
                          gint64          intervals[4])
{
  DsFsrsCard state;
  DsFsrsCard outcomes[4];
  gint64 now;

  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), FALSE);

  if (!ds_study_session_get_state (self, &state))
    return FALSE;
  now = ds_study_session_now (self);
  ds_fsrs_preview (scheduler (self), &state, now, outcomes);
  for (guint i = 0; i < 4; i++)
    intervals[i] = MAX (outcomes[i].due - now, 0);
  return TRUE;
}

gboolean
ds_study_session_answer (DsStudySession  *self,
                         DsRating         rating,
                         gboolean         correct,
                         GError         **error)
{
  DsProgress *progress;
  DsFsrsCard before;
  DsFsrsCard after;
  Answered answered = { 0, };
  g_autoptr(GDateTime) when = NULL;
  gint64 now;

  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), FALSE);
  g_return_val_if_fail (rating >= DS_RATING_AGAIN && rating <= DS_RATING_EASY, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ds_study_session_get_state (self, &before))
    {
      g_set_error_literal (error, DS_STUDY_SESSION_ERROR, DS_STUDY_SESSION_ERROR_NO_CARD,
                           _("There is no card to answer"));
      return FALSE;
    }

  progress = ds_deck_get_progress (self->deck);
  now = ds_study_session_now (self);
  if (!ds_fsrs_review (scheduler (self), &before, now, rating, &after, NULL))
    {
      g_set_error_literal (error, DS_STUDY_SESSION_ERROR, DS_STUDY_SESSION_ERROR_SCHEDULE,
                           _("The clock is earlier than the card’s last review"));
      return FALSE;
    }

  when = date_time_at (progress, now);
  /* Not on disk (the review log could not be written): not answered. */
  if (!ds_progress_record_answer (progress, ds_card_get_id (self->card), &before, &after,
                                  rating, correct, when, error))
    return FALSE;

  answered.card = g_object_ref (self->card);
  answered.correct = correct;
  answered.answered_at = now;
  answered.requeued = after.state != DS_FSRS_REVIEW &&
                      after.due <= now + DS_STUDY_LEARN_AHEAD_MS;
  g_array_append_val (self->answered, answered);
  if (answered.requeued)
    add_waiting (self, self->card, after.due);
  g_hash_table_remove (self->expected, ds_card_get_id (self->card));
  if (correct)
    self->n_correct++;
  g_hash_table_replace (self->seen, g_strdup (ds_card_get_id (self->card)),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->seen,
                                                                                 ds_card_get_id (self->card))) + 1));

  advance (self);
  return TRUE;
}

gboolean
ds_study_session_can_undo (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), FALSE);

  return self->answered->len > 0 &&
         ds_progress_can_undo (ds_deck_get_progress (self->deck));
}

/* Takes @card out of the session wherever it waits. A card is in one place
 * at most (the queue, the learning steps or the current card), so after an
 * undo it is asked once, not twice. */
static void
take_card (DsStudySession *self,
           DsCard         *card)
{
  GList *link;

  for (guint i = 0; i < self->waiting->len; i++)
    if (g_array_index (self->waiting, Waiting, i).card == card)
      {
        g_object_unref (card);
        g_array_remove_index (self->waiting, i);
        return;
      }

  link = g_queue_find (&self->queue, card);
  if (link != NULL)
    {
      g_queue_delete_link (&self->queue, link);
      g_object_unref (card);
      return;
    }

  if (self->card == card)
    set_card (self, NULL);
}

gboolean
ds_study_session_undo (DsStudySession *self)
{
  Answered last;
  g_autofree char *undone_id = NULL;
  const char *id;
  guint count;

  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), FALSE);

  if (!ds_study_session_can_undo (self))
    return FALSE;

  last = g_array_index (self->answered, Answered, self->answered->len - 1);
  if (!ds_progress_undo_last (ds_deck_get_progress (self->deck), &undone_id, NULL))
    return FALSE;
  if (g_strcmp0 (undone_id, ds_card_get_id (last.card)) != 0)
    g_warning ("Undid an answer to %s, expected %s", undone_id, ds_card_get_id (last.card));
  g_array_remove_index (self->answered, self->answered->len - 1);

  if (last.requeued)
    take_card (self, last.card);
  if (last.correct)
    self->n_correct--;
  id = ds_card_get_id (last.card);
  g_hash_table_remove (self->expected, id);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, id));
  if (count <= 1)
    g_hash_table_remove (self->seen, id);
  else
    g_hash_table_replace (self->seen, g_strdup (id), GUINT_TO_POINTER (count - 1));

  /* The card that was up next waits at the front again. */
  if (self->card != NULL)
    g_queue_push_head (&self->queue, g_object_ref (self->card));
  set_card (self, last.card);
  g_object_unref (last.card);
  return TRUE;
}

guint
ds_study_session_get_n_answered (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  return self->answered->len;
}

guint
ds_study_session_get_n_correct (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  return self->n_correct;
}

guint
ds_study_session_get_n_cards_seen (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  return g_hash_table_size (self->seen);
}

gint64
ds_study_session_get_elapsed (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), 0);

  if (self->answered->len == 0)
    return 0;
  return MAX (g_array_index (self->answered, Answered, self->answered->len - 1).answered_at
              - self->started_at, 0);
}

gint64
ds_study_session_get_next_due (DsStudySession *self)
{
  g_return_val_if_fail (DS_IS_STUDY_SESSION (self), -1);

  return ds_study_next_due (self->deck, self->scope, ds_study_session_now (self));
}
