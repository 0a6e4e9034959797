/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gstdio.h>

#include "ds-parser.h"
#include "ds-test-essay.h"

/* ---- The seeds ---------------------------------------------------------- */

typedef struct {
  const char         *id;
  const char         *title;          /* the text's own title, or NULL */
  const char * const *headings;
  guint               n_paragraphs;
  guint               n_list_items;
  const char         *references_heading;
  guint               n_references;
} SeedExpectation;

static const char * const headings_none[] = { NULL };
static const char * const headings_002[] = {
  "Teknologi menjadi jawaban keterbatasan fisik",
  "Suara masyarakat dengan diplomatik digital",
  "Tantangan Diplomasi Digital : Cyber Security",
  "Kemitraan yang dibangun oleh Inovasi Teknologi",
  NULL
};
static const char * const headings_003[] = {
  "Peran Media Sosial Dalam Diplomasi Internasional",
  "Tantangan Dan Peluang",
  "Peran Aktif Pemerintah Indonesia",
  NULL
};
static const char * const headings_004[] = {
  "Ruang Siber",
  "Penggunaan Diplomasi Siber",
  "Ancaman di Ruang Siber",
  NULL
};

/* Paragraph counts are the authors' lines, minus headings, title, debris. */
static const SeedExpectation seeds[] = {
  { "000_c499fd7cfa7653f7", NULL, headings_none, 9, 0, "Daftar pustaka", 1 },
  { "001_f2b556cc33273b55",
    "Diplomasi Digital: Bagaimana Teknologi membentuk Hubungan Internasional",
    headings_none, 4, 0, "Referensi", 3 },
  { "002_76c904e84322392f", NULL, headings_002, 6, 0, NULL, 0 },
  { "003_5cdc93be76772f91", NULL, headings_003, 11, 0, NULL, 0 },
  { "004_a464b1719aab16d6", NULL, headings_004, 8, 3, NULL, 0 },
};

static char *
seed_path (const char *id)
{
  const char *root = g_getenv ("DS_SOURCE_ROOT");
  g_autofree char *name = g_strconcat (id, ".txt", NULL);

  if (root != NULL)
    return g_build_filename (root, "data", "essays", name, NULL);

  return g_build_filename (TEST_DATA_DIR, "..", "..", "data", "essays", name, NULL);
}

static DsEssay *
load_seed (const char *id)
{
  g_autofree char *path = seed_path (id);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse_file (file, id, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (DS_IS_ESSAY (essay));
  return essay;
}

static char *
dup_block_text (DsEssay       *essay,
                const DsBlock *block)
{
  return g_strndup (ds_essay_get_text (essay) + block->content_byte_start,
                    block->byte_end - block->content_byte_start);
}

static void
test_seed_structure (gconstpointer data)
{
  const SeedExpectation *expect = data;
  g_autoptr(DsEssay) essay = load_seed (expect->id);
  guint n_headings = 0;
  guint n_paragraphs = 0;
  guint n_items = 0;
  guint n_references = 0;
  guint n_references_headings = 0;

  g_assert_cmpstr (ds_essay_get_id (essay), ==, expect->id);
  g_assert_cmpstr (ds_essay_get_title (essay), ==, expect->title);
  g_assert_cmpstr (ds_essay_get_language (essay), ==, "id");

  for (guint i = 0; i < ds_essay_get_n_blocks (essay); i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);
      g_autofree char *text = dup_block_text (essay, block);

      switch (block->kind)
        {
        case DS_BLOCK_HEADING:
          g_assert_nonnull (expect->headings[n_headings]);
          g_assert_cmpstr (text, ==, expect->headings[n_headings]);
          g_assert_cmpuint (block->level, ==, 1);
          n_headings++;
          break;

        case DS_BLOCK_PARAGRAPH:
          n_paragraphs++;
          break;

        case DS_BLOCK_LIST_ITEM:
          n_items++;
          break;

        case DS_BLOCK_REFERENCES_HEADING:
          g_assert_cmpstr (text, ==, expect->references_heading);
          n_references_headings++;
          break;

        case DS_BLOCK_REFERENCE:
          /* References only ever follow their heading. */
          g_assert_cmpuint (n_references_headings, ==, 1);
          n_references++;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_assert_null (expect->headings[n_headings]);
  g_assert_cmpuint (n_paragraphs, ==, expect->n_paragraphs);
  g_assert_cmpuint (n_items, ==, expect->n_list_items);
  g_assert_cmpuint (n_references_headings, ==, expect->references_heading ? 1 : 0);
  g_assert_cmpuint (n_references, ==, expect->n_references);
}

static void
test_seed_004_list (void)
{
  static const char * const items[] = {
    "Menguatkan hubungan dengan Negara sahabat atau Negara lain",
    "Menjaga hubungan dengan Negara yang memiliki tujuan yang sama",
    "Melakukan segala hal dengan negosiasi",
  };
  g_autoptr(DsEssay) essay = load_seed ("004_a464b1719aab16d6");
  const DsBlock *intro = ds_essay_get_block (essay, 0);
  const char *text = ds_essay_get_text (essay);

  g_assert_cmpint (intro->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_cmpuint (intro->byte_end, >, 9);
  g_assert_cmpint (strncmp (text + intro->byte_end - 9, "melalui :", 9), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i + 1);
      g_autofree char *content = dup_block_text (essay, block);
      g_autofree char *line = g_strndup (text + block->byte_start,
                                         block->byte_end - block->byte_start);
      g_autofree char *expected_line = g_strconcat ("• ", items[i], NULL);

      g_assert_cmpint (block->kind, ==, DS_BLOCK_LIST_ITEM);
      g_assert_cmpint (block->list_style, ==, DS_LIST_BULLET);
      g_assert_cmpstr (content, ==, items[i]);
      g_assert_cmpstr (line, ==, expected_line);
      g_assert_cmpuint (block->content_start, ==, block->start + 2);
    }

  g_assert_cmpint (ds_essay_get_block (essay, 4)->kind, ==, DS_BLOCK_PARAGRAPH);
}

static void
assert_no_debris (const char *text)
{
  static const char * const debris[] = {
    "loading...", "Loading", "Comments", "Comment", "Leave a comment",
    "\xC3\x82" /* Â */, "\\_", "\xC2\xA0" /* NBSP */, "  ", "\t", "\r",
    "\n\n", " \n", "\n ", "\xEF\xBB\xBF",
  };

  for (guint i = 0; i < G_N_ELEMENTS (debris); i++)
    if (strstr (text, debris[i]) != NULL)
      g_error ("debris “%s” survived in: %.80s", debris[i], strstr (text, debris[i]));

  g_assert_false (g_str_has_prefix (text, " "));
  g_assert_false (g_str_has_suffix (text, " "));
  g_assert_false (g_str_has_suffix (text, "\n"));
}

static void
test_seed_debris (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(DsEssay) essay = load_seed (seeds[i].id);

      assert_no_debris (ds_essay_get_text (essay));
      if (ds_essay_get_title (essay) != NULL)
        assert_no_debris (ds_essay_get_title (essay));
    }
}

static void
test_seed_typos_survive (void)
{
  static const struct {
    const char *id;
    const char *word;
  } typos[] = {
    { "000_c499fd7cfa7653f7", "Tehnologi berperan" },
    { "000_c499fd7cfa7653f7", "tekhnologi" },
    { "001_f2b556cc33273b55", "melumpuhkan sitem" },
    { "000_c499fd7cfa7653f7", "dpata" },
    { "000_c499fd7cfa7653f7", "pertahanan-keamanan.\n" },
    { "001_f2b556cc33273b55", "ab. meningkatnya" },
    { "001_f2b556cc33273b55", "“politik internasional”" },
    { "002_76c904e84322392f", "konnflik" },
    { "002_76c904e84322392f", "dan lain-lain\n" },
    { "003_5cdc93be76772f91", "@Kemlu_RI" },
    { "004_a464b1719aab16d6", "persepektif" },
    { "004_a464b1719aab16d6", "“Cyber”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (typos); i++)
    {
      g_autoptr(DsEssay) essay = load_seed (typos[i].id);

      if (strstr (ds_essay_get_text (essay), typos[i].word) == NULL)
        g_error ("“%s” is missing from %s", typos[i].word, typos[i].id);
    }
}

/*
 * Nothing but debris is removed: the seed's words, in order, are the essay's
 * title and text words. The reference side strips debris token by token,
 * independently of the parser's line-based cleaning.
 */
static GPtrArray *
raw_words (const char *raw)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (raw, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) line = g_string_new (lines[i]);
      g_auto(GStrv) tokens = NULL;

      g_string_replace (line, "\xC3\x82\xC2\xA0", " ", 0);
      g_string_replace (line, "\xC2\xA0", " ", 0);
      g_string_replace (line, "\\_", "_", 0);
      g_strstrip (line->str);
      line->len = strlen (line->str);
      if (g_str_has_suffix (line->str, "\xC3\x82"))
        g_string_truncate (line, line->len - 2);

      if (g_strcmp0 (line->str, "loading...") == 0 ||
          g_strcmp0 (line->str, "9 Comments") == 0 ||
          g_strcmp0 (line->str, "Leave a comment") == 0)
        continue;

      tokens = g_strsplit_set (line->str, " \t", -1);
      for (guint j = 0; tokens[j] != NULL; j++)
        {
          /* A bullet's marker is rewritten, not removed. */
          if (j == 0 && g_strcmp0 (tokens[j], "-") == 0)
            g_ptr_array_add (words, g_strdup ("•"));
          else if (tokens[j][0] != '\0')
            g_ptr_array_add (words, g_strdup (tokens[j]));
        }
    }

  return g_steal_pointer (&words);
}

static GPtrArray *
essay_words (DsEssay *essay)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = g_strconcat (ds_essay_get_title (essay) ? ds_essay_get_title (essay) : "",
                                      "\n", ds_essay_get_text (essay), NULL);
  g_auto(GStrv) tokens = g_strsplit_set (all, " \n", -1);

  for (guint j = 0; tokens[j] != NULL; j++)
    if (tokens[j][0] != '\0')
      g_ptr_array_add (words, g_strdup (tokens[j]));

  return words;
}

