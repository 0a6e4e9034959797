/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ds-generator.h"
#include "ds-monitor-choice.h"
#include "ds-presentation-palette.h"
#include "ds-quiz-cards.h"
#include "ds-quiz-class.h"
#include "ds-presentation-window.h"
#include "ds-presenter-window.h"
#include "ds-test-util.h"
#include "ds-window.h"
#include "ds-deck.h"
#include "ds-library.h"

/* Presentation mode under Xvfb: entering and leaving, every key, the tally,
 * the countdown on a fake clock, the cursor timeout, type that is never cut
 * off at three projector sizes, and contrast measured on rendered pixels. */

static gboolean
fitted (gpointer data)
{
  return ds_test_widget_shown (data) &&
         ds_presentation_window_get_font_sizes (data, NULL, NULL);
}

/* Lets the window lay out what changed: a frame; and when that changed its
 * size, the refit that follows and the frame after it. */
static void
wait_layout (DsPresentationWindow *window)
{
  g_assert_true (ds_test_wait_frames (GTK_WIDGET (window), 1));
  if (!fitted (window))
    {
      g_assert_true (ds_test_wait_for (fitted, window, 5000));
      g_assert_true (ds_test_wait_frames (GTK_WIDGET (window), 1));
    }
  g_assert_true (ds_test_wait_for (fitted, window, 5000));
}

/* Cards */

static DsCard *
list_card (const char *id,
           const char *question,
           const char * const *items)
{
  DsCard *card = ds_card_new (id, "e1", DS_CARD_LIST, question, NULL);

  ds_card_set_items (card, items);
  ds_card_set_topic (card, "Tren global");
  return card;
}

static DsCard *
choice_card (const char *id,
             const char *question,
             const char * const *choices,
             int         correct)
{
  DsCard *card = ds_card_new (id, "e1", DS_CARD_MULTIPLE_CHOICE, question, choices[correct]);

  ds_card_set_choices (card, choices, correct);
  ds_card_set_topic (card, "Definisi");
  return card;
}

static DsCard *
text_card (const char *id,
           DsCardKind  kind,
           const char *question,
           const char *answer)
{
  DsCard *card = ds_card_new (id, "e1", kind, question, answer);

  ds_card_set_topic (card, "Fakta");
  return card;
}

/* A small quiz: a list, a definition, a multiple choice and a true/false,
 * then the summary. */
static GPtrArray *
small_cards (void)
{
  static const char * const items[] = { "Diplomasi publik", "Keamanan siber", "Media sosial", NULL };
  static const char * const choices[] = { "Kedutaan", "Kementerian Luar Negeri", "Parlemen", "Presiden", NULL };
  static const char * const truth[] = { "Benar", "Salah", NULL };
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cards, list_card ("c1", "Sebutkan tiga tren global", items));
  g_ptr_array_add (cards, text_card ("c2", DS_CARD_DEFINITION,
                                     "Apa yang dimaksud dengan diplomasi digital?",
                                     "Penggunaan alat digital untuk tujuan diplomasi."));
  g_ptr_array_add (cards, choice_card ("c3", "Siapa yang menjalankan diplomasi digital?", choices, 1));
  g_ptr_array_add (cards, choice_card ("c4", "Diplomasi siber sama dengan diplomasi digital.", truth, 1));
  return cards;
}

static char *
repeat (const char *word,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", word);
  return g_string_free (s, FALSE);
}

/* Texts far longer than the generator makes, and a word longer than any
 * line, so that shrinking and wrapping are both exercised. */
static GPtrArray *
extreme_cards (void)
{
  GPtrArray *cards = small_cards ();
  g_autofree char *long_question = repeat ("diplomasi digital dan keamanan siber", 14);
  g_autofree char *long_answer = repeat ("pemanfaatan teknologi informasi oleh negara", 12);
  g_autofree char *long_choice = repeat ("kebijakan luar negeri", 6);
  const char *long_word = "Pertanggungjawabannya-ketidakberkesinambungannya-"
                          "memperkenalkannya-keanekaragamannya-diplomasisibernya";
  const char *items[13];
  const char *choices[5] = { long_choice, long_choice, long_choice, long_choice, NULL };
  g_autofree char *long_item = repeat ("peran media sosial", 5);

  for (guint i = 0; i < 12; i++)
    items[i] = long_item;
  items[12] = NULL;

  g_ptr_array_add (cards, text_card ("x1", DS_CARD_FACT, long_question, long_answer));
  g_ptr_array_add (cards, list_card ("x2", long_question, items));
  g_ptr_array_add (cards, choice_card ("x3", long_question, choices, 2));
  g_ptr_array_add (cards, text_card ("x4", DS_CARD_DEFINITION, long_word, long_word));
  return cards;
}

/* The shipped essays' own text, cut into cards the way the generator
 * shapes them: a heading as the question, the sentences below it as the
 * answer or as list items. */
static GPtrArray *
essay_cards (DsLibrary *library)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  for (guint e = 0; e < n; e++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (library), e);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint b = 0; b < ds_essay_get_n_blocks (essay); b++)
        {
          const DsBlock *block = ds_essay_get_block (essay, b);
          g_autofree char *text = ds_essay_dup_span (essay, block->content_start, block->end);
          g_autofree char *heading = ds_essay_dup_heading_for_block (essay, b);
          g_autofree char *id = g_strdup_printf ("%s-%u", ds_essay_get_id (essay), b);
          DsCard *card;

          if (block->kind == DS_BLOCK_LIST_ITEM)
            {
              g_ptr_array_add (items, g_steal_pointer (&text));
              continue;
            }
          if (items->len > 0)
            {
              g_ptr_array_add (items, NULL);
              card = ds_card_new (id, ds_essay_get_id (essay), DS_CARD_LIST,
                                  heading ? heading : ds_essay_get_title (essay), NULL);
              ds_card_set_items (card, (const char * const *) items->pdata);
              ds_card_set_topic (card, heading);
              g_ptr_array_add (cards, card);
              g_ptr_array_set_size (items, 0);
            }
          if (block->kind != DS_BLOCK_PARAGRAPH || g_utf8_strlen (text, -1) > 400)
            continue;
          card = ds_card_new (id, ds_essay_get_id (essay), DS_CARD_FACT,
                              heading ? heading : ds_essay_get_title (essay), text);
          ds_card_set_topic (card, heading);
          g_ptr_array_add (cards, card);
        }
    }
  return cards;
}

/* Windows */

static DsPresentationWindow *
show_window (DsQuizRun           *run,
             DsPresentationTheme  theme,
             int                  width,
             int                  height)
{
  DsPresentationWindow *window = ds_presentation_window_new (run, theme);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (fitted, window, 5000));
  return window;
}

static DsQuizRun *
small_quiz (void)
{
  g_autoptr(GPtrArray) cards = small_cards ();

  return ds_quiz_run_new_quiz (cards, NULL);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *css_class,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if ((css_class == NULL || gtk_widget_has_css_class (label, css_class)) &&
          (text == NULL || strstr (gtk_label_get_text (GTK_LABEL (label)), text)))
        return label;
    }
  return NULL;
}

