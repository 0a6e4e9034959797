/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, cause and effect stated plainly, asked by what
 * caused the effect and answered by the cause:
 *
 *   "Penangkapan ikan ilegal memicu ketegangan di perbatasan." → "Apa
 *   yang memicu ketegangan di perbatasan?"; "Overfishing leads to …" →
 *   "What leads to …?"
 *   "Ketegangan itu disebabkan oleh …", "The shortage is driven by …",
 *   "Sengketa itu berakar pada …", "The dispute stems from …": the
 *   effect first, its cause after "oleh"/"by"/"pada"/"from"
 *   "Salah satu penyebab X adalah Y", "One cause of X is Y" → "Apa salah
 *   satu penyebab X?", "What is one cause of X?"
 *   "Karena Y, X …", "Because Y, X …" → "Mengapa X?"
 *   "Y, sehingga X …", "Y, so X …" → "Mengapa X?", answered by Y
 *   "Y. Akibatnya, X …", "Y. As a result, X …" → "Mengapa X?", answered
 *   by the sentence before; "Y. Hal ini menyebabkan X" → "Apa yang
 *   menyebabkan X?"
 *
 * Both sides must say something of their own: a cause or an effect that
 * is a pronoun, points back ("Kebijakan ini", "This") or is one word
 * gives no card.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-utf8.h"
#include "ds-words.h"

/* Tokens a cause and an effect may take. */
#define MAX_SIDE_TOKENS 18
#define MIN_SIDE_WORDS 2

/* Punctuation a side may hold: a hyphen, brackets, the apostrophe of a
 * plural's possessive ("states' willingness"). */
gboolean
_ds_side_punct (const Tok *t)
{
  return t->ch == '-' || t->ch == '(' || t->ch == ')' || t->ch == '\'' || t->ch == 0x2019;
}

/* "lahirnya Undang-Undang …", "terbentuknya forum …", "disahkannya
 * aturan …": a verb made a noun by "-nya" (one the lexicon knows as a
 * verb, or in ber-, ter-, di-) before the noun it happened to reads "the
 * birth of", "the forming of"; it points back at nothing. */
static const char * const bare_stems[] = { "lahir", "muncul", "hadir", "runtuh", "jatuh", "pecah", "hilang", "gagal",
                                           "tiba", "mulai", "usai", "selesai", "bangkit", "tumbuh", "ada" };

gboolean
_ds_nominal_nya (const Sent *s,
                 guint       k,
                 guint       b)
{
  const Tok *t = &s->toks[k], *n;

  if (k + 1 >= b || t->cap || !_ds_tok_ends_nya (t))
    return FALSE;
  n = &s->toks[k + 1];
  if (n->type != TOK_WORD || (n->verb && !n->cap) ||
      (n->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_PREP | W_CONJ | W_RELATIVE | W_CLAUSE)))
    return FALSE;
  if (t->verb || (t->len >= 8 && (ds_ascii_strncasecmp (t->p, "ber", 3) == 0 ||
                                  ds_ascii_strncasecmp (t->p, "ter", 3) == 0 ||
                                  ds_ascii_strncasecmp (t->p, "di", 2) == 0)))
    return TRUE;
  /* (Verbs of coming about that take no prefix: "lahirnya",
   * "munculnya", "runtuhnya".) */
  for (guint i = 0; i < G_N_ELEMENTS (bare_stems); i++)
    if (t->len == strlen (bare_stems[i]) + 3 && ds_ascii_strncasecmp (t->p, bare_stems[i], t->len - 3) == 0)
      return TRUE;
  return FALSE;
}

/* Whether tokens [a, b) make a side that stands on its own: words enough,
 * no clause's joint, opening with no pronoun, conjunction or preposition,
 * and pointing back at nothing in its first words. */
gboolean
_ds_side_ok (const Sent *s,
             guint       a,
             guint       b)
{
  const Tok *first = &s->toks[a];

  if (b <= a || b - a > MAX_SIDE_TOKENS || _ds_count_words (s, a, b) < MIN_SIDE_WORDS ||
      first->type != TOK_WORD || (_ds_tok_ends_nya (first) && !_ds_nominal_nya (s, a, b)) ||
      (first->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_PREP | W_THAT | W_RELATIVE | W_QUESTION)))
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      /* "flow data that was never shared": "that" opens a relative
       * clause there, it points back at nothing. */
      if ((t->type == TOK_PUNCT && !_ds_side_punct (t)) ||
          (k < a + 3 && (t->flags & (W_ANAPHOR | W_PRONOUN)) && !(k > a && (t->flags & (W_RELATIVE | W_THAT)))))
        return FALSE;
    }
  return TRUE;
}

/* Commits the cause-and-effect fact of @s: the answer is tokens [a, b)
 * of @x (@s, or the sentence before, whose result @s draws: the source
 * is then both), the question @question (taken). @s is read no more
 * once @x is itself or the fact is kept. */
static gboolean
commit_cause_in (Ctx  *ctx,
                 Sent *s,
                 Sent *x,
                 guint a,
                 guint b,
                 char *question)
{
  DsClaim *claim = _ds_fact_new (ctx, x, DS_CLAIM_RULE_REPORT, a, b);
  gboolean kept;

  claim->question = ds_utf8_capitalize (question);
  g_free (question);
  if (x != s)
    _ds_claim_extend (ctx, claim, s->end_char, s->end);
  kept = _ds_claim_commit (ctx, claim);
  if (kept || x == s)
    _ds_toks_mark_used (s, 0, s->n);
  return kept;
}

static gboolean
commit_cause (Ctx  *ctx,
              Sent *s,
              guint a,
              guint b,
              char *question)
{
  return commit_cause_in (ctx, s, s, a, b, question);
}

/* ------------------------------------------------------------------ */
/* "X memicu Y", "X leads to Y"; "Y disebabkan oleh X", "Y is driven by X" */

/* Whether the words of @rest after its first stand in @s from token @k
 * ("leads to": "to"); *@end receives where they end. */
static gboolean
particles_follow (const Sent *s,
                  guint       k,
                  const char *rest,
                  guint      *end)
{
  const char *p = strchr (rest, ' ');

  while (p != NULL)
    {
      const char *word = p + 1;
      gsize len;

      p = strchr (word, ' ');
      len = p != NULL ? (gsize) (p - word) : strlen (word);
      if (k >= s->n || s->toks[k].type != TOK_WORD || s->toks[k].len != len ||
          ds_ascii_strncasecmp (s->toks[k].p, word, len) != 0)
        return FALSE;
      k++;
    }
  *end = k;
  return TRUE;
}

/* Whether tokens [a, b) name an actor (a government, a country, a
 * name): "Pemerintah Indonesia mendorong perundingan" pushes for it, it
 * does not cause it. */
static gboolean
actor (const Sent *s,
       guint       a,
       guint       b)
{
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & (W_GOV | W_COUNTRY)) || (k > a && s->toks[k].cap))
      return TRUE;
  return FALSE;
}

/* "berbeda", "bersama": a word of state with no object, which the
 * language takes for a verb by its prefix. */
static gboolean
state_verb (const Tok *t)
{
  return t->len > 5 && !t->cap && ds_ascii_strncasecmp (t->p, "ber", 3) == 0;
}

/* Whether tokens [a, b) hold a clause of their own ("Data yang bila
 * bocor …", "Talks that stall …"): the verb after them is then not
 * theirs alone. */
static gboolean
has_clause (const Sent *s,
            guint       a,
            guint       b)
{
  /* ("has grown since 2019", "until 2030": before a figure the word
   * opens no clause; "di empat basis data yang berbeda": "yang" and one
   * last word that is no verb qualify the noun.) */
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & (W_RELATIVE | W_CLAUSE | W_CONNECTIVE)) &&
        !(k + 1 < b && s->toks[k + 1].type == TOK_NUMBER && (s->toks[k].flags & (W_CLAUSE | W_PREP))) &&
        !(k + 2 == b && (s->toks[k].flags & W_RELATIVE) && !(s->toks[k].flags & (W_CLAUSE | W_CONNECTIVE)) &&
          s->toks[k + 1].type == TOK_WORD && !(s->toks[k + 1].flags & W_FUNCTION) &&
          (!s->toks[k + 1].verb || state_verb (&s->toks[k + 1]))))
      return TRUE;
  return FALSE;
}

/* _ds_side_ok(), or an Indonesian side that opens on a state made a
 * noun with "-nya" (the phrase list defs_state_head: "lemahnya
 * koordinasi antarkementerian", "kurangnya dana"), which names what it
 * is said of after it; "anggarannya" (its budget) still points back. */
static gboolean
state_side_ok (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b)
{
  guint n;
  const Tok *t;

  if (_ds_side_ok (s, a, b))
    return TRUE;
  if (ctx->english || a >= b || (n = _ds_phrase_at (ctx, s, a, PL_DEFS_STATE_HEAD)) == 0 || a + n >= b ||
      b - a > MAX_SIDE_TOKENS)
    return FALSE;
  if (_ds_side_ok (s, a + n, b))
    return TRUE;
  t = &s->toks[a + n];
  return a + n + 1 == b && t->type == TOK_WORD && !_ds_tok_ends_nya (t) &&
         !(t->flags & (W_FUNCTION | W_ANAPHOR | W_PRONOUN | W_VAGUE));
}

/* The end of the effect that opens the clause at @c before @a, as
 * _ds_subject_end() has it; an Indonesian effect may open on a state
 * made a noun ("Runtuhnya Perjanjian Velmar disebabkan oleh …"). */
static guint
effect_end (Ctx        *ctx,
            const Sent *s,
            guint       c,
            guint       a)
{
  guint se = _ds_subject_end (ctx, s, c, a), n;

  if (se > 0 || ctx->english || (n = _ds_phrase_at (ctx, s, c, PL_DEFS_STATE_HEAD)) == 0 || c + n >= a)
    return se;
  return state_side_ok (ctx, s, c, a) && _ds_subject_end (ctx, s, c + n, a) == a ? a : 0;
}

static gboolean noun_side_ok (Ctx        *ctx,
                              const Sent *s,
                              guint       a,
                              guint       b);

/* Whether the words [@c, @v) before a verb deny it or all but deny it
 * ("Aturan … jarang lahir dari …", "Gangguan itu tidak disebabkan oleh
 * …", "Disputes seldom stem from …", "were not caused by …": the phrase
 * lists lists_negation and denying_adverb). The question leaves the
 * verb group's adverbs out, so "What is the origin of …?" would say the
 * opposite of the text. */
static gboolean
verb_denied (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       v)
{
  for (guint k = c; k < v; k++)
    if (_ds_phrase_at (ctx, s, k, PL_LISTS_NEGATION) > 0 ||
        _ds_phrase_at (ctx, s, k, PL_DENYING_ADVERB) > 0)
      return TRUE;
  return FALSE;
}

/* "X (dapat) memicu Y": what caused Y is X. The question says the verb
 * as the text does after an auxiliary ("can lead to"), else in the form
 * a singular "What" takes ("leads to"). A @weak verb ("mendorong",
 * "drives") causes only when no actor is its subject. */
static gboolean
active_cause (Ctx        *ctx,
              Sent       *s,
              guint       c,
              guint       v,
              const char *rest,
              gboolean    weak)
{
  guint e = _ds_body_end (s), a = v, end, se;
  g_autofree char *verb = NULL;
  g_autofree char *effect = NULL;

  if (!particles_follow (s, v + 1, rest, &end))
    return FALSE;
  /* "… the first cyber weapon to cause physical destruction": an
   * infinitive is no verb of the clause; its subject is no cause. */
  if (ctx->english && v > c && _ds_tok_is (&s->toks[v - 1], "to"))
    return FALSE;
  while (a > c && (s->toks[a - 1].flags & (W_AUX | W_ADV)))
    a--;
  /* ("Disputes seldom stem from …": a denial the verb group does not
   * carry into the question.) */
  if (verb_denied (ctx, s, c, a))
    return FALSE;
  /* "… menyebabkan runtuhnya stok ikan karang": a noun made of a verb
   * with "-nya" opens an effect as well. */
  if ((se = _ds_subject_end (ctx, s, c, a)) == 0 || !noun_side_ok (ctx, s, end, e) || has_clause (s, c, a) ||
      (weak && actor (s, c, a)))
    return FALSE;
  if (a < v || !ctx->english)
    verb = _ds_toks_dup (s, a, end);
  else
    verb = g_strdup (rest);
  effect = _ds_phrase_dup (s, end, e, FALSE);
  return commit_cause (ctx, s, c, se,
                       ds_lang_expand (ctx->lang, "question_cause", "verb", verb, "effect", effect, NULL));
}

/* Tokens [a, b) that open the sentence, as text inside a question: its
 * capital is the sentence's, unless the first words are a name
 * ("Sengketa perikanan di Laut Arafura", but "Laut Arafura …"), or
 * the first word a people's or a region's adjective (the phrase list
 * questions2_demonym: "Pacific governments", "African states"), which
 * keeps its capital anywhere. */
char *
_ds_sentence_subject (const Sent *s,
                      guint       a,
                      guint       b)
{
  char *text = _ds_toks_dup (s, a, b);

  if (a + 1 < b && s->toks[a].cap && !(s->toks[a].flags & W_COUNTRY) && s->toks[a + 1].type == TOK_WORD &&
      !s->toks[a + 1].cap && (guchar) text[0] < 0x80 && !_ds_word_in_either (&s->toks[a], "questions2_demonym"))
    text[0] = ds_ascii_tolower (text[0]);
  return text;
}

/* "Y disebabkan (oleh) X", "Y is driven by X": @rest is the active verb
 * ("menyebabkan"; "drives drove", the past after "was"/"were"). */
static gboolean
passive_cause (Ctx        *ctx,
               Sent       *s,
               guint       c,
               guint       v,
               const char *rest)
{
  guint e = _ds_body_end (s), a = v, x = v + 1, se;
  const char *space = strchr (rest, ' ');
  g_autofree char *verb = NULL;
  g_autofree char *effect = NULL;
  gboolean past = FALSE;

  while (a > c && (s->toks[a - 1].flags & (W_AUX | W_ADV)))
    {
      past |= _ds_tok_is (&s->toks[a - 1], "was") || _ds_tok_is (&s->toks[a - 1], "were");
      a--;
    }
  if (verb_denied (ctx, s, c, v))
    return FALSE;
  if (x < e && (_ds_tok_is (&s->toks[x], "oleh") || _ds_tok_is (&s->toks[x], "by")))
    x++;
  else if (ctx->english)
    return FALSE;
  /* "the talks driven by …" describes; "The shortage is driven by …"
   * states. */
  if (ctx->english && a == v)
    return FALSE;
  if ((se = effect_end (ctx, s, c, a)) == 0 || !state_side_ok (ctx, s, x, e) || has_clause (s, c, a))
    return FALSE;
  verb = past && space != NULL ? g_strdup (space + 1) : g_strndup (rest, space != NULL ? (gsize) (space - rest) : strlen (rest));
  effect = _ds_sentence_subject (s, c, se);
  return commit_cause (ctx, s, x, e,
                       ds_lang_expand (ctx->lang, "question_cause", "verb", verb, "effect", effect, NULL));
}

/* "The payment was due to arrive in May": after "due to" a verb
 * (known, or of the phrase list due_to_verb) says when, not why. */
static gboolean
due_to_verb (Ctx        *ctx,
             const Sent *s,
             guint       x)
{
  return ctx->english && x >= 2 && _ds_tok_is (&s->toks[x - 1], "to") && _ds_tok_is (&s->toks[x - 2], "due") &&
         ((s->toks[x].verb && !s->toks[x].cap) || (s->toks[x].flags & W_AUX) ||
          _ds_phrase_at (ctx, s, x, PL_DUE_TO_VERB) > 0);
}

/* "Y berakar pada X", "Y stems from X", "Y is rooted in X": the effect
 * first, its source after the phrase at @v (@n tokens). */
static gboolean
source_cause (Ctx  *ctx,
              Sent *s,
              guint c,
              guint v,
              guint n)
{
  guint e = _ds_body_end (s), a = v, se;
  gboolean origin;
  g_autofree char *effect = NULL;

  while (a > c && (s->toks[a - 1].flags & (W_AUX | W_ADV)))
    a--;
  if (verb_denied (ctx, s, c, v))
    return FALSE;
  origin = _ds_phrase_at (ctx, s, v, PL_ORIGIN_FROM) == n;
  /* "Doktrin ini lahir dari …", "This doctrine grew out of …": a noun and
   * its pointer is named when the cards are made, from the sentence
   * before (the card is dropped when it cannot be). */
  if (origin && a == c + 2 && s->toks[c].type == TOK_WORD && s->toks[c + 1].type == TOK_WORD &&
      (ctx->english ? (s->toks[c].flags & W_ANAPHOR) && !(s->toks[c + 1].flags & (W_FUNCTION | W_PRONOUN | W_VAGUE))
                    : (s->toks[c + 1].flags & W_ANAPHOR) && !(s->toks[c].flags & (W_FUNCTION | W_PRONOUN | W_VAGUE))))
    se = a;
  else
    se = effect_end (ctx, s, c, a);
  if (se == 0 || !state_side_ok (ctx, s, v + n, e) || has_clause (s, c, a) || due_to_verb (ctx, s, v + n))
    return FALSE;
  /* "Doktrin X lahir dari …", "X grew out of …": what it came from is its
   * origin, no cause (phrase list origin_from, a part of cause_from). An
   * origin that is a dated event ("… a meeting in Colombo in 2016") is
   * asked by its date; "tumbuh dari tahun ke tahun", "grew out of A into
   * B" (origin_range) tell a change, no origin. */
  for (guint k = v + n; origin && k < e; k++)
    if (s->toks[k].type == TOK_NUMBER || (k < v + n + 4 && _ds_phrase_at (ctx, s, k, PL_ORIGIN_RANGE) > 0))
      return FALSE;
  /* "The declaration is rooted in …", "The principles grew out of …":
   * a bare head after "the" is the name the sentence before opened with
   * when that name holds it ("The Bandung Principles shaped …"); with
   * none, the question could not say which. */
  if (ctx->english && se == c + 2 && _ds_tok_is (&s->toks[c], "the") && s->toks[c + 1].type == TOK_WORD &&
      !s->toks[c + 1].cap)
    {
      g_autofree char *name = ctx->prev.p != NULL && ctx->prev.block == s->block ? _ds_opening_name_of (ctx, &ctx->prev) : NULL;
      g_autofree char *head = g_ascii_strdown (s->toks[c + 1].p, s->toks[c + 1].len);
      g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;
      const char *at = lower != NULL ? strstr (lower, head) : NULL;

      if (at == NULL || (at > lower && at[-1] != ' ') || (at[strlen (head)] != '\0' && at[strlen (head)] != ' '))
        return FALSE;
      effect = g_steal_pointer (&name);
    }
  else
    effect = _ds_sentence_subject (s, c, se);
  return commit_cause (ctx, s, v + n, e,
                       ds_lang_expand (ctx->lang, origin ? "question_origin_of" : "question_cause_of", "effect", effect,
                                       NULL));
}

