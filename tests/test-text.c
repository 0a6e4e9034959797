/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Essays as learners bring them (src/core/text: ds-text-layout.c,
 * ds-text-meta.c, ds-parser-line.c): text copied from a PDF with its hard
 * line breaks, list items that run over two lines, numbered sub-headings,
 * bylines, dates, captions and datelines, characters that look like markup,
 * Markdown's inline marks (ds-text-inline.c).
 * Every passage is written for these tests.
 */
#include <string.h>

#include "ds-parser.h"
#include "ds-test-essay.h"
#include "ds-text-inline.h"

/* ---- Hard-wrapped PDF text ---------------------------------------------- */

/* No blank lines between paragraphs, words split by the typesetter, a page
 * number in a sentence, a name alone on a line in the middle of one. */
static void
test_wrap_hyphenated (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Dalam satu dekade terakhir, pemerintah di kawasan mulai memandang ruang siber "
      "sebagai wilayah yang harus dijaga seperti daratan dan lautan. Upaya itu "
      "dikoordinasikan oleh Kementerian Luar Negeri Republik Indonesia bersama lembaga "
      "teknis yang menangani keamanan jaringan dan perlindungan data warga negara." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Di tingkat kawasan, negara-negara anggota ASEAN menyusun norma bersama untuk "
      "mencegah serangan terhadap infrastruktur penting. Norma tersebut belum mengikat "
      "secara hukum, tetapi kebijakan nasional mulai merujuk kepadanya, misalnya dalam "
      "kerja sama Asia-Pasifik tentang tanggap insiden." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Hasil Sementara" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Sampai akhir tahun lalu, tiga negara telah membentuk tim tanggap darurat siber "
      "yang dapat bertukar informasi secara langsung." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("wrapped-hyphenated.txt");

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Kedaulatan Digital di Asia Tenggara");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* One compound broken at its hyphen is no sign of hyphenation: it stays. */
static void
test_wrap_single_hyphen (void)
{
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("wrapped-single-hyphen.txt");
  const char *text = ds_essay_get_text (essay);

  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 2);
  g_assert_true (g_str_has_prefix (text, "Sejak awal, hubungan antara kebijakan luar negeri "
                                         "dan urusan sosial-budaya dibahas"));
  g_assert_nonnull (strstr (text, "langkah bersama.\nPertemuan terakhir"));
  g_assert_true (g_str_has_suffix (text, "pesan palsu atas nama kantor perwakilan."));
}

/* Paragraphs told apart by indentation; a sentence that ends at the end of
 * a full line does not end its paragraph. */
