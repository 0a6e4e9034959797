/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ds-progress-test-util.h"
#include "ds-test-disk.h"

void
ds_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          ds_test_remove_tree (child);
        }
    }
  g_remove (path);
}

void
ds_test_profile_init (DsTestProfile *profile)
{
  g_autoptr(GError) error = NULL;

  profile->dir = g_dir_make_tmp ("ds-profile-XXXXXX", &error);
  g_assert_no_error (error);
  profile->keyfile = g_build_filename (profile->dir, "config", "keyfile", NULL);
  profile->data_dir = g_file_new_build_filename (profile->dir, "data", NULL);
}

void
ds_test_profile_clear (DsTestProfile *profile)
{
  ds_test_remove_tree (profile->dir);
  g_assert_false (g_file_test (profile->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&profile->dir, g_free);
  g_clear_pointer (&profile->keyfile, g_free);
  g_clear_object (&profile->data_dir);
}

char *
ds_test_profile_log (DsTestProfile *profile)
{
  return g_build_filename (g_file_peek_path (profile->data_dir), DS_REVIEW_LOG_NAME, NULL);
}

static void
use_utc (DsProgress *progress)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  ds_progress_set_time_zone (progress, utc);
}

DsProgress *
ds_test_progress_open (DsTestProfile        *profile,
                       DsProgressOpenFlags   flags,
                       GError              **error)
{
  g_autoptr(DsSettings) settings = ds_test_keyfile_settings (profile->keyfile);
  DsProgress *progress = ds_progress_open (settings, profile->data_dir, flags, error);

  if (progress != NULL)
    use_utc (progress);
  return progress;
}

DsProgress *
ds_test_progress_new (DsTestProfile *profile)
{
  g_autoptr(DsSettings) settings = ds_test_keyfile_settings (profile->keyfile);
  DsProgress *progress = ds_progress_new (settings);

  use_utc (progress);
  return progress;
}

void
ds_test_progress_close (DsProgress *progress)
{
  DsSettings *settings = g_object_ref (ds_progress_get_settings (progress));

  g_assert_finalize_object (progress);
  g_assert_finalize_object (settings);
}

void
ds_test_fake_review (const DsFsrsCard *before,
             gint64            now,
             DsRating          rating,
             DsFsrsCard       *after)
{
  *after = *before;
  after->state = rating == DS_RATING_AGAIN ? DS_FSRS_LEARNING : DS_FSRS_REVIEW;
  after->stability = before->stability + rating * 1.5;
  after->difficulty = 10.0 - rating * 2.0;
  after->due = now + rating * DS_DAY_MS;
  after->last_review = now;
  after->scheduled_days = after->state == DS_FSRS_REVIEW ? rating : 0;
  after->learning_steps = after->state == DS_FSRS_LEARNING ? 1 : 0;
  after->reps = before->reps + 1;
  if (rating == DS_RATING_AGAIN && before->state == DS_FSRS_REVIEW)
    after->lapses++;
}

gboolean
ds_test_answer (DsProgress  *progress,
                const char  *card_id,
                gint64       now,
                DsRating     rating,
                GError     **error)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (now / 1000);
  DsFsrsCard before, after;

  ds_progress_get_card (progress, card_id, &before);
  ds_test_fake_review (&before, now, rating, &after);
  return ds_progress_record_answer (progress, card_id, &before, &after, rating,
                                    rating >= DS_RATING_GOOD, when, error);
}

static void
describe_card_cb (const char       *card_id,
                  const DsFsrsCard *card,
                  gpointer          user_data)
{
  g_ptr_array_add (user_data,
                   g_strdup_printf ("card %s %d %.17g %.17g %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                    " %u %u %u %u",
                                    card_id, card->state, card->stability, card->difficulty,
                                    card->due, card->last_review, card->scheduled_days,
                                    card->learning_steps, card->reps, card->lapses));
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Days and edits are found by asking: the tests use a known set of ids. */
static void
describe_rest (DsProgress *progress,
               GPtrArray  *lines)
{
  for (int d = -40; d < 40; d++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc ((DS_TEST_T0 + d * DS_DAY_MS) / 1000);
      g_autofree char *key = ds_progress_day_key (progress, when);
      DsDayStats day;

      if (ds_progress_get_day_stats (progress, key, &day))
        g_ptr_array_add (lines, g_strdup_printf ("day %s %u %u %u %u %u", key, day.reviews,
                                                 day.correct, day.new_cards,
                                                 day.review_state_reviews,
                                                 day.review_state_passed));
    }
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%03u", i);
      const char *question, *answer;

      if (ds_progress_is_suspended (progress, id))
        g_ptr_array_add (lines, g_strdup_printf ("suspended %s", id));
      if (ds_progress_get_edit (progress, id, &question, &answer))
        g_ptr_array_add (lines, g_strdup_printf ("edit %s %s|%s", id, question, answer));
    }
}

char *
ds_test_describe (DsProgress *progress)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  ds_progress_foreach_card (progress, describe_card_cb, lines);
  describe_rest (progress, lines);
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

