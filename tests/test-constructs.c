/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The construct passages of tests/data/constructs/: one test per passage,
 * every "must" met and no "must_not" violated (the format is described in
 * tests/data/constructs/README.md). First the matcher itself, on cards made
 * by hand, so that a passage fails for what the engine does and not for
 * what the harness does.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ds-expect.h"

static void
test_fold (void)
{
  g_autofree char *folded = ds_expect_fold ("  Pelindungan Data Pribadí: 88.414.296 serangan, 2,4 %! ");

  g_assert_cmpstr (folded, ==, "pelindungan data pribadi 88 414 296 serangan 2 4");
  g_assert_true (ds_expect_occurs ("dibuat oleh negara", "oleh"));
  g_assert_false (ds_expect_occurs ("hasil yang diperoleh", "oleh"));
  /* Whole words: a number is no prefix of another. */
  g_assert_false (ds_expect_occurs ("pada tahun 2017", "201"));
  g_assert_true (ds_expect_occurs ("pada tahun 2017", "tahun 2017"));
  /* An English plural covers its singular, and only whole words count. */
  g_assert_true (ds_expect_occurs ("what are the roles of government", "role"));
  g_assert_false (ds_expect_occurs ("what are the roles of government", "rol"));
  g_assert_false (ds_expect_occurs ("peran pemerintah", ""));
  g_assert_cmpuint (ds_expect_count_words ("Satu  dua\ttiga\n empat "), ==, 4);
}

static DsCard *
make_card (DsCardKind          kind,
           const char         *question,
           const char         *answer,
           const char * const *items,
           guint               count,
           const char         *warning)
{
  DsCard *card = ds_card_new ("t:x:0", "t", kind, question, answer);

  if (items != NULL)
    ds_card_set_items (card, items);
  ds_card_set_expected_count (card, count);
  if (warning != NULL)
    ds_card_add_warning (card, warning);
  ds_card_set_source (card, 0, 10, "Ada tiga pilar ketahanan siber, yaitu deteksi dan respons.");
  return card;
}

/* An expectation file in a temporary directory, loaded. */
static DsExpect *
load_text (const char  *json,
           char       **dir_out,
           GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("ds-expect-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "001-test.json", NULL);
  DsExpect *expect;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  expect = ds_expect_load (path, error);
  g_remove (path);
  if (dir_out != NULL)
    *dir_out = g_steal_pointer (&dir);
  else
    g_rmdir (dir);
  return expect;
}

static GPtrArray *
hand_made_cards (void)
{
  static const char * const items[] = { "Deteksi dini terhadap ancaman", "respons insiden", NULL };
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cards, make_card (DS_CARD_LIST, "Sebutkan tiga pilar ketahanan siber.", "",
                                     items, 3, "Sumber menyebut tiga pilar, tetapi hanya 2 butir terbaca."));
  g_ptr_array_add (cards, make_card (DS_CARD_CLOZE, "BSSN dibentuk pada tahun _____.", "2017",
                                     NULL, 0, NULL));
  g_ptr_array_add (cards, make_card (DS_CARD_DEFINITION, "Menurut Nye, apa yang dimaksud dengan soft power?",
                                     "kemampuan menarik pihak lain", NULL, 0, NULL));
  return cards;
}

static const char matcher_json[] =
  "{ \"construct\": \"list-blocks-heading\", \"language\": \"id\", \"title\": \"T\",\n"
  "  \"must\": [\n"
  "    { \"kind\": \"list\", \"question\": [\"tiga\", \"pilar ketahanan siber\"],\n"
  "      \"items\": [\"deteksi dini\", \"respons insiden\"], \"count\": 3, \"warning\": [\"tiga\"] },\n"
  "    { \"kind\": \"fact\", \"answer\": [\"2017\"] },\n"
  "    { \"term\": \"soft power\", \"question\": [\"Nye\"], \"answer\": [\"menarik\"] },\n"
  "    { \"items\": [\"deteksi\", \"deteksi dini\"] },\n"
  "    { \"kind\": \"list\", \"count\": 4 },\n"
  "    { \"kind\": \"multiple_choice\" }\n"
  "  ],\n"
  "  \"must_not\": [\n"
  "    { \"question\": [\"oleh\"] },\n"
  "    { \"term\": \"pilar\" },\n"
  "    { \"source\": [\"tiga pilar\"] },\n"
  "    { \"kind\": \"fact\", \"answer\": [\"201\"] },\n"
  "    { \"kind\": \"fact\", \"answer\": [\"2017\"] }\n"
  "  ] }\n";

