/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card.h"
#include "ds-card-scope.h"
#include "ds-deck.h"
#include "ds-fsrs.h"
#include "ds-time.h"

G_BEGIN_DECLS

/*
 * A study session: the cards of a scope (one essay, one topic or the whole
 * deck; see DsCardScope) that
 * are due now, due cards first (most overdue first), then new cards up to
 * what is left of the day's new-card allowance (DsSettings:new-cards-per-day
 * minus the new cards already seen today), taken in turn from each essay in
 * source order. Siblings (ds_study_cards_are_siblings()) are kept apart,
 * and a new card whose sibling was answered today waits for another day.
 * Suspended cards never come up.
 *
 * Each answer is scheduled with FSRS in the progress' time zone (a local
 * calendar day in the app) at the requested retention of DsSettings, and
 * recorded in DsProgress, which persists it before ds_study_session_answer()
 * returns. A card whose next step falls within DS_STUDY_LEARN_AHEAD_MS comes
 * back later in the same session, as learning steps are meant to.
 */

/* How far ahead a learning step may be taken within a session: 20 min. */
#define DS_STUDY_LEARN_AHEAD_MS G_GINT64_CONSTANT (1200000)

/* How a card is asked. */
typedef enum {
  DS_STUDY_MODE_FLIP,     /* reveal, then grade oneself */
  DS_STUDY_MODE_CHOICE,   /* multiple choice or true/false */
  DS_STUDY_MODE_TYPED,    /* type the answer, graded tolerantly */
  DS_STUDY_MODE_LIST,     /* recall the items, in any order */
  DS_STUDY_MODE_CLOZE,    /* type the blanked word */
} DsStudyMode;

/* Answers of at most this many words are typed rather than flipped. */
#define DS_STUDY_TYPED_MAX_WORDS 4

#define DS_STUDY_SESSION_ERROR (ds_study_session_error_quark ())
typedef enum {
  DS_STUDY_SESSION_ERROR_NO_CARD,     /* nothing to answer */
  DS_STUDY_SESSION_ERROR_SCHEDULE,    /* the clock went back before the last review */
} DsStudySessionError;
GQuark ds_study_session_error_quark (void);

DsStudyMode ds_study_mode_for_card (DsCard *card);

/* What a session of @scope (NULL: every card) started at @now_ms would
 * hold: due cards and (allowed) new cards. */
void        ds_study_count         (DsDeck            *deck,
                                    const DsCardScope *scope,
                                    gint64             now_ms,
                                    guint             *n_due,
                                    guint             *n_new);
/* The earliest time after @now_ms when a card of the scope falls due, the
 * start of the next day when new cards wait for tomorrow's allowance, or
 * -1 when nothing is scheduled. */
gint64      ds_study_next_due      (DsDeck            *deck,
                                    const DsCardScope *scope,
                                    gint64             now_ms);
/* New cards of @scope that today's allowance holds back (siblings of cards
 * answered today, which wait for tomorrow anyway, left out). */
guint       ds_study_count_waiting_new (DsDeck            *deck,
                                        const DsCardScope *scope,
                                        gint64             now_ms);
/* Whether @a and @b come from one claim: the same essay and overlapping
 * source spans. Siblings give each other away, so a session keeps them
 * apart, and a new card waits for another day once a sibling of it has
 * been answered today. */
gboolean    ds_study_cards_are_siblings (DsCard *a,
                                         DsCard *b);

#define DS_TYPE_STUDY_SESSION (ds_study_session_get_type ())
G_DECLARE_FINAL_TYPE (DsStudySession, ds_study_session, DS, STUDY_SESSION, GObject)

/* @scope NULL is every card. The queue is built by
 * ds_study_session_start(). */
DsStudySession *ds_study_session_new          (DsDeck            *deck,
                                               const DsCardScope *scope);
/* A wall clock (the real time unless replaced; NULL brings it back). */
void            ds_study_session_set_clock    (DsStudySession   *self,
                                               DsClockFunc       func,
                                               gpointer          user_data);
/* The clock's now, in milliseconds since the Unix epoch. */
gint64          ds_study_session_now          (DsStudySession   *self);
DsDeck         *ds_study_session_get_deck     (DsStudySession   *self);
/* Never NULL: every card is a scope of its own. */
const DsCardScope *ds_study_session_get_scope (DsStudySession   *self);

/* New cards to take beyond what is left of today's allowance ("study more
 * new cards"); set before ds_study_session_start(). */
void            ds_study_session_set_extra_new (DsStudySession  *self,
                                                guint            n_cards);
/* Builds the queue at the clock's now; returns the number of cards. */
guint           ds_study_session_start        (DsStudySession   *self);
/* The card to ask, or NULL when the session is over (DsStudySession:card). */
DsCard         *ds_study_session_get_card     (DsStudySession   *self);
/* Cards still waiting, the current one included. */
guint           ds_study_session_get_n_remaining (DsStudySession *self);
/* The answers still expected, the current card's included: each learning
 * step a card is expected to come back for counts, so the figure goes down
 * by one with every Good answer (and up when a card is failed). */
guint           ds_study_session_get_n_left   (DsStudySession   *self);
/* The current card's scheduling state (New for a card never answered). */
gboolean        ds_study_session_get_state    (DsStudySession   *self,
                                               DsFsrsCard       *out);
/* The intervals each rating would give the current card, in ms from now,
 * indexed by rating - 1. FALSE when there is no card. */
gboolean        ds_study_session_preview      (DsStudySession   *self,
                                               gint64            intervals[4]);
/* Schedules and records the answer (persisted before returning), then
 * moves on. @correct says whether the answer was right (for a self-graded
 * card: rated Hard or better). */
gboolean        ds_study_session_answer       (DsStudySession   *self,
                                               DsRating          rating,
                                               gboolean          correct,
                                               GError          **error);
gboolean        ds_study_session_can_undo     (DsStudySession   *self);
/* Takes back the last answer of this session, in the session and in the
 * progress store; its card becomes the current one again. */
gboolean        ds_study_session_undo         (DsStudySession   *self);

/* Summary. */
guint           ds_study_session_get_n_answered (DsStudySession *self);
guint           ds_study_session_get_n_correct  (DsStudySession *self);
/* Distinct cards answered at least once. */
guint           ds_study_session_get_n_cards_seen (DsStudySession *self);
/* From the start to the last answer, in ms. */
gint64          ds_study_session_get_elapsed  (DsStudySession   *self);
/* See ds_study_next_due(), at the clock's now. */
gint64          ds_study_session_get_next_due (DsStudySession   *self);

G_END_DECLS