static void
test_seed_words_preserved (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = seed_path (seeds[i].id);
      g_autofree char *raw = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsEssay) essay = load_seed (seeds[i].id);
      g_autoptr(GPtrArray) expected = NULL;
      g_autoptr(GPtrArray) actual = NULL;

      g_file_get_contents (path, &raw, NULL, &error);
      g_assert_no_error (error);
      expected = raw_words (raw);
      actual = essay_words (essay);

      g_assert_cmpuint (actual->len, ==, expected->len);
      for (guint j = 0; j < expected->len; j++)
        g_assert_cmpstr (g_ptr_array_index (actual, j), ==, g_ptr_array_index (expected, j));
    }
}

/* ---- Offsets ------------------------------------------------------------ */

static void
test_seed_offsets (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(DsEssay) essay = load_seed (seeds[i].id);

      ds_test_assert_offsets (essay);
    }
}

static void
test_heading_for_block (void)
{
  g_autoptr(DsEssay) essay = load_seed ("004_a464b1719aab16d6");
  int first = ds_essay_find_first_heading (essay);
  g_autofree char *none = NULL;
  g_autofree char *own = NULL;
  g_autofree char *under = NULL;

  g_assert_cmpint (first, ==, 6);
  none = ds_essay_dup_heading_for_block (essay, 0);
  g_assert_null (none);
  own = ds_essay_dup_heading_for_block (essay, first);
  g_assert_cmpstr (own, ==, "Ruang Siber");
  under = ds_essay_dup_heading_for_block (essay, first + 3);
  g_assert_cmpstr (under, ==, "Penggunaan Diplomasi Siber");
}

/* ---- Robustness --------------------------------------------------------- */

static void
assert_parse_error (const char *data,
                    gssize      length,
                    int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (data, length, "x", &error);

  g_assert_null (essay);
  g_assert_error (error, DS_PARSER_ERROR, code);
}

static void
test_empty (void)
{
  assert_parse_error ("", 0, DS_PARSER_ERROR_EMPTY);
  assert_parse_error ("", -1, DS_PARSER_ERROR_EMPTY);
  assert_parse_error (NULL, 0, DS_PARSER_ERROR_EMPTY);
  assert_parse_error (" \t \n\n\r\n   \n", -1, DS_PARSER_ERROR_EMPTY);
  assert_parse_error ("\xEF\xBB\xBF", -1, DS_PARSER_ERROR_EMPTY);
  assert_parse_error ("\xC2\xA0 \xC2\xA0\n\xC3\x82\xC2\xA0\n", -1, DS_PARSER_ERROR_EMPTY);
  assert_parse_error ("loading...\n\n9 Comments\n1 Comment\nLeave a comment\n", -1,
                      DS_PARSER_ERROR_EMPTY);
  assert_parse_error ("#\n##   \n- \n---\n", -1, DS_PARSER_ERROR_EMPTY);
}

static void
test_binary (void)
{
  static const char with_nul[] = "Judul\n\nIsi\0paragraf.";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;

  assert_parse_error (with_nul, sizeof with_nul - 1, DS_PARSER_ERROR_BINARY);
  assert_parse_error ("teks\x01 dengan kontrol", -1, DS_PARSER_ERROR_BINARY);

  essay = ds_parser_parse (with_nul, sizeof with_nul - 1, "x", &error);
  g_assert_nonnull (strstr (error->message, "offset 10"));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;

  for (guint i = 0; i < 1234; i++)
    g_string_append_c (data, i % 50 == 49 ? '\n' : 'a');
  g_string_append (data, "\xFF tail");

  essay = ds_parser_parse (data->str, data->len, "x", &error);
  g_assert_null (essay);
  g_assert_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "1234"));

  assert_parse_error ("ok \xC3", -1, DS_PARSER_ERROR_INVALID_UTF8);
  assert_parse_error ("\xED\xA0\x80 surrogate", -1, DS_PARSER_ERROR_INVALID_UTF8);
}

