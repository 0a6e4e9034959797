/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, a second predication of a named subject: a sentence
 * may say two things of one name, and the rules of facts read a sentence
 * as one act.
 *
 *   "Chile opposed the single-quota plan and proposed a rotating quota
 *   system", "Forum X dibentuk berdasarkan Piagam Y dan bersidang pertama
 *   kali di Lima pada 2004", "Selandia Baru diundang sebagai pengamat,
 *   tetapi tidak pernah memperoleh hak suara": the second verb's clause
 *   with the subject before it ("Chile proposed a rotating quota system")
 *   "… the Fisheries Committee, which deals with …", "… Dana Pesisir, yang
 *   mulai beroperasi pada 2019": the relative clause with the name it
 *   follows ("Dana Pesisir mulai beroperasi pada 2019")
 *
 * Each such predication is read by the rules of facts as a sentence of its
 * own; a claim it gives keeps the sentence as its source, and is kept only
 * when what it asks is in the sentence and no claim of the sentence asks
 * it already. The subject must be a name (two capitalised words or more,
 * a country, an acronym, a name the essay writes in capitals) or what a
 * pointing word at the sentence's start stands for ("Forum ini", "It"):
 * a common noun or a pronoun would make "Who …?" ask nothing.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* Tokens a predication may take past its verb, and a name. */
#define SPLIT_MAX_TOKENS 30
#define SPLIT_NAME_MAX_TOKENS 8
/* Adverbs or a negation between a conjunction and its verb ("and first
 * met", "tetapi tidak pernah memperoleh"). */
#define SPLIT_MAX_LEAD 2

/* A verb, or an English past tense the language's list turns into a base
 * form ("met" → "meet"), which no ending tells. */
static gboolean
verb_like (Ctx       *ctx,
           const Tok *t)
{
  g_autofree char *base = NULL;

  if (t->type != TOK_WORD || t->cap || (t->flags & (W_NOUN | W_FUNCTION | W_PREP | W_CONJ | W_PRONOUN)))
    return FALSE;
  if (t->verb)
    return TRUE;
  base = _ds_lexicon_rewrite (ctx, t, "verb_base");
  return base != NULL && (strlen (base) != t->len || ds_ascii_strncasecmp (base, t->p, t->len) != 0);
}

/* Whether token @k may open a verb phrase: an auxiliary or a verb. */
static gboolean
predicate_at (Ctx        *ctx,
              const Sent *s,
              guint       k)
{
  return (s->toks[k].flags & W_AUX) || verb_like (ctx, &s->toks[k]);
}

/* Whether the name [a, b) may be asked alone: two capitalised words or
 * more, or one that is a country, an acronym or a name of the essay's;
 * no "dan"/"and" in it (two names), no pointing word. */
static gboolean
safe_name (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  guint caps = 0;

  if (b <= a || b - a > SPLIT_NAME_MAX_TOKENS)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->flags & (W_CONJ | W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (t))
        return FALSE;
      caps += t->type == TOK_WORD && t->cap;
    }
  if (caps >= 2)
    return TRUE;
  return b == a + 1 && ((s->toks[a].flags & W_COUNTRY) || _ds_tok_is_acronym (&s->toks[a]) ||
                        _ds_tok_known_name (ctx, &s->toks[a]));
}

/* The subject of @s's main clause as a card names it, its tokens
 * [*@a, *@b); the verb phrase starts at *@b (past adverbs). NULL when the
 * subject is no safe name. "Sejak 2011, X …", "In 2006 X …": an opening
 * adverbial up to a comma is passed. */
static char *
main_subject (Ctx        *ctx,
              const Sent *s,
              guint       e,
              guint      *a,
              guint      *b)
{
  guint c = _ds_clause_opening (s), na, nb, i;
  char *name;

  if (c == G_MAXUINT || c >= e)
    return NULL;
  if (s->toks[c].flags & W_PREP)
    {
      guint k;

      for (k = c + 1; k < e && k < c + 6 && !_ds_tok_is_punct (&s->toks[k], ','); k++)
        ;
      if (k >= e || !_ds_tok_is_punct (&s->toks[k], ','))
        return NULL;
      c = k + 1;
    }
  if (c + 2 >= e)
    return NULL;
  /* "Forum ini", "It", "This group": the name the sentence before began
   * with. */
  if ((name = _ds_anaphor_at (ctx, s, c, &nb)) != NULL)
    {
      if (nb >= e || !predicate_at (ctx, s, nb) || strstr (name, "\xE2\x80\x99s") != NULL)
        {
          g_free (name);
          return NULL;
        }
      *a = c;
      *b = nb;
      return name;
    }
  i = c + (_ds_tok_is (&s->toks[c], "the") ? 1 : 0);
  if (_ds_read_name (s, i, e, &na, &nb) <= i || na != i || nb >= e || !safe_name (ctx, s, na, nb))
    return NULL;
  /* "Badan X (BX) …" */
  if (nb + 3 < e && _ds_tok_is_punct (&s->toks[nb], '(') && _ds_tok_is_punct (&s->toks[nb + 2], ')'))
    {
      *b = nb + 3;
      name = _ds_toks_dup (s, na, nb);
    }
  else
    {
      *b = nb;
      name = _ds_toks_dup (s, na, nb);
    }
  if (!predicate_at (ctx, s, *b) && !((s->toks[*b].flags & W_ADV) && *b + 1 < e && predicate_at (ctx, s, *b + 1)))
    {
      g_free (name);
      return NULL;
    }
  *a = c;
  if (i > c)
    {
      char *the = g_strconcat (c == 0 ? "The " : "the ", name, NULL);

      g_free (name);
      name = the;
    }
  return name;
}