static void
test_wrap_indented (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pertukaran pelajar adalah salah satu alat diplomasi yang paling tua. Negara "
      "mengundang mahasiswa asing belajar di kampusnya, dengan harapan mereka pulang "
      "membawa kesan baik tentang negara itu dan menjadi sahabatnya di kemudian hari. "
      "Banyak pemimpin dunia pernah belajar di luar negeri sebagai mahasiswa penerima "
      "beasiswa pemerintah lain." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Program semacam itu kini juga berjalan secara daring. Kelas bahasa dan budaya "
      "dibuka untuk peserta dari berbagai negara tanpa perlu menyeberangi lautan." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("wrapped-indented.txt");

  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* Blank lines between paragraphs, numbered sub-headings, a numbered list
 * whose first item runs over two lines. */
static void
test_wrap_sections (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Pendahuluan" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Politik luar negeri Indonesia tidak lagi dijalankan hanya oleh para diplomat "
      "di meja perundingan. Ia juga hadir di layar telepon warga, dalam pertunjukan "
      "budaya, dan dalam kesepakatan dagang." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "1. Diplomasi Publik" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi publik adalah usaha pemerintah untuk menjangkau masyarakat negara "
      "lain secara langsung, tanpa menunggu perantara, melalui media sosial, beasiswa, "
      "dan pertukaran pelajar." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Di banyak perwakilan, akun resmi kini menjadi pintu pertama bagi orang asing "
      "yang ingin mengenal kebijakan Indonesia." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "2. Diplomasi Budaya" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi budaya memakai kesenian, kuliner, dan bahasa untuk membangun rasa "
      "dekat. Pemerintah menempuh tiga cara:" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0,
      "1. mengirim kelompok kesenian ke festival di luar negeri yang diselenggarakan "
      "oleh mitra setempat;" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. membuka kelas bahasa Indonesia;" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "3. mendukung pameran kuliner di kota-kota besar." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Ketiga cara itu saling menguatkan." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("wrapped-sections.txt");
  const DsBlock *budaya = ds_essay_get_block (essay, 5);
  g_autofree char *topic = ds_essay_dup_heading_for_block (essay, 6);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Tiga Wajah Diplomasi Indonesia");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ds_essay_get_block (essay, 2)->number, ==, 1);
  g_assert_cmpuint (budaya->number, ==, 2);
  g_assert_cmpuint (budaya->content_start, ==, budaya->start + 3);
  g_assert_cmpstr (topic, ==, "Diplomasi Budaya");
}

/* An essay with one paragraph per line is no wrapped text, however short
 * its lines: a full line is no reason to join; only a line that starts in
 * lower case after one that does not end its sentence goes on with it
 * (the sentence was broken by hand, as Markdown's soft line break does). */
static void
test_wrap_not_wrapped (void)
{
  static const char input[] =
    "Judul Esai Pendek\n"
    "\n"
    "Latar Belakang\n"
    "Indonesia memiliki lebih dari dua ratus juta pengguna internet aktif.\n"
    "Angka itu menjadikannya salah satu pasar digital terbesar di Asia.\n"
    "Pemerintah melihat peluang sekaligus ancaman dari pertumbuhan pasar digital yang sangat cepat ini\n"
    "dan menanggapinya dengan kebijakan baru setiap tahun sejak 2019.\n"
    "Tujuan\n"
    "Esai ini menjelaskan peran diplomasi dalam menjaga ruang siber kita.\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Latar Belakang" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Indonesia memiliki lebih dari dua ratus juta pengguna internet aktif." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Angka itu menjadikannya salah satu pasar digital terbesar di Asia." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pemerintah melihat peluang sekaligus ancaman dari pertumbuhan pasar digital yang sangat cepat ini "
      "dan menanggapinya dengan kebijakan baru setiap tahun sejak 2019." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Tujuan" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Esai ini menjelaskan peran diplomasi dalam menjaga ruang siber kita." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse (input);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul Esai Pendek");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* English, hyphenated: compounds keep their hyphen ("well-known",
 * "State-sponsored"), split words lose it. */
static void
test_wrap_english (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Small states rarely shape the rules of cyberspace on their own. They rely on "
      "regional groupings to amplify their voice, and on well-known principles of "
      "international law that larger powers have already accepted. State-sponsored "
      "operations against critical infrastructure are the main concern of such states, "
      "because a single incident can halt a national power grid for days. Some "
      "governments have therefore created dedicated cyber agencies." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Building Capacity" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Capacity building means training officials, drafting laws and sharing threat "
      "intelligence among partners. It is slow work, and its results are hard to "
      "measure, but most observers agree that it has made regional responses faster." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("wrapped-english.txt");

  g_assert_cmpstr (ds_essay_get_language (essay), ==, "en");
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Cyber Norms and Small States");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* A short chapter of a thesis: more heading lines than paragraphs, still
 * a wrapped text. */
static void
test_wrap_short_chapter (void)
{
  static const char input[] =
    "2.1 Diplomasi Digital\n"
    "Diplomasi digital adalah pemanfaatan teknologi informasi oleh negara untuk\n"
    "mencapai tujuan politik luar negerinya. Konsep ini berkembang pesat setelah\n"
    "media sosial menjadi saluran komunikasi utama pemerintah dengan publik.\n"
    "2.2 Keamanan Siber\n"
    "Keamanan siber mencakup perlindungan sistem, jaringan, dan data dari serangan\n"
    "yang dapat merugikan negara, perusahaan, maupun individu.\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "2.1 Diplomasi Digital" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi digital adalah pemanfaatan teknologi informasi oleh negara untuk "
      "mencapai tujuan politik luar negerinya. Konsep ini berkembang pesat setelah "
      "media sosial menjadi saluran komunikasi utama pemerintah dengan publik." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "2.2 Keamanan Siber" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Keamanan siber mencakup perlindungan sistem, jaringan, dan data dari serangan "
      "yang dapat merugikan negara, perusahaan, maupun individu." },
  };
  g_autoptr(DsEssay) essay = ds_test_parse (input);

  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* Items of a list whose bullets were lost are as wide as each other and do
 * not end in full stops, but each starts in a capital: no wrapped text. */
static void
test_wrap_lost_bullets (void)
{
  static const char * const lines[] = {
    "Tujuan diplomasi digital antara lain:",
    "Meningkatkan citra negara di mata dunia internasional",
    "Melindungi warga negara Indonesia di luar negeri",
    "Mendorong investasi asing masuk ke dalam negeri",
    "Memperluas pasar ekspor produk kreatif Indonesia",
    "Keempat tujuan itu saling berkaitan satu sama lain dalam praktik.",
  };
  g_autofree char *input = g_strjoinv ("\n", (char **) lines);
  g_autoptr(DsEssay) essay = ds_test_parse (input);

  ds_test_assert_offsets (essay);
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *content = ds_essay_dup_block_content (essay, i);

      g_assert_cmpstr (content, ==, lines[i]);
    }
}

static const char * const wrap_words[] = {
  "diplomasi", "siber", "negara", "kerja", "sama", "kawasan", "Indonesia",
  "ASEAN", "keamanan", "data", "warga", "pemerintah", "kebijakan", "yang",
  "dan", "untuk", "dalam", "serangan", "jaringan", "publik", "2024,",
  "luar", "negeri.", "lembaga", "Kementerian", "norma", "bersama",
};

/* A paragraph of @n_words random words, ending in a full stop. */
static GPtrArray *
random_paragraph (GRand *rand,
                  guint  n_words)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_words; i++)
    g_ptr_array_add (words, g_strdup (wrap_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (wrap_words))]));
  g_free (words->pdata[n_words - 1]);
  words->pdata[n_words - 1] = g_strdup ("akhir.");
  return words;
}

/* Wraps @words greedily at @width bytes into @out. */
static void
wrap_paragraph (GString   *out,
                GPtrArray *words,
                gsize      width)
{
  gsize line = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];

      if (line > 0 && line + 1 + strlen (word) > width)
        {
          g_string_append_c (out, '\n');
          line = 0;
        }
      else if (line > 0)
        {
          g_string_append_c (out, ' ');
          line++;
        }
      g_string_append (out, word);
      line += strlen (word);
    }
  g_string_append (out, "\n\n");
}

/* Random paragraphs wrapped at random widths come back word for word, one
 * block each, joined by single spaces. */
