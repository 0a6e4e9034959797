/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ds-read-file.h"

G_BEGIN_DECLS

/*
 * Every JSON document the app or the command-line tool reads from outside
 * (the user's manifest, decks, progress backups, FSRS replay files) goes
 * through here. json-glib parses nesting by recursion, so a document of
 * 100,000 nested brackets would take the process down, and version 1.6
 * leaks what it built when it stops at an error: a strict check refuses
 * anything that is not JSON, or is nested deeper than DS_JSON_MAX_DEPTH,
 * before json-glib sees it. Encodings other than UTF-8 are named (UTF-16) rather than
 * reported as a parse error.
 */

/* Far deeper than any document DiploStudy writes (four levels). */
#define DS_JSON_MAX_DEPTH 64

/* Whether @data is one JSON value (RFC 8259, strictly: no comments, no
 * second value, no lone surrogates, no \u0000) nested at most @max_depth
 * deep; G_IO_ERROR_INVALID_DATA naming @name and the place otherwise. In
 * ds-json-check.c. */
gboolean  ds_json_check       (const char   *data,
                               gsize         length,
                               guint         max_depth,
                               const char   *name,
                               GError      **error);

/* Checks encoding, then ds_json_check(), then parses. @name names the
 * document in every message ("backup.json:3:14: this is not valid JSON").
 * Returns the root node (never NULL on success: an empty document is an
 * error). */
JsonNode *ds_json_parse       (const char   *data,
                               gsize         length,
                               const char   *name,
                               GError      **error);

/* ds_read_gfile() then ds_json_parse(), the file's name in messages. */
JsonNode *ds_json_load_file   (GFile        *file,
                               gsize         max_size,
                               DsReadFileFlags flags,
                               GError      **error);

/* Typed members of an object, for readers that check every field: FALSE
 * when @member is missing (with @nullable, missing or null gives NULL or 0
 * and TRUE), of another type, or out of range. Strings are owned by the
 * node. */
gboolean  ds_json_get_string  (JsonObject   *object,
                               const char   *member,
                               gboolean      nullable,
                               gsize         max_length,
                               const char  **out);
gboolean  ds_json_get_uint    (JsonObject   *object,
                               const char   *member,
                               gboolean      nullable,
                               guint         max,
                               guint        *out);
/* A number, whole or not. */
gboolean  ds_json_get_number  (JsonObject   *object,
                               const char   *member,
                               double       *out);

G_END_DECLS
