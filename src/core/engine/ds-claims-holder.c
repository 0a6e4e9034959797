/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, who holds a record: the first, the only, the most.
 * "Ostavia contributes the largest number of observers to the mission"
 * → "Which country contributes the largest number of observers to the
 * mission?"; "Lembaga Sungai Sekala pertama kali memetakan …" → "Siapa
 * yang pertama kali memetakan …?"; "Satu-satunya negara hilir yang
 * menolak piagam itu adalah Republik Moravi" → "Apa satu-satunya negara
 * hilir yang menolak piagam itu?". A lecturer asks who holds it; the
 * essay names the holder once, as the subject or after the copula.
 *
 * The markers are the phrase list "holder_marker" and the superlatives
 * ("the deadliest", "terluas"); "the main", "utama" are no record
 * ("Kestria plays the main role" says what the role is):
 * "superlative_no_record".
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

#include "ds-utf8.h"

/* The longest predicate, in tokens, a question carries whole. */
#define HOLDER_MAX_TOKENS 16
/* How far after the verb the record stands: in its object ("contributes
 * the largest number", "menjadi lembaga lintas batas pertama"), not in
 * a clause further on ("met in 2019 to plan the first portal"). */
#define MARKER_MAX_DISTANCE 5

/* Where the subject starts: after a short adjunct that ends on a comma
 * ("Pada 1995, …", "In 2009, …") or a link ("Akibatnya, …", "As a
 * result, …", "Thus, …": the phrase list cover_lead), else 0. */
static guint
subject_start (Ctx        *ctx,
               const Sent *s,
               guint       e)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD);

  if (n > 0 && n + 1 < e && _ds_tok_is_punct (&s->toks[n], ','))
    return n + 1;
  if (!(s->toks[0].flags & W_PREP))
    return 0;
  for (guint k = 1; k < e && k < 5; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return k + 1;
  return 0;
}

/* Whether a phrase of "holder_marker" starts in [@a, @b), inside the
 * verb's object. */
static gboolean
marker_in (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b,
           gboolean    copula)
{
  for (guint k = a; k < b; k++)
    {
      /* After a copula "the main", "utama" pick the one out: "Japan is
       * Indonesia's main partner"; after a verb they say of what kind
       * ("plays the main role"). */
      if (_ds_phrase_at (ctx, s, k, PL_HOLDER_MARKER) > 0 ||
          ((s->toks[k].flags & W_SUPERLATIVE) &&
           (copula || _ds_phrase_at (ctx, s, k, PL_SUPERLATIVE_NO_RECORD) == 0) &&
           (!ctx->english || (k > 0 && _ds_tok_is (&s->toks[k - 1], "the")))))
        return TRUE;
      /* "has grown every year since the first course opened": past a
       * preposition or a figure, the record is another noun's. */
      if (((s->toks[k].flags & W_PREP) && !_ds_tok_is (&s->toks[k], "of")) || s->toks[k].type != TOK_WORD)
        return FALSE;
    }
  return FALSE;
}

/* Whether @t can be the verb after a subject: a verb, or in English a
 * lower-case content word with a verb's ending ("contributes",
 * "hosted"). */
static gboolean
verb_after_subject (Ctx        *ctx,
                    const Sent *s,
                    guint       b)
{
  const Tok *t = &s->toks[b];

  /* "memiliki", "menjadi", "has", "became": verbs the lexicon counts as
   * auxiliaries, which a record is held with (list "holder_verb"). */
  if (t->type == TOK_WORD && (t->flags & W_AUX) && !(t->flags & W_CUE_DEF) &&
      _ds_phrase_at (ctx, s, b, PL_HOLDER_VERB) > 0)
    return TRUE;
  if (t->type != TOK_WORD || t->cap || (t->flags & (W_FUNCTION | W_AUX | W_CUE_DEF | W_ADV)))
    return FALSE;
  /* "Small firms are one of the most common targets": a word before an
   * auxiliary is the subject's own noun, "Small" no name. */
  if (ctx->english && b + 1 < s->n && (s->toks[b + 1].flags & W_AUX) && !(t->flags & W_REPORT))
    return FALSE;
  if (t->verb || !ctx->english)
    return t->verb;
  return t->len > 3 && (t->p[t->len - 1] == 's' || (t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd'));
}

/* Whether the predicate [@v, @e) can stand in a question on its own:
 * short, no pronoun or noun pointed at that the subject would have to
 * name ("its", "mereka"), no second clause. */
static gboolean
predicate_whole (const Sent *s,
                 guint       v,
                 guint       e)
{
  if (e - v < 3 || e - v > HOLDER_MAX_TOKENS)
    return FALSE;
  for (guint k = v; k < e; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_CLAUSE)) || _ds_tok_is_punct (&s->toks[k], ';') ||
        _ds_tok_is_punct (&s->toks[k], ':'))
      return FALSE;
  return TRUE;
}

