/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-progress.h"

G_BEGIN_DECLS

/*
 * DsProgress is split by job: ds-progress.c (the object, its state and the
 * public calls), ds-progress-store.c (GSettings: loading, writing,
 * checking that a write was kept), ds-progress-log.c (the review log:
 * opening, rebuilding, snapshots) and ds-progress-backup.c (JSON backups).
 */

/* Card states are spread over this many keys (see the schema). */
#define DS_PROGRESS_N_SHARDS 16

/* Keys written by a change, as bits: one per card-states shard, then
 * these. */
enum {
  DS_STORE_DAYS = 1 << DS_PROGRESS_N_SHARDS,
  DS_STORE_SUSPENDED = 1 << (DS_PROGRESS_N_SHARDS + 1),
  DS_STORE_EDITS = 1 << (DS_PROGRESS_N_SHARDS + 2),
  DS_STORE_ALL = (1 << (DS_PROGRESS_N_SHARDS + 3)) - 1,
};

#define DS_STORE_SHARD(shard) (1u << (shard))
/* The keys above, one count each in the checkpoint. */
#define DS_STORE_N_KEYS (DS_PROGRESS_N_SHARDS + 3)
#define DS_STORE_CHECKPOINT_KEY "progress-checkpoint"

typedef struct {
  char *question;
  char *answer;
} DsProgressEdit;

typedef struct {
  char       *card_id;
  gboolean    had_card;
  DsFsrsCard  previous;
  char       *day_key;
  DsDayStats  delta;
} DsProgressUndo;

/* What loading GSettings found. */
typedef struct {
  gint64   seq;          /* the checkpoint's log position; 0 none, -1 written without a log */
  gboolean intact;      /* a checkpoint, and every key held what it says */
  gboolean has_state;   /* anything at all was loaded */
  gboolean unreadable;  /* a keyfile that exists but does not parse */
} DsStoreLoad;

struct _DsProgress
{
  GObject      parent_instance;

  DsSettings  *settings;
  /* Our own GSettings over DsSettings' backend, in delay-apply mode: the
   * keys an answer changes reach the backend in one write (one file
   * rewrite for a keyfile, one transaction for dconf). */
  GSettings   *store;
  GTimeZone   *tz;

  GHashTable  *cards[DS_PROGRESS_N_SHARDS]; /* id → DsFsrsCard, by shard */
  GHashTable  *days;        /* "YYYY-MM-DD" → DsDayStats */
  GHashTable  *suspended;   /* id set */
  GHashTable  *edits;       /* id → DsProgressEdit */
  GQueue       undo;        /* DsProgressUndo, newest first */
  guint        misplaced;   /* shards holding cards of another shard */

  DsReviewLog *log;         /* NULL without a log */
  gboolean     read_only;
  gboolean     restored;
  char        *notice;

  /* Checking writes: the keyfile behind the store, if it is one. */
  char        *keyfile_path;
  char        *keyfile_group;
  gboolean     check_store;             /* not for a memory backend */
  guint64      key_hash[DS_STORE_N_KEYS + 1];
  guint        keys_known;              /* bits: key_hash[] is set */
  GError      *store_error;
  gboolean     store_stale;             /* a write failed: rewrite all */
};

/* ds-progress.c */
guint        _ds_progress_shard_of         (const char           *card_id);
GHashTable  *_ds_progress_cards_of         (DsProgress           *self,
                                            const char           *card_id);
void         _ds_progress_clear_state      (DsProgress           *self);
/* Applies a record to the state in memory; returns the keys it changed.
 * Live changes and the log's replay both come through here. */
guint        _ds_progress_apply            (DsProgress           *self,
                                            const DsReviewRecord *record);
/* Appends @records to the log (when there is one) and applies them; then
 * writes the keys they changed. FALSE when they are not saved. */
gboolean     _ds_progress_commit           (DsProgress           *self,
                                            DsReviewRecord       *records,
                                            guint                 n_records,
                                            GError              **error);
/* TRUE (with an error, and ::write-failed) when opened read-only. */
gboolean     _ds_progress_refuse_read_only (DsProgress           *self,
                                            GError              **error);
void         _ds_progress_set_store_error  (DsProgress           *self,
                                            const GError         *error);
void         _ds_progress_write_failed     (DsProgress           *self,
                                            const GError         *error);

/* ds-progress-store.c */
void         _ds_progress_store_init       (DsProgress           *self);
void         _ds_progress_store_load       (DsProgress           *self,
                                            DsStoreLoad          *load);
gboolean     _ds_progress_store_write      (DsProgress           *self,
                                            guint                 keys,
                                            GError              **error);
/* Copies a damaged keyfile aside before it is rewritten; the copy's
 * path, or NULL. */
char        *_ds_progress_store_keep_copy  (DsProgress           *self);
void         _ds_progress_store_clean      (DsProgress           *self,
                                            GFile                *data_dir);

/* ds-progress-log.c */
gboolean     _ds_progress_log_open         (DsProgress           *self,
                                            GFile                *data_dir,
                                            gboolean              read_only,
                                            GError              **error);
/* Appends the whole state to the log as one snapshot batch and writes
 * every key: for a log that was missing or behind GSettings. */
gboolean     _ds_progress_log_snapshot     (DsProgress           *self,
                                            GError              **error);

G_END_DECLS
