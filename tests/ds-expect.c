/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Expectation files and the matcher behind test-constructs, test-generator
 * and bench-quality. The format is described in
 * tests/data/constructs/README.md; this file implements exactly that: a
 * "must" entry is met when one card satisfies all its fields, a "must_not"
 * entry is violated when any card does.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ds-expect.h"
#include "ds-generator.h"
#include "ds-parser.h"
#include "ds-words.h"

/* One entry of "must" or "must_not"; every string is stored folded. */
typedef struct {
  char  *kind;       /* NULL: any kind */
  GStrv  question;
  GStrv  answer;
  GStrv  items;
  GStrv  warning;
  GStrv  source;
  GStrv  choices;
  char  *term;
  gint64 count;      /* -1: not given */
  char  *text;       /* the entry as written, one line of JSON */
  /* A "must_not" entry's items are the bad items themselves: a card item
   * is one only when it is that text ("em", not "<em>phishing</em>"). */
  gboolean forbid;
} Entry;

struct _DsExpect {
  char      *path;
  char      *name;
  char      *construct;
  char      *language;
  char      *title;
  GPtrArray *must;      /* Entry */
  GPtrArray *must_not;  /* Entry */
};

/* A card's texts, folded once for all entries. */
typedef struct {
  DsCard *card;
  char   *question;
  char   *asked;      /* the question after "Menurut X," */
  char   *answer;     /* a list's items joined, else the answer */
  char   *source;
  GStrv   items;
  GStrv   warnings;
  GStrv   choices;
} CardText;

/* How far a card is from an entry: fields (or items) it satisfies out of
 * those the entry gives, and what it lacks, for explanations. */
typedef struct {
  guint    got;
  guint    total;
  GString *missing;
} Score;

static const char * const entry_fields[] = {
  "kind", "question", "answer", "items", "count", "term", "warning", "source", "choices", NULL,
};

static const char * const kinds[] = {
  "list", "definition", "fact", "multiple_choice", "true_false", "any", NULL,
};

G_DEFINE_QUARK (ds-expect-error-quark, ds_expect_error)

/* ------------------------------------------------------------------ */
/* Folding and word counting                                           */

char *
ds_expect_fold (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  /* The core's own normaliser, diacritics dropped: the matcher compares
   * texts the way the engine does. */
  return ds_words_fold (text, DS_FOLD_STRIP_MARKS);
}

/* Two folded words are the same but for an English plural "s" ("role",
 * "roles"): a card that asks about the roles covers "role". */
static gboolean
same_word (const char *a,
           const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la == lb)
    return strcmp (a, b) == 0;
  if (la + 1 == lb)
    return b[lb - 1] == 's' && strncmp (a, b, la) == 0 && la >= 3;
  if (lb + 1 == la)
    return a[la - 1] == 's' && strncmp (a, b, lb) == 0 && lb >= 3;
  return FALSE;
}

gboolean
ds_expect_occurs (const char *haystack,
                  const char *needle)
{
  g_auto(GStrv) hay = NULL;
  g_auto(GStrv) words = NULL;
  guint n_hay, n_words;

  g_return_val_if_fail (haystack != NULL, FALSE);
  g_return_val_if_fail (needle != NULL, FALSE);

  if (*needle == '\0')
    return FALSE;
  hay = g_strsplit (haystack, " ", -1);
  words = g_strsplit (needle, " ", -1);
  n_hay = g_strv_length (hay);
  n_words = g_strv_length (words);
  for (guint i = 0; i + n_words <= n_hay; i++)
    {
      guint k = 0;

      while (k < n_words && same_word (hay[i + k], words[k]))
        k++;
      if (k == n_words)
        return TRUE;
    }
  return FALSE;
}

guint
ds_expect_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      n += !space && !in_word;
      in_word = !space;
    }
  return n;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->kind);
  g_strfreev (entry->question);
  g_strfreev (entry->answer);
  g_strfreev (entry->items);
  g_strfreev (entry->warning);
  g_strfreev (entry->source);
  g_strfreev (entry->choices);
  g_free (entry->term);
  g_free (entry->text);
  g_free (entry);
}

static gboolean
fail (GError    **error,
      const char *path,
      const char *where,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError    **error,
      const char *path,
      const char *where,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_INVALID, "%s: %s%s%s", path,
               where ? where : "", where ? ": " : "", message);
  return FALSE;
}

