/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What the core knows about a language, as data: data/lang/<code>.json,
 * compiled into the core's GResource. A language has classes of words
 * (what a function word does in a sentence: "dalam" is a preposition,
 * "tiga" a count word worth 3), multi-word phrases (cues such as
 * "antara lain") and the templates questions are worded with. A new
 * language is a new file, not edits to every rule; data/lang/README.md
 * describes the format.
 *
 * A DsLang is loaded once, on first use, and lives as long as the process:
 * it is immutable, so any thread may use it.
 */

typedef struct _DsLang DsLang;

/*
 * The classes a word can belong to, one bit each; a word may be in several
 * ("oleh" is a preposition and is followed by a name). The names in the
 * data files are these in lower snake case ("cue_naming", "final_conj").
 */
typedef enum {
  DS_WORD_CUE_NAMING  = G_GUINT64_CONSTANT (1) << 0,  /* yaitu, yakni, meliputi, namely */
  DS_WORD_CUE_DEF     = G_GUINT64_CONSTANT (1) << 1,  /* adalah, merupakan, ialah, is */
  DS_WORD_CUE_EXAMPLE = G_GUINT64_CONSTANT (1) << 2,  /* seperti, misalnya, including */
  DS_WORD_CUE_PAIR    = G_GUINT64_CONSTANT (1) << 3,  /* first word of a two-word cue: mulai, antara */
  DS_WORD_COUNT       = G_GUINT64_CONSTANT (1) << 4,  /* dua, tiga, three: the value is the number */
  DS_WORD_CONNECTIVE  = G_GUINT64_CONSTANT (1) << 5,  /* adapun, jadi, namun, however */
  DS_WORD_DET         = G_GUINT64_CONSTANT (1) << 6,  /* banyak, beberapa, the */
  DS_WORD_ANAPHOR     = G_GUINT64_CONSTANT (1) << 7,  /* ini, itu, tersebut */
  DS_WORD_PREP        = G_GUINT64_CONSTANT (1) << 8,  /* dalam, dari, melalui, of */
  DS_WORD_AUX         = G_GUINT64_CONSTANT (1) << 9,  /* dapat, telah, can, is */
  DS_WORD_CONJ        = G_GUINT64_CONSTANT (1) << 10, /* dan, serta, atau, and */
  DS_WORD_ADV         = G_GUINT64_CONSTANT (1) << 11, /* juga, kini, secara, bahkan */
  DS_WORD_PRONOUN     = G_GUINT64_CONSTANT (1) << 12, /* mereka, kita, they */
  DS_WORD_VAGUE       = G_GUINT64_CONSTANT (1) << 13, /* hal, contoh, definisi: not a term */
  DS_WORD_GOV         = G_GUINT64_CONSTANT (1) << 14, /* pemerintah, kementerian, government */
  DS_WORD_HEAD_CUE    = G_GUINT64_CONSTANT (1) << 15, /* peran, tantangan, role, challenge */
  DS_WORD_REPORT      = G_GUINT64_CONSTANT (1) << 16, /* memperingatkan, menyatakan, warned */
  DS_WORD_ETC         = G_GUINT64_CONSTANT (1) << 17, /* dll, dsb, etc */
  DS_WORD_NOUN        = G_GUINT64_CONSTANT (1) << 18, /* looks like a verb by its prefix but is not */
  DS_WORD_VERB        = G_GUINT64_CONSTANT (1) << 19, /* a verb without a telling prefix */
  DS_WORD_CLAUSE      = G_GUINT64_CONSTANT (1) << 20, /* namun, tetapi: starts a new clause */
  DS_WORD_ABBREV      = G_GUINT64_CONSTANT (1) << 21, /* a period after it ends no sentence */
  DS_WORD_RELATIVE    = G_GUINT64_CONSTANT (1) << 22, /* yang, that, which, who */
  DS_WORD_COUNTRY     = G_GUINT64_CONSTANT (1) << 23, /* a country's first word */
  DS_WORD_THAT        = G_GUINT64_CONSTANT (1) << 24, /* bahwa, that */
  DS_WORD_FINAL_CONJ  = G_GUINT64_CONSTANT (1) << 25, /* hingga, sampai: ends a range */
  DS_WORD_NAME_NOUN   = G_GUINT64_CONSTANT (1) << 26, /* akun, aplikasi, oleh: a name follows */
  DS_WORD_ALIAS       = G_GUINT64_CONSTANT (1) << 27, /* dikenal (dengan nama …), known (as) */
  DS_WORD_ORDINAL     = G_GUINT64_CONSTANT (1) << 28, /* pertama, kedua, first: the value is the rank */
  DS_WORD_QUESTION    = G_GUINT64_CONSTANT (1) << 29, /* apa, siapa, what, who */
  DS_WORD_MAGNITUDE   = G_GUINT64_CONSTANT (1) << 30, /* ribu, juta, persen: the value is the factor */
  DS_WORD_MONTH       = G_GUINT64_CONSTANT (1) << 31, /* januari, january: the value is 1–12 */
  DS_WORD_CURRENCY    = G_GUINT64_CONSTANT (1) << 32, /* rp, rupiah, usd */
  DS_WORD_STOP        = G_GUINT64_CONSTANT (1) << 33, /* a function word no other class names */
  DS_WORD_CATEGORY    = G_GUINT64_CONSTANT (1) << 34, /* upaya, proses, kemampuan: what a definition says X is */
  DS_WORD_QUANT       = G_GUINT64_CONSTANT (1) << 35, /* salah (satu), sebagian, one: a member, not a kind */
  DS_WORD_EVENT       = G_GUINT64_CONSTANT (1) << 36, /* mendirikan, ditandatangani, founded: who did what when */
  DS_WORD_DEFINE_VERB = G_GUINT64_CONSTANT (1) << 37, /* mendefinisikan, diartikan, defines: defines X as */
  DS_WORD_ROLE_VERB   = G_GUINT64_CONSTANT (1) << 38, /* berperan, bertindak, acts: … sebagai/as roles */
  DS_WORD_LAW         = G_GUINT64_CONSTANT (1) << 39, /* uu, undang-undang, perpres, act */
  DS_WORD_UNIT        = G_GUINT64_CONSTANT (1) << 40, /* orang, serangan, kasus: what a figure counts */
  DS_WORD_GENERIC     = G_GUINT64_CONSTANT (1) << 41, /* alasan, langkah, reasons: a head that needs its topic */
  DS_WORD_SUPERLATIVE = G_GUINT64_CONSTANT (1) << 42, /* terbesar, utama, biggest: ranks, does not define */
} DsWordClass;

