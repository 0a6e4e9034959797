/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The user's locale and the program's translations, set up once at the
 * start of the app and of each command-line program.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ds-locale.h"

/**
 * ds_locale_init:
 *
 * Takes the user's locale and binds the program's message catalogue:
 * installed under LOCALEDIR, or where DS_LOCALEDIR says (an uninstalled
 * build, `meson devenv`, finds the translations the build tree compiles).
 */
void
ds_locale_init (void)
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
