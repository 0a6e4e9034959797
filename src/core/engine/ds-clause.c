/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One reader of a sentence's main clause, for every rule: the opening
 * before the subject ("Namun,", "Pada 2019,", "In practice,"), the
 * subject, the verb group (auxiliaries, negation, modals, the adverbs
 * inside it: "kemudian", "juga", "then", "also") and its head verb, what
 * follows it, where the first subordinate clause starts, and the asides
 * that real prose puts anywhere in it: a citation "(2004: 7)", a
 * cross-reference "(lihat Bab 2)", a speaker ", kata X,", a hedge
 * "pada dasarnya". A rule that reads a shape token by token breaks on
 * an aside; the frame reads a sentence no rule took again without them
 * (ds-claims.c), so each rule sees through them without knowing them.
 *
 * Cue words are phrase lists of the language's data: clause_drop_adverb,
 * clause_additive_adverb, clause_additive_frame, clause_xref,
 * clause_cite_word, clause_attrib, clause_subordinate; and the lists
 * hedge, defs_speaker_aside, defs_crossref_aside, defs_claim_aside the
 * definitions' rules read.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* Tokens a bracketed aside and a comma's aside hold at most. */
#define BRACKET_MAX_TOKENS 14
#define COMMA_ASIDE_MAX_TOKENS 8
/* Words a phrase of scope or time between a subject and its verb takes
 * at most (", in the most general sense,"). */
#define SCOPE_ASIDE_MAX_WORDS 6
/* Words a speaker's name takes at most (", kata juru bicara Kemlu,"). */
#define SPEAKER_MAX_WORDS 4
/* Tokens an opening setting takes before its comma. */
#define OPENING_MAX_TOKENS 8
/* Tokens a subject takes at most before its verb group. */
#define SUBJECT_MAX_TOKENS 14

/* Where the text of a subject [a, b) ends: @b when it stands on its
 * own; before its demonstrative when an Indonesian one closes it after
 * three words of its noun ("Sengketa perbatasan laut itu", "Kerja sama
 * sungai tersebut"), which name it as "the" does in English ("the
 * maritime border dispute"); 0 when it is no subject a card can name
 * ("Kebijakan tersebut", "Kerja sama itu", "Hal ini"). */
guint
_ds_subject_end (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  guint d = b - 1;

  if (ctx->english || b <= a || s->toks[d].type != TOK_WORD || !(s->toks[d].flags & W_ANAPHOR))
    return _ds_side_ok (s, a, b) ? b : 0;
  /* "lembaga semacam ini": of that kind, no noun named. */
  if (b < a + 4 || _ds_phrase_at (ctx, s, d - 1, PL_DEIXIS) > 0 ||
      _ds_phrase_at (ctx, s, d - 1, PL_ARGUE_POINTED_KIND) > 0)
    return 0;
  for (guint k = a; k < d; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb || (s->toks[k].flags & (W_FUNCTION | W_PRONOUN)) ||
        _ds_tok_ends_nya (&s->toks[k]))
      {
        /* "Embargo terhadap pulau itu": a preposition inside. */
        if (k > a && k + 1 < d && (s->toks[k].flags & W_PREP) && !(s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)))
          continue;
        return 0;
      }
  return _ds_side_ok (s, a, d) ? d : 0;
}

/* "in this essay", "dalam tulisan ini", "throughout this paper": a
 * preposition and the text naming itself (phrase list text_anchor) from
 * @i; its length in tokens, else 0. */
guint
_ds_text_scope_at (Ctx        *ctx,
                   const Sent *s,
                   guint       i)
{
  guint n;

  if (i + 2 >= s->n || !(_ds_tok_is (&s->toks[i], "in") || _ds_tok_is (&s->toks[i], "dalam") ||
                         _ds_tok_is (&s->toks[i], "di") || _ds_tok_is (&s->toks[i], "throughout")) ||
      (n = _ds_phrase_at (ctx, s, i + 1, PL_TEXT_ANCHOR)) == 0)
    return 0;
  return 1 + n;
}

/* Where the sentence's clause starts past its links ("Namun,", "Selain
 * itu,"), or G_MAXUINT when something else comes first. */
guint
_ds_clause_opening (const Sent *s)
{
  guint k = 0;

  while (k < s->n && ((s->toks[k].flags & W_CONNECTIVE) || _ds_tok_is_punct (&s->toks[k], ',')))
    k++;
  return k < s->n ? k : G_MAXUINT;
}

/* Rounds of a lead: a label and a link after it ("Key point — in
 * addition, …"). */
#define LEAD_MAX_ROUNDS 2

/* Whether @t is a dash that closes a label ("Key point —", "Poin penting
 * –", "Note -"). */
static gboolean
label_dash (const Tok *t)
{
  return _ds_tok_is_punct (t, 0x2014) || _ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, '-');
}

/* Where what stands before the sentence's subject ends, for every rule
 * to read the sentence from its subject on (ds-claims.c): a label closed
 * by a colon or a dash ("Key point —", "Note:", "Poin penting —"; phrase
 * list lead_label) and a link closed by its comma that only orders or
 * adds ("Second,", "Kedua,", "Selain itu,", "Moreover,", "Namun
 * demikian,"; phrase list sentence_lead) or hedges ("Pada dasarnya,",
 * "In essence,"; hedge). A link that says how the sentence follows from
 * the one before ("Therefore,", "Oleh karena itu,", "In short,";
 * cover_step_lead) stays: the cover and the reasons read it. 0 when no
 * lead stands there, or when no clause of its own follows (a word and
 * three tokens at least). */