/* A NULL-terminated array from @strings, which is freed. (GStrvBuilder
 * takes strings without copying only from GLib 2.80.) */
static GStrv
end_strv (GPtrArray *strings)
{
  g_ptr_array_add (strings, NULL);
  return (GStrv) g_ptr_array_free (strings, FALSE);
}

/* A folded, non-empty string. */
static char *
fold_string (JsonNode    *node,
             const char  *path,
             const char  *where,
             GError     **error)
{
  char *folded;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (error, path, where, "a string was expected");
      return NULL;
    }
  folded = ds_expect_fold (json_node_get_string (node));
  if (*folded == '\0')
    {
      fail (error, path, where, "“%s” has no letters or digits to compare",
            json_node_get_string (node));
      g_clear_pointer (&folded, g_free);
    }
  return folded;
}

/* An array of strings, folded. */
static GStrv
fold_strings (JsonNode    *node,
              const char  *path,
              const char  *where,
              GError     **error)
{
  GPtrArray *folded = g_ptr_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      fail (error, path, where, "a non-empty array of strings was expected");
      g_strfreev (end_strv (folded));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *string = fold_string (json_array_get_element (array, i), path, where, error);

      if (string == NULL)
        {
          g_strfreev (end_strv (folded));
          return NULL;
        }
      g_ptr_array_add (folded, string);
    }
  return end_strv (folded);
}

static gboolean
read_kind (Entry       *entry,
           JsonNode    *node,
           const char  *path,
           const char  *where,
           GError     **error)
{
  const char *kind;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, path, where, "“kind” must be a string");
  kind = json_node_get_string (node);
  if (!g_strv_contains (kinds, kind))
    return fail (error, path, where, "“%s” is no kind (list, definition, fact, "
                 "multiple_choice, true_false, any)", kind);
  entry->kind = g_str_equal (kind, "any") ? NULL : g_strdup (kind);
  return TRUE;
}

static gboolean
read_count (Entry       *entry,
            JsonNode    *node,
            const char  *path,
            const char  *where,
            GError     **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0)
    return fail (error, path, where, "“count” must be a whole number, 0 or more");
  entry->count = json_node_get_int (node);
  return TRUE;
}

/* The field @name of an entry; FALSE with @error when it is malformed. */
static gboolean
read_field (Entry       *entry,
            const char  *name,
            JsonNode    *node,
            const char  *path,
            const char  *where,
            GError     **error)
{
  GStrv *strings = NULL;

  if (g_str_equal (name, "kind"))
    return read_kind (entry, node, path, where, error);
  if (g_str_equal (name, "count"))
    return read_count (entry, node, path, where, error);
  if (g_str_equal (name, "term"))
    return (entry->term = fold_string (node, path, where, error)) != NULL;

  strings = g_str_equal (name, "question") ? &entry->question
          : g_str_equal (name, "answer") ? &entry->answer
          : g_str_equal (name, "items") ? &entry->items
          : g_str_equal (name, "warning") ? &entry->warning
          : g_str_equal (name, "choices") ? &entry->choices
          : &entry->source;
  return (*strings = fold_strings (node, path, where, error)) != NULL;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_free)

static gboolean
read_members (Entry       *entry,
              JsonObject  *object,
              const char  *path,
              const char  *where,
              GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    return fail (error, path, where, "an empty entry says nothing");
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (entry_fields, l->data))
        return fail (error, path, where, "“%s” is no field (kind, question, answer, items, "
                     "count, term, warning, source, choices)", (char *) l->data);
      if (!read_field (entry, l->data, json_object_get_member (object, l->data), path, where, error))
        return FALSE;
    }
  return TRUE;
}

static Entry *
read_entry (JsonNode    *node,
            const char  *path,
            const char  *where,
            GError     **error)
{
  g_autoptr(Entry) entry = g_new0 (Entry, 1);

  entry->count = -1;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, path, where, "an object was expected");
      return NULL;
    }
  if (!read_members (entry, json_node_get_object (node), path, where, error))
    return NULL;
  /* A term names what a definition card defines. */
  if (entry->term != NULL && !json_object_has_member (json_node_get_object (node), "kind"))
    entry->kind = g_strdup ("definition");
  entry->text = json_to_string (node, FALSE);
  return g_steal_pointer (&entry);
}