/* Where the clause from @c reaches: its first punctuation but a hyphen,
 * within a side's reach. */
static guint
clause_reach (const Sent *s,
              guint       c,
              guint       e)
{
  guint k = c;

  while (k < e && k <= c + MAX_SIDE_TOKENS && !(s->toks[k].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k], '-')))
    k++;
  return MIN (k, e);
}

/* The first word in [a, b) that has other forms in list @name, and
 * those forms in *@rest; @b when there is none. One list at a time: the
 * lexicon keeps the last list asked at hand. */
static guint
first_form (Ctx        *ctx,
            const Sent *s,
            guint       a,
            guint       b,
            const char *name,
            HotList     hot,
            const char **rest)
{
  if (!_ds_sent_may_start (s, hot))
    {
      *rest = NULL;
      return b;
    }
  for (guint v = a; v < b; v++)
    {
      const Tok *t = &s->toks[v];

      /* A cause's verb is a lower-case word of content. */
      if (t->type != TOK_WORD || t->cap || t->len < 3 || (t->flags & W_FUNCTION))
        continue;
      if ((*rest = _ds_lexicon_other_forms (ctx, t, name)) != NULL)
        return v;
    }
  return b;
}

/* Whether [@a, @b) names a thing, not somebody: it holds a word in
 * lower case past its article, and opens on no country or government
 * ("Indonesia pushed ASEAN to …", "The minister led the delegation to
 * …" name who acted, no cause). */
static gboolean
thing_subject (const Sent *s,
               guint       a,
               guint       b)
{
  gboolean lower = FALSE;
  guint k = a + (_ds_tok_is_article (&s->toks[a]) ? 1 : 0);

  if (k >= b || (s->toks[k].flags & (W_GOV | W_COUNTRY | W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  for (; k < b; k++)
    lower |= s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION) &&
             !(s->toks[k].flags & W_GOV);
  return lower;
}

/* "Rising ransomware attacks led the G7 to set up a task force" → "What
 * led the G7 to set up a task force?", "Meningkatnya serangan ransomware
 * mendorong G7 membentuk satuan tugas" → "Apa yang mendorong G7
 * membentuk satuan tugas?": a verb that makes somebody act (the phrase
 * list cause_make_verb), its object (a name, or a noun phrase after an
 * article; one to six words with no verb) and the act (English "to" and
 * a verb), with a subject of its own before. The cause is the answer. */
static gboolean
make_cause (Ctx  *ctx,
            Sent *s,
            guint c,
            guint e)
{
  guint hi = clause_reach (s, c, e), v, o, k, se, end;

  for (v = c + MIN_SIDE_WORDS; v < hi && v < c + 12; v++)
    if (s->toks[v].type == TOK_WORD && !s->toks[v].cap && _ds_phrase_at (ctx, s, v, PL_CAUSE_MAKE_VERB) == 1)
      break;
  if (v >= hi || v >= c + 12)
    return FALSE;
  o = v + 1;
  if (o >= e || !(s->toks[o].cap || _ds_tok_is_article (&s->toks[o]) || (s->toks[o].flags & (W_DET | W_QUANT))) ||
      (s->toks[o].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_is (&s->toks[o], "anda") || _ds_tok_is (&s->toks[o], "you"))
    return FALSE;
  for (k = o + 1; k < e && k < o + 7; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb || (s->toks[k].flags & (W_CONJ | W_RELATIVE | W_THAT)) ||
        _ds_tok_is (&s->toks[k], "to"))
      break;
  if (ctx->english)
    {
      if (k >= e || k == o || !_ds_tok_is (&s->toks[k], "to") || k + 3 > e || s->toks[k + 1].type != TOK_WORD ||
          s->toks[k + 1].cap || (s->toks[k + 1].flags & (W_FUNCTION | W_DET)))
        return FALSE;
    }
  else if (k >= e || k == o || !s->toks[k].verb || s->toks[k].cap || k + 2 > e ||
           !(ds_ascii_strncasecmp (s->toks[k].p, "me", 2) == 0 || ds_ascii_strncasecmp (s->toks[k].p, "ber", 3) == 0))
    return FALSE;
  /* The cause: a noun phrase before the verb, none that acts itself
   * ("The minister led the delegation to Geneva" is no cause). */
  /* ("Meningkatnya serangan ransomware terhadap rumah sakit": a noun
   * made of a verb with "-nya" and its preposition's phrase, which
   * _ds_subject_end() reads no further than its first noun.) */
  se = _ds_subject_end (ctx, s, c, v);
  if ((se != v && !(se == 0 && !ctx->english && _ds_tok_ends_nya (&s->toks[c]))) || !noun_side_ok (ctx, s, c, v) ||
      has_clause (s, c, v) || !thing_subject (s, c, v) || _ds_toks_any_used (s, c, e))
    return FALSE;
  /* The act ends with its clause: "…, and it paid a ransom" is another. */
  end = clause_reach (s, o, e);
  if (end < k + 2 || end - o > MAX_SIDE_TOKENS)
    return FALSE;
  {
    g_autofree char *verb = _ds_toks_dup (s, v, v + 1);
    g_autofree char *effect = _ds_phrase_dup (s, o, end, FALSE);

    return commit_cause (ctx, s, c, v, ds_lang_expand (ctx->lang, "question_cause", "verb", verb, "effect", effect, NULL));
  }
}

/* A sentence that states plainly what causes what, when no other rule
 * took it: the first cause word of its opening clause decides. */
gboolean
_ds_find_cause_verb (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), hi, passive, active, weak, from, n = 0;
  const char *rest_passive, *rest_active, *rest_weak;

  if (c == G_MAXUINT || _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  hi = clause_reach (s, c, e);
  if (hi < c + 2 * MIN_SIDE_WORDS + 1)
    return FALSE;
  hi -= MIN_SIDE_WORDS;
  passive = first_form (ctx, s, c + MIN_SIDE_WORDS, hi, "cause_passive", HOT_CAUSE_PASSIVE, &rest_passive);
  active = first_form (ctx, s, c + MIN_SIDE_WORDS, hi, "cause_verb", HOT_CAUSE_VERB, &rest_active);
  weak = first_form (ctx, s, c + MIN_SIDE_WORDS, hi, "cause_verb_weak", HOT_CAUSE_VERB_WEAK, &rest_weak);
  from = c + MIN_SIDE_WORDS;
  /* Without a word that may start one, the scan would end at @hi. */
  if (!_ds_sent_may_start (s, HOT_CAUSE_FROM))
    from = MAX (from, hi);
  for (; from < hi && (n = _ds_phrase_at (ctx, s, from, PL_CAUSE_FROM)) == 0; from++)
    ;
  /* "was caused by": a passive before the active past it looks like. */
  if (passive <= MIN (MIN (active, weak), from) && passive < hi && passive_cause (ctx, s, c, passive, rest_passive))
    return TRUE;
  if (active < hi && active <= MIN (weak, from))
    return active_cause (ctx, s, c, active, rest_active, FALSE) || make_cause (ctx, s, c, e);
  if (weak < hi && weak <= from)
    return active_cause (ctx, s, c, weak, rest_weak, TRUE) || make_cause (ctx, s, c, e);
  return (from < hi && source_cause (ctx, s, c, from, n)) || make_cause (ctx, s, c, e);
}

/* ------------------------------------------------------------------ */
/* "Salah satu penyebab X adalah Y", "One cause of X is Y"             */
/* "Tujuan utama X adalah Y", "The main goal of X is Y"                */

/* _ds_side_ok(), or a side opening on a noun made of a verb with
 * "-nya" and what it is said of ("mundurnya armada Inggris",
 * "pentingnya pangkalan udara di Keflavik"). */
static gboolean
noun_side_ok (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  return _ds_side_ok (s, a, b) ||
         (!ctx->english && a + 3 <= b && _ds_tok_ends_nya (&s->toks[a]) && _ds_side_ok (s, a + 1, b));
}

/* Whether a lower-case verb stands in [a, b): "small states joined". */
static gboolean
verb_between (const Sent *s,
              guint       a,
              guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_WORD && s->toks[k].verb && !s->toks[k].cap)
      return TRUE;
  return FALSE;
}

/* "The central claim of liberalism", "Asumsi dasar Waltz": one word
 * that names whose the lead noun is, a school or a name in capitals
 * (not the sentence's first word, not a pronoun). */
static gboolean
lone_holder (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  const Tok *t = &s->toks[a];

  if (b != a + 1 || a == 0 || t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_FUNCTION)))
    return FALSE;
  return _ds_school_at (ctx, s, a, b) || (t->cap && !(t->flags & (W_COUNTRY | W_GOV)));
}

/* A ranked adjective from @k: a superlative of one word ("main",
 * "greatest", "terbesar", "utama"; "most", "paling" only with their
 * adjective) or a phrase of the list statement_lead_adjective ("major",
 * "most pressing", "paling mendesak"); its length, or 0. */
static guint
lead_rank_at (Ctx        *ctx,
              const Sent *s,
              guint       k)
{
  guint n;

  if (k >= s->n || s->toks[k].type != TOK_WORD)
    return 0;
  if ((n = _ds_phrase_at (ctx, s, k, PL_STATEMENT_LEAD_ADJECTIVE)) > 0)
    return n;
  return (s->toks[k].flags & W_SUPERLATIVE) && !_ds_tok_is (&s->toks[k], "most") && !_ds_tok_is (&s->toks[k], "paling")
           ? 1 : 0;
}

/* "The key lesson of …", "The greatest weakness of …", "One of the most
 * pressing concerns for …", "Pelajaran utama dari …", "Salah satu
 * kelemahan terbesar …": a ranked noun of what a thing has (the phrase
 * list statement_lead_head) opening at @c, as the list statement_lead
 * spells some; its length, or 0. English puts the rank before the noun,
 * after "the", "a", "one of the" (statement_lead_one); Indonesian after
 * it, maybe after "salah satu". */
static guint
lead_shape_at (Ctx        *ctx,
               const Sent *s,
               guint       c)
{
  guint k = c + _ds_phrase_at (ctx, s, c, PL_STATEMENT_LEAD_ONE), r, h;

  if (ctx->english)
    {
      if (k == c || (r = lead_rank_at (ctx, s, k)) == 0)
        return 0;
      h = _ds_phrase_at (ctx, s, k + r, PL_STATEMENT_LEAD_HEAD);
      return h > 0 ? k + r + h - c : 0;
    }
  if ((h = _ds_phrase_at (ctx, s, k, PL_STATEMENT_LEAD_HEAD)) == 0 || (r = lead_rank_at (ctx, s, k + h)) == 0)
    return 0;
  return k + h + r - c;
}

/* "Salah satu penyebab konflik perikanan adalah …" → "Apa salah satu
 * penyebab konflik perikanan?", "One cause of the shortage is …" → "What
 * is one cause of the shortage?": asked before the definitions, which
 * would read "salah satu penyebab …" as a term. */
gboolean
_ds_find_cause_noun (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), n, x, is = 0, m = 0, p = 0, shaped = 0;
  gboolean clause = FALSE;
  g_autofree char *noun = NULL;
  g_autofree char *effect = NULL;

  /* "Tujuan utama X adalah …", "The main goal of X is …" are asked the
   * same way (the statement rules' lead nouns); "Salah satu alasan X
   * …", "The reason X …" take a clause. */
  if (c == G_MAXUINT || _ds_toks_any_used (s, 0, e))
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, c, PL_CAUSE_NOUN)) == 0 &&
      (n = _ds_phrase_at (ctx, s, c, PL_STATEMENT_LEAD)) == 0 && (shaped = n = lead_shape_at (ctx, s, c)) == 0 &&
      (n = _ds_phrase_at (ctx, s, c, PL_CAUSE_NOUN_CLAUSE)) == 0)
    return FALSE;
  /* "The reason for X" is the noun's, "The reason X …" the clause's. */
  if (_ds_phrase_at (ctx, s, c, PL_CAUSE_NOUN_CLAUSE) >= n)
    {
      n = _ds_phrase_at (ctx, s, c, PL_CAUSE_NOUN_CLAUSE);
      clause = TRUE;
    }
  x = c + n;
  /* "Tantangan terbesar bagi …", "The main obstacle facing …": the
   * preposition is the question's, its noun phrase the side. */
  if (x < e && !clause)
    p = _ds_phrase_at (ctx, s, x, PL_STATEMENT_LEAD_PREP);
  /* "The main obstacle to X remains the lack of …", "… tetap merupakan
   * …": "remains" is a copula before a noun phrase only ("The main
   * cause of the collision remained unclear" says no cause). */
  for (guint k = x + p + 1; k < e && is == 0 && k <= x + MAX_SIDE_TOKENS; k++)
    if ((m = _ds_phrase_at (ctx, s, k, PL_CAUSE_IS)) > 0 ||
        ((m = _ds_phrase_at (ctx, s, k, PL_CAUSE_IS_REMAIN)) > 0 &&
         (!ctx->english || (k + m < e && (s->toks[k + m].flags & W_DET)))))
      is = k;
  if (is == 0 || !(noun_side_ok (ctx, s, x + p, is) || (n > 0 && !clause && lone_holder (ctx, s, x + p, is))) ||
      !noun_side_ok (ctx, s, is + m, e))
    return FALSE;
  /* "The main task of the office is …": a noun the text named before,
   * by "the" and a word, says of what to no one who reads the card. */
  if (shaped > 0 && ctx->english && is == x + p + 2 && _ds_tok_is (&s->toks[x + p], "the") &&
      !s->toks[x + p + 1].cap)
    return FALSE;
  /* "One reason the accord is weak is that …": the first "is" may be the
   * clause's own, so English asks for "is that" or a verb before it. */
  if (clause && ctx->english && !(s->toks[is + m - 1].flags & W_THAT) && !verb_between (s, x, is))
    return FALSE;
  noun = _ds_phrase_dup (s, c, x, TRUE);
  effect = _ds_toks_dup (s, x, is);
  return commit_cause (ctx, s, is + m, e,
                       ds_lang_expand (ctx->lang, "question_cause_noun", "noun", noun, "effect", effect, NULL));
}

/* ------------------------------------------------------------------ */
/* "Karena Y, X …", "Because Y, X …"                                   */

/* Tokens a reason's subject that a pronoun stands for may take. */
#define MAX_REASON_SUBJECT_TOKENS 6

/* "Because the fisheries guidelines are voluntary, they create …",
 * "Karena pedoman perikanan kawasan bersifat sukarela, pedoman tersebut
 * …": the clause after the comma [c, e) opens on a pronoun (phrase list
 * causes3_reason_pronoun) or on the head noun of the reason's subject and
 * its demonstrative, both standing for that subject, tokens [a, end of
 * the subject) of the reason [a, comma): returns where the subject ends
 * and puts in *@rest where the clause goes on, or 0. An English "it"
 * stands for a singular, "they" for a plural. */
