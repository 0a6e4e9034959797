/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, plain statements: the thesis sentence of a paragraph
 * that no list, definition or cause cue marks, yet a lecturer asks about.
 * A verb phrase of the language's lists says how the sentence is asked:
 *
 *   "X menjadi kunci bagi Y", "X berperan penting dalam Y", "X
 *   memungkinkan Y …", "X plays a central role in Y", "X is essential
 *   for Y", "X allows Y to …" → "Apa yang menjadi kunci bagi Y?", "What
 *   plays a central role in Y?", answered by X ("Siapa"/"Who" for a
 *   government or a country)
 *   "X bertujuan untuk Y", "X aims to Y" → "Apa tujuan X?", "What is the
 *   aim of X?", answered by Y
 *   "X bergantung pada Y", "X depends on Y" → "X bergantung pada apa?",
 *   "What does X depend on?"
 *   "X bergeser dari A ke B", "X shifted from A to B" → "Bagaimana X
 *   bergeser?", "How did X shift?", answered by "dari A ke B"
 *   "Kekuatan X terletak pada Y", "The strength of X lies in Y" → "Di
 *   mana letak kekuatan X?", "Where does the strength of X lie?"
 *   "Panel peninjau menyimpulkan bahwa Y", "The review panel concluded
 *   that Y" → "Apa yang disimpulkan panel peninjau?", "What did the
 *   review panel conclude?"
 *   where the essay concludes, "X harus Y", "X should Y" → "Menurut
 *   penulis, apa yang harus dilakukan X?", "According to the author,
 *   what should X do?"
 *   "Kementerian X menyusun A dan mengawasi B", "Badan X bertugas …",
 *   "The Ministry of X drafts A and supervises B", "The Agency is
 *   responsible for …" → "Apa tugas Kementerian X?", "What does the
 *   Ministry of X do?", answered by what it does (an institution's
 *   subject only; in Indonesian, whose verbs say no tense, two tasks
 *   joined by "dan"/"serta" tell a duty from a single act)
 *   "X menanggapi dengan Y", "X retaliated with Y" → "Bagaimana X
 *   menanggapi?", "How did X retaliate?"
 *   "X merupakan bagian dari Y", "X is part of Y" → "X merupakan bagian
 *   dari apa?", "What is X part of?"
 *   "X dikaitkan dengan Y", "X diduga dilakukan oleh Y", "X was
 *   attributed to Y", "X was blamed on Y" → "X dikaitkan dengan apa?",
 *   "X diduga dilakukan oleh siapa?", "What was X attributed to?"
 *
 * What the question says must stand on its own: no pronoun, no "itu",
 * "this", no "-nya"; what answers it names something (the cause rules'
 * test of a side).
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-words.h"
#include "ds-utf8.h"

/* Tokens the part after the verb phrase may take, and the subject with
 * an adverbial that opens the sentence before it. */
#define MAX_REST_TOKENS 25
/* An advice's rest may say what it advises against besides. */
#define MAX_ADVICE_TOKENS 34
#define MAX_LEAD_TOKENS 30

/* What a search for a statement may take: any statement of a sentence
 * no rule took; an institution's tasks only, before the rules of events
 * read "Kementerian X menetapkan A dan mengawasi B" as one act; or those
 * beside an acronym's meaning asked already ("Badan X (BX) bertugas …"). */
typedef enum {
  FIND_ANY,
  FIND_PLAIN,       /* any but what the author recommends */
  FIND_ADVICE,      /* only what the author recommends */
  FIND_TASK,
  FIND_TASK_BESIDE,
} Find;

/* Which side of the verb phrase answers. */
typedef enum {
  ASK_SUBJECT,   /* "Apa yang menjadi kunci bagi Y?" → X */
  ASK_REST,      /* "Apa tujuan X?" → Y */
  ASK_PREDICATE, /* "Apa tugas X?" → the verb phrase and Y */
} Asked;

typedef struct {
  PhraseId    phrases;    /* the language's phrase list */
  const char *question;   /* template */
  Asked       asked;
  PhraseId    needs;      /* a phrase list the rest must hold ("ke", "to"), or PL_NONE */
  /* A phrase list the subject must hold when the language has one: "The
   * strength of X lies in …", not "The village lies in the delta". */
  PhraseId    subject_needs;
  /* Only where the essay concludes: "Negara pantai harus …" there is
   * what the author recommends; elsewhere a rule or a duty says it. */
  gboolean    concluding;
  /* In Indonesian, a second verb after "dan"/"serta" in the rest: "X
   * menyusun A dan mengawasi B" states a duty, "X menyusun A" may tell
   * one act, which the verb's form does not tell apart. */
  gboolean    joined;
  /* The subject must name an actor: "Norvalia menanggapi dengan …", not
   * "Para pejabat menanggapi dengan hati-hati …". */
  gboolean    actor;
  /* What an actor or a meeting decided, agreed or asked of another
   * ("Rapat menyepakati bahwa …", "X urged Y to …"): the subject names
   * one (actor_subject(), or a body of the list statement_reported_body);
   * asked with the verb's passive in Indonesian ("disepakati"). */
  gboolean    reported;
  /* "X meminta Y untuk Z", "X urged Y to Z": the rest names whom it asks
   * before a link (statement_request_link) or, in Indonesian, a verb;
   * the question names them, what follows answers. */
  gboolean    request;
} Statement;

static const Statement statements[] = {
  { PL_STATEMENT_KEY, "question_statement_key", ASK_SUBJECT, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_AIM, "question_statement_aim", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_DEPEND, "question_statement_depend", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_SHIFT, "question_statement_shift", ASK_REST, PL_STATEMENT_SHIFT_TO, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_LIES, "question_statement_lies", ASK_REST, PL_NONE, PL_STATEMENT_LIES_SUBJECT, FALSE, FALSE, FALSE, FALSE, FALSE },
  /* "Panel peninjau menyimpulkan bahwa …", "The review panel concluded
   * that …": a body that is no name the source rules know. */
  { PL_STATEMENT_CONCLUDE, "question_statement_conclude", ASK_REST, PL_NONE, PL_STATEMENT_BODY, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_ADVICE, "question_statement_advice", ASK_REST, PL_NONE, PL_NONE, TRUE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_DUTY, "question_statement_task", ASK_REST, PL_NONE, PL_STATEMENT_AGENCY, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_TASK, "question_statement_task", ASK_PREDICATE, PL_NONE, PL_STATEMENT_AGENCY, FALSE, TRUE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_RESPOND, "question_statement_respond", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, TRUE, FALSE, FALSE },
  { PL_STATEMENT_PART, "question_statement_part", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_LINKED, "question_statement_linked", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  { PL_STATEMENT_DONE_BY, "question_statement_done_by", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, FALSE, FALSE },
  /* "Rapat menyepakati bahwa …", "The committee agreed that …", "The
   * meeting decided to …" → "Apa yang disepakati rapat?", "What did the
   * committee agree?" */
  { PL_STATEMENT_DECIDE, "question_statement_decide", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, TRUE, FALSE },
  /* "Komisi I meminta Kemlu untuk …", "X urged Y to …" → "Apa yang
   * diminta Komisi I kepada Kemlu?", "What did X urge Y to do?" */
  { PL_STATEMENT_REQUEST, "question_statement_request", ASK_REST, PL_NONE, PL_NONE, FALSE, FALSE, FALSE, TRUE, TRUE },
};

/* The phrase lists of the statements above, as one set: a word that
 * starts none of them is not tried against each. */
const char * const *
_ds_statement_lists (void)
{
  static const char *names[G_N_ELEMENTS (statements) + 1];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
        names[i] = _ds_phrase_names[statements[i].phrases];
      g_once_init_leave (&done, 1);
    }
  return names;
}

/* The first statement phrase in tokens [a, b): its place in *@v, its
 * length in *@n; NULL when there is none. */
static const Statement *
statement_at (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b,
              guint      *v,
              guint      *n)
{
  /* No word of the sentence starts a statement's phrase. */
  if (!_ds_sent_may_start (s, HOT_STATEMENTS))
    {
      *v = b;
      return NULL;
    }
  for (*v = a; *v < b; (*v)++)
    {
      const Tok *t = &s->toks[*v];

      /* The verb phrase stands in the subject's clause: past a comma only
       * after an adverbial that opens the sentence, which has no verb
       * phrase of its own. */
      if (t->type == TOK_PUNCT && !_ds_side_punct (t) && !(t->ch == ',' && (s->toks[a - 1].flags & W_PREP)))
        return NULL;
      /* A verb phrase starts with a lower-case word; most words start no
       * phrase of any list, which the token tells at once. */
      if (t->type != TOK_WORD || t->cap || !_ds_lexicon_starts_any (ctx, s, *v, _ds_statement_lists ()))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
        if ((*n = _ds_phrase_at (ctx, s, *v, statements[i].phrases)) > 0)
          {
            /* "… membuat Anda tidak perlu membayar tebusan", "need not":
             * a denied advice or aim states none. */
            if (*v > a && _ds_phrase_at (ctx, s, *v - 1, PL_CONTRAST_NOT) == 1)
              return NULL;
            return &statements[i];
          }
    }
  return NULL;
}

/* "to build, by 2030, a network", "to publish, each spring, a report":
 * the comma at @k right after the rest's verb opens an aside of a
 * preposition or a time phrase, closed by a comma within six words and
 * followed by the verb's object. Returns the closing comma, or 0. */
static guint
verb_object_aside (const Sent *s,
                   guint       r,
                   guint       k,
                   guint       e)
{
  const Tok *open = &s->toks[k];

  if (open->type != TOK_PUNCT || open->ch != ',' || k == r || k + 2 >= e || (k != r + 1 && !s->toks[k - 1].verb) || s->toks[k - 1].cap ||
      !(s->toks[k + 1].flags & (W_PREP | W_QUANT | W_DET)))
    return 0;
  for (guint c = k + 2; c + 1 < e && c <= k + 7; c++)
    {
      const Tok *t = &s->toks[c];

      if (t->type == TOK_PUNCT && t->ch == ',')
        return s->toks[c + 1].type == TOK_WORD && !(s->toks[c + 1].flags & (W_CONJ | W_CLAUSE | W_RELATIVE)) ? c : 0;
      if (t->type == TOK_PUNCT)
        return 0;
    }
  return 0;
}

