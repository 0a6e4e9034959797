/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, contrasts: two (or three) named things set against
 * each other, asked as "Apa perbedaan A dengan B?" / "How does A differ
 * from B?" and answered by what the text says of each side.
 *
 *   "A berbeda dengan B: …", "A differs from B in that …"
 *   "A menekankan …, sedangkan B menekankan …" — halves made parallel by
 *   one verb, which is what tells a contrast from "while the talks went
 *   on" or two actors doing two unrelated things
 *   "A menjelaskan …, B menjelaskan …, dan C menjelaskan …"
 *   "Berbeda dengan A, B …", "Unlike A, B …"
 *
 * A side is a noun phrase that names something: no pronoun, no "ini",
 * no "others", no "tahun lalu".
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-utf8.h"
#include "ds-words.h"

#define MAX_SIDES 3
/* Tokens a side's name may take, and how far its verb may stand after it. */
#define MAX_NAME_TOKENS 7

/* One side of a contrast: its name, tokens [a, b), and its clause,
 * tokens [c, end). */
typedef struct {
  guint a;
  guint b;
  guint c;
  guint end;
} Side;

/* ------------------------------------------------------------------ */
/* Sides                                                               */

/* A word that makes a side no name: "ini", "mereka", "lain", "others",
 * "tahun lalu", "last year". */
static gboolean
vague_word (Ctx       *ctx,
            const Sent *s,
            guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_MONTH | W_QUESTION))
    return TRUE;
  return _ds_lexicon_phrase_at (ctx, s, k, "contrast_vague") > 0;
}

/* A word that cannot stand in a side's name: a verb, a copula, a
 * clause's joint. */
static gboolean
clause_word (const Tok *t)
{
  return t->type == TOK_PUNCT || t->type == TOK_NUMBER || t->verb ||
         (t->flags & (W_AUX | W_CUE_DEF | W_CLAUSE | W_CONNECTIVE | W_THAT | W_RELATIVE));
}

/* Tokens [a, b) name one side (after an English article): a usable term
 * of nouns, with no vague word. */
static gboolean
side_name_ok (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (b <= a || b - a > MAX_NAME_TOKENS || !_ds_term_usable (s, a, b))
    return FALSE;
  for (guint k = a; k < b; k++)
    if (clause_word (&s->toks[k]) || vague_word (ctx, s, k))
      return FALSE;
  return TRUE;
}

/* Whether the two sides' names are the same words. */
static gboolean
same_name (const Sent *s,
           const Side *x,
           const Side *y)
{
  g_autofree char *a = _ds_toks_dup (s, x->a, x->b);
  g_autofree char *b = _ds_toks_dup (s, y->a, y->b);
  g_autofree char *fa = ds_words_fold (a, DS_FOLD_STRIP_MARKS);
  g_autofree char *fb = ds_words_fold (b, DS_FOLD_STRIP_MARKS);

  return strcmp (fa, fb) == 0;
}

/* Where a side's name ends when its verb is token @v: before the adverbs
 * and auxiliaries in front of it ("tidak", "lebih", "dapat", "is"). */
static guint
name_end (const Sent *s,
          guint       c,
          guint       v)
{
  while (v > c + 1 && (s->toks[v - 1].flags & (W_ADV | W_AUX)))
    v--;
  return v;
}

/* Whether tokens @i and @k are the same word, ASCII case aside. */
static gboolean
same_word (const Sent *s,
           guint       i,
           guint       k)
{
  const Tok *x = &s->toks[i];
  const Tok *y = &s->toks[k];

  return x->type == TOK_WORD && y->type == TOK_WORD && x->len == y->len &&
         g_ascii_strncasecmp (x->p, y->p, x->len) == 0;
}

/* A word that can make two halves parallel: a verb or copula, never a
 * name, a noun of the names or a function word. Indonesian shows its
 * verbs by their prefix; English does not, so any plain lower-case word
 * will do there. */
static gboolean
parallel_word (Ctx       *ctx,
               const Tok *t)
{
  if (t->type != TOK_WORD || t->cap)
    return FALSE;
  if (t->flags & (W_AUX | W_CUE_DEF))
    return TRUE;
  if (t->flags & (W_FUNCTION | W_NOUN | W_COUNT | W_ORDINAL | W_QUANT))
    return FALSE;
  return ctx->english || t->verb;
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */

/* The answer: each side's clause, as the text says it. */
static char *
sides_answer (const Sent *s,
              const Side *sides,
              guint       n)
{
  GString *answer = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *clause = _ds_phrase_dup (s, sides[i].c, sides[i].end, i == 0);

      if (i > 0)
        g_string_append (answer, "; ");
      g_string_append (answer, clause);
    }
  return g_string_free (answer, FALSE);
}

