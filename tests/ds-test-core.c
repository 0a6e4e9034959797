/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <glib/gstdio.h>

#include "ds-test-core.h"

/**
 * ds_test_settings_new:
 *
 * Settings over a fresh memory backend: nothing persists, and no two
 * tests share a value.
 *
 * Returns: (transfer full): the settings
 */
DsSettings *
ds_test_settings_new (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  DsSettings *settings = ds_settings_new_with_backend (backend, &error);

  g_assert_no_error (error);
  return settings;
}

/**
 * ds_test_library_new:
 *
 * Returns: (transfer full): a library of the built-in essays
 */
DsLibrary *
ds_test_library_new (void)
{
  g_autoptr(GError) error = NULL;
  DsLibrary *library = ds_library_new ();

  ds_library_load_builtin (library, &error);
  g_assert_no_error (error);
  return library;
}

/**
 * ds_test_card_new:
 *
 * Returns: (transfer full): a card of @essay_id under @topic (may be NULL)
 */
DsCard *
ds_test_card_new (const char *id,
                  const char *essay_id,
                  const char *topic,
                  DsCardKind  kind,
                  const char *question,
                  const char *answer)
{
  DsCard *card = ds_card_new (id, essay_id, kind, question, answer);

  ds_card_set_topic (card, topic);
  return card;
}

/**
 * ds_test_deck_new:
 * @settings: where the progress is kept
 * @cards: (element-type DsCard): the deck's cards
 *
 * Returns: (transfer full): a deck of @cards over a new DsProgress
 */
DsDeck *
ds_test_deck_new (DsSettings *settings,
                  GPtrArray  *cards)
{
  g_autoptr(DsProgress) progress = ds_progress_new (settings);
  DsDeck *deck = ds_deck_new (progress);

  ds_deck_set_cards (deck, cards);
  return deck;
}

/**
 * ds_test_write_file:
 * @dir: a test's own folder
 * @name: the file's name in it
 * @contents: what to write
 * @length: its length, or -1 for a string
 *
 * Returns: (transfer full): the file written
 */
GFile *
ds_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/**
 * ds_test_remove_tree:
 * @path: a test's own folder
 *
 * Removes @path and everything in it; a link is removed, never followed.
 */
void
ds_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          ds_test_remove_tree (child);
        }
      g_clear_pointer (&dir, g_dir_close);
    }
  g_remove (path);
}

/**
 * ds_test_clock_ms:
 * @now_ms: (type gint64): a count of milliseconds the test moves by hand
 *
 * A #DsClockFunc that reads @now_ms.
 */
gint64
ds_test_clock_ms (gpointer now_ms)
{
  return *(gint64 *) now_ms * DS_MS_US;
}

/**
 * ds_test_clock_us:
 * @now_us: (type gint64): a count of microseconds the test moves by hand
 *
 * A #DsClockFunc that reads @now_us.
 */
gint64
ds_test_clock_us (gpointer now_us)
{
  return *(gint64 *) now_us;
}

/**
 * ds_test_question_slide:
 * @text: the question
 * @choices: its options, %NULL-terminated
 * @right: the right one's index, or -1
 *
 * A quiz question slide made by hand, as presentation mode shows it.
 *
 * Returns: (transfer full): the slide
 */
DsSlide *
ds_test_question_slide (const char         *text,
                        const char * const *choices,
                        int                 right)
{
  DsSlide *slide = ds_slide_new (DS_SLIDE_QUESTION, text);

  g_strfreev (slide->choices);
  slide->choices = g_strdupv ((char **) choices);
  slide->correct_choice = right;
  return slide;
}
