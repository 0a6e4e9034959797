/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * The essays the app knows: the built-in ones from the bundled manifest
 * (resource:///org/example/DiploStudy/essays/manifest.json). A GListModel of
 * DsEssay, in manifest order.
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
/* Adds an essay (e.g. one the user imported); replaces one with its id. */
void       ds_library_add              (DsLibrary   *self,
                                        DsEssay     *essay);

G_END_DECLS
