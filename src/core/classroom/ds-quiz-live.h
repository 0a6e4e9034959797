/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-quiz-run.h"
#include "ds-room-server.h"

G_BEGIN_DECLS

/*
 * Class live for a quiz run: the run the lecturer steps through in
 * presentation mode drives a room that students answer on their phones.
 *
 * - A question slide with 2–4 options is asked on the phones when it is
 *   first shown, unrevealed; moving to another slide stops its answers.
 * - Each answer counts as a hand on that slide, so the tally bars, the
 *   presenter's tally and the summary show it like any counted hand.
 * - The run's reveal reveals it on the phones; the run's countdown
 *   reaching zero closes its answers; the summary slide shows the room's
 *   summary.
 *
 * The server listens only between ds_quiz_live_start() and
 * ds_quiz_live_stop() (or the end of this object); the room and its
 * results stay until this object is freed, for the summary and the CSV.
 * No widgets: the presentation shows it, tests drive it.
 */

#define DS_TYPE_QUIZ_LIVE (ds_quiz_live_get_type ())
G_DECLARE_FINAL_TYPE (DsQuizLive, ds_quiz_live, DS, QUIZ_LIVE, GObject)

/* @code NULL: a new random room code. */
DsQuizLive       *ds_quiz_live_new                 (DsQuizRun    *run,
                                                    const char   *code);
DsQuizRun        *ds_quiz_live_get_run             (DsQuizLive   *self);
DsRoom           *ds_quiz_live_get_room            (DsQuizLive   *self);
DsRoomServer     *ds_quiz_live_get_server          (DsQuizLive   *self);

/* Starts listening (see ds_room_server_start(): @address NULL is the
 * laptop's address on the local network, @port 0 is 8472 or a free one)
 * and asks the current slide if it is a question. */
gboolean          ds_quiz_live_start               (DsQuizLive   *self,
                                                    const char   *address,
                                                    guint         port,
                                                    GError      **error);
/* Stops listening and closes every connection; the results stay. */
void              ds_quiz_live_stop                (DsQuizLive   *self);
gboolean          ds_quiz_live_is_running          (DsQuizLive   *self);

/* Whether a slide can be asked on the phones (2–4 options, one right). */
gboolean          ds_quiz_live_slide_is_askable    (const DsSlide *slide);
/* The room's question for slide @index, or -1 when it was not asked. */
int               ds_quiz_live_get_question        (DsQuizLive   *self,
                                                    guint         index);
/* Questions asked so far. */
guint             ds_quiz_live_get_n_asked         (DsQuizLive   *self);
/* Whether the current slide's question takes answers now. */
gboolean          ds_quiz_live_is_open             (DsQuizLive   *self);
/* Answers to the current slide's question (0 when it was not asked). */
guint             ds_quiz_live_get_n_answered      (DsQuizLive   *self);

G_END_DECLS