static int
label_font_px (GtkWidget *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (GTK_LABEL (label));
  PangoAttrIterator *iter;
  PangoAttribute *attr;
  int px = -1;

  if (attrs == NULL)
    return -1;
  iter = pango_attr_list_get_iterator (attrs);
  attr = pango_attr_iterator_get (iter, PANGO_ATTR_ABSOLUTE_SIZE);
  if (attr != NULL)
    px = ((PangoAttrSize *) attr)->size / PANGO_SCALE;
  pango_attr_iterator_destroy (iter);
  return px;
}

static gboolean
is_showing (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || gtk_widget_get_opacity (w) == 0)
      return FALSE;
  return TRUE;
}

/* Entering and leaving */

static void
test_enter_leave (void)
{
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *content = gtk_label_new ("The reader, as the lecturer left it");
  DsQuizRun *run = small_quiz ();
  DsPresentationWindow *window;
  gpointer weak = NULL;

  gtk_window_set_child (GTK_WINDOW (parent), content);
  gtk_window_present (GTK_WINDOW (parent));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, parent, 5000));

  window = ds_presentation_start_run (GTK_WINDOW (parent), run, NULL);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));
  g_assert_true (ds_presentation_window_get_run (window) == run);
  /* One monitor under Xvfb: the audience view only. */
  g_assert_null (ds_presentation_window_get_presenter (window));
  g_assert_cmpint (ds_presentation_window_get_theme (window), ==, DS_PRESENTATION_THEME_DARK);

  ds_quiz_run_next (run);
  g_set_weak_pointer (&weak, window);
  g_assert_true (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_Escape, 0));
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));

  /* Back where the lecturer was: the main window, shown, untouched. */
  g_assert_true (gtk_widget_get_visible (parent));
  g_assert_true (gtk_window_get_child (GTK_WINDOW (parent)) == content);

  /* Closing the window (Alt+F4, the window manager) leaves the same way. */
  window = ds_presentation_start_run (GTK_WINDOW (parent), run, NULL);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));
  g_set_weak_pointer (&weak, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
  g_assert_true (gtk_widget_get_visible (parent));

  gtk_window_destroy (GTK_WINDOW (parent));
  /* Nothing of the presentation holds on to the run. */
  g_assert_finalize_object (run);
}

/* Two monitors cannot be simulated under Xvfb (GDK reports one monitor per
 * RandR output, and Xvfb has one), so the choice is tested as logic in
 * test-quiz-run; here the two views are put on the one monitor there is. */
static void
test_two_views (void)
{
  GtkWidget *parent = gtk_window_new ();
  g_autoptr(DsQuizRun) run = small_quiz ();
  g_autoptr(GdkMonitor) monitor =
    g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  DsPresentationWindow *window;
  GtkWindow *presenter;
  gpointer weak_window = NULL, weak_presenter = NULL;

  gtk_window_present (GTK_WINDOW (parent));
  window = ds_presentation_start_run_on_monitors (GTK_WINDOW (parent), run, NULL,
                                                  monitor, monitor);
  presenter = ds_presentation_window_get_presenter (window);
  g_assert_true (DS_IS_PRESENTER_WINDOW (presenter));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, presenter, 5000));
  g_assert_true (ds_test_wait_for (fitted, window, 5000));

  /* The presenter follows the run and drives it, A–D counting hands. */
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Slide 1 of 5"));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_Page_Down, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_Page_Down, 0));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Slide 2 of 5"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Answer hidden"));

  /* Esc on either view closes both, and the main window is back. */
  g_set_weak_pointer (&weak_window, window);
  g_set_weak_pointer (&weak_presenter, presenter);
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_Escape, 0));
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak_window, 5000));
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak_presenter, 5000));
  g_assert_true (gtk_widget_get_visible (parent));
  gtk_window_destroy (GTK_WINDOW (parent));
}

/* F5 and --present go through the chooser: key claims, a quiz on the
 * essay or a topic, or a mix. */
static void
test_start_chooser (void)
{
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (library), 0);
  g_autoptr(DsDeck) deck = NULL;
  g_autoptr(DsSession) session = NULL;
  const char *essay_id = ds_essay_get_id (essay);
  struct {
    const char *response;
    DsQuizRunMode mode;
    guint n_slides;
  } cases[] = {
    { "claims", DS_QUIZ_RUN_CLAIMS, 2 },   /* the list and the definition */
    { "quiz", DS_QUIZ_RUN_QUIZ, 4 },       /* three cards and the summary */
    { "mix", DS_QUIZ_RUN_QUIZ, 5 },        /* all four cards, shuffled */
  };

  g_ptr_array_add (cards, text_card ("a", DS_CARD_DEFINITION, "Apa itu A?", "A adalah A."));
  g_ptr_array_add (cards, ds_card_new ("b", essay_id, DS_CARD_LIST, "Sebutkan B", NULL));
  g_ptr_array_add (cards, ds_card_new ("c", essay_id, DS_CARD_DEFINITION, "Apa itu C?", "C."));
  g_ptr_array_add (cards, ds_card_new ("d", essay_id, DS_CARD_CLOZE, "D ____", "D"));
  g_ptr_array_add (cards, ds_card_new ("e", "another", DS_CARD_FACT, "E", "E"));
  ds_card_set_items (g_ptr_array_index (cards, 1), (const char *[]) { "b1", "b2", NULL });
  ds_card_set_topic (g_ptr_array_index (cards, 1), "Bab B");
  ds_card_set_topic (g_ptr_array_index (cards, 2), "Bab C");
  /* Card "a" is of another essay ("e1"); the mix takes every card. */
  cases[2].n_slides = cards->len + 1;
  deck = ds_test_deck_new (settings, cards);
  session = ds_session_new_for_deck (deck, library);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AdwMessageDialog *dialog;
      DsPresentationWindow *window;
      DsQuizRun *run;
      gpointer weak = NULL;

      ds_presentation_start (NULL, session, essay_id);
      g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
      dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "claims");
      adw_message_dialog_response (dialog, cases[i].response);
      /* A click closes the dialog after its response; a call does not. */
      gtk_window_destroy (GTK_WINDOW (dialog));

      g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (DS_TYPE_PRESENTATION_WINDOW), 5000));
      window = DS_PRESENTATION_WINDOW (ds_test_find_toplevel (DS_TYPE_PRESENTATION_WINDOW));
      run = ds_presentation_window_get_run (window);
      g_assert_cmpint (ds_quiz_run_get_mode (run), ==, cases[i].mode);
      g_assert_cmpuint (ds_quiz_run_get_n_slides (run), ==, cases[i].n_slides);

      g_set_weak_pointer (&weak, window);
      ds_presentation_window_leave (window);
      g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
    }

  /* An essay without cards: a message, no empty presentation. */
  {
    g_autoptr(DsEssay) other = g_list_model_get_item (G_LIST_MODEL (library), 1);
    AdwMessageDialog *dialog;

    ds_presentation_start (NULL, session, ds_essay_get_id (other));
    g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
    dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, ds_essay_get_title (other));
    adw_message_dialog_response (dialog, "claims");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
    dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing to Present");
    g_assert_null (ds_test_find_toplevel (DS_TYPE_PRESENTATION_WINDOW));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
}

