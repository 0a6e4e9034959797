/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The keys of presentation mode, shared by the audience and the presenter
 * view. Part of DsPresentationWindow (see ds-presentation-window.c). */
#include "config.h"

#include "ds-presentation-window.h"

static gboolean
is_key (guint        keyval,
        const guint *keys,
        gsize        n_keys)
{
  for (gsize i = 0; i < n_keys; i++)
    if (keys[i] == keyval)
      return TRUE;
  return FALSE;
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
handle_tally_key (DsQuizRun            *run,
                  guint                 keyval,
                  GdkModifierType       state,
                  gboolean              from_presenter)
{
  guint lower = gdk_keyval_to_lower (keyval);
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (lower < GDK_KEY_a || lower > GDK_KEY_d)
    return FALSE;
  /* On the audience view plain B blanks, so counting needs Shift there. */
  if (!from_presenter && !shift)
    return FALSE;
  ds_quiz_run_add_hand (run, lower - GDK_KEY_a,
                        from_presenter && shift ? -1 : 1);
  return TRUE;
}

gboolean
ds_presentation_window_handle_key (DsPresentationWindow *self,
                                   guint                 keyval,
                                   GdkModifierType       state,
                                   gboolean              from_presenter)
{
  static const guint next_keys[] = {
    GDK_KEY_space, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down,
    GDK_KEY_KP_Right, GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down, GDK_KEY_KP_Space,
  };
  static const guint back_keys[] = {
    GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
    GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up,
  };
  guint lower = gdk_keyval_to_lower (keyval);
  int digit = digit_of (keyval);
  DsQuizRun *run;

  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);
  run = ds_presentation_window_get_run (self);

  /* Shortcuts with Ctrl or Alt belong to the application. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (keyval == GDK_KEY_Escape)
    ds_presentation_window_leave (self);
  else if (is_key (keyval, next_keys, G_N_ELEMENTS (next_keys)))
    ds_quiz_run_next (run);
  else if (is_key (keyval, back_keys, G_N_ELEMENTS (back_keys)))
    ds_quiz_run_back (run);
  else if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    ds_quiz_run_enter (run);
  else if (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home)
    ds_quiz_run_first (run);
  else if (keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End)
    ds_quiz_run_last (run);
  else if (digit >= 0)
    ds_quiz_run_push_digit (run, digit);
  else if (handle_tally_key (run, keyval, state, from_presenter))
    ;
  else if (lower == GDK_KEY_b || keyval == GDK_KEY_period || keyval == GDK_KEY_KP_Decimal)
    ds_quiz_run_toggle_blank (run, DS_BLANK_BLACK);
  else if (lower == GDK_KEY_w || keyval == GDK_KEY_comma)
    ds_quiz_run_toggle_blank (run, DS_BLANK_WHITE);
  else if (lower == GDK_KEY_t)
    ds_quiz_run_toggle_countdown (run);
  else
    return FALSE;

  return TRUE;
}
