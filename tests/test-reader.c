/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-generator.h"
#include "ds-parser.h"
#include "ds-reader-page.h"
#include "ds-text-inline.h"
#include "ds-test-util.h"

typedef struct {
  DsSettings   *settings;
  GtkWindow    *window;
  DsReaderPage *reader;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *view;

  f->settings = ds_test_settings_new ();

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 600);
  f->reader = ds_reader_page_new (f->settings);
  gtk_window_set_child (f->window, GTK_WIDGET (f->reader));
  gtk_window_present (f->window);

  view = GTK_WIDGET (ds_reader_page_get_text_view (f->reader));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->reader))
         || gtk_widget_get_width (GTK_WIDGET (f->reader)) <= 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (view);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ds_test_drain ();
  g_assert_finalize_object (f->settings);
}

static char *
buffer_contents (DsReaderPage *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (reader));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static gboolean
has_tag_at (DsReaderPage *reader,
            guint         offset,
            const char   *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (reader));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static DsEssay *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse (text, -1, "test-essay", &error);

  g_assert_no_error (error);
  g_assert_nonnull (essay);
  return essay;
}

/* Essay text is text: angle brackets, ampersands and span tags show as
 * they are, in the body and in the title. */
static void
test_markup_is_literal (Fixture       *f,
                        gconstpointer  data)
{
  const char *line = "<b>bold</b> & <span foreground=\"red\">x</span>";
  g_autofree char *source = g_strdup_printf ("Pengantar\n\nIni paragraf dengan %s di tengah kalimat yang cukup panjang.\n", line);
  g_autoptr(DsEssay) essay = parse (source);
  g_autofree char *text = NULL;
  GtkLabel *title = ds_reader_page_get_title_label (f->reader);

  ds_essay_set_title (essay, "Judul <i>miring</i> & <span size=\"x-large\">besar</span>");
  ds_reader_page_set_essay (f->reader, essay);

  text = buffer_contents (f->reader);
  g_assert_cmpstr (text, ==, ds_essay_get_text (essay));
  g_assert_nonnull (strstr (text, line));

  g_assert_false (gtk_label_get_use_markup (title));
  g_assert_cmpstr (gtk_label_get_text (title), ==,
                   "Judul <i>miring</i> & <span size=\"x-large\">besar</span>");
  g_assert_cmpstr (gtk_label_get_label (title), ==, gtk_label_get_text (title));
}

/* Each block's line carries the tag for its kind. */
static void
test_block_tags (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse ("Judul Esai Ini\n\n"
                                    "# Pendahuluan\n\n"
                                    "Oleh: Nama Penulis\n\n"
                                    "Diplomasi digital adalah penggunaan teknologi dalam diplomasi.\n\n"
                                    "- butir pertama\n"
                                    "- butir kedua\n\n"
                                    "Daftar Pustaka\n\n"
                                    "Nama, A. (2020). Judul buku. Jakarta: Penerbit.\n");
  guint kinds_seen = 0;

  ds_reader_page_set_essay (f->reader, essay);
  for (guint i = 0; i < ds_essay_get_n_blocks (essay); i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);
      const char *tag = NULL;

      switch (block->kind)
        {
        case DS_BLOCK_HEADING: tag = "heading"; break;
        case DS_BLOCK_PARAGRAPH: tag = "paragraph"; break;
        case DS_BLOCK_LIST_ITEM: tag = "list-item"; break;
        case DS_BLOCK_REFERENCES_HEADING: tag = "references-heading"; break;
        case DS_BLOCK_REFERENCE: tag = "reference"; break;
        case DS_BLOCK_METADATA: tag = "metadata"; break;
        default: g_assert_not_reached ();
        }
      kinds_seen |= 1u << block->kind;
      g_assert_true (has_tag_at (f->reader, block->content_start, tag));
      g_assert_true (has_tag_at (f->reader, block->end - 1, tag));
      if (block->kind != DS_BLOCK_HEADING)
        g_assert_false (has_tag_at (f->reader, block->content_start, "heading"));
    }
  g_assert_true (kinds_seen & (1u << DS_BLOCK_HEADING));
  g_assert_true (kinds_seen & (1u << DS_BLOCK_PARAGRAPH));
  g_assert_true (kinds_seen & (1u << DS_BLOCK_LIST_ITEM));
  g_assert_true (kinds_seen & (1u << DS_BLOCK_METADATA));
}

