/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-room.h"

G_BEGIN_DECLS

/*
 * What the room's files share: ds-room.c (seats, the run through the
 * questions, answers), ds-room-results.c (tallies, summary, CSV) and
 * ds-room-text.c (room codes, nicknames, tokens).
 */

typedef struct {
  int    option;     /* -1: no answer */
  gint64 time_us;    /* from the question's opening to the answer */
} DsRoomAnswer;

typedef struct {
  guint   seat;
  char   *nickname;
  char   *key;       /* the nickname as compared: normalised, case-folded */
  char   *token;
  gboolean present;  /* FALSE once the student left */
  GArray *answers;   /* DsRoomAnswer per question, grown as they open */
} DsRoomSeat;

typedef struct {
  DsRoomQuestion *question;
  gint64          opened_us;
  gint64          deadline_us;  /* 0: no countdown */
  guint           counts[DS_ROOM_MAX_OPTIONS];
  guint           n_answers;
} DsRoomRound;

struct _DsRoom
{
  GObject          parent_instance;

  char            *code;
  DsClockFunc      clock;
  gpointer         clock_data;

  GPtrArray       *seats;        /* DsRoomSeat, seat n at index n - 1 */
  GHashTable      *by_token;     /* token → DsRoomSeat, present ones */
  GHashTable      *by_key;       /* nickname key → DsRoomSeat, present ones */
  guint            n_present;

  GPtrArray       *rounds;       /* DsRoomRound */
  DsRoomState      state;
  guint            n_planned;
  gboolean         show_top;
};

/* ds-room-text.c */
char          *_ds_room_nickname_key        (const char *nickname);
char          *_ds_room_token_generate      (void);

/* ds-room.c */
DsRoomSeat    *_ds_room_lookup_seat         (DsRoom     *self,
                                             guint       seat);
DsRoomRound   *_ds_room_lookup_round        (DsRoom     *self,
                                             guint       question);
const DsRoomAnswer *_ds_room_seat_answer    (const DsRoomSeat *seat,
                                             guint       question);
/* For the server: the token of a seat, NULL once left. */
const char    *_ds_room_seat_token          (DsRoom     *self,
                                             guint       seat);

G_END_DECLS
