/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, where something is: "Sekretariat Forum berkedudukan di
 * Kolombo" → "Di mana Sekretariat Forum berkedudukan?"; "The agency is
 * headquartered in Tallinn" → "Where is the agency headquartered?". The
 * verbs are the language's phrase list `place_verb`, each written with
 * the preposition that opens the place ("berkedudukan di", "is based in").
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* The place after the phrase: a name, with its country after a comma
 * ("Kolombo, Sri Lanka"); the token after it, or 0. */
static guint
place_end (const Sent *s,
           guint       k,
           guint       e)
{
  guint a, b, a2, b2;

  if (_ds_read_name (s, k, e, &a, &b) <= k || a != k)
    return 0;
  if (b + 1 < e && _ds_tok_is_punct (&s->toks[b], ',') && _ds_read_name (s, b + 1, e, &a2, &b2) > b + 1 &&
      (b2 >= e || s->toks[b2].type == TOK_PUNCT))
    b = b2;
  return b;
}

/* Who or what is there: the name "it" stands for, or the noun phrase
 * before the verb. */
static char *
place_subject (Ctx        *ctx,
               const Sent *s,
               guint       verb)
{
  guint c = _ds_clause_start (s, verb), start, end;
  char *named;

  if ((named = _ds_anaphor_at (ctx, s, c, &end)) != NULL && end == verb)
    return named;
  g_free (named);
  start = _ds_np_start (s, c, verb, &end);
  if (start >= end || end != verb || end - start > 8 ||
      (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) ||
      (!_ds_term_usable (s, start, end) && !s->toks[start].cap))
    return NULL;
  /* "Where is the agency based?" keeps its article. */
  if (start > c && _ds_tok_is_article (&s->toks[start - 1]))
    start--;
  return _ds_phrase_dup (s, start, end, TRUE);
}

static gboolean
place_at (Ctx  *ctx,
          Sent *s,
          guint verb,
          guint n,
          guint e)
{
  g_autofree char *subject = NULL;
  g_autofree char *phrase = NULL;
  g_autofree char *aux = NULL;
  guint b = place_end (s, verb + n, e);
  DsClaim *claim;

  if (b == 0 || _ds_toks_any_used (s, verb + n, b) || (subject = place_subject (ctx, s, verb)) == NULL)
    return FALSE;
  /* "is based in" → "is", "based"; "berkantor pusat di" → "", "berkantor
   * pusat" */
  if (s->toks[verb].flags & W_AUX)
    {
      aux = _ds_toks_dup (s, verb, verb + 1);
      phrase = _ds_toks_dup (s, verb + 1, verb + n - 1);
    }
  else
    phrase = _ds_toks_dup (s, verb, verb + n - 1);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, verb + n, b);
  claim->question = ds_lang_expand (ctx->lang, "question_where", "subject", subject, "aux", aux ? aux : "",
                                    "verb", phrase, NULL);
  _ds_toks_mark_used (s, verb + n, b);
  return _ds_claim_commit (ctx, claim);
}

gboolean
_ds_find_place (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 1; i + 2 < e; i++)
    {
      guint n = _ds_lexicon_phrase_at (ctx, s, i, "place_verb");

      if (n > 0)
        return place_at (ctx, s, i, n, e);
    }
  return FALSE;
}
