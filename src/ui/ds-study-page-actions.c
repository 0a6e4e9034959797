/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStudyPage"

#include "config.h"

#include "ds-study-page-private.h"

/*
 * The Study page's actions (study.*) and the keys bound to them. Part of
 * DsStudyPage (see ds-study-page.c).
 */

static void
start_all_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  ds_study_page_start (DS_STUDY_PAGE (widget), NULL);
}

/* study.start((msms)): the essay, and the topic or nothing. */
static void
start_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  const char *essay_id = NULL;
  const char *topic = NULL;
  g_autoptr(DsCardScope) scope = NULL;

  g_variant_get (param, "(m&sm&s)", &essay_id, &topic);
  scope = ds_card_scope_new (essay_id, topic);
  ds_study_page_start (DS_STUDY_PAGE (widget), scope);
}

static void
reveal_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->revealed)
    _ds_study_page_grade (self, self->suggested);
  else
    _ds_study_page_reveal (self);
}

static void
grade_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  int rating = g_variant_get_int32 (param);

  if (rating >= DS_RATING_AGAIN && rating <= DS_RATING_EASY)
    _ds_study_page_grade (self, rating);
}

static void
pick_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  _ds_study_page_pick_choice (DS_STUDY_PAGE (widget), g_variant_get_int32 (param));
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->session == NULL || !ds_study_session_undo (self->session))
    return;
  _ds_study_page_show_current (self);
}

/* The window shows the sentence (win.show-card-source), when the page is
 * in one, with a way back to the card. */
static void
show_source_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->card == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-card-source", "(suu)",
                              ds_card_get_essay_id (self->card),
                              ds_card_get_source_start (self->card),
                              ds_card_get_source_end (self->card));
}

static void
more_new_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  _ds_study_page_study_more_new (DS_STUDY_PAGE (widget));
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  _ds_study_page_show_choose (DS_STUDY_PAGE (widget));
}

/* Keys: digits grade once the answer shows and pick before; letters pick. */
static gboolean
digit_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);
  int n = g_variant_get_int32 (args);

  if (self->card == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "card") != 0)
    return FALSE;
  if (self->revealed)
    _ds_study_page_grade (self, n);
  else if (self->mode == DS_STUDY_MODE_CHOICE)
    _ds_study_page_pick_choice (self, n - 1);
  else
    return FALSE;
  return TRUE;
}

static gboolean
letter_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->card == NULL || self->revealed || self->mode != DS_STUDY_MODE_CHOICE)
    return FALSE;
  _ds_study_page_pick_choice (self, g_variant_get_int32 (args));
  return TRUE;
}

static gboolean
reveal_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  DsStudyPage *self = DS_STUDY_PAGE (widget);

  if (self->card == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "card") != 0)
    return FALSE;
  reveal_action (widget, NULL, NULL);
  return TRUE;
}

static void
add_key_bindings (GtkWidgetClass *widget_class)
{
  static const guint digits[] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4 };
  static const guint keypad[] = { GDK_KEY_KP_1, GDK_KEY_KP_2, GDK_KEY_KP_3, GDK_KEY_KP_4 };
  static const guint letters[] = { GDK_KEY_a, GDK_KEY_b, GDK_KEY_c, GDK_KEY_d };

  for (int i = 0; i < 4; i++)
    {
      gtk_widget_class_add_binding (widget_class, digits[i], 0, digit_cb, "i", i + 1);
      gtk_widget_class_add_binding (widget_class, keypad[i], 0, digit_cb, "i", i + 1);
      gtk_widget_class_add_binding (widget_class, letters[i], 0, letter_cb, "i", i);
    }
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, reveal_key_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "study.leave", NULL);
}

/* Ctrl+Z takes the last answer back wherever the focus is: in the capture
 * phase, before an answer's entry would take it as its own undo. */
void
_ds_study_page_actions_init (DsStudyPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("study.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_ds_study_page_class_actions_init (DsStudyPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "study.start-all", NULL, start_all_action);
  gtk_widget_class_install_action (widget_class, "study.start", "(msms)", start_action);
  gtk_widget_class_install_action (widget_class, "study.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "study.grade", "i", grade_action);
  gtk_widget_class_install_action (widget_class, "study.pick", "i", pick_action);
  gtk_widget_class_install_action (widget_class, "study.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "study.show-source", NULL, show_source_action);
  gtk_widget_class_install_action (widget_class, "study.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "study.more-new", NULL, more_new_action);
  add_key_bindings (widget_class);
}
