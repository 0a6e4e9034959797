/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsProgress"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-progress-private.h"

/*
 * DsProgress and its review log: at opening, whichever of GSettings and
 * the log is behind is brought up to the other.
 *
 *   the log has no records          → a snapshot of GSettings starts it
 *   GSettings matches the log       → nothing to do (the usual start)
 *   GSettings is intact and newer   → a snapshot brings the log up to it
 *     (changed without a log, or the log lost its end)
 *   anything else: GSettings missing, unreadable, damaged or behind
 *                                   → rebuilt from the log, and the
 *                                     learner is told
 */

typedef enum {
  REASON_MISSING,
  REASON_UNREADABLE,
  REASON_DAMAGED,
  REASON_OLDER,
} Reason;

/* ------------------------------------------------------------------ */
/* Replaying the log                                                   */

static DsReviewRecord *
record_copy (const DsReviewRecord *r)
{
  DsReviewRecord *copy = g_memdup2 (r, sizeof *r);

  copy->card_id = g_strdup (r->card_id);
  copy->day = g_strdup (r->day);
  copy->question = g_strdup (r->question);
  copy->answer = g_strdup (r->answer);
  return copy;
}

static void
record_free (DsReviewRecord *r)
{
  g_free ((char *) r->card_id);
  g_free ((char *) r->day);
  g_free ((char *) r->question);
  g_free ((char *) r->answer);
  g_free (r);
}

/* A batch counts only once its END is read: its records wait here. */
typedef struct {
  DsProgress *self;
  GPtrArray  *batch;      /* NULL outside a batch */
} Replay;

static gboolean
replay_cb (const DsReviewRecord *r,
           gpointer              user_data)
{
  Replay *replay = user_data;

  if (r->kind == DS_REVIEW_BEGIN)
    {
      /* A BEGIN without its END before it was torn off: dropped. */
      g_clear_pointer (&replay->batch, g_ptr_array_unref);
      replay->batch = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
    }

  if (replay->batch == NULL)
    {
      _ds_progress_apply (replay->self, r);
      return TRUE;
    }

  g_ptr_array_add (replay->batch, record_copy (r));
  if (r->kind == DS_REVIEW_END)
    {
      for (guint i = 0; i < replay->batch->len; i++)
        _ds_progress_apply (replay->self, g_ptr_array_index (replay->batch, i));
      g_clear_pointer (&replay->batch, g_ptr_array_unref);
    }
  return TRUE;
}

static gboolean
rebuild (DsProgress       *self,
         DsReviewLogScan  *scan,
         GError          **error)
{
  Replay replay = { self, NULL };
  gboolean ok;

  _ds_progress_clear_state (self);
  ok = ds_review_log_read (self->log, replay_cb, &replay, scan, error);
  g_clear_pointer (&replay.batch, g_ptr_array_unref);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Snapshots                                                           */

static void
add_cards (DsProgress *self,
           GArray     *records,
           gint64      now)
{
  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    {
      GHashTableIter iter;
      gpointer id, card;

      g_hash_table_iter_init (&iter, self->cards[shard]);
      while (g_hash_table_iter_next (&iter, &id, &card))
        {
          DsReviewRecord r = { .kind = DS_REVIEW_CARD, .time = now, .card_id = id };

          r.after = *(DsFsrsCard *) card;
          g_array_append_val (records, r);
        }
    }
}

static void
add_rest (DsProgress *self,
          GArray     *records,
          gint64      now)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DsReviewRecord r = { .kind = DS_REVIEW_DAY, .time = now, .day = key };

      r.counts = *(DsDayStats *) value;
      g_array_append_val (records, r);
    }

  g_hash_table_iter_init (&iter, self->suspended);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      DsReviewRecord r = { .kind = DS_REVIEW_SUSPEND, .time = now, .card_id = key, .flag = TRUE };

      g_array_append_val (records, r);
    }

  g_hash_table_iter_init (&iter, self->edits);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DsProgressEdit *edit = value;
      DsReviewRecord r = { .kind = DS_REVIEW_EDIT, .time = now, .card_id = key };

      r.question = edit->question;
      r.answer = edit->answer;
      g_array_append_val (records, r);
    }
}

gboolean
_ds_progress_log_snapshot (DsProgress  *self,
                           GError     **error)
{
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (DsReviewRecord));
  gint64 now = g_get_real_time () / 1000;
  DsReviewRecord begin = { .kind = DS_REVIEW_BEGIN, .time = now, .flag = TRUE };
  DsReviewRecord end = { .kind = DS_REVIEW_END, .time = now };

  g_array_append_val (records, begin);
  add_cards (self, records, now);
  add_rest (self, records, now);
  g_array_append_val (records, end);

  /* The records point into the state, which stays as it is: nothing to
   * apply, only the keys and their checkpoint to write. */
  if (!ds_review_log_append (self->log, (DsReviewRecord *) records->data, records->len, error))
    return FALSE;
  _ds_progress_store_write (self, DS_STORE_ALL, NULL);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Telling the learner                                                 */

