/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "ds-bar.h"
#include "ds-presentation-keys.h"
#include "ds-presentation-palette.h"
#include "ds-presentation-window-private.h"
#include "ds-text-label.h"
#include "ds-widgets-private.h"

#define CURSOR_TIMEOUT_US (2 * G_USEC_PER_SEC)
#define TICK_MS          100

G_DEFINE_FINAL_TYPE (DsPresentationWindow, ds_presentation_window, GTK_TYPE_WINDOW)

enum {
  COUNTDOWN_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Colours */

/* The palettes as CSS, made once; every display that shows a presentation
 * gets it once. */
static GtkCssProvider *
palette_css (void)
{
  g_autoptr(GString) css = g_string_new (NULL);
  GtkCssProvider *provider;
  static const struct {
    DsPresentationTheme theme;
    const char *name;
  } themes[] = {
    { DS_PRESENTATION_THEME_DARK, "dark" },
    { DS_PRESENTATION_THEME_LIGHT, "light" },
  };

  /* Generated from the core palette, so the colours the contrast test
   * checks are the colours on screen. */
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      const DsPresentationPalette *p = ds_presentation_palette (themes[i].theme);

      /* The right option's letter is inverted: a shape change that does
       * not rely on hue, on top of the check mark. */
      g_string_append_printf (css,
                              "window.ds-presentation.%s { background-color: %s; color: %s; }\n"
                              "window.ds-presentation.%s .ds-present-secondary { color: %s; }\n"
                              "window.ds-presentation.%s .ds-present-letter { border: %dpx solid %s; }\n"
                              "window.ds-presentation.%s .ds-present-correct > .ds-present-letter,"
                              " window.ds-presentation.%s .ds-present-time-up"
                              " { background-color: %s; color: %s; }\n"
                              "window.ds-presentation.%s .ds-live-join { background-color: %s; }\n",
                              themes[i].name, p->background, p->foreground,
                              themes[i].name, p->secondary,
                              themes[i].name, LETTER_BORDER, p->foreground,
                              themes[i].name, themes[i].name, p->foreground, p->background,
                              themes[i].name, p->background);
    }
  g_string_append (css,
                   ".ds-present-blank.black { background-color: #000000; }\n"
                   ".ds-present-blank.white { background-color: #ffffff; }\n");

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css->str, -1);
  return provider;
}

static void
ensure_palette_css (GdkDisplay *display)
{
  static GtkCssProvider *provider;
  static GdkDisplay *styled;   /* weak */

  if (display == NULL || display == styled)
    return;
  if (provider == NULL)
    provider = palette_css ();
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_set_weak_pointer (&styled, display);
}

/* A bar in the colour of the window's theme. */
static GtkWidget *
themed_bar (DsPresentationWindow *self,
            GtkWidget            *bar)
{
  GdkRGBA color;

  gdk_rgba_parse (&color, ds_presentation_palette (self->theme)->bar);
  ds_bar_set_color (DS_BAR (bar), &color);
  return bar;
}

/* Building a slide */

/* An item: its number in a column of its own, so that the lines of a
 * long item wrap under its text, not under its number (a hanging
 * indent). @number may be NULL. */
static void
add_numbered_item (DsPresentationWindow *self,
                   const char           *number,
                   const char           *text)
{
  ItemRow item = { 0 };

  item.row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  if (number != NULL)
    {
      item.number = gtk_label_new (number);
      gtk_label_set_xalign (GTK_LABEL (item.number), 1);
      gtk_widget_set_valign (item.number, GTK_ALIGN_START);
      gtk_widget_add_css_class (item.number, "ds-present-number");
      gtk_box_append (GTK_BOX (item.row), item.number);
    }
  item.text = ds_text_label_new (text, "ds-present-answer");
  gtk_widget_set_hexpand (item.text, TRUE);
  gtk_box_append (GTK_BOX (item.row), item.text);
  gtk_box_append (GTK_BOX (self->items_box), item.row);
  g_array_append_val (self->item_rows, item);
}

static void
add_item (DsPresentationWindow *self,
          const char           *text)
{
  add_numbered_item (self, NULL, text);
}