static void
test_huge_line (void)
{
  /* Just over 10 MB, a whole number of "kata  " units. */
  gsize size = 10 * 1024 * 1024 + 2;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;
  const DsBlock *block;

  for (gsize i = 0; i < size; i++)
    data[i] = "kata  "[i % 6];

  essay = ds_parser_parse (data, size, "big", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 1);
  block = ds_essay_get_block (essay, 0);
  g_assert_cmpint (block->kind, ==, DS_BLOCK_PARAGRAPH);
  /* Double spaces collapse to one, the trailing one goes. */
  g_assert_cmpuint (size % 6, ==, 0);
  g_assert_cmpuint (ds_essay_get_text_length (essay), ==, size / 6 * 5 - 1);
  g_assert_cmpuint (ds_essay_get_n_chars (essay), ==, size / 6 * 5 - 1);
  g_assert_cmpuint (ds_essay_char_to_byte (essay, 5 * 1000000), ==, 5 * 1000000);
}

static void
test_too_large (void)
{
  static const char small[] = "Isi.";

  /* The size is checked before a single byte is read, so a small buffer
   * stands in for a huge one. */
  assert_parse_error (small, (gssize) DS_PARSER_MAX_SIZE + 1, DS_PARSER_ERROR_TOO_LARGE);
}

static void
assert_parse_or_error (const char *data,
                       gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (data, length, "random", &error);

  g_assert_true ((essay == NULL) != (error == NULL));
  if (essay != NULL)
    ds_test_assert_offsets (essay);
  else
    g_assert_true (error->domain == DS_PARSER_ERROR);
}

static void
test_random_bytes (void)
{
  /* Fragments that steer random text into the parser's interesting paths. */
  static const char * const pieces[] = {
    "\n", "\r\n", "\r", " ", "\t", "# ", "## ", "- ", "* ", "1. ", "12) ",
    "• ", "\xC2\xA0", "\xC3\x82", "\\_", "\\", ".", ":", "loading...",
    "9 Comments", "Daftar pustaka", "Referensi", "Judul Pendek", "kata",
    "“kutip”", "é", "---", "\xEF\xBB\xBF", "\xE2\x80\x83", "Oleh: ",
    "JAKARTA, KABAR.com – ", "kebi-", "negara-", "\n   ", "Baca juga: ",
    "12 Maret 2024", "a. ", "1. Judul\n", "12\n",
    "kata kata kata kata kata kata kata kata kata kata kata\n",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240607);

  for (guint round = 0; round < 200; round++)
    {
      gsize length = g_rand_int_range (rand, 0, 2048);
      g_autoptr(GString) buffer = g_string_sized_new (length);

      if (round % 2 == 0)
        {
          for (gsize i = 0; i < length; i++)
            g_string_append_c (buffer, (char) g_rand_int_range (rand, 0, 256));
        }
      else
        {
          while (buffer->len < length)
            g_string_append (buffer, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }

      assert_parse_or_error (buffer->str, buffer->len);
    }
}

/* ---- Formats ------------------------------------------------------------ */

static void
test_markdown (void)
{
  static const char input[] =
    "# Judul Esai\n"
    "\n"
    "Paragraf pembuka dengan akun @Kemlu\\_RI dan \\*bintang\\*.\n"
    "\n"
    "## Bagian Satu ##\n"
    "- butir pertama\n"
    "* butir kedua\n"
    "1. nomor satu\n"
    "2) nomor dua\n"
    "\\- bukan butir\n"
    "#tagar bukan judul\n"
    "***\n"
    "### Daftar Pustaka\n"
    "1. Penulis, A. 2020. Buku.\n"
    "Penulis, B. 2021. Artikel\n"
    "## Lampiran\n"
    "Isi lampiran.\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf pembuka dengan akun @Kemlu_RI dan *bintang*." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "Bagian Satu" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• butir pertama" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• butir kedua" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "1. nomor satu" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. nomor dua" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "- bukan butir" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "#tagar bukan judul" },
    { DS_BLOCK_REFERENCES_HEADING, DS_LIST_NONE, 3, "Daftar Pustaka" },
    { DS_BLOCK_REFERENCE, DS_LIST_NUMBERED, 0, "1. Penulis, A. 2020. Buku." },
    { DS_BLOCK_REFERENCE, DS_LIST_NONE, 0, "Penulis, B. 2021. Artikel" },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 2, "Lampiran" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Isi lampiran." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "md", &error);
  const DsBlock *numbered;

  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul Esai");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));

  numbered = ds_essay_get_block (essay, 5);
  g_assert_cmpuint (numbered->number, ==, 2);
  g_assert_cmpuint (numbered->content_start, ==, numbered->start + 3);
}

static void
test_crlf_and_bom (void)
{
  static const char input[] =
    "\xEF\xBB\xBFloading...\r\n"
    "\r\n"
    "Judul Tulisan\r\n"
    "\r\n"
    "Paragraf\xC2\xA0pertama   dengan\tspasi.\xC3\x82\r\n"
    "Sub Bagian\r"
    "Paragraf kedua.\r\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf pertama dengan spasi." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Sub Bagian" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf kedua." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "crlf", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul Tulisan");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* A student paper's cover lines above its "# " heading: they are
 * metadata, and the heading is the title; also when the name on the
 * first line, followed by a byline-like line, was taken for the title. */
static void
test_cover_lines_title (void)
{
  static const char en[] =
    "Maria Oyelaran\n"
    "POLS 2140: Politics of the Pacific\n"
    "Dr. K. Lindqvist\n"
    "4 May 2024\n"
    "\n"
    "# Cables, Ports and Patrols\n"
    "\n"
    "Small island states now bargain over undersea cables.\n"
    "\n"
    "## Background\n"
    "\n"
    "The first cable landed in 1902.\n";
  static const char id[] =
    "Rahmat Hidayatullah\n"
    "NIM 2107513044\n"
    "Diplomasi Digital dan Tata Kelola Internet\n"
    "Dosen: Dr. Wulan Prasetyani, M.Si.\n"
    "\n"
    "# Diplomasi Kabel Bawah Laut\n"
    "\n"
    "Kabel bawah laut membawa data antarnegara.\n";
  static const char section[] =
    "Maria Oyelaran\n"
    "POLS 2140: Politics of the Pacific\n"
    "\n"
    "# Introduction\n"
    "\n"
    "Small island states now bargain over undersea cables.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) a = ds_parser_parse (en, -1, "cover-en", &error);
  g_autoptr(DsEssay) b = NULL;
  g_autoptr(DsEssay) c = NULL;
  guint n_meta = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (a), ==, "Cables, Ports and Patrols");
  for (guint i = 0; i < ds_essay_get_n_blocks (a); i++)
    {
      const DsBlock *block = ds_essay_get_block (a, i);

      if (i < 4)
        g_assert_cmpint (block->kind, ==, DS_BLOCK_METADATA);
      n_meta += block->kind == DS_BLOCK_METADATA;
    }
  g_assert_cmpuint (n_meta, ==, 4);
  g_assert_cmpint (ds_essay_get_block (a, 4)->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_cmpint (ds_essay_get_block (a, 5)->kind, ==, DS_BLOCK_HEADING);
  ds_test_assert_offsets (a);

  b = ds_parser_parse (id, -1, "cover-id", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (b), ==, "Diplomasi Kabel Bawah Laut");
  for (guint i = 0; i + 1 < ds_essay_get_n_blocks (b); i++)
    g_assert_cmpint (ds_essay_get_block (b, i)->kind, ==, DS_BLOCK_METADATA);
  ds_test_assert_offsets (b);

  /* A first section's name is no title. */
  c = ds_parser_parse (section, -1, "cover-section", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (c), !=, "Introduction");
}

/* A scraped page saved on Windows: BOM, CRLF, debris, mojibake, escapes. */
static void
test_scraped_fixture (void)
{
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Diplomasi publik adalah upaya negara menjangkau publik asing." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Akun resmi seperti @Kemlu_RI aktif setiap hari, dan itu penting." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Tujuan Utama" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• Membangun citra" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• Menjelaskan kebijakan" },
    { DS_BLOCK_REFERENCES_HEADING, DS_LIST_NONE, 0, "Daftar Pustaka:" },
    { DS_BLOCK_REFERENCE, DS_LIST_NUMBERED, 0, "1. Nama, A. 2021. Judul Buku. Jakarta" },
    { DS_BLOCK_REFERENCE, DS_LIST_NUMBERED, 0, "2. Nama, B. 2022. Judul Artikel" },
  };
  g_autoptr(DsEssay) essay = ds_test_parse_fixture ("scraped-crlf.txt");

  g_assert_cmpstr (ds_essay_get_id (essay), ==, "scraped-crlf");
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Diplomasi Publik di Era Digital");
  g_assert_cmpstr (ds_essay_get_language (essay), ==, "id");
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  assert_no_debris (ds_essay_get_text (essay));
}

static void
test_heading_heuristic (void)
{
  static const char input[] =
    "Pembuka tanpa judul yang cukup panjang untuk menjadi paragraf biasa di sini.\n"
    "Dua Baris Pendek\n"
    "Judul Sebenarnya\n"
    "Isi bagian.\n"
    "Baris pendek berakhir titik.\n"
    "Catatan:\n"
    "huruf kecil di awal bukan judul\n"
    "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas\n"
    "Isi lagi.\n"
    "Judul Terakhir";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pembuka tanpa judul yang cukup panjang untuk menjadi paragraf biasa di sini." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Dua Baris Pendek" },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Judul Sebenarnya" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Isi bagian." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Baris pendek berakhir titik." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Catatan:" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "huruf kecil di awal bukan judul" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Isi lagi." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Judul Terakhir" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "h", &error);

  g_assert_no_error (error);
  g_assert_null (ds_essay_get_title (essay));
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* "(a) ", "(1) ", "(ii) " open list items; "(angka …)" and "(2021)" do
 * not. A line ending on a list cue ("… include", "… antara lain") is the
 * start of a sentence, never a heading. */
