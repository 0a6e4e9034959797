/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ds-live-join.h"
#include "ds-live-panel.h"
#include "ds-presentation-window.h"
#include "ds-presenter-window.h"
#include "ds-qr-view.h"
#include "ds-test-live.h"
#include "ds-test-util.h"

/*
 * Class live in presentation mode under Xvfb, with students on real
 * WebSocket connections to the app's server on 127.0.0.1 (never another
 * address): the key and the chooser that start it, the join screen, the
 * live counts, who has not answered, the countdown closing answers, the
 * reveal's distribution, the summary and its top five, the CSV, and the
 * server gone once the presentation ends.
 */

#define ROOM_WAIT_MS 20000

/* A quiz */

/* Two questions with options, then the summary. */
static DsQuizRun *
live_quiz (void)
{
  static const char * const who[] = { "Kedutaan", "Kementerian Luar Negeri", "Parlemen", "Presiden", NULL };
  static const char * const truth[] = { "Benar", "Salah", NULL };
  g_autoptr(GPtrArray) slides = g_ptr_array_new ();

  g_ptr_array_add (slides, ds_test_question_slide ("Siapa yang menjalankan diplomasi digital?", who, 1));
  g_ptr_array_add (slides, ds_test_question_slide ("Diplomasi publik bisa dijalankan lewat media sosial.",
                                                   truth, 0));
  /* The corner shows where the questions come from. */
  for (guint i = 0; i < 2; i++)
    ((DsSlide *) g_ptr_array_index (slides, i))->essay_title = g_strdup ("Diplomasi digital");
  g_ptr_array_add (slides, ds_slide_new (DS_SLIDE_SUMMARY, NULL));
  return ds_quiz_run_new (DS_QUIZ_RUN_QUIZ, slides);
}

/* Waiting */

static gboolean
fitted (gpointer data)
{
  return ds_test_widget_shown (data) &&
         ds_presentation_window_get_font_sizes (data, NULL, NULL);
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_showing (gpointer data)
{
  LabelWait *wait = data;
  GtkWidget *label = ds_test_find_widget (wait->root, GTK_TYPE_LABEL, wait->text);

  return label != NULL && ds_test_is_showing (label);
}

/* Waits until @root shows a label holding @text. */
static void
wait_label (gpointer    root,
            const char *text)
{
  LabelWait wait = { GTK_WIDGET (root), text };

  if (!ds_test_wait_for (label_showing, &wait, ROOM_WAIT_MS))
    g_error ("No label shows “%s”", text);
}

static void
assert_label_hidden (gpointer    root,
                     const char *text)
{
  GtkWidget *label = ds_test_find_widget (GTK_WIDGET (root), GTK_TYPE_LABEL, text);

  g_assert_true (label == NULL || !ds_test_is_showing (label));
}

/* The presentation */

typedef struct {
  DsQuizRun            *run;
  DsPresentationWindow *window;
  GtkWindow            *presenter;
  SoupSession          *session;
  guint                 port;
  const char           *code;
  gint64                now_us;
} Class;

static void
class_start (Class *c)
{
  g_autoptr(GdkMonitor) monitor =
    g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);

  c->run = live_quiz ();
  c->now_us = 1000 * G_USEC_PER_SEC;
  ds_quiz_run_set_clock (c->run, ds_test_clock_us, &c->now_us);
  /* Both views, on the one monitor Xvfb has. */
  c->window = ds_presentation_start_run_on_monitors (NULL, c->run, NULL, monitor, monitor);
  c->presenter = ds_presentation_window_get_presenter (c->window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, c->presenter, 5000));
  g_assert_true (ds_test_wait_for (fitted, c->window, 5000));
  c->session = soup_session_new ();
}

static void
press (Class *c,
       guint  keyval)
{
  g_assert_true (ds_test_press_key (GTK_WINDOW (c->window), keyval, 0));
}

/* L: the server starts on 127.0.0.1 and the join screen shows how to
 * join. */
