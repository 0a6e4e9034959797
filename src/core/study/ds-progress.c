/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsProgress"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-progress-private.h"

/* How many answers Ctrl+Z can walk back. */
#define MAX_UNDO 100

G_DEFINE_FINAL_TYPE (DsProgress, ds_progress, G_TYPE_OBJECT)
G_DEFINE_QUARK (ds-progress-error-quark, ds_progress_error)

enum {
  PROP_0,
  PROP_READ_ONLY,
  PROP_RESTORED,
  PROP_NOTICE,
  PROP_STORE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
edit_free (DsProgressEdit *edit)
{
  g_free (edit->question);
  g_free (edit->answer);
  g_free (edit);
}

static void
undo_free (DsProgressUndo *entry)
{
  g_free (entry->card_id);
  g_free (entry->day_key);
  g_free (entry);
}

/* ------------------------------------------------------------------ */
/* The state in memory                                                 */

/* FNV-1a: stable across GLib versions, unlike g_str_hash(), so a card
 * stays in its key forever. */
guint
_ds_progress_shard_of (const char *card_id)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) card_id; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;

  return hash % DS_PROGRESS_N_SHARDS;
}

GHashTable *
_ds_progress_cards_of (DsProgress *self,
                       const char *card_id)
{
  return self->cards[_ds_progress_shard_of (card_id)];
}

void
_ds_progress_clear_state (DsProgress *self)
{
  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    g_hash_table_remove_all (self->cards[shard]);
  g_hash_table_remove_all (self->days);
  g_hash_table_remove_all (self->suspended);
  g_hash_table_remove_all (self->edits);
  g_queue_clear_full (&self->undo, (GDestroyNotify) undo_free);
  self->misplaced = 0;
}

static void
card_init_new (DsFsrsCard *card)
{
  memset (card, 0, sizeof *card);
  card->state = DS_FSRS_NEW;
  card->last_review = DS_FSRS_NO_REVIEW;
}

static guint
put_card (DsProgress       *self,
          const char       *card_id,
          const DsFsrsCard *card)
{
  if (card != NULL)
    g_hash_table_replace (_ds_progress_cards_of (self, card_id), g_strdup (card_id),
                          g_memdup2 (card, sizeof *card));
  else
    g_hash_table_remove (_ds_progress_cards_of (self, card_id), card_id);
  return DS_STORE_SHARD (_ds_progress_shard_of (card_id));
}

static guint
subtract (guint a,
          guint b)
{
  return a > b ? a - b : 0;
}

/* Adds (or with @sign < 0 takes away) @delta to @day_key's counts; a day
 * left without reviews goes. */
static guint
add_day (DsProgress       *self,
         const char       *day_key,
         const DsDayStats *delta,
         int               sign)
{
  DsDayStats *day = g_hash_table_lookup (self->days, day_key);

  if (day == NULL)
    {
      day = g_new0 (DsDayStats, 1);
      g_hash_table_insert (self->days, g_strdup (day_key), day);
    }

  if (sign > 0)
    {
      day->reviews += delta->reviews;
      day->correct += delta->correct;
      day->new_cards += delta->new_cards;
      day->review_state_reviews += delta->review_state_reviews;
      day->review_state_passed += delta->review_state_passed;
    }
  else
    {
      day->reviews = subtract (day->reviews, delta->reviews);
      day->correct = subtract (day->correct, delta->correct);
      day->new_cards = subtract (day->new_cards, delta->new_cards);
      day->review_state_reviews = subtract (day->review_state_reviews, delta->review_state_reviews);
      day->review_state_passed = subtract (day->review_state_passed, delta->review_state_passed);
    }
  if (day->reviews == 0)
    g_hash_table_remove (self->days, day_key);
  return DS_STORE_DAYS;
}

static guint
set_day (DsProgress       *self,
         const char       *day_key,
         const DsDayStats *counts)
{
  if (counts->reviews > 0)
    g_hash_table_replace (self->days, g_strdup (day_key), g_memdup2 (counts, sizeof *counts));
  else
    g_hash_table_remove (self->days, day_key);
  return DS_STORE_DAYS;
}

