/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsProgress"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-progress-private.h"
#include "ds-time.h"

/*
 * The progress keys in GSettings: reading them into memory, writing the
 * ones a change touched, and making sure a write was kept.
 */

#define CARDS_TYPE "a{s(uddxxuuu)}"
#define DAYS_TYPE "a{s(uuuuu)}"
#define EDITS_TYPE "a{s(ss)}"
/* Temporary files GIO leaves when it dies replacing a file. */
#define ORPHAN_PREFIX ".goutputstream-"
/* In GLib's shared settings folder another program may be writing one
 * right now: only old ones are taken away there. */
#define ORPHAN_AGE_SHARED (G_TIME_SPAN_HOUR / G_TIME_SPAN_SECOND)

enum {
  KEY_DAYS = DS_PROGRESS_N_SHARDS,
  KEY_SUSPENDED,
  KEY_EDITS,
  KEY_CHECKPOINT,
  N_ALL_KEYS
};

static const char * const key_names[N_ALL_KEYS] = {
  "card-states-0", "card-states-1", "card-states-2", "card-states-3",
  "card-states-4", "card-states-5", "card-states-6", "card-states-7",
  "card-states-8", "card-states-9", "card-states-a", "card-states-b",
  "card-states-c", "card-states-d", "card-states-e", "card-states-f",
  "daily-stats", "suspended-cards", "card-edits", DS_STORE_CHECKPOINT_KEY,
};

static void
ignoring (const char *what,
          const char *id,
          guint       n_bad)
{
  g_log_structured (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE,
                    "MESSAGE", "Ignoring %u corrupt %s (first: “%s”)",
                    n_bad, what, id);
}

/* ------------------------------------------------------------------ */
/* Card states                                                         */

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
  (G_STRUCT_OFFSET (StoredCard, stability) == 8 && \
   G_STRUCT_OFFSET (StoredCard, due) == 24 && \
   G_STRUCT_OFFSET (StoredCard, reps) == 40 && \
   sizeof (StoredCard) == 56)

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

  /* scheduled_days is not stored: the scheduler never reads it back. */
  ds_fsrs_card_restore_interval (card);

  return ds_review_card_is_sane (card);
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

/* ------------------------------------------------------------------ */
/* Loading                                                             */

/* How many entries a key held and how many of them were corrupt. */
typedef struct {
  guint n_entries[DS_STORE_N_KEYS];
  guint n_bad;
} Counts;

/* Loads one shard. An entry in the wrong shard (a hand-edited file) is
 * still loaded unless its own shard has it too, and the shard is
 * rewritten with the next change to clean it. */
static void
load_shard (DsProgress  *self,
            guint        shard,
            Counts      *counts,
            char       **first_bad)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, key_names[shard]);
  gsize n = g_variant_n_children (value);
  gboolean flat = is_flat (value);
  guint n_bad = 0;

  counts->n_entries[shard] = n;
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
      if (_ds_progress_shard_of (id) != shard)
        {
          /* Both shards: the entry moves from one to the other. */
          self->misplaced |= DS_STORE_SHARD (shard) | DS_STORE_SHARD (_ds_progress_shard_of (id));
          if (g_hash_table_contains (_ds_progress_cards_of (self, id), id))
            continue;
        }
      g_hash_table_replace (_ds_progress_cards_of (self, id), g_strdup (id),
                            g_memdup2 (&card, sizeof card));
    }
  counts->n_bad += n_bad;
}

static void
load_cards (DsProgress *self,
            Counts     *counts)
{
  g_autofree char *first_bad = NULL;
  guint n_bad = counts->n_bad;

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    load_shard (self, shard, counts, &first_bad);

  if (counts->n_bad > n_bad)
    ignoring ("card states", first_bad, counts->n_bad - n_bad);
}