static gboolean
read_entries (GPtrArray   *entries,
              JsonObject  *root,
              const char  *name,
              const char  *path,
              GError     **error)
{
  JsonNode *node = json_object_get_member (root, name);
  JsonArray *array;

  if (node == NULL)
    return g_str_equal (name, "must_not") || fail (error, path, NULL, "no “must” array");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, path, NULL, "“%s” must be an array", name);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", name, i);
      Entry *entry = read_entry (json_array_get_element (array, i), path, where, error);

      if (entry == NULL)
        return FALSE;
      entry->forbid = g_str_equal (name, "must_not");
      g_ptr_array_add (entries, entry);
    }
  return TRUE;
}

/* A member that must be a string; @required says whether it may be absent. */
static gboolean
read_text (JsonObject  *root,
           const char  *name,
           gboolean     required,
           char       **out,
           const char  *path,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, name);

  if (node == NULL)
    return !required || fail (error, path, NULL, "no “%s”", name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    return fail (error, path, NULL, "“%s” must be a non-empty string", name);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_root (DsExpect    *self,
           JsonNode    *root,
           GError     **error)
{
  static const char * const members[] = {
    "construct", "language", "title", "note", "must", "must_not", NULL,
  };
  g_autofree char *note = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, self->path, NULL, "the file must hold one JSON object");
  object = json_node_get_object (root);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (members, l->data))
      return fail (error, self->path, NULL, "“%s” is no member (construct, language, title, "
                   "note, must, must_not)", (char *) l->data);

  if (!read_text (object, "construct", TRUE, &self->construct, self->path, error) ||
      !read_text (object, "language", TRUE, &self->language, self->path, error) ||
      !read_text (object, "title", FALSE, &self->title, self->path, error) ||
      !read_text (object, "note", FALSE, &note, self->path, error))
    return FALSE;
  if (!g_str_equal (self->language, "id") && !g_str_equal (self->language, "en"))
    return fail (error, self->path, NULL, "“language” must be “id” or “en”, not “%s”",
                 self->language);
  return read_entries (self->must, object, "must", self->path, error) &&
         read_entries (self->must_not, object, "must_not", self->path, error);
}

static void
expect_clear (gpointer data)
{
  DsExpect *self = data;

  g_free (self->path);
  g_free (self->name);
  g_free (self->construct);
  g_free (self->language);
  g_free (self->title);
  g_ptr_array_unref (self->must);
  g_ptr_array_unref (self->must_not);
}

static DsExpect *
expect_new (const char *path)
{
  DsExpect *self = g_rc_box_new0 (DsExpect);
  g_autofree char *base = g_path_get_basename (path);

  self->path = g_strdup (path);
  self->name = g_str_has_suffix (base, ".json") ? g_strndup (base, strlen (base) - 5) : g_strdup (base);
  self->must = g_ptr_array_new_with_free_func (entry_free);
  self->must_not = g_ptr_array_new_with_free_func (entry_free);
  return self;
}

