/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-test-import.h"
#include "ds-test-util.h"

void
ds_test_import_set_up (DsTestImportFixture *f,
                       const char          *tmp_template)
{
  g_autoptr(GError) error = NULL;

  f->tmp = g_dir_make_tmp (tmp_template, &error);
  g_assert_no_error (error);
  f->user_dir = g_file_new_build_filename (f->tmp, "essays", NULL);
  f->settings = ds_test_settings_new ();
  ds_settings_set_window_state (f->settings, 1000, 700, FALSE);
  f->library = ds_test_library_new ();
  f->session = ds_session_new (f->settings, f->library);
  ds_session_set_user_essay_dir (f->session, f->user_dir);

  f->window = ds_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ds_test_wait_for (ds_test_widget_shown,
                                   ds_reader_page_get_text_view (ds_window_get_reader_page (f->window)),
                                   5000));
}

void
ds_test_import_tear_down (DsTestImportFixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  ds_test_drain ();
  g_clear_object (&f->session);
  g_clear_object (&f->library);
  g_assert_finalize_object (f->settings);
  ds_test_remove_tree (f->tmp);
  g_clear_object (&f->user_dir);
  g_free (f->tmp);
}

void
ds_test_import_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      data)
{
  DsTestImportResult *r = data;

  r->essay = ds_window_import_file_finish (DS_WINDOW (source), result, &r->error);
  r->done = TRUE;
}

gboolean
ds_test_import_finished (gpointer data)
{
  return ((DsTestImportResult *) data)->done;
}

void
ds_test_import (DsTestImportFixture *f,
                GFile               *file,
                DsTestImportResult  *r)
{
  ds_window_import_file (f->window, file, ds_test_import_done_cb, r);
  g_assert_true (ds_test_wait_for (ds_test_import_finished, r, 10000));
  ds_test_wait_frames (GTK_WIDGET (f->window), 2);
}
