/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-utf8.h"

#include <locale.h>
#include <string.h>

char *
ds_utf8_capitalize (const char *text)
{
  char first[8];
  int len;

  g_return_val_if_fail (text != NULL, NULL);

  if (*text == '\0')
    return g_strdup (text);
  len = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strdup_printf ("%.*s%s", len, first, g_utf8_next_char (text));
}

gboolean
ds_utf8_all_capitals (const char *p,
                      gsize       len)
{
  guint letters = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_islower (p[i]))
        return FALSE;
      letters += g_ascii_isupper (p[i]) != 0;
    }
  return letters >= 2;
}

/* Whether the locale lower-cases a capital I otherwise than ASCII does
 * (GLib's get_locale_type(): "tr", "az"). */
static gboolean
locale_turkic (void)
{
  const char *locale = setlocale (LC_CTYPE, NULL);

  return locale != NULL && (locale[0] == 't' || locale[0] == 'a') &&
         (strncmp (locale, "tr", 2) == 0 || strncmp (locale, "az", 2) == 0);
}

char *
ds_utf8_strdown (const char *p,
                 gssize      len)
{
  gsize n = 0;
  gboolean capital_i = FALSE;
  char *out;

  g_return_val_if_fail (p != NULL, NULL);

  for (; (len < 0 || n < (gsize) len) && p[n] != '\0'; n++)
    {
      if ((guchar) p[n] >= 0x80)
        return g_utf8_strdown (p, len);
      capital_i |= p[n] == 'I';
    }
  if (capital_i && locale_turkic ())
    return g_utf8_strdown (p, len);
  out = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    out[i] = ds_ascii_tolower (p[i]);
  out[n] = '\0';
  return out;
}
