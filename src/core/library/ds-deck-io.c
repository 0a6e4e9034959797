/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Deck export. The JSON is written by hand rather than through a
 * JsonGenerator: a deck of a 50 MB corpus has hundreds of thousands of cards
 * and building a node tree per card doubles the cost of generating them.
 * The escaping follows RFC 8259: quote, backslash and control characters.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-deck-io.h"
#include "ds-json.h"

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

/* ------------------------------------------------------------------ */
/* Reading a deck                                                      */

#define MAX_TEXT ((gsize) 64 * 1024)
#define MAX_LIST 1000

typedef struct {
  const char  *name;
  guint        index;
  GError     **error;
} Where;

static gboolean
bad_card (Where      *where,
          const char *member,
          const char *what)
{
  /* Translators: a file name, a card's number, a field ("question") and
   * what is wrong with it ("is not text"). */
  g_set_error (where->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%s: card %u: “%s” %s"), where->name, where->index + 1, member, what);
  return FALSE;
}

static gboolean
text_member (Where       *where,
             JsonObject  *card,
             const char  *member,
             gboolean     nullable,
             const char **out)
{
  if (ds_json_get_string (card, member, nullable, MAX_TEXT, out))
    return TRUE;
  return bad_card (where, member, _("is not text (of at most 64 KiB)"));
}

static gboolean
uint_member (Where      *where,
             JsonObject *object,
             const char *member,
             gboolean    nullable,
             guint      *out)
{
  if (ds_json_get_uint (object, member, nullable, G_MAXINT, out))
    return TRUE;
  return bad_card (where, member, _("is not a whole number"));
}

/* A list of strings as a NULL-terminated array (borrowing the strings). */
static gboolean
list_member (Where        *where,
             JsonObject   *card,
             const char   *member,
             GPtrArray   **out)
{
  JsonNode *node = json_object_get_member (card, member);
  JsonArray *array;

  *out = g_ptr_array_new ();
  if (node == NULL)
    {
      g_ptr_array_add (*out, NULL);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) > MAX_LIST)
    return bad_card (where, member, _("is not a list of texts"));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING ||
          strlen (json_node_get_string (item)) > MAX_TEXT)
        return bad_card (where, member, _("is not a list of texts"));
      g_ptr_array_add (*out, (gpointer) json_node_get_string (item));
    }
  g_ptr_array_add (*out, NULL);
  return TRUE;
}

static gboolean
read_source (Where      *where,
             JsonObject *object,
             DsCard     *card)
{
  JsonNode *node = json_object_get_member (object, "source");
  JsonObject *source;
  const char *text;
  guint start, end;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return bad_card (where, "source", _("is not an object"));
  source = json_node_get_object (node);
  if (!uint_member (where, source, "start", FALSE, &start) ||
      !uint_member (where, source, "end", FALSE, &end) ||
      !text_member (where, source, "text", TRUE, &text))
    return FALSE;
  if (end < start)
    return bad_card (where, "source", _("ends before it starts"));
  ds_card_set_source (card, start, end, text);
  return TRUE;
}

static gboolean
read_choices (Where      *where,
              JsonObject *object,
              DsCard     *card)
{
  g_autoptr(GPtrArray) choices = NULL;
  JsonNode *correct = json_object_get_member (object, "correct");
  gint64 index;

  if (!list_member (where, object, "choices", &choices))
    return FALSE;
  if (choices->len == 1)
    return TRUE;
  if (correct == NULL || !JSON_NODE_HOLDS_VALUE (correct) ||
      json_node_get_value_type (correct) != G_TYPE_INT64 ||
      (index = json_node_get_int (correct)) < 0 || index >= (gint64) choices->len - 1)
    return bad_card (where, "correct", _("is not the number of one of the choices"));
  ds_card_set_choices (card, (const char * const *) choices->pdata, (int) index);
  return TRUE;
}

static gboolean
read_lists (Where      *where,
            JsonObject *object,
            DsCard     *card)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  guint count;

  if (!list_member (where, object, "items", &items) ||
      !list_member (where, object, "warnings", &warnings) ||
      !uint_member (where, object, "expected_count", TRUE, &count))
    return FALSE;
  ds_card_set_items (card, (const char * const *) items->pdata);
  for (guint i = 0; i + 1 < warnings->len; i++)
    ds_card_add_warning (card, g_ptr_array_index (warnings, i));
  ds_card_set_expected_count (card, count);
  return TRUE;
}

static DsCard *
read_card (Where    *where,
           JsonNode *node)
{
  g_autoptr(DsCard) card = NULL;
  const char *id, *essay, *kind_name, *question, *answer, *topic;
  DsCardKind kind;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      bad_card (where, "card", _("is not an object"));
      return NULL;
    }
  object = json_node_get_object (node);
  if (!text_member (where, object, "id", FALSE, &id) ||
      !text_member (where, object, "essay", FALSE, &essay) ||
      !text_member (where, object, "kind", FALSE, &kind_name) ||
      !text_member (where, object, "question", FALSE, &question) ||
      !text_member (where, object, "answer", FALSE, &answer) ||
      !text_member (where, object, "topic", TRUE, &topic))
    return NULL;
  if (*id == '\0' || *essay == '\0')
    {
      bad_card (where, *id == '\0' ? "id" : "essay", _("is empty"));
      return NULL;
    }
  if (!ds_card_kind_from_string (kind_name, &kind))
    {
      bad_card (where, "kind", _("is not a kind of card DiploStudy makes"));
      return NULL;
    }

  card = ds_card_new (id, essay, kind, question, answer);
  if (topic != NULL)
    ds_card_set_topic (card, topic);
  if (!read_lists (where, object, card) || !read_source (where, object, card) ||
      !read_choices (where, object, card))
    return NULL;
  return g_steal_pointer (&card);
}

static JsonArray *
cards_of (JsonNode    *root,
          const char  *name,
          GError     **error)
{
  JsonNode *cards;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (cards = json_object_get_member (json_node_get_object (root), "cards")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (cards))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is not a deck: it has no “cards” list"), name);
      return NULL;
    }
  if (json_array_get_length (json_node_get_array (cards)) > DS_DECK_MAX_CARDS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s holds more than %u cards"), name, DS_DECK_MAX_CARDS);
      return NULL;
    }
  return json_node_get_array (cards);
}

GPtrArray *
ds_deck_read_json (const char  *data,
                   gsize        length,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  Where where = { name, 0, error };
  JsonArray *array;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = ds_json_parse (data, length, name, error);
  if (root == NULL || (array = cards_of (root, name, error)) == NULL)
    return NULL;

  cards = g_ptr_array_new_with_free_func (g_object_unref);
  for (where.index = 0; where.index < json_array_get_length (array); where.index++)
    {
      DsCard *card = read_card (&where, json_array_get_element (array, where.index));

      if (card == NULL)
        return NULL;
      g_ptr_array_add (cards, card);
    }
  return g_steal_pointer (&cards);
}