/* What the source lacks, under a key claim's items. */
static void
add_note (DsPresentationWindow *self,
          const char           *note)
{
  add_item (self, note);
  gtk_widget_add_css_class (g_array_index (self->item_rows, ItemRow,
                                           self->item_rows->len - 1).text,
                            "ds-present-secondary");
}

static void
add_choice (DsPresentationWindow *self,
            guint                 index,
            const char           *text)
{
  ChoiceRow row = { 0 };
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  char letter[2] = { 'A' + index, '\0' };

  row.row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  row.letter = gtk_label_new (letter);
  gtk_widget_add_css_class (row.letter, "ds-present-letter");
  gtk_widget_set_valign (row.letter, GTK_ALIGN_START);
  row.text = ds_text_label_new (text, "ds-present-answer");
  /* The right option is marked by a sign and a frame, never by colour;
   * the sign follows the text (the marker takes the free width). */
  row.marker = gtk_label_new ("✓");
  gtk_widget_set_hexpand (row.marker, TRUE);
  gtk_label_set_xalign (GTK_LABEL (row.marker), 0);
  gtk_widget_set_valign (row.marker, GTK_ALIGN_START);
  gtk_widget_add_css_class (row.marker, "ds-present-marker");
  /* The count of hands sits on the option's line, so the tally costs
   * only a thin bar of height. */
  row.count = gtk_label_new ("0");
  gtk_label_set_xalign (GTK_LABEL (row.count), 1);
  gtk_widget_set_valign (row.count, GTK_ALIGN_START);
  gtk_widget_add_css_class (row.count, "ds-present-count");
  gtk_box_append (GTK_BOX (row.row), row.letter);
  gtk_box_append (GTK_BOX (row.row), row.text);
  gtk_box_append (GTK_BOX (row.row), row.marker);
  gtk_box_append (GTK_BOX (row.row), row.count);

  row.bar_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  row.bar = themed_bar (self, ds_bar_new ());
  gtk_widget_set_hexpand (row.bar, TRUE);
  gtk_box_append (GTK_BOX (row.bar_row), row.bar);

  gtk_box_append (GTK_BOX (outer), row.row);
  gtk_box_append (GTK_BOX (outer), row.bar_row);
  gtk_box_append (GTK_BOX (self->choices_box), outer);
  g_array_append_val (self->choice_rows, row);
}

static char *
corner_text (const DsSlide *slide)
{
  /* A card under no heading of its own has the essay's title as topic. */
  if (g_strcmp0 (slide->heading, slide->essay_title) == 0)
    return g_strdup (slide->essay_title ? slide->essay_title : "");
  if (slide->heading != NULL && *slide->heading && slide->essay_title != NULL)
    /* Translators: source heading and essay title, in a corner of a slide */
    return g_strdup_printf (_("%s · %s"), slide->heading, slide->essay_title);
  if (slide->heading != NULL && *slide->heading)
    return g_strdup (slide->heading);
  return g_strdup (slide->essay_title ? slide->essay_title : "");
}

static void
build_summary (DsPresentationWindow *self)
{
  DsQuizSummary summary;
  g_autofree char *questions = NULL;
  g_auto(GStrv) live = _ds_presentation_live_summary (self);

  ds_quiz_run_get_summary (self->run, &summary);
  gtk_label_set_text (GTK_LABEL (self->question_label), _("Quiz complete"));
  /* Answers from phones: the class live summary instead of the hands. */
  if (live != NULL)
    {
      for (guint i = 0; live[i] != NULL; i++)
        add_item (self, live[i]);
      return;
    }

  questions = g_strdup_printf (ngettext ("%u question", "%u questions", summary.n_questions),
                               summary.n_questions);
  add_item (self, questions);
  if (summary.total_hands == 0)
    {
      add_item (self, _("No hands were counted."));
      return;
    }

  {
    g_autofree char *right = NULL;
    g_autofree char *hardest = NULL;
    guint percent = (guint) (100.0 * summary.correct_hands / summary.total_hands + 0.5);

    /* Translators: "Hands on the right answer: 34 of 50 (68%)" */
    right = g_strdup_printf (_("Hands on the right answer: %u of %u (%u%%)"),
                             summary.correct_hands, summary.total_hands, percent);
    add_item (self, right);
    if (summary.n_tallied < 2)
      return;
    /* Translators: the question the fewest got right: "Hardest: slide 7 (20% right)" */
    hardest = g_strdup_printf (_("Hardest: slide %d (%u%% right)"),
                               summary.hardest_index + 1,
                               (guint) (100.0 * summary.hardest_share + 0.5));
    add_item (self, hardest);
  }
}

