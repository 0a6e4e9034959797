/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-deck-export.h"

/*
 * Export from the app's deck: the cards with the learner's edits, chosen by
 * a scope, written by ds-deck-io.c.
 */

static GPtrArray *
select_cards (DsDeck      *deck,
              const char  *essay_id,
              const char  *topic,
              GError     **error)
{
  g_autoptr(DsCardScope) scope = essay_id ? ds_card_scope_new (essay_id, topic) : NULL;
  g_autoptr(GPtrArray) cards = ds_deck_dup_cards (deck, scope);

  if (essay_id == NULL || cards->len > 0)
    return g_steal_pointer (&cards);

  if (topic != NULL)
    /* Translators: a topic (a heading of the essay) and an essay's id. */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Essay “%s” has no cards on the topic “%s”"), essay_id, topic);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("There are no cards of an essay “%s”"), essay_id);
  return NULL;
}

gboolean
ds_deck_export (DsDeck         *deck,
                const char     *essay_id,
                const char     *topic,
                DsDeckFormat    format,
                GOutputStream  *out,
                GError        **error)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_return_val_if_fail (DS_IS_DECK (deck), FALSE);
  g_return_val_if_fail (topic == NULL || essay_id != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  cards = select_cards (deck, essay_id, topic, error);
  if (cards == NULL)
    return FALSE;
  if (format == DS_DECK_FORMAT_TSV)
    return ds_deck_write_tsv (cards, out, error);
  return ds_deck_write_json (cards, out, error);
}
