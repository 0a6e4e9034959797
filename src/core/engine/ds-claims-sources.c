/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, what a named source holds:
 *
 *   Wibisono (2021) menemukan bahwa …          Okafor (2020) found that …
 *   Studi Lembaga X (2023) menunjukkan bahwa … A study by the Y Forum found that …
 *   "…," kata Ratna Sari, peneliti …           "…," said Ana Reyes.
 *
 * asked as "Apa yang ditemukan Wibisono (2021)?" / "What did Okafor (2020)
 * find about …?", the claim as the answer. A claim is only worth learning
 * with whose it is: "Sebagian pengamat", "Critics", "Hal ini" or "Ia" name
 * nobody a learner could cite, and give no card.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-utf8.h"

/* Answers longer than this are no claim a learner recalls. */
#define FINDING_MAX_TOKENS 32

/* ------------------------------------------------------------------ */
/* Who the source is                                                   */

/* Lower-case words a name may hold: "Bank of Indonesia", "van der",
 * "Keohane dan Nye". */
static gboolean
name_joiner (const Tok *t)
{
  return _ds_tok_is (t, "of") || _ds_tok_is (t, "the") || _ds_tok_is (t, "and") ||
         _ds_tok_is (t, "dan") || _ds_tok_is (t, "for") || _ds_tok_is (t, "van") ||
         _ds_tok_is (t, "de") || _ds_tok_is (t, "der") || _ds_tok_is (t, "von") ||
         _ds_tok_is (t, "et") || _ds_tok_is (t, "al") || _ds_tok_is (t, "dkk") ||
         _ds_tok_is (t, "by") || _ds_tok_is (t, "oleh") || _ds_tok_is (t, "dari");
}

/* "(2021)", "(2021: 14)": a year in brackets at @i; the token after it,
 * or 0. */
static guint
bracketed_year (const Sent *s,
                guint       i,
                guint       e)
{
  guint k = i + 1;

  if (i + 2 >= e || !_ds_tok_is_punct (&s->toks[i], '(') || s->toks[k].type != TOK_NUMBER ||
      s->toks[k].len != 4)
    return 0;
  while (k < e && k < i + 6 && !_ds_tok_is_punct (&s->toks[k], ')'))
    k++;
  return k < e && _ds_tok_is_punct (&s->toks[k], ')') ? k + 1 : 0;
}

/*
 * What the words [c, i) before a reporting verb are: a cited source (a
 * name with its year, "Studi Lembaga X", "A study by the Y Forum"), a name
 * ("Lindqvist", "The World Bank"), or nobody a learner could name
 * ("Sebagian pengamat", "Critics", "The data", "Hal ini", "Ia").
 */
DsSourceKind
_ds_source_kind (Ctx        *ctx,
                 const Sent *s,
                 guint       c,
                 guint       i)
{
  gboolean year = FALSE, study = FALSE, name = FALSE;
  guint k = c;

  if (c >= i || i - c > 14 || _ds_lexicon_phrase_at (ctx, s, c, "vague_source") > 0)
    return DS_SOURCE_NONE;
  if (_ds_tok_is_article (&s->toks[k]))
    k++;
  if (k < i && _ds_lexicon_phrase_at (ctx, s, k, "study_noun") > 0)
    study = TRUE, k++;
  for (; k < i; k++)
    {
      const Tok *t = &s->toks[k];
      guint after = bracketed_year (s, k, i);

      if (after > 0)
        {
          year = TRUE;
          k = after - 1;
        }
      else if (t->type == TOK_WORD && t->cap && !(t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)))
        name = TRUE;
      else if (!(t->type == TOK_WORD && name_joiner (t)) && !_ds_tok_is_punct (t, '.') &&
               !_ds_tok_is_punct (t, '&'))
        return DS_SOURCE_NONE;
    }
  if (name && (year || study))
    return DS_SOURCE_CITED;
  return name ? DS_SOURCE_NAMED : DS_SOURCE_NONE;
}

/* The source as a question names it: "studi Lembaga X (2023)", "a study
 * by the Y Forum (2022)", "Wibisono (2021)". */
static char *
source_text (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       i)
{
  char *who = _ds_toks_dup (s, c, i);
  guint k = _ds_tok_is_article (&s->toks[c]) ? c + 1 : c;

  if ((k > c || _ds_lexicon_phrase_at (ctx, s, k, "study_noun") > 0) && g_ascii_isupper (who[0]))
    who[0] = g_ascii_tolower (who[0]);
  return who;
}

/* ------------------------------------------------------------------ */
/* What the claim is about                                             */

/* The subject the claim opens with, when it is a plain noun phrase a
 * question can name ("states with a data protection authority"); the
 * token after it, or 0. */
