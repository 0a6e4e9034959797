/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-time.h"

G_BEGIN_DECLS

/*
 * A class live room: students answer the projected quiz on their phones.
 * This is the state machine only — seats, questions, answers, tallies —
 * with no network and no widgets, so that the server, the command-line
 * host, the presentation and the tests all drive the same rules.
 *
 * The room keeps nothing anywhere but in memory: freeing it forgets every
 * nickname, token and answer. Time comes from a clock the caller may
 * replace (tests use a fake one); nothing in here starts a timer.
 *
 * A question is given to the room when it is opened, as text and options
 * (DsRoomQuestion), so that the room does not depend on how the quiz run
 * that the lecturer steps through is built.
 */

#define DS_ROOM_MAX_STUDENTS      300
#define DS_ROOM_MAX_OPTIONS       4
#define DS_ROOM_CODE_LENGTH       4
/* Nicknames are counted in characters, after trimming. */
#define DS_ROOM_NICKNAME_MAX_CHARS 24
#define DS_ROOM_TOKEN_LENGTH      32
#define DS_ROOM_TOP_SIZE          5

#define DS_ROOM_ERROR (ds_room_error_quark ())

typedef enum {
  DS_ROOM_ERROR_WRONG_ROOM,        /* the room code does not match */
  DS_ROOM_ERROR_NICKNAME_INVALID,  /* empty, too long or not text */
  DS_ROOM_ERROR_NICKNAME_TAKEN,
  DS_ROOM_ERROR_FULL,
  DS_ROOM_ERROR_UNKNOWN_SEAT,      /* a token or seat the room does not hold */
  DS_ROOM_ERROR_NO_QUESTION,       /* no such question */
  DS_ROOM_ERROR_CLOSED,            /* answers to that question are closed */
  DS_ROOM_ERROR_ALREADY_ANSWERED,  /* the first answer stands */
  DS_ROOM_ERROR_INVALID_OPTION,
} DsRoomError;

GQuark ds_room_error_quark (void);

typedef enum {
  DS_ROOM_LOBBY,     /* students join; no question yet */
  DS_ROOM_OPEN,      /* the current question takes answers */
  DS_ROOM_CLOSED,    /* answers are closed, the result not shown yet */
  DS_ROOM_REVEALED,  /* the distribution and the right option are shown */
  DS_ROOM_SUMMARY,   /* the end of the quiz */
} DsRoomState;

/* What a student sees of a question: its text and 2–4 options. */
typedef struct {
  char  *text;
  char  *options[DS_ROOM_MAX_OPTIONS];
  guint  n_options;
  guint  right;      /* index of the right option */
} DsRoomQuestion;

/* The answers to one question. Percentages are whole numbers that add up
 * to 100 when anyone answered (largest remainders get the rounding). */
typedef struct {
  guint n_options;
  guint right;
  guint n_answers;
  guint counts[DS_ROOM_MAX_OPTIONS];
  guint percent[DS_ROOM_MAX_OPTIONS];
} DsRoomDistribution;

/* One line of the top five. */
typedef struct {
  guint        seat;
  const char  *nickname;   /* owned by the room */
  guint        n_correct;
  gint64       time_us;    /* summed answer time of the right answers */
} DsRoomRank;

/* Questions */
/* @options is NULL-terminated; returns NULL unless there are 2–4 options
 * and @right is one of them. */
DsRoomQuestion   *ds_room_question_new          (const char         *text,
                                                 const char * const *options,
                                                 guint               right);
DsRoomQuestion   *ds_room_question_copy         (const DsRoomQuestion *question);
void              ds_room_question_free         (DsRoomQuestion     *question);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRoomQuestion, ds_room_question_free)

/* Room codes: DS_ROOM_CODE_LENGTH letters and digits that cannot be
 * mistaken for one another on a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
char             *ds_room_code_generate         (void);
/* Upper-cases and trims what a student typed; NULL when it cannot be a
 * room code. */
char             *ds_room_code_normalize        (const char         *typed);

/* Trims, collapses white space and drops control and formatting
 * characters; NULL with an error when nothing usable is left or it is too
 * long. */
char             *ds_room_nickname_clean        (const char         *nickname,
                                                 GError            **error);

#define DS_TYPE_ROOM (ds_room_get_type ())
G_DECLARE_FINAL_TYPE (DsRoom, ds_room, DS, ROOM, GObject)

/* @code NULL: a new random code. */
DsRoom           *ds_room_new                   (const char         *code);
const char       *ds_room_get_code              (DsRoom             *self);
/* A monotonic clock unless replaced (NULL brings it back). */
void              ds_room_set_clock             (DsRoom             *self,
                                                 DsClockFunc         clock,
                                                 gpointer            user_data);
