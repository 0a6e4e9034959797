/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsSettings"

#include "config.h"

#include <errno.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-settings.h"

#define SCHEMA_ID "org.example.DiploStudy"
#define SCHEMA_PATH "/org/example/DiploStudy/"
/* Keys directly below SCHEMA_PATH land in this keyfile group. */
#define KEYFILE_GROUP "DiploStudy"

enum {
  PROP_0,
  PROP_TEXT_SCALE,
  PROP_COLOR_SCHEME,
  PROP_LAST_ESSAY,
  PROP_REQUESTED_RETENTION,
  PROP_NEW_CARDS_PER_DAY,
  PROP_COUNTDOWN_SECONDS,
  PROP_PRESENTATION_THEME,
  N_PROPS
};

struct _DsSettings
{
  GObject    parent_instance;

  GSettings *settings;
  /* Whether choose_backend() made the keyfile, in a folder of our own. */
  gboolean   own_keyfile;
  /* The last value seen per property, so that notify:: fires only when the
   * value really changed, whoever changed it. */
  GVariant  *seen[N_PROPS];
};

G_DEFINE_FINAL_TYPE (DsSettings, ds_settings, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

enum {
  READING_POSITION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The GSettings key behind each property, indexed by PROP_*. */
static const char * const prop_keys[N_PROPS] = {
  [PROP_TEXT_SCALE] = "text-scale",
  [PROP_COLOR_SCHEME] = "color-scheme",
  [PROP_LAST_ESSAY] = "last-essay",
  [PROP_REQUESTED_RETENTION] = "requested-retention",
  [PROP_NEW_CARDS_PER_DAY] = "new-cards-per-day",
  [PROP_COUNTDOWN_SECONDS] = "countdown-seconds",
  [PROP_PRESENTATION_THEME] = "presentation-theme",
};

/* Keys that belong to DsProgress (with the card-states-* shards):
 * ds_settings_bind() refuses them. */
static const char * const progress_keys[] = {
  "suspended-cards", "daily-stats", "card-edits", "progress-checkpoint", NULL,
};

GType
ds_color_scheme_get_type (void)
{
  static gsize type_id = 0;

  /* Nicks match the schema's enum, so g_settings_get_enum() values and
   * these agree. */
  static const GEnumValue values[] = {
    { DS_COLOR_SCHEME_SYSTEM, "DS_COLOR_SCHEME_SYSTEM", "system" },
    { DS_COLOR_SCHEME_LIGHT, "DS_COLOR_SCHEME_LIGHT", "light" },
    { DS_COLOR_SCHEME_DARK, "DS_COLOR_SCHEME_DARK", "dark" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    {
      GType id = g_enum_register_static (g_intern_static_string ("DsColorScheme"),
                                         values);
      g_once_init_leave (&type_id, id);
    }

  return type_id;
}

GType
ds_presentation_theme_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { DS_PRESENTATION_THEME_DARK, "DS_PRESENTATION_THEME_DARK", "dark" },
    { DS_PRESENTATION_THEME_LIGHT, "DS_PRESENTATION_THEME_LIGHT", "light" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    {
      GType id = g_enum_register_static (g_intern_static_string ("DsPresentationTheme"),
                                         values);
      g_once_init_leave (&type_id, id);
    }

  return type_id;
}

static int
prop_for_key (const char *key)
{
  for (int i = PROP_0 + 1; i < N_PROPS; i++)
    if (g_strcmp0 (prop_keys[i], key) == 0)
      return i;

  return PROP_0;
}

/* Re-reads one property's key and notifies when it differs from what was
 * seen last. Called after our own writes and from GSettings::changed, so a
 * change is announced exactly once whichever path sees it first. */
static void
refresh_prop (DsSettings *self,
              int         prop)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->settings, prop_keys[prop]);

  if (self->seen[prop] != NULL && g_variant_equal (self->seen[prop], value))
    return;

  g_clear_pointer (&self->seen[prop], g_variant_unref);
  self->seen[prop] = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
settings_changed_cb (DsSettings *self,
                     const char *key,
                     GSettings  *settings)
{
  int prop = prop_for_key (key);

  if (prop != PROP_0)
    refresh_prop (self, prop);
  else if (g_strcmp0 (key, "reading-positions") == 0)
    g_signal_emit (self, signals[READING_POSITION_CHANGED], 0, NULL);
}

/* The schema's own range, so the setters never trip GSettings' range
 * check (which would be a critical) whatever the caller passes. */
static gboolean
key_range (DsSettings *self,
           const char *key,
           GVariant  **min,
           GVariant  **max)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  const char *kind;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  if (g_strcmp0 (kind, "range") != 0)
    return FALSE;

  g_variant_get (bounds, "(@?@?)", min, max);
  return TRUE;
}

static double
clamp_double (DsSettings *self,
              const char *key,
              double      value)
{
  g_autoptr(GVariant) min = NULL;
  g_autoptr(GVariant) max = NULL;

  if (!key_range (self, key, &min, &max))
    return value;

  if (isnan (value))
    return g_variant_get_double (min);

  return CLAMP (value, g_variant_get_double (min), g_variant_get_double (max));
}

static guint
clamp_uint (DsSettings *self,
            const char *key,
            guint       value)
{
  g_autoptr(GVariant) min = NULL;
  g_autoptr(GVariant) max = NULL;

  if (!key_range (self, key, &min, &max))
    return value;

  return CLAMP (value, g_variant_get_uint32 (min), g_variant_get_uint32 (max));
}

static void
set_double_key (DsSettings *self,
                int         prop,
                double      value)
{
  value = clamp_double (self, prop_keys[prop], value);
  if (g_settings_get_double (self->settings, prop_keys[prop]) == value)
    return;

  g_settings_set_double (self->settings, prop_keys[prop], value);
  refresh_prop (self, prop);
}

static void
set_uint_key (DsSettings *self,
              int         prop,
              guint       value)
{
  value = clamp_uint (self, prop_keys[prop], value);
  if (g_settings_get_uint (self->settings, prop_keys[prop]) == value)
    return;

  g_settings_set_uint (self->settings, prop_keys[prop], value);
  refresh_prop (self, prop);
}

static void
set_enum_key (DsSettings *self,
              int         prop,
              int         value)
{
  if (g_settings_get_enum (self->settings, prop_keys[prop]) == value)
    return;

  g_settings_set_enum (self->settings, prop_keys[prop], value);
  refresh_prop (self, prop);
}

static void
ds_settings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsSettings *self = DS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
      g_value_set_double (value, ds_settings_get_text_scale (self));
      break;
    case PROP_COLOR_SCHEME:
      g_value_set_enum (value, ds_settings_get_color_scheme (self));
      break;
    case PROP_LAST_ESSAY:
      g_value_set_string (value, ds_settings_get_last_essay (self));
      break;
    case PROP_REQUESTED_RETENTION:
      g_value_set_double (value, ds_settings_get_requested_retention (self));
      break;
    case PROP_NEW_CARDS_PER_DAY:
      g_value_set_uint (value, ds_settings_get_new_cards_per_day (self));
      break;
    case PROP_COUNTDOWN_SECONDS:
      g_value_set_uint (value, ds_settings_get_countdown_seconds (self));
      break;
    case PROP_PRESENTATION_THEME:
      g_value_set_enum (value, ds_settings_get_presentation_theme (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_settings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DsSettings *self = DS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
      ds_settings_set_text_scale (self, g_value_get_double (value));
      break;
    case PROP_COLOR_SCHEME:
      ds_settings_set_color_scheme (self, g_value_get_enum (value));
      break;
    case PROP_LAST_ESSAY:
      ds_settings_set_last_essay (self, g_value_get_string (value));
      break;
    case PROP_REQUESTED_RETENTION:
      ds_settings_set_requested_retention (self, g_value_get_double (value));
      break;
    case PROP_NEW_CARDS_PER_DAY:
      ds_settings_set_new_cards_per_day (self, g_value_get_uint (value));
      break;
    case PROP_COUNTDOWN_SECONDS:
      ds_settings_set_countdown_seconds (self, g_value_get_uint (value));
      break;
    case PROP_PRESENTATION_THEME:
      ds_settings_set_presentation_theme (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_settings_finalize (GObject *object)
{
  DsSettings *self = DS_SETTINGS (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->seen); i++)
    g_clear_pointer (&self->seen[i], g_variant_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ds_settings_parent_class)->finalize (object);
}

static void
ds_settings_class_init (DsSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = ds_settings_get_property;
  object_class->set_property = ds_settings_set_property;
  object_class->finalize = ds_settings_finalize;

  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, 0.5, 3.0, 1.0, flags);
  properties[PROP_COLOR_SCHEME] =
    g_param_spec_enum ("color-scheme", NULL, NULL,
                       DS_TYPE_COLOR_SCHEME, DS_COLOR_SCHEME_SYSTEM, flags);
  properties[PROP_LAST_ESSAY] =
    g_param_spec_string ("last-essay", NULL, NULL, "", flags);
  properties[PROP_REQUESTED_RETENTION] =
    g_param_spec_double ("requested-retention", NULL, NULL, 0.7, 0.99, 0.9, flags);
  properties[PROP_NEW_CARDS_PER_DAY] =
    g_param_spec_uint ("new-cards-per-day", NULL, NULL, 0, 9999, 20, flags);
  properties[PROP_COUNTDOWN_SECONDS] =
    g_param_spec_uint ("countdown-seconds", NULL, NULL, 5, 600, 30, flags);
  properties[PROP_PRESENTATION_THEME] =
    g_param_spec_enum ("presentation-theme", NULL, NULL,
                       DS_TYPE_PRESENTATION_THEME, DS_PRESENTATION_THEME_DARK, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsSettings::reading-position-changed:
   * @essay_id: (nullable): the essay whose position changed, or %NULL when
   *   any may have changed (a change from outside).
   */
  signals[READING_POSITION_CHANGED] =
    g_signal_new ("reading-position-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ds_settings_init (DsSettings *self)
{
}

static GSettingsSchema *
lookup_schema (GError **error)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("The settings schema “%s” is not installed"), SCHEMA_ID);

  return schema;
}

/* GLib falls back to the memory backend when it finds no dconf module;
 * everything learnt would then vanish at exit, so use a keyfile instead.
 * An explicit GSETTINGS_BACKEND (tests, the user) is always respected. */
static GSettingsBackend *
choose_backend (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSettingsBackend) fallback = NULL;

  if (g_getenv ("GSETTINGS_BACKEND") != NULL)
    return NULL;

  fallback = g_settings_backend_get_default ();
  if (g_strcmp0 (G_OBJECT_TYPE_NAME (fallback), "GMemorySettingsBackend") != 0)
    return NULL;

  dir = g_build_filename (g_get_user_config_dir (), "diplostudy", NULL);
  path = g_build_filename (dir, "settings.ini", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_debug ("Could not create %s: %s", dir, g_strerror (errno));

  return g_keyfile_settings_backend_new (path, SCHEMA_PATH, KEYFILE_GROUP);
}

DsSettings *
ds_settings_new (GError **error)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  DsSettings *self;

  schema = lookup_schema (error);
  if (schema == NULL)
    return NULL;

  backend = choose_backend ();
  self = ds_settings_new_with_backend (backend, error);
  if (self != NULL)
    self->own_keyfile = backend != NULL;
  return self;
}

DsSettings *
ds_settings_new_with_backend (GSettingsBackend  *backend,
                              GError           **error)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  DsSettings *self;

  g_return_val_if_fail (backend == NULL || G_IS_SETTINGS_BACKEND (backend), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  schema = lookup_schema (error);
  if (schema == NULL)
    return NULL;

  self = g_object_new (DS_TYPE_SETTINGS, NULL);
  self->settings = g_settings_new_full (schema, backend, NULL);

  for (int i = PROP_0 + 1; i < N_PROPS; i++)
    self->seen[i] = g_settings_get_value (self->settings, prop_keys[i]);

  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

GSettings *
ds_settings_get_backing (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), NULL);

  return self->settings;
}

static GSettingsBackend *
get_backend (DsSettings *self)
{
  GSettingsBackend *backend = NULL;

  g_object_get (self->settings, "backend", &backend, NULL);
  return backend;
}

/* The schema's path relative to the keyfile's root path names its group
 * ("org/example/DiploStudy" under "/"), or the root group itself. */
static char *
keyfile_group (const char *root_path,
               const char *root_group)
{
  const char *schema_path = SCHEMA_PATH;
  const char *rest;

  if (root_path == NULL || !g_str_has_prefix (schema_path, root_path))
    return NULL;
  rest = schema_path + strlen (root_path);
  if (*rest == '\0')
    return g_strdup (root_group);
  return g_strndup (rest, strlen (rest) - 1);
}

gboolean
ds_settings_get_keyfile (DsSettings  *self,
                         char       **path,
                         char       **group,
                         gboolean    *own_folder)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *root_path = NULL;
  g_autofree char *root_group = NULL;
  g_autofree char *schema_group = NULL;

  g_return_val_if_fail (DS_IS_SETTINGS (self), FALSE);

  backend = get_backend (self);
  if (g_strcmp0 (G_OBJECT_TYPE_NAME (backend), "GKeyfileSettingsBackend") != 0)
    return FALSE;

  g_object_get (backend, "filename", &filename, "root-path", &root_path,
                "root-group", &root_group, NULL);
  schema_group = keyfile_group (root_path, root_group);
  if (filename == NULL || schema_group == NULL)
    return FALSE;

  if (path != NULL)
    *path = g_steal_pointer (&filename);
  if (group != NULL)
    *group = g_steal_pointer (&schema_group);
  if (own_folder != NULL)
    *own_folder = self->own_keyfile;
  return TRUE;
}

gboolean
ds_settings_get_persistent (DsSettings *self)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  const char *type;

  g_return_val_if_fail (DS_IS_SETTINGS (self), FALSE);

  backend = get_backend (self);
  type = G_OBJECT_TYPE_NAME (backend);
  return g_strcmp0 (type, "GMemorySettingsBackend") != 0 &&
         g_strcmp0 (type, "GNullSettingsBackend") != 0;
}

