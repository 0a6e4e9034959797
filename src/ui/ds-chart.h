/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A bar chart drawn with GtkSnapshot in the theme's colours (the text
 * colour and the accent colour), so it reads in light and dark styles.
 * For assistive technologies it is an image whose label is its title and
 * whose description is a text summary given by the caller.
 */
#define DS_TYPE_CHART (ds_chart_get_type ())
G_DECLARE_FINAL_TYPE (DsChart, ds_chart, DS, CHART, GtkWidget)

GtkWidget  *ds_chart_new             (void);
/* @labels: one per value (NULL or "" for none), shown under the bars;
 * may be NULL. @highlight: the index of a bar drawn in the accent colour,
 * or -1. */
void        ds_chart_set_data        (DsChart            *self,
                                      const guint        *values,
                                      guint               n_values,
                                      const char * const *labels,
                                      int                 highlight);
guint       ds_chart_get_n_values    (DsChart            *self);
guint       ds_chart_get_value       (DsChart            *self,
                                      guint               index);
guint       ds_chart_get_max         (DsChart            *self);
void        ds_chart_set_title       (DsChart            *self,
                                      const char         *title);
/* The text alternative, also the accessible description. */
void        ds_chart_set_summary     (DsChart            *self,
                                      const char         *summary);
const char *ds_chart_get_summary     (DsChart            *self);

G_END_DECLS
