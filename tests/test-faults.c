/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_SETTINGS_ENABLE_BACKEND
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "ds-progress-test-util.h"
#include "ds-test-disk.h"

/*
 * The disk fills up or turns read-only under the settings or under the
 * review log; there is no session bus for dconf. Every answer that was
 * acknowledged must survive, the learner must be told at once (through
 * the progress API: the window shows it), and nothing that was refused
 * may have changed anything.
 *
 * Full and read-only disks are small tmpfs mounts in a mount namespace of
 * the test's own (they vanish with it), which needs root — as CI runs.
 * Elsewhere those tests are skipped.
 */

typedef struct {
  DsTestProfile  profile;
  char          *mounted;     /* the tmpfs, when there is one */
  char          *expected;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ds_test_profile_init (&f->profile);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->mounted != NULL)
    ds_test_unmount (f->mounted);
  g_clear_pointer (&f->mounted, g_free);
  g_clear_pointer (&f->expected, g_free);
  ds_test_profile_clear (&f->profile);
}

static gboolean
mount_small (Fixture    *f,
             const char *dir,
             guint       kib)
{
  f->mounted = ds_test_mount_tmpfs (dir, kib);
  return f->mounted != NULL;
}

static void
remount (Fixture  *f,
         gboolean  read_only)
{
  ds_test_remount (f->mounted, read_only);
}

static DsProgress *
open_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DsProgress *progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return progress;
}

static void
answer_many (DsProgress *progress,
             guint       from,
             guint       to)
{
  for (guint i = from; i < to; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%03u", i % 200);
      g_autoptr(GError) error = NULL;

      g_assert_true (ds_test_answer (progress, id, DS_TEST_T0 + i * 60000, i % 4 + 1, &error));
      g_assert_no_error (error);
    }
}

/* Opens again: everything acknowledged is there, rebuilt from the log. */
static void
assert_all_back (Fixture *f)
{
  DsProgress *progress = open_ok (f);
  g_autofree char *now = ds_test_describe (progress);

  g_assert_cmpstr (now, ==, f->expected);
  g_assert_true (ds_progress_get_restored (progress));
  g_test_message ("%s", ds_progress_get_notice (progress));
  ds_test_progress_close (progress);
}

/* The settings' disk fills up: answers are still saved (in the log), the
 * learner is told, and the next start has them all. */
static void
test_full_settings_disk (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *config = g_path_get_dirname (f->profile.keyfile);
  g_autofree char *filler = NULL;
  DsProgress *progress;

  if (!mount_small (f, config, 256))
    return;
  progress = open_ok (f);
  answer_many (progress, 0, 20);
  g_assert_null (ds_progress_get_store_error (progress));

  filler = ds_test_fill_disk (config);
  answer_many (progress, 20, 80);
  g_assert_error ((GError *) ds_progress_get_store_error (progress),
                  DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_STORE);
  g_test_message ("%s", ds_progress_get_store_error (progress)->message);
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);

  g_assert_cmpint (g_remove (filler), ==, 0);
  assert_all_back (f);
}

/* The log's disk fills up: an answer that cannot be saved is refused with
 * an error, changes nothing and leaves no torn record; with space again
 * everything works and nothing is lost. */
static void
test_full_log_disk (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *log = ds_test_profile_log (&f->profile);
  g_autofree char *filler = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  DsProgress *progress;
  GStatBuf st;
  goffset size;

  if (!mount_small (f, g_file_peek_path (f->profile.data_dir), 256))
    return;
  progress = open_ok (f);
  answer_many (progress, 0, 20);
  filler = ds_test_fill_disk (g_file_peek_path (f->profile.data_dir));

  /* The log's last page may still hold a record or two. */
  for (guint i = 0; i < 200; i++)
    {
      g_clear_pointer (&before, g_free);
      before = ds_test_describe (progress);
      g_assert_cmpint (g_stat (log, &st), ==, 0);
      size = st.st_size;
      if (!ds_test_answer (progress, "card-001", DS_TEST_T0 + (100 + i) * 60000, 3, &error))
        break;
    }
  g_assert_nonnull (error);
  for (guint i = 0; i < 5; i++)
    {
      if (i > 0)
        g_assert_false (ds_test_answer (progress, "card-001", DS_TEST_T0 + DS_DAY_MS, 3, &error));
      g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOG);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }
  after = ds_test_describe (progress);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_stat (log, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, size);

  g_assert_cmpint (g_remove (filler), ==, 0);
  answer_many (progress, 20, 30);
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);
  g_assert_cmpint (g_remove (f->profile.keyfile), ==, 0);
  assert_all_back (f);
}