static guint
reason_subject (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       comma,
                guint       c,
                guint       e,
                guint      *rest,
                char      **owned)
{
  guint v, np = _ds_phrase_at (ctx, s, c, PL_CAUSES3_REASON_PRONOUN);
  const Tok *head;
  gboolean plural;

  for (v = a + 1; v < comma && v <= a + MAX_REASON_SUBJECT_TOKENS; v++)
    {
      const Tok *t = &s->toks[v];

      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_RELATIVE | W_THAT)))
        return 0;
      if ((t->verb && !t->cap) || (t->flags & (W_AUX | W_CUE_DEF | W_ADV)))
        break;
    }
  if (v >= comma || v > a + MAX_REASON_SUBJECT_TOKENS || _ds_count_words (s, a, v) < MIN_SIDE_WORDS ||
      (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_PREP | W_QUESTION)) || _ds_tok_ends_nya (&s->toks[v - 1]))
    return 0;
  head = &s->toks[v - 1];
  plural = head->len > 3 && head->p[head->len - 1] == 's' && head->p[head->len - 2] != 's' &&
           head->p[head->len - 2] != 'u' && head->p[head->len - 2] != 'i';
  if (np > 0)
    {
      if (ctx->english && _ds_tok_is (&s->toks[c], "it") == plural)
        return 0;
      *rest = c + np;
      return v;
    }
  /* "…, its rulings depend on …" → "the rulings of the regional court";
   * "…, putusannya bergantung …" → "putusan pengadilan kawasan". */
  if (ctx->english && (_ds_tok_is (&s->toks[c], "its") || _ds_tok_is (&s->toks[c], "their")))
    {
      guint w;

      if (_ds_tok_is (&s->toks[c], "its") == plural)
        return 0;
      for (w = c + 1; w < e && w <= c + 3; w++)
        {
          const Tok *t = &s->toks[w];

          if ((t->verb && !t->cap) || (t->flags & (W_AUX | W_ADV)))
            break;
          if (t->type != TOK_WORD || t->cap || (t->flags & W_FUNCTION))
            return 0;
        }
      if (w == c + 1 || w >= e || w > c + 3 || !((s->toks[w].verb && !s->toks[w].cap) || (s->toks[w].flags & (W_AUX | W_ADV))))
        return 0;
      *owned = _ds_toks_dup (s, c + 1, w);
      *rest = w;
      return v;
    }
  /* "zona perikanannya tetap …": the owned noun may take two words. */
  for (guint k = c; !ctx->english && k < c + 2 && k + 2 < e; k++)
    {
      if (!_ds_tok_ends_nya (&s->toks[k]) || s->toks[k].len <= 6 ||
          !(s->toks[k + 1].verb || (s->toks[k + 1].flags & (W_AUX | W_ADV))))
        continue;
      {
        g_autofree char *before = _ds_toks_dup (s, c, k);
        g_autofree char *noun = g_ascii_strdown (s->toks[k].p, s->toks[k].len - 3);

        *owned = k > c ? g_strconcat (before, " ", noun, NULL) : g_steal_pointer (&noun);
        if (k > c)
          (*owned)[0] = g_ascii_tolower ((*owned)[0]);
        *rest = k + 1;
        return v;
      }
    }
  /* "pedoman tersebut" after "pedoman perikanan kawasan …": the head
   * noun again, pointed at. */
  if (!ctx->english && c + 2 < e && (s->toks[c + 1].flags & W_ANAPHOR) &&
      s->toks[c].len == s->toks[a].len && ds_ascii_strncasecmp (s->toks[c].p, s->toks[a].p, s->toks[a].len) == 0)
    {
      *rest = c + 2;
      return v;
    }
  return 0;
}

/* "Karena stok tuna menurun, kedua negara sepakat …" → "Mengapa kedua
 * negara sepakat …?": the reason opens the sentence, the clause after
 * its comma is asked as it stands. */
gboolean
_ds_find_reason_first (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, 0, PL_REASON_OPENING), comma = 0;
  g_autofree char *clause = NULL;

  if (n == 0 || s->n < n + 5 || _ds_toks_any_used (s, 0, e))
    return FALSE;
  for (guint k = n + 1; k < e && comma == 0 && k <= n + MAX_SIDE_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      comma = k;
  if (comma == 0 || !_ds_side_ok (s, n, comma) || s->toks[comma + 1].verb)
    return FALSE;
  if (!_ds_side_ok (s, comma + 1, e) || (!ctx->english && comma + 3 < e && _ds_tok_ends_nya (&s->toks[comma + 2])))
    {
      g_autofree char *owned = NULL;
      guint rest = 0, sb = reason_subject (ctx, s, n, comma, comma + 1, e, &rest, &owned);
      g_autofree char *subject = NULL;
      g_autofree char *tail = NULL;

      guint r = rest;

      /* "pedoman tersebut hanya menimbulkan …": an adverb may open what
       * the clause says. */
      while (r < e && (s->toks[r].flags & W_ADV) && !s->toks[r].verb)
        r++;
      if (sb == 0 || r >= e || !_ds_side_ok (s, r, e))
        return FALSE;
      subject = _ds_toks_dup (s, n, sb);
      tail = _ds_toks_dup (s, rest, e);
      if (owned != NULL)
        {
          g_autofree char *whose = ds_lang_expand (ctx->lang, "reason_owned", "owned", owned, "owner", subject, NULL);

          clause = g_strconcat (whose, " ", tail, NULL);
        }
      else
        clause = g_strconcat (subject, " ", tail, NULL);
    }
  else
    clause = _ds_phrase_dup (s, comma + 1, e, TRUE);
  return commit_cause (ctx, s, n, comma, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
}

/* ------------------------------------------------------------------ */
/* "X means that Y …", "X berarti (bahwa) Y …"                         */

/* Tokens the implied clause may take. */
#define MAX_IMPLIED_TOKENS 30

/* Whether tokens from @a open a clause of their own: a noun phrase of
 * one to four words and then an auxiliary ("importir harus membayar",
 * "importers will pay"), which no noun phrase a definition gives holds. */
static gboolean
clause_follows (const Sent *s,
                guint       a,
                guint       e)
{
  if (a >= e || s->toks[a].type != TOK_WORD || s->toks[a].verb ||
      (s->toks[a].flags & (W_AUX | W_CUE_DEF | W_PREP | W_CONJ | W_ADV)))
    return FALSE;
  for (guint k = a + 1; k < e && k <= a + 4; k++)
    {
      if (s->toks[k].type != TOK_WORD)
        return FALSE;
      if ((s->toks[k].flags & W_AUX) && !(s->toks[k].flags & W_CUE_DEF))
        return TRUE;
    }
  return FALSE;
}

/* "The new quota system means that downstream farmers will receive less
 * water …" → "What does the new quota system imply?", "Tarif baru
 * berarti importir harus membayar …" → "Apa implikasi tarif baru?":
 * what a named thing means for what follows (the phrase list
 * causes3_implies), answered by the clause. The cue is followed by
 * "that"/"bahwa" or by a clause with its own auxiliary: "X means Y"
 * with a noun phrase defines. A subject that is a pronoun or points
 * back ("This means that …") is the inference rules'. */
gboolean
_ds_find_implication (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), k, n = 0, hi, se, a;
  g_autofree char *subject = NULL;
  g_autofree char *aux = NULL;
  const char *verb;

  if (c == G_MAXUINT || _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  /* "Multilateralism means that …", "CBDR means that …": a subject of
   * one word, an abstract noun by its shape or an acronym; "This means
   * that …", "It means …" point back, "Important means that …" glosses
   * a word. */
  k = c + 2;
  if (c + 1 < e && (_ds_tok_common_noun_shape (ctx, &s->toks[c]) || _ds_tok_is_acronym (&s->toks[c])))
    k = c + 1;
  for (; k < e && k <= c + 10; k++)
    if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && (n = _ds_phrase_at (ctx, s, k, PL_CAUSES3_IMPLIES)) > 0)
      break;
  if (n == 0 || k > c + 10)
    return FALSE;
  a = k + n;
  if (!(s->toks[a - 1].flags & W_THAT) && !clause_follows (s, a, e))
    return FALSE;
  if (e < a + 3 || e - a > MAX_IMPLIED_TOKENS || _ds_count_words (s, a, e) < 3 ||
      (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[a]))
    return FALSE;
  for (hi = k; hi > c && (s->toks[hi - 1].flags & (W_AUX | W_ADV)); hi--)
    ;
  /* "Prinsip X dalam bahasa sederhana berarti …", "X, in plain terms,
   * means that …": the hedge before the cue is no part of the subject. */
  for (guint j = hi > c + 5 ? hi - 5 : c + 1; j < hi; j++)
    if (j + _ds_phrase_at (ctx, s, j, PL_HEDGE) == hi ||
        (_ds_tok_is_punct (&s->toks[j - 1], ',') && _ds_tok_is_punct (&s->toks[hi - 1], ',') &&
         j + _ds_phrase_at (ctx, s, j, PL_HEDGE) == hi - 1))
      {
        hi = j - (_ds_tok_is_punct (&s->toks[j - 1], ',') ? 1 : 0);
        break;
      }
  if (hi == c + 1 && k == c + 1)
    se = hi;
  else if ((se = _ds_subject_end (ctx, s, c, hi)) == 0 || has_clause (s, c, hi))
    return FALSE;
  subject = _ds_sentence_subject (s, c, se);
  /* "Multilateralism" opening the sentence is a common word unless the
   * essay writes it as a name. */
  if (se == c + 1 && s->toks[c].cap && !_ds_tok_known_name (ctx, &s->toks[c]) && !_ds_tok_is_acronym (&s->toks[c]) &&
      (guchar) subject[0] < 0x80)
    subject[0] = ds_ascii_tolower (subject[0]);
  /* "means" → "does"; "mean" → "do"; "meant" → "did"; "would mean" →
   * "would". */
  if (hi < k)
    aux = _ds_toks_dup (s, hi, hi + 1);
  verb = aux != NULL ? aux
         : s->toks[k].p[s->toks[k].len - 1] == 't' || s->toks[k].p[s->toks[k].len - 1] == 'd' ? "did"
         : s->toks[k].p[s->toks[k].len - 1] == 's' ? "does" : "do";
  return commit_cause (ctx, s, a, e,
                       ds_lang_expand (ctx->lang, "question_causes3_implies", "subject", subject, "do", verb, NULL));
}

/* ------------------------------------------------------------------ */
/* "Y, sehingga X …", "Y, so X …"                                      */

/* Tokens the effect asked as a question may take. */
#define MAX_EFFECT_TOKENS 14

/* "many shipping lines moved their feeder calls": "its"/"their" after
 * the clause's verb, owned by its subject, points nowhere else. */
static gboolean
own_possessive (const Sent *s,
                guint       a,
                guint       k)
{
  /* After the clause's verb only: "One of its causes is …" owns
   * nothing of its own. */
  /* "banyak kedutaan menunda program media sosialnya": a noun's "-nya"
   * after the verb is the subject's as well. */
  if (k < a + 2 || !(_ds_tok_is (&s->toks[k], "its") || _ds_tok_is (&s->toks[k], "their") ||
                     (_ds_tok_ends_nya (&s->toks[k]) && !s->toks[k].verb && !(s->toks[k].flags & W_FUNCTION))))
    return FALSE;
  /* "laboratories of their own": "own" says whose, the subject's. */
  if (k + 1 < s->n && _ds_tok_is (&s->toks[k + 1], "own"))
    return TRUE;
  for (guint j = a + 1; j < k; j++)
    if ((s->toks[j].verb && !s->toks[j].cap) || (s->toks[j].flags & W_AUX))
      return TRUE;
  return FALSE;
}

/* Whether tokens [a, b) make a clause to ask why of: its own subject
 * first (no verb, adverb, pronoun or word that points back: "sehingga
 * mudah diakses", "so it …", "sehingga hal itu …"), no punctuation, and
 * no dangling word last. */
static gboolean
effect_ok (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  const Tok *first;
  guint none;

  /* "the two downstream states postponed …": the article opens its
   * subject. */
  if (a + 1 < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  /* "the 2023 incident reports …": a year after the article is the
   * subject's own. */
  if (a > 0 && a + 2 < b && s->toks[a].type == TOK_NUMBER && _ds_tok_is_article (&s->toks[a - 1]) &&
      s->toks[a + 1].type == TOK_WORD)
    a++;
  /* "tidak ada satu negara pun yang …": a subject said to be none
   * (phrase list effect_none_opener) is the clause's own. */
  if ((none = _ds_phrase_at (ctx, s, a, PL_EFFECT_NONE_OPENER)) > 0 && a + none + 2 < b)
    a += none;
  first = &s->toks[a];

  if (b < a + 3 || b - a > MAX_EFFECT_TOKENS || first->type != TOK_WORD || first->verb || _ds_tok_ends_nya (first) ||
      (first->flags & (W_FUNCTION | W_PRONOUN | W_VAGUE | W_QUESTION)) ||
      (s->toks[b - 1].flags & (W_CUE_DEF | W_AUX | W_PREP | W_CONJ | W_DET)))
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((s->toks[k].type == TOK_PUNCT && !_ds_side_punct (&s->toks[k])) ||
        (k < a + 4 && (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) && !own_possessive (s, a, k)))
      return FALSE;
  return TRUE;
}

/* "Musim kemarau makin panjang, sehingga petani hanya menanam sekali
 * setahun." → "Mengapa petani hanya menanam sekali setahun?", answered
 * by what comes before the comma; "The dry season grew longer, so
 * farmers …" the same. The cause opens the sentence and says something
 * of its own; "so that", "so far" (phrase list result_not) tell no
 * result. */
/* "Negara kepulauan kecil tidak punya tim tanggap insiden sendiri,
 * sehingga mereka bergantung pada bantuan Australia", "Small island
 * states have no response teams of their own, so they depend on …": a
 * pronoun that opens the result at @p ("mereka", "ia", "they") stands for
 * the subject of the cause's clause [@c, @cut), named in its place. The
 * clause to ask why of, or NULL. */
static char *
pronoun_effect (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint       cut,
                guint       p,
                guint       e)
{
  Clause cl;
  guint sb;
  g_autofree char *subject = NULL;
  g_autofree char *rest = NULL;

  if (!(ctx->english ? _ds_tok_is (&s->toks[p], "they")
                     : (_ds_tok_is (&s->toks[p], "mereka") || _ds_tok_is (&s->toks[p], "ia"))) ||
      p + 3 > e || e - p > MAX_EFFECT_TOKENS ||
      (s->toks[e - 1].flags & (W_CUE_DEF | W_AUX | W_PREP | W_CONJ | W_DET)))
    return NULL;
  for (guint k = p + 1; k < e; k++)
    if ((s->toks[k].type == TOK_PUNCT && !_ds_side_punct (&s->toks[k])) ||
        (k < p + 4 && (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN))))
      return NULL;
  _ds_clause_read (ctx, s, &cl);
  if (cl.subject != c || cl.subject_end == G_MAXUINT || cl.subject_end > cut || cl.subject_end < c + 1 ||
      cl.subject_end > c + 6 || (sb = _ds_subject_end (ctx, s, c, cl.subject_end)) == 0 || sb != cl.subject_end ||
      s->toks[c].type != TOK_WORD || _ds_tok_ends_nya (&s->toks[c]))
    return NULL;
  for (guint k = c; k < sb; k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || s->toks[k].type == TOK_PUNCT ||
        (s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_VAGUE | W_QUANT)) & ~(W_DET | W_PREP))
      return NULL;
  /* ("they" stands for many: a plural in "-s" or names joined by "and".) */
  if (ctx->english)
    {
      const Tok *h = &s->toks[sb - 1];
      gboolean many = h->type == TOK_WORD && h->len > 3 && (h->p[h->len - 1] | 0x20) == 's';

      for (guint k = c; k < sb && !many; k++)
        many = _ds_tok_is (&s->toks[k], "and");
      if (!many)
        return NULL;
    }
  subject = _ds_phrase_dup (s, c, sb, TRUE);
  /* ("Most Pacific ministries": a common word opening it is no name's.) */
  if ((s->toks[c].flags & (W_QUANT | W_DET | W_SUPERLATIVE | W_ADV)) && !_ds_tok_is_acronym (&s->toks[c]) &&
      g_ascii_isupper (subject[0]))
    subject[0] = g_ascii_tolower (subject[0]);
  rest = _ds_toks_dup (s, p + 1, e);
  return g_strconcat (subject, " ", rest, NULL);
}

/* Tokens a clause of when before the cause takes, its comma included. */
#define OPENING_WHEN_MAX_TOKENS 10

/* Whether tokens [m, b) hold a clause of their own other than a
 * relative that qualifies the noun before it ("Banyak diplomat muda
 * yang belum pernah dilatih …", "Many envoys who joined after 2015
 * …"): has_clause() without that. */
static gboolean
clause_besides_relative (const Sent *s,
                         guint       m,
                         guint       b)
{
  for (guint k = m; k < b; k++)
    {
      const Tok *t = &s->toks[k], *before = k > m ? &s->toks[k - 1] : NULL;

      if (!(t->flags & (W_RELATIVE | W_CLAUSE | W_CONNECTIVE)))
        continue;
      if ((t->flags & W_RELATIVE) && !(t->flags & (W_CLAUSE | W_CONNECTIVE)) && k > m + 1 && k + 2 < b &&
          before->type == TOK_WORD && !before->verb && !(before->flags & (W_FUNCTION | W_PREP | W_AUX)))
        continue;
      if (has_clause (s, k, b))
        return TRUE;
    }
  return FALSE;
}

/* The cause of "…, sehingga X", "…, so X" read by the reader of the main
 * clause when it is more than a bare side: a setting before the subject
 * closed by its comma ("Pada 2020,", "Di forum itu,", "Sebelum QRIS,";
 * Clause.opening_end), kept in the answer, and a relative that qualifies
 * a noun inside ("Banyak WNI yang belum lapor diri"). The main clause
 * from its subject to @cut must still stand as a side of its own. */
