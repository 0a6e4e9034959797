/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The present.* actions, the same on the audience view and the presenter
 * view; the keys are bindings to them (ds-presentation-keys.c). Part of
 * DsPresentationWindow (see ds-presentation-window.c). */
#define G_LOG_DOMAIN "DsPresentationWindow"

#include "config.h"

#include "ds-presentation-window-private.h"
#include "ds-presenter-window.h"

/* The audience view: @widget itself, or the one the presenter view drives
 * (NULL once it is gone). */
static DsPresentationWindow *
audience_of (GtkWidget *widget)
{
  if (DS_IS_PRESENTER_WINDOW (widget))
    return ds_presenter_window_get_audience (DS_PRESENTER_WINDOW (widget));
  return DS_PRESENTATION_WINDOW (widget);
}

static DsQuizRun *
run_of (GtkWidget *widget)
{
  DsPresentationWindow *audience = audience_of (widget);

  return audience ? ds_presentation_window_get_run (audience) : NULL;
}

/* Moves through the run: present.next, back, enter, first, last. */
static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  if (run == NULL)
    return;
  if (g_str_equal (name, "present.next"))
    ds_quiz_run_next (run);
  else if (g_str_equal (name, "present.back"))
    ds_quiz_run_back (run);
  else if (g_str_equal (name, "present.enter"))
    ds_quiz_run_enter (run);
  else if (g_str_equal (name, "present.first"))
    ds_quiz_run_first (run);
  else
    ds_quiz_run_last (run);
}

static void
digit_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  if (run != NULL)
    ds_quiz_run_push_digit (run, g_variant_get_uint32 (param));
}

static void
blank_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  if (run != NULL)
    ds_quiz_run_toggle_blank (run, g_str_equal (name, "present.black") ? DS_BLANK_BLACK
                                                                       : DS_BLANK_WHITE);
}

static void
timer_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  if (run != NULL)
    ds_quiz_run_toggle_countdown (run);
}

/* present.count(u) and present.uncount(u): a hand for option 0–3, or one
 * taken back. */
static void
tally_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  if (run != NULL)
    ds_quiz_run_add_hand (run, g_variant_get_uint32 (param),
                          g_str_equal (name, "present.count") ? 1 : -1);
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsPresentationWindow *audience = audience_of (widget);

  if (audience != NULL)
    ds_presentation_window_leave (audience);
}

void
_ds_presentation_class_actions_init (GtkWidgetClass *widget_class)
{
  static const char * const moves[] = {
    "present.next", "present.back", "present.enter", "present.first", "present.last",
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_install_action (widget_class, moves[i], NULL, move_action);
  gtk_widget_class_install_action (widget_class, "present.digit", "u", digit_action);
  gtk_widget_class_install_action (widget_class, "present.black", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "present.white", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "present.timer", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "present.count", "u", tally_action);
  gtk_widget_class_install_action (widget_class, "present.uncount", "u", tally_action);
  gtk_widget_class_install_action (widget_class, "present.leave", NULL, leave_action);
}
