/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsApplication"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ds-application.h"
#include "ds-bench-frame.h"
#include "ds-preferences-window.h"
#include "ds-window.h"

struct _DsApplication
{
  AdwApplication  parent_instance;

  DsSettings     *settings;
  DsSession      *session;        /* made with the first window */
  GError         *library_error;

  /* Set when app.present opened the window, so that the activation that
   * follows at startup does not raise it over the presentation. */
  gboolean        skip_activate;
};

G_DEFINE_FINAL_TYPE (DsApplication, ds_application, ADW_TYPE_APPLICATION)

/* Every accelerator of the app, in one place. Pages that add actions add
 * their accelerators here. */
static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.import", { "<Control>o", NULL } },
  { "win.show-page('read')", { "<Alt>1", NULL } },
  { "win.show-page('study')", { "<Alt>2", NULL } },
  { "win.show-page('cards')", { "<Alt>3", NULL } },
  { "win.show-page('statistics')", { "<Alt>4", NULL } },
  { "reader.find", { "<Control>f", NULL } },
  { "reader.find-next", { "<Control>g", NULL } },
  { "reader.find-previous", { "<Control><Shift>g", NULL } },
  { "reader.toggle-claims", { "F9", NULL } },
};

static const GOptionEntry option_entries[] = {
  { "present", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Present an essay in full screen: the one given, else the open one"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    NULL, N_("[ESSAY-ID]") },
  { NULL }
};

static DsWindow *
find_window (DsApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (DS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* The learner's state, for every window: the essays are loaded when the
 * first window opens. */
static void
ensure_session (DsApplication *self)
{
  if (self->session != NULL)
    return;

  self->session = ds_session_new (self->settings, NULL);
  /* The review log first: a store rebuilt from it is what the pages see,
   * and the window tells the learner what opening it found. */
  ds_session_open_progress (self->session, NULL);
  if (!ds_session_load_essays (self->session, &self->library_error))
    g_warning ("Could not load the essays: %s", self->library_error->message);
}

/* The main window, created on first use. */
static DsWindow *
ensure_window (DsApplication *self)
{
  DsWindow *window = find_window (self);

  if (window != NULL)
    return window;

  ensure_session (self);
  window = ds_window_new (GTK_APPLICATION (self), self->session);
  ds_bench_frame_watch (GTK_WINDOW (window));
  if (self->library_error != NULL)
    ds_window_show_error (window, _("Could Not Load the Essays"),
                          self->library_error->message);
  return window;
}

static void
ds_application_activate (GApplication *app)
{
  DsApplication *self = DS_APPLICATION (app);

  if (self->settings == NULL)
    return;
  if (self->skip_activate)
    {
      self->skip_activate = FALSE;
      return;
    }
  gtk_window_present (GTK_WINDOW (ensure_window (self)));
}

/* Actions. */

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (data));

  /* Closing rather than quitting lets each window save its state. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       data)
{
  DsApplication *self = data;
  DsPreferencesWindow *prefs = ds_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (prefs),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (prefs));
}

/* The first release's notes in the metainfo (AppStream description markup,
 * which AdwAboutWindow shows), untranslated paragraphs only. */
typedef struct {
  GString *notes;
  char    *version;
  int      depth;    /* > 0 inside the first release's <description> */
  int      skip;     /* > 0 inside a translated element */
  gboolean in_release;
  gboolean done;
} ReleaseNotes;

static void
notes_start_cb (GMarkupParseContext *context,
                const char          *element,
                const char         **names,
                const char         **values,
                gpointer             data,
                GError             **error)
{
  ReleaseNotes *rn = data;

  if (rn->done)
    return;
  if (g_str_equal (element, "release") && rn->version == NULL)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "version"))
          rn->version = g_strdup (values[i]);
      rn->in_release = TRUE;
    }
  else if (rn->in_release && rn->depth == 0 && g_str_equal (element, "description"))
    rn->depth = 1;
  else if (rn->depth > 0 && (rn->skip > 0 || g_strv_contains (names, "xml:lang")))
    rn->skip++;
  else if (rn->depth > 0)
    {
      g_string_append_printf (rn->notes, "<%s>", element);
      rn->depth++;
    }
}

static void
notes_end_cb (GMarkupParseContext *context,
              const char          *element,
              gpointer             data,
              GError             **error)
{
  ReleaseNotes *rn = data;

  if (rn->done || rn->depth == 0)
    {
      if (g_str_equal (element, "release") && rn->in_release)
        rn->done = TRUE;
      return;
    }
  if (rn->skip > 0)
    rn->skip--;
  else if (--rn->depth > 0)
    g_string_append_printf (rn->notes, "</%s>", element);
  else
    rn->done = TRUE;
}

static void
notes_text_cb (GMarkupParseContext *context,
               const char          *text,
               gsize                length,
               gpointer             data,
               GError             **error)
{
  ReleaseNotes *rn = data;
  g_autofree char *escaped = NULL;
  g_autofree char *source = NULL;

  if (rn->done || rn->depth < 2 || rn->skip > 0)
    return;
  /* The metainfo's strings are in the catalogue (po/POTFILES), so the notes
   * read in the user's language like the rest of the About window. */
  source = g_strstrip (g_strndup (text, length));
  escaped = g_markup_escape_text (*source ? g_dgettext (GETTEXT_PACKAGE, source) : source, -1);
  g_string_append (rn->notes, escaped);
}