/* "Apa perbedaan A dengan B?", "Apa perbedaan A, B, dan C?" */
static char *
sides_question (Ctx        *ctx,
                const Sent *s,
                const Side *sides,
                guint       n)
{
  char *names[MAX_SIDES] = { NULL };
  char *question;

  for (guint i = 0; i < n; i++)
    names[i] = _ds_phrase_dup (s, sides[i].a, sides[i].b, sides[i].a == 0);
  question = ds_lang_expand (ctx->lang, n == 3 ? "question_contrast_three" : "question_contrast",
                             "a", names[0], "b", names[1], "c", names[2], NULL);
  for (guint i = 0; i < n; i++)
    g_free (names[i]);
  return ds_utf8_capitalize (question);
}

/* Commits the contrast of @n sides of @s, answered by @answer (taken). */
static gboolean
commit_contrast (Ctx        *ctx,
                 Sent       *s,
                 const Side *sides,
                 guint       n,
                 char       *answer)
{
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, sides[0].c, _ds_body_end (s));

  g_free (claim->subject);
  claim->subject = answer;
  /* The lead ranks the claim by how central its first side is. */
  claim->lead = _ds_toks_dup (s, sides[0].a + _ds_tok_is_article (&s->toks[sides[0].a]), sides[0].b);
  claim->question = sides_question (ctx, s, sides, n);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "X berbeda dengan Y: …", "X differs from Y in that …"               */

/* "berbeda dengan/dari", "differs/different from", "tidak sama dengan":
 * the index of the word before Y, or 0. */
static guint
contrast_at (const Sent *s,
             guint       i)
{
  const Tok *t = &s->toks[i];

  if (i + 1 >= s->n)
    return 0;
  if ((_ds_tok_is (t, "berbeda") || _ds_tok_is (t, "differs") || _ds_tok_is (t, "different")) &&
      (_ds_tok_is (&s->toks[i + 1], "dengan") || _ds_tok_is (&s->toks[i + 1], "dari") ||
       _ds_tok_is (&s->toks[i + 1], "from")))
    return i + 1;
  if (i + 2 < s->n && _ds_tok_is (t, "sama") && _ds_tok_is (&s->toks[i + 1], "dengan") && i > 0 &&
      _ds_tok_is (&s->toks[i - 1], "tidak"))
    return i + 1;
  return 0;
}

/* "Diplomasi siber berbeda dengan diplomasi digital: yang pertama …",
 * "Track one differs from track two in that …": what sets X apart from
 * Y, when the sentence says it after a colon or "in that". */
static gboolean
find_differs (Ctx  *ctx,
              Sent *s)
{
  guint e = _ds_body_end (s), i, y = 0, yb, xa, xb, hi, expl;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  for (i = 1; i + 3 < e && y == 0; i++)
    y = contrast_at (s, i);
  if (y == 0)
    return FALSE;
  i--;
  hi = i;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX | W_CUE_DEF)))
    hi--;
  xa = _ds_np_start (s, 0, hi, &xb);
  for (yb = y + 1; yb < e && s->toks[yb].type != TOK_PUNCT && !_ds_tok_is (&s->toks[yb], "in") &&
                   !(s->toks[yb].flags & (W_CLAUSE | W_RELATIVE)); yb++)
    ;
  expl = yb < e && _ds_tok_is_punct (&s->toks[yb], ':') ? yb + 1 :
         yb + 1 < e && _ds_tok_is (&s->toks[yb], "in") && _ds_tok_is (&s->toks[yb + 1], "that") ? yb + 2 : 0;
  if (expl == 0 || e - expl < 4 || xa >= xb || xb != hi || xa != _ds_clause_start (s, xa) ||
      !_ds_term_usable (s, xa, xb) || !_ds_term_usable (s, y + 1, yb) || _ds_toks_any_used (s, xa, e))
    return FALSE;
  a = _ds_phrase_dup (s, xa, xb, TRUE);
  b = _ds_toks_dup (s, y + 1, yb);
  question = ds_lang_expand (ctx->lang, "question_contrast", "a", a, "b", b, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, expl, e);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, xa, e);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* Parallel halves                                                     */

/* Where the clause after the separator at @k starts ("," or ";", then
 * "sedangkan", "whereas", "dan" …), or 0 when @k separates nothing.
 * *@contrast says whether a contrast word or ";" joined it. */
static guint
half_after (Ctx        *ctx,
            const Sent *s,
            guint       k,
            gboolean   *contrast)
{
  guint c = k + 1, n;

  if (!_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';'))
    return 0;
  *contrast = _ds_tok_is_punct (&s->toks[k], ';');
  if ((n = _ds_lexicon_phrase_at (ctx, s, c, "contrast_conj")) > 0)
    *contrast = TRUE;
  else if (c < s->n && (s->toks[c].flags & W_CONJ))
    n = 1;
  return c + n;
}

/* The side whose clause starts at @c and whose verb is the word @v0
 * again, within a name's reach; FALSE when there is none. */
static gboolean
parallel_side (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       v0,
               guint       e,
               Side       *side)
{
  for (guint v = c + 1; v < e && v <= c + MAX_NAME_TOKENS; v++)
    {
      if (s->toks[v].type == TOK_PUNCT)
        return FALSE;
      if (same_word (s, v, v0))
        {
          *side = (Side) { c, name_end (s, c, v), c, e };
          return side_name_ok (ctx, s, side->a, side->b);
        }
    }
  return FALSE;
}

