/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Covering the essay: a prose paragraph of argument or background whose
 * sentences no rule read a claim from gives no card at all, yet it states
 * something a lecturer asks. Once the ranking has kept the rules' claims,
 * every such paragraph (two sentences or more, or some 25 words) that no
 * kept claim stands in gets its key sentence as a card: the topic
 * sentence that opens it, or a sentence that signposts its point
 * ("Oleh karena itu, …", "The key issue is …"), never a question, a hook,
 * a quotation or a sentence that leans on one before it ("Hal ini …",
 * "They …"). The card asks the sentence's own clause: a cloze that
 * keeps its subject and verb group and blanks what the verb says of the
 * subject ("Small-scale fishers have _____."); "What does the author say
 * about X?" asked nothing a learner could aim at. A sentence whose
 * subject is no plain noun phrase gives no card. These claims come after
 * the rules' in the budget, and take no place from them.
 *
 * A sentence that draws a conclusion ("Oleh karena itu, …", "Thus, …";
 * the phrase list cover_step_lead) that no claim stands in is asked the
 * same way in a paragraph that has its card ("Industrial fleets still
 * shape _____."): a step of the argument that no rule read.
 *
 * A date a sentence of a paragraph states, its first or any past it,
 * that no kept claim stands in ("The 2012 review of … found …", "…
 * diterbitkan pada Februari 2024 dan …") is asked as a multiple choice
 * among dates of its kind, the sentence whole as its stem: never in a
 * sentence that leans on another (a pronoun, "ini", "this", "The new
 * quota …"), a hook, an example, a label's line, one of figures, nor a
 * source's year in brackets, a name's ("UUD 1945", "Act of 2012"), a
 * law number's, a range's or a point of reference's ("after 2015").
 *
 * The fallback: a plain statement no rule read and no claim stands in
 * ("Kementerian Luar Negeri menempatkan atase siber pertamanya di
 * Canberra.", "The network holds its annual drill in Port Louis."),
 * whose subject is named in it (a name, an acronym, a figure, a key term
 * as its head; no pronoun, "ini", "tersebut", "this", bare "the N",
 * "-nya"), no hedge, example, meta sentence, byline or reply, and whose
 * predicate holds a name heading the phrase of a verb or a preposition,
 * is asked as a cloze of that name, whole, the sentence kept whole: not
 * a name of a list or a pair, one that modifies a noun ("kontingen
 * Indonesia", "the Jamaican contingent"), one cut short ("Reporters
 * Without …", "… of 17 August"), one the essay repeats throughout or
 * its title holds. One a paragraph (the longest name, then the most
 * central sentence), a few a text; the gate judges it like any card.
 *
 * Sentences are scored as they are cut (one pass over tokens the walk has
 * at hand); the sentences of uncovered paragraphs that may give a card
 * are cut again, two at most per paragraph: the layer is linear and
 * cheap.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-utf8.h"
#include "ds-words.h"

/* A paragraph is a unit with this many sentences, or this many words. */
#define UNIT_MIN_SENTENCES 2
#define UNIT_MIN_WORDS 25
/* A key sentence's words: fewer is a hook, more no answer to recall. */
#define KEY_MIN_WORDS 8
#define KEY_MAX_WORDS 40
/* A subject a question can name. */
#define SUBJECT_MAX_WORDS 8
/* The setting a sentence opens with before its subject ("Dalam era
 * digital,"). */
#define SETTING_MAX_WORDS 6
/* What a sentence must score to be a paragraph's key sentence. */
#define KEY_MIN_SCORE 2
#define KEY_REJECT (-100)
/* Key-sentence cards beyond what the rules leave of the budget. */
#define COVER_EXTRA_MAX 8
/* The subject a step of the argument is asked by. */
#define STEP_SUBJECT_MAX_WORDS 4
/* How much a card that asks a claim on its subject is preferred to a
 * key sentence asked whole. */
#define SALIENT_BONUS 1
/* Claims a verb states, asked beyond the room of the key sentences: a
 * share of the budget, and a few at most. */
#define SALIENT_SHARE 5
#define SALIENT_MAX 6
/* Sentences tried for them, so many times their room at most. */
#define SALIENT_TRIES 8
/* Dates of sentences no rule read, asked as choices: a share of the
 * budget, and a few at most. */
#define ITEM_SHARE 4
#define ITEM_MAX 8
/* The sentences of one paragraph tried for its card. */
#define KEY_TRIES 2
/* Fallback cards: a share of the budget, and a few at most. */
#define FALLBACK_SHARE 4
#define FALLBACK_MAX 8
/* A sentence the fallback reads: its tokens. */
#define FALLBACK_MIN_TOKENS 7
#define FALLBACK_MAX_TOKENS 45
/* Words a name the fallback blanks holds at most. */
#define FALLBACK_NAME_MAX 7

/* ------------------------------------------------------------------ */
/* Units                                                               */

/* "1 Lihat …", "[2] Data …", "¹ …", "> …": a footnote or a quotation
 * set apart opens with a mark, not a word (a letter, an emphasis's
 * asterisk or underscore, a quote; any character past ASCII but the
 * superscript digits). */
static gboolean
opens_with_word (Ctx           *ctx,
                 const DsBlock *b)
{
  const guchar *p = (const guchar *) ctx->text + b->prose_byte_start;
  const guchar *end = (const guchar *) ctx->text + b->byte_end;

  if (b->prose_byte_start >= b->byte_end)
    return FALSE;
  /* "2.3 Norma …", "1) The Group …", "4. Indonesia …": a numbered
   * paragraph is prose too (the walk reads it past its number); "1
   * Lihat …", a bare number, is a footnote's. */
  if (g_ascii_isdigit (*p))
    {
      const guchar *q = p;
      gboolean marked = FALSE;

      while (q < end && (g_ascii_isdigit (*q) || *q == '.') && q - p < 8)
        marked |= *q++ == '.';
      if (q < end && *q == ')')
        marked = TRUE, q++;
      return marked && q + 1 < end && *q == ' ' && g_ascii_isupper (q[1]);
    }
  if (*p < 0x80)
    return g_ascii_isalpha (*p) || *p == '*' || *p == '_' || *p == '"';
  return !(p[0] == 0xC2 && b->prose_byte_start + 1 < b->byte_end && (p[1] == 0xB9 || p[1] == 0xB2 || p[1] == 0xB3)) &&
         !(p[0] == 0xE2 && b->prose_byte_start + 2 < b->byte_end && p[1] == 0x81);
}

/* Whether @b is a list's line, one sentence of a few words; a numbered
 * paragraph the parser takes for an item ("2.1 Kerja sama …" over two
 * sentences or more) is prose. */
static gboolean
list_line (Ctx           *ctx,
           const DsBlock *b)
{
  guint words = 1;

  if (b->kind != DS_BLOCK_LIST_ITEM)
    return FALSE;
  for (const char *p = ctx->text + b->prose_byte_start; p < ctx->text + b->byte_end; p++)
    words += *p == ' ' && p[1] != ' ';
  return words < UNIT_MIN_WORDS;
}

void
_ds_cover_open (Ctx   *ctx,
                guint  block)
{
  CoverUnit unit = { 0 };

  if (!opens_with_word (ctx, ds_essay_get_block (ctx->essay, block)))
    return;
  if (ctx->cover_units == NULL)
    {
      ctx->cover_units = g_array_sized_new (FALSE, FALSE, sizeof (CoverUnit), 64);
      ctx->cover_sents = g_array_sized_new (FALSE, FALSE, sizeof (CoverSent), 256);
      ctx->cover_steps = g_array_new (FALSE, FALSE, sizeof (CoverSent));
      ctx->cover_topics = g_ptr_array_new_with_free_func (g_free);
    }
  /* The paragraphs under one heading share its copy. */
  if (ctx->cover_topics->len == 0 || ctx->cover_topic_block != ctx->topic_block)
    {
      g_ptr_array_add (ctx->cover_topics, g_strdup (ctx->topic));
      ctx->cover_topic_block = ctx->topic_block;
    }
  unit.block = block;
  unit.first = ctx->cover_sents->len;
  unit.topic = ctx->cover_topics->pdata[ctx->cover_topics->len - 1];
  unit.titled = ctx->topic_block == G_MAXUINT;
  unit.claims_at = ctx->claims->len;
  unit.item = list_line (ctx, ds_essay_get_block (ctx->essay, block));
  g_array_append_val (ctx->cover_units, unit);
  ctx->cover_open = TRUE;
}

void
_ds_cover_close (Ctx *ctx)
{
  CoverUnit *unit;

  if (!ctx->cover_open)
    return;
  ctx->cover_open = FALSE;
  unit = &g_array_index (ctx->cover_units, CoverUnit, ctx->cover_units->len - 1);
  unit->n = ctx->cover_sents->len - unit->first;
}

void
_ds_cover_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->cover_units, g_array_unref);
  g_clear_pointer (&ctx->cover_topics, g_ptr_array_unref);
  g_clear_pointer (&ctx->cover_sents, g_array_unref);
  g_clear_pointer (&ctx->cover_steps, g_array_unref);
  ctx->key_topic = NULL;
}

/* ------------------------------------------------------------------ */
/* The essay's key terms                                               */

/* The key-term model of an essay, read off what the walk has counted
 * already (nothing is built for it): a word of the title or of the
 * section's heading, an acronym, a name the essay writes in capitals, a
 * theory's name, a word of content the essay repeats (ctx->freq, so
 * the terms it defines and spells out, which it goes on using). */

/* An essay this short repeats its key terms less often. */
#define KEY_SHORT_WORDS 500
#define KEY_MIN_FREQ 3
#define KEY_MIN_FREQ_SHORT 2
/* Letters a key word has at least. */
#define KEY_WORD_MIN_LEN 4

/* Whether @text holds the word @t as a word of its own, in any case
 * ("Kedaulatan Data" holds "data"). */
static gboolean
text_has_word (const char *text,
               const Tok  *t)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if ((p == text || !g_ascii_isalnum (p[-1])) && ds_ascii_strncasecmp (p, t->p, t->len) == 0 &&
        !g_ascii_isalnum (p[t->len]))
      return TRUE;
  return FALSE;
}

/* Whether @t names a theory by its ending ("Realisme", "liberalism":
 * the list key_term_suffix), a word of six letters at least. */
gboolean
_ds_key_theory (Ctx       *ctx,
                const Tok *t)
{
  const char * const *ends = ds_lang_get_phrases (ctx->lang, "key_term_suffix");

  for (guint i = 0; ends != NULL && ends[i] != NULL && t->len >= 6; i++)
    {
      gsize n = strlen (ends[i]);

      if (n < t->len && ds_ascii_strncasecmp (t->p + t->len - n, ends[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word @t names one of the essay's key terms (a function
 * word, a vague or generic one never). */
gboolean
_ds_key_word (Ctx       *ctx,
              const Tok *t)
{
  if (t->type != TOK_WORD || t->len < KEY_WORD_MIN_LEN - 1 ||
      (t->flags & (W_FUNCTION | W_VAGUE | W_GENERIC | W_PRONOUN | W_QUANT)))
    return FALSE;
  if (_ds_tok_is_acronym (t))
    return TRUE;
  if (t->len < KEY_WORD_MIN_LEN)
    return FALSE;
  /* A name inside the sentence ("Uni Eropa", "Joseph Nye"), a theory's
   * ("Realisme", "constructivism": the list key_term_suffix). */
  if ((t->cap && _ds_tok_known_name (ctx, t)) || _ds_tok_freq (t) >= ctx->key_min_freq)
    return TRUE;
  if (_ds_key_theory (ctx, t))
    return TRUE;
  /* A word of the title or of the heading the sentence stands under. */
  return (ctx->title != NULL && text_has_word (ctx->title, t)) ||
         (ctx->key_topic != NULL && text_has_word (ctx->key_topic, t));
}

/* ------------------------------------------------------------------ */
/* Scoring a sentence                                                  */

/* Where the sentence's own statement starts: past a link and its comma
 * ("Namun,", "Selain itu,", "In practice,"; the phrase list cover_lead)
 * or a time before a comma ("In 2019,", "Pada tahun 2019,"); 0 when
 * none opens it. */
static guint
lead_end (Ctx        *ctx,
          const Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD);

  if (n > 0 && n < s->n && _ds_tok_is_punct (&s->toks[n], ','))
    return n + 1;
  if (s->n > 3 && (s->toks[0].flags & W_PREP) && !(s->toks[0].flags & (W_CONJ | W_CONNECTIVE)))
    {
      gboolean year = FALSE;

      for (guint k = 1; k < s->n && k <= 4; k++)
        {
          const Tok *t = &s->toks[k];

          if (_ds_tok_is_punct (t, ','))
            return year ? k + 1 : 0;
          if (t->type == TOK_NUMBER && t->len == 4)
            year = TRUE;
          else if (t->type != TOK_WORD || t->cap)
            return 0;
        }
    }
  return 0;
}

/* Whether a demonstrative anywhere in [@a, @b) points back ("… karena
 * hal tersebut", "… were due to this", "diplomasi siber ini"); "that"
 * joins a clause more often than it points. */
static gboolean
points_back (const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b && k < s->n; k++)
    if (s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_ANAPHOR) && !_ds_tok_is (&s->toks[k], "that"))
      return TRUE;
  return FALSE;
}

/* Whether @s, to @e, states a key fact: a name past its first word (a
 * capital or an acronym: an institution, a place, a law, a person) with
 * a year or a figure of something ("in 2017", "Nomor 53", "31 persen",
 * "US$20 billion"). */
static gboolean
key_fact (const Sent *s,
          guint       e)
{
  gboolean named = FALSE, dated = FALSE;

  for (guint k = 1; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_WORD && t->cap && !(s->toks[k - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k - 1], ',')))
        named = TRUE;
      else if (t->type == TOK_NUMBER &&
               ((t->len == 4 && g_ascii_isdigit (t->p[3]) && (t->p[0] == '1' || t->p[0] == '2')) ||
                (k + 1 < e && (s->toks[k + 1].type == TOK_WORD || _ds_tok_is_punct (&s->toks[k + 1], '%')))))
        dated = TRUE;
    }
  return named && dated;
}

/* How much @s looks like its paragraph's key sentence, read as the walk
 * cuts it: its place (a paragraph's first sentence states what the rest
 * says) or a cue of its point (the phrase list cover_cue), less a
 * quotation or a sentence of figures; KEY_REJECT for a question, an
 * exclamation, a sentence too short or too long to recall or one that
 * opens with a quote. What needs more reading (a hook, a sentence that
 * leans back: key_refused()) is asked of the sentences tried only.
 * *@n_words: its words (of a paragraph's first sentence only). */
static int
sentence_score (Ctx        *ctx,
                const Sent *s,
                gboolean    item,
                guint      *n_words,
                gboolean   *own)
{
  guint e = _ds_body_end (s), words = 0, numbers = 0;
  int score = 3;
  gboolean quoted = FALSE;

  *n_words = 0;
  if (s->question || e == 0)
    return KEY_REJECT;
  /* (A sentence of no number has none to count: most past a
   * paragraph's first are no candidates, told before their words are
   * counted.) */
  if (s->has_digit)
    for (guint k = 0; k < s->n; k++)
      numbers += s->toks[k].type == TOK_NUMBER;
  /* Past its first sentence, a paragraph's key sentence says it is one
   * (a cue of its point: "penting", "key"); or, as a list's item too, it
   * competes by its own salience (*@own): a key fact, a name (an
   * institution, a place, a law) with a year or a figure of something.
   * Others are no candidates. */
  *own = FALSE;
  if (!s->first || item)
    {
      if (!item && _ds_sent_may_start (s, HOT_COVER_CUE) && _ds_phrase_in (ctx, s, 0, e, PL_COVER_CUE))
        score = 2;
      else if (numbers > 0 && numbers <= 2 && key_fact (s, e))
        score = 2, *own = TRUE;
      else
        return 0;
    }
  for (guint k = 0; k < s->n; k++)
    {
      const Tok *t = &s->toks[k];

      words += t->type == TOK_WORD || t->type == TOK_NUMBER;
      quoted |= _ds_tok_is_quote (t);
    }
  *n_words = words;
  if (words < KEY_MIN_WORDS || words > KEY_MAX_WORDS + 8 ||
      (e < s->n && (_ds_tok_is_punct (&s->toks[e], '!') || _ds_tok_is_punct (&s->toks[e], ':'))) ||
      _ds_tok_is_punct (&s->toks[s->n - 1], '!'))
    return KEY_REJECT;
  if (_ds_tok_is_quote (&s->toks[0]))
    return KEY_REJECT;
  if (quoted)
    score -= 1;
  /* "… digelar di Universitas 17 Agustus 1945 …": dates and figures
   * are what the rules ask, as blanks; a sentence of them is trivia
   * (one that stands by its key fact has two at most). */
  if (numbers >= 2 && !*own)
    score -= 2;
  if (words > KEY_MAX_WORDS)
    score -= 1;
  return score;
}

/* Where the statement of a sentence that draws a conclusion starts,
 * past its lead and comma ("Thus,", "Oleh karena itu,": the phrase list
 * cover_step_lead); 0 when none opens it. */
static guint
step_lead_end (Ctx        *ctx,
               const Sent *s)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_COVER_STEP_LEAD);

  return n > 0 && n + 1 < s->n && _ds_tok_is_punct (&s->toks[n], ',') ? n + 1 : 0;
}

