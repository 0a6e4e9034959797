/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-application.h"
#include "ds-cards-page.h"
#include "ds-preferences-window.h"
#include "ds-reader-page-private.h"
#include "ds-test-util.h"
#include "ds-window.h"

typedef struct {
  DsSettings *settings;
  DsLibrary  *library;
  DsSession  *session;
  DsWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->settings = ds_test_settings_new ();
  /* A window small enough that every essay scrolls. */
  ds_settings_set_window_state (f->settings, 900, 600, FALSE);

  f->library = ds_test_library_new ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), >, 0);
  f->session = ds_session_new (f->settings, f->library);

  f->window = ds_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, ds_reader_page_get_text_view (ds_window_get_reader_page (f->window)), 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ds_test_drain ();
  g_clear_object (&f->session);
  g_clear_object (&f->library);
  g_assert_finalize_object (f->settings);
}

static DsEssay *
essay_at (Fixture *f,
          guint    i)
{
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (f->library), i);

  return essay;
}

static gboolean
has_tag_at (GtkTextBuffer *buffer,
            guint          offset,
            const char    *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Every essay: the reader shows its title, exactly its text, and its first
 * heading styled as a heading. */
static void
test_every_essay (Fixture       *f,
                  gconstpointer  data)
{
  DsReaderPage *reader = ds_window_get_reader_page (f->window);
  GtkTextView *view = ds_reader_page_get_text_view (reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->library));
  guint with_heading = 0;

  for (guint i = 0; i < n; i++)
    {
      DsEssay *essay = essay_at (f, i);
      g_autofree char *text = NULL;
      int h;

      g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (essay)));
      g_assert_true (ds_test_wait_for (ds_test_widget_shown, view, 2000));
      g_assert_true (ds_window_get_essay (f->window) == essay);
      g_assert_cmpstr (ds_settings_get_last_essay (f->settings), ==, ds_essay_get_id (essay));

      g_assert_cmpstr (gtk_label_get_text (ds_reader_page_get_title_label (reader)), ==,
                       ds_essay_get_title (essay));
      g_assert_true (ds_test_widget_shown (ds_reader_page_get_title_label (reader)));

      text = ds_test_buffer_text (buffer, 0, gtk_text_buffer_get_char_count (buffer));
      g_assert_cmpstr (text, ==, ds_essay_get_text (essay));

      h = ds_essay_find_first_heading (essay);
      if (h >= 0)
        {
          const DsBlock *block = ds_essay_get_block (essay, h);
          g_autofree char *shown = ds_test_buffer_text (buffer, block->content_start, block->end);
          g_autofree char *expected = ds_essay_dup_span (essay, block->content_start, block->end);

          g_assert_cmpstr (shown, ==, expected);
          g_assert_true (has_tag_at (buffer, block->content_start, "heading"));
          g_assert_true (has_tag_at (buffer, block->end - 1, "heading"));
          with_heading++;
        }
      /* A paragraph is never styled as a heading. */
      for (guint b = 0; b < ds_essay_get_n_blocks (essay); b++)
        {
          const DsBlock *block = ds_essay_get_block (essay, b);

          if (block->kind == DS_BLOCK_PARAGRAPH)
            g_assert_false (has_tag_at (buffer, block->content_start, "heading"));
        }
    }
  /* The built-in essays have headings; if none is found, the check above
   * checked nothing. */
  g_assert_cmpuint (with_heading, >, 0);
}

static int
text_view_height (GtkTextView *view)
{
  int natural;

  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (view)), NULL, &natural, NULL, NULL);
  return natural;
}

static double
tag_scale (GtkTextView *view,
           const char  *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (view));
  double scale;

  g_object_get (gtk_text_tag_table_lookup (table, name), "scale", &scale, NULL);
  return scale;
}

typedef struct {
  GtkTextView *view;
  int          height;
} Height;