static char *
long_text (void)
{
  GString *s = g_string_new ("Judul Panjang\n\n");

  for (int i = 0; i < 60; i++)
    g_string_append_printf (s, "Paragraf nomor %d tentang diplomasi digital dan keamanan siber "
                            "yang cukup panjang untuk mengisi beberapa baris teks.\n\n", i);
  g_string_append (s, "Kalimat kunci terakhir ada di sini.\n");
  return g_string_free (s, FALSE);
}

static double
scroll_value (DsReaderPage *reader)
{
  GtkWidget *sw = gtk_widget_get_ancestor (GTK_WIDGET (ds_reader_page_get_text_view (reader)),
                                           GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (sw)));
}

static gboolean
scrolled (gpointer reader)
{
  return scroll_value (reader) > 0;
}

/* A card's source span maps 1:1 onto the buffer: highlighting it marks
 * exactly that text and brings it into view. */
static void
test_highlight_span (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *source = long_text ();
  g_autoptr(DsEssay) essay = parse (source);
  const char *text = ds_essay_get_text (essay);
  const char *key = strstr (text, "Kalimat kunci terakhir");
  guint start, end;

  g_assert_nonnull (key);
  start = g_utf8_pointer_to_offset (text, key);
  end = start + g_utf8_strlen ("Kalimat kunci terakhir", -1);

  ds_reader_page_set_essay (f->reader, essay);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 2);
  g_assert_cmpfloat (scroll_value (f->reader), ==, 0);

  ds_reader_page_highlight_span (f->reader, start, end);
  g_assert_true (ds_test_wait_for (scrolled, f->reader, 2000));
  g_assert_true (has_tag_at (f->reader, start, "span-highlight"));
  g_assert_true (has_tag_at (f->reader, end - 1, "span-highlight"));
  g_assert_false (has_tag_at (f->reader, end, "span-highlight"));
  g_assert_false (has_tag_at (f->reader, start - 1, "span-highlight"));
  g_assert_cmpfloat (scroll_value (f->reader), >, 0);
  g_assert_cmpuint (ds_reader_page_get_top_offset (f->reader), <=, start);

  /* Claims: several marks, cleared together. */
  ds_reader_page_add_claim_highlight (f->reader, 0, 5);
  ds_reader_page_add_claim_highlight (f->reader, start, end);
  g_assert_true (has_tag_at (f->reader, 2, "claim"));
  g_assert_true (has_tag_at (f->reader, start, "claim"));
  g_assert_false (has_tag_at (f->reader, 6, "claim"));
  ds_reader_page_clear_claim_highlights (f->reader);
  g_assert_false (has_tag_at (f->reader, 2, "claim"));
  g_assert_false (has_tag_at (f->reader, start, "claim"));
}

static void
test_side_panel (Fixture       *f,
                 gconstpointer  data)
{
  GActionGroup *actions = ds_reader_page_get_action_group (f->reader);
  GtkWidget *panel = gtk_label_new ("Klaim utama");
  g_autoptr(DsEssay) essay = parse ("Judul\n\nSatu paragraf saja.\n");
  g_autoptr(GVariant) state = NULL;

  ds_reader_page_set_essay (f->reader, essay);
  /* Nothing to show until a panel is plugged in. */
  g_assert_false (g_action_group_get_action_enabled (actions, "toggle-claims"));
  g_assert_false (ds_reader_page_get_side_panel_visible (f->reader));

  ds_reader_page_set_side_panel (f->reader, panel);
  g_assert_true (g_action_group_get_action_enabled (actions, "toggle-claims"));
  g_action_group_activate_action (actions, "toggle-claims", NULL);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, panel, 2000));
  g_assert_true (ds_reader_page_get_side_panel_visible (f->reader));
  g_assert_true (gtk_widget_get_mapped (panel));
  state = g_action_group_get_action_state (actions, "toggle-claims");
  g_assert_true (g_variant_get_boolean (state));

  g_action_group_activate_action (actions, "toggle-claims", NULL);
  g_assert_false (ds_reader_page_get_side_panel_visible (f->reader));

  ds_reader_page_set_side_panel (f->reader, NULL);
  g_assert_false (g_action_group_get_action_enabled (actions, "toggle-claims"));
}

