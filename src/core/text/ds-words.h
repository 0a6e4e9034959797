/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-lang.h"

G_BEGIN_DECLS

/*
 * The one word normaliser of the core: how texts are folded for comparing,
 * which words carry content, and their stems (Snowball's Indonesian and
 * English stemmers), for extraction, de-duplication, distractors and
 * grading alike.
 *
 * Where @lang may be NULL, NULL means Indonesian and English together: a
 * word is a function word when it is one in either language, and a word's
 * stems are those of both stemmers. That is for texts whose language is
 * not known, such as what a learner typed.
 */

typedef enum {
  DS_FOLD_NONE        = 0,
  /* Diacritics removed ("Élysée" → "elysee"), compatibility forms split
   * (ligatures, full-width letters; NFKD), ß → ss and the like, and
   * apostrophes dropped inside words ("Qur'an" → "quran"). */
  DS_FOLD_STRIP_MARKS = 1 << 0,
} DsFoldFlags;

/*
 * @text in lower case, everything that is neither a letter nor a digit
 * turned into a single space, no space at either end. Without flags this is
 * the normalisation card ids are made of (their SHA-1), so it must never
 * change: progress is kept by card id. Bytes that are not UTF-8 count as
 * U+FFFD.
 */
char     *ds_words_fold            (const char   *text,
                                    DsFoldFlags   flags);

/* The words of a folded @text, split at every space: what
 * g_strsplit (@folded, " ", -1) gives, made faster (the gate and the
 * ranking split every card and claim): one allocation, the array and the
 * words' bytes together. Free with g_free() (g_autofree char **), never
 * with g_strfreev(); a word is no allocation of its own. */
char    **ds_words_split           (const char   *folded);

/* A 64-bit hash of ds_words_fold (@text, DS_FOLD_STRIP_MARKS) mixed into
 * @seed, without building the folded text when @text is plain ASCII: for
 * telling texts apart by what they say, cheaply. */
guint64   ds_words_fold_hash       (const char   *text,
                                    guint64       seed);

/* The stem of a folded word ("kebijakan" → "bijak", "attacks" → "attack"),
 * by Snowball, except that the language's nouns that only look inflected
 * (class "noun": "diplomasi", "media") stay as they are. Safe from any
 * thread: each thread has its own stemmers. */
char     *ds_words_stem            (const DsLang *lang,
                                    const char   *folded_word);

/* Whether a folded word is a function word (DS_WORD_FUNCTION) of @lang. */
gboolean  ds_words_is_stop         (const DsLang *lang,
                                    const char   *folded_word);

/* Whether the @len bytes at @word (any case; -1: up to its NUL) are an
 * English past participle: a word of more than four letters in "-ed"
 * ("adopted"), or one of @lang's phrase list defs_irregular_participle
 * ("held", "set", "struck"). Only English has such words: asked of
 * another language the answer comes from that language's list alone. */
gboolean  ds_words_is_participle   (const DsLang *lang,
                                    const char   *word,
                                    gssize        len);

/* The distinct stems of @text's content words, in order: folded with marks
 * stripped, function words and words under three characters dropped.
 * Never NULL. */
char    **ds_words_content_stems   (const DsLang *lang,
                                    const char   *text);

/*
 * Stems kept for a run that compares many texts (a generation's wrong
 * answers): the same words come back in text after text, and a lookup
 * costs a fraction of Snowball's stemming. Not thread-safe: a run that
 * owns one uses it from its own thread. ds_words_cache_content_stems() is
 * ds_words_content_stems() with the stems of each word taken from @cache.
 */
typedef struct _DsWordsCache DsWordsCache;

DsWordsCache *ds_words_cache_new             (void);
void          ds_words_cache_free            (DsWordsCache *cache);
char        **ds_words_cache_content_stems   (DsWordsCache *cache,
                                              const DsLang *lang,
                                              const char   *text);
/* The content stems of one word of a folding (no space in it), as
 * ds_words_cache_content_stems() gives them for it, into @out (at most
 * two, the cache's own strings, one address a stem while @cache lives);
 * returns how many (0: a stop word or a short one). */
guint         ds_words_cache_word_stems      (DsWordsCache *cache,
                                              const DsLang *lang,
                                              const char   *folded_word,
                                              const char  **out);
/* ds_words_share_content() with the stems taken from @cache. */
gboolean      ds_words_cache_share_content   (DsWordsCache *cache,
                                              const DsLang *lang,
                                              const char   *a,
                                              const char   *b);

/* Whether @a and @b have a content stem in common. */
gboolean  ds_words_share_content   (const DsLang *lang,
                                    const char   *a,
                                    const char   *b);

/* The share of @needle's content stems found among @haystack's, in [0, 1];
 * 0 when @needle has no content word. */
double    ds_words_coverage        (const DsLang *lang,
                                    const char   *needle,
                                    const char   *haystack);

G_END_DECLS
