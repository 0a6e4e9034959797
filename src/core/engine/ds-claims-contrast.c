/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, contrasts: two (or three) named things set against
 * each other, asked as "Apa perbedaan A dengan B?" / "How does A differ
 * from B?" and answered by what the text says of each side.
 *
 *   "A berbeda dengan B: …", "A differs from B in that/because …"
 *   "Perbedaan antara A dan B terletak pada …", "The difference between
 *   A and B is that …"
 *   "A menekankan …, sedangkan B menekankan …" — halves made parallel by
 *   one verb, which is what tells a contrast from "while the talks went
 *   on" or two actors doing two unrelated things; or two kinds of one
 *   thing ("hard power …, whereas soft power …")
 *   "A menjelaskan …, B menjelaskan …, dan C menjelaskan …"
 *   "Berbeda dengan A, B …", "Unlike A, which …, B …"
 *   "Di satu sisi, A …; di sisi lain, B …"
 *   "A tidak sama dengan B." / "A dan B tidak identik." then how, and
 *   "Apakah A sama dengan B? Tidak. …": the next sentences answer
 *   "A … . Sebaliknya, B …", "B, by contrast, …": the sentence before
 *   gives A
 *   "A vs. B: …", "A versus B: …"
 *
 * A side is a noun phrase that names something: no pronoun, no "ini",
 * no "others", no "tahun lalu". Halves that date two events are news.
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-utf8.h"
#include "ds-words.h"

#define MAX_SIDES 3
/* Tokens a side's name may take, and how far its verb may stand after it. */
#define MAX_NAME_TOKENS 7
#define MAX_CITATION_TOKENS 6
/* Tokens a relative clause about a side may take ("Unlike A, which …,"). */
#define MAX_RELATIVE_TOKENS 20

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
  return _ds_phrase_at (ctx, s, k, PL_CONTRAST_VAGUE) > 0;
}

/* A word that cannot stand in a side's name: a verb, a copula, a
 * clause's joint, punctuation but a hyphen ("confidence-building"); a
 * capital makes a word part of a name ("the United States"). */
static gboolean
clause_word (const Tok *t)
{
  return (t->type == TOK_PUNCT && t->ch != '-') || t->type == TOK_NUMBER || (t->verb && !t->cap) ||
         (t->flags & (W_AUX | W_CUE_DEF | W_CLAUSE | W_CONNECTIVE | W_THAT | W_RELATIVE));
}

/* "negara berkembang", "kelompok bersenjata": an Indonesian "ber-" word
 * after a noun qualifies it, though it looks like a verb. */
static gboolean
ber_adjective (Ctx        *ctx,
               const Sent *s,
               guint       k)
{
  const Tok *t = &s->toks[k];

  return !ctx->english && k > 0 && t->verb && t->len > 5 && ds_ascii_strncasecmp (t->p, "ber", 3) == 0 &&
         _ds_tok_nounish (&s->toks[k - 1]);
}

/* "versi digitalnya", "mitranya": an Indonesian word in "-nya" after a
 * noun, which the lexicon may take for a verb ("dibentuknya"), is the
 * noun's own when its clause's verb follows; it names the side by the
 * first ("the digital version of it"). */
static gboolean
nya_possessed (Ctx        *ctx,
               const Sent *s,
               guint       k)
{
  const Tok *t = &s->toks[k];

  return !ctx->english && k > 0 && t->verb && !t->cap && _ds_tok_ends_nya (t) && _ds_tok_nounish (&s->toks[k - 1]);
}

/* Whether a verb comes at @k, after adverbs and auxiliaries ("masih
 * bergantung", "dapat menuntut"). */
static gboolean
verb_follows (const Sent *s,
              guint       k,
              guint       e)
{
  while (k < e && (s->toks[k].flags & (W_ADV | W_AUX)) && !s->toks[k].verb)
    k++;
  return k < e && (s->toks[k].verb || (s->toks[k].flags & W_AUX));
}

/* A word in "-s" that is no "-ss", "-us", "-is" or "'s": a plural or a
 * verb. */
static gboolean
english_s (const Tok *t)
{
  /* "the ministry's": a possessive is neither. */
  return t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
         t->p[t->len - 2] != 's' && t->p[t->len - 2] != 'u' && t->p[t->len - 2] != 'i' &&
         t->p[t->len - 2] != '\'' && (guchar) t->p[t->len - 2] != 0x99;
}

/* "Australia supports quotas …": an English verb that takes a stand,
 * which English does not mark, ends a name. */
static gboolean
stance_word (Ctx        *ctx,
             const Sent *s,
             guint       k)
{
  return !s->toks[k].cap && _ds_phrase_at (ctx, s, k, PL_CONTRAST_STANCE) > 0;
}

/* "landlocked states", "industrialised economies": an English word in
 * "-ed" the language only guesses to be a verb, first in a name of two
 * words or more, qualifies the noun after it. */
static gboolean
ed_modifier (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       k,
             guint       b)
{
  const Tok *t = &s->toks[k];

  return ctx->english && k == a && k + 1 < b && t->type == TOK_WORD && !t->cap && !(t->flags & W_VERB) &&
         t->len > 4 && t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd';
}

/* Tokens [a, b) name one side (after an English article): a usable term
 * of nouns, with no vague word. With @plurals, an English word in "-s"
 * that could be a verb may stand in it, as when the verb after the name
 * is known ("the coastal states favour …"). */
static gboolean
name_ok (Ctx        *ctx,
         const Sent *s,
         guint       a,
         guint       b,
         gboolean    plurals)
{
  /* "para diplomat senior": Indonesian's plural marker stands as an
   * article does. */
  if (a < b && (_ds_tok_is_article (&s->toks[a]) || (!ctx->english && _ds_tok_is (&s->toks[a], "para"))))
    a++;
  if (b <= a || b - a > MAX_NAME_TOKENS || !_ds_term_usable (s, a, b))
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((clause_word (&s->toks[k]) && !(k > a && (ber_adjective (ctx, s, k) || nya_possessed (ctx, s, k))) &&
         !ed_modifier (ctx, s, a, k, b) &&
         !(plurals && s->toks[k].verb && english_s (&s->toks[k]))) ||
        vague_word (ctx, s, k) || (ctx->english && k > a && stance_word (ctx, s, k)))
      return FALSE;
  return TRUE;
}

static gboolean
side_name_ok (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  return name_ok (ctx, s, a, b, FALSE);
}

/* Whether tokens [a, b) hold a noun of a thing's like (phrase list
 * contrast_counterpart: "counterpart", "mitranya", "versi"): "its
 * rules", "aturan hukumnya", "negara tetangganya" are parts or
 * neighbours of the first side, no second thing set against it. */
static gboolean
counterpart_noun (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b)
{
  return _ds_phrase_in (ctx, s, a, b, PL_CONTRAST_COUNTERPART);
}

/* "its French counterpart", "mitranya di Prancis", "versi digitalnya":
 * a side named by the first one (an English possessive of phrase list
 * contrast_possessive, an Indonesian word in "-nya" first or last),
 * which may stand second in a contrast and never first. */
static gboolean
counterpart_name_ok (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b)
{
  const Tok *first = &s->toks[a], *last = &s->toks[b - 1];

  if (b <= a + 1 && ctx->english)
    return FALSE;
  if (!counterpart_noun (ctx, s, a, b))
    return FALSE;
  if (ctx->english)
    return _ds_phrase_at (ctx, s, a, PL_CONTRAST_POSSESSIVE) > 0 && name_ok (ctx, s, a + 1, b, FALSE);
  if (b <= a || b - a > MAX_NAME_TOKENS || (!_ds_tok_ends_nya (first) && !_ds_tok_ends_nya (last)) ||
      first->type != TOK_WORD || last->type != TOK_WORD ||
      (first->flags & (W_FUNCTION | W_VAGUE | W_QUANT | W_COUNT | W_ORDINAL)) ||
      (last->flags & (W_PREP | W_CONJ | W_DET | W_RELATIVE)))
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((clause_word (&s->toks[k]) && !(k > a && (ber_adjective (ctx, s, k) || nya_possessed (ctx, s, k)))) ||
        vague_word (ctx, s, k))
      return FALSE;
  return TRUE;
}

/* A side that stands second: a name, or the first one's counterpart. */
static gboolean
second_name_ok (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b)
{
  return side_name_ok (ctx, s, a, b) || counterpart_name_ok (ctx, s, a, b);
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

/* "(2004)", "(Nye, 2004)", "(2011: 45)": a scholar's citation. Returns
 * the index after its ")" when one opens at @k, else @k. */
static guint
citation_end (const Sent *s,
              guint       k)
{
  gboolean year = FALSE;

  if (k >= s->n || !_ds_tok_is_punct (&s->toks[k], '('))
    return k;
  for (guint j = k + 1; j < s->n && j <= k + MAX_CITATION_TOKENS; j++)
    {
      if (_ds_tok_is_punct (&s->toks[j], ')'))
        return year ? j + 1 : k;
      year |= s->toks[j].type == TOK_NUMBER;
    }
  return k;
}

/* Where a citation that ends at @v opens, else @v. */
static guint
citation_before (const Sent *s,
                 guint       c,
                 guint       v)
{
  for (guint j = v; j > c + 1 && j + MAX_CITATION_TOKENS >= v; j--)
    if (_ds_tok_is_punct (&s->toks[j - 1], '('))
      return citation_end (s, j - 1) == v ? j - 1 : v;
  return v;
}

/* "merely", "largely": a lower-case word in "-ly". */
static gboolean
ly_adverb (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && t->len > 4 && t->p[t->len - 2] == 'l' && t->p[t->len - 1] == 'y';
}

/* Where a side's name ends when its verb is token @v: before the adverbs
 * and auxiliaries in front of it ("tidak", "lebih", "dapat", "is") and
 * the name's citation ("Nye (2004) menekankan"). */
static guint
name_end (const Sent *s,
          guint       c,
          guint       v)
{
  v = citation_before (s, c, v);
  /* "lebih banyak bertujuan", "more often relies": a quantity after an
   * adverb says how much, no part of the name. */
  while (v > c + 1 && ((s->toks[v - 1].flags & (W_ADV | W_AUX)) || ly_adverb (&s->toks[v - 1]) ||
                       ((s->toks[v - 1].flags & (W_QUANT | W_DET)) && v > c + 2 && (s->toks[v - 2].flags & W_ADV))))
    v--;
  return citation_before (s, c, v);
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
         ds_ascii_strncasecmp (x->p, y->p, x->len) == 0;
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

/* A lower-case word of no known class ("no" is known as an
 * abbreviation's spelling). */
static gboolean
plain_word (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap &&
         !(t->flags & (W_FUNCTION | W_QUANT | W_COUNT | W_ORDINAL | W_MAGNITUDE | W_NOUN | W_ABBREV));
}

/* "up" in "speeds up": a verb's particle, no verb of its own. */
static gboolean
particle (Ctx        *ctx,
          const Sent *s,
          guint       k)
{
  return _ds_phrase_at (ctx, s, k, PL_VERB_PARTICLE) > 0;
}

/* English marks few verbs. "relies", "creates" are taken for one after a
 * name or a citation, or when a function word, a figure, a name or a
 * particle follows ("relies on", "creates no …", "speeds up"); a plain
 * word after a plural ("realists expect") is the verb. */
static gboolean
english_verb_at (Ctx        *ctx,
                 const Sent *s,
                 guint       c,
                 guint       v)
{
  const Tok *t = &s->toks[v];

  if (!plain_word (t))
    return FALSE;
  /* "District councils should …", "Small members can …": a word in "-s"
   * before an auxiliary is the plural that ends the subject. */
  if (english_s (t) && v + 1 < s->n && (s->toks[v + 1].flags & W_AUX))
    return FALSE;
  /* "Wendt (1999) treats …", "the European Union funds …"; "Unlike
   * Norvalia, Tarsin spends …": past the sentence's first word a
   * capital is a name's. */
  if (english_s (t) && v > c && (citation_before (s, c, v) < v || (s->toks[v - 1].cap && (v - 1 > c || c > 0))))
    return TRUE;
  if (english_s (t))
    return v + 1 >= s->n || !plain_word (&s->toks[v + 1]) || particle (ctx, s, v + 1);
  return v > c && english_s (&s->toks[v - 1]) && !particle (ctx, s, v);
}

/* "Landlocked states demand …", "Island states depend on …": an English
 * word in "-s" the language knows as a verb is the plural that ends the
 * subject when a modifier stands before it and a verb in its plain form
 * (or an auxiliary) follows it; "The charter states that …" keeps its
 * verb. */
static gboolean
plural_before_verb (Ctx        *ctx,
                    const Sent *s,
                    guint       c,
                    guint       v,
                    guint       e)
{
  const Tok *t = &s->toks[v];
  const Tok *before, *next;

  if (!ctx->english || v <= c || v + 1 >= e || !t->verb || !english_s (t))
    return FALSE;
  before = &s->toks[v - 1];
  if (before->type != TOK_WORD || (before->flags & (W_FUNCTION | W_ADV)) || ly_adverb (before) ||
      (before->cap && v - 1 > c))
    return FALSE;
  next = &s->toks[v + 1];
  if (next->type != TOK_WORD || next->cap)
    return FALSE;
  return (next->flags & W_AUX) ||
         ((next->verb || stance_word (ctx, s, v + 1)) && !english_s (next) && !(next->flags & W_FUNCTION) &&
          !(next->len > 4 && next->p[next->len - 2] == 'e' && next->p[next->len - 1] == 'd'));
}

/* The end of the subject that opens the clause at @c: the first verb,
 * auxiliary or adverb after a noun phrase, or 0. */
static guint
subject_end (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       e)
{
  for (guint v = c + 1; v < e && v <= c + MAX_NAME_TOKENS + MAX_CITATION_TOKENS; v++)
    {
      const Tok *t;

      if (citation_end (s, v) > v)
        v = citation_end (s, v);
      if (v >= e)
        return 0;
      t = &s->toks[v];
      if (t->type == TOK_PUNCT && t->ch != '-')
        return 0;
      /* "the United States": a capital inside a name is no verb, nor is
       * "berkembang" in "negara berkembang menuntut …". */
      if ((ber_adjective (ctx, s, v) || nya_possessed (ctx, s, v)) && verb_follows (s, v + 1, e))
        continue;
      if (plural_before_verb (ctx, s, c, v, e))
        continue;
      /* "Norwegia tetap berada …": a word of aspect before the verb
       * (phrase list causes3_side_aspect) ends the name. */
      /* "kaum liberal percaya bahwa …": a verb of stance the language
       * does not mark (phrase list contrast_stance) ends it too. */
      if ((t->verb && !t->cap) || (t->flags & (W_AUX | W_ADV | W_CUE_DEF)) ||
          (ctx->english && english_verb_at (ctx, s, c, v)) || (!ctx->english && stance_word (ctx, s, v)) ||
          (!ctx->english && !t->cap && v + 1 < e && s->toks[v + 1].verb &&
           _ds_phrase_at (ctx, s, v, PL_CAUSES3_SIDE_ASPECT) == 1))
        return v;
    }
  return 0;
}

/* The side that opens the clause at @c: its subject, up to its verb. */
static gboolean
subject_side (Ctx        *ctx,
              const Sent *s,
              guint       c,
              Side       *side)
{
  guint e = _ds_body_end (s), v = subject_end (ctx, s, c, e);

  *side = (Side) { c, v > 0 ? name_end (s, c, v) : c, c, e };
  return v > 0 && name_ok (ctx, s, c, side->b, plural_before_verb (ctx, s, c, side->b - 1, e));
}

/* The second side that opens the clause at @c: its subject, a name or
 * the first side's counterpart ("its French counterpart"). */
static gboolean
second_subject_side (Ctx        *ctx,
                     const Sent *s,
                     guint       c,
                     Side       *side)
{
  guint e = _ds_body_end (s), v;

  if (subject_side (ctx, s, c, side))
    return TRUE;
  v = subject_end (ctx, s, c, e);
  *side = (Side) { c, v > 0 ? name_end (s, c, v) : c, c, e };
  return v > 0 && counterpart_name_ok (ctx, s, c, side->b);
}

/* Whether the side that opens sentence @s at its first token is written
 * in lower case in a question: not a scholar cited by year ("Nye
 * (2004)"), whose capital is a name's. */
static gboolean
lower_side (const Sent *s,
            const Side *side)
{
  /* "While the coastal states …": an opening connective comes first. */
  for (guint k = 0; k < side->a; k++)
    if (!(s->toks[k].flags & W_CONNECTIVE))
      return FALSE;
  return citation_end (s, side->b) == side->b;
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */

/* Whether the first of @n sides is written in lower case in a card: its
 * capital is the sentence's (lower_side()), and the next side does not
 * open with a name's capital ("Bandung …, sedangkan Surabaya …"). */
static gboolean
first_lower (const Sent *s,
             const Side *sides,
             guint       n)
{
  return lower_side (s, &sides[0]) && !(n > 1 && s->toks[sides[1].a].cap && sides[1].a > 0);
}

/* The answer: each side's clause, as the text says it. */
static char *
sides_answer (const Sent *s,
              const Side *sides,
              guint       n)
{
  GString *answer = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *clause = _ds_phrase_dup (s, sides[i].c, sides[i].end, i == 0 && first_lower (s, sides, n));

      if (i > 0)
        g_string_append (answer, "; ");
      g_string_append (answer, clause);
    }
  return g_string_free (answer, FALSE);
}

/* "Apa perbedaan A dengan B?", "Apa perbedaan A, B, dan C?" (@c NULL
 * for two), from the names as text; "Apa perbedaan A dengan B dari segi
 * X?" when two are set against each other in an @aspect. */
static char *
contrast_question (Ctx        *ctx,
                   const char *a,
                   const char *b,
                   const char *c,
                   const char *aspect)
{
  const char *key = c != NULL ? "question_contrast_three" : aspect != NULL ? "question_contrast_aspect" : "question_contrast";
  g_autofree char *question = ds_lang_expand (ctx->lang, key, "a", a, "b", b, "c", c, "aspect", aspect, NULL);

  return ds_utf8_capitalize (question);
}

/* The question of @n sides named in @s, in the aspect [@aspect_a,
 * @aspect_b) of @s when that is not empty. */
static char *
sides_question (Ctx        *ctx,
                const Sent *s,
                const Side *sides,
                guint       n,
                guint       aspect_a,
                guint       aspect_b)
{
  char *names[MAX_SIDES] = { NULL };
  g_autofree char *aspect = aspect_b > aspect_a ? _ds_phrase_dup (s, aspect_a, aspect_b, TRUE) : NULL;
  char *question;

  for (guint i = 0; i < n; i++)
    names[i] = _ds_phrase_dup (s, sides[i].a, sides[i].b, i == 0 ? first_lower (s, sides, n) : lower_side (s, &sides[i]));
  question = contrast_question (ctx, names[0], names[1], names[2], aspect);
  for (guint i = 0; i < n; i++)
    g_free (names[i]);
  return question;
}

/* The claim's lead, which ranks it by how central its first side is in
 * the essay: the side's name without its article. */
static char *
side_lead (const Sent *s,
           const Side *side)
{
  return _ds_toks_dup (s, side->a + _ds_tok_is_article (&s->toks[side->a]), side->b);
}

/* "soft power as Nye defines it", "soft power in Nye's account",
 * "kekuatan lunak menurut Nye", "Nye's soft power": the scholar named
 * in a side's name says whose the concept is and is no part of it; the
 * side is the concept (a word of the phrase list contrast_side_holder
 * before a capital ends the name, an opening possessive name starts
 * it later). */
static void
side_through_holder (Ctx        *ctx,
                     const Sent *s,
                     Side       *side)
{
  guint a = side->a + (side->a < side->b && _ds_tok_is_article (&s->toks[side->a]) ? 1 : 0);
  const Tok *t = a < side->b ? &s->toks[a] : NULL;

  for (guint k = a + 1; k < side->b; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_CONTRAST_SIDE_HOLDER);

      guint j = k + n;

      /* "as defined by Nye", "sebagaimana didefinisikan Nye": a verb and
       * "by" may come before the name. */
      while (n > 0 && j < s->n && j < k + n + 2 && !s->toks[j].cap &&
             (s->toks[j].verb || _ds_tok_is (&s->toks[j], "by") || _ds_tok_is (&s->toks[j], "oleh") ||
              (s->toks[j].len > 4 && ds_ascii_strncasecmp (s->toks[j].p + s->toks[j].len - 2, "ed", 2) == 0)))
        j++;
      if (n == 0 || j >= s->n || !s->toks[j].cap || (s->toks[j].flags & (W_COUNTRY | W_GOV)) ||
          _ds_tok_is_acronym (&s->toks[j]))
        continue;
      /* "soft power in Nye's account", not "norms in Asia". */
      if (_ds_tok_is (&s->toks[k], "in") &&
          !(s->toks[j].len > 2 && ds_ascii_strncasecmp (s->toks[j].p + s->toks[j].len - 2, "'s", 2) == 0))
        continue;
      side->b = k;
      break;
    }
  if (t != NULL && ctx->english && a + 1 < side->b && t->cap && t->len > 2 &&
      ds_ascii_strncasecmp (t->p + t->len - 2, "'s", 2) == 0 && !(t->flags & (W_COUNTRY | W_GOV)))
    side->a = a + 1;
}

/* What kind of thing a side names, as far as its capitals tell. */
typedef enum {
  SIDE_UNKNOWN,
  SIDE_NAME,      /* "Nye", "Joseph Nye", "Zambia": capitals only */
  SIDE_CONCEPT    /* "hard power", "soft power": a word in lower case */
} SideKind;

/* A side written in capitals past the sentence's own ("Nye", "Bandung")
 * is a name; one in lower case only ("hard power") is a concept; one
 * with both ("the Tarsin government", "the older Velde Protocol"), one
 * that opens the sentence with a single capital word ("Zambia …",
 * "Realism …") or a long title cannot be told. A name set against a
 * concept is no contrast of one kind: "What is the difference between
 * Nye and hard power?". */
static SideKind
side_kind (const Sent *s,
           const Side *side)
{
  guint a = side->a + (side->a < side->b && _ds_tok_is_article (&s->toks[side->a]) ? 1 : 0);
  gboolean opens = a == side->a && lower_side (s, side);
  guint caps = 0, lower = 0;

  for (guint k = a; k < side->b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || (t->flags & W_FUNCTION))
        continue;
      if (t->cap && !(opens && k == a))
        caps++;
      else if (!t->cap)
        lower++;
    }
  if (lower > 0)
    return caps > 0 ? SIDE_UNKNOWN : SIDE_CONCEPT;
  if (caps == 0 || side->b - a > 3)
    return SIDE_UNKNOWN;
  return SIDE_NAME;
}

