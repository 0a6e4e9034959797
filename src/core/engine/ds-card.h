/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A study card generated from a claim of an essay. Immutable once built by
 * the generator, except for the question and answer text, which a learner
 * may edit (edits are stored by DsProgress and re-applied on regeneration).
 */

typedef enum {
  DS_CARD_LIST,             /* recall all items; count shown */
  DS_CARD_DEFINITION,       /* "Apa yang dimaksud dengan X?" */
  DS_CARD_FACT,             /* a fact, self-graded or typed */
  DS_CARD_CLOZE,            /* a key term or number blanked: "____" */
  DS_CARD_TRUE_FALSE,       /* choices are true/false, correct_choice 0 or 1 */
  DS_CARD_MULTIPLE_CHOICE,  /* choices, correct_choice the right one */
} DsCardKind;

#define DS_CARD_BLANK "_____"

#define DS_TYPE_CARD (ds_card_get_type ())
G_DECLARE_FINAL_TYPE (DsCard, ds_card, DS, CARD, GObject)

DsCard             *ds_card_new                (const char  *id,
                                                const char  *essay_id,
                                                DsCardKind   kind,
                                                const char  *question,
                                                const char  *answer);
const char         *ds_card_get_id             (DsCard      *self);
const char         *ds_card_get_essay_id       (DsCard      *self);
DsCardKind          ds_card_get_kind           (DsCard      *self);
const char         *ds_card_get_question       (DsCard      *self);
void                ds_card_set_question       (DsCard      *self,
                                                const char  *question);
const char         *ds_card_get_answer         (DsCard      *self);
void                ds_card_set_answer         (DsCard      *self,
                                                const char  *answer);
/* List items in source order (NULL-terminated; empty for other kinds). */
const char * const *ds_card_get_items          (DsCard      *self);
void                ds_card_set_items          (DsCard      *self,
                                                const char * const *items);
/* The count the source states ("tiga" → 3), or 0 when it states none. */
guint               ds_card_get_expected_count (DsCard      *self);
void                ds_card_set_expected_count (DsCard      *self,
                                                guint        count);
/* Choices for multiple choice and true/false cards. */
const char * const *ds_card_get_choices        (DsCard      *self);
int                 ds_card_get_correct_choice (DsCard      *self);
void                ds_card_set_choices        (DsCard      *self,
                                                const char * const *choices,
                                                int          correct_choice);
/* The source sentence: its character span in the essay's cleaned text,
 * and its text as plain text, without the Markdown inline marks the span
 * counts ("**", "_", "`": ds_text_dup_plain()). */
guint               ds_card_get_source_start   (DsCard      *self);
guint               ds_card_get_source_end     (DsCard      *self);
const char         *ds_card_get_source_text    (DsCard      *self);
void                ds_card_set_source         (DsCard      *self,
                                                guint        start,
                                                guint        end,
                                                const char  *text);
/* What the card is about, e.g. the heading it stands under; may be NULL. */
const char         *ds_card_get_topic          (DsCard      *self);
void                ds_card_set_topic          (DsCard      *self,
                                                const char  *topic);
/* What the card could not do, e.g. an item missing from the source. */
const char * const *ds_card_get_warnings       (DsCard      *self);
void                ds_card_add_warning        (DsCard      *self,
                                                const char  *warning);

const char         *ds_card_kind_to_string     (DsCardKind   kind);
gboolean            ds_card_kind_from_string   (const char  *str,
                                                DsCardKind  *kind);

G_END_DECLS
