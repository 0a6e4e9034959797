/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Phrases the rules share: the noun phrase that ends before a cue word, a
 * term that can be asked about, the text of a run of tokens, and where a
 * sentence's body or a clause starts and ends.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-words.h"
#include "ds-utf8.h"

/* A word that can stand in a noun phrase. */
gboolean
_ds_tok_nounish (const Tok *t)
{
  if (t->type == TOK_SYMBOL)
    return TRUE;
  return t->type == TOK_WORD && !t->verb &&
         (t->flags & (W_FUNCTION | W_CUE_NAMING | W_CUE_DEF | W_CUE_EXAMPLE | W_COUNT |
                      W_ORDINAL)) == 0;
}

/* "primarily", "convincingly": an English adverb by its ending (a word
 * of five letters or more in "-ly"), which the lexicon need not know. */
gboolean
_ds_tok_ly_adverb (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ly", 2) == 0;
}

/* "negotiating", "acting": an English word in "-ing", a gerund or a
 * participle by its ending. */
gboolean
_ds_tok_ing_word (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0;
}

/* "signed", "agreed", "guaranteed": an English word in "-ed", a past
 * or a participle by its ending; not "exceed", "proceed", "need",
 * "breed" (a word in "-eed" is one only after "r" or "t", and long:
 * "agreed", "decreed", "guaranteed"). */
gboolean
_ds_tok_ed_word (const Tok *t)
{
  if (t->type != TOK_WORD || t->len <= 4 || ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) != 0)
    return FALSE;
  if (g_ascii_tolower (t->p[t->len - 3]) != 'e')
    return TRUE;
  return t->len > 5 && (g_ascii_tolower (t->p[t->len - 4]) == 'r' || g_ascii_tolower (t->p[t->len - 4]) == 't');
}

/* Whether the English word at @k of @s is told in the past: a past
 * form of the phrase list when_past ("was", "had", "took", "began") or
 * a word in "-ed" (_ds_tok_ed_word()). */
gboolean
_ds_en_past_at (Ctx        *ctx,
                const Sent *s,
                guint       k)
{
  return _ds_phrase_at (ctx, s, k, PL_WHEN_PAST) == 1 || _ds_tok_ed_word (&s->toks[k]);
}

/* "tujuannya", "perannya": a possessive that points elsewhere. */
gboolean
_ds_tok_ends_nya (const Tok *t)
{
  const char *e;

  /* Asked of every word of many rules: the last byte, in either case,
   * says no for most before any call. */
  /* "Kenya" ends so by its spelling and points nowhere. */
  if (t->type != TOK_WORD || t->len < 4 || (t->flags & W_COUNTRY))
    return FALSE;
  e = t->p + t->len - 3;
  if ((e[2] | 0x20) != 'a' || (e[1] | 0x20) != 'y' || (e[0] | 0x20) != 'n')
    return FALSE;
  /* "sekurang-kurangnya", "selambat-lambatnya", "sebaik-baiknya": a
   * doubled adjective between "se-" and "-nya" is an adverb (at least,
   * at the latest), no noun that something owns. */
  if (t->len > 8 && ds_ascii_strncasecmp (t->p, "se", 2) == 0 && memchr (t->p, '-', t->len) != NULL)
    return FALSE;
  return !_ds_tok_is (t, "lainnya") && !_ds_tok_is (t, "lainya");
}

/* The source text of tokens [i, j). */
char *
_ds_toks_dup (const Sent *s,
              guint       i,
              guint       j)
{
  if (i >= j)
    return g_strdup ("");
  if (G_UNLIKELY (s->n_gaps > 0))
    return _ds_sent_text_dup (s, s->toks[i].p, s->toks[j - 1].p + s->toks[j - 1].len);
  return g_strndup (s->toks[i].p, s->toks[j - 1].p + s->toks[j - 1].len - s->toks[i].p);
}

/* Marks tokens [i, j) as taken by a claim, so that no other rule reads
 * them again. */
void
_ds_toks_mark_used (Sent  *s,
                    guint  i,
                    guint  j)
{
  for (guint k = i; k < j && k < s->n; k++)
    s->toks[k].used = TRUE;
  s->maybe_used |= i < j && i < s->n;
}

gboolean
_ds_toks_any_used (const Sent *s,
                   guint       i,
                   guint       j)
{
  if (!s->maybe_used)
    return FALSE;
  for (guint k = i; k < j && k < s->n; k++)
    if (s->toks[k].used)
      return TRUE;
  return FALSE;
}