static guint
claim_topic_end (const Sent *s,
                 guint       a,
                 guint       e)
{
  for (guint v = a + 1; v < e && v <= a + 8; v++)
    {
      const Tok *t = &s->toks[v];
      guint start, end, first;

      if (t->type == TOK_PUNCT)
        return 0;
      if (!t->verb && !((t->flags & (W_AUX | W_CUE_DEF)) || ((t->flags & W_ADV) && !(t->flags & W_NOUN))))
        continue;
      /* "negara berkembang", "pihak berwenang": a "ber-" word right after
       * a noun describes it. */
      if ((s->toks[v - 1].flags & W_RELATIVE) ||
          (v == a + 1 && t->len > 5 && g_ascii_strncasecmp (t->p, "ber", 3) == 0))
        continue;
      /* "A regional CERT is …": the article stays with its noun. */
      first = _ds_tok_is_article (&s->toks[a]) ? a + 1 : a;
      start = _ds_np_start (s, first, v, &end);
      if (start == first && end == v && _ds_term_usable (s, first, v) &&
          !(s->toks[first].flags & W_COUNTRY))
        return v;
      return 0;
    }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Findings                                                            */

/* "Okafor (2020) found that …" → "What did Okafor (2020) find about
 * …?": asked with the finding verb's question form. */
static char *
finding_question (Ctx        *ctx,
                  const Sent *s,
                  const char *form,
                  const char *who,
                  guint       a,
                  guint       e)
{
  g_autofree char *verb = g_strndup (form, strcspn (form, " "));
  const char *aux = strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "";
  guint topic_end = claim_topic_end (s, a, e);
  g_autofree char *topic = topic_end > 0 ? _ds_phrase_dup (s, a, topic_end, TRUE) : NULL;
  g_autofree char *question = NULL;

  question = ds_lang_expand (ctx->lang, topic != NULL ? "question_finding_about" : "question_finding",
                             "verb", verb, "aux", aux, "who", who, "topic", topic ? topic : "", NULL);
  return ds_utf8_capitalize (question);
}

/* A finding verb ("menemukan", "found") is asked of any source a
 * learner can name; a saying verb ("menyatakan", "said") of a cited one
 * only, a named speaker being what the report rule asks for. */
static const char *
finding_form (Ctx          *ctx,
              const Tok    *t,
              DsSourceKind  kind)
{
  const char *form = _ds_lexicon_other_forms (ctx, t, "finding_verb");

  if (form == NULL && kind == DS_SOURCE_CITED)
    form = _ds_lexicon_other_forms (ctx, t, "saying_verb");
  return kind == DS_SOURCE_NONE ? NULL : form;
}

/* The claim after "bahwa"/"that", without the bracketed citation closing
 * it; the token after it. */
static guint
finding_end (const Sent *s,
             guint       a,
             guint       e)
{
  if (e > a + 4 && _ds_tok_is_punct (&s->toks[e - 1], ')'))
    for (guint k = e - 2; k > a + 2 && k + 8 > e; k--)
      if (_ds_tok_is_punct (&s->toks[k], '('))
        return s->toks[k + 1].cap ? k : e;
  return e;
}

/* "Wibisono (2021) menemukan bahwa …", "A study by the Global Cyber
 * Policy Forum (2022) found that …", "Lindqvist argues that …". */
gboolean
_ds_find_finding (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 1; i + 3 < e; i++)
    {
      guint c, that = i + 1, end;
      const char *form;
      g_autofree char *who = NULL;
      DsClaim *claim;

      if (!(s->toks[i].flags & W_REPORT) || s->toks[i].used)
        continue;
      if (that < e && (s->toks[that].flags & W_ADV))
        that++;
      if (that >= e || !(s->toks[that].flags & W_THAT))
        continue;
      c = _ds_clause_start (s, i);
      form = finding_form (ctx, &s->toks[i], _ds_source_kind (ctx, s, c, i));
      end = finding_end (s, that + 1, e);
      if (form == NULL || end < that + 4 || end - that - 1 > FINDING_MAX_TOKENS ||
          _ds_toks_any_used (s, c, end) || (s->toks[that + 1].flags & (W_PRONOUN | W_ANAPHOR)))
        return FALSE;
      who = source_text (ctx, s, c, i);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, that + 1, end);
      claim->question = finding_question (ctx, s, form, who, that + 1, end);
      claim->attribution = g_steal_pointer (&who);
      _ds_toks_mark_used (s, c, end);
      return _ds_claim_commit (ctx, claim);
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Quotes                                                              */

static gboolean
is_quote_mark (const Tok *t)
{
  return t->type == TOK_PUNCT && (t->ch == '"' || t->ch == 0x201C || t->ch == 0x201D);
}

/* A speaker's name after a quote: capitalised words up to the sentence's
 * end or the comma before their role; the token after it, or 0. */
static guint
speaker_end (const Sent *s,
             guint       k,
             guint       e)
{
  guint b = k;

  while (b < e && b < k + 5 && s->toks[b].type == TOK_WORD && s->toks[b].cap &&
         !(s->toks[b].flags & (W_FUNCTION | W_VAGUE)))
    b++;
  if (b == k || (b < e && !_ds_tok_is_punct (&s->toks[b], ',')))
    return 0;
  return b;
}

/* '"…," kata Ratna Sari, peneliti …' and '"…," said Ana Reyes' (or '"…,"
 * Ana Reyes said'): where the speaker is [*a, *b) and the verb at *verb;
 * FALSE when the words after the quote are no such attribution. */
static gboolean
quote_speaker (Ctx        *ctx,
               const Sent *s,
               guint       k,
               guint       e,
               guint      *a,
               guint      *b,
               guint      *verb)
{
  if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
    k++;
  if (k + 1 < e && _ds_lexicon_other_forms (ctx, &s->toks[k], "saying_verb") != NULL)
    {
      *verb = k;
      *a = k + 1;
      *b = speaker_end (s, k + 1, e);
      return *b > 0;
    }
  *a = k;
  *b = k;
  while (*b < e && *b < k + 5 && s->toks[*b].type == TOK_WORD && s->toks[*b].cap)
    (*b)++;
  *verb = *b;
  return *b > k && *b + 1 == e && _ds_lexicon_other_forms (ctx, &s->toks[*b], "saying_verb") != NULL;
}

/* '"Kedaulatan data tidak berarti menutup diri," kata Ratna Sari,
 * peneliti …' → "Apa yang dikatakan Ratna Sari tentang kedaulatan
 * data?", the quote the answer. */
void
_ds_find_quote (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), close = 1, a, b, verb, end;
  g_autofree char *who = NULL;
  DsClaim *claim;

  if (e < 8 || !is_quote_mark (&s->toks[0]))
    return;
  while (close < e && !is_quote_mark (&s->toks[close]))
    close++;
  end = close;
  if (end > 1 && _ds_tok_is_punct (&s->toks[end - 1], ','))
    end--;
  if (close >= e || end < 5 || end - 1 > FINDING_MAX_TOKENS ||
      !quote_speaker (ctx, s, close + 1, e, &a, &b, &verb) || _ds_toks_any_used (s, 0, e))
    return;
  who = _ds_toks_dup (s, a, b);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, 1, end);
  claim->question = finding_question (ctx, s, _ds_lexicon_other_forms (ctx, &s->toks[verb], "saying_verb"),
                                      who, 1, end);
  claim->attribution = g_steal_pointer (&who);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* What a school holds against another view                            */

