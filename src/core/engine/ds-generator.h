/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card.h"
#include "ds-claims.h"
#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * Claims → cards. Questions are written in the essay's language (Indonesian,
 * or English for English essays), so they are content, not UI strings, and
 * are not translated. A card's id is derived from its essay and its
 * normalised claim ("<essay>:<kind>:<12 hex of SHA-1>"), so regenerating
 * gives the same ids.
 */

/* The cards of one essay; multiple-choice distractors come from the essay's
 * own claims. Element free function: g_object_unref. */
GPtrArray *ds_generator_generate      (DsEssay     *essay);

/* The cards of all essays of a GListModel of DsEssay; distractors are drawn
 * from the claims of all of them. */
GPtrArray *ds_generator_generate_all  (GListModel  *essays);

/* Cards from claims already extracted (each a GPtrArray of DsClaim, one per
 * essay), and the essays they were read from, in the same order, for the
 * cards' source sentences (NULL: the claims' sentences alone). */
GPtrArray *ds_generator_from_claims   (GPtrArray  **claims,
                                       DsEssay    **essays,
                                       guint        n_essays);

/* "<essay_id>:<kind>:<first 12 hex of SHA-1 of the normalised text>"; the
 * text is lower-cased, punctuation stripped, white space collapsed. */
char      *ds_generator_card_id       (const char  *essay_id,
                                       DsCardKind   kind,
                                       const char  *claim_text);

/* The normalisation the ids use. */
char      *ds_generator_normalize     (const char  *text);

/* TRUE when @a and @b share a content word: normalised, three characters
 * or more, no function word ("x (Twitter)" and "Twitter" do; "negosiasi
 * tertutup" and "nota diplomatik" do not). A multiple-choice distractor
 * never shares one with its card's answer or list items. */
gboolean   ds_generator_shares_content_word (const char *a,
                                             const char *b);

G_END_DECLS