/* Commits the contrast of @n sides of @s, answered by @answer (taken),
 * in the aspect [@aspect_a, @aspect_b) of @s when that is not empty. */
static gboolean
commit_contrast_in (Ctx        *ctx,
                    Sent       *s,
                    const Side *given,
                    guint       n,
                    char       *answer,
                    guint       aspect_a,
                    guint       aspect_b)
{
  Side sides[MAX_SIDES];
  guint names = 0, concepts = 0;
  DsClaim *claim;

  for (guint i = 0; i < n && i < MAX_SIDES; i++)
    {
      SideKind kind;

      sides[i] = given[i];
      side_through_holder (ctx, s, &sides[i]);
      kind = side_kind (s, &sides[i]);
      names += kind == SIDE_NAME;
      concepts += kind == SIDE_CONCEPT;
    }
  /* A name set against a concept: not two of one kind. */
  if (names > 0 && concepts > 0)
    {
      g_free (answer);
      return FALSE;
    }
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, sides[0].c, _ds_body_end (s));

  g_free (claim->subject);
  claim->subject = answer;
  claim->lead = side_lead (s, &sides[0]);
  claim->question = sides_question (ctx, s, sides, n, aspect_a, aspect_b);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* Commits the contrast of @n sides of @s, answered by @answer (taken). */
static gboolean
commit_contrast (Ctx        *ctx,
                 Sent       *s,
                 const Side *given,
                 guint       n,
                 char       *answer)
{
  return commit_contrast_in (ctx, s, given, n, answer, 0, 0);
}

/* Words a contrast's aspect may take ("dari segi biaya operasional"). */
#define MAX_ASPECT_WORDS 4

/* "Kedua, dari segi pendanaan, A …, sedangkan B …", "In terms of
 * funding, A …, whereas B …": an aspect the two sides are set against
 * each other in (phrase list contrast_aspect, then a noun phrase of
 * MAX_ASPECT_WORDS words at most, in lower case, then a comma), opening
 * the clause at @c (the ordinal before it is the sentence's lead). Where
 * the clause goes on after its comma, the aspect in [*@a, *@b); @c, and
 * an empty aspect, when none opens it. */
static guint
aspect_opening (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint      *a,
                guint      *b)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_ASPECT);

  *a = *b = 0;
  /* (A sequence's items are read whole: "Kedua," still stands first.) */
  if (n == 0 && c + 2 < e && (s->toks[c].flags & W_ORDINAL) && _ds_tok_is_punct (&s->toks[c + 1], ',') &&
      (n = _ds_phrase_at (ctx, s, c + 2, PL_CONTRAST_ASPECT)) > 0)
    c += 2;
  if (n == 0)
    return c;
  for (guint k = c + n; k < e && k <= c + n + MAX_ASPECT_WORDS; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, ','))
        {
          if (k == c + n || k + 3 >= e)
            return c;
          *a = c;
          *b = k;
          return k + 1;
        }
      if (t->type != TOK_WORD || t->cap || t->verb || (t->flags & (W_AUX | W_CLAUSE | W_PRONOUN | W_ANAPHOR)))
        return c;
    }
  return c;
}

/* ------------------------------------------------------------------ */
/* "X berbeda dengan Y: …", "X differs from Y in that …"               */

/* "berbeda dengan/dari", "differs/different from", "tidak sama dengan"
 * at token @i: the index of the word before Y, or 0. */
static guint
contrast_at (Ctx        *ctx,
             const Sent *s,
             guint       i)
{
  guint n = _ds_phrase_at (ctx, s, i, PL_CONTRAST_DIFFER);

  return n > 0 && i + n < s->n ? i + n - 1 : 0;
}

/* Where what sets X apart from Y starts, Y ending at @yb: after ":" or
 * "in that", or 0. After "dalam hal", "karena", "because" (*@whole) the
 * whole clause says it. */
static guint
differs_explanation (Ctx        *ctx,
                     const Sent *s,
                     guint       yb,
                     guint       e,
                     gboolean   *whole)
{
  *whole = yb + 2 < e && _ds_phrase_at (ctx, s, yb, PL_CONTRAST_RESPECT) > 0;
  if (yb < e && _ds_tok_is_punct (&s->toks[yb], ':'))
    return yb + 1;
  if (yb + 1 < e && _ds_tok_is (&s->toks[yb], "in") && _ds_tok_is (&s->toks[yb + 1], "that"))
    return yb + 2;
  return *whole ? yb : 0;
}

/* "Diplomasi siber berbeda dengan diplomasi digital: yang pertama …",
 * "Track one differs from track two in that …": what sets X apart from
 * Y, when the sentence says it after a colon or "in that"; after "dalam
 * hal", "karena", "in", "because" it is the whole clause that says it. */
static gboolean
find_differs_in (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), i, y = 0, yb, xa, xb, hi, expl;
  gboolean whole;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  for (i = 1; i + 3 < e && y == 0; i++)
    y = contrast_at (ctx, s, i);
  if (y == 0)
    return FALSE;
  i--;
  hi = i;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX | W_CUE_DEF)))
    hi--;
  xa = _ds_np_start (s, 0, hi, &xb);
  /* "The river commission differs from …": the article that opens the
   * sentence belongs to its first side. */
  if (xa > 0 && xa < xb && _ds_tok_is_article (&s->toks[xa - 1]) && _ds_clause_start (s, xa - 1) == xa - 1)
    xa--;
  for (yb = y + 1; yb < e && s->toks[yb].type != TOK_PUNCT && !_ds_tok_is (&s->toks[yb], "in") &&
                   !(s->toks[yb].flags & (W_CLAUSE | W_RELATIVE)) &&
                   _ds_phrase_at (ctx, s, yb, PL_CONTRAST_RESPECT) == 0; yb++)
    ;
  expl = differs_explanation (ctx, s, yb, e, &whole);
  /* "… in that it has no power to veto dams": the pronoun is the first
   * side's, which the whole clause names. */
  if (expl > 0 && expl + 1 < e && (s->toks[expl].flags & W_PRONOUN) && !(s->toks[expl].flags & W_ANAPHOR) &&
      (s->toks[expl + 1].verb || (s->toks[expl + 1].flags & W_AUX)))
    whole = TRUE;
  if (expl == 0 || e - expl < 4 || xa >= xb || xb != hi || xa != _ds_clause_start (s, xa) ||
      !side_name_ok (ctx, s, xa, xb) || !side_name_ok (ctx, s, y + 1, yb) || _ds_toks_any_used (s, xa, e))
    return FALSE;
  a = _ds_phrase_dup (s, xa, xb, TRUE);
  b = _ds_toks_dup (s, y + 1, yb);
  question = ds_lang_expand (ctx->lang, "question_contrast", "a", a, "b", b, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, expl, e);
  if (whole)
    {
      g_free (claim->subject);
      claim->subject = _ds_phrase_dup (s, xa, e, TRUE);
    }
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, xa, e);
  return _ds_claim_commit (ctx, claim);
}

static gboolean
find_differs (Ctx  *ctx,
              Sent *s)
{
  /* (No strings to free in most sentences.) */
  if (!_ds_sent_may_start (s, HOT_CONTRAST_DIFFER))
    return FALSE;
  return find_differs_in (ctx, s);
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
  if ((n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONJ)) > 0)
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
  for (guint v = c + 1; v < e && v <= c + MAX_NAME_TOKENS + MAX_CITATION_TOKENS; v++)
    {
      if (citation_end (s, v) > v)
        v = citation_end (s, v);
      if (v >= e || s->toks[v].type == TOK_PUNCT)
        return FALSE;
      if (same_word (s, v, v0))
        {
          *side = (Side) { c, name_end (s, c, v), c, e };
          return second_name_ok (ctx, s, side->a, side->b);
        }
    }
  return FALSE;
}

/* "Jika A bertujuan politik, B lebih banyak bertujuan ekonomi": "if"
 * (phrase list contrast_opening_if) sets two halves with one verb against
 * each other, unless the second half follows from the first ("maka",
 * "juga", "akan": contrast_if_result). */
static gboolean
if_opening (Ctx        *ctx,
            const Sent *s,
            guint       v0,
            guint       e)
{
  if (_ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING_IF) == 0)
    return FALSE;
  for (guint k = v0 + 1; k < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_IF_RESULT) > 0)
      return FALSE;
  return TRUE;
}

/* The halves after the first one, parallel by the verb @v0 of @sides[0];
 * returns how many sides there are in all. A pair needs a contrast word
 * between them or before the first ("Whereas A …, B …"); three need none
 * ("A …, B …, dan C …"). */
static guint
later_sides (Ctx        *ctx,
             const Sent *s,
             guint       v0,
             guint       e,
             Side       *sides)
{
  guint n = 1;
  gboolean contrast = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING) > 0 || if_opening (ctx, s, v0, e), joined;

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

/* Whether tokens [a, b) hold a figure, a month or a weekday: halves that
 * date two events ("tiba pada hari Senin, sedangkan … pada hari Selasa")
 * report news, they set no ideas against each other. A scholar's
 * citation dates nothing. */
static gboolean
dated (Ctx        *ctx,
       const Sent *s,
       guint       a,
       guint       b)
{
  for (guint k = a; k < b; k = MAX (k + 1, citation_end (s, k)))
    if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_MONTH) ||
        _ds_phrase_at (ctx, s, k, PL_WEEKDAY) > 0)
      return TRUE;
  return FALSE;
}

/* "Perbedaannya, A …, sedangkan B …", "The main difference is that A
 * …, while B …": where the clause after a lead that announces the
 * difference starts (phrase lists contrast_lead, then a comma, a colon
 * or contrast_lead_is), or 0. The halves after it are set against each
 * other however they are worded, and dated or not. */
static guint
difference_lead (Ctx        *ctx,
                 const Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LEAD), m;

  if (n == 0 || n + 4 >= s->n)
    return 0;
  if (_ds_tok_is_punct (&s->toks[n], ',') || _ds_tok_is_punct (&s->toks[n], ':'))
    return n + 1;
  if ((m = _ds_phrase_at (ctx, s, n, PL_CONTRAST_LEAD_IS)) == 0)
    return 0;
  return _ds_tok_is_punct (&s->toks[n + m], ':') ? n + m + 1 : n + m;
}

/* "A menekankan …, sedangkan B menekankan …", "A relies on …, whereas B
 * relies on …", "A menjelaskan …, B menjelaskan …, dan C menjelaskan …". */
static gboolean
find_parallel (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), lead = difference_lead (ctx, s), c0 = lead > 0 ? lead : _ds_clause_start (s, 0), n = 0;
  guint aspect_a = 0, aspect_b = 0, verb;
  Side sides[MAX_SIDES];

  /* "Dari segi biaya, A menekankan …, sedangkan B menekankan …". */
  if (lead == 0)
    c0 = aspect_opening (ctx, s, c0, &aspect_a, &aspect_b);
  verb = subject_end (ctx, s, c0, e);

  /* An English shared word is the first half's verb where one is seen:
   * "hard power" and "soft power" share a noun, not a verb. */
  for (guint v0 = c0 + 1; v0 < e && v0 <= c0 + MAX_NAME_TOKENS + MAX_CITATION_TOKENS && n == 0; v0++)
    {
      if (citation_end (s, v0) > v0)
        v0 = citation_end (s, v0);
      if (v0 >= e || s->toks[v0].type == TOK_PUNCT)
        return FALSE;
      /* (The first side's name is read at a word that may make the
       * halves parallel only.) */
      if (!parallel_word (ctx, &s->toks[v0]) || (ctx->english && verb != 0 && verb != v0))
        continue;
      sides[0] = (Side) { c0, name_end (s, c0, v0), c0, e };
      if (side_name_ok (ctx, s, c0, sides[0].b))
        n = later_sides (ctx, s, v0, e, sides);
    }
  if (n == 0 || (lead == 0 && dated (ctx, s, c0, e)))
    return FALSE;
  for (guint i = 1; i < n; i++)
    for (guint k = 0; k < i; k++)
      if (same_name (s, &sides[i], &sides[k]))
        return FALSE;
  return commit_contrast_in (ctx, s, sides, n, sides_answer (s, sides, n), aspect_a, aspect_b);
}

/* Whether the two sides name two kinds of one thing: the same head
 * noun (first in Indonesian, last in English), other modifiers, and no
 * capitals that would make them names of actors. */
static gboolean
kinds_of_one (Ctx        *ctx,
              const Sent *s,
              const Side *x,
              const Side *y)
{
  const Side *sides[] = { x, y };
  guint hx, hy;

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    for (guint k = sides[i]->a + 1; k < sides[i]->b; k++)
      if (s->toks[k].cap)
        return FALSE;
  hx = ctx->english ? x->b - 1 : x->a + _ds_tok_is_article (&s->toks[x->a]);
  hy = ctx->english ? y->b - 1 : y->a + _ds_tok_is_article (&s->toks[y->a]);
  return same_word (s, hx, hy) && !same_name (s, x, y);
}

/* Whether the word after an English side's name is a verb the language
 * knows (or an auxiliary, an adverb before one): "Egypt seeks …", not
 * "Ethiopia puts hydropower …", where a guess would take "hydropower"
 * for the verb after the plural "puts". Indonesian shows its verbs. */
