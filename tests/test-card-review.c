/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ds-cards-page.h"
#include "ds-test-import.h"
#include "ds-test-util.h"
#include "ds-window.h"

/* The review of an imported essay's cards, driven as a learner would: the
 * import's toast, then one key per decision. */

typedef DsTestImportFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ds_test_import_set_up (f, "ds-card-review-XXXXXX");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ds_test_import_tear_down (f);
}

/* Imports a passage of tests/data/import/: harbours.md, the test's own
 * prose with "<b>" and "&amp;" in a sentence (the review must show them as
 * they are written), emphasis.md, with Markdown's bold, italic and code in
 * its sentences, or notes.md, which the engine makes no card of. */
static DsEssay *
import_data (Fixture    *f,
             const char *name)
{
  g_autoptr(GFile) file = g_file_new_build_filename (TEST_DATA_DIR, "import", name, NULL);
  DsTestImportResult r = { 0 };

  ds_test_import (f, file, &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.essay);
  return r.essay;
}

static DsCardsPage *
cards_page (Fixture *f)
{
  GtkWidget *page = ds_test_find_widget (GTK_WIDGET (f->window), DS_TYPE_CARDS_PAGE, NULL);

  g_assert_nonnull (page);
  return DS_CARDS_PAGE (page);
}

static gboolean
focus_in (gpointer widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && gtk_widget_is_ancestor (focus, widget);
}

/* The review on screen, with the keyboard. */
static DsCardReview *
wait_for_review (Fixture *f)
{
  DsCardReview *review = ds_cards_page_get_review (cards_page (f));

  g_assert_true (ds_test_wait_for (ds_test_widget_shown, review, 5000));
  g_assert_true (ds_test_wait_for (focus_in, review, 5000));
  return review;
}

static void
press (Fixture *f,
       guint    keyval)
{
  g_assert_true (ds_test_press_key (GTK_WINDOW (f->window), keyval, 0));
  ds_test_wait_frames (GTK_WIDGET (f->window), 1);
}

/* A label with exactly @text, on screen under @root. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0 &&
      gtk_widget_get_mapped (root))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
suspended (Fixture    *f,
           const char *card_id)
{
  return ds_progress_is_suspended (ds_session_get_progress (f->session), card_id);
}

static GPtrArray *
essay_cards (DsSession  *session,
             const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

  return ds_deck_dup_cards (ds_session_get_deck (session), scope);
}

/* Every card a study session of the essay asks, answered until none is
 * left. */
static GHashTable *
studied_ids (DsSession  *session,
             const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);
  g_autoptr(DsStudySession) study = ds_session_start_study (session, scope);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DsCard *card;

  for (guint i = 0; i < 100 && (card = ds_study_session_get_card (study)) != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_hash_table_add (ids, g_strdup (ds_card_get_id (card)));
      ds_study_session_answer (study, DS_RATING_EASY, TRUE, &error);
      g_assert_no_error (error);
    }
  g_assert_null (ds_study_session_get_card (study));
  return ids;
}