/* "melainkan", "tetapi", ", but": where the view held starts, after a
 * negation ("tidak", "bukan", "not") earlier in the clause; or 0. */
static guint
rather_at (const Sent *s,
           guint       a,
           guint       e)
{
  gboolean negated = FALSE;

  for (guint k = a; k + 2 < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is (t, "tidak") || _ds_tok_is (t, "bukan") || _ds_tok_is (t, "not"))
        negated = TRUE;
      else if (negated && k > a + 2 &&
               (_ds_tok_is (t, "melainkan") ||
                (_ds_tok_is_punct (&s->toks[k - 1], ',') && (_ds_tok_is (t, "tetapi") || _ds_tok_is (t, "but")))))
        return k + 1;
    }
  return 0;
}

/* "Menurut konstruktivisme, …", "According to realism, …", "Menurut
 * Nye (2004), …": a school or a scholar the sentence opens with; *after
 * is where what it holds starts. */
static gboolean
held_by (const Sent *s,
         guint       e,
         guint      *after)
{
  guint i = 0, k;

  while (i < e && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  if (_ds_tok_is (&s->toks[i], "menurut"))
    i++;
  else if (_ds_toks_pair_is (s, i, "according", "to") || _ds_toks_pair_is (s, i, "dalam", "pandangan"))
    i += 2;
  else
    return FALSE;
  for (k = i; k < e && k < i + 8 && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)))
      return FALSE;
  if (k == i || k >= e || !_ds_tok_is_punct (&s->toks[k], ',') ||
      (s->toks[i].flags & (W_DET | W_QUANT)))
    return FALSE;
  *after = k + 1;
  return TRUE;
}

/* "Menurut konstruktivisme, norma siber tidak lahir dari perhitungan
 * kekuatan, melainkan dari interaksi …" → "Menurut konstruktivisme, norma
 * siber tidak lahir dari perhitungan kekuatan, melainkan dari _____.":
 * what the school holds, against what it denies, is the blank. */
void
_ds_find_held_view (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), after, k;

  if (!held_by (s, e, &after) || (k = rather_at (s, after, e)) == 0 ||
      _ds_toks_any_used (s, 0, e) || (s->toks[after].flags & (W_PRONOUN | W_ANAPHOR)))
    return;
  /* "… melainkan dari interaksi": the preposition both views share stays. */
  if (k < e && (s->toks[k].flags & W_PREP))
    k++;
  if (e - k < 2 || e - k > 12)
    return;
  _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_REPORT, k, e);
  _ds_toks_mark_used (s, 0, e);
}
