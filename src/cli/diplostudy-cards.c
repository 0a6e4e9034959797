/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards: the quiz engine and the scheduler without a window, for
 * teachers preparing decks, for scripts and for tests.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ds-locale.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

/* diplostudy-cards-live: `live` is a program of its own, the only one
 * that needs an HTTP server (libsoup, and its TLS, Kerberos, HTTP/2 and
 * database libraries): linking them cost every other command, generate
 * at each of its runs, some five million instructions of dynamic linking.
 * Looked for beside this program (a build tree), else where it is
 * installed. */
static char *
live_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      char *beside = g_build_filename (dir, "diplostudy-cards-live", NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return beside;
      g_free (beside);
    }
  return g_build_filename (DS_LIBEXECDIR, "diplostudy-cards-live", NULL);
}

/* Runs `live` with the arguments it was given (@argv[0] is "live"). */
static int
run_live (int    argc,
          char **argv)
{
  g_autofree char *program = live_program ();

  execv (program, argv);
  fprintf (stderr, "diplostudy-cards: %s: %s\n", program, g_strerror (errno));
  return 1;
}

static const Command commands[] = {
  { "generate", cmd_generate, N_("Generate cards from essays (--format json|tsv, --builtin)") },
  { "fsrs-replay", cmd_fsrs_replay, N_("Replay FSRS review sequences and print the computed cards") },
  { "live", run_live, N_("Let students answer a quiz on their phones (class live, no window)") },
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
  ds_locale_init ();

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
