/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ds-essay-import.h"
#include "ds-library.h"
#include "ds-parser.h"

#define TXT_NAME "Catatan_diplomasi publik.txt"
#define MD_NAME "cyber-norms.md"

typedef struct {
  char  *tmp;        /* removed at the end, with all it holds */
  GFile *user_dir;   /* tmp/essays: not made until something is imported */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmp = g_dir_make_tmp ("ds-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->user_dir = g_file_new_build_filename (f->tmp, "essays", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_clear_pointer (&dir, g_dir_close);
    }
  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->tmp);
  g_clear_object (&f->user_dir);
  g_free (f->tmp);
}

static GFile *
fixture_file (const char *name)
{
  return g_file_new_build_filename (TEST_DATA_DIR, "import", name, NULL);
}

/* Writes @length bytes of @data to a file in the fixture's folder. */
static GFile *
temp_file (Fixture    *f,
           const char *name,
           const char *data,
           gssize      length)
{
  g_autofree char *path = g_build_filename (f->tmp, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
count_files (GFile *dir)
{
  g_autofree char *path = g_file_get_path (dir);
  GDir *d = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  g_clear_pointer (&d, g_dir_close);
  return n;
}

static DsLibrary *
load_fresh (Fixture  *f,
            GError  **error)
{
  DsLibrary *library = ds_library_new ();
  g_autoptr(GError) builtin_error = NULL;

  g_assert_true (ds_library_load_builtin (library, &builtin_error));
  g_assert_no_error (builtin_error);
  ds_library_load_user (library, f->user_dir, error);
  return library;
}

static void
assert_same_essay (DsEssay *a,
                   DsEssay *b)
{
  g_assert_cmpstr (ds_essay_get_id (a), ==, ds_essay_get_id (b));
  g_assert_cmpstr (ds_essay_get_title (a), ==, ds_essay_get_title (b));
  g_assert_cmpstr (ds_essay_get_language (a), ==, ds_essay_get_language (b));
  g_assert_cmpstr (ds_essay_get_text (a), ==, ds_essay_get_text (b));
  g_assert_cmpuint (ds_essay_get_n_blocks (a), ==, ds_essay_get_n_blocks (b));
  for (guint i = 0; i < ds_essay_get_n_blocks (a); i++)
    {
      g_assert_cmpint (ds_essay_get_block (a, i)->kind, ==, ds_essay_get_block (b, i)->kind);
      g_assert_cmpuint (ds_essay_get_block (a, i)->start, ==, ds_essay_get_block (b, i)->start);
    }
}

/* "user-" + slug + "-" + 8 hex digits. */
static void
assert_id (DsEssay    *essay,
           const char *slug)
{
  const char *id = ds_essay_get_id (essay);
  g_autofree char *prefix = g_strconcat ("user-", slug, "-", NULL);

  g_assert_true (g_str_has_prefix (id, prefix));
  g_assert_cmpuint (strlen (id), ==, strlen (prefix) + 8);
  for (const char *p = id + strlen (prefix); *p; p++)
    g_assert_true (g_ascii_isxdigit (*p) && !g_ascii_isupper (*p));
  g_assert_true (ds_essay_id_is_user (id));
}

/* Imports a .txt and a .md file; a fresh library finds both after the
 * built-in essays, as they were imported. */
static void
test_import_and_reload (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) txt_file = fixture_file (TXT_NAME);
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) txt = NULL;
  g_autoptr(DsEssay) md = NULL;
  g_autoptr(DsLibrary) library = NULL;
  g_autoptr(DsEssay) sixth = NULL;
  g_autoptr(DsEssay) seventh = NULL;
  const DsBlock *block;

  txt = ds_essay_import (txt_file, f->user_dir, &error);
  g_assert_no_error (error);
  md = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_no_error (error);

  /* The .txt has no title line: its file's name, cleaned, is the title. */
  assert_id (txt, "catatan-diplomasi-publik");
  g_assert_cmpstr (ds_essay_get_title (txt), ==, "Catatan diplomasi publik");
  g_assert_cmpstr (ds_essay_get_language (txt), ==, "id");
  g_assert_cmpint (ds_essay_get_block (txt, 1)->kind, ==, DS_BLOCK_HEADING);

  /* The .md's "# " heading is its title; its list and references are read. */
  assert_id (md, "cyber-norms");
  g_assert_cmpstr (ds_essay_get_title (md), ==, "Cyber Norms and Digital Diplomacy");
  g_assert_cmpstr (ds_essay_get_language (md), ==, "en");
  block = ds_essay_get_block (md, 3);
  g_assert_cmpint (block->kind, ==, DS_BLOCK_LIST_ITEM);
  g_assert_cmpint (block->list_style, ==, DS_LIST_BULLET);
  block = ds_essay_get_block (md, ds_essay_get_n_blocks (md) - 1);
  g_assert_cmpint (block->kind, ==, DS_BLOCK_REFERENCE);

  /* A manifest and the two copies. */
  g_assert_cmpuint (count_files (f->user_dir), ==, 3);

  library = load_fresh (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 7);
  sixth = g_list_model_get_item (G_LIST_MODEL (library), 5);
  seventh = g_list_model_get_item (G_LIST_MODEL (library), 6);
  assert_same_essay (sixth, txt);
  assert_same_essay (seventh, md);
}

