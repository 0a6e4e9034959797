/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-class-live: a class of simulated students on 127.0.0.1 (never
 * another address) against `diplostudy-cards live`, in one process on
 * libsoup's WebSocket client.
 *
 *   bench-class-live CLI [STUDENTS [QUESTIONS]]     (defaults 300, 10)
 *
 * Every student joins, then answers every question; one in ten sends its
 * answer a second time with another option, as a page that reconnected
 * might. Measured: the time to seat the class; answer → tally (from the
 * moment a student sends to the moment the room counts it, as the host
 * prints it — both processes read the same monotonic clock); answer →
 * acknowledgement (the round trip the phone sees); the host's CPU time and
 * memory from /proc. Checked: every answer counted once, none lost, the
 * repeated ones acknowledged with the first option, every tally and the
 * summary exactly what was sent. Exits non-zero when a check fails, never
 * for a slow figure.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ds-room-protocol.h"

#define ROOM "BNCH"
#define WAIT_SECONDS 120

typedef struct _Bench Bench;

typedef struct {
  Bench                   *bench;
  guint                    index;
  SoupWebsocketConnection *connection;
  guint                    seat;
  gint64                   started_us;
  int                      question;     /* the last question it saw */
  int                      option;       /* what it answered to it */
  gint64                   sent_us;
  gboolean                 acknowledged;
  gboolean                 repeat_acknowledged;
  gboolean                 closed;
  gboolean                 revealed;
  gboolean                 summary;
} Student;

struct _Bench
{
  GSubprocess      *host;
  GDataInputStream *host_out;
  GOutputStream    *host_in;
  char             *pid;
  guint             port;
  guint             n_students;
  guint             n_questions;
  guint             n_options;
  Student          *students;
  SoupSession      *session;

  guint             joined;
  GArray           *join_us;      /* per student, connect → joined */
  GArray           *ack_us;       /* per answer, sent → acknowledged */
  GArray           *tally_us;     /* per answer, sent → counted (host) */
  GHashTable       *counted;      /* (question, seat) counted by the host */
  guint             counted_now;  /* answers the host counted this question */
  guint             counted_twice;
  guint             repeats;
  guint             wrong_acks;
  guint             wrong_tallies;
  guint             problems;
};

/* Waiting on the one main context */

typedef gboolean (*Condition) (Bench *bench);

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until (Bench      *bench,
            Condition   condition,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!condition (bench) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    {
      fprintf (stderr, "bench-class-live: timed out waiting for %s\n", what);
      exit (2);
    }
  g_source_remove (id);
}

/* Counting students in a state */

#define ALL_STUDENTS(name, test)                          \
  static gboolean                                         \
  name (Bench *bench)                                     \
  {                                                       \
    for (guint i = 0; i < bench->n_students; i++)         \
      {                                                   \
        Student *s = &bench->students[i];                 \
        if (!(test))                                      \
          return FALSE;                                   \
        (void) s;                                         \
      }                                                   \
    return TRUE;                                          \
  }

static int current_question;

ALL_STUDENTS (all_joined, s->seat != 0)
ALL_STUDENTS (all_asked, s->question == current_question)
ALL_STUDENTS (all_acknowledged, s->acknowledged && (s->index % 10 != 0 || s->repeat_acknowledged))
ALL_STUDENTS (all_closed, s->closed)
ALL_STUDENTS (all_revealed, s->revealed)
ALL_STUDENTS (all_summaries, s->summary)

static gboolean
all_counted (Bench *bench)
{
  return bench->counted_now >= bench->n_students;
}

/* The host: commands in, JSON events out */

static void
host_command (Bench      *bench,
              const char *line)
{
  g_autofree char *with_end = g_strconcat (line, "\n", NULL);

  g_output_stream_write_all (bench->host_in, with_end, strlen (with_end), NULL, NULL, NULL);
  g_output_stream_flush (bench->host_in, NULL, NULL);
}

