/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-progress.h"
#include "ds-time.h"

G_BEGIN_DECLS

/* What the progress and fault tests share: a temporary profile (a keyfile
 * for the settings, a data folder for the review log), answering as the
 * app does, and the whole state as text to compare. */

/* 2026-01-01T10:00:00Z */
#define DS_TEST_T0 G_GINT64_CONSTANT (1767261600000)

typedef struct {
  char  *dir;        /* removed with all it holds */
  char  *keyfile;    /* dir/config/keyfile */
  GFile *data_dir;   /* dir/data */
} DsTestProfile;

void        ds_test_profile_init    (DsTestProfile  *profile);
void        ds_test_profile_clear   (DsTestProfile  *profile);
char       *ds_test_profile_log     (DsTestProfile  *profile);

/* Progress in UTC over the profile's keyfile (ds_test_keyfile_settings()
 * in ds-test-disk.h). */
DsProgress *ds_test_progress_open   (DsTestProfile  *profile,
                                     DsProgressOpenFlags flags,
                                     GError        **error);
DsProgress *ds_test_progress_new    (DsTestProfile  *profile);
void        ds_test_progress_close  (DsProgress     *progress);

/* A stand-in scheduler: these tests are about storage, not FSRS. */
void        ds_test_fake_review     (const DsFsrsCard *before,
                                     gint64          now,
                                     DsRating        rating,
                                     DsFsrsCard     *after);
/* Schedules @card_id with the stand-in and records the answer. */
gboolean    ds_test_answer          (DsProgress     *progress,
                                     const char     *card_id,
                                     gint64          now,
                                     DsRating        rating,
                                     GError        **error);
/* Every card, day, suspension and edit, sorted, one a line. */
char       *ds_test_describe        (DsProgress     *progress);

void        ds_test_remove_tree     (const char     *path);

G_END_DECLS