/* Keys */

static void
press (DsPresentationWindow *window,
       guint                 keyval)
{
  g_assert_true (ds_test_press_key (GTK_WINDOW (window), keyval, 0));
}

static void
test_keys_navigation (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK, 1024, 768);
  static const guint next_keys[] = {
    GDK_KEY_space, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_Return,
    GDK_KEY_KP_Enter, GDK_KEY_KP_Page_Down,
  };
  static const guint back_keys[] = {
    GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace, GDK_KEY_KP_Page_Up,
  };
  GtkWidget *answer = find_label (GTK_WIDGET (window), "ds-present-answer", "Diplomasi publik");

  g_assert_nonnull (answer);
  g_assert_false (is_showing (answer));

  /* Every "next" key moves one step: the list items, then slide 2. */
  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    {
      guint before;

      ds_quiz_run_first (run);
      for (guint j = 0; j < i % 2; j++)
        ds_quiz_run_next (run);
      before = ds_quiz_run_get_index (run) * 10 + ds_quiz_run_get_step (run);
      press (window, next_keys[i]);
      g_assert_cmpuint (ds_quiz_run_get_index (run) * 10 + ds_quiz_run_get_step (run), >, before);
    }

  ds_quiz_run_first (run);
  /* Moving away and back built the slide anew. */
  answer = find_label (GTK_WIDGET (window), "ds-present-answer", "Diplomasi publik");
  g_assert_false (is_showing (answer));
  press (window, GDK_KEY_Page_Down);
  /* A quiz reveals a list's items together. */
  g_assert_true (ds_quiz_run_get_answer_revealed (run));
  g_assert_true (is_showing (answer));

  /* Every "back" key steps back. */
  for (guint i = 0; i < G_N_ELEMENTS (back_keys); i++)
    {
      ds_quiz_run_go_to (run, 2);
      press (window, back_keys[i]);
      g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 1);
      g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 1);
    }

  /* Home / End. */
  press (window, GDK_KEY_End);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 4);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "ds-present-question", "Quiz complete"));
  press (window, GDK_KEY_Home);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 0);

  /* A number, then Enter: "4 Enter" is the fourth slide. */
  press (window, GDK_KEY_4);
  g_assert_true (is_showing (find_label (GTK_WIDGET (window), NULL, "Go to slide 4")));
  press (window, GDK_KEY_Return);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 3);
  press (window, GDK_KEY_KP_2);
  press (window, GDK_KEY_KP_Enter);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 1);

  /* The counter in the corner follows. */
  wait_layout (window);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "ds-present-small", "2 / 5"));

  /* Keys with Ctrl belong to the application; unknown keys pass. */
  g_assert_false (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_space, GDK_CONTROL_MASK));
  g_assert_false (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_x, 0));
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keys_blank (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK, 1024, 768);
  struct {
    guint keyval;
    DsBlank blank;
  } keys[] = {
    { GDK_KEY_b, DS_BLANK_BLACK },
    { GDK_KEY_period, DS_BLANK_BLACK },
    { GDK_KEY_w, DS_BLANK_WHITE },
    { GDK_KEY_comma, DS_BLANK_WHITE },
  };
  GtkWidget *blank = NULL;
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      press (window, keys[i].keyval);
      g_assert_cmpint (ds_quiz_run_get_blank (run), ==, keys[i].blank);
      /* The same key again brings the slide back. */
      press (window, keys[i].keyval);
      g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
    }

  /* The blank covers the whole window. */
  press (window, GDK_KEY_B);
  wait_layout (window);
  /* The overlay inside the window's keys. */
  for (GtkWidget *w = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (gtk_window_get_child (GTK_WINDOW (window)))));
       w; w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_has_css_class (w, "ds-present-blank"))
      blank = w;
  g_assert_nonnull (blank);
  g_assert_true (gtk_widget_get_visible (blank));
  g_assert_true (gtk_widget_has_css_class (blank, "black"));
  g_assert_cmpint (gtk_widget_get_width (blank), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_height (blank), ==, gtk_widget_get_height (GTK_WIDGET (window)));

  /* A clicker's next while black only brings the slide back. */
  press (window, GDK_KEY_Page_Down);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  g_assert_false (gtk_widget_get_visible (blank));
  g_assert_cmpuint (ds_quiz_run_get_step (run), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  DsQuizRun *run;
  guint      index;
  guint      step;
} RunAt;

static gboolean
run_reached (gpointer data)
{
  RunAt *at = data;

  return ds_quiz_run_get_index (at->run) == at->index &&
         ds_quiz_run_get_step (at->run) == at->step;
}

static gboolean
not_blank (gpointer data)
{
  return ds_quiz_run_get_blank (data) == DS_BLANK_NONE;
}

static void
xdotool (const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --delay 20 %s", keys);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* A whole class quiz from a clicker: real key events from the X server
 * (xdotool), PageDown to reveal and go on, PageUp to go back, B (or ".")
 * to black out, the same again to come back, Esc at the end. */
static void
test_clicker_quiz (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");
  DsPresentationWindow *window;
  RunAt at = { run, 0, 0 };
  gpointer weak = NULL;

  if (xdotool_path == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs xdotool and an X display");
      return;
    }

  window = ds_presentation_start_run (NULL, run, NULL);
  g_assert_true (ds_test_wait_for (fitted, window, 5000));
  g_assert_true (gtk_window_is_active (GTK_WINDOW (window)) ||
                 ds_test_wait_for ((DsTestCondition) gtk_window_is_active, window, 5000));

  /* Four questions, each: reveal, next. */
  for (guint i = 0; i < 4; i++)
    {
      xdotool ("Next");
      at.index = i, at.step = 1;
      g_assert_true (ds_test_wait_for (run_reached, &at, 5000));
      xdotool ("Next");
      at.index = i + 1, at.step = 0;
      g_assert_true (ds_test_wait_for (run_reached, &at, 5000));
    }
  g_assert_cmpint (ds_quiz_run_get_current (run)->kind, ==, DS_SLIDE_SUMMARY);

  /* Back a step onto the last question, fully revealed. */
  xdotool ("Prior");
  at.index = 3, at.step = 1;
  g_assert_true (ds_test_wait_for (run_reached, &at, 5000));

  /* The clicker's blank button. */
  xdotool ("period");
  g_assert_true (ds_test_wait_for ((DsTestCondition) ds_quiz_run_get_blank, run, 5000));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_BLACK);
  /* Next while black only brings the slide back. */
  xdotool ("Next");
  g_assert_true (ds_test_wait_for (not_blank, run, 5000));
  g_assert_true (run_reached (&at));

  g_set_weak_pointer (&weak, window);
  xdotool ("Escape");
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
}

