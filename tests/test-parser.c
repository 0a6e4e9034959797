/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gstdio.h>

#include "ds-parser.h"

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

/* The block table describes the text exactly, and conversions agree with a
 * straightforward walk over the characters. */
static void
assert_offsets_consistent (DsEssay *essay)
{
  const char *text = ds_essay_get_text (essay);
  gsize length = ds_essay_get_text_length (essay);
  guint n_blocks = ds_essay_get_n_blocks (essay);
  const char *p = text;
  guint c = 0;

  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_cmpuint (ds_essay_get_n_chars (essay), ==, g_utf8_strlen (text, length));

  for (guint i = 0; i < n_blocks; i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);
      g_autofree char *span = ds_essay_dup_span (essay, block->start, block->end);
      g_autofree char *bytes = g_strndup (text + block->byte_start,
                                          block->byte_end - block->byte_start);
      g_autofree char *content_span = ds_essay_dup_span (essay, block->content_start, block->end);
      g_autofree char *content_bytes = g_strndup (text + block->content_byte_start,
                                                  block->byte_end - block->content_byte_start);

      g_autofree char *content = ds_essay_dup_block_content (essay, i);

      g_assert_cmpstr (span, ==, bytes);
      g_assert_cmpstr (content_span, ==, content_bytes);
      g_assert_cmpstr (content, ==, content_bytes);
      g_assert_cmpuint (block->byte_start, <=, block->content_byte_start);
      g_assert_cmpuint (block->content_byte_start, <, block->byte_end);
      g_assert_cmpuint (ds_essay_byte_to_char (essay, block->byte_start), ==, block->start);
      g_assert_cmpuint (ds_essay_byte_to_char (essay, block->content_byte_start), ==, block->content_start);
      g_assert_cmpuint (ds_essay_byte_to_char (essay, block->byte_end), ==, block->end);
      g_assert_cmpuint (ds_essay_char_to_byte (essay, block->start), ==, block->byte_start);
      g_assert_cmpuint (ds_essay_char_to_byte (essay, block->content_start), ==, block->content_byte_start);
      g_assert_cmpuint (ds_essay_char_to_byte (essay, block->end), ==, block->byte_end);
      g_assert_null (memchr (bytes, '\n', strlen (bytes)));

      /* The prose lies within the content; only a metadata block has none,
       * only a paragraph skips a dateline. */
      g_assert_cmpuint (block->content_byte_start, <=, block->prose_byte_start);
      g_assert_cmpuint (block->prose_byte_start, <=, block->byte_end);
      g_assert_cmpuint (ds_essay_byte_to_char (essay, block->prose_byte_start), ==, block->prose_start);
      if (block->kind == DS_BLOCK_METADATA)
        g_assert_cmpuint (block->prose_start, ==, block->end);
      else if (block->kind != DS_BLOCK_PARAGRAPH)
        g_assert_cmpuint (block->prose_start, ==, block->content_start);

      /* Blocks are the lines of the text, in order. */
      if (i == 0)
        g_assert_cmpuint (block->byte_start, ==, 0);
      else
        g_assert_cmpuint (block->byte_start, ==, ds_essay_get_block (essay, i - 1)->byte_end + 1);
      if (i + 1 < n_blocks)
        g_assert_cmpint (text[block->byte_end], ==, '\n');
      else
        g_assert_cmpuint (block->byte_end, ==, length);
    }

  for (;;)
    {
      int index = ds_essay_block_at_char (essay, c);
      const DsBlock *block;

      g_assert_cmpuint (ds_essay_char_to_byte (essay, c), ==, (gsize) (p - text));
      g_assert_cmpuint (ds_essay_byte_to_char (essay, p - text), ==, c);
      g_assert_cmpint (index, >=, 0);
      block = ds_essay_get_block (essay, index);
      g_assert_cmpuint (block->start, <=, c);
      g_assert_cmpuint (c, <=, block->end);

      if (*p == '\0')
        break;
      p = g_utf8_next_char (p);
      c++;
    }
  g_assert_cmpint (ds_essay_block_at_char (essay, c + 1), ==, -1);
}

