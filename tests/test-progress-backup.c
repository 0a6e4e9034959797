/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ds-json.h"
#include "ds-progress-test-util.h"

/*
 * Progress backups: exported as JSON, imported back (merged: the newest
 * review of a card wins), and anything that is not a good backup refused
 * with an error that says where, changing nothing.
 */

typedef struct {
  DsTestProfile  profile;
  DsProgress    *progress;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ds_test_profile_init (&f->profile);
  f->progress = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->progress != NULL)
    ds_test_progress_close (f->progress);
  ds_test_profile_clear (&f->profile);
}

static void
study (DsProgress *progress,
       guint       n,
       gint64      start)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%03u", i);

      g_assert_true (ds_test_answer (progress, id, start + i * 60000, i % 4 + 1, NULL));
    }
}

static char *
export (DsProgress *progress)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ds_progress_export_backup (progress, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

/* Everything comes back: cards to the last bit of their doubles, days,
 * suspensions and edits. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  DsTestProfile other;
  DsProgress *restored;
  DsBackupImport result;

  study (f->progress, 40, DS_TEST_T0);
  study (f->progress, 10, DS_TEST_T0 + DS_DAY_MS);
  g_assert_true (ds_progress_set_suspended (f->progress, "card-003", TRUE));
  g_assert_true (ds_progress_set_edit (f->progress, "card-004", "Tanya \"kutip\"?", "Jawab\tya"));
  before = ds_test_describe (f->progress);
  json = export (f->progress);

  root = ds_json_parse (json, strlen (json), "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "format"),
                   ==, "diplostudy-progress");
  g_assert_true (ds_progress_check_backup (json, strlen (json), "backup.json", &error));

  ds_test_profile_init (&other);
  restored = ds_test_progress_open (&other, DS_PROGRESS_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ds_progress_import_backup_data (restored, json, strlen (json), "backup.json",
                                                 &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.cards_taken, ==, 40);
  g_assert_cmpuint (result.days_taken, ==, 2);
  g_assert_cmpuint (result.suspended_added, ==, 1);
  g_assert_cmpuint (result.edits_added, ==, 1);
  after = ds_test_describe (restored);
  g_assert_cmpstr (after, ==, before);

  /* The import went through the log: without GSettings it comes back. */
  ds_test_progress_close (restored);
  g_assert_cmpint (g_remove (other.keyfile), ==, 0);
  restored = ds_test_progress_open (&other, DS_PROGRESS_OPEN_DEFAULT, &error);
  g_assert_true (ds_progress_get_restored (restored));
  g_clear_pointer (&after, g_free);
  after = ds_test_describe (restored);
  g_assert_cmpstr (after, ==, before);
  ds_test_progress_close (restored);
  ds_test_profile_clear (&other);
}