/* Whether the reading position is saved where the reader is. */
static gboolean
position_saved (gpointer data)
{
  Fixture *f = data;
  guint offset;
  double progress;

  return ds_settings_get_reading_position (f->settings, "test-essay", &offset, &progress) &&
         offset == ds_reader_page_get_top_offset (f->reader) && offset > 0;
}

/* Scrolling saves the reading position after a moment. */
static void
test_position_saved (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *source = long_text ();
  g_autoptr(DsEssay) essay = parse (source);
  guint target = ds_essay_get_block (essay, 30)->content_start;
  guint offset = 0;
  double progress = 0;

  ds_reader_page_set_essay (f->reader, essay);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 2);
  ds_reader_page_scroll_to_offset (f->reader, target);
  g_assert_true (ds_test_wait_for (position_saved, f, 3000));

  g_assert_true (ds_settings_get_reading_position (f->settings, "test-essay", &offset, &progress));
  g_assert_cmpuint (offset, ==, ds_reader_page_get_top_offset (f->reader));
  g_assert_cmpuint (offset, <=, target);
  g_assert_cmpuint (target - offset, <, 200);
  g_assert_cmpfloat (progress, >, 0.4);
  g_assert_cmpfloat (progress, <, 1.0);

  /* No essay: nothing to find, nothing to save. */
  ds_reader_page_set_essay (f->reader, NULL);
  g_assert_cmpstr (gtk_label_get_text (ds_reader_page_get_title_label (f->reader)), ==, "");
  g_assert_false (g_action_group_get_action_enabled (ds_reader_page_get_action_group (f->reader), "find"));
}

static int
line_start_x (DsReaderPage *reader,
              const char   *text)
{
  GtkTextView *view = ds_reader_page_get_text_view (reader);
  GtkTextIter start, match, end;
  GdkRectangle rect;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  g_assert_true (gtk_text_iter_forward_search (&start, text, 0, &match, &end, NULL));
  gtk_text_view_get_iter_location (view, &match, &rect);
  return rect.x;
}

/* Paragraphs keep their own indent while find moves its highlight over
 * the lines around them (GTK 4.8 could give a paragraph after a list the
 * list's indent). */
static void
test_highlights_keep_layout (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse ("Judul\n\n"
                                    "Negara memakai diplomasi melalui:\n"
                                    "- butir pertama yang cukup panjang\n"
                                    "- butir kedua yang cukup panjang\n"
                                    "Jadi, itulah diplomasi menurut Kautilya.\n\n"
                                    "Selanjutnya paragraf lain yang cukup panjang untuk dibaca.\n");
  int x;

  ds_reader_page_set_essay (f->reader, essay);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 3);
  x = line_start_x (f->reader, "Jadi, itulah");
  g_assert_cmpint (line_start_x (f->reader, "Selanjutnya"), ==, x);
  g_assert_cmpint (line_start_x (f->reader, "butir pertama"), >, x);

  ds_reader_page_search (f->reader, "diplomasi");
  g_assert_cmpuint (ds_reader_page_get_n_matches (f->reader), ==, 2);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 3);
  ds_reader_page_next_match (f->reader);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 3);
  g_assert_cmpint (line_start_x (f->reader, "Selanjutnya"), ==, x);
  g_assert_cmpint (line_start_x (f->reader, "Jadi, itulah"), ==, x);
}

static GtkAdjustment *
vadjustment (DsReaderPage *reader)
{
  GtkWidget *sw = gtk_widget_get_ancestor (GTK_WIDGET (ds_reader_page_get_text_view (reader)),
                                           GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (sw));
}

/* Where the title is drawn, in the scrolled window's coordinates. */
static double
title_y (DsReaderPage *reader)
{
  GtkWidget *sw = gtk_widget_get_ancestor (GTK_WIDGET (ds_reader_page_get_text_view (reader)),
                                           GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), at;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (ds_reader_page_get_title_label (reader)),
                                           sw, &origin, &at));
  return at.y;
}

