/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for `diplostudy-cards fsrs-replay`: any bytes as a
 * replay file; what it prints must be JSON. The sanitizer build adds
 * -fsanitize=float-cast-overflow, under which a learning step of
 * 4294967295 minutes used to overflow (issue 11).
 */
#include "config.h"

#include "cli.h"
#include "ds-json.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) printed = NULL;

  if (!fsrs_replay_data ((const char *) data, size, "replay.json", out, &error))
    {
      g_assert (error != NULL);
      return 0;
    }
  printed = ds_json_parse (out->str, out->len, "printed", &error);
  g_assert_no_error (error);
  return 0;
}
