/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the manifest reader (the user's user-manifest.json
 * and the built-in one): any bytes; every entry it accepts has an id and
 * a file.
 */
#include "config.h"

#include "ds-manifest.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) entries = ds_manifest_parse ((const char *) data, size,
                                                    "user-manifest.json", &error);

  g_assert ((entries == NULL) != (error == NULL));
  if (entries == NULL)
    return 0;

  g_assert (json_array_get_length (entries) <= DS_MANIFEST_MAX_ENTRIES);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      DsManifestEntry entry;

      if (!ds_manifest_get_entry (entries, i, &entry, NULL))
        continue;
      g_assert (*entry.id != '\0' && *entry.file != '\0');
    }
  return 0;
}
