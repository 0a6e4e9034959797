/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "ds-room-protocol.h"
#include "ds-room-server.h"
#include "ds-test-live.h"

/*
 * The class live server over 127.0.0.1 — never another address: the page
 * and its headers, everything else refused, the live messages with a
 * libsoup WebSocket client, connections dropped for what the page never
 * sends, stop closing everything, and no port open unless started.
 */

#define LOCALHOST DS_TEST_LOCALHOST

/* A server on a room, started on 127.0.0.1 */

typedef struct {
  DsRoom       *room;
  DsRoomServer *server;
  guint         port;
  char         *origin;
  SoupSession  *session;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->room = ds_room_new ("KXY7");
  f->server = ds_room_server_new (f->room);
  g_assert_true (ds_room_server_start (f->server, LOCALHOST, 0, &error));
  g_assert_no_error (error);
  f->port = ds_room_server_get_port (f->server);
  g_assert_cmpuint (f->port, >, 0);
  f->origin = g_strdup_printf ("http://" LOCALHOST ":%u", f->port);
  f->session = soup_session_new_with_options ("max-conns", 100, "max-conns-per-host", 100, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  ds_room_server_stop (f->server);
  g_assert_finalize_object (f->server);
  g_assert_finalize_object (f->room);
  g_clear_object (&f->session);
  g_free (f->origin);
}

/* Plain HTTP, written by hand so that nothing normalises the path. */

typedef struct {
  guint    port;
  char    *request;
  char    *response;
  gboolean done;
} RawRequest;

static gpointer
raw_request_thread (gpointer data)
{
  RawRequest *raw = data;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[4096];
  gssize n;

  connection = g_socket_client_connect_to_host (client, LOCALHOST, raw->port, NULL, NULL);
  g_assert_nonnull (connection);
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)),
                                            raw->request, strlen (raw->request), NULL, NULL, NULL));
  while ((n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (connection)),
                                   buffer, sizeof buffer, NULL, NULL)) > 0)
    g_byte_array_append (bytes, buffer, n);
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  raw->response = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
  g_atomic_int_set (&raw->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

static gboolean
raw_done (gpointer data)
{
  return g_atomic_int_get (&((RawRequest *) data)->done);
}

/* Sends @request and returns the whole response (the server closes). */
static char *
raw_http (guint       port,
          const char *request)
{
  RawRequest raw = { port, (char *) request, NULL, FALSE };
  GThread *thread = g_thread_new ("raw-http", raw_request_thread, &raw);

  ds_test_live_wait (raw_done, &raw, "an HTTP response");
  g_thread_join (thread);
  return raw.response;
}

static char *
http_get (Fixture    *f,
          const char *path)
{
  g_autofree char *request =
    g_strdup_printf ("GET %s HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\nConnection: close\r\n\r\n",
                     path, f->port);

  return raw_http (f->port, request);
}

static guint
status_of (const char *response)
{
  g_assert_true (g_str_has_prefix (response, "HTTP/1.1 "));
  return (guint) g_ascii_strtoull (response + 9, NULL, 10);
}

/* The value of a response header, or NULL. */
static char *
header_of (const char *response,
           const char *name)
{
  g_autofree char *head = g_strndup (response, strstr (response, "\r\n\r\n") - response);
  g_auto(GStrv) lines = g_strsplit (head, "\r\n", -1);
  gsize length = strlen (name);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_ascii_strncasecmp (lines[i], name, length) == 0 && lines[i][length] == ':')
      return g_strstrip (g_strdup (lines[i] + length + 1));
  return NULL;
}

static const char *
body_of (const char *response)
{
  return strstr (response, "\r\n\r\n") + 4;
}

