/* SPDX-License-Identifier: GPL-3.0-or-later */
/* DsReaderPage's text tags: how each kind of block looks, the text size,
 * and the colours of highlights. */
#define G_LOG_DOMAIN "DsReaderPage"

#include "config.h"

#include "ds-reader-page-private.h"

/* Block tags and how much larger than the body text each one is. */
typedef struct {
  const char *name;
  double      scale;
} TagScale;

static const TagScale tag_scales[] = {
  { "body", 1.0 },
  { "heading", 1.4 },
  { "subheading", 1.2 },
  { "references-heading", 1.15 },
  { "reference", 0.85 },
  { "metadata", 0.85 },
};

GtkTextTag *
_ds_reader_page_lookup_tag (DsReaderPage *self,
                            const char   *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  return gtk_text_tag_table_lookup (table, name);
}

static double
text_scale (DsReaderPage *self)
{
  return self->settings ? ds_settings_get_text_scale (self->settings) : 1.0;
}

/* The title's size follows the text's; its colour is the text's too, but
 * opaque: GTK 4.8 draws a text view's overlays twice, which would darken
 * a translucent colour. */
static void
apply_title_attributes (DsReaderPage *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint16 fg = dark ? 0xffff : 0x3333;
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (text_scale (self)));
  pango_attr_list_insert (attrs, pango_attr_foreground_new (fg, fg, fg));
  pango_attr_list_insert (attrs, pango_attr_foreground_alpha_new (0xffff));
  gtk_label_set_attributes (self->title_label, attrs);
  pango_attr_list_unref (attrs);
}

void
_ds_reader_page_apply_text_scale (DsReaderPage *self)
{
  double scale = text_scale (self);

  for (guint i = 0; i < G_N_ELEMENTS (tag_scales); i++)
    g_object_set (_ds_reader_page_lookup_tag (self, tag_scales[i].name),
                  "scale", tag_scales[i].scale * scale,
                  NULL);

  g_object_set (_ds_reader_page_lookup_tag (self, "heading"),
                "pixels-above-lines", (int) (24 * scale),
                "pixels-below-lines", (int) (8 * scale),
                NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "paragraph"),
                "pixels-below-lines", (int) (14 * scale),
                NULL);
  /* Hanging indents: a wrapped line starts under the text, not under the
   * list marker or the reference's first word. */
  g_object_set (_ds_reader_page_lookup_tag (self, "list-item"),
                "left-margin", (int) (24 * scale),
                "indent", (int) (-18 * scale),
                "pixels-below-lines", (int) (6 * scale),
                NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "list-end"),
                "pixels-below-lines", (int) (14 * scale),
                NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "references-heading"),
                "pixels-above-lines", (int) (28 * scale),
                "pixels-below-lines", (int) (8 * scale),
                NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "reference"),
                "indent", (int) (-24 * scale),
                "pixels-below-lines", (int) (6 * scale),
                NULL);

  apply_title_attributes (self);
}

/* Colours that have to differ between light and dark styles; tags cannot
 * follow CSS. */
void
_ds_reader_page_apply_colors (DsReaderPage *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA dim = dark ? (GdkRGBA) { 1, 1, 1, 0.6 } : (GdkRGBA) { 0, 0, 0, 0.6 };
  GdkRGBA match = dark ? (GdkRGBA) { 0.96, 0.83, 0.18, 0.3 } : (GdkRGBA) { 0.96, 0.83, 0.18, 0.45 };
  GdkRGBA current = dark ? (GdkRGBA) { 1.0, 0.47, 0.0, 0.75 } : (GdkRGBA) { 1.0, 0.64, 0.28, 0.95 };
  GdkRGBA claim = dark ? (GdkRGBA) { 0.38, 0.63, 0.92, 0.22 } : (GdkRGBA) { 0.21, 0.52, 0.89, 0.14 };
  GdkRGBA span = dark ? (GdkRGBA) { 0.38, 0.63, 0.92, 0.45 } : (GdkRGBA) { 0.21, 0.52, 0.89, 0.3 };

  g_object_set (_ds_reader_page_lookup_tag (self, "reference"), "foreground-rgba", &dim, NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "metadata"), "foreground-rgba", &dim, NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "match"), "background-rgba", &match, NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "current-match"), "background-rgba", &current, NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "claim"), "background-rgba", &claim, NULL);
  g_object_set (_ds_reader_page_lookup_tag (self, "span-highlight"), "background-rgba", &span, NULL);
  apply_title_attributes (self);
}

