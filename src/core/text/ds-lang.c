/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Languages as data: data/lang/<code>.json, read with json-glib from the
 * core's GResource into one hash table of words per language. The file is
 * checked as it is read (known class names, folded single words, values
 * only for words of their class), so a mistake in it is an error with the
 * word and the class named, found by the tests, not a wrong rule later.
 * The shipped files are also compiled in as C data at build time, which a
 * run reads instead (see "The shipped languages as C data" below).
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ds-lang.h"
#include "ds-lang-compiled.h"
#include "ds-lang-resources.h"
#include "ds-utf8.h"

#define RESOURCE_PATH "/org/example/DiploStudy/lang/"

typedef struct {
  guint64 classes;
  gint64  value;
} Word;

/* A list asked for lately, by the address of its name (the names callers
 * pass are mostly literals), with the name copied to tell it from another
 * name at the same address. Written once, read without a lock. */
typedef struct {
  const char         *address;
  const char * const *phrases;
  guint64             opens[4];  /* the bytes its phrases open on, ASCII lowered: one bit each */
  char                name[];
} PhraseSlot;

/* A word of an index (WordIndex): its folded spelling and entry (NULL in
 * a set), with the spelling's hash and length to pass the others at once. */
typedef struct {
  const char *key;
  const Word *word;
  guint32     hash;
  guint32     len;
} WordSlot;

/* Words by their folded spelling, as open addressing over a power of two
 * at least twice their number: made once a language is read and never
 * changed after. ds_lang_lookup() and ds_lang_starts_phrase() are asked
 * some 17 k times a run, and a GHashTable hashed and compared through
 * pointers. */
typedef struct {
  WordSlot *slots;
  guint     mask;
} WordIndex;

#define PHRASE_SLOTS_BITS 11
#define PHRASE_SLOTS (1u << PHRASE_SLOTS_BITS)
#define PHRASE_SLOT_PROBES 8

struct _DsLang {
  char       *code;
  char       *name;
  char       *stemmer;
  /* The texts of words and phrases, copied into large blocks: a language
   * holds thousands, loaded at every run, and one allocation each cost
   * more than reading them. */
  GStringChunk *strings;
  GHashTable *words;     /* folded word → Word (keys in @strings) */
  GHashTable *phrases;   /* name → NULL-terminated array of texts in @strings */
  GHashTable *phrase_starts; /* the first word of every phrase, a set (in @strings), while reading */
  GHashTable *templates; /* name → string */
  Word       *word_block; /* a compiled language's words (the tables' values) */
  WordIndex   word_index;   /* @words again (index_language()) */
  WordIndex   start_index;  /* the first word of every phrase */
  PhraseSlot *phrase_slots[PHRASE_SLOTS];
};

/* Indexed by the class's bit. */
static const char * const class_names[DS_WORD_N_CLASSES] = {
  "cue_naming", "cue_def", "cue_example", "cue_pair", "count", "connective",
  "det", "anaphor", "prep", "aux", "conj", "adv", "pronoun", "vague", "gov",
  "head_cue", "report", "etc", "noun", "verb", "clause", "abbrev",
  "relative", "country", "that", "final_conj", "name_noun", "alias",
  "ordinal", "question", "magnitude", "month", "currency", "stop",
  "category", "quant", "event", "define_verb", "role_verb", "law", "unit", "generic",
  "superlative",
};

DsWordClass
ds_word_class_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, 0);

  for (guint i = 0; i < DS_WORD_N_CLASSES; i++)
    if (strcmp (name, class_names[i]) == 0)
      return (DsWordClass) (G_GUINT64_CONSTANT (1) << i);
  return 0;
}

const char *
ds_word_class_to_name (DsWordClass word_class)
{
  for (guint i = 0; i < DS_WORD_N_CLASSES; i++)
    if ((guint64) word_class == G_GUINT64_CONSTANT (1) << i)
      return class_names[i];
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Reading a data file                                                 */

static DsLang *
lang_new (void)
{
  DsLang *lang = g_new0 (DsLang, 1);

  lang->strings = g_string_chunk_new (16 * 1024);
  lang->words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  lang->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lang->phrase_starts = g_hash_table_new (g_str_hash, g_str_equal);
  lang->templates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return lang;
}

void
ds_lang_free (DsLang *lang)
{
  if (lang == NULL)
    return;
  g_free (lang->code);
  g_free (lang->name);
  g_free (lang->stemmer);
  g_hash_table_unref (lang->words);
  g_hash_table_unref (lang->phrases);
  g_clear_pointer (&lang->phrase_starts, g_hash_table_unref);
  g_hash_table_unref (lang->templates);
  if (lang->strings != NULL)
    g_string_chunk_free (lang->strings);
  g_free (lang->word_block);
  g_free (lang->word_index.slots);
  g_free (lang->start_index.slots);
  for (guint i = 0; i < PHRASE_SLOTS; i++)
    g_free (lang->phrase_slots[i]);
  g_free (lang);
}

/* The hash of the folded spelling @key of @len bytes (FNV-1a). */
static inline guint32
key_hash (const char *key,
          gsize       len)
{
  guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325);

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) key[i]) * G_GUINT64_CONSTANT (0x100000001B3);
  return (guint32) (h ^ (h >> 32));
}