/* A second view of the same schema and backend in delay-apply mode, for
 * DsProgress: an answer's card state and day counts are applied together,
 * so a crash between the two writes cannot leave one without the other. */
GSettings *
ds_settings_new_delayed_backing (DsSettings *self)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettings *delayed;

  g_return_val_if_fail (DS_IS_SETTINGS (self), NULL);

  g_object_get (self->settings,
                "backend", &backend,
                "settings-schema", &schema,
                NULL);
  delayed = g_settings_new_full (schema, backend, NULL);
  g_settings_delay (delayed);
  return delayed;
}

void
ds_settings_bind (DsSettings         *self,
                  const char         *key,
                  gpointer            object,
                  const char         *property,
                  GSettingsBindFlags  flags)
{
  g_return_if_fail (DS_IS_SETTINGS (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (!g_strv_contains (progress_keys, key)
                    && !g_str_has_prefix (key, "card-states"));

  g_settings_bind (self->settings, key, object, property, flags);
}

double
ds_settings_get_text_scale (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), 1.0);

  return g_settings_get_double (self->settings, "text-scale");
}

void
ds_settings_set_text_scale (DsSettings *self,
                            double      scale)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  set_double_key (self, PROP_TEXT_SCALE, scale);
}

DsColorScheme
ds_settings_get_color_scheme (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), DS_COLOR_SCHEME_SYSTEM);

  return g_settings_get_enum (self->settings, "color-scheme");
}