static gboolean
commit_holder (Ctx        *ctx,
               Sent       *s,
               const char *question,
               guint       a,
               guint       b,
               guint       from)
{
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_RANK, a, b);

  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, from, _ds_body_end (s));
  return _ds_claim_commit (ctx, claim);
}

/* A subject that points back ("Komisi ini", "This commission"): the
 * claim says it, and naming it from the sentences before is left to
 * the referent pass, whose gate check drops the card if none names it.
 * Returns the token after it, or 0. */
static guint
pointed_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       start,
                 guint       e)
{
  guint k = start;

  if (ctx->english)
    {
      if (!_ds_tok_is (&s->toks[k], "this") || k + 2 >= e)
        return 0;
      k++;
      while (k < e && k < start + 4 && _ds_tok_nounish (&s->toks[k]) && !s->toks[k].verb)
        k++;
      return k > start + 1 ? k : 0;
    }
  while (k < e && k < start + 3 && _ds_tok_nounish (&s->toks[k]) && !s->toks[k].verb)
    k++;
  return k > start && k + 1 < e && (s->toks[k].flags & W_ANAPHOR) ? k + 1 : 0;
}

/* How far, in bytes, a word's lower-case spelling is looked for. */
#define COMMON_WINDOW_BYTES 3000

/* "Scholars consider soft power the most effective tool …": one
 * capitalised word in -s at the sentence's start and a verb in its
 * plural form (no -s, no -ed) is a common noun in the plural, nobody
 * named. */
static gboolean
plural_common_subject (Ctx        *ctx,
                       const Sent *s,
                       guint       a,
                       guint       b)
{
  const Tok *t = &s->toks[a], *v = &s->toks[b];

  return ctx->english && a == 0 && b == a + 1 && b < s->n && t->len > 3 && t->p[t->len - 1] == 's' &&
         !_ds_tok_is_acronym (t) && !(t->flags & W_COUNTRY) && v->type == TOK_WORD && !v->cap &&
         !(v->flags & (W_AUX | W_FUNCTION)) && v->len > 3 && v->p[v->len - 1] != 's' &&
         ds_ascii_strncasecmp (v->p + v->len - 2, "ed", 2) != 0;
}

/* Whether the name [@a, @b) names something: more than one word, an
 * acronym, a country, or a word whose capital is not only the
 * sentence's ("Officials met …", "Ransomware has become …": the essay
 * writes "officials", "ransomware" elsewhere). */
static gboolean
is_proper (Ctx        *ctx,
           const Sent *s,
           guint       a,
           guint       b)
{
  const Tok *t = &s->toks[a];
  const char *from, *to;
  g_autofree char *lower = NULL;

  if (b > a + 1 || a > 0 || _ds_tok_is_acronym (t) || (t->flags & W_COUNTRY) || t->p < ctx->text ||
      t->p >= ctx->text + ctx->text_len)
    return TRUE;
  lower = g_strndup (t->p, t->len);
  lower[0] = ds_ascii_tolower (lower[0]);
  from = t->p - MIN ((gsize) (t->p - ctx->text), COMMON_WINDOW_BYTES);
  to = t->p + MIN ((gsize) (ctx->text + ctx->text_len - t->p), COMMON_WINDOW_BYTES);
  for (const char *p = from; p + t->len <= to; p++)
    if (*p == lower[0] && strncmp (p, lower, t->len) == 0 && (p == ctx->text || !g_ascii_isalnum (p[-1])) &&
        (p + t->len == to || !g_ascii_isalnum (p[t->len])))
      return FALSE;
  return TRUE;
}

