/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gstdio.h>

#include "ds-library.h"
#include "ds-parser.h"

static const struct {
  const char *id;
  const char *title;
} builtin[] = {
  { "000_c499fd7cfa7653f7", "Media Sosial, Aktor Non-Negara, dan Politik di Ruang Siber" },
  { "001_f2b556cc33273b55", "Diplomasi Digital: Bagaimana Teknologi membentuk Hubungan Internasional" },
  { "002_76c904e84322392f", "Teknologi dan Diplomasi: Peluang dan Tantangan di Era Digital" },
  { "003_5cdc93be76772f91", "Peran Media Sosial dalam Diplomasi Modern" },
  { "004_a464b1719aab16d6", "Cyber Diplomacy: Diplomasi di Ruang Siber" },
};

typedef struct {
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->count++;
}

static void
test_builtin (void)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = NULL;
  GListModel *model = G_LIST_MODEL (library);
  ItemsChanged record = { 0 };

  g_signal_connect (library, "items-changed", G_CALLBACK (items_changed_cb), &record);
  g_assert_true (g_list_model_get_item_type (model) == DS_TYPE_ESSAY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_assert_true (ds_library_load_builtin (library, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (builtin));
  g_assert_cmpuint (record.count, ==, 1);
  g_assert_cmpuint (record.added, ==, G_N_ELEMENTS (builtin));

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (model, i);

      g_assert_cmpstr (ds_essay_get_id (essay), ==, builtin[i].id);
      g_assert_cmpstr (ds_essay_get_title (essay), ==, builtin[i].title);
      g_assert_cmpstr (ds_essay_get_language (essay), ==, "id");
      g_assert_cmpuint (ds_essay_get_n_blocks (essay), >, 5);
      /* The title is a property, never part of the text. */
      g_assert_false (g_str_has_prefix (ds_essay_get_text (essay), builtin[i].title));
      g_assert_true (ds_library_lookup (library, builtin[i].id) == essay);
    }

  g_assert_null (g_list_model_get_item (model, G_N_ELEMENTS (builtin)));
  g_assert_null (ds_library_lookup (library, "no-such-essay"));
}

static void
test_add_replaces (void)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) imported = ds_parser_parse ("Isi esai baru.", -1, "baru", &error);
  g_autoptr(DsEssay) replacement = ds_parser_parse ("Isi pengganti.", -1, "002_76c904e84322392f", &error);
  ItemsChanged record = { 0 };

  g_assert_no_error (error);
  g_assert_true (ds_library_load_builtin (library, &error));
  g_signal_connect (library, "items-changed", G_CALLBACK (items_changed_cb), &record);

  ds_library_add (library, imported);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
  g_assert_cmpuint (record.position, ==, 5);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_true (ds_library_lookup (library, "baru") == imported);

  ds_library_add (library, replacement);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
  g_assert_cmpuint (record.position, ==, 2);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_true (ds_library_lookup (library, "002_76c904e84322392f") == replacement);
}

/* Writes @manifest (and the named essay files) into a fresh folder and loads
 * it; returns the library's error, or NULL on success. */