/* Whether a word of [@i, @j) leans on what came before: a pronoun, a
 * demonstrative ("itu", "tersebut", "this", "these"), a word in "-nya". */
gboolean
_ds_toks_lean_back (const Sent *s,
                    guint       i,
                    guint       j)
{
  for (guint k = i; k < j && k < s->n; k++)
    if (s->toks[k].type == TOK_WORD &&
        ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)) || _ds_tok_ends_nya (&s->toks[k])))
      return TRUE;
  return FALSE;
}

/* Whether tokens [@i, @j) hold a year ("pada 2019", "in 1998"): a number
 * of four digits from 1900 to 2099. */
gboolean
_ds_toks_any_year (const Sent *s,
                   guint       i,
                   guint       j)
{
  for (guint k = i; k < j && k < s->n; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_NUMBER && t->len == 4 && (strncmp (t->p, "19", 2) == 0 || strncmp (t->p, "20", 2) == 0))
        return TRUE;
    }
  return FALSE;
}

/* "the", "a", "an": an English article. */
gboolean
_ds_tok_is_article (const Tok *t)
{
  return _ds_tok_is (t, "the") || _ds_tok_is (t, "a") || _ds_tok_is (t, "an");
}

/* "Programme of Action": a capitalised word later in the phrase makes it
 * a name. */
static gboolean
later_capital (const Sent *s,
               guint       i,
               guint       j)
{
  for (guint k = i; k < j && k < i + 4; k++)
    {
      /* ("Pada 2022, Forum …": a comma ends the phrase before the
       * capital; the opening "Pada" is the sentence's.) */
      if (_ds_tok_is_punct (&s->toks[k], ','))
        return FALSE;
      if (s->toks[k].cap && s->toks[k].type == TOK_WORD)
        return TRUE;
      /* "Mitra dagang terbesar negara Teluk Varan": a lower-case word
       * of content before the capital opens a common noun's phrase,
       * whose name comes later. */
      if (s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION))
        return FALSE;
    }
  return FALSE;
}

/* Like _ds_toks_dup(), lower-casing the first letter when it is capitalised
 * only because it starts the sentence ("Diplomasi digital" → "diplomasi
 * digital"), not when it is a name ("Cyber Diplomacy", "Israel", "ASEAN"). */
/* "South-South", "Asia-Pacific": a capital after a hyphen inside the
 * word marks a name. */
static gboolean
hyphen_capital (const Tok *t)
{
  for (guint k = 1; k + 1 < t->len; k++)
    if (t->p[k] == '-' && g_ascii_isupper (t->p[k + 1]))
      return TRUE;
  return FALSE;
}

char *
_ds_phrase_dup (const Sent *s,
                guint       i,
                guint       j,
                gboolean    lower_first)
{
  char *text = _ds_toks_dup (s, i, j);
  const Tok *t = &s->toks[i];
  gboolean name;

  if (!lower_first || i >= j || !t->cap || t->type != TOK_WORD)
    return text;

  /* "The UNFCCC", "The Paris Agreement": the article is no part of a
   * name's capitals. */
  /* "Norwegian salmon lost …", "Japanese fleets stopped …": a people's
   * or a region's adjective (the phrase list questions2_demonym) is
   * written with its capital anywhere in the sentence. */
  /* "As a result, Kestria became …": after the comma of a lead, a
   * capital is the word's own, not the sentence's. */
  name = !_ds_tok_is_article (t) &&
         ((i > 0 && _ds_tok_is_punct (&s->toks[i - 1], ',')) ||
          (t->flags & W_COUNTRY) != 0 || t->len < 2 || g_ascii_isupper (t->p[1]) ||
          _ds_word_in_either (t, "questions2_demonym") || hyphen_capital (t) ||
          later_capital (s, i + 1, j));
  if (!name && (guchar) text[0] < 0x80)
    text[0] = ds_ascii_tolower (text[0]);

  return text;
}

char *
_ds_capitalize (char *str)
{
  if (str != NULL && g_ascii_islower (str[0]))
    str[0] = g_ascii_toupper (str[0]);
  return str;
}

static gboolean
is_quote (gunichar ch)
{
  return ch == '"' || ch == 0x201C || ch == 0x201D || ch == 0x2018 ||
         ch == 0x2019 || ch == 0xAB || ch == 0xBB;
}

/* "yang khusus mengurusi": a verb in a relative clause belongs to the
 * phrase; returns the index of that "yang", or -1. */