#define DS_WORD_N_CLASSES 43

/* The classes of function words: a word in any of them carries no content
 * of its own, so sharing it says nothing about two texts. */
#define DS_WORD_FUNCTION                                                      \
  (DS_WORD_CUE_NAMING | DS_WORD_CUE_DEF | DS_WORD_CUE_EXAMPLE |               \
   DS_WORD_CUE_PAIR | DS_WORD_COUNT | DS_WORD_CONNECTIVE | DS_WORD_DET |      \
   DS_WORD_ANAPHOR | DS_WORD_PREP | DS_WORD_AUX | DS_WORD_CONJ | DS_WORD_ADV | \
   DS_WORD_PRONOUN | DS_WORD_VAGUE | DS_WORD_ETC | DS_WORD_CLAUSE |           \
   DS_WORD_ABBREV | DS_WORD_RELATIVE | DS_WORD_THAT | DS_WORD_FINAL_CONJ |    \
   DS_WORD_ORDINAL | DS_WORD_QUESTION | DS_WORD_MAGNITUDE | DS_WORD_CURRENCY | \
   DS_WORD_STOP)

/* The language of @code ("id", "en"), loaded on first use; NULL for a
 * language there is no data file for. */
const DsLang       *ds_lang_get                 (const char   *code);
const char         *ds_lang_get_code            (const DsLang *lang);
/* The Snowball algorithm of the language ("indonesian", "english"). */
const char         *ds_lang_get_stemmer         (const DsLang *lang);

/*
 * The classes of the word of @len bytes at @word (-1: NUL-terminated),
 * compared case-insensitively (any letter, not only ASCII); 0 for a word
 * the language does not list. @value, if not NULL, receives the word's
 * number (a count word's count, an ordinal's rank, a month's number, a
 * magnitude's factor), 0 when it has none.
 */
guint64             ds_lang_lookup              (const DsLang *lang,
                                                 const char   *word,
                                                 gssize        len,
                                                 gint64       *value);

/* Whether some phrase of some list of @lang starts with the word @word
 * (@len bytes, compared with its ASCII letters folded): a word for which
 * this is FALSE starts no entry of any list. */
gboolean            ds_lang_starts_phrase       (const DsLang *lang,
                                                 const char   *word,
                                                 gsize         len);

/* The phrases named @name ("list_examples": "antara lain", …), folded,
 * words separated by single spaces; NULL-terminated, owned by @lang. An
 * empty list for a name the language does not have. */
const char * const *ds_lang_get_phrases         (const DsLang *lang,
                                                 const char   *name);
/* ds_lang_get_phrases() of "id" (@which 0) or "en" (1), for a @name of
 * static storage (a literal), found by its address: asked at every line. */
const char * const *ds_lang_get_shipped_phrases (guint         which,
                                                 const char   *name);
/* ds_lang_get_shipped_phrases(), or an empty list when none of its
 * phrases opens on the byte @c (ASCII letters lowered). */
const char * const *ds_lang_get_shipped_phrases_opening (guint       which,
                                                         const char *name,
                                                         char        c);

/* The template named @name ("question_definition": "Apa yang dimaksud
 * dengan {term}?"), or NULL. */
const char         *ds_lang_get_template        (const DsLang *lang,
                                                 const char   *name);

/* The names of the language's templates, sorted; free with g_strfreev. */
char              **ds_lang_dup_template_names  (const DsLang *lang);

/* The words of @lang in a class of @word_class (folded), sorted; free
 * with g_strfreev. */
char              **ds_lang_dup_class_words     (const DsLang *lang,
                                                 DsWordClass   word_class);

/* The template named @name with its {slots} filled from the NULL-ended
 * pairs of slot names and values that follow; a slot without a value is
 * left empty, doubled spaces that leaves are folded. NULL when @lang has
 * no such template. */
char               *ds_lang_expand              (const DsLang *lang,
                                                 const char   *name,
                                                 ...) G_GNUC_NULL_TERMINATED;

/* The class of a name in a data file ("cue_naming"), 0 for an unknown name;
 * and back. */
DsWordClass         ds_word_class_from_name     (const char   *name);
const char         *ds_word_class_to_name       (DsWordClass   word_class);

/*
 * For tests and tools: a language read from the JSON of a data file, NULL
 * with @error set when the file is malformed (not JSON, a missing field,
 * an unknown class name, a word that is not a single folded word, a value
 * for a word that is not in its class). ds_lang_get() treats such an error
 * in a shipped file as a programming error.
 */
DsLang             *ds_lang_new_from_data       (const char   *data,
                                                 gssize        length,
                                                 GError      **error);
void                ds_lang_free                (DsLang       *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsLang, ds_lang_free)

G_END_DECLS