static void
start_live (Class *c)
{
  DsQuizLive *live;
  DsRoomServer *server;
  GtkWidget *join;
  GtkWidget *qr;
  g_autofree char *url = NULL;
  g_autofree char *address = NULL;

  /* Off until asked for: nothing listens. */
  g_assert_null (ds_presentation_window_get_live (c->window));
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);
  press (c, GDK_KEY_l);
  live = ds_presentation_window_get_live (c->window);
  g_assert_nonnull (live);
  server = ds_quiz_live_get_server (live);
  g_assert_true (ds_room_server_is_running (server));
  g_assert_cmpstr (ds_room_server_get_address (server), ==, DS_TEST_LOCALHOST);
  c->port = ds_room_server_get_port (server);
  c->code = ds_room_get_code (ds_quiz_live_get_room (live));

  g_assert_true (ds_presentation_window_get_join_shown (c->window));
  join = ds_test_find_widget (GTK_WIDGET (c->window), DS_TYPE_LIVE_JOIN, NULL);
  url = g_strdup_printf ("http://" DS_TEST_LOCALHOST ":%u/?room=%s", c->port, c->code);
  address = g_strdup_printf ("http://" DS_TEST_LOCALHOST ":%u", c->port);
  g_assert_cmpstr (ds_live_join_get_url (DS_LIVE_JOIN (join)), ==, url);
  g_assert_cmpstr (ds_live_join_get_address (DS_LIVE_JOIN (join)), ==, address);
  g_assert_cmpstr (ds_live_join_get_code (DS_LIVE_JOIN (join)), ==, c->code);
  qr = ds_test_find_widget (join, DS_TYPE_QR_VIEW, NULL);
  g_assert_cmpstr (ds_qr_view_get_text (DS_QR_VIEW (qr)), ==, url);
  g_assert_cmpuint (ds_qr_view_get_size (DS_QR_VIEW (qr)), >=, 21);
  g_assert_true (ds_test_is_showing (qr));
}

static DsTestStudent *
join_student (Class      *c,
              const char *nickname)
{
  DsTestStudent *student = ds_test_student_connect (c->session, c->port);
  g_autoptr(DsRoomMessage) joined = ds_test_student_join (student, c->code, nickname);

  g_assert_cmpstr (joined->nickname, ==, nickname);
  return student;
}

static void
expect (DsTestStudent     *student,
        DsRoomMessageType  type)
{
  ds_room_message_free (ds_test_student_next (student, type));
}

static GtkWidget *
panel_check (Class      *c,
             const char *label)
{
  GtkWidget *check = ds_test_find_widget (GTK_WIDGET (c->presenter), GTK_TYPE_CHECK_BUTTON, label);

  g_assert_nonnull (check);
  return check;
}

static DsLivePanel *
panel (Class *c)
{
  return DS_LIVE_PANEL (ds_test_find_widget (GTK_WIDGET (c->presenter), DS_TYPE_LIVE_PANEL, NULL));
}

