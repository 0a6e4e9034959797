/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-settings.h"

G_BEGIN_DECLS

/*
 * Disks that fill up or turn read-only, for the fault tests: small tmpfs
 * mounts in a mount namespace of the test's own (they vanish with it),
 * which needs root — as CI runs. And settings in a keyfile of the test's.
 */

/* Call first in main(), before any thread starts: mounts made afterwards
 * stay in this process. */
void        ds_test_private_mounts   (void);
/* A tmpfs of @kib KiB on @dir (made first); returns a copy of @dir to
 * unmount, or NULL, with the test skipped, where mounting is not
 * possible. */
char       *ds_test_mount_tmpfs      (const char *dir,
                                      guint       kib);
void        ds_test_unmount          (const char *dir);
void        ds_test_remount          (const char *dir,
                                      gboolean    read_only);
/* Fills the file system holding @dir to the last byte; returns the
 * filler's path (remove it to free the space). */
char       *ds_test_fill_disk        (const char *dir);
/* Settings over the keyfile @keyfile. */
DsSettings *ds_test_keyfile_settings (const char *keyfile);

G_END_DECLS