static const char *
reason_text (Reason reason)
{
  switch (reason)
    {
    case REASON_UNREADABLE:
      return _("the settings file could not be read");
    case REASON_DAMAGED:
      return _("the saved progress was damaged");
    case REASON_OLDER:
      return _("the saved progress was older than the log");
    case REASON_MISSING:
    default:
      return _("the saved progress was missing");
    }
}

static void
add_notice (DsProgress *self,
            const char *sentence)
{
  char *joined = self->notice != NULL ? g_strconcat (self->notice, " ", sentence, NULL)
                                      : g_strdup (sentence);

  g_free (self->notice);
  self->notice = joined;
}

static void
tell_restored (DsProgress             *self,
               Reason                  reason,
               const char             *copy,
               const DsReviewLogScan  *scan)
{
  g_autofree char *restored = NULL;

  /* Translators: the reason is one of "the settings file could not be
   * read", "the saved progress was damaged", … */
  restored = g_strdup_printf (_("Progress was restored from the review log (%s)."),
                              reason_text (reason));
  add_notice (self, restored);
  if (copy != NULL)
    {
      g_autofree char *kept = g_strdup_printf (_("The damaged settings file was kept as %s."), copy);

      add_notice (self, kept);
    }
  if (scan->n_damaged > 0)
    {
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u damaged record in the review log was skipped.",
                                                               "%u damaged records in the review log were skipped.",
                                                               scan->n_damaged),
                                                  scan->n_damaged);

      add_notice (self, skipped);
    }
  self->restored = TRUE;
}

/* ------------------------------------------------------------------ */
/* Opening                                                             */

static Reason
reason_for (const DsStoreLoad *load)
{
  if (load->unreadable)
    return REASON_UNREADABLE;
  if (load->intact)
    return REASON_OLDER;
  if (load->seq == 0 && !load->has_state)
    return REASON_MISSING;
  return REASON_DAMAGED;
}

static gboolean
restore (DsProgress         *self,
         const DsStoreLoad  *load,
         GError            **error)
{
  g_autofree char *copy = NULL;
  DsReviewLogScan scan;

  if (!rebuild (self, &scan, error))
    return FALSE;
  if (!self->read_only)
    {
      if (load->unreadable || !load->intact)
        copy = _ds_progress_store_keep_copy (self);
      _ds_progress_store_write (self, DS_STORE_ALL, NULL);
    }
  g_message ("Rebuilt the progress from %s: %u records (%u damaged); GSettings was at %"
             G_GINT64_FORMAT ", the log at %" G_GUINT64_FORMAT,
             ds_review_log_get_path (self->log), scan.n_records, scan.n_damaged,
             load->seq, scan.last_seq);
  tell_restored (self, reason_for (load), copy, &scan);
  return TRUE;
}

/* The log starts, or starts again, from what GSettings holds. */
static gboolean
catch_up (DsProgress         *self,
          const DsStoreLoad  *load,
          GError            **error)
{
  gboolean log_behind = load->seq > 0 && ds_review_log_get_last_seq (self->log) < (guint64) load->seq;

  if (self->read_only)
    return TRUE;
  if (log_behind)
    ds_review_log_skip_to (self->log, load->seq);
  if (!load->has_state)
    {
      _ds_progress_store_write (self, DS_STORE_ALL, NULL);
      return TRUE;
    }
  if (log_behind)
    add_notice (self, _("The review log had lost its latest records; it was brought up to date "
                        "from the saved progress."));
  return _ds_progress_log_snapshot (self, error);
}

gboolean
_ds_progress_log_open (DsProgress  *self,
                       GFile       *data_dir,
                       gboolean     read_only,
                       GError     **error)
{
  g_autofree char *path = g_build_filename (g_file_peek_path (data_dir), DS_REVIEW_LOG_NAME, NULL);
  DsStoreLoad load;
  guint64 log_seq;

  self->read_only = read_only;
  self->log = ds_review_log_open (path, read_only, error);
  if (self->log == NULL)
    return FALSE;

  _ds_progress_store_load (self, &load);
  if (!read_only)
    _ds_progress_store_clean (self, data_dir);

  log_seq = ds_review_log_get_last_seq (self->log);
  if (log_seq == 0)
    return catch_up (self, &load, error);
  if (load.intact && load.seq == (gint64) log_seq)
    return TRUE;
  if (load.intact && (load.seq == -1 || load.seq > (gint64) log_seq))
    return catch_up (self, &load, error);
  return restore (self, &load, error);
}