void
_ds_cover_note (Ctx        *ctx,
                const Sent *s)
{
  CoverSent cs = { 0 };
  guint n_words;
  CoverUnit *unit;

  if (!ctx->cover_open)
    return;
  unit = &g_array_index (ctx->cover_units, CoverUnit, ctx->cover_units->len - 1);
  /* "Thus, …", "Dengan demikian, …" past a paragraph's first sentence:
   * a step of the argument, asked on its own if no claim stands in it. */
  if (!s->first && !s->question && s->n > KEY_MIN_WORDS && step_lead_end (ctx, s) > 0)
    {
      cs.ref = (SentRef) { s->p, s->end, s->start, s->end_char, s->block };
      cs.score = 2;
      cs.by_verb = FALSE;
      cs.own = FALSE;
      g_array_append_val (ctx->cover_steps, cs);
    }
  /* "X memungkinkan Y", "X consists of Y" (a verb of the list
   * keyclaim_verb) anywhere in a paragraph: a claim no rule may have
   * read, asked on its subject alone when it names a key term
   * (_ds_statement_salient(), which finds the verb: here a word that may
   * start one is enough, the sentences tried are few). */
  else if (!s->question && s->n > KEY_MIN_WORDS && _ds_sent_may_start (s, HOT_KEYCLAIM_VERB))
    {
      cs.ref = (SentRef) { s->p, s->end, s->start, s->end_char, s->block };
      cs.score = s->first ? 2 : 1;
      cs.by_verb = TRUE;
      cs.own = FALSE;
      g_array_append_val (ctx->cover_steps, cs);
    }
  /* A rule took a claim from a sentence before: the paragraph has a
   * card, but its other sentences are candidates still (a sentence is
   * covered by a kept claim made from it, which the ranking decides). */
  if (ctx->claims->len > unit->claims_at)
    unit->ruled = TRUE;
  cs.ref = (SentRef) { s->p, s->end, s->start, s->end_char, s->block };
  cs.by_verb = FALSE;
  cs.score = sentence_score (ctx, s, unit->item, &n_words, &cs.own);
  /* (Only a sentence that holds a year is cut again for its date.) */
  cs.dated = FALSE;
  if (s->has_digit && cs.score != KEY_REJECT)
    for (guint k = 0; k < s->n && !cs.dated; k++)
      cs.dated = _ds_tok_is_year (&s->toks[k]);
  /* (A sentence with a capital past its third token may state a name
   * the fallback asks.) */
  cs.named = FALSE;
  if (!s->question && s->n >= FALLBACK_MIN_TOKENS && s->n <= FALLBACK_MAX_TOKENS)
    for (guint k = 3; k < s->n && !cs.named; k++)
      cs.named = s->toks[k].type == TOK_WORD && (s->toks[k].cap || _ds_tok_is_acronym (&s->toks[k]));
  unit->n_words += n_words;
  /* A sentence that cannot be the key sentence is kept too: the unit
   * counts its sentences. */
  g_array_append_val (ctx->cover_sents, cs);
}

/* ------------------------------------------------------------------ */
/* The card                                                            */

/* Whether the key sentence @s, its statement from @a, is one no card is
 * made of: one that leans on the sentence before it ("Hal ini …",
 * "They …", "… karena hal tersebut"), a hook ("Yuk", "Let's", "Imagine"; the phrase lists
 * cover_opener and cover_chatty), an example ("misalnya", "for
 * example"), or a result the cause rules read and left ("Data dibagikan
 * setiap hari, sehingga mudah diakses …": no subject of its own, or one
 * that points back; half a claim), or two sides set against each other
 * ("A tiba pada hari Senin, sedangkan B …", "…, whereas …"; the list
 * cover_pair_conj), which the contrast rules ask when they are named. Asked of the sentences tried only. */
