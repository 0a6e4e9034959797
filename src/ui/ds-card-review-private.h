/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-card-review.h"

G_BEGIN_DECLS

/*
 * Shared by ds-card-review.c (the view and its state) and
 * ds-card-review-actions.c (review.* and their keys).
 */

struct _DsCardReview
{
  DsDeckPage      parent_instance;

  char           *essay_id;
  GPtrArray      *cards;           /* DsCard, in deck order */
  GArray         *was_suspended;   /* gboolean per card, before the review */
  guint           position;        /* the card shown; cards->len: finished */

  /* Template children. */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *position_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *meta_label;
  GtkLabel       *question_label;
  GtkLabel       *answer_heading;
  GtkLabel       *answer_label;
  GtkLabel       *source_heading;
  GtkLabel       *source_label;
  GtkWidget      *keep_button;
  AdwStatusPage  *finished_page;
  GtkWidget      *study_button;
  AdwStatusPage  *empty_page;
  GtkWidget      *empty_button;
};

void _ds_card_review_class_actions_init (DsCardReviewClass *klass);

/* ds-card-review.c */
void _ds_card_review_keep     (DsCardReview *self);
void _ds_card_review_drop     (DsCardReview *self);
void _ds_card_review_back     (DsCardReview *self);
void _ds_card_review_keep_all (DsCardReview *self);
void _ds_card_review_show     (DsCardReview *self);

G_END_DECLS