static gboolean
result_cause_read (Ctx        *ctx,
                   const Sent *s,
                   guint      *at,
                   guint       cut)
{
  Clause cl;
  guint c = *at, m = c, n;

  if (_ds_side_ok (s, c, cut) && !has_clause (s, c, cut))
    return TRUE;
  /* ("After two cables were cut, …", "Setelah …": a link of time the
   * opening skipped opens the cause.) */
  if (c > 0 && (s->toks[c - 1].flags & W_CONNECTIVE) && _ds_phrase_at (ctx, s, c - 1, PL_COND41_OPENER) == 0 &&
      (_ds_phrase_at (ctx, s, c - 1, PL_WHEN_OPENER) == 1 || _ds_phrase_at (ctx, s, c - 1, PL_COVER_DATE_REFERENCE) == 1))
    *at = m = --c;
  _ds_clause_asides (ctx, s, &cl);
  /* ("Jika X, …": a link that opens the setting stands before @c; the
   * cause would lose it.) */
  if (cl.opening_end > c && c > 0 && !_ds_tok_is_punct (&s->toks[c - 1], ','))
    return FALSE;
  if (cl.opening_end > c && cl.opening_end < cut && _ds_tok_is_punct (&s->toks[cl.opening_end - 1], ','))
    {
      /* ("Menurut Sari,", "According to …": a source is no part of a
       * cause (the reading without it asks "Menurut Sari, mengapa …?");
       * "Menurut mereka," points back.) */
      for (guint k = c; k + 1 < cl.opening_end; k++)
        if ((s->toks[k].type == TOK_PUNCT && s->toks[k].ch != ',') || (s->toks[k].flags & W_PRONOUN) ||
            _ds_phrase_at (ctx, s, k, PL_CLAUSE_ATTRIB) > 0)
          return FALSE;
      m = cl.opening_end;
    }
  else if (((n = _ds_phrase_at (ctx, s, c, PL_WHEN_OPENER)) > 0 ||
            (n = _ds_phrase_at (ctx, s, c, PL_COVER_DATE_REFERENCE)) > 0) &&
           _ds_phrase_at (ctx, s, c, PL_COND41_OPENER) == 0)
    {
      /* "Setiap kali insiden terjadi, parlemen menuntut …", "Whenever a
       * breach occurred, lawmakers demanded …", "Sebelum portal itu
       * diluncurkan, …": a clause of when (phrase lists when_opener,
       * cover_date_reference; not one of condition: cond41_opener) closed
       * by its comma, kept in the answer; the cause is the clause after
       * it. */
      guint j;

      for (j = c + n; j < cut && j <= c + OPENING_WHEN_MAX_TOKENS && s->toks[j].type != TOK_PUNCT; j++)
        ;
      if (j >= cut || j > c + OPENING_WHEN_MAX_TOKENS || !_ds_tok_is_punct (&s->toks[j], ',') || j < c + n + 2)
        return FALSE;
      m = j + 1;
    }
  else if (!ctx->english)
    {
      /* "Saat itu Indonesia belum …", "Pada waktu itu …": a time the
       * sentence before named (phrase list deixis, its "itu" last), no
       * comma after it. */
      guint d = c + ((s->toks[c].flags & W_PREP) ? 1 : 0);

      n = _ds_phrase_at (ctx, s, d, PL_DEIXIS);
      if (n > 0 && d + n < cut && _ds_tok_is (&s->toks[d + n - 1], "itu") && s->toks[d + n].type == TOK_WORD &&
          !s->toks[d + n].verb && !(s->toks[d + n].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)))
        m = d + n;
    }
  for (guint i = 0; i < cl.n_asides; i++)
    if (cl.asides[i].b > m && cl.asides[i].a < cut)
      return FALSE;
  if (!_ds_side_ok (s, m, cut) || clause_besides_relative (s, m, cut))
    return FALSE;
  /* (A clause after its setting's comma; a relative alone ("Banyak
   * negara yang menolak, …") holds no verb of the main clause's.) */
  if (m > c)
    return TRUE;
  for (guint k = m + 1; k < cut; k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & W_AUX))
      return TRUE;
  return FALSE;
}

gboolean
_ds_find_result (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), k, n = 0, cut, lead;
  g_autofree char *clause = NULL;

  if (c == G_MAXUINT || _ds_toks_any_used (s, 0, s->n) || !_ds_sent_may_start (s, HOT_RESULT_CUE))
    return FALSE;
  for (k = c + 2; k < e && (n = _ds_phrase_at (ctx, s, k, PL_RESULT_CUE)) == 0; k++)
    ;
  /* ("Second,", "In contrast,": a link before the cause is not its own;
   * _ds_clause_lead_end().) */
  if (n > 0 && (lead = _ds_clause_lead_end (ctx, s)) > c && lead + 2 < k)
    c = lead;
  /* "Debit sungai turun tajam sehingga air laut masuk …": a cue that
   * only ever tells a result (phrase list result_cue_bare) needs no
   * comma before it; its effect still names its own subject. */
  if (n == 0 || (!_ds_tok_is_punct (&s->toks[k - 1], ',') && _ds_phrase_at (ctx, s, k, PL_RESULT_CUE_BARE) == 0) ||
      _ds_phrase_at (ctx, s, k, PL_RESULT_NOT) > 0 ||
      !result_cause_read (ctx, s, &c, (cut = _ds_tok_is_punct (&s->toks[k - 1], ',') ? k - 1 : k)))
    return FALSE;
  if (effect_ok (ctx, s, k + n, e))
    clause = _ds_phrase_dup (s, k + n, e, TRUE);
  else if ((clause = pronoun_effect (ctx, s, c, cut, k + n, e)) == NULL)
    return FALSE;
  return commit_cause (ctx, s, c, cut, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
}

/* ------------------------------------------------------------------ */
/* "Y. Akibatnya, X …", "Y. Hal ini menyebabkan X …"                   */

/* The first tokens of the sentence before a problem pointed at that
 * must point at nothing ("… and smaller members sign texts they did not
 * draft" names its own "they"). */
#define MIN_OWN_TOKENS 6

/* Tokens of the sentence before that a cause read from it may take. */
#define MAX_CAUSE_BEFORE_TOKENS 32

/* The cause the sentence before @s states, for a result @s draws from it
 * ("Akibatnya, …", "Hal ini menyebabkan …"): tokens [*a, *b) of @x, the
 * sentence before read again. It stands in the same paragraph, asks
 * nothing, and opens on a subject of its own (not "Hal ini", "Mereka",
 * "It"), with no word pointing back in its first words. */
/* Whether token @c of @s is English's "it" standing for what follows
 * ("It is hard to prove …", "It was agreed that …"): a be or a have,
 * then "to" or "that" within a few words; it points back at nothing. */
gboolean
_ds_expletive_it (const Sent *s,
                  guint       c,
                  guint       e)
{
  /* ("it is the hardest to detect", "it is easy to miss": a noun
   * phrase after the verb, or a verb with nothing after it, and "it"
   * is a thing named before.) */
  if (c + 3 >= e || !_ds_tok_is (&s->toks[c], "it") || !(s->toks[c + 1].flags & W_AUX) ||
      _ds_tok_is_article (&s->toks[c + 2]) || (s->toks[c + 2].flags & (W_DET | W_PRONOUN)))
    return FALSE;
  for (guint k = c + 2; k < e && k < c + 6; k++)
    if (_ds_tok_is (&s->toks[k], "to") || (s->toks[k].flags & W_THAT))
      return k + 3 < e;
  return FALSE;
}

/* "Sebelum 2019, izin … diterbitkan oleh tiga kementerian.", "Dalam
 * hukum laut, kapal di laut lepas tunduk pada …", "Before 2019, …": a
 * short phrase of time or frame after a preposition, closed by a comma,
 * opens a sentence whose whole the next one's result leans on; it is
 * part of the cause. Not a source ("Menurut Sari,", "According to
 * …": phrase list clause_attrib) nor a phrase that points back. */
static gboolean
time_or_frame_opening (Ctx        *ctx,
                       const Sent *x,
                       guint       c,
                       guint       e)
{
  if (_ds_tok_is (&x->toks[c], "menurut") || _ds_tok_is (&x->toks[c], "according") ||
      _ds_phrase_at (ctx, x, c, PL_CLAUSE_ATTRIB) > 0)
    return FALSE;
  for (guint k = c + 1; k < e && k <= c + 5; k++)
    {
      if (_ds_tok_is_punct (&x->toks[k], ','))
        return k > c + 1 && k + 4 < e;
      /* ("Sebelum PP 22/2022,": a number's slash.) */
      if (x->toks[k].verb ||
          (x->toks[k].type != TOK_WORD && x->toks[k].type != TOK_NUMBER && !_ds_tok_is_punct (&x->toks[k], '/')) ||
          (x->toks[k].flags & (W_ANAPHOR | W_PRONOUN | W_VAGUE | W_REPORT)) || _ds_tok_ends_nya (&x->toks[k]))
        return FALSE;
    }
  return FALSE;
}

static gboolean
cause_before_in (Ctx        *ctx,
                 const Sent *s,
                 Sent       *x,
                 guint      *a,
                 guint      *b,
                 gboolean    whole)
{
  guint c, e;
  gboolean it;

  if (s->first || ctx->prev.p == NULL || ctx->prev.block != s->block)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, x);
  e = _ds_body_end (x);
  c = _ds_clause_opening (x);
  /* A problem pointed at may follow a short aside ("In practice,",
   * "Dalam praktiknya,"), which is no part of it. */
  if (!whole && c != G_MAXUINT && (x->toks[c].flags & W_PREP))
    {
      for (guint k = c + 1; k < e && k <= c + 3; k++)
        {
          if (_ds_tok_is_punct (&x->toks[k], ','))
            {
              c = k + 1 < e ? k + 1 : G_MAXUINT;
              break;
            }
          if (x->toks[k].verb || x->toks[k].type != TOK_WORD)
            break;
        }
    }
  if (x->question || c == G_MAXUINT || e < c + 4 || e - c > MAX_CAUSE_BEFORE_TOKENS)
    return FALSE;
  /* "It is hard to prove who … . As a result, …": the sentence's "it"
   * stands for what it says next. */
  it = ctx->english && _ds_expletive_it (x, c, e);
  if ((!it && _ds_phrase_at (ctx, x, c, PL_DANGLING_OPENING) > 0) || x->toks[c].type != TOK_WORD ||
      _ds_tok_ends_nya (&x->toks[c]) ||
      (!it && (x->toks[c].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_THAT | W_RELATIVE | W_QUESTION))) ||
      (!it && (x->toks[c].flags & W_PREP) && !(whole && time_or_frame_opening (ctx, x, c, e))))
    return FALSE;
  /* "Pendapatan proyek tersebut …" leans on a sentence further back;
   * "The harbour authority doubled its fees" owns its fees itself. */
  /* "agendas that members cannot control": a relative "that" past the
   * subject points at nothing. */
  for (guint k = c + it; k < e && (whole || k < c + MIN_OWN_TOKENS); k++)
    if ((x->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) && !own_possessive (x, c, k) &&
        !(k > c + 1 && (x->toks[k].flags & W_THAT) && _ds_tok_nounish (&x->toks[k - 1]) && k + 1 < e &&
          !x->toks[k + 1].verb))
      return FALSE;
  *a = c;
  *b = e;
  return TRUE;
}

static gboolean
cause_before (Ctx        *ctx,
              const Sent *s,
              Sent       *x,
              guint      *a,
              guint      *b)
{
  return cause_before_in (ctx, s, x, a, b, TRUE);
}

/* Whether tokens [a, b) of a result's clause point at nothing outside
 * it: no pronoun or demonstrative ("negara itu", "it"), nothing that
 * stands for items said before ("ketiganya", "both"). */
static gboolean
result_self_contained (Ctx        *ctx,
                       const Sent *s,
                       guint       a,
                       guint       b)
{
  /* ("jumlah sebenarnya", "seperti biasanya": a word whose "-nya" owns
   * nothing, phrase list possessive_suffix_free, points at nothing.) */
  for (guint k = a; k < b; k++)
    if (((s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) ||
         (_ds_tok_ends_nya (&s->toks[k]) && !_ds_nominal_nya (s, k, b) &&
          _ds_phrase_at (ctx, s, k, PL_POSSESSIVE_SUFFIX_FREE) == 0)) &&
        !own_possessive (s, a, k))
      return FALSE;
    else if (_ds_phrase_at (ctx, s, k, PL_DANGLING_OPENING) > 0)
      return FALSE;
  return TRUE;
}

/* result_self_contained() of a reason asked by the whole sentence before
 * ("Singapura memimpin perundingan … . Hal ini disebabkan oleh kapasitas
 * teknisnya …", "This is due to its technical capacity"): an owner past
 * its first word ("-nya" on a noun, "its", "their" before a word) is
 * one the question names. */
static gboolean
reason_self_contained (Ctx        *ctx,
                       const Sent *s,
                       guint       a,
                       guint       b)
{
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];
      gboolean owner = k > a && ((_ds_tok_ends_nya (t) && !t->verb) ||
                                 ((_ds_tok_is (t, "its") || _ds_tok_is (t, "their")) && k + 1 < b &&
                                  s->toks[k + 1].type == TOK_WORD));

      if (!owner && (((t->flags & (W_ANAPHOR | W_PRONOUN)) && !own_possessive (s, a, k)) || _ds_tok_ends_nya (t) ||
                     _ds_phrase_at (ctx, s, k, PL_DANGLING_OPENING) > 0))
        return FALSE;
    }
  return TRUE;
}

/* has_clause() of a result's tokens [a, b); "tidak ada satu negara pun
 * yang mampu …" says of none (effect_none_opener), and its "yang" is
 * what the clause says of them. */
static gboolean
result_has_clause (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       b)
{
  guint none = _ds_phrase_at (ctx, s, a, PL_EFFECT_NONE_OPENER);

  if (none == 0)
    return has_clause (s, a, b);
  for (guint k = a + none; k < b; k++)
    if ((s->toks[k].flags & (W_CLAUSE | W_CONNECTIVE)) ||
        ((s->toks[k].flags & W_RELATIVE) && has_clause (s, k + 1, b)))
      return TRUE;
  return FALSE;
}

/* "Y. That is the problem.", "Y. Itulah masalahnya." (phrase list
 * problem_pointer, the whole sentence): the problem the author sees is
 * the sentence before, asked by the essay's title as "The problem is
 * that …" is, once an essay. */
static gboolean
problem_pointer (Ctx  *ctx,
                 Sent *s)
{
  guint a, b;
  Sent x;

  if (ctx->problem_asked || !cause_before_in (ctx, s, &x, &a, &b, FALSE))
    return FALSE;
  ctx->problem_asked = TRUE;
  return commit_cause_in (ctx, s, &x, a, b, ds_lang_expand (ctx->lang, "question_problem", "topic", ctx->title, NULL));
}

/* "Y. That is why X …", "Y. Itulah sebabnya X …" (phrase list
 * result_why_pointer; the clause from @c): asked why X, answered by the
 * sentence before. "That is why I argue that X", "Itulah sebabnya saya
 * berpendapat bahwa X": the author's stance (phrase list reason_author,
 * a verb, then "that"/"bahwa") is asked as the author's ("Why does the
 * author argue that X?", "Mengapa penulis berpendapat bahwa X?"). */
static gboolean
why_pointer (Ctx  *ctx,
             Sent *s,
             guint c,
             guint e)
{
  guint p = _ds_phrase_at (ctx, s, c, PL_REASON_AUTHOR), that = 0, a, b;
  g_autofree char *clause = NULL;
  char *question;
  Sent x;

  if (p > 0)
    for (guint k = c + p + 1; k < e && k <= c + p + 2 && that == 0; k++)
      if (s->toks[k].flags & W_THAT)
        that = k;
  if (that > 0)
    {
      if (!s->toks[c + p].verb || that + 3 >= e || !result_self_contained (ctx, s, that + 1, e) ||
          !_ds_side_ok (s, that + 1, e))
        return FALSE;
    }
  else if (!effect_ok (ctx, s, c, e) || result_has_clause (ctx, s, c, e) || !result_self_contained (ctx, s, c, e))
    return FALSE;
  /* "Indonesia perlu membentuk … . Itulah sebabnya …": a recommendation
   * (phrase list statement_advice) is no reason the sentence before gives. */
  if (_ds_toks_any_used (s, c, e) || !cause_before (ctx, s, &x, &a, &b) ||
      _ds_phrase_in (ctx, &x, a, b, PL_STATEMENT_ADVICE))
    return FALSE;
  if (that > 0)
    {
      clause = _ds_toks_dup (s, c + p, e);
      question = ds_lang_expand (ctx->lang, "question_why_author", "clause", clause, NULL);
    }
  else
    {
      clause = _ds_phrase_dup (s, c, e, TRUE);
      question = ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL);
    }
  return commit_cause_in (ctx, s, &x, a, b, question);
}

/* "Norma siber di PBB masih lemah. Hal ini terjadi karena negara besar
 * tidak saling percaya." → "Mengapa norma siber di PBB masih lemah?";
 * "… This is (largely) because …", "… The reason is that …", "…
 * Alasannya, …": the reason of what the sentence before states, which
 * is asked why and answered by the reason. A pointer and its verb
 * (phrase list reason_pointer: "hal ini terjadi", "this is"), maybe a
 * hedge, then the cue (reason_pointer_cue: "karena", "because"); or a
 * lead that needs none (reason_lead: "alasannya,", "the reason is
 * that"). The sentence before opens on a subject of its own and holds
 * one clause (cause_before(), effect_ok()); the reason points at
 * nothing. */
