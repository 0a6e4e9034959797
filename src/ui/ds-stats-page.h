/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-deck-page.h"

G_BEGIN_DECLS

/*
 * The Statistics page: figures (due today, reviews today, retention,
 * streak), bar charts of the cards due in the next 30 days and of the
 * reviews of the last 30 days, and mastery per essay and per topic. Every
 * chart has a text alternative; the page follows the deck's progress.
 */
#define DS_TYPE_STATS_PAGE (ds_stats_page_get_type ())
G_DECLARE_FINAL_TYPE (DsStatsPage, ds_stats_page, DS, STATS_PAGE, DsDeckPage)

/* @library gives essay titles; it may be NULL. */
DsStatsPage *ds_stats_page_new           (DsSession   *session);
/* Recomputes the figures now (they are otherwise refreshed on map and
 * when progress changes while shown). */
void         ds_stats_page_refresh       (DsStatsPage *self);
/* For tests and assistive technologies: the text alternative of the
 * "due" and "reviews" charts and of the figures. */
const char  *ds_stats_page_get_due_summary     (DsStatsPage *self);
const char  *ds_stats_page_get_reviews_summary (DsStatsPage *self);
guint        ds_stats_page_get_reviews_total   (DsStatsPage *self);
/* A figure's text as read by assistive technologies ("Reviews today: 3"),
 * by name: "due-today", "due-week", "reviews-today", "retention",
 * "streak", "cards". */
const char  *ds_stats_page_get_figure    (DsStatsPage *self,
                                          const char  *name);

G_END_DECLS