static gboolean
key_refused (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e)
{
  return a >= e || _ds_tok_is_quote (&s->toks[a]) || s->toks[a].type != TOK_WORD ||
         _ds_toks_lean_back (s, a, MIN (a + 3, e)) || points_back (s, a, e) ||
         _ds_phrase_at (ctx, s, a, PL_COVER_OPENER) > 0 ||
         _ds_phrase_in (ctx, s, 0, e, PL_COVER_CHATTY) ||
         _ds_phrase_in (ctx, s, 0, e, PL_COVER_EXAMPLE) ||
         _ds_phrase_in (ctx, s, a, e, PL_RESULT_CUE) ||
         _ds_phrase_in (ctx, s, a + 1, e, PL_COVER_PAIR_CONJ);
}

static gboolean
ends_ing (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 5 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0;
}

/* "seabed", "mining", "produced": an English word the lexicon takes for
 * a verb by its ending alone may be a noun or a participle. */
static gboolean
verb_by_ending (Ctx       *ctx,
                const Tok *t)
{
  return ctx->english && t->type == TOK_WORD && t->len > 3 &&
         (ends_ing (t) || ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0);
}

/* Whether [@a, @b) is a subject a question can name on its own: words,
 * none leaning back, no quote, no link or adverb opening it ("Sementara
 * …", "Only summaries …", "Hanya …": the subject is what follows) nor
 * an adverb closing it ("… season again"; the list cover_adverb), no
 * English clause ("… who tweeted"; "yang" makes Indonesian nouns), two words of content at least ("the parties", "helium" ask
 * too little). */
static gboolean
subject_clean (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b)
{
  guint content = 0;
  const Tok *last = &s->toks[b - 1];

  if (b <= a || b - a > SUBJECT_MAX_WORDS || _ds_toks_lean_back (s, a, b) || last->type != TOK_WORD ||
      (last->flags & (W_FUNCTION | W_CUE_DEF)) || (s->toks[a].flags & (W_CONNECTIVE | W_CONJ | W_PREP | W_ADV)) ||
      _ds_phrase_at (ctx, s, b - 1, PL_COVER_ADVERB) > 0)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_PUNCT && (t->ch == '\'' || t->ch == 0x2019) && k > a && k + 1 < b)
        continue;
      /* "The collision happens when the tanker | leaves …": a
       * subordinator inside opens a clause; what comes before it is a
       * clause too, no subject. */
      if (k > a && _ds_phrase_at (ctx, s, k, PL_STANCE_SUBORDINATOR) > 0)
        return FALSE;
      if (t->type != TOK_WORD || (t->flags & W_CUE_DEF) || (ctx->english && (t->flags & (W_RELATIVE | W_CLAUSE))) ||
          (t->verb && k > a && !verb_by_ending (ctx, t)))
        return FALSE;
      /* "Option B", "Pilihan B": a label's letter says nothing. */
      content += !(t->flags & (W_FUNCTION | W_DET | W_QUANT)) && t->len > 1;
    }
  /* "Small island | states in the Coral Sea …": a plural before a
   * preposition was the subject's noun, not its verb. */
  if (ctx->english && b + 1 < s->n && s->toks[b].type == TOK_WORD && s->toks[b].p[s->toks[b].len - 1] == 's' &&
      (s->toks[b + 1].flags & W_PREP))
    return FALSE;
  /* "delegates from the coastal | states gather …": past a
   * preposition and its article, a word in "-s" before a plain word in
   * the present is the plural the object ends on, not the verb; where
   * the subject ends, the question cannot say. */
  if (ctx->english && b + 1 < s->n && b >= a + 3 && (s->toks[b - 3].flags & W_PREP) && (s->toks[b - 2].flags & W_DET) &&
      s->toks[b].type == TOK_WORD && s->toks[b].len > 3 && s->toks[b].p[s->toks[b].len - 1] == 's' &&
      s->toks[b + 1].type == TOK_WORD && !s->toks[b + 1].cap && s->toks[b + 1].p[s->toks[b + 1].len - 1] != 's' &&
      !(s->toks[b + 1].flags & (W_FUNCTION | W_DET | W_PREP | W_ADV | W_CONJ | W_RELATIVE | W_PRONOUN | W_AUX)))
    return FALSE;
  /* "The new dam", "the annual report": a definite noun of a word or
   * two, no name nor what qualifies it, is one the text named before. */
  if (ctx->english && _ds_tok_is (&s->toks[a], "the") && content <= 2)
    {
      gboolean named = FALSE;

      for (guint k = a + 1; k < b; k++)
        named |= s->toks[k].cap || (s->toks[k].flags & W_PREP) || _ds_tok_is_punct (&s->toks[k], '\'');
      if (!named)
        return FALSE;
    }
  return content >= 2;
}

/* "Negotiations on mining the deep seabed | have stalled …": the first
 * auxiliary, modal, copula or verb the lexicon knows (not a gerund
 * after a preposition) within a subject's reach; 0 when punctuation
 * comes first or none is there. */
static guint
verb_after_subject (Ctx        *ctx,
                    const Sent *s,
                    guint       a,
                    guint       e)
{
  for (guint k = a + 1; k < e && k <= a + SUBJECT_MAX_WORDS; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_PUNCT && t->ch != '\'' && t->ch != 0x2019)
        return 0;
      /* "Hospitals in small states | have become …": a plural before an
       * auxiliary or a verb is the subject's noun. */
      if (ctx->english && t->type == TOK_WORD && !(t->flags & W_AUX) && t->p[t->len - 1] == 's' && k + 1 < e &&
          (s->toks[k + 1].verb || (s->toks[k + 1].flags & W_AUX)))
        continue;
      /* "Scientific uncertainty | shapes the …": an English word in "-s"
       * after a noun and before an article is a verb in the present. */
      if (ctx->english && t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
          t->p[t->len - 2] != 's' && t->p[t->len - 2] != 'u' && k + 2 < e && (s->toks[k + 1].flags & W_DET) &&
          s->toks[k - 1].type == TOK_WORD && !(s->toks[k - 1].flags & (W_DET | W_PREP | W_FUNCTION)))
        return k;
      if ((t->flags & (W_AUX | W_CUE_DEF)) || _ds_phrase_at (ctx, s, k, PL_ADVICE_MODAL) > 0 ||
          (t->verb && !verb_by_ending (ctx, t)))
        return k + 1 < e ? k : 0;
    }
  return 0;
}

/* How central @s's words [@a, @e) are in the essay: the mean of
 * log(1 + n) over its counted words. */
static double
sentence_centrality (const Sent *s,
                     guint       a,
                     guint       e)
{
  double sum = 0;
  guint n = 0;

  for (guint k = a; k < e; k++)
    {
      guint f = _ds_tok_freq (&s->toks[k]);

      if (f > 0)
        {
          sum += log1p (f);
          n++;
        }
    }
  return n > 0 ? sum / n : 0;
}

/* "Dalam diplomasi digital, | kecepatan …", "For small island states, |
 * the ocean …": where the subject starts past the setting a sentence
 * opens with (a preposition and a few plain words before a comma; no
 * verb, no source: "Menurut sebagian pengamat,", "According to
 * critics,"; the list cover_source_lead), which the answer keeps;
 * @a when none opens it. */
static guint
setting_end (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e)
{
  if (a >= e || !(s->toks[a].flags & W_PREP) || (s->toks[a].flags & (W_CONJ | W_CONNECTIVE)) ||
      _ds_phrase_at (ctx, s, a, PL_COVER_SOURCE_LEAD) > 0)
    return a;
  for (guint k = a + 1; k < e && k <= a + SETTING_MAX_WORDS; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, ','))
        return k > a + 1 && k + 1 < e ? k + 1 : a;
      /* "For the states of …": a word after an article or a preposition
       * is a noun, whatever its ending. */
      if (t->type != TOK_WORD || (t->flags & (W_ANAPHOR | W_PRONOUN | W_RELATIVE)) ||
          (t->verb && !verb_by_ending (ctx, t) && !(s->toks[k - 1].flags & (W_DET | W_PREP))))
        return a;
    }
  return a;
}

/* "Each summer | the board reviews …", "Setiap musim kemarau, | dinas
 * …": where the subject starts past a time the sentence opens with (the
 * lists subject_time_quant and subject_time_noun, maybe a comma), which
 * is no part of it; @a when none opens it. */
guint
_ds_subject_time_end (Ctx        *ctx,
                      const Sent *s,
                      guint       a,
                      guint       e)
{
  guint q, n;

  if ((q = _ds_phrase_at (ctx, s, a, PL_SUBJECT_TIME_QUANT)) == 0 ||
      (n = _ds_phrase_at (ctx, s, a + q, PL_SUBJECT_TIME_NOUN)) == 0 || a + q + n >= e)
    return a;
  a += q + n;
  if (_ds_tok_is_punct (&s->toks[a], ','))
    a++;
  return a < e ? a : e;
}

/* Whether the word at @k is an adverb between a step's subject and its
 * verb ("hampir", "tetap", "still", "largely"). */
static gboolean
step_adverb (Ctx        *ctx,
             const Sent *s,
             guint       k)
{
  return s->toks[k].type == TOK_WORD && ((s->toks[k].flags & W_ADV) || _ds_phrase_at (ctx, s, k, PL_COVER_ADVERB) == 1 ||
                                         _ds_phrase_at (ctx, s, k, PL_COVER_STEP_ADVERB) == 1);
}

/* Words a key sentence's blank holds: fewer is no claim, more no answer
 * to recall. */
#define BLANK_MIN_WORDS 2
#define BLANK_MAX_WORDS 12

/* "taken", "carrying", "used": a form that may be a participle. */
static gboolean
participle (Ctx       *ctx,
            const Tok *t)
{
  return verb_by_ending (ctx, t) || (t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "en", 2) == 0);
}

/* What the verb of a key sentence whose subject ends at @te says of it:
 * past the verb group (the clause reader's, ds-clause.c, when it starts
 * right at @te; else adverbs, auxiliaries and one verb read from @te: a
 * subject "Negotiations on mining …" misleads the reader) and a "bahwa",
 * "that" or preposition that opens what follows, to @e, or to where its
 * first subordinate clause or comma starts when the whole is too long to
 * recall, in [*@pa, *@pb); FALSE when there is no such span. */