static int
relative_before (const Sent *s,
                 guint       lo,
                 guint       verb)
{
  for (guint k = 1; k <= 5 && verb >= lo + k; k++)
    {
      const Tok *t = &s->toks[verb - k];

      if (t->type == TOK_PUNCT)
        return -1;
      if (t->flags & W_RELATIVE)
        return (int) (verb - k);
    }
  return -1;
}

/* "dengan kata lain", "di sisi lain": connectives that end in a noun. */
static gboolean
connective_lain (const Sent *s,
                 guint       i,
                 guint       lo)
{
  return _ds_tok_is (&s->toks[i], "lain") && i > lo &&
         (_ds_tok_is (&s->toks[i - 1], "kata") || _ds_tok_is (&s->toks[i - 1], "sisi"));
}

/* An acronym: "BSSN", "CERT", "PBB", "NGOs" (two thirds capitals). */
gboolean
_ds_tok_is_acronym (const Tok *t)
{
  guint upper = 0;

  if (t->type != TOK_WORD || t->len < 2 || t->len > 10 || !g_ascii_isupper (t->p[0]))
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    upper += g_ascii_isupper (t->p[i]) != 0;
  return upper >= 2 && upper * 3 >= t->len * 2;
}

static gboolean
counted_noun (const Sent *s,
              guint       lo,
              guint       k)
{
  for (guint j = k; j > lo && j + 3 > k; j--)
    if (s->toks[j - 1].flags & W_COUNT)
      return TRUE;
  return FALSE;
}

/* A name's acronym in brackets: "Badan Siber dan Sandi Negara (BSSN)",
 * and a common noun's: "computer emergency response team (CERT)". */
static gboolean
acronym_before (const Sent *s,
                guint       lo,
                guint       i)
{
  return i >= lo + 4 && _ds_tok_is_punct (&s->toks[i - 1], ')') &&
         _ds_tok_is_punct (&s->toks[i - 3], '(') && s->toks[i - 2].type == TOK_WORD &&
         s->toks[i - 2].cap && (s->toks[i - 4].cap || _ds_tok_is_acronym (&s->toks[i - 2])) &&
         s->toks[i - 4].type == TOK_WORD;
}

/* "dan" inside a name: "Badan Siber dan Sandi Negara". */
static gboolean
conj_in_name (const Sent *s,
              guint       lo,
              guint       i,
              guint       taken)
{
  return (s->toks[i - 1].flags & W_CONJ) && taken > 0 && i - 1 > lo && s->toks[i].cap &&
         s->toks[i - 2].cap && s->toks[i - 2].type == TOK_WORD;
}

/* "Hak sipil dan politik mencakup …": two nouns joined by "dan" that open
 * the clause are one subject; *@start receives where it starts. */
static gboolean
conj_opens_clause (const Sent *s,
                   guint       lo,
                   guint       i,
                   guint       taken,
                   guint      *start)
{
  guint j = i - 1;

  if (!(s->toks[j].flags & W_CONJ) || taken == 0 || taken > 3 || j == lo)
    return FALSE;
  while (j > lo && _ds_tok_nounish (&s->toks[j - 1]) && !(s->toks[j - 1].flags & W_ANAPHOR) && i - j < 6)
    j--;
  if (j == i - 1 || (j > lo && s->toks[j - 1].type != TOK_PUNCT &&
                     !(s->toks[j - 1].flags & (W_CONNECTIVE | W_DET))))
    return FALSE;
  *start = j;
  return TRUE;
}

/* A preposition or determiner inside the phrase, between nouns: "bagi
 * setiap Negara"; returns where the run of them starts, or 0 when the
 * phrase ends there. */
static guint
inner_prep (const Sent *s,
            guint       lo,
            guint       i,
            guint       taken)
{
  guint before = i - 1;
  gboolean prep = (s->toks[before].flags & W_PREP) != 0;

  while (before > lo && s->toks[before - 1].type == TOK_WORD &&
         (s->toks[before - 1].flags & (W_PREP | W_DET)) && !s->toks[before - 1].verb)
    prep |= (s->toks[--before].flags & W_PREP) != 0;
  /* A determiner with no preposition before it starts the phrase
   * ("identify several obstacles"). */
  if (taken == 0 || before == lo || !prep || !_ds_tok_nounish (&s->toks[before - 1]))
    return 0;
  /* "meet every year at the Conference of the Parties": a preposition
   * of place or time that opens an adverbial (the phrase list
   * facts5_prep_adjunct) joins no noun to the one before it. */
  for (guint k = before; k < i; k++)
    if ((s->toks[k].flags & W_PREP) && _ds_word_in_either (&s->toks[k], "facts5_prep_adjunct"))
      return 0;
  return before;
}

