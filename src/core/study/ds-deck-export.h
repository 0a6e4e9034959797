/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-deck.h"
#include "ds-deck-io.h"

G_BEGIN_DECLS

/* Writes the cards of @deck — all of them, one essay's (@essay_id), or one
 * topic of it (@topic too) — as JSON or Anki text. An essay or topic
 * without cards is an error (G_IO_ERROR_NOT_FOUND) and writes nothing. */
gboolean      ds_deck_export         (DsDeck         *deck,
                                      const char     *essay_id,
                                      const char     *topic,
                                      DsDeckFormat    format,
                                      GOutputStream  *out,
                                      GError        **error);

G_END_DECLS
