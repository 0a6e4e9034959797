/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Helpers shared by the UI tests: waiting on the main loop for a condition
 * (a widget laid out, a frame drawn) with a deadline, pressing a key and
 * asking whether an action is enabled as the widgets bound to them do, and
 * a text buffer's text between two offsets. Linked into every UI test, with
 * the helpers of ds-test-core.h.
 */

#include <gtk/gtk.h>

#include "ds-test-core.h"

G_BEGIN_DECLS

void        ds_test_init              (int             *argc,
                                       char          ***argv);

/* How much longer than on an idle machine a wait may take before it
 * counts as never ending (see ds_test_wait_for()). */
#define DS_TEST_PATIENCE 10

/* Whether what a test waits for has happened. */
typedef gboolean (*DsTestCondition) (gpointer data);

gboolean    ds_test_wait_for          (DsTestCondition  cond,
                                       gpointer         data,
                                       guint            ms);
gboolean    ds_test_wait_frames       (GtkWidget       *widget,
                                       guint            n_frames);
void        ds_test_drain             (void);
gboolean    ds_test_widget_shown      (gpointer         widget);
char       *ds_test_buffer_text       (GtkTextBuffer   *buffer,
                                       guint            start,
                                       guint            end);
gboolean    ds_test_action_enabled    (GtkWidget       *widget,
                                       const char      *action);
gboolean    ds_test_press_key         (GtkWindow       *window,
                                       guint            keyval,
                                       GdkModifierType  state);
GtkWidget  *ds_test_find_widget       (GtkWidget       *root,
                                       GType            type,
                                       const char      *text);
gboolean    ds_test_is_showing        (GtkWidget       *widget);
void        ds_test_save_png          (GtkWidget       *widget,
                                       const char      *path);
GtkWindow  *ds_test_find_toplevel     (GType            type);
gboolean    ds_test_has_toplevel      (gpointer         type);
gboolean    ds_test_file_exists       (gpointer         path);
gboolean    ds_test_pointer_cleared   (gpointer         pointer);

G_END_DECLS