static gboolean
grown (gpointer data)
{
  Height *h = data;

  return text_view_height (h->view) > h->height;
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  GtkTextView *view = ds_reader_page_get_text_view (ds_window_get_reader_page (f->window));
  GtkWidget *w = GTK_WIDGET (f->window);
  int height_before, height_after;
  double heading_before;
  Height before;

  ds_test_wait_frames (GTK_WIDGET (view), 2);
  height_before = text_view_height (view);
  heading_before = tag_scale (view, "heading");
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 1.0, 1e-9);

  g_assert_true (gtk_widget_activate_action (w, "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (w, "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 1.2, 1e-9);
  /* Headings grow with the text. */
  g_assert_cmpfloat_with_epsilon (tag_scale (view, "heading"), heading_before * 1.2, 1e-9);
  before = (Height) { view, height_before };
  ds_test_wait_for (grown, &before, 2000);
  height_after = text_view_height (view);
  g_assert_cmpint (height_after, >, height_before);

  g_assert_true (gtk_widget_activate_action (w, "win.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 1.1, 1e-9);
  g_assert_true (gtk_widget_activate_action (w, "win.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 1.0, 1e-9);

  /* The size is a setting: another view of the same settings sees it. */
  ds_settings_set_text_scale (f->settings, 0.8);
  g_assert_cmpfloat_with_epsilon (tag_scale (view, "heading"), heading_before * 0.8, 1e-9);
  for (int i = 0; i < 10; i++)
    gtk_widget_activate_action (w, "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 0.5, 1e-9);
}

/* Non-overlapping, case-insensitive occurrences, counted independently of
 * GtkTextIter's search. */
static guint
count_occurrences (const char *text,
                   const char *needle)
{
  g_autofree char *hay = g_utf8_casefold (text, -1);
  g_autofree char *pin = g_utf8_casefold (needle, -1);
  guint n = 0;

  for (const char *p = strstr (hay, pin); p != NULL; p = strstr (p + strlen (pin), pin))
    n++;
  return n;
}

static double
scroll_value (GtkTextView *view)
{
  GtkWidget *sw = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (sw)));
}

static gboolean
search_focused (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL;
}

static gboolean
scrolled (gpointer view)
{
  return scroll_value (view) > 0;
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  DsReaderPage *reader = ds_window_get_reader_page (f->window);
  GtkTextView *view = ds_reader_page_get_text_view (reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  DsEssay *essay = essay_at (f, 1);
  const char *needle = "DIPLOMASI";
  guint expected = count_occurrences (ds_essay_get_text (essay), needle);
  GtkWidget *focus, *entry, *bar;
  GtkTextIter iter;
  int last;

  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (essay)));
  g_assert_cmpuint (expected, >, 2);
  ds_test_wait_frames (GTK_WIDGET (view), 2);

  /* Ctrl+F's action opens the bar with the entry focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "reader.find", NULL));
  ds_test_wait_for (search_focused, f->window, 2000);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  entry = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  bar = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));

  ds_reader_page_search (reader, needle);
  g_assert_cmpuint (ds_reader_page_get_n_matches (reader), ==, expected);
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, needle);

  /* Every match is highlighted, whatever its case. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  for (guint i = 0; i < expected; i++)
    {
      GtkTextIter s, e;
      g_autofree char *found = NULL;

      g_assert_true (gtk_text_iter_forward_search (&iter, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                                   &s, &e, NULL));
      found = gtk_text_iter_get_text (&s, &e);
      g_assert_cmpint (g_ascii_strcasecmp (found, needle), ==, 0);
      g_assert_true (has_tag_at (buffer, gtk_text_iter_get_offset (&s), "match"));
      iter = e;
    }
  g_assert_true (has_tag_at (buffer, 0, "current-match") ==
                 (g_ascii_strncasecmp (ds_essay_get_text (essay), needle, strlen (needle)) == 0));

  /* Enter moves to the next match, Ctrl+G's action too, and wraps. */
  /* What Enter does in the entry's text. */
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (f->window))));
  g_signal_emit_by_name (gtk_root_get_focus (GTK_ROOT (f->window)), "activate");
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "reader.find-next", NULL));
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "reader.find-previous", NULL));
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, 1);

  /* The last match is further down: the view scrolls to it. */
  last = (int) expected - 1;
  while (ds_reader_page_get_current_match (reader) != last)
    ds_reader_page_next_match (reader);
  ds_test_wait_for (scrolled, view, 2000);
  g_assert_cmpfloat (scroll_value (view), >, 0);
  ds_reader_page_next_match (reader);
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, 0);

  /* Text that is not there. */
  ds_reader_page_search (reader, "zzqxj");
  g_assert_cmpuint (ds_reader_page_get_n_matches (reader), ==, 0);
  g_assert_cmpint (ds_reader_page_get_current_match (reader), ==, -1);

  /* Escape closes the bar and clears the highlights. */
  ds_reader_page_search (reader, needle);
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_cmpuint (ds_reader_page_get_n_matches (reader), ==, 0);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&iter,
                    gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "match")));
}