/* Creation order is priority order: later tags win where they overlap. */
void
_ds_reader_page_create_tags (DsReaderPage *self)
{
  GtkTextBuffer *b = self->buffer;

  gtk_text_buffer_create_tag (b, "body", NULL);
  gtk_text_buffer_create_tag (b, "paragraph", NULL);
  gtk_text_buffer_create_tag (b, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "accumulative-margin", FALSE,
                              NULL);
  gtk_text_buffer_create_tag (b, "subheading", NULL);
  gtk_text_buffer_create_tag (b, "list-item", NULL);
  gtk_text_buffer_create_tag (b, "list-end", NULL);
  gtk_text_buffer_create_tag (b, "references-heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (b, "reference", NULL);
  gtk_text_buffer_create_tag (b, "metadata", NULL);
  /* Markdown's inline marks are hidden, not taken out of the text: every
   * offset the app keeps (a card's source span, claims, the reading
   * position, find) counts them. */
  gtk_text_buffer_create_tag (b, "emphasis",
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (b, "strong",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (b, "code",
                              "family", "monospace",
                              NULL);
  gtk_text_buffer_create_tag (b, "inline-mark",
                              "invisible", TRUE,
                              NULL);
  gtk_text_buffer_create_tag (b, "claim",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (b, "span-highlight", NULL);
  gtk_text_buffer_create_tag (b, "match", NULL);
  gtk_text_buffer_create_tag (b, "current-match", NULL);
}

void
_ds_reader_page_apply_tag (DsReaderPage *self,
                           const char   *tag,
                           guint         start,
                           guint         end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
  gtk_text_buffer_apply_tag_by_name (self->buffer, tag, &a, &b);
}

static const char *
block_tag (const DsBlock *block)
{
  switch (block->kind)
    {
    case DS_BLOCK_HEADING:
      return "heading";
    case DS_BLOCK_LIST_ITEM:
      return "list-item";
    case DS_BLOCK_REFERENCES_HEADING:
      return "references-heading";
    case DS_BLOCK_REFERENCE:
      return "reference";
    case DS_BLOCK_METADATA:
      return "metadata";
    case DS_BLOCK_PARAGRAPH:
    default:
      return "paragraph";
    }
}

/* Tags each block's line without its '\n'. Tagging the '\n' too would join
 * the runs of two paragraphs into one, and GTK 4.8's text layout takes a
 * line's paragraph style (margins, indent, spacing) from a cache that only a
 * tag starting on the line resets: re-laying out a paragraph after a list
 * then gave it the list's indent. */
void
_ds_reader_page_tag_blocks (DsReaderPage *self)
{
  guint n_chars = ds_essay_get_n_chars (self->essay);
  guint n = ds_essay_get_n_blocks (self->essay);

  _ds_reader_page_apply_tag (self, "body", 0, n_chars);
  for (guint i = 0; i < n; i++)
    {
      const DsBlock *block = ds_essay_get_block (self->essay, i);
      guint end = block->end;

      const DsBlock *next = i + 1 < n ? ds_essay_get_block (self->essay, i + 1) : NULL;

      _ds_reader_page_apply_tag (self, block_tag (block), block->start, end);
      if (block->kind == DS_BLOCK_HEADING && block->level > 1)
        _ds_reader_page_apply_tag (self, "subheading", block->start, end);
      /* A list is spaced from what follows like a paragraph. */
      if (block->kind == DS_BLOCK_LIST_ITEM && (next == NULL || next->kind != DS_BLOCK_LIST_ITEM))
        _ds_reader_page_apply_tag (self, "list-end", block->start, end);
    }
}

static const char *
inline_tag (DsTextInlineKind kind)
{
  switch (kind)
    {
    case DS_TEXT_INLINE_EMPHASIS:
      return "emphasis";
    case DS_TEXT_INLINE_STRONG:
      return "strong";
    case DS_TEXT_INLINE_CODE:
      return "code";
    case DS_TEXT_INLINE_MARK:
    default:
      return "inline-mark";
    }
}

/* Bold, italic and code are shown as such, their marks hidden; the text
 * stays the essay's, offset for offset. */
void
_ds_reader_page_tag_inline (DsReaderPage *self)
{
  g_autoptr(GArray) spans = ds_essay_find_inline (self->essay);

  for (guint i = 0; i < spans->len; i++)
    {
      const DsTextInline *span = &g_array_index (spans, DsTextInline, i);

      _ds_reader_page_apply_tag (self, inline_tag (span->kind), span->start, span->end);
    }
}
