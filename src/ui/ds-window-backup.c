/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ds-deck-export.h"
#include "ds-window-private.h"

/*
 * Cards and progress leave and come back: win.export-cards writes every
 * card, an essay's or a topic's as Anki text or as the JSON of
 * diplostudy-cards; win.back-up writes the progress as a JSON backup;
 * win.restore merges one back (newest review wins). Each goes through
 * GtkFileChooserNative (GtkFileDialog is GTK 4.10) and ends in a toast or
 * a dialog that says what went wrong. The work is the core's; files are
 * written whole or not at all.
 */

/* Writes what @out gathered to @file in one piece: a failure never leaves
 * half a file, nor replaces a good one. */
static gboolean
write_whole (GFile                *file,
             GMemoryOutputStream  *out,
             GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error))
    return FALSE;
  bytes = g_memory_output_stream_steal_as_bytes (out);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                  error);
}

static char *
display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename ? basename : "?");
}

/* Toasts take markup: the file's name goes in escaped. */
static void
toast_done (DsWindow *self,
            char     *title)
{
  _ds_window_say (self, title);
}

gboolean
ds_window_export_cards (DsWindow     *self,
                        GFile        *file,
                        const char   *essay_id,
                        const char   *topic,
                        DsDeckFormat  format)
{
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  DsDeck *deck;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  deck = ds_session_get_deck (self->session);
  out = g_memory_output_stream_new_resizable ();
  if (!ds_deck_export (deck, essay_id, topic, format, out, &error) ||
      !write_whole (file, G_MEMORY_OUTPUT_STREAM (out), &error))
    {
      _ds_window_show_error_dialog (self, _("Could Not Export the Cards"), error->message);
      return FALSE;
    }
  name = display_name (file);
  /* Translators: %s is a file name. */
  toast_done (self, g_markup_printf_escaped (_("Cards exported to “%s”"), name));
  return TRUE;
}

gboolean
ds_window_back_up_progress (DsWindow *self,
                            GFile    *file)
{
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  DsProgress *progress;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  progress = ds_session_get_progress (self->session);
  out = g_memory_output_stream_new_resizable ();
  if (!ds_progress_export_backup (progress, out, &error) ||
      !write_whole (file, G_MEMORY_OUTPUT_STREAM (out), &error))
    {
      _ds_window_show_error_dialog (self, _("Could Not Back Up the Progress"), error->message);
      return FALSE;
    }
  name = display_name (file);
  /* Translators: %s is a file name. */
  toast_done (self, g_markup_printf_escaped (_("Progress backed up to “%s”"), name));
  return TRUE;
}

gboolean
ds_window_restore_progress (DsWindow *self,
                            GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  DsBackupImport result;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ds_progress_import_backup (ds_session_get_progress (self->session), file, &result, &error))
    {
      _ds_window_show_error_dialog (self, _("Could Not Restore the Backup"), error->message);
      return FALSE;
    }
  name = display_name (file);
  /* Translators: %s is a file name, %u a number of cards. */
  toast_done (self, g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE,
                                                          "Restored from “%s”: %u card updated",
                                                          "Restored from “%s”: %u cards updated",
                                                          result.cards_taken),
                                             name, result.cards_taken));
  return TRUE;
}

/* The file choosers. */

static GtkFileChooser *
new_chooser (DsWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return GTK_FILE_CHOOSER (chooser);
}

static void
add_json_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Backups (.json)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (chooser, filter);
}

