/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsCardScope"

#include "config.h"

#include "ds-card-scope.h"

struct _DsCardScope
{
  char *essay_id;
  char *topic;
};

G_DEFINE_BOXED_TYPE (DsCardScope, ds_card_scope, ds_card_scope_copy, ds_card_scope_free)

DsCardScope *
ds_card_scope_new (const char *essay_id,
                   const char *topic)
{
  DsCardScope *self = g_new0 (DsCardScope, 1);

  self->essay_id = g_strdup (essay_id);
  self->topic = g_strdup (topic);
  return self;
}

DsCardScope *
ds_card_scope_copy (const DsCardScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ds_card_scope_new (self->essay_id, self->topic);
}

void
ds_card_scope_free (DsCardScope *self)
{
  if (self == NULL)
    return;
  g_free (self->essay_id);
  g_free (self->topic);
  g_free (self);
}

DsCardScopeKind
ds_card_scope_get_kind (const DsCardScope *self)
{
  if (self == NULL || (self->essay_id == NULL && self->topic == NULL))
    return DS_CARD_SCOPE_ALL;
  return self->topic != NULL ? DS_CARD_SCOPE_TOPIC : DS_CARD_SCOPE_ESSAY;
}

const char *
ds_card_scope_get_essay_id (const DsCardScope *self)
{
  return self ? self->essay_id : NULL;
}

const char *
ds_card_scope_get_topic (const DsCardScope *self)
{
  return self ? self->topic : NULL;
}

gboolean
ds_card_scope_equal (const DsCardScope *a,
                     const DsCardScope *b)
{
  return g_strcmp0 (ds_card_scope_get_essay_id (a), ds_card_scope_get_essay_id (b)) == 0 &&
         g_strcmp0 (ds_card_scope_get_topic (a), ds_card_scope_get_topic (b)) == 0;
}

gboolean
ds_card_scope_contains (const DsCardScope *self,
                        DsCard            *card)
{
  g_return_val_if_fail (DS_IS_CARD (card), FALSE);

  if (self == NULL)
    return TRUE;
  if (self->essay_id != NULL && g_strcmp0 (ds_card_get_essay_id (card), self->essay_id) != 0)
    return FALSE;
  return self->topic == NULL || g_strcmp0 (ds_card_get_topic (card), self->topic) == 0;
}

GPtrArray *
ds_card_scope_filter (const DsCardScope *self,
                      GListModel        *cards)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (cards), result);

  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);

      if (ds_card_scope_contains (self, card))
        g_ptr_array_add (result, g_steal_pointer (&card));
    }
  return result;
}

char **
ds_card_scope_dup_topics (const DsCardScope *self,
                          GListModel        *cards)
{
  g_autoptr(GPtrArray) picked = ds_card_scope_filter (self, cards);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) topics = g_strv_builder_new ();

  for (guint i = 0; i < picked->len; i++)
    {
      const char *topic = ds_card_get_topic (g_ptr_array_index (picked, i));

      /* The set borrows the cards' strings, alive as long as @picked. */
      if (topic == NULL || *topic == '\0' || !g_hash_table_add (seen, (gpointer) topic))
        continue;
      g_strv_builder_add (topics, topic);
    }
  return g_strv_builder_end (topics);
}