/* The first question: live counts, who has not answered, the reveal. */
static void
first_question (Class          *c,
                DsTestStudent **s)
{
  static const char * const options[] = { "Kedutaan", "Kementerian Luar Negeri", "Parlemen", "Presiden" };
  g_autoptr(DsRoomMessage) reveal = NULL;
  GtkWidget *marker;

  /* Space takes the join screen away, and only that. */
  press (c, GDK_KEY_space);
  g_assert_false (ds_presentation_window_get_join_shown (c->window));
  g_assert_cmpuint (ds_quiz_run_get_index (c->run), ==, 0);
  wait_label (c->window, "3 joined · 0 answered");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (panel_check (c, "Not _Answered")), TRUE);
  ds_test_student_answer (s[0], c->code, 0, 1);
  ds_test_student_answer (s[1], c->code, 0, 1);
  expect (s[0], DS_ROOM_MESSAGE_RECEIVED);
  expect (s[1], DS_ROOM_MESSAGE_RECEIVED);
  wait_label (c->window, "3 joined · 2 answered");
  wait_label (c->presenter, "3 joined · 2 answered");
  g_assert_cmpstr (ds_live_panel_get_waiting (panel (c)), ==, "Not answered yet: Rizky");
  /* Nothing of the tally shows before the reveal. */
  assert_label_hidden (c->window, "2 · 67%");

  ds_test_student_answer (s[2], c->code, 0, 3);
  expect (s[2], DS_ROOM_MESSAGE_RECEIVED);
  wait_label (c->window, "3 joined · 3 answered");
  g_assert_cmpstr (ds_live_panel_get_waiting (panel (c)), ==, "Everyone has answered.");

  /* The reveal: counts and shares in the tally bars, ✓ on the right
   * option only, and the same distribution on the phones. */
  press (c, GDK_KEY_space);
  wait_label (c->window, "2 · 67%");
  wait_label (c->window, "1 · 33%");
  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *text = ds_test_find_widget (GTK_WIDGET (c->window), GTK_TYPE_LABEL, options[i]);

      marker = ds_test_find_widget (gtk_widget_get_parent (text), GTK_TYPE_LABEL, "✓");
      g_assert_cmpint (ds_test_is_showing (marker), ==, i == 1);
    }
  /* A reveal closes the answers first. */
  for (guint i = 0; i < 3; i++)
    expect (s[i], DS_ROOM_MESSAGE_CLOSED);
  reveal = ds_test_student_next (s[2], DS_ROOM_MESSAGE_REVEAL);
  g_assert_cmpint (reveal->right, ==, 1);
  g_assert_cmpint (reveal->option, ==, 3);
  g_assert_cmpuint (reveal->counts[1], ==, 2);
  g_assert_cmpuint (reveal->percent[1], ==, 67);
  g_assert_cmpuint (reveal->percent[3], ==, 33);
  expect (s[0], DS_ROOM_MESSAGE_REVEAL);
  expect (s[1], DS_ROOM_MESSAGE_REVEAL);
}

/* The second question, with the countdown: answers close at zero. */
static void
second_question (Class          *c,
                 DsTestStudent **s)
{
  g_autoptr(DsRoomMessage) question = NULL;
  g_autoptr(DsRoomMessage) late = NULL;

  press (c, GDK_KEY_space);
  question = ds_test_student_next (s[0], DS_ROOM_MESSAGE_QUESTION);
  g_assert_cmpint (question->question, ==, 1);
  g_assert_cmpuint (question->n_questions, ==, 2);
  expect (s[1], DS_ROOM_MESSAGE_QUESTION);
  expect (s[2], DS_ROOM_MESSAGE_QUESTION);

  press (c, GDK_KEY_t);
  ds_test_student_answer (s[0], c->code, 1, 0);
  expect (s[0], DS_ROOM_MESSAGE_RECEIVED);
  wait_label (c->window, "3 joined · 1 answered");
  g_assert_cmpstr (ds_live_panel_get_waiting (panel (c)), ==, "Not answered yet: Budi, Rizky");

  c->now_us += 31 * G_USEC_PER_SEC;
  ds_presentation_window_tick (c->window);
  for (guint i = 0; i < 3; i++)
    expect (s[i], DS_ROOM_MESSAGE_CLOSED);
  ds_test_student_answer (s[1], c->code, 1, 1);
  late = ds_test_student_next (s[1], DS_ROOM_MESSAGE_ERROR);
  g_assert_cmpstr (late->code, ==, "closed");
  wait_label (c->window, "3 joined · 1 answered");
  g_assert_cmpuint (ds_quiz_run_get_total_hands (c->run, 1), ==, 1);
}

/* The summary: percent right per question and, turned on, the top five,
 * on the projector and on the phones. */