static guint
middle_offset (DsEssay *essay)
{
  guint third = ds_essay_get_n_chars (essay) / 3;

  /* The first paragraph a third of the way in: far enough to scroll, not
   * so far that the end of the essay stops the view. */
  for (guint i = 0; i < ds_essay_get_n_blocks (essay); i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);

      if (block->start >= third && block->end - block->content_start > 20)
        return block->content_start + 10;
    }
  g_assert_not_reached ();
}

typedef struct {
  DsReaderPage *reader;
  guint         offset;
} Target;

/* Whether what is drawn follows the scroll position: the text view draws
 * its text from where the adjustment says (a value set in the middle of a
 * layout can leave the view drawn at its old place). Its visible area
 * starts above the first line by the top margin, where the title is. */
static gboolean
drawn_as_scrolled (DsReaderPage *reader)
{
  GtkTextView *view = ds_reader_page_get_text_view (reader);
  GtkWidget *sw = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  double value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (sw)));
  GdkRectangle visible;

  gtk_text_view_get_visible_rect (view, &visible);
  return ABS ((visible.y + gtk_text_view_get_top_margin (view)) - value) < 2;
}

/* Whether the reader has put a position in place for good: a restored
 * one is applied again while the text's layout settles. */
static gboolean
reader_settled (gpointer reader)
{
  return !DS_READER_PAGE (reader)->pending;
}

static gboolean
at_offset (gpointer data)
{
  Target *t = data;
  guint top = ds_reader_page_get_top_offset (t->reader);

  return top <= t->offset && t->offset - top < 200 && drawn_as_scrolled (t->reader);
}

static void
test_reading_position (Fixture       *f,
                       gconstpointer  data)
{
  DsReaderPage *reader = ds_window_get_reader_page (f->window);
  DsEssay *first = essay_at (f, 0);
  DsEssay *second = essay_at (f, 1);
  Target target = { reader, middle_offset (second) };
  guint offset;
  double progress;

  /* A saved position is restored when the essay opens. */
  ds_settings_set_reading_position (f->settings, ds_essay_get_id (second), target.offset, 0.5);
  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (second)));
  ds_test_wait_for (reader_settled, reader, 5000);
  g_assert_true (ds_test_wait_for (at_offset, &target, 2000));
  g_assert_cmpfloat (scroll_value (ds_reader_page_get_text_view (reader)), >, 0);

  /* Leaving the essay saves where it was; the furthest point read only
   * grows. */
  ds_reader_page_scroll_to_offset (reader, middle_offset (second) + 5);
  ds_test_wait_for (reader_settled, reader, 5000);
  offset = ds_reader_page_get_top_offset (reader);
  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (first)));
  g_assert_true (ds_settings_get_reading_position (f->settings, ds_essay_get_id (second),
                                                   &offset, &progress));
  g_assert_cmpuint (offset, <=, target.offset + 5);
  g_assert_cmpuint (target.offset + 5 - offset, <, 200);
  g_assert_cmpfloat (progress, >=, 0.5);

  /* Back again: the same place. */
  ds_test_wait_for (reader_settled, reader, 5000);
  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (second)));
  ds_test_wait_for (reader_settled, reader, 5000);
  target.offset += 5;
  g_assert_true (ds_test_wait_for (at_offset, &target, 2000));
}