static guint
put_edit (DsProgress *self,
          const char *card_id,
          const char *question,
          const char *answer)
{
  DsProgressEdit *edit;

  if (question == NULL)
    {
      g_hash_table_remove (self->edits, card_id);
      return DS_STORE_EDITS;
    }
  edit = g_new0 (DsProgressEdit, 1);
  edit->question = g_strdup (question);
  edit->answer = g_strdup (answer != NULL ? answer : "");
  g_hash_table_replace (self->edits, g_strdup (card_id), edit);
  return DS_STORE_EDITS;
}

static guint
put_suspended (DsProgress *self,
               const char *card_id,
               gboolean    suspended)
{
  if (suspended)
    g_hash_table_add (self->suspended, g_strdup (card_id));
  else
    g_hash_table_remove (self->suspended, card_id);
  return DS_STORE_SUSPENDED;
}

guint
_ds_progress_apply (DsProgress           *self,
                    const DsReviewRecord *r)
{
  DsDayStats counts;

  switch (r->kind)
    {
    case DS_REVIEW_ANSWER:
      ds_review_answer_counts (&r->before, r->rating, r->flag, &counts);
      return put_card (self, r->card_id, &r->after) | add_day (self, r->day, &counts, 1);
    case DS_REVIEW_UNDO:
      return put_card (self, r->card_id, r->has_previous ? &r->previous : NULL) |
             add_day (self, r->day, &r->counts, -1);
    case DS_REVIEW_SUSPEND:
      return put_suspended (self, r->card_id, r->flag);
    case DS_REVIEW_EDIT:
      return put_edit (self, r->card_id, r->question, r->answer);
    case DS_REVIEW_CARD:
      return put_card (self, r->card_id, &r->after);
    case DS_REVIEW_DAY:
      return set_day (self, r->day, &r->counts);
    case DS_REVIEW_BEGIN:
      if (!r->flag)
        return 0;
      _ds_progress_clear_state (self);
      return DS_STORE_ALL;
    case DS_REVIEW_END:
    default:
      return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Saving a change                                                     */

void
_ds_progress_write_failed (DsProgress   *self,
                           const GError *error)
{
  g_signal_emit (self, signals[WRITE_FAILED], 0, error);
}

void
_ds_progress_set_store_error (DsProgress   *self,
                              const GError *error)
{
  if (error == NULL && self->store_error == NULL)
    return;
  if (error != NULL && self->store_error != NULL &&
      g_strcmp0 (error->message, self->store_error->message) == 0)
    return;

  g_clear_error (&self->store_error);
  self->store_error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE_ERROR]);
}

gboolean
_ds_progress_refuse_read_only (DsProgress  *self,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!self->read_only)
    return FALSE;

  g_set_error_literal (&local_error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY,
                       _("Progress is open read-only here (DiploStudy is running elsewhere): "
                         "changes cannot be saved"));
  _ds_progress_write_failed (self, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return TRUE;
}

/* The log first: once the records are on disk the change is saved, and
 * GSettings follows. A GSettings failure is then only reported (the log
 * rebuilds it at the next start); without a log it means not saved. */
gboolean
_ds_progress_commit (DsProgress      *self,
                     DsReviewRecord  *records,
                     guint            n_records,
                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  guint keys = 0;

  if (_ds_progress_refuse_read_only (self, error))
    return FALSE;

  if (self->log != NULL && !ds_review_log_append (self->log, records, n_records, &local_error))
    {
      _ds_progress_write_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < n_records; i++)
    keys |= _ds_progress_apply (self, &records[i]);

  if (_ds_progress_store_write (self, keys, &local_error))
    return TRUE;

  _ds_progress_write_failed (self, local_error);
  if (self->log != NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The object                                                          */

static void
ds_progress_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsProgress *self = DS_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_RESTORED:
      g_value_set_boolean (value, self->restored);
      break;
    case PROP_NOTICE:
      g_value_set_string (value, self->notice);
      break;
    case PROP_STORE_ERROR:
      g_value_set_boxed (value, self->store_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_progress_finalize (GObject *object)
{
  DsProgress *self = DS_PROGRESS (object);

  g_queue_clear_full (&self->undo, (GDestroyNotify) undo_free);
  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    g_clear_pointer (&self->cards[shard], g_hash_table_unref);
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->suspended, g_hash_table_unref);
  g_clear_pointer (&self->edits, g_hash_table_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->log, ds_review_log_free);
  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->keyfile_path, g_free);
  g_clear_pointer (&self->keyfile_group, g_free);
  g_clear_error (&self->store_error);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ds_progress_parent_class)->finalize (object);
}

