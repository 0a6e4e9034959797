/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The shipped languages as C data, generated at build time from
 * data/lang/CODE.json by build-aux/lang-compile.py (ds-lang-compiled.c in the
 * build tree), read by ds-lang.c instead of the JSON.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word with its classes, as bits of the language's @classes (the
 * file's own order), and its value. */
typedef struct {
  const char *word;
  guint64     classes;
  gint64      value;
} DsLangCompiledWord;

typedef struct {
  const char         *name;
  const char * const *phrases;   /* NULL-terminated, in the file's order */
} DsLangCompiledList;

typedef struct {
  const char               *code;
  const char               *name;
  const char               *stemmer;
  const char * const       *classes;    /* NULL-terminated class names */
  const DsLangCompiledWord *words;
  guint                     n_words;
  const DsLangCompiledList *lists;
  guint                     n_lists;
  const char * const       *starts;     /* the first words of the phrases */
  guint                     n_starts;
  const char * const       *templates;  /* name, text, name, text, … */
  guint                     n_templates;
} DsLangCompiled;

/* Ended by an entry whose code is NULL. */
extern const DsLangCompiled ds_lang_compiled[];

G_END_DECLS
