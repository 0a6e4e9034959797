/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "ds-live-panel.h"
#include "ds-bar.h"
#include "ds-presentation-keys.h"
#include "ds-presentation-window-private.h"
#include "ds-presenter-window.h"
#include "ds-widgets-private.h"

struct _DsPresenterWindow
{
  GtkWindow             parent_instance;

  GtkWidget            *slide_label;
  GtkWidget            *state_label;
  GtkWidget            *timer_label;
  GtkWidget            *timer_bar;
  GtkWidget            *current_label;
  GtkWidget            *reveal_label;
  GtkWidget            *answer_label;
  GtkWidget            *tally_grid;
  GtkWidget            *tally_label;
  GtkWidget            *next_label;
  GtkWidget            *next_button;
  GtkWidget            *live_bin;

  DsPresentationWindow *audience;   /* weak: it owns us */
};

G_DEFINE_FINAL_TYPE (DsPresenterWindow, ds_presenter_window, GTK_TYPE_WINDOW)

static DsQuizRun *
get_run (DsPresenterWindow *self)
{
  return self->audience ? ds_presentation_window_get_run (self->audience) : NULL;
}

static char *
slide_title (const DsSlide *slide)
{
  if (slide == NULL)
    return g_strdup (_("End of the presentation"));
  if (slide->kind == DS_SLIDE_SUMMARY)
    return g_strdup (_("Quiz summary"));
  if (slide->discussion)
    /* Translators: a quiz question without options, asked for discussion */
    return g_strdup_printf (_("Discussion: %s"), slide->question);
  return g_strdup (slide->question);
}

/* The next slide as the class will first see it: its question and its
 * options, so the lecturer can lead into it. */
static char *
next_text (const DsSlide *slide)
{
  GString *text = g_string_new (NULL);
  g_autofree char *title = slide_title (slide);

  g_string_append (text, title);
  for (guint i = 0; slide != NULL && slide->choices[i] != NULL; i++)
    g_string_append_printf (text, "\n%c. %s", 'A' + i, slide->choices[i]);
  return g_string_free (text, FALSE);
}

/* Everything the class will see once revealed, so the presenter knows the
 * answer before revealing it. */
static char *
answer_text (const DsSlide *slide)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; slide->items[i] != NULL; i++)
    g_string_append_printf (text, "%s%u. %s", i ? "\n" : "", i + 1, slide->items[i]);
  for (guint i = 0; slide->choices[i] != NULL; i++)
    {
      g_string_append_printf (text, "%s%c. %s", i ? "\n" : "", 'A' + i, slide->choices[i]);
      if ((int) i == slide->correct_choice)
        /* Translators: marks the right option in the presenter view */
        g_string_append (text, _("  ✓ right answer"));
    }
  if (slide->answer != NULL && *slide->answer)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", slide->answer);
  return g_string_free (text, FALSE);
}

static char *
reveal_text (DsQuizRun     *run,
             const DsSlide *slide)
{
  guint n_items = ds_slide_get_n_items (slide);

  if (slide->kind == DS_SLIDE_CLAIM && n_items > 0)
    return g_strdup_printf (_("Items shown: %u of %u"),
                            ds_quiz_run_get_n_items_shown (run), n_items);
  if (ds_quiz_run_get_answer_revealed (run))
    return g_strdup (_("Answer shown"));
  return g_strdup (_("Answer hidden (next reveals it)"));
}

/* The tally's rows: letter, bar, count; rebuilt when the number of
 * options changes, updated in place otherwise. */
static void
ensure_tally_rows (DsPresenterWindow *self,
                   guint              n)
{
  GtkGrid *grid = GTK_GRID (self->tally_grid);
  guint rows = 0;

  while (gtk_grid_get_child_at (grid, 0, rows) != NULL)
    rows++;
  for (; rows > n; rows--)
    gtk_grid_remove_row (grid, rows - 1);
  for (; rows < n; rows++)
    {
      char letter[2] = { 'A' + rows, '\0' };
      GtkWidget *bar = ds_bar_new ();
      GtkWidget *count = gtk_label_new ("0");
      GdkRGBA accent;

      /* Adwaita's blue reads on the light and the dark style alike. */
      gdk_rgba_parse (&accent, "#3584e4");
      ds_bar_set_color (DS_BAR (bar), &accent);

      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (bar, -1, 18);
      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_label_set_width_chars (GTK_LABEL (count), 3);
      gtk_grid_attach (grid, gtk_label_new (letter), 0, rows, 1, 1);
      gtk_grid_attach (grid, bar, 1, rows, 1, 1);
      gtk_grid_attach (grid, count, 2, rows, 1, 1);
    }
}

static void
update_tally_rows (DsPresenterWindow *self,
                   DsQuizRun         *run,
                   guint              n)
{
  guint index = ds_quiz_run_get_index (run);
  guint most = 0;

  ensure_tally_rows (self, n);
  for (guint i = 0; i < n; i++)
    most = MAX (most, ds_quiz_run_get_hands (run, index, i));
  for (guint i = 0; i < n; i++)
    {
      GtkGrid *grid = GTK_GRID (self->tally_grid);
      guint hands = ds_quiz_run_get_hands (run, index, i);
      g_autofree char *count = g_strdup_printf ("%u", hands);

      ds_bar_set_fraction (DS_BAR (gtk_grid_get_child_at (grid, 1, i)),
                           most > 0 ? (double) hands / most : 0);
      gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 2, i)), count);
    }
  gtk_widget_set_visible (self->tally_grid, n > 0);
}

/* The hands counted on the slide; the bars above give them per option. */
static char *
tally_text (DsQuizRun     *run,
            const DsSlide *slide)
{
  guint total = ds_quiz_run_get_total_hands (run, ds_quiz_run_get_index (run));

  return g_strdup_printf (ngettext ("%u hand", "%u hands", total), total);
}

