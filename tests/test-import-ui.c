/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ds-essay-import.h"
#include "ds-parser.h"
#include "ds-scope-row.h"
#include "ds-study-page.h"
#include "ds-test-import.h"
#include "ds-test-util.h"
#include "ds-window.h"

/* Importing and removing essays in the window, through the functions
 * win.import and win.remove-essay use (the file chooser is bypassed). */

typedef DsTestImportFixture Fixture;
typedef DsTestImportResult ImportResult;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ds_test_import_set_up (f, "ds-import-ui-XXXXXX");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ds_test_import_tear_down (f);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;
      if ((found = find_widget (child, type, css_class)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_css_name (GtkWidget  *root,
                  const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (gtk_widget_get_css_name (child), name))
        return child;
      if ((found = find_by_css_name (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* The text of the toast on screen, as the learner reads it. */
static const char *
toast_text (Fixture *f)
{
  GtkWidget *toast = find_by_css_name (GTK_WIDGET (f->window), "toast");

  g_assert_nonnull (toast);
  return gtk_label_get_text (GTK_LABEL (find_widget (toast, GTK_TYPE_LABEL, NULL)));
}

static guint
count_sidebar_rows (Fixture *f)
{
  GtkListBox *list = GTK_LIST_BOX (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LIST_BOX,
                                                "navigation-sidebar"));
  guint n = 0;

  g_assert_nonnull (list);
  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
remove_enabled (Fixture *f)
{
  return ds_test_action_enabled (GTK_WIDGET (f->window), "win.remove-essay");
}

/* The session's cards of an essay. */
static GPtrArray *
essay_cards (Fixture    *f,
             const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

  return ds_deck_dup_cards (ds_session_get_deck (f->session), scope);
}

/* A good file joins the sidebar and opens in the reader, its title shown as
 * text; importing it again changes nothing. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (TEST_DATA_DIR, "import", "cyber-norms.md", NULL);
  GtkLabel *title = ds_reader_page_get_title_label (ds_window_get_reader_page (f->window));
  ImportResult r = { 0 }, again = { 0 };
  g_autoptr(GPtrArray) cards = NULL;

  g_assert_cmpuint (count_sidebar_rows (f), ==, 5);
  g_assert_false (remove_enabled (f));

  ds_test_import (f, file, &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.essay);
  g_assert_cmpuint (count_sidebar_rows (f), ==, 6);
  g_assert_true (ds_window_get_essay (f->window) == ds_library_lookup (f->library, ds_essay_get_id (r.essay)));
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Cyber Norms and Digital Diplomacy");
  g_assert_cmpstr (toast_text (f), ==, "Essay imported");
  g_assert_null (find_dialog ());
  g_assert_true (remove_enabled (f));

  /* Its cards are in the deck. */
  cards = essay_cards (f, ds_essay_get_id (r.essay));
  g_assert_cmpuint (cards->len, >, 0);

  ds_test_import (f, file, &again);
  g_assert_no_error (again.error);
  g_assert_cmpstr (ds_essay_get_id (again.essay), ==, ds_essay_get_id (r.essay));
  g_assert_cmpuint (count_sidebar_rows (f), ==, 6);
  g_assert_true (again.essay == r.essay);
  g_assert_cmpstr (toast_text (f), ==, "Essay already in your library");

  g_clear_object (&r.essay);
  g_clear_object (&again.essay);
}

/* The Study page's row that starts @essay_id's session over @topic (NULL:
 * the whole essay), or NULL. */
static GtkWidget *
find_scope_row (GtkWidget  *root,
                const char *essay_id,
                const char *topic)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (DS_IS_SCOPE_ROW (child))
        {
          const DsCardScope *scope = ds_scope_row_get_scope (DS_SCOPE_ROW (child));

          if (g_strcmp0 (ds_card_scope_get_essay_id (scope), essay_id) == 0 &&
              g_strcmp0 (ds_card_scope_get_topic (scope), topic) == 0)
            return child;
        }
      if ((found = find_scope_row (child, essay_id, topic)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label on screen under @root reads @text (or, with @prefix,
 * begins with it). */
static gboolean
label_shown (GtkWidget  *root,
             const char *text,
             gboolean    prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_is_drawable (child))
        {
          const char *shown = gtk_label_get_text (GTK_LABEL (child));

          if (prefix ? g_str_has_prefix (shown, text) : g_str_equal (shown, text))
            return TRUE;
        }
      if (label_shown (child, text, prefix))
        return TRUE;
    }
  return FALSE;
}

/* The first shipped essay, the one the header named. */
static gboolean
no_other_essay_shown (gpointer page)
{
  return !label_shown (page, "Media Sosial", TRUE);
}

typedef struct {
  Fixture    *f;
  const char *essay_id;
  const char *topic;
} ScopeRowWanted;

static gboolean
scope_row_shown (gpointer data)
{
  ScopeRowWanted *want = data;

  return find_scope_row (GTK_WIDGET (want->f->window), want->essay_id, want->topic) != NULL;
}

/* A session started from an imported essay's row on the Study page (its
 * "Whole essay" row, then a section's) is that essay's, or that section's:
 * the header names the essay (and the section), every card is one of
 * its. Every row started a session over all the essays (headed by the
 * first card's essay, another's), the row's scope lost on the way: the
 * action read its (msms) target with a format GVariant refuses. */
static void
test_study_imported (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (TEST_DATA_DIR, "import", "emphasis.md", NULL);
  const char *title = "Diplomasi Digital di Asia Tenggara";
  const char *topics[] = { "Alat", NULL };
  g_autoptr(GHashTable) answered = g_hash_table_new (NULL, NULL);
  ImportResult r = { 0 };
  const char *id;

  ds_test_import (f, file, &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.essay);
  id = ds_essay_get_id (r.essay);
  g_assert_cmpstr (ds_essay_get_title (r.essay), ==, title);

  ds_window_set_visible_page (f->window, "study");
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      ScopeRowWanted want = { f, id, topics[i] };
      g_autoptr(DsCardScope) wanted = ds_card_scope_new (id, topics[i]);
      g_autoptr(GPtrArray) cards = ds_deck_dup_cards (ds_session_get_deck (f->session), wanted);
      g_autofree char *header = topics[i] ? g_strdup_printf ("%s — %s", title, topics[i]) : NULL;
      GtkWidget *row, *page;
      DsStudySession *session;
      const DsCardScope *scope;
      guint n_seen = 0, n_waiting = 0;

      g_assert_cmpuint (cards->len, >, 0);
      for (guint j = 0; j < cards->len; j++)
        n_waiting += !g_hash_table_contains (answered, cards->pdata[j]);
      g_assert_cmpuint (n_waiting, >, 0);
      g_assert_true (ds_test_wait_for (scope_row_shown, &want, 5000));
      row = find_scope_row (GTK_WIDGET (f->window), id, topics[i]);
      page = gtk_widget_get_ancestor (row, DS_TYPE_STUDY_PAGE);
      g_assert_nonnull (page);

      /* A click on the row. */
      g_assert_true (gtk_widget_activate (row));
      session = ds_study_page_get_session (DS_STUDY_PAGE (page));
      g_assert_nonnull (session);
      scope = ds_study_session_get_scope (session);
      g_assert_cmpstr (ds_card_scope_get_essay_id (scope), ==, id);
      g_assert_cmpstr (ds_card_scope_get_topic (scope), ==, topics[i]);
      g_assert_cmpuint (ds_study_session_get_n_remaining (session), ==, n_waiting);
      /* The header, once the list of essays has slid away. */
      g_assert_true (ds_test_wait_for (no_other_essay_shown, page, 5000));
      g_assert_true (label_shown (page, header ? header : title, header == NULL));

      /* Its cards, and only its (answered Easy, each is seen once). */
      for (DsCard *card; (card = ds_study_session_get_card (session)) != NULL; n_seen++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_cmpuint (n_seen, <, 100);
          g_assert_cmpstr (ds_card_get_essay_id (card), ==, id);
          if (topics[i] != NULL)
            g_assert_cmpstr (ds_card_get_topic (card), ==, topics[i]);
          g_hash_table_add (answered, card);
          g_assert_true (ds_study_session_answer (session, DS_RATING_EASY, TRUE, &error));
          g_assert_no_error (error);
        }
      g_assert_cmpuint (n_seen, >=, n_waiting);
      gtk_widget_activate_action (page, "study.leave", NULL);
    }
  g_clear_object (&r.essay);
}

/* A bad file: the learner is told why, naming the file; nothing else
 * changes. */
static void
test_import_error (Fixture       *f,
                   gconstpointer  data)
{
  static const char bad[] = "Paragraf pertama.\nLalu \xc3\x28 rusak.\n";
  g_autoptr(GFile) good = g_file_new_build_filename (TEST_DATA_DIR, "import", "cyber-norms.md", NULL);
  g_autoptr(GFile) file = ds_test_write_file (f->tmp, "esai <rusak>.txt", bad, sizeof bad - 1);
  ImportResult ok = { 0 }, r = { 0 };
  AdwMessageDialog *dialog;
  DsEssay *shown;

  ds_test_import (f, good, &ok);
  g_assert_no_error (ok.error);
  shown = ds_window_get_essay (f->window);

  ds_test_import (f, file, &r);
  g_assert_null (r.essay);
  g_assert_error (r.error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "esai <rusak>.txt"));
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (count_sidebar_rows (f), ==, 6);
  g_assert_true (ds_window_get_essay (f->window) == shown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 6);

  g_clear_error (&r.error);
  g_clear_object (&ok.essay);
}

/* Remove asks first; then the essay goes, its progress stays. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (TEST_DATA_DIR, "import", "cyber-norms.md", NULL);
  g_autoptr(GFile) manifest = g_file_get_child (f->user_dir, "user-manifest.json");
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(DsProgress) progress_after = NULL;
  g_autofree char *card_id = NULL;
  ImportResult r = { 0 };
  AdwMessageDialog *dialog;
  guint offset;
  double progress;

  ds_test_import (f, file, &r);
  g_assert_no_error (r.error);
  id = g_strdup (ds_essay_get_id (r.essay));
  /* Progress on one of its cards. */
  cards = essay_cards (f, id);
  g_assert_cmpuint (cards->len, >, 0);
  card_id = g_strdup (ds_card_get_id (g_ptr_array_index (cards, 0)));
  ds_progress_set_suspended (ds_session_get_progress (f->session), card_id, TRUE);

  /* Cancelled: nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.remove-essay", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Cyber Norms"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_sidebar_rows (f), ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.remove-essay", NULL));
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ds_test_wait_frames (GTK_WIDGET (f->window), 2);

  g_assert_cmpuint (count_sidebar_rows (f), ==, 5);
  g_assert_null (ds_library_lookup (f->library, id));
  g_assert_nonnull (ds_window_get_essay (f->window));
  g_assert_false (ds_essay_id_is_user (ds_essay_get_id (ds_window_get_essay (f->window))));
  g_assert_false (remove_enabled (f));
  /* Its progress is kept: the reading position and the card's state. */
  g_assert_true (ds_settings_get_reading_position (f->settings, id, &offset, &progress));
  progress_after = ds_progress_new (f->settings);
  g_assert_true (ds_progress_is_suspended (progress_after, card_id));
  g_assert_true (g_file_query_exists (manifest, NULL));

  g_clear_object (&r.essay);
}

/* Closing the window just after quick imports, with animations on: a
 * toast that comes and goes within a few frames, and the window going
 * while toasts slide, must not crash (at any of several moments). */
static void
test_close_after_import (Fixture       *f,
                         gconstpointer  data)
{
  guint frames = GPOINTER_TO_UINT (data);
  g_autoptr(GFile) file = g_file_new_build_filename (TEST_DATA_DIR, "import", "cyber-norms.md", NULL);
  ImportResult r = { 0 }, again = { 0 };

  ds_window_import_file (f->window, file, ds_test_import_done_cb, &r);
  g_assert_true (ds_test_wait_for (ds_test_import_finished, &r, 10000));
  ds_window_import_file (f->window, file, ds_test_import_done_cb, &again);
  g_assert_true (ds_test_wait_for (ds_test_import_finished, &again, 10000));
  g_assert_no_error (r.error);
  g_assert_no_error (again.error);
  if (frames > 0)
    ds_test_wait_frames (GTK_WIDGET (f->window), frames);

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f->window)));
  ds_test_drain ();
  g_clear_object (&r.essay);
  g_clear_object (&again.essay);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);
  /* Animations on, as on a desktop: libadwaita 1.2 crashed when a toast
   * was dismissed while it still slid in (see ds-window-import.c). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  g_test_add ("/import-ui/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/import-ui/error", Fixture, NULL, fixture_set_up, test_import_error, fixture_tear_down);
  g_test_add ("/import-ui/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add ("/import-ui/study-imported", Fixture, NULL, fixture_set_up, test_study_imported,
              fixture_tear_down);
  g_test_add ("/import-ui/close-at-once", Fixture, GUINT_TO_POINTER (0),
              fixture_set_up, test_close_after_import, fixture_tear_down);
  g_test_add ("/import-ui/close-after-a-frame", Fixture, GUINT_TO_POINTER (1),
              fixture_set_up, test_close_after_import, fixture_tear_down);
  g_test_add ("/import-ui/close-while-sliding", Fixture, GUINT_TO_POINTER (6),
              fixture_set_up, test_close_after_import, fixture_tear_down);

  return g_test_run ();
}
