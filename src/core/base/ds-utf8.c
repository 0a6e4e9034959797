/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-utf8.h"

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
