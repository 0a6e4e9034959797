/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ds-progress-test-util.h"

/*
 * SIGKILL at random moments: a learner (tests/answer-loop.c) answers
 * cards as fast as it can and is killed, again and again; each time it
 * starts again it says what it found, and every answer it acknowledged
 * must be there — at most the one answer in flight when it died may be
 * there unacknowledged. With the keyfile backend and with dconf without a
 * session bus (every GSettings write fails; the review log carries it).
 */

#define N_KILLS 25

typedef struct {
  GMutex      lock;
  GCond       cond;
  gboolean    ready;      /* the learner said READY */
  GHashTable *acked;      /* card id → reps acknowledged */
  GHashTable *seen;       /* card id → reps found at the start */
  guint       n_acks;
  guint       n_checks;
  guint       n_restored;
  guint       n_kills;
} Ledger;

static guint
sum (GHashTable *table)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);
  return total;
}

/* What the learner found must hold every acknowledged answer. */
static void
check_start (Ledger *ledger)
{
  GHashTableIter iter;
  gpointer id, reps;
  guint extra = sum (ledger->seen) - MIN (sum (ledger->seen), sum (ledger->acked));

  g_hash_table_iter_init (&iter, ledger->acked);
  while (g_hash_table_iter_next (&iter, &id, &reps))
    {
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (ledger->seen, id));

      if (found < GPOINTER_TO_UINT (reps))
        g_error ("%s: %u answers acknowledged, %u found", (char *) id,
                 GPOINTER_TO_UINT (reps), found);
    }
  g_assert_cmpuint (sum (ledger->seen), >=, sum (ledger->acked));
  g_assert_cmpuint (extra, <=, 1);

  /* From here on, what was found is what counts. */
  g_hash_table_remove_all (ledger->acked);
  g_hash_table_iter_init (&iter, ledger->seen);
  while (g_hash_table_iter_next (&iter, &id, &reps))
    g_hash_table_insert (ledger->acked, g_strdup (id), reps);
  g_hash_table_remove_all (ledger->seen);
  ledger->n_checks++;
}

static void
take_line (Ledger     *ledger,
           const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", 3);

  if (g_str_equal (words[0], "STATE") && words[1] != NULL && words[2] != NULL)
    g_hash_table_insert (ledger->seen, g_strdup (words[1]),
                         GUINT_TO_POINTER ((guint) g_ascii_strtoull (words[2], NULL, 10)));
  else if (g_str_equal (words[0], "RESTORED") && words[1] != NULL)
    ledger->n_restored += words[1][0] == '1';
  else if (g_str_equal (words[0], "READY"))
    {
      check_start (ledger);
      g_mutex_lock (&ledger->lock);
      ledger->ready = TRUE;
      g_cond_signal (&ledger->cond);
      g_mutex_unlock (&ledger->lock);
    }
  else if (g_str_equal (words[0], "ACK") && words[1] != NULL && words[2] != NULL)
    {
      g_hash_table_insert (ledger->acked, g_strdup (words[1]),
                           GUINT_TO_POINTER ((guint) g_ascii_strtoull (words[2], NULL, 10)));
      ledger->n_acks++;
    }
  else if (g_str_equal (words[0], "FAIL"))
    g_error ("the learner could not answer: %s", line);
}

typedef struct {
  GSubprocess *process;
  Ledger      *ledger;
  guint        delay_ms;
  gboolean     after_ready;
} Killer;

/* Kills after @delay_ms, counted from the start or from READY (a slow
 * build, a sanitizer one say, takes long to start). */
static gpointer
killer_thread (gpointer data)
{
  Killer *killer = data;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_mutex_lock (&killer->ledger->lock);
  while (killer->after_ready && !killer->ledger->ready &&
         g_cond_wait_until (&killer->ledger->cond, &killer->ledger->lock, deadline))
    ;
  g_mutex_unlock (&killer->ledger->lock);
  g_usleep (killer->delay_ms * 1000);
  g_subprocess_force_exit (killer->process);
  return NULL;
}