/* Whether the verb at @b says what its subject became ("became the
 * first regional agreement to …", "has become the most expensive form
 * of …"): a thing as often as a person holds that, so any noun may
 * ("Ransomware"), and it is asked with "What", "Apa yang". */
static gboolean
holds_as_thing (Ctx        *ctx,
                const Sent *s,
                guint       b)
{
  guint v = _ds_phrase_at (ctx, s, b, PL_BECOME_VERB) > 0 ? b : b + 1;

  if (_ds_phrase_at (ctx, s, v, PL_BECOME_VERB) == 0)
    return FALSE;
  /* "… became the first director of …": a post is held by a person or
   * a state, asked "Who …?" (phrase list facts41_post_noun). */
  for (guint k = v + 1; k < s->n && k < v + 4; k++)
    {
      if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & W_PREP))
        break;
      if (_ds_phrase_at (ctx, s, k, PL_FACTS41_POST_NOUN) > 0)
        return FALSE;
    }
  return TRUE;
}

/* The question for the holder [@a, @b) of the record its verb at @b
 * states: "Which country …?" for a country, "What …?" for what became
 * something, else "Who …?", "Siapa yang …?", for the states, bodies and
 * people that hold, give and do. */
static const char *
holder_template (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  if (_ds_lexicon_is_country (s->toks, b, a))
    return "question_holder_country";
  return holds_as_thing (ctx, s, b) ? "question_holder_thing" : "question_holder";
}

/* Whether the predicate after a copula, from @a, names what the record
 * is of: "the largest buyer of …", "mitra dagang utama …", not "the
 * largest in Ghana", "yang terbesar di Ghana", which say not of what. */
static gboolean
record_named (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e)
{
  if (a >= e || _ds_tok_is (&s->toks[a], "yang"))
    return FALSE;
  if (!ctx->english)
    return !(s->toks[a].flags & W_SUPERLATIVE);
  for (guint k = a; k + 1 < e && k < a + 4; k++)
    if (s->toks[k].flags & W_SUPERLATIVE)
      return s->toks[k + 1].type == TOK_WORD && !(s->toks[k + 1].flags & (W_FUNCTION | W_PREP));
  return TRUE;
}

/* "The Herat cooperative is now …": a name followed by its common
 * noun (a capital past the first word, no verb, two to five words),
 * then a copula (phrase list causes3_holder_copula), maybe after an
 * adverb. Returns where the subject ends, or 0. */
static guint
named_before_copula (Ctx        *ctx,
                     const Sent *s,
                     guint       start,
                     guint       e)
{
  gboolean named = FALSE;
  guint k, v;

  for (k = start + 1; k < e && k < start + 5; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || t->verb || (t->flags & (W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_ADV | W_AUX | W_CUE_DEF)))
        break;
      named |= t->cap;
    }
  for (v = k; v < e && v < k + 2 && (s->toks[v].flags & W_ADV) && !(s->toks[v].flags & W_CUE_DEF); v++)
    ;
  if (!named || k < start + 2 || v >= e || _ds_phrase_at (ctx, s, v, PL_CAUSES3_HOLDER_COPULA) != 1 ||
      (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR)) || !_ds_side_ok (s, start, k))
    return 0;
  return k;
}

/* Whether the record from @a names the kind of its holder within its
 * first words ("the first country to …", "negara pertama yang …",
 * "satu-satunya negara yang …"). */
static gboolean
kind_named (Ctx        *ctx,
            const Sent *s,
            guint       a,
            guint       e)
{
  for (guint k = a; k < e && k < a + 4; k++)
    if (_ds_phrase_at (ctx, s, k, PL_HOLDER_KIND_HEAD) == 1)
      return TRUE;
  return FALSE;
}

/* Longest deed, in tokens, a pro-form's record question carries. */
#define DEED_MAX_TOKENS 32

/* Where a pro-form that closes [@a, @e) starts ("to do so",
 * "melakukannya"), else @e. */
guint
_ds_proform_start (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       e)
{
  for (guint p = a; p < e; p++)
    if (p + _ds_phrase_at (ctx, s, p, PL_PROFORM_VERB_PHRASE) == e && p + 1 <= e &&
        _ds_phrase_at (ctx, s, p, PL_PROFORM_VERB_PHRASE) > 0)
      return p;
  return e;
}

/* The deed a pro-form at @p of @s stands for (see predicate_dup()), in
 * the form the pro-form takes, or NULL. */
