/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room-protocol.h"

static DsRoomMessage *
parse (const char   *json,
       DsRoomSender  sender,
       GError      **error)
{
  return ds_room_message_parse (json, strlen (json), sender, error);
}

static DsRoomMessage *
parse_ok (const char   *json,
          DsRoomSender  sender)
{
  g_autoptr(GError) error = NULL;
  DsRoomMessage *message = parse (json, sender, &error);

  g_assert_no_error (error);
  g_assert_nonnull (message);
  return message;
}

static void
assert_refused (const char          *json,
                gsize                length,
                DsRoomSender         sender,
                DsRoomProtocolError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsRoomMessage) message = ds_room_message_parse (json, length, sender, &error);

  g_assert_null (message);
  g_assert_error (error, DS_ROOM_PROTOCOL_ERROR, (int) code);
  g_assert_nonnull (error->message);
}

static void
refused (const char          *json,
         DsRoomProtocolError  code)
{
  assert_refused (json, strlen (json), DS_ROOM_FROM_STUDENT, code);
}

static void
refused_from_host (const char          *json,
                   DsRoomProtocolError  code)
{
  assert_refused (json, strlen (json), DS_ROOM_FROM_HOST, code);
}

/* A message written and read back must come back the same. */
static DsRoomMessage *
round_trip (const DsRoomMessage *message,
            DsRoomSender         sender)
{
  g_autofree char *json = ds_room_message_to_json (message);

  g_assert_nonnull (json);
  return parse_ok (json, sender);
}

/* Students' messages */

