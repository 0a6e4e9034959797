/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Language data: loading, looking words up, and the data files' own
 * consistency. */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ds-lang.h"
#include "ds-lang-compiled.h"

static const DsLang *
get (const char *code)
{
  const DsLang *lang = ds_lang_get (code);

  g_assert_nonnull (lang);
  return lang;
}

static guint64
classes_of (const char *code,
            const char *word)
{
  return ds_lang_lookup (get (code), word, -1, NULL);
}

static void
test_load (void)
{
  const DsLang *id = get ("id");
  const DsLang *en = get ("en");

  g_assert_true (id != en);
  g_assert_true (ds_lang_get ("id") == id);   /* loaded once */
  g_assert_cmpstr (ds_lang_get_code (id), ==, "id");
  g_assert_cmpstr (ds_lang_get_code (en), ==, "en");
  g_assert_cmpstr (ds_lang_get_stemmer (id), ==, "indonesian");
  g_assert_cmpstr (ds_lang_get_stemmer (en), ==, "english");
}

static void
test_unknown_language (void)
{
  g_assert_null (ds_lang_get ("fr"));
  g_assert_null (ds_lang_get (""));
  g_assert_null (ds_lang_get ("ID"));
  /* A code names a resource: nothing else of the resource tree is reached. */
  g_assert_null (ds_lang_get ("../essays/manifest"));
  g_assert_null (ds_lang_get ("lang.gresource"));
}

static void
test_lookup (void)
{
  g_assert_cmpuint (classes_of ("id", "dalam"), ==, DS_WORD_PREP);
  g_assert_cmpuint (classes_of ("id", "oleh"), ==, DS_WORD_PREP | DS_WORD_NAME_NOUN);
  g_assert_cmpuint (classes_of ("id", "yaitu"), ==, DS_WORD_CUE_NAMING | DS_WORD_CUE_DEF);
  g_assert_cmpuint (classes_of ("en", "that"), ==,
                    DS_WORD_RELATIVE | DS_WORD_THAT | DS_WORD_ANAPHOR);
  g_assert_cmpuint (classes_of ("en", "may"), ==, DS_WORD_AUX | DS_WORD_MONTH);
  /* Countries are in both languages: essays name them in either. */
  g_assert_cmpuint (classes_of ("id", "japan") & DS_WORD_COUNTRY, !=, 0);
  g_assert_cmpuint (classes_of ("en", "jepang") & DS_WORD_COUNTRY, !=, 0);
  /* The languages are apart. */
  g_assert_cmpuint (classes_of ("id", "the"), ==, 0);
  g_assert_cmpuint (classes_of ("en", "dalam"), ==, 0);
  /* Words the data does not list. */
  g_assert_cmpuint (classes_of ("id", "kucing"), ==, 0);
  g_assert_cmpuint (classes_of ("id", ""), ==, 0);
  g_assert_cmpuint (classes_of ("id", "antara lain"), ==, 0);
}

static void
test_lookup_case_and_length (void)
{
  const DsLang *id = get ("id");

  g_assert_cmpuint (ds_lang_lookup (id, "DALAM", -1, NULL), ==, DS_WORD_PREP);
  g_assert_cmpuint (ds_lang_lookup (id, "Dalam", -1, NULL), ==, DS_WORD_PREP);
  /* A word inside a text: its length, not a terminating NUL. */
  g_assert_cmpuint (ds_lang_lookup (id, "dalamnya", 5, NULL), ==, DS_WORD_PREP);
  g_assert_cmpuint (ds_lang_lookup (id, "dalamnya", -1, NULL), ==, 0);
  /* Longer than any word, and bytes that are not UTF-8: simply not found. */
  g_assert_cmpuint (ds_lang_lookup (id, "pertanggungjawabannyalah-pertanggungjawabannya", -1, NULL), ==, 0);
  g_assert_cmpuint (ds_lang_lookup (id, "d\xffl", -1, NULL), ==, 0);
}

static void
assert_value (const char *code,
              const char *word,
              guint64     word_class,
              gint64      expected)
{
  gint64 value = -1;
  guint64 classes = ds_lang_lookup (get (code), word, -1, &value);

  g_assert_cmpuint (classes & word_class, ==, word_class);
  g_assert_cmpint (value, ==, expected);
}

