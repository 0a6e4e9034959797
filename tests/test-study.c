/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-cards-page.h"
#include "ds-choice-button.h"
#include "ds-study-page.h"
#include "ds-test-util.h"
#include "ds-window.h"

/* 2026-01-01T10:00:00Z */
#define T0 G_GINT64_CONSTANT (1767261600000)

typedef struct {
  DsSettings  *settings;
  DsProgress  *progress;
  DsDeck      *deck;
  DsSession   *session;
  GtkWindow   *window;
  DsStudyPage *page;
  gint64       now;
} Fixture;

static DsCard *
make_card (const char *id,
           DsCardKind  kind,
           const char *topic,
           const char *question,
           const char *answer)
{
  DsCard *card = ds_test_card_new (id, "essay-a", topic, kind, question, answer);
  /* Each card from a claim of its own: siblings would be kept apart. */
  guint start = 10 + 100 * (g_str_hash (id) % 1000);

  ds_card_set_source (card, start, start + 30, "Diplomasi digital adalah <b>penggunaan</b> teknologi.");
  return card;
}

/* Starts a session of the essay's topic (NULL: everything due). */
static void
start (Fixture    *f,
       const char *topic)
{
  g_autoptr(DsCardScope) scope = topic ? ds_card_scope_new ("essay-a", topic) : NULL;

  ds_study_page_start (f->page, scope);
}

/* One card of each kind, in this order: flip, choice, typed, list, cloze. */
static GPtrArray *
make_cards (void)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);
  const char *choices[] = { "1945", "1955", "1965", NULL };
  const char *items[] = { "diplomasi publik", "keamanan siber", "media sosial", NULL };
  DsCard *card;

  g_ptr_array_add (cards, make_card ("flip", DS_CARD_DEFINITION, "Pengantar",
                                     "Apa yang dimaksud dengan <i>diplomasi digital</i>?",
                                     "Penggunaan teknologi digital dalam diplomasi"));
  card = make_card ("choice", DS_CARD_MULTIPLE_CHOICE, "Sejarah", "Kapan KAA diadakan?", "1955");
  ds_card_set_choices (card, choices, 1);
  g_ptr_array_add (cards, card);
  g_ptr_array_add (cards, make_card ("typed", DS_CARD_FACT, "Sejarah",
                                     "Di kota mana KAA diadakan?", "Bandung"));
  card = make_card ("list", DS_CARD_LIST, "Tren", "Sebutkan tiga tren global.", "");
  ds_card_set_items (card, items);
  ds_card_set_expected_count (card, 3);
  g_ptr_array_add (cards, card);
  g_ptr_array_add (cards, make_card ("cloze", DS_CARD_CLOZE, "Tren",
                                     "Diplomasi " DS_CARD_BLANK " berkembang pesat.", "digital"));
  return cards;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) cards = make_cards ();

  f->now = T0;
  f->settings = ds_test_settings_new ();
  f->progress = ds_progress_new (f->settings);
  ds_progress_set_time_zone (f->progress, utc);
  f->deck = ds_deck_new (f->progress);
  ds_deck_set_cards (f->deck, cards);
  f->session = ds_session_new_for_deck (f->deck, NULL);
  ds_session_set_clock (f->session, ds_test_clock_ms, &f->now);

  f->page = ds_study_page_new (f->session);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 700, 600);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, f->page, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  /* Let pending idles (focus, redraws) drop their references. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->deck);
  g_assert_finalize_object (f->progress);
  g_assert_finalize_object (f->settings);
}

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->page), DS_TYPE_STUDY_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_text (child (f, name));
}

static gboolean
visible (Fixture    *f,
         const char *name)
{
  return gtk_widget_get_visible (child (f, name));
}

/* Takes @param, floating as g_variant_new_*() make it: GTK 4.8 passes it
 * on to a widget class's action without sinking it. */
static void
action (Fixture    *f,
        const char *name,
        GVariant   *param)
{
  g_autoptr(GVariant) owned = param != NULL ? g_variant_ref_sink (param) : NULL;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->page), name, owned));
}

