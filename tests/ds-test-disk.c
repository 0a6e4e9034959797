/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_SETTINGS_ENABLE_BACKEND
#include <errno.h>
#include <fcntl.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include "ds-test-disk.h"

static gboolean can_mount;

void
ds_test_private_mounts (void)
{
  can_mount = geteuid () == 0 && unshare (CLONE_NEWNS) == 0 &&
              mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
}

char *
ds_test_mount_tmpfs (const char *dir,
                     guint       kib)
{
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0700", kib);

  if (!can_mount)
    {
      g_test_skip ("needs root to mount a small tmpfs (CI runs as root)");
      return NULL;
    }
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (mount ("tmpfs", dir, "tmpfs", 0, options), ==, 0);
  return g_strdup (dir);
}

void
ds_test_unmount (const char *dir)
{
  g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
}

void
ds_test_remount (const char *dir,
                 gboolean    read_only)
{
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | (read_only ? MS_RDONLY : 0), NULL),
                   ==, 0);
}

char *
ds_test_fill_disk (const char *dir)
{
  char *path = g_build_filename (dir, "filler", NULL);
  char block[4096] = { 0, };
  int fd = g_open (path, O_WRONLY | O_CREAT, 0600);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  g_close (fd, NULL);
  return path;
}

DsSettings *
ds_test_keyfile_settings (const char *keyfile)
{
  g_autoptr(GSettingsBackend) backend = g_keyfile_settings_backend_new (keyfile, "/", NULL);
  g_autoptr(GError) error = NULL;
  DsSettings *settings = ds_settings_new_with_backend (backend, &error);

  g_assert_no_error (error);
  return settings;
}
