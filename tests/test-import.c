/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ds-essay-import.h"
#include "ds-library.h"
#include "ds-parser.h"
#include "ds-test-core.h"

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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ds_test_remove_tree (f->tmp);
  g_clear_object (&f->user_dir);
  g_free (f->tmp);
}

static GFile *
fixture_file (const char *name)
{
  return g_file_new_build_filename (TEST_DATA_DIR, "import", name, NULL);
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
  renamed = ds_test_write_file (f->tmp, "another name.md", contents, length);
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

/* What the learner reads: what is wrong with the file in words, not where
 * in its bytes (that goes to the terminal). */
static void
assert_said (Fixture    *f,
             GFile      *file,
             const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = ds_essay_import (file, f->user_dir, &error);

  g_assert_null (essay);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

/* Bad files are refused with an error that names them; nothing is written. */
static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  static const char invalid_utf8[] = "Paragraf yang baik.\nLalu \xc3\x28 rusak.\n";
  static const char binary[] = "GIF89a\0\0\x01\x02";
  g_autoptr(GFile) utf8 = ds_test_write_file (f->tmp, "rusak.txt", invalid_utf8, sizeof invalid_utf8 - 1);
  g_autoptr(GFile) bin = ds_test_write_file (f->tmp, "gambar.md", binary, sizeof binary - 1);
  g_autoptr(GFile) empty = ds_test_write_file (f->tmp, "kosong.txt", " \n\n \t\n", -1);
  g_autoptr(GFile) missing = g_file_new_build_filename (f->tmp, "tidak-ada.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (f->tmp, "folder.txt", NULL);
  g_autoptr(GFile) huge = ds_test_write_file (f->tmp, "besar.txt", "", 0);
  g_autofree char *huge_path = g_file_get_path (huge);
  g_autoptr(GError) error = NULL;
  int fd;

  assert_refused (f, utf8, "rusak.txt", DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8);
  assert_refused (f, bin, "gambar.md", DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY);
  assert_said (f, utf8, "“rusak.txt” is not UTF-8 text; save it as UTF-8 and try again");
  assert_said (f, bin, "“gambar.md” is not plain text: DiploStudy imports .txt and .md files");
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
write_user_file (Fixture    *f,
                 const char *name,
                 const char *data,
                 gssize      length)
{
  g_autoptr(GFile) file = g_file_get_child (f->user_dir, name);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (f->user_dir, NULL, NULL);
  g_file_replace_contents (file, data, length < 0 ? strlen (data) : (gsize) length,
                           NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static char *
user_path (Fixture    *f,
           const char *name)
{
  g_autofree char *dir = g_file_get_path (f->user_dir);

  return g_build_filename (dir, name, NULL);
}

/* The built-in essays load whatever the user's manifest is, and the error
 * says what is wrong with it in words. */
static void
assert_manifest_refused (Fixture    *f,
                         const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLibrary) library = load_fresh (f, &error);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, DS_USER_MANIFEST_NAME));
  g_assert_nonnull (strstr (error->message, what));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 5);
}

/* 100,000 nested brackets used to overflow json-glib's recursion at every
 * start; now they are refused before parsing, and the next import keeps
 * the file aside. */
static void
test_deep_manifest (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) json = g_string_new ("{\"essays\": [");
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(GFile) broken = g_file_get_child (f->user_dir, DS_USER_MANIFEST_NAME ".broken");
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  write_user_file (f, DS_USER_MANIFEST_NAME, json->str, json->len);
  assert_manifest_refused (f, "nested");

  essay = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (broken, NULL));
}

/* A named pipe as the manifest used to hang the start. */
static void
test_fifo_manifest (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = user_path (f, DS_USER_MANIFEST_NAME);
  g_autoptr(GFile) md_file = fixture_file (MD_NAME);
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (f->user_dir, NULL, NULL);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_manifest_refused (f, "named pipe");

  /* Importing neither hangs nor replaces what is not a damaged file. */
  essay = ds_essay_import (md_file, f->user_dir, &error);
  g_assert_null (essay);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* A huge manifest is refused by its size before it is read, and one with
 * more entries than anybody imports by their number. */
static void
test_huge_manifest (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = user_path (f, DS_USER_MANIFEST_NAME);
  g_autoptr(GString) json = g_string_new ("{\"essays\": [{}");
  int fd;

  write_user_file (f, DS_USER_MANIFEST_NAME, "{}", 2);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 100 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);
  assert_manifest_refused (f, "too large");

  for (guint i = 0; i < 10000; i++)
    g_string_append (json, ",{}");
  g_string_append (json, "]}");
  write_user_file (f, DS_USER_MANIFEST_NAME, json->str, json->len);
  assert_manifest_refused (f, "10001");
}

