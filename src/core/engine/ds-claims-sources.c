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
/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-words.h"
#include "ds-utf8.h"

/* Answers longer than this are no claim a learner recalls. */
#define FINDING_MAX_TOKENS 32

/* ------------------------------------------------------------------ */
/* Who the source is                                                   */

/* Lower-case words a name may hold: "Bank of Indonesia", "van der",
 * "Keohane dan Nye". */

/* The first phrase of the list @name ("thesis_noun": the noun a slot
 * takes), NULL when the language's list is empty. */
static const char *
first_phrase (Ctx        *ctx,
              const char *name)
{
  const char *const *list = (const char *const *) ds_lang_get_phrases (ctx->lang, name);

  return list != NULL ? list[0] : NULL;
}

static gboolean
name_joiner (const Tok *t)
{
  return _ds_tok_is (t, "of") || _ds_tok_is (t, "the") || _ds_tok_is (t, "and") ||
         _ds_tok_is (t, "dan") || _ds_tok_is (t, "for") || _ds_tok_is (t, "van") ||
         _ds_tok_is (t, "de") || _ds_tok_is (t, "der") || _ds_tok_is (t, "von") ||
         _ds_tok_is (t, "et") || _ds_tok_is (t, "al") || _ds_tok_is (t, "dkk") ||
         _ds_tok_is (t, "by") || _ds_tok_is (t, "oleh") || _ds_tok_is (t, "dari") ||
         _ds_tok_is (t, "from") || _ds_tok_is (t, "at");
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

/* Whether the claim from @a points back in its first words: "cara ini",
 * "this approach", "kebijakannya". */
static gboolean
points_back_early (const Sent *s,
                   guint       a,
                   guint       e)
{
  for (guint k = a; k < e && k < a + 3; k++)
    if ((s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) || _ds_tok_ends_nya (&s->toks[k]))
      return TRUE;
  return FALSE;
}

/* Whether a year in brackets stands in [@a, @b): "Nye (2004)". */
static gboolean
bracketed_year_in (const Sent *s,
                   guint       a,
                   guint       b)
{
  for (guint k = a; k < b; k++)
    if (bracketed_year (s, k, b) > 0)
      return TRUE;
  return FALSE;
}

/* Longest adjunct, in tokens, that says when and where a study came out. */
#define ADJUNCT_MAX_TOKENS 10

/* "Survei Lembaga X pada 2022", "Sebuah studi Universitas Y yang terbit
 * di jurnal Komunika pada Maret 2021", "A study by the Z Institute
 * published in 2019", "Research released by Cardiff University in 2020":
 * after a study's noun, an adjunct from @k to @i that says when or where
 * it came out (a date after "pada", "in"; a relative clause or an English
 * participle, phrase list source_published) is part of the source. Its
 * start, or @i when [@k, @i) is none; its year's token in *@year
 * (G_MAXUINT: none). */
static guint
published_adjunct (Ctx        *ctx,
                   const Sent *s,
                   guint       k,
                   guint       i,
                   guint      *year)
{
  const Tok *t = &s->toks[k];
  guint n;

  *year = G_MAXUINT;
  if (k + 1 >= i || i - k > ADJUNCT_MAX_TOKENS || t->type != TOK_WORD || t->cap)
    return i;
  /* ("yang terbit", "yang dimuat", "published in": a verb of coming out;
   * "that nobody read" is none.) */
  if ((t->flags & W_RELATIVE) && k + 1 < i)
    n = 1 + _ds_phrase_at (ctx, s, k + 1, PL_SOURCE_PUBLISHED);
  else
    n = _ds_phrase_at (ctx, s, k, PL_SOURCE_PUBLISHED);
  /* ("Survei Litbang X tahun 2022": "tahun" and its year with no "pada".) */
  if (n <= ((t->flags & W_RELATIVE) ? 1u : 0u) &&
      !((_ds_tok_is (t, "in") || _ds_tok_is (t, "pada")) && (s->toks[k + 1].type == TOK_NUMBER ||
                                                             (s->toks[k + 1].flags & W_MONTH) ||
                                                             _ds_tok_is (&s->toks[k + 1], "tahun"))) &&
      !(_ds_tok_is (t, "tahun") && _ds_tok_is_year (&s->toks[k + 1])))
    return i;
  for (guint j = k; j < i; j++)
    {
      const Tok *w = &s->toks[j];

      /* (A clause of its own, a verb after a comma, is no adjunct.) */
      if (w->type == TOK_PUNCT && !_ds_tok_is_punct (w, '*') && !_ds_tok_is_punct (w, '.'))
        return i;
      if (w->type == TOK_NUMBER && w->len == 4 && (strncmp (w->p, "19", 2) == 0 || strncmp (w->p, "20", 2) == 0))
        *year = j;
    }
  return k;
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
  gboolean year = FALSE, study = FALSE, name = FALSE, law = FALSE;
  guint k = c, n;

  if (c >= i || i - c > 14 || _ds_phrase_at (ctx, s, c, PL_VAGUE_SOURCE) > 0)
    return DS_SOURCE_NONE;
  if (_ds_tok_is_article (&s->toks[k]) || _ds_phrase_at (ctx, s, k, PL_SOURCE_INDEFINITE) == 1)
    k++;
  /* "Pasal 26 UU ITE", "Pasal 28 ayat (1) UU PDP", "Article 2(4) of the
   * UN Charter": an article (the phrase list article_word) and its
   * number, then the law that names it, say what the law holds; its
   * parts' numbers ("ayat (1)", "(4)") belong to it. */
  if (k + 2 < i && (n = _ds_phrase_at (ctx, s, k, PL_ARTICLE_WORD)) > 0 && s->toks[k + n].type == TOK_NUMBER)
    law = TRUE, k += n + 1;
  /* "A 2022 survey by …": the year before the study noun. */
  if (k + 1 < i && s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4 && k > c)
    year = TRUE, k++;
  if (k < i && (n = _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN)) > 0)
    study = TRUE, k += n;
  for (; k < i; k++)
    {
      const Tok *t = &s->toks[k];
      guint after = bracketed_year (s, k, i), adjunct_year;

      /* "… pada 2022", "… yang terbit di jurnal X pada 2021": when and
       * where a study came out; a name in it names the source. */
      if (study && published_adjunct (ctx, s, k, i, &adjunct_year) == k)
        {
          year = year || adjunct_year != G_MAXUINT;
          for (; k < i; k++)
            if (s->toks[k].type == TOK_WORD && s->toks[k].cap && !(s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_MONTH)))
              name = TRUE;
          break;
        }

      if (after > 0)
        {
          year = TRUE;
          k = after - 1;
        }
      /* "Lembaga Studi dan Advokasi Masyarakat (ELSAM)", "the American
       * Civil Liberties Union (ACLU)": the body's acronym in brackets
       * after its name is the name's. */
      else if (name && _ds_tok_is_punct (t, '(') && k + 2 < i && _ds_tok_is_acronym (&s->toks[k + 1]) &&
               _ds_tok_is_punct (&s->toks[k + 2], ')'))
        k += 2;
      else if (t->type == TOK_WORD && t->cap && !(t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)))
        name = TRUE;
      else if (law && (t->type == TOK_NUMBER || _ds_tok_is_punct (t, '(') || _ds_tok_is_punct (t, ')') ||
                       (t->type == TOK_WORD && t->len == 1) || _ds_phrase_at (ctx, s, k, PL_TEXT_PART) > 0))
        ;
      /* "The Spanish government", "The Qatari ministry": a body after
       * its name. */
      else if (name && t->type == TOK_WORD && (t->flags & W_GOV) && k + 1 == i)
        ;
      else if (!(t->type == TOK_WORD && name_joiner (t)) && !_ds_tok_is_punct (t, '.') &&
               !_ds_tok_is_punct (t, '&'))
        return DS_SOURCE_NONE;
    }
  if (name && (year || study || law))
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
  char *who = NULL;
  guint k, year;

  /* "Sebuah studi …" → "studi …": the question names it. */
  if (_ds_phrase_at (ctx, s, c, PL_SOURCE_INDEFINITE) == 1 && c + 2 < i &&
      _ds_phrase_at (ctx, s, c + 1, PL_STUDY_NOUN) > 0)
    c++;
  k = _ds_tok_is_article (&s->toks[c]) ? c + 1 : c;
  /* "Survei Lembaga X pada 2022", "studi Universitas Y yang terbit di
   * jurnal Z pada Maret 2021" → "survei Lembaga X (2022)", "studi
   * Universitas Y (2021)": the adjunct gives its year only, when the name
   * stands before it. */
  /* ("Research released by Cardiff University in 2020": no name before
   * the adjunct, which stays whole.) */
  for (guint a = k + 1 + _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN);
       a + 1 < i && who == NULL && _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN) > 0; a++)
    if (s->toks[a - 1].cap && s->toks[a - 1].type == TOK_WORD && published_adjunct (ctx, s, a, i, &year) == a)
      {
        g_autofree char *head = _ds_toks_dup (s, c, a);

        who = year != G_MAXUINT ? g_strdup_printf ("%s (%.*s)", head, (int) s->toks[year].len, s->toks[year].p)
                                : g_steal_pointer (&head);
      }
  if (who == NULL)
    who = _ds_toks_dup (s, c, i);

  /* "Historians at the University of Lima": people at a named body,
   * whose capital is the sentence's. */
  if ((k > c || _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN) > 0 ||
       (k + 2 < i && s->toks[k + 1].type == TOK_WORD && !s->toks[k + 1].cap &&
        (_ds_tok_is (&s->toks[k + 1], "at") || _ds_tok_is (&s->toks[k + 1], "from")))) &&
      g_ascii_isupper (who[0]))
    who[0] = ds_ascii_tolower (who[0]);
  return who;
}

/* ------------------------------------------------------------------ */
/* What the claim is about                                             */

/* "small island states": words only, none that holds a clause together
 * (a plural the phrase walk took for a verb is one of them). */
static gboolean
plain_words (const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_FUNCTION | W_CUE_DEF | W_CUE_NAMING)))
      return FALSE;
  return b - a <= 4;
}

/* Whether @t reads as a word in "-s" ("allows", "states"; not "status",
 * "analysis", "access"). */
static gboolean
plural_s (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 3 && t->p[t->len - 1] == 's' &&
         !strchr ("siu", t->p[t->len - 2]);
}

/* The subject the claim opens with, when it is a plain noun phrase a
 * question can name ("states with a data protection authority"); the
 * token after it, or 0. */
static guint
topic_end_read (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       e,
                gboolean    said)
{
  for (guint v = a + 1; v < e && v <= a + 8; v++)
    {
      const Tok *t = &s->toks[v];
      guint start, end, first;

      gboolean s_verb;

      if (t->type == TOK_PUNCT)
        return 0;
      /* '"Secrecy costs us more …," the minister said': English marks
       * no verb in "costs", but a word in "-s" the lexicon does not know,
       * after a singular noun and before a pronoun or an article, is
       * one. */
      /* ("costs" is a noun too: before "us", "them" (phrase list
       * object_pronoun) it is the verb.) */
      s_verb = ctx->english && v <= a + 2 && t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
               !(t->flags & (W_FUNCTION | W_PREP | W_CONJ | W_ADV)) && v + 1 < e &&
               ((s->toks[v + 1].flags & W_PRONOUN) || _ds_phrase_at (ctx, s, v + 1, PL_OBJECT_PRONOUN) > 0 ||
                (!(t->flags & W_NOUN) && ((s->toks[v + 1].flags & W_DET) || _ds_tok_is_article (&s->toks[v + 1])))) &&
               s->toks[v - 1].type == TOK_WORD && s->toks[v - 1].p[s->toks[v - 1].len - 1] != 's';
      /* "regional forums matter more to …", "small states gain most
       * from …": a word the lexicon does not know before "more", "less",
       * "most" after a subject of its own is its verb. */
      s_verb |= ctx->english && v >= a + 2 && t->type == TOK_WORD && !t->cap && v + 1 < e &&
                !(t->flags & (W_FUNCTION | W_COUNT | W_QUANT)) && s->toks[v - 1].type == TOK_WORD &&
                (_ds_tok_is (&s->toks[v + 1], "more") || _ds_tok_is (&s->toks[v + 1], "less") ||
                 _ds_tok_is (&s->toks[v + 1], "most"));
      /* "small island governments lack the lawyers …", "regional cables
       * cut the price …": a plain word between a plural and an article
       * is the plural's verb, which English marks no other way. */
      /* (Only in what a source says: a statement's own subject, "ports
       * along the coast", may run on through a preposition the lexicon
       * does not know.) */
      s_verb |= said && ctx->english && v >= a + 2 && t->type == TOK_WORD && !t->cap && t->p[t->len - 1] != 's' && v + 1 < e &&
                !(t->flags & (W_FUNCTION | W_PREP | W_CONJ | W_ADV | W_COUNT | W_QUANT)) &&
                s->toks[v - 1].type == TOK_WORD && !s->toks[v - 1].cap && s->toks[v - 1].len > 3 &&
                s->toks[v - 1].p[s->toks[v - 1].len - 1] == 's' && _ds_tok_is_article (&s->toks[v + 1]);
      /* "diplomatic immunity covers servers only …": a verb the lexicon
       * knows, in "-s", after a singular word and before a plural or an
       * article ends a subject of up to three words. */
      s_verb |= said && ctx->english && v <= a + 3 && t->verb && !t->cap && plural_s (t) && v + 1 < e &&
                s->toks[v - 1].type == TOK_WORD && !s->toks[v - 1].cap && !plural_s (&s->toks[v - 1]) &&
                !(s->toks[v - 1].flags & W_FUNCTION) &&
                (plural_s (&s->toks[v + 1]) || _ds_tok_is_article (&s->toks[v + 1]) ||
                 (s->toks[v + 1].flags & W_DET));
      /* "Negara pantai wajib menurunkan …": a modal ends the subject; so
       * does a word of degree before the predicate's adjective ("X paling
       * efektif …": phrase list topic_degree_marker), unless a relative
       * holds it ("negara yang paling maju"). */
      if (!s_verb && !t->verb && !((t->flags & (W_AUX | W_CUE_DEF)) || ((t->flags & W_ADV) && !(t->flags & W_NOUN))) &&
          _ds_phrase_at (ctx, s, v, PL_ADVICE_MODAL) == 0 &&
          !(t->phrase && _ds_phrase_at (ctx, s, v, PL_TOPIC_DEGREE_MARKER) > 0))
        continue;
      /* "… worsen access to medicine in target states": a verb that ends
       * the claim leaves it nothing to say of its subject; the verb was
       * an unknown one before it. */
      if (v + 1 >= e)
        return 0;
      /* "negara berkembang", "pihak berwenang": a "ber-" word right after
       * a noun describes it. */
      /* ("ASEAN berhasil membangun …": a "ber-" word before a verb is
       * the verb group's first word.) */
      if ((s->toks[v - 1].flags & W_RELATIVE) ||
          (v == a + 1 && t->len > 5 && ds_ascii_strncasecmp (t->p, "ber", 3) == 0 &&
           !(v + 1 < e && s->toks[v + 1].verb && !s->toks[v + 1].cap)))
        continue;
      /* "small island states depend": a plural before the verb; "Small
       * states need …": a lone adjective before a plural is no topic. */
      /* ("soft law allows states to …": a verb in "-s" before a plural
       * the lexicon takes for a verb, "states", "claims", is the verb;
       * a plural subject's verb has no "-s".) */
      if (!s_verb && ctx->english && t->p[t->len - 1] == 's' && v + 1 < e &&
          (s->toks[v + 1].verb || (s->toks[v + 1].flags & W_AUX)) &&
          !(said && t->verb && plural_s (&s->toks[v + 1]) && !(s->toks[v + 1].flags & W_AUX) && v >= a + 2 &&
            !plural_s (&s->toks[v - 1])))
        continue;
      /* "false health claims on Facebook reached …": a plural whose
       * phrase runs on through a preposition to a past verb. */
      if (!s_verb && ctx->english && t->p[t->len - 1] == 's' && v + 2 < e && (s->toks[v + 1].flags & W_PREP) &&
          !_ds_tok_is (&s->toks[v + 1], "to"))
        {
          guint w = v + 2;

          while (w < e && w < v + 5 && s->toks[w].type == TOK_WORD && !s->toks[w].verb)
            w++;
          if (w < e && w < v + 5 && s->toks[w].verb && !s->toks[w].cap && s->toks[w].len > 3 &&
              s->toks[w].p[s->toks[w].len - 2] == 'e' && s->toks[w].p[s->toks[w].len - 1] == 'd')
            continue;
        }
      if (!s_verb && ctx->english && t->p[t->len - 1] == 's' && v == a + 1)
        return 0;
      /* "A regional CERT is …": the article stays with its noun. "No
       * treaty yet defines …", "Tidak ada negara …": a denial names no
       * topic. */
      if (_ds_phrase_at (ctx, s, a, PL_DENIAL_OPENER) > 0)
        return 0;
      first = _ds_tok_is_article (&s->toks[a]) ? a + 1 : a;
      /* "regional hubs pull skilled staff …", "data embassies leave
       * sensitive records …": a plain word after a plural is the verb
       * English marks no other way (few nouns follow a plural: "arms
       * control"); the subject cannot be told, no topic. */
      for (guint k = first + 1; said && ctx->english && k < v; k++)
        if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && !plural_s (&s->toks[k]) &&
            !(s->toks[k].flags & (W_FUNCTION | W_ADV)) && plural_s (&s->toks[k - 1]) && !s->toks[k - 1].cap)
          return 0;
      /* "voluntary pledges add up to far too little": a particle after a
       * word the lexicon does not know (phrase list phrasal_particle)
       * makes it a verb; the subject ended before it. */
      for (guint k = first + 1; k < v; k++)
        if (_ds_phrase_at (ctx, s, k, PL_PHRASAL_PARTICLE) == 1 && s->toks[k - 1].type == TOK_WORD &&
            !(s->toks[k - 1].flags & W_FUNCTION))
          return 0;
      start = _ds_np_start (s, first, v, &end);
      if (((start == first && end == v) || plain_words (s, first, v)) && _ds_term_usable (s, first, v) &&
          !(s->toks[first].flags & W_COUNTRY))
        return v;
      return 0;
    }
  return 0;
}

/* What a claim a source holds is about, [@a, return). */
static guint
claim_topic_end (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       e)
{
  return topic_end_read (ctx, s, a, e, TRUE);
}

guint
_ds_claim_topic_end (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       e)
{
  return topic_end_read (ctx, s, a, e, FALSE);
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
  /* (The auxiliary is the form's last word: "point out do".) */
  const char *aux = strrchr (form, ' ') != NULL ? strrchr (form, ' ') + 1 : "";
  g_autofree char *verb = g_strndup (form, *aux != '\0' ? (gsize) (aux - 1 - form) : strlen (form));
  guint topic_end = claim_topic_end (ctx, s, a, e);
  g_autofree char *topic = topic_end > 0 ? _ds_phrase_dup (s, a, topic_end, TRUE) : NULL;
  g_autofree char *question = NULL;

  question = ds_lang_expand (ctx->lang, topic != NULL ? "question_finding_about" : "question_finding",
                             "verb", verb, "aux", aux, "who", who, "topic", topic ? topic : "", NULL);
  return ds_utf8_capitalize (question);
}

/* A finding verb ("menemukan", "found") is asked of any source a
 * learner can name; a saying verb ("menyatakan", "said") and a plural
 * one ("show", "argue") of a cited one only: a named speaker is what the
 * report rule asks for, and "Scholars argue" names a crowd. */
static const char *
finding_form (Ctx          *ctx,
              const Tok    *t,
              DsSourceKind  kind)
{
  const char *form = _ds_lexicon_other_forms (ctx, t, "finding_verb");

  if (form == NULL && kind == DS_SOURCE_CITED)
    form = _ds_lexicon_other_forms (ctx, t, "finding_verb_plural");
  if (form == NULL && kind == DS_SOURCE_CITED)
    form = _ds_lexicon_other_forms (ctx, t, "saying_verb");
  return kind == DS_SOURCE_NONE ? NULL : form;
}

/* How often the essay writes @word (@len bytes) as a whole word, counted
 * up to @most. */
static guint
mentions (Ctx        *ctx,
          const char *word,
          gsize       len,
          guint       most)
{
  guint n = 0;

  /* (The word may end inside a longer string, "Waltz (1979)": the search
   * looks for its own @len bytes only. memmem() rather than
   * g_strstr_len(), which compares byte by byte at every position: this
   * reads the whole essay.) */
  for (const char *p = ctx->text, *end = ctx->text + ctx->text_len;
       n < most && len > 0 && (p = memmem (p, end - p, word, len)) != NULL; p += len)
    if ((p == ctx->text || !g_ascii_isalnum (p[-1])) && (p + len >= end || !g_ascii_isalnum (p[len])))
      n++;
  return n;
}

/* Whether the essay comes back to the holder @who ("Waltz", "Bu
 * Lestari", "Estonia") three times or more, by the last capitalised word
 * of the name: a scholar, a speaker or a state the essay keeps returning
 * to holds several views in it, and "What did Waltz argue?", asked by
 * nothing the view is about, has as many answers. (Named once, "What did
 * Putnam (1988) show?" has one.) */
#define HOLDER_NAMED_SEVERAL 3

static gboolean
holder_of_several (Ctx        *ctx,
                   const char *who)
{
  const char *last = NULL;

  for (const char *p = who; *p != '\0'; p++)
    if ((p == who || p[-1] == ' ') && g_ascii_isupper (*p))
      last = p;
  if (last == NULL)
    return FALSE;
  return mentions (ctx, last, strcspn (last, " ()"), HOLDER_NAMED_SEVERAL) >= HOLDER_NAMED_SEVERAL;
}

/* The claim after "bahwa"/"that", without the bracketed citation closing
 * it, and without another party's view joined by a contrast ("…, whereas
 * Henriksen sees …", "…, sedangkan Rahman menilai …": a capital after the
 * conjunction names the other party); the token after it. */
static guint
finding_end (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e)
{
  for (guint k = a + 3; k + 2 < e && _ds_sent_may_start (s, HOT_CONTRAST_CONJ); k++)
    {
      guint n;

      if (_ds_tok_is_punct (&s->toks[k], ',') && (n = _ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_CONJ)) > 0 &&
          k + 1 + n < e && s->toks[k + 1 + n].cap && s->toks[k + 1 + n].type == TOK_WORD)
        return k;
    }
  if (e > a + 4 && _ds_tok_is_punct (&s->toks[e - 1], ')'))
    for (guint k = e - 2; k > a + 2 && k + 8 > e; k--)
      if (_ds_tok_is_punct (&s->toks[k], '('))
        return s->toks[k + 1].cap ? k : e;
  return e;
}

static gboolean school_at (Ctx        *ctx,
                           const Sent *s,
                           guint       a,
                           guint       b);
static gboolean post_at (Ctx        *ctx,
                         const Sent *s,
                         guint       a,
                         guint       b);
static gboolean person_at (const Sent *s,
                           guint       a,
                           guint       b);

/* Who a reporting verb at @i is said of, [*a, *b): the clause before it
 * ("Wibisono (2021) menemukan"); the subject of the verb before "dan"
 * ("Rudi Hartanto meneliti … dan menemukan"); the name beside an
 * appositive role ("Peneliti …, Sari Wulandari, mengingatkan", "Sari
 * Wulandari, a researcher at …, warns"). */
static void
source_span (Ctx        *ctx,
             const Sent *s,
             guint       i,
             guint      *a,
             guint      *b)
{
  guint c;

  *b = i;
  *a = _ds_clause_start (s, i);
  if (i >= 2 && (s->toks[i - 1].flags & W_CONJ))
    {
      *a = _ds_clause_start (s, i - 1);
      for (guint k = *a + 1; k + 1 < i; k++)
        if (s->toks[k].verb && !s->toks[k].cap)
          {
            *b = k;
            return;
          }
      return;
    }
  if (i < 3 || !_ds_tok_is_punct (&s->toks[i - 1], ','))
    return;
  c = _ds_clause_start (s, i - 1);
  *a = c;
  *b = i - 1;
  if (c >= 2 && _ds_tok_is_punct (&s->toks[c - 1], ',') &&
      (_ds_source_kind (ctx, s, c, i - 1) == DS_SOURCE_NONE ||
       /* "Aan Kurnia, Kepala Badan Keamanan Laut, mengatakan": the
        * person before the post between commas speaks. */
       (post_at (ctx, s, c, i - 1) && person_at (s, _ds_clause_start (s, c - 1), c - 1))))
    {
      *a = _ds_clause_start (s, c - 1);
      *b = c - 1;
    }
}

