/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the deck reader: any bytes; whatever it reads must
 * write back and read again as the same cards.
 */
#include "config.h"

#include "ds-deck-io.h"
#include "fuzz-common.h"

static char *
write_json (GPtrArray *cards,
            gsize     *length)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert (ds_deck_write_json (cards, out, NULL));
  g_assert (g_output_stream_close (out, NULL, NULL));
  *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = ds_deck_read_json ((const char *) data, size, "deck.json", &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *json = NULL;
  gsize length;

  g_assert ((cards == NULL) != (error == NULL));
  if (cards == NULL)
    return 0;

  json = write_json (cards, &length);
  again = ds_deck_read_json (json, length, "again.json", &error);
  g_assert_no_error (error);
  g_assert (again->len == cards->len);
  for (guint i = 0; i < cards->len; i++)
    g_assert (g_str_equal (ds_card_get_id (cards->pdata[i]), ds_card_get_id (again->pdata[i])));
  return 0;
}