static void
load_days (DsProgress *self,
           Counts     *counts)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, key_names[KEY_DAYS]);
  g_autofree char *first_bad = NULL;
  GVariantIter iter;
  const char *key;
  DsDayStats day;
  DsReviewRecord record = { .kind = DS_REVIEW_DAY };
  guint n_bad = 0;

  counts->n_entries[KEY_DAYS] = g_variant_n_children (value);
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s(uuuuu)}", &key,
                              &day.reviews, &day.correct, &day.new_cards,
                              &day.review_state_reviews, &day.review_state_passed))
    {
      if (!ds_review_day_is_valid (key) || !ds_review_counts_are_sane (&day))
        {
          if (n_bad++ == 0)
            first_bad = g_strdup (key);
          continue;
        }
      record.day = key;
      record.counts = day;
      _ds_progress_apply (self, &record);
    }

  counts->n_bad += n_bad;
  if (n_bad > 0)
    ignoring ("daily statistics", first_bad, n_bad);
}

static void
load_suspended (DsProgress *self,
                Counts     *counts)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, key_names[KEY_SUSPENDED]);
  GVariantIter iter;
  const char *id;

  counts->n_entries[KEY_SUSPENDED] = g_variant_n_children (value);
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "&s", &id))
    g_hash_table_add (self->suspended, g_strdup (id));
}

static void
load_edits (DsProgress *self,
            Counts     *counts)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->store, key_names[KEY_EDITS]);
  GVariantIter iter;
  const char *id, *question, *answer;

  counts->n_entries[KEY_EDITS] = g_variant_n_children (value);
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s(&s&s)}", &id, &question, &answer))
    {
      DsProgressEdit *edit = g_new0 (DsProgressEdit, 1);

      edit->question = g_strdup (question);
      edit->answer = g_strdup (answer);
      g_hash_table_replace (self->edits, g_strdup (id), edit);
    }
}

/* Whether every key held as many entries as the checkpoint says. */
static gboolean
matches_checkpoint (GVariant     *counts_value,
                    const Counts *counts)
{
  gsize n = 0;
  const guint32 *expected = g_variant_get_fixed_array (counts_value, &n, sizeof (guint32));

  if (n != DS_STORE_N_KEYS || counts->n_bad > 0)
    return FALSE;
  for (guint k = 0; k < DS_STORE_N_KEYS; k++)
    if (expected[k] != counts->n_entries[k])
      return FALSE;
  return TRUE;
}

/* A keyfile that exists but is no keyfile, or lacks our group: GLib
 * reads it as empty, and would write it over with the next change. */
static gboolean
keyfile_unreadable (DsProgress *self)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (self->keyfile_path == NULL || g_stat (self->keyfile_path, &st) != 0 || st.st_size == 0)
    return FALSE;
  if (!g_key_file_load_from_file (keyfile, self->keyfile_path, G_KEY_FILE_NONE, &error))
    return TRUE;
  return !g_key_file_has_group (keyfile, self->keyfile_group);
}

void
_ds_progress_store_load (DsProgress  *self,
                         DsStoreLoad *load)
{
  g_autoptr(GVariant) checkpoint = NULL;
  g_autoptr(GVariant) expected = NULL;
  Counts counts = { { 0, }, 0 };

  load_cards (self, &counts);
  load_days (self, &counts);
  load_suspended (self, &counts);
  load_edits (self, &counts);

  checkpoint = g_settings_get_value (self->store, DS_STORE_CHECKPOINT_KEY);
  g_variant_get (checkpoint, "(x@au)", &load->seq, &expected);
  load->intact = load->seq != 0 && matches_checkpoint (expected, &counts);
  load->has_state = ds_progress_get_n_cards (self) > 0 || g_hash_table_size (self->days) > 0 ||
                    g_hash_table_size (self->suspended) > 0 || g_hash_table_size (self->edits) > 0;
  load->unreadable = keyfile_unreadable (self);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

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
      DsProgressEdit *edit = value;

      g_variant_builder_add (&builder, "{s(ss)}", id, edit->question, edit->answer);
    }

  return g_variant_builder_end (&builder);
}