void
ds_settings_set_color_scheme (DsSettings    *self,
                              DsColorScheme  scheme)
{
  g_return_if_fail (DS_IS_SETTINGS (self));
  g_return_if_fail (scheme <= DS_COLOR_SCHEME_DARK);

  set_enum_key (self, PROP_COLOR_SCHEME, scheme);
}

const char *
ds_settings_get_last_essay (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), "");

  /* The cached value lives as long as the next change, like a property. */
  return g_variant_get_string (self->seen[PROP_LAST_ESSAY], NULL);
}

void
ds_settings_set_last_essay (DsSettings *self,
                            const char *essay_id)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  if (essay_id == NULL)
    essay_id = "";
  if (!g_utf8_validate (essay_id, -1, NULL))
    {
      g_debug ("Ignoring an essay id that is not UTF-8");
      return;
    }
  if (g_strcmp0 (ds_settings_get_last_essay (self), essay_id) == 0)
    return;

  g_settings_set_string (self->settings, "last-essay", essay_id);
  refresh_prop (self, PROP_LAST_ESSAY);
}

/* A progress share read from disk: anything that is not a number in 0…1
 * is somebody else's bug, not a reason to crash or to show 300 %. */
static double
sanitize_share (double      share,
                const char *essay_id)
{
  if (isnan (share) || share < 0.0 || share > 1.0)
    {
      g_log_structured (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE,
                        "MESSAGE", "Ignoring corrupt reading progress %g of essay %s",
                        share, essay_id);
      return isnan (share) || share < 0.0 ? 0.0 : 1.0;
    }

  return share;
}