/* _ds_side_ok() for the rest [@r, @end), whose aside between the verb and
 * its object (verb_object_aside()) is no side's comma: the object after
 * it must be a side. */
static gboolean
rest_side_ok (const Sent *s,
              guint       r,
              guint       end)
{
  for (guint k = r + 1; k < end && k <= r + 2; k++)
    {
      guint close = verb_object_aside (s, r, k, end);

      if (close > 0)
        return s->toks[r].type == TOK_WORD && !(s->toks[r].flags & (W_PRONOUN | W_ANAPHOR)) &&
               _ds_side_ok (s, close + 1, end);
    }
  return _ds_side_ok (s, r, end);
}

/* Where the part after the verb phrase, from @r, ends: the sentence's end,
 * or a comma that opens a clause of its own ("…, terutama …", "…, which
 * …"); 0 when a comma may go on with items of a list, or the part runs
 * too long. */
static guint
rest_end (Ctx        *ctx,
          const Sent *s,
          guint       r,
          gboolean    aside,
          gboolean    advice)
{
  guint e = _ds_body_end (s), k;

  for (k = r; k < e && k < r + (advice ? MAX_ADVICE_TOKENS : MAX_REST_TOKENS); k++)
    {
      const Tok *t = &s->toks[k];

      guint close;

      if (t->type != TOK_PUNCT || _ds_side_punct (t))
        continue;
      /* "… should sign agreements now, rather than wait for a treaty",
       * "… perlu menyiapkan undang-undang, alih-alih menunggu …": what
       * the author advises against is the advice's own (phrase list
       * defs4_denying_aside), kept in the answer. */
      if (advice && t->ch == ',' && k + 2 < e && _ds_phrase_at (ctx, s, k + 1, PL_DEFS4_DENYING_ASIDE) > 0)
        continue;
      if (t->ch == ',' && k + 1 < e && (s->toks[k + 1].flags & (W_CLAUSE | W_CONNECTIVE | W_RELATIVE)))
        return k;
      /* "aims to build, by 2030, a network …": an aside between the verb
       * and its object is no comma of a list (a task's rest is a list's
       * item, which the list rules ask). */
      if (aside && (close = verb_object_aside (s, r, k, e)) > 0)
        {
          k = close;
          continue;
        }
      return 0;
    }
  return k == e ? e : 0;
}

/* The comma before what an advice in [@r, @end) advises against
 * ("…, rather than wait …", "…, alih-alih menunggu …"), or @end: the
 * advice before it is the side a question asks. */
static guint
denial_comma (Ctx        *ctx,
              const Sent *s,
              guint       r,
              guint       end)
{
  for (guint k = r + 1; k + 2 < end; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && _ds_phrase_at (ctx, s, k + 1, PL_DEFS4_DENYING_ASIDE) > 0)
      return k;
  return end;
}

/* Where the subject of the verb phrase at @v starts: the sentence's
 * opening, or past an adverbial that opens it with a preposition ("Dalam
 * perundingan air, …", "In water talks, …"); G_MAXUINT when a comma
 * before the verb parts something else (the items of a list). */
static guint
subject_start (const Sent *s,
               guint       v)
{
  guint c = _ds_clause_opening (s), k;

  if (c == G_MAXUINT || (k = _ds_clause_start (s, v)) <= c)
    return c;
  return (s->toks[c].flags & W_PREP) ? k : G_MAXUINT;
}


/* Whether tokens [a, e) join a second task to the first: "dan", "serta"
 * before a verb ("… dan melaporkan hasilnya"), not before a noun ("… dan
 * curah hujan"). */
static gboolean
second_task (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e)
{
  for (guint k = a; k + 1 < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_STATEMENT_TASK_JOIN) == 1 && (s->toks[k + 1].verb || ctx->english) &&
        !s->toks[k + 1].cap && _ds_phrase_at (ctx, s, k + 1, PL_STATEMENT_TASK) > 0)
      return TRUE;
  return FALSE;
}

/* Whether tokens [c, a) name an actor: a government, a country, a name
 * ("Norvalia", "Phnom Penh"). */
static gboolean
actor_subject (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       a)
{
  for (guint k = c; k < a; k++)
    if ((s->toks[k].flags & (W_GOV | W_COUNTRY)) || (k > c && s->toks[k].cap) || _ds_tok_known_name (ctx, &s->toks[k]))
      return TRUE;
  return FALSE;
}

/* Whether tokens [c, a) name who decides or asks: an actor
 * (actor_subject()) or a meeting, a body (list statement_reported_body:
 * "rapat", "the committee"). */
static gboolean
named_party (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       a)
{
  return actor_subject (ctx, s, c, a) || _ds_phrase_in (ctx, s, c, a, PL_STATEMENT_REPORTED_BODY);
}

/* "Indonesia perlu membentuk …", "ASEAN should create …", "Small states
 * ought to pool …": away from the conclusion, a named actor (a country, a
 * government, a name) told what it should do is the author's
 * recommendation too, when the word says advice (phrase list
 * statement_advice_soft); "must", "harus" only of a name that opens the
 * sentence ("ASEAN must …", not "Under the treaty, members must …",
 * which states a rule). The subject is [c, a), the advice ends at @r. */
static guint step_lead_end (Ctx        *ctx,
                            const Sent *s);

/* Whether tokens [c, a) are a noun phrase of their own, as advice is
 * given to: no verb in it, nothing that leaves it open ("… diganti tanpa
 * perlu …", "Solidaritas regional masih lemah dan perlu …"); in
 * Indonesian a ber- verb after the actor's head describes it, as an
 * adjective would ("Negara-negara berkembang sebaiknya …"). */
static gboolean
advice_subject_plain (Ctx        *ctx,
                      const Sent *s,
                      guint       c,
                      guint       a)
{
  gboolean head = !ctx->english && _ds_phrase_at (ctx, s, c, PL_ADVICE_ACTOR_HEAD) == 1;

  for (guint k = c; k < a; k++)
    if ((s->toks[k].verb && !s->toks[k].cap && _ds_phrase_at (ctx, s, k, PL_ADVICE_ACTOR_HEAD) != 1 &&
         !(head && k > c && s->toks[k].len > 5 && g_ascii_strncasecmp (s->toks[k].p, "ber", 3) == 0)) ||
        s->toks[k].type != TOK_WORD ||
        (s->toks[k].flags & (W_CONJ | W_RELATIVE | W_THAT | W_CONNECTIVE)))
      return FALSE;
  return !(s->toks[a - 1].flags & (W_PREP | W_DET));
}

static gboolean
advice_anywhere (Ctx        *ctx,
                 const Sent *s,
                 guint       c,
                 guint       a,
                 guint       r)
{
  gboolean name = (c == 0 || c == step_lead_end (ctx, s)) && s->toks[c].cap && ((s->toks[c].flags & W_COUNTRY) || _ds_tok_is_acronym (&s->toks[c]));

  if (!advice_subject_plain (ctx, s, c, a))
    return FALSE;

  /* "Small states should …", "Pemerintah daerah sebaiknya …": a plural
   * of actors or a government by its head (phrase list advice_actor_head),
   * last in English, first in Indonesian. */
  if (!name && !actor_subject (ctx, s, c, a) &&
      _ds_phrase_at (ctx, s, ctx->english ? a - 1 : c, PL_ADVICE_ACTOR_HEAD) != 1)
    return FALSE;
  return name || _ds_phrase_in (ctx, s, a, r, PL_STATEMENT_ADVICE_SOFT);
}

/* "Kelemahan strategi ini sering dikaitkan dengan …": the subject's
 * owner pointed at by the demonstrative that closes it, which the
 * referent rules name from the essay ("kelemahan strategi lindung
 * nilai"), else the card gate drops the card. Indonesian only: English
 * "this strategy" is read as "the strategy". */
static gboolean
pointed_owner (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       a)
{
  if (ctx->english || a < c + 3 || !(s->toks[a - 1].flags & W_ANAPHOR))
    return FALSE;
  for (guint k = c; k < a - 1; k++)
    if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_FUNCTION)) || _ds_tok_ends_nya (&s->toks[k]) ||
        s->toks[k].type != TOK_WORD)
      return FALSE;
  return TRUE;
}

/* Whether @st says what an institution does. */
static gboolean
is_task (const Statement *st)
{
  return st->subject_needs == PL_STATEMENT_AGENCY;
}

/* Whether tokens [c, a) name the institution alone: no task verb of its
 * own ("The Ministry designates A and supervises …" read from
 * "supervises"), nor a conjunction or a preposition last, and in English
 * a name, a bracket or the institution's noun last. */
static gboolean
agency_subject (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint       a)
{
  const Tok *last = &s->toks[a - 1];

  if (_ds_phrase_in (ctx, s, c, a, PL_STATEMENT_TASK) || _ds_phrase_in (ctx, s, c, a, PL_STATEMENT_DUTY) ||
      (last->flags & (W_CONJ | W_PREP)))
    return FALSE;
  return !ctx->english || last->cap || _ds_tok_is_punct (last, ')') ||
         _ds_phrase_at (ctx, s, a - 1, PL_STATEMENT_AGENCY) > 0;
}

/* Whether the subject [c, a) and the rest [r, e) hold what @st needs,
 * and @s stands where @st may. */
