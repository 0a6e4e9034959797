/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-test-live.h"

#define WAIT_SECONDS 20

/* Waiting: the server and the clients share this thread's main context. */

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ds_test_live_wait (DsTestLiveCondition  condition,
                   gpointer             data,
                   const char          *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out waiting for %s", what);
  g_source_remove (id);
}

/* A student */

static void
message_cb (SoupWebsocketConnection *connection,
            int                      type,
            GBytes                  *bytes,
            DsTestStudent           *student)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  DsRoomMessage *message = ds_room_message_parse (data, length, DS_ROOM_FROM_HOST, &error);

  g_assert_no_error (error);
  g_queue_push_tail (&student->messages, message);
}

static void
closed_cb (SoupWebsocketConnection *connection,
           DsTestStudent           *student)
{
  student->closed = TRUE;
  student->close_code = soup_websocket_connection_get_close_code (connection);
}

static void
connected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DsTestStudent *student = user_data;

  student->connection = soup_session_websocket_connect_finish (SOUP_SESSION (source), result,
                                                               &student->error);
  if (student->error != NULL)
    return;
  g_signal_connect (student->connection, "message", G_CALLBACK (message_cb), student);
  g_signal_connect (student->connection, "closed", G_CALLBACK (closed_cb), student);
}

static gboolean
settled (gpointer data)
{
  DsTestStudent *student = data;

  return student->connection != NULL || student->error != NULL;
}

DsTestStudent *
ds_test_student_try_connect (SoupSession *session,
                             guint        port,
                             const char  *origin)
{
  DsTestStudent *student = g_new0 (DsTestStudent, 1);
  g_autofree char *uri = g_strdup_printf ("ws://" DS_TEST_LOCALHOST ":%u/ws", port);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);

  g_queue_init (&student->messages);
  soup_session_websocket_connect_async (session, msg, origin, NULL, G_PRIORITY_DEFAULT,
                                        NULL, connected_cb, student);
  ds_test_live_wait (settled, student, "a WebSocket connection");
  return student;
}

DsTestStudent *
ds_test_student_connect (SoupSession *session,
                         guint        port)
{
  g_autofree char *origin = g_strdup_printf ("http://" DS_TEST_LOCALHOST ":%u", port);
  DsTestStudent *student = ds_test_student_try_connect (session, port, origin);

  g_assert_no_error (student->error);
  return student;
}

void
ds_test_student_free (DsTestStudent *student)
{
  if (student->connection != NULL)
    {
      g_signal_handlers_disconnect_by_data (student->connection, student);
      if (soup_websocket_connection_get_state (student->connection) == SOUP_WEBSOCKET_STATE_OPEN)
        soup_websocket_connection_close (student->connection, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
      g_object_unref (student->connection);
    }
  g_queue_clear_full (&student->messages, (GDestroyNotify) ds_room_message_free);
  g_clear_error (&student->error);
  g_free (student);
}

void
ds_test_student_send (DsTestStudent *student,
                      const char    *json)
{
  soup_websocket_connection_send_text (student->connection, json);
}

static gboolean
has_message (gpointer data)
{
  DsTestStudent *student = data;

  return !g_queue_is_empty (&student->messages) || student->closed;
}

DsRoomMessage *
ds_test_student_next (DsTestStudent     *student,
                      DsRoomMessageType  type)
{
  DsRoomMessage *message;

  ds_test_live_wait (has_message, student, ds_room_message_type_to_string (type));
  message = g_queue_pop_head (&student->messages);
  g_assert_nonnull (message);
  g_assert_cmpstr (ds_room_message_type_to_string (message->type), ==,
                   ds_room_message_type_to_string (type));
  return message;
}

static gboolean
is_closed (gpointer data)
{
  return ((DsTestStudent *) data)->closed;
}

void
ds_test_student_wait_closed (DsTestStudent *student)
{
  ds_test_live_wait (is_closed, student, "the connection to close");
}

DsRoomMessage *
ds_test_student_join (DsTestStudent *student,
                      const char    *room,
                      const char    *nickname)
{
  g_autofree char *json =
    g_strdup_printf ("{\"type\":\"join\",\"room\":\"%s\",\"nickname\":\"%s\"}", room, nickname);

  ds_test_student_send (student, json);
  return ds_test_student_next (student, DS_ROOM_MESSAGE_JOINED);
}

void
ds_test_student_answer (DsTestStudent *student,
                        const char    *room,
                        guint          question,
                        guint          option)
{
  g_autofree char *json =
    g_strdup_printf ("{\"type\":\"answer\",\"room\":\"%s\",\"question\":%u,\"option\":%u}",
                     room, question, option);

  ds_test_student_send (student, json);
}

/* Listening, from /proc: TCP sockets in state LISTEN whose inode is one
 * of this process's descriptors. */

guint
ds_test_count_listening_sockets (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  g_autoptr(GHashTable) inodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (path, NULL);

      if (target != NULL && g_str_has_prefix (target, "socket:["))
        g_hash_table_add (inodes, g_strndup (target + 8, strlen (target) - 9));
    }
  for (guint t = 0; t < 2; t++)
    {
      g_autofree char *table = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (t == 0 ? "/proc/net/tcp" : "/proc/net/tcp6", &table, NULL, NULL))
        continue;
      lines = g_strsplit (table, "\n", -1);
      for (guint i = 1; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
          g_autoptr(GPtrArray) words = g_ptr_array_new ();

          for (guint j = 0; fields[j] != NULL; j++)
            if (*fields[j] != '\0')
              g_ptr_array_add (words, fields[j]);
          /* State 0A is LISTEN; field 9 the inode. */
          if (words->len > 9 && strcmp (words->pdata[3], "0A") == 0 &&
              g_hash_table_contains (inodes, words->pdata[9]))
            count++;
        }
    }
  return count;
}
