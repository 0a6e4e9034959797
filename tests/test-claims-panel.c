/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-claims-panel.h"
#include "ds-parser.h"
#include "ds-test-util.h"
#include "ds-window.h"

#define ESSAY_001 "001_f2b556cc33273b55"
#define ESSAY_004 "004_a464b1719aab16d6"

typedef struct {
  DsSettings    *settings;
  DsLibrary     *library;
  DsSession     *session;
  DsWindow      *window;
  DsReaderPage  *reader;
  DsClaimsPanel *panel;
  GtkTextBuffer *buffer;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *side_panel;

  f->settings = ds_test_settings_new ();
  /* Wide enough for the text and the panel side by side, unless a test
   * asks for a width. */
  ds_settings_set_window_state (f->settings, data ? GPOINTER_TO_INT (data) : 1100, 700, FALSE);

  f->library = ds_test_library_new ();
  f->session = ds_session_new (f->settings, f->library);

  f->window = ds_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  f->reader = ds_window_get_reader_page (f->window);
  f->buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (f->reader));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, ds_reader_page_get_text_view (f->reader), 5000));

  /* The window puts the panel into the reader's side slot. */
  side_panel = ds_reader_page_get_side_panel (f->reader);
  g_assert_true (DS_IS_CLAIMS_PANEL (side_panel));
  f->panel = DS_CLAIMS_PANEL (side_panel);
  g_assert_true (ds_claims_panel_get_reader (f->panel) == f->reader);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* As closing does: the reading position is saved while the window is
   * whole. */
  ds_window_save_state (f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  ds_test_drain ();
  g_clear_object (&f->session);
  g_clear_object (&f->library);
  g_assert_finalize_object (f->settings);
}

static void
open_essay (Fixture    *f,
            const char *id)
{
  g_assert_true (ds_window_open_essay (f->window, id));
  g_assert_cmpstr (ds_essay_get_id (ds_reader_page_get_essay (f->reader)), ==, id);
}

static void
toggle_panel (Fixture *f)
{
  g_action_group_activate_action (ds_reader_page_get_action_group (f->reader),
                                  "toggle-claims", NULL);
}

static void
show_panel (Fixture *f)
{
  g_assert_false (ds_reader_page_get_side_panel_visible (f->reader));
  toggle_panel (f);
  g_assert_true (ds_reader_page_get_side_panel_visible (f->reader));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, f->panel, 5000));
}

/* Every label text under @widget, joined by newlines. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
row_text (Fixture *f,
          guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), index);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (row);
  collect_labels (GTK_WIDGET (row), out);
  return g_string_free (out, FALSE);
}

static gboolean
has_image (GtkWidget  *widget,
           const char *icon_name)
{
  if (GTK_IS_IMAGE (widget) &&
      g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_image (child, icon_name))
      return TRUE;
  return FALSE;
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), n) != NULL)
    n++;
  return n;
}

static GtkTextTag *
tag (Fixture    *f,
     const char *name)
{
  GtkTextTag *t = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (f->buffer), name);

  g_assert_nonnull (t);
  return t;
}

/* The spans (pairs of offsets) where @name is applied. */
static GArray *
tag_ranges (Fixture    *f,
            const char *name)
{
  GtkTextTag *t = tag (f, name);
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (f->buffer, &iter);
  if (!gtk_text_iter_has_tag (&iter, t) && !gtk_text_iter_forward_to_tag_toggle (&iter, t))
    return ranges;
  do
    {
      guint offset = gtk_text_iter_get_offset (&iter);

      g_array_append_val (ranges, offset);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, t));
  /* A tag running to the end has no closing toggle. */
  if (ranges->len % 2 == 1)
    {
      guint end = gtk_text_buffer_get_char_count (f->buffer);

      g_array_append_val (ranges, end);
    }
  return ranges;
}

/* TRUE when @name covers every character of the span. */
static gboolean
tag_covers (Fixture    *f,
            const char *name,
            guint       start,
            guint       end)
{
  GtkTextTag *t = tag (f, name);
  GtkTextIter iter, limit;

  gtk_text_buffer_get_iter_at_offset (f->buffer, &iter, start);
  gtk_text_buffer_get_iter_at_offset (f->buffer, &limit, end);
  if (!gtk_text_iter_has_tag (&iter, t))
    return FALSE;
  /* The next toggle (the tag ending) is at or past the span's end. */
  gtk_text_iter_forward_to_tag_toggle (&iter, t);
  return gtk_text_iter_compare (&iter, &limit) >= 0;
}

static guint
count_ranges (Fixture    *f,
              const char *name)
{
  g_autoptr(GArray) ranges = tag_ranges (f, name);

  return ranges->len / 2;
}

