/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the engine: any bytes parsed as an essay, its claims
 * extracted and its cards generated. Nothing may crash, and every card's
 * source span must lie within the essay's text.
 */
#include "config.h"

#include "ds-claims.h"
#include "ds-generator.h"
#include "ds-parser.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DsEssay) essay = ds_parser_parse ((const char *) data, size, "fuzz", NULL);
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  glong length;

  if (essay == NULL)
    return 0;

  length = g_utf8_strlen (ds_essay_get_text (essay), -1);
  claims = ds_claims_extract (essay);
  cards = ds_generator_generate (essay);
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);

      g_assert (ds_card_get_source_start (card) <= ds_card_get_source_end (card));
      g_assert ((glong) ds_card_get_source_end (card) <= length);
      g_assert (g_utf8_validate (ds_card_get_question (card), -1, NULL));
    }
  return 0;
}
