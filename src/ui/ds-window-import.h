/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-window.h"

G_BEGIN_DECLS

/*
 * The window's own essays (ds-window-import.c): win.import (Ctrl+O) asks
 * for .txt or .md files and imports them; win.remove-essay, enabled while
 * an imported essay is open, removes it after asking. Errors are shown to
 * the learner and change nothing else.
 */

/* Installs the actions; called once by the window as it is constructed. */
void      ds_window_import_init            (DsWindow             *self);

/* Where imported essays are kept: g_get_user_data_dir()/diplostudy/essays
 * unless a test sets another folder. */
GFile    *ds_window_get_user_essay_dir     (DsWindow             *self);
void      ds_window_set_user_essay_dir     (DsWindow             *self,
                                            GFile                *dir);

/*
 * What win.import does with each chosen file: reads and parses it in a
 * worker thread, with a toast while it works; then adds the essay to the
 * library and opens it, or shows why it could not. @callback (may be NULL)
 * runs after that; the finish function returns the essay (a new reference)
 * or NULL with the error the learner was shown.
 */
void      ds_window_import_file            (DsWindow             *self,
                                            GFile                *file,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
DsEssay  *ds_window_import_file_finish     (DsWindow             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