static gboolean
predicate_blank (Ctx        *ctx,
                 const Sent *s,
                 guint       te,
                 guint       e,
                 guint      *pa,
                 guint      *pb)
{
  Clause c;
  guint a = te, n;
  gboolean semi = FALSE;

  _ds_clause_read (ctx, s, &c);
  if (c.head != G_MAXUINT && c.group == te && c.group_end < e)
    {
      /* ("Two states on | either side …": no verb heads that group.) */
      if (s->toks[c.head].cap || (s->toks[c.head].flags & (W_PREP | W_DET)) ||
          (ctx->english && c.head == c.group && participle (ctx, &s->toks[c.head])))
        return FALSE;
      a = c.group_end;
    }
  else
    {
      while (a < e && s->toks[a].type == TOK_WORD &&
             (step_adverb (ctx, s, a) || (s->toks[a].flags & W_AUX) || _ds_tok_is (&s->toks[a], "tidak") ||
              _ds_tok_is (&s->toks[a], "not") || _ds_tok_is (&s->toks[a], "belum")))
        a++;
      if (a >= e || s->toks[a].type != TOK_WORD || s->toks[a].cap ||
          (s->toks[a].flags & (W_FUNCTION | W_PREP | W_DET | W_PRONOUN | W_CONJ)))
        return FALSE;
      /* (A subject read up to its verb: "Nelayan kecil hampir tidak
       * memiliki | suara …" leaves the verb behind @te.) */
      if (!(s->toks[a].verb || verb_by_ending (ctx, &s->toks[a])) && a > 0 && s->toks[a - 1].type == TOK_WORD &&
          (s->toks[a - 1].verb || verb_by_ending (ctx, &s->toks[a - 1])))
        a--;
      /* "Thousands of objects taken from …", "Boats carrying …": a
       * participle with no auxiliary before it opens a phrase of the
       * subject, whose verb comes later. */
      if (ctx->english && participle (ctx, &s->toks[a]) && (a == 0 || !(s->toks[a - 1].flags & W_AUX)))
        return FALSE;
      a++;
    }
  /* "is changing how …", "hold back small firms": the participle after
   * an auxiliary, and what makes one verb with it ("bertanggung jawab",
   * "menyesuaikan diri", "naik tajam", "brings together": phrase list
   * cover_verb_particle), go with the verb. */
  if (a < e && a > 0 && (s->toks[a - 1].flags & W_AUX) && ends_ing (&s->toks[a]) && !s->toks[a].cap)
    a++;
  if (a < e && _ds_phrase_at (ctx, s, a, PL_COVER_VERB_PARTICLE) == 1)
    a++;
  while (a < e && s->toks[a].type == TOK_WORD && (s->toks[a].flags & (W_THAT | W_PREP)) &&
         !(s->toks[a].flags & (W_DET | W_PRONOUN)))
    {
      /* ("harus terus di sesuaikan": a prefix written apart, no
       * preposition.) */
      if (_ds_tok_is (&s->toks[a], "di") && a + 1 < e && s->toks[a + 1].verb && !(s->toks[a + 1].flags & W_NOUN) && !s->toks[a + 1].cap)
        return FALSE;
      a++;
    }
  /* "The first review was conducted by | the Commission in 2017",
   * "Peninjauan pertama dilakukan oleh | Komisi Eropa pada 2017": the
   * agent of a passive is the passive rules' question ("By whom …?"),
   * which they did not ask of this subject; a blank from "by" on that
   * goes past the agent to its date holds two answers in one. */
  if (a > te && a < e && (_ds_tok_is (&s->toks[a - 1], "by") || _ds_tok_is (&s->toks[a - 1], "oleh")))
    for (guint k = a + 1; k + 1 < e; k++)
      if ((s->toks[k].flags & W_PREP) && (_ds_tok_is_year (&s->toks[k + 1]) || (s->toks[k + 1].flags & W_MONTH) ||
                                          (s->toks[k + 1].type == TOK_NUMBER && k + 2 < e && (s->toks[k + 2].flags & W_MONTH))))
        return FALSE;
  *pa = a;
  *pb = e;
  /* ("has many supporters, but three objections keep coming back": a
   * blank over two clauses set against each other (the phrase list
   * contrast_conj) asks neither.) */
  for (guint k = a + 1; k + 1 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && _ds_phrase_at (ctx, s, k + 1, PL_CONTRAST_CONJ) > 0 &&
        _ds_count_words (s, a, e) <= BLANK_MAX_WORDS)
      return FALSE;
  /* ("agree the system is | anarchic; they disagree on what follows":
   * the next clause after a semicolon has a subject of its own; the
   * blank ends before it, and may then be one word.) */
  for (guint k = a + 1; k + 1 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ';'))
      {
        e = *pb = k;
        semi = TRUE;
        break;
      }
  if (_ds_count_words (s, a, e) > BLANK_MAX_WORDS)
    for (*pb = a + 1; *pb < e; (*pb)++)
      /* (At a comma that opens a clause, ", yet …", ", which …"; a
       * comma inside a list, "palm oil, cocoa and coffee", is none.) */
      if (_ds_tok_is_punct (&s->toks[*pb], ';') ||
          (_ds_tok_is_punct (&s->toks[*pb], ',') && *pb + 1 < e &&
           (s->toks[*pb + 1].flags & (W_CONJ | W_CONNECTIVE | W_RELATIVE | W_CLAUSE))) ||
          (_ds_phrase_at (ctx, s, *pb, PL_CLAUSE_SUBORDINATE) > 0 && !(s->toks[*pb].flags & W_RELATIVE)))
        break;
  while (*pb > a && s->toks[*pb - 1].type == TOK_PUNCT)
    (*pb)--;
  /* A blank cut short holds no comma: it would end inside the clause
   * after it ("mistaken for propaganda, yet its … works only"). */
  if (*pb < e)
    for (guint k = a; k < *pb; k++)
      if (_ds_tok_is_punct (&s->toks[k], ','))
        return FALSE;
  n = _ds_count_words (s, a, *pb);
  return n >= (semi ? 1 : BLANK_MIN_WORDS) && n <= BLANK_MAX_WORDS &&
         s->toks[a].type == TOK_WORD && !(s->toks[a].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ));
}

/* "Pada bulan April, Indonesia | menjadi tuan rumah …": a name of one
 * word at @b, past the setting the sentence opens with (a capital that
 * opens the sentence names nothing: "Pemerintah menargetkan …"), right
 * before a verb is a subject the cloze may keep, though too broad for a
 * question about it. */
static gboolean
name_subject (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b,
              guint       e)
{
  const Tok *t = &s->toks[b], *v;

  if (b <= a || b + 2 >= e || t->type != TOK_WORD || !t->cap || (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_CONNECTIVE | W_PREP)))
    return FALSE;
  v = &s->toks[b + 1];
  return v->type == TOK_WORD && !v->cap && (v->verb || verb_by_ending (ctx, v) || (v->flags & (W_CUE_DEF | W_AUX)));
}

/* The sentence from @a to @e and its closing mark, [@pa, @pb) a blank. */
static char *
blanked_body (const Sent *s,
              guint       a,
              guint       pa,
              guint       pb,
              guint       e)
{
  GString *body = g_string_new_len (s->toks[a].p, s->toks[pa].p - s->toks[a].p);
  const char *after = s->toks[pb - 1].p + s->toks[pb - 1].len;
  const char *end = s->toks[e - 1].p + s->toks[e - 1].len;

  g_string_append (body, DS_CARD_BLANK);
  g_string_append_len (body, after, end - after);
  g_string_append_c (body, '.');
  return _ds_capitalize (g_string_free (body, FALSE));
}

/* Words the blank of a sentence a kept claim's paragraph holds, or one
 * past a paragraph's first, has at most. */
#define KEY_BLANK_MAX_WORDS 8

/* Whether the blank [@pa, @pb) of a sentence whose subject is [@b, @te)
 * is one a lecturer keeps when the sentence is no paragraph's topic
 * sentence but a candidate of its own (one past a paragraph's first,
 * one a kept claim's paragraph holds, a list's item): the sentence says
 * something key (a key fact, a cue of its point, a key term or a name
 * as its subject), and the blank is a noun phrase that follows the verb
 * group whole: no adverb, participle, quantity or preposition opening it
 * ("melonjak _____ sepanjang tahun lalu", "were _____ cut in 2021",
 * "are not _____ all alike", "took _____ part in"), no function word
 * closing it, no comma or clause inside, a few words. */
static gboolean
key_blank (Ctx        *ctx,
           const Sent *s,
           guint       b,
           guint       te,
           guint       pa,
           guint       pb,
           guint       e)
{
  const Tok *first = &s->toks[pa], *last = &s->toks[pb - 1], *before = &s->toks[pa - 1];
  gboolean key = key_fact (s, e) || _ds_phrase_in (ctx, s, 0, e, PL_COVER_CUE);
  guint n = _ds_count_words (s, pa, pb);

  for (guint k = b; k < te && !key; k++)
    key = s->toks[k].type == TOK_WORD && _ds_key_word (ctx, &s->toks[k]);
  if (!key || pa == 0 || n < BLANK_MIN_WORDS || n > KEY_BLANK_MAX_WORDS || first->type != TOK_WORD ||
      (first->flags & (W_ADV | W_QUANT | W_PREP | W_CONJ | W_AUX | W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_CLAUSE)) ||
      (first->verb && !(first->flags & W_NOUN)) || verb_by_ending (ctx, first) ||
      step_adverb (ctx, s, pa) || _ds_phrase_at (ctx, s, pa, PL_COVER_ADVERB) > 0 ||
      (last->type == TOK_WORD && (last->flags & W_FUNCTION)) ||
      !(before->verb || verb_by_ending (ctx, before) || (before->flags & (W_AUX | W_PREP | W_THAT | W_CUE_DEF))))
    return FALSE;
  key = FALSE;
  for (guint k = pa; k < pb; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_PUNCT ? !_ds_tok_is_punct (t, '-') && !_ds_tok_is_punct (t, '\'') && t->ch != 0x2019
                               : ctx->english && (t->flags & (W_RELATIVE | W_CLAUSE)))
        return FALSE;
      /* A date's month or a clause of its own ("… pada Juni", "… before
       * the UN was founded", "sebelum …") is a detail, or two claims. */
      if ((t->flags & W_MONTH) || (k > pa && _ds_phrase_at (ctx, s, k, PL_STANCE_SUBORDINATOR) > 0))
        return FALSE;
      /* "would let _____ hydropower from the Zambezi reach …": an
       * English verb inside is a clause's, no noun phrase's. */
      if (ctx->english && k > pa && t->type == TOK_WORD && !t->cap && t->verb && !(t->flags & W_NOUN) &&
          !verb_by_ending (ctx, t))
        return FALSE;
      /* What it recalls is a name, an acronym or a figure of something:
       * "_____ a modest way", "_____ sejumlah mekanisme", "in _____
       * force for ships" recall nothing. */
      key |= (t->type == TOK_WORD && (t->cap || _ds_tok_is_acronym (t))) ||
             (t->type == TOK_NUMBER && k + 1 < pb && s->toks[k + 1].type == TOK_WORD);
    }
  return key;
}

/* The key-sentence claim of @unit from its sentence @cs, or NULL when the
 * sentence gives no card that stands on its own. */
