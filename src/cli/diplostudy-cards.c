/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards: the quiz engine and the scheduler without a window, for
 * teachers preparing decks, for scripts and for tests.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "generate", cmd_generate, N_("Generate cards from essays (--format json|tsv, --builtin)") },
  { "fsrs-replay", cmd_fsrs_replay, N_("Replay FSRS review sequences and print the computed cards") },
  { "live", cmd_live, N_("Let students answer a quiz on their phones (class live, no window)") },
  { "export", cmd_export, N_("Export the learner’s cards for Anki or as JSON (--essay, --topic)") },
  { "backup", cmd_backup, N_("Export or import the learner’s progress (export [FILE], import FILE)") },
  { "check", cmd_check, N_("Check decks written by generate or export") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: diplostudy-cards COMMAND [OPTION…] [FILE…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “diplostudy-cards COMMAND --help” for a command’s options."));
}

int
main (int   argc,
      char *argv[])
{
  /* DS_LOCALEDIR: translations of an uninstalled build (`meson devenv`). */
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return 0;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  fprintf (stderr, _("diplostudy-cards: unknown command “%s”"), argv[1]);
  fputc ('\n', stderr);
  print_usage (stderr);
  return 2;
}
