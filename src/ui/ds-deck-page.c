/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeckPage"

#include "config.h"

#include "ds-deck-page.h"

typedef struct
{
  DsSession   *session;
  DsCardScope *scope;
} DsDeckPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DsDeckPage, ds_deck_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Released in finalize, not dispose: the pages' own dispose (template
 * teardown, list items unbinding) still reaches the deck. */
static void
ds_deck_page_finalize (GObject *object)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (DS_DECK_PAGE (object));

  g_clear_object (&priv->session);
  g_clear_pointer (&priv->scope, ds_card_scope_free);

  G_OBJECT_CLASS (ds_deck_page_parent_class)->finalize (object);
}

static void
ds_deck_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (DS_DECK_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, priv->session);
      break;
    case PROP_SCOPE:
      g_value_set_boxed (value, priv->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_deck_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (DS_DECK_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      priv->session = g_value_dup_object (value);
      break;
    case PROP_SCOPE:
      ds_deck_page_set_scope (DS_DECK_PAGE (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_deck_page_class_init (DsDeckPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_deck_page_finalize;
  object_class->get_property = ds_deck_page_get_property;
  object_class->set_property = ds_deck_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, DS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SCOPE] =
    g_param_spec_boxed ("scope", NULL, NULL, DS_TYPE_CARD_SCOPE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_deck_page_init (DsDeckPage *self)
{
}

DsSession *
ds_deck_page_get_session (DsDeckPage *self)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (self);

  g_return_val_if_fail (DS_IS_DECK_PAGE (self), NULL);

  return priv->session;
}

DsDeck *
ds_deck_page_get_deck (DsDeckPage *self)
{
  g_return_val_if_fail (DS_IS_DECK_PAGE (self), NULL);

  return ds_session_get_deck (ds_deck_page_get_session (self));
}

const DsCardScope *
ds_deck_page_get_scope (DsDeckPage *self)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (self);

  g_return_val_if_fail (DS_IS_DECK_PAGE (self), NULL);

  return priv->scope;
}

void
ds_deck_page_set_scope (DsDeckPage        *self,
                        const DsCardScope *scope)
{
  DsDeckPagePrivate *priv = ds_deck_page_get_instance_private (self);

  g_return_if_fail (DS_IS_DECK_PAGE (self));

  /* Every card: NULL, however it was said. */
  if (scope != NULL && ds_card_scope_get_kind (scope) == DS_CARD_SCOPE_ALL)
    scope = NULL;
  if (priv->scope == scope ||
      (priv->scope != NULL && scope != NULL && ds_card_scope_equal (priv->scope, scope)))
    return;
  g_clear_pointer (&priv->scope, ds_card_scope_free);
  priv->scope = scope ? ds_card_scope_copy (scope) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}
