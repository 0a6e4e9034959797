/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards-live: `diplostudy-cards live`, run by diplostudy-cards
 * with the same arguments (argv[0] is "live"). A program of its own so
 * that only it links the HTTP server's libraries (diplostudy-cards.c,
 * run_live()).
 */
#include "config.h"

#include "cli.h"
#include "ds-locale.h"

int
main (int   argc,
      char *argv[])
{
  ds_locale_init ();
  return cmd_live (argc, argv);
}