/*
 * Walks back from @hi over the noun phrase that ends there: nouns, a
 * preposition between nouns ("tujuan dari serangan siber"), a relative
 * clause ("lembaga … yang khusus mengurusi …"); it stops at a verb, a cue,
 * a connective, a count word or punctuation. A trailing "ini"/"tersebut" is
 * left out; *@end receives where the phrase really ends.
 */
static gboolean
ber_modifier (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 5 && !t->cap && ds_ascii_strncasecmp (t->p, "ber", 3) == 0;
}

guint
_ds_np_start (const Sent *s,
              guint       lo,
              guint       hi,
              guint      *end)
{
  guint i = hi;
  guint taken = 0;

  while (i > lo && (s->toks[i - 1].flags & W_ANAPHOR) && !s->toks[i - 1].verb)
    i--;
  *end = i;
  /* "jalur kedua": an ordinal after its noun belongs to the phrase. */
  if (i > lo + 1 && (s->toks[i - 1].flags & W_ORDINAL) && _ds_tok_nounish (&s->toks[i - 2]))
    {
      i--;
      taken++;
    }

  while (i > lo)
    {
      const Tok *t = &s->toks[i - 1];
      guint k;

      if (t->type == TOK_PUNCT)
        {
          if (is_quote (t->ch) && taken > 0)
            i--;
          else if (taken == 0 && acronym_before (s, lo, i))
            i -= 3, taken++;
          else
            break;
          continue;
        }
      /* "Perjanjian Mekong 1995", "Piagam ASEAN 2007": a year right
       * after a name is part of the name. */
      if (i == *end && t->type == TOK_NUMBER && t->len == 4 && i - 1 > lo && s->toks[i - 2].cap &&
          s->toks[i - 2].type == TOK_WORD)
        {
          i--;
          continue;
        }
      /* "drivers of the 2014 mission": a year between an article and
       * its noun says which one; it is the phrase's. */
      if (t->type == TOK_NUMBER && t->len == 4 && taken > 0 && i - 1 > lo && _ds_tok_is_article (&s->toks[i - 2]))
        {
          i--;
          continue;
        }
      if (t->type == TOK_NUMBER || connective_lain (s, i - 1, lo))
        break;
      if (conj_in_name (s, lo, i, taken) || (t->flags & W_RELATIVE))
        {
          i--;
          taken++;
          continue;
        }
      if (conj_opens_clause (s, lo, i, taken, &k))
        {
          i = k;
          break;
        }
      if ((t->flags & (W_PREP | W_DET)) && !t->verb)
        {
          if ((k = inner_prep (s, lo, i, taken)) == 0)
            break;
          i = k;
          taken++;
          continue;
        }
      /* "three main aims": after a count word a verb's spelling is a noun. */
      if (t->verb && taken == 0 && counted_noun (s, lo, i - 1))
        {
          i--;
          taken++;
          continue;
        }
      /* "diplomasi berbasis bukti", "negara berkembang": a "ber-" word
       * after a noun and inside the phrase describes it. */
      if (t->verb && taken > 0 && i - 1 > lo && ber_modifier (t) && _ds_tok_nounish (&s->toks[i - 2]) &&
          !s->toks[i - 2].verb)
        {
          i--;
          taken++;
          continue;
        }
      if (t->verb || (t->flags & W_AUX))
        {
          int rel = relative_before (s, lo, i - 1);

          if (rel < 0)
            break;
          i = (guint) rel;
          taken++;
          continue;
        }
      if (!_ds_tok_nounish (t) || (t->flags & W_ANAPHOR))
        break;
      i--;
      taken++;
    }

  return i;
}

/* Whether [@start, @end) is the tail of a series whose first item stands
 * before a comma: "Cultural institutes, exchange schemes and state
 * broadcasters are …" is no term "exchange schemes and state
 * broadcasters". An opening before the comma ("Secara umum, hak dan
 * kewajiban …") starts on a function word and is no item. */