static gboolean
known_verb_after (Ctx        *ctx,
                  const Sent *s,
                  const Side *side)
{
  guint v = side->b;
  const Tok *t;

  /* "merely publishes" */
  while (v + 1 < s->n && ly_adverb (&s->toks[v]))
    v++;
  t = &s->toks[v];
  return !ctx->english || (t->verb && !t->cap) || (t->flags & (W_AUX | W_ADV | W_CUE_DEF));
}

/* Whether the last claim's source runs over @s already: "Soft power
 * tidak sama dengan pengaruh." asked the contrast, and this sentence
 * answered it. */
static gboolean
explained_before (Ctx        *ctx,
                  const Sent *s)
{
  const DsClaim *last = ctx->claims->len > 0 ? ctx->claims->pdata[ctx->claims->len - 1] : NULL;

  return last != NULL && last->start <= s->start && last->end >= s->end_char;
}

/* Whether a name's capital stands in the first words from @a. */
static gboolean
capital_in (const Sent *s,
            guint       a,
            guint       e)
{
  for (guint k = a; k < e && k < a + 4; k++)
    if (s->toks[k].cap && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION))
      return TRUE;
  return FALSE;
}

/* An English side whose verb the language does not know ("The Indus
 * treaty divides …", "Norway exports …"): a name — a country, or a
 * capital past the sentence's first word — and right after it a plain
 * lower-case word in "-s" or "-ed", the first such word, taken for its
 * verb. A subject in lower case ("Landlocked states demand …") is left
 * alone: there "states" looks the same. */
static gboolean
guessed_side (Ctx        *ctx,
              const Sent *s,
              guint       c,
              guint       e,
              gboolean    opens,
              Side       *side)
{
  /* The sentence's first word is a name when the other side is one
   * past its first word (@opens: "Switzerland funds …, whereas Austria
   * hires …"). */
  gboolean named = (s->toks[c].flags & W_COUNTRY) != 0 ||
                   ((opens || c > 0) && s->toks[c].cap && !(s->toks[c].flags & W_FUNCTION));
  guint b;

  for (guint v = c + 1; v < e && v <= c + MAX_NAME_TOKENS; v++)
    {
      const Tok *t = &s->toks[v];

      if (t->type != TOK_WORD || t->verb || (t->flags & (W_AUX | W_CUE_DEF | W_ADV)))
        return FALSE;
      if (t->cap && v > c)
        {
          named |= !(t->flags & W_FUNCTION);
          continue;
        }
      if (!plain_word (t))
        continue;
      if (!english_s (t) && !(t->len > 4 && t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd'))
        continue;
      /* "the Danube Commission merely publishes": an adverb in "-ly"
       * before the verb is no part of the name. */
      for (b = v; b > c + 1 && ly_adverb (&s->toks[b - 1]); b--)
        ;
      *side = (Side) { c, b, c, e };
      return named && v + 1 < e && s->toks[v + 1].type == TOK_WORD && side_name_ok (ctx, s, c, b);
    }
  return FALSE;
}

/* How the second half of "A …, sedangkan B …" is joined to the first:
 * by a word that only contrasts ("sedangkan", "whereas", "; by
 * contrast,", "Jika A …, B justru …"), or by one that also joins what
 * happens at once or one actor's story ("sementara", "while", "but",
 * "namun", "padahal"). */
typedef enum {
  JOIN_NONE,
  JOIN_WEAK,
  JOIN_STRONG
} Join;

/* Where the second half starts after the separator at @k (a comma or a
 * semicolon, then contrast_conj; a semicolon, then contrast_after or
 * contrast_however and a comma), or 0; *@join says how it is joined. */
static guint
join_after (Ctx        *ctx,
            const Sent *s,
            guint       k,
            guint       e,
            Join       *join)
{
  gboolean semi = _ds_tok_is_punct (&s->toks[k], ';');
  guint c = k + 1, n;

  if (!semi && !_ds_tok_is_punct (&s->toks[k], ','))
    return 0;
  if ((n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONJ)) > 0)
    {
      /* "…, sementara itu …": a topic shift, no second side. */
      if (_ds_phrase_at (ctx, s, c, PL_CONTRAST_LINK) > n)
        return 0;
      *join = _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONJ_STRONG) == n ? JOIN_STRONG : JOIN_WEAK;
    }
  else if (semi && (n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_AFTER)) > 0)
    *join = JOIN_STRONG;
  else if (semi && (n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_HOWEVER)) > 0)
    *join = JOIN_WEAK;
  else
    return 0;
  c += n;
  /* "; by contrast, B", "; namun, B" */
  if (c < e && _ds_tok_is_punct (&s->toks[c], ','))
    c++;
  return c + 2 < e ? c : 0;
}

/* "While A …, B …", "Sementara A …, B …", "Jika A …, B justru …": the
 * first comma whose clause opens on a side; *@c1 is that clause's start
 * and *@join says how the opening joins the halves ("whereas" only
 * contrasts; "if" does when "justru", "malah" stands after B's name:
 * phrase list contrast_if_marker). */
static guint
opening_split (Ctx        *ctx,
               const Sent *s,
               guint       c0,
               guint       e,
               gboolean    cond,
               guint      *c1,
               Join       *join)
{
  Side side;

  for (guint k = c0 + 2; k + 2 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      {
        if (!subject_side (ctx, s, k + 1, &side))
          return 0;
        if (cond && _ds_phrase_at (ctx, s, side.b, PL_CONTRAST_IF_MARKER) == 0)
          return 0;
        *c1 = k + 1;
        *join = cond || _ds_phrase_at (ctx, s, 0, PL_CONTRAST_CONJ_STRONG) > 0 ? JOIN_STRONG : JOIN_WEAK;
        return k;
      }
  return 0;
}

/* Whether a side is named: a country, a capital past the sentence's
 * first word or in a word all in capitals ("Kementerian Luar Negeri
 * Jerman", "the German ministry", "ASEAN"), or the first side's
 * counterpart. The sentence's first capital counts when @opens (the
 * other side is named by a capital). */
static gboolean
named_side (Ctx        *ctx,
            const Sent *s,
            const Side *side,
            gboolean    opens)
{
  for (guint k = side->a; k < side->b; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->flags & W_COUNTRY) ||
          (t->cap && t->type == TOK_WORD && !(t->flags & W_FUNCTION) &&
           (k > 0 || opens || (t->len > 1 && g_ascii_isupper (t->p[1])))))
        return TRUE;
    }
  return side->a > 0 && counterpart_name_ok (ctx, s, side->a, side->b);
}

/* Whether @side's name stands again in tokens [a, e). */
static gboolean
named_in (const Sent *s,
          const Side *side,
          guint       a,
          guint       e)
{
  guint n = side->b - side->a;

  for (guint k = a; k + n <= e; k++)
    {
      guint i = 0;

      while (i < n && same_word (s, k + i, side->a + i))
        i++;
      if (i == n)
        return TRUE;
    }
  return FALSE;
}

/* Whether the clause [a, e) leans on the first half: a pointer ("it",
 * "tersebut", "menolaknya") or an echo ("juga", "too": phrase list
 * contrast_back); it answers or repeats the first actor, it sets no
 * second thing against it. */
static gboolean
leans_back (Ctx        *ctx,
            const Sent *s,
            guint       a,
            guint       e)
{
  for (guint k = a; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->flags & W_ANAPHOR) || _ds_phrase_at (ctx, s, k, PL_CONTRAST_BACK) > 0 ||
          (!ctx->english && t->verb && _ds_tok_ends_nya (t)))
        return TRUE;
    }
  return FALSE;
}

/* "While the talks were under way", "sementara perundingan sedang
 * berlangsung": a half that goes on (phrase list contrast_during, or an
 * English auxiliary and a word in "-ing") dates the other; no contrast. */
static gboolean
ongoing (Ctx        *ctx,
         const Sent *s,
         guint       a,
         guint       e)
{
  for (guint k = a; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_DURING) > 0 ||
          (ctx->english && (t->flags & W_AUX) && k + 1 < e && _ds_tok_ing_word (&s->toks[k + 1])))
        return TRUE;
    }
  return FALSE;
}

/* Whether the half of @side, up to @e, reports an act rather than
 * holds a way of doing: its verb an event's ("signed", "meluncurkan"),
 * after a word of tense ("will", "has", "telah": phrase list
 * contrast_news_aux) or in "-ed"; or a place after "di", "in" (phrase
 * list contrast_place_prep). "Kementerian Luar Negeri membuka kantor di
 * Nairobi, sedangkan Kementerian Perdagangan menutup dua kantornya di
 * Eropa" reports two acts of two actors: news, no contrast. */
static gboolean
news_half (Ctx        *ctx,
           const Sent *s,
           const Side *side,
           guint       e)
{
  guint v = side->b;

  while (v + 1 < e && ly_adverb (&s->toks[v]))
    v++;
  if (v >= e)
    return FALSE;
  if (_ds_phrase_at (ctx, s, v, PL_CONTRAST_NEWS_AUX) > 0 || (s->toks[v].flags & W_EVENT) ||
      (ctx->english && s->toks[v].type == TOK_WORD && !s->toks[v].cap && s->toks[v].len > 4 &&
       memcmp (s->toks[v].p + s->toks[v].len - 2, "ed", 2) == 0))
    return TRUE;
  for (guint k = v + 1; k + 1 < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_PLACE_PREP) == 1 && s->toks[k + 1].cap &&
        s->toks[k + 1].type == TOK_WORD)
      return TRUE;
  return FALSE;
}

/* A word that may stand in a name of a pair ("hard power", "Uni
 * Eropa"): no function word, verb or copula. */
static gboolean
pair_word (const Tok *t)
{
  return t->type == TOK_WORD && !(t->flags & (W_FUNCTION | W_CUE_DEF | W_VAGUE)) && !(t->verb && !t->cap);
}

/* "… hard power dan soft power …", "… the Paris Call and the Budapest
 * Convention …": the last pair of names sentence @x joins by "dan",
 * "and", as text, for "yang pertama … yang kedua", "the former … the
 * latter" to name. */
static gboolean
pair_in (Ctx         *ctx,
         const Sent  *x,
         char       **a,
         char       **b)
{
  gboolean found = FALSE;

  for (guint j = 1; j + 1 < x->n; j++)
    {
      guint xa = j, yb = j + 1;

      if (!(x->toks[j].flags & W_CONJ) || x->toks[j].type != TOK_WORD)
        continue;
      while (xa > 0 && j - xa < MAX_NAME_TOKENS && pair_word (&x->toks[xa - 1]))
        xa--;
      /* "A dan B sama-sama …", "A and B both …" */
      while (yb < x->n && yb - j <= MAX_NAME_TOKENS && pair_word (&x->toks[yb]) &&
             _ds_phrase_at (ctx, x, yb, PL_CONTRAST_BOTH) == 0)
        yb++;
      if (xa == j || yb == j + 1 || !side_name_ok (ctx, x, xa, j) || !side_name_ok (ctx, x, j + 1, yb))
        continue;
      g_free (*a);
      g_free (*b);
      /* The sentence's capital is a name's when the other side has one. */
      *a = _ds_phrase_dup (x, xa, j, !x->toks[j + 1].cap);
      *b = _ds_phrase_dup (x, j + 1, yb, FALSE);
      found = TRUE;
    }
  return found;
}

/* A contrast of two named sides (@a, @b) that runs over the sentence
 * before and @s: one claim from the start of that one to the end of
 * this, asked by both names; @subject (taken) is its answer. */
static gboolean
commit_across (Ctx        *ctx,
               Sent       *s,
               const char *a,
               const char *b,
               char       *subject)
{
  DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_FACT, DS_CLAIM_RULE_CONTRAST, s);

  claim->subject = subject;
  claim->body = g_strndup (s->p, s->end - s->p);
  claim->lead = g_strdup (a);
  claim->question = contrast_question (ctx, a, b, NULL, NULL);
  claim->start = ctx->prev.start;
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* "Hard power dan soft power sama-sama alat pengaruh. Yang pertama
 * mengandalkan paksaan, sedangkan yang kedua mengandalkan daya tarik",
 * "The former relies on …, while the latter relies on …": the halves
 * [c0, k) and [c1, e) after the two pointers (phrase lists
 * contrast_former, contrast_latter) are said of the pair the sentence
 * before names. */
static gboolean
commit_former_latter (Ctx  *ctx,
                      Sent *s,
                      guint c0,
                      guint k,
                      guint c1,
                      guint e)
{
  Sent x;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  /* English marks few verbs: "The former works through …". */
  if (ctx->prev.p == NULL || k < c0 + 2 || e < c1 + 2 ||
      (!ctx->english && (!verb_follows (s, c0, k) || !verb_follows (s, c1, e))))
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  if (x.question || !pair_in (ctx, &x, &a, &b))
    return FALSE;
  first = _ds_toks_dup (s, c0, k);
  second = _ds_toks_dup (s, c1, e);
  return commit_across (ctx, s, a, b, g_strdup_printf ("%s %s; %s %s", a, first, b, second));
}

/* "Hard power coerces, whereas soft power attracts", "Diplomasi jalur
 * pertama dijalankan oleh …, sedangkan diplomasi jalur kedua melibatkan
 * …": two kinds of one thing need no shared verb. Nor do two named
 * sides joined by a word that only contrasts ("Thailand menginginkan
 * …, sedangkan Kamboja membutuhkan …", "Thailand wants …, whereas
 * Cambodia needs …", "; by contrast, …", "Jika A …, B justru …").
 * "sementara", "while", "but", "namun", "padahal" also join what
 * happens at once or one actor's story ("Indonesia menandatangani …,
 * namun belum meratifikasi …"): they set two sides against each other
 * when both are named, the second is not the first, and its clause
 * neither leans back on the first ("menolaknya", "too") nor goes on
 * while the other happens. */
static gboolean
find_kinds (Ctx      *ctx,
            Sent     *s,
            gboolean  first)
{
  guint e = _ds_body_end (s), lead, c0, c1 = 0, k = 0, o, f, l, aspect_a = 0, aspect_b = 0;
  gboolean ok0, ok1, kinds, strong, cond, counterpart;
  Join join = JOIN_NONE;
  Side sides[2];

  if (!_ds_sent_may_start (s, HOT_CONTRAST_CONJ) && !_ds_sent_may_start (s, HOT_CONTRAST_LINK) &&
      _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING_IF) == 0)
    return FALSE;
  lead = difference_lead (ctx, s);
  c0 = lead > 0 ? lead : _ds_clause_start (s, 0);
  /* "While", "Sementara", "Jika" open the sentence (the clause's start
   * is past a connective). */
  o = lead > 0 ? 0 : _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING);
  cond = lead == 0 && o == 0 && (o = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING_IF)) > 0;
  if (o > 0)
    {
      c0 = o;
      k = opening_split (ctx, s, c0, e, cond, &c1, &join);
    }
  else
    {
      /* "Pertama, dari segi keanggotaan, A …, sedangkan B …": the two
       * sides in one aspect, asked in it. */
      if (lead == 0)
        c0 = aspect_opening (ctx, s, c0, &aspect_a, &aspect_b);
      for (k = c0 + 2; k + 2 < e && (c1 = join_after (ctx, s, k, e, &join)) == 0; k++)
        ;
    }
  if (c1 == 0)
    return FALSE;
  /* After "Perbedaannya," even "sementara", "while" set the halves
   * against each other. */
  strong = (join == JOIN_STRONG || lead > 0) && !explained_before (ctx, s);
  if (lead == 0 && dated (ctx, s, c0, e))
    return FALSE;
  if ((f = _ds_phrase_at (ctx, s, c0, PL_CONTRAST_FORMER)) > 0 &&
      (l = _ds_phrase_at (ctx, s, c1, PL_CONTRAST_LATTER)) > 0)
    return commit_former_latter (ctx, s, c0 + f, k, c1 + l, e);
  /* "Scholars separate A from B: A binds …, while B …": the first half
   * starts after a colon or semicolon before it; "Menurut laporan itu,
   * A …, tetapi B …" after a lead that names no side. */
  for (guint j = k; j > c0 + 1; j--)
    if (_ds_tok_is_punct (&s->toks[j - 1], ':') || _ds_tok_is_punct (&s->toks[j - 1], ';'))
      {
        c0 = j;
        break;
      }
  ok0 = subject_side (ctx, s, c0, &sides[0]);
  if (!ok0 && _ds_clause_start (s, k - 1) > c0 && _ds_phrase_at (ctx, s, c0, PL_COVER_SOURCE_LEAD) > 0 &&
      subject_side (ctx, s, _ds_clause_start (s, k - 1), &sides[0]))
    {
      c0 = _ds_clause_start (s, k - 1);
      ok0 = TRUE;
    }
  ok1 = second_subject_side (ctx, s, c1, &sides[1]);
  counterpart = ok1 && !side_name_ok (ctx, s, sides[1].a, sides[1].b);
  kinds = ok0 && ok1 && kinds_of_one (ctx, s, &sides[0], &sides[1]);
  /* Asked before the other rules (@first), only two named sides are:
   * two kinds of one thing may be defined in turn ("X berarti …,
   * sedangkan Y berarti …"), and the definitions ask them. */
  if (first && (kinds || lead > 0 || (s->flags & W_CUE_DEF)))
    return FALSE;
  if (!kinds)
    {
      /* Two named sides after "whereas": a verb English does not mark
       * is guessed by its ending. */
      /* (A counterpart's verb is the one after its noun: "their
       * digital counterparts speak …".) */
      if (!(ok0 && (counterpart || known_verb_after (ctx, s, &sides[0]))) &&
          !(ctx->english && guessed_side (ctx, s, c0, k, c0 == 0 && capital_in (s, c1, e), &sides[0])))
        return FALSE;
      if (!(ok1 && (counterpart || known_verb_after (ctx, s, &sides[1]))) &&
          !(ctx->english && guessed_side (ctx, s, c1, e, FALSE, &sides[1])))
        return FALSE;
      if (same_name (s, &sides[0], &sides[1]) ||
          (news_half (ctx, s, &sides[0], k) && news_half (ctx, s, &sides[1], e)))
        return FALSE;
      /* "Pengamat menilai Taiwan tertinggal, padahal Taiwan …": the
       * second side is the first half's own topic; one actor's story. */
      /* Before the other rules (@first) even "sedangkan" needs names:
       * a summary ("Singkat kata, A …, sedangkan B …") is theirs. */
      if ((!strong || first) && !counterpart &&
          (!named_side (ctx, s, &sides[1], FALSE) || !named_side (ctx, s, &sides[0], named_side (ctx, s, &sides[1], FALSE)) ||
           named_in (s, &sides[1], sides[0].b, k)))
        return FALSE;
    }
  if (!strong && (leans_back (ctx, s, sides[1].b, e) || ongoing (ctx, s, c0, k) || ongoing (ctx, s, c1, e)))
    return FALSE;
  sides[0].end = k;
  return commit_contrast_in (ctx, s, sides, 2, sides_answer (s, sides, 2), aspect_a, aspect_b);
}

