/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <string.h>

#include "ds-deck-export.h"
#include "ds-deck-io.h"
#include "ds-library.h"

/*
 * Decks travel: the app's cards exported (all, an essay, a topic) as the
 * JSON of diplostudy-cards and as Anki text, and that JSON read back.
 */

typedef struct {
  DsLibrary  *library;
  DsSettings *settings;
  DsProgress *progress;
  DsDeck     *deck;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;

  f->library = ds_library_new ();
  ds_library_load_builtin (f->library, &error);
  g_assert_no_error (error);
  f->settings = ds_settings_new_with_backend (backend, &error);
  g_assert_no_error (error);
  f->progress = ds_progress_new (f->settings);
  f->deck = ds_deck_new_for_library (f->library, f->progress);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->deck);
  g_assert_finalize_object (f->progress);
  g_assert_finalize_object (f->settings);
  g_assert_finalize_object (f->library);
}

static char *
export (Fixture      *f,
        const char   *essay_id,
        const char   *topic,
        DsDeckFormat  format,
        GError      **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (!ds_deck_export (f->deck, essay_id, topic, format, out, error))
    return NULL;
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

static GPtrArray *
read_back (const char *json)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *cards = ds_deck_read_json (json, strlen (json), "deck.json", &error);

  g_assert_no_error (error);
  return cards;
}

/* Anki's header lines, then question, answer and tags on each row; the
 * learner's edits are what is exported. */
static void
test_anki (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DsCard) first = g_list_model_get_item (ds_deck_get_cards (f->deck), 0);
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  guint rows = 0;

  ds_deck_edit_card (f->deck, first, "Pertanyaan <suntingan> saya?", "Jawaban & saya");
  tsv = export (f, NULL, NULL, DS_DECK_FORMAT_TSV, NULL);
  g_assert_true (g_str_has_prefix (tsv, "#separator:tab\n#html:true\n#tags column:3\n"));
  g_assert_nonnull (strstr (tsv, "Pertanyaan &lt;suntingan&gt; saya?\tJawaban &amp; saya\t"));

  lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      columns = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (columns), ==, 3);
      g_assert_cmpstr (columns[0], !=, "");
      g_assert_null (strchr (columns[2], '\t'));
      rows++;
    }
  g_assert_cmpuint (rows, ==, ds_deck_get_n_cards (f->deck));
}

/* All, one essay, one topic of it; an essay or topic with no cards is an
 * error, not an empty file. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DsCard) first = g_list_model_get_item (ds_deck_get_cards (f->deck), 0);
  const char *essay_id = ds_card_get_essay_id (first);
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);
  g_auto(GStrv) topics = ds_deck_dup_topics (f->deck, scope);
  g_autofree char *all = export (f, NULL, NULL, DS_DECK_FORMAT_JSON, NULL);
  g_autofree char *essay = export (f, essay_id, NULL, DS_DECK_FORMAT_JSON, NULL);
  g_autofree char *topic = NULL;
  g_autoptr(GPtrArray) all_cards = read_back (all);
  g_autoptr(GPtrArray) essay_cards = read_back (essay);
  g_autoptr(GPtrArray) topic_cards = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (topics[0]);
  topic = export (f, essay_id, topics[0], DS_DECK_FORMAT_JSON, NULL);
  topic_cards = read_back (topic);

  g_assert_cmpuint (all_cards->len, ==, ds_deck_get_n_cards (f->deck));
  g_assert_cmpuint (essay_cards->len, <, all_cards->len);
  g_assert_cmpuint (topic_cards->len, <=, essay_cards->len);
  g_assert_cmpuint (topic_cards->len, >, 0);
  for (guint i = 0; i < essay_cards->len; i++)
    g_assert_cmpstr (ds_card_get_essay_id (essay_cards->pdata[i]), ==, essay_id);
  for (guint i = 0; i < topic_cards->len; i++)
    g_assert_cmpstr (ds_card_get_topic (topic_cards->pdata[i]), ==, topics[0]);

  g_assert_null (export (f, "no-such-essay", NULL, DS_DECK_FORMAT_TSV, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (export (f, essay_id, "No such topic", DS_DECK_FORMAT_TSV, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* What is written reads back into cards that write the same again. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *json = export (f, NULL, NULL, DS_DECK_FORMAT_JSON, NULL);
  g_autoptr(GPtrArray) cards = read_back (json);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *again = NULL;

  g_assert_true (ds_deck_write_json (cards, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  again = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                     g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_cmpstr (again, ==, json);
}

#define CARD(fields) "{\"cards\": [{\"id\": \"e:fact:1\", \"essay\": \"e\", \"kind\": \"fact\", " \
                     "\"question\": \"Q?\", \"answer\": \"A\"}, {" fields "}]}"
#define GOOD "\"id\": \"e:fact:2\", \"essay\": \"e\", \"kind\": \"fact\", \"question\": \"Q?\", " \
             "\"answer\": \"A\""

static void
test_refused (void)
{
  static const struct {
    const char *json;
    const char *words;
  } cases[] = {
    { "[]", "no “cards” list" },
    { "{\"cards\": {}}", "no “cards” list" },
    { CARD ("\"id\": 1"), "card 2: “id”" },
    { CARD (GOOD ", \"kind\": \"essay\""), "card 2: “kind”" },
    { CARD ("\"id\": \"\", \"essay\": \"e\", \"kind\": \"fact\", \"question\": \"Q\", "
            "\"answer\": \"A\""), "is empty" },
    { CARD (GOOD ", \"items\": [1]"), "“items”" },
    { CARD (GOOD ", \"source\": {\"start\": 9, \"end\": 2, \"text\": \"x\"}"), "ends before" },
    { CARD (GOOD ", \"source\": {\"start\": -1, \"end\": 2}"), "“start”" },
    { CARD (GOOD ", \"choices\": [\"a\", \"b\"], \"correct\": 2"), "“correct”" },
    { CARD (GOOD ", \"expected_count\": \"three\""), "“expected_count”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = ds_deck_read_json (cases[i].json, strlen (cases[i].json),
                                                      "deck.json", &error);

      g_assert_null (cards);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "deck.json"));
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/deck-io/anki", Fixture, NULL, fixture_set_up, test_anki, fixture_tear_down);
  g_test_add ("/deck-io/scope", Fixture, NULL, fixture_set_up, test_scope, fixture_tear_down);
  g_test_add ("/deck-io/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add_func ("/deck-io/refused", test_refused);

  return g_test_run ();
}