static gboolean
needs_met (Ctx             *ctx,
           const Sent      *s,
           const Statement *st,
           guint            c,
           guint            a,
           guint            r,
           guint            e)
{
  const char * const *list;

  if (st->needs != PL_NONE && !_ds_phrase_in (ctx, s, r + 1, e, st->needs))
    return FALSE;
  /* "Governments should perhaps wait …", "Negara mungkin perlu …": a
   * hedge beside the word of advice (phrase list fallback_hedge) makes
   * no advice the author gives. */
  if (st->concluding && _ds_phrase_in (ctx, s, c, MIN (r + 2, e), PL_FALLBACK_HEDGE))
    return FALSE;
  /* "Penelitian lanjutan perlu …", "Further research should …": what
   * is left to study, no recommendation a lecturer asks. */
  if (st->concluding && (_ds_phrase_in (ctx, s, c, a, PL_STUDY_NOUN) ||
                         (!_ds_sentence_concludes (ctx, s) && !ctx->advice_lead && !advice_anywhere (ctx, s, c, a, r))))
    return FALSE;
  /* (A relative clause's task is a duty: "…, yang menangani …"; a year
   * tells what was done then, no duty: "Kementerian X menetapkan A dan
   * mengawasi B pada 2019".) */
  if (st->joined && !ctx->english && !ctx->split_aside && (!second_task (ctx, s, r + 1, e) || _ds_toks_any_year (s, 0, s->n)))
    return FALSE;
  if (is_task (st) && !agency_subject (ctx, s, c, a))
    return FALSE;
  if (st->actor && !actor_subject (ctx, s, c, a))
    return FALSE;
  /* "Rapat menyepakati …", "The delegation of Velmara urged …": a
   * meeting, a body or a named actor; "Para peserta sepakat …", "Many
   * agreed …" name no one. */
  /* "Enam negara pantai bertemu … dan menyepakati …": a subject with a
   * verb of its own is a clause, no party. */
  if (st->reported)
    {
      for (guint k = c; k < a; k++)
        if ((s->toks[k].verb && !s->toks[k].cap) || s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_CLAUSE) ||
            _ds_phrase_at (ctx, s, k, PL_STATEMENT_REPORTED_NOT) > 0)
          return FALSE;
      return named_party (ctx, s, c, a);
    }
  if (st->subject_needs == PL_NONE || (list = ds_lang_get_phrases (ctx->lang, _ds_phrase_names[st->subject_needs])) == NULL ||
      list[0] == NULL)
    return TRUE;
  return _ds_phrase_in (ctx, s, c, a, st->subject_needs);
}

/* Whether tokens [a, b) name a government or a country by their head:
 * asked "Siapa", "Who". The head is the first word in Indonesian, the
 * last before "of" or another preposition in English ("A network of
 * local governments" is a network). */
static gboolean
names_actor (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  guint head = a;

  if (ctx->english)
    {
      while (head + 1 < b && !(s->toks[head + 1].flags & W_PREP))
        head++;
    }
  return (s->toks[head].flags & (W_GOV | W_COUNTRY)) != 0;
}

static gboolean advice_section (Ctx *ctx);

/* Whether tokens [c, a) make the statement's subject: a side of two
 * words or more, or a name of one where the question carries it: an
 * acronym or a country ("ASEAN perlu …"), not a word whose capital is the
 * sentence's ("Hoaks dirancang untuk …"). */
static gboolean
subject_ok (Ctx             *ctx,
            const Sent      *s,
            const Statement *st,
            guint            c,
            guint            a)
{
  if (st->asked == ASK_REST && a == c + 1 &&
      (st->reported || _ds_tok_is_acronym (&s->toks[c]) || (s->toks[c].flags & W_COUNTRY) || _ds_tok_known_name (ctx, &s->toks[c])))
    return TRUE;
  /* "Pemerintah sebaiknya …", "The government should …": advice to the
   * government (phrase list government_noun) is to the one the essay is
   * about. */
  if (st->concluding && (a == c + 1 || (a == c + 2 && _ds_tok_is_article (&s->toks[c]))) &&
      _ds_phrase_at (ctx, s, a - 1, PL_GOVERNMENT_NOUN) == 1)
    return TRUE;
  /* "Governments should …", "States ought to …": actors as a class, one
   * plural word (phrase list advice_actor_alone), are whom the author
   * advises, asked by that word, where the essay concludes or under a
   * heading of advice; elsewhere "States should not damage …" may state
   * a norm. */
  if (st->concluding && a == c + 1 && _ds_phrase_at (ctx, s, c, PL_ADVICE_ACTOR_ALONE) == 1 &&
      (_ds_sentence_concludes (ctx, s) || ctx->advice_lead || advice_section (ctx)))
    return TRUE;
  /* "Censorship is common in states where the media depend on …": a
   * clause before the verb, whose last words are no subject. */
  for (guint k = c; k < a; k++)
    if (s->toks[k].flags & (W_RELATIVE | W_CUE_DEF | W_AUX))
      return FALSE;
  /* "Sebagian diplomat yakin standar OECD akan memperkuat …", "Para
   * pengamat khawatir keanggotaan itu akan mengurangi …", "Many
   * exporters are worried the rules will raise …": a word of belief or
   * worry that goes without "bahwa"/"that" (phrase lists view_bare_word
   * and view_verb_bare) makes what follows someone's view, not the
   * essay's claim; its subject is no answer ("Sebagian diplomat yakin
   * standar OECD"), and the view is asked by the rules of sources. */
  if (_ds_phrase_in (ctx, s, c, a, PL_VIEW_BARE_WORD) || _ds_phrase_in (ctx, s, c, a, PL_VIEW_VERB_BARE))
    return FALSE;
  /* "The commission concluded …": which one, the question cannot say.
   * What "the secretariat" does is asked: an institution's duties are
   * what the essay is about. */
  if (st->asked == ASK_REST && a == c + 2 && _ds_tok_is_article (&s->toks[c]) && !s->toks[c + 1].cap &&
      !st->reported)
    return FALSE;
  if (st->asked == ASK_REST && pointed_owner (ctx, s, c, a))
    return TRUE;
  return _ds_side_ok (s, c, a);
}

/* The verb phrase [v, v + n) as a question says it after "What": its
 * first word in the singular ("are essential" → "is essential", "play a
 * key role" → "plays a key role"). */
static char *
singular_phrase (Ctx        *ctx,
                 const Sent *s,
                 guint       v,
                 guint       n)
{
  g_autofree char *first = _ds_lexicon_rewrite (ctx, &s->toks[v], "statement_singular");
  g_autofree char *rest = n > 1 ? _ds_toks_dup (s, v + 1, v + n) : g_strdup ("");

  return g_strjoin (n > 1 ? " " : "", first, rest, NULL);
}

/* The auxiliary and the verb an English question asks the statement with
 * ("shifted" → "did", "shift"; "has shifted" → "has", "shifted"; "has
 * been linked to" → "has", "been linked", its particle asked apart); the
 * verb as written for Indonesian, whose questions take no auxiliary. The
 * phrase is [v, v + n). */
static void
question_verb (Ctx         *ctx,
               const Sent  *s,
               guint        v,
               guint        n,
               char       **aux,
               char       **verb)
{
  const char *forms;

  if ((s->toks[v].flags & W_AUX) && v + 1 < s->n)
    {
      *aux = _ds_toks_dup (s, v, v + 1);
      *verb = _ds_toks_dup (s, v + 1, MAX (v + 2, v + n - 1));
    }
  else if ((forms = _ds_lexicon_other_forms (ctx, &s->toks[v], "statement_forms")) != NULL)
    {
      *aux = g_strndup (forms, strcspn (forms, " "));
      *verb = g_strdup (strchr (forms, ' ') != NULL ? strchr (forms, ' ') + 1 : forms);
    }
  else
    {
      *aux = g_strdup ("");
      *verb = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
    }
}

/* The subject [c, a) as a question names it: "The council publishes …"
 * after a sentence that began with the Pacific Data Council asks about
 * that council by its name. */
static char *
named_subject (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       a)
{
  guint end;
  char *name = _ds_anaphor_at (ctx, s, c, &end);

  if (name != NULL && end == a)
    return name;
  g_free (name);
  return _ds_sentence_subject (s, c, a);
}

/* The question of @st for subject [c, a), the verb phrase [v, v + n) and
 * the rest [r, e). */
static char *
statement_question (Ctx             *ctx,
                    const Sent      *s,
                    const Statement *st,
                    guint            c,
                    guint            a,
                    guint            v,
                    guint            n,
                    guint            e,
                    guint            oa,
                    guint            ob)
{
  g_autofree char *question = NULL;

  if (st->asked == ASK_SUBJECT)
    {
      g_autofree char *verb = singular_phrase (ctx, s, v, n);
      g_autofree char *rest = _ds_phrase_dup (s, v + n, e, FALSE);

      question = ds_lang_expand (ctx->lang, names_actor (ctx, s, c, a) ? "question_statement_key_who" : st->question,
                                 "verb", verb, "rest", rest, NULL);
    }
  else
    {
      g_autofree char *subject = named_subject (ctx, s, c, a);
      g_autofree char *aux = NULL;
      g_autofree char *verb = NULL;
      g_autofree char *phrase = _ds_toks_dup (s, v, v + n);
      g_autofree char *lower = ds_utf8_strdown (phrase, -1);
      g_autofree char *tail = _ds_toks_dup (s, v + n - 1, v + n);
      g_autofree char *object = ob > oa ? _ds_phrase_dup (s, oa, ob, FALSE) : g_strdup ("");
      /* "menyepakati" → "disepakati", "meminta" → "diminta": the
       * Indonesian question asks with the passive (list
       * statement_passive); English has none. */
      g_autofree char *passive = _ds_lexicon_rewrite (ctx, &s->toks[v], "statement_passive");

      /* "The 1995 Mekong Agreement": the article's capital is the
       * sentence's. */
      if (_ds_tok_is_article (&s->toks[c]))
        subject[0] = ds_ascii_tolower (subject[0]);
      /* ("Governments should …" asks "What should governments do?") */
      else if (st->concluding && a == c + 1 && _ds_phrase_at (ctx, s, c, PL_ADVICE_ACTOR_ALONE) == 1 &&
               _ds_phrase_at (ctx, s, c, PL_GOVERNMENT_NOUN) == 0)
        subject[0] = ds_ascii_tolower (subject[0]);

      question_verb (ctx, s, v, n, &aux, &verb);
      question = ds_lang_expand (ctx->lang, st->question, "subject", subject, "aux", aux, "verb", verb,
                                 "phrase", lower, "tail", tail, "object", object, "passive", passive, NULL);
    }
  return ds_utf8_capitalize (question);
}

