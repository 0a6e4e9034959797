/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-test-disk.h"
#include "ds-test-util.h"
#include "ds-window.h"

/*
 * The window tells the learner what happened to their progress and their
 * essays (issue 11): progress restored from the review log, a second
 * instance read-only, imported essays that could not be loaded, and —
 * at once, as the answer is given — a store or a log that cannot be
 * written (full disks are small tmpfs mounts, which need root, as CI has).
 * Every answer acknowledged before is still there afterwards.
 */

typedef struct {
  char     *dir;
  GFile    *data_dir;
  char     *mounted;
  DsWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ds-notices-XXXXXX", &error);
  g_assert_no_error (error);
  f->data_dir = g_file_new_build_filename (f->dir, "data", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  ds_test_drain ();
  if (f->mounted != NULL)
    ds_test_unmount (f->mounted);
  g_clear_pointer (&f->mounted, g_free);
  g_clear_object (&f->data_dir);
  ds_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* A session as the app makes it, over @settings (NULL: a fresh memory
 * backend), with its review log in the fixture's data folder. */
static DsSession *
open_session (Fixture    *f,
              DsSettings *settings)
{
  g_autoptr(DsSettings) owned = settings ? g_object_ref (settings) : ds_test_settings_new ();
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  DsSession *session = ds_session_new (owned, library);

  ds_session_open_progress (session, f->data_dir);
  return session;
}

static void
show_window (Fixture   *f,
             DsSession *session)
{
  f->window = ds_window_new (NULL, session);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, f->window, 5000));
}

/* Answers @n cards Good; returns how many were saved (the first failure
 * stops it, with @error set). */
static guint
answer (DsSession  *session,
        guint       n,
        GError    **error)
{
  g_autoptr(DsStudySession) study = ds_session_start_study (session, NULL);

  for (guint i = 0; i < n; i++)
    if (!ds_study_session_answer (study, DS_RATING_GOOD, TRUE, error))
      return i;
  return n;
}

static void
assert_notice (Fixture    *f,
               const char *key,
               const char *heading,
               const char *in_body)
{
  g_autofree char *shown_heading = NULL;
  g_autofree char *shown_body = NULL;

  g_assert_true (ds_window_get_notice (f->window, key, &shown_heading, &shown_body));
  g_test_message ("%s: %s — %s", key, shown_heading, shown_body);
  g_assert_cmpstr (shown_heading, ==, heading);
  if (in_body != NULL)
    g_assert_nonnull (strstr (shown_body, in_body));
}

/* The settings lost everything (a new profile, a wiped keyfile): the log
 * brings every answer back, and the window says so. */
static void
test_restored (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsSession) first = open_session (f, NULL);
  g_autoptr(DsSession) second = NULL;

  g_assert_cmpuint (answer (first, 3, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_false (ds_progress_get_restored (ds_session_get_progress (first)));
  g_clear_object (&first);

  second = open_session (f, NULL);
  show_window (f, second);
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (second)), ==, 3);
  assert_notice (f, "restored", "Progress was restored from the review log", "missing");
  g_assert_false (ds_window_get_notice (f->window, "progress", NULL, NULL));
  g_assert_false (ds_window_get_notice (f->window, "not-saved", NULL, NULL));
}

/* A second instance is read-only and says so before anything is
 * answered; an answer there is refused (not acknowledged) and said again
 * at once; the first instance's answers are untouched. */
static void
test_second_instance (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsSession) first = open_session (f, NULL);
  g_autoptr(DsSession) second = NULL;

  g_assert_cmpuint (answer (first, 2, &error), ==, 2);
  second = open_session (f, NULL);
  g_assert_true (ds_progress_get_read_only (ds_session_get_progress (second)));
  show_window (f, second);
  assert_notice (f, "progress", "Progress is read-only in this window", "already open");
  g_assert_false (ds_test_action_enabled (GTK_WIDGET (f->window), "win.restore"));
  g_assert_false (ds_window_get_notice (f->window, "not-saved", NULL, NULL));

  g_assert_cmpuint (answer (second, 1, &error), ==, 0);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  assert_notice (f, "not-saved", "Progress cannot be saved here", "read-only");

  g_clear_error (&error);
  g_assert_cmpuint (answer (first, 1, &error), ==, 1);
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (first)), ==, 3);
}

/* An imported essay that cannot be read is named in the window, not only
 * on stderr; the built-in essays load all the same. */