static gboolean
reason_across (Ctx  *ctx,
               Sent *s,
               guint e)
{
  guint n, k, a, b, owner;
  g_autofree char *clause = NULL;
  Sent x;

  if ((n = _ds_phrase_at (ctx, s, 0, PL_REASON_LEAD)) > 0)
    k = n;
  else if ((n = _ds_phrase_at (ctx, s, 0, PL_REASON_POINTER)) > 0)
    {
      guint m = 0;

      for (k = n; k < e && k < n + 3 && (m = _ds_phrase_at (ctx, s, k, PL_REASON_POINTER_CUE)) == 0; k++)
        if (s->toks[k].type != TOK_WORD ||
            (!(s->toks[k].flags & W_ADV) && _ds_phrase_at (ctx, s, k, PL_REASON_HEDGE) != 1))
          return FALSE;
      if (m == 0)
        return FALSE;
      k += m;
    }
  else
    return FALSE;
  if (k < e && (_ds_tok_is_punct (&s->toks[k], ',') || _ds_tok_is_punct (&s->toks[k], ':')))
    k++;
  /* ("terbatasnya jumlah diplomat": the state's "-nya" is of what
   * follows it.) */
  /* "This is due to its technical capacity", "karena senatnya sibuk
   * …": the owner the question names opens the reason ("their own
   * decision" says nothing). */
  owner = k + 2 < e &&
          (ctx->english ? (_ds_tok_is (&s->toks[k], "its") || _ds_tok_is (&s->toks[k], "their")) &&
                              !_ds_tok_is (&s->toks[k + 1], "own")
                        : _ds_tok_ends_nya (&s->toks[k]) && !s->toks[k].verb &&
                              !(s->toks[k].flags & (W_FUNCTION | W_VAGUE)) &&
                              _ds_phrase_at (ctx, s, k, PL_DEFS_STATE_HEAD) == 0);
  if (k >= e || !state_side_ok (ctx, s, k + owner, e) ||
      !reason_self_contained (ctx, s, k + (ctx->english || owner ? owner : _ds_phrase_at (ctx, s, k, PL_DEFS_STATE_HEAD)), e) ||
      _ds_toks_any_used (s, k, e) ||
      !cause_before (ctx, s, &x, &a, &b) || !effect_ok (ctx, &x, a, b) || has_clause (&x, a, b))
    return FALSE;
  clause = _ds_phrase_dup (&x, a, b, TRUE);
  return commit_cause (ctx, s, k, e, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
}

/* "Pendapatan pelabuhan jauh di bawah perkiraan. Akibatnya, cicilan
 * utang naik menjadi 40 persen." → "Mengapa cicilan utang naik menjadi
 * 40 persen?", answered by the sentence before; "Dampaknya, …", "Oleh
 * karena itu, …", "As a result, …", "Consequently, …" the same (phrase
 * list result_opener), unless the essay concludes there (the thesis
 * rules' "Oleh karena itu"). "Hal ini menyebabkan X", "This led to X" →
 * "Apa yang menyebabkan X?", "What led to X?", answered the same way. */
/* Where a result opener (phrase list result_opener: "therefore",
 * "thus", "karena itu" …) stands inside a clause, between a subject of
 * one to six plain words (an auxiliary after it: "is therefore") and
 * the verb that follows within three words ("Cross-border requests
 * therefore still depend on …"); 0 when there is none. *@n receives
 * the opener's tokens. */
static guint
mid_opener (Ctx        *ctx,
            const Sent *s,
            guint       e,
            guint      *n)
{
  for (guint p = 1; p < e && p <= 7; p++)
    {
      const Tok *t = &s->toks[p];
      guint m, q;

      if (t->type != TOK_WORD || (t->verb && !(t->flags & W_AUX)))
        return 0;
      if ((m = _ds_phrase_at (ctx, s, p, PL_RESULT_OPENER)) == 0)
        continue;
      q = p + m + (p + m < e && _ds_tok_is_punct (&s->toks[p + m], ','));
      for (guint k = q; k < e && k < q + 3; k++)
        if (s->toks[k].type != TOK_WORD)
          return 0;
        /* (An English verb the lexicon does not know, "lease", is any
         * lower-case word that is no function word.) */
        else if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & W_AUX) ||
                 (ctx->english && !s->toks[k].cap && !(s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_VAGUE))))
          {
            *n = m;
            return p;
          }
        else if (!(s->toks[k].flags & W_ADV))
          return 0;
      return 0;
    }
  return 0;
}

gboolean
_ds_find_result_across (Ctx  *ctx,
                        Sent *s)
{
  guint e = _ds_body_end (s), n, a, b, v, end, c;
  const char *rest;
  Sent x;

  /* The opener is no part of what else the sentence gave (a figure's
   * blank). */
  if (s->first || ctx->prev.p == NULL || _ds_toks_any_used (s, 0, 2))
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, 0, PL_RESULT_OPENER)) > 0)
    {
      g_autofree char *clause = NULL;
      /* "Thus many embassies …", "Karena itu setiap negara …": the comma
       * after the opener may be left out; effect_ok() still wants the
       * clause's own subject. */
      guint o = n + (n < e && _ds_tok_is_punct (&s->toks[n], ','));
      /* "para pengungsi", "sejumlah negara": the determiner opens the
       * subject (English ones hold owners, "their", and stay out). */
      guint d = o + (o + 1 < e && (s->toks[o].flags & W_DET) &&
                     !(ctx->english && (s->toks[o].flags & W_PRONOUN)));

      if (o >= e || (o == n && s->toks[n].type == TOK_PUNCT) || !effect_ok (ctx, s, d, e) ||
          result_has_clause (ctx, s, o, e) || !result_self_contained (ctx, s, o, e) ||
          ((_ds_phrase_at (ctx, s, 0, PL_CLOSING_MARKER) > 0 ||
            _ds_phrase_at (ctx, s, 0, PL_CONSEQUENCE_MARKER) > 0) && _ds_sentence_concludes (ctx, s)) ||
          !cause_before (ctx, s, &x, &a, &b))
        return FALSE;
      clause = _ds_phrase_dup (s, o, e, TRUE);
      return commit_cause_in (ctx, s, &x, a, b, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
    }
  /* "Cross-border evidence requests therefore still depend on …",
   * "Paradiplomasi daerah karena itu bergantung pada …": the opener
   * inside the clause, after its subject, makes it the result of what
   * the sentence before said as one opening the sentence does; asked
   * why of the clause without it. */
  if (_ds_sent_may_start (s, HOT_RESULT_OPENER) && (c = mid_opener (ctx, s, e, &n)) > 0)
    {
      g_autofree char *head = NULL;
      g_autofree char *tail = NULL;
      g_autofree char *clause = NULL;
      guint q = c + n + (c + n < e && _ds_tok_is_punct (&s->toks[c + n], ','));

      /* (The English opener is a connective: the clause is read
       * without it.) */
      if (!effect_ok (ctx, s, 0, e) || result_has_clause (ctx, s, 0, c) || result_has_clause (ctx, s, q, e) ||
          !result_self_contained (ctx, s, 0, e) ||
          !cause_before (ctx, s, &x, &a, &b))
        return FALSE;
      head = _ds_phrase_dup (s, 0, c, TRUE);
      tail = _ds_toks_dup (s, q, e);
      clause = g_strconcat (head, " ", tail, NULL);
      return commit_cause_in (ctx, s, &x, a, b, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
    }
  if ((n = _ds_phrase_at (ctx, s, 0, PL_PROBLEM_POINTER)) > 0 && n == e)
    return problem_pointer (ctx, s);
  if ((n = _ds_phrase_at (ctx, s, 0, PL_RESULT_WHY_POINTER)) > 0)
    return why_pointer (ctx, s, n + (n < e && _ds_tok_is_punct (&s->toks[n], ',')), e);
  if (reason_across (ctx, s, e))
    return TRUE;
  /* "Hal ini (juga) menyebabkan …", "This led to …", "Hal ini mendorong
   * …". */
  if ((n = _ds_phrase_at (ctx, s, 0, PL_RESULT_PRONOUN)) == 0 || _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  for (v = n; v < e && (s->toks[v].flags & (W_AUX | W_ADV)); v++)
    ;
  c = v;
  /* "Hal ini mendorong …", "This prompted …": a verb that an actor would
   * push with (phrase list result_pronoun_verb) is a cause's when what
   * the sentence before said is its subject. */
  if (v >= e || ((rest = _ds_lexicon_other_forms (ctx, &s->toks[v], "cause_verb")) == NULL &&
                 (rest = _ds_lexicon_other_forms (ctx, &s->toks[v], "result_pronoun_verb")) == NULL) ||
      !particles_follow (s, v + 1, rest, &end) || !_ds_side_ok (s, end, e) ||
      !result_self_contained (ctx, s, end, e) || !cause_before (ctx, s, &x, &a, &b))
    return FALSE;
  {
    g_autofree char *verb = c > n || !ctx->english ? _ds_toks_dup (s, n, end) : g_strdup (rest);
    g_autofree char *effect = _ds_phrase_dup (s, end, e, FALSE);

    return commit_cause_in (ctx, s, &x, a, b,
                                ds_lang_expand (ctx->lang, "question_cause", "verb", verb, "effect", effect, NULL));
  }
}

/* Whether the English clause [@a, @b) is told in the past: a past form
 * of the phrase list when_past ("was", "had", "broke", "took") or a verb
 * in "-ed" (not "exceed") in its verb group (_ds_en_past_at()). */
static gboolean
clause_past (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || t->cap || !_ds_en_past_at (ctx, s, k))
        continue;
      if (_ds_phrase_at (ctx, s, k, PL_WHEN_PAST) == 1)
        return TRUE;
      /* ("in several allied states": after a determiner, a quantifier
       * or a preposition a word in "-ed" describes a noun.) */
      if (t->verb && k > a && !(s->toks[k - 1].flags & (W_DET | W_QUANT | W_PREP)) &&
          !_ds_tok_is_article (&s->toks[k - 1]))
        return TRUE;
    }
  return FALSE;
}

/* "The Stuxnet attack damaged Iranian centrifuges, which led to a global
 * debate on cyber weapons", "Wabah WannaCry melumpuhkan rumah sakit
 * Inggris pada 2017, yang mendorong aturan baru …": a relative after a
 * comma that opens on a verb of causing (phrase lists cause_verb,
 * result_pronoun_verb) stands for the whole clause before it, whose
 * result it names → "What led to a global debate on cyber weapons?",
 * "Apa yang mendorong aturan baru …?", answered by that clause; its date
 * is asked besides, by the rules of dates. */
gboolean
_ds_find_which_led (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), k, v, end, ce = 0;
  const char *rest = NULL;

  if (c == G_MAXUINT || _ds_toks_any_used (s, c, c + 1))
    return FALSE;
  /* "…, leading to a public inquiry", "…, prompting the ministry to …":
   * a participle of causing (phrase list cause_participle, its past
   * form after a clause told in the past: cause_participle_past) after
   * the comma says what the clause before led to, as "which led to"
   * does. Another participle after a comma ("…, citing security
   * risks, leading to …") is an aside of the clause: the scan goes on
   * past it, and the clause the cause is ends before it. */
  for (k = c + 4; k + 3 < e; k++)
    {
      if (!_ds_tok_is_punct (&s->toks[k - 1], ','))
        continue;
      if (s->toks[k].flags & W_RELATIVE)
        break;
      if (ctx->english && _ds_tok_ing_word (&s->toks[k]))
        {
          if (_ds_sent_may_start (s, HOT_CAUSE_PARTICIPLE) &&
              (rest = _ds_lexicon_other_forms (ctx, &s->toks[k],
                                               clause_past (ctx, s, c, ce > 0 ? ce : k - 1) ? "cause_participle_past"
                                                                                             : "cause_participle")) != NULL)
            break;
          if (ce == 0)
            ce = k - 1;
        }
    }
  if (k + 3 >= e)
    return FALSE;
  if (ce == 0)
    ce = k - 1;
  v = rest != NULL ? k : k + 1;
  if ((rest == NULL && (rest = _ds_lexicon_other_forms (ctx, &s->toks[v], "cause_verb")) == NULL &&
       (rest = _ds_lexicon_other_forms (ctx, &s->toks[v], "result_pronoun_verb")) == NULL) ||
      !particles_follow (s, v + 1, rest, &end) || !_ds_side_ok (s, end, e) || !result_self_contained (ctx, s, end, e) ||
      _ds_toks_any_used (s, end, e) || !effect_ok (ctx, s, c, ce) || !result_self_contained (ctx, s, c, ce))
    return FALSE;
  {
    g_autofree char *verb = !ctx->english ? _ds_toks_dup (s, v, end) : g_strdup (rest);
    g_autofree char *effect = _ds_phrase_dup (s, end, e, FALSE);
    DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, c, ce);
    g_autofree char *question = ds_lang_expand (ctx->lang, "question_cause", "verb", verb, "effect", effect, NULL);

    claim->question = ds_utf8_capitalize (question);
    _ds_toks_mark_used (s, end, e);
    return _ds_claim_commit (ctx, claim);
  }
}

/* ------------------------------------------------------------------ */
/* "X, fearing Y", "X, citing Y"                                       */

/* "Coastal states long resisted the treaty, fearing the loss of their
 * fishing rights." → "… what is the reason that coastal states long
 * resisted the treaty?", answered by the participle's phrase: a motive
 * after the comma (phrase list motive_participle) closing the sentence,
 * the clause before with its own subject. */
gboolean
_ds_find_motive (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), k, n = 0, a;
  g_autofree char *clause = NULL;

  if (c == G_MAXUINT || _ds_toks_any_used (s, 0, s->n) || !_ds_sent_may_start (s, HOT_MOTIVE_PARTICIPLE))
    return FALSE;
  for (k = c + 3; k + 2 < e && n == 0; k++)
    if (_ds_tok_is_punct (&s->toks[k - 1], ',') && (n = _ds_phrase_at (ctx, s, k, PL_MOTIVE_PARTICIPLE)) > 0)
      break;
  /* "Insurers raised their premiums": a possessive later in the clause
   * leans on its own subject. */
  a = c + (c + 1 < e && _ds_tok_is_article (&s->toks[c]));
  if (n == 0 || k - 1 < a + 3 || k - 1 - c > MAX_EFFECT_TOKENS || s->toks[a].type != TOK_WORD || s->toks[a].verb ||
      (s->toks[a].flags & (W_FUNCTION | W_PRONOUN | W_VAGUE | W_QUESTION)) || _ds_tok_ends_nya (&s->toks[a]) ||
      (s->toks[a + 1].flags & (W_ANAPHOR | W_PRONOUN)) || has_clause (s, c, k - 1) || e - k > MAX_SIDE_TOKENS ||
      _ds_count_words (s, k + n, e) < MIN_SIDE_WORDS)
    return FALSE;
  for (guint j = k; j < e; j++)
    if (_ds_tok_is_punct (&s->toks[j], ',') || _ds_tok_is_punct (&s->toks[j], ';'))
      return FALSE;
  clause = _ds_phrase_dup (s, c, k - 1, TRUE);
  return commit_cause (ctx, s, k, e, ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL));
}

/* ------------------------------------------------------------------ */
/* A handout's arrow: "1993 --> treaty signed", "weak funding -> …"    */

/* Whether tokens [@a, @b) are a date a timeline line opens with: a
 * year, a range of years ("1998–2003", "1998-2003") or a whole date. */
static gboolean
arrow_date (const Sent *s,
            guint       a,
            guint       b)
{
  const Tok *t = &s->toks[a];
  gboolean year = _ds_tok_is_year (t);

  /* "1969-1974", one token */
  if (a + 1 == b && t->len == 9 && t->p[4] == '-' && g_ascii_isdigit (t->p[0]) && g_ascii_isdigit (t->p[3]) &&
      g_ascii_isdigit (t->p[5]) && g_ascii_isdigit (t->p[8]))
    return TRUE;
  if (a + 1 == b)
    return year;
  if (year && a + 3 == b && (_ds_tok_is_punct (&s->toks[a + 1], 0x2013) || _ds_tok_is_punct (&s->toks[a + 1], '-')) &&
      s->toks[a + 2].type == TOK_NUMBER && s->toks[a + 2].len == 4)
    return TRUE;
  return _ds_read_date (s, a, b) == b;
}

/* Whether tokens [@a, @b) name a cause a lecturer writes before an arrow
 * ("Weak funding", "Inspeksi lemah"): a short noun phrase, no verb, no
 * pointer, not a label in capitals ("FRAMING", "MIDDLE POWERS"), which
 * a list of factors asks by itself. */
static gboolean
arrow_cause (const Sent *s,
             guint       a,
             guint       b)
{
  gboolean lower = FALSE;

  if (!_ds_side_ok (s, a, b) || _ds_count_words (s, a, b) > 5)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->verb || t->type == TOK_NUMBER || (t->flags & (W_AUX | W_FUNCTION)))
        return FALSE;
      lower |= t->type == TOK_WORD && !_ds_tok_is_acronym (t);
    }
  return lower;
}

/* Whether the heading @ctx reads under names actors ("Aktor utama",
 * "Lembaga yang terlibat", "Key actors", "Main institutions": a word of
 * the phrase list actor_heading). */
gboolean
_ds_topic_names_actors (Ctx *ctx)
{
  Sent h;

  if (ctx->topic == NULL)
    return FALSE;
  /* (Its head: one of its first two words; "Effects on agencies" names
   * effects.) */
  _ds_text_tokenize (ctx, ctx->topic, &h);
  for (guint k = 0, words = 0; k < h.n && words < 2; k++)
    if (h.toks[k].type == TOK_WORD && !_ds_tok_is (&h.toks[k], "the"))
      {
        if (_ds_phrase_at (ctx, &h, k, PL_ACTOR_HEADING) > 0)
          return TRUE;
        words++;
      }
  return FALSE;
}

/* "ITU -> standar teknis telekomunikasi", "ICANN → domain names and IP
 * addresses": under a heading that names actors, a body's name in
 * [a, r) (an acronym, a name, or up to five words and no verb) before the arrow
 * at @r and a noun phrase after it to @e (two words at least, in lower
 * case, no verb first, no second arrow) — what the body does or answers
 * for, asked "Apa peran ITU?", "What is the role of ITU?" (template
 * question_arrow_role). Returns whether the claim was made. */
gboolean
_ds_arrow_role (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       r,
                guint       e)
{
  const Tok *first = &s->toks[r + 1];
  g_autofree char *actor = NULL;
  DsClaim *claim;

  if (r == a || r > a + 5 || r + 3 > e || first->type != TOK_WORD || first->cap || first->verb ||
      (first->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)) || _ds_count_words (s, r + 1, e) < 2 ||
      !_ds_topic_names_actors (ctx))
    return FALSE;
  /* ("Regional registries ->": a body named by what it is, no verb.) */
  for (guint k = a; k < r; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].verb && !s->toks[k].cap) ||
        (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_AUX)))
      return FALSE;
  if (r == a + 1 && !_ds_tok_is_acronym (&s->toks[a]) && !_ds_tok_known_name (ctx, &s->toks[a]))
    return FALSE;
  /* (A noun phrase: "citizens cannot renew documents" is an effect.) */
  for (guint k = r + 1; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], DS_ARROW) || (s->toks[k].flags & W_AUX) ||
        (k < r + 4 && s->toks[k].verb && !s->toks[k].cap && !(s->toks[k].flags & W_NOUN)))
      return FALSE;
  actor = _ds_phrase_dup (s, a, r, TRUE);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, r + 1, e);
  claim->question = ds_lang_expand (ctx->lang, "question_arrow_role", "actor", actor, NULL);
  return _ds_claim_commit (ctx, claim);
}

