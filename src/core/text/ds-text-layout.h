/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Private to the parser: how a text is laid out in lines. An essay saved
 * from a web page or a word processor has one paragraph per line; text
 * copied out of a PDF is hard-wrapped, its lines broken wherever the page
 * was full. The parser joins wrapped lines, and only in a text that is
 * wrapped: the scan below decides that once for the whole document.
 */

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gboolean wrapped;             /* paragraphs are broken into lines */
  gboolean hyphenated;          /* ... and words split at line ends */
  gsize    width;               /* the width of a full line, in bytes */
} DsLayout;

/* The lines of a text, split at LF, CR or CRLF, in one pass; or read
 * from a table of them made once (ds_lines_table()), for a text that is
 * read line by line several times. */
typedef struct {
  const char         *s;
  const char         *end;
  const char         *next_lf;
  const char         *next_cr;
  const char * const *table;    /* each line's start and end, or NULL */
  guint               n_table;  /* lines in @table */
  guint               at;
} DsLines;

/* What a hyphen at the end of a line joins. */
typedef enum {
  DS_HYPHEN_NONE,               /* no hyphen fixed to a word */
  DS_HYPHEN_COMPOUND,           /* "negara-negara": the hyphen is a word's */
  DS_HYPHEN_SPLIT,              /* "kebi-jakan": maybe the typesetter's */
  DS_HYPHEN_PREFIX_SPLIT,       /* "ke-bijakan", "mem-perkuat": a prefix no word is, surely the typesetter's */
  DS_HYPHEN_SOFT,               /* "Compu\u00AD" over "ter": a soft hyphen, a split by definition */
} DsHyphen;

/* The words of an input, to ask whether it writes a word elsewhere
 * (ds_text_hyphen_join()): sorted at the first question, for most texts
 * ask none. */
typedef struct {
  const char *data;
  gsize       len;
  char       *keys;             /* a copy: each word ends in a NUL, its first letter in lower case */
  GPtrArray  *words;            /* the words in @keys that open with a letter, sorted */
} DsTextWords;

void      ds_lines_init          (DsLines        *lines,
                                  const char     *s,
                                  const char     *end);
gboolean  ds_lines_next          (DsLines        *lines,
                                  const char    **line,
                                  const char    **line_end);
GArray   *ds_lines_table         (const char     *s,
                                  const char     *end);
void      ds_lines_init_table    (DsLines        *lines,
                                  GArray         *table);

/* Whether the line [@line, @line_end) is no part of the text's prose (a
 * PDF's page number or running header), for ds_layout_scan() to pass
 * over. */
typedef gboolean (*DsLineFilter) (const char *line,
                                  const char *line_end,
                                  gpointer    data);

void      ds_layout_scan_lines   (DsLines        *lines,
                                  DsLineFilter    skip,
                                  gpointer        data,
                                  DsLayout       *layout);
void      ds_layout_scan         (const char     *s,
                                  const char     *end,
                                  DsLineFilter    skip,
                                  gpointer        data,
                                  DsLayout       *layout);
gboolean  ds_layout_is_full      (const DsLayout *layout,
                                  gsize           width);

gsize     ds_text_line_width     (const char     *s,
                                  const char     *e,
                                  gsize          *indent);
gboolean  ds_text_ends_statement (const char     *s,
                                  gsize           len);
DsHyphen  ds_text_hyphen_at_break (const char    *line,
                                   gsize          line_len,
                                   const char    *next,
                                   gsize          next_len);
void      ds_text_words_init     (DsTextWords    *words,
                                  const char     *data,
                                  gsize           len);
void      ds_text_words_clear    (DsTextWords    *words);
gsize     ds_text_hyphen_join    (const char     *line,
                                  gsize           line_len,
                                  const char     *next,
                                  gsize           next_len,
                                  gboolean        hyphenated,
                                  DsTextWords    *words);

G_END_DECLS