/* An empty @index for @n words. */
static void
word_index_init (WordIndex *index,
                 guint      n)
{
  guint size = 16;

  while (size < 2 * n)
    size *= 2;
  index->slots = g_new0 (WordSlot, size);
  index->mask = size - 1;
}

/* The slot of the folded spelling @key of @len bytes in @index: the
 * word's, or the empty slot where it would go. */
static WordSlot *
word_index_slot (const WordIndex *index,
                 const char      *key,
                 gsize            len)
{
  guint32 hash = key_hash (key, len);

  for (guint i = hash & index->mask;; i = (i + 1) & index->mask)
    {
      WordSlot *slot = &index->slots[i];

      if (slot->key == NULL)
        return slot;
      if (slot->hash == hash && slot->len == len && memcmp (slot->key, key, len) == 0)
        return slot;
    }
}

/* Puts @key (a string that lives as long as the index) in @index, with
 * @word; once only. */
static void
word_index_add (WordIndex  *index,
                const char *key,
                const Word *word)
{
  gsize len = strlen (key);
  WordSlot *slot = word_index_slot (index, key, len);

  if (slot->key == NULL)
    *slot = (WordSlot) { key, word, key_hash (key, len), (guint32) len };
}

/* Makes @lang's indexes once all its words and phrases are read (the
 * set of the phrases' first words is not needed after). */
static void
index_language (DsLang *lang)
{
  GHashTableIter iter;
  gpointer key, value;

  word_index_init (&lang->word_index, g_hash_table_size (lang->words));
  g_hash_table_iter_init (&iter, lang->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    word_index_add (&lang->word_index, key, value);
  if (lang->phrase_starts != NULL)
    {
      word_index_init (&lang->start_index, g_hash_table_size (lang->phrase_starts));
      g_hash_table_iter_init (&iter, lang->phrase_starts);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        word_index_add (&lang->start_index, key, NULL);
      g_clear_pointer (&lang->phrase_starts, g_hash_table_unref);
    }
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL && *error == NULL)
    *error = g_error_new_valist (G_IO_ERROR, G_IO_ERROR_INVALID_DATA, format, args);
  va_end (args);
  return FALSE;
}

/* The member @name of @object as a node of @type; NULL (with @error set
 * when @required) when it is missing or of another type. */
static JsonNode *
member (JsonObject  *object,
        const char  *name,
        JsonNodeType type,
        gboolean     required,
        GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      if (required)
        invalid (error, "the field “%s” is missing", name);
      return NULL;
    }
  if (JSON_NODE_TYPE (node) != type ||
      (type == JSON_NODE_VALUE && json_node_get_value_type (node) != G_TYPE_STRING))
    {
      invalid (error, "the field “%s” has the wrong type", name);
      return NULL;
    }
  return node;
}

/* A folded text: lower case, no leading, trailing or doubled space, and,
 * unless @phrase, no space at all. One pass over the bytes: thousands of
 * texts are checked at every run. */
static gboolean
is_folded (const char *text,
           gboolean    phrase)
{
  gboolean ascii = TRUE;

  if (*text == '\0' || text[0] == ' ')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          if (!phrase || p[1] == ' ' || p[1] == '\0')
            return FALSE;
          continue;
        }
      if (g_ascii_isspace (*p) || g_ascii_isupper (*p))
        return FALSE;
      ascii = ascii && (guchar) *p < 0x80;
    }
  if (!ascii)
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);

      return strcmp (lower, text) == 0;
    }
  return TRUE;
}

static gboolean
add_word (DsLang      *lang,
          const char  *word,
          DsWordClass  word_class,
          const char  *class_name,
          GError     **error)
{
  Word *entry = g_hash_table_lookup (lang->words, word);

  if (!is_folded (word, FALSE))
    return invalid (error, "“%s” in the class “%s” is not a single lower-case word",
                    word, class_name);
  if (entry == NULL)
    {
      entry = g_new0 (Word, 1);
      g_hash_table_insert (lang->words, g_string_chunk_insert (lang->strings, word), entry);
    }
  if (entry->classes & word_class)
    return invalid (error, "“%s” is listed twice in the class “%s”", word, class_name);
  entry->classes |= word_class;
  return TRUE;
}

static gboolean
load_class (DsLang      *lang,
            const char  *class_name,
            JsonNode    *node,
            GError     **error)
{
  DsWordClass word_class = ds_word_class_from_name (class_name);
  JsonArray *words;

  if (word_class == 0)
    return invalid (error, "unknown word class “%s”", class_name);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, "the class “%s” is not a list of words", class_name);

  words = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (words); i++)
    {
      JsonNode *word = json_array_get_element (words, i);

      if (json_node_get_value_type (word) != G_TYPE_STRING)
        return invalid (error, "the class “%s” holds something that is not a word", class_name);
      if (!add_word (lang, json_node_get_string (word), word_class, class_name, error))
        return FALSE;
    }
  return TRUE;
}

