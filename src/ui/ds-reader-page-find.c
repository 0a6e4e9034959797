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

/* What is searched is what is shown: the hidden Markdown marks are
 * skipped, so "digital adalah" is found in "**Diplomasi digital** adalah"
 * (the match's offsets still count them). */
static void
find_all (DsReaderPage *self)
{
  GtkTextIter iter, match_start, match_end;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY |
                             GTK_TEXT_SEARCH_VISIBLE_ONLY;

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

  if (self->match_label == NULL)
    return;
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

static void
search_changed_cb (DsReaderPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* ds_reader_page_search() already searched for this text. */
  if (g_strcmp0 (text, self->needle) == 0)
    return;
  ds_reader_page_search (self, text);
}

static void
search_activate_cb (DsReaderPage *self)
{
  ds_reader_page_next_match (self);
}

static void
search_stop_cb (DsReaderPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static GtkWidget *
match_button (const char *icon_name,
              const char *action_name,
              const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* An icon says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static GtkWidget *
create_search_entry (DsReaderPage *self)
{
  GtkWidget *entry = gtk_search_entry_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_widget_set_hexpand (entry, TRUE);
  g_object_set (entry, "placeholder-text", _("Find in essay"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find in essay"),
                                  -1);
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (entry, "next-match", G_CALLBACK (ds_reader_page_next_match), self);
  g_signal_connect_swapped (entry, "previous-match", G_CALLBACK (ds_reader_page_previous_match), self);
  g_signal_connect_swapped (entry, "stop-search", G_CALLBACK (search_stop_cb), self);

  /* Shift+Enter goes back, as in other GNOME apps. */
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                      gtk_named_action_new ("reader.find-previous")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK),
                      gtk_named_action_new ("reader.find-previous")));
  gtk_widget_add_controller (entry, GTK_EVENT_CONTROLLER (shortcuts));
  return entry;
}

/* The find row (entry, "3 of 12", previous and next) is built when find is
 * first used: a search entry costs startup time. */
void
_ds_reader_page_ensure_find_row (DsReaderPage *self)
{
  GtkWidget *clamp, *box, *buttons;

  if (self->search_entry != NULL)
    return;

  self->search_entry = GTK_SEARCH_ENTRY (create_search_entry (self));
  self->match_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (self->match_label, 8);
  gtk_widget_add_css_class (GTK_WIDGET (self->match_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->match_label), "numeric");

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_box_append (GTK_BOX (buttons), match_button ("go-up-symbolic", "reader.find-previous",
                                                   _("Previous Match")));
  gtk_box_append (GTK_BOX (buttons), match_button ("go-down-symbolic", "reader.find-next",
                                                   _("Next Match")));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->match_label));
  gtk_box_append (GTK_BOX (box), buttons);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_search_bar_set_child (self->search_bar, clamp);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

void
ds_reader_page_search (DsReaderPage *self,
                       const char   *needle)
{
  g_return_if_fail (DS_IS_READER_PAGE (self));

  if (needle == NULL)
    needle = "";
  _ds_reader_page_ensure_find_row (self);
  /* The entry first: replacing its text empties it on the way, which the
   * search entry reports at once ("search-changed" with "", a search for
   * nothing); the needle set before it would be lost to that. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), needle) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), needle);
  g_free (self->needle);
  self->needle = g_strdup (needle);
  run_search (self);
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
