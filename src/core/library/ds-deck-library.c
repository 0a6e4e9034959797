/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeck"

#include "config.h"

#include "ds-deck.h"

/*
 * The app's deck made from a library, and views of it by essay and topic.
 *
 * Views are computed by walking the cards: a deck has a few hundred cards
 * and the pages ask once per essay change, so an index would cost more
 * bookkeeping than it saves.
 */

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

void
ds_deck_apply_edits (DsDeck     *self,
                     DsProgress *progress)
{
  GListModel *cards;
  guint n;

  g_return_if_fail (DS_IS_DECK (self));
  g_return_if_fail (DS_IS_PROGRESS (progress));

  cards = ds_deck_get_cards (self);
  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);
      const char *question;
      const char *answer;

      if (!ds_progress_get_edit (progress, ds_card_get_id (card), &question, &answer))
        continue;
      ds_card_set_question (card, question);
      ds_card_set_answer (card, answer);
    }
}

static GPtrArray *
filter_cards (DsDeck     *self,
              const char *essay_id,
              gboolean    by_topic,
              const char *topic)
{
  GListModel *cards = ds_deck_get_cards (self);
  guint n = g_list_model_get_n_items (cards);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);

      if (g_strcmp0 (ds_card_get_essay_id (card), essay_id) != 0)
        continue;
      if (by_topic && g_strcmp0 (ds_card_get_topic (card), topic) != 0)
        continue;
      g_ptr_array_add (result, g_steal_pointer (&card));
    }
  return result;
}

GPtrArray *
ds_deck_dup_essay_cards (DsDeck     *self,
                         const char *essay_id)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);
  g_return_val_if_fail (essay_id != NULL, NULL);

  return filter_cards (self, essay_id, FALSE, NULL);
}

GPtrArray *
ds_deck_dup_topic_cards (DsDeck     *self,
                         const char *essay_id,
                         const char *topic)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);
  g_return_val_if_fail (essay_id != NULL, NULL);

  return filter_cards (self, essay_id, TRUE, topic);
}

char **
ds_deck_dup_topics (DsDeck     *self,
                    const char *essay_id)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) topics = g_strv_builder_new ();

  g_return_val_if_fail (DS_IS_DECK (self), NULL);
  g_return_val_if_fail (essay_id != NULL, NULL);

  cards = filter_cards (self, essay_id, FALSE, NULL);
  for (guint i = 0; i < cards->len; i++)
    {
      const char *topic = ds_card_get_topic (g_ptr_array_index (cards, i));

      /* The set borrows the cards' strings, alive as long as @cards. */
      if (topic == NULL || *topic == '\0' || !g_hash_table_add (seen, (gpointer) topic))
        continue;
      g_strv_builder_add (topics, topic);
    }
  return g_strv_builder_end (topics);
}