gboolean
ds_settings_get_reading_position (DsSettings *self,
                                  const char *essay_id,
                                  guint      *offset,
                                  double     *progress)
{
  g_autoptr(GVariant) positions = NULL;
  guint stored_offset = 0;
  double stored_share = 0.0;
  gboolean found;

  g_return_val_if_fail (DS_IS_SETTINGS (self), FALSE);
  g_return_val_if_fail (essay_id != NULL, FALSE);

  positions = g_settings_get_value (self->settings, "reading-positions");
  found = g_variant_lookup (positions, essay_id, "(ud)", &stored_offset, &stored_share);
  if (found)
    stored_share = sanitize_share (stored_share, essay_id);

  if (offset != NULL)
    *offset = stored_offset;
  if (progress != NULL)
    *progress = stored_share;

  return found;
}

/* Copies @old with @essay_id set to (@offset, @progress). */
static GVariant *
positions_with (GVariant   *old,
                const char *essay_id,
                guint       offset,
                double      progress)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id;
  GVariant *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(ud)}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_loop (&iter, "{&s@(ud)}", &id, &value))
    if (g_strcmp0 (id, essay_id) != 0)
      g_variant_builder_add (&builder, "{s@(ud)}", id, value);

  g_variant_builder_add (&builder, "{s(ud)}", essay_id, offset, progress);
  return g_variant_builder_end (&builder);
}