static gboolean
series_tail (const Sent *s,
             guint       start,
             guint       end)
{
  guint a = start - 1;
  gboolean conj = FALSE;

  if (start < 2 || !_ds_tok_is_punct (&s->toks[start - 1], ','))
    return FALSE;
  for (guint i = start; i < end; i++)
    conj |= s->toks[i].type == TOK_WORD && (s->toks[i].flags & W_CONJ) != 0;
  if (!conj)
    return FALSE;
  while (a > 0 && !_ds_tok_is_punct (&s->toks[a - 1], ',') && start - 1 - a < 5)
    a--;
  if (a > 0 && !_ds_tok_is_punct (&s->toks[a - 1], ','))
    return FALSE;
  if (s->toks[a].flags & (W_FUNCTION | W_PREP | W_CONNECTIVE | W_ADV))
    return FALSE;
  for (guint i = a; i < start - 1; i++)
    if (s->toks[i].type != TOK_WORD || s->toks[i].verb || !_ds_tok_nounish (&s->toks[i]))
      return FALSE;
  return TRUE;
}

/* "pergeseran krn:", "goal w/:", "Evidence against:": a note line's
 * label [@start, @end) that ends on a connective, a preposition or a
 * conjunction (or a shorthand of one, with its slash) is cut before what
 * it governs; "Mei 2016 (era …)": a month and its figure are a date.
 * Neither is a term its line defines. */
gboolean
_ds_term_cut_short (const Sent *s,
                    guint       start,
                    guint       end)
{
  const Tok *last;

  if (end <= start + 1)
    return FALSE;
  last = &s->toks[end - 1];
  if (_ds_tok_is_punct (last, '/') && last[-1].type == TOK_WORD && last[-1].len <= 2)
    return TRUE;
  /* ("tenggat yang ada": a connective that is a verb too ends a
   * relative clause.) */
  if (last->type == TOK_WORD && !last->cap && (last->flags & (W_CONNECTIVE | W_PREP | W_CONJ)) && !(last->flags & W_VERB))
    return TRUE;
  return (s->toks[start].flags & W_MONTH) && s->toks[start + 1].type == TOK_NUMBER;
}

/* A term a question can name: up to six words (and a name's acronym), no
 * function word, vague word or possessive at its edges, not "salah satu",
 * not the tail of a series (series_tail()). */
gboolean
_ds_term_usable (const Sent *s,
                 guint       start,
                 guint       end)
{
  const Tok *first, *last;
  guint words = 0;

  if (start >= end)
    return FALSE;
  first = &s->toks[start];
  last = &s->toks[end - 1];
  for (guint i = start; i < end; i++)
    words += s->toks[i].type == TOK_WORD;
  if (words == 0 || words > 7 || end - start > 9)
    return FALSE;
  if (first->type != TOK_WORD && first->type != TOK_SYMBOL && !_ds_tok_is_punct (first, 0x201C) &&
      !_ds_tok_is_punct (first, '"'))
    return FALSE;
  if ((first->flags & (W_FUNCTION | W_VAGUE | W_QUANT | W_COUNT | W_ORDINAL)) ||
      (last->flags & (W_PREP | W_CONJ | W_DET | W_RELATIVE)))
    return FALSE;
  return !_ds_tok_ends_nya (first) && !_ds_tok_ends_nya (last) && !series_tail (s, start, end);
}

/* "Peran ASEAN Regional Forum" read inside a question: a heading's title
 * case says nothing, so its words go to lower case but for acronyms
 * ("ASEAN") and words with digits (names the essay writes in capitals
 * are restored afterwards). With @noun, the noun of "Forum ini", "this
 * forum" that points at the heading: a heading that names a role or a
 * challenge of it ("Peran …", "The Role of …") loses that word when
 * what is left holds @noun, and what is left, in capitals, is a name kept
 * as written. */
static char *heading_phrase (Ctx        *ctx,
                             const char *heading,
                             const char *noun);

/* Whether the word @w, folded, is a phrase of the list @name of the
 * essay's language. */
