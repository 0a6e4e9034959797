/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsScopeRow"

#include "config.h"

#include "ds-scope-row.h"

struct _DsScopeRow
{
  AdwActionRow  parent_instance;

  DsCardScope  *scope;
};

G_DEFINE_FINAL_TYPE (DsScopeRow, ds_scope_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The row's action target: the scope as study.start takes it. */
static void
set_scope (DsScopeRow        *self,
           const DsCardScope *scope)
{
  self->scope = scope ? ds_card_scope_copy (scope) : ds_card_scope_new (NULL, NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "(msms)",
                                    ds_card_scope_get_essay_id (self->scope),
                                    ds_card_scope_get_topic (self->scope));
}

static void
ds_scope_row_finalize (GObject *object)
{
  DsScopeRow *self = DS_SCOPE_ROW (object);

  g_clear_pointer (&self->scope, ds_card_scope_free);

  G_OBJECT_CLASS (ds_scope_row_parent_class)->finalize (object);
}

static void
ds_scope_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsScopeRow *self = DS_SCOPE_ROW (object);

  switch (prop_id)
    {
    case PROP_SCOPE:
      g_value_set_boxed (value, self->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_scope_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DsScopeRow *self = DS_SCOPE_ROW (object);

  switch (prop_id)
    {
    case PROP_SCOPE:
      set_scope (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_scope_row_class_init (DsScopeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_scope_row_finalize;
  object_class->get_property = ds_scope_row_get_property;
  object_class->set_property = ds_scope_row_set_property;

  properties[PROP_SCOPE] =
    g_param_spec_boxed ("scope", NULL, NULL, DS_TYPE_CARD_SCOPE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-scope-row.ui");
}

static void
ds_scope_row_init (DsScopeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ds_scope_row_new (const DsCardScope *scope,
                  const char        *title)
{
  return g_object_new (DS_TYPE_SCOPE_ROW, "scope", scope, "title", title, NULL);
}

const DsCardScope *
ds_scope_row_get_scope (DsScopeRow *self)
{
  g_return_val_if_fail (DS_IS_SCOPE_ROW (self), NULL);

  return self->scope;
}