/* "argue in *Power and Interdependence* (1977) that", "menegaskan dalam
 * *Politics Among Nations* (1948) bahwa": the work a claim is made in,
 * with its year, between the verb and "that" at @k; "that"'s place, or
 * 0. The year cites the source as a bracket after the name does. */
static guint
work_cited (const Sent *s,
            guint       k,
            guint       e)
{
  if (k >= e || !(_ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "dalam")) ||
      k + 2 >= e || !s->toks[k + 1].cap)
    return 0;
  for (guint j = k + 2; j + 1 < e && j < k + 16; j++)
    {
      guint after = bracketed_year (s, j, e);

      if (after > 0)
        return after < e && (s->toks[after].flags & W_THAT) ? after : 0;
      if (s->toks[j].verb && !s->toks[j].cap)
        return 0;
    }
  return 0;
}

/* "Peneliti LIPI, Nguyen Hoa, menegaskan"", "Nguyen Hoa, peneliti LIPI,
 * menegaskan", "The director of the institute, Sari Wulandari, said": the
 * name [@c, @b) beside a post between commas (the phrase lists
 * actor_noun and occupation) before the verb at @i; the post says who
 * speaks, as a year says whose work. */
static gboolean
beside_post (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       b,
             guint       i)
{
  if (c >= 2 && _ds_tok_is_punct (&s->toks[c - 1], ',') && post_at (ctx, s, _ds_clause_start (s, c - 1), c - 1))
    return TRUE;
  return b + 2 < i && _ds_tok_is_punct (&s->toks[b], ',') && _ds_tok_is_punct (&s->toks[i - 1], ',') &&
         post_at (ctx, s, b + 1, i - 1);
}

/* "Critics such as R. Moll", "Economists like Ana Ferreira", "Para
 * pengkritik seperti Rudi Moll": a crowd narrowed to the named example
 * (the phrase list cue_such_as) speaks through it; *@c moves to the name.
 * TRUE when it did. */
static gboolean
named_example (Ctx        *ctx,
               const Sent *s,
               guint      *c,
               guint       b)
{
  for (guint k = *c; k + 1 < b && k < *c + 6; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_CUE_SUCH_AS);

      if (n > 0 && k + n < b && _ds_source_kind (ctx, s, k + n, b) != DS_SOURCE_NONE)
        {
          *c = k + n;
          return TRUE;
        }
    }
  return FALSE;
}

/* "Penelitian ini", "Penulis", "This study", "The author" (the phrase
 * list author_self) and nothing else in [@c, @b): the essay's own
 * finding or argument, which a learner can cite as the essay's. */
static gboolean
own_work (Ctx        *ctx,
          const Sent *s,
          guint       c,
          guint       b)
{
  guint n = _ds_phrase_at (ctx, s, c, PL_AUTHOR_SELF);

  return n > 0 && c + n == b;
}

/* The author's conclusion after "Hal ini menunjukkan bahwa", "This
 * shows that" at [@c, @that]: asked about the claim's own subject, which
 * it must name ("Apa yang disimpulkan penulis tentang pasar helium?");
 * a claim that opens on a pronoun or points back gives none. */
static gboolean
inference (Ctx  *ctx,
           Sent *s,
           guint c,
           guint that,
           guint e)
{
  guint end = finding_end (ctx, s, that + 1, e), topic_end;
  g_autofree char *topic = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (s->first || end < that + 5 || end - that - 1 > FINDING_MAX_TOKENS || _ds_toks_any_used (s, c, end) ||
      (s->toks[that + 1].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) || _ds_tok_ends_nya (&s->toks[that + 1]) ||
      (topic_end = claim_topic_end (ctx, s, that + 1, end)) == 0)
    return FALSE;
  /* "the market", "pemerintah": one word names too little to ask of. */
  if (topic_end < that + 3 + _ds_tok_is_article (&s->toks[that + 1]))
    return FALSE;
  for (guint k = that + 1; k < topic_end; k++)
    if ((s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) || _ds_tok_ends_nya (&s->toks[k]))
      return FALSE;
  /* (After "bahwa"/"that" a capital is the word's own: "Asian".) */
  topic = _ds_toks_dup (s, that + 1, topic_end);
  question = ds_lang_expand (ctx->lang, "argue_inference_question", "topic", topic, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, that + 1, end);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, c, end);
  return _ds_claim_commit (ctx, claim);
}

/* "Hal ini berarti X", "This means that X", "Artinya, X", "In other
 * words, X" opening the sentence: the author reads what was said before
 * as X, asked as the author's conclusion about X's subject (the phrase
 * list argue_means_verb after argue_inference_source, or
 * argue_means_opener and a comma). */
gboolean
_ds_find_means (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), n, m;

  if (e < 6 || s->first || s->toks[0].used)
    return FALSE;
  n = _ds_phrase_at (ctx, s, 0, PL_ARGUE_MEANS_OPENER);
  if (n > 0)
    return n + 1 < e && _ds_tok_is_punct (&s->toks[n], ',') && inference (ctx, s, 0, n, e);
  if ((n = _ds_phrase_at (ctx, s, 0, PL_ARGUE_INFERENCE_SOURCE)) == 0 || n + 1 >= e ||
      (m = _ds_phrase_at (ctx, s, n, PL_ARGUE_MEANS_VERB)) == 0)
    return FALSE;
  n += m - 1;
  if (n + 1 < e && (s->toks[n + 1].flags & W_THAT))
    n++;
  return inference (ctx, s, 0, n, e);
}

/* ------------------------------------------------------------------ */
/* Who else speaks: reflexives, works, posts, crowds                   */

/* Where a phrase of the list @name that closes [@c, @b) in lower case
 * starts, or @b: "Pascal Lamy himself warns", "Rizal Sukma sendiri
 * menegaskan", "Nye also argues" (stance_reflexive: a word between the
 * name and its verb that says nothing of who speaks); "Rizal Sukma
 * dalam bukunya berpendapat", "Lindqvist in her book argues"
 * (stance_work_aside: the work the claim is made in). */
static guint
phrase_closing (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint       b,
                PhraseId    name)
{
  for (guint k = c + 1; k < b && k < c + 8; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, name);

      if (n > 0 && k + n == b && !s->toks[k].cap)
        return k;
    }
  return b;
}

/* "Sukma (2012) dalam *Doktrin Maritim* menegaskan", "Lindqvist (2011)
 * in *Quiet Leverage* argues": a title after the name's year, between
 * the name and its verb; where the name ends (after its year), or @b. */
static guint
stance_work_end (Ctx        *ctx,
                 const Sent *s,
                 guint       c,
                 guint       b)
{
  guint aside = phrase_closing (ctx, s, c, b, PL_STANCE_WORK_ASIDE);

  if (aside < b)
    return aside;
  for (guint k = c + 1; k < b && k < c + 8; k++)
    {
      guint after = bracketed_year (s, k, b);

      if (after == 0)
        continue;
      if (after + 2 > b || !(_ds_tok_is (&s->toks[after], "in") || _ds_tok_is (&s->toks[after], "dalam")))
        return b;
      for (guint j = after + 1; j < b; j++)
        if (s->toks[j].type == TOK_WORD && !s->toks[j].cap && !name_joiner (&s->toks[j]))
          return b;
      return after;
    }
  return b;
}

/* "confirmed on Tuesday that", "mengonfirmasi pada hari Senin bahwa",
 * "warned in a statement that": when the claim is said between the verb
 * and "that" at @k; "that"'s place, or @k. */
static guint
said_when (const Sent *s,
           guint       k,
           guint       e)
{
  if (k >= e || (s->toks[k].flags & W_THAT) || !(s->toks[k].flags & W_PREP))
    return k;
  for (guint j = k + 1; j < e && j < k + 6; j++)
    {
      const Tok *t = &s->toks[j];

      if (t->flags & W_THAT)
        return j > k + 1 ? j : k;
      if ((t->type == TOK_WORD && (t->verb || (t->flags & W_REPORT))) ||
          (t->type == TOK_PUNCT && !_ds_tok_is_punct (t, '(') && !_ds_tok_is_punct (t, ')') &&
           !_ds_tok_is_punct (t, '/')))
        return k;
    }
  return k;
}

/* "The trade envoy", "the ministry's spokesperson", "Juru bicara
 * Bakamla", "The head of the Coast Guard": someone named by their post
 * (the phrase lists actor_noun and occupation), the body's name after
 * it or its possessive before it; a learner cites them as the text
 * names them. */
static gboolean
post_speaker (Ctx        *ctx,
              const Sent *s,
              guint       c,
              guint       b)
{
  guint k = c, n = 0, mods = 0;

  if (k < b && _ds_tok_is_article (&s->toks[k]))
    k++;
  for (; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      /* ("Maritime lawyer Helena Brandt", "Ekonom Teuku Riefky": a
       * commentator's trade, phrase list facts_commentator, is a post
       * before the name of who holds it; "The economist" alone names
       * nobody.) */
      if ((n = _ds_phrase_at (ctx, s, k, PL_ACTOR_NOUN)) > 0 ||
          (n = _ds_phrase_at (ctx, s, k, PL_OCCUPATION)) > 0 ||
          ((n = _ds_phrase_at (ctx, s, k, PL_FACTS_COMMENTATOR)) > 0 && k + n + 1 < b &&
           s->toks[k + n].cap && s->toks[k + n + 1].cap))
        break;
      if (t->type == TOK_PUNCT && (t->ch == '\'' || t->ch == 0x2019))
        continue;
      if (t->type != TOK_WORD || t->verb || (t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_FUNCTION)) ||
          ++mods > 3)
        return FALSE;
    }
  if (k >= b)
    return FALSE;
  /* "Duta Besar Mesir untuk Indonesia", "the ambassador to Japan". */
  for (k += n; k < b; k++)
    if (s->toks[k].type != TOK_WORD ||
        !(s->toks[k].cap || name_joiner (&s->toks[k]) || _ds_tok_is (&s->toks[k], "untuk") ||
          _ds_tok_is (&s->toks[k], "di") || _ds_tok_is (&s->toks[k], "to") || _ds_tok_is (&s->toks[k], "in")))
      return FALSE;
  return TRUE;
}

/* "Economists", "Many legal scholars", "Para analis", "Sebagian pengamat
 * pertahanan": a crowd of one trade (the phrase lists stance_crowd_quant
 * and stance_crowd) holds a view a learner can name as theirs ("What do
 * economists warn …?"), where a bare "Some" or "Mereka" names nobody. */
static gboolean
crowd_at (Ctx        *ctx,
          const Sent *s,
          guint       c,
          guint       b)
{
  guint k = c, n;

  if (k < b && _ds_tok_is_article (&s->toks[k]))
    k++;
  if (k < b && (n = _ds_phrase_at (ctx, s, k, PL_STANCE_CROWD_QUANT)) > 0)
    k += n;
  /* ("Human rights lawyers", "Cloud provider associations": two words
   * before the trade at most.) */
  for (guint m = 0; m < 3 && k < b; m++, k++)
    {
      const Tok *t;

      if ((n = _ds_phrase_at (ctx, s, k, PL_STANCE_CROWD)) > 0)
        {
          /* "Asosiasi Penyedia Jasa Internet Indonesia": a body's word
           * (phrase list stance_crowd_body) in capitals before another
           * capital opens the body's name, no crowd. */
          if (s->toks[k].cap && k + n < b && s->toks[k + n].cap &&
              _ds_phrase_at (ctx, s, k, PL_STANCE_CROWD_BODY) > 0)
            return FALSE;
          /* "para analis pertahanan", "economists at the IMF". */
          for (k += n; k < b && k < c + 10; k++)
            if (s->toks[k].type != TOK_WORD || s->toks[k].verb ||
                ((s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)) && !name_joiner (&s->toks[k])))
              return FALSE;
          return k == b;
        }
      /* "Marine biologists": a capital the sentence's own. */
      t = &s->toks[k];
      if (t->type != TOK_WORD || t->verb || (t->cap && k > 0) || (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)))
        return FALSE;
    }
  return FALSE;
}

/* "Critics argue … . Others respond …", "Para pengkritik menilai … .
 * Pihak lain …": the next sentence of the paragraph opens on another
 * camp (the phrase lists contrast_camp and contrast_camp_other, after
 * one linking word and its comma), so the crowd's view is asked as the
 * camps' contrast (ds-claims-contrast.c), not alone. */
static gboolean
camp_answers_next (Ctx        *ctx,
                   const Sent *s)
{
  static const char * const lists[] = { "contrast_camp_other", "contrast_camp" };
  const DsBlock *block = ds_essay_get_block (ctx->essay, s->block);
  const char *p = s->end, *end = ctx->text + block->byte_end, *q;

  while (p < end && (*p == '.' || *p == ' ' || *p == '\t' || *p == '\n' || *p == '!'))
    p++;
  /* "However, supporters …", "Sementara itu, para pendukung …". */
  for (q = p; q < end && q < p + 24 && (g_ascii_isalpha (*q) || (*q == ' ' && q > p && q[-1] != ' ')); q++)
    ;
  if (q + 1 < end && q > p && *q == ',' && q[1] == ' ')
    p = q + 2;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (const char * const *e = ds_lang_get_phrases (ctx->lang, lists[l]); e != NULL && *e != NULL; e++)
      {
        size_t n = strlen (*e);

        if (p + n < end && ds_ascii_strncasecmp (p, *e, n) == 0 && !g_ascii_isalnum (p[n]))
          return TRUE;
      }
  return FALSE;
}

/* "Hikmahanto Juwana", "Pascal Lamy": a person's own name, not a post
 * or a body ("Menteri Air Mesir", "Pemerintah Etiopia"), whose saying
 * is asked by what was said: the claim is the content. */
static gboolean
personal_name (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       b)
{
  if (!person_at (s, c, b) || post_at (ctx, s, c, b))
    return FALSE;
  for (guint k = c; k < b; k++)
    if (s->toks[k].flags & (W_GOV | W_COUNTRY))
      return FALSE;
  return TRUE;
}

/* "Kepala Bakamla Aan Kurnia", "Coast guard chief Aan Kurnia",
 * "Menteri Luar Negeri Retno Marsudi": a post (the phrase lists
 * facts_office_title, actor_noun, occupation) before two words in
 * capitals that end the speaker — the holder's name, or the body's
 * ("Kepala Badan Keamanan Laut"). What such a speaker says is the
 * claim, asked as what they said, as of a person's own name. */
static gboolean
post_then_name (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint       b)
{
  gboolean post = FALSE;

  if (b < c + 3 || b > c + 9)
    return FALSE;
  for (guint k = b - 2; k < b; k++)
    if (s->toks[k].type != TOK_WORD || !s->toks[k].cap || s->toks[k].verb ||
        (s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_GOV | W_COUNTRY)) || _ds_tok_is_acronym (&s->toks[k]))
      return FALSE;
  for (guint k = c; k + 2 < b && !post; k++)
    {
      if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)))
        return FALSE;
      /* ("Maritime lawyer Helena Brandt", "Ekonom Teuku Riefky": a
       * commentator's trade, phrase list facts_commentator, is a post.) */
      post = _ds_post_phrase_ends_at (ctx, s, k, 0) || _ds_phrase_at (ctx, s, k, PL_FACTS_COMMENTATOR) > 0;
    }
  return post;
}

/* A list's earlier name at @k: one capitalised word that is no
 * connective ("However, …", "Yet, …"), opening the sentence or after
 * a comma. */
static gboolean
list_item (const Sent *s,
           guint       k)
{
  const Tok *t = &s->toks[k];

  return t->type == TOK_WORD && t->cap && !t->verb &&
         !(t->flags & (W_FUNCTION | W_ADV | W_PREP | W_CONJ | W_DET | W_PRONOUN | W_ANAPHOR)) &&
         (k == 0 || _ds_tok_is_punct (&s->toks[k - 1], ','));
}

/* "Wibisono (2021) menemukan bahwa …", "A study by the Global Cyber
 * Policy Forum (2022) found that …", "Lindqvist argues that …";
 * "Penelitian ini menyimpulkan bahwa …", "The author argues that …". */
/* "officials", "diplomats": one word in lower case ending in "s", a
 * plural of people with no name or article. */
static gboolean
bare_plural_holder (const char *who)
{
  gsize n = strlen (who);

  if (n < 4 || who[n - 1] != 's' || who[n - 2] == 's')
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_islower (who[k]))
      return FALSE;
  return TRUE;
}