static const char *
visible_page (Fixture *f)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (ds_claims_panel_get_list_box (f->panel)),
                                              GTK_TYPE_STACK);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static int
find_trends_claim (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = g_ptr_array_index (claims, i);

      if (claim->kind == DS_CLAIM_ENUMERATION && claim->sentence != NULL &&
          strstr (claim->sentence, "tiga tren global") != NULL)
        return i;
    }
  return -1;
}

static gboolean
reader_scrolled (gpointer reader)
{
  return ds_reader_page_get_top_offset (reader) > 0;
}

static void
test_trends_claim (Fixture       *f,
                   gconstpointer  data)
{
  GPtrArray *claims;
  const DsClaim *claim;
  g_autofree char *text = NULL;
  g_autofree char *span = NULL;
  g_autoptr(GArray) ranges = NULL;
  GtkListBoxRow *row;
  int index;

  open_essay (f, ESSAY_001);
  show_panel (f);

  claims = ds_claims_panel_get_claims (f->panel);
  g_assert_nonnull (claims);
  g_assert_cmpuint (claims->len, >, 0);
  g_assert_cmpuint (n_rows (f), ==, claims->len);
  g_assert_cmpstr (visible_page (f), ==, "list");

  /* The three global trends: a list of which the source gives two items. */
  index = find_trends_claim (claims);
  g_assert_cmpint (index, >=, 0);
  claim = g_ptr_array_index (claims, index);
  g_assert_cmpuint (claim->stated_count, ==, 3);
  g_assert_cmpuint (ds_claim_get_n_items (claim), <, 3);
  g_assert_nonnull (claim->warnings);
  g_assert_cmpuint (claim->warnings->len, >, 0);

  /* Its row says what kind it is, how many items were found and warns. */
  text = row_text (f, index);
  g_test_message ("row %d:\n%s", index, text);
  {
    g_autofree char *kind = g_strdup_printf ("List · %u of 3 items", ds_claim_get_n_items (claim));

    g_assert_nonnull (strstr (text, kind));
  }
  g_assert_nonnull (strstr (text, g_ptr_array_index (claim->warnings, 0)));
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    g_assert_nonnull (strstr (text, ds_claim_get_item (claim, i)));
  row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), index);
  g_assert_true (has_image (GTK_WIDGET (row), "dialog-warning-symbolic"));

  /* Activating the row highlights exactly the claim's sentence. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_true (gtk_list_box_get_selected_row (ds_claims_panel_get_list_box (f->panel)) == row);
  ranges = tag_ranges (f, "span-highlight");
  g_assert_cmpuint (ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranges, guint, 0), ==, claim->start);
  g_assert_cmpuint (g_array_index (ranges, guint, 1), ==, claim->end);
  span = ds_test_buffer_text (f->buffer, claim->start, claim->end);
  g_assert_nonnull (strstr (span, "tiga tren global"));
  g_assert_cmpstr (span, ==, claim->sentence);

  /* And scrolls the reader to it. */
  ds_test_wait_for (reader_scrolled, f->reader, 2000);
  {
    guint top = ds_reader_page_get_top_offset (f->reader);

    g_assert_cmpuint (top, <=, claim->start);
    g_assert_cmpuint (top, >, 0);
  }
}

static void
test_claim_marks (Fixture       *f,
                  gconstpointer  data)
{
  GPtrArray *claims;

  open_essay (f, ESSAY_001);
  /* Hidden: no marks. */
  g_assert_cmpuint (count_ranges (f, "claim"), ==, 0);

  show_panel (f);
  claims = ds_claims_panel_get_claims (f->panel);
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = g_ptr_array_index (claims, i);

      g_assert_true (tag_covers (f, "claim", claim->start, claim->end));
    }

  /* Hiding the panel takes the marks away; showing brings them back. */
  toggle_panel (f);
  g_assert_false (ds_reader_page_get_side_panel_visible (f->reader));
  g_assert_cmpuint (count_ranges (f, "claim"), ==, 0);
  toggle_panel (f);
  g_assert_true (tag_covers (f, "claim", ((DsClaim *) g_ptr_array_index (claims, 0))->start,
                             ((DsClaim *) g_ptr_array_index (claims, 0))->end));
}

