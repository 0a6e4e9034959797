/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsProgress"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ds-progress.h"

#define DAY_MS G_GINT64_CONSTANT (86400000)
/* 9999-12-31T23:59:59.999Z: anything later is not a time but garbage. */
#define MAX_TIME_MS G_GINT64_CONSTANT (253402300799999)
#define MAX_STABILITY 36500.0
#define MIN_STABILITY 0.001
#define MAX_DIFFICULTY 10.0
/* More answers than this in one day is a corrupt counter, not diligence. */
#define MAX_DAY_COUNT 1000000
/* How many answers Ctrl+Z can walk back. */
#define MAX_UNDO 100

/* Card states are spread over this many keys (see the schema). */
#define N_SHARDS 16

#define CARDS_TYPE "a{s(uddxxuuu)}"
#define DAYS_TYPE "a{s(uuuuu)}"
#define EDITS_TYPE "a{s(ss)}"

/* Which keys persist() writes: one bit per card-states shard, then these. */
typedef enum {
  STORE_DAYS = 1 << N_SHARDS,
  STORE_SUSPENDED = 1 << (N_SHARDS + 1),
  STORE_EDITS = 1 << (N_SHARDS + 2),
} StoreKeys;

#define STORE_SHARD(shard) (1u << (shard))

typedef struct {
  char *question;
  char *answer;
} Edit;

typedef struct {
  char       *card_id;
  gboolean    had_card;
  DsFsrsCard  previous;
  char       *day_key;
  DsDayStats  delta;
} UndoEntry;

struct _DsProgress
{
  GObject     parent_instance;

  DsSettings *settings;
  /* Our own GSettings over DsSettings' backend, in delay-apply mode: the
   * keys an answer changes reach the backend in one write (one file
   * rewrite for a keyfile, one transaction for dconf). */
  GSettings  *store;
  GTimeZone  *tz;

  GHashTable *cards[N_SHARDS]; /* id → DsFsrsCard, by shard_of (id) */
  GHashTable *days;        /* "YYYY-MM-DD" → DsDayStats */
  GHashTable *suspended;   /* id set */
  GHashTable *edits;       /* id → Edit */
  GQueue      undo;        /* UndoEntry, newest first */
  guint       misplaced;   /* shards holding cards of another shard */
};

