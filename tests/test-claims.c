/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The claim extractor's rules, one at a time, on small synthetic
 * paragraphs (not the seeds): count words checked against the items, lost
 * lettered items, cue words, markers, bullet blocks, definitions, facts,
 * sentence ends that are not ("ab.", "Vol. 5", "dll]", "5.0."), spans.
 */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-parser.h"

typedef struct {
  DsEssay   *essay;
  GPtrArray *claims;
} Extracted;

static Extracted
extract (const char *text)
{
  g_autoptr(GError) error = NULL;
  Extracted x;

  x.essay = ds_parser_parse (text, -1, "t", &error);
  g_assert_no_error (error);
  x.claims = ds_claims_extract (x.essay);
  return x;
}

static void
extracted_clear (Extracted *x)
{
  g_ptr_array_unref (x->claims);
  g_assert_finalize_object (x->essay);
}

static DsClaim *
find (Extracted   *x,
      DsClaimKind  kind,
      const char  *subject)
{
  for (guint i = 0; i < x->claims->len; i++)
    {
      DsClaim *claim = x->claims->pdata[i];

      if ((claim->kind == kind || (kind == DS_CLAIM_ENUMERATION && claim->kind == DS_CLAIM_ROLE)) &&
          g_strcmp0 (claim->subject, subject) == 0)
        return claim;
    }
  return NULL;
}

static void
assert_items (DsClaim            *claim,
              const char * const *items)
{
  g_assert_nonnull (claim);
  g_assert_cmpuint (ds_claim_get_n_items (claim), ==, g_strv_length ((char **) items));
  for (guint i = 0; items[i] != NULL; i++)
    g_assert_cmpstr (ds_claim_get_item (claim, i), ==, items[i]);
}

/* Every item's span holds the item's text, inside the claim's span. */
static void
assert_spans (Extracted *x)
{
  for (guint i = 0; i < x->claims->len; i++)
    {
      DsClaim *claim = x->claims->pdata[i];
      g_autofree char *sentence = ds_essay_dup_span (x->essay, claim->start, claim->end);

      g_assert_cmpstr (sentence, ==, claim->sentence);
      for (guint k = 0; k < ds_claim_get_n_items (claim); k++)
        {
          DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, k);
          g_autofree char *text = ds_essay_dup_span (x->essay, item->start, item->end);

          g_assert_cmpstr (text, ==, item->text);
          g_assert_cmpuint (item->start, >=, claim->start);
          g_assert_cmpuint (item->end, <=, claim->end);
        }
    }
}

static void
test_count_and_lost_letter (void)
{
  Extracted x = extract ("Judul\n\nPembuka kalimat. Ada tiga manfaat utama yang dicatat ab. menghemat biaya perjalanan; "
                         "c. mempercepat komunikasi antarnegara. Penutup.\n");
  DsClaim *claim = find (&x, DS_CLAIM_ENUMERATION, "manfaat utama yang dicatat");
  const char * const items[] = { "menghemat biaya perjalanan", "mempercepat komunikasi antarnegara", NULL };

  assert_items (claim, items);
  g_assert_cmpuint (claim->stated_count, ==, 3);
  g_assert_cmpstr (claim->count_word, ==, "tiga");
  g_assert_nonnull (claim->warnings);
  g_assert_cmpstr (claim->warnings->pdata[0], ==,
                   "Sumber menyebut tiga manfaat utama yang dicatat, tetapi butir a. tidak ada dalam teks; "
                   "hanya 2 butir yang terbaca.");
  /* "ab." and "c." end no sentence: the span is the whole sentence. */
  g_assert_true (g_str_has_prefix (claim->sentence, "Ada tiga manfaat"));
  g_assert_true (g_str_has_suffix (claim->sentence, "antarnegara."));
  assert_spans (&x);
  extracted_clear (&x);
}

