/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room-private.h"
#include "ds-room-protocol.h"
#include "ds-room-server-private.h"

/*
 * The live side of the server: one DsRoomClient per WebSocket connection.
 * A student's message is checked (rate, size, JSON, room code) and handed
 * to the room; the room's changes of state are sent to every seated
 * student, each with their own answer where it matters.
 *
 * A connection that sends something it never would from the page
 * (oversized, not JSON, binary, far too fast) is dropped at once; a
 * mistake a person can make (a wrong room code, a taken nickname, a late
 * answer) gets an error message and the connection stays.
 */

/* How often a quiet connection is pinged, so that a phone that left the
 * Wi-Fi is noticed and its connection closed. */
#define KEEPALIVE_SECONDS 20

struct _DsRoomClient
{
  DsRoomServer            *server;
  SoupWebsocketConnection *connection;
  DsBudgetInputStream     *budget;
  guint                    seat;       /* 0 until joined */
  double                   allowance;  /* messages it may still send now */
  gint64                   refilled_us;
};

static void
send_message (DsRoomClient        *client,
              const DsRoomMessage *message)
{
  g_autofree char *json = NULL;

  if (soup_websocket_connection_get_state (client->connection) != SOUP_WEBSOCKET_STATE_OPEN)
    return;
  json = ds_room_message_to_json (message);
  soup_websocket_connection_send_text (client->connection, json);
}

static void
send_error (DsRoomClient *client,
            const char   *code,
            const char   *text)
{
  g_autoptr(DsRoomMessage) message = ds_room_message_new_error (code, text);

  send_message (client, message);
}

static void
send_room_error (DsRoomClient *client,
                 const GError *error)
{
  send_error (client, ds_room_error_to_code (error), error->message);
}

/* Connections */

static gboolean
unref_idle_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
client_forget (DsRoomClient *client)
{
  DsRoomServer *self = client->server;

  g_signal_handlers_disconnect_by_data (client->connection, client);
  if (client->seat != 0 && g_hash_table_lookup (self->by_seat, GUINT_TO_POINTER (client->seat)) == client)
    g_hash_table_remove (self->by_seat, GUINT_TO_POINTER (client->seat));
  g_hash_table_remove (self->clients, client);
  /* Not at once: this may run inside the connection's own "closed". */
  g_idle_add (unref_idle_cb, client->connection);
  g_object_unref (client->budget);
  g_free (client);
}

/* The connection is let go once it has closed; its last reference goes
 * in an idle callback, outside the signal emission that closed it. */
static void
finally_closed_cb (SoupWebsocketConnection *connection,
                   gpointer                 user_data)
{
  g_signal_handlers_disconnect_by_func (connection, finally_closed_cb, user_data);
  g_idle_add (unref_idle_cb, connection);
}

/* Sends the closing frame: a well-behaved page closes at once, and
 * libsoup closes the socket itself after five seconds if it does not. */
static void
close_now (SoupWebsocketConnection *connection,
           gushort                  code,
           const char              *reason)
{
  if (soup_websocket_connection_get_state (connection) == SOUP_WEBSOCKET_STATE_CLOSED)
    return;
  g_signal_connect (g_object_ref (connection), "closed", G_CALLBACK (finally_closed_cb), NULL);
  if (soup_websocket_connection_get_state (connection) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_close (connection, code, reason);
}

/* A connection that misbehaves, or every connection when the server
 * stops: forgotten at once, closed as soon as the other side agrees. */
static void
client_drop (DsRoomClient *client,
             gushort       code,
             const char   *reason)
{
  SoupWebsocketConnection *connection = g_object_ref (client->connection);

  client_forget (client);
  close_now (connection, code, reason);
  g_object_unref (connection);
}

static void
closed_cb (SoupWebsocketConnection *connection,
           DsRoomClient            *client)
{
  client_forget (client);
}

/* A token bucket: up to the burst at once, then per_second. */
static gboolean
client_within_rate (DsRoomClient *client)
{
  DsRoomServer *self = client->server;
  gint64 now = g_get_monotonic_time ();

  client->allowance += (now - client->refilled_us) * (double) self->per_second / G_USEC_PER_SEC;
  client->allowance = MIN (client->allowance, (double) self->burst);
  client->refilled_us = now;
  if (client->allowance < 1.0)
    return FALSE;
  client->allowance -= 1.0;
  return TRUE;
}

/* What a student sees of the room */

static DsRoomMessage *
question_message (DsRoom *room,
                  guint   index)
{
  const DsRoomQuestion *question = ds_room_get_question (room, index);
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_QUESTION);
  gint64 remaining = ds_room_get_remaining (room);

  message->question = (int) index;
  message->n_questions = MAX (ds_room_get_n_planned (room), ds_room_get_n_questions (room));
  message->text = g_strdup (question->text);
  for (guint i = 0; i < question->n_options; i++)
    message->options[i] = g_strdup (question->options[i]);
  message->n_options = question->n_options;
  if (ds_room_get_state (room) == DS_ROOM_OPEN && remaining >= 0)
    message->remaining_ms = remaining / 1000;
  return message;
}

