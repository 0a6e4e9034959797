/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-claims.h"
#include "ds-lang.h"

G_BEGIN_DECLS

/*
 * Shared between the claim extractor's files: the word lexicon, the token
 * array a sentence is cut into and the extraction context. Not public API.
 */

/* What a word can do in a sentence, as a bit set: the word classes of the
 * language data (ds-lang.h) under the extractor's short names. */
#define W_CUE_NAMING   DS_WORD_CUE_NAMING
#define W_CUE_DEF      DS_WORD_CUE_DEF
#define W_CUE_EXAMPLE  DS_WORD_CUE_EXAMPLE
#define W_CUE_PAIR     DS_WORD_CUE_PAIR
#define W_COUNT        DS_WORD_COUNT
#define W_CONNECTIVE   DS_WORD_CONNECTIVE
#define W_DET          DS_WORD_DET
#define W_ANAPHOR      DS_WORD_ANAPHOR
#define W_PREP         DS_WORD_PREP
#define W_AUX          DS_WORD_AUX
#define W_CONJ         DS_WORD_CONJ
#define W_ADV          DS_WORD_ADV
#define W_PRONOUN      DS_WORD_PRONOUN
#define W_VAGUE        DS_WORD_VAGUE
#define W_GOV          DS_WORD_GOV
#define W_HEAD_CUE     DS_WORD_HEAD_CUE
#define W_REPORT       DS_WORD_REPORT
#define W_ETC          DS_WORD_ETC
#define W_NOUN         DS_WORD_NOUN
#define W_VERB         DS_WORD_VERB
#define W_CLAUSE       DS_WORD_CLAUSE
#define W_ABBREV       DS_WORD_ABBREV
#define W_RELATIVE     DS_WORD_RELATIVE
#define W_COUNTRY      DS_WORD_COUNTRY
#define W_THAT         DS_WORD_THAT
#define W_FINAL_CONJ   DS_WORD_FINAL_CONJ
#define W_NAME_NOUN    DS_WORD_NAME_NOUN
#define W_ALIAS        DS_WORD_ALIAS

typedef enum {
  TOK_WORD,
  TOK_NUMBER,
  TOK_PUNCT,
} TokType;

typedef struct {
  const char *p;        /* into the essay's text */
  guint       len;      /* bytes */
  guint64     flags;    /* W_* for words */
  guint8      type;     /* TokType */
  guint8      cap;      /* starts with an upper-case letter */
  guint8      value;    /* count words: the number */
  guint8      verb;     /* looks like a verb */
  guint8      used;     /* consumed by a claim already */
  gunichar    ch;       /* punctuation: the character */
} Tok;

/* A sentence of a block, cut into tokens. */
typedef struct {
  const char *p;        /* bytes, trimmed */
  const char *end;
  guint       start;    /* characters */
  guint       end_char;
  Tok        *toks;
  guint       n;
  /* What the tokens hold, so that a rule can skip a sentence at once. */
  guint64     flags;      /* W_* of all words, or'ed */
  guint       n_commas;
  guint       cap_run;    /* the longest run of capitalised words */
  guint       cur_run;
  gboolean    has_digit;
  gboolean    has_at;
  gboolean    has_bracket;
  gboolean    has_marker; /* a short word or number before "." or ")" */
  gboolean    has_colon;
  gboolean    has_quote;
  guint64     hash;       /* of the sentence's bytes */
} Sent;

typedef struct {
  DsEssay    *essay;
  const char *essay_id;
  gboolean    english;
  char       *title;
  GPtrArray  *claims;
  GHashTable *seen;         /* normalised claim keys */
  char       *topic;
  gboolean    head_cue;     /* the heading names a role or a challenge */
  GArray     *toks;         /* reused token buffer */
  GString    *scratch;
  /* The previous sentence, for "Hal ini …" and list intros. */
  const char *prev_p;
  const char *prev_end;
  guint       prev_start;
  guint       prev_end_char;
  const char *prev2_p;        /* the one before it */
  const char *prev2_end;
  guint       sentence_first_claim;
  GHashTable *sentences;    /* hashes of the sentences analysed */
} Ctx;

void      ds_lexicon_classify   (Tok        *tok,
                                 gboolean    english);

/* Case-insensitive comparison of an ASCII word token with @word; inline so
 * that the length of a literal is known at compile time. */
static inline gboolean
ds_lexicon_is (const Tok  *tok,
               const char *word)
{
  gsize len = __builtin_strlen (word);

  if (tok->type != TOK_WORD || tok->len != len || (tok->p[0] | 0x20) != word[0])
    return FALSE;
  for (gsize i = 1; i < len; i++)
    {
      char c = tok->p[i];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if (c != word[i])
        return FALSE;
    }
  return TRUE;
}
/* Whether tokens @i and @i + 1 of @s are the words @first and @second
 * ("antara lain", "such as"). */
static inline gboolean
toks_pair_is (const Sent *s,
              guint       i,
              const char *first,
              const char *second)
{
  return i + 1 < s->n && ds_lexicon_is (&s->toks[i], first) &&
         ds_lexicon_is (&s->toks[i + 1], second);
}

gboolean  ds_lexicon_is_country (const Tok  *toks,
                                 guint       n,
                                 guint       i);

/* ds-claims.c: helpers the rule files share. */
DsClaim  *claim_new             (Ctx        *ctx,
                                 DsClaimKind kind,
                                 const Sent *s);
gboolean  claim_commit          (Ctx        *ctx,
                                 DsClaim    *claim);
void      claim_add_item        (DsClaim    *claim,
                                 const Sent *s,
                                 const char *a,
                                 const char *b);
guint     sent_char_at          (const Sent *s,
                                 const char *q);
char     *toks_dup              (const Sent *s,
                                 guint       i,
                                 guint       j);
void      toks_mark_used        (Sent       *s,
                                 guint       i,
                                 guint       j);
gboolean  tok_is_punct          (const Tok  *t,
                                 gunichar    ch);
gboolean  tok_nounish           (const Tok  *t);
guint     np_start              (const Sent *s,
                                 guint       lo,
                                 guint       hi,
                                 guint      *end);
char     *phrase_dup            (const Sent *s,
                                 guint       i,
                                 guint       j,
                                 gboolean    lower_first);

/* ds-claims-lists.c */
void      find_marker_list      (Ctx        *ctx,
                                 Sent       *s);
void      find_cue_lists        (Ctx        *ctx,
                                 Sent       *s);
void      find_action_list      (Ctx        *ctx,
                                 Sent       *s);
void      list_describe_intro   (Ctx        *ctx,
                                 Sent       *intro,
                                 DsClaim    *claim);

/* ds-claims-facts.c */
void      find_definitions      (Ctx        *ctx,
                                 Sent       *s);
void      find_facts            (Ctx        *ctx,
                                 Sent       *s);

G_END_DECLS