static void
test_count_mismatch (void)
{
  Extracted x = extract ("Judul\n\nTerdapat empat tujuan kerja sama yaitu (1) menjaga perdamaian (2) membangun kepercayaan "
                         "(3) memperluas pasar.\n");
  DsClaim *claim = find (&x, DS_CLAIM_ENUMERATION, "tujuan kerja sama");
  const char * const items[] = { "menjaga perdamaian", "membangun kepercayaan", "memperluas pasar", NULL };

  assert_items (claim, items);
  g_assert_cmpuint (claim->stated_count, ==, 4);
  g_assert_nonnull (claim->warnings);
  g_assert_cmpstr (claim->warnings->pdata[0], ==,
                   "Sumber menyebut empat tujuan kerja sama, tetapi hanya 3 butir yang terbaca.");
  extracted_clear (&x);
}

static void
test_count_agrees (void)
{
  Extracted x = extract ("Judul\n\nMedia baru memiliki dua kelebihan yaitu (1) cepat menjangkau publik (2) murah.\n");
  /* What is listed belongs to the sentence's subject. */
  DsClaim *claim = find (&x, DS_CLAIM_ENUMERATION, "kelebihan media baru");
  const char * const items[] = { "cepat menjangkau publik", "murah", NULL };

  assert_items (claim, items);
  g_assert_cmpuint (claim->stated_count, ==, 2);
  g_assert_null (claim->warnings);
  extracted_clear (&x);
}

static void
test_cue_yaitu (void)
{
  Extracted x = extract ("Judul\n\nAdapun fungsi dari kedutaan yaitu melindungi, mewakili, melaporkan, dan mempromosikan "
                         "kepentingan negara atau warga.\n");
  DsClaim *claim = find (&x, DS_CLAIM_ENUMERATION, "fungsi dari kedutaan");
  const char * const items[] = { "melindungi", "mewakili", "melaporkan",
                                 "mempromosikan kepentingan negara atau warga", NULL };

  assert_items (claim, items);
  g_assert_cmpint (claim->form, ==, DS_LIST_FORM_NAMING);
  g_assert_cmpuint (claim->stated_count, ==, 0);
  assert_spans (&x);
  extracted_clear (&x);
}

static void
test_cue_seperti (void)
{
  Extracted x = extract ("Judul\n\nAplikasi pesan seperti Telegram, Signal dan WhatsApp telah menjadi saluran resmi. "
                         "Kanal seperti situs web, surel, podcast dan lain-lain dipakai kedutaan.\n");
  const char * const names[] = { "Telegram", "Signal", "WhatsApp", NULL };
  const char * const channels[] = { "situs web", "surel", "podcast", NULL };
  DsClaim *claim = find (&x, DS_CLAIM_ENUMERATION, "aplikasi pesan");

  /* The last name ends where the sentence goes on. */
  assert_items (claim, names);
  g_assert_cmpint (claim->form, ==, DS_LIST_FORM_EXAMPLES);
  /* "dan lain-lain" says the list goes on; it is no item. */
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "kanal"), channels);
  extracted_clear (&x);
}

static void
test_other_cues (void)
{
  Extracted x = extract ("Judul\n\nKerja sama ini meliputi pendidikan, kesehatan, dan energi. "
                         "Delegasi itu terdiri dari diplomat, peneliti, dan wartawan. "
                         "Banyak sektor terdampak, mulai dari pertanian, perikanan, hingga pariwisata. "
                         "Sasaran program sebagai berikut: literasi digital, keamanan data. "
                         "Tantangan yang dihadapi antara lain birokrasi yang lambat, infrastruktur yang belum "
                         "merata, serta keterbatasan tenaga ahli.\n");
  const char * const challenges[] = { "birokrasi yang lambat", "infrastruktur yang belum merata",
                                      "keterbatasan tenaga ahli", NULL };
  const char * const sectors[] = { "pertanian", "perikanan", "pariwisata", NULL };
  const char * const targets[] = { "literasi digital", "keamanan data", NULL };
  gboolean meliputi = FALSE, terdiri = FALSE;

  for (guint i = 0; i < x.claims->len; i++)
    {
      DsClaim *claim = x.claims->pdata[i];

      if (claim->form == DS_LIST_FORM_COMPLETE && g_str_has_suffix (claim->lead, "mulai dari"))
        assert_items (claim, sectors);
      if (g_strcmp0 (claim->cue, "meliputi") == 0)
        meliputi = ds_claim_get_n_items (claim) == 3;
      if (g_strcmp0 (claim->cue, "terdiri dari") == 0)
        terdiri = ds_claim_get_n_items (claim) == 3;
    }
  g_assert_true (meliputi);
  g_assert_true (terdiri);
  /* A colon makes two items a list. */
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "sasaran program"), targets);
  /* A verb in a relative clause ("yang belum merata") ends no example. */
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "tantangan yang dihadapi"), challenges);
  extracted_clear (&x);
}