/* Gives @word of the class @word_class its @value. */
static gboolean
set_value (DsLang      *lang,
           const char  *class_name,
           DsWordClass  word_class,
           const char  *word,
           gint64       value,
           GError     **error)
{
  Word *entry = g_hash_table_lookup (lang->words, word);

  if (entry == NULL || !(entry->classes & word_class))
    return invalid (error, "“%s” has a value as a word of the class “%s” but is not in it",
                    word, class_name);
  if (entry->value != 0 && entry->value != value)
    return invalid (error, "“%s” has two different values", word);
  entry->value = value;
  return TRUE;
}

static gboolean
load_value (DsLang      *lang,
            const char  *class_name,
            DsWordClass  word_class,
            const char  *word,
            JsonNode    *node,
            GError     **error)
{
  Word *entry = g_hash_table_lookup (lang->words, word);

  if (entry == NULL || !(entry->classes & word_class))
    return invalid (error, "“%s” has a value as a word of the class “%s” but is not in it",
                    word, class_name);
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (error, "the value of “%s” is not a whole number", word);
  return set_value (lang, class_name, word_class, word, json_node_get_int (node), error);
}

static gboolean
load_values (DsLang      *lang,
             const char  *class_name,
             JsonNode    *node,
             GError     **error)
{
  DsWordClass word_class = ds_word_class_from_name (class_name);
  JsonObject *values;
  g_autoptr(GList) words = NULL;

  if (word_class == 0)
    return invalid (error, "values for the unknown word class “%s”", class_name);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "the values of the class “%s” are not an object", class_name);

  values = json_node_get_object (node);
  words = json_object_get_members (values);
  for (GList *l = words; l != NULL; l = l->next)
    if (!load_value (lang, class_name, word_class, l->data,
                     json_object_get_member (values, l->data), error))
      return FALSE;
  return TRUE;
}

/* The extractor asks its phrase lists at every word of a sentence; the
 * set of the words that start a phrase lets it pass over the others at
 * once. */
static void
add_phrase_start (DsLang     *lang,
                  const char *phrase)
{
  g_hash_table_add (lang->phrase_starts, g_string_chunk_insert_len (lang->strings, phrase, strcspn (phrase, " ")));
}

/* Adds @phrase to the list @name being built in @list. */
static gboolean
add_phrase (DsLang       *lang,
            GPtrArray    *list,
            const char   *name,
            const char   *phrase,
            GError      **error)
{
  if (!is_folded (phrase, TRUE))
    return invalid (error, "the phrases “%s” hold something that is not lower-case words "
                    "separated by single spaces", name);
  g_ptr_array_add (list, g_string_chunk_insert (lang->strings, phrase));
  add_phrase_start (lang, phrase);
  return TRUE;
}

static gboolean
load_phrases (DsLang      *lang,
              const char  *name,
              JsonNode    *node,
              GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  JsonArray *phrases;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, "the phrases “%s” are not a list", name);

  phrases = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (phrases); i++)
    {
      JsonNode *phrase = json_array_get_element (phrases, i);

      if (json_node_get_value_type (phrase) != G_TYPE_STRING ||
          !add_phrase (lang, list, name, json_node_get_string (phrase), error))
        return invalid (error, "the phrases “%s” hold something that is not lower-case words "
                        "separated by single spaces", name);
    }
  g_ptr_array_add (list, NULL);
  g_hash_table_insert (lang->phrases, g_strdup (name), g_ptr_array_free (g_steal_pointer (&list), FALSE));
  return TRUE;
}

static gboolean
load_template (DsLang      *lang,
               const char  *name,
               JsonNode    *node,
               GError     **error)
{
  if (json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) == '\0')
    return invalid (error, "the template “%s” is not a text", name);
  g_hash_table_insert (lang->templates, g_strdup (name), json_node_dup_string (node));
  return TRUE;
}

typedef gboolean (*LoadMember) (DsLang      *lang,
                                const char  *name,
                                JsonNode    *node,
                                GError     **error);

/* Calls @load on every member of the object @field of @root. */
static gboolean
load_section (DsLang      *lang,
              JsonObject  *root,
              const char  *field,
              LoadMember   load,
              GError     **error)
{
  JsonNode *node = member (root, field, JSON_NODE_OBJECT, TRUE, error);
  g_autoptr(GList) names = NULL;
  JsonObject *object;

  if (node == NULL)
    return FALSE;
  object = json_node_get_object (node);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    if (!load (lang, l->data, json_object_get_member (object, l->data), error))
      return FALSE;
  return TRUE;
}

static gboolean
load_header (DsLang      *lang,
             JsonObject  *root,
             GError     **error)
{
  JsonNode *code = member (root, "language", JSON_NODE_VALUE, TRUE, error);
  JsonNode *name = code ? member (root, "name", JSON_NODE_VALUE, TRUE, error) : NULL;
  JsonNode *stemmer = name ? member (root, "stemmer", JSON_NODE_VALUE, TRUE, error) : NULL;

  if (stemmer == NULL)
    return FALSE;
  lang->code = json_node_dup_string (code);
  lang->name = json_node_dup_string (name);
  lang->stemmer = json_node_dup_string (stemmer);
  return TRUE;
}