/* The semantics of tests/data/constructs/README.md, entry by entry. */
static void
test_matcher (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsExpect) expect = load_text (matcher_json, NULL, &error);
  g_autoptr(GPtrArray) cards = hand_made_cards ();
  g_autoptr(DsExpectResult) result = NULL;
  const gboolean ok[] = { TRUE, TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, TRUE, FALSE };
  g_autofree char *explanation = NULL;

  g_assert_no_error (error);
  result = ds_expect_evaluate (expect, NULL, cards);
  g_assert_cmpuint (result->outcomes->len, ==, G_N_ELEMENTS (ok));
  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      DsExpectOutcome *outcome = result->outcomes->pdata[i];

      if (outcome->ok != ok[i])
        g_error ("%s[%u] %s: expected %s", outcome->must ? "must" : "must_not", outcome->index,
                 outcome->entry, ok[i] ? "ok" : "a failure");
    }
  g_assert_cmpuint (result->must_met, ==, 3);
  g_assert_cmpuint (result->must_not_violated, ==, 2);
  g_assert_false (ds_expect_result_passed (result));
  explanation = ds_expect_result_explain (result);
  /* Items 1 of 2: two expected items cannot share one card item. */
  g_assert_nonnull (strstr (explanation, "items (1 of 2)"));
  g_assert_nonnull (strstr (explanation, "violated by:"));
  g_assert_nonnull (strstr (explanation, "001-test.json: must[3]"));
}

static void
assert_malformed (const char *json,
                  const char *says)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(DsExpect) expect = load_text (json, &dir, &error);

  g_assert_null (expect);
  g_assert_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_INVALID);
  if (strstr (error->message, "001-test.json") == NULL || strstr (error->message, says) == NULL)
    g_error ("“%s” does not name the file and say “%s”", error->message, says);
  g_rmdir (dir);
}

static void
test_malformed (void)
{
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ { \"itmes\": [\"a\"] } ] }",
                    "must[0]: “itmes” is no field");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ { \"kind\": \"lists\" } ] }",
                    "“lists” is no kind");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"fr\", \"must\": [] }", "“language”");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ { \"items\": [] } ] }",
                    "non-empty array");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ { \"count\": \"3\" } ] }",
                    "“count”");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must_not\": [ { \"answer\": [\"–\"] } ] }",
                    "no “must”");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ { \"answer\": [\"–\"] } ] }",
                    "no letters or digits");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ {} ] }", "empty entry");
  assert_malformed ("{ \"construct\": \"x\", \"language\": \"id\", \"must\": [ ", "001-test.json");
}

static char *
data_dir (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, name, NULL);
}

/* The construct ids that README.md lists: "- `id`: …" lines. */
static GStrv
vocabulary (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "constructs", "README.md", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "- `") && strchr (lines[i] + 3, '`') != NULL)
      g_ptr_array_add (ids, g_strndup (lines[i] + 3, strchr (lines[i] + 3, '`') - lines[i] - 3));
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
}

/* Every expectation file loads, names its construct from the vocabulary and
 * has its passage; the same for the dev essays. */
static void
test_files (gconstpointer data)
{
  g_autofree char *dir = data_dir (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = ds_expect_list_dir (dir, TRUE, &error);
  g_auto(GStrv) ids = vocabulary ();

  g_assert_no_error (error);
  g_assert_cmpuint (paths->len, >, 0);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(DsExpect) expect = ds_expect_load (paths->pdata[i], &error);
      g_autofree char *passage = NULL;

      g_assert_no_error (error);
      passage = ds_expect_find_passage (expect, &error);
      g_assert_no_error (error);
      if (!g_strv_contains ((const char * const *) ids, ds_expect_get_construct (expect)))
        g_error ("%s: construct “%s” is not listed in constructs/README.md",
                 (char *) paths->pdata[i], ds_expect_get_construct (expect));
    }
}

static void
test_passage (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsExpect) expect = ds_expect_load (data, &error);
  g_autoptr(DsExpectResult) result = NULL;
  g_autofree char *explanation = NULL;

  g_assert_no_error (error);
  result = ds_expect_run (expect, &error);
  g_assert_no_error (error);
  explanation = ds_expect_result_explain (result);
  if (explanation != NULL)
    {
      g_test_message ("%s", explanation);
      g_test_fail_printf ("%s: %u of %u must met, %u of %u must_not violated",
                          ds_expect_get_name (expect), result->must_met, result->must_total,
                          result->must_not_violated, result->must_not_total);
    }
}

/* The expectation files the tests run on; kept until the tests are done,
 * since GTest keeps a test's data but never frees it. */
static GPtrArray *
add_passages (void)
{
  g_autofree char *dir = data_dir ("constructs");
  g_autoptr(GError) error = NULL;
  GPtrArray *paths = ds_expect_list_dir (dir, TRUE, &error);

  /* A missing pair is reported by /expect/files/constructs; no test then. */
  if (paths == NULL)
    return g_ptr_array_new ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      g_autofree char *name = g_strndup (base, strlen (base) - strlen (".json"));
      g_autofree char *test = g_strconcat ("/constructs/", name, NULL);

      g_test_add_data_func (test, paths->pdata[i], test_passage);
    }
  return paths;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = NULL;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/expect/fold", test_fold);
  g_test_add_func ("/expect/matcher", test_matcher);
  g_test_add_func ("/expect/malformed", test_malformed);
  g_test_add_data_func ("/expect/files/constructs", "constructs", test_files);
  g_test_add_data_func ("/expect/files/dev-essays", "dev-essays", test_files);
  paths = add_passages ();

  return g_test_run ();
}