static void
count_answer (Bench      *bench,
              JsonObject *event)
{
  guint question = json_object_get_int_member (event, "question");
  guint seat = json_object_get_int_member (event, "seat");
  gint64 counted_us = json_object_get_int_member (event, "t_us");
  gpointer key = GUINT_TO_POINTER ((question << 16) | seat);
  Student *student = &bench->students[seat - 1];
  double ms = (counted_us - student->sent_us) / 1000.0;

  if (g_hash_table_contains (bench->counted, key))
    bench->counted_twice++;
  g_hash_table_add (bench->counted, key);
  bench->counted_now++;
  g_array_append_val (bench->tally_us, ms);
}

static void read_host (Bench *bench);

static void
host_line_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Bench *bench = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source),
                                                                result, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *event;

  if (line == NULL)
    return;
  if (json_parser_load_from_data (parser, line, -1, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      event = json_node_get_object (json_parser_get_root (parser));
      if (g_strcmp0 (json_object_get_string_member (event, "event"), "answered") == 0)
        count_answer (bench, event);
    }
  read_host (bench);
}

static void
read_host (Bench *bench)
{
  g_data_input_stream_read_line_async (bench->host_out, G_PRIORITY_DEFAULT, NULL,
                                       host_line_cb, bench);
}

static void
start_host (Bench      *bench,
            const char *cli)
{
  g_autofree char *questions = g_strdup_printf ("%u", bench->n_questions);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *listening;

  bench->host = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                  &error, cli, "live", "--address", "127.0.0.1", "--port", "0",
                                  "--room", ROOM, "--questions", questions, NULL);
  if (bench->host == NULL)
    g_error ("Cannot start %s: %s", cli, error->message);
  bench->host_in = g_subprocess_get_stdin_pipe (bench->host);
  bench->host_out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (bench->host));
  line = g_data_input_stream_read_line (bench->host_out, NULL, NULL, &error);
  if (line == NULL || !json_parser_load_from_data (parser, line, -1, &error))
    g_error ("The host did not say where it listens: %s", error ? error->message : "no output");
  listening = json_node_get_object (json_parser_get_root (parser));
  bench->port = json_object_get_int_member (listening, "port");
  bench->pid = g_strdup (g_subprocess_get_identifier (bench->host));
  if (json_object_get_int_member (listening, "questions") < bench->n_questions)
    g_error ("The host has fewer than %u questions", bench->n_questions);
  read_host (bench);
}

/* The host's CPU time (user + system, seconds) and memory (kB). */
static double
host_cpu_seconds (Bench *bench)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", bench->pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (after_name = strrchr (stat, ')')) == NULL)
    return 0;
  fields = g_strsplit (after_name + 2, " ", -1);
  /* Fields 14 and 15 of the file: utime, stime; here counted from 3. */
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) /
         sysconf (_SC_CLK_TCK);
}

static double
host_memory_kb (Bench      *bench,
                const char *name)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/status", bench->pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, name)) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen (name) + 1, NULL);
}

/* Students */

static void
on_question (Student       *student,
             DsRoomMessage *message)
{
  student->question = message->question;
  student->acknowledged = FALSE;
  student->repeat_acknowledged = FALSE;
  student->closed = FALSE;
  student->revealed = FALSE;
  student->bench->n_options = message->n_options;
}

static void
on_received (Student       *student,
             DsRoomMessage *message)
{
  Bench *bench = student->bench;
  double ms = (g_get_monotonic_time () - student->sent_us) / 1000.0;

  if (message->option != student->option)
    bench->wrong_acks++;
  if (student->acknowledged)
    {
      student->repeat_acknowledged = TRUE;
      return;
    }
  student->acknowledged = TRUE;
  g_array_append_val (bench->ack_us, ms);
}

static void
on_reveal (Student       *student,
           DsRoomMessage *message)
{
  Bench *bench = student->bench;
  guint q = (guint) message->question;

  /* Seat s answered (s + q) % n: the tally must be exactly that. */
  for (guint option = 0; option < message->n_options; option++)
    {
      guint expected = 0;

      for (guint s = 1; s <= bench->n_students; s++)
        expected += (s + q) % message->n_options == option;
      if (message->counts[option] != expected)
        bench->wrong_tallies++;
    }
  if (message->option != student->option || message->n_answers != bench->n_students)
    bench->wrong_tallies++;
  student->revealed = TRUE;
}