/* The button the import's toast offers, pressed. */
static void
press_toast_button (Fixture *f)
{
  GtkWidget *button = ds_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_BUTTON, "Review Cards");

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DsEssay) essay = import_data (f, "harbours.md");
  const char *essay_id = ds_essay_get_id (essay);
  g_autoptr(GPtrArray) cards = essay_cards (f->session, essay_id);
  g_autofree char *first = NULL, *finish = NULL;
  g_autoptr(GHashTable) studied = NULL;
  const char *dropped, *source;
  DsCardReview *review;

  g_assert_cmpuint (cards->len, >=, 4);
  press_toast_button (f);
  review = wait_for_review (f);
  g_assert_cmpstr (ds_card_review_get_essay_id (review), ==, essay_id);
  first = g_strdup_printf ("Card 1 of %u", cards->len);
  g_assert_true (shows_label (GTK_WIDGET (review), first));
  g_assert_true (shows_label (GTK_WIDGET (review), "Harbour Diplomacy in the Lake Towns"));
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[0]);

  /* K keeps the first, D drops the second. */
  press (f, GDK_KEY_k);
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[1]);
  dropped = ds_card_get_id (cards->pdata[1]);
  press (f, GDK_KEY_d);
  g_assert_true (suspended (f, dropped));
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[2]);

  /* Back takes the drop back; Delete drops it again. */
  press (f, GDK_KEY_Left);
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[1]);
  g_assert_false (suspended (f, dropped));
  press (f, GDK_KEY_Delete);
  g_assert_true (suspended (f, dropped));

  /* The sentence with "<b>" and "&amp;" in it (kept on the way), shown as
   * it is written. */
  while (ds_card_review_get_card (review) != NULL &&
         strstr (ds_card_get_source_text (ds_card_review_get_card (review)), "<b>") == NULL)
    press (f, GDK_KEY_k);
  g_assert_nonnull (ds_card_review_get_card (review));
  source = ds_card_get_source_text (ds_card_review_get_card (review));
  g_assert_nonnull (strstr (source, "Varn <b>and</b> Osk"));
  g_assert_nonnull (strstr (source, "mooring &amp; towing"));
  g_assert_true (shows_label (GTK_WIDGET (review), source));
  g_assert_true (shows_label (GTK_WIDGET (review), "Source sentence"));

  /* A keeps the rest. */
  press (f, GDK_KEY_a);
  g_assert_null (ds_card_review_get_card (review));
  finish = g_strdup_printf ("Review finished — %u kept, 1 dropped", cards->len - 1);
  g_assert_true (shows_label (GTK_WIDGET (review), finish));
  for (guint i = 0; i < cards->len; i++)
    g_assert_cmpint (suspended (f, ds_card_get_id (cards->pdata[i])), ==, i == 1);

  /* The dropped card never comes up in study; the others do. */
  studied = studied_ids (f->session, essay_id);
  g_assert_false (g_hash_table_contains (studied, dropped));
  g_assert_cmpuint (g_hash_table_size (studied), ==, cards->len - 1);
}

/* A restart and a regeneration: a new session over the same settings
 * reads the essay again and makes its cards anew; the drop stays, and
 * stays through a removal and a new import of the same text. */
static void
test_drop_survives (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DsEssay) essay = import_data (f, "harbours.md");
  g_autoptr(GPtrArray) cards = essay_cards (f->session, ds_essay_get_id (essay));
  g_autofree char *dropped = NULL;
  g_autoptr(DsSession) again = NULL;
  g_autoptr(GError) error = NULL;
  DsCardReview *review;

  press_toast_button (f);
  review = wait_for_review (f);
  press (f, GDK_KEY_d);
  dropped = g_strdup (ds_card_get_id (cards->pdata[0]));
  g_assert_true (suspended (f, dropped));
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[1]);

  again = ds_session_new (f->settings, NULL);
  ds_session_set_user_essay_dir (again, f->user_dir);
  g_assert_true (ds_session_load_essays (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ds_deck_lookup (ds_session_get_deck (again), dropped));
  g_assert_true (ds_progress_is_suspended (ds_session_get_progress (again), dropped));
  {
    g_autoptr(GHashTable) studied = studied_ids (again, ds_essay_get_id (essay));

    g_assert_false (g_hash_table_contains (studied, dropped));
  }

  /* Removed and imported again: the same card, still dropped. */
  g_assert_true (ds_session_remove_essay (f->session, ds_essay_get_id (essay), &error));
  g_assert_no_error (error);
  g_assert_null (ds_deck_lookup (ds_session_get_deck (f->session), dropped));
  g_clear_object (&essay);
  essay = import_data (f, "harbours.md");
  g_assert_nonnull (ds_deck_lookup (ds_session_get_deck (f->session), dropped));
  g_assert_true (suspended (f, dropped));
}

/* Edit opens the Cards page's editor on the card, and the way back
 * returns to it; Esc leaves the review for the essay's cards. */