/* The tally: A–D on the presenter view, bars with numbers on reveal. */
static void
test_tally (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_LIGHT, 1280, 800);
  DsPresenterWindow *presenter = ds_presenter_window_new (window);
  GtkWidget *count_b, *marker = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ds_quiz_run_go_to (run, 2);
  wait_layout (window);

  /* Presenter view: a, b, c, d each count a hand; Shift takes one back. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_b, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_a, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_c, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_d, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_D, GDK_SHIFT_MASK));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);

  /* Audience view: plain B blanks; Shift+B counts. */
  press (window, GDK_KEY_b);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_BLACK);
  press (window, GDK_KEY_b);
  g_assert_true (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_B, GDK_SHIFT_MASK));

  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 0), ==, 1);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 1), ==, 4);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 2), ==, 1);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 3), ==, 0);

  /* A number, then a letter: that many hands, B too, on either view; the
   * number typed is not a slide to go to. */
  press (window, GDK_KEY_1);
  press (window, GDK_KEY_2);
  press (window, GDK_KEY_b);
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 1), ==, 12);
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 2);
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_4, 0));
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_b, 0));
  g_assert_cmpuint (ds_quiz_run_get_hands (run, 2, 1), ==, 4);
  g_assert_cmpstr (ds_quiz_run_get_digits (run), ==, "");

  /* The presenter sees the counts at once, as bars and numbers; the class
   * only on reveal. */
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "6 hands"));
  {
    GtkWidget *grid = find_label (GTK_WIDGET (presenter), NULL, "4");

    g_assert_nonnull (grid);
    g_assert_true (GTK_IS_GRID (gtk_widget_get_parent (grid)));
    g_assert_true (gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_parent (grid)), 2, 1) == grid);
  }
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "right answer"));
  count_b = find_label (GTK_WIDGET (window), "ds-present-count", "4");
  g_assert_nonnull (count_b);
  g_assert_false (is_showing (count_b));

  press (window, GDK_KEY_space);
  wait_layout (window);
  g_assert_true (is_showing (count_b));
  /* Each bar carries its letter and its number, and the right option a
   * sign: nothing is told by colour alone. */
  collect_labels (GTK_WIDGET (window), labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "ds-present-marker") &&
        is_showing (g_ptr_array_index (labels, i)))
      {
        g_assert_null (marker);
        marker = g_ptr_array_index (labels, i);
      }
  g_assert_nonnull (marker);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (marker)), ==, "✓");
  /* The sign sits on the row of "B", the right option. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_widget_get_parent (marker)))),
                   ==, "B");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (marker), "ds-present-correct"));

  gtk_window_destroy (GTK_WINDOW (presenter));
  gtk_window_destroy (GTK_WINDOW (window));
}


/* On a single screen the lecturer sees each hand register in a corner
 * before the reveal; H hides it; with a presenter view it is not shown. */
static void
test_tally_corner (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK, 1366, 768);
  GtkWidget *corner = find_label (GTK_WIDGET (window), "ds-present-tally-corner", NULL);
  graphene_rect_t bounds, body;

  g_assert_nonnull (corner);
  ds_quiz_run_go_to (run, 2);
  wait_layout (window);
  g_assert_true (is_showing (corner));
  g_assert_true (ds_test_press_key (GTK_WINDOW (window), GDK_KEY_C, GDK_SHIFT_MASK));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (corner)), ==, "A 0 · B 0 · C 1 · D 0");
  press (window, GDK_KEY_7);
  press (window, GDK_KEY_a);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (corner)), ==, "A 7 · B 0 · C 1 · D 0");

  /* It sits under the slide, not over it. */
  wait_layout (window);
  g_assert_true (gtk_widget_compute_bounds (corner, GTK_WIDGET (window), &bounds));
  g_assert_true (gtk_widget_compute_bounds (find_label (GTK_WIDGET (window), "ds-present-count", NULL),
                                            GTK_WIDGET (window), &body));
  g_assert_cmpfloat (bounds.origin.y, >=, body.origin.y + body.size.height);

  press (window, GDK_KEY_h);
  g_assert_false (is_showing (corner));
  press (window, GDK_KEY_h);
  g_assert_true (is_showing (corner));
  /* The reveal shows the counts on the bars instead. */
  press (window, GDK_KEY_space);
  g_assert_false (is_showing (corner));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A list item that wraps continues under its own text, not under its
 * number. */
static void
test_hanging_indent (void)
{
  static const char * const items[] = {
    "Diplomasi publik yang dijalankan melalui akun resmi kementerian di berbagai platform media sosial",
    "Keamanan siber", NULL,
  };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsQuizRun) run = NULL;
  DsPresentationWindow *window;
  GtkWidget *text, *number;
  graphene_rect_t text_bounds, number_bounds;

  g_ptr_array_add (cards, list_card ("c1", "Sebutkan dua tren global", items));
  run = ds_quiz_run_new_claims (cards, NULL);
  window = show_window (run, DS_PRESENTATION_THEME_DARK, 1024, 768);
  ds_quiz_run_next (run);
  wait_layout (window);

  text = find_label (GTK_WIDGET (window), "ds-present-answer", "Diplomasi publik");
  number = find_label (GTK_WIDGET (window), "ds-present-number", "1.");
  g_assert_nonnull (text);
  g_assert_nonnull (number);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (text))), >, 1);
  g_assert_true (gtk_widget_compute_bounds (text, GTK_WIDGET (window), &text_bounds));
  g_assert_true (gtk_widget_compute_bounds (number, GTK_WIDGET (window), &number_bounds));
  /* Every line of the item starts where its first does: right of the
   * number. */
  g_assert_cmpfloat (text_bounds.origin.x, >=, number_bounds.origin.x + number_bounds.size.width);
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (text)), "1."));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The countdown on a fake clock: T starts and pauses, the bar shrinks, the
 * seconds count down, "Time is up" at the end. */