/* The log position the keys will match, and how many entries each holds.
 * Without a log the position is -1: "changed without a log", which a
 * later start with a log takes as newer than the log. */
static GVariant *
checkpoint_to_variant (DsProgress *self)
{
  guint32 counts[DS_STORE_N_KEYS];
  gint64 seq = self->log != NULL ? (gint64) ds_review_log_get_last_seq (self->log) : -1;

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    counts[shard] = g_hash_table_size (self->cards[shard]);
  counts[KEY_DAYS] = g_hash_table_size (self->days);
  counts[KEY_SUSPENDED] = g_hash_table_size (self->suspended);
  counts[KEY_EDITS] = g_hash_table_size (self->edits);

  return g_variant_new ("(x@au)", seq,
                        g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, counts,
                                                   DS_STORE_N_KEYS, sizeof (guint32)));
}

static GVariant *
key_to_variant (DsProgress *self,
                guint       key)
{
  switch (key)
    {
    case KEY_DAYS:
      return days_to_variant (self);
    case KEY_SUSPENDED:
      return suspended_to_variant (self);
    case KEY_EDITS:
      return edits_to_variant (self);
    case KEY_CHECKPOINT:
      return checkpoint_to_variant (self);
    default:
      return shard_to_variant (self, key);
    }
}

/* ------------------------------------------------------------------ */
/* Checking that a write was kept                                      */

static guint64
hash_value (const char *value)
{
  guint64 hash = 14695981039346656037u;

  if (value == NULL)
    return 0;
  for (const guchar *p = (const guchar *) value; *p != '\0'; p++)
    hash = (hash ^ *p) * 1099511628211u;
  return hash;
}

static GKeyFile *
reread_keyfile (const char *path)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* A file cut short by a full disk may still parse: GKeyFile always
   * ends what it writes with a newline. */
  if (!g_file_get_contents (path, &contents, &length, NULL) ||
      (length > 0 && contents[length - 1] != '\n') ||
      !g_key_file_load_from_data (keyfile, contents, length, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_steal_pointer (&keyfile);
}

/* The keyfile backend keeps what it was given in memory whether or not
 * the file could be written, so the file itself is read back: the keys
 * just written must read as written, the others as they did last time. */
static gboolean
keyfile_kept (DsProgress  *self,
              GVariant   **written)
{
  g_autoptr(GKeyFile) keyfile = reread_keyfile (self->keyfile_path);
  guint64 hashes[N_ALL_KEYS];

  if (keyfile == NULL)
    return FALSE;

  for (guint k = 0; k < N_ALL_KEYS; k++)
    {
      g_autofree char *value = g_key_file_get_value (keyfile, self->keyfile_group,
                                                     key_names[k], NULL);

      hashes[k] = hash_value (value);
      if (written[k] != NULL)
        {
          g_autofree char *expected = g_variant_print (written[k], FALSE);

          if (g_strcmp0 (value, expected) != 0)
            return FALSE;
        }
      else if ((self->keys_known & (1u << k)) && hashes[k] != self->key_hash[k])
        return FALSE;
    }

  memcpy (self->key_hash, hashes, sizeof hashes);
  self->keys_known = (1u << N_ALL_KEYS) - 1;
  return TRUE;
}

/* dconf (and any other backend) answers reads from what it committed once
 * g_settings_sync() returned; without a bus it dropped the change and the
 * old checkpoint comes back. */
static gboolean
read_back_kept (DsProgress  *self,
                GVariant   **written)
{
  g_autoptr(GVariant) now = g_settings_get_value (self->store, DS_STORE_CHECKPOINT_KEY);

  return g_variant_equal (now, written[KEY_CHECKPOINT]);
}

static void
set_not_kept (DsProgress  *self,
              GError     **error)
{
  g_autofree char *reason = NULL;

  if (self->keyfile_path != NULL)
    /* Translators: the settings file's path. */
    reason = g_strdup_printf (_("the settings file %s could not be written "
                                "(is the disk full or the folder read-only?)"),
                              self->keyfile_path);
  else
    reason = g_strdup (_("the settings service did not keep the change "
                         "(is there no session bus?)"));

  if (self->log != NULL)
    /* Translators: the reason is one of the two messages above. */
    g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_STORE,
                 _("Progress is saved in the review log but not in the settings: %s. "
                   "It will be restored from the log."), reason);
  else
    g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_STORE,
                 _("Progress could not be saved: %s"), reason);
}