static DsClaim *
cover_claim (Ctx             *ctx,
             const CoverUnit *unit,
             const CoverSent *cs,
             gboolean         step,
             gboolean         strict,
             double          *centrality)
{
  Sent s = { 0 };
  guint a, b, e, te, pa, pb, words = 0;
  g_autofree char *question = NULL;
  DsClaim *claim;

  _ds_sent_from_ref (ctx, &cs->ref, &s);
  e = _ds_body_end (&s);
  a = lead_end (ctx, &s);
  if (key_refused (ctx, &s, a, e))
    return NULL;
  e = _ds_citation_start (&s, a, e);
  while (e > a && s.toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s.toks[e - 1], ')'))
    e--;
  for (guint k = a; k < e; k++)
    words += s.toks[k].type == TOK_WORD || s.toks[k].type == TOK_NUMBER;
  if (words < KEY_MIN_WORDS - 2 || words > KEY_MAX_WORDS)
    return NULL;
  /* "Apa yang memungkinkan negara kecil …?", "What enables small
   * states …?": a claim verb with a key term as its subject is asked on
   * that subject, no "what does the author say". */
  ctx->key_topic = unit->titled ? NULL : unit->topic;
  if ((question = _ds_statement_salient (ctx, &s, &b, &te)) != NULL)
    {
      claim = _ds_fact_new (ctx, &s, DS_CLAIM_RULE_REPORT, b, te);
      claim->question = g_steal_pointer (&question);
      g_free (claim->topic);
      claim->topic = g_strdup (unit->topic);
      *centrality = sentence_centrality (&s, a, e) + SALIENT_BONUS;
      return claim;
    }
  if (cs->by_verb)
    return NULL;
  b = setting_end (ctx, &s, a, e);
  b = _ds_subject_time_end (ctx, &s, b, e);
  te = _ds_claim_topic_end (ctx, &s, b, e);
  if (te == 0)
    te = verb_after_subject (ctx, &s, b, e);
  /* A step is asked by its subject only, one that ends where a verb the
   * lexicon knows begins, maybe after adverbs: "Thus, small-scale
   * fishers | have …", "Dengan demikian, perjanjian regional | tetap
   * menjadi …" (an adverb a noun may also close on, "sekretariat tetap",
   * is one here: the list cover_step_adverb). */
  if (step)
    {
      guint v;

      while (te > b + 1 && step_adverb (ctx, &s, te - 1))
        te--;
      for (v = te; v < e && step_adverb (ctx, &s, v); v++)
        ;
      /* "industrial fleets still | shape …": past an adverb, a plain
       * lower-case word is the verb the lexicon may not know. */
      if (te <= b || te - b > STEP_SUBJECT_MAX_WORDS || v >= e ||
          !((s.toks[v].flags & (W_AUX | W_CUE_DEF)) || _ds_phrase_at (ctx, &s, v, PL_ADVICE_MODAL) > 0 ||
            (s.toks[v].verb && !verb_by_ending (ctx, &s.toks[v])) ||
            (v > te && s.toks[v].type == TOK_WORD && !s.toks[v].cap &&
             !(s.toks[v].flags & (W_FUNCTION | W_DET | W_PREP | W_PRONOUN | W_ANAPHOR)))))
        return NULL;
    }
  /* "What does the author say about X?" asks nothing a learner can aim
   * at: the sentence's own clause is asked, its subject and verb kept and
   * what the verb says of it blanked; a sentence whose subject is no
   * plain noun phrase gives no card. */
  if ((te <= b || !subject_clean (ctx, &s, b, te) || !predicate_blank (ctx, &s, te, e, &pa, &pb)) &&
      (step || !name_subject (ctx, &s, a, b, e) || !predicate_blank (ctx, &s, (te = b + 1), e, &pa, &pb)))
    return NULL;
  if (strict && !key_blank (ctx, &s, b, te, pa, pb, e))
    return NULL;

  claim = _ds_fact_new (ctx, &s, DS_CLAIM_RULE_COVER, pa, pb);
  g_free (claim->body);
  claim->body = blanked_body (&s, a, pa, pb, e);
  g_free (claim->topic);
  claim->topic = g_strdup (unit->topic);
  *centrality = sentence_centrality (&s, a, e);
  return claim;
}

/* ------------------------------------------------------------------ */
/* A sentence's date                                                   */

/* Whether the statement [@a, @e) of @s opens on a definite noun the
 * text named before (item_refused()). */
static gboolean
bare_definite (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       e)
{
  /* "The new quota takes effect …", "The last round, in 2021, …": a
   * definite noun of a word or two, no name, figure nor phrase
   * qualifying it, is one the text named before. */
  if (ctx->english && _ds_tok_is (&s->toks[a], "the"))
    {
      guint k, content = 0;
      gboolean named = FALSE;

      for (k = a + 1; k < e && k <= a + 4 && s->toks[k].type != TOK_PUNCT; k++)
        {
          const Tok *t = &s->toks[k];

          if ((t->flags & (W_PREP | W_AUX | W_CUE_DEF)) || (t->verb && !verb_by_ending (ctx, t) && k > a + 1))
            break;
          named |= t->cap || t->type == TOK_NUMBER || _ds_tok_is_acronym (t);
          content += t->type == TOK_WORD && !(t->flags & (W_FUNCTION | W_DET | W_QUANT));
        }
      named |= k < e && (s->toks[k].flags & W_PREP) && !(s->toks[k].flags & W_AUX);
      if (!named && content <= 2)
        return TRUE;
    }
  return FALSE;
}

/* Whether the sentence @s, its statement from @a to @e, cannot stand on
 * a card of its own with its date blanked: a question, one that ends on
 * a colon (a list's lead), one that opens with a quote or a mark, one
 * that leans on what was said before (a pronoun anywhere, "ini",
 * "tersebut", "this" anywhere, "-nya" at its start, "The new quota
 * …"), a label's line ("…
 * | Centre for …"), a hook, a chatty aside or an example ("Contoh lain
 * …", "Another example …"). A pronoun that the phrase list @pronoun_ok
 * holds (if not PL_NONE) is no reason. */
static gboolean
item_refused (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e,
              PhraseId    pronoun_ok)
{
  if (s->question || a >= e || s->toks[a].type != TOK_WORD || _ds_tok_is_quote (&s->toks[a]) ||
      (e < s->n && _ds_tok_is_punct (&s->toks[e], ':')) || _ds_toks_lean_back (s, a, MIN (a + 3, e)) ||
      points_back (s, a, e))
    return TRUE;
  for (guint k = a; k < e; k++)
    if ((s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_PRONOUN) &&
         (pronoun_ok == PL_NONE || _ds_phrase_at (ctx, s, k, pronoun_ok) == 0)) ||
        _ds_tok_is_punct (&s->toks[k], '|'))
      return TRUE;
  return bare_definite (ctx, s, a, e) ||
         _ds_phrase_at (ctx, s, a, PL_COVER_OPENER) > 0 ||
         _ds_phrase_in (ctx, s, 0, e, PL_COVER_CHATTY) ||
         _ds_phrase_in (ctx, s, 0, e, PL_COVER_EXAMPLE);
}

/* Whether the words [@na, @nb) of @s come again elsewhere in the
 * sentence: the stem would give the blank away. */
static gboolean
blank_repeated (const Sent *s,
               guint       na,
               guint       nb)
{
  for (guint k = 0; k + (nb - na) <= s->n; k++)
    {
      guint j;

      if (k >= na && k < nb)
        continue;
      for (j = 0; j < nb - na && s->toks[k + j].len == s->toks[na + j].len &&
                  ds_ascii_strncasecmp (s->toks[k + j].p, s->toks[na + j].p, s->toks[na + j].len) == 0; j++)
        ;
      if (j == nb - na)
        return TRUE;
    }
  return FALSE;
}

/* Whether @s has a verb the lexicon knows outside [@a, @b): a
 * sentence, no label, heading or byline ("Laporan Tahunan 2024",
 * "Prepared in March 2024 by …"). */
static gboolean
has_verb_outside (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b,
                  guint       e)
{
  for (guint k = 0; k < e; k++)
    if ((k < a || k >= b) && s->toks[k].type == TOK_WORD && !s->toks[k].cap &&
        ((s->toks[k].verb && !verb_by_ending (ctx, &s->toks[k])) || (s->toks[k].flags & (W_AUX | W_CUE_DEF))))
      return TRUE;
  return FALSE;
}

/* Commits the blank [@na, @nb) of @s by @rule (the facts' cloze,
 * which the generator asks as a multiple choice among dates of its
 * kind); the claim, or NULL. */
static DsClaim *
item_commit (Ctx             *ctx,
             const CoverUnit *unit,
             const Sent      *s,
             DsClaimRule      rule,
             guint            na,
             guint            nb,
             guint            e)
{
  guint before = ctx->claims->len;
  DsClaim *claim;

  if (blank_repeated (s, na, nb) || !has_verb_outside (ctx, s, na, nb, e))
    return NULL;
  _ds_commit_cloze (ctx, s, rule, na, nb);
  if (ctx->claims->len <= before)
    return NULL;
  claim = ctx->claims->pdata[ctx->claims->len - 1];
  if (_ds_fact_trivial (ctx, claim))
    {
      g_ptr_array_set_size (ctx->claims, before);
      return NULL;
    }
  g_free (claim->topic);
  claim->topic = g_strdup (unit->topic);
  return claim;
}

/* Whether the date [@k, @end) of @s is no claim of its own to ask: one
 * in brackets (a source's year, "(Finnemore and Sikkink, 1998)", "Tuch
 * [1990]"), a law's number's ("UU 11/2008"), a year a name holds right
 * before it ("UUD 1945", "Perjanjian Kinerja 2024", "… Amerika Serikat
 * tahun 1986"), the end or start of
 * a range, a point of reference ("after 2015", "sejak 2019": the list
 * cover_date_reference), or one of a sentence of figures (another number
 * beside it: "Target tahun 2024 adalah 80,0"). */
