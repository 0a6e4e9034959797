/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards live [--address ADDRESS] [--port PORT] [--essay ID] …
 *
 * Class live without a window: serves a quiz of the shipped essays'
 * multiple-choice cards to the students' phones, advanced by commands on
 * standard input (next, close, reveal, summary, waiting, csv FILE, quit),
 * and prints what happens — the address, joins, answers, tallies — as one
 * JSON object per line on standard output. For lecturers without a
 * display, for scripts, for the browser test and the load benchmark.
 *
 * The cards become questions through the quiz run's slides, as in the
 * presentation: up to four options, the right one kept among them.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ds-generator.h"
#include "ds-library.h"
#include "ds-quiz-cards.h"
#include "ds-quiz-slide.h"
#include "ds-room-server.h"

typedef struct {
  DsRoom           *room;
  DsRoomServer     *server;
  GPtrArray        *questions;   /* DsRoomQuestion */
  guint             next;
  guint             seconds;
  char             *csv_path;
  GDataInputStream *input;
  GMainLoop        *loop;
  int               status;
} Host;

/* Output: one JSON object a line */

static JsonBuilder *
event_begin (const char *event)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "event");
  json_builder_add_string_value (builder, event);
  return builder;
}

static void
event_end (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  printf ("%s\n", line);
  fflush (stdout);
  g_object_unref (builder);
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
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_uints (JsonBuilder *builder,
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
emit_error (const char *message)
{
  JsonBuilder *builder = event_begin ("error");

  add_string (builder, "message", message);
  event_end (builder);
}

/* The room's events */

static void
seat_event (Host       *host,
            const char *event,
            guint       seat)
{
  JsonBuilder *builder = event_begin (event);

  add_int (builder, "seat", seat);
  add_string (builder, "nickname", ds_room_get_nickname (host->room, seat));
  add_int (builder, "students", ds_room_get_n_students (host->room));
  event_end (builder);
}

static void
joined_cb (DsRoom *room,
           guint   seat,
           Host   *host)
{
  seat_event (host, "joined", seat);
}

static void
rejoined_cb (DsRoom *room,
             guint   seat,
             Host   *host)
{
  seat_event (host, "rejoined", seat);
}

static void
left_cb (DsRoom *room,
         guint   seat,
         Host   *host)
{
  seat_event (host, "left", seat);
}

/* An answer as counted, with the monotonic time it was counted at (the
 * load benchmark compares it with the time it was sent). */
static void
answered_cb (DsRoom *room,
             guint   question,
             guint   seat,
             guint   option,
             Host   *host)
{
  /* Numbers only, and one per answer of a whole class at once: printed
   * directly rather than built with json-glib. */
  printf ("{\"event\":\"answered\",\"question\":%u,\"seat\":%u,\"option\":%u,"
          "\"answers\":%u,\"t_us\":%" G_GINT64_FORMAT "}\n",
          question, seat, option, ds_room_get_n_answers (room, question), g_get_monotonic_time ());
  fflush (stdout);
}

static void
question_event (Host *host)
{
  int current = ds_room_get_current (host->room);
  const DsRoomQuestion *question = ds_room_get_question (host->room, current);
  JsonBuilder *builder = event_begin ("question");

  add_int (builder, "question", current);
  add_string (builder, "text", question->text);
  json_builder_set_member_name (builder, "options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < question->n_options; i++)
    json_builder_add_string_value (builder, question->options[i]);
  json_builder_end_array (builder);
  add_int (builder, "right", question->right);
  add_int (builder, "seconds", host->seconds);
  event_end (builder);
}

static void
tally_event (Host       *host,
             const char *event)
{
  int current = ds_room_get_current (host->room);
  JsonBuilder *builder = event_begin (event);
  DsRoomDistribution d;
  g_auto(GStrv) waiting = ds_room_get_waiting (host->room);

  ds_room_get_distribution (host->room, current, &d);
  add_int (builder, "question", current);
  add_int (builder, "answers", d.n_answers);
  add_int (builder, "right", d.right);
  add_uints (builder, "counts", d.counts, d.n_options);
  add_uints (builder, "percent", d.percent, d.n_options);
  add_int (builder, "waiting", g_strv_length (waiting));
  event_end (builder);
}

static void
summary_event (Host *host)
{
  JsonBuilder *builder = event_begin ("summary");
  g_autoptr(GArray) top = ds_room_get_top (host->room, DS_ROOM_TOP_SIZE);
  guint n = ds_room_get_n_questions (host->room);

  json_builder_set_member_name (builder, "percent_correct");
  json_builder_begin_array (builder);
  for (guint q = 0; q < n; q++)
    json_builder_add_int_value (builder, ds_room_get_percent_correct (host->room, q));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "top");
  json_builder_begin_array (builder);
  for (guint i = 0; i < top->len; i++)
    {
      const DsRoomRank *rank = &g_array_index (top, DsRoomRank, i);

      json_builder_begin_object (builder);
      add_string (builder, "nickname", rank->nickname);
      add_int (builder, "correct", rank->n_correct);
      add_int (builder, "time_ms", rank->time_us / 1000);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  event_end (builder);
}

static void
state_cb (DsRoom     *room,
          GParamSpec *pspec,
          Host       *host)
{
  switch (ds_room_get_state (room))
    {
    case DS_ROOM_OPEN:
      question_event (host);
      break;
    case DS_ROOM_CLOSED:
      tally_event (host, "closed");
      break;
    case DS_ROOM_REVEALED:
      tally_event (host, "reveal");
      break;
    case DS_ROOM_SUMMARY:
      summary_event (host);
      break;
    case DS_ROOM_LOBBY:
    default:
      break;
    }
}

/* Commands */

static void
command_next (Host *host)
{
  if (host->next >= host->questions->len)
    {
      ds_room_show_summary (host->room);
      return;
    }
  ds_room_open_question (host->room, g_ptr_array_index (host->questions, host->next++),
                         host->seconds);
}

static void
command_waiting (Host *host)
{
  JsonBuilder *builder = event_begin ("waiting");
  g_auto(GStrv) waiting = ds_room_get_waiting (host->room);

  json_builder_set_member_name (builder, "nicknames");
  json_builder_begin_array (builder);
  for (guint i = 0; waiting[i] != NULL; i++)
    json_builder_add_string_value (builder, waiting[i]);
  json_builder_end_array (builder);
  event_end (builder);
}

static gboolean
write_csv (Host        *host,
           const char  *path,
           GError     **error)
{
  g_autofree char *csv = ds_room_to_csv (host->room);
  JsonBuilder *builder;

  if (!g_file_set_contents (path, csv, -1, error))
    return FALSE;
  builder = event_begin ("csv");
  add_string (builder, "path", path);
  event_end (builder);
  return TRUE;
}

static void
command_csv (Host       *host,
             const char *path)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL || *path == '\0')
    emit_error ("csv needs a file name");
  else if (!write_csv (host, path, &error))
    emit_error (error->message);
}

static void
quit (Host *host)
{
  g_autoptr(GError) error = NULL;

  if (host->csv_path != NULL && !write_csv (host, host->csv_path, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      host->status = 1;
    }
  ds_room_server_stop (host->server);
  g_main_loop_quit (host->loop);
}

static gboolean
run_command (Host       *host,
             const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", 2);
  const char *command = words[0] ? words[0] : "";

  if (strcmp (command, "next") == 0)
    command_next (host);
  else if (strcmp (command, "close") == 0)
    ds_room_close (host->room);
  else if (strcmp (command, "reveal") == 0)
    ds_room_reveal (host->room);
  else if (strcmp (command, "summary") == 0)
    ds_room_show_summary (host->room);
  else if (strcmp (command, "waiting") == 0)
    command_waiting (host);
  else if (strcmp (command, "csv") == 0)
    command_csv (host, words[1] ? g_strstrip (words[1]) : NULL);
  else if (strcmp (command, "quit") == 0)
    return FALSE;
  else if (*command != '\0')
    emit_error ("unknown command (next, close, reveal, summary, waiting, csv FILE, quit)");
  return TRUE;
}

static void read_next_line (Host *host);

static void
line_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Host *host = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source),
                                                                     result, NULL, NULL);

  /* The end of the input is "quit", so that a script's pipe ending ends
   * the class too. */
  if (line == NULL || !run_command (host, g_strstrip (line)))
    {
      quit (host);
      return;
    }
  read_next_line (host);
}