static void
summary (Class          *c,
         DsTestStudent **s)
{
  g_autoptr(DsRoomMessage) sari = NULL;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (panel_check (c, "Top _Five")), TRUE);
  press (c, GDK_KEY_space);   /* reveal */
  for (guint i = 0; i < 3; i++)
    expect (s[i], DS_ROOM_MESSAGE_REVEAL);
  press (c, GDK_KEY_space);   /* the summary */
  wait_label (c->window, "3 students answered on their phones");
  wait_label (c->window, "Right answers per question: 1: 67% · 2: 100%");
  wait_label (c->window, "Top five:");
  wait_label (c->window, "1. Sari: 2 right");
  wait_label (c->window, "2. Budi: 1 right");
  assert_label_hidden (c->window, "Rizky");

  sari = ds_test_student_next (s[0], DS_ROOM_MESSAGE_SUMMARY);
  g_assert_cmpuint (sari->n_correct, ==, 2);
  g_assert_cmpuint (g_array_index (sari->percent_correct, guint, 0), ==, 67);
  g_assert_cmpuint (sari->top->len, ==, 2);
  g_assert_cmpstr (g_array_index (sari->top, DsRoomTopEntry, 0).nickname, ==, "Sari");
  expect (s[1], DS_ROOM_MESSAGE_SUMMARY);
  expect (s[2], DS_ROOM_MESSAGE_SUMMARY);
}

static void
assert_csv (const char *path)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  /* The header, four answers question by question (the late one is
   * not there), an empty end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_true (g_str_has_suffix (lines[0], "nickname,question,question_text,answer,answer_text,correct,time_s"));
  g_assert_true (g_str_has_prefix (lines[1], "\"Sari\",1,\"Siapa yang menjalankan diplomasi digital?\",B,"
                                             "\"Kementerian Luar Negeri\",yes,"));
  g_assert_true (g_str_has_prefix (lines[2], "\"Budi\",1,"));
  g_assert_true (g_str_has_prefix (lines[3], "\"Rizky\",1,"));
  g_assert_nonnull (strstr (lines[3], ",D,\"Presiden\",no,"));
  g_assert_true (g_str_has_prefix (lines[4], "\"Sari\",2,"));
  g_assert_nonnull (strstr (lines[4], ",A,\"Benar\",yes,"));
}

/* "Export Results…" (Ctrl+S): the chooser, then the file. */
static void
export (Class *c)
{
  g_autofree char *dir = g_dir_make_tmp ("ds-live-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "results.csv", NULL);
  g_autofree char *name = NULL;
  GtkWindow *chooser;

  g_assert_true (ds_test_press_key (GTK_WINDOW (c->window), GDK_KEY_s, GDK_CONTROL_MASK));
  /* Without a portal, GTK's own dialog stands in for the native one. */
  g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), 5000));
  chooser = ds_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_prefix (name, "class-results-"));
  /* A whole path typed as the name, as a person may type it. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  /* A click on the button: the dialog checks the folder, then answers. */
  g_signal_emit_by_name (ds_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_BUTTON, "_Export"), "clicked");
  g_assert_true (ds_test_wait_for (ds_test_file_exists, path, 5000));
  assert_csv (path);
  ds_test_remove_tree (dir);
}

/* Leaving stops the server: every phone is told and disconnected, and
 * the port refuses a new connection. */
static void
leave (Class          *c,
       DsTestStudent **s)
{
  gpointer weak = NULL;
  g_autoptr(DsTestStudent) late = NULL;

  g_set_weak_pointer (&weak, c->window);
  press (c, GDK_KEY_Escape);
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DsRoomMessage) bye = ds_test_student_next (s[i], DS_ROOM_MESSAGE_BYE);

      g_assert_cmpstr (bye->code, ==, "stopped");
      ds_test_student_wait_closed (s[i]);
    }
  late = ds_test_student_try_connect (c->session, c->port, NULL);
  g_assert_error (late->error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
  g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);
}

static void
test_class (void)
{
  Class c = { 0, };
  DsTestStudent *s[3];

  class_start (&c);
  start_live (&c);
  s[0] = join_student (&c, "Sari");
  s[1] = join_student (&c, "Budi");
  s[2] = join_student (&c, "Rizky");
  /* The first slide was asked as the server started. */
  for (guint i = 0; i < 3; i++)
    expect (s[i], DS_ROOM_MESSAGE_QUESTION);
  wait_label (c.window, "3 have joined");
  wait_label (c.presenter, "code ");

  first_question (&c, s);
  second_question (&c, s);
  summary (&c, s);
  export (&c);
  leave (&c, s);

  for (guint i = 0; i < 3; i++)
    ds_test_student_free (s[i]);
  g_clear_object (&c.session);
  g_assert_finalize_object (c.run);
}

