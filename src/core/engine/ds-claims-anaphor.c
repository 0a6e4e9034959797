/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, the name a sentence is about when it does not say it:
 * "The Pacific Cable Council was set up in 2016. It has nineteen member
 * states." A card shows one sentence alone, so "It has ___ member states"
 * would not say whose; the card says "The Pacific Cable Council has ___
 * member states" instead, and a fact about "Forum ini" or "the council"
 * asks about the forum by its name.
 *
 * The name is the one the last sentence began with. A sentence that begins
 * with anything else (another noun, a date, a clause) forgets it, since
 * "it" might then mean that; a heading forgets it too.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* "The Ocean Data Act sets …", "The Tuna Cooperation Forum links …": an
 * English verb the lexicon does not know, told by its "-s" after a name
 * of two words or more (a plural noun would not follow a name). */
static gboolean
present_verb (const Sent *s,
              guint       a,
              guint       b)
{
  const Tok *t = &s->toks[b];

  return s->english && b >= a + 2 && b + 1 < s->n && t->type == TOK_WORD && !t->cap && t->len > 3 &&
         t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' && t->p[t->len - 2] != '\'' &&
         !(t->flags & (W_NOUN | W_FUNCTION | W_PREP | W_CONJ | W_ADV | W_PRONOUN)) && s->toks[b + 1].type == TOK_WORD;
}

/* The token after a name that opens sentence @s ("The Pacific Cable
 * Council", "Forum Tata Kelola Data Asia (FTDA)") when a verb follows it,
 * else 0. */
static guint
opening_name (Ctx        *ctx,
              const Sent *s,
              guint      *a)
{
  guint i = _ds_tok_is (&s->toks[0], "the") ? 1 : 0, b;

  if (_ds_read_name (s, i, s->n, a, &b) <= i || *a != i || b >= s->n)
    return 0;
  /* "The Paris Call for Trust and Security in Cyberspace (…) is …": a
   * title's "for", "in", "against", "to", "from" before a capital go on with the
   * name that opens the sentence (a verb must follow it, below). An
   * Indonesian "tentang", "untuk" is left alone: "Konvensi … tentang
   * Perubahan Iklim" as the subject would own the "-nya" of "naiknya
   * permukaan laut" after it. */
  while (b + 2 < s->n && b - i < 14 && s->toks[b].type == TOK_WORD && !s->toks[b].cap &&
         (_ds_tok_is (&s->toks[b], "for") || _ds_tok_is (&s->toks[b], "in") || _ds_tok_is (&s->toks[b], "against") ||
          _ds_tok_is (&s->toks[b], "to") || _ds_tok_is (&s->toks[b], "from")) &&
         s->toks[b + 1].cap && s->toks[b + 1].type == TOK_WORD && !(s->toks[b + 1].flags & W_FUNCTION))
    {
      guint na, nb;

      if (_ds_read_name (s, b + 1, s->n, &na, &nb) <= b + 1 || na != b + 1)
        break;
      b = nb;
    }
  if (b >= s->n)
    return 0;
  /* "Perjanjian Mekong 1995 ditandatangani …": the name's year. */
  if (b + 1 < s->n && s->toks[b].type == TOK_NUMBER && s->toks[b].len == 4)
    b++;
  /* "(FTDA)" after the name is its acronym. */
  if (b + 2 < s->n && _ds_tok_is_punct (&s->toks[b], '(') && _ds_tok_is_acronym (&s->toks[b + 1]) &&
      _ds_tok_is_punct (&s->toks[b + 2], ')'))
    return b + 3 < s->n && (s->toks[b + 3].verb || (s->toks[b + 3].flags & W_AUX)) ? b : 0;
  /* "The Lagos Charter (French: Charte de Lagos …) is …", "(Chinese: …;
   * pinyin: …)": a bracket of the name's other spellings, closed before
   * the verb, is an aside; the name is what "It" after it stands for. */
  /* (Only a gloss opened by its language and a colon: "Milton C.
   * Cummings (2003) mendefinisikannya …" is a citation, its scholar no
   * thing "-nya" after it stands for.) */
  if (b + 5 < s->n && _ds_tok_is_punct (&s->toks[b], '(') && s->toks[b + 1].type == TOK_WORD &&
      (_ds_tok_is_punct (&s->toks[b + 2], ':') ||
       (s->toks[b + 2].type == TOK_WORD && _ds_tok_is_punct (&s->toks[b + 3], ':'))))
    {
      guint j = b + 1;

      while (j < s->n && j < b + 40 && !_ds_tok_is_punct (&s->toks[j], ')') && !_ds_tok_is_punct (&s->toks[j], '('))
        j++;
      return j + 1 < s->n && _ds_tok_is_punct (&s->toks[j], ')') &&
                     (s->toks[j + 1].verb || (s->toks[j + 1].flags & W_AUX))
                 ? b
                 : 0;
    }
  /* "The Christchurch Call to Eliminate …, usually shortened to the
   * Christchurch Call, is …": the short name an alias aside gives
   * (phrase lists alias_aside_opener, opening_alias_aside) is the one the
   * essay goes on with; without its article ("known as ICANN") the long
   * name is kept, which the caller writes with its own. */
  if (b + 4 < s->n && _ds_tok_is_punct (&s->toks[b], ','))
    {
      guint n = _ds_phrase_at (ctx, s, b + 1, PL_ALIAS_ASIDE_OPENER), k, na, nb;

      if (n == 0)
        n = _ds_phrase_at (ctx, s, b + 1, PL_OPENING_ALIAS_ASIDE);
      k = b + 1 + n;
      if (n > 0 && k + 1 < s->n && _ds_read_name (s, k + _ds_tok_is (&s->toks[k], "the"), s->n, &na, &nb) > k &&
          nb + 1 < s->n && _ds_tok_is_punct (&s->toks[nb], ',') &&
          (s->toks[nb + 1].verb || (s->toks[nb + 1].flags & W_AUX)))
        {
          if (na > k && na > 0)
            {
              *a = na;
              return nb;
            }
          return b;
        }
    }
  /* "The Regional Piracy Centre, which opened in 2012, trains …",
   * "Pusat X, yang dibuka pada 2012, melatih …": a relative aside
   * between the name and its verb. */
  /* ("The Christchurch Call, we saw last week, was launched …",
   * "Forum itu, menurut pejabatnya, dibentuk …": a speaker's or a
   * source's short aside, with no name in it: a list of names is none.) */
  if (b + 2 < s->n && _ds_tok_is_punct (&s->toks[b], ',') && !(s->toks[b + 1].flags & W_RELATIVE))
    {
      guint j = b + 1;

      while (j < s->n && j < b + 7 && !_ds_tok_is_punct (&s->toks[j], ',') && !s->toks[j].cap)
        j++;
      return j + 2 < s->n && j > b + 1 && _ds_tok_is_punct (&s->toks[j], ',') &&
                     (s->toks[j + 1].verb || (s->toks[j + 1].flags & W_AUX))
                 ? b
                 : 0;
    }
  if (b + 2 < s->n && _ds_tok_is_punct (&s->toks[b], ',') && (s->toks[b + 1].flags & W_RELATIVE))
    {
      guint j = b + 2;

      while (j < s->n && j < b + 20 && !_ds_tok_is_punct (&s->toks[j], ','))
        j++;
      return j + 2 < s->n && _ds_tok_is_punct (&s->toks[j], ',') &&
                     (s->toks[j + 1].verb || (s->toks[j + 1].flags & W_AUX) || present_verb (s, *a, j + 1))
                 ? b
                 : 0;
    }
  return s->toks[b].verb || (s->toks[b].flags & W_AUX) || present_verb (s, *a, b) ? b : 0;
}