DsLang *
ds_lang_new_from_data (const char  *data,
                       gssize       length,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DsLang) lang = lang_new ();
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, "the file is not a JSON object");
      return NULL;
    }
  /* Classes before values: a value is checked against its word's class. */
  if (!load_header (lang, json_node_get_object (root), error) ||
      !load_section (lang, json_node_get_object (root), "classes", load_class, error) ||
      !load_section (lang, json_node_get_object (root), "values", load_values, error) ||
      !load_section (lang, json_node_get_object (root), "phrases", load_phrases, error) ||
      !load_section (lang, json_node_get_object (root), "templates", load_template, error))
    return NULL;
  index_language (lang);
  return g_steal_pointer (&lang);
}

/* ------------------------------------------------------------------ */
/* Reading the shipped files without json-glib                         */

/*
 * Every run loads both shipped languages (the parser asks both at every
 * line, before it knows a text's language), and json-glib building and
 * freeing its tree of them cost 24 M instructions, as much as parsing
 * 1 MB of essays. The shipped files use a small part of JSON: objects,
 * lists, strings without escapes, whole numbers. This reader reads that
 * part straight into the language, through the checks
 * ds_lang_new_from_data() makes (add_word(), set_value(), add_phrase());
 * at anything else it gives up, and the file is read with json-glib,
 * which also words the error.
 */

typedef struct {
  const char *p;
  const char *end;
  GString    *text;       /* the string read last */
  guint64     classes;    /* the classes read, each once */
  DsWordClass value_class; /* the class whose values are read */
  guint       sections;   /* the top-level members read, each once */
} Reader;

typedef gboolean (*ReadMember) (Reader     *r,
                                DsLang     *lang,
                                const char *name);

static gboolean
next_is (Reader *r,
         char    c)
{
  while (r->p < r->end && g_ascii_isspace (*r->p))
    r->p++;
  if (r->p == r->end || *r->p != c)
    return FALSE;
  r->p++;
  return TRUE;
}

/* A string without escapes or control characters, into r->text. */
static gboolean
read_string (Reader *r)
{
  const char *q;

  if (!next_is (r, '"'))
    return FALSE;
  for (q = r->p; q < r->end && *q != '"'; q++)
    if (*q == '\\' || (guchar) *q < 0x20)
      return FALSE;
  if (q == r->end)
    return FALSE;
  g_string_truncate (r->text, 0);
  g_string_append_len (r->text, r->p, q - r->p);
  r->p = q + 1;
  return TRUE;
}

/* A whole number of at most 18 digits, no leading zero. */
static gboolean
read_int (Reader *r,
          gint64 *value)
{
  gboolean minus = next_is (r, '-');
  const char *start = r->p;
  gint64 v = 0;

  while (r->p < r->end && g_ascii_isdigit (*r->p) && r->p - start < 18)
    v = v * 10 + (*r->p++ - '0');
  if (r->p == start || (start[0] == '0' && r->p - start > 1) ||
      (r->p < r->end && (g_ascii_isalnum (*r->p) || *r->p == '.')))
    return FALSE;
  *value = minus ? -v : v;
  return TRUE;
}

/* An object, @read_member called at each member with its name. */
static gboolean
read_object (Reader    *r,
             DsLang    *lang,
             ReadMember read_member)
{
  if (!next_is (r, '{'))
    return FALSE;
  if (next_is (r, '}'))
    return TRUE;
  do
    {
      g_autofree char *name = read_string (r) ? g_strdup (r->text->str) : NULL;

      if (name == NULL || !next_is (r, ':') || !read_member (r, lang, name))
        return FALSE;
    }
  while (next_is (r, ','));
  return next_is (r, '}');
}

typedef gboolean (*AddString) (DsLang     *lang,
                               const char *name,
                               const char *text,
                               gpointer    data);

/* A list of strings, @add called at each. */
static gboolean
read_strings (Reader     *r,
              DsLang     *lang,
              const char *name,
              AddString   add,
              gpointer    data)
{
  if (!next_is (r, '['))
    return FALSE;
  if (next_is (r, ']'))
    return TRUE;
  do
    {
      if (!read_string (r) || !add (lang, name, r->text->str, data))
        return FALSE;
    }
  while (next_is (r, ','));
  return next_is (r, ']');
}

static gboolean
add_class_word (DsLang     *lang,
                const char *name,
                const char *word,
                gpointer    word_class)
{
  return add_word (lang, word, *(DsWordClass *) word_class, name, NULL);
}

static gboolean
read_class (Reader     *r,
            DsLang     *lang,
            const char *name)
{
  DsWordClass word_class = ds_word_class_from_name (name);

  if (word_class == 0 || (r->classes & word_class))
    return FALSE;
  r->classes |= word_class;
  return read_strings (r, lang, name, add_class_word, &word_class);
}

/* A word's value in the class r->value_class. */
static gboolean
read_value (Reader     *r,
            DsLang     *lang,
            const char *word)
{
  gint64 value;

  return read_int (r, &value) &&
         set_value (lang, ds_word_class_to_name (r->value_class), r->value_class, word, value, NULL);
}

static gboolean
read_values (Reader     *r,
             DsLang     *lang,
             const char *name)
{
  r->value_class = ds_word_class_from_name (name);
  return (r->classes & r->value_class) != 0 && read_object (r, lang, read_value);
}

