/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What several commands share: the learner's progress and essays, as the
 * app has them, and where output goes.
 */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "cli.h"
#include "ds-essay-import.h"

void
cli_print_error (const char *message)
{
  g_autofree char *line = g_strdelimit (g_strdup (message), "\r\n", ' ');

  fprintf (stderr, "diplostudy-cards: %s\n", line);
}

DsProgress *
cli_open_progress (gboolean   read_only,
                   GError   **error)
{
  g_autoptr(DsSettings) settings = ds_settings_new (error);

  if (settings == NULL)
    return NULL;
  return ds_progress_open (settings, NULL,
                           read_only ? DS_PROGRESS_OPEN_READ_ONLY : DS_PROGRESS_OPEN_DEFAULT,
                           error);
}

/* The essays the app shows: the built-in ones, then the learner's. An
 * imported essay that cannot be read is named on stderr and left out. */
DsLibrary *
cli_load_library (GError **error)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GFile) user_dir = ds_essay_import_get_default_dir ();
  g_autoptr(GError) user_error = NULL;

  if (!ds_library_load_builtin (library, error))
    return NULL;
  if (!ds_library_load_user (library, user_dir, &user_error))
    cli_print_error (user_error->message);
  return g_steal_pointer (&library);
}

static gboolean
is_stdout (const char *path)
{
  return path == NULL || g_str_equal (path, "-");
}

/* Standard output, or for a file a buffer that cli_close_output() writes
 * in one piece: a failed export never leaves half a file, nor replaces a
 * good one. */
GOutputStream *
cli_open_output (const char *path)
{
  if (is_stdout (path))
    return g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  return g_memory_output_stream_new_resizable ();
}

gboolean
cli_close_output (GOutputStream  *out,
                  const char     *path,
                  GError        **error)
{
  GMemoryOutputStream *memory;
  g_autoptr(GFile) file = NULL;

  if (!g_output_stream_close (out, NULL, error))
    return FALSE;
  if (is_stdout (path))
    return TRUE;

  memory = G_MEMORY_OUTPUT_STREAM (out);
  file = g_file_new_for_commandline_arg (path);
  return g_file_replace_contents (file, g_memory_output_stream_get_data (memory),
                                  g_memory_output_stream_get_data_size (memory),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}