typedef struct {
  DsSettings *settings;
  const char *essay_id;
  guint       offset;
} Saved;

/* Whether the essay's reading position is saved at the offset. */
static gboolean
saved_at (gpointer data)
{
  Saved *s = data;
  guint offset;
  double progress;

  return ds_settings_get_reading_position (s->settings, s->essay_id, &offset, &progress) &&
         offset == s->offset;
}

/* An essay opened while another page is shown opens at its place when the
 * reader is shown; leaving the reader keeps its place. */
static void
test_position_while_hidden (Fixture       *f,
                            gconstpointer  data)
{
  DsReaderPage *reader = ds_window_get_reader_page (f->window);
  DsEssay *second = essay_at (f, 1);
  DsEssay *third = essay_at (f, 2);
  Target target = { reader, middle_offset (third) };
  Saved saved = { f->settings, ds_essay_get_id (second), 0 };
  guint offset;
  double progress;

  ds_window_add_page (f->window, gtk_label_new ("Halaman lain"), "other", "Other", NULL);
  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (second)));
  ds_reader_page_scroll_to_offset (reader, middle_offset (second));
  ds_test_wait_for (reader_settled, reader, 5000);
  offset = ds_reader_page_get_top_offset (reader);
  g_assert_cmpuint (offset, >, 0);

  ds_window_set_visible_page (f->window, "other");
  ds_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (ds_reader_page_get_top_offset (reader), ==, offset);
  ds_settings_set_reading_position (f->settings, ds_essay_get_id (third), target.offset, 0.4);
  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (third)));
  saved.offset = offset;
  ds_test_wait_for (saved_at, &saved, 2000);
  /* The place left behind was saved with the reader hidden. */
  g_assert_true (ds_settings_get_reading_position (f->settings, ds_essay_get_id (second),
                                                   &target.offset, &progress));
  g_assert_cmpuint (target.offset, ==, offset);

  target.offset = middle_offset (third);
  ds_window_set_visible_page (f->window, "read");
  ds_test_wait_for (reader_settled, reader, 5000);
  g_assert_true (ds_test_wait_for (at_offset, &target, 2000));
  g_assert_cmpfloat (scroll_value (ds_reader_page_get_text_view (reader)), >, 0);
}

/* The last open essay and the window size come back with a new window. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  DsEssay *essay = essay_at (f, g_list_model_get_n_items (G_LIST_MODEL (f->library)) - 1);
  DsWindow *window;
  Target target;
  int width, height;
  gboolean maximized;

  g_assert_true (ds_window_open_essay (f->window, ds_essay_get_id (essay)));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 820, 540);
  gtk_window_close (GTK_WINDOW (f->window));
  ds_settings_get_window_state (f->settings, &width, &height, &maximized);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 540);
  g_assert_false (maximized);

  window = ds_window_new (NULL, f->session);
  g_assert_true (ds_window_get_essay (window) == essay);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window, as at start-up, opens the essay at its place. */
  target.offset = middle_offset (essay);
  ds_settings_set_reading_position (f->settings, ds_essay_get_id (essay), target.offset, 0.3);
  window = ds_window_new (NULL, f->session);
  target.reader = ds_window_get_reader_page (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, ds_reader_page_get_text_view (target.reader), 5000));
  ds_test_wait_for (reader_settled, target.reader, 5000);
  g_assert_true (ds_test_wait_for (at_offset, &target, 2000));
  g_assert_cmpfloat (scroll_value (ds_reader_page_get_text_view (target.reader)), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Keep the fixture's window for tear-down. */
  f->window = ds_window_new (NULL, f->session);
}

