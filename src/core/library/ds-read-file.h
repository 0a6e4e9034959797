/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Reading a file that somebody else may have put there: the CLI's
 * arguments, the user's manifest and essays, backups and decks.
 *
 * The file is opened without blocking, so a named pipe never hangs the
 * caller; anything but a regular file (a folder, a device such as
 * /dev/zero, a pipe, a socket) is refused before a byte is read; a file
 * larger than the limit is refused by its size; and at most limit + 1
 * bytes are ever read, so a file that grows or reports no size cannot make
 * it read more. Every error names the file.
 */

typedef enum {
  DS_READ_FILE_NONE = 0,
  /* Refuse a symbolic link instead of following it (for folders whose
   * files only DiploStudy writes). */
  DS_READ_FILE_NO_SYMLINKS = 1 << 0,
  /* Refuse a file that belongs to another user. */
  DS_READ_FILE_OWN_ONLY = 1 << 1,
} DsReadFileFlags;

/* @contents is NUL-terminated (not counted in @length). Errors are in
 * G_IO_ERROR: NOT_FOUND, IS_DIRECTORY, NOT_REGULAR_FILE, TOO_MANY_LINKS
 * (a symbolic link), PERMISSION_DENIED, MESSAGE_TOO_LARGE, FAILED. */
gboolean ds_read_file          (const char       *path,
                                gsize             max_size,
                                DsReadFileFlags   flags,
                                char            **contents,
                                gsize            *length,
                                GError          **error);

/* Like ds_read_file() for a local GFile; other files (resources) are read
 * with GIO and held to the same size limit. */
gboolean ds_read_gfile         (GFile            *file,
                                gsize             max_size,
                                DsReadFileFlags   flags,
                                char            **contents,
                                gsize            *length,
                                GError          **error);

/* Refuses text DiploStudy cannot read as UTF-8 and says what it is: UTF-16
 * or UTF-32 (by its byte order mark or its zero bytes). @name names the
 * file in the message. Other problems are left to the parser. */
gboolean ds_check_text_encoding (const char      *data,
                                 gsize            length,
                                 const char      *name,
                                 GError         **error);

G_END_DECLS
