/* SPDX-License-Identifier: GPL-3.0-or-later */
/* DsReaderPage's find in text: every match highlighted, the current one
 * more strongly, case-insensitive. */
#define G_LOG_DOMAIN "DsReaderPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-reader-page-private.h"

void
_ds_reader_page_clear_matches (DsReaderPage *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "match", &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "current-match", &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
}

static void
find_all (DsReaderPage *self)
{
  GtkTextIter iter, match_start, match_end;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY;

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, self->needle, flags,
                                       &match_start, &match_end, NULL))
    {
      guint span[2] = { gtk_text_iter_get_offset (&match_start),
                        gtk_text_iter_get_offset (&match_end) };

      gtk_text_buffer_apply_tag_by_name (self->buffer, "match", &match_start, &match_end);
      g_array_append_vals (self->matches, span, 2);
      iter = match_end;
    }
}

static void
select_match (DsReaderPage *self,
              int           index)
{
  guint n = ds_reader_page_get_n_matches (self);
  GtkTextIter start, end;
  guint *spans = (guint *) (gpointer) self->matches->data;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, "current-match", &start, &end);
  if (n == 0)
    {
      self->current_match = -1;
      _ds_reader_page_update_match_label (self);
      return;
    }

  self->current_match = ((index % (int) n) + (int) n) % (int) n;
  _ds_reader_page_apply_tag (self, "current-match",
                             spans[2 * self->current_match], spans[2 * self->current_match + 1]);
  _ds_reader_page_scroll_to (self, spans[2 * self->current_match], HIGHLIGHT_ALIGN);
  _ds_reader_page_update_match_label (self);
}

void
_ds_reader_page_update_match_label (DsReaderPage *self)
{
  guint n = ds_reader_page_get_n_matches (self);
  g_autofree char *text = NULL;

  if (self->needle == NULL || *self->needle == '\0')
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else
    /* Translators: the current search match and the number of matches. */
    text = g_strdup_printf (_("%d of %u"), self->current_match + 1, n);

  gtk_label_set_text (self->match_label, text);
  if (n == 0 && self->needle != NULL && *self->needle != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
run_search (DsReaderPage *self)
{
  guint top;
  int first = 0;
  guint *spans;

  _ds_reader_page_clear_matches (self);
  if (self->essay != NULL && self->needle != NULL && *self->needle != '\0')
    find_all (self);

  /* Start from the first match in view rather than the top of the essay. */
  top = ds_reader_page_get_top_offset (self);
  spans = (guint *) (gpointer) self->matches->data;
  for (guint i = 0; i < ds_reader_page_get_n_matches (self); i++)
    if (spans[2 * i] >= top)
      {
        first = i;
        break;
      }
  select_match (self, first);
}

void
ds_reader_page_search (DsReaderPage *self,
                       const char   *needle)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (needle == NULL)
    needle = "";
  g_free (self->needle);
  self->needle = g_strdup (needle);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), needle) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), needle);
  run_search (self);
}

void
_ds_reader_page_search_changed_cb (DsReaderPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* ds_reader_page_search() already searched for this text. */
  if (g_strcmp0 (text, self->needle) == 0)
    return;
  ds_reader_page_search (self, text);
}

void
_ds_reader_page_search_activate_cb (DsReaderPage *self)
{
  ds_reader_page_next_match (self);
}

void
_ds_reader_page_search_stop_cb (DsReaderPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

void
_ds_reader_page_search_mode_cb (DsReaderPage *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  g_clear_pointer (&self->needle, g_free);
  _ds_reader_page_clear_matches (self);
  _ds_reader_page_update_match_label (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

guint
ds_reader_page_get_n_matches (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), 0);

  return self->matches->len / 2;
}

int
ds_reader_page_get_current_match (DsReaderPage *self)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (self), -1);

  return self->current_match;
}

void
ds_reader_page_next_match (DsReaderPage *self)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  select_match (self, self->current_match + 1);
}

void
ds_reader_page_previous_match (DsReaderPage *self)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  select_match (self, self->current_match - 1);
}
