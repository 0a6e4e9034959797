/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ds-test-util.h"
#include "ds-window.h"

/*
 * What the main menu's Export Cards, Back Up Progress and Restore
 * Progress do with the chosen file (ds-window-backup.c): the cards of all
 * essays, one essay or one topic as Anki text or JSON; a backup that a
 * fresh profile restores card for card; a bad backup refused in a dialog
 * that says why, changing nothing.
 */

typedef struct {
  char      *dir;
  DsSession *session;
  DsWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ds-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->session = ds_session_new (settings, library);
  f->window = ds_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, f->window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (l->data);
  ds_test_drain ();
  g_clear_object (&f->session);
  ds_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GFile *
file_in (Fixture    *f,
         const char *name)
{
  return g_file_new_build_filename (f->dir, name, NULL);
}

static char *
contents_of (GFile *file)
{
  char *text = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  return text;
}

static guint
count_lines (const char *text,
             gboolean    skip_headers)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && !(skip_headers && lines[i][0] == '#'))
      n++;
  return n;
}

static guint
in_scope (Fixture    *f,
          const char *essay_id,
          const char *topic)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, topic);
  g_autoptr(GPtrArray) cards = ds_card_scope_filter (scope, ds_deck_get_cards (ds_session_get_deck (f->session)));

  return cards->len;
}

/* The body of the error dialog in front of the window, or NULL. */
static const char *
dialog_body (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return adw_message_dialog_get_body (l->data);
  return NULL;
}

/* Anki text has Anki's header lines and a line per card; the topic is a
 * part of the essay, the essay a part of every card; JSON has a card per
 * card. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (ds_session_get_library (f->session)), 0);
  const char *essay_id = ds_essay_get_id (essay);
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);
  g_auto(GStrv) topics = ds_card_scope_dup_topics (scope, ds_deck_get_cards (ds_session_get_deck (f->session)));
  g_autoptr(GFile) all = file_in (f, "all.txt");
  g_autoptr(GFile) one = file_in (f, "essay.txt");
  g_autoptr(GFile) topic = file_in (f, "topic.txt");
  g_autoptr(GFile) json = file_in (f, "all.json");
  g_autofree char *all_text = NULL;
  g_autofree char *one_text = NULL;
  g_autofree char *topic_text = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  guint n_cards = g_list_model_get_n_items (ds_deck_get_cards (ds_session_get_deck (f->session)));

  g_assert_nonnull (topics[0]);
  g_assert_true (ds_window_export_cards (f->window, all, NULL, NULL, DS_DECK_FORMAT_TSV));
  g_assert_true (ds_window_export_cards (f->window, one, essay_id, NULL, DS_DECK_FORMAT_TSV));
  g_assert_true (ds_window_export_cards (f->window, topic, essay_id, topics[0], DS_DECK_FORMAT_TSV));
  g_assert_true (ds_window_export_cards (f->window, json, NULL, NULL, DS_DECK_FORMAT_JSON));

  all_text = contents_of (all);
  one_text = contents_of (one);
  topic_text = contents_of (topic);
  g_assert_true (g_str_has_prefix (all_text, "#separator:tab\n"));
  g_assert_nonnull (strstr (all_text, "\n#html:true\n"));
  g_assert_nonnull (strstr (all_text, "\n#tags column:"));
  g_assert_cmpuint (count_lines (all_text, TRUE), ==, n_cards);
  g_assert_cmpuint (count_lines (one_text, TRUE), <, n_cards);
  g_assert_cmpuint (count_lines (topic_text, TRUE), ==, in_scope (f, essay_id, topics[0]));
  g_assert_cmpuint (count_lines (one_text, TRUE), ==, in_scope (f, essay_id, NULL));

  json_text = contents_of (json);
  g_assert_true (json_parser_load_from_data (parser, json_text, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "cards")), ==, n_cards);
  g_assert_null (dialog_body ());
}

/* A file that cannot be written: a dialog says why; no toast claims it. */
static void
test_export_fails (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (f->dir, "no-such-folder", "cards.txt", NULL);

  g_assert_false (ds_window_export_cards (f->window, file, NULL, NULL, DS_DECK_FORMAT_TSV));
  g_assert_nonnull (dialog_body ());
  g_test_message ("%s", dialog_body ());
  g_assert_nonnull (strstr (dialog_body (), "cards.txt"));
  g_assert_false (g_file_query_exists (file, NULL));
}

/* A backup restored into a fresh profile brings every card's state. */
static void
test_back_up_and_restore (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DsStudySession) study = ds_session_start_study (f->session, NULL);
  g_autoptr(GFile) file = file_in (f, "backup.json");
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsSession) fresh = NULL;
  g_autoptr(GError) error = NULL;
  DsFsrsCard a, b;
  DsWindow *window;
  const char *id;

  for (guint i = 0; i < 4; i++)
    g_assert_true (ds_study_session_answer (study, DS_RATING_GOOD, TRUE, &error));
  g_assert_true (ds_window_back_up_progress (f->window, file));

  fresh = ds_session_new (settings, ds_session_get_library (f->session));
  window = ds_window_new (NULL, fresh);
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (fresh)), ==, 0);
  g_assert_true (ds_window_restore_progress (window, file));
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (fresh)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (ds_deck_get_cards (ds_session_get_deck (f->session)), i);

      id = ds_card_get_id (card);
      g_assert_cmpint (ds_progress_get_card (ds_session_get_progress (f->session), id, &a), ==,
                       ds_progress_get_card (ds_session_get_progress (fresh), id, &b));
      g_assert_cmpint (a.due, ==, b.due);
      g_assert_cmpint (a.reps, ==, b.reps);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Not a backup: refused in words, with the file named, nothing changed. */
