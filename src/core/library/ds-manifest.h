/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ds-read-file.h"

G_BEGIN_DECLS

/*
 * A manifest of essays, the built-in one and the user's
 * (user-manifest.json): {"essays": [{"id", "file", "title", "language"}…]}.
 * Read in one place for the library and for importing, with limits a
 * hostile file cannot get past: its size, its nesting depth and the number
 * of entries.
 */

#define DS_MANIFEST_MAX_SIZE ((gsize) 4 * 1024 * 1024)
#define DS_MANIFEST_MAX_ENTRIES 10000

typedef struct {
  const char *id;        /* never NULL nor empty */
  const char *file;      /* never NULL nor empty */
  const char *title;     /* NULL when missing */
  const char *language;  /* NULL when missing */
} DsManifestEntry;

/* The "essays" list of a manifest; @name names it in messages. */
JsonArray  *ds_manifest_parse        (const char       *data,
                                      gsize             length,
                                      const char       *name,
                                      GError          **error);
/* Reads @manifest (at most DS_MANIFEST_MAX_SIZE) and parses it. */
JsonArray  *ds_manifest_load         (GFile            *manifest,
                                      DsReadFileFlags   flags,
                                      GError          **error);
/* Entry @index with its "id" and "file" checked; strings owned by
 * @entries. */
gboolean    ds_manifest_get_entry    (JsonArray        *entries,
                                      guint             index,
                                      DsManifestEntry  *out,
                                      GError          **error);
/* A string member of entry @index, or NULL when it has none. */
const char *ds_manifest_entry_string (JsonArray        *entries,
                                      guint             index,
                                      const char       *member);

G_END_DECLS