static void
test_essays (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsSession) session = ds_session_new (settings, NULL);
  g_autofree char *essays = g_build_filename (f->dir, "essays", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (essays);
  g_autoptr(GFile) manifest = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (essays, 0700), ==, 0);
  manifest = ds_test_write_file (essays, "user-manifest.json",
                                 "{\"essays\": [{\"id\": \"user-gone\", \"file\": \"gone.txt\", "
                                 "\"title\": \"Gone\"}]}", -1);
  ds_session_set_user_essay_dir (session, dir);
  g_assert_true (ds_session_load_essays (session, &error));
  g_assert_no_error (error);
  ds_session_open_progress (session, f->data_dir);
  show_window (f, session);
  assert_notice (f, "essays", "Some of your essays could not be loaded", "user-gone");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ds_session_get_library (session))), >, 0);
}

static gboolean
mount_small (Fixture    *f,
             const char *dir,
             guint       kib)
{
  f->mounted = ds_test_mount_tmpfs (dir, kib);
  return f->mounted != NULL;
}

/* The settings' disk is full: the answer is saved in the log, counted,
 * and the window says at once that the settings cannot be written; the
 * next start has it. */
static void
test_full_settings_disk (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *config = g_build_filename (f->dir, "config", NULL);
  g_autofree char *keyfile = g_build_filename (config, "keyfile", NULL);
  g_autoptr(DsSettings) settings = NULL;
  g_autoptr(DsSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (!mount_small (f, config, 256))
    return;
  settings = ds_test_keyfile_settings (keyfile);
  session = open_session (f, settings);
  show_window (f, session);
  g_assert_cmpuint (answer (session, 2, &error), ==, 2);
  g_assert_false (ds_window_get_notice (f->window, "store", NULL, NULL));

  g_free (ds_test_fill_disk (config));
  g_assert_cmpuint (answer (session, 1, &error), ==, 1);
  g_assert_no_error (error);
  assert_notice (f, "store", "Progress cannot be saved in the settings", "review log");
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (session)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f->window)));
  ds_test_drain ();
  g_clear_object (&session);
  g_clear_object (&settings);
  session = open_session (f, NULL);
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (session)), ==, 3);
}

/* The log's disk is full: the answer is refused (nothing acknowledged that
 * is not on disk) and the window says so at once. */
static void
test_full_log_disk (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DsSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint saved;

  if (!mount_small (f, g_file_peek_path (f->data_dir), 256))
    return;
  session = open_session (f, NULL);
  show_window (f, session);
  g_assert_cmpuint (answer (session, 2, &error), ==, 2);
  g_free (ds_test_fill_disk (g_file_peek_path (f->data_dir)));
  /* The log's last page may still hold a record or two. */
  saved = answer (session, 50, &error);
  g_assert_cmpuint (saved, <, 50);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOG);
  assert_notice (f, "not-saved", "Progress cannot be saved", "not counted");
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (session)), ==, 2 + saved);
}

/* The data folder turned read-only (a remount after a disk error): the
 * window says at once, as it opens, that answers cannot be saved; the
 * progress is all there, rebuilt from the log; an answer is refused and
 * said, never acknowledged. */
static void
test_read_only_data (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (!mount_small (f, g_file_peek_path (f->data_dir), 1024))
    return;
  session = open_session (f, NULL);
  g_assert_cmpuint (answer (session, 3, &error), ==, 3);
  g_clear_object (&session);
  ds_test_remount (f->mounted, TRUE);

  session = open_session (f, NULL);
  g_assert_true (ds_progress_get_read_only (ds_session_get_progress (session)));
  g_assert_cmpuint (ds_progress_get_n_cards (ds_session_get_progress (session)), ==, 3);
  show_window (f, session);
  assert_notice (f, "progress", "Progress is read-only in this window", "Read-only file system");
  g_assert_cmpuint (answer (session, 1, &error), ==, 0);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  assert_notice (f, "not-saved", "Progress cannot be saved here", "Read-only file system");
  ds_test_remount (f->mounted, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_private_mounts ();
  ds_test_init (&argc, &argv);
  /* GLib warns when it cannot write a keyfile, which the full disk
   * provokes on purpose: warnings are not fatal here (criticals are). */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-notices/restored", test_restored);
  ADD ("/window-notices/second-instance", test_second_instance);
  ADD ("/window-notices/essays", test_essays);
  ADD ("/window-notices/full-disk/settings", test_full_settings_disk);
  ADD ("/window-notices/full-disk/log", test_full_log_disk);
  ADD ("/window-notices/read-only/data", test_read_only_data);
#undef ADD

  return g_test_run ();
}