/* Runs @done with the chosen file, then lets the chooser go. */
typedef gboolean (*ChosenFunc) (DsWindow *self,
                                GFile    *file);

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           gpointer         data)
{
  DsWindow *self = DS_WINDOW (data);
  ChosenFunc done = g_object_get_data (G_OBJECT (chooser), "ds-chosen-func");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    done (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
show_chooser (DsWindow       *self,
              GtkFileChooser *chooser,
              ChosenFunc      done)
{
  g_object_set_data (G_OBJECT (chooser), "ds-chosen-func", done);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_ds_window_choose_backup (DsWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("diplostudy-progress-%s.json", day);
  GtkFileChooser *chooser = new_chooser (self, _("Back Up Progress"),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));

  gtk_file_chooser_set_current_name (chooser, name);
  add_json_filter (chooser);
  show_chooser (self, chooser, ds_window_back_up_progress);
}

void
_ds_window_choose_restore (DsWindow *self)
{
  GtkFileChooser *chooser = new_chooser (self, _("Restore Progress"),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Restore"));

  add_json_filter (chooser);
  show_chooser (self, chooser, ds_window_restore_progress);
}

/* Export: which cards and which format are the chooser's own choices. */

typedef struct {
  char  *essay_id;      /* the essay open when the chooser opened */
  char **topics;        /* its topics, "topic-N" naming the Nth */
} ExportChoice;

static void
export_choice_free (gpointer data)
{
  ExportChoice *choice = data;

  g_free (choice->essay_id);
  g_strfreev (choice->topics);
  g_free (choice);
}

static char **
essay_topics (DsWindow   *self,
              const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

  return ds_card_scope_dup_topics (scope, ds_deck_get_cards (ds_session_get_deck (self->session)));
}

/* The open essay, each of its topics when it has more than one (a single
 * topic is the whole essay), then all essays; or all essays alone. The
 * first option is the default, and says so twice: GTK 4.8's own dialog
 * (the one shown without a portal) ignores gtk_file_chooser_set_choice ()
 * and shows the first option, a portal takes the choice set. */
static void
add_scope_choice (DsWindow       *self,
                  GtkFileChooser *chooser,
                  ExportChoice   *choice)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  const char *title;

  if (choice->essay_id != NULL)
    {
      title = ds_session_get_essay_title (self->session, choice->essay_id);
      g_ptr_array_add (ids, g_strdup ("essay"));
      g_ptr_array_add (labels, g_strdup (title));
      for (guint i = 0; choice->topics[i] != NULL && choice->topics[1] != NULL; i++)
        {
          g_ptr_array_add (ids, g_strdup_printf ("topic-%u", i));
          /* Translators: an essay's title and one of its topics. */
          g_ptr_array_add (labels, g_strdup_printf (_("%s — %s"), title, choice->topics[i]));
        }
    }
  g_ptr_array_add (ids, g_strdup ("all"));
  g_ptr_array_add (labels, g_strdup (_("All essays")));
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (chooser, "cards", _("Cards"),
                               (const char **) ids->pdata, (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, "cards", g_ptr_array_index (ids, 0));
}

/* Anki first, the default (see add_scope_choice ()). */
static void
add_format_choice (GtkFileChooser *chooser)
{
  const char *ids[] = { "anki", "json", NULL };
  const char *labels[] = { _("Anki (text)"), _("JSON (diplostudy-cards)"), NULL };

  gtk_file_chooser_add_choice (chooser, "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "format", ids[0]);
}

static void
export_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         data)
{
  DsWindow *self = DS_WINDOW (data);
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  ExportChoice *choice = g_object_get_data (G_OBJECT (dialog), "ds-export-choice");
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  const char *cards = gtk_file_chooser_get_choice (chooser, "cards");
  const char *format = gtk_file_chooser_get_choice (chooser, "format");
  const char *essay_id = NULL;
  const char *topic = NULL;
  guint n;

  if (g_strcmp0 (cards, "all") != 0)
    essay_id = choice->essay_id;
  if (cards != NULL && sscanf (cards, "topic-%u", &n) == 1 && n < g_strv_length (choice->topics))
    topic = choice->topics[n];
  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    ds_window_export_cards (self, file, essay_id, topic,
                            g_strcmp0 (format, "json") == 0 ? DS_DECK_FORMAT_JSON
                                                            : DS_DECK_FORMAT_TSV);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_ds_window_choose_export (DsWindow *self)
{
  GtkFileChooser *chooser = new_chooser (self, _("Export Cards"),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  ExportChoice *choice = g_new0 (ExportChoice, 1);
  DsEssay *essay = ds_window_get_essay (self);

  choice->essay_id = essay != NULL ? g_strdup (ds_essay_get_id (essay)) : NULL;
  choice->topics = essay != NULL ? essay_topics (self, choice->essay_id) : g_new0 (char *, 1);
  g_object_set_data_full (G_OBJECT (chooser), "ds-export-choice", choice, export_choice_free);
  add_scope_choice (self, chooser, choice);
  add_format_choice (chooser);
  gtk_file_chooser_set_current_name (chooser, "diplostudy-cards.txt");
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