static const char *
current_id (Fixture *f)
{
  DsCard *card = ds_study_session_get_card (ds_study_page_get_session (f->page));

  return card ? ds_card_get_id (card) : NULL;
}

static void
grade (Fixture *f,
       int      rating)
{
  action (f, "study.grade", g_variant_new_int32 (rating));
}

static GtkWidget *
grade_button (Fixture *f,
              int      rating)
{
  GtkWidget *button = gtk_widget_get_first_child (child (f, "grade_box"));

  for (int i = 1; i < rating; i++)
    button = gtk_widget_get_next_sibling (button);
  return button;
}

/* The interval label under a grade button. */
static const char *
grade_interval (Fixture *f,
                int      rating)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (grade_button (f, rating)));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
}

static void
test_intervals (void)
{
  g_autofree char *one = ds_study_format_interval (DS_MINUTE_MS);
  g_autofree char *ten = ds_study_format_interval (10 * DS_MINUTE_MS);
  g_autofree char *hours = ds_study_format_interval (5 * 60 * DS_MINUTE_MS);
  g_autofree char *days = ds_study_format_interval (3 * 24 * 60 * DS_MINUTE_MS);
  g_autofree char *day = ds_study_format_interval (24 * 60 * DS_MINUTE_MS);
  g_autofree char *months = ds_study_format_interval (90 * 24 * 60 * DS_MINUTE_MS);

  g_assert_cmpstr (one, ==, "1 min");
  g_assert_cmpstr (ten, ==, "10 min");
  g_assert_cmpstr (hours, ==, "5 hours");
  g_assert_cmpstr (day, ==, "1 day");
  g_assert_cmpstr (days, ==, "3 days");
  g_assert_cmpstr (months, ==, "3 months");
}

/* Flip: question, reveal, answer with its source, four grade buttons with
 * the next interval each; the answer is stored before the next card. */
static void
test_flip (Fixture       *f,
           gconstpointer  data)
{
  DsFsrsCard state;

  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "choose");
  start (f, "Pengantar");
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "card");
  /* Card text is text: the markup-like characters are shown as typed. */
  g_assert_cmpstr (label_text (f, "question_label"), ==,
                   "Apa yang dimaksud dengan <i>diplomasi digital</i>?");
  g_assert_false (gtk_label_get_use_markup (child (f, "question_label")));
  g_assert_false (visible (f, "answer_box"));
  g_assert_false (visible (f, "grade_box"));

  action (f, "study.reveal", NULL);
  g_assert_true (visible (f, "answer_box"));
  g_assert_true (visible (f, "grade_box"));
  g_assert_cmpstr (label_text (f, "answer_label"), ==, "Penggunaan teknologi digital dalam diplomasi");
  g_assert_nonnull (strstr (label_text (f, "source_label"), "<b>penggunaan</b>"));
  /* FSRS defaults on a new card: Again 1 min, Hard 6 min, Good 10 min. */
  g_assert_cmpstr (grade_interval (f, 1), ==, "1 min");
  g_assert_cmpstr (grade_interval (f, 2), ==, "6 min");
  g_assert_cmpstr (grade_interval (f, 3), ==, "10 min");
  g_assert_nonnull (strstr (grade_interval (f, 4), "day"));
  g_assert_true (gtk_widget_has_focus (grade_button (f, 3)));

  g_assert_false (ds_progress_get_card (f->progress, "flip", &state));
  grade (f, 4);
  g_assert_true (ds_progress_get_card (f->progress, "flip", &state));
  g_assert_cmpint (state.state, ==, DS_FSRS_REVIEW);
  g_assert_cmpint (state.last_review, ==, T0);

  /* The session is over: a summary. */
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "summary");
}

