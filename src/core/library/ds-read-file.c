/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReadFile"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-read-file.h"

/* Reads are done in pieces of this size at most, so that a file which
 * reports a wrong size never makes us allocate much more than it holds. */
#define CHUNK_SIZE ((gsize) 1024 * 1024)

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *name)
{
  switch (saved_errno)
    {
    case ENOENT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” does not exist"), name);
      break;
    case ELOOP:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                   _("“%s” is a symbolic link; only files DiploStudy wrote itself are read here"),
                   name);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("“%s” may not be read (permission denied)"), name);
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "“%s”: %s", name, g_strerror (saved_errno));
      break;
    }
}

static void
set_too_large (GError     **error,
               const char  *name,
               goffset      size,
               gsize        max_size)
{
  g_autofree char *max = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  if (size < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large (more than %s)"), name, max);
    }
  else
    {
      g_autofree char *actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

      /* Just over the limit both round to the same figure: give bytes. */
      if (g_str_equal (actual, max))
        {
          g_free (actual);
          actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
        }

      /* Translators: a file name, its size ("1.0 GiB") and the largest
       * size allowed ("32.0 MiB"). */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large (%s; at most %s)"), name, actual, max);
    }
}

/* Anything but a regular file is refused by what it is. */
static gboolean
check_type (const struct stat  *st,
            const char         *name,
            GError            **error)
{
  if (S_ISREG (st->st_mode))
    return TRUE;

  if (S_ISDIR (st->st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("“%s” is a folder, not a file"), name);
  else if (S_ISFIFO (st->st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("“%s” is a named pipe, not a file"), name);
  else if (S_ISCHR (st->st_mode) || S_ISBLK (st->st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("“%s” is a device, not a file"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("“%s” is not a regular file"), name);
  return FALSE;
}

static gboolean
check_stat (int               fd,
            gsize             max_size,
            DsReadFileFlags   flags,
            const char       *name,
            GError          **error)
{
  struct stat st;

  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno, name);
      return FALSE;
    }
  if (!check_type (&st, name, error))
    return FALSE;
  if ((flags & DS_READ_FILE_OWN_ONLY) && st.st_uid != getuid ())
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("“%s” belongs to another user"), name);
      return FALSE;
    }
  if ((guint64) st.st_size > max_size)
    {
      set_too_large (error, name, st.st_size, max_size);
      return FALSE;
    }
  return TRUE;
}

/* Reads to the end, but never more than @max_size + 1 bytes. */
static gboolean
read_limited (int          fd,
              gsize        max_size,
              const char  *name,
              GByteArray  *buf,
              GError     **error)
{
  for (;;)
    {
      gsize want = MIN (CHUNK_SIZE, max_size + 1 - buf->len);
      guint old_len = buf->len;
      gssize n;

      g_byte_array_set_size (buf, old_len + want);
      n = read (fd, buf->data + old_len, want);
      g_byte_array_set_size (buf, old_len + MAX (n, 0));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, name);
          return FALSE;
        }
      if (n == 0)
        return TRUE;
      if (buf->len > max_size)
        {
          set_too_large (error, name, -1, max_size);
          return FALSE;
        }
    }
}

gboolean
ds_read_file (const char       *path,
              gsize             max_size,
              DsReadFileFlags   flags,
              char            **contents,
              gsize            *length,
              GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GByteArray) buf = NULL;
  int open_flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
  int fd;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (max_size < G_MAXUINT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_filename_display_name (path);
  if (flags & DS_READ_FILE_NO_SYMLINKS)
    open_flags |= O_NOFOLLOW;

  fd = open (path, open_flags);
  if (fd < 0)
    {
      set_errno_error (error, errno, name);
      return FALSE;
    }

  buf = g_byte_array_new ();
  ok = check_stat (fd, max_size, flags, name, error) &&
       read_limited (fd, max_size, name, buf, error);
  g_close (fd, NULL);
  if (!ok)
    return FALSE;

  if (length != NULL)
    *length = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE);
  return TRUE;
}

gboolean
ds_read_gfile (GFile            *file,
               gsize             max_size,
               DsReadFileFlags   flags,
               char            **contents,
               gsize            *length,
               GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (g_file_peek_path (file) != NULL)
    return ds_read_file (g_file_peek_path (file), max_size, flags, contents, length, error);

  /* A resource: part of the program, so only its size is checked. */
  if (!g_file_load_contents (file, NULL, &data, &len, NULL, error))
    return FALSE;
  if (len > max_size)
    {
      name = g_file_get_parse_name (file);
      set_too_large (error, name, len, max_size);
      return FALSE;
    }
  if (length != NULL)
    *length = len;
  *contents = g_steal_pointer (&data);
  return TRUE;
}

/* Text whose start has zero bytes in every other position and none in the
 * others is UTF-16 without a byte order mark (Latin letters are one byte
 * and a zero); three zeros in four is UTF-32. A binary file full of zeros
 * is neither. */
static const char *
wide_encoding (const guchar *p,
               gsize         length)
{
  gsize n = MIN (length, 64) & ~(gsize) 3;
  guint zeros[4] = { 0, };
  guint quarter = n / 4;

  if (n < 8)
    return NULL;
  for (gsize i = 0; i < n; i++)
    zeros[i % 4] += p[i] == 0;

  if ((zeros[0] == 0 && zeros[1] + zeros[2] + zeros[3] == 3 * quarter) ||
      (zeros[3] == 0 && zeros[0] + zeros[1] + zeros[2] == 3 * quarter))
    return "UTF-32";
  if ((zeros[0] + zeros[2] == 0 && zeros[1] + zeros[3] >= 2 * quarter - 1) ||
      (zeros[1] + zeros[3] == 0 && zeros[0] + zeros[2] >= 2 * quarter - 1))
    return "UTF-16";
  return NULL;
}

gboolean
ds_check_text_encoding (const char  *data,
                        gsize        length,
                        const char  *name,
                        GError     **error)
{
  const guchar *p = (const guchar *) data;
  const char *encoding = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (length >= 4 && ((p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) ||
                      (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff)))
    encoding = "UTF-32";
  else if (length >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
    encoding = "UTF-16";
  else
    encoding = wide_encoding (p, length);

  if (encoding == NULL)
    return TRUE;

  /* Translators: a file name and an encoding ("UTF-16"). */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is %s text; DiploStudy reads UTF-8: save it as UTF-8 and try again"),
               name, encoding);
  return FALSE;
}