static gboolean
item_date_refused (Ctx        *ctx,
                   const Sent *s,
                   guint       k,
                   guint       end,
                   guint       e)
{
  int depth = 0;

  for (guint j = 0; j < k; j++)
    depth += _ds_tok_bracket_change (&s->toks[j]);
  if (depth > 0)
    return TRUE;
  if (k > 0 && (_ds_tok_is_punct (&s->toks[k - 1], '/') || _ds_tok_is_punct (&s->toks[k - 1], '-') ||
                _ds_tok_is_punct (&s->toks[k - 1], 0x2013) ||
                (k > 1 && s->toks[k - 1].type == TOK_WORD && (s->toks[k - 1].cap || _ds_tok_is_acronym (&s->toks[k - 1])) &&
                 !(s->toks[k - 1].flags & (W_FUNCTION | W_DET | W_PREP)) &&
                 !(s->toks[k].flags & W_MONTH) && s->toks[k].type == TOK_NUMBER && end == k + 1)))
    return TRUE;
  /* ("Kasus Nikaragua vs. Amerika Serikat tahun 1986", "the Personal
   * Data Protection Act of 2012": the name's year still; "setelah tahun
   * 2006": a point of reference still.) */
  if (k > 2 && end == k + 1 && (_ds_tok_is (&s->toks[k - 1], "tahun") || _ds_tok_is (&s->toks[k - 1], "of")) &&
      s->toks[k - 2].type == TOK_WORD &&
      (s->toks[k - 2].cap || _ds_tok_is_acronym (&s->toks[k - 2]) ||
       _ds_phrase_at (ctx, s, k - 2, PL_COVER_DATE_REFERENCE) == 1))
    return TRUE;
  if ((end < e && (_ds_tok_is_punct (&s->toks[end], '-') || _ds_tok_is_punct (&s->toks[end], 0x2013) ||
                   _ds_tok_is_punct (&s->toks[end], '/'))) ||
      (k > 0 && _ds_phrase_at (ctx, s, k - 1, PL_COVER_DATE_REFERENCE) == 1))
    return TRUE;
  /* (A number a name holds, "Pasal 3", "COP15", is none.) */
  for (guint j = 0; j < e; j++)
    if ((j < k || j >= end) && s->toks[j].type == TOK_NUMBER &&
        !(j > 1 && s->toks[j - 1].type == TOK_WORD && s->toks[j - 1].cap && !(s->toks[j - 1].flags & W_FUNCTION)))
      return TRUE;
  return FALSE;
}

/* The claim of the date @cs states ("… founded in _____", "…
 * diterbitkan pada _____": a year, a month and its year, a day's date),
 * blanked in a sentence that reads whole without the essay and asked as
 * a multiple choice among dates of its kind; NULL when it has none. */
static DsClaim *
item_claim (Ctx             *ctx,
            const CoverUnit *unit,
            const CoverSent *cs,
            double          *centrality)
{
  Sent s = { 0 };
  guint a, e;
  DsClaim *claim = NULL;

  _ds_sent_from_ref (ctx, &cs->ref, &s);
  e = _ds_body_end (&s);
  a = lead_end (ctx, &s);
  if (item_refused (ctx, &s, a, e, PL_NONE))
    return NULL;
  for (guint k = a; k < e && claim == NULL; k++)
    {
      const Tok *t = &s.toks[k];
      guint end;

      if (t->type != TOK_NUMBER && !(t->flags & W_MONTH))
        continue;
      /* "17 Oktober 2024", "June 2001", "1948": a date that holds its
       * year; not one in brackets (a source's), nor the end of a range. */
      end = _ds_read_date (&s, k, e);
      if (end <= k + 1 && !(_ds_tok_is_year (t) &&
                            g_ascii_isdigit (t->p[3]) && !(k > 0 && (s.toks[k - 1].flags & W_MONTH))))
        continue;
      if (end <= k)
        end = k + 1;
      if (!(s.toks[end - 1].type == TOK_NUMBER && s.toks[end - 1].len == 4) || item_date_refused (ctx, &s, k, end, e))
        {
          k = end - 1;
          continue;
        }
      claim = item_commit (ctx, unit, &s, DS_CLAIM_RULE_DATE, k, end, e);
      k = end - 1;
    }
  if (claim != NULL)
    *centrality = sentence_centrality (&s, a, e);
  return claim;
}

/* ------------------------------------------------------------------ */
/* A sentence's name: the fallback                                     */

/* Whether @t may be a word of a name: a capital or an acronym, no
 * function word, month or weekday. */
static gboolean
name_word_at (const Tok *t)
{
  if (t->type != TOK_WORD || !(t->cap || _ds_tok_is_acronym (t)) || (t->flags & (W_FUNCTION | W_MONTH | W_DET)))
    return FALSE;
  /* "oleh NEGARA": a word of the language in capitals is emphasis. */
  return !(t->len > 3 && ds_utf8_all_capitals (t->p, t->len) && (t->flags & (W_NOUN | W_VERB | W_GENERIC | W_VAGUE)));
}

/* Whether @t is a verb, an auxiliary or a copula ("adalah", "is"). */
static gboolean
verb_like (Ctx       *ctx,
           const Tok *t)
{
  return t->type == TOK_WORD && !t->cap &&
         ((t->verb && !verb_by_ending (ctx, t)) || (ctx->english && t->verb) || (t->flags & (W_AUX | W_CUE_DEF)));
}

/* Whether the name [@k, @j) of @s heads the phrase it stands in, the
 * object of a verb or a preposition ("di _____", "menemui _____", "by
 * the _____"): not a noun's modifier ("kontingen _____", "standar
 * _____", "the _____ government", "_____'s"), nor one of a list or a
 * pair ("…, dan _____", "A, or _____"). */
static gboolean
name_heads_phrase (Ctx        *ctx,
                   const Sent *s,
                   guint       k,
                   guint       j,
                   guint       e)
{
  const Tok *before = &s->toks[k - 1];
  const Tok *last = &s->toks[j - 1];

  if ((last->len > 2 && memcmp (last->p + last->len - 2, "'s", 2) == 0) ||
      (last->len > 4 && memcmp (last->p + last->len - 4, "\xe2\x80\x99s", 4) == 0) ||
      (j < e && (_ds_tok_is_punct (&s->toks[j], '\'') || _ds_tok_is_punct (&s->toks[j], 0x2019))))
    return FALSE;
  /* "the _____", "a _____"; "several _____ states": a quantifier's
   * name modifies what follows. */
  if (before->type == TOK_WORD && (before->flags & W_DET) && !(before->flags & W_ANAPHOR) && k >= 2)
    {
      if (ctx->english && !_ds_tok_is_article (before))
        return FALSE;
      before = &s->toks[k - 2];
    }
  if (before->type != TOK_WORD || (before->flags & W_CONJ) ||
      !((before->flags & W_PREP) || verb_like (ctx, before)))
    return FALSE;
  /* "the _____ experts", "_____ museums": an English name before a
   * word of content modifies it. */
  if (ctx->english && j < e && s->toks[j].type == TOK_WORD && !s->toks[j].cap &&
      !(s->toks[j].flags & (W_FUNCTION | W_DET | W_PREP | W_AUX | W_CONJ | W_CUE_DEF)) && !s->toks[j].verb)
    return FALSE;
  /* "Reporters _____ Borders", "_____ of 17 August", "Kontribusi
   * _____ yang Ditetapkan": a name goes on past a word the run stops
   * at; "di _____ pada Senin" (the list weekday). */
  if (j < e && ((s->toks[j].type == TOK_WORD && s->toks[j].cap && !(s->toks[j].flags & W_MONTH)) ||
                s->toks[j].type == TOK_NUMBER ||
                (j + 1 < e && s->toks[j].type == TOK_WORD && _ds_tok_is_year (&s->toks[j + 1])) ||
                (j + 1 < e && s->toks[j].type == TOK_WORD && !s->toks[j].cap && !(s->toks[j].flags & W_CONJ) &&
                 !verb_like (ctx, &s->toks[j]) &&
                 (s->toks[j + 1].type == TOK_NUMBER ||
                  (s->toks[j + 1].type == TOK_WORD && s->toks[j + 1].cap &&
                   !(s->toks[j + 1].flags & (W_MONTH | W_COUNTRY)) &&
                   _ds_phrase_at (ctx, s, j + 1, PL_WEEKDAY) == 0)))))
    return FALSE;
  /* "oleh NEGARA", "menyampaikan Kontribusi …": a word the essay
   * writes in lower case elsewhere is no name. */
  if (j == k + 1 && _ds_tok_written_lower (ctx, &s->toks[k]))
    return FALSE;
  if (_ds_phrase_in (ctx, s, k, j, PL_WEEKDAY))
    return FALSE;
  /* "terhadap _____, kerja sama dengan …, dan …": one of a list. */
  if (j < e && _ds_tok_is_punct (&s->toks[j], ','))
    for (guint i = j + 1; i < e && !verb_like (ctx, &s->toks[i]); i++)
      if (s->toks[i].type == TOK_WORD && (s->toks[i].flags & W_CONJ))
        return FALSE;
  return TRUE;
}

/* A name the essay repeats this often, or its title holds, is what it
 * is about: a learner guesses it. */
#define FALLBACK_GUESS_FREQ 6
#define FALLBACK_GUESS_COUNTRY 3

/* Whether the name [@k, @j) of @s gives itself away: each of its words
 * one the essay repeats throughout, or one of its title. */
static gboolean
name_guessable (Ctx        *ctx,
                const Sent *s,
                guint       k,
                guint       j)
{
  gboolean all = TRUE;

  for (guint i = k; i < j; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type != TOK_WORD)
        continue;
      if (ctx->title != NULL && j - k == 1 && text_has_word (ctx->title, t))
        return TRUE;
      /* ("BSSN mewakili _____": the home country of an essay that
       * names it throughout.) */
      if (j - k == 1 && (t->flags & W_COUNTRY) && _ds_tok_freq (t) >= FALLBACK_GUESS_COUNTRY)
        return TRUE;
      all &= _ds_tok_freq (t) >= FALLBACK_GUESS_FREQ;
    }
  return all;
}

/* The best name the predicate [@v, @e) of @s holds, whole, in
 * [*@na, *@nb): a run of capitals and acronyms ("Canberra", "Dewan Air
 * Dunia", "the Council of Europe": "of", "for", "untuk" between two
 * capitals; the phrase list name_tail_prep), the longest, not in
 * brackets or quotes, not glossed by one ("Forum X (FX)"), not one of
 * two or more joined by "dan", "and" or a comma (a list the rules
 * ask), not a name's year ("COP 28") cut off; FALSE when none. */
