/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * A class live student for the tests: a libsoup WebSocket client on
 * 127.0.0.1 — never another address — and the messages it received,
 * parsed as the room's. Shared by the server's test and the presentation's
 * class live test; linked into every test with the other helpers.
 */

#include <libsoup/soup.h>

#include "ds-room-protocol.h"

G_BEGIN_DECLS

#define DS_TEST_LOCALHOST "127.0.0.1"

typedef gboolean (*DsTestLiveCondition) (gpointer data);

/* Runs the main context until @condition holds; a test that waits 20 s
 * fails, naming @what. */
void           ds_test_live_wait             (DsTestLiveCondition  condition,
                                              gpointer             data,
                                              const char          *what);

typedef struct {
  SoupWebsocketConnection *connection;
  GError                  *error;
  GQueue                   messages;   /* DsRoomMessage */
  gboolean                 closed;
  gushort                  close_code;
} DsTestStudent;

/* Connects to ws://127.0.0.1:@port/ws with @origin (NULL: none); the
 * result has a connection or an error. */
DsTestStudent *ds_test_student_try_connect   (SoupSession   *session,
                                              guint          port,
                                              const char    *origin);
/* The same from the page's own origin, which must succeed. */
DsTestStudent *ds_test_student_connect       (SoupSession   *session,
                                              guint          port);
void           ds_test_student_free          (DsTestStudent *student);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsTestStudent, ds_test_student_free)

void           ds_test_student_send          (DsTestStudent *student,
                                              const char    *json);
/* The next message, which must be of @type. */
DsRoomMessage *ds_test_student_next          (DsTestStudent *student,
                                              DsRoomMessageType type);
void           ds_test_student_wait_closed   (DsTestStudent *student);
/* Joins room @room as @nickname and returns the joined message. */
DsRoomMessage *ds_test_student_join          (DsTestStudent *student,
                                              const char    *room,
                                              const char    *nickname);
void           ds_test_student_answer        (DsTestStudent *student,
                                              const char    *room,
                                              guint          question,
                                              guint          option);

/* TCP sockets this process listens on: 0 while class live is off. */
guint          ds_test_count_listening_sockets (void);

G_END_DECLS
