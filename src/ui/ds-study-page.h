/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-deck.h"
#include "ds-deck-page.h"
#include "ds-library.h"
#include "ds-study-session.h"

G_BEGIN_DECLS

/*
 * The Study page: choose a session (everything due, one essay, one topic),
 * answer its cards (flip, multiple choice, typed, list recall, cloze), see
 * a summary at the end, or a clear "Nothing due" with the next review time.
 *
 * Keyboard: Space/Enter reveal or check, 1–4 grade, 1–4 or A–D pick a
 * choice, Ctrl+Z undoes the last answer, Escape leaves the session.
 * Actions (group "study"): study.start-all, study.reveal, study.grade(i),
 * study.pick(i), study.undo, study.show-source, study.leave.
 *
 * "Show source" opens the card's sentence in the reader when the page is in
 * a DsWindow.
 */
#define DS_TYPE_STUDY_PAGE (ds_study_page_get_type ())
G_DECLARE_FINAL_TYPE (DsStudyPage, ds_study_page, DS, STUDY_PAGE, DsDeckPage)

/* @library gives essay titles and their order; it may be NULL. */
DsStudyPage    *ds_study_page_new           (DsDeck         *deck,
                                             DsLibrary      *library);
DsDeck         *ds_study_page_get_deck      (DsStudyPage    *self);
/* Starts a session and shows its first card (or the empty state). */
void            ds_study_page_start         (DsStudyPage    *self,
                                             DsStudyScope    scope,
                                             const char     *essay_id,
                                             const char     *topic);
/* The running session, or NULL on the choice page. */
DsStudySession *ds_study_page_get_session   (DsStudyPage    *self);
/* "choose", "empty", "card" or "summary". */
const char     *ds_study_page_get_view      (DsStudyPage    *self);
/* Replaces the clock of sessions started from now on (tests). */
void            ds_study_page_set_clock     (DsStudyPage    *self,
                                             DsStudyClockFunc func,
                                             gpointer         user_data);

/*
 * Adds the Study, Cards and Statistics pages to @window's view stack, all
 * three over the window's deck (ds_window_get_deck()).
 */
void            ds_study_page_add_to_window (GtkWidget  *window);

/* Human-friendly interval ("1 min", "10 min", "3 days"), translated. */
char           *ds_study_format_interval    (gint64          ms);

G_END_DECLS
