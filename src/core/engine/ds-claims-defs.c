/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, definitions: what a term means, as the essay says it.
 *
 *   X adalah / merupakan / ialah / berarti …      X is a … / X means …
 *   yang dimaksud dengan X adalah …, pengertian X adalah …
 *   X dapat diartikan sebagai …, X didefinisikan sebagai …, X dimaknai
 *   sebagai …, X merujuk pada …                    X is defined as …, X refers to …
 *   Nye mendefinisikan X sebagai …                 Nye defines X as …
 *   Menurut Nye (2004), X adalah …                 According to Nye, X is …
 *
 * and the other names of a term: "X, atau yang dikenal dengan Y", "X, also
 * known as Y", "istilah X atau Y", "X (Y)", and a name's acronym: "Badan
 * Siber dan Sandi Negara (BSSN)".
 *
 * "X adalah …" is often no definition at all but a statement about X
 * ("Perusahaan kecil adalah salah satu target …", "Ini adalah …"): the
 * term must be a term (no pronoun, no "salah satu", no country) and what
 * follows the cue must say what X is, not which of many it belongs to.
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-utf8.h"
#include "ds-words.h"

/* The longest aim, challenge or role, in tokens, a card answers with
 * ("Tujuan X adalah membagi air … di kawasan itu"). */
#define ASPECT_MAX_TOKENS 20

/* ------------------------------------------------------------------ */
/* Attribution: who defines                                            */

/* A scholar's name: capitalised words, "dan"/"and"/"&" between them, an
 * "et al."/"dkk." after; [a, b) is the name without the year. Returns the
 * token after the name and its "(2004)", or 0. */
static guint
read_scholar (const Sent *s,
              guint       i,
              guint       e,
              guint      *a,
              guint      *b)
{
  guint k = i;

  while (k < e && k < i + 8 &&
         ((s->toks[k].type == TOK_WORD && s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION)) ||
          (k > i && _ds_tok_is_punct (&s->toks[k], '.') && s->toks[k - 1].len == 1 && k + 1 < e &&
           s->toks[k + 1].cap) ||
          (k > i && (_ds_tok_is (&s->toks[k], "dan") || _ds_tok_is (&s->toks[k], "and") ||
                     _ds_tok_is_punct (&s->toks[k], '&')) && k + 1 < e && s->toks[k + 1].cap)))
    k++;
  if (k == i)
    return 0;
  *a = i;
  *b = k;
  /* "et al.", "dkk." */
  if (k + 1 < e && _ds_tok_is (&s->toks[k], "et") && _ds_tok_is (&s->toks[k + 1], "al"))
    k += 2;
  else if (k < e && _ds_tok_is (&s->toks[k], "dkk"))
    k++;
  while (k < e && _ds_tok_is_punct (&s->toks[k], '.'))
    k++;
  /* "(2004)", "(2004: 12)", "[2019]", "(1995, hlm. 7)", "(2001, p. 7)",
   * "(dalam Smith, 2001)": a year inside a short bracket, first or after
   * a word or two ("dalam Smith", "cited in"). */
  if (k < e && (_ds_tok_is_punct (&s->toks[k], '(') || _ds_tok_is_punct (&s->toks[k], '[')))
    {
      char close = s->toks[k].ch == '(' ? ')' : ']';
      guint c = k + 1, year = 0;

      while (c < e && c < k + 10 && !_ds_tok_is_punct (&s->toks[c], close))
        {
          if (year == 0 && s->toks[c].type == TOK_NUMBER && s->toks[c].len == 4)
            year = c;
          c++;
        }
      if (c < e && c < k + 10 &&
          (s->toks[k + 1].type == TOK_NUMBER || (year > 0 && year <= k + 5 && s->toks[k + 1].type == TOK_WORD)))
        k = c + 1;
    }
  return k;
}

/* "As Morgenthau argued, …", "As Nye (2004) notes, …", "Seperti
 * dikemukakan Morgenthau, …", "Sebagaimana ditegaskan Nye (2004), …": a
 * scholar the sentence opens with, as "Menurut …" names one; [*a, *b)
 * the name, and the token after the comma, or 0. */
guint
_ds_as_said_by (const Sent *s,
                guint       i,
                guint       e,
                guint      *a,
                guint      *b)
{
  guint k;

  if (i + 4 >= e)
    return 0;
  if (_ds_tok_is (&s->toks[i], "as"))
    {
      k = read_scholar (s, i + 1, e, a, b);
      if (k == 0 || k + 1 >= e || !(s->toks[k].flags & W_REPORT) || !_ds_tok_is_punct (&s->toks[k + 1], ','))
        return 0;
      return k + 2;
    }
  if (!_ds_tok_is (&s->toks[i], "seperti") && !_ds_tok_is (&s->toks[i], "sebagaimana"))
    return 0;
  k = i + 1;
  if (_ds_tok_is (&s->toks[k], "yang"))
    k++;
  /* "dikemukakan", "ditegaskan": a passive of a reporting verb. */
  if (k + 2 >= e || s->toks[k].len < 7 || ds_ascii_strncasecmp (s->toks[k].p, "di", 2) != 0 || !s->toks[k].verb)
    return 0;
  if (_ds_tok_is (&s->toks[k + 1], "oleh"))
    k++;
  k = read_scholar (s, k + 1, e, a, b);
  return k > 0 && k + 1 < e && _ds_tok_is_punct (&s->toks[k], ',') ? k + 1 : 0;
}

/* "For Hollis (1998), …", "Bagi Hollis (1998), …", "For Hollis, writing
 * in The Unruly Ocean (1998), …": "for" names a scholar only with the
 * year of the work, after the name or in an aside on where the scholar
 * wrote ("For Chile, …" says what something is to a country). */
static gboolean
scholar_for (const Sent *s,
             guint       i,
             guint       cue,
             guint      *a,
             guint      *b,
             guint      *after)
{
  guint x, y, k = read_scholar (s, i, cue, &x, &y), j;
  gboolean year = FALSE;

  if (k == 0 || k >= cue || (s->toks[x].flags & W_COUNTRY))
    return FALSE;
  year = k > y && (_ds_tok_is_punct (&s->toks[k - 1], ')') || _ds_tok_is_punct (&s->toks[k - 1], ']'));
  /* ", writing in <Title> (1998),", ", menulis dalam …," */
  if (!year && _ds_tok_is_punct (&s->toks[k], ',') && k + 2 < cue &&
      (_ds_tok_is (&s->toks[k + 1], "writing") || _ds_tok_is (&s->toks[k + 1], "menulis")))
    for (j = k + 2; j < cue && j < k + 14 && !year; j++)
      {
        if (_ds_tok_is_punct (&s->toks[j], ','))
          break;
        if (s->toks[j].type == TOK_NUMBER && s->toks[j].len == 4 && _ds_tok_is_punct (&s->toks[j - 1], '('))
          {
            for (k = j; k < cue && !_ds_tok_is_punct (&s->toks[k], ','); k++)
              ;
            year = TRUE;
          }
      }
  if (!year || k >= cue || !_ds_tok_is_punct (&s->toks[k], ','))
    return FALSE;
  *a = x;
  *b = y;
  *after = k + 1;
  return TRUE;
}

/* "is defined as", "is understood as", "dimaknai sebagai": a cue that
 * only defines (a passive of the class define_verb that is a cue, or
 * "understood"), at @k. */
static gboolean
defining_passive (const Tok *t)
{
  return ((t->flags & W_DEFINE_VERB) && (t->flags & W_CUE_DEF)) || _ds_tok_is (t, "understood");
}

/* "For Waltz, structure is defined as …", "Bagi Morgenthau, kekuasaan
 * dipahami sebagai …": a name and its comma before a cue that only
 * defines is the scholar's view, with no year of a work; [@i, @cue)
 * holds it. */
static gboolean
scholar_for_defining (const Sent *s,
                      guint       i,
                      guint       cue,
                      guint      *a,
                      guint      *b,
                      guint      *after)
{
  guint x, y, k;

  if (cue >= s->n || !defining_passive (&s->toks[cue]) || (k = read_scholar (s, i, cue, &x, &y)) == 0 ||
      k >= cue || k != y || !_ds_tok_is_punct (&s->toks[k], ',') || y > x + 3)
    return FALSE;
  for (guint j = x; j < y; j++)
    if (s->toks[j].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_MONTH | W_FUNCTION))
      return FALSE;
  *a = x;
  *b = y;
  *after = k + 1;
  return TRUE;
}

static gboolean possessive (const Tok *t);
static gboolean person_holds (Ctx        *ctx,
                              const Sent *s,
                              guint       a,
                              guint       b);

/* "Bagi Morgenthau, kekuasaan adalah kendali …", "For Morgenthau, power
 * is the control …": a surname and its comma, no year, before a term in
 * lower case and the copula @cue: the scholar's definition; not a
 * country, a body or an office ("Bagi Indonesia, …", "For the ministry,
 * …"), nor a term pointed at ("the dam", "bendungan itu": what one
 * thing is to somebody). */
static gboolean
scholar_for_copula (Ctx        *ctx,
                    const Sent *s,
                    guint       i,
                    guint       cue,
                    guint      *a,
                    guint      *b,
                    guint      *after)
{
  guint x, y, k;

  if (cue >= s->n || !(s->toks[cue].flags & W_CUE_DEF) || (s->toks[cue].flags & W_DEFINE_VERB) ||
      (k = read_scholar (s, i, cue, &x, &y)) == 0 || k != y || k + 1 >= cue ||
      !_ds_tok_is_punct (&s->toks[k], ',') || y > x + 2 || !person_holds (ctx, s, x, y))
    return FALSE;
  for (guint j = x; j < y; j++)
    if ((s->toks[j].flags & (W_COUNTRY | W_GOV | W_PRONOUN | W_ANAPHOR | W_MONTH | W_FUNCTION)) || _ds_tok_is_acronym (&s->toks[j]))
      return FALSE;
  if (s->toks[k + 1].type != TOK_WORD || s->toks[k + 1].cap || _ds_tok_is (&s->toks[k + 1], "the") ||
      (s->toks[k + 1].flags & (W_DET | W_PRONOUN | W_ANAPHOR | W_FUNCTION)))
    return FALSE;
  for (guint j = k + 1; j < cue; j++)
    if (s->toks[j].type != TOK_WORD || s->toks[j].cap || (s->toks[j].flags & (W_ANAPHOR | W_PRONOUN)))
      return FALSE;
  *a = x;
  *b = y;
  *after = k + 1;
  return TRUE;
}

/* "Menurut Nye (2004), …", "According to Nye, …", "Dalam pandangan Nye,
 * …": the scholar, and the token where the statement starts. */
static gboolean
attribution_at_start (Ctx        *ctx,
                      const Sent *s,
                      guint       cue,
                      guint      *a,
                      guint      *b,
                      guint      *after)
{
  guint i = 0, k, x, y, n;

  while (i < cue && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  /* "Sementara itu, menurut Wibowo, …", "Meanwhile, according to Sato,
   * …", "Di sisi lain, …": a link to the sentence before (the phrase
   * lists sentence_link, contrast_link) and its comma. */
  if (((n = _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LINK)) > 0 ||
                 (n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LINK)) > 0) &&
      n + 1 < cue && _ds_tok_is_punct (&s->toks[n], ','))
    i = n + 1;
  if ((k = _ds_as_said_by (s, i, cue, a, b)) > 0)
    {
      *after = k;
      return TRUE;
    }
  if (_ds_tok_is (&s->toks[i], "menurut"))
    {
      /* "Menurut pandangan Waltz, …" */
      i++;
      if (i + 1 < cue && _ds_tok_is (&s->toks[i], "pandangan") && s->toks[i + 1].cap)
        i++;
    }
  else if (_ds_toks_pair_is (s, i, "according", "to"))
    i += 2;
  else if (s->toks[i].phrase && (n = _ds_phrase_at (ctx, s, i, PL_DEFS_ATTRIB_OPENER)) > 0)
    i += n;
  /* "In Nye's words, …", "In Keohane's view, …": the name owns the
   * words (the phrase list defs_attrib_view_noun). */
  else if (_ds_tok_is (&s->toks[i], "in") && i + 3 < cue && s->toks[i + 1].cap && possessive (&s->toks[i + 1]) &&
           _ds_phrase_at (ctx, s, i + 2, PL_DEFS_ATTRIB_VIEW_NOUN) == 1 && _ds_tok_is_punct (&s->toks[i + 3], ','))
    {
      *a = i + 1;
      *b = i + 2;
      *after = i + 4;
      return TRUE;
    }
  else if (_ds_tok_is (&s->toks[i], "for") || _ds_tok_is (&s->toks[i], "bagi"))
    return scholar_for (s, i + 1, cue, a, b, after) || scholar_for_defining (s, i + 1, cue, a, b, after) ||
           scholar_for_copula (ctx, s, i + 1, cue, a, b, after);
  else
    return FALSE;
  k = read_scholar (s, i, cue, &x, &y);
  /* "Menurut Buck didalam bukunya, …", "According to Nye in his book, …" */
  if (k > 0 && k < cue && (s->toks[k].flags & W_PREP))
    for (guint j = k + 1; j < cue && j < k + 6; j++)
      if (_ds_tok_is_punct (&s->toks[j], ','))
        {
          k = j;
          break;
        }
  if (k == 0 || k >= cue || !_ds_tok_is_punct (&s->toks[k], ','))
    return FALSE;
  *a = x;
  *b = y;
  *after = k + 1;
  return TRUE;
}

/* attribution_at_start() for the other rules: "Menurut Sari (2020), …",
 * "According to Hale, …" before @cue; [*a, *b) the name, *@after where
 * the statement starts. */
gboolean
_ds_attribution_opening (Ctx        *ctx,
                         const Sent *s,
                         guint       cue,
                         guint      *a,
                         guint      *b,
                         guint      *after)
{
  return attribution_at_start (ctx, s, cue, a, b, after);
}

/* "Menurut dia, …", "According to them, …", "Dalam pandangan mereka,
 * …": a view somebody named before holds, whatever its words; "Bagi
 * Nauru, …", "For Chile, …": what something is to one country. Either
 * says what X is worth to them, never what X means. */
static gboolean
held_for_whom (Ctx        *ctx,
               const Sent *s)
{
  guint i = 0;

  while (i + 2 < s->n && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  /* "For the Philippines, …", "For Abebe, …": a name with no year of a
   * work (scholar_for()'s) says to whom X matters so. */
  if (i + 2 < s->n && (_ds_tok_is (&s->toks[i], "bagi") || _ds_tok_is (&s->toks[i], "for")))
    {
      guint k = i + 1 + (_ds_tok_is (&s->toks[i + 1], "the") ? 1 : 0), j = k, x, y, after;

      if (scholar_for (s, i + 1, s->n, &x, &y, &after))
        return FALSE;
      for (guint c = i + 3; c < s->n; c++)
        if (defining_passive (&s->toks[c]))
          {
            if (scholar_for_defining (s, i + 1, c, &x, &y, &after))
              return FALSE;
            break;
          }
        else if (s->toks[c].flags & W_CUE_DEF)
          {
            if (scholar_for_copula (ctx, s, i + 1, c, &x, &y, &after))
              return FALSE;
            break;
          }
      while (j < s->n && j < k + 4 && s->toks[j].type == TOK_WORD && s->toks[j].cap)
        j++;
      return j > k && j + 1 < s->n && _ds_tok_is_punct (&s->toks[j], ',');
    }
  if (i + 2 < s->n && _ds_tok_is (&s->toks[i], "menurut"))
    i++;
  else if (i + 3 < s->n && (_ds_toks_pair_is (s, i, "according", "to") || _ds_toks_pair_is (s, i, "dalam", "pandangan")))
    i += 2;
  else
    return FALSE;
  return (s->toks[i].flags & W_PRONOUN) && _ds_tok_is_punct (&s->toks[i + 1], ',');
}

/* "Menurutnya, …", "Baginya, …", "According to him, …": a view held
 * by somebody the sentence before named (the phrase list
 * defs3_pronoun_view); the token after its comma, or 0. */
static guint
pronoun_view (Ctx        *ctx,
              const Sent *s)
{
  guint i = 0, n;

  while (i + 3 < s->n && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  if (i + 3 >= s->n || !s->toks[i].phrase || (n = _ds_phrase_at (ctx, s, i, PL_DEFS3_PRONOUN_VIEW)) == 0 ||
      i + n + 1 >= s->n || !_ds_tok_is_punct (&s->toks[i + n], ','))
    return 0;
  return i + n + 1;
}

static guint read_scholar (const Sent *s, guint i, guint e, guint *a, guint *b);

/* Whom "-nya" / "him" in pronoun_view() points at: the one scholar the
 * sentence before (in the same block) names, as its subject with a year
 * or a reporting verb after the name ("Elhance (1999) menulis …",
 * after a leading phrase's comma too) or
 * as an agent ("dikembangkan oleh Arun Elhance", "coined by …"); NULL
 * for a country ("Laos membangun … Menurutnya, …"), a name that is no
 * one's, or two names. */
static char *
pronoun_scholar (Ctx        *ctx,
                 const Sent *s)
{
  Sent x;
  guint e, found_a = 0, found_b = 0, n = 0;

  if (ctx->prev.p == NULL || ctx->prev.block != s->block)
    return NULL;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  e = _ds_body_end (&x);
  for (guint k = 0; k < e; k++)
    {
      guint a, b, after;
      gboolean agent = k > 0 && (_ds_tok_is (&x.toks[k - 1], "oleh") || _ds_tok_is (&x.toks[k - 1], "by"));

      if (!x.toks[k].cap || x.toks[k].type != TOK_WORD || (k > 0 && x.toks[k - 1].cap && x.toks[k - 1].type == TOK_WORD))
        continue;
      /* "Dalam bukunya, Kusuma (2015) membahas …": after a leading
       * phrase's comma, too. */
      if (!agent && k != 0 && !_ds_tok_is_punct (&x.toks[k - 1], ','))
        continue;
      if ((after = read_scholar (&x, k, e, &a, &b)) == 0 || b - a > 4)
        continue;
      if (!agent && !(after > b && _ds_tok_is_punct (&x.toks[b], '(')) &&
          !(after < e && (x.toks[after].flags & (W_REPORT | W_DEFINE_VERB))))
        continue;
      for (guint j = a; j < b; j++)
        if (x.toks[j].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_CONNECTIVE | W_MONTH))
          return NULL;
      if (n++ > 0)
        return NULL;
      found_a = a;
      found_b = b;
      k = b;
    }
  return n == 1 ? _ds_toks_dup (&x, found_a, found_b) : NULL;
}

/* Where the sentence's first name starts, past connectives ("Sementara
 * itu, S. L. Roy …"). */
static guint
first_name (const Sent *s,
            guint       cue)
{
  guint i = 0;

  while (i < cue && ((s->toks[i].flags & W_CONNECTIVE) || _ds_tok_is_punct (&s->toks[i], ',') ||
                     _ds_tok_is (&s->toks[i], "itu")))
    i++;
  return i;
}

/* "Para delegasi menegaskan bahwa X adalah …", "Delegates stressed that
 * X is …", "Menteri Luar Negeri Laos menegaskan …": what actors (the
 * words [@c, @verb), nobody a learner could name or one of the phrase
 * list actor_noun) said of X is a claim they made, who said what, not
 * what X means; only a scholar's or a text's word defines. */
static gboolean
actors_report (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       verb)
{
  return _ds_source_kind (ctx, s, c, verb) == DS_SOURCE_NONE ||
         _ds_phrase_in (ctx, s, c, verb, PL_ACTOR_NOUN);
}

/* "Dari ketiga definisi tersebut, penulis menyimpulkan bahwa X merupakan
 * …", "From these definitions, the author concludes that X is …": the
 * essay's own author (the phrase list "author_self"), at the start or
 * after a leading phrase's comma, before a reporting verb and "that";
 * where the author's words start, or 0. */
static guint
author_at (Ctx        *ctx,
           const Sent *s,
           guint       cue,
           guint      *b)
{
  for (guint c = first_name (s, cue); c + 2 < cue && c < 12; c++)
    {
      guint n;

      if (c > 0 && !_ds_tok_is_punct (&s->toks[c - 1], ','))
        continue;
      if ((n = _ds_phrase_at (ctx, s, c, PL_AUTHOR_SELF)) == 0 || c + n + 1 >= cue)
        continue;
      if ((s->toks[c + n].flags & (W_REPORT | W_DEFINE_VERB)) && (s->toks[c + n + 1].flags & W_THAT))
        {
          *b = c + n;
          return c;
        }
    }
  *b = 0;
  return 0;
}

/* "S. L. Roy berpendapat bahwa diplomasi merupakan …", "Nye argues that
 * soft power is …": the scholar, and where the statement starts. */
static gboolean
attribution_by_report (Ctx        *ctx,
                       const Sent *s,
                       guint       cue,
                       guint      *a,
                       guint      *b,
                       guint      *after)
{
  guint c = first_name (s, cue), x, y, k, author_end, author = author_at (ctx, s, cue, &author_end);

  if (author_end > 0)
    {
      *a = author;
      *b = author_end;
      *after = author_end + 2;
      return TRUE;
    }
  k = read_scholar (s, c, cue, &x, &y);

  /* "Roy menyatakan bahwa …", "Nye emphasizes that …". */
  if (k == 0 || k + 1 >= cue || !(s->toks[k + 1].flags & W_THAT) ||
      !((s->toks[k].flags & (W_REPORT | W_DEFINE_VERB)) ||
        _ds_lexicon_other_forms (ctx, &s->toks[k], "stance_verb") != NULL))
    return FALSE;
  if (actors_report (ctx, s, c, k))
    return FALSE;
  *a = x;
  *b = y;
  *after = k + 2;
  return TRUE;
}

/* "X, menurut Nye, adalah …", "X, as defined by Nye (2004), is …",
 * "X, sebagaimana dirumuskan Hadi, adalah …" (the phrase list
 * defs_attrib_aside), "X, as Nye puts it, is …": the aside before the
 * cue; returns where it starts (the comma), or @cue when there is none. */
static guint
attribution_aside (Ctx        *ctx,
                   const Sent *s,
                   guint       cue,
                   guint      *a,
                   guint      *b)
{
  guint c = cue, k, x, y, n;

  if (c < 4 || !_ds_tok_is_punct (&s->toks[c - 1], ','))
    return cue;
  for (c = cue - 2; c > 0 && c + 11 > cue; c--)
    if (_ds_tok_is_punct (&s->toks[c], ','))
      break;
  if (c == 0 || !_ds_tok_is_punct (&s->toks[c], ','))
    return cue;
  if ((n = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_ATTRIB_ASIDE)) > 0)
    k = read_scholar (s, c + 1 + n, cue, &x, &y);
  /* "as Nye puts it", "as Nye (2004) defines it": the name, a verb, "it". */
  else if ((_ds_tok_is (&s->toks[c + 1], "as") || _ds_tok_is (&s->toks[c + 1], "seperti")) &&
           (k = read_scholar (s, c + 2, cue, &x, &y)) > 0 && k + 3 == cue && s->toks[k].type == TOK_WORD &&
           !s->toks[k].cap && _ds_tok_is (&s->toks[k + 1], "it"))
    k = cue - 1;
  /* "X, kata Bu Rina, adalah …", "X, says Lee, is …", "X, Lee writes,
   * is …": a verb of saying (the phrase list defs_speaker_aside) before
   * or after the name. */
  else if ((n = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_SPEAKER_ASIDE)) > 0)
    k = read_scholar (s, c + 1 + n, cue, &x, &y);
  else if ((k = read_scholar (s, c + 1, cue, &x, &y)) > 0 && k < cue - 1 &&
           _ds_phrase_at (ctx, s, k, PL_DEFS_SPEAKER_ASIDE) == cue - 1 - k)
    k = cue - 1;
  else
    return cue;
  if (k != cue - 1 || (s->toks[x].flags & (W_FUNCTION | W_PRONOUN | W_COUNTRY)))
    return cue;
  *a = x;
  *b = y;
  return c;
}

/* "…, tulis Walker (2017).", "…, kata Hadi.", "…, writes Walker
 * (2017).", "…, Walker writes.": who said so, after the last comma
 * before the body's end @e (the phrase list defs_speaker_aside before or
 * after the name); the comma, with [*a, *z) the name, or 0. */
static guint
trailing_speaker (Ctx        *ctx,
                  const Sent *s,
                  guint       b,
                  guint       e,
                  guint      *a,
                  guint      *z)
{
  guint c = e, k, n, x, y;

  while (c > b + 2 && c + 12 > e && !_ds_tok_is_punct (&s->toks[c - 1], ','))
    c--;
  if (c <= b + 2 || c + 12 <= e || c >= e)
    return 0;
  if (s->toks[c].phrase && (n = _ds_phrase_at (ctx, s, c, PL_DEFS_SPEAKER_ASIDE)) > 0)
    k = read_scholar (s, c + n, e, &x, &y);
  else if ((k = read_scholar (s, c, e, &x, &y)) > 0 && k < e &&
           _ds_phrase_at (ctx, s, k, PL_DEFS_SPEAKER_ASIDE) == e - k)
    k = e;
  /* "…, as Nye puts it.", "…, seperti kata Nye." */
  else if ((_ds_tok_is (&s->toks[c], "as") || _ds_tok_is (&s->toks[c], "seperti")) &&
           (k = read_scholar (s, c + 1, e, &x, &y)) > 0 && k + 2 == e && s->toks[k].type == TOK_WORD &&
           !s->toks[k].cap && _ds_tok_is (&s->toks[k + 1], "it"))
    k = e;
  else if (_ds_tok_is (&s->toks[c], "seperti") && c + 1 < e && s->toks[c + 1].phrase &&
           (n = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_SPEAKER_ASIDE)) > 0)
    k = read_scholar (s, c + 1 + n, e, &x, &y);
  else
    return 0;
  if (k != e || (s->toks[x].flags & (W_FUNCTION | W_PRONOUN | W_COUNTRY)))
    return 0;
  *a = x;
  *z = y;
  return c - 1;
}

/* ------------------------------------------------------------------ */
/* Where the definition ends                                           */

/* "… accepting a partner's promises while checking them": "while"
 * before a verb in "-ing" says how, in the same clause; no contrast
 * starts. */
static gboolean
while_doing (const Sent *s,
             guint       i,
             guint       e)
{
  const Tok *n = i + 1 < e ? &s->toks[i + 1] : NULL;

  /* "while balancing means …": a gerund that is the next clause's
   * subject. */
  if (i + 2 < e && (s->toks[i + 2].flags & (W_CUE_DEF | W_CUE_NAMING | W_AUX | W_DEFINE_VERB)))
    return FALSE;
  return (_ds_tok_is (&s->toks[i], "while") || _ds_tok_is (&s->toks[i], "whilst")) && n != NULL &&
         n->type == TOK_WORD && n->len > 5 && !n->cap && ds_ascii_strncasecmp (n->p + n->len - 3, "ing", 3) == 0;
}

/* Whether the term [@a, @b) is an aspect of something it names after
 * its head ("tujuan diplomasi publik", "the aim of public diplomacy"). */
static gboolean
aspect_of (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  if (a < b && _ds_tok_is (&s->toks[a], "the"))
    a++;
  if (a + 1 >= b)
    return FALSE;
  for (guint k = a; k < b && k < a + 3; k++)
    if (_ds_lexicon_other_forms (ctx, &s->toks[k], "defs5_aspect_head") != NULL ||
        _ds_phrase_at (ctx, s, k, PL_DEFS5_ASPECT_HEAD) > 0)
      {
        const Tok *n = k + 1 < b ? &s->toks[k + 1] : NULL;

        /* "the aim of …"; "tujuan diplomasi publik", not "mandat kuat",
         * "benefit sharing". */
        if (n == NULL || n->type != TOK_WORD)
          return FALSE;
        if (ctx->english)
          return _ds_tok_is (n, "of");
        return !(n->flags & (W_CONJ | W_FUNCTION)) && !n->verb && _ds_phrase_at (ctx, s, k + 1, PL_ADJECTIVE) == 0;
      }
  return FALSE;
}

/* "pedoman penting bagi diplomat", "alat yang penting bagi …", "an
 * important tool for diplomats", "a key asset to small states": a noun
 * said to be worth something (the phrase list defs5_value_adjective) to
 * somebody ("bagi", "for", "to" before no verb): a predication, not
 * what the term means. */
static gboolean
valued_for (Ctx        *ctx,
            const Sent *s,
            guint       b,
            guint       e)
{
  for (guint k = b; k < e && k < b + 4; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_DEFS5_VALUE_ADJECTIVE), p;

      if (n == 0)
        continue;
      /* The adjective after its noun (Indonesian) or before it (English). */
      p = k + n + (ctx->english && k + n < e && s->toks[k + n].type == TOK_WORD && !(s->toks[k + n].flags & W_FUNCTION) ? 1 : 0);
      if (p + 1 >= e)
        return FALSE;
      if (_ds_tok_is (&s->toks[p], "bagi"))
        return TRUE;
      return (_ds_tok_is (&s->toks[p], "for") || _ds_tok_is (&s->toks[p], "to") || _ds_tok_is (&s->toks[p], "untuk")) &&
             !s->toks[p + 1].verb && !(s->toks[p + 1].len > 4 && ds_ascii_strncasecmp (s->toks[p + 1].p + s->toks[p + 1].len - 3, "ing", 3) == 0);
    }
  return FALSE;
}

/* "sikap yang tidak memihak blok mana pun tetapi aktif menjaga …", "a
 * stance of not joining any bloc but working for …": "tetapi"/"but" at
 * @i after a negation in the body [@b, @i) says what X is instead, in
 * the same definition; not before a comma or a new subject with its
 * own copula. */
static gboolean
not_but (Ctx        *ctx,
         const Sent *s,
         guint       b,
         guint       i,
         guint       e)
{
  gboolean negated = FALSE;
  const Tok *n;

  if (!(_ds_tok_is (&s->toks[i], "tetapi") || _ds_tok_is (&s->toks[i], "but")) || i + 2 >= e ||
      _ds_tok_is_punct (&s->toks[i - 1], ','))
    return FALSE;
  for (guint k = b; k < i && !negated; k++)
    negated = _ds_tok_is (&s->toks[k], "tidak") || _ds_tok_is (&s->toks[k], "bukan") ||
              _ds_tok_is (&s->toks[k], "not") || _ds_tok_is (&s->toks[k], "no");
  for (guint k = i + 1; k < e && k < i + 5 && negated; k++)
    if (s->toks[k].flags & (W_CUE_DEF | W_AUX))
      return FALSE;
  /* What follows goes on with the predicate: a verb, an adverb, a
   * preposition, "juga"/"also" — no new subject ("but critics …"). */
  n = &s->toks[i + 1];
  return negated && n->type == TOK_WORD && !n->cap &&
         (n->verb || (n->flags & (W_ADV | W_PREP)) || _ds_tok_is (n, "juga") || _ds_tok_is (n, "also") ||
          _ds_tok_is (n, "rather") || _ds_tok_is (n, "to") || _ds_phrase_at (ctx, s, i + 1, PL_ADJECTIVE) > 0 ||
          (n->len > 4 && ds_ascii_strncasecmp (n->p + n->len - 3, "ing", 3) == 0));
}

/* A verb, a word in "-ed" or "-ing", or one before "by"/"oleh" ("run
 * by", "held by") at @k: a participle that goes on with a predicate. */
static gboolean
participle_at (const Sent *s,
               guint       k,
               guint       e)
{
  const Tok *t = k < e ? &s->toks[k] : NULL;

  if (t == NULL || t->type != TOK_WORD || t->cap || (t->flags & (W_FUNCTION & ~W_ADV)))
    return FALSE;
  return t->verb ||
         (t->len > 4 && (ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 ||
                         ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0)) ||
         (k + 1 < e && (_ds_tok_is (&s->toks[k + 1], "by") || _ds_tok_is (&s->toks[k + 1], "oleh")));
}

/* "Malinformasi adalah informasi yang benar, tetapi dipakai untuk
 * merugikan pihak lain", "a bot is an account that poses as a citizen
 * but is run by paid operators", "the testing of a system, but with its
 * owner's permission": "tetapi", "namun", "but" (the phrase list
 * defs_but_qualifier) at @i, and what follows goes on with the body's
 * predicate with no subject of its own — a verb, a passive, an auxiliary
 * and its verb, a preposition, "untuk"/"to" — restricts the head: cut
 * before it, the body says something false ("informasi yang benar").
 * Not a new clause: a name, a pronoun, a noun and its verb ("tetapi
 * banyak negara belum …"), an aside ("but in practice …"), a copula of
 * its own before the next comma, nor X's history ("namun pernah dibuka
 * kembali pada 2019"). */
static gboolean
but_restricts (Ctx        *ctx,
               const Sent *s,
               guint       b,
               guint       i,
               guint       e)
{
  guint j = i + 1, stop;
  const Tok *n;

  if (i < b + 2 || _ds_phrase_at (ctx, s, i, PL_DEFS_BUT_QUALIFIER) == 0)
    return FALSE;
  if (j < e && _ds_tok_is_punct (&s->toks[j], ','))
    return FALSE;
  while (j < e && j < i + 3 && (s->toks[j].flags & W_ADV) && !(s->toks[j].flags & W_PREP) && !s->toks[j].verb)
    j++;
  if (j + 1 >= e)
    return FALSE;
  n = &s->toks[j];
  if (n->type != TOK_WORD || n->cap || (n->flags & (W_PRONOUN | W_DET | W_ANAPHOR | W_CONJ | W_CLAUSE | W_CONNECTIVE)) ||
      _ds_phrase_at (ctx, s, j, PL_DEFS_CLAIM_ASIDE) > 0 ||
      _ds_phrase_at (ctx, s, j, PL_COVER_LEAD) > 0)
    return FALSE;
  for (stop = j + 1; stop < e && !_ds_tok_is_punct (&s->toks[stop], ','); stop++)
    if (s->toks[stop].flags & (W_CUE_DEF | W_CUE_NAMING | W_DEFINE_VERB))
      return FALSE;
  /* "namun pernah dibuka kembali pada 2019": what became of X, its
   * history (a year, the phrase list defs_concession_past), restricts
   * nothing. */
  for (guint k = i + 1; k < stop; k++)
    if (s->toks[k].type == TOK_NUMBER || _ds_phrase_at (ctx, s, k, PL_DEFS_CONCESSION_PAST) > 0)
      return FALSE;
  /* "but is run by …", "tetapi dapat dipakai …": an auxiliary and its verb */
  if ((n->flags & W_AUX) || (ctx->english && (n->flags & W_CUE_DEF) && !(n->flags & W_DEFINE_VERB)))
    return participle_at (s, j + 1, e) || (s->toks[j + 1].flags & W_ADV);
  if (n->flags & (W_CUE_DEF | W_REPORT))
    return FALSE;
  /* "but one used by …", "yet one that …": "one" stands for the head. */
  if (ctx->english && _ds_tok_is (n, "one"))
    return participle_at (s, j + 1, e) || (s->toks[j + 1].flags & W_RELATIVE);
  /* "tetapi dikendalikan …", "but used to …", "but working for …" */
  if (participle_at (s, j, e) || n->verb)
    return TRUE;
  /* "tetapi atas izin pemilik", "but with the aim of …", "namun untuk …" */
  return (n->flags & W_PREP) != 0;
}

/* Whether [@a, @b) holds only words of the phrase list adjective ("bebas
 * aktif"): no term without the label before it ("prinsip bebas aktif"). */
static gboolean
adjectives_only (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  if (a >= b)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (!(_ds_phrase_at (ctx, s, k, PL_ADJECTIVE) > 0 || (s->toks[k].flags & W_CONJ)))
      return FALSE;
  return TRUE;
}

/* A verb, or an English word in "-ing" ("altering", "describing"). */
static gboolean
series_verb (Ctx       *ctx,
             const Tok *t)
{
  return t->type == TOK_WORD &&
         (t->verb || (ctx->english && t->len > 5 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0));
}

/* A body that a restriction ("…, tetapi dipakai untuk …") made longer
 * than this many tokens is no card: cut, it would say something false,
 * whole, it is no answer to learn. */
#define DEF_RESTRICTED_MAX 30

static guint
restricted_end (gboolean restricted,
                guint    b,
                guint    end)
{
  return restricted && end > b + DEF_RESTRICTED_MAX ? b : end;
}

/* The longest concession, in tokens, a definition's body keeps. */
#define DEF_CONCESSION_MAX 14

/* "Soft law is a set of rules that states agree on, although no court
 * can enforce it", "A memorandum is a record of shared intentions, but
 * it creates no duties", "Moratorium adalah penghentian sementara suatu
 * kegiatan, walaupun dapat diperpanjang": a "but" or a concession after
 * the comma at @i (the phrase list defs_concession_tail) whose subject is
 * the term — in English a pronoun for it ("it", "its …", "they", "their
 * …") or none that could act ("no court"), in Indonesian none of its own
 * (a negation, an auxiliary, a verb first) or the term's own part ("pelaksanaannya
 * …") — and that runs to the sentence's end @e: what X lacks or cannot
 * do is part of what it is. Not a view of others ("but critics call it
 * propaganda", "tetapi banyak kementerian belum menguasainya"), nor a
 * tail with a comma, a name, a number, a past (the phrase list
 * defs_concession_past: "but it was abandoned in 2010" is X's history),
 * another definition, nor one that makes the body longer than a card
 * holds. */
static gboolean
concession_tail (Ctx        *ctx,
                 const Sent *s,
                 guint       b,
                 guint       i,
                 guint       e)
{
  guint n, j;
  const Tok *first;

  if (i < b + 3 || i + 1 >= e || !_ds_tok_is_punct (&s->toks[i], ',') ||
      (n = _ds_phrase_at (ctx, s, i + 1, PL_DEFS_CONCESSION_TAIL)) == 0)
    return FALSE;
  j = i + 1 + n;
  if (j + 2 > e || e - j > DEF_CONCESSION_MAX || e - b > DEF_RESTRICTED_MAX)
    return FALSE;
  for (guint k = j; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || t->cap || (t->flags & (W_DEFINE_VERB | W_CUE_NAMING)) ||
          _ds_phrase_at (ctx, s, k, PL_DEFS_CONCESSION_PAST) > 0)
        return FALSE;
    }
  first = &s->toks[j];
  if (ctx->english)
    return _ds_tok_is (first, "it") || _ds_tok_is (first, "its") || _ds_tok_is (first, "they") ||
           _ds_tok_is (first, "their") || _ds_tok_is (first, "no");
  return (first->flags & (W_ADV | W_AUX)) || first->verb ||
         (_ds_tok_ends_nya (first) && !(first->flags & W_FUNCTION));
}

/* The sentence end, a semicolon, a new clause ("namun"), or a comma before
 * the next definition, before "atau biasa dikenal …" or before who said
 * so (", as explained by …"). */
/* Whether the comma or dash at @i opens a tail that runs to @e and
 * only illustrates the body: examples (phrase list bracket_example:
 * ", seperti A, B, atau C", ", for example A") with no clause of their
 * own, or after a dash a pointer to the case at hand (phrase list
 * defs_dash_aside: "— dalam hal ini, Anda", "— in this case, you"). */
static gboolean
example_tail (Ctx        *ctx,
              const Sent *s,
              guint       i,
              guint       e)
{
  const Tok *t = &s->toks[i];
  gboolean dash = _ds_tok_is_punct (t, 0x2014) || _ds_tok_is_punct (t, 0x2013) ||
                  (_ds_tok_is_punct (t, '-') && t->p > s->p && t->p[-1] == ' ');
  guint n;

  if (!dash && !_ds_tok_is_punct (t, ','))
    return FALSE;
  if (dash && (n = _ds_phrase_at (ctx, s, i + 1, PL_DEFS_DASH_ASIDE)) > 0)
    return i + 1 + n + 8 >= e;
  if ((n = _ds_phrase_at (ctx, s, i + 1, PL_BRACKET_EXAMPLE)) == 0 || i + 1 + n >= e)
    return FALSE;
  /* (A series of examples runs to the end: ", seperti kata sandi atau
   * kode OTP, dengan menyamar …" closes its aside and says more.) */
  for (guint k = i + 1 + n; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return _ds_cued_series_items (s, i + 1 + n, e, NULL) >= 2;
  for (guint k = i + 1 + n; k < e; k++)
    if (s->toks[k].type == TOK_PUNCT ? !_ds_tok_is_punct (&s->toks[k], '-')
                                     : (s->toks[k].flags & (W_RELATIVE | W_THAT | W_CUE_DEF | W_AUX | W_CLAUSE)) != 0)
      return FALSE;
  return TRUE;
}

/* Whether the report verb's form at @k, in the words after the comma
 * at @comma, is a noun: right after a verb or a function word ("…,
 * meaning the absence of a world police, forces the states to …",
 * "… of states"), or before "to" and a verb ("…, pushes states to seek
 * survival"; not "…, the minister explains to parliament that …"). */
static gboolean
report_form_is_noun (const Sent *s,
                     guint       comma,
                     guint       k,
                     guint       e)
{
  const Tok *to = &s->toks[k + 1];

  if (k > comma + 1 && (s->toks[k - 1].verb || (s->toks[k - 1].flags & (W_FUNCTION | W_PRONOUN)) == W_FUNCTION))
    return TRUE;
  if (!_ds_tok_is (to, "to") || k + 2 >= e || s->toks[k + 2].type != TOK_WORD || s->toks[k + 2].cap ||
      (s->toks[k + 2].flags & W_FUNCTION))
    return FALSE;
  for (guint j = k + 2; j < e && j < k + 6; j++)
    if (s->toks[j].flags & W_THAT)
      return FALSE;
  return TRUE;
}

static guint
definition_end (Ctx        *ctx,
                const Sent *s,
                guint       b)
{
  guint e = _ds_body_end (s), last_comma = 0;
  int depth = 0;
  gboolean series = FALSE;   /* a short item and a comma opened the body */
  gboolean restricted = FALSE;   /* a "but" that restricts the head was read */

  for (guint i = b; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type == TOK_PUNCT && (t->ch == '(' || t->ch == '['))
        depth++;
      else if (t->type == TOK_PUNCT && (t->ch == ')' || t->ch == ']'))
        depth = MAX (0, depth - 1);
      if (depth > 0 || i == b)
        continue;
      /* "…, although no court can enforce it": the rest is still about
       * X (concession_tail()). */
      if (concession_tail (ctx, s, b, i, e))
        return e;
      /* "…, tetapi dipakai untuk …": the restriction is the body's (see
       * but_restricts()); its comma ends nothing. */
      if (_ds_tok_is_punct (t, ',') && i + 1 < e && but_restricts (ctx, s, b, i + 1, e))
        continue;
      if ((t->flags & W_CLAUSE) && but_restricts (ctx, s, b, i, e))
        {
          restricted = TRUE;
          continue;
        }
      if (_ds_tok_is_punct (t, ';') || ((t->flags & W_CLAUSE) && !while_doing (s, i, e) && !not_but (ctx, s, b, i, e)))
        return restricted_end (restricted, b, i);
      /* "gagasan, nilai, dan kebijakan": words between two commas are a
       * series, which its "dan" ends. */
      if (_ds_tok_is_punct (t, ','))
        {
          series |= last_comma > 0 && i - last_comma <= 3;
          last_comma = i;
        }
      /* ", seperti bank, rumah sakit, atau aplikasi belanja.", ", such
       * as a bank or a hospital.", " — dalam hal ini, Anda.", " — in this
       * case, you.": examples or an aside that end the sentence are no
       * part of what X is (example_tail()). */
      if (i > b + 2 && example_tail (ctx, s, i, e))
        return restricted_end (restricted, b, i);
      /* ", antara lain:": a list starts, the definition has ended. */
      if (_ds_tok_is_punct (t, ',') && i + 2 < e && _ds_tok_is (&s->toks[i + 1], "antara") &&
          _ds_tok_is (&s->toks[i + 2], "lain"))
        return restricted_end (restricted, b, i);
      /* ", sebagaimana dijelaskan oleh …", ", as explained by …": who
       * said so is no part of what X is. */
      if (_ds_tok_is_punct (t, ',') && i + 1 < e && _ds_phrase_at (ctx, s, i + 1, PL_SOURCE_ASIDE) > 0)
        return restricted_end (restricted, b, i);
      /* ", karena …": the reason is no part of what X is. */
      if (_ds_tok_is_punct (t, ',') && i + 1 < e && (s->toks[i + 1].flags & W_CONNECTIVE) &&
          !(s->toks[i + 1].flags & W_CONJ))
        return restricted_end (restricted, b, i);
      /* ", atau …" opens another clause, unless it ends a series ("setiap
       * orang, badan publik, atau organisasi …"). */
      if (_ds_tok_is_punct (t, ',') && i + 2 < e && !series &&
          (s->toks[i + 1].flags & (W_CONJ | W_CLAUSE)) && !(s->toks[i + 1].flags & W_FINAL_CONJ) &&
          !s->toks[i + 2].verb &&
          ((s->toks[i + 2].flags & W_ADV) || i + 4 >= e || _ds_tok_is (&s->toks[i + 1], "atau")))
        return restricted_end (restricted, b, i);
      /* (A report verb that ends the sentence says nothing more: "…
       * between coastal states." is a noun; nor does one in a series:
       * "kemampuan membaca, menilai, dan memakai data".) */
      /* ("rules, norms and bodies that decide how ports are built":
       * a cue after a relative that a noun of the body takes is the
       * relative's own clause, inside the body; ", which was issued …"
       * right after the comma is not.) */
      /* ("tindakan mengubah, menyebut ulang, dan menghapus …", "the act
       * of altering, describing falsely or deleting …": a verb of a
       * series of verbs, after a comma or a conjunction, is an item, no
       * next definition.) */
      if (_ds_tok_is_punct (t, ','))
        for (guint k = i + 1; k < e && k <= i + 8 && !(k > i + 1 && (s->toks[k].flags & (W_RELATIVE | W_THAT))); k++)
          {
            if (i > 0 && series_verb (ctx, &s->toks[i - 1]) && series_verb (ctx, &s->toks[k]) &&
                (_ds_tok_is_punct (&s->toks[k - 1], ',') || (s->toks[k - 1].flags & W_CONJ)))
              continue;
            if ((s->toks[k].flags & (W_CUE_DEF | W_DEFINE_VERB)) ||
                ((s->toks[k].flags & W_REPORT) && k + 1 < e && !_ds_tok_is_punct (&s->toks[k + 1], ',') &&
                 !(s->toks[k + 1].flags & W_CONJ) && !report_form_is_noun (s, i, k, e)))
              return restricted_end (restricted, b, i);
          }
      series |= _ds_tok_is_punct (t, ',') && i < b + 6;
    }
  return restricted_end (restricted, b, e);
}

/* ------------------------------------------------------------------ */
/* Definitions                                                         */

typedef struct {
  guint        term_a;      /* the term, tokens */
  guint        term_b;
  guint        body_a;      /* the definition, tokens */
  guint        body_b;
  guint        cue_a;       /* the cue as written, tokens */
  guint        cue_b;
  guint        who_a;       /* the scholar, or who_a == who_b */
  guint        who_b;
  DsClaimRule  rule;
  gboolean     strong;      /* a cue that only defines: "didefinisikan" */
  gboolean     ranks;       /* the term ranks ("masalah terbesar"): ask it */
  gboolean     reported;    /* "X assumes that …": the clause is X's claim */
  gboolean     unheld;      /* "The report explains that …": nobody named holds it */
  gboolean     word;        /* '"Netral" berarti …': a quoted word explained */
  gboolean     aspect;      /* "Tujuan X adalah …": an aspect of X, asked as such */
  guint        by_a;        /* "didefinisikan oleh Hadi sebagai", "defined by Hadi as": whose, tokens */
  guint        by_b;
} Def;

/* "X merupakan tempat hoaks paling cepat menyebar, karena …": a
 * superlative, or a reason given right after, argues about X. */
static gboolean
argues (Ctx        *ctx,
        const Sent *s,
        guint       b,
        guint       e)
{
  /* "… dengan anggaran tertinggi di kawasan itu", "… the oldest …": a
   * superlative that ranks (the phrase list rank_word) says how X
   * compares, not what X is; one in a clause of its own ("a partnership
   * that covers the longest river") ranks something else. */
  for (guint i = b; i < e; i++)
    {
      if ((s->toks[i].flags & W_RELATIVE) && i + 1 < e && s->toks[i + 1].verb)
        break;
      if (_ds_phrase_at (ctx, s, i, PL_RANK_WORD) > 0)
        return TRUE;
      /* "… a fairer instrument than export taxes", "… lebih adil daripada
       * …": a comparison (the phrase list comparison_word) weighs X
       * against another, a verdict, not what X is; at the head of what
       * is said of X only ("an arrangement under which states divide the
       * gains rather than the water" defines), and no "rather than",
       * "more than 30". */
      if (i > b && i < b + 6 && _ds_phrase_at (ctx, s, i, PL_VERDICT_COMPARISON) > 0 &&
          !_ds_tok_is (&s->toks[i - 1], "rather") && !_ds_tok_is (&s->toks[i - 1], "other") &&
          !(i + 1 < e && s->toks[i + 1].type == TOK_NUMBER))
        return TRUE;
    }
  return e + 1 < s->n && _ds_tok_is_punct (&s->toks[e], ',') &&
         (_ds_tok_is (&s->toks[e + 1], "karena") || _ds_tok_is (&s->toks[e + 1], "sebab") ||
          _ds_tok_is (&s->toks[e + 1], "because") || _ds_tok_is (&s->toks[e + 1], "since"));
}

/* "memandang", "menganggap", "regards", "sees", "considers" (the
 * phrase list defs6_opinion_verb) at @i: a verb of a view, which
 * defines only a scholar's term. */
static gboolean
opinion_verb (Ctx        *ctx,
              const Sent *s,
              guint       i)
{
  return i < s->n && _ds_phrase_at (ctx, s, i, PL_DEFS6_OPINION_VERB) > 0;
}

/* "Konstruktivisme", "Realism": one word in -isme, -ism that names a
 * school of thought, in capitals as the sentence's first word. */
static gboolean
school_word (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= 7 &&
         (strncmp (t->p + t->len - 4, "isme", 4) == 0 || strncmp (t->p + t->len - 3, "ism", 3) == 0);
}

/* Whether the holder [@a, @b) of a view is a person: no country, no
 * government body or institution, no office ("Menteri Luar Negeri
 * Rahadian", "Minister Halvorsen"). */
static gboolean
person_holds (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  if (_ds_phrase_at (ctx, s, a, PL_FACTS_OFFICE_TITLE) > 0 ||
      _ds_phrase_at (ctx, s, a, PL_ACTOR_NOUN) > 0)
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & (W_COUNTRY | W_GOV)) || _ds_phrase_at (ctx, s, k, PL_FURNITURE_INSTITUTION) > 0)
      return FALSE;
  return TRUE;
}

/* Whether what is said of X in [@b, @e) weighs it: a superlative, an
 * ordinal, a word of value ("alat paling efektif", "prioritas utama",
 * "the first duty", "the cheapest form") before any clause of its own. */
static gboolean
weighs (Ctx        *ctx,
        const Sent *s,
        guint       b,
        guint       e)
{
  if (argues (ctx, s, b, e))
    return TRUE;
  for (guint k = b; k < e && k < b + 6; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->flags & W_RELATIVE) && k + 1 < e && s->toks[k + 1].verb)
        break;
      if ((t->flags & W_SUPERLATIVE) || _ds_phrase_at (ctx, s, k, PL_DEFS5_VALUE_ADJECTIVE) > 0)
        return TRUE;
      /* "tugas pertama", "the first duty"; not "kedua negara besar" */
      if ((t->flags & W_ORDINAL) && k == b + 1 &&
          (!ctx->english || _ds_tok_is_article (&s->toks[b]) || (s->toks[b].flags & W_DET)))
        return TRUE;
      /* "the cheapest", "its safest" */
      if (ctx->english && k > b && (_ds_tok_is (&s->toks[k - 1], "the") || (s->toks[k - 1].flags & W_DET)) &&
          t->type == TOK_WORD && t->len >= 6 && ds_ascii_strncasecmp (t->p + t->len - 3, "est", 3) == 0 &&
          k + 1 < e && s->toks[k + 1].type == TOK_WORD)
        return TRUE;
    }
  return FALSE;
}

/* "A safe third country is one that …": "one" and a relative stand for
 * the term's head noun. */
static gboolean
one_that (const Sent *s,
          guint       b)
{
  return b + 2 < s->n && _ds_tok_is (&s->toks[b], "one") && (s->toks[b + 1].flags & W_RELATIVE);
}

/* "… merupakan hambatan kedua", "… adalah masalah tambahan", "… are a
 * second obstacle", "… is a further problem": what is said of X counts
 * it among others of its kind (the phrase list defs_series_word, or an
 * ordinal past the first, right after the head noun, in English after
 * the article; "a first obstacle" too): a step of an argument, not what
 * X is. "The Outer Space Treaty is the first agreement on …" still
 * defines. */
static gboolean
in_series (Ctx        *ctx,
           const Sent *s,
           guint       b,
           guint       e)
{
  guint k = b + 1;
  gboolean indefinite;

  if (k >= e || (ctx->english && !_ds_tok_is_article (&s->toks[b])))
    return FALSE;
  indefinite = ctx->english && !_ds_tok_is (&s->toks[b], "the");
  if (_ds_phrase_at (ctx, s, k, PL_DEFS_SERIES_WORD) > 0)
    return TRUE;
  return (s->toks[k].flags & W_ORDINAL) && (indefinite || s->toks[k].value >= 2);
}

/* What follows a weak cue ("adalah", "merupakan", "is") says what X is,
 * not which of many it is one of, nor how it is. */
static gboolean
body_defines (Ctx        *ctx,
              const Sent *s,
              guint       b,
              guint       e)
{
  const Tok *t = &s->toks[b];

  if (e - b < 3 || argues (ctx, s, b, e))
    return FALSE;
  /* "setiap orang … yang menentukan …" (every person who …) defines;
   * "banyak negara …" (many countries) does not. */
  if (_ds_tok_is (t, "setiap") || _ds_tok_is (t, "every") || _ds_tok_is (t, "any") || one_that (s, b))
    return TRUE;
  if (t->flags & (W_QUANT | W_PRONOUN | W_ANAPHOR | W_QUESTION | W_COUNT | W_ORDINAL))
    return FALSE;
  if (_ds_tok_is (t, "hal") || _ds_tok_is (t, "bagian") || _ds_tok_is (t, "part"))
    return FALSE;
  if (in_series (ctx, s, b, e))
    return FALSE;
  /* "jembatan, bukan tembok", "a mirror, not a mask", "a magnet rather
   * than a hammer": one bare noun set against another is a figure, no
   * class narrowed. */
  {
    guint k = b + (_ds_tok_is_article (t) ? 1 : 0);

    if (k + 2 < e && s->toks[k].type == TOK_WORD &&
        ((_ds_tok_is_punct (&s->toks[k + 1], ',') &&
          (_ds_tok_is (&s->toks[k + 2], "bukan") || _ds_tok_is (&s->toks[k + 2], "not"))) ||
         (_ds_tok_is (&s->toks[k + 1], "rather") && _ds_tok_is (&s->toks[k + 2], "than"))))
      return FALSE;
  }
  /* "sangat penting", "lebih …", "tidak …", "bukan …": how X is. */
  if ((t->flags & W_ADV) && !(t->flags & W_NOUN))
    return FALSE;
  if (t->type == TOK_NUMBER || (t->flags & W_DET && !(t->flags & W_CATEGORY) &&
                                !_ds_tok_is (t, "suatu") && !_ds_tok_is (t, "sebuah") &&
                                !_ds_tok_is (t, "a") && !_ds_tok_is (t, "an") &&
                                !_ds_tok_is (t, "the")))
    return FALSE;
  return TRUE;
}

static int meant_term_at (const Sent *s,
                          guint       cue);

/* "yang dimaksud dengan X", "pengertian X", "definisi X", "the term X",
 * "by X we mean": where the term starts, or -1; not when another cue
 * stands between ("definisi yang sebenarnya yaitu X ini adalah …"). */
static int
meant_term (const Sent *s,
            guint       cue)
{
  int k = meant_term_at (s, cue);

  for (guint i = MAX (k, 0); k >= 0 && i < cue; i++)
    if (s->toks[i].flags & (W_CUE_DEF | W_CUE_NAMING))
      return -1;
  return k;
}

static int
meant_term_at (const Sent *s,
               guint       cue)
{
  for (guint i = 0; i + 1 < cue; i++)
    {
      /* "Yang saya maksud dengan X adalah …": the writer's own sense. */
      if (((_ds_tok_is (&s->toks[i], "dimaksud") || (i > 0 && _ds_tok_is (&s->toks[i], "maksud") &&
                                                      (s->toks[i - 1].flags & W_PRONOUN))) &&
           _ds_tok_is (&s->toks[i + 1], "dengan")) ||
          (_ds_tok_is (&s->toks[i], "meant") && _ds_tok_is (&s->toks[i + 1], "by")))
        return (int) i + 2;
      /* "Yang disebut (dengan) X adalah …", "What is called X is …",
       * "What we call X is …": the sentence opens by naming the term. */
      if (i <= 3 && (_ds_toks_pair_is (s, 0, "yang", "disebut") || _ds_toks_pair_is (s, 0, "what", "is") ||
                     _ds_toks_pair_is (s, 0, "what", "we")) &&
          (_ds_tok_is (&s->toks[i], "disebut") || _ds_tok_is (&s->toks[i], "called") ||
           _ds_tok_is (&s->toks[i], "call")))
        {
          guint k = i + 1 + (_ds_tok_is (&s->toks[i + 1], "dengan") || _ds_tok_is (&s->toks[i + 1], "sebagai") ||
                             _ds_tok_is_article (&s->toks[i + 1]));

          return k < cue && !(s->toks[k].flags & (W_ORDINAL | W_ANAPHOR)) ? (int) k : -1;
        }
      if ((_ds_tok_is (&s->toks[i], "pengertian") || _ds_tok_is (&s->toks[i], "definisi") ||
           _ds_tok_is (&s->toks[i], "istilah") || _ds_tok_is (&s->toks[i], "term") ||
           _ds_tok_is (&s->toks[i], "definition")) &&
          (i == 0 || !(s->toks[i - 1].flags & W_PREP)))
        {
          guint k = i + 1;

          if (_ds_tok_is (&s->toks[k], "dari") || _ds_tok_is (&s->toks[k], "of"))
            k++;
          return k < cue ? (int) k : -1;
        }
    }
  return -1;
}

static gboolean adverb_ly (const Tok *t);

/* The term ends before the cue, after an aux ("dapat diartikan", "can be
 * defined", "is defined") and a relative "yang". */
/* "berarti", "means": the cues that say what a word means, whatever
 * the sentence does next. */
static gboolean
meaning_cue (const Tok *t)
{
  return _ds_tok_is (t, "berarti") || _ds_tok_is (t, "means") || _ds_tok_is (t, "bermakna");
}

/* "in general terms", "at its core", "strictly speaking", "dalam arti
 * sempit", "di banyak negara": an aside [@a, @b) between two commas that
 * only frames what follows, a preposition or an adverb first, in lower
 * case, no number and no verb; not one that turns to a claim ("in
 * practice", "in fact", "pada kenyataannya": the phrase list
 * defs_claim_aside). */
static gboolean
framing_aside (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b)
{
  const Tok *t = &s->toks[a];

  if (b <= a || b - a > 4 || t->type != TOK_WORD || t->cap ||
      _ds_phrase_at (ctx, s, a, PL_DEFS_CLAIM_ASIDE) > 0 ||
      !((t->flags & W_PREP) || adverb_ly (t) || _ds_tok_is (t, "secara")))
    return FALSE;
  for (guint k = a + 1; k < b; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION)) ||
        (s->toks[k].verb && !_ds_tok_is (&s->toks[k], "speaking")) ||
        (s->toks[k].flags & (W_CONJ | W_RELATIVE | W_THAT | W_CUE_DEF | W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  return TRUE;
}

/* "sebagaimana dibahas di Bab 3", "as noted above", "as we saw in
 * Chapter 2": an aside [@a, @b) that points to another part of the text
 * (the phrase list defs_crossref_aside), then a place in it with no
 * verb, no scholar ("as defined by Nye" is an attribution). */
static gboolean
crossref_aside (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b)
{
  guint n = s->toks[a].phrase ? _ds_phrase_at (ctx, s, a, PL_DEFS_CROSSREF_ASIDE) : 0;

  if (n == 0 || a + n > b || b - a > 8)
    return FALSE;
  for (guint k = a + n; k < b; k++)
    if (_ds_tok_is (&s->toks[k], "by") || _ds_tok_is (&s->toks[k], "oleh") || s->toks[k].verb ||
        (s->toks[k].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k], '.')) ||
        (s->toks[k].flags & (W_CONJ | W_RELATIVE | W_THAT | W_CUE_DEF)))
      return FALSE;
  return TRUE;
}

/* "in the working definition agreed at the WSIS in Tunis in 2005",
 * "menurut definisi yang disepakati di Tunis (2005)", "under the
 * definition used in this report": an aside [@a, @b) between two commas
 * that says whose or which definition follows, a preposition first and
 * a definition word (the phrase list defs_formulation_noun) within its
 * first five words; it frames the term before it, it is no term itself
 * (it gave "What is meant by agreed at the WSIS in Tunis in 2005,?"). */
static gboolean
definition_aside (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b)
{
  guint n;

  if (b <= a + 1 || b - a > 16 || s->toks[a].type != TOK_WORD || s->toks[a].cap || !(s->toks[a].flags & W_PREP))
    return FALSE;
  /* ("dalam rumusan Kurniasih (2017)", "in the words of Nye": a
   * scholar's, which attribution_aside() reads.) */
  if ((n = _ds_phrase_at (ctx, s, a, PL_DEFS_ATTRIB_ASIDE)) > 0 && a + n < b && s->toks[a + n].cap)
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & W_CUE_DEF) || _ds_tok_is_punct (&s->toks[k], ','))
      return FALSE;
  for (guint k = a + 1; k < b && k < a + 5; k++)
    if (s->toks[k].type == TOK_WORD && _ds_phrase_at (ctx, s, k, PL_DEFS_FORMULATION_NOUN) > 0)
      return TRUE;
  return FALSE;
}

static guint
term_end (Ctx        *ctx,
          const Sent *s,
          guint       cue)
{
  guint hi = cue, aux = cue;

  /* "Kedaulatan digital pada dasarnya adalah …", "X is essentially …":
   * a hedge between the term and its cue, or its aux ("X secara umum
   * dapat didefinisikan sebagai …"). */
  while (aux > 1 && (s->toks[aux - 1].flags & W_AUX) && !(s->toks[aux - 1].flags & W_NOUN))
    aux--;
  for (guint k = aux > 4 ? aux - 4 : 0; k < aux; k++)
    if (k > 0 && (k + _ds_phrase_at (ctx, s, k, PL_HEDGE) == hi ||
                  (aux < hi && k + _ds_phrase_at (ctx, s, k, PL_HEDGE) == aux)))
      {
        hi = k;
        break;
      }
  /* "Public diplomacy, in simple terms, can be defined as …": the hedge
   * between two commas. */
  if (hi == cue && aux > 3 && _ds_tok_is_punct (&s->toks[aux - 1], ','))
    for (guint k = aux > 6 ? aux - 6 : 1; k + 1 < aux; k++)
      if (_ds_tok_is_punct (&s->toks[k - 1], ',') &&
          (k + _ds_phrase_at (ctx, s, k, PL_HEDGE) == aux - 1 || framing_aside (ctx, s, k, aux - 1)))
        {
          hi = k - 1;
          break;
        }
  /* "Diplomasi budaya, sebagaimana dibahas di Bab 3, adalah …", "X, as
   * noted above, is …": a pointer to another part of the text between
   * two commas (the phrase list defs_crossref_aside). */
  if (hi == cue && aux > 3 && _ds_tok_is_punct (&s->toks[aux - 1], ','))
    for (guint k = aux > 9 ? aux - 9 : 1; k + 1 < aux; k++)
      if (_ds_tok_is_punct (&s->toks[k - 1], ',') && crossref_aside (ctx, s, k, aux - 1))
        {
          hi = k - 1;
          break;
        }
  /* "Internet governance, in the working definition agreed at the WSIS
   * in 2005, is …": which definition follows, between two commas. */
  if (hi == cue && aux > 3 && _ds_tok_is_punct (&s->toks[aux - 1], ','))
    for (guint k = aux > 17 ? aux - 17 : 1; k + 1 < aux; k++)
      if (_ds_tok_is_punct (&s->toks[k - 1], ',') && definition_aside (ctx, s, k, aux - 1))
        {
          hi = k - 1;
          break;
        }

  /* "Diplomasi siber (bahasa Inggris: cyber diplomacy) adalah …": the term
   * is before its aside ("Keamanan siber (cybersecurity) dapat diartikan
   * …": before its aux too). */
  if (hi == cue && aux < cue && aux > 2 && _ds_tok_is_punct (&s->toks[aux - 1], ')'))
    hi = aux;
  if (hi > 2 && _ds_tok_is_punct (&s->toks[hi - 1], ')'))
    {
      guint open = hi - 1;

      while (open > 0 && !_ds_tok_is_punct (&s->toks[open], '(') && hi - open < 12)
        open--;
      /* "(BSSN)" is part of the name, not an aside; one word in lower
       * case ("Penangkalan (deterrence) adalah …", "Deterrence
       * (penangkalan) is …") is its translation, an aside. */
      if (_ds_tok_is_punct (&s->toks[open], '(') && open > 0 &&
          (hi - open > 3 || (hi - open == 3 && s->toks[open + 1].type == TOK_WORD && !s->toks[open + 1].cap &&
                             s->toks[open + 1].len > 2)))
        hi = open;
    }
  /* "atribusi publik, yaitu pernyataan resmi …": the term before the
   * comma an appositive cue follows. */
  if (hi > 1 && _ds_tok_is_punct (&s->toks[hi - 1], ',') && (s->toks[cue].flags & W_CUE_NAMING) &&
      !_ds_tok_is (&s->toks[cue], "adalah"))
    hi--;
  /* "is operationally defined as": the manner goes with the aux. */
  while (hi > 0 && (((s->toks[hi - 1].flags & (W_AUX | W_ADV)) && !(s->toks[hi - 1].flags & W_NOUN)) ||
                    (hi > 1 && adverb_ly (&s->toks[hi - 1]) && (s->toks[hi - 2].flags & W_AUX))))
    hi--;
  if (hi > 0 && (s->toks[hi - 1].flags & W_RELATIVE) && !_ds_tok_is (&s->toks[hi - 1], "that"))
    {
      hi--;
      /* "Penangkalan, yang berarti …, menjadi …", "Human security, which
       * means …, shifted …": the term before the aside's comma. */
      if (hi > 1 && _ds_tok_is_punct (&s->toks[hi - 1], ',') && meaning_cue (&s->toks[cue]))
        hi--;
    }
  return hi;
}

/* '"trust but verify"', '"neither confirm nor deny"', '"bebas dan
 * aktif"', '"bukan kawan tetapi juga bukan lawan"': a quoted phrase that
 * joins words or clauses, or opens with a function word, is a saying,
 * asked in its quotes ('What is meant by “trust but verify”?'). */
static gboolean
quoted_saying (const Sent *s,
               guint       a,
               guint       b)
{
  if (b < a + 2 || (s->toks[a].flags & W_FUNCTION))
    return b >= a + 2;
  for (guint k = a + 1; k + 1 < b; k++)
    if (s->toks[k].flags & (W_CONJ | W_CONNECTIVE | W_CLAUSE))
      return TRUE;
  return FALSE;
}

/* "Scholars refer to the accord as the first green treaty", "The report
 * refers to the pact as a turning point": what is named after "to" is
 * called something, the subject defines nothing. Not "such as", "as well
 * as", "known as" in a body. */
static gboolean
refer_to_as (const Sent *s,
             guint       b)
{
  guint e = _ds_body_end (s);

  for (guint k = b + 1; k < e && k < b + 8; k++)
    if (_ds_tok_is (&s->toks[k], "as") && !_ds_tok_is (&s->toks[k - 1], "such") &&
        !_ds_tok_is (&s->toks[k - 1], "well") && !_ds_tok_is (&s->toks[k - 1], "known") &&
        !_ds_tok_is (&s->toks[k - 1], "so") && !(k + 1 < e && _ds_tok_is (&s->toks[k + 1], "well")))
      return TRUE;
    else if (s->toks[k].type == TOK_PUNCT || (s->toks[k].flags & W_RELATIVE))
      return FALSE;
  return FALSE;
}

/* "didefinisikan oleh Hadi (2011) sebagai …", "is defined by Okafor
 * and Lind as …": the scholar after "oleh"/"by", names in capitals with
 * their year in brackets, right before "sebagai"/"as"; recorded in
 * @def, and the index of "sebagai"/"as" returned, else @b. */
static guint
passive_agent (const Sent *s,
               guint       b,
               Def        *def)
{
  guint k = b + 1, names = 0;

  def->by_a = def->by_b = 0;
  if (b + 2 >= s->n || !(_ds_tok_is (&s->toks[b], "oleh") || _ds_tok_is (&s->toks[b], "by")))
    return b;
  for (; k < s->n && k < b + 8; k++)
    if (s->toks[k].type == TOK_WORD && s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION))
      names++;
    else if (!(names > 0 && (_ds_tok_is (&s->toks[k], "dan") || _ds_tok_is (&s->toks[k], "and") ||
                             _ds_tok_is (&s->toks[k], "&"))))
      break;
  if (names == 0 || !s->toks[k - 1].cap)
    return b;
  def->by_b = k;
  if (k + 2 < s->n && _ds_tok_is_punct (&s->toks[k], '(') && s->toks[k + 1].type == TOK_NUMBER &&
      _ds_tok_is_punct (&s->toks[k + 2], ')'))
    k += 3;
  if (k >= s->n || !(_ds_tok_is (&s->toks[k], "sebagai") || _ds_tok_is (&s->toks[k], "as")))
    {
      def->by_b = 0;
      return b;
    }
  def->by_a = b + 1;
  return k;
}

/* "is defined here as …", "is understood in this essay as …",
 * "didefinisikan di sini sebagai …", "dimaknai dalam tulisan ini sebagai
 * …": where the definition holds, between the verb and "as"/"sebagai";
 * its length in tokens, else 0. */
static guint
text_scope (Ctx        *ctx,
            const Sent *s,
            guint       b)
{
  guint n;

  if (b + 1 < s->n && _ds_tok_is (&s->toks[b], "here"))
    return 1;
  if (b + 2 < s->n && _ds_tok_is (&s->toks[b], "di") && _ds_tok_is (&s->toks[b + 1], "sini"))
    return 2;
  if ((n = _ds_text_scope_at (ctx, s, b)) > 0)
    return n;
  if (b + 2 < s->n && (_ds_tok_is (&s->toks[b], "in") || _ds_tok_is (&s->toks[b], "dalam") ||
                       _ds_tok_is (&s->toks[b], "throughout")) &&
      (n = _ds_phrase_at (ctx, s, b + 1, PL_DEIXIS)) > 0)
    return 1 + n;
  return 0;
}

/* What comes after the cue: "sebagai"/"as"/"pada"/"kepada"/"to" for the
 * verbs that need one, a colon. */
static gboolean
body_start (Ctx        *ctx,
            const Sent *s,
            guint       cue,
            Def        *def)
{
  const Tok *t = &s->toks[cue];
  guint b = cue + 1;

  def->strong = TRUE;
  if (t->flags & W_DEFINE_VERB || _ds_tok_is (t, "understood"))
    {
      /* "didefinisikan secara operasional sebagai …", "is defined
       * operationally as …": the manner is no part of the body. */
      if (b + 2 < s->n && _ds_tok_is (&s->toks[b], "secara") && s->toks[b + 1].type == TOK_WORD)
        b += 2;
      else if (b + 1 < s->n && adverb_ly (&s->toks[b]))
        b++;
      b += text_scope (ctx, s, b);
      b = passive_agent (s, b, def);
      if (b >= s->n || !(_ds_tok_is (&s->toks[b], "sebagai") || _ds_tok_is (&s->toks[b], "as")))
        return FALSE;
      b++;
    }
  else if (_ds_tok_is (t, "merujuk") || _ds_tok_is (t, "mengacu") || _ds_tok_is (t, "refers") ||
           _ds_tok_is (t, "refer"))
    {
      if (b < s->n && (_ds_tok_is (&s->toks[b], "pada") || _ds_tok_is (&s->toks[b], "kepada") ||
                       _ds_tok_is (&s->toks[b], "to")))
        b++;
      else
        return FALSE;
      /* "mengacu pada Dasasila Bandung": a named source, no meaning. */
      if (b < s->n && s->toks[b].cap && s->toks[b].type == TOK_WORD)
        return FALSE;
      if (refer_to_as (s, b))
        return FALSE;
    }
  else
    def->strong = _ds_tok_is (t, "ialah") || _ds_tok_is (t, "berarti") || _ds_tok_is (t, "means") ||
                  _ds_tok_is (t, "denotes") || _ds_tok_is (t, "signifies") ||
                  _ds_tok_is (t, "denote");
  /* "Kerja sama itu sangat bermakna bagi …": "bermakna" also says that
   * something matters; only a noun phrase after it is a meaning. */
  if (_ds_tok_is (t, "bermakna") &&
      (b >= s->n || (s->toks[b].flags & (W_PREP | W_ADV)) || (cue > 0 && (s->toks[cue - 1].flags & (W_RELATIVE | W_ADV)))))
    return FALSE;
  if (b < s->n && _ds_tok_is_punct (&s->toks[b], ':'))
    b++;
  def->cue_a = cue;
  def->cue_b = b;
  /* 'X is "a stock that …".': the scholar's words in quotes are the body;
   * commit_def() drops the closing mark. */
  if (b + 3 < s->n && _ds_tok_is_quote (&s->toks[b]) && s->toks[b + 1].type == TOK_WORD && !s->toks[b + 1].cap &&
      _ds_tok_is_quote (&s->toks[_ds_body_end (s) - 1]))
    b++;
  /* "X is basically the effort …", "X adalah pada dasarnya …": the
   * hedge is no part of what X is. */
  b += _ds_phrase_at (ctx, s, b, PL_HEDGE);
  /* "X is a term referring to the use of …", "X adalah istilah yang
   * merujuk pada …": the frame names the kind of word X is; its meaning
   * follows it (phrase list defs_term_frame). */
  if (b < s->n && s->toks[b].type == TOK_WORD)
    b += _ds_phrase_at (ctx, s, b, PL_DEFS_TERM_FRAME);
  def->body_a = b;
  return b < s->n;
}

/* What may follow a bare noun phrase in an English definition: "false
 * information shared …", "cooperation among …"; after one word only the
 * prepositions that rarely follow an adjective ("crucial for" does). */
static gboolean
english_postmodifier (const Tok *t,
                      guint      words)
{
  if (t->flags & W_RELATIVE)
    return TRUE;
  if (t->verb && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0)
    return TRUE;
  if (_ds_tok_is (t, "of") || _ds_tok_is (t, "among") || _ds_tok_is (t, "between") ||
      _ds_tok_is (t, "without") || _ds_tok_is (t, "by"))
    return TRUE;
  return words >= 2 && (_ds_tok_is (t, "for") || _ds_tok_is (t, "in") || _ds_tok_is (t, "with") ||
                        _ds_tok_is (t, "about") || _ds_tok_is (t, "on"));
}

/* "quickly", "widely": an English adverb by its ending ("family" and
 * "supply" are nouns, but too short or not "-ly" after a consonant pair). */
static gboolean
adverb_ly (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 5 && ds_ascii_strncasecmp (t->p + t->len - 2, "ly", 2) == 0 &&
         !g_ascii_isupper (t->p[0]);
}

/* English "X is …" only before "a", "an", "the", or a bare noun phrase
 * with what specifies it ("X is false information shared …", "X are steps
 * that …"): "is" is everywhere. */
static gboolean
english_is_ok (Ctx        *ctx,
               const Sent *s,
               guint       cue,
               guint       b)
{
  guint j = b;

  if (!_ds_tok_is (&s->toks[cue], "is") && !_ds_tok_is (&s->toks[cue], "are"))
    return TRUE;
  if (b < s->n && (_ds_tok_is_article (&s->toks[b]) || one_that (s, b)))
    return TRUE;
  /* "biased communication": a participle may stand as the adjective. */
  if (j + 1 < s->n && s->toks[j].verb && english_postmodifier (&s->toks[j], 2) &&
      !(s->toks[j].flags & W_RELATIVE) && _ds_tok_nounish (&s->toks[j + 1]))
    j++;
  while (j < s->n && j < b + 4 && _ds_tok_nounish (&s->toks[j]) &&
         !(s->toks[j].flags & (W_ADV | W_QUANT | W_SUPERLATIVE)) && !adverb_ly (&s->toks[j]))
    j++;
  if (j > b && j < s->n && english_postmodifier (&s->toks[j], j - b))
    return TRUE;
  /* "false information spread on purpose to …", "money sent by …": an
   * irregular participle (the phrase list defs_irregular_participle) and
   * a preposition after the noun. */
  return j > b && j + 1 < s->n && _ds_phrase_at (ctx, s, j, PL_DEFS_IRREGULAR_PARTICIPLE) == 1 &&
         (s->toks[j + 1].flags & W_PREP) && !(s->toks[j + 1].flags & W_RELATIVE);
}

/* "Trade talks are full of old words", "Arsip itu kaya akan data": an
 * adjective and its preposition say what X is like, not what X means; "X
 * are an important part of Y", "X merupakan bagian penting dari Y" where
 * X belongs (phrase list part_predicate). */
static gboolean
predicate_adjective (Ctx        *ctx,
                     const Sent *s,
                     guint       body)
{
  if (body < s->n && _ds_phrase_at (ctx, s, body, PL_PART_PREDICATE) > 0)
    return TRUE;
  if (body + 1 < s->n && ((s->toks[body].flags & W_ADV) || _ds_phrase_at (ctx, s, body, PL_DEGREE_WORD) == 1))
    body++;
  /* "X adalah penting bagi …", "X is vital to …": a bare adjective says
   * what X is like. */
  if (body < s->n && _ds_phrase_at (ctx, s, body, PL_ADJECTIVE) == 1 &&
      (body + 1 >= _ds_body_end (s) || s->toks[body + 1].type == TOK_PUNCT ||
       (s->toks[body + 1].flags & (W_PREP | W_CONJ))))
    return TRUE;
  return body < s->n && _ds_phrase_at (ctx, s, body, PL_PREDICATE_ADJECTIVE) > 0;
}

/* "… yaitu siber yang berarti …", ", dan diplomasi yaitu …", "dengan
 * kata lain ruang siber merupakan …": the term opens its clause, or
 * follows a conjunction, a connective or a cue that names it. A term after
 * a verb or a preposition is an object, and one inside a "bahwa" clause is
 * what someone claims: neither is being defined. */
static gboolean
subject_of_clause (const Sent *s,
                   guint       start)
{
  guint i = start, c = _ds_clause_start (s, start);
  const Tok *before;

  while (i > c && (s->toks[i - 1].flags & W_DET) && !(s->toks[i - 1].flags & W_THAT))
    i--;
  if (i == c || i == 0)
    return TRUE;
  before = &s->toks[i - 1];
  if (before->flags & W_THAT)
    return FALSE;
  return (before->flags & (W_CONJ | W_CONNECTIVE | W_CUE_NAMING | W_CUE_DEF)) ||
         _ds_tok_is (before, "lain") || _ds_tok_is (before, "words");
}

/* Past a label that opens a term ("konsep", "istilah", "the concept
 * of"): the language's phrase list term_label; @start when none. */
static guint
past_label (Ctx        *ctx,
            const Sent *s,
            guint       start,
            guint       end)
{
  guint k = start < end && _ds_tok_is (&s->toks[start], "the") ? start + 1 : start;
  guint n = _ds_sent_may_start (s, HOT_TERM_LABEL) ? _ds_phrase_at (ctx, s, k, PL_TERM_LABEL) : 0;

  return n > 0 && k + n < end ? k + n : start;
}

static guint alias_end (const Sent *s,
                        guint       a,
                        guint       e);

/* "Hidrodiplomasi, atau diplomasi hidro, adalah …", "Komisi Sungai
 * Mekong, atau Mekong River Commission (MRC), adalah …": the commas at
 * @open and @close hold "atau"/"or" and another name of the term, with
 * its acronym in brackets, and nothing else. */
/* A word in lower case in [@a, @b): a common noun's phrase, no name. */
static gboolean
has_lower_word (const Sent *s,
                guint       a,
                guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION))
      return TRUE;
  return FALSE;
}

static gboolean
or_name_aside (const Sent *s,
               guint       open,
               guint       close)
{
  guint b;

  if (close < open + 3 || !(_ds_tok_is (&s->toks[open + 1], "or") || _ds_tok_is (&s->toks[open + 1], "atau")))
    return FALSE;
  b = alias_end (s, open + 2, close);
  if (b + 3 == close && _ds_tok_is_punct (&s->toks[b], '(') && _ds_tok_is_acronym (&s->toks[b + 1]) &&
      _ds_tok_is_punct (&s->toks[b + 2], ')'))
    b = close;
  return b == close;
}

static guint
past_alias_aside (const Sent *s,
                  guint       hi)
{
  if (hi < 4 || !_ds_tok_is_punct (&s->toks[hi - 1], ','))
    return hi;
  for (guint k = hi - 2; k > 0 && hi - k < 16; k--)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      {
        for (guint j = k + 1; j < k + 5 && j < hi - 1; j++)
          if ((s->toks[j].flags & W_ALIAS) || _ds_tok_is (&s->toks[j], "called") ||
              _ds_tok_is (&s->toks[j], "disebut"))
            return k;
        /* "ITLOS, or the International Tribunal for …, is …": the
         * acronym's long form between commas. */
        if (_ds_tok_is_acronym (&s->toks[k - 1]) &&
            (_ds_tok_is (&s->toks[k + 1], "or") || _ds_tok_is (&s->toks[k + 1], "atau")))
          return k;
        return or_name_aside (s, k, hi - 1) ? k : hi;
      }
  return hi;
}

/* "The panel used this working definition: water security is …",
 * "Dokumen itu memakai definisi berikut: X adalah …": a sentence about a
 * definition closes at its colon, and the term opens what follows it. */
static guint
past_colon (const Sent *s,
            guint       start,
            guint       end)
{
  for (guint k = end; k > start; k--)
    if (_ds_tok_is_punct (&s->toks[k - 1], ':'))
      return k;
  return start;
}

/* Whether the phrase at @start, past an article, names a state of
 * things (phrase list defs_state_head: "keberadaan", "tidak adanya",
 * "the lack of"). */
static gboolean
state_head (Ctx        *ctx,
            const Sent *s,
            guint       start)
{
  if (start + 1 < s->n && _ds_tok_is_article (&s->toks[start]))
    start++;
  return _ds_phrase_at (ctx, s, start, PL_DEFS_STATE_HEAD) > 0;
}

/* "diplomasi jalur kedua", "hak generasi ketiga", "second track
 * diplomacy", "third party mediation": an ordinal with a noun of the
 * phrase list defs_ordinal_kind names a kind inside the term [@a, @b),
 * it counts nothing the text listed before. The noun goes before the
 * ordinal in Indonesian, after it in English, and the pair modifies a
 * head: not the term's first words ("Serangan kedua …", "The second
 * wave …"), not its last in English ("the third party"). */
static gboolean
ordinal_names_kind (Ctx        *ctx,
                    const Sent *s,
                    guint       k,
                    guint       a,
                    guint       b)
{
  if (ctx->english)
    return k + 2 < b && (k == a || (k == a + 1 && !_ds_tok_is (&s->toks[a], "the") && !_ds_tok_is_article (&s->toks[a]))) &&
           _ds_phrase_at (ctx, s, k + 1, PL_DEFS_ORDINAL_KIND) == 1;
  return k >= a + 2 && _ds_phrase_at (ctx, s, k - 1, PL_DEFS_ORDINAL_KIND) == 1;
}

/* "Lembaga itu menjelaskan bahwa ransomware merupakan serangan yang …",
 * "The report explains that ransomware is an attack that …": a holder
 * who is no scholar (a body, a report, "para ahli"), a verb of saying
 * and "bahwa", "that" before the term; where the clause starts, or 0.
 * The definition is the text's own, when its body narrows a class
 * (try_definition()). */
static guint
unnamed_report (Ctx        *ctx,
                const Sent *s,
                guint       cue)
{
  for (guint k = 1; k + 2 < cue && k < 12; k++)
    if ((s->toks[k].flags & W_THAT) && s->toks[k - 1].type == TOK_WORD &&
        ((s->toks[k - 1].flags & (W_REPORT | W_DEFINE_VERB)) ||
         _ds_lexicon_other_forms (ctx, &s->toks[k - 1], "stance_verb") != NULL ||
         _ds_phrase_at (ctx, s, k - 1, PL_COMPARE_JUDGE) == 2 ||
         (ctx->english && _ds_phrase_at (ctx, s, k - 1, PL_DEFS_SPEAKER_ASIDE) == 1)))
      return k + 1;
  return 0;
}

/* Whether tokens [@a, @b) stand between emphasis marks ("**Bebas**",
 * "*soft power*", "_debunking_"), which are no tokens: the text right
 * before the first and right after the last has them. */
static gboolean
emphasised_span (const Sent *s,
                 guint       a,
                 guint       b)
{
  const char *before, *after;

  if (a >= b || b > s->n)
    return FALSE;
  before = s->toks[a].p - 1;
  after = s->toks[b - 1].p + s->toks[b - 1].len;
  return before >= s->p && after < s->end && (*before == '*' || *before == '_') && *after == *before;
}

/* Finds the term before the cue, and who defines it if the sentence says. */
static gboolean
read_term (Ctx        *ctx,
           const Sent *s,
           guint       cue,
           Def        *def)
{
  guint hi = term_end (ctx, s, cue), start, end, after = 0;
  int meant = meant_term (s, hi);
  gboolean quoted = FALSE;

  def->who_a = def->who_b = 0;
  def->reported = def->unheld = FALSE;
  if (attribution_at_start (ctx, s, cue, &def->who_a, &def->who_b, &after))
    def->rule = DS_CLAIM_RULE_ATTRIBUTED;
  else if (attribution_by_report (ctx, s, cue, &def->who_a, &def->who_b, &after))
    def->rule = DS_CLAIM_RULE_ATTRIBUTED, def->reported = TRUE;
  else if ((after = unnamed_report (ctx, s, cue)) > 0)
    def->reported = def->unheld = TRUE;
  hi = attribution_aside (ctx, s, hi, &def->who_a, &def->who_b);
  if (def->who_a < def->who_b)
    def->rule = DS_CLAIM_RULE_ATTRIBUTED;
  /* "Spectrum pooling, also called shared allocation, is …": the term is
   * before its other name's aside. */
  hi = past_alias_aside (s, hi);
  if (meant >= 0)
    start = past_colon (s, (guint) meant, hi), end = hi, def->strong = TRUE;
  else if (_ds_labelled_quote (ctx, s, hi, &start, &end))
    quoted = TRUE;
  /* "Konflik bersenjata adalah …", "Negara berdaulat merupakan …": a
   * "ber-" word after a noun, right before the cue, describes it. */
  else if (!ctx->english && hi >= 2 && s->toks[hi - 1].verb && s->toks[hi - 1].len > 5 &&
           ds_ascii_strncasecmp (s->toks[hi - 1].p, "ber", 3) == 0 && _ds_tok_nounish (&s->toks[hi - 2]) &&
           !s->toks[hi - 2].verb && !(s->toks[hi - 2].flags & W_FUNCTION))
    {
      start = _ds_np_start (s, 0, hi - 1, &end);
      end = end == hi - 1 ? hi : end;
    }
  else
    start = _ds_np_start (s, 0, hi, &end);
  /* '**Bebas** berarti Indonesia tidak memihak …', '*Debunking* means
   * …': a term set in bold or italics is named as a word, as one in
   * quotes is. */
  if (!quoted && meant < 0 && end == hi && emphasised_span (s, start, end))
    quoted = TRUE;
  /* '"Netral" berarti tidak memihak …', '"Neutral" means taking …': a
   * word in quotes is explained as a word; what it means may be a
   * clause. */
  def->word = quoted;
  /* "Second track diplomacy is …": the walk stops at the ordinal, which
   * names a kind with the noun after it. */
  if (ctx->english && !quoted && meant < 0 && start > 0 && (s->toks[start - 1].flags & W_ORDINAL) &&
      ordinal_names_kind (ctx, s, start - 1, start - 1, end))
    start--;
  /* "Realism assumes that states are …": the term starts after "that". */
  for (guint k = end; meant < 0 && k > start; k--)
    if (s->toks[k - 1].flags & W_THAT)
      {
        start = k;
        break;
      }
  /* "According to Ruggie, embedded liberalism is …": an "-ed" word
   * that opens the clause right before the term's noun is its adjective
   * (the sentence's capital, which says so, was left out with the
   * lead). */
  if (ctx->english && meant < 0 && !quoted && start > after && start == 1 && s->toks[0].verb && !s->toks[0].cap &&
      s->toks[0].len > 4 && ds_ascii_strncasecmp (s->toks[0].p + s->toks[0].len - 2, "ed", 2) == 0 &&
      !(s->toks[0].flags & (W_AUX | W_FUNCTION | W_PREP)))
    start = 0;
  /* The term is the statement's subject: nothing but an attribution, a
   * connective or an article before it in its clause. */
  if (meant < 0 && !quoted && start > after && !subject_of_clause (s, start))
    return FALSE;
  /* "Konsep kedaulatan data, yaitu …", "The concept of soft power is …":
   * the label is no part of the term. */
  if (!quoted && meant < 0 && !adjectives_only (ctx, s, past_label (ctx, s, start, end), end))
    start = past_label (ctx, s, start, end);
  /* "Fan (2008) argues that soft power is …": the term starts after the
   * attribution, whatever the phrase's walk took in. */
  if (after > 0 && start < after)
    start = after;
  if (start >= end)
    return FALSE;
  /* "Its flagship event is the annual Reef Day": a noun owned by what
   * the sentence before named is a fact about that owner, no term. */
  if (meant < 0 && !quoted && start > 0 && _ds_phrase_at (ctx, s, start - 1, PL_DANGLING_POSSESSIVE) == 1)
    return FALSE;
  /* 'Prinsip "bukan kawan tetapi bukan lawan" adalah …': a quoted saying
   * may open with a function word; its marks are its edges. An ordinal
   * that names a kind may open the term ("Second track diplomacy is …"). */
  if (!(quoted ? end > start && end - start <= 9
               : _ds_term_usable (s, start + ((s->toks[start].flags & W_ORDINAL) && ordinal_names_kind (ctx, s, start, start, end)), end)) ||
      _ds_toks_any_used (s, start, end))
    return FALSE;
  /* "Its main activity is the training of …": whose activity stands in
   * another sentence (the phrase list defs_possessive); "What is main
   * activity?" asks nothing. */
  if (start > 0 && _ds_phrase_at (ctx, s, start - 1, PL_DEFS_POSSESSIVE) > 0)
    return FALSE;
  /* "tiga negara adalah …" speaks of members, not of a term; "masalah
   * terbesar adalah …" ranks, it defines nothing. */
  if (start > 0 && (s->toks[start - 1].flags & W_COUNT))
    return FALSE;
  def->ranks = FALSE;
  /* "the most common type", "yang paling banyak" rank; "most long
   * cables", "most of the ships" only count. */
  for (guint k = start; k < end && !def->strong; k++)
    def->ranks |= (s->toks[k].flags & W_SUPERLATIVE) != 0 &&
                  !(_ds_tok_is (&s->toks[k], "most") && (k == 0 || !_ds_tok_is (&s->toks[k - 1], "the")));
  /* "Tantangan lain …", "Another challenge …", "Kelemahan ketiga …": the
   * term leans on what came before it. */
  for (guint k = start; k < end; k++)
    if (_ds_tok_is (&s->toks[k], "lain") || _ds_tok_is (&s->toks[k], "lainnya") ||
        _ds_tok_is (&s->toks[k], "another") || _ds_tok_is (&s->toks[k], "other") ||
        ((s->toks[k].flags & W_ORDINAL) && !ordinal_names_kind (ctx, s, k, start, end)))
      return FALSE;
  if (s->toks[start].flags & W_COUNTRY && end - start == 1)
    return FALSE;
  /* "The internet is …" asks about "the internet". */
  if (ctx->english && start > 0 && _ds_tok_is (&s->toks[start - 1], "the"))
    start--;
  /* "ransomware sendiri", "ransomware itself": the emphasis is no part
   * of the term. */
  while (end > start + 1 && (_ds_tok_is (&s->toks[end - 1], "sendiri") || _ds_tok_is (&s->toks[end - 1], "itself")))
    end--;
  def->term_a = start;
  def->term_b = end;
  return TRUE;
}

static gboolean read_active (Ctx *ctx, const Sent *s, guint verb, Def *def);

/* "Estonia adalah negara kecil di tepi Laut Baltik …", "Tallinn is the
 * capital of Estonia …": one name whose body opens on a kind of place
 * (the phrase list defs43_place_kind, past an article and a word or two
 * before it) is a country or a city said to be one, no term to learn
 * ("Apa yang dimaksud dengan Estonia?"). What it was first to do is
 * still asked by commit_identify() before. (Names of countries the
 * lexicon knows, W_COUNTRY, read_term() refuses at once.) */
static gboolean
place_name_term (Ctx        *ctx,
                 const Sent *s,
                 const Def  *def)
{
  guint a = def->term_a + (ctx->english && def->term_a + 1 < def->term_b && _ds_tok_is (&s->toks[def->term_a], "the"));
  guint k = def->body_a, n;

  if (def->term_b != a + 1 || !s->toks[a].cap || s->toks[a].type != TOK_WORD || _ds_tok_is_acronym (&s->toks[a]))
    return FALSE;
  /* The body's head: Indonesian's first noun ("negara kecil di …",
   * "ibu kota Estonia"), English's last before what follows it ("a
   * small Nordic country that …", "the capital of …"). */
  while (k < def->body_b && (_ds_tok_is_article (&s->toks[k]) || _ds_tok_is (&s->toks[k], "sebuah") ||
                             _ds_tok_is (&s->toks[k], "suatu")))
    k++;
  for (guint m = 0; m < 3 && k < def->body_b; m++, k++)
    {
      const Tok *t = &s->toks[k];

      if ((n = _ds_phrase_at (ctx, s, k, PL_DEFS43_PLACE_KIND)) > 0)
        return k + n >= def->body_b || s->toks[k + n].type != TOK_WORD ||
               (s->toks[k + n].flags & (W_PREP | W_RELATIVE | W_THAT | W_CONJ)) || !ctx->english;
      if (!ctx->english || t->type != TOK_WORD || (t->flags & (W_PREP | W_RELATIVE | W_CONJ | W_FUNCTION)))
        return FALSE;
    }
  return FALSE;
}

/* "Nye secara sederhana mendefinisikan …", "Holsti juga mengartikan …",
 * "Keohane later defined …", "Nye simply defines …": an adverb (the
 * phrase list defs_scholar_adverb, an English "-ly") between a scholar
 * and the verb. Returns the token past the adverbs from @k, short of
 * @verb. */
static guint
past_scholar_adverb (Ctx        *ctx,
                     const Sent *s,
                     guint       k,
                     guint       verb)
{
  guint n;

  if (k == 0)
    return 0;
  while (k < verb &&
         ((n = _ds_phrase_at (ctx, s, k, PL_DEFS_SCHOLAR_ADVERB)) > 0 ||
          (ctx->english && adverb_ly (&s->toks[k]) && (n = 1) > 0)) &&
         k + n <= verb)
    k += n;
  return k;
}

/* _ds_clause_start() for a scholar's verb, over a citation's comma or
 * colon: "Tanaka (1995, hlm. 7) mendefinisikan …", "Lee (2004: 12) …". */
static guint
clause_start_cited (const Sent *s,
                    guint       verb)
{
  guint c = _ds_clause_start (s, verb);

  /* A closing bracket before any opening one: the clause began inside
   * the brackets; start where the bracket's clause starts. */
  for (guint k = c; k < verb; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], '(') || _ds_tok_is_punct (&s->toks[k], '['))
        return c;
      if (_ds_tok_is_punct (&s->toks[k], ')') || _ds_tok_is_punct (&s->toks[k], ']'))
        {
          for (guint j = c; j > 0 && j + 10 > c; j--)
            if (_ds_tok_is_punct (&s->toks[j - 1], '(') || _ds_tok_is_punct (&s->toks[j - 1], '['))
              return _ds_clause_start (s, j - 1);
          return c;
        }
    }
  return c;
}

/* "Keller defined federalism as …", "Keller (1987) defined …": the
 * English past of a defining verb that is also the passive's ("X is
 * defined as …") after a name or its year, no auxiliary, read as a
 * scholar's definition into @def when it is one ("Federalism defined as
 * … is …" is none). */
static gboolean
active_defined (Ctx        *ctx,
                const Sent *s,
                guint       verb,
                Def        *def)
{
  guint w = verb;
  const Tok *before;
  Def active = *def;

  /* "Keohane later defined …", "Nye (2004) simply defined …". */
  if (w > 1 && ((ctx->english && adverb_ly (&s->toks[w - 1])) ||
                _ds_phrase_at (ctx, s, w - 1, PL_DEFS_SCHOLAR_ADVERB) == 1))
    w--;
  before = w > 0 ? &s->toks[w - 1] : NULL;

  if (!ctx->english || before == NULL ||
      !((before->type == TOK_WORD && before->cap && !(before->flags & (W_AUX | W_CUE_DEF | W_FUNCTION))) ||
        _ds_tok_is_punct (before, ')') || _ds_tok_is_punct (before, ']')) ||
      !read_active (ctx, s, verb, &active))
    return FALSE;
  *def = active;
  return TRUE;
}

/* A scholar who defines with a verb: "Holsti mendefinisikan X sebagai …",
 * "Nye defines X as …". */
static gboolean
read_active (Ctx        *ctx,
             const Sent *s,
             guint       verb,
             Def        *def)
{
  guint c = clause_start_cited (s, verb), k, sebagai, term_a;

  /* "Penelitian ini membatasi X sebagai …": the text itself defines; so
   * do its writers ("we define X as …", "kami mendefinisikan …"),
   * whether after the scholar they follow ("Following Bjola (2019), we
   * define …": the scholar's definition) or after an attribution the
   * sentence's reading left out (its source is the claim's). */
  if (c < verb && _ds_phrase_at (ctx, s, c, PL_TEXT_ANCHOR) == verb - c)
    k = verb, def->who_a = def->who_b = 0;
  else if (c + 1 == verb && _ds_phrase_at (ctx, s, c, PL_WRITER_PRONOUN) == 1)
    {
      guint f = first_name (s, verb), n;

      k = verb, def->who_a = def->who_b = 0;
      if (c > 0 && _ds_tok_is_punct (&s->toks[c - 1], ',') && (n = _ds_phrase_at (ctx, s, f, PL_DEFS_FOLLOWED_SCHOLAR)) > 0 &&
          read_scholar (s, f + n, c - 1, &def->who_a, &def->who_b) != c - 1)
        def->who_a = def->who_b = 0;
    }
  else if ((k = read_scholar (s, c, verb, &def->who_a, &def->who_b)) > 0)
    k = past_scholar_adverb (ctx, s, k, verb);
  /* "Nuechterlein, di sisi lain, mendefinisikan …", "Buzan, writing about
   * security, defines …": the name before an aside. */
  if (k != verb && c > 0 && _ds_tok_is_punct (&s->toks[c - 1], ','))
    {
      /* "Sebaliknya, kaum liberal memandang …", "Conversely, …": a link
       * that sets two views against each other (the phrase list
       * defs_comparison_opener) names nobody. */
      if (_ds_phrase_at (ctx, s, first_name (s, verb), PL_DEFS_COMPARISON_OPENER) > 0)
        return FALSE;
      k = read_scholar (s, first_name (s, verb), verb, &def->who_a, &def->who_b);
      /* "Marchetti takes a broader view, describing X as …",
       * "Marchetti …, dengan mendefinisikan X sebagai …": the participle
       * after the comma is the scholar's, who opens the sentence. */
      if (k > 0 && k < verb && first_name (s, verb) == 0 &&
          ((c == verb && s->toks[verb].len > 5 &&
            ds_ascii_strncasecmp (s->toks[verb].p + s->toks[verb].len - 3, "ing", 3) == 0) ||
           (c + 1 == verb && _ds_tok_is (&s->toks[c], "dengan"))))
        k = c - 1;
      if (k == 0 || k >= verb || !_ds_tok_is_punct (&s->toks[k], ','))
        return FALSE;
      k = verb;
    }
  if (k != verb)
    return FALSE;
  for (sebagai = verb + 1; sebagai < s->n && sebagai < verb + 9; sebagai++)
    if (_ds_tok_is (&s->toks[sebagai], "sebagai") || _ds_tok_is (&s->toks[sebagai], "as"))
      break;
  /* "defines a diaspora bond as …": "a"/"an" takes any of a kind, the
   * kind is the term ("described the new rules as …" speaks of one
   * thing). */
  term_a = verb + 1;
  if (ctx->english && sebagai < s->n && term_a + 1 < sebagai &&
      (_ds_tok_is (&s->toks[term_a], "a") || _ds_tok_is (&s->toks[term_a], "an")))
    term_a++;
  if (sebagai >= s->n || sebagai >= verb + 9 || !_ds_term_usable (s, term_a, sebagai))
    return FALSE;
  /* "Manor menyebut pergeseran ini sebagai …", "calls this shift …": what
   * is named stands in another sentence. */
  if ((s->toks[sebagai - 1].flags & W_ANAPHOR) || (s->toks[verb + 1].flags & W_ANAPHOR))
    return FALSE;
  def->term_a = term_a;
  def->term_b = sebagai;
  /* "defines water security narrowly as …": the manner is no part of
   * the term. */
  while (def->term_b > def->term_a + 1 && (adverb_ly (&s->toks[def->term_b - 1]) ||
                                           ((s->toks[def->term_b - 1].flags & W_ADV) &&
                                            !(s->toks[def->term_b - 1].flags & W_NOUN))))
    def->term_b--;
  def->cue_a = verb;
  def->cue_b = sebagai + 1;
  def->body_a = sebagai + 1;
  def->rule = def->who_a < def->who_b ? DS_CLAIM_RULE_ATTRIBUTED : DS_CLAIM_RULE_DEFINITION;
  def->strong = TRUE;
  return def->body_a < s->n;
}

/* "membatasi"/"dibatasi" (the phrase list scope_verb) define only where
 * a study sets its scope: the text names itself ("Dalam penelitian ini,
 * X dibatasi sebagai …", "Penelitian ini membatasi X sebagai …"), or a
 * scholar cited with the year does ("Prasetyo (2021) membatasi …").
 * Elsewhere the verb restricts: "Kementerian membatasi ekspor air
 * sebagai langkah darurat", "Impor beras dibatasi sebagai upaya …". */
static gboolean
scope_anchored (Ctx        *ctx,
                const Sent *s,
                const Def  *def)
{
  if (_ds_phrase_at (ctx, s, def->cue_a, PL_SCOPE_VERB) == 0)
    return TRUE;
  for (guint k = 0; k < def->cue_a; k++)
    if (_ds_phrase_at (ctx, s, k, PL_TEXT_ANCHOR) > 0)
      return TRUE;
  return def->who_a < def->who_b && def->who_b + 2 < s->n && _ds_tok_is_punct (&s->toks[def->who_b], '(') &&
         s->toks[def->who_b + 1].type == TOK_NUMBER;
}

/* "… tujuan politik luar negeri (Hanson, 2012)": a citation at the end of
 * a definition is who gives it, no part of it. Returns where the body
 * ends; [*who_a, *who_b) the name, or empty. */
static guint
strip_citation (const Sent *s,
                guint       b,
                guint       e,
                guint      *who_a,
                guint      *who_b)
{
  guint open = e, k;

  *who_a = *who_b = 0;
  if (e < b + 4 || !_ds_tok_is_punct (&s->toks[e - 1], ')'))
    return e;
  while (open > b && open + 8 > e && !_ds_tok_is_punct (&s->toks[open - 1], '('))
    open--;
  if (open <= b + 1 || open + 8 <= e || !s->toks[open].cap)
    return e;
  for (k = open; k < e && s->toks[k].type == TOK_WORD; k++)
    ;
  for (guint y = k; y < e; y++)
    if (s->toks[y].type == TOK_NUMBER && s->toks[y].len == 4)
      {
        *who_a = open;
        *who_b = k;
        return open - 1;
      }
  return e;
}

static gboolean clause_body (Ctx        *ctx,
                             const Sent *s,
                             guint       a,
                             guint       b);

static char *acronym_subject (Ctx        *ctx,
                              const Sent *s,
                              guint       a,
                              guint       b,
                              guint      *bracket_end);

/* Whether the term [@a, @b) names no concept: "Lembaga ini merupakan
 * …", "Badan tersebut adalah …", "This office is …" (a demonstrative
 * points back, the term is its antecedent's, which the sentence does not
 * name), "Whether one is …", "Agar tetap relevan …" (a subordinator of
 * the phrase list definition_subordinator opens a clause, no term), "The
 * result is …", "Hasilnya adalah …" (a noun of the list
 * definition_relational_term is a result or an aim of something the
 * sentence does not say). */
static gboolean
term_names_nothing (Ctx        *ctx,
                    const Sent *s,
                    guint       a,
                    guint       b)
{
  guint head = a + (a < b && _ds_tok_is_article (&s->toks[a]));

  if (a >= b || _ds_phrase_at (ctx, s, a, PL_DEFINITION_SUBORDINATOR) > 0)
    return TRUE;
  /* "Most of the catch is sold …", "Sebagian besar tangkapan adalah
   * …": a share of something (a word of the phrase list
   * term_share_quant, with "of" after it in English) is what the
   * sentence counts, no term it defines. */
  /* (The term read may start inside the share: "Sebagian besar panen"
   * read as "besar panen".) */
  for (guint k = a >= 2 ? a - 2 : 0; k <= a; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_TERM_SHARE_QUANT);

      if (n > 0 && k + n >= a && k + n < b && (!ctx->english || _ds_tok_is (&s->toks[k + n], "of")))
        return TRUE;
    }
  /* ("Cyber Diplomacy ini adalah …", "Diplomasi air itu adalah …": a
   * named concept keeps its demonstrative; a lone common noun leans.) */
  for (guint k = a; k <= b && k < s->n && k <= a + 2; k++)
    if (s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_ANAPHOR) && !_ds_tok_is_article (&s->toks[k]))
      {
        guint noun = k == a ? a + 1 : a;

        if ((k == a && a + 2 == b) || (k == a + 1 && k + 1 >= b))
          return noun < s->n && s->toks[noun].type == TOK_WORD && !_ds_tok_is_acronym (&s->toks[noun]) &&
                 (!s->toks[noun].cap || (noun == 0 && !(s->toks[noun].flags & W_COUNTRY)));
      }
  return head + 1 == b && !s->toks[head].cap && _ds_phrase_at (ctx, s, head, PL_DEFINITION_RELATIONAL_TERM) == 1;
}

/* "- **Definisi 1 (Krasner):** Rezim adalah …", "Definition 2 (Keohane,
 * 1984): A regime is …": whose definition a line's label says (the
 * parser moved the label, a word of the phrase list note_definition,
 * into the line's marker), without its year; NULL when @s is not the
 * line's first sentence or its label names no one. */
static char *
label_scholar (Ctx        *ctx,
               const Sent *s)
{
  const DsBlock *b;
  const char *m, *e, *open, *close;
  const char * const *words = ds_lang_get_phrases (ctx->lang, "note_definition");
  gboolean labelled = FALSE;
  GString *who;

  if (!s->first || s->block == G_MAXUINT)
    return NULL;
  b = ds_essay_get_block (ctx->essay, s->block);
  m = ctx->text + b->byte_start;
  e = ctx->text + b->content_byte_start;
  while (m < e && !g_ascii_isalpha (*m))
    m++;
  for (guint i = 0; words[i] != NULL && !labelled; i++)
    labelled = (gsize) (e - m) > strlen (words[i]) && ds_ascii_strncasecmp (m, words[i], strlen (words[i])) == 0 &&
               !g_ascii_isalpha (m[strlen (words[i])]);
  if (!labelled || (open = memchr (m, '(', e - m)) == NULL || (close = memchr (open, ')', e - open)) == NULL ||
      close - open > 60 || !g_unichar_isupper (g_utf8_get_char (open + 1)))
    return NULL;
  who = g_string_new_len (open + 1, close - open - 1);
  /* "(Keohane, 1984)", "(Krasner 1982)": the year says which work. */
  while (who->len > 0 && (g_ascii_isdigit (who->str[who->len - 1]) || who->str[who->len - 1] == ' ' ||
                          who->str[who->len - 1] == ',' || who->str[who->len - 1] == '/' || who->str[who->len - 1] == '-'))
    g_string_truncate (who, who->len - 1);
  for (gsize i = 0; i < who->len; i++)
    if (g_ascii_isdigit (who->str[i]))
      {
        g_string_free (who, TRUE);
        return NULL;
      }
  return g_string_free (who, who->len == 0);
}

/* "bebas berarti …", "free means …": the term [term_a, term_b) of
 * @def is one word of the phrase list adjective, explained by a cue of
 * a word's meaning (the phrase list defs6_meaning_cue). */
static gboolean
lone_adjective (Ctx        *ctx,
                const Sent *s,
                const Def  *def)
{
  const Tok *b = &s->toks[def->body_a];

  /* Not "Penting berarti Kalora harus …": a clause after the cue. */
  return !def->word && def->term_b == def->term_a + 1 && _ds_phrase_at (ctx, s, def->term_a, PL_ADJECTIVE) > 0 &&
         (def->term_a == 0 || !s->toks[def->term_a].cap) && _ds_phrase_at (ctx, s, def->cue_a, PL_DEFS6_MEANING_CUE) > 0 &&
         b->type == TOK_WORD && !b->cap && !(b->flags & (W_PRONOUN | W_ANAPHOR | W_THAT | W_DET));
}

/* "Dalam politik luar negeri Tanjung, …", "In the doctrine of …, …":
 * the field a sentence opens with (the phrase list defs6_field_opener)
 * up to its comma, before the term at @term or the clause it opens
 * after another comma; the comma's token, or 0. */
static guint
field_opener (Ctx        *ctx,
              const Sent *s,
              guint       term)
{
  guint c;

  if (_ds_phrase_at (ctx, s, 0, PL_DEFS6_FIELD_OPENER) == 0)
    return 0;
  for (c = 1; c < term && c < 12 && !_ds_tok_is_punct (&s->toks[c], ','); c++)
    if (s->toks[c].verb || (s->toks[c].flags & (W_CUE_DEF | W_AUX)))
      return 0;
  return c < term && c > 1 && _ds_tok_is_punct (&s->toks[c], ',') ? c : 0;
}

static gboolean passive_sense (Ctx *ctx, const Sent *s, guint i);

static void
commit_def (Ctx        *ctx,
            Sent       *s,
            const Def  *def)
{
  guint who_a, who_b, bracket_end;
  DsClaim *claim;
  guint e = def->body_b;
  guint b = def->body_a;

  if (def->body_b <= def->body_a || term_names_nothing (ctx, s, def->term_a, def->term_b))
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, def->rule, s);

  while (e > b && s->toks[e - 1].type == TOK_PUNCT && strchr (",;:", (int) s->toks[e - 1].ch))
    e--;
  /* '… is "a stock that …".': the body's closing quote mark. */
  if (e > b + 2 && b > 0 && _ds_tok_is_quote (&s->toks[b - 1]) && _ds_tok_is_quote (&s->toks[e - 1]))
    for (e--; e > b + 2 && _ds_tok_is_punct (&s->toks[e - 1], '.'); e--)
      ;
  /* "Visi diplomasi yaitu untuk perlindungan …": the purpose is the
   * answer, without its preposition. */
  if (e - b > 2 && (_ds_tok_is (&s->toks[b], "untuk") || _ds_tok_is (&s->toks[b], "to")))
    b++;
  e = strip_citation (s, b, e, &who_a, &who_b);
  /* "X adalah …, tulis Walker (2017).", "X is …, writes Walker (2017).":
   * the scholar after the body is no part of it, and names whose
   * definition it is. */
  if (who_a == who_b)
    {
      guint c = trailing_speaker (ctx, s, b, e, &who_a, &who_b);

      if (c > 0)
        {
          e = c;
          if (def->who_a == def->who_b)
            claim->rule = DS_CLAIM_RULE_ATTRIBUTED;
        }
    }
  claim->subject = acronym_subject (ctx, s, def->term_a, def->term_b, &bracket_end);
  /* A word that describes (the phrase list adjective) or that a clause
   * or a verb's phrase explains is asked in its quotes: 'Apa yang
   * dimaksud dengan “netral”?', 'What is meant by “diverted”?'; such
   * meanings stand only among their kind as wrong answers. */
  if (claim->subject == NULL && def->word &&
      ((def->term_b == def->term_a + 1 &&
        (_ds_phrase_at (ctx, s, def->term_a, PL_ADJECTIVE) > 0 || !_ds_tok_nounish (&s->toks[b]) ||
         _ds_phrase_at (ctx, s, b, PL_ADJECTIVE) > 0 || clause_body (ctx, s, b, e))) ||
       quoted_saying (s, def->term_a, def->term_b)))
    {
      g_autofree char *word = _ds_phrase_dup (s, def->term_a, def->term_b, TRUE);

      claim->subject = g_strdup_printf ("\xE2\x80\x9C%s\xE2\x80\x9D", word);
    }
  /* "Dalam politik luar negeri Tanjung, bebas berarti …, sedangkan
   * aktif berarti …", "In its doctrine, free means …": a lone word that
   * describes, explained as a word, in quotes, with the field the
   * sentence opens with. */
  else if (claim->subject == NULL && lone_adjective (ctx, s, def))
    {
      g_autofree char *word = _ds_phrase_dup (s, def->term_a, def->term_b, TRUE);
      guint field = field_opener (ctx, s, def->term_a);

      word[0] = ds_ascii_tolower (word[0]);
      if (field > 0)
        {
          g_autofree char *in = _ds_phrase_dup (s, 0, field, TRUE);

          claim->subject = g_strdup_printf ("\xE2\x80\x9C%s\xE2\x80\x9D %s", word, in);
        }
      else
        claim->subject = g_strdup_printf ("\xE2\x80\x9C%s\xE2\x80\x9D", word);
    }
  if (claim->subject == NULL)
    claim->subject = _ds_phrase_dup (s, def->term_a, def->term_b, TRUE);
  claim->body = _ds_toks_dup (s, b, e);
  /* "Holsti mendefinisikan X sebagai …": the statement says "X adalah
   * …", never "X mendefinisikan sebagai …". */
  if ((s->toks[def->cue_a].flags & W_DEFINE_VERB && !(s->toks[def->cue_a].flags & W_CUE_DEF) &&
       !passive_sense (ctx, s, def->cue_a)) ||
      _ds_phrase_at (ctx, s, def->cue_a, PL_SCOPE_VERB) > 0 || def->by_a < def->by_b)
    claim->cue = g_strdup (ds_lang_get_template (ctx->lang, "definition_cue"));
  else
    {
      guint ca = def->cue_a;

      /* "Compliance is defined as …", "… was operationally defined as":
       * the aux and the manner belong to the cue the statement repeats. */
      while (ca > def->term_b && ((s->toks[ca - 1].flags & W_AUX) || adverb_ly (&s->toks[ca - 1])))
        ca--;
      claim->cue = _ds_toks_dup (s, ca, def->cue_b);
    }
  if (def->who_a < def->who_b)
    {
      claim->attribution = _ds_toks_dup (s, def->who_a, def->who_b);
      /* "In Nye's words": the name, not its possessive. */
      if (possessive (&s->toks[def->who_b - 1]))
        claim->attribution[strlen (claim->attribution) - (s->toks[def->who_b - 1].p[s->toks[def->who_b - 1].len - 2] == '\'' ? 2 : 4)] = '\0';
    }
  else if (who_a < who_b)
    claim->attribution = _ds_toks_dup (s, who_a, who_b);
  else if (pronoun_view (ctx, s) > 0 && (claim->attribution = pronoun_scholar (ctx, s)) != NULL)
    claim->rule = DS_CLAIM_RULE_ATTRIBUTED;
  else if ((claim->attribution = label_scholar (ctx, s)) != NULL)
    claim->rule = DS_CLAIM_RULE_ATTRIBUTED;
  /* "Menurut penulis, …": the author is no name, whatever the sentence
   * capitalised. */
  if (claim->attribution != NULL && _ds_phrase_at (ctx, s, def->who_a < def->who_b ? def->who_a : who_a, PL_AUTHOR_SELF) > 0)
    claim->attribution[0] = ds_ascii_tolower (claim->attribution[0]);
  claim->key_start = _ds_sent_char_at (s, s->toks[def->term_a].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[def->term_b - 1].p + s->toks[def->term_b - 1].len);
  if (def->strong)
    claim->score += 1.0;
  _ds_toks_mark_used (s, MIN (def->term_a, def->who_a < def->who_b ? def->who_a : def->term_a), e);
  /* ", also called shared allocation,": the other name between the term and
   * its cue is a claim of its own; ", as defined by Nye," is the
   * definition's own. */
  for (guint k = def->term_b; k < def->cue_a && !(def->who_a < def->who_b && def->who_a >= def->term_b); k++)
    s->toks[k].used = FALSE;
  /* "ZEE (Zona Ekonomi Eksklusif)": the long form is the acronym's
   * expansion (find_acronym_first asks it), no other name. */
  for (guint k = def->term_b + 1; k + 1 < bracket_end; k++)
    s->toks[k].used = s->maybe_used = TRUE;
  _ds_claim_commit (ctx, claim);
}

/* A relational head ("landasan", "the foundation of", "the source of")
 * at @i: what the phrase names is known by its relation to something
 * else. */
static gboolean
relational_at (Ctx        *ctx,
               const Sent *s,
               guint       i)
{
  const char * const *heads = ds_lang_get_phrases (ctx->lang, "relational_head");
  g_autofree char *word = NULL;

  if (i < s->n && _ds_tok_is (&s->toks[i], "the"))
    i++;
  if (i >= s->n || s->toks[i].type != TOK_WORD || heads == NULL)
    return FALSE;
  word = g_ascii_strdown (s->toks[i].p, s->toks[i].len);
  return g_strv_contains (heads, word);
}

/* "the oldest of the main traditions", "tradisi tertua dalam …", "the
 * foundation of climate diplomacy", "landasan diplomasi iklim", "the
 * only state to …": a phrase that picks one thing out, not a definition
 * of what it is. */
static gboolean
picks_out (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  if (relational_at (ctx, s, a))
    return TRUE;
  for (guint k = a; k < b && k < a + 3; k++)
    if (s->toks[k].flags & W_SUPERLATIVE)
      return TRUE;
  /* "satu-satunya negara yang …", "the only state to …" (the phrase
   * list defs_only_opening); "the first agreement on …" still defines. */
  return _ds_phrase_at (ctx, s, a, PL_DEFS_ONLY_OPENING) > 0;
}

/* "Mongolia adalah negara tanpa laut pertama yang meratifikasi …",
 * "Mongolia was the first landlocked state to ratify …": a name said to
 * be the first of its kind to do something is picked out by that, not
 * defined ("perjanjian pertama tentang …" still defines). */
static gboolean
first_of_kind (const Sent *s,
               guint       a,
               guint       b)
{
  guint k = a + (_ds_tok_is (&s->toks[a], "the") ? 1 : 0);

  /* "were first held", "was not the first": an adverb, a denial. */
  if (k == a && (_ds_tok_is (&s->toks[a], "first") || _ds_tok_is (&s->toks[a], "not") ||
                 _ds_tok_is (&s->toks[a], "bukan") || _ds_tok_is (&s->toks[a], "tidak")))
    return FALSE;
  for (; k < b && k < a + 5; k++)
    if ((s->toks[k].flags & W_ORDINAL) && s->toks[k].value == 1)
      break;
  if (k >= b || k >= a + 5 || k == a)
    return FALSE;
  for (guint j = k + 1; j + 1 < b && j < k + 6; j++)
    if ((_ds_tok_is (&s->toks[j], "to") || (s->toks[j].flags & W_RELATIVE)) && s->toks[j + 1].type == TOK_WORD &&
        !(s->toks[j + 1].flags & (W_FUNCTION | W_NOUN)))
      return TRUE;
  return FALSE;
}

/* The predicate [@qa, @qb) of a question, with a noun inside it that
 * points back ("the strongest critic of the compact", "pengkritik paling
 * keras pakta itu", its "itu" at @qb when @trailing) put as the name it
 * stands for ("… of the Lagoon Tuna Compact", "… Pakta Tuna Laguna");
 * as written when none does. */
static char *
predicate_named (Ctx        *ctx,
                 const Sent *s,
                 guint       qa,
                 guint       qb,
                 gboolean    trailing)
{
  guint limit = qb + (trailing && qb < s->n && (s->toks[qb].flags & W_ANAPHOR) ? 1 : 0);

  for (guint k = qa + 1; k < qb; k++)
    {
      guint end = 0;
      g_autofree char *name = s->toks[k].type == TOK_WORD ? _ds_anaphor_at (ctx, s, k, &end) : NULL;

      if (name != NULL && end > k && end <= limit)
        {
          g_autofree char *head = _ds_phrase_dup (s, qa, k, TRUE);
          g_autofree char *tail = end < qb ? _ds_toks_dup (s, end, qb) : NULL;

          return tail != NULL ? g_strconcat (head, " ", name, " ", tail, NULL) : g_strconcat (head, " ", name, NULL);
        }
    }
  return _ds_phrase_dup (s, qa, qb, TRUE);
}

/* Whether the noun phrase [@a, @b) names a person by what they are or do
 * ("the strongest critic of the charter", "pendiri forum itu", "the first
 * chair"): its head (English: the word before its first preposition, else
 * its last; Indonesian: its first noun) is of the phrase list
 * questions_person_head, facts_office_title or actor_noun, and is asked
 * with "Who", "Siapa". */
gboolean
_ds_person_head (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  static const PhraseId lists[] = { PL_QUESTIONS_PERSON_HEAD, PL_FACTS_OFFICE_TITLE, PL_ACTOR_NOUN };
  guint head = a;

  if (ctx->english)
    {
      for (head = a; head < b && !(s->toks[head].flags & W_PREP); head++)
        ;
      if (head == a)
        return FALSE;
      head--;
    }
  else
    while (head < b && (s->toks[head].flags & (W_DET | W_COUNT)))
      head++;
  if (head >= b)
    return FALSE;
  /* (A phrase ends at the English head, "prime minister", and starts at
   * the Indonesian one, "perdana menteri".) */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint k = ctx->english && head >= a + 2 ? head - 2 : head; k <= head; k++)
      if (ctx->english ? _ds_phrase_at (ctx, s, k, lists[i]) == head + 1 - k
                       : _ds_phrase_at (ctx, s, k, lists[i]) > 0)
        return TRUE;
  return FALSE;
}

/* "Realism is the oldest of the main traditions" → "What is the oldest of
 * the main traditions?" (Realism); "The foundation of climate diplomacy is
 * the UNFCCC" → "What is the foundation of climate diplomacy?" (the
 * UNFCCC): the phrase that picks out is asked, the other side answers. */
/* "memulangkan pengungsi ke desa asal mereka", "melindungi stok ikan
 * di kawasan itu": a pronoun or a demonstrative at @k after a noun,
 * past the answer's first words from @a, owns or points with that
 * noun; the answer still names something. */
static gboolean
owner_pronoun (const Sent *s,
               guint       a,
               guint       k)
{
  const Tok *n = &s->toks[k - 1];

  return k >= a + 2 && n->type == TOK_WORD && _ds_tok_nounish (n) && !n->verb &&
         !(n->flags & (W_FUNCTION | W_PRONOUN | W_PREP | W_CONJ));
}

/* "the most controversial point", "the key element", "kelemahan paling
 * serius", "masalah utama": a point's noun (the phrase list
 * rank_owner_noun) that a rank alone qualifies (a superlative, "most",
 * "paling", a word of label_point_modifier or rank_word, and at most one
 * word that "most" or "paling" grades), tokens [@qa, @qb); it says not
 * of what ("of the plan" would). */
static gboolean
ownerless_rank (Ctx        *ctx,
                const Sent *s,
                guint       qa,
                guint       qb)
{
  guint nouns = 0, ranks = 0, others = 0;

  if (qa < qb && _ds_tok_is (&s->toks[qa], "the"))
    qa++;
  for (guint k = qa; k < qb; k++)
    {
      const Tok *t = &s->toks[k];

      /* (A capital opening the sentence is no name's.) */
      if (t->type != TOK_WORD || (t->cap && k > 0))
        return FALSE;
      if (_ds_phrase_at (ctx, s, k, PL_RANK_OWNER_NOUN) == 1)
        nouns++;
      else if ((t->flags & W_SUPERLATIVE) || _ds_tok_is (t, "most") || _ds_tok_is (t, "paling") ||
               _ds_phrase_at (ctx, s, k, PL_LABEL_POINT_MODIFIER) == 1 ||
               _ds_phrase_at (ctx, s, k, PL_RANK_WORD) == 1)
        ranks++;
      else if (k > qa && (_ds_tok_is (&s->toks[k - 1], "most") || _ds_tok_is (&s->toks[k - 1], "paling")) &&
               !(t->flags & (W_FUNCTION | W_PREP)))
        others++;
      else
        return FALSE;
    }
  return nouns == 1 && ranks >= 1 && others <= 1;
}

static void
commit_identify (Ctx       *ctx,
                 Sent      *s,
                 const Def *def,
                 gboolean   ask_body)
{
  guint qa = ask_body ? def->body_a : def->term_a, qb = ask_body ? def->body_b : def->term_b, p;
  guint aa = ask_body ? def->term_a : def->body_a, ab = ask_body ? def->term_b : def->body_b;
  g_autofree char *predicate = NULL;
  g_autofree char *question = NULL;
  g_autofree char *be = NULL;
  DsClaim *claim;

  while (qb > qa && s->toks[qb - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[qb - 1], ')'))
    qb--;
  while (ab > aa && s->toks[ab - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[ab - 1], ')'))
    ab--;
  /* "Masalah utama SPBE selama ini adalah …": a time said with "ini"
   * (phrase list deixis) goes from the question whole, no "selama?". */
  if (qb > qa + 1 && qb < s->n && (s->toks[qb].flags & W_ANAPHOR) &&
      _ds_phrase_at (ctx, s, qb - 1, PL_DEIXIS) == 2)
    qb--;
  /* "… terbesar adalah Uni Eropa, diikuti Tiongkok dan India", "… is
   * the EU, followed by China": who comes next is no part of the answer
   * (phrase list ranking_follow). */
  for (guint k = aa + 1; k + 1 < ab; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && _ds_phrase_at (ctx, s, k + 1, PL_RANKING_FOLLOW) > 0)
      {
        ab = k;
        break;
      }
  /* An aim or a challenge is said in a clause, a name in a few words. */
  if (ab <= aa || ab - aa > (def->aspect ? ASPECT_MAX_TOKENS : 8) || qb <= qa || qb - qa > 16 ||
      _ds_toks_any_used (s, aa, ab))
    return;
  /* "The greatest weakness is not a lack of ships but poor coordination",
   * "Tantangannya bukan kapal, melainkan koordinasi": what the sentence
   * denies answers nothing (phrase list contrast_not); the contrast's
   * rule asks what it is. */
  if (_ds_phrase_at (ctx, s, aa, PL_CONTRAST_NOT) > 0 || _ds_phrase_at (ctx, s, qa, PL_CONTRAST_NOT) > 0)
    return;
  /* "Kedutaan, pusat kebudayaan, dan beasiswa pemerintah merupakan
   * sarana yang paling murah": the term is the last of a series, and
   * one item of three is a wrong answer. */
  if (ask_body && aa > 0 && s->toks[aa - 1].type == TOK_WORD &&
      (_ds_tok_is (&s->toks[aa - 1], "dan") || _ds_tok_is (&s->toks[aa - 1], "serta") ||
       _ds_tok_is (&s->toks[aa - 1], "atau") || _ds_tok_is (&s->toks[aa - 1], "and") ||
       _ds_tok_is (&s->toks[aa - 1], "or")))
    return;
  /* "Kelemahan terbesar rencana itu adalah biayanya": an answer of a
   * word or two owned by "-nya" is what it was owned by before. */
  if (!ask_body && ab - aa <= 2 && _ds_tok_ends_nya (&s->toks[aa]))
    return;
  /* "Tantangan kedua adalah yang paling sulit": the answer points back
   * to a list, and "yang paling sulit" names nothing to ask about. */
  if ((s->toks[qa].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, aa, PL_BACK_REFERENCE) > 0)
    return;
  /* "Komisi itu adalah forum paling tua …", "The dam is the largest
   * project …": the answer is a thing the text spoke of before, by a
   * demonstrative or "the" and a common noun, not a name to learn. */
  if (ask_body && (def->term_b < s->n && (s->toks[def->term_b].flags & W_ANAPHOR)))
    return;
  if (ask_body && _ds_tok_is (&s->toks[aa], "the") && ab - aa <= 3 && !s->toks[ab - 1].cap)
    return;
  /* "The Akosombo Dam is the largest in Ghana": "What is the largest in
   * Ghana?" says not of what; a ranking asks by its noun, or by what it
   * is one of ("the oldest of the main schools"). */
  for (guint k = qa; k < qb; k++)
    if (_ds_phrase_at (ctx, s, k, PL_RANK_WORD) > 0 &&
        (k + 1 == qb || ((s->toks[k + 1].flags & W_PREP) && _ds_phrase_at (ctx, s, k + 1, PL_PARTITIVE) == 0)))
      return;
  /* "Most of them are the main suppliers …": the answer would name
   * no one; a pronoun that owns a noun before it ("ke desa asal
   * mereka") or an "itu" that points with it ("di kawasan itu") is no
   * such answer. */
  for (guint k = aa; k < ab; k++)
    if ((s->toks[k].flags & W_ORDINAL) ||
        ((s->toks[k].flags & W_ANAPHOR) && (ctx->english || !owner_pronoun (s, aa, k))) ||
        ((s->toks[k].flags & W_PRONOUN) && !(s->toks[k].flags & W_DET) && !owner_pronoun (s, aa, k)))
      return;
  /* "most of them were trained abroad": "What were most of them?" asks
   * about people the sentence does not name. */
  for (guint k = qa; k < qb; k++)
    if (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return;
  /* "ASEAN adalah organisasi kawasan pertama yang melakukannya": the
   * deed of the sentence before in the pro-form's place
   * (_ds_proform_deed()); none, no card. */
  if ((p = _ds_proform_start (ctx, s, qa, qb)) < qb)
    {
      g_autofree char *deed = p > qa ? _ds_proform_deed (ctx, s, p) : NULL;
      g_autofree char *head = NULL;

      if (deed == NULL)
        return;
      head = predicate_named (ctx, s, qa, p, FALSE);
      predicate = g_strconcat (head, " ", deed, NULL);
    }
  else
    predicate = predicate_named (ctx, s, qa, qb, !ask_body && qb == def->term_b);
  /* "The most controversial point is the idea of safety zones" under
   * "Slide 6 — The Artemis Accords": the point is the heading's name's
   * ("What is the most controversial point of the Artemis Accords?");
   * under no name, of nothing the question can say. */
  if (!ask_body && ownerless_rank (ctx, s, qa, qb))
    {
      char *owned;

      if (ctx->heading_name == NULL)
        return;
      owned = g_strconcat (predicate, ctx->english ? " of " : " ", ctx->heading_name, NULL);
      g_free (predicate);
      predicate = owned;
    }
  /* "Tujuan Forum Kepulauan Tenggara": an aspect's head is a common
   * noun before the name it is of. */
  if (_ds_phrase_at (ctx, s, qa, PL_DEFS5_ASPECT_HEAD) > 0 && s->toks[qa].len > 1 &&
      g_ascii_islower (s->toks[qa].p[1]))
    predicate[0] = ds_ascii_tolower (predicate[0]);
  be = g_ascii_strdown (s->toks[def->cue_a].p, s->toks[def->cue_a].len);
  if (!g_str_equal (be, "are") && !g_str_equal (be, "was") && !g_str_equal (be, "were"))
    g_free (be), be = g_strdup ("is");
  /* "Student exchanges are a key factor in …": "What is a key factor in
   * …?", the predicate's number. */
  else if (ctx->english && (_ds_tok_is (&s->toks[qa], "a") || _ds_tok_is (&s->toks[qa], "an")))
    {
      gboolean past = g_str_equal (be, "were") || g_str_equal (be, "was");

      g_free (be);
      be = g_strdup (past ? "was" : "is");
    }
  /* "Mexico is the largest user of …" → "Which country is the largest
   * user of …?": a country named as the answer is asked as one. */
  if (ask_body && ab - aa <= 3 && _ds_lexicon_is_country (s->toks, ab, aa + _ds_tok_is_article (&s->toks[aa])))
    {
      if (!ctx->english)
        {
          g_free (be);
          be = g_strdup (_ds_tok_is (&s->toks[def->cue_a], "menjadi") ? "menjadi" : "merupakan");
        }
      question = ds_lang_expand (ctx->lang, "question_causes3_identify_country", "predicate", predicate, "be", be, NULL);
    }
  else
    question = ds_lang_expand (ctx->lang, _ds_person_head (ctx, s, qa, qb) ? "question_identify_who" : "question_identify",
                               "predicate", predicate, "be", be, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DEFINITION, aa, ab);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, MIN (def->term_a, def->body_a), MAX (def->term_b, def->body_b));
  _ds_claim_commit (ctx, claim);
}

/* "… information that is knowingly shared": an English "is" after a
 * relative pronoun belongs to the clause that describes, it defines
 * nothing. */
static gboolean
passive_is (Ctx        *ctx,
            const Sent *s,
            guint       i)
{
  return ctx->english && i > 0 && (s->toks[i - 1].flags & W_RELATIVE) &&
         (_ds_tok_is (&s->toks[i], "is") || _ds_tok_is (&s->toks[i], "are"));
}

static gboolean
author_note (Ctx        *ctx,
             const Sent *s,
             const Def  *def)
{
  gboolean person = def->term_b - def->term_a >= 2 && def->term_b - def->term_a <= 4;

  if (_ds_phrase_at (ctx, s, def->body_a, PL_OCCUPATION) == 0)
    return FALSE;
  for (guint k = def->term_a; k < def->term_b && person; k++)
    person = s->toks[k].cap && s->toks[k].type == TOK_WORD && !_ds_tok_is_acronym (&s->toks[k]);
  return person || _ds_phrase_at (ctx, s, def->term_a, PL_AUTHOR_WORD) == def->term_b - def->term_a;
}

/* "Burden sharing describes the practice of spreading …", "Pembagian
 * beban menggambarkan praktik menyebar …": a term that describes a kind
 * of thing (a category word, or an article and a noun with "of" or a
 * relative after it) is being defined, not reported on. */
static gboolean
describes_kind (Ctx        *ctx,
                const Sent *s,
                guint       i)
{
  guint b = i + 1;

  if (!_ds_tok_is (&s->toks[i], "describes") && !_ds_tok_is (&s->toks[i], "menggambarkan"))
    return FALSE;
  /* "a", "the", "suatu", "sebuah" before the kind word (the phrase list
   * describe_kind: "the practice of", "praktik"); "describes conditions
   * in the camps" reports, it defines nothing. */
  if (b < s->n && (_ds_tok_is_article (&s->toks[b]) || _ds_tok_is (&s->toks[b], "suatu") ||
                   _ds_tok_is (&s->toks[b], "sebuah")))
    b++;
  return b + 2 < s->n && _ds_phrase_at (ctx, s, b, PL_DESCRIBE_KIND) > 0;
}

/* "A buffer zone, that is, a neutral strip that …, is held …": an
 * English appositive gloss, the Indonesian "X, yakni …". Only an
 * indefinite noun phrase defines: "The contributors, that is, Indonesia,
 * Bangladesh and Nepal" lists, "The mission failed, that is, it could
 * not …" explains. */
static gboolean
describes_kind (Ctx        *ctx,
                const Sent *s,
                guint       i);

static gboolean
that_is_gloss (Ctx  *ctx,
               Sent *s,
               guint i)
{
  Def def = { .rule = DS_CLAIM_RULE_DEFINITION, .strong = TRUE };
  guint start, end, k;

  if (!ctx->english || i < 3 || i + 4 >= s->n || !_ds_tok_is (&s->toks[i], "is") ||
      !_ds_tok_is (&s->toks[i - 1], "that") || !_ds_tok_is_punct (&s->toks[i - 2], ',') ||
      !_ds_tok_is_punct (&s->toks[i + 1], ',') ||
      !(_ds_tok_is (&s->toks[i + 2], "a") || _ds_tok_is (&s->toks[i + 2], "an")))
    return FALSE;
  start = _ds_np_start (s, 0, i - 2, &end);
  if (end != i - 2 || start >= end || !subject_of_clause (s, start) || !_ds_term_usable (s, start, end) ||
      _ds_toks_any_used (s, start, end))
    return TRUE;
  for (k = i + 3; k < s->n && !_ds_tok_is_punct (&s->toks[k], ',') && k < _ds_body_end (s); k++)
    ;
  if (k < i + 5 || _ds_toks_any_used (s, i + 2, k))
    return TRUE;
  def.term_a = start > 0 && _ds_tok_is (&s->toks[start - 1], "the") ? start - 1 : start;
  def.term_b = end;
  def.cue_a = i;
  def.cue_b = i + 1;
  def.body_a = i + 2;
  def.body_b = k;
  commit_def (ctx, s, &def);
  return TRUE;
}

/* A clause or a comparison in [@a, @b), not a noun phrase: it opens on a
 * conjunction, a preposition or a pronoun ("jika warga …"), holds a
 * degree word ("harga jual lebih tinggi") or ends on its verb with no
 * relative before ("harga barang impor naik"). */
static gboolean
clause_body (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  gboolean relative = FALSE, verb = FALSE;

  if (b <= a || (s->toks[a].flags & (W_CONJ | W_PREP | W_PRONOUN | W_CONNECTIVE | W_ANAPHOR)))
    return TRUE;
  for (guint k = a; k < b; k++)
    {
      if (_ds_phrase_at (ctx, s, k, PL_DEGREE_WORD) > 0)
        return TRUE;
      relative |= (s->toks[k].flags & W_RELATIVE) != 0;
      /* "penggunaan ancaman untuk mencegah lawan bertindak": the verb
       * at the end is a purpose's, after a noun phrase with no verb of
       * its own ("harga impor naik untuk …" has one). */
      relative |= k > a + 1 && !verb && (_ds_tok_is (&s->toks[k], "untuk") || _ds_tok_is (&s->toks[k], "agar"));
      verb |= s->toks[k].verb;
    }
  return !relative && b > a + 1 && s->toks[b - 1].verb;
}

/* "The aim of public diplomacy is to win …": an aspect (aspect_of())
 * said with "to" and a verb. */
static gboolean
aim_to (Ctx        *ctx,
        const Sent *s,
        const Def  *def)
{
  return def->body_a + 1 < s->n && _ds_tok_is (&s->toks[def->body_a], "to") &&
         s->toks[def->body_a + 1].type == TOK_WORD && !s->toks[def->body_a + 1].cap &&
         !(s->toks[def->body_a + 1].flags & (W_FUNCTION | W_DET)) && aspect_of (ctx, s, def->term_a, def->term_b);
}

/* "The main task of the office is …": an aspect of "the" and common
 * nouns, a thing named before; a question would not name it. */
static gboolean
owner_pointed (const Sent *s,
               guint       a,
               guint       b)
{
  for (guint k = a; k + 2 < b; k++)
    if (_ds_tok_is (&s->toks[k], "of") && _ds_tok_is (&s->toks[k + 1], "the"))
      {
        for (guint j = k + 2; j < b; j++)
          if (s->toks[j].cap)
            return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* "While sustainability is a contested concept, few questioned …",
 * "Meskipun tarif merupakan instrumen sah, …": a cue inside a clause
 * that opens on a concession (the phrase list defs_concession_opener)
 * grants something on the way to the main clause; it defines nothing. */
static gboolean
conceded (Ctx        *ctx,
          const Sent *s,
          guint       cue)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_DEFS_CONCESSION_OPENER);

  if (n == 0)
    return FALSE;
  for (guint k = n; k < cue; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return FALSE;
  return TRUE;
}

/* "Anarchy is conceived as …", "Hegemony is commonly described as …",
 * "Kerja sama digambarkan sebagai …": the passive of a describing verb
 * that is no cue of its own (the class define_verb; "defined",
 * "dipahami" are cues), in the present: English "is", "are" or "be"
 * before it (an adverb between), Indonesian its "di-" form. */
static gboolean
passive_sense (Ctx        *ctx,
               const Sent *s,
               guint       i)
{
  const Tok *t = &s->toks[i];
  guint k = i;

  if (!(t->flags & W_DEFINE_VERB) || (t->flags & W_CUE_DEF) || t->cap || t->len < 6)
    return FALSE;
  if (!ctx->english)
    return ds_ascii_strncasecmp (t->p, "di", 2) == 0;
  if (ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) != 0)
    return FALSE;
  /* "is commonly described as", "is best described as". */
  while (k > 1 && (adverb_ly (&s->toks[k - 1]) || ((s->toks[k - 1].flags & W_ADV) && !(s->toks[k - 1].flags & W_NOUN)) ||
                   _ds_tok_is (&s->toks[k - 1], "best")))
    k--;
  return k > 1 && (_ds_tok_is (&s->toks[k - 1], "is") || _ds_tok_is (&s->toks[k - 1], "are") ||
                   _ds_tok_is (&s->toks[k - 1], "be"));
}

/* What a describing verb's passive says of X defines it only when X is
 * a notion in lower case and the body names a class and narrows it
 * ("an arrangement in which …", "the dominance of one state over …",
 * "proses penyesuaian kebijakan antarnegara"): "Sanctions are often
 * described as a blunt tool", "The treaty is described as a turning
 * point" characterise. */
static gboolean
sense_body_ok (Ctx        *ctx,
               const Sent *s,
               const Def  *def)
{
  guint e = _ds_body_end (s), b = def->body_a;

  /* "The Helsinki Accord", "Kebijakan baru itu", "This policy": one
   * thing, characterised. */
  for (guint k = def->term_a + 1; k < def->term_b; k++)
    if (s->toks[k].cap && s->toks[k].type == TOK_WORD)
      return FALSE;
  if ((def->term_a > 0 && s->toks[def->term_a].cap) ||
      (def->term_b < s->n && (s->toks[def->term_b].flags & W_ANAPHOR)) ||
      (def->term_a > 0 && (s->toks[def->term_a - 1].flags & W_ANAPHOR)))
    return FALSE;
  if (b < e && _ds_tok_is_article (&s->toks[b]))
    b++;
  if (b + 2 >= e || s->toks[b].type != TOK_WORD || s->toks[b].cap ||
      (s->toks[b].flags & (W_ADV | W_QUANT | W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_SUPERLATIVE)))
    return FALSE;
  /* The head, an adjective or two before it in English, then what
   * narrows it: a relative with its verb, a preposition (not the agent's
   * "by", "oleh"), an Indonesian noun after the head; a degree ("the
   * cheapest tool", "alat paling murah", "more effective") weighs. */
  for (guint k = b + 1; k < e && k < b + 4; k++)
    {
      const Tok *n = &s->toks[k];

      if (n->type != TOK_WORD || (n->flags & W_SUPERLATIVE) || _ds_tok_is (n, "paling") ||
          _ds_tok_is (n, "lebih") || _ds_tok_is (n, "by") || _ds_tok_is (n, "oleh"))
        return FALSE;
      if (n->flags & W_RELATIVE)
        return k + 1 < e && (ctx->english || s->toks[k + 1].verb) && !weighs (ctx, s, def->body_a, k);
      if ((n->flags & W_PREP) || _ds_tok_is (n, "to"))
        return k + 1 < e && !weighs (ctx, s, def->body_a, k);
      if (!ctx->english && !(n->flags & W_FUNCTION))
        return !weighs (ctx, s, def->body_a, k + 1);
    }
  return FALSE;
}

static gboolean same_noun (const Tok *x,
                           const Tok *y);

/* "Diplomasi digital adalah jembatan yang menghubungkan …", "Soft
 * power is a magnet that draws …": a body headed by a thing that only
 * pictures X (the phrase list defs_figure_head: a bridge, a mirror, a
 * compass) is a figure, no meaning to learn; not when X is such a thing
 * itself ("Jembatan Suramadu adalah jembatan …"). */
static gboolean
figure_body (Ctx        *ctx,
             const Sent *s,
             const Def  *def)
{
  guint h = def->body_a, n;

  if (h < def->body_b && (_ds_tok_is_article (&s->toks[h]) || _ds_tok_is (&s->toks[h], "sebuah") ||
                          _ds_tok_is (&s->toks[h], "suatu")))
    h++;
  if (h >= def->body_b || !s->toks[h].phrase || (n = _ds_phrase_at (ctx, s, h, PL_DEFS_FIGURE_HEAD)) == 0)
    return FALSE;
  for (guint k = def->term_a; k < def->term_b; k++)
    if (same_noun (&s->toks[k], &s->toks[h]))
      return FALSE;
  return TRUE;
}

/* Whether a clause inside the body [@b, @e) narrows its head: a relative
 * with its verb ("ancaman yang mengenkripsi …", "a threat that locks
 * …"), "untuk", "to" before a verb ("the duty of a state not to allow
 * …"). */
static gboolean
clause_narrows (Ctx        *ctx,
                const Sent *s,
                guint       b,
                guint       e)
{
  for (guint k = b; k + 1 < e; k++)
    {
      const Tok *n = &s->toks[k + 1];
      /* A word the lexicon may not know for a verb ("stop", "stops")
       * before its object: an article, a determiner, a pronoun. */
      gboolean object = k + 2 < e && n->type == TOK_WORD && !n->cap && !(n->flags & W_FUNCTION) &&
                        (_ds_tok_is_article (&s->toks[k + 2]) || (s->toks[k + 2].flags & (W_DET | W_PRONOUN)));

      if (n->type != TOK_WORD)
        continue;
      /* "the form of state negotiated since 1977": a participle after its
       * noun. */
      if (ctx->english && k > b && n->verb && !n->cap && n->len > 4 && ds_ascii_strncasecmp (n->p + n->len - 2, "ed", 2) == 0 &&
          s->toks[k].type == TOK_WORD && !(s->toks[k].flags & (W_FUNCTION | W_AUX)) && !_ds_tok_is_article (&s->toks[k]))
        return TRUE;
      if ((s->toks[k].flags & W_RELATIVE) &&
          (n->verb || (n->flags & (W_AUX | W_ADV)) || object ||
           (ctx->english && !n->cap && n->len > 3 && (n->p[n->len - 1] == 's' || n->p[n->len - 1] == 'd'))))
        return TRUE;
      /* "to stop an adversary", "untuk melindungi …"; not "a threat to
       * banks in …" ("banks" before a preposition). */
      if ((_ds_tok_is (&s->toks[k], "to") || _ds_tok_is (&s->toks[k], "untuk")) && !(n->flags & W_FUNCTION) &&
          ((n->verb && (!(n->flags & W_NOUN) ||
                        (k + 2 < e && s->toks[k + 2].type == TOK_WORD && !(s->toks[k + 2].flags & (W_PREP | W_CONJ))))) ||
           object))
        return TRUE;
    }
  return FALSE;
}

/* The head of the body [@b, @e): past an article, "sebuah", "suatu",
 * "salah satu", "one of the", and the adjectives English puts before
 * it; @e when none. */
static guint
body_head (Ctx        *ctx,
           const Sent *s,
           guint       b,
           guint       e)
{
  guint h = b, n;

  if (h < e && s->toks[h].phrase && (n = _ds_phrase_at (ctx, s, h, PL_DEFS_BODY_OPENER)) > 0)
    h += n;
  if (h < e && (_ds_tok_is_article (&s->toks[h]) || _ds_tok_is (&s->toks[h], "sebuah") || _ds_tok_is (&s->toks[h], "suatu")))
    h++;
  return h;
}

/* "Kebocoran data adalah ancaman nyata bagi bank-bank …", "Perlindungan
 * data adalah tanggung jawab bersama …", "Data leaks are a real threat to
 * banks", "Data protection is a shared responsibility of …": a body
 * headed by a word that judges X (the phrase list defs_verdict_head: a
 * threat, a challenge, a responsibility, a priority) with no clause that
 * narrows it says what X is to somebody, a verdict; "Ransomware adalah
 * ancaman yang mengenkripsi data korban …" still defines. "Data is the
 * new oil", "Data adalah minyak baru": a thing said to be "the new" other
 * thing is a figure. "Ransomware is a form of cyber attack",
 * "Ransomware adalah salah satu bentuk serangan siber": a kind (the
 * phrase list lists_part_head) and no clause that sets X apart from the
 * others of that kind classifies X, no meaning to learn. */
enum { BODY_DEFINES, BODY_VERDICT, BODY_FIGURE };

static guint
verdict_body (Ctx        *ctx,
              const Sent *s,
              const Def  *def)
{
  guint e = def->body_b > def->body_a ? def->body_b : _ds_body_end (s);
  guint h = body_head (ctx, s, def->body_a, e), n;

  if (h >= e || s->toks[h].type != TOK_WORD || s->toks[h].cap)
    return FALSE;
  /* "Election interference is a different matter", "Spionase ekonomi
   * adalah soal lain": X set apart from what came before (the phrase
   * list defs_other_case), neither a meaning nor a verdict to ask. */
  if (s->toks[h].phrase && _ds_phrase_at (ctx, s, h, PL_DEFS_OTHER_CASE) > 0)
    return BODY_FIGURE;
  if (ctx->english)
    while (h + 1 < e && s->toks[h + 1].type == TOK_WORD && !(s->toks[h].flags & (W_FUNCTION | W_PREP)) &&
           _ds_phrase_at (ctx, s, h, PL_DEFS_VERDICT_HEAD) == 0 &&
           _ds_phrase_at (ctx, s, h, PL_LISTS_PART_HEAD) == 0 && h < def->body_a + 5 &&
           !(s->toks[h + 1].flags & (W_FUNCTION | W_PREP | W_RELATIVE)))
      h++;
  for (guint k = def->term_a; k < def->term_b; k++)
    if (same_noun (&s->toks[k], &s->toks[h]))
      return BODY_DEFINES;
  /* "beban tambahan", "an additional burden": a step of an argument,
   * which body_defines() turns away. */
  if (clause_narrows (ctx, s, h, e) || in_series (ctx, s, def->body_a, e))
    return BODY_DEFINES;
  if (s->toks[h].phrase && (n = _ds_phrase_at (ctx, s, h, PL_DEFS_VERDICT_HEAD)) > 0)
    return BODY_VERDICT;
  /* A kind, then "of" and the class, or the class right after it. */
  if (s->toks[h].phrase && _ds_phrase_at (ctx, s, h, PL_LISTS_PART_HEAD) > 0 && h + 1 < e &&
      (!ctx->english || _ds_tok_is (&s->toks[h + 1], "of")))
    return BODY_FIGURE;
  /* "the new oil", "minyak baru": "new" before (English) or after the
   * head, and nothing after them but for whom ("bagi para penjahat",
   * "of the digital age"). */
  if (ctx->english)
    return h > def->body_a && _ds_tok_is (&s->toks[h - 1], "new") && _ds_tok_is (&s->toks[def->body_a], "the") &&
           (h + 1 >= e || (s->toks[h + 1].flags & W_PREP)) ? BODY_FIGURE : BODY_DEFINES;
  return h + 1 < e && _ds_tok_is (&s->toks[h + 1], "baru") && (h + 2 >= e || (s->toks[h + 2].flags & W_PREP))
           ? BODY_FIGURE : BODY_DEFINES;
}

static void
try_definition (Ctx  *ctx,
                Sent *s,
                guint i)
{
  Def def = { .rule = DS_CLAIM_RULE_DEFINITION };
  guint verdict;

  if (that_is_gloss (ctx, s, i))
    return;

  /* "First, data about citizens is a resource …": an ordinal sentence is
   * an item of a list, its copula no definition. */
  if (passive_is (ctx, s, i) || (s->n > 2 && (s->toks[0].flags & W_ORDINAL) && _ds_tok_is_punct (&s->toks[1], ',')))
    return;
  /* "Kedaulatan data tidak berarti …", "X does not mean …": what X is
   * not, no definition. */
  if (_ds_tok_is (&s->toks[i - 1], "tidak") || _ds_tok_is (&s->toks[i - 1], "bukan") ||
      _ds_tok_is (&s->toks[i - 1], "not"))
    return;
  if (conceded (ctx, s, i))
    return;
  if (describes_kind (ctx, s, i))
    {
      def.cue_a = i;
      def.cue_b = def.body_a = i + 1;
      def.strong = TRUE;
      if (!read_term (ctx, s, i, &def))
        return;
    }
  else if (passive_sense (ctx, s, i))
    {
      if (!body_start (ctx, s, i, &def) || !read_term (ctx, s, i, &def) || !sense_body_ok (ctx, s, &def))
        return;
    }
  else if ((s->toks[i].flags & W_DEFINE_VERB) && (!(s->toks[i].flags & W_CUE_DEF) || active_defined (ctx, s, i, &def)))
    {
      if (!(s->toks[i].flags & W_CUE_DEF) && !read_active (ctx, s, i, &def))
        return;
      /* "Lindgren menggambarkan Perjanjian Mekong sebagai kompromi …": a
       * describing verb (the phrase list label_as_verb) said of a thing
       * with a name characterises that one thing; the label rule asks
       * how the scholar describes it. */
      if (def.term_a > 0 && (_ds_lexicon_other_forms (ctx, &s->toks[i], "label_as_verb") != NULL ||
                             _ds_tok_is (&s->toks[i], "describing") || opinion_verb (ctx, s, i)))
        for (guint k = def.term_a; k < def.term_b; k++)
          if (s->toks[k].cap && s->toks[k].type == TOK_WORD)
            return;
      /* "Indonesia memandang X sebagai …", "Kementerian Luar Negeri
       * menganggap X sebagai …", "Minister Halvorsen sees X as …": how a
       * state, a body or an office holder sees X is its policy, no
       * meaning of X. */
      if (opinion_verb (ctx, s, i) && def.who_a < def.who_b && !person_holds (ctx, s, def.who_a, def.who_b))
        return;
      /* "Konstruktivisme memandang identitas sebagai …": how a school of
       * thought sees X is its view of X, no meaning of X. */
      if (opinion_verb (ctx, s, i) && def.who_a + 1 == def.who_b && def.who_a == first_name (s, i) &&
          school_word (&s->toks[def.who_a]))
        return;
    }
  else if (!body_start (ctx, s, i, &def) || !read_term (ctx, s, i, &def))
    return;
  /* "Enforcement is weak, which means …", "Penegakan masih lemah, yang
   * berarti …": what the aside explains is the clause before it, whose
   * predicate after its copula is no term. */
  if (meaning_cue (&s->toks[i]) && i > 1 && (s->toks[i - 1].flags & W_RELATIVE) && def.term_a > 0 &&
      (s->toks[def.term_a - 1].flags & W_CUE_DEF) && !(s->toks[def.term_a - 1].flags & W_CUE_NAMING))
    return;
  /* "…, artinya tindakan yang disangkakan harus merupakan kejahatan",
   * "…, meaning that the act is a crime": the clause after the cue says
   * what the words before the comma mean; its subject is no term. */
  if (def.term_a > 2)
    for (guint k = def.term_a - 1; k > 0 && k + 3 >= def.term_a; k--)
      if (_ds_tok_is_punct (&s->toks[k - 1], ',') && s->toks[k].phrase &&
          _ds_phrase_at (ctx, s, k, PL_DEFS_MEANING_CLAUSE_CUE) == def.term_a - k)
        return;
  /* "In contrast, Geneva is a bottom-up agreement …", "Sebaliknya, Oslo
   * merupakan perjanjian …": a named place, body or event set against
   * another (the phrase list defs_comparison_opener) is compared, no
   * term to learn. */
  if (!def.word && _ds_phrase_at (ctx, s, 0, PL_DEFS_COMPARISON_OPENER) > 0)
    for (guint k = def.term_a; k < def.term_b; k++)
      if (s->toks[k].cap && s->toks[k].type == TOK_WORD)
        return;
  /* "Diplomasi digital dimaknai oleh Hadi sebagai …": the scholar after
   * the passive verb. */
  if (def.by_a < def.by_b && def.who_a == def.who_b)
    {
      def.who_a = def.by_a;
      def.who_b = def.by_b;
      def.rule = DS_CLAIM_RULE_ATTRIBUTED;
    }
  /* Only a word in quotes is explained as a word; a quoted phrase
   * ('The principle of "trust but verify" is important for …') is
   * predicated of as any term. */
  if ((ctx->english && !def.ranks && (!def.word || def.term_b > def.term_a + 1) && !english_is_ok (ctx, s, i, def.body_a) &&
       !aim_to (ctx, s, &def)) ||
      !scope_anchored (ctx, s, &def))
    return;
  if ((!def.word || def.term_b > def.term_a + 1) && predicate_adjective (ctx, s, def.body_a))
    return;
  /* "most cables were owned by consortia …": a passive, what was done to
   * X, neither a definition nor a ranking; so is any word of no class
   * before "by" ("Quotas are set by the government …": an irregular
   * participle). */
  if (ctx->english && !def.word && def.body_a + 1 < s->n &&
      ((((s->toks[def.body_a].verb && s->toks[def.body_a].len > 4 &&
          ds_ascii_strncasecmp (s->toks[def.body_a].p + s->toks[def.body_a].len - 2, "ed", 2) == 0) ||
         (s->toks[def.body_a].flags & W_EVENT)) &&
        (s->toks[def.body_a + 1].flags & W_PREP)) ||
       (_ds_tok_is (&s->toks[def.body_a + 1], "by") && !s->toks[def.body_a].cap &&
        s->toks[def.body_a].type == TOK_WORD && !(s->toks[def.body_a].flags & (W_FUNCTION | W_NOUN)))) &&
      !_ds_tok_is (&s->toks[i], "defined") && !_ds_tok_is (&s->toks[i], "understood"))
    return;
  /* 'The word "détente" is credited to …', '"sharp power" is attributed
   * to …': a quoted word after "is" and a participle before "to"/"by" is
   * a passive too; only "means" explains a word by a participle. */
  if (ctx->english && def.word && def.body_a + 1 < s->n && (s->toks[i].flags & W_AUX) && s->toks[def.body_a].verb &&
      s->toks[def.body_a].len > 4 &&
      ds_ascii_strncasecmp (s->toks[def.body_a].p + s->toks[def.body_a].len - 2, "ed", 2) == 0 &&
      (_ds_tok_is (&s->toks[def.body_a + 1], "to") || _ds_tok_is (&s->toks[def.body_a + 1], "by")))
    return;
  /* "Rahmat Santoso adalah dosen …", "Penulis adalah peneliti …": who the
   * author is, a note on the text, no term to learn. */
  if (author_note (ctx, s, &def))
    return;
  /* "X was …" tells what X was then: a ranking ("the first … to"),
   * never a definition. */
  if ((_ds_tok_is (&s->toks[i], "was") || _ds_tok_is (&s->toks[i], "were")) && !def.ranks &&
      !(s->toks[def.term_a].cap && first_of_kind (s, def.body_a, s->n)))
    return;
  /* "Kemiskinan nelayan merupakan akibat dari …", "The shortage is the
   * result of …": a cause is given, no meaning (the cause rules ask it). */
  if (!def.strong && _ds_phrase_at (ctx, s, def.body_a, PL_DEFS_EFFECT_BODY) > 0)
    return;
  def.body_b = definition_end (ctx, s, def.body_a);
  /* "Diplomasi publik, yaitu upaya …, berkembang pesat": an appositive
   * gloss ends at its closing comma; so does "X, yang berarti …, …",
   * "X, which means …, …". Not past an aside the term's reading passed
   * over ("X, menurut definisi kerja WSIS, adalah A, B, dan C"): the
   * cue is the sentence's own. */
  if (i > 0 && def.term_b + 3 >= i && (_ds_tok_is_punct (&s->toks[i - 1], ',') ||
                (i > 1 && meaning_cue (&s->toks[i]) && (s->toks[i - 1].flags & W_RELATIVE) &&
                 _ds_tok_is_punct (&s->toks[i - 2], ','))) &&
      (s->toks[i].flags & W_CUE_NAMING || meaning_cue (&s->toks[i])))
    for (guint k = def.body_a + 1; k < def.body_b; k++)
      if (_ds_tok_is_punct (&s->toks[k], ','))
        {
          def.body_b = k;
          break;
        }
  /* "X refers to shared systems, such as A, B and C, that …": the
   * examples' list may have taken the body's end; the body is still X's
   * meaning. Its start taken is another claim's. */
  if (def.body_b <= def.body_a || _ds_toks_any_used (s, def.body_a, def.body_a + 1))
    return;
  /* "PASTI adalah singkatan dari lima langkah:", "The model is an
   * acronym for four steps:": a body that runs into the sentence's
   * closing colon announces the list after it, which the list rules ask. */
  if (def.body_b >= _ds_body_end (s) && s->n > 0 && _ds_tok_is_punct (&s->toks[s->n - 1], ':'))
    return;
  /* "Realists assume that states are the key actors …": what someone
   * claims ranks nothing as a fact; only a definition may be theirs. */
  if (def.reported && !def.strong &&
      (picks_out (ctx, s, def.body_a, def.body_b) || def.ranks || relational_at (ctx, s, def.term_a)))
    return;
  /* "Wiranata menganggap kekuatan lunak sebagai alat paling efektif
   * …", "Okafor regards mediation as the cheapest form of influence":
   * a view that weighs X, no meaning of X. */
  if (opinion_verb (ctx, s, def.cue_a) && weighs (ctx, s, def.body_a, def.body_b))
    return;
  /* "Tujuan diplomasi publik adalah membangun …", "Masalah negara
   * miskin adalah utang …", "The aim of public diplomacy is …": the
   * aim, problem or role of something (the phrase list
   * defs5_aspect_head) is asked as such, never "what is meant by". */
  if (!def.word && aspect_of (ctx, s, def.term_a, def.term_b))
    {
      if (ctx->english && owner_pointed (s, def.term_a, def.term_b))
        return;
      def.aspect = TRUE;
      commit_identify (ctx, s, &def, FALSE);
      return;
    }
  /* "X adalah pedoman penting bagi diplomat", "X is an important tool
   * for diplomats": what X is worth to whom, asked as such. */
  if (!def.strong && !def.word && valued_for (ctx, s, def.body_a, def.body_b))
    {
      commit_identify (ctx, s, &def, TRUE);
      return;
    }
  /* "The ministry stressed that sanctions are a blunt tool": a claim of
   * somebody unnamed; only a class narrowed by a clause defines. */
  if (def.unheld && !def.strong && !clause_narrows (ctx, s, body_head (ctx, s, def.body_a, def.body_b), def.body_b))
    return;
  /* A verdict on X, a figure, a bare kind: no meaning of X (see
   * verdict_body()); what the verdict says of X is asked as such. */
  if (!def.strong && !def.word && (verdict = verdict_body (ctx, s, &def)) != BODY_DEFINES)
    {
      if (verdict == BODY_VERDICT)
        commit_identify (ctx, s, &def, TRUE);
      return;
    }
  if (!def.strong && (picks_out (ctx, s, def.body_a, def.body_b) ||
                      (s->toks[def.term_a].cap && first_of_kind (s, def.body_a, def.body_b))))
    {
      commit_identify (ctx, s, &def, TRUE);
      return;
    }
  /* "Tantangan terbesar … adalah penyebaran hoaks", "The most common type
   * of attack is phishing": what ranks first is asked, the answer named. */
  if (def.ranks)
    {
      commit_identify (ctx, s, &def, FALSE);
      return;
    }
  /* "Keberadaan pengadilan regional merupakan prasyarat …", "The absence
   * of a shared map is …": a state of things (the phrase list
   * defs_state_head) is argued about, no term to learn; what it picks
   * out or ranks is still asked above. */
  if (!def.strong && !def.word && state_head (ctx, s, def.term_a))
    return;
  /* "Pusat operasi keamanan (SOC)": a term with its acronym is a name,
   * whatever its first word. */
  /* "Pusat data nasional merupakan fasilitas terpusat …": a body that
   * opens with a kind of thing defines the name, whatever its head. */
  if (!def.strong && relational_at (ctx, s, def.term_a) &&
      !_ds_tok_is_punct (&s->toks[def.term_b - 1], ')') && !(s->toks[def.body_a].flags & W_CATEGORY))
    {
      commit_identify (ctx, s, &def, FALSE);
      return;
    }
  if (!def.strong && (!body_defines (ctx, s, def.body_a, def.body_b) || figure_body (ctx, s, &def)))
    return;
  /* "Kenaikan tarif artinya harga impor naik", "Biaya logistik berarti
   * harga jual lebih tinggi": what follows, a clause or a comparison, no
   * meaning. "berarti", "artinya" define only a noun phrase. */
  if ((_ds_tok_is (&s->toks[i], "berarti") || _ds_tok_is (&s->toks[i], "artinya")) && !def.word &&
      clause_body (ctx, s, def.body_a, def.body_b))
    return;
  /* "yaitu siber yang berarti …": the inner cue defines, not the outer. */
  for (guint k = def.body_a; k < def.body_b && k < def.body_a + 5; k++)
    if ((s->toks[k].flags & W_CUE_DEF) && !passive_is (ctx, s, k))
      return;
  if (place_name_term (ctx, s, &def))
    return;
  commit_def (ctx, s, &def);
}

/* "berasal dari", "comes from", "is derived from": where a word comes
 * from; the index after the cue, or 0. */
static guint
origin_cue (const Sent *s,
            guint       i)
{
  if (i + 1 >= s->n || !(_ds_tok_is (&s->toks[i + 1], "dari") || _ds_tok_is (&s->toks[i + 1], "from")))
    return 0;
  if (_ds_tok_is (&s->toks[i], "berasal") || _ds_tok_is (&s->toks[i], "comes") ||
      _ds_tok_is (&s->toks[i], "derives") || _ds_tok_is (&s->toks[i], "derived") ||
      _ds_tok_is (&s->toks[i], "diambil") || _ds_tok_is (&s->toks[i], "diserap"))
    return i + 2;
  return 0;
}

static gboolean
quoted_between (const Sent *s,
                guint       a,
                guint       b)
{
  for (guint k = a; k < b; k++)
    if (_ds_tok_is_punct (&s->toks[k], '"') || _ds_tok_is_punct (&s->toks[k], 0x201C) ||
        _ds_tok_is_punct (&s->toks[k], '\'') || _ds_tok_is_punct (&s->toks[k], 0x2018) ||
        (s->toks[k].type == TOK_PUNCT && s->toks[k].ch == '*'))
      return TRUE;
  return FALSE;
}

/* "Secara etimologis, …", "Etymologically, …": a short opening phrase
 * and its comma before @verb; where the sentence proper starts. */
static guint
opener (const Sent *s,
        guint       verb)
{
  for (guint k = 1; k < 4 && k < verb; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return k + 1;
  return 0;
}

/* "Kata diplomasi berasal dari bahasa Yunani "diploma" yang berarti …",
 * "The word diplomacy comes from the Greek …, which means …": where the
 * term comes from and what it meant, when the sentence says both. */
void
_ds_find_origin (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), from = 0, verb, start, end, means = 0;
  gboolean labelled = FALSE;
  g_autofree char *term = NULL;
  DsClaim *claim;

  for (verb = 1; verb < e && from == 0; verb++)
    from = origin_cue (s, verb);
  /* Without a cue of origin there is no meaning to look for. */
  for (guint k = from; from > 0 && k < e && means == 0; k++)
    if (_ds_tok_is (&s->toks[k], "berarti") || _ds_tok_is (&s->toks[k], "artinya") ||
        _ds_tok_is (&s->toks[k], "means") || _ds_tok_is (&s->toks[k], "meaning") ||
        _ds_tok_is (&s->toks[k], "meant"))
      means = k;
  if (from == 0 || means == 0 || _ds_toks_any_used (s, 0, e))
    return;
  verb--;
  start = _ds_np_start (s, 0, verb, &end);
  /* "Kata diplomasi", "The word diplomacy": the word itself; without such
   * a word, a quoted source word says it is about words ("Hoaks berasal
   * dari media sosial" is not). */
  while (start < end && (_ds_tok_is (&s->toks[start], "kata") || _ds_tok_is (&s->toks[start], "istilah") ||
                         _ds_tok_is (&s->toks[start], "the") || _ds_tok_is (&s->toks[start], "word") ||
                         _ds_tok_is (&s->toks[start], "term")))
    labelled |= !_ds_tok_is (&s->toks[start++], "the");
  /* "Sebagian besar sengketa berasal dari aturan …": no word is named. */
  if (start >= end || !_ds_term_usable (s, start, end) || start > opener (s, verb) + 3 ||
      (!labelled && (start != opener (s, verb) || !quoted_between (s, from, means))))
    return;
  term = _ds_phrase_dup (s, start, end, TRUE);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DEFINITION, from, e);
  claim->question = ds_lang_expand (ctx->lang, "question_origin", "term", term, NULL);
  _ds_toks_mark_used (s, start, e);
  _ds_claim_commit (ctx, claim);
}

static gboolean
is_dash (const Tok *t)
{
  return _ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, 0x2014);
}

/* "certificates", "sanctions": an English plural noun; not "politics",
 * "status", "process", "crisis". */
/* "commons", "news", "series": a singular that ends in "s" (the phrase
 * list defs_singular_s). */
static gboolean
singular_in_s (Ctx        *ctx,
               const char *p,
               gsize       len)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, "defs_singular_s");

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strlen (words[i]) == len && ds_ascii_strncasecmp (words[i], p, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
plural_word (Ctx        *ctx,
             const char *p,
             gsize       len)
{
  const char *end = p + len;

  return len > 3 && !g_ascii_isupper (p[0]) && end[-1] == 's' &&
         !(end[-2] == 's' || end[-2] == 'u' || end[-2] == 'i' || end[-2] == '\'' ||
           (end[-2] == 'c' && end[-3] == 'i')) &&
         !singular_in_s (ctx, p, len);
}

/* Whether @term, a phrase, ends on an English plural ("main provisions",
 * "goals"; not "legal basis", "analysis", "focus", "status", "politics",
 * "news"). */
gboolean
_ds_term_plural (Ctx        *ctx,
                 const char *term)
{
  const char *last = strrchr (term, ' ');

  last = last != NULL ? last + 1 : term;
  return ctx->english && plural_word (ctx, last, strlen (last));
}

/* The definition cue for @term, a phrase: "are" after an English plural. */
const char *
_ds_definition_cue (Ctx        *ctx,
                    const char *term)
{
  return ds_lang_get_template (ctx->lang, _ds_term_plural (ctx, term) ? "definition_cue_plural" : "definition_cue");
}

/* The definition of tokens [@a, @b) (@term, taken) that tokens [@body,
 * @close) gloss; the gloss's closing mark is used up with it. */
static void
commit_gloss_cue (Ctx        *ctx,
                  Sent       *s,
                  char       *term,
                  guint       a,
                  guint       b,
                  guint       body,
                  guint       close,
                  const char *cue)
{
  DsClaim *def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);

  def->subject = term;
  /* ("… – the dominance of one state (Gilpin 1981)": no source typed.) */
  def->body = _ds_toks_dup (s, body, _ds_citation_start (s, body, close));
  /* "End-user certificates are signed promises …": an English plural
   * term takes the plural cue. */
  /* (No cue: "Good offices offers …", a verb-led gloss, the term's
   * predicate.) */
  def->cue = g_strdup (cue == NULL ? "" : g_str_equal (cue, "definition_cue") ? _ds_definition_cue (ctx, term)
                                                                             : ds_lang_get_template (ctx->lang, cue));
  def->key_start = _ds_sent_char_at (s, s->toks[a].p);
  def->key_end = _ds_sent_char_at (s, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_toks_mark_used (s, a, close + 1);
  _ds_claim_commit (ctx, def);
}

static void
commit_gloss (Ctx        *ctx,
              Sent       *s,
              char       *term,
              guint       a,
              guint       b,
              guint       body,
              guint       close)
{
  commit_gloss_cue (ctx, s, term, a, b, body, close, "definition_cue");
}

/* Words a term set off in bold or italics inside a sentence takes at
 * most, and the words its gloss takes. */
#define EMPHASIS_TERM_MAX_WORDS 4
#define EMPHASIS_GLOSS_MIN_WORDS 3
#define EMPHASIS_GLOSS_MAX_WORDS 30

/* Whether an emphasis mark stands right before token @k, or right after
 * it (@after). The marks are no tokens: the text around has them. */
static gboolean
emphasis_mark_at (const Sent *s,
                  guint       k,
                  gboolean    after)
{
  const char *q = after ? s->toks[k].p + s->toks[k].len : s->toks[k].p - 1;

  return q >= s->p && q < s->end && (*q == '*' || *q == '_');
}

/* "Third comes **phishing**: deceptive messages that trick …",
 * "Finally, there are **supply-chain attacks**, in which the attacker
 * compromises …", "The most common is *ransomware*, which encrypts …",
 * "Yang ketiga ialah **phishing**, yakni pesan palsu …": in the middle of
 * a sentence no rule took from, a term the author set off in bold or
 * italics, then a colon, a dash, or a comma and a relative or a naming
 * cue (yaitu, namely): the rest of the sentence glosses the term. The
 * emphasis is what marks the term (a plain "… comes phishing: …" may
 * introduce anything). */
gboolean
_ds_find_emphasis_gloss (Ctx  *ctx,
                         Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint a = 1; a + EMPHASIS_GLOSS_MIN_WORDS + 1 < e; a++)
    {
      guint b = a, body = 0, words;
      gboolean clause = FALSE;
      const Tok *next;

      if (s->toks[a].type != TOK_WORD || !emphasis_mark_at (s, a, FALSE))
        continue;
      while (b < e && b < a + EMPHASIS_TERM_MAX_WORDS && s->toks[b].type == TOK_WORD && !emphasis_mark_at (s, b, TRUE))
        b++;
      if (b >= e || s->toks[b].type != TOK_WORD || !emphasis_mark_at (s, b, TRUE))
        continue;
      b++;
      /* ("tesis perdamaian demokratis — *democratic peace* — yang …",
       * "(*soft power*)": a term between dashes or in brackets glosses
       * the words before it; it opens no gloss of its own.) */
      if (b >= e || (s->toks[a].flags & (W_FUNCTION | W_PRONOUN)) || (s->toks[b - 1].flags & W_FUNCTION) ||
          (s->toks[b - 1].verb && !s->toks[b - 1].cap) || _ds_tok_is_punct (&s->toks[a - 1], 0x2014) ||
          _ds_tok_is_punct (&s->toks[a - 1], 0x2013) || _ds_tok_is_punct (&s->toks[a - 1], '('))
        continue;
      next = &s->toks[b];
      if (_ds_tok_is_punct (next, ':') || _ds_tok_is_punct (next, 0x2014) || _ds_tok_is_punct (next, 0x2013))
        body = b + 1;
      else if (_ds_tok_is_punct (next, ',') && b + 2 < e)
        {
          const Tok *cue = &s->toks[b + 1];

          if ((cue->flags & W_CUE_NAMING) && !(cue->flags & W_CUE_DEF))
            body = b + 2;
          /* (", which encrypts …": the gloss is what the term does; ", in
           * which the attacker …", ", di mana …": what happens in it.) */
          else if ((cue->flags & W_RELATIVE) && !_ds_tok_is (cue, "yang"))
            body = b + 2, clause = TRUE;
          else if ((cue->flags & W_PREP) && (s->toks[b + 2].flags & W_RELATIVE))
            body = b + 3, clause = TRUE;
        }
      if (body == 0)
        continue;
      words = _ds_count_words (s, body, e);
      /* (A term another claim took, as a list's item, is asked there.) */
      if (words < EMPHASIS_GLOSS_MIN_WORDS || words > EMPHASIS_GLOSS_MAX_WORDS || _ds_toks_any_used (s, a, b))
        return FALSE;
      commit_gloss_cue (ctx, s, _ds_phrase_dup (s, a, b, TRUE), a, b, body, e,
                        clause && s->toks[body].type == TOK_WORD && s->toks[body].verb ? NULL : "definition_cue");
      return TRUE;
    }
  return FALSE;
}

static gboolean noun_phrase_gloss_from (Ctx        *ctx,
                                        const Sent *s,
                                        guint       a);

/* "Pertama, dewan keamanan, yaitu badan yang menjaga …", "First, the
 * port permit, namely a licence to land catch": a one-word head (after
 * its article) and what qualifies it (a relative, "untuk", "to": the
 * phrase list gloss_relative) name a class as a longer noun phrase does,
 * in an item that a label and its cue open. */
static gboolean
head_and_relative (Ctx        *ctx,
                   const Sent *s,
                   guint       body,
                   gboolean    named)
{
  guint e = _ds_body_end (s), h = body + (_ds_tok_is_article (&s->toks[body]) ? 1 : 0);
  const Tok *t = &s->toks[h];

  if (h + 3 > e || e > body + 40 || s->question || t->type != TOK_WORD || t->cap ||
      (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_COUNT | W_REPORT)))
    return FALSE;
  /* "Analysts call this 'port-hopping': ships that change port …": after
   * a term that was just named, a word that may be a verb ("ships",
   * "catch") heads the gloss when a relative follows it. */
  if (named && t->verb && (s->toks[h + 1].flags & W_RELATIVE) && !(t->flags & (W_CUE_DEF | W_DEFINE_VERB)))
    return TRUE;
  if (!_ds_tok_nounish (t) || t->verb)
    return FALSE;
  return (s->toks[h + 1].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, h + 1, PL_GLOSS_RELATIVE) > 0;
}

/* "Pertama, sertifikasi restoran: pemberian label resmi …": the term
 * [a, b) of an item, glossed from @body to the sentence's end, when the
 * gloss is a noun phrase naming a class. Returns whether it was. */
gboolean
_ds_commit_term_gloss (Ctx  *ctx,
                       Sent *s,
                       guint a,
                       guint b,
                       guint body)
{
  guint e = _ds_body_end (s);

  if (!_ds_term_usable (s, a, b) || !(noun_phrase_gloss_from (ctx, s, body) || head_and_relative (ctx, s, body, FALSE)) ||
      _ds_toks_any_used (s, body, e))
    return FALSE;
  /* "musim hujan yang bergeser merusak masa panen": a verb straight
   * after the relative's verb is the clause's own; the noun and its
   * relative are its subject, no class. */
  for (guint k = body + 1; k + 1 < e; k++)
    if ((s->toks[k].flags & W_RELATIVE) && s->toks[k + 1].verb)
      {
        const Tok *v = &s->toks[k + 2];

        /* ("yang menyajikan masakan …": "-kan" makes nouns too; an
         * Indonesian verb is told by its prefix.) */
        if (k + 2 < e && v->verb && !(v->flags & (W_FUNCTION | W_NOUN)) &&
            (ctx->english || (v->len > 4 && (ds_ascii_strncasecmp (v->p, "me", 2) == 0 ||
                                             ds_ascii_strncasecmp (v->p, "di", 2) == 0 ||
                                             ds_ascii_strncasecmp (v->p, "ber", 3) == 0 ||
                                             ds_ascii_strncasecmp (v->p, "ter", 3) == 0))))
          return FALSE;
        break;
      }
  commit_gloss (ctx, s, _ds_phrase_dup (s, a, b, TRUE), a, b, body, e);
  return TRUE;
}

static gboolean verb_led_gloss (Ctx        *ctx,
                                const Sent *s,
                                guint       i,
                                guint       e);

/* "Gencatan senjata olimpiade — masa damai yang …. Tradisi ini …",
 * "Olympic truce — a period of peace …": a paragraph that opens with a
 * term, one dash, and a gloss of it (a noun phrase, no clause: "Jakarta
 * — Pemerintah mengumumkan …" is a dateline and a statement). */
static void
dash_headword (Ctx  *ctx,
               Sent *s,
               guint open)
{
  guint start, end;

  if (!s->first || open > 5 || s->toks[open].p[-1] != ' ' || !noun_phrase_gloss_from (ctx, s, open + 1))
    return;
  start = _ds_np_start (s, 0, open, &end);
  if (start != 0 || end != open || !_ds_term_usable (s, start, end) || _ds_toks_any_used (s, 0, _ds_body_end (s)))
    return;
  for (guint k = 0; k < open; k++)
    if (s->toks[k].verb || s->toks[k].type != TOK_WORD || _ds_tok_is_acronym (&s->toks[k]))
      return;
  /* "*Hendra Wiratmaja — Dosen Hubungan Internasional, …*", "Jane Doe —
   * lecturer in …": a person's name glossed by a post (phrase list
   * furniture_post) is a byline, who wrote, not what a term means. */
  if (_ds_person_name (ctx, s, start, end) && open + 2 < s->n &&
      _ds_phrase_at (ctx, s, open + 1 + _ds_tok_is_article (&s->toks[open + 1]), PL_FURNITURE_POST) > 0)
    return;
  /* "**Good offices** – offers a channel …": a verb-led gloss. */
  commit_gloss_cue (ctx, s, _ds_phrase_dup (s, start, end, TRUE), start, end, open + 1, _ds_body_end (s),
                    verb_led_gloss (ctx, s, open + 1, _ds_body_end (s)) ? NULL : "definition_cue");
}

static gboolean participle_before_noun (const Sent *s,
                                        guint       i,
                                        guint       e);
static gboolean activity_verb (const Tok *t);

/* Whether token @i of @s is a dash that may open or close a gloss: not
 * an en dash written with no space on either side between two words
 * ("Perjanjian Kemitraan Indonesia–Uni Eropa", "the Indonesia–EU
 * Partnership Agreement"), which joins the parts of one name. */
static gboolean
gloss_dash (const Sent *s,
            guint       i)
{
  const Tok *t = &s->toks[i];

  if (!is_dash (t))
    return FALSE;
  return !(_ds_tok_is_punct (t, 0x2013) && i > 0 && i + 1 < s->n &&
           s->toks[i - 1].type != TOK_PUNCT && s->toks[i + 1].type != TOK_PUNCT &&
           s->toks[i - 1].p + s->toks[i - 1].len == t->p && t->p + t->len == s->toks[i + 1].p);
}

/* "Attribution — identifying who is behind an attack — is often slow",
 * "Atribusi – penunjukan pelaku serangan – jarang dilakukan": the term
 * opening the sentence, glossed between two dashes. */
static gboolean gloss_aside (Ctx *ctx, Sent *s, guint open, guint gloss, guint close, gboolean strict);

void
_ds_find_dash_gloss (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), open = 0, close, gloss;

  while (open < e && open < 8 && !gloss_dash (s, open))
    open++;
  for (close = open + 1; close < e && !gloss_dash (s, close); close++)
    ;
  if (open > 0 && open < e && close >= e)
    {
      dash_headword (ctx, s, open);
      return;
    }
  if (open == 0 || open >= e || close >= e || close - open < 4 || close + 1 >= e)
    return;
  /* "Kapal bendera murah — artinya kapal yang … —", "… — in other words,
   * …": a restating word (the phrase list restate_opener) opens the
   * gloss; the gloss is what follows it. */
  gloss = open + 1 + _ds_phrase_at (ctx, s, open + 1, PL_RESTATE_OPENER);
  if (gloss > open + 1 && _ds_tok_is_punct (&s->toks[gloss], ','))
    gloss++;
  gloss_aside (ctx, s, open, gloss, close, gloss > open + 1);
}

/* The term opening @s, [0, @open), glossed by [@gloss, @close): asked as
 * its meaning unless the aside is no gloss. @strict: the aside opened on
 * a word of its own ("in other words", "or", "that is"), which must be
 * followed by a noun phrase, not a clause. */
static gboolean
gloss_aside (Ctx  *ctx,
             Sent *s,
             guint open,
             guint gloss,
             guint close,
             gboolean strict)
{
  guint start, end;

  start = _ds_np_start (s, 0, open, &end);
  if (start != 0 || end != open || !_ds_term_usable (s, start, end) || close < gloss + 3 ||
      (s->toks[gloss].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_PREP | W_CONNECTIVE)) ||
      _ds_toks_any_used (s, 0, close))
    return FALSE;
  /* "Tim itu — dipimpin oleh ahli biologi Lars Holm — menemukan …", "The
   * survey — led by Lars Holm — found …": an aside that names who did
   * it is no gloss (the rules of facts ask who). */
  if (_ds_passive_verb (&s->toks[gloss], ctx->english) &&
      (_ds_tok_is (&s->toks[gloss + 1], "oleh") || _ds_tok_is (&s->toks[gloss + 1], "by")))
    return FALSE;
  /* "Badan Siber — didirikan pada 2017 — mewakili …", "The conference
   * — first held in 2004 — gathers …": an aside that says when it was
   * made or first done is no gloss either (facts ask when). */
  {
    guint v = gloss;

    while (v + 2 < close && v < gloss + 2 && (s->toks[v].flags & (W_ORDINAL | W_ADV)) && !s->toks[v].cap)
      v++;
    if (v + 1 < close && v < gloss + 2 && _ds_tok_is (&s->toks[v], "kali"))
      v++;
    if (v + 1 < close && !s->toks[v].cap &&
        ((s->toks[v].flags & W_EVENT) || (s->toks[v].verb && _ds_passive_verb (&s->toks[v], ctx->english))) &&
        (_ds_tok_is (&s->toks[v + 1], "pada") || _ds_tok_is (&s->toks[v + 1], "in") ||
         _ds_tok_is (&s->toks[v + 1], "on") || s->toks[v + 1].type == TOK_NUMBER))
      return FALSE;
  }
  /* "Cyber diplomacy — not deterrence but negotiation — shaped …",
   * "Diplomasi siber — bukan ancaman melainkan perundingan — …": an aside
   * that opens on a negation (the phrase list gloss_negation) contrasts
   * what the term did or was; it says no meaning. */
  if (_ds_phrase_at (ctx, s, gloss, PL_GLOSS_NEGATION) > 0)
    return FALSE;
  /* "— artinya, armada kita kalah bersaing —", "— in other words, owners
   * move ships …": a consequence, a verb before anything that qualifies
   * a head noun; no gloss. */
  if (strict)
    {
      if (clause_body (ctx, s, gloss, close) ||
          (ctx->english && !(s->toks[gloss].flags & W_DET) && !activity_verb (&s->toks[gloss]) &&
           !participle_before_noun (s, gloss, close)))
        return FALSE;
      for (guint k = gloss + 1; k < close; k++)
        {
          if ((s->toks[k].flags & (W_RELATIVE | W_PREP)) || _ds_phrase_at (ctx, s, k, PL_GLOSS_RELATIVE) > 0)
            break;
          /* ("sering tersinggung": an adverb that is no noun says how,
           * in a clause.) */
          if ((s->toks[k].verb && !(s->toks[k - 1].flags & W_DET) && !participle_before_noun (s, k, close)) ||
              (s->toks[k].flags & W_PRONOUN) || ((s->toks[k].flags & W_ADV) && !(s->toks[k].flags & W_NOUN)))
            return FALSE;
        }
    }
  commit_gloss (ctx, s, _ds_phrase_dup (s, start, end, TRUE), start, end, gloss, close);
  return TRUE;
}

/* "Data localisation, or the requirement to store data at home, has
 * spread", "…, that is, the requirement …,", "Lokalisasi data, atau
 * kewajiban menyimpan data di dalam negeri, menyebar …": the term opening
 * the sentence glossed between commas after "or", "that is", "atau", as
 * between dashes. Only a noun phrase of its own glosses: English after
 * an article or a determiner, Indonesian after a word in lower case, of
 * four words or more and no figure, with the sentence going on after
 * it; "Indonesia, or more precisely its ministry, …", "The ban, or at
 * least its threat, …" name or hedge. (Brackets hold translations and
 * asides as often as glosses: "kecerdasan artifisial (artificial
 * intelligence)", "(terbit tiap tiga tahun)".) */
void
_ds_find_comma_gloss (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s), open, gloss, close;

  for (open = 1; open < e && open < 8 && !_ds_tok_is_punct (&s->toks[open], ','); open++)
    ;
  if (open >= e || open >= 8 || open + 5 >= e)
    return;
  gloss = open + 1;
  if (_ds_tok_is (&s->toks[gloss], "or") || _ds_tok_is (&s->toks[gloss], "atau"))
    gloss++;
  else if (_ds_tok_is (&s->toks[gloss], "that") && _ds_tok_is (&s->toks[gloss + 1], "is") &&
           _ds_tok_is_punct (&s->toks[gloss + 2], ','))
    gloss += 3;
  else
    return;
  if (gloss >= e || s->toks[gloss].cap || s->toks[gloss].type != TOK_WORD ||
      (ctx->english ? !(_ds_tok_is_article (&s->toks[gloss]) || (s->toks[gloss].flags & W_DET))
                    : (s->toks[gloss].flags & W_FUNCTION) != 0))
    return;
  for (close = gloss + 1; close < e && s->toks[close].type != TOK_NUMBER && s->toks[close].type != TOK_PUNCT; close++)
    ;
  if (close >= e || close < gloss + 4 || !_ds_tok_is_punct (&s->toks[close], ',') || close + 2 >= e ||
      s->toks[gloss + 1].cap || (s->toks[gloss + 1].flags & (W_COUNT | W_QUANT)))
    return;
  /* ("kewajiban menyimpan data": an Indonesian noun takes the verb it
   * governs with no "untuk"; only a clause of its own is no gloss.) */
  if (!ctx->english && clause_body (ctx, s, gloss, close))
    return;
  gloss_aside (ctx, s, open, gloss, close, ctx->english);
}


/* "A trusted electronic record that lets a person …", "Kemampuan sistem
 * publik untuk bertukar data": a noun phrase with no verb of its own
 * before what qualifies it (a relative, "to"/"untuk", a preposition) —
 * a gloss, not a statement. */
/* "A trusted electronic record": a participle before its noun. */
static gboolean
participle_before_noun (const Sent *s,
                        guint       i,
                        guint       e)
{
  const Tok *t = &s->toks[i];

  return t->verb && i + 1 < e && _ds_tok_nounish (&s->toks[i + 1]) && t->len > 4 &&
         ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0;
}

/* "Providing", "Menyediakan": an English gerund or an Indonesian "me-"
 * verb that opens a gloss of an activity. */
static gboolean
activity_verb (const Tok *t)
{
  return t->len > 5 && (ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0 ||
                        ds_ascii_strncasecmp (t->p, "me", 2) == 0);
}

/* "The committee set the date …", "Operators read every message …": an
 * article or a determiner right after the head noun and a word no class
 * knows, which can only be a verb between them. */
static gboolean
verb_before_article (const Sent *s,
                     guint       a,
                     guint       e)
{
  for (guint k = a + 2; k < e && k <= a + 4; k++)
    if ((_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_DET)) && s->toks[k - 1].type == TOK_WORD &&
        s->toks[k - 1].flags == 0 &&
        _ds_tok_nounish (&s->toks[k - 2]) && !s->toks[k - 1].cap)
      return TRUE;
  return FALSE;
}

/* Whether a verb phrase of the plain statements (ds-claims-statements.c)
 * starts at token @i. */
static gboolean
statement_verb_at (Ctx        *ctx,
                   const Sent *s,
                   guint       i)
{
  static const PhraseId lists[] = { PL_STATEMENT_KEY, PL_STATEMENT_AIM, PL_STATEMENT_DEPEND, PL_STATEMENT_SHIFT };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (_ds_phrase_at (ctx, s, i, lists[l]) > 0)
      return TRUE;
  return FALSE;
}

/* Whether the tokens from @a to the sentence's end are a gloss. */
static gboolean
noun_phrase_gloss_from (Ctx        *ctx,
                        const Sent *s,
                        guint       a)
{
  guint e = _ds_body_end (s), i = a, head;

  if (e < a + 3 || e > a + 40 || s->question || (ctx->english && verb_before_article (s, a, e)))
    return FALSE;
  /* "Two or more states staging …", "Dua negara atau lebih …": a count
   * opens a gloss as an article does. */
  if (_ds_tok_is_article (&s->toks[a]) || (s->toks[a].flags & W_COUNT))
    i = a + 1;
  /* "Providing services online through …", "Menyediakan layanan …": an
   * activity, named by its verb. */
  if (i == a && s->toks[a].verb && s->toks[a].type == TOK_WORD && activity_verb (&s->toks[a]))
    i = a + 1;
  else if (s->toks[i].type != TOK_WORD ||
           (!_ds_tok_nounish (&s->toks[i]) && !participle_before_noun (s, i, e) &&
            !((s->toks[a].flags & W_COUNT) && (s->toks[i].flags & W_CONJ)) &&
            /* "the use of …": after an article a verb's form is a noun. */
            !(i > a && s->toks[i].verb && !(s->toks[i].flags & W_FUNCTION))))
    return FALSE;
  for (head = i; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      /* "states staging one tournament": an English participle after
       * its noun qualifies it, as a relative would. */
      if (ctx->english && t->verb && i > a + 1 && activity_verb (t) && _ds_tok_nounish (&s->toks[i - 1]) &&
          ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0)
        return TRUE;

      /* "A public registry, run by the ministry, …": asides between
       * commas and brackets belong to the phrase. */
      if (_ds_tok_is_punct (t, ',') || _ds_tok_is_punct (t, '(') || _ds_tok_is_punct (t, ')'))
        continue;

      /* "… that", "… where", "… yang", "… tempat": what qualifies the
       * noun (the language's phrase list gloss_relative). */
      if ((t->flags & W_RELATIVE) || _ds_phrase_at (ctx, s, i, PL_GLOSS_RELATIVE) > 0)
        return i >= a + 2 || (i == head + 1 && (s->toks[head].flags & W_CATEGORY));
      /* "Pemerintah daerah berperan penting dalam …", "… bergantung
       * pada …": a plain statement's verb, no word that describes. */
      if (i > a && statement_verb_at (ctx, s, i))
        return FALSE;
      /* "Hoaks bukan hanya urusan dalam negeri", "Data protection is no
       * longer …": a negation right after the head noun, before any
       * comma, is a statement's predicate (the phrase list
       * gloss_negation), no gloss under a heading ("…, bukan paksaan"
       * after a comma still is one). */
      if (i > head && s->toks[i].phrase && _ds_phrase_at (ctx, s, i, PL_GLOSS_NEGATION) > 0 &&
          !_ds_tok_is_punct (&s->toks[i - 1], ','))
        {
          gboolean comma = FALSE;

          for (guint k = a; k < i && !comma; k++)
            comma = _ds_tok_is_punct (&s->toks[k], ',');
          if (!comma)
            return FALSE;
        }
      /* "Tanda berbasis kriptografi": a "ber-" word describes the noun. */
      if (participle_before_noun (s, i, e) ||
          (t->verb && i > 0 && t->len > 5 && ds_ascii_strncasecmp (t->p, "ber", 3) == 0 && !t->cap))
        continue;
      /* "between two states", "of the rules": after a count, an article or
       * a preposition a word that looks like a verb is a noun. */
      if (t->verb && i > a && (s->toks[i - 1].flags & (W_COUNT | W_DET | W_PREP)))
        continue;
      /* "teknik menipu orang …", "upaya masuk ke sistem …", "cara
       * mengatur …": a class noun first (the class category) and the verb
       * of what it does name a class as a relative would. */
      if (t->verb && !ctx->english && i == head + 1 && (s->toks[head].flags & W_CATEGORY) &&
          !(t->flags & (W_AUX | W_CUE_DEF | W_CUE_NAMING)) && i + 1 < e)
        return TRUE;
      /* ("their digital signatures", "tanda tangan mereka": a possessive
       * is no subject.) */
      if (t->verb || (t->flags & (W_AUX | W_CUE_DEF | W_CUE_NAMING)) || t->type == TOK_PUNCT ||
          ((t->flags & W_PRONOUN) && !(t->flags & W_DET) && !(i > a && _ds_tok_nounish (&s->toks[i - 1]))))
        return FALSE;
    }
  /* "An agreement between two states on data sharing.": no verb at all. */
  return TRUE;
}

gboolean
_ds_gloss_from (Ctx        *ctx,
                const Sent *s,
                guint       a)
{
  return noun_phrase_gloss_from (ctx, s, a);
}

/* ------------------------------------------------------------------ */
/* The text after a note's label                                       */

/* Tokens of a note's text read before it is taken for a gloss. */
#define NOTE_OPENING_TOKENS 5

/* "Kekeringan – mengapa penting: panen turun …", "Drought – why it
 * mattered: yields fell …": a label of its own opens the text, which
 * says something under it, not what the head means. */
static gboolean
note_sublabel (const Sent *s,
               guint       a,
               guint       e)
{
  for (guint k = a + 1; k < e && k <= a + NOTE_OPENING_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      return TRUE;
  return FALSE;
}

/* "signed 2011, ratified 2014", "dibentuk 1995 di Vientiane", "joined in
 * 2004": a verb and a year before any noun: what the head did and when,
 * a status, no class it belongs to. */
static gboolean
note_status (const Sent *s,
             guint       a,
             guint       e)
{
  /* "kirim pasukan 2014, tarik mundur 2019", "tanda tangan 1994": a few
   * lower-case words, then a year that ends its part of the text. */
  for (guint k = a; k < e && k <= a + 3; k++)
    {
      if (s->toks[k].type == TOK_NUMBER)
        return k > a && s->toks[k].len == 4 &&
               (k + 1 == e || _ds_tok_is_punct (&s->toks[k + 1], ',') || _ds_tok_is_punct (&s->toks[k + 1], ';') ||
                (s->toks[k + 1].flags & W_PREP));
      if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_DET | W_FUNCTION)))
        break;
    }
  if (a >= e || !s->toks[a].verb || _ds_tok_is_article (&s->toks[a]))
    return FALSE;
  for (guint k = a + 1; k < e && k <= a + 3; k++)
    if (s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4)
      return TRUE;
  return FALSE;
}

/* "meant to", "given by", "used for": an English participle after its
 * noun, before a word of the list participle_link, qualifies the noun as
 * a relative does ("the towns flooded in 2010" is a clause). */
static gboolean
english_participle (Ctx        *ctx,
                    const Sent *s,
                    guint       i,
                    guint       e)
{
  const Tok *t = &s->toks[i];

  return i + 1 < e && _ds_phrase_at (ctx, s, i + 1, PL_PARTICIPLE_LINK) > 0 &&
         t->len > 3 && (ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 ||
                        ds_ascii_strncasecmp (t->p + t->len - 2, "en", 2) == 0 ||
                        ds_ascii_strncasecmp (t->p + t->len - 1, "t", 1) == 0);
}

/* "hak kapal asing melewati …", "kemampuan negara menangkal …": the
 * text's head noun (after a count or "sebuah") is one of the list
 * complement_noun, which takes a verb without "untuk"; so is the noun
 * right before the verb ("seni dan praktik melakukan negosiasi"). */
static gboolean
complement_head (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       i)
{
  while (a < i && (s->toks[a].flags & (W_COUNT | W_DET | W_QUANT)))
    a++;
  return a < i && (_ds_phrase_at (ctx, s, a, PL_COMPLEMENT_NOUN) > 0 ||
                   (i > a + 1 && _ds_phrase_at (ctx, s, i - 1, PL_COMPLEMENT_NOUN) == 1));
}

/* Whether the verb at @i, after a noun, is the clause's own: "the dam
 * began filling", "states comply", "bendungan itu mulai diisi". An
 * Indonesian "me-" verb after a common noun completes it ("hak kapal
 * asing melewati …", "kemampuan negara menangkal …"); after a name it is
 * the name's verb ("Indonesia menolak …"). */
static gboolean
clause_verb (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       i,
             guint       e)
{
  const Tok *t = &s->toks[i];

  if (ctx->english)
    return !english_participle (ctx, s, i, e) && !activity_verb (t);
  if (ds_ascii_strncasecmp (t->p, "ber", 3) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0)
    return FALSE;
  return ds_ascii_strncasecmp (t->p, "me", 2) != 0 || !complement_head (ctx, s, a, i);
}

/* "a country gets others to …", "a government combines …": an English
 * verb in "-s" no class knows, after the singular noun of a subject that
 * an indefinite article or "each" opens; "rivals agree to …": a word
 * no class knows after a plural that opens the text, before "to", an
 * article, a determiner or a content word ("inspectors count nuclear
 * material …"). */
static gboolean
english_present (const Sent *s,
                 guint       a,
                 guint       i,
                 guint       e)
{
  const Tok *t = &s->toks[i], *prev = &s->toks[i - 1];
  gboolean plural;

  if (t->type != TOK_WORD || t->cap || t->verb || t->len < 3 || (t->flags & W_FUNCTION) || !_ds_tok_nounish (prev) ||
      prev->type != TOK_WORD || i + 1 >= e || s->toks[i + 1].verb || (s->toks[i + 1].flags & W_AUX))
    return FALSE;
  plural = ds_ascii_tolower (prev->p[prev->len - 1]) == 's';
  if (plural)
    return i == a + 1 && ds_ascii_tolower (t->p[t->len - 1]) != 's' && ds_ascii_tolower (t->p[t->len - 1]) != 'd' &&
           ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) != 0 &&
           s->toks[i + 1].type == TOK_WORD && !s->toks[i + 1].cap &&
           (_ds_tok_is (&s->toks[i + 1], "to") || !(s->toks[i + 1].flags & W_FUNCTION) ||
            _ds_tok_is_article (&s->toks[i + 1]) || (s->toks[i + 1].flags & W_DET));
  return t->len >= 4 && ds_ascii_tolower (t->p[t->len - 1]) == 's' &&
         strchr ("siu", ds_ascii_tolower (t->p[t->len - 2])) == NULL &&
         (_ds_tok_is (&s->toks[a], "a") || _ds_tok_is (&s->toks[a], "an") || _ds_tok_is (&s->toks[a], "each") ||
          _ds_tok_is (&s->toks[a], "every"));
}

/* "essay's", "state’s": a word in "'s". */
static gboolean
possessive (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= 3 && ds_ascii_tolower (t->p[t->len - 1]) == 's' &&
         (t->p[t->len - 2] == '\'' || (t->len >= 5 && memcmp (t->p + t->len - 4, "\xE2\x80\x99", 3) == 0));
}

/* "the upstream dam at Rantaga began filling in 2009", "states comply
 * when …", "harga beras turun …": a subject and its verb before anything
 * that qualifies a noun (a relative, "bahwa", a comma, a bracket).
 * Returns the verb's token + 1 (an aux or a clause adverb's when it
 * comes first), or 0 when the text is no clause. */
static guint
note_clause (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e)
{
  gboolean noun = FALSE;

  for (guint i = a; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type == TOK_PUNCT || (t->flags & (W_RELATIVE | W_THAT)) ||
          _ds_phrase_at (ctx, s, i, PL_GLOSS_RELATIVE) > 0)
        return 0;
      /* "bendungan hulu mulai diisi", "states can comply": an aux or a
       * word of the list clause_adverb after a noun is a clause's. */
      if (noun && ((t->flags & W_AUX) || _ds_phrase_at (ctx, s, i, PL_CLAUSE_ADVERB) > 0))
        return i + 1;
      /* "the steps an intruder takes", "the fish each state may land":
       * an article or a determiner right after a noun opens a relative
       * without "that". */
      if (ctx->english && noun && (_ds_tok_is_article (t) || (t->flags & W_DET)) && _ds_tok_nounish (&s->toks[i - 1]))
        return 0;
      /* ("farmers crossed downstream": after a noun, a participle
       * before a noun is the clause's verb still.) */
      /* ("a shipped essay's claims": after a possessive, a noun.) */
      if (noun && possessive (&s->toks[i - 1]))
        continue;
      if (t->verb && noun && !(s->toks[i - 1].flags & (W_PREP | W_DET | W_COUNT)) &&
          (!participle_before_noun (s, i, e) || _ds_tok_nounish (&s->toks[i - 1])))
        return clause_verb (ctx, s, a, i, e) ? i + 1 : 0;
      if (ctx->english && noun && english_present (s, a, i, e))
        return i + 1;
      noun |= _ds_tok_nounish (t);
    }
  return 0;
}

/* "the upstream dam at Tarong", "ribuan petani", "Indonesia", "bendungan
 * itu": a subject that names one thing, a place or a crowd, where a
 * clause that explains a notion has a kind ("a country", "negara
 * korban", "weaker states"). */
static gboolean
specific_subject (const Sent *s,
                  guint       a,
                  guint       verb)
{
  if (a < verb && _ds_tok_is (&s->toks[a], "the") &&
      !(a + 1 < verb && (s->toks[a + 1].flags & W_SUPERLATIVE)))
    return TRUE;
  for (guint k = a; k < verb; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_NUMBER || (t->flags & (W_COUNTRY | W_ANAPHOR | W_MAGNITUDE)) ||
          (k > a && t->cap && !_ds_tok_is_acronym (t)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the clause [@a, @e), its verb at @verb - 1, explains a notion
 * in the timeless present ("a country gets others to want what it wants
 * through attraction", "negara korban menunjuk pelaku serangan secara
 * resmi") rather than telling what happened or how things stand ("the
 * upstream dam began filling in 2012", "ribuan petani menyeberang …",
 * "bendungan hulu sudah diisi"): no year, month or figure, no word of
 * the list status_word, no English past ("began", "crossed"), a subject
 * that names a kind. */
static gboolean
note_explains (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       verb,
               guint       e)
{
  const Tok *v = &s->toks[verb - 1];
  g_autofree char *base = NULL;

  for (guint k = a; k < e; k++)
    if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_MONTH) ||
        _ds_phrase_at (ctx, s, k, PL_STATUS_WORD) > 0)
      return FALSE;
  if (specific_subject (s, a, verb - 1))
    return FALSE;
  /* "began", "crossed": a past form, which the list verb_base turns
   * into another word. */
  if (ctx->english && v->type == TOK_WORD && !(v->flags & W_AUX))
    {
      base = _ds_lexicon_rewrite (ctx, v, "verb_base");
      return strlen (base) == v->len && ds_ascii_strncasecmp (base, v->p, v->len) == 0;
    }
  return TRUE;
}

/* Whether the token is a verb: one the lexicon knows, or an English
 * past form or a word the list verb_base has ("set", "met", "banned"). */
static gboolean
verbal (Ctx       *ctx,
        const Tok *t)
{
  g_autofree char *base = NULL;

  if (t->type != TOK_WORD || t->cap)
    return FALSE;
  if (t->verb)
    return TRUE;
  if (!ctx->english)
    return FALSE;
  if (_ds_lexicon_other_forms (ctx, t, "verb_base") != NULL)
    return TRUE;
  base = _ds_lexicon_rewrite (ctx, t, "verb_base");
  return strlen (base) != t->len || ds_ascii_strncasecmp (base, t->p, t->len) != 0;
}

/* "set up between Washington and Moscow in 1963", "the two leaders nearly
 * agreed to scrap all missiles in 1986", "enam negara menandatangani
 * perjanjian pada 1951": a year and a verb, with no relative before the
 * verb and no indefinite article ("a treaty signed in 1987 …") or
 * "sebuah" opening the text: what happened, and when. */
static gboolean
note_dated_event (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       e)
{
  gboolean year = FALSE, verb = FALSE;

  if (_ds_phrase_at (ctx, s, a, PL_INDEFINITE) > 0 || _ds_tok_is (&s->toks[a], "a") ||
      _ds_tok_is (&s->toks[a], "an"))
    return FALSE;
  /* Most notes hold no year: no word of them needs looking up. */
  for (guint k = a; k < e && !year; k++)
    year = _ds_tok_is_year (&s->toks[k]);
  if (!year)
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_year (t))
        continue;
      if (!verb && ((t->flags & (W_RELATIVE | W_THAT)) || _ds_phrase_at (ctx, s, k, PL_GLOSS_RELATIVE) > 0))
        return FALSE;
      if (!verb)
        verb = verbal (ctx, t);
    }
  return verb;
}

gboolean
_ds_note_status (const Sent *s,
                 guint       a)
{
  return note_status (s, a, _ds_body_end (s));
}

/* "states seek power", "navies guard trade": an English plural that
 * opens the text, then a plain word (no "-s", "-ing" or "-ed" of its
 * own) and a lower-case content word, an article or "to": a subject and
 * its verb, though the lexicon may know neither as such. */
static gboolean
plural_subject_verb (const Sent *s,
                     guint       a,
                     guint       b)
{
  const Tok *n = &s->toks[a], *v = &s->toks[a + 1], *o = &s->toks[a + 2];

  return n->type == TOK_WORD && n->len > 3 && ds_ascii_tolower (n->p[n->len - 1]) == 's' &&
         ds_ascii_tolower (n->p[n->len - 2]) != 's' && !(n->flags & W_FUNCTION) &&
         v->type == TOK_WORD && !v->cap && v->len >= 3 && !(v->flags & W_FUNCTION) &&
         ds_ascii_tolower (v->p[v->len - 1]) != 's' &&
         /* ("need", "feed": no past.) */
         (ds_ascii_strncasecmp (v->p + v->len - 2, "ed", 2) != 0 || ds_ascii_strncasecmp (v->p + v->len - 3, "eed", 3) == 0) &&
         ds_ascii_strncasecmp (v->p + v->len - 3, "ing", 3) != 0 &&
         o->type == TOK_WORD && !o->cap &&
         (!(o->flags & W_FUNCTION) || _ds_tok_is_article (o) || (o->flags & W_DET) || _ds_tok_is (o, "to"));
}

/* "security comes first", "trade follows the flag": after a noun, an
 * English word in "-s" that no "of" follows is the clause's verb. */
static gboolean
singular_verb (const Sent *s,
               guint       k,
               guint       e)
{
  const Tok *t = &s->toks[k];

  return t->type == TOK_WORD && !t->cap && t->len >= 4 && !(t->flags & W_FUNCTION) &&
         ds_ascii_tolower (t->p[t->len - 1]) == 's' && strchr ("su", ds_ascii_tolower (t->p[t->len - 2])) == NULL &&
         k + 1 < e && !_ds_tok_is (&s->toks[k + 1], "of");
}

/* "- states seek power — security comes first", "- negara mencari
 * kesejahteraan — kedaulatan bisa dibagi": a handout's line that says
 * a claim in two clauses joined by a dash; the head [@a, @b) is a
 * subject and its verb, no term the clause from @body on defines
 * ("- arms control regimes — treaties that cap …" stays a gloss). */
gboolean
_ds_note_head_clause (Ctx        *ctx,
                      const Sent *s,
                      guint       a,
                      guint       b,
                      guint       body)
{
  guint e = _ds_body_end (s);
  gboolean verb = FALSE;

  if (b < a + 3 || body + 1 >= e)
    return FALSE;
  /* The text is a clause too: a verb after its first noun, before any
   * relative ("treaties that cap …" is a noun phrase). */
  for (guint k = body + 1; k < e && k < body + 6 && !verb; k++)
    {
      if ((s->toks[k].flags & (W_RELATIVE | W_THAT)) || s->toks[k].type == TOK_PUNCT)
        break;
      verb = (s->toks[k].verb || (s->toks[k].flags & W_AUX) || (ctx->english && singular_verb (s, k, e))) &&
             _ds_tok_nounish (&s->toks[k - 1]);
    }
  if (!verb && !(ctx->english && e >= body + 3 && plural_subject_verb (s, body, e)))
    return FALSE;
  return note_clause (ctx, s, a, b) > 0 || (ctx->english && plural_subject_verb (s, a, b));
}

/* "Soft power", "kedaulatan siber": a head that names a notion, not a
 * country, a place or a body ("Nepal", "Mekong River Commission"): no
 * country's name, no capital after its first word but an acronym's. */
static gboolean
notion_head (const Sent *s,
             guint       ha,
             guint       hb)
{
  for (guint k = ha; k < hb; k++)
    if ((s->toks[k].flags & W_COUNTRY) ||
        (k > ha && s->toks[k].cap && s->toks[k].type == TOK_WORD && !_ds_tok_is_acronym (&s->toks[k])))
      return FALSE;
  return hb > ha;
}

/* Words before the participle of a reduced relative, at most. */
#define REDUCED_RELATIVE_MAX_NOUNS 3

/* "diplomacy directed at …", "cyber norms agreed by …": one to three
 * nouns in lower case from @a, then a participle in "-ed" and a
 * preposition. */
static gboolean
reduced_relative (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       e)
{
  guint k = a;
  const Tok *v;

  while (k < e && k < a + REDUCED_RELATIVE_MAX_NOUNS && s->toks[k].type == TOK_WORD && !s->toks[k].cap &&
         _ds_tok_nounish (&s->toks[k]))
    k++;
  if (k == a || k + 1 >= e)
    return FALSE;
  v = &s->toks[k];
  return v->type == TOK_WORD && !v->cap && v->len > 4 && ds_ascii_strncasecmp (v->p + v->len - 2, "ed", 2) == 0 &&
         verbal (ctx, v) && (s->toks[k + 1].flags & W_PREP);
}

/* "Toolbox: attribution is a sovereign decision of each member state",
 * "Ekonomi digital: data adalah komoditas baru": a clause whose verb is a
 * copula (phrase list note_copula: "is", "adalah", "merupakan") says what
 * its own subject is, a claim under the head, and glosses the head only
 * where that subject repeats the head's first word. [@a, @verb) is the
 * clause up to its verb. */
static gboolean
copula_of_other (Ctx        *ctx,
                 const Sent *s,
                 guint       ha,
                 guint       hb,
                 guint       a,
                 guint       verb)
{
  if (hb <= ha || verb <= a + 1 || _ds_phrase_at (ctx, s, verb - 1, PL_NOTE_COPULA) != 1)
    return FALSE;
  /* ("Political: whether leaders are willing …": a subject of plain
   * words, no subordinator (phrase list definition_subordinator) before
   * it.) */
  for (guint k = a; k + 1 < verb; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_FUNCTION | W_CLAUSE | W_THAT | W_RELATIVE | W_QUESTION)) ||
        _ds_phrase_at (ctx, s, k, PL_DEFINITION_SUBORDINATOR) > 0)
      return FALSE;
  for (guint k = a; k + 1 < verb; k++)
    if (s->toks[k].type == TOK_WORD && s->toks[k].len == s->toks[ha].len &&
        ds_ascii_strncasecmp (s->toks[k].p, s->toks[ha].p, s->toks[ha].len) == 0)
      return FALSE;
  return TRUE;
}

/* "Tallinn Manual = influential but non-binding", "Piagam Laut Banda:
 * populer tetapi ompong", "OST = foundation, but built for a
 * state-centred era": a word or two, then "but" (the phrase list
 * defs_but_qualifier) and one word to the text's end or bracket, or
 * after a comma anything, judge the head; they name no class it belongs
 * to ("non-binding but influential norms" does). */
static gboolean
note_verdict (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e)
{
  for (guint k = a + 1; k < e && k <= a + 3; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_DEFS_BUT_QUALIFIER), end = k + n;

      if (n == 0)
        continue;
      while (end < e && !_ds_tok_is_punct (&s->toks[end], '('))
        end++;
      if (_ds_tok_is_punct (&s->toks[k - 1], ','))
        return _ds_count_words (s, a, k) <= 2;
      return _ds_count_words (s, a, k) <= 2 && _ds_count_words (s, k + n, end) == 1;
    }
  return FALSE;
}

/* "pola: dekat dgn G77 di isu …", "OKI → solid di isu Palestina",
 * "Estonia: vocal on …": from token @a of a note line after its label,
 * an adjective (a word ranking it perhaps before it) and its preposition
 * say what the label is like; no noun phrase that glosses it as a
 * term. */
gboolean
_ds_note_property (Ctx        *ctx,
                   const Sent *s,
                   guint       a)
{
  if (a + 1 >= s->n || s->toks[a].type != TOK_WORD || s->toks[a].cap)
    return FALSE;
  if ((s->toks[a].flags & W_ADV) || _ds_phrase_at (ctx, s, a, PL_DEGREE_WORD) == 1)
    a++;
  /* ("diplomasi baru: terbuka, diawasi publik": adjectives alone, no
   * complement, may sum a notion up; "bagian dari HI yang …" is a noun.) */
  return a + 1 < s->n && ((_ds_phrase_at (ctx, s, a, PL_ADJECTIVE) == 1 && (s->toks[a + 1].flags & W_PREP)) ||
                          _ds_phrase_at (ctx, s, a, PL_PREDICATE_ADJECTIVE) > 0);
}

/**
 * _ds_note_glosses:
 *
 * Whether the text of a note line "<Head>: <text>", "<Head> – <text>"
 * (the head is [@ha, @hb)) from token @a on glosses its head: a noun
 * phrase naming a class ("Soft law: norms that are not legally binding
 * …"), or a clause that explains a notion in the timeless present ("Soft
 * power – a country gets others to want what it wants through
 * attraction"; *@clause is then TRUE); not a status ("Malawi: signed
 * 2011"), a clause that tells what happened ("Hydropower – the dam began
 * filling in 2009") or a label of its own ("Drought – why it mattered:
 * …"). Whether the lines around a clause let it define is the caller's
 * question (_ds_note_lines_explain()).
 */
gboolean
_ds_note_glosses (Ctx        *ctx,
                  const Sent *s,
                  guint       ha,
                  guint       hb,
                  guint       a,
                  gboolean   *clause)
{
  guint e, verb;

  /* ("… negara lain (Schmitt 2017)": the source's year is no date of
   * what the text tells.) */
  e = _ds_citation_start (s, a, _ds_body_end (s));
  *clause = FALSE;
  /* "mulai diisi pada 2012", "was set up in 1995": a text that opens
   * with a word of the list status_word tells what became of the head. */
  if (a >= e || note_sublabel (s, a, e) || note_status (s, a, e) || _ds_phrase_at (ctx, s, a, PL_STATUS_WORD) > 0 ||
      (s->has_digit && note_dated_event (ctx, s, a, e)) || note_verdict (ctx, s, a, e))
    return FALSE;
  /* "Organisasi internasional: dibentuk oleh …", "NGO: founded by
   * …": a text that opens on a passive verb tells how the head came
   * about, not what it is. */
  if (s->toks[a].type == TOK_WORD && s->toks[a].verb && !s->toks[a].cap && _ds_passive_verb (&s->toks[a], ctx->english) &&
      /* ("numbered sub-headings …": a participle before its noun.) */
      (!ctx->english || (a + 1 < e && (s->toks[a + 1].flags & W_PREP))))
    return FALSE;
  /* "Techplomacy = diplomacy directed at technology companies": after an
   * equals sign, a noun (and a word or two of it) in lower case and an
   * English participle before its preposition are a noun phrase, its
   * relative cut short, no clause that tells what happened. */
  if (ctx->english && a > 0 && _ds_tok_is_punct (&s->toks[a - 1], '=') && reduced_relative (ctx, s, a, e))
    return TRUE;
  /* ("Kerja sama: kepercayaan adalah modal …": a noun and its cue, where
   * the tagger knows no verb.) */
  for (guint k = a + 1; k < e && k < a + 4 && s->toks[k - 1].type == TOK_WORD && !(s->toks[k - 1].flags & W_FUNCTION); k++)
    if (copula_of_other (ctx, s, ha, hb, a, k + 1))
      return FALSE;
  if ((verb = note_clause (ctx, s, a, e)) == 0)
    return TRUE;
  *clause = TRUE;
  return notion_head (s, ha, hb) && note_explains (ctx, s, a, verb, e) && !copula_of_other (ctx, s, ha, hb, a, verb);
}

/* "Def.", "Definisi:": what opens a definition in notes, before its
 * term; the tokens it takes. */
static guint
note_def_marker (Ctx        *ctx,
                 const Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_NOTE_DEFINITION);

  if (n > 0 && n < s->n && (_ds_tok_is_punct (&s->toks[n], '.') || _ds_tok_is_punct (&s->toks[n], ':')))
    n++;
  return n;
}

/**
 * _ds_note_gloss_head:
 *
 * "Suaka = perlindungan yang …", "Def. non-refoulement = the ban on …",
 * "Soft law: norms that …": a note line that opens with a short term, an
 * equals sign or a colon, and a gloss of the term.
 *
 * Returns: the separator's token (the term is [*@a, separator)), or 0
 */
guint
_ds_note_gloss_head (Ctx        *ctx,
                     const Sent *s,
                     guint      *a,
                     gboolean   *clause)
{
  guint e = _ds_body_end (s), k;

  *a = note_def_marker (ctx, s);
  for (k = *a; k < e && k < *a + 6 && s->toks[k].type == TOK_WORD && !s->toks[k].verb; k++)
    ;
  if (k == *a || k + 3 >= e || !(_ds_tok_is_punct (&s->toks[k], '=') || _ds_tok_is_punct (&s->toks[k], ':')) ||
      s->toks[k + 1].cap || !_ds_term_usable (s, *a, k) || _ds_note_property (ctx, s, k + 1) ||
      !_ds_note_glosses (ctx, s, *a, k, k + 1, clause) ||
      (*clause && !_ds_note_lines_explain (ctx, s->block)) ||
      (s->toks[k + 1].flags & (W_PREP | W_CONJ | W_CONNECTIVE | W_PRONOUN | W_ANAPHOR)))
    return 0;
  return k;
}

/* "Suaka = perlindungan yang diberikan …", "Def. equitable use = each
 * state's fair share of …": a term defined in notes by an equals sign. */
void
_ds_find_equals_gloss (Ctx  *ctx,
                       Sent *s)
{
  guint a, eq;
  gboolean clause;

  if (!s->first || (eq = _ds_note_gloss_head (ctx, s, &a, &clause)) == 0 || !_ds_tok_is_punct (&s->toks[eq], '=') ||
      _ds_toks_any_used (s, a, _ds_body_end (s)))
    return;
  commit_gloss_cue (ctx, s, _ds_phrase_dup (s, a, eq, TRUE), a, eq, eq + 1, _ds_body_end (s),
                    clause ? "definition_cue_clause" : "definition_cue");
}

/* "Peran Pemerintah Daerah" over "Penghubung antara pusat dan warga
 * …", "The Role of the Governor" over "A link between …": the line
 * answers what the heading asks ("Apa peran pemerintah daerah?", "What
 * is the role of the governor?"). Always TRUE: the heading is no term. */
static gboolean
heading_of_fact (Ctx        *ctx,
                 Sent       *s,
                 const Sent *h,
                 guint       e)
{
  /* The word that names the role goes to lower case; what it is of is
   * often a name the essay writes nowhere else ("Pusat Keunggulan
   * Helsinki") and keeps the heading's capitals. */
  g_autofree char *heading = _ds_toks_dup (h, _ds_tok_is_article (&h->toks[0]), h->n);
  const Tok *head = &h->toks[_ds_tok_is_article (&h->toks[0])];
  gboolean plural = ctx->english && head->len > 2 && head->p[head->len - 1] == 's';
  DsClaim *claim;

  if (_ds_toks_any_used (s, 0, e))
    return TRUE;
  if (g_ascii_isupper (heading[0]) && !ds_utf8_all_capitals (head->p, head->len))
    heading[0] = ds_ascii_tolower (heading[0]);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, 0, e);
  claim->question = ds_lang_expand (ctx->lang, plural ? "question_heading_of_plural" : "question_heading_of",
                                    "heading", heading, NULL);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* "Lembaga yang mengelola …", "Izin tinggal yang …": a noun and a word
 * or two, then a relative that qualifies them. */
static gboolean
noun_before_relative (Ctx        *ctx,
                      const Sent *s,
                      guint       a)
{
  if (s->n < a + 3 || !_ds_tok_nounish (&s->toks[a]))
    return FALSE;
  for (guint k = a + 1; k < s->n && k <= a + 3; k++)
    {
      if ((s->toks[k].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, k, PL_GLOSS_RELATIVE) > 0)
        return TRUE;
      if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & W_FUNCTION))
        return FALSE;
    }
  return FALSE;
}

/* "Apa itu Program Beasiswa Diplomat Muda?" over "Program ini adalah
 * beasiswa …", "What is the Reef Fund?" over "It is a pool …", "The
 * fund is a pool …": an answer whose subject stands for the question's
 * term [@a, @b) of @q — "it", "ia", or a noun of the term with a
 * demonstrative ("program ini", "this programme") or the article —
 * and then a copula (adalah, merupakan, is); where its gloss starts,
 * past the copula and an English article's noun phrase; 0 when it opens
 * no such way. */
static guint
answer_subject_end (Ctx        *ctx,
                    const Sent *s,
                    const Sent *q,
                    guint       a,
                    guint       b)
{
  guint k = 0;
  const Tok *t = &s->toks[0];

  if (s->n < 4 || t->type != TOK_WORD)
    return 0;
  if (_ds_tok_is (t, "it") || _ds_tok_is (t, "ia"))
    k = 1;
  else
    {
      const Tok *noun = NULL;

      /* "This programme", "The fund"; "Program ini", "Dana tersebut". */
      if (ctx->english && ((t->flags & W_ANAPHOR) || _ds_tok_is_article (t)) && s->toks[1].type == TOK_WORD)
        noun = &s->toks[1];
      else if (!ctx->english && (s->toks[1].flags & W_ANAPHOR))
        noun = t;
      if (noun == NULL)
        return 0;
      for (guint i = a; i < b && k == 0; i++)
        if (q->toks[i].type == TOK_WORD && q->toks[i].len == noun->len &&
            ds_ascii_strncasecmp (q->toks[i].p, noun->p, noun->len) == 0)
          k = 2;
    }
  if (k == 0 || k >= s->n || !(s->toks[k].flags & W_CUE_DEF) || s->toks[k].type != TOK_WORD)
    return 0;
  return k + 1;
}

/* "Tanya: Apa itu bank tanah? / Jawab: Lembaga yang …", "Q: What is a
 * land bank? / A: A body that …", "## Apa itu bank tanah?": a question
 * over the paragraph (an FAQ's question is its heading) that asks what
 * a term is (an opener of the list question_what_is, the term, "?"),
 * answered by a noun phrase that glosses it. */
gboolean
_ds_find_answer_gloss (Ctx  *ctx,
                       Sent *s)
{
  Sent q;
  guint a, b, from, e = _ds_body_end (s);
  gsize len = ctx->topic != NULL ? strlen (ctx->topic) : 0;
  DsClaim *def;

  if (len < 6 || ctx->topic[len - 1] != '?' || e < 3 || _ds_toks_any_used (s, 0, e))
    return FALSE;
  _ds_text_tokenize (ctx, ctx->topic, &q);
  a = _ds_phrase_at (ctx, &q, 0, PL_QUESTION_WHAT_IS);
  if (a == 0 || a >= q.n)
    return FALSE;
  if (a + 1 < q.n && _ds_tok_is_article (&q.toks[a]))
    a++;
  for (b = a; b < q.n && q.toks[b].type != TOK_PUNCT; b++)
    ;
  if (b == a || b - a > 6 || b + 1 != q.n || !_ds_tok_is_punct (&q.toks[b], '?') || !_ds_term_usable (&q, a, b))
    return FALSE;
  from = answer_subject_end (ctx, s, &q, a, b);
  if (!(_ds_gloss_from (ctx, s, from) || (!ctx->english && noun_before_relative (ctx, s, from))))
    return FALSE;
  def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  def->subject = _ds_phrase_dup (&q, a, b, TRUE);
  def->body = _ds_toks_dup (s, from, e);
  def->cue = g_strdup (ds_lang_get_template (ctx->lang, "definition_cue"));
  if ((def->attribution = label_scholar (ctx, s)) != NULL)
    def->rule = DS_CLAIM_RULE_ATTRIBUTED;
  def->key_start = _ds_sent_char_at (s, s->toks[from].p);
  def->key_end = _ds_sent_char_at (s, s->toks[e - 1].p + s->toks[e - 1].len);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, def);
  return TRUE;
}

/* "Mediation" over "Brings the parties to one table …", "Mediasi"
 * over "Mempertemukan para pihak …": a line that opens on the verb of
 * what the headword does, with no subject of its own (the headword is
 * its subject). English: a verb in "-s" before an article or a
 * determiner ("Brings the", "Sends a"), or a known verb in "-s"; not a
 * past or a gerund. Indonesian: a "me-" verb ("Berikut ini …" opens
 * no gloss). */
static gboolean
verb_led_gloss (Ctx        *ctx,
                const Sent *s,
                guint       i,
                guint       e)
{
  const Tok *t = &s->toks[i];
  const char *end = t->p + t->len;

  if (e < i + 4 || s->question || t->type != TOK_WORD || (i == 0 && !t->cap) || t->len < 4 ||
      ds_utf8_all_capitals (t->p, t->len) ||
      (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_DET | W_PREP | W_CONJ | W_ADV | W_CONNECTIVE | W_COUNT)))
    return FALSE;
  if (!ctx->english)
    return t->verb && s->toks[i + 1].type == TOK_WORD && t->len > 5 && ds_ascii_strncasecmp (t->p, "me", 2) == 0;
  /* ("Norway's closest partner …": a possessive, no verb in "-s".) */
  if (end[-1] != 's' || end[-2] == 's' || end[-2] == 'u' || end[-2] == 'i' || possessive (t) ||
      s->toks[i + 1].type != TOK_WORD)
    return FALSE;
  /* "Sends inspectors aboard …": its object may be a bare plural; a
   * plural subject would have a verb or a preposition after it ("Ports
   * across Asia …"). */
  /* "Operators read every message …": a word no class knows between the
   * plural and a determiner is the plural's own verb. */
  if (i + 2 < e && s->toks[i + 1].flags == 0 && !s->toks[i + 1].verb && !(t->flags & W_VERB) &&
      (_ds_tok_is_article (&s->toks[i + 2]) || (s->toks[i + 2].flags & W_DET)))
    return FALSE;
  return (_ds_tok_is_article (&s->toks[i + 1]) || (s->toks[i + 1].flags & W_DET)) ||
         (!s->toks[i + 1].verb && !s->toks[i + 1].cap &&
          ((t->flags & W_VERB) || (_ds_tok_nounish (&s->toks[i + 1]) && !(s->toks[i + 1].flags & W_PREP))));
}

/* Whether [@a, @e) of @s holds a year ("in 2014", "tahun 2001"). */
static gboolean
holds_year_in (const Sent *s,
               guint       a,
               guint       e)
{
  for (guint k = a; k < e; k++)
    if (_ds_tok_is_year (&s->toks[k]))
      return TRUE;
  return FALSE;
}

/* Where the line @s goes on after the headword @h it opens with as its
 * subject ("Track-two diplomacy brings …", "The track-two channel
 * …" after an article), before the body's end @e; 0 when it does not. */
static guint
repeats_heading (const Sent *s,
                 const Sent *h,
                 guint       e)
{
  guint a = 0, b = _ds_tok_is_article (&h->toks[0]) && h->n > 1 ? 1 : 0;

  if (h->n == 0)
    return 0;
  if (_ds_tok_is_article (&s->toks[0]))
    a = 1;
  if (a + h->n - b + 3 > e)
    return 0;
  for (guint k = b; k < h->n; k++)
    if (s->toks[a + k - b].len != h->toks[k].len ||
        ds_ascii_strncasecmp (s->toks[a + k - b].p, h->toks[k].p, h->toks[k].len) != 0)
      return 0;
  return a + h->n - b;
}

/* Whether the heading @h is a country's name and nothing else
 * ("Indonesia", "Korea Selatan": its words all in capitals). */
static gboolean
country_heading (const Sent *h)
{
  guint a = h->n > 1 && _ds_tok_is_article (&h->toks[0]) ? 1 : 0;

  if (!_ds_lexicon_is_country (h->toks, h->n, a) || h->n - a > 3)
    return FALSE;
  for (guint k = a; k < h->n; k++)
    if (!h->toks[k].cap)
      return FALSE;
  return TRUE;
}

/* "Digital identity" on its own line, then "A trusted electronic record
 * that …": the heading is the term, the gloss its definition. */
gboolean
_ds_find_headword_gloss (Ctx  *ctx,
                         Sent *s)
{
  Sent h = { 0 };
  const DsBlock *head = ds_essay_get_block (ctx->essay, s->block - 1);
  guint e = _ds_body_end (s), from, open = 0;
  gboolean led;
  DsClaim *def;

  /* The headword is the heading right above, or a short line of its own
   * that ends in a colon ("Data trust:"). */
  if (head->number != 0 || (head->kind != DS_BLOCK_HEADING && head->kind != DS_BLOCK_PARAGRAPH))
    return FALSE;
  h.p = ctx->text + head->content_byte_start;
  h.end = ctx->text + head->byte_end;
  while (h.end > h.p && (h.end[-1] == ' ' || h.end[-1] == '\n'))
    h.end--;
  if (head->kind == DS_BLOCK_PARAGRAPH && (h.end - h.p > 60 || h.end == h.p || h.end[-1] != ':'))
    return FALSE;
  if (head->kind == DS_BLOCK_PARAGRAPH)
    h.end--;
  /* "Parlemen Andes berkedudukan di Bogota" under "Sejarah": a line that
   * opens on a name speaks of that name, it glosses no heading; "##
   * Outcomes" over "Most applicants withdrew before the vote.": a clause
   * under a heading is prose, no gloss of it. */
  if (s->n > 1 && s->toks[0].cap && s->toks[1].cap && s->toks[1].type == TOK_WORD)
    return FALSE;
  /* "## Perbandingan kawasan" over "Malaysia unggul dibanding …": a
   * line that opens on a country says what it does, no gloss. */
  if (s->toks[0].flags & W_COUNTRY)
    return FALSE;
  /* "Definisi kerja yang dirumuskan … adalah …", "The working definition
   * adopted by … is …": a source's definition of the heading, which
   * _ds_find_sourced_definition() asks; no gloss itself. */
  {
    guint i = ctx->english && _ds_tok_is_article (&s->toks[0]) ? 1 : 0;

    i += ctx->english && _ds_phrase_at (ctx, s, i, PL_DEFS_FORMULATION_KIND) == 1;
    if (_ds_phrase_at (ctx, s, i, PL_DEFS_FORMULATION_NOUN) > 0 && (s->flags & W_CUE_DEF))
      return FALSE;
  }
  _ds_sent_tokenize_aside (ctx, &h);
  /* "Computer emergency response team (CERT)": the acronym is no part
   * of the term asked. */
  if (h.n > 3 && _ds_tok_is_punct (&h.toks[h.n - 1], ')') && _ds_tok_is_punct (&h.toks[h.n - 3], '('))
    h.n -= 3;
  /* "## Track-two diplomacy" over "Track-two diplomacy brings together
   * …", "## Diplomasi jalur kedua" over "Diplomasi jalur kedua
   * mempertemukan …": the line names the headword as its subject, then
   * its verb; the predicate is the gloss. */
  from = repeats_heading (s, &h, e);
  /* "## Diplomasi publik" over "Merupakan upaya …", "Sebuah upaya …",
   * "Refers to the efforts …": a copula, a cue or an indefinite that
   * opens the gloss (the phrase list defs_heading_gloss_opener) is no
   * part of it. */
  if (from == 0 && (open = _ds_phrase_at (ctx, s, 0, PL_DEFS_HEADING_GLOSS_OPENER)) > 0 && open + 3 < e)
    {
      /* "Merupakan salah satu isu terpenting …": a rank, no gloss. */
      if (picks_out (ctx, s, open, e) || (s->toks[open].flags & (W_QUANT | W_COUNT | W_PRONOUN | W_ANAPHOR)) ||
          _ds_phrase_at (ctx, s, open, PL_PARTITIVE) > 0)
        return FALSE;
      from = open;
    }
  else
    open = 0;
  led = open == 0 && verb_led_gloss (ctx, s, from, e);
  /* With the headword as its subject the line may say anything of it
   * ("Public diplomacy requires large budgets"): only a verb of how the
   * thing works (the phrase list defs5_heading_verb) glosses it, and
   * no year. */
  if (from > 0 && led && (_ds_phrase_at (ctx, s, from, PL_DEFS5_HEADING_VERB) == 0 || holds_year_in (s, from, e)))
    return FALSE;
  if (!(led || (from == open && noun_phrase_gloss_from (ctx, s, open))) || (!led && note_clause (ctx, s, open, e) > 0))
    return FALSE;
  /* "## Respons diplomatik" over "Instrumen utama yang dipakai … adalah
   * nota protes": a copula past the noun and its relative makes the
   * line a statement of its own subject, no gloss of the heading (an
   * Indonesian relative holds no "adalah"). */
  if (!led && !ctx->english)
    for (guint k = from + 1; k < e; k++)
      if ((s->toks[k].flags & W_CUE_DEF) && _ds_phrase_at (ctx, s, k, PL_DEFS_HEADING_GLOSS_OPENER) == 1 &&
          !_ds_tok_is (&s->toks[k], "yaitu") && !_ds_tok_is (&s->toks[k], "yakni") && !_ds_tok_is (&s->toks[k], "berarti"))
        return FALSE;
  /* "Simpulan", "Conclusion": the essay's conclusion starts below, no
   * definition of the word. */
  if (h.n == 0 || h.n > 6 || h.question || !_ds_term_usable (&h, 0, h.n) ||
      _ds_phrase_at (ctx, &h, 0, PL_GENERIC_SECTION) == h.n ||
      /* "## Indonesia" over "Indonesia uses its democracy as …": a
       * country's section says what it does; its name is no term. */
      country_heading (&h) ||
      /* "Konvensi Minamata dan Konvensi Stockholm": two names, no term. */
      _ds_joins_two_names (&h, 0, h.n) ||
      /* "Peran Pemerintah Daerah", "Challenges of Twinning": a heading
       * that names a role, a task or a problem of something (the phrase
       * list heading_of) heads what the section says of it; it is no
       * term the text defines ("Ancaman Hibrida" may be one). */
      /* "Kewenangan", "Powers" alone: of what the section says. */
      (_ds_phrase_at (ctx, &h, _ds_tok_is_article (&h.toks[0]) && h.n > 1, PL_HEADING_OF) > 0 &&
       (h.n == 1 || heading_of_fact (ctx, s, &h, e))) ||
      /* "Scholars distinguish three types:": a line that leads into a
       * list glosses nothing. */
      _ds_tok_is_punct (&s->toks[s->n - 1], ':') ||
      _ds_phrase_at (ctx, &h, 0, PL_CONCLUSION_HEADING) == h.n ||
      _ds_phrase_at (ctx, &h, 0, PL_ACCOUNT_HEADING) == h.n ||
      _ds_phrase_at (ctx, &h, 0, PL_LINE_LABEL) == h.n)
    return FALSE;
  /* "## Enforcement" over "The dispute starts when …", "## Data" over
   * "Small island agencies share their records …": an English gloss
   * names the heading's class with "a", "an" or a count, or an activity
   * by its gerund and its object ("Opening an account …", not "Cooking
   * oil prices rose …"); a definite or a bare noun opens a clause about
   * something else, unless a cue opened the gloss ("Refers to the …"). */
  if (!led && open == 0 && ctx->english && head->kind == DS_BLOCK_HEADING && s->toks[open].type == TOK_WORD &&
      !(s->toks[open].flags & W_COUNT) &&
      !(s->toks[open].len > 5 && ds_ascii_strncasecmp (s->toks[open].p + s->toks[open].len - 3, "ing", 3) == 0 &&
        s->n > open + 1 && (s->toks[open + 1].flags & (W_DET | W_PREP))) &&
      !_ds_tok_is (&s->toks[open], "a") && !_ds_tok_is (&s->toks[open], "an"))
    return FALSE;
  /* "Co-hosting", "Peacekeeping": an English gerund names an activity. */
  for (guint k = 0; k < h.n; k++)
    if ((h.toks[k].verb && !(ctx->english && k + 1 == h.n && activity_verb (&h.toks[k]))) ||
        h.toks[k].type == TOK_NUMBER)
      return FALSE;
  def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  /* "Twin Cities": a heading's title case is no name's. */
  if (head->kind == DS_BLOCK_HEADING)
    {
      g_autofree char *written = _ds_toks_dup (&h, 0, h.n);

      def->subject = _ds_heading_phrase (ctx, written, NULL);
    }
  else
    def->subject = _ds_phrase_dup (&h, 0, h.n, TRUE);
  def->body = _ds_phrase_dup (s, from, e, TRUE);
  /* "Mediation brings the parties …": a verb-led gloss is the term's
   * predicate, with no "is" before it. */
  def->cue = g_strdup (led ? "" : ds_lang_get_template (ctx->lang, "definition_cue"));
  def->key_start = _ds_sent_char_at (s, s->toks[from].p);
  def->key_end = _ds_sent_char_at (s, s->toks[from].p + s->toks[from].len);
  /* "## Sanctions" over "A firm that joins a cartel can be fined up to
   * 25 percent …": a line the gate keeps from glossing the heading (a
   * penalty and its measure) keeps its words for the sentence's other
   * claims, its figure first. */
  if (!_ds_claim_commit (ctx, def))
    return FALSE;
  /* "It was first offered in 2002." below the gloss speaks of the term. */
  g_free (ctx->subject);
  ctx->subject = g_strdup (def->subject);
  ctx->subject_kept = TRUE;
  _ds_toks_mark_used (s, 0, e);
  return TRUE;
}

/* "**Inquiry.** Sends a neutral commission …", "**Konsiliasi.**
 * Membentuk komisi …", "**Conciliation.** A procedure in which …": a
 * paragraph that opens with a bold label closed by a full stop, then a
 * gloss of it (a noun phrase, or the label's own verb). Not a generic
 * label ("Catatan", "Main point", "Background"), not a statement under
 * it. (The tokenizer drops the asterisks: the label is found in the
 * text.) */
gboolean
_ds_find_label_gloss (Ctx  *ctx,
                      Sent *s)
{
  const char *close;
  guint e = _ds_body_end (s), a = 0, b, g;
  gboolean led;
  DsClaim *def;

  if (s->end - s->p < 8 || s->p[1] != '*' || (close = g_strstr_len (s->p + 2, MIN (s->end - s->p - 2, 60), "**")) == NULL ||
      !(close[-1] == '.' || close[2] == '.'))
    return FALSE;
  for (g = 0; g < e && s->toks[g].p < close; g++)
    ;
  for (b = g; b > 0 && s->toks[b - 1].type == TOK_PUNCT; b--)
    ;
  while (g < e && s->toks[g].type == TOK_PUNCT)
    g++;
  if (b == a || b - a > 5 || g + 3 > e || !_ds_term_usable (s, a, b) || _ds_toks_any_used (s, 0, e))
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].verb && !(ctx->english && k + 1 == b && activity_verb (&s->toks[k]))) ||
        (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_COUNTRY | W_MONTH)) || _ds_tok_is_acronym (&s->toks[k]))
      return FALSE;
  if (_ds_phrase_at (ctx, s, a, PL_GENERIC_SECTION) == b - a ||
      _ds_phrase_at (ctx, s, a, PL_LINE_LABEL) == b - a ||
      _ds_phrase_at (ctx, s, a, PL_BODIES_GENERIC_LABEL) == b - a ||
      _ds_phrase_at (ctx, s, a, PL_CONCLUSION_HEADING) == b - a ||
      _ds_phrase_at (ctx, s, a, PL_HEADING_OF) > 0)
    return FALSE;
  /* "**Reach.** A note that once took three weeks … now takes a day",
   * "**Jangkauan.** Nota yang dulu …": a gloss that tells a change over
   * time (the phrase list gloss_narrative_time) is a story the label
   * heads, no meaning of it. */
  for (guint k = g; k < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_GLOSS_NARRATIVE_TIME) > 0)
      return FALSE;
  led = verb_led_gloss (ctx, s, g, e);
  /* ("Perintah yang menahan …": a head noun and its relative.) */
  if (!(led || noun_phrase_gloss_from (ctx, s, g) ||
        (_ds_tok_nounish (&s->toks[g]) && g + 1 < e &&
         ((s->toks[g + 1].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, g + 1, PL_GLOSS_RELATIVE) > 0))) ||
      (g + 1 < e && s->toks[g].cap && s->toks[g + 1].cap && s->toks[g + 1].type == TOK_WORD) ||
      (!led && note_clause (ctx, s, g, e) > 0) || _ds_tok_is_punct (&s->toks[s->n - 1], ':'))
    return FALSE;
  def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  def->subject = _ds_phrase_dup (s, a, b, TRUE);
  def->body = _ds_phrase_dup (s, g, e, TRUE);
  def->cue = g_strdup (led ? "" : _ds_definition_cue (ctx, def->subject));
  def->key_start = _ds_sent_char_at (s, s->toks[a].p);
  def->key_end = _ds_sent_char_at (s, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, def);
}

static guint name_joint (const Sent *s,
                         guint       i);

/* The name that opens @s and ends before the comma at @comma, in
 * capitals (and the words that join them: "of", "untuk"), bold or not:
 * [*a, *b), with "the" before it. */
static gboolean
opening_name (const Sent *s,
              guint       comma,
              guint      *a,
              guint      *b)
{
  guint i = 0, k;

  while (i < comma && s->toks[i].type == TOK_PUNCT && s->toks[i].ch == '*')
    i++;
  *a = i;
  for (k = comma; k > i && s->toks[k - 1].type == TOK_PUNCT && s->toks[k - 1].ch == '*'; k--)
    ;
  *b = k;
  if (_ds_tok_is (&s->toks[i], "the"))
    i++;
  if (k < i + 2 || k > i + 8 || !s->toks[k - 1].cap)
    return FALSE;
  for (; i < k; i++)
    if (s->toks[i].type != TOK_WORD || (!s->toks[i].cap && name_joint (s, i + 1) == 0))
      return FALSE;
  return TRUE;
}

/* "The Mekong River Commission, a body that coordinates …, was founded
 * …", "**The Helsinki Rules**, an instrument which …, were adopted …",
 * "Komisi Sungai Mekong, sebuah badan yang …, didirikan …": a named body
 * or instrument (the head noun is one of the phrase list
 * appositive_head) glossed between commas by an indefinite noun phrase
 * and what qualifies it. A person ("Thongloun, a veteran negotiator who
 * …") or a thing named in lower case ("The dam, a project that …") is
 * no such card. */
static void
named_appositive (Ctx  *ctx,
                  Sent *s,
                  guint e)
{
  guint comma = 2, close, a, b, head, n;

  gboolean notion = FALSE, that_clause = FALSE;

  while (comma < e && comma < 12 && !_ds_tok_is_punct (&s->toks[comma], ','))
    comma++;
  if (comma >= e || comma + 4 >= e)
    return;
  /* "The no-harm rule, a principle that forbids …, shapes …", "Prinsip
   * tanpa kerugian, sebuah asas yang melarang …, …": a term in lower
   * case, glossed by a notion's head (the phrase list defs4_notion_head:
   * a rule, a principle, a practice); "The dam, a project that …" names
   * one thing, no notion. */
  if (!opening_name (s, comma, &a, &b))
    {
      guint t = _ds_tok_is (&s->toks[0], "the");

      a = 0;
      b = comma;
      if (b <= t || b - t > 5 || !_ds_term_usable (s, t, b))
        return;
      /* ("Freedom of navigation", "pemanfaatan yang adil", "peace and
       * security", "equitable use": a word inside may be a preposition,
       * a relative or a conjunction, a word after the first a verb's
       * form.) */
      for (guint k = t; k < b; k++)
        if (s->toks[k].type != TOK_WORD && !(k > t && k + 1 < b && _ds_tok_is_punct (&s->toks[k], '-')))
          return;
        else if ((k > t && s->toks[k].cap) || (k == t && s->toks[k].verb) || _ds_tok_ends_nya (&s->toks[k]) ||
                 (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_CONNECTIVE | W_COUNT | W_COUNTRY)) ||
                 ((s->toks[k].flags & W_FUNCTION) &&
                  (k == t || k + 1 == b || !(s->toks[k].flags & (W_PREP | W_RELATIVE | W_CONJ)))))
          return;
      notion = TRUE;
    }
  if (_ds_lexicon_is_country (s->toks, s->n, a))
    return;
  n = _ds_phrase_at (ctx, s, comma + 1, PL_INDEFINITE);
  /* "Due diligence, the idea that states …, is contested", "Uji tuntas,
   * gagasan bahwa negara …, masih …": a notion glossed by the content
   * of an idea, its head right before "that"/"bahwa". */
  if (n == 0 && notion)
    {
      guint h;

      n = ctx->english ? 1 : 0;
      h = comma + 1 + n;
      /* ("The report, the view that …": one thing named, no notion.) */
      if ((ctx->english && (!_ds_tok_is (&s->toks[comma + 1], "the") || _ds_tok_is (&s->toks[0], "the"))) || h + 1 >= e ||
          _ds_phrase_at (ctx, s, h, PL_DEFS4_NOTION_HEAD) != 1 || !(s->toks[h + 1].flags & W_THAT))
        return;
      that_clause = TRUE;
    }
  else if (n != 1)
    return;
  for (head = comma + 1 + n; head < e && head < comma + 5 &&
                         _ds_phrase_at (ctx, s, head, notion ? PL_DEFS4_NOTION_HEAD : PL_APPOSITIVE_HEAD) == 0;
       head++)
    if (!_ds_tok_nounish (&s->toks[head]))
      return;
  for (close = head + 1; close < e && close < head + 25 && !_ds_tok_is_punct (&s->toks[close], ','); close++)
    ;
  if (head >= e || head >= comma + 5 || close >= e || close >= head + 25 || close < head + 3 ||
      !(s->toks[head + 1].flags & (that_clause ? W_THAT : W_RELATIVE)) || _ds_toks_any_used (s, a, close))
    return;
  /* (A notion is asked in lower case; Indonesian glosses it without
   * "sebuah".) */
  commit_gloss (ctx, s, _ds_phrase_dup (s, a, b, notion || !s->toks[a].cap || _ds_tok_is (&s->toks[a], "the")),
                a, b, comma + 1 + (notion && !ctx->english ? n : 0), close);
  /* "… was founded in 1995": what the sentence says of the name is a
   * claim of its own. */
  for (guint k = a; k < b; k++)
    s->toks[k].used = FALSE;
}

/* Whether the gloss at @g says what a notion is rather than naming
 * members of it: its first part, up to a comma, holds a verb, "to",
 * "untuk" or a relative ("the ability to combine naval, air and cyber
 * assets", "kemampuan menggabungkan kekuatan laut, …"; not "the economy,
 * the environment and …"). */
static gboolean
gloss_says_what (const Sent *s,
                 guint       g,
                 guint       e)
{
  for (guint k = g + 1; k < e && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & W_RELATIVE) || _ds_tok_is (&s->toks[k], "to") ||
        _ds_tok_is (&s->toks[k], "untuk"))
      return k >= g + 1;
  return FALSE;
}

/* Whether the label at @k stands inside a counted noun phrase ("dua
 * kelemahan konsep daya tarik, yaitu A dan B", "two flaws in the concept
 * of attraction, namely A and B"): what follows the comma are the
 * counted noun's items, not a gloss of the term. */
static gboolean
label_counted (const Sent *s,
               guint       k)
{
  for (guint j = k; j > 0 && k - j < 4; j--)
    {
      const Tok *t = &s->toks[j - 1];

      if (t->type == TOK_NUMBER || (t->flags & W_COUNT))
        return TRUE;
      if (t->type != TOK_WORD || t->verb || t->cap)
        return FALSE;
    }
  return FALSE;
}

/* The term that ends before the comma at @c as the object of what the
 * sentence does with it ("Small states prefer hedging, …", "rely on
 * collective deterrence, …", "memilih hedging, …"): lower-case words
 * of content, a known verb, a verb that adopts (the phrase list
 * adopt_verb) or a preposition before them; or one word
 * shaped as an abstract noun or a gerund right after the subject's verb
 * ("Asia prefer hedging"). Sets *@a. */
static gboolean
object_term (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint      *a)
{
  guint k = c;

  while (k > 0 && c - k < 4)
    {
      const Tok *t = &s->toks[k - 1];

      if (t->type != TOK_WORD || t->cap || t->verb || _ds_tok_ends_nya (t) ||
          (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_COUNT | W_QUANT | W_RELATIVE | W_THAT)) ||
          _ds_phrase_at (ctx, s, k - 1, PL_ADOPT_VERB) == 1)
        break;
      k--;
    }
  if (k == c || k == 0)
    return FALSE;
  if (s->toks[k - 1].type == TOK_WORD && !s->toks[k - 1].cap &&
      ((s->toks[k - 1].verb && !_ds_tok_ends_nya (&s->toks[k - 1])) ||
       _ds_phrase_at (ctx, s, k - 1, PL_ADOPT_VERB) == 1 ||
       ((s->toks[k - 1].flags & W_PREP) && !_ds_tok_is_article (&s->toks[k - 1]))))
    *a = k;
  else if (ctx->english && c >= 3 && (_ds_tok_common_noun_shape (ctx, &s->toks[c - 1]) || _ds_tok_ing_word (&s->toks[c - 1])) &&
           k == c - 2 && (s->toks[k - 1].cap || (s->toks[k - 1].flags & W_PRONOUN)))
    *a = c - 1;
  else
    return FALSE;
  return _ds_term_usable (s, *a, c);
}

/* Whether the gloss from @g tells what happened once ("…, a situation
 * that suited neither side", "…, a process that was halted in 2019",
 * "…, keadaan yang telah …"): a past verb in its first part, up to a
 * comma (the phrase list gloss_past, or "-ed" right after the
 * relative), says what befell one case, no meaning. */
static gboolean
gloss_tells_past (Ctx        *ctx,
                  const Sent *s,
                  guint       g,
                  guint       e)
{
  for (guint k = g + 1; k < e && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_phrase_at (ctx, s, k, PL_GLOSS_PAST) == 1)
        return TRUE;
      if ((s->toks[k - 1].flags & (W_RELATIVE | W_THAT)) && t->type == TOK_WORD && t->len > 4 &&
          ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether what follows a notion's head at @q qualifies it: a relative
 * ("a strategy that …", "sebuah strategi ketika …": the phrase list
 * gloss_relative), a preposition and "which" ("the process by which
 * …"), "of" and a gerund ("the practice of sending …"); an Indonesian
 * verb ("praktik membagi …"). Not a verb that makes the head a subject
 * ("during internalization, the norm becomes …") nor a phrase that
 * names one ("the right of self-defence"). */
static gboolean
head_qualified (Ctx        *ctx,
                const Sent *s,
                guint       q,
                guint       e)
{
  const Tok *t = &s->toks[q];

  if ((t->flags & (W_RELATIVE | W_THAT)) || _ds_phrase_at (ctx, s, q, PL_GLOSS_RELATIVE) > 0)
    return TRUE;
  if (q + 1 < e && (t->flags & W_PREP) && (_ds_tok_is (&s->toks[q + 1], "which") || _ds_tok_is (&s->toks[q + 1], "whom")))
    return TRUE;
  if (q + 1 < e && _ds_tok_is (t, "of") && _ds_tok_ing_word (&s->toks[q + 1]))
    return TRUE;
  return !ctx->english && t->verb && !t->cap;
}

/* Whether the gloss whose notion's head is at @h (@n words) names
 * members rather than saying what one thing is: a comma then a
 * conjunction ("…, yaitu proses yang lambat, data yang tidak lengkap,
 * dan anggaran …"), or then the head again ("hak …, hak …"); or an
 * appositive closed by a comma before the sentence's verb ("Data free
 * flow with trust, a model that …, was put forward …"). */
static gboolean
gloss_is_series (const Sent *s,
                 guint       h,
                 guint       n,
                 guint       e)
{
  for (guint k = h + n; k + 1 < e; k++)
    {
      const Tok *t = &s->toks[k + 1];

      if (!_ds_tok_is_punct (&s->toks[k], ','))
        continue;
      if ((t->flags & (W_CONJ | W_AUX)) || (t->verb && !t->cap) ||
          (t->len == s->toks[h].len && ds_ascii_strncasecmp (t->p, s->toks[h].p, t->len) == 0 && n == 1))
        return TRUE;
    }
  return FALSE;
}

/* "Many small states prefer hedging, a strategy in which a state keeps
 * ties with two rivals at once", "Negara kecil memilih hedging, sebuah
 * strategi ketika negara menjaga hubungan …": a term in lower case the
 * sentence does something with (object_term()), glossed after a comma to
 * the sentence's end by a notion's head (the phrase list
 * defs4_notion_head: a strategy, a practice, the situation) and what
 * qualifies it. A thing glossed by what happened to it ("signed the
 * deal, a move that angered …") has no notion's head; a term with its
 * article ("adopted the new rules, a framework …") is one thing, no
 * notion. */
static gboolean
notion_appositive (Ctx  *ctx,
                   Sent *s,
                   guint e)
{
  for (guint c = 2; c + 4 < e; c++)
    {
      guint g, h, n, a;

      if (!_ds_tok_is_punct (&s->toks[c], ','))
        continue;
      g = c + 1;
      /* ("…, yaitu proses ketika …", "…, that is, the process by …") */
      if ((n = _ds_phrase_at (ctx, s, g, PL_DEFS_GLOSS_CUE)) > 0)
        g += n + (g + n < e && _ds_tok_is_punct (&s->toks[g + n], ','));
      n = _ds_phrase_at (ctx, s, g, PL_INDEFINITE);
      if (ctx->english && n == 0 && _ds_tok_is (&s->toks[g], "the"))
        n = 1;
      if (ctx->english && n != 1)
        continue;
      for (h = g + n; h < e && h < g + n + 3 && _ds_phrase_at (ctx, s, h, PL_DEFS4_NOTION_HEAD) == 0; h++)
        if (s->toks[h].type != TOK_WORD || s->toks[h].cap || !_ds_tok_nounish (&s->toks[h]) ||
            (s->toks[h].flags & W_FUNCTION))
          break;
      if (h >= e || (n = _ds_phrase_at (ctx, s, h, PL_DEFS4_NOTION_HEAD)) == 0 || h + n + 2 >= e ||
          !head_qualified (ctx, s, h + n, e) || gloss_is_series (s, h, n, e) || gloss_tells_past (ctx, s, g, e) ||
          !object_term (ctx, s, c, &a) || _ds_toks_any_used (s, a, e))
        continue;
      commit_gloss (ctx, s, _ds_phrase_dup (s, a, c, TRUE), a, c,
                    ctx->english ? g : g + _ds_phrase_at (ctx, s, g, PL_INDEFINITE), e);
      return TRUE;
    }
  return FALSE;
}

/* "The alliance responded with the concept of layered defence, the
 * ability to combine …", "Para ahli memperkenalkan konsep pertahanan
 * berlapis, yaitu kemampuan menggabungkan …": a term brought up by its
 * label (the phrase list term_label: "concept of", "konsep") inside the
 * sentence and glossed after a comma to the sentence's end, by a noun
 * phrase that says what it is (an English one with its article;
 * Indonesian after "yaitu", "yakni": the phrase list defs_gloss_cue). */
gboolean
_ds_find_concept_gloss (Ctx  *ctx,
                        Sent *s)
{
  guint e = _ds_body_end (s);

  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT)
    e--;
  if (!_ds_sent_may_start (s, HOT_TERM_LABEL))
    return notion_appositive (ctx, s, e);
  for (guint k = 1; k + 6 < e; k++)
    {
      guint n, a, c, g, m;
      gboolean after_prep;

      if (!s->toks[k].phrase || (n = _ds_phrase_at (ctx, s, k, PL_TERM_LABEL)) == 0)
        continue;
      if (label_counted (s, k))
        return FALSE;
      a = k + n;
      after_prep = s->toks[a - 1].type == TOK_WORD && (s->toks[a - 1].flags & W_PREP);
      /* ("the concept of the security dilemma, …": the term without its
       * article.) */
      if (ctx->english && a + 1 < e && _ds_tok_is (&s->toks[a], "the") && after_prep)
        a++;
      /* ("a notion dubbed chokepoint leverage, …": the naming verb and
       * its article are no part of the term; after "of" a naming word
       * is the term's own noun: "the notion of term limits", "the
       * concept of call rights".) */
      if (a + 1 < e && !after_prep && (m = _ds_phrase_at (ctx, s, a, PL_NAMING_VERB)) > 0)
        a += m + (a + m + 1 < e && _ds_tok_is_article (&s->toks[a + m]) ? 1 : 0);
      for (c = a; c < e && c < a + 6 && s->toks[c].type == TOK_WORD && !s->toks[c].cap; c++)
        ;
      if (c == a || c >= e || c >= a + 6 || !_ds_tok_is_punct (&s->toks[c], ',') || !_ds_term_usable (s, a, c))
        return FALSE;
      g = c + 1;
      if ((m = _ds_phrase_at (ctx, s, g, PL_DEFS_GLOSS_CUE)) > 0)
        g += m + (g + m < e && _ds_tok_is_punct (&s->toks[g + m], ','));
      else if (!ctx->english)
        return FALSE;
      if (g + 3 >= e || s->toks[g].type != TOK_WORD || s->toks[g].cap ||
          (ctx->english ? !_ds_tok_is_article (&s->toks[g])
                        : (s->toks[g].verb || (s->toks[g].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_RELATIVE)))) ||
          !gloss_says_what (s, g, e) || _ds_toks_any_used (s, a, e))
        return FALSE;
      commit_gloss (ctx, s, _ds_phrase_dup (s, a, c, TRUE), a, c, g, e);
      return TRUE;
    }
  return notion_appositive (ctx, s, e);
}

/* Whether two words are one noun, an English plural "-s" aside. */
static gboolean
same_noun (const Tok *x,
           const Tok *y)
{
  guint n = MIN (x->len, y->len);

  if (x->len > y->len + 1 || y->len > x->len + 1 || n < 3 || ds_ascii_strncasecmp (x->p, y->p, n) != 0)
    return FALSE;
  return x->len == y->len || (x->len > y->len ? x->p[n] : y->p[n]) == 's';
}

/* "Indonesia menekankan diplomasi yang membumi, yaitu diplomasi yang
 * melibatkan warga …", "States now practise complaint diplomacy, meaning
 * diplomacy about how …", "Embassies rely on shared missions, namely
 * missions that …": after a comma and a cue (the phrase list
 * defs_restate_cue), a gloss that opens on the term's own head noun
 * and narrows it (a relative, a preposition, the phrase list
 * gloss_relative) says what the term is, wherever the term stands; the
 * term is the head (Indonesian: first; English: last) and its modifier
 * before the comma. "…, meaning more work for staff" restates no noun. */
gboolean
_ds_find_restating_gloss (Ctx  *ctx,
                          Sent *s)
{
  guint e = _ds_body_end (s);

  /* The cue stands after a comma. */
  if (s->n_commas == 0)
    return FALSE;
  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT)
    e--;
  for (guint c = 2; c + 4 < e; c++)
    {
      guint m, g, h, a, head, close;
      const Tok *t;

      if (!_ds_tok_is_punct (&s->toks[c], ',') || !s->toks[c + 1].phrase ||
          (m = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_RESTATE_CUE)) == 0)
        continue;
      g = c + 1 + m;
      if (g < e && _ds_tok_is_punct (&s->toks[g], ','))
        g++;
      h = g + (ctx->english && g < e && _ds_tok_is_article (&s->toks[g]) ? 1 : 0);
      if (h + 2 >= e)
        return FALSE;
      t = &s->toks[h];
      if (t->type != TOK_WORD || t->cap || !_ds_tok_nounish (t) ||
          (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_COUNT | W_QUANT)) ||
          !((s->toks[h + 1].flags & (W_RELATIVE | W_PREP)) || _ds_phrase_at (ctx, s, h + 1, PL_GLOSS_RELATIVE) > 0 ||
            (ctx->english && s->toks[h + 1].verb && s->toks[h + 1].len > 4 &&
             ds_ascii_strncasecmp (s->toks[h + 1].p + s->toks[h + 1].len - 2, "ed", 2) == 0)))
        continue;
      if (ctx->english)
        {
          /* The head and one modifier: "quiet diplomacy", "shared
           * missions"; a word the lexicon knows for a verb modifies
           * only after a function word ("rely on shared missions"; in
           * "States practised diplomacy, …" it is the clause's verb). */
          const Tok *mod = &s->toks[c - 2], *before = &s->toks[c - 3];

          head = c - 1;
          a = c - 2;
          if (c < 3 || mod->type != TOK_WORD || (mod->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_QUANT | W_COUNT)) ||
              mod->cap || (mod->verb && !(before->type == TOK_PUNCT || (before->flags & W_FUNCTION))))
            continue;
        }
      else
        {
          for (head = c - 1; head > 0 && head + 5 > c && !same_noun (&s->toks[head], t); head--)
            ;
          a = head;
        }
      if (!same_noun (&s->toks[head], t) || c - a < 2 || s->toks[a].cap || !_ds_term_usable (s, a, c))
        continue;
      /* "usulan tersebut, yaitu usulan yang diajukan Jepang pada 2019",
       * "rencana baru, yakni rencana yang disusun bersama Bappenas": a
       * pointed term, or a gloss with a name or a number, picks out one
       * thing, no notion. */
      for (guint k = a; k < c; k++)
        if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)))
          return FALSE;
      close = definition_end (ctx, s, g);
      if (close < h + 3 || _ds_toks_any_used (s, a, close))
        return FALSE;
      for (guint k = h; k < close; k++)
        if (s->toks[k].type == TOK_NUMBER || (s->toks[k].type == TOK_WORD && s->toks[k].cap))
          return FALSE;
      commit_gloss (ctx, s, _ds_phrase_dup (s, a, c, TRUE), a, c, g, close);
      return TRUE;
    }
  return FALSE;
}

static guint gloss_coordination_end (const Sent *s,
                                     guint       k,
                                     guint       e);

/* The longest gloss, in tokens, a body named inside its sentence takes
 * between its commas. */
#define INNER_APPOSITIVE_MAX 25

/* "Indonesia joined IORA, a forum that gathers the states on the rim of
 * the Indian Ocean, in 1997", "Indonesia bergabung dengan IORA, sebuah
 * forum yang menghimpun …, pada 1997": a named body or instrument inside
 * the sentence, right after a word in lower case (a verb, a
 * preposition), glossed after its comma by an indefinite noun phrase
 * whose head is of the phrase list appositive_head and a relative, to
 * the closing comma or the sentence's end: what named_appositive() reads
 * of a name that opens the sentence. Not a country, not a person
 * ("seorang"); the name stays free for what the sentence says of it. */
static void
inner_named_appositive (Ctx  *ctx,
                        Sent *s,
                        guint e)
{
  for (guint c = 3; c + 4 < e; c++)
    {
      guint a, head, close, j;

      if (!_ds_tok_is_punct (&s->toks[c], ',') || _ds_phrase_at (ctx, s, c + 1, PL_INDEFINITE) != 1 ||
          _ds_tok_is (&s->toks[c + 1], "seorang"))
        continue;
      for (head = c + 2; head < e && head < c + 5 && _ds_phrase_at (ctx, s, head, PL_APPOSITIVE_HEAD) == 0 &&
                         _ds_tok_nounish (&s->toks[head]);
           head++)
        ;
      if (head + 1 >= e || head >= c + 5 || _ds_phrase_at (ctx, s, head, PL_APPOSITIVE_HEAD) == 0)
        continue;
      head += _ds_phrase_at (ctx, s, head, PL_APPOSITIVE_HEAD);
      if (head + 1 >= e || !(s->toks[head].flags & W_RELATIVE))
        continue;
      for (close = head + 1; close < e && close < head + INNER_APPOSITIVE_MAX && !_ds_tok_is_punct (&s->toks[close], ',');
           close++)
        ;
      if (close >= head + INNER_APPOSITIVE_MAX || close < head + 3)
        continue;
      /* ("a mechanism that allows …, reject budgets, and even remove …":
       * a comma that goes on with a coordination closes nothing; a gloss
       * too long for a card with it is none.) */
      if (close < e && (j = gloss_coordination_end (s, close, e)) > 0)
        {
          if (j >= head + INNER_APPOSITIVE_MAX)
            continue;
          close = j;
        }
      /* The name: capitals, and the words that join them ("of the"). */
      for (a = c; a > 1;)
        if (s->toks[a - 1].type == TOK_WORD && s->toks[a - 1].cap)
          a--;
        else if ((j = name_joint (s, a)) > 0)
          a -= j;
        else
          break;
      if (a == c || a < 2 || c - a > 8 || s->toks[a - 1].type != TOK_WORD || s->toks[a - 1].cap ||
          _ds_lexicon_is_country (s->toks, s->n, a) || _ds_toks_any_used (s, a, close))
        continue;
      commit_gloss (ctx, s, _ds_phrase_dup (s, a, c, FALSE), a, c, c + 1, close);
      for (guint k = a; k <= close && k < s->n; k++)
        s->toks[k].used = FALSE;
      return;
    }
}

/* 'The "Manila Process", a style of negotiation based on …, shaped …',
 * 'Konsep "jalur kedua", sebuah forum …, …': a quoted term glossed
 * between commas by an indefinite noun phrase. */
void
_ds_find_appositive (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), close, a, b;
  g_autofree char *term = NULL;

  if (!s->has_quote)
    {
      named_appositive (ctx, s, e);
      inner_named_appositive (ctx, s, e);
      return;
    }
  for (guint i = 2; i + 3 < e; i++)
    {
      if (!_ds_tok_is_punct (&s->toks[i], ',') || !_ds_labelled_quote (ctx, s, i, &a, &b) ||
          _ds_phrase_at (ctx, s, i + 1, PL_INDEFINITE) == 0)
        continue;
      for (close = i + 2; close < e && close < i + 18 && !_ds_tok_is_punct (&s->toks[close], ','); close++)
        ;
      if (close >= e || close >= i + 18 || close - i < 4 || _ds_toks_any_used (s, a, close))
        return;
      term = _ds_toks_dup (s, a, b);
      commit_gloss (ctx, s, a >= 2 && _ds_tok_is (&s->toks[a - 2], "the") ? g_strconcat ("the ", term, NULL)
                                                                          : g_steal_pointer (&term),
                    a, b, i + 1, close);
      return;
    }
}

/* 'Istilah "diplomasi kabel" diperkenalkan oleh …. Istilah tersebut
 * menggambarkan …', 'The term "X" was coined …. It describes …': the
 * sentence before named the term, this one says what it means. */
static gboolean
describes_named (Ctx  *ctx,
                 Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_TERM_ANAPHOR), c = n, b, e;
  DsClaim *claim;

  if (ctx->named_term == NULL || n == 0 || c + 2 >= s->n ||
      (c += _ds_phrase_at (ctx, s, n, PL_DESCRIBE_VERB)) == n)
    return FALSE;
  e = definition_end (ctx, s, c);
  if (e <= c + 1 || _ds_toks_any_used (s, c, e))
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  claim->subject = g_strdup (ctx->named_term);
  b = e;
  while (b > c && s->toks[b - 1].type == TOK_PUNCT && strchr (",;:", (int) s->toks[b - 1].ch))
    b--;
  claim->body = _ds_toks_dup (s, c, b);
  claim->cue = g_strdup (_ds_definition_cue (ctx, claim->subject));
  claim->key_start = _ds_sent_char_at (s, s->toks[0].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[n - 1].p + s->toks[n - 1].len);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

/* "speak of", "berbicara tentang" (the phrase list defs4_speak_of)
 * right before @i: a verb that brings a term up. */
static gboolean
speaks_of (Ctx        *ctx,
           const Sent *x,
           guint       i)
{
  for (guint n = 1; n <= 2 && n <= i; n++)
    if (_ds_phrase_at (ctx, x, i - n, PL_DEFS4_SPEAK_OF) == n)
      return TRUE;
  return FALSE;
}

/* The term the sentence before @s ends on, after a verb that adopts or
 * names it ("menganut politik bebas aktif", "accepted innocent passage";
 * the phrase list adopt_verb) or a label ("the principle of …"): [*a, *b)
 * of @x, the sentence read again. */
static gboolean
term_ending (Ctx        *ctx,
             const Sent *s,
             Sent       *x,
             guint      *a,
             guint      *b)
{
  guint e, start, end, the;

  if (ctx->prev.p == NULL || ctx->prev.block != s->block || _ds_term_defined_before (ctx) != NULL)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, x);
  e = _ds_body_end (x);
  if (x->question || e < 3)
    return FALSE;
  start = _ds_np_start (x, 0, e, &end);
  /* "Many analysts speak of functional cooperation": English verbs are
   * mostly unknown, the noun phrase may run back past the one that
   * brings the term up. */
  for (guint k = start; k + 1 < end; k++)
    {
      guint n = x->toks[k].phrase ? _ds_phrase_at (ctx, x, k, PL_DEFS4_SPEAK_OF) : 0;

      if (n > 0 && k + n < end)
        {
          /* "speak of the balance of threat": past the article, which
           * the term keeps below. */
          start = k + n + (k + n + 1 < end && _ds_tok_is (&x->toks[k + n], "the"));
          break;
        }
    }
  /* "upholds the principle of …": the article belongs to the term. */
  the = start > 1 && _ds_tok_is (&x->toks[start - 1], "the");
  if (end != e || start == 0 || end - start > 5 || x->toks[start].cap || !_ds_term_usable (x, start, end) ||
      (_ds_phrase_at (ctx, x, start - 1 - the, PL_ADOPT_VERB) == 0 &&
       _ds_phrase_at (ctx, x, start, PL_TERM_LABEL) == 0 && !speaks_of (ctx, x, start - the)))
    return FALSE;
  start -= the;
  for (guint k = start + the; k < end; k++)
    if (x->toks[k].type != TOK_WORD || (x->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_MONTH)))
      return FALSE;
  *a = start;
  *b = end;
  return TRUE;
}

/* "Kedua negara menerima hak lintas damai. Artinya, kapal asing boleh
 * …", "Both states accepted innocent passage. In other words, foreign
 * ships may …": the sentence after the term says what it means (the
 * phrase list restate_opener). A clause, not a noun phrase: asked as a
 * fact, no true-or-false statement is made of it. */
static gboolean term_before_colon (Ctx        *ctx,
                                   const Sent *s,
                                   guint       c,
                                   guint      *a,
                                   guint      *b,
                                   gboolean   *marked);

/* The notion that ends at @c (a comma, or the bracket of its translation
 * before it): a principle named by its label (the phrase list
 * defs_meaning_concept: "asas …", "the principle of …"; English also
 * "the no-harm rule", head last: defs_meaning_concept_head), or a name
 * a naming verb gives ("call this process the hardening of ports").
 * [*a, *b), or FALSE. */
static gboolean
meant_concept (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint      *a,
               guint      *b)
{
  gboolean marked;
  guint end = c, k;

  /* "asas kriminalitas ganda (double criminality),": past the bracket. */
  if (end > 3 && _ds_tok_is_punct (&s->toks[end - 1], ')'))
    {
      for (k = end - 1; k > 1 && k + 6 > end && !_ds_tok_is_punct (&s->toks[k], '('); k--)
        ;
      if (!_ds_tok_is_punct (&s->toks[k], '('))
        return FALSE;
      end = k;
    }
  for (k = end; k > 0 && k + 7 > end && s->toks[k - 1].type == TOK_WORD && !s->toks[k - 1].cap &&
                !(s->toks[k - 1].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_RELATIVE | W_THAT));
       k--)
    if (_ds_phrase_at (ctx, s, k - 1, PL_DEFS_MEANING_CONCEPT) > 0 && k < end)
      {
        *a = k - 1 - (ctx->english && k > 1 && _ds_tok_is (&s->toks[k - 2], "the"));
        *b = end;
        return TRUE;
      }
  /* "the no-harm rule": an English head last, after "the". */
  if (ctx->english && end > 3 && _ds_phrase_at (ctx, s, end - 1, PL_DEFS_MEANING_CONCEPT_HEAD) == 1)
    for (k = end - 2; k > 0 && k + 5 > end && s->toks[k].type == TOK_WORD && !s->toks[k].cap &&
                      !(s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_RELATIVE | W_PREP)) && !s->toks[k].verb;
         k--)
      if (_ds_tok_is (&s->toks[k - 1], "the"))
        {
          *a = k - 1;
          *b = end;
          return TRUE;
        }
  if (end != c || !term_before_colon (ctx, s, c, a, b, &marked) || marked || *b <= *a)
    return FALSE;
  if (ctx->english && *a > 0 && _ds_tok_is (&s->toks[*a - 1], "the"))
    (*a)--;
  for (k = *a + (ctx->english && _ds_tok_is (&s->toks[*a], "the")); k < *b; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ)))
      return FALSE;
  return TRUE;
}

/* "Ekstradisi mensyaratkan asas kriminalitas ganda, artinya perbuatan
 * yang dituduhkan harus …", "Extradition requires the principle of dual
 * criminality, meaning that the alleged act must …", "Analysts call
 * this process the hardening of ports, meaning that …": a clause after
 * a comma and a cue that says what the words before mean (the phrase
 * list defs_meaning_clause_cue) says what the notion named before the
 * comma means (meant_concept()); the clause's own subject is no term.
 * Asked as _ds_find_restated() asks, a fact; read before the concept
 * gloss, whose gloss is a noun phrase. */
gboolean
_ds_find_restated_within (Ctx  *ctx,
                          Sent *s)
{
  guint e = _ds_body_end (s), a, b, n;

  if (s->n_commas == 0)
    return FALSE;
  for (guint c = 3; c + 4 < e; c++)
    {
      if (!_ds_tok_is_punct (&s->toks[c], ',') || !s->toks[c + 1].phrase ||
          (n = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_MEANING_CLAUSE_CUE)) == 0)
        continue;
      if (c + 1 + n + 3 > e || _ds_toks_any_used (s, c + 1, e) || !meant_concept (ctx, s, c, &a, &b) ||
          _ds_toks_any_used (s, a, b) || s->toks[c + 1 + n].type != TOK_WORD ||
          (s->toks[c + 1 + n].flags & (W_CONNECTIVE | W_CONJ)))
        return FALSE;
      /* (In a block of its own: the loop runs at every token.) */
      {
        g_autofree char *term = _ds_phrase_dup (s, a, b, TRUE);
        DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DEFINITION, c + 1 + n, e);

        claim->question = ds_lang_expand (ctx->lang, "question_meaning", "term", term, NULL);
        _ds_toks_mark_used (s, a, e);
        return _ds_claim_commit (ctx, claim);
      }
    }
  return FALSE;
}

void
_ds_find_restated (Ctx  *ctx,
                   Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_RESTATE_OPENER), e = _ds_body_end (s), a, b;
  g_autofree char *term = NULL;
  Sent x = { 0 };
  DsClaim *claim;

  if (n == 0 || n + 4 >= e || !_ds_tok_is_punct (&s->toks[n], ',') || _ds_toks_any_used (s, n + 1, e) ||
      (s->toks[n + 1].flags & (W_CONNECTIVE | W_CONJ)) || !term_ending (ctx, s, &x, &a, &b))
    return;
  term = _ds_phrase_dup (&x, a, b, TRUE);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DEFINITION, n + 1, e);
  claim->question = ds_lang_expand (ctx->lang, "question_meaning", "term", term, NULL);
  /* The source shows the term's sentence too. */
  claim->start = ctx->prev.start;
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, claim);
}

/* "By temporary protection, lawyers mean a short-term status …": the
 * term opens the sentence after "By", who means it stands after the
 * comma, "mean"/"means" opens the definition. */
static gboolean
by_term_mean (Ctx  *ctx,
              Sent *s)
{
  Def def = { .rule = DS_CLAIM_RULE_DEFINITION, .strong = TRUE };
  guint comma = 2, verb;

  if (!ctx->english || s->n < 8 || !_ds_tok_is (&s->toks[0], "by"))
    return FALSE;
  while (comma < s->n && comma < 7 && !_ds_tok_is_punct (&s->toks[comma], ','))
    comma++;
  /* "By food security I mean …", "By X we mean …": no comma, the
   * writer's pronoun ends the term. */
  if (comma >= s->n || comma >= 7)
    for (comma = 2; comma + 1 < s->n && comma < 8; comma++)
      if ((_ds_tok_is (&s->toks[comma], "i") || _ds_tok_is (&s->toks[comma], "we")) &&
          (_ds_tok_is (&s->toks[comma + 1], "mean") || _ds_tok_is (&s->toks[comma + 1], "means")))
        break;
  for (verb = comma + 1; verb < s->n && verb < comma + 5; verb++)
    if (_ds_tok_is (&s->toks[verb], "mean") || _ds_tok_is (&s->toks[verb], "means"))
      break;
  if (comma >= s->n || comma >= 7 || verb >= s->n || verb >= comma + 5 || verb + 3 > _ds_body_end (s) ||
      !_ds_term_usable (s, 1, comma) || _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  for (guint k = 1; k < comma; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  def.term_a = 1;
  def.term_b = comma;
  def.cue_a = verb;
  def.cue_b = def.body_a = verb + 1;
  def.body_b = definition_end (ctx, s, def.body_a);
  /* "lawyers", "most scholars": who means it, when the text names them. */
  if (s->toks[comma + 1].cap && verb == comma + 2 && !_ds_tok_is (&s->toks[comma + 1], "i") &&
      !(s->toks[comma + 1].flags & W_PRONOUN))
    def.who_a = comma + 1, def.who_b = verb, def.rule = DS_CLAIM_RULE_ATTRIBUTED;
  commit_def (ctx, s, &def);
  return TRUE;
}

/* Whether the essay used the word @t before the sentence that holds it
 * (ctx->freq counts the sentence being read too). */
static gboolean
said_before (Ctx       *ctx,
             const Tok *t)
{
  g_autofree char *word = g_strndup (t->p, t->len);
  g_autofree char *folded = ds_words_fold (word, DS_FOLD_NONE);
  const guint *count = g_hash_table_lookup (ctx->freq, folded);

  return count != NULL && *count > 1;
}

/* "Diplomasi air itu upaya negara-negara … untuk …": spoken Indonesian
 * defines with "itu" as its copula, the term first, a gloss (a noun
 * phrase and what qualifies it) after. "Kebijakan itu gagal",
 * "Perjanjian itu ditandatangani …" point back with a demonstrative and
 * say what happened; so does "Negosiasi itu proses yang panjang" when
 * the essay spoke of the negotiation before: a one-word term said
 * before is a demonstrative's noun. */
static gboolean
itu_copula (Ctx  *ctx,
            Sent *s)
{
  guint itu = 1, a, start, end, body, e = _ds_body_end (s);
  Def def = { .rule = DS_CLAIM_RULE_DEFINITION, .strong = FALSE };

  while (itu < e && itu < 8 && !_ds_tok_is (&s->toks[itu], "itu"))
    itu++;
  if (ctx->english || itu >= e || itu >= 8 || itu + 4 > e || _ds_toks_any_used (s, 0, e))
    return FALSE;
  /* "Jadi, diplomasi air itu …": past a connective. */
  a = first_name (s, itu);
  start = _ds_np_start (s, a, itu, &end);
  if (start != a || end != itu || !_ds_term_usable (s, a, itu) || (itu == a + 1 && said_before (ctx, &s->toks[a])))
    return FALSE;
  for (guint k = a + 1; k < itu; k++)
    if (s->toks[k].cap || s->toks[k].verb || s->toks[k].type != TOK_WORD)
      return FALSE;
  /* "X itu pada dasarnya upaya …": past a hedge. */
  body = itu + 1 + _ds_phrase_at (ctx, s, itu + 1, PL_HEDGE);
  /* "Embargo terhadap pulau itu gagal karena …": what happened to it,
   * and why. */
  for (guint k = body + 1; k < e && k <= body + 2; k++)
    if (_ds_phrase_at (ctx, s, k, PL_REASON_CUE) > 0)
      return FALSE;
  /* "Bendungan itu proyek terbesar di Laos": a superlative ranks. */
  if (body + 3 > e || !_ds_tok_nounish (&s->toks[body]) || s->toks[body].verb || !body_defines (ctx, s, body, e) ||
      picks_out (ctx, s, body, e) || predicate_adjective (ctx, s, body) || !noun_phrase_gloss_from (ctx, s, body))
    return FALSE;
  def.term_a = a;
  def.term_b = itu;
  def.cue_a = itu;
  def.cue_b = def.body_a = body;
  def.body_b = definition_end (ctx, s, def.body_a);
  commit_def (ctx, s, &def);
  return TRUE;
}

/* The term that ends at @c (a colon or a dash): in quotes, in bold, or
 * plain words after a naming verb; [*a, *b) and where its lead-in
 * starts, or FALSE. */
static gboolean
term_before_colon (Ctx        *ctx,
                   const Sent *s,
                   guint       c,
                   guint      *a,
                   guint      *b,
                   gboolean   *marked)
{
  guint k, n;

  *marked = TRUE;
  /* '"port-hopping":', '“regime complex”:' */
  if (_ds_tok_is_quote (&s->toks[c - 1]))
    {
      for (k = c - 1; k > 0 && k + 7 > c && !_ds_tok_is_quote (&s->toks[k - 1]); k--)
        ;
      if (k == 0 || !_ds_tok_is_quote (&s->toks[k - 1]) || k + 1 >= c)
        return FALSE;
      *a = k;
      *b = c - 1;
      return TRUE;
    }
  /* "a **secondary sanction**:" */
  if (s->toks[c - 1].type == TOK_WORD && s->toks[c - 1].p[s->toks[c - 1].len] == '*')
    {
      for (k = c - 1; k + 6 > c && k > 0 && s->toks[k].p[-1] != '*'; k--)
        ;
      if (s->toks[k].p[-1] != '*' || k == 0)
        return FALSE;
      *a = k;
      *b = c;
      return TRUE;
    }
  /* "menyebutnya diplomasi vaksin —", "call it port-hopping:" */
  *marked = FALSE;
  /* ("jeda Arktik", "the Arctic pause": a capital inside the name;
   * the walk stops at a name before "sebagai", the agent's.) */
  for (k = c - 1; k > 0 && k + 9 > c && s->toks[k].type == TOK_WORD &&
                  (!s->toks[k].cap || !(k + 1 < c && (_ds_tok_is (&s->toks[k + 1], "sebagai") ||
                                                      _ds_tok_is (&s->toks[k + 1], "dengan") ||
                                                      _ds_tok_is (&s->toks[k + 1], "as")))) &&
                  _ds_phrase_at (ctx, s, k, PL_NAMING_VERB) == 0; k--)
    ;
  /* "yang disebut Wibisono sebagai X": the agent of a passive naming
   * verb stands between it and "sebagai"; the verb is before the name. */
  if (k > 1 && k + 2 < c && s->toks[k].cap && s->toks[k].type == TOK_WORD &&
      (_ds_tok_is (&s->toks[k + 1], "sebagai") || _ds_tok_is (&s->toks[k + 1], "dengan")))
    {
      guint v = k;

      while (v > 0 && v + 3 > k && s->toks[v - 1].cap && s->toks[v - 1].type == TOK_WORD)
        v--;
      if (v > 0 && _ds_phrase_at (ctx, s, v - 1, PL_NAMING_VERB) == 1)
        {
          *a = k + 2;
          *b = c;
          return c - *a <= 4;
        }
    }
  if (k == 0 || k + 1 >= c || k + 9 <= c || (n = _ds_phrase_at (ctx, s, k, PL_NAMING_VERB)) == 0 || k + n >= c)
    return FALSE;
  *a = k + n;
  *b = c;
  /* "disebut sebagai X" where the list holds "disebut" alone. */
  if (*a + 1 < c && (_ds_tok_is (&s->toks[*a], "sebagai") || _ds_tok_is (&s->toks[*a], "as")))
    (*a)++;
  /* "menyebut praktik itu X", "call this X": what is named, then its
   * name; "call this pattern X": the pointed noun too. */
  for (k = *a; k < c && k < *a + 3; k++)
    if ((s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) && !_ds_tok_is_article (&s->toks[k]))
      {
        *a = k + 1;
        /* "call these rules the revolving door": the pointed noun ends
         * at the name's article. */
        for (guint j = *a + 1; ctx->english && j + 1 < c && j < *a + 3; j++)
          if (_ds_tok_is_article (&s->toks[j]))
            {
              *a = j;
              break;
            }
        if (ctx->english && (n = _ds_phrase_at (ctx, s, *a, PL_NAMING2_REFERENT_HEAD)) > 0 && *a + n + 1 < c)
          *a += n;
        break;
      }
  if (*a < c && _ds_tok_is_article (&s->toks[*a]))
    (*a)++;
  if (c - *a > 4)
    return FALSE;
  return *a < c;
}

/* "We call this approach shared capacity: one team of analysts serves
 * several states at once", "Pendekatan ini disebut kapasitas bersama:
 * satu tim melayani …": after a naming verb's term and its colon, a
 * clause of its own (four words or more, a verb in its first eight or a
 * quoted term and five words, no comma, no pronoun or link opening it)
 * says what the named practice is. */
static gboolean
clause_gloss (const Sent *s,
              guint       g,
              guint       e,
              gboolean    quoted)
{
  if (_ds_count_words (s, g, e) < 4 || s->toks[g].type != TOK_WORD ||
      (s->toks[g].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_PREP | W_CONNECTIVE)))
    return FALSE;
  /* (One clause: no comma, no pronoun for its subject: "besides locking
   * the files, they threaten …" says what is done besides.) */
  for (guint k = g; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':') || _ds_tok_is_punct (&s->toks[k], ',') ||
        (k < g + 4 && (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR))))
      return FALSE;
  /* (A term in quotes after its naming verb is glossed whatever the
   * lexicon knows of the clause's verb: "states sign new pledges …".) */
  if (quoted && _ds_count_words (s, g, e) >= 5)
    return TRUE;
  for (guint k = g + 1; k < e && k < g + 8; k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & W_AUX))
      return TRUE;
  return FALSE;
}

/* "dan", "serta", "atau", "and", "or": what joins a coordination's
 * last item. */
static gboolean
coordination_conj (const Tok *t)
{
  return _ds_tok_is (t, "dan") || _ds_tok_is (t, "serta") || _ds_tok_is (t, "atau") || _ds_tok_is (t, "and") ||
         _ds_tok_is (t, "or");
}

/* "…, yaitu upaya memengaruhi publik melalui budaya, pendidikan, dan
 * media", "…, namely a document that sets out targets, budgets and
 * deadlines": the comma @k after a gloss's first words may go on with
 * the rest of a coordination the gloss carries, not close the gloss:
 * short items (four words at most, no capital, no relative) between
 * commas, then "dan"/"serta"/"atau"/"and"/"or" and the last item, which
 * runs to the next comma or to @e. Returns where the last item ends,
 * or 0 when no such coordination follows. */
static guint
gloss_coordination_end (const Sent *s,
                        guint       k,
                        guint       e)
{
  guint j = k + 1, middle = 0;

  while (j < e && !coordination_conj (&s->toks[j]))
    {
      guint start = j;

      for (; j < e && !_ds_tok_is_punct (&s->toks[j], ',') && !coordination_conj (&s->toks[j]); j++)
        if (s->toks[j].type != TOK_WORD || s->toks[j].cap || (s->toks[j].flags & W_RELATIVE) || j >= start + 4)
          return 0;
      if (j == start || j >= e)
        return 0;
      middle++;
      if (_ds_tok_is_punct (&s->toks[j], ','))
        j++;
    }
  /* (", dan C" with no item between: two clauses, no list.) */
  if (middle == 0 || j + 1 >= e || s->toks[j + 1].type != TOK_WORD || s->toks[j + 1].cap)
    return 0;
  for (j++; j < e && !_ds_tok_is_punct (&s->toks[j], ','); j++)
    ;
  return j;
}

/* Whether the gloss [@g, @k) before a coordination's first comma may be
 * only its first member ("yaitu eksekutif, legislatif, dan yudikatif",
 * "yaitu deteksi dini, respons insiden, dan pemulihan", "that is, the
 * executive, the legislature and the judiciary", "yaitu Bank Indonesia,
 * OJK, dan LPS"): the gloss would list what the term holds and not say
 * what it is. A head the coordination completes is three words or more,
 * or holds a preposition or a relative ("the use of negotiation", "a
 * document that sets out targets"), or is an Indonesian noun made of a
 * verb ("pemberian vaksin", "penggunaan perundingan"). */
static gboolean
gloss_first_member (const Sent *s,
                    guint       g,
                    guint       k)
{
  guint words = 0;
  const Tok *first = NULL;

  for (guint j = g; j < k; j++)
    if (!_ds_tok_is_article (&s->toks[j]))
      {
        if (s->toks[j].cap || s->toks[j].type != TOK_WORD)
          return TRUE;
        if (j > g && (s->toks[j].flags & (W_PREP | W_RELATIVE)))
          return FALSE;
        if (first == NULL)
          first = &s->toks[j];
        words++;
      }
  if (words >= 3)
    return FALSE;
  return !(words == 2 && first->len >= 8 && ds_ascii_strncasecmp (first->p, "pe", 2) == 0 &&
           ds_ascii_strncasecmp (first->p + first->len - 2, "an", 2) == 0);
}

/* "a certificate called an apostille, a one-page seal that …", "sistem
 * yang dikenal sebagai e-Register, sebuah basis data …": a term right
 * after a naming verb (phrase list naming_verb, an article between) and
 * before the comma at @c, whose appositive opens on an article (phrase
 * list naming_apposition) or on a noun. Returns the opener's length and
 * one, or 0. Not "called
 * for talks, a …": the verb is followed by its term, no preposition. */
static guint
named_apposition (Ctx        *ctx,
                  const Sent *s,
                  guint       c,
                  guint       e)
{
  guint n, j, k;

  if (c + 4 > e || c < 3 || s->toks[c - 1].type != TOK_WORD || s->toks[c + 1].type != TOK_WORD)
    return 0;
  /* "…, informal talks between …": a plural or a mass noun opens on no
   * article. */
  n = _ds_phrase_at (ctx, s, c + 1, PL_NAMING_APPOSITION);
  /* "hybrid threats, a label that covers …", "…, a move that …": an
   * appositive on the name or on the act (phrase list
   * naming_apposition_meta) says nothing of what the thing is. */
  if (c + 1 + n < e && _ds_phrase_at (ctx, s, c + 1 + n, PL_NAMING_APPOSITION_META) > 0)
    return 0;
  if (n == 0 && (s->toks[c + 1].cap || s->toks[c + 1].verb || !_ds_tok_nounish (&s->toks[c + 1]) ||
                 (s->toks[c + 1].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_CONJ | W_COUNT | W_QUANT))))
    return 0;
  for (j = c - 1; j > 0 && j + 7 > c; j--)
    {
      guint v = _ds_phrase_at (ctx, s, j - 1, PL_NAMING_VERB), t;

      if (s->toks[j - 1].type != TOK_WORD)
        return 0;
      if (v == 0 || j - 1 + v > c - 1)
        continue;
      /* "Public diplomacy, also known as soft diplomacy, speaks …": an
       * aside of another name between commas; the sentence goes on. */
      for (k = j - 1; k > 0 && (s->toks[k - 1].flags & (W_ADV | W_RELATIVE | W_AUX)); k--)
        ;
      if (k > 0 && _ds_tok_is_punct (&s->toks[k - 1], ',') && _ds_phrase_at (ctx, s, k, PL_ALIAS_ASIDE_OPENER) > 0)
        return 0;
      t = j - 1 + v;
      if (_ds_tok_is_article (&s->toks[t]))
        t++;
      if (t >= c || ((s->toks[t].flags & W_FUNCTION) && !_ds_tok_is_article (&s->toks[t])))
        return 0;
      for (k = t; k < c; k++)
        if (s->toks[k].type != TOK_WORD)
          return 0;
      return n + 1;
    }
  return 0;
}

/* "This is what Snyder called the 'entrapment problem': the risk that …",
 * "Analysts call this 'port-hopping': ships that change flag …", "impose a
 * **secondary sanction**: a penalty on …", "Sebagian kalangan menyebutnya
 * diplomasi vaksin — pemberian vaksin untuk …": a term named inside the
 * sentence (quoted, bold, or after a naming verb: the phrase list
 * naming_verb) and glossed after its colon or dash by a noun phrase. Not a
 * term that opens the sentence (a label, which the note and glossary rules
 * read), not a list after the colon, not a name. */
gboolean
_ds_find_named_gloss (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s), c = 2, g, a = 0, b = 0, lead, v, who_a = 0, who_b = 0, commas = 0, tail = 0;
  gboolean marked, named = FALSE, np_gloss, bare = FALSE;
  DsClaim *claim;

  /* "Sebagian kalangan menyebutnya X, yaitu …", "call it X, namely …",
   * "…, that is, …": a comma and a cue that glosses (the phrase list
   * defs_gloss_cue) mark the gloss as a colon does. */
  for (g = 0; c < e && g == 0; c++)
    if (_ds_tok_is_punct (&s->toks[c], ':') || is_dash (&s->toks[c]))
      g = c + 1;
    else if (_ds_tok_is_punct (&s->toks[c], ',') && c + 2 < e)
      {
        guint n = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_GLOSS_CUE);

        if (n > 0)
          g = c + 1 + n + (c + 1 + n < e && _ds_tok_is_punct (&s->toks[c + 1 + n], ',') ? 1 : 0);
        else if ((n = named_apposition (ctx, s, c, e)) > 0)
          {
            g = c + 1 + (ctx->english ? 0 : n - 1);
            bare = TRUE;
          }
      }
  if (g == 0)
    return FALSE;
  c--;
  /* "*domain squatting* — that is, registering …", "— yakni …": a cue
   * that glosses after the dash or the colon opens no gloss of its own. */
  if (!_ds_tok_is_punct (&s->toks[c], ',') && g + 3 < e)
    {
      guint n = _ds_phrase_at (ctx, s, g, PL_DEFS_GLOSS_CUE);

      if (n > 0)
        g += n + (g + n < e && _ds_tok_is_punct (&s->toks[g + n], ',') ? 1 : 0);
    }
  if (g + 2 > e || !term_before_colon (ctx, s, c, &a, &b, &marked) || b <= a || b - a > 5 || a < 2 ||
      _ds_toks_any_used (s, a, e))
    return FALSE;
  /* "a clerk called Ali, a young …": a bare appositive after one
   * capitalised word glosses a person or a place, no term. */
  if (bare && (marked || (b == a + 1 && s->toks[a].cap && !_ds_tok_is_acronym (&s->toks[a]))))
    return FALSE;
  np_gloss = noun_phrase_gloss_from (ctx, s, g) || head_and_relative (ctx, s, g, TRUE);
  if (!np_gloss && !(_ds_tok_is_punct (&s->toks[c], ':') && clause_gloss (s, g, e, marked)))
    return FALSE;
  /* After a comma the gloss is an appositive: it ends at its closing
   * comma, or after the coordination its first comma goes on with (the
   * checks below read the words before that comma); a marked term
   * before ", yaitu" is marked_term_gloss()'s. "menyebut dua syarat
   * utama, yaitu A dan B": a counted noun and its members, a list. */
  if (_ds_tok_is_punct (&s->toks[c], ','))
    {
      if (marked || (s->toks[a].flags & (W_COUNT | W_QUANT)) || (s->toks[a - 1].flags & (W_COUNT | W_QUANT)))
        return FALSE;
      for (guint k = g; k < e; k++)
        if (_ds_tok_is_punct (&s->toks[k], ','))
          {
            tail = gloss_coordination_end (s, k, e);
            e = k;
            break;
          }
      if (tail > 0 && gloss_first_member (s, g, e))
        return FALSE;
      /* ("talks between officials and scholars that …": the pair that
       * "between" governs is no list; phrase lists gloss_pair_between,
       * gloss_pair_conj.) */
      for (guint k = g + 1, between = 0; k < e; k++)
        if ((s->toks[k].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, k, PL_GLOSS_RELATIVE) > 0)
          break;
        else if (_ds_phrase_at (ctx, s, k, PL_GLOSS_PAIR_BETWEEN) == 1)
          between = k;
        else if ((s->toks[k].flags & W_CONJ) && !(between > 0 && k < between + 5 && between + 1 < k &&
                                                   _ds_phrase_at (ctx, s, k, PL_GLOSS_PAIR_CONJ) == 1))
          return FALSE;
    }
  for (guint k = a; k < b; k++)
    if ((s->toks[k].type != TOK_WORD && !(k > a && k + 1 < b && _ds_tok_is_punct (&s->toks[k], '-'))) ||
        (k > a && s->toks[k].cap && !marked && (s->toks[a].cap || !_ds_tok_is_punct (&s->toks[c], ','))) ||
        _ds_tok_ends_nya (&s->toks[k]) ||
        (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ)))
      return FALSE;
  /* "…: A, B and C": a list of what is named; "…: penggunaan kapal
   * penjaga pantai, bukan kapal perang, untuk …", "…: influence, not
   * force, that …": an aside that denies (the phrase list
   * defs4_denying_aside) between two commas lists nothing. */
  for (guint k = g; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      {
        if (commas == 0 && k + 2 < e && _ds_phrase_at (ctx, s, k + 1, PL_DEFS4_DENYING_ASIDE) > 0)
          {
            guint close = k + 2;

            while (close < e && close < k + 8 && !_ds_tok_is_punct (&s->toks[close], ','))
              close++;
            if (close < e && close < k + 8)
              {
                k = close;
                continue;
              }
          }
        commas++;
      }
  if (commas > 1 || is_dash (&s->toks[e - 1]))
    return FALSE;
  for (guint k = g; k < e; k++)
    if (is_dash (&s->toks[k]))
      return FALSE;
  /* What leads in: a naming verb (with "this", "it", an article between)
   * or, for a marked term, an article. */
  lead = a - (_ds_tok_is_quote (&s->toks[a - 1]) ? 1 : 0);
  if (lead > 0 && _ds_tok_is_article (&s->toks[lead - 1]))
    lead--;
  if (lead > 0 && (s->toks[lead - 1].flags & (W_ANAPHOR | W_PRONOUN)) && !_ds_tok_is_article (&s->toks[lead - 1]))
    lead--;
  /* "menyebut praktik itu X": the named thing may stand between. */
  for (v = lead; v > 0 && v + 4 > lead && !named; v--)
    {
      guint n = _ds_phrase_at (ctx, s, v - 1, PL_NAMING_VERB);

      named = n > 0 && v - 1 + n <= lead;
    }
  if (named)
    {
      guint k = v, x, y;

      /* "what Snyder (1984) called", "Keohane and Victor call": whose. */
      if (k > 0 && _ds_tok_is_punct (&s->toks[k - 1], ')'))
        while (k > 0 && !_ds_tok_is_punct (&s->toks[k - 1], '('))
          k--;
      if (k > 0 && _ds_tok_is_punct (&s->toks[k - 1], '('))
        k--;
      while (k > 1 && (s->toks[k - 1].cap || _ds_tok_is (&s->toks[k - 1], "and") || _ds_tok_is (&s->toks[k - 1], "dan")) &&
             s->toks[k - 1].type == TOK_WORD && !(s->toks[k - 1].flags & W_FUNCTION & ~W_CONJ))
        k--;
      /* "Wibisono (2019) menyebutnya X, yaitu …": a name opening the
       * sentence, with its year or capitalised elsewhere in the essay
       * ("Analysts call it …" names no scholar). */
      if (k == 1 && s->toks[0].type == TOK_WORD && s->toks[0].cap &&
          !(s->toks[0].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_COUNTRY)) &&
          (_ds_tok_known_name (ctx, &s->toks[0]) || _ds_tok_is_punct (&s->toks[1], '(')))
        k = 0;
      if (k < v && s->toks[k].cap && read_scholar (s, k, v, &x, &y) == v)
        {
          who_a = x;
          who_b = y;
        }
      /* "yang disebut Wibowo sebagai …", "disebut oleh Wibowo …": the
       * agent after a passive naming verb, before "sebagai"/"as". */
      else
        {
          guint w = v + _ds_phrase_at (ctx, s, v, PL_NAMING_VERB), last = lead;

          if (w < lead && (_ds_tok_is (&s->toks[w], "oleh") || _ds_tok_is (&s->toks[w], "by")))
            w++;
          if (last > w && (_ds_tok_is (&s->toks[last - 1], "sebagai") || _ds_tok_is (&s->toks[last - 1], "as") ||
                           _ds_tok_is (&s->toks[last - 1], "dengan")))
            last--;
          /* "menyebut perundingan tersebut 'alot': kedua delegasi …": one
           * word said of a thing the verb names first is a verdict on
           * it, no term. */
          if (w < last && !s->toks[w].cap && b == a + 1)
            return FALSE;
          if (w < last && s->toks[w].cap && s->toks[w].type == TOK_WORD &&
              !(s->toks[w].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_FUNCTION)) &&
              read_scholar (s, w, last, &x, &y) == last)
            {
              who_a = x;
              who_b = y;
            }
        }
    }
  /* "impose a **secondary sanction**:", "mengenakan **sanksi sekunder**:"
   * (a language without articles). */
  else if (!marked || (ctx->english && (lead == a || !_ds_tok_is_article (&s->toks[lead]))) || !np_gloss)
    return FALSE;
  if (tail > 0)
    e = tail;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  claim->subject = _ds_phrase_dup (s, a, b, FALSE);
  claim->body = _ds_toks_dup (s, g, e);
  claim->cue = g_strdup (_ds_definition_cue (ctx, claim->subject));
  if (who_a < who_b)
    claim->attribution = _ds_toks_dup (s, who_a, who_b);
  claim->key_start = _ds_sent_char_at (s, s->toks[a].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_toks_mark_used (s, a, e);
  return _ds_claim_commit (ctx, claim);
}

/* "Banyak negara kini menerapkan *food sovereignty*, yaitu hak suatu
 * bangsa untuk …", "… adopted *strategic autonomy*, that is, the
 * capacity to …": an italic or bold term before ", yaitu/yakni" (the
 * cue_naming words that define) is the term, wherever it stands in its
 * clause; the gloss runs to its closing comma. Not a list ("yaitu A, B
 * dan C"), not a gloss that opens on a pronoun, a conjunction or a
 * preposition. @i is the cue. */
static gboolean
marked_term_gloss (Ctx  *ctx,
                   Sent *s,
                   guint i)
{
  Def def = { .rule = DS_CLAIM_RULE_DEFINITION };
  guint k, e = _ds_body_end (s), commas = 0, close = 0;
  const Tok *last;

  if (i < 3 || i + 3 > e || !_ds_tok_is_punct (&s->toks[i - 1], ',') || !(s->toks[i].flags & W_CUE_NAMING) ||
      !(s->toks[i].flags & W_CUE_DEF))
    return FALSE;
  last = &s->toks[i - 2];
  if (last->type != TOK_WORD || (last->p[last->len] != '*' && last->p[last->len] != '_'))
    return FALSE;
  for (k = i - 2; k > 0 && k + 5 > i && s->toks[k].p[-1] != '*' && s->toks[k].p[-1] != '_'; k--)
    ;
  if (k == 0 || (s->toks[k].p[-1] != '*' && s->toks[k].p[-1] != '_') || _ds_toks_any_used (s, k, e) ||
      (s->toks[i + 1].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_PREP | W_CONNECTIVE | W_COUNT)) ||
      s->toks[i + 1].type != TOK_WORD)
    return FALSE;
  for (guint c = i + 1; c < e; c++)
    if (_ds_tok_is_punct (&s->toks[c], ','))
      {
        commas++;
        if (close == 0)
          close = c;
      }
  if (commas > 1)
    return FALSE;
  def.term_a = k;
  def.term_b = i - 1;
  def.cue_a = i;
  def.cue_b = def.body_a = i + 1;
  def.body_b = close > 0 ? close : e;
  if (def.body_b < def.body_a + 2 || clause_body (ctx, s, def.body_a, def.body_b))
    return FALSE;
  commit_def (ctx, s, &def);
  return TRUE;
}

/* The term a scholar defined in the sentence before this one, or NULL. */
static const char *
scholar_term_before (Ctx *ctx)
{
  for (guint i = ctx->sentence_first_claim; i > 0; i--)
    {
      const DsClaim *c = ctx->claims->pdata[i - 1];

      if (c->start < ctx->prev.start)
        break;
      if (c->kind == DS_CLAIM_DEFINITION && c->attribution != NULL)
        return c->subject;
    }
  return NULL;
}

/* "Diplomasi adalah instrumen utama politik luar negeri. Satow
 * mendefinisikannya sebagai …", "Deterrence is an old idea. Schelling
 * defined it as …": the sentence before, in the same paragraph, opens on
 * a term of at most four words in lower case (its first word aside)
 * and the copula (a cue of the class cue_def that defines by no verb of
 * its own): "it" is that term. [*a, *b) of @x, the sentence read again. */
static gboolean
term_opening_copula (Ctx        *ctx,
                     const Sent *s,
                     Sent       *x,
                     guint      *a,
                     guint      *b)
{
  guint c;

  if (ctx->prev.p == NULL || ctx->prev.block != s->block)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, x);
  if (x->question || x->n < 4)
    return FALSE;
  for (c = 0; c < x->n && c < 5 && x->toks[c].type == TOK_WORD && !(x->toks[c].flags & W_CUE_DEF); c++)
    if ((c > 0 && x->toks[c].cap) ||
        (x->toks[c].flags & (W_PRONOUN | W_ANAPHOR | W_DET | W_COUNTRY | W_RELATIVE | W_THAT | W_CONNECTIVE)) ||
        x->toks[c].verb)
      return FALSE;
  if (c == 0 || c >= 5 || c >= x->n || !(x->toks[c].flags & W_CUE_DEF) || (x->toks[c].flags & W_DEFINE_VERB) ||
      !_ds_term_usable (x, 0, c))
    return FALSE;
  *a = 0;
  *b = c;
  return TRUE;
}

/* The term a scholar's sentence speaks of without naming it: the one
 * the sentence before named, defined, or another scholar defined there
 * ("Keohane defines interdependence as …. Okafor defines it as …"), or
 * ended on after a verb that brings it up (term_ending()). NULL when
 * there is none. */
static char *
term_from_before (Ctx  *ctx,
                  Sent *s)
{
  Sent x = { 0 };
  guint a, b;

  if (ctx->named_term != NULL)
    return g_strdup (ctx->named_term);
  if (_ds_term_defined_before (ctx) != NULL)
    return g_strdup (_ds_term_defined_before (ctx));
  if (scholar_term_before (ctx) != NULL)
    return g_strdup (scholar_term_before (ctx));
  if (term_ending (ctx, s, &x, &a, &b))
    return _ds_phrase_dup (&x, a, b, TRUE);
  if (term_opening_copula (ctx, s, &x, &a, &b))
    return _ds_phrase_dup (&x, a, b, TRUE);
  return NULL;
}

/* Commits @term (taken) as the definition the scholar [@who_a, @who_b)
 * gives from @body to the definition's end, keyed from the verb @v; the
 * source shows the term's sentence too. */
static gboolean
commit_scholar_definition (Ctx   *ctx,
                           Sent  *s,
                           char  *term,
                           guint  v,
                           guint  body,
                           guint  who_a,
                           guint  who_b,
                           gboolean before)
{
  g_autofree char *subject = term;
  guint end = definition_end (ctx, s, body);
  DsClaim *claim;

  while (end > body && s->toks[end - 1].type == TOK_PUNCT && strchr (",;:", (int) s->toks[end - 1].ch))
    end--;
  if (end < body + 2)
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_ATTRIBUTED, s);
  claim->subject = g_steal_pointer (&subject);
  claim->body = _ds_toks_dup (s, body, end);
  claim->cue = g_strdup (ds_lang_get_template (ctx->lang, "definition_cue"));
  claim->attribution = _ds_toks_dup (s, who_a, who_b);
  claim->key_start = _ds_sent_char_at (s, s->toks[v].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[body - 1].p + s->toks[body - 1].len);
  if (before)
    {
      claim->start = ctx->prev.start;
      _ds_claim_extend (ctx, claim, s->end_char, s->end);
    }
  _ds_toks_mark_used (s, 0, end);
  return _ds_claim_commit (ctx, claim);
}

/* "Many analysts speak of functional cooperation. Lindahl (2009) defined
 * it as joint work on …", "… Hadi (2011) mendefinisikannya sebagai …":
 * a scholar defines "it" (the phrase list defs4_define_it), and "it" is
 * the term the sentence before named (in quotes after a label), defined,
 * or ended on after a verb that brings it up (term_ending()). Without
 * such a term, or without a scholar who opens the sentence, nothing. */
static gboolean
define_it (Ctx  *ctx,
           Sent *s)
{
  guint e = _ds_body_end (s), v, n = 0, who_a, who_b, body, first = 0;
  g_autofree char *term = NULL;

  if (!_ds_sent_may_start (s, HOT_DEFINE_IT))
    return FALSE;
  for (v = 1; v + 2 < e && n == 0; v++)
    if (s->toks[v].phrase)
      n = _ds_phrase_at (ctx, s, v, PL_DEFS4_DEFINE_IT);
  if (n == 0 || ctx->prev.p == NULL || ctx->prev.block != s->block)
    return FALSE;
  v--;
  body = v + n;
  /* "By contrast, Okafor defines it as …", "Di sisi lain, Larasati
   * mengartikannya sebagai …": a link to the sentence before and its
   * comma may open the sentence. */
  if (((n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LINK)) > 0 ||
       (n = _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LINK)) > 0) && n + 1 < v && _ds_tok_is_punct (&s->toks[n], ','))
    first = n + 1;
  if (body + 2 >= e || !s->toks[first].cap ||
      past_scholar_adverb (ctx, s, read_scholar (s, first, v, &who_a, &who_b), v) != v ||
      (s->toks[first].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_CONNECTIVE)) ||
      _ds_toks_any_used (s, 0, e))
    return FALSE;
  term = term_from_before (ctx, s);
  if (term == NULL)
    return FALSE;
  return commit_scholar_definition (ctx, s, g_steal_pointer (&term), v, body, who_a, who_b, TRUE);
}

/* The body that gave a definition, in [@k, @c): capitalised words
 * ("Biro Maritim Internasional", "the International Maritime Bureau",
 * "Komisi Perikanan Pasifik Barat"), "of"/"dan" between them; [*a, *b),
 * and where it ends. */
static guint
source_name (const Sent *s,
             guint       k,
             guint       c,
             guint      *a,
             guint      *b)
{
  guint j = k + (_ds_tok_is (&s->toks[k], "the") ? 1 : 0), e;

  *a = k;
  for (e = j; e < c && e < j + 8 && s->toks[e].type == TOK_WORD &&
              (s->toks[e].cap || (e > j && e + 1 < c && s->toks[e + 1].cap &&
                                  (s->toks[e].flags & (W_PREP | W_CONJ)) && !_ds_tok_is (&s->toks[e], "in") &&
                                  !_ds_tok_is (&s->toks[e], "pada")));
       e++)
    ;
  *b = e;
  return e > j ? e : 0;
}

/* The heading right above the paragraph @s opens, when it is a short
 * term ("## Pembajakan laut"), or NULL. */
static char *
heading_term (Ctx        *ctx,
              const Sent *s)
{
  const DsBlock *head;
  const char *p, *end;
  g_autofree char *written = NULL;
  guint words = 1;

  if (!s->first || s->block == 0)
    return NULL;
  head = ds_essay_get_block (ctx->essay, s->block - 1);
  if (head->kind != DS_BLOCK_HEADING || head->number != 0)
    return NULL;
  p = ctx->text + head->content_byte_start;
  end = ctx->text + head->byte_end;
  while (end > p && (end[-1] == ' ' || end[-1] == '\n'))
    end--;
  for (const char *q = p; q < end; q++)
    if (*q == ' ')
      words++;
    else if (*q == ':' || *q == '?' || g_ascii_isdigit (*q))
      return NULL;
  if (end == p || words > 4)
    return NULL;
  written = g_strndup (p, end - p);
  return _ds_heading_phrase (ctx, written, NULL);
}

/* "Definisi pembajakan yang dirumuskan Biro Maritim Internasional pada
 * tahun 1992 adalah …", "The definition of piracy adopted by the
 * International Maritime Bureau in 1992 is …", "Definisi kerja yang
 * dirumuskan Komisi X pada 2004 adalah …" after a sentence that named
 * the term: a definition (the phrase list defs_formulation_noun, a kind
 * before or after it: defs_formulation_kind) a named body or scholar
 * gave, its year perhaps, then the copula: asked as that source's
 * definition of the term (in the phrase, or the sentence before's). No
 * term: the phrase is left to no other definition rule ("What is meant
 * by adopted by …?"). */
gboolean
_ds_find_sourced_definition (Ctx  *ctx,
                             Sent *s)
{
  guint e = _ds_body_end (s), i = 0, n, j, t, r, k, c, src_a, src_b, body;
  gboolean before = FALSE;
  g_autofree char *term = NULL;

  if (!(s->flags & W_CUE_DEF) || e < 8)
    return FALSE;
  if (ctx->english && _ds_tok_is_article (&s->toks[i]))
    i++;
  if (ctx->english && _ds_phrase_at (ctx, s, i, PL_DEFS_FORMULATION_KIND) == 1)
    i++;
  if ((n = _ds_phrase_at (ctx, s, i, PL_DEFS_FORMULATION_NOUN)) == 0)
    return FALSE;
  j = i + n;
  if (!ctx->english && j < e && _ds_phrase_at (ctx, s, j, PL_DEFS_FORMULATION_KIND) == 1)
    j++;
  /* The term: "Definisi pembajakan yang …", "The definition of piracy
   * adopted …". */
  t = j + (ctx->english && _ds_tok_is (&s->toks[j], "of") ? 1 : 0);
  if (ctx->english && t == j && !(s->toks[j].verb || (s->toks[j].len > 3 && g_str_has_prefix (s->toks[j].p + s->toks[j].len - 2, "ed"))))
    return FALSE;
  /* ("The working definition adopted by …": no term in the phrase.) */
  /* ("armed robbery at sea": a preposition inside an English term.) */
  for (r = t; r < e && r < t + 5 && !(ctx->english && t == j) && s->toks[r].type == TOK_WORD && !s->toks[r].cap &&
              (!(s->toks[r].flags & (W_RELATIVE | W_FUNCTION)) ||
               (ctx->english && r > t && (s->toks[r].flags & W_PREP) && !_ds_tok_is (&s->toks[r], "by") &&
                r + 1 < e && !s->toks[r + 1].cap && !(s->toks[r + 1].flags & W_FUNCTION))) &&
              !(ctx->english && r > t && s->toks[r].len > 3 && strncmp (s->toks[r].p + s->toks[r].len - 2, "ed", 2) == 0);
       r++)
    ;
  if (ctx->english && t > j && r == t)
    return FALSE;
  /* Who gave it: "yang dirumuskan (oleh) X", "adopted by X". */
  k = r;
  if (!ctx->english)
    {
      if (k + 2 >= e || !_ds_tok_is (&s->toks[k], "yang") || !s->toks[k + 1].verb ||
          ds_ascii_strncasecmp (s->toks[k + 1].p, "di", 2) != 0)
        return FALSE;
      k += 2 + (_ds_tok_is (&s->toks[k + 2], "oleh") ? 1 : 0);
    }
  else
    {
      if (k + 2 >= e || !_ds_tok_is (&s->toks[k + 1], "by"))
        return FALSE;
      k += 2;
    }
  for (c = k; c < e && c < k + 16 && !(s->toks[c].flags & W_CUE_DEF); c++)
    ;
  if (c >= e || c >= k + 16 || c + 3 > e || source_name (s, k, c, &src_a, &src_b) == 0 || _ds_toks_any_used (s, 0, c))
    return FALSE;
  /* Past the name: a year ("pada tahun 1992", "in 1992"), an acronym in
   * brackets, nothing else. */
  for (guint x = src_b; x < c; x++)
    if (!(s->toks[x].type == TOK_NUMBER || _ds_tok_is (&s->toks[x], "pada") || _ds_tok_is (&s->toks[x], "tahun") ||
          _ds_tok_is (&s->toks[x], "in") || _ds_tok_is_punct (&s->toks[x], '(') || _ds_tok_is_punct (&s->toks[x], ')') ||
          _ds_tok_is_acronym (&s->toks[x])))
      return FALSE;
  if (_ds_lexicon_is_country (s->toks, s->n, src_a))
    return FALSE;
  body = c + 1;
  if (r > t)
    term = _ds_phrase_dup (s, t, r, TRUE);
  else if ((term = term_from_before (ctx, s)) != NULL)
    before = TRUE;
  else if ((term = heading_term (ctx, s)) == NULL)
    {
      /* The phrase names no term: no rule may take it for one. */
      _ds_toks_mark_used (s, 0, src_b);
      return FALSE;
    }
  if (!commit_scholar_definition (ctx, s, g_steal_pointer (&term), c, body, src_a, src_b, before))
    return FALSE;
  /* ("pada tahun 1992": the year stays a blank of its own.) */
  for (guint x = src_b; x < c; x++)
    s->toks[x].used = FALSE;
  return TRUE;
}

/* "Ketahanan pangan adalah …. Suryani (2018) memberikan rumusan yang
 * lebih operasional, yakni kemampuan rumah tangga …", "… Suryani (2018)
 * offers a narrower formulation, namely the ability of …", "Hidayat
 * (2020) uses a broader definition, covering …": a scholar gives a
 * formulation (the phrase lists defs_offer_verb, defs_formulation_noun)
 * of the term the sentence before defined or brought up, and after a
 * comma or a colon and a cue (defs_formulation_cue) what it says; asked
 * as that scholar's definition of the term. */
gboolean
_ds_find_offered_formulation (Ctx  *ctx,
                              Sent *s)
{
  guint e = _ds_body_end (s), v, n = 0, who_a, who_b, first = 0, k, body = 0;
  g_autofree char *term = NULL;

  if (ctx->prev.p == NULL || ctx->prev.block != s->block || s->n_commas + s->has_colon == 0)
    return FALSE;
  if (((n = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LINK)) > 0 ||
       (n = _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LINK)) > 0) && n + 1 < e && _ds_tok_is_punct (&s->toks[n], ','))
    first = n + 1;
  n = 0;
  for (v = first + 1; v + 4 < e && v < first + 9 &&
                      (!s->toks[v].phrase || (n = _ds_phrase_at (ctx, s, v, PL_DEFS_OFFER_VERB)) == 0);
       v++)
    ;
  if (n == 0 || !s->toks[first].cap || read_scholar (s, first, v, &who_a, &who_b) != v ||
      (s->toks[first].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_CONNECTIVE)) ||
      _ds_toks_any_used (s, 0, e))
    return FALSE;
  /* The formulation's noun within two words ("a more operational
   * formulation", "rumusan yang lebih operasional"), then its cue
   * within six. */
  k = v + n;
  for (guint j = k; j < e && j < k + 4; j++)
    if ((n = _ds_phrase_at (ctx, s, j, PL_DEFS_FORMULATION_NOUN)) > 0 ||
        /* "memakai istilah yang lebih luas, …", "uses a broader term,
         * …": a term word (term_label) stands for the formulation only
         * when no new term follows it ("uses the term 'X'"). */
        ((n = _ds_phrase_at (ctx, s, j, PL_TERM_LABEL)) == 1 && j + 1 < e &&
         (_ds_tok_is_punct (&s->toks[j + 1], ',') || _ds_tok_is (&s->toks[j + 1], "yang"))))
      {
        for (guint c = j + n; c + 2 < e && c < j + n + 6; c++)
          if (_ds_tok_is_punct (&s->toks[c], ',') || _ds_tok_is_punct (&s->toks[c], ':'))
            {
              guint m = _ds_phrase_at (ctx, s, c + 1, PL_DEFS_FORMULATION_CUE);

              if (m > 0 || _ds_tok_is_punct (&s->toks[c], ':'))
                body = c + 1 + m;
              break;
            }
        break;
      }
  if (body == 0 || body + 2 >= e)
    return FALSE;
  term = term_from_before (ctx, s);
  if (term == NULL)
    {
      /* "… Suryani (2018) memberikan rumusan …, yakni …. Hidayat (2020)
       * memakai istilah yang lebih luas, …": the term of the definition
       * the sentence before ended with. */
      for (guint i = ctx->sentence_first_claim; i > 0 && term == NULL; i--)
        {
          const DsClaim *c = ctx->claims->pdata[i - 1];

          if (c->end < ctx->prev.start)
            break;
          if (c->kind == DS_CLAIM_DEFINITION)
            term = g_strdup (c->subject);
        }
      if (term == NULL)
        return FALSE;
    }
  return commit_scholar_definition (ctx, s, g_steal_pointer (&term), v, body, who_a, who_b, TRUE);
}

/* Where the sentence's subject starts: past a link that opens it
 * ("Adapun", "Sementara itu,", "Meanwhile,": the phrase lists
 * contrast_link and cover_lead) and its comma. */
static guint
subject_opening (Ctx        *ctx,
                 const Sent *s)
{
  guint o = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LINK);

  if (o == 0)
    o = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD);
  if (o > 0 && o < s->n && _ds_tok_is_punct (&s->toks[o], ','))
    o++;
  return o;
}

/* Whether [@a, @b) names a notion: words in lower case but for its
 * first, acronyms and what a bracket holds; no number, no pointer, no
 * pronoun, one noun at least outside the bracket. */
static gboolean
notion_subject (const Sent *s,
                guint       a,
                guint       b)
{
  int depth = 0;
  gboolean noun = FALSE;

  if (b <= a || b - a > 12 || (s->toks[a].flags & (W_COUNTRY | W_PRONOUN | W_ANAPHOR | W_QUANT | W_COUNT)))
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, '('))
        depth++;
      else if (_ds_tok_is_punct (t, ')'))
        depth--;
      else if (depth > 0 || (_ds_tok_is_punct (t, '-') && k > a && k + 1 < b))
        continue;
      /* (A verb's form may modify a noun after it: "distributed
       * denial-of-service", not end the subject; nor may a noun after
       * the bracket, "(DoS) attack".) */
      else if (t->type != TOK_WORD || (t->flags & (W_ANAPHOR | W_PRONOUN | W_RELATIVE | W_THAT)) ||
               (t->verb && k + 1 == b && !(k > a && _ds_tok_is_punct (&s->toks[k - 1], ')')) &&
                !(k > a && t->len > 5 && ds_ascii_strncasecmp (t->p, "ber", 3) == 0 && !s->toks[k - 1].verb)) ||
               (k > a && t->cap && !_ds_tok_is_acronym (t)))
        return FALSE;
      else
        noun |= !_ds_tok_is_acronym (t) && !(t->flags & W_FUNCTION);
    }
  return depth == 0 && noun;
}

/* "Adapun kebocoran data terjadi ketika informasi pribadi …",
 * "Maladministration occurs when an official acts …": a notion and what
 * makes it happen (the phrase list defs_occur_when) say what it is, asked
 * "Apa yang dimaksud dengan kebocoran data?", answered by the predicate
 * ("terjadi ketika …"). "Perundingan itu gagal ketika …", "This happens
 * when …" name no notion. */
static gboolean
occurs_when (Ctx  *ctx,
             Sent *s)
{
  guint e, o, v, n = 0, close;

  /* Most sentences hold no "terjadi ketika", "occurs when": no look for
   * their subject. */
  if (!_ds_sent_may_start (s, HOT_DEFS_OCCUR_WHEN))
    return FALSE;
  e = _ds_body_end (s);
  o = subject_opening (ctx, s);
  for (v = o + 1; v < e && v < o + 7 &&
                  (!s->toks[v].phrase || (n = _ds_phrase_at (ctx, s, v, PL_DEFS_OCCUR_WHEN)) == 0);
       v++)
    ;
  /* "A turf conflict arises when …": asked without its article. */
  if (ctx->english && o + 1 < v && _ds_tok_is_article (&s->toks[o]) && !_ds_tok_is (&s->toks[o], "the"))
    o++;
  if (n == 0 || v + n + 3 > e || !notion_subject (s, o, v) || !_ds_term_usable (s, o, v) ||
      _ds_toks_any_used (s, o, e))
    return FALSE;
  for (guint k = v + n; k < e; k++)
    if (s->toks[k].type == TOK_NUMBER)
      return FALSE;
  close = definition_end (ctx, s, v + n);
  if (close < v + n + 3)
    return FALSE;
  /* "Kecelakaan terjadi ketika kapal tanker memasuki Selat Sunda",
   * "Ledakan terjadi ketika awak kapal sedang tidur": a story tells of
   * one event — a name or an aspect (the phrase list defs_event_aspect)
   * in the clause; in Indonesian, which marks no tense, "ketika", "saat"
   * after a single word tell a time, not what a notion is. */
  for (guint k = v + n; k < close; k++)
    if ((s->toks[k].type == TOK_WORD && s->toks[k].cap) ||
        (s->toks[k].phrase && _ds_phrase_at (ctx, s, k, PL_DEFS_EVENT_ASPECT) > 0))
      return FALSE;
  if (!ctx->english && v - o < 2 &&
      (_ds_tok_is (&s->toks[v + n - 1], "ketika") || _ds_tok_is (&s->toks[v + n - 1], "saat")))
    return FALSE;
  /* ("An explosion occurs when the crew is asleep": so does "the"
   * opening the clause after a single word, one crew, one captain.) */
  if (ctx->english && v - o < 2 && _ds_tok_is (&s->toks[v + n], "the"))
    return FALSE;
  commit_gloss_cue (ctx, s, _ds_phrase_dup (s, o, v, TRUE), o, v, v, close, NULL);
  return TRUE;
}

static gboolean initials_spell   (const Sent *s,
                                  guint       open,
                                  guint       acr,
                                  guint      *a);
static gboolean long_form_spells (const Sent *s,
                                  guint       k,
                                  guint       c,
                                  guint       b);
static gboolean initials_inside  (const Sent *s,
                                  guint       open,
                                  guint       close);

/* "Sementara itu, serangan DDoS (Distributed Denial of Service)
 * membanjiri server dengan …", "A denial-of-service (DoS) attack floods
 * a server with …": a notion brought in with its long name or its
 * acronym in brackets, then a verb that says what it does (Indonesian
 * "me-", "ber-"; English the present "-s"), is defined by that
 * predicate, as a glossary line that opens on the term's verb. A name in
 * capitals ("Badan Siber dan Sandi Negara (BSSN) menerbitkan …") is a
 * body acting, no notion. */
static gboolean
bracketed_notion_does (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s), o = subject_opening (ctx, s), close = 0, v, end;
  const Tok *t;

  for (guint k = o + 1; k < e && k < o + 10; k++)
    if (_ds_tok_is_punct (&s->toks[k], ')'))
      {
        close = k;
        break;
      }
  if (close == 0)
    return FALSE;
  /* English: the head noun may follow ("(DoS) attack floods"), and
   * the lexicon may not know the verb: a word in "-s" before an article
   * or a determiner ("floods a server") is one. */
  for (v = close + 1; ctx->english && v < e && v < close + 3 && s->toks[v].type == TOK_WORD && !s->toks[v].cap &&
                      !(s->toks[v].flags & W_FUNCTION) &&
                      !(s->toks[v].verb && s->toks[v].p[s->toks[v].len - 1] == 's') &&
                      !(v + 1 < e && s->toks[v].p[s->toks[v].len - 1] == 's' &&
                        (_ds_tok_is_article (&s->toks[v + 1]) || (s->toks[v + 1].flags & W_DET)));
       v++)
    ;
  if (v + 3 > e)
    return FALSE;
  t = &s->toks[v];
  if (t->type != TOK_WORD || t->cap || !(t->verb || ctx->english) ||
      (t->flags & (W_AUX | W_FUNCTION | W_CUE_DEF | W_CUE_NAMING)) ||
      (!t->verb && !(t->p[t->len - 1] == 's' && (_ds_tok_is_article (&s->toks[v + 1]) || (s->toks[v + 1].flags & W_DET)))) ||
      (ctx->english ? ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 ||
                        (t->p[t->len - 1] == 's' ? ds_ascii_strncasecmp (t->p + t->len - 2, "ss", 2) == 0
                                                 : s->toks[v - 1].p[s->toks[v - 1].len - 1] != 's' &&
                                                   s->toks[close - 1].p[s->toks[close - 1].len - 1] != 's')
                    : t->len < 5 || !(ds_ascii_strncasecmp (t->p, "me", 2) == 0 || ds_ascii_strncasecmp (t->p, "ber", 3) == 0)))
    return FALSE;
  /* "A denial-of-service (DoS) attack": asked without its article. */
  if (ctx->english && o + 1 < v && _ds_tok_is_article (&s->toks[o]) && !_ds_tok_is (&s->toks[o], "the"))
    o++;
  if (!notion_subject (s, o, v) || !_ds_term_usable (s, o, v) || _ds_toks_any_used (s, v, e))
    return FALSE;
  /* The bracket spells the notion: its acronym after the words whose
   * initials it takes ("penolakan layanan terdistribusi (PLT)"), or its
   * long form after the acronym ("DDoS (Distributed Denial of
   * Service)"); a year, a scholar or a gloss brings in no notion. */
  {
    guint open = o, from;

    while (!_ds_tok_is_punct (&s->toks[open], '('))
      open++;
    if (!(close == open + 2 && _ds_tok_is_acronym (&s->toks[open + 1]) && initials_spell (s, open, open + 1, &from) &&
          from >= o) &&
        !(open > o && _ds_tok_is_acronym (&s->toks[open - 1]) && close > open + 2 &&
          (long_form_spells (s, open - 1, open + 1, close) || initials_inside (s, open, close))))
      return FALSE;
  }
  /* The notion opens in lower case after its link, or is its
   * sentence's first word; a name runs in capitals up to the bracket. */
  if (o > 0 && s->toks[o].cap && !_ds_tok_is_acronym (&s->toks[o]))
    return FALSE;
  end = definition_end (ctx, s, v);
  for (guint k = v; k < end; k++)
    if (s->toks[k].type == TOK_NUMBER)
      return FALSE;
  if (end < v + 3)
    return FALSE;
  /* Asked without its bracket ("serangan DDoS", "a denial-of-service
   * attack"); the bracket stays free for what the acronym stands for. */
  {
    guint open = o;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    while (!_ds_tok_is_punct (&s->toks[open], '('))
      open++;
    before = open > o ? _ds_phrase_dup (s, o, open, TRUE) : NULL;
    after = close + 1 < v ? _ds_toks_dup (s, close + 1, v) : NULL;
    commit_gloss_cue (ctx, s,
                      before != NULL && after != NULL ? g_strdup_printf ("%s %s", before, after)
                      : before != NULL                ? g_steal_pointer (&before)
                                                      : _ds_phrase_dup (s, o, v, TRUE),
                      o, v, v, end, NULL);
    for (guint k = o; k < v; k++)
      s->toks[k].used = FALSE;
  }
  return TRUE;
}

/* A definition with no cue of its own: what makes a notion happen, or
 * what a notion brought in with its bracket does. */
void
_ds_find_predicate_gloss (Ctx  *ctx,
                          Sent *s)
{
  if (!occurs_when (ctx, s) && s->has_bracket)
    bracketed_notion_does (ctx, s);
}

/* "The term digital diplomacy is used to describe the use of …",
 * "Istilah kedaulatan siber dipakai untuk merujuk pada klaim …": a label
 * (the phrase list term_label) opens the sentence, a term of at most
 * five words follows, then a cue that says the term names something (the
 * phrase list defs_used_for); what follows is the term's gloss. The
 * label is what makes "used for" define ("Drones are used for …" names
 * a use). */
static gboolean
term_used_for (Ctx  *ctx,
               Sent *s)
{
  guint k = s->n > 0 && _ds_tok_is (&s->toks[0], "the") ? 1 : 0;
  guint n = _ds_phrase_at (ctx, s, k, PL_TERM_LABEL), a, b, c, m, e, end;
  DsClaim *claim;

  if (n == 0)
    return FALSE;
  a = k + n;
  while (a < s->n && s->toks[a].type == TOK_PUNCT && strchr ("\"'", (int) s->toks[a].ch))
    a++;
  for (b = a; b < s->n && b < a + 6 && s->toks[b].type == TOK_WORD &&
              _ds_phrase_at (ctx, s, b, PL_DEFS_USED_FOR) == 0; b++)
    if (s->toks[b].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT | W_CLAUSE))
      return FALSE;
  if (b == a || b >= s->n || b >= a + 6)
    return FALSE;
  c = b;
  while (c < s->n && s->toks[c].type == TOK_PUNCT && strchr ("\"'", (int) s->toks[c].ch))
    c++;
  if ((m = _ds_phrase_at (ctx, s, c, PL_DEFS_USED_FOR)) == 0)
    return FALSE;
  c += m;
  e = definition_end (ctx, s, c);
  end = e;
  while (end > c && s->toks[end - 1].type == TOK_PUNCT && strchr (",;:.", (int) s->toks[end - 1].ch))
    end--;
  if (end < c + 3 || s->toks[c].type != TOK_WORD || s->toks[c].cap ||
      (s->toks[c].flags & (W_PRONOUN | W_ANAPHOR)) || !_ds_term_usable (s, a, b) || _ds_toks_any_used (s, a, e))
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  claim->subject = _ds_phrase_dup (s, a, b, TRUE);
  claim->body = _ds_toks_dup (s, c, _ds_citation_start (s, c, end));
  claim->cue = g_strdup (_ds_definition_cue (ctx, claim->subject));
  claim->key_start = _ds_sent_char_at (s, s->toks[a].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

void
_ds_find_definitions (Ctx  *ctx,
                      Sent *s)
{
  /* "Menurutnya, …" after a country, or whom it points at unknown: a
   * view held, not what a term means; after a scholar, the scholar's
   * definition (commit_def()). */
  if (pronoun_view (ctx, s) > 0)
    {
      g_autofree char *who = pronoun_scholar (ctx, s);

      if (who == NULL)
        return;
    }
  else if (held_for_whom (ctx, s))
    return;
  if (by_term_mean (ctx, s) || itu_copula (ctx, s))
    return;
  if (ctx->named_term != NULL && describes_named (ctx, s))
    return;
  if (term_used_for (ctx, s))
    return;
  if (define_it (ctx, s))
    return;
  for (guint i = 1; i < s->n; i++)
    if ((s->toks[i].flags & (W_CUE_DEF | W_DEFINE_VERB)) && !s->toks[i].used && !marked_term_gloss (ctx, s, i))
      try_definition (ctx, s, i);
}

/* ------------------------------------------------------------------ */
/* What a theory, a document or a scholar holds                        */

#define STANCE_MAX_TOKENS 25

/* The question form of a stance verb ("menekankan" → "ditekankan";
 * "emphasizes" → "emphasize", "does") from the "stance_verb" phrases, or
 * NULL. */
static const char *
stance_form (Ctx        *ctx,
             const Tok  *t,
             const char **aux)
{
  const char *form = _ds_lexicon_other_forms (ctx, t, "stance_verb");
  const char *second = form != NULL ? strchr (form, ' ') : NULL;

  *aux = second != NULL ? second + 1 : "";
  return form;
}

static char *
stance_question (Ctx        *ctx,
                 const Sent *s,
                 const char *form,
                 const char *aux,
                 guint       start,
                 guint       end,
                 guint       who_a,
                 guint       who_b)
{
  g_autofree char *verb = g_strndup (form, strcspn (form, " "));
  g_autofree char *subject = _ds_phrase_dup (s, start, end, TRUE);
  g_autofree char *who = who_a < who_b ? _ds_toks_dup (s, who_a, who_b) : NULL;
  g_autofree char *question = NULL;

  question = ds_lang_expand (ctx->lang, who != NULL ? "question_stance_by" : "question_stance",
                             "verb", verb, "aux", aux, "subject", subject, "who", who ? who : "", NULL);
  return ds_utf8_capitalize (question);
}

/* "Nye emphasizes that soft power is a form of …", "… bahwa X
 * didefinisikan sebagai …": the clause defines, and the definition is the
 * better card. */
/* "… adalah aktor utama …": a superlative picks one out, it defines
 * nothing. */
static gboolean
ranks_at (const Sent *s,
          guint       a,
          guint       e)
{
  for (guint k = a; k < e && k < a + 3; k++)
    if (s->toks[k].flags & W_SUPERLATIVE)
      return TRUE;
  return FALSE;
}

static gboolean
defines_inside (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       e)
{
  for (guint k = a + 1; k < e && k < a + 6; k++)
    {
      const Tok *next = k + 1 < e ? &s->toks[k + 1] : NULL;

      if (s->toks[k].flags & W_DEFINE_VERB)
        return TRUE;
      if ((s->toks[k].flags & W_CUE_DEF) && next != NULL &&
          (_ds_tok_is (next, "a") || _ds_tok_is (next, "an") || _ds_tok_is (next, "suatu") ||
           _ds_tok_is (next, "sebuah")))
        return TRUE;
      /* "… bahwa diplomasi adalah seni …": an Indonesian copula before
       * what says what X is. */
      if ((_ds_tok_is (&s->toks[k], "adalah") || _ds_tok_is (&s->toks[k], "merupakan") ||
           _ds_tok_is (&s->toks[k], "ialah")) && body_defines (ctx, s, k + 1, e) &&
          !ranks_at (s, k + 1, e))
        return TRUE;
    }
  return FALSE;
}

/* "Kaum liberal berangkat dari asumsi bahwa …", "Constructivism rests
 * on the premise that …": a premise a theory starts from (the phrase
 * list stance_premise) is what it assumes, asked with the form of the
 * list stance_premise_form ("diasumsikan", "assume"); its length at @i,
 * or 0. English asks "does" after a verb in "-s" ("rests", "is"). */
static guint
stance_premise (Ctx         *ctx,
                const Sent  *s,
                guint        i,
                const char **form,
                const char **aux)
{
  guint n = _ds_phrase_at (ctx, s, i, PL_STANCE_PREMISE);
  const char * const *forms;
  const Tok *t = &s->toks[i];

  if (n == 0 || (forms = ds_lang_get_phrases (ctx->lang, "stance_premise_form")) == NULL || forms[0] == NULL)
    return 0;
  *form = forms[0];
  *aux = !ctx->english ? "" : t->p[t->len - 1] == 's' ? "does" : "do";
  return n;
}

/* "Realisme berasumsi bahwa negara adalah aktor utama" → "Apa yang
 * diasumsikan realisme?"; "Menurut Cull (2009), diplomasi publik
 * menekankan bahwa …" → "Menurut Cull, apa yang ditekankan diplomasi
 * publik?"; "Liberalism holds that …" → "What does liberalism hold?" The
 * that-clause answers. */
void
_ds_find_stances (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 1; i + 3 < e; i++)
    {
      const char *aux = NULL;
      const char *form = stance_form (ctx, &s->toks[i], &aux);
      guint hi = i, c, start, end, who_a = 0, who_b = 0, after = 0, that = i + 1, premise = 0;
      DsClaim *claim;

      if (form == NULL && s->toks[i].phrase && !s->toks[i].used)
        premise = stance_premise (ctx, s, i, &form, &aux);
      if (form == NULL || s->toks[i].used)
        continue;
      if (premise > 0)
        that = i + premise;
      else if (that < e && (s->toks[that].flags & W_ADV))
        that++;
      if (that + 3 >= e || !(s->toks[that].flags & W_THAT) || e - that - 1 > STANCE_MAX_TOKENS ||
          _ds_toks_any_used (s, that + 1, e))
        continue;
      while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX)))
        hi--;
      c = attribution_at_start (ctx, s, hi, &who_a, &who_b, &after) ? after : _ds_clause_start (s, hi);
      /* (What actors stress is theirs even when it sounds like a
       * definition.) */
      if (defines_inside (ctx, s, that + 1, e) && !actors_report (ctx, s, c, hi))
        continue;
      start = _ds_np_start (s, c, hi, &end);
      /* ("Whereas Brandt holds that …, Haddad maintains that …": a view
       * in the clause that opens the sentence is set against the main
       * clause's, which the answer to its end would run into.) */
      if (start > 0 && _ds_phrase_at (ctx, s, 0, PL_STANCE_SUBORDINATOR) == start)
        continue;
      if (start != c || end != hi || !_ds_term_usable (s, start, end) ||
          (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) || _ds_tok_ends_nya (&s->toks[start]))
        continue;
      /* "Menteri Retno menegaskan bahwa …": who said it is the question
       * (the report rule's). */
      if ((s->toks[i].flags & W_REPORT) && s->toks[start].cap)
        continue;
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, that + 1, e);
      claim->question = stance_question (ctx, s, form, aux, start, end, who_a, who_b);
      if (who_a < who_b)
        claim->attribution = _ds_toks_dup (s, who_a, who_b);
      /* ("Anindya menekankan bahwa …": a name holds the view.) */
      else if (s->toks[start].cap && !(s->toks[start].flags & W_FUNCTION))
        claim->attribution = _ds_toks_dup (s, start, end);
      _ds_toks_mark_used (s, start, e);
      _ds_claim_commit (ctx, claim);
      return;
    }
}

/* ------------------------------------------------------------------ */
/* Other names and acronyms                                            */

static gboolean
alias_word (const Tok *t)
{
  gboolean all_caps = TRUE;

  if (t->type != TOK_WORD || (t->flags & (W_ADV | W_VAGUE | W_FUNCTION)) || t->verb)
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (g_ascii_islower (t->p[i]))
      all_caps = FALSE;
  return !all_caps;
}

/* The other name: one to three plain words. */
/* "Tallis II": a numeral that ends a name. */
static gboolean
roman_numeral (const Tok *t)
{
  return t->type == TOK_WORD && t->len <= 3 && strspn (t->p, "IVX") >= t->len;
}

static guint
alias_end (const Sent *s,
           guint       a,
           guint       e)
{
  guint b = a, caps = 0;

  /* "…, atau yang dikenal dengan BSSN", "the ASEAN Regional CERT": an
   * acronym is a name or part of one; "nationally determined
   * contribution", "shared allocation": a participle inside it or before
   * its noun. */
  while (b < e && b < a + 4 &&
         (alias_word (&s->toks[b]) || _ds_tok_is_acronym (&s->toks[b]) || (b > a && roman_numeral (&s->toks[b])) ||
          (s->toks[b].verb && s->toks[b].type == TOK_WORD && !(s->toks[b].flags & W_FUNCTION) &&
           /* "Peta Jalan Pupuk disahkan …": a name in capitals ends
            * before a verb in lower case. */
           !(b > a && s->toks[b - 1].cap && !s->toks[b].cap) &&
           (b > a || (b + 1 < e && _ds_tok_nounish (&s->toks[b + 1]))))))
    caps += _ds_tok_is_acronym (&s->toks[b++]);
  /* "NEW YORK": a dateline, not a name. */
  if (b - a > 1 && caps == b - a)
    return a;
  return b;
}

static gboolean
all_caps (const Sent *s,
          guint       a,
          guint       b)
{
  for (guint k = a; k < b; k++)
    for (guint c = 0; c < s->toks[k].len; c++)
      if (g_ascii_islower (s->toks[k].p[c]))
        return FALSE;
  return TRUE;
}

/* "a consultancy (Harbourline Analytics)", "Dokumen yang disebut Peta
 * Jalan Pangan": a common noun [@xa, @xb) in lower case (its first word
 * may open the sentence) and, for it, a name in capitals [@ya, @yb):
 * the name of one such thing, no other name of the noun. */
/* Whether [@xa, @xb) is a common noun: words only, none in capitals
 * but the sentence's first (unless a name the lexicon knows). */
static gboolean
common_noun (Ctx        *ctx,
             const Sent *s,
             guint       xa,
             guint       xb)
{
  for (guint k = xa; k < xb; k++)
    if (s->toks[k].type != TOK_WORD ||
        (s->toks[k].cap && (k > 0 || _ds_tok_known_name (ctx, &s->toks[k]) || _ds_tok_is_acronym (&s->toks[k]))))
      return FALSE;
  return xb > xa;
}

/* Whether [@xa, @xb) is a proper name: every word of it but function
 * words in capitals ("Hans Morgenthau", "the Strait of Malacca",
 * "ASEAN"); not a common noun with a name in it ("kerja sama
 * Selatan-Selatan", "diplomacy on Twitter"), nor one word capitalised only
 * because it opens the sentence. */
static gboolean
proper_name (Ctx        *ctx,
             const Sent *s,
             guint       xa,
             guint       xb)
{
  guint words = 0;

  for (guint k = xa; k < xb; k++)
    if (s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION))
      {
        if (!s->toks[k].cap && !_ds_tok_is_acronym (&s->toks[k]))
          return FALSE;
        words++;
      }
  if (words == 1 && xa == 0 && !_ds_tok_known_name (ctx, &s->toks[xa]) && !_ds_tok_is_acronym (&s->toks[xa]))
    return FALSE;
  return words > 0;
}

static gboolean
common_noun_named (Ctx        *ctx,
                   const Sent *s,
                   guint       xa,
                   guint       xb,
                   guint       ya,
                   guint       yb)
{
  guint acronyms = 0;

  if (xb > xa && !common_noun (ctx, s, xa, xb))
    return FALSE;
  for (guint k = ya; k < yb; k++)
    {
      if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & (W_PREP | W_CONJ | W_DET)))
        return FALSE;
      acronyms += _ds_tok_is_acronym (&s->toks[k]);
    }
  /* "hubungan antarbangsa (Diplomasi)": one word the language's lists
   * know is a common word in capitals, the noun's other name. */
  if (yb == ya + 1 && s->toks[ya].flags != 0)
    return FALSE;
  return yb > ya && acronyms < yb - ya && s->toks[ya].cap;
}

/* Whether [@a, @b) is a date: a month, a month's short form before a
 * figure (phrase list month_short: "Feb 2022", "Sept 2021"), or figures
 * and function words only ("mei 2020", "2019", "the 1990s"). */
static gboolean
names_a_date (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  gboolean figure = FALSE;

  for (guint k = a; k < b; k++)
    {
      if ((s->toks[k].flags & W_MONTH) ||
          (k + 1 < b && s->toks[k + 1].type == TOK_NUMBER && _ds_phrase_at (ctx, s, k, PL_MONTH_SHORT) == 1))
        return TRUE;
      if (s->toks[k].type == TOK_NUMBER)
        figure = TRUE;
      else if (s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION))
        return FALSE;
    }
  return figure;
}

static gboolean
commit_alias (Ctx  *ctx,
              Sent *s,
              guint x_start,
              guint x_end,
              guint y_start,
              guint y_end)
{
  DsClaim *claim;

  if (x_start >= x_end || y_start >= y_end || x_end - x_start > 6 ||
      !_ds_term_usable (s, x_start, x_end) || _ds_toks_any_used (s, y_start, y_end))
    return FALSE;
  /* "NEW YORK (Global Desk) —": a dateline and its news desk. */
  if (x_end - x_start > 1 && all_caps (s, x_start, x_end))
    return FALSE;
  /* "Fenomena inilah yang disebut …": what it points at is no term. */
  for (guint k = x_start; k < x_end; k++)
    if ((s->toks[k].flags & W_ANAPHOR) || _ds_phrase_at (ctx, s, k, PL_NAMING2_REFERENT_BARE) > 0)
      return FALSE;
  /* "Pada 12 Mei 2020 (disebut Hari Batas)": a day's name is no other
   * name of a date (a law's number stays: "UU No. 11/2008, juga disebut
   * UU ITE"). */
  if (names_a_date (ctx, s, x_start, x_end))
    return FALSE;
  /* "Inisiatif Laut Biru, yang disebut Forum Pasifik sebagai teladan":
   * a name right after the naming verb and before "sebagai" is who
   * named it (the agent without "oleh"); what it was called follows. */
  if (!ctx->english && y_start > 0 && y_end < s->n && _ds_tok_is (&s->toks[y_end], "sebagai") &&
      _ds_phrase_at (ctx, s, y_start - 1, PL_NAMING2_PASSIVE) == 1)
    return FALSE;
  /* "Tantangan yang paling … adalah …": a name is no clause. */
  for (guint k = y_start; k < y_end; k++)
    if (s->toks[k].flags & W_CUE_DEF)
      return FALSE;
  /* "Hans Morgenthau sering disebut bapak realisme", "The Hague is known
   * as the international city of peace": a person, a place or a body (a
   * name in capitals) given words in lower case gets a description, a
   * nickname, no other name to learn; its other name is a name too
   * ("Lembaga Sandi Negara (Lemsaneg)", "usually called the Budapest
   * Convention"). */
  if (proper_name (ctx, s, x_start, x_end) && has_lower_word (s, y_start, y_end))
    {
      gboolean upper = FALSE;

      for (guint k = y_start; k < y_end; k++)
        upper |= s->toks[k].cap || _ds_tok_is_acronym (&s->toks[k]);
      if (!upper)
        return FALSE;
    }
  /* "88 persen (kategori baik)", "empat jam (sesuai jadwal)", "durasi
   * simulasi (empat jam)", "Kominfo (sekarang bernama Komdigi)": a
   * bracket that rates or comments on a figure, a figure itself, or what
   * a body is called now or was called before, is an aside, no other
   * name (phrase list aside_renaming_opener). */
  if ((x_start > 0 && (s->toks[x_start - 1].type == TOK_NUMBER || (s->toks[x_start - 1].flags & W_COUNT))) ||
      s->toks[y_start].type == TOK_NUMBER || (s->toks[y_start].flags & W_COUNT) ||
      _ds_phrase_at (ctx, s, y_start, PL_ASIDE_RENAMING_OPENER) > 0 ||
      /* "Further reading (optional)", "Tugas (wajib)": a status, no name. */
      _ds_phrase_at (ctx, s, y_start, PL_ASIDE_STATUS_WORD) == y_end - y_start)
    return FALSE;
  /* "(see final section)", "(lihat bagian akhir)": a pointer to another
   * part of the text (phrase list furniture_note_opener) names nothing. */
  if (_ds_phrase_at (ctx, s, y_start, PL_FURNITURE_NOTE_OPENER) > 0)
    return FALSE;
  /* "Regulation (EU) 2021/821", "Council Regulation (EC) No 428/2009",
   * "Peraturan (UE) Nomor 2016/679": after a law's word, a bracket a
   * number or its "No" follows is part of a citation's name, no other
   * name of the words before it ("Peraturan Menteri Komunikasi dan
   * Informatika (Permenkominfo) Nomor 5" keeps its short name). */
  if (y_end + 1 < s->n && _ds_tok_is_punct (&s->toks[y_end], ')') && (s->toks[x_end - 1].flags & W_LAW) &&
      (s->toks[y_end + 1].type == TOK_NUMBER || _ds_tok_is (&s->toks[y_end + 1], "no") ||
       _ds_tok_is (&s->toks[y_end + 1], "nomor")))
    {
      /* (Nor is its issuer a blank: the name is read whole.) */
      _ds_toks_mark_used (s, x_start, y_end + 1);
      return FALSE;
    }
  /* "Tomasz Wierzbicki (Jagiellonian University)", "Dewi Lestari
   * (Universitas Airlangga)": an institution (phrase list
   * furniture_institution) after a name that holds none is where the
   * person works, no other name ("CSIS (Centre for Strategic …)" keeps
   * its acronym). */
  if (!all_caps (s, x_start, x_end))
    {
      gboolean x_body = FALSE, y_body = FALSE;

      for (guint k = x_start; k < x_end; k++)
        x_body |= _ds_phrase_at (ctx, s, k, PL_FURNITURE_INSTITUTION) > 0;
      for (guint k = y_start; k < y_end; k++)
        y_body |= _ds_phrase_at (ctx, s, k, PL_FURNITURE_INSTITUTION) > 0;
      if (y_body && !x_body)
        return FALSE;
    }

  /* "The exclusive economic zone, also known as …": "What is another
   * name for the exclusive economic zone?", with its article. */
  if (ctx->english && x_start > 0 && _ds_tok_is (&s->toks[x_start - 1], "the"))
    x_start--;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ALIAS, y_start, y_end);
  claim->lead = _ds_phrase_dup (s, x_start, x_end, TRUE);
  claim->question = ds_lang_expand (ctx->lang, "question_alias", "term", claim->lead, NULL);
  _ds_toks_mark_used (s, y_start, y_end);
  return _ds_claim_commit (ctx, claim);
}

/* After "dikenal", "disebut", "known", "called": where the other name
 * starts ("dengan nama", "sebagai", "juga", "as"), or 0. */
static guint alias_start_at (Ctx        *ctx,
                             const Sent *s,
                             guint       i);

/* Where the other name starts, after "as", "disebut", an article. */
static guint
alias_start (Ctx        *ctx,
             const Sent *s,
             guint       i)
{
  guint y = alias_start_at (ctx, s, i);

  if (y > 0 && y + 1 < s->n && _ds_tok_is_article (&s->toks[y]))
    y++;
  return y;
}

static guint
alias_start_at (Ctx        *ctx,
                const Sent *s,
                guint       i)
{
  guint y = i + 1, n;

  if (_ds_tok_is (&s->toks[y], "juga") || _ds_tok_is (&s->toks[y], "pula"))
    y++;
  /* "dengan nama", "dengan istilah", "dengan sebutan": the language's
   * phrase list alias_name. */
  if ((n = _ds_phrase_at (ctx, s, y, PL_ALIAS_NAME)) > 0)
    return y + n;
  if (_ds_tok_is (&s->toks[y], "dengan") || _ds_tok_is (&s->toks[y], "sebagai") ||
      _ds_tok_is (&s->toks[y], "as"))
    return y + 1;
  /* "is (also) referred to as Y" */
  if (_ds_tok_is (&s->toks[i], "referred") && _ds_toks_pair_is (s, y, "to", "as"))
    return y + 2;
  /* "most often called out", "called for talks": a phrasal verb, no
   * name after it. */
  if (_ds_tok_is (&s->toks[i], "called") &&
      (_ds_phrase_at (ctx, s, y, PL_VERB_PARTICLE) > 0 || (s->toks[y].flags & W_PREP)))
    return 0;
  if (_ds_tok_is (&s->toks[i], "disebut") || _ds_tok_is (&s->toks[i], "called") || _ds_tok_is (&s->toks[i], "bernama"))
    return y;
  return 0;
}

/* "ruang siber, atau biasa dikenal dengan nama cyberspace", "also known as
 * Y", "sering disebut juga Y". */
/* "Nation branding adalah …. Konsep ini juga dikenal dengan sebutan Y":
 * Y is another name for the term just defined. */
static gboolean
alias_of_defined (Ctx  *ctx,
                  Sent *s,
                  guint y,
                  guint e)
{
  const char *term = _ds_term_defined_before (ctx);
  guint b = alias_end (s, y, e);
  DsClaim *claim;

  if (term == NULL || b <= y || _ds_toks_any_used (s, y, b))
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ALIAS, y, b);
  claim->lead = g_strdup (term);
  claim->question = ds_lang_expand (ctx->lang, "question_alias", "term", term, NULL);
  _ds_toks_mark_used (s, y, b);
  return _ds_claim_commit (ctx, claim);
}

/* "known as the Korean Wave, or Hallyu.": a second name after ", or"
 * that ends the sentence is the same thing's name; the blank takes both.
 * Where the names end. */
static guint
or_name_end (const Sent *s,
             guint       b,
             guint       e)
{
  guint c;

  if (b + 2 >= e || !_ds_tok_is_punct (&s->toks[b], ',') ||
      !(_ds_tok_is (&s->toks[b + 1], "or") || _ds_tok_is (&s->toks[b + 1], "atau")) || !s->toks[b + 2].cap)
    return b;
  c = alias_end (s, b + 2, e);
  return c == e ? c : b;
}

/* "The 2010 drought was called a disaster by the press", "Sengketa
 * itu pernah disebut sebagai krisis air oleh media": a label someone
 * gave once, not the term's other name: said by whom ("oleh", "by"
 * after the name), or on one occasion ("was", "once", "pernah" before
 * the verb: the phrase list label_once). @i is the verb, the name [@y,
 * @b). */
/* "… yang sering disebut proyek abad ini oleh media, …", "often called
 * the project of the century by the press": the label's words run on
 * past where a name would end (@b) to the one who gives it, before the
 * comma and before any verb: where the label ends is not known, and a
 * label given so is no other name ("oleh" right at @b is
 * label_in_passing's). */
static gboolean
label_runs_to_giver (const Sent *s,
                     guint       b)
{
  for (guint k = b; k < s->n && k < b + 6 && !_ds_tok_is_punct (&s->toks[k], ',') &&
                    !_ds_tok_is_punct (&s->toks[k], ')'); k++)
    {
      /* "The plan called Fertiliser Roadmap was adopted by …": the
       * sentence's verb came first; its agent is no giver of the name. */
      if (s->toks[k].verb || (s->toks[k].flags & W_AUX))
        return FALSE;
      if (_ds_tok_is (&s->toks[k], "oleh") || _ds_tok_is (&s->toks[k], "by"))
        return k > b;
    }
  return FALSE;
}

static gboolean
label_in_passing (Ctx        *ctx,
                  const Sent *s,
                  guint       i,
                  guint       b)
{
  if (b < s->n && (_ds_tok_is (&s->toks[b], "oleh") || _ds_tok_is (&s->toks[b], "by")))
    return TRUE;
  for (guint k = i; k > 0 && k + 3 > i; k--)
    if (_ds_phrase_at (ctx, s, k - 1, PL_LABEL_ONCE) > 0)
      return TRUE;
  return FALSE;
}

/* "gagal", "a failure", "paling alot", "tense": what a naming verb
 * gives that is a verdict or a quality, no name ([@y, @b), the phrase
 * list label_verdict, a degree word, one adjective, an adverb at the
 * end). */
/* "countries", "critics": a plural in lower case (an "-s" that is not
 * of "-ss", "-us", "-is"). */
static gboolean
plural_noun (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
         strchr ("siu", t->p[t->len - 2]) == NULL && !(t->flags & W_FUNCTION);
}

/* "the ultimate collective action problem", "the father of realism",
 * "jantung perdagangan Asia", "salah satu organisasi paling berhasil": an
 * epithet (the phrase list label_epithet, a degree word inside or right
 * after the name) praises or ranks the thing, no other name of it. */
static gboolean
verdict_name (Ctx        *ctx,
              const Sent *s,
              guint       y,
              guint       b)
{
  if (b <= y || _ds_phrase_at (ctx, s, y, PL_LABEL_VERDICT) > 0 ||
      _ds_phrase_at (ctx, s, y, PL_LABEL_EPITHET) > 0 ||
      (b == y + 1 && _ds_phrase_at (ctx, s, y, PL_ADJECTIVE) > 0) || (s->toks[b - 1].flags & W_ADV))
    return TRUE;
  for (guint k = y; k <= b && k < s->n; k++)
    if (_ds_phrase_at (ctx, s, k, PL_DEGREE_WORD) > 0)
      return TRUE;
  return FALSE;
}

/* "Tracing an artwork's owners back to its looting is known as
 * provenance research", "Uang yang dikirim pekerja migran ke kampung
 * halamannya disebut remitansi": the sentence describes first and names
 * last; the name is the term, the whole subject its definition. Not a
 * name of a place or a body (capitalised), not what a pronoun, "ini" or
 * a relative clause ("yang disebut", "which is called") stands for, and
 * not a subject of a clause of its own (a comma in it). @i is the verb,
 * the name starts at @y. */
static gboolean
gloss_then_name (Ctx  *ctx,
                 Sent *s,
                 guint i,
                 guint y,
                 guint e)
{
  guint hi = i, b, q = 0;
  DsClaim *claim;

  while (hi > 0 && (s->toks[hi - 1].flags & W_ADV))
    if (_ds_tok_is (&s->toks[--hi], "tidak") || _ds_tok_is (&s->toks[hi], "bukan") ||
        _ds_tok_is (&s->toks[hi], "not") || _ds_tok_is (&s->toks[hi], "never"))
      return FALSE;
  if (ctx->english)
    {
      if (hi == 0 || !(_ds_tok_is (&s->toks[hi - 1], "is") || _ds_tok_is (&s->toks[hi - 1], "are")))
        return FALSE;
      hi--;
    }
  if (hi < 4 || hi > 30 || (s->toks[hi - 1].flags & (W_RELATIVE | W_ANAPHOR | W_PRONOUN | W_CONJ)))
    return FALSE;
  for (guint k = 0; k < hi; k++)
    if ((s->toks[k].type == TOK_PUNCT && strchr (",;:()\"", (int) s->toks[k].ch) != NULL) ||
        s->toks[k].type == TOK_SYMBOL ||
        (k < 3 && (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) && !(k > 0 && (s->toks[k].flags & (W_RELATIVE | W_THAT)))) ||
        (k + 3 >= hi && (_ds_tok_is (&s->toks[k], "oleh") || _ds_tok_is (&s->toks[k], "by"))))
      return FALSE;
  /* "Dalam praktik, …", "In 1990 the …": a sentence that opens on a
   * connective or a preposition is no description of a thing; nor one
   * on a demonstrative ("This practice …") or a name ("UNESCO's …"). */
  if ((s->toks[0].flags & (W_CONNECTIVE | W_PREP | W_CONJ)) ||
      ((s->toks[0].flags & W_DET) && !_ds_tok_is_article (&s->toks[0])) ||
      (s->toks[0].len > 1 && g_ascii_isupper (s->toks[0].p[1])) || (s->toks[1].cap && s->toks[1].type == TOK_WORD))
    return FALSE;
  /* "Joint management of a basin is often called basin governance": a
   * short noun phrase is a term itself, the name its other name. A
   * description runs longer, opens on a gerund or holds a clause. */
  if (hi < 7)
    {
      gboolean clause = ctx->english && s->toks[0].len > 5 && ds_ascii_strncasecmp (s->toks[0].p + s->toks[0].len - 3, "ing", 3) == 0;

      for (guint k = 1; k < hi && !clause; k++)
        clause = (s->toks[k].flags & (W_RELATIVE | W_THAT)) != 0 || (s->toks[k].verb && !s->toks[k].cap);
      if (!clause)
        return FALSE;
    }
  /* The name, in quotes or not, ends the sentence. */
  if (s->toks[y].type == TOK_PUNCT && strchr ("\"'", (int) s->toks[y].ch) != NULL)
    q = y++;
  b = alias_end (s, y, e);
  if (q > 0 && b < e && s->toks[b].type == TOK_PUNCT && s->toks[b].ch == s->toks[q].ch)
    {
      if (b + 1 != e)
        return FALSE;
    }
  else if (b != e)
    return FALSE;
  if (b <= y || b - y > 4 || _ds_toks_any_used (s, y, b) || _ds_toks_any_used (s, 0, hi))
    return FALSE;
  for (guint k = y; k < b; k++)
    if (s->toks[k].cap || _ds_tok_is_acronym (&s->toks[k]))
      return FALSE;
  /* "… is often called a failure", "… disebut gagal", "… disebut paling
   * berhasil": a verdict or a label someone gives (an indefinite article
   * before it, unless the subject is a class too: "A state that has no
   * coast is called a landlocked state"), no term. */
  if ((y > 0 && (_ds_tok_is (&s->toks[y - 1], "a") || _ds_tok_is (&s->toks[y - 1], "an")) &&
       !(_ds_tok_is (&s->toks[0], "a") || _ds_tok_is (&s->toks[0], "an"))) ||
      verdict_name (ctx, s, y, b))
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  claim->subject = _ds_phrase_dup (s, y, b, FALSE);
  claim->body = _ds_phrase_dup (s, 0, hi, TRUE);
  claim->cue = g_strdup (ds_lang_get_template (ctx->lang, "definition_cue"));
  claim->key_start = _ds_sent_char_at (s, s->toks[y].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

/* "Kelompok yang disebut freeriders menolak membayar iuran", "A group
 * known as free riders refuses to pay dues": a common noun opens the
 * sentence, is named in a relative clause (English: the participle right
 * after it) and the sentence's own verb follows the name. The name is the
 * term (the words before that verb), the noun with the predicate its
 * meaning: "Apa yang dimaksud dengan freeriders?" => "kelompok yang
 * menolak membayar iuran". Returns where the name ends ([@y, return)),
 * @e when the name ends the sentence, 0 when a verb follows that this
 * rule cannot read (the name's end is not known: no card). */
static guint
named_then_predicate (Ctx  *ctx,
                      Sent *s,
                      guint i,
                      guint y,
                      guint e)
{
  guint k, start, end, ty = y;
  DsClaim *claim;
  g_autofree char *noun = NULL;
  g_autofree char *rest = NULL;

  /* Where the noun stands (not [@start, @end), which may have
   * skipped a word it took for a verb: "States known as …"): it opens the
   * sentence (an article may come first in English), no demonstrative in
   * it, and right after it the relative ("yang") or, in English, the
   * naming participle. */
  if (ctx->english)
    {
      start = i > 0 && _ds_tok_is_article (&s->toks[0]) ? 1 : 0;
      end = i;
      if (!(_ds_tok_is (&s->toks[i], "known") || _ds_tok_is (&s->toks[i], "called")))
        return e;
    }
  else
    {
      if (i < 2 || !(s->toks[i - 1].flags & W_RELATIVE))
        return e;
      start = 0;
      end = i - 1;
    }
  if (end <= start || end - start > 3 || !common_noun (ctx, s, start, end))
    return e;
  for (guint j = start; j < end; j++)
    if (s->toks[j].flags & (W_ANAPHOR | W_PRONOUN | W_VAGUE | W_FUNCTION | W_ADV))
      return e;
  /* A name in capitals is the name of one such thing ("Dokumen yang
   * disebut Peta Jalan Pupuk disahkan …"), asked in its sentence. */
  if (s->toks[y].cap || _ds_tok_is_acronym (&s->toks[y]))
    return e;
  for (k = y + 1; k < e && k < y + 5; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_AUX | W_ADV)) ||
        (s->toks[k].verb && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION)))
      break;
  if (k < e && k < y + 5 && s->toks[k].type != TOK_WORD)
    return e;
  /* "A group known as free riders refuses to pay …": English present
   * verbs are not known; a name that runs on into more words is of
   * unknown length, no card. */
  if (k >= e)
    return e;
  if (k >= y + 5)
    return 0;
  /* The name: words in lower case, not a verdict ("disebut gagal"); the
   * predicate: two words or more. */
  for (guint j = y; j < k; j++)
    if (s->toks[j].cap || _ds_tok_is_acronym (&s->toks[j]) || (s->toks[j].flags & W_FUNCTION))
      return 0;
  if (k + 2 > e || verdict_name (ctx, s, y, k) || _ds_toks_any_used (s, 0, e))
    return 0;
  noun = _ds_phrase_dup (s, ctx->english ? 0 : start, end, TRUE);
  rest = _ds_phrase_dup (s, k, e, FALSE);
  claim = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  /* "called the basin's newcomer": the article stays with the name. */
  if (ctx->english && y > 0 && _ds_tok_is (&s->toks[y - 1], "the"))
    ty = y - 1;
  claim->subject = _ds_phrase_dup (s, ty, k, FALSE);
  claim->body = g_strdup_printf ("%s %s %s", noun, ctx->english ? "that" : "yang", rest);
  claim->cue = g_strdup (ds_lang_get_template (ctx->lang, "definition_cue"));
  claim->key_start = _ds_sent_char_at (s, s->toks[y].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[k - 1].p + s->toks[k - 1].len);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, claim);
  return k;
}

/* Whether [@a, @b) is a common noun whose capital is only the
 * sentence's ("Kebijakan yang disebut X …"): it opens the sentence, the
 * words after it are in lower case, and it is no acronym nor a name the
 * essay writes in capitals elsewhere. */
static gboolean
sentence_cap_noun (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       b)
{
  if (a != 0 || s->toks[0].type != TOK_WORD || _ds_tok_is_acronym (&s->toks[0]) || _ds_tok_known_name (ctx, &s->toks[0]))
    return FALSE;
  for (guint k = a + 1; k < b; k++)
    if (s->toks[k].cap)
      return FALSE;
  return TRUE;
}

static gboolean
alias_after_verb (Ctx  *ctx,
                  Sent *s,
                  guint i,
                  guint e)
{
  guint y = alias_start (ctx, s, i), hi = i, start, end, comma = 0, ye;

  if (y == 0 || y >= e)
    return FALSE;
  while (hi > 0 && ((s->toks[hi - 1].flags & (W_ADV | W_CONJ | W_AUX | W_RELATIVE)) ||
                    _ds_tok_is_punct (&s->toks[hi - 1], ',') || _ds_tok_is_punct (&s->toks[hi - 1], '(')))
    if (_ds_tok_is_punct (&s->toks[--hi], ','))
      comma = hi;
  start = _ds_np_start (s, 0, hi, &end);
  /* "Oversight rests with a body called Y": the noun phrase starts after
   * the last preposition (not "of": "joint management of a basin") and
   * its article, which the checks below read; right before the verb,
   * no comma between. */
  for (guint k = start; comma == 0 && hi == i && k + 1 < end && s->toks[k].type == TOK_WORD; k++)
    if ((s->toks[k].flags & W_PREP) && !_ds_tok_is_article (&s->toks[k]) && !_ds_tok_is (&s->toks[k], "of") &&
        !_ds_tok_is (&s->toks[k], "dari"))
      start = _ds_tok_is_article (&s->toks[k + 1]) && k + 2 < end ? k + 2 : k + 1;
  /* "Satow, who called diplomacy …": the one who calls it so, no thing
   * that is called. */
  for (guint k = hi; k < i; k++)
    if (_ds_tok_is (&s->toks[k], "who"))
      return FALSE;
  /* "the government called early elections", "Ghana called a summit",
   * "Many developing countries called the figure far too low": a state, a
   * body or people (a plural in lower case) right before "called" call
   * something, a verb; what is called a name ("a body called the
   * Commission", "a group of states called the G77") is no actor. */
  if (hi == i && _ds_tok_is (&s->toks[i], "called") && end == hi && !s->toks[y].cap && s->toks[y].type == TOK_WORD)
    for (guint k = start; k < end; k++)
      if ((s->toks[k].flags & (W_GOV | W_COUNTRY)) || _ds_phrase_at (ctx, s, k, PL_ACTOR_NOUN) > 0 ||
          _ds_phrase_at (ctx, s, k, PL_LABEL_CROWD) > 0 ||
          (k + 1 == end && plural_noun (&s->toks[k])))
        return FALSE;
  /* "yang oleh para insinyur disebut Y", "which engineers call Y": the
   * noun before the verb names who calls it so, not what is called. */
  for (guint k = start; k > 0 && k + 3 > start; k--)
    if (_ds_tok_is (&s->toks[k - 1], "oleh") || _ds_tok_is (&s->toks[k - 1], "by"))
      return FALSE;
  /* "Kelompok seperti ini dikenal dengan sebutan Y", "Such groups are
   * known as Y" (phrase list alias_such): what kind of group was said in
   * sentences before, which this rule cannot tell; no card. */
  if ((start > 0 && _ds_phrase_at (ctx, s, start - 1, PL_ALIAS_SUCH) > 0) ||
      (start < end && _ds_phrase_at (ctx, s, start, PL_ALIAS_SUCH) > 0) ||
      (end < hi && _ds_phrase_at (ctx, s, end, PL_ALIAS_SUCH) > 0))
    return FALSE;
  /* "Konsep ini juga dikenal dengan sebutan …": which concept is said
   * elsewhere. */
  if (end < hi && (s->toks[end].flags & W_ANAPHOR) && end == start + 1 && alias_of_defined (ctx, s, y, e))
    return TRUE;
  /* "Pelaku mengubah tampilan situs, atau yang biasa disebut web
   * defacement", "…, a process known as the ratchet mechanism": the name is
   * of the whole clause before the comma, not of the noun a verb or an
   * adverb governs there; the card blanks the name. After "yakni ruang
   * siber" the noun is the term. */
  /* (A label given in passing is asked in its sentence too.) */
  ye = alias_end (s, y, e);
  /* "a habit often known as issue bundling, joint statements by …": an
   * appositive glosses the name; the definition takes it (no "other name"
   * of the words before the verb). */
  if (ye < e && _ds_tok_is_punct (&s->toks[ye], ',') && named_apposition (ctx, s, ye, e) > 0 &&
      _ds_find_named_gloss (ctx, s))
    return TRUE;
  if (label_runs_to_giver (s, ye))
    return FALSE;
  /* "Kelompok yang disebut X menolak …": the sentence's verb follows
   * the name. */
  {
    guint k = named_then_predicate (ctx, s, i, y, e);

    if (k < e)
      return k > 0;
  }
  if (label_in_passing (ctx, s, i, ye) ||
      (comma > 0 && start > 0 && (s->toks[start - 1].verb || (s->toks[start - 1].flags & (W_ADV | W_PREP)))) ||
      /* "Gejala ini dikenal dengan istilah Y" with nothing defined before:
       * the name is asked in its sentence. */
      (end < hi && (s->toks[end].flags & W_ANAPHOR)) ||
      /* "This approach is known as Y": the same, in English. */
      (start > 0 && (s->toks[start - 1].flags & W_ANAPHOR)) ||
      /* "mengalami gejala yang disebut Y", "negara yang dikenal sebagai
       * Y": a relative clause with no comma before it picks one such
       * thing out of a common noun, it gives no other name of the noun
       * (", yang juga dikenal sebagai Y" does). */
      (!ctx->english && comma == 0 && hi < i && (s->toks[hi].flags & W_RELATIVE) && start < end &&
       (!s->toks[start].cap || sentence_cap_noun (ctx, s, start, end))) ||
      /* "mengembangkan metode bernama Y": "bernama" names one such
       * thing, as "a method called Y" does. */
      _ds_tok_is (&s->toks[i], "bernama") ||
      /* "an extra kind of leverage known as Y", "a new tactic called Y":
       * an indefinite description, Y is what it is called. */
      (start > 0 && (_ds_tok_is (&s->toks[start - 1], "a") || _ds_tok_is (&s->toks[start - 1], "an") ||
                     _ds_tok_is (&s->toks[start - 1], "sebuah") || _ds_tok_is (&s->toks[start - 1], "suatu") ||
                     (s->toks[start - 1].flags & W_ORDINAL))) ||
      (start >= 2 && (s->toks[start - 1].flags & W_DET) && _ds_tok_is_punct (&s->toks[start - 2], ',')) ||
      /* "Dokumen yang disebut Peta Jalan Pupuk": the name of this
       * document, asked in its sentence. */
      common_noun_named (ctx, s, start, end, y, ye))
    {
      guint b = or_name_end (s, ye, e);

      /* "A ship called the Southern Star sank …": a name in capitals
       * ends before a word in lower case (a verb the lexicon may not
       * know). */
      for (guint k = y + 1; k < b; k++)
        if (s->toks[k - 1].cap && !s->toks[k].cap && s->toks[k].type == TOK_WORD)
          {
            b = k;
            break;
          }
      /* "known as the capital of peace.": an "of" that runs to the
       * sentence's end is inside the name; the blank takes it whole. */
      if (b + 1 < e && b > y && (_ds_tok_is (&s->toks[b], "of") || _ds_tok_is (&s->toks[b], "dari")) &&
          alias_end (s, b + 1, e) == e)
        b = e;

      if (b <= y || _ds_toks_any_used (s, y, b) || verdict_name (ctx, s, y, b))
        return FALSE;
      /* "a certificate called an apostille, a one-page seal that …": an
       * appositive glosses the name; the definition takes it. */
      if (b < e && _ds_tok_is_punct (&s->toks[b], ',') && named_apposition (ctx, s, b, e) > 0 &&
          _ds_find_named_gloss (ctx, s))
        return TRUE;
      /* "bernama": a term in lower case that ends where a preposition,
       * a relative or the sentence goes on ("metode bernama pemetaan
       * jejaring untuk …"); not a person's or a ship's name, whose end
       * before a verb is not known ("Kapal bernama Sinar Laut
       * tenggelam"). */
      if (_ds_tok_is (&s->toks[i], "bernama") &&
          (s->toks[y].cap || _ds_tok_is_acronym (&s->toks[y]) ||
           (b < e && s->toks[b].type == TOK_WORD && !(s->toks[b].flags & (W_PREP | W_RELATIVE | W_CONJ)))))
        return FALSE;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_ALIAS, y, b);
      _ds_toks_mark_used (s, y, b);
      return TRUE;
    }
  if (verdict_name (ctx, s, y, ye))
    return FALSE;
  return commit_alias (ctx, s, start, end, y, or_name_end (s, ye, e));
}

/* "Istilah lain (yang sering dipakai) untuk X adalah Y", "Another name for
 * X is Y": @i is "istilah"/"name", the word before or after it says
 * "other". */
static gboolean
alias_other (Ctx  *ctx,
             Sent *s,
             guint i,
             guint e)
{
  guint j = i + 1, x, cue;

  if (j < e && (_ds_tok_is (&s->toks[j], "lain") || _ds_tok_is (&s->toks[j], "lainnya")))
    j++;
  else if (!(i > 0 && _ds_tok_is (&s->toks[i - 1], "another")))
    return FALSE;
  while (j < e && j < i + 7 && !_ds_tok_is (&s->toks[j], "untuk") && !_ds_tok_is (&s->toks[j], "bagi") &&
         !_ds_tok_is (&s->toks[j], "for"))
    j++;
  for (x = cue = j + 1; cue < e && cue < x + 7; cue++)
    if (s->toks[cue].flags & W_CUE_DEF)
      break;
  if (j >= e || cue >= e || cue == x)
    return FALSE;
  /* "untuk kegiatan ini": what "ini" points at stands elsewhere. */
  if (s->toks[cue - 1].flags & W_ANAPHOR)
    return FALSE;
  return commit_alias (ctx, s, x, cue, cue + 1, alias_end (s, cue + 1, e));
}

/* "istilah diplomasi digital atau e-diplomasi" */
static gboolean
alias_term_or (Ctx  *ctx,
               Sent *s,
               guint i,
               guint e)
{
  guint j = i + 1;

  while (j < e && j < i + 5 && _ds_tok_nounish (&s->toks[j]))
    j++;
  if (j >= e || !(_ds_tok_is (&s->toks[j], "atau") || _ds_tok_is (&s->toks[j], "or")))
    return FALSE;
  return commit_alias (ctx, s, i + 1, j, j + 1, alias_end (s, j + 1, e));
}

/* The long form before "(BSSN)": capitalised words, with "dan", "of",
 * "and", "for" between them; [*a, close) when its first letter is the
 * acronym's. */
/* How many lower-case words join two capitalised ones before @i: "dan",
 * "for", "of the" in "Office of the Data Protection Commissioner"; 0 when
 * none do. */
static guint
name_joint (const Sent *s,
            guint       i)
{
  const guint joint = W_CONJ | W_PREP;
  /* (An English name in an Indonesian text, "Group of Governmental
   * Experts", joins by words its lexicon does not know.) */
  static const char *const english_joints[] = { "of", "for", "on", "and", NULL };
  gboolean english_joint = FALSE;

  if (i < 2 || i >= s->n || !s->toks[i].cap)
    return 0;
  for (guint k = 0; english_joints[k] != NULL && !english_joint; k++)
    english_joint = _ds_tok_is (&s->toks[i - 1], english_joints[k]);
  if (((s->toks[i - 1].flags & joint) || english_joint) && !s->toks[i - 1].cap && s->toks[i - 2].cap &&
      s->toks[i - 2].type == TOK_WORD)
    return 1;
  if (i >= 3 && (s->toks[i - 1].flags & W_DET) && (s->toks[i - 2].flags & joint) &&
      !s->toks[i - 1].cap && s->toks[i - 3].cap && s->toks[i - 3].type == TOK_WORD)
    return 2;
  return 0;
}

/* "Kenya's", "Singapore’s": an owner before a name, no word of it. */
static gboolean
owner_word (const Tok *t)
{
  return t->len > 2 && (t->p[t->len - 1] | 0x20) == 's' &&
         (t->p[t->len - 2] == '\'' || (t->len > 4 && memcmp (t->p + t->len - 4, "\xE2\x80\x99", 3) == 0));
}

/* Whether the capitalised words of [@a, @b) have the letters of
 * @acronym among their initials, in order ("Pendayagunaan Aparatur Negara
 * dan Reformasi Birokrasi" spells PANRB; "Asasi Manusia Antarpemerintah
 * ASEAN" does not spell AICHR). */
static gboolean
initials_follow (const Sent *s,
                 guint       a,
                 guint       b,
                 const Tok  *acronym,
                 gboolean    exact)
{
  guint n = 0;

  /* @exact: every capital spells the next letter, none left over
   * ("Drought Early Warning Agency" for DEWA). An acronym inside the long
   * form spells its own letters: "UN Framework Convention on Climate
   * Change" spells UNFCCC. */
  for (guint k = a; k < b && (exact || n < acronym->len); k++)
    if (s->toks[k].cap && _ds_tok_is_acronym (&s->toks[k]) && n + s->toks[k].len <= acronym->len &&
        ds_ascii_strncasecmp (s->toks[k].p, acronym->p + n, s->toks[k].len) == 0)
      n += s->toks[k].len;
    else if (s->toks[k].cap && n < acronym->len && g_ascii_toupper (s->toks[k].p[0]) == g_ascii_toupper (acronym->p[n]))
      n++;
    else if (exact && s->toks[k].cap)
      return FALSE;
  return n == acronym->len || (n + 1 == acronym->len && acronym->p[n] == 's');
}

/* "the Ministry of Agriculture, Development and Cooperatives and the
 * Drought Early Warning Agency (DEWA)": a long form read from @i that
 * does not spell the acronym runs back over "and/dan (the)" into the
 * name of another body; when the capitals after such a joint spell it
 * exactly, the long form starts there. */
static guint
joined_long_form (const Sent *s,
                  guint       i,
                  guint       open,
                  const Tok  *acronym)
{
  if (initials_follow (s, i, open, acronym, TRUE))
    return i;
  for (guint j = i + 1; j + 1 < open; j++)
    {
      guint k = j - ((s->toks[j - 1].flags & W_DET) && !s->toks[j - 1].cap);

      /* (Also after a preposition: "Jepang melalui Japan International
       * Cooperation Agency (JICA)", "Brazil through Brazilian Cyber
       * Defence Command (BCDC)": the country that shares the first letter
       * is the actor, not the name's first word.) */
      if (s->toks[j].cap && k > i && (s->toks[k - 1].flags & (W_CONJ | W_PREP)) && !s->toks[k - 1].cap &&
          initials_follow (s, j, open, acronym, TRUE))
        return j;
    }
  return i;
}

/* Whether a conjunction ("dan", "and") stands in [@a, @b). */
static gboolean
conjunction_in (const Sent *s,
                guint       a,
                guint       b)
{
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & W_CONJ) || _ds_tok_is (&s->toks[k], "and"))
      return TRUE;
  return FALSE;
}

static gboolean
long_form_before (const Sent *s,
                  guint       open,
                  guint       acr,
                  guint      *a)
{
  guint i = open, caps = 0, whole, whole_caps;
  const Tok *acronym = &s->toks[acr];

  while (i > 0)
    {
      guint inner = s->toks[i - 1].type == TOK_WORD ? name_joint (s, i) : 0;

      /* "Entry/Exit System (EES)", "Badan Riset & Inovasi Nasional
       * (BRIN)": a slash or an ampersand between two capitalised words
       * joins them inside the name; the long form does not start after
       * it ("Exit System" is half of EES). */
      if (s->toks[i - 1].type != TOK_WORD)
        {
          if (!(i >= 2 && i < open && s->toks[i].cap && s->toks[i - 2].cap && s->toks[i - 2].type == TOK_WORD &&
                (_ds_tok_is_punct (&s->toks[i - 1], '/') || _ds_tok_is_punct (&s->toks[i - 1], '&'))))
            break;
          i--;
        }
      else if (inner > 0)
        i -= inner;
      else if (s->toks[i - 1].cap)
        caps += s->toks[--i].cap;
      else
        break;
    }
  /* "Singapore's Protection from … Act (POFMA)": the long form starts at
   * the acronym's first letter, after an owner or an article. */
  while (i < open && (!s->toks[i].cap || (s->toks[i].flags & W_DET) || owner_word (&s->toks[i])))
    caps -= s->toks[i++].cap;
  whole = i, whole_caps = caps;
  while (i < open && (!s->toks[i].cap || (s->toks[i].flags & W_DET) ||
                      g_ascii_toupper (s->toks[i].p[0]) != acronym->p[0]))
    caps -= s->toks[i++].cap;
  /* "Komisi Hak Asasi Manusia Antarpemerintah ASEAN (AICHR)": when the
   * words from that letter on do not spell the acronym, it is the name's
   * in another language, and the long form is the whole name, not its
   * tail from a word that happens to share the first letter. */
  /* (Not across "dan", "and": "Amerika Serikat dan Open-Ended Working
   * Group (OEWG)" names two.) */
  if (i < open && whole < i && whole_caps >= 3 && !initials_follow (s, i, open, acronym, FALSE) &&
      !initials_follow (s, whole, open, acronym, FALSE) && i > 0 && whole > 0 && !conjunction_in (s, whole, i))
    {
      *a = whole;
      return TRUE;
    }
  /* "Perjanjian Kerangka Ekonomi Digital ASEAN (DEFA)": two words left for
   * four letters is an English acronym of another name, not this one. */
  if (caps < 2 || i >= open || caps + 1 < acronym->len)
    return FALSE;
  *a = joined_long_form (s, i, open, acronym);
  return TRUE;
}

/* "digital public infrastructure (DPI)", "confidence-building measures
 * (CBMs)": words in lower case whose initials, hyphenated parts too, spell
 * the acronym (a plural "s" aside); *@a where they start. */
static gboolean
initials_spell (const Sent *s,
                guint       open,
                guint       acr,
                guint      *a)
{
  const Tok *acronym = &s->toks[acr];
  guint n = acronym->len - (acronym->len > 2 && acronym->p[acronym->len - 1] == 's');
  char initials[16];
  guint got = 0;

  for (guint i = open; i > 0 && open - i < 8 && got < n; i--)
    {
      const Tok *t = &s->toks[i - 1];
      char word[16];
      guint w = 0;

      if (t->type != TOK_WORD)
        return FALSE;
      word[w++] = t->p[0];
      for (guint k = 1; k + 1 < t->len && w < sizeof word; k++)
        if (t->p[k] == '-')
          word[w++] = t->p[k + 1];
      if (got + w > n || got + w > sizeof initials)
        return FALSE;
      memmove (initials + w, initials, got);
      memcpy (initials, word, w);
      got += w;
      if (got == n && ds_ascii_strncasecmp (initials, acronym->p, n) == 0)
        {
          *a = i - 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* "ZEE (Zona Ekonomi Eksklusif)", "COPUOS (Committee on the Peaceful Uses
 * of Outer Space)": the acronym first, its long form in brackets; the
 * long form's capitals spell the acronym in order, from its first
 * letter. Returns the closing bracket, or 0. */
/* "Komisi Penetapan Landas Benua": the capitals of [@c, @b) spell the
 * acronym at @k in order, from its first letter. */
static gboolean
long_form_spells (const Sent *s,
                  guint       k,
                  guint       c,
                  guint       b)
{
  const Tok *acronym = &s->toks[k];
  guint at = 0, caps = 0;

  for (guint i = c; i < b; i++)
    {
      if (s->toks[i].type != TOK_WORD)
        return FALSE;
      if (!s->toks[i].cap)
        continue;
      while (at < acronym->len && acronym->p[at] != g_ascii_toupper (s->toks[i].p[0]))
        at++;
      if (at == acronym->len || (caps == 0 && at != 0))
        return FALSE;
      at++, caps++;
    }
  return caps >= 2;
}

/* "(exclusive economic zone)": the initials of the bracket's words, its
 * function words aside, spell the acronym before it (a plural "s"
 * aside). */
static gboolean
initials_inside (const Sent *s,
                 guint       open,
                 guint       close)
{
  const Tok *acronym = &s->toks[open - 1];
  guint n = acronym->len - (acronym->len > 2 && acronym->p[acronym->len - 1] == 's'), got = 0;

  for (guint k = open + 1; k < close; k++)
    {
      if (s->toks[k].flags & W_FUNCTION)
        continue;
      if (got >= n || g_ascii_toupper (s->toks[k].p[0]) != acronym->p[got])
        return FALSE;
      got++;
    }
  return got == n && n >= 2;
}

/* "(RFC, founded 2004)", "(Regional Flood Centre, founded in 2004)",
 * "(PBR, didirikan 2004)": after the acronym or the long form, a bracket
 * may give the year the body was set up (a participle of the language's
 * event class, then the year). The closing bracket, or 0; the verb and
 * the year in *@verb and *@year. */
static guint
founded_tail (Ctx        *ctx,
              const Sent *s,
              guint       k,
              guint       e,
              guint      *verb,
              guint      *year)
{
  guint y = k + 2;

  if (y >= e || !_ds_tok_is_punct (&s->toks[k], ',') || !(s->toks[k + 1].flags & W_EVENT) ||
      s->toks[k + 1].cap || !_ds_passive_verb (&s->toks[k + 1], ctx->english))
    return 0;
  if (y < e && ((s->toks[y].flags & W_PREP) || _ds_tok_is (&s->toks[y], "tahun")))
    y++;
  if (y + 1 >= e || s->toks[y].type != TOK_NUMBER || s->toks[y].len != 4 ||
      !(strncmp (s->toks[y].p, "19", 2) == 0 || strncmp (s->toks[y].p, "20", 2) == 0) ||
      !_ds_tok_is_punct (&s->toks[y + 1], ')'))
    return 0;
  *verb = k + 1;
  *year = y;
  return y + 1;
}

/* "When was the Regional Flood Centre founded?", "Kapan Pusat Banjir
 * Regional didirikan?": the year of the bracket read by founded_tail,
 * asked of the body named by [@a, @b). */
static gboolean
commit_founded (Ctx   *ctx,
                Sent  *s,
                guint  a,
                guint  b,
                guint  verb,
                guint  year)
{
  gboolean the = a > 0 && _ds_tok_is (&s->toks[a - 1], "the");
  g_autofree char *name = _ds_toks_dup (s, a, b);
  g_autofree char *subject = the ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
  g_autofree char *v = g_ascii_strdown (s->toks[verb].p, s->toks[verb].len);
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DATE, year, year + 1);

  claim->question = ds_lang_expand (ctx->lang, "question_when", "subject", subject, "verb", v, "aux",
                                    ds_lang_get_template (ctx->lang, "passive_aux"), NULL);
  _ds_toks_mark_used (s, verb, year + 1);
  return _ds_claim_commit (ctx, claim);
}

static guint
long_form_inside (const Sent *s,
                  guint       open,
                  guint       e)
{
  const Tok *acronym = &s->toks[open - 1];
  guint close = open + 1, at = 0, caps = 0;

  for (; close < e && s->toks[close].type == TOK_WORD && close < open + 12; close++)
    {
      const Tok *t = &s->toks[close];

      if (!t->cap || at == G_MAXUINT)
        continue;
      while (at < acronym->len && acronym->p[at] != g_ascii_toupper (t->p[0]))
        at++;
      /* Capitals out of the acronym's order: the initials may still
       * spell it ("(exclusive economic zone)" has none). */
      if (at == acronym->len || (caps == 0 && at != 0))
        at = G_MAXUINT;
      else
        at++, caps++;
    }
  if (close >= e || !_ds_tok_is_punct (&s->toks[close], ')'))
    return 0;
  return (caps >= 2 && at != G_MAXUINT) || initials_inside (s, open, close) ? close : 0;
}

/* "(singkatan dari Badan …)", "(short for …)": how many words at @k,
 * before @close, say that the long form spells an acronym (phrase list
 * definition_spelling); 0 when none or when nothing would be left. */
static guint
spelling_words (Ctx        *ctx,
                const Sent *s,
                guint       k,
                guint       close)
{
  guint n = _ds_phrase_at (ctx, s, k, PL_DEFINITION_SPELLING);

  return k + n + 2 <= close ? n : 0;
}

/* "ZEE (Zona Ekonomi Eksklusif) adalah …", "KPLB atau Komisi Penetapan
 * Landas Benua merupakan …": a term that is an acronym beside its long
 * form is asked by the long form, the acronym in brackets; NULL when the
 * term [@a, @b) is no such pair. */
static char *
acronym_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b,
                 guint      *bracket_end)
{
  guint close, k = a + (b > a + 1 && _ds_tok_is (&s->toks[a], "the"));
  g_autofree char *name = NULL;
  g_autofree char *acronym = NULL;

  *bracket_end = 0;
  /* "Badan Siber dan Sandi Negara atau BSSN adalah …", "the Regional
   * Forum or RF is …": the long form first, its acronym after "atau". */
  if (b > k + 3 && _ds_tok_is_acronym (&s->toks[b - 1]) &&
      (_ds_tok_is (&s->toks[b - 2], "atau") || _ds_tok_is (&s->toks[b - 2], "or")) &&
      long_form_spells (s, b - 1, k, b - 2))
    {
      name = _ds_toks_dup (s, k, b - 2);
      acronym = _ds_toks_dup (s, b - 1, b);
      return g_strdup_printf ("%s (%s)", name, acronym);
    }
  if (!_ds_tok_is_acronym (&s->toks[k]))
    return NULL;
  acronym = _ds_toks_dup (s, k, k + 1);
  if (k + 1 == b && b < s->n && _ds_tok_is_punct (&s->toks[b], '(') && (close = long_form_inside (s, b, s->n)) > 0)
    {
      name = _ds_toks_dup (s, b + 1 + spelling_words (ctx, s, b + 1, close), close);
      *bracket_end = close + 1;
    }
  else if (k + 3 < b && (_ds_tok_is (&s->toks[k + 1], "atau") || _ds_tok_is (&s->toks[k + 1], "or")) &&
           long_form_spells (s, k, k + 2 + _ds_tok_is (&s->toks[k + 2], "the"), b))
    name = _ds_toks_dup (s, k + 2 + _ds_tok_is (&s->toks[k + 2], "the"), b);
  else if (k + 1 == b && b + 3 < s->n && _ds_tok_is_punct (&s->toks[b], ',') &&
           (_ds_tok_is (&s->toks[b + 1], "or") || _ds_tok_is (&s->toks[b + 1], "atau")))
    {
      guint c = b + 2 + _ds_tok_is (&s->toks[b + 2], "the"), comma = c;

      while (comma < s->n && comma < c + 10 && !_ds_tok_is_punct (&s->toks[comma], ','))
        comma++;
      if (comma >= s->n || !_ds_tok_is_punct (&s->toks[comma], ',') || !long_form_spells (s, k, c, comma))
        return NULL;
      name = _ds_toks_dup (s, c, comma);
      *bracket_end = comma + 1;
    }
  else
    return NULL;
  return g_strdup_printf ("%s (%s)", name, acronym);
}

/* "PACIFIC MARITIME OBSERVER (PMO)", "A newsletter of the Centre for
 * Ocean Law (COL)", "Buletin Kajian Maritim (BKM) — Edisi 3": a line
 * before the first heading with no verb and no full stop is the
 * masthead or its publisher's line, whose acronym no learner is asked:
 * one of the text's first lines, no list item. */
#define MASTHEAD_MAX_BLOCKS 4

static gboolean
masthead_line (Ctx        *ctx,
               const Sent *s)
{
  if (ctx->topic_block != G_MAXUINT || s->n == 0 || _ds_tok_is_punct (&s->toks[s->n - 1], '.') ||
      s->block == G_MAXUINT || s->block >= MASTHEAD_MAX_BLOCKS ||
      ds_essay_get_block (ctx->essay, s->block)->kind == DS_BLOCK_LIST_ITEM)
    return FALSE;
  for (guint k = 0; k < s->n; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_CUE_DEF)))
      return FALSE;
  return TRUE;
}

/* The claim "What does ACR stand for?": the long form [@a, @b) of @s is
 * its answer, the acronym at @acr its lead (marked used); whether it was
 * kept. */
static gboolean
commit_acronym (Ctx  *ctx,
                Sent *s,
                guint a,
                guint b,
                guint acr)
{
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ACRONYM, a, b);

  claim->lead = _ds_toks_dup (s, acr, acr + 1);
  claim->question = ds_lang_expand (ctx->lang, "question_acronym", "acronym", claim->lead, NULL);
  _ds_toks_mark_used (s, acr, acr + 1);
  return _ds_claim_commit (ctx, claim);
}

static gboolean
find_acronym_first (Ctx  *ctx,
                    Sent *s,
                    guint open,
                    guint e)
{
  guint close;

  guint verb = 0, year = 0;
  gboolean found;

  if (open == 0 || !_ds_tok_is_acronym (&s->toks[open - 1]) ||
      _ds_phrase_at (ctx, s, open - 1, PL_COMMON_ACRONYM) > 0 || masthead_line (ctx, s))
    return FALSE;
  /* "ARF (ASEAN Regional Forum, founded 1994)": the long form ends at
   * the comma before the year it was founded. */
  if ((close = long_form_inside (s, open, e)) == 0)
    {
      for (close = open + 1; close < e && close < open + 12 && s->toks[close].type == TOK_WORD; close++)
        ;
      if (close >= e || founded_tail (ctx, s, close, e, &verb, &year) == 0 ||
          !(long_form_spells (s, open - 1, open + 1, close) || initials_inside (s, open, close)))
        return FALSE;
    }
  /* "BSSN (singkatan dari Badan Siber …)", "(short for …)": the words
   * that say it is spelt out (phrase list definition_spelling) are no
   * part of the long form. */
  found = commit_acronym (ctx, s, open + 1 + spelling_words (ctx, s, open + 1, close), close, open - 1);
  if (year > 0)
    found |= commit_founded (ctx, s, open - 1, open, verb, year);
  return found;
}

/* "kontribusi yang ditetapkan secara nasional (Nationally Determined
 * Contribution, NDC)": the long form and its acronym together in the
 * brackets, often the original-language name of the term before them. */
static gboolean
find_acronym_inside (Ctx  *ctx,
                     Sent *s,
                     guint open,
                     guint e)
{
  guint comma = open + 1, a;

  while (comma < e && comma < open + 10 && s->toks[comma].type == TOK_WORD)
    comma++;
  if (comma >= e || comma + 2 >= e || !_ds_tok_is_punct (&s->toks[comma], ',') ||
      !_ds_tok_is_acronym (&s->toks[comma + 1]) || !_ds_tok_is_punct (&s->toks[comma + 2], ')') ||
      s->toks[comma + 1].used)
    return FALSE;
  /* The long form's initials, read as find_acronym reads them before a
   * bracket: the comma stands where the bracket would. */
  if (!(long_form_before (s, comma, comma + 1, &a) || initials_spell (s, comma, comma + 1, &a)) || a <= open)
    return FALSE;
  return commit_acronym (ctx, s, a, comma, comma + 1);
}

/* "Daerah aliran sungai (river basin/DAS)", "integrated water resources
 * management (pengelolaan sumber daya air terpadu, IWRM)": the bracket
 * gives the term in the other language and, last, the acronym of the
 * term before the bracket; the translation is no card. */
static gboolean
find_acronym_outer (Ctx  *ctx,
                    Sent *s,
                    guint open,
                    guint e)
{
  guint close = open + 1, a;
  DsClaim *claim;

  while (close < e && close < open + 12 && !_ds_tok_is_punct (&s->toks[close], ')'))
    close++;
  if (close >= e || close < open + 4 || !_ds_tok_is_acronym (&s->toks[close - 1]) ||
      !(_ds_tok_is_punct (&s->toks[close - 2], '/') || _ds_tok_is_punct (&s->toks[close - 2], ',')) ||
      s->toks[close - 1].used || !(long_form_before (s, open, close - 1, &a) || initials_spell (s, open, close - 1, &a)))
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ACRONYM, a, open);
  claim->lead = _ds_toks_dup (s, close - 1, close);
  claim->question = ds_lang_expand (ctx->lang, "question_acronym", "acronym", claim->lead, NULL);
  _ds_toks_mark_used (s, open + 1, close);
  return _ds_claim_commit (ctx, claim);
}

/* "Badan Siber dan Sandi Negara atau BSSN adalah …", "Forum Regional
 * ASEAN atau ARF, yang …": the long form, "atau"/"or" at @i, its acronym
 * standing alone after it (a mark, a verb or the end follows);
 * "Apa kepanjangan dari BSSN?". */
static gboolean
find_acronym_or (Ctx  *ctx,
                 Sent *s,
                 guint i,
                 guint e)
{
  guint a;
  const Tok *after;

  if (i + 1 >= e || !_ds_tok_is_acronym (&s->toks[i + 1]) ||
      _ds_phrase_at (ctx, s, i + 1, PL_COMMON_ACRONYM) > 0 || masthead_line (ctx, s))
    return FALSE;
  after = i + 2 < e ? &s->toks[i + 2] : NULL;
  if (after != NULL && after->type == TOK_WORD && !after->verb && !(after->flags & (W_AUX | W_CUE_DEF | W_RELATIVE)))
    return FALSE;
  if (!(long_form_before (s, i, i + 1, &a) || initials_spell (s, i, i + 1, &a)) || !long_form_spells (s, i + 1, a, i))
    return FALSE;
  return commit_acronym (ctx, s, a, i, i + 1);
}

/* "Badan Siber dan Sandi Negara (BSSN)": "Apa kepanjangan dari BSSN?" */
static gboolean
find_acronym (Ctx  *ctx,
              Sent *s,
              guint open,
              guint e)
{
  guint a, verb = 0, year = 0;

  /* The long form may also be another claim's answer ("BSSN menyatakan
   * bahwa …"): what the acronym stands for is a claim of its own. */
  if (open + 2 >= e || !_ds_tok_is_acronym (&s->toks[open + 1]) ||
      !(_ds_tok_is_punct (&s->toks[open + 2], ')') || founded_tail (ctx, s, open + 2, e, &verb, &year) > 0) ||
      !(long_form_before (s, open, open + 1, &a) || initials_spell (s, open, open + 1, &a)))
    return FALSE;
  /* "Dewan Perwakilan Rakyat (DPR)": an acronym every reader knows is no
   * question (the language's phrase list common_acronym); nor is a
   * masthead's. */
  if (_ds_phrase_at (ctx, s, open + 1, PL_COMMON_ACRONYM) > 0 || masthead_line (ctx, s))
    {
      _ds_toks_mark_used (s, open + 1, open + 2);
      return FALSE;
    }

  if (!commit_acronym (ctx, s, a, open, open + 1))
    return FALSE;
  if (year > 0)
    commit_founded (ctx, s, a, open, verb, year);
  return TRUE;
}

/* "Mele Taufa (Tonga), Josaia Ravu (Fiji) and …": brackets after two
 * names or more of one run annotate each (a country, a party, a post),
 * whether or not the lexicon knows the word inside. */
static gboolean
bracket_series (const Sent *s,
                guint       e)
{
  guint named = 0;

  for (guint i = 1; i + 1 < e; i++)
    if (_ds_tok_is_punct (&s->toks[i], '(') && s->toks[i - 1].type == TOK_WORD && s->toks[i - 1].cap)
      named++;
  return named >= 2;
}

/* ------------------------------------------------------------------ */
/* Translations in brackets                                            */

/* A word's consonants as they sound, for telling the same word in two
 * spellings ("siber" and "cyber", "diplomasi" and "diplomacy",
 * "eksklusif" and "exclusive"): "c" before "e", "i", "y" sounds "s",
 * else "k"; "q" is "k", "x" is "ks", "v" is "f", "ph" is "f"; vowels, "h"
 * and doubled letters drop. Returns the skeleton's length. */
static guint
skeleton (const Tok *t,
          char      *out,
          guint      max)
{
  guint n = 0;

  for (guint i = 0; i < t->len && n + 1 < max; i++)
    {
      char c = ds_ascii_tolower (t->p[i]), next = i + 1 < t->len ? ds_ascii_tolower (t->p[i + 1]) : 0;

      if (!g_ascii_isalpha (c) || strchr ("aeiouyhw", c) != NULL)
        continue;
      if (c == 'c')
        c = next != 0 && strchr ("eiy", next) != NULL ? 's' : 'k';
      else if (c == 'q')
        c = 'k';
      else if (c == 'v' || (c == 'p' && next == 'h'))
        c = 'f';
      else if (c == 'x')
        out[n++] = 'k', c = 's';
      if (n == 0 || out[n - 1] != c)
        out[n++] = c;
    }
  return n;
}

/* One word of [@a, @b) and one of [@c, @d) are the same word spelt in two
 * languages: the shorter skeleton, of three sounds or more, opens the
 * longer ("siber" and "cybersecurity"). */
static gboolean
cognate_between (const Sent *s,
                 guint       a,
                 guint       b,
                 guint       c,
                 guint       d)
{
  for (guint i = a; i < b; i++)
    for (guint k = c; k < d; k++)
      {
        char x[24], y[24];
        guint nx = skeleton (&s->toks[i], x, sizeof x), ny = skeleton (&s->toks[k], y, sizeof y);

        /* "patroli terkoordinasi (patroli bersama)": a word both names
         * share says nothing of language. */
        if (s->toks[i].type == TOK_WORD && s->toks[k].type == TOK_WORD && MIN (nx, ny) >= 3 &&
            memcmp (x, y, MIN (nx, ny)) == 0 &&
            !(s->toks[i].len == s->toks[k].len && ds_ascii_strncasecmp (s->toks[i].p, s->toks[k].p, s->toks[k].len) == 0))
          return TRUE;
      }
  return FALSE;
}

/* "kedaulatan", "perdamaian": a word built as the other language builds
 * its nouns, a prefix and a suffix around a stem (its phrase list
 * confix, "ke an": "ke…an"). */
static gboolean
confixed (const DsLang *lang,
          const Tok    *t)
{
  const char * const *confixes = ds_lang_get_phrases (lang, "confix");

  for (guint i = 0; confixes != NULL && confixes[i] != NULL; i++)
    {
      const char *suffix = strchr (confixes[i], ' ');
      gsize pre = suffix != NULL ? (gsize) (suffix - confixes[i]) : 0, post = suffix != NULL ? strlen (suffix + 1) : 0;

      if (suffix != NULL && t->len >= pre + post + 4 && ds_ascii_strncasecmp (t->p, confixes[i], pre) == 0 &&
          ds_ascii_strncasecmp (t->p + t->len - post, suffix + 1, post) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "monitoring", "settlement": a long word with an ending of the other
 * language (its phrase list word_suffix), the last of a gloss of two
 * words or more ("remote monitoring"). */
static gboolean
suffixed (const DsLang *lang,
          const Tok    *t)
{
  const char * const *suffixes = ds_lang_get_phrases (lang, "word_suffix");

  for (guint i = 0; suffixes != NULL && suffixes[i] != NULL; i++)
    {
      gsize n = strlen (suffixes[i]);

      /* "operations", "settlements": the plural too. */
      if (t->len >= n + 4 && (ds_ascii_strncasecmp (t->p + t->len - n, suffixes[i], n) == 0 ||
                              (t->p[t->len - 1] == 's' && ds_ascii_strncasecmp (t->p + t->len - n - 1, suffixes[i], n) == 0)))
        return TRUE;
    }
  return FALSE;
}

/* "backup", "deface", "phishing": a word spelt as the essay's language
 * never spells one (the other language's phrase list word_spelling:
 * letters anywhere in the word, or at its end with "$"). */
static gboolean
other_spelling (const DsLang *other,
                const Tok    *t)
{
  const char * const *marks = ds_lang_get_phrases (other, "word_spelling");

  for (guint i = 0; marks != NULL && marks[i] != NULL; i++)
    {
      gsize n = strlen (marks[i]);

      if (n > 1 && marks[i][n - 1] == '$')
        {
          if (t->len > n + 1 && ds_ascii_strncasecmp (t->p + t->len - (n - 1), marks[i], n - 1) == 0)
            return TRUE;
        }
      else if (n > 0 && t->len >= n)
        for (gsize j = 0; j + n <= t->len; j++)
          if (ds_ascii_strncasecmp (t->p + j, marks[i], n) == 0)
            return TRUE;
    }
  return FALSE;
}

/* A word of [@a, @b) that the essay's language does not know and the
 * other one does: one of its function words ("of", "the"; "dan",
 * "yang"), or a noun built the other language's way. */
static gboolean
other_language_word (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b)
{
  const DsLang *other = ds_lang_get (ctx->english ? "id" : "en");

  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_WORD && s->toks[k].flags == 0 && !s->toks[k].cap &&
        ((ds_lang_lookup (other, s->toks[k].p, s->toks[k].len, NULL) & W_FUNCTION) != 0 ||
         confixed (other, &s->toks[k]) || (k + 1 == b && k > a && suffixed (other, &s->toks[k]))))
      return TRUE;
  return FALSE;
}

/* "keamanan siber (cybersecurity)", "penangkapan ikan ilegal (*illegal
 * fishing*)", "innocent passage (hak lintas damai)": the bracket gives the
 * term in the other language — the same word in its other spelling, a
 * word written in italics as foreign, or a function word of the other
 * language. A translation is no second name to learn: the term keeps it,
 * no card asks it. */
static gboolean
translation_gloss (Ctx        *ctx,
                   const Sent *s,
                   guint       term_a,
                   guint       open,
                   guint       close)
{
  for (const char *p = s->toks[open].p + 1; p < s->toks[open + 1].p; p++)
    if (*p == '*' || *p == '_')
      return TRUE;
  if (cognate_between (s, term_a, open, open + 1, close) || other_language_word (ctx, s, open + 1, close))
    return TRUE;
  /* "cadangan data (backup)", "tampilan situs (deface)": one word spelt
   * the other language's way after a term of a word or two renders it;
   * after a longer description ("basis kewarganegaraan internet
   * (netizenship)") it is the coined term the description explains. */
  if (close == open + 2 && open - term_a <= 2 && s->toks[open + 1].type == TOK_WORD && !s->toks[open + 1].cap &&
      s->toks[open + 1].flags == 0)
    return other_spelling (ds_lang_get (ctx->english ? "id" : "en"), &s->toks[open + 1]);
  return FALSE;
}

/* "the strategy (phase I)", "(second edition)", "(edisi kedua)",
 * "shipping lanes (red)", "batas laut (garis putus-putus)": a bracket
 * of at most three words that says which edition or stage (the phrase
 * list parenthesis_edition) or how a chart draws the thing (a colour or
 * a line in lower case, the phrase list parenthesis_legend) — no other
 * name of it. */
static gboolean
bracket_label (Ctx        *ctx,
               const Sent *s,
               guint       open,
               guint       close)
{
  if (close > open + 4)
    return FALSE;
  for (guint k = open + 1; k < close; k++)
    if (_ds_phrase_at (ctx, s, k, PL_PARENTHESIS_EDITION) > 0 ||
        (!s->toks[k].cap && _ds_phrase_at (ctx, s, k, PL_PARENTHESIS_LEGEND) > 0))
      return TRUE;
  return FALSE;
}

/* "the agreement of July 2022 (Black Sea Grain Initiative)", "Kesepakatan
 * Juli 2022 (…)": a thing named by its date, the bracket the name of that
 * one; "cooperation in shipping (maritime affairs)": a bracket in lower
 * case after a noun with its own preposition glosses a part of it or
 * names a wider field. Neither is another name of [@a, @b). */
static gboolean
bracket_not_other_name (const Sent *s,
                        guint       a,
                        guint       b,
                        guint       open,
                        guint       close)
{
  gboolean lower = TRUE;

  for (guint k = open + 1; k < close; k++)
    if (s->toks[k].cap)
      lower = FALSE;
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & W_MONTH) ||
        (s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4 && k > a &&
         ((s->toks[k - 1].flags & (W_PREP | W_MONTH)) || _ds_tok_is (&s->toks[k - 1], "tahun"))) ||
        (lower && k > a && k + 1 < b && (s->toks[k].flags & W_PREP) && !s->toks[k].cap))
      return TRUE;
  return FALSE;
}

/* "Kementerian Kemaritiman (urusan maritim)", "The Ocean Ministry
 * (maritime affairs)": words in lower case in a bracket after a name in
 * capitals say what the body covers, a gloss, no other name of it; a
 * name or an acronym ("(Bakamla)") is. After a common noun the bracket
 * may still be another name ("border patrols (joint sweeps)"). */
static gboolean
lower_case_gloss (const Sent *s,
                  guint       a,
                  guint       b,
                  guint       open,
                  guint       close)
{
  gboolean name = FALSE;

  for (guint k = open + 1; k < close; k++)
    if (s->toks[k].cap || s->toks[k].type != TOK_WORD)
      return FALSE;
  for (guint k = MAX (a, 1); k < b; k++)
    name |= s->toks[k].cap && s->toks[k].type == TOK_WORD;
  return name;
}

/* "Langkah membangun kepercayaan (confidence-building measures)", "the
 * forum adopted confidence-building measures (langkah …)": the bracket
 * names the whole phrase before it; when the noun phrase read before the
 * bracket holds a verb, or follows a verb that a noun stands before while
 * the bracket has more words than it, the phrase is a term with a verb in
 * it or a clause, and no card can say which words the bracket names. */
static gboolean
term_whole_phrase (const Sent *s,
                   guint       start,
                   guint       end,
                   guint       open,
                   guint       close)
{
  for (guint k = start + 1; k < end; k++)
    if (s->toks[k].verb)
      return FALSE;
  /* English marks no verbs: a past form in lower case after a noun in
   * lower case ("the forum adopted …") is the clause's. */
  for (guint k = start + 1; k < end; k++)
    if (!s->toks[k].cap && !s->toks[k - 1].cap && s->toks[k - 1].type == TOK_WORD &&
        !(s->toks[k - 1].flags & W_FUNCTION) && _ds_passive_verb (&s->toks[k], TRUE) &&
        !(s->toks[k - 1].len > 2 && ds_ascii_strncasecmp (s->toks[k - 1].p + s->toks[k - 1].len - 2, "ly", 2) == 0))
      return FALSE;
  if (start >= 2 && s->toks[start - 1].verb && s->toks[start - 2].type == TOK_WORD &&
      !(s->toks[start - 2].flags & W_FUNCTION) && close - open - 1 > end - start)
    return FALSE;
  return TRUE;
}

/* "penyelenggaraan ASEAN Ministerial Conference on Cybersecurity (AMCC)",
 * "kurikulum Sekolah Dinas Luar Negeri (Sekdilu)": a short form in
 * brackets (one word in capitals) shortens the name in capitals before
 * it, not the common noun that governs the name; the term starts at the
 * first capitalised word with the short form's first letter (*@start
 * moves there), and with none the bracket is no short form of the noun
 * phrase. "Universitas Aberystwyth (Wales)": one word, not all capitals,
 * after a name that does not start with its letter is a place or another
 * name beside it, no short form of it. */
static gboolean
short_form_start (const Sent *s,
                  guint      *start,
                  guint       end,
                  const Tok  *form)
{
  guint k = *start;

  if (s->toks[k].cap && (k > 0 || s->toks[k + 1 < end ? k + 1 : k].cap))
    return _ds_tok_is_acronym (form) || g_ascii_toupper (s->toks[k].p[0]) == g_ascii_toupper (form->p[0]);
  if (!has_lower_word (s, k, k + 1))
    return TRUE;
  for (; k < end; k++)
    if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION))
      continue;
    else
      break;
  if (k >= end)
    return TRUE;
  for (guint j = k; j < end; j++)
    if (s->toks[j].cap && g_ascii_toupper (s->toks[j].p[0]) == g_ascii_toupper (form->p[0]))
      {
        *start = j;
        return TRUE;
      }
  /* "ketua Asosiasi Lingkar Samudra Hindia (IORA)": capitals that
   * shorten the name in another language; the name still starts at its
   * first capital. */
  if (_ds_tok_is_acronym (form) && s->toks[k].cap)
    {
      *start = k;
      return TRUE;
    }
  return FALSE;
}

/* "basis kewarganegaraan internet (netizenship)" */
static gboolean
alias_in_brackets (Ctx  *ctx,
                   Sent *s,
                   guint open,
                   guint e)
{
  guint b = alias_end (s, open + 1, e), start, end;

  if (b == open + 1 || b >= s->n || !_ds_tok_is_punct (&s->toks[b], ')'))
    return FALSE;
  /* "Soekarno (Indonesia)": a person's country, no other name; "(misalnya
   * pelabuhan bebas Mersin)", "(for example via Turkey)": an example. */
  if (_ds_lexicon_is_country (s->toks, s->n, open + 1) || bracket_series (s, e) ||
      (s->toks[open + 1].flags & W_CUE_EXAMPLE) || _ds_phrase_at (ctx, s, open + 1, PL_EXAMPLE_MARKER) > 0 ||
      bracket_label (ctx, s, open, b))
    return FALSE;
  start = _ds_np_start (s, 0, open, &end);
  /* "a consultancy (Harbourline Analytics)": which one, no other name. */
  /* "the agency running the harbour (IMO)": letters that do not spell the
   * noun before them name the one body, as a name in capitals would. */
  if (b == open + 2 && _ds_tok_is_acronym (&s->toks[open + 1]) && common_noun (ctx, s, start, end))
    return FALSE;
  if (b == open + 2 && s->toks[open + 1].cap && end == open && !short_form_start (s, &start, end, &s->toks[open + 1]))
    return FALSE;
  /* "Masyarakat Batu Bara & Baja Eropa (ECSC)", "Entry/Exit System
   * (EES)": a name whose capitalised words go on before a slash or an
   * ampersand is cut there; its last words are no term the acronym
   * names ("Baja Eropa"). */
  if (start >= 2 && s->toks[start].cap && s->toks[start - 2].cap && s->toks[start - 2].type == TOK_WORD &&
      (_ds_tok_is_punct (&s->toks[start - 1], '/') || _ds_tok_is_punct (&s->toks[start - 1], '&')))
    return FALSE;
  if (end == open && !term_whole_phrase (s, start, end, open, b))
    return FALSE;
  return end == open && !translation_gloss (ctx, s, start, open, b) && !bracket_not_other_name (s, start, end, open, b) &&
         !lower_case_gloss (s, start, end, open, b) &&
         !common_noun_named (ctx, s, start, end, open + 1, b) && commit_alias (ctx, s, start, end, open + 1, b);
}

/* "Diplomasi siber (bahasa Inggris: cyber diplomacy)", "(Inggris: …)",
 * "(English: …)": the term's name in another language, a translation
 * (translation_gloss): no card asks it, and no other rule takes the
 * bracket for a name. */
static gboolean
alias_in_language (Sent *s,
                   guint open,
                   guint e)
{
  guint k = open + 1, close;

  if (_ds_tok_is (&s->toks[k], "bahasa") || _ds_tok_is (&s->toks[k], "dalam"))
    k++;
  if (!(_ds_tok_is (&s->toks[k], "inggris") || _ds_tok_is (&s->toks[k], "english") ||
        _ds_tok_is (&s->toks[k], "indonesia")) || k + 2 >= e || !_ds_tok_is_punct (&s->toks[k + 1], ':'))
    return FALSE;
  for (close = k + 2; close < e && !_ds_tok_is_punct (&s->toks[close], ')'); close++)
    ;
  if (close >= e || close == k + 2)
    return FALSE;
  _ds_toks_mark_used (s, open + 1, close);
  return TRUE;
}

/* "Hidrodiplomasi, atau diplomasi hidro, adalah …", "Hydro-diplomacy,
 * or water diplomacy, is …": the name between commas before the cue is
 * the term's other name; a translation ("Komisi Sungai Mekong, atau
 * Mekong River Commission (MRC), …") is none, its acronym's card asks
 * it. @i is "atau"/"or". */
static gboolean
alias_or_aside (Ctx  *ctx,
                Sent *s,
                guint i,
                guint e)
{
  guint close = i + 1, start, end, b;
  /* "Cyber hygiene (or digital hygiene) is …", "Kebersihan siber (atau
   * higiene digital) adalah …": the aside in brackets. */
  gunichar shut = i > 0 && _ds_tok_is_punct (&s->toks[i - 1], '(') ? ')' : ',';

  while (close < e && close < i + 12 && !_ds_tok_is_punct (&s->toks[close], shut))
    close++;
  if (i < 2 || !(_ds_tok_is_punct (&s->toks[i - 1], ',') || shut == ')') || close + 1 >= e ||
      !_ds_tok_is_punct (&s->toks[close], shut) || !(s->toks[close + 1].flags & W_CUE_DEF) ||
      !or_name_aside (s, i - 1, close))
    return FALSE;
  start = _ds_np_start (s, 0, i - 1, &end);
  b = alias_end (s, i + 1, close);
  /* "Mali, atau Guinea, adalah …": one country or another, no name. */
  if (start > (guint) _ds_tok_is (&s->toks[0], "the") || end != i - 1 || translation_gloss (ctx, s, start, i - 1, b) ||
      _ds_lexicon_is_country (s->toks, s->n, start) || _ds_lexicon_is_country (s->toks, s->n, i + 1))
    return FALSE;
  /* "Estonia (or Finland) is …": in brackets, only a notion in lower
   * case has another name; two names are one thing or another. */
  if (shut == ')' && (!has_lower_word (s, start, end) || !has_lower_word (s, i + 1, b)))
    return FALSE;
  return commit_alias (ctx, s, start, end, i + 1, b);
}

/* "Dokumen tahun 1998 (selanjutnya disebut Perjanjian Syr Darya)", "The
 * 1998 accord (hereinafter the Accord)": a short form the text gives
 * itself to save words is no other name to learn (the phrase list
 * furniture_hereinafter). Where the short form ends — the bracket's or
 * the aside's end — when one starts at @i (or after the bracket @i
 * opens), else 0; its words are used up, no rule asks them. */
static guint
hereinafter_end (Ctx  *ctx,
                 Sent *s,
                 guint i,
                 guint e)
{
  guint k = i + _ds_tok_is_punct (&s->toks[i], '('), n, b;

  if (!_ds_sent_may_start (s, HOT_HEREINAFTER) ||
      (n = _ds_phrase_at (ctx, s, k, PL_FURNITURE_HEREINAFTER)) == 0)
    return 0;
  for (b = k + n; b < e && !_ds_tok_is_punct (&s->toks[b], ')') && !_ds_tok_is_punct (&s->toks[b], ','); b++)
    ;
  /* "The Trade Promotion Board (hereinafter TPB) …": nor is the full
   * name a blank, its short form standing beside it as the clue. */
  for (k = i; k > 0 && (s->toks[k - 1].cap || _ds_tok_is (&s->toks[k - 1], "of") ||
                        _ds_tok_is (&s->toks[k - 1], "and") || _ds_tok_is (&s->toks[k - 1], "dan"));
       k--)
    ;
  _ds_toks_mark_used (s, k, b);
  return b;
}

/* A noun phrase that stands for what the sentence before says, at @k:
 * a demonstrative over a noun of the phrase list naming2_referent_head
 * ("This behaviour", "Such practices", "Perilaku ini", "Pandangan
 * seperti ini"), or "this", "ini", "hal ini" alone. Where it ends, or 0. */
static guint
referent_np_end (Ctx        *ctx,
                 const Sent *s,
                 guint       k,
                 guint       e,
                 gboolean   *titled)
{
  guint n, j;

  if (k >= e || s->toks[k].type != TOK_WORD)
    return 0;
  /* "This behaviour", "Such practices" (phrase list
   * naming2_referent_det), or "This" alone. */
  if ((j = _ds_phrase_at (ctx, s, k, PL_NAMING2_REFERENT_DET)) > 0)
    {
      if ((n = _ds_phrase_at (ctx, s, k + j, PL_NAMING2_REFERENT_HEAD)) > 0)
        return k + j + n;
      /* "This speech": a thing with a title. */
      if ((n = _ds_phrase_at (ctx, s, k + j, PL_NAMING2_TITLED_HEAD)) > 0)
        {
          *titled = TRUE;
          return k + j + n;
        }
      return (n = _ds_phrase_at (ctx, s, k, PL_NAMING2_REFERENT_BARE)) > 0 ? k + n : 0;
    }
  if (ctx->english)
    return 0;
  /* "Ini", "Inilah", "Itulah" alone. */
  if ((n = _ds_phrase_at (ctx, s, k, PL_NAMING2_REFERENT_BARE)) > 0)
    return k + n;
  if ((n = _ds_phrase_at (ctx, s, k, PL_NAMING2_REFERENT_HEAD)) == 0 &&
      (n = _ds_phrase_at (ctx, s, k, PL_NAMING2_TITLED_HEAD)) > 0)
    *titled = TRUE;
  if (n == 0)
    return 0;
  j = k + n;
  if ((n = _ds_phrase_at (ctx, s, j, PL_ALIAS_SUCH)) > 0 ||
      (n = _ds_phrase_at (ctx, s, j, PL_NAMING2_REFERENT_BARE)) > 0)
    return j + n;
  return j < e && (s->toks[j].flags & W_ANAPHOR) ? j + 1 : 0;
}

static guint named_referent_active (Ctx        *ctx,
                                    const Sent *s,
                                    guint       k,
                                    guint       e,
                                    gboolean    object,
                                    guint      *who);

/* Where the name starts after the naming words at @k that follow the
 * referent ("is often known as", "came to be called", "kemudian
 * dikenal dengan sebutan", "ia sebut sebagai"), or 0. */
static guint
named_referent_start (Ctx        *ctx,
                      const Sent *s,
                      guint       k,
                      guint       e,
                      gboolean   *title,
                      guint      *who)
{
  guint n;

  /* "is", "was", "has come to be", "kemudian", "juga", "sering";
   * "Inilah yang disebut …". */
  while (k < e && k < 12 && s->toks[k].type == TOK_WORD &&
         ((s->toks[k].flags & (W_AUX | W_ADV)) || _ds_phrase_at (ctx, s, k, PL_NAMING2_AUX) > 0 ||
          (!ctx->english && (s->toks[k].flags & W_RELATIVE))))
    k++;
  /* "This is what scholars call X", "Inilah yang oleh para ahli disebut
   * X": who names it, before the verb. */
  if (_ds_phrase_at (ctx, s, k, PL_NAMING2_AGENT_FIRST) > 0)
    return named_referent_active (ctx, s, k, e, FALSE, who);
  /* "Praktik tersebut oleh para peneliti disebut …": the agent after
   * "oleh", up to four words. */
  if (_ds_tok_is (&s->toks[k], "oleh"))
    {
      guint j = k + 1, x, y;

      /* "oleh Nolan (2019)": a scholar, the year with the name. */
      if ((j = read_scholar (s, k + 1, e, &x, &y)) > 0 && j < e && _ds_phrase_at (ctx, s, j, PL_NAMING2_PASSIVE) > 0)
        *who = k + 1;
      else
        for (j = k + 1; j < e && j < k + 5 && s->toks[j].type == TOK_WORD &&
                        _ds_phrase_at (ctx, s, j, PL_NAMING2_PASSIVE) == 0;
             j++)
          ;
      k = j;
    }
  /* "Proses ini ia sebut sebagai …": the agent's pronoun before the
   * bare verb. */
  else if (!ctx->english && k + 1 < e && (s->toks[k].flags & W_PRONOUN))
    k++;
  if (k + 1 >= e || (n = _ds_phrase_at (ctx, s, k, PL_NAMING2_PASSIVE)) == 0)
    return 0;
  k += n;
  /* "Pidato tersebut dikenal dengan judul '…'", "… is known under the
   * title '…'": a title, asked in the two sentences. */
  if ((n = _ds_phrase_at (ctx, s, k, PL_NAMING2_TITLE_LABEL)) > 0)
    {
      *title = TRUE;
      return k + n;
    }
  if ((n = _ds_phrase_at (ctx, s, k, PL_ALIAS_NAME)) > 0)
    return k + n;
  if (_ds_tok_is (&s->toks[k], "sebagai") || _ds_tok_is (&s->toks[k], "dengan") || _ds_tok_is (&s->toks[k], "as"))
    return k + 1;
  return k;
}

/* "Scholars call this view X", "Para ahli menyebut gejala ini sebagai
 * X": an agent, a naming verb (the phrase list naming2_active), the
 * referent, then the name. Where the name starts, or 0. */
static guint
named_referent_active (Ctx        *ctx,
                       const Sent *s,
                       guint       k,
                       guint       e,
                       gboolean    object,
                       guint      *who)
{
  guint v, n = 0, r, x, y, after;
  gboolean titled = FALSE;

  /* "Nolan (2019) calls this pattern X", "This is what Nolan calls X":
   * a scholar names it (a crowd, "scholars", is no name). */
  after = read_scholar (s, object ? k : k + 1, e, &x, &y);
  if (after > 0 && after < e && (after > y || _ds_tok_known_name (ctx, &s->toks[x]) || x > 0) &&
      _ds_phrase_at (ctx, s, after, PL_NAMING2_ACTIVE) > 0 &&
      !(s->toks[x].flags & (W_FUNCTION | W_PRONOUN | W_COUNTRY)))
    {
      *who = x;
      k = after - 1;
    }
  for (v = k + 1; v < e && v < k + 5; v++)
    {
      if (s->toks[v].type != TOK_WORD)
        return 0;
      if ((n = _ds_phrase_at (ctx, s, v, PL_NAMING2_ACTIVE)) > 0)
        break;
    }
  if (n == 0)
    return 0;
  /* "This is what scholars call X": the referent came first. */
  if (!object)
    r = v + n;
  else if ((r = referent_np_end (ctx, s, v + n, e, &titled)) == 0 || titled)
    return 0;
  if ((n = _ds_phrase_at (ctx, s, r, PL_ALIAS_NAME)) > 0)
    return r + n;
  if (_ds_tok_is (&s->toks[r], "sebagai") || _ds_tok_is (&s->toks[r], "as"))
    return r + 1;
  return r;
}

/* "Istilahnya, pemerasan ganda.", "Itu namanya whaling.", "We call it
 * spear phishing.", "Para diplomat menyebutnya diplomasi sunyi.": a name
 * given to what was just said by a spoken label at @k (the phrase list
 * naming2_bare_opening) or by an agent of up to three words and a
 * naming verb whose object is a pronoun (naming2_pronoun_verb). Where the
 * name starts, or 0; @who the agent when it is a name ("Nolan calls it
 * …"). */
static guint
named_by_pronoun (Ctx        *ctx,
                  const Sent *s,
                  guint       k,
                  guint       e,
                  guint      *who)
{
  guint n, x, y;

  if (k >= e || s->toks[k].type != TOK_WORD)
    return 0;
  if ((n = _ds_phrase_at (ctx, s, k, PL_NAMING2_BARE_OPENING)) > 0)
    {
      k += n;
      return k < e && _ds_tok_is_punct (&s->toks[k], ',') ? k + 1 : k;
    }
  for (guint v = k + 1; v < e && v < k + 4; v++)
    {
      if (s->toks[v].type != TOK_WORD || (s->toks[v].flags & (W_CONJ | W_RELATIVE | W_THAT)))
        return 0;
      if ((n = _ds_phrase_at (ctx, s, v, PL_NAMING2_PRONOUN_VERB)) == 0)
        continue;
      if (read_scholar (s, k, e, &x, &y) == v && !(s->toks[x].flags & (W_FUNCTION | W_PRONOUN | W_COUNTRY)) &&
          (y > x + 1 || _ds_tok_known_name (ctx, &s->toks[x]) || x > 0))
        *who = x;
      v += n;
      return v < e && (_ds_tok_is (&s->toks[v], "sebagai") || _ds_tok_is (&s->toks[v], "as")) ? v + 1 : v;
    }
  return 0;
}

/* Where a name that ends the sentence from @y ends when it is a term: at
 * most five words in lower case, no function word but "atau"/"or"
 * inside, no verdict ("krisis", "a failure"); @e, else 0. */
static guint
pronoun_name_end (Ctx        *ctx,
                  const Sent *s,
                  guint       y,
                  guint       e)
{
  guint b;

  if (ctx->english && y + 1 < e && _ds_tok_is (&s->toks[y], "the"))
    y++;
  for (b = y; b < e && b < y + 5 && s->toks[b].type == TOK_WORD && (!s->toks[b].cap || _ds_tok_is_acronym (&s->toks[b])) &&
              (!(s->toks[b].flags & W_FUNCTION) ||
               (b > y && b + 1 < e && (_ds_tok_is (&s->toks[b], "atau") || _ds_tok_is (&s->toks[b], "or"))));
       b++)
    ;
  if (b != e || b <= y || verdict_name (ctx, s, y, b) || _ds_tok_is_acronym (&s->toks[y]) ||
      (b == y + 1 && _ds_phrase_at (ctx, s, y, PL_NAMING2_LABEL_WORD) == 1) ||
      (y > 0 && (_ds_tok_is (&s->toks[y - 1], "a") || _ds_tok_is (&s->toks[y - 1], "an"))))
    return 0;
  return b;
}

/* "Kalau pesan itu ditulis khusus untuk satu pejabat, namanya spear
 * phishing.", "When such a message is tailored to one person, we call
 * it spear phishing.", "Jika …, itu disebut …": a condition (the phrase
 * list naming2_condition) says what the name that ends the sentence
 * names. Its subject often leans on the sentence before ("pesan itu",
 * "such a message"), so the name is blanked in its sentence. */
gboolean
_ds_find_named_condition (Ctx  *ctx,
                          Sent *s)
{
  guint e = _ds_body_end (s), k = 0, c, y, b, n, who = G_MAXUINT;
  DsClaim *claim;

  /* ("When" is a connective: the clause's opening is past it.) */
  if (s->n_commas == 0 || e < 8 || (n = _ds_phrase_at (ctx, s, k, PL_NAMING2_CONDITION)) == 0)
    return FALSE;
  for (c = k + n; c < e && !_ds_tok_is_punct (&s->toks[c], ','); c++)
    if (s->toks[c].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[c], '-'))
      return FALSE;
  if (c + 2 >= e || c < k + n + 3)
    return FALSE;
  y = named_by_pronoun (ctx, s, c + 1, e, &who);
  /* "…, itu disebut X", "…, it is called X". */
  if (y == 0)
    {
      guint j = c + 1;

      if (j < e && (s->toks[j].flags & (W_ANAPHOR | W_PRONOUN)))
        j++;
      while (j < e && (s->toks[j].flags & (W_AUX | W_ADV)) && !(s->toks[j].flags & W_NOUN))
        j++;
      if (j > c + 1 && j < e && (n = _ds_phrase_at (ctx, s, j, PL_NAMING2_PASSIVE)) > 0)
        y = alias_start_at (ctx, s, j + n - 1) > 0 ? alias_start_at (ctx, s, j + n - 1) : j + n;
    }
  if (y == 0 || y >= e || (b = pronoun_name_end (ctx, s, y, e)) == 0 || _ds_toks_any_used (s, k, e))
    return FALSE;
  if (ctx->english && _ds_tok_is (&s->toks[y], "the"))
    y++;
  _ds_toks_mark_used (s, 0, e);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ALIAS, y, b);
  g_free (claim->body);
  claim->body = g_strdup_printf ("%.*s%s%.*s", (int) (s->toks[y].p - s->p), s->p, DS_CARD_BLANK,
                                 (int) (s->end - (s->toks[b - 1].p + s->toks[b - 1].len)),
                                 s->toks[b - 1].p + s->toks[b - 1].len);
  g_strchomp (claim->body);
  return _ds_claim_commit (ctx, claim);
}

/* "Banyak negara kecil merapat kepada kekuatan yang sedang naik. Perilaku
 * ini dikenal dengan sebutan bandwagoning.", "… . This behaviour is known
 * as bandwagoning.", "Scholars call this view commercial liberalism.":
 * the name is given to what the sentence before (same paragraph) says;
 * asked "What is meant by X?", answered by that sentence. Only when the
 * referent is a noun that can stand for a described state of things
 * (naming2_referent_head), the name ends the sentence, and the sentence
 * before is a statement of its own (no pronoun opening it, no list lead). */
gboolean
_ds_find_named_before (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s), k = _ds_clause_opening (s), r, y, b, q = 0, a, xe, who = G_MAXUINT;
  gboolean title = FALSE, titled = FALSE, ignored = FALSE;
  g_autofree char *term = NULL;
  Sent x = { 0 };
  DsClaim *claim;

  if (s->first || e > 20 || k == G_MAXUINT || k + 3 >= e || ctx->prev.p == NULL || ctx->prev.block != s->block ||
      _ds_toks_any_used (s, k, e))
    return FALSE;
  if ((r = referent_np_end (ctx, s, k, e, &titled)) > 0)
    y = named_referent_start (ctx, s, r, e, &title, &who);
  else if ((y = named_by_pronoun (ctx, s, k, e, &who)) > 0)
    {
      /* "Istilahnya, X", "We call it X": a term in lower case, never a
       * name ("Namanya Budi"). */
      if (y >= e || pronoun_name_end (ctx, s, y, e) == 0)
        return FALSE;
    }
  else
    y = named_referent_active (ctx, s, k, e, TRUE, &who);
  if (y == 0 || y >= e)
    return FALSE;
  /* The name, in quotes or not, ends the sentence: "X", "X atau Y";
   * words of no function ("bandwagoning" too, which looks like a verb). */
  if (s->toks[y].type == TOK_PUNCT && strchr ("\"'", (int) s->toks[y].ch) != NULL)
    q = y++;
  if (ctx->english && y + 1 < e && _ds_tok_is (&s->toks[y], "the"))
    y++;
  /* A title in quotes runs to its closing mark ("Mendayung di Antara
   * Dua Karang"). */
  if (q > 0 && (title || titled))
    for (b = y; b < e && b < y + 12 && s->toks[b].type == TOK_WORD; b++)
      ;
  else
  for (b = y; b < e && b < y + 5 && s->toks[b].type == TOK_WORD &&
              (!(s->toks[b].flags & W_FUNCTION) ||
               (b > y && b + 1 < e && (_ds_tok_is (&s->toks[b], "atau") || _ds_tok_is (&s->toks[b], "or"))));
       b++)
    ;
  if (q > 0 && b < e && s->toks[b].type == TOK_PUNCT && s->toks[b].ch == s->toks[q].ch)
    {
      if (b + 1 != e)
        return FALSE;
    }
  else if (b != e)
    return FALSE;
  /* "Kondisi ini disebut krisis": a one-word label a writer gives (the
   * phrase list naming2_label_word), no term. */
  if (b <= y || verdict_name (ctx, s, y, b) ||
      (b == y + 1 && _ds_phrase_at (ctx, s, y, PL_NAMING2_LABEL_WORD) == 1) ||
      (y > 0 && (_ds_tok_is (&s->toks[y - 1], "a") || _ds_tok_is (&s->toks[y - 1], "an"))))
    return FALSE;
  /* The sentence before: a statement of its own. */
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  xe = _ds_body_end (&x);
  /* "Di sisi lain, …", "However, …": the link to the sentence before
   * that one is no part of the answer ("When …, …" stays whole). */
  {
    guint n = _ds_phrase_at (ctx, &x, 0, PL_SENTENCE_LINK);

    if (n == 0)
      n = _ds_phrase_at (ctx, &x, 0, PL_CONTRAST_OTHER_HAND);
    if (n == 0 && (x.toks[0].flags & W_CONNECTIVE))
      n = 1;
    a = n > 0 && n + 1 < xe && _ds_tok_is_punct (&x.toks[n], ',') ? n + 1 : 0;
  }
  /* "Menurut Bu Ratna, …", "According to Lee, …": who holds it is no
   * part of what the name names. */
  {
    guint wa, wb, ca, cb, n = a == 0 ? _ds_clause_attribution_end (ctx, &x, &wa, &wb, &ca, &cb) : 0;

    if (n > 0 && n + 5 < xe)
      a = n;
  }
  /* "Seorang analis mencatat bahwa …", "One analyst noted that …":
   * what is named is the reported clause. */
  for (guint t = a + 1; t < xe && t < a + 8; t++)
    if ((x.toks[t].flags & W_THAT) && (x.toks[t - 1].verb || (x.toks[t - 1].flags & W_REPORT)))
      {
        a = t + 1;
        break;
      }
  if (x.question || xe < a + 5 || xe > 45 || _ds_tok_is_punct (&x.toks[xe - 1], ':') ||
      (xe < x.n && _ds_tok_is_punct (&x.toks[xe], ':')) ||
      (x.toks[a].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_phrase_at (ctx, &x, a, PL_DANGLING_OPENING) > 0 ||
      referent_np_end (ctx, &x, a, xe, &ignored) > 0)
    return FALSE;
  /* A title in quotes: the sentence before, then this one with the
   * title blanked ("Pada 1948 Hatta berpidato … . Pidato tersebut
   * dikenal dengan judul “_____”."). */
  /* "This speech became known as '…'": a title, so asked; a thing with
   * a title gets no meaning asked. */
  if (titled && q > 0)
    title = TRUE;
  if (titled != title)
    return FALSE;
  if (title)
    {
      g_autofree char *before = NULL;

      if (q == 0)
        return FALSE;
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ALIAS, y, b);
      before = g_strndup (x.p, x.end - x.p);
      g_strstrip (before);
      g_free (claim->body);
      claim->body = g_strdup_printf ("%s %.*s%s%.*s", before, (int) (s->toks[y].p - s->toks[k].p), s->toks[k].p,
                                     DS_CARD_BLANK, (int) (s->end - s->toks[b].p), s->toks[b].p);
      g_strchomp (claim->body);
      claim->start = ctx->prev.start;
      _ds_claim_extend (ctx, claim, s->end_char, s->end);
      _ds_toks_mark_used (s, 0, s->n);
      return _ds_claim_commit (ctx, claim);
    }
  term = _ds_phrase_dup (s, y, b, FALSE);
  claim = _ds_fact_new (ctx, &x, DS_CLAIM_RULE_DEFINITION, a, xe);
  if (a > 0)
    {
      g_autofree char *answer = g_steal_pointer (&claim->subject);

      claim->subject = ds_utf8_capitalize (answer);
    }
  claim->lead = g_strdup (term);
  /* "Inilah yang oleh Nolan disebut X", "Nolan calls this pattern X". */
  if (who != G_MAXUINT)
    {
      guint wa, wb;

      read_scholar (s, who, e, &wa, &wb);
      claim->attribution = _ds_toks_dup (s, wa, wb);
      claim->question = ds_lang_expand (ctx->lang, "question_definition_by", "who", claim->attribution, "term", term, NULL);
    }
  else
    claim->question = ds_lang_expand (ctx->lang, "question_definition", "term", term, NULL);
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* "- ITU = International Telecommunication Union", "BSSN: Badan Siber
 * dan Sandi Negara": a note line that opens on an acronym, an equals
 * sign or a colon, and the long form, whose capitals spell it — up to
 * the line's end, a comma, a bracket or a dash; "What does ITU stand
 * for?". */
gboolean
_ds_find_acronym_equals (Ctx  *ctx,
                         Sent *s)
{
  guint e = _ds_body_end (s), b = 2;

  if (e < 4 || !_ds_tok_is_acronym (&s->toks[0]) || s->toks[0].used ||
      !(_ds_tok_is_punct (&s->toks[1], '=') || _ds_tok_is_punct (&s->toks[1], ':')) ||
      _ds_phrase_at (ctx, s, 0, PL_COMMON_ACRONYM) > 0)
    return FALSE;
  while (b < e && b < 14 && s->toks[b].type == TOK_WORD)
    b++;
  if (b < e && !_ds_tok_is_punct (&s->toks[b], ',') && !_ds_tok_is_punct (&s->toks[b], '(') &&
      !_ds_tok_is_punct (&s->toks[b], 0x2014) && !_ds_tok_is_punct (&s->toks[b], 0x2013) &&
      !_ds_tok_is_punct (&s->toks[b], DS_ARROW))
    return FALSE;
  if (!s->toks[2].cap || _ds_toks_any_used (s, 2, b) || !long_form_spells (s, 0, 2, b))
    return FALSE;
  return commit_acronym (ctx, s, 2, b, 0);
}

gboolean
_ds_find_alias (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean found = FALSE;

  /* "Istilah lain untuk X adalah Y" opens its sentence. */
  if (e > 4 && (_ds_tok_is (&s->toks[0], "istilah") || _ds_tok_is (&s->toks[0], "nama")))
    found |= alias_other (ctx, s, 0, e);
  /* "… is known as X.", "… disebut X.": the name ends the sentence. */
  for (guint i = e > 7 ? e - 7 : 1; i + 1 < e; i++)
    if (!s->toks[i].used && (s->toks[i].flags & W_ALIAS) && !_ds_tok_is (&s->toks[i], "term") &&
        !_ds_tok_is (&s->toks[i], "name") && !_ds_tok_is (&s->toks[i], "istilah"))
      {
        guint y = alias_start (ctx, s, i);

        if (y > 0 && y < e && gloss_then_name (ctx, s, i, y, e))
          return TRUE;
      }
  for (guint i = 1; i + 2 < e; i++)
    {
      const Tok *t = &s->toks[i];
      guint skip;

      if (t->used && _ds_tok_is_punct (t, '('))
        found |= find_acronym (ctx, s, i, e);
      /* (A definition may have taken "X atau ACR" as its term.) */
      else if (t->used && (_ds_tok_is (t, "atau") || _ds_tok_is (t, "or")))
        found |= find_acronym_or (ctx, s, i, e);
      if (t->used)
        continue;
      if ((t->phrase || _ds_tok_is_punct (t, '(')) && (skip = hereinafter_end (ctx, s, i, e)) > 0)
        {
          i = skip;
          continue;
        }
      if ((_ds_tok_is (t, "istilah") || _ds_tok_is (t, "term") || _ds_tok_is (t, "name")) &&
          alias_other (ctx, s, i, e))
        found = TRUE;
      else if (_ds_tok_is (t, "istilah") || _ds_tok_is (t, "term"))
        found |= alias_term_or (ctx, s, i, e);
      else if ((t->flags & W_ALIAS) || _ds_tok_is (t, "disebut") || _ds_tok_is (t, "called"))
        found |= alias_after_verb (ctx, s, i, e);
      else if (_ds_tok_is (t, "atau") || _ds_tok_is (t, "or"))
        found |= find_acronym_or (ctx, s, i, e) || alias_or_aside (ctx, s, i, e);
      else if (_ds_tok_is_punct (t, '(') && !alias_in_language (s, i, e))
        found |= find_acronym (ctx, s, i, e) || find_acronym_first (ctx, s, i, e) ||
                 find_acronym_inside (ctx, s, i, e) || find_acronym_outer (ctx, s, i, e) ||
                 alias_in_brackets (ctx, s, i, e);
    }
  return found;
}