static void
test_edit_and_leave (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DsEssay) essay = import_data (f, "harbours.md");
  g_autoptr(GPtrArray) cards = essay_cards (f->session, ds_essay_get_id (essay));
  DsCardsPage *page;
  DsCardReview *review;
  GtkWidget *back;

  press_toast_button (f);
  review = wait_for_review (f);
  page = cards_page (f);
  press (f, GDK_KEY_k);
  press (f, GDK_KEY_e);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (review)));
  g_assert_true (ds_cards_page_get_selected (page) == cards->pdata[1]);
  back = ds_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "Back to Review");
  g_assert_nonnull (back);
  back = gtk_widget_get_ancestor (back, GTK_TYPE_BUTTON);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, back, 5000));
  g_signal_emit_by_name (back, "clicked");
  review = wait_for_review (f);
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[1]);

  press (f, GDK_KEY_Escape);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (review)));
  g_assert_true (ds_test_action_enabled (GTK_WIDGET (page), "cards.review"));
  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (page)), ==, cards->len);
  /* The page's own Review button starts over. */
  gtk_widget_activate_action (GTK_WIDGET (page), "cards.review", NULL);
  review = wait_for_review (f);
  g_assert_true (ds_card_review_get_card (review) == cards->pdata[0]);
}

/* The finish state's button starts studying the essay. */
static void
test_study_from_finish (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DsEssay) essay = import_data (f, "harbours.md");
  GtkWidget *button, *stack;
  DsCardReview *review;

  press_toast_button (f);
  review = wait_for_review (f);
  press (f, GDK_KEY_a);
  button = ds_test_find_widget (GTK_WIDGET (review), GTK_TYPE_BUTTON, "Study This Essay");
  g_assert_nonnull (button);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, button, 5000));
  g_assert_true (gtk_widget_has_focus (button));
  g_signal_emit_by_name (button, "clicked");
  stack = ds_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "study");
}

/* Markdown's marks are no part of a source sentence: the review and the
 * Cards page's editor show each card's sentence as plain text. */
static void
test_plain_source (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const sentences[] = {
    "Diplomasi digital adalah penggunaan media sosial dan teknologi digital oleh "
    "kementerian luar negeri untuk mencapai tujuan kebijakan luar negeri.",
    "Kementerian memakai tiga alat utama, yaitu akun media sosial, situs web resmi, "
    "dan aplikasi SafeTravel.",
  };
  g_autoptr(DsEssay) essay = import_data (f, "emphasis.md");
  g_autoptr(GPtrArray) cards = essay_cards (f->session, ds_essay_get_id (essay));
  guint found = 0;
  DsCardReview *review;
  DsCardsPage *page;

  g_assert_cmpuint (cards->len, >=, 3);
  press_toast_button (f);
  review = wait_for_review (f);
  for (guint i = 0; i < cards->len; i++)
    {
      const char *source = ds_card_get_source_text (cards->pdata[i]);

      g_assert_true (ds_card_review_get_card (review) == cards->pdata[i]);
      g_assert_null (strpbrk (source, "*`"));
      g_assert_true (shows_label (GTK_WIDGET (review), source));
      for (guint k = 0; k < G_N_ELEMENTS (sentences); k++)
        found |= (strcmp (source, sentences[k]) == 0) << k;
      press (f, GDK_KEY_k);
    }
  g_assert_cmpuint (found, ==, 3);

  press (f, GDK_KEY_Escape);
  page = cards_page (f);
  for (guint i = 0; i < cards->len; i++)
    {
      g_assert_true (ds_cards_page_select_card (page, ds_card_get_id (cards->pdata[i])));
      ds_test_wait_frames (GTK_WIDGET (f->window), 1);
      g_assert_true (shows_label (GTK_WIDGET (page), ds_card_get_source_text (cards->pdata[i])));
    }
}

/* An essay the engine made nothing of says so in words. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DsEssay) essay = import_data (f, "notes.md");
  g_autoptr(GPtrArray) cards = essay_cards (f->session, ds_essay_get_id (essay));
  DsCardReview *review;

  g_assert_cmpuint (cards->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.review-essay", "s", ds_essay_get_id (essay));
  review = wait_for_review (f);
  g_assert_null (ds_card_review_get_card (review));
  g_assert_true (shows_label (GTK_WIDGET (review), "No Cards to Review"));
  g_assert_false (ds_test_action_enabled (GTK_WIDGET (review), "review.keep"));
  press (f, GDK_KEY_Escape);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (review)));
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/card-review" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/review", test_review);
  ADD ("/drop-survives", test_drop_survives);
  ADD ("/plain-source", test_plain_source);
  ADD ("/edit-and-leave", test_edit_and_leave);
  ADD ("/study-from-finish", test_study_from_finish);
  ADD ("/empty", test_empty);
#undef ADD

  return g_test_run ();
}
