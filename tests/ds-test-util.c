/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "ds-test-util.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * ds_test_wait_for:
 * @cond: checked before every main loop iteration
 * @data: passed to @cond
 * @ms: the deadline
 *
 * Iterates the default main context until @cond holds or @ms milliseconds
 * have passed.
 *
 * Returns: whether @cond holds at the end
 */
gboolean
ds_test_wait_for (DsTestCondition cond,
                  gpointer        data,
                  guint           ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &timed_out);

  while (!cond (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return cond (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/**
 * ds_test_settle:
 * @ms: how long
 *
 * Lets idle layout, redraws and timeouts run for @ms milliseconds, for
 * what has no condition to wait for (a window's destruction, a pending
 * idle dropping its references).
 */
void
ds_test_settle (guint ms)
{
  ds_test_wait_for (never, NULL, ms);
}

/**
 * ds_test_widget_shown:
 * @widget: (type GtkWidget): the widget
 *
 * A #DsTestCondition: mapped turns true before layout, so a widget counts
 * as shown once it also has a width.
 *
 * Returns: whether @widget is mapped and laid out
 */
gboolean
ds_test_widget_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

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
 * ds_test_buffer_text:
 * @buffer: a text buffer
 * @start: the first character
 * @end: the character after the last
 *
 * Returns: (transfer full): the text of [@start, @end) in @buffer,
 *   hidden text included
 */
char *
ds_test_buffer_text (GtkTextBuffer *buffer,
                     guint          start,
                     guint          end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  return gtk_text_buffer_get_text (buffer, &a, &b, TRUE);
}