/* Importing the same content again, under any name, adds nothing. */
static void
test_reimport (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(GFile) renamed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) first = NULL;
  g_autoptr(DsEssay) again = NULL;
  g_autoptr(DsEssay) copy = NULL;
  g_autoptr(DsLibrary) library = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  first = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_no_error (error);
  again = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_no_error (error);
  assert_same_essay (first, again);

  g_assert_true (g_file_load_contents (md_file, NULL, &contents, &length, NULL, NULL));
  renamed = temp_file (f, "another name.md", contents, length);
  copy = ds_essay_import (renamed, f->user_dir, &error);
  g_assert_no_error (error);
  assert_same_essay (first, copy);

  g_assert_cmpuint (count_files (f->user_dir), ==, 2);
  library = load_fresh (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
}

static void
assert_refused (Fixture    *f,
                GFile      *file,
                const char *name,
                GQuark      domain,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_essay_import (file, f->user_dir, &error);

  g_assert_null (essay);
  g_assert_error (error, domain, code);
  g_test_message ("%s: %s", name, error->message);
  g_assert_nonnull (strstr (error->message, name));
  /* Nothing written: not even the folder. */
  g_assert_false (g_file_query_exists (f->user_dir, NULL));
}

/* Bad files are refused with an error that names them; nothing is written. */
static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  static const char invalid_utf8[] = "Paragraf yang baik.\nLalu \xc3\x28 rusak.\n";
  static const char binary[] = "GIF89a\0\0\x01\x02";
  g_autoptr(GFile) utf8 = temp_file (f, "rusak.txt", invalid_utf8, sizeof invalid_utf8 - 1);
  g_autoptr(GFile) bin = temp_file (f, "gambar.md", binary, sizeof binary - 1);
  g_autoptr(GFile) empty = temp_file (f, "kosong.txt", " \n\n \t\n", -1);
  g_autoptr(GFile) missing = g_file_new_build_filename (f->tmp, "tidak-ada.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (f->tmp, "folder.txt", NULL);
  g_autoptr(GFile) huge = temp_file (f, "besar.txt", "", 0);
  g_autofree char *huge_path = g_file_get_path (huge);
  g_autoptr(GError) error = NULL;
  int fd;

  assert_refused (f, utf8, "rusak.txt", DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8);
  assert_refused (f, bin, "gambar.md", DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY);
  assert_refused (f, empty, "kosong.txt", DS_PARSER_ERROR, DS_PARSER_ERROR_EMPTY);
  assert_refused (f, missing, "tidak-ada.txt", G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_file_make_directory (folder, NULL, &error);
  g_assert_no_error (error);
  assert_refused (f, folder, "folder.txt", G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  /* 33 MB without writing them: a sparse file, refused by its size before
   * a byte is read. */
  fd = g_open (huge_path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 33 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);
  assert_refused (f, huge, "besar.txt", DS_PARSER_ERROR, DS_PARSER_ERROR_TOO_LARGE);
}

/* A damaged manifest never keeps the built-in essays from loading, and the
 * next import keeps it aside rather than losing it. */
static void
test_damaged_manifest (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) manifest = g_file_get_child (f->user_dir, DS_USER_MANIFEST_NAME);
  g_autoptr(GFile) broken = g_file_get_child (f->user_dir, DS_USER_MANIFEST_NAME ".broken");
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLibrary) library = NULL;
  g_autoptr(DsLibrary) after = NULL;
  g_autoptr(DsEssay) essay = NULL;

  g_file_make_directory_with_parents (f->user_dir, NULL, &error);
  g_assert_no_error (error);
  g_file_replace_contents (manifest, "{ \"essays\": [ {\"id\": ", 21, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  library = load_fresh (f, &error);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, DS_USER_MANIFEST_NAME));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 5);
  g_clear_error (&error);

  essay = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (broken, NULL));
  after = load_fresh (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after)), ==, 6);
}