static void
build_slide (DsPresentationWindow *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self->run);
  g_autofree char *corner = NULL;
  g_autofree char *counter = NULL;

  _ds_widget_remove_children (self->items_box);
  _ds_widget_remove_children (self->choices_box);
  g_array_set_size (self->item_rows, 0);
  g_array_set_size (self->choice_rows, 0);
  self->built_index = ds_quiz_run_get_index (self->run);

  counter = g_strdup_printf ("%u / %u", self->built_index + 1,
                             ds_quiz_run_get_n_slides (self->run));
  gtk_label_set_text (GTK_LABEL (self->counter_label), counter);

  if (slide == NULL || slide->kind == DS_SLIDE_SUMMARY)
    {
      gtk_label_set_text (GTK_LABEL (self->corner_label), "");
      gtk_label_set_text (GTK_LABEL (self->answer_label), "");
      if (slide != NULL)
        build_summary (self);
      else
        gtk_label_set_text (GTK_LABEL (self->question_label), _("Nothing to present"));
    }
  else
    {
      corner = corner_text (slide);
      /* An open question is for discussion: no letters, no tally. */
      if (slide->discussion)
        {
          g_autofree char *source = g_steal_pointer (&corner);

          /* Translators: the corner of a quiz question without options;
           * %s is where the question comes from */
          corner = g_strdup_printf (_("Discussion question · %s"), source);
        }
      gtk_label_set_text (GTK_LABEL (self->corner_label), corner);
      gtk_label_set_text (GTK_LABEL (self->question_label), slide->question);
      for (guint i = 0; slide->items[i] != NULL; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u.", i + 1);

          add_numbered_item (self, number, slide->items[i]);
        }
      if (slide->note != NULL)
        add_note (self, slide->note);
      for (guint i = 0; slide->choices[i] != NULL && i < DS_QUIZ_MAX_CHOICES; i++)
        add_choice (self, i, slide->choices[i]);
      gtk_label_set_text (GTK_LABEL (self->answer_label), slide->answer ? slide->answer : "");
    }

  gtk_widget_set_visible (self->items_box, self->item_rows->len > 0);
  gtk_widget_set_visible (self->choices_box, self->choice_rows->len > 0);
  gtk_widget_set_visible (self->answer_label,
                          *gtk_label_get_text (GTK_LABEL (self->answer_label)) != '\0');
  _ds_presentation_window_fit (self);
}

/* Showing the state */

/* Hidden parts keep their place (opacity 0), so the slide never jumps
 * while it is revealed and the type fitted for the whole slide holds. */
static void
show (GtkWidget *widget,
      gboolean   shown)
{
  gtk_widget_set_opacity (widget, shown ? 1.0 : 0.0);
}

static void
update_choices (DsPresentationWindow *self,
                const DsSlide        *slide,
                gboolean              revealed)
{
  guint index = ds_quiz_run_get_index (self->run);
  guint total = ds_quiz_run_get_total_hands (self->run, index);
  guint most = 0;

  for (guint i = 0; i < self->choice_rows->len; i++)
    most = MAX (most, ds_quiz_run_get_hands (self->run, index, i));

  for (guint i = 0; i < self->choice_rows->len; i++)
    {
      ChoiceRow *row = &g_array_index (self->choice_rows, ChoiceRow, i);
      guint hands = ds_quiz_run_get_hands (self->run, index, i);
      gboolean correct = revealed && (int) i == slide->correct_choice;
      g_autofree char *count = _ds_presentation_count_text (self, i);

      show (row->marker, correct);
      if (correct)
        gtk_widget_add_css_class (row->row, "ds-present-correct");
      else
        gtk_widget_remove_css_class (row->row, "ds-present-correct");
      gtk_label_set_text (GTK_LABEL (row->count), count);
      ds_bar_set_fraction (DS_BAR (row->bar), most > 0 ? (double) hands / most : 0);
      show (row->bar_row, revealed && total > 0);
      show (row->count, revealed && total > 0);
    }
}