char *
_ds_proform_deed (Ctx        *ctx,
                  const Sent *s,
                  guint       p)
{
  Sent x;
  guint c = 0, v, xe;
  g_autofree char *base = NULL;
  g_autofree char *rest = NULL;

  if (ctx->prev.p == NULL || _ds_phrase_at (ctx, s, p, PL_PROFORM_VERB_PHRASE) == 0)
    return NULL;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  xe = _ds_body_end (&x);
  /* The last clause: past ", dan", ", and". */
  for (guint k = 0; k + 2 < xe; k++)
    if (_ds_tok_is_punct (&x.toks[k], ',') && (x.toks[k + 1].flags & W_CONJ))
      c = k + 2;
  /* Its verb, after a subject and a date or a link before it. */
  for (v = c + 1; v < xe && v < c + 12; v++)
    if (x.toks[v].type == TOK_WORD && x.toks[v].verb && !x.toks[v].cap && !(x.toks[v].flags & (W_AUX | W_PREP)))
      break;
  if (v >= xe || v >= c + 12 || xe - v < 3 || xe - v > DEED_MAX_TOKENS)
    return NULL;
  for (guint k = v; k < xe; k++)
    if (x.toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return NULL;
  /* "to do so" → "to agree …": an English verb in its base form. */
  if (!ctx->english)
    return _ds_phrase_dup (&x, v, xe, FALSE);
  {
    const char *form;

    if ((base = _ds_lexicon_rewrite (ctx, &x.toks[v], "verb_base")) == NULL &&
        (form = _ds_lexicon_other_forms (ctx, &x.toks[v], "facts8_claim_verb")) != NULL)
      base = g_strndup (form, strcspn (form, " "));
  }
  if (base == NULL)
    return NULL;
  rest = _ds_phrase_dup (&x, v + 1, xe, FALSE);
  return g_strconcat (base, " ", rest, NULL);
}

/* "ASEAN thus became the first regional organisation to do so", "ASEAN
 * adalah organisasi kawasan pertama yang melakukannya": a pro-form
 * (phrase list proform_verb_phrase) closing the record stands for the
 * deed of the sentence before, its last clause's verb phrase ("agreed
 * in principle to subscribe to …" → "agree in principle to subscribe to
 * …", "menyatakan mendukung secara prinsip …"). The predicate [@a, @e)
 * with the deed in its place; with no pro-form, the predicate as it is;
 * NULL when the sentence before has no deed a question can carry (the
 * card would not say what was done first). */
static char *
predicate_dup (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       e)
{
  guint p = _ds_proform_start (ctx, s, a, e);
  g_autofree char *head = NULL;
  g_autofree char *deed = NULL;

  if (p >= e)
    return _ds_phrase_dup (s, a, e, FALSE);
  if (p == a || (deed = _ds_proform_deed (ctx, s, p)) == NULL)
    return NULL;
  head = _ds_phrase_dup (s, a, p, FALSE);
  return g_strconcat (head, " ", deed, NULL);
}

/* "Ostavia contributes the largest number of observers …", "Negara
 * Kalindra memiliki jumlah bendungan terbanyak …": the name is the
 * answer, the predicate the question. */
static gboolean
holder_subject (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), start = subject_start (ctx, s, e), a, b, v, said;
  g_autofree char *predicate = NULL;
  g_autofree char *question = NULL;
  gboolean copula, pointed;

  /* "Komisi ini" reads as a name "Komisi" first. */
  a = start;
  b = pointed_subject (ctx, s, start, e);
  pointed = b > 0;
  if (b == 0 && (b = named_before_copula (ctx, s, start, e)) > 0)
    a = start + _ds_tok_is_article (&s->toks[start]);
  else if (b == 0 &&
      (_ds_read_name (s, start, e, &a, &b) == 0 || a != start ||
       (b < e && !holds_as_thing (ctx, s, b) && (!is_proper (ctx, s, a, b) || plural_common_subject (ctx, s, a, b)))))
    return FALSE;
  /* "Drone bersenjata masuk golongan …", "Kapal berbendera asing …": a
   * "ber-" word right after a lone first word the essay never writes as
   * a name describes that common noun; the two name nobody. */
  if (!ctx->english && !pointed && a == 0 && b == a + 1 && b < e && s->toks[b].len > 5 &&
      ds_ascii_strncasecmp (s->toks[b].p, "ber", 3) == 0 && !_ds_tok_is_acronym (&s->toks[a]) &&
      !(s->toks[a].flags & W_COUNTRY) && !_ds_tok_known_name (ctx, &s->toks[a]))
    return FALSE;
  /* "Chile is now …", "Chili kini menjadi …": an adverb before the
   * verb. */
  for (v = b; v < e && v < b + 2 && (s->toks[v].flags & (W_ADV | W_CONNECTIVE)) && !(s->toks[v].flags & W_CUE_DEF); v++)
    ;
  /* ("ASEAN thus became …": a link is no part of what the record says.) */
  said = v > b && (s->toks[b].flags & W_CONNECTIVE) && !(s->toks[b].flags & W_ADV) ? v : b;
  /* "Chile is (now) the largest buyer of …", "Jepang merupakan mitra
   * dagang utama …": a copula (phrase list causes3_holder_copula) names
   * the holder as well as a verb does; only a name holds it there. */
  copula = v < e && _ds_phrase_at (ctx, s, v, PL_CAUSES3_HOLDER_COPULA) == 1;
  /* Past an adverb only a copula or "menjadi", "became" is read; "sering
   * dijadikan contoh …" says how often, it holds nothing. */
  if (v > b && !copula && _ds_phrase_at (ctx, s, v, PL_HOLDER_VERB) == 0)
    return FALSE;
  if (copula && (pointed || !record_named (ctx, s, v + 1, e)))
    return FALSE;
  /* "Undang-undang ini diubah pertama kali melalui UU Nomor 19 Tahun
   * 2016": after a passive verb "pertama kali" counts the times it was
   * done to the subject, which holds no record ("Siapa yang diubah
   * pertama kali …?" asks another thing). */
  if (!ctx->english && !copula && v < e && _ds_passive_verb (&s->toks[v], FALSE))
    return FALSE;
  if (b >= e || v >= e || (!copula && !verb_after_subject (ctx, s, v)) || !predicate_whole (s, b, _ds_proform_start (ctx, s, b, e)) ||
      !marker_in (ctx, s, v + 1, MIN (e, v + 1 + (copula ? 2 : 0) + MARKER_MAX_DISTANCE), copula) ||
      _ds_toks_any_used (s, start, e))
    return FALSE;
  /* "Norway was the first country to ban …" → "Which was the first
   * country to …?", "Norwegia adalah negara pertama yang …" → "Apa
   * negara pertama yang …?": a record whose noun says the kind (the
   * phrase list holder_kind_head) is not asked by the kind again. */
  if (copula && kind_named (ctx, s, v + 1, e))
    {
      if ((predicate = predicate_dup (ctx, s, ctx->english ? said : v + 1, e)) == NULL)
        return FALSE;
      question = ds_lang_expand (ctx->lang, "question_holder_which", "predicate", predicate, NULL);
      return commit_holder (ctx, s, question, a, b, start);
    }
  /* "Jepang adalah …" → "Negara mana yang merupakan …?": "adalah" opens
   * no clause after "yang". */
  if (!ctx->english && copula && (_ds_tok_is (&s->toks[v], "adalah") || _ds_tok_is (&s->toks[v], "ialah")))
    {
      g_autofree char *head = v > b ? _ds_toks_dup (s, b, v) : NULL;
      g_autofree char *tail = _ds_toks_dup (s, v + 1, e);

      predicate = head != NULL ? g_strconcat (head, " merupakan ", tail, NULL) : g_strconcat ("merupakan ", tail, NULL);
    }
  else
    predicate = predicate_dup (ctx, s, said, e);
  if (predicate == NULL)
    return FALSE;
  question = ds_lang_expand (ctx->lang,
                             copula && !_ds_lexicon_is_country (s->toks, b, a) ? "question_holder_thing"
                                                                                : holder_template (ctx, s, a, v),
                             "predicate", predicate, NULL);
  return commit_holder (ctx, s, question, a, b, start);
}

