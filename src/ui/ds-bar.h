/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A flat bar of one colour filling a share of its width from the left:
 * presentation mode's tally bars and its countdown.
 */
#define DS_TYPE_BAR (ds_bar_get_type ())
G_DECLARE_FINAL_TYPE (DsBar, ds_bar, DS, BAR, GtkWidget)

GtkWidget *ds_bar_new          (void);
/* 0 … 1, kept to thousandths: finer steps would only redraw more. */
double     ds_bar_get_fraction (DsBar         *self);
void       ds_bar_set_fraction (DsBar         *self,
                                double         fraction);
void       ds_bar_set_color    (DsBar         *self,
                                const GdkRGBA *color);

G_END_DECLS
