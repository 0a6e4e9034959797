/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "ds-room-server.h"

G_BEGIN_DECLS

/*
 * Shared by ds-room-server.c (listening, HTTP, the page's files) and
 * ds-room-server-live.c (WebSocket connections and the live messages).
 */

typedef struct _DsRoomClient DsRoomClient;

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
                                           SoupWebsocketConnection *connection);
void      _ds_room_server_close_clients   (DsRoomServer            *self);
void      _ds_room_server_state_changed   (DsRoomServer            *self);

G_END_DECLS