typedef struct {
  DsReaderPage *reader;
  double        y;
} TitleAt;

static gboolean
title_at (gpointer data)
{
  TitleAt *want = data;

  return fabs (title_y (want->reader) - want->y) < 1.5;
}

static gboolean
position_known (gpointer data)
{
  Fixture *f = data;

  return ds_settings_get_reading_position (f->settings, "test-essay", NULL, NULL);
}

/* The title scrolls with the text: after a wheel step, Page Down, End or
 * a jump (each sets the scroll adjustment) it is where the text under it
 * went, not left painted at its old
 * place over the text (GTK 4.8 does not move a text view's overlays). */
static void
test_title_scrolls (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *source = long_text ();
  g_autoptr(DsEssay) essay = parse (source);
  GtkAdjustment *adj = vadjustment (f->reader);
  TitleAt want = { f->reader, 0 };
  double y0;

  ds_reader_page_set_essay (f->reader, essay);
  /* Once the opening scroll has settled, the position is saved. */
  g_assert_true (ds_test_wait_for (position_known, f, 5000));
  y0 = title_y (f->reader);
  g_assert_cmpfloat (y0, >, 0);

  /* A wheel step, then Page Down: the title moves up with the text. */
  gtk_adjustment_set_value (adj, 40);
  want.y = y0 - 40;
  g_assert_true (ds_test_wait_for (title_at, &want, 3000));
  /* Page Down (the reader's key handler sets the adjustment so). */
  gtk_adjustment_set_value (adj, 40 + 0.9 * gtk_adjustment_get_page_size (adj));
  want.y = y0 - gtk_adjustment_get_value (adj);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 100);
  g_assert_true (ds_test_wait_for (title_at, &want, 3000));
  /* End, then back home: out of sight, then where it started. */
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  ds_test_wait_frames (GTK_WIDGET (f->reader), 3);
  g_assert_cmpfloat (title_y (f->reader) + gtk_widget_get_height (GTK_WIDGET (ds_reader_page_get_title_label (f->reader))),
                     <=, 0);
  ds_reader_page_scroll_to_offset (f->reader, 0);
  want.y = y0;
  g_assert_true (ds_test_wait_for (title_at, &want, 3000));
}

static GtkRevealer *
find_revealer (Fixture *f)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);
  GtkWidget *bar = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_BAR) : NULL;
  GtkWidget *revealer = bar != NULL ? gtk_widget_get_first_child (bar) : NULL;

  return GTK_IS_REVEALER (revealer) ? GTK_REVEALER (revealer) : NULL;
}

static gboolean
find_bar_shown (gpointer data)
{
  GtkRevealer *revealer = find_revealer (data);

  return revealer != NULL && gtk_revealer_get_child_revealed (revealer);
}

typedef struct {
  GtkWidget *widget;
  int        height;
} Height;

static gboolean
height_is (gpointer data)
{
  Height *want = data;

  return gtk_widget_get_height (want->widget) == want->height;
}

/* Opening find makes the view shorter; the title stays above the first
 * line, where it was drawn over the text after a scroll (its holder,
 * placed from where the first top margin had put it, moved when the view
 * was allocated for the new height), and closing it the same. */
static void
test_title_stays_with_find (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *source = long_text ();
  g_autoptr(DsEssay) essay = parse (source);
  GtkAdjustment *adj = vadjustment (f->reader);
  GtkWidget *view = GTK_WIDGET (ds_reader_page_get_text_view (f->reader));
  TitleAt want = { f->reader, 0 };
  Height full = { view, 0 };
  GtkRevealer *revealer;
  double y0;

  ds_reader_page_set_essay (f->reader, essay);
  g_assert_true (ds_test_wait_for (position_known, f, 5000));
  y0 = title_y (f->reader);
  g_assert_cmpfloat (y0, >, 0);
  full.height = gtk_widget_get_height (view);

  gtk_adjustment_set_value (adj, 40);
  want.y = y0 - 40;
  g_assert_true (ds_test_wait_for (title_at, &want, 3000));

  g_action_group_activate_action (ds_reader_page_get_action_group (f->reader), "find", NULL);
  g_assert_true (ds_test_wait_for (find_bar_shown, f, 3000));
  ds_test_wait_frames (view, 3);
  g_assert_cmpint (gtk_widget_get_height (view), <, full.height);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 40);
  g_assert_cmpfloat (fabs (title_y (f->reader) - want.y), <, 1.5);

  /* Closed: the view is as tall as before, the title where it was. */
  revealer = find_revealer (f);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_parent (GTK_WIDGET (revealer))), FALSE);
  g_assert_true (ds_test_wait_for (height_is, &full, 3000));
  ds_test_wait_frames (view, 3);
  gtk_adjustment_set_value (adj, 0);
  want.y = y0;
  g_assert_true (ds_test_wait_for (title_at, &want, 3000));
}

