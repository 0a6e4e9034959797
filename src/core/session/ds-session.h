/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card-scope.h"
#include "ds-deck.h"
#include "ds-library.h"
#include "ds-progress.h"
#include "ds-settings.h"
#include "ds-study-session.h"
#include "ds-time.h"

G_BEGIN_DECLS

/*
 * The learner's state, in one object: the essays (DsLibrary), the deck of
 * their cards with the claims they were made of (DsDeck) and the progress
 * store (DsProgress over DsSettings). The application makes one and hands
 * it to the window, the pages and presentation mode; the command-line tool
 * makes its own. Views ask it for what they need and never build cards or
 * claims of their own.
 *
 * The deck is generated when first asked for, so that a session costs
 * nothing at startup; afterwards it follows the library (an essay imported
 * or removed).
 */

#define DS_TYPE_SESSION (ds_session_get_type ())
G_DECLARE_FINAL_TYPE (DsSession, ds_session, DS, SESSION, GObject)

/* @library NULL: an empty one, filled by ds_session_load_essays(). */
DsSession      *ds_session_new                 (DsSettings          *settings,
                                                DsLibrary           *library);
/* A session over cards made elsewhere (tests); @library gives essay titles
 * and may be NULL. */
DsSession      *ds_session_new_for_deck        (DsDeck              *deck,
                                                DsLibrary           *library);

/* The built-in essays, then the learner's own. What cannot be read of
 * the learner's is skipped and kept for the window to show
 * (ds_session_get_essay_problems()); the built-in essays failing is the
 * error. */
gboolean        ds_session_load_essays         (DsSession           *self,
                                                GError             **error);
/* Why some of the learner's essays could not be loaded (one line each),
 * or NULL. */
const char     *ds_session_get_essay_problems  (DsSession           *self);

/* Opens the progress with its review log in @data_dir (NULL: the user's
 * data folder), as the app does; before anything asks for the progress.
 * When another DiploStudy holds the log, the progress is opened read-only;
 * when the log cannot be opened at all, it is kept in GSettings only. Both
 * are said in ds_session_get_progress_problem(); what opening found (a
 * restore) in ds_progress_get_notice(). Without this call the progress is
 * GSettings only (tests, tools). */
void            ds_session_open_progress       (DsSession           *self,
                                                GFile               *data_dir);
/* Why the progress is read-only or without its log, or NULL. */
const char     *ds_session_get_progress_problem (DsSession          *self);

DsSettings     *ds_session_get_settings        (DsSession           *self);
DsLibrary      *ds_session_get_library         (DsSession           *self);
DsProgress     *ds_session_get_progress        (DsSession           *self);
/* Made on first use. */
DsDeck         *ds_session_get_deck            (DsSession           *self);

/* The essay's title for display; the id itself when the essay is unknown
 * or has no title. */
const char     *ds_session_get_essay_title     (DsSession           *self,
                                                const char          *essay_id);
/* The key claims of @essay, as the deck's cards were made of them (a
 * GPtrArray of DsClaim, owned by the deck). */
GPtrArray      *ds_session_get_claims          (DsSession           *self,
                                                DsEssay             *essay);

/* The wall clock every study session of this session reads (the real time
 * unless a test replaces it; NULL brings it back). */
void            ds_session_set_clock           (DsSession           *self,
                                                DsClockFunc          func,
                                                gpointer             user_data);
/* Now, in milliseconds since the Unix epoch. */
gint64          ds_session_get_now             (DsSession           *self);
/* A study session over @scope (NULL: every card), started now. */
DsStudySession *ds_session_start_study         (DsSession           *self,
                                                const DsCardScope   *scope);
/* The same, with @extra_new new cards beyond today's allowance. */
DsStudySession *ds_session_start_study_extra   (DsSession           *self,
                                                const DsCardScope   *scope,
                                                guint                extra_new);

/* Where imported essays are kept: ds_essay_import_get_default_dir()
 * unless set (tests). */
GFile          *ds_session_get_user_essay_dir  (DsSession           *self);
void            ds_session_set_user_essay_dir  (DsSession           *self,
                                                GFile               *dir);
/* Reads and parses @file in a worker thread, then adds the essay to the
 * library (the deck follows). The finish function returns the essay (a new
 * reference) or NULL with an error that names the file; @already_there
 * (may be NULL) says the same text was in the library before, which is
 * then left as it was. */
void            ds_session_import_essay_async  (DsSession           *self,
                                                GFile               *file,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DsEssay        *ds_session_import_essay_finish (DsSession           *self,
                                                GAsyncResult        *result,
                                                gboolean            *already_there,
                                                GError             **error);
/* Forgets an imported essay and takes it out of the library; the progress
 * on its cards stays, so importing it again brings that back. */
gboolean        ds_session_remove_essay        (DsSession           *self,
                                                const char          *essay_id,
                                                GError             **error);

G_END_DECLS
