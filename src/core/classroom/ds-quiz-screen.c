/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-quiz-run.h"

/*
 * Where a quiz is projected and in which colours: the choice of the
 * audience's monitor and the presentation palettes with their contrast.
 * Pure functions, so that they are tested without a display.
 */

/* Monitors */

gboolean
ds_monitor_connector_is_internal (const char *connector)
{
  static const char * const internal[] = { "eDP", "LVDS", "DSI", NULL };

  if (connector == NULL)
    return FALSE;
  for (guint i = 0; internal[i] != NULL; i++)
    if (g_ascii_strncasecmp (connector, internal[i], strlen (internal[i])) == 0)
      return TRUE;
  return FALSE;
}

static int
find_laptop (const DsMonitorInfo *monitors,
             guint                n_monitors)
{
  for (guint i = 0; i < n_monitors; i++)
    if (ds_monitor_connector_is_internal (monitors[i].connector))
      return i;
  for (guint i = 0; i < n_monitors; i++)
    if (monitors[i].is_primary)
      return i;
  return 0;
}

int
ds_choose_audience_monitor (const DsMonitorInfo *monitors,
                            guint                n_monitors,
                            int                 *presenter)
{
  int laptop;
  int audience = -1;

  if (presenter != NULL)
    *presenter = -1;
  if (monitors == NULL || n_monitors == 0)
    return -1;
  if (n_monitors == 1)
    return 0;

  laptop = find_laptop (monitors, n_monitors);
  /* Of the others, a non-primary one: the projector is rarely made primary,
   * and when it is, the laptop was already found by its connector. */
  for (guint i = 0; i < n_monitors && audience < 0; i++)
    if ((int) i != laptop && !monitors[i].is_primary)
      audience = i;
  for (guint i = 0; i < n_monitors && audience < 0; i++)
    if ((int) i != laptop)
      audience = i;

  if (presenter != NULL)
    *presenter = laptop;
  return audience;
}

/* Colours */

static const DsPresentationPalette dark_palette = {
  .background = "#111111",
  .foreground = "#f5f5f5",
  .secondary = "#c8c8c8",
  .bar = "#f0c419",
};

static const DsPresentationPalette light_palette = {
  .background = "#ffffff",
  .foreground = "#111111",
  .secondary = "#383838",
  .bar = "#1c4f9c",
};

const DsPresentationPalette *
ds_presentation_palette (DsPresentationTheme theme)
{
  return theme == DS_PRESENTATION_THEME_LIGHT ? &light_palette : &dark_palette;
}

static gboolean
parse_hex (const char *color,
           double      rgb[3])
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (color[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (color[2 + 2 * i]);

      if (hi < 0 || lo < 0)
        return FALSE;
      rgb[i] = (hi * 16 + lo) / 255.0;
    }
  return TRUE;
}

/* WCAG 2 relative luminance of an sRGB colour. */
static double
luminance (const double rgb[3])
{
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double l = 0;

  for (guint i = 0; i < 3; i++)
    {
      double c = rgb[i];

      c = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      l += weights[i] * c;
    }
  return l;
}

double
ds_contrast_ratio (const char *color1,
                   const char *color2)
{
  double a[3], b[3];
  double la, lb;

  if (!parse_hex (color1, a) || !parse_hex (color2, b))
    return 0;
  la = luminance (a);
  lb = luminance (b);
  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