/* Words a body's task after its arrow takes at most. */
#define ARROW_TASK_MAX_WORDS 16

/* Whether the token at @k, first after an arrow, is a verb in the
 * present: one the lexicon knows, or an English word in "-s"
 * ("regulates", "settles"; not "-ss", "-us", "-is"); no auxiliary and no
 * "of" after it ("mines were …", "pictures of …" are a subject and a
 * noun). */
static gboolean
task_verb (Ctx        *ctx,
           const Sent *s,
           guint       k)
{
  const Tok *t = &s->toks[k], *next = &s->toks[k + 1];

  if (t->type != TOK_WORD || t->cap || (t->flags & (W_FUNCTION | W_PRONOUN | W_NOUN)) ||
      (next->flags & W_AUX) || _ds_tok_is (next, "of"))
    return FALSE;
  if (t->verb)
    return TRUE;
  /* ("batteries need …", "samples show …": a plural and its verb, a
   * plain word in lower case with no "-s", "-ing" or "-ed" of its own;
   * "regulates mining", "settles disputes" read on.) */
  if (next->type == TOK_WORD && !next->cap && !(next->flags & W_FUNCTION) && next->len >= 3 &&
      ds_ascii_tolower (next->p[next->len - 1]) != 's' && ds_ascii_strncasecmp (next->p + next->len - 3, "ing", 3) != 0 &&
      (ds_ascii_strncasecmp (next->p + next->len - 2, "ed", 2) != 0 || ds_ascii_strncasecmp (next->p + next->len - 3, "eed", 3) == 0))
    return FALSE;
  return ctx->english && t->len >= 4 && ds_ascii_tolower (t->p[t->len - 1]) == 's' &&
         strchr ("sui", ds_ascii_tolower (t->p[t->len - 2])) == NULL;
}

/* "ISA -> regulates mining of the deep seabed", "ITLOS (tribunal) ->
 * settles disputes …", "BSSN -> mengoordinasikan keamanan siber": a
 * body's name in [@a, @r) — an acronym or a known name, or up to five
 * words in capitals with an acronym among them — with a gloss in brackets or none, before the arrow
 * at @r, and a verb in the present after it: what the body does, asked
 * "What does ISA do?", "Apa tugas BSSN?" (template
 * question_statement_task), under any heading. Returns whether the
 * claim was made. */
gboolean
_ds_arrow_task (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       r,
                guint       e)
{
  guint b = r;
  g_autofree char *actor = NULL;
  DsClaim *claim;

  gboolean acronym = FALSE;

  if (r + 3 > e || !task_verb (ctx, s, r + 1) || _ds_count_words (s, r + 1, e) > ARROW_TASK_MAX_WORDS)
    return FALSE;
  /* ("ITU-R (Radiokomunikasi) ->": the bracket glosses the name.) */
  if (b > a + 2 && _ds_tok_is_punct (&s->toks[b - 1], ')'))
    {
      while (b > a && !_ds_tok_is_punct (&s->toks[b - 1], '('))
        b--;
      b = b > a ? b - 1 : a;
    }
  if (b == a || b > a + 5)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      if (s->toks[k].type != TOK_WORD || (!s->toks[k].cap && !(k > a && (s->toks[k].flags & W_PREP))) ||
          (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
        return FALSE;
      acronym |= _ds_tok_is_acronym (&s->toks[k]);
    }
  /* (A person's name, "Mochtar Mas'oed -> membedakan …", gives a view,
   * no task: a body's name holds an acronym, or is one the text knows.) */
  if (!acronym && !(b == a + 1 && _ds_tok_known_name (ctx, &s->toks[a])))
    return FALSE;
  for (guint k = r + 1; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], DS_ARROW))
      return FALSE;
  actor = _ds_toks_dup (s, a, b);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, r + 1, e);
  claim->question = ds_lang_expand (ctx->lang, "question_statement_task", "subject", actor, NULL);
  return _ds_claim_commit (ctx, claim);
}

/* "- krisis rudal Kuba → hotline Washington–Moskow", "- data
 * localisation → higher cloud costs": a line that is a cause and its
 * outcome, both noun phrases: two to five words before the one arrow
 * (no verb, no figure, a word in lower case: arrow_cause), two to
 * fourteen after it, no verb, pronoun or function word first ("→
 * menunjukkan …", "→ beda dgn …" gloss), no semicolon. */
gboolean
_ds_arrow_cause_line (Ctx        *ctx,
                      const Sent *s)
{
  guint e = _ds_body_end (s), r;
  const Tok *first;

  for (r = 0; r < e && r < 8 && !_ds_tok_is_punct (&s->toks[r], DS_ARROW); r++)
    ;
  if (r < 2 || r >= e || r >= 8 || r + 2 >= e || !arrow_cause (s, 0, r) || _ds_count_words (s, 0, r) < 2 ||
      !_ds_side_ok (s, r + 1, e) || _ds_count_words (s, r + 1, e) < 2 || _ds_count_words (s, r + 1, e) > 14)
    return FALSE;
  first = &s->toks[r + 1];
  /* (An outcome opens in lower case: "→ Camat Penjaringan", "→ Vienna
   * Convention" name who or what answers a label.) */
  if (first->type != TOK_WORD || first->cap || first->verb ||
      (first->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_AUX | W_PREP)))
    return FALSE;
  for (guint k = r + 1; k < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], DS_ARROW) || _ds_tok_is_punct (&s->toks[k], ';') ||
        s->toks[k].type == TOK_NUMBER || _ds_tok_is (&s->toks[k], "yang") || _ds_tok_is (&s->toks[k], "that") ||
        _ds_tok_is (&s->toks[k], "which") || _ds_tok_is (&s->toks[k], "who") || _ds_tok_is (&s->toks[k], "sebagai") ||
        (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  /* (Under a heading that names actors, "ITU → …" is a role.) */
  if (_ds_topic_names_actors (ctx))
    return FALSE;
  /* (A cause of words alone — "**E**konomi" spells a mnemonic —, none
   * a label's "utama", "main", none a contrast's "vs"; one in lower case:
   * "Uni Eropa → GDPR 2018" names an actor and its act.) */
  for (guint k = 0; k < r; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].len < 2 || _ds_tok_is (&s->toks[k], "utama") || _ds_tok_is (&s->toks[k], "main") ||
        _ds_tok_is (&s->toks[k], "key") || _ds_phrase_at (ctx, s, k, PL_CONTRAST_VERSUS) == 1)
      return FALSE;
  for (guint k = 0; k < r; k++)
    if (!s->toks[k].cap && !_ds_tok_is_acronym (&s->toks[k]))
      return TRUE;
  return FALSE;
}

/**
 * _ds_find_arrow_line:
 *
 * A line of notes with an arrow (DS_ARROW, whatever the text writes):
 * "1992 --> six NGOs launch the campaign", "1998–2003 → fase pertama" is
 * a dated event, asked "What happened in 1992?" and answered by what
 * follows the arrow up to a semicolon or a second arrow; "Weak funding
 * --> clearance slows down" says that the cause leads to the effect,
 * asked "What does weak funding lead to?". Either way the line is no
 * definition of what stands before the arrow, and the line is read no
 * more. A cause or an effect that is not a plain phrase gives no card.
 *
 * Returns: whether the line was taken
 */
gboolean
_ds_find_arrow_line (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), r, end, a = 0;
  const DsBlock *item = ds_essay_get_block (ctx->essay, s->block);
  gboolean bullet;
  g_autofree char *head = NULL;
  DsClaim *claim;

  /* "Tahun 1993 →", "Pada 1993 →" */
  if (a + 1 < e && (_ds_tok_is (&s->toks[a], "tahun") || _ds_tok_is (&s->toks[a], "pada") ||
                    _ds_tok_is (&s->toks[a], "in") || _ds_tok_is (&s->toks[a], "year")))
    a++;
  for (r = a; r < e && r < a + 8 && !_ds_tok_is_punct (&s->toks[r], DS_ARROW); r++)
    ;
  if (r == a || r >= e || r >= a + 8 || _ds_toks_any_used (s, 0, e))
    return FALSE;
  for (end = r + 1; end < e && !_ds_tok_is_punct (&s->toks[end], ';') && !_ds_tok_is_punct (&s->toks[end], DS_ARROW);
       end++)
    ;
  if (arrow_date (s, a, r))
    {
      if (_ds_count_words (s, r + 1, end) < 2 || s->toks[r + 1].type == TOK_PUNCT)
        return FALSE;
      head = _ds_toks_dup (s, a, r);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DATE, r + 1, end);
      claim->question = ds_lang_expand (ctx->lang, _ds_date_names_day (s, a, r) ? "question_arrow_when_day"
                                                                                  : "question_arrow_when",
                                        "date", head, NULL);
      _ds_toks_mark_used (s, 0, s->n);
      _ds_claim_commit (ctx, claim);
      return TRUE;
    }
  /* "ITU -> standar teknis telekomunikasi" under "Aktor utama", "Key
   * actors": a body's name and what it does. */
  if (a == 0 && end == e && (_ds_arrow_role (ctx, s, 0, r, e) || _ds_arrow_task (ctx, s, 0, r, e)))
    {
      _ds_toks_mark_used (s, 0, s->n);
      return TRUE;
    }
  /* A list's item ("1. FRAMING --> …") belongs to its list. */
  /* (A bulleted cause and its outcome is read as any other line.) */
  bullet = item->kind == DS_BLOCK_LIST_ITEM && item->list_style == DS_LIST_BULLET && a == 0 &&
           _ds_arrow_cause_line (ctx, s);
  if ((item->kind == DS_BLOCK_LIST_ITEM && !bullet) || a > 0 || end != e ||
      !arrow_cause (s, 0, r) || !_ds_side_ok (s, r + 1, e) || _ds_count_words (s, r + 1, e) > 14)
    {
      _ds_toks_mark_used (s, 0, r + 1);
      return FALSE;
    }
  /* "- soal lain → mayoritas sederhana", "- negara lainnya → …", "-
   * other questions → simple majority", "- the rest → …": a cause that
   * is the others of the lines above says nothing alone ("Apa akibat
   * soal lain?"). */
  if (_ds_tok_is (&s->toks[r - 1], "lain") || _ds_tok_is (&s->toks[r - 1], "lainnya") ||
      _ds_tok_is (&s->toks[0], "other") || _ds_tok_is (&s->toks[0], "others") ||
      (r > 1 && _ds_tok_is (&s->toks[0], "the") && (_ds_tok_is (&s->toks[1], "other") || (r == 2 && _ds_tok_is (&s->toks[1], "rest")))))
    {
      _ds_toks_mark_used (s, 0, s->n);
      return TRUE;
    }
  head = _ds_phrase_dup (s, 0, r, TRUE);
  return commit_cause (ctx, s, r + 1, e, ds_lang_expand (ctx->lang, "question_arrow_effect", "cause", head, NULL));
}

/* ------------------------------------------------------------------ */
/* "X menjadi Y apabila …", "X becomes Y when …"                       */

/* Tokens the predicate asked and the condition may take. */
#define MAX_CONDITION_PREDICATE 10

/* The English auxiliary the question puts before its subject for the
 * verb at @v ("can", "is"; "does" for "becomes", "do" for "become"), or
 * NULL when the verb is in the past or no verb of the present; *@base
 * receives the verb's base form when "do" is added. */
static const char *
condition_aux (const Sent *s,
               guint       v,
               gboolean    verb,
               char      **base)
{
  const Tok *t = &s->toks[v];

  *base = NULL;
  if (t->flags & W_AUX)
    return _ds_tok_is (t, "was") || _ds_tok_is (t, "were") || _ds_tok_is (t, "did") || _ds_tok_is (t, "had") ? NULL : "";
  if (!(t->verb || verb) || t->len < 4 || t->p[t->len - 1] == 'd')
    return NULL;
  if (t->p[t->len - 1] != 's')
    {
      *base = g_ascii_strdown (t->p, t->len);
      return "do";
    }
  /* "applies" → "apply", "reaches" → "reach", "becomes" → "become". */
  if (t->len > 4 && strncmp (t->p + t->len - 3, "ies", 3) == 0)
    *base = g_strdup_printf ("%.*sy", (int) t->len - 3, t->p);
  else if (t->len > 4 && (strncmp (t->p + t->len - 4, "ches", 4) == 0 || strncmp (t->p + t->len - 4, "shes", 4) == 0 ||
                          strncmp (t->p + t->len - 4, "sses", 4) == 0 || strncmp (t->p + t->len - 3, "xes", 3) == 0))
    *base = g_strndup (t->p, t->len - 2);
  else
    *base = g_strndup (t->p, t->len - 1);
  return "does";
}

/* "Fleets usually began to reflag when …": the word read as the verb is
 * an adverb, and the verb after it is in the past ("-ed", or the phrase
 * list when_past): "do" before it would ask "When do fleets usually
 * began …?". */
static gboolean
past_after_adverb (Ctx        *ctx,
                   const Sent *s,
                   guint       v,
                   guint       k)
{
  for (guint j = v; j < k && j <= v + 2; j++)
    {
      const Tok *t = &s->toks[j];

      if (t->type != TOK_WORD)
        return FALSE;
      if (_ds_phrase_at (ctx, s, j, PL_WHEN_PAST) == 1 || (j > v && !t->cap && _ds_tok_ed_word (t)))
        return TRUE;
      if (!((t->flags & W_ADV) || _ds_tok_ly_adverb (t)))
        return FALSE;
    }
  return FALSE;
}

/* Whether the clause's first word @o, before its verb, names the subject
 * on its own ("Cooperation", "Bahasa"), as a side of two words would. */
static gboolean
condition_subject_ok (const Sent *s,
                      guint       o)
{
  const Tok *t = &s->toks[o];

  return t->type == TOK_WORD && t->len > 3 && !_ds_tok_ends_nya (t) &&
         !(t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_PREP | W_THAT | W_RELATIVE | W_QUESTION | W_AUX |
                       W_CONNECTIVE | W_ADV | W_DET));
}

/* "Bahasa menjadi sumber pengaruh apabila A. Bahasa menjadi sumber
 * pengaruh apabila B.", "X penting karena A. X juga penting karena B.":
 * a paragraph that gives the same subject and predicate several
 * conditions or reasons asks them once, together — the claim of one of
 * the two sentences before, asked by the same @question, takes this
 * one's @answer after its own. */
gboolean
_ds_answer_join (Ctx        *ctx,
                 Sent       *s,
                 const char *question,
                 const char *answer)
{
  if (ctx->prev.block != s->block || ctx->prev.p == NULL)
    return FALSE;
  for (guint i = ctx->claims->len; i > 0 && i + 4 > ctx->claims->len; i--)
    {
      DsClaim *claim = g_ptr_array_index (ctx->claims, i - 1);
      guint n = 0;
      char *joined;

      if (claim->kind != DS_CLAIM_FACT || claim->rule != DS_CLAIM_RULE_REPORT || claim->question == NULL ||
          (claim->end != ctx->prev.end_char && (ctx->prev2.block != s->block || claim->end != ctx->prev2.end_char)) ||
          g_ascii_strcasecmp (claim->question, question) != 0)
        continue;
      /* Four at most: a longer run is no answer to recall. */
      for (const char *p = strstr (claim->subject, "; "); p != NULL; p = strstr (p + 2, "; "))
        n++;
      if (n >= 3)
        return FALSE;
      joined = g_strdup_printf ("%s; %s", claim->subject, answer);
      g_free (claim->subject);
      claim->subject = joined;
      _ds_claim_extend (ctx, claim, s->end_char, s->end);
      _ds_toks_mark_used (s, 0, s->n);
      return TRUE;
    }
  return FALSE;
}

/* "Kerja sama menjadi tahan lama apabila setiap negara …" → "Kapan kerja
 * sama menjadi tahan lama?", "Cooperation becomes durable when each
 * state …" → "When does cooperation become durable?": a named subject,
 * its predicate and, after a cue of the phrase list condition_cue, the
 * condition that answers. English asks only in the present ("The talks
 * collapsed when …" tells a time, not a condition). */
