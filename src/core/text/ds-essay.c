/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "ds-essay.h"
#include "ds-text-inline.h"

/*
 * An essay owns its cleaned text and its block table. The text is exactly
 * the blocks joined by '\n', so the table doubles as an index from bytes to
 * characters: a conversion finds its block by binary search and only counts
 * characters inside that one line.
 */

struct _DsEssay
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *language;
  char    *text;
  gsize    text_length;
  guint    n_chars;
  GArray  *blocks;              /* of DsBlock, in text order */
  GArray  *escaped;             /* gsize: marks written escaped, or NULL */
};

G_DEFINE_FINAL_TYPE (DsEssay, ds_essay, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_TEXT,
  PROP_N_BLOCKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_essay_finalize (GObject *object)
{
  DsEssay *self = (DsEssay *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->escaped, g_array_unref);

  G_OBJECT_CLASS (ds_essay_parent_class)->finalize (object);
}

static void
ds_essay_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DsEssay *self = DS_ESSAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_N_BLOCKS:
      g_value_set_uint (value, self->blocks->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_essay_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DsEssay *self = DS_ESSAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      ds_essay_set_title (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      ds_essay_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_essay_class_init (DsEssayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_essay_finalize;
  object_class->get_property = ds_essay_get_property;
  object_class->set_property = ds_essay_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "id",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_BLOCKS] =
    g_param_spec_uint ("n-blocks", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_essay_init (DsEssay *self)
{
  self->language = g_strdup ("id");
  self->text = g_strdup ("");
  self->blocks = g_array_new (FALSE, TRUE, sizeof (DsBlock));
}

/* g_set_str() is GLib 2.76; this is the same for 2.74. */
static gboolean
set_str (char       **dest,
         const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (value);
  return TRUE;
}

/* Without a block table every line of the text is a paragraph. */
static GArray *
blocks_from_lines (const char *text,
                   gsize       length)
{
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (DsBlock));
  const char *p = text;
  const char *end = text + length;
  guint chars = 0;

  if (length == 0)
    return blocks;

  for (;;)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl != NULL ? nl : end;
      DsBlock block = { 0 };

      block.kind = DS_BLOCK_PARAGRAPH;
      block.list_style = DS_LIST_NONE;
      block.byte_start = p - text;
      block.content_byte_start = block.byte_start;
      block.prose_byte_start = block.byte_start;
      block.byte_end = line_end - text;
      block.start = chars;
      block.content_start = chars;
      block.prose_start = chars;
      chars += g_utf8_strlen (p, line_end - p);
      block.end = chars;
      g_array_append_val (blocks, block);

      if (nl == NULL)
        break;
      chars++;
      p = nl + 1;
    }

  return blocks;
}

/**
 * ds_essay_new:
 * @id: the essay's id
 * @title: (nullable): its title
 * @language: (nullable): "id" or "en"; NULL means "id"
 * @text: (transfer full): the cleaned text, valid UTF-8
 * @blocks: (transfer full) (nullable): the block table for @text, or NULL
 *   to make every line a paragraph
 *
 * Takes ownership of @text and @blocks.
 */
DsEssay *
ds_essay_new (const char *id,
              const char *title,
              const char *language,
              char       *text,
              GArray     *blocks)
{
  DsEssay *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (DS_TYPE_ESSAY,
                       "id", id,
                       "title", title,
                       NULL);
  if (language != NULL)
    ds_essay_set_language (self, language);

  if (text != NULL)
    {
      g_free (self->text);
      self->text = text;
    }
  self->text_length = strlen (self->text);

  g_array_unref (self->blocks);
  if (blocks != NULL)
    self->blocks = blocks;
  else
    self->blocks = blocks_from_lines (self->text, self->text_length);

  if (self->blocks->len > 0)
    self->n_chars = g_array_index (self->blocks, DsBlock, self->blocks->len - 1).end;
  else
    self->n_chars = g_utf8_strlen (self->text, self->text_length);

  return self;
}

const char *
ds_essay_get_id (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  return self->id;
}

const char *
ds_essay_get_title (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  return self->title;
}

void
ds_essay_set_title (DsEssay    *self,
                    const char *title)
{
  g_return_if_fail (DS_IS_ESSAY (self));

  if (set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ds_essay_get_language (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  return self->language;
}

void
ds_essay_set_language (DsEssay    *self,
                       const char *language)
{
  g_return_if_fail (DS_IS_ESSAY (self));

  if (language == NULL)
    language = "id";

  if (set_str (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
ds_essay_get_text (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  return self->text;
}

gsize
ds_essay_get_text_length (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), 0);

  return self->text_length;
}

guint
ds_essay_get_n_chars (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), 0);

  return self->n_chars;
}

guint
ds_essay_get_n_blocks (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), 0);

  return self->blocks->len;
}

const DsBlock *
ds_essay_get_block (DsEssay *self,
                    guint    index)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return &g_array_index (self->blocks, DsBlock, index);
}