static gboolean
predicate_name (Ctx        *ctx,
                const Sent *s,
                guint       v,
                guint       e,
                guint      *na,
                guint      *nb)
{
  int depth = 0;
  guint best = 0;
  gboolean quoted = FALSE;

  for (guint k = 0; k < v; k++)
    {
      depth += _ds_tok_bracket_change (&s->toks[k]);
      quoted ^= _ds_tok_is_quote (&s->toks[k]);
    }
  for (guint k = v + 1; k < e; k++)
    {
      const Tok *t = &s->toks[k];
      guint j = k + 1;

      if (_ds_tok_bracket_change (t) != 0)
        depth += _ds_tok_bracket_change (t);
      else if (_ds_tok_is_quote (t))
        quoted = !quoted;
      if (depth > 0 || quoted || !name_word_at (t))
        continue;
      /* (A capital after a word of a name, a number or a mark other than a
       * comma opens none: it was passed already, or a heading's.) */
      if (s->toks[k - 1].type == TOK_NUMBER || (s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap) ||
          (s->toks[k - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k - 1], ',')))
        continue;
      for (;;)
        {
          guint n;

          if (j < e && (name_word_at (&s->toks[j]) ||
                        (s->toks[j].type == TOK_NUMBER && !_ds_tok_is_year (&s->toks[j]))))
            j++;
          else if (j + 1 < e && (n = _ds_phrase_at (ctx, s, j, PL_NAME_TAIL_PREP)) == 1 &&
                   name_word_at (&s->toks[j + 1]))
            j += 2;
          else
            break;
        }
      /* "Indonesia dan Australia", "Jepang, Korea": one of a list;
       * "Forum X (FX)": its acronym gives it away; "Bank Dunia's". */
      if ((j < e && (((s->toks[j].flags & W_CONJ) && j + 1 < e && name_word_at (&s->toks[j + 1])) ||
                     _ds_tok_is_punct (&s->toks[j], '(') || _ds_tok_is_punct (&s->toks[j], '\'') ||
                     _ds_tok_is_punct (&s->toks[j], 0x2019) || _ds_tok_is_punct (&s->toks[j], '-') ||
                     (_ds_tok_is_punct (&s->toks[j], ',') && j + 1 < e && name_word_at (&s->toks[j + 1])))) ||
          (k >= 2 && _ds_tok_is_punct (&s->toks[k - 1], ',') && name_word_at (&s->toks[k - 2])) ||
          (k >= 2 && (s->toks[k - 1].flags & W_CONJ) && name_word_at (&s->toks[k - 2])) ||
          j - k > FALLBACK_NAME_MAX || s->toks[j - 1].type == TOK_NUMBER)
        {
          k = j - 1;
          continue;
        }
      if (!name_heads_phrase (ctx, s, k, j, e) || name_guessable (ctx, s, k, j))
        {
          k = j - 1;
          continue;
        }
      if (j - k > best)
        {
          best = j - k;
          *na = k;
          *nb = j;
        }
      k = j - 1;
    }
  return best > 0;
}

/* Whether the subject [@a, @b) of @s names what it is about: a name, an
 * acronym, a figure or one of the essay's key terms. */
static gboolean
subject_named (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b)
{
  guint head = a;

  /* The subject's head, past "para", "the", "setiap": a key term there
   * names it ("Para anggota delegasi" is none, however often the essay
   * says "delegasi"). */
  while (head < b && s->toks[head].type == TOK_WORD && (s->toks[head].flags & (W_DET | W_QUANT)))
    head++;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      /* (A capital that opens the sentence is a name only when the
       * essay knows it as one: "Ask who …" is none.) */
      if (ctx->english && (t->flags & (W_QUESTION | W_RELATIVE)))
        return FALSE;
      if (t->type == TOK_NUMBER || (k == head && _ds_key_word (ctx, t)) ||
          (name_word_at (t) && (k > a || (t->flags & W_COUNTRY) || _ds_tok_is_acronym (t) ||
                                _ds_tok_known_name (ctx, t) || (k + 1 < b && name_word_at (&s->toks[k + 1])))))
        return TRUE;
    }
  return FALSE;
}

/* The fallback's claim of @cs, a plain statement no rule read: its
 * subject named in it (a name, a figure, a key term; no pronoun, no
 * "ini", "tersebut", "this", bare "the N", no "-nya"), its verb found,
 * no hedge ("mungkin", "may"; the list fallback_hedge), advice, example
 * or hook, and a name in its predicate, blanked whole in the sentence
 * kept whole ("Indonesia menempatkan atase siber pertamanya di
 * _____."); NULL when it has none. *@score: the name's words and the
 * sentence's centrality. */
static DsClaim *
fallback_claim (Ctx             *ctx,
                const CoverUnit *unit,
                const CoverSent *cs,
                double          *score)
{
  Sent s = { 0 };
  guint a, e, v, na = 0, nb = 0;
  DsClaim *claim;

  _ds_sent_from_ref (ctx, &cs->ref, &s);
  e = _ds_body_end (&s);
  a = lead_end (ctx, &s);
  a = setting_end (ctx, &s, a, e);
  /* (A possessive past the first words, "Indonesia menempatkan atase
   * pertamanya …", "The network holds its drill in …", is the named
   * subject's: the list fallback_possessive.) */
  if (e < FALLBACK_MIN_TOKENS || item_refused (ctx, &s, a, e, PL_FALLBACK_POSSESSIVE) ||
      (e < s.n && !_ds_tok_is_punct (&s.toks[e], '.')) ||
      _ds_phrase_in (ctx, &s, 0, e, PL_FALLBACK_HEDGE) || _ds_phrase_in (ctx, &s, 0, e, PL_HEDGE) ||
      _ds_phrase_in (ctx, &s, 0, e, PL_ADVICE_MODAL) ||
      _ds_phrase_in (ctx, &s, 0, e, PL_EXAMPLE_MARKER) ||
      _ds_phrase_in (ctx, &s, a, e, PL_RESULT_CUE) ||
      _ds_phrase_in (ctx, &s, a + 1, e, PL_COVER_PAIR_CONJ))
    return NULL;
  if ((v = verb_after_subject (ctx, &s, a, e)) == 0 || _ds_toks_lean_back (&s, a, v) || !subject_named (ctx, &s, a, v) ||
      /* "Rahmat Santoso adalah dosen … di _____": a byline's note on
       * its author (the list furniture_post). */
      ((s.toks[v].flags & W_CUE_DEF) && v + 1 < e && _ds_phrase_at (ctx, &s, v + 1, PL_FURNITURE_POST) > 0) ||
      /* "X membalas dengan _____": how X answered is the statements'
       * (the list statement_respond). */
      _ds_phrase_in (ctx, &s, v, e, PL_STATEMENT_RESPOND) ||
      !predicate_name (ctx, &s, v, e, &na, &nb))
    return NULL;
  /* ("… oleh _____. Ketua menyambut …": two sentences read as one.) */
  for (guint k = nb; k < e; k++)
    if (_ds_tok_is_punct (&s.toks[k], '.'))
      return NULL;
  if ((claim = item_commit (ctx, unit, &s, DS_CLAIM_RULE_NAME, na, nb, e)) == NULL)
    return NULL;
  *score = (nb - na) + sentence_centrality (&s, a, e);
  return claim;
}

/* ------------------------------------------------------------------ */
/* Which paragraphs no kept claim stands in                            */

static void
mark_covered (Ctx      *ctx,
              gboolean *covered,
              guint     n_blocks)
{
  for (guint i = 0; i < ctx->claims->len; i++)
    {
      const DsClaim *claim = ctx->claims->pdata[i];
      int a = ds_essay_block_at_char (ctx->essay, claim->start);
      int b = ds_essay_block_at_char (ctx->essay, claim->end > claim->start ? claim->end - 1 : claim->start);

      if (a < 0)
        continue;
      if (b < a)
        b = a;
      for (int k = a; k <= b && (guint) k < n_blocks; k++)
        covered[k] = TRUE;
    }
}

typedef struct {
  DsClaim *claim;
  double   score;
} Candidate;

static int
by_score_desc (gconstpointer a,
               gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  return (y->score > x->score) - (y->score < x->score);
}

static int
by_start (gconstpointer a,
          gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  return (x->claim->start > y->claim->start) - (x->claim->start < y->claim->start);
}

/* A paragraph to cover: its best sentence's score and its words. */
typedef struct {
  guint unit;
  int   score;
  guint words;
} Pending;

/* The likeliest first: the higher score, the longer paragraph, the
 * earlier. */
static int
by_promise (gconstpointer a,
            gconstpointer b)
{
  const Pending *x = a;
  const Pending *y = b;

  if (x->score != y->score)
    return (y->score > x->score) - (y->score < x->score);
  if (x->words != y->words)
    return (y->words > x->words) - (y->words < x->words);
  return (x->unit > y->unit) - (x->unit < y->unit);
}

/* Where the kept claims stand, by their starts: every sentence the
 * layer tries is asked whether one stands in it, so a long text's kept
 * claims are not read one by one for each (a binary search, and the
 * furthest end of the claims that start before the sentence ends). */
typedef struct {
  guint  n;
  guint *start;         /* ascending */
  guint *reach;         /* the greatest end of the claims up to here */
} Stands;

static void
stands_init (Stands    *st,
             GPtrArray *claims)
{
  g_autofree guint *pairs = g_new (guint, 2 * MAX (claims->len, 1));

  st->n = claims->len;
  st->start = g_new (guint, MAX (st->n, 1));
  st->reach = g_new (guint, MAX (st->n, 1));
  for (guint i = 0; i < st->n; i++)
    {
      const DsClaim *claim = claims->pdata[i];

      pairs[2 * i] = claim->start;
      pairs[2 * i + 1] = claim->end;
    }
  /* (The pairs sorted by their first member: a start, then its end.) */
  qsort (pairs, st->n, 2 * sizeof (guint), _ds_compare_uint);
  for (guint i = 0; i < st->n; i++)
    {
      st->start[i] = pairs[2 * i];
      st->reach[i] = MAX (pairs[2 * i + 1], i > 0 ? st->reach[i - 1] : 0);
    }
}

static void
stands_clear (Stands *st)
{
  g_clear_pointer (&st->start, g_free);
  g_clear_pointer (&st->reach, g_free);
}

/* Whether a claim of @st stands in the sentence @cs: one that starts
 * before it ends and ends after it starts. */
static gboolean
stands_in (const Stands    *st,
           const CoverSent *cs)
{
  guint lo = 0, hi = st->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (st->start[mid] < cs->ref.end_char)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 && st->reach[lo - 1] > cs->ref.start;
}

static gboolean claims_overlap (GPtrArray       *claims,
                                const CoverSent *cs);

/* The best sentence of @unit to try after the ones in @tried that no
 * claim of @kept stands in, or NULL. */
static const CoverSent *
best_sentence (Ctx             *ctx,
               const CoverUnit *unit,
               const Stands    *kept,
               const CoverSent **tried,
               guint            n_tried)
{
  const CoverSent *best = NULL;

  for (guint i = unit->first; i < unit->first + unit->n; i++)
    {
      const CoverSent *cs = &g_array_index (ctx->cover_sents, CoverSent, i);
      gboolean seen = FALSE;

      for (guint t = 0; t < n_tried; t++)
        seen |= tried[t] == cs;
      if (!seen && cs->score >= KEY_MIN_SCORE && (best == NULL || cs->score > best->score) && !stands_in (kept, cs))
        best = cs;
    }
  return best;
}

