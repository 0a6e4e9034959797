/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tolerant grading of typed answers and recalled lists. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-grading.h"

static void
test_normalize (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "Jakarta", "jakarta" },
    { "  Diplomasi   Publik. ", "diplomasi publik" },
    { "Konferensi Asia-Afrika!", "konferensi asia afrika" },
    { "Élysée", "elysee" },
    { "Ünïcödé — Test??", "unicode test" },
    { "Qur’an", "quran" },
    { "Straße", "strasse" },
    { "ﬁnal", "final" },          /* ligature */
    { "１９４５", "1945" },        /* full-width digits */
    { "!!!", "" },
    { "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ds_grading_normalize (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_allowed_typos (void)
{
  g_assert_cmpuint (ds_grading_allowed_typos ("Paris"), ==, 0);
  g_assert_cmpuint (ds_grading_allowed_typos ("Jepang"), ==, 1);
  g_assert_cmpuint (ds_grading_allowed_typos ("Konferensi"), ==, 1);
  g_assert_cmpuint (ds_grading_allowed_typos ("Perdamaian dunia"), ==, 2);
  g_assert_cmpuint (ds_grading_allowed_typos ("Perserikatan Bangsa-Bangsa"), ==, 4);
  /* Digits and punctuation are not letters. */
  g_assert_cmpuint (ds_grading_allowed_typos ("UUD 1945"), ==, 0);
  g_assert_cmpuint (ds_grading_allowed_typos ("a.b.c.d.e"), ==, 0);
}

static void
test_distance (void)
{
  g_assert_cmpuint (ds_grading_distance ("jepang", "jepang"), ==, 0);
  g_assert_cmpuint (ds_grading_distance ("jepang", "jepnag"), ==, 1);   /* swap */
  g_assert_cmpuint (ds_grading_distance ("jepang", "jepag"), ==, 1);    /* deletion */
  g_assert_cmpuint (ds_grading_distance ("jepang", "jeppang"), ==, 1);  /* insertion */
  g_assert_cmpuint (ds_grading_distance ("jepang", "jepeng"), ==, 1);   /* substitution */
  g_assert_cmpuint (ds_grading_distance ("jepang", "jupeng"), ==, 2);
  g_assert_cmpuint (ds_grading_distance ("", "abc"), ==, 3);
  g_assert_cmpuint (ds_grading_distance ("Café", "CAFE"), ==, 0);
  g_assert_cmpuint (ds_grading_distance ("ab", "ba"), ==, 1);
}

static void
test_matches_tolerant (void)
{
  /* Case, punctuation, white space, diacritics. */
  g_assert_true (ds_grading_matches ("Jakarta", "jakarta"));
  g_assert_true (ds_grading_matches ("Jakarta", "JAKARTA"));
  g_assert_true (ds_grading_matches ("Diplomasi publik.", "  diplomasi,   publik!"));
  g_assert_true (ds_grading_matches ("Konferensi Asia-Afrika", "konferensi asia afrika"));
  g_assert_true (ds_grading_matches ("Élysée", "elysee"));
  g_assert_true (ds_grading_matches ("Perancis", "Pérancis"));
  g_assert_true (ds_grading_matches ("Qur'an", "quran"));
  /* A leading article may be dropped or added. */
  g_assert_true (ds_grading_matches ("The Hague", "Hague"));
  g_assert_true (ds_grading_matches ("Hague", "the hague"));
  /* Nor does where the words break. */
  g_assert_true (ds_grading_matches ("Pancasila", "Panca Sila"));
  g_assert_true (ds_grading_matches ("di bawah", "dibawah"));
  /* Thousands separators do not matter. */
  g_assert_true (ds_grading_matches ("1.000", "1000"));
}

static void
test_matches_typos (void)
{
  /* One typo per six letters. */
  g_assert_true (ds_grading_matches ("Jepang", "Jepeng"));
  g_assert_true (ds_grading_matches ("Bandung", "Bandong"));
  g_assert_true (ds_grading_matches ("Jepang", "Jepnag"));        /* swap = one */
  g_assert_true (ds_grading_matches ("Jepang", "Jpang"));
  g_assert_false (ds_grading_matches ("Jepang", "Jupeng"));      /* two in six */
  g_assert_false (ds_grading_matches ("Jepang", "Jpnag"));
  /* Five letters or fewer: exact. */
  g_assert_false (ds_grading_matches ("Paris", "Parus"));
  g_assert_false (ds_grading_matches ("Paris", "Pairs"));
  g_assert_false (ds_grading_matches ("Paris", "Pariss"));
  g_assert_true (ds_grading_matches ("Paris", "paris"));
  /* Twelve letters or more: two typos, not three. */
  g_assert_true (ds_grading_matches ("Perdamaian dunia", "Perdamayan dunai"));
  g_assert_false (ds_grading_matches ("Perdamaian dunia", "Perdamayan duani x"));
  g_assert_false (ds_grading_matches ("Perdamaian dunia", "Pardamayan dunai"));
  /* Numbers must be right. */
  g_assert_false (ds_grading_matches ("17 Agustus 1945", "17 agustus 1946"));
  g_assert_true (ds_grading_matches ("17 Agustus 1945", "17 agutus 1945"));
  g_assert_false (ds_grading_matches ("UUD 1945", "UUD 45"));
  /* Different answers. */
  g_assert_false (ds_grading_matches ("Jakarta", "Surabaya"));
  g_assert_false (ds_grading_matches ("Jakarta", "Jakarta Utara"));
}

static void
test_matches_empty (void)
{
  g_assert_false (ds_grading_matches ("Jakarta", ""));
  g_assert_false (ds_grading_matches ("Jakarta", "   "));
  g_assert_false (ds_grading_matches ("Jakarta", "?!"));
  g_assert_false (ds_grading_matches ("Jakarta", NULL));
  /* Only punctuation expected: compared as typed. */
  g_assert_true (ds_grading_matches ("?", " ? "));
  g_assert_false (ds_grading_matches ("?", "!"));
  g_assert_false (ds_grading_matches ("?", ""));
}

static void
assert_matched (const DsListGrade *grade,
                const char        *pattern)
{
  g_assert_cmpuint (grade->n_items, ==, strlen (pattern));
  for (guint i = 0; i < grade->n_items; i++)
    g_assert_cmpint (grade->matched[i], ==, pattern[i] == 'x');
}

/* What each typed entry was counted for: @expected[g] is the item's index,
 * or -1. */
static void
assert_given (const DsListGrade *grade,
              const int         *expected,
              guint              n)
{
  g_assert_cmpuint (grade->n_given, ==, n);
  for (guint g = 0; g < n; g++)
    g_assert_cmpint (grade->given_item[g], ==, expected[g]);
}

static const char * const three_cities[] = { "Jakarta", "Bandung", "Surabaya", NULL };

static void
test_list_any_order (void)
{
  const char * const given[] = { "surabaya", "JAKARTA", "Bandong", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (three_cities, given);

  assert_matched (&grade, "xxx");
  g_assert_cmpuint (grade.n_matched, ==, 3);
  g_assert_cmpfloat (grade.score, ==, 1.0);
  assert_given (&grade, (const int[]) { 2, 0, 1 }, 3);
}

static void
test_list_partial (void)
{
  const char * const two[] = { "Surabaya", "Jakarta", NULL };
  const char * const one[] = { "Medan", "Bandung", NULL };
  g_auto(DsListGrade) a = ds_grading_grade_list (three_cities, two);
  g_auto(DsListGrade) b = ds_grading_grade_list (three_cities, one);

  assert_matched (&a, "x-x");
  g_assert_cmpfloat_with_epsilon (a.score, 2.0 / 3.0, 1e-12);
  g_assert_cmpint (ds_grading_rating_for_score (a.score), ==, DS_RATING_HARD);
  assert_matched (&b, "-x-");
  g_assert_cmpfloat_with_epsilon (b.score, 1.0 / 3.0, 1e-12);
  g_assert_cmpint (ds_grading_rating_for_score (b.score), ==, DS_RATING_AGAIN);
}

static void
test_list_duplicates (void)
{
  const char * const given[] = { "Jakarta", "jakarta", "Jakarta!", "Jakatra", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (three_cities, given);

  assert_matched (&grade, "x--");
  g_assert_cmpuint (grade.n_matched, ==, 1);
  g_assert_cmpfloat_with_epsilon (grade.score, 1.0 / 3.0, 1e-12);
  assert_given (&grade, (const int[]) { 0, -1, -1, -1 }, 4);
}

static void
test_list_keywords (void)
{
  const char * const expected[] = {
    "Menjaga perdamaian dunia yang abadi",
    "Kerja sama di bidang ekonomi",
    "Memajukan kesejahteraan umum",
    NULL
  };
  const char * const given[] = {
    "kerja sama ekonomi",             /* 3 of 4 content words */
    "perdamaian dunia abadi",         /* 3 of 4 */
    "kesejahteraan",                  /* 1 of 3: not enough */
    NULL
  };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);

  assert_matched (&grade, "xx-");
  g_assert_cmpfloat_with_epsilon (grade.score, 2.0 / 3.0, 1e-12);
}

/* An entry names an item by the words that set it apart from the others:
 * "ekonomi" is "aspek ekonomi", "aspek" is none of them. */
static void
test_list_distinctive_words (void)
{
  const char * const expected[] = { "aspek politik", "aspek ekonomi", "aspek sosial", NULL };
  const char * const given[] = { "ekonomi", "aspek", "Politik!", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);

  assert_matched (&grade, "xx-");
  assert_given (&grade, (const int[]) { 1, -1, 0 }, 3);
  g_assert_cmpfloat_with_epsilon (grade.score, 2.0 / 3.0, 1e-12);
}

/* Words meet by their stems: the verb names the noun's item. */
static void
test_list_stems (void)
{
  const char * const expected[] = { "Pencurian identitas", "Penipuan daring", "Peretasan akun", NULL };
  const char * const given[] = { "menipu orang", "mencuri", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);

  assert_matched (&grade, "xx-");
  assert_given (&grade, (const int[]) { 1, 0 }, 2);
}

/* A function word alone never counts, nor a word several items share. */
static void
test_list_no_empty_matches (void)
{
  const char * const expected[] = { "hak dan kewajiban", "ancaman siber", "serangan siber", NULL };
  const char * const given[] = { "dan", "yang", "the", "siber", "tiga", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);

  assert_matched (&grade, "---");
  assert_given (&grade, (const int[]) { -1, -1, -1, -1, -1 }, 5);
  g_assert_cmpfloat (grade.score, ==, 0.0);
}

/* Each item counts once, however many entries name it. */
static void
test_list_item_once (void)
{
  const char * const expected[] = { "aspek politik", "aspek ekonomi", NULL };
  const char * const given[] = { "ekonomi", "Ekonomi!", "aspek ekonomi", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);
  guint n_counted = 0;

  assert_matched (&grade, "-x");
  g_assert_cmpuint (grade.n_matched, ==, 1);
  g_assert_cmpfloat (grade.score, ==, 0.5);
  for (guint g = 0; g < grade.n_given; g++)
    {
      g_assert_true (grade.given_item[g] == -1 || grade.given_item[g] == 1);
      n_counted += grade.given_item[g] == 1;
    }
  g_assert_cmpuint (n_counted, ==, 1);
}

/* A loose match taken first must not cost a later item its only match. */
static void
test_list_best_assignment (void)
{
  const char * const expected[] = { "Pancasila", "Pancasila sebagai dasar negara", NULL };
  const char * const given[] = { "pancasila dasar negara", "Pancasila", NULL };
  g_auto(DsListGrade) grade = ds_grading_grade_list (expected, given);

  assert_matched (&grade, "xx");
  g_assert_cmpfloat (grade.score, ==, 1.0);
}

static void
test_list_empty (void)
{
  const char * const none[] = { NULL };
  const char * const blank[] = { "", "  ", NULL };
  g_auto(DsListGrade) a = ds_grading_grade_list (three_cities, NULL);
  g_auto(DsListGrade) b = ds_grading_grade_list (three_cities, none);
  g_auto(DsListGrade) c = ds_grading_grade_list (three_cities, blank);
  g_auto(DsListGrade) d = ds_grading_grade_list (none, three_cities);

  assert_matched (&a, "---");
  g_assert_cmpfloat (a.score, ==, 0.0);
  assert_given (&a, NULL, 0);
  assert_matched (&b, "---");
  assert_matched (&c, "---");
  assert_given (&c, (const int[]) { -1, -1 }, 2);
  g_assert_cmpfloat (c.score, ==, 0.0);
  g_assert_cmpuint (d.n_items, ==, 0);
  g_assert_cmpfloat (d.score, ==, 0.0);
}

static void
test_rating_for_score (void)
{
  g_assert_cmpint (ds_grading_rating_for_score (1.0), ==, DS_RATING_GOOD);
  g_assert_cmpint (ds_grading_rating_for_score (0.75), ==, DS_RATING_HARD);
  g_assert_cmpint (ds_grading_rating_for_score (0.6), ==, DS_RATING_HARD);
  g_assert_cmpint (ds_grading_rating_for_score (0.59), ==, DS_RATING_AGAIN);
  g_assert_cmpint (ds_grading_rating_for_score (0.0), ==, DS_RATING_AGAIN);
  g_assert_cmpint (ds_grading_rating_for_score (NAN), ==, DS_RATING_AGAIN);
}

static void
assert_split (const char *text,
              const char * const *expected)
{
  g_auto(GStrv) items = ds_grading_split_items (text);

  g_assert_nonnull (items);
  g_assert_cmpstrv (items, expected);
}

static void
test_split_items (void)
{
  const char * const cities[] = { "Jakarta", "Bandung", "Surabaya", NULL };
  const char * const ab[] = { "A", "B", NULL };
  const char * const lines[] = { "hak dan kewajiban", "kerja sama, ekonomi", NULL };
  const char * const numbered[] = { "satu", "dua", "tiga", "empat", NULL };
  const char * const words[] = { "Pandan", "Dandang", NULL };
  const char * const none[] = { NULL };

  assert_split ("Jakarta, Bandung dan Surabaya", cities);
  assert_split ("Jakarta,Bandung and Surabaya.", (const char * const[]) {
                  "Jakarta", "Bandung", "Surabaya.", NULL });
  assert_split ("A DAN B", ab);
  assert_split ("a; b ;c", (const char * const[]) { "a", "b", "c", NULL });
  /* On separate lines, "dan" and commas stay inside the item. */
  assert_split ("- hak dan kewajiban\n- kerja sama, ekonomi\n", lines);
  assert_split ("1. satu\r\n2) dua\n\n• tiga\nb) empat", numbered);
  assert_split ("Pandan, Dandang", words);
  assert_split ("", none);
  assert_split ("  \n , ; ", none);
  assert_split (NULL, none);
}

static void
test_split_then_grade (void)
{
  g_auto(GStrv) given = ds_grading_split_items ("surabaya, jakarta dan bandung");
  g_auto(DsListGrade) grade = ds_grading_grade_list (three_cities,
                                                     (const char * const *) given);

  g_assert_cmpfloat (grade.score, ==, 1.0);
  g_assert_cmpint (ds_grading_rating_for_score (grade.score), ==, DS_RATING_GOOD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/grading/normalize", test_normalize);
  g_test_add_func ("/grading/allowed-typos", test_allowed_typos);
  g_test_add_func ("/grading/distance", test_distance);
  g_test_add_func ("/grading/matches/tolerant", test_matches_tolerant);
  g_test_add_func ("/grading/matches/typos", test_matches_typos);
  g_test_add_func ("/grading/matches/empty", test_matches_empty);
  g_test_add_func ("/grading/list/any-order", test_list_any_order);
  g_test_add_func ("/grading/list/partial", test_list_partial);
  g_test_add_func ("/grading/list/duplicates", test_list_duplicates);
  g_test_add_func ("/grading/list/keywords", test_list_keywords);
  g_test_add_func ("/grading/list/best-assignment", test_list_best_assignment);
  g_test_add_func ("/grading/list/distinctive-words", test_list_distinctive_words);
  g_test_add_func ("/grading/list/stems", test_list_stems);
  g_test_add_func ("/grading/list/no-empty-matches", test_list_no_empty_matches);
  g_test_add_func ("/grading/list/item-once", test_list_item_once);
  g_test_add_func ("/grading/list/empty", test_list_empty);
  g_test_add_func ("/grading/rating-for-score", test_rating_for_score);
  g_test_add_func ("/grading/split-items", test_split_items);
  g_test_add_func ("/grading/split-then-grade", test_split_then_grade);

  return g_test_run ();
}
