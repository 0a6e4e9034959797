/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "ds-room-server.h"

G_BEGIN_DECLS

/*
 * Shared by ds-room-server.c (listening, HTTP, the page's files, the
 * WebSocket handshake), ds-room-server-live.c (WebSocket connections and
 * the live messages) and ds-room-server-stream.c (a byte budget under
 * each connection).
 */

typedef struct _DsRoomClient DsRoomClient;

/* ds-room-server-stream.c: the byte budget under each connection. */
#define _DS_TYPE_BUDGET_INPUT_STREAM (_ds_budget_input_stream_get_type ())
G_DECLARE_FINAL_TYPE (DsBudgetInputStream, _ds_budget_input_stream,
                      DS, BUDGET_INPUT_STREAM, GFilterInputStream)
#define _DS_TYPE_BUDGET_IO_STREAM (_ds_budget_io_stream_get_type ())
G_DECLARE_FINAL_TYPE (DsBudgetIOStream, _ds_budget_io_stream,
                      DS, BUDGET_IO_STREAM, GIOStream)

DsBudgetIOStream    *_ds_budget_io_stream_new        (GIOStream           *base,
                                                      gsize                budget);
DsBudgetInputStream *_ds_budget_io_stream_get_budget (DsBudgetIOStream    *self);
void                 _ds_budget_input_stream_reset   (DsBudgetInputStream *self);

struct _DsRoomServer
{
  GObject       parent_instance;

  DsRoom       *room;
  gulong        state_handler;

  SoupServer   *server;        /* NULL while stopped */
  char         *address;
  guint         port;
  char         *origin;        /* http://ADDRESS:PORT, the only one allowed */
  char         *csp;           /* Content-Security-Policy of every response */

  GHashTable   *clients;       /* DsRoomClient set, owned */
  GHashTable   *by_seat;       /* seat → DsRoomClient */
  guint         deadline_id;   /* closes the question when its time is up */

  guint         burst;
  guint         per_second;
};

/* ds-room-server-live.c */
void      _ds_room_server_accept          (DsRoomServer            *self,
                                           SoupWebsocketConnection *connection,
                                           DsBudgetInputStream     *budget);
void      _ds_room_server_close_clients   (DsRoomServer            *self);
void      _ds_room_server_state_changed   (DsRoomServer            *self);

G_END_DECLS