static void
ds_progress_class_init (DsProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = ds_progress_get_property;
  object_class->finalize = ds_progress_finalize;

  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  properties[PROP_RESTORED] = g_param_spec_boolean ("restored", NULL, NULL, FALSE, flags);
  properties[PROP_NOTICE] = g_param_spec_string ("notice", NULL, NULL, NULL, flags);
  properties[PROP_STORE_ERROR] = g_param_spec_boxed ("store-error", NULL, NULL, G_TYPE_ERROR, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsProgress::changed:
   * @card_id: (nullable): the card whose state changed, or %NULL
   *
   * Emitted after an answer, an undo, a suspension or an edit was stored.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DsProgress::write-failed:
   * @error: what failed, in words for the learner: DS_PROGRESS_ERROR_LOG
   *   or _READ_ONLY (the change was not saved), _STORE (it is saved in the
   *   review log only)
   */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ds_progress_init (DsProgress *self)
{
  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    self->cards[shard] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->suspended = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->edits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) edit_free);
  self->tz = g_time_zone_new_local ();
  g_queue_init (&self->undo);
}

static DsProgress *
progress_new (DsSettings *settings)
{
  DsProgress *self = g_object_new (DS_TYPE_PROGRESS, NULL);

  self->settings = g_object_ref (settings);
  _ds_progress_store_init (self);
  return self;
}

DsProgress *
ds_progress_new (DsSettings *settings)
{
  DsProgress *self;
  DsStoreLoad load;

  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);

  self = progress_new (settings);
  _ds_progress_store_load (self, &load);
  return self;
}

GFile *
ds_progress_get_default_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "diplostudy", NULL);
}

DsProgress *
ds_progress_open (DsSettings           *settings,
                  GFile                *data_dir,
                  DsProgressOpenFlags   flags,
                  GError              **error)
{
  g_autoptr(DsProgress) self = NULL;
  g_autoptr(GFile) dir = NULL;

  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (data_dir == NULL || G_IS_FILE (data_dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = progress_new (settings);
  dir = data_dir != NULL ? g_object_ref (data_dir) : ds_progress_get_default_dir ();
  if (!_ds_progress_log_open (self, dir, (flags & DS_PROGRESS_OPEN_READ_ONLY) != 0, error))
    return NULL;
  return g_steal_pointer (&self);
}

DsSettings *
ds_progress_get_settings (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);

  return self->settings;
}

gboolean
ds_progress_get_read_only (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), TRUE);

  return self->read_only;
}

gboolean
ds_progress_get_restored (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);

  return self->restored;
}

const char *
ds_progress_get_notice (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);

  return self->notice;
}

const GError *
ds_progress_get_store_error (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);

  return self->store_error;
}

GTimeZone *
ds_progress_get_time_zone (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);

  return self->tz;
}

void
ds_progress_set_time_zone (DsProgress *self,
                           GTimeZone  *tz)
{
  g_return_if_fail (DS_IS_PROGRESS (self));

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
}

char *
ds_progress_local_day_key (GDateTime *when)
{
  g_return_val_if_fail (when != NULL, NULL);

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_time_get_year (when),
                          g_date_time_get_month (when),
                          g_date_time_get_day_of_month (when));
}

char *
ds_progress_day_key (DsProgress *self,
                     GDateTime  *when)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_timezone (when, self->tz);
  return ds_progress_local_day_key (local);
}

gboolean
ds_progress_get_card (DsProgress *self,
                      const char *card_id,
                      DsFsrsCard *out)
{
  DsFsrsCard *card;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  card = g_hash_table_lookup (_ds_progress_cards_of (self, card_id), card_id);
  if (out != NULL)
    {
      if (card != NULL)
        *out = *card;
      else
        card_init_new (out);
    }

  return card != NULL;
}