/* "network's": the word without its "'s". */
static gsize
possessive_len (const Tok *t)
{
  return t->len > 2 && t->p[t->len - 2] == '\'' && (t->p[t->len - 1] | 0x20) == 's' ? t->len - 2 : t->len;
}

/* The head of @name may stand for the whole name: its last word in
 * English ("Council"), its first in Indonesian ("Forum"), which puts the
 * head first. */
static gboolean
names_head_of (const Ctx  *ctx,
               const Tok  *t,
               const char *name)
{
  const char *last = strrchr (name, ' ');
  const char *first_end = strchr (name, ' ');

  if (first_end == NULL)
    return FALSE;
  if (ctx->english)
    {
      gsize len = possessive_len (t);

      return len == strlen (last + 1) && ds_ascii_strncasecmp (t->p, last + 1, len) == 0;
    }
  return t->len == (gsize) (first_end - name) && ds_ascii_strncasecmp (t->p, name, t->len) == 0;
}

/* "the principle of shared stocks": a word that may be a verb ("stocks")
 * after a participle ("shared") or an adjective (the phrase list
 * adjective) is the noun they qualify. */
static gboolean
noun_after_modifier (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       k)
{
  const Tok *m = &s->toks[k - 1], *t = &s->toks[k];
  guint e = _ds_body_end (s);

  /* "shared" itself, before its noun. */
  if (k + 2 == e && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0)
    return TRUE;
  return k > a && k + 1 == e &&
         ((m->len > 4 && ds_ascii_strncasecmp (m->p + m->len - 2, "ed", 2) == 0) ||
          _ds_phrase_at (ctx, s, k - 1, PL_ADJECTIVE) > 0);
}

/* "… debated the idea of loss and damage.", "… memperkenalkan konsep
 * *smart power*.": a term after its label that ends the sentence, in
 * bold or italics or in up to five plain lower-case words, is named as a
 * quoted one is; the next sentence may say what it means. */
static void
note_plain_term (Ctx        *ctx,
                 const Sent *s,
                 guint       a)
{
  guint e = _ds_body_end (s);

  if (a < e && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (a >= e || e - a > 5 || e < s->n - 1)
    return;
  for (guint k = a; k < e; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].cap && !(s->toks[a].p[-1] == '*' || s->toks[a].p[-1] == '_')) ||
        (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN | W_PREP)) || (s->toks[k].verb && !noun_after_modifier (ctx, s, a, k)) ||
        _ds_tok_ends_nya (&s->toks[k]))
      return;
  ctx->named_term = _ds_toks_dup (s, a, e);
}

/* 'Istilah "diplomasi kabel"', 'The term "cable diplomacy"': a term the
 * sentence names after a label, in quotation marks. */
static void
note_named_term (Ctx        *ctx,
                 const Sent *s)
{
  g_clear_pointer (&ctx->named_term, g_free);
  if (!_ds_sent_may_start (s, HOT_TERM_LABEL))
    return;
  for (guint i = 0; i + 3 < s->n; i++)
    {
      guint n = _ds_phrase_at (ctx, s, i, PL_TERM_LABEL), close;

      if (n > 0 && !_ds_tok_is_quote (&s->toks[i + n]))
        {
          note_plain_term (ctx, s, i + n);
          return;
        }
      if (n == 0)
        continue;
      for (close = i + n + 1; close < s->n && close < i + n + 8 && !_ds_tok_is_quote (&s->toks[close]); close++)
        ;
      if (close < s->n && _ds_tok_is_quote (&s->toks[close]) && close > i + n + 1)
        ctx->named_term = _ds_toks_dup (s, i + n + 1, close);
      return;
    }
}

/* 'In "Sovereignty at Sea", Lindqvist traces …', 'the book "Rivers of
 * Trust"', 'laporan "Laut Kita"': the quoted title of a work (after
 * "In" opening the sentence, or a noun of the phrase list work_noun),
 * which "The author", "The book" (work_pointer) later stand for. */
static void
note_work (Ctx        *ctx,
           const Sent *s)
{
  for (guint i = 0; i + 3 < s->n; i++)
    {
      guint n = i == 0 && (_ds_tok_is (&s->toks[0], "in") || _ds_tok_is (&s->toks[0], "dalam")) ? 1
                : _ds_phrase_at (ctx, s, i, PL_WORK_NOUN), close;

      if (n == 0 || !_ds_tok_is_quote (&s->toks[i + n]) || s->toks[i + n + 1].type != TOK_WORD || !s->toks[i + n + 1].cap)
        continue;
      for (close = i + n + 1; close < s->n && close < i + n + 12 && !_ds_tok_is_quote (&s->toks[close]); close++)
        ;
      if (close < s->n && _ds_tok_is_quote (&s->toks[close]) && close > i + n + 1)
        {
          g_autofree char *title = _ds_toks_dup (s, i + n + 1, close);

          g_free (ctx->work);
          ctx->work = g_strdup_printf ("\u201C%s\u201D", title);
        }
      return;
    }
}

/* The capitalised words that run left from token @k (exclusive) to
 * the start of their name; @k itself when none does. */
static guint
name_left (const Sent *s,
           guint       k)
{
  while (k > 0 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap &&
         !(s->toks[k - 1].flags & W_FUNCTION))
    k--;
  return k;
}

/* "Pada 2011, Laos dan Kamboja menandatangani …": the last two names
 * the sentence joins with "dan"/"and", what "kedua negara itu" and
 * "both countries" in the next sentence mean. Names in a longer run
 * ("Laos, Vietnam dan Kamboja") are no pair. */
char *
_ds_pair_in (const Sent *s,
             gboolean   *country)
{
  char *pair = NULL;

  for (guint k = 1; k + 1 < s->n; k++)
    {
      guint a, b = k + 1;

      /* Asked of every sentence: most words are no "dan", "and". */
      if (!(s->toks[k].flags & W_CONJ))
        continue;
      a = name_left (s, k);
      /* "… and the Solomon Islands" */
      if (b + 1 < s->n && _ds_tok_is (&s->toks[b], "the"))
        b++;
      if (!(s->toks[k].flags & W_CONJ) || a == k || !s->toks[b].cap ||
          (s->toks[b].flags & W_FUNCTION) ||
          (a > 1 && _ds_tok_is_punct (&s->toks[a - 1], ',') && s->toks[a - 2].cap))
        continue;
      while (b < s->n && s->toks[b].type == TOK_WORD && s->toks[b].cap && !(s->toks[b].flags & W_FUNCTION))
        b++;
      g_free (pair);
      pair = _ds_toks_dup (s, a, b);
      *country = FALSE;
      for (guint j = a; j < b; j++)
        *country |= (s->toks[j].flags & W_COUNTRY) != 0;
    }
  return pair;
}

