/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-application.h"
#include "ds-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsApplication) app = NULL;

  ds_locale_init ();
  app = ds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
