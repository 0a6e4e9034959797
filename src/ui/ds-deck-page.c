/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsDeckPage"

#include "config.h"

#include "ds-deck-page.h"

typedef struct
{
  DsSession *session;
} DsDeckPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DsDeckPage, ds_deck_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
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