static void
test_country_items (void)
{
  Extracted x = extract ("Judul\n\nBeberapa negara membentuk kantor khusus seperti di Jepang Digital Agency, "
                         "Australia Department of Foreign Affairs, Trade Office, Korea Digital Team.\n");
  const char * const items[] = { "Jepang Digital Agency",
                                 "Australia Department of Foreign Affairs, Trade Office",
                                 "Korea Digital Team", NULL };

  assert_items (find (&x, DS_CLAIM_ENUMERATION, "kantor khusus"), items);
  extracted_clear (&x);
}

static void
test_bullets (void)
{
  Extracted x = extract ("Judul\n\nTujuan ini dapat dicapai melalui :\n"
                         "- Membuka kantor perwakilan\n- Mengirim utusan khusus\n- Menandatangani perjanjian\n"
                         "Paragraf lain.\n");
  const char * const items[] = { "Membuka kantor perwakilan", "Mengirim utusan khusus",
                                 "Menandatangani perjanjian", NULL };
  DsClaim *claim = NULL;

  for (guint i = 0; i < x.claims->len; i++)
    if (ds_claim_get_n_items (x.claims->pdata[i]) == 3)
      claim = x.claims->pdata[i];
  assert_items (claim, items);
  g_assert_cmpint (claim->form, ==, DS_LIST_FORM_COMPLETE);
  g_assert_cmpstr (claim->lead, ==, "Tujuan ini dapat dicapai melalui");
  assert_spans (&x);
  extracted_clear (&x);
}

static void
test_definitions (void)
{
  Extracted x = extract ("Judul\n\nDiplomasi publik adalah upaya negara memengaruhi publik negara lain. "
                         "Soft power merupakan kemampuan menarik pihak lain tanpa paksaan. "
                         "Yang dimaksud dengan diplomasi siber adalah diplomasi di ruang siber untuk menjaga perdamaian. "
                         "Hal itu adalah sesuatu yang penting. "
                         "Badan Siber dan Sandi Negara (BSSN) adalah lembaga yang menjaga keamanan siber.\n");
  DsClaim *publik = find (&x, DS_CLAIM_DEFINITION, "diplomasi publik");
  DsClaim *soft = find (&x, DS_CLAIM_DEFINITION, "Soft power");
  DsClaim *siber = find (&x, DS_CLAIM_DEFINITION, "diplomasi siber");

  if (soft == NULL)
    soft = find (&x, DS_CLAIM_DEFINITION, "soft power");
  g_assert_nonnull (publik);
  g_assert_cmpstr (publik->body, ==, "upaya negara memengaruhi publik negara lain");
  g_assert_cmpstr (publik->cue, ==, "adalah");
  g_assert_nonnull (soft);
  g_assert_cmpstr (soft->body, ==, "kemampuan menarik pihak lain tanpa paksaan");
  g_assert_nonnull (siber);
  g_assert_cmpstr (siber->body, ==, "diplomasi di ruang siber untuk menjaga perdamaian");
  /* A name with "dan" and its acronym is one term. */
  g_assert_nonnull (find (&x, DS_CLAIM_DEFINITION, "Badan Siber dan Sandi Negara (BSSN)"));
  /* "Hal itu" is no term. */
  for (guint i = 0; i < x.claims->len; i++)
    g_assert_false (g_str_has_prefix (((DsClaim *) x.claims->pdata[i])->subject, "Hal"));
  extracted_clear (&x);
}

