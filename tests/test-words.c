/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The core's word normaliser: folding, function words, stems. */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-generator.h"
#include "ds-library.h"
#include "ds-parser.h"
#include "ds-words.h"

static const DsLang *
lang (const char *code)
{
  const DsLang *l = ds_lang_get (code);

  g_assert_nonnull (l);
  return l;
}

/* ------------------------------------------------------------------ */
/* Folding                                                             */

static void
assert_fold (const char  *text,
             DsFoldFlags  flags,
             const char  *expected)
{
  g_autofree char *got = ds_words_fold (text, flags);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_fold (void)
{
  assert_fold ("  Diplomasi   Publik! ", DS_FOLD_NONE, "diplomasi publik");
  assert_fold ("--A--b--", DS_FOLD_NONE, "a b");
  assert_fold ("negara-negara", DS_FOLD_NONE, "negara negara");
  assert_fold ("UU No. 27/2022", DS_FOLD_NONE, "uu no 27 2022");
  assert_fold ("Élysée", DS_FOLD_NONE, "élysée");
  assert_fold ("ÀÉÎ Ωμέγα", DS_FOLD_NONE, "àéî ωμέγα");
  assert_fold ("Qur’an", DS_FOLD_NONE, "qur an");
  assert_fold ("?!…", DS_FOLD_NONE, "");
  assert_fold ("", DS_FOLD_NONE, "");
  /* A combining accent is no letter: without stripping it splits the word,
   * as card ids always had it. */
  assert_fold ("E\xcc\x81te\xcc\x81", DS_FOLD_NONE, "e te");
}

static void
test_fold_strip_marks (void)
{
  assert_fold ("Élysée", DS_FOLD_STRIP_MARKS, "elysee");
  assert_fold ("E\xcc\x81te\xcc\x81", DS_FOLD_STRIP_MARKS, "ete");
  assert_fold ("Pérancis, Ünïcödé!", DS_FOLD_STRIP_MARKS, "perancis unicode");
  assert_fold ("Qur’an", DS_FOLD_STRIP_MARKS, "quran");
  assert_fold ("Straße Œuvre Łódź", DS_FOLD_STRIP_MARKS, "strasse oeuvre lodz");
  assert_fold ("ﬁnal １９４５", DS_FOLD_STRIP_MARKS, "final 1945");
  assert_fold ("Ωμέγα", DS_FOLD_STRIP_MARKS, "ωμεγα");
  /* Essay punctuation outside ASCII, read without normalising: curly
   * apostrophes dropped, the rest a space, as after NFKD. */
  assert_fold ("“Diplomasi” — siber…dan «data» – •\xc2\xa0Nye’s ‘soft’", DS_FOLD_STRIP_MARKS,
               "diplomasi siber dan data nyes soft");
  assert_fold ("“Élysée”", DS_FOLD_STRIP_MARKS, "elysee");
}

/* The hash of a folding is the hash of what ds_words_fold() gives, for
 * ASCII, essay punctuation and anything else alike: claims told apart by
 * it are told apart by what they say. */
static void
test_fold_hash (void)
{
  const char * const texts[] = {
    "Diplomasi publik", "  diplomasi   PUBLIK!! ", "“Diplomasi” — publik…", "Nye’s ‘soft’ power",
    "Nyes soft power", "Élysée «Palace»", "Elysee Palace", "ﬁnal １９４５", "", "…",
  };
  guint64 hashes[G_N_ELEMENTS (texts)];

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = ds_words_fold (texts[i], DS_FOLD_STRIP_MARKS);

      hashes[i] = ds_words_fold_hash (texts[i], 7);
      /* A folded text folds to itself, so its hash is the plain one. */
      g_assert_cmpuint (hashes[i], ==, ds_words_fold_hash (folded, 7));
    }
  g_assert_cmpuint (hashes[0], ==, hashes[1]);
  g_assert_cmpuint (hashes[0], ==, hashes[2]);
  g_assert_cmpuint (hashes[3], ==, hashes[4]);
  g_assert_cmpuint (hashes[5], ==, hashes[6]);
  g_assert_cmpuint (hashes[8], ==, hashes[9]);
  g_assert_cmpuint (hashes[0], !=, hashes[3]);
  g_assert_cmpuint (hashes[7], !=, hashes[8]);
  g_assert_cmpuint (ds_words_fold_hash ("a b", 7), !=, ds_words_fold_hash ("ab", 7));
}