static void
assert_strict_headers (Fixture    *f,
                       const char *response)
{
  g_autofree char *csp = header_of (response, "Content-Security-Policy");
  g_autofree char *nosniff = header_of (response, "X-Content-Type-Options");
  g_autofree char *ws = g_strdup_printf ("connect-src 'self' ws://" LOCALHOST ":%u;", f->port);

  g_assert_nonnull (csp);
  g_assert_true (g_str_has_prefix (csp, "default-src 'none'; script-src 'self'; style-src 'self';"));
  g_assert_nonnull (strstr (csp, ws));
  g_assert_nonnull (strstr (csp, "frame-ancestors 'none'"));
  g_assert_null (strstr (csp, "unsafe"));
  g_assert_cmpstr (nosniff, ==, "nosniff");
}

static char *
page_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("DS_SOURCE_ROOT"), "data", "live", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static gboolean
is_a_page_file (const char *body)
{
  static const char * const names[] = { "index.html", "app.js", "style.css" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *contents = page_file (names[i]);

      if (strcmp (body, contents) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_http_page (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *path, *type, *resource; } files[] = {
    { "/", "text/html; charset=utf-8", "index.html" },
    { "/?room=KXY7", "text/html; charset=utf-8", "index.html" },
    { "/app.js", "text/javascript; charset=utf-8", "app.js" },
    { "/style.css", "text/css; charset=utf-8", "style.css" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *response = http_get (f, files[i].path);
      g_autofree char *type = header_of (response, "Content-Type");
      g_autofree char *expected = page_file (files[i].resource);

      g_assert_cmpuint (status_of (response), ==, 200);
      g_assert_cmpstr (type, ==, files[i].type);
      assert_strict_headers (f, response);
      g_assert_cmpstr (body_of (response), ==, expected);
    }
}

static void
test_http_nothing_else (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const foreign[] = {
    "/index.html", "/live/index.html", "/org/example/DiploStudy/live/index.html",
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
    "/app.js/", "//app.js", "/APP.JS", "/live/", "/favicon.ico", "/ws/x", "/%00",
    "/app.js%00.html", "/style.css;x", "/etc/passwd", "/proc/self/environ",
  };
  /* libsoup resolves dot segments first: these end at the page's own
   * files, never above them. */
  static const char * const dots[] = { "/app.js/..", "/./app.js", "/x/../style.css", "/../app.js" };

  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    {
      g_autofree char *response = http_get (f, foreign[i]);
      guint status = status_of (response);

      /* libsoup itself refuses some of these as bad requests. */
      if (status != 404)
        g_assert_cmpuint (status, ==, 400);
      else
        assert_strict_headers (f, response);
      g_assert_cmpstr (body_of (response), ==, status == 404 ? "Not Found" : body_of (response));
      g_assert_false (is_a_page_file (body_of (response)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (dots); i++)
    {
      g_autofree char *response = http_get (f, dots[i]);

      g_assert_cmpuint (status_of (response), ==, 200);
      g_assert_true (is_a_page_file (body_of (response)));
    }
}

static void
test_http_methods (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *post = NULL;
  g_autofree char *put = NULL;
  g_autofree char *head = NULL;
  g_autofree char *get_with_body = NULL;
  g_autofree char *allow = NULL;
  g_autofree char *request = NULL;

  /* A POST that announces a gigabyte is refused at once, unread, and the
   * connection closed (the reading side of raw_http() sees its end). */
  request = g_strdup_printf ("POST / HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\n"
                             "Content-Length: 1000000000\r\n\r\nabc", f->port);
  post = raw_http (f->port, request);
  g_assert_cmpuint (status_of (post), ==, 413);
  g_clear_pointer (&request, g_free);

  request = g_strdup_printf ("PUT /app.js HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\n"
                             "Content-Length: 0\r\nConnection: close\r\n\r\n", f->port);
  put = raw_http (f->port, request);
  g_assert_cmpuint (status_of (put), ==, 405);
  allow = header_of (put, "Allow");
  g_assert_cmpstr (allow, ==, "GET, HEAD");
  assert_strict_headers (f, put);
  g_clear_pointer (&request, g_free);

  request = g_strdup_printf ("POST /ws HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", f->port);
  g_clear_pointer (&post, g_free);
  post = raw_http (f->port, request);
  g_assert_cmpuint (status_of (post), ==, 413);
  g_clear_pointer (&request, g_free);

  request = g_strdup_printf ("GET / HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\n"
                             "Content-Length: 5000000\r\n\r\n", f->port);
  get_with_body = raw_http (f->port, request);
  g_assert_cmpuint (status_of (get_with_body), ==, 413);
  g_clear_pointer (&request, g_free);

  request = g_strdup_printf ("HEAD / HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\n"
                             "Connection: close\r\n\r\n", f->port);
  head = raw_http (f->port, request);
  g_assert_cmpuint (status_of (head), ==, 200);
  g_assert_cmpstr (body_of (head), ==, "");
}

/* A student: a WebSocket client and the messages it received
 * (ds-test-live.c), joined to this room. */

static DsTestStudent *
student_try_connect (Fixture    *f,
                     const char *origin)
{
  return ds_test_student_try_connect (f->session, f->port, origin);
}

static DsTestStudent *
student_connect (Fixture *f)
{
  return ds_test_student_connect (f->session, f->port);
}

static DsRoomMessage *
student_join (DsTestStudent *student,
              const char    *nickname)
{
  return ds_test_student_join (student, "kxy7", nickname);
}

static void
student_answer (DsTestStudent *student,
                guint          question,
                guint          option)
{
  ds_test_student_answer (student, "KXY7", question, option);
}

static void
assert_error (DsTestStudent *student,
              const char    *code)
{
  g_autoptr(DsRoomMessage) error = ds_test_student_next (student, DS_ROOM_MESSAGE_ERROR);

  g_assert_cmpstr (error->code, ==, code);
}

static void
open_question (DsRoom *room,
               guint   right,
               guint   seconds)
{
  static const char * const options[] = { "Kemlu", "Kominfo", "BSSN", "DPR", NULL };
  g_autoptr(DsRoomQuestion) question =
    ds_room_question_new ("Lembaga mana yang menangani keamanan siber?", options, right);

  ds_room_open_question (room, question, seconds);
}

/* The live flow */

static void
test_live_flow (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsTestStudent) sari = student_connect (f);
  g_autoptr(DsTestStudent) rizky = student_connect (f);
  g_autoptr(DsRoomMessage) joined = student_join (sari, "Sari");
  g_autoptr(DsRoomMessage) question = NULL;
  g_autoptr(DsRoomMessage) received = NULL;
  g_autoptr(DsRoomMessage) closed = NULL;
  g_autoptr(DsRoomMessage) reveal = NULL;
  g_autoptr(DsRoomMessage) summary = NULL;

  g_assert_cmpstr (joined->room, ==, "KXY7");
  g_assert_cmpstr (joined->nickname, ==, "Sari");
  g_assert_cmpuint (joined->seat, ==, 1);
  g_assert_cmpuint (strlen (joined->token), ==, DS_ROOM_TOKEN_LENGTH);
  g_clear_pointer (&joined, ds_room_message_free);
  joined = student_join (rizky, "Rizky");
  g_assert_cmpuint (ds_room_get_n_students (f->room), ==, 2);
  g_assert_cmpuint (ds_room_server_get_n_connections (f->server), ==, 2);

  ds_room_set_n_planned (f->room, 10);
  open_question (f->room, 2, 0);
  question = ds_test_student_next (sari, DS_ROOM_MESSAGE_QUESTION);
  g_assert_cmpint (question->question, ==, 0);
  g_assert_cmpuint (question->n_questions, ==, 10);
  g_assert_cmpstr (question->text, ==, "Lembaga mana yang menangani keamanan siber?");
  g_assert_cmpuint (question->n_options, ==, 4);
  g_assert_cmpstr (question->options[2], ==, "BSSN");
  g_assert_cmpint (question->remaining_ms, ==, -1);
  ds_room_message_free (ds_test_student_next (rizky, DS_ROOM_MESSAGE_QUESTION));

  student_answer (sari, 0, 2);
  received = ds_test_student_next (sari, DS_ROOM_MESSAGE_RECEIVED);
  g_assert_cmpint (received->option, ==, 2);
  g_assert_cmpint (ds_room_get_answer (f->room, 1, 0), ==, 2);

  ds_room_close (f->room);
  closed = ds_test_student_next (sari, DS_ROOM_MESSAGE_CLOSED);
  g_assert_cmpint (closed->question, ==, 0);
  ds_room_message_free (ds_test_student_next (rizky, DS_ROOM_MESSAGE_CLOSED));
  /* Too late: refused, and the connection stays. */
  student_answer (rizky, 0, 1);
  assert_error (rizky, "closed");

  ds_room_reveal (f->room);
  reveal = ds_test_student_next (sari, DS_ROOM_MESSAGE_REVEAL);
  g_assert_cmpint (reveal->right, ==, 2);
  g_assert_cmpint (reveal->option, ==, 2);
  g_assert_cmpuint (reveal->n_answers, ==, 1);
  g_assert_cmpuint (reveal->counts[2], ==, 1);
  g_assert_cmpuint (reveal->percent[2], ==, 100);
  g_clear_pointer (&reveal, ds_room_message_free);
  reveal = ds_test_student_next (rizky, DS_ROOM_MESSAGE_REVEAL);
  g_assert_cmpint (reveal->option, ==, -1);

  ds_room_set_show_top (f->room, TRUE);
  ds_room_show_summary (f->room);
  summary = ds_test_student_next (sari, DS_ROOM_MESSAGE_SUMMARY);
  g_assert_cmpuint (summary->percent_correct->len, ==, 1);
  g_assert_cmpuint (g_array_index (summary->percent_correct, guint, 0), ==, 100);
  g_assert_cmpuint (summary->n_correct, ==, 1);
  g_assert_cmpuint (summary->top->len, ==, 1);
  g_assert_cmpstr (g_array_index (summary->top, DsRoomTopEntry, 0).nickname, ==, "Sari");
}

static void
test_live_rejoin (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DsTestStudent) first = student_connect (f);
  g_autoptr(DsTestStudent) again = NULL;
  g_autoptr(DsRoomMessage) joined = student_join (first, "Putri");
  g_autoptr(DsRoomMessage) rejoined = NULL;
  g_autoptr(DsRoomMessage) question = NULL;
  g_autoptr(DsRoomMessage) received = NULL;
  g_autoptr(DsRoomMessage) bye = NULL;
  g_autofree char *json = NULL;

  open_question (f->room, 1, 0);
  ds_room_message_free (ds_test_student_next (first, DS_ROOM_MESSAGE_QUESTION));
  student_answer (first, 0, 3);
  ds_room_message_free (ds_test_student_next (first, DS_ROOM_MESSAGE_RECEIVED));

  /* The phone reloads the page: a new connection with the token gets the
   * seat, the question and the answer already given. */
  again = student_connect (f);
  json = g_strdup_printf ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"Putri\","
                          "\"token\":\"%s\"}", joined->token);
  ds_test_student_send (again, json);
  rejoined = ds_test_student_next (again, DS_ROOM_MESSAGE_JOINED);
  g_assert_cmpuint (rejoined->seat, ==, joined->seat);
  g_assert_cmpstr (rejoined->token, ==, joined->token);
  question = ds_test_student_next (again, DS_ROOM_MESSAGE_QUESTION);
  g_assert_cmpint (question->question, ==, 0);
  received = ds_test_student_next (again, DS_ROOM_MESSAGE_RECEIVED);
  g_assert_cmpint (received->option, ==, 3);
  g_assert_cmpuint (ds_room_get_n_students (f->room), ==, 1);

  /* The old connection is told and closed. */
  bye = ds_test_student_next (first, DS_ROOM_MESSAGE_BYE);
  g_assert_cmpstr (bye->code, ==, "replaced");
  ds_test_student_wait_closed (first);

  /* Sending the answer again counts it once, with the first option. */
  g_clear_pointer (&received, ds_room_message_free);
  student_answer (again, 0, 0);
  received = ds_test_student_next (again, DS_ROOM_MESSAGE_RECEIVED);
  g_assert_cmpint (received->option, ==, 3);
  g_assert_cmpuint (ds_room_get_n_answers (f->room, 0), ==, 1);
}

static void
test_live_mistakes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DsTestStudent) ani = student_connect (f);
  g_autoptr(DsTestStudent) other = student_connect (f);
  g_autoptr(DsRoomMessage) joined = NULL;

  /* Mistakes a person makes get an error and the connection stays. */
  ds_test_student_send (ani, "{\"type\":\"join\",\"room\":\"ABCD\",\"nickname\":\"Ani\"}");
  assert_error (ani, "wrong-room");
  student_answer (ani, 0, 0);
  assert_error (ani, "not-joined");
  ds_test_student_send (ani, "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"   \"}");
  assert_error (ani, "nickname-invalid");
  ds_test_student_send (ani, "{\"type\":\"hello\",\"room\":\"KXY7\"}");
  assert_error (ani, "unknown-type");
  joined = student_join (ani, "Ani");
  g_assert_cmpuint (joined->seat, ==, 1);
  /* Joining again on the same connection keeps the one seat. */
  {
    g_autoptr(DsRoomMessage) again = student_join (ani, "Another");

    g_assert_cmpuint (again->seat, ==, 1);
    g_assert_cmpstr (again->nickname, ==, "Ani");
    g_assert_cmpstr (again->token, ==, joined->token);
    g_assert_cmpuint (ds_room_get_n_seats (f->room), ==, 1);
  }

  ds_test_student_send (other, "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"ANI\"}");
  assert_error (other, "nickname-taken");
  ds_test_student_send (other, "{\"type\":\"join\",\"room\":\"KXY7\",\"token\":\"ffff\"}");
  assert_error (other, "unknown-seat");
  g_assert_false (ani->closed);
  g_assert_false (other->closed);

  /* Leaving: a goodbye, the seat freed, the connection closed. */
  ds_test_student_send (ani, "{\"type\":\"leave\",\"room\":\"KXY7\"}");
  {
    g_autoptr(DsRoomMessage) bye = ds_test_student_next (ani, DS_ROOM_MESSAGE_BYE);

    g_assert_cmpstr (bye->code, ==, "left");
  }
  ds_test_student_wait_closed (ani);
  g_assert_cmpuint (ds_room_get_n_students (f->room), ==, 0);
}