static void
test_facts (void)
{
  Extracted x = extract ("Judul\n\nMenteri Luar Negeri Retno Marsudi menegaskan bahwa diplomasi harus melindungi warga. "
                         "Melalui akun resmi seperti @KBRI_Tokyo, kedutaan menjawab pertanyaan warga. "
                         "Kampanye itu diikuti 35 ribu orang dari berbagai negara. "
                         "Pada tahun 2022 ekspor produk kreatif mencapai 25 miliar dolar. "
                         "Gejala ini dikenal dengan istilah infodemi, yaitu banjir informasi.\n");
  DsClaim *said = find (&x, DS_CLAIM_FACT, "Menteri Luar Negeri Retno Marsudi");
  DsClaim *account = find (&x, DS_CLAIM_FACT, "@KBRI_Tokyo");
  DsClaim *figure = find (&x, DS_CLAIM_FACT, "35 ribu orang");

  g_assert_nonnull (said);
  g_assert_cmpstr (said->question, ==, "Siapa yang menegaskan bahwa diplomasi harus melindungi warga?");
  g_assert_nonnull (account);
  g_assert_cmpstr (account->question, ==, "Melalui akun resmi apa kedutaan menjawab pertanyaan warga?");
  g_assert_nonnull (figure);
  g_assert_nonnull (strstr (figure->body, "diikuti _____ dari"));
  g_assert_nonnull (find (&x, DS_CLAIM_FACT, "infodemi"));
  /* The figure, not the year. */
  g_assert_nonnull (find (&x, DS_CLAIM_FACT, "25 miliar dolar"));
  g_assert_null (find (&x, DS_CLAIM_FACT, "2022"));
  extracted_clear (&x);
}

/* "Vol. 5", "No.3", "dll]", "5.0." and initials end no sentence early. */
static void
test_sentence_ends (void)
{
  Extracted x = extract ("Judul\n\nMenurut Jurnal Vol. 5 No.3 karya Z. Assegaff, diplomasi digital adalah diplomasi lewat "
                         "media [youtube, facebook dll] yang terbuka. Era pemerintahan 5.0. Ruang siber adalah "
                         "domain global tempat negara berinteraksi.\n");
  DsClaim *digital = find (&x, DS_CLAIM_DEFINITION, "diplomasi digital");
  DsClaim *ruang = find (&x, DS_CLAIM_DEFINITION, "ruang siber");

  g_assert_nonnull (digital);
  g_assert_true (g_str_has_prefix (digital->sentence, "Menurut Jurnal Vol. 5"));
  g_assert_true (g_str_has_suffix (digital->sentence, "yang terbuka."));
  g_assert_nonnull (ruang);
  g_assert_true (g_str_has_prefix (ruang->sentence, "Ruang siber adalah"));
  assert_spans (&x);
  extracted_clear (&x);
}

static void
test_role_heading (void)
{
  Extracted x = extract ("Judul\n\nPembuka yang biasa saja.\n\n## Peran Pemerintah\n\n"
                         "Melalui kanal resmi, pemerintah secara rutin mengumumkan kebijakan, menjawab keluhan "
                         "dan membuka data publik.\n\n## Penutup\n\n"
                         "Warga rajin membaca berita, menulis opini dan mengikuti diskusi.\n");
  DsClaim *role = find (&x, DS_CLAIM_ROLE, "pemerintah");
  const char * const items[] = { "mengumumkan kebijakan", "menjawab keluhan", "membuka data publik", NULL };

  assert_items (role, items);
  g_assert_cmpint (role->form, ==, DS_LIST_FORM_ACTIONS);
  g_assert_cmpstr (role->lead, ==, "melalui kanal resmi");
  g_assert_cmpstr (role->topic, ==, "Peran Pemerintah");
  /* Without a role heading a list of actions needs a cue word (the
   * closing section's sentence may still be its conclusion, a fact). */
  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      if (g_strcmp0 (claim->topic, "Penutup") == 0)
        g_assert_cmpint (claim->kind, ==, DS_CLAIM_FACT);
    }
  extracted_clear (&x);
}