int
ds_essay_find_first_heading (DsEssay *self)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), -1);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const DsBlock *block = &g_array_index (self->blocks, DsBlock, i);

      if (block->kind == DS_BLOCK_HEADING)
        return (int) i;
    }

  return -1;
}

/* The last block starting at or before @offset (characters), or -1. */
static int
find_block_by_char (DsEssay *self,
                    guint    offset)
{
  guint lo = 0;
  guint hi = self->blocks->len;

  /* Invariant: blocks before lo start at or before offset, blocks from hi
   * on start after it. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->blocks, DsBlock, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (int) lo - 1;
}

static int
find_block_by_byte (DsEssay *self,
                    gsize    offset)
{
  guint lo = 0;
  guint hi = self->blocks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->blocks, DsBlock, mid).byte_start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (int) lo - 1;
}

int
ds_essay_block_at_char (DsEssay *self,
                        guint    offset)
{
  int index;

  g_return_val_if_fail (DS_IS_ESSAY (self), -1);

  index = find_block_by_char (self, offset);
  if (index < 0)
    return -1;

  /* The block's end (the position of its '\n') still belongs to it, so a
   * cursor at the end of a line is in that line's block. */
  if (offset > g_array_index (self->blocks, DsBlock, index).end)
    return -1;

  return index;
}

/**
 * ds_essay_dup_heading_for_block:
 *
 * Returns: (transfer full) (nullable): the content of the nearest heading
 * (or references heading) at or before block @index, or NULL if the block
 * comes before any heading.
 */
char *
ds_essay_dup_heading_for_block (DsEssay *self,
                                guint    index)
{
  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  for (guint i = index + 1; i-- > 0;)
    {
      const DsBlock *block = &g_array_index (self->blocks, DsBlock, i);

      if (block->kind == DS_BLOCK_HEADING ||
          block->kind == DS_BLOCK_REFERENCES_HEADING)
        return ds_essay_dup_block_content (self, i);
    }

  return NULL;
}

char *
ds_essay_dup_block_content (DsEssay *self,
                            guint    index)
{
  const DsBlock *block;

  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  block = &g_array_index (self->blocks, DsBlock, index);
  return g_strndup (self->text + block->content_byte_start,
                    block->byte_end - block->content_byte_start);
}

guint
ds_essay_byte_to_char (DsEssay *self,
                       gsize    byte_offset)
{
  const DsBlock *block;
  int index;

  g_return_val_if_fail (DS_IS_ESSAY (self), 0);

  if (byte_offset >= self->text_length)
    return self->n_chars;

  index = find_block_by_byte (self, byte_offset);
  if (index < 0)
    return g_utf8_strlen (self->text, byte_offset);

  block = &g_array_index (self->blocks, DsBlock, index);
  if (byte_offset >= block->byte_end)
    return block->end;

  /* A partial character at the end is not counted, so an offset inside a
   * character maps to that character's start. */
  return block->start + g_utf8_strlen (self->text + block->byte_start,
                                       byte_offset - block->byte_start);
}

gsize
ds_essay_char_to_byte (DsEssay *self,
                       guint    char_offset)
{
  const DsBlock *block;
  const char *start;
  int index;

  g_return_val_if_fail (DS_IS_ESSAY (self), 0);

  if (char_offset >= self->n_chars)
    return self->text_length;

  index = find_block_by_char (self, char_offset);
  if (index < 0)
    return g_utf8_offset_to_pointer (self->text, char_offset) - self->text;

  block = &g_array_index (self->blocks, DsBlock, index);
  if (char_offset >= block->end)
    return block->byte_end;

  start = self->text + block->byte_start;
  return g_utf8_offset_to_pointer (start, char_offset - block->start) - self->text;
}

/**
 * ds_essay_char_to_byte_in_block:
 * @byte_offset: (out): ds_essay_char_to_byte() of @char_offset, when
 *   TRUE is returned
 *
 * Returns: whether @char_offset stands inside a block, where its byte is
 *   exact and ds_essay_byte_to_char() gives it back (elsewhere the caller
 *   asks ds_essay_char_to_byte() and checks)
 */
