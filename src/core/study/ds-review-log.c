/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsReviewLog"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-progress.h"
#include "ds-review-log-private.h"

/*
 * The review log's file: opening and locking it, finding where it ends,
 * appending records durably, reading them all back.
 */

/* Opening reads this much of the end to find the last record. */
#define TAIL_SIZE ((gsize) 64 * 1024)
#define CHUNK_SIZE ((gsize) 1024 * 1024)

struct _DsReviewLog
{
  char            *path;
  int              fd;
  gboolean         read_only;
  goffset          size;       /* where the next record goes */
  gboolean         broken;     /* a torn write could not be cut off */
  guint64          last_seq;
  DsReviewLogScan  scan;       /* what opening found */
};

/* ------------------------------------------------------------------ */
/* The file                                                            */

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: the review log's path and why it failed ("No space
   * left on device"). */
  g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOG,
               _("The review log %s could not be written: %s"), name, g_strerror (saved_errno));
}

/* Reads @fd from @offset to its end in chunks, line by line; a line longer
 * than the limit is damage and skipped without being kept. */
static gboolean
read_lines (int      fd,
            goffset  offset,
            DsReviewReader  *reader,
            GError **error)
{
  g_autofree char *buf = g_malloc (CHUNK_SIZE + DS_REVIEW_LOG_MAX_LINE + 2);
  gsize kept = 0;
  gsize base = offset;
  gboolean skipping = FALSE;

  while (!reader->stopped)
    {
      gssize n = pread (fd, buf + kept, CHUNK_SIZE, offset);
      gsize used;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
          return FALSE;
        }
      if (n == 0)
        break;
      offset += n;
      kept += n;
      used = _ds_review_reader_feed (reader, buf, kept, base);
      if (skipping && used > 0)
        skipping = FALSE;
      memmove (buf, buf + used, kept - used);
      kept -= used;
      base += used;
      if (kept > DS_REVIEW_LOG_MAX_LINE)
        {
          /* Too long to be a record: drop what we hold of it. */
          if (!skipping)
            reader->pending_bad++;
          skipping = TRUE;
          base += kept;
          kept = 0;
        }
    }
  _ds_review_reader_finish (reader, kept + (skipping ? 1 : 0));
  return TRUE;
}

/* The first line decides whether this DiploStudy may write the log. */
static gboolean
check_header (DsReviewLog  *self,
              GError      **error)
{
  char first[256];
  gssize n = pread (self->fd, first, sizeof first - 1, 0);
  char *newline;
  DsReviewReader reader;
  DsReviewLogScan scan;

  if (n <= 0)
    return TRUE;
  first[n] = '\0';
  newline = memchr (first, '\n', n);
  if (newline == NULL)
    return TRUE;

  _ds_review_reader_init (&reader, NULL, NULL, &scan);
  *newline = '\0';
  _ds_review_reader_line (&reader, first, newline - first, newline - first + 1);
  if (!scan.newer)
    return TRUE;

  g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_NEWER_LOG,
               _("The review log was written by a newer version of DiploStudy"));
  return FALSE;
}

/* Finds the last good record from the end of the file; only a log whose
 * end is all damage is read in full. */
static gboolean
scan_tail (DsReviewLog  *self,
           GError      **error)
{
  goffset start = MAX (0, self->size - (goffset) TAIL_SIZE);
  DsReviewReader reader;

  if (start > 0)
    {
      char c;

      /* Start after a newline, so that the first line read is whole. */
      while (start < self->size && pread (self->fd, &c, 1, start - 1) == 1 && c != '\n')
        start++;
    }

  _ds_review_reader_init (&reader, NULL, NULL, &self->scan);
  if (!read_lines (self->fd, start, &reader, error))
    return FALSE;
  if (start > 0 && self->scan.last_seq == 0)
    {
      _ds_review_reader_init (&reader, NULL, NULL, &self->scan);
      if (!read_lines (self->fd, 0, &reader, error))
        return FALSE;
    }
  if (self->scan.good_length == 0 && start > 0)
    self->scan.good_length = start;
  self->last_seq = self->scan.last_seq;
  return TRUE;
}