static gboolean
add_list_phrase (DsLang     *lang,
                 const char *name,
                 const char *phrase,
                 gpointer    list)
{
  return add_phrase (lang, list, name, phrase, NULL);
}

static gboolean
read_phrases (Reader     *r,
              DsLang     *lang,
              const char *name)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  if (g_hash_table_contains (lang->phrases, name) ||
      !read_strings (r, lang, name, add_list_phrase, list))
    return FALSE;
  g_ptr_array_add (list, NULL);
  g_hash_table_insert (lang->phrases, g_strdup (name), g_ptr_array_free (g_steal_pointer (&list), FALSE));
  return TRUE;
}

static gboolean
read_template (Reader     *r,
               DsLang     *lang,
               const char *name)
{
  if (g_hash_table_contains (lang->templates, name) || !read_string (r) || r->text->len == 0)
    return FALSE;
  g_hash_table_insert (lang->templates, g_strdup (name), g_strdup (r->text->str));
  return TRUE;
}

/* Where the header's text @name goes, or NULL for another name. */
static char **
header_field (DsLang     *lang,
              const char *name)
{
  return strcmp (name, "language") == 0 ? &lang->code :
         strcmp (name, "name") == 0 ? &lang->name :
         strcmp (name, "stemmer") == 0 ? &lang->stemmer : NULL;
}

/* A top-level member: the header's texts, then the sections, each once;
 * values after the classes they belong to. */
static gboolean
read_top (Reader     *r,
          DsLang     *lang,
          const char *name)
{
  static const char * const sections[] = { "classes", "values", "phrases", "templates" };
  static const ReadMember readers[] = { read_class, read_values, read_phrases, read_template };
  char **field = header_field (lang, name);

  if (field != NULL)
    {
      if (*field != NULL || !read_string (r))
        return FALSE;
      *field = g_strdup (r->text->str);
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strcmp (name, sections[i]) == 0)
      {
        if ((r->sections & (1u << i)) || (i == 1 && !(r->sections & 1u)))
          return FALSE;
        r->sections |= 1u << i;
        return read_object (r, lang, readers[i]);
      }
  return FALSE;
}

/* The language in @data, or NULL when it is not in the part of JSON this
 * reader reads, or fails a check. */
static DsLang *
read_shipped (const char *data,
              gsize       length)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DsLang) lang = lang_new ();
  Reader r = { data, data + length, text, 0, 0, 0 };

  if (!g_utf8_validate_len (data, length, NULL) || !read_object (&r, lang, read_top) ||
      r.sections != 0xf || lang->stemmer == NULL || lang->name == NULL || lang->code == NULL)
    return NULL;
  while (r.p < r.end && g_ascii_isspace (*r.p))
    r.p++;
  if (r.p != r.end)
    return NULL;
  index_language (lang);
  return g_steal_pointer (&lang);
}

/* ------------------------------------------------------------------ */
/* The shipped languages                                               */

/* ------------------------------------------------------------------ */
/* The shipped languages as C data                                     */

/*
 * build-aux/lang-compile.py reads the shipped files at build time into
 * static arrays (ds-lang-compiled.h): a run only puts their words, lists
 * and templates into its tables, without reading or checking text. The
 * checks are the JSON reader's, made by test-lang on every file, which
 * also compares what ds_lang_get() gives with json-glib's reading.
 */

/* @c as a language; NULL when it names a class this build does not know. */
static DsLang *
lang_from_compiled (const DsLangCompiled *c)
{
  DsWordClass bits[64];
  guint n_classes;
  DsLang *lang;

  for (n_classes = 0; c->classes[n_classes] != NULL; n_classes++)
    if (n_classes == G_N_ELEMENTS (bits) ||
        (bits[n_classes] = ds_word_class_from_name (c->classes[n_classes])) == 0)
      return NULL;

  lang = g_new0 (DsLang, 1);
  lang->code = g_strdup (c->code);
  lang->name = g_strdup (c->name);
  lang->stemmer = g_strdup (c->stemmer);
  lang->words = g_hash_table_new (g_str_hash, g_str_equal);
  lang->word_block = g_new (Word, c->n_words);
  for (guint i = 0; i < c->n_words; i++)
    {
      Word *entry = &lang->word_block[i];

      entry->classes = 0;
      for (guint b = 0; b < n_classes; b++)
        if (c->words[i].classes & (G_GUINT64_CONSTANT (1) << b))
          entry->classes |= bits[b];
      entry->value = c->words[i].value;
      g_hash_table_insert (lang->words, (gpointer) c->words[i].word, entry);
    }
  lang->phrases = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->n_lists; i++)
    g_hash_table_insert (lang->phrases, (gpointer) c->lists[i].name, (gpointer) c->lists[i].phrases);
  word_index_init (&lang->start_index, c->n_starts);
  for (guint i = 0; i < c->n_starts; i++)
    word_index_add (&lang->start_index, c->starts[i], NULL);
  lang->templates = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->n_templates; i++)
    g_hash_table_insert (lang->templates, (gpointer) c->templates[2 * i], (gpointer) c->templates[2 * i + 1]);
  index_language (lang);
  return lang;
}