static void
assert_dropped (Fixture    *f,
                const char *json,
                gushort     code)
{
  g_autoptr(DsTestStudent) student = student_connect (f);
  g_autoptr(DsRoomMessage) joined = student_join (student, "Tamu");

  ds_test_student_send (student, json);
  ds_test_student_wait_closed (student);
  g_assert_cmpuint (student->close_code, ==, code);
  g_assert_true (g_queue_is_empty (&student->messages));
  /* The seat stays for the phone to take back. */
  g_assert_true (ds_room_seat_is_present (f->room, joined->seat));
  ds_room_leave (f->room, joined->seat);
}

static void
test_live_dropped (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *oversize = g_strnfill (DS_ROOM_MESSAGE_MAX_BYTES + 1, ' ');

  assert_dropped (f, oversize, SOUP_WEBSOCKET_CLOSE_TOO_BIG);
  assert_dropped (f, "{\"type\":\"join\"", SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION);
  assert_dropped (f, "{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":\"x\",\"option\":0}",
                  SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION);
  assert_dropped (f, "[[[[[[[[]]]]]]]]", SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION);

  {
    g_autoptr(DsTestStudent) binary = student_connect (f);
    static const guint8 bytes[] = { 0x7b, 0x7d };

    soup_websocket_connection_send_binary (binary->connection, bytes, sizeof bytes);
    ds_test_student_wait_closed (binary);
    g_assert_cmpuint (binary->close_code, ==, SOUP_WEBSOCKET_CLOSE_UNSUPPORTED_DATA);
  }
  g_assert_cmpuint (ds_room_server_get_n_connections (f->server), ==, 0);
}

