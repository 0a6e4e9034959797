/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ids of the phrase lists the rules name (src/core/engine/ds-phrase-ids.h):
 * the lexicon finds the id of a list asked by its name by bisection, which
 * needs the names sorted as strcmp() orders them, each once; and each names
 * a list of the language data, in both languages but for the lists of one
 * language's forms only (single_language below). */
#include "config.h"

#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "ds-claims-private.h"

static void
test_sorted (void)
{
  for (guint id = 1; id < N_PHRASE_LIST_IDS; id++)
    {
      if (strcmp (_ds_phrase_names[id - 1], _ds_phrase_names[id]) >= 0)
        g_test_message ("ds-phrase-ids.h: \"%s\" before \"%s\"", _ds_phrase_names[id - 1], _ds_phrase_names[id]);
      g_assert_cmpint (strcmp (_ds_phrase_names[id - 1], _ds_phrase_names[id]), <, 0);
    }
}

/* The lists that only one language has: a form of Indonesian or of
 * English that the other has no words for. Every other id names a list
 * of both (and a list of ds-gate.c's phrase_set() must be of both). */
static const char * const single_language[] = {
  "causes3_side_aspect",
  "complement_noun",
  "contrast_held_copula",
  "defs4_coin_verb",
  "defs4_credited",
  "defs_attrib_view_noun",
  "defs_irregular_participle",
  "defs_meaning_concept_head",
  "defs_noun_before_copula",
  "defs_possessive",
  "due_to_verb",
  "effect_none_opener",
  "facts9_claim_phrasal",
  "lists_campus_head",
  "lists_noun_qualifier",
  "lists_object_modal",
  "lists_object_particle",
  "lists_place_word",
  "lists_relative_bare_verb",
  "lists_relative_keep_aux",
  "magnitude",
  "naming2_agent_first",
  "naming2_period_noun",
  "naming2_referent_det",
  "participle_link",
};

/* Whether @name is one of the @n names of @names. */
static gboolean
among (const char * const *names,
       guint               n,
       const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (names[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* The "phrases" of data/lang/@code.json, as the file has them. */
static JsonObject *
phrases_of (JsonParser *parser,
            const char *code)
{
  const char *root = g_getenv ("DS_SOURCE_ROOT");
  g_autofree char *file = g_strconcat (code, ".json", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "lang", file, NULL);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "phrases");
}

/* An id whose name no language defines asks an empty list, and the rule
 * that asks it never fires: every id names a list of data/lang/id.json
 * and of data/lang/en.json, or of one of them where single_language says
 * so. */
static void
test_defined (void)
{
  g_autoptr(JsonParser) id_parser = json_parser_new ();
  g_autoptr(JsonParser) en_parser = json_parser_new ();
  JsonObject *id = phrases_of (id_parser, "id");
  JsonObject *en = phrases_of (en_parser, "en");
  guint failed = 0;

  for (guint i = 0; i < N_PHRASE_LIST_IDS; i++)
    {
      const char *name = _ds_phrase_names[i];
      gboolean in_id = json_object_has_member (id, name), in_en = json_object_has_member (en, name);
      gboolean single = among (single_language, G_N_ELEMENTS (single_language), name);

      if (!in_id && !in_en)
        g_test_message ("ds-phrase-ids.h: \"%s\" is a list of neither data/lang/id.json nor en.json", name);
      else if (!single && !(in_id && in_en))
        g_test_message ("ds-phrase-ids.h: \"%s\" is a list of data/lang/%s.json only (add it to the other, or to "
                        "single_language in tests/test-phrase-ids.c if the other language has no such words)",
                        name, in_id ? "id" : "en");
      else if (single && in_id && in_en)
        g_test_message ("tests/test-phrase-ids.c: \"%s\" is a list of both languages now: take it out of "
                        "single_language", name);
      else
        continue;
      failed++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (single_language); i++)
    if (!among (_ds_phrase_names, N_PHRASE_LIST_IDS, single_language[i]))
      {
        g_test_message ("tests/test-phrase-ids.c: \"%s\" of single_language has no id", single_language[i]);
        failed++;
      }
  g_assert_cmpuint (failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/phrase-ids/sorted", test_sorted);
  g_test_add_func ("/phrase-ids/defined", test_defined);
  return g_test_run ();
}