static void
test_values (void)
{
  assert_value ("id", "tiga", DS_WORD_COUNT, 3);
  assert_value ("id", "kedua", DS_WORD_COUNT | DS_WORD_ORDINAL, 2);
  assert_value ("id", "pertama", DS_WORD_ORDINAL, 1);
  assert_value ("id", "terakhir", DS_WORD_ORDINAL, 0);   /* closes a series */
  assert_value ("id", "juta", DS_WORD_MAGNITUDE, 1000000);
  assert_value ("id", "triliun", DS_WORD_MAGNITUDE, G_GINT64_CONSTANT (1000000000000));
  assert_value ("id", "Mei", DS_WORD_MONTH, 5);
  assert_value ("id", "dalam", DS_WORD_PREP, 0);
  assert_value ("en", "three", DS_WORD_COUNT, 3);
  assert_value ("en", "second", DS_WORD_ORDINAL, 2);
  assert_value ("en", "may", DS_WORD_MONTH, 5);
  assert_value ("en", "December", DS_WORD_MONTH, 12);
  assert_value ("en", "percent", DS_WORD_MAGNITUDE, 0);
}

static void
test_new_classes (void)
{
  g_assert_cmpuint (classes_of ("id", "bagaimana") & DS_WORD_QUESTION, !=, 0);
  g_assert_cmpuint (classes_of ("en", "whom") & DS_WORD_QUESTION, !=, 0);
  g_assert_cmpuint (classes_of ("id", "rupiah") & DS_WORD_CURRENCY, !=, 0);
  g_assert_cmpuint (classes_of ("en", "usd") & DS_WORD_CURRENCY, !=, 0);
  g_assert_cmpuint (classes_of ("en", "lastly") & DS_WORD_ORDINAL, !=, 0);
  /* The stop words of the distractors and of grading that no other class
   * names. */
  g_assert_cmpuint (classes_of ("id", "agar"), ==, DS_WORD_STOP);
  g_assert_cmpuint (classes_of ("en", "formerly"), ==, DS_WORD_STOP);
}

static void
test_phrases (void)
{
  const char * const *id = ds_lang_get_phrases (get ("id"), "list_examples");
  const char * const *en = ds_lang_get_phrases (get ("en"), "list_examples");
  const char * const *naming = ds_lang_get_phrases (get ("id"), "list_naming");
  const char * const *none = ds_lang_get_phrases (get ("id"), "no_such_phrases");

  g_assert_true (g_strv_contains (id, "antara lain"));
  g_assert_true (g_strv_contains (en, "such as"));
  g_assert_true (g_strv_contains (naming, "terdiri dari"));
  g_assert_true (g_strv_contains (naming, "terdiri atas"));
  g_assert_nonnull (none);
  g_assert_null (none[0]);
}

static void
test_templates (void)
{
  g_assert_cmpstr (ds_lang_get_template (get ("id"), "question_definition"), ==,
                   "Apa yang dimaksud dengan {term}?");
  g_assert_cmpstr (ds_lang_get_template (get ("en"), "question_definition"), ==,
                   "What is meant by {term}?");
  g_assert_cmpstr (ds_lang_get_template (get ("en"), "answer_true"), ==, "True");
  g_assert_null (ds_lang_get_template (get ("id"), "no_such_template"));
}

static void
test_class_names (void)
{
  for (guint i = 0; i < DS_WORD_N_CLASSES; i++)
    {
      DsWordClass word_class = (DsWordClass) (G_GUINT64_CONSTANT (1) << i);
      const char *name = ds_word_class_to_name (word_class);

      g_assert_nonnull (name);
      g_assert_cmpuint (ds_word_class_from_name (name), ==, word_class);
    }
  g_assert_cmpuint (ds_word_class_from_name ("final_conj"), ==, DS_WORD_FINAL_CONJ);
  g_assert_cmpuint (ds_word_class_from_name ("preposition"), ==, 0);
  g_assert_null (ds_word_class_to_name (DS_WORD_PREP | DS_WORD_CONJ));
}

/* ------------------------------------------------------------------ */
/* The data files themselves                                           */