guint
_ds_clause_lead_end (Ctx        *ctx,
                     const Sent *s)
{
  guint end = _ds_body_end (s), k = 0, n;

  for (guint round = 0; round < LEAD_MAX_ROUNDS && k < end; round++)
    {
      if ((n = _ds_phrase_at (ctx, s, k, PL_LEAD_LABEL)) > 0 && k + n < end &&
          (_ds_tok_is_punct (&s->toks[k + n], ':') || label_dash (&s->toks[k + n])))
        {
          k += n + 1;
          continue;
        }
      /* "Recommendation 1:", "Rekomendasi 2:": a label of advice, a
       * number after it (phrase list lead_label_advice). */
      if (k == 0 && (n = _ds_phrase_at (ctx, s, k, PL_LEAD_LABEL_ADVICE)) > 0 && k + n + 1 < end &&
          s->toks[k + n].type == TOK_NUMBER && _ds_tok_is_punct (&s->toks[k + n + 1], ':'))
        {
          k += n + 2;
          continue;
        }
      /* "Stress that …", "Tekankan bahwa …": a presenter's note to
       * himself on how to say what follows. */
      if ((n = _ds_phrase_at (ctx, s, k, PL_PRESENTER_LEAD)) > 0)
        {
          k += n;
          continue;
        }
      if (_ds_phrase_at (ctx, s, k, PL_COVER_STEP_LEAD) > 0)
        break;
      n = _ds_phrase_at (ctx, s, k, PL_SENTENCE_LEAD);
      if (n == 0 && _ds_sent_may_start (s, HOT_HEDGE))
        n = _ds_phrase_at (ctx, s, k, PL_HEDGE);
      if (n == 0 || k + n >= end || !_ds_tok_is_punct (&s->toks[k + n], ','))
        break;
      k += n + 1;
    }
  if (k == 0 || k + 3 > end || s->toks[k].type != TOK_WORD)
    return 0;
  return k;
}

/* Words a source's name takes at most in an attribution lead. */
#define LEAD_WHO_MAX_WORDS 6

/* "Menurut Farrell (2019: 7),", "Sebagaimana dikemukakan oleh Nye
 * (2012),", "Seperti dijelaskan Sukma,", "According to the ministry,",
 * "As noted by Nye (2004),", "As Nye notes,": who holds what the
 * sentence says, before its subject (phrase lists clause_attrib and, after
 * "as" and a name, clause_as_verb). Where the lead ends (past its comma),
 * the name in [@who_a, @who_b) and, inside it, a citation's bracket in
 * [@cite_a, @cite_b) (empty when none); 0 when no such lead stands
 * there. A hedge ("menurut hemat saya") is no source. */
guint
_ds_clause_attribution_end (Ctx        *ctx,
                            const Sent *s,
                            guint      *who_a,
                            guint      *who_b,
                            guint      *cite_a,
                            guint      *cite_b)
{
  guint end = _ds_body_end (s), k, n, words = 0, verb = 0;
  gboolean capital, school;

  *cite_a = *cite_b = 0;
  if (s->n_commas == 0 || end < 6 || (_ds_sent_may_start (s, HOT_HEDGE) && _ds_phrase_at (ctx, s, 0, PL_HEDGE) > 0))
    return 0;
  n = _ds_sent_may_start (s, HOT_CLAUSE_ATTRIB) ? _ds_phrase_at (ctx, s, 0, PL_CLAUSE_ATTRIB) : 0;
  if (n == 0 && !(ctx->english && _ds_tok_is (&s->toks[0], "as") && s->toks[1].cap))
    return 0;
  k = n > 0 ? n : 1;
  if (k < end && (_ds_tok_is (&s->toks[k], "oleh") || _ds_tok_is (&s->toks[k], "by")))
    k++;
  *who_a = k;
  for (; k < end && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, '(') && k > *who_a && *cite_a == 0)
        {
          *cite_a = k;
          while (k < end && !_ds_tok_is_punct (&s->toks[k], ')'))
            k++;
          if (k >= end)
            return 0;
          *cite_b = k + 1;
          continue;
        }
      /* "As Nye notes,", "As Keohane (1984) argued,": the verb closes
       * the name. */
      if (n == 0 && k > *who_a && _ds_phrase_at (ctx, s, k, PL_CLAUSE_AS_VERB) > 0)
        {
          verb = k;
          k += _ds_phrase_at (ctx, s, k, PL_CLAUSE_AS_VERB);
          if (k < end && (_ds_tok_is (&s->toks[k], "it") || _ds_tok_is (&s->toks[k], "us")))
            k++;
          break;
        }
      /* ("Farrell dan Newman", "Farrell and Newman": two authors.) */
      if (t->type != TOK_WORD || ++words > LEAD_WHO_MAX_WORDS || (t->flags & W_PRONOUN) ||
          ((t->flags & W_CONJ) && !(k > *who_a && s->toks[k - 1].cap && k + 1 < end && s->toks[k + 1].cap)) ||
          (t->verb && !t->cap) || *cite_b > 0)
        return 0;
    }
  *who_b = *cite_a > 0 ? *cite_a : (verb > 0 ? verb : k);
  if ((n == 0 && verb == 0) || words == 0 || k + 4 > end || !_ds_tok_is_punct (&s->toks[k], ',') ||
      s->toks[k + 1].type != TOK_WORD)
    return 0;
  /* "Menurut Buck di dalam bukunya,": the name ends before a phrase in
   * lower case that says where ("of Governmental Experts" goes on). */
  for (guint i = *who_a + 1; i + 1 < *who_b; i++)
    if ((s->toks[i].flags & W_PREP) && s->toks[i - 1].cap && !s->toks[i + 1].cap)
      {
        *who_b = i;
        break;
      }
  /* "Menurut kementerian,", "Menurut laporan tahunan sebuah lembaga
   * kajian,": a source no capital names is asked as its view or names
   * nobody a question can name; "According to constructivism,": a
   * school's view is the held views' (ds-claims-sources.c). Neither is
   * left out. */
  capital = school = FALSE;
  for (guint i = *who_a; i < *who_b; i++)
    {
      const Tok *w = &s->toks[i];

      capital |= w->cap;
      school |= w->len > 5 && (ds_ascii_strncasecmp (w->p + w->len - 3, "ism", 3) == 0 ||
                               ds_ascii_strncasecmp (w->p + w->len - 4, "isme", 4) == 0);
    }
  if (!capital || school)
    return 0;
  return k + 1;
}