static void
test_bracketed_markers (void)
{
  static const char input[] =
    "Pembuka yang cukup panjang untuk menjadi paragraf biasa di bagian ini.\n"
    "The main tools of public diplomacy include\n"
    "(a) embassy accounts\n"
    "(ii) live sessions\n"
    "(12) short videos\n"
    "(angka ini masih diperkirakan), kata para peneliti.\n"
    "(2021) menjadi tahun pertama.\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pembuka yang cukup panjang untuk menjadi paragraf biasa di bagian ini." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "The main tools of public diplomacy include" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "a. embassy accounts" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. live sessions" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "12. short videos" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "(angka ini masih diperkirakan), kata para peneliti." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "(2021) menjadi tahun pertama." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "b", &error);

  g_assert_no_error (error);
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* "**b. Capacity** – …": a marker inside the bold label that opens a
 * line, a body after it, opens a list item whose label keeps its bold; a
 * line all in bold, no body after it, is no item. */
static void
test_bold_markers (void)
{
  static const char input[] =
    "Pembuka yang cukup panjang untuk menjadi paragraf biasa di bagian ini.\n"
    "**a. Capacity** – Staff are trained before each mission.\n"
    "__2. Kepemilikan.__ Program disusun oleh lembaga setempat.\n"
    "**(c) Review:** Results are reported every year.\n"
    "**1. Pendahuluan**\n"
    "Paragraf biasa yang menutup contoh ini dengan kalimat penuh.\n";
  static const DsTestBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pembuka yang cukup panjang untuk menjadi paragraf biasa di bagian ini." },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "a. **Capacity** – Staff are trained before each mission." },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "2. __Kepemilikan.__ Program disusun oleh lembaga setempat." },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0, "c. **Review:** Results are reported every year." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "**1. Pendahuluan**" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf biasa yang menutup contoh ini dengan kalimat penuh." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "b", &error);

  g_assert_no_error (error);
  ds_test_assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

static void
test_first_line (void)
{
  static const char section[] =
    "Pendahuluan\n\nIsi pendahuluan.\n";
  static const char no_blank[] =
    "Judul Tanpa Baris Kosong\nIsi paragraf.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) first = ds_parser_parse (section, -1, "a", &error);
  g_autoptr(DsEssay) second = ds_parser_parse (no_blank, -1, "b", &error);

  g_assert_no_error (error);
  /* A section name opens a section even where a title would stand. */
  g_assert_null (ds_essay_get_title (first));
  g_assert_cmpint (ds_essay_find_first_heading (first), ==, 0);
  /* A title needs a blank line after it; else it is the first heading. */
  g_assert_null (ds_essay_get_title (second));
  g_assert_cmpint (ds_essay_find_first_heading (second), ==, 0);
  g_assert_cmpuint (ds_essay_get_n_blocks (second), ==, 2);
}

static void
test_single_short_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse ("Hanya Satu Baris", -1, "one", &error);

  g_assert_no_error (error);
  g_assert_null (ds_essay_get_title (essay));
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 1);
  g_assert_cmpint (ds_essay_get_block (essay, 0)->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_cmpint (ds_essay_find_first_heading (essay), ==, -1);
}

/* A PDF's page numbers and running header fall mid-sentence: they go,
 * and the sentence reads on. A short line that is said once stays. */