gboolean
ds_essay_char_to_byte_in_block (DsEssay *self,
                                guint    char_offset,
                                gsize   *byte_offset)
{
  const DsBlock *block;
  int index;

  g_return_val_if_fail (DS_IS_ESSAY (self), FALSE);

  if (char_offset >= self->n_chars || (index = find_block_by_char (self, char_offset)) < 0)
    return FALSE;
  block = &g_array_index (self->blocks, DsBlock, index);
  if (char_offset >= block->end)
    return FALSE;
  *byte_offset = g_utf8_offset_to_pointer (self->text + block->byte_start, char_offset - block->start) - self->text;
  return TRUE;
}

/**
 * ds_essay_dup_span:
 *
 * Offsets are clamped to the text; @end before @start gives "".
 *
 * Returns: (transfer full): the text between two character offsets.
 */
char *
ds_essay_dup_span (DsEssay *self,
                   guint    start,
                   guint    end)
{
  gsize byte_start;
  gsize byte_end;

  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  if (end <= start)
    return g_strdup ("");

  byte_start = ds_essay_char_to_byte (self, start);
  byte_end = ds_essay_char_to_byte (self, end);

  return g_strndup (self->text + byte_start, byte_end - byte_start);
}

/* The paragraph, in bytes, that block @index lies in: the blocks around it
 * that only a line break parts from it in the source (a short line the
 * parser made a block of its own, "**Diplomasi" over "digital** adalah
 * …"), without the '\n' after the last. */
static void
paragraph_bytes (DsEssay *self,
                 guint    index,
                 gsize   *start,
                 gsize   *end)
{
  guint first = index;
  guint last = index;

  while (first > 0 && g_array_index (self->blocks, DsBlock, first).soft_break)
    first--;
  while (last + 1 < self->blocks->len && g_array_index (self->blocks, DsBlock, last + 1).soft_break)
    last++;
  *start = g_array_index (self->blocks, DsBlock, first).byte_start;
  *end = g_array_index (self->blocks, DsBlock, last).byte_end;
}

/**
 * ds_essay_set_escaped_marks:
 * @offsets: (transfer full) (nullable) (element-type gsize): sorted byte
 *   offsets in the text
 *
 * The inline marks of the text that were written escaped ("\*x\*": the
 * parser left the backslashes out), which are text: they neither pair nor
 * hide. Takes ownership of @offsets.
 */
void
ds_essay_set_escaped_marks (DsEssay *self,
                            GArray  *offsets)
{
  g_return_if_fail (DS_IS_ESSAY (self));

  g_clear_pointer (&self->escaped, g_array_unref);
  if (offsets != NULL && offsets->len == 0)
    g_array_unref (offsets);
  else
    self->escaped = offsets;
}

/* The escaped marks from byte @first to @last, counted from @first. */
static GArray *
escaped_between (DsEssay *self,
                 gsize    first,
                 gsize    last)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (guint i = 0; self->escaped != NULL && i < self->escaped->len; i++)
    {
      gsize at = g_array_index (self->escaped, gsize, i);

      if (at >= first && at < last)
        {
          at -= first;
          g_array_append_val (out, at);
        }
    }
  return out;
}

/* Whether @c is a byte of a word a mark clings to. */
static gboolean
mark_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

/**
 * ds_essay_dup_escaped_words:
 * @start: a character offset
 * @end: a character offset, exclusive
 *
 * The marks written escaped between @start and @end, each with the word
 * it clings to as the text has it ("\*penting\*" gives "*penting" and
 * "penting*"), so that a copy of the text can keep them as text.
 *
 * Returns: (transfer full) (nullable): a %NULL-terminated array, or %NULL
 *   when no escaped mark lies there
 */