static void
test_wrap_random_paragraphs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      g_autoptr(GString) input = g_string_new (NULL);
      gsize width = g_rand_int_range (rand, 50, 100);
      g_autoptr(DsEssay) essay = NULL;

      for (guint i = 0, n = g_rand_int_range (rand, 2, 6); i < n; i++)
        {
          GPtrArray *words = random_paragraph (rand, g_rand_int_range (rand, 30, 80));

          g_ptr_array_add (paragraphs, words);
          wrap_paragraph (input, words, width);
        }

      essay = ds_test_parse (input->str);
      ds_test_assert_offsets (essay);
      g_assert_null (ds_essay_get_title (essay));
      g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, paragraphs->len);
      for (guint i = 0; i < paragraphs->len; i++)
        {
          GPtrArray *words = paragraphs->pdata[i];
          g_autofree char *expected = NULL;
          g_autofree char *content = ds_essay_dup_block_content (essay, i);

          g_ptr_array_add (words, NULL);
          expected = g_strjoinv (" ", (char **) words->pdata);
          g_assert_cmpint (ds_essay_get_block (essay, i)->kind, ==, DS_BLOCK_PARAGRAPH);
          g_assert_cmpstr (content, ==, expected);
        }
    }
}

/* ---- List items over two lines ------------------------------------------- */

static void
test_list_continuation (void)
{
  static const char input[] =
    "Langkah yang ditempuh pemerintah:\n"
    "- memperkuat tim tanggap insiden di setiap\n"
    "  kementerian dan lembaga\n"
    "- Menyusun pedoman bersama dengan\n"
    "  Badan Siber dan Sandi Negara\n"
    "- melatih aparatur sipil negara agar\n"
    "waspada terhadap pesan palsu\n"
    "- Mengukur hasilnya setiap tahun.\n"
    "  Laporan itu terbuka untuk publik.\n"
    "- menyiapkan anggaran;\n"
    "  dan seterusnya\n"
    "- memantau ancaman yang meliputi\n"
    "a. pencurian data\n"
    "12. menulis laporan yang\n"
    "    dibaca semua kementerian\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Langkah yang ditempuh pemerintah:" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0,
      "• memperkuat tim tanggap insiden di setiap kementerian dan lembaga" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0,
      "• Menyusun pedoman bersama dengan Badan Siber dan Sandi Negara" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0,
      "• melatih aparatur sipil negara agar waspada terhadap pesan palsu" },
    /* An item that ends its sentence, or a semicolon, ends the item. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• Mengukur hasilnya setiap tahun." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Laporan itu terbuka untuk publik." },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• menyiapkan anggaran;" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "dan seterusnya" },
    /* A lettered item is an item of its own, of a lettered list. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• memantau ancaman yang meliputi" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "a. pencurian data" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0,
      "12. menulis laporan yang dibaca semua kementerian" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse (input);
  const DsBlock *last = ds_essay_get_block (essay, 10);

  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (last->number, ==, 12);
  g_assert_cmpuint (last->content_start, ==, last->start + 4);
  /* "a." counts as the first. */
  g_assert_cmpuint (ds_essay_get_block (essay, 9)->number, ==, 1);
  g_assert_cmpuint (ds_essay_get_block (essay, 9)->content_start, ==, ds_essay_get_block (essay, 9)->start + 3);
}

/* ---- Numbered sub-headings ---------------------------------------------- */

static void
test_numbered_headings_markdown (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Negara memakai beberapa instrumen untuk hadir di ruang digital." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "1. Diplomasi Publik" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi publik menjangkau warga negara lain secara langsung." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "2. Diplomasi Data" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi data memakai data terbuka sebagai bahan perundingan." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Tujuan utamanya:" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0,
      "• menjaga arus data lintas batas tetap aman bagi warga dan pelaku usaha kecil" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0,
      "• mencegah pemusatan data pada segelintir perusahaan" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• Memperluas akses." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Kalimat ini masih bagian dari butir ketiga?" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "1. Pertama" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. Kedua" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("subheadings.md");
  const DsBlock *data = ds_essay_get_block (essay, 3);
  g_autofree char *content = ds_essay_dup_block_content (essay, 3);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Instrumen Diplomasi Digital");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (data->number, ==, 2);
  g_assert_cmpstr (content, ==, "Diplomasi Data");
}

static void
test_numbered_headings_plain (void)
{
  static const char input[] =
    "Peran negara dalam diplomasi digital dapat dibagi menjadi beberapa bidang.\n"
    "1. Diplomasi Publik\n"
    "Negara menjangkau warga negara lain lewat akun resmi dan kegiatan budaya.\n"
    "Kegiatan ini juga melibatkan diaspora yang tinggal di luar negeri.\n"
    "Ekonomi Digital\n"
    "2) Diplomasi Ekonomi\n"
    "Negara mempromosikan produk digital dan menarik investasi ke pusat data.\n"
    "Beberapa sasaran yang ingin dicapai:\n"
    "1. Investasi Asing\n"
    "2. Ekspor Jasa Digital\n"
    "3. Lapangan Kerja Baru\n"
    "Ketiga sasaran itu ditinjau setiap tahun.\n"
    "1. Regulasi yang jelas menarik investor.\n"
    "2. Infrastruktur yang andal menekan biaya.\n"
    "Penutup:\n"
    "1. Kesimpulan\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Peran negara dalam diplomasi digital dapat dibagi menjadi beberapa bidang." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "1. Diplomasi Publik" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Negara menjangkau warga negara lain lewat akun resmi dan kegiatan budaya." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Kegiatan ini juga melibatkan diaspora yang tinggal di luar negeri." },
    /* Under a section, a numbered sub-heading is a level below it. */
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Ekonomi Digital" },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "2. Diplomasi Ekonomi" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Negara mempromosikan produk digital dan menarik investasi ke pusat data." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Beberapa sasaran yang ingin dicapai:" },
    /* Short items of a list stay items, the last one too. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "1. Investasi Asing" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. Ekspor Jasa Digital" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "3. Lapangan Kerja Baru" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Ketiga sasaran itu ditinjau setiap tahun." },
    /* Sentences are no headings. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "1. Regulasi yang jelas menarik investor." },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. Infrastruktur yang andal menekan biaya." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Penutup:" },
    /* Nothing follows: no section to head. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "1. Kesimpulan" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse (input);
  /* The title is no section: sub-headings under it are at the top. */
  g_autoptr(DsEssay) titled = ds_test_parse ("# Judul Esai\n\nPembuka esai ini.\n"
                                             "1. Diplomasi Publik\nIsi bagian ini.\n");

  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ds_essay_get_block (essay, 1)->number, ==, 1);
  g_assert_cmpuint (ds_essay_get_block (essay, 5)->number, ==, 2);
  g_assert_cmpstr (ds_essay_get_title (titled), ==, "Judul Esai");
  g_assert_cmpint (ds_essay_get_block (titled, 1)->kind, ==, DS_BLOCK_HEADING);
  g_assert_cmpuint (ds_essay_get_block (titled, 1)->level, ==, 1);
}