/* "Kedua negara", "both governments" mean two states: a pair with no
 * country in it ("Zoom dan Google Meet") is not theirs. */
gboolean
_ds_pair_fits (Ctx        *ctx,
               const Sent *s,
               guint       noun,
               gboolean    country)
{
  return country || _ds_phrase_at (ctx, s, noun, PL_COUNTRY_NOUN) != 1;
}

static void
note_pair (Ctx        *ctx,
           const Sent *s)
{
  g_free (ctx->pair);
  ctx->pair = _ds_pair_in (s, &ctx->pair_country);
}

/* "Funding is thin.", "Access is slow.": a paragraph's label sentence,
 * one common word in capitals only because it opens the sentence, then a
 * copula and a word or two that say how it is. What "its" in the next
 * sentence owns is no "Funding's"; a country ("Norway is neutral.") or an
 * acronym is a name. */
static gboolean
label_sentence (const Sent *s,
                guint       a,
                guint       b)
{
  guint n = s->n;

  while (n > 0 && s->toks[n - 1].type == TOK_PUNCT)
    n--;
  if (a != 0 || b != 1 || n < 3 || n > 4 || !(s->toks[1].flags & W_AUX) ||
      (s->toks[0].flags & W_COUNTRY) || _ds_tok_is_acronym (&s->toks[0]))
    return FALSE;
  for (guint k = 2; k < n; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].cap || s->toks[k].verb ||
        (s->toks[k].flags & (W_FUNCTION | W_COUNT)))
      return FALSE;
  return TRUE;
}

/* Whether sentence @s names somebody or something beside its opening
 * name [@a, @b): a post that opens it (a person), a "dan"/"and" inside
 * it ("Kantor Statistik Laut dan Unit Pemantau Terumbu" may be two), a
 * word pointing back after it, or a capitalised word after it not
 * after a preposition of place (the phrase list facts6_place_prep: "di
 * Suva", "ke Apia" name where). "Dewan itu dipimpin oleh Sione Vea. Ia
 * lahir …": "ia" may be either. */
static gboolean
names_rival (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b,
             gboolean   *core)
{
  gboolean any = FALSE, oblique = FALSE;

  *core = TRUE;
  /* "Menteri Luar Negeri Ratna Wibisana meresmikan …": a person, whom
   * "ia" may mean as well as what she opened. */
  if (_ds_post_phrase_ends_at (ctx, s, a, 0))
    return TRUE;
  /* ("The Paris Call for Trust and Security in Cyberspace",
   * "Organization for Security and Co-operation": a join after the
   * name's preposition is inside one name.) */
  for (guint k = a; k < b && _ds_phrase_at (ctx, s, k, PL_NAME_TAIL_PREP) == 0; k++)
    if (s->toks[k].flags & W_CONJ)
      return TRUE;
  for (guint k = b; k < s->n; k++)
    {
      const Tok *t = &s->toks[k];

      /* "… meresmikan forum itu", "… tugas badan lama tersebut": a thing
       * named before, which "ia" may mean. */
      if (t->flags & W_ANAPHOR)
        return TRUE;
      /* A name inside a phrase a preposition opens ("dalam rapat
       * paripurna DPR", "by Parliament") or a passive's agent after its
       * verb ("disetujui DPR") is an oblique one: a rival still for "ia",
       * no core one (*@core) for a verb's object in the next sentence,
       * which takes up the subject. */
      /* (An English participle is a passive's after "was", "were" only:
       * "adopted the Toolbox" names its object.) */
      if (t->verb || _ds_tok_is_punct (t, ',') || (t->flags & (W_CONJ | W_RELATIVE)))
        oblique = t->verb && _ds_passive_verb (t, ctx->english) &&
                  (!ctx->english || (k > 0 && (s->toks[k - 1].flags & W_AUX)));
      else if (t->flags & W_PREP)
        oblique = TRUE;
      /* ("… pada 20 September 2022": a month names nobody.) */
      if (t->type != TOK_WORD || !t->cap || (t->flags & (W_FUNCTION | W_MONTH)))
        continue;
      if (k > 0 && _ds_phrase_at (ctx, s, k - 1, PL_FACTS6_PLACE_PREP) == 1)
        {
          while (k + 1 < s->n && s->toks[k + 1].type == TOK_WORD && s->toks[k + 1].cap)
            k++;
          continue;
        }
      if (!oblique)
        return TRUE;
      any = TRUE;
      while (k + 1 < s->n && s->toks[k + 1].type == TOK_WORD && s->toks[k + 1].cap)
        k++;
    }
  *core = FALSE;
  return any;
}

/* ------------------------------------------------------------------ */
/* The person a passage is about                                       */

/* How many sentences "she", "he", "beliau" reach back to the person a
 * sentence last began with: a profile or an obituary says "she" for
 * paragraphs on end, under headings of their own ("Early career"); past
 * that the person may be another. "Ia" may stand for a thing as well,
 * and reaches back only to a person named in the last few sentences. */
#define PERSON_REACH 12
#define PERSON_REACH_EITHER 3

/* Lists whose words make a name a body's, a law's, a place's, a
 * document's or an office's, no person's. */
static const PhraseId not_person_lists[] = {
  PL_CHOICE_NAME_BODY, PL_CHOICE_NAME_LAW, PL_CHOICE_NAME_PLACE, PL_DOCUMENT_NOUN,
  PL_CLASS_NOUN, PL_FACTS_OFFICE_TITLE, PL_ACTOR_NOUN, PL_STATEMENT_AGENCY,
};

/* Whether the name [@a, @b) may be a person's: one to four capitalised
 * words, none a country, an acronym, a month, a word the essay writes in
 * lower case or one of a body, a law, a place, a document or an office
 * ("Ratna Wulandari", "Okonkwo-Hart"; not "the Arctic Council",
 * "Estonia", "ASEAN", "Colleagues"). A single word opening the sentence
 * must not be one the language knows as a common noun or a verb. */
gboolean
_ds_person_name (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  if (b <= a || b - a > 4)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || !t->cap || t->len < 2 ||
          (t->flags & (W_COUNTRY | W_FUNCTION | W_PREP | W_CONJ | W_PRONOUN | W_ANAPHOR | W_MONTH | W_CONNECTIVE |
                       W_ADV | W_COUNT | W_QUANT | W_ORDINAL)) ||
          _ds_tok_is_acronym (t) || _ds_tok_ends_nya (t) || _ds_tok_written_lower (ctx, t) ||
          (b == a + 1 && (t->verb || (t->flags & W_NOUN))))
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (not_person_lists); i++)
        if (_ds_phrase_at (ctx, s, k, not_person_lists[i]) > 0)
          return FALSE;
    }
  return TRUE;
}

/* Whether @x and @y name one person: the same last word ("Lindiwe
 * Okonkwo-Hart", "Okonkwo-Hart"). */
static gboolean
same_person (const char *x,
             const char *y)
{
  const char *lx = strrchr (x, ' ');
  const char *ly = strrchr (y, ' ');

  return g_ascii_strcasecmp (lx != NULL ? lx + 1 : x, ly != NULL ? ly + 1 : y) == 0;
}

