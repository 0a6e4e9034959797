/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The present.* actions of the audience view; the presenter view installs
 * the same names and hands them on. The keys are bindings to them
 * (ds-presentation-keys.c). Part of DsPresentationWindow (see
 * ds-presentation-window.c). */
#define G_LOG_DOMAIN "DsPresentationWindow"

#include "config.h"

#include "ds-presentation-window-private.h"

static DsQuizRun *
run_of (GtkWidget *widget)
{
  return DS_PRESENTATION_WINDOW (widget)->run;
}

/* Moves through the run: present.next, back, enter, first, last. */
static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsQuizRun *run = run_of (widget);

  /* Over the join screen, a move only brings the slide back, as over a
   * blanked screen. */
  if (_ds_presentation_live_hide_join (DS_PRESENTATION_WINDOW (widget)))
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
  ds_quiz_run_push_digit (run_of (widget), g_variant_get_uint32 (param));
}

static void
blank_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  ds_quiz_run_toggle_blank (run_of (widget), g_str_equal (name, "present.black") ? DS_BLANK_BLACK
                                                                                 : DS_BLANK_WHITE);
}

static void
timer_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  ds_quiz_run_toggle_countdown (run_of (widget));
}

/* present.count(u) and present.uncount(u): a hand for option 0–3, or one
 * taken back. */
static void
tally_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  ds_quiz_run_add_hand (run_of (widget), g_variant_get_uint32 (param),
                        g_str_equal (name, "present.count") ? 1 : -1);
}

/* present.hands(u): the number typed is the option's count. */
static void
hands_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  ds_quiz_run_enter_hands (run_of (widget), g_variant_get_uint32 (param));
}

/* present.tally-corner: shows or hides the single screen's running count. */
static void
tally_corner_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  _ds_presentation_window_toggle_tally_corner (DS_PRESENTATION_WINDOW (widget));
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  /* Closing leaves the presentation (see close_request_cb()). */
  gtk_window_close (GTK_WINDOW (widget));
}

/* Every present.* action: its name, its parameter type and what it does on
 * the audience view. */
static const struct {
  const char                  *name;
  const char                  *parameter_type;
  GtkWidgetActionActivateFunc  activate;
} actions[] = {
  { "present.next", NULL, move_action },
  { "present.back", NULL, move_action },
  { "present.enter", NULL, move_action },
  { "present.first", NULL, move_action },
  { "present.last", NULL, move_action },
  { "present.digit", "u", digit_action },
  { "present.black", NULL, blank_action },
  { "present.white", NULL, blank_action },
  { "present.timer", NULL, timer_action },
  { "present.count", "u", tally_action },
  { "present.uncount", "u", tally_action },
  { "present.hands", "u", hands_action },
  { "present.tally-corner", NULL, tally_corner_action },
  { "present.leave", NULL, leave_action },
  { "present.live", NULL, _ds_presentation_live_action },
  { "present.live-stop", NULL, _ds_presentation_live_action },
  { "present.live-export", NULL, _ds_presentation_live_action },
};

void
_ds_presentation_class_actions_init (GtkWidgetClass              *widget_class,
                                     GtkWidgetActionActivateFunc  hand_on)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter_type,
                                     hand_on ? hand_on : actions[i].activate);
}