guint
ds_progress_get_n_cards (DsProgress *self)
{
  guint n = 0;

  g_return_val_if_fail (DS_IS_PROGRESS (self), 0);

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    n += g_hash_table_size (self->cards[shard]);

  return n;
}

void
ds_progress_foreach_card (DsProgress         *self,
                          DsProgressCardFunc  func,
                          gpointer            user_data)
{
  GHashTableIter iter;
  gpointer id, card;

  g_return_if_fail (DS_IS_PROGRESS (self));
  g_return_if_fail (func != NULL);

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    {
      g_hash_table_iter_init (&iter, self->cards[shard]);
      while (g_hash_table_iter_next (&iter, &id, &card))
        func (id, card, user_data);
    }
}

/* ------------------------------------------------------------------ */
/* Answers and undo                                                    */

static gint64
time_ms (GDateTime *when)
{
  gint64 ms = g_date_time_to_unix (when) * 1000 + g_date_time_get_microsecond (when) / 1000;

  return MAX (ms, 0);
}

static gint64
now_ms (void)
{
  return g_get_real_time () / 1000;
}

static void
push_undo (DsProgress     *self,
           DsProgressUndo *entry)
{
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    undo_free (g_queue_pop_tail (&self->undo));
}

static DsProgressUndo *
undo_new (DsProgress       *self,
          const char       *card_id,
          const DsFsrsCard *before,
          DsRating          rating,
          gboolean          correct,
          GDateTime        *now)
{
  DsProgressUndo *entry = g_new0 (DsProgressUndo, 1);
  DsFsrsCard *stored = g_hash_table_lookup (_ds_progress_cards_of (self, card_id), card_id);

  entry->card_id = g_strdup (card_id);
  entry->day_key = ds_progress_day_key (self, now);
  ds_review_answer_counts (before, rating, correct, &entry->delta);
  entry->had_card = stored != NULL;
  if (stored != NULL)
    entry->previous = *stored;
  return entry;
}

gboolean
ds_progress_record_answer (DsProgress        *self,
                           const char        *card_id,
                           const DsFsrsCard  *before,
                           const DsFsrsCard  *after,
                           DsRating           rating,
                           gboolean           correct,
                           GDateTime         *now,
                           GError           **error)
{
  DsProgressUndo *entry;
  DsReviewRecord record = { .kind = DS_REVIEW_ANSWER };

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL && *card_id != '\0' &&
                        g_utf8_validate (card_id, -1, NULL), FALSE);
  g_return_val_if_fail (before != NULL && (guint) before->state <= DS_FSRS_RELEARNING, FALSE);
  g_return_val_if_fail (after != NULL && ds_review_card_is_sane (after), FALSE);
  g_return_val_if_fail (rating >= DS_RATING_AGAIN && rating <= DS_RATING_EASY, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entry = undo_new (self, card_id, before, rating, correct, now);
  record.time = time_ms (now);
  record.card_id = card_id;
  record.day = entry->day_key;
  record.rating = rating;
  record.flag = correct;
  record.before = *before;
  /* Only its state counts (for the day's figures); a caller's made-up
   * state is kept as just that, so that the log can read it back. */
  if (!ds_review_card_is_sane (before))
    {
      card_init_new (&record.before);
      record.before.state = before->state;
    }
  record.has_previous = entry->had_card;
  record.previous = entry->had_card ? entry->previous : record.before;
  record.after = *after;

  if (!_ds_progress_commit (self, &record, 1, error))
    {
      undo_free (entry);
      return FALSE;
    }

  push_undo (self, entry);
  g_signal_emit (self, signals[CHANGED], 0, card_id);
  return TRUE;
}