/* The language @code as C data, or NULL when it is not compiled in. */
static DsLang *
load_compiled (const char *code)
{
  for (const DsLangCompiled *c = ds_lang_compiled; c->code != NULL; c++)
    if (strcmp (c->code, code) == 0)
      return lang_from_compiled (c);
  return NULL;
}

/* Codes name resources, so they are kept to what a language code is. */
static gboolean
is_code (const char *code)
{
  if (*code == '\0' || strlen (code) > 16)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* The data file of @code; NULL when there is none. A malformed shipped file
 * is a programming error (the tests load every one): it is reported and the
 * language has no words, so that nothing crashes. */
static DsLang *
load_shipped (const char *code)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, code, ".json", NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (ds_lang_data_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  DsLang *lang;

  if (bytes == NULL)
    return NULL;
  if ((lang = load_compiled (code)) != NULL)
    return lang;
  lang = read_shipped (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (lang == NULL)
    lang = ds_lang_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (lang != NULL && strcmp (lang->code, code) != 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the file says its language is “%s”", lang->code);
      g_clear_pointer (&lang, ds_lang_free);
    }
  if (lang == NULL)
    {
      g_critical ("%s: %s", path, error->message);
      lang = lang_new ();
      lang->code = g_strdup (code);
      lang->name = g_strdup (code);
      lang->stemmer = g_strdup ("");
      index_language (lang);
    }
  return lang;
}

const DsLang *
ds_lang_get (const char *code)
{
  static GMutex lock;
  static GHashTable *loaded;   /* code → DsLang, for the process's lifetime */
  static DsLang *shipped[2];   /* "id", "en": asked for at every word */
  DsLang *lang;
  int known;

  g_return_val_if_fail (code != NULL, NULL);

  /* Asked for at every line and word: no string calls for the two. */
  known = code[0] == 'i' && code[1] == 'd' && code[2] == '\0' ? 0 :
          code[0] == 'e' && code[1] == 'n' && code[2] == '\0' ? 1 : -1;

  /* Once loaded a language never changes or goes: no lock to read it. */
  if (known >= 0 && (lang = g_atomic_pointer_get (&shipped[known])) != NULL)
    return lang;
  if (!is_code (code))
    return NULL;

  g_mutex_lock (&lock);
  if (loaded == NULL)
    loaded = g_hash_table_new (g_str_hash, g_str_equal);
  lang = g_hash_table_lookup (loaded, code);
  if (lang == NULL && (lang = load_shipped (code)) != NULL)
    g_hash_table_insert (loaded, lang->code, lang);
  if (known >= 0 && lang != NULL)
    g_atomic_pointer_set (&shipped[known], lang);
  g_mutex_unlock (&lock);

  return lang;
}

/* ------------------------------------------------------------------ */
/* Looking up                                                          */

const char *
ds_lang_get_code (const DsLang *lang)
{
  g_return_val_if_fail (lang != NULL, NULL);

  return lang->code;
}

const char *
ds_lang_get_stemmer (const DsLang *lang)
{
  g_return_val_if_fail (lang != NULL, NULL);

  return lang->stemmer;
}

/* The lower-case form of a word: in @buf for the ASCII words that most are,
 * else allocated in @heap. NULL for bytes that are not UTF-8. */
static const char *
fold_key (const char *word,
          gsize       len,
          char       *buf,
          gsize       size,
          char      **heap)
{
  gsize i;

  for (i = 0; i < len && len < size && (guchar) word[i] < 0x80; i++)
    buf[i] = (char) (word[i] >= 'A' && word[i] <= 'Z' ? word[i] + ('a' - 'A') : word[i]);
  if (i == len && len < size)
    {
      buf[len] = '\0';
      return buf;
    }
  if (!g_utf8_validate_len (word, len, NULL))
    return NULL;
  *heap = g_utf8_strdown (word, (gssize) len);
  return *heap;
}

/* The classes of the folded @key of @len bytes (NULL: none), its value in
 * @value. */
static guint64
lookup_key (const DsLang *lang,
            const char   *key,
            gsize         len,
            gint64       *value)
{
  const WordSlot *slot;

  if (key == NULL || (slot = word_index_slot (&lang->word_index, key, len))->key == NULL)
    return 0;
  if (value != NULL)
    *value = slot->word->value;
  return slot->word->classes;
}

/* ds_lang_lookup() of a word that is not short ASCII. */
static guint64
lookup_long (const DsLang *lang,
             const char   *word,
             gsize         len,
             gint64       *value)
{
  g_autofree char *heap = NULL;
  char buf[32];

  const char *key = fold_key (word, len, buf, sizeof buf, &heap);

  return lookup_key (lang, key, key != NULL ? strlen (key) : 0, value);
}

guint64
ds_lang_lookup (const DsLang *lang,
                const char   *word,
                gssize        len,
                gint64       *value)
{
  gsize n, i;
  char buf[32];

  if (value != NULL)
    *value = 0;
  g_return_val_if_fail (lang != NULL, 0);
  g_return_val_if_fail (word != NULL, 0);

  /* Most words are short ASCII, folded here; the others in lookup_long(),
   * which declares the heap's string (g_free (NULL) at every word). */
  n = len < 0 ? strlen (word) : (gsize) len;
  for (i = 0; i < n && n < sizeof buf && (guchar) word[i] < 0x80; i++)
    buf[i] = (char) (word[i] >= 'A' && word[i] <= 'Z' ? word[i] + ('a' - 'A') : word[i]);
  if (i != n || n >= sizeof buf)
    return lookup_long (lang, word, n, value);
  buf[n] = '\0';
  return lookup_key (lang, buf, n, value);
}

gboolean
ds_lang_starts_phrase (const DsLang *lang,
                       const char   *word,
                       gsize         len)
{
  char buf[32];

  g_return_val_if_fail (lang != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  /* (A long word's key on the heap, declared only for it: g_free (NULL)
   * at every short word otherwise.) */
  if (len >= sizeof buf)
    {
      g_autofree char *heap = g_malloc (len + 1);

      for (gsize i = 0; i < len; i++)
        heap[i] = ds_ascii_tolower (word[i]);
      heap[len] = '\0';
      return word_index_slot (&lang->start_index, heap, len)->key != NULL;
    }
  for (gsize i = 0; i < len; i++)
    buf[i] = ds_ascii_tolower (word[i]);
  buf[len] = '\0';
  return word_index_slot (&lang->start_index, buf, len)->key != NULL;
}

/* The first slot a list's name may be cached in: a hash of the name's
 * address (Fibonacci hashing), not of its text. */
static inline guint
phrase_slot_first (const char *name)
{
  return (guint) (((guint64) GPOINTER_TO_SIZE (name) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - PHRASE_SLOTS_BITS));
}

/* Keeps @phrases in the empty @slot, unless another thread filled it
 * first. */
static void
remember_phrases (PhraseSlot        **slot,
                  const char         *name,
                  const char * const *phrases)
{
  gsize len = strlen (name);
  PhraseSlot *entry = g_malloc (sizeof (PhraseSlot) + len + 1);

  entry->address = name;
  entry->phrases = phrases;
  memset (entry->opens, 0, sizeof entry->opens);
  /* (An empty phrase opens on anything.) */
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      guchar c = (guchar) ds_ascii_tolower (phrases[i][0]);

      if (c == '\0')
        memset (entry->opens, 0xff, sizeof entry->opens);
      entry->opens[c >> 6] |= G_GUINT64_CONSTANT (1) << (c & 63);
    }
  memcpy (entry->name, name, len + 1);
  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, entry))
    g_free (entry);
}

