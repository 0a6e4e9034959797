/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ds-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsApplication) app = NULL;
  const char *localedir;

  /* DS_LOCALEDIR lets an uninstalled build (`meson devenv`) find the
   * translations the build tree compiles. */
  localedir = g_getenv ("DS_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