static char *
data_dir (void)
{
  const char *root = g_getenv ("DS_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "lang", NULL);
}

/* Every data file in data/lang loads without an error (so every class name
 * in it is known and every word well-formed) and is in the resource. */
static void
test_data_files (void)
{
  g_autofree char *dir_path = data_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *code = g_strndup (name, strlen (name) - strlen (".json"));
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsLang) lang = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      lang = ds_lang_new_from_data (contents, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ds_lang_get_code (lang), ==, code);
      g_assert_nonnull (ds_lang_get (code));
      n++;
    }
  g_assert_cmpuint (n, >=, 2);
}

/* @a and @b hold the same texts in the same order. */
static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_cmpuint (g_strv_length ((char **) a), ==, g_strv_length ((char **) b));
  for (guint i = 0; a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

/* Every word of every class, with its value, of @read as of @shipped. */
static void
assert_same_words (const DsLang *read,
                   const DsLang *shipped)
{
  for (guint c = 0; c < DS_WORD_N_CLASSES; c++)
    {
      g_auto(GStrv) words = ds_lang_dup_class_words (read, G_GUINT64_CONSTANT (1) << c);
      g_auto(GStrv) shipped_words = ds_lang_dup_class_words (shipped, G_GUINT64_CONSTANT (1) << c);

      assert_same_strv ((const char * const *) words, (const char * const *) shipped_words);
      for (guint i = 0; words[i] != NULL; i++)
        {
          gint64 value, shipped_value;

          g_assert_cmpuint (ds_lang_lookup (read, words[i], -1, &value), ==,
                            ds_lang_lookup (shipped, words[i], -1, &shipped_value));
          g_assert_cmpint (value, ==, shipped_value);
        }
    }
}

/* The shipped languages are read by a reader of their own, not json-glib
 * (ds-lang.c, load_shipped()): what it reads is what json-glib's reading
 * of the same file gives, word for word, list for list. */
static void
test_shipped_reader (void)
{
  g_autofree char *dir_path = data_dir ();
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      g_autofree char *path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, codes[l], ".json", NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DsLang) read = NULL;
      g_autoptr(GList) lists = NULL;
      g_auto(GStrv) templates = NULL;
      g_auto(GStrv) shipped_templates = NULL;
      g_autofree char *contents = NULL;
      const DsLang *shipped = get (codes[l]);
      JsonObject *phrases;

      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      read = ds_lang_new_from_data (contents, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ds_lang_get_stemmer (read), ==, ds_lang_get_stemmer (shipped));
      assert_same_words (read, shipped);
      templates = ds_lang_dup_template_names (read);
      shipped_templates = ds_lang_dup_template_names (shipped);
      assert_same_strv ((const char * const *) templates, (const char * const *) shipped_templates);
      for (guint i = 0; templates[i] != NULL; i++)
        g_assert_cmpstr (ds_lang_get_template (read, templates[i]), ==, ds_lang_get_template (shipped, templates[i]));
      g_assert_true (json_parser_load_from_data (parser, contents, -1, &error));
      phrases = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "phrases");
      lists = json_object_get_members (phrases);
      g_assert_cmpuint (g_list_length (lists), >, 100);
      for (GList *n = lists; n != NULL; n = n->next)
        assert_same_strv (ds_lang_get_phrases (read, n->data), ds_lang_get_phrases (shipped, n->data));
    }
}

static void
assert_malformed (const char *json,
                  const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLang) lang = ds_lang_new_from_data (json, -1, &error);

  g_assert_null (lang);
  g_assert_nonnull (error);
  if (message != NULL && strstr (error->message, message) == NULL)
    g_error ("“%s” gave the error “%s”, not one that says “%s”", json, error->message, message);
}

#define HEAD "\"language\": \"xx\", \"name\": \"Test\", \"stemmer\": \"english\""
#define EMPTY_REST "\"values\": {}, \"phrases\": {}, \"templates\": {}"