const char * const *
ds_lang_get_phrases (const DsLang *lang,
                     const char   *name)
{
  static const char * const none[] = { NULL };
  const char * const *phrases;
  guint first;

  g_return_val_if_fail (lang != NULL, none);
  g_return_val_if_fail (name != NULL, none);

  /* Rules and the parser ask lists at every word or line: a list asked
   * for before is found by the address of its name, without hashing it,
   * in its slot or one of the next few (two names may want one slot). */
  /* The slots are a cache: filling one changes nothing @lang says. */
  first = phrase_slot_first (name);
  for (guint k = 0; k < PHRASE_SLOT_PROBES; k++)
    {
      PhraseSlot **slot = (PhraseSlot **) &lang->phrase_slots[(first + k) & (PHRASE_SLOTS - 1)];
      PhraseSlot *cached = g_atomic_pointer_get (slot);

      if (cached != NULL && cached->address == name && strcmp (cached->name, name) == 0)
        return cached->phrases;
      if (cached == NULL)
        {
          phrases = g_hash_table_lookup (lang->phrases, name);
          if (phrases == NULL)
            phrases = none;
          remember_phrases (slot, name, phrases);
          return phrases;
        }
    }
  phrases = g_hash_table_lookup (lang->phrases, name);
  return phrases != NULL ? phrases : none;
}

/* The slot of @lang that holds the list @name, found by the address of
 * the name; NULL when none does yet. */
static const PhraseSlot *
shipped_slot (const DsLang *lang,
              const char   *name)
{
  guint first = phrase_slot_first (name);

  for (guint k = 0; k < PHRASE_SLOT_PROBES; k++)
    {
      PhraseSlot *cached = g_atomic_pointer_get ((PhraseSlot **) &lang->phrase_slots[(first + k) & (PHRASE_SLOTS - 1)]);

      if (cached == NULL)
        break;
      if (cached->address == name)
        return cached;
    }
  return NULL;
}

static const DsLang *
shipped_lang (guint which)
{
  static const DsLang *shipped[2];
  const DsLang *lang = g_atomic_pointer_get (&shipped[which]);

  if (G_UNLIKELY (lang == NULL))
    {
      lang = ds_lang_get (which == 0 ? "id" : "en");
      g_atomic_pointer_set (&shipped[which], lang);
    }
  return lang;
}

/**
 * ds_lang_get_shipped_phrases:
 * @which: 0 for "id", 1 for "en"
 * @name: a list name of static storage (a literal)
 *
 * ds_lang_get_phrases() of a shipped language, for the text helpers that
 * ask both languages at every line: the language is kept, and a list
 * asked before is found by the address of its name alone — a name of
 * static storage never shares its address with another text.
 *
 * Returns: (transfer none): as ds_lang_get_phrases()
 */
