/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ds-room-protocol-private.h"

/*
 * Parsing the class live messages. The size is checked first, then that
 * the bytes are strict JSON nested no deeper than the limit
 * (ds-room-json-check.c, so json-glib never recurses on hostile input nor
 * accepts what only it takes for JSON), then each field the type uses:
 * its JSON type, its range or length. Members a type does not use
 * are ignored, so a newer page can add some without breaking an older
 * app; an unknown type is refused.
 */

G_DEFINE_QUARK (ds-room-protocol-error-quark, ds_room_protocol_error)

/* Longest strings accepted, in bytes. A nickname is cut to 24 characters
 * by the room; 256 bytes leave room for the spaces it trims. */
#define MAX_ROOM      16
#define MAX_NICKNAME  256
#define MAX_TOKEN     64
#define MAX_TEXT      2048
#define MAX_OPTION    1024
#define MAX_CODE      32
#define MAX_MESSAGE   256
#define MAX_QUESTION  9999
#define MAX_SUMMARY   1000

static const char * const type_names[] = {
  [DS_ROOM_MESSAGE_JOIN] = "join",
  [DS_ROOM_MESSAGE_ANSWER] = "answer",
  [DS_ROOM_MESSAGE_LEAVE] = "leave",
  [DS_ROOM_MESSAGE_JOINED] = "joined",
  [DS_ROOM_MESSAGE_QUESTION] = "question",
  [DS_ROOM_MESSAGE_RECEIVED] = "received",
  [DS_ROOM_MESSAGE_CLOSED] = "closed",
  [DS_ROOM_MESSAGE_REVEAL] = "reveal",
  [DS_ROOM_MESSAGE_SUMMARY] = "summary",
  [DS_ROOM_MESSAGE_ERROR] = "error",
  [DS_ROOM_MESSAGE_BYE] = "bye",
};

const char *
ds_room_message_type_to_string (DsRoomMessageType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (type_names), NULL);
  return type_names[type];
}

static gboolean
type_from_string (const char        *name,
                  DsRoomMessageType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (strcmp (name, type_names[i]) == 0)
      {
        *type = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
sender_may_send (DsRoomSender      sender,
                 DsRoomMessageType type)
{
  gboolean from_student = type <= DS_ROOM_MESSAGE_LEAVE;

  return (sender == DS_ROOM_FROM_STUDENT) == from_student;
}

/* Messages */

static void
top_entry_clear (gpointer data)
{
  g_free (((DsRoomTopEntry *) data)->nickname);
}

GArray *
ds_room_top_new (void)
{
  GArray *top = g_array_new (FALSE, TRUE, sizeof (DsRoomTopEntry));

  g_array_set_clear_func (top, top_entry_clear);
  return top;
}

DsRoomMessage *
ds_room_message_new (DsRoomMessageType type)
{
  DsRoomMessage *message = g_new0 (DsRoomMessage, 1);

  message->type = type;
  message->question = -1;
  message->option = -1;
  message->right = -1;
  message->remaining_ms = -1;
  return message;
}

void
ds_room_message_free (DsRoomMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->room);
  g_free (message->nickname);
  g_free (message->token);
  g_free (message->text);
  for (guint i = 0; i < DS_ROOM_MAX_OPTIONS; i++)
    g_free (message->options[i]);
  g_clear_pointer (&message->percent_correct, g_array_unref);
  g_clear_pointer (&message->top, g_array_unref);
  g_free (message->code);
  g_free (message->message);
  g_free (message);
}

DsRoomMessage *
ds_room_message_new_error (const char *code,
                           const char *text)
{
  DsRoomMessage *message = ds_room_message_new (DS_ROOM_MESSAGE_ERROR);

  g_return_val_if_fail (code != NULL, message);
  message->code = g_strdup (code);
  message->message = g_strdup (text);
  return message;
}

const char *
ds_room_error_to_code (const GError *error)
{
  static const char * const codes[] = {
    [DS_ROOM_ERROR_WRONG_ROOM] = "wrong-room",
    [DS_ROOM_ERROR_NICKNAME_INVALID] = "nickname-invalid",
    [DS_ROOM_ERROR_NICKNAME_TAKEN] = "nickname-taken",
    [DS_ROOM_ERROR_FULL] = "room-full",
    [DS_ROOM_ERROR_UNKNOWN_SEAT] = "unknown-seat",
    [DS_ROOM_ERROR_NO_QUESTION] = "no-question",
    [DS_ROOM_ERROR_CLOSED] = "closed",
    [DS_ROOM_ERROR_ALREADY_ANSWERED] = "already-answered",
    [DS_ROOM_ERROR_INVALID_OPTION] = "invalid-option",
  };

  g_return_val_if_fail (error != NULL, "error");
  if (error->domain != DS_ROOM_ERROR || error->code < 0 ||
      (guint) error->code >= G_N_ELEMENTS (codes))
    return "error";
  return codes[error->code];
}

/* Reading fields */

static gboolean
field_error (GError     **error,
             const char  *name,
             const char  *what)
{
  g_set_error (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD,
               "The field “%s” %s", name, what);
  return FALSE;
}

/* A member that is there and not null; *@node NULL when absent. */
static gboolean
get_value (JsonObject  *object,
           const char  *name,
           gboolean     required,
           GType        type,
           JsonNode   **node,
           GError     **error)
{
  *node = json_object_get_member (object, name);
  if (*node != NULL && JSON_NODE_HOLDS_NULL (*node))
    *node = NULL;
  if (*node == NULL)
    return required ? field_error (error, name, "is missing") : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (*node) || json_node_get_value_type (*node) != type)
    return field_error (error, name, type == G_TYPE_STRING ? "must be text"
                                                          : "must be a whole number");
  return TRUE;
}