/* ------------------------------------------------------------------ */
/* "Berbeda dengan A, B …", "Unlike A, B …"                            */

/* The first comma in [from, e), within @reach tokens; @e when none. */
static guint
comma_after (const Sent *s,
             guint       from,
             guint       e,
             guint       reach)
{
  for (guint k = from; k < e && k <= from + reach; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return k;
  return e;
}

/* Where A's name ends in "A yang …", "A, which …", "Waltz (1979)". */
static guint
name_before_relative (const Sent *s,
                      guint       a,
                      guint       end)
{
  for (guint k = a + 1; k < end; k++)
    if ((s->toks[k].flags & W_RELATIVE) || _ds_tok_is_punct (&s->toks[k], ','))
      return k;
  return citation_before (s, a, end);
}

/* B's clause; after what the text says of A when it says more than its
 * name ("diplomasi tradisional yang tertutup; diplomasi digital …"). */
static char *
unlike_answer (const Sent *s,
               const Side *sides)
{
  g_autofree char *a = NULL;
  g_autofree char *b = _ds_toks_dup (s, sides[0].c, sides[0].end);

  if (citation_end (s, sides[1].b) >= sides[1].end)
    return g_steal_pointer (&b);
  a = _ds_toks_dup (s, sides[1].a, sides[1].end);
  return g_strdup_printf ("%s; %s", a, b);
}

/* Whether a plain lower-case word in "-s" stands in [a, b). */
static gboolean
s_word_in (const Sent *s,
           guint       a,
           guint       b)
{
  for (guint k = a; k < b; k++)
    if (plain_word (&s->toks[k]) && english_s (&s->toks[k]))
      return TRUE;
  return FALSE;
}

/* "Dibandingkan dengan Vietnam, ekspor beras Thailand jauh lebih …",
 * "Compared with Vietnam, Thailand's rice exports were …": A is a bare
 * name, B a thing of another name (a name after a word in lower case,
 * or a name's possessive): the text compares the two things, one left
 * unsaid, and "the difference between Thailand's rice exports and
 * Vietnam" asks a wrong pair. */
static gboolean
elliptic_comparison (const Sent *s,
                     const Side *b_side,
                     const Side *a_side)
{
  gboolean lower = FALSE;

  for (guint k = a_side->a; k < a_side->b; k++)
    if (s->toks[k].type == TOK_WORD && !s->toks[k].cap)
      return FALSE;
  for (guint k = b_side->a; k < b_side->b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD)
        continue;
      if (t->cap && (lower || (t->len > 2 && t->p[t->len - 1] == 's' &&
                                (t->p[t->len - 2] == '\'' || (guchar) t->p[t->len - 2] == 0x99))))
        return TRUE;
      lower |= !t->cap && !(t->flags & W_FUNCTION);
    }
  return FALSE;
}

/* "Berbeda dengan Nye, Gallarotti memandang …": B's clause, compared
 * with A's name that the opening phrase gives; with @both, only when B
 * takes a stand (phrase list contrast_stance: "believe", "percaya") and
 * the opening says what A holds as well ("Unlike realists, who stress
 * …, liberals believe …"). */
static gboolean
find_unlike_in (Ctx     *ctx,
                Sent    *s,
                gboolean both)
{
  guint e = _ds_body_end (s), c0 = _ds_clause_start (s, 0), a, comma, vb;
  Side sides[2];

  if ((a = _ds_phrase_at (ctx, s, c0, PL_CONTRAST_UNLIKE)) == 0)
    return FALSE;
  a += c0;
  comma = comma_after (s, a + 1, e, MAX_NAME_TOKENS);
  /* "Unlike A, which …, B …": the relative clause describes A; so does
   * the Indonesian "Berbeda dengan A yang …, B …", with no comma before
   * it. */
  if (comma + 1 < e && (s->toks[comma + 1].flags & W_RELATIVE))
    comma = comma_after (s, comma + 2, e, MAX_RELATIVE_TOKENS);
  else if (!ctx->english)
    for (guint k = a + 1; k < MIN (comma, e) && k <= a + MAX_NAME_TOKENS; k++)
      if (_ds_tok_is (&s->toks[k], "yang") && k > a + 1 && s->toks[k - 1].cap)
        {
          comma = comma_after (s, k + 1, e, MAX_RELATIVE_TOKENS);
          break;
        }
  if (comma + 3 >= e || (vb = subject_end (ctx, s, comma + 1, e)) == 0 ||
      (both && !stance_word (ctx, s, vb)))
    return FALSE;
  sides[0] = (Side) { comma + 1, name_end (s, comma + 1, vb), comma + 1, e };
  /* "Unlike A, the Tarsin government spends twice …": a verb English
   * does not know stands inside the name when no known verb follows it
   * ("the new rules cover …"); it is guessed by its ending. */
  if (ctx->english && s_word_in (s, sides[0].a + 1, sides[0].b) && !known_verb_after (ctx, s, &sides[0]) &&
      !guessed_side (ctx, s, comma + 1, e, TRUE, &sides[0]))
    return FALSE;
  sides[1] = (Side) { a, name_before_relative (s, a, comma), a, comma };
  if (elliptic_comparison (s, &sides[0], &sides[1]) || (both && citation_end (s, sides[1].b) >= sides[1].end))
    return FALSE;
  if (!side_name_ok (ctx, s, sides[0].a, sides[0].b) || !side_name_ok (ctx, s, a, sides[1].b) ||
      same_name (s, &sides[0], &sides[1]))
    return FALSE;
  if (commit_contrast (ctx, s, sides, 2, unlike_answer (s, sides)))
    return TRUE;
  /* Asked first (@both), a contrast the gate refused leaves the
   * sentence, unread before, to the rules of what a source holds. */
  if (both)
    for (guint k = 0; k < s->n; k++)
      s->toks[k].used = FALSE;
  return FALSE;
}

static gboolean
find_unlike (Ctx  *ctx,
             Sent *s)
{
  return find_unlike_in (ctx, s, FALSE);
}

/* "Konstruktivisme, berbeda dengan realisme, menekankan …",
 * "Constructivism, unlike realism, relies on …": A's name between
 * commas after B, and B's verb after it; answered by B and what it
 * does, without the aside. */
static gboolean
find_unlike_aside (Ctx  *ctx,
                   Sent *s)
{
  guint e = _ds_body_end (s), c0 = _ds_clause_start (s, 0), c1, a, n, c2, v;
  g_autofree char *name = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *other = NULL;
  DsClaim *claim;
  Side sides[2];

  c1 = comma_after (s, c0 + 1, e, MAX_NAME_TOKENS);
  if (c1 + 1 >= e || (n = _ds_phrase_at (ctx, s, c1 + 1, PL_CONTRAST_UNLIKE)) == 0)
    return FALSE;
  a = c1 + 1 + n;
  c2 = comma_after (s, a + 1, e, MAX_NAME_TOKENS);
  v = c2 + 1;
  while (v < e && (s->toks[v].flags & W_ADV) && !s->toks[v].verb)
    v++;
  /* After the aside stands the verb: "sets", "left", "relies"; not
   * another item ("A, unlike B, trade and mining …"). */
  if (v + 2 >= e ||
      !(verb_follows (s, v, e) ||
        (ctx->english && plain_word (&s->toks[v]) && !(s->toks[v + 1].flags & W_CONJ) &&
         !_ds_tok_is_punct (&s->toks[v + 1], ','))))
    return FALSE;
  sides[0] = (Side) { c0, c1, c0, e };
  sides[1] = (Side) { a, c2, a, c2 };
  if (!side_name_ok (ctx, s, c0, c1) || !side_name_ok (ctx, s, a, c2) || same_name (s, &sides[0], &sides[1]))
    return FALSE;
  name = _ds_phrase_dup (s, c0, c1, lower_side (s, &sides[0]));
  rest = _ds_toks_dup (s, c2 + 1, e);
  other = _ds_phrase_dup (s, a, c2, lower_side (s, &sides[1]));
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, c0, e);
  g_free (claim->subject);
  claim->subject = g_strdup_printf ("%s %s", name, rest);
  claim->lead = side_lead (s, &sides[0]);
  /* The aside's capital is a name's ("CITES"); the subject's is the
   * sentence's unless it is a name. */
  claim->question = contrast_question (ctx, name, other, NULL, NULL);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "Perbedaan antara A dan B terletak pada …"                          */

/* "A dan B", "A and B" in tokens [a, b): the two sides. */
static gboolean
pair_joined (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b,
             Side       *sides)
{
  for (guint k = a + 1; k + 1 < b; k++)
    if (s->toks[k].flags & W_CONJ)
      {
        sides[0] = (Side) { a, k, a, b };
        sides[1] = (Side) { k + 1, b, k + 1, b };
        /* "between upstream states and downstream states is that …":
         * the pair ends where the difference is said, so a word in "-s"
         * in it is a plural, no verb. */
        return name_ok (ctx, s, a, k, TRUE) && name_ok (ctx, s, k + 1, b, TRUE) &&
               !same_name (s, &sides[0], &sides[1]);
      }
  return FALSE;
}

/* "Perbedaan utama antara A dan B terletak pada …", "The key difference
 * between A and B is that …": the text names the difference outright. */
static gboolean
find_difference (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_start (s, 0), n, a, l = 0;
  Side sides[2];

  c += c < e && _ds_tok_is_article (&s->toks[c]);
  if ((n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_DIFFERENCE)) == 0 ||
      (a = _ds_phrase_at (ctx, s, c + n, PL_CONTRAST_BETWEEN)) == 0)
    return FALSE;
  a += c + n;
  for (guint k = a + 2; k < e && l == 0 && k <= a + 2 * MAX_NAME_TOKENS; k++)
    if ((n = _ds_phrase_at (ctx, s, k, PL_CONTRAST_LIES)) > 0)
      l = k;
  if (l == 0 || l + n + 2 > e || !pair_joined (ctx, s, a, l, sides))
    return FALSE;
  return commit_contrast (ctx, s, sides, 2, _ds_toks_dup (s, l + n, e));
}

/* ------------------------------------------------------------------ */
/* "A tidak sama dengan B." then how; "Apakah A sama dengan B? Tidak. …" */

/* Tokens the sentences that say how two things differ may take. */
#define MAX_EXPLANATION_TOKENS 80

/* The sentence's first colon after @c, else its body's end. */
static guint
colon_or_end (const Sent *s,
              guint       c)
{
  guint e = _ds_body_end (s);

  for (guint k = c; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      return k;
  return e;
}

/* Tokens a second side that ends the sentence may take. */
#define MAX_REST_SIDE_TOKENS 5

/* "… tidak sama dengan kewenangan mengadili pokok perkara.", "… is not
 * the same as admissibility of the claim.": a second side that runs to
 * the sentence's end names a thing though a name would not hold its verb
 * or its "of": a noun first, five words at most, nothing that points,
 * joins or opens a clause. */
static gboolean
rest_side_ok (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e)
{
  if (e <= a + 1 || e - a > MAX_REST_SIDE_TOKENS || s->toks[a].type != TOK_WORD || s->toks[a].verb ||
      (s->toks[a].flags & W_FUNCTION))
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || vague_word (ctx, s, k) ||
          (t->flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_VAGUE | W_THAT | W_RELATIVE | W_QUESTION | W_AUX)) ||
          ((t->flags & W_PREP) && !(ctx->english && _ds_tok_is (t, "of") && k > a && k + 1 < e)))
        return FALSE;
    }
  return TRUE;
}

/* "A <@between> B" or "A dan B <@after>", from token @c to the end of
 * the sentence, or to a colon ("A dan B tidak sama: …"): the two sides
 * named. */
static gboolean
pair_named (Ctx        *ctx,
            const Sent *s,
            guint       c,
            PhraseId    between,
            PhraseId    after,
            Side       *sides)
{
  guint e = colon_or_end (s, c), n, k, hi;

  for (guint i = c + 1; i < e && i <= c + 2 * MAX_NAME_TOKENS; i++)
    {
      if ((n = _ds_phrase_at (ctx, s, i, between)) > 0 && i + n < e)
        {
          guint b = e;

          /* "… a peace treaty according to most lawyers": whose view it
           * is (phrase list cover_source_lead) is no part of the side. */
          for (k = i + n + 1; k < e && b == e; k++)
            if (_ds_phrase_at (ctx, s, k, PL_COVER_SOURCE_LEAD) > 0)
              b = k;
          sides[0] = (Side) { c, name_end (s, c, i), c, e };
          sides[1] = (Side) { i + n, b, i + n, e };
          return side_name_ok (ctx, s, c, sides[0].b) &&
                 (side_name_ok (ctx, s, i + n, b) || (b == _ds_body_end (s) && rest_side_ok (ctx, s, i + n, b))) &&
                 !same_name (s, &sides[0], &sides[1]);
        }
      if ((n = _ds_phrase_at (ctx, s, i, after)) > 0 && i + n == e)
        {
          hi = name_end (s, c, i);
          for (k = c + 1; k + 1 < hi && !(s->toks[k].flags & W_CONJ); k++)
            ;
          sides[0] = (Side) { c, k, c, e };
          sides[1] = (Side) { k + 1, hi, k + 1, e };
          return k + 1 < hi && side_name_ok (ctx, s, c, k) && side_name_ok (ctx, s, k + 1, hi) &&
                 !same_name (s, &sides[0], &sides[1]);
        }
    }
  return FALSE;
}

/* The sentence after @ref in its paragraph, cut as the paragraph's walk
 * cuts it; FALSE at the paragraph's end. */
static gboolean
next_sentence (Ctx           *ctx,
               const SentRef *ref,
               SentRef       *next)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, ref->block);
  const char *end = ctx->text + block->byte_end;
  const char *p = ref->end;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (p >= end)
    return FALSE;
  *next = (SentRef) { p, _ds_sentence_end (ctx, p, end), 0, 0, ref->block };
  while (next->end > p && (next->end[-1] == ' ' || next->end[-1] == '\t'))
    next->end--;
  next->start = ref->end_char + _ds_count_chars (ref->end, p);
  next->end_char = next->start + _ds_count_chars (p, next->end);
  return TRUE;
}

/* Whether sentence @x names side @side of @s by one of its words. */
static gboolean
mentions (const Sent *s,
          const Side *side,
          const Sent *x)
{
  for (guint k = side->a; k < side->b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || t->len < 3 || (t->flags & W_FUNCTION))
        continue;
      for (guint j = 0; j < x->n; j++)
        if (x->toks[j].len == t->len && ds_ascii_strncasecmp (x->toks[j].p, t->p, t->len) == 0)
          return TRUE;
    }
  return FALSE;
}

/* A sentence that can say how the sides differ: a statement of prose
 * length that names one of them or points back at them ("yang
 * pertama …", "the former …"). */
static gboolean
explains (Ctx        *ctx,
          const Sent *s,
          const Side *sides,
          const Sent *x)
{
  if (x->question || x->n < 4 || x->n > MAX_EXPLANATION_TOKENS)
    return FALSE;
  return mentions (s, &sides[0], x) || mentions (s, &sides[1], x) ||
         _ds_phrase_at (ctx, x, 0, PL_BACK_REFERENCE) > 0;
}

/* Where the explanation's text starts: after a "Tidak," that answers
 * the question before it. */
static const char *
explanation_start (Ctx        *ctx,
                   const Sent *x)
{
  guint n = _ds_phrase_at (ctx, x, 0, PL_CONTRAST_DENIAL);

  /* "No. Cyber espionage …": "No." may read as an abbreviation. */
  if (n > 0 && n + 1 < x->n && (_ds_tok_is_punct (&x->toks[n], ',') || _ds_tok_is_punct (&x->toks[n], '.')))
    return x->toks[n + 1].p;
  return x->p;
}

/* The sentence after @s that says how its two sides differ, past a bare
 * "Tidak." or "No."; and the one after it too when the first speaks of
 * one side only. *@first and *@last receive where the two are. */
static gboolean
explanation (Ctx        *ctx,
             const Sent *s,
             const Side *sides,
             SentRef    *first,
             SentRef    *last)
{
  SentRef ref = { s->p, s->end, s->start, s->end_char, s->block }, next;
  Sent x;
  gboolean one_side;

  if (!next_sentence (ctx, &ref, first))
    return FALSE;
  _ds_sent_from_ref (ctx, first, &x);
  if (x.n <= 3 && _ds_phrase_at (ctx, &x, 0, PL_CONTRAST_DENIAL) > 0)
    {
      ref = *first;
      if (!next_sentence (ctx, &ref, first))
        return FALSE;
      _ds_sent_from_ref (ctx, first, &x);
    }
  if (!explains (ctx, s, sides, &x))
    return FALSE;
  *last = *first;
  one_side = mentions (s, &sides[0], &x) != mentions (s, &sides[1], &x);
  if (one_side && next_sentence (ctx, first, &next))
    {
      _ds_sent_from_ref (ctx, &next, &x);
      if (explains (ctx, s, sides, &x))
        *last = next;
    }
  /* The first sentence again, for where its text starts. */
  _ds_sent_from_ref (ctx, first, &x);
  first->p = explanation_start (ctx, &x);
  return TRUE;
}

/* The claim of sides named by @s and explained by the sentences after
 * it: its source runs from @s to the last of them. */
