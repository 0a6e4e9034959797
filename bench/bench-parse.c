/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-parse FILE [RUNS]: parse FILE with ds_parser_parse() RUNS times
 * (default 3) and print the fastest run in milliseconds. bench/parse-wrapped
 * runs it on long hard-wrapped texts of two sizes.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ds-parser.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  int runs = argc > 2 ? atoi (argv[2]) : 3;
  double best = -1;

  if (argc < 2 || !g_file_get_contents (argv[1], &text, &len, &error))
    {
      fprintf (stderr, "usage: bench-parse FILE [RUNS]%s%s\n",
               error ? ": " : "", error ? error->message : "");
      return 1;
    }
  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(DsEssay) essay = ds_parser_parse (text, len, argv[1], &error);
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      if (essay == NULL)
        {
          fprintf (stderr, "bench-parse: %s\n", error->message);
          return 1;
        }
      if (best < 0 || ms < best)
        best = ms;
    }
  printf ("%.3f\n", best);
  return 0;
}