static void
test_fold_invalid_utf8 (void)
{
  /* Bytes that are not UTF-8 count as U+FFFD, which is no letter; a
   * truncated sequence at the end is not read past. */
  assert_fold ("abc\xff" "def", DS_FOLD_NONE, "abc def");
  assert_fold ("abc\xc3", DS_FOLD_NONE, "abc");
  assert_fold ("\xe2\x82", DS_FOLD_STRIP_MARKS, "");
}

/*
 * The normalisation card ids were made of before ds_words_fold() existed,
 * kept here verbatim: ds_words_fold() without flags must give the same
 * bytes for every text, or learners' progress (kept by card id) is lost.
 */
static char *
reference_normalize (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 1);
  gboolean space = FALSE;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      guchar c = (guchar) *p;
      gunichar ch = c < 0x80 ? c : g_utf8_get_char (p);

      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (ch))
        {
          if (space && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          if (c < 0x80)
            g_string_append_c (out, g_ascii_tolower (c));
          else
            g_string_append_unichar (out, g_unichar_tolower (ch));
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static void
assert_same_as_reference (const char *text)
{
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  if (text == NULL)
    return;
  expected = reference_normalize (text);
  got = ds_words_fold (text, DS_FOLD_NONE);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_fold_same_as_before (void)
{
  const char *texts[] = {
    "İstanbul ISTANBUL ıi", "ΣΊΣΥΦΟΣ σίσυφος", "ǅemal ǄEMAL", "Straße STRASSE",
    "ﬁnal ﬂow", "１９４５ ٣٤ ४२ Ⅻ ½ ²", "Москва МОСКВА", "北京 東京", "ٱلْعَرَبِيَّة",
    "e\xcc\x81 n\xcc\x83", "emoji 🙂 here", "tab\tnew\nline\r\n", "a\xc2\xa0" "b",
    "Kementerian Luar Negeri (Kemlu) RI", "“Diplomasi” — ‘digital’…",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_same_as_reference (texts[i]);
}

/* Every text a card id of the shipped essays is made of: the essays, every
 * field of every claim, every card's question, answer, items and choices. */
static void
assert_claims_same_as_reference (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];
      const char *fields[] = { claim->subject, claim->body, claim->cue, claim->lead,
                               claim->question, claim->sentence };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        assert_same_as_reference (fields[f]);
      for (guint k = 0; k < ds_claim_get_n_items (claim); k++)
        assert_same_as_reference (ds_claim_get_item (claim, k));
    }
}

static void
assert_card_same_as_reference (DsCard *card)
{
  const char * const *items = ds_card_get_items (card);
  const char * const *choices = ds_card_get_choices (card);

  assert_same_as_reference (ds_card_get_question (card));
  assert_same_as_reference (ds_card_get_answer (card));
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    assert_same_as_reference (items[i]);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    assert_same_as_reference (choices[i]);
}

/* The id of a multiple-choice card is made of its question and its right
 * answer, that of a true/false card of its question: computed here with
 * the old normalisation, they must be the ids the generator gives. */
static void
assert_id_as_before (DsCard *card)
{
  DsCardKind kind = ds_card_get_kind (card);
  g_autofree char *text = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *id = NULL;

  if (kind == DS_CARD_MULTIPLE_CHOICE)
    text = g_strconcat (ds_card_get_question (card), "\n", ds_card_get_answer (card), NULL);
  else if (kind == DS_CARD_TRUE_FALSE)
    text = g_strdup (ds_card_get_question (card));
  else
    return;
  norm = reference_normalize (text);
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA1, norm, -1);
  id = g_strdup_printf ("%s:%s:%.12s", ds_card_get_essay_id (card),
                        ds_card_kind_to_string (kind), sha);
  g_assert_cmpstr (ds_card_get_id (card), ==, id);
}

static const char * const kinds_texts[] = {
  "Trade Barriers\n\n"
  "Governments raise four kinds of barriers: tariff barriers, quota barriers, subsidy barriers and content barriers. "
  "A tariff barrier is a fee charged on goods as they cross a border. "
  "A quota barrier is a cap on how much of a good may enter a country in a year. "
  "A subsidy barrier is a payment from a government that lowers the price of a domestic good. "
  "A content barrier is a rule that fixes what share of a product must be made at home.\n",
  "Jenis Visa\n\n"
  "Kantor imigrasi mengenal empat jenis visa: visa kunjungan, visa kerja, visa pelajar, dan visa diplomatik. "
  "Visa kunjungan adalah izin singgah singkat bagi wisatawan dan tamu keluarga. "
  "Visa kerja adalah dokumen yang membolehkan orang asing menerima upah dari perusahaan setempat. "
  "Visa pelajar adalah tanda masuk bagi mahasiswa asing yang diterima kampus negeri. "
  "Visa diplomatik adalah surat jalan bagi pejabat yang bertugas di kedutaan.\n",
  /* Three kinds: too few for a choice, a true/false each. */
  "Ports\n\n"
  "The law knows three kinds of ports: hub ports, feeder ports and river ports. "
  "A hub port is a deep harbour where ocean liners unload boxes for the whole region. "
  "A feeder port is a small harbour that ships boxes on to and from a hub. "
  "A river port is a landing on an inland waterway served by barges.\n",
};

static void
test_card_ids_unchanged (void)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  guint n, n_checked = 0;

  g_assert_true (ds_library_load_builtin (library, &error));
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autoptr(GPtrArray) claims = ds_claims_extract (essay);
      g_auto(GStrv) lines = g_strsplit (ds_essay_get_text (essay), "\n", -1);

      assert_same_as_reference (ds_essay_get_text (essay));
      for (guint l = 0; lines[l] != NULL; l++)
        assert_same_as_reference (lines[l]);
      assert_claims_same_as_reference (claims);
    }

  cards = ds_generator_generate_all (G_LIST_MODEL (library));
  for (guint i = 0; i < cards->len; i++)
    {
      DsCardKind kind = ds_card_get_kind (cards->pdata[i]);

      assert_card_same_as_reference (cards->pdata[i]);
      assert_id_as_before (cards->pdata[i]);
      n_checked += kind == DS_CARD_MULTIPLE_CHOICE || kind == DS_CARD_TRUE_FALSE;
    }
  /* The shipped essays' definitions are of no one kind and make few
   * choices: texts whose kinds of a thing are defined make more. */
  for (guint t = 0; t < G_N_ELEMENTS (kinds_texts); t++)
    {
      g_autoptr(DsEssay) essay = ds_parser_parse (kinds_texts[t], -1, "kinds", &error);
      g_autoptr(GPtrArray) more = NULL;

      g_assert_no_error (error);
      more = ds_generator_generate (essay);
      for (guint i = 0; i < more->len; i++)
        {
          DsCardKind kind = ds_card_get_kind (more->pdata[i]);

          assert_id_as_before (more->pdata[i]);
          n_checked += kind == DS_CARD_MULTIPLE_CHOICE || kind == DS_CARD_TRUE_FALSE;
        }
    }
  g_assert_cmpuint (n_checked, >, 10);
}