/* Commits the statement of @s: the answer is tokens [a, b). */
static gboolean
commit_statement (Ctx  *ctx,
                  Sent *s,
                  guint a,
                  guint b,
                  char *question)
{
  DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, a, b);

  claim->question = question;
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* The words a request names whom it asks with, at most. */
#define MAX_ASKED_TOKENS 8

/* "Komisi I meminta Kementerian Luar Negeri (untuk) menyampaikan …", "X
 * urged Y to publish …": whom the subject [c, a) asks is the rest [r, …)
 * up to a link (list statement_request_link) or, in Indonesian, a verb;
 * a name or a government, never a pronoun ("meminta mereka …"). What
 * follows, to @end, answers. */
static gboolean
find_request (Ctx             *ctx,
              Sent            *s,
              const Statement *st,
              guint            c,
              guint            a,
              guint            v,
              guint            n,
              guint            r,
              guint            end)
{
  guint k, l = 0;

  for (k = r + 1; k + 2 < end && k <= r + MAX_ASKED_TOKENS; k++)
    {
      const Tok *t = &s->toks[k];

      if ((l = _ds_phrase_at (ctx, s, k, PL_STATEMENT_REQUEST_LINK)) > 0)
        break;
      if (!ctx->english && t->verb && !t->cap && !(t->flags & (W_AUX | W_ADV | W_FUNCTION)))
        break;
      if (t->type != TOK_WORD || (t->flags & (W_CLAUSE | W_RELATIVE | W_THAT)))
        return FALSE;
    }
  if (k + 2 >= end || k > r + MAX_ASKED_TOKENS || _ds_toks_lean_back (s, r, k) || !named_party (ctx, s, r, k) ||
      _ds_toks_lean_back (s, k + l, MIN (end, k + l + 2)))
    return FALSE;
  return commit_statement (ctx, s, k + l, end, statement_question (ctx, s, st, c, a, v, n, end, r, k));
}

/* "Officials in Suva say the timetable depends on …": what is said has
 * a subject of its own, after the saying verb (the phrase list
 * saying_verb, or "say") and its "that"; @c when [@c, @v) says nothing.
 * (A verb of the word class report, "argued", "menyatakan", is no such
 * verb here: "Some analysts argued that the mission should close" would
 * read the mission's closing as the author's advice. The entries of
 * saying_verb are a word and its other forms, "says say does", none one
 * word long: as the list stands only "say" opens what is said here; read
 * as the word's forms, _ds_lexicon_other_forms (), it asks "What do the
 * team's success depend on?" of "…, officials said, the team's success
 * depends on …".) */
static guint
said_clause_start (Ctx        *ctx,
                   const Sent *s,
                   guint       c,
                   guint       v)
{
  for (guint k = v; k > c + 1; k--)
    {
      guint n = _ds_phrase_at (ctx, s, k - 1, PL_SAYING_VERB);

      if (n == 0 && _ds_tok_is (&s->toks[k - 1], "say"))
        n = 1;
      if (n == 1 && k < v)
        return k < v && _ds_tok_is (&s->toks[k], "that") ? k + 1 : k;
    }
  return c;
}

/* Whether tokens [a, b) are a name alone: capitals and figures, no
 * word in lower case but a name's joining words ("of", "on", "dan"). */
static gboolean
bare_name (const Sent *s,
           guint       a,
           guint       b)
{
  gboolean cap = FALSE;

  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_WORD && !t->cap && !(t->flags & (W_FUNCTION | W_PREP | W_DET)))
        return FALSE;
      cap |= t->cap || t->type == TOK_NUMBER;
    }
  return cap;
}

/* Whether tokens [0, @c) are a preposition, a date and a comma: "In
 * December 2022,", "Pada 2023,". */
static gboolean
opening_date (const Sent *s,
              guint       c)
{
  gboolean year = FALSE;

  if (c < 3 || !(s->toks[0].flags & W_PREP) || !_ds_tok_is_punct (&s->toks[c - 1], ','))
    return FALSE;
  for (guint k = 1; k + 1 < c; k++)
    if (_ds_tok_is_year (&s->toks[k]))
      year = TRUE;
    else if (!(s->toks[k].flags & W_MONTH) && s->toks[k].type != TOK_NUMBER)
      return FALSE;
  return year;
}

/* Tokens a step's lead may take before its comma. */
#define STEP_LEAD_MAX_TOKENS 3

/* "First, Pacific governments should …", "Langkah kedua, Kementerian
 * Luar Negeri harus …", "Rekomendasi ketiga, BSSN perlu …": a lead of a
 * few words that orders the steps of the author's advice (an ordinal
 * last, or a link of phrase list sentence_lead) and its comma stand
 * before the subject the advice is given to; where that subject starts,
 * or 0. Only advice is read past it. */
static guint
step_lead_end (Ctx        *ctx,
               const Sent *s)
{
  guint k;

  if (s->n_commas == 0)
    return 0;
  for (k = 1; k <= STEP_LEAD_MAX_TOKENS && k + 3 < s->n; k++)
    if (s->toks[k].type != TOK_WORD)
      break;
  if (k > STEP_LEAD_MAX_TOKENS || k + 3 >= s->n || !_ds_tok_is_punct (&s->toks[k], ',') ||
      s->toks[k + 1].type != TOK_WORD)
    return 0;
  if ((s->toks[k - 1].flags & W_ORDINAL) || _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LEAD) == k)
    return k + 1;
  return 0;
}

/* The statement of @s that @find may take. */
static gboolean
find_statement (Ctx  *ctx,
                Sent *s,
                Find  find)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), v, n, a, r, end;
  const Statement *st;

  guint step = find == FIND_ANY || find == FIND_ADVICE ? step_lead_end (ctx, s) : 0;

  /* (A step's lead: the statement is read from the subject after it.) */
  if (step > 0 && c < step)
    c = step;
  /* ("In her view, coastal states should …": the view of the person
   * named before, not what the author advises.) */
  if (c == G_MAXUINT || (find != FIND_TASK_BESIDE && _ds_toks_any_used (s, step, s->n)) || _ds_view_pronoun_opens (ctx, s) ||
      (st = statement_at (ctx, s, c + 1, MIN (e, c + MAX_LEAD_TOKENS), &v, &n)) == NULL ||
      (find == FIND_PLAIN && st->concluding) || (find == FIND_ADVICE && !st->concluding) ||
      (step > 0 && !st->concluding) ||
      (find != FIND_ANY && find != FIND_PLAIN && find != FIND_ADVICE && !is_task (st) &&
       !(find == FIND_TASK && st->reported)) ||
      /* "In 2021, ministers agreed …": a dated act is the rules of
       * events' ("When …?", "What did they agree to fund?"). */
      (st->reported && _ds_toks_any_year (s, 0, s->n)) ||
      (find == FIND_TASK_BESIDE && _ds_toks_any_used (s, v, s->n)))
    return FALSE;
  r = v + n;
  /* "Indonesia seharusnya tidak hanya menjadi peserta pelatihan, tetapi
   * juga penggagas agenda", "X should not only fund …, but also …": the
   * advice is the side after the comma, which the answer would cut off
   * (phrase list when_partial). */
  if (st->concluding && r < e && _ds_phrase_at (ctx, s, r, PL_WHEN_PARTIAL) > 0)
    return FALSE;
  /* "Indonesia seharusnya sudah meratifikasi konvensi itu sejak 2010",
   * "The ministry should never have allowed …": blame for what was not
   * done, no advice of what to do (phrase list advice_counterfactual). */
  if (st->concluding && _ds_phrase_at (ctx, s, v, PL_ADVICE_COUNTERFACTUAL) > 0)
    return FALSE;
  /* "X agreed to set up Y", "X sepakat untuk membentuk Y": the rules of
   * events ask what was set up; only "agreed that", "menyepakati" come
   * first. */
  if (find == FIND_TASK && st->reported && !st->request &&
      _ds_phrase_at (ctx, s, r - 1, PL_STATEMENT_REQUEST_LINK) > 0)
    return FALSE;
  /* Before the rules of events and actors, only two tasks or a duty:
   * "The Ministry manages the programme" is asked who manages it. */
  if (find == FIND_TASK && st->asked == ASK_PREDICATE && !second_task (ctx, s, r + 1, e))
    return FALSE;
  c = step > 0 ? step : subject_start (s, v);
  /* "Each summer the board reviews …": the time is no part of the
   * subject. */
  if (c != G_MAXUINT)
    c = _ds_subject_time_end (ctx, s, c, v);
  if (c != G_MAXUINT)
    c = said_clause_start (ctx, s, c, v);
  for (a = v; a > c && (s->toks[a - 1].flags & (W_AUX | W_ADV)); a--)
    ;
  /* ("Fact-checkers therefore need to …": the link is no part of whom
   * the advice is given to.) */
  while (st->concluding && a > c + 1 && (s->toks[a - 1].flags & W_CONNECTIVE))
    a--;
  if (c == G_MAXUINT || a <= c || (end = rest_end (ctx, s, r, !is_task (st), st->concluding)) == 0 || !subject_ok (ctx, s, st, c, a) ||
      !(is_task (st) ? _ds_side_ok (s, r, end) : rest_side_ok (s, r, st->concluding ? denial_comma (ctx, s, r, end) : end)) ||
      (_ds_toks_lean_back (s, c, a) && !(st->asked == ASK_REST && pointed_owner (ctx, s, c, a))) ||
      (st->asked == ASK_SUBJECT && _ds_toks_lean_back (s, r, end)) ||
      /* "Indonesia berusaha menjembatani keduanya": an answer that is
       * one word beside what it points back to answers nothing. */
      (st->asked == ASK_REST && end <= r + 3 && _ds_toks_lean_back (s, r, end)) ||
      !needs_met (ctx, s, st, c, a, r, end))
    return FALSE;
  /* Advice read past a closing link or a step's lead is given to a noun
   * phrase; a step of a sequence whose intro tells what another actor
   * proposed ("Delegasi Indonesia membawa tiga usulan.", "The government
   * stressed two points.") is that actor's, not the author's. */
  if (st->concluding && (find == FIND_ADVICE || (step > 0 && c == step)) &&
      (!advice_subject_plain (ctx, s, c, a) ||
       (step > 0 && ctx->ordinals.claim != NULL && ctx->ordinals.has_intro && ctx->ordinals.intro_other &&
        !_ds_sentence_concludes (ctx, s) && !advice_section (ctx))))
    return FALSE;
  if (st->asked == ASK_SUBJECT)
    return commit_statement (ctx, s, c, a, statement_question (ctx, s, st, c, a, v, n, end, 0, 0));
  /* "Apa tugas X?" is answered by what X does: "menyusun …, dan …". */
  if (st->asked == ASK_PREDICATE)
    return commit_statement (ctx, s, v, end, statement_question (ctx, s, st, c, a, v, n, end, 0, 0));
  /* "bergeser dari A ke B": the answer keeps "dari", "from"; "must also
   * support …" answers "support …". */
  if (st->needs != PL_NONE)
    r--;
  /* ("sebaiknya tidak mendukung …", "should not join …": a negation
   * (phrase list lists_negation) is the answer's own, kept.) */
  while (r + 2 < end && (s->toks[r].flags & W_ADV) && _ds_phrase_at (ctx, s, r, PL_LISTS_NEGATION) == 0)
    r++;
  /* "X lebih bergantung pada A daripada pada B", "X depends more on A
   * than on B": what X depends on is A, before "daripada", "than"; "X
   * depends less on A than on B": it is B, after them. A comparison
   * that says neither way asks nothing. */
  if (st->phrases == PL_STATEMENT_DEPEND)
    {
      gboolean less = FALSE, more = v > c && (_ds_tok_is (&s->toks[v - 1], "lebih") || _ds_tok_is (&s->toks[v - 1], "more"));
      guint than = r;

      for (guint k = v; k < v + n; k++)
        {
          less |= _ds_tok_is (&s->toks[k], "less");
          more |= _ds_tok_is (&s->toks[k], "more");
        }
      /* (A "than" past a relative is the relative clause's own:
       * "depends on courts that rule faster than observers can report",
       * "bergantung pada mitra yang bergerak lebih cepat daripada …"
       * compare nothing of the dependence.) */
      while (than < end && !_ds_tok_is (&s->toks[than], "than") && !_ds_tok_is (&s->toks[than], "daripada") &&
             !(s->toks[than].flags & W_RELATIVE))
        than++;
      if (than < end && (s->toks[than].flags & W_RELATIVE))
        than = end;
      if (than < end && more && !less)
        end = than;
      else if (than < end && less && !more)
        {
          r = than + 1;
          if (r < end && (s->toks[r].flags & W_PREP))
            r++;
        }
      else if (than < end || less || more)
        return FALSE;
      if (end < r + 2)
        return FALSE;
    }
  if (st->request)
    return find_request (ctx, s, st, c, a, v, n, r, end);
  /* "The Security Council responded with Resolution 2664, which created
   * a humanitarian carve-out …": a response that is a name alone says
   * not what the response did; the clause after it does, and answers
   * with it. Without one, no card ("How did Brazil respond? — Decree
   * 11.200"). */
  if (st->phrases == PL_STATEMENT_RESPOND && bare_name (s, r, end))
    {
      if (!(end + 2 < e && _ds_tok_is_punct (&s->toks[end], ',') && (s->toks[end + 1].flags & W_RELATIVE) &&
            e - r <= MAX_REST_TOKENS && !_ds_toks_lean_back (s, end + 2, e)))
        return FALSE;
      end = e;
    }
  /* "In December 2022, the Security Council responded with …": a
   * response is said of what came before it; the date it opens on says
   * which ("How did the Security Council respond in December 2022?"). */
  if (st->phrases == PL_STATEMENT_RESPOND && opening_date (s, c))
    {
      g_autofree char *question = statement_question (ctx, s, st, c, a, v, n, end, 0, 0);
      g_autofree char *date = _ds_toks_dup (s, 0, c - 1);
      gsize len = strlen (question);

      date[0] = g_ascii_tolower (date[0]);
      if (len > 1 && question[len - 1] == '?')
        {
          question[len - 1] = '\0';
          return commit_statement (ctx, s, r, end, g_strconcat (question, " ", date, "?", NULL));
        }
    }
  return commit_statement (ctx, s, r, end, statement_question (ctx, s, st, c, a, v, n, end, 0, 0));
}