gboolean
ds_progress_can_undo (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
ds_progress_undo_last (DsProgress  *self,
                       char       **card_id,
                       GError     **error)
{
  DsProgressUndo *entry;
  DsReviewRecord record = { .kind = DS_REVIEW_UNDO };

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entry = g_queue_peek_head (&self->undo);
  if (entry == NULL)
    return FALSE;

  record.time = now_ms ();
  record.card_id = entry->card_id;
  record.day = entry->day_key;
  record.counts = entry->delta;
  record.has_previous = entry->had_card;
  if (entry->had_card)
    record.previous = entry->previous;
  else
    card_init_new (&record.previous);

  if (!_ds_progress_commit (self, &record, 1, error))
    return FALSE;

  g_queue_pop_head (&self->undo);
  g_signal_emit (self, signals[CHANGED], 0, entry->card_id);
  if (card_id != NULL)
    *card_id = g_steal_pointer (&entry->card_id);
  undo_free (entry);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Suspensions and edits                                               */

gboolean
ds_progress_is_suspended (DsProgress *self,
                          const char *card_id)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  return g_hash_table_contains (self->suspended, card_id);
}

/* Saves a change that is not an answer and tells who listens. */
static gboolean
commit_one (DsProgress     *self,
            DsReviewRecord *record)
{
  record->time = now_ms ();
  if (!_ds_progress_commit (self, record, 1, NULL))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0, record->card_id);
  return TRUE;
}

gboolean
ds_progress_set_suspended (DsProgress *self,
                           const char *card_id,
                           gboolean    suspended)
{
  DsReviewRecord record = { .kind = DS_REVIEW_SUSPEND };

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL && *card_id != '\0' &&
                        g_utf8_validate (card_id, -1, NULL), FALSE);

  if (!!suspended == ds_progress_is_suspended (self, card_id))
    return TRUE;

  record.card_id = card_id;
  record.flag = suspended;
  return commit_one (self, &record);
}

gboolean
ds_progress_get_edit (DsProgress  *self,
                      const char  *card_id,
                      const char **question,
                      const char **answer)
{
  DsProgressEdit *edit;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  edit = g_hash_table_lookup (self->edits, card_id);
  if (question != NULL)
    *question = edit != NULL ? edit->question : NULL;
  if (answer != NULL)
    *answer = edit != NULL ? edit->answer : NULL;

  return edit != NULL;
}

gboolean
ds_progress_set_edit (DsProgress *self,
                      const char *card_id,
                      const char *question,
                      const char *answer)
{
  DsProgressEdit *edit;
  DsReviewRecord record = { .kind = DS_REVIEW_EDIT };

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL && *card_id != '\0' &&
                        g_utf8_validate (card_id, -1, NULL), FALSE);
  g_return_val_if_fail (question != NULL && g_utf8_validate (question, -1, NULL), FALSE);
  g_return_val_if_fail (answer != NULL && g_utf8_validate (answer, -1, NULL), FALSE);

  edit = g_hash_table_lookup (self->edits, card_id);
  if (edit != NULL && g_str_equal (edit->question, question) && g_str_equal (edit->answer, answer))
    return TRUE;

  record.card_id = card_id;
  record.question = question;
  record.answer = answer;
  return commit_one (self, &record);
}

gboolean
ds_progress_clear_edit (DsProgress *self,
                        const char *card_id)
{
  DsReviewRecord record = { .kind = DS_REVIEW_EDIT };

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  if (!g_hash_table_contains (self->edits, card_id))
    return TRUE;

  record.card_id = card_id;
  return commit_one (self, &record);
}

/* ------------------------------------------------------------------ */
/* Counts                                                              */

gboolean
ds_progress_get_day_stats (DsProgress *self,
                           const char *day_key,
                           DsDayStats *out)
{
  DsDayStats *day;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (day_key != NULL, FALSE);

  day = g_hash_table_lookup (self->days, day_key);
  if (out != NULL)
    {
      if (day != NULL)
        *out = *day;
      else
        memset (out, 0, sizeof *out);
    }

  return day != NULL;
}

guint
ds_progress_count_known (DsProgress *self,
                         GHashTable *valid_ids)
{
  GHashTableIter iter;
  gpointer id, value;
  guint n = 0;

  g_return_val_if_fail (DS_IS_PROGRESS (self), 0);

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    {
      g_hash_table_iter_init (&iter, self->cards[shard]);
      while (g_hash_table_iter_next (&iter, &id, &value))
        {
          const DsFsrsCard *card = value;

          if (card->state == DS_FSRS_NEW)
            continue;
          if (valid_ids != NULL && !g_hash_table_contains (valid_ids, id))
            continue;
          n++;
        }
    }

  return n;
}
