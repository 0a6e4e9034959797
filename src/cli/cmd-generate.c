/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards generate [--format json|tsv] [--builtin] FILE…
 *
 * Reads essays (.txt or .md) and prints their cards. Files are processed
 * one at a time and their cards streamed out, so the memory needed is that
 * of the largest file, not of all of them. A file that cannot be read gives
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
static void
report (const char *path,
        const char *message)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ": ", NULL);
  g_autofree char *line = NULL;

  /* The parser names the file already; it is named once, in front. */
  if (g_str_has_prefix (message, prefix))
    message += strlen (prefix);
  line = g_strdelimit (g_strdup (message), "\r\n", ' ');
  fprintf (stderr, "diplostudy-cards: %s: %s\n", path, line);
}

static DsEssay *
load_essay (const char *path)
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
      report (path, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                      ? _("No such file") : error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      report (path, _("Is a directory, not an essay"));
      return NULL;
    }

  id = essay_id_for (path);
  essay = ds_parser_parse_file (file, id, NULL, &error);
  if (essay == NULL)
    report (path, error->message);
  return essay;
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

int
cmd_generate (int    argc,
              char **argv)
{
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  gboolean builtin = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or tsv"), "FORMAT" },
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

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(DsEssay) essay = load_essay (files[i]);
      g_autoptr(GPtrArray) cards = NULL;

      if (essay == NULL)
        {
          ok = FALSE;
          continue;
        }
      cards = ds_generator_generate (essay);
      ok &= write_cards (writer, cards);
    }

  if (!ds_deck_writer_finish (writer, &error))
    {
      fprintf (stderr, "diplostudy-cards: %s\n", error->message);
      return 1;
    }
  return ok ? 0 : 1;
}