/* Per card the newest review wins; per day the larger count; suspensions
 * and edits are added, never taken away. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  DsTestProfile other;
  DsProgress *mine;
  DsFsrsCard card;
  DsBackupImport result;
  const char *question;

  /* The backup: cards 0–9 reviewed early, card-005 suspended, an edit. */
  study (f->progress, 10, DS_TEST_T0);
  g_assert_true (ds_progress_set_suspended (f->progress, "card-005", TRUE));
  g_assert_true (ds_progress_set_edit (f->progress, "card-006", "Theirs?", "Theirs."));
  g_assert_true (ds_progress_set_edit (f->progress, "card-007", "Theirs?", "Theirs."));
  json = export (f->progress);

  /* Mine: cards 0–4 reviewed later (they win), and my own edit. */
  ds_test_profile_init (&other);
  mine = ds_test_progress_open (&other, DS_PROGRESS_OPEN_DEFAULT, &error);
  study (mine, 5, DS_TEST_T0 + DS_DAY_MS);
  study (mine, 5, DS_TEST_T0 + DS_DAY_MS + DS_HOUR_MS);
  g_assert_true (ds_progress_set_edit (mine, "card-006", "Mine?", "Mine."));

  g_assert_true (ds_progress_import_backup_data (mine, json, strlen (json), "b.json",
                                                 &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.cards_kept, ==, 5);
  g_assert_cmpuint (result.cards_taken, ==, 5);
  g_assert_cmpuint (result.suspended_added, ==, 1);
  g_assert_cmpuint (result.edits_added, ==, 1);

  g_assert_true (ds_progress_get_card (mine, "card-001", &card));
  g_assert_cmpuint (card.reps, ==, 2);
  g_assert_true (ds_progress_get_card (mine, "card-008", &card));
  g_assert_cmpuint (card.reps, ==, 1);
  g_assert_cmpint (card.last_review, ==, DS_TEST_T0 + 8 * 60000);
  g_assert_true (ds_progress_is_suspended (mine, "card-005"));
  g_assert_true (ds_progress_get_edit (mine, "card-006", &question, NULL));
  g_assert_cmpstr (question, ==, "Mine?");
  g_assert_true (ds_progress_get_edit (mine, "card-007", &question, NULL));
  g_assert_cmpstr (question, ==, "Theirs?");

  /* Importing the same again changes nothing. */
  g_assert_true (ds_progress_import_backup_data (mine, json, strlen (json), "b.json",
                                                 &result, &error));
  g_assert_cmpuint (result.cards_taken + result.days_taken + result.suspended_added +
                    result.edits_added, ==, 0);
  ds_test_progress_close (mine);
  ds_test_profile_clear (&other);
}

static const char good_card[] =
  "{\"state\": \"review\", \"stability\": 5.5, \"difficulty\": 4.25, "
  "\"due\": \"2026-01-05T10:00:00.000Z\", \"last_review\": \"2026-01-01T10:00:00.000Z\", "
  "\"reps\": 3, \"lapses\": 1, \"learning_steps\": 0}";

#define DOC(body) "{\"format\": \"diplostudy-progress\", \"version\": 1, " body "}"

static const struct {
  const char *name;
  const char *json;
  const char *words;
} refused[] = {
  { "not JSON", "{\"format\": ", "b.json:" },
  { "not an object", "[1, 2]", "not an object" },
  { "another format", "{\"format\": \"anki\", \"version\": 1}", "not a DiploStudy progress backup" },
  { "a later version", "{\"format\": \"diplostudy-progress\", \"version\": 2}", "version" },
  { "a version as text", "{\"format\": \"diplostudy-progress\", \"version\": \"1\"}", "version" },
  { "cards a list", DOC ("\"cards\": []"), "cards is not an object" },
  { "stability text", DOC ("\"cards\": {\"a\": {\"state\": \"review\", \"stability\": \"x\"}}"),
    "stability is not a number" },
  { "unknown state", DOC ("\"cards\": {\"a\": {\"state\": \"done\"}}"), "state" },
  { "due not a time", DOC ("\"cards\": {\"a\": {\"state\": \"new\", \"stability\": 0, "
                           "\"difficulty\": 0, \"due\": \"tomorrow\"}}"), "due is not a time" },
  { "negative reps", DOC ("\"cards\": {\"a\": {\"state\": \"new\", \"stability\": 0, "
                          "\"difficulty\": 0, \"due\": \"2026-01-01T00:00:00Z\", "
                          "\"last_review\": null, \"reps\": -1}}"), "reps" },
  { "reviewed, never", DOC ("\"cards\": {\"a\": {\"state\": \"review\", \"stability\": 5, "
                            "\"difficulty\": 5, \"due\": \"2026-01-01T00:00:00Z\", "
                            "\"last_review\": null, \"reps\": 1, \"lapses\": 0, "
                            "\"learning_steps\": 0}}"), "scheduler" },
  { "an empty id", DOC ("\"cards\": {\"\": %s}"), "empty" },
  { "no such day", DOC ("\"days\": {\"2026-13-01\": {}}"), "2026-13-01" },
  { "counts", DOC ("\"days\": {\"2026-01-01\": {\"reviews\": 1, \"correct\": 5, \"new_cards\": 0, "
                   "\"review_state_reviews\": 0, \"review_state_passed\": 0}}"), "add up" },
  { "suspended an object", DOC ("\"suspended\": {}"), "suspended is not a list" },
  { "suspended numbers", DOC ("\"suspended\": [1]"), "not a card id" },
  { "edit a number", DOC ("\"edits\": {\"a\": {\"question\": 1, \"answer\": \"x\"}}"), "question" },
  { "one bad card of two", DOC ("\"cards\": {\"good\": %s, \"bad\": {\"state\": 5}}"), "bad" },
};