gboolean
_ds_find_finding (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Declared once, not at every word: a word that sets it returns.) */
  g_autofree char *who = NULL;

  for (guint i = 1; i + 3 < e; i++)
    {
      guint c, who_end, that = i + 1, end, work = 0, n, va, vb, aside, list_from, list_end;
      gboolean own, one, crowd, post, held, untitled, pronoun = FALSE, bare, particle;
      g_autofree char *with_particle = NULL;
      const char *form;
      DsSourceKind kind;
      DsClaim *claim;

      /* "SAFEnet menilai verifikasi usia berpotensi …", "Sebagian
       * akademisi khawatir frasa itu dapat …": Indonesian drops "bahwa"
       * after a verb of judgement or worry (phrase list view_verb_bare);
       * the claim opens right after the verb. */
      bare = !ctx->english && i + 1 < e && !(s->toks[i + 1].flags & W_THAT) && !s->toks[i].used &&
             _ds_phrase_at (ctx, s, i, PL_VIEW_VERB_BARE) == 1;
      /* "Critics reply that …", "Scholars note that …": a verb of
       * answer or remark the lexicon keeps out of its report words ("a
       * note", "might reply that … since …" read as a reason's source;
       * phrase list view_verb_plain) reports before "that". */
      /* "Critics point out that …": a verb and its particle (phrase list
       * view_verb_particle) report before "that" as one verb, asked
       * with its particle ("What do critics point out about …?"). */
      particle = !bare && ctx->english && i + 3 < e && (s->toks[i + 2].flags & W_THAT) && !s->toks[i].used &&
                 _ds_phrase_at (ctx, s, i, PL_VIEW_VERB_PARTICLE) == 2;
      if (!bare && !particle &&
          (!((s->toks[i].flags & W_REPORT) ||
             (ctx->english && i + 1 < e && (s->toks[i + 1].flags & W_THAT) &&
              _ds_phrase_at (ctx, s, i, PL_VIEW_VERB_PLAIN) == 1)) ||
           s->toks[i].used))
        continue;
      if (bare)
        that = i;
      else if (particle)
        that = i + 2;
      else
        {
          if (that < e && (s->toks[that].flags & W_ADV))
            that++;
          work = work_cited (s, that, e);
          that = work > 0 ? work : that;
          that = said_when (s, that, e);
          if (that >= e || !(s->toks[that].flags & W_THAT))
            continue;
        }
      source_span (ctx, s, i, &c, &who_end);
      /* "Brazil, India, China and Russia, among others, argued that …":
       * the names before the last comma, each one capitalised word, are
       * of the same holder, not a clause of their own ("What did China
       * and Russia argue?" cut Brazil and India); the holder is read
       * from its last names, and asked with all of them. */
      list_from = list_end = c;
      for (guint k = c; k < who_end; k++)
        if (_ds_tok_is (&s->toks[k], "and") || _ds_tok_is (&s->toks[k], "dan"))
          while (list_from >= 2 && list_from < who_end && s->toks[list_from].cap && s->toks[list_from].type == TOK_WORD &&
                 _ds_tok_is_punct (&s->toks[list_from - 1], ',') && list_item (s, list_from - 2))
            list_from -= 2;
      /* "Despite fears that …", "Despite claims that …": the report word
       * is a noun right after a concession's opener (phrase list
       * contrast_concession_opener), which is no source. */
      if ((n = _ds_phrase_at (ctx, s, c, PL_CONTRAST_CONCESSION_OPENER)) > 0 && c + n == i)
        continue;
      /* "Ilmuwan Institut X telah menunjukkan", "Scientists from the Y
       * Institute have shown": the auxiliary is the verb's. */
      if (who_end == i)
        while (who_end > c + 1 && (s->toks[who_end - 1].flags & W_AUX) && !s->toks[who_end - 1].cap)
          who_end--;
      /* "Scholars have long noted", "Delegations consistently argued":
       * an adverb before the verb, and the auxiliary before it, are the
       * verb's (in English, one lower-case adverb in "-ly", "long" or
       * "also": "Critics have also pointed out that …"). */
      if (who_end == i && who_end > c + 1 && !s->toks[who_end - 1].cap && s->toks[who_end - 1].type == TOK_WORD &&
          ((ctx->english && (s->toks[who_end - 1].flags & W_ADV) && s->toks[who_end - 1].len > 4 &&
            strncmp (s->toks[who_end - 1].p + s->toks[who_end - 1].len - 2, "ly", 2) == 0) ||
           /* (The lexicon may not know "long" or "also" as adverbs;
            * "Para ahli telah lama berpendapat": "lama" after the
            * auxiliary.) */
           ((_ds_tok_is (&s->toks[who_end - 1], "long") || _ds_tok_is (&s->toks[who_end - 1], "also") ||
             _ds_tok_is (&s->toks[who_end - 1], "lama")) &&
            (s->toks[who_end - 2].flags & W_AUX))))
        {
          who_end--;
          while (who_end > c + 1 && (s->toks[who_end - 1].flags & W_AUX) && !s->toks[who_end - 1].cap)
            who_end--;
        }
      who_end = phrase_closing (ctx, s, c, who_end, PL_STANCE_REFLEXIVE);
      aside = stance_work_end (ctx, s, c, who_end);
      if (aside < who_end && _ds_source_kind (ctx, s, c, aside) != DS_SOURCE_NONE)
        work = who_end = aside;
      one = named_example (ctx, s, &c, who_end);
      own = own_work (ctx, s, c, who_end);
      kind = own ? DS_SOURCE_CITED : _ds_source_kind (ctx, s, c, who_end);
      /* The work's year, or a crowd's named example ("Critics such as R.
       * Moll argue"), cites the name. */
      if ((work > 0 || one || beside_post (ctx, s, c, who_end, i)) && kind == DS_SOURCE_NAMED)
        kind = DS_SOURCE_CITED;
      /* "Hikmahanto Juwana menegaskan bahwa …": what a person asserts is
       * the claim, asked as what they said. */
      else if (kind == DS_SOURCE_NAMED && personal_name (ctx, s, c, who_end))
        kind = DS_SOURCE_CITED;
      /* "The trade envoy concedes", "Juru bicara Bakamla mengonfirmasi". */
      /* ("The trade envoy" → "the trade envoy", "Juru bicara" → "juru
       * bicara"; "Sudanese delegates", "Duta Besar" keep their
       * capitals.) */
      post = kind == DS_SOURCE_NONE && post_speaker (ctx, s, c, who_end) &&
             (_ds_tok_is_article (&s->toks[c]) ||
              ((_ds_phrase_at (ctx, s, c, PL_ACTOR_NOUN) > 0 ||
                _ds_phrase_at (ctx, s, c, PL_OCCUPATION) > 0) &&
               c + 1 < who_end && !s->toks[c + 1].cap));
      if (kind == DS_SOURCE_NONE && post_speaker (ctx, s, c, who_end))
        kind = DS_SOURCE_NAMED;
      /* "Kepala Bakamla Aan Kurnia menyatakan bahwa …": what the holder
       * of a post said is the claim. */
      held = kind == DS_SOURCE_NAMED && !post && post_then_name (ctx, s, c, who_end);
      if (held)
        kind = DS_SOURCE_CITED;
      /* "The author (also) concludes that …", "Penulis menyimpulkan …"
       * after 'In "Title", …': the work names the source. */
      if (ctx->work != NULL && (n = _ds_phrase_at (ctx, s, c, PL_WORK_POINTER)) > 0 && c + n <= who_end &&
          (c + n == who_end || (who_end == c + n + 1 && (s->toks[c + n].flags & W_ADV))))
        {
          kind = DS_SOURCE_CITED;
          own = FALSE;
          who = ds_lang_expand (ctx->lang, "work_source", "work", ctx->work, NULL);
        }
      /* "Hal ini menunjukkan bahwa …", "These figures suggest that …":
       * the author draws the claim from what was said before, asked
       * as the author's conclusion about its subject. */
      if (kind == DS_SOURCE_NONE && who == NULL && !own &&
          (n = _ds_phrase_at (ctx, s, c, PL_ARGUE_INFERENCE_SOURCE)) > 0 && c + n == who_end &&
          _ds_phrase_at (ctx, s, i, PL_ARGUE_INFERENCE_VERB) > 0)
        return inference (ctx, s, c, that, e);
      /* "Economists warn that …", "Para analis menilai bahwa …": a
       * crowd of one trade, whose capital opening the sentence names
       * nobody. */
      /* "Kaum neorealis berpendapat …", "Neoliberal institutionalists
       * contend …": a school holds its view as a crowd does. */
      crowd = who == NULL && !own && !one && (crowd_at (ctx, s, c, who_end) || school_at (ctx, s, c, who_end));
      /* "Ia juga menilai bahwa …", "She warned that …": a pronoun for
       * the person the sentence before named. */
      if (kind == DS_SOURCE_NONE && who == NULL && !own && !crowd)
        {
          guint pend;
          char *speaker = _ds_speaker_pronoun (ctx, s, c, &pend);

          if (speaker != NULL && (pend == who_end || (pend + 1 == who_end && (s->toks[pend].flags & W_ADV))))
            who = speaker, kind = DS_SOURCE_CITED, pronoun = TRUE;
          else
            g_free (speaker);
        }
      /* (A trade's view before a camp's, "Legal scholars contend … .
       * Supporters say …", is no camp answered.) */
      if (crowd && (_ds_phrase_at (ctx, s, c, PL_CONTRAST_CAMP) > 0 ||
                    _ds_phrase_at (ctx, s, c, PL_CONTRAST_CAMP_SOME) > 0) &&
          camp_answers_next (ctx, s))
        return FALSE;
      form = crowd ? _ds_lexicon_other_forms (ctx, &s->toks[i], ctx->english ? "finding_verb_plural" : "finding_verb")
                   : NULL;
      /* "Legal scholars warned that …", "Many observers feared that …":
       * a crowd's past is asked with "did", as a person's is, by what
       * its claim is about ("What did many observers fear?" asks which
       * fear). */
      /* (A view, not a finding: "researchers … found that" is asked as
       * their finding's blank; phrase list view_past_verb. Nor a claim
       * of "the" and one noun, "the islands would …": which islands.) */
      if (form == NULL && crowd && ctx->english && _ds_phrase_at (ctx, s, i, PL_VIEW_PAST_VERB) == 1 &&
          (form = _ds_lexicon_other_forms (ctx, &s->toks[i], "finding_verb")) != NULL &&
          (!g_str_has_suffix (form, " did") || claim_topic_end (ctx, s, that + 1, e) == 0 ||
           (_ds_tok_is (&s->toks[that + 1], "the") && claim_topic_end (ctx, s, that + 1, e) == that + 3)))
        form = NULL;
      if (form == NULL)
        form = finding_form (ctx, &s->toks[i], kind);
      if (form != NULL && particle)
        {
          g_autofree char *out = _ds_phrase_dup (s, i + 1, i + 2, TRUE);

          form = with_particle = g_strdup_printf ("%.*s %s%s", (int) strcspn (form, " "), form, out,
                                                  form + strcspn (form, " "));
        }
      end = finding_end (ctx, s, that + 1, e);
      /* "Although officials confirmed that the talks would resume, no
       * date was set": a saying in a subordinate clause that opens the
       * sentence ends at its comma (the phrase list stance_subordinator;
       * "…, meski para ahli mengingatkan bahwa A, bukan B" keeps B). */
      if (c > 0 && s->toks[c - 1].type == TOK_WORD && _ds_phrase_at (ctx, s, 0, PL_STANCE_SUBORDINATOR) == c)
        for (guint k = that + 2; k < end; k++)
          if (_ds_tok_is_punct (&s->toks[k], ','))
            {
              end = k;
              break;
            }
      if (form == NULL || end < that + 4 || end - that - 1 > FINDING_MAX_TOKENS ||
          _ds_toks_any_used (s, c, end) || (s->toks[that + 1].flags & (W_PRONOUN | W_ANAPHOR)))
        return FALSE;
      /* "Apa yang dikemukakan para kritikus?", "What do critics argue?":
       * a camp's view (phrase lists contrast_camp, contrast_camp_some)
       * asked by nothing it is about could be any of the critiques the
       * essay reports; it needs a topic ("… tentang soft power"). */
      /* (A trade, "marine biologists warn", names whose view it is.) */
      /* (Not when it answers or remarks, "What do researchers note?":
       * which of their remarks.) */
      /* (Nor a body's, "Apa yang dinilai kelompok masyarakat sipil?":
       * phrase list stance_crowd_body.) */
      if (crowd && claim_topic_end (ctx, s, that + 1, end) == 0 &&
          (_ds_phrase_at (ctx, s, c, PL_CONTRAST_CAMP) > 0 ||
           _ds_phrase_at (ctx, s, c, PL_CONTRAST_CAMP_SOME) > 0 ||
           _ds_phrase_at (ctx, s, i, PL_VIEW_VERB_PLAIN) == 1 || particle ||
           _ds_phrase_in (ctx, s, c, who_end, PL_STANCE_CROWD_BODY)))
        return FALSE;
      /* (Nor a claim pointed out that holds a count or a figure, "Critics
       * point out that the system depends on volunteers who give 3 days
       * a week": the figures' rules ask it as a blank.) */
      if (particle)
        for (guint k = that + 1; k < end; k++)
          if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_COUNT))
            return FALSE;
      /* "Hasilnya menunjukkan bahwa …": whose results "-nya" means is
       * the sentence before's, and the card would not say. */
      if (who == NULL && who_end == c + 1 && _ds_tok_ends_nya (&s->toks[c]))
        return FALSE;
      if (who == NULL)
        {
          who = source_text (ctx, s, list_from < c && c == list_end && !one && kind != DS_SOURCE_NONE && !crowd ? list_from : c,
                             who_end);
          /* "Penulis" opening the sentence is no name: "Apa yang
           * dikemukakan penulis …?". */
          if (own || post || crowd)
            who[0] = ds_ascii_tolower (who[0]);
          /* "Coast guard chief Aan Kurnia" → "coast guard chief …". */
          else if (held && c + 1 < who_end && !s->toks[c + 1].cap && !(s->toks[c + 1].flags & W_FUNCTION))
            who[0] = ds_ascii_tolower (who[0]);
          /* "Economist Farah Naz" → "economist Farah Naz". */
          else if (c + 2 < who_end && _ds_phrase_at (ctx, s, c, PL_FACTS_COMMENTATOR) == 1 &&
                   s->toks[c + 1].cap && _ds_phrase_at (ctx, s, c, PL_OCCUPATION) == 0)
            who[0] = ds_ascii_tolower (who[0]);
        }
      /* ("Ia menegaskan bahwa perundingan itu …": the question of a
       * pronoun's saying names what it is about, in words of its own.) */
      if (pronoun)
        {
          guint te = claim_topic_end (ctx, s, that + 1, end);

          if (te == 0 || (te < end && (s->toks[te].flags & W_ANAPHOR)))
            return FALSE;
          for (guint k = that + 1; k < te; k++)
            if (s->toks[k].flags & W_ANAPHOR)
              return FALSE;
        }
      /* (Without "bahwa" the verb may take an object, "menilai kesiapan
       * Indonesia": the claim needs a subject a question can name and a
       * predicate of its own, and names its subject in words that do not
       * point back, "pergeseran ini", "ketentuannya".) */
      if (bare)
        {
          guint te = claim_topic_end (ctx, s, that + 1, end);

          if (te == 0 || points_back_early (s, that + 1, te + 1))
            return FALSE;
        }
      /* ("What did Waltz argue?" where the essay gives Waltz several
       * views: the question needs a topic too.) */
      if (!own && !crowd && claim_topic_end (ctx, s, that + 1, end) == 0 && holder_of_several (ctx, who))
        return FALSE;
      /* ("Officials estimated that the change cut …", "Diplomats
       * reported that …": a bare plural of people, one word in lower case
       * and no name, with no topic a question can name, asks "What did
       * officials estimate?", whose officials and about what unsaid; a
       * school, "constructivists" (phrase list school_name), is named.) */
      if (!own && ctx->english && claim_topic_end (ctx, s, that + 1, end) == 0 && bare_plural_holder (who) &&
          !school_at (ctx, s, c, who_end))
        return FALSE;
      /* "The author concludes that …", "Penulis menyimpulkan bahwa …",
       * its claim opening on no subject a question can name: "What does
       * the author conclude?" could be asked of any essay, and is asked
       * in this one's title ("What does the author conclude in “…”?");
       * a text with no title of its own asks nothing. */
      untitled = own && claim_topic_end (ctx, s, that + 1, end) == 0;
      if (untitled && (ctx->title == NULL || g_strcmp0 (ctx->title, ctx->essay_id) == 0))
        return FALSE;
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, that + 1, end);
      /* "Critics such as R. Moll argue" → "What does R. Moll argue …?" */
      if (one && ctx->english && g_str_has_suffix (form, " do") && strstr (who, " and ") == NULL)
        {
          g_autofree char *single = g_strdup_printf ("%.*s does", (int) (strrchr (form, ' ') - form), form);

          claim->question = finding_question (ctx, s, single, who, that + 1, end);
        }
      /* "… menemukan bahwa A mendominasi (40 kasus), diikuti B (25) dan
       * C (10)": one question of the whole ranking, not of its first
       * item. */
      else if (_ds_ranking_at (ctx, s, that + 1, end, &va, &vb))
        {
          g_autofree char *verb = _ds_phrase_dup (s, va, vb, TRUE);
          g_autofree char *question = ds_lang_expand (ctx->lang, "question_ranking", "who", who, "verb", verb, NULL);

          claim->question = ds_utf8_capitalize (question);
        }
      else if (untitled)
        {
          g_autofree char *verb = g_strndup (form, strrchr (form, ' ') != NULL ? (gsize) (strrchr (form, ' ') - form)
                                                                                 : strlen (form));
          g_autofree char *question = ds_lang_expand (ctx->lang, "question_finding_in", "verb", verb, "aux",
                                                      strrchr (form, ' ') != NULL ? strrchr (form, ' ') + 1 : "",
                                                      "who", who, "title", ctx->title, NULL);

          claim->question = ds_utf8_capitalize (question);
        }
      else
        claim->question = finding_question (ctx, s, form, who, that + 1, end);
      claim->attribution = g_steal_pointer (&who);
      /* Who holds the post and said it is asked besides ("Siapa yang
       * memperingatkan bahwa …?"): the speaker stays free. */
      _ds_toks_mark_used (s, held ? that : c == list_end ? MIN (c, list_from) : c, end);
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

/* "Dr.", "Prof." before a name: its two tokens, or 0. */
static guint
honorific_len (const Sent *s,
               guint       k,
               guint       e)
{
  return k + 2 < e && (s->toks[k].flags & W_ABBREV) && s->toks[k].cap && _ds_tok_is_punct (&s->toks[k + 1], '.') &&
         s->toks[k + 2].cap && s->toks[k + 2].type == TOK_WORD ? 2 : 0;
}

/* Where the speaker's name starts after the speaker's role in lower case
 * ("pakar hukum laut Dewi Anggraini", "maritime law expert Dewi
 * Anggraini") and an honorific ("Dr. Dewi Anggraini"): a text introduces
 * its expert so at the first quote, and names them alone after. @k when
 * neither stands there; @e when lower-case words lead to no name. */
static guint
speaker_name_start (const Sent *s,
                    guint       k,
                    guint       e)
{
  guint j = k;

  /* "Pakar hukum laut Dewi …" opening a sentence: the role's capital. */
  if (j + 1 < e && s->toks[j].cap && s->toks[j].type == TOK_WORD && !s->toks[j + 1].cap &&
      !(s->toks[j].flags & W_FUNCTION))
    j++;
  while (j < e && j < k + 5 && s->toks[j].type == TOK_WORD && !s->toks[j].cap &&
         !(s->toks[j].flags & (W_FUNCTION | W_VAGUE)) && !s->toks[j].verb)
    j++;
  if (j > k && (j >= e || !s->toks[j].cap))
    return s->toks[k].cap && j == k + 1 ? k + honorific_len (s, k, e) : e;
  return j + honorific_len (s, j, e);
}

/* A speaker's name: capitalised words up to the sentence's end, the comma
 * before their role, or a preposition ("kepada wartawan", "in an
 * interview"); the token after it, or 0. */
static guint
name_run_end (const Sent *s,
              guint       k,
              guint       e)
{
  guint b = k;

  while (b < e && b < k + 5 && s->toks[b].type == TOK_WORD && s->toks[b].cap &&
         !(s->toks[b].flags & (W_FUNCTION | W_VAGUE)))
    b++;
  return b;
}

static guint
speaker_end (const Sent *s,
             guint       k,
             guint       e)
{
  guint b = name_run_end (s, k, e);

  if (b == k || (b < e && !_ds_tok_is_punct (&s->toks[b], ',') && !(s->toks[b].flags & W_PREP)))
    return 0;
  return b;
}

/* "the head of the Danish Maritime Authority", "the spokesperson for
 * the Ministry of Trade": a post of a named body after a quote's saying
 * verb; the token after the body's name, or 0. */
static guint
role_of_name_end (Ctx        *ctx,
                  const Sent *s,
                  guint       k,
                  guint       e)
{
  guint j = k + 1, b;

  if (!ctx->english || j >= e || !_ds_tok_is_article (&s->toks[k]) || s->toks[k].cap)
    return 0;
  while (j < e && j < k + 4 && s->toks[j].type == TOK_WORD && !s->toks[j].cap && !(s->toks[j].flags & W_FUNCTION) &&
         !s->toks[j].verb)
    j++;
  if (j == k + 1 || j + 1 >= e || !(_ds_tok_is (&s->toks[j], "of") || _ds_tok_is (&s->toks[j], "for") ||
                                    _ds_tok_is (&s->toks[j], "at")))
    return 0;
  j++;
  if (_ds_tok_is_article (&s->toks[j]))
    j++;
  b = name_run_end (s, j, e);
  while (b > j && b + 1 < e && name_joiner (&s->toks[b]) && s->toks[b + 1].cap)
    b = name_run_end (s, b + 1, e);
  return b > j ? b : 0;
}

/* '"…," kata Ratna Sari, peneliti …', '"…," kata pakar hukum laut Dewi
 * Anggraini kepada wartawan' and '"…," said Ana Reyes' (or '"…," Ana
 * Reyes said', '"…," Reyes told reporters'): where the speaker is [*a,
 * *b) and the verb at *verb; FALSE when the words after the quote are no
 * such attribution. */
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
      *a = speaker_name_start (s, k + 1, e);
      *b = *a < e ? speaker_end (s, *a, e) : 0;
      /* '"…," kata pakar hukum siber Universitas Padjadjaran, Dr. Anindya
       * Prameswari', '"…," ujar peneliti ELSAM, Fajar Nugraha': after a
       * role, the capitals are the role's body; the name after the comma
       * is who spoke. */
      if (*b > 0 && *a > k + 1 && *b + 1 < e && _ds_tok_is_punct (&s->toks[*b], ','))
        {
          guint na = *b + 1 + honorific_len (s, *b + 1, e), nb = speaker_end (s, na, e);

          if (nb > na)
            *a = na, *b = nb;
        }
      /* The body's name closes the sentence, or its comma or "to
       * reporters" does. */
      if (*b == 0 && (*b = role_of_name_end (ctx, s, *a = k + 1, e)) > 0 && *b < e &&
          !_ds_tok_is_punct (&s->toks[*b], ',') && !(s->toks[*b].flags & W_PREP))
        *b = 0;
      return *b > 0;
    }
  *a = k;
  *b = k;
  while (*b < e && *b < k + 5 && s->toks[*b].type == TOK_WORD && s->toks[*b].cap)
    (*b)++;
  /* '"…," the spokesperson for the Ministry of Mines told reporters'. */
  if (*b == k)
    *b = MAX (k, role_of_name_end (ctx, s, k, e));
  *verb = *b;
  /* "… told reporters in Banda Aceh": to whom and where, after the verb. */
  return *b > k && *b < e && e - *b <= 6 && _ds_lexicon_other_forms (ctx, &s->toks[*b], "saying_verb") != NULL &&
         (*b + 1 == e || (s->toks[*b + 1].type == TOK_WORD && !(s->toks[*b + 1].flags & W_THAT)));
}

/* Commits the quote [a, end) of @s said by @who with the saying verb at
 * @verb. */
static void
commit_quote (Ctx        *ctx,
              Sent       *s,
              guint       a,
              guint       end,
              char       *who,
              guint       verb)
{
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, end);

  claim->question = finding_question (ctx, s, _ds_lexicon_other_forms (ctx, &s->toks[verb], "saying_verb"),
                                      who, a, end);
  claim->attribution = who;
  _ds_toks_mark_used (s, 0, s->n);
  _ds_claim_commit (ctx, claim);
}

/* The speaker before a saying verb at @v, [*a, *b): the name just before
 * it after a role ("Pakar hukum laut Dewi Anggraini mengatakan") or a
 * role and a comma ("Kepala pos SAR, Rudi Hasibuan, mengatakan"), or the
 * name that opens the sentence before an aside ("Rudi Hasibuan, who
 * heads the post, said"). */
static gboolean
speaker_before (const Sent *s,
                guint       v,
                guint      *a,
                guint      *b)
{
  guint end = v > 0 && _ds_tok_is_punct (&s->toks[v - 1], ',') ? v - 1 : v, k = end;

  while (k > 0 && end - k < 5 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap &&
         !(s->toks[k - 1].flags & (W_FUNCTION | W_VAGUE)))
    k--;
  if (k < end && (k == 0 || speaker_name_start (s, 0, end) == k ||
                  (end < v && _ds_tok_is_punct (&s->toks[k - 1], ','))))
    {
      for (guint j = 0; j + 1 < k; j++)
        if (s->toks[j].verb && !s->toks[j].cap)
          return FALSE;
      *a = k;
      *b = end;
      return TRUE;
    }
  *a = speaker_name_start (s, 0, end);
  *b = *a < end ? name_run_end (s, *a, end) : *a;
  return end < v && *b > *a && *b < end && _ds_tok_is_punct (&s->toks[*b], ',') && end - *b <= 14;
}

/* 'Dewi Anggraini mengatakan, "…"', 'Pakar hukum laut Dewi Anggraini
 * berkata: "…"', 'Anggraini said: "…"': the speaker before the quote. */
static void
quote_after_speaker (Ctx  *ctx,
                     Sent *s,
                     guint e)
{
  guint a, b, v, open, close;

  for (v = 1; v < e && v < 20 && !is_quote_mark (&s->toks[v]); v++)
    if (_ds_lexicon_other_forms (ctx, &s->toks[v], "saying_verb") != NULL)
      break;
  /* (A quote mark reached before any saying verb: no speaker said it.) */
  if (v >= e || v >= 20 || is_quote_mark (&s->toks[v]) || !speaker_before (s, v, &a, &b))
    return;
  open = v + 1;
  if (open < e && (_ds_tok_is_punct (&s->toks[open], ',') || _ds_tok_is_punct (&s->toks[open], ':')))
    open++;
  if (open >= e || !is_quote_mark (&s->toks[open]))
    return;
  for (close = open + 1; close < s->n && !is_quote_mark (&s->toks[close]); close++)
    ;
  /* The quote closes the sentence: its full stop may stand inside the
   * marks. */
  while (close > open + 1 && s->toks[close - 1].type == TOK_PUNCT)
    close--;
  if (close < open + 5 || close - open - 1 > FINDING_MAX_TOKENS || _ds_toks_any_used (s, 0, e))
    return;
  commit_quote (ctx, s, open + 1, close, _ds_toks_dup (s, a, b), v);
}

/* Whether the sentence before, in the same paragraph, opens a quote it
 * does not close. */
static gboolean
quote_opened_before (Ctx *ctx,
                     Sent *s)
{
  Sent x;

  if (ctx->prev.p == NULL || ctx->prev.block != s->block || ctx->prev.end >= s->p + 1 ||
      !(ctx->prev.p[0] == '"' || g_str_has_prefix (ctx->prev.p, "\xE2\x80\x9C")))
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  for (guint k = 1; k < x.n; k++)
    if (is_quote_mark (&x.toks[k]))
      return FALSE;
  return x.n >= 4 && x.n <= FINDING_MAX_TOKENS / 2;
}

/* '"Pengungsi bukan ancaman. Mereka adalah korban," kata Dewi.': a
 * quote of two sentences, its speaker after the second; the answer is
 * both, asked by what the first is about. */
static void
quote_closed_here (Ctx  *ctx,
                   Sent *s,
                   guint e)
{
  guint close = 0, end, a, b, verb;
  const char *stop;
  Sent x;
  DsClaim *claim;
  g_autofree char *who = NULL;

  while (close < e && !is_quote_mark (&s->toks[close]))
    close++;
  end = close;
  if (end > 0 && _ds_tok_is_punct (&s->toks[end - 1], ','))
    end--;
  if (close >= e || end < 3 || end > FINDING_MAX_TOKENS / 2 || _ds_toks_any_used (s, 0, e) ||
      !quote_speaker (ctx, s, close + 1, e, &a, &b, &verb) || !quote_opened_before (ctx, s))
    return;
  who = _ds_toks_dup (s, a, b);
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, 0, end);
  claim->question = finding_question (ctx, &x, _ds_lexicon_other_forms (ctx, &s->toks[verb], "saying_verb"),
                                      who, 1, _ds_body_end (&x) + 1);
  stop = s->toks[end - 1].p + s->toks[end - 1].len;
  g_free (claim->subject);
  claim->subject = g_strndup (x.toks[1].p, stop - x.toks[1].p);
  claim->start = x.start;
  claim->key_start = _ds_sent_char_at (&x, x.toks[1].p);
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  claim->attribution = g_steal_pointer (&who);
  _ds_toks_mark_used (s, 0, s->n);
  _ds_claim_commit (ctx, claim);
}

/* '"Keanggotaan kita bukan hak istimewa, melainkan amanah," ujarnya',
 * '"…," she said': the speaker a pronoun stands for (the phrase list
 * quote_speaker_pronoun), the person the sentence before opens on in the
 * same paragraph, two to six capitalised words before its verb ("Menteri
 * Luar Negeri Retno Marsudi berbicara …"). Nobody so named, no card. */
static void
quote_by_pronoun (Ctx  *ctx,
                  Sent *s,
                  guint k,
                  guint e,
                  guint end)
{
  const char *form;
  g_autofree char *who = NULL;
  Sent x;
  guint b;

  if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
    k++;
  if (k >= e || (form = _ds_lexicon_other_forms (ctx, &s->toks[k], "quote_speaker_pronoun")) == NULL)
    return;
  /* "she said", "he told reporters": the saying verb after the pronoun. */
  if (ctx->english)
    {
      if (k + 1 >= e || (form = _ds_lexicon_other_forms (ctx, &s->toks[k + 1], "saying_verb")) == NULL || e - k > 4)
        return;
    }
  else if (k + 1 != e)
    return;
  if (ctx->prev.p == NULL || ctx->prev.block != s->block || ctx->prev.end >= s->p + 1)
    return;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  for (b = 0; b < x.n && b < 7 && x.toks[b].type == TOK_WORD && x.toks[b].cap && !(x.toks[b].flags & (W_FUNCTION | W_VAGUE)); b++)
    ;
  if (b < 2 || b > 6 || b >= x.n || x.toks[b].type != TOK_WORD || x.toks[b].cap || !x.toks[b].verb)
    return;
  who = _ds_toks_dup (&x, 0, b);
  {
    DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, 1, end);

    claim->question = finding_question (ctx, s, form, who, 1, end);
    claim->attribution = g_steal_pointer (&who);
    _ds_toks_mark_used (s, 0, s->n);
    _ds_claim_commit (ctx, claim);
  }
}