/* The largest message the page may send goes through. */
static void
test_live_largest (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DsTestStudent) student = student_connect (f);
  g_autoptr(GString) json = g_string_new ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"Ani\"");
  g_autoptr(DsRoomMessage) joined = NULL;

  while (json->len < DS_ROOM_MESSAGE_MAX_BYTES - 1)
    g_string_append_c (json, ' ');
  g_string_append_c (json, '}');
  ds_test_student_send (student, json->str);
  joined = ds_test_student_next (student, DS_ROOM_MESSAGE_JOINED);
  g_assert_cmpstr (joined->nickname, ==, "Ani");
}

/* A client that sends fragments of a message that never ends, each small
 * enough, by hand on a raw socket in a thread. */

typedef struct {
  guint    port;
  guint    sent;      /* fragments written before the server cut it off */
  gboolean done;
} Fragments;

#define N_FRAGMENTS 4000
#define FRAGMENT    4000

static void
write_frame (GOutputStream *out,
             guint8         first_byte,
             gsize          length,
             GError       **error)
{
  g_autofree guint8 *frame = g_malloc0 (8 + length);

  /* Masked (as a client must), a zero mask so the payload is as written. */
  frame[0] = first_byte;
  frame[1] = 0x80 | 126;
  frame[2] = (length >> 8) & 0xff;
  frame[3] = length & 0xff;
  memset (frame + 8, ' ', length);
  g_output_stream_write_all (out, frame, 8 + length, NULL, NULL, error);
}