static gboolean
commit_explained (Ctx        *ctx,
                  Sent       *s,
                  const Side *sides)
{
  SentRef first, last;
  const char *end;
  DsClaim *claim;

  if (!explanation (ctx, s, sides, &first, &last))
    return FALSE;
  for (end = last.end; end > first.p && strchr (".!", end[-1]) != NULL; end--)
    ;
  claim = _ds_claim_new (ctx, DS_CLAIM_FACT, DS_CLAIM_RULE_CONTRAST, s);
  claim->subject = g_strndup (first.p, end - first.p);
  claim->body = g_strndup (s->p, s->end - s->p);
  claim->key_start = first.start;
  claim->key_end = last.end_char;
  claim->lead = side_lead (s, &sides[0]);
  claim->question = sides_question (ctx, s, sides, 2, 0, 0);
  _ds_claim_extend (ctx, claim, last.end_char, last.end);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* "Soft power tidak sama dengan pengaruh.", "A dan B tidak identik.",
 * "A is not the same as B." — then the next sentences say how. */
static gboolean
find_announced (Ctx  *ctx,
                Sent *s)
{
  guint c = _ds_clause_start (s, 0), colon = colon_or_end (s, c), e = _ds_body_end (s);
  Side sides[2];

  if ((!_ds_sent_may_start (s, HOT_CONTRAST_DIFFER) && !_ds_sent_may_start (s, HOT_CONTRAST_PAIR_DIFFER)) ||
      !pair_named (ctx, s, c, PL_CONTRAST_DIFFER, PL_CONTRAST_PAIR_DIFFER, sides))
    return FALSE;
  /* "Filipina dan Brunei tidak sama: yang satu …, yang lain …". */
  if (colon < e)
    return colon + 3 < e && commit_contrast (ctx, s, sides, 2, _ds_toks_dup (s, colon + 1, e));
  return commit_explained (ctx, s, sides);
}

/* "Apakah A sama dengan B? Tidak. A berarti …; B berarti …": a question
 * the text answers at once. */
gboolean
_ds_find_contrast_question (Ctx  *ctx,
                            Sent *s)
{
  guint c = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_ASK);
  Side sides[2];

  return c > 0 && pair_named (ctx, s, c, PL_CONTRAST_SAME, PL_CONTRAST_SAME_PAIR, sides) &&
         commit_explained (ctx, s, sides);
}

/* ------------------------------------------------------------------ */
/* "A … . Sebaliknya, B …", "B, by contrast, …", "Di satu sisi … Di sisi
 * lain …"                                                             */

/* Where the clause at @c goes on after the phrase of @list and its comma
 * ("Sebaliknya, …", "Di satu sisi, …"); @c when the phrase is not there.
 * *@found says whether it was. */
static guint
after_marker (Ctx        *ctx,
              const Sent *s,
              guint       c,
              PhraseId    list,
              gboolean   *found)
{
  guint n = _ds_phrase_at (ctx, s, c, list);

  *found = n > 0 && c + n < s->n && _ds_tok_is_punct (&s->toks[c + n], ',');
  return *found ? c + n + 1 : c;
}

/* "B, by contrast, is …", "B, di sisi lain, …": B, and where its clause
 * goes on after the marker; FALSE when the marker is not there. */
static gboolean
inner_marker (Ctx        *ctx,
              const Sent *s,
              guint       c,
              Side       *side,
              guint      *rest)
{
  guint n;

  for (guint k = c + 1; k < s->n && k <= c + MAX_NAME_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      {
        n = _ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_AFTER);
        if (n == 0 || k + n + 2 >= s->n || !_ds_tok_is_punct (&s->toks[k + n + 1], ','))
          return FALSE;
        *side = (Side) { c, k, c, _ds_body_end (s) };
        *rest = k + n + 2;
        return second_name_ok (ctx, s, c, k);
      }
  return FALSE;
}

/* The side the sentence before opens with ("Di satu sisi, A …" or plain
 * "A …"), its name and clause as text; @one_hand says whether it had to
 * open with "Di satu sisi". */
static gboolean
side_before (Ctx      *ctx,
             gboolean  one_hand,
             char    **name,
             char    **clause,
             gboolean *named)
{
  Sent x;
  Side side;
  gboolean found;
  guint c;

  if (ctx->prev.p == NULL)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  c = after_marker (ctx, &x, _ds_clause_start (&x, 0), PL_CONTRAST_ONE_HAND, &found);
  /* "Donors pay for most missions.": a clause of one word is a name
   * cut before its last word, taken for a verb. */
  if ((one_hand && !found) || x.question || !subject_side (ctx, &x, c, &side) ||
      _ds_count_words (&x, side.b, _ds_body_end (&x)) < 2)
    return FALSE;
  *name = _ds_phrase_dup (&x, side.a, side.b, citation_end (&x, side.b) == side.b);
  *clause = _ds_phrase_dup (&x, side.c, side.end, citation_end (&x, side.b) == side.b);
  /* (A name that reports an act, as B does, is no contrast's.) */
  *named = named_side (ctx, &x, &side, TRUE) && !news_half (ctx, &x, &side, _ds_body_end (&x));
  return TRUE;
}

/* "…, di sisi lain, B …", "…; but on the other hand, B …": where B's
 * clause starts after the separator at @k, or 0. */
static guint
other_hand_at (Ctx        *ctx,
               const Sent *s,
               guint       k)
{
  gboolean found;
  guint c = k + 1;

  if (!_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';'))
    return 0;
  c += _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONJ);
  c = after_marker (ctx, s, c, PL_CONTRAST_OTHER_HAND, &found);
  return found ? c : 0;
}

/* "Di satu sisi, A …; di sisi lain, B …" in one sentence. */
static gboolean
find_hands (Ctx  *ctx,
            Sent *s)
{
  guint e = _ds_body_end (s), c, b = 0, k;
  gboolean found;
  Side sides[2];

  c = after_marker (ctx, s, _ds_clause_start (s, 0), PL_CONTRAST_ONE_HAND, &found);
  if (!found || !subject_side (ctx, s, c, &sides[0]))
    return FALSE;
  for (k = sides[0].b + 1; k + 3 < e && b == 0; k++)
    b = other_hand_at (ctx, s, k);
  if (b == 0 || !second_subject_side (ctx, s, b, &sides[1]) || same_name (s, &sides[0], &sides[1]))
    return FALSE;
  sides[0].end = k - 1;
  return commit_contrast (ctx, s, sides, 2, sides_answer (s, sides, 2));
}

/* The name the sentence before last opened with, when its head is the
 * word @noun ("Dewan Keamanan PBB" for "dewan", "the UN Security
 * Council" for "council"); NULL otherwise. */
static char *
name_before_last (Ctx       *ctx,
                  const Tok *noun)
{
  Sent x;
  guint c, a, b, head;
  g_autofree char *name = NULL;

  if (ctx->prev2.p == NULL || ctx->prev2.block != ctx->prev.block)
    return NULL;
  _ds_sent_from_ref (ctx, &ctx->prev2, &x);
  c = _ds_clause_start (&x, 0);
  c += c < x.n && _ds_tok_is (&x.toks[c], "the");
  if (_ds_read_name (&x, c, x.n, &a, &b) <= c || a != c || b - a < 2)
    return NULL;
  head = ctx->english ? b - 1 : a;
  if (x.toks[head].len != noun->len || ds_ascii_strncasecmp (x.toks[head].p, noun->p, noun->len) != 0)
    return NULL;
  name = _ds_toks_dup (&x, a, b);
  return g_strconcat (c > 0 && _ds_tok_is (&x.toks[c - 1], "the") ? "the " : "", name, NULL);
}

/* "Sebaliknya, dewan ini …", "By contrast, this council …": a side
 * that points back at a body the sentence before last named, past the
 * one set against it. Its name in @side and as text; NULL when it
 * points at no such name. */
static char *
side_named_earlier (Ctx        *ctx,
                    const Sent *s,
                    guint       c,
                    Side       *side)
{
  guint e = _ds_body_end (s), noun, v;

  if (c + 2 >= e)
    return NULL;
  if (ctx->english && (_ds_tok_is_article (&s->toks[c]) || (s->toks[c].flags & W_ANAPHOR)))
    noun = c + 1;
  else if (!ctx->english && (s->toks[c + 1].flags & W_ANAPHOR))
    noun = c;
  else
    return NULL;
  v = c + 2;
  while (v < e && (s->toks[v].flags & (W_ADV | W_AUX)))
    v++;
  if (s->toks[noun].cap || s->toks[noun].type != TOK_WORD || v >= e || !(s->toks[v].verb || v > c + 2 ||
                                                                        (ctx->english && english_verb_at (ctx, s, c, v))))
    return NULL;
  *side = (Side) { c, c + 2, c, e };
  return name_before_last (ctx, &s->toks[noun]);
}

/* "Realisme memandang … . Sebaliknya, konstruktivisme menekankan …":
 * B is set against the side the sentence before opened with. */
static gboolean
contrast_after_from (Ctx      *ctx,
                     Sent     *s,
                     guint     c,
                     guint     rest,
                     gboolean  opening,
                     gboolean  weak,
                     Side      side)
{
  guint e = _ds_body_end (s);
  gboolean one_hand, named;
  g_autofree char *a = NULL;
  g_autofree char *a_clause = NULL;
  g_autofree char *b = NULL;
  g_autofree char *b_rest = NULL;

  one_hand = opening && _ds_phrase_at (ctx, s, c, PL_CONTRAST_OTHER_HAND) > 0;
  if (opening && (b = side_named_earlier (ctx, s, rest, &side)) != NULL)
    ;
  else if (opening && !second_subject_side (ctx, s, rest, &side))
    return FALSE;
  if (opening)
    rest = side.b;
  if (rest >= e || !side_before (ctx, one_hand, &a, &a_clause, &named))
    return FALSE;
  /* "ASEAN memilih … . Namun, Uni Eropa menggunakan …": after a word
   * that also turns one actor's story, both sides are names, and B's
   * clause neither points back nor reports an act. */
  if (weak && (b != NULL || !named || !named_side (ctx, s, &side, FALSE) || leans_back (ctx, s, side.b, e) ||
               news_half (ctx, s, &side, e)))
    return FALSE;
  if (b == NULL)
    b = _ds_phrase_dup (s, side.a, side.b, TRUE);
  b_rest = _ds_toks_dup (s, rest, e);
  if (g_ascii_strcasecmp (a, b) == 0)
    return FALSE;
  return commit_across (ctx, s, a, b, g_strdup_printf ("%s; %s %s", a_clause, b, b_rest));
}

static gboolean
find_contrast_after (Ctx  *ctx,
                     Sent *s)
{
  guint c = _ds_clause_start (s, 0), rest;
  gboolean opening, weak = FALSE;
  Side side = { 0, 0, 0, 0 };

  /* "A tidak sama dengan B. … Sebaliknya, B …" asked the contrast, this
   * sentence in its answer. */
  if (explained_before (ctx, s))
    return FALSE;
  rest = after_marker (ctx, s, c, PL_CONTRAST_AFTER, &opening);
  /* "Namun, B …", "However, B …" (contrast_however) open the sentence. */
  if (!opening && (_ds_sent_may_start (s, HOT_CONTRAST_CONJ) || _ds_sent_may_start (s, HOT_CONTRAST_LINK)) &&
      (rest = after_marker (ctx, s, 0, PL_CONTRAST_HOWEVER, &weak)) > 0 && weak)
    return contrast_after_from (ctx, s, rest, rest, TRUE, TRUE, side);
  /* (Most sentences have no marker: contrast_after_from(), which declares
   * the strings, is not entered.) */
  if (!opening && !inner_marker (ctx, s, c, &side, &rest))
    return FALSE;
  return contrast_after_from (ctx, s, c, rest, opening, FALSE, side);
}

/* ------------------------------------------------------------------ */
/* "Dulu, A …; kini, B …", "In the past, A … . Today, B …"             */

/* Tokens a half of a then-and-now or of two camps may take. */
#define MAX_HALF_TOKENS 45

/* Where a sentence's clause starts past its links ("Namun,", "Sementara
 * itu,", "Meanwhile,"). */
static guint
past_links (Ctx        *ctx,
            const Sent *s)
{
  guint k = 0, n;
  gboolean link = _ds_sent_may_start (s, HOT_CONTRAST_LINK);

  while (k < s->n)
    {
      if (link && (n = _ds_phrase_at (ctx, s, k, PL_CONTRAST_LINK)) > 0)
        k += n;
      else if ((s->toks[k].flags & W_CONNECTIVE) || _ds_tok_is_punct (&s->toks[k], ','))
        k++;
      else
        break;
    }
  return k;
}

/* How an English time marker must be followed to open a "then". */
typedef enum {
  COMMA_NEVER,      /* "Today the council …" */
  COMMA_PHRASE,     /* "In the past," ("in the past decade" dates); "Once a …" */
  COMMA_ALWAYS,     /* "Once," alone: "Once the treaty …" is "after" */
} CommaNeed;

/* Where the clause goes on after a time marker of @list at @c ("Dulu,",
 * "Dahulu", "Kini", "In the past,", "Today"), or 0. Indonesian needs no
 * comma; English may, as @need says. */
static guint
after_time (Ctx        *ctx,
            const Sent *s,
            guint       c,
            PhraseId    list,
            CommaNeed   need)
{
  guint n = _ds_phrase_at (ctx, s, c, list), u;

  /* "Until around 2005,", "Sampai sekitar tahun 2005,": a year that ends
   * what was (phrase list contrast_then_until, then the year) opens a
   * "then" as "Dulu," does. */
  if (n == 0 && s->has_digit && list == PL_CONTRAST_THEN &&
      (u = _ds_phrase_at (ctx, s, c, PL_CONTRAST_THEN_UNTIL)) > 0)
    {
      /* "around", "sekitar tahun" before the year. */
      while (c + u < s->n && u < 4 && _ds_phrase_at (ctx, s, c + u, PL_CONTRAST_THEN_APPROX) == 1)
        u++;
      if (c + u < s->n && s->toks[c + u].type == TOK_NUMBER && s->toks[c + u].len == 4)
        n = u + 1;
    }
  if (n == 0 || c + n + 3 >= s->n)
    return 0;
  if (_ds_tok_is_punct (&s->toks[c + n], ','))
    return c + n + 1;
  if (ctx->english && (need == COMMA_ALWAYS || (need == COMMA_PHRASE && n > 1)))
    return 0;
  return c + n;
}

/* A subject that names what a then-and-now is about: a side's name that
 * opens with no indefinite article ("a forum for …" describes, it names
 * nothing). */
static char *
time_name (const Sent *s,
           const Side *side)
{
  const Tok *t = &s->toks[side->a];

  if ((t->flags & W_DET) && !_ds_tok_is (t, "the"))
    return NULL;
  return _ds_phrase_dup (s, side->a, side->b, TRUE);
}

/* An English subject up to the auxiliary of its clause ("water talks
 * between the four states were run …"): a plural before it is no verb. */
static gboolean
english_aux_side (Ctx        *ctx,
                  const Sent *s,
                  guint       c,
                  Side       *side)
{
  for (guint v = c + 1; v < s->n && v <= c + MAX_NAME_TOKENS + 1; v++)
    {
      const Tok *t = &s->toks[v];

      if (t->type == TOK_PUNCT || (t->flags & (W_RELATIVE | W_THAT)))
        return FALSE;
      if (t->flags & W_AUX)
        {
          *side = (Side) { c, name_end (s, c, v), c, s->n };
          return name_ok (ctx, s, c, side->b, TRUE);
        }
    }
  return FALSE;
}

/* The "then" half's subject, at @c, as text; NULL when it names nothing. */
static char *
then_subject (Ctx        *ctx,
              const Sent *s,
              guint       c)
{
  Side side;

  if (ctx->english && english_aux_side (ctx, s, c, &side))
    return time_name (s, &side);
  return subject_side (ctx, s, c, &side) ? time_name (s, &side) : NULL;
}

/* "Apa perbedaan X dulu dan sekarang?", "What has changed about X?" */
static char *
time_question (Ctx        *ctx,
               const char *subject)
{
  g_autofree char *question = ds_lang_expand (ctx->lang, "question_then_now", "subject", subject, NULL);

  return ds_utf8_capitalize (question);
}

/* The "now" half after the separator at @k of a sentence that opened
 * with "then": "…; kini, B …", "…, but today B …", or a half whose
 * subject stands before "now" ("…, the council now …"). Returns where
 * the half starts, or 0; *@name receives the name before "now" (NULL
 * when the marker opens the half). */
static guint
now_half (Ctx        *ctx,
          const Sent *s,
          guint       k,
          guint       e,
          char      **name)
{
  guint c = k + 1, b;
  Side side;

  *name = NULL;
  if (!_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';'))
    return 0;
  c += _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONJ);
  /* "…; kini, B …": the then half names what changed; B may be another
   * actor ("Dulu, X …; kini, kedua negara …"). */
  if ((b = after_time (ctx, s, c, PL_CONTRAST_NOW, COMMA_NEVER)) > 0 && b + 2 < e)
    return c;
  for (b = c + 1; b + 2 < e && b <= c + MAX_NAME_TOKENS; b++)
    {
      if (s->toks[b].type == TOK_PUNCT && s->toks[b].ch != '-')
        return 0;
      if (_ds_phrase_at (ctx, s, b, PL_CONTRAST_NOW) > 0)
        {
          side = (Side) { c, b, c, e };
          *name = side_name_ok (ctx, s, c, b) ? time_name (s, &side) : NULL;
          return *name != NULL ? c : 0;
        }
    }
  return 0;
}

/* Commits a contrast of @s answered by @answer, ranked by @lead and
 * asked by @question (all taken); @across when its first half is the
 * sentence before, which its source then takes in. */
static gboolean
commit_halves (Ctx      *ctx,
               Sent     *s,
               char     *answer,
               char     *lead,
               char     *question,
               gboolean  across)
{
  DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_FACT, DS_CLAIM_RULE_CONTRAST, s);

  claim->subject = answer;
  claim->body = g_strndup (s->p, s->end - s->p);
  claim->lead = lead;
  claim->question = question;
  if (across)
    {
      claim->start = ctx->prev.start;
      _ds_claim_extend (ctx, claim, s->end_char, s->end);
    }
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* Commits a then-and-now about @subject (taken), answered by @answer
 * (taken). */