/* ---- Metadata ------------------------------------------------------------ */

/* A news article: title, byline, date, a dateline, a caption, a source,
 * and share and advertisement debris. */
static void
test_metadata_news (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Oleh: Rina Pratiwi" },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Editor: Dimas Aryo" },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Diperbarui 14 Februari 2025, 09:15 WIB" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "JAKARTA, WARTANUSA.com – Pemerintah Indonesia mendorong negara-negara tetangga "
      "menyepakati aturan bersama tentang penanganan serangan siber lintas batas." },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0,
      "Petugas memantau lalu lintas jaringan di pusat operasi keamanan. (Foto: Dokumentasi Humas)" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Menurut juru bicara kementerian, usulan itu akan dibahas dalam pertemuan "
      "tingkat menteri bulan depan." },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Sumber: Siaran pers Kementerian Luar Negeri" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("news-id.txt");
  const DsBlock *lead = ds_essay_get_block (essay, 3);
  const DsBlock *second = ds_essay_get_block (essay, 5);
  g_autofree char *prose = ds_essay_dup_span (essay, lead->prose_start, lead->end);

  g_assert_cmpstr (ds_essay_get_title (essay), ==,
                   "Indonesia Dorong Aturan Bersama Keamanan Siber di Forum Kawasan");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_true (g_str_has_prefix (prose, "Pemerintah Indonesia mendorong"));
  /* "JAKARTA, WARTANUSA.com – ": 25 characters, 27 bytes. */
  g_assert_cmpuint (lead->prose_start - lead->content_start, ==, 25);
  g_assert_cmpuint (lead->prose_byte_start - lead->content_byte_start, ==, 27);
  g_assert_cmpuint (second->prose_start, ==, second->content_start);
}

static void
test_metadata_news_english (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "By Jane Hartono and Leo Sumarsono" },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Published on March 3, 2025" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "SINGAPORE (NEWSWIRE) — Ministers from ten countries agreed on Monday to set up "
      "a hotline for serious cyber incidents." },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Image: A delegate speaks at the opening session." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "The hotline will be staffed around the clock, officials said." },
    { DS_BLOCK_METADATA, DS_LIST_NONE, 0, "Source: Joint statement of the ministers" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("news-en.txt");
  const DsBlock *lead = ds_essay_get_block (essay, 2);
  g_autofree char *prose = ds_essay_dup_span (essay, lead->prose_start, lead->end);

  g_assert_cmpstr (ds_essay_get_language (essay), ==, "en");
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Regional Ministers Agree on Cyber Incident Hotline");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_true (g_str_has_prefix (prose, "Ministers from ten countries"));
}

typedef enum {
  LINE_IS_PROSE,
  LINE_IS_METADATA,
  LINE_IS_DEBRIS,
} LineVerdict;

/* One line between two paragraphs: what becomes of it. */
static void
assert_line_verdict (const char  *line,
                     LineVerdict  verdict)
{
  g_autofree char *input = g_strconcat ("Paragraf pembuka ini cukup panjang untuk menjadi paragraf.\n",
                                        line, "\n"
                                        "Paragraf penutup ini juga cukup panjang untuk menjadi paragraf.\n",
                                        NULL);
  g_autoptr(DsEssay) essay = ds_test_parse (input);
  guint n = ds_essay_get_n_blocks (essay);
  const DsBlock *middle = n == 3 ? ds_essay_get_block (essay, 1) : NULL;

  ds_test_assert_offsets (essay);
  if (verdict == LINE_IS_DEBRIS)
    {
      if (n != 2)
        g_error ("“%s” should have been removed", line);
      return;
    }

  if (middle == NULL)
    g_error ("“%s” is not one block of its own", line);
  if ((middle->kind == DS_BLOCK_METADATA) != (verdict == LINE_IS_METADATA))
    g_error ("“%s” is of kind %d", line, middle->kind);
}