static gpointer
fragments_thread (gpointer data)
{
  Fragments *fragments = data;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection =
    g_socket_client_connect_to_host (client, LOCALHOST, fragments->port, NULL, NULL);
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autofree char *handshake =
    g_strdup_printf ("GET /ws HTTP/1.1\r\nHost: " LOCALHOST ":%u\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\nOrigin: http://" LOCALHOST ":%u\r\n\r\n",
                     fragments->port, fragments->port);
  char reply[256];
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_write_all (out, handshake, strlen (handshake), NULL, NULL, NULL));
  g_assert_cmpint (g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (connection)),
                                        reply, sizeof reply, NULL, NULL), >, 12);
  g_assert_true (g_str_has_prefix (reply, "HTTP/1.1 101"));
  write_frame (out, 0x01, FRAGMENT, &error);
  for (fragments->sent = 1; fragments->sent < N_FRAGMENTS && error == NULL; fragments->sent++)
    write_frame (out, 0x00, FRAGMENT, &error);
  g_atomic_int_set (&fragments->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

static gboolean
fragments_done (gpointer data)
{
  return g_atomic_int_get (&((Fragments *) data)->done);
}

static gboolean
no_connections (gpointer server)
{
  return ds_room_server_get_n_connections (server) == 0;
}

static void
test_live_fragments (Fixture       *f,
                     gconstpointer  data)
{
  Fragments fragments = { f->port, 0, FALSE };
  GThread *thread = g_thread_new ("fragments", fragments_thread, &fragments);

  /* 16 MB of one message would be gathered by libsoup alone; the budget
   * cuts the connection after a few kilobytes (what the kernel buffers
   * meanwhile is not the server's memory). */
  ds_test_live_wait (fragments_done, &fragments, "the server to cut a message that never ends");
  g_thread_join (thread);
  g_assert_cmpuint (fragments.sent, <, N_FRAGMENTS);
  /* The writer sees the cut before the server has let the connection go
   * when the machine is busy. */
  ds_test_live_wait (no_connections, f->server, "the cut connection to be let go");
}

static void
test_live_rate_limit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DsTestStudent) student = NULL;

  ds_room_server_set_rate_limit (f->server, 3, 0);
  student = student_connect (f);
  for (guint i = 0; i < 3; i++)
    {
      ds_test_student_send (student, "{\"type\":\"hello\",\"room\":\"KXY7\"}");
      assert_error (student, "unknown-type");
    }
  ds_test_student_send (student, "{\"type\":\"hello\",\"room\":\"KXY7\"}");
  ds_test_student_wait_closed (student);
  g_assert_cmpuint (student->close_code, ==, SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION);
}