/* Where the clause that holds token @i starts: after a comma, semicolon
 * or colon, and after a connective that opens it. */
guint
_ds_clause_start (const Sent *s,
                  guint       i)
{
  while (i > 0 && !_ds_tok_is_punct (&s->toks[i - 1], ',') &&
         !_ds_tok_is_punct (&s->toks[i - 1], ';') && !_ds_tok_is_punct (&s->toks[i - 1], ':'))
    i--;
  while (i < s->n && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  return i;
}

/* ------------------------------------------------------------------ */
/* Asides                                                              */

static void
add_aside (Clause      *c,
           guint        a,
           guint        b,
           ClauseAside  kind)
{
  if (c->n_asides >= CLAUSE_MAX_ASIDES)
    return;
  c->asides[c->n_asides].a = a;
  c->asides[c->n_asides].b = b;
  c->asides[c->n_asides].kind = kind;
  c->n_asides++;
}

/* The aside that holds token @k, or -1. */
static int
aside_at (const Clause *c,
          guint         k)
{
  for (guint i = 0; i < c->n_asides; i++)
    if (k >= c->asides[i].a && k < c->asides[i].b)
      return (int) i;
  return -1;
}

/* A year a citation gives: four digits from 1500 to 2099, perhaps with a
 * letter ("2004a" is cut as the number and a word). */
static gboolean
year_tok (const Tok *t)
{
  guint y;

  if (t->type != TOK_NUMBER || t->len != 4)
    return FALSE;
  y = (guint) g_ascii_strtoull (t->p, NULL, 10);
  return y >= 1500 && y <= 2099;
}

/* Words of a name a year alone in brackets may follow. */
#define CITED_NAME_MAX_WORDS 4

/* Whether the words before the bracket at @open name whom a year alone
 * in it cites: a person's name in capitals ("Tanaka (1995)", "Nye dan
 * Keohane (1977)", "Farouk et al. (2017)"), not a place, a body, a
 * meeting or a law, whose year dates it ("Kongres Wina (1815)", "the
 * Congress of Vienna (1815)", "di Ethiopia Al Busri (2021)", "the
 * statistics office (2020)"); after a preposition only after the
 * agent's ("oleh", "by"). */
static gboolean
cited_name_before (Ctx        *ctx,
                   const Sent *s,
                   guint       open)
{
  guint k = open, words = 0;

  if (k >= 2 && _ds_tok_is_punct (&s->toks[k - 1], '.') &&
      (_ds_tok_is (&s->toks[k - 2], "al") || _ds_tok_is (&s->toks[k - 2], "dkk")))
    return TRUE;
  while (k > 0 && words < CITED_NAME_MAX_WORDS)
    {
      const Tok *t = &s->toks[k - 1];

      if (t->type != TOK_WORD || (!t->cap && !(words > 0 && (t->flags & W_CONJ) && k >= 2 && s->toks[k - 2].cap)))
        break;
      if ((t->flags & (W_COUNTRY | W_GOV | W_LAW | W_EVENT | W_CATEGORY)) ||
          _ds_phrase_at (ctx, s, k - 1, PL_BODY_HEAD) > 0 ||
          _ds_phrase_at (ctx, s, k - 1, PL_FACTS3_EVENT_NOUN) > 0)
        return FALSE;
      words++;
      k--;
    }
  if (words == 0 || (k > 0 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap && words >= CITED_NAME_MAX_WORDS))
    return FALSE;
  return k == 0 || !(s->toks[k - 1].flags & W_PREP) || _ds_tok_is (&s->toks[k - 1], "by") ||
         _ds_tok_is (&s->toks[k - 1], "oleh") || _ds_tok_is (&s->toks[k - 1], "menurut");
}

/* Whether the tokens (@open, @close) inside a bracket cite a work: a
 * year, and besides it only names in capitals, numbers (a page), the
 * punctuation of a reference and its short words ("hlm.", "p.", "et al.",
 * "dkk."; phrase list clause_cite_word). "(Rp1,2 triliun)", "(sekitar
 * 2019)", "(1)", "(BSSN)" are the sentence's content. */
static gboolean
citation_inside (Ctx        *ctx,
                 const Sent *s,
                 guint       open,
                 guint       close)
{
  gboolean year = FALSE, named = FALSE, page = FALSE;

  for (guint k = open + 1; k < close; k++)
    {
      const Tok *t = &s->toks[k];

      if (year_tok (t))
        year = TRUE;
      else if (t->type == TOK_NUMBER)
        {
          /* "(2004: 7)", "(Nye, 2004, hlm. 7)": a page after the year. */
          if (!year)
            return FALSE;
          page = TRUE;
        }
      else if (t->type == TOK_PUNCT)
        {
          if (t->ch != ',' && t->ch != ':' && t->ch != '.' && t->ch != ';' && t->ch != '&' &&
              t->ch != '-' && t->ch != 0x2013)
            return FALSE;
        }
      else if (t->type != TOK_WORD)
        return FALSE;
      else if (_ds_phrase_at (ctx, s, k, PL_CLAUSE_CITE_WORD) > 0)
        page = TRUE;
      /* A name, and its year's letter ("2004a"). */
      else if (t->len == 1 && k > open + 1 && year_tok (&s->toks[k - 1]))
        ;
      else if (!t->cap || (t->flags & (W_CURRENCY | W_UNIT | W_MAGNITUDE)))
        return FALSE;
      else
        named = TRUE;
    }
  /* "(Nye, 2004)", "(2004: 7)", "(2015, hlm. 45)": a name or a page
   * makes it a reference; a year alone cites only after a person's
   * name. */
  return year && (named || page || cited_name_before (ctx, s, open));
}

/* "(2004)", "(Nye, 2004: 7)", "[3]", "(lihat Bab 2)", "(see Box 1)": a
 * bracket at @open that cites or points elsewhere. Its close, or 0. */
static guint
bracket_aside (Ctx        *ctx,
               const Sent *s,
               guint       open,
               guint       end,
               ClauseAside *kind)
{
  gunichar close_ch = s->toks[open].ch == '(' ? ')' : ']';
  guint close;

  for (close = open + 1; close < end && close <= open + BRACKET_MAX_TOKENS; close++)
    if (s->toks[close].type == TOK_PUNCT &&
        (s->toks[close].ch == close_ch || s->toks[close].ch == '(' || s->toks[close].ch == '['))
      break;
  if (close >= end || close > open + BRACKET_MAX_TOKENS || s->toks[close].ch != close_ch || close == open + 1 ||
      open == 0)
    return 0;
  /* "[3]": a note's number. */
  if (close_ch == ']' && close == open + 2 && s->toks[open + 1].type == TOK_NUMBER && s->toks[open + 1].len <= 3)
    {
      *kind = CLAUSE_ASIDE_CITATION;
      return close;
    }
  if (_ds_phrase_at (ctx, s, open + 1, PL_CLAUSE_XREF) > 0 && close > open + 2)
    {
      *kind = CLAUSE_ASIDE_XREF;
      return close;
    }
  if (citation_inside (ctx, s, open, close))
    {
      *kind = CLAUSE_ASIDE_CITATION;
      return close;
    }
  return 0;
}

/* Whether words [a, b) may name who speaks: one to SPEAKER_MAX_WORDS
 * words, no verb among them, no clause's joint. */
static gboolean
speaker_words (const Sent *s,
               guint       a,
               guint       b)
{
  if (b <= a || b - a > SPEAKER_MAX_WORDS)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || (t->flags & (W_CONJ | W_RELATIVE | W_THAT | W_CUE_DEF | W_AUX | W_CLAUSE)) ||
          (t->verb && !t->cap))
        return FALSE;
    }
  return TRUE;
}