typedef struct {
  Fixture *f;
  double   progress;
} Saved;

static gboolean
progress_saved (gpointer data)
{
  Saved *saved = data;
  guint offset;

  return ds_settings_get_reading_position (saved->f->settings, "test-essay", &offset,
                                           &saved->progress) && saved->progress > 0;
}

/* Reading progress is the text that has been on screen, up to the end of
 * the last line shown whole: the title and the margins do not count. */
static void
test_progress_is_what_was_shown (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *source = long_text ();
  g_autoptr(DsEssay) essay = parse (source);
  GtkTextView *view = ds_reader_page_get_text_view (f->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  Saved saved = { f, 0 };
  GdkRectangle visible, rect;
  GtkTextIter iter;
  int n = 0;

  ds_reader_page_set_essay (f->reader, essay);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 3);
  gtk_adjustment_set_value (vadjustment (f->reader), 1);
  g_assert_true (ds_test_wait_for (progress_saved, &saved, 5000));

  /* The last character counted is on screen whole; the line after it is
   * not. */
  n = gtk_text_buffer_get_char_count (buffer);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) (saved.progress * n + 0.5) - 1);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  g_assert_cmpint (rect.y + rect.height, <=, visible.y + visible.height);
  gtk_text_view_forward_display_line (view, &iter);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  g_assert_cmpint (rect.y + rect.height, >, visible.y + visible.height);
  /* 60 paragraphs and a 600 px window: far from most of it. */
  g_assert_cmpfloat (saved.progress, <, 0.35);
}

/* ---- Markdown's inline marks ------------------------------------------- */

static DsEssay *
parse_file (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "import", name, NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  DsEssay *essay;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  essay = ds_parser_parse (data, (gssize) length, "test-essay", &error);
  g_assert_no_error (error);
  g_assert_nonnull (essay);
  return essay;
}

/* The text the reader shows between two offsets: without what is hidden. */
static char *
shown_text (DsReaderPage *reader,
            guint         start,
            guint         end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (reader));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

/* The character offset of @needle in the essay's text (which counts the
 * marks). */
static guint
offset_of (DsEssay    *essay,
           const char *needle)
{
  const char *text = ds_essay_get_text (essay);
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (text, at);
}

/* Each character of @word (found after @marks) carries @tag and the marks
 * around it are hidden; the character after the closing marks carries
 * neither. */
static void
assert_marked (DsReaderPage *reader,
               DsEssay      *essay,
               const char   *marks,
               const char   *word,
               const char   *tag)
{
  g_autofree char *written = g_strdup_printf ("%s%s%s", marks, word, marks);
  guint at = offset_of (essay, written);
  guint n_marks = g_utf8_strlen (marks, -1);
  guint start = at + n_marks;
  guint end = start + g_utf8_strlen (word, -1);

  for (guint i = at; i < start; i++)
    g_assert_true (has_tag_at (reader, i, "inline-mark"));
  for (guint i = start; i < end; i++)
    {
      g_assert_true (has_tag_at (reader, i, tag));
      g_assert_false (has_tag_at (reader, i, "inline-mark"));
    }
  for (guint i = end; i < end + n_marks; i++)
    g_assert_true (has_tag_at (reader, i, "inline-mark"));
  g_assert_false (has_tag_at (reader, end + n_marks, tag));
  g_assert_false (has_tag_at (reader, end + n_marks, "inline-mark"));
  g_assert_false (has_tag_at (reader, at - 1, tag));
}