char **
ds_essay_dup_escaped_words (DsEssay *self,
                            guint    start,
                            guint    end)
{
  GPtrArray *words = NULL;
  gsize first, last;

  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  if (self->escaped == NULL || start >= end)
    return NULL;
  first = ds_essay_char_to_byte (self, start);
  last = ds_essay_char_to_byte (self, end);
  for (guint i = 0; i < self->escaped->len; i++)
    {
      gsize at = g_array_index (self->escaped, gsize, i), l = at, r = at + 1;

      if (at < first || at >= last)
        continue;
      while (l > first && mark_word_byte (self->text[l - 1]))
        l--;
      while (r < last && mark_word_byte (self->text[r]))
        r++;
      /* (A mark clinging to no word, "\\*\\*" or "\\* ", could be any
       * mark: it is not told apart.) */
      if (r - l < 2)
        continue;
      if (words == NULL)
        words = g_ptr_array_new ();
      g_ptr_array_add (words, g_strndup (self->text + l, r - l));
    }
  if (words == NULL)
    return NULL;
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/* The paragraph that the byte at @at lies in, or ends at (a '\n'), as
 * paragraph_bytes(); a line of its own when no block has it. */
static void
paragraph_at_byte (DsEssay *self,
                   gsize    at,
                   gsize   *start,
                   gsize   *end)
{
  int index = find_block_by_byte (self, at);
  const char *lf;

  if (index >= 0 && at <= g_array_index (self->blocks, DsBlock, index).byte_end)
    {
      paragraph_bytes (self, (guint) index, start, end);
      return;
    }
  for (*start = at; *start > 0 && self->text[*start - 1] != '\n'; (*start)--)
    ;
  lf = memchr (self->text + at, '\n', self->text_length - at);
  *end = lf != NULL ? (gsize) (lf - self->text) : self->text_length;
}

/**
 * ds_essay_dup_plain_span:
 *
 * The offsets count Markdown's inline marks, as every offset in the text
 * does; the marks are paired over each whole paragraph, across the line
 * breaks inside one (ds_text_dup_plain_span()). Offsets are clamped to the
 * text; @end before @start gives "".
 *
 * Returns: (transfer full): the text between two character offsets as
 *   plain text, without its inline marks.
 */
char *
ds_essay_dup_plain_span (DsEssay *self,
                         guint    start,
                         guint    end)
{
  gsize at, stop;
  GString *out;

  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  if (end <= start)
    return g_strdup ("");
  at = ds_essay_char_to_byte (self, start);
  stop = ds_essay_char_to_byte (self, end);
  out = g_string_sized_new (stop - at);
  while (at < stop)
    {
      gsize first, last;
      g_autofree char *piece = NULL;
      g_autoptr(GArray) escaped = NULL;

      paragraph_at_byte (self, at, &first, &last);
      if (at == last)
        {
          /* The '\n' between two paragraphs. */
          g_string_append_c (out, self->text[at++]);
          continue;
        }
      escaped = escaped_between (self, first, last);
      piece = ds_text_dup_plain_span (self->text + first, last - first, at - first, MIN (stop, last) - first,
                                      (const gsize *) (gpointer) escaped->data, escaped->len);
      g_string_append (out, piece);
      at = MIN (stop, last);
    }
  return g_string_free (out, FALSE);
}

/**
 * ds_essay_dup_plain_sentence:
 * @self: (nullable): the essay the sentence was read from
 *
 * A sentence read from the essay, shown on its own: where it is the
 * essay's span from @start to @end, as it almost always is, its marks are
 * paired over its whole line (it may stand inside a longer emphasis);
 * otherwise @sentence's own marks are left out (ds_text_dup_plain()).
 *
 * Returns: (transfer full): @sentence as plain text.
 */
char *
ds_essay_dup_plain_sentence (DsEssay    *self,
                             guint       start,
                             guint       end,
                             const char *sentence)
{
  g_autofree char *span = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);

  if (self != NULL && start < end)
    span = ds_essay_dup_span (self, start, end);
  if (span == NULL || strcmp (span, sentence) != 0)
    return ds_text_dup_plain (sentence);
  return ds_essay_dup_plain_span (self, start, end);
}

/**
 * ds_essay_find_inline:
 *
 * The reader hides the marks and styles what they mark, leaving the text,
 * and so every offset, as it is. The marks pair over each paragraph, as
 * ds_essay_dup_plain_span() pairs them.
 *
 * Returns: (transfer full) (element-type DsTextInline): the inline marks of
 *   the text and the spans they mark, in characters, ordered by start.
 */
GArray *
ds_essay_find_inline (DsEssay *self)
{
  GArray *spans;
  gsize at = 0;

  g_return_val_if_fail (DS_IS_ESSAY (self), NULL);

  spans = g_array_new (FALSE, FALSE, sizeof (DsTextInline));
  while (at < self->text_length)
    {
      gsize first, last;
      g_autoptr(GArray) found = NULL;
      g_autoptr(GArray) escaped = NULL;

      paragraph_at_byte (self, at, &first, &last);
      escaped = escaped_between (self, first, last);
      found = ds_text_find_inline (self->text + first, last - first, (const gsize *) (gpointer) escaped->data,
                                   escaped->len);
      for (guint i = 0; i < found->len; i++)
        {
          DsTextInline span = g_array_index (found, DsTextInline, i);

          span.start = ds_essay_byte_to_char (self, first + span.start);
          span.end = ds_essay_byte_to_char (self, first + span.end);
          g_array_append_val (spans, span);
        }
      at = last + 1;
    }
  return spans;
}