/* Whether a word for a person ("Menteri Komunikasi", "the forum's
 * secretary", "the founder") stands in [@a, @b). */
static gboolean
person_word_in (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b)
{
  static const PhraseId lists[] = { PL_ACTOR_NOUN, PL_FACTS_OFFICE_TITLE, PL_QUESTIONS_PERSON_HEAD };

  for (guint k = a; k < b; k++)
    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      if (_ds_phrase_at (ctx, s, k, lists[l]) > 0)
        return TRUE;
  return FALSE;
}

/* "Ratna Wulandari (lahir di Padang, 1969) adalah …", "Okonkwo-Hart
 * studied …", "In 2015, Wulandari joined …", "Tomas Varga, a former
 * police investigator, said …", "Menteri Komunikasi, Budi Santoso,
 * menyambut …", "Menurut Budi, …": a person's name as the subject or
 * the source of what the sentence says, at its start or past a short
 * opening, is who "she", "beliau" in the sentences after it mean. */
static void
note_person (Ctx        *ctx,
             const Sent *s)
{
  guint starts[4] = { 0, G_MAXUINT, G_MAXUINT, G_MAXUINT }, a, b, n;

  ctx->person_age++;
  if (s->n < 3)
    return;
  /* ("Maritime lawyer Helena Brandt argues …", "Ekonom Teuku Riefky
   * menilai …": the name after a trade or post that opens the sentence,
   * a word or two before it saying which.) */
  /* (The longest entry of the three lists: "Menteri Luar Negeri" is the
   * post, not "Menteri" before a name "Luar Negeri".) */
  for (guint k = 0; k < 3 && k + 2 < s->n && (s->flags & W_REPORT); k++)
    {
      n = MAX (_ds_phrase_longest_at (ctx, s, k, PL_FACTS_COMMENTATOR),
               MAX (_ds_phrase_longest_at (ctx, s, k, PL_FACTS_OFFICE_TITLE),
                    _ds_phrase_longest_at (ctx, s, k, PL_OCCUPATION)));
      if (n > 0 && k + n < s->n)
        {
          starts[3] = s->toks[k + n].cap ? k + n : G_MAXUINT;
          break;
        }
      if (s->toks[k].type != TOK_WORD || (k > 0 && s->toks[k].cap) || s->toks[k].verb ||
          (s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)))
        break;
    }
  for (guint k = 1; k < s->n && k < 7; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      {
        starts[1] = k + 1;
        break;
      }
  /* ("Pada 2015 Wulandari diangkat …", "In 2004 Okonkwo-Hart became
   * …": an opening date without its comma.) */
  if (starts[1] == G_MAXUINT && (_ds_tok_is (&s->toks[0], "in") || _ds_tok_is (&s->toks[0], "pada")) &&
      s->toks[1].type == TOK_NUMBER)
    starts[1] = 2;
  if ((n = _ds_phrase_at (ctx, s, 0, PL_CLAUSE_ATTRIB)) > 0)
    starts[2] = n;
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      guint c = starts[i];
      const Tok *next;

      if (c + 2 >= s->n || _ds_read_name (s, c, s->n, &a, &b) <= c || a != c || b >= s->n ||
          !_ds_person_name (ctx, s, a, b))
        continue;
      next = &s->toks[b];
      /* The subject before its verb; the source of a view before its
       * comma; a name after the office its person holds ("Menteri
       * Komunikasi, Budi Santoso,"). */
      if (!(((next->verb || (next->flags & W_AUX) || _ds_tok_is_punct (next, '(')) && i != 2) ||
            (_ds_tok_is_punct (next, ',') && (i == 0 || i == 2 || person_word_in (ctx, s, 0, c) ||
                                                _ds_phrase_in (ctx, s, 0, c, PL_FACTS_COMMENTATOR) ||
                                                _ds_phrase_in (ctx, s, 0, c, PL_OCCUPATION)))))
        continue;
      {
        g_autofree char *name = _ds_toks_dup (s, a, b);

        if (ctx->person == NULL || !same_person (ctx->person, name))
          ctx->person_gender = 0;
        g_free (ctx->person);
        ctx->person = g_steal_pointer (&name);
        ctx->person_age = 0;
      }
      return;
    }
  /* "Sebaliknya, pejabat Kementerian Luar Negeri berpendapat …": a
   * person the sentence names by a post alone, in its first words, is
   * whom a "Menurutnya," after it means, not the one named before. */
  /* (The subject of the first verb of saying or judging, after the
   * comma before it; not a government, "pemerintah akan …", which is no
   * person.) */
  for (guint j = 1; j < s->n && j < 16 && (s->flags & W_REPORT); j++)
    if (s->toks[j].flags & W_REPORT)
      {
        guint c = j;

        while (c > 0 && !_ds_tok_is_punct (&s->toks[c - 1], ','))
          c--;
        for (guint k = c; k < j; k++)
          if (!(s->toks[k].flags & W_GOV) &&
              (_ds_phrase_at (ctx, s, k, PL_ACTOR_NOUN) > 0 || _ds_phrase_at (ctx, s, k, PL_OCCUPATION) > 0 ||
               _ds_phrase_at (ctx, s, k, PL_FACTS_COMMENTATOR) > 0 ||
               _ds_phrase_at (ctx, s, k, PL_FACTS_OFFICE_TITLE) > 0))
            {
              ctx->person_age = G_MAXUINT / 2;
              return;
            }
        return;
      }
}

/* Whether a person other than the one kept stands before @i in @s, as a
 * clause's subject or a speaker: a word for a person ("the minister",
 * "her mentor" is none) or a name a verb follows ("…, and Kofi Mensah
 * said he …"). */
static gboolean
other_person_before (Ctx        *ctx,
                     const Sent *s,
                     guint       i)
{
  if (person_word_in (ctx, s, 0, i))
    return TRUE;
  for (guint k = 0; k < i; k++)
    {
      const Tok *t = &s->toks[k];

      if (k > 0 && t->cap && t->type == TOK_WORD && !s->toks[k - 1].cap && k + 1 < i &&
          (s->toks[k + 1].verb || (s->toks[k + 1].flags & W_AUX)))
        return TRUE;
    }
  return FALSE;
}

/* The length of "she", "he", "beliau" at @i (a pronoun of one of the
 * phrase lists person_pronoun_f, person_pronoun_m, person_pronoun), its
 * gender in *@gender ('f', 'm', or 0 for either); 0 when none. */
static guint
person_pronoun_len (Ctx        *ctx,
                    const Sent *s,
                    guint       i,
                    char       *gender)
{
  guint n;

  if ((n = _ds_phrase_at (ctx, s, i, PL_PERSON_PRONOUN_F)) > 0)
    *gender = 'f';
  else if ((n = _ds_phrase_at (ctx, s, i, PL_PERSON_PRONOUN_M)) > 0)
    *gender = 'm';
  else
    n = _ds_phrase_at (ctx, s, i, PL_PERSON_PRONOUN);
  return n;
}

/* Whether @i holds "she", "he", "beliau": a pronoun that stands for a
 * person only, so for no noun of the clause before it ("After a spell
 * in Pretoria, she was appointed …"). */