static void
test_english_rules (void)
{
  Extracted x = extract ("A Title\n\nPublic diplomacy is the effort of a state to reach foreign publics. "
                         "There are three global trends: b. rising threats; c. new markets. "
                         "Embassies use platforms such as Twitter, Facebook and Instagram every day. "
                         "The tools of the ministry include podcasts, newsletters, and webinars. "
                         "The main challenges are attribution, enforcement and trust. "
                         "The internet is a network of networks that links billions of devices.\n");
  const char * const challenges[] = { "attribution", "enforcement", "trust", NULL };
  DsClaim *definition = find (&x, DS_CLAIM_DEFINITION, "public diplomacy");
  DsClaim *trends = find (&x, DS_CLAIM_ENUMERATION, "global trends");
  const char * const platforms[] = { "Twitter", "Facebook", "Instagram", NULL };

  g_assert_true (g_strcmp0 (ds_essay_get_language (x.essay), "en") == 0);
  g_assert_nonnull (definition);
  g_assert_cmpstr (definition->body, ==, "the effort of a state to reach foreign publics");
  g_assert_nonnull (trends);
  g_assert_true (trends->english);
  g_assert_cmpuint (trends->stated_count, ==, 3);
  g_assert_cmpstr (trends->warnings->pdata[0], ==,
                   "The source names three global trends, but item a. is missing from the text; only 2 items can be read.");
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "platforms"), platforms);
  g_assert_nonnull (find (&x, DS_CLAIM_ENUMERATION, "tools of the ministry"));
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "main challenges"), challenges);
  g_assert_nonnull (find (&x, DS_CLAIM_DEFINITION, "the internet"));
  extracted_clear (&x);
}

static void
test_no_claims_in_plain_prose (void)
{
  Extracted x = extract ("Judul\n\nHari ini kami berjalan ke pasar dan membeli sayur. Cuaca cerah sekali.\n");

  g_assert_cmpuint (x.claims->len, ==, 0);
  extracted_clear (&x);
}

/* Bylines, dates and sources are no prose, nor is the dateline that opens
 * a news article: no claim comes from them, and the paragraph after the
 * dateline is read as any other. */
static void
test_metadata_and_dateline (void)
{
  Extracted x = extract ("Lembaga Siber Baru Dibentuk\n"
                         "Oleh: Rina Pratiwi\n"
                         "Diperbarui 14 Februari 2025, 09:15 WIB\n\n"
                         "JAKARTA, WARTANUSA.com – Diplomasi siber adalah upaya negara menjaga "
                         "perdamaian di ruang siber.\n"
                         "Sumber: Laporan tahunan itu mencatat 120 serangan terhadap 35 lembaga "
                         "pada tahun 2024.\n");
  const DsBlock *lead = ds_essay_get_block (x.essay, 2);
  DsClaim *siber = find (&x, DS_CLAIM_DEFINITION, "diplomasi siber");

  if (siber == NULL)
    siber = find (&x, DS_CLAIM_DEFINITION, "Diplomasi siber");
  g_assert_cmpint (lead->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_nonnull (siber);
  g_assert_cmpuint (siber->start, ==, lead->prose_start);
  for (guint i = 0; i < x.claims->len; i++)
    {
      DsClaim *claim = x.claims->pdata[i];
      int block = ds_essay_block_at_char (x.essay, claim->start);

      g_assert_cmpint (block, >=, 0);
      g_assert_cmpint (ds_essay_get_block (x.essay, block)->kind, !=, DS_BLOCK_METADATA);
      g_assert_null (strstr (claim->sentence, "WARTANUSA"));
    }
  assert_spans (&x);
  extracted_clear (&x);
}

/* A name the essay writes with a capital inside its sentences keeps it,
 * though the sentence that defines it starts with it; a word the essay
 * also writes in lower case does not. */
/* A question that lowers the sentence's capital keeps a word in
 * capitals, or with a capital inside it, as the sentence writes it. */
static void
test_questions_keep_inner_capitals (void)
{
  Extracted x = extract ("# Who Keeps the Internet Running\n\n"
                         "The technical core of the internet is looked after by a few bodies.\n\n"
                         "ICANN diplomacy aims to keep the root zone stable. "
                         "ASEAN cyber cooperation depends on trust between agencies.\n");
  gboolean aim = FALSE, depends = FALSE;

  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      if (claim->question == NULL)
        continue;
      g_assert_null (strstr (claim->question, "iCANN"));
      g_assert_null (strstr (claim->question, "aSEAN"));
      aim |= strstr (claim->question, "ICANN diplomacy") != NULL;
      depends |= strstr (claim->question, "ASEAN cyber cooperation") != NULL;
    }
  g_assert_true (aim);
  g_assert_true (depends);
  extracted_clear (&x);
}