/* A sentence whose verb phrase says what is key to, aims at, depends on,
 * shifted to or lies in what, when no other rule took it. */
gboolean
_ds_find_statement (Ctx  *ctx,
                    Sent *s)
{
  return find_statement (ctx, s, FIND_ANY);
}

/* _ds_find_statement(), but what the author recommends ("Negara pantai
 * harus …", "X should …"), which is what the essay concludes where it
 * does. */
gboolean
_ds_find_statement_plain (Ctx  *ctx,
                          Sent *s)
{
  return find_statement (ctx, s, FIND_PLAIN);
}

/* What the author recommends alone ("Oleh karena itu, Indonesia perlu
 * …", "Therefore, governments should …"): a closing link before advice
 * to an actor leads to the advice, which is asked as such. */
gboolean
_ds_find_statement_advice (Ctx  *ctx,
                           Sent *s)
{
  return find_statement (ctx, s, FIND_ADVICE);
}

/* "Badan Nasional X (BNX) bertugas …", "The National X Agency (NXA)
 * coordinates …": what the institution does, beside what its letters
 * stand for, which a rule asked already. */
gboolean
_ds_find_task_beside (Ctx  *ctx,
                      Sent *s)
{
  return find_statement (ctx, s, FIND_TASK_BESIDE);
}

/* "Kementerian X menetapkan A dan mengawasi B", "The Ministry of X
 * designates A and supervises B": what an institution does, asked before
 * the rules of events ask who did one act. */
gboolean
_ds_find_task (Ctx  *ctx,
               Sent *s)
{
  return find_statement (ctx, s, FIND_TASK);
}

/* Tokens a recommendation's object may take. */
#define MAX_RECOMMENDED_TOKENS 25

/* "Kami merekomendasikan Opsi B, yaitu …", "We recommend Option B, a
 * joint fund …": what the authors recommend, named as an object (the
 * thesis rules take "We recommend that …"), asked with the essay's
 * title. */
gboolean
_ds_find_recommendation (Ctx  *ctx,
                         Sent *s)
{
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), n;
  DsClaim *claim;

  if (c == G_MAXUINT || ctx->title == NULL || _ds_toks_any_used (s, 0, s->n) ||
      (n = _ds_phrase_at (ctx, s, c, PL_RECOMMEND_OBJECT)) == 0 || c + n + 2 > e ||
      e - (c + n) > MAX_RECOMMENDED_TOKENS || (s->toks[c + n].flags & (W_THAT | W_PRONOUN | W_ANAPHOR | W_FUNCTION)) ||
      _ds_tok_ends_nya (&s->toks[c + n]) || _ds_tok_is (&s->toks[c + n], "agar"))
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, c + n, e);
  claim->question = ds_lang_expand (ctx->lang, "question_recommend", "topic", ctx->title, NULL);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* Whether the section @s stands in is headed as the author's advice
 * ("Rekomendasi", "Recommendations for ASEAN": _ds_advice_label(), read
 * once as the heading was cut). */
static gboolean
advice_section (Ctx *ctx)
{
  return ctx->advice_topic && ctx->topic_block != G_MAXUINT && ctx->topic != NULL &&
         g_strcmp0 (ctx->topic, ctx->title) != 0;
}

/* Tokens the advice of a line may take. */
#define ADVICE_ITEM_MAX_TOKENS 40

/* "1. Badan Siber dan Sandi Negara menyusun standar …", "- The national
 * cyber agency checks …": under a heading of the author's advice, a
 * line that names an actor and what it does (an active verb in the
 * present) says what the author recommends it do, not what it did:
 * asked "Apa yang direkomendasikan penulis kepada X?" / "What does the
 * author recommend for X?", answered by the verb phrase. A line with a
 * word of advice ("perlu", "should") is the statement rules'; a passive
 * line ("Lembaga PDP dibentuk …") names no actor. */
gboolean
_ds_find_advice_item (Ctx  *ctx,
                      Sent *s)
{
  guint e = _ds_body_end (s);
  g_autofree char *subject = NULL;
  const Tok *head;
  DsClaim *claim;
  Clause c;

  if (!s->first || ds_essay_get_block (ctx->essay, s->block)->kind != DS_BLOCK_LIST_ITEM || e < 5 ||
      e > ADVICE_ITEM_MAX_TOKENS || _ds_toks_any_used (s, 0, s->n) || !advice_section (ctx) ||
      _ds_phrase_in (ctx, s, 0, e, PL_STATEMENT_ADVICE))
    return FALSE;
  _ds_clause_read (ctx, s, &c);
  if (c.subject != 0 || c.subject_end == G_MAXUINT || c.subject_end == 0 || c.head == G_MAXUINT ||
      c.group != c.subject_end || c.head + 3 > e)
    return FALSE;
  head = &s->toks[c.head];
  /* "menyusun", "mengajukan"; "checks", "issues": active, in the
   * present. */
  if (head->type != TOK_WORD || head->cap || (head->flags & (W_AUX | W_PREP | W_CONJ)) ||
      (ctx->english ? head->p[head->len - 1] != 's' : !(head->len > 4 && strncmp (head->p, "me", 2) == 0)))
    return FALSE;
  for (guint k = 0; k < c.subject_end; k++)
    if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT)))
      return FALSE;
  if (!actor_subject (ctx, s, 0, c.subject_end) && !_ds_tok_is_acronym (&s->toks[0]) &&
      _ds_phrase_at (ctx, s, ctx->english ? c.subject_end - 1 : 0, PL_ADVICE_ACTOR_HEAD) != 1 &&
      _ds_phrase_at (ctx, s, ctx->english ? c.subject_end - 1 : 0, PL_GOVERNMENT_NOUN) != 1)
    return FALSE;
  /* ("Presiden segera menerbitkan …": the adverb, of the list
   * event_adverb too, is the advice's.) */
  while (c.subject_end > 1 && ((s->toks[c.subject_end - 1].flags & W_ADV) ||
                                _ds_phrase_at (ctx, s, c.subject_end - 1, PL_EVENT_ADVERB) == 1))
    c.subject_end--;
  subject = _ds_toks_dup (s, 0, c.subject_end);
  /* ("The Ministry …" asked as "… for the Ministry …".) */
  if (_ds_tok_is_article (&s->toks[0]))
    subject[0] = g_ascii_tolower (subject[0]);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, c.head, e);
  claim->question = ds_lang_expand (ctx->lang, "question_advice_item", "subject", subject, NULL);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* An FAQ's question and the paragraph that answers it                 */