static void
on_joined (Student       *student,
           DsRoomMessage *message)
{
  Bench *bench = student->bench;
  double ms = (g_get_monotonic_time () - student->started_us) / 1000.0;

  student->seat = message->seat;
  bench->joined++;
  g_array_append_val (bench->join_us, ms);
}

static void
message_cb (SoupWebsocketConnection *connection,
            int                      type,
            GBytes                  *bytes,
            Student                 *student)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsRoomMessage) message = ds_room_message_parse (data, length, DS_ROOM_FROM_HOST, &error);

  if (message == NULL)
    {
      student->bench->problems++;
      return;
    }
  switch (message->type)
    {
    case DS_ROOM_MESSAGE_JOINED: on_joined (student, message); break;
    case DS_ROOM_MESSAGE_QUESTION: on_question (student, message); break;
    case DS_ROOM_MESSAGE_RECEIVED: on_received (student, message); break;
    case DS_ROOM_MESSAGE_CLOSED: student->closed = TRUE; break;
    case DS_ROOM_MESSAGE_REVEAL: on_reveal (student, message); break;
    case DS_ROOM_MESSAGE_SUMMARY: student->summary = TRUE; break;
    default: student->bench->problems++;
    }
}

static void
send_json (Student    *student,
           const char *json)
{
  soup_websocket_connection_send_text (student->connection, json);
}

static void
connected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Student *student = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *join = NULL;

  student->connection = soup_session_websocket_connect_finish (SOUP_SESSION (source), result, &error);
  if (student->connection == NULL)
    g_error ("Student %u cannot connect: %s", student->index, error->message);
  g_signal_connect (student->connection, "message", G_CALLBACK (message_cb), student);
  join = g_strdup_printf ("{\"type\":\"join\",\"room\":\"" ROOM "\",\"nickname\":\"Siswa %u\"}",
                          student->index + 1);
  send_json (student, join);
}

static void
connect_student (Bench *bench,
                 guint  index)
{
  Student *student = &bench->students[index];
  g_autofree char *uri = g_strdup_printf ("ws://127.0.0.1:%u/ws", bench->port);
  g_autofree char *origin = g_strdup_printf ("http://127.0.0.1:%u", bench->port);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);

  student->bench = bench;
  student->index = index;
  student->question = -1;
  student->started_us = g_get_monotonic_time ();
  soup_session_websocket_connect_async (bench->session, msg, origin, NULL, G_PRIORITY_DEFAULT,
                                        NULL, connected_cb, student);
}

static void
answer (Student *student,
        guint    question)
{
  Bench *bench = student->bench;
  g_autofree char *json = NULL;

  student->option = (int) ((student->seat + question) % bench->n_options);
  json = g_strdup_printf ("{\"type\":\"answer\",\"room\":\"" ROOM "\",\"question\":%u,\"option\":%d}",
                          question, student->option);
  student->sent_us = g_get_monotonic_time ();
  send_json (student, json);
  /* One in ten sends again, with another option: counted once, the first
   * answer stands. */
  if (student->index % 10 == 0)
    {
      g_autofree char *again = g_strdup_printf ("{\"type\":\"answer\",\"room\":\"" ROOM "\","
                                                "\"question\":%u,\"option\":%u}", question,
                                                (student->option + 1) % bench->n_options);

      send_json (student, again);
      bench->repeats++;
    }
}

/* The run */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  guint index;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  index = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, index);
}

static void
run_question (Bench *bench,
              guint  q)
{
  current_question = (int) q;
  bench->counted_now = 0;
  host_command (bench, "next");
  wait_until (bench, all_asked, "every student to see the question");
  for (guint i = 0; i < bench->n_students; i++)
    answer (&bench->students[i], q);
  wait_until (bench, all_acknowledged, "every answer to be acknowledged");
  wait_until (bench, all_counted, "the host to count every answer");
  host_command (bench, "close");
  wait_until (bench, all_closed, "every student to see the question closed");
  host_command (bench, "reveal");
  wait_until (bench, all_revealed, "every student to see the result");
}