/* The settings folder turns read-only (a remount after a disk error). */
static void
test_read_only_settings (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *config = g_path_get_dirname (f->profile.keyfile);
  DsProgress *progress;

  if (!mount_small (f, config, 1024))
    return;
  progress = open_ok (f);
  answer_many (progress, 0, 10);
  remount (f, TRUE);
  answer_many (progress, 10, 30);
  g_assert_nonnull (ds_progress_get_store_error (progress));
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);

  remount (f, FALSE);
  assert_all_back (f);
}

/* The data folder read-only: nothing could be saved, and the learner is
 * told so when the progress opens, not after answering; looking at it
 * read-only still works. */
static void
test_read_only_data (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;
  DsProgress *progress;

  if (!mount_small (f, g_file_peek_path (f->profile.data_dir), 1024))
    return;
  progress = open_ok (f);
  answer_many (progress, 0, 10);
  f->expected = ds_test_describe (progress);
  ds_test_progress_close (progress);

  remount (f, TRUE);
  progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_DEFAULT, &error);
  g_assert_null (progress);
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOG);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Read-only"));
  g_clear_error (&error);

  progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  seen = ds_test_describe (progress);
  g_assert_cmpstr (seen, ==, f->expected);
  ds_test_progress_close (progress);
  remount (f, FALSE);
}

/* dconf without a session bus: the write is dropped (dconf only warns);
 * the learner's answers are kept in the log, the API says so at once, and
 * the next start (still without a bus) has them all. */
static void
test_no_session_bus (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "answer-loop", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) loaded = g_settings_backend_get_default ();
  GIOExtensionPoint *point = g_io_extension_point_lookup (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);
  const char *argv_answer[] = { helper, "--count", "30", NULL };
  const char *argv_check[] = { helper, "--count", "0", NULL };

  if (g_io_extension_point_get_extension_by_name (point, "dconf") == NULL)
    {
      g_test_skip ("dconf is not installed");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "dconf", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", f->profile.dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", f->profile.dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", f->profile.dir, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  {
    g_autoptr(GSubprocess) p = g_subprocess_launcher_spawnv (launcher, argv_answer, &error);

    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, &out, NULL, &error));
    g_test_message ("%s", out);
    g_assert_true (g_subprocess_get_successful (p));
    g_assert_nonnull (strstr (out, "STORE-ERROR "));
    g_assert_nonnull (strstr (out, "session bus"));
    g_assert_nonnull (strstr (out, "ACK card-029 1\n"));
  }
  g_clear_pointer (&out, g_free);
  {
    g_autoptr(GSubprocess) p = g_subprocess_launcher_spawnv (launcher, argv_check, &error);

    g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, &out, NULL, &error));
    g_test_message ("%s", out);
    g_assert_nonnull (strstr (out, "RESTORED 1\n"));
    g_assert_nonnull (strstr (out, "STATE card-029 1\n"));
    g_assert_nonnull (strstr (out, "STATE card-000 1\n"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* GLib itself warns when it cannot write a keyfile, which these tests
   * provoke on purpose: warnings are not fatal here (criticals are). */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  ds_test_private_mounts ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/faults/full-disk/settings", test_full_settings_disk);
  ADD ("/faults/full-disk/log", test_full_log_disk);
  ADD ("/faults/read-only/settings", test_read_only_settings);
  ADD ("/faults/read-only/data", test_read_only_data);
  ADD ("/faults/no-session-bus", test_no_session_bus);
#undef ADD

  return g_test_run ();
}