/* A bad entry is skipped; the good ones load, and an entry can never
 * replace a built-in essay. */
static void
test_bad_entries (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) manifest = g_file_get_child (f->user_dir, DS_USER_MANIFEST_NAME);
  g_autoptr(GFile) good = g_file_get_child (f->user_dir, "user-good-00000000.txt");
  g_autoptr(GFile) bad = g_file_get_child (f->user_dir, "user-bad-11111111.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLibrary) library = NULL;
  static const char json[] =
    "{ \"essays\": ["
    " { \"id\": \"user-good-00000000\", \"title\": \"Good\", \"file\": \"user-good-00000000.txt\" },"
    " { \"id\": \"user-bad-11111111\", \"file\": \"user-bad-11111111.txt\" },"
    " { \"id\": \"user-gone-22222222\", \"file\": \"user-gone-22222222.txt\" },"
    " { \"id\": \"000_c499fd7cfa7653f7\", \"file\": \"user-good-00000000.txt\" },"
    " 42 ] }";

  g_file_make_directory_with_parents (f->user_dir, NULL, &error);
  g_file_replace_contents (manifest, json, strlen (json), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_file_replace_contents (good, "Paragraf pertama.\n", 18, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_file_replace_contents (bad, "\xff\xfe", 2, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  library = load_fresh (f, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "user-bad-11111111"));
  g_assert_nonnull (strstr (error->message, "user-gone-22222222"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
  g_assert_cmpstr (ds_essay_get_title (ds_library_lookup (library, "user-good-00000000")),
                   ==, "Good");
  g_assert_cmpstr (ds_essay_get_title (ds_library_lookup (library, "000_c499fd7cfa7653f7")),
                   ==, "Media Sosial, Aktor Non-Negara, dan Politik di Ruang Siber");
}

/* No folder, or no manifest: nothing to load, and no error. */
static void
test_nothing_imported (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLibrary) library = load_fresh (f, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 5);
  g_assert_false (g_file_query_exists (f->user_dir, NULL));
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) txt_file = fixture_file (TXT_NAME);
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) txt = ds_essay_import (txt_file, f->user_dir, &error);
  g_autoptr(DsEssay) md = ds_essay_import (md_file, f->user_dir, &error);
  g_autoptr(DsLibrary) library = NULL;

  g_assert_no_error (error);
  g_assert_true (ds_essay_remove_user (ds_essay_get_id (txt), f->user_dir, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (f->user_dir), ==, 2);

  library = load_fresh (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
  g_assert_null (ds_library_lookup (library, ds_essay_get_id (txt)));
  g_assert_nonnull (ds_library_lookup (library, ds_essay_get_id (md)));

  g_assert_true (ds_library_remove (library, ds_essay_get_id (md)));
  g_assert_false (ds_library_remove (library, ds_essay_get_id (md)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 5);

  /* Removed twice, or a built-in essay: an error, and nothing changes. */
  g_assert_false (ds_essay_remove_user (ds_essay_get_id (txt), f->user_dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ds_essay_remove_user ("000_c499fd7cfa7653f7", f->user_dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  /* Imported again, it comes back under the same id. */
  g_clear_object (&txt);
  txt = ds_essay_import (txt_file, f->user_dir, &error);
  g_assert_no_error (error);
  assert_id (txt, "catatan-diplomasi-publik");
  g_assert_cmpuint (count_files (f->user_dir), ==, 3);
}

static void
add_test (const char *name,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/import/txt-and-md", test_import_and_reload);
  add_test ("/import/reimport", test_reimport);
  add_test ("/import/bad-files", test_bad_files);
  add_test ("/import/damaged-manifest", test_damaged_manifest);
  add_test ("/import/bad-entries", test_bad_entries);
  add_test ("/import/nothing-imported", test_nothing_imported);
  add_test ("/import/remove", test_remove);

  return g_test_run ();
}