static gboolean verbish (const Tok *t);

/* "Power, in the most general sense, is …", "Diplomasi, dalam praktik
 * sehari-hari, berarti …", "The agency, for its part, publishes …",
 * "ASEAN, since 2018, has …": words between two commas, after the
 * subject and before its verb group, that a preposition or an adverb
 * opens and no verb, clause or joint is in, say how far or when the
 * sentence holds; the sentence says the same of its subject without
 * them. The verb group must follow at once (an adverb before it maybe):
 * an aside is no list's item nor a name's apposition then. One that
 * turns to a claim (", in practice,") is the definition rules' to read. */
static gboolean
scope_aside (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  guint v = b + 1;

  /* (", in practice,", ", pada akhirnya,": the phrase list
   * defs_claim_aside turns to what the sentence claims.) */
  if (a < 2 || b <= a || b - a > SCOPE_ASIDE_MAX_WORDS || !(s->toks[a].flags & (W_PREP | W_ADV | W_CONNECTIVE)) ||
      s->toks[a - 2].type != TOK_WORD || _ds_phrase_at (ctx, s, a, PL_DEFS_CLAIM_ASIDE) > 0)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      /* (", however,", ", though,": one connective alone turns the
       * sentence against the one before; it opens no clause there.) */
      if ((t->type != TOK_WORD && t->type != TOK_NUMBER) || verbish (t) ||
          ((t->flags & W_CLAUSE) && !(b == a + 1 && (t->flags & W_CONNECTIVE))) ||
          (t->flags & (W_THAT | W_CONJ | W_CUE_EXAMPLE | W_PRONOUN)) ||
          /* (Indonesian "yang" makes nouns: "dalam arti yang paling umum".) */
          (ctx->english && (t->flags & W_RELATIVE)))
        return FALSE;
    }
  /* "Critics note, however, that …": one connective alone between a
   * verb of saying and the "that" of what is said. */
  if (b == a + 1 && (s->toks[a].flags & W_CONNECTIVE) && (s->toks[a - 2].flags & W_REPORT) && !s->toks[a - 2].cap &&
      v < s->n && (s->toks[v].flags & W_THAT))
    return TRUE;
  while (v < s->n && s->toks[v].type == TOK_WORD && (s->toks[v].flags & W_ADV) && !verbish (&s->toks[v]) && v < b + 3)
    v++;
  /* ("Critics, however, point out that …": a verb and its particle.) */
  return v < s->n && (verbish (&s->toks[v]) || _ds_phrase_at (ctx, s, v, PL_VIEW_VERB_PARTICLE) > 0);
}

