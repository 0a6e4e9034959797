/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ds-settings.h"

typedef struct {
  guint count;
  char *last_name;
} NotifyCounter;

static void
notify_cb (GObject       *object,
           GParamSpec    *pspec,
           NotifyCounter *counter)
{
  counter->count++;
  g_free (counter->last_name);
  counter->last_name = g_strdup (pspec->name);
}

static DsSettings *
new_memory_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  DsSettings *settings = ds_settings_new_with_backend (backend, &error);

  g_assert_no_error (error);
  g_assert_true (DS_IS_SETTINGS (settings));
  return settings;
}

static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  DsSettings *settings = ds_settings_new (&error);
  int width, height;
  gboolean maximized;
  guint offset = 99;
  double progress = 99.0;

  /* GSETTINGS_BACKEND=memory in the test environment: a fresh store. */
  g_assert_no_error (error);
  g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 1.0);
  g_assert_cmpint (ds_settings_get_color_scheme (settings), ==, DS_COLOR_SCHEME_SYSTEM);
  g_assert_cmpstr (ds_settings_get_last_essay (settings), ==, "");
  g_assert_cmpfloat (ds_settings_get_requested_retention (settings), ==, 0.9);
  g_assert_cmpuint (ds_settings_get_new_cards_per_day (settings), ==, 20);
  g_assert_cmpuint (ds_settings_get_countdown_seconds (settings), ==, 30);
  g_assert_cmpint (ds_settings_get_presentation_theme (settings), ==, DS_PRESENTATION_THEME_DARK);
  ds_settings_get_window_state (settings, &width, &height, &maximized);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 760);
  g_assert_false (maximized);
  g_assert_false (ds_settings_get_reading_position (settings, "any", &offset, &progress));
  g_assert_cmpuint (offset, ==, 0);
  g_assert_cmpfloat (progress, ==, 0.0);
  g_assert_true (G_IS_SETTINGS (ds_settings_get_backing (settings)));

  g_assert_finalize_object (settings);
}

static void
test_round_trip (void)
{
  DsSettings *settings = new_memory_settings ();
  g_autofree char *essay = NULL;
  g_autofree char *scheme_nick = NULL;
  DsColorScheme scheme;
  int width, height;
  gboolean maximized;

  ds_settings_set_text_scale (settings, 1.5);
  ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_DARK);
  ds_settings_set_last_essay (settings, "001_f2b556cc33273b55");
  ds_settings_set_requested_retention (settings, 0.85);
  ds_settings_set_new_cards_per_day (settings, 7);
  ds_settings_set_countdown_seconds (settings, 90);
  ds_settings_set_presentation_theme (settings, DS_PRESENTATION_THEME_LIGHT);
  ds_settings_set_window_state (settings, 800, 600, TRUE);

  g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 1.5);
  g_assert_cmpint (ds_settings_get_color_scheme (settings), ==, DS_COLOR_SCHEME_DARK);
  g_assert_cmpstr (ds_settings_get_last_essay (settings), ==, "001_f2b556cc33273b55");
  g_assert_cmpfloat (ds_settings_get_requested_retention (settings), ==, 0.85);
  g_assert_cmpuint (ds_settings_get_new_cards_per_day (settings), ==, 7);
  g_assert_cmpuint (ds_settings_get_countdown_seconds (settings), ==, 90);
  g_assert_cmpint (ds_settings_get_presentation_theme (settings), ==, DS_PRESENTATION_THEME_LIGHT);
  ds_settings_get_window_state (settings, &width, &height, &maximized);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);
  g_assert_true (maximized);

  /* The same values through GObject properties and the backing GSettings. */
  g_object_get (settings, "color-scheme", &scheme, "last-essay", &essay, NULL);
  g_assert_cmpint (scheme, ==, DS_COLOR_SCHEME_DARK);
  g_assert_cmpstr (essay, ==, "001_f2b556cc33273b55");
  scheme_nick = g_settings_get_string (ds_settings_get_backing (settings), "color-scheme");
  g_assert_cmpstr (scheme_nick, ==, "dark");
  g_object_set (settings, "text-scale", 2.0, NULL);
  g_assert_cmpfloat (g_settings_get_double (ds_settings_get_backing (settings), "text-scale"),
                     ==, 2.0);

  g_assert_finalize_object (settings);
}