#define MANIFEST_ENTRY(id, file) \
  "{\"id\": \"" id "\", \"file\": \"" file "\"},"

/* Only regular files DiploStudy wrote itself are read as essays: a link
 * (to /etc/passwd, say), a pipe, a folder, the manifest itself or any
 * name but the id's own are skipped, each with a message naming it. */
static void
test_hostile_folder (Fixture       *f,
                     gconstpointer  data)
{
  static const char json[] = "{\"essays\": ["
    MANIFEST_ENTRY ("user-link-11111111", "user-link-11111111.txt")
    MANIFEST_ENTRY ("user-pipe-22222222", "user-pipe-22222222.txt")
    MANIFEST_ENTRY ("user-folder-33333333", "user-folder-33333333.md")
    MANIFEST_ENTRY ("user-manifest-44444444", DS_USER_MANIFEST_NAME)
    MANIFEST_ENTRY ("user-other-55555555", "notes.txt")
    MANIFEST_ENTRY ("user-good-00000000", "user-good-00000000.txt")
    "{\"id\": \"user-last-66666666\", \"file\": \"user-last-66666666.txt\"}]}";
  g_autofree char *link_path = user_path (f, "user-link-11111111.txt");
  g_autofree char *pipe_path = user_path (f, "user-pipe-22222222.txt");
  g_autofree char *folder_path = user_path (f, "user-folder-33333333.md");
  g_autofree char *last_path = user_path (f, "user-last-66666666.txt");
  g_autofree char *target = g_build_filename (f->tmp, "secret.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsLibrary) library = NULL;
  static const char * const skipped[] = {
    "user-link-11111111", "user-pipe-22222222", "user-folder-33333333",
    "user-manifest-44444444", "user-other-55555555", "user-last-66666666",
  };

  write_user_file (f, DS_USER_MANIFEST_NAME, json, -1);
  write_user_file (f, "user-good-00000000.txt", "Paragraf pertama.\n", -1);
  write_user_file (f, "notes.txt", "Catatan yang tidak diimpor.\n", -1);
  g_assert_true (g_file_set_contents (target, "Rahasia orang lain.\n", -1, NULL));
  g_assert_cmpint (symlink (target, link_path), ==, 0);
  g_assert_cmpint (mkfifo (pipe_path, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  g_assert_cmpint (symlink (target, last_path), ==, 0);

  library = load_fresh (f, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
  g_test_message ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    {
      g_assert_nonnull (strstr (error->message, skipped[i]));
      g_assert_null (ds_library_lookup (library, skipped[i]));
    }
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_assert_nonnull (strstr (error->message, "named pipe"));
  g_assert_nonnull (ds_library_lookup (library, "user-good-00000000"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 6);
}

/* UTF-16 is named as such, with or without a byte order mark. */
static void
test_utf16 (Fixture       *f,
            gconstpointer  data)
{
  static const char bom[] = "\xff\xfeH\0a\0l\0o\0 \0d\0u\0n\0i\0a\0.\0\n\0";
  static const char plain[] = "H\0a\0l\0o\0 \0d\0u\0n\0i\0a\0 \0y\0a\0n\0g\0.\0\n\0";
  g_autoptr(GFile) with_bom = ds_test_write_file (f->tmp, "windows.txt", bom, sizeof bom - 1);
  g_autoptr(GFile) without = ds_test_write_file (f->tmp, "tanpa-bom.txt", plain, sizeof plain - 1);

  g_autoptr(GError) error = NULL;
  g_autoptr(DsEssay) essay = NULL;

  assert_refused (f, with_bom, "windows.txt", G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  assert_refused (f, without, "tanpa-bom.txt", G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  essay = ds_essay_import (without, f->user_dir, &error);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
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
  add_test ("/import/hostile/deep-manifest", test_deep_manifest);
  add_test ("/import/hostile/fifo-manifest", test_fifo_manifest);
  add_test ("/import/hostile/huge-manifest", test_huge_manifest);
  add_test ("/import/hostile/folder", test_hostile_folder);
  add_test ("/import/hostile/utf16", test_utf16);

  return g_test_run ();
}