static gboolean
find_condition_in (Ctx  *ctx,
                   Sent *s)
{
  guint e = _ds_body_end (s), o = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD), v, k, n = 0, a, sv;
  g_autofree char *subject = NULL;
  g_autofree char *predicate = NULL;
  g_autofree char *base = NULL;
  g_autofree char *aux_text = NULL;
  g_autofree char *question = NULL;
  g_autofree char *raw = NULL;
  const char *aux = NULL;
  /* "works best", "paling efektif": a predicate the lexicon may not know
   * as a verb. */
  gboolean pv = FALSE;
  gboolean unless = FALSE;

  /* "Selain itu, …", "Moreover, …": the clause after its link. */
  o = o > 0 && o < s->n && _ds_tok_is_punct (&s->toks[o], ',') ? o + 1 : _ds_clause_opening (s);
  if (o == G_MAXUINT || o + 6 > s->n || _ds_toks_any_used (s, 0, s->n) || s->toks[o].type != TOK_WORD)
    return FALSE;
  /* "Joint commissions work …": an English plural before a verb is the
   * subject's noun, not its verb. */
  for (v = o + 1; v < e && v <= o + MAX_SIDE_TOKENS; v++)
    {
      const Tok *t = &s->toks[v];

      if (t->type == TOK_PUNCT)
        {
          if (!_ds_side_punct (t))
            return FALSE;
          continue;
        }
      if (t->verb || (t->flags & W_AUX))
        {
          if (!(ctx->english && v + 1 < e && !(t->flags & W_AUX) && t->p[t->len - 1] == 's' &&
                (s->toks[v + 1].verb || (s->toks[v + 1].flags & W_AUX))))
            break;
          continue;
        }
      if ((pv = _ds_phrase_at (ctx, s, v, PL_CONDITION_PREDICATE) > 0))
        break;
    }
  if (v >= e || v > o + MAX_SIDE_TOKENS)
    return FALSE;
  /* "Bahasa juga menjadi …", "Reserves also become …": the adverb that
   * adds a condition is no part of the subject. */
  sv = v > o + 1 && _ds_phrase_at (ctx, s, v - 1, PL_CONDITION_AGAIN) == 1 ? v - 1 : v;
  for (k = v + 1; k < e && k <= v + MAX_CONDITION_PREDICATE && n == 0; k++)
    {
      const Tok *t = &s->toks[k];

      if ((n = _ds_phrase_at (ctx, s, k, PL_CONDITION_CUE)) > 0)
        {
          /* "Nobody knows when Q-Day will come", "No one can tell if the
           * treaty will hold", "Belum ada yang tahu bila …": after a verb
           * of knowing or asking (phrase list condition_indirect_verb)
           * "when", "if" open what is known or asked, no condition. */
          if (_ds_phrase_at (ctx, s, k - 1, PL_CONDITION_INDIRECT_VERB) == 1)
            return FALSE;
          break;
        }
      /* "The Council cannot impose sanctions unless every member state
       * agrees": "unless", "kecuali" (phrase list cond41_unless_cue)
       * after a negated predicate, asked without its negation below. */
      if ((n = _ds_phrase_at (ctx, s, k, PL_COND41_UNLESS_CUE)) > 0)
        {
          unless = TRUE;
          break;
        }
      if ((t->type == TOK_PUNCT && !_ds_side_punct (t)) || (t->flags & (W_ANAPHOR | W_RELATIVE | W_THAT)) ||
          _ds_tok_ends_nya (t))
        return FALSE;
    }
  if (n == 0)
    return FALSE;
  /* "Dewan tidak dapat …": the negation before the verb is no part of
   * the subject. */
  if (unless && !ctx->english && sv > o + 1 &&
      (_ds_tok_is (&s->toks[sv - 1], "tidak") || _ds_tok_is (&s->toks[sv - 1], "tak")))
    sv--;
  /* "Governments of small states rarely sit …": English marks no verb,
   * and a plural after a preposition reads as one; such a subject is
   * asked by no condition. */
  for (guint j = o + 1; ctx->english && j < sv; j++)
    if (s->toks[j].flags & W_PREP)
      return FALSE;
  a = k + n;
  if (!_ds_side_ok (s, a, e) || _ds_count_words (s, a, e) < 3 || has_clause (s, o, sv) || has_clause (s, v, k) ||
      !(sv == o + 1 ? condition_subject_ok (s, o) : _ds_subject_end (ctx, s, o, sv) == sv))
    return FALSE;
  /* (After "kecuali": a clause with a verb, "kecuali Laos" excepts a
   * name; after "unless" too, the predicate negated, "tidak", "cannot",
   * "may not", which the question drops.) */
  if (unless && !ctx->english)
    {
      gboolean verb = FALSE;

      for (guint j = a; j < e && !verb; j++)
        verb = (s->toks[j].verb && !s->toks[j].cap) || (s->toks[j].flags & W_AUX);
      if (!verb)
        return FALSE;
    }
  subject = sv == o + 1 ? _ds_phrase_dup (s, o, o + 1, TRUE) : _ds_sentence_subject (s, o, sv);
  if (!ctx->english && unless)
    {
      guint pa = _ds_tok_is (&s->toks[sv], "tidak") || _ds_tok_is (&s->toks[sv], "tak") ? sv + 1 : G_MAXUINT;

      if (pa >= k)
        return FALSE;
      predicate = _ds_toks_dup (s, pa, k);
    }
  else if (!ctx->english)
    predicate = _ds_toks_dup (s, v, k);
  else if (unless)
    {
      /* "cannot impose" → "can … impose", "may not enter" → "may … enter". */
      const Tok *t = &s->toks[v];
      guint pa;

      if (!(t->flags & W_AUX))
        return FALSE;
      if (_ds_tok_is (t, "cannot"))
        {
          aux_text = g_strdup ("can");
          pa = v + 1;
        }
      else if (v + 1 < k && _ds_tok_is (&s->toks[v + 1], "not") && !_ds_tok_is (t, "was") && !_ds_tok_is (t, "were") &&
               !_ds_tok_is (t, "did"))
        {
          aux_text = g_ascii_strdown (t->p, t->len);
          pa = v + 2;
        }
      else
        return FALSE;
      if (pa >= k)
        return FALSE;
      aux = aux_text;
      predicate = _ds_toks_dup (s, pa, k);
    }
  /* ("The debate grew sharper after 2019 when …": an irregular past,
   * the list verb_base, tells a time too.) */
  else if (_ds_lexicon_other_forms (ctx, &s->toks[v], "verb_base") != NULL ||
           (aux = condition_aux (s, v, pv, &base)) == NULL || past_after_adverb (ctx, s, v, k))
    return FALSE;
  else if (base != NULL)
    {
      g_autofree char *rest = v + 1 < k ? _ds_toks_dup (s, v + 1, k) : g_strdup ("");

      predicate = g_strstrip (g_strdup_printf ("%s %s", base, rest));
    }
  else
    {
      guint pa = v + 1;

      aux_text = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
      aux = aux_text;
      /* "Reserves are also effective when …". */
      if (pa + 1 < k && _ds_phrase_at (ctx, s, pa, PL_CONDITION_AGAIN) == 1)
        pa++;
      if (pa >= k)
        return FALSE;
      predicate = _ds_toks_dup (s, pa, k);
    }
  raw = ds_lang_expand (ctx->lang, "question_condition", "subject", subject, "aux", aux != NULL ? aux : "", "predicate",
                        predicate, NULL);
  question = ds_utf8_capitalize (raw);
  {
    g_autofree char *answer = _ds_toks_dup (s, a, e);

    if (_ds_answer_join (ctx, s, question, answer))
      return TRUE;
  }
  return commit_cause (ctx, s, a, e, g_steal_pointer (&question));
}

gboolean
_ds_find_condition (Ctx  *ctx,
                    Sent *s)
{
  /* Most sentences hold no cue of a condition: no scan for its parts,
   * and no strings to free. */
  if (!_ds_sent_may_start (s, HOT_CONDITION_CUE) && !_ds_sent_may_start (s, HOT_UNLESS_CUE))
    return FALSE;
  return find_condition_in (ctx, s);
}

/* ------------------------------------------------------------------ */
/* "Unless …, the Council cannot …", "Apabila …, maka Dewan dapat …"  */

/* Tokens the condition, the subject and what it may do may take. */
#define MAX_COND_FIRST_TOKENS 16
#define MAX_COND_FIRST_SUBJECT 8

/* The modal at @m, @n tokens, in the form the question puts before its
 * subject: "can" for "can", "may not" → "may", "cannot" → "can",
 * "tidak dapat" → "dapat" (@neg: the modal is negated). */
static char *
cond_first_modal (const Sent *s,
                  guint       m,
                  guint       n,
                  gboolean    neg)
{
  const Tok *t = &s->toks[m];
  g_autofree char *raw = NULL;

  if (!neg)
    raw = _ds_toks_dup (s, m, m + n);
  else if (n >= 2 && (_ds_tok_is (t, "tidak") || _ds_tok_is (t, "tak")))
    raw = _ds_toks_dup (s, m + 1, m + n);
  else if (_ds_tok_is (t, "cannot"))
    raw = g_strdup ("can");
  else if (n == 2)
    raw = _ds_toks_dup (s, m, m + 1);
  else
    return NULL;
  return g_ascii_strdown (raw, -1);
}

/* Whether tokens [a, b) stand alone in a question or an answer: no
 * word that points back ("this", "tersebut", "it"), no "-nya" owner. */
static gboolean
cond_first_alone (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b,
                  gboolean    owner_ok)
{
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->flags & W_ANAPHOR) || (!owner_ok && ((t->flags & W_PRONOUN) || _ds_tok_ends_nya (t))) ||
          _ds_phrase_at (ctx, s, k, PL_DANGLING_OPENING) > 0)
        return FALSE;
    }
  return TRUE;
}

/* "Unless all member states agree, the Council cannot renew the
 * sanctions regime" → "Under what condition can the Council renew the
 * sanctions regime?", "Apabila seluruh anggota sepakat, maka Dewan dapat
 * memperpanjang …" → "Apa syarat agar Dewan dapat memperpanjang …?": a
 * condition opening the sentence (phrase list cond41_opener) and, after
 * its comma, a subject of its own with a modal (cond41_modal: "can",
 * "may", "must", "dapat", "boleh", "wajib" …) and what it may do; the
 * condition answers. After "unless", "kecuali" (cond41_unless) the modal
 * is negated and asked without its negation; after any other opener it
 * is not negated. */
gboolean
_ds_find_condition_first (Ctx  *ctx,
                          Sent *s)
{
  guint e = _ds_body_end (s), n, comma = 0, a, m, mn = 0, nn;
  gboolean unless, neg;
  g_autofree char *modal = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *predicate = NULL;

  if (s->question || s->n_commas == 0 || _ds_toks_any_used (s, 0, s->n) ||
      (n = _ds_phrase_at (ctx, s, 0, PL_COND41_OPENER)) == 0)
    return FALSE;
  unless = _ds_phrase_at (ctx, s, 0, PL_COND41_UNLESS) == n;
  for (guint k = n + 1; k < e && k <= n + MAX_COND_FIRST_TOKENS && comma == 0; k++)
    if (s->toks[k].type == TOK_PUNCT)
      {
        if (!_ds_tok_is_punct (&s->toks[k], ','))
          return FALSE;
        comma = k;
      }
  if (comma == 0 || _ds_count_words (s, n, comma) < 2)
    return FALSE;
  a = comma + 1 + _ds_phrase_at (ctx, s, comma + 1, PL_WHEN_THEN);
  for (m = a + 1; m < e && m <= a + MAX_COND_FIRST_SUBJECT; m++)
    {
      const Tok *t = &s->toks[m];

      if ((mn = _ds_phrase_at (ctx, s, m, PL_COND41_MODAL)) > 0)
        break;
      if (t->type != TOK_WORD || (t->flags & (W_AUX | W_THAT | W_RELATIVE)) || (!ctx->english && t->verb && !t->cap))
        return FALSE;
    }
  if (mn == 0 || m + mn + 2 > e || e - (m + mn) > MAX_EFFECT_TOKENS)
    return FALSE;
  nn = _ds_phrase_at (ctx, s, m, PL_COND41_MODAL_NOT);
  neg = nn == mn;
  if (neg != unless)
    return FALSE;
  /* The subject: its own, named or a noun phrase, no pronoun. */
  if (!(m == a + 1 ? condition_subject_ok (s, a) : _ds_side_ok (s, a, m) && _ds_subject_end (ctx, s, a, m) == m) ||
      !_ds_side_ok (s, m + mn, e) || !_ds_side_ok (s, n, comma) ||
      !cond_first_alone (ctx, s, a, m, FALSE) || !cond_first_alone (ctx, s, m + mn, e, TRUE) ||
      !cond_first_alone (ctx, s, n, comma, FALSE) || (s->toks[m + mn].type != TOK_WORD))
    return FALSE;
  /* "Jika tidak ditanggapi, …", "If seen from …", "Jika kini …": a
   * condition with no subject of its own (its first word a verb, an
   * adverb or a preposition) says too little alone; "If the principle is
   * to mean anything, …", "Jika ingin …" (phrase list cond41_not_condition)
   * say what for, no condition; "Anda", "we", "kita" (phrase list
   * cond41_person_subject) in the subject or what it may do are the
   * reader's or the writer's, no one the essay names. */
  {
    const Tok *f = &s->toks[n];

    if ((f->verb && !f->cap && _ds_phrase_at (ctx, s, n, PL_WHEN_EVENT_VERB) == 0) ||
        (f->flags & (W_ADV | W_PREP)) ||
        (ctx->english && !f->cap && f->len > 3 && f->p[f->len - 2] == 'e' &&
         (f->p[f->len - 1] == 'd' || f->p[f->len - 1] == 'n')) ||
        _ds_phrase_in (ctx, s, n, comma, PL_COND41_NOT_CONDITION) ||
        _ds_phrase_in (ctx, s, a, e, PL_COND41_PERSON_SUBJECT))
      return FALSE;
  }
  if ((modal = cond_first_modal (s, m, mn, neg)) == NULL)
    return FALSE;
  subject = _ds_toks_dup (s, a, m);
  predicate = _ds_toks_dup (s, m + mn, e);
  return commit_cause (ctx, s, n, comma,
                       ds_lang_expand (ctx->lang, "question_condition_first", "modal", modal, "subject", subject,
                                       "predicate", predicate, NULL));
}

/* ------------------------------------------------------------------ */
/* "Banyak ahli menilai X lebih efektif daripada Y", "X is more … than Y" */

/* Tokens each compared side may take. */
#define MAX_COMPARED_TOKENS 6

/* Whether tokens [a, b) name a compared thing: a side, or one noun of
 * its own; no verb in Indonesian, which marks its verbs. */
static gboolean
compared_ok (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  const Tok *t = &s->toks[a];

  if (b <= a || b - a > MAX_COMPARED_TOKENS)
    return FALSE;
  /* "the old one", "yang sebelumnya": no thing of its own. */
  for (guint k = a; k < b; k++)
    if ((!ctx->english && s->toks[k].verb) || (s->toks[k].flags & (W_AUX | W_PREP | W_CONJ)) ||
        _ds_phrase_at (ctx, s, k, PL_COMPARE_VAGUE) > 0 || _ds_phrase_at (ctx, s, k, PL_CONTRAST_VAGUE) > 0)
      return FALSE;
  if (b > a + 1)
    return _ds_side_ok (s, a, b);
  return t->type == TOK_WORD && t->len > 3 && !_ds_tok_ends_nya (t) &&
         !(t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_THAT | W_RELATIVE | W_QUESTION | W_CONNECTIVE | W_ADV |
                       W_DET));
}

/* "Banyak ahli menilai komisi bersama lebih efektif daripada saluran
 * darurat bilateral" → "Menurut banyak ahli, mana yang lebih efektif:
 * komisi bersama atau saluran darurat bilateral?", "Joint commissions
 * are more effective than hotlines at preventing escalation" → "Which is
 * more effective at preventing escalation: joint commissions or
 * hotlines?", answered by the side the text ranks first. Who judges
 * (the phrase list compare_judge: "menilai", "consider") is named when
 * the sentence names them; the comparative is "lebih"/"more"/"less" and
 * one word, the second side after compare_than, what it is compared in
 * after a preposition. */
static gboolean
find_comparison_in (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), k, m = 0, xa = 0, xb, yb, j = 0, n;
  g_autofree char *holder = NULL;
  g_autofree char *y = NULL;
  g_autofree char *quality = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (_ds_toks_any_used (s, 0, s->n) || s->toks[0].type != TOK_WORD)
    return FALSE;
  /* Who judges: a holder of one to four words and the verb of the list. */
  for (k = 1; k < e && k <= 4 && m == 0; k++)
    if ((m = _ds_phrase_at (ctx, s, k, PL_COMPARE_JUDGE)) > 0)
      j = k;
  if (m > 0)
    {
      if (!compared_ok (ctx, s, 0, j))
        return FALSE;
      xa = j + m;
    }
  /* The comparative: "lebih"/"more"/"less" and its adjective. */
  for (k = xa + 1; k + 3 < e && k <= xa + MAX_COMPARED_TOKENS + 1; k++)
    if (_ds_phrase_at (ctx, s, k, PL_COMPARE_MORE) > 0)
      break;
  if (k + 3 >= e || k > xa + MAX_COMPARED_TOKENS + 1)
    return FALSE;
  xb = k;
  /* "Joint commissions are more effective": the copula is no side's. */
  if (ctx->english && xb > xa + 1 && (s->toks[xb - 1].flags & W_AUX) && m == 0)
    xb--;
  if (xb < k && !(_ds_tok_is (&s->toks[xb], "is") || _ds_tok_is (&s->toks[xb], "are")))
    return FALSE;
  if (s->toks[k + 1].type != TOK_WORD || s->toks[k + 1].verb || (s->toks[k + 1].flags & (W_PREP | W_AUX | W_DET)) ||
      (n = _ds_phrase_at (ctx, s, k + 2, PL_COMPARE_THAN)) == 0)
    return FALSE;
  /* The second side runs to a preposition (what they are compared in)
   * or to the sentence's end. */
  for (yb = k + 2 + n; yb < e && !(s->toks[yb].flags & W_PREP) && s->toks[yb].type == TOK_WORD; yb++)
    ;
  if (!compared_ok (ctx, s, xa, xb) || !compared_ok (ctx, s, k + 2 + n, yb))
    return FALSE;
  for (guint r = yb; r < e; r++)
    if ((s->toks[r].type == TOK_PUNCT && !_ds_side_punct (&s->toks[r])) || (s->toks[r].flags & (W_ANAPHOR | W_PRONOUN)) ||
        _ds_tok_ends_nya (&s->toks[r]) || (r > yb && (s->toks[r].flags & (W_CONJ | W_RELATIVE | W_THAT))))
      return FALSE;
  if (yb < e && e - yb > MAX_CONDITION_PREDICATE)
    return FALSE;
  /* "lebih efektif daripada saluran darurat bilateral dalam mencegah
   * eskalasi": the comparison as the text words it, less its first side. */
  y = _ds_toks_dup (s, k + 2, e);
  quality = _ds_toks_dup (s, k, k + 2);
  if (m > 0)
    holder = _ds_phrase_dup (s, 0, j, TRUE);
  question = ds_lang_expand (ctx->lang, holder != NULL ? "question_compare_holder" : "question_compare", "holder",
                             holder != NULL ? holder : "", "quality", quality, "b", y, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CONTRAST, xa, xb);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