static gboolean
commit_then_now (Ctx     *ctx,
                 Sent    *s,
                 char    *subject,
                 char    *answer,
                 gboolean across)
{
  return commit_halves (ctx, s, answer, subject, time_question (ctx, subject), across);
}

/* "Dulu, perundingan kuota berlangsung tertutup; kini, …", "Once a
 * forum for reports, the commission now …": then and now in one
 * sentence, about the then half's subject, else the name before "now"
 * (a then half with no verb describes it). */
static gboolean
then_now_one (Ctx  *ctx,
              Sent *s)
{
  guint e = _ds_body_end (s), c = past_links (ctx, s), b = 0, a, k;
  g_autofree char *now_name = NULL;
  char *subject;

  /* "Whereas in the past A …, today B …": after a connective the marker
   * opens a clause, and needs no comma. */
  a = after_time (ctx, s, c, PL_CONTRAST_THEN, c > 0 ? COMMA_NEVER : COMMA_PHRASE);
  if (a == 0 || e > 2 * MAX_HALF_TOKENS)
    return FALSE;
  for (k = a + 3; k + 3 < e && b == 0; k++)
    {
      g_clear_pointer (&now_name, g_free);
      b = now_half (ctx, s, k, e, &now_name);
    }
  if (b == 0)
    return FALSE;
  /* (@k went one past the half's separator.) */
  k--;
  subject = then_subject (ctx, s, a);
  if (subject == NULL && (subject = g_steal_pointer (&now_name)) == NULL)
    return FALSE;
  /* "Sampai sekitar tahun 2005, …": an answer may not open on
   * "sampai", "hingga"; the year goes after what it ends. */
  if (!ctx->english && _ds_phrase_at (ctx, s, c, PL_CONTRAST_THEN_UNTIL) > 0 && a > c + 1 &&
      _ds_tok_is_punct (&s->toks[a - 1], ','))
    {
      g_autofree char *then = _ds_toks_dup (s, a, k);
      g_autofree char *until = g_ascii_strdown (s->toks[c].p, s->toks[c].len);
      g_autofree char *year = _ds_toks_dup (s, c + 1, a - 1);
      g_autofree char *now = _ds_toks_dup (s, k, e);

      return commit_then_now (ctx, s, subject, g_strdup_printf ("%s (%s %s)%s", then, until, year, now), FALSE);
    }
  return commit_then_now (ctx, s, subject, _ds_toks_dup (s, c, e), FALSE);
}

/* "Dahulu, A … . Kini, B …": the sentence before said what was. */
static gboolean
then_now_across (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), c = past_links (ctx, s), b = after_time (ctx, s, c, PL_CONTRAST_NOW, COMMA_NEVER), a;
  char *subject;
  Sent x;

  if (b == 0 || b + 3 > e || e > MAX_HALF_TOKENS || ctx->prev.p == NULL || ctx->prev.block != s->block)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  a = after_time (ctx, &x, past_links (ctx, &x), PL_CONTRAST_THEN, COMMA_ALWAYS);
  if (x.question || a == 0 || _ds_body_end (&x) > MAX_HALF_TOKENS)
    return FALSE;
  if ((subject = then_subject (ctx, &x, a)) == NULL)
    return FALSE;
  {
    guint xc = past_links (ctx, &x);
    g_autofree char *then = _ds_toks_dup (&x, xc, _ds_body_end (&x));
    g_autofree char *now = _ds_phrase_dup (s, c, e, TRUE);

    /* "Sampai 2005, X …": the year after what it ends, as above. */
    if (!ctx->english && _ds_phrase_at (ctx, &x, xc, PL_CONTRAST_THEN_UNTIL) > 0 && a > xc + 1)
      {
        g_autofree char *until = g_ascii_strdown (x.toks[xc].p, x.toks[xc].len);
        g_autofree char *year = _ds_toks_dup (&x, xc + 1, a - 1);
        g_autofree char *what = _ds_toks_dup (&x, a, _ds_body_end (&x));

        g_free (then);
        then = g_strdup_printf ("%s (%s %s)", what, until, year);
      }
    return commit_then_now (ctx, s, subject, g_strdup_printf ("%s; %s", then, now), TRUE);
  }
}

/* ------------------------------------------------------------------ */
/* Two camps: "Critics argue … . Supporters reply …", "While A favours
 * …, B prefers …"                                                     */

/* Whether a verb that takes a stand comes at @v, after adverbs and
 * auxiliaries ("argue", "juga berpendapat", "lebih memilih"). */
static gboolean
stance_at (Ctx        *ctx,
           const Sent *s,
           guint       v,
           guint       e)
{
  while (v < e && (s->toks[v].flags & (W_ADV | W_AUX)) && _ds_phrase_at (ctx, s, v, PL_CONTRAST_STANCE) == 0)
    v++;
  return v < e && _ds_phrase_at (ctx, s, v, PL_CONTRAST_STANCE) > 0;
}

/* The side whose clause starts at @c and whose verb takes a stand
 * ("the coastal states favour …", "armada perairan jauh lebih memilih
 * …"): the stance verb ends the name, which English verbs do not show. */
static gboolean
stance_side (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       e,
             Side       *side)
{
  for (guint v = c + 1; v + 2 < e && v <= c + MAX_NAME_TOKENS; v++)
    {
      if (s->toks[v].type == TOK_PUNCT && s->toks[v].ch != '-')
        return FALSE;
      if (!stance_at (ctx, s, v, e))
        continue;
      *side = (Side) { c, name_end (s, c, v), c, e };
      if (name_ok (ctx, s, c, side->b, ctx->english))
        return TRUE;
    }
  return FALSE;
}

/* A camp at @c, up to its stance verb: "Critics of the quota argue",
 * "Para pendukung kuota berpendapat", "Kelompok kedua menilai".
 * *@bare says whether the camp is named by its camp word alone. */
static gboolean
camp_in (Ctx        *ctx,
         const Sent *s,
         guint       c,
         PhraseId    list,
         Side       *side,
         gboolean   *bare)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, c, list);

  if (n == 0)
    return FALSE;
  for (guint v = c + n; v < e && v <= c + n + MAX_NAME_TOKENS; v++)
    {
      if (s->toks[v].type == TOK_PUNCT && s->toks[v].ch != '-')
        return FALSE;
      if (stance_at (ctx, s, v, e))
        {
          *side = (Side) { c, name_end (s, c, v), c, e };
          *bare = side->b == c + n;
          return v + 3 < e;
        }
    }
  return FALSE;
}

/* A camp's name past its determiner ("para pengkritik", "the critics"):
 * a pointer into @name. */
static const char *
camp_noun (Ctx        *ctx,
           const char *name)
{
  const char *space = strchr (name, ' ');

  return space != NULL && (ds_lang_lookup (ctx->lang, name, space - name, NULL) & W_DET) ? space + 1 : name;
}

static gboolean
camp_at (Ctx        *ctx,
         const Sent *s,
         guint       c,
         Side       *side,
         gboolean   *bare)
{
  return camp_in (ctx, s, c, PL_CONTRAST_CAMP, side, bare);
}

/* "Critics argue … . Others respond …", "Sebagian pengamat berpendapat
 * … . Pihak lain menilai …": a camp named only as the others answers the
 * camp before it, which may be "some" as well; asked with the essay's
 * title, since "others" names nobody. */
static gboolean
others_answer (Ctx        *ctx,
               Sent       *s,
               const Sent *x)
{
  Side a, b;
  gboolean bare;
  g_autofree char *name = NULL;
  g_autofree char *a_clause = NULL;
  g_autofree char *b_clause = NULL;
  g_autofree char *question = NULL;

  if (!camp_in (ctx, s, past_links (ctx, s), PL_CONTRAST_CAMP_OTHER, &b, &bare) ||
      (!camp_at (ctx, x, past_links (ctx, x), &a, &bare) &&
       !camp_in (ctx, x, past_links (ctx, x), PL_CONTRAST_CAMP_SOME, &a, &bare)) ||
      ctx->title == NULL || g_strcmp0 (ctx->title, ctx->essay_id) == 0)
    return FALSE;
  name = _ds_phrase_dup (x, a.a, a.b, TRUE);
  a_clause = _ds_toks_dup (x, a.c, a.end);
  b_clause = _ds_phrase_dup (s, b.c, b.end, TRUE);
  question = ds_lang_expand (ctx->lang, "question_camps_others", "a", name, "topic", ctx->title, NULL);
  return commit_halves (ctx, s, g_strdup_printf ("%s; %s", a_clause, b_clause), g_strdup (camp_noun (ctx, name)),
                        ds_utf8_capitalize (question), TRUE);
}

/* "Apa perbedaan pandangan A dan B?", with the section's topic when the
 * camps are named by their camp words alone ("pendukung", "critics"). */
static char *
camps_question (Ctx        *ctx,
                const char *a,
                const char *b,
                gboolean    bare)
{
  g_autofree char *question = NULL;

  if (bare && (ctx->topic == NULL || g_strcmp0 (ctx->topic, ctx->essay_id) == 0))
    return NULL;
  question = ds_lang_expand (ctx->lang, bare ? "question_camps_topic" : "question_camps", "a", a, "b", b,
                             "topic", ctx->topic, NULL);
  return ds_utf8_capitalize (question);
}

/* "para pendukungnya" (its supporters): a camp of what was just named,
 * asked as the camp ("para pendukung") when that is one. */
static void
camp_drop_nya (Ctx  *ctx,
               char *name)
{
  size_t len = strlen (name);
  g_autofree char *folded = NULL;

  if (ctx->english || len < 7 || !g_str_has_suffix (name, "nya"))
    return;
  folded = ds_words_fold (name, DS_FOLD_STRIP_MARKS);
  folded[strlen (folded) - 3] = '\0';
  if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "contrast_camp"), folded))
    name[len - 3] = '\0';
}

/* Commits two camps, A's name and clause as text, B's from @s. */
static gboolean
commit_camps (Ctx        *ctx,
              Sent       *s,
              char       *a,
              char       *a_clause,
              const Side *b,
              gboolean    bare,
              gboolean    across)
{
  g_autofree char *b_name = _ds_phrase_dup (s, b->a, b->b, TRUE);
  g_autofree char *b_clause = _ds_phrase_dup (s, b->c, b->end, TRUE);
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;
  char *question, *answer, *lead;

  camp_drop_nya (ctx, a);
  camp_drop_nya (ctx, b_name);
  fa = ds_words_fold (a, DS_FOLD_STRIP_MARKS);
  fb = ds_words_fold (b_name, DS_FOLD_STRIP_MARKS);
  question = strcmp (fa, fb) != 0 ? camps_question (ctx, a, b_name, bare) : NULL;

  if (question == NULL)
    {
      g_free (a);
      g_free (a_clause);
      return FALSE;
    }
  answer = g_strdup_printf ("%s; %s", a_clause, b_clause);
  g_free (a_clause);
  /* "para pengkritik": the camp's noun ranks it, not its determiner. */
  lead = g_strdup (camp_noun (ctx, a));
  g_free (a);
  return commit_halves (ctx, s, answer, lead, question, across);
}

/* "Para pengkritik berpendapat … . Sementara itu, para pendukung
 * menilai …": each camp opens its sentence. */
static gboolean
camps_across (Ctx  *ctx,
              Sent *s)
{
  Side a, b;
  gboolean bare_a, bare_b;
  Sent x;

  /* The camps answer each other within one paragraph; the sentence
   * before is read again only when this one opens with a camp. */
  if (ctx->prev.p == NULL || ctx->prev.block != s->block || _ds_body_end (s) > MAX_HALF_TOKENS ||
      (_ds_phrase_at (ctx, s, past_links (ctx, s), PL_CONTRAST_CAMP) == 0 &&
       _ds_phrase_at (ctx, s, past_links (ctx, s), PL_CONTRAST_CAMP_OTHER) == 0))
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  if (x.question || _ds_body_end (&x) > MAX_HALF_TOKENS)
    return FALSE;
  if (others_answer (ctx, s, &x))
    return TRUE;
  if (!camp_at (ctx, s, past_links (ctx, s), &b, &bare_b) || !camp_at (ctx, &x, past_links (ctx, &x), &a, &bare_a))
    return FALSE;
  return commit_camps (ctx, s, _ds_phrase_dup (&x, a.a, a.b, TRUE), _ds_toks_dup (&x, a.c, a.end), &b,
                       bare_a && bare_b, TRUE);
}

/* "While/Sementara A <stance> …, B <stance> …", "A supports …, whereas B
 * prefers …", "Pendukung … menilai …, sedangkan penentang …": two halves
 * that take a stand each, or two camps, in one sentence; the verbs need
 * not be the same, but without "While" a contrast word joins them. */
static gboolean
stances_one (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING), v, b;
  gboolean bare_a = FALSE, bare_b = FALSE, joined;
  Side a, side;

  if (!camp_at (ctx, s, c, &a, &bare_a) && !stance_side (ctx, s, c, e, &a))
    return FALSE;
  for (v = a.b + 1; v + 3 < e; v++)
    {
      b = half_after (ctx, s, v, &joined);
      if (b == 0 || (c == 0 && !joined))
        continue;
      if (camp_at (ctx, s, b, &side, &bare_b) || (!bare_a && stance_side (ctx, s, b, e, &side)))
        break;
    }
  if (v + 3 >= e || same_name (s, &a, &side) || dated (ctx, s, a.a, e))
    return FALSE;
  a.end = v;
  if (!bare_a && !bare_b)
    return commit_contrast (ctx, s, (Side[]) { a, side }, 2, sides_answer (s, (Side[]) { a, side }, 2));
  return commit_camps (ctx, s, _ds_phrase_dup (s, a.a, a.b, TRUE), _ds_toks_dup (s, a.c, a.end), &side,
                       bare_a && bare_b, FALSE);
}

/* ------------------------------------------------------------------ */
/* "bukan A, melainkan B", "not A but B", "B rather than A"            */

/* Tokens the rejected side (A) and the side held (B) may take. */
#define MAX_INSTEAD_TOKENS 16
#define MAX_RATHER_TOKENS 4

/* The negation that opens A before the marker at @m: "bukan", "tidak",
 * "not"; 0 when there is none in the clause, or when it is "not only",
 * "tidak hanya" (then B adds to A, it does not replace it). */
static guint
negation_before (Ctx        *ctx,
                 const Sent *s,
                 guint       m)
{
  for (guint k = m; k > 0 && k + MAX_INSTEAD_TOKENS > m; k--)
    {
      guint n = _ds_phrase_at (ctx, s, k - 1, PL_CONTRAST_NOT);

      if (n == 0)
        continue;
      return _ds_phrase_at (ctx, s, k - 1 + n, PL_CONTRAST_NOT_ONLY) > 0 ? 0 : k - 1;
    }
  return 0;
}

/* A dash that closes an aside ("— not a treaty but a declaration —"):
 * an em dash, or an en dash with a space before it (not "2015–2020"). */
static gboolean
aside_dash (const Sent *s,
            guint       k)
{
  const Tok *t = &s->toks[k];

  return _ds_tok_is_punct (t, 0x2014) ||
         (_ds_tok_is_punct (t, 0x2013) && k > 0 && s->toks[k - 1].p + s->toks[k - 1].len != t->p);
}

/* Where the side held ends after @b: at the clause's end, or at the dash
 * that closes an aside ("X — not A but B — signed …": B ends there). */
static guint
held_end (const Sent *s,
          guint       b,
          guint       e)
{
  guint k = b;

  while (k < e && k < b + MAX_INSTEAD_TOKENS && !_ds_tok_is_punct (&s->toks[k], ',') &&
         !_ds_tok_is_punct (&s->toks[k], ';') && !aside_dash (s, k))
    k++;
  return k;
}

/* Whether tokens [a, b) hold a word of content. */
static gboolean
has_content (const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_WORD && !(s->toks[k].flags & (W_FUNCTION | W_VAGUE | W_PRONOUN)))
      return TRUE;
  return FALSE;
}

/* Where the blank's sentence starts: after the last "bahwa"/"that"
 * before @a ("Definisi ini menunjukkan bahwa X tidak …" asks of X), else
 * at its first word past its links. */
static guint
blank_lead (Ctx        *ctx,
            const Sent *s,
            guint       a)
{
  guint lo = past_links (ctx, s);

  for (guint k = lo; k < a; k++)
    {
      /* "In short, the lesson is not that A but that B": a verdict's
       * subject leads the blank, past its signpost. */
      if (_ds_phrase_at (ctx, s, k, PL_STANCE_VERDICT_SUBJECT) > 0)
        return k;
      if (s->toks[k].flags & W_THAT)
        lo = k + 1;
    }
  return lo;
}

/* Blanks the side held, tokens [a, b), in its sentence from its lead to
 * its clause's end; nothing when the sentence's subject is a pronoun or
 * points back ("Mereka …", "Langkah ini …"), whose referent the card
 * would not show. */
static gboolean
commit_held_blank_from (Ctx  *ctx,
                        Sent *s,
                        guint lo,
                        guint a,
                        guint b)
{
  guint hi = _ds_body_end (s);
  /* ("Persoalannya bukan …": a verdict's subject is its own phrase,
   * whose "-nya" points at nothing.) */
  gboolean verdict = _ds_phrase_at (ctx, s, lo, PL_STANCE_VERDICT_SUBJECT) > 0;
  DsClaim *claim;
  GString *body;

  for (guint k = lo; !verdict && k < a && k < lo + 3; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[k]))
      return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, a, b);
  body = g_string_new_len (s->toks[lo].p, s->toks[a].p - s->toks[lo].p);
  g_string_append (body, DS_CARD_BLANK);
  g_string_append_len (body, s->toks[b - 1].p + s->toks[b - 1].len,
                       s->toks[hi - 1].p + s->toks[hi - 1].len - (s->toks[b - 1].p + s->toks[b - 1].len));
  g_string_append_c (body, '.');
  g_free (claim->body);
  claim->body = _ds_capitalize (g_string_free (body, FALSE));
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

