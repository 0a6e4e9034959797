/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-fsrs.h"
#include "ds-settings.h"

G_BEGIN_DECLS

/*
 * The learner's progress: per-card scheduling state, suspended cards, edited
 * cards and review counts per local day, kept in the progress keys of the
 * org.example.DiploStudy schema (through DsSettings' backend).
 *
 * Everything is loaded once into memory; every change is written through
 * and synced before the call returns, so an answer survives the process
 * being killed right after it. Card ids that no longer match a generated
 * card are kept (the card may come back after regeneration) but left out of
 * counts. Corrupt stored entries are skipped with a message, never a crash.
 *
 * "Days" are calendar days in the progress' time zone (local by default);
 * give the scheduler the same zone (ds_fsrs_set_time_zone()).
 *
 * Signal "changed" (const char *card_id, nullable) follows every stored
 * answer, undo, suspension and edit.
 */

/* One local day of daily-stats. */
typedef struct {
  guint reviews;               /* answers given */
  guint correct;               /* answers graded correct */
  guint new_cards;             /* cards seen for the first time */
  guint review_state_reviews;  /* answers to cards in the Review state */
  guint review_state_passed;   /* … of which rated Good or Easy */
} DsDayStats;

typedef void (*DsProgressCardFunc) (const char       *card_id,
                                    const DsFsrsCard *card,
                                    gpointer          user_data);

#define DS_TYPE_PROGRESS (ds_progress_get_type ())
G_DECLARE_FINAL_TYPE (DsProgress, ds_progress, DS, PROGRESS, GObject)

DsProgress   *ds_progress_new                (DsSettings        *settings);
DsSettings   *ds_progress_get_settings       (DsProgress        *self);

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
 * for the first time). Persisted and synced before returning. */
void          ds_progress_record_answer      (DsProgress        *self,
                                              const char        *card_id,
                                              const DsFsrsCard  *before,
                                              const DsFsrsCard  *after,
                                              DsRating           rating,
                                              gboolean           correct,
                                              GDateTime         *now);
gboolean      ds_progress_can_undo           (DsProgress        *self);
/* Undoes the most recent answer not yet undone: the card's previous state
 * and the day's counts come back, persisted. Returns FALSE when there is
 * nothing to undo; @card_id (optional) receives the card's id. */
gboolean      ds_progress_undo_last          (DsProgress        *self,
                                              char             **card_id);

gboolean      ds_progress_is_suspended       (DsProgress        *self,
                                              const char        *card_id);
void          ds_progress_set_suspended      (DsProgress        *self,
                                              const char        *card_id,
                                              gboolean           suspended);

/* The learner's edit of a card, if any (strings owned by @self). */
gboolean      ds_progress_get_edit           (DsProgress        *self,
                                              const char        *card_id,
                                              const char       **question,
                                              const char       **answer);
void          ds_progress_set_edit           (DsProgress        *self,
                                              const char        *card_id,
                                              const char        *question,
                                              const char        *answer);
void          ds_progress_clear_edit         (DsProgress        *self,
                                              const char        *card_id);

/* Counts for @day_key (all zero and FALSE when the day has none). */
gboolean      ds_progress_get_day_stats      (DsProgress        *self,
                                              const char        *day_key,
                                              DsDayStats        *out);
/* Cards answered at least once whose id is in @valid_ids (a set of card
 * ids; NULL counts every stored card). */
guint         ds_progress_count_known        (DsProgress        *self,
                                              GHashTable        *valid_ids);

G_END_DECLS