/* A country or a city said to be one is no term to define, whether or
 * not the lexicon's country list holds it; what it was first to do is
 * still asked. */
static void
test_place_name_not_defined (void)
{
  Extracted x = extract ("# Diplomasi Digital Baltik\n\n"
                         "Negara-negara Baltik memimpin diplomasi digital di Eropa.\n\n"
                         "Estonia adalah negara kecil di tepi Laut Baltik yang memimpin tata kelola digital. "
                         "Tallinn adalah ibu kota Estonia yang menjadi markas pusat pertahanan siber. "
                         "Estonia adalah negara pertama yang menggelar pemilu daring secara nasional.\n");
  gboolean first = FALSE;

  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      g_assert_false (claim->kind == DS_CLAIM_DEFINITION &&
                      (g_ascii_strcasecmp (claim->subject, "Estonia") == 0 ||
                       g_ascii_strcasecmp (claim->subject, "Tallinn") == 0));
      first |= claim->question != NULL && strstr (claim->question, "negara pertama") != NULL &&
               g_strcmp0 (claim->subject, "Estonia") == 0;
    }
  g_assert_true (first);
  extracted_clear (&x);

  x = extract ("# Baltic Digital Diplomacy\n\n"
               "The Baltic states lead digital diplomacy in Europe.\n\n"
               "Lithuania is a small country on the Baltic Sea that leads in digital governance. "
               "Vilnius is the capital of Lithuania and hosts a regional cyber centre.\n");
  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      g_assert_false (claim->kind == DS_CLAIM_DEFINITION &&
                      (g_ascii_strcasecmp (claim->subject, "Lithuania") == 0 ||
                       g_ascii_strcasecmp (claim->subject, "Vilnius") == 0));
    }
  extracted_clear (&x);
}

/* "X did Y, which led to Z": what the clause before caused is asked,
 * beside the blank of its year. */
static void
test_which_led_to (void)
{
  static const struct { const char *text, *question, *answer; } cases[] = {
    { "# Cyber Weapons\n\nStates have argued about cyber weapons for two decades.\n\n"
      "The Stuxnet attack damaged Iranian centrifuges, which led to a global debate on cyber weapons.\n",
      "What led to a global debate on cyber weapons?", "The Stuxnet attack damaged Iranian centrifuges" },
    { "# Senjata Siber\n\nNegara-negara berdebat soal senjata siber selama dua dekade.\n\n"
      "Wabah WannaCry melumpuhkan rumah sakit Inggris pada 2017, yang mendorong aturan baru tentang pembaruan "
      "perangkat lunak.\n",
      "Apa yang mendorong aturan baru tentang pembaruan perangkat lunak?",
      "Wabah WannaCry melumpuhkan rumah sakit Inggris pada 2017" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Extracted x = extract (cases[c].text);
      gboolean asked = FALSE, year = FALSE;

      for (guint i = 0; i < x.claims->len; i++)
        {
          const DsClaim *claim = x.claims->pdata[i];

          asked |= g_strcmp0 (claim->question, cases[c].question) == 0 && g_strcmp0 (claim->subject, cases[c].answer) == 0;
          year |= g_strcmp0 (claim->subject, "2017") == 0;
        }
      g_assert_true (asked);
      g_assert_true (year || c == 0);
      extracted_clear (&x);
    }
}

/* "Although A did X in 2019, …; B did Y in 2020": the act after the
 * semicolon is asked besides the first. */
static void
test_semicolon_second_act (void)
{
  Extracted x = extract ("# Digital Trade\n\nDigital trade deals multiply across Asia.\n\n"
                         "Although Japan signed the data pact in 2019, trade stalled; "
                         "China launched a rival data scheme in 2020.\n");
  gboolean first = FALSE, second = FALSE;

  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      first |= g_strcmp0 (claim->subject, "2019") == 0;
      second |= g_strcmp0 (claim->question, "When did China launch a rival data scheme?") == 0 &&
                g_strcmp0 (claim->subject, "2020") == 0;
    }
  g_assert_true (first);
  g_assert_true (second);
  extracted_clear (&x);
}