static void
test_page_furniture (void)
{
  static const char text[] =
    "Kerja Sama Patroli Laut\n"
    "\n"
    "Komisi patroli bersama dibentuk oleh dua negara tetangga pada tahun 2009\n"
    "untuk mengawasi perairan perbatasan yang sering dilintasi kapal nelayan\n"
    "Buletin Kajian Kelautan Nusantara\n"
    "tradisional dari kedua negara. Komisi itu bersidang setiap enam bulan di\n"
    "— 7 —\n"
    "kota pelabuhan yang ditunjuk secara bergantian oleh para anggotanya dan\n"
    "Halaman 2 dari 5\n"
    "menyusun laporan tahunan tentang pelanggaran batas yang terjadi di laut.\n"
    "Buletin Kajian Kelautan Nusantara\n"
    "Laporan itu dibahas oleh para menteri luar negeri setiap akhir tahun dan\n"
    "Page 3 of 5\n"
    "diumumkan kepada publik melalui situs resmi kedua kementerian terkait.\n"
    "Setiap tahun kedua negara juga menggelar latihan patroli gabungan yang\n"
    "118  Jurnal Hukum Laut dan Kepulauan\n"
    "melibatkan kapal penjaga pantai dan pesawat pengintai dari pangkalan\n"
    "Review of Maritime Studies  87\n"
    "udara terdekat di wilayah perbatasan. Latihan itu memperkuat kerja sama\n"
    "kedua angkatan laut dan menjadi dasar ke-\n"
    "bijakan bersama tentang penangkapan ikan ilegal di perairan tersebut.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "pdf", &error);
  const char *clean;

  g_assert_no_error (error);
  clean = ds_essay_get_text (essay);
  g_assert_null (strstr (clean, "Buletin"));
  g_assert_null (strstr (clean, "Halaman 2"));
  g_assert_null (strstr (clean, "Page 3"));
  g_assert_null (strstr (clean, "7"));
  g_assert_nonnull (strstr (clean, "kapal nelayan tradisional dari"));
  g_assert_nonnull (strstr (clean, "enam bulan di kota pelabuhan"));
  g_assert_nonnull (strstr (clean, "tahun dan diumumkan"));
  /* A running head with its page's number, two spaces apart. */
  g_assert_null (strstr (clean, "Jurnal Hukum"));
  g_assert_null (strstr (clean, "Maritime"));
  g_assert_nonnull (strstr (clean, "gabungan yang melibatkan"));
  g_assert_nonnull (strstr (clean, "pangkalan udara"));
  /* A word split after a prefix no word is loses the typesetter's
   * hyphen even in a text that splits no other word. */
  g_assert_nonnull (strstr (clean, "dasar kebijakan bersama"));
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Kerja Sama Patroli Laut");
  ds_test_assert_offsets (essay);
}

/* A running head in capitals with its page's number, said once, in either
 * order, a wide gap or one space from the number: inside an open
 * sentence it goes, even between blank lines, and the paragraph reads
 * on; a heading in capitals after a paragraph's end stays a heading, with
 * its number or without. */
static void
test_running_head_in_sentence (void)
{
  static const char text[] =
    "Kabel Laut dan Negara Kepulauan\n"
    "\n"
    "Kabel bawah laut membawa hampir seluruh data yang melintasi samudra, dan\n"
    "negara kepulauan kecil bergantung pada satu atau dua kabel saja untuk\n"
    "setiap sambungan ke internet. Ketika satu-satunya kabel sebuah negara\n"
    "\n"
    "144                                   JURNAL KEBIJAKAN TEKNOLOGI GLOBAL\n"
    "\n"
    "putus pada tahun 2022, pemerintahnya kehilangan kontak dengan kedutaan.\n"
    "\n"
    "STRATEGI NEGARA KEPULAUAN\n"
    "\n"
    "Ada dua strategi yang dipakai oleh pemerintah negara kepulauan. Pertama,\n"
    "jalur cadangan yang mendarat di pantai lain. Kedua, kontrak perbaikan\n"
    "DIPLOMASI KABEL LAUT 145\n"
    "bersama yang menjamin kapal perbaikan tiba dalam sepuluh hari setelah\n"
    "146 JURNAL KEBIJAKAN TEKNOLOGI GLOBAL\n"
    "kerusakan terjadi di perairan anggota.\n"
    "\n"
    "2 BATAS STRATEGI\n"
    "\n"
    "Kedua strategi itu bergantung pada dana dari luar kawasan yang setiap\n"
    "\n"
    "147                                              SANTOSO\n"
    "\n"
    "tahun makin sulit diperoleh oleh negara kepulauan kecil di Pasifik.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "heads", &error);
  const char *clean;
  guint headings = 0;

  g_assert_no_error (error);
  clean = ds_essay_get_text (essay);
  g_assert_null (strstr (clean, "JURNAL"));
  g_assert_null (strstr (clean, "DIPLOMASI KABEL"));
  g_assert_nonnull (strstr (clean, "sebuah negara putus pada"));
  g_assert_nonnull (strstr (clean, "kontrak perbaikan bersama yang"));
  g_assert_nonnull (strstr (clean, "setelah kerusakan terjadi"));
  /* One author's surname, the head of an article by one author. */
  g_assert_null (strstr (clean, "SANTOSO"));
  g_assert_nonnull (strstr (clean, "yang setiap tahun makin"));
  for (guint i = 0; i < ds_essay_get_n_blocks (essay); i++)
    if (ds_essay_get_block (essay, i)->kind == DS_BLOCK_HEADING)
      headings++;
  g_assert_cmpuint (headings, ==, 2);
  g_assert_nonnull (strstr (clean, "STRATEGI NEGARA KEPULAUAN"));
  g_assert_nonnull (strstr (clean, "2 BATAS STRATEGI"));
  ds_test_assert_offsets (essay);
}

/* The text of @input joined as the parser joins it. */
static char *
joined_text (const char *input)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "joins", &error);

  g_assert_no_error (error);
  ds_test_assert_offsets (essay);
  return g_strdup (ds_essay_get_text (essay));
}

/* A word at a line's end with a hyphen: the text decides first, by how it
 * writes the pair elsewhere, in either case of the first letter and as
 * the start of a longer word; otherwise only a hyphenated text drops the
 * hyphen of a possible split. */
static void
test_hyphen_joins (void)
{
  /* One split in the text: no hyphenation, but the text writes the
   * words whole elsewhere. */
  static const char single[] =
    "Kebijakan luar negeri sebuah negara kecil sering lahir dari kebutuhan\n"
    "yang sangat praktis, seperti menjaga jalur dagang dan melindungi warga\n"
    "yang bekerja di luar negeri. Para diplomat menyusun dasar kebi-\n"
    "jakan itu bersama kementerian teknis dan lembaga riset di ibu kota,\n"
    "lalu menguji setiap usulan dalam rapat bersama yang digelar sebulan\n"
    "sekali sebelum keputusan diumumkan kepada publik dan para mitra.\n";
  static const char prefix[] =
    "Small states rarely build their own computers for government networks\n"
    "and depend on suppliers abroad for most of the equipment they use. A\n"
    "ministry that buys a single com-\n"
    "puter from a foreign firm must also trust its updates, which arrive\n"
    "long after the purchase and may change how the machine behaves.\n";
  /* Hyphenated: splits lose the hyphen, a pair the text writes with its
   * hyphen elsewhere keeps it, a compound it writes whole loses it, and
   * "negara-negara" always keeps it. */
  static const char hyphenated[] =
    "Peace-building now reaches into networks that foreign ministries never\n"
    "planned for. Technology firms publish reports on attacks, govern-\n"
    "ments quote them, and courts rely on their findings in cybersecurity\n"
    "cases too. The reports are useful to groups that work on peace-\n"
    "building after a conflict, and they press governments for cyber-\n"
    "security rules on the conduct of states. Non-state networks in Asia\n"
    "keep their own archives of incidents, and regional universi-\n"
    "ties train analysts who can read the technical evidence for them.\n";
  static const char reduplication[] =
    "Dalam forum kawasan, para menteri dari negara-negara anggota bertemu\n"
    "setiap tahun untuk membahas ancaman siber yang melintasi batas negara-\n"
    "negara tetangga dan menyusun langkah bersama yang dapat dijalankan\n"
    "oleh lembaga teknis di setiap ibu kota tanpa menunggu perjanjian baru.\n";
  g_autofree char *single_text = joined_text (single);
  g_autofree char *prefix_text = joined_text (prefix);
  g_autofree char *hyphenated_text = joined_text (hyphenated);
  g_autofree char *reduplication_text = joined_text (reduplication);

  g_assert_nonnull (strstr (single_text, "dasar kebijakan itu bersama"));
  g_assert_nonnull (strstr (prefix_text, "a single computer from"));
  g_assert_nonnull (strstr (hyphenated_text, "attacks, governments quote"));
  g_assert_nonnull (strstr (hyphenated_text, "work on peace-building after"));
  g_assert_nonnull (strstr (hyphenated_text, "governments for cybersecurity rules"));
  g_assert_nonnull (strstr (hyphenated_text, "regional universities train"));
  g_assert_nonnull (strstr (reduplication_text, "batas negara-negara tetangga"));
}

