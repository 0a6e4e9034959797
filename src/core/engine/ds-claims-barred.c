/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, what a named party is barred from doing: "Huawei was
 * barred from supplying core equipment to British networks" → "What was
 * Huawei barred from doing?"; "PSE dilarang melakukan profiling data
 * anak" → "Apa yang dilarang dilakukan PSE?". The verbs are the
 * language's phrase list `barred_verb`, each written with what opens the
 * act ("were barred from", "are not allowed to", "dilarang"); the act
 * must open on a verb ("supplying", "to work", "melakukan"), and the
 * party must be named: a bare common noun ("Foreign journalists were
 * barred …", "Platform digital tidak diizinkan …") is one only the
 * essay's context pins down, and gets no card.
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"

/* Whether the word at @k opens the act: an English "-ing" form after
 * "from", a verb after "to", an Indonesian verb ("melakukan",
 * "bekerja", "memasuki"). */
static gboolean
opens_act (Ctx        *ctx,
           const Sent *s,
           guint       k,
           gboolean    gerund)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD || t->cap || (t->flags & (W_FUNCTION & ~W_AUX)))
    return FALSE;
  if (gerund)
    return t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0;
  if (ctx->english)
    return TRUE;
  /* (Indonesian: an active prefix says the verb.) */
  return t->verb || (t->len > 4 && (ds_ascii_strncasecmp (t->p, "me", 2) == 0 ||
                                    ds_ascii_strncasecmp (t->p, "ber", 3) == 0));
}

/* Where the act ends: at a comma, a semicolon, a colon, a bracket, or a
 * word of the phrase list barred_act_end ("since", "because", "sejak",
 * "karena"), which begins what is said of the ban, not of the act. */
static guint
act_end (Ctx        *ctx,
         const Sent *s,
         guint       k,
         guint       e)
{
  for (guint i = k + 1; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type == TOK_PUNCT && (t->ch == ',' || t->ch == ';' || t->ch == ':' || t->ch == '(' ||
                                   t->ch == 0x2014 || t->ch == 0x2013))
        return i;
      if (t->type == TOK_WORD && _ds_phrase_at (ctx, s, i, PL_BARRED_ACT_END) > 0)
        return i;
      /* ("… outside the Area in 2022", "… pada 2022": when the ban came
       * is no part of the act.) */
      if ((t->flags & W_PREP) && i + 1 < e && i > k + 1 &&
          ((s->toks[i + 1].type == TOK_NUMBER && s->toks[i + 1].len == 4) || (s->toks[i + 1].flags & W_MONTH)))
        return i;
    }
  return e;
}

/* "Americans", "Norwegians": a people's adjective (phrase list
 * questions2_demonym) as a plural noun. */
static gboolean
demonym_plural (Ctx       *ctx,
                const Tok *t)
{
  if (t->type != TOK_WORD || t->len < 4 || t->p[t->len - 1] != 's')
    return FALSE;
  for (const char * const *x = ds_lang_get_phrases (ctx->lang, "questions2_demonym"); x != NULL && *x != NULL; x++)
    if (strlen (*x) == t->len - 1 && ds_ascii_strncasecmp (*x, t->p, t->len - 1) == 0)
      return TRUE;
  return FALSE;
}

/* Whether [@a, @b) names its party: a capital past the sentence's first
 * word ("Pemegang Visa E33G", "EU member states" after a comma), an
 * acronym, a people's adjective ("Russian diplomats": phrase list
 * questions2_demonym), or a word the essay writes as a name. */
static gboolean
named_party (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || !t->cap || _ds_tok_is_article (t))
        continue;
      if (k > 0 || _ds_tok_is_acronym (t) || _ds_tok_known_name (ctx, t) || (t->flags & W_COUNTRY) ||
          _ds_word_in_either (t, "questions2_demonym") || demonym_plural (ctx, t))
        return TRUE;
    }
  return FALSE;
}

/* The party the ban binds: the name "it" stands for, or the noun phrase
 * of the whole clause before the verb (an article, nouns and names, "of"
 * between them: "Holders of the Nomad Pass"); NULL when it is no named
 * party, or when the clause is reported ("… argue that X may not …": a
 * verb or "that"/"bahwa" before it). */