/* Where the predication from @v ends: the sentence's body end, or a
 * semicolon; 0 when it runs too long. */
static guint
predication_end (const Sent *s,
                 guint       v,
                 guint       e)
{
  for (guint k = v; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ';') || _ds_tok_is_punct (&s->toks[k], ':'))
      return k - v > SPLIT_MAX_TOKENS ? 0 : k;
  return e - v > SPLIT_MAX_TOKENS ? 0 : e;
}

/* "the fees that members pay": "that" after a noun opens a relative
 * clause, no pointing back. */
static gboolean
relative_that (const Sent *s,
               guint       k,
               guint       v)
{
  const Tok *before = &s->toks[k - 1];

  return k > v && (s->toks[k].flags & (W_THAT | W_RELATIVE)) && before->type == TOK_WORD && !before->verb &&
         !(before->flags & (W_FUNCTION | W_PREP | W_AUX | W_PRONOUN | W_ANAPHOR));
}

/* Whether names @a and @b are one, "the" before either aside. */
static gboolean
same_name (const char *a,
           const char *b)
{
  if (ds_ascii_strncasecmp (a, "the ", 4) == 0)
    a += 4;
  if (ds_ascii_strncasecmp (b, "the ", 4) == 0)
    b += 4;
  return g_strcmp0 (a, b) == 0;
}

/* Whether @question asks who: "Who …?", "Siapa …?", "By whom …?". */
static gboolean
asks_who (const char *question)
{
  return question != NULL && (g_str_has_prefix (question, "Who ") || g_str_has_prefix (question, "Siapa ") ||
                              g_str_has_prefix (question, "By whom ") || g_str_has_prefix (question, "Oleh siapa "));
}

/* Whether the name @name may be asked "Who …?": a country or a
 * government, or a body by its head (phrase lists statement_agency,
 * class_noun, split_actor_head); not a route, a text or a place ("Who
 * runs along the coast? — Northern Sea Route"). */
