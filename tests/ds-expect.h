/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * What the cards of a passage must and must not be: expectation files
 * (tests/data/constructs/README.md describes the format), checked against
 * the cards the engine makes. Shared by test-constructs, test-generator and
 * bench-quality, so that the tests and the benchmark count alike.
 *
 * Every string is compared folded: lower case, diacritics dropped,
 * punctuation to spaces, spaces collapsed. A string "occurs" in a text when
 * its folded form stands in the folded text as whole words ("oleh" occurs
 * in "dibuat oleh negara", not in "diperoleh"; "2017" not in "20171").
 */

#include <glib.h>

#include "ds-card.h"
#include "ds-essay.h"

G_BEGIN_DECLS

#define DS_EXPECT_ERROR (ds_expect_error_quark ())

typedef enum {
  DS_EXPECT_ERROR_INVALID,      /* the file is no valid expectation file */
  DS_EXPECT_ERROR_NO_PASSAGE,   /* an expectation without its passage */
  DS_EXPECT_ERROR_NO_EXPECT,    /* a passage without its expectation */
} DsExpectError;

typedef struct _DsExpect DsExpect;

typedef struct {
  gboolean  must;          /* a "must" entry, else a "must_not" one */
  guint     index;         /* its place in its array */
  char     *entry;         /* the entry as one line of JSON */
  gboolean  ok;            /* a must met, a must_not not violated */
  DsCard   *card;          /* the card that meets a must or violates a
                            * must_not, or NULL */
  char     *explanation;   /* when not ok: why, with the closest cards */
} DsExpectOutcome;

typedef struct {
  DsExpect  *expect;
  DsEssay   *essay;         /* may be NULL */
  GPtrArray *cards;         /* the essay's cards, DsCard */
  GPtrArray *outcomes;      /* DsExpectOutcome, musts first */
  guint      n_words;       /* words of the essay's text, as wc -w counts */
  guint      must_total;
  guint      must_met;
  guint      must_not_total;
  guint      must_not_violated;
} DsExpectResult;

GQuark          ds_expect_error_quark        (void);

/* Loads and checks an expectation file; the error names the file and the
 * entry that is wrong. */
DsExpect       *ds_expect_load               (const char      *json_path,
                                              GError         **error);
/* The same from text in memory (a test's own expectations); @name stands
 * for the file in messages and is the name of the essay the cards are of. */
DsExpect       *ds_expect_new_from_data      (const char      *name,
                                              const char      *json,
                                              GError         **error);
DsExpect       *ds_expect_ref                (DsExpect        *self);
void            ds_expect_unref              (DsExpect        *self);
/* The file's name without its extension: the passage's name. */
const char     *ds_expect_get_name           (DsExpect        *self);
const char     *ds_expect_get_path           (DsExpect        *self);
const char     *ds_expect_get_construct      (DsExpect        *self);
const char     *ds_expect_get_language       (DsExpect        *self);
/* NULL when the file gives none. */
const char     *ds_expect_get_title          (DsExpect        *self);

/* The passage beside the expectation file (NAME.md or NAME.txt). */
char           *ds_expect_find_passage       (DsExpect        *self,
                                              GError         **error);
/* Parses the passage (title and language from the expectation file). */
DsEssay        *ds_expect_parse_passage      (DsExpect        *self,
                                              GError         **error);

/* Checks @cards against the expectations. With an essay, only the cards of
 * that essay count and its words are counted. */
DsExpectResult *ds_expect_evaluate           (DsExpect        *self,
                                              DsEssay         *essay,
                                              GPtrArray       *cards);
/* Parse the passage, generate its cards, evaluate them. */
DsExpectResult *ds_expect_run                (DsExpect        *self,
                                              GError         **error);

gboolean        ds_expect_result_passed      (DsExpectResult  *result);
/* Every failed entry and why, or NULL when all passed. */
char           *ds_expect_result_explain     (DsExpectResult  *result);
void            ds_expect_result_free        (DsExpectResult  *result);

/* The expectation files of a directory, sorted (char *, full paths). A
 * passage without an expectation file, or the reverse, is an error. */
GPtrArray      *ds_expect_list_dir           (const char      *dir,
                                              gboolean         passages,
                                              GError         **error);

char           *ds_expect_fold               (const char      *text);
/* Whether folded @needle stands as whole words in folded @haystack. */
gboolean        ds_expect_occurs             (const char      *haystack,
                                              const char      *needle);
/* A card, readably, on a few lines (kind, question, answer or items,
 * count, warnings, source, topic). */
char           *ds_expect_describe_card      (DsCard          *card);
guint           ds_expect_count_words        (const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsExpect, ds_expect_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsExpectResult, ds_expect_result_free)

G_END_DECLS
