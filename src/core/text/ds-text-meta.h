/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Private to the parser: lines about an article rather than of it. Bylines,
 * dates, photo captions and sources stay in the text (the reader shows them
 * quietly) but are no prose to study; a news dateline ("JAKARTA, KOMPAS.com
 * – ") opens a paragraph whose prose starts after it.
 */

#include <glib.h>

G_BEGIN_DECLS

gboolean ds_text_is_metadata     (const char *s,
                                  gsize       len);
gsize    ds_text_dateline_length (const char *s,
                                  gsize       len);
gboolean ds_text_is_names_line   (const char *s,
                                  gsize       len);
gboolean ds_text_is_release_label (const char *s,
                                   gsize       len);
const char *ds_text_byline_name  (const char *s,
                                  gsize       len,
                                  gsize      *name_len);
gboolean ds_text_is_name_number_line (const char *s,
                                      gsize       len);
gboolean ds_text_is_footnote     (const char *s,
                                  gsize       len,
                                  gboolean    marked);
gboolean ds_text_is_course_admin (const char *s,
                                  gsize       len);
gboolean ds_text_is_front_matter_line (const char *s,
                                       gsize       len);
gboolean ds_text_is_journal_masthead (const char *s,
                                      gsize       len,
                                      const char *next,
                                      gsize       next_len);
gboolean ds_text_is_reference_line (const char *s,
                                    gsize       len);
gboolean ds_text_is_bold_line    (const char *s,
                                  gsize       len);
gboolean ds_text_is_field_value  (const char *s,
                                  gsize       len);
gboolean ds_text_is_author_note  (const char *s,
                                  gsize       len,
                                  const char *name,
                                  gsize       name_len);

G_END_DECLS
