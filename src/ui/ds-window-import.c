/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-essay-import.h"
#include "ds-window-import.h"

/*
 * Importing and removing the learner's own essays. The work that touches
 * files runs in a worker thread: a large file never stops the window.
 * Everything the window needs is kept on it as object data, so that the
 * window itself only calls ds_window_import_init().
 */

#define USER_DIR_KEY "ds-window-user-essay-dir"

typedef struct {
  GFile    *file;
  GFile    *user_dir;
  char     *name;       /* the file's display name */
  AdwToast *toast;      /* "Importing …", dismissed when done */
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->user_dir);
  g_clear_pointer (&data->name, g_free);
  g_clear_object (&data->toast);
  g_free (data);
}

GFile *
ds_window_get_user_essay_dir (DsWindow *self)
{
  GFile *dir;

  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  dir = g_object_get_data (G_OBJECT (self), USER_DIR_KEY);
  if (dir == NULL)
    {
      dir = ds_essay_import_get_default_dir ();
      g_object_set_data_full (G_OBJECT (self), USER_DIR_KEY, dir, g_object_unref);
    }
  return dir;
}

void
ds_window_set_user_essay_dir (DsWindow *self,
                              GFile    *dir)
{
  g_return_if_fail (DS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (dir));

  g_object_set_data_full (G_OBJECT (self), USER_DIR_KEY, g_object_ref (dir), g_object_unref);
}

/* Feedback. */

/* The window's toast overlay (around its main page, in ds-window.ui): the
 * first one in the widget tree, a few levels down. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found;

      if (ADW_IS_TOAST_OVERLAY (child))
        return ADW_TOAST_OVERLAY (child);
      if ((found = find_toast_overlay (child)) != NULL)
        return found;
    }
  return NULL;
}

/* @title is markup: AdwToast titles are in libadwaita 1.2, so file names
 * and essay titles go in through g_markup_printf_escaped(). */
static AdwToast *
show_toast (DsWindow *self,
            char     *title,
            guint     timeout)
{
  AdwToastOverlay *overlay = find_toast_overlay (GTK_WIDGET (self));
  g_autofree char *owned = title;
  AdwToast *toast;

  if (overlay == NULL)
    return NULL;
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (overlay, g_object_ref (toast));
  return toast;
}

/* The message is the error's, as plain text: the dialog's body is not
 * markup. */
static void
show_error (DsWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import. */

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;
  DsEssay *essay = ds_essay_import (data->file, data->user_dir, &error);

  if (essay == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, essay, g_object_unref);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DsWindow *self = DS_WINDOW (source);
  g_autoptr(GTask) outer = user_data;
  ImportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = g_task_propagate_pointer (G_TASK (result), &error);

  if (data->toast != NULL)
    adw_toast_dismiss (data->toast);

  if (essay == NULL)
    {
      show_error (self, _("Could Not Import the Essay"), error->message);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* The deck follows the library and makes the essay's cards. */
  ds_library_add (ds_window_get_library (self), essay);
  ds_window_open_essay (self, ds_essay_get_id (essay));
  ds_window_set_visible_page (self, "read");
  g_clear_object (&data->toast);
  data->toast = show_toast (self, g_markup_printf_escaped (_("Imported “%s”"),
                                                          ds_essay_get_title (essay)), 3);
  g_task_return_pointer (outer, g_steal_pointer (&essay), g_object_unref);
}

void
ds_window_import_file (DsWindow            *self,
                       GFile               *file,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  ImportData *data;
  g_autofree char *basename = NULL;

  g_return_if_fail (DS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, ds_window_import_file);

  basename = g_file_get_basename (file);
  data = g_new0 (ImportData, 1);
  data->file = g_object_ref (file);
  data->user_dir = g_object_ref (ds_window_get_user_essay_dir (self));
  data->name = g_filename_display_basename (basename ? basename : "?");
  /* Translators: shown while a file is read; %s is its name. */
  data->toast = show_toast (self, g_markup_printf_escaped (_("Importing “%s”…"), data->name), 0);

  task = g_task_new (self, NULL, import_done_cb, outer);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

DsEssay *
ds_window_import_file_finish (DsWindow      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The file chooser. */

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  /* Suffixes match in any case: "ESSAY.TXT" too. */
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  if (suffixes[0] == NULL)
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  DsWindow *self = DS_WINDOW (user_data);
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          ds_window_import_file (self, file, NULL, NULL);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  static const char * const essays[] = { "txt", "md", "markdown", NULL };
  static const char * const text[] = { "txt", NULL };
  static const char * const markdown[] = { "md", "markdown", NULL };
  static const char * const all[] = { NULL };
  DsWindow *self = DS_WINDOW (user_data);
  GtkFileChooserNative *chooser;

  /* GtkFileDialog is GTK 4.10; Debian 12 has 4.8. */
  chooser = gtk_file_chooser_native_new (_("Import Essay"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Essays (.txt, .md)"), essays);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Text (.txt)"), text);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown (.md)"), markdown);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Files"), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Remove. */

/* The essay the reader moves to when @id goes: the first other one. */
static void
open_another (DsWindow   *self,
              const char *id)
{
  GListModel *essays = G_LIST_MODEL (ds_window_get_library (self));

  for (guint i = 0; i < g_list_model_get_n_items (essays); i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (essays, i);

      if (g_strcmp0 (ds_essay_get_id (essay), id) != 0)
        {
          ds_window_open_essay (self, ds_essay_get_id (essay));
          return;
        }
    }
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  DsWindow *self = DS_WINDOW (user_data);
  const char *id = g_object_get_data (G_OBJECT (dialog), "essay-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!ds_essay_remove_user (id, ds_window_get_user_essay_dir (self), &error))
    {
      show_error (self, _("Could Not Remove the Essay"), error->message);
      return;
    }

  /* The learner's progress on its cards stays in the settings: importing
   * the text again brings it back. */
  if (ds_window_get_essay (self) != NULL &&
      g_strcmp0 (ds_essay_get_id (ds_window_get_essay (self)), id) == 0)
    open_another (self, id);
  ds_library_remove (ds_window_get_library (self), id);
}

static void
remove_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  DsWindow *self = DS_WINDOW (user_data);
  DsEssay *essay = ds_window_get_essay (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (essay == NULL || !ds_essay_id_is_user (ds_essay_get_id (essay)))
    return;

  /* Translators: %s is an essay's title. */
  heading = g_strdup_printf (_("Remove “%s”?"), ds_essay_get_title (essay));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The essay leaves your library; the file you imported "
                                     "it from is not touched. Your progress on its cards "
                                     "is kept and comes back if you import it again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "essay-id",
                          g_strdup (ds_essay_get_id (essay)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Only an imported essay can be removed. */
static void
essay_changed_cb (DsWindow *self)
{
  DsEssay *essay = ds_window_get_essay (self);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "remove-essay");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               essay != NULL && ds_essay_id_is_user (ds_essay_get_id (essay)));
}

/* GtkApplicationWindow's action map: these are win.import and
 * win.remove-essay, with accelerators in DsApplication's table. */
static const GActionEntry actions[] = {
  { "import", import_action_cb },
  { "remove-essay", remove_action_cb },
};

void
ds_window_import_init (DsWindow *self)
{
  g_return_if_fail (DS_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (self, "notify::essay", G_CALLBACK (essay_changed_cb), NULL);
  essay_changed_cb (self);
}
