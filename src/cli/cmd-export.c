/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards export [--format json|tsv] [--essay ID [--topic TOPIC]]
 *                         [--output FILE]
 *
 * The learner's deck as the app has it — the built-in and imported essays'
 * cards, with the learner's edits — as the JSON of `generate` or as text
 * that Anki imports. Reads the progress without changing it, so it works
 * while the app is open.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ds-deck-export.h"
#include "ds-deck-io.h"

static gboolean
parse_format (const char   *format,
              DsDeckFormat *out)
{
  if (format == NULL || strcmp (format, "json") == 0)
    *out = DS_DECK_FORMAT_JSON;
  else if (strcmp (format, "tsv") == 0 || strcmp (format, "anki") == 0)
    *out = DS_DECK_FORMAT_TSV;
  else
    return FALSE;
  return TRUE;
}

static gboolean
export (const char    *essay,
        const char    *topic,
        DsDeckFormat   format,
        const char    *output,
        GError       **error)
{
  g_autoptr(DsProgress) progress = NULL;
  g_autoptr(DsLibrary) library = NULL;
  g_autoptr(DsDeck) deck = NULL;
  g_autoptr(GOutputStream) out = NULL;

  progress = cli_open_progress (TRUE, error);
  if (progress == NULL || (library = cli_load_library (error)) == NULL)
    return FALSE;
  deck = ds_deck_new_for_library (library, progress);
  out = cli_open_output (output);
  return ds_deck_export (deck, essay, topic, format, out, error) &&
         cli_close_output (out, output, error);
}

int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *essay = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or tsv (Anki)"), N_("FORMAT") },
    { "essay", 'e', 0, G_OPTION_ARG_STRING, &essay, N_("Only the cards of this essay"), N_("ID") },
    { "topic", 't', 0, G_OPTION_ARG_STRING, &topic, N_("Only the cards of this topic of the essay"), N_("TOPIC") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  DsDeckFormat deck_format;

  g_option_context_set_summary (context, _("Export the learner’s cards, with their edits, "
                                           "for Anki (tsv) or as JSON."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      cli_print_error (error->message);
      return 2;
    }
  if (!parse_format (format, &deck_format))
    {
      fprintf (stderr, _("diplostudy-cards: unknown format “%s” (use json or tsv)"), format);
      fputc ('\n', stderr);
      return 2;
    }
  if (topic != NULL && essay == NULL)
    {
      fprintf (stderr, "%s\n", _("diplostudy-cards: --topic needs --essay"));
      return 2;
    }

  if (!export (essay, topic, deck_format, output, &error))
    {
      cli_print_error (error->message);
      return 1;
    }
  return 0;
}