/* A Markdown paragraph whose author broke a sentence over two lines, in a
 * text that is otherwise one line per paragraph: the lines are one
 * paragraph, and the short first line is no heading. A line after a full
 * stop, or one that opens in capitals, stays a paragraph of its own. */
static void
test_soft_break_joins (void)
{
  static const char text[] =
    "# Diplomasi Data\n"
    "\n"
    "**Diplomasi\n"
    "digital** adalah penggunaan alat digital untuk tujuan kebijakan luar negeri.\n"
    "\n"
    "Pendahuluan singkat tentang platform.\n"
    "\n"
    "Banyak kementerian kini memakai *media\n"
    "sosial* untuk menjelaskan posisi mereka kepada publik di luar negeri.\n"
    "Paragraf berikutnya dimulai dengan huruf besar dan berdiri sendiri.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "soft-break", &error);
  const char *clean;
  guint headings = 0, paragraphs = 0;

  g_assert_no_error (error);
  ds_test_assert_offsets (essay);
  clean = ds_essay_get_text (essay);
  g_assert_nonnull (strstr (clean, "**Diplomasi digital** adalah"));
  g_assert_nonnull (strstr (clean, "*media sosial* untuk"));
  for (guint i = 0; i < ds_essay_get_n_blocks (essay); i++)
    {
      DsBlockKind kind = ds_essay_get_block (essay, i)->kind;

      headings += kind == DS_BLOCK_HEADING;
      paragraphs += kind == DS_BLOCK_PARAGRAPH;
    }
  g_assert_cmpuint (headings, ==, 0);
  g_assert_cmpuint (paragraphs, ==, 4);
}

/* A speaker's label, a generic label and a schedule's label open lines:
 * the reader shows them, but the block's content starts after them. */
static void
test_line_labels (void)
{
  static const char text[] =
    "Wawancara Air\n"
    "\n"
    "TANYA: Apa yang sulit?\n"
    "\n"
    "JAWAB: Sungai tidak mengenal batas negara.\n"
    "\n"
    "- Tantangan: izin masuk tim asing tertunda.\n"
    "- Minggu 3: Studi kasus perbatasan\n"
    "\n"
    "ASEAN: Perhimpunan Bangsa-Bangsa Asia Tenggara.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "labels", &error);
  g_autofree char *answer = NULL;
  g_autofree char *item = NULL;
  g_autofree char *acronym = NULL;
  const DsBlock *turn, *schedule;

  g_assert_no_error (error);
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 5);
  turn = ds_essay_get_block (essay, 1);
  answer = ds_essay_dup_block_content (essay, 1);
  g_assert_cmpstr (answer, ==, "Sungai tidak mengenal batas negara.");
  g_assert_true (g_str_has_prefix (ds_essay_get_text (essay) + turn->byte_start, "JAWAB: Sungai"));
  item = ds_essay_dup_block_content (essay, 2);
  g_assert_cmpstr (item, ==, "izin masuk tim asing tertunda.");
  schedule = ds_essay_get_block (essay, 3);
  g_assert_cmpint (schedule->kind, ==, DS_BLOCK_METADATA);
  /* In a transcript a label in capitals is a speaker's, even once. */
  acronym = ds_essay_dup_block_content (essay, 4);
  g_assert_cmpstr (acronym, ==, "Perhimpunan Bangsa-Bangsa Asia Tenggara.");
  ds_test_assert_offsets (essay);
}

/* Lecture notes: a conclusion's label and a note's open the line's
 * marker, a task's makes the line metadata, a bracket after a label is
 * no part of it, and an arrow opens a detail as a bullet does. */
static void
test_note_labels (void)
{
  static const char text[] =
    "Catatan Kuliah\n"
    "\n"
    "Suaka = perlindungan bagi orang yang melarikan diri.\n"
    "\u2192 diatur dalam konvensi\n"
    "-> berlaku di laut\n"
    "\n"
    "Kesimpulan dosen: kuota bertahan bila ada pemeriksa.\n"
    "\n"
    "Contoh (RFMO): Komisi Tuna, Komisi Atlantik.\n"
    "\n"
    "PR: bandingkan dua komisi perikanan.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "notes", &error);
  g_autofree char *detail = NULL;
  g_autofree char *conclusion = NULL;
  g_autofree char *examples = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 6);
  g_assert_cmpint (ds_essay_get_block (essay, 1)->kind, ==, DS_BLOCK_LIST_ITEM);
  g_assert_cmpint (ds_essay_get_block (essay, 2)->kind, ==, DS_BLOCK_LIST_ITEM);
  detail = ds_essay_dup_block_content (essay, 2);
  g_assert_cmpstr (detail, ==, "berlaku di laut");
  conclusion = ds_essay_dup_block_content (essay, 3);
  g_assert_cmpstr (conclusion, ==, "kuota bertahan bila ada pemeriksa.");
  examples = ds_essay_dup_block_content (essay, 4);
  g_assert_cmpstr (examples, ==, "Komisi Tuna, Komisi Atlantik.");
  g_assert_cmpint (ds_essay_get_block (essay, 5)->kind, ==, DS_BLOCK_METADATA);
  ds_test_assert_offsets (essay);
}

/* Two people named in ordinary case who speak twice each make a
 * transcript; a term glossed once stays a term. */
