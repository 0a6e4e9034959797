/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Helpers shared by the UI tests: waiting on the main loop for a condition
 * (a widget laid out, a frame drawn) with a deadline, settings that never
 * touch the disk, and a text buffer's text between two offsets. Linked into
 * every UI test.
 */

#include <gtk/gtk.h>

#include "ds-settings.h"

G_BEGIN_DECLS

/* Whether what a test waits for has happened. */
typedef gboolean (*DsTestCondition) (gpointer data);

gboolean    ds_test_wait_for          (DsTestCondition  cond,
                                       gpointer         data,
                                       guint            ms);
void        ds_test_settle            (guint            ms);
gboolean    ds_test_widget_shown      (gpointer         widget);
DsSettings *ds_test_settings_new      (void);
char       *ds_test_buffer_text       (GtkTextBuffer   *buffer,
                                       guint            start,
                                       guint            end);

G_END_DECLS