static void
read_next_line (Host *host)
{
  g_data_input_stream_read_line_async (host->input, G_PRIORITY_DEFAULT, NULL,
                                       line_read_cb, host);
}

/* The quiz */

static GPtrArray *
load_cards (const char *essay_id)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  if (!ds_library_load_builtin (library, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return NULL;
    }
  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  if (essay_id != NULL)
    {
      g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

      return ds_quiz_select_cards (cards, scope, DS_QUIZ_ORDER_SOURCE, 0, 0);
    }
  return g_steal_pointer (&cards);
}

/* A multiple-choice card as a question on the phones: through its slide,
 * so the options are those the projector shows. */
static DsRoomQuestion *
question_from_card (DsCard *card)
{
  g_autoptr(DsSlide) slide = NULL;

  if (ds_card_get_kind (card) != DS_CARD_MULTIPLE_CHOICE)
    return NULL;
  slide = ds_slide_new_from_card (card, DS_SLIDE_QUESTION, NULL);
  if (slide->correct_choice < 0)
    return NULL;
  return ds_room_question_new (slide->question, (const char * const *) slide->choices,
                               (guint) slide->correct_choice);
}

static GPtrArray *
build_questions (const char *essay_id,
                 guint       max)
{
  g_autoptr(GPtrArray) cards = load_cards (essay_id);
  GPtrArray *questions;

  if (cards == NULL)
    return NULL;
  questions = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_room_question_free);
  for (guint i = 0; i < cards->len && (max == 0 || questions->len < max); i++)
    {
      DsRoomQuestion *question = question_from_card (g_ptr_array_index (cards, i));

      if (question != NULL)
        g_ptr_array_add (questions, question);
    }
  return questions;
}

