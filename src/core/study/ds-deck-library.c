/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeck"

#include "config.h"

#include "ds-claims.h"
#include "ds-deck-private.h"
#include "ds-generator.h"

/*
 * The app's deck made from a library: the claims of every essay, extracted
 * once per essay, and the cards generated from all of them together (so
 * that distractors come from every essay). The Key claims panel lists the
 * claims a card was made of: a claim whose every card the gate turned down
 * (debris, a question without a referent) or that another card already
 * asks is no key claim to show.
 */

/* The claims of one essay, kept while the essay object is the same: an
 * essay imported again under its id is a new object. */
typedef struct {
  DsEssay   *essay;
  GPtrArray *claims;  /* all of them, for the generator */
  GPtrArray *asked;   /* those some card asks, or NULL before generating */
} Claims;

static void
claims_free (Claims *entry)
{
  g_clear_object (&entry->essay);
  g_clear_pointer (&entry->claims, g_ptr_array_unref);
  g_clear_pointer (&entry->asked, g_ptr_array_unref);
  g_free (entry);
}

static Claims *
entry_for_essay (DsDeck  *self,
                 DsEssay *essay)
{
  const char *id = ds_essay_get_id (essay);
  Claims *entry;

  if (self->claims == NULL)
    self->claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) claims_free);
  entry = g_hash_table_lookup (self->claims, id);
  if (entry != NULL && entry->essay == essay)
    return entry;

  entry = g_new0 (Claims, 1);
  entry->essay = g_object_ref (essay);
  entry->claims = ds_claims_extract (essay);
  g_hash_table_replace (self->claims, g_strdup (id), entry);
  return entry;
}

/* A card's or a claim's essay and source sentence, as one key. */
static char *
source_key (const char *essay_id,
            guint       start,
            guint       end)
{
  return g_strdup_printf ("%s:%u:%u", essay_id, start, end);
}

/* Keeps in each essay's entry the claims some card of @cards asks. */
static void
note_asked_claims (DsDeck    *self,
                   GPtrArray *cards)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  Claims *entry;

  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);

      g_hash_table_add (sources, source_key (ds_card_get_essay_id (card),
                                             ds_card_get_source_start (card),
                                             ds_card_get_source_end (card)));
    }
  g_hash_table_iter_init (&iter, self->claims);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      g_clear_pointer (&entry->asked, g_ptr_array_unref);
      entry->asked = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_claim_unref);
      for (guint i = 0; i < entry->claims->len; i++)
        {
          DsClaim *claim = g_ptr_array_index (entry->claims, i);
          g_autofree char *key = source_key (claim->essay_id, claim->start, claim->end);

          if (g_hash_table_contains (sources, key))
            g_ptr_array_add (entry->asked, ds_claim_ref (claim));
        }
    }
}

static void
regenerate (DsDeck *self)
{
  guint n = g_list_model_get_n_items (self->essays);
  g_autoptr(GPtrArray) all = g_ptr_array_new_full (n, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) read = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) cards = NULL;
  GHashTableIter iter;
  const char *id;

  for (guint i = 0; i < n; i++)
    {
      DsEssay *essay = g_list_model_get_item (self->essays, i);

      g_ptr_array_add (read, essay);
      g_ptr_array_add (all, g_ptr_array_ref (entry_for_essay (self, essay)->claims));
      g_hash_table_add (kept, (gpointer) ds_essay_get_id (essay));
    }
  /* A removed essay's claims go with it. */
  if (self->claims != NULL)
    {
      g_hash_table_iter_init (&iter, self->claims);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        if (!g_hash_table_contains (kept, id))
          g_hash_table_iter_remove (&iter);
    }

  cards = ds_generator_from_claims ((GPtrArray **) all->pdata, (DsEssay **) read->pdata, n);
  if (self->claims != NULL)
    note_asked_claims (self, cards);
  ds_deck_set_cards (self, cards);
}

void
ds_deck_set_essays (DsDeck     *self,
                    GListModel *essays)
{
  g_return_if_fail (DS_IS_DECK (self));
  g_return_if_fail (G_IS_LIST_MODEL (essays));

  if (self->essays != NULL)
    g_signal_handlers_disconnect_by_data (self->essays, self);
  g_set_object (&self->essays, essays);
  g_signal_connect_swapped (essays, "items-changed", G_CALLBACK (regenerate), self);
  regenerate (self);
}

DsDeck *
ds_deck_new_for_library (DsLibrary  *library,
                         DsProgress *progress)
{
  DsDeck *self;

  g_return_val_if_fail (DS_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DS_IS_PROGRESS (progress), NULL);

  self = ds_deck_new (progress);
  /* Generates now, and again when an essay is imported or replaced;
   * setting cards applies the stored edits each time. */
  ds_deck_set_essays (self, G_LIST_MODEL (library));
  return self;
}

GPtrArray *
ds_deck_get_claims (DsDeck  *self,
                    DsEssay *essay)
{
  Claims *entry;

  g_return_val_if_fail (DS_IS_DECK (self), NULL);
  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  entry = entry_for_essay (self, essay);
  /* (An essay the deck has not generated from yet: all its claims.) */
  return entry->asked != NULL ? entry->asked : entry->claims;
}