/* "kedua kawasan" (both regions) counts nothing a series in the next
 * sentence could be: no list of two. */
static void
test_kedua_counts_nothing (void)
{
  Extracted x = extract ("# Jembatan Data\n\nAliran data antara Asia Tenggara dan Eropa bertumpu pada kesepakatan.\n\n"
                         "Panduan bersama kedua kawasan kemudian diluncurkan oleh Komisi Eropa pada 2023. "
                         "Panduan lama itu digantikan oleh Panduan Bersama ASEAN-UE, dan perusahaan harus "
                         "menyesuaikan kontraknya.\n");

  for (guint i = 0; i < x.claims->len; i++)
    g_assert_false (((DsClaim *) x.claims->pdata[i])->kind == DS_CLAIM_ENUMERATION);
  extracted_clear (&x);
}

/* One role: the actor keeps its article; a relative clause's verb
 * names no actor. */
static void
test_single_role_actor (void)
{
  Extracted x = extract ("# Data Hubs\n\nSoutheast Asia competes for data centres.\n\n"
                         "Singapore is a city-state that serves as the data hub of Southeast Asia. "
                         "The ministry serves as the focal point for cyber incidents.\n");
  gboolean ministry = FALSE;

  for (guint i = 0; i < x.claims->len; i++)
    {
      const DsClaim *claim = x.claims->pdata[i];

      g_assert_false (claim->question != NULL && strstr (claim->question, "city-state play") != NULL);
      ministry |= g_strcmp0 (claim->question, "What role does the ministry play according to the essay?") == 0;
    }
  g_assert_true (ministry);
  extracted_clear (&x);
}

static void
test_names_keep_capitals (void)
{
  Extracted x = extract ("# Keamanan Laut\n\n"
                         "Bakorla adalah badan yang mengoordinasikan patroli keamanan laut di perbatasan. "
                         "Sejak 2008, Bakorla dipimpin oleh seorang laksamana.\n\n"
                         "Patroli adalah kegiatan pengawasan laut yang dijalankan kapal negara. "
                         "Setiap patroli dilaporkan kepada kementerian.\n");

  g_assert_nonnull (find (&x, DS_CLAIM_DEFINITION, "Bakorla"));
  g_assert_null (find (&x, DS_CLAIM_DEFINITION, "bakorla"));
  g_assert_null (find (&x, DS_CLAIM_DEFINITION, "Patroli"));
  extracted_clear (&x);

  /* A name is restored whole or not at all: "Fisheries" is written with
   * its capital only inside "the Pacific Fisheries Forum", and "fisheries
   * diplomacy" is no name. */
  x = extract ("# Pacific Seas\n\n"
               "Fisheries diplomacy is the negotiation of catch quotas and vessel inspections between "
               "coastal states through bilateral treaties.\n\n"
               "The Pacific Fisheries Forum meets every year in Honiara.\n");
  g_assert_nonnull (find (&x, DS_CLAIM_DEFINITION, "fisheries diplomacy"));
  g_assert_null (find (&x, DS_CLAIM_DEFINITION, "Fisheries diplomacy"));
  extracted_clear (&x);

  /* A surname the essay gave whole before ("Rahmat Siregar") and then
   * writes alone only to open sentences ("Siregar menyebut …") is still
   * a name, and the scholar who names a list is its source. */
  x = extract ("# Daya Tarik\n\n"
               "Gagasan itu dikembangkan oleh Rahmat Siregar dalam kajiannya tentang negara kecil. "
               "Siregar menyebut tiga sumber daya tarik: budaya, nilai politik, dan kebijakan luar negeri.\n\n"
               "Peneliti itu mencatat dua kelemahan gagasan daya tarik, yaitu ukuran yang kabur dan "
               "ketergantungan pada survei.\n");
  g_assert_nonnull (find (&x, DS_CLAIM_ENUMERATION, "sumber daya tarik menurut Siregar"));
  /* ("dua kelemahan gagasan daya tarik, yaitu …": the items of the
   * counted noun, no gloss of the term the label names.) */
  assert_items (find (&x, DS_CLAIM_ENUMERATION, "kelemahan gagasan daya tarik"),
                (const char *[]) { "ukuran yang kabur", "ketergantungan pada survei", NULL });
  g_assert_null (find (&x, DS_CLAIM_DEFINITION, "daya tarik"));
  extracted_clear (&x);
}