/* Words the question over the answer, and the answer, may hold. */
#define FAQ_QUESTION_MIN_WORDS 3
#define FAQ_QUESTION_MAX_WORDS 14
#define FAQ_ANSWER_MIN_WORDS 5
#define FAQ_ANSWER_MAX_WORDS 30

/* "Siapa yang membiayai kantor tersebut?": in Indonesian a
 * demonstrative after a noun points at the thing the FAQ is about, as
 * "the office" does; "What does this do?", "Apa maksud hal ini?" (a
 * noun of the list vague_noun) point back at the text. */
static gboolean
faq_named_by_heading (Ctx        *ctx,
                      const Sent *q,
                      guint       k)
{
  const Tok *t = &q->toks[k - 1];

  return !ctx->english && k >= 2 && t->type == TOK_WORD && !(t->flags & (W_FUNCTION | W_VAGUE | W_QUESTION)) &&
         _ds_tok_nounish (t);
}

/* Whether the question heading @q is a section's headline or a prompt
 * to its reader, not a question its paragraph answers in its first
 * sentence: set in headline case, every word capitalised but function
 * words ("Apa Kata Hukum?", "What Can Citizens Do?"), or opening on a
 * phrase of the list question_prompt_opener ("Bagaimana jika data saya
 * bocor?", "Apa yang bisa dilakukan warga?", "What can citizens do?"),
 * whose answer is the steps or cases that follow, not a sentence. */
static gboolean
heading_is_prompt (Ctx        *ctx,
                   const Sent *q)
{
  guint caps = 0, lower = 0;

  if (_ds_phrase_at (ctx, q, 0, PL_QUESTION_PROMPT_OPENER) > 0)
    return TRUE;
  for (guint k = 1; k < q->n; k++)
    if (q->toks[k].type == TOK_WORD && g_ascii_isalpha (q->toks[k].p[0]))
      {
        if (q->toks[k].cap)
          caps++;
        else if (!(q->toks[k].flags & (W_PREP | W_CONJ | W_DET)) || q->toks[k].len > 3)
          lower++;
      }
  return caps >= 2 && lower == 0;
}

/* Whether the question @q stands on its own as a card's: it opens on a
 * question word (none of yes or no: "Does …?", "Apakah …?"), asks one
 * thing ("?" ends it, and only there) and leans on nothing the card
 * would not show ("What does it do?", "Apa tugas badan ini?", "Why do
 * you think so?", "tugasnya": a pronoun, a demonstrative, "-nya"). */
static gboolean
faq_question_stands (Ctx        *ctx,
                     const Sent *q)
{
  guint words;

  /* ("What about drought?": a prompt to talk, no question.) */
  if (q->n < FAQ_QUESTION_MIN_WORDS + 1 || !(q->toks[0].flags & W_QUESTION) || _ds_tok_is (&q->toks[0], "apakah") ||
      (q->toks[1].flags & W_PREP) || !_ds_tok_is_punct (&q->toks[q->n - 1], '?') || heading_is_prompt (ctx, q))
    return FALSE;
  words = _ds_count_words (q, 0, q->n);
  if (words < FAQ_QUESTION_MIN_WORDS || words > FAQ_QUESTION_MAX_WORDS)
    return FALSE;
  for (guint k = 1; k + 1 < q->n; k++)
    if ((q->toks[k].flags & W_PRONOUN) || _ds_tok_ends_nya (&q->toks[k]) ||
        ((q->toks[k].flags & W_ANAPHOR) && !faq_named_by_heading (ctx, q, k)) ||
        _ds_tok_is_punct (&q->toks[k], '?') || _ds_tok_is_punct (&q->toks[k], ':'))
      return FALSE;
  return TRUE;
}

/* Letters two spellings of one word share at their start at least
 * ("funds", "funded"; "tugas", "tugasnya"). */
#define FAQ_SHARED_PREFIX 4

static gboolean
faq_content_word (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= FAQ_SHARED_PREFIX && !(t->flags & (W_FUNCTION | W_QUESTION | W_AUX));
}

/* Whether the answer @s takes up a content word of the question @q
 * ("Who funds the agency?" / "The agency is funded …"): "## Why does
 * cyber diplomacy matter?" over "In 2017, a ransomware attack …" tells
 * a story first, no answer the card could give. Two words are one when
 * they share their first letters but the last two of the shorter. */
static gboolean
faq_answer_takes_up (const Sent *q,
                     const Sent *s,
                     guint       e)
{
  for (guint i = 0; i < q->n; i++)
    for (guint k = 0; k < e && faq_content_word (&q->toks[i]); k++)
      {
        const Tok *a = &q->toks[i], *b = &s->toks[k];
        guint shorter = MIN (a->len, b->len), n = 0;

        if (!faq_content_word (b))
          continue;
        while (n < shorter && ds_ascii_tolower (a->p[n]) == ds_ascii_tolower (b->p[n]))
          n++;
        if (n >= FAQ_SHARED_PREFIX && n + 2 >= shorter)
          return TRUE;
      }
  return FALSE;
}

/* "What is the Coral Registry?", "Apa itu bea labuh?": the question
 * asks what a thing is (an opener of the list question_what_is, then a
 * short name with no preposition: "What is the main task of …?" asks
 * something else). */
static gboolean
faq_asks_what_is (Ctx        *ctx,
                  const Sent *q)
{
  guint a = _ds_phrase_at (ctx, q, 0, PL_QUESTION_WHAT_IS);

  if (a == 0 || q->n > a + 7)
    return FALSE;
  for (guint k = a; k + 1 < q->n; k++)
    if (q->toks[k].type != TOK_WORD || (q->toks[k].flags & W_PREP))
      return FALSE;
  return TRUE;
}

/* "Menurut Dr. Laras, mengapa …?", "According to Nye, what …?": @question
 * asked as the view of @who (its first letter in lower case). */
static char *
by_speaker (Ctx        *ctx,
            const char *who,
            const char *question)
{
  g_autofree char *asked = g_strdup (question);

  asked[0] = ds_ascii_tolower (asked[0]);
  return ds_lang_expand (ctx->lang, "question_by_speaker", "who", who, "question", asked, NULL);
}

/**
 * _ds_find_faq_answer:
 *
 * "### What does the agency do?", "T: Apa tugas utama Badan Data
 * Pesisir?" over a paragraph: the paragraph's first sentence answers
 * the heading's question, which the card asks as the text does when it
 * stands on its own (faq_question_stands()); the answer is that sentence
 * whole when it is short, a statement that takes up a word of the
 * question, holds no figure and leads into no list.
 *
 * Returns: whether the sentence was taken
 */
gboolean
_ds_find_faq_answer (Ctx  *ctx,
                     Sent *s)
{
  gsize len = ctx->topic != NULL ? strlen (ctx->topic) : 0;
  guint e = _ds_body_end (s), words = _ds_count_words (s, 0, e);
  Sent q = { 0 };
  DsClaim *claim;
  gboolean because;
  const char *who;

  if (len < 6 || ctx->topic[len - 1] != '?' || s->question || words < FAQ_ANSWER_MIN_WORDS ||
      words > FAQ_ANSWER_MAX_WORDS || s->toks[0].type != TOK_WORD || !s->toks[0].cap ||
      _ds_toks_any_used (s, 0, s->n))
    return FALSE;
  /* "In 2017, …", "However, …": the answer is the sentence's claim, no
   * scene or link before it. A sentence with a figure or a date is the
   * fact rules' (a law's number, when it passed); one with a colon or
   * over a list leads into what answers ("Warga disarankan melakukan
   * beberapa langkah berikut"). */
  _ds_text_tokenize (ctx, ctx->topic, &q);
  /* "Mengapa …?" over "Karena …", "Why …?" over "Because …" (phrase
   * lists why_word, answer_because): the reason is the answer. */
  because = _ds_phrase_at (ctx, &q, 0, PL_WHY_WORD) == 1 &&
            _ds_phrase_at (ctx, s, 0, PL_ANSWER_BECAUSE) == 1 && s->n > 3 && !_ds_tok_is_punct (&s->toks[1], ',');
  if (((s->toks[0].flags & (W_PREP | W_CONJ | W_CONNECTIVE | W_ADV)) && !because) || s->has_digit || s->has_colon ||
      (s->block + 1 < ds_essay_get_n_blocks (ctx->essay) &&
       ds_essay_get_block (ctx->essay, s->block + 1)->kind == DS_BLOCK_LIST_ITEM))
    return FALSE;
  /* "What is the Coral Registry?" over "The registry is still being set
   * up …": a question of what a thing is wants its gloss
   * (_ds_find_answer_gloss()), no statement about it. */
  if (!faq_question_stands (ctx, &q) || !(because || faq_answer_takes_up (&q, s, e)) || faq_asks_what_is (ctx, &q))
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, 0, e);
  /* "Menurut Dr. Laras, mengapa …?": an interview's answer is the
   * interviewee's view, asked as theirs. */
  who = _ds_claim_speaker (ctx, claim->start);
  claim->question = who != NULL ? by_speaker (ctx, who, ctx->topic) : g_strdup (ctx->topic);
  _ds_toks_mark_used (s, 0, s->n);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* A salient sentence no rule asked                                    */

/* A subject the question's answer may be, and what follows the verb. */
#define SALIENT_SUBJECT_MAX_TOKENS 8
#define SALIENT_REST_MIN_WORDS 2
#define SALIENT_REST_MAX_TOKENS 20
/* Words of a name an attribution or a setting may take ("Menurut Joseph
 * Nye,", "Dalam diplomasi digital,"). */