static void
test_named_speakers (void)
{
  static const char text[] =
    "Panel\n"
    "\n"
    "Sari: Siapa yang wajib menolong?\n"
    "\n"
    "Budi: Setiap nakhoda wajib menolong.\n"
    "\n"
    "Sari: Bagaimana dengan negara pantai?\n"
    "\n"
    "Budi: Negara pantai menyediakan tempat aman.\n"
    "\n"
    "Refoulement: pemulangan paksa pengungsi.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (text, -1, "panel", &error);
  g_autofree char *turn = NULL;
  g_autofree char *gloss = NULL;

  g_assert_no_error (error);
  turn = ds_essay_dup_block_content (essay, 1);
  g_assert_cmpstr (turn, ==, "Setiap nakhoda wajib menolong.");
  gloss = ds_essay_dup_block_content (essay, 4);
  g_assert_cmpstr (gloss, ==, "Refoulement: pemulangan paksa pengungsi.");
  ds_test_assert_offsets (essay);
}

/* Outside a transcript, a line in capitals before a colon is an acronym
 * and its long form; a press release's label and number stand above its
 * title, and its "Tentang …" section is no prose. */
static void
test_press_release (void)
{
  static const char glossary[] =
    "Istilah\n"
    "\n"
    "ASEAN: Perhimpunan Bangsa-Bangsa Asia Tenggara.\n";
  static const char release[] =
    "SIARAN PERS\n"
    "No. 045/HM/IX/2025\n"
    "\n"
    "Dua Negara Sepakati Batas Laut\n"
    "\n"
    "Manado, 12 September 2025 – Kedua negara menandatangani protokol batas.\n"
    "\n"
    "Tentang Direktorat Perjanjian\n"
    "Direktorat itu menangani perundingan perjanjian.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (glossary, -1, "glossary", &error);
  g_autoptr(DsEssay) news = NULL;
  g_autofree char *line = NULL;
  const DsBlock *first;

  g_assert_no_error (error);
  line = ds_essay_dup_block_content (essay, 0);
  g_assert_cmpstr (line, ==, "ASEAN: Perhimpunan Bangsa-Bangsa Asia Tenggara.");

  news = ds_parser_parse (release, -1, "release", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (news), ==, "Dua Negara Sepakati Batas Laut");
  g_assert_cmpint (ds_essay_get_block (news, 0)->kind, ==, DS_BLOCK_METADATA);
  g_assert_cmpint (ds_essay_get_block (news, 1)->kind, ==, DS_BLOCK_METADATA);
  first = ds_essay_get_block (news, 2);
  g_assert_cmpint (first->kind, ==, DS_BLOCK_PARAGRAPH);
  g_assert_true (g_str_has_prefix (ds_essay_get_text (news) + first->prose_byte_start, "Kedua negara"));
  g_assert_cmpint (ds_essay_get_block (news, 3)->kind, ==, DS_BLOCK_REFERENCES_HEADING);
  g_assert_cmpint (ds_essay_get_block (news, 4)->kind, ==, DS_BLOCK_REFERENCE);
  ds_test_assert_offsets (news);
}

static void
test_language (void)
{
  static const char english[] =
    "The role of social media in the diplomacy of states is to reach the public "
    "with messages that are shared in real time.";
  static const char indonesian[] =
    "Peran media sosial dalam diplomasi adalah menjangkau publik dengan pesan "
    "yang dibagikan secara langsung di dunia maya.";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;

  g_assert_cmpstr (ds_language_detect (english, strlen (english)), ==, "en");
  g_assert_cmpstr (ds_language_detect (indonesian, strlen (indonesian)), ==, "id");
  g_assert_cmpstr (ds_language_detect ("", 0), ==, "id");
  g_assert_cmpstr (ds_language_detect ("12345 ???", 9), ==, "id");

  essay = ds_parser_parse (english, -1, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_language (essay), ==, "en");
}

/* Names and glosses in the other language do not turn the prose's
 * language: an Indonesian handout full of English names of bodies, and
 * an English report full of Indonesian ones. */
static void
test_language_names (void)
{
  static const char handout[] =
    "MATERI 4: KERJA SAMA PERIKANAN\n\n"
    "- Western and Central Pacific Fisheries Commission (WCPFC): berdiri 2004\n"
    "- Agreement on Port State Measures: pemeriksaan kapal di pelabuhan\n"
    "- Regional Plan of Action to Promote Responsible Fishing Practices\n"
    "- Tantangan: lemahnya pengawasan, penangkapan ikan berlebih\n"
    "- Istilah: flag of convenience, illegal fishing, the high seas\n";
  static const char report[] =
    "In 2019 the Badan Koordinasi Keamanan Laut dan Perikanan of the province "
    "and the Kementerian Kelautan dan Perikanan signed a plan that was meant "
    "to share patrol data with the navy.";
  static const char title_case[] =
    "Kerja sama ini dibahas dalam forum Association of Southeast Asian Nations, "
    "Law of the Sea Tribunal dan Court of Justice of the Union.";

  g_assert_cmpstr (ds_language_detect (handout, strlen (handout)), ==, "id");
  g_assert_cmpstr (ds_language_detect (report, strlen (report)), ==, "en");
  g_assert_cmpstr (ds_language_detect (title_case, strlen (title_case)), ==, "id");
  /* The same words outside names still count. */
  g_assert_cmpstr (ds_language_detect ("the court of the union and the tribunal of the sea", 51), ==, "en");
}

/* Validation skips ASCII a word at a time; the first invalid byte it
 * reports is still GLib's, wherever it falls. */
static void
test_invalid_utf8_offsets (void)
{
  static const guchar alphabet[] = {
    'a', 'b', ' ', '.', '\n', 'Z', 0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0xF0, 0x9F, 0xFF, 0xED, 0xA0,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  guint n_invalid = 0;

  for (guint round = 0; round < 3000; round++)
    {
      char text[48];
      guint len = g_rand_int_range (rand, 1, sizeof text);
      /* Mostly ASCII, so that long ASCII runs come before the bad byte. */
      gint32 high = g_rand_int_range (rand, 0, 3);
      g_autoptr(GError) error = NULL;
      g_autoptr(DsEssay) essay = NULL;
      const char *end;

      for (guint i = 0; i < len; i++)
        text[i] = (char) alphabet[g_rand_int_range (rand, 0, g_rand_int_range (rand, 0, 8) < high ? G_N_ELEMENTS (alphabet) : 6)];

      essay = ds_parser_parse (text, len, "u", &error);
      if (g_utf8_validate_len (text, len, &end))
        {
          g_assert_false (g_error_matches (error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8));
        }
      else
        {
          g_autofree char *offset = g_strdup_printf (" %u", (guint) (end - text));

          g_assert_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8);
          g_assert_true (g_str_has_suffix (error->message, offset));
          n_invalid++;
        }
    }
  g_assert_cmpuint (n_invalid, >, 100);
}

/* Only the start of a long text is sampled, and the cut never splits a
 * word: "into" cut after two letters would count as English "in". */
static void
test_language_sample (void)
{
  const gsize sample = 64 * 1024;
  GString *text = g_string_new (NULL);

  while (text->len < sample - 2)
    g_string_append_c (text, '.');
  g_string_append (text, "into");
  g_assert_cmpstr (ds_language_detect (text->str, text->len), ==, "id");

  /* English far past the sample does not count. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (text, " the and of to is in that with");
  g_assert_cmpstr (ds_language_detect (text->str, text->len), ==, "id");

  /* Within the sample it does. */
  g_string_overwrite (text, 0, "the ");
  g_assert_cmpstr (ds_language_detect (text->str, text->len), ==, "en");

  g_string_free (text, TRUE);
}