G_DEFINE_FINAL_TYPE (DsProgress, ds_progress, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
edit_free (Edit *edit)
{
  g_free (edit->question);
  g_free (edit->answer);
  g_free (edit);
}

static void
undo_entry_free (UndoEntry *entry)
{
  g_free (entry->card_id);
  g_free (entry->day_key);
  g_free (entry);
}

static void
ignoring (const char *what,
          const char *id,
          guint       n_bad)
{
  g_log_structured (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE,
                    "MESSAGE", "Ignoring %u corrupt %s (first: “%s”)",
                    n_bad, what, id);
}

/* Whether @card is something a scheduler could have produced; anything else
 * is neither loaded nor stored (a NaN written once would make the whole
 * dictionary unreadable for the keyfile backend). */
static gboolean
card_is_sane (const DsFsrsCard *card)
{
  gboolean reviewed = card->last_review != DS_FSRS_NO_REVIEW;

  if ((guint) card->state > DS_FSRS_RELEARNING)
    return FALSE;
  if (!isfinite (card->stability) || card->stability < 0.0 || card->stability > MAX_STABILITY)
    return FALSE;
  if (!isfinite (card->difficulty) || card->difficulty < 0.0 || card->difficulty > MAX_DIFFICULTY)
    return FALSE;
  if (card->due < 0 || card->due > MAX_TIME_MS)
    return FALSE;
  if (reviewed && (card->last_review < 0 || card->last_review > MAX_TIME_MS))
    return FALSE;
  if (card->learning_steps > DS_FSRS_MAX_STEPS || card->lapses > card->reps)
    return FALSE;
  /* Every state but New comes from a review, which sets S ≥ S_MIN. */
  if (card->state != DS_FSRS_NEW && (!reviewed || card->stability < MIN_STABILITY))
    return FALSE;

  return TRUE;
}

/* The serialised form of one (uddxxuuu): a fixed-size tuple, laid out like
 * this struct wherever doubles and 64-bit integers are 8-byte aligned. */
typedef struct {
  guint32 state;
  double  stability;
  double  difficulty;
  gint64  due;
  gint64  last_review;
  guint32 reps;
  guint32 lapses;
  guint32 steps;
} StoredCard;

#define STORED_CARD_MATCHES_TUPLE \
  (sizeof (StoredCard) == 56 && G_STRUCT_OFFSET (StoredCard, stability) == 8 \
   && G_STRUCT_OFFSET (StoredCard, reps) == 40)

/* Reads @tuple's fields straight from its serialised bytes when @flat and it
 * has the size of a well-formed tuple (dconf: a view into its database);
 * otherwise (a tuple parsed from a keyfile is a tree of children)
 * field by field. Either is several times cheaper than g_variant_get(),
 * which parses a format string per card. */
static void
stored_card_from_variant (GVariant   *tuple,
                          gboolean    flat,
                          StoredCard *out)
{
  GVariant *fields[8];

  if (flat && STORED_CARD_MATCHES_TUPLE && g_variant_get_size (tuple) == sizeof *out)
    {
      memcpy (out, g_variant_get_data (tuple), sizeof *out);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    fields[i] = g_variant_get_child_value (tuple, i);
  out->state = g_variant_get_uint32 (fields[0]);
  out->stability = g_variant_get_double (fields[1]);
  out->difficulty = g_variant_get_double (fields[2]);
  out->due = g_variant_get_int64 (fields[3]);
  out->last_review = g_variant_get_int64 (fields[4]);
  out->reps = g_variant_get_uint32 (fields[5]);
  out->lapses = g_variant_get_uint32 (fields[6]);
  out->steps = g_variant_get_uint32 (fields[7]);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_variant_unref (fields[i]);
}

/* Whether @container's children are views into its serialised bytes
 * (each access a new instance) rather than a tree of stored children (the
 * same instance each time). Only decides which way is cheaper. */
static gboolean
is_flat (GVariant *container)
{
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) again = NULL;

  if (g_variant_n_children (container) == 0)
    return FALSE;

  first = g_variant_get_child_value (container, 0);
  again = g_variant_get_child_value (container, 0);
  return first != again;
}

static gboolean
card_from_variant (GVariant   *tuple,
                   gboolean    flat,
                   DsFsrsCard *card)
{
  StoredCard stored;

  stored_card_from_variant (tuple, flat, &stored);
  card->state = stored.state;
  card->stability = stored.stability;
  card->difficulty = stored.difficulty;
  card->due = stored.due;
  card->reps = stored.reps;
  card->lapses = stored.lapses;
  card->learning_steps = stored.steps;
  if (stored.last_review == -1)
    card->last_review = DS_FSRS_NO_REVIEW;
  else if (stored.last_review < 0)
    return FALSE;
  else
    card->last_review = stored.last_review;

  /* scheduled_days is not stored: a Review card's due is last review plus
   * whole days, and the scheduler never reads it back. */
  card->scheduled_days = 0;
  if (stored.state == DS_FSRS_REVIEW && stored.last_review >= 0 && card->due > stored.last_review)
    card->scheduled_days = (guint) MIN ((card->due - stored.last_review) / DAY_MS, G_MAXUINT);

  return card_is_sane (card);
}

static GVariant *
card_to_variant (const DsFsrsCard *card)
{
  gint64 last_review = card->last_review == DS_FSRS_NO_REVIEW ? -1 : card->last_review;

  /* Typed constructors rather than a format string: this runs for every
   * card of a shard on every answer. */
  GVariant *fields[] = {
    g_variant_new_uint32 (card->state),
    g_variant_new_double (card->stability),
    g_variant_new_double (card->difficulty),
    g_variant_new_int64 (card->due),
    g_variant_new_int64 (last_review),
    g_variant_new_uint32 (card->reps),
    g_variant_new_uint32 (card->lapses),
    g_variant_new_uint32 (card->learning_steps),
  };

  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

static void
card_init_new (DsFsrsCard *card)
{
  memset (card, 0, sizeof *card);
  card->state = DS_FSRS_NEW;
  card->last_review = DS_FSRS_NO_REVIEW;
}

/* FNV-1a: stable across GLib versions, unlike g_str_hash(), so a card
 * stays in its key forever. */
static guint
shard_of (const char *card_id)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) card_id; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;

  return hash % N_SHARDS;
}