static void
test_timer (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  gint64 clock = G_GINT64_CONSTANT (5000) * G_USEC_PER_SEC;  /* a fake clock, moved by hand */
  DsPresentationWindow *window;
  DsPresenterWindow *presenter;
  GtkWidget *label;

  ds_settings_set_countdown_seconds (settings, 45);
  ds_settings_set_presentation_theme (settings, DS_PRESENTATION_THEME_LIGHT);
  ds_quiz_run_set_clock (run, ds_test_clock_us, &clock);

  window = ds_presentation_start_run (NULL, run, settings);
  gtk_window_unfullscreen (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (fitted, window, 5000));
  presenter = ds_presenter_window_new (window);
  g_assert_cmpint (ds_presentation_window_get_theme (window), ==, DS_PRESENTATION_THEME_LIGHT);
  g_assert_cmpuint (ds_quiz_run_get_countdown_seconds (run), ==, 45);

  label = find_label (GTK_WIDGET (window), "ds-present-countdown", NULL);
  g_assert_nonnull (label);
  g_assert_false (is_showing (label));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Timer 45 s"));

  press (window, GDK_KEY_t);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_RUNNING);
  g_assert_true (is_showing (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "45 s");

  clock += 15 * G_USEC_PER_SEC + 200000;
  ds_presentation_window_tick (window);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "30 s");
  ds_presenter_window_update (presenter);
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), "ds-presenter-timer", "30 s"));

  /* T pauses: time passes, the countdown does not. */
  press (window, GDK_KEY_T);
  clock += 60 * G_USEC_PER_SEC;
  ds_presentation_window_tick (window);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Paused, 30 s");

  press (window, GDK_KEY_t);
  clock += 30 * G_USEC_PER_SEC;
  ds_presentation_window_tick (window);
  g_assert_cmpint (ds_quiz_run_get_countdown_state (run), ==, DS_COUNTDOWN_EXPIRED);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Time is up");
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), "ds-presenter-timer", "Time is up"));
  /* Time up is prominent: inverted, and the seconds were never smaller
   * than the options' type. */
  g_assert_true (gtk_widget_has_css_class (label, "ds-present-time-up"));
  {
    int answer_px;

    ds_presentation_window_get_font_sizes (window, NULL, &answer_px);
    g_assert_cmpint (label_font_px (label), >=, answer_px);
  }

  /* Revealing ends it. */
  press (window, GDK_KEY_space);
  g_assert_false (is_showing (label));

  gtk_window_destroy (GTK_WINDOW (presenter));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cursor (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  gint64 clock = 100 * G_USEC_PER_SEC;  /* a fake clock, moved by hand */
  DsPresentationWindow *window;

  ds_quiz_run_set_clock (run, ds_test_clock_us, &clock);
  window = show_window (run, DS_PRESENTATION_THEME_DARK, 1024, 768);

  g_assert_false (ds_presentation_window_get_cursor_hidden (window));
  clock += 1900000;
  ds_presentation_window_tick (window);
  g_assert_false (ds_presentation_window_get_cursor_hidden (window));
  clock += 200000;
  ds_presentation_window_tick (window);
  g_assert_true (ds_presentation_window_get_cursor_hidden (window));
  g_assert_nonnull (gtk_widget_get_cursor (GTK_WIDGET (window)));
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (window))), ==, "none");

  /* Moving the pointer brings it back for two more seconds. */
  ds_presentation_window_pointer_moved (window);
  g_assert_false (ds_presentation_window_get_cursor_hidden (window));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (window)));
  clock += 1000000;
  ds_presentation_window_tick (window);
  g_assert_false (ds_presentation_window_get_cursor_hidden (window));
  clock += 1000000;
  ds_presentation_window_tick (window);
  g_assert_true (ds_presentation_window_get_cursor_hidden (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_presenter_view (void)
{
  g_autoptr(GPtrArray) cards = small_cards ();
  g_autoptr(DsQuizRun) run = ds_quiz_run_new_claims (cards, NULL);
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK, 1024, 768);
  DsPresenterWindow *presenter = ds_presenter_window_new (window);

  gtk_window_present (GTK_WINDOW (presenter));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, presenter, 5000));

  /* Current and next slide, and the answer before the class sees it. */
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Slide 1 of 2"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), "ds-presenter-current", "Sebutkan tiga tren global"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), "ds-presenter-next", "Apa yang dimaksud"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "3. Media sosial"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Items shown: 0 of 3"));

  /* Keys on the presenter view drive the audience view. */
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_Page_Down, 0));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Items shown: 1 of 3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presenter), "present.next", NULL));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Items shown: 2 of 3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presenter), "present.back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presenter), "present.black", NULL));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Screen is black"));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_BLACK);
  g_assert_true (ds_test_press_key (GTK_WINDOW (presenter), GDK_KEY_period, 0));
  g_assert_cmpint (ds_quiz_run_get_blank (run), ==, DS_BLANK_NONE);

  ds_quiz_run_last (run);
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "End of the presentation"));
  g_assert_nonnull (find_label (GTK_WIDGET (presenter), NULL, "Penggunaan alat digital"));

  /* Closing the controls ends the presentation. */
  {
    gpointer weak = NULL;

    g_set_weak_pointer (&weak, window);
    gtk_window_close (GTK_WINDOW (presenter));
    g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
  }
  gtk_window_destroy (GTK_WINDOW (presenter));
}

static void
test_summary (void)
{
  g_autoptr(DsQuizRun) run = small_quiz ();
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK, 1280, 800);

  ds_quiz_run_go_to (run, 2);
  for (guint i = 0; i < 3; i++)
    ds_quiz_run_add_hand (run, 1, 1);
  ds_quiz_run_add_hand (run, 0, 1);
  ds_quiz_run_go_to (run, 3);
  for (guint i = 0; i < 4; i++)
    ds_quiz_run_add_hand (run, 0, 1);
  ds_quiz_run_last (run);
  wait_layout (window);

  g_assert_nonnull (find_label (GTK_WIDGET (window), "ds-present-question", "Quiz complete"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), NULL, "4 questions"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), NULL, "Hands on the right answer: 3 of 8 (38%)"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), NULL, "Hardest: slide 4 (0% right)"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A class quiz leaves the lecturer's own progress as it was. */
/* F5 in the main window presents the window's deck: a card the lecturer
 * corrected is projected with the corrected wording. */
static void
test_window_deck_edits (void)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(DsSession) session = ds_session_new (settings, library);
  g_autoptr(DsCardScope) scope = NULL;
  g_autoptr(GPtrArray) essay_cards = NULL;
  g_autofree char *essay_id = NULL;
  DsWindow *window;
  DsDeck *deck;
  DsCard *card = NULL;
  AdwMessageDialog *dialog;
  DsPresentationWindow *audience;
  DsQuizRun *run;
  gboolean found = FALSE;
  gpointer weak = NULL;

  window = ds_window_new (NULL, session);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));

  deck = ds_session_get_deck (ds_window_get_session (window));
  scope = ds_card_scope_new (NULL, NULL);
  essay_cards = ds_deck_dup_cards (deck, scope);
  /* A multiple choice, the form a class quiz asks, of whichever shipped
   * essay has one. */
  for (guint i = 0; i < essay_cards->len && card == NULL; i++)
    if (ds_card_get_kind (g_ptr_array_index (essay_cards, i)) == DS_CARD_MULTIPLE_CHOICE)
      card = g_ptr_array_index (essay_cards, i);
  g_assert_nonnull (card);
  essay_id = g_strdup (ds_card_get_essay_id (card));
  ds_deck_edit_card (deck, card, "Pertanyaan yang diperbaiki dosen?",
                     ds_card_get_answer (card) ? ds_card_get_answer (card) : "");

  ds_window_start_presentation (window, essay_id);
  g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000));
  dialog = ADW_MESSAGE_DIALOG (ds_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "quiz");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (ds_test_wait_for (ds_test_has_toplevel, GSIZE_TO_POINTER (DS_TYPE_PRESENTATION_WINDOW), 5000));
  audience = DS_PRESENTATION_WINDOW (ds_test_find_toplevel (DS_TYPE_PRESENTATION_WINDOW));
  run = ds_presentation_window_get_run (audience);
  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    if (g_strcmp0 (ds_quiz_run_get_slide (run, i)->question,
                   "Pertanyaan yang diperbaiki dosen?") == 0)
      found = TRUE;
  g_assert_true (found);

  g_set_weak_pointer (&weak, audience);
  ds_presentation_window_leave (audience);
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_progress_untouched (void)
{
  g_autoptr(DsSettings) settings = ds_test_settings_new ();
  g_autoptr(DsQuizRun) run = small_quiz ();
  GSettings *backing;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  DsPresentationWindow *window;
  gpointer weak = NULL;

  backing = ds_settings_get_backing (settings);
  g_object_get (backing, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i]; i++)
    g_ptr_array_add (before, g_settings_get_value (backing, keys[i]));

  window = ds_presentation_start_run (NULL, run, settings);
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, window, 5000));
  for (guint i = 0; i < 12; i++)
    {
      press (window, GDK_KEY_Page_Down);
      ds_test_press_key (GTK_WINDOW (window), GDK_KEY_a, GDK_SHIFT_MASK);
    }
  g_assert_cmpuint (ds_quiz_run_get_index (run), ==, 4);
  g_set_weak_pointer (&weak, window);
  press (window, GDK_KEY_Escape);
  g_assert_true (ds_test_wait_for (ds_test_pointer_cleared, &weak, 5000));

  for (guint i = 0; keys[i]; i++)
    {
      g_autoptr(GVariant) after = g_settings_get_value (backing, keys[i]);

      g_assert_true (g_variant_equal (g_ptr_array_index (before, i), after));
    }
}