static void
test_live_origin (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DsTestStudent) elsewhere = student_try_connect (f, "http://example.invalid");
  g_autoptr(DsTestStudent) no_origin = student_try_connect (f, NULL);

  /* Only the page this server serves may open the live connection. */
  g_assert_nonnull (elsewhere->error);
  g_assert_null (elsewhere->connection);
  g_assert_nonnull (no_origin->error);
  g_assert_cmpuint (ds_room_server_get_n_connections (f->server), ==, 0);
}

static gboolean
room_is_closed (gpointer data)
{
  return ds_room_get_state (data) == DS_ROOM_CLOSED;
}

static void
test_live_countdown (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsTestStudent) student = student_connect (f);
  g_autoptr(DsRoomMessage) joined = student_join (student, "Wati");
  g_autoptr(DsRoomMessage) question = NULL;
  g_autoptr(DsRoomMessage) closed = NULL;

  /* Nobody ticks the room: the server closes the question at its time. */
  open_question (f->room, 0, 1);
  question = ds_test_student_next (student, DS_ROOM_MESSAGE_QUESTION);
  g_assert_cmpint (question->remaining_ms, >, 0);
  g_assert_cmpint (question->remaining_ms, <=, 1000);
  ds_test_live_wait (room_is_closed, f->room, "the countdown to close the question");
  closed = ds_test_student_next (student, DS_ROOM_MESSAGE_CLOSED);
  g_assert_cmpint (closed->question, ==, 0);
}