/* "Kenya, for instance, piloted …", "Vietnam, misalnya, mewajibkan …":
 * the marker of an example alone between two commas (phrase list
 * clause_example_aside), after a word and before the verb group (an
 * adverb before it maybe), says that the subject is one case of what the
 * text said before; what the sentence says of its subject holds without
 * it. (", for example Kenya and Ghana," names the cases: no aside.) */
gboolean
_ds_example_aside (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       b)
{
  guint n, v = b + 1;

  if (a < 2 || s->toks[a - 2].type != TOK_WORD || (n = _ds_phrase_at (ctx, s, a, PL_CLAUSE_EXAMPLE_ASIDE)) == 0 ||
      a + n != b)
    return FALSE;
  while (v < s->n && s->toks[v].type == TOK_WORD && (s->toks[v].flags & W_ADV) && !verbish (&s->toks[v]) && v < b + 3)
    v++;
  /* ("Critics, however, point out that …": a verb and its particle.) */
  return v < s->n && (verbish (&s->toks[v]) || _ds_phrase_at (ctx, s, v, PL_VIEW_VERB_PARTICLE) > 0);
}

/* ", commonly called CERTs,", ", known by its acronym GFRE,", ", yang
 * juga dikenal sebagai …,": whether the words between two commas (@a,
 * @b) give another name (the phrase list alias_aside_opener), four
 * words at most. */
gboolean
_ds_alias_aside (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  guint n = _ds_phrase_at (ctx, s, a, PL_ALIAS_ASIDE_OPENER);

  return n > 0 && a + n < b && b - a - n <= 4;
}

/* What the words between two commas (@a, @b) are, if an aside: a
 * speaker (", kata Bu Ratna,", ", Okafor says,", ", says Okafor,", ",
 * menurut Nye,"), a hedge (", pada dasarnya,", ", in essence,"; another
 * name too, ", also known as …,") or a pointer back (", sebagaimana
 * dibahas di Bab 2,", ", as noted above,"). */
static gboolean
comma_aside (Ctx         *ctx,
             const Sent  *s,
             guint        a,
             guint        b,
             guint        inner,
             ClauseAside *kind)
{
  guint n;

  if (_ds_sent_may_start (s, HOT_HEDGE) && (n = _ds_phrase_at (ctx, s, a, PL_HEDGE)) > 0 && a + n == b)
    {
      *kind = CLAUSE_ASIDE_HEDGE;
      return TRUE;
    }
  if ((n = _ds_phrase_at (ctx, s, a, PL_DEFS_CROSSREF_ASIDE)) > 0 && a + n + 5 >= b)
    {
      *kind = CLAUSE_ASIDE_XREF;
      return TRUE;
    }
  if (scope_aside (ctx, s, a, b))
    {
      *kind = CLAUSE_ASIDE_HEDGE;
      return TRUE;
    }
  if (_ds_alias_aside (ctx, s, a, b))
    {
      *kind = CLAUSE_ASIDE_HEDGE;
      return TRUE;
    }
  if (_ds_example_aside (ctx, s, a, b))
    {
      *kind = CLAUSE_ASIDE_HEDGE;
      return TRUE;
    }
  *kind = CLAUSE_ASIDE_SPEAKER;
  if ((n = _ds_phrase_at (ctx, s, a, PL_CLAUSE_ATTRIB)) > 0 && a + n < b &&
      b - a - n - inner <= SPEAKER_MAX_WORDS + 1)
    return TRUE;
  /* ", as Wendt framed it,", ", as Keohane (1984) argues,": "as", who
   * says it and a verb of saying (the phrase list clause_as_verb), maybe
   * "it"; a citation inside. */
  if (ctx->english && inner == 0 && _ds_tok_is (&s->toks[a], "as") && b > a + 2)
    {
      guint v = b - (_ds_tok_is (&s->toks[b - 1], "it") ? 1 : 0);

      for (guint k = a + 2; k < v; k++)
        if ((n = _ds_phrase_at (ctx, s, k, PL_CLAUSE_AS_VERB)) > 0 && k + n == v)
          return speaker_words (s, a + 1, k) && s->toks[a + 1].cap;
    }
  if (_ds_phrase_at (ctx, s, a, PL_DEFS_SPEAKER_ASIDE) == 1 && speaker_words (s, a + 1, b))
    return TRUE;
  /* ", Okafor says,", ", the minister said,": English names the speaker
   * first. */
  return ctx->english && b > a + 1 && _ds_phrase_at (ctx, s, b - 1, PL_DEFS_SPEAKER_ASIDE) == 1 &&
         speaker_words (s, a, b - 1);
}

