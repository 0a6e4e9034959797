/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * The learner's own essays: .txt and .md files imported into a folder of the
 * user's (by default g_get_user_data_dir()/diplostudy/essays). Each essay is
 * a copy of the imported file's text next to a manifest, user-manifest.json,
 * in the same format as the built-in one (see ds_library_load_user()).
 * Nothing here needs GTK; all of it may run in a worker thread.
 */

/* Files larger than this are refused before they are read. */
#define DS_ESSAY_IMPORT_MAX_SIZE ((goffset) 32 * 1024 * 1024)

/* Every imported essay's id starts with this. */
#define DS_USER_ESSAY_ID_PREFIX "user-"

GFile    *ds_essay_import_get_default_dir (void);
gboolean  ds_essay_id_is_user             (const char  *id);

/*
 * Reads and parses @source, copies its text into @user_dir (made when
 * needed) and records it in the manifest. The id is "user-", a slug of the
 * file's name and 8 hex digits of a hash of its content: importing the same
 * content again returns the essay already there and writes nothing. Every
 * error names the file; on error nothing is written.
 */
DsEssay  *ds_essay_import                 (GFile       *source,
                                           GFile       *user_dir,
                                           GError     **error);

/* Forgets an imported essay: its manifest entry and its copy of the text.
 * The learner's progress on its cards is not touched. */
gboolean  ds_essay_remove_user            (const char  *id,
                                           GFile       *user_dir,
                                           GError     **error);

G_END_DECLS
