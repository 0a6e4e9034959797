/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-quality: what the quiz engine finds, measured against the
 * expectation files of tests/data/ with the matcher the tests use
 * (tests/ds-expect.c). bench/quality runs it and adds the speed figures;
 * bench/README.md says what each figure means.
 *
 *   bench-quality [--passages] DATA_DIR   recall per construct, the same for
 *                                         the dev essays and the shipped
 *                                         essays, cards per thousand words
 *   bench-quality --cards FILE            every card of one passage or
 *                                         essay, for reading by hand
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ds-expect.h"
#include "ds-gate.h"
#include "ds-generator.h"
#include "ds-library.h"
#include "ds-parser.h"

/* What a set of passages adds up to: one construct, or a whole set. */
typedef struct {
  char  *name;
  guint  passages;
  guint  must_met;
  guint  must_total;
  guint  must_not_violated;
  guint  must_not_total;
  guint  cards;
  guint  words;
} Tally;

static gboolean show_passages;

static Tally *
tally_new (const char *name)
{
  Tally *tally = g_new0 (Tally, 1);

  tally->name = g_strdup (name);
  return tally;
}

static void
tally_free (gpointer data)
{
  Tally *tally = data;

  g_free (tally->name);
  g_free (tally);
}

static void
tally_add (Tally          *tally,
           DsExpectResult *result)
{
  tally->passages++;
  tally->must_met += result->must_met;
  tally->must_total += result->must_total;
  tally->must_not_violated += result->must_not_violated;
  tally->must_not_total += result->must_not_total;
  tally->cards += result->cards->len;
  tally->words += result->n_words;
}

/* ------------------------------------------------------------------ */
/* Gate violations                                                     */

/*
 * Runs each card through the engine's gate (ds-gate.h) and adds the checks
 * it fails to @per_check; the generator drops such cards, so a count above
 * zero means a card reached a learner past the gate.
 */
static guint
count_gate_violations (GPtrArray *cards,
                       guint     *per_check)
{
  guint violations = 0;

  for (guint i = 0; i < cards->len; i++)
    {
      guint failed = ds_gate_check_card (cards->pdata[i]);

      violations += failed != 0;
      for (guint c = 0; c < DS_GATE_N_CHECKS; c++)
        per_check[c] += (failed >> c) & 1;
    }
  return violations;
}

/* ------------------------------------------------------------------ */
/* Reports                                                             */

static void
print_row (Tally *tally)
{
  g_autofree char *recall = NULL;

  /* A set of negative passages only has no recall to speak of. */
  recall = tally->must_total ? g_strdup_printf ("%5.0f %%", 100.0 * tally->must_met / tally->must_total)
                             : g_strdup ("     –");
  printf ("%-28s %8u %6u / %-5u %s   %5u / %-5u\n", tally->name, tally->passages,
          tally->must_met, tally->must_total, recall, tally->must_not_violated, tally->must_not_total);
}

static void
print_header (const char *first)
{
  printf ("%-28s %8s %14s %7s   %14s\n", first, "passages", "must met", "recall", "must_not viol.");
}

static void
add_refs (GPtrArray *to,
          GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_object_ref (from->pdata[i]));
}

static void
print_passage (DsExpectResult *result)
{
  if (show_passages)
    printf ("    %-48s must %u/%u, must_not violated %u/%u, %u cards\n",
            ds_expect_get_name (result->expect), result->must_met, result->must_total,
            result->must_not_violated, result->must_not_total, result->cards->len);
}

/* Runs every passage of @dir; one tally per construct into @by_construct
 * (in order of first appearance), the sum into @all. */
static gboolean
run_dir (const char  *dir,
         GPtrArray   *by_construct,
         Tally       *all,
         GPtrArray   *all_cards,
         GError     **error)
{
  g_autoptr(GPtrArray) paths = ds_expect_list_dir (dir, TRUE, error);

  if (paths == NULL)
    return FALSE;
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(DsExpect) expect = ds_expect_load (paths->pdata[i], error);
      g_autoptr(DsExpectResult) result = expect ? ds_expect_run (expect, error) : NULL;
      Tally *tally = NULL;

      if (result == NULL)
        return FALSE;
      for (guint k = 0; by_construct && k < by_construct->len && tally == NULL; k++)
        if (g_str_equal (((Tally *) by_construct->pdata[k])->name, ds_expect_get_construct (expect)))
          tally = by_construct->pdata[k];
      if (by_construct != NULL && tally == NULL)
        g_ptr_array_add (by_construct, tally = tally_new (ds_expect_get_construct (expect)));
      if (tally != NULL)
        tally_add (tally, result);
      tally_add (all, result);
      add_refs (all_cards, result->cards);
      print_passage (result);
    }
  return TRUE;
}

/* The shipped essays as the app makes their cards: all at once, so that
 * distractors come from every essay. */
static gboolean
run_shipped (const char  *dir,
             Tally       *all,
             GPtrArray   *all_cards,
             GError     **error)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  if (!ds_library_load_builtin (library, error))
    return FALSE;
  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  add_refs (all_cards, cards);
  paths = ds_expect_list_dir (dir, FALSE, error);
  if (paths == NULL)
    return FALSE;
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(DsExpect) expect = ds_expect_load (paths->pdata[i], error);
      DsEssay *essay = expect ? ds_library_lookup (library, ds_expect_get_name (expect)) : NULL;
      g_autoptr(DsExpectResult) result = NULL;

      if (expect != NULL && essay == NULL)
        g_set_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_NO_PASSAGE,
                     "%s: no shipped essay has this id", (char *) paths->pdata[i]);
      if (essay == NULL)
        return FALSE;
      result = ds_expect_evaluate (expect, essay, cards);
      tally_add (all, result);
      print_passage (result);
    }
  return TRUE;
}