/* The asides of [@from, @end) closed off by commas or brackets. */
static void
find_asides (Ctx        *ctx,
             const Sent *s,
             guint       end,
             Clause     *c)
{
  for (guint k = 1; k + 1 < end; k++)
    {
      const Tok *t = &s->toks[k];
      ClauseAside kind;
      guint close, inner;

      if (t->type != TOK_PUNCT)
        continue;
      if ((t->ch == '(' || t->ch == '[') && (close = bracket_aside (ctx, s, k, end, &kind)) > 0)
        {
          add_aside (c, k, close + 1, kind);
          k = close;
          continue;
        }
      if (t->ch != ',')
        continue;
      /* ", sebagaimana dirumuskan Keohane (1984: 85),": a citation
       * inside the aside counts for none of its words. */
      inner = 0;
      for (close = k + 1; close < end && close <= k + COMMA_ASIDE_MAX_TOKENS + inner; close++)
        {
          ClauseAside cited;
          guint shut;

          if (s->toks[close].type != TOK_PUNCT || s->toks[close].ch == '.')
            continue;
          if (s->toks[close].ch == '(' && (shut = bracket_aside (ctx, s, close, end, &cited)) > 0 &&
              cited == CLAUSE_ASIDE_CITATION)
            {
              inner += shut + 1 - close;
              close = shut;
              continue;
            }
          break;
        }
      if (close < end && close > k + 1 && close <= k + COMMA_ASIDE_MAX_TOKENS + inner &&
          _ds_tok_is_punct (&s->toks[close], ',') && comma_aside (ctx, s, k + 1, close, inner, &kind))
        {
          /* The commas go with it: "Kabar burung, kata Bu Ratna, adalah
           * …" reads "Kabar burung adalah …". */
          add_aside (c, k, close + 1, kind);
          k = close;
        }
    }
}

/* ------------------------------------------------------------------ */
/* The clause                                                          */

/* A word that heads a verb group: a verb, a copula, a verb of defining
 * or reporting. */
static gboolean
verbish (const Tok *t)
{
  return t->type == TOK_WORD &&
         ((t->verb && !t->cap) || (t->flags & (W_VERB | W_CUE_DEF | W_DEFINE_VERB | W_REPORT | W_AUX)));
}

/* Where the opening ends: links ("Namun,"), a hedge or a setting closed
 * by its comma ("Pada dasarnya,", "Pada 2019,", "In practice,",
 * "Dalam praktiknya,"), which holds no verb. */
static guint
opening_end (Ctx        *ctx,
             const Sent *s,
             guint       end,
             Clause     *c)
{
  guint k = 0;

  for (guint round = 0; round < 2; round++)
    {
      guint m, n, from;

      while (k < end && ((s->toks[k].flags & W_CONNECTIVE) || _ds_tok_is_punct (&s->toks[k], ',')))
        k++;
      if (k >= end || s->toks[k].type != TOK_WORD)
        break;
      /* "Selain Jepang,", "Karena itu,": a link that opens a setting. */
      from = k > 0 && (s->toks[k - 1].flags & W_CONNECTIVE) ? k - 1 : k;
      n = _ds_sent_may_start (s, HOT_HEDGE) ? _ds_phrase_at (ctx, s, k, PL_HEDGE) : 0;
      if (n > 0 && k + n < end && _ds_tok_is_punct (&s->toks[k + n], ','))
        {
          add_aside (c, k, k + n + 1, CLAUSE_ASIDE_HEDGE);
          k += n + 1;
          continue;
        }
      if (from == k && !(s->toks[k].flags & W_PREP) && _ds_phrase_at (ctx, s, k, PL_DEFS_CLAIM_ASIDE) == 0 &&
          _ds_phrase_at (ctx, s, k, PL_CLAUSE_ATTRIB) == 0 &&
          _ds_phrase_at (ctx, s, k, PL_CLAUSE_ADDITIVE_FRAME) == 0)
        break;
      for (m = from + 1; m < end && m <= from + OPENING_MAX_TOKENS; m++)
        if (s->toks[m].type == TOK_PUNCT || (verbish (&s->toks[m]) && !(s->toks[m].flags & W_PREP)))
          break;
      if (m >= end || m > from + OPENING_MAX_TOKENS || !_ds_tok_is_punct (&s->toks[m], ','))
        break;
      k = m + 1;
    }
  return k;
}

/* Whether an adverb that adds ("juga", "pun", "also", "too") carries the
 * sentence's meaning: after "Selain X,", "Tidak hanya …", "Besides X,",
 * "Not only …" (phrase list clause_additive_frame) it says that the
 * subject is one more of a kind. */
static gboolean
additive_frame (Ctx        *ctx,
                const Sent *s,
                guint       before)
{
  return _ds_phrase_in (ctx, s, 0, before, PL_CLAUSE_ADDITIVE_FRAME);
}

/* Whether a hedge ("pada dasarnya", "in essence") starts at @k: its
 * words, else 0. */
static inline guint
hedge_at (Ctx        *ctx,
          const Sent *s,
          guint       k)
{
  return _ds_sent_may_start (s, HOT_HEDGE) ? _ds_phrase_at (ctx, s, k, PL_HEDGE) : 0;
}