/* '"Kedaulatan data tidak berarti menutup diri," kata Ratna Sari,
 * peneliti …' → "Apa yang dikatakan Ratna Sari tentang kedaulatan
 * data?", the quote the answer. */
void
_ds_find_quote (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), close = 1, a, b, verb, end;

  if (e < 8)
    return;
  if (!is_quote_mark (&s->toks[0]))
    {
      quote_after_speaker (ctx, s, e);
      quote_closed_here (ctx, s, e);
      return;
    }
  while (close < e && !is_quote_mark (&s->toks[close]))
    close++;
  end = close;
  if (end > 1 && _ds_tok_is_punct (&s->toks[end - 1], ','))
    end--;
  if (close >= e || end < 5 || end - 1 > FINDING_MAX_TOKENS || _ds_toks_any_used (s, 0, e))
    return;
  if (!quote_speaker (ctx, s, close + 1, e, &a, &b, &verb))
    {
      quote_by_pronoun (ctx, s, close + 1, e, end);
      return;
    }
  commit_quote (ctx, s, 1, end, _ds_toks_dup (s, a, b), verb);
}

/* ------------------------------------------------------------------ */
/* What a school holds against another view                            */

/* "melainkan", ", tetapi", "but": where the view held starts, after a
 * negation ("tidak", "bukan", "not") earlier in the clause; or 0. "tidak
 * hanya …, tetapi juga …" (not only … but also) adds, it sets nothing
 * against. */
static guint
rather_at (const Sent *s,
           guint       a,
           guint       e)
{
  gboolean negated = FALSE;

  for (guint k = a; k + 2 < e; k++)
    {
      const Tok *t = &s->toks[k];

      if ((_ds_tok_is (t, "tidak") || _ds_tok_is (t, "bukan") || _ds_tok_is (t, "not")) &&
          !_ds_tok_is (&s->toks[k + 1], "hanya") && !_ds_tok_is (&s->toks[k + 1], "sekadar") &&
          !_ds_tok_is (&s->toks[k + 1], "only") && !_ds_tok_is (&s->toks[k + 1], "just"))
        negated = TRUE;
      else if (negated && k > a + 2 &&
               (_ds_tok_is (t, "melainkan") || _ds_tok_is (t, "but") ||
                (_ds_tok_is_punct (&s->toks[k - 1], ',') && _ds_tok_is (t, "tetapi"))))
        return _ds_tok_is (&s->toks[k + 1], "juga") || _ds_tok_is (&s->toks[k + 1], "also") ? 0 : k + 1;
    }
  return 0;
}

/* Whether [@a, @b) names a post ("Direktur Jenderal Penyelenggaraan
 * Haji", "the director general for pilgrimage affairs"): it opens, after
 * an article, on a word of the phrase lists actor_noun or occupation. */
static gboolean
post_at (Ctx        *ctx,
         const Sent *s,
         guint       a,
         guint       b)
{
  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  return a < b && (_ds_phrase_at (ctx, s, a, PL_ACTOR_NOUN) > 0 ||
                   _ds_phrase_at (ctx, s, a, PL_OCCUPATION) > 0);
}

/* Whether [@a, @b) is a person's name: two to four capitalised words. */
static gboolean
person_at (const Sent *s,
           guint       a,
           guint       b)
{
  if (b < a + 2 || b > a + 4)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || !s->toks[k].cap || (s->toks[k].flags & W_FUNCTION))
      return FALSE;
  return TRUE;
}

/* "Menurut <post>, <Name>, …" and "Menurut <Name>, <post>, …": the
 * person is who holds the view; the post between commas only says who
 * they are. The person becomes [*who, *who_end), *after moves past the
 * second comma; FALSE (nothing moved) when the sentence goes on
 * otherwise. */
static gboolean
person_beside_post (Ctx        *ctx,
                    const Sent *s,
                    guint       e,
                    guint      *who,
                    guint      *who_end,
                    guint      *after)
{
  guint a = *who, comma = *after - 1, k;

  for (k = comma + 1; k < e && k < comma + 10 && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].verb && !s->toks[k].cap)
      return FALSE;
  if (k >= e || !_ds_tok_is_punct (&s->toks[k], ',') || k == comma + 1)
    return FALSE;
  if (post_at (ctx, s, a, comma) && person_at (s, comma + 1, k))
    *who = comma + 1, *who_end = k;
  else if (person_at (s, a, comma) && post_at (ctx, s, comma + 1, k))
    *who_end = comma;
  else
    return FALSE;
  *after = k + 1;
  return TRUE;
}

/* Whether [@a, @b) names a school of thought: "realisme",
 * "constructivism" (one word in -isme, -ism), "kaum realis", "para
 * konstruktivis", "realists" (a follower's plural), or one of the phrase
 * list school_name ("liberals", "the English School"). */
static gboolean
school_at (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  const Tok *t;
  guint n = _ds_phrase_at (ctx, s, a, PL_SCHOOL_NAME);

  if (n > 0 && a + n == b)
    return TRUE;
  if ((_ds_tok_is (&s->toks[a], "kaum") || _ds_tok_is (&s->toks[a], "para")) && b == a + 2)
    a++;
  if (b != a + 1 || (t = &s->toks[a])->type != TOK_WORD || t->cap || t->len < 6)
    return FALSE;
  if (ctx->english)
    return strncmp (t->p + t->len - 3, "ism", 3) == 0 || strncmp (t->p + t->len - 4, "ists", 4) == 0;
  return strncmp (t->p + t->len - 4, "isme", 4) == 0 ||
         (a > 0 && (_ds_tok_is (&s->toks[a - 1], "kaum") || _ds_tok_is (&s->toks[a - 1], "para")) &&
          t->p[t->len - 2] == 'i' && t->p[t->len - 1] == 's');
}

/* Whether token @t ends in the possessive "'s" ("Keohane's"). */
static gboolean
possessive_tok (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 3 &&
         ((t->p[t->len - 2] == '\'' && t->p[t->len - 1] == 's') ||
          (t->len > 5 && strncmp (t->p + t->len - 4, "\xe2\x80\x99s", 4) == 0));
}

/* "In Keohane's view, …", "From Wendt's perspective, …", "In Robert
 * Jervis's account, …": a name in the possessive (one to three words in
 * capitals) and a noun of a view (the phrase list view_possessive_noun)
 * after "in", "from" (view_possessive_opener), closed by a comma; the
 * comma's index, or 0. The name runs [@i + 1, *@name_end). */
static guint
possessive_view (Ctx        *ctx,
                 const Sent *s,
                 guint       i,
                 guint       e,
                 guint      *name_end)
{
  guint k, n;

  if (!ctx->english || _ds_phrase_at (ctx, s, i, PL_VIEW_POSSESSIVE_OPENER) != 1)
    return 0;
  for (k = i + 1; k < e && k < i + 4 && s->toks[k].type == TOK_WORD && s->toks[k].cap && !possessive_tok (&s->toks[k]); k++)
    ;
  if (k >= e || !s->toks[k].cap || !possessive_tok (&s->toks[k]) || (s->toks[k].flags & (W_COUNTRY | W_GOV)) ||
      (n = _ds_phrase_at (ctx, s, k + 1, PL_VIEW_POSSESSIVE_NOUN)) == 0 || k + 1 + n >= e ||
      !_ds_tok_is_punct (&s->toks[k + 1 + n], ','))
    return 0;
  *name_end = k + 1;
  return k + 1 + n;
}

/* Whether [@a, @b) is a school named by its adjective ("realis",
 * "konstruktivis", "realist", "neoliberal institutionalist": the phrase
 * list school_adjective), as "Dalam pandangan realis,", "In the realist
 * view," name it. */
static gboolean
school_adjective_at (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b)
{
  return a < b && _ds_phrase_at (ctx, s, a, PL_SCHOOL_ADJECTIVE) == b - a;
}

/* "In the realist view,", "From a constructivist perspective,": a
 * school's adjective (school_adjective) between an article and a noun
 * of a view (school_view_noun) after "in", "from"
 * (view_possessive_opener), closed by a comma; the token after the
 * comma, or 0. The adjective runs [*@who, *@who_end). */
static guint
school_view_frame (Ctx        *ctx,
                   const Sent *s,
                   guint       i,
                   guint       e,
                   guint      *who,
                   guint      *who_end)
{
  guint k = i + 1, n, m;

  if (!ctx->english || _ds_phrase_at (ctx, s, i, PL_VIEW_POSSESSIVE_OPENER) != 1 || k >= e ||
      !_ds_tok_is_article (&s->toks[k]) || (n = _ds_phrase_at (ctx, s, k + 1, PL_SCHOOL_ADJECTIVE)) == 0 ||
      (m = _ds_phrase_at (ctx, s, k + 1 + n, PL_SCHOOL_VIEW_NOUN)) == 0 || k + 1 + n + m + 1 >= e ||
      !_ds_tok_is_punct (&s->toks[k + 1 + n + m], ','))
    return 0;
  *who = k + 1;
  *who_end = k + 1 + n;
  return k + 1 + n + m + 1;
}

/* Whether @s opens on a noun of a view ("Dalam pandangan X,", "From the
 * perspective of X,", "In Wendt's view,"), which says that what follows
 * is a view even when it names no topic a question could. */
static gboolean
view_opened (Ctx        *ctx,
             const Sent *s,
             guint       e)
{
  guint i = 0, name, name_end;

  while (i < e && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  return i < e && (_ds_phrase_at (ctx, s, i, PL_VIEW_OPENER) > 0 || _ds_toks_pair_is (s, i, "dalam", "pandangan") ||
                   possessive_view (ctx, s, i, e, &name_end) > 0 || school_view_frame (ctx, s, i, e, &name, &name_end) > 0);
}

/* Whether [@a, @b) is an article and a body's name read whole ("the
 * World Bank", "the Indonesian Fishers' Association"), not a post ("the
 * Director General"). */
static gboolean
named_body_after_article (Ctx        *ctx,
                          const Sent *s,
                          guint       a,
                          guint       b)
{
  guint na, nb;

  return a + 1 < b && _ds_tok_is_article (&s->toks[a]) && s->toks[a + 1].cap &&
         _ds_read_name (s, a + 1, b, &na, &nb) == b && !post_at (ctx, s, a, b);
}

/* "Menurut konstruktivisme, …", "According to realism, …", "Menurut
 * Nye (2004), …", "Bagi kaum realis, …", "For Waltz (1979), …": a
 * school or a scholar the sentence opens with, at *who; *after is where
 * what it holds starts. "Menurut sebagian pengamat", "According to
 * critics" name nobody; after "bagi", "for" ("Bagi Indonesia, …", "For
 * small states, …": whom it matters to) only a school or a cited
 * scholar holds a view. */
static gboolean
held_by (Ctx        *ctx,
         const Sent *s,
         guint       e,
         guint      *who,
         guint      *who_end,
         guint      *after)
{
  guint i = 0, k;
  gboolean to_whom = FALSE, school;

  while (i < e && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  /* "As Kessler argued, …", "Seperti dikemukakan Kessler, …". */
  if ((k = _ds_as_said_by (s, i, e, who, who_end)) > 0)
    {
      *after = k;
      return TRUE;
    }
  /* "Menurut pandangan X,", "Dari sudut pandang X,", "In the view of
   * X,", "From the perspective of X," (the phrase list view_opener). */
  if ((k = _ds_phrase_at (ctx, s, i, PL_VIEW_OPENER)) > 0)
    i += k;
  else if (_ds_tok_is (&s->toks[i], "menurut"))
    i++;
  else if (_ds_toks_pair_is (s, i, "according", "to") || _ds_toks_pair_is (s, i, "dalam", "pandangan"))
    i += 2;
  else if (_ds_tok_is (&s->toks[i], "bagi") || _ds_tok_is (&s->toks[i], "for"))
    i++, to_whom = TRUE;
  else if ((k = possessive_view (ctx, s, i, e, who_end)) > 0)
    {
      *who = i + 1;
      *after = k + 1;
      return TRUE;
    }
  else if ((k = school_view_frame (ctx, s, i, e, who, who_end)) > 0)
    {
      *after = k;
      return TRUE;
    }
  else
    return FALSE;
  for (k = i; k < e && k < i + 8 && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  if (k == i || k >= e || !_ds_tok_is_punct (&s->toks[k], ','))
    return FALSE;
  /* ("Menurut para pengamat,", "According to many analysts,": a crowd
   * of one trade holds a view as a school does; "some" alone names
   * nobody.) */
  school = school_at (ctx, s, i, k) ||
           (!to_whom && crowd_at (ctx, s, i, k) && _ds_phrase_at (ctx, s, i, PL_CONTRAST_CAMP) == 0);
  for (guint j = i; j < k && !school; j++)
    if (s->toks[j].flags & W_VAGUE)
      return FALSE;
  if ((!school && _ds_phrase_at (ctx, s, i, PL_VAGUE_SOURCE) > 0) ||
      (to_whom && !school && _ds_source_kind (ctx, s, i, k) != DS_SOURCE_CITED))
    return FALSE;
  *who = i;
  *who_end = k;
  *after = k + 1;
  /* "According to the director general, Hilman Latief, …": a post with
   * its article names somebody only with the name beside it; "According
   * to the World Bank, …", "… the Indonesian Fishers' Association, …":
   * an article before a body's name read whole to the comma names it. */
  return person_beside_post (ctx, s, e, who, who_end, after) || school || !(s->toks[i].flags & (W_DET | W_QUANT)) ||
         named_body_after_article (ctx, s, i, k);
}

gboolean
_ds_school_at (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b)
{
  return a < b && school_at (ctx, s, a, b);
}

/* Whether a comma and a contrast ("but", "tetapi", the phrase list
 * contrast_conj) join a second clause in [@a, @e). */
static gboolean
concession_in (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       e)
{
  for (guint k = a; k + 1 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') &&
        (_ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_CONJ) > 0 || _ds_tok_is (&s->toks[k + 1], "but") ||
         _ds_tok_is (&s->toks[k + 1], "tetapi") || _ds_tok_is (&s->toks[k + 1], "namun")))
      return TRUE;
  return FALSE;
}

/* "Menurut konstruktivisme, norma siber tidak lahir dari perhitungan
 * kekuatan, melainkan dari interaksi …" → "Menurut konstruktivisme, norma
 * siber tidak lahir dari perhitungan kekuatan, melainkan dari _____.":
 * what the school holds, against what it denies, is the blank. */
void
_ds_find_held_view (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), who, who_end, after, k;

  if (!held_by (ctx, s, e, &who, &who_end, &after) || (k = rather_at (s, after, e)) == 0 ||
      _ds_toks_any_used (s, 0, e) || (s->toks[after].flags & (W_PRONOUN | W_ANAPHOR)))
    return;
  /* "… melainkan dari interaksi": the preposition both views share stays. */
  if (k < e && (s->toks[k].flags & W_PREP))
    k++;
  /* "…, but they still cooperate": a concession, no view set against. */
  if (e - k < 2 || e - k > 12 || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
    return;
  _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_REPORT, k, e);
  _ds_toks_mark_used (s, 0, e);
}

/* ------------------------------------------------------------------ */
/* What a rule requires                                                */

/* "2016/679", "76/19" (one token or three): the token after the
 * number, or 0. */
static guint
rule_number_end (const Sent *s,
                 guint       k,
                 guint       e)
{
  if (k >= e || s->toks[k].type != TOK_NUMBER)
    return 0;
  if (k + 2 < e && _ds_tok_is_punct (&s->toks[k + 1], '/') && s->toks[k + 2].type == TOK_NUMBER)
    return k + 3;
  return k + 1;
}

/* A rule's designation at @i: "PP Nomor 71 Tahun 2019", "Peraturan
 * Pemerintah (PP) Nomor 71 Tahun 2019" (the law rule's), "Regulation
 * (EU) 2016/679", "Resolution 76/19"; the token after it, or 0. */
static guint
rule_name_end (const Sent *s,
               guint       i,
               guint       e)
{
  guint k = _ds_law_end (s, i, e);

  if (k > 0 || !(s->toks[i].flags & W_LAW) || !s->toks[i].cap)
    return k;
  k = i + 1;
  /* "(EU)": whose rule it is. */
  if (k + 2 < e && _ds_tok_is_punct (&s->toks[k], '(') && _ds_tok_is_acronym (&s->toks[k + 1]) &&
      _ds_tok_is_punct (&s->toks[k + 2], ')'))
    k += 3;
  k = rule_number_end (s, k, e);
  /* "Regulation 2016" alone is a year, no designation. */
  return k > 0 && (k - i > 2 || memchr (s->toks[k - 1].p, '/', s->toks[k - 1].len) != NULL ||
                   _ds_tok_is_punct (&s->toks[k - 2], '/')) ? k : 0;
}

/* The rule's name as a question names it: "PP Nomor 71 Tahun 2019" for
 * "Peraturan Pemerintah (PP) Nomor 71 Tahun 2019" keeps the reader's
 * short name; otherwise as written. */
static char *
rule_name (const Sent *s,
           guint       i,
           guint       end)
{
  for (guint k = i + 1; k + 2 < end; k++)
    if (_ds_tok_is_punct (&s->toks[k], '(') && _ds_tok_is_acronym (&s->toks[k + 1]) &&
        _ds_tok_is_punct (&s->toks[k + 2], ')') && k + 3 < end && s->toks[k + 3].type == TOK_WORD)
      {
        g_autofree char *tail = _ds_toks_dup (s, k + 3, end);

        return g_strdup_printf ("%.*s %s", (int) s->toks[k + 1].len, s->toks[k + 1].p, tail);
      }
  return _ds_toks_dup (s, i, end);
}

/* Past the aside after a rule's name: ", adopted by the General Assembly
 * in 2021,", ", yang", ", which", "kemudian", "also". */
static guint
skip_rule_aside (Ctx        *ctx,
                 const Sent *s,
                 guint       k,
                 guint       e)
{
  if (k + 1 < e && _ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_RELATIVE))
    return k + 2;
  if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
    for (guint c = k + 2; c < e && c < k + 14; c++)
      if (_ds_tok_is_punct (&s->toks[c], ','))
        return c + 1;
  /* ("sebenarnya sudah mengamanatkan", "actually requires",
   * "effectively obliges": a hedge (phrase list rule_aside_hedge) or an
   * English adverb in "-ly".) */
  while (k < e && (((s->toks[k].flags & W_ADV) && !(s->toks[k].flags & W_NOUN)) || _ds_tok_ly_adverb (&s->toks[k]) ||
                   _ds_phrase_at (ctx, s, k, PL_RULE_ASIDE_HEDGE) == 1))
    k++;
  return k;
}

/* "its", "their": an owner word before the parties a rule binds. */
static gboolean
owner_word (const Tok *t)
{
  return _ds_tok_is (t, "its") || _ds_tok_is (t, "their");
}

/* "its parties to …", "both states to …": a noun phrase of a few words
 * after the rule's verb, then "to" and a verb. */
static gboolean
binds_whom_to (const Sent *s,
               guint       a,
               guint       e)
{
  for (guint k = a + 1; k + 1 < e && k <= a + 4; k++)
    {
      if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_THAT | W_RELATIVE)))
        return FALSE;
      if (_ds_tok_is (&s->toks[k], "to"))
        return !s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD && !_ds_tok_is_article (&s->toks[k + 1]);
      /* "prohibits exports of hazardous waste to poorer states": a
       * thing, and "to" says where it goes. */
      if (s->toks[k].flags & W_PREP)
        return FALSE;
    }
  return FALSE;
}

/* "… calls on member states to refrain from …" → "What does Resolution
 * 76/19 call on member states to do?", the answer after "to". */
static gboolean
commit_call_on (Ctx        *ctx,
                Sent       *s,
                const char *name,
                const char *aux,
                const char *verb,
                guint       v,
                guint       o,
                guint       e)
{
  guint to = o, head = o;
  g_autofree char *object = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  while (to < e && to < o + 6 && !_ds_tok_is (&s->toks[to], "to"))
    to++;
  /* "the five states", "its parties": the article, the owner and the
   * count belong to the noun. */
  if (head < to && (_ds_tok_is_article (&s->toks[head]) || owner_word (&s->toks[head])))
    head++;
  if (head < to && ((s->toks[head].flags & W_COUNT) || s->toks[head].type == TOK_NUMBER ||
                    _ds_tok_is (&s->toks[head], "both") || _ds_tok_is (&s->toks[head], "all") ||
                    /* "obliges each party to publish …" */
                    _ds_tok_is (&s->toks[head], "each") || _ds_tok_is (&s->toks[head], "every")))
    head++;
  if (to >= e || to == o || to >= o + 6 || e - to < 3 || !_ds_term_usable (s, head, to))
    return FALSE;
  object = _ds_toks_dup (s, o, to);
  question = ds_lang_expand (ctx->lang, "question_rule_call", "rule", name, "object", object,
                             "aux", aux, "verb", verb, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, to + 1, e);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, v, e);
  return _ds_claim_commit (ctx, claim);
}

/* "PP Nomor 71 Tahun 2019 mewajibkan …" → "Apa yang diwajibkan PP
 * Nomor 71 Tahun 2019?"; "Regulation (EU) 2016/679 requires …" → "What
 * does Regulation (EU) 2016/679 require?": what the rule demands is the
 * answer. */
static gboolean replaces_rule (Ctx        *ctx,
                               Sent       *s,
                               const char *name,
                               guint       start,
                               guint       end,
                               guint       v,
                               guint       e);

static gboolean
rule_demand (Ctx        *ctx,
             Sent       *s,
             const char *name,
             guint       start,
             guint       end,
             guint       e)
{
  guint v = skip_rule_aside (ctx, s, end, e), a;
  const char *form = v < e ? _ds_lexicon_other_forms (ctx, &s->toks[v], "rule_verb") : NULL;
  const char *aux = form != NULL && strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "";
  g_autofree char *verb = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (v < e && replaces_rule (ctx, s, name, start, end, v, e))
    return TRUE;
  if (form == NULL || _ds_toks_any_used (s, v, e))
    return FALSE;
  /* "… gives states the freedom to study the seabed and obliges states
   * to punish …", "… memberi negara kebebasan … dan mewajibkan negara
   * …": a second demand of the same rule, joined by "and" and a verb of
   * the same list, is a card of its own, and the first ends before it. */
  for (guint k = v + 2; k + 2 < e; k++)
    {
      guint j = k + 1;
      const char *second;

      if (!(s->toks[k].flags & W_CONJ) || (s->toks[k].flags & W_RELATIVE))
        continue;
      /* ("… and also requires …", "… dan juga melarang …"; ", and it
       * bans …": only the rule can be what "it" is before such a verb) */
      if (j + 2 < e && (((s->toks[j].flags & W_ADV) && !(s->toks[j].flags & W_NOUN)) ||
                        (ctx->english && (s->toks[j].flags & W_PRONOUN))))
        j++;
      second = _ds_lexicon_other_forms (ctx, &s->toks[j], "rule_verb");
      if (second == NULL || _ds_toks_any_used (s, k + 1, e) ||
          ((s->toks[j - 1].flags & W_PRONOUN) && !g_str_has_suffix (second, " does")))
        continue;
      {
        guint cut = k > v + 2 && _ds_tok_is_punct (&s->toks[k - 1], ',') ? k - 1 : k;
        gboolean first = rule_demand (ctx, s, name, start, end, cut);

        return rule_demand (ctx, s, name, start, j, e) || first;
      }
    }
  if (v + 1 < e && (_ds_tok_is (&s->toks[v + 1], "on") || _ds_tok_is (&s->toks[v + 1], "upon")))
    return commit_call_on (ctx, s, name, aux, "call on", v, v + 2, e);
  a = v + 1;
  /* "requires its parties to assist …", "requires both states to
   * exchange …": whom it binds, then what to do. */
  if (ctx->english && a < e && binds_whom_to (s, a, e))
    {
      verb = g_strndup (form, strcspn (form, " "));
      return commit_call_on (ctx, s, name, aux, verb, v, a, e);
    }
  /* "mewajibkan agar …", "requires that …": the demand after it. */
  if (a < e && ((s->toks[a].flags & W_THAT) || _ds_tok_is (&s->toks[a], "agar") ||
                _ds_tok_is (&s->toks[a], "supaya")))
    a++;
  if (e - a < 3 || e - a > FINDING_MAX_TOKENS || (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  verb = g_strndup (form, strcspn (form, " "));
  /* "lets any party withdraw …": no "to" splits whom from what, and
   * "What does Article 12 let?" asks nothing. */
  if (ctx->english && strcmp (verb, "let") == 0)
    {
      /* "lets any party withdraw …" → "What does Article 12 let any
       * party do?": whom it lets ends before the first verb that is no
       * plural noun ("rangers", "states") nor after a preposition. */
      guint k;

      for (k = a + 1; k < e && k < a + 8; k++)
        {
          const Tok *w = &s->toks[k];

          if (w->type != TOK_WORD || w->cap)
            return FALSE;
          if (w->verb && !(w->flags & (W_NOUN | W_FUNCTION)) && w->p[w->len - 1] != 's' &&
              !(s->toks[k - 1].flags & W_PREP))
            break;
        }
      if (k >= e || k >= a + 8 || e - k < 2 || !_ds_term_usable (s, a, k))
        return FALSE;
      {
        g_autofree char *object = _ds_toks_dup (s, a, k);

        claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, k, e);
        claim->question = g_strdup_printf ("What %s %s let %s do?", aux, name, object);
        _ds_toks_mark_used (s, v, e);
        return _ds_claim_commit (ctx, claim);
      }
    }
  question = ds_lang_expand (ctx->lang, "question_rule", "verb", verb, "aux", aux, "rule", name, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, a, e);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, v, e);
  return _ds_claim_commit (ctx, claim);
}

