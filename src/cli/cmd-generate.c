/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder: implemented in its own change. */
#include <stdio.h>

#include "cli.h"

int
cmd_generate (int argc, char **argv)
{
  fprintf (stderr, "diplostudy-cards: %s is not implemented yet\n", argv[0]);
  return 1;
}
