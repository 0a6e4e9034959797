/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-fsrs.h"
#include "ds-review-log.h"
#include "ds-settings.h"

G_BEGIN_DECLS

/*
 * The learner's progress: per-card scheduling state, suspended cards, edited
 * cards and review counts per local day, kept in the progress keys of the
 * org.example.DiploStudy schema (through DsSettings' backend).
 *
 * Everything is loaded once into memory. Opened with ds_progress_open(),
 * every change is first appended to the review log (ds-review-log.h) and
 * synced to disk — that is when it counts as saved — and then written to
 * GSettings; when GSettings is missing, unreadable, damaged or older than
 * the log at the next start, it is rebuilt from the log. Without a log
 * (ds_progress_new(), for tests and tools), changes go to GSettings only.
 *
 * How a failed GSettings write is seen, per backend: keyfile — the file is
 * read back after the write and every progress key compared with what was
 * written (a full disk leaves it cut short or unchanged; a read-only folder
 * leaves it unchanged); dconf and others — the checkpoint key is read back
 * after g_settings_sync(), and without a bus dconf drops the change and
 * the old value comes back; memory — nothing to check. A failed write
 * sets DsProgress:store-error (the next write rewrites every key) and
 * emits ::write-failed; the change is safe in the log.
 *
 * Card ids that no longer match a generated card are kept (the card may
 * come back after regeneration) but left out of counts. Corrupt stored
 * entries are skipped (and, with a log, restored from it), never a crash.
 *
 * "Days" are calendar days in the progress' time zone (local by default);
 * give the scheduler the same zone (ds_fsrs_set_time_zone()).
 *
 * Signals: "changed" (const char *card_id, nullable) follows every stored
 * answer, undo, suspension and edit; "write-failed" (GError *) follows
 * every change that could not be written, to the log (not saved) or to
 * GSettings (saved in the log only).
 */

#define DS_PROGRESS_ERROR (ds_progress_error_quark ())

typedef enum {
  DS_PROGRESS_ERROR_LOCKED,     /* another process has the review log open */
  DS_PROGRESS_ERROR_READ_ONLY,  /* opened read-only: nothing can be saved */
  DS_PROGRESS_ERROR_LOG,        /* the review log could not be written: not saved */
  DS_PROGRESS_ERROR_STORE,      /* GSettings could not be written */
  DS_PROGRESS_ERROR_NEWER_LOG,  /* the log is of a newer version */
  DS_PROGRESS_ERROR_BACKUP,     /* a backup that cannot be imported */
} DsProgressError;

typedef enum {
  DS_PROGRESS_OPEN_DEFAULT = 0,
  /* Read (and rebuild in memory) without locking the log or writing
   * anything: a second instance, or a backup export while the app runs. */
  DS_PROGRESS_OPEN_READ_ONLY = 1 << 0,
} DsProgressOpenFlags;

/* What importing a backup did. */
typedef struct {
  guint cards_taken;     /* cards whose state came from the backup */
  guint cards_kept;      /* cards whose own state was as new or newer */
  guint days_taken;
  guint suspended_added;
  guint edits_added;
} DsBackupImport;

GQuark ds_progress_error_quark (void);

typedef void (*DsProgressCardFunc) (const char       *card_id,
                                    const DsFsrsCard *card,
                                    gpointer          user_data);

#define DS_TYPE_PROGRESS (ds_progress_get_type ())
G_DECLARE_FINAL_TYPE (DsProgress, ds_progress, DS, PROGRESS, GObject)

/* Progress in GSettings only, without a review log. */
DsProgress   *ds_progress_new                (DsSettings        *settings);
/* Progress with its review log in @data_dir (NULL: the user's data
 * folder, $XDG_DATA_HOME/diplostudy): locks the log, rebuilds GSettings
 * from it when needed (see ds_progress_get_restored()). Fails with
 * DS_PROGRESS_ERROR_LOCKED when another process has it open (open again
 * with DS_PROGRESS_OPEN_READ_ONLY to look without changing anything),
 * DS_PROGRESS_ERROR_LOG when the log cannot be created or read,
 * DS_PROGRESS_ERROR_NEWER_LOG. */
DsProgress   *ds_progress_open               (DsSettings        *settings,
                                              GFile             *data_dir,
                                              DsProgressOpenFlags flags,
                                              GError           **error);
/* The default folder of the review log (and of imported essays). */
GFile        *ds_progress_get_default_dir    (void);
DsSettings   *ds_progress_get_settings       (DsProgress        *self);
/* Whether changes are refused (DS_PROGRESS_OPEN_READ_ONLY). */
gboolean      ds_progress_get_read_only      (DsProgress        *self);
/* Whether opening rebuilt the progress from the review log because
 * GSettings was missing, unreadable, damaged or older than it. */
gboolean      ds_progress_get_restored       (DsProgress        *self);
/* What opening found that the learner should be told, a sentence or two
 * ("Progress was restored from the review log. …"), or NULL. */