static gboolean
sync_folder (const char  *path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int saved_errno;

  if (fd < 0)
    {
      set_io_error (error, errno, path);
      return FALSE;
    }
  if (fsync (fd) != 0 && errno != EINVAL)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      set_io_error (error, saved_errno, path);
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

/* Writes @data at the end and syncs it; on failure the file is cut back
 * to where it was, so that nothing of it remains to be misread. When even
 * that fails the log takes no more records until it is opened again
 * (which cuts the torn end off), since the next one would be glued to the
 * torn end and lost with it. */
static gboolean
write_synced (DsReviewLog  *self,
              const char   *data,
              gsize         length,
              GError      **error)
{
  gsize done = 0;
  int saved_errno = self->broken ? EIO : 0;

  while (done < length && saved_errno == 0)
    {
      gssize n = write (self->fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        saved_errno = errno;
      else if (n == 0)
        saved_errno = ENOSPC;
      else
        done += n;
    }
  if (saved_errno == 0 && fdatasync (self->fd) != 0)
    saved_errno = errno;
  if (saved_errno == 0)
    {
      self->size += length;
      return TRUE;
    }

  if (done > 0 && ftruncate (self->fd, self->size) != 0)
    self->broken = TRUE;
  set_io_error (error, saved_errno, self->path);
  return FALSE;
}

/* A torn last record (one line at most) is cut off. More than one line
 * of damage at the end is kept for whoever wants to look at it, ended
 * with a newline so that the next record starts a line of its own. */
static gboolean
repair_tail (DsReviewLog  *self,
             GError      **error)
{
  gsize bad = self->size - self->scan.good_length;
  char last = '\n';

  if (!self->scan.torn || bad == 0)
    return TRUE;

  if (bad <= DS_REVIEW_LOG_MAX_LINE)
    {
      g_message ("Cutting a torn record (%" G_GSIZE_FORMAT " bytes) off the end of %s",
                 bad, self->path);
      if (ftruncate (self->fd, self->scan.good_length) != 0 || fdatasync (self->fd) != 0)
        {
          set_io_error (error, errno, self->path);
          return FALSE;
        }
      self->size = self->scan.good_length;
      return TRUE;
    }

  if (pread (self->fd, &last, 1, self->size - 1) == 1 && last != '\n')
    return write_synced (self, "\n", 1, error);
  return TRUE;
}

static gboolean
create_header (DsReviewLog  *self,
               GError      **error)
{
  g_autoptr(GString) header = g_string_new (NULL);

  _ds_review_format_header (header);
  return write_synced (self, header->str, header->len, error) &&
         sync_folder (self->path, error);
}

static gboolean
lock_file (DsReviewLog  *self,
           GError      **error)
{
  if (flock (self->fd, LOCK_EX | LOCK_NB) == 0)
    return TRUE;

  if (errno == EWOULDBLOCK)
    g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOCKED,
                 _("Progress is already open in another DiploStudy window or program; "
                   "close it and try again"));
  else
    set_io_error (error, errno, self->path);
  return FALSE;
}

static gboolean
open_file (DsReviewLog  *self,
           GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  int flags = O_CLOEXEC | O_NOFOLLOW | (self->read_only ? O_RDONLY : O_RDWR | O_CREAT | O_APPEND);
  struct stat st;

  if (!self->read_only && g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }

  self->fd = open (self->path, flags, 0600);
  if (self->fd < 0 && self->read_only && errno == ENOENT)
    return TRUE;
  if (self->fd < 0 || fstat (self->fd, &st) != 0)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_io_error (error, EINVAL, self->path);
      return FALSE;
    }
  self->size = st.st_size;
  return TRUE;
}

DsReviewLog *
ds_review_log_open (const char  *path,
                    gboolean     read_only,
                    GError     **error)
{
  g_autoptr(DsReviewLog) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (DsReviewLog, 1);
  self->path = g_strdup (path);
  self->fd = -1;
  self->read_only = read_only;

  if (!open_file (self, error))
    return NULL;
  if (self->fd < 0)
    return g_steal_pointer (&self);
  if ((!read_only && !lock_file (self, error)) ||
      !check_header (self, error) ||
      !scan_tail (self, error))
    return NULL;
  if (read_only)
    return g_steal_pointer (&self);

  if (!repair_tail (self, error))
    return NULL;
  if (self->size == 0 && !create_header (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ds_review_log_free (DsReviewLog *self)
{
  if (self == NULL)
    return;
  /* Closing the file releases the lock. */
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  g_free (self->path);
  g_free (self);
}

const char *
ds_review_log_get_path (DsReviewLog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

gboolean
ds_review_log_get_read_only (DsReviewLog *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->read_only;
}

const DsReviewLogScan *
ds_review_log_get_scan (DsReviewLog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->scan;
}

guint64
ds_review_log_get_last_seq (DsReviewLog *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_seq;
}

void
ds_review_log_skip_to (DsReviewLog *self,
                       guint64      seq)
{
  g_return_if_fail (self != NULL);

  self->last_seq = MAX (self->last_seq, seq);
}

gboolean
ds_review_log_append (DsReviewLog     *self,
                      DsReviewRecord  *records,
                      guint            n_records,
                      GError         **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint64 seq;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (records != NULL || n_records == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->read_only || self->fd < 0)
    {
      g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_READ_ONLY,
                   _("Progress is open read-only here: changes cannot be saved"));
      return FALSE;
    }

  seq = self->last_seq;
  for (guint i = 0; i < n_records; i++)
    {
      records[i].seq = ++seq;
      _ds_review_format_record (out, &records[i]);
    }
  if (!write_synced (self, out->str, out->len, error))
    return FALSE;
  self->last_seq = seq;
  return TRUE;
}

static gboolean
read_all (DsReviewLog      *self,
          DsReviewReader           *reader,
          GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->fd < 0)
    return TRUE;
  if (read_lines (self->fd, 0, reader, &local_error))
    return TRUE;

  g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOG,
               _("The review log %s could not be read: %s"), self->path, local_error->message);
  return FALSE;
}

gboolean
ds_review_log_read (DsReviewLog         *self,
                    DsReviewRecordFunc   func,
                    gpointer             user_data,
                    DsReviewLogScan     *scan,
                    GError             **error)
{
  DsReviewLogScan local_scan;
  DsReviewReader reader;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  _ds_review_reader_init (&reader, func, user_data, scan != NULL ? scan : &local_scan);
  return read_all (self, &reader, error);
}