static void
listening_event (Host *host)
{
  JsonBuilder *builder = event_begin ("listening");
  g_autofree char *url = ds_room_server_get_url (host->server);

  add_string (builder, "url", url);
  add_string (builder, "address", ds_room_server_get_address (host->server));
  add_int (builder, "port", ds_room_server_get_port (host->server));
  add_string (builder, "room", ds_room_get_code (host->room));
  add_int (builder, "questions", host->questions->len);
  add_int (builder, "pid", getpid ());
  event_end (builder);
}

static void
connect_room (Host *host)
{
  g_signal_connect (host->room, "student-joined", G_CALLBACK (joined_cb), host);
  g_signal_connect (host->room, "student-rejoined", G_CALLBACK (rejoined_cb), host);
  g_signal_connect (host->room, "student-left", G_CALLBACK (left_cb), host);
  g_signal_connect (host->room, "answered", G_CALLBACK (answered_cb), host);
  g_signal_connect (host->room, "notify::state", G_CALLBACK (state_cb), host);
}

static void
host_clear (Host *host)
{
  g_clear_object (&host->server);
  g_clear_object (&host->room);
  g_clear_pointer (&host->questions, g_ptr_array_unref);
  g_clear_object (&host->input);
  g_clear_pointer (&host->loop, g_main_loop_unref);
  g_free (host->csv_path);
}

static int
serve (Host       *host,
       const char *address,
       guint       port)
{
  g_autoptr(GInputStream) stdin_stream = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GError) error = NULL;

  if (!ds_room_server_start (host->server, address, port, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return 1;
    }
  listening_event (host);
  host->input = g_data_input_stream_new (stdin_stream);
  host->loop = g_main_loop_new (NULL, FALSE);
  read_next_line (host);
  g_main_loop_run (host->loop);
  return host->status;
}

static gboolean
valid_room_code (const char *code)
{
  g_autofree char *normal = code ? ds_room_code_normalize (code) : NULL;

  return code == NULL || normal != NULL;
}

int
cmd_live (int    argc,
          char **argv)
{
  g_autofree char *address = NULL;
  g_autofree char *room_code = NULL;
  g_autofree char *essay_id = NULL;
  g_autofree char *csv_path = NULL;
  int port = 0, max = 0, seconds = 0;
  gboolean top = FALSE;
  const GOptionEntry entries[] = {
    { "address", 'a', 0, G_OPTION_ARG_STRING, &address, N_("Address to listen on (default: this computer’s address on the local network)"), N_("ADDRESS") },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, N_("Port to listen on (default: 8472, or a free one)"), N_("PORT") },
    { "room", 'r', 0, G_OPTION_ARG_STRING, &room_code, N_("Room code (default: a new random one)"), N_("CODE") },
    { "essay", 'e', 0, G_OPTION_ARG_STRING, &essay_id, N_("Ask only the questions of this essay"), N_("ID") },
    { "questions", 'n', 0, G_OPTION_ARG_INT, &max, N_("Ask at most this many questions"), N_("N") },
    { "seconds", 's', 0, G_OPTION_ARG_INT, &seconds, N_("Close each question after this many seconds"), N_("SECONDS") },
    { "top", 't', 0, G_OPTION_ARG_NONE, &top, N_("Show the top five on the students’ summary"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path, N_("Write the results to this CSV file at the end"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  Host host = { 0, };
  int status;

  g_option_context_set_summary (context, _("Let students answer a quiz on their phones, without a window. "
                                           "Commands on standard input: next, close, reveal, summary, "
                                           "waiting, csv FILE, quit. Events on standard output, one JSON "
                                           "object a line."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return 2;
    }
  if (port < 0 || port > 65535 || max < 0 || seconds < 0 ||
      !valid_room_code (room_code))
    {
      fprintf (stderr, "%s\n", _("diplostudy-cards: a port is 0–65535, a room code four letters or digits, counts are positive"));
      return 2;
    }

  host.questions = build_questions (essay_id, (guint) max);
  if (host.questions == NULL || host.questions->len == 0)
    {
      fprintf (stderr, "%s\n", _("diplostudy-cards: no multiple-choice cards to ask"));
      host_clear (&host);
      return 1;
    }
  host.room = ds_room_new (room_code);
  ds_room_set_n_planned (host.room, host.questions->len);
  ds_room_set_show_top (host.room, top);
  host.server = ds_room_server_new (host.room);
  host.seconds = (guint) seconds;
  host.csv_path = g_steal_pointer (&csv_path);
  connect_room (&host);

  status = serve (&host, address, (guint) port);
  host_clear (&host);
  return status;
}