static void
test_choice (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *choices;

  start (f, "Sejarah");
  g_assert_cmpstr (current_id (f), ==, "choice");
  choices = child (f, "choice_box");
  g_assert_true (gtk_widget_get_visible (choices));
  /* Grading before an answer does nothing. */
  grade (f, 3);
  g_assert_cmpstr (current_id (f), ==, "choice");

  /* Enter's rule: the highlighted "I Don't Know" has the focus, and the
   * hint says what Enter does. */
  g_assert_true (gtk_widget_has_focus (child (f, "reveal_button")));
  g_assert_nonnull (strstr (label_text (f, "hint_label"), "Enter: I Don’t Know."));
  g_assert_cmpstr (gtk_button_get_label (child (f, "reveal_button")), ==, "I Don’t _Know");

  /* A wrong pick: said in words, the right option named, Again suggested. */
  action (f, "study.pick", g_variant_new_int32 (2));
  /* The right option says so in words (not by colour alone), the wrong
   * pick too; neither is greyed out. */
  {
    GtkWidget *b = gtk_widget_get_next_sibling (gtk_widget_get_first_child (choices));

    g_assert_cmpstr (ds_choice_button_get_mark_text (DS_CHOICE_BUTTON (b)), ==, "Right answer");
    g_assert_true (gtk_widget_get_sensitive (b));
    g_assert_false (gtk_widget_get_focusable (b));
    g_assert_cmpstr (ds_choice_button_get_mark_text (DS_CHOICE_BUTTON (gtk_widget_get_next_sibling (b))),
                     ==, "Your answer");
    g_assert_null (ds_choice_button_get_mark_text (DS_CHOICE_BUTTON (gtk_widget_get_first_child (choices))));
  }
  g_assert_nonnull (strstr (label_text (f, "hint_label"), "Enter: Again."));
  g_assert_true (visible (f, "verdict_label"));
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "Incorrect. The answer is B: 1955");
  g_assert_cmpstr (gtk_image_get_icon_name (child (f, "verdict_icon")), ==, "window-close-symbolic");
  g_assert_true (gtk_widget_has_focus (grade_button (f, 1)));
  /* A second pick cannot change the answer. */
  action (f, "study.pick", g_variant_new_int32 (1));
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "Incorrect. The answer is B: 1955");

  /* Enter takes the suggestion: Again, recorded as wrong. */
  action (f, "study.reveal", NULL);
  {
    DsDayStats day;

    g_assert_true (ds_progress_get_day_stats (f->progress, "2026-01-01", &day));
    g_assert_cmpuint (day.reviews, ==, 1);
    g_assert_cmpuint (day.correct, ==, 0);
  }
  g_assert_cmpstr (current_id (f), ==, "typed");
}

/* Typed: tolerant of case, accents and one typo in six letters. */
static void
test_typed (Fixture       *f,
            gconstpointer  data)
{
  GtkEntry *entry;

  start (f, "Sejarah");
  action (f, "study.pick", g_variant_new_int32 (1));
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "Correct");
  grade (f, 3);
  g_assert_cmpstr (current_id (f), ==, "typed");

  entry = child (f, "answer_entry");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "BANDNUG");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "Correct");
  g_assert_cmpstr (label_text (f, "answer_label"), ==, "Bandung");
  g_assert_true (gtk_widget_has_focus (grade_button (f, 3)));
  grade (f, 3);
}

