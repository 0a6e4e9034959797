/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * A row of the window's sidebar: an essay's title over how much of it has
 * been read.
 */
#define DS_TYPE_ESSAY_ROW (ds_essay_row_get_type ())
G_DECLARE_FINAL_TYPE (DsEssayRow, ds_essay_row, DS, ESSAY_ROW, GtkListBoxRow)

GtkWidget *ds_essay_row_new          (DsEssay    *essay);
DsEssay   *ds_essay_row_get_essay    (DsEssayRow *self);
/* The share read, 0 … 1. */
double     ds_essay_row_get_progress (DsEssayRow *self);
void       ds_essay_row_set_progress (DsEssayRow *self,
                                      double      progress);

G_END_DECLS
