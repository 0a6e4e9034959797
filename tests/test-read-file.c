/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-read-file.h"

typedef struct {
  char *tmp;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmp = g_dir_make_tmp ("ds-read-file-XXXXXX", NULL);
  g_assert_nonnull (f->tmp);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *name;
  GDir *dir = g_dir_open (f->tmp, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->tmp, name, NULL);

      if (g_remove (path) != 0)
        g_rmdir (path);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (f->tmp);
  g_free (f->tmp);
}

static char *
fixture_path (Fixture    *f,
              const char *name)
{
  return g_build_filename (f->tmp, name, NULL);
}

static void
assert_refused (const char      *path,
                gsize            max_size,
                DsReadFileFlags  flags,
                int              code,
                const char      *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_false (ds_read_file (path, max_size, flags, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_null (contents);
}

static void
test_regular (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "a.txt");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (path, "halo\0dunia", 10, NULL));
  g_assert_true (ds_read_file (path, 10, DS_READ_FILE_NONE, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 10);
  g_assert_cmpmem (contents, 10, "halo\0dunia", 10);
  g_assert_cmpint (contents[10], ==, '\0');

  /* One byte over the limit, refused by its size. */
  assert_refused (path, 9, DS_READ_FILE_NONE, G_IO_ERROR_MESSAGE_TOO_LARGE, "too large");
}

/* Pipes, folders and devices are refused by what they are, without a byte
 * read: the pipe has no writer and would block a plain open() forever. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *fifo = fixture_path (f, "pipe");
  g_autofree char *dir = fixture_path (f, "folder");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  assert_refused (fifo, 100, DS_READ_FILE_NONE, G_IO_ERROR_NOT_REGULAR_FILE, "named pipe");
  assert_refused (dir, 100, DS_READ_FILE_NONE, G_IO_ERROR_IS_DIRECTORY, "folder");
  assert_refused ("/dev/zero", 100, DS_READ_FILE_NONE, G_IO_ERROR_NOT_REGULAR_FILE, "device");
  assert_refused (f->tmp, 100, DS_READ_FILE_NONE, G_IO_ERROR_IS_DIRECTORY, f->tmp);
}

/* A gigabyte is refused by its size (a sparse file: nothing is written),
 * and a file that reports no size (as /proc does) cannot make the read go
 * past the limit either. */
static void
test_limits (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *huge = fixture_path (f, "huge");
  int fd = g_open (huge, O_WRONLY | O_CREAT, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1024 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);
  assert_refused (huge, 1024 * 1024, DS_READ_FILE_NONE, G_IO_ERROR_MESSAGE_TOO_LARGE, "1.0");
  assert_refused ("/proc/self/status", 16, DS_READ_FILE_NONE,
                  G_IO_ERROR_MESSAGE_TOO_LARGE, "more than");
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *target = fixture_path (f, "target");
  g_autofree char *link = fixture_path (f, "link");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (target, "x", 1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (ds_read_file (link, 10, DS_READ_FILE_NONE, &contents, NULL, NULL));
  assert_refused (link, 10, DS_READ_FILE_NO_SYMLINKS, G_IO_ERROR_TOO_MANY_LINKS,
                  "symbolic link");
  g_assert_cmpint (g_remove (target), ==, 0);
  assert_refused (target, 10, DS_READ_FILE_NONE, G_IO_ERROR_NOT_FOUND, "does not exist");
}

static void
test_encoding (void)
{
  static const struct {
    const char *data;
    gsize       length;
    const char *encoding;   /* NULL: fine */
  } cases[] = {
    { "plain text", 10, NULL },
    { "\xef\xbb\xbfUTF-8 with a BOM", 20, NULL },
    { "\xff\xfeh\0i\0", 6, "UTF-16" },
    { "\xfe\xff\0h\0i", 6, "UTF-16" },
    { "h\0e\0l\0l\0o\0 \0t\0h\0e\0r\0e\0", 22, "UTF-16" },
    { "\0h\0e\0l\0l\0o\0 \0t\0h\0e\0r\0e", 22, "UTF-16" },
    { "\xff\xfe\0\0h\0\0\0", 8, "UTF-32" },
    { "h\0\0\0e\0\0\0l\0\0\0l\0\0\0o\0\0\0", 20, "UTF-32" },
    /* Zeros alone are binary, for the parser to call so. */
    { "\0\0\0\0\0\0\0\0\0\0\0\0", 12, NULL },
    { "GIF89a\0\0\x01\x02\0\0", 12, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = ds_check_text_encoding (cases[i].data, cases[i].length, "f.txt", &error);

      if (cases[i].encoding == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_assert_false (ok);
      g_assert_nonnull (strstr (error->message, cases[i].encoding));
      g_assert_nonnull (strstr (error->message, "f.txt"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/read-file/regular", Fixture, NULL, fixture_set_up, test_regular, fixture_tear_down);
  g_test_add ("/read-file/not-regular", Fixture, NULL, fixture_set_up, test_not_regular, fixture_tear_down);
  g_test_add ("/read-file/limits", Fixture, NULL, fixture_set_up, test_limits, fixture_tear_down);
  g_test_add ("/read-file/links", Fixture, NULL, fixture_set_up, test_links, fixture_tear_down);
  g_test_add_func ("/read-file/encoding", test_encoding);

  return g_test_run ();
}