static DsRoomMessage *
received_message (guint question,
                  int   option)
{
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_RECEIVED);

  message->question = (int) question;
  message->option = option;
  return message;
}

static DsRoomMessage *
closed_message (guint question)
{
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_CLOSED);

  message->question = (int) question;
  return message;
}

static DsRoomMessage *
reveal_message (DsRoom *room,
                guint   question,
                guint   seat)
{
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_REVEAL);
  DsRoomDistribution distribution;

  ds_room_get_distribution (room, question, &distribution);
  message->question = (int) question;
  message->right = (int) distribution.right;
  message->n_options = distribution.n_options;
  message->n_answers = distribution.n_answers;
  memcpy (message->counts, distribution.counts, sizeof message->counts);
  memcpy (message->percent, distribution.percent, sizeof message->percent);
  message->option = ds_room_get_answer (room, seat, question);
  return message;
}

static void
fill_top (DsRoomMessage *message,
          DsRoom        *room)
{
  g_autoptr(GArray) top = ds_room_get_top (room, DS_ROOM_TOP_SIZE);

  message->top = ds_room_top_new ();
  for (guint i = 0; i < top->len; i++)
    {
      const DsRoomRank *rank = &g_array_index (top, DsRoomRank, i);
      DsRoomTopEntry entry = { g_strdup (rank->nickname), rank->n_correct };

      g_array_append_val (message->top, entry);
    }
}

static DsRoomMessage *
summary_message (DsRoom *room,
                 guint   seat)
{
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_SUMMARY);
  guint n = ds_room_get_n_questions (room);

  message->percent_correct = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint q = 0; q < n; q++)
    {
      guint percent = ds_room_get_percent_correct (room, q);

      g_array_append_val (message->percent_correct, percent);
    }
  message->n_questions = n;
  message->n_correct = ds_room_get_n_correct (room, seat);
  if (ds_room_get_show_top (room))
    fill_top (message, room);
  return message;
}

static void
send_owned (DsRoomClient  *client,
            DsRoomMessage *message)
{
  send_message (client, message);
  ds_room_message_free (message);
}

/* Everything a student who has just (re)joined needs to be where the room
 * is: the question, their answer if they gave one, and what came after. */
static void
send_current (DsRoomClient *client)
{
  DsRoom *room = client->server->room;
  DsRoomState state = ds_room_get_state (room);
  int current = ds_room_get_current (room);
  int answer;

  if (state == DS_ROOM_SUMMARY)
    {
      send_owned (client, summary_message (room, client->seat));
      return;
    }
  if (current < 0)
    return;
  send_owned (client, question_message (room, current));
  answer = ds_room_get_answer (room, client->seat, current);
  if (answer >= 0)
    send_owned (client, received_message (current, answer));
  if (state == DS_ROOM_CLOSED)
    send_owned (client, closed_message (current));
  else if (state == DS_ROOM_REVEALED)
    send_owned (client, reveal_message (room, current, client->seat));
}

/* The room's changes, to every seated student */

static gboolean
deadline_cb (gpointer user_data)
{
  DsRoomServer *self = user_data;

  self->deadline_id = 0;
  if (!ds_room_tick (self->room))
    _ds_room_server_state_changed (self);
  return G_SOURCE_REMOVE;
}

/* The countdown is the room's; this only makes sure someone looks at it
 * when it ends, even when no host is ticking it. */
static void
watch_deadline (DsRoomServer *self)
{
  gint64 remaining = ds_room_get_remaining (self->room);

  g_clear_handle_id (&self->deadline_id, g_source_remove);
  if (ds_room_get_state (self->room) == DS_ROOM_OPEN && remaining >= 0)
    self->deadline_id = g_timeout_add ((guint) (remaining / 1000) + 1, deadline_cb, self);
}

static DsRoomMessage *
state_message (DsRoom *room,
               guint   seat)
{
  int current = ds_room_get_current (room);

  switch (ds_room_get_state (room))
    {
    case DS_ROOM_OPEN:
      return question_message (room, current);
    case DS_ROOM_CLOSED:
      return closed_message (current);
    case DS_ROOM_REVEALED:
      return reveal_message (room, current, seat);
    case DS_ROOM_SUMMARY:
      return summary_message (room, seat);
    case DS_ROOM_LOBBY:
    default:
      return NULL;
    }
}

/* What makes one student's copy of the state message differ from
 * another's: nothing for a question or its closing, their answer for a
 * reveal, their score for the summary. Students with the same variant
 * get the same text, written once. */
