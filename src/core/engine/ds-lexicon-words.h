/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The lexicon's table of an essay's spellings (ds-lexicon.c), in a header
 * of its own so that the tokenizer (ds-sentence.c) classifies a word
 * inline: _ds_lexicon_classify() is asked of every word of every sentence
 * cut, and as a call to another file it cost a call, a frame and its
 * registers saved and restored per word (about a fifth of it), with the
 * token's fields written twice. A spelling seen before is found here; a
 * new one is made out of line, in ds-lexicon.c. Only the lexicon and the
 * tokenizer include this.
 */
#pragma once

#include "ds-claims-private.h"

G_BEGIN_DECLS

/* What the lexicon says about one spelling of a word. An essay repeats
 * its words, so a run keeps one of these per spelling (in ctx->words, by
 * the word's bytes) and looks a word up in the language data, folds it and
 * guesses whether it is a verb only the first time it comes. Everything in
 * it follows from the bytes and the essay's language alone; only whether a
 * capitalised "-ed" word is a verb depends on where it stands. */
/* What a list of other forms gave for a word (ds_lexicon_other_forms()):
 * rules ask a few lists (decision, stance, duty verbs) of every word of a
 * sentence, so each spelling keeps the answer of each. */
#define FORMS_SEEN 8

typedef struct {
  GHashTable *list;       /* NULL: unused */
  const char *rest;
} FormsSeen;

/* A record starts on a cache line, and what a lookup and a token read of
 * it (hash, length, first bytes, classes) fits in that line. */
struct _LexWord {
  LexWordPhrases phrases; /* first: the inline phrase test reads it */
  guint64     head;     /* its first eight bytes (spelling_head()) */
  guint64     flags;
  guint8      value;
  guint8      verb;       /* looks like a verb */
  guint8      verb_lower; /* an English "-ed" word: a verb unless capitalised */
  guint8      countable;  /* counted for the ranking, under its folded form */
  guint8      phrase;     /* some phrase of the language starts with it */
  const char *p;        /* the key: the bytes below */
  guint       len;
  guint      *count;      /* its counter in ctx->freq, once counted */
  FormsSeen   forms[FORMS_SEEN];  /* what lists of other forms gave for it */
  char        bytes[];
};

typedef LexWord Word;

/* The run's spellings: an open-addressing table (linear probing, at most
 * half full), since it is asked for every word of an essay and a GHashTable
 * lookup through its hash and equality callbacks cost three times as
 * much. */
struct _LexWords {
  Word   **slots;
  guint    mask;
  guint    n;
  /* The records, cut from blocks of zeroed memory, each on its own cache
   * lines (an aligned allocation apiece cost ~700 instructions). */
  char    *arena;
  gsize    arena_left;
  GSList  *blocks;
};

#define LEX_WORDS_MIN_SLOTS 1024
#define LEX_ARENA_BYTES     16384

/* The key is the spelling as written. Its first eight bytes as a number
 * (zero past its end): most words are no longer, so that telling two
 * spellings apart is mostly comparing two numbers. The text goes on to
 * @limit, and when eight bytes are there they are read at once. */
static inline guint64
spelling_head (const char *p,
               guint       len,
               const char *limit)
{
  guint64 v = 0;

  if (limit - p >= 8)
    {
      memcpy (&v, p, 8);
      v = GUINT64_FROM_LE (v);
      return len >= 8 ? v : v & ((G_GUINT64_CONSTANT (1) << (8 * len)) - 1);
    }
  for (guint i = 0; i < MIN (len, 8); i++)
    v |= (guint64) (guchar) p[i] << (8 * i);
  return v;
}

/* A hash of the spelling, eight bytes at a time: a word costs one or two
 * multiplications rather than one per byte. */
static inline guint32
spelling_hash (const char *p,
               guint       len,
               guint64     head,
               const char *limit)
{
  const guint64 k = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 h = (head ^ len) * k;

  for (guint i = 8; i < len; i += 8)
    h = (h ^ spelling_head (p + i, len - i, limit)) * k;
  return (guint32) (h >> 32);
}

static inline gboolean
spelling_is (const Word *w,
             const char *p,
             guint       len,
             guint64     head)
{
  return w->head == head && w->phrases.len == len && (len <= 8 || memcmp (w->p + 8, p + 8, len - 8) == 0);
}

/* The slot of the spelling @p with @hash: its word, or the empty slot
 * where it goes. */
static inline Word **
lex_words_slot (LexWords   *words,
                const char *p,
                guint       len,
                guint32     hash,
                guint64     head)
{
  for (guint i = hash & words->mask;; i = (i + 1) & words->mask)
    {
      Word *w = words->slots[i];

      if (w == NULL || (w->phrases.hash == hash && spelling_is (w, p, len, head)))
        return &words->slots[i];
    }
}

Word   *_ds_lexicon_word_add     (Ctx          *ctx,
                                  Word        **slot,
                                  const char   *p,
                                  guint         len,
                                  guint32       hash,
                                  guint64       head);
void    _ds_lexicon_count_first  (Ctx          *ctx,
                                  Word         *w);

static inline __attribute__ ((always_inline)) Word *
word_lookup (Ctx        *ctx,
             const char *p,
             guint       len,
             const char *limit)
{
  guint64 head = spelling_head (p, len, limit);
  guint32 hash = spelling_hash (p, len, head, limit);
  Word **slot = lex_words_slot (ctx->words, p, len, hash, head);

  if (G_LIKELY (*slot != NULL))
    return *slot;
  return _ds_lexicon_word_add (ctx, slot, p, len, hash, head);
}

/* What the lexicon says of the token @tok, written into it; the text it
 * stands in may be read up to @limit (a sentence's end). */
static inline __attribute__ ((always_inline)) void
_ds_lexicon_classify (Ctx        *ctx,
                      Tok        *tok,
                      const char *limit)
{
  Word *w;

  tok->flags = 0;
  tok->value = 0;
  tok->verb = FALSE;

  if (tok->type != TOK_WORD)
    {
      ctx->n_words += ctx->counting && tok->type == TOK_NUMBER;
      return;
    }

  w = word_lookup (ctx, tok->p, tok->len, limit);
  tok->flags = w->flags;
  tok->value = w->value;
  tok->verb = w->verb || (w->verb_lower && !tok->cap);
  tok->phrase = w->phrase;
  tok->word = w;
  if (ctx->counting)
    {
      ctx->n_words++;
      /* Counts how often each content word comes, for the ranking: a
       * term the essay keeps coming back to is central to it. A
       * spelling's first count finds its counter out of line. */
      if (w->countable)
        {
          if (G_LIKELY (w->count != NULL))
            (*w->count)++;
          else
            _ds_lexicon_count_first (ctx, w);
        }
    }
}

G_END_DECLS