static gboolean
actor_name (Ctx        *ctx,
            const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  const char *lists[] = { "statement_agency", "class_noun", "split_actor_head" };

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *w = g_ascii_strdown (words[i], -1);

      if (*w == '\0')
        continue;
      if (ds_lang_lookup (ctx->lang, w, -1, NULL) & (W_COUNTRY | W_GOV))
        return TRUE;
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          const char * const *list = ds_lang_get_phrases (ctx->lang, lists[l]);

          if (list != NULL && g_strv_contains (list, w))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether @question holds the word @t ("Siapa yang menolak … dan
 * mengusulkan …?" asks "mengusulkan" already). */
static gboolean
question_has_word (const char *question,
                   const Tok  *t)
{
  for (const char *p = question; (p = strstr (p, " ")) != NULL; p++)
    if (ds_ascii_strncasecmp (p + 1, t->p, t->len) == 0 && !g_ascii_isalnum (p[1 + t->len]))
      return TRUE;
  return FALSE;
}

/* Reads "@lead @s[v, end)." as a sentence of its own, and keeps what
 * the rules of facts find in it that @s does not ask already. The
 * @subject (in @lead) stands in @s as [sa, sb). An @aside (a relative clause) gives no
 * figure or date: the rules of dates ask or leave those already (a
 * model's year is trivia, "…, yang disahkan pada 2011."). */
static void
read_predication (Ctx        *ctx,
                  Sent       *s,
                  const char *lead,
                  const char *subject,
                  guint       sa,
                  guint       sb,
                  guint       v,
                  guint       end,
                  gboolean    aside,
                  gboolean    aspect)
{
  /* (An aspect's reading may also keep a definition of the subject:
   * "Ini komunitas teknis …" read as "X adalah komunitas teknis …".) */
  g_autofree char *text = NULL;
  g_autofree char *sentence = g_strndup (s->p, s->end - s->p);
  const char *rest = s->toks[v].p;
  const char *rest_end = s->toks[end - 1].p + s->toks[end - 1].len;
  guint from = ctx->claims->len, first = ctx->sentence_first_claim, subject_len = strlen (subject);
  guint pa, pb;
  Sent x = { 0 };

  /* "who coined it in 1990": a predication that leans on another word
   * than its subject; a reason it gives may point back ("on the grounds
   * that it would …", "karena pungutan itu …"), its question names. */
  for (guint k = v; k < end && _ds_phrase_at (ctx, s, k, PL_REASON_CUE) == 0; k++)
    if (((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) && !relative_that (s, k, v)) || _ds_tok_ends_nya (&s->toks[k]))
      return;
  /* A question of the sentence asks the predication already ("Apa yang
   * diperkenalkan Kepulauan Kessel?"); a blank of the whole sentence
   * leaves its other parts to ask. */
  pa = _ds_sent_char_at (s, rest);
  pb = _ds_sent_char_at (s, rest_end);
  for (guint j = first; j < from; j++)
    {
      const DsClaim *had = ctx->claims->pdata[j];

      if (had->kind == DS_CLAIM_FACT && had->question != NULL && had->start == s->start &&
          ((had->key_start >= pa && had->key_end <= pb && had->key_end > had->key_start) ||
           question_has_word (had->question, &s->toks[v])))
        return;
    }
  text = g_strdup_printf ("%s %.*s.", lead, (int) (rest_end - rest), rest);
  memset (&x, 0, sizeof x);
  _ds_sent_tokenize_rewritten (ctx, &x, text, s);
  if (x.n < 4)
    return;
  ctx->sentence_first_claim = from;
  ctx->split_aside = aside;
  /* "Tugas utama X adalah …", "The task of X is …": the aspect's
   * question is the rules' of ranked nouns or of definitions (no "what
   * is meant by" is kept: a fact only). */
  if (aspect)
    {
      gboolean asked = FALSE;

      _ds_find_definitions (ctx, &x);
      for (guint i = from; i < ctx->claims->len; i++)
        asked |= ((DsClaim *) ctx->claims->pdata[i])->kind != DS_CLAIM_ENUMERATION;
      if (!asked)
        _ds_find_cause_noun (ctx, &x);
    }
  if (ctx->claims->len == from)
    _ds_find_facts (ctx, &x);
  ctx->split_aside = FALSE;
  ctx->sentence_first_claim = first;

  for (guint i = ctx->claims->len; i > from; i--)
    {
      DsClaim *claim = ctx->claims->pdata[i - 1];
      const char *key = NULL;
      guint ka = 0, kb = 0;
      gboolean defined = aspect && claim->kind == DS_CLAIM_DEFINITION && claim->attribution == NULL;
      gboolean keep = (claim->kind == DS_CLAIM_FACT || defined) && claim->subject != NULL &&
                      claim->subject[0] != '\0' && !(aside && strpbrk (claim->subject, "0123456789") != NULL);

      gboolean answers_subject = keep && same_name (claim->subject, subject);

      /* Where the answer stands in @s: the subject's tokens when it is
       * the subject the predication was given, else its words as @s
       * writes them after the subject. */
      if (answers_subject)
        {
          ka = _ds_sent_char_at (s, s->toks[sa].p);
          kb = _ds_sent_char_at (s, s->toks[sb - 1].p + s->toks[sb - 1].len);
        }
      else if (keep && (key = strstr (rest, claim->subject)) != NULL && key + strlen (claim->subject) <= rest_end)
        {
          ka = _ds_sent_char_at (s, key);
          kb = _ds_sent_char_at (s, key + strlen (claim->subject));
        }
      else
        keep = FALSE;
      /* "Who runs along the coast of Russia? — Northern Sea Route": who
       * did the act is asked of an actor only. */
      if (answers_subject && asks_who (claim->question) && !actor_name (ctx, subject))
        keep = FALSE;
      /* The sentence asks that already ("… pada tahun ___" of the whole
       * sentence); who did the second act is another question than who
       * did the first ("Who joined …?", "Who signed …?"). */
      for (guint j = first; keep && j < from; j++)
        {
          const DsClaim *had = ctx->claims->pdata[j];

          if (had->kind == DS_CLAIM_FACT && had->start == s->start && had->key_start < kb && ka < had->key_end &&
              !(answers_subject && had->question != NULL))
            keep = FALSE;
        }
      /* A cloze of the whole predication with its subject's name is
       * asked of what the predication adds, not of the name. */
      if (keep && claim->kind == DS_CLAIM_FACT && claim->question == NULL && ka == _ds_sent_char_at (s, s->toks[sa].p) &&
          subject_len > 0)
        keep = FALSE;
      if (!keep)
        {
          g_ptr_array_remove_index (ctx->claims, i - 1);
          continue;
        }
      claim->key_start = ka;
      claim->key_end = kb;
      claim->start = s->start;
      claim->end = s->end_char;
      g_free (claim->sentence);
      claim->sentence = g_strdup (sentence);
      if (claim->question != NULL && claim->kind == DS_CLAIM_FACT)
        {
          g_free (claim->body);
          claim->body = g_strdup (sentence);
        }
    }
}

/* "X V1 … dan V2 …", "X V1 …, but V2 …": the conjunction that opens a
 * second verb phrase of the main clause after @v, its verb in *@v2; 0
 * when there is none, or a relative clause or a quotation comes first
 * (whose verb the conjunction may join). */
static guint
second_verb (Ctx        *ctx,
             const Sent *s,
             guint       v,
             guint       e,
             guint      *v2)
{
  for (guint k = v + 2; k + 2 < e; k++)
    {
      const Tok *t = &s->toks[k];
      guint j;

      if ((t->flags & (W_RELATIVE | W_THAT)) || _ds_tok_is_quote (t) || _ds_tok_is_punct (t, ';') ||
          _ds_tok_is_punct (t, ':') || _ds_tok_is_punct (t, '('))
        return 0;
      if (_ds_phrase_at (ctx, s, k, PL_SPLIT_JOIN) != 1)
        continue;
      for (j = k + 1; j < e && j <= k + SPLIT_MAX_LEAD && (s->toks[j].flags & W_ADV) && !predicate_at (ctx, s, j); j++)
        ;
      /* "and was", "dan telah": an auxiliary before its verb. */
      if (j + 1 < e && predicate_at (ctx, s, j) &&
          (!(s->toks[j].flags & W_AUX) || verb_like (ctx, &s->toks[j + 1]) || (s->toks[j + 1].flags & W_ADV)))
        {
          *v2 = j;
          return k;
        }
    }
  return 0;
}

/* "…, which deals with …", "…, yang mulai beroperasi …" after a name:
 * the relative clause's verb in *@v, its end in *@end, the name's tokens
 * in [*@na, *@nb); FALSE when there is none. */
static gboolean
relative_after_name (Ctx        *ctx,
                     const Sent *s,
                     guint       from,
                     guint       e,
                     guint      *na,
                     guint      *nb,
                     guint      *v,
                     guint      *end)
{
  for (guint k = from + 1; k + 3 < e; k++)
    {
      guint a, j;

      /* (English verbs are mostly unknown: a task's verb is one too,
       * "which handles …", "which deals with …".) */
      if (!_ds_tok_is_punct (&s->toks[k], ',') || !(s->toks[k + 1].flags & W_RELATIVE) ||
          (!predicate_at (ctx, s, k + 2) && _ds_phrase_at (ctx, s, k + 2, PL_STATEMENT_TASK) == 0))
        continue;
      /* The name that closes right before the comma, whole. */
      for (a = k > SPLIT_NAME_MAX_TOKENS ? k - SPLIT_NAME_MAX_TOKENS : from; a < k; a++)
        if (_ds_read_name (s, a, k, na, nb) == k && *na == a && *nb == k)
          break;
      /* "… a data office in Cebu, which …", "A, B dan C, yang …": a name
       * closing a list, or a place after a preposition, may not be what
       * the clause is about; a body's name after one is ("under the
       * Fifth Committee, which …": phrase list statement_agency). */
      if (a >= k)
        continue;
      /* "the Fifth Committee": a name may open on an ordinal in
       * capitals. */
      while (a > 0 && s->toks[a - 1].cap && (s->toks[a - 1].flags & W_ORDINAL))
        *na = --a;
      if (!safe_name (ctx, s, *na, *nb))
        continue;
      if (a > 0 && _ds_tok_is (&s->toks[a - 1], "the"))
        a--;
      if (a > 0 && ((s->toks[a - 1].flags & W_CONJ) || _ds_tok_is_punct (&s->toks[a - 1], ',') ||
                    ((s->toks[a - 1].flags & W_PREP) && !_ds_phrase_in (ctx, s, *na, *nb, PL_STATEMENT_AGENCY))))
        continue;
      /* The clause runs to the next comma, or the sentence's end. */
      for (j = k + 2; j < e && !_ds_tok_is_punct (&s->toks[j], ',') && !_ds_tok_is_punct (&s->toks[j], ';'); j++)
        ;
      if (j - (k + 2) < 2 || j - (k + 2) > SPLIT_MAX_TOKENS)
        continue;
      *v = k + 2;
      *end = j;
      return TRUE;
    }
  return FALSE;
}

/* "Tugasnya (adalah) …", "Tugas utamanya …", "Its task is …", "Its main
 * role is …": an aspect (phrase list split_role_noun) of the name the
 * sentence before began with, read as "Tugas X adalah …", "The task of X
 * is …". */
static void
find_owned_aspect (Ctx  *ctx,
                   Sent *s,
                   guint e)
{
  guint c = _ds_clause_opening (s), end, n, k;
  g_autofree char *subject = NULL;

  /* ("Fungsinya meliputi A, B, dan C" is a list of the rules of lists.) */
  if (c == G_MAXUINT || c + 3 >= e || ctx->subject == NULL || ctx->claims->len > ctx->sentence_first_claim)
    return;
  if (ctx->english)
    {
      g_autofree char *head = NULL;

      if (_ds_phrase_at (ctx, s, c, PL_THING_POSSESSIVE) != 1)
        return;
      /* "Its main task is": up to two words, the last the aspect. */
      for (k = c + 1; k < e && k <= c + 2 && !(s->toks[k].flags & W_AUX); k++)
        ;
      if (k >= e || k == c + 1 || !(s->toks[k].flags & W_AUX) || _ds_phrase_at (ctx, s, k - 1, PL_SPLIT_ROLE_NOUN) != 1)
        return;
      head = _ds_toks_dup (s, c + 1, k);
      subject = g_strdup_printf ("The %s of %s", head, ctx->subject);
      read_predication (ctx, s, subject, subject, c, k, k, e, FALSE, TRUE);
      return;
    }
  /* "Tugasnya" → "Tugas X", "Tugas utamanya" → "Tugas utama X". */
  if ((subject = _ds_anaphor_at (ctx, s, c, &end)) == NULL || end >= e || !_ds_tok_ends_nya (&s->toks[end - 1]))
    return;
  n = strcspn (subject, " ");
  {
    g_autofree char *stem = g_strndup (subject, n);
    Sent w = { 0 };
    gboolean role;

    _ds_text_tokenize (ctx, stem, &w);
    role = w.n == 1 && _ds_phrase_at (ctx, &w, 0, PL_SPLIT_ROLE_NOUN) == 1;
    if (!role)
      return;
  }
  /* "Tugasnya adalah …" keeps its copula; "Tugasnya mengelola …" has
   * one put in. */
  if (s->toks[end].flags & W_CUE_DEF)
    read_predication (ctx, s, subject, subject, c, end, end, e, FALSE, TRUE);
  else
    {
      g_autofree char *with = g_strconcat (subject, " adalah", NULL);

      if (!verb_like (ctx, &s->toks[end]))
        return;
      read_predication (ctx, s, with, subject, c, end, end, e, FALSE, TRUE);
    }
}

/* Words a noun phrase before a comma may take, back from it. */
#define SPLIT_NP_MAX_TOKENS 8

/* The noun phrase that closes before the comma at @k: back to a verb,
 * an auxiliary, a copula or another comma ("Tujuan awal Kanada adalah
 * larangan pukat dasar", "… was a ban on bottom trawling"); its start,
 * or @k when there is none a card could name (a pronoun, a name's
 * capital only). */
static guint
phrase_before (const Sent *s,
               guint       k)
{
  guint a = k;

  while (a > 0 && k - a < SPLIT_NP_MAX_TOKENS)
    {
      const Tok *t = &s->toks[a - 1];

      /* ("a shared register": a participle after an article is the
       * noun's.) */
      if (t->type != TOK_WORD || (t->verb && !(a >= 2 && _ds_tok_is_article (&s->toks[a - 2]))) ||
          (t->flags & (W_AUX | W_CUE_DEF | W_RELATIVE | W_THAT | W_CONJ)))
        break;
      a--;
    }
  while (a < k && (s->toks[a].flags & W_PREP))
    a++;
  if (k - a < 2 || (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR)) || s->toks[a].cap)
    return k;
  for (guint i = a; i < k; i++)
    if ((s->toks[i].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[i]))
      return k;
  return a;
}

/* find_object_relative() at the comma @k (its strings declared here, not
 * in the loop over every token). */
static gboolean
object_relative_at (Ctx  *ctx,
                    Sent *s,
                    guint k,
                    guint e)
{
  guint r = k + 1, np, na, nb, v, end;
  g_autofree char *phrase = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lead = NULL;

  /* "…, a proposal that …", "…, usulan yang …": one label noun. */
  if (ctx->english && r + 1 < e && _ds_tok_is_article (&s->toks[r]))
    r++;
  if (r + 1 < e && s->toks[r].type == TOK_WORD && !s->toks[r].cap && !s->toks[r].verb &&
      !(s->toks[r].flags & (W_FUNCTION | W_RELATIVE | W_THAT)) && (s->toks[r + 1].flags & (W_RELATIVE | W_THAT)))
    r++;
  else if (r != k + 1)
    return FALSE;
  if (r + 3 >= e || !(s->toks[r].flags & (W_RELATIVE | W_THAT)) || (np = phrase_before (s, k)) == k)
    return FALSE;
  phrase = _ds_toks_dup (s, np, k);
  if (ctx->english)
    {
      /* "that Japan opposed …" */
      if (_ds_read_name (s, r + 1, e, &na, &nb) <= r + 1 || na != r + 1 || nb >= e ||
          !safe_name (ctx, s, na, nb) || !verb_like (ctx, &s->toks[nb]))
        return FALSE;
      v = nb + 1;
      name = _ds_toks_dup (s, na, nb);
      lead = g_strdup_printf ("%s %.*s %s", name, (int) s->toks[nb].len, s->toks[nb].p, phrase);
    }
  else
    {
      /* "yang ditentang Jepang …": a passive verb, then its agent. */
      const Tok *t = &s->toks[r + 1];

      if (!t->verb || t->len < 5 || ds_ascii_strncasecmp (t->p, "di", 2) != 0 ||
          _ds_read_name (s, r + 2, e, &na, &nb) <= r + 2 || na != r + 2 || nb >= e || !safe_name (ctx, s, na, nb))
        return FALSE;
      v = nb;
      name = _ds_toks_dup (s, na, nb);
      lead = g_strdup_printf ("%s %.*s %s", phrase, (int) t->len, t->p, name);
      lead[0] = g_ascii_toupper (lead[0]);
    }
  for (end = v; end < e && !_ds_tok_is_punct (&s->toks[end], ';'); end++)
    ;
  if (end <= v + 1 || end - v > SPLIT_MAX_TOKENS)
    return FALSE;
  read_predication (ctx, s, lead, name, na, nb, v, end, FALSE, FALSE);
  return TRUE;
}

/* "…, a proposal that Japan opposed on the grounds that …", "…, usulan
 * yang ditentang Jepang dengan alasan …": a name acted on the noun phrase
 * before the comma (the appositive's own noun only labels it). Read as
 * "Japan opposed a ban on … on the grounds that …", "Larangan … ditentang
 * Jepang dengan alasan …": who did it and why are the rules of facts'. */
static void
find_object_relative (Ctx  *ctx,
                      Sent *s,
                      guint e)
{
  for (guint k = 2; k + 4 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && object_relative_at (ctx, s, k, e))
      return;
}

/* "Ini komunitas teknis yang …", "Ini merupakan …", "It is a technical
 * community that …", "This is a forum where …" after a sentence that
 * opened with a name (and named no other after it): what the name is,
 * read as "X adalah komunitas teknis …", "X is a technical community
 * …". */
static void
find_pointed_copula (Ctx  *ctx,
                     Sent *s,
                     guint e)
{
  guint c = _ds_clause_opening (s), v;
  const Tok *t;
  g_autofree char *lead = NULL;

  if (c != 0 || e < 5 || ctx->subject == NULL || ctx->subject_rival || ctx->claims->len > ctx->sentence_first_claim ||
      _ds_phrase_at (ctx, s, 0, PL_SPLIT_POINTING_SUBJECT) != 1)
    return;
  t = &s->toks[1];
  if (ctx->english)
    {
      /* "It is a …": a copula, then an article. */
      if (!(t->flags & W_CUE_DEF) || !(t->flags & W_AUX) || !_ds_tok_is_article (&s->toks[2]))
        return;
      v = 1;
      lead = g_strdup (ctx->subject);
      lead[0] = g_ascii_toupper (lead[0]);
    }
  else if (t->flags & W_CUE_DEF)
    {
      /* "Ini merupakan …", "Ini adalah …" (not "Ini berarti …"). */
      if (t->verb && !_ds_tok_is (t, "merupakan"))
        return;
      v = 1;
      lead = g_strdup (ctx->subject);
    }
  else
    {
      /* "Ini komunitas teknis yang …": a noun, no verb ("Ini
       * menunjukkan …"), no pointing word ("Ini pula …"). */
      if (t->type != TOK_WORD || t->cap || t->verb || !_ds_tok_nounish (t) ||
          (t->flags & (W_FUNCTION | W_ADV | W_CONNECTIVE | W_ANAPHOR | W_PRONOUN | W_QUANT | W_COUNT)))
        return;
      v = 1;
      lead = g_strconcat (ctx->subject, " adalah", NULL);
    }
  read_predication (ctx, s, lead, ctx->subject, 0, 1, v, e, FALSE, TRUE);
}

/**
 * _ds_find_split:
 *
 * The second predication of a named subject in @s (a second verb phrase
 * of the main clause, a relative clause after a name), read as a sentence
 * of its own by the rules of facts.
 */
/* Whether @t, after a verb that takes a pronoun for its object, says
 * the object ended there: a preposition, a date's number, an adverb, a
 * conjunction, a mark ("menandatanganinya pada 17 Oktober", "used it in
 * July 2020"); a noun after "-nya" would be what the verb's "-nya" owns
 * no more than a verb's object. */
static gboolean
object_closed_by (const Tok *t)
{
  return t->type == TOK_PUNCT || t->type == TOK_NUMBER ||
         (t->type == TOK_WORD && (t->flags & (W_PREP | W_ADV | W_CONJ)) && !t->cap);
}

/* Whether @t, before "it", is a verb: one the lexicon knows or one it
 * does not know at all ("endorsed", "cite"), no noun, article,
 * preposition or auxiliary ("In it", "the it", "is it"). */
static gboolean
object_verb (Ctx       *ctx,
             const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && !(t->flags & (W_AUX | W_NOUN | W_FUNCTION | W_PREP | W_CONJ | W_PRONOUN | W_DET)) &&
         (verb_like (ctx, t) || !(t->flags & (W_ADV | W_QUANT | W_COUNT | W_ORDINAL)));
}

/* How far into its clause a pronoun that is a verb's object is looked
 * for, in tokens. */
#define OBJECT_PRONOUN_REACH 14

/* The pronoun that is the object of @s's main verb, before @e: a verb
 * with "-nya" ("menandatanganinya"), or a thing's pronoun right after a
 * verb ("endorsed it", phrase list thing_pronoun); its token, or @e.
 * What stands before its verb (past an opening phrase closed by its
 * comma: "Pada 2022, …") is the clause's subject and the adverbs of the
 * verb; a verb before it ("… mengadopsi pedoman … dan kemudian
 * memperluasnya": that noun may be what it means), a second clause, a
 * relative, or another pronoun ("Ia kemudian menandatanganinya") leave
 * it unnamed. */
static guint
object_pronoun (Ctx        *ctx,
                const Sent *s,
                guint       e)
{
  guint c = _ds_clause_opening (s), k;

  if (c == G_MAXUINT || c + 2 >= e)
    return e;
  /* ("Hingga kini,", "Since then,", "Pada 2022,": an opening phrase
   * with no verb, closed by its comma.) */
  for (k = c; k < e && k < c + 6 && !s->toks[k].verb && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    ;
  if (k > c && k + 2 < e && _ds_tok_is_punct (&s->toks[k], ','))
    c = k + 1;
  for (k = c + 1; k < e && k < c + OBJECT_PRONOUN_REACH; k++)
    {
      const Tok *t = &s->toks[k];
      gboolean closed = k + 1 >= e || object_closed_by (&s->toks[k + 1]);

      /* (Asked of few words: "it" is a pronoun.) */
      if (ctx->english && (t->flags & W_PRONOUN) && _ds_phrase_at (ctx, s, k, PL_THING_PRONOUN) == 1)
        return closed && object_verb (ctx, &s->toks[k - 1]) ? k : e;
      if (_ds_tok_ends_nya (t))
        return !ctx->english && t->verb && !t->cap && t->len > 7 && closed ? k : e;
      if (t->type == TOK_PUNCT || (t->flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT)) ||
          (t->verb && !(t->flags & W_AUX) && !(ctx->english && k + 1 < e && (s->toks[k + 1].flags & W_PRONOUN) &&
                                               _ds_phrase_at (ctx, s, k + 1, PL_THING_PRONOUN) == 1)))
        return e;
    }
  return e;
}

/* Whether the word that ends at @end (exclusive) in @text is a
 * capitalised one that does not open the sentence. */
static gboolean
cut_name_before (const char *text,
                 const char *end)
{
  const char *w = end;

  while (w > text && g_ascii_isalpha (w[-1]))
    w--;
  return w < end && w > text && g_ascii_isupper (*w);
}

/* "RUU itu disahkan pada 2022. Presiden kemudian menandatanganinya pada
 * 17 Oktober 2022.", "The Paris Call was launched in 2018. More than
 * 1,200 entities have since endorsed it.": a verb's object that is a
 * pronoun stands for the name the sentences before kept as their subject
 * (ctx->subject), when they named no other but inside a preposition's
 * phrase or as a passive's agent (ctx->subject_rival_core). The
 * clause is read again with the name in the pronoun's place ("Presiden
 * kemudian menandatangani RUU …"), and what the rules of facts find in
 * it is kept when its answer is the sentence's own words ("Kapan Presiden
 * menandatangani RUU …?"). A claim of the sentence that asked the same
 * with the pronoun in it ("More than _____ have since endorsed it") gives
 * way. */
static void
find_object_pronoun (Ctx  *ctx,
                     Sent *s,
                     guint e)
{
  guint k, end, from, first = ctx->sentence_first_claim;
  const char *name = ctx->subject;
  g_autofree char *text = NULL;
  g_autofree char *sentence = NULL;
  g_autoptr(GPtrArray) held = NULL;
  Sent x = { 0 };

  if ((k = object_pronoun (ctx, s, e)) >= e)
    return;
  /* "The Paris Call and the Christchurch Call … . Canada signed it in
   * 2019.": no one name for the pronoun; a blank of its clause would ask
   * what the card cannot say ("Canada signed it in _____"). */
  for (end = k + 1; end < e && !_ds_tok_is_punct (&s->toks[end], ',') && !_ds_tok_is_punct (&s->toks[end], ';') &&
                    !_ds_tok_is_punct (&s->toks[end], ':');
       end++)
    ;
  if (name == NULL || (ctx->subject_rival && ctx->subject_rival_core))
    {
      guint pb = _ds_sent_char_at (s, s->toks[end - 1].p + s->toks[end - 1].len);

      for (guint j = ctx->claims->len; j > first; j--)
        {
          const DsClaim *had = ctx->claims->pdata[j - 1];

          if (had->start == s->start && had->kind == DS_CLAIM_FACT && had->question == NULL && had->key_end <= pb)
            g_ptr_array_remove_index (ctx->claims, j - 1);
        }
      return;
    }
  for (end = k + 1; end < e && !_ds_tok_is_punct (&s->toks[end], ',') && !_ds_tok_is_punct (&s->toks[end], ';') &&
                    !_ds_tok_is_punct (&s->toks[end], ':');
       end++)
    ;
  /* ("menandatanganinya" → "menandatangani"; "endorsed it" → "endorsed".) */
  text = g_strdup_printf ("%.*s%s%s%.*s.",
                          (int) (s->toks[k].p + (ctx->english ? 0 : s->toks[k].len - 3) - s->toks[0].p), s->toks[0].p,
                          ctx->english ? "" : " ", name,
                          end > k + 1 ? (int) (s->toks[end - 1].p + s->toks[end - 1].len - (s->toks[k].p + s->toks[k].len)) : 0,
                          s->toks[k].p + s->toks[k].len);
  sentence = g_strndup (s->p, s->end - s->p);
  held = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_claim_unref);
  for (guint j = ctx->claims->len; j > first; j--)
    {
      DsClaim *had = ctx->claims->pdata[j - 1];

      if (had->start == s->start)
        g_ptr_array_add (held, g_ptr_array_steal_index (ctx->claims, j - 1));
    }
  from = ctx->claims->len;
  _ds_sent_tokenize_rewritten (ctx, &x, text, s);
  ctx->sentence_first_claim = from;
  if (x.n >= 4)
    _ds_find_facts (ctx, &x);
  ctx->sentence_first_claim = first;
  for (guint i = ctx->claims->len; i > from; i--)
    {
      DsClaim *claim = ctx->claims->pdata[i - 1];
      const char *key = claim->kind == DS_CLAIM_FACT && claim->subject != NULL && claim->subject[0] != '\0'
                            ? g_strstr_len (sentence, -1, claim->subject)
                            : NULL;

      /* An answer in the name, none of the sentence's words, or the tail
       * of a name ("the Marine Resources _____": "Act 7 of 1998"). */
      if (key == NULL || strstr (name, claim->subject) != NULL ||
          (g_ascii_isupper (key[0]) && key - sentence >= 2 && key[-1] == ' ' && cut_name_before (sentence, key - 1)))
        {
          g_ptr_array_remove_index (ctx->claims, i - 1);
          continue;
        }
      claim->key_start = _ds_sent_char_at (s, s->p + (key - sentence));
      claim->key_end = _ds_sent_char_at (s, s->p + (key - sentence) + strlen (claim->subject));
      claim->start = s->start;
      claim->end = s->end_char;
      g_free (claim->sentence);
      claim->sentence = g_strdup (sentence);
      if (claim->question != NULL)
        {
          g_free (claim->body);
          claim->body = g_strdup (sentence);
        }
    }
  /* Nothing read: what the sentence asked stands; else what it asked
   * with the pronoun, past the pronoun's clause, stands beside it. */
  for (guint j = held->len; j > 0; j--)
    {
      DsClaim *had = held->pdata[j - 1];

      if (ctx->claims->len == from || had->key_start >= _ds_sent_char_at (s, s->toks[end - 1].p + s->toks[end - 1].len))
        g_ptr_array_add (ctx->claims, g_ptr_array_steal_index (held, j - 1));
    }
}

