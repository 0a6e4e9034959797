/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Deck export. The JSON is written by hand rather than through a
 * JsonGenerator: a deck of a 50 MB corpus has hundreds of thousands of cards
 * and building a node tree per card doubles the cost of generating them.
 * The escaping follows RFC 8259: quote, backslash and control characters.
 */
#include "config.h"

#include <string.h>

#include "ds-deck-io.h"

#define FLUSH_SIZE (64 * 1024)

struct _DsDeckWriter
{
  GOutputStream *out;
  DsDeckFormat   format;
  GString       *buf;
  guint          n_cards;
  gboolean       started;
  gboolean       finished;
};

DsDeckWriter *
ds_deck_writer_new (GOutputStream *out,
                    DsDeckFormat   format)
{
  DsDeckWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);

  self = g_new0 (DsDeckWriter, 1);
  self->out = g_object_ref (out);
  self->format = format;
  self->buf = g_string_sized_new (FLUSH_SIZE + 4096);
  return self;
}

void
ds_deck_writer_free (DsDeckWriter *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->out);
  g_string_free (self->buf, TRUE);
  g_free (self);
}

static gboolean
flush (DsDeckWriter  *self,
       gboolean       force,
       GError       **error)
{
  if (self->buf->len == 0 || (!force && self->buf->len < FLUSH_SIZE))
    return TRUE;
  if (!g_output_stream_write_all (self->out, self->buf->str, self->buf->len, NULL, NULL, error))
    return FALSE;
  g_string_truncate (self->buf, 0);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static void
json_string (GString    *out,
             const char *str)
{
  const char *run;

  if (str == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  run = str;
  for (const char *p = str; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

static void
json_strv (GString            *out,
           const char * const *strv)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_string (out, strv[i]);
    }
  g_string_append_c (out, ']');
}

static void
json_card (GString *out,
           DsCard  *card)
{
  const char * const *choices = ds_card_get_choices (card);

  g_string_append (out, "{\"id\": ");
  json_string (out, ds_card_get_id (card));
  g_string_append (out, ", \"essay\": ");
  json_string (out, ds_card_get_essay_id (card));
  g_string_append (out, ", \"kind\": ");
  json_string (out, ds_card_kind_to_string (ds_card_get_kind (card)));
  g_string_append (out, ", \"question\": ");
  json_string (out, ds_card_get_question (card));
  g_string_append (out, ", \"answer\": ");
  json_string (out, ds_card_get_answer (card));
  g_string_append (out, ", \"items\": ");
  json_strv (out, ds_card_get_items (card));
  /* Always present; null when the source states no count. */
  if (ds_card_get_expected_count (card) > 0)
    g_string_append_printf (out, ", \"expected_count\": %u", ds_card_get_expected_count (card));
  else
    g_string_append (out, ", \"expected_count\": null");
  g_string_append_printf (out, ", \"source\": {\"start\": %u, \"end\": %u, \"text\": ",
                          ds_card_get_source_start (card), ds_card_get_source_end (card));
  json_string (out, ds_card_get_source_text (card));
  g_string_append (out, "}, \"topic\": ");
  json_string (out, ds_card_get_topic (card));
  g_string_append (out, ", \"warnings\": ");
  json_strv (out, ds_card_get_warnings (card));
  if (choices[0] != NULL)
    {
      g_string_append (out, ", \"choices\": ");
      json_strv (out, choices);
      g_string_append_printf (out, ", \"correct\": %d", ds_card_get_correct_choice (card));
    }
  g_string_append_c (out, '}');
}

/* ------------------------------------------------------------------ */
/* TSV for Anki                                                        */

/* Anki fields are HTML: escape the text, turn line breaks into <br> and
 * keep tabs out of the columns. */
static void
html_field (GString    *out,
            const char *str)
{
  for (const char *p = str ? str : ""; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\t': g_string_append_c (out, ' '); break;
        case '\r': break;
        case '\n': g_string_append (out, "<br>"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

char *
ds_deck_tag_slug (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isalnum (ch))
        g_string_append_unichar (out, g_unichar_tolower (ch));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static void
tsv_card (GString *out,
          DsCard  *card)
{
  const char * const *items = ds_card_get_items (card);
  const char * const *choices = ds_card_get_choices (card);
  const char * const *warnings = ds_card_get_warnings (card);
  g_autofree char *slug = ds_deck_tag_slug (ds_card_get_topic (card));

  html_field (out, ds_card_get_question (card));
  for (guint i = 0; choices[i] != NULL && ds_card_get_kind (card) == DS_CARD_MULTIPLE_CHOICE; i++)
    {
      g_string_append_printf (out, "<br>%c. ", 'A' + (int) MIN (i, 25));
      html_field (out, choices[i]);
    }
  g_string_append_c (out, '\t');

  if (items[0] != NULL)
    for (guint i = 0; items[i] != NULL; i++)
      {
        if (i > 0)
          g_string_append (out, "<br>");
        html_field (out, items[i]);
      }
  else
    html_field (out, ds_card_get_answer (card));
  for (guint i = 0; warnings[i] != NULL; i++)
    {
      g_string_append (out, "<br><i>");
      html_field (out, warnings[i]);
      g_string_append (out, "</i>");
    }
  g_string_append_c (out, '\t');

  /* Tags may not hold spaces; ids and slugs never do. */
  g_string_append (out, ds_card_get_essay_id (card));
  if (*slug != '\0')
    g_string_append_printf (out, " %s", slug);
  g_string_append_printf (out, " %s\n", ds_card_kind_to_string (ds_card_get_kind (card)));
}

/* ------------------------------------------------------------------ */
/* The writer                                                          */

static void
start (DsDeckWriter *self)
{
  if (self->started)
    return;
  self->started = TRUE;
  if (self->format == DS_DECK_FORMAT_JSON)
    g_string_append (self->buf, "{\"cards\": [");
  else
    g_string_append (self->buf, "#separator:tab\n#html:true\n#tags column:3\n");
}

gboolean
ds_deck_writer_add (DsDeckWriter  *self,
                    GPtrArray     *cards,
                    GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);

  start (self);
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = cards->pdata[i];

      if (self->format == DS_DECK_FORMAT_JSON)
        {
          g_string_append (self->buf, self->n_cards > 0 ? ",\n  " : "\n  ");
          json_card (self->buf, card);
        }
      else
        tsv_card (self->buf, card);
      self->n_cards++;
      if (!flush (self, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ds_deck_writer_finish (DsDeckWriter  *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->finished)
    return TRUE;
  start (self);
  self->finished = TRUE;
  if (self->format == DS_DECK_FORMAT_JSON)
    g_string_append (self->buf, self->n_cards > 0 ? "\n]}\n" : "]}\n");
  return flush (self, TRUE, error) && g_output_stream_flush (self->out, NULL, error);
}

static gboolean
write_all (GPtrArray      *cards,
           GOutputStream  *out,
           DsDeckFormat    format,
           GError        **error)
{
  g_autoptr(DsDeckWriter) writer = NULL;

  g_return_val_if_fail (cards != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  writer = ds_deck_writer_new (out, format);
  return ds_deck_writer_add (writer, cards, error) && ds_deck_writer_finish (writer, error);
}

gboolean
ds_deck_write_json (GPtrArray      *cards,
                    GOutputStream  *out,
                    GError        **error)
{
  return write_all (cards, out, DS_DECK_FORMAT_JSON, error);
}

gboolean
ds_deck_write_tsv (GPtrArray      *cards,
                   GOutputStream  *out,
                   GError        **error)
{
  return write_all (cards, out, DS_DECK_FORMAT_TSV, error);
}