static void
test_follows_essay (Fixture       *f,
                    gconstpointer  data)
{
  guint n_essays = g_list_model_get_n_items (G_LIST_MODEL (f->library));
  g_autofree char *first_row = NULL;
  g_autoptr(GPtrArray) first_claims = NULL;
  GPtrArray *claims;

  open_essay (f, ESSAY_001);
  show_panel (f);
  first_row = row_text (f, 0);
  first_claims = g_ptr_array_ref (ds_claims_panel_get_claims (f->panel));

  for (guint i = 0; i < n_essays; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (f->library), i);
      const char *id = ds_essay_get_id (essay);

      if (g_str_equal (id, ESSAY_001))
        continue;
      open_essay (f, id);
      claims = ds_claims_panel_get_claims (f->panel);
      g_assert_cmpuint (n_rows (f), ==, claims->len);
      for (guint j = 0; j < claims->len; j++)
        {
          const DsClaim *claim = g_ptr_array_index (claims, j);

          g_assert_cmpstr (claim->essay_id, ==, id);
          /* The new essay's text carries the new claims' marks. */
          g_assert_true (tag_covers (f, "claim", claim->start, claim->end));
        }
      if (claims->len > 0)
        {
          g_autofree char *text = row_text (f, 0);

          g_assert_cmpstr (text, !=, first_row);
        }
    }

  /* Back to the first essay: the same claims, from the cache. */
  open_essay (f, ESSAY_001);
  g_assert_true (ds_claims_panel_get_claims (f->panel) == first_claims);
  {
    g_autofree char *again = row_text (f, 0);

    g_assert_cmpstr (again, ==, first_row);
  }
}

/* Enter on a focused row activates it, as a click does. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GPtrArray *claims;
  GtkListBoxRow *row;
  const DsClaim *claim;
  g_autoptr(GArray) ranges = NULL;

  open_essay (f, ESSAY_001);
  show_panel (f);
  /* Showing the panel puts the focus on its list. */
  row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), 0);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == GTK_WIDGET (row));

  claims = ds_claims_panel_get_claims (f->panel);
  row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), 1);
  claim = g_ptr_array_index (claims, 1);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  /* What the list box binds Enter and Space to. */
  g_signal_emit_by_name (ds_claims_panel_get_list_box (f->panel), "activate-cursor-row");
  ranges = tag_ranges (f, "span-highlight");
  g_assert_cmpuint (ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranges, guint, 0), ==, claim->start);
  g_assert_cmpuint (g_array_index (ranges, guint, 1), ==, claim->end);

  /* Hiding it gives the focus back to the text. */
  toggle_panel (f);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) ==
                 GTK_WIDGET (ds_reader_page_get_text_view (f->reader)));
}

/* An essay without claims shows the empty state. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  const char *text = "# Kosong\n\nSebuah kalimat pendek.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "empty", &error);

  g_assert_no_error (error);
  ds_library_add (f->library, essay);

  open_essay (f, "empty");
  show_panel (f);
  g_assert_cmpuint (ds_claims_panel_get_claims (f->panel)->len, ==, 0);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_cmpuint (count_ranges (f, "claim"), ==, 0);
}

/* In a narrow window the panel lies over the text; picking a claim moves
 * it aside so that the sentence shows. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *flap;
  GtkListBoxRow *row;
  const DsClaim *claim;
  g_autoptr(GArray) ranges = NULL;

  open_essay (f, ESSAY_001);
  show_panel (f);
  flap = gtk_widget_get_ancestor (GTK_WIDGET (f->panel), ADW_TYPE_FLAP);
  g_assert_nonnull (flap);
  g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));

  claim = g_ptr_array_index (ds_claims_panel_get_claims (f->panel), 2);
  row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), 2);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_false (ds_reader_page_get_side_panel_visible (f->reader));
  ranges = tag_ranges (f, "span-highlight");
  g_assert_cmpuint (ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranges, guint, 0), ==, claim->start);
  g_assert_cmpuint (g_array_index (ranges, guint, 1), ==, claim->end);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) ==
                 GTK_WIDGET (ds_reader_page_get_text_view (f->reader)));
}

/* Side by side, picking a claim keeps the panel. */
static void
test_wide_keeps_panel (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *flap;

  open_essay (f, ESSAY_001);
  show_panel (f);
  flap = gtk_widget_get_ancestor (GTK_WIDGET (f->panel), ADW_TYPE_FLAP);
  g_assert_false (adw_flap_get_folded (ADW_FLAP (flap)));
  ds_claims_panel_activate_claim (f->panel, 0);
  g_assert_true (ds_reader_page_get_side_panel_visible (f->reader));
}

static GtkLabel *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_label_with_class (child, css_class);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* A list whose source runs over lines (an introduction, then its items as
 * a bulleted block) is summed up by its introduction: its items are shown
 * once, below it, not again inside the summary. */
