/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-room.h"

G_BEGIN_DECLS

/*
 * The small web server a class live room runs on the lecturer's laptop:
 * HTTP for the student's page (its own three files from the GResource,
 * nothing else) and a WebSocket for the live messages. It listens only
 * between ds_room_server_start() and ds_room_server_stop(); stopping
 * closes the listening socket and every connection.
 *
 * The server reflects the room: it sends the students the room's state
 * as the host changes it (ds_room_open_question(), ds_room_reveal(), …)
 * and hands their joins and answers to the room. Whoever shows the room
 * listens to the room's signals, not the server's.
 */

#define DS_ROOM_SERVER_DEFAULT_PORT 8472
/* Connections at once: every student, a spare tab or a reconnect each. */
#define DS_ROOM_SERVER_MAX_CONNECTIONS (2 * DS_ROOM_MAX_STUDENTS)

#define DS_TYPE_ROOM_SERVER (ds_room_server_get_type ())
G_DECLARE_FINAL_TYPE (DsRoomServer, ds_room_server, DS, ROOM_SERVER, GObject)

DsRoomServer     *ds_room_server_new            (DsRoom        *room);
DsRoom           *ds_room_server_get_room       (DsRoomServer  *self);

/* Listens on @address (an IP address; NULL: the laptop's address on the
 * local network, ds_room_server_find_lan_address()) and @port (0: 8472
 * when it is free, otherwise any free port). */
gboolean          ds_room_server_start          (DsRoomServer  *self,
                                                 const char    *address,
                                                 guint          port,
                                                 GError       **error);
void              ds_room_server_stop           (DsRoomServer  *self);
gboolean          ds_room_server_is_running     (DsRoomServer  *self);
/* While running: the address and port listened on. */
const char       *ds_room_server_get_address    (DsRoomServer  *self);
guint             ds_room_server_get_port       (DsRoomServer  *self);
/* While running: what students open, http://ADDRESS:PORT/?room=CODE
 * (the QR code's text), and the same without the room for showing. */
char             *ds_room_server_get_url        (DsRoomServer  *self);
char             *ds_room_server_get_display_url (DsRoomServer *self);
/* Open WebSocket connections. */
guint             ds_room_server_get_n_connections (DsRoomServer *self);

/* Messages a connection may send: a burst of @burst, then @per_second.
 * A connection that sends faster is dropped. */
void              ds_room_server_set_rate_limit (DsRoomServer  *self,
                                                 guint          burst,
                                                 guint          per_second);

/* The first IPv4 address of a network interface that is up and is not
 * the loopback (nor a container or virtual machine bridge): the address
 * phones on the same Wi-Fi reach the laptop at. */
char             *ds_room_server_find_lan_address (GError     **error);

G_END_DECLS
