/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-settings.h"

G_BEGIN_DECLS

/*
 * The colours of presentation mode (ds-presentation-palette.c): the two
 * themes' palettes and the contrast check they are held to.
 */

/* Colours of the two presentation themes, as CSS hex. */
typedef struct {
  const char *background;
  const char *foreground;
  const char *secondary;  /* corner text: still ≥ 7:1 */
  const char *bar;        /* tally and countdown bars */
} DsPresentationPalette;

const DsPresentationPalette *ds_presentation_palette (DsPresentationTheme theme);
/* WCAG 2 contrast ratio of two "#rrggbb" colours (1..21), or 0 if invalid. */
double            ds_contrast_ratio                (const char   *color1,
                                                    const char   *color2);

G_END_DECLS
