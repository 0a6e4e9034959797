/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-presentation-palette.h"

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
