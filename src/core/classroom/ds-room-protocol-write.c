/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ds-room-protocol.h"

/*
 * Writing the class live messages as JSON: json-glib escapes every string,
 * so a nickname or an essay's text can never break out of its field.
 * ds_room_message_parse() reads back exactly what is written here.
 */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_uint_array (JsonBuilder *builder,
                const char  *name,
                const guint *values,
                guint        n)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_int_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
write_question (JsonBuilder         *builder,
                const DsRoomMessage *message)
{
  add_int (builder, "question", message->question);
  add_int (builder, "n_questions", message->n_questions);
  add_string (builder, "text", message->text ? message->text : "");
  json_builder_set_member_name (builder, "options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < message->n_options; i++)
    json_builder_add_string_value (builder, message->options[i] ? message->options[i] : "");
  json_builder_end_array (builder);
  if (message->remaining_ms >= 0)
    add_int (builder, "remaining_ms", message->remaining_ms);
}

static void
write_reveal (JsonBuilder         *builder,
              const DsRoomMessage *message)
{
  add_int (builder, "question", message->question);
  add_int (builder, "right", message->right);
  add_int (builder, "n_answers", message->n_answers);
  add_uint_array (builder, "counts", message->counts, message->n_options);
  add_uint_array (builder, "percent", message->percent, message->n_options);
  if (message->option >= 0)
    add_int (builder, "option", message->option);
}

static void
write_top (JsonBuilder *builder,
           GArray      *top)
{
  json_builder_set_member_name (builder, "top");
  json_builder_begin_array (builder);
  for (guint i = 0; i < top->len; i++)
    {
      const DsRoomTopEntry *entry = &g_array_index (top, DsRoomTopEntry, i);

      json_builder_begin_object (builder);
      add_string (builder, "nickname", entry->nickname ? entry->nickname : "");
      add_int (builder, "correct", entry->n_correct);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_summary (JsonBuilder         *builder,
               const DsRoomMessage *message)
{
  GArray *percent = message->percent_correct;

  add_uint_array (builder, "percent_correct",
                  percent ? (const guint *) (gpointer) percent->data : NULL,
                  percent ? percent->len : 0);
  add_int (builder, "n_correct", message->n_correct);
  if (message->top != NULL)
    write_top (builder, message->top);
}

static void
write_fields (JsonBuilder         *builder,
              const DsRoomMessage *message)
{
  switch (message->type)
    {
    case DS_ROOM_MESSAGE_JOIN:
      add_string (builder, "room", message->room);
      add_string (builder, "nickname", message->nickname);
      add_string (builder, "token", message->token);
      break;
    case DS_ROOM_MESSAGE_ANSWER:
      add_string (builder, "room", message->room);
      add_int (builder, "question", message->question);
      add_int (builder, "option", message->option);
      break;
    case DS_ROOM_MESSAGE_LEAVE:
      add_string (builder, "room", message->room);
      break;
    case DS_ROOM_MESSAGE_JOINED:
      add_string (builder, "room", message->room);
      add_string (builder, "nickname", message->nickname);
      add_string (builder, "token", message->token);
      add_int (builder, "seat", message->seat);
      break;
    case DS_ROOM_MESSAGE_QUESTION:
      write_question (builder, message);
      break;
    case DS_ROOM_MESSAGE_RECEIVED:
      add_int (builder, "question", message->question);
      add_int (builder, "option", message->option);
      break;
    case DS_ROOM_MESSAGE_CLOSED:
      add_int (builder, "question", message->question);
      break;
    case DS_ROOM_MESSAGE_REVEAL:
      write_reveal (builder, message);
      break;
    case DS_ROOM_MESSAGE_SUMMARY:
      write_summary (builder, message);
      break;
    case DS_ROOM_MESSAGE_ERROR:
      add_string (builder, "code", message->code);
      add_string (builder, "message", message->message);
      break;
    case DS_ROOM_MESSAGE_BYE:
      add_string (builder, "code", message->code);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The acknowledgement of every answer holds two numbers and no text:
 * written directly, it costs a tenth of a trip through json-glib, in the
 * burst of a whole class answering at once. */
static char *
write_numbers_only (const DsRoomMessage *message)
{
  if (message->type == DS_ROOM_MESSAGE_RECEIVED)
    return g_strdup_printf ("{\"type\":\"received\",\"question\":%d,\"option\":%d}",
                            message->question, message->option);
  return NULL;
}

char *
ds_room_message_to_json (const DsRoomMessage *message)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  char *direct;

  g_return_val_if_fail (message != NULL, NULL);

  if ((direct = write_numbers_only (message)) != NULL)
    return direct;
  builder = json_builder_new ();
  generator = json_generator_new ();
  json_builder_begin_object (builder);
  add_string (builder, "type", ds_room_message_type_to_string (message->type));
  write_fields (builder, message);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