/* An imported Markdown essay shows bold, italic and code as such, with the
 * marks hidden; the buffer's text is still the essay's, offset for
 * offset; what only looks like a mark stays text; headings keep their
 * style. */
static void
test_inline_marks (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse_file ("emphasis.md");
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *plain = ds_essay_dup_plain_span (essay, 0, ds_essay_get_n_chars (essay));
  guint heading = offset_of (essay, "Pengertian");

  ds_reader_page_set_essay (f->reader, essay);
  text = buffer_contents (f->reader);
  g_assert_cmpstr (text, ==, ds_essay_get_text (essay));

  assert_marked (f->reader, essay, "**", "Diplomasi digital", "strong");
  assert_marked (f->reader, essay, "*", "media sosial", "emphasis");
  assert_marked (f->reader, essay, "**", "87 persen", "strong");
  assert_marked (f->reader, essay, "_", "Twitter", "emphasis");
  assert_marked (f->reader, essay, "`", "SafeTravel", "code");
  g_assert_false (has_tag_at (f->reader, offset_of (essay, "Twitter"), "strong"));

  /* What is shown is the text without its marks. */
  shown = shown_text (f->reader, 0, ds_essay_get_n_chars (essay));
  g_assert_cmpstr (shown, ==, plain);
  g_assert_null (strpbrk (shown, "*_`"));

  /* Headings keep their own style, untouched. */
  g_assert_true (has_tag_at (f->reader, heading, "heading"));
  g_assert_false (has_tag_at (f->reader, heading, "strong"));
  g_assert_false (has_tag_at (f->reader, heading, "inline-mark"));
}

/* Marks with no partner, underscores inside a word and stars between
 * spaces are text, shown as they are; a paragraph with no marks gets no
 * inline tag at all. */
static void
test_inline_not_marks (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse ("Judul\n\n"
                                    "Variabel snake_case dan a_b_c tetap, 2 * 3 * 4 = 24, Keohane* dan `tanpa penutup.\n\n"
                                    "Paragraf biasa tanpa tanda apa pun.\n");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (f->reader));
  const char *names[] = { "inline-mark", "emphasis", "strong", "code" };
  g_autofree char *shown = NULL;

  ds_reader_page_set_essay (f->reader, essay);
  shown = shown_text (f->reader, 0, ds_essay_get_n_chars (essay));
  g_assert_cmpstr (shown, ==, ds_essay_get_text (essay));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), names[i]);
      GtkTextIter iter;

      gtk_text_buffer_get_start_iter (buffer, &iter);
      g_assert_false (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
    }
}

/* Emphasis over a line break inside a Markdown paragraph (a short line the
 * parser keeps as a block of its own) is shown as such, its marks hidden,
 * as the card's source shows it plain; marks written escaped are shown, as
 * text, with nothing hidden or styled. The buffer is the essay's text. */
static void
test_inline_soft_break (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse ("# Diplomasi\n\n"
                                    "**Diplomasi\n"
                                    "Digital** adalah penggunaan *media\n"
                                    "Sosial* oleh kementerian luar negeri untuk tujuan kebijakan luar negeri.\n\n"
                                    "Simbol \\*bintang\\* dan \\_garis\\_ ditulis apa adanya dalam teks ini.\n");
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *plain = NULL;
  guint open = offset_of (essay, "**Diplomasi");
  guint close = offset_of (essay, "** adalah");
  guint media = offset_of (essay, "*media");
  guint star = offset_of (essay, "*bintang*");
  guint n = ds_essay_get_n_chars (essay);

  ds_reader_page_set_essay (f->reader, essay);
  text = buffer_contents (f->reader);
  g_assert_cmpstr (text, ==, ds_essay_get_text (essay));
  g_assert_nonnull (strstr (text, "**Diplomasi\nDigital**"));

  g_assert_true (has_tag_at (f->reader, open, "inline-mark"));
  g_assert_true (has_tag_at (f->reader, open + 1, "inline-mark"));
  for (guint i = open + 2; i < close; i++)
    {
      g_assert_true (has_tag_at (f->reader, i, "strong"));
      g_assert_false (has_tag_at (f->reader, i, "inline-mark"));
    }
  g_assert_true (has_tag_at (f->reader, close, "inline-mark"));
  g_assert_true (has_tag_at (f->reader, close + 1, "inline-mark"));
  g_assert_false (has_tag_at (f->reader, close + 2, "strong"));
  g_assert_true (has_tag_at (f->reader, media, "inline-mark"));
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "Sosial*"), "emphasis"));
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "Sosial*") + 6, "inline-mark"));

  /* Escaped: shown as written, nothing hidden, nothing styled. */
  for (guint i = star; i < star + 9; i++)
    {
      g_assert_false (has_tag_at (f->reader, i, "inline-mark"));
      g_assert_false (has_tag_at (f->reader, i, "emphasis"));
    }
  g_assert_false (has_tag_at (f->reader, offset_of (essay, "garis"), "emphasis"));

  shown = shown_text (f->reader, 0, n);
  plain = ds_essay_dup_plain_span (essay, 0, n);
  g_assert_cmpstr (shown, ==, plain);
  g_assert_nonnull (strstr (shown, "Diplomasi\nDigital adalah penggunaan media\nSosial oleh"));
  g_assert_nonnull (strstr (shown, "Simbol *bintang* dan _garis_ ditulis"));
}

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardText;

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  ClipboardText *read = data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
clipboard_read (gpointer data)
{
  return ((ClipboardText *) data)->done;
}