/* No clipping */

typedef struct {
  int    width;
  int    height;
  double min_question;  /* smallest question size seen, fraction of height */
  double min_answer;
  guint  n_checked;
  guint  n_long;        /* slides with more text than a slide should carry */
} ClipStats;

/* What fits a projected slide at the minimum sizes: no single text over
 * 200 characters and 650 in all (at 1024x768 that is about 16 lines of
 * answers). Longer slides must still never be cut off, but may shrink. */
static gboolean
slide_is_projectable (const DsSlide *slide)
{
  glong total = g_utf8_strlen (slide->question, -1);
  glong longest = total;

  for (guint i = 0; slide->items[i] != NULL; i++)
    {
      total += g_utf8_strlen (slide->items[i], -1);
      longest = MAX (longest, g_utf8_strlen (slide->items[i], -1));
    }
  for (guint i = 0; slide->choices[i] != NULL; i++)
    {
      total += g_utf8_strlen (slide->choices[i], -1);
      longest = MAX (longest, g_utf8_strlen (slide->choices[i], -1));
    }
  if (slide->answer != NULL)
    {
      total += g_utf8_strlen (slide->answer, -1);
      longest = MAX (longest, g_utf8_strlen (slide->answer, -1));
    }
  return longest <= 200 && total <= 650;
}

static void
check_no_clipping (DsPresentationWindow *window,
                   ClipStats            *stats,
                   gboolean              require_minimum)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  const DsSlide *slide = ds_quiz_run_get_current (ds_presentation_window_get_run (window));

  if (width != stats->width || height != stats->height)
    g_error ("slide %s (%u) grew the window to %dx%d, not %dx%d", slide->card_id,
             ds_quiz_run_get_index (ds_presentation_window_get_run (window)),
             width, height, stats->width, stats->height);

  collect_labels (GTK_WIDGET (window), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      PangoLayout *layout;
      graphene_rect_t bounds;
      int lw, lh, px;
      gboolean question = gtk_widget_has_css_class (label, "ds-present-question");
      gboolean answer = gtk_widget_has_css_class (label, "ds-present-answer");

      if (!gtk_widget_get_visible (label) || !gtk_widget_get_mapped (label) ||
          *gtk_label_get_text (GTK_LABEL (label)) == '\0')
        continue;

      layout = gtk_label_get_layout (GTK_LABEL (label));
      pango_layout_get_pixel_size (layout, &lw, &lh);
      if (lw > gtk_widget_get_width (label) || lh > gtk_widget_get_height (label) ||
          pango_layout_is_ellipsized (layout))
        g_error ("%dx%d: slide %s: \"%.40s…\" is cut off: text %dx%d in %dx%d",
                 width, height, slide->card_id, gtk_label_get_text (GTK_LABEL (label)),
                 lw, lh, gtk_widget_get_width (label), gtk_widget_get_height (label));
      g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);

      g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (window), &bounds));
      if (bounds.origin.x < 0 || bounds.origin.y < 0 ||
          bounds.origin.x + bounds.size.width > width + 0.5 ||
          bounds.origin.y + bounds.size.height > height + 0.5)
        g_error ("%dx%d: slide %s: \"%.40s…\" lies outside the window (%g,%g %gx%g)",
                 width, height, slide->card_id, gtk_label_get_text (GTK_LABEL (label)),
                 bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);

      px = label_font_px (label);
      if (question)
        {
          if (require_minimum)
            stats->min_question = MIN (stats->min_question, (double) px / height);
          if (require_minimum && px < (height * 5 + 99) / 100)
            g_error ("%dx%d: slide %s: question at %d px, under 5 %% of the height",
                     width, height, slide->card_id, px);
        }
      if (answer)
        {
          if (require_minimum)
            stats->min_answer = MIN (stats->min_answer, (double) px / height);
          if (require_minimum && px < (height * 4 + 99) / 100)
            g_error ("%dx%d: slide %s: answer at %d px, under 4 %% of the height",
                     width, height, slide->card_id, px);
        }
    }
  stats->n_checked++;
}

