/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, lists inside a sentence: markers ("ab. …; c. …",
 * "(1) … (2) …", "(i) … (ii) …", "a) … b) …"), lists after a cue word
 * ("yaitu", "seperti", "mulai dari", "such as", ":"), roles ("berperan
 * sebagai regulator, fasilitator dan komunikator") and the verb lists that
 * say what an actor does.
 *
 * Items are cut at item boundaries: commas and semicolons outside brackets
 * and quotes, the conjunction before the last item, a marker. A list of names
 * ends where the sentence goes on ("…, Instagram dan YouTube telah menjadi
 * …"); a list of actions runs to the end of the sentence.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-words.h"

#define MAX_SEGMENTS 64

typedef struct {
  guint a;
  guint b;
} Range;

/* ------------------------------------------------------------------ */
/* Describing a list: subject, count, lead, warnings                   */

/* "Hal ini …", "Ini …", "This …": the statement leans on the sentence
 * before it, which the question then has to quote. */
static gboolean
leans_on_previous (const Sent *s,
                   guint       lo,
                   guint       hi)
{
  guint i = lo;

  while (i < hi && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  if (i >= hi)
    return TRUE;
  /* "It must be (a) …", "Mereka …": a pronoun stands for what came before;
   * so does "The term covers …". */
  if (s->toks[i].flags & (W_ANAPHOR | W_PRONOUN))
    return TRUE;
  /* "Among them:", "Di antara mereka:": a preposition before a pronoun
   * picks out of what the sentence before named. */
  if (i + 1 < hi && (s->toks[i].flags & W_PREP))
    {
      guint k = i + 1;

      /* ("di antara mereka") */
      if (k + 1 < hi && ((s->toks[k].flags & W_PREP) || _ds_tok_is (&s->toks[k], "antara")))
        k++;
      if (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN))
        return TRUE;
    }
  if (i + 1 < hi && _ds_tok_is (&s->toks[i], "the") && (s->toks[i + 1].flags & W_VAGUE))
    return TRUE;
  /* "Pemberitahuan tersebut harus memuat …": a noun pointed back at
   * ("that" after an English noun opens a clause instead). */
  for (guint k = i; k + 1 < hi && k < i + 3 && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION); k++)
    if ((s->toks[k + 1].flags & W_ANAPHOR) && !_ds_tok_is (&s->toks[k + 1], "that"))
      return TRUE;
  /* "Sumber dananya dapat berupa …", "Tugas utamanya meliputi …": the
   * owner of "-nya" is what the sentence before named. */
  /* ("Para pendirinya …": the plural marker before the noun.) */
  for (guint k = i + (i + 1 < hi && _ds_tok_is (&s->toks[i], "para")); k < hi && k < i + 3 &&
                    s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION) && !s->toks[k].verb; k++)
    if (_ds_tok_ends_nya (&s->toks[k]) && !(s->toks[k].flags & (W_CONNECTIVE | W_ADV)) && s->toks[k].len > 5)
      return TRUE;
  return (s->toks[i].flags & W_VAGUE) && i + 1 < hi && (s->toks[i + 1].flags & W_ANAPHOR);
}

static char *
trimmed_dup (const char *a,
             const char *b)
{
  while (a < b && g_ascii_isspace (*a))
    a++;
  while (b > a && (g_ascii_isspace (b[-1]) || b[-1] == ':'))
    b--;
  return g_strndup (a, b - a);
}

/* The statement a list completes: the sentence up to @lead_end, with the
 * sentence before it when it leans on that one; a link that opens it
 * alone ("Namun,", "However,": the phrase list cover_lead) and its comma
 * are no part of it ("Lengkapi: Namun, …"). */
static void
set_lead (Ctx           *ctx,
          const Sent    *s,
          DsClaim       *claim,
          guint          cue,
          guint          lead_end,
          const SentRef *context)
{
  gboolean leans = context != NULL && context->p != NULL && context->block == s->block &&
                   leans_on_previous (s, 0, cue);
  guint link = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD);
  const char *from = !leans && link > 0 && link + 1 < lead_end && _ds_tok_is_punct (&s->toks[link], ',')
                       ? s->toks[link + 1].p : s->p;
  g_autofree char *lead = lead_end > 0 ? trimmed_dup (from, s->toks[lead_end - 1].p + s->toks[lead_end - 1].len)
                                       : g_strdup ("");

  g_free (claim->lead);
  /* (A sentence of another paragraph is no antecedent the question can
   * quote: it says something else, often a list of its own.) */
  if (leans)
    {
      g_autofree char *before = trimmed_dup (context->p, context->end);

      claim->lead = *lead ? g_strconcat (before, " ", lead, NULL) : g_steal_pointer (&before);
      return;
    }
  claim->lead = g_steal_pointer (&lead);
}

static gboolean
subject_usable (const Sent *s,
                guint       start,
                guint       end)
{
  if (start >= end || end - start > 12)
    return FALSE;
  if (s->toks[start].flags & (W_VAGUE | W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_QUANT))
    return FALSE;
  return !_ds_tok_ends_nya (&s->toks[start]);
}

/* "No member state is obliged to …", "Tidak ada negara anggota yang
 * …": a subject headed by a negation (phrase list lists_negated_subject)
 * owns no list: there is nobody whose duties they would be. */
static gboolean
negated_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       start)
{
  guint from = start >= 2 ? start - 2 : 0;

  for (guint k = from; k <= start && k < s->n; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_LISTS_NEGATED_SUBJECT);

      if (n > 0 && k + n >= start)
        return TRUE;
    }
  return FALSE;
}

/* "lebih dari 40 peraturan", "more than 40 laws", "sekitar 12 lembaga",
 * "around twelve agencies": a count after a word of the phrase list
 * lists_approx_count says how many there are about, not how many the
 * list holds. */
static gboolean
approx_count (Ctx        *ctx,
              const Sent *s,
              guint       i)
{
  /* ("is organised around three pillars", "revolves around three
   * issues": the preposition of an owner verb approximates nothing.) */
  for (guint j = i > 4 ? i - 4 : 0; j + 1 < i; j++)
    if (_ds_phrase_at (ctx, s, j, PL_OWNER_VERB) == i - j)
      return FALSE;
  return (i >= 1 && _ds_phrase_at (ctx, s, i - 1, PL_LISTS_APPROX_COUNT) == 1) ||
         (i >= 2 && _ds_phrase_at (ctx, s, i - 2, PL_LISTS_APPROX_COUNT) == 2);
}

static gboolean
read_count_tok (Ctx        *ctx,
                const Sent *s,
                guint       i,
                DsClaim    *claim)
{
  const Tok *t = &s->toks[i];

  if (approx_count (ctx, s, i))
    return FALSE;
  /* "dua belas perjanjian", "two hundred ports": the count word opens a
   * number it does not say alone (phrase list lists_count_tail). */
  if (i + 1 < s->n && _ds_phrase_at (ctx, s, i + 1, PL_LISTS_COUNT_TAIL) == 1)
    return FALSE;
  if (t->flags & W_COUNT)
    {
      claim->stated_count = t->value;
      claim->count_word = g_ascii_strdown (t->p, t->len);
      return TRUE;
    }
  if (t->type == TOK_NUMBER && t->len <= 2)
    {
      guint v = (guint) g_ascii_strtoull (t->p, NULL, 10);

      if (v >= 2 && v <= 50)
        {
          claim->stated_count = v;
          claim->count_word = g_strndup (t->p, t->len);
          return TRUE;
        }
    }
  return FALSE;
}

/* "fungsi diplomasi ada empat, yaitu …": the count after the subject. */
static guint
count_after_subject (Ctx        *ctx,
                     const Sent *s,
                     guint       hi,
                     DsClaim    *claim)
{
  if (hi < 2 || !(s->toks[hi - 1].flags & W_COUNT || s->toks[hi - 1].type == TOK_NUMBER))
    return hi;
  if (!_ds_tok_is (&s->toks[hi - 2], "ada") && !_ds_tok_is (&s->toks[hi - 2], "terdapat") &&
      !_ds_tok_is (&s->toks[hi - 2], "sebanyak") && !_ds_tok_is (&s->toks[hi - 2], "are"))
    return hi;
  if (!read_count_tok (ctx, s, hi - 1, claim))
    return hi;
  return hi - 2;
}

/* Whether [@a, @b) names a person, as a scholar is cited: a full name, or
 * a surname the essay has written inside a name before ("Joseph Nye" …
 * "Nye menyebut"); one capitalised word that opens the sentence and is
 * written nowhere else ("Regulator menyebut …") is not known to be one. */
static gboolean
scholar_name (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  return a < b && _ds_person_name (ctx, s, a, b) && (b > a + 1 || _ds_tok_known_name (ctx, &s->toks[a]));
}

/* Whether a person's name opens the sentence (or its clause, after an
 * opening) and ends at @j, where a verb of the phrase list
 * list_source_verb stands ("Kessler identifies three sources …", "Siregar
 * menyebut tiga …"): the scholar is the list's source. A body or a text
 * that names items ("The convention identifies …", "Regulator menyebut
 * …") owns them instead. */
static gboolean
source_person (Ctx        *ctx,
               const Sent *s,
               guint       j)
{
  guint a;

  /* ("Wibowo sendiri mengakui …", "Kessler also lists …") */
  while (j > 1 && s->toks[j - 1].type == TOK_WORD && !s->toks[j - 1].cap &&
         ((s->toks[j - 1].flags & W_ADV) || _ds_phrase_at (ctx, s, j - 1, PL_STANCE_REFLEXIVE) == 1))
    j--;
  for (a = j; a > 0 && j - a < 4 && s->toks[a - 1].type == TOK_WORD && s->toks[a - 1].cap; a--)
    ;
  /* ("In a later paper, Orhun lists …": past an opening and its comma.) */
  return (a == 0 || _ds_tok_is_punct (&s->toks[a - 1], ',')) && scholar_name (ctx, s, a, j);
}

/* Whether @t is an adverb that may stand inside a verb group: a word
 * the lexicon marks so, or an English one in "-ly" ("primarily",
 * "convincingly"). */
static gboolean
adverb_word (Ctx       *ctx,
             const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && !t->verb &&
         ((t->flags & W_ADV) || (ctx->english && _ds_tok_ly_adverb (t)));
}

/* "rests primarily on three resources", "consists mainly of", "terdiri
 * terutama atas": an adverb inside an owner verb of the phrase list
 * owner_verb ending at @v. Where the verb starts, or 0 (*@verb_len: its
 * tokens, the adverb's among them). */
static guint
owner_verb_past_adverb (Ctx        *ctx,
                        const Sent *s,
                        guint       v,
                        guint      *verb_len)
{
  for (guint m = v >= 3 ? v - 3 : 1; m + 1 < v; m++)
    {
      const Tok *t = &s->toks[m];
      Tok toks[4];
      Sent c = *s;
      guint from = m >= 2 ? m - 2 : 0, n = 0;

      if (!adverb_word (ctx, t))
        continue;
      for (guint k = from; k < v && n < G_N_ELEMENTS (toks); k++)
        if (k != m)
          toks[n++] = s->toks[k];
      c.toks = toks;
      c.n = n;
      for (guint j = 0; j + 1 < n; j++)
        if (_ds_phrase_at (ctx, &c, j, PL_OWNER_VERB) == n - j && from + j < m)
          {
            *verb_len = v - (from + j);
            return from + j;
          }
    }
  return 0;
}

/* Where the owner of a counted or possessed list ends: before a verb of
 * the language's phrase list owner_verb ("memiliki", "has", "consists
 * of") or a scholar's list_source_verb (source_person()), or the verb
 * group before a count ("dijalankan melalui dua jalur"); 0 when there is
 * none. *@verb_len receives the owner verb's length in tokens (0 for a
 * verb group). */
static guint
owner_end (Ctx        *ctx,
           const Sent *s,
           guint       start,
           guint      *verb_len)
{
  guint v = start, w;
  gboolean counted = FALSE;

  *verb_len = 0;
  while (v > 0 && (s->toks[v - 1].flags & (W_DET | W_COUNT)))
    counted |= (s->toks[--v].flags & W_COUNT) != 0;
  for (guint j = v > 3 ? v - 3 : 0; j < v; j++)
    if (_ds_phrase_at (ctx, s, j, PL_OWNER_VERB) == v - j ||
        _ds_phrase_at (ctx, s, j, PL_LISTS_DOCUMENT_VERB) == v - j ||
        (_ds_phrase_at (ctx, s, j, PL_LIST_SOURCE_VERB) == v - j && source_person (ctx, s, j)))
      {
        *verb_len = v - j;
        return j;
      }
  if (v >= 3 && (w = owner_verb_past_adverb (ctx, s, v, verb_len)) > 0)
    return w;
  /* "The summit was held in two phases:", "The convention was drafted
   * in three stages", "KTT itu diselenggarakan dalam dua tahap", "dunia
   * terbelah menjadi dua blok": a passive verb (or a "ter-" one) and the
   * preposition before the count; the phases are the subject's. */
  if (counted && v >= 3 && s->toks[v - 2].type == TOK_WORD &&
      (ctx->english ? s->toks[v - 2].verb && (_ds_tok_is (&s->toks[v - 1], "in") || _ds_tok_is (&s->toks[v - 1], "into")) &&
                      (s->toks[v - 3].flags & W_AUX)
                    : (_ds_tok_is (&s->toks[v - 1], "dalam") || _ds_tok_is (&s->toks[v - 1], "menjadi")) &&
                      ((s->toks[v - 2].verb && s->toks[v - 2].len > 4 && ds_ascii_strncasecmp (s->toks[v - 2].p, "di", 2) == 0) ||
                       (s->toks[v - 2].len > 5 && ds_ascii_strncasecmp (s->toks[v - 2].p, "ter", 3) == 0))))
    {
      *verb_len = ctx->english ? 3 : 2;
      return v - *verb_len;
    }
  /* The verb group is told by Indonesian verb morphology only. */
  if (!counted || ctx->english)
    return 0;
  for (w = v; w > 0 && s->toks[w - 1].type == TOK_WORD &&
              (s->toks[w - 1].verb || (s->toks[w - 1].flags & (W_AUX | W_ADV | W_PREP))); w--)
    ;
  return w < v ? w : 0;
}

/* 1 when "the" stands before token @a ("the Truce Monitoring Committee
 * had …": English keeps its article in the owner), else 0. */
static guint
the_before (const Sent *s,
            guint       a)
{
  return a > 0 && _ds_tok_is (&s->toks[a - 1], "the") ? 1 : 0;
}

/* "the" before token @a, or "a"/"an" that opens the sentence ("A customs
 * union has three elements": the elements of a customs union, any). */
static guint
article_before (Ctx        *ctx,
                const Sent *s,
                guint       a)
{
  /* ("Under the convention, a shipowner carries …": a clause's start.) */
  if (ctx->english && a >= 1 && (_ds_tok_is (&s->toks[a - 1], "a") || _ds_tok_is (&s->toks[a - 1], "an")) &&
      _ds_clause_start (s, a - 1) == a - 1)
    return 1;
  return the_before (s, a);
}

/* Whether [@a, @b) is a bare noun phrase ("power", "legal staff"). */
static gboolean
names_owned_noun (const Sent *s,
                  guint       a,
                  guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb || s->toks[k].cap ||
        (s->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_AUX | W_ADV | W_COUNT)))
      return FALSE;
  return a < b;
}

/* "Konvensi Minamata dan Konvensi Stockholm", "The Minamata Convention
 * and the Stockholm Convention": a heading that names two things, which
 * "konvensi ini", "this convention" under it cannot tell apart. */
static gboolean
topic_names_two (Ctx *ctx)
{
  Sent h;

  if (ctx->topic == NULL)
    return FALSE;
  _ds_text_tokenize (ctx, ctx->topic, &h);
  return h.n > 2 && _ds_joins_two_names (&h, _ds_tok_is (&h.toks[0], "the") ? 1 : 0, h.n);
}

/* "Sanksi Administratif dan Pidana", "Trade & Aid": a heading with a
 * word that joins two of its phrases. */
static gboolean
topic_joins_two (Ctx *ctx)
{
  Sent h;

  _ds_text_tokenize (ctx, ctx->topic, &h);
  for (guint k = 1; k + 1 < h.n; k++)
    if (_ds_tok_is (&h.toks[k], "dan") || _ds_tok_is (&h.toks[k], "and") || _ds_tok_is (&h.toks[k], "serta") ||
        _ds_tok_is_punct (&h.toks[k], '&'))
      return TRUE;
  return FALSE;
}

/* The name an owner [@a, @w) that points back stands for ("Komisi
 * ini", "The council"), or NULL. */
static char *
anaphor_owner (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       w)
{
  guint end;
  char *name = _ds_clause_start (s, a) == a ? _ds_anaphor_at (ctx, s, a, &end) : NULL;

  /* "Its power rests on …" → "the Vastra Council’s power": a
   * possessive that stands for the name, then the owned noun. */
  if (name != NULL && end < w && w <= end + 2 && g_str_has_suffix (name, "\xE2\x80\x99s") &&
      names_owned_noun (s, end, w))
    {
      g_autofree char *noun = _ds_phrase_dup (s, end, w, TRUE);
      char *with = g_strconcat (name, " ", noun, NULL);

      g_free (name);
      name = with;
      end = w;
    }
  if (name != NULL && end != w)
    g_clear_pointer (&name, g_free);
  /* "Kekuatannya bertumpu pada …" → "kekuatan Dewan Karang": the noun
   * of "-nya" took its capital from the sentence start only. */
  if (name != NULL && a == 0 && s->toks[0].cap && s->toks[0].len > 1 && !g_ascii_isupper (s->toks[0].p[1]) &&
      (_ds_tok_ends_nya (&s->toks[0]) || (w > 1 && _ds_tok_ends_nya (&s->toks[1]))))
    *name = ds_ascii_tolower (*name);
  return name;
}

/* Whether a count word stands right before token @start ("two
 * chambers", "dua kamar"). */
static gboolean
claim_counted (const Sent *s,
               guint       start)
{
  return start > 0 && ((s->toks[start - 1].flags & W_COUNT) || s->toks[start - 1].type == TOK_NUMBER);
}

/* Whether the section the sentence stands under is one every paper has
 * ("History", "Latar Belakang", "Definitions": the phrase list
 * generic_section), which names nothing a list is of. */
static gboolean
generic_topic (Ctx *ctx)
{
  const char * const *names = ds_lang_get_phrases (ctx->lang, "generic_section");
  g_autofree char *folded = NULL;

  if (ctx->topic == NULL || names == NULL || g_strcmp0 (ctx->topic, ctx->title) == 0)
    return FALSE;
  folded = ds_words_fold (ctx->topic, DS_FOLD_STRIP_MARKS);
  return g_strv_contains (names, folded);
}

/* "There are two chambers: …" under "History" of an essay titled "The
 * Benelux Union": a counted phrase no word of the sentence owns, under a
 * section that names nothing, is of what the title names when the title
 * is the name of a body, of two words or more ("the two chambers of the
 * Benelux Union"); NULL otherwise. Never the heading. */
/* The name of a body that @heading is, of two words or more ("The
 * Benelux Union" → "the Benelux Union", "Dewan Karang"), as written;
 * NULL for any other heading. */
static char *
heading_body_name (Ctx        *ctx,
                   const char *heading)
{
  Sent s;
  guint i, a, b;
  char *name;

  _ds_text_tokenize (ctx, heading, &s);
  while (s.n > 0 && s.toks[s.n - 1].type == TOK_PUNCT)
    s.n--;
  i = s.n > 0 && _ds_tok_is (&s.toks[0], "the") ? 1 : 0;
  if (_ds_read_name (&s, i, s.n, &a, &b) <= i || a != i || b != s.n || b - a < 2 || _ds_joins_two_names (&s, a, b))
    return NULL;
  for (guint k = a; k < b; k++)
    if (s.toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return NULL;
  /* A body's name ("Union", "Dewan": the phrase list questions_owner_head,
   * its head last in English, first in Indonesian), not a title in title
   * case ("Teori Integrasi Regional"). */
  if (_ds_phrase_at (ctx, &s, ctx->english ? b - 1 : a, PL_QUESTIONS_OWNER_HEAD) != 1)
    return NULL;
  name = _ds_toks_dup (&s, a, b);
  if (i > 0)
    {
      char *with = g_strconcat ("the ", name, NULL);

      g_free (name);
      name = with;
    }
  return name;
}

char *
_ds_list_title_owned (Ctx        *ctx,
                      const char *listed)
{
  const char *space = listed != NULL ? strchr (listed, ' ') : NULL;
  Sent s;
  g_autofree char *name = NULL;

  /* ("principal organs", "organ utama": a noun and its adjective; not a
   * phrase that names its owner or anything after a preposition.) */
  if (listed == NULL || (space != NULL && strchr (space + 1, ' ') != NULL) || ctx->title == NULL ||
      !generic_topic (ctx))
    return NULL;
  /* (The gate's tokens: the caller's sentence may be in the aside ones.) */
  if (space != NULL)
    {
      _ds_text_tokenize (ctx, listed, &s);
      if (s.n != 2 || (s.toks[1].flags & (W_PREP | W_FUNCTION)) || s.toks[1].cap || s.toks[1].verb)
        return NULL;
    }
  if ((name = heading_body_name (ctx, ctx->title)) == NULL)
    return NULL;
  return ds_lang_expand (ctx->lang, "owned", "owned", listed, "owner", name, NULL);
}

/* The term the sentence before defined, when the owner before the verb
 * at @w points at it: "It", or its head noun and a demonstrative
 * ("Diplomasi ini" after "Diplomasi kelautan adalah …", "This diplomacy"
 * after "Ocean diplomacy is …"); else NULL. */
static char *
defined_owner (Ctx        *ctx,
               const Sent *s,
               guint       owner_a,
               guint       owner_b,
               guint       w)
{
  const char *term = _ds_term_defined_before (ctx);
  const Tok *noun;
  g_auto(GStrv) words = NULL;
  guint n;

  if (term == NULL || w == 0 || _ds_clause_start (s, 0) != 0)
    return NULL;
  if (w == 1 && _ds_phrase_at (ctx, s, 0, PL_THING_PRONOUN) == 1)
    return g_strdup (term);
  if (w != 2 || !(s->toks[ctx->english ? 0 : 1].flags & W_ANAPHOR))
    return NULL;
  noun = &s->toks[ctx->english ? 1 : 0];
  words = g_strsplit (term, " ", -1);
  n = g_strv_length (words);
  /* (The head: last in English, first in Indonesian.) */
  if (n < 2 || strlen (words[ctx->english ? n - 1 : 0]) != noun->len ||
      ds_ascii_strncasecmp (words[ctx->english ? n - 1 : 0], noun->p, noun->len) != 0)
    return NULL;
  return g_strdup (term);
}

/* Whether the heading holds a word of the listed phrase [@start, @end)
 * ("Prinsip" over "Perjanjian ini bertumpu pada tiga prinsip"): it names
 * the list, not what owns it ("tiga prinsip prinsip"). */
static gboolean
heading_holds_listed (Ctx        *ctx,
                      const Sent *s,
                      guint       start,
                      guint       end)
{
  g_auto(GStrv) words = g_strsplit (ctx->topic, " ", -1);

  for (guint k = start; k < end; k++)
    for (guint i = 0; words[i] != NULL && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION); i++)
      if (strlen (words[i]) == s->toks[k].len && ds_ascii_strncasecmp (words[i], s->toks[k].p, s->toks[k].len) == 0)
        return TRUE;
  return FALSE;
}

/* Whether the heading holds the word @t. */
static gboolean
heading_has_word (Ctx       *ctx,
                  const Tok *t)
{
  g_auto(GStrv) words = g_strsplit (ctx->topic, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) == t->len && ds_ascii_strncasecmp (words[i], t->p, t->len) == 0)
      return TRUE;
  return FALSE;
}

/* "Perjanjian itu menetapkan tiga prinsip" under "Dewan Pesisir
 * Karimata": a heading that names a body whose head is another noun
 * names no treaty; the noun pointed at (@noun) is not what it names. */
static gboolean
other_body_pointed (Ctx        *ctx,
                    const Sent *s,
                    guint       noun)
{
  g_autofree char *body = heading_body_name (ctx, ctx->topic);
  g_auto(GStrv) words = NULL;

  if (body == NULL)
    return FALSE;
  words = g_strsplit (body, " ", -1);
  for (guint k = 0; words[k] != NULL; k++)
    if (strlen (words[k]) == s->toks[noun].len && ds_ascii_strncasecmp (words[k], s->toks[noun].p, s->toks[noun].len) == 0)
      return FALSE;
  return TRUE;
}

/* The noun phrase that opens @s before its verb or copula, when that
 * comes before @stop ("The new fund" of "The new fund is different:"),
 * with its "the" and without a demonstrative after it ("Dana baru
 * itu"); else NULL. */
static char *
sentence_opener (Ctx        *ctx,
                 const Sent *s,
                 guint       stop)
{
  guint a = s->n > 0 && _ds_tok_is (&s->toks[0], "the") ? 1 : 0, v = a, b;

  while (v < stop && s->toks[v].type == TOK_WORD && !s->toks[v].verb &&
         !(s->toks[v].flags & (W_AUX | W_CUE_DEF | W_PRONOUN | W_ADV)))
    v++;
  if (v >= stop || v == a || v - a > 5 || !(s->toks[v].verb || (s->toks[v].flags & (W_AUX | W_CUE_DEF))))
    return NULL;
  if (_ds_np_start (s, a, v, &b) != a || !(b == v || (b + 1 == v && (s->toks[b].flags & W_ANAPHOR))) ||
      !subject_usable (s, a, b))
    return NULL;
  return _ds_phrase_dup (s, a > 0 ? a - 1 : a, b, TRUE);
}

/* "Nye argues that | soft power rests on three resources", "Tan (2019)
 * menyatakan bahwa | kedudukan …": whether a clause reported after a
 * verb of saying and "that", "bahwa" starts at @a (an adverb maybe
 * between the verb and "that": "argued convincingly that"; English
 * verbs of the phrase lists view_verb and keyclaim_verb). Its
 * subject owns what it lists as the sentence's own subject would. */
static gboolean
reported_clause_start (Ctx        *ctx,
                       const Sent *s,
                       guint       a)
{
  guint v;

  if (a < 3 || !(s->toks[a - 1].flags & W_THAT) || s->toks[a - 1].type != TOK_WORD)
    return FALSE;
  for (v = a - 2; v > 0 && adverb_word (ctx, &s->toks[v]); v--)
    ;
  return s->toks[v].type == TOK_WORD && !s->toks[v].cap &&
         ((s->toks[v].flags & (W_REPORT | W_DEFINE_VERB)) || s->toks[v].verb ||
          _ds_phrase_at (ctx, s, v, PL_VIEW_VERB) == 1 || _ds_phrase_at (ctx, s, v, PL_KEYCLAIM_VERB) == 1);
}

/* The character at @p (before @end), or 0 when none is whole there. */
static gunichar
ref_char_at (const char *p,
             const char *end)
{
  gunichar c;

  if (p >= end)
    return 0;
  c = g_utf8_get_char_validated (p, end - p);
  return c == (gunichar) -1 || c == (gunichar) -2 ? 0 : c;
}

/* Whether @c belongs in a name's word: a letter or figure, accented
 * too, or a hyphen ("Trans-Pacific", "Élysée"). */
static gboolean
ref_word_char (gunichar c)
{
  return c == '-' || g_unichar_isalnum (c);
}

/* Whether the character before @p (after @start) is of a word. */
static gboolean
ref_word_before (const char *start,
                 const char *p,
                 const char *end)
{
  return p > start && ref_word_char (ref_char_at (g_utf8_prev_char (p), end));
}

/* Whether the words [@a, @b) of @s stand in capitals, in a name of two
 * words or more, in the sentence @ref (of @s's paragraph, not @s itself):
 * @name is then that name ("Kerangka kerja ini" after "… mengesahkan
 * Kerangka Kerja Penanggulangan Berita Palsu.", "This rating" after "…
 * joined the Space Sustainability Rating"). The words in lower case, or
 * capitalised only as a sentence's first word, name nothing. Bytes only:
 * no sentence is tokenised while @s is held. A name's words are read as
 * letters (accented too) and hyphens: "the Trans-Pacific Partnership",
 * "the Élysée Treaty", whole. */
static gboolean
words_in_ref (const Sent    *s,
              guint          a,
              guint          b,
              const SentRef *ref,
              char         **name)
{
  const char *from = s->toks[a].p, *to = s->toks[b - 1].p + s->toks[b - 1].len;
  gsize n = to - from;

  if (ref->p == NULL || ref->block != s->block || ref->p == s->p || n == 0)
    return FALSE;
  for (const char *q = ref->p; q + n <= ref->end; q++)
    {
      const char *l = q, *r = q + n;

      if (ds_ascii_strncasecmp (q, from, n) != 0 || ref_word_before (ref->p, q, ref->end) ||
          (r < ref->end && g_ascii_isalnum (*r)))
        continue;
      /* (In lower case it names nothing: "Beberapa negara menyusun
       * strategi sendiri. Strategi ini menghadapi dua hambatan".) */
      if (!g_unichar_isupper (ref_char_at (q, ref->end)))
        continue;
      /* (The capitalised run: back over words in capitals, on over them;
       * a word is letters, accented too, and hyphens.) */
      while (l > ref->p + 1 && l[-1] == ' ' && ref_word_before (ref->p, l - 1, ref->end))
        {
          const char *w = l - 1;

          while (ref_word_before (ref->p, w, ref->end))
            w = g_utf8_prev_char (w);
          if (!g_unichar_isupper (ref_char_at (w, ref->end)))
            break;
          l = w;
        }
      while (r + 1 < ref->end && *r == ' ' && g_unichar_isupper (ref_char_at (r + 1, ref->end)))
        for (r++; r < ref->end && ref_word_char (ref_char_at (r, ref->end)); r = g_utf8_next_char (r))
          ;
      /* (A sentence's first word is in capitals for its place alone.) */
      if (l == ref->p && r == q + n)
        continue;
      /* ("the General Data Protection Regulation": its article too.) */
      if (l >= ref->p + 4 && ds_ascii_strncasecmp (l - 4, "the ", 4) == 0 && (l == ref->p + 4 || l[-5] == ' '))
        l -= 4;
      if (memchr (l, ' ', r - l) == NULL)
        continue;
      *name = g_strndup (l, r - l);
      if (ds_ascii_strncasecmp (*name, "the ", 4) == 0)
        **name = 't';
      return TRUE;
    }
  return FALSE;
}

/* "Namun, pendekatan ini menghadapi dua risiko." under "Analisis", "This
 * model faces two problems." under "Assessment", "It has two limits:":
 * an owner [@owner_a, @owner_b) that only points back (a noun or two and
 * "ini", "itu", "tersebut"; "this", "these" and a noun or two; "it"
 * alone) once nothing it could stand for was found, no name or
 * preposition in it, under a section every paper has (generic_topic()) or
 * none: no heading or title places what it points at. A pointed noun the
 * heading holds is the heading's. */
typedef enum {
  POINTER_NOT,     /* no owner that only points */
  POINTER_FOUND,   /* one that points at words the sentence before holds */
  POINTER_NOTHING, /* one that points at nothing */
} PointerOwner;

static PointerOwner
owner_points_at_nothing (Ctx        *ctx,
                         const Sent *s,
                         guint       owner_a,
                         guint       owner_b,
                         guint       w,
                         char      **name)
{
  *name = NULL;
  if (!(ctx->topic == NULL || g_strcmp0 (ctx->topic, ctx->essay_id) == 0 || generic_topic (ctx)) ||
      owner_b > owner_a + 2)
    return POINTER_NOT;
  for (guint k = owner_a; k < owner_b; k++)
    if ((k > 0 && s->toks[k].cap) || s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_PREP | W_CONJ)) ||
        (ctx->topic != NULL && heading_has_word (ctx, &s->toks[k])))
      return POINTER_NOT;
  if (!(owner_a < owner_b && owner_b + 1 == w && (s->toks[owner_b].flags & W_ANAPHOR) &&
        s->toks[owner_b].type == TOK_WORD) &&
      !(ctx->english && owner_a > 0 && owner_a < owner_b && owner_b == w && (s->toks[owner_a - 1].flags & W_ANAPHOR) &&
        _ds_clause_start (s, owner_a - 1) == owner_a - 1 && !_ds_tok_is (&s->toks[owner_a - 1], "that")))
    return owner_a >= owner_b && w > 0 && _ds_clause_start (s, w - 1) == w - 1 &&
           _ds_phrase_at (ctx, s, w - 1, PL_THING_PRONOUN) == 1 ? POINTER_NOTHING : POINTER_NOT;
  /* (A sentence before it in the paragraph names it: the name owns.) */
  if (words_in_ref (s, owner_a, owner_b, &ctx->prev, name) ||
      words_in_ref (s, owner_a, owner_b, &ctx->prev2, name))
    return POINTER_FOUND;
  return POINTER_NOTHING;
}

/* Whether the listed phrase [@start, @end) names nothing it is of: one
 * word of content at most besides a rank or a generic head ("dua
 * risiko", "three main obstacles", "dua jenis kewajiban"), no name. */
static gboolean
listed_bare (const Sent *s,
             guint       start,
             guint       end)
{
  guint content = 0;

  for (guint k = start; k < end; k++)
    {
      if (s->toks[k].cap || s->toks[k].type != TOK_WORD)
        return FALSE;
      if (!(s->toks[k].flags & (W_FUNCTION | W_SUPERLATIVE | W_GENERIC | W_COUNT | W_QUANT)))
        content++;
    }
  return content <= 1;
}

/* "Diplomasi digital memiliki tiga manfaat" → "manfaat diplomasi
 * digital" ("benefits of digital diplomacy"): what is listed belongs to the
 * sentence's subject, which goes right after the listed noun, before what
 * qualifies it ("keuntungan media sosial dalam diplomasi publik"). A
 * quantified subject ("beberapa negara") owns nothing. */
char *
_ds_list_owned_subject (Ctx        *ctx,
                        const Sent *s,
                        guint       start,
                        guint       end)
{
  guint verb_len, w = owner_end (ctx, s, start, &verb_len), v, owner_a, owner_b, head = start + 1;
  const char *member;
  g_autofree char *noun = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *owned = NULL;

  ctx->list_owner_dangles = FALSE;
  /* "Mahasiswa mampu menjelaskan tiga instrumen …": a learning outcome;
   * the student does not own what it names. */
  if (w == 0 || _ds_phrase_at (ctx, s, 0, PL_OUTCOME_OPENER) > 0)
    {
      guint named_end;
      char *named;

      /* "Komunitas Andes dibentuk pada 1969. Organ utamanya ada dua,
       * yaitu …": "-nya" is the name the sentence before began with
       * ("organ utama Komunitas Andes"), not a word the question keeps. */
      /* ("Tugasnya meliputi …": one word.) */
      if (w == 0 && !ctx->english && (end == start + 2 || end == start + 1) && _ds_tok_ends_nya (&s->toks[end - 1]) &&
          (named = _ds_anaphor_at (ctx, s, start, &named_end)) != NULL)
        {
          /* (Its first word lost its capital to the sentence start.) */
          if (named_end == end)
            {
              if (!s->toks[start].cap || s->toks[start].len < 2 || !g_ascii_isupper (s->toks[start].p[1]))
                *named = ds_ascii_tolower (*named);
              return named;
            }
          g_free (named);
        }
      /* "The agency reports to the President. Its main tasks are: …":
       * "its" stands for the name the sentence before began with, or
       * pointed at ("This agency", _ds_subject_note()). */
      /* ("Its three core tasks are …": after its count too.) */
      if (w == 0 && ctx->english && end > start && ctx->subject != NULL &&
          (start == 1 || (start == 2 && claim_counted (s, start))) &&
          _ds_phrase_at (ctx, s, 0, PL_THING_POSSESSIVE) == 1 && ctx->prev.p != NULL &&
          ctx->prev.block == s->block && !(s->toks[start].flags & (W_COUNT | W_QUANT)))
        {
          g_autofree char *listed = _ds_phrase_dup (s, start, end, TRUE);

          return ds_lang_expand (ctx->lang, "owned", "owned", listed, "owner", ctx->subject, NULL);
        }
      /* "Neofunctionalism explains integration as spillover. The basic
       * assumptions are: …": a list the sentence names with "the" alone,
       * no owner, is of the name the sentence before (in its paragraph)
       * began with. */
      if (w == 0 && ctx->english && start == 1 && _ds_tok_is (&s->toks[0], "the") && end > start &&
          end < s->n && (s->toks[end].flags & W_AUX) && ctx->subject != NULL && ctx->prev.p != NULL &&
          ctx->prev.block == s->block && s->toks[end - 1].p[s->toks[end - 1].len - 1] == 's' &&
          !(s->toks[start].flags & (W_COUNT | W_QUANT)))
        {
          g_autofree char *listed = _ds_phrase_dup (s, start, end, TRUE);

          return ds_lang_expand (ctx->lang, "owned", "owned", listed, "owner", ctx->subject, NULL);
        }
      if (w == 0 && end <= start + 2 && claim_counted (s, start))
        {
          g_autofree char *listed = _ds_phrase_dup (s, start, end, TRUE);
          char *owned_by_title = _ds_list_title_owned (ctx, listed);

          if (owned_by_title != NULL)
            return owned_by_title;
        }
      return _ds_phrase_dup (s, start, end, TRUE);
    }
  /* "set three goals at its founding summit": an English phrase whose
   * "its" names an owner of its own takes no second one ("untuk menaikkan
   * nilai ekspornya" is the owner's own). */
  for (guint k = start; k < end && ctx->english; k++)
    if (_ds_tok_is (&s->toks[k], "its") || _ds_tok_is (&s->toks[k], "their"))
      return _ds_phrase_dup (s, start, end, TRUE);
  /* "Diplomasi budaya juga memiliki …", "Cultural diplomacy also has
   * …": an adverb between the owner and its verb is neither's; so is an
   * auxiliary ("The regional CERT will have three main functions", "…
   * akan memiliki tiga tugas"). */
  v = w;
  /* (So is "sendiri", "also": "Wibowo sendiri mengakui …".) */
  while (w > 1 && s->toks[w - 1].type == TOK_WORD &&
         (((s->toks[w - 1].flags & (W_ADV | W_AUX)) &&
           !(s->toks[w - 1].flags & (W_NOUN | W_PRONOUN | W_ANAPHOR)) && !s->toks[w - 1].cap && !s->toks[w - 1].verb) ||
          _ds_phrase_at (ctx, s, w - 1, PL_STANCE_REFLEXIVE) == 1))
    w--;
  owner_a = _ds_np_start (s, 0, w, &owner_b);
  /* ("Nye argues that soft power has …": "that" is no demonstrative of
   * the owner but opens the clause reported.) */
  if (ctx->english && owner_a + 1 < owner_b && reported_clause_start (ctx, s, owner_a + 1))
    owner_a++;
  /* "The Kampala Convention Article 7 sets out five obligations:", "Pasal
   * 4 Piagam Air Andes menetapkan lima kewajiban:": a text that sets out
   * the items (phrase list lists_document_verb) is where they stand, its
   * article number and all, "the five obligations in the Kampala
   * Convention Article 7". */
  if (_ds_phrase_at (ctx, s, v, PL_LISTS_DOCUMENT_VERB) > 0)
    {
      guint cs = _ds_clause_start (s, w);
      /* ("A 2024 study by …" is no text's name: an article is no name's
       * word before its number.) */
      gboolean name = w >= cs + 3 && w - cs <= 8 && (s->toks[cs].cap || _ds_tok_is (&s->toks[cs], "the")), number = FALSE;

      for (guint k = cs; name && k < w; k++)
        {
          name = (s->toks[k].type == TOK_WORD && !s->toks[k].verb && !(s->toks[k].flags & (W_PRONOUN | W_ANAPHOR))) ||
                 (s->toks[k].type == TOK_NUMBER && k > cs && s->toks[k - 1].cap && !_ds_tok_is_article (&s->toks[k - 1]));
          number |= s->toks[k].type == TOK_NUMBER;
        }
      if (name && number)
        {
          g_autofree char *listed = _ds_phrase_dup (s, start, end, TRUE);
          g_autofree char *where = _ds_toks_dup (s, cs, w);

          if (_ds_tok_is (&s->toks[cs], "the"))
            where[0] = 't';
          return ds_lang_expand (ctx->lang, "lists_owned_in_text", "owned", listed, "owner", where, NULL);
        }
    }
  /* "Komisi Sungai Meranti dibentuk pada 2004. Komisi ini memiliki empat
   * tugas": the name the sentence before began with. */
  if (owner_a < w && (owner = anaphor_owner (ctx, s, owner_a - the_before (s, owner_a), w)) != NULL)
    ;
  /* "The Vastra Council met in 2011. Its power rests on …". */
  else if (ctx->english && owner_a > 0 && owner_a < w && (s->toks[owner_a - 1].flags & W_PRONOUN) &&
           (owner = anaphor_owner (ctx, s, owner_a - 1, w)) != NULL)
    ;
  /* "The Andean Parliament sits in Bogota. It has two chambers: …": the
   * pronoun stands for the name the sentence before began with. */
  else if (owner_a >= owner_b && w > 0 && (owner = anaphor_owner (ctx, s, w - 1, w)) != NULL)
    ;
  /* "The new fund is different: it has two features …", "Dana baru itu
   * berbeda: ia memiliki dua ciri …": a pronoun opening the clause after
   * a colon or semicolon stands for what the sentence opened on. */
  else if (owner_a >= owner_b && w > 2 && verb_len > 0 &&
           (_ds_tok_is_punct (&s->toks[w - 2], ':') || _ds_tok_is_punct (&s->toks[w - 2], ';')) &&
           (_ds_phrase_at (ctx, s, w - 1, PL_THING_PRONOUN) == 1 ||
            _ds_phrase_at (ctx, s, w - 1, PL_FACTS6_EITHER_PRONOUN) == 1) &&
           (owner = sentence_opener (ctx, s, w - 2)) != NULL)
    ;
  /* "It faces three obstacles": English marks no verb in "faces", but
   * the owner verb (phrase list owner_verb) after the pronoun is one. */
  else if (owner_a >= owner_b && w > 0 && verb_len > 0 && ctx->subject != NULL && !ctx->subject_rival &&
           _ds_clause_start (s, w - 1) == w - 1 && _ds_phrase_at (ctx, s, w - 1, PL_THING_PRONOUN) == 1)
    owner = g_strdup (ctx->subject);
  /* "Diplomasi kelautan adalah …. Diplomasi ini bertumpu pada tiga
   * sumber daya", "Ocean diplomacy is …. It rests on three resources":
   * the term the sentence before defined. */
  else if ((owner = defined_owner (ctx, s, owner_a, owner_b, w)) != NULL)
    ;
  /* "Kebijakan ini memiliki tiga tujuan" under "Lokalisasi Data": "this
   * policy" is what the heading names. */
  else if (owner_a < owner_b && owner_b + 1 == w && (s->toks[owner_b].flags & W_ANAPHOR) &&
      owner_b - owner_a <= 2 && _ds_clause_start (s, owner_a) == owner_a && ctx->topic != NULL &&
      g_strcmp0 (ctx->topic, ctx->essay_id) != 0 && _ds_gate_head_ok (ctx, ctx->topic) && !generic_topic (ctx) &&
      !heading_holds_listed (ctx, s, start, end) && !other_body_pointed (ctx, s, owner_b - 1) && !topic_names_two (ctx))
    {
      g_autofree char *pointed = g_ascii_strdown (s->toks[owner_b - 1].p, s->toks[owner_b - 1].len);

      owner = _ds_heading_phrase (ctx, ctx->topic, pointed);
      /* "Kerja dewan itu berporos pada …" under "Dewan Karang": the
       * heading names the council; the work is its ("kerja Dewan
       * Karang"). */
      if (owner_b == owner_a + 2 && heading_has_word (ctx, &s->toks[owner_b - 1]) &&
          !heading_has_word (ctx, &s->toks[owner_a]) && s->toks[owner_a].type == TOK_WORD &&
          !(s->toks[owner_a].flags & W_FUNCTION))
        {
          g_autofree char *owned_noun = g_ascii_strdown (s->toks[owner_a].p, s->toks[owner_a].len);
          char *with = g_strconcat (owned_noun, " ", owner, NULL);

          g_free (owner);
          owner = with;
        }
    }
  /* "This summit has three tasks" under "The Role of the Caspian Summit". */
  else if (owner_a > 0 && owner_b == w && owner_b == owner_a + 1 && (s->toks[owner_a - 1].flags & W_ANAPHOR) &&
           _ds_clause_start (s, owner_a - 1) == owner_a - 1 && ctx->topic != NULL &&
           g_strcmp0 (ctx->topic, ctx->essay_id) != 0 && _ds_gate_head_ok (ctx, ctx->topic) &&
           strstr (ctx->topic, " ") != NULL && !topic_names_two (ctx))
    {
      g_autofree char *pointed = g_ascii_strdown (s->toks[owner_a].p, s->toks[owner_a].len);
      g_auto(GStrv) words = g_strsplit (ctx->topic, " ", -1);
      gboolean held = FALSE;

      /* The heading must hold the noun: "This policy" under "The Role of
       * Local Councils" is no role of theirs. */
      for (guint k = 0; words[k] != NULL && !held; k++)
        held = g_ascii_strcasecmp (words[k], pointed) == 0;
      if (!held)
        return _ds_phrase_dup (s, start, end, TRUE);
      owner = _ds_heading_phrase (ctx, ctx->topic, pointed);
    }
  /* "This convention has three parts" under "The Minamata Convention
   * and the Stockholm Convention": the owner keeps pointing, and the
   * card gate's referent check drops what it cannot tell. */
  else if (owner_a < owner_b && owner_b <= w && topic_names_two (ctx) &&
           ((owner_b + 1 == w && (s->toks[owner_b].flags & W_ANAPHOR)) ||
            (owner_a > 0 && (s->toks[owner_a - 1].flags & W_ANAPHOR))))
    owner = _ds_phrase_dup (s, owner_a - (owner_b + 1 == w ? 0 : 1), owner_b + (owner_b + 1 == w ? 1 : 0), TRUE);
  /* (An owner that points at nothing: the list has none; the callers
   * make no list of it.) */
  else if (owner_points_at_nothing (ctx, s, owner_a, owner_b, w, &owner) == POINTER_NOTHING &&
           listed_bare (s, start, end))
    {
      ctx->list_owner_dangles = TRUE;
      return _ds_phrase_dup (s, start, end, TRUE);
    }
  /* (What it points at, named in the sentence before: its owner.) */
  else if (owner != NULL)
    ;
  else if (owner_a >= owner_b || owner_b != w || !subject_usable (s, owner_a, owner_b) ||
           owner_b - owner_a > 6 ||
           (_ds_clause_start (s, owner_a - article_before (ctx, s, owner_a)) != owner_a - article_before (ctx, s, owner_a) &&
            !reported_clause_start (ctx, s, owner_a - article_before (ctx, s, owner_a))))
    return _ds_phrase_dup (s, start, end, TRUE);
  else
    owner = _ds_phrase_dup (s, owner_a - article_before (ctx, s, owner_a), owner_b, TRUE);
  /* ("tiga keunggulan dibandingkan diplomasi konvensional" →
   * "keunggulan diplomasi digital dibandingkan …": a comparison, phrase
   * list compare_than, follows the owner as a preposition does.) */
  while (head < end && !(s->toks[head].flags & (W_PREP | W_RELATIVE)) &&
         _ds_phrase_at (ctx, s, head, PL_COMPARE_THAN) == 0)
    head++;
  /* "three sources of funding" → "the sources of funding of the
   * council" (before: "the sources of the council of funding"): an
   * English "of" phrase is the listed noun's own. */
  while (ctx->english && head + 1 < end && _ds_tok_is (&s->toks[head], "of"))
    for (head++; head < end && !(s->toks[head].flags & (W_PREP | W_RELATIVE)); head++)
      ;
  noun = _ds_phrase_dup (s, start, head, TRUE);
  /* "beranggotakan enam negara": the countries are its members. */
  if (verb_len == 1 && (member = _ds_lexicon_other_forms (ctx, &s->toks[v], "member_verb")) != NULL)
    {
      char *with = g_strconcat (noun, " ", member, NULL);

      g_free (noun);
      noun = with;
    }
  /* "Nye menyebutkan tiga sumber …": a scholar who names the items is
   * their source ("sumber … menurut Nye"), not their owner. */
  /* ("Regulator menyebut dua syarat", "Kompak itu menyebut …": a verb
   * a text uses as well, lists_document_verb, makes a person alone the
   * source.) */
  if (s->toks[owner_a].cap && _ds_phrase_at (ctx, s, v, PL_LIST_SOURCE_VERB) > 0 &&
      (_ds_phrase_at (ctx, s, v, PL_LISTS_DOCUMENT_VERB) == 0 || scholar_name (ctx, s, owner_a, owner_b)))
    {
      /* ("Panel peninjau mengidentifikasi …", "Peneliti itu mencatat …":
       * a common noun whose capital only opens the sentence is "menurut
       * panel peninjau", "menurut peneliti".) */
      gboolean common = owner_a == 0 &&
                        (owner_b > 1 ? !s->toks[1].cap && s->toks[1].type == TOK_WORD
                                     : !scholar_name (ctx, s, 0, 1) &&
                                       (_ds_tok_written_lower (ctx, &s->toks[0]) || (s->toks[0].flags & W_NOUN) ||
                                        _ds_person_head (ctx, s, 0, 1) ||
                                        (s->n > 1 && (s->toks[1].flags & (W_ANAPHOR | W_DET)))));
      g_autofree char *name = common ? _ds_phrase_dup (s, owner_a, owner_b, TRUE) : _ds_toks_dup (s, owner_a, owner_b);
      g_autofree char *listed = _ds_phrase_dup (s, start, end, TRUE);

      return ds_lang_expand (ctx->lang, "owned_by_source", "owned", listed, "owner", name, NULL);
    }
  owned = ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", owner, NULL);
  if (head >= end)
    return g_steal_pointer (&owned);
  rest = _ds_toks_dup (s, head, end);
  return g_strconcat (owned, " ", rest, NULL);
}

/* "Berikut lima alasannya." or "tujuh cara berikut" under the heading (or title)
 * "5 Alasan Diplomasi Publik Penting": the heading counts the list itself,
 * and the phrase it counts is the subject ("alasan diplomasi publik
 * penting"), not the bare @noun. NULL when the heading is no such count. */
char *
_ds_counted_topic_subject (Ctx        *ctx,
                           const char *noun)
{
  /* Before any heading, the essay's title heads the text. */
  const char *heading = ctx->topic != NULL ? ctx->topic : ctx->title;
  Sent h;
  gsize len = strlen (noun);

  if (heading == NULL || g_strcmp0 (heading, ctx->essay_id) == 0)
    return NULL;
  _ds_text_tokenize (ctx, heading, &h);
  if (h.n < 3 || !(h.toks[0].type == TOK_NUMBER || (h.toks[0].flags & W_COUNT)) ||
      h.toks[1].len != len || ds_ascii_strncasecmp (h.toks[1].p, noun, len) != 0)
    return NULL;
  return ds_utf8_strdown (h.toks[1].p, -1);
}

/* "Instrumennya cukup beragam: …" under "Diplomasi Ekonomi Indonesia":
 * the "-nya" points to the heading ("instrumen diplomasi ekonomi
 * indonesia"). */
static char *
possessed_by_topic (Ctx           *ctx,
                    const Sent    *s,
                    guint          start,
                    guint          end,
                    const SentRef *context)
{
  const Tok *t = &s->toks[start];
  g_autofree char *noun = NULL;
  g_autofree char *topic = NULL;
  const char *term, *name;
  gboolean its = start > 0 && (_ds_tok_is (&s->toks[start - 1], "its") ||
                               _ds_tok_is (&s->toks[start - 1], "their"));

  gboolean heading;

  if (end != start + 1 || t->len < 4 || !(its || (_ds_tok_ends_nya (t) && t->len >= 6)))
    return NULL;
  heading = ctx->topic != NULL && _ds_gate_head_ok (ctx, ctx->topic) && g_strcmp0 (ctx->topic, ctx->essay_id) != 0 &&
            !generic_topic (ctx);
  noun = g_ascii_strdown (t->p, its ? t->len : t->len - 3);
  if (heading && (topic = _ds_counted_topic_subject (ctx, noun)) != NULL)
    return g_steal_pointer (&topic);
  /* "The Arctic Council was created in 1996. Its functions include:":
   * the name the sentence before opened on, in the same paragraph, owns
   * it (never a heading or a label: only a name that acts). */
  if (context != NULL && context->p != NULL && context->block == s->block &&
      (topic = _ds_opening_name_of (ctx, context)) != NULL)
    {
      g_autofree char *owner = g_steal_pointer (&topic);

      if (_ds_gate_head_ok (ctx, owner))
        return ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", owner, NULL);
    }
  if (!heading)
    return NULL;
  /* "Peran Forum Kepulauan Pasifik" over "Forum Kepulauan Pasifik adalah
   * …. Tugasnya meliputi …": the name the sentence before defined, found
   * in the heading, owns it with its own capitals (the heading's title
   * case would lower "forum kepulauan"). */
  term = _ds_term_defined_before (ctx);
  name = term != NULL && g_str_has_prefix (term, "the ") ? term + 4 : term;
  if (name != NULL && g_ascii_isupper (*name) && strchr (name, ' ') != NULL && _ds_gate_head_ok (ctx, term) &&
      strstr (ctx->topic, name) != NULL)
    return ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", term, NULL);
  /* "Sanksinya berupa …" under "Sanksi administratif dan pidana", "Its
   * causes include …" under "Soft Power and Public Diplomacy": a heading
   * that joins two things says not which of them "-nya", "its" is. */
  if (topic_joins_two (ctx))
    return NULL;
  /* "Its partners include …" under "The Sahel Water Compact": a body's
   * name keeps its capitals ("the partners of the Sahel Water Compact",
   * not "… of the sahel water compact"). */
  if ((topic = heading_body_name (ctx, ctx->topic)) != NULL)
    return ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", topic, NULL);
  topic = _ds_heading_phrase (ctx, ctx->topic, NULL);
  /* "Its obligations" under "Obligations of Data Controllers": the heading
   * says it all. */
  if (g_str_has_prefix (topic, noun))
    return g_steal_pointer (&topic);
  return ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", topic, NULL);
}

/* "Rekomendasi: agar Indonesia (1) …", "We recommend that ASEAN: (1)
 * …", "urges that the board:": the words from [@start, @end) sit in a
 * clause after "agar", "supaya", "so that" (phrase list
 * lists_lead_subordinator) or after a "that", "bahwa" that follows a
 * verb (an English one the lexicon may not know: phrase list
 * advice_verb) or a label's colon; they are the clause's subject, no noun the
 * items are of ("Apa saja agar Indonesia?"). */
static gboolean
lead_subordinated (Ctx        *ctx,
                   const Sent *s,
                   guint       start,
                   guint       end,
                   guint       cue)
{
  gboolean named = FALSE;

  /* "mencatat bahwa jenis hoaks … antara lain", "notes that the cases
   * … include": a word that names the list after the that-clause's
   * subject makes it the list's noun; only a colon or markers leave the
   * clause's subject bare. */
  for (guint k = end; k <= cue && k < s->n; k++)
    named |= (s->toks[k].flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_PAIR)) != 0;
  /* ("that the ministry:": the article goes with the subject.) */
  while (start > 0 && start < end && ((s->toks[start - 1].flags & W_DET) || _ds_tok_is_article (&s->toks[start - 1])))
    start--;
  for (guint k = start > 2 ? start - 2 : 0; k < end && k < s->n; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_LISTS_LEAD_SUBORDINATOR);

      /* ("Hambatan yang dihadapi agar pelabuhan efisien": a purpose
       * inside the subject qualifies it.) */
      if (n > 0 && k + n >= start && k <= start)
        return TRUE;
      if ((s->toks[k].flags & W_THAT) && k + 1 >= start && !named &&
          (k == 0 || _ds_tok_is_punct (&s->toks[k - 1], ':') ||
           (s->toks[k - 1].verb && !(s->toks[k - 1].flags & (W_NOUN | W_AUX)) && !s->toks[k - 1].cap) ||
           _ds_phrase_at (ctx, s, k - 1, PL_ADVICE_VERB) == 1))
        return TRUE;
    }
  return FALSE;
}

/* "Three states have …", "two reports found …": after a count word an
 * English plural the lexicon spells as a verb is the counted noun. */
static gboolean
counted_plural_verb (Ctx        *ctx,
                     const Sent *s,
                     guint       k)
{
  const Tok *t = &s->toks[k];

  return ctx->english && t->type == TOK_WORD && t->verb && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' &&
         !(t->flags & (W_AUX | W_FUNCTION | W_PREP | W_CONJ));
}

/* A count word in the clause before the cue, followed by a noun: the
 * counted phrase runs from that noun to the cue. */
static void
counted_before (Ctx        *ctx,
                const Sent *s,
                guint       hi,
                guint      *start,
                DsClaim    *claim)
{
  for (guint c = _ds_clause_start (s, hi); c + 1 < hi && c < *start; c++)
    if ((s->toks[c].flags & W_COUNT) && (_ds_tok_nounish (&s->toks[c + 1]) || counted_plural_verb (ctx, s, c + 1)) &&
        read_count_tok (ctx, s, c, claim))
      {
        *start = c + 1;
        return;
      }
}

/* "X cukup beragam:", "X sangat banyak, antara lain": an adjective (after an
 * adverb) before the cue says how the list is; the clause's first noun
 * phrase is what it lists. */
/* [@a, @b) are words that say how something is ("clear", "many", "quite
 * simple"), not a count, an article or "the following". */
static gboolean
adjectives_only (const Sent *s,
                 guint       a,
                 guint       b)
{
  for (guint i = a; i < b; i++)
    if (s->toks[i].type != TOK_WORD || s->toks[i].verb ||
        (s->toks[i].flags & (W_PREP | W_AUX | W_COUNT | W_DET | W_CUE_NAMING | W_CUE_EXAMPLE)) ||
        _ds_tok_is (&s->toks[i], "following"))
      return FALSE;
  return a < b;
}

static void
adjectival_subject (const Sent *s,
                    gboolean    english,
                    guint       hi,
                    guint      *start,
                    guint      *end)
{
  guint c = _ds_clause_start (s, hi), k = c;

  /* "The weaknesses of the plan are clear:", "Its tools are many:": the
   * list is of what "are" says is so. */
  for (guint j = MAX (c + 1, hi > 3 ? hi - 3 : 0); english && j + 1 < hi; j++)
    if ((s->toks[j].flags & W_AUX) && adjectives_only (s, j + 1, hi))
      {
        guint a, b;

        a = _ds_np_start (s, c, j, &b);
        if (a < b && b == j && subject_usable (s, a, b))
          {
            *start = a;
            *end = b;
          }
        return;
      }
  while (k < hi && _ds_tok_nounish (&s->toks[k]))
    k++;
  if (k == c || k >= hi || hi - k > 3 || !(s->toks[k].flags & W_ADV))
    return;
  for (guint i = k; i < hi; i++)
    if (s->toks[i].verb || (s->toks[i].flags & (W_AUX | W_PREP)))
      return;
  *start = c;
  *end = k;
}

/* "Kritik terhadap otonomi daerah cukup banyak.", "The criticisms of
 * regional autonomy are many.": a predicate that only says there are
 * many of them (phrase list lists_quantity_predicate, after an adverb or
 * a copula) leaves the clause's subject, a noun phrase with its
 * prepositional tail, as what is listed. */
static gboolean
quantity_subject (Ctx        *ctx,
                  const Sent *s,
                  guint       hi,
                  guint      *start,
                  guint      *end,
                  gboolean   *measure,
                  char      **pointed)
{
  guint c = _ds_clause_start (s, hi), p = G_MAXUINT, a, kept, check;

  for (guint j = hi > 3 ? hi - 3 : 0; j < hi && p == G_MAXUINT; j++)
    if (_ds_phrase_at (ctx, s, j, PL_LISTS_QUANTITY_PREDICATE) == hi - j)
      p = j;
  if (p == G_MAXUINT || p <= c)
    return FALSE;
  while (p > c && s->toks[p - 1].type == TOK_WORD && (s->toks[p - 1].flags & (W_ADV | W_AUX | W_CUE_DEF)) &&
         !_ds_tok_nounish (&s->toks[p - 1]))
    p--;
  kept = check = p;
  a = c < p && _ds_tok_is_article (&s->toks[c]) ? c + 1 : c;
  /* ("Jumlah pengaduan warga cukup banyak", "The number of complaints is
   * large": a measure, phrase list lists_measure_subject, is many, not
   * its things.) */
  if (a < p && _ds_phrase_at (ctx, s, a, PL_LISTS_MEASURE_SUBJECT) > 0)
    {
      *measure = TRUE;
      return FALSE;
    }
  /* "Kritik terhadap indeks ini cukup banyak", "The objections to
   * this index are many": a noun and its demonstrative close the
   * subject (English puts it first, after a preposition); *@pointed gets
   * the name they stand for (the heading's, the last sentence's), and
   * without one the subject is none. The words before them are kept
   * (@kept), the noun checked with them in Indonesian (@check). */
  if (p > a + 2 && s->toks[p - 1].type == TOK_WORD && s->toks[p - 2].type == TOK_WORD &&
      ((!ctx->english && (s->toks[p - 1].flags & W_ANAPHOR) && _ds_tok_nounish (&s->toks[p - 2]) &&
        !(s->toks[p - 2].flags & W_FUNCTION)) ||
       (ctx->english && p > a + 3 && (s->toks[p - 2].flags & W_ANAPHOR) && (s->toks[p - 3].flags & W_PREP))))
    {
      guint e;

      /* (Pointing at what no heading or sentence names, "Keberatan
       * terhadap skema ini" under "Metode", the statement is completed:
       * neither the heading nor its noun alone is what is listed.) */
      if ((*pointed = _ds_anaphor_at (ctx, s, p - 2, &e)) == NULL || e != p)
        {
          g_clear_pointer (pointed, g_free);
          *measure = TRUE;
          return FALSE;
        }
      kept = p - 2;
      check = ctx->english ? p - 2 : p - 1;
    }
  if (a >= check || !_ds_tok_nounish (&s->toks[a]) ||
      !(_ds_tok_nounish (&s->toks[check - 1]) || (*pointed != NULL && (s->toks[check - 1].flags & W_PREP))) ||
      !subject_usable (s, a, check))
    {
      g_clear_pointer (pointed, g_free);
      return FALSE;
    }
  for (guint k = a; k < check; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb ||
        (s->toks[k].flags & (W_AUX | W_CUE_DEF | W_CLAUSE | W_CONNECTIVE | W_QUANT)) ||
        (!_ds_tok_nounish (&s->toks[k]) && !(s->toks[k].flags & W_PREP) && !_ds_tok_is_article (&s->toks[k])))
      {
        g_clear_pointer (pointed, g_free);
        return FALSE;
      }
  *start = a;
  *end = kept;
  return TRUE;
}

/* "organisasi cek fakta di Indonesia, seperti …": "di Indonesia" only
 * places what the examples are of; so does "mitra di luar kawasan,
 * seperti …" (the phrase list lists_place_word: a word that makes the
 * preposition a place's). */
static gboolean
names_place (Ctx        *ctx,
             const Sent *s,
             guint       prep,
             guint       end)
{
  if (_ds_phrase_at (ctx, s, prep, PL_LISTS_PLACE_WORD) == 1 ||
      (prep + 1 < end && _ds_phrase_at (ctx, s, prep + 1, PL_LISTS_PLACE_WORD) == 1))
    return TRUE;
  return (_ds_tok_is (&s->toks[prep], "di") || _ds_tok_is (&s->toks[prep], "in")) && prep + 1 < end &&
         ((s->toks[prep + 1].flags & W_COUNTRY) || s->toks[prep + 1].cap);
}

/* "Lima tokoh dianggap sebagai pendiri GNB, yaitu …": the passive verb
 * after the counted noun qualifies it, "tokoh yang dianggap sebagai
 * pendiri GNB"; NULL when the phrase has no such verb. */
/* "bank regional membiayai jalan", "negara berbatasan dengan …": an
 * active verb at @k whose subject is the counted noun at @start — a
 * "me-" verb with its object (not "mendasar dalam …", an adjective),
 * or a "ber-" verb; not after a reason or a way ("alasan negara
 * menyimpan data" gives the reasons why states store it). */
static gboolean
active_after_counted (const Sent *s,
                      guint       start,
                      guint       k)
{
  const Tok *t = &s->toks[k];

  /* ("tiga ciri membedakan komisi itu …": right after a generic noun
   * the verb is still its own.) */
  if (k <= start || !_ds_tok_nounish (&s->toks[k - 1]) || s->toks[k - 1].verb ||
      ((s->toks[start].flags & W_GENERIC) && k > start + 1) || k + 1 >= s->n)
    return FALSE;
  if (ds_ascii_strncasecmp (t->p, "ber", 3) == 0)
    return TRUE;
  return ds_ascii_strncasecmp (t->p, "me", 2) == 0 && s->toks[k + 1].type == TOK_WORD &&
         !(s->toks[k + 1].flags & (W_PREP | W_CONJ | W_FUNCTION));
}

char *
_ds_list_reduced_relative (Ctx        *ctx,
                           const Sent *s,
                           guint       start,
                           guint       end)
{
  g_autofree char *head = NULL;
  g_autofree char *rest = NULL;

  /* "Three rounds of talks were held in 2018:" → "rounds of talks held
   * in 2018"; "Four groups formed in 2019:" → "groups that formed in
   * 2019". */
  if (ctx->english)
    {
      /* ("Three features matter.": the plain verb may end the phrase.) */
      for (guint k = start + 1; k < end; k++)
        {
          const Tok *t = &s->toks[k];
          gboolean unknown_verb, last_verb, det_verb;

          if (t->type != TOK_WORD || (t->flags & W_RELATIVE))
            return NULL;
          /* "Four governments still oppose …": an adverb of aspect
           * (phrase list lists_relative_aspect) before a plain verb opens
           * the clause, "governments that still oppose …". */
          if (k + 1 < end && !t->cap && s->toks[k - 1].p[s->toks[k - 1].len - 1] == 's' &&
              _ds_phrase_at (ctx, s, k, PL_LISTS_RELATIVE_ASPECT) == 1 && s->toks[k + 1].type == TOK_WORD &&
              !s->toks[k + 1].cap && !(s->toks[k + 1].flags & (W_FUNCTION | W_AUX)))
            {
              head = _ds_phrase_dup (s, start, k, TRUE);
              rest = _ds_toks_dup (s, k, end);
              return g_strconcat (head, " that ", rest, NULL);
            }
          /* ("Five conditions must be present": a modal before "be".) */
          if ((t->flags & W_AUX) && s->toks[k + 1].type == TOK_WORD && !s->toks[k + 1].cap &&
              (!(s->toks[k + 1].flags & (W_FUNCTION | W_NOUN | W_COUNT)) ||
               (_ds_tok_is (&s->toks[k + 1], "be") && _ds_phrase_at (ctx, s, k, PL_LISTS_RELATIVE_KEEP_AUX) == 1)) &&
              k + 2 < end)
            {
              head = _ds_phrase_dup (s, start, k, TRUE);
              /* "Two agencies have signed the protocol:" → "agencies
               * that have signed the protocol": a perfect or a modal
               * (phrase list lists_relative_keep_aux) keeps its
               * auxiliary after "that"; a passive's "were" goes. */
              if (_ds_phrase_at (ctx, s, k, PL_LISTS_RELATIVE_KEEP_AUX) == 1)
                {
                  rest = _ds_toks_dup (s, k, end);
                  return g_strconcat (head, " that ", rest, NULL);
                }
              rest = _ds_toks_dup (s, k + 1, end);
              return g_strconcat (head, " ", rest, NULL);
            }
          /* "two issues remain open after the talks": a plain verb that
           * agrees with the plural counted noun. */
          /* "two banks lend for infrastructure": a word the lexicon does
           * not know, after the plural noun and before a preposition, is
           * that verb too. */
          unknown_verb = k + 1 < end && !t->verb && t->type == TOK_WORD && !t->cap &&
                                  !(t->flags & (W_FUNCTION | W_NOUN | W_ADV | W_PREP | W_AUX | W_DET | W_CONJ)) &&
                                  (((s->toks[k + 1].flags & W_PREP) && !_ds_tok_is (&s->toks[k + 1], "of")) ||
                                   /* "Three forces drive the agenda": its object's article. */
                                   ((s->toks[k + 1].flags & W_DET) && !(s->toks[k + 1].flags & (W_QUANT | W_COUNT)) &&
                                    k + 2 < end && k == start + 1));

          /* "Two factors matter.": the word that ends the phrase right
           * after the plural counted noun is its verb, though the lexicon
           * knows it as a noun too. */
          last_verb = k + 1 == end && k == start + 1 && t->type == TOK_WORD && !t->cap &&
                      !(t->flags & (W_FUNCTION | W_ADV | W_PREP | W_AUX | W_DET | W_CONJ | W_COUNT));

          /* "Three bodies share responsibility for …", "two agencies
           * control access to …": right after the plural, a word the
           * lexicon does not know before a singular object and more is
           * the verb ("two arms control treaties" has a plural after
           * it; "Senegal's main partners" a name before it). */
          unknown_verb |= k == start + 1 && !t->verb && t->type == TOK_WORD && !t->cap && k + 2 < end &&
                          !s->toks[k - 1].cap &&
                          !(t->flags & (W_FUNCTION | W_NOUN | W_COUNT)) && s->toks[k + 1].type == TOK_WORD &&
                          !s->toks[k + 1].cap && !(s->toks[k + 1].flags & (W_FUNCTION | W_COUNT)) &&
                          s->toks[k + 1].p[s->toks[k + 1].len - 1] != 's';
          /* "three regional bodies support the talks", "four member
           * states fund the laboratory": a word the lexicon also knows as
           * a noun, between the plural and an article that opens its
           * object, is the plural's verb (no noun phrase runs on from a
           * plural into "the", "a"). */
          det_verb = k + 2 < end && t->type == TOK_WORD && !t->cap &&
                     !(t->flags & (W_FUNCTION | W_ADV | W_PREP | W_AUX | W_DET | W_CONJ | W_COUNT | W_RELATIVE)) &&
                     (s->toks[k + 1].flags & W_DET) && !(s->toks[k + 1].flags & (W_QUANT | W_COUNT | W_RELATIVE)) &&
                     s->toks[k + 2].type == TOK_WORD;
          if ((t->verb || unknown_verb || last_verb || det_verb) && !t->cap &&
              !(t->flags & (W_ADV | W_PREP | W_AUX)) && (last_verb || det_verb || !(t->flags & W_NOUN)) &&
              /* ("Three traits set the commission apart": a verb of
               * three letters before its object or a preposition.) */
              (t->len > 3 || (t->len == 3 && (unknown_verb || t->verb) && !last_verb)) &&
              ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) != 0 &&
              ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) != 0 &&
              t->p[t->len - 1] != 's' && s->toks[k - 1].type == TOK_WORD &&
              s->toks[k - 1].p[s->toks[k - 1].len - 1] == 's' &&
              !(s->toks[k - 1].flags & (W_FUNCTION | W_PREP)))
            {
              head = _ds_phrase_dup (s, start, k, TRUE);
              rest = _ds_toks_dup (s, k, end);
              return g_strconcat (head, " that ", rest, NULL);
            }
          if (k + 1 < end && t->verb && !t->cap && !(t->flags & W_NOUN) && t->len > 4 &&
              ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 && k > start + 1)
            {
              head = _ds_phrase_dup (s, start, k, TRUE);
              rest = _ds_toks_dup (s, k, end);
              return g_strconcat (head, " that ", rest, NULL);
            }
        }
      return NULL;
    }
  for (guint k = start + 1; k < end; k++)
    {
      const Tok *t = &s->toks[k];

      /* "tugas yang kini sedang disiapkan" has its "yang" already. */
      if (s->toks[k - 1].flags & W_RELATIVE)
        return NULL;
      /* "empat negara tetap menolak …": the adverb of aspect (phrase
       * list lists_relative_aspect) opens the clause, "negara yang tetap
       * menolak", not "negara tetap yang menolak"; "tiga mekanisme
       * muncul setelah 2010": a verb with no affix (phrase list
       * lists_relative_bare_verb) qualifies the counted noun as well. */
      if (t->type == TOK_WORD && !t->cap && k + 1 < end &&
          ((_ds_phrase_at (ctx, s, k, PL_LISTS_RELATIVE_ASPECT) == 1 &&
            (s->toks[k + 1].verb || _ds_phrase_at (ctx, s, k + 1, PL_LISTS_RELATIVE_BARE_VERB) == 1)) ||
           _ds_phrase_at (ctx, s, k, PL_LISTS_RELATIVE_BARE_VERB) == 1))
        {
          head = _ds_phrase_dup (s, start, k, TRUE);
          rest = _ds_toks_dup (s, k, end);
          return g_strconcat (head, " yang ", rest, NULL);
        }
      /* "dua isu masih terbuka", "tiga negara belum meratifikasi …": an
       * adverb of aspect before a verb opens the clause that qualifies
       * the counted noun, "isu yang masih terbuka". */
      if ((t->flags & W_ADV) && t->type == TOK_WORD && !t->cap && k > start && k + 1 < end &&
          s->toks[k + 1].type == TOK_WORD && s->toks[k + 1].len > 4 && !s->toks[k + 1].cap &&
          (ds_ascii_strncasecmp (s->toks[k + 1].p, "ter", 3) == 0 ||
           ds_ascii_strncasecmp (s->toks[k + 1].p, "me", 2) == 0 ||
           ds_ascii_strncasecmp (s->toks[k + 1].p, "ber", 3) == 0 ||
           ds_ascii_strncasecmp (s->toks[k + 1].p, "di", 2) == 0))
        {
          head = _ds_phrase_dup (s, start, k, TRUE);
          rest = _ds_toks_dup (s, k, end);
          return g_strconcat (head, " yang ", rest, NULL);
        }
      /* ("tiga keunggulan dibandingkan diplomasi konvensional": a
       * comparison, phrase list compare_than, qualifies the noun as it
       * stands.) */
      if (!t->verb || _ds_phrase_at (ctx, s, k, PL_COMPARE_THAN) > 0)
        continue;
      /* "dua bank regional membiayai jalan …", "tiga negara berbatasan
       * dengan …": an active verb right after the counted noun says what
       * they do, "bank regional yang membiayai jalan …". */
      if (t->len < 4 || (ds_ascii_strncasecmp (t->p, "di", 2) != 0 &&
                         !(active_after_counted (s, start, k) && k + 1 < end)))
        return NULL;
      head = _ds_phrase_dup (s, start, k, TRUE);
      rest = _ds_toks_dup (s, k, end);
      return g_strconcat (head, " yang ", rest, NULL);
    }
  return NULL;
}

/*
 * Fills in how the list is asked about, from the words before its cue
 * [0, cue): the noun phrase right before the cue is the subject and a count
 * word before that its stated count; without a usable subject the question
 * asks to complete the statement instead.
 */
/* The noun phrase that opens the sentence before its first verb, when
 * it ends before @name; else @name itself (*@end unchanged). */
static guint
clause_subject (const Sent *s,
                guint       name,
                guint      *end)
{
  guint v = 0, a, b;

  while (v < name && !s->toks[v].verb && !(s->toks[v].flags & W_AUX))
    v++;
  if (v == 0 || v >= name)
    return name;
  a = _ds_np_start (s, 0, v, &b);
  if (a != 0 || a >= b)
    return name;
  *end = b;
  return a;
}

/* "The goals of the compact, set out in the Makassar Declaration,
 * include …": before the comma at @comma, an aside that a participle, a
 * relative or a preposition opens; the subject is before it. Where the
 * subject ends. */
static guint
past_aside (const Sent *s,
            guint       comma)
{
  for (guint k = comma; k > 1 && comma - k < 10; k--)
    {
      const Tok *t = &s->toks[k - 1];

      if (!_ds_tok_is_punct (t, ','))
        continue;
      /* (After "Dalam model …, " the comma ends an adverbial, and what
       * follows it is the clause.) */
      if (comma - k > 8 || (s->toks[_ds_clause_start (s, k - 1)].flags & (W_PREP | W_CONNECTIVE)))
        break;
      /* ", which they divide into three types, namely": the count in the
       * clause names the list. */
      for (guint j = k; j < comma; j++)
        if (s->toks[j].flags & W_COUNT)
          return comma;
      if (k < comma && (s->toks[k].verb || (s->toks[k].flags & (W_RELATIVE | W_PREP)) ||
                        (!s->toks[k].cap && s->toks[k].type == TOK_WORD && _ds_tok_nounish (&s->toks[k - 2]) &&
                         !(s->toks[k].flags & (W_CONJ | W_DET)))))
        return k - 1;
      break;
    }
  return comma;
}

/* "There are three obstacles: cost, distance and ice": English's empty
 * subject, its verb read as the cue; the counted noun up to the colon
 * is what is listed, as in "Ada tiga hambatan:". Where the words that
 * name the list end (the colon), else @cue. */
static guint
there_are_counted (const Sent *s,
                   guint       cue)
{
  if (cue > 2 || s->n < 5 || !_ds_tok_is (&s->toks[0], "there") ||
      !(_ds_tok_is (&s->toks[1], "are") || _ds_tok_is (&s->toks[1], "were")) ||
      !((s->toks[2].flags & W_COUNT) || s->toks[2].type == TOK_NUMBER))
    return cue;
  for (guint k = 3; k < s->n && k < 9; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      return k > 3 ? k : cue;
    else if (s->toks[k].type != TOK_WORD || s->toks[k].verb)
      break;
  return cue;
}

/* "Responsibility for fisheries is split across several agencies:",
 * "Tanggung jawab atas perikanan terbagi di antara beberapa lembaga:":
 * the words before the cue hold a predicate, a verb (after an English
 * auxiliary) and its preposition; they name no noun the items are of
 * ("What are the split across …", "Apa saja tanggung jawab … terbagi
 * …"). */
static gboolean
predicate_named (Ctx        *ctx,
                 const Sent *s,
                 guint       start,
                 guint       end)
{
  if (ctx->english)
    return start > 1 && start + 1 < end && (s->toks[start - 1].flags & W_AUX) &&
           !(s->toks[start - 1].flags & W_CUE_NAMING) && s->toks[start].type == TOK_WORD && !s->toks[start].cap &&
           !(s->toks[start].flags & (W_DET | W_COUNT | W_QUANT)) && (s->toks[start + 1].flags & W_PREP);
  /* ("Lima tokoh dianggap sebagai pendiri …": a counted noun before its
   * verb is the reduced relative's, "lima tokoh yang dianggap …".) */
  if (claim_counted (s, start) || (start + 1 < end && claim_counted (s, start + 1)))
    return FALSE;
  for (guint k = start + 1; k + 1 < end; k++)
    {
      if (s->toks[k].flags & (W_RELATIVE | W_THAT))
        return FALSE;
      /* ("terbagi", "tersebar": a ter- verb the lexicon need not know.) */
      if ((s->toks[k].verb || (s->toks[k].len > 5 && ds_ascii_strncasecmp (s->toks[k].p, "ter", 3) == 0)) &&
          !(s->toks[k].flags & (W_NOUN | W_FUNCTION)) && !s->toks[k].cap && s->toks[k].type == TOK_WORD &&
          (s->toks[k + 1].flags & W_PREP) && !(s->toks[k - 1].flags & W_PREP))
        return TRUE;
    }
  return FALSE;
}

/* "Negara yang tidak melapor dapat dikenai sanksi berupa …", "Firms that
 * miss the deadline may face penalties such as …": the words before the
 * cue hold a whole clause, a subject (with its own relative clause) and
 * a predicate opened by a modal (phrase list lists_predicate_modal); no
 * noun phrase names what the items are ("Apa saja negara yang tidak
 * melapor dapat dikenai sanksi?", "examples of operators that report
 * late may face penalties"), and the statement is completed (when the
 * owner read would hold the modal: examples in "kita dapat memakai
 * media sosial seperti …" are of the noun before the cue). A
 * modal inside the relative clause ("negara yang tidak dapat membayar",
 * "states that cannot pay") opens no predicate: a word of content must
 * stand between the relative word and the modal (the relative clause's
 * own verb, "yang tidak melapor", "that report late"), or no relative
 * word at all before it. The modal's token, or G_MAXUINT. */
static guint
modal_predicate (Ctx        *ctx,
                 const Sent *s,
                 guint       start,
                 guint       end)
{
  /* (The modal's verb takes an object before the cue: "the steps that
   * ministries must take include …" has its modal in the relative
   * clause, and the cue is the predicate.) */
  /* ("The centre will have three main tasks:", "Five conditions must
   * be present:": a counted object after the modal, or a counted
   * subject, names what the items are.) */
  for (guint j = start; j < end; j++)
    if ((s->toks[j].flags & W_COUNT) || (s->toks[j].type == TOK_NUMBER && !_ds_tok_is_year (&s->toks[j])))
      return G_MAXUINT;
  for (guint k = start + 1; k + 2 < end; k++)
    {
      gboolean verb_since_relative = TRUE;

      if (_ds_phrase_at (ctx, s, k, PL_LISTS_PREDICATE_MODAL) != 1 || s->toks[k + 1].type != TOK_WORD ||
          (s->toks[k - 1].flags & (W_RELATIVE | W_THAT | W_PREP)) || s->toks[k - 1].type != TOK_WORD)
        continue;
      for (guint j = start; j < k; j++)
        if (s->toks[j].flags & (W_RELATIVE | W_THAT))
          verb_since_relative = FALSE;
        else if (s->toks[j].type == TOK_WORD && !(s->toks[j].flags & (W_FUNCTION | W_ADV)) && !s->toks[j].cap &&
                 j > start && (s->toks[j - 1].flags & (W_RELATIVE | W_THAT | W_ADV)))
          verb_since_relative = TRUE;
      if (verb_since_relative)
        return k;
    }
  return G_MAXUINT;
}

/* "Pengendali data adalah pihak yang menentukan …, seperti bank, rumah
 * sakit, atau aplikasi belanja.", "A data controller is the body that
 * decides …, such as a ministry or a hospital": examples after the comma
 * that ends a definition's gloss — a class and its relative clause
 * ("pihak yang …", "the body that …") — are the term's ("contoh
 * pengendali data"), not of the clause's last noun. The term opens the
 * sentence and is no name ("ASEAN is a body that …, such as China" gives
 * no examples of ASEAN). NULL when the sentence before @hi is no such
 * definition. */
/* Whether the phrase [@a, @b) that opens a sentence reads as a name: a
 * capital past its first word, a first word in capitals ("ASEAN"), or
 * one capitalised word alone ("Indonesia"). */
static gboolean
names_someone (const Sent *s,
               guint       a,
               guint       b)
{
  const Tok *t = &s->toks[a];

  for (guint k = a + 1; k < b; k++)
    if (s->toks[k].cap)
      return TRUE;
  return t->cap && (b == a + 1 || (t->len > 1 && g_ascii_isupper (t->p[1])));
}

static char *
defined_term (Ctx        *ctx,
              const Sent *s,
              guint       hi)
{
  for (guint k = 1; k + 2 < hi && k < 8; k++)
    {
      const Tok *t = &s->toks[k];
      guint a, b, h;

      if (t->type != TOK_WORD)
        return NULL;
      /* (English's "is" is an auxiliary to the lexicon, no cue.) */
      if (!(_ds_tok_is (t, "adalah") || _ds_tok_is (t, "merupakan") || _ds_tok_is (t, "ialah") ||
            _ds_tok_is (t, "is") || _ds_tok_is (t, "are")))
        continue;
      a = _ds_np_start (s, 0, k, &b);
      if (ctx->english && a < b && _ds_tok_is_article (&s->toks[a]))
        a++;
      if (b != k || a >= b || a - article_before (ctx, s, a) != 0 || names_someone (s, a, b) ||
          !_ds_term_usable (s, a, b) || (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) || s->toks[a].verb)
        return NULL;
      /* The gloss: a class of a few words, then its relative clause, and
       * no comma before the examples' own. */
      h = k + 1 + (ctx->english && _ds_tok_is_article (&s->toks[k + 1]));
      while (h < hi && h < k + 5 && s->toks[h].type == TOK_WORD && !(s->toks[h].flags & (W_RELATIVE | W_THAT)))
        h++;
      if (h >= hi || h == k + 1 || !(s->toks[h].flags & (W_RELATIVE | W_THAT)))
        return NULL;
      /* ("diplomasi resmi yang dilakukan oleh pemerintah, misalnya oleh
       * kepala negara …", "the party that works with partners, such as
       * …": the clause names an agent or a partner (phrase list
       * lists_examples_of_agent), whose examples these are.) */
      for (guint c = h; c < hi; c++)
        if (s->toks[c].type == TOK_PUNCT || _ds_phrase_at (ctx, s, c, PL_LISTS_EXAMPLES_OF_AGENT) > 0)
          return NULL;
      return _ds_phrase_dup (s, a, b, TRUE);
    }
  return NULL;
}

/* Whether token @k is "adalah", "merupakan", "ialah", "is", "are". */
static gboolean
copula (const Tok *t)
{
  return _ds_tok_is (t, "adalah") || _ds_tok_is (t, "merupakan") || _ds_tok_is (t, "ialah") ||
         _ds_tok_is (t, "is") || _ds_tok_is (t, "are");
}

/* "Yang kedua adalah data pribadi yang bersifat spesifik. Kelompok ini
 * mencakup A, B, dan C.", "Specific data is data whose leak does harm.
 * This group includes A, B and C.": a class noun pointed back at (phrase
 * list lists_class_pointed: "kelompok ini", "this group") before the cue
 * @hi stands for the category the sentence before (@context, the same
 * paragraph) named, and the items are its examples. The category is
 * what follows the copula when an ordinal or a class noun stands before
 * it ("Yang kedua adalah X", "The second group is X"), else the term the
 * sentence opens on, when no name; NULL when neither is plain. */
static char *
class_pointed_back (Ctx           *ctx,
                    const Sent    *s,
                    guint          hi,
                    const SentRef *context)
{
  guint n = 0, k, e, a, b;
  gboolean ranked = FALSE;
  Sent p;

  if (ctx->english && hi > 0 && (_ds_tok_is (&s->toks[0], "this") || _ds_tok_is (&s->toks[0], "that")))
    n = 1 + _ds_phrase_at (ctx, s, 1, PL_LISTS_CLASS_POINTED);
  else if (!ctx->english && (n = _ds_phrase_at (ctx, s, 0, PL_LISTS_CLASS_POINTED)) > 0 && n < s->n &&
           (_ds_tok_is (&s->toks[n], "ini") || _ds_tok_is (&s->toks[n], "tersebut")))
    n++;
  if (n < 2 || n != hi || context == NULL || context->p == NULL || context->block != s->block)
    return NULL;
  _ds_sent_from_ref_plain (ctx, context, &p);
  e = _ds_body_end (&p);
  for (k = 1; k < e && k < 8 && !copula (&p.toks[k]); k++)
    ;
  if (k >= e || k >= 8 || k + 2 > e)
    return NULL;
  for (guint j = 0; j < k; j++)
    ranked |= (p.toks[j].flags & W_ORDINAL) || _ds_phrase_at (ctx, &p, j, PL_LISTS_CLASS_POINTED) > 0;
  if (ranked)
    {
      a = k + 1 + (ctx->english && _ds_tok_is_article (&p.toks[k + 1]));
      b = e;
    }
  else
    {
      a = _ds_np_start (&p, 0, k, &b);
      if (ctx->english && a < b && _ds_tok_is_article (&p.toks[a]))
        a++;
      if (b != k || a - article_before (ctx, &p, a) != 0 || names_someone (&p, a, b))
        return NULL;
    }
  if (a >= b || !_ds_term_usable (&p, a, b) || (p.toks[a].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)) ||
      p.toks[a].verb || _ds_count_words (&p, a, b) > 6)
    return NULL;
  return _ds_phrase_dup (&p, a, b, TRUE);
}

/* "ARF … kini beranggotakan 27 peserta, termasuk A, B, dan C", "Kominfo
 * memblokir delapan layanan, di antaranya …", "The agency checks imports
 * with 12 partners, including …": examples of one bare noun that a
 * number counts are of a set the sentence places — the ARF's 27
 * participants, the eight services that were blocked — which the
 * question cannot ("Sebutkan contoh peserta menurut esai ini." asks "of
 * what?"). When a verb before the noun takes it and the examples end the
 * sentence, the sentence is completed instead ("Lengkapi: ARF …
 * beranggotakan 27 peserta, termasuk …"). A noun of a kind, not counted
 * ("offences such as …"), stands alone; words before it that point
 * back ("By 2023 it had …") would not, and the question stays. */
static gboolean
counted_examples_placed (Ctx           *ctx,
                         const Sent    *s,
                         const DsClaim *claim,
                         guint          start,
                         guint          lead_end)
{
  guint content = 0, n_items = ds_claim_get_n_items (claim), body = _ds_body_end (s);
  gboolean verb = FALSE;
  const char *last, *end;
  Sent w;

  if (claim->subject == NULL || start == 0 || start >= s->n ||
      !(s->toks[start - 1].type == TOK_NUMBER || (s->toks[start - 1].flags & W_COUNT)))
    return FALSE;
  _ds_text_tokenize (ctx, claim->subject, &w);
  for (guint k = 0; k < w.n; k++)
    if (w.toks[k].type != TOK_WORD || !(w.toks[k].flags & (W_FUNCTION | W_COUNT | W_SUPERLATIVE)))
      content++;
  if (content != 1)
    return FALSE;
  /* (The examples end the sentence: "13 yurisdiksi, termasuk A, B, dan
   * C, telah menerapkan …" would be cut before what it says of them.) */
  if (n_items == 0 || body == 0 || lead_end >= body)
    return FALSE;
  last = ds_claim_get_item (claim, n_items - 1);
  end = s->toks[body - 1].p + s->toks[body - 1].len;
  if (strlen (last) > (gsize) (end - s->toks[lead_end].p) ||
      ds_ascii_strncasecmp (end - strlen (last), last, strlen (last)) != 0)
    return FALSE;
  /* ("The group had 15 members, including …": a common noun after "the"
   * that opens the sentence is named in the one before.) */
  if (start > 3 && _ds_tok_is (&s->toks[0], "the") && s->toks[1].type == TOK_WORD && !s->toks[1].cap &&
      s->toks[2].type == TOK_WORD && (s->toks[2].verb || (s->toks[2].flags & W_AUX)))
    return FALSE;
  for (guint k = 0; k + 1 < start; k++)
    {
      if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) && !(s->toks[k].flags & (W_RELATIVE | W_THAT)) &&
          _ds_phrase_at (ctx, s, k, PL_LIST_OWNER_LEANING) == 0)
        return FALSE;
      verb |= s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_VERB));
    }
  return verb;
}

/* A word that may end a subject: a noun or a name, no function word,
 * no verb the lexicon knows. */
static gboolean
en_subject_end (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= 2 && !(t->flags & (W_FUNCTION | W_VERB | W_REPORT | W_PRONOUN)) && !t->verb;
}

/* A lower-case word whose ending makes it a verb of the present in
 * "-s" (no plural of a noun has it): "certifies", "verifies" (-ifies),
 * "recognises", "authorizes" (-ises, -izes), "publishes", "establishes"
 * (-ishes); the nouns of these endings ("premises", "treatises",
 * "exercises", "wishes", "prizes" …) are the phrase list
 * list_s_verb_noun. */
static gboolean
en_s_verb (Ctx        *ctx,
           const Sent *s,
           guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD || t->cap || t->len < 7 || (t->flags & (W_FUNCTION | W_UNIT | W_PRONOUN)))
    return FALSE;
  if (ds_ascii_strncasecmp (t->p + t->len - 5, "ifies", 5) != 0 &&
      (t->len < 8 || ds_ascii_strncasecmp (t->p + t->len - 5, "ishes", 5) != 0) &&
      ds_ascii_strncasecmp (t->p + t->len - 4, "izes", 4) != 0 &&
      ds_ascii_strncasecmp (t->p + t->len - 4, "ises", 4) != 0)
    return FALSE;
  return !t->phrase || _ds_phrase_at (ctx, s, k, PL_LIST_S_VERB_NOUN) == 0;
}

/* Whether the words before the verb @v are a subject a clause has: the
 * nouns before it, with their prepositions, follow an article or a
 * determiner ("Under the agreement, the issuing authority", "the joint
 * committee of customs directors", "The national cyber agency"), or
 * a name stands among them; "Core treatises", "Offshore data paradises"
 * are a noun phrase. */
static gboolean
en_s_subject (const Sent *s,
              guint       v)
{
  guint k = v;

  while (k > 0 && s->toks[k - 1].type == TOK_WORD &&
         (!(s->toks[k - 1].flags & (W_FUNCTION | W_DET)) || (s->toks[k - 1].flags & W_PREP)) &&
         !_ds_tok_is_article (&s->toks[k - 1]))
    {
      if (s->toks[k - 1].cap && k - 1 > 0)
        return TRUE;
      k--;
    }
  return k > 0 && (_ds_tok_is_article (&s->toks[k - 1]) || (s->toks[k - 1].flags & W_DET));
}

/* "The UPU has responded in several ways:", "Bali Process bekerja
 * melalui beberapa lapisan:", "The treaty has been amended by three
 * protocols:": a list counted after a preposition (in, through, via, by;
 * melalui, lewat, dengan, dalam but "ke dalam"), whose sentence opens on
 * a name and its verb, names how the name did what the verb says; the
 * heading or "menurut esai ini" is no owner. The question keeps the
 * clause ("What are the ways in which the UPU has responded?", "Bali
 * Process bekerja melalui lapisan apa saja?"), the subject the name. */
void
_ds_list_prep_clause_owns (Ctx        *ctx,
                           const Sent *s,
                           DsClaim    *claim,
                           guint       start,
                           guint       end)
{
  static const char * const preps_en[] = { "in", "through", "via", "by", NULL };
  static const char * const preps_id[] = { "melalui", "lewat", "dengan", "dalam", NULL };
  const char * const *preps = ctx->english ? preps_en : preps_id;
  guint i, a, b, p, verbs = 0;
  gboolean prep = FALSE;
  g_autofree char *name = NULL;
  g_autofree char *verb = NULL;
  g_autofree char *noun = NULL;
  g_autofree char *word = NULL;
  char *question;

  if (claim->form != DS_LIST_FORM_NAMING || claim->subject == NULL || start < 4 || end <= start || end > start + 3)
    return;
  /* (A count, or "several", "beberapa", "berbagai", "sejumlah".) */
  if (!claim_counted (s, start) && !_ds_tok_is (&s->toks[start - 1], "several") &&
      !_ds_tok_is (&s->toks[start - 1], "various") && !_ds_tok_is (&s->toks[start - 1], "beberapa") &&
      !_ds_tok_is (&s->toks[start - 1], "berbagai") && !_ds_tok_is (&s->toks[start - 1], "sejumlah"))
    return;
  p = start - 2;
  for (guint k = 0; preps[k] != NULL && !prep; k++)
    prep = _ds_tok_is (&s->toks[p], preps[k]);
  if (!prep || (p > 0 && _ds_tok_is (&s->toks[p - 1], "ke")))
    return;
  for (guint k = start; k < end; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_PREP | W_RELATIVE | W_THAT)))
      return;
  i = _ds_tok_is (&s->toks[0], "the") ? 1 : 0;
  if (_ds_read_name (s, i, p, &a, &b) <= i || a != i || b >= p || b + 4 < p)
    return;
  /* ("Data dikumpulkan melalui dua teknik": one word in capitals for the
   * sentence's start alone is no name; an acronym or a country is.) */
  if (b == a + 1 && !_ds_tok_is_acronym (&s->toks[a]) && !(s->toks[a].flags & W_COUNTRY))
    return;
  /* (The name's verb, its auxiliaries and object: words only, a verb
   * among them, no name and no count.) */
  for (guint k = b; k < p; k++)
    {
      g_autofree char *folded = NULL;
      gboolean verb_like;

      if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_COUNT | W_CONJ | W_PREP | W_THAT)))
        return;
      verb_like = s->toks[k].verb || (s->toks[k].flags & W_AUX);
      /* ("bekerja", "beroperasi": an Indonesian verb the lexicon marks
       * not, by its prefix.) */
      if (!verb_like && !ctx->english && !(s->toks[k].flags & W_NOUN))
        {
          folded = g_ascii_strdown (s->toks[k].p, s->toks[k].len);
          verb_like = _ds_lexicon_looks_like_verb_id (folded) || (s->toks[k].len >= 6 && g_str_has_prefix (folded, "be"));
        }
      /* ("The ITU sets …": an English present right after the name.) */
      else if (!verb_like && ctx->english && k == b && s->toks[k].len > 3 && s->toks[k].p[s->toks[k].len - 1] == 's' &&
               s->toks[k].p[s->toks[k].len - 2] != 's' && !(s->toks[k].flags & (W_FUNCTION | W_PRONOUN)))
        verb_like = TRUE;
      if (k == b && !verb_like)
        return;
      verbs += verb_like;
    }
  if (verbs == 0)
    return;
  name = _ds_toks_dup (s, i > 0 ? 0 : a, b);
  /* (A subject that names it already is owned: "stages of the Budapest
   * Convention", read from its passive.) */
  if (strstr (claim->subject, name + (i > 0 ? 4 : 0)) != NULL)
    return;
  if (i > 0)
    *name = 't';
  verb = _ds_toks_dup (s, b, p);
  noun = _ds_phrase_dup (s, start, end, TRUE);
  word = g_ascii_strdown (s->toks[p].p, s->toks[p].len);
  question = ds_lang_expand (ctx->lang, claim->count_word != NULL ? "question_prep_owned_count" : "question_prep_owned",
                             "count", claim->count_word, "noun", noun, "prep", word, "subject", name, "verb", verb, NULL);
  if (question == NULL)
    return;
  g_free (claim->question);
  claim->question = ds_utf8_capitalize (question);
  g_free (question);
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "prep_owned", "noun", noun, "prep", word, "subject", name,
                                   "verb", verb, NULL);
}

void
_ds_list_describe (Ctx           *ctx,
                   const Sent    *s,
                   DsClaim       *claim,
                   guint          cue,
                   guint          lead_end,
                   DsListForm     form,
                   gboolean       range,
                   const SentRef *context)
{
  guint hi = there_are_counted (s, cue);
  guint start, end, vague, modal;
  guint field_end = G_MAXUINT;
  gboolean after_comma, measure = FALSE, participle_owner = FALSE;
  g_autofree char *pointed = NULL;

  while (hi > 0 && (_ds_tok_is_punct (&s->toks[hi - 1], ':') ||
                    (s->toks[hi - 1].flags & W_CUE_NAMING) || _ds_tok_is (&s->toks[hi - 1], "berikut") ||
                    _ds_tok_is (&s->toks[hi - 1], "following") || _ds_tok_is (&s->toks[hi - 1], "follows") ||
                    /* "sebagai berikut", "as follows" */
                    ((_ds_tok_is (&s->toks[hi - 1], "sebagai") || _ds_tok_is (&s->toks[hi - 1], "as")) &&
                     hi < s->n && (_ds_tok_is (&s->toks[hi], "berikut") || _ds_tok_is (&s->toks[hi], "follows"))) ||
                    /* "antara lain:", "such as:" before a colon */
                    (s->toks[hi - 1].flags & (W_CUE_EXAMPLE | W_CUE_PAIR)) ||
                    (hi > 1 && _ds_tok_is (&s->toks[hi - 1], "lain") && (s->toks[hi - 2].flags & W_CUE_PAIR))))
    hi--;
  /* "The act does not cover A, B or C", "Aturan ini tidak mencakup A, B,
   * dan C": what the cue's verb denies is completed with its negation
   * ("Complete: The act does not cover …"); "What does the act cover?"
   * would ask the opposite (phrase lists contrast_not, lists_negation). */
  if (hi > 0 && (_ds_phrase_at (ctx, s, hi - 1, PL_CONTRAST_NOT) == 1 ||
                 _ds_phrase_at (ctx, s, hi - 1, PL_LISTS_NEGATION) == 1))
    form = DS_LIST_FORM_COMPLETE;
  /* "Risiko … di antaranya", "Risiko … terdiri atas" before the items:
   * two-word cues ("The network consists of" names a whole, not what its
   * parts are). */
  if (hi > 2 && (_ds_toks_pair_is (s, hi - 2, "di", "antaranya") || _ds_toks_pair_is (s, hi - 2, "terdiri", "atas") ||
                 _ds_toks_pair_is (s, hi - 2, "terdiri", "dari")))
    hi -= 2;
  /* "antaranya" went as the second word of a cue; its "di" goes too, and
   * the article of "include the following" ("are the following" is
   * completed: "the most contested issues" would lose its "most"). */
  if (hi > 1 && hi < s->n && ((_ds_tok_is (&s->toks[hi - 1], "di") && _ds_tok_is (&s->toks[hi], "antaranya")) ||
                              (_ds_tok_is_article (&s->toks[hi - 1]) && _ds_tok_is (&s->toks[hi], "following") &&
                               !(s->toks[hi - 2].flags & W_CUE_DEF))))
    {
      hi--;
      while (hi > 0 && (s->toks[hi - 1].flags & W_CUE_NAMING))
        hi--;
    }
  /* "The network works as follows:": English marks no verb, and the
   * word before "as follows" is one ("works", "operates"); the statement
   * is completed, no subject named. */
  if (ctx->english && hi > 1 && hi + 1 < s->n && _ds_tok_is (&s->toks[hi], "as") &&
      _ds_tok_is (&s->toks[hi + 1], "follows") && s->toks[hi - 1].type == TOK_WORD &&
      !(s->toks[hi - 1].flags & (W_CUE_DEF | W_AUX | W_CUE_NAMING)) &&
      s->toks[hi - 1].p[s->toks[hi - 1].len - 1] == 's')
    form = DS_LIST_FORM_COMPLETE;
  /* "The apostille certifies:", "Each year the HCCH publishes:": an
   * English intro whose last word before its colon is one whose ending
   * makes it a verb in "-s" (en_s_verb()), after a noun or a name, is a
   * clause, the word its verb, which the lexicon may not
   * know ("What are the apostille certifies?"); the statement is
   * completed. The subject is a name inside the sentence or a noun after
   * a determiner: "Core treatises:" is a noun phrase, as "The core
   * rules:", "The treaty bodies:" are. */
  if (ctx->english && hi >= 2 && hi < s->n && _ds_tok_is_punct (&s->toks[hi], ':') &&
      en_subject_end (&s->toks[hi - 2]) && en_s_verb (ctx, s, hi - 1) && en_s_subject (s, hi - 1))
    form = DS_LIST_FORM_COMPLETE;
  /* "The code requires that" over "(a) every ship carries …": the items
   * complete a that-clause; the words before "that" name none of them. */
  if (hi > 1 && (s->toks[hi - 1].flags & W_THAT) && s->toks[hi - 2].type == TOK_WORD &&
      !(s->toks[hi - 2].flags & (W_DET | W_PREP)))
    form = DS_LIST_FORM_COMPLETE;
  /* "Palau mengirim tim yang terdiri atas A, B, dan C", "… perlu didukung
   * staf kecil yang terdiri atas …": a list in a relative clause on a
   * verb's object is completed, as English "sent a team that consisted
   * of" is ("Tim yang terdiri atas apa saja?" asks whose team). */
  if (!ctx->english && hi > 2 && (s->toks[hi - 1].flags & W_RELATIVE) && s->toks[hi - 2].type == TOK_WORD &&
      !(s->toks[hi - 2].flags & (W_DET | W_PREP | W_ANAPHOR)))
    for (guint k = 0; k + 2 < hi && form != DS_LIST_FORM_COMPLETE; k++)
      if (s->toks[k].type == TOK_WORD && s->toks[k].verb && !s->toks[k].cap)
        form = DS_LIST_FORM_COMPLETE;
  after_comma = hi > 0 && _ds_tok_is_punct (&s->toks[hi - 1], ',');
  if (after_comma)
    hi = past_aside (s, hi - 1);
  if (claim->stated_count == 0)
    hi = count_after_subject (ctx, s, hi, claim);

  start = _ds_np_start (s, 0, hi, &end);
  /* "Ancaman yang dilaporkan ke pusat koordinasi pada bulan pertama:",
   * "Perangkat yang dikembangkan oleh pusat itu bagi anggotanya:": the
   * words before the cue are one noun phrase, a head noun and its
   * relative clause, whose verb is the only one; the phrase a
   * preposition opens inside the relative clause ("pusat koordinasi
   * pada bulan pertama") is not what is listed, the head noun with its
   * clause is. */
  if (!ctx->english && form == DS_LIST_FORM_NAMING && start > 2 && start < end && end == hi)
    {
      guint r = 0;

      /* ("Piagam ASEAN yang berlaku sejak Desember 2008 memuat …": a
       * name is a head noun too, and a year a word of the clause.) */
      while (r < start && s->toks[r].type == TOK_WORD && !(s->toks[r].flags & (W_RELATIVE | W_PREP | W_FUNCTION)) &&
             !s->toks[r].verb && (r == 0 || !s->toks[r].cap || s->toks[0].cap))
        r++;
      if (r > 0 && r + 2 < start && (s->toks[r].flags & W_RELATIVE) && _ds_tok_nounish (&s->toks[r - 1]) &&
          (s->toks[r + 1].verb || ds_ascii_strncasecmp (s->toks[r + 1].p, "di", 2) == 0) && !s->toks[r + 1].cap)
        {
          gboolean one_verb = TRUE, prep = FALSE;

          for (guint k = r + 2; k < hi; k++)
            if ((s->toks[k].verb && !(s->toks[k].flags & W_NOUN)) ||
                (s->toks[k].flags & (W_RELATIVE | W_AUX | W_THAT)) ||
                (s->toks[k].type != TOK_WORD && s->toks[k].type != TOK_NUMBER))
              one_verb = FALSE;
            else if ((s->toks[k].flags & W_PREP) && k < start)
              prep = TRUE;
          if (one_verb && prep)
            start = 0;
        }
    }
  /* "The support requested by partner embassies during the rainy
   * season:", "The tools developed by the analysts for member states:":
   * English's head noun and the participle that qualifies it, then only
   * the participle's phrases up to the colon; the list is of the head
   * noun so qualified, not of the noun a preposition opens ("What are
   * the partner embassies during the rainy season?"). */
  if (ctx->english && form == DS_LIST_FORM_NAMING && start > 3 && start <= end && end == hi && cue < s->n &&
      _ds_tok_is_punct (&s->toks[cue], ':'))
    {
      guint a = _ds_tok_is (&s->toks[0], "the") ? 1 : 0, p = a;

      while (p < start && s->toks[p].type == TOK_WORD && (!s->toks[p].verb || (s->toks[p].flags & W_NOUN)) &&
             !(s->toks[p].flags & (W_FUNCTION | W_PREP | W_RELATIVE | W_AUX | W_DET)) &&
             (p == 0 || !s->toks[p].cap))
        p++;
      if (p > a && p + 2 <= start && s->toks[p].type == TOK_WORD && !s->toks[p].cap && _ds_passive_verb (&s->toks[p], TRUE) &&
          (s->toks[p + 1].flags & W_PREP) &&
          /* (A passive's agent or recipient, "reported to", "requested
           * by", not "The talks collapsed over …", a clause.) */
          (_ds_tok_is (&s->toks[p + 1], "by") || _ds_tok_is (&s->toks[p + 1], "to") ||
           _ds_tok_is (&s->toks[p + 1], "from") || _ds_tok_is (&s->toks[p + 1], "for")) &&
          _ds_tok_nounish (&s->toks[p - 1]))
        {
          gboolean plain = TRUE;

          for (guint k = p + 1; k < hi; k++)
            if ((s->toks[k].verb && !(s->toks[k].flags & W_NOUN)) ||
                (s->toks[k].flags & (W_RELATIVE | W_AUX | W_THAT | W_COUNT | W_QUANT)) || s->toks[k].type != TOK_WORD)
              plain = FALSE;
          /* ("The talks stalled for three reasons:", "Four working groups
           * formed in …": a count makes the "-ed" word the clause's own
           * verb, no participle.) */
          for (guint k = 0; k < p; k++)
            if ((s->toks[k].flags & (W_COUNT | W_QUANT)) || s->toks[k].type == TOK_NUMBER)
              plain = FALSE;
          if (plain)
            start = a, participle_owner = TRUE;
        }
    }
  /* "Other bodies associated with the IETF include:": the phrase stops at
   * the participle, but what is listed is the bodies, not the IETF; a
   * plural noun and its "-ed" participle before the preposition head the
   * subject when they open the clause. */
  if (ctx->english && start < end && end == hi)
    {
      guint p = start - the_before (s, start);

      if (p >= 3 && (s->toks[p - 1].flags & W_PREP) && !(s->toks[p - 1].flags & (W_CONJ | W_CLAUSE | W_THAT)) &&
          s->toks[p - 2].type == TOK_WORD && s->toks[p - 2].len > 4 && !s->toks[p - 2].cap &&
          ds_ascii_strncasecmp (s->toks[p - 2].p + s->toks[p - 2].len - 2, "ed", 2) == 0)
        {
          guint e, a = _ds_np_start (s, 0, p - 2, &e);
          const Tok *h = &s->toks[p - 3];

          if (a < e && e == p - 2 && _ds_tok_nounish (h) && !h->cap && h->len > 3 && h->p[h->len - 1] == 's' &&
              _ds_clause_start (s, a - the_before (s, a)) == a - the_before (s, a))
            start = a, participle_owner = TRUE;
        }
    }
  /* "Key treaties in this field include …": the phrase stops at "this",
   * but what is listed is the treaties, not the field; the noun before
   * the preposition heads the subject, and the field is the one the
   * question's topic names ("the key treaties in “Chemicals”"). */
  if (ctx->english && start >= 3 && start < end && end == hi && (s->toks[start - 1].flags & W_ANAPHOR) &&
      (s->toks[start - 2].flags & W_PREP) && !(s->toks[start - 2].flags & (W_CONJ | W_CLAUSE | W_THAT)))
    {
      guint e, a = _ds_np_start (s, 0, start - 2, &e);

      if (a < e && e == start - 2 && _ds_tok_nounish (&s->toks[e - 1]) &&
          _ds_clause_start (s, a - the_before (s, a)) == a - the_before (s, a))
        start = a, end = field_end = e;
    }
  /* "Dampak langsung berupa …", "Biaya tidak langsung meliputi …": a
   * word the lexicon reads as an adverb (phrase list
   * lists_noun_qualifier) qualifies the noun before the cue; the list
   * is of direct effects, not of effects. */
  if (start == end && end == hi)
    for (guint q = hi > 2 ? hi - 2 : 1; q < hi; q++)
      if (_ds_phrase_at (ctx, s, q, PL_LISTS_NOUN_QUALIFIER) == hi - q && _ds_tok_nounish (&s->toks[q - 1]) &&
          !(s->toks[q - 1].flags & W_ADV))
        {
          guint e;

          start = _ds_np_start (s, 0, q, &e);
          if (e == q && start < e)
            break;
          start = end;
        }
  /* "Its functions include:": after a possessive the word is a noun,
   * though it is spelt like a verb. */
  if (start == end && end == hi && hi >= 2 && s->toks[hi - 1].type == TOK_WORD &&
      (_ds_tok_is (&s->toks[hi - 2], "its") || _ds_tok_is (&s->toks[hi - 2], "their")))
    start = hi - 1;
  /* "Menangani pengungsi meliputi …": the verb that opens the clause
   * belongs to its subject, which is what is done, not "pengungsi". */
  if (start == 1 && start < end && s->toks[0].verb && !(s->toks[0].flags & (W_NOUN | W_FUNCTION)) &&
      !ctx->english)
    start = 0;
  /* "Tujuan kerja sama itu dirumuskan dalam Deklarasi X, antara lain
   * menjamin …, melatih …": things done are no examples of a name; they
   * are what the sentence's subject is. */
  if (form == DS_LIST_FORM_EXAMPLES && start < end && s->toks[start].cap && lead_end < s->n &&
      s->toks[lead_end].verb && !s->toks[lead_end].cap)
    start = clause_subject (s, start, &end);
  /* "requires states to criminalise offences such as …": after "to" the
   * phrase opens with its verb, which English does not mark. */
  if (ctx->english && start > 0 && start + 1 < end && _ds_tok_is (&s->toks[start - 1], "to"))
    start++;
  if (claim->stated_count == 0 && start > 0)
    read_count_tok (ctx, s, start - 1, claim);
  /* "a few services", "a handful of ports": a vague count (phrase list
   * lists_vague_count) is no word of the subject. */
  for (guint k = start > 0 ? start - 1 : start; k < start + 1 && k + 1 < end; k++)
    {
      guint v = _ds_phrase_at (ctx, s, k, PL_LISTS_VAGUE_COUNT);

      if (v > 0 && k + v > start && k + v < end)
        {
          start = k + v;
          break;
        }
    }
  /* "dua belas perjanjian": the number's tail is no word of the subject. */
  if (start > 0 && start + 1 < end && (s->toks[start - 1].flags & W_COUNT) &&
      _ds_phrase_at (ctx, s, start, PL_LISTS_COUNT_TAIL) == 1)
    start++;
  /* "arrangements with partners such as …": examples are of the noun just
   * before the cue, not of the phrase it qualifies. */
  if (form == DS_LIST_FORM_EXAMPLES)
    for (guint k = end; k > start; k--)
      if ((s->toks[k - 1].flags & W_PREP) && k < end && !names_place (ctx, s, k - 1, end))
        {
          start = k;
          break;
        }

  for (guint i = 0; i < cue; i++)
    if (s->toks[i].flags & W_GOV)
      claim->kind = DS_CLAIM_ROLE;

  /* "ada tiga kelalaian mendasar dalam pengelolaan …:": a counted phrase
   * earlier in the clause is what is listed. */
  if (claim->stated_count == 0)
    counted_before (ctx, s, hi, &start, claim);
  if (lead_subordinated (ctx, s, start, end, cue))
    form = DS_LIST_FORM_COMPLETE;
  /* "Pakar membagi sanksi ke dalam empat jenis, yaitu …": the class is
   * of what is divided, "empat jenis sanksi", not of the title. */
  /* (And "memilah sampah menjadi beberapa jenis, misalnya …", "sorts
   * waste into several streams, such as …": a vague count, phrase list
   * lists_vague_count, the same.) */
  vague = start < end ? _ds_phrase_at (ctx, s, start, PL_LISTS_VAGUE_COUNT) : 0;
  if (form != DS_LIST_FORM_COMPLETE && vague == 1 && end == start + 2 &&
      (claim->subject = _ds_division_subject (ctx, s, start)) != NULL)
    {
      claim->form = form;
      set_lead (ctx, s, claim, cue, lead_end, context);
      return;
    }
  /* ("into four broad groups": a word that sizes the class is no owner
   * either, phrase list lists_head_size.) */
  if (form != DS_LIST_FORM_COMPLETE && start > 0 &&
      (end == start + 1 || (end == start + 2 && (_ds_phrase_at (ctx, s, start, PL_LISTS_HEAD_SIZE) == 1 ||
                                                 _ds_phrase_at (ctx, s, start + 1, PL_LISTS_HEAD_SIZE) == 1))) &&
      ((s->toks[start - 1].flags & W_COUNT) ||
       _ds_phrase_at (ctx, s, start - 1, PL_LISTS_VAGUE_COUNT) == 1) &&
      (claim->subject = _ds_division_subject (ctx, s, start - 1)) != NULL)
    {
      claim->form = form;
      set_lead (ctx, s, claim, cue, lead_end, context);
      return;
    }
  /* "kedua kata tersebut": the subject is named elsewhere; "tujuan dari
   * latihan ini" keeps its "ini". */
  if (form == DS_LIST_FORM_NAMING && claim->stated_count == 0 &&
      quantity_subject (ctx, s, hi, &start, &end, &measure, &pointed))
    {
      if (pointed != NULL)
        {
          g_autofree char *head = _ds_phrase_dup (s, start, end, TRUE);

          claim->subject = g_strconcat (head, " ", pointed, NULL);
          claim->form = form;
          set_lead (ctx, s, claim, cue, lead_end, context);
          return;
        }
    }
  else if (measure)
    form = DS_LIST_FORM_COMPLETE;
  else if (end < hi && end - start < 2 &&
      ((s->toks[start].flags & (W_VAGUE | W_GENERIC)) || (s->toks[end].flags & W_ANAPHOR)))
    start = end;
  else if (end < hi && start < end && end != field_end)
    end = hi;
  /* "Instrumennya cukup beragam:": the list is of the clause's subject. */
  else if (end == hi && (start == end || start + 1 == end) && hi > 0)
    {
      guint was = start;

      adjectival_subject (s, ctx->english, hi, &start, &end);
      /* "Outages are costly: they interrupt payments, shipping and
       * emergency calls": what "are" says of the subject is no kind of
       * it, and after the colon a pronoun opens a clause of its own;
       * what follows is what its verb takes, nothing the outages are
       * ("What are the outages?"). No list. */
      if (start != was && cue + 2 < s->n && _ds_tok_is_punct (&s->toks[cue], ':') &&
          (s->toks[cue + 1].flags & W_PRONOUN) && !(s->toks[cue + 1].flags & W_DET))
        {
          claim->form = DS_LIST_FORM_NONE;
          set_lead (ctx, s, claim, cue, lead_end, context);
          return;
        }
    }
  if (form == DS_LIST_FORM_EXAMPLES && after_comma && (claim->subject = defined_term (ctx, s, hi)) != NULL)
    claim->form = form;
  /* (Only over a plain series of examples that ends the sentence.) */
  else if (form != DS_LIST_FORM_COMPLETE && _ds_cued_series_items (s, lead_end, _ds_body_end (s), NULL) >= 2 &&
           (claim->subject = class_pointed_back (ctx, s, hi, context)) != NULL)
    claim->form = DS_LIST_FORM_EXAMPLES;
  /* "…, mulai dari": the phrase before a range's comma is not what the
   * range lists. */
  else if (form != DS_LIST_FORM_COMPLETE && start > 0 && start + 1 == end &&
      (_ds_tok_is (&s->toks[start - 1], "its") || _ds_tok_is (&s->toks[start - 1], "their")) &&
      (claim->subject = possessed_by_topic (ctx, s, start, end, context)) != NULL)
    claim->form = form;
  /* ("Its penalties include …" under "Monitoring and Penalties": the
   * heading says not whose; the sentence before is quoted. A singular,
   * "its coverage:", is elaborated, not listed.) */
  else if (form != DS_LIST_FORM_COMPLETE && start > 0 && start + 1 == end && ctx->topic != NULL &&
           (_ds_tok_is (&s->toks[start - 1], "its") || _ds_tok_is (&s->toks[start - 1], "their")) &&
           s->toks[start].p[s->toks[start].len - 1] == 's' && topic_joins_two (ctx))
    claim->form = DS_LIST_FORM_COMPLETE;
  /* "What destination states face includes …", "Yang dihadapi …
   * mencakup …": a clause names the list, no noun; it is completed. */
  else if (start < s->n && (negated_subject (ctx, s, start) || negated_subject (ctx, s, _ds_clause_start (s, start))))
    claim->form = DS_LIST_FORM_NONE;
  /* "Nordic cooperation is not secret but public:": one word after "but",
   * "melainkan" is the other half of a contrast that says how the
   * clause's subject is, no noun the items are of; the statement is
   * completed. */
  else if (form != DS_LIST_FORM_COMPLETE && start > 1 && end == start + 1 && end == hi &&
           (s->toks[start - 1].flags & (W_CONJ | W_CONNECTIVE)) && !s->toks[start].cap &&
           !(s->toks[start].flags & W_NOUN))
    claim->form = DS_LIST_FORM_COMPLETE;
  /* "Operators that report late may face penalties such as …": a
   * subject and the predicate a modal opens (modal_predicate()). */
  else if ((form == DS_LIST_FORM_NAMING || form == DS_LIST_FORM_EXAMPLES) && start < end &&
           (modal = modal_predicate (ctx, s, 0, hi)) != G_MAXUINT && modal >= start)
    claim->form = DS_LIST_FORM_COMPLETE;
  /* "Responsibility for fisheries is split across several agencies:":
   * the words after an auxiliary are its predicate, no noun the items
   * are of ("What are the split across …"); the statement is
   * completed. */
  else if (form != DS_LIST_FORM_COMPLETE && !(after_comma && range) && subject_usable (s, start, end) &&
           !(start > 0 && (s->toks[0].flags & (W_QUESTION | W_RELATIVE)) && !s->toks[0].verb))
    {
      /* (The participle is read as such, no verb of a relative.) */
      claim->subject = participle_owner ? _ds_phrase_dup (s, start, end, TRUE)
                                        : _ds_list_reduced_relative (ctx, s, start, end);
      claim->form = form;
      if (claim->subject == NULL && predicate_named (ctx, s, start, end))
        claim->form = DS_LIST_FORM_COMPLETE;
      else if (claim->subject == NULL)
        {
          claim->subject = _ds_list_owned_subject (ctx, s, start, end);
          if (ctx->list_owner_dangles)
            {
              g_clear_pointer (&claim->subject, g_free);
              claim->form = DS_LIST_FORM_NONE;
            }
        }
    }
  else if (form != DS_LIST_FORM_COMPLETE && (claim->subject = possessed_by_topic (ctx, s, start, end, context)) != NULL)
    claim->form = form;
  else
    claim->form = DS_LIST_FORM_COMPLETE;

  if (claim->form == DS_LIST_FORM_EXAMPLES && counted_examples_placed (ctx, s, claim, start, lead_end))
    claim->form = DS_LIST_FORM_COMPLETE;
  _ds_list_prep_clause_owns (ctx, s, claim, start, end);
  set_lead (ctx, s, claim, cue, lead_end, context);
  if (claim->form == DS_LIST_FORM_COMPLETE && *claim->lead == '\0')
    claim->form = DS_LIST_FORM_NONE;
}

static void
join_letters (GString   *out,
              GPtrArray *missing,
              gboolean   english)
{
  for (guint i = 0; i < missing->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == missing->len ? (english ? " and " : " dan ") : ", ");
      g_string_append (out, missing->pdata[i]);
    }
}

/* The card says what the source could not give, and never fills it in. */
void
_ds_list_add_count_warnings (DsClaim   *claim,
                             GPtrArray *missing)
{
  guint n = ds_claim_get_n_items (claim);
  gboolean en = claim->english;
  g_autoptr(GString) w = g_string_new (NULL);
  const char *what = claim->subject ? claim->subject : (en ? "items" : "butir");
  gboolean lost = missing != NULL && missing->len > 0;

  if (claim->stated_count == 0 && !lost)
    return;
  if (claim->stated_count == n && !lost)
    return;

  if (claim->stated_count > 0)
    g_string_append_printf (w, en ? "The source names %s %s, but " : "Sumber menyebut %s %s, tetapi ",
                            claim->count_word, what);
  if (lost)
    {
      g_string_append (w, claim->stated_count > 0 ? (en ? "item " : "butir ")
                                                   : (en ? "Item " : "Butir "));
      join_letters (w, missing, en);
      if (en)
        g_string_append_printf (w, " %s missing from the text; only %u %s can be read.",
                                missing->len > 1 ? "are" : "is", n, n == 1 ? "item" : "items");
      else
        g_string_append_printf (w, " tidak ada dalam teks; hanya %u butir yang terbaca.", n);
    }
  else if (n < claim->stated_count)
    g_string_append_printf (w, en ? "only %u %s can be read." : "hanya %u butir yang terbaca.",
                            n, n == 1 ? "item" : "items");
  else
    g_string_append_printf (w, en ? "%u items are listed." : "%u butir terbaca.", n);

  _ds_claim_add_warning (claim, g_string_free (g_steal_pointer (&w), FALSE));
}

/* "… dan pencemaran laut (Rahman, 2019).", "… and coastal tourism
 * [3].": a citation that closes the sentence closes the last item too;
 * it is the source's, no part of the item. A bracket of an author (a
 * capital first) and a year, or of reference numbers only. */
static void
drop_citation (const Sent *s,
               Range      *r)
{
  guint close = r->b - 1, open = close;
  gboolean round, year = FALSE, numbers = TRUE;

  while (close > r->a && s->toks[close].type == TOK_PUNCT && strchr (".,;", (int) s->toks[close].ch) != NULL &&
         s->toks[close].ch != 0)
    close--;
  round = _ds_tok_is_punct (&s->toks[close], ')');
  if (close <= r->a + 2 || !(round || _ds_tok_is_punct (&s->toks[close], ']')))
    return;
  for (open = close - 1; open > r->a && close - open <= 10; open--)
    if (_ds_tok_is_punct (&s->toks[open], round ? '(' : '['))
      break;
  if (open <= r->a || !_ds_tok_is_punct (&s->toks[open], round ? '(' : '[') || open + 1 >= close)
    return;
  for (guint k = open + 1; k < close; k++)
    {
      const Tok *t = &s->toks[k];

      year |= _ds_tok_is_year (t);
      numbers &= t->type == TOK_NUMBER || _ds_tok_is_punct (t, ',') || _ds_tok_is_punct (t, '-') ||
                 _ds_tok_is_punct (t, 0x2013);
    }
  if (round ? (year && s->toks[open + 1].type == TOK_WORD && s->toks[open + 1].cap) : numbers)
    r->b = open;
}

/* Trims punctuation and a dangling conjunction from an item's ends. */
static gboolean
is_dash (const Tok *t)
{
  return _ds_tok_is_punct (t, 0x2014) || _ds_tok_is_punct (t, 0x2013);
}

/* "and — increasingly — D", "dan — semakin sering — D": the aside
 * between dashes says how, the item is what follows it. */
static void
skip_dash_aside (const Sent *s,
                 Range      *r)
{
  if (r->a + 2 < r->b && is_dash (&s->toks[r->a]))
    for (guint k = r->a + 2; k + 1 < r->b && k <= r->a + 6; k++)
      if (is_dash (&s->toks[k]))
        {
          r->a = k + 1;
          return;
        }
}

static gboolean
trim_item (const Sent *s,
           Range      *r)
{
  while (r->a < r->b && s->toks[r->a].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[r->a], '(') &&
         !_ds_tok_is_punct (&s->toks[r->a], 0x201C) && !_ds_tok_is_punct (&s->toks[r->a], '"'))
    r->a++;
  while (r->b > r->a && ((s->toks[r->b - 1].type == TOK_PUNCT &&
                          strchr (".,;:*_", (int) s->toks[r->b - 1].ch) != NULL &&
                          s->toks[r->b - 1].ch != 0) ||
                         (s->toks[r->b - 1].flags & W_CONJ)))
    r->b--;
  /* “Cyber”: the item is the word, not its quotation marks. */
  if (r->b - r->a >= 3 &&
      (_ds_tok_is_punct (&s->toks[r->a], 0x201C) || _ds_tok_is_punct (&s->toks[r->a], '"')) &&
      (_ds_tok_is_punct (&s->toks[r->b - 1], 0x201D) || _ds_tok_is_punct (&s->toks[r->b - 1], '"')))
    {
      gboolean inner = FALSE;

      for (guint i = r->a + 1; i + 1 < r->b; i++)
        inner |= _ds_tok_is_punct (&s->toks[i], 0x201C) || _ds_tok_is_punct (&s->toks[i], 0x201D) ||
                 _ds_tok_is_punct (&s->toks[i], '"');
      if (!inner)
        {
          r->a++;
          r->b--;
        }
    }
  return r->a < r->b;
}

static void
add_range (DsClaim    *claim,
           const Sent *s,
           Range       r)
{
  _ds_claim_add_item (claim, s, s->toks[r.a].p, s->toks[r.b - 1].p + s->toks[r.b - 1].len);
}

/* ------------------------------------------------------------------ */
/* Markers: "ab. … ; c. …", "(1) … (2) …", "(i) … (ii) …"              */

typedef enum {
  MARK_NUMBER,
  MARK_LETTER,
  MARK_ROMAN,
} MarkStyle;

typedef struct {
  guint     tok;       /* first token of the marker */
  guint     next;      /* first token after it */
  int       first;     /* the first letter or number the marker stands for */
  int       last;      /* "ab." stands for a and b */
  MarkStyle style;
} Marker;

static gboolean
lettered (const Tok *t)
{
  if (t->type != TOK_WORD || t->len > 2)
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (!g_ascii_islower (t->p[i]) || (i > 0 && t->p[i] != t->p[i - 1] + 1))
      return FALSE;
  return TRUE;
}

/* "i" … "x" as a number, or 0. */
static int
roman_value (const Tok *t)
{
  static const char * const romans[] = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x" };

  if (t->type != TOK_WORD || t->len > 4 || (t->p[0] != 'i' && t->p[0] != 'v' && t->p[0] != 'x'))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    if (t->len == strlen (romans[i]) && strncmp (t->p, romans[i], t->len) == 0)
      return (int) i + 1;
  return 0;
}

static gboolean
marker_at (const Sent *s,
           guint       i,
           Marker     *m)
{
  gboolean open = _ds_tok_is_punct (&s->toks[i], '(');
  guint k = open ? i + 1 : i;
  const Tok *t, *after;
  int roman;

  if (k + 1 >= s->n)
    return FALSE;
  t = &s->toks[k];
  after = &s->toks[k + 1];
  /* Every marker is closed by ')' or '.': most tokens are followed by
   * neither, told before the marker's shapes are tried. */
  if (after->type != TOK_PUNCT || (after->ch != ')' && after->ch != '.'))
    return FALSE;
  m->tok = i;
  m->next = k + 2;
  /* "(1)", "1)", and "1." inside a sentence. */
  if (t->type == TOK_NUMBER && t->len <= 2 &&
      (_ds_tok_is_punct (after, ')') || (!open && _ds_tok_is_punct (after, '.'))) &&
      (open || i == 0 || !_ds_tok_is_punct (&s->toks[i - 1], '(')))
    {
      m->first = m->last = (int) g_ascii_strtoll (t->p, NULL, 10);
      m->style = MARK_NUMBER;
      return TRUE;
    }
  /* "(i)", "ii)"; a lone "i." would be too often something else. */
  if ((roman = roman_value (t)) > 0 && _ds_tok_is_punct (after, ')'))
    {
      m->first = m->last = roman;
      m->style = MARK_ROMAN;
      return TRUE;
    }
  if (lettered (t) && (_ds_tok_is_punct (after, '.') || _ds_tok_is_punct (after, ')')))
    {
      if (open && !_ds_tok_is_punct (after, ')'))
        return FALSE;
      m->first = t->p[0] - 'a' + 1;
      m->last = t->p[t->len - 1] - 'a' + 1;
      m->style = MARK_LETTER;
      return TRUE;
    }
  return FALSE;
}

static void
add_missing (GPtrArray *missing,
             int        value,
             MarkStyle  style)
{
  if (style == MARK_LETTER)
    g_ptr_array_add (missing, g_strdup_printf ("%c.", 'a' + value - 1));
  else
    g_ptr_array_add (missing, g_strdup_printf ("(%d)", value));
}

/* Whether @m goes on from @prev. "i)" after "h)" is the letter i, not the
 * roman one. */
static gboolean
continues (const Sent   *s,
           const Marker *prev,
           Marker       *m)
{
  const Tok *t = &s->toks[m->next - 2];

  if (prev->style == MARK_LETTER && m->style == MARK_ROMAN && t->len == 1)
    {
      m->style = MARK_LETTER;
      m->first = m->last = t->p[0] - 'a' + 1;
    }
  return m->style == prev->style && m->first == prev->last + 1;
}

/* Collects the first chain of markers counting up from 1 or 2. */
static guint
marker_chain (const Sent *s,
              Marker     *chain,
              guint       max)
{
  guint n = 0;

  for (guint i = 0; i < s->n && n < max; i++)
    {
      Marker m;

      if (s->toks[i].used || !marker_at (s, i, &m))
        continue;
      if (n == 0)
        {
          if (m.first > 2)
            continue;
        }
      else if (!continues (s, &chain[n - 1], &m))
        continue;
      chain[n++] = m;
      i = m.next - 1;
    }

  return n;
}

void
_ds_find_marker_list (Ctx  *ctx,
                      Sent *s)
{
  Marker chain[26];
  guint n = marker_chain (s, chain, G_N_ELEMENTS (chain));
  g_autoptr(GPtrArray) missing = NULL;
  DsClaim *claim;
  guint end = _ds_body_end (s);

  if (n < 2)
    return;

  missing = g_ptr_array_new_with_free_func (g_free);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_MARKERS, s);
  claim->cue = g_strdup (chain[0].style == MARK_LETTER ? "a." : "(1)");

  for (int v = 1; v < chain[0].first; v++)
    add_missing (missing, v, chain[0].style);

  for (guint k = 0; k < n; k++)
    {
      Range r = { chain[k].next, k + 1 < n ? chain[k + 1].tok : end };

      /* "(c) in pursuit of a legitimate aim, such as public order": the
       * examples after the item's comma are no part of its name. */
      for (guint j = r.a + 2; j + 1 < r.b; j++)
        if (_ds_tok_is_punct (&s->toks[j - 1], ',') &&
            ((s->toks[j].flags & W_CUE_EXAMPLE) || _ds_toks_pair_is (s, j, "such", "as") ||
             _ds_toks_pair_is (s, j, "antara", "lain")))
          {
            r.b = j - 1;
            break;
          }

      /* "ab.": the letters before the last one lost their text. */
      for (int v = chain[k].first; v < chain[k].last; v++)
        add_missing (missing, v, chain[k].style);
      if (trim_item (s, &r))
        add_range (claim, s, r);
      else
        add_missing (missing, chain[k].last, chain[k].style);
    }

  _ds_list_describe (ctx, s, claim, chain[0].tok, chain[0].tok, DS_LIST_FORM_NAMING, FALSE, &ctx->prev);
  if (claim->form == DS_LIST_FORM_NONE || ds_claim_get_n_items (claim) == 0)
    {
      ds_claim_unref (claim);
      return;
    }
  _ds_list_add_count_warnings (claim, missing);
  _ds_toks_mark_used (s, 0, s->n);
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* Cue lists                                                           */

typedef struct {
  guint      body;        /* first token of the items */
  DsListForm form;
  gboolean   explicit;    /* a colon: two items make a list */
  gboolean   range;       /* "mulai dari … hingga …" */
  gboolean   role;        /* "berperan sebagai …" */
  guint      end;         /* the closing dash of an aside, or 0 */
} Cue;

static gboolean
is_as (const Tok *t)
{
  return _ds_tok_is (t, "sebagai") || _ds_tok_is (t, "as") || _ds_tok_is (t, "of");
}

/* "berperan sebagai", "acts as", "memainkan peran sebagai", "plays the
 * role of": the items are the actor's roles. */
static gboolean
role_cue_at (const Sent *s,
             guint       i,
             Cue        *cue)
{
  const Tok *t = &s->toks[i];
  guint k = i + 1;

  if (!(t->flags & W_ROLE_VERB) || k >= s->n)
    return FALSE;
  if (!is_as (&s->toks[k]))
    {
      while (k < s->n && k < i + 4 && !_ds_tok_is (&s->toks[k], "peran") &&
             !_ds_tok_is (&s->toks[k], "peranan") && !_ds_tok_is (&s->toks[k], "role"))
        k++;
      if (k + 1 >= s->n || k >= i + 4 || !is_as (&s->toks[k + 1]))
        return FALSE;
      k++;
    }
  cue->body = k + 1;
  cue->role = TRUE;
  return TRUE;
}

static gboolean
pair_cue_at (const Sent *s,
             guint       i,
             Cue        *cue)
{
  if (_ds_toks_pair_is (s, i, "mulai", "dari") || _ds_toks_pair_is (s, i, "ranging", "from"))
    cue->body = i + 2, cue->range = TRUE, cue->form = DS_LIST_FORM_COMPLETE;
  else if (_ds_toks_pair_is (s, i, "antara", "lain") || _ds_toks_pair_is (s, i, "such", "as") ||
           _ds_toks_pair_is (s, i, "di", "antaranya"))
    cue->body = i + 2, cue->form = DS_LIST_FORM_EXAMPLES;
  else if (_ds_toks_pair_is (s, i, "sebagai", "berikut") || _ds_toks_pair_is (s, i, "as", "follows") ||
           _ds_toks_pair_is (s, i, "the", "following"))
    cue->body = i + 2, cue->explicit = TRUE;
  else if (_ds_toks_pair_is (s, i, "terdiri", "dari") || _ds_toks_pair_is (s, i, "terdiri", "atas") ||
           _ds_toks_pair_is (s, i, "consist", "of") || _ds_toks_pair_is (s, i, "consists", "of"))
    cue->body = i + 2;
  else
    return FALSE;
  return TRUE;
}

/* "(bahasa Inggris: cyber diplomacy)": a colon inside brackets opens no
 * list. */
static gboolean
inside_brackets (const Sent *s,
                 guint       i)
{
  int depth = 0;

  for (guint k = 0; k < i; k++)
    if (_ds_tok_is_punct (&s->toks[k], '(') || _ds_tok_is_punct (&s->toks[k], '['))
      depth++;
    else if ((_ds_tok_is_punct (&s->toks[k], ')') || _ds_tok_is_punct (&s->toks[k], ']')) && depth > 0)
      depth--;
  return depth > 0;
}

static gboolean
cue_at (Ctx        *ctx,
        const Sent *s,
        guint       i,
        Cue        *cue)
{
  const Tok *t = &s->toks[i];
  guint n;

  /* "ditandai oleh A, B, serta C", "is marked by A, B and C": a verb
   * that names what marks the subject (phrase list list_marked_by), its
   * preposition the cue. */
  if (!t->used && (t->flags & W_PREP) && i > 0 && _ds_sent_may_start (s, HOT_LIST_MARKED_BY) &&
      (n = _ds_phrase_at (ctx, s, i - 1, PL_LIST_MARKED_BY)) >= 2 &&
      (n == 2 || (i + 1 < s->n && (s->toks[i + 1].flags & W_PREP))))
    {
      memset (cue, 0, sizeof *cue);
      cue->form = DS_LIST_FORM_NAMING;
      cue->body = i - 1 + n;
      return cue->body + 2 < s->n;
    }
  /* "can take the form of A, B or C", "diberikan dalam bentuk A, B, dan
   * C": an entry that ends on this word; the sentence is completed. */
  for (guint back = 1; !t->used && t->type == TOK_WORD && back <= 3 && back <= i &&
                       _ds_sent_may_start (s, HOT_LIST_MARKED_BY); back++)
    if (_ds_phrase_at (ctx, s, i - back, PL_LIST_MARKED_BY) == back + 1)
      {
        memset (cue, 0, sizeof *cue);
        cue->form = DS_LIST_FORM_COMPLETE;
        cue->body = i + 1;
        return cue->body + 2 < s->n;
      }
  if (t->used || (!(t->flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_PAIR | W_ROLE_VERB | W_PREP)) &&
                  !_ds_tok_is_punct (t, ':')))
    return FALSE;
  /* "Negara-negara Nordik, misalnya, …": an aside, not a list. */
  if ((t->flags & W_CUE_EXAMPLE) && i + 1 < s->n && _ds_tok_is_punct (&s->toks[i + 1], ','))
    return FALSE;

  memset (cue, 0, sizeof *cue);
  cue->form = DS_LIST_FORM_NAMING;

  if (role_cue_at (s, i, cue) || pair_cue_at (s, i, cue))
    ;
  else if (t->flags & W_CUE_NAMING)
    {
      /* "two cables were damaged within a week, …": "were" before a
       * participle is a passive, no list to name. */
      if ((t->flags & W_AUX) && i + 1 < s->n && s->toks[i + 1].type == TOK_WORD &&
          ((s->toks[i + 1].flags & W_EVENT) ||
           (s->toks[i + 1].verb && s->toks[i + 1].len > 4 &&
            ds_ascii_strncasecmp (s->toks[i + 1].p + s->toks[i + 1].len - 2, "ed", 2) == 0)))
        return FALSE;
      /* "There are four members: …", "There were two rounds: …": "are"
       * after an existential "there" names nothing; a colon or a count's
       * comma after the counted noun is the cue. */
      if ((t->flags & W_AUX) && i > 0 && _ds_tok_is (&s->toks[i - 1], "there"))
        return FALSE;
      cue->body = i + 1;
    }
  else if (t->flags & W_CUE_EXAMPLE)
    cue->body = i + 1, cue->form = DS_LIST_FORM_EXAMPLES;
  else if (_ds_tok_is_punct (t, ':') && i > 0 && !inside_brackets (s, i))
    cue->body = i + 1, cue->explicit = TRUE;
  else
    return FALSE;

  if (cue->body < s->n && _ds_tok_is_punct (&s->toks[cue->body], ':'))
    {
      cue->body++;
      cue->explicit = TRUE;
    }
  return cue->body < s->n;
}

static int
depth_change (const Tok *t)
{
  if (t->type != TOK_PUNCT)
    return 0;
  if (t->ch == '(' || t->ch == '[' || t->ch == 0x201C || t->ch == 0xAB)
    return 1;
  if (t->ch == ')' || t->ch == ']' || t->ch == 0x201D || t->ch == 0xBB)
    return -1;
  return 0;
}

/* Words of an aside between two commas, at most. */
#define SEGMENT_ASIDE_MAX_WORDS 5

/* "drafting, within a year, a code for sand mining", "menyusun, dalam
 * setahun, kode …": a short phrase of time or place between two commas
 * (a preposition or an adverb first, no verb) after a verb that has not
 * had its object yet stands inside one item; the three segments are
 * one. Commas only: a semicolon parts items whatever stands between. */
static guint
merge_asides (const Sent *s,
              Range      *segs,
              guint       n)
{
  guint out = 0;

  for (guint k = 0; k < n; k++)
    {
      Range r = segs[k];

      if (out > 0 && k + 1 < n && r.a < r.b && r.b - r.a <= SEGMENT_ASIDE_MAX_WORDS &&
          _ds_tok_is_punct (&s->toks[r.a - 1], ',') && _ds_tok_is_punct (&s->toks[r.b], ',') &&
          (s->toks[r.a].flags & (W_PREP | W_ADV | W_DET)) && !(s->toks[r.a].flags & W_CONJ) &&
          segs[out - 1].b > segs[out - 1].a && segs[k + 1].b > segs[k + 1].a &&
          !(s->toks[segs[k + 1].a].flags & W_CONJ))
        {
          const Tok *last = &s->toks[segs[out - 1].b - 1];
          gboolean verb = FALSE, open = last->type == TOK_WORD && !last->cap &&
            (last->verb || (last->len > 5 && ds_ascii_strncasecmp (last->p + last->len - 3, "ing", 3) == 0));

          for (guint j = r.a; j < r.b && !verb; j++)
            verb = s->toks[j].verb || s->toks[j].type == TOK_PUNCT;
          if (open && !verb && !(last->flags & (W_AUX | W_CUE_DEF)))
            {
              segs[out - 1].b = segs[k + 1].b;
              k++;
              continue;
            }
        }
      segs[out++] = r;
    }
  return out;
}

/* Cuts [a, e) at commas and semicolons outside brackets and quotes; in a
 * range also before "hingga". */
static guint
segments (const Sent *s,
          guint       a,
          guint       e,
          gboolean    range,
          Range      *segs)
{
  guint n = 0;
  int depth = 0;
  guint start = a;

  for (guint i = a; i < e && n < MAX_SEGMENTS - 1; i++)
    {
      const Tok *t = &s->toks[i];

      /* Only punctuation opens or closes brackets and cuts: a word is
       * passed at once (a cut before "hingga" aside). */
      if (t->type == TOK_PUNCT)
        {
          depth = MAX (0, depth + depth_change (t));
          if (depth > 0)
            continue;
          if (t->ch == ',' || t->ch == ';')
            {
              segs[n++] = (Range) { start, i };
              start = i + 1;
              continue;
            }
        }
      else if (depth > 0)
        continue;
      if (range && (t->flags & W_FINAL_CONJ) && i > start)
        {
          segs[n++] = (Range) { start, i };
          start = i;
        }
    }
  segs[n++] = (Range) { start, e };
  return merge_asides (s, segs, n);
}

/* Skips a leading conjunction or "bahkan"; TRUE when there was one. */
static gboolean
strip_conj (const Sent *s,
            Range      *r)
{
  gboolean conj = FALSE;

  while (r->a < r->b && (s->toks[r->a].flags & (W_CONJ | W_CONNECTIVE)) &&
         !(s->toks[r->a].flags & (W_CUE_NAMING | W_CUE_DEF)))
    {
      conj = TRUE;
      r->a++;
    }
  while (r->a < r->b && (s->toks[r->a].flags & W_ADV) && r->a + 1 < r->b &&
         s->toks[r->a + 1].verb)
    r->a++;
  return conj;
}

/* Whether an item is an action: a verb first, or a purpose ("untuk
 * mengoptimalkan …"). */
static gboolean
starts_with_verb (const Sent *s,
                  Range       r)
{
  Range c = r;

  strip_conj (s, &c);
  /* "to harmonise …": English marks the infinitive, not the verb. */
  if (c.a + 1 < c.b && _ds_tok_is (&s->toks[c.a], "to") && s->toks[c.a + 1].type == TOK_WORD &&
      !s->toks[c.a + 1].cap && !(s->toks[c.a + 1].flags & (W_FUNCTION | W_PRONOUN)))
    return TRUE;
  if (c.a + 1 < c.b && (_ds_tok_is (&s->toks[c.a], "untuk") || _ds_tok_is (&s->toks[c.a], "guna") ||
                        _ds_tok_is (&s->toks[c.a], "to")))
    c.a++;
  /* "confiscated phones": a participle before its noun describes it. */
  if (c.a + 1 < c.b && s->toks[c.a].len > 4 && ds_ascii_strncasecmp (s->toks[c.a].p + s->toks[c.a].len - 2, "ed", 2) == 0 &&
      _ds_tok_nounish (&s->toks[c.a + 1]) && !s->toks[c.a + 1].verb)
    return FALSE;
  return c.a < c.b && s->toks[c.a].verb;
}

/* "sending", "raising": an English gerund names a thing done. */
static gboolean
tok_is_gerund (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && t->len > 5 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0;
}

static gboolean
starts_with_gerund (const Sent *s,
                    Range       r)
{
  Range c = r;

  strip_conj (s, &c);
  return c.a < c.b && tok_is_gerund (&s->toks[c.a]);
}

static inline gboolean
is_etc (const Sent *s,
        guint       i)
{
  const Tok *t = &s->toks[i];

  return (t->flags & W_ETC) || _ds_tok_is (t, "lain-lain") ||
         _ds_tok_is (t, "sebagainya") || _ds_tok_is (t, "lainnya");
}

/* "dll", "dsb", "etc", "lain-lain", "sebagainya" at @i, not "lainnya"
 * (the other ones of a kind): a word that ends a list wherever it is. */
static gboolean
closes_list (const Sent *s,
             guint       i)
{
  return is_etc (s, i) && !_ds_tok_is (&s->toks[i], "lainnya");
}

/* "… dan lain-lain", "dll", "etc.": the source says the list goes on. */
static gboolean
strip_etc (const Sent *s,
           Range      *r)
{
  while (r->b > r->a)
    {
      guint last = r->b - 1;

      if (s->toks[last].type == TOK_PUNCT && depth_change (&s->toks[last]) == 0)
        r->b--;
      else if (is_etc (s, last) && !(r->b - r->a > 1 && _ds_tok_is (&s->toks[last], "lainnya")))
        r->b--;
      else if (_ds_tok_is (&s->toks[last], "so") && last > r->a && _ds_tok_is (&s->toks[last - 1], "on"))
        r->b -= 2;
      else if (s->toks[last].flags & W_CONJ)
        r->b--;
      else
        break;
    }
  return r->a < r->b;
}

static gboolean
verb_after (const Sent *s,
            guint       a,
            guint       b)
{
  for (guint i = a; i < b; i++)
    if (s->toks[i].verb || (s->toks[i].flags & W_AUX))
      return TRUE;
  return FALSE;
}

/* Whether a verb or an auxiliary stands in [@a, @b) outside brackets:
 * "its culture (where it is attractive to others)" glosses a noun, and
 * the gloss's verbs are none of the item's. */
static gboolean
verb_outside_brackets (const Sent *s,
                       guint       a,
                       guint       b)
{
  int depth = 0;

  for (guint i = a; i < b; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && (s->toks[i].verb || (s->toks[i].flags & W_AUX)))
        return TRUE;
    }
  return FALSE;
}

/* Whether a bracket opens at @i and closes right before @b: the item's
 * gloss, all that is left of it. */
static gboolean
gloss_ends_item (const Sent *s,
                 guint       i,
                 guint       b)
{
  int depth = 0;

  if (i >= b || depth_change (&s->toks[i]) <= 0)
    return FALSE;
  for (guint j = i; j < b; j++)
    {
      depth += depth_change (&s->toks[j]);
      if (depth <= 0)
        return j + 1 == b;
    }
  return FALSE;
}

/* In a list of names the last item ends where the sentence goes on: at a
 * verb, an adverb, a clause, "sebagai", a purpose ("untuk" and a verb). */
static void
cut_name (const Sent  *s,
          Range       *r,
          const Range *first)
{
  int depth = 0;

  /* "A (its gloss) and B (its gloss)": items glossed alike end at their
   * glosses; what comes before this one's is its name. */
  if (first != NULL && first->b > first->a && depth_change (&s->toks[first->b - 1]) < 0 &&
      r->b > r->a + 2 && depth_change (&s->toks[r->b - 1]) < 0)
    return;
  for (guint i = r->a + 1; i < r->b; i++)
    {
      const Tok *t = &s->toks[i];
      int change = depth_change (t);

      /* "no significant harm (no state may damage …)": what a bracket
       * holds is the item's gloss; the sentence goes on after it. */
      depth = MAX (0, depth + change);
      if (depth > 0 || change < 0)
        continue;

      /* "non-aligned states, Asia-Pacific states and African states":
       * the word the first item ended on ends this one too, a noun
       * however a verb is spelt. */
      if (first != NULL && first->b > first->a + 1 && t->type == TOK_WORD &&
          t->len == s->toks[first->b - 1].len && ds_ascii_strncasecmp (t->p, s->toks[first->b - 1].p, t->len) == 0)
        {
          /* (A clause after it is the sentence's: the name ends.) */
          if (i + 1 < r->b && (s->toks[i + 1].flags & (W_RELATIVE | W_THAT | W_AUX)))
            {
              r->b = i + 1;
              return;
            }
          continue;
        }

      /* "… and patrols that rarely leave port": a relative clause right
       * after the last item's noun says which patrols; it is the item's. */
      if ((t->flags & W_RELATIVE) && !s->toks[r->a].cap && i <= r->a + 2 &&
          !_ds_tok_is_punct (&s->toks[i - 1], ','))
        return;
      if ((t->flags & W_RELATIVE) && !verb_after (s, i + 1, r->b))
        continue;   /* "peradilan yang adil": no clause, a name */
      if ((t->flags & W_DET) && (s->toks[i - 1].flags & W_PREP))
        continue;   /* "tradition of a community": inside the phrase */
      /* "the Import Control Act", "the Reef Watch": a capitalised word
       * after a capitalised word is the name's, however it is spelt. */
      if (t->verb && t->cap && t->type == TOK_WORD && s->toks[i - 1].cap &&
          s->toks[i - 1].type == TOK_WORD && !(t->flags & (W_AUX | W_FUNCTION)))
        continue;
      /* "Google, Meta and Microsoft fund a growing share": after a name,
       * a lower-case word before an article is the sentence's verb. */
      if (s->toks[r->a].cap && t->type == TOK_WORD && !t->cap && i + 1 < r->b &&
          _ds_tok_is_article (&s->toks[i + 1]) && !(t->flags & (W_PREP | W_CONJ)))
        {
          r->b = i;
          return;
        }
      /* "larangan kerugian berarti (tidak ada negara …)": a word right
       * before the gloss that closes the item is the name's, however it
       * is spelt. */
      if (t->verb && gloss_ends_item (s, i + 1, r->b))
        continue;
      /* "…, dan pembangunan berkelanjutan.", "… serta perdamaian
       * berkeadilan": an Indonesian "ber-…-an" word that closes the item
       * right after its lower-case noun qualifies it (a verb in "ber-…-an"
       * that is the sentence's own takes an object or a clause after it:
       * "berkewajiban melindungi …"). */
      if (t->verb && i + 1 == r->b && t->type == TOK_WORD && !t->cap && t->len >= 8 &&
          ds_ascii_strncasecmp (t->p, "ber", 3) == 0 && t->p[t->len - 2] == 'a' && t->p[t->len - 1] == 'n' &&
          s->toks[i - 1].type == TOK_WORD && !s->toks[i - 1].cap && !s->toks[i - 1].verb &&
          !(s->toks[i - 1].flags & (W_AUX | W_FUNCTION | W_PREP | W_CONJ | W_ADV | W_RELATIVE | W_DET)))
        continue;
      /* "building confidence and security in the use of ICTs": a word
       * right after an article is a noun, however it is spelt. */
      if (t->verb && !(t->flags & W_AUX) && _ds_tok_is_article (&s->toks[i - 1]))
        continue;
      if (t->verb || (t->flags & (W_AUX | W_RELATIVE | W_CLAUSE | W_THAT | W_DET)) ||
          ((t->flags & W_PREP) && i + 1 < r->b && s->toks[i + 1].verb) ||
          ((t->flags & W_ADV) && !(t->flags & W_NOUN)) ||
          ((t->flags & W_PREP) && _ds_tok_is (t, "sebagai")))
        {
          /* "the voice it gives to indigenous peoples": an English
           * subject pronoun after the noun opens a clause that says which
           * voice; cut there, the item would end on "it". */
          if (t->verb && i >= r->a + 2 && !s->toks[i - 2].cap && (s->toks[i - 1].flags & W_PRONOUN) &&
              (_ds_tok_is (&s->toks[i - 1], "it") || _ds_tok_is (&s->toks[i - 1], "they") ||
               _ds_tok_is (&s->toks[i - 1], "we") || _ds_tok_is (&s->toks[i - 1], "he") ||
               _ds_tok_is (&s->toks[i - 1], "she")))
            return;
          r->b = i;
          return;
        }
    }
}

/* A verb outside a relative clause: "infrastruktur yang belum merata" is a
 * name for a thing, "pemerintah menjawab …" a clause. */
static gboolean
has_verb (const Sent *s,
          Range       r)
{
  for (guint i = r.a; i < r.b; i++)
    {
      if (s->toks[i].flags & W_RELATIVE)
        return FALSE;
      if (s->toks[i].verb || (s->toks[i].flags & W_AUX))
        return TRUE;
    }
  return FALSE;
}

/* The first conjunction outside brackets in @r, or 0. One right after a
 * closing bracket goes first: "equitable and reasonable use (…) and no
 * harm (…)", the gloss closes the item before it. */
static guint
inner_conj (const Sent *s,
            Range       r,
            gboolean    need_verb)
{
  int depth = 0;
  guint first = 0;

  for (guint i = r.a + 1; i + 1 < r.b; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && (s->toks[i].flags & W_CONJ) && !(s->toks[i].flags & W_CONNECTIVE) &&
          (!need_verb || s->toks[i + 1].verb || tok_is_gerund (&s->toks[i + 1])))
        {
          if (depth_change (&s->toks[i - 1]) < 0)
            return i;
          if (first == 0)
            first = i;
        }
    }
  return first;
}

static gboolean
is_and (const Tok *t)
{
  return _ds_tok_is (t, "and") || _ds_tok_is (t, "dan") || _ds_tok_is (t, "serta");
}

/* Whether the segment starts with a country, after a conjunction and an
 * article ("and the Republic of Korea"). */
static gboolean
segment_is_country (const Sent *s,
                    Range       r)
{
  while (r.a < r.b && (s->toks[r.a].flags & (W_CONJ | W_DET)))
    r.a++;
  return _ds_lexicon_is_country (s->toks, r.b, r.a) ||
         (r.a + 1 < r.b && _ds_tok_is (&s->toks[r.a], "republic"));
}

/* A short name and nothing more: "Kanada", "Korea Selatan", "the
 * Republic of Korea"; not "Jepang Digital Agency". */
static gboolean
short_name (const Sent *s,
            Range       r)
{
  while (r.a < r.b && (s->toks[r.a].flags & (W_CONJ | W_DET)))
    r.a++;
  if (r.a + 1 < r.b && _ds_tok_is (&s->toks[r.a], "republic"))
    return r.b - r.a <= 4;
  for (guint k = r.a; k < r.b; k++)
    if (!s->toks[k].cap)
      return FALSE;
  return r.a < r.b && r.b - r.a <= 2;
}

/* A country's name and nothing more. */
static gboolean
bare_country (const Sent *s,
              Range       r)
{
  return segment_is_country (s, r) && short_name (s, r);
}

/* Merges "Kanada … Foreign Affair" and ", Trade Development" when items
 * name countries: an item starts with a country, a fragment does not.
 * A fragment after a short name is a country the language's list does
 * not know ("Kanada, Denmark, Finlandia, …"). *@merged says whether any
 * was. */
static guint
merge_by_country (const Sent *s,
                  Range      *segs,
                  guint       n,
                  gboolean   *merged)
{
  guint countries = 0;
  guint out = 0;

  *merged = FALSE;
  for (guint k = 0; k < n; k++)
    if (segment_is_country (s, segs[k]))
      countries++;
  if (countries < 2)
    return n;

  for (guint k = 0; k < n; k++)
    {
      /* A fragment of a name goes on with a capital (", Trade
       * Development"); a lower-case one is the sentence going on. */
      guint first = segs[k].a;

      while (first + 1 < segs[k].b && (s->toks[first].flags & (W_CONJ | W_DET)))
        first++;
      if (out > 0 && !segment_is_country (s, segs[k]) && !s->toks[first].cap)
        return out;
      if (out > 0 && !segment_is_country (s, segs[k]) && !short_name (s, segs[out - 1]))
        segs[out - 1].b = segs[k].b, *merged = TRUE;
      else
        {
          segs[out] = segs[k];
          if (_ds_tok_is (&s->toks[segs[out].a], "di") || _ds_tok_is (&s->toks[segs[out].a], "in"))
            segs[out].a++;
          out++;
        }
    }
  return out;
}

/* "A and B, the first of which opened in Manila in 1966", "…, both of
 * whom …": a relative clause that picks among the items says more about
 * them; it is none of them. */
static gboolean
of_which (const Sent *s,
          Range       r)
{
  for (guint j = r.a; j + 1 < r.b && j <= r.a + 3; j++)
    if (_ds_tok_is (&s->toks[j], "of") && (s->toks[j + 1].flags & W_RELATIVE))
      return j > r.a;
  return FALSE;
}

/* "prohibited, high, limited and minimal": an English participle in
 * "-ed" that stands alone in its segment, or before the conjunction of
 * the last one, describes like the adjectives beside it; it is no
 * action ("drafted the law, debated it and …" has its object). */
static gboolean
lone_participle (const Sent *s,
                 Range       r)
{
  Range c = r;
  const Tok *t;

  strip_conj (s, &c);
  if (c.a >= c.b)
    return FALSE;
  t = &s->toks[c.a];
  return t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 &&
         (c.a + 1 == c.b || ((s->toks[c.a + 1].flags & W_CONJ) && c.a + 3 == c.b && !s->toks[c.a + 2].verb));
}

/* A phrase of lists_closing_adverb, with its last word and its count of
 * words. */
typedef struct {
  const char *phrase;
  const char *last;
  gsize       last_len;
  guint       n_words;
} ClosingAdverb;

/* The phrases of lists_closing_adverb of either language, in order, each
 * with its last word, worked out once per process: closing_adverb() is
 * asked of every list a sentence makes (3,000 times on the 2 MB of
 * bench/profile-generate), and finding each phrase's last word again with
 * strrchr() and strlen() at every call cost more than comparing it. */
static const ClosingAdverb *
closing_adverbs (void)
{
  static const char * const codes[] = { "id", "en" };
  static ClosingAdverb *phrases;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GArray *all = g_array_new (TRUE, TRUE, sizeof (ClosingAdverb));

      for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
        {
          const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), "lists_closing_adverb");

          for (guint i = 0; list != NULL && list[i] != NULL; i++)
            {
              const char *last = strrchr (list[i], ' ');
              ClosingAdverb c = { .phrase = list[i], .last = last != NULL ? last + 1 : list[i], .n_words = 1 };

              c.last_len = strlen (c.last);
              for (const char *p = list[i]; *p != '\0'; p++)
                c.n_words += *p == ' ';
              g_array_append_val (all, c);
            }
        }
      /* (Zero-terminated: the last element's phrase is NULL.) */
      phrases = (ClosingAdverb *) (gpointer) g_array_free (all, FALSE);
      g_once_init_leave (&initialized, 1);
    }
  return phrases;
}

/* "… in Bangkok, in Hanoi and in Manila in turn", "… dan Singapura
 * masing-masing": how many words at the end of [@a, @b) an adverb of the
 * whole sentence takes (phrase list lists_closing_adverb, either
 * language), 0 when none. Asked once per list. */
static guint
closing_adverb (const Sent *s,
                guint       a,
                guint       b)
{
  const Tok *end_tok;

  if (b <= a + 1)
    return 0;
  end_tok = &s->toks[b - 1];
  if (end_tok->type != TOK_WORD)
    return 0;
  for (const ClosingAdverb *c = closing_adverbs (); c->phrase != NULL; c++)
    {
      const char *w = c->phrase;
      guint n = c->n_words;

      /* Most lists end on no such word: compare the last one first. */
      if (end_tok->len != c->last_len || ds_ascii_strncasecmp (end_tok->p, c->last, end_tok->len) != 0)
        continue;
      if (b < a + n + 1)
        continue;
      for (guint k = b - n; k < b; k++)
        {
          const char *end = strchr (w, ' ');
          gsize len = end != NULL ? (gsize) (end - w) : strlen (w);
          const Tok *t = &s->toks[k];

          if (t->type != TOK_WORD || t->len != len || ds_ascii_strncasecmp (t->p, w, len) != 0)
            break;
          if (k + 1 == b)
            return n;
          w = end + 1;
        }
    }
  return 0;
}

/* "Routing, Security and Applications, each managed by one or more area
 * directors", "…, masing-masing dipimpin oleh satu atau dua direktur": a
 * segment opening on a one-word adverb of the whole list (phrase list
 * lists_closing_adverb) before a verb or a preposition is a clause about
 * every item, no item; its "or"/"atau" splits nothing. */
static gboolean
distributive_clause (const Sent *s,
                     Range       r)
{
  const Tok *t, *next;

  if (r.a + 1 >= r.b)
    return FALSE;
  t = &s->toks[r.a];
  next = &s->toks[r.a + 1];
  if (t->type != TOK_WORD || next->type != TOK_WORD || !(next->verb || (next->flags & W_PREP)))
    return FALSE;
  for (const ClosingAdverb *c = closing_adverbs (); c->phrase != NULL; c++)
    if (c->n_words == 1 && t->len == c->last_len && ds_ascii_strncasecmp (t->p, c->last, t->len) == 0)
      return TRUE;
  return FALSE;
}

/*
 * Turns the segments of a list body into items. Returns the number of items
 * written to @items, or 0 when the body is no list.
 */
static guint
read_items (const Sent *s,
            Range      *segs,
            guint       n,
            DsListForm  form,
            gboolean    loose,
            guint       e,
            Range      *items)
{
  guint n_verbs = 0, n_items = 0;
  gboolean verb_list, by_country, final = FALSE;

  n = merge_by_country (s, segs, n, &by_country);
  /* "such as A, B and C, that a society uses …": a relative clause after
   * a comma ends the list, and so does "…, each managed by …"; its last
   * segment is the one before. */
  for (guint k = 1; k < n; k++)
    if (segs[k].a < segs[k].b &&
        ((s->toks[segs[k].a].flags & W_RELATIVE) || of_which (s, segs[k]) || distributive_clause (s, segs[k])))
      {
        n = k;
        break;
      }
  /* ("raising funds from donor states": an English gerund is an action
   * too, and "states" no verb ending it.) */
  for (guint k = 0; k < n; k++)
    if ((starts_with_verb (s, segs[k]) && !lone_participle (s, segs[k])) || starts_with_gerund (s, segs[k]))
      n_verbs++;
  verb_list = n_verbs >= 2 && n_verbs * 2 >= n;

  for (guint k = 0; k < n && !final; k++)
    {
      Range r = segs[k];
      gboolean conj = strip_conj (s, &r);
      guint c;

      skip_dash_aside (s, &r);

      if (r.a >= r.b)
        continue;
      /* "both A, such as a1, and B": an example of the item before is no
       * item of its own. */
      if (form != DS_LIST_FORM_EXAMPLES && n_items > 0 && (s->toks[r.a].flags & (W_CUE_EXAMPLE | W_CUE_PAIR)))
        continue;
      /* "…, termasuk lembaga pemerintah, memberitahukan …": after nouns, a
       * verb is the sentence going on, not an item. */
      if (!verb_list && n_items > 0 && !starts_with_verb (s, items[0]) && starts_with_verb (s, r))
        break;
      if (conj && n_items > 0)
        final = TRUE;
      /* ("…; order and control in the south": after a semicolon the
       * last item is whole; only "; and" would open it.) */
      else if (k + 1 == n && !by_country && !(segs[k].a > 0 && _ds_tok_is_punct (&s->toks[segs[k].a - 1], ';')) &&
               (c = inner_conj (s, r, verb_list)) != 0)
        {
          items[n_items++] = (Range) { r.a, c };
          r.a = c + 1;
          final = TRUE;
        }
      else if (!verb_list && form == DS_LIST_FORM_EXAMPLES && n_items > 0 && has_verb (s, r))
        break;   /* the sentence goes on after the examples */

      if (final && verb_list && k + 1 < n)
        r.b = e;  /* a nested list inside the last action belongs to it */
      /* "gandum, kayu, batu bara, dll. ke pelabuhan utara", "grain,
       * timber, coal etc., to the ports": the source's "etc." closes the
       * list; what follows it is the sentence's. */
      for (guint j = r.a; j < r.b; j++)
        if (closes_list (s, j))
          {
            r.b = j + 1;
            final = TRUE;
            break;
          }
      items[n_items++] = r;
      if (n_items >= MAX_SEGMENTS)
        break;
    }

  /* Names end where the sentence goes on; after a colon or in a range the
   * items may be whole phrases. */
  if (n_items > 0 && !verb_list && !loose && !by_country)
    cut_name (s, &items[n_items - 1], n_items > 1 ? &items[0] : NULL);
  /* An adverb that closes the sentence is no part of its last item. */
  if (n_items > 1 && items[n_items - 1].b == e)
    {
      Range *r = &items[n_items - 1];

      r->b -= closing_adverb (s, r->a, r->b);
      if (r->b > r->a + 1 && _ds_tok_is_punct (&s->toks[r->b - 1], ','))
        r->b--;
    }

  for (guint k = 0; k < n_items; k++)
    {
      Range *r = &items[k];

      if (k + 1 == n_items && r->b == e)
        drop_citation (s, r);
      if (k + 1 == n_items && !strip_etc (s, r))
        return k;
      if (!trim_item (s, r) || r->b - r->a > 30 ||
          (!verb_list && form == DS_LIST_FORM_EXAMPLES && r->b - r->a > 12))
        return 0;
    }
  return n_items;
}

/* The tokens of @r outside brackets. */
static guint
words_outside_brackets (const Sent *s,
                        Range       r)
{
  guint n = 0;
  int depth = 0;

  for (guint i = r.a; i < r.b; i++)
    {
      int change = depth_change (&s->toks[i]);

      depth = MAX (0, depth + change);
      if (depth == 0 && change == 0)
        n++;
    }
  return n;
}

/* Whether a count word heads the noun phrase right before the cue at
 * @cue and its comma ("empat tugas, yakni", "four duties, namely"). */
static gboolean
counted_before_cue (const Sent *s,
                    guint       cue)
{
  guint start, end;

  while (cue > 0 && _ds_tok_is_punct (&s->toks[cue - 1], ','))
    cue--;
  start = _ds_np_start (s, 0, cue, &end);
  return start > 0 && start < end && end == cue && (s->toks[start - 1].flags & W_COUNT) &&
         s->toks[start - 1].value >= 2;
}

/* Whether a token of @r outside brackets is taken: "perikanan
 * (termasuk kuota dan izin)" is still an item when the examples in its
 * brackets made a card of their own. */
static gboolean
used_outside_brackets (const Sent *s,
                       Range       r)
{
  int depth = 0;

  for (guint i = r.a; i < r.b; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && s->toks[i].used && depth_change (&s->toks[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "X adalah A, B, dan C" defines X more often than it lists: a list after
 * "adalah", "ialah" or "merupakan" (no colon) has a counted subject or
 * short items only; after "yaitu" or "yakni", which name, its first item
 * is short ("Diplomasi adalah serangkaian tindakan …, negosiasi, …"
 * defines). */
static gboolean
list_after_definer (const Sent  *s,
                    guint        cue,
                    const Range *items,
                    guint        n_items)
{
  guint start, end, last = items[n_items - 1].b;
  gboolean names = (s->toks[cue].flags & W_CUE_NAMING) && !_ds_tok_is (&s->toks[cue], "adalah") &&
                   !_ds_tok_is (&s->toks[cue], "ialah") && !_ds_tok_is (&s->toks[cue], "are");

  /* "X adalah setiap orang, badan publik, atau organisasi … yang
   * menentukan …": alternatives one clause qualifies say what X is;
   * after "yaitu" the clause qualifies the last item only. */
  if (!names && last < s->n && (s->toks[last].flags & W_RELATIVE) && !_ds_tok_is_punct (&s->toks[last], ','))
    return FALSE;
  for (guint k = items[n_items - 1].a; k > 0 && k + 3 > items[n_items - 1].a; k--)
    if (_ds_tok_is (&s->toks[k - 1], "atau") || _ds_tok_is (&s->toks[k - 1], "or"))
      return FALSE;
  /* "Dewan itu memiliki empat tugas, yakni memberi nasihat (menyampaikan
   * …), mengaudit (…), …": a counted noun before the cue announces the
   * items, however long their glosses; a gloss in brackets is no length
   * of the item's own. */
  if (names)
    return counted_before_cue (s, cue) || words_outside_brackets (s, items[0]) <= 8;
  /* "X adalah pemanfaatan seni, bahasa, dan pendidikan untuk …": a
   * category word opens a definition whose objects are a series. */
  if (s->toks[items[0].a].flags & W_CATEGORY)
    return FALSE;
  start = _ds_np_start (s, 0, cue, &end);
  if (start > 0 && (s->toks[start - 1].flags & W_COUNT))
    return TRUE;
  for (guint k = 0; k < n_items; k++)
    if (items[k].b - items[k].a > 3)
      return FALSE;
  return n_items >= 3;
}

/* A word that can follow a subject pronoun as its verb: a verb, or (as
 * English verbs are mostly unknown) a lower-case word of no other
 * class. */
static gboolean
verb_after_pronoun (const Tok *t)
{
  return t->verb || (t->type == TOK_WORD && !t->cap && !(t->flags & (W_FUNCTION | W_NOUN)));
}

/* Whether item @r opens on the subject pronoun @like (or any, when NULL;
 * not a possessive) before a verb. */
static gboolean
opens_on_subject (const Sent  *s,
                  const Range *r,
                  const Tok   *like)
{
  const Tok *t = &s->toks[r->a];

  return r->b - r->a >= 3 && (t->flags & W_PRONOUN) && !(t->flags & W_DET) &&
         (like == NULL || (t->len == like->len && ds_ascii_strncasecmp (t->p, like->p, t->len) == 0)) &&
         verb_after_pronoun (&s->toks[r->a + 1]);
}

/* "three functions: they collect data, they allocate quotas, and they
 * inspect vessels", "tiga fungsi: ia mengumpulkan …, ia membagi …": every
 * item opens on the same subject pronoun before a verb, or the first
 * does and the others on a verb ("they collect data, allocate quotas and
 * inspect vessels"), so the items are what the subject does; they start
 * after it. */
static void
drop_parallel_subjects (const Sent *s,
                        Range      *items,
                        guint       n_items)
{
  gboolean all = TRUE, rest_verbs = TRUE;

  if (n_items < 2 || !opens_on_subject (s, &items[0], NULL))
    return;
  for (guint k = 1; k < n_items; k++)
    {
      all = all && opens_on_subject (s, &items[k], &s->toks[items[0].a]);
      rest_verbs = rest_verbs && verb_after_pronoun (&s->toks[items[k].a]);
    }
  if (!all && !rest_verbs)
    return;
  for (guint k = 0; k < (all ? n_items : 1); k++)
    items[k].a++;
}

/* Item @r is a clause with a subject of its own: "prosecutors seize the
 * catch", "penjaga pantai memeriksa kapal …": one to three bare nouns,
 * then a verb; in English, whose verbs the lists mostly do not know, a
 * plural then a word that agrees with it ("coastguards board suspect
 * vessels", "agencies share satellite tracks"), not a participle. */
static gboolean
subject_clause_item (Ctx         *ctx,
                     const Sent  *s,
                     const Range *r)
{
  for (guint k = r->a; k < r->b && k < r->a + 3 && k + 2 < r->b; k++)
    {
      const Tok *t = &s->toks[k], *v = &s->toks[k + 1];

      if (t->type != TOK_WORD || t->cap || t->verb || (t->flags & (W_FUNCTION | W_COUNT)) ||
          v->type != TOK_WORD || v->cap || (v->flags & (W_FUNCTION | W_NOUN | W_COUNT)))
        return FALSE;
      if (v->verb && !ctx->english)
        return TRUE;
      if (ctx->english && t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' &&
          v->p[v->len - 1] != 's' && !(v->len > 4 && (ds_ascii_strncasecmp (v->p + v->len - 3, "ing", 3) == 0 ||
                                                      memcmp (v->p + v->len - 2, "ed", 2) == 0)) &&
          !g_ascii_isdigit (v->p[0]))
        return TRUE;
    }
  return FALSE;
}

/* "three approaches against illegal fishing: coastguards board …,
 * prosecutors seize …", "tiga pendekatan, yaitu penjaga pantai
 * memeriksa …": a list of ways (the phrase list method_noun shortly
 * before the cue) whose items are most of them clauses with subjects of
 * their own names no approach; who does what is no card of approaches. */
static gboolean
method_clauses (Ctx         *ctx,
                const Sent  *s,
                guint        i,
                const Range *items,
                guint        n_items)
{
  guint clauses = 0, k;

  for (k = i; k > 0 && k + 8 > i; k--)
    if (_ds_phrase_at (ctx, s, k - 1, PL_METHOD_NOUN) > 0)
      break;
  if (k == 0 || k + 8 <= i || n_items < 2)
    return FALSE;
  for (guint n = 0; n < n_items; n++)
    clauses += subject_clause_item (ctx, s, &items[n]);
  return clauses >= 2 && clauses * 2 > n_items;
}

/* "the fact that the members rarely pay their dues", "kenyataan bahwa
 * para anggota jarang membayar iuran": an item of nouns that carries a
 * clause of its own after "that", "bahwa" (a subject, then its verb, or
 * five words when English marks no verb) is a statement, no item a card
 * can ask for. English "that" opens such a clause when an article or a
 * pronoun follows it; before anything else ("patrols that rarely leave
 * port", "incidents that affect more than one member") it is a relative
 * pronoun on the item's noun. */
static gboolean
that_clause_item (const Sent  *s,
                  const Range *r)
{
  for (guint j = r->a + 1; j + 2 < r->b; j++)
    if ((s->toks[j].flags & W_THAT) && !s->toks[j + 1].verb &&
        !(s->toks[j + 1].flags & (W_AUX | W_ADV | W_PREP)) &&
        (!(s->toks[j].flags & W_RELATIVE) || (s->toks[j + 1].flags & (W_DET | W_PRONOUN))) &&
        (verb_after (s, j + 2, r->b) || _ds_count_words (s, j + 1, r->b) >= 5))
      return TRUE;
  return FALSE;
}

static gboolean
clause_items (const Sent  *s,
              const Range *items,
              guint        n_items)
{
  for (guint k = 0; k < n_items; k++)
    if (!starts_with_verb (s, items[k]) && that_clause_item (s, &items[k]))
      return TRUE;
  return FALSE;
}

/* "…: its ports, its shipyards and its insurers": noun phrases that open
 * on a possessive, none with a verb (but in a bracket's gloss), are
 * things the subject owns, listed; no clause about the subject. */
static gboolean
possessive_series (const Sent  *s,
                   const Range *items,
                   guint        n_items)
{
  if (n_items < 2)
    return FALSE;
  for (guint k = 0; k < n_items; k++)
    {
      const Range *r = &items[k];

      /* ("its closed meetings": a participle before the noun.) */
      if (r->b - r->a < 2 || (r->a + 2 < r->b && verb_outside_brackets (s, r->a + 2, r->b)) ||
          (s->toks[r->a + 1].flags & W_AUX) ||
          (k == 0 && !((s->toks[r->a].flags & W_PRONOUN) && (s->toks[r->a].flags & W_DET))))
        return FALSE;
    }
  return TRUE;
}

static guint label_count (const Sent *s,
                          guint       cue);

/* "Small island states have been especially influential: their survival
 * …": a colon that explains the predicate lists nothing. */
static gboolean
explains_predicate (const Sent  *s,
                    guint        i,
                    const Cue   *cue,
                    const Range *first,
                    guint        n_items)
{
  guint a = first->a;

  if (!cue->explicit || !_ds_tok_is_punct (&s->toks[i], ':'))
    return FALSE;
  /* "…: their survival is threatened …": the first "item" speaks of the
   * subject again. */
  if (a < s->n && (s->toks[a].flags & W_PRONOUN) && a + 1 < first->b && _ds_tok_nounish (&s->toks[a + 1]) &&
      !possessive_series (s, first, n_items))
    return TRUE;
  /* "…: besides locking the files, they threaten …": a clause about the
   * subject among the "items". */
  for (guint k = 1; k < n_items; k++)
    if (_ds_tok_is (&s->toks[first[k].a], "they") || _ds_tok_is (&s->toks[first[k].a], "it") ||
        _ds_tok_is (&s->toks[first[k].a], "mereka") || _ds_tok_is (&s->toks[first[k].a], "ia"))
      return TRUE;
  /* "The biggest problem is the shortage of X: universities produce …":
   * a clause after a colon nothing counted or announced explains; a list
   * of clauses is announced ("three steps:", "the following:"). */
  /* ("2 peran: …": a figure counts as a count word does.) */
  if (label_count (s, i) > 0)
    return FALSE;
  for (guint k = 0; k < i; k++)
    if ((s->toks[k].flags & W_COUNT) || _ds_tok_is (&s->toks[k], "following") ||
        _ds_tok_is (&s->toks[k], "berikut"))
      return FALSE;
  for (guint k = a + 1; k < first->b && k < a + 4; k++)
    if (s->toks[k].verb && _ds_tok_nounish (&s->toks[a]) && !(s->toks[k].flags & W_NOUN))
      return TRUE;
  /* "…: the state funds training, festivals and translation, and the
   * companies do the rest": an "item" with an auxiliary after its subject
   * is a clause. */
  for (guint n = 0; n < n_items; n++)
    for (guint k = first[n].a + 2; k < first[n].b; k++)
      if ((s->toks[k].flags & W_AUX) && !(s->toks[k].flags & W_NOUN) && _ds_tok_nounish (&s->toks[k - 1]))
        return TRUE;
  /* Two unannounced "items", one a long clause: "X: universities produce
   * far fewer graduates … than companies and ministries need". */
  return n_items == 2 && (first[0].b - first[0].a > 6 || first[1].b - first[1].a > 6);
}

/* "mulai dari 5 juta sampai 12 juta dolar", "mulai dari layanan
 * perizinan hingga pendaftaran sekolah", "lima pilar, mulai dari A
 * sampai B": two ends of a range, figures or short examples, or the
 * ends of a counted set, span something; they list nothing. */
static gboolean
range_ends_only (const Sent  *s,
                 guint        i,
                 const Range *items)
{
  gboolean short_ends = TRUE;

  for (guint k = 0; k < 2; k++)
    {
      if (s->toks[items[k].a].type == TOK_NUMBER)
        return TRUE;
      short_ends &= _ds_count_words (s, items[k].a, items[k].b) <= 3;
    }
  for (guint k = i > 6 ? i - 6 : 0; k < i; k++)
    if (s->toks[k].flags & W_COUNT)
      return TRUE;
  return short_ends;
}

/* Two items make a list after a colon, in a range, or when the source
 * counts them. */
static gboolean
enough_items (const Sent  *s,
              guint        i,
              const Cue   *cue,
              const Range *items,
              guint        n_items)
{
  guint start, end;

  if (n_items == 2 && cue->range && range_ends_only (s, i, items))
    return FALSE;
  if (n_items >= 3 || (n_items == 2 && (cue->explicit || cue->range || cue->role)))
    return TRUE;
  if (n_items != 2)
    return FALSE;
  while (i > 0 && _ds_tok_is_punct (&s->toks[i - 1], ','))
    i--;
  start = _ds_np_start (s, 0, i, &end);
  return start > 0 && (s->toks[start - 1].flags & W_COUNT) && s->toks[start - 1].value == 2;
}

/* "Pemerintah berperan sebagai …": the roles of the actor before the verb;
 * a pronoun or nothing there leaves it to the heading ("Peran Pemerintah"). */
static gboolean
describe_roles (Ctx        *ctx,
                const Sent *s,
                DsClaim    *claim,
                guint       verb)
{
  guint hi = verb, start, end;
  g_autofree char *actor = NULL;

  /* ("Menurutnya, Indonesia dapat berperan sebagai …": a view, asked as
   * its holder's.) */
  if (_ds_view_pronoun_opens (ctx, s))
    return FALSE;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX | W_DET)))
    hi--;
  start = _ds_np_start (s, 0, hi, &end);
  if (start < end && subject_usable (s, start, end))
    actor = _ds_phrase_dup (s, start, end, TRUE);
  else if (ctx->head_cue && ctx->topic_block != G_MAXUINT)
    {
      claim->subject = _ds_heading_phrase (ctx, ctx->topic, NULL);
      return TRUE;
    }
  else
    return FALSE;
  claim->subject = ds_lang_expand (ctx->lang, "roles_of", "actor", actor, NULL);
  return TRUE;
}

/* "Indonesia plays the role of a bridge builder between …": one role, asked
 * as a fact ("What role does Indonesia play …?"), the role up to what
 * qualifies it. */
static gboolean
commit_single_role (Ctx        *ctx,
                    Sent       *s,
                    guint       verb,
                    const Range *item)
{
  guint hi = verb, start, end, a = item->a, b = a + 1;
  g_autofree char *actor = NULL;
  DsClaim *claim;

  if (_ds_view_pronoun_opens (ctx, s))
    return FALSE;
  /* "Dalam esai ini, saya berargumen bahwa kewajiban itu lebih berfungsi
   * sebagai alat tawar-menawar …": the essay's argument is the thesis
   * rules' to ask first, as a reason in it is. */
  if (_ds_sentence_argues (ctx, s))
    return FALSE;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX | W_DET)) && !(s->toks[hi - 1].flags & (W_RELATIVE | W_THAT)))
    hi--;
  /* "Singapore is a city-state that serves as the data hub …": the
   * verb of a relative clause says the role of the noun it hangs on,
   * which is no actor the question can name ("What role does city-state
   * play?"). */
  if (hi > 0 && (s->toks[hi - 1].flags & (W_RELATIVE | W_THAT)))
    return FALSE;
  start = _ds_np_start (s, 0, hi, &end);
  if (start >= end || !subject_usable (s, start, end))
    return FALSE;
  /* ("The ministry serves as …": "What role does the ministry play?") */
  if (ctx->english && start > 0 && _ds_tok_is (&s->toks[start - 1], "the") && !s->toks[start].cap)
    start--;
  if (a < item->b && _ds_tok_is_article (&s->toks[a]))
    a++, b++;
  while (b < item->b && !(s->toks[b].flags & (W_PREP | W_RELATIVE | W_CONJ)) &&
         s->toks[b].type != TOK_PUNCT)
    b++;
  if (a >= b || b - a > 6)
    return FALSE;
  actor = _ds_phrase_dup (s, start, end, TRUE);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_ROLES, a, b);
  claim->lead = g_strdup (actor);
  claim->question = ds_lang_expand (ctx->lang, "question_role", "actor", actor, NULL);
  _ds_toks_mark_used (s, a, b);
  return _ds_claim_commit (ctx, claim);
}

/* Whether block @index opens with a short term and a colon ("Norms:
 * …"): a glossary's line. */
static gboolean
block_is_gloss_line (Ctx   *ctx,
                     guint  index)
{
  const DsBlock *b;
  const char *p, *e;
  guint words = 0;

  if (index >= ds_essay_get_n_blocks (ctx->essay))
    return FALSE;
  b = ds_essay_get_block (ctx->essay, index);
  if (b->kind != DS_BLOCK_PARAGRAPH && b->kind != DS_BLOCK_LIST_ITEM)
    return FALSE;
  p = ctx->text + b->content_byte_start;
  e = ctx->text + b->byte_end;
  for (const char *q = p; q < e && q < p + 60; q++)
    {
      if (*q == ':')
        return words < 5 && q > p && e - q > 12;
      if (*q == '.' || *q == ',' || *q == ';')
        return FALSE;
      words += *q == ' ';
    }
  return FALSE;
}

/* "**Diplomasi olahraga**: pemakaian …": a paragraph that opens with a
 * bold term before the colon at @colon is a glossary entry on its own;
 * so is one whose term a bracket follows before the colon ("**Illegal
 * access** (Article 2): …", "**Akses ilegal** (Pasal 30): …"). */
static gboolean
bold_term (const Sent *s,
           guint       colon)
{
  const char *p = s->p, *close, *c = s->toks[colon].p;

  while (p < s->end && *p == ' ')
    p++;
  if (s->end - p < 5 || strncmp (p, "**", 2) != 0)
    return FALSE;
  close = g_strstr_len (p + 2, s->end - p - 2, "**");
  if (close == NULL || close >= c)
    return FALSE;
  if (c - close > 2 && close[2] == ' ' && close[3] == '(' && c[-1] == ')' && c - close < 40)
    return memchr (close + 4, ')', c - close - 4) == c - 1;
  return c - close <= 2;
}

/* "Dual mandate: a mission's duty to …", "Negara transit: negara yang
 * …": a term and its colon before a common noun that glosses it, a
 * glossary entry on its own ("Share this: Twitter Facebook" names no
 * class). */
static gboolean
lone_gloss_line (Ctx        *ctx,
                 const Sent *s,
                 guint       colon,
                 const Cue  *cue)
{
  guint a, b = cue->body;
  gboolean clause;

  if (_ds_note_gloss_head (ctx, s, &a, &clause) != colon || a != 0)
    return FALSE;
  /* "Kedaulatan siber: negara berhak mengatur …": a clause that
   * explains it. */
  if (clause)
    return TRUE;
  /* "negara yang dilewati …": a noun and what qualifies it. */
  return _ds_gloss_from (ctx, s, b) ||
         (b + 1 < s->n && ((s->toks[b + 1].flags & W_RELATIVE) || _ds_phrase_at (ctx, s, b + 1, PL_GLOSS_RELATIVE) > 0));
}

/* "Voluntary norms: non-binding standards of …, …" among other such
 * lines: a glossary entry defines its term; its commas list nothing. */
static gboolean
try_gloss_line (Ctx       *ctx,
                Sent      *s,
                guint      i,
                const Cue *cue)
{
  guint e = _ds_body_end (s), ti = i;
  gboolean clause;
  DsClaim *def;

  /* "Illegal access (Article 2):": the bracket after the term is not
   * counted in its length. */
  if (i > 3 && _ds_tok_is_punct (&s->toks[i - 1], ')'))
    for (guint k = i - 2; k > 0 && k + 6 > i; k--)
      if (_ds_tok_is_punct (&s->toks[k], '('))
        {
          ti = k;
          break;
        }
  if (!cue->explicit || i == 0 || ti > 5 || !s->first || cue->body + 3 > e ||
      !_ds_term_usable (s, 0, i) || !s->toks[0].cap || !_ds_note_glosses (ctx, s, 0, i, cue->body, &clause) ||
      (clause && !_ds_note_lines_explain (ctx, s->block)) ||
      !(block_is_gloss_line (ctx, s->block + 1) || (s->block > 0 && block_is_gloss_line (ctx, s->block - 1)) ||
        (bold_term (s, i) && _ds_gloss_from (ctx, s, cue->body)) || lone_gloss_line (ctx, s, i, cue)))
    return FALSE;
  for (guint k = 0; k < i; k++)
    if (s->toks[k].flags & (W_COUNT | W_CUE_NAMING | W_CUE_EXAMPLE) || s->toks[k].verb)
      return FALSE;
  /* "Ketua: …", "Motto: …", "Theme: …" among other such lines: a header
   * block's fields, no glossary (phrase list field_label). */
  if (_ds_phrase_at (ctx, s, 0, PL_FIELD_LABEL) == i)
    return FALSE;
  def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, s);
  def->subject = _ds_phrase_dup (s, 0, i, TRUE);
  def->body = _ds_toks_dup (s, cue->body, e);
  def->cue = g_strdup (ds_lang_get_template (ctx->lang, clause ? "definition_cue_clause" : "definition_cue"));
  def->key_start = _ds_sent_char_at (s, s->toks[0].p);
  def->key_end = _ds_sent_char_at (s, s->toks[i - 1].p + s->toks[i - 1].len);
  _ds_toks_mark_used (s, 0, e);
  _ds_claim_commit (ctx, def);
  return TRUE;
}

/* "Menurut Wijaya (2023), terdapat tiga faktor …": whose list it is
 * goes into its subject ("faktor … menurut Wijaya (2023)"). */
static void
attribute_subject (Ctx     *ctx,
                   Sent    *s,
                   DsClaim *claim)
{
  guint n = _ds_phrase_at (ctx, s, 0, PL_ATTRIBUTION_CUE), a, b;
  g_autofree char *source = NULL;
  char *subject;

  if (n == 0 || claim->subject == NULL || _ds_read_name (s, n, s->n, &a, &b) <= n || a != n)
    return;
  /* "(2023)": the year the source was written. */
  if (b + 2 < s->n && _ds_tok_is_punct (&s->toks[b], '(') && s->toks[b + 1].type == TOK_NUMBER &&
      _ds_tok_is_punct (&s->toks[b + 2], ')'))
    b += 3;
  if (b >= s->n || !_ds_tok_is_punct (&s->toks[b], ','))
    return;
  source = _ds_toks_dup (s, 0, b);
  source[0] = ds_ascii_tolower (source[0]);
  subject = g_strconcat (claim->subject, " ", source, NULL);
  g_free (claim->subject);
  claim->subject = subject;
}

/* "meliputi tiga tahap: A, B, dan C", "mencakup tiga bidang, yaitu A, B,
 * dan C", "covers three areas, namely A, B and C": a counted noun and a
 * colon or a second cue after the cue; the count token, or 0 (the items
 * start after *@colon). */
static guint
counted_colon (const Sent *s,
               guint       body,
               guint       e,
               guint      *colon)
{
  guint count = 0;

  for (guint k = body; k < e && k < body + 4; k++)
    {
      if (s->toks[k].flags & W_COUNT)
        count = k;
      else if (_ds_tok_is_punct (&s->toks[k], ':'))
        {
          *colon = k;
          return count;
        }
      else if (count > 0 && _ds_tok_is_punct (&s->toks[k], ',') && k + 2 < e &&
               (s->toks[k + 1].flags & W_CUE_NAMING) && !s->toks[k + 1].used)
        {
          *colon = k + 1;
          return count;
        }
      else if (s->toks[k].type != TOK_WORD || s->toks[k].verb)
        return 0;
    }
  return 0;
}

/* "Menangani pengungsi meliputi tiga tahap:": the list is of the counted
 * noun ("tahap menangani pengungsi", "stages of protecting refugees"). */
static void
counted_subject (Ctx        *ctx,
                 const Sent *s,
                 DsClaim    *claim,
                 guint       count,
                 guint       colon)
{
  g_autofree char *noun = NULL;
  g_autofree char *owner = NULL;

  read_count_tok (ctx, s, count, claim);
  /* "tiga bidang, yaitu": the noun ends at the comma before the cue. */
  if (colon > 0 && _ds_tok_is_punct (&s->toks[colon - 1], ','))
    colon--;
  if (count + 1 >= colon || claim->subject == NULL || claim->form == DS_LIST_FORM_COMPLETE)
    return;
  noun = _ds_toks_dup (s, count + 1, colon);
  owner = g_steal_pointer (&claim->subject);
  if (g_ascii_isupper (owner[0]) && !(owner[1] != '\0' && g_ascii_isupper (owner[1])))
    owner[0] = ds_ascii_tolower (owner[0]);
  /* "countries of the Reconstruction Donor Group": English keeps the
   * owner's article. */
  for (guint k = 1; k < count; k++)
    if (s->toks[k].len == strcspn (owner, " ") && ds_ascii_strncasecmp (s->toks[k].p, owner, s->toks[k].len) == 0)
      {
        if (the_before (s, k))
          {
            char *with = g_strconcat ("the ", owner, NULL);

            g_free (owner);
            owner = with;
          }
        break;
      }
  /* "Its mandate covers three areas:" → "the three areas of the
   * Sulawesi Commission’s mandate", not "… of mandate of the …". */
  if (ctx->english)
    {
      const char *of = strstr (owner, " of ");

      if (of != NULL && strchr (owner, ' ') == of && g_ascii_islower (owner[0]) &&
          (g_str_has_prefix (of + 4, "the ") || g_ascii_isupper (of[4])) && strstr (of + 4, " of ") == NULL &&
          !g_str_has_suffix (of + 4, "\xE2\x80\x99s"))
        {
          char *with = g_strdup_printf ("%s\xE2\x80\x99s %.*s", of + 4, (int) (of - owner), owner);

          g_free (owner);
          owner = with;
        }
    }
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", owner, NULL);
}

/* "Program pertukaran antara lain mengirim pelatih …, menerima atlet …":
 * examples that are all things done are what the subject does ("Apa
 * saja yang dilakukan program pertukaran?"), not examples of it. */
/* "The exchange programme does several things, such as …", "Program itu
 * melakukan beberapa hal, seperti …": a verb and a vague object ("things",
 * "hal") before the cue; returns the verb's token, after the subject, or
 * 0. The examples are then of what the subject does, not of "things". */
static guint
vague_doing (Ctx        *ctx,
             const Sent *s,
             guint       cue)
{
  guint k = cue;

  if (k > 0 && _ds_tok_is_punct (&s->toks[k - 1], ','))
    k--;
  if (k < 3 || _ds_phrase_at (ctx, s, k - 1, PL_VAGUE_OBJECT) != 1)
    return 0;
  for (k--; k > 0 && (s->toks[k - 1].flags & (W_QUANT | W_COUNT | W_DET)); k--)
    ;
  return k > 1 && (s->toks[k - 1].verb || (s->toks[k - 1].flags & W_AUX)) ? k - 1 : 0;
}

/* The subject before the verb at @verb, as the question names it. */
static gboolean
actions_subject (const Sent *s,
                 guint       verb,
                 DsClaim    *claim)
{
  guint end, start;

  /* "Program pertukaran itu melakukan …": the pointer is no part of it. */
  while (verb > 1 && (s->toks[verb - 1].flags & W_ANAPHOR))
    verb--;
  start = _ds_np_start (s, 0, verb, &end);
  if (start >= end || end != verb || (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE)))
    return FALSE;
  /* "What does the exchange programme do?": English keeps its "the". */
  if (start > 0 && _ds_tok_is (&s->toks[start - 1], "the"))
    start--;
  g_free (claim->subject);
  claim->subject = _ds_phrase_dup (s, start, end, TRUE);
  return TRUE;
}

/* The actor before the verb group that ends at @verb ("telah",
 * "has" kept with the verb); its tokens, or FALSE. */
static gboolean
doing_actor (const Sent *s,
             guint       verb,
             guint      *a,
             guint      *b,
             guint      *group)
{
  *group = verb;
  while (*group > 0 && (s->toks[*group - 1].flags & (W_AUX | W_ADV)))
    (*group)--;
  *a = _ds_np_start (s, 0, *group, b);
  /* "the Indonesian government": English keeps its article. */
  if (*a > 0 && _ds_tok_is (&s->toks[*a - 1], "the"))
    (*a)--;
  return *a < *b && *b == *group && *b - *a <= 6 &&
         !(s->toks[*a].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_QUANT)) &&
         (_ds_tok_is (&s->toks[*a], "the") || subject_usable (s, *a, *b));
}

/* "Pemerintah melakukan beberapa langkah, di antaranya membuka …,
 * mendata …", "The ministry took three steps, namely contacting …": the
 * items are the steps the actor took, "langkah yang dilakukan
 * pemerintah", "steps the ministry took" (the language's phrase lists
 * doing_verb, with the form the question takes, and doing_noun). */
static gboolean
doing_named (Ctx         *ctx,
             const Sent  *s,
             guint        cue,
             DsClaim     *claim,
             const Range *items,
             guint        n_items)
{
  guint k = cue, noun, a, b, group, count = 0;
  const char *form;
  g_autofree char *verb = NULL;
  g_autofree char *aux = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *noun_text = NULL;

  if (k > 0 && _ds_tok_is_punct (&s->toks[k - 1], ','))
    k--;
  if (k < 3 || _ds_phrase_at (ctx, s, k - 1, PL_DOING_NOUN) != 1)
    return FALSE;
  noun = k - 1;
  for (k = noun; k > 0 && (s->toks[k - 1].flags & (W_QUANT | W_COUNT | W_DET)); k--)
    if (s->toks[k - 1].flags & W_COUNT)
      count = k - 1;
  if (k < 2 || (form = _ds_lexicon_other_forms (ctx, &s->toks[k - 1], "doing_verb")) == NULL ||
      !doing_actor (s, k - 1, &a, &b, &group))
    return FALSE;
  for (guint j = 0; j < n_items; j++)
    if (!starts_with_verb (s, items[j]) && !starts_with_gerund (s, items[j]))
      return FALSE;
  aux = _ds_toks_dup (s, group, k - 1);
  verb = *aux ? g_strconcat (aux, " ", form, NULL) : g_strdup (form);
  actor = _ds_phrase_dup (s, a, b, TRUE);
  noun_text = _ds_toks_dup (s, noun, noun + 1);
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "doing_subject", "noun", noun_text, "verb", verb, "actor", actor, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  g_clear_pointer (&claim->lead, g_free);
  if (count > 0 && claim->stated_count == 0)
    read_count_tok (ctx, s, count, claim);
  return TRUE;
}

static void
examples_as_actions (Ctx         *ctx,
                     const Sent  *s,
                     guint        cue,
                     DsClaim     *claim,
                     const Range *items,
                     guint        n_items)
{
  guint verb;

  /* With no subject but "things" the list was to be completed. */
  if ((claim->form == DS_LIST_FORM_EXAMPLES || claim->form == DS_LIST_FORM_COMPLETE) &&
      (verb = vague_doing (ctx, s, cue)) != 0)
    {
      for (guint k = 0; k < n_items; k++)
        if (!starts_with_verb (s, items[k]) && !starts_with_gerund (s, items[k]))
          return;
      if (!actions_subject (s, verb, claim))
        return;
      claim->form = DS_LIST_FORM_ACTIONS;
      g_clear_pointer (&claim->lead, g_free);
      return;
    }
  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->subject == NULL)
    return;
  /* "Tujuan … dirumuskan dalam Deklarasi X, antara lain menjaga …": after
   * a verb of its own the subject's examples are what it names. */
  for (guint k = 0; k < cue; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_CUE_DEF)) || s->toks[k].type == TOK_PUNCT)
      return;
  for (guint k = 0; k < n_items; k++)
    if (!starts_with_verb (s, items[k]))
      return;
  claim->form = DS_LIST_FORM_ACTIONS;
  g_clear_pointer (&claim->lead, g_free);
}

/* Whether [a, b) holds a word of the phrase list country_noun
 * ("negara", "states"). */
static gboolean
names_countries (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  for (guint k = a; k < b; k++)
    if (_ds_phrase_at (ctx, s, k, PL_COUNTRY_NOUN) == 1)
      return TRUE;
  return FALSE;
}

/* "Beberapa negara tetangga juga menerima pengungsi, seperti Malaysia,
 * Thailand, dan Filipina": countries are examples of the states that
 * open the clause, not of the refugees they took in. The subject
 * becomes "negara tetangga yang juga menerima pengungsi"; FALSE when
 * the sentence says no such thing. */
static gboolean
countries_own_examples (Ctx         *ctx,
                        const Sent  *s,
                        guint        cue,
                        DsClaim     *claim,
                        const Range *items,
                        guint        n_items)
{
  guint a = 0, b, start, end;
  g_autofree char *owner = NULL;
  g_autofree char *rest = NULL;

  if (claim->form != DS_LIST_FORM_EXAMPLES)
    return FALSE;
  for (guint k = 0; k < n_items; k++)
    if (!bare_country (s, items[k]))
      return FALSE;
  while (a < cue && (s->toks[a].flags & (W_QUANT | W_DET | W_COUNT)))
    a++;
  /* ("states" may read as a verb.) */
  for (b = a; b < cue && s->toks[b].type == TOK_WORD && !(s->toks[b].flags & (W_FUNCTION | W_ADV)) &&
              (!s->toks[b].verb || _ds_phrase_at (ctx, s, b, PL_COUNTRY_NOUN) == 1); b++)
    ;
  start = _ds_np_start (s, 0, cue, &end);
  if (b == a || b >= cue || !names_countries (ctx, s, a, b) || names_countries (ctx, s, start, end))
    return FALSE;
  while (cue > b && s->toks[cue - 1].type == TOK_PUNCT)
    cue--;
  owner = _ds_phrase_dup (s, a, b, TRUE);
  rest = _ds_toks_dup (s, b, cue);
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "owner_that", "owner", owner, "rest", rest, NULL);
  return TRUE;
}

/* "Sejumlah pelabuhan, termasuk Rotterdam, Busan, dan Valencia, telah
 * memasang listrik darat …", "Several ports, including Rotterdam, Busan
 * and Valencia, have installed shore power …": an aside of examples
 * right after the subject that opens the sentence, one bare noun with no
 * verb before it, names some of those the predicate after the aside is
 * said of; asked "Sebutkan contoh pelabuhan menurut esai ini." it asks
 * "of what?". The subject becomes "pelabuhan yang telah memasang listrik
 * darat …" ("ports that have installed shore power …"); FALSE when the
 * sentence says no such thing. */
static gboolean
aside_before_predicate (Ctx         *ctx,
                        const Sent  *s,
                        guint        cue,
                        DsClaim     *claim,
                        const Range *items,
                        guint        n_items)
{
  guint a = 0, p, e = _ds_body_end (s), content = 0;
  g_autofree char *rest = NULL;
  char *owner;

  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->subject == NULL || n_items == 0 || cue < 2 ||
      !_ds_tok_is_punct (&s->toks[cue - 1], ','))
    return FALSE;
  /* ("… menemukan bahwa setidaknya 13 yurisdiksi, termasuk …": a clause
   * that "bahwa", "that" opens has its own subject.) */
  for (guint k = 0; k + 1 < cue; k++)
    if (s->toks[k].flags & W_THAT)
      a = k + 1;
  if (a + 1 >= cue || cue - a > 7)
    return FALSE;
  /* ("Setidaknya sembilan yurisdiksi", "At least nine jurisdictions": one
   * word of content, the last, and no verb or punctuation before it.) */
  for (guint k = a, approx; k + 1 < cue; k++)
    {
      const Tok *t = &s->toks[k];

      /* (phrase list lists_approx_count: "setidaknya", "at least") */
      if ((approx = _ds_phrase_at (ctx, s, k, PL_LISTS_APPROX_COUNT)) > 0)
        {
          k += approx - 1;
          continue;
        }
      /* (a count in figures: "13 yurisdiksi") */
      if (t->type == TOK_NUMBER)
        continue;
      if (t->type != TOK_WORD || (t->flags & W_AUX) || (k + 2 < cue && t->verb && !(t->flags & (W_QUANT | W_COUNT))))
        return FALSE;
      content += !(t->flags & (W_FUNCTION | W_QUANT | W_COUNT | W_DET)) && !t->cap;
    }
  if (content != 1 || (s->toks[cue - 2].flags & (W_FUNCTION | W_QUANT | W_COUNT)) || s->toks[cue - 2].cap)
    return FALSE;
  /* The aside closes on a comma and a verb goes on to the sentence's end. */
  p = items[n_items - 1].b;
  if (p + 1 >= e || !_ds_tok_is_punct (&s->toks[p], ','))
    return FALSE;
  p++;
  if (s->toks[p].type != TOK_WORD || !(s->toks[p].verb || (s->toks[p].flags & W_AUX)) || s->toks[p].cap)
    return FALSE;
  rest = _ds_toks_dup (s, p, e);
  owner = ds_lang_expand (ctx->lang, "owner_that", "owner", claim->subject, "rest", rest, NULL);
  g_free (claim->subject);
  claim->subject = owner;
  return TRUE;
}

/* "the Food and Agriculture Organization and Oxfam", "Bank Dunia,
 * Organisasi Pangan dan Pertanian serta Oxfam": the last two items were
 * cut at an "and" between two capitalised words; when the second does not
 * open a body's name (phrase list questions_owner_head: "Bank Pembangunan
 * Afrika dan Bank Investasi …" is two) and a later "and" follows within
 * the capitalised run, that one joins the last item, the first is the
 * name's own. */
static void
regroup_name_and (Ctx         *ctx,
                  const Sent  *s,
                  Range       *items,
                  guint        n)
{
  Range *x, *y;
  guint c;

  if (n < 2)
    return;
  x = &items[n - 2];
  y = &items[n - 1];
  c = x->b;
  if (c == 0 || y->a != c + 1 || !is_and (&s->toks[c]) || !s->toks[c - 1].cap || !s->toks[c + 1].cap ||
      _ds_phrase_at (ctx, s, c + 1, PL_QUESTIONS_OWNER_HEAD) > 0)
    return;
  for (guint k = c + 2, e = _ds_body_end (s); k + 1 < e; k++)
    {
      guint a = k + 1 + _ds_tok_is_article (&s->toks[k + 1]), b = a;

      if (is_and (&s->toks[k]) && s->toks[k - 1].cap && a < e && s->toks[a].cap)
        {
          /* ("and the World Bank": the run of capitals after it.) */
          while (b < e && s->toks[b].type == TOK_WORD && (s->toks[b].cap || (s->toks[b].flags & W_PREP)))
            b++;
          while (b > a && !s->toks[b - 1].cap)
            b--;
          if (b != e && s->toks[b].type != TOK_PUNCT)
            return;
          x->b = k;
          y->a = a;
          y->b = b;
          return;
        }
      if (s->toks[k].type != TOK_WORD || (!s->toks[k].cap && !(s->toks[k].flags & W_PREP)))
        return;
    }
}

/* "the University of California, Berkeley, the African Union and the
 * World Bank": a bare name of one or two capitalised words after an item
 * that opens on a campus head (phrase list lists_campus_head, "university
 * of") is that item's campus, when a later item has its article (so the
 * bare name is no item of its own). Returns how many segments are left. */
static guint
merge_campus (Ctx        *ctx,
              const Sent *s,
              Range      *segs,
              guint       n)
{
  for (guint k = 1; k + 1 < n; k++)
    {
      Range r = segs[k], prev = segs[k - 1];
      gboolean later_article = FALSE;

      if (r.a >= r.b || r.b - r.a > 2 || (s->toks[r.a].flags & (W_CONJ | W_COUNTRY)))
        continue;
      for (guint j = r.a; j < r.b && r.a < r.b; j++)
        if (!s->toks[j].cap || s->toks[j].type != TOK_WORD || (s->toks[j].flags & W_FUNCTION))
          r.a = r.b;
      if (r.a >= r.b)
        continue;
      if (prev.a < prev.b && _ds_tok_is_article (&s->toks[prev.a]))
        prev.a++;
      if (prev.a >= prev.b || _ds_phrase_at (ctx, s, prev.a, PL_LISTS_CAMPUS_HEAD) == 0)
        continue;
      for (guint j = k + 1; j < n && !later_article; j++)
        {
          guint a = segs[j].a;

          if (a < segs[j].b && is_and (&s->toks[a]))
            a++;
          later_article = a < segs[j].b && _ds_tok_is_article (&s->toks[a]);
        }
      if (!later_article)
        continue;
      segs[k - 1].b = segs[k].b;
      memmove (segs + k, segs + k + 1, (n - k - 1) * sizeof *segs);
      n--;
    }
  return n;
}

/* The count of the noun phrase that ends right before the cue at @cue
 * ("three tasks:", "empat tugas, yakni"), else 0. */
static guint
count_before_cue (const Sent *s,
                  guint       cue)
{
  guint start, end;

  while (cue > 0 && (_ds_tok_is_punct (&s->toks[cue - 1], ',') || _ds_tok_is_punct (&s->toks[cue - 1], ':')))
    cue--;
  start = _ds_np_start (s, 0, cue, &end);
  if (start == 0 || start >= end || end != cue || !(s->toks[start - 1].flags & W_COUNT))
    return 0;
  return s->toks[start - 1].value;
}

/* Whether @r holds a comma or semicolon outside brackets. */
static gboolean
separated (const Sent *s,
           Range       r)
{
  int depth = 0;

  for (guint i = r.a; i < r.b; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && (_ds_tok_is_punct (&s->toks[i], ',') || _ds_tok_is_punct (&s->toks[i], ';')))
        return TRUE;
    }
  return FALSE;
}

/* [a, e) cut at semicolons outside brackets only; 0 when there is none. */
static guint
semicolon_segments (const Sent *s,
                    guint       a,
                    guint       e,
                    Range      *segs)
{
  guint n = 0, start = a;
  int depth = 0;

  for (guint i = a; i < e && n < MAX_SEGMENTS - 1; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && _ds_tok_is_punct (&s->toks[i], ';'))
        {
          segs[n++] = (Range) { start, i };
          start = i + 1;
        }
    }
  if (n == 0)
    return 0;
  segs[n++] = (Range) { start, e };
  return n;
}

/* Whether the token at @i joins two items in notes: "+", "&", "/",
 * "vs", "vs.", "versus" ("2 peran: promosi teknologi + pengawasan", "two
 * kinds: binding vs voluntary"). How many tokens the joiner takes, or 0. */
static guint
notes_joiner_at (const Sent *s,
                 guint       i,
                 guint       e)
{
  const Tok *t = &s->toks[i];

  if (_ds_tok_is_punct (t, '+') || _ds_tok_is_punct (t, '&') || _ds_tok_is_punct (t, '/'))
    return 1;
  if (_ds_tok_is (t, "versus"))
    return 1;
  if (_ds_tok_is (t, "vs"))
    return i + 1 < e && _ds_tok_is_punct (&s->toks[i + 1], '.') ? 2 : 1;
  return 0;
}

/* "2 peran:", "tiga jenis:", "3 core tasks:": a notes label that is a
 * count (a figure from 2 to 9 or a count word) and one to four words
 * before the cue at @cue, opening the line; the count, else 0. */
static guint
label_count (const Sent *s,
             guint       cue)
{
  const Tok *t;

  if (cue < 2 || cue > 5 || !_ds_tok_is_punct (&s->toks[cue], ':'))
    return 0;
  for (guint k = 1; k < cue; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
      return 0;
  t = &s->toks[0];
  if (t->type == TOK_NUMBER && t->len == 1 && t->p[0] >= '2' && t->p[0] <= '9')
    return t->p[0] - '0';
  return (t->flags & W_COUNT) ? t->value : 0;
}

/* Whether [a, e) is an item a joiner may part off: it opens (past
 * emphasis) on a word ("ASEAN + 3 dan ARF" names one forum). */
static gboolean
joined_part (const Sent *s,
             guint       a,
             guint       e)
{
  while (a < e && s->toks[a].type == TOK_PUNCT && (s->toks[a].ch == '*' || s->toks[a].ch == '_'))
    a++;
  return a < e && s->toks[a].type == TOK_WORD && _ds_count_words (s, a, e) > 0;
}

/* "- 2 peran: promosi teknologi nuklir damai (listrik, kesehatan) +
 * safeguards", "- 2 jenis: regulatif (mengatur perilaku) vs konstitutif",
 * "- three tracks: official & informal & mixed": in notes a counted
 * label's items are joined by a sign, not by commas; [a, e) cut at the
 * joiners outside brackets, when that gives exactly @count parts, each
 * with a word of its own; else 0. */
static guint
joiner_segments (const Sent *s,
                 guint       a,
                 guint       e,
                 guint       count,
                 Range      *segs)
{
  guint n = 0, start = a, len;
  int depth = 0;

  if (count < 2 || count >= MAX_SEGMENTS)
    return 0;
  for (guint i = a; i < e; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth > 0 || (len = notes_joiner_at (s, i, e)) == 0)
        continue;
      if (n + 1 >= count || !joined_part (s, start, i))
        return 0;
      segs[n++] = (Range) { start, i };
      start = i + len;
      i += len - 1;
    }
  if (n + 1 != count || !joined_part (s, start, e))
    return 0;
  segs[n++] = (Range) { start, e };
  return n;
}

/* Whether segment @r opens on a conjunction or holds one: the last word
 * of a series. */
static gboolean
ends_series (const Sent *s,
             Range       r)
{
  for (guint k = r.a; k < r.b; k++)
    if ((s->toks[k].flags & W_CONJ) && !(s->toks[k].flags & W_CONNECTIVE))
      return TRUE;
  return FALSE;
}

/* "setting standards in the fields of safety, labelling and recalls,
 * funding laboratories, and training inspectors": a series of short
 * nouns after a preposition, closed by its own "and" before the list goes
 * on, belongs to the item whose preposition it follows. Joins them in
 * @segs; the new number of segments. */
static guint
merge_nested_series (const Sent *s,
                     Range      *segs,
                     guint       n)
{
  for (guint k = 1; k + 1 < n; k++)
    {
      guint j = k;

      if (!ends_series (s, segs[k]) || _ds_count_words (s, segs[k].a, segs[k].b) > 5)
        continue;
      while (j > 0 && j + 3 > k && j < k + 1 && (j == k || _ds_count_words (s, segs[j].a, segs[j].b) <= 3))
        {
          gboolean prep = FALSE;

          j--;
          for (guint t = segs[j].a + 1; t < segs[j].b; t++)
            prep |= (s->toks[t].flags & W_PREP) != 0;
          if (prep)
            break;
          if (j == 0)
            return n;
        }
      if (j == k)
        continue;
      segs[j].b = segs[k].b;
      memmove (&segs[j + 1], &segs[k + 1], (n - k - 1) * sizeof (Range));
      return n - (k - j);
    }
  return n;
}

/* "Around 12 agencies, including A, B and C, check food imports": an
 * aside of examples opened by a comma closes at the comma after the
 * segment that holds its final "and" (or, for two items, "and the")
 * when the next segment opens on a
 * lower-case word that is no article, determiner or conjunction (the
 * sentence's predicate). Returns how many segments are the list's. */
/* Whether the word at @i is a verb: so marked, or (English spells few)
 * a lower-case word, no gerund, before an article ("sets the tariff"). */
static gboolean
verb_after_and (const Sent *s,
                guint       i)
{
  const Tok *t = &s->toks[i];

  if (t->type != TOK_WORD || t->cap || (t->flags & (W_FUNCTION | W_PREP | W_ADV)) || tok_is_gerund (t))
    return FALSE;
  return t->verb || _ds_tok_is_article (&s->toks[i + 1]);
}

/* Words of a segment that may still be a short item of the series. */
#define SERIES_ITEM_MAX_WORDS 6

/* "antara lain pertanian, kelautan dan perikanan, perdagangan, serta
 * pendidikan gizi", "including farming, fisheries and oceans, trade, and
 * nutrition": the segments from @k on are short phrases with no verb and
 * the last of them, @n - 1, opens on the series' own "dan", "serta",
 * "and", "as well as"; the series goes on to there, and an "and" before
 * it joins two words of one item. */
static gboolean
series_goes_on (const Sent  *s,
                const Range *segs,
                guint        k,
                guint        n)
{
  guint last = segs[n - 1].a;

  if (k + 1 >= n || last >= segs[n - 1].b ||
      !(is_and (&s->toks[last]) ||
        (last + 2 < segs[n - 1].b && _ds_tok_is (&s->toks[last], "as") && _ds_tok_is (&s->toks[last + 1], "well"))))
    return FALSE;
  for (guint m = k; m < n; m++)
    if (segs[m].a >= segs[m].b || has_verb (s, segs[m]) || _ds_count_words (s, segs[m].a, segs[m].b) > SERIES_ITEM_MAX_WORDS ||
        (m < n - 1 && (s->toks[segs[m].a].flags & W_CONJ)))
      return FALSE;
  return TRUE;
}

/* Whether a verb stands in [@a, @b). */
static gboolean
verb_from (const Sent *s,
           guint       a,
           guint       b)
{
  for (guint i = a; i < b; i++)
    if (s->toks[i].verb)
      return TRUE;
  return FALSE;
}

static guint
close_example_aside (const Sent *s,
                     guint       i,
                     const Cue  *cue,
                     Range      *segs,
                     guint       n)
{
  if (cue->form != DS_LIST_FORM_EXAMPLES || i == 0 || !_ds_tok_is_punct (&s->toks[i - 1], ','))
    return n;
  for (guint k = 0; k + 1 < n; k++)
    {
      Range r = segs[k];
      const Tok *next;
      gboolean has_and = FALSE;
      int depth = 0;

      /* A first segment is the list only with "and" and an article
       * after it ("the Import Control Act and the Seed Safety Act"): "the
       * Food and Agriculture Organization" is one name. */
      for (guint j = r.a; j < r.b && !has_and; j++)
        {
          depth = MAX (0, depth + depth_change (&s->toks[j]));
          has_and = depth == 0 && is_and (&s->toks[j]) &&
                    (k > 0 || (j + 1 < r.b && _ds_tok_is_article (&s->toks[j + 1])));
        }
      if (!has_and || segs[k + 1].a >= segs[k + 1].b || series_goes_on (s, segs, k + 1, n))
        continue;
      next = &s->toks[segs[k + 1].a];
      if (next->type == TOK_WORD && !next->cap && !(next->flags & (W_DET | W_CONJ | W_PREP)))
        return k + 1;
      /* "including flood warnings, well testing and river surveys, for
       * the villages": after a series closed by its "and", a phrase of
       * place or purpose is the sentence's. */
      if (k > 0 && next->type == TOK_WORD && !next->cap && (next->flags & W_PREP) && !(next->flags & W_CONJ))
        return k + 1;
      /* "including licensing, inspection and fining, and sets the
       * tariff": after the series' own "and", a second one before a verb
       * is the sentence's predicate going on. */
      if (k > 0 && is_and (next) && segs[k + 1].a + 2 < segs[k + 1].b && !starts_with_verb (s, segs[0]) &&
          verb_after_and (s, segs[k + 1].a + 1))
        return k + 1;
    }
  return n;
}

/* Whether [@a, @b) opens on a name, after an article perhaps ("the UN",
 * "ASEAN"), and holds four words at most. */
static gboolean
short_named (const Sent *s,
             guint       a,
             guint       b)
{
  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  return a < b && s->toks[a].type == TOK_WORD && s->toks[a].cap && _ds_count_words (s, a, b) <= 4;
}

/* "organisasi antarpemerintah seperti PBB, ASEAN, dan ITU, organisasi
 * nonpemerintah, dan individu", "intergovernmental bodies like the UN,
 * ASEAN and the ITU, NGOs, firms and individuals": names after an
 * example cue inside an item (cue_example, phrase list bracket_example),
 * up to the segment that closes them with their own "dan", "and", are
 * the item's examples, no items of the list, when the list goes on
 * after them. Joins them in @segs; the new number of segments. */
static guint
merge_example_series (Ctx        *ctx,
                      const Sent *s,
                      Range      *segs,
                      guint       n)
{
  for (guint k = 0; k + 2 < n; k++)
    {
      guint cue = 0, j;

      for (guint p = segs[k].a + 1; p + 1 < segs[k].b && cue == 0; p++)
        if ((s->toks[p].flags & W_CUE_EXAMPLE) || _ds_phrase_at (ctx, s, p, PL_BRACKET_EXAMPLE) > 0)
          cue = p;
      if (cue == 0)
        continue;
      cue += MAX (1u, _ds_phrase_at (ctx, s, cue, PL_BRACKET_EXAMPLE));
      if (!short_named (s, cue, segs[k].b))
        continue;
      for (j = k + 1; j + 1 < n; j++)
        {
          Range r = segs[j];

          strip_conj (s, &r);
          if (!short_named (s, r.a, r.b))
            break;
          if (ends_series (s, segs[j]))
            {
              segs[k].b = segs[j].b;
              memmove (&segs[k + 1], &segs[j + 1], (n - j - 1) * sizeof (Range));
              return n - (j - k);
            }
        }
    }
  return n;
}

/* A list whose source counts its items ("three tasks:") but whose commas
 * gave another number: items cut at semicolons ("A, B and C; D; and E"),
 * or a nested series joined to its item, when that gives the count.
 * The items in @items; how many. */
static guint
counted_regroup (const Sent *s,
                 guint       i,
                 guint       body,
                 guint       e,
                 const Cue  *cue,
                 Range      *items,
                 guint       n_items)
{
  guint stated = count_before_cue (s, i), n;
  Range segs[MAX_SEGMENTS], again[MAX_SEGMENTS];

  /* (A last item that swallowed the rest, "recalls, funding …, and
   * training …", gives the count by chance.) */
  if (stated < 2 || n_items == 0 || (stated == n_items && !separated (s, items[n_items - 1])))
    return n_items;
  if ((n = semicolon_segments (s, body, e, segs)) == stated &&
      read_items (s, segs, n, cue->form, TRUE, e, again) == stated)
    {
      memcpy (items, again, stated * sizeof (Range));
      return stated;
    }
  n = segments (s, body, e, FALSE, segs);
  if (n > stated && (n = merge_nested_series (s, segs, n)) >= stated &&
      read_items (s, segs, n, cue->form, cue->explicit, e, again) == stated)
    {
      memcpy (items, again, stated * sizeof (Range));
      return stated;
    }
  return n_items;
}

/* count_before_cue() unless the count word opens a longer number ("dua
 * belas perjanjian", phrase list lists_count_tail). */
static guint
counted_cue (Ctx        *ctx,
             const Sent *s,
             guint       cue)
{
  guint n = count_before_cue (s, cue);

  for (guint k = 0; n > 0 && k + 1 < cue; k++)
    if ((s->toks[k].flags & W_COUNT) && s->toks[k].value == n &&
        _ds_phrase_at (ctx, s, k + 1, PL_LISTS_COUNT_TAIL) == 1)
      return 0;
  return n;
}

/* Whether @r is a few capitalised words, with perhaps an "and" between
 * them and no article: "Labour", "Inovasi dan Teknologi", a part of a
 * name's own series, not a body's name (phrase list
 * questions_owner_head: "Komisi Air" is one). */
static gboolean
name_part (Ctx        *ctx,
           const Sent *s,
           Range       r)
{
  if (r.a >= r.b || r.b - r.a > 4 || _ds_phrase_at (ctx, s, r.a, PL_QUESTIONS_OWNER_HEAD) > 0)
    return FALSE;
  for (guint k = r.a; k < r.b; k++)
    if (s->toks[k].type != TOK_WORD || (!s->toks[k].cap && !is_and (&s->toks[k])) ||
        (s->toks[k].cap && (s->toks[k].flags & W_FUNCTION)))
      return FALSE;
  return s->toks[r.a].cap && s->toks[r.b - 1].cap;
}

/* Whether only a comma, an "and" or both part items @x and @y; @comma_and
 * set when both do (the list's own final "and"). */
static gboolean
items_adjacent (const Sent *s,
                Range       x,
                Range       y,
                gboolean   *comma_and)
{
  guint i = x.b;

  *comma_and = FALSE;
  if (i < y.a && _ds_tok_is_punct (&s->toks[i], ','))
    {
      i++;
      *comma_and = i < y.a;
    }
  if (i < y.a && is_and (&s->toks[i]))
    i++;
  else
    *comma_and = FALSE;
  return i == y.a && y.a > x.b;
}

/* "tiga lembaga, yaitu Badan Riset, Inovasi dan Teknologi, Dewan …",
 * "two instruments, including the Charter on Trade, Labour and Social
 * Rights": a name that holds a series of its own was cut into items.
 * When the source counts fewer items than were read, the one run of
 * capitalised parts after a capitalised name, closed by its own "and"
 * (no comma before it: that one is the list's), joins that name. Only
 * when one such run gives the count (an aside of examples: at most the
 * count). Returns the number of items. */
static guint
join_comma_names (Ctx        *ctx,
                  const Sent *s,
                  guint       stated,
                  gboolean    partial,
                  Range      *items,
                  guint       n)
{
  guint found = G_MAXUINT, found_len = 0;

  if (stated == 0 || n <= stated)
    return n;
  for (guint k = 0; k + 1 < n; k++)
    {
      Range head = items[k];

      if (head.b - head.a < 2 || !s->toks[head.b - 1].cap || !s->toks[head.a].cap)
        continue;
      for (guint m = k + 1; m < n; m++)
        {
          gboolean comma_and, closed = FALSE;
          guint len = m - k;

          if (!name_part (ctx, s, items[m]) || !items_adjacent (s, items[m - 1], items[m], &comma_and) ||
              comma_and)
            break;
          for (guint j = items[m].a; j < items[m].b; j++)
            closed |= is_and (&s->toks[j]);
          closed |= is_and (&s->toks[items[m].a - 1]);
          if (!closed)
            continue;
          if (partial ? n - len > stated : n - len != stated)
            break;
          /* (A name goes on to the list's comma or its end.) */
          if (m + 1 < n && !_ds_tok_is_punct (&s->toks[items[m].b], ','))
            break;
          if (found != G_MAXUINT)
            return n;
          found = k;
          found_len = len;
          break;
        }
    }
  if (found == G_MAXUINT)
    return n;
  items[found].b = items[found + found_len].b;
  memmove (&items[found + 1], &items[found + found_len + 1], (n - found - found_len - 1) * sizeof (Range));
  return n - found_len;
}

/* "Twelve treaties, including A, B and C, bind the region": an aside of
 * examples names some of the counted ones; the count is not the list's. */
static void
partial_examples_count (const Sent *s,
                        guint       i,
                        const Cue  *cue,
                        DsClaim    *claim,
                        guint       n_items)
{
  if (cue->form != DS_LIST_FORM_EXAMPLES || i == 0 || !_ds_tok_is_punct (&s->toks[i - 1], ',') ||
      claim->stated_count <= n_items)
    return;
  claim->stated_count = 0;
  g_clear_pointer (&claim->count_word, g_free);
}

/* 'The motto was simple: "check first, then share".': an item that
 * opens or closes a quotation it does not hold whole was cut out of one
 * slogan at its comma. */
static gboolean
split_quote (const Sent  *s,
             const Range *items,
             guint        n_items)
{
  for (guint k = 0; k < n_items; k++)
    {
      guint quotes = 0;

      for (guint t = items[k].a > 0 ? items[k].a - 1 : 0; t < items[k].b + 1 && t < s->n; t++)
        quotes += _ds_tok_is_punct (&s->toks[t], '"');
      if (quotes % 2 == 1)
        return TRUE;
    }
  return FALSE;
}

/* "dapat dibaca secara keras atau secara lunak", "… secara tegas;
 * lentur": items that each say how (phrase list lists_manner_word, or
 * one adverb) name no things to list. */
static gboolean
manner_items (Ctx         *ctx,
              const Sent  *s,
              const Range *items,
              guint        n_items)
{
  for (guint k = 0; k < n_items; k++)
    {
      const Tok *t = &s->toks[items[k].a];
      /* ("strictly", "loosely"; not "supply", "assembly", "monopoly",
       * "family": an English adverb in -ly the lexicon does not hold.) */
      gboolean ly = ctx->english && t->type == TOK_WORD && !t->cap && t->len > 5 &&
                    ds_ascii_strncasecmp (t->p + t->len - 2, "ly", 2) == 0 &&
                    !strchr ("pboi", ds_ascii_tolower (t->p[t->len - 3]));

      if (!(items[k].b == items[k].a + 1 && (((t->flags & W_ADV) && !(t->flags & W_NOUN)) || ly)) &&
          _ds_phrase_at (ctx, s, items[k].a, PL_LISTS_MANNER_WORD) == 0)
        return FALSE;
    }
  return n_items > 0;
}

/* "misalnya di bidang perikanan, kehutanan, dan pariwisata", "for
 * example in the fields of fisheries, forestry and tourism": the
 * preposition (and a domain noun of the phrase list lists_shared_domain)
 * before the first item frames them all; the item is "perikanan". */
static void
shared_domain (Ctx        *ctx,
               const Sent *s,
               Range      *items,
               guint       n_items)
{
  guint a = items[0].a + 1, n;

  if (n_items < 3 || items[0].b < items[0].a + 2 || !(s->toks[items[0].a].flags & W_PREP) ||
      s->toks[items[0].a + 1].type != TOK_WORD)
    return;
  for (guint k = 1; k < n_items; k++)
    if (s->toks[items[k].a].flags & (W_PREP | W_ANAPHOR | W_PRONOUN))
      return;
  for (guint k = items[0].a; k < items[0].b; k++)
    if (s->toks[k].type != TOK_WORD)
      return;
  if ((n = _ds_phrase_at (ctx, s, a, PL_LISTS_SHARED_DOMAIN)) > 0)
    a += n;
  /* ("untuk membangun jalan, jembatan, …": the verb is shared too.) */
  if (a < items[0].b && !s->toks[a].verb)
    items[0].a = a;
}

/* "Setidaknya ada tujuh bentuk sanksi, mulai dari embargo senjata hingga
 * pembekuan aset", "Sanctions vary widely, ranging from arms embargoes to
 * asset freezes": two ends of a range list nothing, but span it; asked
 * "Bentuk sanksi mulai dari apa sampai apa?" with the span as the answer,
 * when what spans it is a counted noun phrase before the comma or the
 * noun phrase that opens the sentence. */
static gboolean
commit_range_fact (Ctx         *ctx,
                   Sent        *s,
                   guint        i,
                   const Range *items)
{
  guint c = i, start, end, b = 0;
  g_autofree char *what = NULL;
  DsClaim *claim;

  /* (Figures keep their own cards: "mulai dari 5 juta sampai 12 juta".) */
  if (s->toks[items[0].a].type == TOK_NUMBER || s->toks[items[1].a].type == TOK_NUMBER)
    return FALSE;
  while (c > 0 && _ds_tok_is_punct (&s->toks[c - 1], ','))
    c--;
  start = _ds_np_start (s, 0, c, &end);
  /* "tujuh bentuk sanksi ekonomi, mulai dari …" ("empat pilar" alone
   * says too little to ask by). */
  if (start > 0 && start + 2 <= end && end == c && (s->toks[start - 1].flags & W_COUNT) && end - start <= 5)
    what = _ds_phrase_dup (s, start, end, TRUE);
  else
    {
      /* "Sanksi ekonomi sangat beragam, mulai dari …": the opening noun
       * phrase, its verb and at most two words more before the comma
       * ("… memiliki dimensi yang sangat luas" ranges its object). */
      /* ("Dampak sanksi terhadap warga biasa", "The effects on ordinary
       * citizens": a preposition inside the phrase is its own.) */
      for (b = 0; b < c && b <= 5 && s->toks[b].type == TOK_WORD && !s->toks[b].verb &&
                  !(s->toks[b].flags & (W_AUX | W_ADV | W_PRONOUN | W_ANAPHOR | W_CUE_DEF | W_CONJ)) &&
                  !(b == 0 && (s->toks[b].flags & W_PREP)); b++)
        ;
      if (b == 0 || b > 5 || b >= c || c - b > 3 || !(s->toks[b].verb || (s->toks[b].flags & (W_AUX | W_ADV))) ||
          (b == 1 && _ds_tok_is_article (&s->toks[0])) || (s->toks[0].flags & (W_FUNCTION & ~W_DET)))
        return FALSE;
      for (guint k = b; k < c; k++)
        if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_DET | W_COUNT | W_PREP)))
          return FALSE;
      /* ("Economic sanctions vary widely": a verb the lexicon does not
       * know is no part of the noun phrase.) */
      if (ctx->english && !s->toks[b].verb && !(s->toks[b].flags & W_AUX))
        return FALSE;
      what = _ds_phrase_dup (s, 0, b, TRUE);
    }
  if (what == NULL || *what == '\0')
    return FALSE;
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_CUE, items[0].a, items[1].b);
  claim->question = ds_lang_expand (ctx->lang, "range_question", "what", what, NULL);
  if (claim->question != NULL && *claim->question != '\0')
    claim->question[0] = g_ascii_toupper (claim->question[0]);
  _ds_toks_mark_used (s, i, items[1].b);
  return _ds_claim_commit (ctx, claim);
}

/* "Contohnya adalah A, B, dan C.", "Beberapa contohnya antara lain …",
 * "Examples are A, B and C." opening a paragraph under a heading: the
 * words before the cue at @i are only a bare examples word (phrase list
 * lists_examples_bare, after a vague count), whose owner is the heading;
 * the list is of its examples, whatever the cue ("adalah", "are" too),
 * asked "Apa saja contoh-contoh kedutaan digital?". Not after a sentence
 * of the same paragraph, whose thing "-nya" may point at. */
static gboolean
examples_of_heading (Ctx        *ctx,
                     const Sent *s,
                     guint       i)
{
  guint k = 0, n;

  if (ctx->topic == NULL || i == 0 || (ctx->prev.p != NULL && ctx->prev.block == s->block) ||
      !_ds_gate_head_ok (ctx, ctx->topic) || g_strcmp0 (ctx->topic, ctx->essay_id) == 0)
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, 0, PL_LISTS_VAGUE_COUNT)) > 0)
    k = n;
  return k + 1 == i && _ds_phrase_at (ctx, s, k, PL_LISTS_EXAMPLES_BARE) == 1;
}

static gboolean
read_cue_list (Ctx       *ctx,
               Sent      *s,
               guint      i,
               const Cue *cue)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint e = cue->end > 0 ? cue->end : _ds_body_end (s);
  guint n_segs, n_items, body = cue->body, colon = 0, count, list_end;
  gboolean split_to = FALSE;
  DsClaim *claim;

  if (cue->body >= e)
    return FALSE;
  if ((count = counted_colon (s, body, e, &colon)) > 0)
    body = colon + 1;
  n_segs = segments (s, body, e, cue->range, segs);
  if (ctx->english && n_segs > 2)
    n_segs = merge_campus (ctx, s, segs, n_segs);
  n_segs = close_example_aside (s, i, cue, segs, n_segs);
  if (n_segs > 3)
    n_segs = merge_example_series (ctx, s, segs, n_segs);
  /* "ASEAN berperan sebagai forum koordinasi, tetapi prinsip
   * nonintervensi masih membatasi …", "…, but …": a contrast after a
   * comma (phrase list contrast_conj) ends the roles; it is no role. */
  for (guint k = 1; cue->role && k < n_segs; k++)
    if (segs[k].a < segs[k].b && _ds_phrase_at (ctx, s, segs[k].a, PL_CONTRAST_CONJ) > 0)
      {
        n_segs = k;
        break;
      }
  /* "berperan sebagai fasilitator, terutama dalam isu usaha mikro,
   * kecil, dan menengah", "acts as a broker, especially for traders,
   * craft makers and farmers": a focus adverb before a preposition
   * (phrase list list_focus_qualifier) narrows the item before it; the
   * series after it is the qualifier's, no items of the list. A
   * relative word after a comma (phrase list list_item_relative: "bodies
   * such as the Radio Standards Forum, where American and Asian firms
   * cooperate", "…, di mana perusahaan … bekerja sama") opens a clause
   * about the item before (in Indonesian, with a verb after it: "sekolah,
   * tempat ibadah, dan pasar" is a series); the list ends there too, and
   * its "and" joins no items. */
  for (guint k = 1; k < n_segs; k++)
    {
      guint q = segs[k].a < segs[k].b ? _ds_phrase_at (ctx, s, segs[k].a, PL_LIST_FOCUS_QUALIFIER) : 0;

      if ((q > 0 && segs[k].a + q < segs[k].b && (s->toks[segs[k].a + q].flags & W_PREP) &&
           !(s->toks[segs[k].a + q].flags & W_CONJ)) ||
          (segs[k].a + 1 < segs[k].b && _ds_phrase_at (ctx, s, segs[k].a, PL_LIST_ITEM_RELATIVE) > 0 &&
           (ctx->english || verb_from (s, segs[k].a + 1, e))))
        {
          n_segs = k;
          break;
        }
    }
  /* (Whatever regroups the items stays inside the closed aside.) */
  list_end = n_segs > 0 ? segs[n_segs - 1].b : e;
  /* "consists of five countries, namely A, B …": the list is the later
   * cue's. */
  for (guint k = 1; k < n_segs; k++)
    if (segs[k].a < segs[k].b && (s->toks[segs[k].a].flags & W_CUE_NAMING) &&
        !(s->toks[segs[k].a].flags & W_AUX) && !s->toks[segs[k].a].verb)
      return FALSE;
  /* One long phrase after "plays the role of": one role, whatever "and"
   * joins inside it. */
  if (cue->role && n_segs == 1 && segs[0].b - segs[0].a > 6)
    return commit_single_role (ctx, s, i, &segs[0]);
  /* "to draft, within two years, a code; to publish, every spring, a
   * report; and to train inspectors", "a treaty, once signed, binds; a
   * court, once trusted, settles": semicolons part the items, and the
   * commas stand inside them (an aside, a series of the item's own). */
  if (!cue->role && !cue->range)
    {
      Range semi[MAX_SEGMENTS];
      guint n_semi = semicolon_segments (s, body, list_end, semi), stated = count_before_cue (s, i);

      if (n_semi >= 2 && (stated == 0 || stated == n_semi) && n_semi < n_segs)
        {
          memcpy (segs, semi, n_semi * sizeof (Range));
          n_segs = n_semi;
        }
    }
  if (!cue->role && !cue->range && n_segs == 1)
    {
      Range joined[MAX_SEGMENTS];
      guint n_joined = joiner_segments (s, body, list_end, count > 0 ? s->toks[count].value : label_count (s, i), joined);

      if (n_joined >= 2)
        {
          memcpy (segs, joined, n_joined * sizeof (Range));
          n_segs = n_joined;
        }
    }
  /* "ranging from Mombasa to Port Louis, and distant-water vessels …":
   * a range whose first part holds its "to" ends there; what follows
   * the comma is another clause. */
  for (guint k = segs[0].a + 1; cue->range && ctx->english && n_segs > 1 && k + 1 < segs[0].b; k++)
    if (_ds_tok_is (&s->toks[k], "to"))
      n_segs = 1;
  /* "ranging from arms embargoes to asset freezes": English parts the
   * ends of a range with "to". */
  if (cue->range && ctx->english && n_segs == 1)
    for (guint k = segs[0].a + 1; k + 1 < segs[0].b; k++)
      if (_ds_tok_is (&s->toks[k], "to"))
        {
          segs[1] = (Range) { k + 1, segs[0].b };
          segs[0].b = k;
          n_segs = 2;
          split_to = TRUE;
          break;
        }
  n_items = read_items (s, segs, n_segs, cue->form, cue->explicit || cue->range, e, items);
  shared_domain (ctx, s, items, n_items);
  if (split_quote (s, items, n_items) || manner_items (ctx, s, items, n_items))
    return FALSE;
  if (!cue->role && !cue->range)
    n_items = counted_regroup (s, i, body, list_end, cue, items, n_items);
  if (!cue->role && !cue->range)
    n_items = join_comma_names (ctx, s, counted_cue (ctx, s, i),
                                cue->form == DS_LIST_FORM_EXAMPLES && i > 0 && _ds_tok_is_punct (&s->toks[i - 1], ','),
                                items, n_items);
  if (!cue->role)
    regroup_name_and (ctx, s, items, n_items);
  if (cue->role && n_items == 1)
    return commit_single_role (ctx, s, i, &items[0]);
  drop_parallel_subjects (s, items, n_items);
  /* (Two ends and nothing between are no items to list, however long.) */
  if (n_items == 2 && cue->range && commit_range_fact (ctx, s, i, items))
    return TRUE;
  /* (Two ends parted by "to" are asked as a range or not at all; "from
   * A to B and C" lists three, as "mulai dari A, B, hingga C" does.) */
  if (split_to && n_items < 3)
    return FALSE;
  /* "tidak ada hari libur", "belum ada tarif bersama", "not enough
   * staff": the negation that strip_conj() took for an adverb before the
   * verb is the item's (phrase lists contrast_not, lists_negation). */
  for (guint k = 0; k < n_items; k++)
    if (items[k].a > body &&
        (_ds_phrase_at (ctx, s, items[k].a - 1, PL_CONTRAST_NOT) == 1 ||
         _ds_phrase_at (ctx, s, items[k].a - 1, PL_LISTS_NEGATION) == 1) &&
        !_ds_tok_is_punct (&s->toks[items[k].a - 1], ','))
      items[k].a--;
  /* "… untuk perusahaan seperti penyedia komputasi awan, tidak diatur
   * dalam …, padahal …", "… firms such as cloud providers, are not
   * covered …": examples name things; an item after a comma that opens
   * on a negation is the sentence's predicate, and the examples ended
   * before it. */
  if (cue->form == DS_LIST_FORM_EXAMPLES)
    for (guint k = 1; k < n_items; k++)
      if (items[k].a > body && _ds_tok_is_punct (&s->toks[items[k].a - 1], ',') &&
          (_ds_phrase_at (ctx, s, items[k].a, PL_CONTRAST_NOT) > 0 ||
           _ds_phrase_at (ctx, s, items[k].a, PL_LISTS_NEGATION) > 0))
        {
          n_items = k;
          break;
        }
  if (n_items < 2 || !enough_items (s, i, cue, items, n_items) || explains_predicate (s, i, cue, items, n_items) ||
      method_clauses (ctx, s, i, items, n_items) || clause_items (s, items, n_items))
    return FALSE;
  if ((s->toks[i].flags & W_CUE_DEF) && !cue->explicit && !list_after_definer (s, i, items, n_items) &&
      !examples_of_heading (ctx, s, i))
    return FALSE;
  for (guint k = 0; k < n_items; k++)
    if (used_outside_brackets (s, items[k]))
      return FALSE;

  claim = _ds_claim_new (ctx, cue->role ? DS_CLAIM_ROLE : DS_CLAIM_ENUMERATION,
                         cue->role ? DS_CLAIM_RULE_ROLES : DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, i, cue->body);
  for (guint k = 0; k < n_items; k++)
    add_range (claim, s, items[k]);

  if (cue->role)
    {
      guint start, end;

      claim->form = describe_roles (ctx, s, claim, i) ? DS_LIST_FORM_NAMING : DS_LIST_FORM_NONE;
      start = _ds_np_start (s, 0, i, &end);
      if (start > 0)
        read_count_tok (ctx, s, start - 1, claim);
    }
  else
    {
      _ds_list_describe (ctx, s, claim, i, cue->body, cue->form, cue->range, &ctx->prev);
      if (claim->subject == NULL && examples_of_heading (ctx, s, i))
        {
          const char * const *noun = ds_lang_get_phrases (ctx->lang, "lists_examples_noun");
          g_autofree char *topic = _ds_heading_phrase (ctx, ctx->topic, NULL);

          if (noun[0] != NULL && topic != NULL)
            {
              claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", noun[0], "owner", topic, NULL);
              claim->form = DS_LIST_FORM_NAMING;
              g_clear_pointer (&claim->lead, g_free);
            }
        }
      attribute_subject (ctx, s, claim);
      if (!doing_named (ctx, s, i, claim, items, n_items) &&
          !countries_own_examples (ctx, s, i, claim, items, n_items) &&
          !aside_before_predicate (ctx, s, i, claim, items, n_items))
        examples_as_actions (ctx, s, i, claim, items, n_items);
    }
  if (count > 0 && claim->stated_count == 0)
    counted_subject (ctx, s, claim, count, colon);
  /* "antara sepuluh negara …, mulai dari A hingga B", "among ten states
   * …, from A to B": a range spans what it lists, and a count before it
   * is of another noun. */
  if (cue->range && claim->stated_count > 0)
    {
      claim->stated_count = 0;
      g_clear_pointer (&claim->count_word, g_free);
    }
  /* "two instruments, including A, B and C": an aside of examples
   * names at most the counted ones; more were read wrong. */
  if (cue->form == DS_LIST_FORM_EXAMPLES && i > 0 && _ds_tok_is_punct (&s->toks[i - 1], ',') &&
      claim->stated_count >= 2 && n_items > claim->stated_count)
    claim->form = DS_LIST_FORM_NONE;
  partial_examples_count (s, i, cue, claim, n_items);
  /* "four moves: Stop, Investigate the source, Find …, and Trace …" read
   * as two items, with words left after the second: the rest was misread,
   * not missing, and a counted list given in part is no card. */
  if (claim->stated_count > n_items && cue->form != DS_LIST_FORM_EXAMPLES &&
      items[n_items - 1].b + 1 < _ds_body_end (s))
    claim->form = DS_LIST_FORM_NONE;
  if (claim->form == DS_LIST_FORM_NONE)
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  _ds_list_add_count_warnings (claim, NULL);
  _ds_toks_mark_used (s, i, items[n_items - 1].b);
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* "hak memilih", "larangan berlabuh", "kebebasan berpendapat": in
 * Indonesian a verb right after a noun of the phrase list complement_noun
 * is that noun's complement, no verb of the sentence; the list after the
 * cue is read with such verbs taken for words of their item ("Sanksi
 * dapat berupa teguran, pencabutan izin, dan larangan berlabuh" kept
 * "larangan" only, "antara lain kebebasan berpendapat, kebebasan
 * berkumpul, …" stopped at the second item). */
static gboolean
try_cue_list (Ctx       *ctx,
              Sent      *s,
              guint      i,
              const Cue *cue)
{
  guint hidden[MAX_SEGMENTS], n_hidden = 0, e = _ds_body_end (s);
  gboolean found, predicate = (s->toks[i].flags & W_CUE_NAMING) != 0;

  /* ("Instrumen seperti tarif, kuota, dan larangan berlaku sejak 2020":
   * with no verb before it, the list is the subject, and a verb after its
   * last item the sentence's; one before a comma is still an item's.) */
  for (guint k = 0; k < i && !predicate; k++)
    predicate = s->toks[k].verb || (s->toks[k].flags & W_AUX);
  for (guint k = cue->body + 1; !ctx->english && k < e && n_hidden < MAX_SEGMENTS; k++)
    if (s->toks[k].verb && !s->toks[k].cap && !(s->toks[k].flags & W_AUX) && s->toks[k - 1].type == TOK_WORD &&
        !s->toks[k - 1].cap && (predicate || (k + 1 < e && _ds_tok_is_punct (&s->toks[k + 1], ','))) &&
        _ds_phrase_at (ctx, s, k - 1, PL_COMPLEMENT_NOUN) == 1)
      {
        s->toks[k].verb = FALSE;
        hidden[n_hidden++] = k;
      }
  found = read_cue_list (ctx, s, i, cue);
  for (guint k = 0; k < n_hidden; k++)
    s->toks[hidden[k]].verb = TRUE;
  return found;
}

/* "Biaya yang terus naik, serangan terhadap konvoi, dan sikap tuan rumah
 * yang memusuhi tentara asing.": a sentence that is nothing but a series
 * of noun phrases, no verb of its own (a relative clause's aside); its
 * items go into @claim (NULL: only counted). How many, or 0 when the
 * sentence says more. */
guint
_ds_series_items (const Sent *s,
                  DsClaim    *claim)
{
  Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), n;

  if (s->question || s->has_colon || e < 3 || s->toks[0].type != TOK_WORD ||
      (s->toks[0].flags & (W_FUNCTION & ~W_DET)) || (s->flags & W_ORDINAL))
    return 0;
  n = read_items (s, segs, segments (s, 0, e, FALSE, segs), DS_LIST_FORM_NAMING, TRUE, e, items);
  if (n < 2 || items[n - 1].b + 1 < e)
    return 0;
  for (guint k = 0; k < n; k++)
    if (has_verb (s, items[k]) || starts_with_verb (s, items[k]) || _ds_toks_any_used (s, items[k].a, items[k].b))
      return 0;
  for (guint k = 0; claim != NULL && k < n; k++)
    add_range (claim, s, items[k]);
  return n;
}

/* Whether the owner [@a, @b) that stands for @name is "It" or names
 * its head noun ("Komisi ini", "The commission" for "Komisi Sungai
 * Meranti", "the Meranti River Commission"): "Lembaga ini" after
 * "Undang-undang membentuk lembaga khusus" is the body the law set up,
 * not the law. */
static gboolean
points_at_name (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b,
                const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  const Tok *noun;
  const char *head;

  if (b == a + 1)
    return _ds_phrase_at (ctx, s, a, PL_THING_PRONOUN) == 1;
  if (b != a + 2 || n < 2)
    return FALSE;
  noun = &s->toks[ctx->english ? a + 1 : a];
  head = words[ctx->english ? n - 1 : (g_ascii_strcasecmp (words[0], "the") == 0 ? 1 : 0)];
  return strlen (head) == noun->len && ds_ascii_strncasecmp (head, noun->p, noun->len) == 0;
}

/* "Tim ini bertugas menerima laporan, menganalisis …, dan memulihkan …",
 * "Pemilik data berhak mengakses …", "The agency is responsible for
 * collecting …": the actor's duties or rights, named by the language's
 * phrase list duty_verb ("bertugas tugas": the verb and the noun the list
 * is of). */
static gboolean
try_duty_list (Ctx  *ctx,
               Sent *s,
               guint i)
{
  const char *noun = _ds_lexicon_other_forms (ctx, &s->toks[i], "duty_verb");
  Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), body = i + 1, hi = i, start, end, n_segs, n_items;
  g_autofree char *actor = NULL;
  DsClaim *claim;

  if (noun == NULL)
    return FALSE;
  /* "The agency is responsible for …", not "ministers responsible for X
   * meet …": an English adjective needs its copula. */
  if (ctx->english && !(s->toks[i - 1].flags & (W_AUX | W_CUE_DEF | W_ADV)))
    return FALSE;
  while (body < e && (s->toks[body].flags & W_PREP))
    body++;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX | W_CUE_DEF)))
    hi--;
  if (hi > 0 && (s->toks[hi - 1].flags & W_RELATIVE))
    return FALSE;
  start = _ds_np_start (s, 0, hi, &end);
  /* "Komisi Sungai Meranti dibentuk pada 2004. Komisi ini bertugas …",
   * "… The commission is tasked with …": the name the sentence before
   * began with is the actor. */
  if (body < e && start < hi && (actor = anaphor_owner (ctx, s, start - the_before (s, start), hi)) != NULL &&
      points_at_name (ctx, s, start - the_before (s, start), hi, actor))
    start -= the_before (s, start), end = hi;
  else if (body >= e || start >= end || end != hi || !subject_usable (s, start, end) || negated_subject (ctx, s, start))
    return FALSE;
  /* The actor opens its clause ("The agency is responsible …"). */
  else if (_ds_clause_start (s, start) != start &&
           !(start > 0 && _ds_tok_is (&s->toks[start - 1], "the") && _ds_clause_start (s, start - 1) == start - 1))
    return FALSE;
  n_segs = segments (s, body, e, FALSE, segs);
  n_items = read_items (s, segs, n_segs, DS_LIST_FORM_NAMING, TRUE, e, items);
  if (n_items < 2 || _ds_toks_any_used (s, body, items[n_items - 1].b))
    return FALSE;
  /* "tasked with drafting …, and with training inspectors": the cue's
   * preposition said again before an item is no part of it. */
  for (guint k = 1; k < n_items && body > i + 1; k++)
    if (items[k].a + 1 < items[k].b && s->toks[items[k].a].len == s->toks[body - 1].len &&
        ds_ascii_strncasecmp (s->toks[items[k].a].p, s->toks[body - 1].p, s->toks[body - 1].len) == 0)
      items[k].a++;
  /* "berhak menggugat dan menerima ganti rugi atas …", "responsible for
   * drafting and enforcing the rules": a lone verb joined to the verb
   * of an object shares that object; the two are one duty or right, no
   * list. */
  if (n_items == 2 && items[0].b == items[0].a + 1 && items[1].b > items[1].a + 2)
    return FALSE;
  /* Duties and rights are things to do: every item starts with its verb
   * ("menetapkan … seperti akses ilegal dan penipuan …" is one duty). */
  for (guint k = 0; k < n_items && !ctx->english; k++)
    if (!starts_with_verb (s, items[k]))
      return FALSE;
  /* "The unit is tasked with …": the responsibilities of the unit, not
   * "of unit"; English keeps the article in its owner. */
  if (actor == NULL)
    actor = _ds_phrase_dup (s, ctx->english ? start - the_before (s, start) : start, end, TRUE);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, i, body);
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", actor, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  for (guint k = 0; k < n_items; k++)
    add_range (claim, s, items[k]);
  _ds_toks_mark_used (s, start, items[n_items - 1].b);
  return _ds_claim_commit (ctx, claim);
}

/* "Malawi: signed 2011, ratified 2014", "Brasil: tanda tangan 1994,
 * ratifikasi 1997": a short head and its colon over what it did and
 * when; the commas part steps of a status, no items of a list. */
static gboolean
note_status_line (Sent      *s,
                  guint      i,
                  const Cue *cue)
{
  if (!cue->explicit || i == 0 || i > 5 || !s->first || !_ds_tok_is_punct (&s->toks[i], ':') ||
      !_ds_note_status (s, cue->body))
    return FALSE;
  _ds_toks_mark_used (s, 0, i + 1);
  return TRUE;
}

void
_ds_find_duty_lists (Ctx  *ctx,
                     Sent *s)
{
  /* Only a duty verb starts one: told by the lexicon before the rest is
   * set up for every word. */
  if (!_ds_sent_may_start (s, HOT_DUTY_VERB))
    return;
  for (guint i = 1; i + 3 < s->n; i++)
    if (s->toks[i].type == TOK_WORD && !s->toks[i].used &&
        _ds_lexicon_other_forms (ctx, &s->toks[i], "duty_verb") != NULL && try_duty_list (ctx, s, i))
      return;
}

/* ------------------------------------------------------------------ */
/* "BSSN menangani A, B, dan C", "The forum brings together A, B and C" */

/* Words an item of an object series may hold. */
#define OBJECT_ITEM_MAX_WORDS 6

/* The Indonesian passive of an active "meN-" verb, folded @w ("menangani"
 * → "ditangani"), or NULL: only where the prefix tells the stem's first
 * letter. A vowel after "mem", "meng" may begin the stem or stand for a
 * dropped "p", "k" ("memuat", "memilih"; "mengatur", "mengelola"), and the
 * question keeps the active verb then; after "men" it stands for a dropped
 * "t" but in the few stems that begin with "n" (phrase list
 * lists_object_n_stem: "menilai"). */
static char *
id_passive (Ctx        *ctx,
            const char *w)
{
  const char * const *n_stems = ds_lang_get_phrases (ctx->lang, "lists_object_n_stem");

  if (strlen (w) < 5 || strncmp (w, "me", 2) != 0)
    return NULL;
  if (g_str_has_prefix (w, "memper") && strlen (w) > 7)
    return g_strconcat ("di", w + 3, NULL);
  if (strchr ("lrwy", w[2]) != NULL)
    return g_strconcat ("di", w + 2, NULL);
  if (w[2] == 'm' && strchr ("bfvp", w[3]) != NULL)
    return g_strconcat ("di", w + 3, NULL);
  if (w[2] != 'n')
    return NULL;
  if (w[3] == 'y' && strchr ("aeiou", w[4]) != NULL)
    return g_strconcat ("dis", w + 4, NULL);
  if (w[3] == 'g' && strchr ("ghk", w[4]) != NULL)
    return g_strconcat ("di", w + 4, NULL);
  if (strchr ("cdjz", w[3]) != NULL)
    return g_strconcat ("di", w + 3, NULL);
  if (strchr ("aeiou", w[3]) != NULL)
    return n_stems != NULL && g_strv_contains (n_stems, w) ? g_strconcat ("di", w + 2, NULL)
                                                          : g_strconcat ("dit", w + 3, NULL);
  return NULL;
}

/* The base of an English verb in "-s" ("brings" → "bring", "supplies" →
 * "supply", "has" → "have"), or NULL for a word that is no such form
 * ("process", "focus", "analysis", "policy"). */
static char *
en_base (const char *w)
{
  gsize n = strlen (w);

  if (strcmp (w, "has") == 0)
    return g_strdup ("have");
  if (strcmp (w, "does") == 0 || strcmp (w, "goes") == 0)
    return g_strndup (w, 2);
  if (n < 4 || w[n - 1] != 's' || strchr ("suiy'", w[n - 2]) != NULL)
    return NULL;
  if (n > 4 && g_str_has_suffix (w, "ies"))
    {
      char *base = g_strndup (w, n - 2);

      base[n - 3] = 'y';
      return base;
    }
  if (g_str_has_suffix (w, "sses") || g_str_has_suffix (w, "shes") || g_str_has_suffix (w, "ches") ||
      g_str_has_suffix (w, "xes") || g_str_has_suffix (w, "zes"))
    return g_strndup (w, n - 2);
  return g_strndup (w, n - 1);
}

/* Whether token @k may be the verb of an object series: Indonesian an
 * active "meN-" verb ("memiliki", an auxiliary to the lexicon, too),
 * English a lower-case word in "-s" or a past; a verb that links its
 * subject to a description (phrase list lists_object_verb_not:
 * "menjadi", "merupakan", "remains", "seems") is none. */
static gboolean
object_verb (Ctx        *ctx,
             const Sent *s,
             guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD || t->cap || t->len < 3 ||
      (t->flags & ((W_FUNCTION & ~W_AUX) | W_PRONOUN | W_COUNT | W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_DEF)))
    return FALSE;
  /* (The phrase list is read last: most words are passed before it.) */
  if (!ctx->english)
    return (t->verb || (t->flags & W_AUX)) && ds_ascii_strncasecmp (t->p, "me", 2) == 0 &&
           _ds_phrase_at (ctx, s, k, PL_LISTS_OBJECT_VERB_NOT) == 0;
  if (_ds_phrase_at (ctx, s, k, PL_LISTS_OBJECT_VERB_NOT) > 0)
    return FALSE;
  if (t->flags & W_AUX)
    return _ds_tok_is (t, "has") || _ds_tok_is (t, "have");
  /* ("can also impose": after a modal, the verb's base.) */
  for (guint m = k; m > 0; m--)
    if (!(s->toks[m - 1].flags & W_ADV))
      {
        if (_ds_phrase_at (ctx, s, m - 1, PL_LISTS_OBJECT_MODAL) == 1)
          return TRUE;
        break;
      }
  if (t->verb)
    return TRUE;
  /* ("Regional blocs can impose …", "Joint drills now test …": a word in
   * "-s" before a modal, an adverb or a verb is the subject's plural.) */
  if (k + 1 < s->n && s->toks[k + 1].type == TOK_WORD &&
      ((s->toks[k + 1].flags & (W_AUX | W_ADV)) || s->toks[k + 1].verb) &&
      _ds_phrase_at (ctx, s, k + 1, PL_LISTS_OBJECT_PARTICLE) == 0)
    return FALSE;
  return t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's';
}

/* Whether [@a, @b) is an item of an object series: a few words with no
 * verb, opening on no preposition, pronoun or number ("in 2019", "it",
 * "1998"). */
static gboolean
object_item (Ctx        *ctx,
             const Sent *s,
             Range       r)
{
  if (r.a >= r.b || _ds_count_words (s, r.a, r.b) > OBJECT_ITEM_MAX_WORDS || has_verb (s, r) ||
      starts_with_verb (s, r) ||
      (s->toks[r.a].flags & (W_PREP | W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT | W_MONTH | W_CONNECTIVE | W_ADV)) ||
      s->toks[r.a].type != TOK_WORD)
    return FALSE;
  for (guint k = r.a; k < r.b; k++)
    if (s->toks[k].type == TOK_PUNCT && s->toks[k].ch != '-' && s->toks[k].ch != '\'' && s->toks[k].ch != 0x2019)
      return FALSE;
  return TRUE;
}

/* Whether every item is a short name ("Nye, Keohane and Cull"): people
 * the subject met or quoted, which "what" does not ask for; countries and
 * acronyms ("Chile, Peru and Bolivia", "ASEAN, APEC dan G20") are things
 * a forum gathers. */
static gboolean
names_only (const Sent  *s,
            const Range *items,
            guint        n)
{
  for (guint k = 0; k < n; k++)
    {
      guint a = items[k].a, b = a;

      /* ("Wati sebagai pembicara utama": the last name, then its role.) */
      while (b < items[k].b && !(k + 1 == n && (s->toks[b].flags & W_PREP)))
        b++;
      if (_ds_tok_is_article (&s->toks[a]) || !s->toks[a].cap || (s->toks[a].flags & W_COUNTRY) ||
          _ds_tok_is_acronym (&s->toks[a]) || b - a > 2)
        return FALSE;
    }
  return TRUE;
}

/* Where the clause of a series starts: at @c, or past a phrase that
 * places it, up to its comma ("Sejak 2021, BSSN …", "In 2019, the
 * council …"); G_MAXUINT when that phrase holds a verb. */
static guint
series_clause (const Sent *s,
               guint       c,
               guint       e)
{
  guint k;

  if (!(s->toks[c].flags & W_PREP))
    return c;
  for (k = c + 1; k < e && k < c + 8 && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].verb || (s->toks[k].flags & W_AUX))
      return G_MAXUINT;
  return k < e && k < c + 8 ? k + 1 : G_MAXUINT;
}

/* The items of a series into @claim; the first one's capital is the
 * sentence's when it opens it ("Tariffs, quotas and …"), not a name's. */
static void
add_series_items (DsClaim     *claim,
                  const Sent  *s,
                  const Range *items,
                  guint        n)
{
  const Tok *t = &s->toks[items[0].a];

  for (guint k = 0; k < n; k++)
    add_range (claim, s, items[k]);
  if (items[0].a == 0 && t->cap && !_ds_tok_is_acronym (t) && !(t->flags & W_COUNTRY) &&
      (items[0].b == items[0].a + 1 || !s->toks[items[0].a + 1].cap))
    {
      DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, claim->items->len - n);

      item->text[0] = ds_ascii_tolower (item->text[0]);
    }
}

/* Whether the series is the names a noun of its first item is of
 * ("Patroli terkoordinasi Malaysia, Indonesia, dan Singapura dimulai …",
 * "the navies of Chile, Peru and Bolivia"): the first item ends on a name
 * after words of its own, every other item is a name. */
static gboolean
names_of_first (const Sent  *s,
                const Range *items,
                guint        n)
{
  if (items[0].b < items[0].a + 2 || !s->toks[items[0].b - 1].cap || s->toks[items[0].a + 1].cap)
    return FALSE;
  for (guint k = 1; k < n; k++)
    {
      guint a = items[k].a;

      while (a < items[k].b && (s->toks[a].flags & (W_CONJ | W_DET)))
        a++;
      if (a >= items[k].b || !s->toks[a].cap)
        return FALSE;
    }
  return TRUE;
}

/* "BSSN menangani deteksi insiden, pemulihan layanan, dan edukasi
 * publik.", "UU PDP mengatur …", "The forum brings together governments,
 * companies and civil society.": a subject, its verb and three or more
 * noun phrases to the sentence's end, with no cue word ("antara lain",
 * "such as") before them. Asked from the subject and the verb: "Apa saja
 * yang ditangani BSSN?", "What does the forum bring together?"; an
 * Indonesian verb whose passive the prefix does not tell, "BSSN mengelola
 * apa saja?"; an English past, by completing the clause ("Complete: The
 * forum adopted …"). The subject opens the clause after its links, or
 * points back to the name the sentence before began with ("Badan ini");
 * a series of subjects ("Nye, Keohane, dan Cull menulis …"), two
 * objects, a series of names of people or of years, and a verb that
 * links to a description ("menjadi", "remains") give none. */
void
_ds_find_object_series (Ctx  *ctx,
                        Sent *s)
{
  Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), v, a, b, end, n_segs, n_items;
  g_autofree char *actor = NULL;
  g_autofree char *word = NULL;
  g_autofree char *verb = NULL;
  g_autofree char *aux = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (s->question || s->has_colon || c == G_MAXUINT || e < c + 6 || !(s->flags & W_CONJ))
    return;
  if ((c = series_clause (s, c, e)) == G_MAXUINT || e < c + 6)
    return;
  /* The verb: within six words of the clause's start, past its subject
   * and any adverb or modal. */
  for (v = c + 1; v < e && v < c + 8; v++)
    if (s->toks[v].type != TOK_WORD || object_verb (ctx, s, v))
      break;
  if (v >= e || v >= c + 8 || s->toks[v].type != TOK_WORD || s->toks[v].used)
    return;
  for (a = v; a > c && (s->toks[a - 1].flags & (W_ADV | W_AUX)) && !(s->toks[a - 1].flags & W_PRONOUN); a--)
    if (_ds_phrase_at (ctx, s, a - 1, PL_LISTS_NEGATED_SUBJECT) > 0 || _ds_tok_is (&s->toks[a - 1], "tidak") ||
        _ds_tok_is (&s->toks[a - 1], "not") || _ds_tok_is (&s->toks[a - 1], "never") ||
        _ds_tok_is (&s->toks[a - 1], "belum") || _ds_tok_is (&s->toks[a - 1], "bukan"))
      return;
  /* ("can", "akan": a modal stays in the question; an adverb goes.) */
  for (guint k = a; k < v; k++)
    if ((s->toks[k].flags & W_AUX) && aux == NULL)
      aux = _ds_toks_dup (s, k, k + 1);
  if (a <= c || a - c > 6)
    return;
  /* The subject: a noun phrase that opens the clause. */
  b = _ds_np_start (s, c, a, &end);
  if (b < a && (actor = anaphor_owner (ctx, s, b - the_before (s, b), a)) != NULL &&
      points_at_name (ctx, s, b - the_before (s, b), a, actor))
    ;
  else if ((b += b < a && _ds_tok_is (&s->toks[b], "the")) != c + (ctx->english && _ds_tok_is (&s->toks[c], "the")) ||
           end != a || !subject_usable (s, b, a) || negated_subject (ctx, s, c) || !_ds_term_usable (s, b, a))
    return;
  else
    g_clear_pointer (&actor, g_free);
  /* ("Kementerian Komunikasi dan Digital": "dan" inside a name.) */
  for (guint k = c; k < a; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb ||
        ((s->toks[k].flags & W_CONJ) && !(k > c && k + 1 < a && s->toks[k - 1].cap && s->toks[k + 1].cap)))
      return;
  /* ("… and in Manila in turn": the sentence's adverb, read only once
   * a subject and its verb were found.) */
  e -= closing_adverb (s, c, e);
  b = v + 1;
  if (ctx->english && b < e && _ds_phrase_at (ctx, s, b, PL_LISTS_OBJECT_PARTICLE) == 1)
    b++;
  n_segs = segments (s, b, e, FALSE, segs);
  if (n_segs < 2)
    return;
  n_items = read_items (s, segs, n_segs, DS_LIST_FORM_NAMING, TRUE, e, items);
  if (n_items < 3 || items[0].a != b || items[n_items - 1].b + 1 < e || _ds_toks_any_used (s, c, e) ||
      names_only (s, items, n_items) || names_of_first (s, items, n_items))
    return;
  for (guint k = 0; k < n_items; k++)
    if (!object_item (ctx, s, items[k]))
      return;
  /* "memberi ruang bagi pendekatan yang lebih personal, responsif, dan
   * …", "sets out goals for trade, peace and …", "membantu warga yang
   * kehilangan …, terjerat …": a preposition or a relative in the first
   * item heads what the commas part, which are no objects of the verb. */
  for (guint k = items[0].a; k < items[0].b; k++)
    if (s->toks[k].flags & (W_PREP | W_RELATIVE | W_THAT))
      return;
  /* ("Joint drills now test …": a word in "-s" after one capitalised
   * word that opens the sentence is a plural as often as a verb; only a
   * name there is surely the subject.) */
  if (ctx->english && a == c + 1 && c == 0 && !_ds_tok_is_acronym (&s->toks[c]) &&
      !(s->toks[c].flags & W_COUNTRY) && !s->toks[v].verb)
    return;

  if (actor == NULL)
    actor = _ds_sentence_subject (s, c, a);
  word = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
  rest = b > v + 1 ? _ds_toks_dup (s, v + 1, b) : NULL;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, v, b);
  claim->subject = g_strdup (actor);
  claim->form = DS_LIST_FORM_NAMING;
  if (!ctx->english)
    {
      g_autofree char *passive = id_passive (ctx, word);
      g_autofree char *asked = g_strjoin (" ", aux != NULL ? aux : "", passive != NULL ? passive : word, NULL);

      question = ds_lang_expand (ctx->lang, passive != NULL ? "question_objects_passive" : "question_objects_active",
                                 "verb", g_strstrip (asked), "subject", actor, NULL);
    }
  else if ((verb = aux != NULL ? g_strdup (word) : en_base (word)) != NULL)
    {
      g_autofree char *asked = g_strjoin (" ", verb, rest != NULL ? rest : "", NULL);

      question = ds_lang_expand (ctx->lang, "question_objects", "aux", aux != NULL ? aux : "does",
                                 "verb", g_strstrip (asked), "subject", actor, NULL);
    }
  else
    {
      claim->form = DS_LIST_FORM_COMPLETE;
      set_lead (ctx, s, claim, b, b, NULL);
    }
  if (question != NULL)
    claim->question = ds_utf8_capitalize (question);
  add_series_items (claim, s, items, n_items);
  _ds_toks_mark_used (s, c, items[n_items - 1].b);
  _ds_claim_commit (ctx, claim);
}

/* "Hak akses, hak koreksi, dan hak penghapusan dijamin dalam UU PDP.",
 * "Tariffs, quotas and export bans were lifted after the deal.": three
 * or more noun phrases that open the clause, then a passive and what
 * places it; asked "Apa saja yang dijamin dalam UU PDP?", "What was
 * lifted after the deal?". Names of people ("Nye, Keohane, dan Cull
 * dikenal …") and years give none, nor an active verb after the series
 * (whose subjects the series are, no things done to). */
void
_ds_find_passive_series (Ctx  *ctx,
                         Sent *s)
{
  Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), c = _ds_clause_opening (s), v, a, n_segs, n_items;
  g_autofree char *verb = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *question = NULL;
  const char *be = NULL;

  if (s->question || s->has_colon || c == G_MAXUINT || !(s->flags & W_CONJ) ||
      (c = series_clause (s, c, e)) == G_MAXUINT || e < c + 8 || s->toks[c].type != TOK_WORD || (s->toks[c].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)))
    return;
  /* The passive: the first verb, after the last comma of the series. */
  for (v = c + 1; v < e && !(s->toks[v].type == TOK_WORD && (s->toks[v].verb || (s->toks[v].flags & W_AUX))); v++)
    ;
  if (v >= e || s->toks[v].used)
    return;
  a = v;
  if (ctx->english)
    {
      if (!(_ds_tok_is (&s->toks[v], "are") || _ds_tok_is (&s->toks[v], "were") || _ds_tok_is (&s->toks[v], "is") ||
            _ds_tok_is (&s->toks[v], "was")))
        return;
      be = _ds_tok_is (&s->toks[v], "are") || _ds_tok_is (&s->toks[v], "is") ? "is" : "was";
      for (v++; v < e && (s->toks[v].flags & W_ADV); v++)
        ;
      if (v >= e || !s->toks[v].verb || s->toks[v].cap || (s->toks[v].flags & W_AUX))
        return;
    }
  else
    {
      /* ("telah dijamin", "akan diatur": a modal before it stays.) */
      while (v < e && (s->toks[v].flags & W_AUX) && !(s->toks[v].flags & W_PRONOUN) &&
             ds_ascii_strncasecmp (s->toks[v].p, "me", 2) != 0)
        v++;
      if (v >= e || !s->toks[v].verb || s->toks[v].cap || s->toks[v].len < 6 ||
          ds_ascii_strncasecmp (s->toks[v].p, "di", 2) != 0)
        return;
    }
  /* What places the passive: a few words, no clause of their own. */
  if (v + 1 >= e || e - v > 10)
    return;
  for (guint k = v + 1; k < e; k++)
    if (s->toks[k].type == TOK_PUNCT || s->toks[k].verb || (s->toks[k].flags & (W_RELATIVE | W_THAT)))
      return;
  n_segs = segments (s, c, a, FALSE, segs);
  if (n_segs < 2)
    return;
  n_items = read_items (s, segs, n_segs, DS_LIST_FORM_NAMING, TRUE, a, items);
  if (n_items < 3 || items[0].a != c || items[n_items - 1].b != a || _ds_toks_any_used (s, c, e) ||
      names_only (s, items, n_items) || names_of_first (s, items, n_items))
    return;
  /* ("pertandingan catur antara pemain Soviet dan Barat diikuti …": a
   * preposition in an item may own the names after it; a subject series
   * is of bare noun phrases.) */
  for (guint k = 0; k < n_items; k++)
    {
      if (!object_item (ctx, s, items[k]))
        return;
      for (guint t = items[k].a; t < items[k].b; t++)
        if (s->toks[t].flags & (W_PREP | W_RELATIVE | W_THAT))
          return;
    }
  verb = _ds_toks_dup (s, ctx->english ? v : a, v + 1);
  rest = _ds_toks_dup (s, v + 1, e);
  question = ds_lang_expand (ctx->lang, "question_objects_passive_series", "be", be, "verb", verb, "rest", rest, NULL);
  {
    DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);

    claim->cue = _ds_toks_dup (s, a, v + 1);
    /* (No noun owns the items: the question says what they share.) */
    claim->form = DS_LIST_FORM_NAMING;
    claim->question = ds_utf8_capitalize (question);
    add_series_items (claim, s, items, n_items);
    _ds_toks_mark_used (s, c, e);
    _ds_claim_commit (ctx, claim);
  }
}

/* Whether [@a, @b) reads as a short noun phrase: one to four words
 * after an article, no verb, no cue, no pronoun or count first. */
static gboolean
short_phrase (const Sent *s,
              guint       a,
              guint       b)
{
  /* ("the Senate, the Assembly and the Court": an article is no
   * function word here.) */
  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (a >= b || b - a > 4 || (s->toks[a].flags & (W_FUNCTION | W_PRONOUN | W_COUNT)))
    return FALSE;
  for (guint t = a; t < b; t++)
    if (s->toks[t].verb || s->toks[t].type != TOK_WORD || (s->toks[t].flags & (W_CUE_NAMING | W_CUE_EXAMPLE)))
      return FALSE;
  return TRUE;
}

/* A phrase of a series between dashes: one to five words after an
 * article, no auxiliary, pronoun, count or cue first, no punctuation. */
static gboolean
dash_phrase (const Sent *s,
             guint       a,
             guint       b)
{
  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (a >= b || b - a > 5 || (s->toks[a].flags & (W_FUNCTION | W_PRONOUN | W_COUNT | W_AUX)))
    return FALSE;
  for (guint t = a; t < b; t++)
    if (s->toks[t].type != TOK_WORD || (s->toks[t].flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CONJ)))
      return FALSE;
  return TRUE;
}

typedef gboolean (*PhraseFunc) (const Sent *s, guint a, guint b);

/* How many phrases [@a, @e) names, each one @phrase takes, parted by
 * commas, the last two joined by "and", "dan" (after a comma or not); 0
 * for anything else. @items (or NULL; MAX_SEGMENTS + 1 of them) gets
 * the phrases. */
static gboolean
is_or (const Tok *t)
{
  return _ds_tok_is (t, "or") || _ds_tok_is (t, "atau");
}

static guint series_ranges_join (const Sent *s, guint a, guint e, PhraseFunc phrase, Range *items, gboolean or_too);

static guint
series_ranges (const Sent *s,
               guint       a,
               guint       e,
               PhraseFunc  phrase,
               Range      *items)
{
  return series_ranges_join (s, a, e, phrase, items, FALSE);
}

/* (@or_too: "atau", "or" joins the last two as well: examples are
 * alternatives as often as not.) */
static guint
series_ranges_join (const Sent *s,
                    guint       a,
                    guint       e,
                    PhraseFunc  phrase,
                    Range      *items,
                    gboolean    or_too)
{
  Range segs[MAX_SEGMENTS];
  guint n_segs = segments (s, a, e, FALSE, segs);
  guint n = 0;
  gboolean joined = FALSE;

  for (guint k = 0; k < n_segs; k++)
    {
      Range r = segs[k];

      if (k + 1 == n_segs && r.a < r.b && (is_and (&s->toks[r.a]) || (or_too && is_or (&s->toks[r.a]))))
        r.a++, joined = TRUE;
      for (guint t = r.a + 1; !joined && k + 1 == n_segs && t + 1 < r.b; t++)
        if ((is_and (&s->toks[t]) || (or_too && is_or (&s->toks[t]))))
          {
            /* "French and Arabic": the last segment holds two. */
            if (!phrase (s, r.a, t))
              return 0;
            if (items != NULL)
              items[n] = (Range) { r.a, t };
            n++;
            r.a = t + 1;
            joined = TRUE;
          }
      if (!phrase (s, r.a, r.b))
        return 0;
      if (items != NULL)
        items[n] = r;
      n++;
    }
  return joined ? n : 0;
}

static guint
series_count (const Sent *s,
              guint       a,
              guint       e,
              PhraseFunc  phrase)
{
  return series_ranges (s, a, e, phrase, NULL);
}

/* The short noun phrases of a series [@a, @e) ("confidentiality,
 * integrity and availability"), added to @claim (or NULL) when they are
 * @count; how many they are, 0 for no such series. The first phrase is
 * no longer than the longest other: "call them
 * confidentiality" is the clause before the series, which a word the
 * lexicon does not know for a verb would let in. */
guint
_ds_short_series_items (const Sent *s,
                        guint       a,
                        guint       e,
                        guint       count,
                        DsClaim    *claim)
{
  Range items[MAX_SEGMENTS + 1];
  guint n = series_ranges (s, a, e, short_phrase, items), longest = 0;

  for (guint k = 1; k < n; k++)
    longest = MAX (longest, _ds_count_words (s, items[k].a, items[k].b));
  if (n > 0 && _ds_count_words (s, items[0].a, items[0].b) > longest)
    return 0;

  for (guint k = 0; claim != NULL && n == count && k < n; k++)
    add_range (claim, s, items[k]);
  return n;
}

/* The short noun phrases of a series [@a, @e) that a cue opens
 * (", misalnya A, B, dan C.", ", such as home address, gender and
 * nationality."), added to @claim (or NULL); how many, 0 for no such
 * series. The cue says where the series starts, so its first phrase may
 * be the longest. */
/* A short noun phrase of a cued series: short_phrase()'s, where an
 * English participle before the noun is its adjective ("stolen
 * diplomatic cables", "compromised mail servers"): the cue says a
 * noun phrase follows. */
/* ("white papers on military doctrine", "national points of contact":
 * a head noun with a phrase of a preposition after it, the plural the
 * lexicon may take for a verb.) */
static gboolean
cued_phrase (const Sent *s,
             guint       a,
             guint       b)
{
  const Tok *t;

  if (a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  for (guint p = a + 1; p + 1 < b && p < a + 4; p++)
    if ((s->toks[p].flags & W_PREP) && !s->toks[p].verb && b - a <= 6 &&
        (_ds_tok_is (&s->toks[p], "of") || _ds_tok_is (&s->toks[p], "on") || _ds_tok_is (&s->toks[p], "for")))
      {
        const Tok *head = &s->toks[p - 1];

        if (head->verb && !(head->len > 3 && head->p[head->len - 1] == 's'))
          return FALSE;
        return (p == a + 1 || short_phrase (s, a, p - 1)) && short_phrase (s, p + 1, b) &&
               head->type == TOK_WORD && !(head->flags & W_FUNCTION);
      }
  if (a + 1 >= b || !s->toks[a].verb || s->toks[a].cap)
    return short_phrase (s, a, b);
  t = &s->toks[a];
  if (t->type != TOK_WORD || t->len < 5 || (t->flags & (W_AUX | W_FUNCTION)) ||
      !(ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 || ds_ascii_strncasecmp (t->p + t->len - 2, "en", 2) == 0))
    return FALSE;
  return short_phrase (s, a + 1, b);
}

guint
_ds_cued_series_items (const Sent *s,
                       guint       a,
                       guint       e,
                       DsClaim    *claim)
{
  Range items[MAX_SEGMENTS + 1];
  guint n = series_ranges_join (s, a, e, cued_phrase, items, TRUE);

  for (guint k = 0; claim != NULL && k < n; k++)
    add_range (claim, s, items[k]);
  return n;
}

/* How many short noun phrases [@a, @e) names ("English, French and
 * Arabic"); 0 for anything else ("English, and it is the most used",
 * "Chile, Peru and Bolivia met"). */
static guint
short_series (const Sent *s,
              guint       a,
              guint       e)
{
  return series_count (s, a, e, short_phrase);
}

/* Whether a verb stands before @i: the counted noun is an object of the
 * sentence's clause ("It publishes two yearly reports, …"), not of an
 * opening phrase ("After three rounds, Chile, Peru and Bolivia walked
 * out", "Setelah tiga putaran, Chile, Peru dan Bolivia mundur"). */
static gboolean
verb_before (const Sent *s,
             guint       i)
{
  for (guint k = 0; k < i; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_VERB)))
      return TRUE;
  return FALSE;
}

/* "The bloc has three working languages, English, French and Arabic.",
 * "… tiga bahasa kerja, Inggris, Spanyol, dan Quechua.": a counted noun,
 * a comma, and as many short noun phrases as it counts to the end of the
 * sentence; the comma is the cue a colon would be. */
static gboolean
counted_comma_at (const Sent *s,
                  guint       i,
                  Cue        *cue)
{
  guint count = 0;
  guint at = 0;

  if (!_ds_tok_is_punct (&s->toks[i], ',') || i < 2 || s->toks[i].used)
    return FALSE;
  for (guint k = i; k > 0 && i - k <= 4; k--)
    {
      const Tok *t = &s->toks[k - 1];

      if (k < i && (t->flags & W_COUNT))
        {
          count = t->value;
          at = k - 1;
          break;
        }
      /* ("working languages", "bahasa kerja": a verb's form in a noun.) */
      if (t->type != TOK_WORD || (t->flags & (W_FUNCTION | W_PRONOUN | W_COUNT)))
        return FALSE;
    }
  if (count < 2 || !verb_before (s, at) || short_series (s, i + 1, _ds_body_end (s)) != count)
    return FALSE;
  memset (cue, 0, sizeof *cue);
  cue->form = DS_LIST_FORM_NAMING;
  cue->body = i + 1;
  cue->explicit = TRUE;
  return TRUE;
}

/* How many phrases of one to four words [@a, @e) names. Between two
 * dashes the series is closed on both sides: a word the lexicon takes for
 * a verb ("limited", "berkembang") is an item's, not the sentence going
 * on. */
static guint
dash_series (const Sent *s,
             guint       a,
             guint       e)
{
  return series_count (s, a, e, dash_phrase);
}

/* "sorts suppliers into four tiers — prohibited, high, limited and
 * minimal — and bans the first", "membagi desa ke dalam empat kelas —
 * mandiri, maju, berkembang, dan tertinggal — dan …": a counted noun,
 * then between two dashes as many short noun phrases as it counts; the
 * dash is the cue a colon would be, the closing one ends the list. */
static gboolean
counted_dash_at (const Sent *s,
                 guint       i,
                 Cue        *cue)
{
  guint count = 0, close = 0;

  if (!is_dash (&s->toks[i]) || i < 2 || s->toks[i].used)
    return FALSE;
  for (guint k = i; k > 0 && i - k <= 4; k--)
    {
      const Tok *t = &s->toks[k - 1];

      if (k < i && (t->flags & W_COUNT))
        {
          count = t->value;
          break;
        }
      if (t->type != TOK_WORD || (t->flags & (W_FUNCTION | W_PRONOUN | W_COUNT)))
        return FALSE;
    }
  for (guint k = i + 2; k < s->n && close == 0; k++)
    if (is_dash (&s->toks[k]))
      close = k;
  if (count < 2 || close == 0 || dash_series (s, i + 1, close) != count)
    return FALSE;
  memset (cue, 0, sizeof *cue);
  cue->form = DS_LIST_FORM_NAMING;
  cue->body = i + 1;
  cue->explicit = TRUE;
  cue->end = close;
  return TRUE;
}

/* "- Nakamura (2009): ciri rezim → aturan tertulis, sanksi, forum tetap",
 * "- Walt (1987): sources of threat → power, proximity, intentions": a
 * revision note's scholar (capitalised words), a year in brackets and a
 * colon, then a noun phrase and an arrow to the items that scholar names
 * for it. Asked as the scholar's list (template list_subject_by: "Apa
 * saja ciri rezim menurut Nakamura?"). A verb in the head ("Nakamura
 * (2009): rezim gagal → …") or a second arrow (a chain of events) is no
 * such list. */
#define SCHOLAR_HEAD_MAX_WORDS 6
#define SCHOLAR_ITEM_MAX_WORDS 6

gboolean
_ds_scholar_arrow_list (Ctx  *ctx,
                        Sent *s)
{
  Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), k = 0, colon, arrow, n_items;
  g_autofree char *who = NULL, *what = NULL;
  DsClaim *claim;

  /* ("Keohane & Nye", "Keohane dan Nye": two scholars.) */
  /* ("Indonesia (2019): ekspor utama → …": a country's figures of a
   * year, no scholar's view.) */
  while (k < e && k < 5 && s->toks[k].type == TOK_WORD && !s->toks[k].verb && !(s->toks[k].flags & W_COUNTRY) &&
         (s->toks[k].cap || (k > 0 && k + 1 < e && (s->toks[k].flags & W_CONJ) && s->toks[k + 1].cap)))
    k++;
  if (k > 0 && k < e && _ds_tok_is_punct (&s->toks[k], '&') && k + 1 < e && s->toks[k + 1].cap)
    for (k++; k < e && k < 5 && s->toks[k].type == TOK_WORD && s->toks[k].cap; k++)
      ;
  /* ("Walt (1987) – sources of threat: …", "Nye (2004), sources of
   * soft power: …": a dash or a comma after the year; a colon or "="
   * before the items.) */
  if (k == 0 || k + 4 >= e || !_ds_tok_is_punct (&s->toks[k], '(') || s->toks[k + 1].type != TOK_NUMBER ||
      !_ds_tok_is_punct (&s->toks[k + 2], ')') ||
      !(_ds_tok_is_punct (&s->toks[k + 3], ':') || _ds_tok_is_punct (&s->toks[k + 3], ',') ||
        _ds_tok_is_punct (&s->toks[k + 3], 0x2013) || _ds_tok_is_punct (&s->toks[k + 3], 0x2014) ||
        _ds_tok_is_punct (&s->toks[k + 3], '-')))
    return FALSE;
  colon = k + 3;
  for (arrow = colon + 1; arrow < e && !_ds_tok_is_punct (&s->toks[arrow], DS_ARROW) &&
                          !_ds_tok_is_punct (&s->toks[arrow], ':') && !_ds_tok_is_punct (&s->toks[arrow], '=');
       arrow++)
    if (s->toks[arrow].type != TOK_WORD || s->toks[arrow].verb || (s->toks[arrow].flags & W_PRONOUN))
      return FALSE;
  if (arrow >= e || arrow == colon + 1 || arrow - colon - 1 > SCHOLAR_HEAD_MAX_WORDS ||
      (s->toks[colon + 1].flags & (W_DET | W_PREP | W_CONJ)))
    return FALSE;
  /* "sources of threat", not "the tragedy": an English head names
   * things, a plural (the word before "of", else the last). */
  if (ctx->english)
    {
      guint h = arrow - 1;
      const Tok *t;

      for (guint j = colon + 2; j < arrow; j++)
        if (_ds_tok_is (&s->toks[j], "of"))
          {
            h = j - 1;
            break;
          }
      t = &s->toks[h];
      if (t->len < 3 || t->p[t->len - 1] != 's' || t->p[t->len - 2] == 's')
        return FALSE;
    }
  for (guint j = arrow + 1; j < e; j++)
    if (_ds_tok_is_punct (&s->toks[j], DS_ARROW) || _ds_tok_is_punct (&s->toks[j], ':') ||
        _ds_tok_is_punct (&s->toks[j], '=') || s->toks[j].type == TOK_NUMBER)
      return FALSE;
  if (_ds_toks_any_used (s, arrow + 1, e))
    return FALSE;
  /* Every part between the commas is an item, "dan"/"and" before the
   * last one aside; an item may open on its verb ("menekan biaya
   * transaksi"), but a verb further in makes it a clause, and one that
 * opens on a preposition ("tanpa sanksi") is no item a card keeps. */
  n_items = segments (s, arrow + 1, e, FALSE, segs);
  if (n_items < 2)
    return FALSE;
  for (guint j = 0; j < n_items; j++)
    {
      items[j] = segs[j];
      if (items[j].a < items[j].b && (s->toks[items[j].a].flags & W_CONJ))
        items[j].a++;
      if (items[j].a >= items[j].b || (s->toks[items[j].a].flags & W_PREP) || _ds_count_words (s, items[j].a, items[j].b) > SCHOLAR_ITEM_MAX_WORDS ||
          has_verb (s, (Range) { items[j].a + 1, items[j].b }))
        return FALSE;
    }
  who = _ds_toks_dup (s, 0, colon - 3);
  what = _ds_phrase_dup (s, colon + 1, arrow, TRUE);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, arrow, arrow + 1);
  /* "Keohane (1984): regimes → lower transaction costs, info, …": a
   * bare noun before the arrow names no kind of its items (they may be
   * its effects, its kinds or its parts); the scholar links them to it
   * ("What are the things Keohane links to regimes?"). */
  claim->subject = ds_lang_expand (ctx->lang, arrow - colon - 1 == 1 ? "list_subject_linked_by" : "list_subject_by",
                                   "subject", what, "who", who, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  for (guint j = 0; j < n_items; j++)
    add_range (claim, s, items[j]);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

void
_ds_find_cue_lists (Ctx  *ctx,
                    Sent *s)
{
  if (s->has_colon && _ds_scholar_arrow_list (ctx, s))
    return;
  for (guint i = 0; i < s->n; i++)
    {
      Cue cue;

      if ((cue_at (ctx, s, i, &cue) || counted_comma_at (s, i, &cue) || counted_dash_at (s, i, &cue)) &&
          (try_gloss_line (ctx, s, i, &cue) || note_status_line (s, i, &cue) || try_cue_list (ctx, s, i, &cue)))
        {
          while (i < s->n && s->toks[i].used)
            i++;
        }
    }
}

/* ------------------------------------------------------------------ */
/* What a thing is like: "X bersifat A, B, dan C"                      */

/* "Koperasi desa bersifat sukarela, terbuka, dan demokratis", "Forum
 * itu berciri inklusif, setara, dan berkelanjutan": a verb that names
 * a trait (phrase list lists_trait_verb: "bersifat sifat") after its
 * subject, then three or more short phrases to the sentence's end: the
 * traits of the subject, asked by the trait's noun ("sifat koperasi
 * desa"). A subject that points back ("Koperasi ini") names nothing. */
void
_ds_find_trait_list (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 1; i + 4 < e; i++)
    {
      const char *noun;
      guint start, end, n;
      Range segs[MAX_SEGMENTS], items[MAX_SEGMENTS];
      DsClaim *claim;

      if (s->toks[i].type != TOK_WORD || s->toks[i].used || s->toks[i].len < 6 ||
          (noun = _ds_lexicon_other_forms (ctx, &s->toks[i], "lists_trait_verb")) == NULL)
        continue;
      start = _ds_np_start (s, 0, i, &end);
      if (end != i || start >= i || i - start > 5 || start != _ds_clause_start (s, start) ||
          !_ds_term_usable (s, start, end) || (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR)) ||
          (s->toks[end - 1].flags & W_ANAPHOR))
        return;
      if (dash_series (s, i + 1, e) < 3)
        return;
      n = segments (s, i + 1, e, FALSE, segs);
      n = read_items (s, segs, n, DS_LIST_FORM_NAMING, TRUE, e, items);
      if (n < 3 || _ds_toks_any_used (s, start, e))
        return;
      /* (Declared here, not in the loop over every word.) */
      {
        g_autofree char *owner = _ds_phrase_dup (s, start, end, TRUE);

        claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
        claim->cue = _ds_toks_dup (s, i, i + 1);
        claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", owner, NULL);
      }
      claim->form = DS_LIST_FORM_NAMING;
      for (guint k = 0; k < n; k++)
        add_range (claim, s, items[k]);
      _ds_toks_mark_used (s, start, items[n - 1].b);
      _ds_claim_commit (ctx, claim);
      return;
    }
}

/* ------------------------------------------------------------------ */
/* What an actor must do, in one sentence                              */

/* Items of a modal series, at most. */
#define MODAL_ITEM_MAX_WORDS 14

/* "admit inspectors", "settle disputes": an English word the lexicon does
 * not know, in lower case, before its object (an article, a determiner
 * or a noun), in a series after a modal is that modal's verb. */
static gboolean
bare_verb (Ctx        *ctx,
           const Sent *s,
           guint       k,
           guint       b)
{
  const Tok *t = &s->toks[k];

  return ctx->english && k + 1 < b && t->type == TOK_WORD && !t->cap && t->len > 2 &&
         !(t->flags & (W_FUNCTION | W_PREP | W_DET | W_CONJ | W_PRONOUN | W_ADV | W_NOUN)) &&
         s->toks[k + 1].type == TOK_WORD &&
         (_ds_tok_is_article (&s->toks[k + 1]) || (s->toks[k + 1].flags & W_DET) || _ds_tok_nounish (&s->toks[k + 1]));
}

/* The verb of a thing to do at @r.a, past a negation ("not attack …",
 * "tidak boleh menyerang …": phrase lists contrast_not, lists_negation)
 * and the series' modal said again ("…; should not hide …"); the token
 * where the item starts, or G_MAXUINT when it opens on no verb. */
static guint
modal_item_start (Ctx        *ctx,
                  const Sent *s,
                  Range       r)
{
  guint k = r.a, n;

  if (k < r.b && (n = _ds_phrase_at (ctx, s, k, PL_ADVICE_MODAL)) > 0)
    k += n;
  if (k < r.b && ((n = _ds_phrase_at (ctx, s, k, PL_CONTRAST_NOT)) > 0 ||
                  (n = _ds_phrase_at (ctx, s, k, PL_LISTS_NEGATION)) > 0))
    {
      guint after = k + n;

      /* ("tidak boleh menyerang": the modal after the negation.) */
      if (after < r.b && (n = _ds_phrase_at (ctx, s, after, PL_ADVICE_MODAL)) > 0)
        after += n;
      /* (After "not", "tidak" a word in lower case is the verb.) */
      if (after + 1 < r.b && s->toks[after].type == TOK_WORD && !s->toks[after].cap &&
          !(s->toks[after].flags & (W_FUNCTION | W_PREP | W_DET | W_CONJ | W_PRONOUN | W_ADV)))
        return k;
      return G_MAXUINT;
    }
  if (k < r.b && (starts_with_verb (s, (Range) { k, r.b }) || bare_verb (ctx, s, k, r.b)) &&
      !(s->toks[k].flags & (W_AUX | W_PREP)))
    return k == r.a || _ds_phrase_at (ctx, s, r.a, PL_ADVICE_MODAL) > 0 ? k : G_MAXUINT;
  return G_MAXUINT;
}

/* "invest in patrol boats, radar stations and training centres": the
 * first item ends on a preposition's object, and the rest are short
 * phrases with no verb the lexicon knows: objects of that preposition,
 * not things to do. */
static gboolean
objects_of_first (const Sent  *s,
                  const Range *items,
                  guint        n)
{
  gboolean prep = FALSE;

  for (guint k = items[0].b; k > items[0].a + 1 && k + 4 > items[0].b && !prep; k--)
    prep = (s->toks[k - 1].flags & W_PREP) != 0;
  if (!prep)
    return FALSE;
  for (guint k = 1; k < n; k++)
    {
      if (items[k].b - items[k].a > 3)
        return FALSE;
      for (guint j = items[k].a; j < items[k].b; j++)
        if (s->toks[j].verb || (s->toks[j].flags & (W_PREP | W_DET)) || _ds_tok_is_article (&s->toks[j]))
          return FALSE;
    }
  return TRUE;
}

/* "Members must publish their budgets, admit inspectors and settle
 * disputes in court", "Among its norms, states should not attack
 * hospitals; should not hide software flaws from vendors; and should help
 * victims …", "anggota harus mengumumkan anggaran, menerima pemeriksa,
 * dan menyelesaikan sengketa …": an actor, a modal (phrase list
 * advice_modal) and three or more things to do, each opening on its verb
 * or its negation (the modal said again before each, or not): the list
 * of what the actor is to do, asked with the modal ("What should states
 * do according to the essay?"). A series of objects ("invest in schools,
 * hospitals and roads") opens no verb after its first item: no list. */
static gboolean
try_modal_series (Ctx  *ctx,
                  Sent *s,
                  guint start,
                  guint m,
                  guint n_modal,
                  guint e)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint body = m + n_modal, n_segs, n_items = 0;
  DsClaim *claim;

  n_segs = semicolon_segments (s, body, e, segs);
  if (n_segs < 2)
    n_segs = segments (s, body, e, FALSE, segs);
  if (n_segs < 2)
    return FALSE;
  for (guint k = 0; k < n_segs && n_items + 1 < MAX_SEGMENTS; k++)
    {
      Range r = segs[k];
      gboolean conj = strip_conj (s, &r);
      guint a = k == 0 ? r.a : modal_item_start (ctx, s, r), c;

      if (r.a >= r.b || a == G_MAXUINT || (k == 0 && modal_item_start (ctx, s, r) == G_MAXUINT))
        return FALSE;
      r.a = a;
      /* "…, admit inspectors and settle disputes": the last segment
       * holds two when a verb follows its "and". */
      for (c = r.a + 2; k + 1 == n_segs && !conj && c + 2 < r.b; c++)
        if (is_and (&s->toks[c]) && modal_item_start (ctx, s, (Range) { c + 1, r.b }) != G_MAXUINT)
          break;
      if (k + 1 == n_segs && !conj && c + 2 < r.b)
        {
          items[n_items++] = (Range) { r.a, c };
          r.a = c + 1;
          r.a = modal_item_start (ctx, s, r);
        }
      else if (k + 1 < n_segs && conj)
        return FALSE;
      items[n_items++] = r;
    }
  if (n_items < 3 || objects_of_first (s, items, n_items))
    return FALSE;
  for (guint k = 0; k < n_items; k++)
    {
      if (!trim_item (s, &items[k]) || _ds_count_words (s, items[k].a, items[k].b) > MODAL_ITEM_MAX_WORDS)
        return FALSE;
    }
  if (_ds_toks_any_used (s, start, items[n_items - 1].b))
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, m, body);
  claim->lead = _ds_toks_dup (s, m, body);
  claim->subject = _ds_phrase_dup (s, start, m, TRUE);
  claim->form = DS_LIST_FORM_ADVICE;
  for (guint k = 0; k < n_items; k++)
    add_range (claim, s, items[k]);
  _ds_toks_mark_used (s, start, items[n_items - 1].b);
  return _ds_claim_commit (ctx, claim);
}

void
_ds_find_modal_series (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s);

  /* Most sentences hold no modal: no scan for one. */
  if (!_ds_sent_may_start (s, HOT_ADVICE_MODAL))
    return;
  for (guint m = 1; m + 5 < e; m++)
    {
      guint n, start, end;

      if (s->toks[m].type != TOK_WORD || s->toks[m].used ||
          (n = _ds_phrase_at (ctx, s, m, PL_ADVICE_MODAL)) == 0)
        continue;
      /* Only the sentence's first modal, after its subject ("states",
       * which the lexicon may take for a verb, is a subject before a
       * modal). */
      start = _ds_np_start (s, 0, m, &end);
      if (start == m)
        for (end = m; start > 0 && m - start < 4 && s->toks[start - 1].type == TOK_WORD &&
                      !(s->toks[start - 1].flags & (W_FUNCTION | W_PREP | W_CONJ | W_ADV | W_AUX)) &&
                      (start == 1 || !_ds_tok_is_punct (&s->toks[start - 2], '-'));
             start--)
          ;
      /* ("Setiap kapal patroli wajib …", "Each member must …": the
       * determiner opens the clause, the subject is what it counts.) */
      /* ("Each member must …" would be asked "What must member do?":
       * English needs the determiner the question cannot keep.) */
      if (end == m && start < m && m - start <= 6 &&
          (start == _ds_clause_start (s, start) ||
           (!ctx->english && start > 0 && (s->toks[start - 1].flags & W_DET) &&
            start - 1 == _ds_clause_start (s, start - 1))) &&
          _ds_term_usable (s, start, end) && !(s->toks[start].flags & (W_PRONOUN | W_ANAPHOR)))
        try_modal_series (ctx, s, start, m, n, e);
      return;
    }
}

/* ------------------------------------------------------------------ */
/* What an actor does, under a heading that names a role or challenge  */

/* The last verb of a segment that opens a list of actions. */
static int
last_verb (const Sent *s,
           Range       r)
{
  for (guint i = r.b; i > r.a; i--)
    if (s->toks[i - 1].verb && !(s->toks[i - 1].flags & W_AUX))
      return (int) (i - 1);
  return -1;
}

/* "Melalui akun resmi seperti @Kemlu_RI" → "melalui akun resmi @Kemlu_RI". */
static char *
phrase_without_cue (const Sent *s,
                    guint       a,
                    guint       b)
{
  GString *out = g_string_new (NULL);

  for (guint i = a; i < b; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->flags & W_CUE_EXAMPLE)
        continue;
      if (out->len > 0 && t->type != TOK_PUNCT)
        g_string_append_c (out, ' ');
      g_string_append_len (out, t->p, t->len);
    }
  if (out->len > 0 && g_ascii_isupper (out->str[0]) &&
      !(a + 1 < b && s->toks[a + 1].cap) && !(s->toks[a].flags & W_COUNTRY))
    out->str[0] = ds_ascii_tolower (out->str[0]);
  return g_string_free (out, FALSE);
}

/* Who acts: the clause before the first action, without its adverbs
 * ("pemerintah secara konsisten" → "pemerintah"). */
static gboolean
read_actor (const Sent *s,
            DsClaim    *claim,
            guint       verb)
{
  guint c = verb;
  guint a;

  while (c > 0 && !_ds_tok_is_punct (&s->toks[c - 1], ','))
    c--;
  for (a = c; a < verb; a++)
    if (s->toks[a].flags & (W_ADV | W_AUX) || s->toks[a].verb)
      break;
  for (guint i = a; i < verb; i++)
    if (!(s->toks[i].flags & W_ADV) && !(i > a && _ds_tok_is (&s->toks[i - 1], "secara")))
      return FALSE;
  if (a == c || a - c > 6 || !subject_usable (s, c, a))
    return FALSE;
  for (guint i = c; i < a; i++)
    if (!_ds_tok_nounish (&s->toks[i]) && !(s->toks[i].flags & W_CONJ))
      return FALSE;

  claim->subject = _ds_phrase_dup (s, c, a, TRUE);
  claim->lead = c > 1 ? phrase_without_cue (s, 0, c - 1) : NULL;
  claim->form = DS_LIST_FORM_ACTIONS;
  return TRUE;
}

/* Outside a section about roles or challenges, only actions that state a
 * purpose ("untuk …, …, …") make a claim. */
static gboolean
purpose_before (const Sent *s,
                int         v)
{
  return v > 0 && (_ds_tok_is (&s->toks[v - 1], "untuk") || _ds_tok_is (&s->toks[v - 1], "guna") ||
                   _ds_tok_is (&s->toks[v - 1], "to"));
}

void
_ds_find_action_list (Ctx  *ctx,
                      Sent *s)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint e = _ds_body_end (s);
  guint n = segments (s, 0, e, FALSE, segs);

  for (guint k = 0; k + 1 < n; k++)
    {
      int v = last_verb (s, segs[k]);
      guint n_items;
      DsClaim *claim;

      if (v < 0 || !starts_with_verb (s, segs[k + 1]) || s->toks[v].used)
        continue;
      if (!ctx->head_cue && !purpose_before (s, v))
        return;

      segs[k].a = (guint) v;
      n_items = read_items (s, segs + k, n - k, DS_LIST_FORM_NAMING, TRUE, e, items);
      if (n_items < 3 || _ds_toks_any_used (s, (guint) v, items[n_items - 1].b))
        return;

      claim = _ds_claim_new (ctx, DS_CLAIM_ROLE, DS_CLAIM_RULE_ACTIONS, s);
      claim->cue = g_strdup ("");
      for (guint j = 0; j < n_items; j++)
        add_range (claim, s, items[j]);
      if (!read_actor (s, claim, (guint) v))
        {
          claim->form = DS_LIST_FORM_COMPLETE;
          set_lead (ctx, s, claim, (guint) v, (guint) v, &ctx->prev);
        }
      _ds_toks_mark_used (s, (guint) v, items[n_items - 1].b);
      _ds_claim_commit (ctx, claim);
      return;
    }
}

/* ------------------------------------------------------------------ */
/* "cooperation in trade, in energy and in security"                   */

static gboolean
same_word (const Tok *a,
           const Tok *b)
{
  return a->type == TOK_WORD && b->type == TOK_WORD && a->len == b->len &&
         ds_ascii_strncasecmp (a->p, b->p, a->len) == 0;
}

/* Whether [@j, @j + @n) repeats the words at @p. */
static gboolean
repeats_at (const Sent *s,
            guint       p,
            guint       j,
            guint       n)
{
  for (guint k = 0; k < n; k++)
    if (j + k >= s->n || !same_word (&s->toks[p + k], &s->toks[j + k]))
      return FALSE;
  return TRUE;
}

/* The items of [@r.a, @r.b) after the first, each after the shared
 * phrase [@p, @p + @n) (and "and", "dan" before the last): "in energy
 * and in security" gives "energy", "security". How many were written
 * to @items, 0 when the segment is no such run. */
static guint
shared_items (const Sent *s,
              Range       r,
              guint       p,
              guint       n,
              gboolean    last,
              Range      *items)
{
  guint count = 0;

  if (r.a < r.b && is_and (&s->toks[r.a]))
    r.a++;
  if (!repeats_at (s, p, r.a, n))
    return 0;
  r.a += n;
  for (guint k = r.a + 1; last && k + n < r.b; k++)
    if (is_and (&s->toks[k]) && repeats_at (s, p, k + 1, n))
      {
        if (!short_phrase (s, r.a, k))
          return 0;
        items[count++] = (Range) { r.a, k };
        r.a = k + 1 + n;
        break;
      }
  if (!short_phrase (s, r.a, r.b))
    return 0;
  items[count++] = r;
  return count;
}

/* Whether the items are all names or all common nouns: "met in Bonn, in
 * the spring and in secret" says where, when and how, no three of a
 * kind. */
static gboolean
alike_items (const Sent  *s,
             const Range *items,
             guint        n)
{
  for (guint k = 0; k < n; k++)
    {
      guint a = items[k].a, b = items[0].a;

      if (_ds_tok_is_article (&s->toks[a]))
        a++;
      if (_ds_tok_is_article (&s->toks[b]))
        b++;
      if (!s->toks[a].cap != !s->toks[b].cap)
        return FALSE;
    }
  return TRUE;
}

/* "The compact supports cooperation in trade, in energy and in
 * security.", "… kerja sama di bidang perdagangan, di bidang energi, dan
 * di bidang keamanan.": short noun phrases that each repeat the
 * preposition (and the word after it) of the first, to the end of the
 * sentence, the last after "and", "dan"; asked by completing the
 * sentence up to the shared preposition ("Complete: The compact supports
 * cooperation in …"). The clause has its verb before them; "In 2001, in
 * Geneva, …" has none. */
void
_ds_find_shared_prep_list (Ctx  *ctx,
                           Sent *s)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint e = _ds_body_end (s), n, p, len = 1, n_items = 0;
  gboolean joined = FALSE;
  DsClaim *claim;

  /* Two phrases or more need a comma or semicolon between them, and the
   * second opens on a preposition: most sentences are passed at once,
   * before the adverb's phrase lists are read. */
  if ((s->n_commas == 0 && !s->has_semicolon) || !(s->flags & W_PREP))
    return;
  /* "… and in Manila in turn": the sentence's adverb is no item's. */
  e -= closing_adverb (s, 0, e);
  if (e > 0 && _ds_tok_is_punct (&s->toks[e - 1], ','))
    e--;
  n = segments (s, 0, e, FALSE, segs);
  if (n < 2 || n > MAX_SEGMENTS / 2 || segs[1].a >= segs[1].b || !(s->toks[segs[1].a].flags & W_PREP) ||
      segs[0].b < 2)
    return;
  /* The shared preposition ends the first segment but for one to four
   * words. */
  for (p = segs[0].b - 2; p > segs[0].a && p + 6 > segs[0].b && !same_word (&s->toks[p], &s->toks[segs[1].a]); p--)
    ;
  if (p <= segs[0].a || !same_word (&s->toks[p], &s->toks[segs[1].a]) || !verb_before (s, p))
    return;
  /* ("di bidang": a word after the preposition that every item repeats.) */
  if (repeats_at (s, p, segs[1].a, 2) && !(s->toks[p + 1].flags & W_FUNCTION))
    len = 2;
  if (!short_phrase (s, p + len, segs[0].b))
    return;
  items[n_items++] = (Range) { p + len, segs[0].b };
  for (guint k = 1; k < n; k++)
    {
      guint got;

      joined |= segs[k].a < segs[k].b && is_and (&s->toks[segs[k].a]);
      if ((got = shared_items (s, segs[k], p, len, k + 1 == n, items + n_items)) == 0)
        return;
      joined |= got == 2;
      n_items += got;
    }
  if (n_items < 3 || !joined || !alike_items (s, items, n_items) || _ds_toks_any_used (s, p, e))
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = g_strdup ("");
  for (guint k = 0; k < n_items; k++)
    add_range (claim, s, items[k]);
  claim->form = DS_LIST_FORM_COMPLETE;
  set_lead (ctx, s, claim, p + len, p + len, &ctx->prev);
  _ds_toks_mark_used (s, p, items[n_items - 1].b);
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "X (e.g. A, B and C) …", "X (misalnya A, B, dan C) …"               */

/* Items an aside of examples may hold, and tokens an item may take. */
#define MAX_ASIDE_ITEMS 8
#define MAX_ASIDE_ITEM_TOKENS 6

/* How many tokens from @k say "for example": "e.g." (cut as "e . g ."),
 * "eg", or a phrase of the list bracket_example; 0 when none. */
static guint
example_cue_len (Ctx        *ctx,
                 const Sent *s,
                 guint       k)
{
  if (k + 2 < s->n && _ds_tok_is (&s->toks[k], "e") && _ds_tok_is_punct (&s->toks[k + 1], '.') &&
      _ds_tok_is (&s->toks[k + 2], "g"))
    return k + 3 < s->n && _ds_tok_is_punct (&s->toks[k + 3], '.') ? 4 : 3;
  if (k < s->n && (_ds_tok_is (&s->toks[k], "eg") || _ds_tok_is (&s->toks[k], "e.g")))
    return k + 1 < s->n && _ds_tok_is_punct (&s->toks[k + 1], '.') ? 2 : 1;
  return _ds_phrase_at (ctx, s, k, PL_BRACKET_EXAMPLE);
}

/* Whether tokens [a, b) make one example: a few words of their own, no
 * verb, opening with no preposition ("in Riau and Sarawak" places an
 * event) or pointer. */
static gboolean
aside_item_ok (const Sent *s,
               guint       a,
               guint       b)
{
  if (b <= a || b - a > MAX_ASIDE_ITEM_TOKENS ||
      (s->toks[a].flags & (W_PREP | W_CONJ | W_PRONOUN | W_ANAPHOR | W_THAT | W_RELATIVE | W_AUX)))
    return FALSE;
  for (guint k = a; k < b; k++)
    if ((s->toks[k].type == TOK_PUNCT && s->toks[k].ch != '-' && s->toks[k].ch != '\'') || s->toks[k].type == TOK_NUMBER ||
        (s->toks[k].verb && !s->toks[k].cap && !(s->toks[k].flags & W_NOUN) && k == a))
      return FALSE;
  return TRUE;
}

/* "Non-traditional threats (e.g. pandemics, illegal fishing and human
 * trafficking) cross borders …" → "Name the examples of non-traditional
 * threats given in the essay.": the noun phrase before the bracket, its
 * examples inside. One example, or a bracket that says more than
 * examples, gives no list. */
gboolean
_ds_find_bracket_examples (Ctx  *ctx,
                           Sent *s)
{
  for (guint i = 1; i + 4 < s->n; i++)
    {
      guint n, close, start, end, a, n_items = 0;
      Range items[MAX_ASIDE_ITEMS];
      DsClaim *claim;

      if (!_ds_tok_is_punct (&s->toks[i], '(') || (n = example_cue_len (ctx, s, i + 1)) == 0)
        continue;
      for (close = i + 1 + n; close < s->n && !_ds_tok_is_punct (&s->toks[close], ')'); close++)
        if (_ds_tok_is_punct (&s->toks[close], '('))
          break;
      if (close >= s->n || !_ds_tok_is_punct (&s->toks[close], ')') || _ds_toks_any_used (s, i, close))
        continue;
      /* "New actors (including private launch firms)": an example is no
       * other name, whether or not the bracket makes a list. */
      _ds_toks_mark_used (s, i, i + 1);
      /* The items: split at commas and the last "and"/"or"/"dan"/"atau". */
      a = i + 1 + n;
      if (a < close && _ds_tok_is_punct (&s->toks[a], ','))
        a++;
      for (guint k = a; k <= close && n_items <= MAX_ASIDE_ITEMS; k++)
        {
          gboolean cut = k == close || _ds_tok_is_punct (&s->toks[k], ',') || (s->toks[k].flags & W_CONJ);

          if (!cut)
            continue;
          if (k > a)
            {
              if (n_items == MAX_ASIDE_ITEMS)
                {
                  n_items++;
                  break;
                }
              items[n_items++] = (Range) { a, k };
            }
          a = k + 1;
          /* ", and C": the comma before the conjunction. */
          if (k < close && _ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_CONJ))
            a = k + 2, k++;
        }
      if (n_items < 2 || n_items > MAX_ASIDE_ITEMS || _ds_tok_is (&s->toks[items[n_items - 1].a], "etc") ||
          _ds_tok_is (&s->toks[items[n_items - 1].a], "dll"))
        {
          /* "A, B, etc.": the last is no item. */
          if (n_items >= 3 && n_items <= MAX_ASIDE_ITEMS)
            n_items--;
          else
            continue;
        }
      {
        gboolean ok = TRUE;

        for (guint k = 0; k < n_items && ok; k++)
          ok = aside_item_ok (s, items[k].a, items[k].b);
        if (!ok)
          continue;
      }
      start = _ds_np_start (s, 0, i, &end);
      /* "Small island states (…)": a plural the phrase walk took for a
       * verb ("states") opening the sentence. */
      if (end == i && start == end)
        {
          while (start > 0 && i - start < 4 && s->toks[start - 1].type == TOK_WORD &&
                 !(s->toks[start - 1].flags & W_FUNCTION))
            start--;
          /* Only a whole opening noun phrase: "Small island states". */
          if (start > 0)
            continue;
        }
      if (end != i || start >= end || end - start > 6 || !_ds_term_usable (s, start, end) ||
          (s->toks[start].flags & (W_PRONOUN | W_ANAPHOR)))
        continue;
      claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
      claim->cue = _ds_toks_dup (s, i + 1, i + 1 + n);
      for (guint k = 0; k < n_items; k++)
        add_range (claim, s, items[k]);
      claim->subject = _ds_phrase_dup (s, start, end, TRUE);
      claim->form = DS_LIST_FORM_EXAMPLES;
      _ds_toks_mark_used (s, i, close + 1);
      _ds_claim_commit (ctx, claim);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Rankings                                                            */

/* "(40 kasus)", "(25)": a count in brackets at @i; the token after it,
 * or 0. */
static guint
bracketed_count (const Sent *s,
                 guint       i,
                 guint       e)
{
  const Tok *n;

  if (i + 2 >= e || !_ds_tok_is_punct (&s->toks[i], '('))
    return 0;
  /* "(2015–2017)": years date a term of office, they count nothing. */
  n = &s->toks[i + 1];
  if (n->type != TOK_NUMBER || (n->len == 4 && (strncmp (n->p, "19", 2) == 0 || strncmp (n->p, "20", 2) == 0)))
    return 0;
  for (guint k = i + 2; k < e && k < i + 8; k++)
    if (_ds_tok_is_punct (&s->toks[k], ')'))
      return k + 1;
  return 0;
}

/* "pencurian ikan mendominasi (40 kasus), diikuti penyelundupan BBM (25)
 * dan perdagangan manusia (10)", "engine failure dominated (31
 * incidents), followed by ice damage (19) and groundings (12)": a
 * ranking opening at @a, its first item then a leading verb (phrase list
 * lists_ranking_lead) with its count, a following cue (lists_ranking_follow)
 * and at least one more counted item before @e. The verb's span in
 * [*va, *vb). */
gboolean
_ds_ranking_at (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       e,
                guint      *va,
                guint      *vb)
{
  for (guint v = a + 1; v < e && v <= a + 6; v++)
    {
      guint n, k, follow;

      if (s->toks[v].type != TOK_WORD)
        return FALSE;
      if ((n = _ds_phrase_at (ctx, s, v, PL_LISTS_RANKING_LEAD)) == 0)
        continue;
      if ((k = bracketed_count (s, v + n, e)) == 0)
        return FALSE;
      if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
        k++;
      if ((follow = _ds_phrase_at (ctx, s, k, PL_LISTS_RANKING_FOLLOW)) == 0)
        return FALSE;
      for (k += follow + 1; k + 1 < e; k++)
        if (bracketed_count (s, k, e) > 0)
          {
            for (guint w = a; w < v; w++)
              if (s->toks[w].type != TOK_WORD || (s->toks[w].flags & (W_PRONOUN | W_ANAPHOR)))
                return FALSE;
            *va = v;
            *vb = v + n;
            return TRUE;
          }
      return FALSE;
    }
  return FALSE;
}

/* "Di antara pelanggaran yang tercatat, pencurian ikan mendominasi (40
 * kasus), diikuti …", "Among reported incidents, engine failure
 * dominated (31 cases), followed by …": a ranking after a phrase that
 * says what is ranked → "Di antara pelanggaran yang tercatat, apa yang
 * mendominasi, dan apa saja yang menyusul secara berurutan?", the
 * ranking as the answer. Without that phrase the question would ask of
 * nothing. */
gboolean
_ds_find_ranking (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s), n, c, va, vb;
  g_autofree char *context = NULL, *verb = NULL;
  DsClaim *claim;

  if ((n = _ds_phrase_at (ctx, s, 0, PL_LISTS_RANKING_CONTEXT)) == 0)
    return FALSE;
  for (c = n; c < e && c < n + 10 && !_ds_tok_is_punct (&s->toks[c], ','); c++)
    if (s->toks[c].type == TOK_PUNCT)
      return FALSE;
  if (c == n || c >= e || !_ds_tok_is_punct (&s->toks[c], ',') ||
      !_ds_ranking_at (ctx, s, c + 1, e, &va, &vb) || _ds_toks_any_used (s, 0, e))
    return FALSE;
  context = _ds_toks_dup (s, 0, c);
  verb = _ds_phrase_dup (s, va, vb, TRUE);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_RANK, c + 1, e);
  claim->question = ds_lang_expand (ctx->lang, "question_ranking_context", "context", context, "verb", verb, NULL);
  _ds_toks_mark_used (s, 0, e);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "A prefers “X”, B writes about “Y”, and C promoted “Z”"             */

static gboolean
opens_quote (const Tok *t)
{
  return _ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, 0x201C) || _ds_tok_is_punct (t, 0x2018);
}

static gboolean
closes_quote (const Tok *t)
{
  return _ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, 0x201D) || _ds_tok_is_punct (t, 0x2019);
}

typedef struct {
  guint name_a, name_b;   /* the person */
  guint verb_a;           /* what they do with the term, to the quote */
  guint quote;            /* the opening quotation mark */
  guint close;            /* the closing one */
} TermUse;

/* Whether [@a, @b) is "Name verb … “term”": one to three capitalised
 * words, one to four words in lower case, a quoted term that ends the
 * part. */
static gboolean
term_use (const Sent *s,
          guint       a,
          guint       b,
          TermUse    *use)
{
  guint k = a;

  if (k < b && (s->toks[k].flags & W_CONJ))
    k++;
  use->name_a = k;
  while (k < b && k < use->name_a + 3 && s->toks[k].type == TOK_WORD && s->toks[k].cap &&
         !(s->toks[k].flags & (W_FUNCTION | W_PRONOUN)))
    k++;
  use->name_b = use->verb_a = k;
  if (k == use->name_a)
    return FALSE;
  while (k < b && k < use->verb_a + 4 && s->toks[k].type == TOK_WORD && !s->toks[k].cap)
    k++;
  if (k == use->verb_a || k + 2 >= b || !opens_quote (&s->toks[k]) || !closes_quote (&s->toks[b - 1]))
    return FALSE;
  use->quote = k;
  use->close = b - 1;
  for (k = use->quote + 1; k < use->close; k++)
    if (s->toks[k].type != TOK_WORD)
      return FALSE;
  return use->close > use->quote + 1;
}

/* "Hartono prefers “smart power”, Wilkins writes about “soft coercion”,
 * and Adeyemi promoted “civic leverage”": who uses which term, each part
 * a person, a verb and a quoted term; asked "Who promoted “civic
 * leverage”?" (template who_term) for each. Only when every part of the
 * sentence is such a part. */
void
_ds_find_term_users (Ctx  *ctx,
                     Sent *s)
{
  Range segs[MAX_SEGMENTS];
  TermUse uses[MAX_SEGMENTS];
  guint e = _ds_body_end (s), n;

  if (s->question || e < 8)
    return;
  n = segments (s, 0, e, FALSE, segs);
  if (n < 2 || n > 5)
    return;
  for (guint k = 0; k < n; k++)
    if (!term_use (s, segs[k].a, segs[k].b, &uses[k]) || _ds_toks_any_used (s, segs[k].a, segs[k].b) ||
        (k + 1 < n && (s->toks[uses[k].name_a].flags & W_CONJ)))
      return;
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *verb = _ds_toks_dup (s, uses[k].verb_a, uses[k].quote);
      g_autofree char *term = _ds_toks_dup (s, uses[k].quote, uses[k].close + 1);
      DsClaim *claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, uses[k].name_a, uses[k].name_b);

      claim->question = ds_lang_expand (ctx->lang, "who_term", "verb", verb, "term", term, NULL);
      _ds_claim_commit (ctx, claim);
    }
  _ds_toks_mark_used (s, 0, e);
}
