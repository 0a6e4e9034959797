/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ds-essay-import.h"
#include "ds-parser.h"
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
  g_test_add ("/import-ui/close-at-once", Fixture, GUINT_TO_POINTER (0),
              fixture_set_up, test_close_after_import, fixture_tear_down);
  g_test_add ("/import-ui/close-after-a-frame", Fixture, GUINT_TO_POINTER (1),
              fixture_set_up, test_close_after_import, fixture_tear_down);
  g_test_add ("/import-ui/close-while-sliding", Fixture, GUINT_TO_POINTER (6),
              fixture_set_up, test_close_after_import, fixture_tear_down);

  return g_test_run ();
}