/* Off until asked for, and a clear message when it cannot start. */
static void
test_errors (void)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new ();
  g_autoptr(DsQuizRun) claims = NULL;
  g_autoptr(DsQuizRun) quiz = live_quiz ();
  DsPresentationWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (slides, ds_slide_new (DS_SLIDE_CLAIM, "Tiga tren global"));
  claims = ds_quiz_run_new (DS_QUIZ_RUN_CLAIMS, slides);
  window = ds_presentation_window_new (claims, DS_PRESENTATION_THEME_DARK);
  g_assert_false (ds_presentation_window_start_live (window, DS_TEST_LOCALHOST, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_null (ds_presentation_window_get_live (window));
  /* Nothing to export, and nothing written. */
  {
    g_autofree char *path = g_build_filename (g_get_tmp_dir (), "ds-live-never-written.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_clear_error (&error);
    g_assert_false (ds_presentation_window_export_live_results (window, file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* A key on a machine where the server cannot listen: the lecturer is
   * told why, the presentation goes on. */
  window = ds_presentation_window_new (quiz, DS_PRESENTATION_THEME_DARK);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));
  ds_presentation_set_live_address ("not an address");
  g_assert_true (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_l, 0));
  ds_presentation_set_live_address (DS_TEST_LOCALHOST);
  g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Students Cannot Join");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "“not an address” is not a network address");
  g_assert_false (ds_quiz_live_is_running (ds_presentation_window_get_live (window)));
  g_assert_false (ds_presentation_window_get_join_shown (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chooser: "Let students answer the quiz on their phones" starts the
 * server with the presentation, and only then. */
static void
test_chooser (void)
{
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (library), 0);
  static const char * const choices[] = { "Kemlu", "Kominfo", "BSSN", NULL };
  g_autoptr(DsDeck) deck = NULL;
  g_autoptr(DsSession) session = NULL;
  DsCard *card = ds_card_new ("q", ds_essay_get_id (essay), DS_CARD_MULTIPLE_CHOICE,
                              "Lembaga mana yang menangani keamanan siber?", "BSSN");

  ds_card_set_choices (card, choices, 2);
  g_ptr_array_add (cards, card);
  deck = ds_test_deck_new (settings, cards);
  session = ds_session_new_for_deck (deck, library);

  for (guint live = 0; live < 2; live++)
    {
      AdwMessageDialog *dialog;
      DsPresentationWindow *window;
      gpointer weak = NULL;

      ds_presentation_start (NULL, session, ds_essay_get_id (essay));
      g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
      dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (ds_test_find_widget (GTK_WIDGET (dialog),
                                                                          GTK_TYPE_CHECK_BUTTON,
                                                                          "on their _phones")),
                                   live);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (ds_test_find_widget (GTK_WIDGET (dialog),
                                                                          GTK_TYPE_CHECK_BUTTON,
                                                                          "_top five")),
                                   TRUE);
      adw_message_dialog_response (dialog, "quiz");
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (DS_TYPE_PRESENTATION_WINDOW), 5000));
      window = DS_PRESENTATION_WINDOW (ds_test_find_toplevel (DS_TYPE_PRESENTATION_WINDOW));

      if (live)
        {
          DsQuizLive *quiz_live = ds_presentation_window_get_live (window);

          g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 1);
          g_assert_true (ds_quiz_live_is_running (quiz_live));
          g_assert_cmpstr (ds_room_server_get_address (ds_quiz_live_get_server (quiz_live)), ==,
                           DS_TEST_LOCALHOST);
          g_assert_true (ds_room_get_show_top (ds_quiz_live_get_room (quiz_live)));
          g_assert_true (ds_presentation_window_get_join_shown (window));
        }
      else
        {
          g_assert_null (ds_presentation_window_get_live (window));
          g_assert_cmpuint (ds_test_count_listening_sockets (), ==, 0);
        }

      g_set_weak_pointer (&weak, window);
      ds_presentation_window_leave (window);
      g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
    }
}