/* Whether "juga", "also" may go before the head @t: a verb that
 * defines, names or reports ("Haryadi juga mengartikan X sebagai …", "X
 * juga disebut Y", "Okonkwo also described …") says the same without
 * it; before any other verb it says that the subject is one more that
 * did ("Vietnam juga menolak", "Korea also signed"), which a card
 * asking who did must not lose. */
static gboolean
additive_head (const Tok *t)
{
  return (t->flags & (W_DEFINE_VERB | W_CUE_DEF | W_REPORT | W_CUE_NAMING | W_ALIAS)) != 0;
}

/* "sejak akhir bulan lalu", "two years later": after a noun of time
 * (phrase list clause_time_noun) "lalu", "later" say when, inside the
 * phrase; no adverb of the verb group that a reading may leave out. */
static gboolean
after_time_noun (Ctx        *ctx,
                 const Sent *s,
                 guint       k)
{
  return k > 0 && s->toks[k - 1].type == TOK_WORD && _ds_phrase_at (ctx, s, k - 1, PL_CLAUSE_TIME_NOUN) == 1;
}

/* Reads @s's opening, subject, verb group, asides and the adverbs that
 * can go into @c; the object and where a subordinate clause starts are
 * _ds_clause_read()'s, which a reading that only leaves asides out does
 * not ask (ds-claims.c). */
void
_ds_clause_asides (Ctx        *ctx,
                   const Sent *s,
                   Clause     *c)
{
  guint end = _ds_body_end (s), k, stop;

  memset (c, 0, sizeof *c);
  c->head = G_MAXUINT;
  c->sub = end;
  if (end == 0)
    return;
  c->opening_end = opening_end (ctx, s, end, c);
  find_asides (ctx, s, end, c);

  /* The subject: up to the first word of a verb group outside an aside
   * ("Tanaka (1995: 7) kemudian mendefinisikan …"). */
  k = c->opening_end;
  c->subject = k;
  stop = MIN (end, k + SUBJECT_MAX_TOKENS);
  for (; k < stop; k++)
    {
      const Tok *t = &s->toks[k];
      int in = aside_at (c, k);

      if (in >= 0)
        {
          k = c->asides[in].b - 1;
          continue;
        }
      if (k > c->subject && (verbish (t) || (t->flags & W_ADV) || hedge_at (ctx, s, k) > 0 ||
                             (_ds_sent_may_start (s, HOT_CLAUSE_ADVERB) &&
                              _ds_phrase_at (ctx, s, k, PL_CLAUSE_DROP_ADVERB) > 0)) &&
          !after_time_noun (ctx, s, k))
        break;
      /* "Badan Siber dan Sandi Negara (BSSN)": a bracket that is no
       * aside belongs to the subject's name. */
      if (_ds_tok_is_punct (t, '(') && k > c->subject)
        {
          guint close = k + 1;

          while (close < stop && close <= k + 6 && !_ds_tok_is_punct (&s->toks[close], ')') &&
                 s->toks[close].type != TOK_PUNCT)
            close++;
          if (close < stop && _ds_tok_is_punct (&s->toks[close], ')'))
            {
              k = close;
              continue;
            }
        }
      if (t->type == TOK_PUNCT && t->ch != '-' && t->ch != '\'' && t->ch != 0x2019)
        break;
    }
  c->subject_end = k;
  while (c->subject_end > c->subject && aside_at (c, c->subject_end - 1) >= 0)
    c->subject_end = c->asides[aside_at (c, c->subject_end - 1)].a;

  /* The verb group: auxiliaries, adverbs, hedges and asides around the
   * head verb, the last verb-like word of the run. */
  c->group = c->group_end = k;
  if (k < stop)
    {
      for (; k < end; k++)
        {
          const Tok *t = &s->toks[k];
          int in = aside_at (c, k);
          guint n;

          if (in >= 0)
            {
              k = c->asides[in].b - 1;
              continue;
            }
          if ((n = hedge_at (ctx, s, k)) > 0)
            {
              add_aside (c, k, k + n, CLAUSE_ASIDE_HEDGE);
              k += n - 1;
              continue;
            }
          if (verbish (t))
            c->head = k;
          else if (!(t->flags & W_ADV) && !(_ds_sent_may_start (s, HOT_CLAUSE_ADVERB) &&
                                              _ds_phrase_at (ctx, s, k, PL_CLAUSE_DROP_ADVERB) > 0))
            break;
          /* "menolak keras usul itu": one verb heads the group; what
           * follows a verb that is no auxiliary is its object. */
          if (verbish (t) && !(t->flags & W_AUX) && k + 1 < end && !verbish (&s->toks[k + 1]))
            {
              k++;
              break;
            }
        }
      c->group_end = k;
    }
  if (c->head == G_MAXUINT)
    c->group_end = c->group;

  /* The adverbs of the group before its head that a reading may leave
   * out: "kemudian", "juga", "then", "also" (clause_drop_adverb), not an
   * additive one that carries the sentence ("Selain Jepang, Korea juga
   * …"). */
  if (c->head != G_MAXUINT && c->subject_end > c->subject && _ds_sent_may_start (s, HOT_CLAUSE_ADVERB))
    for (k = c->group; k < c->head && c->n_adverbs < CLAUSE_MAX_ADVERBS; k++)
      if (aside_at (c, k) < 0 && _ds_phrase_at (ctx, s, k, PL_CLAUSE_DROP_ADVERB) == 1 && !after_time_noun (ctx, s, k) &&
          !(_ds_phrase_at (ctx, s, k, PL_CLAUSE_ADDITIVE_ADVERB) > 0 &&
            (!additive_head (&s->toks[c->head]) || additive_frame (ctx, s, k))))
        c->adverbs[c->n_adverbs++] = k;
}