/* The paragraph the step @cs stands in, or NULL: a binary search of the
 * paragraphs, in the order of their blocks (a long text's claims a verb
 * states are sought in all of them). */
static const CoverUnit *
step_unit (Ctx             *ctx,
           const CoverSent *cs)
{
  guint lo = 0, hi = ctx->cover_units->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ctx->cover_units, CoverUnit, mid).block < cs->ref.block)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < ctx->cover_units->len && g_array_index (ctx->cover_units, CoverUnit, lo).block == cs->ref.block
           ? &g_array_index (ctx->cover_units, CoverUnit, lo)
           : NULL;
}

/* Whether a claim of @claims stands in the sentence @cs. */
static gboolean
claims_overlap (GPtrArray       *claims,
                const CoverSent *cs)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];

      if (claim->start < cs->ref.end_char && claim->end > cs->ref.start)
        return TRUE;
    }
  return FALSE;
}

/* Adds the key-sentence claims of the paragraphs the kept claims leave
 * out, up to what the budget leaves, in source order among the others. */
/* Keeps the @room best of the candidates @cands (by score); the claims
 * of the others leave ctx->claims. */
static void
keep_best (Ctx    *ctx,
           GArray *cands,
           guint   room)
{
  g_array_sort (cands, by_score_desc);
  for (guint i = room; i < cands->len; i++)
    g_ptr_array_remove_fast (ctx->claims, g_array_index (cands, Candidate, i).claim);
  if (cands->len > room)
    g_array_set_size (cands, room);
}

void
_ds_claims_cover (Ctx *ctx)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  guint budget = _ds_claims_budget (ctx->n_words);
  guint room = budget > ctx->claims->len ? budget - ctx->claims->len : 0;
  g_autofree gboolean *covered = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GArray) salient = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) fallback = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint fallback_room = MIN (budget / FALLBACK_SHARE + 1, FALLBACK_MAX);
  guint item_room = MIN (budget / ITEM_SHARE + 1, ITEM_MAX);
  guint salient_room, salient_tries = 0;
  GPtrArray *kept;
  GPtrArray *merged;
  Stands stands;
  guint i, k, salient_block = G_MAXUINT;

  /* Beyond what the rules leave of the budget, a few more: a quarter
   * of it, eight at most (a book's uncovered paragraphs are not asked
   * one by one). */
  room = MAX (room, MIN (budget / 4, COVER_EXTRA_MAX));
  /* The claims a verb states have a room of their own, as modest: a
   * budget the rules fill leaves them none otherwise. */
  salient_room = MIN (budget / SALIENT_SHARE + 1, SALIENT_MAX);
  if (ctx->cover_units == NULL || ctx->cover_units->len == 0 || room == 0)
    return;
  ctx->key_min_freq = ctx->n_words < KEY_SHORT_WORDS ? KEY_MIN_FREQ_SHORT : KEY_MIN_FREQ;
  covered = g_new0 (gboolean, MAX (n_blocks, 1));
  mark_covered (ctx, covered, n_blocks);
  stands_init (&stands, ctx->claims);
  found = g_array_new (FALSE, FALSE, sizeof (Candidate));

  /* The paragraphs to cover, the likeliest key sentences first: half
   * as many again as the room takes are made at most, and the best of
   * them kept (by their sentence and how central its words are). */
  pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  for (i = 0; i < ctx->cover_units->len; i++)
    {
      const CoverUnit *unit = &g_array_index (ctx->cover_units, CoverUnit, i);
      const CoverSent *best;
      Pending p;

      /* (A list's item is one sentence: its salience decides.) */
      if (unit->block >= n_blocks ||
          (!unit->item && unit->n < UNIT_MIN_SENTENCES && unit->n_words < UNIT_MIN_WORDS) ||
          (best = best_sentence (ctx, unit, &stands, NULL, 0)) == NULL)
        continue;
      /* A paragraph a kept claim stands in comes after those none does:
       * its other sentences are asked when the room is left. */
      p = (Pending) { i, best->score - (covered[unit->block] || unit->ruled ? 1 : 0), unit->n_words };
      g_array_append_val (pending, p);
    }
  g_array_sort (pending, by_promise);

  /* The gate's commit adds to ctx->claims: it gets an array of its own. */
  kept = ctx->claims;
  ctx->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_claim_unref);
  /* (A key sentence whose clause gives no cloze gives no card: the
   * paragraphs tried are bounded too, twice what the room takes, each
   * sentence cut again being the layer's cost.) */
  for (i = 0; i < pending->len && found->len < room + room / 2 && i < 2 * (room + room / 2); i++)
    {
      const CoverUnit *unit = &g_array_index (ctx->cover_units, CoverUnit, g_array_index (pending, Pending, i).unit);
      const CoverSent *tried[KEY_TRIES];

      for (guint t = 0; t < KEY_TRIES; t++)
        {
          const CoverSent *cs = best_sentence (ctx, unit, &stands, tried, t);
          double centrality = 0;
          DsClaim *claim;
          guint before = ctx->claims->len;
          gboolean strict;

          if (cs == NULL)
            break;
          tried[t] = cs;
          /* (The topic sentence of a paragraph no kept claim stands in,
           * or one that says it is the key sentence, is one; any other
           * must show it.) */
          strict = covered[unit->block] || unit->ruled || cs->own;
          if ((claim = cover_claim (ctx, unit, cs, FALSE, strict, &centrality)) == NULL)
            continue;
          /* (A key sentence's minor part is no key claim: the paragraph's
           * next sentence is tried.) */
          if (_ds_fact_trivial (ctx, claim))
            {
              ds_claim_unref (claim);
              continue;
            }
          if (_ds_claim_commit (ctx, claim) && ctx->claims->len > before)
            {
              Candidate c = { ctx->claims->pdata[ctx->claims->len - 1],
                              cs->score - (covered[unit->block] || unit->ruled ? 1 : 0) + centrality };

              g_array_append_val (found, c);
              break;
            }
        }
    }

  /* The steps of the argument in paragraphs that have their card, and
   * the claims a verb states (one a paragraph), no claim standing in the
   * sentence itself. */
  for (i = 0; i < ctx->cover_steps->len; i++)
    {
      const CoverSent *cs = &g_array_index (ctx->cover_steps, CoverSent, i);
      const CoverUnit *unit = step_unit (ctx, cs);
      double centrality = 0;
      DsClaim *claim;
      guint before = ctx->claims->len;

      /* A claim a verb states: one a paragraph, within its own room and
       * tries; a step of the argument: in a paragraph that has its card. */
      if (cs->by_verb ? salient->len >= salient_room || salient_tries >= SALIENT_TRIES * salient_room ||
                          cs->ref.block == salient_block
                      : found->len >= room + room / 2)
        continue;
      if (unit == NULL || cs->ref.block >= n_blocks || (!cs->by_verb && !covered[cs->ref.block] && !unit->ruled) ||
          stands_in (&stands, cs) || claims_overlap (ctx->claims, cs))
        continue;
      salient_tries += cs->by_verb;
      if ((claim = cover_claim (ctx, unit, cs, TRUE, FALSE, &centrality)) == NULL)
        continue;
      if (_ds_fact_trivial (ctx, claim))
        {
          ds_claim_unref (claim);
          continue;
        }
      if (_ds_claim_commit (ctx, claim) && ctx->claims->len > before)
        {
          Candidate c = { ctx->claims->pdata[ctx->claims->len - 1], cs->score + centrality };

          g_array_append_val (cs->by_verb ? salient : found, c);
          if (cs->by_verb)
            salient_block = cs->ref.block;
        }
    }

  /* A date a sentence no claim stands in states (any sentence of a
   * paragraph, past its first too), asked as a choice: one a
   * paragraph, the most central the room takes. */
  for (i = 0; i < ctx->cover_units->len; i++)
    {
      const CoverUnit *unit = &g_array_index (ctx->cover_units, CoverUnit, i);

      if (unit->block >= n_blocks)
        continue;
      for (guint j = unit->first; j < unit->first + unit->n; j++)
        {
          const CoverSent *cs = &g_array_index (ctx->cover_sents, CoverSent, j);
          double centrality = 0;
          DsClaim *claim;

          if (!cs->dated || stands_in (&stands, cs) || claims_overlap (ctx->claims, cs))
            continue;
          if ((claim = item_claim (ctx, unit, cs, &centrality)) != NULL)
            {
              Candidate c = { claim, centrality };

              g_array_append_val (items, c);
              break;
            }
        }
    }
  keep_best (ctx, items, item_room);

  /* The fallback: a plain statement no claim stands in that names what
   * it is about and states a name in its predicate, asked as a cloze of
   * that name; one a paragraph (its best), the best the room takes. */
  for (i = 0; i < ctx->cover_units->len; i++)
    {
      const CoverUnit *unit = &g_array_index (ctx->cover_units, CoverUnit, i);
      Candidate best = { NULL, 0 };

      if (unit->block >= n_blocks || unit->item)
        continue;
      for (guint j = unit->first; j < unit->first + unit->n; j++)
        {
          const CoverSent *cs = &g_array_index (ctx->cover_sents, CoverSent, j);
          double score = 0;
          DsClaim *claim;

          if (!cs->named || stands_in (&stands, cs) || claims_overlap (ctx->claims, cs))
            continue;
          if ((claim = fallback_claim (ctx, unit, cs, &score)) == NULL)
            continue;
          if (best.claim == NULL || score > best.score)
            {
              if (best.claim != NULL)
                g_ptr_array_remove (ctx->claims, best.claim);
              best = (Candidate) { claim, score };
            }
          else
            g_ptr_array_remove (ctx->claims, claim);
        }
      if (best.claim != NULL)
        g_array_append_val (fallback, best);
    }
  keep_best (ctx, fallback, fallback_room);

  /* The best ones the room takes, then back in source order. */
  keep_best (ctx, found, room);
  g_array_append_vals (found, salient->data, salient->len);
  g_array_append_vals (found, items->data, items->len);
  g_array_append_vals (found, fallback->data, fallback->len);
  g_array_sort (found, by_start);

  merged = g_ptr_array_new_full (kept->len + found->len, (GDestroyNotify) ds_claim_unref);
  for (i = 0, k = 0; i < kept->len || k < found->len;)
    {
      if (k < found->len &&
          (i >= kept->len || g_array_index (found, Candidate, k).claim->start < ((DsClaim *) kept->pdata[i])->start))
        g_ptr_array_add (merged, ds_claim_ref (g_array_index (found, Candidate, k++).claim));
      else
        g_ptr_array_add (merged, ds_claim_ref (kept->pdata[i++]));
    }
  g_ptr_array_unref (kept);
  g_ptr_array_unref (ctx->claims);
  ctx->claims = merged;
  stands_clear (&stands);
}