static void
check_deck (GPtrArray   *cards,
            DsQuizRunMode mode,
            ClipStats   *stats,
            gboolean     require_minimum)
{
  g_autoptr(DsQuizRun) run = mode == DS_QUIZ_RUN_QUIZ ?
    ds_quiz_run_new_quiz (cards, NULL) : ds_quiz_run_new_claims (cards, NULL);
  DsPresentationWindow *window = show_window (run, DS_PRESENTATION_THEME_DARK,
                                              stats->width, stats->height);

  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    {
      const DsSlide *slide = ds_quiz_run_get_slide (run, i);

      /* Fully revealed, with a tally and a countdown: everything at once. */
      ds_quiz_run_go_to (run, i);
      for (guint j = 0; j < ds_slide_get_n_steps (slide); j++)
        ds_quiz_run_next (run);
      for (guint j = 0; j < ds_slide_get_n_choices (slide); j++)
        ds_quiz_run_add_hand (run, j, 100 + j);
      ds_quiz_run_toggle_countdown (run);
      wait_layout (window);
      if (require_minimum && !slide_is_projectable (slide))
        {
          g_test_message ("%dx%d: slide %s has more text than a slide carries; "
                          "checked for clipping only", stats->width, stats->height,
                          slide->card_id);
          stats->n_long++;
          check_no_clipping (window, stats, FALSE);
        }
      else
        check_no_clipping (window, stats, require_minimum);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_clipping (gconstpointer data)
{
  const int *size = data;
  ClipStats stats = { size[0], size[1], 1, 1, 0 };
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(GPtrArray) small = small_cards ();
  g_autoptr(GPtrArray) extreme = extreme_cards ();
  g_autoptr(GPtrArray) essays = essay_cards (library);
  g_autoptr(GPtrArray) shipped = ds_generator_generate_all (G_LIST_MODEL (library));

  /* Every card of the shipped deck, as a quiz and as key claims: never cut
   * off, and (unless it carries more text than a slide should) at the
   * minimum sizes or larger: question 5 %, answers 4 % of the height. */
  g_assert_cmpuint (shipped->len, >, 20);
  check_deck (shipped, DS_QUIZ_RUN_QUIZ, &stats, TRUE);
  check_deck (shipped, DS_QUIZ_RUN_CLAIMS, &stats, TRUE);
  check_deck (small, DS_QUIZ_RUN_QUIZ, &stats, TRUE);
  check_deck (small, DS_QUIZ_RUN_CLAIMS, &stats, TRUE);
  g_test_message ("%dx%d: %u cards of the shipped deck, %u slides over the text budget; "
                  "smallest question %.1f%%, answer %.1f%%", size[0], size[1], shipped->len,
                  stats.n_long, 100 * stats.min_question, 100 * stats.min_answer);

  /* The essays' own paragraphs and texts no generator would make: these
   * may shrink below the minimum, but are never cut off. */
  check_deck (essays, DS_QUIZ_RUN_QUIZ, &stats, FALSE);
  check_deck (extreme, DS_QUIZ_RUN_QUIZ, &stats, FALSE);
  check_deck (extreme, DS_QUIZ_RUN_CLAIMS, &stats, FALSE);

  g_test_message ("%dx%d: %u slides checked for clipping", size[0], size[1], stats.n_checked);
}

/* Contrast */

static GdkTexture *
render_window (DsPresentationWindow *window)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static char *
pixel_hex (const guchar *data,
           gsize         stride,
           int           x,
           int           y)
{
  /* gdk_texture_download() gives CAIRO_FORMAT_ARGB32: B, G, R, A. */
  const guchar *p = data + y * stride + x * 4;

  return g_strdup_printf ("#%02x%02x%02x", p[2], p[1], p[0]);
}

static void
test_contrast (void)
{
  DsPresentationTheme themes[] = { DS_PRESENTATION_THEME_DARK, DS_PRESENTATION_THEME_LIGHT };

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      const DsPresentationPalette *palette = ds_presentation_palette (themes[t]);
      g_autoptr(DsQuizRun) run = small_quiz ();
      DsPresentationWindow *window = show_window (run, themes[t], 1024, 768);
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree guchar *data = NULL;
      g_autofree char *background = NULL;
      GtkWidget *question;
      graphene_rect_t bounds;
      gsize stride;
      double best = 1;
      GdkRGBA color, expected;

      /* The palette itself: text at least 7:1, corner text too. */
      g_assert_cmpfloat (ds_contrast_ratio (palette->foreground, palette->background), >=, 7.0);
      g_assert_cmpfloat (ds_contrast_ratio (palette->secondary, palette->background), >=, 7.0);

      /* The style on screen uses the palette. */
      question = find_label (GTK_WIDGET (window), "ds-present-question", NULL);
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (question), &color);
      G_GNUC_END_IGNORE_DEPRECATIONS
      gdk_rgba_parse (&expected, palette->foreground);
      g_assert_true (gdk_rgba_equal (&color, &expected));

      /* And the rendered pixels: the background is the palette's, and the
       * question's glyphs reach at least 7:1 against it. */
      wait_layout (window);
      texture = render_window (window);
      stride = gdk_texture_get_width (texture) * 4;
      data = g_malloc (stride * gdk_texture_get_height (texture));
      gdk_texture_download (texture, data, stride);
      background = pixel_hex (data, stride, 2, 2);
      g_assert_cmpstr (background, ==, palette->background);

      g_assert_true (gtk_widget_compute_bounds (question, GTK_WIDGET (window), &bounds));
      for (int y = bounds.origin.y; y < bounds.origin.y + bounds.size.height; y++)
        for (int x = bounds.origin.x; x < bounds.origin.x + bounds.size.width; x++)
          {
            g_autofree char *hex = pixel_hex (data, stride, x, y);

            best = MAX (best, ds_contrast_ratio (hex, background));
          }
      g_test_message ("theme %u: text %s on %s, rendered contrast %.1f:1",
                      t, palette->foreground, palette->background, best);
      g_assert_cmpfloat (best, >=, 7.0);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Screenshots for build-aux/present-screenshots.sh: only when asked. */

typedef struct {
  const char *dir;
  const char *tag;           /* "en-dark" … */
  GdkRectangle geometry;
} Shots;

static void
save_shot (DsPresentationWindow *window,
           const Shots          *shots,
           const char           *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%dx%d-%s-%s.png", shots->dir, shots->geometry.width,
                                           shots->geometry.height, shots->tag, name);

  wait_layout (window);
  texture = render_window (window);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The presenter's view of the same moment, as on the laptop. */
static void
save_presenter (DsPresentationWindow *window,
                const Shots          *shots,
                const char           *name)
{
  DsPresenterWindow *presenter = ds_presenter_window_new (window);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%dx%d-%s-%s.png", shots->dir, shots->geometry.width,
                                           shots->geometry.height, shots->tag, name);

  gtk_window_set_default_size (GTK_WINDOW (presenter), shots->geometry.width, shots->geometry.height);
  gtk_window_present (GTK_WINDOW (presenter));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown, presenter, 5000));
  wait_layout (window);
  g_assert_true (ds_test_wait_frames (GTK_WIDGET (presenter), 2));
  texture = render_widget (GTK_WIDGET (presenter));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  gtk_window_destroy (GTK_WINDOW (presenter));
}

static void
reveal (DsQuizRun *run,
        guint      index,
        guint      steps)
{
  ds_quiz_run_go_to (run, index);
  for (guint j = 0; j < steps; j++)
    ds_quiz_run_next (run);
}

static int
find_slide (DsQuizRun *run,
            gboolean (*match) (const DsSlide *slide))
{
  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    if (match (ds_quiz_run_get_slide (run, i)))
      return i;
  return -1;
}

static gboolean
has_note (const DsSlide *slide)
{
  return slide->note != NULL;
}

static gboolean
is_one_of (const DsSlide *slide)
{
  return g_str_has_prefix (slide->question, "Manakah yang dapat melengkapi") ||
         g_str_has_prefix (slide->question, "Manakah salah satu");
}

static gboolean
is_discussion (const DsSlide *slide)
{
  return slide->discussion;
}

static gboolean
has_many_items (const DsSlide *slide)
{
  return ds_slide_get_n_items (slide) >= 4;
}

/* Key claims of essay 001: a statement, the trends with their note, a
 * list half revealed. */