/* Starting and stopping */

static gboolean
port_is_open (guint port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection =
    g_socket_client_connect_to_host (client, LOCALHOST, port, NULL, NULL);

  return connection != NULL;
}

static void
test_server_off_until_started (void)
{
  g_autoptr(DsRoom) room = ds_room_new (NULL);
  g_autoptr(DsRoomServer) server = NULL;
  g_autoptr(GError) error = NULL;
  guint before = ds_test_count_listening_sockets ();
  guint port;

  /* With the feature off — a room and a server made, never started —
   * nothing listens. */
  g_assert_cmpuint (before, ==, 0);
  server = ds_room_server_new (room);
  g_assert_false (ds_room_server_is_running (server));
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);
  g_assert_null (ds_room_server_get_url (server));

  g_assert_true (ds_room_server_start (server, LOCALHOST, 0, &error));
  g_assert_no_error (error);
  port = ds_room_server_get_port (server);
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 1);
  g_assert_true (port_is_open (port));

  ds_room_server_stop (server);
  g_assert_false (ds_room_server_is_running (server));
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);
  g_assert_false (port_is_open (port));
  ds_room_server_stop (server);
}

static void
test_server_stop_closes_all (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DsTestStudent) joined = student_connect (f);
  g_autoptr(DsTestStudent) waiting = student_connect (f);
  g_autoptr(DsRoomMessage) message = student_join (joined, "Yanti");
  g_autoptr(DsRoomMessage) bye = NULL;
  g_autoptr(DsTestStudent) late = NULL;

  g_assert_cmpuint (ds_room_server_get_n_connections (f->server), ==, 2);
  ds_room_server_stop (f->server);
  g_assert_cmpuint (ds_room_server_get_n_connections (f->server), ==, 0);
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);

  bye = ds_test_student_next (joined, DS_ROOM_MESSAGE_BYE);
  g_assert_cmpstr (bye->code, ==, "stopped");
  ds_test_student_wait_closed (joined);
  ds_test_student_wait_closed (waiting);
  g_assert_false (port_is_open (f->port));
  late = student_try_connect (f, f->origin);
  g_assert_nonnull (late->error);

  /* It starts again when asked, with the same room. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (ds_room_server_start (f->server, LOCALHOST, 0, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ds_room_get_n_students (f->room), ==, 1);
  }
}

static void
test_server_url_and_port (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *url = ds_room_server_get_url (f->server);
  g_autofree char *expected = g_strdup_printf ("http://" LOCALHOST ":%u/?room=KXY7", f->port);
  g_autofree char *display = ds_room_server_get_display_url (f->server);
  g_autoptr(DsRoom) room = ds_room_new (NULL);
  g_autoptr(DsRoomServer) second = ds_room_server_new (room);
  g_autoptr(DsRoomServer) third = ds_room_server_new (room);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (url, ==, expected);
  g_assert_cmpstr (display, ==, f->origin);
  g_assert_cmpstr (ds_room_server_get_address (f->server), ==, LOCALHOST);

  /* The preferred port is taken (by the fixture, or by someone else):
   * another server falls back to a free one. */
  g_assert_true (ds_room_server_start (second, LOCALHOST, 0, &error));
  g_assert_no_error (error);
  /* Another test's server may have held it a moment ago. */
  if (f->port != DS_ROOM_SERVER_DEFAULT_PORT)
    g_test_message ("port %d was busy; the fixture got %u", DS_ROOM_SERVER_DEFAULT_PORT, f->port);
  else
    g_assert_cmpuint (ds_room_server_get_port (second), !=, DS_ROOM_SERVER_DEFAULT_PORT);
  g_assert_cmpuint (ds_room_server_get_port (second), !=, f->port);

  /* A port asked for by number is that port or an error. */
  g_assert_false (ds_room_server_start (third, LOCALHOST, f->port, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_ADDRESS_IN_USE);
  g_clear_error (&error);
  g_assert_false (ds_room_server_start (third, "not an address", 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (ds_room_server_is_running (third));
}

static void
test_server_lan_address (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = ds_room_server_find_lan_address (&error);
  g_autoptr(GInetAddress) inet = NULL;

  /* Only looked up, never listened on or sent to. */
  if (address == NULL)
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE);
      g_test_message ("this machine has no network interface up");
      return;
    }
  inet = g_inet_address_new_from_string (address);
  g_assert_nonnull (inet);
  g_assert_cmpint (g_inet_address_get_family (inet), ==, G_SOCKET_FAMILY_IPV4);
  g_assert_false (g_inet_address_get_is_loopback (inet));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/room-server/http/page", Fixture, NULL,
              fixture_setup, test_http_page, fixture_teardown);
  g_test_add ("/room-server/http/nothing-else", Fixture, NULL,
              fixture_setup, test_http_nothing_else, fixture_teardown);
  g_test_add ("/room-server/http/methods", Fixture, NULL,
              fixture_setup, test_http_methods, fixture_teardown);
  g_test_add ("/room-server/live/flow", Fixture, NULL,
              fixture_setup, test_live_flow, fixture_teardown);
  g_test_add ("/room-server/live/rejoin", Fixture, NULL,
              fixture_setup, test_live_rejoin, fixture_teardown);
  g_test_add ("/room-server/live/mistakes", Fixture, NULL,
              fixture_setup, test_live_mistakes, fixture_teardown);
  g_test_add ("/room-server/live/dropped", Fixture, NULL,
              fixture_setup, test_live_dropped, fixture_teardown);
  g_test_add ("/room-server/live/largest", Fixture, NULL,
              fixture_setup, test_live_largest, fixture_teardown);
  g_test_add ("/room-server/live/fragments", Fixture, NULL,
              fixture_setup, test_live_fragments, fixture_teardown);
  g_test_add ("/room-server/live/rate-limit", Fixture, NULL,
              fixture_setup, test_live_rate_limit, fixture_teardown);
  g_test_add ("/room-server/live/origin", Fixture, NULL,
              fixture_setup, test_live_origin, fixture_teardown);
  g_test_add ("/room-server/live/countdown", Fixture, NULL,
              fixture_setup, test_live_countdown, fixture_teardown);
  g_test_add_func ("/room-server/off-until-started", test_server_off_until_started);
  g_test_add ("/room-server/stop-closes-all", Fixture, NULL,
              fixture_setup, test_server_stop_closes_all, fixture_teardown);
  g_test_add ("/room-server/url-and-port", Fixture, NULL,
              fixture_setup, test_server_url_and_port, fixture_teardown);
  g_test_add_func ("/room-server/lan-address", test_server_lan_address);

  return g_test_run ();
}