/* "UU Nomor 12 Tahun 2016 menggantikan UU Nomor 4 Tahun 1988", "Act
 * No. 12 of 2016 repealed Act No. 4 of 1988" → "Peraturan apa yang
 * menggantikan UU Nomor 4 Tahun 1988?", "Which rule repealed Act No. 4 of
 * 1988?", answered by the rule @name ([@start, @end) of @s); "UU Nomor 4
 * Tahun 1988 diganti oleh UU Nomor 12 Tahun 2016" the other way round.
 * The verb at @v says so (phrase lists replace_active, replace_verb), the
 * other side is a rule by its number (with its title). */
static gboolean
replaces_rule (Ctx        *ctx,
               Sent       *s,
               const char *name,
               guint       start,
               guint       end,
               guint       v,
               guint       e)
{
  const char *active = _ds_lexicon_other_forms (ctx, &s->toks[v], "replace_active");
  guint o = v + 1, r, t;
  gboolean passive = FALSE;
  g_autofree char *other = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (active == NULL && (active = _ds_lexicon_other_forms (ctx, &s->toks[v], "replace_verb")) != NULL)
    {
      passive = TRUE;
      if (o < e && (_ds_tok_is (&s->toks[o], "oleh") || _ds_tok_is (&s->toks[o], "by") ||
                    _ds_tok_is (&s->toks[o], "dengan")))
        o++;
      else
        return FALSE;
    }
  if (active == NULL || o >= e || (r = rule_name_end (s, o, e)) == 0 || _ds_toks_any_used (s, start, r))
    return FALSE;
  t = r;
  if (r + 2 < e && (_ds_tok_is (&s->toks[r], "tentang") || _ds_tok_is (&s->toks[r], "on")) && s->toks[r + 1].cap)
    t = MAX (_ds_law_topic_end (s, r + 1, e), r);
  if (passive)
    {
      /* What replaced the rule is the answer, named as the text names it. */
      question = ds_lang_expand (ctx->lang, "question_rule_replaced", "verb", active, "rule", name, NULL);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, o, t);
    }
  else
    {
      other = _ds_toks_dup (s, o, t);
      question = ds_lang_expand (ctx->lang, "question_rule_replaced", "verb", active, "rule", other, NULL);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, start, end);
      /* "Perpres ini": the rule it stands for. */
      g_free (claim->subject);
      claim->subject = g_strdup (name);
    }
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, start, t);
  _ds_claim_commit (ctx, claim);
  /* "Undang-undang baru ini …" next is the new rule, not the one named
   * last. */
  g_free (ctx->new_rule);
  ctx->new_rule = passive ? rule_name (s, o, r) : g_strdup (name);
  return TRUE;
}

/* "Aturan itu", "Peraturan tersebut", "The regulation", "This rule": a
 * subject that names the rule the text named last; the token after it,
 * or 0. */
static guint
rule_anaphor_end (const Sent *s,
                  guint       e)
{
  guint k = 0;

  if (k < e && (_ds_tok_is (&s->toks[k], "the") || _ds_tok_is (&s->toks[k], "this")))
    k++;
  /* "The new act", "Undang-undang baru ini": the rule that replaced
   * the one before is the one named last. */
  if (k > 0 && k < e && _ds_tok_is (&s->toks[k], "new"))
    k++;
  if (k >= e || !((s->toks[k].flags & W_LAW) || _ds_tok_is (&s->toks[k], "aturan") ||
                  _ds_tok_is (&s->toks[k], "rule")))
    return 0;
  if (k == 0 && k + 2 < e && _ds_tok_is (&s->toks[k + 1], "baru") && (s->toks[k + 2].flags & W_ANAPHOR))
    return k + 3;
  if (k == 0 && !(k + 1 < e && (s->toks[k + 1].flags & W_ANAPHOR)))
    return 0;
  return k == 0 ? k + 2 : k + 1;
}

/* "Aturan itu kemudian diganti oleh PP Nomor 71 Tahun 2019, yang …" →
 * "Peraturan apa yang menggantikan PP Nomor 82 Tahun 2012?", the rule
 * named before standing for "Aturan itu"; "Undang-undang ini mengatur
 * …" → "Apa yang diatur UU Nomor 27 Tahun 2022?". */
static gboolean
rule_replaced (Ctx  *ctx,
               Sent *s,
               guint e)
{
  guint k = rule_anaphor_end (s, e), by, end;
  const char *active;
  g_autofree char *name = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (k == 0 || ctx->last_rule == NULL)
    return FALSE;
  while (k < e && ((s->toks[k].flags & (W_ADV | W_AUX)) || _ds_tok_is (&s->toks[k], "was")))
    k++;
  /* "Undang-undang ini mengatur …": what the rule named before demands. */
  if (k < e && _ds_lexicon_other_forms (ctx, &s->toks[k], "rule_verb") != NULL)
    return rule_demand (ctx, s, ctx->last_rule, 0, k, e);
  active = k < e ? _ds_lexicon_other_forms (ctx, &s->toks[k], "replace_verb") : NULL;
  by = k + 1;
  if (active == NULL || by + 1 >= e || !(_ds_tok_is (&s->toks[by], "oleh") || _ds_tok_is (&s->toks[by], "by")) ||
      (end = rule_name_end (s, by + 1, e)) == 0 || _ds_toks_any_used (s, by + 1, end))
    return FALSE;
  question = ds_lang_expand (ctx->lang, "question_rule_replaced", "verb", active, "rule", ctx->last_rule, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, by + 1, end);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, 0, end);
  name = rule_name (s, by + 1, end);
  _ds_claim_commit (ctx, claim);
  rule_demand (ctx, s, name, by + 1, end, e);
  g_free (ctx->last_rule);
  ctx->last_rule = g_steal_pointer (&name);
  ctx->last_rule_block = s->block;
  return TRUE;
}

/* "UU Nomor 24 Tahun 2007 tentang Penanggulangan Bencana mewajibkan …",
 * "Law No. 24 of 2007 on Disaster Management requires …": the rule's
 * title stands between its number and its verb, and the question names
 * it whole. */
static gboolean
titled_rule_demand (Ctx        *ctx,
                    Sent       *s,
                    guint       i,
                    guint       end,
                    guint       e)
{
  guint t;
  g_autofree char *name = NULL;

  if (end + 2 >= e || !(_ds_tok_is (&s->toks[end], "tentang") || _ds_tok_is (&s->toks[end], "on")) ||
      !s->toks[end + 1].cap || (t = _ds_law_topic_end (s, end + 1, e)) <= end + 1)
    return FALSE;
  name = _ds_toks_dup (s, i, t);
  return rule_demand (ctx, s, name, i, t, e);
}

/* Rules by their designation: what replaced the one named before, what
 * each demands; the last one named is remembered for "Aturan itu". */
gboolean
_ds_find_rules (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean found = rule_replaced (ctx, s, e);

  for (guint i = 0; i + 2 < e; i++)
    {
      guint end = (s->toks[i].flags & W_LAW) && s->toks[i].cap ? rule_name_end (s, i, e) : 0;
      g_autofree char *name = NULL;

      if (end == 0)
        continue;
      name = rule_name (s, i, end);
      /* The rule opens its clause: "… melalui PP Nomor …" is an
       * instrument, not the subject that demands. */
      if (!found && i == _ds_clause_start (s, i) && !_ds_toks_any_used (s, i, end) &&
          (found = rule_demand (ctx, s, name, i, end, e) || titled_rule_demand (ctx, s, i, end, e)))
        _ds_toks_mark_used (s, i, end);
      g_free (ctx->last_rule);
      ctx->last_rule = g_steal_pointer (&name);
      ctx->last_rule_block = s->block;
      i = end - 1;
    }
  if (ctx->new_rule != NULL)
    {
      g_free (ctx->last_rule);
      ctx->last_rule = g_steal_pointer (&ctx->new_rule);
    }
  return found;
}

/* "the Helsinki Rules of 1966", "Perjanjian Laut Tenang 2015": after a
 * treaty's name, the year that belongs to it; the token after both. */
static guint
treaty_year_end (const Sent *s,
                 guint       k,
                 guint       e)
{
  if (k + 1 < e && (_ds_tok_is (&s->toks[k], "of") || _ds_tok_is (&s->toks[k], "tahun")))
    k++;
  if (k < e && s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4)
    return k + 1;
  return k > 0 && s->toks[k - 1].type == TOK_NUMBER ? k : 0;
}

/* A treaty by its name at @i ("The Aral Basin Accord", "Konvensi
 * Perikanan Pasifik Barat", "the Treaty of Tlatelolco"): a name whose
 * first or last word says it is one; the token after it and its year,
 * or 0. */
static guint
treaty_name_end (Ctx        *ctx,
                 const Sent *s,
                 guint       i,
                 guint       e)
{
  guint a, b, y;

  if (i < e && _ds_tok_is (&s->toks[i], "the"))
    i++;
  if (_ds_read_name (s, i, e, &a, &b) <= i || b - a < 2 ||
      (_ds_phrase_at (ctx, s, a, PL_TREATY_HEAD) != 1 &&
       _ds_phrase_at (ctx, s, b - 1, PL_TREATY_HEAD) != 1))
    return 0;
  y = treaty_year_end (s, b, e);
  return y > 0 ? y : b;
}

/* The treaty's name as a question puts it mid-sentence: "the Aral Basin
 * Accord" keeps its article in lower case, as the last sentence's
 * subject does. */
static char *
treaty_named (const Sent *s,
              guint       start,
              guint       end)
{
  g_autofree char *name = _ds_toks_dup (s, start, end);

  return start > 0 ? g_strconcat ("the ", name, NULL) : g_steal_pointer (&name);
}

/* "the International Convention on Maritime Search and Rescue",
 * "Konvensi Internasional tentang Pencarian dan Pertolongan Maritim": a
 * treaty's name at @i, read on past "tentang"/"mengenai" before capitals;
 * the token after it, or 0. */
static guint
treaty_full_end (Ctx        *ctx,
                 const Sent *s,
                 guint       i,
                 guint       e)
{
  guint a, b, y;
  gboolean head = FALSE;

  if (_ds_read_name (s, i, e, &a, &b) <= i || b - a < 2)
    return 0;
  /* "International Convention on …": the head may stand inside. */
  for (guint k = a; k < b && !head; k++)
    head = s->toks[k].cap && _ds_phrase_at (ctx, s, k, PL_TREATY_HEAD) == 1;
  if (!head)
    return 0;
  /* "… tentang Perlindungan Trenggiling", "… on the Protection of
   * Pangolins": what the treaty is about belongs to its name. */
  for (guint k = b, n; k + 1 < e; k = b)
    {
      if (!(_ds_tok_is (&s->toks[k], "tentang") || _ds_tok_is (&s->toks[k], "mengenai") ||
            _ds_tok_is (&s->toks[k], "on") || _ds_tok_is (&s->toks[k], "of")))
        break;
      n = k + 1 < e && _ds_tok_is (&s->toks[k + 1], "the") ? k + 2 : k + 1;
      if (_ds_read_name (s, n, e, &a, &y) <= n)
        break;
      b = y;
    }
  y = treaty_year_end (s, b, e);
  return y > 0 ? y : b;
}

/* Remembers the last treaty sentence @s names anywhere ("Indonesia
 * meratifikasi Konvensi … pada 2012."): "Perjanjian ini" in the next
 * sentence may be it. */
void
_ds_note_treaty (Ctx        *ctx,
                 const Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 0; i + 1 < e; i++)
    {
      guint end, a, b;
      char *name;

      if (!s->toks[i].cap || s->toks[i].type != TOK_WORD || _ds_tok_is (&s->toks[i], "the"))
        continue;
      if ((end = treaty_full_end (ctx, s, i, e)) == 0)
        {
          if (_ds_read_name (s, i, e, &a, &b) > i)
            i = b - 1;
          continue;
        }
      /* (No g_autofree in this loop, asked at every capital.) */
      name = _ds_toks_dup (s, i, end);
      g_free (ctx->last_treaty);
      ctx->last_treaty = name;
      if (i > 0 && _ds_tok_is (&s->toks[i - 1], "the"))
        {
          ctx->last_treaty = g_strconcat ("the ", name, NULL);
          g_free (name);
        }
      ctx->last_treaty_end = s->end_char;
      i = end - 1;
    }
}

/* "Perjanjian ini", "Konvensi tersebut", "The convention", "This
 * treaty": a treaty's head word that points back; the token after it,
 * or 0. */
static guint
treaty_anaphor_end (Ctx        *ctx,
                    const Sent *s,
                    guint       e)
{
  if (e > 2 && (_ds_tok_is (&s->toks[0], "the") || _ds_tok_is (&s->toks[0], "this")) && !s->toks[1].cap &&
      _ds_phrase_at (ctx, s, 1, PL_TREATY_HEAD) == 1)
    return 2;
  if (e > 2 && (s->toks[1].flags & W_ANAPHOR) && _ds_phrase_at (ctx, s, 0, PL_TREATY_HEAD) == 1)
    return 2;
  return 0;
}

/* "Indonesia meratifikasi Konvensi Budapest dan Konvensi Malabo … .
 * Konvensi ini …": the sentence before named two treaties, and the
 * pointer is neither (_ds_kind_name_before(), which every rule reads). */
static gboolean
treaty_anaphor_several (Ctx        *ctx,
                        const Sent *s)
{
  const Tok *noun = &s->toks[ctx->english ? 1 : 0];
  gboolean several = FALSE;
  g_autofree char *name = _ds_kind_name_before (ctx, s->p, ctx->topic, noun->p, noun->len, &several);

  return several;
}

/* A rule that commits its parties ("It commits the five states to
 * share …") asks what it binds them to do, as a call on them does. */
static gboolean
rule_binds (Ctx        *ctx,
            Sent       *s,
            const char *name,
            guint       end,
            guint       e)
{
  guint v = skip_rule_aside (ctx, s, end, e);
  const char *form = v < e ? _ds_lexicon_other_forms (ctx, &s->toks[v], "rule_bind_verb") : NULL;
  g_autofree char *verb = NULL;

  if (form == NULL || strchr (form, ' ') == NULL || _ds_toks_any_used (s, v, e))
    return FALSE;
  verb = g_strndup (form, strcspn (form, " "));
  return commit_call_on (ctx, s, name, strchr (form, ' ') + 1, verb, v, v + 1, e);
}

/* What a treaty named at the start of the sentence, or standing for the
 * name the sentence before began with ("It", "The accord"), demands:
 * "What does the Aral Basin Accord require?" */
gboolean
_ds_find_treaty (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), start = _ds_tok_is (&s->toks[0], "the") ? 1 : 0, end;
  g_autofree char *name = NULL;

  /* (Before any treaty is named, as in most texts, "It" stands for none:
   * only a sentence that opens on a treaty's name is read on.) */
  if (ctx->last_treaty == NULL && treaty_name_end (ctx, s, 0, e) == 0)
    return FALSE;
  if ((name = _ds_anaphor_at (ctx, s, 0, &end)) != NULL)
    {
      /* "It" is the treaty when the sentence before began with it,
       * maybe without its year ("the Helsinki Rules"). */
      gsize len = strlen (name);

      if (ctx->last_treaty == NULL || ds_ascii_strncasecmp (name, ctx->last_treaty, len) != 0 ||
          (ctx->last_treaty[len] != '\0' && ctx->last_treaty[len] != ' '))
        return FALSE;
      g_free (name);
      name = g_strdup (ctx->last_treaty);
    }
  else if ((end = treaty_name_end (ctx, s, 0, e)) > 0)
    {
      name = treaty_named (s, start, end);
      g_free (ctx->last_treaty);
      ctx->last_treaty = g_strdup (name);
      ctx->last_treaty_end = s->end_char;
    }
  /* "Perjanjian ini mewajibkan …" after a sentence that named the treaty
   * anywhere ("Indonesia meratifikasi Konvensi … pada 2012."). */
  else if ((end = treaty_anaphor_end (ctx, s, e)) > 0 && ctx->last_treaty != NULL &&
           ctx->last_treaty_end == ctx->prev.end_char && ctx->prev.end != NULL && !treaty_anaphor_several (ctx, s))
    name = g_strdup (ctx->last_treaty);
  else
    return FALSE;
  return rule_binds (ctx, s, name, end, e) || rule_demand (ctx, s, name, 0, end, e);
}

/* "Article 17 of the …", "Pasal 28F UUD 1945", "Art. 234 of …", "Psl
 * 12 …" (the phrase list "article_word" of either language): the
 * article's number token after the word in *@num, and where the document
 * it belongs to starts; 0 when @i starts none. */
static guint
article_at (const Sent *s,
            guint       i,
            guint       e,
            guint      *num)
{
  guint k = i + 1;

  if (i + 3 >= e || !s->toks[i].cap || !_ds_word_in_either (&s->toks[i], "article_word"))
    return 0;
  if (_ds_tok_is_punct (&s->toks[k], '.') && s->toks[i].p + s->toks[i].len == s->toks[k].p)
    k++;
  if (k + 2 >= e || s->toks[k].type != TOK_NUMBER)
    return 0;
  *num = k++;
  if (_ds_tok_is (&s->toks[k], "of"))
    k++;
  return k;
}

/* "Pasal 6 ayat (2)", "Article 6(2)", "Article 6 paragraph 2": where
 * the article's paragraphs (phrase list text_part) end after its number,
 * from @b (the token after the number) on, before @limit: the paragraph
 * is part of the answer, not of the document's name ("Pasal berapa
 * dalam ayat (1) UU ITE …?"). */
static guint
article_part_end (Ctx        *ctx,
                  const Sent *s,
                  guint       b,
                  guint       limit)
{
  for (;;)
    {
      guint k = b;

      if (k < limit && _ds_word_in_either (&s->toks[k], "text_part"))
        k++;
      if (k + 2 < limit && _ds_tok_is_punct (&s->toks[k], '(') && s->toks[k + 1].type == TOK_NUMBER &&
          _ds_tok_is_punct (&s->toks[k + 2], ')'))
        k += 3;
      else if (k > b && k < limit && s->toks[k].type == TOK_NUMBER)
        k++;
      if (k == b || k == b + 1)
        return b;
      b = k;
    }
}

/* "Article 17 of the ICCPR protects every person from …" → "Which
 * article of the ICCPR protects every person from …?"; "Pasal 28F UUD
 * 1945 menjamin …" → "Pasal berapa dalam UUD 1945 yang menjamin …?":
 * the article's number is what a learner cites. */
static gboolean
article_from (Ctx  *ctx,
              Sent *s,
              guint c,
              guint e,
              guint d,
              guint num)
{
  guint v, n, before;
  g_autofree char *doc = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *question = NULL;
  g_autofree char *verb = NULL;
  DsClaim *claim;

  /* "Under Article 56 of the convention, a coastal state has …",
   * "Menurut Pasal 33 UUD 1945, …" (the phrase list facts3_article_lead):
   * the article the clause after the comma rests on, asked as a blank. */
  if (d == 0 && (n = _ds_phrase_at (ctx, s, c, PL_FACTS3_ARTICLE_LEAD)) > 0 &&
      (d = article_at (s, c + n, e, &num)) > 0)
    {
      guint comma = d, b = num + 1;

      while (comma < e && comma < d + 10 && !_ds_tok_is_punct (&s->toks[comma], ','))
        comma++;
      if (comma >= d + 10 || comma + 4 >= e || _ds_toks_any_used (s, c, e))
        return FALSE;
      b = article_part_end (ctx, s, b, comma);
      before = ctx->claims->len;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_LAW, c + n, b);
      return ctx->claims->len > before;
    }
  if (d == 0)
    return FALSE;
  /* "Pasal 28 ayat (1) UU ITE mengatur …": the answer runs to the
   * paragraph's end, the document after it. */
  {
    guint b = article_part_end (ctx, s, num + 1, e);

    if (b > num + 1)
      {
        d = b + (b < e && _ds_tok_is (&s->toks[b], "of"));
        num = b - 1;
      }
  }
  /* "Pasal 12 melarang …": no document named; the article is the rule's
   * named in this paragraph (a paragraph before may speak of another
   * document: "Under Article 4 of the convention"), else the article
   * alone is asked what it demands ("Apa yang dilarang Pasal 12?"). */
  if (_ds_lexicon_other_forms (ctx, &s->toks[d], "rule_verb") != NULL)
    {
      g_autofree char *article = _ds_toks_dup (s, c, d);

      if (ctx->last_rule == NULL || s->block != ctx->last_rule_block)
        return rule_demand (ctx, s, article, c, d, e);
      doc = g_strdup (ctx->last_rule);
      v = d;
    }
  /* "Article 3, which strictly forbids …", "Pasal 40, yang mengatur …"
   * (a bullet under "… its Constitution, in particular:"): what follows
   * the article is a clause on it, no document's name; the article alone
   * names no rule a learner could cite, so no card. */
  else if (d < e && s->toks[d].type == TOK_PUNCT)
    return FALSE;
  else
    {
      for (v = d + 1; v < e && v < d + 12 && _ds_lexicon_other_forms (ctx, &s->toks[v], "rule_verb") == NULL; v++)
        ;
    }
  if (v >= e || v >= d + 12 || e - v < 3 || e - v > FINDING_MAX_TOKENS || _ds_toks_any_used (s, c, e))
    return FALSE;
  if (doc == NULL)
    doc = _ds_toks_dup (s, d, v);
  /* "Pasal 58 mengamanatkan pembentukan lembaga pengawas …": what the
   * article demands is the claim a lecturer asks first ("Apa yang
   * diamanatkan Pasal 58 Undang-Undang Nomor 27 Tahun 2022?"); which
   * article says so is asked besides. */
  {
    g_autofree char *article = _ds_toks_dup (s, c, num + 1);
    g_autofree char *name = ds_lang_expand (ctx->lang, "naming2_article_of", "article", article, "doc", doc, NULL);

    rule_demand (ctx, s, name, c, v, e);
  }
  verb = _ds_toks_dup (s, v, v + 1);
  rest = _ds_toks_dup (s, v + 1, e);
  question = ds_lang_expand (ctx->lang, "question_article", "doc", doc, "verb", verb, "rest", rest, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, c, num + 1);
  claim->question = ds_utf8_capitalize (question);
  /* "Pasal 14 PP Nomor 71 Tahun 2019": the law is asked here, no blank
   * of its own; a covenant's acronym still is. */
  _ds_toks_mark_used (s, (s->toks[d].flags & W_LAW) ? d : v, e);
  return _ds_claim_commit (ctx, claim);
}