static gboolean
commit_held_blank (Ctx  *ctx,
                   Sent *s,
                   guint a,
                   guint b)
{
  return commit_held_blank_from (ctx, s, blank_lead (ctx, s, a), a, b);
}

/* Tokens each side of "B, bukan A" may take. */
#define MAX_HELD_NOT_TOKENS 6

/* Whether tokens [a, b) make a short noun phrase: words, no verb. */
static gboolean
short_phrase (const Sent *s,
              guint       a,
              guint       b)
{
  if (b <= a || b - a > MAX_HELD_NOT_TOKENS)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].verb && !s->toks[k].cap) ||
        (s->toks[k].flags & (W_AUX | W_PRONOUN | W_ANAPHOR | W_CONJ | W_THAT | W_RELATIVE)))
      return FALSE;
  return has_content (s, a, b);
}

/* "Forum Dialog Samudra itu forum dialog, bukan forum pengambil
 * keputusan.": a name, a copula the definitions do not read (phrase
 * list contrast_held_copula), the side held, then ", bukan" and the side
 * rejected to the sentence's end: B is blanked, A stays as the clue. Not
 * "…, bukan hanya …" (contrast_held_only). */
static gboolean
find_held_not (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), j = 0, k = 0, n;

  /* (The name is two capitalised words at least: most sentences are
   * turned away before the copula is looked for.) */
  if (e < 7 || s->toks[0].type != TOK_WORD || !s->toks[0].cap || s->toks[1].type != TOK_WORD || !s->toks[1].cap)
    return FALSE;
  for (guint i = 2; i + 4 < e && j == 0 && i <= MAX_NAME_TOKENS; i++)
    if (_ds_phrase_at (ctx, s, i, PL_CONTRAST_HELD_COPULA) == 1)
      j = i;
  if (j == 0)
    return FALSE;
  for (guint i = 0; i < j; i++)
    if (!s->toks[i].cap || s->toks[i].type != TOK_WORD)
      return FALSE;
  for (guint i = j + 2; i + 2 < e && k == 0 && i <= j + 1 + MAX_HELD_NOT_TOKENS; i++)
    if (_ds_tok_is_punct (&s->toks[i], ','))
      k = i;
  if (k == 0 || (n = _ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_HELD_NOT)) == 0 ||
      _ds_phrase_at (ctx, s, k + 1 + n, PL_CONTRAST_HELD_ONLY) > 0 || !short_phrase (s, j + 1, k) ||
      !short_phrase (s, k + 1 + n, e) || _ds_toks_any_used (s, 0, e))
    return FALSE;
  {
    /* "Forum Dialog Samudra itu" would read as pointing back: the card
     * says the copula ("adalah": phrase list contrast_held_copula_as). */
    const char * const *as = ds_lang_get_phrases (ctx->lang, "contrast_held_copula_as");
    g_autofree char *name = _ds_toks_dup (s, 0, j);
    g_autofree char *rest = _ds_toks_dup (s, k, e);
    DsClaim *claim;

    if (as == NULL || as[0] == NULL)
      return FALSE;
    claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, j + 1, k);
    g_free (claim->body);
    claim->body = g_strdup_printf ("%s %s %s%s.", name, as[0], DS_CARD_BLANK, rest);
    _ds_toks_mark_used (s, 0, s->n);
    return _ds_claim_commit (ctx, claim);
  }
}

/* "Forum Regional ASEAN bersifat antarpemerintah, bukan supranasional.",
 * "Negotiators are trained for trade talks, not cyber diplomacy.": a
 * clause's last phrase, after its verb, its copula or its preposition,
 * then the sentence's one comma, "bukan"/"not" (phrase list
 * contrast_held_not) and a short phrase to the sentence's end. The side
 * held is blanked in the sentence, the side rejected stays as the clue:
 * "Forum Regional ASEAN bersifat _____, bukan supranasional." Not
 * "…, bukan hanya …" (contrast_held_only); not on a subject that points
 * back ("Keputusan itu …", "It is …"); not a side held that is a clause
 * or a fragment of one. */
static gboolean
find_held_not_clause (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s), k = 0, n, a, b;

  if (s->n_commas != 1)
    return FALSE;
  for (guint i = 4; i + 2 < e && k == 0; i++)
    if (_ds_tok_is_punct (&s->toks[i], ','))
      k = i;
  if (k == 0 || (n = _ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_HELD_NOT)) == 0 ||
      _ds_phrase_at (ctx, s, k + 1 + n, PL_CONTRAST_HELD_ONLY) > 0 || !short_phrase (s, k + 1 + n, e) ||
      _ds_toks_any_used (s, 0, e))
    return FALSE;
  /* The side held opens after the last verb, copula or preposition
   * before the comma; when the side rejected opens on a preposition
   * ("diukur dari …, bukan dari jumlah peserta"), after that same one
   * (a preposition inside the side held is its own: "perubahan persepsi
   * alumni terhadap Indonesia"). */
  b = k + 1 + n;
  for (a = k; a > 2 && a + MAX_HELD_NOT_TOKENS >= k; a--)
    {
      const Tok *t = &s->toks[a - 1];

      if (t->type != TOK_WORD)
        return FALSE;
      if (s->toks[b].flags & W_PREP)
        {
          if (same_word (s, a - 1, b))
            break;
        }
      else if ((t->verb && !t->cap) || (t->flags & (W_AUX | W_PREP)))
        break;
    }
  /* ("one of two things, not another name": after "of" the phrase is a
   * part of its noun's.) */
  if (a <= 2 || a + MAX_HELD_NOT_TOKENS < k || _ds_tok_is (&s->toks[a - 1], "of") ||
      ((s->toks[b].flags & W_PREP) && !same_word (s, a - 1, b)) ||
      !short_phrase (s, a, k))
    return FALSE;
  for (guint i = a; i < k; i++)
    if (s->toks[i].flags & (W_ADV | W_RELATIVE))
      return FALSE;
  /* (A subject that points back — "Penelitian ini", read as the essay's
   * own — or a pronoun, leaves the card dangling; an adverb in the side held, "hanya", "only", makes it no
   * plain thing held.) */
  for (guint i = 0; i < a; i++)
    if (s->toks[i].type != TOK_WORD || (s->toks[i].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_THAT | W_RELATIVE)) ||
        _ds_tok_is (&s->toks[i], "ini") || _ds_tok_is (&s->toks[i], "itu") || _ds_tok_is (&s->toks[i], "tersebut") ||
        _ds_tok_is (&s->toks[i], "this") || _ds_tok_is (&s->toks[i], "these") || _ds_tok_is (&s->toks[i], "those"))
      return FALSE;
  {
    g_autofree char *head = _ds_toks_dup (s, 0, a);
    g_autofree char *rest = _ds_toks_dup (s, k, e);
    DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, a, k);

    g_free (claim->body);
    claim->body = g_strdup_printf ("%s %s%s.", head, DS_CARD_BLANK, rest);
    _ds_toks_mark_used (s, 0, s->n);
    return _ds_claim_commit (ctx, claim);
  }
}

/* "The forum admits civil society groups only as observers, not as
 * members.", "Forum menerima kelompok masyarakat sipil hanya sebagai
 * pengamat, bukan sebagai anggota.": the role held after "as" (phrase
 * list label_as), then a comma, a negation (contrast_held_not) and the
 * role rejected, "as" said again or not, to the sentence's end: the role
 * held is blanked, the one rejected stays as the clue. Both are short
 * noun phrases; "not only as", "bukan hanya sebagai" add, they do not
 * reject (contrast_held_only). */
static gboolean
find_as_not_as (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), k = 0, j = 0, n = 0, r;
  gboolean verb = FALSE;

  for (guint i = 3; i + 2 < e && n == 0; i++)
    if (_ds_tok_is_punct (&s->toks[i], ',') && (n = _ds_phrase_at (ctx, s, i + 1, PL_CONTRAST_HELD_NOT)) > 0)
      k = i;
  if (n == 0)
    return FALSE;
  r = k + 1 + n;
  if (_ds_phrase_at (ctx, s, r, PL_CONTRAST_HELD_ONLY) > 0)
    return FALSE;
  r += _ds_phrase_at (ctx, s, r, PL_LABEL_AS);
  for (guint i = k - 1; i > 1 && i + MAX_HELD_NOT_TOKENS + 1 >= k && j == 0; i--)
    if (_ds_phrase_at (ctx, s, i, PL_LABEL_AS) == 1)
      j = i;
  /* (A verb before "as" takes the role: "admits … as", "menerima …
   * sebagai"; "such as" lists examples.) */
  if (j == 0 || !short_phrase (s, j + 1, k) || !short_phrase (s, r, e) || _ds_toks_any_used (s, 0, e) ||
      s->toks[j - 1].type != TOK_WORD || (s->toks[j - 1].flags & W_DET) || _ds_tok_is (&s->toks[j - 1], "such"))
    return FALSE;
  for (guint i = 1; i < j && !verb; i++)
    verb = (s->toks[i].verb && !s->toks[i].cap) || (s->toks[i].flags & W_AUX);
  return verb && commit_held_blank (ctx, s, j + 1, k);
}

/* An English "but" that opens a clause of its own ("…, but they still
 * cooperate") concedes; it replaces nothing. */
static gboolean
clause_after_but (Ctx        *ctx,
                  const Sent *s,
                  guint       b,
                  guint       end)
{
  const Tok *t = &s->toks[b];
  guint v;

  if (!ctx->english)
    return FALSE;

  if (t->flags & (W_PRONOUN | W_ANAPHOR))
    return TRUE;
  if (t->verb || (t->flags & W_PREP) || (v = subject_end (ctx, s, b, end)) == 0)
    return FALSE;
  /* "but trust between the two navies": a word guessed for a verb that
   * ends the phrase ("navies") has nothing to say; a clause goes on. */
  return v + 1 < end || s->toks[v].verb || (s->toks[v].flags & (W_AUX | W_CUE_DEF | W_ADV));
}

/* "Sengketa itu bukan soal peta, melainkan soal akses nelayan.", "The
 * dispute is not about oil but about access …": B is blanked, A stays
 * as the clue. "melainkan juga", "but also" add, they do not replace. */
/* "The real question is not …, but …", "What matters is not …",
 * "Persoalannya bukan …, melainkan …", "Yang menentukan bukan …, tetapi
 * …" (the phrase list stance_verdict_subject, past the links or one
 * signpost and its comma: "In short, the real question is …"): the
 * writer's verdict, whose side held may be a clause of its own
 * ("whether they are enforced") and may follow "tetapi" (the phrase list
 * stance_verdict_but); the negation right after the phrase. */
static gboolean
verdict_opens (Ctx        *ctx,
               const Sent *s,
               guint       e)
{
  guint k = past_links (ctx, s), n;

  if ((n = _ds_phrase_at (ctx, s, k, PL_STANCE_VERDICT_SUBJECT)) == 0)
    for (guint j = k + 1; j < e && j < k + 4 && n == 0; j++)
      if (_ds_tok_is_punct (&s->toks[j], ','))
        n = _ds_phrase_at (ctx, s, k = j + 1, PL_STANCE_VERDICT_SUBJECT);
  return n > 0 && k + n < e && _ds_phrase_at (ctx, s, k + n, PL_CONTRAST_NOT) > 0;
}

static gboolean
find_not_but (Ctx  *ctx,
              Sent *s)
{
  guint e = _ds_body_end (s), m, n = 0, neg, b, end;
  gboolean verdict = verdict_opens (ctx, s, e);
  PhraseId but = verdict ? PL_STANCE_VERDICT_BUT : PL_CONTRAST_BUT;

  if (!verdict && !_ds_sent_may_start (s, HOT_CONTRAST_BUT))
    return FALSE;
  for (m = 3; m + 2 < e && n == 0; m++)
    n = _ds_phrase_at (ctx, s, m, but);
  m--;
  if (n == 0 || (neg = negation_before (ctx, s, m)) == 0 ||
      _ds_phrase_at (ctx, s, m + n, PL_CONTRAST_BUT_ALSO) > 0)
    return FALSE;
  b = m + n;
  /* "… but that dependence on one supplier is": the blank after "that". */
  if (verdict && b + 3 < e && (s->toks[b].flags & W_THAT))
    b++;
  end = held_end (s, b, e);
  /* "The problem is not new, but it has grown": one word set aside and
   * a clause on a pronoun concede, they give no verdict. */
  if (verdict && (s->toks[neg + 2].type != TOK_WORD || ((s->toks[b].flags & W_PRONOUN) && b + 1 < end &&
                                  (s->toks[b + 1].verb || (s->toks[b + 1].flags & W_AUX)))))
    {
      /* ("Masalahnya bukan baru, tetapi …": "tetapi" replaces nothing
       * outside a verdict.) */
      if (_ds_phrase_at (ctx, s, m, PL_CONTRAST_BUT) != n)
        return FALSE;
      verdict = FALSE;
    }
  if (end < b + 2 || !has_content (s, neg + 1, m) || !has_content (s, b, end) || _ds_toks_any_used (s, 0, e) ||
      (!verdict && clause_after_but (ctx, s, b, end)))
    return FALSE;
  return commit_held_blank (ctx, s, b, end);
}

/* Where B starts before "rather than" at @r: after the verb, the
 * preposition or the comma before it ("prefers quiet mediation rather
 * than …", "through attraction rather than …"); 0 when B is longer than
 * a short noun phrase. */
static guint
rather_start (Ctx        *ctx,
              const Sent *s,
              guint       r)
{
  for (guint k = r; k > 1 && k + MAX_RATHER_TOKENS >= r; k--)
    {
      const Tok *t = &s->toks[k - 1];

      /* "a layered structure": a participle after an article describes. */
      if (t->verb && k >= 2 && (s->toks[k - 2].flags & W_DET))
        continue;
      /* B follows what takes it: a verb, a preposition, a stand; a clause
       * that opens B ("that donors fund salaries") is no short phrase. */
      if (t->type == TOK_PUNCT || (t->flags & (W_THAT | W_RELATIVE)))
        return 0;
      if (t->verb || (t->flags & (W_PREP | W_AUX)) || _ds_phrase_at (ctx, s, k - 1, PL_CONTRAST_STANCE) > 0)
        return k < r ? k : 0;
    }
  return 0;
}

/* "Instead of imposing sanctions, the council sent a mediator.",
 * "Alih-alih menjatuhkan sanksi, Dewan Keamanan mengirim mediator.":
 * what the subject did instead is blanked, the option set aside stays as
 * the clue. */
static gboolean
find_instead_first (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_INSTEAD), comma = 0, v;
  Side side;

  if (n == 0)
    return FALSE;
  for (guint k = n + 1; k < e && comma == 0 && k <= n + MAX_INSTEAD_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      comma = k;
  if (comma == 0 || !has_content (s, n, comma) || !subject_side (ctx, s, comma + 1, &side) ||
      (v = subject_end (ctx, s, comma + 1, e)) == 0 || e < v + 2 || e - v > MAX_INSTEAD_TOKENS ||
      !has_content (s, v, e))
    return FALSE;
  return commit_held_blank (ctx, s, side.b, e);
}

/* "Although the forum adopted its report by consensus, Brazil kept its
 * reservations.", "Meskipun kerangka itu tidak mengikat, regulator
 * nasional menjadikannya rujukan.": a concession that opens the sentence
 * (phrase list contrast_concession_opener) and a main clause whose
 * subject is a plain noun phrase; the main clause is the claim, and the
 * rules of facts read the concession alone (its date, its actor). What
 * the subject does is blanked, up to its clause's end, and the
 * concession stays as the clue. Read after the rules of facts, when
 * no claim took a word of the main clause. */
gboolean
_ds_find_concession_main (Ctx  *ctx,
                          Sent *s)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_CONCESSION_OPENER), comma = 0, v, end;
  Side side;

  if (n == 0 || s->has_colon || s->has_semicolon)
    return FALSE;
  for (guint k = n + 1; k < e && comma == 0 && k <= n + MAX_HALF_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      comma = k;
  /* ("Meski demikian, …", "Although this …": a concession that points
   * back gives the blank no clue.) */
  if (comma == 0 || comma < n + 3 || !has_content (s, n, comma) || comma + 1 >= e ||
      _ds_toks_any_used (s, comma + 1, e))
    return FALSE;
  for (guint k = n; k < comma; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[k]))
      return FALSE;
  if (!subject_side (ctx, s, comma + 1, &side) || (v = subject_end (ctx, s, comma + 1, e)) == 0)
    return FALSE;
  /* ("American platforms continued …": a plural in "-s" before a verb is
   * the subject's noun, no verb.) */
  if (ctx->english && side.b + 1 < e && s->toks[side.b + 1].verb && !(s->toks[side.b].flags & (W_AUX | W_ADV)))
    return FALSE;
  for (guint k = comma + 1; k < side.b; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_QUANT)) || _ds_tok_ends_nya (&s->toks[k]))
      return FALSE;
  end = held_end (s, side.b, e);
  if (end < side.b + 2 || end - side.b > MAX_INSTEAD_TOKENS || !has_content (s, v, end))
    return FALSE;
  /* ("…, cable repair still faces two obstacles", "…, kerja sama ASEAN
   * menghadapi sejumlah kendala": a count, or a vague one (phrase list
   * contrast_concession_count), announces the list that follows; its
   * items are the claim.) */
  /* ("…, UE adalah pasar untuk kopi, kakao, dan kayu": a comma inside
   * B's predicate cuts a series; what may follow B's comma is a
   * participle, a relative or a preposition's phrase.) */
  if (end < e && (end + 1 >= e || !(s->toks[end + 1].verb || (s->toks[end + 1].flags & (W_RELATIVE | W_PREP)))))
    return FALSE;
  for (guint k = side.b; k < e; k++)
    if ((s->toks[k].type == TOK_NUMBER && !(s->toks[k].len == 4 && (s->toks[k].p[0] == '1' || s->toks[k].p[0] == '2'))) || (s->toks[k].flags & W_COUNT) || _ds_tok_is_punct (&s->toks[k], ':') ||
        _ds_phrase_at (ctx, s, k, PL_CONTRAST_CONCESSION_COUNT) > 0)
      return FALSE;
  /* (The opener stays: the blank's sentence is whole.) */
  return commit_held_blank_from (ctx, s, 0, side.b, end);
}

