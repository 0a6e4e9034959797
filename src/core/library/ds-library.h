/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * The essays the app knows: the built-in ones from the bundled manifest
 * (resource:///org/example/DiploStudy/essays/manifest.json), then the ones
 * the learner imported. A GListModel of DsEssay, in manifest order.
 */
#define DS_TYPE_LIBRARY (ds_library_get_type ())
G_DECLARE_FINAL_TYPE (DsLibrary, ds_library, DS, LIBRARY, GObject)

DsLibrary *ds_library_new              (void);
/* Loads the manifest at @manifest (a JSON file or resource). */
gboolean   ds_library_load             (DsLibrary   *self,
                                        GFile       *manifest,
                                        GError     **error);
gboolean   ds_library_load_builtin     (DsLibrary   *self,
                                        GError     **error);
DsEssay   *ds_library_lookup           (DsLibrary   *self,
                                        const char  *id);
/* Where the essay with @id stands in the list; FALSE if there is none. */
gboolean   ds_library_find             (DsLibrary   *self,
                                        const char  *id,
                                        guint       *position);
/* Adds an essay (e.g. one the user imported); replaces one with its id. */
void       ds_library_add              (DsLibrary   *self,
                                        DsEssay     *essay);
/* Removes the essay with @id; FALSE if there is none. */
gboolean   ds_library_remove           (DsLibrary   *self,
                                        const char  *id);

/* The user's manifest in a folder of imported essays. */
#define DS_USER_MANIFEST_NAME "user-manifest.json"

/*
 * Adds the imported essays in @dir (see ds-essay-import.h). A missing folder
 * or manifest is nothing to load. Only ids starting with "user-" are taken,
 * so imported essays never replace built-in ones. An entry that cannot be
 * read is skipped: the others are added all the same, and FALSE is returned
 * with an error naming what was skipped. A manifest that cannot be read at
 * all leaves the library unchanged.
 */
gboolean   ds_library_load_user        (DsLibrary   *self,
                                        GFile       *dir,
                                        GError     **error);

G_END_DECLS