/* "Satu-satunya negara hilir yang menolak piagam itu adalah Republik
 * Moravi", "The only state that refused to send observers was Kestria":
 * the name after the copula ends the sentence and answers what the
 * subject describes. */
static gboolean
holder_after_copula (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), c, a, b;

  if (_ds_phrase_at (ctx, s, 0, PL_HOLDER_OPENING) == 0)
    return FALSE;
  for (c = 2; c < e && !(s->toks[c].flags & W_CUE_DEF) && !_ds_tok_is (&s->toks[c], "was") &&
              !_ds_tok_is (&s->toks[c], "is"); c++)
    ;
  if (c >= e || c > HOLDER_MAX_TOKENS || _ds_read_name (s, c + 1, e, &a, &b) == 0 || a != c + 1 || b != e ||
      !predicate_whole (s, 0, c) || _ds_toks_any_used (s, 0, e))
    return FALSE;
  /* (Its strings in a block of their own: asked of every sentence, the
   * rule declares none before its cue.) */
  {
    g_autofree char *subject = _ds_phrase_dup (s, 0, c, TRUE);
    g_autofree char *be = _ds_toks_dup (s, c, c + 1);
    g_autofree char *question = ds_lang_expand (ctx->lang,
                                                _ds_person_head (ctx, s, 0, c) ? "question_identify_who"
                                                                               : "question_identify",
                                                "be", be, "predicate", subject, NULL);

    return commit_holder (ctx, s, question, a, b, 0);
  }
}