/* "The Budapest Convention was opened for signature in 2001 but remained
 * a European instrument", "Kerangka itu disepakati pada 2019, tetapi
 * belum memiliki mekanisme pelaporan": a named subject, one predicate,
 * then "but/tetapi" (phrase list defs_but_qualifier) and a second
 * predicate with no subject of its own; the second, set against the
 * first, is the claim. It is blanked, the first kept as the clue. Read
 * after the rules of facts, when no claim took a word of it. */
gboolean
_ds_find_but_predicate (Ctx  *ctx,
                        Sent *s)
{
  guint e = _ds_body_end (s), v, b = 0, n = 0, end;
  Side side;

  if (s->has_colon || s->has_semicolon || !subject_side (ctx, s, 0, &side) || (v = subject_end (ctx, s, 0, e)) == 0)
    return FALSE;
  for (guint k = 0; k < side.b; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[k]) ||
        _ds_phrase_at (ctx, s, k, PL_CONTRAST_CONCESSION_OPENER) > 0)
      return FALSE;
  /* The subject is named: a capital past the sentence's first word, an
   * acronym, or one capitalised word ("The Court", "Perundingan tentang
   * LAWS", "Malaysia"); a common noun's paragraph is the key sentence's. */
  {
    gboolean named = side.b == 1 || _ds_tok_is_acronym (&s->toks[0]);

    for (guint k = 1; k < side.b && !named; k++)
      named = s->toks[k].type == TOK_WORD && (s->toks[k].cap || _ds_tok_is_acronym (&s->toks[k]));
    if (!named)
      return FALSE;
  }
  for (guint k = v + 2; k + 2 < e && n == 0; k++)
    if ((n = _ds_phrase_at (ctx, s, k, PL_DEFS_BUT_QUALIFIER)) > 0)
      b = k;
  if (n == 0 || !has_content (s, v, b))
    return FALSE;
  /* ("is common but differentiated", "the principle of common but …":
   * a word right after a copula, an article or a preposition is a
   * modifier the marker pairs, no predicate.) */
  if (s->toks[b - 1].type == TOK_WORD && !s->toks[b - 1].cap && (s->toks[b - 2].flags & (W_PREP | W_DET | W_AUX | W_CUE_DEF)))
    return FALSE;
  /* The first predicate is one clause: no comma but the one before the
   * marker, no clause word; "not only A but also B", "tidak hanya A,
   * tetapi juga B" add B to A, which the rules of lists read. */
  for (guint k = v; k < b; k++)
    if ((_ds_tok_is_punct (&s->toks[k], ',') && k + 1 != b) || (s->toks[k].flags & (W_RELATIVE | W_THAT | W_CLAUSE)) ||
        _ds_tok_is (&s->toks[k], "only") || _ds_tok_is (&s->toks[k], "hanya") || _ds_tok_is (&s->toks[k], "cuma") ||
        _ds_tok_is (&s->toks[k], "sekadar"))
      return FALSE;
  /* ("…, tetapi tidak ada yang …": no predicate of the subject.) */
  if (_ds_tok_is (&s->toks[b + n], "also") || _ds_tok_is (&s->toks[b + n], "juga") || _ds_tok_is (&s->toks[b + n], "ada") ||
      (b + n + 1 < e && _ds_tok_is (&s->toks[b + n + 1], "ada")))
    return FALSE;
  /* The second predicate opens on its verb, an auxiliary, an adverb or a
   * negation: it shares the first one's subject. */
  {
    const Tok *t = &s->toks[b + n];

    if (t->type != TOK_WORD || t->cap || !(t->verb || (t->flags & (W_AUX | W_ADV)) || _ds_tok_is (t, "not") ||
                                          _ds_tok_is (t, "tidak") || _ds_tok_is (t, "belum")))
      return FALSE;
    if (ctx->english && (t->flags & W_ADV) && b + n + 1 < e && !(s->toks[b + n + 1].verb || (s->toks[b + n + 1].flags & W_AUX)))
      return FALSE;
  }
  end = held_end (s, b + n, e);
  if (end != e || end < b + n + 2 || end - (b + n) > MAX_INSTEAD_TOKENS || !has_content (s, b + n, end) ||
      _ds_toks_any_used (s, b + n, end))
    return FALSE;
  /* (A figure in B is asked by the rules of figures; an auxiliary past
   * B's verb group opens a clause of its own: "…, tetapi ikut dalam
   * kampanye … dapat memancing …".) */
  for (guint k = b + n; k < end; k++)
    if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & (W_COUNT | W_PRONOUN | W_ANAPHOR)) ||
        _ds_tok_ends_nya (&s->toks[k]) || ((s->toks[k].flags & W_AUX) && k > b + n + 1) ||
        _ds_phrase_at (ctx, s, k, PL_CONTRAST_CONCESSION_COUNT) > 0)
      return FALSE;
  return commit_held_blank_from (ctx, s, 0, b + n, end);
}

/* "The commission prefers quiet mediation rather than public hearings",
 * "mediasi tertutup alih-alih sidang terbuka": B, before the marker, is
 * blanked; A after it stays as the clue. A marker that opens the
 * sentence ("Rather than wait, …") sets no side before it. */
static gboolean
find_rather (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), r, n = 0, a;

  if (!_ds_sent_may_start (s, HOT_CONTRAST_RATHER))
    return FALSE;
  for (r = 2; r + 1 < e && n == 0; r++)
    n = _ds_phrase_at (ctx, s, r, PL_CONTRAST_RATHER);
  r--;
  if (n == 0 || (a = rather_start (ctx, s, r)) == 0 || !has_content (s, a, r) ||
      !has_content (s, r + n, held_end (s, r + n, e)) || _ds_toks_any_used (s, 0, e))
    return FALSE;
  return commit_held_blank (ctx, s, a, r);
}

/* ------------------------------------------------------------------ */
/* "A vs. B: …", "A versus B: …"                                       */

/* "Mission A vs. Mission B: the first relied on police; the second on
 * infantry." → "What is the difference between Mission A and Mission
 * B?", answered by what follows the colon; a list rule would read the
 * halves as items of "Mission B". */
static gboolean
find_versus (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_start (s, 0), v, n = 0, b, colon;
  Side sides[2];

  for (v = c + 1; v < e && v <= c + MAX_NAME_TOKENS && (n = _ds_phrase_at (ctx, s, v, PL_CONTRAST_VERSUS)) == 0; v++)
    ;
  if (n == 0 || v >= e)
    return FALSE;
  b = v + n + (v + n < e && _ds_tok_is_punct (&s->toks[v + n], '.'));
  for (colon = b + 1; colon < e && colon <= b + MAX_NAME_TOKENS && !_ds_tok_is_punct (&s->toks[colon], ':'); colon++)
    ;
  if (colon >= e || colon > b + MAX_NAME_TOKENS || e - colon < 4 || !side_name_ok (ctx, s, c, v) ||
      !side_name_ok (ctx, s, b, colon))
    return FALSE;
  sides[0] = (Side) { c, v, colon + 1, e };
  sides[1] = (Side) { b, colon, colon + 1, e };
  if (same_name (s, &sides[0], &sides[1]))
    return FALSE;
  return commit_contrast (ctx, s, sides, 2, _ds_phrase_dup (s, colon + 1, e, FALSE));
}

/* ------------------------------------------------------------------ */

/* "Pertama, dari segi keanggotaan, A …, sedangkan B … . Kedua, dari segi
 * pendanaan, …", "Second, in terms of funding, A …, whereas B …": an
 * item of an ordinal sequence (which took its ordinal) that sets two
 * sides against each other in an aspect is asked in that aspect, each
 * item a contrast of its own. */
static gboolean
aspect_item (Ctx  *ctx,
             Sent *s)
{
  guint a, b;

  /* (An item the sequence read as verbless, "the sasi rests on …" with a
   * verb English does not mark, is marked whole: no rule took it while
   * it gave no claim.) */
  if (s->n_commas < 2 || ctx->claims->len != ctx->sentence_first_claim || aspect_opening (ctx, s, 0, &a, &b) == 0)
    return FALSE;
  return find_parallel (ctx, s) || find_kinds (ctx, s, FALSE);
}

/* A sentence that sets named things against each other, when no other
 * rule took it. */
gboolean
_ds_find_contrasts (Ctx  *ctx,
                    Sent *s)
{
  if (_ds_toks_any_used (s, 0, s->n))
    return aspect_item (ctx, s);
  if (find_differs (ctx, s) || find_difference (ctx, s) || find_announced (ctx, s) || find_contrast_after (ctx, s))
    return TRUE;
  if (s->n_commas > 0 && (find_unlike (ctx, s) || (s->n_commas > 1 && find_unlike_aside (ctx, s))))
    return TRUE;
  if ((s->n_commas > 0 || (s->flags & W_CLAUSE)) &&
      (find_hands (ctx, s) || find_parallel (ctx, s) || find_kinds (ctx, s, FALSE)))
    return TRUE;
  /* A colon's sentence is asked here before the definitions are ("A dan
   * B tidak sama: …"); a glossary line ("Dwell time: …, counted in
   * months rather than days") is theirs. */
  if (s->has_colon)
    return FALSE;
  if (camps_across (ctx, s))
    return TRUE;
  if (s->n_commas > 0 && stances_one (ctx, s))
    return TRUE;
  return find_not_but (ctx, s) || find_rather (ctx, s) || (!ctx->english && s->n_commas > 0 && find_held_not (ctx, s)) ||
         (s->n_commas > 0 && find_as_not_as (ctx, s)) || (s->n_commas == 1 && find_held_not_clause (ctx, s));
}

/* "Yang pertama …, sedangkan yang kedua …", "The former …, whereas the
 * latter …": only a sentence that opens on the first pointer is read. */
gboolean
_ds_find_former_latter (Ctx  *ctx,
                        Sent *s)
{
  /* (The ordinals "pertama", "kedua" may have marked their words.) */
  return _ds_phrase_at (ctx, s, _ds_clause_start (s, 0), PL_CONTRAST_FORMER) > 0 && find_kinds (ctx, s, TRUE);
}

/* Whether a camp opens sentence @s, after its contrast opening. */
static gboolean
camp_opens (Ctx        *ctx,
            const Sent *s)
{
  return _ds_phrase_at (ctx, s, _ds_phrase_at (ctx, s, 0, PL_CONTRAST_OPENING), PL_CONTRAST_CAMP) > 0;
}

/* "Trust in the registry stems less from its mandate than from its open
 * audits.", "Kenya's leverage rests more on its fibre landings than on its
 * navy.", "Pengaruh Estonia lebih banyak berasal dari pengalaman
 * digitalnya daripada dari ukuran ekonominya.": a thing weighed between
 * two sources of the same preposition ("less/more from A than from B",
 * "lebih … dari A daripada (dari) B") is asked as a cloze of the side
 * that weighs more, both sides and the aspect kept in the sentence. A
 * subject that points back ("It", "ini", "its"), a negated clause and a
 * side with a comma ask nothing; a finding or a view ("Kusuma menemukan
 * bahwa …", "… argue that …") stays the rules' of what a source
 * holds. (Asked of every sentence: whether it may hold "than",
 * "daripada", "ketimbang" first.) */
static gboolean
find_less_than (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), th = 0, c = 0, p1 = 0, s0 = 0, a, b;
  gboolean less = FALSE;

  /* (Most sentences hold no "than", "daripada": no scan.) */
  if (s->n < 8 || !_ds_sent_may_start (s, HOT_COMPARE_THAN))
    return FALSE;
  for (guint k = 4; k + 1 < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (ctx->english ? (t->len == 4 && _ds_tok_is (t, "than"))
                       : ((t->len == 8 && _ds_tok_is (t, "daripada")) || (t->len == 9 && _ds_tok_is (t, "ketimbang"))))
        {
          th = k;
          break;
        }
    }
  if (th == 0 || e >= s->n || !_ds_tok_is_punct (&s->toks[e], '.'))
    return FALSE;
  for (guint k = th - 2; k >= 1 && c == 0; k--)
    {
      if (s->toks[k].type != TOK_WORD)
        return FALSE;
      if (ctx->english ? (_ds_tok_is (&s->toks[k], "less") || _ds_tok_is (&s->toks[k], "more"))
                       : _ds_tok_is (&s->toks[k], "lebih"))
        c = k;
    }
  if (c == 0)
    return FALSE;
  less = ctx->english && _ds_tok_is (&s->toks[c], "less");
  /* The first side's preposition: right after "less/more"; after
   * "lebih" and at most two words ("lebih banyak berasal dari"). */
  for (guint k = c + 1; k < th && k <= c + 3; k++)
    {
      if (s->toks[k].cap || s->toks[k].type != TOK_WORD)
        return FALSE;
      if (s->toks[k].flags & W_PREP)
        {
          p1 = k;
          break;
        }
      if (ctx->english)
        return FALSE;
    }
  if (p1 == 0)
    return FALSE;
  a = p1 + 1;
  b = th + 1;
  if (s->toks[b].flags & W_PREP)
    {
      if (!same_word (s, b, p1))
        return FALSE;
      b++;
    }
  else if (ctx->english)
    return FALSE;
  if (th - a < 1 || th - a > 10 || e - b < 1 || e - b > 10)
    return FALSE;
  for (guint k = a; k < e; k++)
    if (k != th && k != th + 1 && (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_CLAUSE | W_QUESTION))))
      return FALSE;
  /* The subject: after a short lead and its colon or a sentence lead and
   * its comma; two words at least, none pointing back, no negation. */
  for (guint k = 1; k + 2 < c && k <= 6; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      {
        s0 = k + 1;
        break;
      }
  if (s0 == 0 && s->toks[0].phrase)
    {
      guint n = _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LEAD);

      if (n > 0 && n + 1 < c && _ds_tok_is_punct (&s->toks[n], ','))
        s0 = n + 1;
    }
  if (c < s0 + 2 || (s->toks[s0].flags & (W_PREP | W_CONJ | W_CONNECTIVE)))
    return FALSE;
  /* ("The process lies less in …": an article, one common noun and its
   * verb point back to what the text named before.) */
  if (c == s0 + 3 && _ds_tok_is_article (&s->toks[s0]) && !s->toks[s0 + 1].cap)
    return FALSE;
  for (guint k = s0, aside = 0; k < c; k++)
    {
      const Tok *t = &s->toks[k];

      /* ("The threat to the alliance, if there is one, comes less from
       * …": one aside between commas, of six words at most, after two
       * words of the subject.) */
      if (aside == 0 && k >= s0 + 2 && _ds_tok_is_punct (t, ','))
        {
          guint j = k + 1;

          while (j < c && j <= k + 7 && s->toks[j].type == TOK_WORD)
            j++;
          if (j > k + 1 && j <= k + 7 && j + 1 < c && _ds_tok_is_punct (&s->toks[j], ','))
            {
              aside = 1;
              k = j;
              continue;
            }
        }
      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_QUESTION | W_THAT)) || _ds_tok_is (t, "not") ||
          _ds_tok_is (t, "never") || _ds_tok_is (t, "tidak") || _ds_tok_is (t, "bukan") || _ds_tok_is (t, "its") ||
          _ds_tok_is (t, "their") || _ds_tok_is (t, "this") || _ds_tok_is (t, "these") || _ds_tok_is (t, "such") ||
          _ds_tok_is (t, "ini") || _ds_tok_is (t, "tersebut") ||
          (!ctx->english && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 3, "nya", 3) == 0 &&
           _ds_phrase_at (ctx, s, k, PL_POSSESSIVE_SUFFIX_FREE) == 0))
        return FALSE;
    }
  {
    guint before = ctx->claims->len;

    if (less)
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_CONTRAST, b, e);
    else
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_CONTRAST, a, th);
    if (ctx->claims->len == before)
      return FALSE;
  }
  _ds_toks_mark_used (s, s0, e);
  return TRUE;
}

/* "Dulu, A …; kini, B …", "In the past, A … . Today, B …", "Critics
 * argue … . Supporters reply …", "Alih-alih A, X …", "A vs. B: …":
 * asked before the
 * list rules, which would read the halves as items, and before the rules
 * of what a source holds or who did what, which would ask one camp alone
 * or take "Alih-alih" for an actor. */
gboolean
_ds_find_contrasts_first (Ctx  *ctx,
                          Sent *s)
{
  return !_ds_toks_any_used (s, 0, s->n) &&
         (then_now_one (ctx, s) || then_now_across (ctx, s) || (s->has_colon && find_versus (ctx, s)) ||
          (!s->has_colon && (camps_across (ctx, s) || (s->n_commas > 0 && find_instead_first (ctx, s)))) ||
          /* "Critics argue that …; supporters reply that …": both camps in
           * one sentence, before the rules of what a source holds ask the
           * critics alone. */
          (!s->has_colon && camp_opens (ctx, s) && stances_one (ctx, s)) ||
          /* "Unlike realists, who stress …, liberals believe that …": two
           * sides and what each holds, before the rules of what a source
           * holds ask the liberals alone. */
          (s->n_commas > 0 && !s->has_colon &&
           _ds_phrase_at (ctx, s, _ds_clause_start (s, 0), PL_CONTRAST_UNLIKE) > 0 && find_unlike_in (ctx, s, TRUE)) ||
          /* "Jepang membangun …, sementara Korea Selatan mendanai …": two
           * named sides, before the rules of who did what ask one alone. */
          (s->n_commas > 0 && !s->has_colon && find_kinds (ctx, s, TRUE)) ||
          /* The writer's verdict, before a conclusion's heading takes the
           * sentence whole. */
          (!s->has_colon && verdict_opens (ctx, s, _ds_body_end (s)) &&
           find_not_but (ctx, s)) ||
          /* "… stems less from A than from B": before the cause rules
           * read "from A than from B" as one source. */
          find_less_than (ctx, s));
}
