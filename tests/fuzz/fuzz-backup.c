/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for progress backups: any bytes checked as a backup;
 * one that passes is imported into an empty progress (memory settings),
 * exported again, and that export must pass the same check.
 */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "ds-progress.h"
#include "fuzz-common.h"

static void
round_trip (const uint8_t *data,
            size_t         size)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(DsSettings) settings = ds_settings_new_with_backend (backend, NULL);
  g_autoptr(DsProgress) progress = ds_progress_new (settings);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);

  g_assert (ds_progress_import_backup_data (progress, (const char *) data, size, "backup.json",
                                            NULL, &error));
  g_assert (ds_progress_export_backup (progress, out, &error));
  g_assert (g_output_stream_close (out, NULL, NULL));
  g_assert (ds_progress_check_backup (g_memory_output_stream_get_data (memory),
                                      g_memory_output_stream_get_data_size (memory),
                                      "export.json", &error));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;

  if (!ds_progress_check_backup ((const char *) data, size, "backup.json", &error))
    {
      g_assert (error != NULL);
      return 0;
    }
  round_trip (data, size);
  return 0;
}