/* The halves after the first one, parallel by the verb @v0 of @sides[0];
 * returns how many sides there are in all. A pair needs a contrast word
 * between them; three need none ("A …, B …, dan C …"). */
static guint
later_sides (Ctx        *ctx,
             const Sent *s,
             guint       v0,
             guint       e,
             Side       *sides)
{
  guint n = 1;
  gboolean contrast = FALSE, joined;

  for (guint k = v0 + 1; k < e && n < MAX_SIDES; k++)
    {
      guint c = half_after (ctx, s, k, &joined);

      if (c == 0 || c >= e || !parallel_side (ctx, s, c, v0, e, &sides[n]))
        continue;
      sides[n - 1].end = k;
      contrast |= joined;
      k = sides[n].b;
      n++;
    }
  return n == 3 || (n == 2 && contrast) ? n : 0;
}

/* "A menekankan …, sedangkan B menekankan …", "A relies on …, whereas B
 * relies on …", "A menjelaskan …, B menjelaskan …, dan C menjelaskan …". */
static gboolean
find_parallel (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), c0 = _ds_clause_start (s, 0), n = 0;
  Side sides[MAX_SIDES];

  for (guint v0 = c0 + 1; v0 < e && v0 <= c0 + MAX_NAME_TOKENS && n == 0; v0++)
    {
      if (s->toks[v0].type == TOK_PUNCT)
        return FALSE;
      sides[0] = (Side) { c0, name_end (s, c0, v0), c0, e };
      if (parallel_word (ctx, &s->toks[v0]) && side_name_ok (ctx, s, c0, sides[0].b))
        n = later_sides (ctx, s, v0, e, sides);
    }
  for (guint i = 1; i < n; i++)
    for (guint k = 0; k < i; k++)
      if (same_name (s, &sides[i], &sides[k]))
        return FALSE;
  return n > 0 && commit_contrast (ctx, s, sides, n, sides_answer (s, sides, n));
}

/* ------------------------------------------------------------------ */
/* "Berbeda dengan A, B …", "Unlike A, B …"                            */

/* English marks few verbs: "brings", "relies", "stresses" are taken
 * for one when they end a run of nouns in "-s". */
static gboolean
english_verb_s (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
         t->p[t->len - 2] != 's' && t->p[t->len - 2] != 'u' && t->p[t->len - 2] != 'i' &&
         !(t->flags & (W_FUNCTION | W_COUNT));
}

/* The end of the subject that opens the clause at @c: the first verb,
 * auxiliary or adverb after a noun phrase, or 0. */
static guint
subject_end (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       e)
{
  for (guint v = c + 1; v < e && v <= c + MAX_NAME_TOKENS; v++)
    {
      const Tok *t = &s->toks[v];

      if (t->type == TOK_PUNCT)
        return 0;
      if (t->verb || (t->flags & (W_AUX | W_ADV | W_CUE_DEF)) || (ctx->english && english_verb_s (t)))
        return v;
    }
  return 0;
}

/* "Berbeda dengan Nye, Gallarotti memandang …": B's clause, compared
 * with A's name that the opening phrase gives. */
static gboolean
find_unlike (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), c0 = _ds_clause_start (s, 0), a, comma, vb;
  Side sides[2];

  if ((a = _ds_lexicon_phrase_at (ctx, s, c0, "contrast_unlike")) == 0)
    return FALSE;
  a += c0;
  for (comma = a + 1; comma < e && comma <= a + MAX_NAME_TOKENS; comma++)
    if (_ds_tok_is_punct (&s->toks[comma], ','))
      break;
  if (comma + 3 >= e || !_ds_tok_is_punct (&s->toks[comma], ',') ||
      (vb = subject_end (ctx, s, comma + 1, e)) == 0)
    return FALSE;
  sides[0] = (Side) { comma + 1, name_end (s, comma + 1, vb), comma + 1, e };
  sides[1] = (Side) { a, comma, a, comma };
  if (!side_name_ok (ctx, s, sides[0].a, sides[0].b) || !side_name_ok (ctx, s, a, comma) ||
      same_name (s, &sides[0], &sides[1]))
    return FALSE;
  return commit_contrast (ctx, s, sides, 2, _ds_toks_dup (s, sides[0].c, e));
}

/* ------------------------------------------------------------------ */

/* A sentence that sets named things against each other, when no other
 * rule took it. */
gboolean
_ds_find_contrasts (Ctx  *ctx,
                    Sent *s)
{
  if (_ds_toks_any_used (s, 0, s->n))
    return FALSE;
  if (s->has_colon || (s->flags & W_THAT))
    if (find_differs (ctx, s))
      return TRUE;
  if (s->n_commas > 0 && find_unlike (ctx, s))
    return TRUE;
  return (s->n_commas > 0 || (s->flags & W_CLAUSE)) && find_parallel (ctx, s);
}