/* "Only Chile and, more recently, Peru have ratified the protocol",
 * "Hanya Cile dan, belakangan, Peru yang telah meratifikasi protokol
 * itu": the countries a sentence opening on "only" (the phrase list
 * facts_only_opening) names are the few that hold what it says; asked
 * "Which countries have ratified the protocol?", "Negara mana saja yang
 * telah meratifikasi protokol itu?". Countries only: "Only experts
 * …", "Only in 2019 …" are no such claim. */
static gboolean
holder_only (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), k, n, a, b, v, names = 0;

  if ((n = _ds_phrase_at (ctx, s, 0, PL_FACTS_ONLY_OPENING)) == 0)
    return FALSE;
  for (k = n;;)
    {
      if (_ds_read_name (s, k, e, &a, &b) == 0 || a != k || !_ds_lexicon_is_country (s->toks, b, a))
        return FALSE;
      k = b;
      /* ", more recently,", ", belakangan,": an aside between names. */
      if (k + 1 < e && _ds_tok_is_punct (&s->toks[k], ','))
        k++;
      if (k < e && (_ds_tok_is (&s->toks[k], "and") || _ds_tok_is (&s->toks[k], "dan")))
        k++;
      if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
        {
          guint c = k + 1;

          while (c < e && c < k + 4 && s->toks[c].type == TOK_WORD && !s->toks[c].cap)
            c++;
          if (c >= e || !_ds_tok_is_punct (&s->toks[c], ','))
            return FALSE;
          k = c + 1;
        }
      if (k >= e || !s->toks[k].cap || s->toks[k].type != TOK_WORD)
        break;
    }
  /* What they hold: "have ratified …" / "yang telah meratifikasi …". */
  v = k;
  if (ctx->english ? !(_ds_tok_is (&s->toks[v], "have") || _ds_tok_is (&s->toks[v], "had") ||
                       _ds_tok_is (&s->toks[v], "were") || s->toks[v].verb ||
                       /* "voted", "objected": a past tense the lexicon may not know */
                       (s->toks[v].type == TOK_WORD && !s->toks[v].cap && s->toks[v].len > 4 &&
                        strncmp (s->toks[v].p + s->toks[v].len - 2, "ed", 2) == 0))
                   : !_ds_tok_is (&s->toks[v], "yang"))
    return FALSE;
  if (!ctx->english)
    v++;
  for (guint i = n; i < k; i++)
    names += s->toks[i].cap && (s->toks[i].flags & W_COUNTRY) != 0;
  if (names < 2 || e - v < 2 || e - v > HOLDER_MAX_TOKENS || _ds_toks_any_used (s, 0, e))
    return FALSE;
  {
    g_autofree char *predicate = _ds_phrase_dup (s, v, e, FALSE);
    g_autofree char *question = ds_lang_expand (ctx->lang, "question_facts_only_country", "predicate", predicate,
                                                NULL);

    return commit_holder (ctx, s, question, n, k, 0);
  }
}