static guint
state_variant (DsRoom *room,
               guint   seat)
{
  switch (ds_room_get_state (room))
    {
    case DS_ROOM_REVEALED:
      return (guint) (ds_room_get_answer (room, seat, ds_room_get_current (room)) + 1);
    case DS_ROOM_SUMMARY:
      return ds_room_get_n_correct (room, seat);
    default:
      return 0;
    }
}

static const char *
state_text (DsRoom     *room,
            guint       seat,
            GHashTable *written)
{
  gpointer variant = GUINT_TO_POINTER (state_variant (room, seat));
  char *json = g_hash_table_lookup (written, variant);
  g_autoptr(DsRoomMessage) message = NULL;

  if (json != NULL || g_hash_table_contains (written, variant))
    return json;
  message = state_message (room, seat);
  json = message ? ds_room_message_to_json (message) : NULL;
  g_hash_table_insert (written, variant, json);
  return json;
}

void
_ds_room_server_state_changed (DsRoomServer *self)
{
  g_autoptr(GHashTable) written = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GHashTableIter iter;
  DsRoomClient *client;

  if (self->server == NULL)
    return;
  watch_deadline (self);
  g_hash_table_iter_init (&iter, self->by_seat);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &client))
    {
      const char *json = state_text (self->room, client->seat, written);

      if (json != NULL &&
          soup_websocket_connection_get_state (client->connection) == SOUP_WEBSOCKET_STATE_OPEN)
        soup_websocket_connection_send_text (client->connection, json);
    }
}

/* Students' messages */

/* The seat goes to the newest connection: the other one is a tab left
 * open, or a connection the phone lost and has not noticed yet. */
static void
take_seat (DsRoomClient *client,
           guint         seat)
{
  DsRoomServer *self = client->server;
  DsRoomClient *previous = g_hash_table_lookup (self->by_seat, GUINT_TO_POINTER (seat));
  g_autoptr(DsRoomMessage) bye = ds_room_message_new (DS_ROOM_MESSAGE_BYE);

  if (client->seat != 0 && client->seat != seat)
    g_hash_table_remove (self->by_seat, GUINT_TO_POINTER (client->seat));
  if (previous != NULL && previous != client)
    {
      bye->code = g_strdup ("replaced");
      send_message (previous, bye);
      client_drop (previous, SOUP_WEBSOCKET_CLOSE_NORMAL, "replaced");
    }
  client->seat = seat;
  g_hash_table_insert (self->by_seat, GUINT_TO_POINTER (seat), client);
}

static guint
join_or_rejoin (DsRoom         *room,
                DsRoomMessage  *join,
                char          **token,
                GError        **error)
{
  g_autoptr(GError) rejoin_error = NULL;
  guint seat;

  if (join->token != NULL)
    {
      seat = ds_room_rejoin (room, join->room, join->token, &rejoin_error);
      if (seat != 0 || join->nickname == NULL ||
          !g_error_matches (rejoin_error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT))
        {
          *token = seat != 0 ? g_strdup (join->token) : NULL;
          if (seat == 0)
            g_propagate_error (error, g_steal_pointer (&rejoin_error));
          return seat;
        }
    }
  /* No token, or one from a seat that is gone: a new seat. */
  return ds_room_join (room, join->room, join->nickname, token, error);
}

static void
handle_join (DsRoomClient  *client,
             DsRoomMessage *join)
{
  DsRoom *room = client->server->room;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsRoomMessage) joined = ds_room_message_new (DS_ROOM_MESSAGE_JOINED);
  guint seat;

  /* A connection holds one seat: joining again on it (a page that sent
   * join twice) only says again which seat that is. */
  if (client->seat != 0)
    {
      seat = client->seat;
      joined->token = g_strdup (_ds_room_seat_token (room, seat));
    }
  else if ((seat = join_or_rejoin (room, join, &joined->token, &error)) == 0)
    {
      send_room_error (client, error);
      return;
    }
  take_seat (client, seat);
  joined->room = g_strdup (ds_room_get_code (room));
  joined->nickname = g_strdup (ds_room_get_nickname (room, seat));
  joined->seat = seat;
  send_message (client, joined);
  send_current (client);
}

static void
handle_answer (DsRoomClient  *client,
               DsRoomMessage *answer)
{
  DsRoom *room = client->server->room;
  g_autoptr(GError) error = NULL;
  int given;

  if (client->seat == 0)
    {
      send_error (client, "not-joined", "Join the room first");
      return;
    }
  if (ds_room_answer (room, client->seat, answer->question, answer->option, &error))
    given = answer->option;
  else if (g_error_matches (error, DS_ROOM_ERROR, DS_ROOM_ERROR_ALREADY_ANSWERED))
    given = ds_room_get_answer (room, client->seat, answer->question);
  else
    {
      send_room_error (client, error);
      return;
    }
  /* A repeated answer (a page that reconnected and sent it again) is
   * acknowledged with the answer that counts. */
  send_owned (client, received_message (answer->question, given));
}