static void
test_progress_in_sidebar (Fixture       *f,
                          gconstpointer  data)
{
  DsEssay *essay = essay_at (f, 2);
  GtkWidget *child;
  guint found = 0;

  ds_settings_set_reading_position (f->settings, ds_essay_get_id (essay), 0, 0.42);

  /* The row of that essay shows 42 % as its level and its text. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (f->window)); child != NULL; )
    {
      if (GTK_IS_LEVEL_BAR (child))
        {
          GtkWidget *row = gtk_widget_get_ancestor (child, GTK_TYPE_LIST_BOX_ROW);
          int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
          double value = gtk_level_bar_get_value (GTK_LEVEL_BAR (child));
          GtkWidget *label = gtk_widget_get_next_sibling (child);

          if (index == 2)
            {
              g_assert_cmpfloat_with_epsilon (value, 0.42, 1e-9);
              g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "42%");
            }
          found++;
        }
      /* Depth-first walk over the widget tree. */
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != NULL && gtk_widget_get_next_sibling (child) == NULL)
            {
              child = gtk_widget_get_parent (child);
              if (child == GTK_WIDGET (f->window))
                child = NULL;
            }
          if (child != NULL)
            child = gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_cmpuint (found, ==, g_list_model_get_n_items (G_LIST_MODEL (f->library)));
}

static GtkListBoxRow *
sidebar_row (Fixture *f,
             int      index)
{
  GtkWidget *w = GTK_WIDGET (f->window);

  /* Depth-first to the first reading-progress bar: it sits in a sidebar
   * row. */
  while (w != NULL && !(GTK_IS_LEVEL_BAR (w) && gtk_widget_has_css_class (w, "essay-progress")))
    {
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (w);
  w = gtk_widget_get_ancestor (w, GTK_TYPE_LIST_BOX);
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (w), index);
}

/* Enter on an essay in the sidebar opens it and puts the keyboard in the
 * text, so that Page Down reads on. */
static void
test_sidebar_keyboard (Fixture       *f,
                       gconstpointer  data)
{
  GtkListBoxRow *row = sidebar_row (f, 3);
  DsReaderPage *reader = ds_window_get_reader_page (f->window);

  g_assert_nonnull (row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  /* What Enter does on a focused row. */
  g_signal_emit_by_name (row, "activate");
  g_assert_true (ds_window_get_essay (f->window) == essay_at (f, 3));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == GTK_WIDGET (ds_reader_page_get_text_view (reader)));
}

/* On Cards, an essay in the sidebar narrows the page down to its cards
 * instead of opening the reader; Show All Essays brings every card back. */
static void
test_sidebar_narrows (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (ds_essay_get_id (essay_at (f, 1)), NULL);
  g_autoptr(GPtrArray) essay_cards = ds_deck_dup_cards (ds_session_get_deck (f->session), scope);
  AdwViewStack *stack;
  DsCardsPage *cards;
  GtkButton *show_all;
  guint all;

  ds_window_set_visible_page (f->window, "cards");
  cards = DS_CARDS_PAGE (ds_test_find_widget (GTK_WIDGET (f->window), DS_TYPE_CARDS_PAGE, NULL));
  g_assert_nonnull (cards);
  all = g_list_model_get_n_items (ds_cards_page_get_filtered (cards));
  g_assert_cmpuint (essay_cards->len, >, 0);
  g_assert_cmpuint (essay_cards->len, <, all);

  g_signal_emit_by_name (sidebar_row (f, 1), "activate");
  stack = ADW_VIEW_STACK (ds_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "cards");
  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (cards)), ==, essay_cards->len);

  show_all = GTK_BUTTON (gtk_widget_get_ancestor (ds_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                                                         "Show All Essays"),
                                                    GTK_TYPE_BUTTON));
  g_assert_nonnull (show_all);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (show_all)) &&
                 gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (show_all))));
  g_signal_emit_by_name (show_all, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (cards)), ==, all);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (show_all))));

  /* On Read, the same row opens the essay. */
  ds_window_set_visible_page (f->window, "read");
  g_signal_emit_by_name (sidebar_row (f, 2), "activate");
  g_assert_true (ds_window_get_essay (f->window) == essay_at (f, 2));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "read");
}