static const char *
shard_key (guint shard)
{
  static const char * const keys[N_SHARDS] = {
    "card-states-0", "card-states-1", "card-states-2", "card-states-3",
    "card-states-4", "card-states-5", "card-states-6", "card-states-7",
    "card-states-8", "card-states-9", "card-states-a", "card-states-b",
    "card-states-c", "card-states-d", "card-states-e", "card-states-f",
  };

  return keys[shard];
}

static GHashTable *
cards_of (DsProgress *self,
          const char *card_id)
{
  return self->cards[shard_of (card_id)];
}

static gboolean
day_key_is_valid (const char *key)
{
  unsigned int y, m, d;
  char rest;

  if (strlen (key) != 10 || sscanf (key, "%4u-%2u-%2u%c", &y, &m, &d, &rest) != 3)
    return FALSE;

  return g_date_valid_dmy (d, m, y);
}

static gboolean
day_is_sane (const DsDayStats *day)
{
  return day->reviews <= MAX_DAY_COUNT
         && day->correct <= day->reviews
         && day->new_cards <= day->reviews
         && day->review_state_reviews <= day->reviews
         && day->review_state_passed <= day->review_state_reviews;
}

/* Loads one shard; returns how many entries were corrupt. An entry in the
 * wrong shard (a hand-edited file) is still loaded unless its own shard has
 * it too, and the shard is rewritten with the next answer to clean it. */
static guint
load_shard (DsProgress  *self,
            guint        shard,
            char       **first_bad)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, shard_key (shard));
  gsize n = g_variant_n_children (value);
  gboolean flat = is_flat (value);
  guint n_bad = 0;

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (value, i);
      g_autoptr(GVariant) key = g_variant_get_child_value (entry, 0);
      g_autoptr(GVariant) tuple = g_variant_get_child_value (entry, 1);
      const char *id = g_variant_get_string (key, NULL);
      DsFsrsCard card;

      if (!card_from_variant (tuple, flat, &card))
        {
          if (n_bad++ == 0 && *first_bad == NULL)
            *first_bad = g_strdup (id);
          continue;
        }
      if (shard_of (id) != shard)
        {
          /* Both shards: the entry moves from one to the other. */
          self->misplaced |= STORE_SHARD (shard) | STORE_SHARD (shard_of (id));
          if (g_hash_table_contains (cards_of (self, id), id))
            continue;
        }
      g_hash_table_replace (cards_of (self, id), g_strdup (id), g_memdup2 (&card, sizeof card));
    }

  return n_bad;
}

static void
load_cards (DsProgress *self)
{
  g_autofree char *first_bad = NULL;
  guint n_bad = 0;

  for (guint shard = 0; shard < N_SHARDS; shard++)
    n_bad += load_shard (self, shard, &first_bad);

  if (n_bad > 0)
    ignoring ("card states", first_bad, n_bad);
}

static void
load_days (DsProgress *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, "daily-stats");
  g_autofree char *first_bad = NULL;
  GVariantIter iter;
  const char *key;
  DsDayStats day;
  guint n_bad = 0;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s(uuuuu)}", &key,
                              &day.reviews, &day.correct, &day.new_cards,
                              &day.review_state_reviews, &day.review_state_passed))
    {
      if (!day_key_is_valid (key) || !day_is_sane (&day))
        {
          if (n_bad++ == 0)
            first_bad = g_strdup (key);
          continue;
        }
      g_hash_table_replace (self->days, g_strdup (key), g_memdup2 (&day, sizeof day));
    }

  if (n_bad > 0)
    ignoring ("daily statistics", first_bad, n_bad);
}