static void
update_reveal (DsPresentationWindow *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self->run);
  gboolean summary = slide == NULL || slide->kind == DS_SLIDE_SUMMARY;
  gboolean revealed = ds_quiz_run_get_answer_revealed (self->run);
  guint shown = ds_quiz_run_get_n_items_shown (self->run);

  /* A note shows with the statement: it is about the source, not an item
   * to be revealed. */
  for (guint i = 0; i < self->item_rows->len; i++)
    show (g_array_index (self->item_rows, ItemRow, i).row,
          summary || i < shown || i >= ds_slide_get_n_items (slide));
  show (self->answer_label, revealed);
  if (slide != NULL)
    update_choices (self, slide, revealed);
}

static void
update_countdown (DsPresentationWindow *self)
{
  DsCountdownState state = ds_quiz_run_get_countdown_state (self->run);
  g_autofree char *text = NULL;

  show (self->countdown_label, state != DS_COUNTDOWN_IDLE);
  show (self->countdown_bar, state != DS_COUNTDOWN_IDLE);
  /* Time up is told by a shape, not a colour: the words inverted. */
  if (state == DS_COUNTDOWN_EXPIRED)
    gtk_widget_add_css_class (self->countdown_label, "ds-present-time-up");
  else
    gtk_widget_remove_css_class (self->countdown_label, "ds-present-time-up");
  ds_bar_set_fraction (DS_BAR (self->countdown_bar), ds_quiz_run_get_countdown_fraction (self->run));
  if (state == DS_COUNTDOWN_EXPIRED)
    text = g_strdup (_("Time is up"));
  else if (state == DS_COUNTDOWN_PAUSED)
    /* Translators: a paused countdown, in seconds */
    text = g_strdup_printf (_("Paused, %u s"),
                            ds_quiz_run_get_countdown_display_seconds (self->run));
  else
    /* Translators: seconds left of the countdown */
    text = g_strdup_printf (_("%u s"), ds_quiz_run_get_countdown_display_seconds (self->run));
  if (g_strcmp0 (text, gtk_label_get_text (GTK_LABEL (self->countdown_label))) != 0)
    gtk_label_set_text (GTK_LABEL (self->countdown_label), text);
}

static void
update_blank (DsPresentationWindow *self)
{
  DsBlank blank = ds_quiz_run_get_blank (self->run);
  const char *digits = ds_quiz_run_get_digits (self->run);

  gtk_widget_set_visible (self->blank_box, blank != DS_BLANK_NONE);
  gtk_widget_remove_css_class (self->blank_box, "black");
  gtk_widget_remove_css_class (self->blank_box, "white");
  if (blank != DS_BLANK_NONE)
    gtk_widget_add_css_class (self->blank_box, blank == DS_BLANK_BLACK ? "black" : "white");

  gtk_widget_set_visible (self->digits_label, *digits != '\0' && blank == DS_BLANK_NONE);
  if (*digits != '\0')
    {
      /* Translators: feedback while a slide number is typed */
      g_autofree char *text = g_strdup_printf (_("Go to slide %s"), digits);

      gtk_label_set_text (GTK_LABEL (self->digits_label), text);
    }
}

/* The running count, in a corner of a single screen */

gboolean
_ds_presentation_window_tally_corner_wanted (DsPresentationWindow *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self->run);

  /* With a presenter view the lecturer sees the count there; with class
   * live the phones count. */
  return self->presenter == NULL && !self->tally_corner_hidden &&
         (self->live == NULL || !ds_quiz_live_is_running (self->live)) &&
         slide != NULL && ds_slide_get_n_choices (slide) > 0;
}

