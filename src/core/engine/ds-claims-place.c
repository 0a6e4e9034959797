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

#include "ds-card.h"
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

guint
_ds_place_end (const Sent *s,
               guint       k,
               guint       e)
{
  return place_end (s, k, e);
}

/* Whether token @k opens a verb phrase: a verb, or an auxiliary. */
static gboolean
opens_verb (const Sent *s,
            guint       k)
{
  return s->toks[k].verb || (s->toks[k].flags & W_AUX);
}

/* "The Arafura Fisheries Council was founded in 1999 and is based in
 * Darwin", "Dewan … dibentuk pada 1999 dan berkedudukan di Darwin": the
 * place's verb after "and"/"dan" shares the subject of the clause's first
 * verb, the name that opens the clause at @c ("the" kept in lower case);
 * NULL when the clause [@c, @conj) opens on no name followed by a verb. */
static char *
first_verb_subject (const Sent *s,
                    guint       c,
                    guint       conj)
{
  guint i = c + (_ds_tok_is (&s->toks[c], "the") ? 1 : 0), a, b;
  g_autofree char *name = NULL;

  if (_ds_read_name (s, i, conj, &a, &b) <= i || a != i || b >= conj || !opens_verb (s, b))
    return NULL;
  for (guint k = b; k < conj; k++)
    if (s->toks[k].flags & (W_CONJ | W_RELATIVE))
      return NULL;
  name = _ds_toks_dup (s, a, b);
  return i > c ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
}

/* The name that opens the sentence and ends at the comma before token
 * @at ("the" kept in lower case), or NULL. */
static char *
appositive_name (const Sent *s,
                 guint       at)
{
  guint i, a, b;
  g_autofree char *name = NULL;

  if (at < 2 || !_ds_tok_is_punct (&s->toks[at - 1], ','))
    return NULL;
  i = _ds_tok_is (&s->toks[0], "the") ? 1 : 0;
  if (_ds_read_name (s, i, at - 1, &a, &b) <= i || a != i || b != at - 1)
    return NULL;
  name = _ds_toks_dup (s, a, b);
  return i > 0 ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
}

/* Who or what is there: the name "it" stands for, or the noun phrase
 * before the verb. */
static char *
place_subject (Ctx        *ctx,
               const Sent *s,
               guint       verb)
{
  guint c, start, end;
  char *named;

  /* "Institut X yang bermarkas di Jenewa", "The Observatory, which is
   * based in Nairobi, …": the name before the relative pronoun. */
  if (verb > 1 && (s->toks[verb - 1].flags & W_RELATIVE))
    {
      verb--;
      if (verb > 1 && _ds_tok_is_punct (&s->toks[verb - 1], ','))
        verb--;
    }
  c = _ds_clause_start (s, verb);

  if ((named = _ds_anaphor_at (ctx, s, c, &end)) != NULL &&
      (end == verb || (verb > end + 1 && (s->toks[verb - 1].flags & W_CONJ) && opens_verb (s, end))))
    return named;
  /* "Its secretariat is headquartered in …": the owner's, then what of
   * it is placed ("the Coral Initiative’s secretariat"). */
  if (named != NULL && end < verb && verb <= end + 3 && g_str_has_suffix (named, "\xE2\x80\x99s") &&
      _ds_term_usable (s, end, verb))
    {
      g_autofree char *owned = _ds_toks_dup (s, end, verb);
      char *whole = g_strconcat (named, " ", owned, NULL);

      g_free (named);
      return whole;
    }
  g_free (named);
  if (verb > c + 2 && (s->toks[verb - 1].flags & W_CONJ))
    return first_verb_subject (s, c, verb - 1);
  start = _ds_np_start (s, c, verb, &end);
  /* "Komisi Sungai Syr Darya, lembaga antarnegara yang berkedudukan di
   * Tashkent, …", "The Pacific Agency, a regional body based in Honiara,
   * …": a common noun after a name and its comma is the name's
   * appositive; the question names the body, not "lembaga
   * antarnegara". */
  if (start < end && end == verb && !s->toks[start].cap &&
      (named = appositive_name (s, start - (start > 0 && _ds_tok_is_article (&s->toks[start - 1]))))
      != NULL)
    return named;
  /* ("…, and its secretariat is based in Ebene": an owner's pronoun that
   * names no one above is left out of the question — "Where is
   * secretariat based?" — unless it is dropped.) */
  if (start >= end || end != verb || end - start > 8 ||
      (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) ||
      (start > c && (s->toks[start - 1].flags & W_PRONOUN)) ||
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

/* "The Arrangement's secretariat is in Vienna", "Sekretariatnya berada
 * di Wina": a seat (the phrase list place_seat_noun) that "is in" a
 * place named in capitals (place_seat_verb) says where the body is, as
 * "is based in" does; "is in decline" names no place. */
static gboolean
seat_is_in (Ctx  *ctx,
            Sent *s,
            guint e)
{
  for (guint i = 1; i + 2 < e; i++)
    {
      guint n;

      /* (A verb and a preposition of two letters, "in", "di", before a
       * capital: tested first, as most sentences have none.) */
      if (!s->toks[i + 2].cap || s->toks[i + 1].len != 2 || s->toks[i].type != TOK_WORD || s->toks[i].cap ||
          (n = _ds_phrase_at (ctx, s, i, PL_PLACE_SEAT_VERB)) != 2)
        continue;
      if (_ds_phrase_at (ctx, s, i - 1, PL_PLACE_SEAT_NOUN) == 1 ||
          (i >= 2 && _ds_phrase_at (ctx, s, i - 2, PL_PLACE_SEAT_NOUN) == 2))
        return place_at (ctx, s, i, n, e);
    }
  return FALSE;
}

gboolean
_ds_find_place (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);

  if (!_ds_sent_may_start (s, HOT_PLACE_VERB))
    return seat_is_in (ctx, s, e);
  for (guint i = 1; i + 2 < e; i++)
    {
      guint n = _ds_phrase_at (ctx, s, i, PL_PLACE_VERB);

      if (n > 0)
        return place_at (ctx, s, i, n, e);
    }
  return seat_is_in (ctx, s, e);
}

/* The length of "Singapore" in the word "Singapore-based" when what
 * follows its last hyphen is a word of the phrase list place_compound,
 * else 0; *@verb is that word. */
static guint
seat_prefix (Ctx        *ctx,
             const Tok  *t,
             const char **verb)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, "place_compound");
  const char *dash;

  if (t->type != TOK_WORD || !t->cap || t->len < 5 || (dash = memchr (t->p, '-', t->len)) == NULL)
    return 0;
  while (memchr (dash + 1, '-', (gsize) (t->p + t->len - dash - 1)) != NULL)
    dash = memchr (dash + 1, '-', (gsize) (t->p + t->len - dash - 1));
  for (guint w = 0; words[w] != NULL; w++)
    if ((gsize) (t->p + t->len - dash - 1) == strlen (words[w]) &&
        ds_ascii_strncasecmp (dash + 1, words[w], strlen (words[w])) == 0)
      {
        *verb = words[w];
        return (guint) (dash - t->p);
      }
  return 0;
}

