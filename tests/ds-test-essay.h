/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Helpers shared by the core tests that parse essays: the parse of a text
 * or of a file in tests/data/parser/, the check that an essay's block table
 * describes its text exactly, and the check of its blocks against a table.
 */

#include "ds-parser.h"

G_BEGIN_DECLS

/* One expected block. */
typedef struct {
  DsBlockKind  kind;
  DsListStyle  style;
  guint        level;           /* checked for headings */
  const char  *line;            /* the block's whole line in the text */
} DsTestBlock;

DsEssay *ds_test_parse          (const char        *text);
DsEssay *ds_test_parse_fixture  (const char        *name);
void     ds_test_assert_offsets (DsEssay           *essay);
void     ds_test_assert_blocks  (DsEssay           *essay,
                                 const DsTestBlock *expected,
                                 guint              n_expected);

G_END_DECLS
