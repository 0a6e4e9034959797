/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards check DECK.json…
 *
 * Reads decks in the JSON that `generate` and `export` write and says, per
 * file, how many cards it holds or what is wrong with it (in one line).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cli.h"
#include "ds-deck-io.h"
#include "ds-read-file.h"

#define MAX_DECK_SIZE ((gsize) 256 * 1024 * 1024)

static gboolean
check_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (ds_read_file (path, MAX_DECK_SIZE, DS_READ_FILE_NONE, &contents, &length, &error))
    cards = ds_deck_read_json (contents, length, path, &error);
  if (cards == NULL)
    {
      cli_print_error (error->message);
      return FALSE;
    }
  /* Translators: a file name and how many cards it holds. */
  printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u card", "%s: %u cards", cards->len),
          path, cards->len);
  putchar ('\n');
  return TRUE;
}

int
cmd_check (int    argc,
           char **argv)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("DECK.json…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_option_context_set_summary (context, _("Check decks written by generate or export."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      cli_print_error (error->message);
      return 2;
    }
  if (files == NULL || files[0] == NULL)
    {
      fprintf (stderr, "%s\n", _("diplostudy-cards: no decks given"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    ok &= check_file (files[i]);
  return fflush (stdout) == 0 && ok ? 0 : 1;
}