static void
test_clamped (void)
{
  DsSettings *settings = new_memory_settings ();

  /* Out of the schema's range: clamped, never a critical from GSettings. */
  ds_settings_set_text_scale (settings, 10.0);
  g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 3.0);
  ds_settings_set_text_scale (settings, NAN);
  g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 0.5);
  ds_settings_set_requested_retention (settings, 0.1);
  g_assert_cmpfloat (ds_settings_get_requested_retention (settings), ==, 0.7);
  ds_settings_set_countdown_seconds (settings, 1);
  g_assert_cmpuint (ds_settings_get_countdown_seconds (settings), ==, 5);
  ds_settings_set_new_cards_per_day (settings, 1000000);
  g_assert_cmpuint (ds_settings_get_new_cards_per_day (settings), ==, 9999);

  g_assert_finalize_object (settings);
}

static void
test_notify (void)
{
  DsSettings *settings = new_memory_settings ();
  NotifyCounter counter = { 0, NULL };

  g_signal_connect (settings, "notify", G_CALLBACK (notify_cb), &counter);

  ds_settings_set_text_scale (settings, 1.25);
  g_assert_cmpuint (counter.count, ==, 1);
  g_assert_cmpstr (counter.last_name, ==, "text-scale");

  /* Unchanged: no notification. */
  ds_settings_set_text_scale (settings, 1.25);
  g_object_set (settings, "text-scale", 1.25, NULL);
  g_assert_cmpuint (counter.count, ==, 1);

  ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_LIGHT);
  g_assert_cmpuint (counter.count, ==, 2);
  g_assert_cmpstr (counter.last_name, ==, "color-scheme");
  ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_LIGHT);
  g_assert_cmpuint (counter.count, ==, 2);

  ds_settings_set_last_essay (settings, "a");
  ds_settings_set_last_essay (settings, "a");
  g_assert_cmpuint (counter.count, ==, 3);
  g_assert_cmpstr (counter.last_name, ==, "last-essay");

  ds_settings_set_new_cards_per_day (settings, 3);
  ds_settings_set_countdown_seconds (settings, 45);
  ds_settings_set_requested_retention (settings, 0.95);
  ds_settings_set_presentation_theme (settings, DS_PRESENTATION_THEME_LIGHT);
  g_assert_cmpuint (counter.count, ==, 7);

  /* A change made behind our back (another GSettings on the same store,
   * e.g. a preferences binding) is announced once too. */
  g_settings_set_double (ds_settings_get_backing (settings), "text-scale", 2.5);
  g_assert_cmpuint (counter.count, ==, 8);
  g_assert_cmpstr (counter.last_name, ==, "text-scale");
  g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 2.5);

  /* Progress and window keys are not properties. */
  ds_settings_set_window_state (settings, 640, 480, FALSE);
  ds_settings_set_reading_position (settings, "e", 3, 0.5);
  g_assert_cmpuint (counter.count, ==, 8);

  g_signal_handlers_disconnect_by_func (settings, notify_cb, &counter);
  g_free (counter.last_name);
  g_assert_finalize_object (settings);
}

static void
position_changed_cb (DsSettings *settings,
                     const char *essay_id,
                     GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (essay_id ? essay_id : "(null)"));
}

