/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-quiz-cards.h"

/*
 * Which cards go before a class: what counts as a key claim, and the cards
 * of a quiz.
 */

gboolean
ds_card_is_key_claim (DsCard *card)
{
  g_return_val_if_fail (DS_IS_CARD (card), FALSE);

  switch (ds_card_get_kind (card))
    {
    case DS_CARD_LIST:
    case DS_CARD_DEFINITION:
    case DS_CARD_FACT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Fisher–Yates with GLib's seeded generator: the same seed gives the same
 * quiz on every machine. */
static void
shuffle (GPtrArray *cards,
         guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = cards->len - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      gpointer tmp = cards->pdata[i];

      cards->pdata[i] = cards->pdata[j];
      cards->pdata[j] = tmp;
    }
}

GPtrArray *
ds_quiz_select_cards (GPtrArray         *cards,
                      const DsCardScope *scope,
                      DsQuizOrder        order,
                      guint              max,
                      guint32            seed)
{
  GPtrArray *picked = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (cards != NULL, picked);

  for (guint i = 0; i < cards->len; i++)
    if (ds_card_scope_contains (scope, g_ptr_array_index (cards, i)))
      g_ptr_array_add (picked, g_object_ref (g_ptr_array_index (cards, i)));
  if (order == DS_QUIZ_ORDER_SHUFFLED && picked->len > 1)
    shuffle (picked, seed);

  if (max > 0 && picked->len > max)
    g_ptr_array_set_size (picked, max);

  return picked;
}