static void
update_tally_corner (DsPresentationWindow *self)
{
  guint index = ds_quiz_run_get_index (self->run);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean wanted = _ds_presentation_window_tally_corner_wanted (self);

  /* Before the reveal only: after it, the bars carry the counts. */
  show (self->tally_corner, wanted && !ds_quiz_run_get_answer_revealed (self->run));
  if (!wanted)
    return;
  for (guint i = 0; i < self->choice_rows->len; i++)
    g_string_append_printf (text, "%s%c %u", i ? " · " : "", 'A' + i,
                            ds_quiz_run_get_hands (self->run, index, i));
  if (g_strcmp0 (text->str, gtk_label_get_text (GTK_LABEL (self->tally_corner))) != 0)
    gtk_label_set_text (GTK_LABEL (self->tally_corner), text->str);
}

void
_ds_presentation_window_toggle_tally_corner (DsPresentationWindow *self)
{
  self->tally_corner_hidden = !self->tally_corner_hidden;
  update_tally_corner (self);
  /* The fit keeps room for the count while it shows. */
  _ds_presentation_window_queue_fit (self);
}

static void
render (DsPresentationWindow *self)
{
  if (self->built_index != (int) ds_quiz_run_get_index (self->run))
    build_slide (self);
  update_reveal (self);
  update_countdown (self);
  update_blank (self);
  update_tally_corner (self);
  _ds_presentation_live_update (self);
}

void
_ds_presentation_window_rebuild (DsPresentationWindow *self)
{
  self->built_index = -1;
  render (self);
}

static void
run_changed_cb (DsQuizRun            *run,
                DsPresentationWindow *self)
{
  render (self);
}

/* Cursor and timer */

void
ds_presentation_window_pointer_moved (DsPresentationWindow *self)
{
  g_return_if_fail (DS_IS_PRESENTATION_WINDOW (self));

  self->last_motion_us = ds_quiz_run_now (self->run);
  if (self->cursor_hidden)
    {
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      self->cursor_hidden = FALSE;
    }
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DsPresentationWindow     *self)
{
  ds_presentation_window_pointer_moved (self);
}

gboolean
ds_presentation_window_get_cursor_hidden (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);
  return self->cursor_hidden;
}

void
ds_presentation_window_tick (DsPresentationWindow *self)
{
  g_return_if_fail (DS_IS_PRESENTATION_WINDOW (self));

  /* An expiry emits "changed" and redraws everything; otherwise only the
   * running countdown moves. */
  if (!ds_quiz_run_tick (self->run) &&
      ds_quiz_run_get_countdown_state (self->run) == DS_COUNTDOWN_RUNNING)
    {
      update_countdown (self);
      g_signal_emit (self, signals[COUNTDOWN_MOVED], 0);
    }

  if (!self->cursor_hidden &&
      ds_quiz_run_now (self->run) - self->last_motion_us >= CURSOR_TIMEOUT_US)
    {
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
      self->cursor_hidden = TRUE;
    }
}

static gboolean
tick_cb (gpointer user_data)
{
  ds_presentation_window_tick (user_data);
  return G_SOURCE_CONTINUE;
}

/* Life cycle */

void
ds_presentation_window_leave (DsPresentationWindow *self)
{
  g_return_if_fail (DS_IS_PRESENTATION_WINDOW (self));

  if (self->leaving)
    return;
  self->leaving = TRUE;

  g_object_ref (self);
  /* The students' connections end with the presentation. */
  ds_presentation_window_stop_live (self);
  if (self->presenter != NULL)
    gtk_window_destroy (g_steal_pointer (&self->presenter));
  gtk_window_destroy (GTK_WINDOW (self));
  /* Back where the lecturer was: the main window, untouched. */
  if (self->parent != NULL)
    gtk_window_present (self->parent);
  g_object_unref (self);
}

static gboolean
close_request_cb (GtkWindow            *window,
                  DsPresentationWindow *self)
{
  ds_presentation_window_leave (self);
  return TRUE;
}

static void
ds_presentation_window_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  DsPresentationWindow *self = DS_PRESENTATION_WINDOW (widget);

  GTK_WIDGET_CLASS (ds_presentation_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Type follows the screen; refitting changes sizes, so it waits until
   * this allocation is done. */
  if (width != self->fit_width || height != self->fit_height)
    _ds_presentation_window_queue_fit (self);
}