const char * const *
ds_lang_get_shipped_phrases (guint       which,
                             const char *name)
{
  const DsLang *lang;
  const PhraseSlot *slot;

  g_return_val_if_fail (which < 2, NULL);

  lang = shipped_lang (which);
  slot = shipped_slot (lang, name);
  return slot != NULL ? slot->phrases : ds_lang_get_phrases (lang, name);
}

/**
 * ds_lang_get_shipped_phrases_opening:
 * @which: 0 for "id", 1 for "en"
 * @name: a list name of static storage (a literal)
 * @c: a byte
 *
 * ds_lang_get_shipped_phrases(), or an empty list when no phrase of it
 * opens on @c (ASCII letters compared lowered): a helper that walks a
 * list for the phrases opening as a line does skips it whole.
 *
 * Returns: (transfer none): as ds_lang_get_phrases()
 */
const char * const *
ds_lang_get_shipped_phrases_opening (guint       which,
                                     const char *name,
                                     char        c)
{
  static const char * const none[] = { NULL };
  const DsLang *lang;
  const PhraseSlot *slot;
  guchar b = (guchar) ds_ascii_tolower (c);

  g_return_val_if_fail (which < 2, NULL);

  lang = shipped_lang (which);
  slot = shipped_slot (lang, name);
  if (slot == NULL)
    return ds_lang_get_phrases (lang, name);
  return (slot->opens[b >> 6] >> (b & 63)) & 1 ? slot->phrases : none;
}

const char *
ds_lang_get_template (const DsLang *lang,
                      const char   *name)
{
  g_return_val_if_fail (lang != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (lang->templates, name);
}

static const char *
slot_value (const char *slot,
            gsize       len,
            va_list     pairs)
{
  va_list ap;
  const char *key;

  va_copy (ap, pairs);
  while ((key = va_arg (ap, const char *)) != NULL)
    {
      const char *value = va_arg (ap, const char *);

      if (strlen (key) == len && strncmp (key, slot, len) == 0)
        {
          va_end (ap);
          return value;
        }
    }
  va_end (ap);
  return NULL;
}

/* Folds the doubled spaces an empty slot leaves, a space before the
 * punctuation that ends the text, and the second question mark of a
 * slot that ends with one ("… tentang Mengapa kuota gagal??"). */
static char *
tidy (GString *out)
{
  char *w = out->str;

  for (const char *r = out->str; *r; r++)
    {
      if (*r == ' ' && (w == out->str || w[-1] == ' ' || r[1] == '?' || r[1] == '.' ||
                        r[1] == '\0'))
        continue;
      if (*r == '?' && w > out->str && w[-1] == '?')
        continue;
      *w++ = *r;
    }
  *w = '\0';
  return g_string_free (out, FALSE);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char **
ds_lang_dup_template_names (const DsLang *lang)
{
  GPtrArray *names;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (lang != NULL, NULL);

  names = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, lang->templates);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, g_strdup (key));
  g_ptr_array_sort (names, by_name);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

char **
ds_lang_dup_class_words (const DsLang *lang,
                         DsWordClass   word_class)
{
  GPtrArray *words;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (lang != NULL, NULL);

  words = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, lang->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((const Word *) value)->classes & word_class)
      g_ptr_array_add (words, g_strdup (key));
  g_ptr_array_sort (words, by_name);
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/* "Ghana's main partners", "Nye's three kinds": a value opening on one
 * capitalised word (no acronym) with its possessive, a country's or a
 * person's name, which takes no article ("the European Union's" and
 * "the UN's" keep theirs). */
static gboolean
owner_takes_no_article (const char *value)
{
  const char *p = value;

  if (!g_ascii_isupper (*p))
    return FALSE;
  for (p++; g_ascii_islower (*p); p++)
    ;
  if (p - value < 2)
    return FALSE;
  if (p[0] == '\'' && p[1] == 's')
    p += 2;
  else if (g_str_has_prefix (p, "\xE2\x80\x99s"))
    p += 4;
  else
    return FALSE;
  return *p == ' ' || *p == '\0';
}

/* "What are the " before such an owner: the article goes. */
static void
drop_article (GString *out)
{
  gsize n = out->len;

  if (n >= 4 && ds_ascii_strncasecmp (out->str + n - 4, "the ", 4) == 0 &&
      (n == 4 || out->str[n - 5] == ' '))
    g_string_truncate (out, n - 4);
}

char *
ds_lang_expand (const DsLang *lang,
                const char   *name,
                ...)
{
  const char *template;
  GString *out;
  va_list pairs;

  g_return_val_if_fail (lang != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  template = ds_lang_get_template (lang, name);
  if (template == NULL)
    return NULL;
  out = g_string_new (NULL);
  va_start (pairs, name);
  for (const char *p = template; *p;)
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      const char *value;

      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      value = slot_value (p + 1, close - p - 1, pairs);
      if (value != NULL && owner_takes_no_article (value))
        drop_article (out);
      g_string_append (out, value != NULL ? value : "");
      p = close + 1;
    }
  va_end (pairs);
  return tidy (out);
}