static void
test_reading_positions (void)
{
  DsSettings *settings = new_memory_settings ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint offset;
  double progress;

  g_signal_connect (settings, "reading-position-changed",
                    G_CALLBACK (position_changed_cb), seen);

  ds_settings_set_reading_position (settings, "essay-a", 120, 0.25);
  ds_settings_set_reading_position (settings, "essay-b", 4000, 0.75);
  ds_settings_set_reading_position (settings, "essay-a", 300, 0.5);
  ds_settings_set_reading_position (settings, "essay-a", 300, 0.5);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (seen, 2), ==, "essay-a");

  g_assert_true (ds_settings_get_reading_position (settings, "essay-a", &offset, &progress));
  g_assert_cmpuint (offset, ==, 300);
  g_assert_cmpfloat (progress, ==, 0.5);
  g_assert_true (ds_settings_get_reading_position (settings, "essay-b", &offset, &progress));
  g_assert_cmpuint (offset, ==, 4000);
  g_assert_cmpfloat (progress, ==, 0.75);
  g_assert_false (ds_settings_get_reading_position (settings, "essay-c", NULL, NULL));

  /* Out of range on the way in is clamped. */
  ds_settings_set_reading_position (settings, "essay-c", 1, 7.0);
  g_assert_true (ds_settings_get_reading_position (settings, "essay-c", NULL, &progress));
  g_assert_cmpfloat (progress, ==, 1.0);

  g_signal_handlers_disconnect_by_func (settings, position_changed_cb, seen);
  g_assert_finalize_object (settings);
}

