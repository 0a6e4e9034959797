/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-card.h"
#include "ds-progress.h"

G_BEGIN_DECLS

/*
 * Figures for the statistics page, computed once from a DsProgress and the
 * cards that exist now (progress of cards that no longer exist is left
 * out; suspended cards count nowhere). "Now" is a parameter; days are
 * calendar days in the progress' time zone.
 *
 * Mastery of a card is min (1, stability / 21 days): a card the learner
 * will still probably recall three weeks after the last review counts as
 * mastered, a card never answered counts 0. The mastery of an essay or a
 * topic is the mean over its cards, so it grows as cards are learnt and
 * falls back as they are forgotten (Again cuts stability).
 */

/* Days ahead for due counts (today is day 0) and days back for reviews. */
#define DS_STATS_DAYS 30
#define DS_STATS_MASTERY_DAYS 21.0

typedef struct {
  const char *essay_id;
  const char *topic;       /* NULL for an essay's own figures */
  guint       n_cards;     /* cards not suspended */
  guint       n_known;     /* … answered at least once */
  double      mastery;     /* 0 … 1 */
} DsStatsGroup;

typedef struct _DsStats DsStats;

/* @cards: the DsCards that exist now. */
DsStats            *ds_stats_new                (DsProgress *progress,
                                                 GPtrArray  *cards,
                                                 GDateTime  *now);
void                ds_stats_free               (DsStats    *self);

guint               ds_stats_get_n_cards        (DsStats    *self);
guint               ds_stats_get_n_new          (DsStats    *self);
guint               ds_stats_get_n_suspended    (DsStats    *self);

/* Answered cards due by the end of today, overdue ones included. */
guint               ds_stats_get_due_today      (DsStats    *self);
/* Due on the day @day days from today (0 ≤ day < DS_STATS_DAYS; day 0 is
 * ds_stats_get_due_today()). */
guint               ds_stats_get_due_on_day     (DsStats    *self,
                                                 guint       day);
/* Due today and in the six days after. */
guint               ds_stats_get_due_this_week  (DsStats    *self);

/* Answers given @days_ago days before today (0 ≤ days_ago < DS_STATS_DAYS). */
guint               ds_stats_get_reviews_on_day (DsStats    *self,
                                                 guint       days_ago);
guint               ds_stats_get_reviews_total  (DsStats    *self);

/* Share of Good/Easy among answers to cards in the Review state over the
 * last DS_STATS_DAYS days. FALSE when there were none. */
gboolean            ds_stats_get_retention      (DsStats    *self,
                                                 double     *retention,
                                                 guint      *n_reviews);

/* Consecutive days with at least one answer, ending today, or yesterday
 * when nothing was answered yet today. */
guint               ds_stats_get_streak         (DsStats    *self);

/* Mastery over all cards, per essay and per topic of an essay, in the
 * order the cards came in. */
double              ds_stats_get_mastery        (DsStats    *self);
const DsStatsGroup *ds_stats_get_essays         (DsStats    *self,
                                                 guint      *n_essays);
const DsStatsGroup *ds_stats_get_topics         (DsStats    *self,
                                                 guint      *n_topics);
/* NULL when no card belongs to @essay_id. */
const DsStatsGroup *ds_stats_lookup_essay       (DsStats    *self,
                                                 const char *essay_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsStats, ds_stats_free)

G_END_DECLS