gboolean
_ds_find_article (Ctx  *ctx,
                  Sent *s)
{
  guint c = _ds_clause_start (s, 0), e = _ds_body_end (s), num = 0, d = article_at (s, c, e, &num);

  /* (Most sentences name no article: article_from(), which declares the
   * strings, is not entered.) */
  if (d == 0 && _ds_phrase_at (ctx, s, c, PL_FACTS3_ARTICLE_LEAD) == 0)
    return FALSE;
  return article_from (ctx, s, c, e, d, num);
}

/* ------------------------------------------------------------------ */
/* The essay's own argument                                            */

/* How plainly a signpost at the sentence's start announces the essay's
 * argument, and which question asks it. */
typedef struct {
  PhraseId    phrases;     /* the language's phrase list */
  gboolean    needs_that;  /* "… berargumen bahwa …", not "…, …" */
  guint       rank;
  const char *question;    /* template */
  gboolean    closing;     /* only where the essay concludes */
} Signpost;

/* The indices of the thesis's and the recommendation's signposts in
 * signposts[]. */
#define THESIS_SIGNPOST 0
#define RECOMMEND_SIGNPOST 2

static const Signpost signposts[] = {
  { PL_THESIS_MARKER, TRUE, 4, "question_thesis", FALSE },
  { PL_CONCLUSION_MARKER, FALSE, 3, "question_conclusion", FALSE },
  { PL_RECOMMEND_MARKER, TRUE, 2, "question_recommend", FALSE },
  { PL_CONSEQUENCE_MARKER, FALSE, 1, "question_conclusion", FALSE },
  /* "Jadi,", "Oleh karena itu,", "Therefore,": a step of any argument,
   * the conclusion only where the essay draws it. */
  { PL_CLOSING_MARKER, FALSE, 1, "question_conclusion", TRUE },
  /* "The essay concludes that …", "Tulisan ini menyimpulkan bahwa …":
   * the text or its author concluding is a conclusion's signpost, asked
   * from its "that", "bahwa" on. */
  { PL_CONCLUSION_THAT_MARKER, TRUE, 3, "question_conclusion", FALSE },
};

/* Whether @text may fold (ds_words_fold (@text, DS_FOLD_STRIP_MARKS)) to
 * the folded @name, by its first word: its letters and digits in ASCII
 * are the fold's first word, lower-cased, as far as they run; anything
 * else leaves it to the fold. */
static gboolean
may_fold_to (const char *text,
             const char *name)
{
  const char *p = text, *n = name;

  while (*p != '\0' && (guchar) *p < 0x80 && !g_ascii_isalnum (*p))
    p++;
  for (; g_ascii_isalnum (*p); p++, n++)
    if (*n != g_ascii_tolower (*p))
      return FALSE;
  return TRUE;
}

/* Whether the section the sentence stands in is the essay's conclusion
 * ("Kesimpulan", "Penutup", "Conclusion"), by its heading. */
static gboolean
conclusion_section (Ctx *ctx)
{
  const char * const *names;
  guint k;

  if (ctx->topic_block == G_MAXUINT)
    return FALSE;
  /* Asked at sentences of every section: the heading is folded once
   * (and the list looked up only then). */
  if (ctx->conclusion_block == ctx->topic_block)
    return ctx->conclusion;
  if ((names = ds_lang_get_phrases (ctx->lang, "conclusion_heading")) == NULL)
    return FALSE;
  /* (Most headings' first word is no name's: not folded.) */
  for (k = 0; names[k] != NULL && !may_fold_to (ctx->topic, names[k]); k++)
    ;
  if (names[k] == NULL)
    {
      ctx->conclusion_block = ctx->topic_block;
      ctx->conclusion = FALSE;
      return FALSE;
    }
  {
    g_autofree char *topic = ds_words_fold (ctx->topic, DS_FOLD_STRIP_MARKS);

    ctx->conclusion_block = ctx->topic_block;
    ctx->conclusion = g_strv_contains (names, topic);
  }
  return ctx->conclusion;
}

static gboolean
prose_block (Ctx   *ctx,
             guint  index)
{
  DsBlockKind kind = ds_essay_get_block (ctx->essay, index)->kind;

  return kind == DS_BLOCK_PARAGRAPH || kind == DS_BLOCK_LIST_ITEM;
}

/* Finds the essay's first and last prose blocks, once: a closing
 * signpost asks at every "Jadi," of a long essay. */
static void
find_prose_ends (Ctx *ctx)
{
  guint n = ds_essay_get_n_blocks (ctx->essay);

  ctx->prose_first = G_MAXUINT;
  ctx->prose_last = G_MAXUINT;
  for (guint b = 0; b < n; b++)
    if (prose_block (ctx, b))
      {
        ctx->prose_first = MIN (ctx->prose_first, b);
        ctx->prose_last = b;
      }
}

/* Whether sentence @s ends the essay's last paragraph, after others: no
 * prose comes after it, and some came before its paragraph. */
static gboolean
last_sentence (Ctx        *ctx,
               const Sent *s)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, s->block);
  const char *p = s->end, *end = ctx->text + block->byte_end;

  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p < end)
    return FALSE;
  if (ctx->prose_last == 0)
    find_prose_ends (ctx);
  return ctx->prose_last == s->block && ctx->prose_first < s->block;
}

/* Whether sentence @s stands where the essay concludes: under its
 * conclusion's heading, or as its last sentence. */
static gboolean
closing (Ctx        *ctx,
         const Sent *s)
{
  return conclusion_section (ctx) || last_sentence (ctx, s);
}

/* Whether sentence @s opens the essay's last paragraph, after others,
 * with more after it: "In short, …" before the paragraph's last word on
 * it concludes as much as at its end. */
static gboolean
opens_last_paragraph (Ctx        *ctx,
                      const Sent *s)
{
  if (!s->first)
    return FALSE;
  if (ctx->prose_last == 0)
    find_prose_ends (ctx);
  return ctx->prose_last == s->block && ctx->prose_first < s->block &&
         ds_essay_get_block (ctx->essay, s->block)->kind == DS_BLOCK_PARAGRAPH;
}

gboolean
_ds_sentence_concludes (Ctx        *ctx,
                        const Sent *s)
{
  return closing (ctx, s);
}

/* Where the argument starts after the signpost at @i, or 0: past "bahwa",
 * "agar", "that" for a verb, past the comma for an adverbial. */
static guint
signpost_end (Ctx            *ctx,
              const Sent     *s,
              guint           i,
              const Signpost *sign)
{
  guint k = i + _ds_phrase_at (ctx, s, i, sign->phrases);

  if (k == i || k >= s->n)
    return 0;
  /* "Kesimpulannya: …", "In short: …" as much as "In short, …". */
  if (!sign->needs_that)
    return _ds_tok_is_punct (&s->toks[k], ',') || _ds_tok_is_punct (&s->toks[k], ':') ? k + 1 : 0;
  /* "Tesis tulisan ini: …", "Saya berpendapat sebaliknya: …": a colon
   * after the signpost, or after one word of its own, opens the
   * argument as "bahwa" does. */
  if (sign == &signposts[THESIS_SIGNPOST])
    {
      for (guint j = k; j < k + 2 && j + 1 < s->n; j++)
        {
          if (_ds_tok_is_punct (&s->toks[j], ':'))
            return j + 1;
          if (s->toks[j].type != TOK_WORD || (s->toks[j].flags & W_THAT))
            break;
        }
    }
  return (s->toks[k].flags & W_THAT) || _ds_tok_is (&s->toks[k], "agar") ||
         _ds_tok_is (&s->toks[k], "supaya") ? k + 1 : 0;
}

/* "Dengan demikian, hal ini penting" says nothing: the argument names
 * its own subject and has six words or more. */
static gboolean
argument_has_content (const Sent *s,
                      guint       a,
                      guint       e)
{
  guint words = 0;

  if (a >= e || (s->toks[a].flags & (W_VAGUE | W_PRONOUN | W_CONNECTIVE)) || _ds_tok_ends_nya (&s->toks[a]))
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      if (k < a + 3 && (s->toks[k].flags & W_ANAPHOR))
        return FALSE;
      words += s->toks[k].type == TOK_WORD;
    }
  return words >= 6 && e - a <= 2 * FINDING_MAX_TOKENS;
}

/* "Tulisan ini berargumen bahwa …", "Kesimpulannya, …", "In conclusion,
 * …", "We recommend that …": the essay's argument, kept aside; the essay
 * gets one such card, the plainest signpost's (the later of two alike, a
 * conclusion coming last). */
/* The signpost that the conclusion's heading is: the first sentence
 * under "Kesimpulan" or "Conclusion" that argues states what the essay
 * concludes. */
static const Signpost heading_signpost = { PL_NONE, FALSE, 1, "question_conclusion", TRUE };

/* Whether a signpost phrase starts at @i: one that is also a connective
 * ("Dengan demikian", "Jadi", "Therefore") is not skipped as one. */
static gboolean
signpost_at (Ctx        *ctx,
             const Sent *s,
             guint       i)
{
  return _ds_phrase_at (ctx, s, i, PL_CONSEQUENCE_MARKER) > 0 ||
         _ds_phrase_at (ctx, s, i, PL_CLOSING_MARKER) > 0;
}

/* The signpost a note's label is: "Intinya:", "TL;DR:", "Bottom line:"
 * (the phrase list conclusion_label) before the first sentence of its
 * line says what the notes conclude, as "In conclusion," does. */
static const Signpost label_signpost = { PL_NONE, FALSE, 3, "question_conclusion", FALSE };

/* Whether sentence @s opens a line whose label (kept in the line's
 * marker by the parser) is a conclusion's. */
static gboolean
conclusion_label (Ctx        *ctx,
                  const Sent *s)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, s->block);
  g_autofree char *marker = NULL;
  g_autofree char *folded = NULL;
  const char *p = ctx->text + b->byte_start, *e = ctx->text + b->content_byte_start;

  if (!s->first || e - p < 3)
    return FALSE;
  /* Past the list marker ("• ", "2. "). */
  if (b->kind == DS_BLOCK_LIST_ITEM)
    p = ctx->text + b->byte_start + (g_utf8_next_char (p) - p);
  marker = g_strndup (p, e - p);
  folded = ds_words_fold (marker, DS_FOLD_NONE);
  return g_strv_contains (ds_lang_get_phrases (ctx->lang, "conclusion_label"), folded);
}

/* "In this essay, I argue …", "Dalam tulisan ini saya berpendapat …":
 * the text named as where the argument is made, before its signpost;
 * its length in tokens (with its comma), else 0. */
static guint
text_scope_lead (Ctx        *ctx,
                 const Sent *s,
                 guint       i)
{
  guint n = _ds_text_scope_at (ctx, s, i);

  if (n == 0 || i + n >= s->n)
    return 0;
  return n + (_ds_tok_is_punct (&s->toks[i + n], ',') ? 1 : 0);
}

/* The signpost of sentence @s from token @i and where its argument
 * starts (*@a), or NULL. */
static const Signpost *
find_signpost (Ctx        *ctx,
               const Sent *s,
               guint       i,
               guint      *a)
{
  guint j;

  /* "Jadi kesimpulannya: …", "So, in short, …": a step's connective
   * before a conclusion's signpost leads into it. */
  if ((j = i + _ds_phrase_at (ctx, s, i, PL_CLOSING_MARKER)) > i ||
      (j = i + _ds_phrase_at (ctx, s, i, PL_CONSEQUENCE_MARKER)) > i)
    {
      if (j < s->n && _ds_tok_is_punct (&s->toks[j], ','))
        j++;
      if (_ds_phrase_at (ctx, s, j, PL_CONCLUSION_MARKER) > 0 ||
          (j > i + 1 && _ds_phrase_at (ctx, s, j, PL_CLOSING_MARKER) > 0))
        i = j;
    }
  else if (i > 0 && i + 1 < s->n && _ds_tok_is_punct (&s->toks[i], ',') &&
           _ds_phrase_at (ctx, s, i + 1, PL_CONCLUSION_MARKER) > 0)
    i++;
  for (guint n = 0; n < G_N_ELEMENTS (signposts); n++)
    if ((*a = signpost_end (ctx, s, i, &signposts[n])) > 0 &&
        (!signposts[n].closing || closing (ctx, s) || opens_last_paragraph (ctx, s)))
      return &signposts[n];
  if (i == 0 && conclusion_label (ctx, s))
    {
      *a = 0;
      return &label_signpost;
    }
  /* The first sentence that argues in the section's first paragraph:
   * "Makalah ini telah membahas …" before it says nothing. */
  if (ctx->topic_block + 1 == s->block && conclusion_section (ctx) &&
      (ctx->thesis == NULL || ctx->thesis->start < ds_essay_get_block (ctx->essay, ctx->topic_block)->start))
    {
      *a = i;
      return &heading_signpost;
    }
  return NULL;
}

/* Words a conclusion's subject may have to name what it is about. */
#define CONCLUSION_SUBJECT_MAX_WORDS 5

/* "Diplomasi digital menuntut …", "Cyber diplomacy has become …": the
 * plain subject a sentence opens on, before its verb group, to ask
 * what the text concludes about it ("diplomasi digital"); NULL when
 * it opens on anything else (a pronoun, a setting, a clause). */
static char *
conclusion_subject (Ctx        *ctx,
                    const Sent *s)
{
  Clause c;

  _ds_clause_read (ctx, s, &c);
  if (c.subject != 0 || c.subject_end == G_MAXUINT || c.head == G_MAXUINT || c.subject_end != c.group ||
      c.subject_end > CONCLUSION_SUBJECT_MAX_WORDS || _ds_subject_end (ctx, s, 0, c.subject_end) != c.subject_end)
    return NULL;
  for (guint k = 0; k < c.subject_end; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_FUNCTION)))
      return NULL;
  return _ds_sentence_subject (s, 0, c.subject_end);
}

/* Words of a conclusion's first sentence below which it only leads in
 * ("Diplomasi iklim bukan hanya urusan perunding."): the next sentence
 * says the rest. */
#define SHORT_CONCLUSION_WORDS 12

/* Whether tokens [0, e) of @s say what someone should do ("Negara
 * pantai harus …", "ASEAN must …"): a recommendation of its own, asked by
 * who should act (ds-claims-statements.c), not the rest of a lead. */
static gboolean
recommends (Ctx        *ctx,
            const Sent *s,
            guint       e)
{
  for (guint k = 1; k < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_STATEMENT_ADVICE) > 0)
      return TRUE;
  return FALSE;
}

/* Appends sentence @s to the conclusion whose short lead came before it
 * in its paragraph. */
static gboolean
complete_conclusion (Ctx  *ctx,
                     Sent *s)
{
  DsClaim *claim = ctx->thesis;
  guint e = _ds_body_end (s);
  gboolean pending = ctx->thesis_short;
  g_autofree char *rest = NULL;
  char *subject;

  ctx->thesis_short = FALSE;
  if (!pending || claim == NULL || ctx->prev.block != s->block || ctx->prev.end_char != claim->end || e < 4 ||
      _ds_toks_any_used (s, 0, e) || recommends (ctx, s, e))
    return FALSE;
  rest = _ds_toks_dup (s, 0, e);
  subject = g_strdup_printf ("%s. %s", claim->subject, rest);
  g_free (claim->subject);
  claim->subject = subject;
  claim->key_end = _ds_sent_char_at (s, s->toks[e - 1].p + s->toks[e - 1].len);
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  _ds_toks_mark_used (s, 0, s->n);
  return TRUE;
}

/* Commits @claim, which came earlier in the essay than the claims
 * committed since, in its place among them. */
static void
commit_in_place (Ctx     *ctx,
                 DsClaim *claim)
{
  guint at;

  if (claim == NULL || !_ds_claim_commit (ctx, claim))
    return;
  for (at = ctx->claims->len - 1; at > 0 && ((DsClaim *) ctx->claims->pdata[at - 1])->start > claim->start; at--)
    ctx->claims->pdata[at] = ctx->claims->pdata[at - 1];
  ctx->claims->pdata[at] = claim;
}

/* Whether @topic names a section by its content ("Peran ASEAN dalam
 * penyelamatan di laut"): not the title, nor a section every essay has
 * ("Pendahuluan", "Kesimpulan", "Discussion"). */
static gboolean
content_section (Ctx        *ctx,
                 const char *topic)
{
  const char * const *generic = ds_lang_get_phrases (ctx->lang, "generic_section");
  const char * const *closing_names = ds_lang_get_phrases (ctx->lang, "conclusion_heading");
  g_autofree char *folded = NULL;

  if (topic == NULL || g_strcmp0 (topic, ctx->title) == 0)
    return FALSE;
  folded = ds_words_fold (topic, DS_FOLD_STRIP_MARKS);
  return !(generic != NULL && g_strv_contains (generic, folded)) &&
         !(closing_names != NULL && g_strv_contains (closing_names, folded));
}

/* The essay's argument so far gives way to a later one: what it concluded
 * under a section of its own is asked by that section ("Apa kesimpulan
 * penulis tentang Peran ASEAN …?"); under the title it would ask what
 * the later one asks, and goes. */
static void
thesis_give_way (Ctx *ctx)
{
  DsClaim *claim = g_steal_pointer (&ctx->thesis);

  if (claim == NULL)
    return;
  if (!content_section (ctx, claim->topic))
    {
      ds_claim_unref (claim);
      return;
    }
  g_free (claim->question);
  claim->question = ds_lang_expand (ctx->lang, "question_conclusion", "topic", claim->topic, NULL);
  claim->score -= 1.0;
  /* A second conclusion in one section would be asked the same. */
  for (guint i = 0; i < ctx->claims->len; i++)
    if (g_strcmp0 (((DsClaim *) ctx->claims->pdata[i])->question, claim->question) == 0)
      {
        ds_claim_unref (claim);
        return;
      }
  commit_in_place (ctx, claim);
}

/* "The author recommends that …", "Penulis menyarankan agar …": what
 * the author recommends is asked beside what the essay concludes, the
 * first one the essay makes. */
static void
recommendation (Ctx  *ctx,
                Sent *s,
                guint a,
                guint e)
{
  DsClaim *claim;

  if (ctx->recommended)
    return;
  /* "We recommend that the ministry and its partners:": the clause says
   * whom the advice is for, and the list after the colon says what it is
   * (a list card asks it). */
  if (e < s->n && _ds_tok_is_punct (&s->toks[e], ':'))
    return;
  ctx->recommended = TRUE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, e);
  claim->question = ds_lang_expand (ctx->lang, signposts[RECOMMEND_SIGNPOST].question, "topic", ctx->title, NULL);
  claim->score += 2.0;
  _ds_claim_commit (ctx, claim);
}

/* Commits [@a, @b) of @s as what the essay itself says (its argument,
 * purpose, problem, gap, hypothesis), asked by @question (taken) and
 * placed by @score among the claims; *@asked is set, as each of them is
 * asked once an essay. */
static gboolean
ask_once (Ctx      *ctx,
          Sent     *s,
          gboolean *asked,
          guint     a,
          guint     b,
          char     *question,
          double    score)
{
  DsClaim *claim;

  *asked = TRUE;
  _ds_toks_mark_used (s, a, b);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, b);
  claim->question = question;
  claim->score += score;
  return _ds_claim_commit (ctx, claim);
}

/* "Tulisan ini berargumen bahwa …", "In this essay I argue that …":
 * the essay's argument, which it states where it opens, is asked beside
 * what it concludes where it closes ("Kesimpulannya, …", the first
 * sentence under "Conclusion"), which the examiner fixes as a claim of
 * its own; the first such sentence only. */
static void
argument (Ctx      *ctx,
          Sent     *s,
          guint     a,
          guint     e,
          gboolean  untitled)
{
  if (ctx->argued)
    return;
  /* The essay's argument is what a lecturer asks first. A text without
   * a title of its own (a student's essay under its cover lines: name,
   * course, lecturer, date) is named as the essay, as its gap is
   * ("According to the essay, what is the author's thesis?"); the noun
   * ("thesis", "tesis": no template's word, so the card gate reads it as
   * the question's content) fills a slot, as the gap's does. */
  if (untitled && first_phrase (ctx, "thesis_noun") == NULL)
    return;
  ask_once (ctx, s, &ctx->argued, a, e,
            untitled ? ds_lang_expand (ctx->lang, "question_thesis_untitled", "noun",
                                       first_phrase (ctx, "thesis_noun"), NULL)
                     : ds_lang_expand (ctx->lang, signposts[THESIS_SIGNPOST].question, "topic", ctx->title, NULL),
            2.0);
}

/* "In conclusion, the survey found that …", "Kesimpulannya, hasil
 * survei menunjukkan bahwa …": a study's finding (a noun of the phrase
 * list study_noun, a verb of finding_verb right after it) is evidence
 * the essay cites, not what the author concludes. */
static gboolean
cites_finding (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       e)
{
  guint k = a, n;

  while (k < e && k < a + 3 && (_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_DET)))
    k++;
  if ((n = _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN)) == 0)
    return FALSE;
  for (k += n; k < e && k < a + 8; k++)
    if (_ds_lexicon_other_forms (ctx, &s->toks[k], "finding_verb") != NULL)
      return TRUE;
    else if (s->toks[k].type != TOK_WORD || s->toks[k].verb)
      return FALSE;
  return FALSE;
}

/* "This review assesses whether …", "Tulisan ini mengkaji apakah …":
 * what the essay sets out to do (a subject of the phrase list
 * purpose_subject, a verb of purpose_verb right after it, which gives
 * the form the question takes) is asked by the essay's title — "What
 * does “…” assess?", "Apa yang dikaji dalam “…”?" — the first such
 * sentence only. */
static gboolean
find_purpose (Ctx  *ctx,
              Sent *s,
              guint i,
              guint e)
{
  guint n = _ds_phrase_at (ctx, s, i, PL_PURPOSE_SUBJECT), a;
  const char *verb;

  /* "Bab ini menguraikan …", "This chapter traces …" under a chapter's
   * heading says what the chapter does, not the whole text named by its
   * title. */
  if (n == 0 && (n = _ds_phrase_at (ctx, s, i, PL_PURPOSE_PART_SUBJECT)) > 0 &&
      ctx->topic_block != G_MAXUINT && g_strcmp0 (ctx->topic, ctx->title) != 0)
    return FALSE;
  if (ctx->purpose_asked || n == 0 || i + n >= e ||
      (verb = _ds_lexicon_other_forms (ctx, &s->toks[i + n], "purpose_verb")) == NULL)
    return FALSE;
  a = i + n + 1;
  /* "… apakah dewan tersebut berhasil …": the object may point back at
   * what the essay introduced, so only its first word must name
   * something ("mengkaji hal ini" names nothing). */
  if (a >= e || (s->toks[a].flags & (W_VAGUE | W_PRONOUN | W_CONNECTIVE | W_ANAPHOR)) ||
      _ds_tok_ends_nya (&s->toks[a]) || _ds_count_words (s, a, e) < 5 || e - a > 2 * FINDING_MAX_TOKENS ||
      _ds_toks_any_used (s, a, e))
    return FALSE;
  /* "This essay asks what …, and argues that …": the argument is the
   * claim, the thesis rule's. */
  for (guint k = a; k < e; k++)
    if (s->toks[k].flags & W_THAT)
      return FALSE;
  /* What the essay sets out to do frames the claims; the budget keeps
   * the claims first ("Bab ini menguraikan konsep-konsep …" before its
   * list of concepts). */
  return ask_once (ctx, s, &ctx->purpose_asked, a, e,
                   ds_lang_expand (ctx->lang, "question_purpose", "topic", ctx->title, "verb", verb, NULL), -1.0);
}

/* "The problem is that …", "Masalahnya, …", "Kelemahan utamanya adalah
 * …": the problem the author sees (a lead of problem_lead, or one of
 * problem_marker before a comma or a colon) is asked by the essay's
 * title, the first such sentence only. */