/* A blank of @s over the seat at token @p0 (the compound ending at token
 * @i): one over the seat alone asks it already (TRUE); one over the seat
 * and the name ("The _____ publishes …", answered "Stockholm-based Peace
 * Data Institute") is moved to the name, the seat staying in the
 * sentence. */
static gboolean
seat_blanked (Ctx        *ctx,
              const Sent *s,
              guint       p0,
              guint       i)
{
  gsize seat = (gsize) (s->toks[i].p + s->toks[i].len - s->toks[p0].p);
  gsize name = (gsize) (s->toks[i + 1].p - s->toks[p0].p);

  for (guint k = ctx->sentence_first_claim; k < ctx->claims->len; k++)
    {
      DsClaim *c = ctx->claims->pdata[k];
      const char *blank;
      gsize len;
      char *moved;

      if (c->kind != DS_CLAIM_FACT || c->subject == NULL || c->question != NULL || c->body == NULL ||
          c->start != s->start || strncmp (c->subject, s->toks[p0].p, MIN (strlen (c->subject), seat)) != 0)
        continue;
      len = strlen (c->subject);
      if (len <= seat)
        return TRUE;
      if (len <= name || (blank = strstr (c->body, DS_CARD_BLANK)) == NULL)
        continue;
      moved = g_strdup_printf ("%.*s%.*s%s", (int) (blank - c->body), c->body, (int) name, s->toks[p0].p, blank);
      g_free (c->body);
      c->body = moved;
      moved = g_strdup (c->subject + name);
      g_free (c->subject);
      c->subject = moved;
      c->key_start = _ds_sent_char_at (s, s->toks[i + 1].p);
    }
  return FALSE;
}

/* "the Singapore-based Centre for Maritime Studies", "the
 * Geneva-headquartered Institute for …", "the New York-based …": the
 * seat as a compound before the name, asked "Where is the Centre for
 * Maritime Studies based?". Its tokens stay free for what the sentence
 * says the body does. */
gboolean
_ds_find_place_compound (Ctx  *ctx,
                         Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean found = FALSE;

  for (guint i = 0; i + 1 < e; i++)
    {
      guint len, p0, a, b;
      const char *verb = NULL;
      g_autofree char *name = NULL;
      g_autofree char *subject = NULL;
      DsClaim *claim;

      if ((len = seat_prefix (ctx, &s->toks[i], &verb)) == 0)
        continue;
      /* "New York-based": the place's words run back to a lower-case
       * word, an article or the sentence's start. */
      for (p0 = i; p0 > 0 && s->toks[p0 - 1].cap && s->toks[p0 - 1].type == TOK_WORD &&
                   !_ds_tok_is_article (&s->toks[p0 - 1]) && !(s->toks[p0 - 1].flags & W_FUNCTION);
           p0--)
        ;
      if (i - p0 > 2 || _ds_read_name (s, i + 1, e, &a, &b) <= i + 1 || a != i + 1 || seat_blanked (ctx, s, p0, i))
        continue;
      /* "Centre for Maritime Studies", "Institute of the Americas". */
      while (b + 1 < e && (_ds_tok_is (&s->toks[b], "for") || _ds_tok_is (&s->toks[b], "of") ||
                           _ds_tok_is (&s->toks[b], "on")))
        {
          guint j = b + 1 + (b + 2 < e && _ds_tok_is (&s->toks[b + 1], "the")), a2, b2;

          if (_ds_read_name (s, j, e, &a2, &b2) <= j || a2 != j)
            break;
          b = b2;
        }
      name = _ds_toks_dup (s, a, b);
      subject = p0 > 0 && _ds_tok_is_article (&s->toks[p0 - 1]) ? g_strdup_printf ("the %s", name) : g_strdup (name);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, p0, i + 1);
      g_free (claim->subject);
      claim->subject = g_strndup (s->toks[p0].p, (gsize) (s->toks[i].p + len - s->toks[p0].p));
      claim->key_end = _ds_sent_char_at (s, s->toks[i].p + len);
      claim->question = ds_lang_expand (ctx->lang, "question_where", "subject", subject, "aux", "is",
                                        "verb", verb, NULL);
      found |= _ds_claim_commit (ctx, claim);
      i = b;
    }
  return found;
}