static void
print_density (Tally *tally)
{
  printf ("%-28s %8u %8u %10.1f\n", tally->name, tally->words, tally->cards,
          tally->words ? 1000.0 * tally->cards / tally->words : 0.0);
}

static void
print_gate (GPtrArray *cards)
{
  guint per_check[DS_GATE_N_CHECKS] = { 0 };
  guint violations = count_gate_violations (cards, per_check);

  printf ("\nGate violations over every card of the shipped essays and the constructs (bar: 0)\n");
  printf ("%u cards failing a check, of %u\n", violations, cards->len);
  for (guint c = 0; c < DS_GATE_N_CHECKS; c++)
    if (per_check[c] > 0)
      printf ("  %-16s %u\n", ds_gate_check_name (c), per_check[c]);
}

static int
report (const char *data_dir)
{
  g_autofree char *constructs = g_build_filename (data_dir, "constructs", NULL);
  g_autofree char *dev = g_build_filename (data_dir, "dev-essays", NULL);
  g_autofree char *shipped = g_build_filename (data_dir, "shipped", NULL);
  g_autoptr(GPtrArray) by_construct = g_ptr_array_new_with_free_func (tally_free);
  g_autoptr(GPtrArray) gate_cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) dev_cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  Tally *all = tally_new ("all constructs");
  Tally *dev_all = tally_new ("dev essays");
  Tally *shipped_all = tally_new ("shipped essays");
  gboolean ok;

  printf ("Recall per construct (%s)\n", constructs);
  ok = run_dir (constructs, by_construct, all, gate_cards, &error);
  if (ok)
    {
      print_header ("construct");
      for (guint i = 0; i < by_construct->len; i++)
        print_row (by_construct->pdata[i]);
      print_row (all);
      printf ("\nWhole essays\n");
      ok = run_dir (dev, NULL, dev_all, dev_cards, &error) &&
           run_shipped (shipped, shipped_all, gate_cards, &error);
    }
  if (ok)
    {
      print_header ("set");
      print_row (dev_all);
      print_row (shipped_all);
      printf ("\nCards per thousand words\n%-28s %8s %8s %10s\n", "set", "words", "cards", "per 1000");
      print_density (shipped_all);
      print_density (all);
      print_density (dev_all);
      print_gate (gate_cards);
    }
  else
    fprintf (stderr, "bench-quality: %s\n", error->message);
  tally_free (all);
  tally_free (dev_all);
  tally_free (shipped_all);
  return ok ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* One passage's cards                                                 */

/* The expectation file of @file: itself, or its sibling NAME.json. */
static DsExpect *
expectation_for (const char  *file,
                 GError     **error)
{
  const char *dot = strrchr (file, '.');
  g_autofree char *stem = dot ? g_strndup (file, dot - file) : g_strdup (file);
  g_autofree char *json = g_strconcat (stem, ".json", NULL);

  if (g_str_has_suffix (file, ".json"))
    return ds_expect_load (file, error);
  return g_file_test (json, G_FILE_TEST_IS_REGULAR) ? ds_expect_load (json, error) : NULL;
}

static DsEssay *
parse_plain (const char  *file,
             GError     **error)
{
  g_autoptr(GFile) gfile = g_file_new_for_path (file);

  return ds_parser_parse_file (gfile, NULL, NULL, error);
}

static void
print_cards (DsEssay   *essay,
             GPtrArray *cards)
{
  printf ("%u cards; language %s; title %s; %u words\n\n", cards->len,
          ds_essay_get_language (essay), ds_essay_get_title (essay) ? ds_essay_get_title (essay) : "(none)",
          ds_expect_count_words (ds_essay_get_text (essay)));
  for (guint i = 0; i < cards->len; i++)
    {
      g_autofree char *card = ds_expect_describe_card (cards->pdata[i]);

      printf ("%u.%s\n\n", i + 1, card);
    }
}

static int
show_cards (const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsExpect) expect = expectation_for (file, &error);
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(DsExpectResult) result = NULL;
  g_autofree char *explanation = NULL;

  if (error == NULL)
    essay = expect ? ds_expect_parse_passage (expect, &error) : parse_plain (file, &error);
  if (essay == NULL)
    {
      fprintf (stderr, "bench-quality: %s\n", error->message);
      return 1;
    }
  cards = ds_generator_generate (essay);
  print_cards (essay, cards);
  if (expect == NULL)
    return 0;
  result = ds_expect_evaluate (expect, essay, cards);
  explanation = ds_expect_result_explain (result);
  printf ("Against %s: must %u of %u met, must_not %u of %u violated\n%s",
          ds_expect_get_path (expect), result->must_met, result->must_total,
          result->must_not_violated, result->must_not_total, explanation ? explanation : "");
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cards = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("DATA_DIR");
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "cards", 0, 0, G_OPTION_ARG_FILENAME, &cards, "Print every card of one passage or essay", "FILE" },
    { "passages", 0, 0, G_OPTION_ARG_NONE, &show_passages, "Print each passage's figures too", NULL },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Recall of the quiz engine on the expectation files of "
                                         "tests/data (constructs, dev essays, shipped essays).");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-quality: %s\n", error->message);
      return 2;
    }
  if (cards != NULL)
    return show_cards (cards);
  if (argc != 2)
    {
      fprintf (stderr, "bench-quality: give the tests' data directory (tests/data), or --cards FILE\n");
      return 2;
    }
  return report (argv[1]);
}
