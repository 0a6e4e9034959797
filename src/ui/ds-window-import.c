/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-essay-import.h"
#include "ds-window-private.h"

/*
 * Importing and removing the learner's own essays: the file chooser, the
 * feedback (a toast while a file is read, a dialog when it cannot be) and
 * the question before a removal. The work itself is the session's: it
 * reads files in a worker thread, so a large file never stops the window.
 */

/* Feedback. */

/* How long the last word on an import stays, in seconds; one with a
 * button stays long enough to reach for it. */
#define TOAST_SECONDS 3
#define TOAST_BUTTON_SECONDS 10

/*
 * The window shows one toast at a time and retitles it as imports go on,
 * and it dismisses that toast only seconds after it came. libadwaita 1.2
 * frees a toast's state when its hiding animation ends even if its
 * showing one still runs, and the showing one then writes to freed
 * memory: a toast dismissed within about half a second of being shown
 * (the "Importing…" toast of a quick import was one) could crash the app,
 * most often as the window closed.
 */
static gboolean
toast_timeout_cb (gpointer user_data)
{
  DsWindow *self = DS_WINDOW (user_data);

  self->toast_timeout_id = 0;
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_clear_object (&self->toast);
  return G_SOURCE_REMOVE;
}

static void
toast_dismissed_cb (AdwToast *toast,
                    DsWindow *self)
{
  if (self->toast != toast)
    return;
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  g_clear_object (&self->toast);
}

/* @title is markup (AdwToast titles are, in libadwaita 1.2): file names
 * and essay titles go in through g_markup_printf_escaped(). The toast
 * stays while an import is under way. */
void
_ds_window_say (DsWindow *self,
                char     *title)
{
  _ds_window_offer (self, title, NULL, NULL, NULL);
}

/* The same toast with a button (@button_label NULL: none) that activates
 * @action_name with @target (floating, taken; may be NULL). */
void
_ds_window_offer (DsWindow   *self,
                  char       *title,
                  const char *button_label,
                  const char *action_name,
                  GVariant   *target)
{
  g_autofree char *owned = title;
  g_autoptr(GVariant) owned_target = target != NULL ? g_variant_ref_sink (target) : NULL;

  /* An import may end after the window went. */
  if (self->toast_overlay == NULL)
    return;
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  if (self->toast == NULL)
    {
      self->toast = adw_toast_new (title);
      adw_toast_set_timeout (self->toast, 0);
      g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
    }
  else
    adw_toast_set_title (self->toast, title);
  adw_toast_set_button_label (self->toast, button_label);
  /* The button checks the action against its target as each is set:
   * the target goes in first and comes out last. */
  if (action_name != NULL)
    adw_toast_set_action_target_value (self->toast, owned_target);
  adw_toast_set_action_name (self->toast, action_name);
  if (action_name == NULL)
    adw_toast_set_action_target_value (self->toast, NULL);
  if (self->n_importing == 0)
    self->toast_timeout_id = g_timeout_add_seconds (button_label != NULL ? TOAST_BUTTON_SECONDS
                                                                         : TOAST_SECONDS,
                                                    toast_timeout_cb, self);
}

/* The window is going: its toast goes with it, without an animation. */
void
_ds_window_withdraw_toast (DsWindow *self)
{
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  if (self->toast != NULL)
    g_signal_handlers_disconnect_by_data (self->toast, self);
  g_clear_object (&self->toast);
}

/* The message is the error's, as plain text: the dialog's body is not
 * markup. */
void
_ds_window_show_error_dialog (DsWindow   *self,
                              const char *heading,
                              const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import. */

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DsWindow *self = g_task_get_source_object (task);
  const char *name = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;
  gboolean already_there = FALSE;

  essay = ds_session_import_essay_finish (DS_SESSION (source), result, &already_there, &error);
  self->n_importing--;
  if (essay == NULL)
    {
      /* Translators: %s is a file's name; a dialog says why. */
      _ds_window_say (self, g_markup_printf_escaped (_("Could not import “%s”"), name));
      _ds_window_show_error_dialog (self, _("Could Not Import the Essay"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (self->toast_overlay != NULL)
    {
      ds_window_open_essay (self, ds_essay_get_id (essay));
      ds_window_set_visible_page (self, "read");
    }
  /* The engine's cards of a text it has not seen are often wrong: the
   * learner is offered a look at them before studying. The toast does
   * not name the essay: a toast is one line, a title is often longer,
   * and the reader has just opened the essay under its title. */
  _ds_window_offer (self,
                    g_strdup (already_there ? _("Essay already in your library")
                                            : _("Essay imported")),
                    _("Review Cards"), "win.review-essay",
                    g_variant_new_string (ds_essay_get_id (essay)));
  g_task_return_pointer (task, g_steal_pointer (&essay), g_object_unref);
}

void
ds_window_import_file (DsWindow            *self,
                       GFile               *file,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autofree char *basename = NULL;
  char *name;
  GTask *task;

  g_return_if_fail (DS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, ds_window_import_file);
  basename = g_file_get_basename (file);
  name = g_filename_display_basename (basename ? basename : "?");
  g_task_set_task_data (task, name, g_free);
  self->n_importing++;
  /* Translators: shown while a file is read; %s is its name. */
  _ds_window_say (self, g_markup_printf_escaped (_("Importing “%s”…"), name));
  ds_session_import_essay_async (self->session, file, NULL, import_done_cb, task);
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

void
_ds_window_choose_import (DsWindow *self)
{
  static const char * const essays[] = { "txt", "md", "markdown", NULL };
  static const char * const text[] = { "txt", NULL };
  static const char * const markdown[] = { "md", "markdown", NULL };
  static const char * const all[] = { NULL };
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

/* What the question is about, until it is answered. */
typedef struct {
  DsWindow *window;
  char     *essay_id;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_object_unref (removal->window);
  g_free (removal->essay_id);
  g_free (removal);
}

/* The learner's progress on its cards stays in the settings: importing the
 * text again brings it back. The reader moves on by itself when the essay
 * leaves the library. */
static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Removal          *removal)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") == 0 &&
      !ds_session_remove_essay (removal->window->session, removal->essay_id, &error))
    _ds_window_show_error_dialog (removal->window, _("Could Not Remove the Essay"), error->message);
}

void
_ds_window_ask_remove_essay (DsWindow *self)
{
  DsEssay *essay = ds_window_get_essay (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  Removal *removal;

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
  removal = g_new0 (Removal, 1);
  removal->window = g_object_ref (self);
  removal->essay_id = g_strdup (ds_essay_get_id (essay));
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), removal,
                         removal_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
