/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The one typed wrapper around the org.example.DiploStudy GSettings schema.
 * Nothing else calls g_settings_new(). Preferences are GObject properties
 * (notify:: on change, usable with g_object_bind_property and
 * g_settings_bind through ds_settings_bind); progress keys are reached only
 * by DsProgress through ds_settings_get_backing() and
 * ds_settings_new_delayed_backing().
 *
 * When GLib would fall back to the memory backend on its own (no dconf on
 * the machine) and GSETTINGS_BACKEND is not set, a keyfile under
 * $XDG_CONFIG_HOME/diplostudy/ is used so that progress is never silently
 * thrown away.
 */

typedef enum {
  DS_COLOR_SCHEME_SYSTEM,
  DS_COLOR_SCHEME_LIGHT,
  DS_COLOR_SCHEME_DARK,
} DsColorScheme;

typedef enum {
  DS_PRESENTATION_THEME_DARK,
  DS_PRESENTATION_THEME_LIGHT,
} DsPresentationTheme;

#define DS_TYPE_COLOR_SCHEME (ds_color_scheme_get_type ())
GType ds_color_scheme_get_type (void) G_GNUC_CONST;

#define DS_TYPE_PRESENTATION_THEME (ds_presentation_theme_get_type ())
GType ds_presentation_theme_get_type (void) G_GNUC_CONST;

#define DS_TYPE_SETTINGS (ds_settings_get_type ())
G_DECLARE_FINAL_TYPE (DsSettings, ds_settings, DS, SETTINGS, GObject)

/* Returns NULL with an error when the schema is not installed. */
DsSettings         *ds_settings_new                 (GError     **error);
/* For tests: a settings object over an explicit backend. */
DsSettings         *ds_settings_new_with_backend    (GSettingsBackend *backend,
                                                     GError     **error);
GSettings          *ds_settings_get_backing         (DsSettings  *self);
/* When the settings are kept in a keyfile: its path and the group that
 * holds this schema's keys, and whether DiploStudy made it in a folder of
 * its own (its fallback) rather than GLib's shared one. FALSE for any other
 * backend. */
gboolean            ds_settings_get_keyfile         (DsSettings  *self,
                                                     char       **path,
                                                     char       **group,
                                                     gboolean    *own_folder);
/* Whether what is written is kept at all (FALSE for the memory backend). */
gboolean            ds_settings_get_persistent      (DsSettings  *self);
GSettings          *ds_settings_new_delayed_backing (DsSettings  *self);
/* g_settings_bind() for a preference key (never a progress key), e.g. the
 * window size onto GtkWindow:default-width. */
void                ds_settings_bind                (DsSettings  *self,
                                                     const char  *key,
                                                     gpointer     object,
                                                     const char  *property,
                                                     GSettingsBindFlags flags);

double              ds_settings_get_text_scale      (DsSettings  *self);
void                ds_settings_set_text_scale      (DsSettings  *self,
                                                     double       scale);
DsColorScheme       ds_settings_get_color_scheme    (DsSettings  *self);
void                ds_settings_set_color_scheme    (DsSettings  *self,
                                                     DsColorScheme scheme);
const char         *ds_settings_get_last_essay      (DsSettings  *self);
void                ds_settings_set_last_essay      (DsSettings  *self,
                                                     const char  *essay_id);
gboolean            ds_settings_get_reading_position (DsSettings *self,
                                                     const char  *essay_id,
                                                     guint       *offset,
                                                     double      *progress);
void                ds_settings_set_reading_position (DsSettings *self,
                                                     const char  *essay_id,
                                                     guint        offset,
                                                     double       progress);
void                ds_settings_get_window_state    (DsSettings  *self,
                                                     int         *width,
                                                     int         *height,
                                                     gboolean    *maximized);
void                ds_settings_set_window_state    (DsSettings  *self,
                                                     int          width,
                                                     int          height,
                                                     gboolean     maximized);
double              ds_settings_get_requested_retention (DsSettings *self);
void                ds_settings_set_requested_retention (DsSettings *self,
                                                         double      retention);
guint               ds_settings_get_new_cards_per_day (DsSettings *self);
void                ds_settings_set_new_cards_per_day (DsSettings *self,
                                                       guint       n);
guint               ds_settings_get_countdown_seconds (DsSettings *self);
void                ds_settings_set_countdown_seconds (DsSettings *self,
                                                       guint       seconds);
DsPresentationTheme ds_settings_get_presentation_theme (DsSettings *self);
void                ds_settings_set_presentation_theme (DsSettings *self,
                                                        DsPresentationTheme theme);

G_END_DECLS