static void
test_metadata_lines (void)
{
  static const char * const metadata[] = {
    "Oleh: Rina Pratiwi", "Oleh Rina Pratiwi", "Penulis : Budi Santoso",
    "Editor: Dimas Aryo", "Reporter: A. Wijaya | Editor: B. Lestari",
    "Pewarta: Sari", "By Jane Hartono", "Written by Jane Hartono",
    "Diterbitkan 3 Maret 2025", "Dipublikasikan: Senin, 3 Maret 2025 | 10.30 WIB",
    "Diperbarui 14/02/2025, 09:15 WIB", "Updated March 3, 2025",
    "Published on: 2025-03-03", "Senin, 3 Maret 2025", "3 Mar 2025 10:30 WIB",
    "WARTANUSA.com - 14/02/2025, 09:15 WIB", "(Foto: Dokumentasi Humas)",
    "Foto: Dokumentasi Humas", "Photo: Handout", "Image: A delegate speaks.",
    "Sumber: Kementerian Luar Negeri", "Source: ministry statement",
    "Delegasi tiba di Jenewa. (Foto: Humas)",
    "Kontak: Ruang 204 Gedung C, setiap Selasa", "Narahubung: Bayu, WA 0812 3456 7890",
    "Contact: Room 3.12, office hours Tuesday 2-4 pm",
    /* What a PDF's pages leave under and beside the prose: figure
     * captions and footnotes. */
    "Figure 3. Licence revenue of the members, 2010-2020.",
    "Gambar 2: Sebaran pengungsi di pesisir, 1973-1980",
    "Fig. 4 \xE2\x80\x93 The berm and the team sites",
    "Grafik 1.2 Ekspor tuna per tahun",
    "1 See M. Tarai, Tuna and Power (Suva: USP Press, 2016), pp. 44-61.",
    "(7) Smith, Trade Wars (London: Verso, 2019), pp. 44-61.",
    "[3] Ibid., hlm. 12.",
    "2 R. Havea, \"Selling Days at Sea,\" Marine Policy 51 (2015): 12-19.",
    "12 Lihat Anand, Pulau yang Hilang, hlm. 33.",
    "4 Security Council resolution 690 (1991), para. 4.",
  };
  static const char * const debris[] = {
    "Baca juga: Lima Hal tentang Tim Tanggap Insiden", "BACA JUGA: Judul Lain",
    "Read also: Another story", "Read more: How the hotline works",
    "Advertisement", "ADVERTISEMENT", "Iklan", "Share", "Tweet",
    "Scroll to continue with content", "Lihat Foto",
  };
  static const char * const prose[] = {
    "Oleh karena itu, kerja sama perlu diperluas.",
    "Sumber daya manusia menjadi kunci keamanan siber.",
    "Iklan politik di media sosial diatur ketat.",
    "By the end of 2024, ten states had joined.",
    "Maret 2024 menjadi bulan dengan serangan terbanyak.",
    "Penulis buku itu adalah seorang diplomat.",
    "Pada 3 Maret 2025 perjanjian itu ditandatangani.",
    "Diterbitkan pada 3 Maret 2025, aturan itu segera berlaku untuk semua lembaga.",
    "Share of voice grew fast.",
    "Foto dan video menjadi alat diplomasi publik.",
    "Delegasi tiba di Jenewa untuk perundingan (Sumber: Humas).",
    "Baca juga buku karya Nye tentang kekuatan lunak.",
    "Kontak antarwarga menjadi inti diplomasi olahraga.",
    "Contact between athletes builds trust over time.",
    /* A sentence about a figure, a numbered sentence, a table's caption. */
    "Figure 3 shows that licence revenue grew fourfold.",
    "Gambar 2 menunjukkan sebaran pengungsi di pesisir.",
    "Tabel 1. Empat negara pendiri",
    "2 negara menolak perjanjian itu pada 2019.",
    "3 See how the council voted on the plan.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (metadata); i++)
    assert_line_verdict (metadata[i], LINE_IS_METADATA);
  for (guint i = 0; i < G_N_ELEMENTS (debris); i++)
    assert_line_verdict (debris[i], LINE_IS_DEBRIS);
  for (guint i = 0; i < G_N_ELEMENTS (prose); i++)
    assert_line_verdict (prose[i], LINE_IS_PROSE);
}

/* Where the prose of an essay's first paragraph starts. */
static void
assert_dateline (const char *paragraph,
                 const char *prose)
{
  g_autofree char *input = g_strconcat ("Judul Berita\n\n", paragraph, "\n", NULL);
  g_autoptr(DsEssay) essay = ds_test_parse (input);
  const DsBlock *block = ds_essay_get_block (essay, 0);
  g_autofree char *text = ds_essay_dup_span (essay, block->prose_start, block->end);

  ds_test_assert_offsets (essay);
  g_assert_cmpint (block->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_cmpstr (text, ==, prose);
}

static void
test_metadata_datelines (void)
{
  static const struct {
    const char *paragraph;
    const char *prose;
  } cases[] = {
    { "JAKARTA, WARTANUSA.com – Pemerintah membuka pusat data baru.",
      "Pemerintah membuka pusat data baru." },
    { "JAKARTA (KANTORBERITA) - Pemerintah membuka pusat data baru.",
      "Pemerintah membuka pusat data baru." },
    { "LONDON (Newswire) — Ministers met on Monday.", "Ministers met on Monday." },
    { "Jakarta, KABAR Indonesia -- Pemerintah membuka pusat data baru.",
      "Pemerintah membuka pusat data baru." },
    { "SURABAYA – Wali kota meresmikan layanan daring.", "Wali kota meresmikan layanan daring." },
    { "WARTANUSA.com – Pemerintah membuka pusat data baru.",
      "Pemerintah membuka pusat data baru." },
    /* None of these is a dateline. */
    { "ASEAN – organisasi kawasan yang berdiri pada 1967 – terus berkembang.",
      "ASEAN – organisasi kawasan yang berdiri pada 1967 – terus berkembang." },
    { "Indonesia, sebagai negara kepulauan – memiliki banyak kabel laut.",
      "Indonesia, sebagai negara kepulauan – memiliki banyak kabel laut." },
    { "Diplomasi digital – atau e-diplomasi – adalah diplomasi lewat internet.",
      "Diplomasi digital – atau e-diplomasi – adalah diplomasi lewat internet." },
    { "Menurut laporan itu, JAKARTA – kota terbesar – paling sering diserang.",
      "Menurut laporan itu, JAKARTA – kota terbesar – paling sering diserang." },
  };
  g_autoptr(DsEssay) second = ds_test_parse ("Paragraf pertama tanpa dateline apa pun di awalnya.\n"
                                        "JAKARTA – Pemerintah membuka pusat data baru.\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_dateline (cases[i].paragraph, cases[i].prose);

  /* Only an article's first paragraph opens with a dateline. */
  g_assert_cmpuint (ds_essay_get_block (second, 1)->prose_start, ==,
                    ds_essay_get_block (second, 1)->content_start);
}

/* ---- Markup stays text --------------------------------------------------- */

static void
test_markup_literal (void)
{
  static const char * const fragments[] = {
    "Ada tiga hal yaitu <b>satu</b>, &amp; dua, dan <span class=x>tiga</span>.\n",
    "<script>alert(\"x\")</script> bukan perintah, &lt;tag&gt; juga bukan.\n",
    "• butir dengan <i>miring</i> dan &nbsp; serta &#169;\n",
    "<p>Paragraf HTML</p>",
  };
  static const char * const md_fragments[] = {
    "<em>Bagian</em> &amp; Lainnya\n",
    "Ada tiga hal yaitu <b>satu</b>, &amp; dua, dan <span class=x>tiga</span>.\n",
    "<!-- komentar --> tetap terlihat, begitu pula <br/> dan &quot;kutipan&quot;.\n",
    "• butir dengan <i>miring</i>",
  };
  g_autoptr(DsEssay) txt = ds_test_parse_fixture ("markup.txt");
  g_autoptr(DsEssay) md = ds_test_parse_fixture ("markup.md");
  g_autoptr(GString) expected_txt = g_string_new (NULL);
  g_autoptr(GString) expected_md = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fragments); i++)
    g_string_append (expected_txt, fragments[i]);
  for (guint i = 0; i < G_N_ELEMENTS (md_fragments); i++)
    g_string_append (expected_md, md_fragments[i]);

  g_assert_cmpstr (ds_essay_get_text (txt), ==, expected_txt->str);
  g_assert_cmpstr (ds_essay_get_text (md), ==, expected_md->str);
  g_assert_cmpint (ds_essay_get_block (md, 0)->kind, ==, DS_BLOCK_HEADING);
  g_assert_cmpuint (ds_essay_get_block (md, 0)->level, ==, 2);
}

/* ---- Inline marks ---------------------------------------------------------- */

/* Emphasis, strong and code spans lose their marks; what only looks like a
 * mark stays: a lone star, underscores inside words, a run with no partner,
 * stars between spaces, a backtick with no closing one. */
static void
test_inline_plain (void)
{
  static const struct {
    const char *text;
    const char *plain;
  } cases[] = {
    { "**Diplomasi digital** adalah penggunaan *media sosial* oleh negara.",
      "Diplomasi digital adalah penggunaan media sosial oleh negara." },
    { "sebanyak __87 persen__ memiliki akun _Twitter_ resmi.",
      "sebanyak 87 persen memiliki akun Twitter resmi." },
    { "aplikasi `SafeTravel` dan ``kode `dalam` kode``.",
      "aplikasi SafeTravel dan kode `dalam` kode." },
    { "***sangat penting*** dan **tebal *miring* tebal**.",
      "sangat penting dan tebal miring tebal." },
    { "ke*aman*an siber", "keamanan siber" },
    { "*Soft power*, menurut Nye, adalah daya tarik.", "Soft power, menurut Nye, adalah daya tarik." },
    { "(**catatan**) dan “*kutipan*”.", "(catatan) dan “kutipan”." },
    { "**Jawab:** ya.", "Jawab: ya." },
    /* Text, not marks. */
    { "snake_case dan a_b_c tetap.", "snake_case dan a_b_c tetap." },
    { "2 * 3 * 4 = 24", "2 * 3 * 4 = 24" },
    { "Keohane* dan Nye**", "Keohane* dan Nye**" },
    { "**tanpa penutup dan `tanpa penutup", "**tanpa penutup dan `tanpa penutup" },
    { "`kode dengan *bintang*`", "kode dengan *bintang*" },
    { "*a**b*", "a**b" },
    /* A line break inside the paragraph is a character like any other. */
    { "**Diplomasi\ndigital** adalah *media\nsosial*.", "Diplomasi\ndigital adalah media\nsosial." },
    { "", "" },
    { "Tanpa tanda apa pun.", "Tanpa tanda apa pun." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = ds_text_dup_plain (cases[i].text);

      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

/* A sentence inside a longer emphasis, or one that opens or closes it,
 * loses its half of the pair: marks pair over the whole paragraph, never
 * across paragraphs. The offsets count the marks. */
static void
test_inline_span (void)
{
  g_autoptr(DsEssay) essay = ds_test_parse ("# Catatan\n\n"
                                            "*Catatan pembicara: atribusi itu sulit. Penyerang memakai "
                                            "**bendera palsu** dan alat orang lain.*\n\n"
                                            "**Teori rezim — Keohane (3 fungsi)**\n");
  const char *text = ds_essay_get_text (essay);
  const char *second = strstr (text, "Penyerang");
  const char *own = strstr (text, "Keohane");
  guint start = g_utf8_pointer_to_offset (text, second);
  guint end = g_utf8_pointer_to_offset (text, strstr (second, "\n"));
  g_autofree char *first = ds_essay_dup_plain_span (essay, 0, g_utf8_pointer_to_offset (text, second));
  g_autofree char *plain = ds_essay_dup_plain_span (essay, start, end);
  g_autofree char *raw = ds_essay_dup_span (essay, start, end);
  g_autofree char *tail = ds_essay_dup_plain_span (essay, g_utf8_pointer_to_offset (text, own),
                                                   ds_essay_get_n_chars (essay));
  g_autofree char *lines = ds_text_dup_plain ("**a\nb**\n*c*");
  g_autoptr(DsEssay) parted = ds_test_parse ("# Catatan\n\n*Satu kalimat di sini.\n\nDua kalimat di sana.*\n");
  g_autofree char *apart = ds_essay_dup_plain_span (parted, 0, ds_essay_get_n_chars (parted));

  g_assert_cmpstr (raw, ==, "Penyerang memakai **bendera palsu** dan alat orang lain.*");
  g_assert_cmpstr (plain, ==, "Penyerang memakai bendera palsu dan alat orang lain.");
  g_assert_true (g_str_has_suffix (first, "Catatan pembicara: atribusi itu sulit. "));
  g_assert_null (strchr (first, '*'));
  g_assert_true (g_str_has_prefix (tail, "Keohane (3 fungsi)"));
  g_assert_null (strchr (tail, '*'));
  /* One paragraph: a line break is a character like any other. */
  g_assert_cmpstr (lines, ==, "a\nb\nc");
  /* Two paragraphs of the essay: their marks do not pair. */
  g_assert_cmpstr (apart, ==, ds_essay_get_text (parted));
  g_assert_nonnull (strstr (apart, "*Satu"));
}

/* The spans as "kind[text]", in order: M a mark, E emphasis, S strong,
 * C code. */
static char *
describe_inline (const char *text,
                 GArray     *spans,
                 gboolean    in_chars)
{
  static const char kinds[] = { 'M', 'E', 'S', 'C' };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const DsTextInline *span = &g_array_index (spans, DsTextInline, i);
      const char *start = in_chars ? g_utf8_offset_to_pointer (text, span->start) : text + span->start;
      const char *end = in_chars ? g_utf8_offset_to_pointer (text, span->end) : text + span->end;

      g_string_append_printf (out, "%s%c[%.*s]", i > 0 ? " " : "", kinds[span->kind],
                              (int) (end - start), start);
    }
  return g_string_free (out, FALSE);
}

/* What the reader hides and styles: the marks that pair (the same ones the
 * plain text leaves out), and the text between each pair, nested where
 * pairs nest; what only looks like a mark is nothing. Through the essay,
 * in characters. */
static void
test_inline_find (void)
{
  static const struct {
    const char *text;
    const char *spans;
  } cases[] = {
    { "**Diplomasi digital** adalah *media sosial*.",
      "M[**] S[Diplomasi digital] M[**] M[*] E[media sosial] M[*]" },
    { "akun _Twitter_ dan __87 persen__, aplikasi `SafeTravel`",
      "M[_] E[Twitter] M[_] M[__] S[87 persen] M[__] M[`] C[SafeTravel] M[`]" },
    { "***sangat*** dan **tebal *miring***",
      "M[***] E[**sangat**] S[sangat] M[***] M[**] S[tebal *miring*] M[*] E[miring] M[***]" },
    { "``kode `dalam` kode`` *a**b*",
      "M[``] C[kode `dalam` kode] M[``] M[*] E[a**b] M[*]" },
    { "snake_case, 2 * 3, Keohane* dan `tanpa penutup", "" },
    { "**a\nb**", "M[**] S[a\nb] M[**]" },
    { "", "" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse ("# Catatan\n\n"
                                            "“**Äbc**” dan _é_ lalu `ß`.\n\n"
                                            "Tanpa tanda.\n");
  g_autoptr(GArray) in_essay = ds_essay_find_inline (essay);
  g_autofree char *described = describe_inline (ds_essay_get_text (essay), in_essay, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) spans = ds_text_find_inline (cases[i].text, strlen (cases[i].text), NULL, 0);
      g_autofree char *text = describe_inline (cases[i].text, spans, FALSE);
      g_autofree char *plain = ds_text_dup_plain (cases[i].text);
      GString *kept = g_string_new (NULL);
      g_autofree char *kept_text = NULL;
      guint next = 0;

      g_assert_cmpstr (text, ==, cases[i].spans);
      /* Leaving out the marks gives the plain text. */
      for (guint k = 0; k < spans->len; k++)
        {
          const DsTextInline *span = &g_array_index (spans, DsTextInline, k);

          if (span->kind != DS_TEXT_INLINE_MARK)
            continue;
          g_string_append_len (kept, cases[i].text + next, span->start - next);
          next = span->end;
        }
      g_string_append (kept, cases[i].text + next);
      kept_text = g_string_free (kept, FALSE);
      g_assert_cmpstr (kept_text, ==, plain);
    }
  g_assert_cmpstr (described, ==, "M[**] S[Äbc] M[**] M[_] E[é] M[_] M[`] C[ß] M[`]");
}

/* A Markdown paragraph that the parser makes two blocks of (a short line
 * of its own over one that opens in capitals, "**Diplomasi" over "Digital**
 * adalah …"; a line in lower case would be joined to it) is one paragraph
 * to its marks: the emphasis over the line break is found, in the reader's
 * spans and in a sentence's plain text, and its marks are left out; the
 * text and its offsets are as they were. A paragraph after a blank line is
 * another. */
static void
test_inline_soft_break (void)
{
  g_autoptr(DsEssay) essay = ds_test_parse ("# Diplomasi\n\n"
                                            "**Diplomasi\n"
                                            "Digital** adalah penggunaan *media\n"
                                            "Sosial* oleh kementerian luar negeri untuk tujuan kebijakan luar negeri.\n\n"
                                            "Keohane* menulis tentang rezim internasional dan kerja sama antarnegara.\n\n"
                                            "*Catatan: paragraf ini terpisah dari yang di atas.\n");
  const char *text = ds_essay_get_text (essay);
  const char *second = strstr (text, "Digital**");
  guint start = g_utf8_pointer_to_offset (text, second);
  guint end = g_utf8_pointer_to_offset (text, strstr (second, "negeri.") + strlen ("negeri."));
  g_autofree char *plain = ds_essay_dup_plain_span (essay, start, end);
  g_autofree char *all = ds_essay_dup_plain_span (essay, 0, ds_essay_get_n_chars (essay));
  g_autoptr(GArray) spans = ds_essay_find_inline (essay);
  g_autofree char *described = NULL;
  int first_block = ds_essay_block_at_char (essay, g_utf8_pointer_to_offset (text, strstr (text, "**Diplomasi")));

  /* The premise: the parser keeps the line breaks, block by block. */
  g_assert_nonnull (strstr (text, "**Diplomasi\nDigital** adalah penggunaan *media\nSosial* oleh"));
  g_assert_cmpint (first_block, >=, 0);
  g_assert_cmpint (ds_essay_block_at_char (essay, start), ==, first_block + 1);
  g_assert_false (ds_essay_get_block (essay, first_block)->soft_break);
  g_assert_true (ds_essay_get_block (essay, first_block + 1)->soft_break);
  g_assert_true (ds_essay_get_block (essay, first_block + 2)->soft_break);
  g_assert_false (ds_essay_get_block (essay, first_block + 3)->soft_break);

  g_assert_cmpstr (plain, ==, "Digital adalah penggunaan media\nSosial oleh kementerian luar negeri untuk tujuan "
                   "kebijakan luar negeri.");
  g_assert_true (g_str_has_prefix (all, "Diplomasi\nDigital adalah penggunaan media\nSosial oleh"));
  /* Across paragraphs nothing pairs. */
  g_assert_nonnull (strstr (all, "Keohane* menulis"));
  g_assert_nonnull (strstr (all, "*Catatan:"));
  described = describe_inline (text, spans, TRUE);
  g_assert_cmpstr (described, ==, "M[**] S[Diplomasi\nDigital] M[**] M[*] E[media\nSosial] M[*]");
}

/* A mark written escaped ("\\*bintang\\*", "\\_", "\\`") is text, as
 * CommonMark reads it: the parser leaves the backslash out, as before, and
 * the mark after it neither pairs nor hides, wherever the line lands in
 * the cleaned text (after a title taken out, a line joined at a hyphen, a
 * list marker). The marks that are not escaped still pair. */
static void
test_inline_escaped (void)
{
  g_autoptr(DsEssay) essay = ds_test_parse ("# Judul \\*Bukan\\* Tebal\n\n"
                                            "Simbol \\*bintang\\* dan \\_garis\\_ serta \\`kode\\` tetap, "
                                            "**tebal** tetap tebal.\n\n"
                                            "- butir \\**miring* dan `kode`\n");
  g_autoptr(DsEssay) not_title = ds_test_parse ("Ada \\*dua\\* bintang di sini dan kalimatnya cukup panjang untuk "
                                                "menjadi paragraf biasa.\n");
  const char *text = ds_essay_get_text (essay);
  g_autoptr(GArray) spans = ds_essay_find_inline (essay);
  g_autoptr(GArray) none = ds_essay_find_inline (not_title);
  g_autofree char *described = describe_inline (text, spans, TRUE);
  g_autofree char *plain = ds_essay_dup_plain_span (essay, 0, ds_essay_get_n_chars (essay));
  g_autofree char *plain_none = ds_essay_dup_plain_span (not_title, 0, ds_essay_get_n_chars (not_title));

  /* The text is as it was: the backslashes left out. */
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul *Bukan* Tebal");
  g_assert_nonnull (strstr (text, "Simbol *bintang* dan _garis_ serta `kode` tetap, **tebal** tetap tebal."));
  g_assert_nonnull (strstr (text, "butir **miring* dan `kode`"));
  g_assert_cmpstr (described, ==, "M[**] S[tebal] M[**] M[*] E[miring] M[*] M[`] C[kode] M[`]");
  g_assert_nonnull (strstr (plain, "Simbol *bintang* dan _garis_ serta `kode` tetap, tebal tetap tebal."));
  g_assert_nonnull (strstr (plain, "butir *miring dan kode"));
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (plain_none, ==, ds_essay_get_text (not_title));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/wrap/hyphenated", test_wrap_hyphenated);
  g_test_add_func ("/text/wrap/single-hyphen", test_wrap_single_hyphen);
  g_test_add_func ("/text/wrap/indented", test_wrap_indented);
  g_test_add_func ("/text/wrap/sections", test_wrap_sections);
  g_test_add_func ("/text/wrap/not-wrapped", test_wrap_not_wrapped);
  g_test_add_func ("/text/wrap/english", test_wrap_english);
  g_test_add_func ("/text/wrap/short-chapter", test_wrap_short_chapter);
  g_test_add_func ("/text/wrap/lost-bullets", test_wrap_lost_bullets);
  g_test_add_func ("/text/wrap/random-paragraphs", test_wrap_random_paragraphs);
  g_test_add_func ("/text/list/continuation", test_list_continuation);
  g_test_add_func ("/text/headings/numbered-markdown", test_numbered_headings_markdown);
  g_test_add_func ("/text/headings/numbered-plain", test_numbered_headings_plain);
  g_test_add_func ("/text/metadata/news", test_metadata_news);
  g_test_add_func ("/text/metadata/news-english", test_metadata_news_english);
  g_test_add_func ("/text/metadata/lines", test_metadata_lines);
  g_test_add_func ("/text/metadata/datelines", test_metadata_datelines);
  g_test_add_func ("/text/markup-literal", test_markup_literal);
  g_test_add_func ("/text/inline/plain", test_inline_plain);
  g_test_add_func ("/text/inline/span", test_inline_span);
  g_test_add_func ("/text/inline/find", test_inline_find);
  g_test_add_func ("/text/inline/soft-break", test_inline_soft_break);
  g_test_add_func ("/text/inline/escaped", test_inline_escaped);

  return g_test_run ();
}