static void
test_reading_positions_corrupt (void)
{
  DsSettings *settings = new_memory_settings ();
  GSettings *backing = ds_settings_get_backing (settings);
  GVariantBuilder builder;
  guint offset;
  double progress;

  /* Written behind DsSettings' back, as a corrupt file would be. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(ud)}"));
  g_variant_builder_add (&builder, "{s(ud)}", "nan", 5, NAN);
  g_variant_builder_add (&builder, "{s(ud)}", "big", 6, 3.5);
  g_variant_builder_add (&builder, "{s(ud)}", "neg", 7, -1.0);
  g_variant_builder_add (&builder, "{s(ud)}", "ok", 8, 0.5);
  g_settings_set_value (backing, "reading-positions", g_variant_builder_end (&builder));

  g_assert_true (ds_settings_get_reading_position (settings, "nan", &offset, &progress));
  g_assert_cmpuint (offset, ==, 5);
  g_assert_cmpfloat (progress, ==, 0.0);
  g_assert_true (ds_settings_get_reading_position (settings, "big", &offset, &progress));
  g_assert_cmpfloat (progress, ==, 1.0);
  g_assert_true (ds_settings_get_reading_position (settings, "neg", &offset, &progress));
  g_assert_cmpfloat (progress, ==, 0.0);
  g_assert_true (ds_settings_get_reading_position (settings, "ok", &offset, &progress));
  g_assert_cmpuint (offset, ==, 8);
  g_assert_cmpfloat (progress, ==, 0.5);

  g_assert_finalize_object (settings);
}

static void
test_keyfile_persists (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ds-settings-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  DsSettings *settings;
  guint offset;
  double progress;

  g_assert_no_error (error);
  path = g_build_filename (dir, "settings.ini", NULL);

  {
    g_autoptr(GSettingsBackend) backend =
      g_keyfile_settings_backend_new (path, "/org/example/DiploStudy/", "DiploStudy");

    settings = ds_settings_new_with_backend (backend, &error);
    g_assert_no_error (error);
    ds_settings_set_text_scale (settings, 1.75);
    ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_DARK);
    ds_settings_set_reading_position (settings, "essay-a", 42, 0.125);
    g_settings_sync ();
    g_assert_finalize_object (settings);
  }

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "text-scale=1.75"));

  {
    g_autoptr(GSettingsBackend) backend =
      g_keyfile_settings_backend_new (path, "/org/example/DiploStudy/", "DiploStudy");

    settings = ds_settings_new_with_backend (backend, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (ds_settings_get_text_scale (settings), ==, 1.75);
    g_assert_cmpint (ds_settings_get_color_scheme (settings), ==, DS_COLOR_SCHEME_DARK);
    g_assert_true (ds_settings_get_reading_position (settings, "essay-a", &offset, &progress));
    g_assert_cmpuint (offset, ==, 42);
    g_assert_cmpfloat (progress, ==, 0.125);
    g_assert_finalize_object (settings);
  }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Runs in a child whose environment points at empty schema directories. */
static void
test_missing_schema (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *empty = g_dir_make_tmp ("ds-noschema-XXXXXX", NULL);
      DsSettings *settings;

      g_setenv ("GSETTINGS_SCHEMA_DIR", empty, TRUE);
      g_setenv ("XDG_DATA_DIRS", empty, TRUE);
      g_setenv ("XDG_DATA_HOME", empty, TRUE);

      settings = ds_settings_new (&error);
      g_assert_null (settings);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_clear_error (&error);

      settings = ds_settings_new_with_backend (NULL, &error);
      g_assert_null (settings);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_rmdir (empty);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Without dconf (no GIO modules) and no GSETTINGS_BACKEND, settings must
 * still reach a file under XDG_CONFIG_HOME: GLib 2.74 falls back to its own
 * keyfile there, older ones to memory, where ds_settings_new() substitutes
 * diplostudy/settings.ini. */
static void
test_keyfile_fallback (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *home = g_dir_make_tmp ("ds-fallback-XXXXXX", NULL);
      g_autofree char *ours = g_build_filename (home, "diplostudy", "settings.ini", NULL);
      g_autofree char *glibs = g_build_filename (home, "glib-2.0", "settings", "keyfile", NULL);
      g_autofree char *contents = NULL;
      DsSettings *settings;

      g_unsetenv ("GSETTINGS_BACKEND");
      g_setenv ("GIO_MODULE_DIR", home, TRUE);
      g_setenv ("XDG_CONFIG_HOME", home, TRUE);

      settings = ds_settings_new (&error);
      g_assert_no_error (error);
      ds_settings_set_countdown_seconds (settings, 77);
      g_settings_sync ();

      if (!g_file_get_contents (ours, &contents, NULL, NULL))
        g_file_get_contents (glibs, &contents, NULL, NULL);
      g_assert_nonnull (contents);
      g_assert_nonnull (strstr (contents, "countdown-seconds=77"));
      g_assert_finalize_object (settings);

      g_remove (ours);
      g_remove (glibs);
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *parent = g_path_get_dirname (i == 0 ? ours : glibs);

          g_rmdir (parent);
        }
      g_free (glibs);
      glibs = g_build_filename (home, "glib-2.0", NULL);
      g_rmdir (glibs);
      g_rmdir (home);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_enum_types (void)
{
  g_autoptr(GEnumClass) schemes = g_type_class_ref (DS_TYPE_COLOR_SCHEME);
  g_autoptr(GEnumClass) themes = g_type_class_ref (DS_TYPE_PRESENTATION_THEME);

  g_assert_cmpstr (g_enum_get_value (schemes, DS_COLOR_SCHEME_DARK)->value_nick, ==, "dark");
  g_assert_cmpstr (g_enum_get_value (themes, DS_PRESENTATION_THEME_LIGHT)->value_nick, ==, "light");
  g_assert_cmpuint (schemes->n_values, ==, 3);
  g_assert_cmpuint (themes->n_values, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/defaults", test_defaults);
  g_test_add_func ("/settings/round-trip", test_round_trip);
  g_test_add_func ("/settings/clamped", test_clamped);
  g_test_add_func ("/settings/notify", test_notify);
  g_test_add_func ("/settings/reading-positions", test_reading_positions);
  g_test_add_func ("/settings/reading-positions-corrupt", test_reading_positions_corrupt);
  g_test_add_func ("/settings/keyfile-persists", test_keyfile_persists);
  g_test_add_func ("/settings/missing-schema", test_missing_schema);
  g_test_add_func ("/settings/keyfile-fallback", test_keyfile_fallback);
  g_test_add_func ("/settings/enum-types", test_enum_types);

  return g_test_run ();
}
