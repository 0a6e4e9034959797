/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-deck-page.h"
#include "ds-study-session.h"

G_BEGIN_DECLS

/*
 * The Study page: choose a session (everything due, one essay, one topic),
 * answer its cards (flip, multiple choice, typed, list recall, cloze), see
 * a summary at the end, or a clear "Nothing due" with the next review time.
 *
 * Keyboard: Space/Enter reveal or check, 1–4 grade, 1–4 or A–D pick a
 * choice, Ctrl+Z undoes the last answer, Escape leaves the session.
 * Actions (group "study"): study.start-all, study.start((msms)),
 * study.reveal, study.grade(i), study.pick(i), study.undo,
 * study.show-source, study.leave.
 *
 * "Show source" asks the window (win.show-source) to open the card's
 * sentence in the reader.
 */
#define DS_TYPE_STUDY_PAGE (ds_study_page_get_type ())
G_DECLARE_FINAL_TYPE (DsStudyPage, ds_study_page, DS, STUDY_PAGE, DsDeckPage)

DsStudyPage    *ds_study_page_new           (DsSession      *session);
DsDeck         *ds_study_page_get_deck      (DsStudyPage    *self);
/* Starts a session over @scope (NULL: everything due) and shows its first
 * card (or the empty state). */
void            ds_study_page_start         (DsStudyPage       *self,
                                             const DsCardScope *scope);
/* The running session, or NULL on the choice page. */
DsStudySession *ds_study_page_get_session   (DsStudyPage    *self);
/* "choose", "empty", "card" or "summary". */
const char     *ds_study_page_get_view      (DsStudyPage    *self);
/* Human-friendly interval ("1 min", "10 min", "3 days"), translated. */
char           *ds_study_format_interval    (gint64          ms);

G_END_DECLS