/* Whether the list's result shows a line reading @text. */
static gboolean
item_shown (Fixture    *f,
            const char *text)
{
  for (GtkWidget *row = gtk_widget_get_first_child (child (f, "items_box")); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (row))), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_list_and_cloze (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *entries;
  GtkWidget *entry;
  g_autofree char *tooltip = NULL;
  DsFsrsCard state;

  start (f, "Tren");
  g_assert_cmpstr (current_id (f), ==, "list");
  entries = child (f, "list_box");
  entry = gtk_widget_get_first_child (entries);
  /* One entry per item; any order. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "media sosial");
  entry = gtk_widget_get_next_sibling (entry);
  /* A content word of an item names it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Publik");
  g_assert_nonnull (gtk_widget_get_next_sibling (entry));
  g_assert_null (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (entry)));
  /* Enter in an item does what the highlighted Check says. */
  g_assert_nonnull (strstr (label_text (f, "hint_label"), "Enter: Check."));
  g_signal_emit_by_name (gtk_widget_get_first_child (entries), "activate");
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "2 of 3 items");
  /* Each entry says whether it matched, in words. */
  tooltip = gtk_entry_get_icon_tooltip_text (GTK_ENTRY (gtk_widget_get_first_child (entries)),
                                             GTK_ENTRY_ICON_SECONDARY);
  g_assert_cmpstr (tooltip, ==, "Matched: media sosial");
  g_assert_true (item_shown (f, "Recalled: media sosial"));
  g_assert_true (item_shown (f, "Recalled: diplomasi publik (you wrote “Publik”)"));
  g_assert_true (item_shown (f, "Missed: keamanan siber"));
  /* Partial credit (2/3 ≥ 60%) suggests Hard. */
  g_assert_true (gtk_widget_has_focus (grade_button (f, 2)));
  action (f, "study.reveal", NULL);
  g_assert_true (ds_progress_get_card (f->progress, "list", &state));

  g_assert_cmpstr (current_id (f), ==, "cloze");
  g_assert_nonnull (strstr (label_text (f, "question_label"), DS_CARD_BLANK));
  gtk_editable_set_text (child (f, "answer_entry"), "analog");
  action (f, "study.reveal", NULL);
  g_assert_cmpstr (label_text (f, "verdict_label"), ==, "Not quite");
  g_assert_true (gtk_widget_has_focus (grade_button (f, 1)));
}

/* Ctrl+Z's action: the last answer is taken back in the store too. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  DsFsrsCard state;

  start (f, NULL);
  g_assert_cmpstr (current_id (f), ==, "flip");
  action (f, "study.reveal", NULL);
  grade (f, 3);
  g_assert_cmpstr (current_id (f), ==, "choice");
  g_assert_true (ds_progress_get_card (f->progress, "flip", &state));

  action (f, "study.undo", NULL);
  g_assert_cmpstr (current_id (f), ==, "flip");
  g_assert_false (ds_progress_get_card (f->progress, "flip", &state));
  g_assert_false (visible (f, "answer_box"));

  /* Ctrl+Z reaches the page from a list item too: the entry does not
   * take it as its own undo. */
  ds_settings_set_new_cards_per_day (f->settings, 20);
  start (f, "Tren");
  g_assert_cmpstr (current_id (f), ==, "list");
  action (f, "study.reveal", NULL);
  grade (f, 3);
  g_assert_cmpstr (current_id (f), ==, "cloze");
  gtk_widget_grab_focus (child (f, "answer_entry"));
  g_assert_true (ds_test_press_key (f->window, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpstr (current_id (f), ==, "list");
}

static void
test_empty_and_summary (Fixture       *f,
                        gconstpointer  data)
{
  AdwStatusPage *empty;

  start (f, "Pengantar");
  action (f, "study.reveal", NULL);
  f->now += 90 * 1000;
  grade (f, 4);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "summary");

  /* Ctrl+Z from the summary brings the card back, unanswered. */
  action (f, "study.undo", NULL);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "card");
  g_assert_cmpstr (current_id (f), ==, "flip");
  g_assert_false (visible (f, "answer_box"));
  action (f, "study.reveal", NULL);
  grade (f, 4);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "summary");

  /* Starting the same topic again: nothing due, and when it will be. */
  action (f, "study.leave", NULL);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "choose");
  /* Leaving ends undo: the answers stand. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "study.undo", NULL);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "choose");
  {
    DsFsrsCard state;

    g_assert_true (ds_progress_get_card (f->progress, "flip", &state));
  }
  start (f, "Pengantar");
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "empty");
  empty = child (f, "empty_page");
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "Nothing Due");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Next review "));
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), " at "));
}

/* The header counts down: "0 answered · 10 to go", then one less with
 * each Good answer (a new card's learning step is counted in). */
static void
test_counter (Fixture       *f,
              gconstpointer  data)
{
  start (f, NULL);
  g_assert_cmpstr (label_text (f, "remaining_label"), ==, "0 answered · 10 to go");
  action (f, "study.reveal", NULL);
  grade (f, 3);
  g_assert_cmpstr (label_text (f, "remaining_label"), ==, "1 answered · 9 to go");
  action (f, "study.pick", g_variant_new_int32 (1));
  grade (f, 3);
  g_assert_cmpstr (label_text (f, "remaining_label"), ==, "2 answered · 8 to go");
}