static gboolean
heading_word_in (Ctx        *ctx,
                 const char *w,
                 const char *name)
{
  const char * const *list = ds_lang_get_phrases (ctx->lang, name);
  g_autofree char *folded = ds_words_fold (w, DS_FOLD_STRIP_MARKS);

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (strcmp (folded, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Words either side of a heading's colon at most, for it to be read as
 * its topic and an aspect of it. */
#define ASPECT_HEADING_MAX_WORDS 4

/* "Realism: Core Assumptions", "Diplomasi Digital: Fungsi dan Bentuk": a
 * topic, a colon, and what of it the section takes up (a word of
 * heading_aspect): asked as one phrase, "core assumptions of realism",
 * "fungsi dan bentuk diplomasi digital", never "the realism: core
 * assumptions". NULL for any other heading. */
char *
_ds_aspect_heading (Ctx        *ctx,
                    const char *heading)
{
  const char *colon = strchr (heading, ':');
  g_auto(GStrv) topic = NULL;
  g_auto(GStrv) aspect = NULL;
  gboolean named = FALSE;

  if (colon == NULL || colon == heading || colon[1] != ' ' || strchr (colon + 1, ':') != NULL ||
      strpbrk (heading, "?!()\"") != NULL)
    return NULL;
  {
    g_autofree char *head = g_strndup (heading, colon - heading);

    topic = g_strsplit (g_strstrip (head), " ", -1);
  }
  aspect = g_strsplit (colon + 2, " ", -1);
  if (g_strv_length (topic) > ASPECT_HEADING_MAX_WORDS || g_strv_length (aspect) > ASPECT_HEADING_MAX_WORDS ||
      *topic[0] == '\0' || *aspect[0] == '\0')
    return NULL;
  for (guint i = 0; topic[i] != NULL; i++)
    if (heading_word_in (ctx, topic[i], "heading_aspect"))
      return NULL;
  for (guint i = 0; aspect[i] != NULL && !named; i++)
    named = heading_word_in (ctx, aspect[i], "heading_aspect");
  if (!named)
    return NULL;
  return g_strdup_printf (ctx->english ? "%s of %.*s" : "%s %.*s", colon + 2, (int) (colon - heading), heading);
}

char *
_ds_heading_phrase (Ctx        *ctx,
                    const char *heading,
                    const char *noun)
{
  g_autofree char *aspect = _ds_aspect_heading (ctx, heading);

  if (aspect != NULL)
    return _ds_heading_phrase (ctx, aspect, noun);
  return heading_phrase (ctx, heading, noun);
}

static char *
heading_phrase (Ctx        *ctx,
                const char *heading,
                const char *noun)
{
  g_auto(GStrv) words = g_strsplit (heading, " ", -1);
  guint n = g_strv_length (words), a = 0;
  gboolean name = noun != NULL;
  GString *out = g_string_new (NULL);

  if (noun != NULL && n > 2)
    {
      if (g_ascii_strcasecmp (words[a], "the") == 0)
        a++;
      if (ds_lang_lookup (ctx->lang, words[a], -1, NULL) & W_HEAD_CUE)
        {
          a++;
          while (a + 1 < n && (ds_lang_lookup (ctx->lang, words[a], -1, NULL) & W_PREP) &&
                 !g_ascii_isupper (words[a][0]))
            a++;
        }
      else
        a = 0;
    }
  /* The noun must be the heading's: "Kebijakan ini" under "Peran
   * Pemerintah Daerah" is no role of it. */
  if (noun != NULL)
    {
      guint k = a;

      while (k < n && g_ascii_strcasecmp (words[k], noun) != 0)
        k++;
      if (k == n)
        a = 0, name = FALSE;
    }
  for (guint i = a; name && i < n; i++)
    if (!g_ascii_isupper (words[i][0]) && !(ds_lang_lookup (ctx->lang, words[i], -1, NULL) & (W_PREP | W_CONJ | W_DET)))
      name = FALSE;
  for (guint i = a; i < n; i++)
    {
      const char *w = words[i];
      gboolean keep = name || ds_utf8_all_capitals (w, strlen (w)) || strpbrk (w, "0123456789") != NULL;

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (keep)
        g_string_append (out, w);
      else
        {
          g_autofree char *down = ds_utf8_strdown (w, -1);

          g_string_append (out, down);
        }
    }
  return g_string_free (out, FALSE);
}

/* "Resolution 77/36", "Decision 2021/14", "Resolusi 76/19", "ISO 27001:2022":
 * a mark at @k between two figures joins the number of a name, no
 * clause's punctuation. */
gboolean
_ds_tok_number_joint (const Sent *s,
                      guint       k)
{
  const Tok *t = &s->toks[k];

  return t->type == TOK_PUNCT && (t->ch == '/' || t->ch == '.' || t->ch == ':' || t->ch == '-') && k > 0 &&
         k + 1 < s->n && s->toks[k - 1].type == TOK_NUMBER && s->toks[k + 1].type == TOK_NUMBER &&
         s->toks[k - 1].p + s->toks[k - 1].len == t->p && t->p + t->len == s->toks[k + 1].p;
}