#define SALIENT_OPENING_MAX_TOKENS 6

/* Whether the aside of @c that holds token @k is a citation, or -1 for
 * none. */
static int
salient_aside_at (const Clause *c,
                  guint         k)
{
  for (guint i = 0; i < c->n_asides; i++)
    if (k >= c->asides[i].a && k < c->asides[i].b)
      return (int) i;
  return -1;
}

/* "enable" → "enables", "rely" → "relies", "are" → "is": an English verb
 * after "What" and "Who" is in the singular (the auxiliaries by the list
 * statement_singular); NULL for a form it cannot tell. */
static char *
english_singular (Ctx       *ctx,
                  const Tok *t)
{
  g_autofree char *word = g_ascii_strdown (t->p, t->len);
  char *rewritten = _ds_lexicon_rewrite (ctx, t, "statement_singular");
  gsize n = strlen (word);

  if (rewritten != NULL && g_ascii_strcasecmp (rewritten, word) != 0)
    return rewritten;
  g_free (rewritten);
  if (t->flags & W_AUX)
    return g_steal_pointer (&word);
  if (n < 3 || (word[n - 1] == 's' && word[n - 2] != 's') || g_str_has_suffix (word, "ed"))
    return g_steal_pointer (&word);
  if (word[n - 1] == 'z')
    return g_strconcat (word, "es", NULL);
  return _ds_english_s (word);
}

/* The verb group [g, v) as the question says it: its adverbs and asides
 * left out, the first English word in the singular. */
static char *
salient_verb (Ctx          *ctx,
              const Sent   *s,
              const Clause *c,
              guint         g,
              guint         v)
{
  GString *out = g_string_new (NULL);
  gboolean agreed = FALSE;

  for (guint k = g; k < v; k++)
    {
      gboolean limit = _ds_phrase_at (ctx, s, k, PL_CLAIM_LIMIT_ADVERB) > 0;

      /* ("juga", "also", "masih": what the claim is, not how; "jarang",
       * "rarely", "hanya", "only" (claim_limit_adverb) say how far it
       * holds, and stay.) */
      if (salient_aside_at (c, k) >= 0 || s->toks[k].type != TOK_WORD || ((s->toks[k].flags & W_ADV) && !limit) ||
          _ds_phrase_at (ctx, s, k, PL_CLAUSE_DROP_ADVERB) == 1)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      /* ("What often uses …": the verb after a kept adverb.) */
      if (!agreed && ctx->english && !limit)
        {
          g_autofree char *first = english_singular (ctx, &s->toks[k]);

          g_string_append (out, first);
          agreed = TRUE;
        }
      else
        {
          g_autofree char *word = ds_utf8_strdown (s->toks[k].p, s->toks[k].len);

          g_string_append (out, word);
        }
    }
  return g_string_free (out, FALSE);
}

/* Whether the quote mark at @q closes one opened in [a, q). */
static gboolean
quote_closes (const Sent *s,
              guint       a,
              guint       q)
{
  guint n = 0;

  for (guint k = a; k < q; k++)
    n += _ds_tok_is_quote (&s->toks[k]);
  return n % 2 == 1;
}

/* Whether the subject [a, b) names whom "Siapa", "Who" ask: a government
 * or a country, a person by what they are, or a person's name (two or
 * three words in capitals, none a category's) of a verb of stance ("Joseph
 * Nye menegaskan …"). */
static gboolean
salient_who (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b,
             gboolean    stance)
{
  if (names_actor (ctx, s, a, b) || _ds_person_head (ctx, s, a, b))
    return TRUE;
  /* "Tanzania", "ASEAN": a name of one word, not a theory's. */
  if (b == a + 1 && s->toks[a].cap && !_ds_key_theory (ctx, &s->toks[a]) &&
      (_ds_tok_is_acronym (&s->toks[a]) || _ds_tok_known_name (ctx, &s->toks[a])))
    return TRUE;
  if (!stance || b < a + 2 || b > a + 3)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || !s->toks[k].cap || _ds_tok_is_acronym (&s->toks[k]) ||
        (s->toks[k].flags & (W_GOV | W_COUNTRY | W_LAW | W_EVENT | W_CATEGORY | W_FUNCTION)) ||
        _ds_phrase_at (ctx, s, k, PL_BODY_HEAD) > 0)
      return FALSE;
  return TRUE;
}

/* What the opening [0, end) lets the question carry: nothing for links
 * and hedges ("Jadi,", "Nah,", "In essence,"), "Menurut X, …",
 * "According to X, …" for an attribution (*@who), the setting itself for
 * a phrase of a preposition ("Dalam diplomasi digital, …"; *@setting).
 * FALSE when the opening is something else or leans back. */
static gboolean
salient_opening (Ctx        *ctx,
                 const Sent *s,
                 guint       end,
                 char      **who,
                 char      **setting)
{
  guint k = 0, n;

  while (k < end && ((s->toks[k].flags & W_CONNECTIVE) || _ds_tok_is_punct (&s->toks[k], ',')))
    k++;
  if (k >= end)
    return TRUE;
  if (!_ds_tok_is_punct (&s->toks[end - 1], ',') || end - 1 - k > SALIENT_OPENING_MAX_TOKENS + 2 ||
      _ds_toks_lean_back (s, k, end))
    return FALSE;
  if (_ds_sent_may_start (s, HOT_HEDGE) && (n = _ds_phrase_at (ctx, s, k, PL_HEDGE)) > 0 && k + n + 1 == end)
    return TRUE;
  /* "Di satu sisi, …", "On the one hand, …": half of a pair. */
  if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_ONE_HAND) > 0)
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, k, PL_CLAUSE_ATTRIB)) > 0)
    {
      if (k + n + 1 >= end || !s->toks[k + n].cap)
        return FALSE;
      *who = _ds_toks_dup (s, k + n, end - 1);
      return TRUE;
    }
  if (!(s->toks[k].flags & W_PREP) || (s->toks[k].flags & (W_CONJ | W_CONNECTIVE)) || end - 1 - k > SALIENT_OPENING_MAX_TOKENS)
    return FALSE;
  *setting = _ds_toks_dup (s, k, end - 1);
  return TRUE;
}

/* Whether the subject [a, b) is one a card can name as its answer: a
 * noun phrase of its own (no pronoun, no demonstrative, no clause, no
 * verb), that names one of the essay's key terms, two words of
 * content at least or a name of one ("ASEAN", "Realisme"). */
static gboolean
salient_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  guint content = 0;
  gboolean keyed = FALSE;

  if (b <= a || b - a > SALIENT_SUBJECT_MAX_TOKENS || _ds_toks_lean_back (s, a, b) ||
      (b > a + 1 && !_ds_side_ok (s, a, b)) ||
      (s->toks[b - 1].flags & (W_FUNCTION | W_CUE_DEF)) || s->toks[b - 1].type != TOK_WORD)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_PUNCT && (t->ch == '-' || t->ch == '(' || t->ch == ')' || t->ch == '\'' || t->ch == 0x2019))
        continue;
      if (t->type != TOK_WORD || (t->flags & (W_RELATIVE | W_CLAUSE | W_THAT | W_CUE_DEF | W_AUX | W_QUESTION)) ||
          (t->verb && !t->cap && k > a && ctx->english) || (t->flags & W_PRONOUN))
        return FALSE;
      content += !(t->flags & (W_FUNCTION | W_DET | W_QUANT)) && t->len > 1;
      keyed |= _ds_key_word (ctx, t);
    }
  /* "Sebagian besar kanal", "Many developing countries": some of a kind
   * is no answer (the list keyclaim_subject_quant). */
  if (!keyed || (s->toks[a].flags & (W_QUANT | W_COUNT)) || s->toks[a].type == TOK_NUMBER ||
      _ds_phrase_at (ctx, s, a, PL_KEYCLAIM_SUBJECT_QUANT) > 0)
    return FALSE;
  /* "The treaty", "the report": which one, the answer cannot say. */
  if (ctx->english && _ds_tok_is_article (&s->toks[a]) && content < 2)
    return FALSE;
  if (content >= 2)
    return TRUE;
  /* One word: a name, not a common noun ("Tekhnologi", "kebebasan |
   * berpendapat", where the verb may close a compound). */
  return b == a + 1 && (_ds_tok_is_acronym (&s->toks[a]) || (s->toks[a].flags & W_COUNTRY) ||
                        (s->toks[a].cap && _ds_tok_known_name (ctx, &s->toks[a])) || _ds_key_theory (ctx, &s->toks[a]));
}

/* "firms", "states": an English plural by its ending ("-ss", "-us",
 * "-is" are none). */
static gboolean
english_plural (const Tok *t)
{
  const char *e = t->p + t->len;

  return t->type == TOK_WORD && t->len > 3 && (e[-1] | 0x20) == 's' && (e[-2] | 0x20) != 's' &&
         (e[-2] | 0x20) != 'u' && (e[-2] | 0x20) != 'i';
}

/* Whether the possessive at @k owns something the sentence names before
 * it, from the subject at @a on: "Kedaulatan data menuntut negara
 * menyimpan data warganya", "ASEAN requires its members …", "… requires
 * states to store their citizens' data". An Indonesian "-nya" of a noun
 * (not "biasanya", "sebelumnya": the list possessive_suffix_free; not
 * a verb's object, "mengaturnya") binds to a noun before it; English
 * "its" to a word that is no plural, "their" to a plural. "His", "her"
 * and an object pronoun point out of the sentence. The subject is
 * [@a, @sb), the rest is [@r, @b): the verb group between owns
 * nothing ("requires" is no plural; "states" may be). */