void
ds_settings_set_reading_position (DsSettings *self,
                                  const char *essay_id,
                                  guint       offset,
                                  double      progress)
{
  g_autoptr(GVariant) old = NULL;
  guint old_offset;
  double old_progress;

  g_return_if_fail (DS_IS_SETTINGS (self));
  g_return_if_fail (essay_id != NULL && g_utf8_validate (essay_id, -1, NULL));

  progress = isnan (progress) ? 0.0 : CLAMP (progress, 0.0, 1.0);
  old = g_settings_get_value (self->settings, "reading-positions");
  if (g_variant_lookup (old, essay_id, "(ud)", &old_offset, &old_progress)
      && old_offset == offset && old_progress == progress)
    return;

  /* Block our own handler: it cannot tell which essay changed. */
  g_signal_handlers_block_by_func (self->settings, settings_changed_cb, self);
  g_settings_set_value (self->settings, "reading-positions",
                        positions_with (old, essay_id, offset, progress));
  g_signal_handlers_unblock_by_func (self->settings, settings_changed_cb, self);

  g_signal_emit (self, signals[READING_POSITION_CHANGED], 0, essay_id);
}

void
ds_settings_get_window_state (DsSettings *self,
                              int        *width,
                              int        *height,
                              gboolean   *maximized)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  if (width != NULL)
    *width = g_settings_get_int (self->settings, "window-width");
  if (height != NULL)
    *height = g_settings_get_int (self->settings, "window-height");
  if (maximized != NULL)
    *maximized = g_settings_get_boolean (self->settings, "window-maximized");
}

void
ds_settings_set_window_state (DsSettings *self,
                              int         width,
                              int         height,
                              gboolean    maximized)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  /* No g_settings_delay() here: delay-apply mode cannot be left again,
   * and DsProgress relies on writes through this object landing at once. */
  if (width > 0)
    g_settings_set_int (self->settings, "window-width", width);
  if (height > 0)
    g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", !!maximized);
}

double
ds_settings_get_requested_retention (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), 0.9);

  return g_settings_get_double (self->settings, "requested-retention");
}

void
ds_settings_set_requested_retention (DsSettings *self,
                                     double      retention)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  set_double_key (self, PROP_REQUESTED_RETENTION, retention);
}

guint
ds_settings_get_new_cards_per_day (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), 20);

  return g_settings_get_uint (self->settings, "new-cards-per-day");
}

void
ds_settings_set_new_cards_per_day (DsSettings *self,
                                   guint       n)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  set_uint_key (self, PROP_NEW_CARDS_PER_DAY, n);
}

guint
ds_settings_get_countdown_seconds (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), 30);

  return g_settings_get_uint (self->settings, "countdown-seconds");
}

void
ds_settings_set_countdown_seconds (DsSettings *self,
                                   guint       seconds)
{
  g_return_if_fail (DS_IS_SETTINGS (self));

  set_uint_key (self, PROP_COUNTDOWN_SECONDS, seconds);
}

DsPresentationTheme
ds_settings_get_presentation_theme (DsSettings *self)
{
  g_return_val_if_fail (DS_IS_SETTINGS (self), DS_PRESENTATION_THEME_DARK);

  return g_settings_get_enum (self->settings, "presentation-theme");
}

void
ds_settings_set_presentation_theme (DsSettings          *self,
                                    DsPresentationTheme  theme)
{
  g_return_if_fail (DS_IS_SETTINGS (self));
  g_return_if_fail (theme <= DS_PRESENTATION_THEME_LIGHT);

  set_enum_key (self, PROP_PRESENTATION_THEME, theme);
}