static char *
barred_party (Ctx        *ctx,
              const Sent *s,
              guint       verb)
{
  guint c = _ds_clause_start (s, verb), start, end;
  char *named;

  /* ("…, and staff of the Data Office have been forbidden …": a
   * clause joined by "and" has its own subject.) */
  if (c + 1 < verb && (s->toks[c].flags & W_CONJ) && c > 0 && _ds_tok_is_punct (&s->toks[c - 1], ','))
    c++;
  /* "The Meridian Data Board, an independent regulator, has been
   * prohibited …": the name before the appositive. */
  if (c == verb && c >= 4 && _ds_tok_is_punct (&s->toks[c - 1], ','))
    {
      guint p = c - 2, i, a, b;

      while (p > 0 && !_ds_tok_is_punct (&s->toks[p], ','))
        p--;
      i = _ds_tok_is_article (&s->toks[0]) ? 1 : 0;
      if (p == 0 || _ds_read_name (s, i, p, &a, &b) <= i || a != i || b != p)
        return NULL;
      return _ds_phrase_dup (s, 0, p, TRUE);
    }
  for (guint k = 0; k < c; k++)
    if (s->toks[k].flags & (W_THAT | W_RELATIVE))
      return NULL;
  if ((named = _ds_anaphor_at (ctx, s, c, &end)) != NULL)
    {
      /* ("It also was …", "Perusahaan itu juga tidak …".) */
      while (end < verb && (s->toks[end].flags & W_ADV))
        end++;
      if (end == verb)
        return named;
      g_free (named);
      return NULL;
    }
  start = c + (c + 1 < verb && _ds_tok_is_article (&s->toks[c]));
  end = verb;
  if (start >= end || end - start > 7 || (s->toks[start].flags & (W_FUNCTION | W_VAGUE | W_QUANT)) ||
      (s->toks[end - 1].flags & W_FUNCTION) || _ds_tok_ends_nya (&s->toks[end - 1]) ||
      !named_party (ctx, s, start, end))
    return NULL;
  /* "Penyelenggara Sistem Elektronik (PSE)": a name and its acronym. */
  if (end - start >= 4 && _ds_tok_is_punct (&s->toks[end - 1], ')') && _ds_tok_is_punct (&s->toks[end - 3], '(') &&
      _ds_tok_is_acronym (&s->toks[end - 2]))
    end -= 3;
  for (guint k = start; k < end; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD)
        return NULL;
      if ((t->flags & W_FUNCTION) && !_ds_tok_is_article (t) && !_ds_tok_is (t, "of") && !_ds_tok_is (t, "asal"))
        return NULL;
    }
  named = _ds_phrase_dup (s, c, verb, TRUE);
  if (demonym_plural (ctx, &s->toks[c]))
    named[0] = g_ascii_toupper (named[0]);
  /* ("Holders of the Nomad Pass are …": a common noun opening the
   * sentence goes to lower case in the question, as a name before
   * another capital may not: "Pusat Kajian Siber".) */
  if (c == 0 && s->toks[0].cap && !_ds_tok_is_acronym (&s->toks[0]) && !_ds_tok_known_name (ctx, &s->toks[0]) &&
      !(s->toks[0].flags & W_COUNTRY) && !_ds_word_in_either (&s->toks[0], "questions2_demonym") &&
      !demonym_plural (ctx, &s->toks[0]) &&
      (_ds_tok_written_lower (ctx, &s->toks[0]) || (end > 1 && !s->toks[1].cap)))
    named[0] = ds_ascii_tolower (named[0]);
  return named;
}

static gboolean
barred_at (Ctx  *ctx,
           Sent *s,
           guint verb,
           guint n,
           guint e)
{
  g_autofree char *party = NULL;
  g_autofree char *aux = NULL;
  g_autofree char *phrase = NULL;
  guint k = verb + n, b;
  gboolean gerund = FALSE, to = FALSE;
  DsClaim *claim;

  if (k >= e)
    return FALSE;
  if (ctx->english)
    {
      gerund = _ds_tok_is (&s->toks[k - 1], "from");
      to = _ds_tok_is (&s->toks[k - 1], "to");
      if (!gerund && !to)
        return FALSE;
    }
  if (!opens_act (ctx, s, k, gerund))
    return FALSE;
  b = act_end (ctx, s, k, e);
  /* ("… barred from travelling": an act with no object is too thin to
   * ask; one longer than a line is no answer to learn.) */
  if (b < k + 2 || b - k > 14 || _ds_toks_any_used (s, k, b) || (party = barred_party (ctx, s, verb)) == NULL)
    return FALSE;
  if (ctx->english)
    {
      /* "were barred from" → "were", "barred from"; "have been banned
       * from" → "have", "been banned from". */
      aux = _ds_toks_dup (s, verb, verb + 1);
      phrase = _ds_toks_dup (s, verb + 1, verb + n);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, k, b);
      claim->question = ds_lang_expand (ctx->lang, gerund ? "question_barred_from" : "question_barred_to",
                                        "aux", aux, "subject", party, "verb", phrase, NULL);
    }
  else
    {
      phrase = _ds_toks_dup (s, verb, verb + n);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, k, b);
      claim->question = ds_lang_expand (ctx->lang, "question_barred_from", "aux", "", "subject", party,
                                        "verb", phrase, NULL);
    }
  _ds_toks_mark_used (s, k, b);
  return _ds_claim_commit (ctx, claim);
}

gboolean
_ds_find_barred (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean found = FALSE;

  if (!_ds_sent_may_start (s, HOT_BARRED_VERB))
    return FALSE;

  /* ("X are not permitted to …, and Y have been forbidden from …": each
   * clause its own ban.) */
  for (guint i = 1; i + 2 < e; i++)
    {
      guint n = _ds_phrase_at (ctx, s, i, PL_BARRED_VERB);

      if (n > 0)
        {
          found |= barred_at (ctx, s, i, n, e);
          i += n - 1;
        }
    }
  return found;
}