static void
test_protocol_join (void)
{
  g_autoptr(DsRoomMessage) join = NULL;
  g_autoptr(DsRoomMessage) rejoin = NULL;

  join = parse_ok ("{\"type\":\"join\",\"room\":\"kxy7\",\"nickname\":\"Sari\"}",
                   DS_ROOM_FROM_STUDENT);
  g_assert_cmpint (join->type, ==, DS_ROOM_MESSAGE_JOIN);
  g_assert_cmpstr (join->room, ==, "kxy7");
  g_assert_cmpstr (join->nickname, ==, "Sari");
  g_assert_null (join->token);

  /* A seat taken back needs only its token; members nobody knows are
   * ignored, and so is a null. */
  rejoin = parse_ok ("{ \"future\": [1, {\"a\": 2}], \"type\": \"join\", \"nickname\": null,"
                     "  \"room\": \"KXY7\", \"token\": \"00ff\" }", DS_ROOM_FROM_STUDENT);
  g_assert_cmpstr (rejoin->token, ==, "00ff");
  g_assert_null (rejoin->nickname);

  refused ("{\"type\":\"join\",\"room\":\"KXY7\"}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"nickname\":\"Sari\"}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"room\":7,\"nickname\":\"Sari\"}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":[\"Sari\"]}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":{\"a\":1}}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

static void
test_protocol_answer (void)
{
  g_autoptr(DsRoomMessage) answer =
    parse_ok ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":12,\"option\":3}",
              DS_ROOM_FROM_STUDENT);

  g_assert_cmpint (answer->type, ==, DS_ROOM_MESSAGE_ANSWER);
  g_assert_cmpint (answer->question, ==, 12);
  g_assert_cmpint (answer->option, ==, 3);

  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0,\"option\":4}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0,\"option\":-1}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":-1,\"option\":0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":10000,\"option\":0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":99999999999999999999,\"option\":0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0,\"option\":\"1\"}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0,\"option\":1.0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0,\"option\":true}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":1e1,\"option\":0}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

static void
test_protocol_leave (void)
{
  g_autoptr(DsRoomMessage) leave =
    parse_ok ("{\"type\":\"leave\",\"room\":\"KXY7\"}", DS_ROOM_FROM_STUDENT);

  g_assert_cmpint (leave->type, ==, DS_ROOM_MESSAGE_LEAVE);
  refused ("{\"type\":\"leave\"}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

/* What is refused before any field is read */

static void
test_protocol_malformed (void)
{
  static const char * const malformed[] = {
    "{", "}", "[]", "null", "42", "\"join\"", "{\"type\":\"leave\",}",
    "{'type':'leave'}", "{\"type\":\"leave\" \"room\":\"KXY7\"}", "   ", "\xef\xbb\xbf",
    /* What json-glib alone would take for JSON. */
    "{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":0x1,\"option\":0}",
    "{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":01,\"option\":0}",
    "{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":.5,\"option\":0}",
    "{\"type\":\"leave\",\"room\":'KXY7'}",
    "{\"type\":\"leave\",\"room\":\"KXY7\" /* comment */}",
    "{\"type\":\"leave\",\"room\":\"KXY7\"}{\"type\":\"leave\",\"room\":\"KXY7\"}",
    "{\"type\":\"leave\",\"room\":\"KX\tY7\"}",
    "{\"type\":\"leave\",\"room\":\"\\x41\"}",
    "{\"type\":\"leave\",\"room\":\"KXY7\"",
    "{\"type\":\"leave\",\"room\":\"KXY7\\\"}",
    "{\"type\":\"leave\",\"room\":tru}",
    "{\"type\":\"leave\",\"room\":-}",
    "{\"type\":\"leave\",\"room\":1.}",
    "{\"type\":\"leave\",\"room\":1e}",
    /* NUL and half surrogate pairs are no text. */
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"a\\u0000b\"}",
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"\\ud800\"}",
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"\\udc00\\ud800\"}",
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"\\ud800\\u0041\"}",
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"\\u12\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    refused (malformed[i], DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  assert_refused ("", 0, DS_ROOM_FROM_STUDENT, DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  assert_refused (NULL, 0, DS_ROOM_FROM_STUDENT, DS_ROOM_PROTOCOL_ERROR_MALFORMED);

  /* Not UTF-8, and a NUL byte inside the message. */
  refused ("{\"type\":\"leave\",\"room\":\"KX\xff\xfe\"}", DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  {
    static const char with_nul[] = "{\"type\":\"leave\",\"room\":\"KXY7\"}\0";

    assert_refused (with_nul, sizeof with_nul, DS_ROOM_FROM_STUDENT,
                    DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  }
  /* The type must be text. */
  refused ("{\"type\":1}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"room\":\"KXY7\"}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

static void
test_protocol_unknown_type (void)
{
  refused ("{\"type\":\"hello\",\"room\":\"KXY7\"}", DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE);
  refused ("{\"type\":\"JOIN\",\"room\":\"KXY7\"}", DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE);
  /* A student cannot send what only the room sends, and the other way. */
  refused ("{\"type\":\"reveal\",\"question\":0,\"right\":0,\"n_answers\":0,"
           "\"counts\":[0,0],\"percent\":[0,0]}", DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE);
  refused ("{\"type\":\"bye\",\"code\":\"stopped\"}", DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE);
  refused_from_host ("{\"type\":\"leave\",\"room\":\"KXY7\"}",
                     DS_ROOM_PROTOCOL_ERROR_UNKNOWN_TYPE);
}

/* A valid join padded with spaces to exactly @size bytes. */
static char *
join_of_size (gsize size)
{
  static const char head[] = "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"Sari\"";
  GString *json = g_string_new (head);

  while (json->len < size - 1)
    g_string_append_c (json, ' ');
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

static void
test_protocol_size (void)
{
  g_autofree char *largest = join_of_size (DS_ROOM_MESSAGE_MAX_BYTES);
  g_autofree char *too_large = join_of_size (DS_ROOM_MESSAGE_MAX_BYTES + 1);
  g_autoptr(DsRoomMessage) message = parse_ok (largest, DS_ROOM_FROM_STUDENT);
  g_autoptr(GString) long_name = g_string_new ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"");

  refused (too_large, DS_ROOM_PROTOCOL_ERROR_TOO_LARGE);
  /* Strings have limits of their own, well under the message's. */
  for (guint i = 0; i < 257; i++)
    g_string_append_c (long_name, 'a');
  g_string_append (long_name, "\"}");
  refused (long_name->str, DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"room\":\"KXY7KXY7KXY7KXY7K\",\"nickname\":\"Sari\"}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused ("{\"type\":\"join\",\"room\":\"KXY7\",\"token\":"
           "\"0123456789012345678901234567890123456789012345678901234567890123456789\"}",
           DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

static char *
nested (guint depth)
{
  GString *json = g_string_new ("{\"type\":\"leave\",\"room\":\"KXY7\",\"x\":");

  for (guint i = 0; i < depth - 1; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth - 1; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

static void
test_protocol_depth (void)
{
  g_autofree char *deepest = nested (DS_ROOM_MESSAGE_MAX_DEPTH);
  g_autofree char *too_deep = nested (DS_ROOM_MESSAGE_MAX_DEPTH + 1);
  g_autofree char *very_deep = nested (2000);
  g_autoptr(DsRoomMessage) message = parse_ok (deepest, DS_ROOM_FROM_STUDENT);
  g_autoptr(DsRoomMessage) brackets = NULL;

  refused (too_deep, DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  refused (very_deep, DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  refused ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  {
    g_autofree char *brackets_4k = g_strnfill (DS_ROOM_MESSAGE_MAX_BYTES, '[');

    refused (brackets_4k, DS_ROOM_PROTOCOL_ERROR_MALFORMED);
  }

  /* Brackets inside strings are text, escaped quotes included. */
  brackets = parse_ok ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"[[[[\\\"{{{{\"}",
                       DS_ROOM_FROM_STUDENT);
  g_assert_cmpstr (brackets->nickname, ==, "[[[[\"{{{{");
}

/* Whatever a string holds, the parser gives back valid UTF-8 or refuses. */
static void
test_protocol_hostile_strings (void)
{
  static const char * const hostile[] = {
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\ud83d\\ude00 emoji",
    "\\u202eevil",
    "line\\nbreak",
    "\\\\\\\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"%s\"}",
                                               hostile[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DsRoomMessage) message = parse (json, DS_ROOM_FROM_STUDENT, &error);

      g_assert_true ((message == NULL) != (error == NULL));
      if (message != NULL)
        g_assert_true (g_utf8_validate (message->nickname, -1, NULL));
    }
}

/* Random damage to valid messages: refused or parsed, never a crash, and
 * what is parsed is within its limits. */
static void
test_protocol_mutations (void)
{
  static const char * const seeds[] = {
    "{\"type\":\"join\",\"room\":\"KXY7\",\"nickname\":\"Sari\",\"token\":\"00ff\"}",
    "{\"type\":\"answer\",\"room\":\"KXY7\",\"question\":3,\"option\":2}",
    "{\"type\":\"leave\",\"room\":\"KXY7\"}",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 20000; round++)
    {
      const char *seed = seeds[round % G_N_ELEMENTS (seeds)];
      g_autofree char *copy = g_strdup (seed);
      gsize length = strlen (copy);
      g_autoptr(DsRoomMessage) message = NULL;

      for (guint n = g_rand_int_range (rand, 1, 4); n > 0; n--)
        copy[g_rand_int_range (rand, 0, length)] = (char) g_rand_int_range (rand, 0, 256);
      length = g_rand_int_range (rand, 1, length + 1);
      message = ds_room_message_parse (copy, length, DS_ROOM_FROM_STUDENT, NULL);
      if (message == NULL)
        continue;
      g_assert_cmpint (message->type, <=, DS_ROOM_MESSAGE_LEAVE);
      g_assert_true (message->room != NULL && strlen (message->room) <= 16);
      g_assert_cmpint (message->option, <, DS_ROOM_MAX_OPTIONS);
    }
}

/* The room's messages, written and read back */

static void
test_protocol_round_trip_question (void)
{
  g_autoptr(DsRoomMessage) question = ds_room_message_new (DS_ROOM_MESSAGE_QUESTION);
  g_autoptr(DsRoomMessage) back = NULL;

  question->question = 4;
  question->n_questions = 10;
  question->text = g_strdup ("Apa yang dimaksud \"diplomasi digital\"?\n</script>");
  question->options[0] = g_strdup ("satu");
  question->options[1] = g_strdup ("dua <b>");
  question->options[2] = g_strdup ("tiga");
  question->n_options = 3;
  question->remaining_ms = 19500;

  back = round_trip (question, DS_ROOM_FROM_HOST);
  g_assert_cmpint (back->type, ==, DS_ROOM_MESSAGE_QUESTION);
  g_assert_cmpint (back->question, ==, 4);
  g_assert_cmpuint (back->n_questions, ==, 10);
  g_assert_cmpstr (back->text, ==, question->text);
  g_assert_cmpuint (back->n_options, ==, 3);
  g_assert_cmpstr (back->options[1], ==, "dua <b>");
  g_assert_null (back->options[3]);
  g_assert_cmpint (back->remaining_ms, ==, 19500);

  /* Without a countdown the field is left out. */
  question->remaining_ms = -1;
  g_clear_pointer (&back, ds_room_message_free);
  back = round_trip (question, DS_ROOM_FROM_HOST);
  g_assert_cmpint (back->remaining_ms, ==, -1);
}

static void
test_protocol_round_trip_reveal (void)
{
  g_autoptr(DsRoomMessage) reveal = ds_room_message_new (DS_ROOM_MESSAGE_REVEAL);
  g_autoptr(DsRoomMessage) back = NULL;

  reveal->question = 2;
  reveal->right = 1;
  reveal->n_options = 4;
  reveal->n_answers = 7;
  reveal->counts[0] = 3;
  reveal->counts[1] = 2;
  reveal->counts[2] = 1;
  reveal->counts[3] = 1;
  reveal->percent[0] = 43;
  reveal->percent[1] = 29;
  reveal->percent[2] = 14;
  reveal->percent[3] = 14;
  reveal->option = 0;

  back = round_trip (reveal, DS_ROOM_FROM_HOST);
  g_assert_cmpint (back->right, ==, 1);
  g_assert_cmpuint (back->n_options, ==, 4);
  g_assert_cmpuint (back->n_answers, ==, 7);
  g_assert_cmpmem (back->counts, sizeof back->counts, reveal->counts, sizeof reveal->counts);
  g_assert_cmpmem (back->percent, sizeof back->percent, reveal->percent, sizeof reveal->percent);
  g_assert_cmpint (back->option, ==, 0);

  /* Percent over 100, or counts and percentages that disagree. */
  refused_from_host ("{\"type\":\"reveal\",\"question\":0,\"right\":0,\"n_answers\":1,"
                     "\"counts\":[1,0],\"percent\":[101,0]}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused_from_host ("{\"type\":\"reveal\",\"question\":0,\"right\":0,\"n_answers\":1,"
                     "\"counts\":[1,0],\"percent\":[100]}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
  refused_from_host ("{\"type\":\"reveal\",\"question\":0,\"right\":2,\"n_answers\":1,"
                     "\"counts\":[1,0],\"percent\":[100,0]}", DS_ROOM_PROTOCOL_ERROR_INVALID_FIELD);
}

static void
test_protocol_round_trip_summary (void)
{
  g_autoptr(DsRoomMessage) summary = ds_room_message_new (DS_ROOM_MESSAGE_SUMMARY);
  g_autoptr(DsRoomMessage) back = NULL;
  guint percent[] = { 80, 45, 0 };
  DsRoomTopEntry first = { g_strdup ("Sari \"S\""), 3 };
  DsRoomTopEntry second = { g_strdup ("Rizky"), 2 };

  summary->percent_correct = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (summary->percent_correct, percent, 3);
  summary->n_correct = 2;
  summary->top = g_array_new (FALSE, TRUE, sizeof (DsRoomTopEntry));
  g_array_append_val (summary->top, first);
  g_array_append_val (summary->top, second);

  back = round_trip (summary, DS_ROOM_FROM_HOST);
  g_assert_cmpuint (back->percent_correct->len, ==, 3);
  g_assert_cmpuint (g_array_index (back->percent_correct, guint, 1), ==, 45);
  g_assert_cmpuint (back->n_questions, ==, 3);
  g_assert_cmpuint (back->n_correct, ==, 2);
  g_assert_cmpuint (back->top->len, ==, 2);
  g_assert_cmpstr (g_array_index (back->top, DsRoomTopEntry, 0).nickname, ==, "Sari \"S\"");
  g_assert_cmpuint (g_array_index (back->top, DsRoomTopEntry, 1).n_correct, ==, 2);

  /* The message owns its entries. */
  g_free (first.nickname);
  g_free (second.nickname);
  g_array_set_size (summary->top, 0);
}

static void
test_protocol_round_trip_small (void)
{
  g_autoptr(DsRoomMessage) joined = ds_room_message_new (DS_ROOM_MESSAGE_JOINED);
  g_autoptr(DsRoomMessage) error = ds_room_message_new_error ("nickname-taken", "Taken");
  g_autoptr(DsRoomMessage) bye = ds_room_message_new (DS_ROOM_MESSAGE_BYE);
  g_autoptr(DsRoomMessage) answer = ds_room_message_new (DS_ROOM_MESSAGE_ANSWER);
  g_autoptr(DsRoomMessage) back = NULL;

  joined->room = g_strdup ("KXY7");
  joined->nickname = g_strdup ("Sari");
  joined->token = g_strdup ("0123456789abcdef0123456789abcdef");
  joined->seat = 12;
  back = round_trip (joined, DS_ROOM_FROM_HOST);
  g_assert_cmpstr (back->token, ==, joined->token);
  g_assert_cmpuint (back->seat, ==, 12);
  g_clear_pointer (&back, ds_room_message_free);

  back = round_trip (error, DS_ROOM_FROM_HOST);
  g_assert_cmpstr (back->code, ==, "nickname-taken");
  g_assert_cmpstr (back->message, ==, "Taken");
  g_clear_pointer (&back, ds_room_message_free);

  bye->code = g_strdup ("stopped");
  back = round_trip (bye, DS_ROOM_FROM_HOST);
  g_assert_cmpint (back->type, ==, DS_ROOM_MESSAGE_BYE);
  g_assert_cmpstr (back->code, ==, "stopped");
  g_clear_pointer (&back, ds_room_message_free);

  answer->room = g_strdup ("KXY7");
  answer->question = 1;
  answer->option = 2;
  back = round_trip (answer, DS_ROOM_FROM_STUDENT);
  g_assert_cmpint (back->question, ==, 1);
  g_assert_cmpint (back->option, ==, 2);
}

static void
test_protocol_error_codes (void)
{
  g_autoptr(GError) full = g_error_new_literal (DS_ROOM_ERROR, DS_ROOM_ERROR_FULL, "full");
  g_autoptr(GError) late = g_error_new_literal (DS_ROOM_ERROR, DS_ROOM_ERROR_CLOSED, "late");
  g_autoptr(GError) other = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, "io");

  g_assert_cmpstr (ds_room_error_to_code (full), ==, "room-full");
  g_assert_cmpstr (ds_room_error_to_code (late), ==, "closed");
  g_assert_cmpstr (ds_room_error_to_code (other), ==, "error");
  g_assert_cmpstr (ds_room_message_type_to_string (DS_ROOM_MESSAGE_RECEIVED), ==, "received");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/room-protocol/join", test_protocol_join);
  g_test_add_func ("/room-protocol/answer", test_protocol_answer);
  g_test_add_func ("/room-protocol/leave", test_protocol_leave);
  g_test_add_func ("/room-protocol/malformed", test_protocol_malformed);
  g_test_add_func ("/room-protocol/unknown-type", test_protocol_unknown_type);
  g_test_add_func ("/room-protocol/size", test_protocol_size);
  g_test_add_func ("/room-protocol/depth", test_protocol_depth);
  g_test_add_func ("/room-protocol/hostile-strings", test_protocol_hostile_strings);
  g_test_add_func ("/room-protocol/mutations", test_protocol_mutations);
  g_test_add_func ("/room-protocol/round-trip/question", test_protocol_round_trip_question);
  g_test_add_func ("/room-protocol/round-trip/reveal", test_protocol_round_trip_reveal);
  g_test_add_func ("/room-protocol/round-trip/summary", test_protocol_round_trip_summary);
  g_test_add_func ("/room-protocol/round-trip/small", test_protocol_round_trip_small);
  g_test_add_func ("/room-protocol/error-codes", test_protocol_error_codes);

  return g_test_run ();
}