static void
handle_leave (DsRoomClient *client)
{
  g_autoptr(DsRoomMessage) bye = ds_room_message_new (DS_ROOM_MESSAGE_BYE);

  if (client->seat != 0)
    ds_room_leave (client->server->room, client->seat);
  bye->code = g_strdup ("left");
  send_message (client, bye);
  client_drop (client, SOUP_WEBSOCKET_CLOSE_NORMAL, "left");
}

static gboolean
room_code_matches (DsRoomClient  *client,
                   DsRoomMessage *message)
{
  g_autofree char *code = ds_room_code_normalize (message->room);

  if (code != NULL && strcmp (code, ds_room_get_code (client->server->room)) == 0)
    return TRUE;
  send_error (client, "wrong-room", "There is no room with that code here");
  return FALSE;
}

static void
handle_message (DsRoomClient  *client,
                DsRoomMessage *message)
{
  if (!room_code_matches (client, message))
    return;
  switch (message->type)
    {
    case DS_ROOM_MESSAGE_JOIN:
      handle_join (client, message);
      break;
    case DS_ROOM_MESSAGE_ANSWER:
      handle_answer (client, message);
      break;
    case DS_ROOM_MESSAGE_LEAVE:
      handle_leave (client);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* What the page would never send ends the connection; an unknown type is
 * refused politely, since a newer page may know more types. */
static void
message_cb (SoupWebsocketConnection *connection,
            int                      type,
            GBytes                  *bytes,
            DsRoomClient            *client)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsRoomMessage) message = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  _ds_budget_input_stream_reset (client->budget);
  if (!client_within_rate (client))
    {
      client_drop (client, SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION, "too fast");
      return;
    }
  if (type != SOUP_WEBSOCKET_DATA_TEXT)
    {
      client_drop (client, SOUP_WEBSOCKET_CLOSE_UNSUPPORTED_DATA, "text only");
      return;
    }
  message = ds_room_message_parse (data, length, DS_ROOM_FROM_STUDENT, &error);
  if (message != NULL)
    handle_message (client, message);
  else if (g_error_matches (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE))
    send_error (client, "unknown-type", error->message);
  else
    client_drop (client, g_error_matches (error, DS_ROOM_PROTOCOL_ERROR,
                                          DS_ROOM_PROTOCOL_ERROR_TOO_LARGE)
                           ? SOUP_WEBSOCKET_CLOSE_TOO_BIG : SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION,
                 "bad message");
}

static void
pong_cb (SoupWebsocketConnection *connection,
         GBytes                  *bytes,
         DsRoomClient            *client)
{
  _ds_budget_input_stream_reset (client->budget);
}

void
_ds_room_server_accept (DsRoomServer            *self,
                        SoupWebsocketConnection *connection,
                        DsBudgetInputStream     *budget)
{
  DsRoomClient *client;

  if (g_hash_table_size (self->clients) >= DS_ROOM_SERVER_MAX_CONNECTIONS)
    {
      close_now (connection, SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION, "full");
      return;
    }
  client = g_new0 (DsRoomClient, 1);
  client->server = self;
  client->connection = g_object_ref (connection);
  client->budget = g_object_ref (budget);
  client->allowance = self->burst;
  client->refilled_us = g_get_monotonic_time ();
  /* Larger frames are refused by libsoup before they are read whole (it
   * refuses a payload of the limit or more, hence the one byte). */
  soup_websocket_connection_set_max_incoming_payload_size (connection,
                                                           DS_ROOM_MESSAGE_MAX_BYTES + 1);
  soup_websocket_connection_set_keepalive_interval (connection, KEEPALIVE_SECONDS);
  g_signal_connect (connection, "message", G_CALLBACK (message_cb), client);
  g_signal_connect (connection, "closed", G_CALLBACK (closed_cb), client);
  g_signal_connect (connection, "pong", G_CALLBACK (pong_cb), client);
  g_hash_table_add (self->clients, client);
}

void
_ds_room_server_close_clients (DsRoomServer *self)
{
  g_autoptr(GList) clients = g_hash_table_get_keys (self->clients);
  g_autoptr(DsRoomMessage) bye = ds_room_message_new (DS_ROOM_MESSAGE_BYE);

  bye->code = g_strdup ("stopped");
  for (GList *l = clients; l != NULL; l = l->next)
    {
      send_message (l->data, bye);
      client_drop (l->data, SOUP_WEBSOCKET_CLOSE_GOING_AWAY, "stopped");
    }
}
