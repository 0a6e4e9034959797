/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-claims.h"

G_BEGIN_DECLS

/*
 * Shared between the claim extractor's files: the word lexicon, the token
 * array a sentence is cut into and the extraction context. Not public API.
 */

/* What a word can do in a sentence, as a bit set. */
enum {
  W_CUE_NAMING   = 1u << 0,  /* yaitu, yakni, meliputi, namely */
  W_CUE_DEF      = 1u << 1,  /* adalah, merupakan, ialah, berarti, is */
  W_CUE_EXAMPLE  = 1u << 2,  /* seperti, misalnya, including */
  W_CUE_PAIR     = 1u << 3,  /* first word of a two-word cue: mulai, antara, … */
  W_COUNT        = 1u << 4,  /* dua, tiga, three */
  W_CONNECTIVE   = 1u << 5,  /* adapun, jadi, namun, however */
  W_DET          = 1u << 6,  /* banyak, beberapa, the */
  W_ANAPHOR      = 1u << 7,  /* ini, itu, tersebut */
  W_PREP         = 1u << 8,  /* dalam, dari, melalui, of */
  W_AUX          = 1u << 9,  /* dapat, telah, can, is */
  W_CONJ         = 1u << 10, /* dan, serta, atau, and */
  W_ADV          = 1u << 11, /* juga, kini, secara, bahkan */
  W_PRONOUN      = 1u << 12, /* mereka, kita, they */
  W_VAGUE        = 1u << 13, /* hal, contoh, definisi: not a term */
  W_GOV          = 1u << 14, /* pemerintah, kementerian, government */
  W_HEAD_CUE     = 1u << 15, /* peran, tantangan, role, challenge */
  W_REPORT       = 1u << 16, /* memperingatkan, menyampaikan, warned */
  W_ETC          = 1u << 17, /* dll, dsb, etc */
  W_NOUN         = 1u << 18, /* looks like a verb by its prefix but is not */
  W_VERB         = 1u << 19, /* a verb without a telling prefix */
  W_CLAUSE       = 1u << 20, /* namun, tetapi, sedangkan: a new clause */
  W_ABBREV       = 1u << 21, /* a period after it ends no sentence */
  W_RELATIVE     = 1u << 22, /* yang, that, which, who */
  W_COUNTRY      = 1u << 23, /* a country's first word */
  W_THAT         = 1u << 24, /* bahwa, bahwasannya, that */
  W_FINAL_CONJ   = 1u << 25, /* hingga, sampai: ends a range */
  W_NAME_NOUN    = 1u << 26, /* akun, aplikasi, oleh: a name follows */
  W_ALIAS        = 1u << 27, /* dikenal (dengan nama …), known (as) */
};

typedef enum {
  TOK_WORD,
  TOK_NUMBER,
  TOK_PUNCT,
} TokType;

typedef struct {
  const char *p;        /* into the essay's text */
  guint       len;      /* bytes */
  guint32     flags;    /* W_* for words */
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
  guint32     flags;      /* W_* of all words, or'ed */
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