static void
test_malformed (void)
{
  assert_malformed ("{ \"language\": ", NULL);
  assert_malformed ("[]", "not a JSON object");
  assert_malformed ("{ \"name\": \"x\" }", "“language” is missing");
  assert_malformed ("{ " HEAD ", " EMPTY_REST " }", "“classes” is missing");
  assert_malformed ("{ \"language\": 3, \"name\": \"x\", \"stemmer\": \"english\" }",
                    "“language” has the wrong type");
  assert_malformed ("{ " HEAD ", \"classes\": { \"preposition\": [\"in\"] }, " EMPTY_REST " }",
                    "unknown word class “preposition”");
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": \"in\" }, " EMPTY_REST " }",
                    "not a list of words");
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": [\"such as\"] }, " EMPTY_REST " }",
                    "“such as” in the class “prep”");
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": [\"In\"] }, " EMPTY_REST " }",
                    "not a single lower-case word");
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": [\"\"] }, " EMPTY_REST " }", NULL);
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": [\"in\", \"in\"] }, " EMPTY_REST " }",
                    "listed twice");
  assert_malformed ("{ " HEAD ", \"classes\": { \"prep\": [3] }, " EMPTY_REST " }",
                    "not a word");
  assert_malformed ("{ " HEAD ", \"classes\": { \"count\": [\"two\"] }, "
                    "\"values\": { \"count\": { \"three\": 3 } }, \"phrases\": {}, \"templates\": {} }",
                    "“three” has a value");
  assert_malformed ("{ " HEAD ", \"classes\": { \"count\": [\"two\"] }, "
                    "\"values\": { \"count\": { \"two\": \"2\" } }, \"phrases\": {}, \"templates\": {} }",
                    "not a whole number");
  assert_malformed ("{ " HEAD ", \"classes\": { \"count\": [\"two\"], \"ordinal\": [\"two\"] }, "
                    "\"values\": { \"count\": { \"two\": 2 }, \"ordinal\": { \"two\": 3 } }, "
                    "\"phrases\": {}, \"templates\": {} }",
                    "two different values");
  assert_malformed ("{ " HEAD ", \"classes\": {}, \"values\": {}, "
                    "\"phrases\": { \"cue\": [\"such  as\"] }, \"templates\": {} }",
                    "phrases “cue”");
  assert_malformed ("{ " HEAD ", \"classes\": {}, \"values\": {}, "
                    "\"phrases\": {}, \"templates\": { \"q\": \"\" } }",
                    "template “q”");
}

/* A file of another language, with words beyond ASCII. */
static void
test_non_ascii (void)
{
  static const char json[] =
    "{ " HEAD ", \"classes\": { \"prep\": [\"über\", \"été\"], \"count\": [\"ﬁve\", \"три\"] }, "
    "\"values\": { \"count\": { \"три\": 3 } }, \"phrases\": { \"p\": [\"à côté\"] }, "
    "\"templates\": { \"q\": \"Qu’est-ce que {term} ?\" } }";
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLang) lang = ds_lang_new_from_data (json, -1, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpuint (ds_lang_lookup (lang, "ÜBER", -1, NULL), ==, DS_WORD_PREP);
  g_assert_cmpuint (ds_lang_lookup (lang, "Été", -1, NULL), ==, DS_WORD_PREP);
  g_assert_cmpuint (ds_lang_lookup (lang, "ТРИ", -1, &value), ==, DS_WORD_COUNT);
  g_assert_cmpint (value, ==, 3);
  g_assert_cmpuint (ds_lang_lookup (lang, "uber", -1, NULL), ==, 0);
  g_assert_cmpstr (ds_lang_get_phrases (lang, "p")[0], ==, "à côté");
}