/* ------------------------------------------------------------------ */
/* Stems and content words                                             */

static void
assert_stem (const char *code,
             const char *word,
             const char *expected)
{
  g_autofree char *got = ds_words_stem (lang (code), word);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_stem (void)
{
  assert_stem ("id", "kebijakan", "bijak");
  assert_stem ("id", "mencuri", "curi");
  assert_stem ("id", "pencurian", "curi");
  assert_stem ("id", "serangan", "serang");
  assert_stem ("id", "menyerang", "serang");
  assert_stem ("id", "kedaulatan", "daulat");
  assert_stem ("id", "negara", "negara");
  /* Nouns that only look prefixed stay whole, so that the verb meets them. */
  assert_stem ("id", "diplomasi", "diplomasi");
  assert_stem ("id", "berdiplomasi", "diplomasi");
  assert_stem ("id", "media", "media");
  assert_stem ("en", "attacks", "attack");
  assert_stem ("en", "attacked", "attack");
  assert_stem ("en", "governments", "govern");
  assert_stem ("en", "negotiations", "negoti");
  assert_stem ("en", "", "");
}

static void
test_stop (void)
{
  const char *id_stop[] = { "dan", "yang", "tersebut", "agar", "tiga", "pertama", "apa",
                            "juta", "rupiah", "adalah", "tidak" };
  const char *en_stop[] = { "the", "which", "more", "however", "three", "million" };
  const char *content[] = { "ekonomi", "pemerintah", "diplomasi", "attack", "januari" };

  for (guint i = 0; i < G_N_ELEMENTS (id_stop); i++)
    {
      g_assert_true (ds_words_is_stop (lang ("id"), id_stop[i]));
      g_assert_true (ds_words_is_stop (NULL, id_stop[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (en_stop); i++)
    {
      g_assert_true (ds_words_is_stop (lang ("en"), en_stop[i]));
      g_assert_true (ds_words_is_stop (NULL, en_stop[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    {
      g_assert_false (ds_words_is_stop (lang ("id"), content[i]));
      g_assert_false (ds_words_is_stop (NULL, content[i]));
    }
  g_assert_false (ds_words_is_stop (lang ("id"), "the"));
  g_assert_false (ds_words_is_stop (lang ("en"), "dan"));
}

static void
assert_content_stems (const DsLang *l,
                      const char   *text,
                      const char * const *expected)
{
  g_auto(GStrv) got = ds_words_content_stems (l, text);

  g_assert_cmpstrv (got, expected);
}

static void
test_content_stems (void)
{
  assert_content_stems (lang ("id"), "Kebijakan dan diplomasi negara-negara di Asia",
                        (const char * const[]) { "bijak", "diplomasi", "negara", "asia", NULL });
  /* Short words, function words, repeats. */
  assert_content_stems (lang ("id"), "Ia ke-17 di antara tiga hal yang itu-itu saja: data, data",
                        (const char * const[]) { "data", NULL });
  assert_content_stems (lang ("id"), "Pencurian, mencuri; dicuri!",
                        (const char * const[]) { "curi", NULL });
  assert_content_stems (lang ("en"), "The attacks of 2022 were attacked",
                        (const char * const[]) { "attack", "2022", NULL });
  /* Marks are stripped before stemming. */
  assert_content_stems (lang ("en"), "Élysée", (const char * const[]) { "elyse", NULL });
  assert_content_stems (lang ("id"), "", (const char * const[]) { NULL });
}

/* Without a language: both languages' function words, both stemmers. */
static void
test_content_stems_any_language (void)
{
  g_auto(GStrv) stems = ds_words_content_stems (NULL, "pencurian data the attacks");

  g_assert_true (g_strv_contains ((const char * const *) stems, "curi"));
  g_assert_true (g_strv_contains ((const char * const *) stems, "data"));
  g_assert_true (g_strv_contains ((const char * const *) stems, "attack"));
  g_assert_false (g_strv_contains ((const char * const *) stems, "the"));
}

/* A cache kept over many texts and languages gives what each call alone
 * gives, stems and shared content: a word's stems are kept per language
 * asked for, so "attacks" in English is not answered by what both
 * stemmers made of it. */
static void
test_content_stems_cached (void)
{
  const char * const texts[] = {
    "Pencurian data dan serangan siber",
    "pencurian data the attacks",
    "The attacks of 2022 were attacked",
    "Serangan siber, pencurian; diplomasi!",
    "Élysée dan the attacks",
    "",
  };
  const DsLang *langs[] = { lang ("id"), lang ("en"), NULL };
  DsWordsCache *cache = ds_words_cache_new ();

  for (guint round = 0; round < 2; round++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        {
          g_auto(GStrv) cached = ds_words_cache_content_stems (cache, langs[l], texts[i]);
          g_auto(GStrv) alone = ds_words_content_stems (langs[l], texts[i]);

          g_assert_cmpstrv (cached, alone);
          for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
            g_assert_cmpint (ds_words_cache_share_content (cache, langs[l], texts[i], texts[k]), ==,
                             ds_words_share_content (langs[l], texts[i], texts[k]));
        }
  ds_words_cache_free (cache);
}

static void
test_share_and_coverage (void)
{
  const DsLang *id = lang ("id");
  const DsLang *en = lang ("en");

  g_assert_true (ds_words_share_content (id, "mencuri data pribadi", "pencurian identitas"));
  g_assert_false (ds_words_share_content (id, "negosiasi tertutup", "nota diplomatik"));
  /* Function words are never shared content. */
  g_assert_false (ds_words_share_content (id, "yang dan di dalam tiga", "yang dan di dalam tiga"));
  g_assert_false (ds_words_share_content (en, "which of these", "which of those"));
  g_assert_true (ds_words_share_content (en, "Cyber-attacks", "an attack"));

  g_assert_cmpfloat (ds_words_coverage (id, "aspek ekonomi", "pembangunan ekonomi nasional"), ==, 0.5);
  g_assert_cmpfloat (ds_words_coverage (id, "serangan siber", "siber diserang"), ==, 1.0);
  g_assert_cmpfloat (ds_words_coverage (en, "cyber attacks", "an attack on a network"), ==, 0.5);
  g_assert_cmpfloat (ds_words_coverage (id, "dan yang", "dan yang"), ==, 0.0);
  g_assert_cmpfloat (ds_words_coverage (id, "", "apa saja"), ==, 0.0);
  g_assert_cmpfloat (ds_words_coverage (id, "keamanan", ""), ==, 0.0);
}

/* ------------------------------------------------------------------ */
/* Threads                                                             */

static const char *const thread_words[] = {
  "kebijakan", "pencurian", "menyerang", "kedaulatan", "perundingan", "keamanan",
  "attacks", "negotiations", "governments", "sovereignty", "cooperation", "nations",
};

#define N_ROUNDS 2000

/* Stems the words over and over, in both languages, and counts the results
 * that differ from @data's. */
static gpointer
stem_in_thread (gpointer data)
{
  char **expected = data;
  guint wrong = 0;

  for (guint round = 0; round < N_ROUNDS; round++)
    for (guint i = 0; i < G_N_ELEMENTS (thread_words); i++)
      {
        g_autofree char *stem = ds_words_stem (lang (i < 6 ? "id" : "en"), thread_words[i]);

        wrong += strcmp (stem, expected[i]) != 0;
      }
  return GUINT_TO_POINTER (wrong);
}

static void
test_threads (void)
{
  char *expected[G_N_ELEMENTS (thread_words)];
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (thread_words); i++)
    expected[i] = ds_words_stem (lang (i < 6 ? "id" : "en"), thread_words[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("stem", stem_in_thread, expected);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (thread_words); i++)
    g_free (expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/words/fold", test_fold);
  g_test_add_func ("/words/fold-strip-marks", test_fold_strip_marks);
  g_test_add_func ("/words/fold-hash", test_fold_hash);
  g_test_add_func ("/words/fold-invalid-utf8", test_fold_invalid_utf8);
  g_test_add_func ("/words/fold-same-as-before", test_fold_same_as_before);
  g_test_add_func ("/words/card-ids-unchanged", test_card_ids_unchanged);
  g_test_add_func ("/words/stem", test_stem);
  g_test_add_func ("/words/stop", test_stop);
  g_test_add_func ("/words/content-stems", test_content_stems);
  g_test_add_func ("/words/content-stems-any-language", test_content_stems_any_language);
  g_test_add_func ("/words/content-stems-cached", test_content_stems_cached);
  g_test_add_func ("/words/share-and-coverage", test_share_and_coverage);
  g_test_add_func ("/words/threads", test_threads);

  return g_test_run ();
}