static gboolean
get_string (JsonObject  *object,
            const char  *name,
            gsize        max,
            gboolean     required,
            char       **out,
            GError     **error)
{
  JsonNode *node;
  const char *value;

  if (!get_value (object, name, required, G_TYPE_STRING, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  value = json_node_get_string (node);
  if (strlen (value) > max)
    return field_error (error, name, "is too long");
  g_free (*out);
  *out = g_strdup (value);
  return TRUE;
}

static gboolean
get_int (JsonObject  *object,
         const char  *name,
         gint64       min,
         gint64       max,
         gboolean     required,
         gint64      *out,
         GError     **error)
{
  JsonNode *node;
  gint64 value;

  if (!get_value (object, name, required, G_TYPE_INT64, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  value = json_node_get_int (node);
  if (value < min || value > max)
    return field_error (error, name, "is out of range");
  *out = value;
  return TRUE;
}

/* The same for fields stored as int or guint. */
static gboolean
get_small (JsonObject  *object,
           const char  *name,
           int          min,
           int          max,
           gboolean     required,
           int         *out,
           GError     **error)
{
  gint64 value = *out;

  if (!get_int (object, name, min, max, required, &value, error))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

static gboolean
get_count (JsonObject  *object,
           const char  *name,
           guint        max,
           guint       *out,
           GError     **error)
{
  int value = (int) *out;

  if (!get_small (object, name, 0, (int) max, TRUE, &value, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *name,
           guint        min,
           guint        max,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      field_error (error, name, "must be a list");
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) < min || json_array_get_length (array) > max)
    {
      field_error (error, name, "has a wrong number of entries");
      return NULL;
    }
  return array;
}

/* The entries of a list of whole numbers, each 0..@max, into @out. */
static gboolean
get_uint_array (JsonObject  *object,
                const char  *name,
                guint        max_entries,
                guint        max,
                guint       *out,
                guint       *n_out,
                GError     **error)
{
  JsonArray *array = get_array (object, name, 0, max_entries, error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 0 || json_node_get_int (node) > max)
        return field_error (error, name, "must hold whole numbers in range");
      out[i] = (guint) json_node_get_int (node);
    }
  if (n_out != NULL)
    *n_out = json_array_get_length (array);
  return TRUE;
}

/* Student messages */

static gboolean
parse_join (JsonObject     *object,
            DsRoomMessage  *message,
            GError        **error)
{
  if (!get_string (object, "room", MAX_ROOM, TRUE, &message->room, error) ||
      !get_string (object, "nickname", MAX_NICKNAME, FALSE, &message->nickname, error) ||
      !get_string (object, "token", MAX_TOKEN, FALSE, &message->token, error))
    return FALSE;
  if (message->nickname == NULL && message->token == NULL)
    return field_error (error, "nickname", "is missing");
  return TRUE;
}

static gboolean
parse_answer (JsonObject     *object,
              DsRoomMessage  *message,
              GError        **error)
{
  return get_string (object, "room", MAX_ROOM, TRUE, &message->room, error) &&
         get_small (object, "question", 0, MAX_QUESTION, TRUE, &message->question, error) &&
         get_small (object, "option", 0, DS_ROOM_MAX_OPTIONS - 1, TRUE, &message->option, error);
}

static gboolean
parse_leave (JsonObject     *object,
             DsRoomMessage  *message,
             GError        **error)
{
  return get_string (object, "room", MAX_ROOM, TRUE, &message->room, error);
}

/* The room's messages */

static gboolean
parse_joined (JsonObject     *object,
              DsRoomMessage  *message,
              GError        **error)
{
  return get_string (object, "room", MAX_ROOM, TRUE, &message->room, error) &&
         get_string (object, "nickname", MAX_NICKNAME, TRUE, &message->nickname, error) &&
         get_string (object, "token", MAX_TOKEN, TRUE, &message->token, error) &&
         get_count (object, "seat", G_MAXINT, &message->seat, error);
}

static gboolean
parse_options (JsonObject     *object,
               DsRoomMessage  *message,
               GError        **error)
{
  JsonArray *array = get_array (object, "options", 2, DS_ROOM_MAX_OPTIONS, error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          strlen (json_node_get_string (node)) > MAX_OPTION)
        return field_error (error, "options", "must hold short texts");
      message->options[i] = g_strdup (json_node_get_string (node));
    }
  message->n_options = json_array_get_length (array);
  return TRUE;
}

static gboolean
parse_question (JsonObject     *object,
                DsRoomMessage  *message,
                GError        **error)
{
  return get_small (object, "question", 0, MAX_QUESTION, TRUE, &message->question, error) &&
         get_count (object, "n_questions", MAX_QUESTION + 1, &message->n_questions, error) &&
         get_string (object, "text", MAX_TEXT, TRUE, &message->text, error) &&
         parse_options (object, message, error) &&
         get_int (object, "remaining_ms", 0, G_MAXINT32, FALSE, &message->remaining_ms, error);
}

static gboolean
parse_received (JsonObject     *object,
                DsRoomMessage  *message,
                GError        **error)
{
  return get_small (object, "question", 0, MAX_QUESTION, TRUE, &message->question, error) &&
         get_small (object, "option", 0, DS_ROOM_MAX_OPTIONS - 1, TRUE, &message->option, error);
}

static gboolean
parse_closed (JsonObject     *object,
              DsRoomMessage  *message,
              GError        **error)
{
  return get_small (object, "question", 0, MAX_QUESTION, TRUE, &message->question, error);
}

static gboolean
parse_reveal (JsonObject     *object,
              DsRoomMessage  *message,
              GError        **error)
{
  guint n_percent = 0;

  if (!get_small (object, "question", 0, MAX_QUESTION, TRUE, &message->question, error) ||
      !get_small (object, "right", 0, DS_ROOM_MAX_OPTIONS - 1, TRUE, &message->right, error) ||
      !get_count (object, "n_answers", G_MAXINT, &message->n_answers, error) ||
      !get_small (object, "option", 0, DS_ROOM_MAX_OPTIONS - 1, FALSE, &message->option, error) ||
      !get_uint_array (object, "counts", DS_ROOM_MAX_OPTIONS, G_MAXINT, message->counts,
                       &message->n_options, error) ||
      !get_uint_array (object, "percent", DS_ROOM_MAX_OPTIONS, 100, message->percent,
                       &n_percent, error))
    return FALSE;
  if (n_percent != message->n_options || message->right >= (int) message->n_options)
    return field_error (error, "counts", "does not match the options");
  return TRUE;
}

static gboolean
parse_top_entry (JsonNode        *node,
                 DsRoomTopEntry  *entry,
                 GError         **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return field_error (error, "top", "must hold objects");
  return get_string (json_node_get_object (node), "nickname", MAX_NICKNAME, TRUE,
                     &entry->nickname, error) &&
         get_count (json_node_get_object (node), "correct", MAX_SUMMARY, &entry->n_correct, error);
}

static gboolean
parse_top (JsonObject     *object,
           DsRoomMessage  *message,
           GError        **error)
{
  JsonArray *array;

  if (!json_object_has_member (object, "top"))
    return TRUE;
  array = get_array (object, "top", 0, DS_ROOM_TOP_SIZE, error);
  if (array == NULL)
    return FALSE;
  message->top = ds_room_top_new ();
  g_array_set_size (message->top, json_array_get_length (array));
  for (guint i = 0; i < message->top->len; i++)
    if (!parse_top_entry (json_array_get_element (array, i),
                          &g_array_index (message->top, DsRoomTopEntry, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
parse_summary (JsonObject     *object,
               DsRoomMessage  *message,
               GError        **error)
{
  guint values[MAX_SUMMARY];
  guint n = 0;

  if (!get_uint_array (object, "percent_correct", MAX_SUMMARY, 100, values, &n, error) ||
      !get_count (object, "n_correct", MAX_SUMMARY, &message->n_correct, error))
    return FALSE;
  message->percent_correct = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_append_vals (message->percent_correct, values, n);
  message->n_questions = n;
  return parse_top (object, message, error);
}

static gboolean
parse_error (JsonObject     *object,
             DsRoomMessage  *message,
             GError        **error)
{
  return get_string (object, "code", MAX_CODE, TRUE, &message->code, error) &&
         get_string (object, "message", MAX_MESSAGE, FALSE, &message->message, error);
}

static gboolean
parse_bye (JsonObject     *object,
           DsRoomMessage  *message,
           GError        **error)
{
  return get_string (object, "code", MAX_CODE, TRUE, &message->code, error);
}

typedef gboolean (*ParseFunc) (JsonObject *, DsRoomMessage *, GError **);

static const ParseFunc parsers[] = {
  [DS_ROOM_MESSAGE_JOIN] = parse_join,
  [DS_ROOM_MESSAGE_ANSWER] = parse_answer,
  [DS_ROOM_MESSAGE_LEAVE] = parse_leave,
  [DS_ROOM_MESSAGE_JOINED] = parse_joined,
  [DS_ROOM_MESSAGE_QUESTION] = parse_question,
  [DS_ROOM_MESSAGE_RECEIVED] = parse_received,
  [DS_ROOM_MESSAGE_CLOSED] = parse_closed,
  [DS_ROOM_MESSAGE_REVEAL] = parse_reveal,
  [DS_ROOM_MESSAGE_SUMMARY] = parse_summary,
  [DS_ROOM_MESSAGE_ERROR] = parse_error,
  [DS_ROOM_MESSAGE_BYE] = parse_bye,
};

/* Parsing */

static gboolean
check_bytes (const char    *data,
             gsize          length,
             DsRoomSender   sender,
             GError       **error)
{
  gsize max = sender == DS_ROOM_FROM_STUDENT ? DS_ROOM_MESSAGE_MAX_BYTES
                                             : DS_ROOM_HOST_MESSAGE_MAX_BYTES;

  if (length > max)
    g_set_error (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_TOO_LARGE,
                 "The message has %" G_GSIZE_FORMAT " bytes, more than %" G_GSIZE_FORMAT,
                 length, max);
  else if (length == 0 || !g_utf8_validate_len (data, length, NULL))
    g_set_error_literal (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_MALFORMED,
                         "The message is not UTF-8 text");
  else
    return _ds_room_json_check (data, length, DS_ROOM_MESSAGE_MAX_DEPTH, error);
  return FALSE;
}

static JsonObject *
parse_object (JsonParser  *parser,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_MALFORMED,
                   "The message is not JSON: %s", local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_MALFORMED,
                           "The message is not a JSON object");
      return NULL;
    }
  return json_node_get_object (root);
}

static gboolean
parse_type (JsonObject         *object,
            DsRoomSender        sender,
            DsRoomMessageType  *type,
            GError            **error)
{
  g_autofree char *name = NULL;

  if (!get_string (object, "type", MAX_CODE, TRUE, &name, error))
    return FALSE;
  if (type_from_string (name, type) && sender_may_send (sender, *type))
    return TRUE;
  g_set_error (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE,
               "Unknown message type “%s”", name);
  return FALSE;
}

DsRoomMessage *
ds_room_message_parse (const char    *data,
                       gsize          length,
                       DsRoomSender   sender,
                       GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(DsRoomMessage) message = NULL;
  JsonObject *object;
  DsRoomMessageType type;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!check_bytes (data, length, sender, error))
    return NULL;
  /* Immutable: json-glib then keeps no copies for editing. */
  parser = json_parser_new_immutable ();
  object = parse_object (parser, data, length, error);
  if (object == NULL || !parse_type (object, sender, &type, error))
    return NULL;

  message = ds_room_message_new (type);
  if (!parsers[type] (object, message, error))
    return NULL;
  return g_steal_pointer (&message);
}