/* Flags the extractor reads one way must not be contradicted by another. */
static void
test_no_contradictions (void)
{
  const char *codes[] = { "id", "en" };
  /* Classes no word may be in at once. */
  const struct { guint64 a, b; const char *what; } apart[] = {
    { DS_WORD_NOUN, DS_WORD_VERB, "a noun and a verb" },
    { DS_WORD_NOUN, DS_WORD_REPORT, "a noun and a verb of saying" },
    { DS_WORD_STOP, DS_WORD_FUNCTION & ~DS_WORD_STOP, "a stop word and in another function class" },
    { DS_WORD_COUNT, DS_WORD_MAGNITUDE, "a count and a magnitude" },
    { DS_WORD_QUESTION, DS_WORD_NOUN, "a question word and a noun" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
    {
      g_autofree char *dir_path = data_dir ();
      g_autofree char *file = g_strconcat (codes[c], ".json", NULL);
      g_autofree char *path = g_build_filename (dir_path, file, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) words = NULL;
      g_autoptr(GRegex) word_re = g_regex_new ("\"([^\" ]+)\"", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      /* Every quoted word of the file: class lists, value keys, and some
       * field names and phrases, which are simply not words. */
      for (g_regex_match (word_re, contents, 0, &match); g_match_info_matches (match);
           g_match_info_next (match, NULL))
        {
          g_autofree char *word = g_match_info_fetch (match, 1);
          guint64 classes = classes_of (codes[c], word);

          for (guint a = 0; a < G_N_ELEMENTS (apart); a++)
            if ((classes & apart[a].a) && (classes & apart[a].b))
              g_error ("%s: “%s” is %s", codes[c], word, apart[a].what);
          /* A word that ends a range is a conjunction. */
          if (classes & DS_WORD_FINAL_CONJ)
            g_assert_true (classes & DS_WORD_CONJ);
        }
    }
}

/* Count words and months have their numbers. */
static void
test_values_complete (void)
{
  const char *words[] = { "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                          "sembilan", "sepuluh", "kedua", "ketiga", "keempat", "kelima" };
  const char *months[] = { "januari", "februari", "maret", "april", "mei", "juni", "juli",
                           "agustus", "september", "oktober", "november", "desember" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gint64 value;

      g_assert_cmpuint (ds_lang_lookup (get ("id"), words[i], -1, &value) & DS_WORD_COUNT, !=, 0);
      g_assert_cmpint (value, >=, 2);
    }
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      gint64 value;

      g_assert_cmpuint (ds_lang_lookup (get ("id"), months[i], -1, &value) & DS_WORD_MONTH, !=, 0);
      g_assert_cmpint (value, ==, i + 1);
    }
}

static gpointer
get_from_thread (gpointer data)
{
  return (gpointer) ds_lang_get (data);
}

/* Threads asking at once get the one instance of each language. */
static void
test_threads (void)
{
  const char *codes[] = { "id", "en" };
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lang", get_from_thread, (gpointer) codes[i % 2]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      const DsLang *lang = g_thread_join (threads[i]);

      g_assert_nonnull (lang);
      g_assert_true (lang == ds_lang_get (codes[i % 2]));
    }
}

/* Both shipped languages are built into C data (build-aux/lang-compile.py).
 * The script leaves a file it refuses (a duplicate list, a word not
 * folded, …) to the JSON reader, which works but costs every run some 60 M
 * instructions more (bench/README.md, "generate"): a refused file is a
 * mistake in the file. */
static void
test_shipped_compiled (void)
{
  static const char * const codes[] = { "id", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      gboolean found = FALSE;

      for (const DsLangCompiled *c = ds_lang_compiled; c->code != NULL; c++)
        found |= strcmp (c->code, codes[i]) == 0;
      if (!found)
        g_test_message ("data/lang/%s.json was refused by build-aux/lang-compile.py: see its message in the build log",
                        codes[i]);
      g_assert_true (found);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* First, so that the languages are loaded by the threads. */
  g_test_add_func ("/lang/threads", test_threads);
  g_test_add_func ("/lang/load", test_load);
  g_test_add_func ("/lang/shipped-reader", test_shipped_reader);
  g_test_add_func ("/lang/shipped-compiled", test_shipped_compiled);
  g_test_add_func ("/lang/unknown-language", test_unknown_language);
  g_test_add_func ("/lang/lookup", test_lookup);
  g_test_add_func ("/lang/lookup-case-and-length", test_lookup_case_and_length);
  g_test_add_func ("/lang/values", test_values);
  g_test_add_func ("/lang/values-complete", test_values_complete);
  g_test_add_func ("/lang/new-classes", test_new_classes);
  g_test_add_func ("/lang/phrases", test_phrases);
  g_test_add_func ("/lang/templates", test_templates);
  g_test_add_func ("/lang/class-names", test_class_names);
  g_test_add_func ("/lang/data-files", test_data_files);
  g_test_add_func ("/lang/malformed", test_malformed);
  g_test_add_func ("/lang/non-ascii", test_non_ascii);
  g_test_add_func ("/lang/no-contradictions", test_no_contradictions);

  return g_test_run ();
}