static void
test_list_intro (Fixture       *f,
                 gconstpointer  data)
{
  GPtrArray *claims;
  guint checked = 0;

  open_essay (f, ESSAY_004);
  show_panel (f);
  claims = ds_claims_panel_get_claims (f->panel);
  g_assert_nonnull (claims);
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = g_ptr_array_index (claims, i);
      GtkListBoxRow *row;
      GtkLabel *summary;
      const char *text;
      const char *nl;

      if (claim->kind != DS_CLAIM_ENUMERATION || (claim->subject != NULL && *claim->subject != '\0') ||
          claim->sentence == NULL || (nl = strchr (claim->sentence, '\n')) == NULL ||
          ds_claim_get_n_items (claim) == 0)
        continue;
      row = gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), i);
      summary = find_label_with_class (GTK_WIDGET (row), "claim-summary");
      g_assert_nonnull (summary);
      text = gtk_label_get_text (summary);
      g_test_message ("list %u summary: %s", i, text);
      g_assert_null (strchr (text, '\n'));
      g_assert_null (strstr (text, ds_claim_get_item (claim, 0)));
      /* It is the introduction's own words. */
      g_assert_true (strncmp (text, claim->sentence, MIN (strlen (text), 12)) == 0);
      checked++;
    }
  /* The essay has such a list ("… diperoleh melalui :" over bullets). */
  g_assert_cmpuint (checked, >, 0);
}

/* An imported essay's Markdown marks ("**87 persen**", "_Twitter_") are
 * not in a claim's tooltip, the whole sentence, nor in its summary taken
 * from it: the plain text the cards' sources show. */
static void
test_plain_sentence (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "import", "emphasis.md", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;
  GPtrArray *claims;
  gboolean fact_seen = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  essay = ds_parser_parse (text, -1, "emphasis", &error);
  g_assert_no_error (error);
  ds_reader_page_set_essay (f->reader, essay);
  show_panel (f);
  claims = ds_claims_panel_get_claims (f->panel);
  g_assert_nonnull (claims);
  g_assert_cmpuint (claims->len, >, 0);
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = g_ptr_array_index (claims, i);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (ds_claims_panel_get_list_box (f->panel), i));
      const char *tooltip = gtk_widget_get_tooltip_text (row);
      g_autofree char *labels = row_text (f, i);

      g_test_message ("claim %u tooltip: %s", i, tooltip);
      g_assert_nonnull (tooltip);
      g_assert_null (strstr (tooltip, "**"));
      g_assert_null (strstr (tooltip, "_Twitter_"));
      g_assert_null (strstr (labels, "**"));
      g_assert_null (strstr (labels, "_Twitter_"));
      if (strstr (claim->sentence, "**87 persen**") != NULL)
        {
          g_assert_cmpstr (tooltip, ==, "Menurut laporan tahun 2019, sebanyak 87 persen kementerian luar negeri "
                                        "di ASEAN memiliki akun Twitter resmi.");
          fact_seen = TRUE;
        }
    }
  g_assert_true (fact_seen);
}

/* The window has one deck for all its pages, over its library. */
static void
test_window_deck (Fixture       *f,
                  gconstpointer  data)
{
  DsDeck *deck = ds_session_get_deck (ds_window_get_session (f->window));
  guint n_essays = g_list_model_get_n_items (G_LIST_MODEL (f->library));

  g_assert_true (DS_IS_DECK (deck));
  g_assert_true (ds_session_get_deck (ds_window_get_session (f->window)) == deck);
  g_assert_true (ds_progress_get_settings (ds_deck_get_progress (deck)) == f->settings);
  for (guint i = 0; i < n_essays; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (f->library), i);
      g_autoptr(DsCardScope) scope = ds_card_scope_new (ds_essay_get_id (essay), NULL);
      g_autoptr(GPtrArray) cards = ds_deck_dup_cards (deck, scope);

      g_assert_cmpuint (cards->len, >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/claims-panel/trends-claim", test_trends_claim);
  ADD ("/claims-panel/claim-marks", test_claim_marks);
  ADD ("/claims-panel/follows-essay", test_follows_essay);
  ADD ("/claims-panel/keyboard", test_keyboard);
  ADD ("/claims-panel/empty", test_empty);
  ADD ("/claims-panel/window-deck", test_window_deck);
  ADD ("/claims-panel/list-intro", test_list_intro);
  ADD ("/claims-panel/plain-sentence", test_plain_sentence);
  ADD ("/claims-panel/wide-keeps-panel", test_wide_keeps_panel);
  g_test_add ("/claims-panel/narrow", Fixture, GINT_TO_POINTER (520),
              fixture_set_up, test_narrow, fixture_tear_down);
#undef ADD

  return g_test_run ();
}