static void
shoot_claims (GPtrArray   *essay_cards,
              DsLibrary   *library,
              DsPresentationTheme theme,
              const Shots *shots)
{
  g_autoptr(DsQuizRun) run = ds_quiz_run_new_claims (essay_cards, library);
  DsPresentationWindow *window = show_window (run, theme, shots->geometry.width, shots->geometry.height);
  int note = find_slide (run, has_note);
  int many = find_slide (run, has_many_items);

  save_shot (window, shots, "claims-statement");
  g_assert_cmpint (note, >=, 0);
  reveal (run, note, ds_slide_get_n_steps (ds_quiz_run_get_slide (run, note)));
  save_shot (window, shots, "claims-note");
  if (many >= 0)
    {
      reveal (run, many, 2);
      save_shot (window, shots, "claims-items");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static DsQuizRun *
class_quiz (GPtrArray *essay_cards,
            GPtrArray *all_cards,
            DsLibrary *library)
{
  g_autoptr(GPtrArray) asked = ds_quiz_class_cards (essay_cards, all_cards);

  return ds_quiz_run_new_quiz (asked, library);
}

/* The class quiz of essay 001 on a fake clock: the countdown running with
 * hands counted, time up, a "Which of these is one of" revealed, the
 * summary; the presenter's view of the counting. */
static void
shoot_quiz (GPtrArray   *essay_cards,
            GPtrArray   *all_cards,
            DsLibrary   *library,
            DsPresentationTheme theme,
            const Shots *shots)
{
  g_autoptr(DsQuizRun) run = class_quiz (essay_cards, all_cards, library);
  gint64 clock = G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC;
  DsPresentationWindow *window;
  int one_of = find_slide (run, is_one_of);

  ds_quiz_run_set_clock (run, ds_test_clock_us, &clock);
  window = show_window (run, theme, shots->geometry.width, shots->geometry.height);
  ds_quiz_run_add_hand (run, 0, 3);
  ds_quiz_run_add_hand (run, 1, 17);
  ds_quiz_run_add_hand (run, 2, 2);
  ds_quiz_run_toggle_countdown (run);
  clock += 12 * G_USEC_PER_SEC + 300000;
  ds_presentation_window_tick (window);
  save_shot (window, shots, "quiz-countdown");
  save_presenter (window, shots, "presenter");
  clock += 60 * G_USEC_PER_SEC;
  ds_presentation_window_tick (window);
  save_shot (window, shots, "quiz-time-up");

  g_assert_cmpint (one_of, >=, 0);
  reveal (run, one_of, 0);
  ds_quiz_run_add_hand (run, 0, 6);
  ds_quiz_run_add_hand (run, 1, 11);
  ds_quiz_run_add_hand (run, 3, 4);
  ds_quiz_run_next (run);
  save_shot (window, shots, "quiz-one-of-revealed");
  ds_quiz_run_last (run);
  save_shot (window, shots, "quiz-summary");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A discussion question (a definition nothing else in its deck can give
 * wrong options to) and the extreme texts. */
static void
shoot_discussion (DsPresentationTheme theme,
                  const Shots        *shots)
{
  g_autoptr(GPtrArray) small = small_cards ();
  g_autoptr(DsQuizRun) run = class_quiz (small, small, NULL);
  g_autoptr(GPtrArray) extreme = extreme_cards ();
  g_autoptr(DsQuizRun) long_run = ds_quiz_run_new_claims (extreme, NULL);
  DsPresentationWindow *window;
  int discussion = find_slide (run, is_discussion);

  g_assert_cmpint (discussion, >=, 0);
  window = show_window (run, theme, shots->geometry.width, shots->geometry.height);
  reveal (run, discussion, 1);
  save_shot (window, shots, "quiz-discussion");
  gtk_window_destroy (GTK_WINDOW (window));

  window = show_window (long_run, theme, shots->geometry.width, shots->geometry.height);
  discussion = find_slide (long_run, has_many_items);
  reveal (long_run, discussion, ds_slide_get_n_steps (ds_quiz_run_get_slide (long_run, discussion)));
  save_shot (window, shots, "long-items");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GPtrArray *
cards_of (GPtrArray  *cards,
          const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

  return ds_quiz_select_cards (cards, scope, DS_QUIZ_ORDER_SOURCE, 0, 0);
}

static void
test_screenshots (void)
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");
  DsPresentationTheme theme = g_strcmp0 (g_getenv ("DS_SCREENSHOT_THEME"), "light") == 0 ?
                              DS_PRESENTATION_THEME_LIGHT : DS_PRESENTATION_THEME_DARK;
  g_autoptr(DsLibrary) library = ds_test_library_new ();
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) essay1 = NULL;
  g_autofree char *tag = NULL;
  GdkMonitor *monitor;
  Shots shots = { g_getenv ("DS_SCREENSHOT_DIR"), NULL, { 0 } };

  if (shots.dir == NULL)
    {
      g_test_skip ("set DS_SCREENSHOT_DIR to write screenshots");
      return;
    }
  /* The build tree's translations, for the Indonesian shots. */
  if (localedir != NULL)
    {
      /* gtk_test_init() keeps the C locale; the shots want the user's. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  tag = g_strdup_printf ("%s-%s", g_getenv ("DS_SCREENSHOT_LANG") ? g_getenv ("DS_SCREENSHOT_LANG") : "en",
                         theme == DS_PRESENTATION_THEME_LIGHT ? "light" : "dark");
  shots.tag = tag;
  monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  gdk_monitor_get_geometry (monitor, &shots.geometry);
  g_object_unref (monitor);

  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  essay1 = cards_of (cards, "001_f2b556cc33273b55");
  shoot_claims (essay1, library, theme, &shots);
  shoot_quiz (essay1, cards, library, theme, &shots);
  shoot_discussion (theme, &shots);
}

int
main (int   argc,
      char *argv[])
{
  static const int sizes[][2] = { { 1024, 768 }, { 1280, 800 }, { 1920, 1080 } };
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  ds_test_init (&argc, &argv);

  /* The app's own style sheet, as AdwApplication would load it. */
  gtk_css_provider_load_from_resource (provider, "/org/example/DiploStudy/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/presentation/enter-leave", test_enter_leave);
  g_test_add_func ("/presentation/start-chooser", test_start_chooser);
  g_test_add_func ("/presentation/two-views", test_two_views);
  g_test_add_func ("/presentation/keys/navigation", test_keys_navigation);
  g_test_add_func ("/presentation/keys/blank", test_keys_blank);
  g_test_add_func ("/presentation/keys/clicker-quiz", test_clicker_quiz);
  g_test_add_func ("/presentation/tally", test_tally);
  g_test_add_func ("/presentation/tally-corner", test_tally_corner);
  g_test_add_func ("/presentation/hanging-indent", test_hanging_indent);
  g_test_add_func ("/presentation/timer", test_timer);
  g_test_add_func ("/presentation/cursor", test_cursor);
  g_test_add_func ("/presentation/presenter-view", test_presenter_view);
  g_test_add_func ("/presentation/summary", test_summary);
  g_test_add_func ("/presentation/progress-untouched", test_progress_untouched);
  g_test_add_func ("/presentation/window-deck-edits", test_window_deck_edits);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/presentation/no-clipping/%dx%d",
                                               sizes[i][0], sizes[i][1]);

      g_test_add_data_func (path, sizes[i], test_no_clipping);
    }
  g_test_add_func ("/presentation/contrast", test_contrast);
  g_test_add_func ("/presentation/screenshots", test_screenshots);

  return g_test_run ();
}