gint64            ds_room_now                   (DsRoom             *self);

/* Seats. A seat number is 1 or more; 0 means none. Joining gives a new
 * token (*@token, DS_ROOM_TOKEN_LENGTH hex digits) that gets the same seat
 * back after a reload or a lost connection. */
guint             ds_room_join                  (DsRoom             *self,
                                                 const char         *code,
                                                 const char         *nickname,
                                                 char              **token,
                                                 GError            **error);
guint             ds_room_rejoin                (DsRoom             *self,
                                                 const char         *code,
                                                 const char         *token,
                                                 GError            **error);
/* The student gives up the seat: the nickname is free again and the token
 * no longer works. Answers already given stay in the results. */
gboolean          ds_room_leave                 (DsRoom             *self,
                                                 guint               seat);
/* Seated students (not those who left). */
guint             ds_room_get_n_students        (DsRoom             *self);
/* Every seat ever given, left or not: seats are 1..this. */
guint             ds_room_get_n_seats           (DsRoom             *self);
gboolean          ds_room_seat_is_present       (DsRoom             *self,
                                                 guint               seat);
const char       *ds_room_get_nickname          (DsRoom             *self,
                                                 guint               seat);

/* The run through the questions. Opening a question closes the one
 * before; @seconds > 0 sets a countdown after which answers are refused. */
guint             ds_room_open_question         (DsRoom             *self,
                                                 const DsRoomQuestion *question,
                                                 guint               seconds);
gboolean          ds_room_close                 (DsRoom             *self);
gboolean          ds_room_reveal                (DsRoom             *self);
gboolean          ds_room_show_summary          (DsRoom             *self);
/* Closes the question when its countdown is over; TRUE when it did. */
gboolean          ds_room_tick                  (DsRoom             *self);

/* How many questions the host means to ask (0: not known), so that a
 * student's page can say "question 3 of 10". */
void              ds_room_set_n_planned         (DsRoom             *self,
                                                 guint               n_planned);
guint             ds_room_get_n_planned         (DsRoom             *self);

DsRoomState       ds_room_get_state             (DsRoom             *self);
/* The current question's index, or -1 before the first. */
int               ds_room_get_current           (DsRoom             *self);
guint             ds_room_get_n_questions       (DsRoom             *self);
const DsRoomQuestion *ds_room_get_question      (DsRoom             *self,
                                                 guint               index);
/* Countdown of the open question: microseconds left, or -1 without one. */
gint64            ds_room_get_remaining         (DsRoom             *self);

/* Answers. A seat answers a question once; a second answer is refused
 * with DS_ROOM_ERROR_ALREADY_ANSWERED and the first one stands. */
gboolean          ds_room_answer                (DsRoom             *self,
                                                 guint               seat,
                                                 guint               question,
                                                 guint               option,
                                                 GError            **error);
/* The option a seat chose, or -1. */
int               ds_room_get_answer            (DsRoom             *self,
                                                 guint               seat,
                                                 guint               question);
guint             ds_room_get_n_answers         (DsRoom             *self,
                                                 guint               question);
void              ds_room_get_distribution      (DsRoom             *self,
                                                 guint               question,
                                                 DsRoomDistribution *distribution);
/* Sets @distribution's percent from its counts and n_answers (counts
 * that add up to n_answers): the same whole numbers for hands counted in
 * the room as for answers from phones. */
void              ds_room_distribution_fill_percent (DsRoomDistribution *distribution);
/* Nicknames of seated students who have not answered the current
 * question, sorted; NULL-terminated, free with g_strfreev(). */
char            **ds_room_get_waiting           (DsRoom             *self);

/* Summary */
/* Right answers out of answers given, in percent rounded (0 when none). */
guint             ds_room_get_percent_correct   (DsRoom             *self,
                                                 guint               question);
guint             ds_room_get_n_correct         (DsRoom             *self,
                                                 guint               seat);
/* The best @max seats by right answers, then by speed; an array of
 * DsRoomRank. Seats without a right answer are not ranked. */
GArray           *ds_room_get_top               (DsRoom             *self,
                                                 guint               max);
/* Whether the summary the students see includes the top five. */
gboolean          ds_room_get_show_top          (DsRoom             *self);
void              ds_room_set_show_top          (DsRoom             *self,
                                                 gboolean            show_top);

/* Results as CSV (UTF-8 with a byte order mark, CRLF line ends, RFC 4180
 * quoting, and text that a spreadsheet would run as a formula defused). */
char             *ds_room_to_csv                (DsRoom             *self);

G_END_DECLS