static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = ds_test_write_file (f->dir, "notes.json",
                                              "{\"format\": \"diplostudy-progress\", \"version\": 1, "
                                              "\"cards\": {\"x\": {\"due\": \"tomorrow\"}}}", -1);
  DsProgress *progress = ds_session_get_progress (f->session);

  g_assert_false (ds_window_restore_progress (f->window, file));
  g_assert_nonnull (dialog_body ());
  g_test_message ("%s", dialog_body ());
  g_assert_nonnull (strstr (dialog_body (), "notes.json"));
  g_assert_nonnull (strstr (dialog_body (), "nothing was imported"));
  g_assert_cmpuint (ds_progress_get_n_cards (progress), ==, 0);
}

/* The drop-down of the export chooser's choice that offers @label. */
static GtkDropDown *
find_choice (GtkWidget  *root,
             const char *label)
{
  return GTK_DROP_DOWN (ds_test_find_widget (root, GTK_TYPE_DROP_DOWN, label));
}

/* What @label's drop-down shows. */
static const char *
shown (GtkWindow  *dialog,
       const char *label)
{
  GtkDropDown *drop_down = find_choice (GTK_WIDGET (dialog), label);
  GObject *item;

  g_assert_nonnull (drop_down);
  item = gtk_drop_down_get_selected_item (drop_down);
  return GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;
}

/* Export Cards… from the main menu; without a portal (as here) GTK's own
 * dialog stands in for the native one. */
static GtkWindow *
open_export_chooser (Fixture *f)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-cards", NULL));
  g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), 5000));
  dialog = ds_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, dialog, 5000));
  return dialog;
}

static gboolean
no_chooser (gpointer data)
{
  return !ds_test_has_toplevel (GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
click (GtkWindow  *dialog,
       const char *label)
{
  g_signal_emit_by_name (ds_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label), "clicked");
}

/* What the export chooser shows first: the open essay's cards, as Anki
 * text (GTK 4.8's dialog ignores the choice set and shows the first
 * option: the open essay comes first). JSON picked in the dialog writes
 * that essay's cards as JSON. */
static void
test_export_chooser (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *library = G_LIST_MODEL (ds_session_get_library (f->session));
  g_autoptr(DsEssay) second = g_list_model_get_item (library, 1);
  const char *essay_id = ds_essay_get_id (second);
  g_autofree char *path = g_build_filename (f->dir, "chosen.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GtkWindow *dialog;
  JsonArray *cards;

  g_assert_nonnull (ds_window_get_essay (f->window));
  dialog = open_export_chooser (f);
  g_assert_cmpstr (shown (dialog, "All essays"), ==,
                   ds_session_get_essay_title (f->session, ds_essay_get_id (ds_window_get_essay (f->window))));
  g_assert_cmpstr (shown (dialog, "Anki (text)"), ==, "Anki (text)");
  click (dialog, "_Cancel");
  g_assert_true (ds_test_wait_for (no_chooser, NULL, 5000));

  g_assert_true (ds_window_open_essay (f->window, essay_id));
  dialog = open_export_chooser (f);
  g_assert_cmpstr (shown (dialog, "All essays"), ==, ds_session_get_essay_title (f->session, essay_id));
  if (g_getenv ("DS_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *shot = g_build_filename (g_getenv ("DS_SCREENSHOT_DIR"), "export-chooser.png", NULL);

      ds_test_save_png (GTK_WIDGET (dialog), shot);
    }
  gtk_drop_down_set_selected (find_choice (GTK_WIDGET (dialog), "Anki (text)"), 1);
  g_assert_cmpstr (shown (dialog, "Anki (text)"), ==, "JSON (diplostudy-cards)");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), path);
  click (dialog, "_Export");
  g_assert_true (ds_test_wait_for (ds_test_file_exists, path, 5000));

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  cards = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "cards");
  g_assert_cmpuint (json_array_get_length (cards), ==, in_scope (f, essay_id, NULL));
  for (guint i = 0; i < json_array_get_length (cards); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (cards, i), "essay"), ==,
                     essay_id);
}

/* GTK 4.8's own file chooser leaks (its tree view's paths,
 * libcloudproviders, GIO's enumerator thread; see tests/meson.build): the
 * chooser's test runs in a process of its own, whose leaks the sanitizer
 * build prints without failing, so that the rest of this file stays
 * checked. */
static void
test_export_chooser_apart (void)
{
  const char *lsan = g_getenv ("LSAN_OPTIONS");

  if (g_test_subprocess ())
    {
      Fixture f = { 0, };

      fixture_set_up (&f, NULL);
      test_export_chooser (&f, NULL);
      fixture_tear_down (&f, NULL);
      return;
    }
  if (lsan != NULL)
    {
      g_autofree char *not_fatal = g_strconcat (lsan, ":exitcode=0", NULL);

      g_setenv ("LSAN_OPTIONS", not_fatal, TRUE);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-backup/export", test_export);
  ADD ("/window-backup/export-fails", test_export_fails);
  g_test_add_func ("/window-backup/export-chooser", test_export_chooser_apart);
  ADD ("/window-backup/back-up-and-restore", test_back_up_and_restore);
  ADD ("/window-backup/restore-refused", test_restore_refused);
#undef ADD

  return g_test_run ();
}
