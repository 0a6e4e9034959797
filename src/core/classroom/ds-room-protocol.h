/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-room.h"

G_BEGIN_DECLS

/*
 * The class live messages (docs/class-live-protocol.md): one JSON object
 * per WebSocket text message, with a "type". Students send join, answer
 * and leave; the room sends the others. Parsing is strict — a size limit,
 * a depth limit, known types only, typed and length-limited fields — since
 * anyone on the classroom's network can send anything.
 */

/* A student's message larger than this is refused (and the server drops
 * the connection). */
#define DS_ROOM_MESSAGE_MAX_BYTES       4096
/* The room's own messages (a question's text, a long summary). */
#define DS_ROOM_HOST_MESSAGE_MAX_BYTES  65536
/* Objects and arrays nested deeper than this are refused before parsing. */
#define DS_ROOM_MESSAGE_MAX_DEPTH       3

#define DS_ROOM_PROTOCOL_ERROR (ds_room_protocol_error_quark ())

typedef enum {
  DS_ROOM_PROTOCOL_ERROR_TOO_LARGE,
  DS_ROOM_PROTOCOL_ERROR_MALFORMED,     /* not JSON, not UTF-8, too deep */
  DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE,  /* or a type the sender may not send */
  DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD, /* missing, wrong type, too long */
} DsRoomProtocolError;

GQuark ds_room_protocol_error_quark (void);

typedef enum {
  DS_ROOM_FROM_STUDENT,
  DS_ROOM_FROM_HOST,
} DsRoomSender;

typedef enum {
  /* From a student's page */
  DS_ROOM_MESSAGE_JOIN,
  DS_ROOM_MESSAGE_ANSWER,
  DS_ROOM_MESSAGE_LEAVE,
  /* From the room */
  DS_ROOM_MESSAGE_JOINED,
  DS_ROOM_MESSAGE_QUESTION,
  DS_ROOM_MESSAGE_RECEIVED,
  DS_ROOM_MESSAGE_CLOSED,
  DS_ROOM_MESSAGE_REVEAL,
  DS_ROOM_MESSAGE_SUMMARY,
  DS_ROOM_MESSAGE_ERROR,
  DS_ROOM_MESSAGE_BYE,
} DsRoomMessageType;

/* One entry of a summary's top five. */
typedef struct {
  char  *nickname;
  guint  n_correct;
} DsRoomTopEntry;

/*
 * A message of any type: only the fields its type uses are set (see the
 * protocol document); the others keep the values ds_room_message_new()
 * gives them (NULL, 0, -1).
 */
typedef struct {
  DsRoomMessageType type;

  char    *room;           /* every student message; joined */
  char    *nickname;       /* join; joined */
  char    *token;          /* join (to get a seat back); joined */
  guint    seat;           /* joined */

  int      question;       /* answer, question, received, closed, reveal */
  guint    n_questions;    /* question: of how many (0: not known) */
  char    *text;           /* question */
  char    *options[DS_ROOM_MAX_OPTIONS];
  guint    n_options;      /* question, reveal */
  gint64   remaining_ms;   /* question: countdown, -1 without one */

  int      option;         /* answer, received; reveal: the student's or -1 */
  int      right;          /* reveal */
  guint    counts[DS_ROOM_MAX_OPTIONS];   /* reveal */
  guint    percent[DS_ROOM_MAX_OPTIONS];  /* reveal */
  guint    n_answers;      /* reveal */

  GArray  *percent_correct; /* summary: guint per question */
  guint    n_correct;       /* summary: the student's right answers */
  GArray  *top;             /* summary: DsRoomTopEntry, or NULL */

  char    *code;           /* error: what went wrong, e.g. "nickname-taken";
                            * bye: why, e.g. "stopped" */
  char    *message;        /* error: in English, for logs */
} DsRoomMessage;

DsRoomMessage    *ds_room_message_new           (DsRoomMessageType   type);
void              ds_room_message_free          (DsRoomMessage      *message);
/* An empty top list for a summary (DsRoomTopEntry), which frees its
 * entries' nicknames with itself. */
GArray           *ds_room_top_new               (void);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsRoomMessage, ds_room_message_free)

const char       *ds_room_message_type_to_string (DsRoomMessageType  type);

/* Parses one message from @sender; @data need not be NUL-terminated. */
DsRoomMessage    *ds_room_message_parse         (const char         *data,
                                                 gsize               length,
                                                 DsRoomSender        sender,
                                                 GError            **error);
/* The message as compact JSON. */
char             *ds_room_message_to_json       (const DsRoomMessage *message);

/* An error message for the student with @code and @text. */
DsRoomMessage    *ds_room_message_new_error     (const char         *code,
                                                 const char         *text);
/* The protocol's error code for a room error, e.g. "room-full". */
const char       *ds_room_error_to_code         (const GError       *error);

G_END_DECLS
