/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * A window over the test library with a private folder for imported
 * essays, and importing into it as win.import does (the file chooser
 * bypassed): shared by the UI tests of importing and of what follows an
 * import (the review of its cards).
 */

#include "ds-window.h"

G_BEGIN_DECLS

typedef struct {
  char       *tmp;        /* a temporary folder, removed at tear-down */
  GFile      *user_dir;   /* where imported essays are kept, in it */
  DsSettings *settings;
  DsLibrary  *library;
  DsSession  *session;
  DsWindow   *window;     /* may be taken (and destroyed) by a test */
} DsTestImportFixture;

typedef struct {
  gboolean  done;
  DsEssay  *essay;
  GError   *error;
} DsTestImportResult;

/* @tmp_template as g_dir_make_tmp() takes it. The window is shown and
 * laid out on return. */
void ds_test_import_set_up    (DsTestImportFixture *f,
                               const char          *tmp_template);
void ds_test_import_tear_down (DsTestImportFixture *f);
/* Imports @file through the window, waits for the end and two frames. */
void ds_test_import           (DsTestImportFixture *f,
                               GFile               *file,
                               DsTestImportResult  *r);
/* The GAsyncReadyCallback behind ds_test_import(), for a test that waits
 * itself (ds_test_import_finished()). */
void     ds_test_import_done_cb  (GObject            *source,
                                  GAsyncResult       *result,
                                  gpointer            r);
gboolean ds_test_import_finished (gpointer            r);

G_END_DECLS