static void
ds_presentation_window_map (GtkWidget *widget)
{
  DsPresentationWindow *self = DS_PRESENTATION_WINDOW (widget);

  GTK_WIDGET_CLASS (ds_presentation_window_parent_class)->map (widget);
  self->last_motion_us = ds_quiz_run_now (self->run);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
}

static void
ds_presentation_window_dispose (GObject *object)
{
  DsPresentationWindow *self = (DsPresentationWindow *) object;

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  _ds_presentation_live_dispose (self);
  if (self->presenter != NULL)
    gtk_window_destroy (g_steal_pointer (&self->presenter));
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_func (self->run, run_changed_cb, self);
  g_clear_object (&self->run);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->item_rows, g_array_unref);
  g_clear_pointer (&self->choice_rows, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_PRESENTATION_WINDOW);

  G_OBJECT_CLASS (ds_presentation_window_parent_class)->dispose (object);
}

static void
ds_presentation_window_class_init (DsPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_presentation_window_dispose;

  /* The running countdown moved on without changing the run's state (which
   * "changed" on the run tells): the presenter view shows it too. */
  signals[COUNTDOWN_MOVED] =
    g_signal_new ("countdown-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  widget_class->size_allocate = ds_presentation_window_size_allocate;
  widget_class->map = ds_presentation_window_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, content);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, top_bar);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, corner_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, counter_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, body);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, items_box);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, choices_box);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, answer_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, countdown_bar);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, digits_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, blank_box);
  _ds_presentation_live_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, tally_corner);

  g_type_ensure (DS_TYPE_BAR);
  g_type_ensure (DS_TYPE_PRESENTATION_KEYS);
  _ds_presentation_class_actions_init (widget_class, NULL);
}

static void
ds_presentation_window_init (DsPresentationWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_rows = g_array_new (FALSE, TRUE, sizeof (ItemRow));
  self->choice_rows = g_array_new (FALSE, TRUE, sizeof (ChoiceRow));
  self->built_index = -1;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), self);
}

DsPresentationWindow *
ds_presentation_window_new (DsQuizRun           *run,
                            DsPresentationTheme  theme)
{
  DsPresentationWindow *self;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (run), NULL);

  self = g_object_new (DS_TYPE_PRESENTATION_WINDOW, NULL);
  self->run = g_object_ref (run);
  self->theme = theme;
  ensure_palette_css (gtk_widget_get_display (GTK_WIDGET (self)));
  themed_bar (self, self->countdown_bar);
  gtk_widget_add_css_class (GTK_WIDGET (self),
                            theme == DS_PRESENTATION_THEME_LIGHT ? "light" : "dark");
  g_signal_connect (run, "changed", G_CALLBACK (run_changed_cb), self);
  render (self);
  return self;
}

DsQuizRun *
ds_presentation_window_get_run (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->run;
}

DsPresentationTheme
ds_presentation_window_get_theme (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), DS_PRESENTATION_THEME_DARK);
  return self->theme;
}

GtkWindow *
ds_presentation_window_get_presenter (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->presenter;
}

gboolean
ds_presentation_window_get_font_sizes (DsPresentationWindow *self,
                                       int                  *question_px,
                                       int                  *answer_px)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);

  if (question_px != NULL)
    *question_px = self->fonts.question;
  if (answer_px != NULL)
    *answer_px = self->fonts.answer;
  return self->fit_idle_id == 0 && self->fit_width > 0 &&
         self->fit_width == gtk_widget_get_width (GTK_WIDGET (self)) &&
         self->fit_height == gtk_widget_get_height (GTK_WIDGET (self));
}

void
_ds_presentation_window_set_session (DsPresentationWindow *self,
                                     GtkWindow            *parent,
                                     GtkWindow            *presenter)
{
  g_return_if_fail (DS_IS_PRESENTATION_WINDOW (self));

  g_set_weak_pointer (&self->parent, parent);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  if (presenter != NULL && parent != NULL)
    gtk_window_set_application (presenter, gtk_window_get_application (parent));
  g_assert (self->presenter == NULL || self->presenter == presenter);
  self->presenter = presenter;
}