static void
report (Bench  *bench,
        double  seat_ms,
        double  run_s,
        double  cpu_s)
{
  guint sent = bench->n_students * bench->n_questions;
  guint counted = g_hash_table_size (bench->counted);
  double loadavg[3] = { 0, };

  getloadavg (loadavg, 3);
  printf ("class live: %u students, %u questions, host pid %s, 127.0.0.1; "
          "load average at the end %.2f (other work on this machine counts)\n",
          bench->n_students, bench->n_questions, bench->pid, loadavg[0]);
  printf ("join: the whole class seated in %.0f ms; connect → joined per student "
          "p50 %.1f ms, p99 %.1f ms\n", seat_ms, percentile (bench->join_us, 0.5),
          percentile (bench->join_us, 0.99));
  printf ("answer → tally (sent → counted by the room): p50 %.1f ms, p99 %.1f ms, max %.1f ms "
          "over %u answers\n", percentile (bench->tally_us, 0.5),
          percentile (bench->tally_us, 0.99), percentile (bench->tally_us, 1.0), bench->tally_us->len);
  printf ("answer → acknowledgement (round trip): p50 %.1f ms, p99 %.1f ms\n",
          percentile (bench->ack_us, 0.5), percentile (bench->ack_us, 0.99));
  printf ("host: %.2f s of CPU over %.2f s (%.0f %% of one core); peak RSS %.1f MB, at the end %.1f MB\n",
          cpu_s, run_s, 100 * cpu_s / run_s, host_memory_kb (bench, "VmHWM:") / 1024,
          host_memory_kb (bench, "VmRSS:") / 1024);
  printf ("answers: %u sent, %u counted, %u lost, %u counted twice; %u sent again with another "
          "option, %u acknowledged with an option that was not the first; %u wrong tallies\n",
          sent, counted, sent - MIN (sent, counted), bench->counted_twice, bench->repeats,
          bench->wrong_acks, bench->wrong_tallies);
  printf ("goal answer → tally p99 < 100 ms: %s\n",
          percentile (bench->tally_us, 0.99) < 100 ? "met" : "NOT met");
}

static gboolean
checks_pass (Bench *bench)
{
  return g_hash_table_size (bench->counted) == bench->n_students * bench->n_questions &&
         bench->counted_twice == 0 && bench->wrong_acks == 0 && bench->wrong_tallies == 0 &&
         bench->problems == 0;
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0, };
  gint64 t0, seated, end;
  double cpu0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-class-live CLI [STUDENTS [QUESTIONS]]\n");
      return 2;
    }
  bench.n_students = argc > 2 ? (guint) atoi (argv[2]) : 300;
  bench.n_questions = argc > 3 ? (guint) atoi (argv[3]) : 10;
  bench.students = g_new0 (Student, bench.n_students);
  bench.join_us = g_array_new (FALSE, FALSE, sizeof (double));
  bench.ack_us = g_array_new (FALSE, FALSE, sizeof (double));
  bench.tally_us = g_array_new (FALSE, FALSE, sizeof (double));
  bench.counted = g_hash_table_new (NULL, NULL);
  bench.session = soup_session_new_with_options ("max-conns", 1000, "max-conns-per-host", 1000, NULL);

  start_host (&bench, argv[1]);
  cpu0 = host_cpu_seconds (&bench);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < bench.n_students; i++)
    connect_student (&bench, i);
  wait_until (&bench, all_joined, "every student to join");
  seated = g_get_monotonic_time ();

  for (guint q = 0; q < bench.n_questions; q++)
    run_question (&bench, q);
  host_command (&bench, "summary");
  wait_until (&bench, all_summaries, "every student to see the summary");
  end = g_get_monotonic_time ();

  report (&bench, (seated - t0) / 1000.0, (end - t0) / 1e6, host_cpu_seconds (&bench) - cpu0);
  host_command (&bench, "quit");
  g_subprocess_wait (bench.host, NULL, NULL);
  return checks_pass (&bench) ? 0 : 1;
}
