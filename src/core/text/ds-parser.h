/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-essay.h"

G_BEGIN_DECLS

#define DS_PARSER_ERROR (ds_parser_error_quark ())

typedef enum {
  DS_PARSER_ERROR_EMPTY,          /* nothing but white space or debris */
  DS_PARSER_ERROR_INVALID_UTF8,   /* message names the byte offset */
  DS_PARSER_ERROR_BINARY,         /* NUL bytes or control characters */
  DS_PARSER_ERROR_TOO_LARGE,
} DsParserError;

/* Essays larger than this are refused with DS_PARSER_ERROR_TOO_LARGE. */
#define DS_PARSER_MAX_SIZE ((gsize) 256 * 1024 * 1024)

GQuark   ds_parser_error_quark (void);

/*
 * Every non-blank line becomes one block, except lines that go on with the
 * block before them: the wrapped lines of a paragraph in a hard-wrapped text
 * (PDF text; decided once per document), a list item's second line. Markdown
 * "#" headings get their level from the number of '#'; "-", "*", "+" and "•"
 * items are bullets, "1." and "1)" numbered items. In plain text a line is a
 * heading (level 1) when it is short (at most 12 words and 90 characters),
 * starts with a capital, digit or opening quote, does not end in . ! ? , ; :
 * or …, and the next line does not read like a heading too (a heading is
 * followed by body text, a list, or nothing). A numbered line that reads
 * like a heading and is followed by a paragraph, not by the next item, is a
 * sub-heading a level below the current section ("2. Diplomasi Budaya").
 * Bylines, dates, captions and sources are metadata blocks; share buttons,
 * "Baca juga: …" and advertisement slots are removed. "Daftar pustaka",
 * "Referensi", "References", "Bibliography" (and a few more) start the
 * references; each later line is a reference until the next Markdown
 * heading. Characters that look like markup ("<b>", "&amp;") are text.
 *
 * Parses plain text or simple Markdown into an essay. @id names the essay;
 * the title is taken from the text when it has one of its own (a first line
 * that reads as a title, or a Markdown "# " heading at the top), else NULL;
 * the language is detected ("id" or "en") when the text says enough.
 * Never crashes on any input; what it cannot read is a GError.
 */
DsEssay *ds_parser_parse       (const char  *data,
                                gssize       length,
                                const char  *id,
                                GError     **error);

/* Reads and parses a file; the GError names the file. */
DsEssay *ds_parser_parse_file  (GFile       *file,
                                const char  *id,
                                GCancellable *cancellable,
                                GError     **error);

/* "id" or "en": a cheap guess from function words. */
const char *ds_language_detect (const char  *text,
                                gsize        length);

G_END_DECLS