static GtkWidget *
create_page_cb (DsWindow *window,
                gpointer  data)
{
  (*(guint *) data)++;
  return gtk_label_new ("Dibuat saat pertama dibuka");
}

/* Pages join the window when first shown, not at startup; the reader's
 * actions work only while the reader is shown. */
static void
test_lazy_pages (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = gtk_label_new ("Halaman tambahan");
  GtkWidget *w = GTK_WIDGET (f->window);
  guint created = 0;

  g_object_ref_sink (page);
  ds_window_add_page (f->window, page, "extra", "Extra", "view-list-symbolic");
  ds_window_add_page_lazily (f->window, "later", "Later", "view-list-symbolic",
                             create_page_cb, &created);
  g_assert_null (gtk_widget_get_root (page));
  g_assert_cmpuint (created, ==, 0);
  g_assert_true (gtk_widget_activate_action (w, "reader.find", NULL));

  /* Frames pass between switches, as they do for a person. */
  ds_window_set_visible_page (f->window, "extra");
  ds_test_wait_frames (w, 2);
  g_assert_true (gtk_widget_get_root (page) == GTK_ROOT (f->window));
  g_assert_false (gtk_widget_activate_action (w, "reader.find", NULL));

  ds_window_set_visible_page (f->window, "later");
  ds_test_wait_frames (w, 2);
  ds_window_set_visible_page (f->window, "read");
  ds_test_wait_frames (w, 2);
  ds_window_set_visible_page (f->window, "later");
  ds_test_wait_frames (w, 2);
  g_assert_cmpuint (created, ==, 1);
  g_assert_true (gtk_widget_activate_action (w, "win.show-page", "s", "read"));
  ds_test_wait_frames (w, 2);
  g_assert_true (gtk_widget_activate_action (w, "reader.find", NULL));
  g_object_unref (page);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* GTK 4.8's GtkShortcutsWindow, filled with this app's shortcuts, measures
 * a label of its own below zero and warns; nothing in the app can avoid it.
 * That one warning is dropped, every other one stays fatal. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0
      && message != NULL && g_str_has_prefix (message, "GtkLabel ")
      && strstr (message, "reported min width -") != NULL)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, data);
}

/* Keyboard Shortcuts opens the shortcuts window, built from the resource
 * on first use, listing the accelerators the application sets. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  GtkWindow *overlay;

  g_assert_null (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  overlay = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (f->window));
  ds_test_wait_for (ds_test_widget_shown, overlay, 5000);
  gtk_window_destroy (overlay);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (title == NULL
              || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0))
        return child;
      if ((found = find_descendant (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

/* Preferences edit the settings, and show changes made elsewhere. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  DsPreferencesWindow *prefs = ds_preferences_window_new (f->settings);
  GtkWidget *style, *text_size, *spin, *theme;

  gtk_window_present (GTK_WINDOW (prefs));
  ds_test_wait_for (ds_test_widget_shown, prefs, 5000);
  style = find_descendant (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW, "Style");
  theme = find_descendant (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW, "Theme");
  text_size = find_descendant (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, "Text Size");
  g_assert_nonnull (style);
  g_assert_nonnull (theme);
  g_assert_nonnull (text_size);
  spin = find_descendant (text_size, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (spin);

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (style)), ==, DS_COLOR_SCHEME_SYSTEM);
  adw_combo_row_set_selected (ADW_COMBO_ROW (style), 2);
  g_assert_cmpint (ds_settings_get_color_scheme (f->settings), ==, DS_COLOR_SCHEME_DARK);
  ds_settings_set_color_scheme (f->settings, DS_COLOR_SCHEME_LIGHT);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (style)), ==, 1);

  /* Text size in percent. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 150);
  g_assert_cmpfloat_with_epsilon (ds_settings_get_text_scale (f->settings), 1.5, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 100);

  adw_combo_row_set_selected (ADW_COMBO_ROW (theme), 1);
  g_assert_cmpint (ds_settings_get_presentation_theme (f->settings), ==, DS_PRESENTATION_THEME_LIGHT);

  gtk_window_destroy (GTK_WINDOW (prefs));
  ds_test_drain ();
}

static guint
count_main_windows (GtkApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    n += DS_IS_WINDOW (l->data);
  return n;
}

static gboolean
no_main_window (gpointer app)
{
  return count_main_windows (app) == 0;
}

/* The application: one main window however often it is activated (a
 * second launch activates the running instance), its accelerators, the
 * colour scheme from the settings, the presentation hook. */