/* Screenshots for build-aux/live-screenshots.sh: only when asked. A
 * class of 24 on the projector's whole screen, in the language of the
 * environment. */
static const char * const class_of_24[] = {
  "Sari", "Budi", "Rizky", "Putri", "Dewi", "Agus", "Ayu", "Bayu", "Citra", "Dimas",
  "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lestari", "Maya",
  "Nanda", "Oki", "Rina", "Tono", "Wulan",
};

static void
shot (gpointer    widget,
      const char *dir,
      const char *name)
{
  g_autofree char *path = NULL;
  const char *lang = g_getenv ("DS_SCREENSHOT_LANG");

  /* A frame for what changed, the type fitted again if that moved it,
   * and the frame after. */
  g_assert_true (ds_test_wait_frames (widget, 1));
  if (DS_IS_PRESENTATION_WINDOW (widget))
    g_assert_true (ds_test_wait_for (fitted, widget, 5000));
  g_assert_true (ds_test_wait_frames (widget, 1));
  path = g_strdup_printf ("%s/presentation-%s-%s.png", dir, name, lang ? lang : "en");
  ds_test_save_png (widget, path);
  g_test_message ("%s", path);
}

/* Students @from to @to answer @question: @right, but every fourth
 * @wrong. */
static void
class_answers (Class          *c,
               DsTestStudent **s,
               guint           question,
               guint           right,
               guint           wrong,
               guint           from,
               guint           to)
{
  for (guint i = from; i < to; i++)
    ds_test_student_answer (s[i], c->code, question, i % 4 == 3 ? wrong : right);
  for (guint i = from; i < to; i++)
    expect (s[i], DS_ROOM_MESSAGE_RECEIVED);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("DS_SCREENSHOT_DIR");
  Class c = { 0, };
  DsTestStudent *s[G_N_ELEMENTS (class_of_24)];

  if (dir == NULL)
    {
      g_test_skip ("set DS_SCREENSHOT_DIR to write screenshots");
      return;
    }
  class_start (&c);
  start_live (&c);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      s[i] = join_student (&c, class_of_24[i]);
      expect (s[i], DS_ROOM_MESSAGE_QUESTION);
    }
  shot (c.window, dir, "live-join");

  press (&c, GDK_KEY_space);
  class_answers (&c, s, 0, 1, 3, 0, 17);
  press (&c, GDK_KEY_t);
  c.now_us += 12 * G_USEC_PER_SEC;
  ds_presentation_window_tick (c.window);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (panel_check (&c, _("Show Who Has Not _Answered"))),
                               TRUE);
  shot (c.window, dir, "live-question");
  shot (c.presenter, dir, "live-presenter");

  class_answers (&c, s, 0, 1, 0, 17, 22);
  press (&c, GDK_KEY_space);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      expect (s[i], DS_ROOM_MESSAGE_CLOSED);
      expect (s[i], DS_ROOM_MESSAGE_REVEAL);
    }
  shot (c.window, dir, "live-reveal");

  press (&c, GDK_KEY_space);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    expect (s[i], DS_ROOM_MESSAGE_QUESTION);
  class_answers (&c, s, 1, 0, 1, 0, 20);
  /* The labels as translated: the screenshots are taken in Indonesian too. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (panel_check (&c, _("Top _Five in the Summary"))), TRUE);
  press (&c, GDK_KEY_space);
  press (&c, GDK_KEY_space);
  shot (c.window, dir, "live-summary");

  ds_presentation_window_leave (c.window);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    ds_test_student_free (s[i]);
  g_clear_object (&c.session);
  g_clear_object (&c.run);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  /* Screenshots in Indonesian read the build tree's translations. */
  if (localedir != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  ds_test_init (&argc, &argv);
  ds_presentation_set_live_address (DS_TEST_LOCALHOST);

  gtk_css_provider_load_from_resource (provider, "/org/example/DiploStudy/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/presentation-live/class", test_class);
  g_test_add_func ("/presentation-live/errors", test_errors);
  g_test_add_func ("/presentation-live/chooser", test_chooser);
  g_test_add_func ("/presentation-live/screenshots", test_screenshots);

  return g_test_run ();
}