DsExpect *
ds_expect_load (const char  *json_path,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DsExpect) self = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (json_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = expect_new (json_path);
  if (!json_parser_load_from_file (parser, json_path, &local))
    {
      fail (error, json_path, NULL, "%s", local->message);
      return NULL;
    }
  if (!read_root (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

DsExpect *
ds_expect_new_from_data (const char  *name,
                         const char  *json,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DsExpect) self = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = expect_new (name);
  if (!json_parser_load_from_data (parser, json, -1, &local))
    {
      fail (error, name, NULL, "%s", local->message);
      return NULL;
    }
  if (!read_root (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

DsExpect *
ds_expect_ref (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
ds_expect_unref (DsExpect *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, expect_clear);
}

const char *
ds_expect_get_name (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

const char *
ds_expect_get_path (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

const char *
ds_expect_get_construct (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->construct;
}

const char *
ds_expect_get_language (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}

const char *
ds_expect_get_title (DsExpect *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/* ------------------------------------------------------------------ */
/* Passages                                                            */

char *
ds_expect_find_passage (DsExpect  *self,
                        GError   **error)
{
  static const char * const extensions[] = { ".md", ".txt" };
  g_autofree char *dir = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  dir = g_path_get_dirname (self->path);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *name = g_strconcat (self->name, extensions[i], NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  g_set_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_NO_PASSAGE,
               "%s: no passage beside it (%s.md or %s.txt)", self->path, self->name, self->name);
  return NULL;
}

DsEssay *
ds_expect_parse_passage (DsExpect  *self,
                         GError   **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  DsEssay *essay;

  g_return_val_if_fail (self != NULL, NULL);

  path = ds_expect_find_passage (self, error);
  if (path == NULL || !g_file_get_contents (path, &data, &length, error))
    return NULL;
  essay = ds_parser_parse (data, length, self->name, error);
  if (essay == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  if (self->title != NULL)
    ds_essay_set_title (essay, self->title);
  ds_essay_set_language (essay, self->language);
  return essay;
}

static char *
stem_of (const char *name)
{
  const char *dot = strrchr (name, '.');

  return g_strndup (name, dot - name);
}

static gboolean
is_passage (const char *name)
{
  return (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt")) &&
         g_ascii_isdigit (name[0]);
}

/* Every passage has its expectation file and every expectation file its
 * passage: a file without its pair would silently test nothing. */
static gboolean
check_pair (GHashTable  *names,
            const char  *dir,
            const char  *name,
            GError     **error)
{
  g_autofree char *stem = stem_of (name);
  g_autofree char *json = g_strconcat (stem, ".json", NULL);
  g_autofree char *md = g_strconcat (stem, ".md", NULL);
  g_autofree char *txt = g_strconcat (stem, ".txt", NULL);

  if (is_passage (name) && !g_hash_table_contains (names, json))
    g_set_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_NO_EXPECT,
                 "%s/%s: no expectation file beside it (%s)", dir, name, json);
  else if (g_str_equal (name, json) &&
           !g_hash_table_contains (names, md) && !g_hash_table_contains (names, txt))
    g_set_error (error, DS_EXPECT_ERROR, DS_EXPECT_ERROR_NO_PASSAGE,
                 "%s/%s: no passage beside it (%s or %s)", dir, name, md, txt);
  else
    return TRUE;
  return FALSE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

GPtrArray *
ds_expect_list_dir (const char  *dir,
                    gboolean     passages,
                    GError     **error)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *name;
  gpointer key;

  g_return_val_if_fail (dir != NULL, NULL);

  handle = g_dir_open (dir, 0, error);
  if (handle == NULL)
    return NULL;
  while ((name = g_dir_read_name (handle)) != NULL)
    g_hash_table_add (names, g_strdup (name));

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (passages && !check_pair (names, dir, key, error))
        return NULL;
      if (g_str_has_suffix (key, ".json"))
        g_ptr_array_add (paths, g_build_filename (dir, key, NULL));
    }
  g_ptr_array_sort (paths, compare_paths);
  return g_steal_pointer (&paths);
}

/* ------------------------------------------------------------------ */
/* Cards against entries                                               */

static GStrv
fold_strv (const char * const *strv)
{
  GPtrArray *folded = g_ptr_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_ptr_array_add (folded, ds_expect_fold (strv[i]));
  return end_strv (folded);
}

/* "Menurut Nye, apa yang dimaksud dengan soft power?": the scholar is who
 * says it, not the term; a term is looked for after the attribution. */
static const char *
asked_part (const char *question)
{
  const char *comma = strstr (question, ", ");

  if (comma != NULL && (g_str_has_prefix (question, "Menurut ") ||
                        g_str_has_prefix (question, "According to ")))
    return comma + 2;
  return question;
}

static void
card_text_clear (gpointer data)
{
  CardText *text = data;

  g_free (text->question);
  g_free (text->asked);
  g_free (text->answer);
  g_free (text->source);
  g_strfreev (text->items);
  g_strfreev (text->warnings);
  g_strfreev (text->choices);
}

static GArray *
card_texts (GPtrArray *cards)
{
  GArray *texts = g_array_sized_new (FALSE, TRUE, sizeof (CardText), cards->len);

  g_array_set_clear_func (texts, card_text_clear);
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = cards->pdata[i];
      CardText text = { card, NULL, NULL, NULL, NULL, NULL, NULL, NULL };

      text.question = ds_expect_fold (ds_card_get_question (card));
      text.asked = ds_expect_fold (asked_part (ds_card_get_question (card)));
      text.items = fold_strv (ds_card_get_items (card));
      text.answer = text.items[0] != NULL ? g_strjoinv (" ", text.items)
                                          : ds_expect_fold (ds_card_get_answer (card));
      text.source = ds_expect_fold (ds_card_get_source_text (card) ? ds_card_get_source_text (card) : "");
      text.warnings = fold_strv (ds_card_get_warnings (card));
      text.choices = fold_strv (ds_card_get_choices (card));
      g_array_append_val (texts, text);
    }
  return texts;
}

static gboolean
kind_matches (const char *kind,
              DsCardKind  card_kind)
{
  DsCardKind want;

  if (kind == NULL)
    return TRUE;
  if (g_str_equal (kind, "fact"))
    /* A figure's blank is asked as a multiple choice, not typed. */
    return card_kind == DS_CARD_FACT || card_kind == DS_CARD_CLOZE ||
           card_kind == DS_CARD_MULTIPLE_CHOICE;
  return ds_card_kind_from_string (kind, &want) && want == card_kind;
}

static gboolean
items_match (const char *expected,
             const char *got,
             gboolean    exact)
{
  if (exact)
    return g_str_equal (expected, got);
  return ds_expect_occurs (got, expected) || ds_expect_occurs (expected, got);
}

/* One augmenting path of a bipartite matching (Kuhn): expected item @i
 * takes a free card item, or one whose owner can move to another. */
static gboolean
augment (GStrv     expected,
         GStrv     got,
         guint     i,
         int      *owner,
         gboolean *seen,
         gboolean  exact)
{
  for (guint j = 0; got[j] != NULL; j++)
    {
      if (seen[j] || !items_match (expected[i], got[j], exact))
        continue;
      seen[j] = TRUE;
      if (owner[j] < 0 || augment (expected, got, owner[j], owner, seen, exact))
        {
          owner[j] = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* How many expected items match distinct card items. */
static guint
count_matched_items (GStrv    expected,
                     GStrv    got,
                     gboolean exact)
{
  guint n_got = g_strv_length (got);
  g_autofree int *owner = g_new (int, n_got + 1);
  g_autofree gboolean *seen = g_new (gboolean, n_got + 1);
  guint matched = 0;

  for (guint j = 0; j < n_got; j++)
    owner[j] = -1;
  for (guint i = 0; expected[i] != NULL; i++)
    {
      memset (seen, 0, sizeof (gboolean) * (n_got + 1));
      matched += augment (expected, got, i, owner, seen, exact);
    }
  return matched;
}

static void
check (Score      *score,
       gboolean    ok,
       const char *what)
{
  score->total++;
  if (ok)
    score->got++;
  else
    g_string_append_printf (score->missing, "%s%s", score->missing->len ? ", " : "", what);
}

static void
check_strings (Score      *score,
               const char *field,
               GStrv       needles,
               const char *haystack)
{
  for (guint i = 0; needles != NULL && needles[i] != NULL; i++)
    {
      g_autofree char *what = g_strdup_printf ("%s “%s”", field, needles[i]);

      check (score, ds_expect_occurs (haystack, needles[i]), what);
    }
}

/* Every string of @needles in one of @texts (warnings, choices). */
static void
check_in_any (Score      *score,
              const char *label,
              GStrv       needles,
              GStrv       texts)
{
  for (guint i = 0; needles != NULL && needles[i] != NULL; i++)
    {
      g_autofree char *what = g_strdup_printf ("%s “%s”", label, needles[i]);
      gboolean found = FALSE;

      for (guint k = 0; texts[k] != NULL && !found; k++)
        found = ds_expect_occurs (texts[k], needles[i]);
      check (score, found, what);
    }
}

static void
check_items (Score    *score,
             GStrv     expected,
             GStrv     got,
             gboolean  exact)
{
  guint n = g_strv_length (expected);
  guint matched = count_matched_items (expected, got, exact);

  score->total += n;
  score->got += matched;
  if (matched < n)
    g_string_append_printf (score->missing, "%sitems (%u of %u)",
                            score->missing->len ? ", " : "", matched, n);
}

static void
score_card (Entry    *entry,
            CardText *text,
            Score    *score)
{
  g_autofree char *kind = g_strdup_printf ("kind %s", entry->kind ? entry->kind : "any");
  g_autofree char *term = g_strdup_printf ("term “%s”", entry->term ? entry->term : "");
  g_autofree char *count = g_strdup_printf ("count %" G_GINT64_FORMAT, entry->count);

  if (entry->kind != NULL)
    check (score, kind_matches (entry->kind, ds_card_get_kind (text->card)), kind);
  check_strings (score, "question", entry->question, text->question);
  if (entry->term != NULL)
    check (score, ds_expect_occurs (text->asked, entry->term), term);
  check_strings (score, "answer", entry->answer, text->answer);
  if (entry->items != NULL)
    check_items (score, entry->items, text->items, entry->forbid);
  if (entry->count >= 0)
    check (score, ds_card_get_expected_count (text->card) == entry->count, count);
  check_in_any (score, "warning", entry->warning, text->warnings);
  check_in_any (score, "choice", entry->choices, text->choices);
  check_strings (score, "source", entry->source, text->source);
}

/* ------------------------------------------------------------------ */
/* Describing cards                                                    */

static void
append_list (GString            *out,
             const char         *label,
             const char * const *strings,
             int                 marked)
{
  if (strings == NULL || strings[0] == NULL)
    return;
  g_string_append_printf (out, "\n    %s: ", label);
  for (guint i = 0; strings[i] != NULL; i++)
    g_string_append_printf (out, "%s%s%s", i ? " | " : "", (int) i == marked ? "*" : "",
                            strings[i]);
}

char *
ds_expect_describe_card (DsCard *card)
{
  GString *out = g_string_new (NULL);
  const char * const *items;

  g_return_val_if_fail (DS_IS_CARD (card), NULL);

  items = ds_card_get_items (card);
  g_string_append_printf (out, "  [%s] %s", ds_card_kind_to_string (ds_card_get_kind (card)),
                          ds_card_get_question (card));
  if (items[0] != NULL)
    g_string_append_printf (out, "\n    count stated: %u", ds_card_get_expected_count (card));
  append_list (out, "items", items, -1);
  if (items[0] == NULL)
    g_string_append_printf (out, "\n    answer: %s", ds_card_get_answer (card));
  append_list (out, "choices (* right)", ds_card_get_choices (card),
               ds_card_get_correct_choice (card));
  append_list (out, "warnings", ds_card_get_warnings (card), -1);
  g_string_append_printf (out, "\n    source: %s", ds_card_get_source_text (card));
  if (ds_card_get_topic (card) != NULL)
    g_string_append_printf (out, "\n    topic: %s", ds_card_get_topic (card));
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* Evaluating                                                          */

typedef struct {
  guint  index;
  guint  got;
  guint  total;
  char  *missing;
} Near;

static int
compare_near (gconstpointer a,
              gconstpointer b)
{
  const Near *x = a, *y = b;
  double fx = (double) x->got / MAX (x->total, 1), fy = (double) y->got / MAX (y->total, 1);

  if (fx != fy)
    return fx < fy ? 1 : -1;
  return (x->index > y->index) - (x->index < y->index);
}

static void
near_clear (gpointer data)
{
  g_free (((Near *) data)->missing);
}

/* Scores every card against @entry, best first. */
static GArray *
score_cards (Entry  *entry,
             GArray *texts)
{
  GArray *near = g_array_sized_new (FALSE, TRUE, sizeof (Near), texts->len);

  g_array_set_clear_func (near, near_clear);
  for (guint i = 0; i < texts->len; i++)
    {
      Score score = { 0, 0, g_string_new (NULL) };
      Near n;

      score_card (entry, &g_array_index (texts, CardText, i), &score);
      n = (Near) { i, score.got, score.total, g_string_free (score.missing, FALSE) };
      g_array_append_val (near, n);
    }
  g_array_sort (near, compare_near);
  return near;
}

static char *
explain_unmet (GArray *near,
               GArray *texts)
{
  GString *out = g_string_new ("not met; ");

  if (texts->len == 0)
    {
      g_string_append (out, "the passage gave no cards at all.");
      return g_string_free (out, FALSE);
    }
  g_string_append (out, "the closest cards:");
  for (guint i = 0; i < MIN (near->len, 3); i++)
    {
      Near *n = &g_array_index (near, Near, i);
      g_autofree char *card = ds_expect_describe_card (g_array_index (texts, CardText, n->index).card);

      g_string_append_printf (out, "\n  %u of %u; lacks %s\n%s", n->got, n->total, n->missing, card);
    }
  return g_string_free (out, FALSE);
}

static char *
explain_violated (Entry  *entry,
                  GArray *texts)
{
  GString *out = g_string_new ("violated by:");

  for (guint i = 0; i < texts->len; i++)
    {
      Score score = { 0, 0, g_string_new (NULL) };
      CardText *text = &g_array_index (texts, CardText, i);

      score_card (entry, text, &score);
      if (score.got == score.total)
        {
          g_autofree char *card = ds_expect_describe_card (text->card);

          g_string_append_printf (out, "\n%s", card);
        }
      g_string_free (score.missing, TRUE);
    }
  return g_string_free (out, FALSE);
}

static DsExpectOutcome *
evaluate_entry (Entry    *entry,
                gboolean  must,
                guint     index,
                GArray   *texts)
{
  DsExpectOutcome *outcome = g_new0 (DsExpectOutcome, 1);
  g_autoptr(GArray) near = score_cards (entry, texts);
  Near *best = near->len > 0 ? &g_array_index (near, Near, 0) : NULL;
  gboolean hit = best != NULL && best->got == best->total;

  outcome->must = must;
  outcome->index = index;
  outcome->entry = g_strdup (entry->text);
  outcome->ok = must ? hit : !hit;
  if (hit)
    outcome->card = g_object_ref (g_array_index (texts, CardText, best->index).card);
  if (!outcome->ok)
    outcome->explanation = must ? explain_unmet (near, texts) : explain_violated (entry, texts);
  return outcome;
}

static void
outcome_free (gpointer data)
{
  DsExpectOutcome *outcome = data;

  g_free (outcome->entry);
  g_clear_object (&outcome->card);
  g_free (outcome->explanation);
  g_free (outcome);
}

static void
evaluate_entries (DsExpectResult *result,
                  GPtrArray      *entries,
                  gboolean        must,
                  GArray         *texts)
{
  for (guint i = 0; i < entries->len; i++)
    {
      DsExpectOutcome *outcome = evaluate_entry (entries->pdata[i], must, i, texts);

      if (must)
        result->must_met += outcome->ok;
      else
        result->must_not_violated += !outcome->ok;
      g_ptr_array_add (result->outcomes, outcome);
    }
}

DsExpectResult *
ds_expect_evaluate (DsExpect  *self,
                    DsEssay   *essay,
                    GPtrArray *cards)
{
  DsExpectResult *result;
  g_autoptr(GArray) texts = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (essay == NULL || DS_IS_ESSAY (essay), NULL);
  g_return_val_if_fail (cards != NULL, NULL);

  result = g_new0 (DsExpectResult, 1);
  result->expect = ds_expect_ref (self);
  result->essay = essay ? g_object_ref (essay) : NULL;
  result->cards = g_ptr_array_new_with_free_func (g_object_unref);
  result->outcomes = g_ptr_array_new_with_free_func (outcome_free);
  for (guint i = 0; i < cards->len; i++)
    if (essay == NULL || g_strcmp0 (ds_card_get_essay_id (cards->pdata[i]), ds_essay_get_id (essay)) == 0)
      g_ptr_array_add (result->cards, g_object_ref (cards->pdata[i]));
  result->n_words = essay ? ds_expect_count_words (ds_essay_get_text (essay)) : 0;
  result->must_total = self->must->len;
  result->must_not_total = self->must_not->len;

  texts = card_texts (result->cards);
  evaluate_entries (result, self->must, TRUE, texts);
  evaluate_entries (result, self->must_not, FALSE, texts);
  return result;
}

DsExpectResult *
ds_expect_run (DsExpect  *self,
               GError   **error)
{
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  essay = ds_expect_parse_passage (self, error);
  if (essay == NULL)
    return NULL;
  cards = ds_generator_generate (essay);
  return ds_expect_evaluate (self, essay, cards);
}

gboolean
ds_expect_result_passed (DsExpectResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return result->must_met == result->must_total && result->must_not_violated == 0;
}

char *
ds_expect_result_explain (DsExpectResult *result)
{
  GString *out;

  g_return_val_if_fail (result != NULL, NULL);

  if (ds_expect_result_passed (result))
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < result->outcomes->len; i++)
    {
      DsExpectOutcome *outcome = result->outcomes->pdata[i];

      if (!outcome->ok)
        g_string_append_printf (out, "%s: %s[%u] %s\n%s\n", result->expect->path,
                                outcome->must ? "must" : "must_not", outcome->index,
                                outcome->entry, outcome->explanation);
    }
  return g_string_free (out, FALSE);
}

void
ds_expect_result_free (DsExpectResult *result)
{
  if (result == NULL)
    return;
  ds_expect_unref (result->expect);
  g_clear_object (&result->essay);
  g_ptr_array_unref (result->cards);
  g_ptr_array_unref (result->outcomes);
  g_free (result);
}