static gboolean
find_problem (Ctx  *ctx,
              Sent *s,
              guint i,
              guint e)
{
  guint n = _ds_phrase_at (ctx, s, i, PL_PROBLEM_LEAD), a;

  /* The author's own problem opens a paragraph or closes the essay; one
   * named in passing among others' ("The main problem is that …" after
   * "Some sentences name a problem …") is whose the essay does not say. */
  if (ctx->problem_asked || !(s->first || closing (ctx, s)))
    return FALSE;
  if (n > 0)
    a = i + n;
  else if ((n = _ds_phrase_at (ctx, s, i, PL_PROBLEM_MARKER)) > 0 && i + n < e &&
           (_ds_tok_is_punct (&s->toks[i + n], ',') || _ds_tok_is_punct (&s->toks[i + n], ':')))
    a = i + n + 1;
  else
    return FALSE;
  if (!argument_has_content (s, a, e) || _ds_toks_any_used (s, a, e))
    return FALSE;
  return ask_once (ctx, s, &ctx->problem_asked, a, e,
                   ds_lang_expand (ctx->lang, "question_problem", "topic", ctx->title, NULL), 1.0);
}

/* Whether a clause may start at token @k of @s: at the argument's start
 * @i, after "bahwa", "that", a colon or a comma. */
static gboolean
clause_opens_at (const Sent *s,
                 guint       i,
                 guint       k)
{
  const Tok *prev;

  if (k == i)
    return TRUE;
  if (k < i || k == 0)
    return FALSE;
  prev = &s->toks[k - 1];
  return (prev->flags & W_THAT) || _ds_tok_is_punct (prev, ':') || _ds_tok_is_punct (prev, ',') ||
         (k - 1 == i && ((prev->flags & (W_CONNECTIVE | W_CONJ | W_ADV)) || _ds_tok_is (prev, "yet")));
}

/* "Belum ada kajian yang …", "Masih sedikit penelitian yang …", "Few
 * studies have examined …", "To date, no study has …": the gap in the
 * research the author points to (a phrase of the list gap_marker that
 * opens a clause), asked by the essay's title with the clause as the
 * answer, up to a comma before a connective or a conjunction ("…, padahal
 * …", "…, even though …", "…, and this is the gap …"); the first such
 * clause only (after "Yet", "Namun" too). "Banyak penelitian telah
 * membahas …" names no gap. */
static gboolean
find_gap (Ctx      *ctx,
          Sent     *s,
          guint     i,
          guint     e,
          gboolean  untitled)
{
  guint a = G_MAXUINT, end = e, words = 0;

  /* (Asked at every sentence: most have no word that may start a
   * marker.) */
  if (ctx->gap_asked || !_ds_sent_may_start (s, HOT_GAP_MARKER))
    return FALSE;
  for (guint k = i; k + 3 < e && a == G_MAXUINT; k++)
    if (clause_opens_at (s, i, k) && _ds_phrase_at (ctx, s, k, PL_GAP_MARKER) > 0)
      a = k;
  if (a == G_MAXUINT)
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      if (words >= 6 && _ds_tok_is_punct (&s->toks[k], ',') && k + 1 < e &&
          ((s->toks[k + 1].flags & (W_CONNECTIVE | W_CONJ | W_CLAUSE)) ||
           ((s->toks[k + 1].flags & W_ADV) && k + 2 < e && (s->toks[k + 2].flags & (W_CONNECTIVE | W_CLAUSE)))))
        {
          end = k;
          break;
        }
      words += s->toks[k].type == TOK_WORD;
    }
  if (words < 6 || end - a > 2 * FINDING_MAX_TOKENS || _ds_toks_any_used (s, a, end))
    return FALSE;
  /* (The gap's noun, "celah kajian", "gap in the research", fills a slot
   * of the template: the card gate reads a template's own words as the
   * frame of every question, and these are content words elsewhere.) */
  /* A text without a title of its own (a thesis chapter's "BAB II")
   * is named as the essay ("Menurut esai ini, …", "According to the
   * essay, …"). */
  return ask_once (ctx, s, &ctx->gap_asked, a, end,
                   ds_lang_expand (ctx->lang, untitled ? "question_gap_untitled" : "question_gap", "noun",
                                   ds_lang_get_phrases (ctx->lang, "gap_noun")[0], "topic", ctx->title, NULL),
                   1.0);
}

/* "Hipotesis penelitian ini adalah bahwa …", "Penelitian ini
 * berhipotesis bahwa …", "We hypothesise that …": the study's hypothesis
 * (a phrase of the list hypothesis_marker that opens a clause, then
 * "bahwa", "that", a colon, or the argument itself after "adalah",
 * "is"), asked by the title ("Menurut esai ini, …" in a text with no
 * title of its own) with the rest of the sentence as the answer; the
 * first one only. */
static gboolean
find_hypothesis (Ctx      *ctx,
                 Sent     *s,
                 guint     i,
                 guint     e,
                 gboolean  untitled)
{
  guint a = G_MAXUINT, n = 0;

  if (ctx->hypothesis_asked || !_ds_sent_may_start (s, HOT_HYPOTHESIS_MARKER))
    return FALSE;
  for (guint k = i; k + 4 < e && a == G_MAXUINT; k++)
    if (clause_opens_at (s, i, k) && (n = _ds_phrase_at (ctx, s, k, PL_HYPOTHESIS_MARKER)) > 0)
      a = k + n;
  if (a == G_MAXUINT || a >= e)
    return FALSE;
  if ((s->toks[a].flags & W_THAT) || _ds_tok_is_punct (&s->toks[a], ':'))
    a++;
  else if (_ds_phrase_at (ctx, s, a - 1, PL_HYPOTHESIS_COPULA) != 1)
    return FALSE;
  if (!argument_has_content (s, a, e) || _ds_toks_any_used (s, a, e))
    return FALSE;
  /* (The noun fills a slot, as the gap's does: a template's own words
   * are every question's frame.) */
  if (first_phrase (ctx, "hypothesis_noun") == NULL)
    return FALSE;
  return ask_once (ctx, s, &ctx->hypothesis_asked, a, e,
                   ds_lang_expand (ctx->lang, untitled ? "question_hypothesis_untitled" : "question_hypothesis",
                                   "noun", first_phrase (ctx, "hypothesis_noun"), "topic",
                                   ctx->title, NULL),
                   1.0);
}

void
_ds_find_thesis (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), i = 0, a;
  const Signpost *sign;
  DsClaim *claim;
  g_autofree char *about = NULL;
  gboolean untitled, scoped;

  if (complete_conclusion (ctx, s))
    return;
  /* (Whether the text has a title of its own, asked once a sentence.) */
  untitled = ctx->title == NULL || g_strcmp0 (ctx->title, ctx->essay_id) == 0;
  while (i < e && (s->toks[i].flags & W_CONNECTIVE) && !signpost_at (ctx, s, i))
    i++;
  scoped = text_scope_lead (ctx, s, i) > 0;
  i += text_scope_lead (ctx, s, i);
  if (!untitled && (find_purpose (ctx, s, i, e) || find_problem (ctx, s, i, e)))
    return;
  if (find_gap (ctx, s, i, e, untitled) || find_hypothesis (ctx, s, i, e, untitled))
    return;
  /* The question names the essay by its title: "What is the main
   * argument?" alone would name nothing. A text without a title of its
   * own (an exam sheet's "LEMBAR JAWABAN …") names what it concludes
   * about by its subject, or asks nothing. */
  if ((sign = find_signpost (ctx, s, i, &a)) == NULL || !argument_has_content (s, a, e) ||
      _ds_toks_any_used (s, a, e) || cites_finding (ctx, s, a, e))
    return;
  /* "In this essay I argue that …", "This paper argues that …" in a
   * text with no title of its own still state the essay's argument, the
   * text named where it is made; "Penulis berpendapat bahwa hambatan
   * ketiga …" in a thesis chapter may be a view on one point, which the
   * rules of views ask by it. */
  if (untitled && sign == &signposts[THESIS_SIGNPOST] && (scoped || _ds_phrase_in (ctx, s, i, a, PL_SELF_DOCUMENT)))
    {
      _ds_toks_mark_used (s, a, e);
      argument (ctx, s, a, e, TRUE);
      return;
    }
  if (untitled && (a > 0 || !g_str_equal (sign->question, "question_conclusion") ||
                  (about = conclusion_subject (ctx, s)) == NULL))
    return;
  /* "Oleh karena itu, Indonesia perlu …", "Therefore, Pacific
   * governments should …": a link that closes the argument before advice
   * to an actor leads to what the author recommends, asked so ("What
   * should Pacific governments do?"), not as what the essay concludes. */
  if (sign->rank == 1 && _ds_find_statement_advice (ctx, s))
    return;
  /* "Kesimpulannya, X merupakan syarat …" argues, it defines nothing:
   * a plain signpost keeps its sentence from the other rules. */
  if (sign->rank > 1)
    _ds_toks_mark_used (s, a, e);
  if (sign == &signposts[RECOMMEND_SIGNPOST])
    {
      recommendation (ctx, s, a, e);
      return;
    }
  if (sign == &signposts[THESIS_SIGNPOST] && about == NULL)
    {
      argument (ctx, s, a, e, FALSE);
      return;
    }
  if (ctx->thesis != NULL && ctx->thesis_rank > sign->rank)
    return;
  /* "Thus, the Moravian Board plays a central role in …", "Akibatnya,
   * Kestria menjadi negara pertama yang …": a step of the argument that
   * a rule asks by what it says is asked so ("What plays a central role
   * in …?"), not as what the essay concludes, which a later signpost
   * may take from it. */
  if (sign->rank == 1 && (_ds_find_statement_plain (ctx, s) || _ds_find_holder (ctx, s)))
    return;
  _ds_toks_mark_used (s, a, e);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, e);
  claim->question = about != NULL ? ds_lang_expand (ctx->lang, "question_conclusion_about", "subject", about, NULL)
                                  : ds_lang_expand (ctx->lang, sign->question, "topic", ctx->title, NULL);
  /* The essay's argument is what a lecturer asks first. */
  claim->score += 2.0;
  thesis_give_way (ctx);
  ctx->thesis = claim;
  ctx->thesis_rank = sign->rank;
  ctx->thesis_short = sign == &heading_signpost && _ds_count_words (s, a, e) < SHORT_CONCLUSION_WORDS;
}

/* Whether _ds_find_thesis() may read the essay's argument from @s: a
 * signpost opens it ("In conclusion, …", the first sentence that argues
 * under a heading "Kesimpulan"), or it goes on from a short conclusion
 * the sentence before began. A rule that would take @s before the
 * thesis (a reason: ds-claims-facts.c) leaves it. */
gboolean
_ds_sentence_argues (Ctx        *ctx,
                     const Sent *s)
{
  guint e = _ds_body_end (s), i = 0, a;

  if (ctx->thesis_short && ctx->thesis != NULL && ctx->prev.block == s->block && ctx->prev.end_char == ctx->thesis->end)
    return TRUE;
  while (i < e && (s->toks[i].flags & W_CONNECTIVE) && !signpost_at (ctx, s, i))
    i++;
  i += text_scope_lead (ctx, s, i);
  return find_signpost (ctx, s, i, &a) != NULL;
}

/* Commits the essay's argument, in its place among the claims. */
void
_ds_thesis_flush (Ctx *ctx)
{
  commit_in_place (ctx, g_steal_pointer (&ctx->thesis));
}

/* "Menurut Rina, Komisi Sungai Sekala dibentuk pada 1995 oleh empat
 * negara": a dated event told by a source is a fact to ask when, not
 * the source's view; the event rules take it. */
static gboolean
dated_event (const Sent *s,
             guint       a,
             guint       e)
{
  gboolean event = FALSE, year = FALSE;

  if (!s->has_digit)
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      event |= (s->toks[k].flags & W_EVENT) != 0;
      year |= _ds_tok_is_year (&s->toks[k]);
    }
  return event && year;
}

/* "Menurut Wibisono (2021), negara kepulauan lebih rentan …" → "Apa
 * pendapat Wibisono (2021) tentang negara kepulauan?"; "According to
 * Okafor (2020), small states gain most …" → "What does Okafor (2020)
 * say about small states?": a named scholar's claim that defines
 * nothing (a definition took the sentence first), asked by what it is
 * about. */