gboolean
_ds_progress_store_write (DsProgress  *self,
                          guint        keys,
                          GError     **error)
{
  GVariant *written[N_ALL_KEYS] = { NULL, };
  g_autoptr(GError) local_error = NULL;
  gboolean kept = TRUE;

  if (self->store_stale)
    keys = DS_STORE_ALL;
  keys |= self->misplaced;
  self->misplaced = 0;

  for (guint k = 0; k < N_ALL_KEYS; k++)
    {
      if (k != KEY_CHECKPOINT && !(keys & (1u << k)))
        continue;
      written[k] = g_variant_ref_sink (key_to_variant (self, k));
      g_settings_set_value (self->store, key_names[k], written[k]);
    }
  g_settings_apply (self->store);
  g_settings_sync ();

  if (self->check_store)
    kept = self->keyfile_path != NULL ? keyfile_kept (self, written) : read_back_kept (self, written);
  for (guint k = 0; k < N_ALL_KEYS; k++)
    g_clear_pointer (&written[k], g_variant_unref);

  self->store_stale = !kept;
  if (kept)
    {
      _ds_progress_set_store_error (self, NULL);
      return TRUE;
    }
  set_not_kept (self, &local_error);
  _ds_progress_set_store_error (self, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The keyfile                                                         */

void
_ds_progress_store_init (DsProgress *self)
{
  self->store = ds_settings_new_delayed_backing (self->settings);
  self->check_store = ds_settings_get_persistent (self->settings);
  ds_settings_get_keyfile (self->settings, &self->keyfile_path, &self->keyfile_group, NULL);
}

char *
_ds_progress_store_keep_copy (DsProgress *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = NULL;
  GStatBuf st;

  if (self->keyfile_path == NULL || g_stat (self->keyfile_path, &st) != 0 || st.st_size == 0)
    return NULL;

  copy_path = g_strconcat (self->keyfile_path, ".damaged", NULL);
  file = g_file_new_for_path (self->keyfile_path);
  copy = g_file_new_for_path (copy_path);
  if (!g_file_copy (file, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    {
      g_message ("Could not keep a copy of %s: %s", self->keyfile_path, error->message);
      return NULL;
    }
  return g_steal_pointer (&copy_path);
}

/* Removes the temporary files a killed writer left in @dir: all of them
 * in a folder of DiploStudy's own (we hold the log's lock, so nobody else
 * writes there), only old ones in a shared one. */
static void
clean_folder (const char *dir,
              gint64      min_age)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, ORPHAN_PREFIX) || strlen (name) != strlen (ORPHAN_PREFIX) + 6)
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid () ||
          now - (gint64) st.st_mtime < min_age)
        continue;
      if (g_remove (path) == 0)
        g_debug ("Removed %s, left by a writer that died", path);
    }
}

void
_ds_progress_store_clean (DsProgress *self,
                          GFile      *data_dir)
{
  g_autofree char *path = NULL;
  g_autofree char *essays = NULL;
  gboolean own = FALSE;

  if (ds_settings_get_keyfile (self->settings, &path, NULL, &own))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      clean_folder (dir, own ? 0 : ORPHAN_AGE_SHARED);
    }
  essays = g_build_filename (g_file_peek_path (data_dir), "essays", NULL);
  clean_folder (essays, 0);
}
