/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsWindow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-window-private.h"

/*
 * What the learner must know about their progress and their essays, in
 * bars above the page (libadwaita 1.2 has no AdwBanner): progress restored
 * from the review log, progress that cannot be saved (at once, as the
 * answer that failed is given), a read-only second instance, imported
 * essays that could not be loaded. A toast would vanish before it is read;
 * a bar stays until it is closed or the problem goes away. One bar per
 * kind of notice, replaced when it comes again.
 */

/* One bar and its two labels. */
typedef struct {
  GtkInfoBar *bar;
  GtkLabel   *heading;
  GtkLabel   *body;
} Notice;

static void
notice_response_cb (GtkInfoBar *bar,
                    int         response,
                    gpointer    data)
{
  if (response == GTK_RESPONSE_CLOSE)
    gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
}

static GtkLabel *
new_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* The bar for @key, made on first use. */
static Notice *
ensure_notice (DsWindow   *self,
               const char *key)
{
  Notice *notice = g_hash_table_lookup (self->notices, key);
  GtkWidget *box;

  if (notice != NULL)
    return notice;

  notice = g_new0 (Notice, 1);
  notice->bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_widget_set_name (GTK_WIDGET (notice->bar), key);
  gtk_info_bar_set_show_close_button (notice->bar, TRUE);
  g_signal_connect (notice->bar, "response", G_CALLBACK (notice_response_cb), NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  notice->heading = new_label (box, "heading");
  notice->body = new_label (box, NULL);
  gtk_info_bar_add_child (notice->bar, box);
  gtk_box_append (self->notice_box, GTK_WIDGET (notice->bar));
  g_hash_table_insert (self->notices, g_strdup (key), notice);
  return notice;
}

void
_ds_window_show_notice (DsWindow       *self,
                        const char     *key,
                        GtkMessageType  type,
                        const char     *heading,
                        const char     *body)
{
  Notice *notice = ensure_notice (self, key);

  /* Plain text: a message names files and essays, never markup. */
  gtk_label_set_text (notice->heading, heading);
  gtk_label_set_text (notice->body, body ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (notice->body), body != NULL);
  gtk_info_bar_set_message_type (notice->bar, type);
  gtk_widget_set_visible (GTK_WIDGET (notice->bar), TRUE);
}

void
_ds_window_hide_notice (DsWindow   *self,
                        const char *key)
{
  Notice *notice = g_hash_table_lookup (self->notices, key);

  if (notice != NULL)
    gtk_widget_set_visible (GTK_WIDGET (notice->bar), FALSE);
}

/* Every change that could not be written says so at once. */
static void
write_failed_cb (DsWindow     *self,
                 const GError *error)
{
  if (g_error_matches (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_STORE))
    _ds_window_show_notice (self, "store", GTK_MESSAGE_WARNING,
                            _("Progress cannot be saved in the settings"), error->message);
  else if (g_error_matches (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY))
    {
      /* The session knows why it is read-only (another DiploStudy, a
       * read-only disk); the progress only that it is. */
      const char *why = ds_session_get_progress_problem (self->session);
      /* Translators: %s says why this window cannot save. */
      g_autofree char *body = g_strdup_printf (_("The answer was not counted. %s"),
                                               why ? why : error->message);

      _ds_window_show_notice (self, "not-saved", GTK_MESSAGE_ERROR,
                              _("Progress cannot be saved here"), body);
    }
  else
    {
      /* Translators: %s says why (the review log could not be written). */
      g_autofree char *body = g_strdup_printf (_("%s. The last answer was not counted; "
                                                 "free some disk space and answer it again."),
                                               error->message);

      _ds_window_show_notice (self, "not-saved", GTK_MESSAGE_ERROR,
                              _("Progress cannot be saved"), body);
    }
}

/* A write that succeeds again takes the settings' warning away. */
static void
store_error_changed_cb (DsWindow   *self,
                        GParamSpec *pspec,
                        DsProgress *progress)
{
  if (ds_progress_get_store_error (progress) == NULL)
    _ds_window_hide_notice (self, "store");
}

/* The library's message may open with a line of its own ("Some imported
 * essays could not be loaded:") that the heading says already. */
static const char *
essay_details (const char *problems)
{
  const char *newline = strchr (problems, '\n');

  return newline != NULL && newline > problems && newline[-1] == ':' ? newline + 1 : problems;
}

/* What the session found when it opened: shown as the window opens. */
static void
show_opening_notices (DsWindow   *self,
                      DsProgress *progress)
{
  const char *problem = ds_session_get_progress_problem (self->session);
  const char *essays = ds_session_get_essay_problems (self->session);

  if (ds_progress_get_notice (progress) != NULL)
    _ds_window_show_notice (self, "restored", GTK_MESSAGE_INFO,
                            ds_progress_get_restored (progress)
                              ? _("Progress was restored from the review log")
                              : _("Progress was checked against the review log"),
                            ds_progress_get_notice (progress));
  if (problem != NULL)
    _ds_window_show_notice (self, "progress", GTK_MESSAGE_WARNING,
                            ds_progress_get_read_only (progress)
                              ? _("Progress is read-only in this window")
                              : _("Progress is not fully protected"),
                            problem);
  if (essays != NULL)
    _ds_window_show_notice (self, "essays", GTK_MESSAGE_WARNING,
                            _("Some of your essays could not be loaded"), essay_details (essays));
}

void
_ds_window_notices_init (DsWindow *self)
{
  DsProgress *progress = ds_session_get_progress (self->session);

  self->notices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  show_opening_notices (self, progress);
  g_signal_connect_object (progress, "write-failed",
                           G_CALLBACK (write_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (progress, "notify::store-error",
                           G_CALLBACK (store_error_changed_cb), self, G_CONNECT_SWAPPED);
  if (ds_progress_get_store_error (progress) != NULL)
    write_failed_cb (self, ds_progress_get_store_error (progress));
}

gboolean
ds_window_get_notice (DsWindow    *self,
                      const char  *key,
                      char       **heading,
                      char       **body)
{
  Notice *notice;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  notice = self->notices ? g_hash_table_lookup (self->notices, key) : NULL;
  if (notice == NULL || !gtk_widget_get_visible (GTK_WIDGET (notice->bar)))
    return FALSE;
  if (heading != NULL)
    *heading = g_strdup (gtk_label_get_text (notice->heading));
  if (body != NULL)
    *body = g_strdup (gtk_label_get_text (notice->body));
  return TRUE;
}