const char   *ds_progress_get_notice         (DsProgress        *self);
/* Why the last write to GSettings failed (the change is in the log), or
 * NULL when it succeeded; property "store-error". */
const GError *ds_progress_get_store_error    (DsProgress        *self);

/* The zone that decides which day an answer counts for (NULL: local). */
GTimeZone    *ds_progress_get_time_zone      (DsProgress        *self);
void          ds_progress_set_time_zone      (DsProgress        *self,
                                              GTimeZone         *tz);
/* "YYYY-MM-DD" of @when in @when's own time zone. */
char         *ds_progress_local_day_key      (GDateTime         *when);
/* The daily-stats key of @when in the progress' time zone. */
char         *ds_progress_day_key            (DsProgress        *self,
                                              GDateTime         *when);

/* FALSE (and @out initialised as a New card due at 0) when the card was
 * never answered. */
gboolean      ds_progress_get_card           (DsProgress        *self,
                                              const char        *card_id,
                                              DsFsrsCard        *out);
guint         ds_progress_get_n_cards        (DsProgress        *self);
void          ds_progress_foreach_card       (DsProgress        *self,
                                              DsProgressCardFunc func,
                                              gpointer           user_data);

/* Stores @after for @card_id and counts the answer for the day of @now;
 * @before is the state the answer was scheduled from (New for a card seen
 * for the first time). Returns TRUE when the answer is on disk (in the
 * review log, synced; without a log, in GSettings); FALSE with an error
 * (DS_PROGRESS_ERROR_LOG, _READ_ONLY; without a log, _STORE) when it is
 * not, and then nothing changed. */
gboolean      ds_progress_record_answer      (DsProgress        *self,
                                              const char        *card_id,
                                              const DsFsrsCard  *before,
                                              const DsFsrsCard  *after,
                                              DsRating           rating,
                                              gboolean           correct,
                                              GDateTime         *now,
                                              GError           **error);
gboolean      ds_progress_can_undo           (DsProgress        *self);
/* Undoes the most recent answer not yet undone: the card's previous state
 * and the day's counts come back, saved like an answer (an undo record is
 * appended to the log; nothing is rewritten). Returns FALSE when there is
 * nothing to undo, or with an error when the undo could not be saved (and
 * then nothing changed); @card_id (optional) receives the card's id. */
gboolean      ds_progress_undo_last          (DsProgress        *self,
                                              char             **card_id,
                                              GError           **error);

gboolean      ds_progress_is_suspended       (DsProgress        *self,
                                              const char        *card_id);
/* These three return whether the change is saved; when it is not,
 * ::write-failed says why, and nothing changed. */
gboolean      ds_progress_set_suspended      (DsProgress        *self,
                                              const char        *card_id,
                                              gboolean           suspended);

/* The learner's edit of a card, if any (strings owned by @self). */
gboolean      ds_progress_get_edit           (DsProgress        *self,
                                              const char        *card_id,
                                              const char       **question,
                                              const char       **answer);
gboolean      ds_progress_set_edit           (DsProgress        *self,
                                              const char        *card_id,
                                              const char        *question,
                                              const char        *answer);
gboolean      ds_progress_clear_edit         (DsProgress        *self,
                                              const char        *card_id);

/* Counts for @day_key (all zero and FALSE when the day has none). */
gboolean      ds_progress_get_day_stats      (DsProgress        *self,
                                              const char        *day_key,
                                              DsDayStats        *out);
/* Cards answered at least once whose id is in @valid_ids (a set of card
 * ids; NULL counts every stored card). */
guint         ds_progress_count_known        (DsProgress        *self,
                                              GHashTable        *valid_ids);

/*
 * Backups (ds-progress-backup.c): the whole progress as one JSON document
 * ({"format": "diplostudy-progress", "version": 1, "cards": {…},
 * "days": {…}, "suspended": […], "edits": {…}}), and back. An import is
 * checked whole before anything changes — wrong types, an unknown format
 * or version, a huge or deeply nested document are refused with an error
 * naming the file and the place — then merged: per card the newest review
 * wins, per day the larger count, suspensions and edits are added. With a
 * log the import is one batch of records, saved before it counts.
 */
#define DS_BACKUP_MAX_SIZE ((gsize) 64 * 1024 * 1024)
#define DS_BACKUP_MAX_ENTRIES 1000000

gboolean      ds_progress_export_backup      (DsProgress        *self,
                                              GOutputStream     *out,
                                              GError           **error);
gboolean      ds_progress_import_backup      (DsProgress        *self,
                                              GFile             *file,
                                              DsBackupImport    *result,
                                              GError           **error);
/* The same from bytes; @name names them in messages. */
gboolean      ds_progress_import_backup_data (DsProgress        *self,
                                              const char        *data,
                                              gsize              length,
                                              const char        *name,
                                              DsBackupImport    *result,
                                              GError           **error);
/* Only checks a backup, changing nothing (the fuzz target's entry). */
gboolean      ds_progress_check_backup       (const char        *data,
                                              gsize              length,
                                              const char        *name,
                                              GError           **error);

G_END_DECLS