gboolean
_ds_find_view (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), who, who_end, after, topic_end;
  gboolean school = FALSE, adjective = FALSE, cited, crowd = FALSE;
  DsSourceKind kind = DS_SOURCE_NONE;
  g_autofree char *name = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *question = NULL;
  const char *person = NULL;
  DsClaim *claim;

  /* "Menurutnya, …", "According to her, …": the view of the person the
   * sentence before named. */
  if ((who_end = _ds_phrase_at (ctx, s, 0, PL_VIEW_PRONOUN_OPENER)) > 0 && who_end < e &&
      _ds_tok_is_punct (&s->toks[who_end], ',') && (person = _ds_person_recent (ctx)) != NULL)
    who = 0, after = who_end + 1;
  else if (!held_by (ctx, s, e, &who, &who_end, &after) ||
           ((kind = _ds_source_kind (ctx, s, who, who_end)) == DS_SOURCE_NONE && !own_work (ctx, s, who, who_end) &&
            !(school = school_at (ctx, s, who, who_end)) &&
            !(school = adjective = school_adjective_at (ctx, s, who, who_end)) &&
            /* "Menurut para pengamat, …", "According to many analysts,
             * …": a crowd of one trade, asked as a school is, by its
             * claim's subject only; not a camp, "According to critics,"
             * (one side of a debate the essay goes on with). */
            !(crowd = crowd_at (ctx, s, who, who_end) && _ds_phrase_at (ctx, s, who, PL_CONTRAST_CAMP) == 0)))
    return FALSE;
  /* (Nor when its subject is one bare word, "governments", or ends on
   * a "ter-" word that is the predicate's, "pemerintah terlambat
   * membangun …", or the claim holds a count or a figure, a fact the
   * figures' rules ask as a blank.) */
  if (crowd)
    {
      guint te = claim_topic_end (ctx, s, after, e);

      if (te == 0 || te == after + 1 || points_back_early (s, after, e) ||
          (!ctx->english && s->toks[te - 1].len > 5 && ds_ascii_strncasecmp (s->toks[te - 1].p, "ter", 3) == 0))
        return FALSE;
      for (guint k = after; k < e; k++)
        if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_COUNT))
          return FALSE;
    }
  if (e - after < 4 || e - after > FINDING_MAX_TOKENS || _ds_toks_any_used (s, 0, e) || dated_event (s, after, e) ||
      (s->toks[after].flags & (W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  name = person != NULL ? g_strdup (person) : _ds_toks_dup (s, who, who_end);
  /* "For realists, states fear …": what a school holds is asked of it
   * even when its claim opens on no topic a question can name; so is
   * what a cited scholar holds ("According to Nye (2004), soft power
   * comes from …": "What view does Nye (2004) hold?") when the essay
   * names the scholar for no other view. */
  /* (A scholar with a year in brackets: an article of a law, "Menurut
   * Pasal 137 …", holds no view. A claim with a figure is a fact the
   * figures' rules ask. A claim opening on a capital the
   * sentence before lent it, or pointing back to it, "cara ini", "teori
   * ini", names nothing the question could.) */
  cited = person == NULL && kind == DS_SOURCE_CITED && !s->toks[after].cap && bracketed_year_in (s, who, who_end) &&
          !points_back_early (s, after, e) && !(s->has_digit && _ds_figure_in (s, after, e)) &&
          !holder_of_several (ctx, name);
  if ((topic_end = claim_topic_end (ctx, s, after, e)) == 0 && !school && !cited && !view_opened (ctx, s, e))
    return FALSE;
  /* "Menurut UNHCR, jumlah penyeberangan naik 46 % …": the percent is
   * what a lecturer asks, as a blank in the sentence that still names
   * the source. */
  if (s->has_digit && _ds_scaled_figure_in (s, after, e))
    return FALSE;
  /* "According to realism, states distrust each other, but they still
   * cooperate …": a school's view with a concession joined to it holds
   * two claims, none of which the question names. */
  if (school && concession_in (ctx, s, after, e))
    return FALSE;
  /* "Dalam pandangan realis," → "kaum realis"; "In the realist view,"
   * → "realists". */
  if (adjective)
    {
      g_autofree char *word = g_steal_pointer (&name);

      word[0] = ds_ascii_tolower (word[0]);
      name = ds_lang_expand (ctx->lang, "school_of_adjective", "school", word, NULL);
    }
  /* "In Keohane's view," → "Keohane". */
  if (person == NULL && possessive_tok (&s->toks[who_end - 1]))
    name[strlen (name) - (g_str_has_suffix (name, "s") && g_str_has_suffix (name, "'s") ? 2 : 4)] = '\0';
  /* "Menurut penulis": the author, no name. */
  if (person == NULL && (own_work (ctx, s, who, who_end) || crowd))
    name[0] = ds_ascii_tolower (name[0]);
  school = school || crowd;
  /* "Menurut laporan BPK (2022), separuh situs web pemerintah daerah
   * masih …", "… two thirds of the states …": the fraction is what the
   * claim says of its topic; the question names the topic without it. */
  {
    guint ta = after, n = _ds_phrase_at (ctx, s, after, PL_FRACTION);

    if (n > 0 && after + n + 1 < topic_end)
      {
        ta = after + n;
        if (_ds_tok_is (&s->toks[ta], "of") || _ds_tok_is (&s->toks[ta], "dari"))
          ta++;
        if (ta + 1 < topic_end && _ds_tok_is (&s->toks[ta], "the"))
          ta++;
      }
    topic = topic_end > ta ? _ds_phrase_dup (s, ta, topic_end, TRUE) : NULL;
  }
  /* "Apa pandangan realisme tentang …?", "What do realists hold about
   * …?": a school holds a view, it says nothing. */
  if (school && topic == NULL)
    question = ds_lang_expand (ctx->lang, "question_school_view_plain", "who", name, "aux",
                               name[strlen (name) - 1] == 's' ? "do" : "does", NULL);
  else if (topic == NULL)
    question = ds_lang_expand (ctx->lang, "question_view_plain", "who", name, "aux",
                               strstr (name, " and ") != NULL ? "do" : "does", NULL);
  else if (school)
    question = ds_lang_expand (ctx->lang, "question_school_view", "who", name, "topic", topic, "aux",
                               name[strlen (name) - 1] == 's' ? "do" : "does", NULL);
  else
    question = ds_lang_expand (ctx->lang, "question_view", "who", name, "topic", topic, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, after, e);
  claim->question = ds_utf8_capitalize (question);
  claim->attribution = g_steal_pointer (&name);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* A concept a scholar puts forward                                    */

/* [*a, *b) the concept after a describing verb: "a "new public
 * diplomacy"", "konsep “diplomasi publik baru”", without the article and
 * the quotes; the relative pronoun after it, or 0. */
static guint
described_concept (const Sent *s,
                   guint       k,
                   guint       e,
                   guint      *a,
                   guint      *b)
{
  guint r;

  if (k < e && _ds_tok_is (&s->toks[k], "a"))
    k++;
  for (r = k; r < e && r < k + 9 && !(s->toks[r].flags & W_RELATIVE); r++)
    ;
  if (r >= e || r >= k + 9 || !(s->toks[r].flags & W_RELATIVE))
    return 0;
  *a = k;
  *b = r;
  /* "konsep “diplomasi berjejaring”": the quoted name, not its label. */
  for (guint q = k; q < r; q++)
    if (is_quote_mark (&s->toks[q]) || _ds_tok_is_punct (&s->toks[q], 0x201C))
      {
        *a = q + 1;
        break;
      }
  while (*a < *b && s->toks[*a].type == TOK_PUNCT)
    (*a)++;
  while (*b > *a && s->toks[*b - 1].type == TOK_PUNCT)
    (*b)--;
  return *b > *a && _ds_term_usable (s, *a, *b) ? r : 0;
}

/* "Melissen (2005) describes a "new public diplomacy" that emphasises
 * dialogue …" → "According to Melissen (2005), what does new public
 * diplomacy emphasise?"; "Melissen (2005) menggambarkan “diplomasi publik
 * baru” yang menekankan dialog …" → "Menurut Melissen (2005), apa yang
 * ditekankan diplomasi publik baru?" */
gboolean
_ds_find_described (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), i, c, r = 0, a, b;
  const char *form = NULL;

  /* The verb stands before the relative pronoun, a lower-case word of six
   * letters or more ("proposes", "memperkenalkan"): only those are looked
   * up. */
  for (i = 1; i + 4 < e && !(s->toks[i].flags & W_RELATIVE); i++)
    if (s->toks[i].type == TOK_WORD && s->toks[i].len >= 6 && !s->toks[i].cap &&
        _ds_phrase_at (ctx, s, i, PL_CONCEPT_VERB) > 0)
      break;
  if (s->toks[i].flags & W_RELATIVE)
    return FALSE;
  c = _ds_clause_start (s, i);
  if (i + 4 >= e || _ds_source_kind (ctx, s, c, i) == DS_SOURCE_NONE ||
      (r = described_concept (s, i + 1, e, &a, &b)) == 0 || r + 4 >= e ||
      (form = _ds_lexicon_other_forms (ctx, &s->toks[r + 1], "stance_verb")) == NULL ||
      e - r - 2 > FINDING_MAX_TOKENS || _ds_toks_any_used (s, c, e))
    return FALSE;
  {
    g_autofree char *verb = g_strndup (form, strcspn (form, " "));
    g_autofree char *who = source_text (ctx, s, c, i);
    g_autofree char *subject = _ds_toks_dup (s, a, b);
    g_autofree char *question = ds_lang_expand (ctx->lang, "question_stance_by", "verb", verb,
                                                "aux", strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "",
                                                "subject", subject, "who", who, NULL);
    DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, r + 2, e);

    claim->question = ds_utf8_capitalize (question);
    claim->attribution = g_steal_pointer (&who);
    _ds_toks_mark_used (s, c, e);
    return _ds_claim_commit (ctx, claim);
  }
}

/* ------------------------------------------------------------------ */
/* A view that points back, named by whose it is                       */

/* "This view, advanced by Keohane, holds that …", "The approach,
 * associated with the Copenhagen School, treats security as …",
 * "Pandangan ini, yang dikemukakan oleh Keohane, menyatakan bahwa …":
 * the subject ("this view") points back, but the aside names whose view
 * it is; asked "What does the view advanced by Keohane hold?" / "Apa
 * isi pandangan yang dikemukakan oleh Keohane?" and answered by the
 * claim after "that"/"bahwa", else by what the verb says. The subject
 * holds a word of the phrase list view_noun and no verb; the aside opens
 * with view_holder and names a source; the verb is one of view_verb. */
gboolean
_ds_find_pointed_view (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_start (s, 0), c1, h, n, who, c2, v, a;
  gboolean noun = FALSE;
  GString *np;
  g_autofree char *view = NULL;
  g_autofree char *by = NULL;
  g_autofree char *name = NULL;
  char *question;
  DsClaim *claim;

  for (c1 = c + 1; c1 < e && c1 <= c + 5 && !_ds_tok_is_punct (&s->toks[c1], ','); c1++)
    ;
  if (c1 >= e || c1 > c + 5 || !_ds_tok_is_punct (&s->toks[c1], ','))
    return FALSE;
  for (guint k = c; k < c1; k++)
    {
      const Tok *t = &s->toks[k];

      /* "A related argument": an English participle before the noun
       * describes it. */
      if (t->type != TOK_WORD || (t->verb && !(t->flags & W_NOUN) && !(ctx->english && !noun)) ||
          (t->flags & (W_PRONOUN | W_AUX | W_CUE_DEF)) || (t->cap && k > c))
        return FALSE;
      noun |= _ds_phrase_at (ctx, s, k, PL_VIEW_NOUN) > 0;
    }
  h = c1 + 1;
  if (h < e && (s->toks[h].flags & W_RELATIVE))
    h++;
  /* "first put forward by", "pertama kali dikemukakan oleh" */
  if (h + 1 < e && (s->toks[h].flags & (W_ADV | W_ORDINAL)) && _ds_phrase_at (ctx, s, h, PL_VIEW_HOLDER) == 0)
    h += 1 + (_ds_tok_is (&s->toks[h + 1], "kali"));
  if (!noun || (n = _ds_phrase_at (ctx, s, h, PL_VIEW_HOLDER)) == 0)
    return FALSE;
  who = h + n;
  for (c2 = who + 1; c2 < e && c2 <= who + 10 && !_ds_tok_is_punct (&s->toks[c2], ','); c2++)
    ;
  v = c2 + 1;
  if (c2 >= e || c2 > who + 10 || v + 3 > e || _ds_source_kind (ctx, s, who, c2) == DS_SOURCE_NONE ||
      _ds_phrase_at (ctx, s, v, PL_VIEW_VERB) == 0 || _ds_toks_any_used (s, 0, e))
    return FALSE;
  a = v + 1 < e && (s->toks[v + 1].flags & W_THAT) ? v + 2 : v;
  if (e - a < 3 || e - a > FINDING_MAX_TOKENS || (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  /* The view's words without the pointing ones: "this view" → "view",
   * "pandangan kritis ini" → "pandangan kritis". */
  np = g_string_new (NULL);
  for (guint k = c; k < c1; k++)
    if (!(s->toks[k].flags & (W_ANAPHOR | W_DET)) && !_ds_tok_is_article (&s->toks[k]))
      {
        if (np->len > 0)
          g_string_append_c (np, ' ');
        g_string_append_len (np, s->toks[k].p, s->toks[k].len);
      }
  view = g_string_free (np, FALSE);
  if (*view == '\0')
    return FALSE;
  view[0] = ds_ascii_tolower (view[0]);
  by = _ds_toks_dup (s, c1 + 1, c2);
  name = _ds_toks_dup (s, who, c2);
  question = ds_lang_expand (ctx->lang, "question_pointed_view", "view", view, "by", by, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, e);
  claim->question = ds_utf8_capitalize (question);
  g_free (question);
  claim->attribution = g_steal_pointer (&name);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* What a source calls something                                       */

/* "the producers' club": an apostrophe right after a plural, no
 * quotation. */
static gboolean
possessive_mark (const Sent *s,
                 guint       q)
{
  const Tok *t = &s->toks[q];

  return (t->ch == '\'' || t->ch == 0x2019) && q > 0 && s->toks[q - 1].type == TOK_WORD &&
         s->toks[q - 1].p + s->toks[q - 1].len == t->p && s->toks[q - 1].p[s->toks[q - 1].len - 1] == 's';
}

/* "the proposed producers' club", "the planned agency": a participle
 * before its noun, inside the thing named. */
static gboolean
participle_before_noun (const Sent *s,
                        guint       q,
                        guint       e)
{
  return q > 0 && q + 1 < e && (_ds_tok_is_article (&s->toks[q - 1]) || (s->toks[q - 1].flags & W_DET)) &&
         _ds_tok_nounish (&s->toks[q + 1]) && !s->toks[q + 1].verb;
}

/* Tokens of a label a learner recalls. */
#define LABEL_MAX_TOKENS 14

/* "Critics have called the agency "a ministry of slogans"", "Lindgren
 * described the accord as a truce", "Para pengamat menjuluki komisi itu
 * …": who labels, a source a learner can name or a crowd of the phrase
 * list label_crowd ("critics", "para pengamat"), in [c, hi). */
static gboolean
labeller (Ctx        *ctx,
          const Sent *s,
          guint       c,
          guint       hi)
{
  guint n;

  if (c >= hi || (s->toks[c].flags & (W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, c, PL_LABEL_CROWD)) > 0 && c + n == hi)
    return TRUE;
  /* "Many observers regard …", "Realists see …", "Legal scholars
   * describe …": a crowd of one trade or a school; not one that answers
   * another ("Sebaliknya, kaum liberal memandang …": the contrast's rule
   * asks the two). */
  if ((crowd_at (ctx, s, c, hi) || school_at (ctx, s, c, hi)) && _ds_phrase_at (ctx, s, 0, PL_CONTRAST_LINK) == 0)
    return TRUE;
  return _ds_source_kind (ctx, s, c, hi) != DS_SOURCE_NONE;
}

/* A quote mark that opens a label: double, or single ('a wall with many
 * doors', ‘the art of agreeing to be judged’); a straight single one only
 * after a space (not "the producers' club"). */
static gboolean
label_open (const Tok *t)
{
  return is_quote_mark (t) || (t->type == TOK_PUNCT && (t->ch == 0x2018 || (t->ch == '\'' && t->p[-1] == ' ')));
}

/* A quote mark that closes a label: double, or single. */
static gboolean
label_close (const Tok *t)
{
  return is_quote_mark (t) || (t->type == TOK_PUNCT && (t->ch == '\'' || t->ch == 0x2019));
}

/* "Marlow (1971)", "Lestari [2019]": where the year in brackets after a
 * name in [c, hi) starts, else @hi. */
static guint
name_year_start (const Sent *s,
                 guint       c,
                 guint       hi)
{
  if (hi >= c + 4 && s->toks[hi - 2].type == TOK_NUMBER &&
      ((_ds_tok_is_punct (&s->toks[hi - 3], '(') && _ds_tok_is_punct (&s->toks[hi - 1], ')')) ||
       (_ds_tok_is_punct (&s->toks[hi - 3], '[') && _ds_tok_is_punct (&s->toks[hi - 1], ']'))))
    return hi - 3;
  return hi;
}

/* The label after the object at @q: a quotation ("a forum without
 * teeth"), or what follows "as"/"sebagai" to the sentence's end; [*a,
 * *b), FALSE when it is none a learner recalls. */
static gboolean
label_span (Ctx        *ctx,
            const Sent *s,
            guint       q,
            guint       e,
            guint      *a,
            guint      *b)
{
  if (label_open (&s->toks[q]))
    {
      guint k;

      for (k = q + 1; k < e && !label_close (&s->toks[k]); k++)
        ;
      /* The quotation ends the sentence, or its clause, or a relative
       * clause tells more of it ("… "tiga lingkaran" yang saling
       * bertumpuk"). */
      if (k >= e || (k + 1 < e && !_ds_tok_is_punct (&s->toks[k + 1], ',') && !_ds_tok_is_punct (&s->toks[k + 1], ';') &&
                     !(s->toks[k + 1].flags & W_RELATIVE)))
        return FALSE;
      *a = q + 1;
      *b = k;
    }
  else
    {
      *a = q + 1;
      *b = e;
    }
  while (*b > *a && s->toks[*b - 1].type == TOK_PUNCT)
    (*b)--;
  /* "as slow and divided, and they are not entirely wrong": the
   * author's comment after a comma, a conjunction and a pronoun is no
   * part of the label. */
  /* ("as a pragmatic way to build a coalition, especially after …":
   * nor an adjunct after a comma, an adverb, a preposition or a
   * relative; a series, "as slow, divided and costly", goes on.) */
  for (guint k = *a + 1; !label_open (&s->toks[q]) && k + 2 < *b; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') &&
        (((s->toks[k + 1].flags & W_CONJ) && (s->toks[k + 2].flags & (W_PRONOUN | W_ANAPHOR))) ||
         (k >= *a + 3 && (s->toks[k + 1].flags & (W_ADV | W_PREP | W_RELATIVE)))))
      {
        *b = k;
        break;
      }
  /* "described the talks as productive", "as a success": one word says
   * how it went, no label to learn. */
  if (!label_open (&s->toks[q]) && *b - *a - (_ds_tok_is_article (&s->toks[*a]) ? 1 : 0) < 2)
    return FALSE;
  return *b > *a && *b - *a <= LABEL_MAX_TOKENS && !(s->toks[*a].flags & (W_PRONOUN | W_ANAPHOR)) &&
         !_ds_toks_any_used (s, *a, *b) && _ds_phrase_at (ctx, s, *a, PL_VAGUE_SOURCE) == 0;
}

/* "ketiga mekanisme ini", "these three models", "the three models" in
 * [@o, @q): a count and its noun that point at the sentence before,
 * which names them in full after the same count ("Tiga mekanisme
 * kepatuhan muncul …", "Three models of port control spread …"). The
 * words that follow the noun there ("kepatuhan", "of port control"),
 * or NULL. */
static char *
counted_referent_rest (Ctx        *ctx,
                       const Sent *s,
                       guint       o,
                       guint       q)
{
  guint h = o + (_ds_tok_is (&s->toks[o], "the") ? 1 : 0), xe, b;
  const Tok *head;
  Sent x = { 0 };

  if (h + 2 != q || !(s->toks[h].flags & W_COUNT) || ctx->prev.p == NULL || ctx->prev.block != s->block)
    return NULL;
  head = &s->toks[h + 1];
  if (head->type != TOK_WORD || head->cap || (head->flags & W_FUNCTION))
    return NULL;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  xe = _ds_body_end (&x);
  for (guint j = 1; j + 1 < xe; j++)
    {
      guint k;

      if (!(x.toks[j - 1].flags & W_COUNT) || x.toks[j].len != head->len ||
          ds_ascii_strncasecmp (x.toks[j].p, head->p, head->len) != 0)
        continue;
      k = j + 1;
      if (ctx->english && k < xe && _ds_tok_is (&x.toks[k], "of"))
        k++;
      for (b = k; b < xe && b < k + 3 && x.toks[b].type == TOK_WORD && !x.toks[b].cap && !x.toks[b].verb &&
                  !(x.toks[b].flags & (W_FUNCTION | W_COUNT | W_QUANT | W_AUX)) && !_ds_tok_ends_nya (&x.toks[b]);
           b++)
        ;
      /* The noun phrase ends there: at a verb, an aux, a mark or a
       * function word, not in mid-run. */
      if (b == k || b >= xe ||
          !(x.toks[b].verb || x.toks[b].type != TOK_WORD || (x.toks[b].flags & (W_FUNCTION | W_AUX))))
        return NULL;
      return _ds_toks_dup (&x, j + 1, b);
    }
  return NULL;
}

/* "Critics have called the agency "a ministry of slogans"" → "What have
 * critics called the agency?"; "Lindgren described the accord as a truce
 * between two rivals" → "How did Lindgren describe the accord?"; "Media
 * Thailand menjuluki bendungan itu "pembunuh ikan"" → "Apa julukan Media
 * Thailand untuk …?": a label a source gives to a thing it names (the
 * phrase lists label_verb and label_as_verb), the label as the answer. */
gboolean
_ds_find_label (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);

  if (!_ds_sent_may_start (s, HOT_LABEL_VERB) && !_ds_sent_may_start (s, HOT_LABEL_AS_VERB))
    return FALSE;
  for (guint v = 1; v + 3 < e; v++)
    {
      const Tok *t = &s->toks[v];
      const char *form = NULL, *aux;
      gboolean as = FALSE, perfect = FALSE;
      guint hi = v, c, o, q, l, a, b, named;
      g_autofree char *rest = NULL;

      /* ("see", "saw": a crowd's or a school's way of seeing.) */
      if (t->type != TOK_WORD || t->cap || t->len < 3 || t->used)
        continue;
      if ((form = _ds_lexicon_other_forms (ctx, t, "label_verb")) == NULL &&
          (form = _ds_lexicon_other_forms (ctx, t, "label_as_verb")) != NULL)
        as = TRUE;
      if (form == NULL)
        continue;
      /* "have called", "telah menjuluki": the auxiliary stays with it. */
      if (hi > 1 && (s->toks[hi - 1].flags & W_AUX))
        hi--, perfect = TRUE;
      c = _ds_clause_start (s, hi);
      /* "Marlow (1971) calls …": the year is the work's, not the name's. */
      named = name_year_start (s, c, hi);
      if (!labeller (ctx, s, c, named))
        return FALSE;
      /* The thing labelled: a few words with no verb, then the quote or
       * "as". */
      /* ("kesepakatan kedua negara itu sebagai …": "itu" after a few
       * words points at what they name; the question names it without.) */
      /* ("calls these three patterns of energy cooperation …",
       * "menyebut ketiga pola kerja sama energi ini sebagai …": a
       * demonstrative before or after three words or more names the thing
       * in full; the question names it without. "this policy", "kebijakan
       * ini" point at another sentence and stay unasked.) */
      o = v + 1;
      if (ctx->english && (s->toks[o].flags & W_ANAPHOR) && !(s->toks[o].flags & W_PRONOUN))
        o++;
      for (q = o; q < e && q < o + 8; q++)
        if (q >= o + (o > v + 1 ? 3 : 2) && q + 1 < e &&
            (_ds_tok_is (&s->toks[q], "itu") || _ds_tok_is (&s->toks[q], "tersebut") ||
             (q >= o + 3 && _ds_tok_is (&s->toks[q], "ini"))) &&
            (label_open (&s->toks[q + 1]) || _ds_phrase_at (ctx, s, q + 1, PL_LABEL_AS) > 0))
          continue;
        else if (label_open (&s->toks[q]) || _ds_phrase_at (ctx, s, q, PL_LABEL_AS) > 0 ||
                 (s->toks[q].type == TOK_PUNCT && !possessive_mark (s, q)) || (s->toks[q].verb && !s->toks[q].cap && !participle_before_noun (s, q, e)) ||
                 (s->toks[q].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE)) || _ds_tok_ends_nya (&s->toks[q]) ||
                 /* ("memandang laut bukan sebagai pemisah, melainkan …":
                  * what it is not seen as is no label; the contrast's
                  * rule asks it.) */
                 _ds_phrase_at (ctx, s, q, PL_CONTRAST_NOT) > 0)
          break;
      /* "menyebut ketiga mekanisme ini sebagai …", "calls these three
       * models …": named in full by the sentence before. */
      if (q < e && !ctx->english && q == o + 2 && (s->toks[q].flags & W_ANAPHOR) &&
          (rest = counted_referent_rest (ctx, s, o, q)) != NULL)
        q++;
      else if (q >= o + 2 && q < e)
        rest = counted_referent_rest (ctx, s, o, (s->toks[q - 1].flags & W_ANAPHOR) ? q - 1 : q);
      if (q >= e || q == o || q - o > 6 || (o > v + 1 && q - o < 3 && rest == NULL))
        return FALSE;
      /* "menyebut komisi itu sebagai "forum tanpa gigi"": a quoted label
       * after "sebagai", "as". */
      l = q;
      if (!as && l + 1 < e && _ds_phrase_at (ctx, s, l, PL_LABEL_AS) > 0 && label_open (&s->toks[l + 1]))
        l++;
      if (!(as ? _ds_phrase_at (ctx, s, l, PL_LABEL_AS) > 0 : label_open (&s->toks[l])) ||
          !label_span (ctx, s, l, e, &a, &b) || _ds_toks_any_used (s, c, b))
        return FALSE;
      {
        g_autofree char *verb = NULL;
        g_autofree char *written = _ds_toks_dup (s, hi, hi + 1);
        g_autofree char *who = source_text (ctx, s, c, named);
        g_autofree char *object = NULL;
        g_autofree char *question = NULL;
        DsClaim *claim;

        object = _ds_phrase_dup (s, o, s->toks[q - 1].flags & W_ANAPHOR ? q - 1 : q, TRUE);
        if (rest != NULL)
          {
            g_autofree char *pointed = g_steal_pointer (&object);

            object = g_strconcat (ctx->english && o > v + 1 ? "the " : "", pointed, " ", rest, NULL);
          }
        /* "What have critics called …?": English keeps the perfect as
         * written; otherwise the list's forms ask it ("call did",
         * "menjuluki julukan"). */
        if (perfect && ctx->english)
          verb = _ds_toks_dup (s, v, v + 1), aux = written;
        else
          verb = g_strndup (form, strcspn (form, " ")), aux = strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "";
        if (_ds_phrase_at (ctx, s, c, PL_LABEL_CROWD) > 0 || crowd_at (ctx, s, c, named) ||
            school_at (ctx, s, c, named))
          who[0] = ds_ascii_tolower (who[0]);
        question = ds_lang_expand (ctx->lang, as ? "question_label_as" : "question_label", "aux", aux,
                                   "verb", verb, "who", who, "object", object, NULL);
        claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, b);
        claim->question = ds_utf8_capitalize (question);
        claim->attribution = g_steal_pointer (&who);
        _ds_toks_mark_used (s, c, b);
        return _ds_claim_commit (ctx, claim);
      }
    }
  return FALSE;
}

/* "Wirata (2021) memperkenalkan istilah "kolonialisme algoritmik" untuk
 * menggambarkan …", "…, misalnya Wirata (2021), yang memperkenalkan …",
 * "Santoso (2015) coined the term "rice diplomacy" to explain …" → "Istilah
 * apa yang diperkenalkan Wirata untuk menggambarkan …?", "What term did
 * Santoso coin to explain …?": a term a named scholar brings in for a
 * thing the sentence names (the phrase lists attrib_term_verb,
 * attrib_term_noun, attrib_term_purpose), the term as the answer. Without
 * what it is for, or for a thing another sentence names ("untuk
 * menggambarkan gejala ini"), no card. */
gboolean
_ds_find_term_coined (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s);

  if (!_ds_sent_may_start (s, HOT_TERM_VERB))
    return FALSE;
  for (guint v = 1; v + 6 < e; v++)
    {
      const Tok *t = &s->toks[v];
      const char *form;
      guint hi = v, c, named, n, q, k, p, pe;

      if (t->type != TOK_WORD || t->cap || t->used || (form = _ds_lexicon_other_forms (ctx, t, "attrib_term_verb")) == NULL)
        continue;
      if ((n = _ds_phrase_at (ctx, s, v + 1, PL_ATTRIB_TERM_NOUN)) == 0)
        continue;
      q = v + 1 + n;
      if (q >= e || !label_open (&s->toks[q]))
        return FALSE;
      for (k = q + 1; k < e && k < q + 8 && !label_close (&s->toks[k]); k++)
        ;
      if (k >= e || k >= q + 8 || k == q + 1 || (pe = _ds_phrase_at (ctx, s, k + 1, PL_ATTRIB_TERM_PURPOSE)) == 0)
        return FALSE;
      /* What the term is for: the rest of the clause, a thing named in
       * full. */
      p = k + 1;
      {
        guint oa = p + pe, ob;

        for (ob = oa; ob < e && !_ds_tok_is_punct (&s->toks[ob], ',') && !_ds_tok_is_punct (&s->toks[ob], ';'); ob++)
          ;
        if (ob < oa + 2 || ob - oa > 14 || (s->toks[oa].flags & (W_PRONOUN | W_ANAPHOR)) ||
            (s->toks[ob - 1].flags & W_ANAPHOR) || _ds_toks_any_used (s, q, ob))
          return FALSE;
        /* "…, misalnya Wirata (2021), yang memperkenalkan …": the scholar
         * before the relative's comma; else the clause's subject. */
        if ((s->toks[v - 1].flags & W_RELATIVE) && v >= 3 && _ds_tok_is_punct (&s->toks[v - 2], ','))
          {
            hi = v - 2;
            named = hi;
            if (hi >= 4 && _ds_tok_is_punct (&s->toks[hi - 1], ')') && s->toks[hi - 2].type == TOK_NUMBER &&
                _ds_tok_is_punct (&s->toks[hi - 3], '('))
              named = hi - 3;
            for (c = named; c > 0 && s->toks[c - 1].type == TOK_WORD && s->toks[c - 1].cap && !(s->toks[c - 1].flags & W_FUNCTION); c--)
              ;
            /* The name opens the sentence, or follows a comma or an
             * example's cue ("misalnya", "for example"). */
            if (c == named || (c > 0 && !_ds_tok_is_punct (&s->toks[c - 1], ',') &&
                               _ds_phrase_at (ctx, s, c - 1, PL_ATTRIB_TERM_EXAMPLE) != 1 &&
                               (c < 2 || _ds_phrase_at (ctx, s, c - 2, PL_ATTRIB_TERM_EXAMPLE) != 2)))
              return FALSE;
          }
        else
          {
            c = _ds_clause_start (s, hi);
            named = name_year_start (s, c, hi);
          }
        if (!labeller (ctx, s, c, named) || _ds_phrase_at (ctx, s, c, PL_LABEL_CROWD) > 0)
          return FALSE;
        {
          g_autofree char *who = source_text (ctx, s, c, named);
          g_autofree char *purpose = _ds_toks_dup (s, p, ob);
          g_autofree char *question = NULL;
          DsClaim *claim;

          question = ds_lang_expand (ctx->lang, "question_term_coined", "verb", form, "who", who, "purpose", purpose, NULL);
          claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, q + 1, k);
          claim->question = ds_utf8_capitalize (question);
          claim->attribution = g_steal_pointer (&who);
          _ds_toks_mark_used (s, q, ob);
          return _ds_claim_commit (ctx, claim);
        }
      }
    }
  return FALSE;
}

/* "Novak (2013) mengkritik skema kredit karbon karena …", "Novak
 * criticised carbon credit schemes for …" → "Mengapa Novak mengkritik
 * skema kredit karbon?", "Why did Novak criticise carbon credit
 * schemes?": a named source's judgement of a thing the sentence names
 * (the phrase lists attrib_fault_verb, attrib_fault_reason), its reason as
 * the answer. A thing named in another sentence ("this policy",
 * "kebijakan ini") is left unasked. */
gboolean
_ds_find_fault (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);

  /* (The hot lists are full: attrib_fault_verb holds words of
   * label_as_verb only, whose hot list gates it.) */
  if (!_ds_sent_may_start (s, HOT_LABEL_AS_VERB))
    return FALSE;
  for (guint v = 1; v + 4 < e; v++)
    {
      const Tok *t = &s->toks[v];
      const char *form;
      guint c, named, q, n = 0, oe, ra, rb;

      if (t->type != TOK_WORD || t->cap || t->used || (form = _ds_lexicon_other_forms (ctx, t, "attrib_fault_verb")) == NULL)
        continue;
      c = _ds_clause_start (s, v);
      named = name_year_start (s, c, v);
      if (!labeller (ctx, s, c, named))
        return FALSE;
      for (q = v + 1; q < e && q < v + 9; q++)
        if ((n = _ds_phrase_at (ctx, s, q, PL_ATTRIB_FAULT_REASON)) > 0 || s->toks[q].type == TOK_PUNCT ||
            _ds_phrase_at (ctx, s, q, PL_LABEL_AS) > 0 ||
            (s->toks[q].verb && !s->toks[q].cap && !participle_before_noun (s, q, e)) ||
            (s->toks[q].flags & (W_PRONOUN | W_RELATIVE)) || _ds_tok_ends_nya (&s->toks[q]) ||
            ((s->toks[q].flags & W_ANAPHOR) && q < v + 3))
          break;
      if (n == 0 || q >= e || q == v + 1)
        return FALSE;
      /* "skema itu", "kebijakan ekspor ini": the demonstrative after two
       * words or more closes a thing named in full. */
      oe = q;
      if (s->toks[q - 1].flags & W_ANAPHOR)
        oe = q - 1;
      for (guint i = v + 1; i < oe; i++)
        if (s->toks[i].flags & W_ANAPHOR)
          return FALSE;
      ra = q + n;
      for (rb = ra; rb < e && !_ds_tok_is_punct (&s->toks[rb], ';'); rb++)
        ;
      while (rb > ra && s->toks[rb - 1].type == TOK_PUNCT)
        rb--;
      if (oe < v + 2 || rb < ra + 2 || rb - ra > 20 || _ds_toks_any_used (s, c, rb))
        return FALSE;
      {
        g_autofree char *verb = g_strndup (form, strcspn (form, " "));
        const char *aux = strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "";
        g_autofree char *who = source_text (ctx, s, c, named);
        g_autofree char *object = _ds_phrase_dup (s, v + 1, oe, TRUE);
        g_autofree char *question = NULL;
        DsClaim *claim;

        if (_ds_phrase_at (ctx, s, c, PL_LABEL_CROWD) > 0)
          who[0] = ds_ascii_tolower (who[0]);
        question = ds_lang_expand (ctx->lang, "question_fault", "aux", aux, "verb", verb, "who", who, "object", object, NULL);
        claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, ra, rb);
        claim->question = ds_utf8_capitalize (question);
        claim->attribution = g_steal_pointer (&who);
        _ds_toks_mark_used (s, c, rb);
        return _ds_claim_commit (ctx, claim);
      }
    }
  return FALSE;
}