void
_ds_find_split (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), sa, sb, v2, k, end, na, nb;

  if (s->n < 4 || s->question)
    return;
  find_owned_aspect (ctx, s, e);
  find_pointed_copula (ctx, s, e);
  find_object_pronoun (ctx, s, e);
  if (s->n < 6 || !(s->flags & (W_CONJ | W_RELATIVE | W_THAT | W_CONNECTIVE)))
    return;
  /* (The subject is declared past the tests above, which most sentences
   * fail.) */
  {
    g_autofree char *subject = main_subject (ctx, s, e, &sa, &sb);

    if (subject != NULL && (k = second_verb (ctx, s, sb, e, &v2)) > 0 &&
        (end = predication_end (s, v2, e)) > v2 + 1)
      {
        /* Each verb phrase alone: what a rule asked of the whole sentence
         * ("Di mana X bermarkas?") leaves the other's date or figure. A
         * comma before the conjunction is the first phrase's close. */
        guint n = v2 + 2 < end ? _ds_phrase_at (ctx, s, v2 + 1, PL_SPLIT_VERB_ADVERB) : 0;

        /* "and proposed instead a …": the adverb after the verb is no part
         * of what was proposed ("Who proposed a …?"). */
        if (n > 0 && v2 + 1 + n + 1 < end)
          {
            g_autofree char *lead = g_strdup_printf ("%s %.*s", subject, (int) s->toks[v2].len, s->toks[v2].p);

            read_predication (ctx, s, lead, subject, sa, sb, v2 + 1 + n, end, FALSE, FALSE);
          }
        /* "X was drafted by A and adopted in 2022": the second
         * participle of an event keeps the auxiliary ("X was adopted in
         * _____"); not "… and entered into force in 1994", which the
         * subject did. */
        else if (ctx->english && sb < v2 && (s->toks[sb].flags & W_AUX) && !(s->toks[v2].flags & W_AUX) &&
                 _ds_passive_verb (&s->toks[v2], TRUE) && (s->toks[v2].flags & W_EVENT) &&
                 _ds_phrase_at (ctx, s, v2 + 1, PL_FACTS3_IN_FORCE) == 0)
          {
            g_autofree char *lead = g_strdup_printf ("%s %.*s", subject, (int) s->toks[sb].len, s->toks[sb].p);

            read_predication (ctx, s, lead, subject, sa, sb, v2, end, FALSE, FALSE);
          }
        else
          read_predication (ctx, s, subject, subject, sa, sb, v2, end, FALSE, FALSE);
        read_predication (ctx, s, subject, subject, sa, sb, sb, _ds_tok_is_punct (&s->toks[k - 1], ',') ? k - 1 : k,
                          FALSE, FALSE);
      }
  }
  if ((s->flags & (W_RELATIVE | W_THAT)) && s->n_commas > 0)
    find_object_relative (ctx, s, e);
  if ((s->flags & W_RELATIVE) && s->n_commas > 0 && relative_after_name (ctx, s, 0, e, &na, &nb, &v2, &end))
    {
      g_autofree char *name = _ds_toks_dup (s, na, nb);

      if (na > 0 && _ds_tok_is (&s->toks[na - 1], "the"))
        {
          g_autofree char *bare = g_steal_pointer (&name);

          name = g_strconcat ("The ", bare, NULL);
        }
      read_predication (ctx, s, name, name, na, nb, v2, end, TRUE, FALSE);
    }
}