/* Reads @s's main clause into @c: _ds_clause_asides(), what follows the
 * verb group and where the first subordinate clause starts. */
void
_ds_clause_read (Ctx        *ctx,
                 const Sent *s,
                 Clause     *c)
{
  guint end = _ds_body_end (s), k;

  _ds_clause_asides (ctx, s, c);
  if (end == 0)
    return;

  /* The first subordinate clause after the head (or after the subject's
   * start), and the object before it. */
  for (k = c->head != G_MAXUINT ? c->head + 1 : c->subject + 1; k < end; k++)
    if (aside_at (c, k) < 0 && _ds_phrase_at (ctx, s, k, PL_CLAUSE_SUBORDINATE) > 0)
      {
        c->sub = k;
        break;
      }
  if (c->head != G_MAXUINT)
    {
      c->object = c->group_end;
      c->object_end = MAX (c->sub, c->object);
    }
  else
    c->object = c->object_end = G_MAXUINT;
}

/* The text of tokens [@a, @b) of @s as a question restates it: without
 * the asides and the droppable adverbs the reader of its main clause
 * finds there ("Pertemuan keempat bahkan ditunda" → "pertemuan keempat
 * ditunda", "Sari (2020: 7) kemudian menolak …" → "Sari menolak …"), its
 * first letter lowered as _ds_phrase_dup() does with @lower_first. */
char *
_ds_clause_text_dup (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b,
                     gboolean    lower_first)
{
  Clause c;
  GString *out;
  guint k = a;

  _ds_clause_asides (ctx, s, &c);
  out = g_string_new (NULL);
  while (k < b)
    {
      guint run = k;
      char *part;

      /* A run of kept tokens. */
      while (run < b && aside_at (&c, run) < 0)
        {
          gboolean adverb = FALSE;

          /* "bahkan ditunda", "kemudian menolak": before a verb only;
           * "too simple" says how simple. */
          for (guint i = 0; i < c.n_adverbs && !adverb; i++)
            adverb = c.adverbs[i] == run && run + 1 < b &&
                     (s->toks[run + 1].verb || (s->toks[run + 1].flags & (W_AUX | W_VERB)));
          if (adverb)
            break;
          run++;
        }
      if (run > k)
        {
          part = k == a ? _ds_phrase_dup (s, k, run, lower_first) : _ds_toks_dup (s, k, run);
          if (out->len > 0 && part[0] != ',' && part[0] != '.' && part[0] != ')')
            g_string_append_c (out, ' ');
          g_string_append (out, part);
          g_free (part);
        }
      /* Past the aside or the adverb. */
      if (run < b)
        {
          int in = aside_at (&c, run);

          k = in >= 0 ? MAX (run + 1, c.asides[in].b) : run + 1;
        }
      else
        k = run;
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* For the tests                                                       */

static void
describe_span (GString    *out,
               const Sent *s,
               const char *label,
               guint       a,
               guint       b)
{
  g_autofree char *text = a < b && b <= s->n ? _ds_toks_dup (s, a, b) : g_strdup ("");

  g_string_append_printf (out, "%s%s=[%s]", out->len > 0 ? " " : "", label, text);
}

/* @text's main clause as the reader sees it, one slot a field:
 * "opening=[…] subject=[…] group=[…] head=[…] object=[…] sub=[…]
 * aside=[…] … adverb=[…] …". For the tests (tests/test-clause.c). */
char *
_ds_clause_describe (gboolean    english,
                     const char *text)
{
  Ctx ctx = { 0 };
  Sent s;
  Clause c;
  GString *out = g_string_new (NULL);
  static const char * const kinds[] = { "citation", "xref", "speaker", "hedge" };

  ctx.english = english;
  ctx.toks_gate = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  _ds_lexicon_init (&ctx);
  _ds_text_tokenize (&ctx, text, &s);
  _ds_clause_read (&ctx, &s, &c);
  describe_span (out, &s, "opening", 0, c.opening_end);
  describe_span (out, &s, "subject", c.subject, c.subject_end);
  describe_span (out, &s, "group", c.group, c.group_end);
  describe_span (out, &s, "head", c.head, c.head != G_MAXUINT ? c.head + 1 : 0);
  describe_span (out, &s, "object", c.object, c.object_end);
  describe_span (out, &s, "sub", c.sub, c.sub < _ds_body_end (&s) ? c.sub + 1 : 0);
  for (guint i = 0; i < c.n_asides; i++)
    {
      g_autofree char *label = g_strconcat ("aside:", kinds[c.asides[i].kind], NULL);

      describe_span (out, &s, label, c.asides[i].a, c.asides[i].b);
    }
  for (guint i = 0; i < c.n_adverbs; i++)
    describe_span (out, &s, "adverb", c.adverbs[i], c.adverbs[i] + 1);
  _ds_lexicon_clear (&ctx);
  g_hash_table_unref (ctx.names);
  g_array_unref (ctx.toks_gate);
  return g_string_free (out, FALSE);
}
