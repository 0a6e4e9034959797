/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the review log's reader: any bytes as a log. Every
 * record it hands out must be sane, and written again as a line it must
 * read back the same.
 */
#include "config.h"

#include <string.h>

#include "ds-review-log-private.h"
#include "fuzz-common.h"

static gboolean
same_cb (const DsReviewRecord *again,
         gpointer              user_data)
{
  const DsReviewRecord *r = user_data;

  g_assert (again->kind == r->kind && again->seq == r->seq && again->time == r->time);
  g_assert (g_strcmp0 (again->card_id, r->card_id) == 0);
  g_assert (g_strcmp0 (again->day, r->day) == 0);
  g_assert (g_strcmp0 (again->question, r->question) == 0);
  g_assert (g_strcmp0 (again->answer, r->answer) == 0);
  g_assert (memcmp (&again->after, &r->after, sizeof r->after) == 0 ||
            (r->kind != DS_REVIEW_ANSWER && r->kind != DS_REVIEW_CARD));
  return TRUE;
}

static gboolean
record_cb (const DsReviewRecord *r,
           gpointer              user_data)
{
  g_autoptr(GString) line = g_string_new (NULL);
  DsReviewLogScan scan;

  if (r->kind == DS_REVIEW_ANSWER || r->kind == DS_REVIEW_CARD)
    g_assert (ds_review_card_is_sane (&r->after));
  if (r->card_id != NULL)
    g_assert (*r->card_id != '\0' && g_utf8_validate (r->card_id, -1, NULL));
  if (r->day != NULL)
    g_assert (ds_review_day_is_valid (r->day));

  _ds_review_format_record (line, r);
  ds_review_log_parse (line->str, line->len, same_cb, (gpointer) r, &scan);
  g_assert (scan.n_records == 1 && !scan.torn && scan.n_damaged == 0);
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  DsReviewLogScan scan;

  ds_review_log_parse ((const char *) data, size, record_cb, NULL, &scan);
  g_assert (scan.good_length <= size);
  return 0;
}
