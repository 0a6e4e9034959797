/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-chart.h"
#include "ds-stats-page-private.h"
#include "ds-study-session.h"
#include "ds-test-util.h"

typedef struct {
  DsSettings *settings;
  DsProgress *progress;
  DsDeck     *deck;
  DsSession  *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  const char *topics[] = { "Pengantar", "Pengantar", "Sejarah", "Sejarah" };

  f->settings = ds_test_settings_new ();
  f->progress = ds_progress_new (f->settings);
  f->deck = ds_deck_new (f->progress);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%u", i);
      g_autofree char *question = g_strdup_printf ("Pertanyaan %u?", i);
      g_ptr_array_add (cards, ds_test_card_new (id, "essay-a", topics[i], DS_CARD_DEFINITION,
                                                question, "Jawaban"));
    }
  /* A second essay without headings: its cards' one topic is its title. */
  for (guint i = 0; data != NULL && i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-b%u", i);

      g_ptr_array_add (cards, ds_test_card_new (id, "essay-b", "Esai B", DS_CARD_DEFINITION,
                                                "Pertanyaan B?", "Jawaban"));
    }
  ds_deck_set_cards (f->deck, cards);
  f->session = ds_session_new_for_deck (f->deck, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->deck);
  g_assert_finalize_object (f->progress);
  g_assert_finalize_object (f->settings);
}

/* Answers @n cards now, Easy, through a study session. */
static void
study (Fixture *f,
       guint    n)
{
  g_autoptr(DsStudySession) session = ds_session_start_study (f->session, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ds_study_session_answer (session, DS_RATING_EASY, TRUE, &error));
      g_assert_no_error (error);
    }
}

static DsChart *
chart (DsStatsPage *page,
       const char  *name)
{
  return DS_CHART (gtk_widget_get_template_child (GTK_WIDGET (page), DS_TYPE_STATS_PAGE, name));
}

static void
test_reviews (Fixture       *f,
              gconstpointer  data)
{
  DsStatsPage *page = ds_stats_page_new (f->session);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  DsChart *reviews;
  DsChart *due;
  guint due_total = 0;

  gtk_window_set_default_size (window, 800, 900);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, page, 5000));

  g_assert_cmpstr (ds_stats_page_get_figure (page, "reviews-today"), ==, "Reviews today: 0");
  g_assert_cmpstr (ds_stats_page_get_reviews_summary (page), ==, "No reviews in the last 30 days.");

  /* Shown while progress changes: the page follows. */
  study (f, 3);
  g_assert_cmpuint (ds_stats_page_get_reviews_total (page), ==, 3);
  g_assert_cmpstr (ds_stats_page_get_figure (page, "reviews-today"), ==, "Reviews today: 3");
  g_assert_cmpstr (ds_stats_page_get_reviews_summary (page), ==,
                   "3 reviews in the last 30 days, on 1 day, 3 today.");
  g_assert_cmpstr (ds_stats_page_get_figure (page, "streak"), ==, "Streak: 1 day");
  g_assert_cmpstr (ds_stats_page_get_figure (page, "cards"), ==, "Cards studied: 3 of 4");

  /* The charts hold the same figures and describe them in words. */
  reviews = chart (page, "reviews_chart");
  g_assert_cmpuint (ds_chart_get_n_values (reviews), ==, 30);
  g_assert_cmpuint (ds_chart_get_value (reviews, 29), ==, 3);
  g_assert_cmpuint (ds_chart_get_max (reviews), ==, 3);
  due = chart (page, "due_chart");
  for (guint i = 0; i < ds_chart_get_n_values (due); i++)
    due_total += ds_chart_get_value (due, i);
  /* Easy on a new card: due again within the month. */
  g_assert_cmpuint (due_total, ==, 3);
  g_assert_nonnull (strstr (ds_stats_page_get_due_summary (page), "3 cards are due in the next 30 days"));

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint
count_rows (DsStatsPage *page,
            const char  *list_name)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), DS_TYPE_STATS_PAGE,
                                                                  list_name));
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* Said as a person would: topics only where an essay has several, a
 * missing figure explained, a date without padding. */
static void
test_wording (Fixture       *f,
              gconstpointer  data)
{
  DsStatsPage *page = ds_stats_page_new (f->session);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 4, 10, 0, 0);
  g_autofree char *label = _ds_stats_page_day_label (day);
  g_autoptr(DsCardScope) scope = ds_card_scope_new ("essay-b", NULL);

  gtk_window_set_default_size (window, 800, 900);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, page, 5000));
  study (f, 3);

  /* Two essays; topics of essay A only (essay B has none but its title). */
  g_assert_cmpuint (count_rows (page, "essay_list"), ==, 2);
  g_assert_cmpuint (count_rows (page, "topic_list"), ==, 2);
  /* No review of a card learned on an earlier day yet: said why. */
  g_assert_cmpstr (ds_stats_page_get_figure (page, "retention"), ==,
                   "Retention: not yet. It shows once you review cards you learned on an earlier day.");
  g_assert_cmpstr (label, ==, "4 Dec");

  /* Narrowed down to one essay (the sidebar, on this page): its cards only. */
  ds_deck_page_set_scope (DS_DECK_PAGE (page), scope);
  g_assert_cmpuint (count_rows (page, "essay_list"), ==, 1);
  g_assert_true (g_str_has_suffix (ds_stats_page_get_figure (page, "cards"), " of 2"));
  ds_deck_page_set_scope (DS_DECK_PAGE (page), NULL);
  g_assert_cmpuint (count_rows (page, "essay_list"), ==, 2);

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The chart draws in light and dark without warnings, into a real node. */
static void
test_chart_draws (void)
{
  GtkWidget *widget = ds_chart_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  guint values[] = { 0, 3, 1, 7, 0 };
  const char *labels[] = { "Today", NULL, NULL, "+3", NULL };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;

  ds_chart_set_data (DS_CHART (widget), values, G_N_ELEMENTS (values), labels, 0);
  ds_chart_set_title (DS_CHART (widget), "Test chart");
  ds_chart_set_summary (DS_CHART (widget), "Seven at most.");
  g_assert_cmpuint (ds_chart_get_max (DS_CHART (widget)), ==, 7);
  g_assert_cmpstr (ds_chart_get_summary (DS_CHART (widget)), ==, "Seven at most.");
  /* An image to assistive technologies, described by its summary. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (widget), ==, "Seven at most.");
  gtk_window_set_child (window, widget);
  gtk_window_set_default_size (window, 400, 200);
  gtk_window_present (window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, widget, 5000));

  for (int dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      /* Bars and labels were drawn. */
      g_assert_nonnull (node);
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

  g_test_add ("/stats-page/reviews", Fixture, NULL, fixture_set_up, test_reviews, fixture_tear_down);
  g_test_add ("/stats-page/wording", Fixture, "two essays", fixture_set_up, test_wording, fixture_tear_down);
  g_test_add_func ("/stats-page/chart-draws", test_chart_draws);

  return g_test_run ();
}