/* Find looks for what is shown: a phrase that runs over a hidden mark is
 * found, and an emphasised one too. Selecting a sentence and copying it
 * copies what is shown. */
static void
test_inline_find_and_copy (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse_file ("emphasis.md");
  GtkTextView *view = ds_reader_page_get_text_view (f->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  guint start = offset_of (essay, "**Diplomasi digital**");
  guint end = offset_of (essay, "kebijakan luar negeri.") + g_utf8_strlen ("kebijakan luar negeri.", -1);
  ClipboardText read = { NULL, FALSE };
  GtkTextIter a, b;

  ds_reader_page_set_essay (f->reader, essay);

  ds_reader_page_search (f->reader, "digital adalah penggunaan media sosial dan");
  g_assert_cmpuint (ds_reader_page_get_n_matches (f->reader), ==, 1);
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "digital**"), "current-match"));
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "media sosial*"), "current-match"));
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "sosial* dan"), "current-match"));
  ds_reader_page_search (f->reader, "diplomasi digital");
  g_assert_cmpuint (ds_reader_page_get_n_matches (f->reader), ==, 1);
  g_assert_true (has_tag_at (f->reader, offset_of (essay, "Diplomasi digital**"), "current-match"));
  ds_reader_page_search (f->reader, "aplikasi safetravel.");
  g_assert_cmpuint (ds_reader_page_get_n_matches (f->reader), ==, 1);
  /* Marks are not what the page shows, nor what it finds. */
  ds_reader_page_search (f->reader, "**Diplomasi");
  g_assert_cmpuint (ds_reader_page_get_n_matches (f->reader), ==, 0);
  ds_reader_page_search (f->reader, "");

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  gtk_text_buffer_copy_clipboard (buffer, gtk_widget_get_clipboard (GTK_WIDGET (view)));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL, read_text_cb, &read);
  g_assert_true (ds_test_wait_for (clipboard_read, &read, 2000));
  g_assert_cmpstr (read.text, ==, "Diplomasi digital adalah penggunaan media sosial dan teknologi digital oleh "
                   "kementerian luar negeri untuk mencapai tujuan kebijakan luar negeri.");
  g_free (read.text);
}

/* A card's source span selects its sentence in the reader, which shows it
 * as the card does (plain); a jump to a sentence far down an essay of
 * emphasised paragraphs brings it into view, and the position saved is
 * where the reader is. */