gboolean
_ds_person_pronoun (Ctx        *ctx,
                    const Sent *s,
                    guint       i)
{
  char gender = 0;

  return person_pronoun_len (ctx, s, i, &gender) > 0;
}

/* "She joined …", "In 2004 she became …", "Beliau kemudian
 * memprakarsai …", "Her first posting …": the person kept (ctx->person),
 * when the pronoun is a clause's subject or its owner, its gender fits
 * the one "she" or "he" stood for before, and no other person stands
 * before it. */
static char *
person_at (Ctx        *ctx,
           const Sent *s,
           guint       i,
           guint      *end)
{
  char gender = 0;
  gboolean owner = FALSE;
  guint n, v;

  /* (Every pronoun of the lists is a short word: most tokens stop here.) */
  if (ctx->person == NULL || ctx->person_age > PERSON_REACH || s->toks[i].type != TOK_WORD || s->toks[i].len > 6)
    return NULL;
  if ((n = person_pronoun_len (ctx, s, i, &gender)) > 0)
    ;
  else if ((n = _ds_phrase_at (ctx, s, i, PL_PERSON_POSSESSIVE_F)) > 0)
    gender = 'f', owner = TRUE;
  else if ((n = _ds_phrase_at (ctx, s, i, PL_PERSON_POSSESSIVE_M)) > 0)
    gender = 'm', owner = TRUE;
  else if ((n = _ds_phrase_at (ctx, s, i, PL_FACTS6_EITHER_PRONOUN)) == 0 || ctx->subject != NULL ||
           ctx->person_age > PERSON_REACH_EITHER)
    return NULL;
  if (i + n + 1 >= s->n || (gender != 0 && ctx->person_gender != 0 && gender != ctx->person_gender))
    return NULL;
  v = i + n;
  if (owner)
    {
      /* "Her first posting abroad …": the owner of the clause's subject,
       * not an object's ("sparked her interest"). */
      if (_ds_clause_start (s, i) != i || s->toks[v].type != TOK_WORD || s->toks[v].verb ||
          (s->toks[v].flags & (W_FUNCTION | W_PREP | W_CONJ | W_AUX)))
        return NULL;
    }
  else
    {
      if (v + 1 < s->n && (s->toks[v].flags & W_ADV) && !s->toks[v].verb)
        v++;
      if (!s->toks[v].verb && !(s->toks[v].flags & W_AUX))
        return NULL;
    }
  if (other_person_before (ctx, s, i))
    return NULL;
  if (gender != 0)
    ctx->person_gender = gender;
  ctx->person_age = 0;
  *end = i + n;
  return owner ? g_strconcat (ctx->person, "\xE2\x80\x99s", NULL) : g_strdup (ctx->person);
}

/* The person a sentence or two before named, for "Menurutnya,",
 * "According to her," (a view opened by a pronoun), else NULL. */
const char *
_ds_person_recent (Ctx *ctx)
{
  return ctx->person_age <= PERSON_REACH_EITHER ? ctx->person : NULL;
}

/* Whether @s opens on "Menurutnya,", "In her view," (the phrase list
 * view_pronoun_opener and its comma): what follows is the view of the
 * person named before, or of someone unnamed, never the essay's own
 * ("Apa peran Indonesia menurut esai ini?", "According to the author,
 * what should …?" would give it the wrong owner). */
gboolean
_ds_view_pronoun_opens (Ctx        *ctx,
                        const Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_VIEW_PRONOUN_OPENER);

  return n > 0 && n < s->n && _ds_tok_is_punct (&s->toks[n], ',');
}

/* "Ia juga menilai bahwa …", "She warned that …", "Beliau menegaskan
 * …" right after a sentence that named a person: the person kept, for
 * the pronoun at @i that is all of a saying's source. "Ia", which may
 * stand for a thing elsewhere, is the person here: a thing does not
 * judge or warn. NULL when no person was named a sentence or two before,
 * the gender does not fit, or another person stands before it. */
char *
_ds_speaker_pronoun (Ctx        *ctx,
                     const Sent *s,
                     guint       i,
                     guint      *end)
{
  char gender = 0;
  guint n;

  if (_ds_person_recent (ctx) == NULL || s->toks[i].type != TOK_WORD || s->toks[i].len > 6)
    return NULL;
  if ((n = person_pronoun_len (ctx, s, i, &gender)) == 0 &&
      (n = _ds_phrase_at (ctx, s, i, PL_FACTS6_EITHER_PRONOUN)) == 0)
    return NULL;
  if ((gender != 0 && ctx->person_gender != 0 && gender != ctx->person_gender) || other_person_before (ctx, s, i))
    return NULL;
  *end = i + n;
  return g_strdup (ctx->person);
}

static char *kind_named (Ctx        *ctx,
                        const Sent *s,
                        guint       i,
                        guint      *end,
                        gboolean   *several);

void
_ds_subject_note (Ctx        *ctx,
                  const Sent *s)
{
  guint a, b, end;
  char *anaphor;

  note_named_term (ctx, s);
  note_person (ctx, s);
  if (s->has_quote)
    note_work (ctx, s);
  note_pair (ctx, s);
  if (ctx->subject_kept)
    {
      ctx->subject_kept = FALSE;
      return;
    }
  if (s->n < 3)
    return;
  /* "Lembaga ini dibentuk … . Tugasnya …": the name a pointed noun of a
   * kind opened the sentence with is what the next one's "-nya", "its"
   * own. */
  {
    gboolean several;
    guint c = 0;

    /* ("Menurut pejabat kementerian, lembaga tersebut …": after a short
     * aside.) */
    while (c < s->n && c < 7 && !_ds_tok_is_punct (&s->toks[c], ','))
      c++;
    c = c < 7 && c + 2 < s->n ? c + 1 : 0;
    if ((anaphor = kind_named (ctx, s, 0, &end, &several)) != NULL ||
        (c > 0 && (anaphor = kind_named (ctx, s, c, &end, &several)) != NULL))
      {
        g_free (ctx->subject);
        ctx->subject = anaphor;
        ctx->subject_rival = names_rival (ctx, s, end - 2, end, &ctx->subject_rival_core);
        return;
      }
  }
  if ((anaphor = _ds_anaphor_at (ctx, s, 0, &end)) != NULL)
    {
      g_free (anaphor);
      return;
    }
  g_clear_pointer (&ctx->subject, g_free);
  /* Kept with "the" in lower case: a card may put it mid-sentence. */
  if ((b = opening_name (ctx, s, &a)) != 0 && !label_sentence (s, a, b))
    {
      g_autofree char *name = _ds_toks_dup (s, a, b);

      ctx->subject = a > 0 ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
      ctx->subject_rival = names_rival (ctx, s, a, b, &ctx->subject_rival_core);
    }
}

void
_ds_subject_forget (Ctx *ctx)
{
  g_clear_pointer (&ctx->subject, g_free);
  g_clear_pointer (&ctx->subject_before, g_free);
  g_clear_pointer (&ctx->named_term, g_free);
  g_clear_pointer (&ctx->pair, g_free);
}

/* The name of two words or more that opens the sentence @ref ("The
 * Arctic Council was created …" gives "the Arctic Council"), else NULL:
 * what "Its functions include:" after it stands for. */
