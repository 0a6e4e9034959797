/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Shared by the parts of card generation: ds-generator.c words the cards,
 * ds-generator-distractors.c keeps the pools of other claims' texts and
 * picks wrong answers of the same type from them, ds-generator-numbers.c
 * writes wrong figures when the pools have too few. Not part of the core's
 * API.
 */

#include "ds-claims.h"
#include "ds-generator.h"
#include "ds-words.h"

G_BEGIN_DECLS

/* A multiple-choice card has four options: the answer and three wrong. */
#define N_DISTRACTORS 3

/* What kind of thing an answer is: a wrong answer is of the same kind, or
 * it gives the right one away ("2015" among percentages). */
typedef enum {
  DS_ANSWER_TEXT,      /* words: a term, a phrase, a definition */
  DS_ANSWER_NAME,      /* capitalised words, an acronym, an @account */
  DS_ANSWER_PERCENT,   /* "46%", "2,4 persen" */
  DS_ANSWER_MONEY,     /* "Rp1,2 triliun", "USD 3.5 billion" */
  DS_ANSWER_COUNT,     /* a figure with a scale or what it counts */
  DS_ANSWER_NUMBER,    /* a bare figure */
  DS_ANSWER_YEAR,      /* "2015" */
  DS_ANSWER_DATE,      /* "8 Agustus 1967" */
  DS_ANSWER_LAW,       /* "UU Nomor 27 Tahun 2022" */
  DS_ANSWER_N_TYPES,
} DsAnswerType;

typedef struct _DsPools DsPools;

DsPools      *ds_pools_new                 (void);
void          ds_pools_free                (DsPools             *pools);
/* The stems the pools keep for their run, for its other comparisons. */
DsWordsCache *ds_pools_get_stems           (DsPools             *pools);
/* Adds the texts of @claims (one essay's) to the pools. */
void          ds_pools_fill                (DsPools             *pools,
                                            GPtrArray           *claims);

typedef enum {
  DS_POOL_ITEMS,        /* list items */
  DS_POOL_DEFINITIONS,  /* definition bodies */
  DS_POOL_FACTS,        /* facts' answers */
  DS_POOL_TERMS,        /* defined terms, for another term's definition */
  DS_POOL_NAMES,        /* names of bodies, laws, office holders in the
                         * sentences of the essay's claims, gathered when
                         * first asked */
} DsPoolKind;

/*
 * Picks up to @max texts from the pool of @kind that can stand as wrong
 * answers beside @answer: of its type and about its length, never from
 * @claim itself, from its sentence, from a claim about the same thing, nor
 * equal to or sharing a content word with anything in @avoid (the answer,
 * a list's items). @same_essay keeps to @claim's essay. Definitions always
 * keep to it, and with @same_essay only one of the same kind of thing is
 * picked (a true/false swap); else any whose term neither holds nor
 * stands within @claim's (a choice). The probes start at
 * a hash of @seed, so the choice is stable. Returns how many were picked.
 */
guint         ds_pools_pick                (DsPools             *pools,
                                            DsPoolKind           kind,
                                            const DsClaim       *claim,
                                            const char          *answer,
                                            const char          *seed,
                                            const char * const  *avoid,
                                            guint                n_avoid,
                                            gboolean             same_essay,
                                            guint                max,
                                            const char         **out);

/* The claim in @claim's essay whose text in the pool of @kind is @text (a
 * pointer ds_pools_pick() gave), or NULL. */
const DsClaim *ds_pools_owner              (DsPools             *pools,
                                            DsPoolKind           kind,
                                            const DsClaim       *claim,
                                            const char          *text);

DsAnswerType  ds_answer_type               (const DsClaim       *claim,
                                            const char          *text);
gboolean      ds_answer_type_is_figure     (DsAnswerType         type);
/* Whether @text is a name of a kind its head word tells (a body, a law or
 * treaty, an office holder) or an @account: such a name a fact asks may
 * stand among the essay's others of its kind. */
gboolean      ds_answer_name_known         (const DsClaim       *claim,
                                            const char          *text);

/* ds-generator-numbers.c: up to @max figures that differ from @answer
 * (written as it is written), for a figure whose pool is too small; none
 * past the period it is counted in ("24 jam sehari": no "48 jam
 * sehari"), which may follow the blank in @after (NULL for a question).
 * Free each with g_free. */
guint         ds_generator_figure_variants (const char          *answer,
                                            const char          *after,
                                            DsAnswerType         type,
                                            const char          *seed,
                                            guint                max,
                                            char               **out);

/* ds-generator-numbers.c: the figures of @text in order, up to @max:
 * each one's value and its digits after the decimal mark ("90,2" → 90.2,
 * 1; "18.650" → 18650, 0) and, unless @ends is NULL, the byte each
 * ends at. Returns how many. */
guint         ds_generator_read_figures    (const char          *text,
                                            guint                max,
                                            double              *values,
                                            guint               *decimals,
                                            gsize               *ends);

/* ds-generator-numbers.c: up to @max dates that differ from @answer (a
 * date with a month's name, in @lang) in the month only, the day and the
 * year kept ("Februari 2024" → "Mei 2024"); 0 when it names no month.
 * Free each with g_free. */
guint         ds_generator_month_variants  (const char          *answer,
                                            const DsLang        *lang,
                                            const char          *seed,
                                            guint                max,
                                            char               **out);

/* Whether @text, a definition's body in @english or Indonesian, is a
 * noun phrase whose class the rest narrows ("lembaga yang menilai …", "a
 * genuine photo given a new caption"): not a step (a verb first, "cari
 * liputan …", "open other outlets' coverage …"), nor an example
 * ("contoh …", "for example …"), nor one word. Only such a body stands as
 * a wrong definition of another term, or is asked among them. */
gboolean      ds_generator_noun_phrase_body (const char         *text,
                                             gboolean            english);

/* ds-lexicon.c: whether an Indonesian word, folded to lower-case ASCII,
 * looks like a verb by its affixes. */
gboolean      _ds_lexicon_looks_like_verb_id (const char        *w);

/* An answer that says nothing: empty, or a lone function word. */
gboolean      ds_generator_is_empty_normalized (const char       *norm);

G_END_DECLS