static void
test_inline_spans (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DsEssay) essay = parse_file ("emphasis.md");
  g_autoptr(GPtrArray) cards = ds_generator_generate (essay);
  g_autoptr(DsEssay) long_essay = NULL;
  GString *source = g_string_new ("Judul Panjang\n\n");
  g_autofree char *key = NULL;
  guint key_start, key_end, offset;
  double progress;

  ds_reader_page_set_essay (f->reader, essay);
  g_assert_cmpuint (cards->len, >=, 3);
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = cards->pdata[i];
      guint start = ds_card_get_source_start (card);
      guint end = ds_card_get_source_end (card);
      g_autofree char *shown = NULL;

      ds_reader_page_highlight_span (f->reader, start, end);
      g_assert_true (has_tag_at (f->reader, start, "span-highlight"));
      g_assert_true (has_tag_at (f->reader, end - 1, "span-highlight"));
      g_assert_false (has_tag_at (f->reader, end, "span-highlight"));
      shown = shown_text (f->reader, start, end);
      g_assert_cmpstr (shown, ==, ds_card_get_source_text (card));
    }

  for (int i = 0; i < 60; i++)
    g_string_append_printf (source, "Paragraf **nomor %d** tentang *diplomasi digital* dan `keamanan siber` "
                            "yang cukup panjang untuk mengisi beberapa baris teks.\n\n", i);
  g_string_append (source, "Kalimat **kunci** terakhir ada di sini.\n");
  long_essay = parse (source->str);
  g_string_free (source, TRUE);
  key_start = offset_of (long_essay, "Kalimat **kunci**");
  key_end = offset_of (long_essay, "di sini.") + 8;
  ds_reader_page_set_essay (f->reader, long_essay);
  ds_test_wait_frames (GTK_WIDGET (f->reader), 2);
  ds_reader_page_highlight_span (f->reader, key_start, key_end);
  g_assert_true (ds_test_wait_for (scrolled, f->reader, 2000));
  key = shown_text (f->reader, key_start, key_end);
  g_assert_cmpstr (key, ==, "Kalimat kunci terakhir ada di sini.");
  g_assert_cmpuint (ds_reader_page_get_top_offset (f->reader), <=, key_start);

  ds_reader_page_scroll_to_offset (f->reader, ds_essay_get_block (long_essay, 30)->content_start);
  g_assert_true (ds_test_wait_for (position_saved, f, 3000));
  g_assert_true (ds_settings_get_reading_position (f->settings, "test-essay", &offset, &progress));
  g_assert_cmpuint (offset, <=, ds_essay_get_block (long_essay, 30)->content_start);
  g_assert_cmpuint (ds_essay_get_block (long_essay, 30)->content_start - offset, <, 200);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

  g_test_add ("/reader/markup-is-literal", Fixture, NULL, fixture_set_up, test_markup_is_literal, fixture_tear_down);
  g_test_add ("/reader/block-tags", Fixture, NULL, fixture_set_up, test_block_tags, fixture_tear_down);
  g_test_add ("/reader/highlight-span", Fixture, NULL, fixture_set_up, test_highlight_span, fixture_tear_down);
  g_test_add ("/reader/side-panel", Fixture, NULL, fixture_set_up, test_side_panel, fixture_tear_down);
  g_test_add ("/reader/highlights-keep-layout", Fixture, NULL, fixture_set_up, test_highlights_keep_layout, fixture_tear_down);
  g_test_add ("/reader/title-scrolls", Fixture, NULL, fixture_set_up, test_title_scrolls, fixture_tear_down);
  g_test_add ("/reader/title-stays-with-find", Fixture, NULL, fixture_set_up, test_title_stays_with_find,
              fixture_tear_down);
  g_test_add ("/reader/progress-is-what-was-shown", Fixture, NULL, fixture_set_up,
              test_progress_is_what_was_shown, fixture_tear_down);
  g_test_add ("/reader/position-saved", Fixture, NULL, fixture_set_up, test_position_saved, fixture_tear_down);
  g_test_add ("/reader/inline-marks", Fixture, NULL, fixture_set_up, test_inline_marks, fixture_tear_down);
  g_test_add ("/reader/inline-not-marks", Fixture, NULL, fixture_set_up, test_inline_not_marks, fixture_tear_down);
  g_test_add ("/reader/inline-soft-break", Fixture, NULL, fixture_set_up, test_inline_soft_break,
              fixture_tear_down);
  g_test_add ("/reader/inline-find-and-copy", Fixture, NULL, fixture_set_up, test_inline_find_and_copy,
              fixture_tear_down);
  g_test_add ("/reader/inline-spans", Fixture, NULL, fixture_set_up, test_inline_spans, fixture_tear_down);

  return g_test_run ();
}