static gboolean
possessive_bound (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       sb,
                  guint       r,
                  guint       k,
                  guint       b)
{
  const Tok *t = &s->toks[k];
  gboolean plural;

  /* "… differs from data security in its aim", "… dari segi
   * tujuannya": a respect that closes the sentence (a word of the list
   * keyclaim_possessive_respect, the possessive and its noun) leaves
   * open whose it is and says little. */
  if (k > 0 && k + (ctx->english ? 2 : 1) == b && _ds_phrase_at (ctx, s, k - 1, PL_KEYCLAIM_POSSESSIVE_RESPECT) == 1)
    return FALSE;
  if (!ctx->english)
    return _ds_tok_ends_nya (t) && !(t->flags & W_PRONOUN) && !t->verb &&
           !_ds_phrase_at (ctx, s, k, PL_POSSESSIVE_SUFFIX_FREE) &&
           !(t->len > 5 && (memcmp (t->p, "me", 2) == 0 || memcmp (t->p, "di", 2) == 0));
  if (!_ds_tok_is (t, "its") && !_ds_tok_is (t, "their"))
    return FALSE;
  plural = _ds_tok_is (t, "their");
  for (guint i = a; i < k; i = i + 1 == sb ? MAX (r, i + 1) : i + 1)
    if (s->toks[i].type == TOK_WORD && !(s->toks[i].flags & (W_FUNCTION | W_PRONOUN)) &&
        english_plural (&s->toks[i]) == plural)
      return TRUE;
  return FALSE;
}

/* leans_back() for what follows the verb, [@r, @b), of a subject [@a, @sb):
 * "that" after a noun joins a clause ("the flows that firms need"),
 * pointing at nothing; a possessive that owns a noun of the sentence
 * (possessive_bound()) points inside it. */
static gboolean
rest_leans_back (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       sb,
                 guint       r,
                 guint       b)
{
  for (guint k = r; k < b; k++)
    if ((((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) && !(k > r && _ds_tok_is (&s->toks[k], "that"))) ||
         _ds_tok_ends_nya (&s->toks[k])) &&
        !possessive_bound (ctx, s, a, sb, r, k, b))
      return TRUE;
  return FALSE;
}

/* Words after ", dan", ", and" that tell a clause from a list's last
 * item. */
#define CLAUSE_AFTER_CONJ_TOKENS 4

/* Whether a clause of its own starts at @k (", dan persetujuan adalah
 * …", ", and most of it still ends …"): a copula, an auxiliary or an
 * adverb within a few words. */
static gboolean
clause_follows (const Sent *s,
                guint       k,
                guint       e)
{
  for (guint i = k; i < e && i < k + CLAUSE_AFTER_CONJ_TOKENS; i++)
    if (s->toks[i].flags & (W_CUE_DEF | W_AUX | W_ADV | W_PRONOUN))
      return TRUE;
  return FALSE;
}

/* Where what follows the verb, from @r, ends: the sentence's end, a
 * semicolon or colon, or a comma that opens a clause of its own ("…,
 * terutama …", "…, which …"); the commas of a list inside it go on. 0
 * when it runs too long. */
static guint
salient_rest_end (const Sent *s,
                  guint       r,
                  guint       e)
{
  guint k;

  for (k = r; k < e && k < r + SALIENT_REST_MAX_TOKENS; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_PUNCT || _ds_side_punct (t) || _ds_tok_is_quote (t))
        continue;
      if (t->ch != ',' || (k + 1 < e && (s->toks[k + 1].flags & (W_CLAUSE | W_CONNECTIVE | W_RELATIVE))) ||
          (k + 1 < e && (s->toks[k + 1].flags & W_CONJ) && clause_follows (s, k + 2, e)))
        return k;
    }
  return k == e ? e : 0;
}

/**
 * _ds_statement_salient:
 *
 * A declarative sentence no rule asked, read by the clause reader: its
 * subject names a key term of the essay (_ds_key_word()), its verb group holds a
 * verb that states a claim (the phrase list keyclaim_verb: "memandang",
 * "memungkinkan", "terdiri atas", "views", "enables", "consists of" …),
 * and what follows the verb stands on its own. Asked "Apa yang <verb
 * group> <rest>?", "What <verb group> <rest>?" ("Siapa", "Who" for a
 * government, a country or a person), behind "Menurut X," or the
 * sentence's setting when it opens with one; answered by the subject
 * (*@a, *@b). Not a sentence that hedges ("mungkin", "might": the list
 * keyclaim_speculation), nor one whose verb is denied.
 *
 * Returns: (transfer full) (nullable): the question
 */
char *
_ds_statement_salient (Ctx        *ctx,
                       const Sent *s,
                       guint      *a,
                       guint      *b)
{
  guint e = _ds_body_end (s), v = G_MAXUINT, n = 0, g, sb, end;
  g_autofree char *who = NULL;
  g_autofree char *setting = NULL;
  g_autofree char *verb = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *question = NULL;
  Clause c;

  if (s->question || e < 4 || _ds_phrase_in (ctx, s, 0, e, PL_KEYCLAIM_SPECULATION))
    return NULL;
  _ds_clause_read (ctx, s, &c);
  if (c.subject + 1 >= e)
    return NULL;
  /* The claim verb: the first of the list within a subject's reach, past
   * asides; the reader's own verb group may miss it ("data sovereignty
   * also limits …": "limits" is a noun as well). */
  for (guint k = c.subject + 1; k < e && k <= c.subject + SALIENT_SUBJECT_MAX_TOKENS + CLAUSE_MAX_ADVERBS; k++)
    {
      int in = salient_aside_at (&c, k);

      if (in >= 0)
        {
          k = c.asides[in].b - 1;
          continue;
        }
      if (s->toks[k].type == TOK_PUNCT && !_ds_side_punct (&s->toks[k]))
        break;
      if (s->toks[k].type == TOK_WORD && !s->toks[k].cap && (n = _ds_phrase_at (ctx, s, k, PL_KEYCLAIM_VERB)) > 0)
        {
          v = k;
          break;
        }
    }
  /* "catch limits for stocks", "the uses of data": an English word of
   * one that a preposition follows is a noun. */
  if (v == G_MAXUINT || (ctx->english && n == 1 && v + 1 < e && (s->toks[v + 1].flags & W_PREP)))
    return NULL;
  /* Its group: the auxiliaries, modals and adverbs before it ("has
   * also enabled", "kini juga memungkinkan"); a verb the reader found
   * before them heads another clause. */
  for (g = v; g > c.subject + 1 && salient_aside_at (&c, g - 1) < 0 &&
              ((s->toks[g - 1].flags & (W_AUX | W_ADV)) || _ds_phrase_at (ctx, s, g - 1, PL_CLAUSE_DROP_ADVERB) == 1 ||
               _ds_phrase_at (ctx, s, g - 1, PL_CONTRAST_NOT) == 1 ||
               _ds_phrase_at (ctx, s, g - 1, PL_ADVICE_MODAL) == 1);
       g--)
    ;
  while (g > c.subject + 1 && _ds_phrase_at (ctx, s, g - 1, PL_KEYCLAIM_ADVERB) == 1)
    g--;
  sb = g;
  while (sb > c.subject && salient_aside_at (&c, sb - 1) >= 0)
    sb = c.asides[salient_aside_at (&c, sb - 1)].a;
  if (c.head != G_MAXUINT && c.head >= c.subject && c.head < g)
    return NULL;
  /* "X tidak memungkinkan …", "X does not require …": a denied claim is
   * asked by the contrast rules, if at all. */
  for (guint k = g; k < v; k++)
    if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_NOT) > 0 || s->toks[k].type != TOK_WORD)
      return NULL;
  /* ("Para menteri tidak sepakat membentuk …": a verb the reader missed
   * before the claim verb, denied; the subject is no one who acted.) */
  for (guint k = c.subject; k < g; k++)
    if (_ds_phrase_at (ctx, s, k, PL_LISTS_NEGATION) == 1)
      return NULL;
  c.group = g;
  c.subject_end = sb;
  if (!salient_opening (ctx, s, c.opening_end, &who, &setting) ||
      !salient_subject (ctx, s, c.subject, c.subject_end))
    return NULL;

  /* What follows the verb: to the sentence's end or a comma that opens
   * a clause of its own, short of a citation that closes it. */
  if ((end = salient_rest_end (s, v + n, e)) == 0)
    return NULL;
  for (guint i = 0; i < c.n_asides; i++)
    if (c.asides[i].a >= v + n && c.asides[i].a < end)
      {
        if (c.asides[i].b < end)
          return NULL;
        end = c.asides[i].a;
      }
  /* "…, tetapi …", "…, but …": the claim is half of a pair, which the
   * contrast rules ask. */
  if (end + 1 < e && (s->toks[end + 1].flags & W_CONJ))
    return NULL;
  while (end > v + n && s->toks[end - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[end - 1], ')') &&
         !(_ds_tok_is_quote (&s->toks[end - 1]) && quote_closes (s, v + n, end - 1)))
    end--;
  if (_ds_count_words (s, v + n, end) < SALIENT_REST_MIN_WORDS || rest_leans_back (ctx, s, c.subject, c.subject_end, v + n, end) ||
      (s->toks[end - 1].type != TOK_WORD && !_ds_tok_is_quote (&s->toks[end - 1])) ||
      (s->toks[end - 1].flags & (W_FUNCTION & ~W_ADV)) ||
      (s->toks[v + n].flags & (W_PRONOUN | W_ANAPHOR | W_CONJ)))
    return NULL;

  verb = salient_verb (ctx, s, &c, c.group, v + n);
  rest = _ds_phrase_dup (s, v + n, end, FALSE);
  question = ds_lang_expand (ctx->lang,
                             salient_who (ctx, s, c.subject, c.subject_end,
                                          _ds_phrase_at (ctx, s, v, PL_KEYCLAIM_STANCE_VERB) > 0)
                               ? "question_statement_key_who"
                               : "question_statement_key",
                             "verb", verb, "rest", rest, NULL);
  if (who != NULL)
    {
      char *asked = by_speaker (ctx, who, question);

      g_free (question);
      question = asked;
    }
  else if (setting != NULL)
    {
      g_autofree char *inner = g_strdup (question);

      inner[0] = ds_ascii_tolower (inner[0]);
      g_free (question);
      question = g_strdup_printf ("%s, %s", setting, inner);
    }
  *a = c.subject;
  *b = c.subject_end;
  return ds_utf8_capitalize (question);
}
