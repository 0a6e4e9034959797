/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>
#include <gio/gio.h>

#include "ds-test-essay.h"

DsEssay *
ds_test_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse (text, -1, "t", &error);

  g_assert_no_error (error);
  return essay;
}

/* A file of tests/data/parser/, its offsets checked. */
DsEssay *
ds_test_parse_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "parser", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsEssay *essay = ds_parser_parse_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  ds_test_assert_offsets (essay);
  return essay;
}

/* The block table describes the text exactly, and conversions agree with a
 * straightforward walk over the characters. */
void
ds_test_assert_offsets (DsEssay *essay)
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

void
ds_test_assert_blocks (DsEssay           *essay,
                       const DsTestBlock *expected,
                       guint              n_expected)
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
  ds_test_assert_offsets (essay);
}