static void
test_application (void)
{
  g_autoptr(DsApplication) app = ds_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  const GVariantType *param;
  GtkWindow *window;
  DsSettings *settings;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  if (g_application_get_is_remote (G_APPLICATION (app)))
    {
      g_test_skip ("DiploStudy already runs on this session bus");
      return;
    }
  settings = ds_application_get_settings (app);
  g_assert_nonnull (settings);

  g_application_activate (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (count_main_windows (GTK_APPLICATION (app)), ==, 1);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (DS_IS_WINDOW (window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));
  g_assert_nonnull (ds_window_get_essay (DS_WINDOW (window)));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.zoom-in");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>plus"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "reader.find");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>f"));

  ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_DARK);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  ds_settings_set_color_scheme (settings, DS_COLOR_SCHEME_SYSTEM);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "present"));
  param = g_action_group_get_action_parameter_type (G_ACTION_GROUP (app), "present");
  g_assert_true (g_variant_type_equal (param, G_VARIANT_TYPE_STRING));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  ds_test_wait_for (no_main_window, app, 5000);
  g_assert_cmpuint (count_main_windows (GTK_APPLICATION (app)), ==, 0);
}

static void
test_error_page (void)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsSession) session = ds_session_new (settings, NULL);
  DsWindow *window = ds_window_new (NULL, session);
  GtkWidget *stack = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  /* An empty library is a page that says so, not a crash. */
  g_assert_null (ds_window_get_essay (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");

  ds_window_show_error (window, "Could Not Load the Essays", "bad <markup> & stuff");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (log_writer, NULL, NULL);
  ds_test_init (&argc, &argv);

  g_test_add ("/window/every-essay", Fixture, NULL, fixture_set_up, test_every_essay, fixture_tear_down);
  g_test_add ("/window/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/window/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);
  g_test_add ("/window/reading-position", Fixture, NULL, fixture_set_up, test_reading_position, fixture_tear_down);
  g_test_add ("/window/position-while-hidden", Fixture, NULL, fixture_set_up, test_position_while_hidden, fixture_tear_down);
  g_test_add ("/window/restore", Fixture, NULL, fixture_set_up, test_restore, fixture_tear_down);
  g_test_add ("/window/sidebar-progress", Fixture, NULL, fixture_set_up, test_progress_in_sidebar, fixture_tear_down);
  g_test_add ("/window/sidebar-narrows", Fixture, NULL, fixture_set_up, test_sidebar_narrows, fixture_tear_down);
  g_test_add ("/window/sidebar-keyboard", Fixture, NULL, fixture_set_up, test_sidebar_keyboard, fixture_tear_down);
  g_test_add ("/window/lazy-pages", Fixture, NULL, fixture_set_up, test_lazy_pages, fixture_tear_down);
  g_test_add ("/window/shortcuts-window", Fixture, NULL, fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add ("/window/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/application", test_application);

  return g_test_run ();
}