static gboolean
widget_focused (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

/* Nothing due while new cards wait behind the daily limit: how many, and
 * a button that studies them. */
static void
test_more_new (Fixture       *f,
               gconstpointer  data)
{
  AdwStatusPage *empty = child (f, "empty_page");

  ds_settings_set_new_cards_per_day (f->settings, 2);
  start (f, NULL);
  action (f, "study.reveal", NULL);
  grade (f, 4);
  action (f, "study.pick", g_variant_new_int32 (1));
  grade (f, 4);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "summary");
  action (f, "study.leave", NULL);

  start (f, NULL);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty),
                            "3 new cards wait behind today’s limit of 2 new cards."));
  g_assert_true (visible (f, "more_new_button"));
  g_assert_true (ds_test_wait_for (widget_focused, child (f, "more_new_button"), 5000));
  action (f, "study.more-new", NULL);
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "card");
  g_assert_cmpuint (ds_study_session_get_n_remaining (ds_study_page_get_session (f->page)), ==, 2);

  /* With nothing waiting there is no such offer. */
  ds_settings_set_new_cards_per_day (f->settings, 20);
  action (f, "study.leave", NULL);
  start (f, "Pengantar");
  g_assert_cmpstr (ds_study_page_get_view (f->page), ==, "empty");
  g_assert_false (visible (f, "more_new_button"));
}

/* Cards page: tolerant search, edits that stick, suspension. */
static void
test_cards_page (Fixture       *f,
                 gconstpointer  data)
{
  DsCardsPage *cards = ds_cards_page_new (f->session);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  guint n_due = 0, n_new = 0;

  gtk_window_set_child (window, GTK_WIDGET (cards));
  gtk_window_present (window);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, cards, 5000));

  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (cards)), ==, 5);
  /* Nothing is open until a card is chosen. */
  g_assert_null (ds_cards_page_get_selected (cards));
  /* The first card too (a new selection starts on it, unnoticed). */
  g_assert_true (ds_cards_page_select_card (cards, "flip"));
  g_assert_nonnull (ds_cards_page_get_selected (cards));
  g_assert_cmpstr (ds_card_get_id (ds_cards_page_get_selected (cards)), ==, "flip");
  ds_cards_page_set_search (cards, "DIPLOMÁSI");
  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (cards)), ==, 3);
  ds_cards_page_set_search (cards, "bandung");
  g_assert_cmpuint (g_list_model_get_n_items (ds_cards_page_get_filtered (cards)), ==, 1);

  g_assert_true (ds_cards_page_select_card (cards, "typed"));
  ds_cards_page_set_editor_text (cards, "Kota tempat KAA 1955?", "Bandung, Jawa Barat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cards), "cards.save", NULL));
  g_assert_cmpstr (ds_card_get_question (ds_deck_lookup (f->deck, "typed")), ==, "Kota tempat KAA 1955?");
  g_assert_true (ds_deck_is_edited (f->deck, ds_deck_lookup (f->deck, "typed")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cards), "cards.revert", NULL));
  g_assert_cmpstr (ds_card_get_question (ds_deck_lookup (f->deck, "typed")), ==, "Di kota mana KAA diadakan?");

  /* A list card's items, one per line: what is saved is what is graded. */
  {
    GtkTextView *answer_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (cards),
                                                                              DS_TYPE_CARDS_PAGE,
                                                                              "answer_view"));
    g_autofree char *shown = NULL;

    ds_cards_page_set_search (cards, "");
    g_assert_true (ds_cards_page_select_card (cards, "list"));
    shown = ds_test_buffer_text (gtk_text_view_get_buffer (answer_view), 0, G_MAXUINT);
    g_assert_cmpstr (shown, ==, "diplomasi publik\nkeamanan siber\nmedia sosial");
    ds_cards_page_set_editor_text (cards, "Sebutkan empat tren global.",
                                   "diplomasi publik\nkeamanan siber\nmedia sosial\naspek ekonomi");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cards), "cards.save", NULL));
    g_assert_cmpuint (g_strv_length ((char **) ds_card_get_items (ds_deck_lookup (f->deck, "list"))), ==, 4);
    start (f, "Tren");
    g_assert_cmpstr (current_id (f), ==, "list");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (child (f, "list_box"))), "ekonomi");
    action (f, "study.reveal", NULL);
    g_assert_cmpstr (label_text (f, "verdict_label"), ==, "1 of 4 items");
    g_assert_true (item_shown (f, "Recalled: aspek ekonomi (you wrote “ekonomi”)"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "study.leave", NULL));
    g_assert_true (ds_cards_page_select_card (cards, "typed"));
  }

  gtk_switch_set_active (GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (cards), DS_TYPE_CARDS_PAGE,
                                                                    "suspend_switch")), TRUE);
  g_assert_true (ds_progress_is_suspended (f->progress, "typed"));
  ds_study_count (f->deck, NULL, f->now, &n_due, &n_new);
  g_assert_cmpuint (n_new, ==, 4);

  gtk_window_destroy (window);
}

