/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsPreferencesWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-preferences-window.h"
#include "ds-widgets-private.h"

struct _DsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  DsSettings           *settings;

  AdwComboRow          *style_row;
  GtkAdjustment        *text_size_adjustment;
  GtkAdjustment        *retention_adjustment;
  GtkAdjustment        *new_cards_adjustment;
  GtkAdjustment        *countdown_adjustment;
  AdwComboRow          *theme_row;
};

G_DEFINE_FINAL_TYPE (DsPreferencesWindow, ds_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo rows list the enums' values in order, so an enum value is the
 * row's position. */
static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}

/* Shares (0.9) are shown as percentages (90). */
static gboolean
share_to_percent (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_double (to, round (g_value_get_double (from) * 100));
  return TRUE;
}

static gboolean
percent_to_share (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_double (to, g_value_get_double (from) / 100);
  return TRUE;
}

static void
bind_enum (DsPreferencesWindow *self,
           const char          *property,
           AdwComboRow         *row)
{
  g_object_bind_property_full (self->settings, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);
}

static void
bind_percent (DsPreferencesWindow *self,
              const char          *property,
              GtkAdjustment       *adjustment)
{
  g_object_bind_property_full (self->settings, property, adjustment, "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               share_to_percent, percent_to_share, NULL, NULL);
}

static void
bind_number (DsPreferencesWindow *self,
             const char          *property,
             GtkAdjustment       *adjustment)
{
  g_object_bind_property (self->settings, property, adjustment, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
ds_preferences_window_constructed (GObject *object)
{
  DsPreferencesWindow *self = DS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (ds_preferences_window_parent_class)->constructed (object);

  g_assert (self->settings != NULL);

  bind_enum (self, "color-scheme", self->style_row);
  bind_percent (self, "text-scale", self->text_size_adjustment);
  bind_percent (self, "requested-retention", self->retention_adjustment);
  bind_number (self, "new-cards-per-day", self->new_cards_adjustment);
  bind_number (self, "countdown-seconds", self->countdown_adjustment);
  bind_enum (self, "presentation-theme", self->theme_row);
}

static void
ds_preferences_window_dispose (GObject *object)
{
  DsPreferencesWindow *self = DS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ds_preferences_window_parent_class)->dispose (object);
}

static void
ds_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DsPreferencesWindow *self = DS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DsPreferencesWindow *self = DS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_preferences_window_class_init (DsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_preferences_window_constructed;
  object_class->dispose = ds_preferences_window_dispose;
  object_class->get_property = ds_preferences_window_get_property;
  object_class->set_property = ds_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, DS_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, text_size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, retention_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, new_cards_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, countdown_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DsPreferencesWindow, theme_row);
}

static void
ds_preferences_window_init (DsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* AdwPreferencesWindow's own search entry has no name in libadwaita 1.2. */
  _ds_widget_name_descendant (GTK_WIDGET (self), GTK_TYPE_SEARCH_ENTRY, NULL,
                              _("Search Preferences"));
}

DsPreferencesWindow *
ds_preferences_window_new (DsSettings *settings)
{
  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);

  return g_object_new (DS_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