static void
set_release_notes (AdwAboutWindow *about)
{
  static const GMarkupParser parser = { notes_start_cb, notes_end_cb, notes_text_cb, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  ReleaseNotes rn = { g_string_new (NULL) };
  gsize size;
  const char *xml;

  bytes = g_resources_lookup_data ("/org/example/DiploStudy/metainfo.xml", 0, &error);
  if (bytes != NULL)
    {
      xml = g_bytes_get_data (bytes, &size);
      context = g_markup_parse_context_new (&parser, 0, &rn, NULL);
      if (g_markup_parse_context_parse (context, xml, size, &error) && rn.notes->len > 0)
        {
          adw_about_window_set_release_notes (about, rn.notes->str);
          adw_about_window_set_release_notes_version (about, rn.version);
        }
    }
  if (error != NULL)
    g_warning ("Could not read the release notes: %s", error->message);
  g_string_free (rn.notes, TRUE);
  g_free (rn.version);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       data)
{
  DsApplication *self = data;
  const char *developers[] = { _("The DiploStudy developers"), NULL };
  GtkWidget *about;

  /* adw_about_window_new_from_appdata() needs libadwaita 1.5; the values
   * below are those of data/org.example.DiploStudy.metainfo.xml. */
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", "DiploStudy",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The DiploStudy developers"),
                        "developers", developers,
                        "comments", _("Study essays on digital and cyber diplomacy"),
                        "website", "https://example.org/diplostudy",
                        "issue-url", "https://example.org/diplostudy/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  set_release_notes (ADW_ABOUT_WINDOW (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
present_action_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  DsApplication *self = data;
  const char *essay_id = g_variant_get_string (param, NULL);
  DsWindow *window;

  if (self->settings == NULL)
    return;
  window = ensure_window (self);
  gtk_window_present (GTK_WINDOW (window));
  ds_window_start_presentation (window, essay_id);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb },
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "present", present_action_cb, "s" },
};

/* Colour scheme. */

static void
apply_color_scheme (DsApplication *self)
{
  AdwStyleManager *manager = adw_application_get_style_manager (ADW_APPLICATION (self));
  AdwColorScheme scheme;

  switch (ds_settings_get_color_scheme (self->settings))
    {
    case DS_COLOR_SCHEME_LIGHT:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case DS_COLOR_SCHEME_DARK:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    case DS_COLOR_SCHEME_SYSTEM:
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }
  adw_style_manager_set_color_scheme (manager, scheme);
}

static gboolean
ensure_settings (DsApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL)
    return TRUE;

  self->settings = ds_settings_new (&error);
  if (self->settings == NULL)
    {
      g_printerr (_("DiploStudy cannot start: its settings are not available (%s).\n"
                    "Install the app, or run it with GSETTINGS_SCHEMA_DIR pointing at "
                    "the compiled schema.\n"),
                  error->message);
      return FALSE;
    }
  return TRUE;
}

static void
ds_application_startup (GApplication *app)
{
  DsApplication *self = DS_APPLICATION (app);

  G_APPLICATION_CLASS (ds_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  if (!ensure_settings (self))
    {
      g_application_quit (app);
      return;
    }
  g_signal_connect_object (self->settings, "notify::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

/* `--present [ESSAY-ID]` becomes app.present, in whichever instance is
 * already running. */
static int
ds_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DsApplication *self = DS_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autofree const char **remaining = NULL;
  gboolean present = FALSE;

  /* A missing schema is reported here, where the exit status can say so. */
  if (!ensure_settings (self))
    return 1;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&s", &remaining);
  g_variant_dict_lookup (options, "present", "b", &present);
  if (!present)
    {
      if (remaining != NULL)
        g_printerr (_("Ignoring “%s”: only --present takes an essay id.\n"), remaining[0]);
      return -1;
    }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "present",
                                  g_variant_new_string (remaining ? remaining[0] : ""));
  if (g_application_get_is_remote (app))
    return 0;

  self->skip_activate = TRUE;
  return -1;
}

static void
ds_application_dispose (GObject *object)
{
  DsApplication *self = DS_APPLICATION (object);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_error (&self->library_error);

  G_OBJECT_CLASS (ds_application_parent_class)->dispose (object);
}

static void
ds_application_class_init (DsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ds_application_dispose;
  app_class->activate = ds_application_activate;
  app_class->startup = ds_application_startup;
  app_class->handle_local_options = ds_application_handle_local_options;
}

static void
ds_application_init (DsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

DsApplication *
ds_application_new (void)
{
  return g_object_new (DS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/org/example/DiploStudy",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

DsSettings *
ds_application_get_settings (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);

  return self->settings;
}

DsSession *
ds_application_get_session (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    return NULL;
  ensure_session (self);
  return self->session;
}
