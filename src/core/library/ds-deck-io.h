/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card.h"

G_BEGIN_DECLS

/*
 * Deck export: cards as JSON ({"cards": [...]}) and as tab-separated text
 * that Anki imports as is (question, answer, tags; HTML fields, list items
 * joined with "<br>", a "#separator:tab" header).
 *
 * The writer streams: cards can be added in batches (one essay at a time)
 * and are written through a buffer, so a deck of any size needs memory for
 * one batch only.
 */

typedef enum {
  DS_DECK_FORMAT_JSON,
  DS_DECK_FORMAT_TSV,
} DsDeckFormat;

typedef struct _DsDeckWriter DsDeckWriter;

DsDeckWriter *ds_deck_writer_new     (GOutputStream  *out,
                                      DsDeckFormat    format);
gboolean      ds_deck_writer_add     (DsDeckWriter   *self,
                                      GPtrArray      *cards,
                                      GError        **error);
/* Closes the document; the writer stays to be freed. */
gboolean      ds_deck_writer_finish  (DsDeckWriter   *self,
                                      GError        **error);
void          ds_deck_writer_free    (DsDeckWriter   *self);

gboolean      ds_deck_write_json     (GPtrArray      *cards,
                                      GOutputStream  *out,
                                      GError        **error);
gboolean      ds_deck_write_tsv      (GPtrArray      *cards,
                                      GOutputStream  *out,
                                      GError        **error);

/* Reads a deck in the JSON written above ({"cards": [...]}, as
 * `diplostudy-cards generate` prints it) into a GPtrArray of DsCard. Every
 * card is checked (ids, kinds, strings, spans, choices); the first problem
 * is an error naming @name and the card, and nothing is returned. */
#define DS_DECK_MAX_CARDS 1000000
GPtrArray    *ds_deck_read_json      (const char     *data,
                                      gsize           length,
                                      const char     *name,
                                      GError        **error);

/* "Peran Aktif Pemerintah Indonesia" → "peran-aktif-pemerintah-indonesia". */
char         *ds_deck_tag_slug       (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDeckWriter, ds_deck_writer_free)

G_END_DECLS
