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
#include "ds-read-file.h"

static char *
essay_id_for (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    return g_strndup (base, dot - base);
  return g_steal_pointer (&base);
}

/* One line: the file, then what is wrong with it; a message that names
 * the file already is not given its name twice. */
static char *
problem (const char *path,
         const char *message)
{
  g_autofree char *line = g_strdelimit (g_strdup (message), "\r\n", ' ');

  if (strstr (line, path) != NULL)
    return g_strdup_printf ("diplostudy-cards: %s", line);
  return g_strdup_printf ("diplostudy-cards: %s: %s", path, line);
}

/* Reads one essay; on failure *@error_line says why, in one line. The file
 * is checked before it is read (a pipe never hangs, a device or a file
 * over the parser's limit is refused by what it is) and read with a
 * limit. */
static DsEssay *
load_essay (const char  *path,
            char       **error_line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *id = NULL;
  gsize length = 0;
  DsEssay *essay = NULL;

  if (ds_read_file (path, DS_PARSER_MAX_SIZE, DS_READ_FILE_NONE, &contents, &length, &error) &&
      ds_check_text_encoding (contents, length, path, &error))
    {
      id = essay_id_for (path);
      essay = ds_parser_parse (contents, length, id, &error);
    }
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

/* Writing stops at the first error of the output (a full disk, a closed
 * pipe): one message for it, not one per file. */
static gboolean
write_builtin (DsDeckWriter  *writer,
               gboolean      *inputs_ok,
               GError       **output_error)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  if (!ds_library_load_builtin (library, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      *inputs_ok = FALSE;
      return TRUE;
    }
  /* Together, so that distractors come from all the essays. */
  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  return ds_deck_writer_add (writer, cards, output_error);
}

static void
wait_for (Batch *batch,
          Job   *job)
{
  g_mutex_lock (&batch->lock);
  while (!job->done)
    g_cond_wait (&batch->cond, &batch->lock);
  g_mutex_unlock (&batch->lock);
}

/* Prints a file's cards or its one-line error. */
static gboolean
write_job (DsDeckWriter  *writer,
           Job           *job,
           gboolean      *inputs_ok,
           GError       **output_error)
{
  if (job->cards != NULL)
    return ds_deck_writer_add (writer, job->cards, output_error);

  fprintf (stderr, "%s\n", job->error_line);
  *inputs_ok = FALSE;
  return TRUE;
}

static void
batch_clear (Batch *batch,
             guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&batch->jobs[i].cards, g_ptr_array_unref);
      g_clear_pointer (&batch->jobs[i].error_line, g_free);
    }
  g_free (batch->jobs);
  g_mutex_clear (&batch->lock);
  g_cond_clear (&batch->cond);
}

static gboolean
write_files (DsDeckWriter  *writer,
             char         **files,
             gboolean      *inputs_ok,
             GError       **output_error)
{
  guint n = g_strv_length (files);
  guint threads = CLAMP (g_get_num_processors (), 1, 4);
  GThreadPool *pool;
  Batch batch;
  gboolean written_ok = TRUE;
  guint pushed = 0;

  g_mutex_init (&batch.lock);
  g_cond_init (&batch.cond);
  batch.jobs = g_new0 (Job, n);
  pool = g_thread_pool_new (run_job, &batch, (int) threads, FALSE, NULL);

  for (guint written = 0; written < n && written_ok; written++)
    {
      Job *job = &batch.jobs[written];

      for (; pushed < n && pushed < written + WINDOW; pushed++)
        {
          batch.jobs[pushed].path = files[pushed];
          g_thread_pool_push (pool, &batch.jobs[pushed], NULL);
        }

      wait_for (&batch, job);
      written_ok = write_job (writer, job, inputs_ok, output_error);
      g_clear_pointer (&job->cards, g_ptr_array_unref);
      g_clear_pointer (&job->error_line, g_free);
    }

  /* After an output error the files still queued are dropped. */
  g_thread_pool_free (pool, !written_ok, TRUE);
  batch_clear (&batch, n);
  return written_ok;
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
  gboolean inputs_ok = TRUE;

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

  if ((builtin && !write_builtin (writer, &inputs_ok, &error)) ||
      (files != NULL && files[0] != NULL && !write_files (writer, files, &inputs_ok, &error)) ||
      !ds_deck_writer_finish (writer, &error))
    {
      fprintf (stderr, _("diplostudy-cards: cannot write the cards: %s"), error->message);
      fputc ('\n', stderr);
      return 1;
    }
  return inputs_ok ? 0 : 1;
}
