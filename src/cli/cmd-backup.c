/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards backup export [FILE]
 * diplostudy-cards backup import FILE
 *
 * The learner's progress as one JSON file, and back (merged: per card the
 * newest review wins). Export only reads, so it works while the app is
 * open; import changes the progress and so waits its turn: while the app
 * has the review log open, it is refused with a message.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static gboolean
backup_export (const char  *path,
               GError     **error)
{
  g_autoptr(DsProgress) progress = cli_open_progress (TRUE, error);
  g_autoptr(GOutputStream) out = NULL;

  if (progress == NULL)
    return FALSE;
  out = cli_open_output (path);
  return ds_progress_export_backup (progress, out, error) &&
         cli_close_output (out, path, error);
}

static void
print_result (const DsBackupImport *result)
{
  /* Translators: what importing a backup did; the numbers are counts of
   * cards, days of statistics, suspended cards and edited cards. */
  printf (_("Imported %u cards, %u days of statistics, %u suspensions and %u edits; "
            "kept %u cards whose own progress was as new or newer."),
          result->cards_taken, result->days_taken, result->suspended_added,
          result->edits_added, result->cards_kept);
  putchar ('\n');
}

static gboolean
backup_import (const char  *path,
               GError     **error)
{
  g_autoptr(DsProgress) progress = cli_open_progress (FALSE, error);
  g_autoptr(GFile) file = NULL;
  DsBackupImport result;

  if (progress == NULL)
    return FALSE;
  file = g_file_new_for_commandline_arg (path);
  if (!ds_progress_import_backup (progress, file, &result, error))
    return FALSE;
  print_result (&result);
  return TRUE;
}

static int
usage (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fputs (help, stderr);
  return 2;
}

int
cmd_backup (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("export [FILE] | import FILE"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_option_context_set_summary (context,
    _("Export the learner’s progress to a JSON file (standard output without FILE), "
      "or import such a file: per card the newest review wins. Import needs DiploStudy "
      "to be closed."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      cli_print_error (error->message);
      return 2;
    }

  if (argc >= 2 && argc <= 3 && strcmp (argv[1], "export") == 0)
    ok = backup_export (argc == 3 ? argv[2] : NULL, &error);
  else if (argc == 3 && strcmp (argv[1], "import") == 0)
    ok = backup_import (argv[2], &error);
  else
    return usage (context);

  if (!ok)
    {
      cli_print_error (error->message);
      return 1;
    }
  return 0;
}
