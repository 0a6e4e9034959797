/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeck"

#include "config.h"

#include "ds-deck-private.h"
#include "ds-grading.h"

/* The generated text of a card, kept so that an edit can be reverted. */
typedef struct {
  char  *question;
  char  *answer;
  char **items;
} Original;

G_DEFINE_FINAL_TYPE (DsDeck, ds_deck, G_TYPE_OBJECT)

static void
original_free (Original *original)
{
  g_free (original->question);
  g_free (original->answer);
  g_strfreev (original->items);
  g_free (original);
}

static void
ds_deck_finalize (GObject *object)
{
  DsDeck *self = DS_DECK (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->originals, g_hash_table_unref);
  g_clear_object (&self->cards);
  if (self->essays != NULL)
    g_signal_handlers_disconnect_by_data (self->essays, self);
  g_clear_object (&self->essays);
  g_clear_pointer (&self->claims, g_hash_table_unref);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (ds_deck_parent_class)->finalize (object);
}

static void
ds_deck_class_init (DsDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_deck_finalize;
}

static void
ds_deck_init (DsDeck *self)
{
  self->cards = g_list_store_new (DS_TYPE_CARD);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->originals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) original_free);
}

DsDeck *
ds_deck_new (DsProgress *progress)
{
  DsDeck *self;

  g_return_val_if_fail (DS_IS_PROGRESS (progress), NULL);

  self = g_object_new (DS_TYPE_DECK, NULL);
  self->progress = g_object_ref (progress);
  return self;
}

DsProgress *
ds_deck_get_progress (DsDeck *self)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return self->progress;
}

DsSettings *
ds_deck_get_settings (DsDeck *self)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return ds_progress_get_settings (self->progress);
}

GListModel *
ds_deck_get_cards (DsDeck *self)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return G_LIST_MODEL (self->cards);
}

/*
 * A list card's answer is its items, one per line as the Cards page edits
 * them: what list recall grades against is what was edited. The answer
 * text becomes the items joined, as the generator writes it.
 */
static void
set_answer (DsCard     *card,
            const char *answer)
{
  g_auto(GStrv) items = NULL;
  g_autofree char *joined = NULL;

  if (ds_card_get_kind (card) != DS_CARD_LIST)
    {
      ds_card_set_answer (card, answer);
      return;
    }
  items = ds_grading_split_items (answer);
  joined = g_strjoinv ("; ", items);
  ds_card_set_items (card, (const char * const *) items);
  ds_card_set_answer (card, joined);
}

static void
apply_edit (DsProgress *progress,
            DsCard     *card)
{
  const char *question;
  const char *answer;

  if (!ds_progress_get_edit (progress, ds_card_get_id (card), &question, &answer))
    return;
  ds_card_set_question (card, question);
  set_answer (card, answer);
}

void
ds_deck_apply_edits (DsDeck     *self,
                     DsProgress *progress)
{
  GListModel *cards;
  guint n;

  g_return_if_fail (DS_IS_DECK (self));
  g_return_if_fail (DS_IS_PROGRESS (progress));

  cards = G_LIST_MODEL (self->cards);
  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);

      apply_edit (progress, card);
    }
}

void
ds_deck_set_cards (DsDeck    *self,
                   GPtrArray *cards)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n_old;

  g_return_if_fail (DS_IS_DECK (self));

  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->originals);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->cards));

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);
      Original *original;

      /* Ids are unique by construction; a duplicate would make two cards
       * share one schedule, so the later one is dropped. */
      if (!DS_IS_CARD (card) || g_hash_table_contains (self->by_id, ds_card_get_id (card)))
        continue;

      original = g_new0 (Original, 1);
      original->question = g_strdup (ds_card_get_question (card));
      original->answer = g_strdup (ds_card_get_answer (card));
      original->items = g_strdupv ((char **) ds_card_get_items (card));
      g_hash_table_insert (self->originals, g_strdup (ds_card_get_id (card)), original);
      g_hash_table_insert (self->by_id, (gpointer) ds_card_get_id (card), card);
      apply_edit (self->progress, card);
      g_ptr_array_add (kept, card);
    }

  g_list_store_splice (self->cards, 0, n_old, kept->pdata, kept->len);
}

GPtrArray *
ds_deck_dup_cards (DsDeck            *self,
                   const DsCardScope *scope)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return ds_card_scope_filter (scope, G_LIST_MODEL (self->cards));
}

char **
ds_deck_dup_topics (DsDeck            *self,
                    const DsCardScope *scope)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return ds_card_scope_dup_topics (scope, G_LIST_MODEL (self->cards));
}

DsCard *
ds_deck_lookup (DsDeck     *self,
                const char *card_id)
{
  g_return_val_if_fail (DS_IS_DECK (self), NULL);

  return card_id ? g_hash_table_lookup (self->by_id, card_id) : NULL;
}

guint
ds_deck_get_n_cards (DsDeck *self)
{
  g_return_val_if_fail (DS_IS_DECK (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->cards));
}

/* Whether @answer says what the generated card said: for a list, the same
 * items. */
static gboolean
same_answer (DsCard         *card,
             const Original *original,
             const char     *answer)
{
  g_auto(GStrv) items = NULL;

  if (ds_card_get_kind (card) != DS_CARD_LIST)
    return g_str_equal (original->answer, answer);
  items = ds_grading_split_items (answer);
  return original->items != NULL &&
         g_strv_equal ((const char * const *) items, (const char * const *) original->items);
}

void
ds_deck_edit_card (DsDeck     *self,
                   DsCard     *card,
                   const char *question,
                   const char *answer)
{
  Original *original;

  g_return_if_fail (DS_IS_DECK (self));
  g_return_if_fail (DS_IS_CARD (card));
  g_return_if_fail (question != NULL && answer != NULL);

  original = g_hash_table_lookup (self->originals, ds_card_get_id (card));
  if (original != NULL &&
      g_str_equal (original->question, question) &&
      same_answer (card, original, answer))
    ds_progress_clear_edit (self->progress, ds_card_get_id (card));
  else
    ds_progress_set_edit (self->progress, ds_card_get_id (card), question, answer);

  ds_card_set_question (card, question);
  set_answer (card, answer);
}

void
ds_deck_revert_card (DsDeck *self,
                     DsCard *card)
{
  Original *original;

  g_return_if_fail (DS_IS_DECK (self));
  g_return_if_fail (DS_IS_CARD (card));

  ds_progress_clear_edit (self->progress, ds_card_get_id (card));
  original = g_hash_table_lookup (self->originals, ds_card_get_id (card));
  if (original == NULL)
    return;
  ds_card_set_question (card, original->question);
  ds_card_set_answer (card, original->answer);
  if (ds_card_get_kind (card) == DS_CARD_LIST)
    ds_card_set_items (card, (const char * const *) original->items);
}

gboolean
ds_deck_is_edited (DsDeck *self,
                   DsCard *card)
{
  g_return_val_if_fail (DS_IS_DECK (self), FALSE);
  g_return_val_if_fail (DS_IS_CARD (card), FALSE);

  return ds_progress_get_edit (self->progress, ds_card_get_id (card), NULL, NULL);
}