/* One life of the learner: started, read until it dies (killed after
 * @delay_ms, or at the end when @delay_ms is 0). */
static void
run_once (Ledger       *ledger,
          char * const *env,
          guint         delay_ms,
          gboolean      after_ready)
{
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "answer-loop", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  GThread *thread = NULL;
  Killer killer;
  char *line;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_environ (launcher, (char **) env);
  process = g_subprocess_launcher_spawn (launcher, &error, helper,
                                         delay_ms > 0 ? "--forever" : "--count", "0", NULL);
  g_assert_no_error (error);

  ledger->ready = FALSE;
  killer = (Killer) { process, ledger, delay_ms, after_ready };
  if (delay_ms > 0)
    thread = g_thread_new ("killer", killer_thread, &killer);

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      take_line (ledger, line);
      g_free (line);
    }
  g_clear_pointer (&thread, g_thread_join);
  g_assert_true (g_subprocess_wait (process, NULL, NULL));

  if (delay_ms == 0)
    g_assert_true (g_subprocess_get_successful (process));
  else if (g_subprocess_get_if_signaled (process))
    ledger->n_kills++;
  else
    g_error ("the learner died by itself (status %d)", g_subprocess_get_status (process));
}

static char **
child_environ (const char *dir,
               const char *backend)
{
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_RUNTIME_DIR", dir, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", backend, TRUE);
  /* dconf without a bus warns on every write: not a test's failure. */
  env = g_environ_unsetenv (env, "G_DEBUG");
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  env = g_environ_unsetenv (env, "DISPLAY");
  return env;
}

static gboolean
have_backend (const char *name)
{
  g_autoptr(GSettingsBackend) loaded = g_settings_backend_get_default ();
  GIOExtensionPoint *point = g_io_extension_point_lookup (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);

  /* Getting the default backend has loaded every module first. */
  return point != NULL && g_io_extension_point_get_extension_by_name (point, name) != NULL;
}

static void
test_kill (gconstpointer data)
{
  const char *backend = data;
  g_autofree char *dir = NULL;
  g_auto(GStrv) env = NULL;
  Ledger ledger = { 0, };

  if (!have_backend (backend))
    {
      g_test_skip ("this settings backend is not installed");
      return;
    }

  dir = g_dir_make_tmp ("ds-kill-XXXXXX", NULL);
  env = child_environ (dir, backend);
  ledger.acked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ledger.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_mutex_init (&ledger.lock);
  g_cond_init (&ledger.cond);
  /* Most deaths while answering; one in four at any moment of starting
   * (opening the log, rebuilding, cleaning up). */
  for (guint i = 0; i < N_KILLS; i++)
    run_once (&ledger, env, g_test_rand_int_range (i % 4 ? 0 : 1, i % 4 ? 250 : 400), i % 4 != 0);
  run_once (&ledger, env, 0, FALSE);

  g_test_message ("%s: %u SIGKILLs, %u acknowledged answers, %u starts checked, "
                  "%u rebuilt from the log", backend, ledger.n_kills, ledger.n_acks,
                  ledger.n_checks, ledger.n_restored);
  g_assert_cmpuint (ledger.n_kills, >=, 20);
  g_assert_cmpuint (ledger.n_acks, >, 0);
  /* Every death is checked at the next start that gets as far as READY;
   * the last start, never killed, always does. */
  g_assert_cmpuint (ledger.n_checks, >=, N_KILLS / 2);

  g_hash_table_unref (ledger.acked);
  g_hash_table_unref (ledger.seen);
  g_mutex_clear (&ledger.lock);
  g_cond_clear (&ledger.cond);
  ds_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/kill/keyfile", "keyfile", test_kill);
  g_test_add_data_func ("/kill/dconf-without-bus", "dconf", test_kill);

  return g_test_run ();
}
