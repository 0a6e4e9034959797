/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards generate [--format json|tsv] [--builtin] FILE…
 *
 * Reads essays (.txt or .md) and prints their cards. Files are processed
 * on a few worker threads and their cards streamed out in order, so the
 * memory needed is that of a few files, not of all of them. A file that cannot be read gives
 * a one-line error on stderr naming it; the others are still processed and
 * the exit status says that something failed.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ds-deck-io.h"
#include "ds-generator.h"
#include "ds-library.h"
#include "ds-parser.h"

static char *
essay_id_for (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    return g_strndup (base, dot - base);
  return g_steal_pointer (&base);
}

/* One line: the file, then what is wrong with it. */
static char *
problem (const char *path,
         const char *message)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ": ", NULL);
  g_autofree char *line = NULL;

  /* The parser names the file already; it is named once, in front. */
  if (g_str_has_prefix (message, prefix))
    message += strlen (prefix);
  line = g_strdelimit (g_strdup (message), "\r\n", ' ');
  return g_strdup_printf ("diplostudy-cards: %s: %s", path, line);
}

/* Reads one essay; on failure *@error_line says why, in one line. */
static DsEssay *
load_essay (const char  *path,
            char       **error_line)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  DsEssay *essay;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info == NULL)
    {
      *error_line = problem (path, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                                     ? _("No such file") : error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      *error_line = problem (path, _("Is a directory, not an essay"));
      return NULL;
    }

  id = essay_id_for (path);
  essay = ds_parser_parse_file (file, id, NULL, &error);
  if (essay == NULL)
    *error_line = problem (path, error->message);
  return essay;
}

/* ------------------------------------------------------------------ */
/* Files in parallel, written in order                                 */

/*
 * Each file is parsed and its cards generated on a worker thread; the main
 * thread writes the results in the order the files were given. At most
 * WINDOW files are in flight, so memory stays that of a few files however
 * many there are.
 */
#define WINDOW 8

typedef struct {
  char      *path;
  GPtrArray *cards;        /* NULL on error */
  char      *error_line;
  gboolean   done;
} Job;

typedef struct {
  GMutex  lock;
  GCond   cond;
  Job    *jobs;
} Batch;

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  Batch *batch = user_data;
  g_autoptr(DsEssay) essay = NULL;
  char *error_line = NULL;
  GPtrArray *cards = NULL;

  essay = load_essay (job->path, &error_line);
  if (essay != NULL)
    cards = ds_generator_generate (essay);

  g_mutex_lock (&batch->lock);
  job->cards = cards;
  job->error_line = error_line;
  job->done = TRUE;
  g_cond_broadcast (&batch->cond);
  g_mutex_unlock (&batch->lock);
}

static gboolean
write_cards (DsDeckWriter *writer,
             GPtrArray    *cards)
{
  g_autoptr(GError) error = NULL;

  if (ds_deck_writer_add (writer, cards, &error))
    return TRUE;
  fprintf (stderr, "diplostudy-cards: %s\n", error->message);
  return FALSE;
}

static gboolean
write_builtin (DsDeckWriter *writer)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  if (!ds_library_load_builtin (library, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return FALSE;
    }
  /* Together, so that distractors come from all the essays. */
  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  return write_cards (writer, cards);
}

static gboolean
write_files (DsDeckWriter  *writer,
             char         **files)
{
  guint n = g_strv_length (files);
  guint threads = CLAMP (g_get_num_processors (), 1, 4);
  GThreadPool *pool;
  Batch batch;
  gboolean ok = TRUE;
  guint pushed = 0;

  g_mutex_init (&batch.lock);
  g_cond_init (&batch.cond);
  batch.jobs = g_new0 (Job, n);
  pool = g_thread_pool_new (run_job, &batch, (int) threads, FALSE, NULL);

  for (guint written = 0; written < n; written++)
    {
      Job *job = &batch.jobs[written];

      for (; pushed < n && pushed < written + WINDOW; pushed++)
        {
          batch.jobs[pushed].path = files[pushed];
          g_thread_pool_push (pool, &batch.jobs[pushed], NULL);
        }

      g_mutex_lock (&batch.lock);
      while (!job->done)
        g_cond_wait (&batch.cond, &batch.lock);
      g_mutex_unlock (&batch.lock);

      if (job->cards != NULL)
        ok &= write_cards (writer, job->cards);
      else
        {
          fprintf (stderr, "%s\n", job->error_line);
          ok = FALSE;
        }
      g_clear_pointer (&job->cards, g_ptr_array_unref);
      g_clear_pointer (&job->error_line, g_free);
    }

  g_thread_pool_free (pool, FALSE, TRUE);
  g_free (batch.jobs);
  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.cond);
  return ok;
}

int
cmd_generate (int    argc,
              char **argv)
{
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  gboolean builtin = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or tsv"), N_("FORMAT") },
    { "builtin", 'b', 0, G_OPTION_ARG_NONE, &builtin, N_("Generate cards for the essays shipped with the app"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(DsDeckWriter) writer = NULL;
  DsDeckFormat deck_format = DS_DECK_FORMAT_JSON;
  gboolean ok = TRUE;

  g_option_context_set_summary (context, _("Generate study cards from essays (.txt or .md)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return 2;
    }
  if (format != NULL && strcmp (format, "tsv") == 0)
    deck_format = DS_DECK_FORMAT_TSV;
  else if (format != NULL && strcmp (format, "json") != 0)
    {
      fprintf (stderr, _("diplostudy-cards: unknown format “%s” (use json or tsv)"), format);
      fputc ('\n', stderr);
      return 2;
    }
  if (!builtin && (files == NULL || files[0] == NULL))
    {
      fprintf (stderr, "%s\n", _("diplostudy-cards: no essays given (FILE… or --builtin)"));
      return 2;
    }

  out = g_unix_output_stream_new (fileno (stdout), FALSE);
  writer = ds_deck_writer_new (out, deck_format);

  if (builtin)
    ok &= write_builtin (writer);

  if (files != NULL && files[0] != NULL)
    ok &= write_files (writer, files);

  if (!ds_deck_writer_finish (writer, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return 1;
    }
  return ok ? 0 : 1;
}