gboolean
_ds_find_comparison (Ctx  *ctx,
                     Sent *s)
{
  /* Most sentences hold no "than", "daripada": no scan for the sides,
   * and no strings to free. */
  if (s->n < 6 || !_ds_sent_may_start (s, HOT_COMPARE_THAN))
    return FALSE;
  return find_comparison_in (ctx, s);
}

/* ------------------------------------------------------------------ */
/* "Apakah X …? Jawabannya tegas: …", "Can X …? The answer is clear: …"  */

/* Words the question the paragraph asks may take. */
#define MAX_ASKED_WORDS 25

/* Where the answer starts after the lead at @n: past a colon or a comma,
 * one word of judgement before it ("tegas:", "clear:"), or "bahwa",
 * "that"; 0 when the lead is followed by none of these. */
static guint
answer_start (const Sent *s,
              guint       n,
              guint       e)
{
  if (n >= e)
    return 0;
  if (_ds_tok_is_punct (&s->toks[n], ':') || _ds_tok_is_punct (&s->toks[n], ','))
    return n + 1;
  if (s->toks[n].flags & W_THAT)
    return n + 1;
  if (n + 1 < e && s->toks[n].type == TOK_WORD && !s->toks[n].verb &&
      (_ds_tok_is_punct (&s->toks[n + 1], ':') || _ds_tok_is_punct (&s->toks[n + 1], ',')))
    return n + 2;
  return 0;
}

/* "Apakah negara tuan rumah wajib membayar ganti rugi? Jawabannya tegas:
 * negara wajib membayar …", "Can the executive suspend elections? The
 * answer is clear: no emergency law …": the question the paragraph asks
 * and the answer it states after a lead (phrase list answer_lead) are a
 * card as they stand. The question names what it asks about (no pronoun,
 * pointer or "-nya": "Mengapa hal ini penting?", "Why does it matter?"
 * ask nothing on their own); the answer is a clause of three words or
 * more not opening on a pronoun. */
gboolean
_ds_find_stated_answer (Ctx  *ctx,
                        Sent *s)
{
  guint e = _ds_body_end (s), n, a, words = 0;
  DsClaim *claim;
  Sent x;

  /* The question closes the paragraph before, the answer opens this one:
   * nothing stands between them. */
  if (ctx->prev.p == NULL || ctx->prev.block + (s->first ? 1 : 0) != s->block || _ds_toks_any_used (s, 0, s->n) ||
      (n = _ds_phrase_at (ctx, s, 0, PL_ANSWER_LEAD)) == 0 || (a = answer_start (s, n, e)) == 0 ||
      _ds_count_words (s, a, e) < 3 || _ds_count_words (s, a, e) > MAX_ASKED_WORDS + 15 || s->toks[a].type != TOK_WORD ||
      _ds_tok_ends_nya (&s->toks[a]) || (s->toks[a].flags & (W_CONJ | W_PREP | W_RELATIVE | W_QUESTION)))
    return FALSE;
  /* "It cannot.", "Hal itu tidak mungkin.": the answer leans back. */
  for (guint k = a; k < e && k < a + 3; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) && !(k > a && (s->toks[k].flags & (W_RELATIVE | W_THAT))))
      return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  if (!x.question || x.n < 4 ||
      !((x.toks[0].flags & (W_QUESTION | W_AUX)) || _ds_phrase_at (ctx, &x, 0, PL_ANSWER_QUESTION_OPENER) > 0))
    return FALSE;
  /* "Must the state that laid the mines pay for clearing them?": past
   * its first words, a pronoun stands for what the question named. */
  for (guint k = 0; k < x.n; k++)
    {
      const Tok *t = &x.toks[k];

      if (k < 4 && (((t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) && !(k > 1 && (t->flags & (W_RELATIVE | W_THAT)))) ||
                    _ds_tok_ends_nya (t)))
        return FALSE;
      words += t->type == TOK_WORD;
    }
  if (words < 4 || words > MAX_ASKED_WORDS)
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, e);
  claim->question = g_strndup (x.p, x.end - x.p);
  claim->start = x.start;
  g_free (claim->sentence);
  claim->sentence = g_strndup (x.p, s->end - x.p);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "The lesson is that …", "Pelajarannya adalah bahwa …"                */

/* Whether the heading the text stands under names a topic a question can
 * quote: not a question, a label with a colon, a long line, nor a part
 * every paper has ("Pendahuluan", "Conclusion": cover_generic_heading). */
static gboolean
topic_quotable (Ctx *ctx)
{
  g_autofree char *folded = NULL;

  if (ctx->topic == NULL || strchr (ctx->topic, '?') != NULL || strchr (ctx->topic, ':') != NULL ||
      g_utf8_strlen (ctx->topic, -1) > 70)
    return FALSE;
  folded = ds_words_fold (ctx->topic, DS_FOLD_NONE);
  return folded[0] != '\0' && !g_strv_contains (ds_lang_get_phrases (ctx->lang, "cover_generic_heading"), folded);
}

/* "The lesson is that water rights come from statute, not from …",
 * "Pelajarannya adalah bahwa …": a lesson that names nothing it is drawn
 * from (phrase list lesson_lead) is the lesson of the section it stands
 * in, asked by the section's heading ("What lesson does the author draw
 * in “The Indus Case”?"), answered by the clause. Not under the title
 * alone, nor under a heading that names no topic. */
gboolean
_ds_find_lesson (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), o = _ds_clause_opening (s), n;
  g_autofree char *question = NULL;

  if (o == G_MAXUINT || _ds_toks_any_used (s, 0, s->n) || (n = _ds_phrase_at (ctx, s, o, PL_LESSON_LEAD)) == 0)
    return FALSE;
  if (o + n < e && (_ds_tok_is_punct (&s->toks[o + n], ':') || _ds_tok_is_punct (&s->toks[o + n], ',')))
    n++;
  if (_ds_count_words (s, o + n, e) < 5 || s->toks[o + n].type != TOK_WORD ||
      (s->toks[o + n].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_PREP)) || _ds_tok_ends_nya (&s->toks[o + n]))
    return FALSE;
  /* Under the title alone, the essay's other lessons ("The lesson of
   * the Indus Waters Treaty is …") would answer the same question. */
  if (ctx->topic_block == G_MAXUINT || !topic_quotable (ctx))
    return FALSE;
  question = ds_lang_expand (ctx->lang, "question_lesson_section", "topic", ctx->topic, NULL);
  /* One lesson a section: a second would be asked the same. */
  for (guint i = ctx->claims->len; i > 0 && i + 8 > ctx->claims->len; i--)
    {
      const DsClaim *claim = g_ptr_array_index (ctx->claims, i - 1);

      if (claim->question != NULL && g_ascii_strcasecmp (claim->question, question) == 0)
        return FALSE;
    }
  return commit_cause (ctx, s, o + n, e, g_steal_pointer (&question));
}

/* ------------------------------------------------------------------ */
/* "The record of X is mixed: …", "Hasilnya bercampur: …"              */

/* Tokens a verdict's subject may take. */
#define MAX_VERDICT_SUBJECT_TOKENS 8

/* The subject the sentence before @s opens with, tokens [*a, *b) of @x
 * (read again): a noun phrase of two words or more up to its verb,
 * pointing at nothing ("Program patroli pesisir dimulai …"). */
static gboolean
subject_before (Ctx        *ctx,
                const Sent *s,
                Sent       *x,
                guint      *a,
                guint      *b)
{
  guint c, v;

  if (s->first || ctx->prev.p == NULL || ctx->prev.block != s->block)
    return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, x);
  c = _ds_clause_opening (x);
  if (x->question || c == G_MAXUINT)
    return FALSE;
  /* "the coastal patrol scheme": the head's own "the" says it. */
  c += _ds_tok_is_article (&x->toks[c]);
  if (c >= x->n)
    return FALSE;
  for (v = c + 1; v < x->n && v <= c + 6; v++)
    {
      const Tok *t = &x->toks[v];

      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_CONJ | W_RELATIVE | W_THAT | W_PREP)) ||
          _ds_tok_ends_nya (t))
        return FALSE;
      if ((t->verb && !t->cap) || (t->flags & (W_AUX | W_CUE_DEF | W_ADV)))
        break;
    }
  if (v > c + 6 || v >= x->n || !_ds_side_ok (x, c, v))
    return FALSE;
  *a = c;
  *b = v;
  return TRUE;
}

/* Where the verdict (phrase list verdict_adjective, after a copula or an
 * adverb) that ends at the colon @colon starts, past @o; 0 when none. *@v
 * receives where the subject ends. */
static guint
verdict_at (Ctx        *ctx,
            const Sent *s,
            guint       o,
            guint       colon,
            guint      *v)
{
  /* The longest verdict first: "kurang memuaskan", not "memuaskan". */
  for (guint j = o + 1; j < colon; j++)
    {
      guint n = _ds_phrase_at (ctx, s, j, PL_VERDICT_ADJECTIVE), k;

      if (n == 0 || j + n != colon)
        continue;
      for (k = j; k > o + 1 && ((s->toks[k - 1].flags & (W_AUX | W_ADV | W_CUE_DEF)) ||
                                _ds_phrase_at (ctx, s, k - 1, PL_VERDICT_COPULA) == 1); k--)
        ;
      /* English says its copula; Indonesian may leave it out. */
      if (ctx->english && k == j)
        return 0;
      *v = k;
      return j;
    }
  return 0;
}

/* "The record of the coastal patrol scheme is mixed: arrests rose, but
 * …", "Hasil program patroli pesisir bercampur: …": the author's verdict
 * on a record (a head of the phrase list verdict_subject, first after
 * the article), said by a word of judgement (verdict_adjective) before a
 * colon and what bears it out, asked "How does the author judge the
 * record of …?" / "Bagaimana penulis menilai hasil …?" and answered by
 * the verdict and its grounds. "Hasilnya", "Its record" name what the
 * sentence before opened with ("Program patroli pesisir dimulai …"). */
gboolean
_ds_find_verdict (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s), o = _ds_clause_opening (s), colon = 0, v = 0, j, h, hn;
  g_autofree char *subject = NULL;
  char *question;
  DsClaim *claim;

  if (o == G_MAXUINT || _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  for (guint k = o + 1; k < e && colon == 0; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      colon = k;
  if (colon == 0 || _ds_count_words (s, colon + 1, e) < 4 || (j = verdict_at (ctx, s, o, colon, &v)) == 0 ||
      v <= o || v - o > MAX_VERDICT_SUBJECT_TOKENS)
    return FALSE;
  h = o + (_ds_tok_is_article (&s->toks[o]) || _ds_phrase_at (ctx, s, o, PL_VERDICT_OWNER) == 1);
  if (h >= v)
    return FALSE;
  if ((hn = _ds_phrase_at (ctx, s, h, PL_VERDICT_SUBJECT)) > 0 && h + hn <= v &&
      (h == o || _ds_tok_is_article (&s->toks[o])))
    {
      /* "The record of the coastal patrol scheme": says whose. */
      if (h + hn == v || !_ds_side_ok (s, o, v))
        return FALSE;
      for (guint k = o; k < v; k++)
        if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) || _ds_tok_ends_nya (&s->toks[k]) ||
            s->toks[k].type != TOK_WORD)
          return FALSE;
      subject = _ds_sentence_subject (s, o, v);
    }
  else
    {
      /* "Hasilnya", "Its record": whose, the sentence before says. */
      g_autofree char *head = NULL;
      g_autofree char *owner = NULL;
      guint a, b;
      Sent x;

      if (v != (h > o ? h + 1 : o + 1) || !subject_before (ctx, s, &x, &a, &b))
        return FALSE;
      if (h > o)
        head = _ds_toks_dup (s, h, h + 1);
      else if (_ds_tok_ends_nya (&s->toks[o]) && s->toks[o].len > 3 + 3)
        head = g_ascii_strdown (s->toks[o].p, s->toks[o].len - 3);
      else
        return FALSE;
      if (!g_strv_contains (ds_lang_get_phrases (ctx->lang, "verdict_subject"), head))
        return FALSE;
      owner = _ds_sentence_subject (&x, a, b);
      subject = ds_lang_expand (ctx->lang, "verdict_of", "head", head, "owner", owner, NULL);
    }
  question = ds_lang_expand (ctx->lang, "question_verdict", "subject", subject, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, j, e);
  claim->question = ds_utf8_capitalize (question);
  g_free (question);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "When host consent weakens, missions lose …"                        */

/* Tokens a condition and its effect may take. */
#define MAX_WHEN_TOKENS 16

/* Whether tokens [a, b) hold a verb of what happens as a rule: a verb,
 * nothing past ("was", "-ed": phrase list when_past), no figure or month
 * that would date it. */
static gboolean
general_clause (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b,
                gboolean    need_verb)
{
  gboolean verb = FALSE;

  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_NUMBER || (t->flags & W_MONTH) || _ds_phrase_at (ctx, s, k, PL_WHEN_PAST) == 1)
        return FALSE;
      if (ctx->english && !t->cap && _ds_tok_ed_word (t) && t->verb && !(k > a && (s->toks[k - 1].flags & W_AUX)))
        return FALSE;
      verb |= (t->verb && !t->cap) || (t->flags & W_AUX);
    }
  /* English marks few verbs; Indonesian shows most by their prefix (not
   * "terhenti": the effect needs none). */
  return verb || ctx->english || !need_verb;
}

/* "When host consent weakens, peacekeeping missions lose their freedom
 * of movement.", "Ketika persetujuan negara tuan rumah melemah, misi
 * penjaga perdamaian kehilangan …": a condition that opens the sentence
 * (phrase list when_opener) and what follows from it as a rule, both in
 * no past and with a subject of their own, asked "What happens when
 * host consent weakens?" / "Apa yang terjadi ketika …?" and answered by
 * the effect. A dated condition tells a story ("When the commission met
 * in 2011, …"), no rule; an effect said in part ("tidak hanya …", "not
 * only …": phrase list when_partial) waits for the sentence after. */
gboolean
_ds_find_when_effect (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s), o = 0, n, comma = 0, eff;
  g_autofree char *opener = NULL;
  g_autofree char *condition = NULL;
  char *question;
  DsClaim *claim;

  if (s->question || _ds_toks_any_used (s, 0, s->n) ||
      (n = _ds_phrase_at (ctx, s, o, PL_WHEN_OPENER)) == 0)
    return FALSE;
  for (guint k = o + n + 2; k < e && k <= o + n + MAX_WHEN_TOKENS && comma == 0; k++)
    if (s->toks[k].type == TOK_PUNCT)
      {
        if (!_ds_tok_is_punct (&s->toks[k], ','))
          return FALSE;
        comma = k;
      }
  if (comma == 0)
    return FALSE;
  /* "Jika …, maka petani …", "If …, then donors …": the word that marks
   * the effect is no part of it (phrase list when_then). */
  eff = comma + 1 + _ds_phrase_at (ctx, s, comma + 1, PL_WHEN_THEN);
  if (e - eff > MAX_WHEN_TOKENS || !_ds_side_ok (s, o + n, comma) ||
      !_ds_side_ok (s, eff, e) || !effect_ok (ctx, s, eff, e) || has_clause (s, o + n, comma) ||
      !general_clause (ctx, s, o + n, comma, TRUE) || !general_clause (ctx, s, eff, e, FALSE) ||
      !result_self_contained (ctx, s, o + n, comma) || _ds_phrase_in (ctx, s, eff, e, PL_WHEN_PARTIAL))
    return FALSE;
  /* "If seen from …", "Jika dilihat dari …": a condition with no subject
   * of its own says how to look, not what happens ("terjadi", "ada" —
   * phrase list when_event_verb — do open one: "Ketika terjadi banjir"). */
  {
    const Tok *f = &s->toks[o + n];

    if ((f->verb && !f->cap && _ds_phrase_at (ctx, s, o + n, PL_WHEN_EVENT_VERB) == 0) ||
        (f->flags & (W_ADV | W_PREP)) ||
        (ctx->english && !f->cap && f->len > 3 && f->p[f->len - 2] == 'e' &&
         (f->p[f->len - 1] == 'd' || f->p[f->len - 1] == 'n')))
      return FALSE;
    /* "If the accord is to survive, …", "Jika ingin …" say what for
     * (phrase list cond41_not_condition); "Jika Anda membaca …" is the
     * reader's (cond41_person_subject), no rule of the essay's. */
    if (_ds_phrase_in (ctx, s, o + n, comma, PL_COND41_NOT_CONDITION) ||
        _ds_phrase_at (ctx, s, o + n, PL_COND41_PERSON_SUBJECT) > 0)
      return FALSE;
  }
  opener = _ds_toks_dup (s, o, o + n);
  opener[0] = g_ascii_tolower (opener[0]);
  condition = _ds_phrase_dup (s, o + n, comma, FALSE);
  question = ds_lang_expand (ctx->lang, "question_when_effect", "opener", opener, "condition", condition, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, eff, e);
  claim->question = ds_utf8_capitalize (question);
  g_free (question);
  /* A rule of thumb ranks below the essay's own claims. */
  claim->score -= 0.5;
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}
