/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-study-page.h"

G_BEGIN_DECLS

/*
 * Shared by ds-study-page.c (the page: choosing a session, its end),
 * ds-study-page-actions.c (actions and keys) and ds-study-page-card.c (one
 * card: building it, checking the answer, grading).
 */

#define MAX_CHOICES 4

struct _DsStudyPage
{
  DsDeckPage        parent_instance;

  DsStudySession   *session;

  /* The current card and how far its answer got. */
  DsCard           *card;
  DsStudyMode       mode;
  gboolean          revealed;
  DsRating          suggested;
  gboolean          correct;
  GPtrArray        *choice_buttons;
  GPtrArray        *item_entries;
  GtkWidget        *grade_buttons[4];
  GtkWidget        *grade_intervals[4];
  gboolean          choose_dirty;
  guint             reveal_tick_id;

  /* Template children. */
  GtkStack         *stack;
  GtkLabel         *overview_label;
  AdwActionRow     *all_row;
  GtkListBox       *essay_list;
  AdwStatusPage    *empty_page;
  GtkWidget        *empty_back_button;
  GtkWidget        *more_new_button;
  GtkScrolledWindow *card_scroller;
  GtkLabel         *context_label;
  GtkLabel         *remaining_label;
  GtkLabel         *question_label;
  GtkWidget        *warning_box;
  GtkLabel         *warning_label;
  GtkBox           *choice_box;
  GtkEntry         *answer_entry;
  GtkBox           *list_box;
  GtkButton        *reveal_button;
  GtkWidget        *answer_box;
  GtkImage         *verdict_icon;
  GtkLabel         *verdict_label;
  GtkLabel         *answer_label;
  GtkBox           *items_box;
  GtkLabel         *source_label;
  GtkWidget        *source_button;
  GtkBox           *grade_box;
  GtkLabel         *hint_label;
  AdwActionRow     *summary_cards_row;
  AdwActionRow     *summary_correct_row;
  AdwActionRow     *summary_time_row;
  AdwActionRow     *summary_next_row;
  GtkWidget        *summary_done_button;
};

/* ds-study-page.c */
void _ds_study_page_show_choose         (DsStudyPage *self);
void _ds_study_page_show_finished       (DsStudyPage *self);
void _ds_study_page_study_more_new      (DsStudyPage *self);

/* ds-study-page-actions.c */
void _ds_study_page_class_actions_init  (DsStudyPageClass *klass);
void _ds_study_page_actions_init        (DsStudyPage      *self);

/* ds-study-page-card.c */
void _ds_study_page_build_grade_buttons (DsStudyPage *self);
void _ds_study_page_show_current        (DsStudyPage *self);
void _ds_study_page_reveal              (DsStudyPage *self);
void _ds_study_page_pick_choice         (DsStudyPage *self,
                                         int          index);
void _ds_study_page_grade               (DsStudyPage *self,
                                         DsRating     rating);

G_END_DECLS
