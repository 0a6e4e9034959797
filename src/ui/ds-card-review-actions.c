/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsCardReview"

#include "config.h"

#include "ds-card-review-private.h"

/*
 * The review's actions (review.*) and the keys bound to them, one key or
 * two each, as the buttons' tooltips and the shortcuts window say. Part of
 * DsCardReview (see ds-card-review.c).
 */

static void
keep_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  _ds_card_review_keep (DS_CARD_REVIEW (widget));
}

static void
drop_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  _ds_card_review_drop (DS_CARD_REVIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  _ds_card_review_back (DS_CARD_REVIEW (widget));
}

static void
keep_all_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  _ds_card_review_keep_all (DS_CARD_REVIEW (widget));
}

/* The owner has the editor (the Cards page's). */
static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsCard *card = ds_card_review_get_card (DS_CARD_REVIEW (widget));

  if (card != NULL)
    g_signal_emit_by_name (widget, "edit-card", ds_card_get_id (card));
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  g_signal_emit_by_name (widget, "done");
}

/* The window starts the session (win.study-essay): a page never reaches
 * into another. */
static void
study_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  const char *essay_id = ds_card_review_get_essay_id (DS_CARD_REVIEW (widget));

  if (essay_id != NULL)
    gtk_widget_activate_action (widget, "win.study-essay", "s", essay_id);
}

static void
add_key_bindings (GtkWidgetClass *widget_class)
{
  static const struct {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_k, "review.keep" },
    { GDK_KEY_Return, "review.keep" },
    { GDK_KEY_KP_Enter, "review.keep" },
    { GDK_KEY_d, "review.drop" },
    { GDK_KEY_Delete, "review.drop" },
    { GDK_KEY_KP_Delete, "review.drop" },
    { GDK_KEY_e, "review.edit" },
    { GDK_KEY_Left, "review.back" },
    { GDK_KEY_KP_Left, "review.back" },
    { GDK_KEY_BackSpace, "review.back" },
    { GDK_KEY_a, "review.keep-all" },
    { GDK_KEY_Escape, "review.leave" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, 0, keys[i].action, NULL);
}

void
_ds_card_review_class_actions_init (DsCardReviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "review.keep", NULL, keep_action);
  gtk_widget_class_install_action (widget_class, "review.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "review.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "review.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "review.keep-all", NULL, keep_all_action);
  gtk_widget_class_install_action (widget_class, "review.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "review.study", NULL, study_action);
  add_key_bindings (widget_class);
}