static void
load_suspended (DsProgress *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, "suspended-cards");
  GVariantIter iter;
  const char *id;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "&s", &id))
    g_hash_table_add (self->suspended, g_strdup (id));
}

static void
load_edits (DsProgress *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, "card-edits");
  GVariantIter iter;
  const char *id, *question, *answer;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s(&s&s)}", &id, &question, &answer))
    {
      Edit *edit = g_new0 (Edit, 1);

      edit->question = g_strdup (question);
      edit->answer = g_strdup (answer);
      g_hash_table_replace (self->edits, g_strdup (id), edit);
    }
}

static GVariant *
shard_to_variant (DsProgress *self,
                  guint       shard)
{
  GVariantBuilder builder;
  GHashTableIter iter;
  gpointer id, card;

  g_variant_builder_init (&builder, G_VARIANT_TYPE (CARDS_TYPE));
  g_hash_table_iter_init (&iter, self->cards[shard]);
  while (g_hash_table_iter_next (&iter, &id, &card))
    g_variant_builder_add_value (&builder,
                                 g_variant_new_dict_entry (g_variant_new_string (id),
                                                           card_to_variant (card)));

  return g_variant_builder_end (&builder);
}

static GVariant *
days_to_variant (DsProgress *self)
{
  GVariantBuilder builder;
  GHashTableIter iter;
  gpointer key, value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE (DAYS_TYPE));
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DsDayStats *day = value;

      g_variant_builder_add (&builder, "{s(uuuuu)}", key,
                             day->reviews, day->correct, day->new_cards,
                             day->review_state_reviews, day->review_state_passed);
    }

  return g_variant_builder_end (&builder);
}

static GVariant *
suspended_to_variant (DsProgress *self)
{
  GVariantBuilder builder;
  GHashTableIter iter;
  gpointer id;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  g_hash_table_iter_init (&iter, self->suspended);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_variant_builder_add (&builder, "s", id);

  return g_variant_builder_end (&builder);
}

static GVariant *
edits_to_variant (DsProgress *self)
{
  GVariantBuilder builder;
  GHashTableIter iter;
  gpointer id, value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE (EDITS_TYPE));
  g_hash_table_iter_init (&iter, self->edits);
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      Edit *edit = value;

      g_variant_builder_add (&builder, "{s(ss)}", id, edit->question, edit->answer);
    }

  return g_variant_builder_end (&builder);
}

/* Writes the keys in @keys in one backend change and waits until it is
 * out of the process, so that the caller may show the next card. */
static void
persist (DsProgress *self,
         guint       keys)
{
  if (keys & (STORE_SHARD (N_SHARDS) - 1))
    {
      keys |= self->misplaced;
      self->misplaced = 0;
    }

  for (guint shard = 0; shard < N_SHARDS; shard++)
    if (keys & STORE_SHARD (shard))
      g_settings_set_value (self->store, shard_key (shard), shard_to_variant (self, shard));
  if (keys & STORE_DAYS)
    g_settings_set_value (self->store, "daily-stats", days_to_variant (self));
  if (keys & STORE_SUSPENDED)
    g_settings_set_value (self->store, "suspended-cards", suspended_to_variant (self));
  if (keys & STORE_EDITS)
    g_settings_set_value (self->store, "card-edits", edits_to_variant (self));

  g_settings_apply (self->store);
  g_settings_sync ();
}

static void
ds_progress_finalize (GObject *object)
{
  DsProgress *self = DS_PROGRESS (object);

  g_queue_clear_full (&self->undo, (GDestroyNotify) undo_entry_free);
  for (guint shard = 0; shard < N_SHARDS; shard++)
    g_clear_pointer (&self->cards[shard], g_hash_table_unref);
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->suspended, g_hash_table_unref);
  g_clear_pointer (&self->edits, g_hash_table_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ds_progress_parent_class)->finalize (object);
}

static void
ds_progress_class_init (DsProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_progress_finalize;

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
}