/* Nothing is imported from a document that is wrong anywhere, and the
 * error says where. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *log = ds_test_profile_log (&f->profile);
  g_autofree char *before = NULL;
  GStatBuf st;
  goffset log_size;

  study (f->progress, 5, DS_TEST_T0);
  before = ds_test_describe (f->progress);
  g_assert_cmpint (g_stat (log, &st), ==, 0);
  log_size = st.st_size;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GString) doc = g_string_new (refused[i].json);
      g_autofree char *json = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_string_replace (doc, "%s", good_card, 0);
      json = g_string_free (g_steal_pointer (&doc), FALSE);
      g_assert_false (ds_progress_import_backup_data (f->progress, json, strlen (json), "b.json",
                                                      NULL, &error));
      g_test_message ("%s: %s", refused[i].name, error->message);
      g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_BACKUP);
      g_assert_nonnull (strstr (error->message, "b.json"));
      g_assert_nonnull (strstr (error->message, refused[i].words));
      g_assert_false (ds_progress_check_backup (json, strlen (json), "b.json", NULL));
      after = ds_test_describe (f->progress);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpint (g_stat (log, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, log_size);
}

/* Deep, huge or UTF-16 files are refused before they are parsed. */
static void
test_hostile_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *deep_path = g_build_filename (f->profile.dir, "deep.json", NULL);
  g_autofree char *huge_path = g_build_filename (f->profile.dir, "huge.json", NULL);
  g_autofree char *wide_path = g_build_filename (f->profile.dir, "wide.json", NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  const char *paths[] = { deep_path, huge_path, wide_path };
  const char *words[] = { "nested", "too large", "UTF-16" };
  int fd;

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "{\"cards\":");
  g_assert_true (g_file_set_contents (deep_path, deep->str, deep->len, NULL));
  fd = g_open (huge_path, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (ftruncate (fd, (off_t) DS_BACKUP_MAX_SIZE + 1), ==, 0);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (wide_path, "\xff\xfe{\0}\0", 6, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (ds_progress_import_backup (f->progress, file, NULL, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, words[i]));
      g_assert_cmpuint (ds_progress_get_n_cards (f->progress), ==, 0);
    }
}

/* A read-only instance (DiploStudy running elsewhere) imports nothing. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  DsProgress *reader;

  study (f->progress, 3, DS_TEST_T0);
  json = export (f->progress);
  reader = ds_test_progress_open (&f->profile, DS_PROGRESS_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  ds_test_progress_close (f->progress);
  f->progress = NULL;

  /* Its own export works while the other one runs. */
  g_free (export (reader));
  g_assert_true (ds_test_answer (reader, "card-009", DS_TEST_T0, 3, NULL) == FALSE);
  g_assert_false (ds_progress_import_backup_data (reader, json, strlen (json), "b.json",
                                                  NULL, &error));
  g_assert_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY);
  ds_test_progress_close (reader);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress-backup/round-trip", test_round_trip);
  ADD ("/progress-backup/merge", test_merge);
  ADD ("/progress-backup/refused", test_refused);
  ADD ("/progress-backup/hostile-files", test_hostile_files);
  ADD ("/progress-backup/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