static char *
timer_text (DsQuizRun *run)
{
  switch (ds_quiz_run_get_countdown_state (run))
    {
    case DS_COUNTDOWN_EXPIRED:
      return g_strdup (_("Time is up"));
    case DS_COUNTDOWN_PAUSED:
      return g_strdup_printf (_("Paused, %u s"), ds_quiz_run_get_countdown_display_seconds (run));
    case DS_COUNTDOWN_RUNNING:
      return g_strdup_printf (_("%u s"), ds_quiz_run_get_countdown_display_seconds (run));
    case DS_COUNTDOWN_IDLE:
    default:
      /* Translators: the countdown before it is started with T */
      return g_strdup_printf (_("Timer %u s (T)"), ds_quiz_run_get_countdown_seconds (run));
    }
}

static char *
state_text (DsQuizRun *run)
{
  const char *digits = ds_quiz_run_get_digits (run);

  if (*digits != '\0')
    return g_strdup_printf (_("Go to slide %s"), digits);
  switch (ds_quiz_run_get_blank (run))
    {
    case DS_BLANK_BLACK:
      return g_strdup (_("Screen is black"));
    case DS_BLANK_WHITE:
      return g_strdup (_("Screen is white"));
    case DS_BLANK_NONE:
    default:
      return g_strdup ("");
    }
}

static void
set_text (GtkWidget *label,
          char      *text)
{
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, *text != '\0');
  g_free (text);
}

void
ds_presenter_window_update (DsPresenterWindow *self)
{
  DsQuizRun *run;
  const DsSlide *slide;

  g_return_if_fail (DS_IS_PRESENTER_WINDOW (self));

  run = get_run (self);
  if (run == NULL)
    return;
  slide = ds_quiz_run_get_current (run);

  set_text (self->slide_label,
            g_strdup_printf (_("Slide %u of %u"), ds_quiz_run_get_index (run) + 1,
                             ds_quiz_run_get_n_slides (run)));
  set_text (self->state_label, state_text (run));
  set_text (self->timer_label, timer_text (run));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->timer_bar),
                           ds_quiz_run_get_countdown_fraction (run));
  set_text (self->current_label, slide_title (slide));
  set_text (self->next_label, next_text (ds_quiz_run_get_next_slide (run)));

  if (slide == NULL || slide->kind == DS_SLIDE_SUMMARY)
    {
      set_text (self->reveal_label, g_strdup (""));
      set_text (self->answer_label, g_strdup (""));
      set_text (self->tally_label, g_strdup (""));
      update_tally_rows (self, run, 0);
      return;
    }
  set_text (self->reveal_label, reveal_text (run, slide));
  set_text (self->answer_label, answer_text (slide));
  set_text (self->tally_label,
            ds_slide_get_n_choices (slide) > 0 ? tally_text (run, slide) : g_strdup (""));
  update_tally_rows (self, run, ds_slide_get_n_choices (slide));
}

/* Every present.* action works on the audience view: this view drives it. */
static void
hand_on_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  DsPresenterWindow *self = DS_PRESENTER_WINDOW (widget);

  if (self->audience != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self->audience), name, param);
}

/* On a large laptop screen the type grows with it, so that the view is
 * filled and read from a step away. */
static void
ds_presenter_window_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  if (height >= 950 && width >= 1600)
    gtk_widget_add_css_class (widget, "ds-presenter-large");
  else
    gtk_widget_remove_css_class (widget, "ds-presenter-large");
  GTK_WIDGET_CLASS (ds_presenter_window_parent_class)->size_allocate (widget, width, height, baseline);
}

static gboolean
close_request_cb (GtkWindow         *window,
                  DsPresenterWindow *self)
{
  /* Closing the controls ends the whole presentation. */
  if (self->audience != NULL)
    {
      ds_presentation_window_leave (self->audience);
      return TRUE;
    }
  return FALSE;
}

static void
ds_presenter_window_dispose (GObject *object)
{
  DsPresenterWindow *self = (DsPresenterWindow *) object;

  g_clear_weak_pointer (&self->audience);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_PRESENTER_WINDOW);

  G_OBJECT_CLASS (ds_presenter_window_parent_class)->dispose (object);
}

static void
ds_presenter_window_class_init (DsPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_presenter_window_dispose;
  widget_class->size_allocate = ds_presenter_window_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, slide_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, state_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, timer_bar);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, current_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, reveal_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, answer_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, tally_grid);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, tally_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, next_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, DsPresenterWindow, live_bin);

  g_type_ensure (DS_TYPE_PRESENTATION_KEYS);
  g_type_ensure (DS_TYPE_BAR);
  _ds_presentation_class_actions_init (widget_class, hand_on_action);
}

static void
ds_presenter_window_init (DsPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _ds_widget_fix_mnemonic_names (GTK_WIDGET (self));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), self);
}

DsPresentationWindow *
ds_presenter_window_get_audience (DsPresenterWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTER_WINDOW (self), NULL);

  return self->audience;
}

DsPresenterWindow *
ds_presenter_window_new (DsPresentationWindow *audience)
{
  DsPresenterWindow *self;

  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (audience), NULL);

  self = g_object_new (DS_TYPE_PRESENTER_WINDOW, NULL);
  g_set_weak_pointer (&self->audience, audience);
  g_signal_connect_object (ds_presentation_window_get_run (audience), "changed",
                           G_CALLBACK (ds_presenter_window_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (audience, "countdown-moved",
                           G_CALLBACK (ds_presenter_window_update), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self->live_bin), ds_live_panel_new (audience));
  ds_presenter_window_update (self);
  return self;
}