static gboolean
page_built (gpointer data)
{
  GtkWidget *bin = data;

  return adw_bin_get_child (ADW_BIN (bin)) != NULL &&
         gtk_widget_get_mapped (adw_bin_get_child (ADW_BIN (bin)));
}

/* In the app's window: a card from the real essays, "Show source" opens
 * the reader at the card's sentence, highlighted. */
static void
test_show_source (void)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(DsSession) session = ds_session_new (settings, library);
  DsWindow *window;
  AdwViewStack *stack;
  GtkWidget *bin;
  DsStudyPage *page;
  DsCard *card;
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter;

  window = ds_window_new (NULL, session);
  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), DS_TYPE_WINDOW,
                                                         "view_stack"));
  ds_window_set_visible_page (window, "study");
  bin = adw_view_stack_get_child_by_name (stack, "study");
  g_assert_true (ds_test_wait_for (page_built, bin, 5000));
  page = DS_STUDY_PAGE (adw_bin_get_child (ADW_BIN (bin)));
  g_assert_cmpuint (ds_deck_get_n_cards (ds_study_page_get_deck (page)), >, 0);

  ds_study_page_start (page, NULL);
  card = ds_study_session_get_card (ds_study_page_get_session (page));
  g_assert_nonnull (card);
  g_assert_cmpuint (ds_card_get_source_end (card), >, ds_card_get_source_start (card));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "study.reveal", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "study.show-source", NULL));

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "read");
  g_assert_cmpstr (ds_essay_get_id (ds_window_get_essay (window)), ==, ds_card_get_essay_id (card));
  buffer = gtk_text_view_get_buffer (ds_reader_page_get_text_view (ds_window_get_reader_page (window)));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "span-highlight");
  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, ds_card_get_source_start (card));
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, ds_card_get_source_end (card) - 1);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));

  /* The session is still open: the reader offers the way back to it. */
  g_assert_true (ds_reader_page_get_back_to_card (ds_window_get_reader_page (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ds_window_get_reader_page (window)),
                                             "win.show-page", "s", "study"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "study");
  g_assert_cmpstr (ds_study_page_get_view (page), ==, "card");
  g_assert_true (ds_study_session_get_card (ds_study_page_get_session (page)) == card);
  g_assert_false (ds_reader_page_get_back_to_card (ds_window_get_reader_page (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  ds_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/study/intervals", test_intervals);
  ADD ("/study/flip", test_flip);
  ADD ("/study/choice", test_choice);
  ADD ("/study/typed", test_typed);
  ADD ("/study/list-and-cloze", test_list_and_cloze);
  ADD ("/study/undo", test_undo);
  ADD ("/study/empty-and-summary", test_empty_and_summary);
  ADD ("/study/cards-page", test_cards_page);
  ADD ("/study/counter", test_counter);
  ADD ("/study/more-new", test_more_new);
  g_test_add_func ("/study/show-source", test_show_source);

  return g_test_run ();
}