static void
ds_progress_init (DsProgress *self)
{
  for (guint shard = 0; shard < N_SHARDS; shard++)
    self->cards[shard] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->suspended = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->edits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) edit_free);
  self->tz = g_time_zone_new_local ();
  g_queue_init (&self->undo);
}

DsProgress *
ds_progress_new (DsSettings *settings)
{
  DsProgress *self;

  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);

  self = g_object_new (DS_TYPE_PROGRESS, NULL);
  self->settings = g_object_ref (settings);
  self->store = ds_settings_new_delayed_backing (settings);

  load_cards (self);
  load_days (self);
  load_suspended (self);
  load_edits (self);

  return self;
}

DsSettings *
ds_progress_get_settings (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), NULL);

  return self->settings;
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

  card = g_hash_table_lookup (cards_of (self, card_id), card_id);
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

  for (guint shard = 0; shard < N_SHARDS; shard++)
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

  for (guint shard = 0; shard < N_SHARDS; shard++)
    {
      g_hash_table_iter_init (&iter, self->cards[shard]);
      while (g_hash_table_iter_next (&iter, &id, &card))
        func (id, card, user_data);
    }
}

static DsDayStats *
lookup_day (DsProgress *self,
            const char *day_key)
{
  DsDayStats *day = g_hash_table_lookup (self->days, day_key);

  if (day == NULL)
    {
      day = g_new0 (DsDayStats, 1);
      g_hash_table_insert (self->days, g_strdup (day_key), day);
    }

  return day;
}

static void
push_undo (DsProgress *self,
           UndoEntry  *entry)
{
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    undo_entry_free (g_queue_pop_tail (&self->undo));
}

void
ds_progress_record_answer (DsProgress       *self,
                           const char       *card_id,
                           const DsFsrsCard *before,
                           const DsFsrsCard *after,
                           DsRating          rating,
                           gboolean          correct,
                           GDateTime        *now)
{
  UndoEntry *entry;
  DsFsrsCard *stored;
  DsDayStats *day;

  g_return_if_fail (DS_IS_PROGRESS (self));
  g_return_if_fail (card_id != NULL && g_utf8_validate (card_id, -1, NULL));
  g_return_if_fail (before != NULL);
  g_return_if_fail (after != NULL && card_is_sane (after));
  g_return_if_fail (rating >= DS_RATING_AGAIN && rating <= DS_RATING_EASY);
  g_return_if_fail (now != NULL);

  entry = g_new0 (UndoEntry, 1);
  entry->card_id = g_strdup (card_id);
  entry->day_key = ds_progress_day_key (self, now);
  entry->delta.reviews = 1;
  entry->delta.correct = correct ? 1 : 0;
  entry->delta.new_cards = before->state == DS_FSRS_NEW ? 1 : 0;
  entry->delta.review_state_reviews = before->state == DS_FSRS_REVIEW ? 1 : 0;
  entry->delta.review_state_passed = before->state == DS_FSRS_REVIEW && rating >= DS_RATING_GOOD;

  stored = g_hash_table_lookup (cards_of (self, card_id), card_id);
  entry->had_card = stored != NULL;
  if (stored != NULL)
    entry->previous = *stored;

  g_hash_table_replace (cards_of (self, card_id), g_strdup (card_id),
                        g_memdup2 (after, sizeof *after));

  day = lookup_day (self, entry->day_key);
  day->reviews += entry->delta.reviews;
  day->correct += entry->delta.correct;
  day->new_cards += entry->delta.new_cards;
  day->review_state_reviews += entry->delta.review_state_reviews;
  day->review_state_passed += entry->delta.review_state_passed;

  push_undo (self, entry);
  persist (self, STORE_SHARD (shard_of (card_id)) | STORE_DAYS);
  g_signal_emit (self, signals[CHANGED], 0, card_id);
}

gboolean
ds_progress_can_undo (DsProgress *self)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

static guint
subtract (guint a,
          guint b)
{
  return a > b ? a - b : 0;
}