static GError *
load_temp_manifest (const char         *manifest,
                    const char * const *files,
                    DsLibrary          *library)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ds-library-XXXXXX", &error);
  g_autofree char *manifest_path = NULL;
  g_autoptr(GFile) file = NULL;
  GError *load_error = NULL;

  g_assert_no_error (error);
  manifest_path = g_build_filename (dir, "manifest.json", NULL);
  g_file_set_contents (manifest_path, manifest, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; files != NULL && files[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_file_set_contents (path, files[i + 1], -1, &error);
      g_assert_no_error (error);
    }

  file = g_file_new_for_path (manifest_path);
  if (ds_library_load (library, file, &load_error))
    g_assert_null (load_error);
  else
    g_assert_nonnull (load_error);

  for (guint i = 0; files != NULL && files[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_unlink (path);
    }
  g_unlink (manifest_path);
  g_rmdir (dir);

  return load_error;
}

static void
test_manifest_ok (void)
{
  static const char manifest[] =
    "{ \"essays\": ["
    "  { \"id\": \"a\", \"title\": \"Judul Manifest\", \"language\": \"en\", \"file\": \"a.txt\" },"
    "  { \"id\": \"b\", \"title\": \"Judul B\", \"file\": \"b.md\" }"
    "] }";
  static const char * const files[] = {
    "a.txt", "Paragraf satu.\nParagraf dua.",
    "b.md", "# Judul Sendiri\n\nIsi dengan kata yang dan di dalam.",
    NULL,
  };
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = load_temp_manifest (manifest, files, library);
  DsEssay *a;
  DsEssay *b;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);
  a = ds_library_lookup (library, "a");
  b = ds_library_lookup (library, "b");
  g_assert_cmpstr (ds_essay_get_title (a), ==, "Judul Manifest");
  g_assert_cmpstr (ds_essay_get_language (a), ==, "en");
  g_assert_cmpstr (ds_essay_get_text (a), ==, "Paragraf satu.\nParagraf dua.");
  /* The text's own title wins over the manifest's. */
  g_assert_cmpstr (ds_essay_get_title (b), ==, "Judul Sendiri");
  g_assert_cmpstr (ds_essay_get_language (b), ==, "id");
}

static void
assert_manifest_error (const char         *manifest,
                       const char * const *files,
                       const char         *expected_fragment)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GError) error = load_temp_manifest (manifest, files, library);

  g_assert_nonnull (error);
  if (strstr (error->message, expected_fragment) == NULL)
    g_error ("error “%s” does not mention “%s”", error->message, expected_fragment);
  /* A failed load changes nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 0);
}

static void
test_manifest_errors (void)
{
  static const char * const one_file[] = { "ada.txt", "Isi.", NULL };

  assert_manifest_error ("{ \"essays\": [ { \"id\": \"x\", \"title\": \"X\", \"file\": \"hilang.txt\" } ] }",
                         NULL, "hilang.txt");
  assert_manifest_error ("{ \"essays\": [ { \"id\": \"x\", ", NULL, "manifest.json");
  assert_manifest_error ("[1, 2, 3]", NULL, "essays");
  assert_manifest_error ("{ \"essays\": [ { \"title\": \"X\", \"file\": \"ada.txt\" } ] }",
                         one_file, "“id”");
  assert_manifest_error ("{ \"essays\": [ { \"id\": \"x\", \"title\": \"X\" } ] }",
                         one_file, "“file”");
  assert_manifest_error ("{ \"essays\": [ { \"id\": 7, \"file\": \"ada.txt\" } ] }",
                         one_file, "“id”");
  assert_manifest_error ("{ \"essays\": [ \"ada.txt\" ] }", one_file, "not an object");
  assert_manifest_error ("{ \"essays\": [ { \"id\": \"x\", \"file\": \"../ada.txt\" } ] }",
                         one_file, "../ada.txt");
  assert_manifest_error ("{ \"essays\": ["
                         "  { \"id\": \"x\", \"file\": \"ada.txt\" },"
                         "  { \"id\": \"x\", \"file\": \"ada.txt\" } ] }",
                         one_file, "twice");
  assert_manifest_error ("{ \"essays\": [ { \"id\": \"x\", \"file\": \"kosong.txt\" } ] }",
                         (const char * const[]) { "kosong.txt", "  \n\n", NULL }, "kosong.txt");
}

static void
test_missing_manifest (void)
{
  g_autoptr(DsLibrary) library = ds_library_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/ds-manifest.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (ds_library_load (library, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ds-manifest.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library/builtin", test_builtin);
  g_test_add_func ("/library/add-replaces", test_add_replaces);
  g_test_add_func ("/library/manifest/ok", test_manifest_ok);
  g_test_add_func ("/library/manifest/errors", test_manifest_errors);
  g_test_add_func ("/library/manifest/missing", test_missing_manifest);

  return g_test_run ();
}
