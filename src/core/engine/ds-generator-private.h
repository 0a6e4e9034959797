/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Shared by the two halves of card generation: ds-generator.c words the
 * cards, ds-generator-distractors.c picks their wrong answers. Not part of
 * the core's API.
 */

#include "ds-claims.h"
#include "ds-generator.h"

G_BEGIN_DECLS

#define N_DISTRACTORS 3

/* Distractor pools of one language, one per kind of answer. */
typedef struct {
  GArray     *items;       /* PoolEntry: list items */
  GArray     *examples;    /* PoolEntry: items of "seperti" lists, names */
  GArray     *definitions; /* PoolEntry: definition bodies */
  GArray     *numbers;     /* PoolEntry: fact keys that are numbers */
  GArray     *names;       /* PoolEntry: other fact keys */
} DsGeneratorPools;

void     ds_generator_pools_init          (DsGeneratorPools    *pools);
void     ds_generator_pools_clear         (DsGeneratorPools    *pools);
void     ds_generator_pools_fill          (DsGeneratorPools    *by_language,
                                           GPtrArray           *claims);
guint    ds_generator_pick_distractors    (GArray              *pool,
                                           const DsClaim       *claim,
                                           const char          *seed,
                                           const char * const  *avoid,
                                           guint                n_avoid,
                                           gboolean             by_words,
                                           const char         **out);

/* An answer that says nothing: empty, or a lone function word. */
gboolean ds_generator_is_empty_normalized (const char          *norm);

G_END_DECLS