/* "The National Cyber Agency was established by Presidential Regulation
 * No. 53 of 2017, merging the Cipher Office and the Directorate of …",
 * "Badan X dibentuk … , menggabungkan Lembaga A dan Direktorat B": the
 * bodies after the merging participle (the phrase list merge_participle)
 * went into the name that opens the sentence and was formed (its passive
 * verb in facts9_act_passive right after it); asked "Which bodies were
 * merged to form X?", "Lembaga apa saja yang digabungkan menjadi X?".
 * Names in capitals only, two or more, to the sentence's end. */
static gboolean
holder_merged (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), c, k, n = 0, a, b, first, names = 0;

  /* Most sentences hold no merging participle: no scan for its comma. */
  if (!_ds_sent_may_start (s, HOT_MERGE_PARTICIPLE))
    return FALSE;
  for (c = 3; c + 3 < e; c++)
    {
      if (_ds_tok_is_punct (&s->toks[c], ',') && (n = _ds_phrase_at (ctx, s, c + 1, PL_MERGE_PARTICIPLE)) > 0)
        break;
      /* "… created in 2009 by merging A and B", "… dibentuk dengan
       * melebur A dan B": a preposition ties the participle to the verb
       * with no comma. */
      if ((_ds_tok_is (&s->toks[c], "by") || _ds_tok_is (&s->toks[c], "dengan")) &&
          (n = _ds_phrase_at (ctx, s, c, PL_MERGE_PARTICIPLE)) > 1)
        {
          c--;
          break;
        }
    }
  if (c + 3 >= e || n == 0)
    return FALSE;
  /* The name that opens the sentence, then its passive verb. */
  /* ("Badan Siber dan Sandi Negara": a name's words may be joined by a
   * function word between capitals.) */
  a = _ds_tok_is (&s->toks[0], "the") ? 1 : 0;
  for (b = a; b < c && s->toks[b].type == TOK_WORD &&
              (s->toks[b].cap || ((s->toks[b].flags & W_FUNCTION) && b > a && b + 1 < c && s->toks[b + 1].cap));
       b++)
    ;
  if (b - a < 2 || b >= c)
    return FALSE;
  k = b;
  if (ctx->english && k < c && (_ds_tok_is (&s->toks[k], "was") || _ds_tok_is (&s->toks[k], "were")))
    k++;
  if (k >= c || _ds_phrase_at (ctx, s, k, PL_FACTS9_ACT_PASSIVE) == 0)
    return FALSE;
  /* The bodies merged: "the A, the B and the C", "A, B, dan C"; each
   * words in capitals, joined inside by "of", "for", "untuk". */
  first = c + 1 + n;
  for (k = first; k < e;)
    {
      guint start;

      if (_ds_tok_is (&s->toks[k], "the"))
        k++;
      for (start = k; k < e && s->toks[k].type == TOK_WORD &&
                      (s->toks[k].cap || ((s->toks[k].flags & W_PREP) && k > start && k + 1 < e && s->toks[k + 1].cap));
           k++)
        ;
      if (k == start)
        return FALSE;
      names++;
      if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
        k++;
      if (k < e && (_ds_tok_is (&s->toks[k], "and") || _ds_tok_is (&s->toks[k], "dan")))
        k++;
      else if (k < e && !_ds_tok_is_punct (&s->toks[k - 1], ','))
        return FALSE;
    }
  if (names < 2 || _ds_toks_any_used (s, c + 1, e))
    return FALSE;
  {
    g_autofree char *subject = _ds_phrase_dup (s, 0, b, TRUE);
    g_autofree char *question = ds_lang_expand (ctx->lang, "question_merged_into", "subject", subject, NULL);

    return commit_holder (ctx, s, question, first, e, c + 1);
  }
}

gboolean
_ds_find_holder (Ctx  *ctx,
                 Sent *s)
{
  if (s->n < 5)
    return FALSE;
  /* "the only", "satu-satunya" are neither superlatives nor ordinals. */
  if ((s->n_commas > 0 || (s->flags & W_CONJ)) && holder_merged (ctx, s))
    return TRUE;
  return holder_only (ctx, s) || holder_after_copula (ctx, s) ||
         (((s->flags & (W_SUPERLATIVE | W_ORDINAL)) || _ds_sent_may_start (s, HOT_HOLDER_MARKER)) &&
          holder_subject (ctx, s));
}