static void
test_seed_offsets (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(DsEssay) essay = load_seed (seeds[i].id);

      assert_offsets_consistent (essay);
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
    assert_offsets_consistent (essay);
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

typedef struct {
  DsBlockKind  kind;
  DsListStyle  style;
  guint        level;
  const char  *line;            /* the block's whole line in the text */
} ExpectedBlock;

static void
assert_blocks (DsEssay             *essay,
               const ExpectedBlock *expected,
               guint                n_expected)
{
  const char *text = ds_essay_get_text (essay);

  g_assert_cmpuint (ds_essay_get_n_blocks (essay), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);
      g_autofree char *line = g_strndup (text + block->byte_start,
                                         block->byte_end - block->byte_start);

      g_assert_cmpstr (line, ==, expected[i].line);
      if (block->kind != expected[i].kind)
        g_error ("block %u “%s” is of kind %d, expected %d",
                 i, line, block->kind, expected[i].kind);
      g_assert_cmpint (block->list_style, ==, expected[i].style);
      if (block->kind == DS_BLOCK_HEADING)
        g_assert_cmpuint (block->level, ==, expected[i].level);
    }
  assert_offsets_consistent (essay);
}

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
  static const ExpectedBlock expected[] = {
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
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));

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
  static const ExpectedBlock expected[] = {
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf pertama dengan spasi." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Sub Bagian" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "Paragraf kedua." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse (input, -1, "crlf", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul Tulisan");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* A scraped page saved on Windows: BOM, CRLF, debris, mojibake, escapes. */
static void
test_scraped_fixture (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "parser", "scraped-crlf.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_parser_parse_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ds_essay_get_id (essay), ==, "scraped-crlf");
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Diplomasi Publik di Era Digital");
  g_assert_cmpstr (ds_essay_get_language (essay), ==, "id");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
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
  static const ExpectedBlock expected[] = {
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
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
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
  assert_offsets_consistent (essay);
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
  g_assert_cmpint (ds_essay_block_at_char (essay, 5), ==, 1);
  g_assert_cmpint (ds_essay_block_at_char (essay, 12), ==, -1);
  empty_heading = ds_essay_dup_heading_for_block (essay, 2);
  g_assert_null (empty_heading);
  g_assert_cmpint (ds_essay_find_first_heading (essay), ==, -1);
}

/* ---- Text as it comes: hard-wrapped PDF text ------------------------------ */

static DsEssay *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "parser", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  assert_offsets_consistent (essay);
  return essay;
}

static DsEssay *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse (text, -1, "t", &error);

  g_assert_no_error (error);
  return essay;
}

/* No blank lines between paragraphs, words split by the typesetter, a page
 * number in a sentence, a name alone on a line in the middle of one. */
static void
test_wrap_hyphenated (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("wrapped-hyphenated.txt");

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Kedaulatan Digital di Asia Tenggara");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* One compound broken at its hyphen is no sign of hyphenation: it stays. */
static void
test_wrap_single_hyphen (void)
{
  g_autoptr(DsEssay) essay = load_fixture ("wrapped-single-hyphen.txt");
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
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("wrapped-indented.txt");

  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
}

/* Blank lines between paragraphs, numbered sub-headings, a numbered list
 * whose first item runs over two lines. */
static void
test_wrap_sections (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("wrapped-sections.txt");
  const DsBlock *budaya = ds_essay_get_block (essay, 5);
  g_autofree char *topic = ds_essay_dup_heading_for_block (essay, 6);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Tiga Wajah Diplomasi Indonesia");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ds_essay_get_block (essay, 2)->number, ==, 1);
  g_assert_cmpuint (budaya->number, ==, 2);
  g_assert_cmpuint (budaya->content_start, ==, budaya->start + 3);
  g_assert_cmpstr (topic, ==, "Diplomasi Budaya");
}

/* An essay with one paragraph per line is no wrapped text, however short
 * its lines: nothing is joined, not even a line that starts in lower case
 * after one that does not end its sentence. */
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
  static const ExpectedBlock expected[] = {
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Latar Belakang" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Indonesia memiliki lebih dari dua ratus juta pengguna internet aktif." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Angka itu menjadikannya salah satu pasar digital terbesar di Asia." },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Pemerintah melihat peluang sekaligus ancaman dari pertumbuhan pasar digital yang sangat cepat ini" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "dan menanggapinya dengan kebijakan baru setiap tahun sejak 2019." },
    { DS_BLOCK_HEADING, DS_LIST_NONE, 1, "Tujuan" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0,
      "Esai ini menjelaskan peran diplomasi dalam menjaga ruang siber kita." },
  };
  g_autoptr(DsEssay) essay = parse_ok (input);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Judul Esai Pendek");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
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

      essay = parse_ok (input->str);
      assert_offsets_consistent (essay);
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
  static const ExpectedBlock expected[] = {
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
    /* A lettered item is an item of its own. */
    { DS_BLOCK_LIST_ITEM, DS_LIST_BULLET, 0, "• memantau ancaman yang meliputi" },
    { DS_BLOCK_PARAGRAPH, DS_LIST_NONE, 0, "a. pencurian data" },
    { DS_BLOCK_LIST_ITEM, DS_LIST_NUMBERED, 0,
      "12. menulis laporan yang dibaca semua kementerian" },
  };
  g_autoptr(DsEssay) essay = parse_ok (input);
  const DsBlock *last = ds_essay_get_block (essay, 10);

  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (last->number, ==, 12);
  g_assert_cmpuint (last->content_start, ==, last->start + 4);
}

/* ---- Numbered sub-headings ---------------------------------------------- */