gboolean
ds_progress_undo_last (DsProgress  *self,
                       char       **card_id)
{
  UndoEntry *entry;
  DsDayStats *day;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);

  entry = g_queue_pop_head (&self->undo);
  if (entry == NULL)
    return FALSE;

  if (entry->had_card)
    g_hash_table_replace (cards_of (self, entry->card_id), g_strdup (entry->card_id),
                          g_memdup2 (&entry->previous, sizeof entry->previous));
  else
    g_hash_table_remove (cards_of (self, entry->card_id), entry->card_id);

  day = lookup_day (self, entry->day_key);
  day->reviews = subtract (day->reviews, entry->delta.reviews);
  day->correct = subtract (day->correct, entry->delta.correct);
  day->new_cards = subtract (day->new_cards, entry->delta.new_cards);
  day->review_state_reviews = subtract (day->review_state_reviews, entry->delta.review_state_reviews);
  day->review_state_passed = subtract (day->review_state_passed, entry->delta.review_state_passed);
  if (day->reviews == 0)
    g_hash_table_remove (self->days, entry->day_key);

  persist (self, STORE_SHARD (shard_of (entry->card_id)) | STORE_DAYS);
  g_signal_emit (self, signals[CHANGED], 0, entry->card_id);

  if (card_id != NULL)
    *card_id = g_steal_pointer (&entry->card_id);
  undo_entry_free (entry);

  return TRUE;
}

gboolean
ds_progress_is_suspended (DsProgress *self,
                          const char *card_id)
{
  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  return g_hash_table_contains (self->suspended, card_id);
}

void
ds_progress_set_suspended (DsProgress *self,
                           const char *card_id,
                           gboolean    suspended)
{
  g_return_if_fail (DS_IS_PROGRESS (self));
  g_return_if_fail (card_id != NULL && g_utf8_validate (card_id, -1, NULL));

  if (!!suspended == ds_progress_is_suspended (self, card_id))
    return;

  if (suspended)
    g_hash_table_add (self->suspended, g_strdup (card_id));
  else
    g_hash_table_remove (self->suspended, card_id);

  persist (self, STORE_SUSPENDED);
  g_signal_emit (self, signals[CHANGED], 0, card_id);
}

gboolean
ds_progress_get_edit (DsProgress  *self,
                      const char  *card_id,
                      const char **question,
                      const char **answer)
{
  Edit *edit;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  edit = g_hash_table_lookup (self->edits, card_id);
  if (question != NULL)
    *question = edit != NULL ? edit->question : NULL;
  if (answer != NULL)
    *answer = edit != NULL ? edit->answer : NULL;

  return edit != NULL;
}

void
ds_progress_set_edit (DsProgress *self,
                      const char *card_id,
                      const char *question,
                      const char *answer)
{
  Edit *edit;

  g_return_if_fail (DS_IS_PROGRESS (self));
  g_return_if_fail (card_id != NULL && g_utf8_validate (card_id, -1, NULL));
  g_return_if_fail (question != NULL && g_utf8_validate (question, -1, NULL));
  g_return_if_fail (answer != NULL && g_utf8_validate (answer, -1, NULL));

  edit = g_hash_table_lookup (self->edits, card_id);
  if (edit != NULL && g_str_equal (edit->question, question) && g_str_equal (edit->answer, answer))
    return;

  edit = g_new0 (Edit, 1);
  edit->question = g_strdup (question);
  edit->answer = g_strdup (answer);
  g_hash_table_replace (self->edits, g_strdup (card_id), edit);

  persist (self, STORE_EDITS);
  g_signal_emit (self, signals[CHANGED], 0, card_id);
}

void
ds_progress_clear_edit (DsProgress *self,
                        const char *card_id)
{
  g_return_if_fail (DS_IS_PROGRESS (self));
  g_return_if_fail (card_id != NULL);

  if (!g_hash_table_remove (self->edits, card_id))
    return;

  persist (self, STORE_EDITS);
  g_signal_emit (self, signals[CHANGED], 0, card_id);
}

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

  for (guint shard = 0; shard < N_SHARDS; shard++)
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