static void
test_parse_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ds-parser-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing_file = NULL;
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(DsEssay) good = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "rusak-berkas.txt", NULL);
  g_file_set_contents (path, "abc\0def", 7, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  essay = ds_parser_parse_file (file, NULL, NULL, &error);
  g_assert_null (essay);
  g_assert_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "rusak-berkas.txt"));
  g_clear_error (&error);

  missing = g_build_filename (dir, "tidak-ada.txt", NULL);
  missing_file = g_file_new_for_path (missing);
  essay = ds_parser_parse_file (missing_file, "x", NULL, &error);
  g_assert_null (essay);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "tidak-ada.txt"));
  g_clear_error (&error);

  /* Without an id, the file's name is the id. */
  g_file_set_contents (path, "Isi.", -1, &error);
  g_assert_no_error (error);
  good = ds_parser_parse_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_id (good), ==, "rusak-berkas");

  g_unlink (path);
  g_rmdir (dir);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_essay_properties (void)
{
  g_autoptr(DsEssay) essay = ds_essay_new ("e", NULL, NULL, g_strdup ("satu\ndua"), NULL);
  g_autofree char *title = NULL;
  guint notified = 0;

  g_assert_cmpstr (ds_essay_get_language (essay), ==, "id");
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 2);
  g_assert_cmpuint (ds_essay_get_n_chars (essay), ==, 8);

  g_signal_connect (essay, "notify::title", G_CALLBACK (count_notify_cb), &notified);
  ds_essay_set_title (essay, "Judul");
  ds_essay_set_title (essay, "Judul");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (essay, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Judul");
  ds_test_assert_offsets (essay);
}

static void
test_essay_spans (void)
{
  /* "é" is two bytes, "•" three: characters and bytes part ways. */
  g_autoptr(DsEssay) essay = ds_essay_new ("s", NULL, "en", g_strdup ("café\n\nakhir"), NULL);
  g_autofree char *all = ds_essay_dup_span (essay, 0, 1000);
  g_autofree char *middle = ds_essay_dup_span (essay, 2, 8);
  g_autofree char *backwards = ds_essay_dup_span (essay, 5, 2);
  g_autofree char *empty_heading = NULL;
  gsize byte = 0;

  g_assert_cmpstr (ds_essay_get_language (essay), ==, "en");
  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, 3);
  g_assert_cmpuint (ds_essay_get_n_chars (essay), ==, 11);
  g_assert_cmpuint (ds_essay_get_text_length (essay), ==, 12);
  g_assert_cmpstr (all, ==, "café\n\nakhir");
  g_assert_cmpstr (middle, ==, "fé\n\nak");
  g_assert_cmpstr (backwards, ==, "");
  g_assert_cmpuint (ds_essay_char_to_byte (essay, 4), ==, 5);
  g_assert_cmpuint (ds_essay_byte_to_char (essay, 4), ==, 3);  /* inside "é" */
  g_assert_cmpuint (ds_essay_byte_to_char (essay, 99), ==, 11);
  /* Inside a block the byte is exact; between blocks and past the end
   * the caller asks ds_essay_char_to_byte() instead. */
  g_assert_true (ds_essay_char_to_byte_in_block (essay, 3, &byte));
  g_assert_cmpuint (byte, ==, 3);
  g_assert_true (ds_essay_char_to_byte_in_block (essay, 7, &byte));
  g_assert_cmpuint (byte, ==, 8);
  g_assert_cmpuint (ds_essay_byte_to_char (essay, byte), ==, 7);
  g_assert_false (ds_essay_char_to_byte_in_block (essay, 4, &byte));
  g_assert_false (ds_essay_char_to_byte_in_block (essay, 11, &byte));
  g_assert_cmpint (ds_essay_block_at_char (essay, 5), ==, 1);
  g_assert_cmpint (ds_essay_block_at_char (essay, 12), ==, -1);
  empty_heading = ds_essay_dup_heading_for_block (essay, 2);
  g_assert_null (empty_heading);
  g_assert_cmpint (ds_essay_find_first_heading (essay), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *name = g_strdup_printf ("/parser/seed/structure/%s", seeds[i].id);

      g_test_add_data_func (name, &seeds[i], test_seed_structure);
    }
  g_test_add_func ("/parser/seed/004-list", test_seed_004_list);
  g_test_add_func ("/parser/seed/debris", test_seed_debris);
  g_test_add_func ("/parser/seed/typos-survive", test_seed_typos_survive);
  g_test_add_func ("/parser/seed/words-preserved", test_seed_words_preserved);
  g_test_add_func ("/parser/seed/offsets", test_seed_offsets);
  g_test_add_func ("/parser/essay/heading-for-block", test_heading_for_block);
  g_test_add_func ("/parser/essay/properties", test_essay_properties);
  g_test_add_func ("/parser/essay/spans", test_essay_spans);
  g_test_add_func ("/parser/robust/empty", test_empty);
  g_test_add_func ("/parser/robust/binary", test_binary);
  g_test_add_func ("/parser/robust/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/parser/robust/huge-line", test_huge_line);
  g_test_add_func ("/parser/robust/too-large", test_too_large);
  g_test_add_func ("/parser/robust/random-bytes", test_random_bytes);
  g_test_add_func ("/parser/format/markdown", test_markdown);
  g_test_add_func ("/parser/format/crlf-bom", test_crlf_and_bom);
  g_test_add_func ("/parser/title/cover-lines", test_cover_lines_title);
  g_test_add_func ("/parser/format/scraped-fixture", test_scraped_fixture);
  g_test_add_func ("/parser/format/heading-heuristic", test_heading_heuristic);
  g_test_add_func ("/parser/format/first-line", test_first_line);
  g_test_add_func ("/parser/format/bracketed-markers", test_bracketed_markers);
  g_test_add_func ("/parser/format/bold-markers", test_bold_markers);
  g_test_add_func ("/parser/format/single-short-line", test_single_short_line);
  g_test_add_func ("/parser/format/page-furniture", test_page_furniture);
  g_test_add_func ("/parser/format/running-head-in-sentence", test_running_head_in_sentence);
  g_test_add_func ("/parser/format/hyphen-joins", test_hyphen_joins);
  g_test_add_func ("/parser/format/line-labels", test_line_labels);
  g_test_add_func ("/parser/format/named-speakers", test_named_speakers);
  g_test_add_func ("/parser/format/note-labels", test_note_labels);
  g_test_add_func ("/parser/format/press-release", test_press_release);
  g_test_add_func ("/parser/soft-break-joins", test_soft_break_joins);
  g_test_add_func ("/parser/language", test_language);
  g_test_add_func ("/parser/language-names", test_language_names);
  g_test_add_func ("/parser/language-sample", test_language_sample);
  g_test_add_func ("/parser/invalid-utf8-offsets", test_invalid_utf8_offsets);
  g_test_add_func ("/parser/file-errors", test_parse_file_errors);

  return g_test_run ();
}