static void
test_numbered_headings_markdown (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("subheadings.md");
  const DsBlock *data = ds_essay_get_block (essay, 3);
  g_autofree char *content = ds_essay_dup_block_content (essay, 3);

  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Instrumen Diplomasi Digital");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
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
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = parse_ok (input);

  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ds_essay_get_block (essay, 1)->number, ==, 1);
  g_assert_cmpuint (ds_essay_get_block (essay, 5)->number, ==, 2);
}

/* ---- Metadata ------------------------------------------------------------ */

/* A news article: title, byline, date, a dateline, a caption, a source,
 * and share and advertisement debris. */
static void
test_metadata_news (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("news-id.txt");
  const DsBlock *lead = ds_essay_get_block (essay, 3);
  const DsBlock *second = ds_essay_get_block (essay, 5);
  g_autofree char *prose = ds_essay_dup_span (essay, lead->prose_start, lead->end);

  g_assert_cmpstr (ds_essay_get_title (essay), ==,
                   "Indonesia Dorong Aturan Bersama Keamanan Siber di Forum Kawasan");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
  g_assert_true (g_str_has_prefix (prose, "Pemerintah Indonesia mendorong"));
  /* "JAKARTA, WARTANUSA.com – ": 25 characters, 27 bytes. */
  g_assert_cmpuint (lead->prose_start - lead->content_start, ==, 25);
  g_assert_cmpuint (lead->prose_byte_start - lead->content_byte_start, ==, 27);
  g_assert_cmpuint (second->prose_start, ==, second->content_start);
}

static void
test_metadata_news_english (void)
{
  static const ExpectedBlock expected[] = {
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
  g_autoptr(DsEssay) essay = load_fixture ("news-en.txt");
  const DsBlock *lead = ds_essay_get_block (essay, 2);
  g_autofree char *prose = ds_essay_dup_span (essay, lead->prose_start, lead->end);

  g_assert_cmpstr (ds_essay_get_language (essay), ==, "en");
  g_assert_cmpstr (ds_essay_get_title (essay), ==, "Regional Ministers Agree on Cyber Incident Hotline");
  assert_blocks (essay, expected, G_N_ELEMENTS (expected));
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
  g_autoptr(DsEssay) essay = parse_ok (input);
  guint n = ds_essay_get_n_blocks (essay);
  const DsBlock *middle = n == 3 ? ds_essay_get_block (essay, 1) : NULL;

  assert_offsets_consistent (essay);
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
  g_autoptr(DsEssay) essay = parse_ok (input);
  const DsBlock *block = ds_essay_get_block (essay, 0);
  g_autofree char *text = ds_essay_dup_span (essay, block->prose_start, block->end);

  assert_offsets_consistent (essay);
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
  g_autoptr(DsEssay) second = parse_ok ("Paragraf pertama tanpa dateline apa pun di awalnya.\n"
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
  g_autoptr(DsEssay) txt = load_fixture ("markup.txt");
  g_autoptr(DsEssay) md = load_fixture ("markup.md");
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
  g_test_add_func ("/parser/format/scraped-fixture", test_scraped_fixture);
  g_test_add_func ("/parser/format/heading-heuristic", test_heading_heuristic);
  g_test_add_func ("/parser/format/first-line", test_first_line);
  g_test_add_func ("/parser/format/single-short-line", test_single_short_line);
  g_test_add_func ("/parser/language", test_language);
  g_test_add_func ("/parser/language-sample", test_language_sample);
  g_test_add_func ("/parser/invalid-utf8-offsets", test_invalid_utf8_offsets);
  g_test_add_func ("/parser/file-errors", test_parse_file_errors);
  g_test_add_func ("/parser/wrap/hyphenated", test_wrap_hyphenated);
  g_test_add_func ("/parser/wrap/single-hyphen", test_wrap_single_hyphen);
  g_test_add_func ("/parser/wrap/indented", test_wrap_indented);
  g_test_add_func ("/parser/wrap/sections", test_wrap_sections);
  g_test_add_func ("/parser/wrap/not-wrapped", test_wrap_not_wrapped);
  g_test_add_func ("/parser/wrap/random-paragraphs", test_wrap_random_paragraphs);
  g_test_add_func ("/parser/list/continuation", test_list_continuation);
  g_test_add_func ("/parser/headings/numbered-markdown", test_numbered_headings_markdown);
  g_test_add_func ("/parser/headings/numbered-plain", test_numbered_headings_plain);
  g_test_add_func ("/parser/metadata/news", test_metadata_news);
  g_test_add_func ("/parser/metadata/news-english", test_metadata_news_english);
  g_test_add_func ("/parser/metadata/lines", test_metadata_lines);
  g_test_add_func ("/parser/metadata/datelines", test_metadata_datelines);
  g_test_add_func ("/parser/markup-literal", test_markup_literal);

  return g_test_run ();
}
