/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-fsrs.h"

G_BEGIN_DECLS

/*
 * The review log: an append-only file in the user's data folder
 * ($XDG_DATA_HOME/diplostudy/review-log) with one record per answer (and
 * per undo, suspension and edit), the copy of the learner's progress that
 * the GSettings store is rebuilt from. DsProgress owns it; nothing else
 * writes it.
 *
 * The format is text, one record a line, fields separated by tabs:
 *
 *   SEQ KIND TIME FIELDS… CRC32
 *
 * SEQ counts up from 1 (0 is the header line naming the format and its
 * version), TIME is Unix milliseconds, strings are escaped (\\, \t, \n,
 * \r) and CRC32 (8 hex digits) covers everything before its tab. Every
 * append is one write() followed by fdatasync() before it returns, so a
 * record that was acknowledged is on disk; a crash can only tear the last
 * line, which the next writer detects by its checksum and cuts off. A
 * damaged line elsewhere is skipped and counted, never a crash.
 *
 * A writer holds an exclusive flock() on the file for as long as it is
 * open; a second writer is refused (DS_PROGRESS_ERROR_LOCKED). Readers
 * take no lock.
 *
 * Records between a BEGIN and its END form a batch that counts only when
 * the END is there: a snapshot of the whole state (replacing what came
 * before) or an imported backup (merged).
 */

#define DS_REVIEW_LOG_NAME "review-log"
#define DS_REVIEW_LOG_VERSION 1
/* Longer lines are damage (an edit holds at most a few kilobytes). */
#define DS_REVIEW_LOG_MAX_LINE ((gsize) 256 * 1024)

/* One local day of daily-stats. */
typedef struct {
  guint reviews;               /* answers given */
  guint correct;               /* answers graded correct */
  guint new_cards;             /* cards seen for the first time */
  guint review_state_reviews;  /* answers to cards in the Review state */
  guint review_state_passed;   /* … of which rated Good or Easy */
} DsDayStats;

typedef enum {
  DS_REVIEW_ANSWER,    /* card_id day rating correct before [previous] after */
  DS_REVIEW_UNDO,      /* card_id day counts (the answer's) [previous]: restore */
  DS_REVIEW_SUSPEND,   /* card_id flag */
  DS_REVIEW_EDIT,      /* card_id question answer (both NULL: edit cleared) */
  DS_REVIEW_CARD,      /* card_id after: the card's state, in a batch */
  DS_REVIEW_DAY,       /* day counts: the day's counts, in a batch */
  DS_REVIEW_BEGIN,     /* flag: TRUE a snapshot, FALSE an import */
  DS_REVIEW_END,
} DsReviewKind;

typedef struct {
  DsReviewKind kind;
  guint64      seq;           /* given by ds_review_log_append() */
  gint64       time;          /* ms; for an answer, when it was given */
  const char  *card_id;
  const char  *day;           /* "YYYY-MM-DD" */
  DsRating     rating;
  gboolean     flag;          /* ANSWER: correct; SUSPEND; BEGIN: snapshot */
  gboolean     has_previous;  /* ANSWER, UNDO: @previous holds a state */
  DsFsrsCard   before;        /* ANSWER: the state it was scheduled from */
  DsFsrsCard   previous;      /* ANSWER: the state stored before; UNDO: restored */
  DsFsrsCard   after;         /* ANSWER, CARD */
  DsDayStats   counts;        /* UNDO: the answer's counts; DAY */
  const char  *question;      /* EDIT */
  const char  *answer;        /* EDIT */
} DsReviewRecord;

/* What reading a log found. */
typedef struct {
  guint64 last_seq;       /* of the last good record (0: none) */
  guint   n_records;      /* good records, the header not counted */
  guint   n_damaged;      /* lines skipped in the middle */
  gboolean torn;          /* the end was a torn or damaged record */
  gsize   good_length;    /* bytes up to the end of the last good line */
  gboolean newer;         /* written by a newer DiploStudy */
} DsReviewLogScan;

/* Return FALSE to stop reading. */
typedef gboolean (*DsReviewRecordFunc) (const DsReviewRecord *record,
                                        gpointer              user_data);

typedef struct _DsReviewLog DsReviewLog;

/* Whether @card is a state the scheduler could have produced. */
gboolean      ds_review_card_is_sane     (const DsFsrsCard     *card);
gboolean      ds_review_day_is_valid     (const char           *day);
gboolean      ds_review_counts_are_sane  (const DsDayStats     *counts);
/* What an answer adds to its day's counts. */
void          ds_review_answer_counts    (const DsFsrsCard     *before,
                                          DsRating              rating,
                                          gboolean              correct,
                                          DsDayStats           *out);

/* Opens (creating it and its folder when needed) and locks the log at
 * @path for writing; with @read_only, opens it for reading only, without a
 * lock (a missing file is an empty log). A torn last record is cut off
 * (when writing). */
DsReviewLog  *ds_review_log_open         (const char           *path,
                                          gboolean              read_only,
                                          GError              **error);
void          ds_review_log_free         (DsReviewLog          *self);
const char   *ds_review_log_get_path     (DsReviewLog          *self);
gboolean      ds_review_log_get_read_only (DsReviewLog         *self);
/* What opening found at the end of the file. */
const DsReviewLogScan *ds_review_log_get_scan (DsReviewLog     *self);
guint64       ds_review_log_get_last_seq (DsReviewLog          *self);
/* Later records are numbered after @seq at least. */
void          ds_review_log_skip_to      (DsReviewLog          *self,
                                          guint64               seq);

/* Appends @n_records in one write and syncs them to disk; each gets its
 * seq. On failure nothing is left of them in the file. */
gboolean      ds_review_log_append       (DsReviewLog          *self,
                                          DsReviewRecord       *records,
                                          guint                 n_records,
                                          GError              **error);
/* Reads every good record from the start, in order. */
gboolean      ds_review_log_read         (DsReviewLog          *self,
                                          DsReviewRecordFunc    func,
                                          gpointer              user_data,
                                          DsReviewLogScan      *scan,
                                          GError              **error);

/* The parser behind both, for any bytes (the fuzz target feeds it):
 * @data need not end at a line; whatever follows the last newline is a
 * torn record. */
void          ds_review_log_parse        (const char           *data,
                                          gsize                 length,
                                          DsReviewRecordFunc    func,
                                          gpointer              user_data,
                                          DsReviewLogScan      *scan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsReviewLog, ds_review_log_free)

G_END_DECLS