char *
_ds_opening_name_of (Ctx           *ctx,
                     const SentRef *ref)
{
  g_autofree char *text = NULL;
  Sent s = { 0 };
  guint a, b;

  if (ref == NULL || ref->p == NULL || ref->end <= ref->p)
    return NULL;
  text = g_strndup (ref->p, ref->end - ref->p);
  _ds_text_tokenize (ctx, text, &s);
  if (s.n < 3 || (b = opening_name (ctx, &s, &a)) == 0 || b - a < 2)
    return NULL;
  for (guint k = a; k < b; k++)
    if (s.toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return NULL;
  {
    g_autofree char *name = _ds_toks_dup (&s, a, b);

    return a > 0 ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
  }
}

/* "The African Union and Its Long-Term Plan": a pronoun or a pointing
 * word in capitals is a title's, no name's. */
static gboolean
title_words (const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return TRUE;
  return FALSE;
}

/* "Konvensi Minamata dan Konvensi Stockholm", "The Minamata Convention
 * and the Stockholm Convention": [@a, @b) joins two names of one kind —
 * the word after "dan", "and" is "the" or the first word again, or the
 * word before it is the last word again — so "konvensi itu", "this
 * convention" cannot tell which one it means. "Organization for
 * Security and Co-operation in Europe" is one name. */
gboolean
_ds_joins_two_names (const Sent *s,
                     guint       a,
                     guint       b)
{
  for (guint k = a + 1; k + 1 < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (!(_ds_tok_is (t, "dan") || _ds_tok_is (t, "and") || _ds_tok_is (t, "serta") || _ds_tok_is_punct (t, '&')))
        continue;
      if (_ds_tok_is (&s->toks[k + 1], "the") ||
          (s->toks[k + 1].len == s->toks[a].len &&
           ds_ascii_strncasecmp (s->toks[k + 1].p, s->toks[a].p, s->toks[a].len) == 0) ||
          (s->toks[k - 1].len == s->toks[b - 1].len &&
           ds_ascii_strncasecmp (s->toks[k - 1].p, s->toks[b - 1].p, s->toks[b - 1].len) == 0))
        return TRUE;
    }
  return FALSE;
}

/* A heading that is one name ("The Indian Ocean Cyber Forum", "Forum
 * Siber Samudra Hindia") is what "the forum" and "forum ini" below it
 * mean, though not what "it" means. @s is the heading, cut (its
 * closing punctuation is dropped). */
void
_ds_subject_heading (Ctx  *ctx,
                     Sent *s)
{
  guint i, a = 0, b = 0;
  gboolean asks = s->n > 0 && _ds_tok_is_punct (&s->toks[s->n - 1], '?');

  g_clear_pointer (&ctx->heading_name, g_free);
  ctx->heading_asks_name = FALSE;
  while (s->n > 0 && s->toks[s->n - 1].type == TOK_PUNCT)
    s->n--;
  /* "Safe Harbor (2000–2015)", "Konvensi Montego Bay (1982)", "Piagam
   * … (Maret 2020)": the date in brackets after the name is none of it. */
  for (i = s->n; i > 0 && (s->toks[i - 1].type == TOK_NUMBER || (s->toks[i - 1].flags & W_MONTH) ||
                           (s->toks[i - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[i - 1], '('))); i--)
    ;
  if (i > 1 && i < s->n && _ds_tok_is_punct (&s->toks[i - 1], '('))
    s->n = i - 1;
  /* "Internet Governance Forum (IGF)": the acronym in brackets after the
   * name (its closing bracket dropped above) is none of it; "BSSN (Badan
   * Siber dan Sandi Negara)": the name spelt out after the acronym is the
   * acronym's. */
  if (s->n > 3 && _ds_tok_is_acronym (&s->toks[s->n - 1]) && _ds_tok_is_punct (&s->toks[s->n - 2], '('))
    s->n -= 2;
  else if (s->n > 3 && _ds_tok_is_acronym (&s->toks[0]) && _ds_tok_is_punct (&s->toks[1], '('))
    s->n = 1;
  /* "Case 2: The Antarctic Treaty", "Kasus 1: Piagam Data Mekong": a
   * label that numbers the heading, and its colon, are none of the name. */
  i = s->n > 4 && s->toks[0].type == TOK_WORD && s->toks[0].cap && s->toks[1].type == TOK_NUMBER &&
      _ds_tok_is_punct (&s->toks[2], ':') ? 3 : 0;
  /* "What is DEPA?", "What are the Artemis Accords?", "Apa itu ASEAN
   * Digital Masterplan?": a slide that asks what one name is (its
   * question mark cut above) is about that name, as a heading that is
   * the name alone. */
  if (i == 0 && s->n > 2 && s->toks[0].cap &&
      (ctx->english ? _ds_tok_is (&s->toks[0], "what") &&
                      (_ds_tok_is (&s->toks[1], "is") || _ds_tok_is (&s->toks[1], "are"))
                    : _ds_tok_is (&s->toks[0], "apa") && _ds_tok_is (&s->toks[1], "itu")) &&
      asks)
    i = 2;
  /* "Russia: the Sovereign Internet Law", "China: The Great Firewall":
   * a country that a colon sets before the name is where the name
   * belongs, none of it. */
  if (i == 0 && s->n > 4 && s->toks[0].type == TOK_WORD && (s->toks[0].flags & W_COUNTRY) &&
      _ds_tok_is_punct (&s->toks[1], ':'))
    i = 2;
  i += i < s->n && _ds_tok_is (&s->toks[i], "the") ? 1 : 0;
  /* ("Lembaga dan Aturan Kelautan": its head is one of two nouns.) A
   * name of one word is an acronym ("COPUOS", "BSSN"). */
  /* "UNCLOS 1982", "Agenda 2030": a year after the name closes it,
   * and is kept in it. */
  if (_ds_read_name (s, i, s->n, &a, &b) > i && a == i && b + 1 == s->n && _ds_tok_is_year (&s->toks[b]) &&
      b - a <= 3 && !title_words (s, a, b))
    b = s->n;
  else if (!(_ds_read_name (s, i, s->n, &a, &b) > i))
    b = 0;
  if (b > a && a == i && b == s->n &&
      (b - a >= 2 || (b - a == 1 && _ds_tok_is_acronym (&s->toks[a]) && s->toks[a].len >= 3 &&
                      ds_utf8_all_capitals (s->toks[a].p, s->toks[a].len))) && !title_words (s, a, b) &&
      !_ds_joins_two_names (s, a, b) && !(!ctx->english && b > a + 2 && (s->toks[a + 1].flags & W_CONJ)))
    {
      g_autofree char *name = _ds_toks_dup (s, a, b);

      ctx->heading_name = i > 0 && _ds_tok_is (&s->toks[i - 1], "the") ? g_strconcat ("the ", name, NULL)
                                                                         : g_steal_pointer (&name);
      ctx->heading_asks_name = asks;
    }
}

/* @name without "the", for comparing heads. */
static const char *
bare (const char *name)
{
  return ds_ascii_strncasecmp (name, "the ", 4) == 0 ? name + 4 : name;
}

/* Whether the head of @name (its last word in English, its first in
 * Indonesian) is of the kind of @t: a law ("Act", "law") or a treaty
 * ("Accord", "treaty": the phrase list treaty_head). */
static gboolean
same_kind_head (const Ctx  *ctx,
                const Tok  *t,
                const char *name)
{
  const char *last = strrchr (name, ' ');
  g_autofree char *head = ctx->english ? g_ascii_strdown (last != NULL ? last + 1 : name, -1)
                                       : g_ascii_strdown (name, strcspn (name, " "));
  g_autofree char *word = g_ascii_strdown (t->p, t->len);
  const char * const *treaties = ds_lang_get_phrases (ctx->lang, "treaty_head");

  if ((t->flags & W_LAW) && (ds_lang_lookup (ctx->lang, head, -1, NULL) & W_LAW))
    return TRUE;
  return treaties != NULL && g_strv_contains (treaties, word) && g_strv_contains (treaties, head);
}

/* "Pemerintah membentuk Badan Pangan Nasional … . Lembaga ini …": a
 * subject that is a class noun itself ("pemerintah", "the government")
 * names nothing "lembaga ini", "the agency" could stand for; nor does
 * one that joins two bodies ("Kementerian Kelautan dan Badan Keamanan
 * Laut": the word after "dan" a class noun or a body's head, the phrase
 * list body_head). */
static gboolean
subject_is_class (const Ctx *ctx)
{
  g_autofree char *word = g_ascii_strdown (bare (ctx->subject), -1);
  g_autofree char *second = NULL;
  const char * const *classes = ds_lang_get_phrases (ctx->lang, "class_noun");
  const char * const *bodies = ds_lang_get_phrases (ctx->lang, "body_head");
  const char *conj = strstr (word, ctx->english ? " and " : " dan ");

  if (classes != NULL && g_strv_contains (classes, word))
    return TRUE;
  if (conj == NULL)
    return FALSE;
  conj += 5;
  if (g_str_has_prefix (conj, "the "))
    conj += 4;
  second = g_strndup (conj, strcspn (conj, " "));
  return (classes != NULL && g_strv_contains (classes, second)) || (bodies != NULL && g_strv_contains (bodies, second));
}

/* The name whose head @t is: the last sentence's subject, else the
 * heading's name; NULL if neither. "The Ocean Data Act … . This law …":
 * a law or a treaty the last sentence began with is what "this law",
 * "the treaty" mean, whatever its head, and not the heading's. */
static const char *
headed_by (const Ctx *ctx,
           const Tok *t)
{
  if (ctx->subject != NULL && (names_head_of (ctx, t, bare (ctx->subject)) || same_kind_head (ctx, t, bare (ctx->subject))))
    return ctx->subject;
  if (ctx->heading_name != NULL && names_head_of (ctx, t, bare (ctx->heading_name)))
    return ctx->heading_name;
  return NULL;
}

/* Whether the sentence before @s, in its paragraph, opens on another name
 * than the heading's (two capitalised words, after "The"): "# Ocean Law"
 * over "The Ocean Data Act sets … . This law …" has two candidates for
 * "this law", and the card names neither. Read from its bytes: no
 * tokens are cut again. */
static gboolean
rival_before (const Ctx  *ctx,
              const Sent *s)
{
  const char *p = ctx->prev.p, *end = ctx->prev.end, *name = bare (ctx->heading_name);
  guint caps = 0;

  if (p == NULL || ctx->prev.block != s->block || s->first)
    return FALSE;
  if (end - p > 4 && ds_ascii_strncasecmp (p, "the ", 4) == 0)
    p += 4;
  if ((gsize) (end - p) >= strlen (name) && ds_ascii_strncasecmp (p, name, strlen (name)) == 0)
    return FALSE;
  for (const char *w = p; w < end && caps < 2; caps++)
    {
      if (!g_ascii_isupper (*w))
        break;
      while (w < end && *w != ' ')
        w++;
      w++;
    }
  return caps >= 2;
}

/* Whether @t is "negara", "country" (phrase list country_head). */
static gboolean
noun_is_country (Ctx        *ctx,
                 const Sent *s,
                 guint       k)
{
  return k < s->n && s->toks[k].type == TOK_WORD && _ds_phrase_at (ctx, s, k, PL_COUNTRY_HEAD) == 1;
}

/* Whether the subject before @k ends there: a verb, an auxiliary or an
 * aside's comma follows, maybe after an adverb ("The network now counts
 * …", "This group also includes …"); an English verb the lexicon does
 * not know is told by its "-s" (present_verb()). */
static gboolean
verb_follows (const Sent *s,
              guint       k)
{
  if (k + 1 < s->n && (s->toks[k].flags & W_ADV) && !s->toks[k].verb)
    k++;
  return k + 1 < s->n && (s->toks[k].verb || (s->toks[k].flags & W_AUX) || _ds_tok_is_punct (&s->toks[k], ',') ||
                          (k >= 2 && present_verb (s, k - 2, k)));
}

/* "Pada 2017 pemerintah membentuk Badan Siber dan Sandi Negara. Lembaga
 * ini …", "Singapore adopted the Cybersecurity Strategy in 2016. This
 * policy …": a noun of a kind pointed at from @i ("lembaga ini", "this
 * policy", "the forum") stands for the one name of its kind the two
 * sentences before wrote, whatever its head and wherever it stood in
 * them, else for the heading's (_ds_kind_name_before()). Returns it,
 * *@end past the pointer; NULL with *@several set when they wrote two
 * ("kedua lembaga itu" is no one of them). */
static char *
kind_named (Ctx        *ctx,
            const Sent *s,
            guint       i,
            guint      *end,
            gboolean   *several)
{
  const Tok *t = &s->toks[i], *noun;
  char *name;

  *several = FALSE;
  if (i + 1 >= s->n || s->p < ctx->text || s->p >= ctx->text + ctx->text_len)
    return NULL;
  if (ctx->english)
    {
      noun = &s->toks[i + 1];
      if (!(_ds_tok_is (t, "the") || ((t->flags & W_ANAPHOR) && !_ds_tok_is (t, "that"))) || noun->cap ||
          noun->type != TOK_WORD || (i > 0 && (s->toks[i - 1].flags & (W_COUNT | W_QUANT))))
        return NULL;
      /* ("the policy makers", "the country's": no name, or its owner;
       * a subject is read as one before its verb.) */
      if (!verb_follows (s, i + 2))
        return NULL;
    }
  else
    {
      noun = t;
      /* ("Kementerian Luar Negeri ini": the noun ends a name.) */
      if (t->type != TOK_WORD || !(s->toks[i + 1].flags & W_ANAPHOR) || (i > 0 && t->cap && s->toks[i - 1].cap) ||
          (i > 0 && (s->toks[i - 1].type == TOK_NUMBER || (s->toks[i - 1].flags & (W_COUNT | W_QUANT | W_ORDINAL)))))
        return NULL;
    }
  if (possessive_len (noun) < noun->len)
    return NULL;
  name = _ds_kind_name_before (ctx, s->p, ctx->topic, noun->p, noun->len, several);
  if (name == NULL)
    return NULL;
  *end = i + 2;
  /* "the Cybersecurity Strategy"; a country has no article. */
  if (ctx->english && !noun_is_country (ctx, s, i + 1))
    {
      char *the = g_strconcat ("the ", name, NULL);

      g_free (name);
      return the;
    }
  return name;
}

char *
_ds_anaphor_at (Ctx        *ctx,
                const Sent *s,
                guint       i,
                guint      *end)
{
  const Tok *t = &s->toks[i];
  const char *name;
  char *named;
  guint n;

  if (i + 1 >= s->n)
    return NULL;
  /* "Kedua negara itu", "Both countries": the two names the last sentence
   * joined, not the name it began with. */
  if (ctx->pair != NULL && (n = _ds_phrase_at (ctx, s, i, PL_PAIR_ANAPHOR)) > 0 &&
      i + n < s->n && !_ds_tok_is_punct (&s->toks[i + 1], ',') &&
      _ds_pair_fits (ctx, s, i + 1, ctx->pair_country))
    {
      *end = i + n + ((s->toks[i + n].flags & W_ANAPHOR) ? 1 : 0);
      return g_strdup (ctx->pair);
    }
  {
    gboolean several;

    named = kind_named (ctx, s, i, end, &several);
    if (named != NULL || several)
      return named;
  }
  /* "The country", "Negara itu": a class noun stands for the name the
   * last sentence began with. */
  /* (Indonesian puts "itu" after its noun: "Sejak itu forum bertemu"
   * says "since then".) */
  if (ctx->subject != NULL && ctx->english && (_ds_tok_is (t, "the") || (t->flags & W_ANAPHOR)) &&
      _ds_phrase_at (ctx, s, i + 1, PL_CLASS_NOUN) == 1 && !s->toks[i + 1].cap && !subject_is_class (ctx) &&
      _ds_name_fits_kind (ctx, ctx->subject, s->toks[i + 1].p, s->toks[i + 1].len))
    {
      *end = i + 2;
      return g_strdup (ctx->subject);
    }
  /* (English puts its demonstrative first: "a country that joined …"
   * opens a relative clause.) */
  if (!ctx->english && (s->toks[i + 1].flags & W_ANAPHOR) && ctx->subject != NULL &&
      _ds_phrase_at (ctx, s, i, PL_CLASS_NOUN) == 1 &&
      !subject_is_class (ctx) && _ds_name_fits_kind (ctx, ctx->subject, t->p, t->len))
    {
      *end = i + 2;
      return g_strdup (bare (ctx->subject));
    }
  /* "The council", "This forum" */
  if (ctx->english && (_ds_tok_is_article (t) || (t->flags & W_ANAPHOR)) && !s->toks[i + 1].cap &&
      (name = headed_by (ctx, &s->toks[i + 1])) != NULL && !(name == ctx->heading_name && rival_before (ctx, s)))
    {
      *end = i + 2;
      return possessive_len (&s->toks[i + 1]) < s->toks[i + 1].len ? g_strconcat (name, "'s", NULL)
                                                                   : g_strdup (name);
    }
  /* "Forum ini", "Dewan tersebut" */
  if (!ctx->english && (s->toks[i + 1].flags & W_ANAPHOR) && (name = headed_by (ctx, t)) != NULL &&
      !(name == ctx->heading_name && rival_before (ctx, s)))
    {
      *end = i + 2;
      return g_strdup (bare (name));
    }
  if ((named = person_at (ctx, s, i, end)) != NULL)
    return named;
  if (ctx->subject == NULL)
    return NULL;
  /* "It has …", "It was set up …"; "Ia dibentuk …", where "ia" may
   * stand for a person as well (facts6_either_pronoun): only when the
   * sentence before named no other. */
  if (((n = _ds_phrase_at (ctx, s, i, PL_THING_PRONOUN)) > 0 ||
       ((n = _ds_phrase_at (ctx, s, i, PL_FACTS6_EITHER_PRONOUN)) > 0 && !ctx->subject_rival)) &&
      (s->toks[i + n].verb || (s->toks[i + n].flags & W_AUX)))
    {
      *end = i + n;
      return g_strdup (ctx->subject);
    }
  /* "Its secretariat …" */
  if ((n = _ds_phrase_at (ctx, s, i, PL_THING_POSSESSIVE)) > 0 && _ds_tok_nounish (&s->toks[i + n]))
    {
      *end = i + n;
      return g_strconcat (ctx->subject, "\xE2\x80\x99s", NULL);
    }
  /* "Kegiatan utamanya mencakup …", "Sumber dananya …" → "Kegiatan utama
   * DKLN …": the suffix closes a two-word noun phrase; not the "-nya" of
   * an adverb ("Kompromi akhirnya dicapai …", "Pertemuan itu tampaknya
   * …": phrase list nya_adverb), which owns nothing. */
  if (!ctx->english && t->type == TOK_WORD && _ds_clause_start (s, i) == i && (i == 0 || !t->cap) &&
      !_ds_tok_ends_nya (t) && !t->verb && _ds_tok_nounish (t) &&
      !(t->flags & (W_FUNCTION | W_PRONOUN | W_QUANT | W_COUNT | W_COUNTRY)) &&
      _ds_tok_ends_nya (&s->toks[i + 1]) && !s->toks[i + 1].verb && s->toks[i + 1].len > 5 &&
      !(s->toks[i + 1].flags & (W_CONNECTIVE | W_ADV | W_FUNCTION)) && _ds_phrase_at (ctx, s, i + 1, PL_NYA_ADVERB) == 0)
    {
      *end = i + 2;
      return g_strdup_printf ("%.*s %.*s %s", (int) t->len, t->p, (int) s->toks[i + 1].len - 3,
                              s->toks[i + 1].p, bare (ctx->subject));
    }
  /* "Sekretariatnya berada …" → "Sekretariat DKLN berada …" */
  if (_ds_tok_ends_nya (t) && _ds_tok_nounish (t) && !(t->flags & (W_CONNECTIVE | W_ADV)) &&
      t->len > 5 && _ds_phrase_at (ctx, s, i, PL_NYA_ADVERB) == 0)
    {
      *end = i + 1;
      return g_strdup_printf ("%.*s %s", (int) t->len - 3, t->p, bare (ctx->subject));
    }
  return NULL;
}

/* 'Konsep "kedaulatan data", yaitu …', 'The term "cable diplomacy" was
 * coined …': a quoted term, alone or after a label, opens the clause and
 * ends at @hi; its words between the marks in *@a, *@b. */
gboolean
_ds_labelled_quote (Ctx        *ctx,
                    const Sent *s,
                    guint       hi,
                    guint      *a,
                    guint      *b)
{
  guint open, c;

  if (hi < 3 || !_ds_tok_is_quote (&s->toks[hi - 1]))
    return FALSE;
  for (open = hi - 2; open > 0 && hi - open < 10 && !_ds_tok_is_quote (&s->toks[open]); open--)
    ;
  if (!_ds_tok_is_quote (&s->toks[open]) || open + 2 > hi - 1)
    return FALSE;
  c = _ds_clause_start (s, open);
  if (c < open && _ds_tok_is (&s->toks[c], "the"))
    c++;
  if (c < open && c + _ds_phrase_at (ctx, s, c, PL_TERM_LABEL) != open)
    return FALSE;
  *a = open + 1;
  *b = hi - 1;
  return TRUE;
}
