/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-review-log.h"

G_BEGIN_DECLS

/*
 * Between the review log's records (ds-review-record.c) and its file
 * (ds-review-log.c).
 */

/* Lines arrive one at a time, from a buffer or a file read in chunks. */
typedef struct {
  DsReviewRecordFunc  func;
  gpointer            user_data;
  DsReviewLogScan    *scan;
  guint               pending_bad;  /* damaged lines since the last good one */
  gboolean            stopped;
} DsReviewReader;

void   _ds_review_format_header  (GString              *out);
void   _ds_review_format_record  (GString              *out,
                                  const DsReviewRecord *record);

void   _ds_review_reader_init    (DsReviewReader       *reader,
                                  DsReviewRecordFunc    func,
                                  gpointer              user_data,
                                  DsReviewLogScan      *scan);
/* One complete line (NUL-terminated, changed in place); @line_end is the
 * offset just after its newline. */
void   _ds_review_reader_line    (DsReviewReader       *reader,
                                  char                 *line,
                                  gsize                 length,
                                  gsize                 line_end);
/* Every complete line of @data (changed in place); returns the bytes
 * used. */
gsize  _ds_review_reader_feed    (DsReviewReader       *reader,
                                  char                 *data,
                                  gsize                 length,
                                  gsize                 base);
/* @trailing bytes after the last newline: a torn record. */
void   _ds_review_reader_finish  (DsReviewReader       *reader,
                                  gsize                 trailing);

G_END_DECLS