/* A quote mark reached before any saying verb, after a speaker's name
 * and a colon ('Kementerle": "Media Sosial, …",', a line cut from a JSON
 * manifest pasted into an essay), is no quote anyone said: no report
 * claim, and no question built from a saying verb that is not there (it
 * crashed the engine: the fuzzer found it). */
static void
test_quote_without_saying_verb (void)
{
  Extracted x = extract ("Kementerle\": \"Media Sosial, Aktor Non-Negara, dan Politik di Ruang Siber\",\n");

  for (guint i = 0; i < x.claims->len; i++)
    g_assert_null (((DsClaim *) x.claims->pdata[i])->attribution);
  extracted_clear (&x);
}

static gboolean
has_question (Extracted  *x,
              const char *question)
{
  for (guint i = 0; i < x->claims->len; i++)
    if (g_strcmp0 (((DsClaim *) x->claims->pdata[i])->question, question) == 0)
      return TRUE;
  return FALSE;
}

/* A word capitalised only because it opened its sentence ("Both") goes
 * to lower case inside a question, the names after it keep their
 * capitals; a heading's acronym stays in capitals where the heading
 * owns a list ("Forum ini" under "Peran Forum Pesisir KASPIA"). */
static void
test_initial_capitals (void)
{
  Extracted x = extract ("# Dividing the Caspian Sea\n\n"
                         "Both Kazakhstan and Azerbaijan signed the Caspian Convention in August 2018.\n");

  g_assert_true (has_question (&x, "When did both Kazakhstan and Azerbaijan sign the Caspian Convention?"));
  extracted_clear (&x);

  x = extract ("# Membagi Laut Kaspia\n\n"
               "## Peran Forum Pesisir KASPIA\n\n"
               "Forum ini memiliki tiga tugas utama, yaitu menetapkan kuota tangkapan ikan sturgeon, "
               "menyetujui jalur pipa bawah laut, dan menyelesaikan sengketa dasar laut.\n");
  g_assert_nonnull (find (&x, DS_CLAIM_ENUMERATION, "tugas utama Forum Pesisir KASPIA"));
  extracted_clear (&x);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claims/count-and-lost-letter", test_count_and_lost_letter);
  g_test_add_func ("/claims/count-mismatch", test_count_mismatch);
  g_test_add_func ("/claims/count-agrees", test_count_agrees);
  g_test_add_func ("/claims/cue-yaitu", test_cue_yaitu);
  g_test_add_func ("/claims/cue-seperti", test_cue_seperti);
  g_test_add_func ("/claims/other-cues", test_other_cues);
  g_test_add_func ("/claims/country-items", test_country_items);
  g_test_add_func ("/claims/bullets", test_bullets);
  g_test_add_func ("/claims/definitions", test_definitions);
  g_test_add_func ("/claims/facts", test_facts);
  g_test_add_func ("/claims/sentence-ends", test_sentence_ends);
  g_test_add_func ("/claims/role-heading", test_role_heading);
  g_test_add_func ("/claims/english", test_english_rules);
  g_test_add_func ("/claims/plain-prose", test_no_claims_in_plain_prose);
  g_test_add_func ("/claims/metadata-and-dateline", test_metadata_and_dateline);
  g_test_add_func ("/claims/names-keep-capitals", test_names_keep_capitals);
  g_test_add_func ("/claims/questions-keep-inner-capitals", test_questions_keep_inner_capitals);
  g_test_add_func ("/claims/place-name-not-defined", test_place_name_not_defined);
  g_test_add_func ("/claims/which-led-to", test_which_led_to);
  g_test_add_func ("/claims/semicolon-second-act", test_semicolon_second_act);
  g_test_add_func ("/claims/kedua-counts-nothing", test_kedua_counts_nothing);
  g_test_add_func ("/claims/single-role-actor", test_single_role_actor);
  g_test_add_func ("/claims/initial-capitals", test_initial_capitals);
  g_test_add_func ("/claims/quote-without-saying-verb", test_quote_without_saying_verb);

  return g_test_run ();
}
