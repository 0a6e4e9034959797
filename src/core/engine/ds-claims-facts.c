/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, facts: who said what ("… menegaskan bahwa …"), who did
 * what and when ("ASEAN didirikan pada 8 Agustus 1967", "X didirikan oleh
 * Y", "Y menandatangani X"), a law ("UU Nomor 27 Tahun 2022 tentang …"),
 * a named account or app after "seperti", other names of a term (in
 * ds-claims-defs.c), and, for a sentence that gave nothing else, one key
 * figure, date or name to blank out.
 *
 * A figure is read whole: currency, number with its decimal comma and
 * thousands dots, scale, percent and what it counts ("Rp1,2 triliun",
 * "2,4 persen", "46%", "88.414.296 serangan").
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-utf8.h"

#define CLOZE_MAX_TOKENS 40

/* Whether @s holds a verb of judgement or worry that Indonesian writes
 * without "bahwa" and the lexicon knows as no report word ("khawatir",
 * "beranggapan": phrase list view_verb_bare), or an English verb of
 * answer or remark before "that" ("reply that", "note that": phrase
 * list view_verb_plain; "point out that": view_verb_particle). */
static gboolean
bare_view_verb (Ctx        *ctx,
                const Sent *s)
{
  for (guint k = 1; k + 3 < s->n; k++)
    if (!(s->toks[k].flags & W_REPORT) &&
        (ctx->english ? ((s->toks[k + 1].flags & W_THAT) && _ds_phrase_at (ctx, s, k, PL_VIEW_VERB_PLAIN) == 1) ||
                          (k + 4 < s->n && (s->toks[k + 2].flags & W_THAT) &&
                           _ds_phrase_at (ctx, s, k, PL_VIEW_VERB_PARTICLE) == 2)
                      : _ds_phrase_at (ctx, s, k, PL_VIEW_VERB_BARE) == 1))
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Figures and dates                                                   */

typedef struct {
  guint    a;
  guint    b;
  gboolean weighty;   /* a scale, a percent, money or a unit */
  gboolean scaled;    /* a scale, a percent or money: no mere count */
  gboolean year;      /* a year alone */
  gboolean date;      /* a day and a month */
} Figure;

static inline gboolean
year_like (const Tok *t)
{
  return t->type == TOK_NUMBER && t->len == 4 &&
         (strncmp (t->p, "19", 2) == 0 || strncmp (t->p, "20", 2) == 0);
}

/* "1990s", "1980-an": a decade counts nothing, so the words after it
 * ("In the late 1990s illegal catches exceeded …") are no unit of it. */
static gboolean
decade_like (const Tok *t)
{
  return t->type == TOK_NUMBER && t->len >= 5 &&
         (t->p[t->len - 1] == 's' || strncmp (t->p + t->len - 3, "-an", 3) == 0);
}

/* Whether token @k is a number of one or two digits from 1 to @max. */
static gboolean
small_number (const Sent *s,
              guint       k,
              guint       max)
{
  const Tok *t = &s->toks[k];
  guint n;

  if (t->type != TOK_NUMBER || t->len > 2 || !g_ascii_isdigit (t->p[0]) || (t->len == 2 && !g_ascii_isdigit (t->p[1])))
    return FALSE;
  n = t->len == 2 ? (guint) (t->p[0] - '0') * 10 + (guint) (t->p[1] - '0') : (guint) (t->p[0] - '0');
  return n >= 1 && n <= max;
}

/* "3/6/2024": a day, a month and a year between slashes, as news write
 * the date after the weekday ("Senin (3/6/2024)"); the token after it,
 * or 0. */
static guint
read_slash_date (const Sent *s,
                 guint       i,
                 guint       e)
{
  if (i + 4 >= e)
    return 0;
  if (!small_number (s, i, 31) || !_ds_tok_is_punct (&s->toks[i + 1], '/') || !small_number (s, i + 2, 12) ||
      !_ds_tok_is_punct (&s->toks[i + 3], '/') || !year_like (&s->toks[i + 4]))
    return 0;
  return i + 5;
}

/* "8 Agustus 1967", "Agustus 1967", "October 17, 2022", "3/6/2024". */
/* "19-24": two days joined by a hyphen in one token. */
static gboolean
day_span_token (const Tok *t)
{
  const char *dash;

  if (t->type != TOK_NUMBER || t->len < 3 || t->len > 5 || (dash = memchr (t->p, '-', t->len)) == NULL)
    return FALSE;
  for (const char *c = t->p; c < t->p + t->len; c++)
    if (c != dash && !g_ascii_isdigit (*c))
      return FALSE;
  return dash - t->p >= 1 && dash - t->p <= 2 && t->p + t->len - dash - 1 >= 1 && t->p + t->len - dash - 1 <= 2;
}

/* "Nov 2023", "Agt. 1963", "30 Okt 1962", "Apr 2014": a month cut
 * short (phrase list month_short, either language), with its capital,
 * before a year — notes and slides write months so; the tokens it takes
 * (its full stop too), or 0. Without the year ("Mar", "Sept") it may be
 * any word. */
static guint
short_month (const Sent *s,
             guint       k,
             guint       e)
{
  guint n = 1;

  if (k >= e || s->toks[k].type != TOK_WORD || !s->toks[k].cap || s->toks[k].len > 4 ||
      !_ds_word_in_either (&s->toks[k], "month_short"))
    return 0;
  if (k + n < e && _ds_tok_is_punct (&s->toks[k + n], '.'))
    n++;
  return k + n < e && year_like (&s->toks[k + n]) ? n : 0;
}

/* The tokens a month takes at @k (a full month, or one cut short before
 * its year), or 0. */
static guint
month_at (const Sent *s,
          guint       k,
          guint       e)
{
  if (k < e && (s->toks[k].flags & W_MONTH))
    return 1;
  return short_month (s, k, e);
}

static guint
read_date (const Sent *s,
           guint       i,
           guint       e)
{
  guint k = i, m;

  if (k + 4 < e && s->toks[k].type == TOK_NUMBER && s->toks[k].len <= 2 && _ds_tok_is_punct (&s->toks[k + 1], '/'))
    return read_slash_date (s, k, e);

  /* "18–24 April 1955", "22-25 Mei 2019": days that span, one date. */
  if (k + 3 < e && small_number (s, k, 31) &&
      (_ds_tok_is_punct (&s->toks[k + 1], '-') || _ds_tok_is_punct (&s->toks[k + 1], 0x2013)) &&
      small_number (s, k + 2, 31) && month_at (s, k + 3, e) > 0)
    k += 2;
  /* ("19-24 April 2015", read as one number.) */
  else if (k + 1 < e && day_span_token (&s->toks[k]) && month_at (s, k + 1, e) > 0)
    k++;
  /* "April–May 2007", "Mei–Juni 2024": months that span, one date. */
  else if (k + 3 < e && (s->toks[k].flags & W_MONTH) &&
           (_ds_tok_is_punct (&s->toks[k + 1], '-') || _ds_tok_is_punct (&s->toks[k + 1], 0x2013)) &&
           (s->toks[k + 2].flags & W_MONTH) && year_like (&s->toks[k + 3]))
    k += 2;
  if (k < e && s->toks[k].type == TOK_NUMBER && s->toks[k].len <= 2)
    k++;
  if (k >= e || (m = month_at (s, k, e)) == 0)
    return 0;
  k += m;
  if (k < e && s->toks[k].type == TOK_NUMBER && s->toks[k].len <= 2)
    k++;
  /* ("April 18–24, 1955".) */
  if (k + 1 < e && k > i + 1 && small_number (s, k - 1, 31) &&
      (_ds_tok_is_punct (&s->toks[k], '-') || _ds_tok_is_punct (&s->toks[k], 0x2013)) && small_number (s, k + 1, 31))
    k += 2;
  if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
    k++;
  if (k < e && year_like (&s->toks[k]))
    return k + 1;
  return k > i + 1 && s->toks[i].type == TOK_NUMBER ? k : 0;
}

guint
_ds_read_date (const Sent *s,
               guint       i,
               guint       e)
{
  return read_date (s, i, e);
}

/* Whether the date [@a, @b) names its day ("3 December 2015", "December
 * 3, 2015", "13 Desember 2016"), not only a month or a year ("Jan 2018",
 * "1996", "2010–2011"): English asks "on" a day, "in" a month or a year. */
gboolean
_ds_date_names_day (const Sent *s,
                    guint       a,
                    guint       b)
{
  for (guint k = a; k < b; k++)
    if (small_number (s, k, 31) &&
        ((k + 1 < b && s->toks[k + 1].type == TOK_WORD && s->toks[k + 1].cap) ||
         (k > a && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap)))
      return TRUE;
  return FALSE;
}

/* "events", "kasus"; not "suspicious", "malicious", "access": an
 * adjective or a noun in "-ous", "-ss" is no plural that ends the noun
 * counted ("3,000 suspicious events" had "3,000 suspicious" as its
 * blank). */
static gboolean
plural_like (const Tok *t)
{
  return t->len >= 4 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' &&
         !(t->p[t->len - 2] == 'u' && t->p[t->len - 3] == 'o');
}

/* A word that may go on a counted noun phrase: lower case, no verb, no
 * function word ("badan antariksa", but not "badan mulai", "badan pada"). */
static gboolean
compound_word (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap &&
         !(t->flags & (W_FUNCTION | W_CUE_NAMING | W_CUE_DEF | W_CUE_EXAMPLE | W_COUNT | W_ORDINAL |
                       W_ADV | W_QUANT)) &&
         !_ds_word_in_either (t, "comparison_word") && !_ds_word_in_either (t, "facts_figure_stop");
}

/* After the noun at @k that a figure counts: "member states", "cable
 * repair ships" name one thing in two or three words that end in a
 * plural; without one (Indonesian marks none), the noun and the nouns
 * that qualify it ("lima badan antariksa", "400 juta anomali trafik"): a
 * blank on "lima badan" would leave "antariksa" as if it were counted. */
static guint
compound_end (const Sent *s,
              guint       k,
              guint       e)
{
  guint j;

  /* Only English marks a plural: "45 petugas pelabuhan kecil dan
   * menengah" counts the whole phrase, "petugas" is no plural. */
  if (s->english && plural_like (&s->toks[k]))
    return k + 1;
  for (j = k + 1; j < e && j <= k + 2 && s->english; j++)
    {
      /* ("states" may be a verb, but not straight after a count's noun.) */
      if (!compound_word (&s->toks[j]))
        break;
      if (plural_like (&s->toks[j]))
        return j + 1;
    }
  /* ("198 negara sepakat meninggalkan …": a word that only predicates,
   * phrase list facts_counted_predicate, is the clause's, no noun's.) */
  for (j = k + 1; j < e && j <= k + 2 && compound_word (&s->toks[j]) && !s->toks[j].verb &&
       !_ds_word_in_either (&s->toks[j], "facts_counted_predicate"); j++)
    ;
  /* "300 perjanjian semacam itu": the word before a demonstrative goes
   * with it, not with the noun counted. */
  if (j > k + 1 && j < e && (s->toks[j].flags & W_ANAPHOR))
    j--;
  /* "182 instansi pusat dan daerah": a qualifier's pair goes with it;
   * "kecil dan menengah" too, whose "me-" looks like a verb's, when the
   * phrase ends after it ("… serta mewawancarai 18 pejabat": a verb
   * with its object, a figure, is the clause's). */
  if (j > k + 1 && j + 1 < e && (s->toks[j].flags & W_CONJ) && compound_word (&s->toks[j + 1]) &&
      (!s->toks[j + 1].verb || (!s->english && (j + 2 >= e || s->toks[j + 2].type == TOK_PUNCT ||
                                                 (s->toks[j + 2].flags & W_PREP)))) &&
      (j + 2 >= e || !compound_word (&s->toks[j + 2]) || s->toks[j + 2].verb))
    return j + 2;
  return j;
}

/* Whether a figure stands in the few words from @a, before a comma, a
 * verb or another conjunction ("denda paling banyak Rp4 miliar", "a fine
 * of up to 5 million"; not "laporan resmi serta mewawancarai 18 …"). */
static gboolean
measure_follows (const Sent *s,
                 guint       a,
                 guint       e)
{
  for (guint k = a; k < e && k < a + 5; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_NUMBER || (t->flags & W_CURRENCY))
        return TRUE;
      if (_ds_tok_is_punct (t, ',') || (t->type == TOK_WORD && (t->verb || (t->flags & W_CONJ))))
        return FALSE;
    }
  return FALSE;
}

/* What a figure counts: the noun phrase after it ("120 ribu orang",
 * "400 juta anomali trafik"), or a counting noun. */
static guint
read_unit (const Sent *s,
           guint       k,
           guint       e)
{
  const Tok *t;

  if (k >= e)
    return k;
  t = &s->toks[k];
  /* "380 kasus pungutan liar", "1.200 serangan siber": in Indonesian
   * the nouns that qualify a counting noun name what is counted; a blank
   * on "380 kasus" left "pungutan liar" outside it (blind round 17). */
  if ((t->flags & W_UNIT) && !s->english && !_ds_tok_is (t, "kali") && k + 1 < e && !s->toks[k + 1].verb &&
      !_ds_word_in_either (&s->toks[k + 1], "facts_counted_predicate") &&
      compound_word (&s->toks[k + 1]) &&
      /* (a noun the lexicon knows, or one made with "-an": "warga
       * pindah ke …" goes on with its verb.) */
      ((s->toks[k + 1].flags & W_NOUN) ||
       (s->toks[k + 1].len > 5 && ds_ascii_strncasecmp (s->toks[k + 1].p + s->toks[k + 1].len - 2, "an", 2) == 0)))
    return compound_end (s, k, e);
  if (t->flags & W_UNIT)
    return k + 1;
  /* "250,000 US diplomatic cables": a code qualifies the noun counted
   * after it; a blank on "250,000 US" left "diplomatic cables" outside. */
  if (_ds_tok_is_acronym (t))
    return k + 1 < e && _ds_tok_nounish (&s->toks[k + 1]) && !s->toks[k + 1].cap ? compound_end (s, k + 1, e) : k;
  /* "300 such agreements": "such" (the first word of a cue pair) points
   * back; what is counted is named before. */
  if (t->flags & W_CUE_PAIR)
    return k;
  /* "18 persen dibanding bulan yang sama", "up 18 per cent compared
   * with …": what it is set against is no part of the figure. */
  if (_ds_word_in_either (t, "comparison_word"))
    return k;
  /* "12 and 30 per cent respectively", "masing-masing 12 persen dan 30
   * persen berturut-turut": how the figures pair with the names before
   * is no part of the last one (the phrase list facts_figure_stop). */
  if (_ds_word_in_either (t, "facts_figure_stop"))
    return k;
  /* "1.250 aduan konten palsu": the first noun says what is counted;
   * "27 states", "40 attacks": after a number a plural is a noun, though
   * it looks like a verb. */
  if ((_ds_tok_nounish (t) ||
       (t->type == TOK_WORD && t->verb && t->len > 3 && t->p[t->len - 1] == 's' && !(t->flags & W_FUNCTION))) &&
      !t->cap)
    {
      guint u = compound_end (s, k, e);

      /* "40 domestic and international systems": one word, then a
       * conjunction and two more (a modifier and the noun both share):
       * the word is half of a coordination, and a blank on it ("more
       * than _____ and international systems") cuts the phrase in two.
       * The whole phrase is what is counted ("42 regulasi dan laporan
       * resmi" too). "4 tahun dan/atau denda paling banyak Rp4 miliar"
       * joins a second measure with a figure of its own: no part of the
       * first. */
      if (u == k + 1 && u + 2 < e && (s->toks[u].flags & W_CONJ) && !(s->toks[u].flags & W_CONNECTIVE) &&
          !measure_follows (s, u + 1, e))
        {
          const Tok *m = &s->toks[u + 1], *h = &s->toks[u + 2];

          if (m->type == TOK_WORD && h->type == TOK_WORD && !m->cap && !h->cap && !m->verb &&
              !(m->flags & (W_FUNCTION | W_COUNT | W_DET)) && !(h->flags & (W_FUNCTION | W_COUNT)) && _ds_tok_nounish (h))
            return compound_end (s, u + 1, e);
        }
      return u;
    }
  return k;
}

/* Whether @t is a word of the phrase list @name of either language (as
 * essays mix them: "Pasal 5" in an English summary, "Art. 234" in an
 * Indonesian one). */
/* Both languages' lists @name, found once per process by the address of
 * @name (callers pass literals): _ds_word_in_either() is asked at many
 * words of a sentence. */
typedef struct {
  const char         *name;
  const char * const *lists[2];
} EitherLists;

static EitherLists *either_slots[16];

static const EitherLists *
either_lists (const char *name)
{
  static const char * const codes[] = { "id", "en" };
  EitherLists *found;

  for (guint i = 0; i < G_N_ELEMENTS (either_slots); i++)
    {
      found = g_atomic_pointer_get (&either_slots[i]);
      if (found == NULL)
        {
          found = g_new (EitherLists, 1);
          found->name = name;
          for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
            found->lists[l] = ds_lang_get_phrases (ds_lang_get (codes[l]), name);
          if (g_atomic_pointer_compare_and_exchange (&either_slots[i], NULL, found))
            return found;
          g_free (found);
          found = g_atomic_pointer_get (&either_slots[i]);
        }
      if (found->name == name)
        return found;
    }
  return NULL;
}

gboolean
_ds_word_in_either (const Tok  *t,
                    const char *name)
{
  static const char * const codes[] = { "id", "en" };
  const EitherLists *either;

  if (t->type != TOK_WORD)
    return FALSE;
  either = either_lists (name);
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = either != NULL ? either->lists[l] : ds_lang_get_phrases (ds_lang_get (codes[l]), name);

      /* Most entries differ at the first byte: told without measuring
       * them (_ds_tok_is() takes the entry's length first). */
      for (guint i = 0; list[i] != NULL; i++)
        if ((t->p[0] | 0x20) == list[i][0] && _ds_tok_is (t, list[i]))
          return TRUE;
    }
  return FALSE;
}

/* "2Africa", "5G": a name that begins with a digit, no figure. */
static gboolean
has_letter (const Tok *t)
{
  guint n = t->len;

  /* "1990s", "1980-an": a decade. */
  if (n > 4 && t->p[n - 1] == 's')
    n--;
  else if (n > 5 && strncmp (t->p + n - 3, "-an", 3) == 0)
    n -= 3;
  /* "2.9°C", "1,5°C": a temperature's scale, no name. */
  else if (n >= 4 && strncmp (t->p + n - 3, "\xc2\xb0", 2) == 0 && g_ascii_isupper (t->p[n - 1]))
    n -= 3;
  for (guint i = 0; i < n; i++)
    if (g_ascii_isalpha (t->p[i]))
      return TRUE;
  return FALSE;
}

/* "1.2bn", "3m", "12T": a figure and its scale in one word (the phrase
 * list "magnitude_suffix"). */
static gboolean
magnitude_suffixed (const Tok *t)
{
  Tok suffix = *t;
  guint n = 0;

  while (n < t->len && (g_ascii_isdigit (t->p[n]) || t->p[n] == '.' || t->p[n] == ','))
    n++;
  if (n == 0 || n == t->len || !g_ascii_isdigit (t->p[n - 1]))
    return FALSE;
  suffix.p += n;
  suffix.len -= n;
  suffix.type = TOK_WORD;
  return _ds_word_in_either (&suffix, "magnitude_suffix");
}

/* "33 mln. tonnes", "Rp 5 jt. per bulan": the period that shortens a
 * scale's word, written against it, is part of the figure (the sentence
 * did not end there). */
static guint
past_short_scale (const Sent *s,
                  guint       k,
                  guint       e)
{
  if (k + 1 < e && _ds_tok_is_punct (&s->toks[k], '.') &&
      s->toks[k - 1].p + s->toks[k - 1].len == s->toks[k].p)
    return k + 1;
  return k;
}

/* Whether tokens @a and @a + 1 are groups of digits one space apart. */
static gboolean
digit_groups_at (const Sent *s,
                 guint       a)
{
  const Tok *t = &s->toks[a], *u = &s->toks[a + 1];

  if (t->type != TOK_NUMBER || u->type != TOK_NUMBER || u->p != t->p + t->len + 1 || t->p[t->len] != ' ')
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (!g_ascii_isdigit (t->p[i]))
      return FALSE;
  for (guint i = 0; i < u->len; i++)
    if (!g_ascii_isdigit (u->p[i]))
      return FALSE;
  return TRUE;
}

/* "14 400", "1 250 000": tokens @a and @a + 1 are one figure grouped by
 * thousands with spaces. */
static gboolean
thousands_at (const Sent *s,
              guint       a)
{
  return digit_groups_at (s, a) && s->toks[a].len <= 3 && s->toks[a].p[0] != '0' && s->toks[a + 1].len == 3;
}

/* "0800 1234 567", "021 555 1234": token @k is a group of a number that
 * is dialled or filed, not counted (groups that open with a nought, or
 * three or more not all of three digits after the first, as "1 234 567"
 * is); no blank is made of a part of it. */
static gboolean
digit_group (const Sent *s,
             guint       k)
{
  guint a = k, b = k + 1;
  gboolean thousands = TRUE;

  while (a > 0 && digit_groups_at (s, a - 1))
    a--;
  while (b < s->n && digit_groups_at (s, b - 1))
    b++;
  for (guint i = a + 1; i < b; i++)
    thousands &= s->toks[i].len == 3;
  return b - a >= 2 && (s->toks[a].p[0] == '0' || (b - a >= 3 && !thousands));
}

/* Whether @t ends a word of the phrase list "percent_word" of either
 * language ("persen", "percent", the "cent" of "per cent"). */
static gboolean
percent_end (const Tok *t)
{
  static const char * const codes[] = { "id", "en" };

  if (t->type != TOK_WORD)
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), "percent_word");

      for (guint i = 0; list[i] != NULL; i++)
        {
          const char *last = strrchr (list[i], ' ');

          if (_ds_tok_is (t, last != NULL ? last + 1 : list[i]))
            return TRUE;
        }
    }
  return FALSE;
}

/* "2.4 to 2.9°C", "40 sampai 60 persen", "between 40 and 60 percent": a
 * range written in words, at the figure @k that starts at @i, is one
 * figure too (a blank on its lower end alone left "_____ to 2.9°C");
 * "from 12 to 30 percent", "dari 12 hingga 30 persen" is a change, its
 * ends asked apart (the phrase lists figure_range_to, figure_range_and,
 * figure_range_between, figure_change_from). */
static gboolean
range_in_words (const Sent *s,
                guint       i,
                guint       k,
                guint       e)
{
  const Tok *link, *high;

  if (k + 2 >= e)
    return FALSE;
  link = &s->toks[k + 1];
  high = &s->toks[k + 2];
  if (high->type != TOK_NUMBER || has_letter (high) || year_like (high) || year_like (&s->toks[k]) ||
      (k + 3 < e && thousands_at (s, k + 2)))
    return FALSE;
  if (_ds_word_in_either (link, "figure_range_to"))
    return i == 0 || !_ds_word_in_either (&s->toks[i - 1], "figure_change_from");
  return i > 0 && _ds_word_in_either (link, "figure_range_and") &&
         _ds_word_in_either (&s->toks[i - 1], "figure_range_between");
}

/* "menyalurkan 45 ton pupuk bersubsidi ke …": in Indonesian a "ber-" or
 * "ter-" word right after the counted noun, before a preposition or the
 * clause's end, says what state the thing counted is in, when the
 * sentence's verb came before the figure; "1.800 warga berpindah ke …",
 * the figure its subject, goes on with its verb. */
static gboolean
counted_state_word (const Sent *s,
                    guint       i,
                    guint       u,
                    guint       e)
{
  const Tok *t = &s->toks[u];
  gboolean verb = FALSE;

  if (s->english || u >= e || t->type != TOK_WORD || t->cap || t->len < 7 || (t->flags & W_VERB) ||
      !(ds_ascii_strncasecmp (t->p, "ber", 3) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0))
    return FALSE;
  /* ("berasal dari", "terdiri atas": a word whose preposition is its
   * complement is a verb; phrase list facts_counted_verb_prep.) */
  if (u + 1 < e && s->toks[u + 1].type == TOK_WORD &&
      (!(s->toks[u + 1].flags & W_PREP) || _ds_word_in_either (&s->toks[u + 1], "facts_counted_verb_prep")))
    return FALSE;
  for (guint k = 0; k < i && !verb; k++)
    verb = s->toks[k].verb && !(s->toks[k].flags & (W_AUX | W_FUNCTION)) && !s->toks[k].cap;
  /* ("memaksa 1.800 warga berpindah …": after a verb that makes someone
   * act, phrase list facts_counted_causative, the word is that act.) */
  for (guint k = i >= 2 ? i - 2 : 0; k < i && verb; k++)
    verb = !_ds_word_in_either (&s->toks[k], "facts_counted_causative");
  return verb;
}

static gboolean
read_figure_at (const Sent *s,
                guint       i,
                guint       e,
                Figure     *fig)
{
  guint k = i;
  gboolean decade, percent = FALSE;

  memset (fig, 0, sizeof *fig);
  /* "pada Maret 2019", "in June 2017": a month and its year. */
  if ((s->toks[k].flags & W_MONTH) && s->toks[k].cap && !s->toks[k].used)
    {
      fig->a = i;
      fig->b = read_date (s, k, e);
      fig->date = fig->b > k + 1 && s->toks[fig->b - 1].type == TOK_NUMBER;
      return fig->date;
    }
  if ((s->toks[k].flags & W_CURRENCY) && k + 1 < e && s->toks[k + 1].type == TOK_NUMBER)
    k++, fig->weighty = fig->scaled = TRUE;
  if (s->toks[k].type != TOK_NUMBER || s->toks[k].used || digit_group (s, k) || (k > 0 && thousands_at (s, k - 1)))
    return FALSE;
  if (has_letter (&s->toks[k]))
    {
      if (!magnitude_suffixed (&s->toks[k]))
        return FALSE;
      fig->a = i;
      fig->b = k + 1;
      fig->weighty = fig->scaled = TRUE;
      return TRUE;
    }
  fig->a = i;
  if ((fig->b = read_date (s, k, e)) != 0)
    {
      fig->date = TRUE;
      return TRUE;
    }
  fig->year = year_like (&s->toks[k]) && !fig->weighty;
  decade = decade_like (&s->toks[k]);
  /* "60–90 percent", "10 – 15 thousand": a range is one figure (a blank
   * on its upper end would leave "60–_____"); not a span of years. */
  if (k + 2 < e && (_ds_tok_is_punct (&s->toks[k + 1], 0x2013) || _ds_tok_is_punct (&s->toks[k + 1], '-')) &&
      s->toks[k + 2].type == TOK_NUMBER && !has_letter (&s->toks[k + 2]) && !fig->year &&
      !year_like (&s->toks[k + 2]))
    k += 2;
  else if (range_in_words (s, i, k, e) && !fig->year)
    k += 2;
  k++;
  while (k < e && thousands_at (s, k - 1))
    k++, fig->year = decade = FALSE;
  /* "3 x 24 jam" */
  if (k + 1 < e && (_ds_tok_is (&s->toks[k], "x") || _ds_tok_is_punct (&s->toks[k], 0xD7)) &&
      s->toks[k + 1].type == TOK_NUMBER)
    k += 2, fig->year = FALSE, fig->weighty = fig->scaled = TRUE;
  /* "60 per cent": a magnitude may take two words (the tokenizer marks
   * both). */
  if (k < e && (s->toks[k].flags & W_MAGNITUDE))
    {
      fig->weighty = fig->scaled = TRUE, fig->year = FALSE;
      while (k < e && (s->toks[k].flags & W_MAGNITUDE))
        k++;
      percent = percent_end (&s->toks[k - 1]);
      k = past_short_scale (s, k, e);
    }
  /* "250,000 US diplomatic cables": a two-letter code is a currency's
   * only before one ("US dollars"). */
  if (k < e && (_ds_tok_is_punct (&s->toks[k], '%') ||
                ((s->toks[k].flags & W_CURRENCY) &&
                 !(_ds_tok_is_acronym (&s->toks[k]) && s->toks[k].len == 2 &&
                   !(k + 1 < e && (s->toks[k + 1].flags & W_CURRENCY))))))
    {
      percent = _ds_tok_is_punct (&s->toks[k], '%');
      /* "5 juta dolar AS": the country's code is part of the currency. */
      if ((s->toks[k].flags & W_CURRENCY) && k + 1 < e && _ds_tok_is_acronym (&s->toks[k + 1]) &&
          s->toks[k + 1].len <= 3)
        k++;
      /* "4,3 billion US dollars": the code before the currency. */
      else if ((s->toks[k].flags & W_CURRENCY) && k + 1 < e && (s->toks[k + 1].flags & W_CURRENCY) &&
               s->toks[k].cap && !s->toks[k + 1].cap)
        k++;
      k++, fig->weighty = fig->scaled = TRUE;
    }
  /* "Rp 3,4 triliun tahun lalu": a sum's currency is its unit; the noun
   * after it is no part of the figure. "30–45 persen korban ranjau
   * adalah anak-anak", "60 percent small boats": a percent is a share
   * of what follows, not a count of it: the figure ends at the percent
   * ("60–90 persen perahu kecil hilang" had the verb in the blank). */
  if (!fig->year && !decade && !percent && !(s->toks[i].flags & W_CURRENCY) && !(s->toks[k - 1].flags & W_CURRENCY) &&
      !(k > 1 && (s->toks[k - 2].flags & W_CURRENCY)))
    {
      guint u = read_unit (s, k, e);

      fig->weighty |= u > k;
      if (u > k && counted_state_word (s, i, u, e))
        u++;
      k = u;
    }
  fig->b = k;
  return TRUE;
}

/* The figure at token @i, if any. Asked at every token of a sentence with
 * a digit, and most are no figure: those are told at once, without a
 * call. */
static inline gboolean
read_figure (const Sent *s,
             guint       i,
             guint       e,
             Figure     *fig)
{
  if (s->toks[i].type != TOK_NUMBER && !(s->toks[i].flags & (W_CURRENCY | W_MONTH)))
    return FALSE;
  return read_figure_at (s, i, e, fig);
}

/* Whether a percent, a sum or a scale ("46 %", "Rp1,2 triliun", "3
 * juta") stands in [@a, @e) of @s. */
gboolean
_ds_scaled_figure_in (const Sent *s,
                      guint       a,
                      guint       e)
{
  for (guint i = a; i < e; i++)
    {
      Figure fig;

      if (read_figure (s, i, e, &fig) && fig.scaled && !s->toks[i].used)
        return TRUE;
    }
  return FALSE;
}

/* "setebal 48 halaman", "diunduh 1.204.311 kali", "viewed 2,417,905
 * times": how long the source is or how often it was read is trivia about
 * it, not one of its claims. */
static gboolean
trivia (const Sent   *s,
        const Figure *fig)
{
  const Tok *unit = &s->toks[fig->b - 1];
  gboolean read = FALSE;

  if (_ds_tok_is (unit, "halaman") || _ds_tok_is (unit, "pages") || _ds_tok_is (unit, "page"))
    return TRUE;
  if (!_ds_tok_is (unit, "kali") && !_ds_tok_is (unit, "times") && !_ds_tok_is (unit, "views"))
    return FALSE;
  for (guint i = 0; i < s->n; i++)
    read |= _ds_tok_is (&s->toks[i], "diunduh") || _ds_tok_is (&s->toks[i], "dibaca") ||
            _ds_tok_is (&s->toks[i], "dilihat") || _ds_tok_is (&s->toks[i], "diakses") ||
            _ds_tok_is (&s->toks[i], "ditonton") || _ds_tok_is (&s->toks[i], "downloaded") ||
            _ds_tok_is (&s->toks[i], "viewed") || _ds_tok_is (&s->toks[i], "read") ||
            _ds_tok_is (&s->toks[i], "accessed") || _ds_tok_is (&s->toks[i], "shared");
  return read;
}

/* "Pasal 28", "Article 51", "Art. 234", "Psl 12", "hlm. 40": the number
 * of a place in a text (the phrase list "text_part"), not a figure; a
 * blank on it alone leaves "Art. _____" to guess. */
static gboolean
text_part_before (const Sent *s,
                  guint       a)
{
  guint k = a;

  if (k > 1 && _ds_tok_is_punct (&s->toks[k - 1], '.') &&
      s->toks[k - 2].p + s->toks[k - 2].len == s->toks[k - 1].p)
    k--;
  return k > 0 && _ds_word_in_either (&s->toks[k - 1], "text_part");
}

/* "from page 112 to 140", "halaman 45 sampai 60", "aged from 18 to 30",
 * "berusia dari 20 hingga 35 tahun": the end of a span of pages (the
 * phrase list text_part) or of ages (facts3_age_word) is no figure to
 * ask. */
static gboolean
span_end_of_part (const Sent *s,
                  guint       a)
{
  guint k;

  if (a < 3 || s->toks[a - 2].type != TOK_NUMBER || !_ds_word_in_either (&s->toks[a - 1], "facts3_span_to"))
    return FALSE;
  if (text_part_before (s, a - 2))
    return TRUE;
  k = a - 3;
  if (k > 0 && _ds_word_in_either (&s->toks[k], "range_from"))
    k--;
  return _ds_word_in_either (&s->toks[k], "facts3_age_word");
}

/* "Week 5 covers …", "Pertemuan ke-3 membahas …", "Unit 4": the number
 * of a course's part (the phrase list "numbered_label" of either
 * language, as syllabi mix them) is no figure to ask. */
static gboolean
numbered_part (const Sent *s,
               guint       a)
{
  guint k = a;

  while (k > 0 && a - k < 3 && (s->toks[k - 1].type == TOK_PUNCT || _ds_tok_is (&s->toks[k - 1], "ke")))
    k--;
  return k > 0 && _ds_word_in_either (&s->toks[k - 1], "numbered_label");
}

/* "pada tahun 2006", "in 2016", "sejak 2018": the year dates an event;
 * "laporan tahun 2015" (the 2015 report) names a thing. */
static gboolean
dates_event (const Sent *s,
             guint       a)
{
  static const char * const at[] = { "pada", "in", "sejak", "since", "hingga", "until", "sampai" };
  guint k = a;

  if (k > 0 && (_ds_tok_is (&s->toks[k - 1], "tahun") || _ds_tok_is (&s->toks[k - 1], "year")))
    {
      if (--k == 0)
        return TRUE;
      /* "pada KTT ke-32 tahun 2018", "pada pertemuan menteri ketiga
       * tahun 2018": the year of the meeting "pada" names dates it. */
      for (guint j = k; j > 0 && k - j < 5 && s->toks[j - 1].type != TOK_PUNCT && !s->toks[j - 1].verb; j--)
        if (j < k && (_ds_tok_is (&s->toks[j - 1], "pada") || _ds_tok_is (&s->toks[j - 1], "dalam")))
          return TRUE;
    }
  /* "pada akhir 2025", "in late 2019", "pada awal tahun 2020" */
  if (k > 1 && (_ds_tok_is (&s->toks[k - 1], "akhir") || _ds_tok_is (&s->toks[k - 1], "awal") ||
                _ds_tok_is (&s->toks[k - 1], "pertengahan") || _ds_tok_is (&s->toks[k - 1], "late") ||
                _ds_tok_is (&s->toks[k - 1], "early") || _ds_tok_is (&s->toks[k - 1], "mid")))
    k--;
  for (guint i = 0; k > 0 && i < G_N_ELEMENTS (at); i++)
    if (_ds_tok_is (&s->toks[k - 1], at[i]))
      return TRUE;
  /* "from 1998 to 2004", "dari 2005 hingga 2010": a span of years dates
   * what happened over it, at either end. */
  if (k == a && a > 0 && a + 2 < s->n && (_ds_tok_is (&s->toks[a - 1], "from") || _ds_tok_is (&s->toks[a - 1], "dari")) &&
      (_ds_tok_is (&s->toks[a + 1], "to") || _ds_tok_is (&s->toks[a + 1], "until") ||
       _ds_tok_is (&s->toks[a + 1], "hingga") || _ds_tok_is (&s->toks[a + 1], "sampai")) &&
      year_like (&s->toks[a + 2]))
    return TRUE;
  return k == a && a > 2 && year_like (&s->toks[a - 2]) && _ds_tok_is (&s->toks[a - 1], "to") &&
         (_ds_tok_is (&s->toks[a - 3], "from") || _ds_tok_is (&s->toks[a - 3], "dari"));
}

static gboolean
has_verb (const Sent *s)
{
  if (s->flags & W_EVENT)
    return TRUE;
  for (guint i = 0; i < s->n; i++)
    if (s->toks[i].verb && !(s->toks[i].flags & W_NOUN))
      return TRUE;
  /* "Since 2015, the two countries have run joint patrols": a perfect
   * whose participle the tokenizer does not know as one. */
  for (guint i = 0; i + 1 < s->n; i++)
    if ((_ds_tok_is (&s->toks[i], "have") || _ds_tok_is (&s->toks[i], "has")) && s->toks[i + 1].type == TOK_WORD &&
        !s->toks[i + 1].cap && !(s->toks[i + 1].flags & (W_FUNCTION | W_COUNT | W_QUANT)))
      return TRUE;
  return FALSE;
}

/* "555-0199", "(0298) 555-0199", "021-5550199": a telephone number, no
 * figure — three digits (or an area code opening on 0), a hyphen and
 * four or more, or any number right after an area code in brackets
 * ("(0911)"). */
static gboolean
phone_number (const Sent   *s,
              const Figure *fig)
{
  const Tok *t = &s->toks[fig->a];
  const char *dash = memchr (t->p, '-', t->len);
  gsize before, after;

  if (fig->a >= 3 && _ds_tok_is_punct (&s->toks[fig->a - 1], ')') && s->toks[fig->a - 2].type == TOK_NUMBER &&
      _ds_tok_is_punct (&s->toks[fig->a - 3], '(') && (*s->toks[fig->a - 2].p == '0' || *s->toks[fig->a - 2].p == '+'))
    return TRUE;
  if (t->type != TOK_NUMBER || dash == NULL)
    return FALSE;
  before = (gsize) (dash - t->p);
  after = t->len - before - 1;
  for (gsize k = 0; k < t->len; k++)
    if (k != before && !g_ascii_isdigit (t->p[k]))
      return FALSE;
  /* "100-1000", "500-2000": round ends make a range. */
  if (t->p[before - 1] == '0' && t->p[t->len - 1] == '0')
    return FALSE;
  return (before == 3 || (before >= 2 && *t->p == '0')) && after >= 4;
}

/* "Ketuanya, yang berusia 61 tahun, …", "Its chair, aged 61, …": a
 * person's age in an aside (an age word of facts3_age_word right before
 * the figure, a comma or a relative word before it) is no fact to ask;
 * "belum berusia 18 tahun" in a definition is no aside. */
static gboolean
age_aside (const Sent *s,
           guint       a)
{
  guint k = a - 1;

  if (a < 2 || !_ds_word_in_either (&s->toks[k], "facts3_age_word"))
    return FALSE;
  if (s->toks[k - 1].flags & W_RELATIVE)
    k--;
  return k > 0 && _ds_tok_is_punct (&s->toks[k - 1], ',');
}

static gboolean
figure_worth_asking (const Sent   *s,
                     const Figure *fig,
                     guint         e)
{
  const Tok *t = &s->toks[fig->a];

  if (trivia (s, fig) || phone_number (s, fig) || age_aside (s, fig->a))
    return FALSE;
  if (fig->a > 0 && _ds_tok_is_punct (&s->toks[fig->a - 1], '('))
    return FALSE;
  /* "24/7", "9/11": one expression, no figure in it to ask. */
  if (!fig->date && ((fig->a > 0 && _ds_tok_is_punct (&s->toks[fig->a - 1], '/')) ||
                     (fig->b < e && _ds_tok_is_punct (&s->toks[fig->b], '/'))))
    return FALSE;
  if (fig->b < e && _ds_tok_is_punct (&s->toks[fig->b], ')'))
    return FALSE;
  /* "2.2 Soft Power …": a section's number; "Pasal 28 ayat (1)", "Article
   * 51": a place in a text, not a figure. */
  if (fig->a == 0 && t->len <= 5 && memchr (t->p, '.', t->len) != NULL && fig->b < e && s->toks[fig->b].cap)
    return FALSE;
  if (text_part_before (s, fig->a))
    return FALSE;
  if (!fig->date && (numbered_part (s, fig->a) || span_end_of_part (s, fig->a)))
    return FALSE;
  /* "… Rp5.000.000.000,00 (lima miliar rupiah)": the brackets spell the
   * answer out. */
  if (fig->b + 1 < e && _ds_tok_is_punct (&s->toks[fig->b], '(') &&
      (s->toks[fig->b + 1].flags & (W_COUNT | W_MAGNITUDE)))
    return FALSE;
  if (fig->date || fig->weighty)
    return TRUE;
  /* "pada tahun 2006 diselenggarakan", "in 2016 … was transferred": a
   * year that dates what a verb says happened. */
  if (fig->year)
    return dates_event (s, fig->a) && has_verb (s);
  /* "Room 104", "Ruang 104", "Gedung 3": a number written after a name's
   * word is part of the name. */
  if (fig->a > 0 && s->toks[fig->a - 1].type == TOK_WORD && s->toks[fig->a - 1].cap &&
      !(s->toks[fig->a - 1].flags & W_FUNCTION))
    return FALSE;
  /* "5.0", "1.200": a figure; "2" alone says little. */
  return t->len >= 3 || memchr (t->p, '.', t->len) != NULL || memchr (t->p, ',', t->len) != NULL;
}

/* ------------------------------------------------------------------ */
/* Who said what                                                       */

/* Whether [@a, @b) is a post in lower case and nothing more ("minister",
 * "foreign minister", "chief negotiator": it ends on a phrase of
 * facts_office_title, actor_noun or occupation), no one's name. */
static gboolean
unnamed_post (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  if (b <= a || b > a + 3)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].cap)
      return FALSE;
  for (guint k = a; k < b; k++)
    if (_ds_post_phrase_ends_at (ctx, s, k, b))
      return TRUE;
  return FALSE;
}

/* Whether a post (a phrase of facts_office_title, actor_noun or
 * occupation: "minister", "chief negotiator", "Kepala") starts at @k and,
 * when @end is not 0, ends at @end. */
gboolean
_ds_post_phrase_ends_at (Ctx        *ctx,
                         const Sent *s,
                         guint       k,
                         guint       end)
{
  static const PhraseId lists[] = { PL_FACTS_OFFICE_TITLE, PL_ACTOR_NOUN, PL_OCCUPATION };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = _ds_phrase_at (ctx, s, k, lists[l]);

      if (n > 0 && (end == 0 || k + n == end))
        return TRUE;
    }
  return FALSE;
}

/* Where the speaker [@c, @i) ends without a word that closes it in lower
 * case and says nothing of who speaks ("Ana Ruiz also", "Rizal Sukma
 * sendiri": the phrase list stance_reflexive). */
static guint
speaker_end (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       i)
{
  for (guint k = c + 1; k < i; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_STANCE_REFLEXIVE);

      if (n > 0 && k + n == i && !s->toks[k].cap)
        return k;
      /* "Nye kemudian menegaskan …", "Komdigi sebelumnya menyatakan …",
       * "The minister later said …": an adverb of when before the verb
       * is no word of who said it (the phrase lists event_adverb,
       * event_adverb_asked and time_link, and a lone adverb). */
      if (s->toks[k].cap)
        continue;
      if ((n = _ds_phrase_at (ctx, s, k, PL_EVENT_ADVERB)) == 0 &&
          (n = _ds_phrase_at (ctx, s, k, PL_EVENT_ADVERB_ASKED)) == 0)
        n = _ds_phrase_at (ctx, s, k, PL_TIME_LINK);
      if ((n > 0 && k + n == i) || (k + 1 == i && (s->toks[k].flags & W_ADV)))
        return k;
      /* "The ITU has stated …", "The OECD had also warned …": the
       * auxiliary of the verb's tense, with nothing but adverbs after
       * it, is no word of who said it ("Who stated …? — The ITU has"). */
      if (s->toks[k].flags & W_AUX)
        {
          guint j = k + 1;

          while (j < i && (s->toks[j].flags & (W_AUX | W_ADV)) && !s->toks[j].cap)
            j++;
          if (j == i)
            return k;
        }
    }
  return i;
}

/* "Sekretaris Jenderal … memperingatkan bahwa …" → "Siapa yang
 * memperingatkan bahwa …?" */
static gboolean
find_report (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Set only on the way to a claim: the loop, asked at every word,
   * frees nothing.) */
  g_autofree char *verb = NULL;
  g_autofree char *rest = NULL;

  for (guint i = 1; i + 3 < e; i++)
    {
      guint c, that = i + 1;
      DsClaim *claim;

      if (!(s->toks[i].flags & W_REPORT))
        continue;
      /* "Fiji, Samoa and most states that license …", "the states
       * that …": after a determiner or a quantifier (the phrase list
       * stance_crowd_quant) the word is a plural noun, and "that" opens
       * its relative clause; "Samoa and most" is nobody who states. */
      if ((s->toks[i - 1].flags & W_DET) || _ds_phrase_at (ctx, s, i - 1, PL_STANCE_CROWD_QUANT) > 0)
        continue;
      /* "Most suspects live in states that refuse …", "aid flows to
       * states that …": after a preposition the word is a noun, the
       * object of the preposition, and nobody says anything. */
      if (s->toks[i - 1].flags & W_PREP)
        continue;
      /* "Small island states worry that …", "Coastal states insist
       * that …": a plain lower-case word of its own right before "that"
       * (no adverb: "states plainly that", "states today that") is the
       * verb of "states" as a plural noun, and nobody "states" anything. */
      if (_ds_tok_is (&s->toks[i], "states") && i + 2 < e && (s->toks[i + 2].flags & W_THAT) &&
          s->toks[i + 1].type == TOK_WORD && !s->toks[i + 1].cap &&
          !(s->toks[i + 1].flags & (W_THAT | W_AUX | W_ADV | W_FUNCTION | W_PRONOUN)) &&
          !(s->toks[i + 1].len > 3 && strncmp (s->toks[i + 1].p + s->toks[i + 1].len - 2, "ly", 2) == 0))
        continue;
      /* "admitted this week that …"; not "… downstream states is that
       * …", where an auxiliary shows "states" to be a noun. */
      while (that < e && that < i + 4 && !(s->toks[that].flags & (W_THAT | W_AUX)) && s->toks[that].type == TOK_WORD)
        that++;
      if (that >= e || !(s->toks[that].flags & W_THAT))
        continue;
      c = _ds_clause_start (s, i);
      if (c >= i || i - c > 15 || !s->toks[c].cap || _ds_toks_any_used (s, c, i))
        continue;
      for (guint k = c; k < i; k++)
        if (s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR)))
          return FALSE;
      /* "In 2021 two neighbouring states that …": "states" is a noun after
       * a count, and a date is nobody who reports. */
      if (s->toks[c].flags & W_PREP)
        continue;
      for (guint k = c; k < i; k++)
        if (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_COUNT))
          return FALSE;
      /* "Sebagian pengamat berpendapat …": nobody a learner could name.
       * What a source found is asked by what it found (ds-claims-sources.c),
       * never by who found it. */
      if (_ds_phrase_at (ctx, s, c, PL_VAGUE_SOURCE) > 0 ||
          /* "An official stated …", "Seorang pejabat menyatakan …": one
           * unnamed, no answer to "Who …?" (the phrase list
           * indefinite_speaker). */
          _ds_phrase_at (ctx, s, c, PL_INDEFINITE_SPEAKER) > 0 ||
          /* "Diplomats reported that …", "Para delegasi menyatakan
           * bahwa …": a plural of a common noun of actors and nothing
           * else (phrase list actor_plural_common) names no one ("Who
           * reported …? — Diplomats"). */
          _ds_phrase_at (ctx, s, c, PL_ACTOR_PLURAL_COMMON) == i - c ||
          _ds_lexicon_other_forms (ctx, &s->toks[i], "finding_verb") != NULL ||
          _ds_lexicon_other_forms (ctx, &s->toks[i], "finding_verb_plural") != NULL)
        return FALSE;
      /* "The democratic peace thesis states that …": "Who" asks for a
       * person or a body, not for a text (the language's phrase list
       * document_noun). */
      if (_ds_phrase_at (ctx, s, i - 1, PL_DOCUMENT_NOUN) > 0 ||
          _ds_phrase_at (ctx, s, c, PL_DOCUMENT_NOUN) > 0 ||
          (c + 1 < i && _ds_tok_is (&s->toks[c], "the") && _ds_phrase_at (ctx, s, c + 1, PL_DOCUMENT_NOUN) > 0))
        return FALSE;

      /* "The minister (also) said that …": a post with no name points
       * back, and answers no "Who …?". */
      if (_ds_tok_is_article (&s->toks[c]) && unnamed_post (ctx, s, c + 1, speaker_end (ctx, s, c, i)))
        return FALSE;
      verb = g_ascii_strdown (s->toks[i].p, s->toks[i].len);
      rest = _ds_toks_dup (s, that, e);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, c, speaker_end (ctx, s, c, i));
      claim->question = ds_lang_expand (ctx->lang, "question_report", "verb", verb, "rest", rest, NULL);
      _ds_toks_mark_used (s, c, i);
      return _ds_claim_commit (ctx, claim);
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Who did what, and when                                              */

/* "Direktorat Jenderal Informasi dan Diplomasi Publik Kementerian Luar
 * Negeri": names of offices run long. */
#define NAME_MAX_TOKENS 12

/* How many tokens from @k carry on a name: a capitalised word, an
 * initial's full stop ("Joseph S. Nye"), "of", "on", "and", "dan" before a
 * capitalised word, or "of the" inside one ("Council of the European
 * Union"); 0 where it ends. */
static guint
name_continues (const Sent *s,
                guint       k,
                guint       e,
                gboolean    whole)
{
  const Tok *t = &s->toks[k];

  if (t->cap && t->type == TOK_WORD)
    return 1;
  /* ("the National Committee on United States–China Relations",
   * a dash between two capitals with no space beside it joins them
   * within one name that goes on in capitals after them; "US–Japan"
   * alone is a pair, no name.) */
  if ((_ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, '-')) && k > 0 && k + 2 < e &&
      s->toks[k + 2].cap && s->toks[k + 2].type == TOK_WORD &&
      s->toks[k - 1].cap && s->toks[k - 1].type == TOK_WORD && s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD &&
      s->toks[k - 1].p + s->toks[k - 1].len == t->p && t->p + t->len == s->toks[k + 1].p)
    return 1;
  if (_ds_tok_is_punct (t, '.') && s->toks[k - 1].len == 1 && s->toks[k - 1].cap &&
      k + 1 < e && s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD)
    return 1;
  if (k + 1 < e && s->toks[k + 1].cap &&
      (_ds_tok_is (t, "of") || _ds_tok_is (t, "on") || _ds_tok_is (t, "and") || _ds_tok_is (t, "dan")))
    return 1;
  /* ("Organisation for Economic Co-operation and Development": read
   * whole, "for" and a capital go on with a body's name.) */
  if (whole && k + 1 < e && _ds_tok_is (t, "for") && s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD &&
      !(s->toks[k + 1].flags & W_FUNCTION))
    return 1;
  /* ("Convention on the Law of the Sea", "Organisation for the
   * Prohibition …": in a treaty's or a body's name, read whole as an
   * object (read_name_long()), "on the", "for the" as well.) */
  if (k + 2 < e && (_ds_tok_is (t, "of") || (whole && (_ds_tok_is (t, "on") || _ds_tok_is (t, "for")))) &&
      _ds_tok_is (&s->toks[k + 1], "the") && s->toks[k + 2].cap &&
      s->toks[k + 2].type == TOK_WORD && !(s->toks[k + 2].flags & W_FUNCTION))
    return 3;
  return 0;
}

/* "Organization | for Security and Co-operation in Europe (OSCE)",
 * "Konferensi PBB | tentang Perdagangan dan Pembangunan (UNCTAD)": a name
 * that goes on, over lower-case words, to the acronym in brackets that
 * closes it. Returns the bracket's index, or @k. */
static guint
name_runs_to_acronym (const Sent *s,
                      guint       k,
                      guint       e)
{
  guint j;

  if (k >= e || s->toks[k].cap || !(s->toks[k].flags & (W_PREP | W_CONJ | W_DET)))
    return k;
  for (j = k; j < e && j < k + 10 && s->toks[j].type == TOK_WORD && !s->toks[j].verb &&
              (s->toks[j].cap || (s->toks[j].flags & (W_PREP | W_CONJ | W_DET))); j++)
    ;
  if (j + 2 < e && j > k + 1 && s->toks[j - 1].cap && _ds_tok_is_punct (&s->toks[j], '(') &&
      _ds_tok_is_acronym (&s->toks[j + 1]) && _ds_tok_is_punct (&s->toks[j + 2], ')'))
    return j;
  return k;
}

/* A name: "@Kemlu_RI", “Safe Travel”, or a run of capitalised words joined
 * by "of", "on", "and", "dan". Returns the token after it; *a and *b its
 * inside. */
static guint
read_name_as (const Sent *s,
              guint       i,
              guint       e,
              guint      *a,
              guint      *b,
              gboolean    whole)
{
  const Tok *t;

  if (i >= e)
    return 0;
  t = &s->toks[i];
  if (t->type == TOK_WORD && t->p[0] == '@')
    {
      *a = i;
      *b = i + 1;
      return i + 1;
    }
  if (_ds_tok_is_punct (t, 0x201C) || _ds_tok_is_punct (t, '"'))
    {
      guint k = i + 1;

      while (k < e && k < i + 8 && s->toks[k].type != TOK_PUNCT)
        k++;
      if (k == i + 1 || k >= e || !(_ds_tok_is_punct (&s->toks[k], 0x201D) || _ds_tok_is_punct (&s->toks[k], '"')))
        return 0;
      *a = i + 1;
      *b = k;
      return k + 1;
    }
  if (t->cap && t->type == TOK_WORD && !(t->flags & (W_FUNCTION | W_ORDINAL)))
    {
      guint k = i + 1;

      for (guint step; k < e && k < i + NAME_MAX_TOKENS && (step = name_continues (s, k, e, whole)) > 0; )
        k += step;
      k = name_runs_to_acronym (s, k, e);
      *a = i;
      *b = k;
      return k;
    }
  return 0;
}

static guint
read_name (const Sent *s,
           guint       i,
           guint       e,
           guint      *a,
           guint      *b)
{
  return read_name_as (s, i, e, a, b, FALSE);
}

/* The name that ends right at @end (a mark, or a word past it), read
 * from its first capital: the longest one, no more than NAME_MAX_TOKENS
 * back; read_name_long() if @whole, else read_name(). Its first token,
 * or @end if none ends there. */
static guint
name_ending_at (const Sent *s,
                guint       end,
                gboolean    whole)
{
  guint na, nb;

  for (guint a = end > NAME_MAX_TOKENS ? end - NAME_MAX_TOKENS : 0; a < end; a++)
    if (read_name_as (s, a, end, &na, &nb, whole) == end && na == a)
      return a;
  return end;
}

/* A name read as the whole object of an act ("signed the Treaty on the
 * Territorial Sea Boundary"), over its "on the", "for the"; elsewhere
 * those words may part two names ("place Huawei on the Commerce
 * Department's Entity List"). */
static guint
read_name_long (const Sent *s,
                guint       i,
                guint       e,
                guint      *a,
                guint      *b)
{
  return read_name_as (s, i, e, a, b, TRUE);
}

/* "oleh Fiji, Samoa, …, dan Tuvalu": names with commas between them are
 * one answer when "dan"/"and" joins the last; without it, a comma opens
 * an aside ("by Rina Halim, a lecturer at …"). Returns the token after
 * the names; *a and *b their inside. */
static gboolean title_conj (const Sent *s,
                            guint       k);

static guint
read_names_cut (const Sent *s,
                guint       i,
                guint       e,
                guint      *a,
                guint      *b,
                guint      *cut)
{
  guint k = read_name (s, i, e, a, b), end = k, second_a, second_b, second, items = 0;

  *cut = 0;

  /* "by the World Bank and the African Development Bank": two names, the
   * second after "and the", to the end of the clause. */
  if (k > 0 && k + 2 < e && (s->toks[k].flags & W_CONJ) && _ds_tok_is (&s->toks[k + 1], "the") &&
      (second = read_name (s, k + 2, e, &second_a, &second_b)) > 0 && second_b == second &&
      (second >= e || s->toks[second].type == TOK_PUNCT))
    {
      *b = second_b;
      return second;
    }
  while (k > 0 && k + 1 < e && _ds_tok_is_punct (&s->toks[k], ','))
    {
      gboolean closing = (s->toks[k + 1].flags & W_CONJ) != 0;
      /* (", the Philippines, Singapore and Thailand") */
      guint at = k + 1 + closing + (k + 2 + closing < e && _ds_tok_is (&s->toks[k + 1 + closing], "the"));
      guint na, nb, n = read_name (s, at, e, &na, &nb);

      if (n == 0)
        {
          /* ("oleh Jepang, Australia, dan sejumlah perusahaan": the
           * last item, after ", dan", is no name.) */
          if (closing && items > 0)
            *cut = k + 1;
          break;
        }
      k = n;
      for (guint j = na; j < nb && !closing; j++)
        closing = (s->toks[j].flags & W_CONJ) != 0;
      if (closing)
        {
          *b = nb;
          return n;
        }
      items++;
    }
  /* "Fiji, Samoa and the WHO": the last name after "and the", no comma
   * before it; "France, Chile and several tech firms": a series whose
   * last item is no name is no one name, its first (*cut says where the
   * last item's conjunction stands). */
  if (*cut == 0 && items > 0 && k + 1 < e && (s->toks[k].flags & W_CONJ) && !title_conj (s, k))
    {
      guint at = k + 1 + (k + 2 < e && _ds_tok_is (&s->toks[k + 1], "the")), na, nb, n = read_name (s, at, e, &na, &nb);

      if (n > 0 && nb == n && (n >= e || s->toks[n].type == TOK_PUNCT || (s->toks[n].flags & W_PREP)))
        {
          *b = nb;
          return n;
        }
      *cut = k;
    }
  /* "by Microsoft, eighty states and hundreds of NGOs": a comma after the
   * first name, then no name and no article ("by Rina Halim, a lecturer
   * at …" opens an aside), then "and" within the clause: a series of
   * more than names, which its first name alone would cut (*cut is
   * G_MAXUINT). */
  if (items == 0 && end > 0 && end + 2 < e && _ds_tok_is_punct (&s->toks[end], ',') &&
      s->toks[end + 1].type == TOK_WORD && !s->toks[end + 1].cap && !_ds_tok_is_article (&s->toks[end + 1]) &&
      !_ds_tok_is (&s->toks[end + 1], "seorang") && !_ds_tok_is (&s->toks[end + 1], "sebuah") &&
      !_ds_tok_is (&s->toks[end + 1], "salah") &&
      !(s->toks[end + 1].flags & (W_RELATIVE | W_CLAUSE | W_CONJ | W_PREP | W_PRONOUN | W_ANAPHOR | W_ADV)) &&
      !s->toks[end + 1].verb)
    for (guint j = end + 2; j < e && j < end + 10 && s->toks[j].type != TOK_PUNCT && !(s->toks[j].flags & (W_RELATIVE | W_CLAUSE)); j++)
      if ((s->toks[j].flags & W_CONJ) && !title_conj (s, j))
        {
          *cut = G_MAXUINT;
          break;
        }
  return end;
}

static guint
read_names (const Sent *s,
            guint       i,
            guint       e,
            guint      *a,
            guint      *b)
{
  guint cut;

  return read_names_cut (s, i, e, a, b, &cut);
}

guint
_ds_read_name (const Sent *s,
               guint       i,
               guint       e,
               guint      *a,
               guint      *b)
{
  return read_name (s, i, e, a, b);
}

/* "(in June 2001)", "(Juni 2001)", "(pada 9 Maret 2020)": a bracket at
 * @k that holds only a date, which dates the event before it. The date
 * is set in @fig. */
/* "Senin (3/6/2024)", "Tuesday, 8 October 2024": a weekday (the phrase
 * list weekday) at @k and the date it names, after a comma or in
 * brackets; the date (without the day) is set in @fig. */
static gboolean
day_date (const Sent *s,
          guint       k,
          guint       e,
          Figure     *fig)
{
  guint j = k + 1;
  gboolean bracket;

  if (j >= e || !s->toks[k].cap || !_ds_word_in_either (&s->toks[k], "weekday"))
    return FALSE;
  if (_ds_tok_is_punct (&s->toks[j], ','))
    j++;
  bracket = j < e && _ds_tok_is_punct (&s->toks[j], '(');
  if (bracket)
    j++;
  if (j >= e || !read_figure (s, j, e, fig) || !fig->date)
    return FALSE;
  return !bracket || (fig->b < e && _ds_tok_is_punct (&s->toks[fig->b], ')'));
}

/* "in Kupang on Tuesday (4/6/2024)": a place's name read with "on" and
 * the weekday after it ends before them; @b when it holds none. */
static guint
before_day (const Sent *s,
            guint       a,
            guint       b)
{
  for (guint k = a + 1; k + 1 < b; k++)
    if ((_ds_tok_is (&s->toks[k], "on") || _ds_tok_is (&s->toks[k], "pada")) &&
        _ds_word_in_either (&s->toks[k + 1], "weekday"))
      return k;
  return b;
}

static gboolean
bracket_date (const Sent *s,
              guint       k,
              guint       e,
              Figure     *fig)
{
  guint j = k + 1;

  if (j >= e || !_ds_tok_is_punct (&s->toks[k], '('))
    return FALSE;
  if (_ds_tok_is (&s->toks[j], "in") || _ds_tok_is (&s->toks[j], "on") || _ds_tok_is (&s->toks[j], "pada"))
    j++;
  if (j < e && (_ds_tok_is (&s->toks[j], "tahun") || _ds_tok_is (&s->toks[j], "year")))
    j++;
  return j < e && read_figure (s, j, e, fig) && (fig->date || fig->year) && fig->b < e &&
         _ds_tok_is_punct (&s->toks[fig->b], ')');
}

/* Past a quotation that opens at @k ("“Clean Ports, Clear Skies”", a
 * straight mark after a space), to the token after its closing mark;
 * @k itself when none opens there or none closes it. */
static guint
past_quote (const Sent *s,
            guint       k,
            guint       e)
{
  const Tok *t = &s->toks[k];
  gboolean straight = _ds_tok_is_punct (t, '"');

  if (!(_ds_tok_is_punct (t, 0x201C) || (straight && (t->p == s->p || t->p[-1] == ' '))))
    return k;
  for (guint j = k + 1; j < e; j++)
    if (straight ? (_ds_tok_is_punct (&s->toks[j], '"') && s->toks[j].p[-1] != ' ')
                 : _ds_tok_is_punct (&s->toks[j], 0x201D))
      return j + 1;
  return k;
}

/* The quotation marks, and the commas inside them, in [@a, @e): a
 * quoted title ("“Open Ports, Safe Crews”") is no longer an object for
 * them. */
static guint
quoted_marks (const Sent *s,
              guint       a,
              guint       e)
{
  guint n = 0;

  for (guint k = a; k < e; k++)
    {
      guint close = past_quote (s, k, e);

      if (close == k)
        continue;
      for (; k < close; k++)
        n += s->toks[k].type == TOK_PUNCT;
      k--;
    }
  return n;
}

/* Where the object of a verb ends: before a comma, a date, "pada", "di",
 * "dalam" or "in" that opens an adverbial. */
/* "urusan pemerintahan di bidang energi", "government affairs in the
 * field of energy": what follows "di", "in" at @k (after an article) is
 * a field (phrase list object_field_noun), no place; the object keeps
 * it. */
static gboolean
field_after (const Sent *s,
             guint       k,
             guint       e)
{
  if (k + 1 < e && _ds_tok_is (&s->toks[k], "the"))
    k++;
  return k + 1 < e && _ds_word_in_either (&s->toks[k], "object_field_noun");
}

/* Whether a place's name opens at @k: a capitalised word, after "the"
 * or not ("Batam", "the First Committee"), no number ("in 2016") and no
 * month ("in March 2023", "in May": a date, asked by "When …?", which
 * an object carrying it would answer in its own question). */
static gboolean
place_after (const Sent *s,
             guint       k,
             guint       e)
{
  if (k < e && _ds_tok_is (&s->toks[k], "the"))
    k++;
  return k < e && s->toks[k].cap && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_MONTH);
}

/* "atau", "or": the word before a name's second form. */
static gboolean
or_word (const Tok *t)
{
  return _ds_tok_is (t, "atau") || _ds_tok_is (t, "or");
}

/* The tokens of @s in [@a, @end) an object's length does not count: a
 * name's second form ("… atau Treaty on the Territorial Sea Boundary",
 * object_end()), and a name that is the whole object ("the Convention on
 * the Legal Status of the Caspian Sea"): one thing, however long its
 * name. */
static guint
name_length_aside (const Sent *s,
                   guint       a,
                   guint       end)
{
  guint k = a + (a + 1 < end && _ds_tok_is (&s->toks[a], "the")), na, nb;

  for (guint j = a + 1; j + 1 < end; j++)
    if (or_word (&s->toks[j]) && s->toks[j + 1].cap)
      return end - j;
  return read_name_long (s, k, end, &na, &nb) == end ? end - a : 0;
}

static guint
object_end (const Sent *s,
            guint       a,
            guint       e)
{
  guint k = a, name_a, name_b;
  /* "Norway opened a liaison office in Batam", "Russia introduced a
   * resolution in the First Committee": a thing named by "a" alone is
   * any of its kind, and the named place after it says which ("Who
   * opened a liaison office?" has as many answers as there are
   * offices). */
  gboolean indefinite = a < e && (_ds_tok_is (&s->toks[a], "a") || _ds_tok_is (&s->toks[a], "an") ||
                                  _ds_tok_is (&s->toks[a], "sebuah") || _ds_tok_is (&s->toks[a], "suatu"));

  /* "Jepang menjadi tuan rumah konferensi diplomatik di Kumamoto":
   * Indonesian has no article, and a bare common noun in lower case is
   * "a diplomatic conference", any of its kind. */
  indefinite = indefinite || (a < e && !s->english && s->toks[a].type == TOK_WORD && !s->toks[a].cap &&
                              _ds_tok_nounish (&s->toks[a]) &&
                              !(s->toks[a].flags & (W_PREP | W_DET | W_PRONOUN | W_ANAPHOR | W_VAGUE | W_QUANT | W_COUNT)));

  /* "mengumumkan bahwa pembangunan bendungan di hulu sungai ditunda":
   * a clause after "bahwa"/"that" is whole, its own "di" and "pada"
   * inside it. */
  if (k < e && (s->toks[k].flags & W_THAT))
    {
      while (k < e && !_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';'))
        k++;
      return k;
    }
  /* "the Global Forum on Cyber Expertise": a name is whole. */
  if (k < e && _ds_tok_is (&s->toks[k], "the"))
    k++;
  if (read_name_long (s, k, e, &name_a, &name_b) > k)
    k = name_b;
  /* "Deklarasi Tata Perilaku atau Declaration on the Conduct of Parties":
   * a name's second form after "atau", "or" is whole too. */
  if (k > a && k + 1 < e && or_word (&s->toks[k]) &&
      read_name_long (s, k + 1, e, &name_a, &name_b) > k + 1)
    k = name_b;

  /* "on Tuesday" ends it; after one bare noun, "sanctions on six people"
   * does not: "sanctions" alone says too little, nor does "a levy" or "a
   * draft resolution" ("proposed a levy on fuel"). A colon opens what the
   * object counts ("lima utusan: …"). A quoted title is whole ("a
   * resolution called \"Clean Ports, Clear Skies\""). */
  while (k < e && (k = past_quote (s, k, e)) < e && !_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ':') &&
         !_ds_tok_is_punct (&s->toks[k], ';') && !(s->toks[k].flags & W_CLAUSE) &&
         !(k > a && _ds_tok_is_punct (&s->toks[k], '(')) &&
         !_ds_tok_is (&s->toks[k], "pada") &&
         !(_ds_tok_is (&s->toks[k], "on") &&
           ((k != a + 1 && !(indefinite && k <= a + 3)) || k + 1 >= e || s->toks[k + 1].cap ||
            s->toks[k + 1].type == TOK_NUMBER)) &&
         !_ds_tok_is (&s->toks[k], "sejak") && !_ds_tok_is (&s->toks[k], "since") &&
         !(k > a && (_ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "di")) && !field_after (s, k + 1, e)) &&
         /* ("endorsed the report and called on states …": a second
          * verb after the conjunction is a second act, no word of the
          * object.) */
         !(k > a && (_ds_tok_is (&s->toks[k], "and") || _ds_tok_is (&s->toks[k], "or")) && k + 1 < e && s->toks[k + 1].verb && !s->toks[k + 1].cap &&
           !(s->toks[k + 1].flags & W_NOUN)))
    k++;
  /* (The place's name, and no more: "… in Honolulu for three island
   * states" ends at "Honolulu".) */
  if (indefinite && k + 1 < e && k > a + 1 && (_ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "di")) &&
      place_after (s, k + 1, e))
    {
      k += 1 + _ds_tok_is (&s->toks[k + 1], "the");
      while (k < e && s->toks[k].cap && s->toks[k].type == TOK_WORD)
        k++;
      /* ("di Natuna dan Tanjungpinang", "in Mombasa and Kisumu": two
       * places joined are the place; a verb after the second name makes
       * it the actor of a second clause.) */
      if (k + 1 < e && (_ds_tok_is (&s->toks[k], "dan") || _ds_tok_is (&s->toks[k], "and")) &&
          s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD)
        {
          guint j = k + 1;

          while (j < e && s->toks[j].cap && s->toks[j].type == TOK_WORD)
            j++;
          if (j >= e || !(s->toks[j].verb || (s->toks[j].flags & (W_AUX | W_EVENT))))
            k = j;
        }
    }
  return k;
}

/* An object a question can carry: not one that leans on a noun said
 * before it ("yang kedua", "the second", "one", "them"). */
static gboolean
object_stands_alone (const Sent *s,
                     guint       a,
                     guint       end)
{
  guint k = a + (_ds_tok_is_article (&s->toks[a]) && a + 1 < end ? 1 : 0);

  return !(s->toks[a].flags & W_RELATIVE) &&
         !(k + 1 == end && (s->toks[k].flags & (W_ORDINAL | W_COUNT | W_QUANT | W_PRONOUN)));
}

/* The object as a question names it: "the convention" after a sentence
 * that began with the Arafura Fisheries Convention is that convention;
 * so is "jaringan tersebut" after the preposition that opens the
 * object ("bergabung dengan jaringan tersebut": facts39_object_prep). */
static char *
object_named (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       end)
{
  guint named_end, p = 0;
  char *name;

  if (a + 2 < end && _ds_phrase_at (ctx, s, a, PL_FACTS39_OBJECT_PREP) == 1)
    p = 1;
  name = _ds_anaphor_at (ctx, s, a + p, &named_end);
  if (name != NULL && named_end == end && p == 1)
    {
      g_autofree char *prep = _ds_toks_dup (s, a, a + 1);
      g_autofree char *named = name;

      return g_strconcat (prep, " ", named, NULL);
    }
  if (name != NULL && named_end == end)
    return name;
  g_free (name);
  return _ds_toks_dup (s, a, end);
}

/* Whether @t opens the predicate of a relative clause: a verb, also an
 * Indonesian "ber-" one the tokenizer leaves unmarked ("yang mulai
 * bekerja …"). */
static gboolean
relative_verb (const Tok *t)
{
  g_autofree char *w = NULL;

  if (t->verb || (t->flags & (W_AUX | W_EVENT)))
    return TRUE;
  w = g_ascii_strdown (t->p, t->len);
  return _ds_lexicon_looks_like_verb_id (w);
}

/* Where a clause of its own starts after token @from: past "; " or a
 * comma before a conjunction or connective ("…, dan pada 2016 …", "…,
 * and its strategy … was adopted in …", "…, sementara …"); @e when none. */
static guint
next_clause (const Sent *s,
             guint       from,
             guint       e)
{
  for (guint k = from; k + 1 < e; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], ';'))
        return k + 1;
      if (_ds_tok_is_punct (&s->toks[k], ',') &&
          (s->toks[k + 1].flags & (W_CONJ | W_CONNECTIVE | W_CLAUSE)))
        return k + 2;
      /* "… a permanent secretariat, a small office in Suva, which began
       * work in 2019", "…, yang mulai bekerja pada 2019": a relative
       * clause with a verb of its own tells what its noun did, not
       * what the subject did. */
      if (_ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_RELATIVE))
        {
          guint v = k + 2;

          if (v + 1 < e && (s->toks[v].flags & (W_ADV | W_AUX)) && !s->toks[v].cap)
            v++;
          if (v < e && s->toks[v].type == TOK_WORD && !s->toks[v].cap && relative_verb (&s->toks[v]))
            return k + 1;
        }
      /* "… memimpin persiapan Konferensi Asia Afrika yang digelar di
       * Bandung pada April 1955", "… chaired the talks that were held in
       * Geneva in 2004": a relative clause without its comma, with a
       * verb of an act of its own (a passive "di-", an active "me-", an
       * English verb the lexicon knows), dates its noun. "Yang
       * bertanggung jawab", "yang berlaku" describe their noun. */
      if (k > from + 1 && (s->toks[k].flags & W_RELATIVE) && !_ds_tok_is_punct (&s->toks[k - 1], ','))
        {
          const Tok *t = &s->toks[k + 1];

          if (t->type == TOK_WORD && !t->cap &&
              (s->english ? (t->verb || (t->flags & W_AUX)) != 0
                          : t->len > 4 && (ds_ascii_strncasecmp (t->p, "di", 2) == 0 ||
                                           ds_ascii_strncasecmp (t->p, "me", 2) == 0) &&
                                relative_verb (t)))
            return k;
        }
      /* "… pada 12 Mei 1998 dan mulai berlaku pada …", "… in 1996 and
       * entered into force in …": a second verb of the same subject,
       * also right after the date asked ("… pada 1966 dan turut
       * mendirikan ASEAN pada 1967", "… in 1966 and later founded …":
       * one adverb may stand before it). */
      if ((s->toks[k].flags & W_CONJ) && k > 0 && s->toks[k - 1].type == TOK_NUMBER)
        {
          guint v = k + 1;

          if (v + 1 < e && (s->toks[v].flags & W_ADV) && !s->toks[v].cap)
            v++;
          if (s->toks[v].type == TOK_WORD && !s->toks[v].cap &&
              (s->toks[v].verb || (s->toks[v].flags & (W_AUX | W_EVENT))))
            return k + 1;
        }
    }
  return e;
}

/* "… adopted the principles of the GDPR, in force since May 2018,
 * including …", "…, yang berlaku sejak Mei 2018, …": a date in a short
 * aside set off by commas after the main clause's verb dates what the
 * object names, not what the sentence says; no blank on it (one that
 * closes the clause, ", and …", may be what it says). */
static gboolean
object_aside_date (const Sent   *s,
                   const Figure *fig,
                   guint         e)
{
  guint open = fig->a;

  while (open > 0 && fig->a - open < 6 && !_ds_tok_is_punct (&s->toks[open - 1], ','))
    open--;
  if (open < 2 || open == fig->a || !_ds_tok_is_punct (&s->toks[open - 1], ',') ||
      fig->b + 1 >= e || !_ds_tok_is_punct (&s->toks[fig->b], ',') ||
      (s->toks[fig->b + 1].flags & (W_CONJ | W_CONNECTIVE)))
    return FALSE;
  /* (", and in 2016 …" opens a clause of its own.) */
  if (s->toks[open].type != TOK_WORD || s->toks[open].cap ||
      (s->toks[open].flags & (W_CONJ | W_CONNECTIVE | W_CLAUSE)))
    return FALSE;
  for (guint k = 0; k + 1 < open; k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & (W_AUX | W_CUE_DEF)))
      return TRUE;
  return FALSE;
}

/* "Singapura mendirikan … pada tahun 2019": when, too ("Kapan Singapura
 * mendirikan …?"). */
static void
event_when (Ctx        *ctx,
            Sent       *s,
            const char *actor,
            guint       verb,
            const char *object)
{
  /* "Fiji ratified it through the Act 5 of 2011, and Tonga followed in
   * 2014": a date past the verb's clause dates another event. */
  guint e = next_clause (s, verb, _ds_body_end (s));
  g_autofree char *v = _ds_lexicon_rewrite (ctx, &s->toks[verb], "verb_base");
  DsClaim *claim;

  for (guint i = 0; i + 1 < e; i++)
    {
      Figure fig;
      guint k = i + 1;
      gboolean since;
      const char *template;

      /* "Setelah gangguan pada Juni 2025, Menteri memerintahkan …": a
       * date before the verb dates it only when it opens the sentence. */
      if (i > 0 && i < verb)
        continue;
      /* "Norway signed the annex (in May 2003)", "… (Mei 2003)". */
      if (i > verb && bracket_date (s, i, e, &fig) && !_ds_toks_any_used (s, fig.a, fig.b))
        {
          claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
          claim->question = ds_lang_expand (ctx->lang, "question_when_active",
                                            "actor", actor, "verb", v, "object", object, NULL);
          _ds_toks_mark_used (s, fig.a, fig.b);
          _ds_claim_commit (ctx, claim);
          return;
        }
      if (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "year"))
        k++;
      if (!(_ds_tok_is (&s->toks[i], "pada") || _ds_tok_is (&s->toks[i], "in") || _ds_tok_is (&s->toks[i], "on") ||
            _ds_tok_is (&s->toks[i], "sejak") || _ds_tok_is (&s->toks[i], "since")) ||
          k >= e || !(read_figure (s, k, e, &fig) || day_date (s, k, e, &fig)) || !(fig.date || fig.year) ||
          _ds_toks_any_used (s, fig.a, fig.b) || object_aside_date (s, &fig, e))
        continue;
      /* "mengelola … sejak 2012": since when, which the language may
       * not ask with this verb ("Since when did …" is no English). */
      since = _ds_tok_is (&s->toks[i], "sejak") || _ds_tok_is (&s->toks[i], "since");
      template = since ? ds_lang_get_template (ctx->lang, "question_since_active") : NULL;
      if (since && (template == NULL || template[0] == '\0'))
        return;
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
      claim->question = ds_lang_expand (ctx->lang, since ? "question_since_active" : "question_when_active",
                                        "actor", actor, "verb", v, "object", object, NULL);
      _ds_toks_mark_used (s, fig.a, fig.b);
      _ds_claim_commit (ctx, claim);
      return;
    }
  /* "…, a small office in Suva, which began operating in 2015.": the
   * date of a relative clause that closes the sentence is asked in its
   * place, as a blank (one in an aside, ", yang berlaku sejak Mei 2018,
   * termasuk …", only names its noun: object_aside_date()). */
  if (e < _ds_body_end (s) && (s->toks[e].flags & W_RELATIVE))
    for (guint i = e; i + 1 < _ds_body_end (s); i++)
      if (_ds_tok_is_punct (&s->toks[i], ',') || _ds_tok_is_punct (&s->toks[i], ';'))
        return;
  if (e < _ds_body_end (s) && (s->toks[e].flags & W_RELATIVE))
    for (guint i = e; i + 1 < _ds_body_end (s); i++)
      {
        Figure fig;

        if ((s->toks[i].flags & W_PREP) && read_figure (s, i + 1, _ds_body_end (s), &fig) && fig.a == i + 1 &&
            (fig.date || fig.year) && !_ds_toks_any_used (s, fig.a, fig.b))
          {
            _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
            return;
          }
      }
}

/* A verb, or a past tense the language's list turns into a base form
 * ("held" → "hold"), which the tokenizer cannot tell by its ending. */
static gboolean
past_or_verb (Ctx       *ctx,
              const Tok *t)
{
  g_autofree char *base = NULL;

  if (t->verb)
    return TRUE;
  base = _ds_lexicon_rewrite (ctx, t, "verb_base");
  return base != NULL && (strlen (base) != t->len || ds_ascii_strncasecmp (base, t->p, t->len) != 0);
}

/* Whether a date not asked yet follows in [@from, @e). */
static gboolean
dated_after (const Sent *s,
             guint       from,
             guint       e)
{
  for (guint k = from; k < e; k++)
    {
      Figure fig;

      if (read_figure (s, k, e, &fig) && (fig.date || fig.year) && !_ds_toks_any_used (s, fig.a, fig.b))
        return TRUE;
    }
  return FALSE;
}

/* "… was set up in 2016 and held its first plenary in June 2017": a
 * second verb of the same subject, dated too, after the answer at @from. */
/* "… signed on 4 May 1975 and in force in 1977", "… dan efektif pada
 * 2021" (the phrase list facts3_in_force after a conjunction at @k): a
 * state with no verb, dated; its date in *@fig. */
static gboolean
in_force_at (Ctx        *ctx,
             const Sent *s,
             guint       k,
             guint       e,
             Figure     *fig)
{
  guint n, at;

  if (!(s->toks[k].flags & W_CONJ) || (n = _ds_phrase_at (ctx, s, k + 1, PL_FACTS3_IN_FORCE)) == 0 ||
      (at = k + n + 1) + 1 >= e)
    return FALSE;
  return (_ds_tok_is (&s->toks[at], "in") || _ds_tok_is (&s->toks[at], "since") ||
          _ds_tok_is (&s->toks[at], "pada") || _ds_tok_is (&s->toks[at], "sejak")) &&
         read_figure (s, at + 1, e, fig) && (fig->date || fig->year) && !_ds_toks_any_used (s, fig->a, fig->b);
}

static void
coordinated_event (Ctx        *ctx,
                   Sent       *s,
                   guint       from,
                   guint       e,
                   const char *subject)
{
  for (guint k = from; k + 2 < e; k++)
    {
      g_autofree char *object = NULL;
      guint end;

      /* "… dan mulai berlaku pada …": a word that leads the verb asks
       * with it ("Kapan … mulai berlaku?"). */
      gboolean lead = (s->toks[k].flags & W_CONJ) && _ds_phrase_at (ctx, s, k + 1, PL_VERB_LEAD) == 1 &&
                      s->toks[k + 2].verb;

      Figure fig;

      if (in_force_at (ctx, s, k, e, &fig))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
          return;
        }
      if (!(s->toks[k].flags & W_CONJ) || s->toks[k + 1].cap ||
          (!lead && (!past_or_verb (ctx, &s->toks[k + 1]) || (s->toks[k + 1].flags & (W_AUX | W_FUNCTION | W_NOUN)))))
        continue;
      end = object_end (s, k + 2, e);
      if (end <= k + 2 || end - k > 10 || !dated_after (s, end, e))
        return;
      object = _ds_toks_dup (s, k + 2, end);
      event_when (ctx, s, subject, k + 1, object);
      return;
    }
}

/* "its law", "undang-undangnya": an object owned by a pronoun. */
static gboolean
owned_by_pronoun (const Sent *s,
                  guint       a,
                  guint       b)
{
  for (guint k = a; k < b; k++)
    if ((s->toks[k].flags & W_PRONOUN) || _ds_tok_ends_nya (&s->toks[k]))
      return TRUE;
  return FALSE;
}

/* Past "In 2024 (,)" / "Pada Maret 2019," that opens a clause at @c: where
 * its subject starts. */
static guint
opening_date_end (const Sent *s,
                  guint       c,
                  guint       verb)
{
  Figure fig;
  guint k = c + 1;

  if (k >= verb || !(s->toks[c].flags & W_PREP))
    return c;
  if (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "year"))
    k++;
  if (k >= verb || !read_figure (s, k, verb, &fig) || !(fig.date || fig.year))
    return c;
  k = fig.b;
  if (k < verb && _ds_tok_is_punct (&s->toks[k], ','))
    k++;
  return k < verb ? k : c;
}

/* "Presiden X menandatangani UU PDP pada …" → "Siapa yang menandatangani
 * UU PDP?" */
/* Whether @t is a word no name is: one the essay never writes with a
 * capital inside a sentence, in lower case after its first letter, and
 * ending as the language's abstract nouns do ("-ship", "-tion",
 * "-ance"). */
gboolean
_ds_tok_common_noun_shape (Ctx       *ctx,
                           const Tok *t)
{
  const char * const *ends = ds_lang_get_phrases (ctx->lang, "common_noun_suffix");

  if (t->type != TOK_WORD || (t->flags & W_COUNTRY) || _ds_tok_known_name (ctx, t) || t->len < 6)
    return FALSE;
  for (guint k = 1; k < t->len; k++)
    if (!g_ascii_islower (t->p[k]))
      return FALSE;
  for (guint i = 0; ends[i] != NULL; i++)
    {
      gsize n = strlen (ends[i]);

      if (n < t->len && memcmp (t->p + t->len - n, ends[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the actor [@a, @b) is the essay's own subject, named in its
 * title ("Ghana" in "Ghana's Cocoa Diplomacy"). */
static gboolean
actor_is_essay_subject (Ctx        *ctx,
                        const Sent *s,
                        guint       a,
                        guint       b)
{
  g_autofree char *actor = _ds_toks_dup (s, a, b);

  return _ds_names_essay_subject (ctx, actor);
}

/* "a draft resolution", "sejumlah mekanisme": an object that opens on
 * a word of no one thing (the phrase lists indefinite and
 * lists_vague_count) with a noun of three words at most and no name,
 * figure or phrase after it to pick it out ("a review of every sluice
 * gate" is one). */
static gboolean
object_unnamed (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       end)
{
  guint n = _ds_phrase_at (ctx, s, a, PL_INDEFINITE);

  if (n == 0)
    n = _ds_phrase_at (ctx, s, a, PL_LISTS_VAGUE_COUNT);
  if (n == 0 || end > a + n + 3)
    return FALSE;
  for (guint k = a + n; k < end; k++)
    if (s->toks[k].cap || s->toks[k].type != TOK_WORD || (s->toks[k].flags & W_PREP))
      return FALSE;
  return TRUE;
}

/* Whether the actor's words [@a, @b) stand again in the object [@o,
 * @end) ("ASEAN menyepakati ASEAN Cybersecurity Cooperation Strategy"):
 * "Who …?" would say its answer. */
static gboolean
actor_in_object (const Sent *s,
                 guint       a,
                 guint       b,
                 guint       o,
                 guint       end)
{
  for (guint k = o; k + (b - a) <= end; k++)
    {
      guint j = 0;

      while (j < b - a && s->toks[k + j].len == s->toks[a + j].len &&
             ds_ascii_strncasecmp (s->toks[k + j].p, s->toks[a + j].p, s->toks[a + j].len) == 0)
        j++;
      if (j == b - a)
        return TRUE;
    }
  return FALSE;
}

/* "Kenya later joined …", "Dewan itu akhirnya mengadopsi …", "Brazil
 * formally ratified …": an adverb of when or how between the actor and
 * its verb leaves who did what; where it starts, else @verb. One of the
 * phrase list event_adverb is left out of the question ("When did Kenya
 * join …?"), one of event_adverb_asked says what was done and is kept
 * with the verb (*@asked: "When did Indonesia first propose …?"). None
 * says the act was not done or done by others too ("never", "also"). */
static guint
event_adverb_start (Ctx        *ctx,
                    const Sent *s,
                    guint       c,
                    guint       verb,
                    gboolean   *asked)
{
  *asked = FALSE;
  for (guint k = verb > 3 ? verb - 3 : 0; k < verb; k++)
    {
      if (k <= c)
        continue;
      if (_ds_phrase_at (ctx, s, k, PL_EVENT_ADVERB) == verb - k)
        return k;
      if (_ds_phrase_at (ctx, s, k, PL_EVENT_ADVERB_ASKED) == verb - k)
        {
          *asked = TRUE;
          return k;
        }
    }
  return verb;
}

static void passive_when (Ctx        *ctx,
                          Sent       *s,
                          const char *subject,
                          guint       verb,
                          guint       from,
                          guint       e);

/* "In order to lower the risk of escalation, the OSCE adopted …" →
 * "Why did the OSCE adopt …?", "Guna menjaga …, Estonia membuka …" →
 * "Untuk apa Estonia membuka …?": a purpose opening the sentence (phrase
 * list facts41_purpose_opener) before the comma that opens the act's
 * clause, a verb first ("to keep", "menjaga") and nothing that points
 * back, answers why the named actor did it; the answer keeps its "to",
 * "untuk", "guna". FALSE when there is none. */
static gboolean
event_purpose (Ctx        *ctx,
               Sent       *s,
               const char *actor,
               guint       verb,
               const char *object)
{
  guint cs = _ds_clause_start (s, verb), n, a, v;
  g_autofree char *base = NULL;
  DsClaim *claim;

  if (cs < 4 || cs >= verb || !_ds_tok_is_punct (&s->toks[cs - 1], ',') ||
      (n = _ds_phrase_at (ctx, s, 0, PL_FACTS41_PURPOSE_OPENER)) == 0 || n + 2 >= cs ||
      _ds_toks_any_used (s, 0, cs))
    return FALSE;
  v = n;
  /* "in order to …", "so as to …": the answer opens on "to". */
  a = ctx->english ? n - 1 : 0;
  {
    const Tok *f = &s->toks[v];

    /* ("To varying degrees, …", "To some extent, …", "To date, …": an
     * adverbial phrase, no act; phrase list facts41_purpose_not.) */
    if (f->type != TOK_WORD || f->cap || (f->flags & (W_FUNCTION | W_DET | W_AUX | W_PRONOUN | W_ANAPHOR | W_PREP)) ||
        (!ctx->english && !f->verb) || _ds_tok_ing_word (f) || _ds_phrase_at (ctx, s, v, PL_FACTS41_PURPOSE_NOT) > 0)
      return FALSE;
  }
  for (guint k = v; k + 1 < cs; k++)
    if (s->toks[k].type == TOK_PUNCT || (s->toks[k].flags & (W_ANAPHOR | W_RELATIVE | W_THAT | W_PRONOUN)) ||
        (!ctx->english && _ds_tok_ends_nya (&s->toks[k]) && k > v))
      return FALSE;
  if (_ds_count_words (s, v, cs - 1) < 2 || cs - 1 - v > 14)
    return FALSE;
  base = _ds_lexicon_rewrite (ctx, &s->toks[verb], "verb_base");
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, cs - 1);
  claim->question = ds_lang_expand (ctx->lang, "question_why_active", "actor", actor, "verb", base, "object", object, NULL);
  _ds_toks_mark_used (s, a, cs - 1);
  return _ds_claim_commit (ctx, claim);
}

/* "Estonia opened a data embassy in Luxembourg to keep its registers
 * running during an attack", "Jepang mendanai pusat pelatihan di Bangkok
 * agar pejabat ASEAN dapat …": a purpose closing the sentence after the
 * act's object (@end) and at most a place or a date, its cue of the
 * phrase list facts41_purpose_tail or an English "to" before a verb,
 * answers why the named actor did it, to the sentence's end (@e), the
 * answer with its cue. FALSE when there is none. */
static gboolean
event_purpose_tail (Ctx        *ctx,
                    Sent       *s,
                    const char *actor,
                    guint       verb,
                    const char *object,
                    guint       end,
                    guint       e)
{
  guint k, n = 0, a, f;
  g_autofree char *base = NULL;
  DsClaim *claim;

  for (k = end; k < e && k <= end + 4; k++)
    {
      const Tok *t = &s->toks[k];

      if ((n = _ds_phrase_at (ctx, s, k, PL_FACTS41_PURPOSE_TAIL)) > 0)
        break;
      if (ctx->english && _ds_tok_is (t, "to") && k + 1 < e)
        {
          const Tok *w = &s->toks[k + 1];

          /* ("to keep its …", "to win the …": a word the lexicon does
           * not know as a verb, before an article, "its", "their" or
           * "that", is one; "granted access to researchers" has none.) */
          const Tok *x = k + 2 < e ? &s->toks[k + 2] : NULL;
          gboolean verbal = w->verb || (x != NULL && x->type == TOK_WORD &&
                                        (_ds_tok_is_article (x) || _ds_tok_is (x, "its") || _ds_tok_is (x, "their") ||
                                         (x->flags & W_THAT)));

          if (verbal && !w->cap && w->type == TOK_WORD && !(w->flags & (W_FUNCTION | W_DET | W_AUX | W_PRONOUN | W_QUANT)) &&
              !_ds_tok_ing_word (w) && _ds_phrase_at (ctx, s, k + 1, PL_FACTS41_PURPOSE_NOT) == 0 &&
              !(w->p[w->len - 1] == 's' && w->len > 2 && w->p[w->len - 2] != 's' && w->p[w->len - 2] != 'u'))
            {
              n = 1;
              break;
            }
        }
      if (t->type != TOK_WORD && t->type != TOK_NUMBER)
        return FALSE;
      if (t->flags & (W_CLAUSE | W_RELATIVE | W_THAT | W_CONJ))
        return FALSE;
    }
  if (n == 0 || k + n + 2 > e || e - (k + n) > 14 || _ds_toks_any_used (s, k, e))
    return FALSE;
  f = k + n;
  /* "in order to …": the answer opens on "to". */
  a = ctx->english && _ds_tok_is (&s->toks[f - 1], "to") ? f - 1 : k;
  {
    const Tok *w = &s->toks[f];

    if (w->type != TOK_WORD || (w->flags & (W_ANAPHOR | W_PREP | W_AUX)) ||
        (!ctx->english && f == k + 1 && !_ds_tok_is (&s->toks[k], "agar") && !_ds_tok_is (&s->toks[k], "supaya") &&
         !w->verb))
      return FALSE;
  }
  for (guint j = f; j < e; j++)
    if ((s->toks[j].type == TOK_PUNCT && !_ds_side_punct (&s->toks[j])) || (s->toks[j].flags & W_ANAPHOR))
      return FALSE;
  base = _ds_lexicon_rewrite (ctx, &s->toks[verb], "verb_base");
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, e);
  claim->question = ds_lang_expand (ctx->lang, "question_why_active", "actor", actor, "verb", base, "object", object, NULL);
  /* (Beside who and when of the same act, it ranks below the essay's
   * other claims.) */
  claim->score -= 1.0;
  _ds_toks_mark_used (s, a, e);
  return _ds_claim_commit (ctx, claim);
}

/* The actor as "When did … ?" names it: with its article ("the
 * Netherlands") and an adverb asked with the verb ("Indonesia first"),
 * which the template puts right before the verb. */
static char *
event_actor (const Sent *s,
             guint       a,
             guint       b,
             gboolean    article,
             const char *adverb)
{
  g_autofree char *name = _ds_toks_dup (s, a, b);

  return g_strconcat (article ? "the " : "", name, adverb != NULL ? " " : "", adverb != NULL ? adverb : "", NULL);
}

/* "Moscow denied any part in the intrusion", "Beijing rejected the
 * panel's findings on the hacking of …", "Kairo menolak klaim atas …":
 * what a named actor answered (a verb of the phrase list
 * facts41_response_verb) is a charge, a finding or a part that its
 * phrase after "in", "on", "of" (facts41_response_prep) says, read on to
 * the clause's end ("Who denied any part?" says nothing). @end where
 * object_end() stopped; it stays where a date or a figure follows. */
static guint
response_object_end (Ctx        *ctx,
                     const Sent *s,
                     guint       verb,
                     guint       end,
                     guint       e)
{
  guint k;

  if (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_VERB) != 1)
    return end;
  /* "menolak kuota tunggal serta mengusulkan …": a second verb after a
   * conjunction is a second act, no part of what was answered. */
  for (k = verb + 2; k + 1 < end; k++)
    if ((s->toks[k].flags & W_CONJ) && s->toks[k + 1].verb && !s->toks[k + 1].cap)
      return k;
  if (end <= verb + 1 || end + 1 >= e ||
      _ds_phrase_at (ctx, s, end, PL_FACTS41_RESPONSE_PREP) != 1)
    return end;
  for (k = end + 1; k < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_NUMBER || _ds_tok_is (t, "pada") || _ds_tok_is (t, "since") || _ds_tok_is (t, "sejak"))
        return end;
      if ((t->type == TOK_PUNCT && !_ds_tok_is_punct (t, '\'')) || (t->flags & W_CLAUSE))
        break;
    }
  /* (An object too long to carry stays where it was.) */
  return k > end + 1 && k - verb <= 10 ? k : end;
}

/* "The US government announced …", "the Kenyan delegation rejected …":
 * an English name before the lower-case noun of a body or of people
 * acting for it (phrase lists actor_noun, statement_agency), the noun
 * ending the subject at @e; the noun's end, else @r (Indonesian puts the
 * noun first: "Pemerintah Jepang"). Not where ", and" opens a second
 * clause later in the sentence. */
static guint
name_body_noun_end (Ctx        *ctx,
                    const Sent *s,
                    guint       r,
                    guint       e)
{
  guint n;

  if (!ctx->english || r >= e || s->toks[r].cap || s->toks[r].type != TOK_WORD)
    return r;
  /* ("The Kei government set up a unit in 2019, and Aru opened …": a
   * second clause after ", and" has a date or an act of its own, which
   * the sentence's blank asks beside the first; the rules of figures
   * keep it.) */
  for (guint k = e; k + 1 < s->n; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_CONJ))
      return r;
  n = MAX (_ds_phrase_at (ctx, s, r, PL_ACTOR_NOUN), _ds_phrase_at (ctx, s, r, PL_STATEMENT_AGENCY));
  return n > 0 && r + n == e ? e : r;
}

/* "Fiji, Samoa and Tonga signed …", "Indonesia, Malaysia, dan Filipina
 * menyepakati …": the commas of a list of actors cut the clause, whose
 * start @c is then the list's last names; where the names before, with
 * "and"/"dan" closing them (read_names()), reach the subject's end
 * @subject_end, the list's first name, else @c. A word the essay writes
 * in lower case elsewhere opening the sentence ("Menurut Kemlu, …") is
 * no name, and neither is a preposition, a connective or a pronoun; a
 * heading run in before a full stop ("Kerja sama kawasan. Indonesia,
 * …") is no part of the list. G_MAXUINT where a known name or a
 * country ends a part of two words or more before the comma and no list
 * reads from it ("Indonesia bersama
 * Malaysia, Filipina, dan Thailand mendirikan …"): the actors cannot be
 * told whole, and a part of them is a wrong answer. */
static guint
actor_list_start (Ctx        *ctx,
                  const Sent *s,
                  guint       c,
                  guint       subject_end)
{
  guint x = c, a, b, best = c;

  for (guint round = 0; round < 6 && x >= 2 && _ds_tok_is_punct (&s->toks[x - 1], ','); round++)
    {
      guint prev = x;
      const Tok *t;

      x = _ds_clause_start (s, prev - 1);
      if (x + 1 >= prev)
        break;
      for (guint j = prev - 1; j > x; j--)
        if (_ds_tok_is_punct (&s->toks[j - 1], '.') || _ds_tok_is_punct (&s->toks[j - 1], ':'))
          {
            x = j;
            break;
          }
      t = &s->toks[x];
      if (t->type != TOK_WORD || !t->cap || (t->flags & (W_PREP | W_CONJ | W_FUNCTION | W_CONNECTIVE | W_ADV | W_PRONOUN)))
        break;
      if (x == 0 && !_ds_tok_known_name (ctx, t) && !(t->flags & W_COUNTRY) && !_ds_tok_is_acronym (t) &&
          _ds_tok_written_lower (ctx, t))
        break;
      if (read_names (s, x, subject_end, &a, &b) == subject_end && a == x && b == subject_end && !_ds_toks_any_used (s, a, b))
        best = x;
      else
        {
          const Tok *last = &s->toks[prev - 2];

          if (prev - 1 > x + 1 && last->type == TOK_WORD && last->cap &&
              ((last->flags & W_COUNTRY) || _ds_tok_known_name (ctx, last) || _ds_tok_is_acronym (last)))
            return G_MAXUINT;
          break;
        }
    }
  return best;
}

static gboolean
event_active (Ctx  *ctx,
              Sent *s,
              guint verb,
              guint e)
{
  guint c = opening_date_end (s, _ds_clause_start (s, verb), verb), a, b, end, article, subject_end;
  g_autofree char *adverb = NULL;
  gboolean asked, elliptic;
  g_autofree char *object = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *v = NULL;
  DsClaim *claim;
  guint n_claims, later, unlike, side_end, listed, read = 0, answer_a;

  /* "Two years later the Reef Council adopted …", "Setahun kemudian,
   * Dewan Terumbu mengesahkan …": a time counted from the event before
   * (phrase list facts39_later_opening) opens the clause as a date does;
   * the actor follows it, and "Who adopted …?" is asked as after "In
   * 2016". */
  if (c == _ds_clause_start (s, verb) && (later = _ds_phrase_at (ctx, s, c, PL_FACTS39_LATER_OPENING)) > 0 &&
      c + later < verb)
    c += later + _ds_tok_is_punct (&s->toks[c + later], ',');
  /* "Ketika Brasil mengusulkan … pada Maret 2023, …", "Setelah Cile
   * meluncurkan …": a word of time that opens the sentence (phrase list
   * facts_time_opener), its capital the sentence's, is no word of the
   * actor's name ("Siapa yang mengusulkan …? — Ketika Brasil"). (English
   * reads "When Brazil proposed …" as a clause already; "After Finland
   * joined NATO in April 2023 and Sweden in March 2024" stays its
   * date's blank.) */
  if (!ctx->english && c == 0 && c + 1 < verb && _ds_phrase_at (ctx, s, 0, PL_FACTS_TIME_OPENER) == 1)
    c = 1;
  /* "Para menteri tidak sepakat membentuk …", "No state signed …": a
   * negation (the phrase list lists_negation) before the verb denies the
   * act, or leaves nobody who did it. */
  for (guint k = c; k < verb; k++)
    if (_ds_phrase_at (ctx, s, k, PL_LISTS_NEGATION) == 1)
      return FALSE;
  /* "Unlike the United States, Russia built …", "Berbeda dengan Amerika
   * Serikat, Rusia membangun …": a sentence that opens on what its actor
   * is set against (the phrase list contrast_unlike) says how the two
   * differ; the contrast rules ask that, not who built. ("Tidak seperti
   * negara tetangganya, Singapura menerbitkan …", "Unlike its
   * neighbours, …": a side that points back names nothing to set the
   * actor against, so the act is asked.) */
  if ((unlike = _ds_phrase_at (ctx, s, 0, PL_CONTRAST_UNLIKE)) > 0 &&
      (side_end = _ds_clause_start (s, verb)) > 0 && !_ds_toks_lean_back (s, unlike, side_end))
    return FALSE;

  /* "Observers released into the region …", "Delegates elected in 2016
   * chose …", "Observers led by Norway reported …": a participle after a
   * plural noun is no verb of that noun, and "Chile joined in 2019" has
   * no object to ask with ("Who joined in 2019?"): English puts the
   * object of an act straight after its verb. */
  if (ctx->english && verb + 1 < e && (s->toks[verb + 1].flags & W_PREP) &&
      /* ("Brazil objected to …", "protested against …": a response's
       * particle (phrase list facts41_response_particle) opens what it
       * answered, asked with it.) */
      !(verb + 2 < e && _ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_PARTICLE) == 2))
    return FALSE;
  /* "Filipina bergabung dengan kemitraan pada 2021": Indonesian names
   * what was joined after a preposition (phrase lists
   * facts39_prep_object_verb, facts39_object_prep), asked with it ("Siapa
   * yang bergabung dengan kemitraan?"); "Laos bergabung setahun
   * kemudian", "bergabung pada 2019" have none to ask with. */
  if (_ds_phrase_at (ctx, s, verb, PL_FACTS39_PREP_OBJECT_VERB) == 1 &&
      !(verb + 2 < e && _ds_phrase_at (ctx, s, verb + 1, PL_FACTS39_OBJECT_PREP) == 1))
    return FALSE;
  /* "NATO CCDCOE set up in Tallinn (2008)": a note's passive with its
   * "was" left out; a verb and its particle with no object after them
   * did nothing ("Who set up?"), and were done to their subject, asked
   * "When was … set up?" below. */
  elliptic = ctx->english && verb + 1 < e && _ds_phrase_at (ctx, s, verb, PL_FACTS5_PHRASAL_EVENT) == 2 &&
             (verb + 2 >= e || (s->toks[verb + 2].flags & W_PREP) || s->toks[verb + 2].type != TOK_WORD);
  /* "The Netherlands launched …": "Who …?" is answered without the
   * article, "When did the Netherlands …?" asks with it. */
  article = c;
  /* "It adopted …", "Sekretariatnya menerbitkan …": who did it is named
   * in the sentence before; only when is asked, of that name. */
  if ((actor = _ds_anaphor_at (ctx, s, c, &end)) != NULL && end == event_adverb_start (ctx, s, c, verb, &asked) && !asked)
    {
      guint before = ctx->claims->len;

      end = object_end (s, verb + 1, e);
      if (end <= verb + 1 || end - verb > 10 + quoted_marks (s, verb + 1, end) || !object_stands_alone (s, verb + 1, end))
        return FALSE;
      object = _ds_toks_dup (s, verb + 1, end);
      event_when (ctx, s, actor, verb, object);
      /* ("The body runs eleven field stations": with no date to ask,
       * the sentence is left to the other rules.) */
      return ctx->claims->len > before;
    }
  g_clear_pointer (&actor, g_free);
  if (c + 1 < verb && _ds_tok_is (&s->toks[c], "the"))
    c++;
  subject_end = event_adverb_start (ctx, s, c, verb, &asked);
  if ((listed = actor_list_start (ctx, s, c, subject_end)) == G_MAXUINT)
    return FALSE;
  if (listed < c)
    read_names (s, listed, subject_end, &a, &b);
  else if ((read = read_name (s, c, subject_end, &a, &b)) != subject_end &&
           !(read > c && (b = name_body_noun_end (ctx, s, read, subject_end)) == subject_end))
    return FALSE;
  /* ("Who announced …? — the Japanese government": a body's noun keeps
   * the text's article.) */
  answer_a = read != 0 && read < subject_end && article < c ? article : listed;
  c = listed;
  if (a != c || _ds_toks_any_used (s, a, b) ||
      (b == a + 1 && _ds_tok_ends_nya (&s->toks[a])))
    return FALSE;
  if (elliptic)
    {
      actor = event_actor (s, a, b, article < c, NULL);
      n_claims = ctx->claims->len;
      passive_when (ctx, s, actor, verb, verb + 2, e);
      if (ctx->claims->len == n_claims)
        return FALSE;
      _ds_toks_mark_used (s, a, b);
      return TRUE;
    }
  /* "Rencana membuka kantor di Jenewa ditunda", "Upaya membangun pusat
   * data … dimulai pada 2021": a noun of a plan or an attempt (phrase
   * list facts43_plan_noun) before a verb is that verb's frame, the
   * subject of a later verb; it does nothing ("Siapa yang membuka …? —
   * Rencana"). */
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !_ds_tok_is_acronym (&s->toks[a]) &&
      _ds_phrase_at (ctx, s, a, PL_FACTS43_PLAN_NOUN) == 1)
    return FALSE;
  /* "Opsi B membentuk dana …", "Option B creates …": an option of a
   * policy paper does nothing; it is no actor (phrase list option_label). */
  if (_ds_phrase_at (ctx, s, a, PL_OPTION_LABEL) > 0)
    return FALSE;
  /* "Membership passed 3 million", "Attendance reached …": a common
   * noun whose capital is the sentence's does nothing either; English
   * shows it by its ending (phrase list common_noun_suffix). */
  if (ctx->english && b == a + 1 && a == 0 && _ds_tok_common_noun_shape (ctx, &s->toks[a]))
    return FALSE;
  /* "Parties set up the Green Climate Fund", "In 2010, Governments
   * launched …", "Para Pihak membentuk …": a plural of a common noun of
   * actors (phrase list actor_plural_common), its capital the
   * sentence's or a treaty's convention, is all the actor there is: it
   * names no one ("Who set up …? — Parties"). */
  if (b - a <= 3 && !(s->toks[a].flags & W_COUNTRY) && !_ds_tok_is_acronym (&s->toks[b - 1]) &&
      _ds_phrase_at (ctx, s, a, PL_ACTOR_PLURAL_COMMON) == b - a)
    return FALSE;
  /* "Forum mengadopsi …", "Dewan menetapkan …": a body's common noun
   * whose capital is the sentence's names no one ("Siapa yang
   * mengadopsi …? — Forum"); the phrase lists statement_agency,
   * class_noun and split_actor_head hold such nouns. */
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !(s->toks[a].flags & W_COUNTRY) &&
      !_ds_tok_is_acronym (&s->toks[a]) &&
      (_ds_phrase_at (ctx, s, a, PL_STATEMENT_AGENCY) == 1 || _ds_phrase_at (ctx, s, a, PL_CLASS_NOUN) == 1 ||
       _ds_phrase_at (ctx, s, a, PL_SPLIT_ACTOR_HEAD) == 1))
    return FALSE;
  /* "Pengadilan menolak gugatan …", "Kementerian membantah …": one word
   * opening the sentence that answers a charge, in the shape of an
   * Indonesian noun made of a verb (pe-/ke- … -an) or written in lower
   * case elsewhere in the text, is a court or a ministry in the
   * sentence's capital, no one named. */
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !(s->toks[a].flags & W_COUNTRY) &&
      !_ds_tok_is_acronym (&s->toks[a]) && _ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_VERB) == 1 &&
      (_ds_tok_written_lower (ctx, &s->toks[a]) ||
       /* ("Delegates rejected …": an English plural.) */
       (ctx->english && s->toks[a].len > 4 && s->toks[a].p[s->toks[a].len - 1] == 's' &&
        s->toks[a].p[s->toks[a].len - 2] != 's' && s->toks[a].p[s->toks[a].len - 2] != 'u') ||
       (!ctx->english && s->toks[a].len > 6 && ds_ascii_strncasecmp (s->toks[a].p + s->toks[a].len - 2, "an", 2) == 0 &&
        (ds_ascii_strncasecmp (s->toks[a].p, "pe", 2) == 0 || ds_ascii_strncasecmp (s->toks[a].p, "ke", 2) == 0))))
    return FALSE;
  /* "The UN General Assembly on Tuesday adopted …": the day is when, not
   * who. */
  if (b > a + 2 && (_ds_tok_is (&s->toks[b - 2], "on") || _ds_tok_is (&s->toks[b - 2], "pada")) &&
      _ds_phrase_at (ctx, s, b - 1, PL_WEEKDAY) > 0)
    b -= 2;
  /* (After a particle, "pushed for a module on …", the object is read
   * from its own first word: "a" shows it indefinite.) */
  end = response_object_end (ctx, s, verb,
                             object_end (s, verb + 1 + (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_PARTICLE) == 2), e), e);
  if (end <= verb + 1 || end - verb > 10 + quoted_marks (s, verb + 1, end) + name_length_aside (s, verb + 1, end) ||
      !object_stands_alone (s, verb + 1, end))
    return FALSE;
  /* "Indonesia menjadi tuan rumah setelah mengalahkan …", "Indonesia
   * memimpin bersama (co-chair) Proses Bali …": an object that is only
   * the event phrase's own noun (phrase list facts39_event_phrase) or a
   * word of manner, with a clause, a date or an aside after it, leaves
   * out the body or forum the act was of ("Siapa yang menjadi tuan
   * rumah …? — of what?", "Sejak kapan Indonesia memimpin bersama?"). */
  {
    guint head = verb + MAX (1, _ds_phrase_at (ctx, s, verb, PL_FACTS39_EVENT_PHRASE));

    if (head >= end ||
        (s->toks[head].type == TOK_WORD && !s->toks[head].cap && (s->toks[head].flags & W_FUNCTION) &&
         !(s->toks[head].flags & (W_DET | W_ANAPHOR | W_PRONOUN | W_THAT)) &&
         (head + 1 == end || (s->toks[head].flags & (W_CLAUSE | W_CONJ)) ||
          _ds_phrase_at (ctx, s, head, PL_EVENT_DATE_TAIL) == 1)) ||
        (head + 1 == end && end < e && _ds_tok_is_punct (&s->toks[end], '(') && s->toks[head].type == TOK_WORD &&
         !s->toks[head].cap))
      return FALSE;
  }
  /* "Langkah membangun kepercayaan (confidence-building measures)
   * mencakup …": a bracket of two words or more right after the object
   * names the whole phrase — a term with a verb in it, whose first noun
   * (its capital the sentence's) does nothing. */
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !(s->toks[a].flags & W_COUNTRY) &&
      !_ds_tok_is_acronym (&s->toks[a]) && end + 3 < e && _ds_tok_is_punct (&s->toks[end], '(') &&
      s->toks[end + 1].type == TOK_WORD && s->toks[end + 2].type == TOK_WORD)
    return FALSE;
  /* "… that Norway rejected on the grounds that the levy …": an answer
   * given with its reason (phrase list reason_cue) is asked why, by the
   * rules of reasons, not who. */
  if (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_VERB) == 1 &&
      _ds_phrase_in (ctx, s, end, e, PL_REASON_CUE))
    return FALSE;
  /* "Vietnam menolak bergabung dengan …", "menolak memberi komentar": a
   * verb after it refuses an act, which is no answer to anything. */
  if (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_VERB) == 1 && !ctx->english && s->toks[verb + 1].verb &&
      !s->toks[verb + 1].cap)
    return FALSE;
  /* "Moscow denied any involvement", "Peru rejected the fee": what was
   * answered in a word or two, and no name in it, leaves the question
   * open to many answers ("Who rejected the fee?"); a particle opening
   * it ("objected to", "pushed for": facts41_response_particle) is no
   * word of it ("Who pushed for a module?"). */
  if (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_VERB) == 1 &&
      _ds_count_words (s, verb + (_ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_PARTICLE) == 2 ? 2 : 1), end) < 3)
    {
      gboolean named = FALSE;

      for (guint k = verb + 1; k < end && !named; k++)
        named = s->toks[k].cap && s->toks[k].type == TOK_WORD;
      if (!named)
        return FALSE;
    }
  /* "Vietnam mendorong pembentukan pusat pelatihan …", "Chile pushed for
   * a module on digital identities …": a verb of pressing for a thing
   * (phrase list facts45_push_verb; English only with its particle) is
   * an act of its actor when that is a country, an acronym, a person or
   * a body's noun (phrase lists actor_noun, statement_agency), not a
   * thing ("Krisis Myanmar mendorong arus pengungsi …", "Pengungkapan
   * Snowden mendorong …" say a cause), no connective
   * opens it ("Sebaliknya, Tiongkok …"), and no verb follows a name in
   * what was pushed, nor "agar" (phrase list advice_that) a noun
   * ("mendorong PBB mengadopsi …", "mendorong ASEAN Regional CERT agar
   * mulai bekerja …" make another act, its date not the push's). */
  if (_ds_phrase_at (ctx, s, verb, PL_FACTS45_PUSH_VERB) == 1)
    {
      const Tok *h = &s->toks[a];

      if (ctx->english && _ds_phrase_at (ctx, s, verb, PL_FACTS41_RESPONSE_PARTICLE) != 2)
        return FALSE;
      if (!(h->flags & W_COUNTRY) && !_ds_tok_is_acronym (h) && !_ds_person_name (ctx, s, a, b) &&
          _ds_phrase_at (ctx, s, a, PL_ACTOR_NOUN) == 0 && _ds_phrase_at (ctx, s, a, PL_STATEMENT_AGENCY) == 0)
        return FALSE;
      for (guint k = MIN (a == c ? answer_a : a, a); k < b; k++)
        if ((s->toks[k].flags & W_CONNECTIVE) || s->toks[k].type == TOK_PUNCT)
          return FALSE;
      for (guint k = verb + 2; k < end; k++)
        if (s->toks[k].type == TOK_WORD && ((s->toks[k].verb && !s->toks[k].cap && s->toks[k - 1].cap) ||
                                            _ds_phrase_at (ctx, s, k, PL_ADVICE_THAT) > 0))
          return FALSE;
    }
  /* "- the Christchurch Call launched 2019 in Paris": a year right
   * after the verb is no object but the date of a line of notes that
   * dropped its "was … in" ("Who launched 2019?" asks nothing); the
   * line ends there, or a mark or a preposition follows ("declared 2025
   * the Year of …", "… 2025 as …" name what the year became). */
  if (verb + 1 < end && year_like (&s->toks[verb + 1]) &&
      (verb + 2 >= end || (s->toks[verb + 2].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[verb + 2], ':')) ||
       ((s->toks[verb + 2].flags & W_PREP) && !_ds_tok_is (&s->toks[verb + 2], "as") &&
        !_ds_tok_is (&s->toks[verb + 2], "sebagai"))))
    return FALSE;
  object = object_named (ctx, s, verb + 1, end);
  v = g_ascii_strdown (s->toks[verb].p, s->toks[verb].len);
  if (asked)
    {
      g_autofree char *done = g_steal_pointer (&v);

      adverb = _ds_toks_dup (s, subject_end, verb);
      v = g_strconcat (adverb, " ", done, NULL);
    }
  /* "Ghana launched the Cocoa Compact with three partners" in "Ghana's
   * Cocoa Diplomacy", no date or figure beside: who did it is the
   * essay's own subject, a trivial answer; what it launched is asked
   * instead, the name of the object blanked ("Ghana launched _____ with
   * three partners"). */
  if (!owned_by_pronoun (s, verb + 1, end) && !s->has_digit && actor_is_essay_subject (ctx, s, a, b))
    {
      guint k = verb + 1 + (verb + 2 < end && _ds_tok_is (&s->toks[verb + 1], "the")), na = 0, nb = 0;

      if (!(read_name (s, k, end, &na, &nb) > k && na == k && nb > na && !_ds_toks_any_used (s, na, nb)))
        na = nb = 0;
      _ds_toks_mark_used (s, a, b);
      actor = event_actor (s, a, b, article < c, adverb);
      n_claims = ctx->claims->len;
      event_when (ctx, s, actor, verb, object);
      if (!event_purpose (ctx, s, actor, verb, object))
        event_purpose_tail (ctx, s, actor, verb, object, end, e);
      /* Only where no date is asked of the sentence: "When did Ghana
       * launch the Cocoa Compact?" says the name already (with a figure
       * or a date in the sentence, "Who …?" is kept to give way to its
       * card, as before). */
      if (ctx->claims->len == n_claims && nb > na)
        _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_EVENT, na, nb);
      return TRUE;
    }
  /* "Who introduced a draft resolution?", "Siapa yang membangun
   * sejumlah mekanisme?" have no one answer, and "Siapa yang menyepakati
   * ASEAN Cybersecurity …?" says its own: only when is asked, and with
   * no date the sentence is left to the other rules. */
  if (object_unnamed (ctx, s, verb + 1, end) || actor_in_object (s, a, b, verb + 1, end))
    {
      actor = event_actor (s, a, b, article < c, adverb);
      n_claims = ctx->claims->len;
      event_when (ctx, s, actor, verb, object);
      if (!event_purpose (ctx, s, actor, verb, object))
        event_purpose_tail (ctx, s, actor, verb, object, end, e);
      if (ctx->claims->len == n_claims)
        return FALSE;
      _ds_toks_mark_used (s, a, b);
      return TRUE;
    }
  /* "Who adopted its law?" points at the answer: only "when" is asked. */
  if (!owned_by_pronoun (s, verb + 1, end))
    {
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a == c ? answer_a : a, b);
      claim->question = ds_lang_expand (ctx->lang, "question_actor", "verb", v, "object", object, NULL);
      _ds_claim_commit (ctx, claim);
    }
  _ds_toks_mark_used (s, a, b);
  actor = event_actor (s, a, b, article < c, adverb);
  event_when (ctx, s, actor, verb, object);
  if (!event_purpose (ctx, s, actor, verb, object))
    event_purpose_tail (ctx, s, actor, verb, object, end, e);
  return TRUE;
}

/* A word in the possessive: "Singapore's", "ASEAN’s". */
static gboolean
possessive_s (const Tok *t)
{
  return t->type == TOK_WORD && t->len > 3 && (t->p[t->len - 1] == 's' || t->p[t->len - 1] == 'S') &&
         (t->p[t->len - 2] == '\'' || (t->len > 5 && memcmp (t->p + t->len - 4, "\xE2\x80\x99", 3) == 0));
}

/* "the OSCE secretariat", "EU member states": the common nouns (one or
 * two, in lower case) an English name at [.., @b) modifies, when they end
 * the clause or meet a preposition or a conjunction; where they end, else
 * @b. ("by Brazil alone", "by Kenya last year" go on with no noun.) */
static guint
name_head_nouns (Ctx        *ctx,
                 const Sent *s,
                 guint       b,
                 guint       e)
{
  guint j = b;

  while (j < e && j < b + 2 && s->toks[j].type == TOK_WORD && !s->toks[j].cap && _ds_tok_nounish (&s->toks[j]) &&
         !(s->toks[j].flags & (W_PRONOUN | W_VAGUE | W_MONTH | W_UNIT | W_QUANT | W_SUPERLATIVE | W_RELATIVE)) &&
         !_ds_tok_ly_adverb (&s->toks[j]) && !_ds_tok_ing_word (&s->toks[j]) &&
         _ds_phrase_at (ctx, s, j, PL_MANNER_ADVERB) == 0)
    j++;
  /* ("by Singapore's trade officials themselves": a reflexive, "also",
   * "too" after the nouns (phrase list stance_reflexive) closes them.) */
  if (j == b || !(j >= e || s->toks[j].type == TOK_PUNCT || (s->toks[j].flags & (W_PREP | W_CONJ)) ||
                  _ds_phrase_at (ctx, s, j, PL_STANCE_REFLEXIVE) > 0))
    return b;
  return j;
}

/* "diterbitkan setiap tahun oleh …", "is published annually by …",
 * "diluncurkan secara resmi oleh …", "has been published every year
 * since 2015 by …": how, how often or since when it is done, between a
 * passive verb at @k - 1 and its "by"/"oleh"; the "by"/"oleh" after it,
 * else @k. */
static gboolean
agent_focus (const Tok *t)
{
  static const char *const words[] = { "not", "only", "also", "mainly", "partly", "jointly", "largely",
                                       "tidak", "bukan", "hanya", "juga", "terutama", "sebagian" };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (_ds_tok_is (t, words[w]))
      return TRUE;
  return FALSE;
}

/* "dikembangkan bersama oleh A dan B", "was developed jointly by A, B
 * and C": "bersama", "bersama-sama", "jointly" before "oleh"/"by" at
 * @k + 1 says the agents worked together; it is all of them when they
 * are several ("dan", "and", "serta" or a comma among the words after,
 * before the sentence's end), and one agent alone worked with someone
 * the card does not name. */
static gboolean
joint_agents (const Sent *s,
              guint       k,
              guint       e)
{
  if (!(_ds_tok_is (&s->toks[k], "bersama") || _ds_tok_is (&s->toks[k], "bersama-sama") ||
        _ds_tok_is (&s->toks[k], "jointly")) ||
      k + 2 >= e || !(_ds_tok_is (&s->toks[k + 1], "by") || _ds_tok_is (&s->toks[k + 1], "oleh")))
    return FALSE;
  for (guint j = k + 3; j < e && j <= k + 16; j++)
    if (_ds_tok_is (&s->toks[j], "dan") || _ds_tok_is (&s->toks[j], "and") || _ds_tok_is (&s->toks[j], "serta") ||
        _ds_tok_is_punct (&s->toks[j], ','))
      return TRUE;
  return FALSE;
}

static guint
agent_after_adverbial (const Sent *s,
                       guint       k,
                       guint       e)
{
  guint j = k;

  for (guint round = 0; round < 2 && j + 2 < e; round++)
    if (_ds_tok_is (&s->toks[j], "secara") && s->toks[j + 1].type == TOK_WORD && !s->toks[j + 1].cap)
      j += 2;
    else if (joint_agents (s, j, e))
      j++;
    /* ("signed not only by A but also by B", "hanya oleh", "also by":
     * a negation or a focus says the agent is not all there is.) */
    else if ((s->toks[j].flags & W_ADV) && !s->toks[j].cap && s->toks[j].type == TOK_WORD && !agent_focus (&s->toks[j]))
      j++;
    else if ((_ds_tok_is (&s->toks[j], "setiap") || _ds_tok_is (&s->toks[j], "tiap") ||
              _ds_tok_is (&s->toks[j], "every") || _ds_tok_is (&s->toks[j], "each")) &&
             s->toks[j + 1].type == TOK_WORD && !s->toks[j + 1].cap)
      j += 2;
    else if ((_ds_tok_is (&s->toks[j], "since") || _ds_tok_is (&s->toks[j], "sejak")) && _ds_tok_is_year (&s->toks[j + 1]))
      j += 2;
    else
      break;
  return j > k && j + 1 < e && (_ds_tok_is (&s->toks[j], "by") || _ds_tok_is (&s->toks[j], "oleh")) ? j : k;
}

/* After a passive event verb: "oleh Y" / "by Y" (who), or "pada 8 Agustus
 * 1967" / "in 2015" (when). */
static gboolean
passive_answer (Ctx        *ctx,
                const Sent *s,
                guint       k,
                guint       e,
                guint      *a,
                guint      *b)
{
  Figure fig;
  guint pa, pb, cut;

  /* "- UA diluncurkan 2002 (Durban)", "- IGF diluncurkan 2006 di Athena":
   * a line of notes drops the "pada"/"in" before a year right after the
   * verb; the year alone, which the line's end, a bracket, a comma, a
   * dash or a place's "di"/"in"/"at" closes, says when. (Indonesian
   * only: an English line's "Set up 1959" under its heading is read
   * "COPUOS was set up 1959" and would ask again what the notes date.) */
  if (!ctx->english && k < e && year_like (&s->toks[k]) &&
      (k + 1 >= e || _ds_tok_is_punct (&s->toks[k + 1], '(') || _ds_tok_is_punct (&s->toks[k + 1], ',') ||
       (s->toks[k + 1].type == TOK_PUNCT && s->toks[k + 1].len > 1 && (guchar) s->toks[k + 1].p[0] == 0xE2) ||
       _ds_tok_is (&s->toks[k + 1], "di") || _ds_tok_is (&s->toks[k + 1], "in") ||
       _ds_tok_is (&s->toks[k + 1], "at")) &&
      ds_essay_get_block (ctx->essay, s->block)->kind == DS_BLOCK_LIST_ITEM)
    {
      *a = k;
      *b = k + 1;
      return TRUE;
    }
  if (k + 1 >= e)
    return FALSE;
  k = agent_after_adverbial (s, k, e);
  /* "(dibentuk 2018)", "(adopted 2001)": a bare year after the verb
   * that opens a bracket, which closes at once. */
  if (k >= 2 && k + 1 < e && year_like (&s->toks[k]) && _ds_tok_is_punct (&s->toks[k + 1], ')') &&
      _ds_tok_is_punct (&s->toks[k - 2], '('))
    {
      *a = k;
      *b = k + 1;
      return TRUE;
    }
  /* "diratifikasi (Juni 2001)", "was ratified (in June 2001)". */
  if (bracket_date (s, k, e, &fig))
    {
      *a = fig.a;
      *b = fig.b;
      return TRUE;
    }
  /* "didirikan di Manila pada Maret 2019", "was set up in Suva in 2016":
   * where it happened may come before when or by whom. */
  if ((_ds_tok_is (&s->toks[k], "di") || _ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "at")) &&
      !read_figure (s, k + 1, e, &fig) && read_name (s, k + 1, e, &pa, &pb) > k + 1 && pb - pa <= 4)
    {
      k = before_day (s, pa, pb);
      if (k < e && _ds_tok_is_punct (&s->toks[k], ','))
        k++;
      if (k + 1 >= e)
        return FALSE;
    }
  /* "by the Nordic Council" */
  if (_ds_tok_is (&s->toks[k], "oleh") || _ds_tok_is (&s->toks[k], "by"))
    {
      guint n = k + 2 < e && _ds_tok_is (&s->toks[k + 1], "the") ? k + 2 : k + 1;

      /* "by the scholar Rina Halim", "oleh peneliti Bima Prakoso": a role
       * before the name. */
      if (n + 1 < e && s->toks[n].type == TOK_WORD && !s->toks[n].cap && _ds_tok_nounish (&s->toks[n]) &&
          s->toks[n + 1].cap && read_name (s, n + 1, e, a, b) > n + 2)
        {
          /* "oleh diplomat Vietnam Nguyen Van Long": a country after the
           * role belongs to it, not to the name. */
          if (s->toks[n + 1].flags & W_COUNTRY)
            *a = n;
          return TRUE;
        }
      /* "by the Danish biologist Lars Holm", "oleh ahli biologi Denmark
       * Lars Holm": a role of more words; the answer is the role and the
       * name, which the clause's end, a mark or a preposition ("… in
       * 2004", "… dalam artikelnya") closes. */
      for (guint r = n; r < n + 4 && r + 2 < e && s->toks[r].type == TOK_WORD &&
                        !(s->toks[r].flags & (W_FUNCTION | W_CONJ | W_PREP)); r++)
        if (r > n && !s->toks[r - 1].cap && s->toks[r].cap && s->toks[r + 1].cap &&
            read_name (s, r, e, &pa, &pb) > r + 1 &&
            (pb >= e || s->toks[pb].type == TOK_PUNCT || (s->toks[pb].flags & W_PREP)))
          {
            *a = n == k + 2 ? k + 1 : n;
            *b = pb;
            return TRUE;
          }
      /* "oleh Keputusan Kepala Badan Nomor 12 Tahun 2024": a name that
       * goes on with its number is more than its words. */
      if (read_names_cut (s, n, e, a, b, &cut) <= n || (*b < e && s->toks[*b].type == TOK_NUMBER))
        return FALSE;
      /* "by France, Chile and several tech firms", "oleh Jepang, Korea,
       * dan sejumlah perusahaan": the answer is the whole series, its last
       * item a short noun phrase that ends the clause (at a mark, the
       * sentence's end, or a preposition but "of"/"dari"); else none, never
       * the first name alone. */
      if (cut == G_MAXUINT)
        return FALSE;
      if (cut > 0)
        {
          guint j = cut + 1;

          while (j < e && j < cut + 8 && s->toks[j].type == TOK_WORD && !s->toks[j].verb &&
                 !(s->toks[j].flags & (W_CONJ | W_RELATIVE | W_CLAUSE | W_PRONOUN | W_ANAPHOR | W_AUX)) &&
                 (!(s->toks[j].flags & W_PREP) || _ds_tok_is (&s->toks[j], "of") || _ds_tok_is (&s->toks[j], "dari")))
            j++;
          if (j == cut + 1 || j == cut + 8 || (s->toks[j - 1].flags & (W_PREP | W_DET | W_FUNCTION)) ||
              !(j >= e || (s->toks[j].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[j], '(')) ||
                (s->toks[j].flags & W_PREP)))
            return FALSE;
          *b = j;
        }
      /* "by the Organisation for Economic Co-operation and Development":
       * after "the", a body's name is read whole over its "for". */
      if (n == k + 2 && *a == n && read_name_long (s, n, e, &pa, &pb) > *b && pa == n)
        *b = pb;
      /* "by the OSCE secretariat", "by the EU member states": an English
       * name goes on with the common nouns it modifies, to the end of the
       * clause; "the OSCE" alone is another answer. */
      if (_ds_tok_is (&s->toks[k], "by"))
        *b = name_head_nouns (ctx, s, *b, e);
      /* "by Singapore's …": a name in the possessive is no agent; what
       * it owns is, and when that cannot be read there is no answer
       * ("By whom was the comparison used? Singapore's"). */
      if (*b > *a && possessive_s (&s->toks[*b - 1]))
        return FALSE;
      /* "by the Secretariat of …": the answer keeps the text's article. */
      if (n == k + 2)
        *a = k + 1;
      return TRUE;
    }
  if (s->toks[k].cap && s->toks[k + 1].cap && read_name (s, k, e, a, b) > k + 1)
    return TRUE;
  /* "ditandatangani Indonesia dan Australia", "disahkan para menteri
   * ASEAN" (named_agent_follows()). */
  if (!ctx->english && k + 2 < e && s->toks[k].cap && s->toks[k].type == TOK_WORD &&
      (_ds_tok_is (&s->toks[k + 1], "dan") || _ds_tok_is_punct (&s->toks[k + 1], ',')) && s->toks[k + 2].cap &&
      read_names (s, k, e, a, b) > k + 2 && *a == k && (*b >= e || s->toks[*b].type == TOK_PUNCT || (s->toks[*b].flags & W_PREP)))
    return TRUE;
  if (!ctx->english && k + 1 < e && _ds_tok_is (&s->toks[k], "para") && !s->toks[k + 1].cap &&
      s->toks[k + 1].type == TOK_WORD)
    {
      /* "para menteri kelautan", "para pemimpin G20": the people's
       * nouns and a name after them, to a mark or a preposition. */
      for (pb = k + 1; pb < e && pb < k + 6 && s->toks[pb].type == TOK_WORD &&
                       !(s->toks[pb].flags & (W_PREP | W_CONJ | W_RELATIVE | W_CLAUSE | W_ANAPHOR | W_PRONOUN));
           pb++)
        ;
      if (pb < e && !(s->toks[pb].type == TOK_PUNCT || (s->toks[pb].flags & W_PREP)))
        return FALSE;
      *a = k;
      *b = pb;
      return TRUE;
    }
  if ((_ds_tok_is (&s->toks[k], "pada") || _ds_tok_is (&s->toks[k], "on") ||
       _ds_tok_is (&s->toks[k], "in")) &&
      (_ds_tok_is (&s->toks[k + 1], "tahun") || _ds_tok_is (&s->toks[k + 1], "year")))
    k++;
  if ((_ds_tok_is (&s->toks[k], "pada") || _ds_tok_is (&s->toks[k], "on") ||
       _ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "tahun")) &&
      k + 1 < e && (read_figure (s, k + 1, e, &fig) || day_date (s, k + 1, e, &fig)) && (fig.date || fig.year))
    {
      *a = fig.a;
      *b = fig.b;
      return TRUE;
    }
  return FALSE;
}

/* Whether the @len bytes at @w are a word a number follows inside a
 * name ("Nomor 18", "Tahun 2012": the phrase lists number_label and
 * time_unit). */
static gboolean
numbered_word (Ctx        *ctx,
               const char *w,
               gsize       len)
{
  const char *lists[] = { "number_label", "time_unit" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (const char * const *x = ds_lang_get_phrases (ctx->lang, lists[l]); x != NULL && *x != NULL; x++)
      if (strlen (*x) == len && ds_ascii_strncasecmp (*x, w, len) == 0)
        return TRUE;
  return FALSE;
}

/* "ASEAN didirikan oleh …" → "Oleh siapa ASEAN didirikan?"; "ASEAN
 * didirikan pada 8 Agustus 1967" → "Kapan ASEAN didirikan?" */
/* "Indeks tersebut" after "… Indeks Keamanan Siber Global …": the name
 * the sentence before gave that begins with @head, or NULL. */
static char *
name_before (Ctx        *ctx,
             const char *head)
{
  gsize n = strlen (head);

  for (const char *p = ctx->prev.p; p != NULL && p + n + 2 < ctx->prev.end; p++)
    {
      const char *q = p + n;

      if ((p > ctx->prev.p && g_ascii_isalpha (p[-1])) || ds_ascii_strncasecmp (p, head, n) != 0 ||
          *q != ' ' || !g_ascii_isupper (q[1]))
        continue;
      for (const char *w = p;
           q < ctx->prev.end && *q == ' ' && q + 1 < ctx->prev.end &&
           (g_ascii_isupper (q[1]) || (g_ascii_isdigit (q[1]) && numbered_word (ctx, w, q - w)));)
        for (w = ++q; q < ctx->prev.end && (g_ascii_isalnum (*q) || *q == '-'); q++)
          ;
      return g_strndup (p, q - p);
    }
  return NULL;
}

/* The term the sentence before this one defined, or NULL. */
const char *
_ds_term_defined_before (Ctx *ctx)
{
  for (guint i = ctx->sentence_first_claim; i > 0; i--)
    {
      const DsClaim *c = ctx->claims->pdata[i - 1];

      if (c->start < ctx->prev.start)
        break;
      if (c->kind == DS_CLAIM_DEFINITION && c->attribution == NULL)
        return c->subject;
    }
  return NULL;
}

/* The past auxiliary that agrees with the subject of the passive @verb
 * (the templates "passive_aux" and "passive_aux_plural"; a language
 * without one has none): "The talks were hosted by …", "The accords have
 * been signed by …" ask "By whom were the talks hosted?"; "was" when the
 * sentence has none of the plural ones. */
static const char *
passive_aux (Ctx        *ctx,
             const Sent *s,
             guint       verb)
{
  gboolean plural = FALSE;
  const char *aux;

  /* "The centre is managed by …", "The talks are hosted by …": the
   * present stays ("By whom is the centre managed?"). */
  if (ctx->english && verb > 0 && (_ds_tok_is (&s->toks[verb - 1], "is") || _ds_tok_is (&s->toks[verb - 1], "are")))
    return _ds_tok_is (&s->toks[verb - 1], "is") ? "is" : "are";
  for (guint k = verb; k > 0 && (s->toks[k - 1].flags & (W_AUX | W_ADV | W_ORDINAL)); k--)
    if (_ds_tok_is (&s->toks[k - 1], "were") || _ds_tok_is (&s->toks[k - 1], "are") ||
        _ds_tok_is (&s->toks[k - 1], "have"))
      {
        plural = TRUE;
        break;
      }
    else if (_ds_tok_is (&s->toks[k - 1], "was") || _ds_tok_is (&s->toks[k - 1], "is") ||
             _ds_tok_is (&s->toks[k - 1], "has"))
      break;
  aux = ds_lang_get_template (ctx->lang, plural ? "passive_aux_plural" : "passive_aux");
  return aux != NULL ? aux : "";
}

/* The question of a passive event of @subject: when, or by whom. */
/* How many tokens the passive verb at @verb spans: two for a verb and
 * its particle ("set up", "drawn up": the phrase list
 * facts5_phrasal_event), else one. */
static guint
verb_span (Ctx        *ctx,
           const Sent *s,
           guint       verb)
{
  return _ds_sent_may_start (s, HOT_PHRASAL_EVENT) &&
         _ds_phrase_at (ctx, s, verb, PL_FACTS5_PHRASAL_EVENT) == 2 ? 2 : 1;
}

/* "first", "pertama kali" right before @verb: how many words (0 to 2).
 * (Inline: dated_aside_open() asks it at every word.) */
static inline __attribute__ ((always_inline)) guint
first_words (const Sent *s,
             guint       verb)
{
  if (verb >= 2 && _ds_tok_is (&s->toks[verb - 1], "kali") && _ds_tok_is (&s->toks[verb - 2], "pertama"))
    return 2;
  if (verb >= 1 && _ds_tok_is (&s->toks[verb - 1], "first"))
    return 1;
  return 0;
}

/* dated_aside_open() past its first checks: the aside opens its words
 * at @at (before "first", "pertama kali"), after a mark. */
static guint
dated_aside_at (Ctx        *ctx,
                const Sent *s,
                guint       verb,
                guint       at,
                guint       e)
{
  const Tok *o = &s->toks[at - 1], *t = &s->toks[verb];
  gunichar close;
  guint k, pa, pb;
  Figure fig;

  if (_ds_tok_is_punct (o, '('))
    close = ')';
  else if (_ds_tok_is_punct (o, 0x2013) || _ds_tok_is_punct (o, 0x2014))
    close = _ds_tok_is_punct (o, 0x2013) ? 0x2013 : 0x2014;
  /* ("X, first held in 2019, …": after a comma, only with "first"; the
   * participle alone is reduced_relative_at()'s.) */
  else if (_ds_tok_is_punct (o, ',') && at < verb)
    close = ',';
  else
    return 0;
  if (!s->toks[at - 2].cap || s->toks[at - 2].type != TOK_WORD ||
      !((t->flags & W_EVENT) || (t->verb && _ds_passive_verb (t, ctx->english)) ||
        (ctx->english && _ds_phrase_at (ctx, s, verb, PL_DEFS_IRREGULAR_PARTICIPLE) == 1)))
    return 0;
  k = verb + verb_span (ctx, s, verb);
  /* (Where, first: "di Den Haag", "in Geneva".) */
  if (k + 1 < e && (_ds_tok_is (&s->toks[k], "di") || _ds_tok_is (&s->toks[k], "in")) && s->toks[k + 1].cap &&
      s->toks[k + 1].type == TOK_WORD && read_name (s, k + 1, e, &pa, &pb) > k + 1 && pa == k + 1 && pb - pa <= 4)
    k = pb;
  if (k < e && (_ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "on") || _ds_tok_is (&s->toks[k], "pada")))
    k++;
  if (k < e && (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "year")))
    k++;
  return k < e && (read_figure (s, k, e, &fig) || day_date (s, k, e, &fig)) && (fig.date || fig.year) &&
         fig.b < e && _ds_tok_is_punct (&s->toks[fig.b], close) ? at - 1 : 0;
}

/* "The Freedom Online Coalition (founded in 2011) brings …", "Pusat
 * Kajian Siber ASEAN (didirikan pada 2019) melatih …", "X — established
 * in 2011 — …", "(dibentuk 2018)", "— pertama kali diadakan di Athena
 * pada 2006 —": a participle that opens a bracket or a dash aside right
 * after a name (or after "first", "pertama kali" that open it), with a
 * date that closes the aside at once, says when the name was made, as
 * "X, founded in 2011, …" does. The opening mark's token, else 0. */
static inline __attribute__ ((always_inline)) guint
dated_aside_open (Ctx        *ctx,
                  const Sent *s,
                  guint       verb,
                  guint       e)
{
  const Tok *t = &s->toks[verb];
  guint at;

  /* (Asked at every word of a sentence with a digit, inline: most words
   * are no lower-case word after a mark.) */
  if (verb + 2 >= e || t->type != TOK_WORD || t->cap)
    return 0;
  at = verb - first_words (s, verb);
  if (at < 2 || s->toks[at - 1].type != TOK_PUNCT)
    return 0;
  return dated_aside_at (ctx, s, verb, at, e);
}

/* "created by the Honiara Agreement", "dibentuk oleh Persetujuan
 * Honiara": an agent [@a, @b) that is the name of a text (its head, last
 * in English and first in Indonesian, of the phrase list treaty_head) is
 * no "whom"; its head, in lower case, asks "By which agreement …?",
 * "Oleh persetujuan apa …?". NULL for any other agent. */
static char *
text_agent (Ctx        *ctx,
            const Sent *s,
            guint       a,
            guint       b)
{
  guint head;

  a += _ds_tok_is (&s->toks[a], "the");
  if (b < a + 2)
    return NULL;
  head = ctx->english ? b - 1 : a;
  if (!s->toks[head].cap || _ds_phrase_at (ctx, s, head, PL_TREATY_HEAD) != 1)
    return NULL;
  return g_ascii_strdown (s->toks[head].p, s->toks[head].len);
}

/* "Sebagaimana dicatat oleh Nye (2012), …", "as noted by Nye (2004)":
 * a passive verb inside a citation formula (phrase list clause_attrib)
 * names the source of what the sentence says; it is no event ("Oleh
 * siapa sebagaimana dicatat?"). */
static gboolean
citation_verb (Ctx        *ctx,
               const Sent *s,
               guint       verb)
{
  if (!_ds_sent_may_start (s, HOT_CLAUSE_ATTRIB))
    return FALSE;
  for (guint k = verb >= 2 ? verb - 2 : 0; k <= verb; k++)
    if (k + _ds_phrase_at (ctx, s, k, PL_CLAUSE_ATTRIB) > verb)
      return TRUE;
  return FALSE;
}

static gboolean possessive (const Tok *t);

/* "Apr 2014 — Bellingcat is founded by …", "1998: ICANN didirikan
 * …": a note line's date before a dash or a colon, from token @c on
 * (before @start), is when, no part of the name after it. */
static gboolean
dated_opening (const Sent *s,
               guint       c,
               guint       start)
{
  guint k = read_date (s, c, start);

  if (k == 0 && c < start && year_like (&s->toks[c]))
    k = c + 1;
  return k > 0 && k < start &&
         (_ds_tok_is_punct (&s->toks[k], ':') || _ds_tok_is_punct (&s->toks[k], '-') ||
          _ds_tok_is_punct (&s->toks[k], 0x2013) || _ds_tok_is_punct (&s->toks[k], 0x2014));
}

static gboolean
commit_passive (Ctx        *ctx,
                Sent       *s,
                const char *subject,
                guint       verb,
                guint       a,
                guint       b)
{
  gboolean when = s->toks[a].type == TOK_NUMBER || (s->toks[a].flags & W_MONTH);
  /* "When was the Octopus Conference first held?": "first" opening a
   * dated aside is part of what is asked. */
  guint first = first_words (s, verb);
  guint from = first > 0 && dated_aside_open (ctx, s, verb, _ds_body_end (s)) > 0 ? verb - first : verb;
  g_autofree char *phrase = _ds_toks_dup (s, from, verb + verb_span (ctx, s, verb));
  g_autofree char *v = g_ascii_strdown (phrase, -1);
  g_autofree char *document = when ? NULL : text_agent (ctx, s, a, b);
  DsClaim *claim;

  if (citation_verb (ctx, s, verb))
    return FALSE;
  /* "Kesepakatan Manila disebut oleh Sekretaris Jenderal ASEAN sebagai
   * tonggak penting", "The scheme was dubbed … by the press": a verb of
   * naming (phrase list naming2_passive) gives what the thing is
   * called; who called it is no act of the thing ("Oleh siapa
   * Kesepakatan Manila disebut?"). */
  if (!when && _ds_phrase_at (ctx, s, verb, PL_NAMING2_PASSIVE) > 0)
    return FALSE;
  /* "by the Prime Minister of New Zealand, Jacinda Ardern, and the
   * President of France, Emmanuel Macron.": the last office's holder,
   * after its comma at the sentence's end, is the answer's too. */
  if (!when && b + 2 <= _ds_body_end (s) && _ds_tok_is_punct (&s->toks[b], ','))
    {
      guint na, nb;

      if (read_name (s, b + 1, _ds_body_end (s), &na, &nb) > b + 1 && na == b + 1 && nb == _ds_body_end (s) &&
          nb - na >= 2)
        b = nb;
    }
  claim = _ds_fact_new (ctx, s, when ? DS_CLAIM_RULE_DATE : DS_CLAIM_RULE_EVENT, a, b);
  if (document != NULL)
    claim->question = ds_lang_expand (ctx->lang, "question_by_which", "noun", document, "subject", subject,
                                      "verb", v, "aux", passive_aux (ctx, s, verb), NULL);
  else
    claim->question = ds_lang_expand (ctx->lang, when ? "question_when" : "question_by_whom", "subject", subject,
                                      "verb", v, "aux", passive_aux (ctx, s, verb), NULL);
  _ds_toks_mark_used (s, a, b);
  return _ds_claim_commit (ctx, claim);
}

/* "in his essay Securitization and Desecuritization (1995)": "and"
 * between two capitals joins the words of a title, no clauses. */
static gboolean
title_conj (const Sent *s,
            guint       k)
{
  return k > 0 && k + 1 < s->n && s->toks[k - 1].cap && s->toks[k + 1].cap && s->toks[k - 1].type == TOK_WORD &&
         s->toks[k + 1].type == TOK_WORD;
}

/* "… was coined by Rina Halim in 2018": when, too, after by whom. */
/* "(Otieno, 2019: 45)", "(Nye 2004)" opening at @k: a citation, an
 * author's name and a year in brackets; the token after it, else @k. */
static guint
citation_end (const Sent *s,
              guint       k,
              guint       e)
{
  gboolean year = FALSE;

  if (!_ds_tok_is_punct (&s->toks[k], '(') || k + 3 >= e || !s->toks[k + 1].cap || s->toks[k + 1].type != TOK_WORD)
    return k;
  for (guint q = k + 2; q < e && q < k + 10; q++)
    {
      if (_ds_tok_is_punct (&s->toks[q], ')'))
        return year ? q + 1 : k;
      year |= year_like (&s->toks[q]);
    }
  return k;
}

static void
passive_when (Ctx        *ctx,
              Sent       *s,
              const char *subject,
              guint       verb,
              guint       from,
              guint       e)
{
  /* Only in the verb's own clause, from the end of its answer ("oleh A,
   * B, dan C pada 2014"): "… and held its first meeting in 2016" dates
   * another verb. */
  for (guint k = from; k + 1 < e && !(s->toks[k].flags & W_CONJ && !title_conj (s, k)) &&
                          !_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';'); k++)
    {
      Figure fig;
      guint f = k + 1;

      /* "signed by Kenya and Uganda (Otieno, 2019: 45) in 2018": a
       * citation says who reports it, and its comma ends no clause. */
      if ((f = citation_end (s, k, e)) > k)
        {
          k = f - 1;
          continue;
        }
      f = k + 1;

      /* "… diperkenalkan oleh Ole Waever (1995)", "coined by Nye in his
       * book Bound to Lead (1990)": the year of the work in brackets
       * after a name or a title dates it. */
      if (_ds_tok_is_punct (&s->toks[k], '(') && k > 0 && s->toks[k - 1].cap && s->toks[f].type == TOK_NUMBER &&
          read_figure (s, f, e, &fig) && fig.year && fig.b < e && _ds_tok_is_punct (&s->toks[fig.b], ')') &&
          !_ds_toks_any_used (s, fig.a, fig.b))
        {
          commit_passive (ctx, s, subject, verb, fig.a, fig.b);
          return;
        }
      if (!(_ds_tok_is (&s->toks[k], "pada") || _ds_tok_is (&s->toks[k], "in") || _ds_tok_is (&s->toks[k], "on")))
        continue;
      if (f + 1 < e && (_ds_tok_is (&s->toks[f], "tahun") || _ds_tok_is (&s->toks[f], "year")))
        f++;
      if (read_figure (s, f, e, &fig) && (fig.date || fig.year) && !_ds_toks_any_used (s, fig.a, fig.b))
        {
          commit_passive (ctx, s, subject, verb, fig.a, fig.b);
          return;
        }
    }
}

/* "… was drafted in 1999 by Kofi Mensah, Ama Owusu and Yaw Boateng",
 * "… dibentuk pada 1980 oleh Mali, Niger, …": by whom, too, after when,
 * when "by", "oleh" follows the date at once. */
static void
passive_by (Ctx        *ctx,
            Sent       *s,
            const char *subject,
            guint       verb,
            guint       from,
            guint       e)
{
  guint a, b;

  if (from + 1 < e && (_ds_tok_is (&s->toks[from], "by") || _ds_tok_is (&s->toks[from], "oleh")) &&
      passive_answer (ctx, s, from, e, &a, &b) && s->toks[a].type != TOK_NUMBER && !(s->toks[a].flags & W_MONTH) &&
      !_ds_toks_any_used (s, a, b))
    commit_passive (ctx, s, subject, verb, a, b);
}

static gboolean
quoted_passive (Ctx  *ctx,
                Sent *s,
                guint start,
                guint end,
                guint verb,
                guint e)
{
  g_autofree char *subject = NULL;
  guint a, b;

  if (!passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) || _ds_toks_any_used (s, a, b))
    return FALSE;
  subject = _ds_phrase_dup (s, start, end, TRUE);
  if (!commit_passive (ctx, s, subject, verb, a, b))
    return FALSE;
  passive_when (ctx, s, subject, verb, b, e);
  return TRUE;
}

/* "One of them is the blue bond, which was issued …": a verb before
 * the noun phrase makes the clause a sentence of its own, no name. */
static gboolean
clause_has_verb (const Sent *s,
                 guint       a,
                 guint       b)
{
  /* (A capitalised "Act" is a name's word.) */
  for (guint k = a; k < b; k++)
    if ((s->toks[k].verb && !s->toks[k].cap) || (s->toks[k].flags & (W_AUX | W_CUE_DEF)))
      return TRUE;
  return FALSE;
}

/* Where the theory, concept or term whose noun phrase ends at @hi starts
 * ("teori rezim internasional", "the theory of international regimes",
 * at its head, after the article), or @hi when it is none: who proposed one is
 * asked even from a relative clause. English verbs are mostly unknown,
 * so the noun phrase may run back past one ("This study draws on the
 * theory …"): the theory's head is the last one in it. */
static guint
theory_start (Ctx        *ctx,
              const Sent *s,
              guint       hi)
{
  guint end, start = _ds_np_start (s, 0, hi, &end);

  if (end != hi)
    return hi;
  for (guint k = hi; k > start; k--)
    if (_ds_phrase_at (ctx, s, k - 1, PL_THEORY_HEAD) > 0 &&
        (k - 1 == start || !s->toks[k - 2].cap || _ds_tok_is_article (&s->toks[k - 2])))
      return k - 1;
  return hi;
}

static gboolean
theory_before (Ctx        *ctx,
               const Sent *s,
               guint       hi)
{
  return theory_start (ctx, s, hi) < hi;
}

/* "The survey, led by Lars Holm, …", "The survey — led by the
 * biologist Lars Holm — found …", "(led by Pia Lund)": a participle that
 * opens an aside and names its agent after "by"/"oleh". */
static inline __attribute__ ((always_inline)) gboolean
aside_agent_at (const Sent *s,
                guint       i,
                guint       e)
{
  const Tok *p = &s->toks[i - 1];

  /* Asked at every word: the punctuation before it first, which most
   * words lack. */
  return i > 1 && i + 2 < e && p->type == TOK_PUNCT &&
         (_ds_tok_is_punct (p, ',') || _ds_tok_is_punct (p, '(') || _ds_tok_is_punct (p, 0x2013) ||
          _ds_tok_is_punct (p, 0x2014)) &&
         (_ds_tok_is (&s->toks[i + 1], "by") || _ds_tok_is (&s->toks[i + 1], "oleh"));
}

/* "The talks were chaired by Estonia and coordinated by the OSCE
 * secretariat", "… dipimpin oleh Indonesia dan dikoordinasikan oleh
 * Sekretariat ASEAN": a second passive of the same subject after "and",
 * "dan" at @from, with its own agent, asked as its own "by whom". */
static gboolean
second_passive (Ctx        *ctx,
                Sent       *s,
                const char *subject,
                guint       from,
                guint       e)
{
  guint verb = from + 1, a, b;

  if (verb + 2 >= e || !(s->toks[from].flags & W_CONJ) || s->toks[verb].cap ||
      !_ds_passive_verb (&s->toks[verb], ctx->english) ||
      !(_ds_tok_is (&s->toks[verb + 1], "by") || _ds_tok_is (&s->toks[verb + 1], "oleh")) ||
      !passive_answer (ctx, s, verb + 1, e, &a, &b) || s->toks[a].type == TOK_NUMBER ||
      _ds_toks_any_used (s, a, b))
    return FALSE;
  if (!commit_passive (ctx, s, subject, verb, a, b))
    return FALSE;
  passive_when (ctx, s, subject, verb, b, e);
  return TRUE;
}

/* The passive event's answer [@a, @b) and the other parts of the same
 * sentence asked of @subject: when, after by whom; a second verb's event
 * after "and". */
static gboolean
passive_commit_all (Ctx        *ctx,
                    Sent       *s,
                    const char *subject,
                    guint       verb,
                    guint       hi,
                    guint       a,
                    guint       b,
                    guint       e)
{
  gboolean committed = commit_passive (ctx, s, subject, verb, a, b);

  /* "X — dikepalai oleh Y — membuka … pada 2019": a date after the
   * aside dates what X did, not who headed it. */
  if (hi == verb - 1 && aside_agent_at (s, verb, e) && !_ds_tok_is_punct (&s->toks[hi], ','))
    return committed;
  if (s->toks[a].type != TOK_NUMBER && !(s->toks[a].flags & W_MONTH))
    passive_when (ctx, s, subject, verb, b, e);
  else
    passive_by (ctx, s, subject, verb, b, e);
  if (committed && !second_passive (ctx, s, subject, b, e))
    coordinated_event (ctx, s, b, e, subject);
  return committed;
}

/* "It was set up in 2009", "The council was founded …", "Lembaga ini
 * didirikan …" after a sentence that began with the Pacific Data
 * Council: the name the words before the passive at @hi stand for, when
 * they are all of its clause; else NULL. */
static char *
anaphor_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       hi)
{
  guint c = _ds_clause_start (s, hi), end;
  char *name;

  if (c >= hi || (name = _ds_anaphor_at (ctx, s, c, &end)) == NULL)
    return NULL;
  if (end == hi)
    return name;
  g_free (name);
  return NULL;
}

/* "Pada 2020 dibentuk Dewan Pengawas Iuran untuk memantau …": a date
 * [@start, @hi) opens the clause and the name after the passive @verb
 * is what was formed: "Apa yang dibentuk pada 2020 untuk memantau …?"
 * (template question_what_inverted; a language without it has no such
 * order). The name must end the sentence or stand before its aim. */
static gboolean
inverted_passive (Ctx  *ctx,
                  Sent *s,
                  guint start,
                  guint hi,
                  guint verb,
                  guint e)
{
  guint k = verb + verb_span (ctx, s, verb), a, b, fa, fb;
  g_autofree char *when = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *date = NULL;
  g_autofree char *v = NULL;
  DsClaim *claim;
  Figure fig;

  fa = start + 1;
  if (fa < hi && (_ds_tok_is (&s->toks[fa], "tahun") || _ds_tok_is (&s->toks[fa], "year")))
    fa++;
  if (ds_lang_get_template (ctx->lang, "question_what_inverted") == NULL || fa >= hi ||
      !(_ds_tok_is (&s->toks[start], "pada") || _ds_tok_is (&s->toks[start], "in") ||
        _ds_tok_is (&s->toks[start], "on")) ||
      !(read_figure (s, fa, hi, &fig) || day_date (s, fa, hi, &fig)) || !(fig.date || fig.year) ||
      (fb = fig.b) != hi || k >= e || !s->toks[k].cap ||
      read_name (s, k, e, &a, &b) <= k + 1 || a != k || _ds_toks_any_used (s, a, b))
    return FALSE;
  if (b < e && _ds_phrase_at (ctx, s, b, PL_INVERTED_PASSIVE_TAIL) == 0)
    return FALSE;
  date = _ds_phrase_dup (s, start, hi, TRUE);
  when = b < e ? g_strconcat (date, " ", (rest = _ds_phrase_dup (s, b, e, FALSE)), NULL) : g_strdup (date);
  v = _ds_toks_dup (s, verb, k);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
  claim->question = ds_lang_expand (ctx->lang, "question_what_inverted", "verb", v, "when", when, NULL);
  _ds_toks_mark_used (s, a, b);
  return _ds_claim_commit (ctx, claim);
}

/* "Vietnam joined the Open Ports Index, an index published by the Asian
 * Maritime Council", "Indeks Pelabuhan Terbuka, indeks yang diterbitkan
 * oleh Dewan Maritim Asia", "The Reef Finance Facility, a body set up by
 * the General Assembly in 2019, lends …": a passive with its agent named
 * after "by"/"oleh", in a noun phrase ("a body", "lembaga yang") set
 * beside a name after a comma, is said of that name. TRUE with the
 * name's tokens in [*na, *nb) and *the set when "the" opens it. Only a
 * name (never "the agreement", "lembaga itu"), and never the place or
 * time a clause opens on ("In Jakarta, a body set up by …"). */
static inline gboolean
by_word (const Tok *t)
{
  return (t->len == 2 && (t->p[0] | 0x20) == 'b' && (t->p[1] | 0x20) == 'y') ||
         (t->len == 4 && ds_ascii_strncasecmp (t->p, "oleh", 4) == 0);
}

/* (Asked of every word before appositive_passive_at(): "by"/"oleh"
 * right after the verb or its particle.) */
static inline gboolean
by_after (const Sent *s,
          guint       verb,
          guint       e)
{
  return verb + 2 < e && verb >= 3 && (by_word (&s->toks[verb + 1]) || by_word (&s->toks[verb + 2]));
}

static gboolean
appositive_passive_at (Ctx        *ctx,
                       const Sent *s,
                       guint       verb,
                       guint       e,
                       guint      *na,
                       guint      *nb,
                       gboolean   *the)
{
  guint k = verb, words = 0, span, comma;

  if (!by_after (s, verb, e))
    return FALSE;
  span = verb_span (ctx, s, verb);
  if (!(_ds_passive_verb (&s->toks[verb], ctx->english) || span == 2) || verb + span + 1 >= e ||
      !(_ds_tok_is (&s->toks[verb + span], "by") || _ds_tok_is (&s->toks[verb + span], "oleh")) ||
      !(s->toks[verb + span + 1].cap ||
        (verb + span + 2 < e && _ds_tok_is (&s->toks[verb + span + 1], "the") && s->toks[verb + span + 2].cap)))
    return FALSE;
  if (!ctx->english)
    {
      if (k < 1 || !_ds_tok_is (&s->toks[k - 1], "yang"))
        return FALSE;
      k--;
    }
  while (k > 0 && words < 3)
    {
      const Tok *t = &s->toks[k - 1];

      if (t->type != TOK_WORD || t->cap || t->verb ||
          (t->flags & (W_FUNCTION | W_PREP | W_CONJ | W_RELATIVE | W_AUX | W_ANAPHOR | W_PRONOUN | W_DET)))
        break;
      k--, words++;
    }
  if (words == 0)
    return FALSE;
  if (ctx->english)
    {
      if (k < 1 || !(_ds_tok_is (&s->toks[k - 1], "a") || _ds_tok_is (&s->toks[k - 1], "an")))
        return FALSE;
      k--;
    }
  if (k < 2 || !_ds_tok_is_punct (&s->toks[k - 1], ','))
    return FALSE;
  comma = k - 1;
  if ((*na = name_ending_at (s, comma, TRUE)) == comma)
    return FALSE;
  *nb = comma;
  *the = *na > 0 && _ds_tok_is (&s->toks[*na - 1], "the");
  k = *na - (*the ? 1 : 0);
  if (k > 0 && (s->toks[k - 1].flags & W_PREP) && _ds_clause_start (s, k - 1) == k - 1)
    return FALSE;
  /* "… Malaysia and the Philippines, a deal brokered by …": the last of
   * several names, or of a list, is not what the aside describes. */
  if (k > 0 && (s->toks[k - 1].type == TOK_NUMBER || _ds_tok_is_punct (&s->toks[k - 1], ',') ||
                (s->toks[k - 1].flags & W_CONJ)))
    return FALSE;
  return TRUE;
}

static gboolean
appositive_passive (Ctx  *ctx,
                    Sent *s,
                    guint verb,
                    guint e)
{
  guint na = 0, nb = 0, a = 0, b = 0;
  gboolean the = FALSE;
  g_autofree char *name = NULL;
  g_autofree char *subject = NULL;

  if (!appositive_passive_at (ctx, s, verb, e, &na, &nb, &the) ||
      !passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) || _ds_toks_any_used (s, a, b) ||
      s->toks[a].type == TOK_NUMBER || (s->toks[a].flags & W_MONTH) ||
      !(s->toks[a].cap || (_ds_tok_is (&s->toks[a], "the") && a + 1 < b && s->toks[a + 1].cap)))
    return FALSE;
  /* What follows the agent closes the aside: the sentence's end, a
   * comma, or a date and then either. */
  if (b < e && !_ds_tok_is_punct (&s->toks[b], ','))
    {
      if (!(b + 1 < e && (s->toks[b].flags & W_PREP) && s->toks[b + 1].type == TOK_NUMBER &&
            (b + 2 >= e || _ds_tok_is_punct (&s->toks[b + 2], ','))))
        return FALSE;
    }
  name = _ds_toks_dup (s, na, nb);
  subject = the ? g_strconcat ("the ", name, NULL) : g_strdup (name);
  return commit_passive (ctx, s, subject, verb, a, b);
}

/* "Indonesia bergabung dengan Forum Global Keahlian Siber (dibentuk
 * pada 2015)", "joined the Freedom Online Coalition (founded in 2011)":
 * a dated aside (dated_aside_open()) after a name that is no clause's
 * subject is said of that name, wherever it stands; the name ends at the
 * aside's mark @o. */
static gboolean
dated_aside_name (Ctx  *ctx,
                  Sent *s,
                  guint verb,
                  guint o,
                  guint e)
{
  guint na = name_ending_at (s, o, TRUE), nb = o, a, b, pa;
  gboolean the;
  g_autofree char *name = NULL;
  g_autofree char *subject = NULL;

  if (na == o || _ds_toks_any_used (s, na, nb) ||
      !passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) || _ds_toks_any_used (s, a, b) ||
      !(s->toks[a].type == TOK_NUMBER || (s->toks[a].flags & W_MONTH)))
    return FALSE;
  the = na > 0 && _ds_tok_is (&s->toks[na - 1], "the");
  /* "Dialog Pelabuhan tentang Bahaya Daring (…)": a capital before a
   * preposition or "and" may start the name; what is read is no whole
   * name. */
  pa = na - (the ? 1 : 0);
  if (pa >= 2 && (s->toks[pa - 1].flags & (W_PREP | W_CONJ)) && s->toks[pa - 2].cap &&
      s->toks[pa - 2].type == TOK_WORD)
    return FALSE;
  name = _ds_toks_dup (s, na, nb);
  subject = the ? g_strconcat ("the ", name, NULL) : g_strdup (name);
  return commit_passive (ctx, s, subject, verb, a, b);
}

static gboolean
event_passive (Ctx  *ctx,
               Sent *s,
               guint verb,
               guint e)
{
  guint hi = verb, start, end, a = 0, b = 0, name_at, o = 0;
  g_autofree char *subject = NULL;
  g_autofree char *it_name = NULL;
  gboolean committed, relative = FALSE, theory = FALSE, aside = FALSE, object = FALSE;

  /* "was first introduced": an ordinal between the auxiliary and the
   * verb, as "pertama kali" before "diperkenalkan". */
  if (hi >= 2 && (s->toks[hi - 1].flags & W_ORDINAL) && (s->toks[hi - 2].flags & W_AUX))
    hi--;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_AUX | W_ADV)))
    hi--;
  if (hi == verb && appositive_passive (ctx, s, verb, e))
    return TRUE;
  /* "Blok Barat yang dipimpin Amerika Serikat": a passive inside a
   * relative clause has no subject of its own to ask about; but "X,
   * which was founded in 1958, …" / "X, yang didirikan pada 1958, …" is
   * said of X, and so is a theory in "menggunakan teori X yang
   * dikemukakan oleh Krasner", "draws on the theory of X proposed by
   * Krasner". */
  if (hi >= 3 && (s->toks[hi - 1].flags & W_RELATIVE) && _ds_tok_is_punct (&s->toks[hi - 2], ','))
    hi -= 2, relative = TRUE;
  else if (hi >= 2 && (_ds_tok_is_punct (&s->toks[hi - 1], ',') ||
                       (hi == verb && aside_agent_at (s, verb, e))))
    aside = _ds_tok_is_punct (&s->toks[hi - 1], ','), hi--;
  else if ((o = dated_aside_open (ctx, s, verb, e)) > 0)
    {
      if (dated_aside_name (ctx, s, verb, o, e))
        return TRUE;
      aside = TRUE, hi = o;
    }
  else if (hi >= 3 && (s->toks[hi - 1].flags & W_RELATIVE) && theory_before (ctx, s, hi - 1))
    hi--, relative = theory = TRUE;
  else if (hi >= 2 && hi == verb && ctx->english && theory_before (ctx, s, hi))
    relative = theory = TRUE;
  else if (hi == 0 || (s->toks[hi - 1].flags & W_RELATIVE))
    return FALSE;
  /* "The Global Forum on Reef Expertise, known by its acronym GFRE, was
   * set up …", "…, yang dikenal dengan singkatan GFRE, dibentuk …":
   * another name between commas (the phrase list alias_aside_opener)
   * stands beside the subject before it. */
  if (aside)
    {
      for (guint p = hi; p > 1 && hi - p <= 8; p--)
        if (_ds_tok_is_punct (&s->toks[p - 1], ','))
          {
            if (_ds_alias_aside (ctx, s, p, hi))
              hi = p - 1;
            break;
          }
    }
  /* 'The term "cable diplomacy" was coined by …': the whole clause
   * before the verb, label and marks. */
  if (_ds_labelled_quote (ctx, s, hi, &a, &b))
    return quoted_passive (ctx, s, _ds_clause_start (s, a - 1), hi, verb, e);
  /* "Its outcomes were reviewed by the General Assembly": whose
   * outcomes only the sentence before says ("By whom were its outcomes
   * reviewed?"). */
  if (ctx->english && !relative && !theory && hi > 0 && possessive (&s->toks[_ds_clause_start (s, hi - 1)]))
    return FALSE;
  if (!relative && !theory && (subject = anaphor_subject (ctx, s, hi)) != NULL)
    return passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) && !_ds_toks_any_used (s, a, b) &&
           passive_commit_all (ctx, s, subject, verb, hi, a, b, e);
  start = _ds_np_start (s, 0, hi, &end);
  /* "The basin treaty draws on the Helsinki Rules, drafted in 1966":
   * an English participle after a comma is said of the object before
   * it; a word in "-s" before a preposition or an article is the verb
   * the noun phrase ends at. */
  if (aside && ctx->english)
    for (guint k = end > 2 ? end - 2 : 0; k > start; k--)
      {
        const Tok *t = &s->toks[k];

        if (t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' &&
            s->toks[k - 1].type == TOK_WORD && !(s->toks[k - 1].flags & (W_DET | W_PREP | W_FUNCTION)) &&
            (s->toks[k + 1].flags & (W_PREP | W_DET)))
          {
            start = k + 1 + ((s->toks[k + 1].flags & W_PREP) != 0);
            object = TRUE;
            break;
          }
      }
  if (theory)
    start = theory_start (ctx, s, hi);
  /* "Data dari Pusat Pemantauan Kabel Selat Malaka, yang dikelola oleh
   * Malaysia dan Singapura, dibagikan …", "Reports from the Reef Data
   * Centre, which was set up by …": one word opening the sentence (its
   * capital only the sentence's) and "dari"/"from" are no part of the
   * name (a name holds no "from"); the relative clause right after the
   * name is said of the name ("Oleh siapa Pusat Pemantauan Kabel Selat
   * Malaka dikelola?"). */
  else if (relative && start == 0 && end > 3 && s->toks[0].type == TOK_WORD && s->toks[0].cap &&
           !_ds_tok_is_acronym (&s->toks[0]) && (_ds_tok_is (&s->toks[1], "dari") || _ds_tok_is (&s->toks[1], "from")))
    {
      guint p = 2 + (_ds_tok_is (&s->toks[2], "the") ? 1 : 0);

      if (p + 1 < end && s->toks[p].type == TOK_WORD && s->toks[p].cap)
        start = p, object = TRUE;
    }
  /* "The Volta Accord was drafted in 1999. It was ratified by Ghana, Togo
   * and Benin.": "It" opening the sentence is the name the sentence
   * before (in its paragraph) opened with. */
  if (hi == 1 && _ds_tok_is (&s->toks[0], "it") && ctx->prev.p != NULL &&
      ctx->prev.block == s->block && (it_name = _ds_opening_name_of (ctx, &ctx->prev)) != NULL &&
      passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) && !_ds_toks_any_used (s, a, b))
    {
      committed = commit_passive (ctx, s, it_name, verb, a, b);
      if (s->toks[a].type != TOK_NUMBER && !(s->toks[a].flags & W_MONTH))
        passive_when (ctx, s, it_name, verb, b, e);
      else
        passive_by (ctx, s, it_name, verb, b, e);
      return committed;
    }
  for (guint k = start; k < end; k++)
    if ((s->toks[k].flags & (W_CUE_DEF | W_RELATIVE)) || s->toks[k].verb)
      return FALSE;
  /* "Undang-Undang Nomor 27 Tahun 2022 tentang … disahkan": a name with a
   * number in it is the whole clause before the verb. */
  if (!theory && !object && start < end && _ds_clause_start (s, start) != start && s->toks[_ds_clause_start (s, start)].cap &&
      end - _ds_clause_start (s, start) <= 12 && !clause_has_verb (s, _ds_clause_start (s, start), start) &&
      !dated_opening (s, _ds_clause_start (s, start), start))
    start = _ds_clause_start (s, start);
  /* "Pada 2020 dibentuk Dewan Pengawas …", "Dalam perjanjian itu diatur
   * …": a clause that opens on a preposition before the verb is
   * inverted; what follows the verb is what was formed, no agent. */
  if (start < end && (s->toks[start].flags & W_PREP) && _ds_clause_start (s, start) == start &&
      !(s->toks[start].flags & (W_NOUN | W_VERB)))
    return inverted_passive (ctx, s, start, hi, verb, e);
  /* "One of them is the blue bond, which was issued …": what "which"
   * stands for is the noun phrase before it, wherever it stands. */
  relative = relative && start > 0 &&
             (theory || _ds_tok_is_article (&s->toks[start - 1]) || (s->toks[start - 1].flags & (W_CUE_DEF | W_AUX)));
  /* ("Moreover, the Large Hadron Collider was built by …": past a lead
   * the rules do not read, the sentence's article is in lower case; the
   * name after it is the subject's.) */
  if (!relative && start > 0 && start < end && _ds_tok_is_article (&s->toks[start - 1]) && !s->toks[start - 1].cap &&
      _ds_clause_start (s, start) == start - 1)
    start--;
  name_at = start + (start + 1 < end && _ds_tok_is_article (&s->toks[start]) ? 1 : 0);
  if (start >= end || (_ds_clause_start (s, start) != start && !relative) ||
      (!_ds_term_usable (s, start, end) && read_name (s, start, end, &a, &b) != end &&
       !s->toks[start].cap && !(name_at > start && s->toks[name_at].cap)))
    return FALSE;
  if (relative && _ds_clause_start (s, start) != start && _ds_tok_is_article (&s->toks[start - 1]))
    start--;
  if (!passive_answer (ctx, s, verb + verb_span (ctx, s, verb), e, &a, &b) || _ds_toks_any_used (s, a, b))
    return FALSE;

  /* "Gagasan ini pertama kali dicetuskan": the head and the word that
   * points back; what follows them belongs to the verb. */
  if (end > start + 2 && (s->toks[start + 1].flags & W_ANAPHOR) && !(s->toks[start].flags & W_ANAPHOR))
    end = start + 1;
  /* "Bakorla (dibentuk 2014) adalah …": a capital before a dated aside
   * is a name's, even opening the sentence. */
  subject = o > 0 && end == start + 1 && s->toks[start].cap ? _ds_toks_dup (s, start, end) :
            _ds_phrase_dup (s, start, end, TRUE);
  /* "Istilah ini dipopulerkan oleh …": the term the sentence before
   * defined; "Konvensi ini disusun oleh …" after "Konvensi Budapest
   * merupakan …": that term itself. Without one, the question would not
   * say which. */
  /* "The term was coined by …" after its definition. */
  if (end == start + 2 && (_ds_tok_is (&s->toks[start], "the") || (ctx->english && (s->toks[start].flags & W_ANAPHOR))) &&
      (s->toks[start + 1].flags & W_VAGUE))
    {
      const char *term = _ds_term_defined_before (ctx);
      g_autofree char *vague = g_steal_pointer (&subject);

      if (term == NULL)
        return FALSE;
      subject = g_strconcat (vague, " ", term, NULL);
    }
  /* "Istilah diplomasi air pertama kali diperkenalkan oleh …": a label
   * with the term it names after it is the term itself. */
  else if ((s->toks[start].flags & W_VAGUE) && end > start + 1 && end <= start + 6 &&
           !(end < hi && (s->toks[end].flags & W_ANAPHOR)) &&
           !(s->toks[start + 1].flags & (W_ANAPHOR | W_VAGUE | W_PRONOUN)) &&
           _ds_phrase_at (ctx, s, start, PL_TERM_LABEL) == 1)
    ;
  /* "Gagasan ini pertama kali dicetuskan oleh …": "ini" points back,
   * whatever stands between it and the verb. */
  else if ((s->toks[start].flags & W_VAGUE) || (end < hi && (s->toks[end].flags & W_ANAPHOR)))
    {
      const char *term = end < hi && (s->toks[end].flags & W_ANAPHOR) ? _ds_term_defined_before (ctx) : NULL;
      g_autofree char *head = g_steal_pointer (&subject);

      if (end != start + 1)
        return FALSE;
      if (term != NULL && ((s->toks[start].flags & W_VAGUE) || _ds_phrase_at (ctx, s, start, PL_TERM_LABEL) == 1))
        subject = g_strconcat (head, " ", term, NULL);
      else if (term != NULL && ds_ascii_strncasecmp (term, head, strlen (head)) == 0)
        subject = g_strdup (term);
      else if ((subject = name_before (ctx, head)) == NULL)
        return FALSE;
    }
  return passive_commit_all (ctx, s, subject, verb, hi, a, b, e);
}

/* "Indeks tersebut disusun oleh Persatuan …", "was drafted by …": the
 * agent named after the passive verb at @i (named_agent_follows()). */
static gboolean
named_agent_after (const Sent *s,
                   guint       i,
                   gboolean    english)
{
  i = agent_after_adverbial (s, i + 1, s->n) - 1;
  /* "dirumuskan Mohammad Hatta": Indonesian may name the agent without
   * "oleh". */
  if (!english && s->toks[i + 1].cap && s->toks[i + 2].cap)
    return TRUE;
  /* "ditandatangani Indonesia dan Australia", "disahkan para menteri
   * ASEAN": names joined by "dan" or a comma, or "para" and the people's
   * noun with a name after it. */
  if (!english && i + 3 < s->n && s->toks[i + 1].cap && s->toks[i + 1].type == TOK_WORD &&
      (_ds_tok_is (&s->toks[i + 2], "dan") || _ds_tok_is_punct (&s->toks[i + 2], ',')) && s->toks[i + 3].cap)
    return TRUE;
  if (!english && _ds_tok_is (&s->toks[i + 1], "para") && !s->toks[i + 2].cap && s->toks[i + 2].type == TOK_WORD)
    return TRUE;
  /* "was negotiated by the European Commission": in English, "the"
   * may open the name. */
  return (_ds_tok_is (&s->toks[i + 1], "oleh") || _ds_tok_is (&s->toks[i + 1], "by")) &&
         (s->toks[i + 2].cap ||
          (english && i + 3 < s->n && _ds_tok_is (&s->toks[i + 2], "the") && s->toks[i + 3].cap));
}

/* Any passive verb at @i whose agent is named. Asked at every word of
 * find_event(): the verb's shape, which most words lack, inline, and the
 * agent after it (named_agent_after()) only past it. */
static inline __attribute__ ((always_inline)) gboolean
named_agent_follows (const Sent *s,
                     guint       i,
                     gboolean    english)
{
  return _ds_passive_verb (&s->toks[i], english) && s->toks[i].verb && i + 2 < s->n &&
         named_agent_after (s, i, english);
}

/* "The 2Africa cable, completed in 2024, is …": a participle between
 * commas, dated, says what was done to the noun before it. */
static gboolean
reduced_relative_at (const Sent *s,
                     guint       i,
                     guint       e)
{
  Figure fig;

  return i > 1 && _ds_tok_is_punct (&s->toks[i - 1], ',') && i + 2 < e &&
         (_ds_tok_is (&s->toks[i + 1], "in") || _ds_tok_is (&s->toks[i + 1], "on")) &&
         read_figure (s, i + 2, e, &fig) && (fig.date || fig.year);
}

/* "created by the Doboj Declaration in 1998": an agent that is a text
 * (the phrase list document_noun) made nothing as a person does; "By
 * whom …?" does not fit it. */
static gboolean
document_agent (Ctx        *ctx,
                const Sent *s,
                guint       k,
                guint       e)
{
  guint end = k;

  while (end < e && s->toks[end].type == TOK_WORD)
    end++;
  return _ds_phrase_in (ctx, s, k, end, PL_DOCUMENT_NOUN);
}

/* "Pengadilan", "Kementerian", "Kepolisian": an Indonesian noun made of a
 * verb (pe-/ke- … -an), or a word written in lower case elsewhere in the
 * text, which opening a sentence names a body's kind, no one. */
static gboolean
body_noun_shape (Ctx       *ctx,
                 const Tok *t)
{
  return _ds_tok_written_lower (ctx, t) ||
         (!ctx->english && t->len > 6 && ds_ascii_strncasecmp (t->p + t->len - 2, "an", 2) == 0 &&
          (ds_ascii_strncasecmp (t->p, "pe", 2) == 0 || ds_ascii_strncasecmp (t->p, "ke", 2) == 0));
}

/* "China responded to the tribunal's award by suspending the talks",
 * "Moskow menanggapi atribusi Belanda dengan mengusir dua diplomat": a
 * named actor, a verb of responding (phrase list facts41_respond_verb),
 * what it answered and, after "by"/"dengan" (facts41_respond_by), an
 * act ("-ing", a verb) → "How did China respond to the tribunal's
 * award?", "Bagaimana Moskow menanggapi atribusi Belanda?", answered by
 * the act. Nothing that points back in either. */
static gboolean
find_response_how (Ctx  *ctx,
                   Sent *s)
{
  guint e = _ds_body_end (s), c = 0, a, b, n, k, by = 0, m = 0;
  g_autofree char *actor = NULL;
  g_autofree char *object = NULL;
  DsClaim *claim;

  if (!s->toks[0].cap || s->question)
    return FALSE;
  /* ("In 2018 Russia responded …": the date is asked by its own rule.) */
  c = opening_date_end (s, 0, e);
  if (c + 2 < e && _ds_tok_is (&s->toks[c], "the") && s->toks[c + 1].cap)
    c++;
  if (c + 2 >= e || read_name (s, c, e, &a, &b) == 0 || a != c || b >= e || _ds_toks_any_used (s, c, e) ||
      (n = _ds_phrase_at (ctx, s, b, PL_FACTS41_RESPOND_VERB)) == 0)
    return FALSE;
  /* "Pengadilan menanggapi …": a body's common noun, no name. */
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !(s->toks[a].flags & W_COUNTRY) &&
      !_ds_tok_is_acronym (&s->toks[a]) && body_noun_shape (ctx, &s->toks[a]))
    return FALSE;
  for (k = b + n; k < e && k <= b + n + 9; k++)
    {
      const Tok *t = &s->toks[k];

      if ((m = _ds_phrase_at (ctx, s, k, PL_FACTS41_RESPOND_BY)) > 0)
        {
          by = k;
          break;
        }
      /* ("responded to Resolution 77/36 by …": the mark of a name's
       * number is no clause's.) */
      if ((t->type == TOK_PUNCT && !_ds_tok_number_joint (s, k)) || (t->flags & (W_ANAPHOR | W_RELATIVE | W_THAT | W_PRONOUN)) ||
          (!ctx->english && _ds_tok_ends_nya (t)))
        return FALSE;
    }
  if (by == 0 || by == b + n || by + m + 1 >= e || e - by > 15)
    return FALSE;
  {
    const Tok *f = &s->toks[by + m];

    if (f->type != TOK_WORD || f->cap || (ctx->english ? !_ds_tok_ing_word (f) : !f->verb))
      return FALSE;
  }
  for (k = by + m; k < e; k++)
    if ((s->toks[k].type == TOK_PUNCT && !_ds_side_punct (&s->toks[k]) && !_ds_tok_is_punct (&s->toks[k], ',') &&
         !_ds_tok_number_joint (s, k)) ||
        (s->toks[k].flags & W_ANAPHOR))
      return FALSE;
  actor = _ds_toks_dup (s, c > 0 && _ds_tok_is (&s->toks[c - 1], "the") ? c - 1 : c, b);
  if (c > 0 && _ds_tok_is (&s->toks[c - 1], "the"))
    actor[0] = 't';
  object = _ds_toks_dup (s, b + n, by);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, by, e);
  claim->question = ds_lang_expand (ctx->lang, "question_response_how", "actor", actor, "object", object, NULL);
  _ds_toks_mark_used (s, b, e);
  _ds_claim_commit (ctx, claim);
  /* (An opening date is left to the rules of dates.) */
  return c == 0;
}

/* "Moscow denied that its hackers had any part in the breach", "Kuala
 * Lumpur menepis tuduhan bahwa servernya dipakai …": a named actor
 * denying a charge (phrase list facts41_denial: the verb, a charge's noun
 * and "that"/"bahwa") → "What did Moscow deny?", "Apa yang ditepis
 * Kuala Lumpur?", answered by the charge, its noun kept ("tuduhan bahwa
 * …"). Nothing in it that points back. */
static gboolean
find_denial (Ctx  *ctx,
             Sent *s)
{
  guint e = _ds_body_end (s), c, a, b, n, f;
  g_autofree char *actor = NULL;
  g_autofree char *verb = NULL;
  g_autofree char *raw = NULL;
  DsClaim *claim;

  if (!s->toks[0].cap || s->question)
    return FALSE;
  c = opening_date_end (s, 0, e);
  if (c + 2 < e && _ds_tok_is (&s->toks[c], "the") && s->toks[c + 1].cap)
    c++;
  if (c + 3 >= e || read_name (s, c, e, &a, &b) == 0 || a != c || b + 3 >= e || _ds_toks_any_used (s, c, e) ||
      (n = _ds_phrase_at (ctx, s, b, PL_FACTS41_DENIAL)) < 2)
    return FALSE;
  if (b == a + 1 && a == 0 && !_ds_tok_known_name (ctx, &s->toks[a]) && !(s->toks[a].flags & W_COUNTRY) &&
      !_ds_tok_is_acronym (&s->toks[a]) && body_noun_shape (ctx, &s->toks[a]))
    return FALSE;
  /* The answer: the charge's noun and its clause; "that" alone is
   * dropped ("denied that …" → "its hackers had …"). */
  f = n == 2 ? b + 2 : b + 1;
  if (e - (b + n) < 3 || e - f > 18)
    return FALSE;
  for (guint k = b + n; k < e; k++)
    if ((s->toks[k].type == TOK_PUNCT && !_ds_side_punct (&s->toks[k]) && !_ds_tok_is_punct (&s->toks[k], ',')) ||
        (s->toks[k].flags & W_ANAPHOR) || _ds_phrase_at (ctx, s, k, PL_DANGLING_OPENING) > 0)
      return FALSE;
  actor = _ds_toks_dup (s, c > 0 && _ds_tok_is (&s->toks[c - 1], "the") ? c - 1 : c, b);
  if (c > 0 && _ds_tok_is (&s->toks[c - 1], "the"))
    actor[0] = 't';
  if (ctx->english)
    verb = _ds_lexicon_rewrite (ctx, &s->toks[b], "verb_base");
  else
    {
      static const char *const forms[][2] = {
        { "membantah", "dibantah" }, { "menepis", "ditepis" }, { "menolak", "ditolak" }, { "menyangkal", "disangkal" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (forms) && verb == NULL; i++)
        if (_ds_tok_is (&s->toks[b], forms[i][0]))
          verb = g_strdup (forms[i][1]);
      if (verb == NULL)
        return FALSE;
    }
  raw = ds_lang_expand (ctx->lang, "question_denial", "actor", actor, "verb", verb, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, f, e);
  claim->question = ds_utf8_capitalize (raw);
  _ds_toks_mark_used (s, b, e);
  _ds_claim_commit (ctx, claim);
  return c == 0;
}

static gboolean find_figure (Ctx  *ctx,
                             Sent *s,
                             guint e);
static gboolean date_asked  (Ctx  *ctx);

/* ------------------------------------------------------------------ */
/* Who took a post, who joined a body                                  */

/* Where the post or the body after a verb of appointment or membership
 * at @a ends: before a comma, a clause, "by"/"oleh", a date with its
 * preposition, "after"/"setelah"; 0 when it runs past twelve words or
 * ends on no noun. *@date_a, *@date_b: a date right after it ("in 2019",
 * "pada 2021"), with its preposition, else both 0. */
static void find_cloze (Ctx  *ctx,
                        Sent *s);

/* "Timor-Leste", "McKinsey": a capital past the first letter. */
static gboolean
inner_capital (const Tok *t)
{
  for (guint k = 1; k < t->len; k++)
    if (g_ascii_isupper (t->p[k]))
      return TRUE;
  return FALSE;
}

static guint
post_end_as (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       e,
             guint      *date_a,
             guint      *date_b,
             gboolean    owned)
{
  guint k;

  *date_a = *date_b = 0;
  for (k = a; k < e && k < a + 13; k++)
    {
      const Tok *t = &s->toks[k];
      Figure fig;

      if ((t->type == TOK_PUNCT && !_ds_tok_is_punct (t, '\'') && !_ds_tok_is_punct (t, 0x2019) &&
           !_ds_tok_is_punct (t, '-')) ||
          (t->flags & (W_RELATIVE | W_CLAUSE | W_THAT)) || _ds_tok_is (t, "by") || _ds_tok_is (t, "oleh") ||
          _ds_tok_is (t, "after") || _ds_tok_is (t, "setelah") || _ds_tok_is (t, "when") || _ds_tok_is (t, "ketika"))
        break;
      if ((t->flags & W_CONJ) && k + 1 < e && s->toks[k + 1].verb && !s->toks[k + 1].cap)
        break;
      /* ("… the following spring", "… tahun berikutnya": when, counted
       * from a time said before: phrase list facts41_post_stop.) */
      if (k > a && _ds_phrase_at (ctx, s, k, PL_FACTS41_POST_STOP) > 0)
        break;
      /* ("… on Monday", "… pada Senin": the day is when, not the post.) */
      if ((t->flags & W_PREP) && k + 1 < e && _ds_phrase_at (ctx, s, k + 1, PL_WEEKDAY) > 0)
        break;
      if ((t->flags & W_PREP) && k + 1 < e)
        {
          guint f = k + 1 + (_ds_tok_is (&s->toks[k + 1], "tahun") || _ds_tok_is (&s->toks[k + 1], "year"));

          if (f < e && read_figure (s, f, e, &fig) && fig.a == f && (fig.date || fig.year))
            {
              if (_ds_tok_is (t, "in") || _ds_tok_is (t, "pada") || _ds_tok_is (t, "since") || _ds_tok_is (t, "sejak"))
                *date_a = k, *date_b = fig.b;
              break;
            }
        }
    }
  if (k == a || k >= a + 13 || s->toks[k - 1].type != TOK_WORD ||
      (s->toks[k - 1].flags & (W_PREP | W_CONJ | W_DET | W_FUNCTION | W_ANAPHOR)) ||
      (!owned && (s->toks[k - 1].flags & W_PRONOUN)))
    return 0;
  for (guint j = a; j < k; j++)
    if ((!owned && ((s->toks[j].flags & W_PRONOUN) || _ds_tok_ends_nya (&s->toks[j]))) || (s->toks[j].flags & W_ANAPHOR) ||
        (s->toks[j].verb && !s->toks[j].cap && !(s->toks[j].flags & W_NOUN) &&
         _ds_phrase_at (ctx, s, j, PL_FACTS41_POST_NOUN) == 0))
      return 0;
  return k;
}

static guint
post_end (Ctx        *ctx,
          const Sent *s,
          guint       a,
          guint       e,
          guint      *date_a,
          guint      *date_b)
{
  return post_end_as (ctx, s, a, e, date_a, date_b, FALSE);
}

/* Whether a title of the list facts41_post_noun heads the post at
 * [@o, @end): its first word in Indonesian, after at most three words and
 * no preposition in English. */
static gboolean
post_titled (Ctx        *ctx,
             const Sent *s,
             guint       o,
             guint       end)
{
  for (guint k = o; k < end && k < o + (ctx->english ? 4 : 1); k++)
    {
      if (s->toks[k].flags & W_PREP)
        return FALSE;
      if (_ds_phrase_at (ctx, s, k, PL_FACTS41_POST_NOUN) > 0)
        return TRUE;
    }
  return FALSE;
}

/* @text and, after it, the date the clause opened on ("In 2019, …"),
 * without its comma and in lower case: "its cyber ambassador in 2019". */
static char *
with_opening_date (const Sent *s,
                   guint       c,
                   const char *text)
{
  guint tail = c;
  g_autofree char *when = NULL;

  while (tail > 0 && s->toks[tail - 1].type == TOK_PUNCT)
    tail--;
  when = _ds_toks_dup (s, 0, tail);
  when[0] = g_ascii_tolower (when[0]);
  return g_strconcat (text, " ", when, NULL);
}

/* Marks the answer [@a, @b) used; the sentence's date keeps its own
 * card, as the sentence had before. */
static gboolean
keep_date (Ctx  *ctx,
           Sent *s,
           guint a,
           guint b)
{
  _ds_toks_mark_used (s, a, b);
  if (s->has_digit)
    find_cloze (ctx, s);
  return TRUE;
}

/* Commits @claim, whose answer is [@a, @b), keeping the date's card. */
static gboolean
commit_keeping_date (Ctx     *ctx,
                     Sent    *s,
                     DsClaim *claim,
                     guint    a,
                     guint    b)
{
  _ds_claim_commit (ctx, claim);
  return keep_date (ctx, s, a, b);
}

/* "Germany named Regine Grienberger its cyber ambassador in 2020", "The
 * Secretary-General appointed Amandeep Gill as Envoy on Technology",
 * "Presiden menunjuk Andi Rahman sebagai Duta Besar RI untuk Jepang":
 * who appointed (a subject of a few words opening the clause, after a
 * date), a verb of appointing (phrase list facts41_appoint_verb, with
 * the form the question takes: "appoint", "ditunjuk"), whom (a name) and
 * the post, headed by a title, after "as", "sebagai", "menjadi" or none.
 * Who was appointed is asked, with who appointed and the post ("Who did
 * Germany name its cyber ambassador in 2020?", "Siapa yang ditunjuk
 * Presiden sebagai Duta Besar RI untuk Jepang pada 2021?"). */
static gboolean
find_post_given (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Out of the loop, which is asked at every word: they are only set
   * right before it returns.) */
  g_autofree char *form = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *post = NULL;

  if (!_ds_sent_may_start (s, HOT_APPOINT_VERB))
    return FALSE;
  for (guint v = 1; v + 3 < e; v++)
    {
      guint c, n, pa, pb, o, end, date_a, date_b;
      DsClaim *claim;

      if (s->toks[v].type != TOK_WORD || s->toks[v].cap || _ds_lexicon_other_forms (ctx, &s->toks[v], "facts41_appoint_verb") == NULL)
        continue;
      c = opening_date_end (s, 0, v);
      if (c == 0 && (n = _ds_phrase_at (ctx, s, 0, PL_FACTS39_LATER_OPENING)) > 0 && n < v)
        c = n + _ds_tok_is_punct (&s->toks[n], ',');
      if (v <= c || v > c + 5)
        return FALSE;
      for (guint k = c; k < v; k++)
        if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_CONJ | W_VAGUE)) ||
            (s->toks[k].verb && !s->toks[k].cap) || _ds_tok_ends_nya (&s->toks[k]))
          return FALSE;
      if (!s->toks[c].cap && !_ds_tok_is_article (&s->toks[c]))
        return FALSE;
      if (read_name (s, v + 1, e, &pa, &pb) <= v + 1 || pa != v + 1 || _ds_toks_any_used (s, pa, pb) || pb >= e)
        return FALSE;
      o = pb;
      if (_ds_tok_is (&s->toks[o], "as") || _ds_tok_is (&s->toks[o], "sebagai") || _ds_tok_is (&s->toks[o], "menjadi"))
        o++;
      else if (!ctx->english)
        return FALSE;
      if (o >= e || (end = post_end_as (ctx, s, o, e, &date_a, &date_b, TRUE)) == 0 || !post_titled (ctx, s, o, end))
        return FALSE;
      form = _ds_lexicon_rewrite (ctx, &s->toks[v], "facts41_appoint_verb");
      actor = _ds_toks_dup (s, c, v);
      if (_ds_tok_is_article (&s->toks[c]))
        actor[0] = g_ascii_tolower (actor[0]);
      post = _ds_toks_dup (s, pb, date_b > 0 && date_a == end ? date_b : end);
      if (!(date_b > 0 && date_a == end) && c > 0 && (s->toks[0].flags & W_PREP))
        {
          g_autofree char *bare = g_steal_pointer (&post);

          post = with_opening_date (s, c, bare);
        }
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, pa, pb);
      claim->question = ds_lang_expand (ctx->lang, "question_post_given", "actor", actor, "verb", form, "post", post, NULL);
      return commit_keeping_date (ctx, s, claim, pa, pb);
    }
  return FALSE;
}

/* "Maria Lund was named Sweden's cyber envoy in 2019", "Rina Wulandari
 * diangkat menjadi Duta Besar …", "Budi Santoso terpilih sebagai ketua
 * …", "Timor-Leste resmi menjadi anggota ke-11 ASEAN pada 2025", "South
 * Korea acceded to the Digital Economy Partnership Agreement": a named
 * subject that opens the clause (after a date or "two years later"), a
 * verb of taking a post (phrase list facts41_post_verb) and the post,
 * a title of the list facts41_post_noun among its first words; or a
 * verb of joining (facts41_join_verb) and the body, a name. Who took
 * the post, who joined, is asked with the date right after it ("Who was
 * named Sweden's cyber envoy in 2019?", "Siapa yang resmi menjadi
 * anggota ke-11 ASEAN pada 2025?"); the date is left to its own card. */
static gboolean
find_post_taken (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Out of the loop, which is asked at every word: they are only set
   * right before it returns.) */
  g_autofree char *verb = NULL;
  g_autofree char *object = NULL;
  g_autofree char *date = NULL;

  if (!_ds_sent_may_start (s, HOT_JOIN_VERB) && !_ds_sent_may_start (s, HOT_POST_VERB))
    return FALSE;
  for (guint v = 1; v + 1 < e; v++)
    {
      guint n, join = 0, c, a = 0, b = 0, subject_end, o, end = 0, date_a = 0, date_b = 0, title = 0;
      gboolean asked, found = FALSE;
      DsClaim *claim;

      if (s->toks[v].type != TOK_WORD || s->toks[v].cap)
        continue;
      if ((n = _ds_phrase_at (ctx, s, v, PL_FACTS41_JOIN_VERB)) > 0)
        join = n;
      else if ((n = _ds_phrase_at (ctx, s, v, PL_FACTS41_POST_VERB)) == 0)
        continue;
      c = opening_date_end (s, 0, v);
      if (c == 0 && (n = _ds_phrase_at (ctx, s, 0, PL_FACTS39_LATER_OPENING)) > 0 && n < v)
        c = n + _ds_tok_is_punct (&s->toks[n], ',');
      subject_end = event_adverb_start (ctx, s, c, v, &asked);
      if (subject_end <= c || s->toks[subject_end - 1].type != TOK_WORD)
        return FALSE;
      /* "The Estonian diplomat Heli Tiirmaa-Klaar": the name that ends
       * the subject, a few words of its description before it. */
      for (guint k = c; k < subject_end && k < c + 5; k++)
        {
          guint na, nb;

          if (s->toks[k].type != TOK_WORD || s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE)))
            break;
          if (read_name (s, k, subject_end, &na, &nb) == subject_end && na == k)
            {
              a = na, b = nb, found = TRUE;
              break;
            }
        }
      /* ("Forum menjadi …", "Membership became …": a common noun whose
       * capital is the sentence's names no one.) */
      if (!found || _ds_toks_any_used (s, a, b) || (b == a + 1 && _ds_tok_ends_nya (&s->toks[a])) ||
          (b == a + 1 && (a == 0 || _ds_tok_is_article (&s->toks[a - 1])) && !_ds_tok_known_name (ctx, &s->toks[a]) &&
           !(s->toks[a].flags & W_COUNTRY) && !_ds_tok_is_acronym (&s->toks[a]) && !inner_capital (&s->toks[a]) &&
           /* ("Keamanan menjadi kepala berita …": an Indonesian noun that
            * opens the sentence is no name unless the essay says so.) */
           ((!ctx->english && a == 0 && (_ds_tok_nounish (&s->toks[a]) && (s->toks[a].flags & W_NOUN))) ||
            _ds_tok_common_noun_shape (ctx, &s->toks[a]) ||
            _ds_phrase_at (ctx, s, a, PL_STATEMENT_AGENCY) == 1 ||
            _ds_phrase_at (ctx, s, a, PL_CLASS_NOUN) == 1 ||
            _ds_phrase_at (ctx, s, a, PL_SPLIT_ACTOR_HEAD) == 1)))
        return FALSE;
      o = v + (join ? join : _ds_phrase_at (ctx, s, v, PL_FACTS41_POST_VERB));
      if (!join && (end = post_end (ctx, s, o, e, &date_a, &date_b)) == 0)
        return FALSE;
      if (join)
        {
          /* What was joined is a name ("the Digital Economy Partnership
           * Agreement"), not "the agreement". */
          guint k = o + (o + 1 < e && _ds_tok_is_article (&s->toks[o])), na, nb, f;
          Figure fig;

          if (read_name_long (s, k, e, &na, &nb) <= k || na != k || nb > k + 12)
            return FALSE;
          /* ("Kemitraan Global tentang Kecerdasan Artifisial": a name
           * goes on after "tentang", "untuk" and a capital.) */
          while (nb + 1 < e && (_ds_tok_is (&s->toks[nb], "tentang") || _ds_tok_is (&s->toks[nb], "untuk")) &&
                 s->toks[nb + 1].cap && read_name_long (s, nb + 1, e, &na, &f) > nb + 1 && f <= k + 12)
            nb = f;
          f = nb + 1;

          /* ("… the Budapest Convention later than its neighbours": the
           * body is the name; a date right after it is kept.) */
          end = nb;
          if (f < e && (_ds_tok_is (&s->toks[nb], "in") || _ds_tok_is (&s->toks[nb], "pada") ||
                        _ds_tok_is (&s->toks[nb], "since") || _ds_tok_is (&s->toks[nb], "sejak")))
            {
              f += _ds_tok_is (&s->toks[f], "tahun") || _ds_tok_is (&s->toks[f], "year");
              if (f < e && read_figure (s, f, e, &fig) && fig.a == f && (fig.date || fig.year))
                date_a = nb, date_b = fig.b;
            }
        }
      else
        {
          gboolean named = FALSE;

          /* The title heads the post: first in Indonesian ("ketua
           * kelompok kerja …", not "tuan rumah sidang tingkat menteri"),
           * after at most three words and no preposition in English
           * ("the first head of …", "Sweden's cyber envoy"). */
          for (guint k = o; k < end && k < o + (ctx->english ? 4 : 1) && title == 0; k++)
            {
              if (s->toks[k].flags & W_PREP)
                break;
              if (_ds_phrase_at (ctx, s, k, PL_FACTS41_POST_NOUN) > 0)
                title = k + 1;
            }
          /* A post that names no body or country ("an observer",
           * "ketua konferensi") leans on the text around it. */
          /* (A place after "in", "di", "at" names where, not the post:
           * "head of the agenda in Geneva".) */
          for (guint k = o; k < end && !_ds_tok_is (&s->toks[k], "in") && !_ds_tok_is (&s->toks[k], "di") &&
                            !_ds_tok_is (&s->toks[k], "at"); k++)
            named |= s->toks[k].cap && s->toks[k].type == TOK_WORD;
          if (title == 0 || !named)
            return FALSE;
        }
      verb = _ds_toks_dup (s, subject_end, o);
      verb[0] = g_ascii_tolower (verb[0]);
      object = _ds_toks_dup (s, o, end);
      if (date_b > 0 && date_a == end)
        {
          g_autofree char *when = _ds_toks_dup (s, date_a, date_b);

          date = g_strconcat (object, " ", when, NULL);
        }
      else if (c > 0 && s->toks[0].flags & W_PREP)
        date = with_opening_date (s, c, object);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
      claim->question = ds_lang_expand (ctx->lang, "question_actor", "verb", verb, "object",
                                        date != NULL ? date : object, NULL);
      return commit_keeping_date (ctx, s, claim, a, b);
    }
  return FALSE;
}

/* "the Bali Process, which Indonesia co-chairs with Australia, …",
 * "Forum Keamanan Data Asia Timur, yang diprakarsai Jepang pada 2019,
 * …": a relative clause between a name's comma and the next comma (or
 * the sentence's end) that names who acted on the name — in English its
 * subject, a name before a verb in the past or in "-s"; in Indonesian a
 * name right after a passive verb, with or without "oleh" — is its own
 * claim, the name its owner: "Who co-chairs the Bali Process with
 * Australia?", "Oleh siapa Forum Keamanan Data Asia Timur diprakarsai
 * pada 2019?", answered by the actor. A common noun before the comma ("a
 * forum, which …"), a pronoun for the actor, a relative with no comma
 * ("the states that signed") and a verb of naming ("yang disebut …") ask
 * nothing. */
static gboolean
find_aside_actor (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Out of the loop, which is asked at every word: they are only set
   * right before it returns.) */
  g_autofree char *name = NULL;
  g_autofree char *verb = NULL;

  for (guint c = 1; c + 4 < e; c++)
    {
      guint rel = c + 1, ha, pa, na, nb, k, v, vend, end, ne = c;
      gboolean the, bare = FALSE;
      DsClaim *claim;

      /* ("mengandalkan Siskohat yang dikelola Kementerian Agama": in
       * Indonesian a name after the main verb takes its "yang" with no
       * comma; the name, maybe with its acronym in brackets, is one
       * thing, so the clause is an aside all the same.) */
      if (!ctx->english && _ds_tok_is (&s->toks[c], "yang") && c + 3 < e)
        {
          bare = TRUE;
          rel = c;
          if (c >= 4 && _ds_tok_is_punct (&s->toks[c - 1], ')') && _ds_tok_is_punct (&s->toks[c - 3], '(') &&
              _ds_tok_is_acronym (&s->toks[c - 2]))
            ne = c - 3;
        }
      else if (!_ds_tok_is_punct (&s->toks[c], ',') ||
               !(ctx->english ? _ds_tok_is (&s->toks[rel], "which") : _ds_tok_is (&s->toks[rel], "yang")))
        continue;
      ha = name_ending_at (s, ne, TRUE);
      /* (One capital opening the sentence may be a common noun; a name
       * that opens it with a bare "yang" is the subject, its clause
       * running into the main verb.) */
      if (ha == ne || (ha == 0 && c == 1 && !_ds_tok_is_acronym (&s->toks[0])) || (bare && ha == 0) ||
          (s->toks[ha].flags & (W_PRONOUN | W_ANAPHOR | W_FUNCTION)))
        continue;
      the = ha > 0 && _ds_tok_is (&s->toks[ha - 1], "the");
      pa = ha - (the ? 1 : 0);
      /* (A capital before a preposition or "and" may start the name; a
       * comma before it may make it one of a series.) */
      if (pa >= 2 && (s->toks[pa - 1].flags & (W_PREP | W_CONJ)) && s->toks[pa - 2].cap &&
          s->toks[pa - 2].type == TOK_WORD)
        continue;
      if (pa >= 1 && _ds_tok_is_punct (&s->toks[pa - 1], ',') && pa >= 2 && s->toks[pa - 2].cap)
        continue;
      /* ("the report of the UN Group of Governmental Experts, which …",
       * "The office in Apia, which …": after a noun and its preposition
       * the clause may be the noun's; after a verb's it is the name's.) */
      if (pa >= 2 && (s->toks[pa - 1].flags & W_PREP) && s->toks[pa - 2].type == TOK_WORD &&
          (_ds_tok_is (&s->toks[pa - 1], "of") || _ds_tok_is (&s->toks[pa - 1], "dari") ||
           (!s->toks[pa - 2].cap && !s->toks[pa - 2].verb && (s->toks[pa - 2].flags & W_NOUN))))
        continue;
      /* ("The office in Apia, which …": one word after "in" is a place.) */
      if (pa >= 1 && ne == ha + 1 && (_ds_tok_is (&s->toks[pa - 1], "in") || _ds_tok_is (&s->toks[pa - 1], "di")))
        continue;
      if (ctx->english)
        {
          const Tok *t;

          k = rel + 1 + _ds_tok_is (&s->toks[rel + 1], "the");
          if (read_name_long (s, k, e, &na, &nb) <= k || na != k || nb >= e)
            continue;
          v = nb;
          t = &s->toks[v];
          /* ("co-chairs with": a word in "-s" no list knows is a verb
           * when a preposition, an article or the clause's end follows.) */
          if (t->type != TOK_WORD || t->cap || _ds_tok_ing_word (t) || (t->flags & (W_AUX | W_FUNCTION | W_PREP)) ||
              !((t->flags & W_EVENT) || _ds_passive_verb (t, TRUE) || past_or_verb (ctx, t) ||
                _ds_phrase_at (ctx, s, v, PL_DEFS_IRREGULAR_PARTICIPLE) == 1 ||
                (t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' && v + 1 < e &&
                 ((s->toks[v + 1].flags & W_PREP) || _ds_tok_is_article (&s->toks[v + 1]) ||
                  _ds_tok_is_punct (&s->toks[v + 1], ',')))))
            continue;
          /* (The actor is one: "Who co-chairs …", not "Who fund …".) */
          if (!(_ds_passive_verb (t, TRUE) || _ds_phrase_at (ctx, s, v, PL_DEFS_IRREGULAR_PARTICIPLE) == 1 ||
                (t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's')))
            continue;
          if (_ds_tok_is (t, "calls") || _ds_tok_is (t, "called") || _ds_tok_is (t, "names") ||
              _ds_tok_is (t, "named") || _ds_tok_is (t, "terms") || _ds_tok_is (t, "termed"))
            continue;
        }
      else
        {
          const Tok *t;

          v = rel + 1;
          t = &s->toks[v];
          if (!_ds_passive_verb (t, FALSE) || !t->verb || t->cap || _ds_tok_is (t, "disebut") ||
              _ds_tok_is (t, "dinamakan") || _ds_tok_is (t, "dinamai") || _ds_tok_is (t, "dijuluki") ||
              _ds_tok_is (t, "dikenal") || _ds_tok_is (t, "disingkat"))
            continue;
          k = v + 1 + _ds_tok_is (&s->toks[v + 1], "oleh");
          if (read_name (s, k, e, &na, &nb) <= k || na != k)
            continue;
          if (nb < e && s->toks[nb].len > 3 && ds_ascii_strncasecmp (s->toks[nb].p, "ke-", 3) == 0)
            nb++;
        }
      if ((s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_FUNCTION)) || nb - k > 7)
        continue;
      vend = ctx->english ? v + verb_span (ctx, s, v) : v + 1;
      for (end = ctx->english ? vend : nb; end < e && !_ds_tok_is_punct (&s->toks[end], ','); end++)
        if (s->toks[end].flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE))
          break;
      /* (The clause closes at a comma, or at the sentence's end with
       * something after its verb: "…, which Russia denied." says no act
       * on the name.) */
      /* (A bare "yang" clause has no mark to close it: it keeps the
       * agent and a year right after it, "pada 2022", and no more.) */
      if (bare)
        {
          end = nb;
          if (nb + 1 < e && (_ds_tok_is (&s->toks[nb], "pada") || _ds_tok_is (&s->toks[nb], "sejak")))
            {
              if (_ds_tok_is_year (&s->toks[nb + 1]))
                end = nb + 2;
              else if (nb + 2 < e && _ds_tok_is_year (&s->toks[nb + 2]))
                end = nb + 3;
            }
          /* (The name opens after a plain word — not after markup, nor a
           * short word between capitals, "Coalition to End …"; the agent
           * is whole — not one of a series, "digagas Singapura, Chili,
           * dan …", nor a name read on into the next, "dipimpin Amerika
           * Serikat dan Blok Timur yang …".) */
          if (s->toks[ha - 1].type != TOK_WORD || s->toks[ha - 1].cap ||
              (ha >= 2 && s->toks[ha - 2].cap && s->toks[ha - 2].type == TOK_WORD && s->toks[ha - 1].len <= 3) ||
              (nb < e && (_ds_tok_is (&s->toks[nb], "yang") || _ds_tok_is (&s->toks[nb], "dan") ||
                          _ds_tok_is (&s->toks[nb], "serta") ||
                          (_ds_tok_is_punct (&s->toks[nb], ',') && nb + 1 < e && s->toks[nb + 1].cap))))
            continue;
          if (_ds_toks_any_used (s, k, nb) || (ne == c && _ds_toks_any_used (s, ha, c)))
            continue;
        }
      else if ((end < e && !_ds_tok_is_punct (&s->toks[end], ',')) ||
               end > (ctx->english ? vend : nb) + 10 ||
               (end == e && end == (ctx->english ? vend : nb)) ||
               _ds_toks_any_used (s, k, nb) || _ds_toks_any_used (s, ha, c))
        continue;
      name = _ds_toks_dup (s, ha, c);
      if (ctx->english)
        {
          g_autofree char *vp = _ds_toks_dup (s, v, vend);
          g_autofree char *object = NULL;

          verb = g_ascii_strdown (vp, -1);
          if (end > vend)
            {
              g_autofree char *rest = _ds_toks_dup (s, vend, end);

              object = g_strconcat (the ? "the " : "", name, " ", rest, NULL);
            }
          else
            object = g_strconcat (the ? "the " : "", name, NULL);
          claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, k, nb);
          claim->question = ds_lang_expand (ctx->lang, "question_actor", "verb", verb, "object", object, NULL);
        }
      else
        {
          g_autofree char *vp = _ds_toks_dup (s, v, v + 1);

          if (end > nb)
            {
              g_autofree char *rest = _ds_toks_dup (s, nb, end);

              verb = g_strconcat (vp, " ", rest, NULL);
            }
          else
            verb = g_strdup (vp);
          verb[0] = g_ascii_tolower (verb[0]);
          claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, k, nb);
          claim->question = ds_lang_expand (ctx->lang, "question_by_whom", "subject", name, "verb", verb, NULL);
        }
      _ds_toks_mark_used (s, k, nb);
      return _ds_claim_commit (ctx, claim);
    }
  return FALSE;
}

/* "The Digital Charter that the Pacific ministers drafted in 2019 set
 * out …", "Piagam Data Samudra yang dirancang Forum Kepulauan Pasifik
 * itu …", "Strategi yang diterbitkan BSSN pada 2023 menetapkan …": the
 * subject of the sentence, a noun phrase of a few words, and a relative
 * clause that names who made it — in English its subject (a name, maybe
 * after "the", before a verb in the past), in Indonesian the agent right
 * after a passive verb, with or without "oleh". Who made it is asked: of
 * a head that is a name, as a question ("Who drafted the Digital
 * Charter?", "Oleh siapa Piagam Data Samudra dirancang?"); of a common
 * noun, as the sentence with the actor blanked ("Strategi yang
 * diterbitkan _____ pada 2023 …"). The date keeps its own blank. */
static gboolean
find_relative_actor (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s), rel, h = 0, a, b, v, na, nb, k, after;
  gboolean named;
  DsClaim *claim;

  for (rel = 1; rel < e && rel < 7; rel++)
    {
      const Tok *t = &s->toks[rel];

      if (ctx->english ? (_ds_tok_is (t, "that") || _ds_tok_is (t, "which")) : _ds_tok_is (t, "yang"))
        break;
      /* ("Several studies note that …": "that" after a verb of
       * saying opens what is said, no relative.) */
      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_REPORT | W_VERB)) ||
          (t->verb && !t->cap && !(t->flags & W_NOUN)))
        return FALSE;
    }
  /* ("Sebuah kajian yang dipesan …", "A study that …": one of its
   * kind, asked of nothing a reader can name.) */
  if (rel >= e || rel >= 7 || rel + 3 >= e || (s->toks[0].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_PREP | W_QUANT)) ||
      _ds_phrase_at (ctx, s, 0, PL_INDEFINITE) > 0 || _ds_tok_is (&s->toks[0], "a") ||
      _ds_tok_is (&s->toks[0], "an") || _ds_tok_is (&s->toks[0], "sebuah") || _ds_tok_is (&s->toks[0], "suatu") ||
      _ds_tok_is (&s->toks[0], "seorang"))
    return FALSE;
  /* An English head opens on an article or a name. */
  if (ctx->english && !_ds_tok_is_article (&s->toks[0]) && !s->toks[0].cap)
    return FALSE;
  if (ctx->english && !_ds_tok_is_article (&s->toks[0]))
    for (guint j = 0; j < rel; j++)
      if (!s->toks[j].cap && !(s->toks[j].flags & (W_PREP | W_DET)))
        return FALSE;
  if (ctx->english && rel + 4 < e && (_ds_tok_is (&s->toks[rel + 1], "was") || _ds_tok_is (&s->toks[rel + 1], "were")) &&
      _ds_passive_verb (&s->toks[rel + 2], TRUE) && !s->toks[rel + 2].cap && _ds_tok_is (&s->toks[rel + 3], "by"))
    {
      /* "The guidelines that were drafted by the OECD in 2019 …": the
       * agent after "by" (a verb in "-ed", its past the same). */
      v = rel + 2;
      a = rel + 4;
      k = a + _ds_tok_is (&s->toks[a], "the");
      if (read_name_long (s, k, e, &na, &nb) <= k || na != k)
        return FALSE;
      b = after = nb;
    }
  else if (ctx->english)
    {
      /* Its subject: "the" and a name, or a name and a noun or two of
       * its people ("Shanghai Cooperation Organisation members"). */
      a = rel + 1;
      k = a + _ds_tok_is (&s->toks[a], "the");
      if (read_name_long (s, k, e, &na, &nb) <= k || na != k)
        return FALSE;
      v = nb;
      while (v < e && v < nb + 2 && s->toks[v].type == TOK_WORD && !s->toks[v].cap && !(s->toks[v].flags & W_EVENT) &&
             !_ds_passive_verb (&s->toks[v], TRUE) && !past_or_verb (ctx, &s->toks[v]) && _ds_tok_nounish (&s->toks[v]))
        v++;
      if (v + 1 >= e || s->toks[v].type != TOK_WORD || s->toks[v].cap || _ds_tok_ing_word (&s->toks[v]) ||
          (s->toks[v].flags & (W_AUX | W_FUNCTION | W_PREP)) ||
          !((s->toks[v].flags & W_EVENT) || _ds_passive_verb (&s->toks[v], TRUE) || past_or_verb (ctx, &s->toks[v])))
        return FALSE;
      /* ("The claim that Russia hacked the grid …": a verb with an
       * object of its own opens what the noun says, no relative; the
       * relative's object is its head.) */
      if (_ds_tok_is_article (&s->toks[v + 1]) || (s->toks[v + 1].flags & (W_DET | W_PRONOUN)) || s->toks[v + 1].cap ||
          s->toks[v + 1].type == TOK_NUMBER)
        return FALSE;
      b = v;
      after = v + 1;
    }
  else
    {
      v = rel + 1;
      if (!_ds_passive_verb (&s->toks[v], FALSE) || !s->toks[v].verb || s->toks[v].cap)
        return FALSE;
      a = v + 1 + _ds_tok_is (&s->toks[v + 1], "oleh");
      k = a + _ds_tok_is (&s->toks[a], "para");
      if (k > a)
        while (k < e && k < a + 3 && s->toks[k].type == TOK_WORD && !s->toks[k].cap && _ds_tok_nounish (&s->toks[k]) &&
               !(s->toks[k].flags & (W_PREP | W_FUNCTION | W_ANAPHOR)))
          k++;
      if (read_name (s, k, e, &na, &nb) <= k || na != k)
        return FALSE;
      /* ("KTT ASEAN ke-40": its number is the name's.) */
      if (nb < e && s->toks[nb].len > 3 && ds_ascii_strncasecmp (s->toks[nb].p, "ke-", 3) == 0)
        nb++;
      b = after = nb;
    }
  /* After the clause: its date, "itu", or the main verb; not a list or
   * an aside. */
  if (b >= e || _ds_tok_is_punct (&s->toks[b], ',') || (s->toks[b].flags & W_CONJ) || _ds_toks_any_used (s, a, b) ||
      b - a > 7)
    return FALSE;
  /* The head: "The Digital Charter", "Piagam Data Samudra" a name
   * whole; "The toolkit", "Strategi" a common noun. */
  h = _ds_tok_is_article (&s->toks[0]) && rel > 1;
  named = read_name_long (s, h, rel, &na, &nb) == rel && na == h && !(h == 0 && rel == 1);
  if (named && ctx->english)
    {
      g_autofree char *verb = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
      g_autofree char *head = _ds_toks_dup (s, 0, rel);

      head[0] = g_ascii_tolower (head[0]);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
      claim->question = ds_lang_expand (ctx->lang, "question_actor", "verb", verb, "object", head, NULL);
      _ds_claim_commit (ctx, claim);
    }
  else if (named)
    {
      g_autofree char *verb = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
      g_autofree char *head = _ds_toks_dup (s, 0, rel);

      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
      claim->question = ds_lang_expand (ctx->lang, "question_by_whom", "subject", head, "verb", verb, NULL);
      _ds_claim_commit (ctx, claim);
    }
  else
    {
      /* A common noun is picked out by the clause only with its date
       * ("The toolkit which the EU adopted in 2017", "Ketegangan yang
       * dikemukakan Bayne dan Woolcock (2017)"); "Komite yang dipimpin
       * Rusdi Halim" says not which committee. */
      Figure fig;
      guint p = after;
      guint f = p + 1 + (p + 2 < e && (_ds_tok_is (&s->toks[p + 1], "tahun") || _ds_tok_is (&s->toks[p + 1], "year")));

      /* A text ("Strategi", "The report", phrase list document_noun) is
       * asked without one: who wrote it is what it is known by. */
      if (!(f < e && ((s->toks[p].flags & W_PREP) || _ds_tok_is_punct (&s->toks[p], '(')) &&
            read_figure (s, f, e, &fig) && fig.a == f && (fig.date || fig.year)) &&
          _ds_phrase_at (ctx, s, ctx->english ? rel - 1 : 0, PL_DOCUMENT_NOUN) == 0)
        return FALSE;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
    }
  return keep_date (ctx, s, a, b);
}

/* "Although the GGE agreed on eleven norms in 2015, states disagree …;
 * Russia rejects any binding treaty": a clause after a semicolon has a
 * subject and an act of its own, asked besides the first clause's. */
static guint
next_semicolon (const Sent *s,
                guint       i,
                guint       e)
{
  for (guint k = i + 1; k + 2 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ';'))
      return k;
  return 0;
}

/* "has", "have", "had", "having": the auxiliary of a perfect tense,
 * which makes no passive of the participle after it. */
static gboolean
have_aux (const Tok *t)
{
  return _ds_tok_is (t, "has") || _ds_tok_is (t, "have") || _ds_tok_is (t, "had") || _ds_tok_is (t, "having");
}

static gboolean
find_event (Ctx  *ctx,
            Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean event_phrase = !ctx->english && _ds_sent_may_start (s, HOT_EVENT_PHRASE);
  gboolean may_phrasal = _ds_sent_may_start (s, HOT_PHRASAL_EVENT);
  gboolean appositive, dated, app_the = FALSE, found = FALSE, by = FALSE;
  guint app_a = 0, app_b = 0, semi;

  /* Whether any word after the first two is "by" or "oleh": most
   * sentences have none, and then no word is asked for one after it. */
  for (guint k = 2; k < e && !by; k++)
    by = by_word (&s->toks[k]);
  for (guint i = 1; i + 1 < e; i++)
    {
      const Tok *t = &s->toks[i];
      gboolean aside, phrasal, irregular, by_next;

      if (t->used)
        continue;
      by_next = by && (_ds_tok_is (&s->toks[i + 1], "by") || _ds_tok_is (&s->toks[i + 1], "oleh"));
      /* "The convention was followed by the Vienna Convention on Consular
       * Relations", "Kantor itu digantikan oleh Badan …": a verb of order
       * or likeness (phrase list facts43_sequence_passive) names what came
       * next or stands beside, no one who acted ("By whom was the
       * convention followed?"). */
      if (by_next && _ds_phrase_at (ctx, s, i, PL_FACTS43_SEQUENCE_PASSIVE) == 1)
        continue;
      /* "Jepang menjadi tuan rumah konferensi …": a verb and the noun it
       * makes the subject (phrase list facts39_event_phrase) do what one
       * verb does ("Japan hosted …"); the noun is asked as the verb's
       * object ("Siapa yang menjadi tuan rumah konferensi …?"). */
      if (event_phrase && _ds_phrase_at (ctx, s, i, PL_FACTS39_EVENT_PHRASE) > 1)
        {
          if (event_active (ctx, s, i, e))
            {
            found = TRUE;
            if ((semi = next_semicolon (s, i, e)) == 0)
              return TRUE;
            i = semi;
            continue;
          }
          continue;
        }
      /* (Asked at every word: most words are no event verb, no passive of
       * a named agent, before no "by"/"oleh", start no verb and particle
       * and open no dated aside; the tests below need one of these.) */
      dated = FALSE;
      if (!(t->flags & W_EVENT) && !by_next && !(by && by_after (s, i, e)) && !(may_phrasal && t->phrase) &&
          !named_agent_follows (s, i, ctx->english) && !(dated = s->has_digit && dated_aside_open (ctx, s, i, e) > 0))
        continue;
      /* "was built by CERN", "were written by a team from …": an English
       * participle of no "-ed" (phrase list defs_irregular_participle)
       * after "was"/"were" and before "by" and a name. */
      irregular = ctx->english && by_next && (s->toks[i - 1].flags & W_AUX) && i + 2 < e &&
                  _ds_tok_is (&s->toks[i + 1], "by") &&
                  (s->toks[i + 2].cap || (i + 3 < e && _ds_tok_is (&s->toks[i + 2], "the") && s->toks[i + 3].cap)) &&
                  _ds_phrase_at (ctx, s, i, PL_DEFS_IRREGULAR_PARTICIPLE) == 1;
      /* ("led by", "held by": a short participle opening an aside;
       * "headed by", "dikepalai oleh": any participle there.) */
      aside = by_next && aside_agent_at (s, i, e) && !document_agent (ctx, s, i + 2, e) &&
              ((t->flags & W_EVENT) || _ds_passive_verb (t, ctx->english));
      /* "was set up in 1996", "were drawn up by …": a verb and its
       * particle, asked as one. */
      phrasal = may_phrasal && t->phrase && verb_span (ctx, s, i) == 2;
      appositive = FALSE;
      if (!dated)
        dated = s->has_digit && dated_aside_open (ctx, s, i, e) > 0;
      if (!aside && !phrasal && !irregular && !dated && !(t->flags & W_EVENT) &&
          !named_agent_follows (s, i, ctx->english) &&
          !(appositive = by_after (s, i, e) && appositive_passive_at (ctx, s, i, e, &app_a, &app_b, &app_the)))
        continue;
      /* English passives need "was"/"were" before them ("was first
       * introduced" too), or a theory right before them ("the theory of
       * regimes proposed by …"); "had protested", "has long argued" are
       * a tense of an active verb ("When was the Rohingya protested?"). */
      if ((_ds_passive_verb (&s->toks[i], ctx->english) || aside || phrasal || irregular || dated) &&
          (!ctx->english || ((s->toks[i - 1].flags & W_AUX) && !have_aux (&s->toks[i - 1])) ||
           (i > 1 && (s->toks[i - 1].flags & (W_ADV | W_ORDINAL)) && (s->toks[i - 2].flags & W_AUX) &&
            !have_aux (&s->toks[i - 2])) ||
           reduced_relative_at (s, i, e) || aside || appositive || dated ||
           (by_after (s, i, e) && appositive_passive_at (ctx, s, i, e, &app_a, &app_b, &app_the)) ||
           (named_agent_follows (s, i, TRUE) && theory_before (ctx, s, i))))
        {
          if (!event_passive (ctx, s, i, e))
            continue;
          /* "The review, chaired by Anna Berg, opened in 2022": who
           * chaired is asked, and so is the date of what it did. */
          if (aside && s->has_digit && !date_asked (ctx))
            find_figure (ctx, s, e);
          {
            found = TRUE;
            if ((semi = next_semicolon (s, i, e)) == 0)
              return TRUE;
            i = semi;
            continue;
          }
        }
      else if (event_active (ctx, s, i, e))
        {
            found = TRUE;
            if ((semi = next_semicolon (s, i, e)) == 0)
              return TRUE;
            i = semi;
            continue;
          }
    }
  return found;
}

/* ------------------------------------------------------------------ */
/* What a dated act made, banned or required                           */

/* Where the claim an act's verb states ends, from @a: before a comma, a
 * relative, a clause, "in/pada" and a date, "with the aim", "dengan
 * tujuan"; 0 when it is no noun phrase a question can carry (a pronoun's,
 * "its office", "kantornya", longer than ten words). */
static guint
claim_object_end (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       e)
{
  guint k, na, nb;

  /* "the Marrow Charter at a meeting in Lenz": a name is the whole
   * object; what follows it says where or when. */
  k = a + (a + 1 < e && _ds_tok_is_article (&s->toks[a]));
  if (read_name (s, k, e, &na, &nb) > k && na == k && nb < e && (s->toks[nb].flags & W_PREP))
    return nb - a <= 10 ? nb : 0;
  for (k = a; k < e && k < a + 11; k++)
    {
      const Tok *t = &s->toks[k];
      Figure fig;

      /* "… at a meeting in …", "… dalam pertemuan …": where it was done. */
      if (k > a + 1 && (_ds_tok_is (t, "at") || _ds_tok_is (t, "during") || _ds_tok_is (t, "dalam") ||
                        _ds_tok_is (t, "selama") || _ds_tok_is (t, "pada")))
        break;

      if (t->type == TOK_PUNCT || (t->flags & (W_RELATIVE | W_CLAUSE | W_THAT)) ||
          _ds_phrase_at (ctx, s, k, PL_FACTS8_AIM_CUE) > 0)
        break;
      if ((t->flags & W_PREP) && k + 1 < e && read_figure (s, k + 1, e, &fig) && (fig.date || fig.year))
        break;
      /* "its office", "kantornya": an object owned by a pronoun; further
       * on, "… with their fins attached" is the object's own. */
      if (((t->flags & W_PRONOUN) || _ds_tok_ends_nya (t)) && k <= a + 1)
        return 0;
      if (t->flags & W_ANAPHOR)
        {
          /* "… pertama di kawasan itu": the place that points back is
           * left out, from its preposition on. */
          guint p = k;

          while (p > a + 1 && !(s->toks[p].flags & W_PREP))
            p--;
          if (p <= a + 1 || !(s->toks[p].flags & W_PREP))
            return 0;
          k = p;
          break;
        }
    }
  /* "rules that nobody followed", "a fund with the purpose of …": a
   * bare noun the clause or the aim after it narrows says nothing
   * alone. */
  if (k == a + 1 + _ds_tok_is_article (&s->toks[a]) && k < e &&
      ((s->toks[k].flags & (W_RELATIVE | W_THAT)) || _ds_phrase_at (ctx, s, k, PL_FACTS8_AIM_CUE) > 0))
    return 0;
  if (k == a || k >= a + 11 || (k < e && !(s->toks[k].type == TOK_PUNCT || (s->toks[k].flags & (W_RELATIVE | W_CLAUSE | W_PREP)) ||
                                           _ds_phrase_at (ctx, s, k, PL_FACTS8_AIM_CUE) > 0)) ||
      !object_stands_alone (s, a, k) ||
      (s->toks[k - 1].flags & (W_PREP | W_CONJ | W_DET | W_FUNCTION)) || s->toks[k - 1].type != TOK_WORD)
    return 0;
  return k;
}

/* The verb of an act at @v and where it ends (@after): a word of the
 * phrase list facts8_claim_verb, whose other forms give the base and the
 * auxiliary ("created" → "create", "did"; "membentuk" → "dibentuk"), or,
 * in English, a phrasal verb of creation (phrase list facts9_claim_phrasal:
 * "set up", "put in place", "drew up" → "set up", "draw up", "did").
 * Returns the verb as questions ask it, or NULL. */
static char *
claim_verb_at (Ctx         *ctx,
               const Sent  *s,
               guint        v,
               guint        e,
               guint       *after,
               const char **aux)
{
  const char *form;
  guint n;

  *after = v + 1;
  /* Not "the set up costs", nor "set up in Varo": a noun's modifier,
   * or a verb with no object. */
  if (ctx->english && (n = _ds_phrase_at (ctx, s, v, PL_FACTS9_CLAIM_PHRASAL)) > 1 && v + n < e)
    {
      g_autofree char *head = NULL;
      g_autofree char *rest = NULL;

      if ((v > 0 && (_ds_tok_is_article (&s->toks[v - 1]) || (s->toks[v - 1].flags & W_DET))) ||
          s->toks[v + n].type != TOK_WORD ||
          (s->toks[v + n].flags & (W_PREP | W_CONJ | W_PRONOUN | W_RELATIVE | W_CLAUSE | W_THAT)))
        return NULL;
      head = _ds_lexicon_rewrite (ctx, &s->toks[v], "verb_base");
      rest = _ds_toks_dup (s, v + 1, v + n);
      *after = v + n;
      *aux = "did";
      return g_strdup_printf ("%s %s", head, rest);
    }
  if ((form = _ds_lexicon_other_forms (ctx, &s->toks[v], "facts8_claim_verb")) == NULL)
    return NULL;
  *aux = strchr (form, ' ') != NULL ? strchr (form, ' ') + 1 : "";
  return g_strndup (form, strcspn (form, " "));
}

/* "Pada masa Orde Baru, Presiden Soeharto mengutamakan pembangunan
 * ekonomi …", "Under the New Order, President Suharto gave priority to
 * …", "During the Guided Democracy period (1959–1966), Sukarno steered
 * …": an era named in capitals (after the phrase list
 * naming2_period_opening, an optional era noun from naming2_period_noun
 * and a bracket of years), a comma, a named actor and an action verb:
 * what the actor did then is the claim, "Apa yang dilakukan Presiden
 * Soeharto pada masa Orde Baru?", "What did President Suharto do under
 * the New Order?". */
gboolean
_ds_find_period_claim (Ctx  *ctx,
                       Sent *s)
{
  guint e = _ds_body_end (s), n = _ds_phrase_at (ctx, s, 0, PL_NAMING2_PERIOD_OPENING), k, era, c, na, nb,
        v, t;
  g_autofree char *when = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (n == 0 || n + 6 >= e)
    return FALSE;
  /* The era's name, in capitals; then its noun ("period", "era"). */
  if (read_name (s, n, e, &na, &nb) == 0 || na != n || nb >= e)
    return FALSE;
  /* "Under the Paris Agreement, …": a text, no era. */
  for (k = na; k < nb; k++)
    if (s->toks[k].type == TOK_NUMBER || _ds_tok_is_acronym (&s->toks[k]) || (s->toks[k].flags & W_LAW) ||
        _ds_phrase_at (ctx, s, k, PL_TREATY_HEAD) > 0)
      return FALSE;
  era = nb + _ds_phrase_at (ctx, s, nb, PL_NAMING2_PERIOD_NOUN);
  /* "In the United States, …": a place; "in the" opens an era only
   * with its noun ("In the Reformasi era"). */
  if (era == nb && ctx->english && _ds_tok_is (&s->toks[0], "in"))
    return FALSE;
  c = era;
  if (c < e && _ds_tok_is_punct (&s->toks[c], '('))
    {
      while (c < e && !_ds_tok_is_punct (&s->toks[c], ')'))
        if (s->toks[c++].type == TOK_WORD)
          return FALSE;
      c++;
    }
  if (c >= e || !_ds_tok_is_punct (&s->toks[c], ','))
    return FALSE;
  /* The actor: a title ("Presiden", "President") and a name, or a name. */
  t = c + 1;
  if (ctx->english && t < e && _ds_tok_is (&s->toks[t], "the"))
    t++;
  if (read_name (s, t, e, &na, &nb) == 0 || na != t || nb >= e || nb - na > 6)
    return FALSE;
  v = nb;
  /* An action, not a state: a verb in lower case, no copula or
   * auxiliary ("adalah", "was", "merupakan"). */
  if (s->toks[v].type != TOK_WORD || s->toks[v].cap || (s->toks[v].flags & (W_CUE_DEF | W_AUX | W_FUNCTION)) ||
      !(s->toks[v].verb || (ctx->english && s->toks[v].len > 4 &&
                            strncmp (s->toks[v].p + s->toks[v].len - 2, "ed", 2) == 0)) ||
      e - v < 3 || e - v > 25 || _ds_toks_any_used (s, 0, e))
    return FALSE;
  when = _ds_toks_dup (s, 0, era);
  when[0] = ds_ascii_tolower (when[0]);
  actor = _ds_toks_dup (s, c + 1, nb);
  if (ctx->english && _ds_tok_is (&s->toks[c + 1], "the"))
    actor[0] = 't';
  question = ds_lang_expand (ctx->lang, "naming2_question_period", "actor", actor, "when", when, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, v, e);
  claim->question = ds_utf8_capitalize (question);
  /* The era and the actor are asked; a figure in what was done may
   * still be. */
  _ds_toks_mark_used (s, 0, v);
  return _ds_claim_commit (ctx, claim);
}

/* "The Tidewater Accord, which created the first joint fisheries
 * patrol, was signed in 1987", "Protokol Laguna, yang melarang …,
 * disahkan pada 2005" → "What did the Tidewater Accord create?", "Apa
 * yang dilarang Protokol Laguna?": what the named text or body made,
 * banned or required (phrase list facts8_claim_verb) is the claim, not
 * the year of the main verb, which is asked besides only of the essay's
 * own subject. */
static gboolean
find_relative_claim (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s);
  /* (@verb is set only on the way to a claim or out: the loop, asked at
   * every word, frees nothing.) */
  g_autofree char *name = NULL;
  g_autofree char *verb = NULL;
  g_autofree char *question = NULL;

  for (guint k = 1; k + 3 < e; k++)
    {
      const char *aux = "";
      guint a, end, o;
      DsClaim *claim;
      gboolean subject;

      if (!_ds_tok_is_punct (&s->toks[k], ',') || !(s->toks[k + 1].flags & W_RELATIVE) ||
          (verb = claim_verb_at (ctx, s, k + 2, e, &o, &aux)) == NULL)
        continue;
      /* The name that closes right before the comma, whole. */
      a = name_ending_at (s, k, FALSE);
      if (a >= k || (end = claim_object_end (ctx, s, o, e)) == 0 || end >= e ||
          !_ds_tok_is_punct (&s->toks[end], ',') || _ds_toks_any_used (s, a, end))
        return FALSE;
      if (a > 0 && _ds_tok_is (&s->toks[a - 1], "the"))
        a--;
      name = _ds_toks_dup (s, a, k);
      if (a == 0 && _ds_tok_is (&s->toks[0], "the"))
        name[0] = 't';
      question = ds_lang_expand (ctx->lang, "question_rule", "verb", verb, "aux", aux, "rule", name, NULL);
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, o, end);
      claim->question = ds_utf8_capitalize (question);
      subject = _ds_names_essay_subject (ctx, name);
      _ds_toks_mark_used (s, k + 1, end);
      _ds_claim_commit (ctx, claim);
      /* The year of the main verb is trivia beside the claim, but for
       * the essay's own subject. */
      if (subject && !date_asked (ctx))
        find_figure (ctx, s, e);
      else
        for (guint i = end; i < e; i++)
          {
            Figure fig;

            if (read_figure (s, i, e, &fig) && (fig.date || fig.year))
              _ds_toks_mark_used (s, fig.a, fig.b);
          }
      return TRUE;
    }
  return FALSE;
}

/* Whether the subject [@c, @v) names who acted without the sentence
 * before: not a name (find_event() asks those), nor "both states", "the
 * two countries", "kedua pihak", nor a class noun alone ("the country",
 * "negara") that the essay did not name. */
static gboolean
subject_stands_alone (Ctx        *ctx,
                      const Sent *s,
                      guint       c,
                      guint       v,
                      gboolean    opening)
{
  guint h = c + (_ds_tok_is_article (&s->toks[c]) && c + 1 < v);

  /* Opening the sentence, with no date before it, a subject is a body's
   * common noun ("Dewan memperkenalkan …", "Komisi melarang …": phrase
   * list statement_agency) or opens on a word of the language's closed
   * classes ("The council", "Para menteri"); not a word the essay writes
   * as a name. */
  if (!opening && !(s->toks[c].flags & W_FUNCTION) &&
      (_ds_tok_known_name (ctx, &s->toks[c]) || _ds_phrase_at (ctx, s, c, PL_STATEMENT_AGENCY) == 0))
    return FALSE;
  if (!opening && (s->toks[c].flags & W_FUNCTION) && h == c && !_ds_tok_is (&s->toks[c], "para"))
    return FALSE;
  if ((s->toks[c].cap && !(s->toks[c].flags & W_FUNCTION) && opening) ||
      _ds_phrase_at (ctx, s, c, PL_PAIR_ANAPHOR) > 0 ||
      (h > c && (s->toks[h].flags & W_COUNT)) || _ds_tok_is (&s->toks[h], "both") ||
      (h + 1 == v && _ds_phrase_at (ctx, s, h, PL_CLASS_NOUN) == 1))
    return FALSE;
  return TRUE;
}

/* "In 2003 the parties created the Shelf Monitoring Office, …", "Pada
 * 2010 dewan memperkenalkan izin bersama …", "The council introduced a
 * shared licence … in 2011", "Fiji melarang perburuan sirip hiu pada
 * 2013" → "What did the parties create in 2003?", "Apa yang
 * diperkenalkan dewan pada 2010?", "What did the council introduce in
 * 2011?", "Apa yang dilarang Fiji pada 2013?": what a dated act made,
 * banned or required is the claim; the year alone would be trivia. Not
 * when what was made is the essay's own subject (its founding year is a
 * key fact), nor of a subject that points back unnamed; a name is such a
 * subject only with a verb of policy (phrase list facts8_policy_verb:
 * "banned", "melarang"), find_event() asking who made what and when. */
static gboolean
find_dated_claim (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s), k = 1, c = 0, v, o = 0, end, when_a = 0, when_b = 0, na, nb, h;
  const char *aux = "";
  gboolean opening = FALSE, named = FALSE;
  g_autofree char *actor = NULL;
  g_autofree char *verb = NULL;
  Figure fig;
  DsClaim *claim;

  if (e < 5)
    return FALSE;
  /* "In 2003 (,)", "Pada tahun 2002 (,)": an opening date. */
  if (_ds_tok_is (&s->toks[0], "in") || _ds_tok_is (&s->toks[0], "pada"))
    {
      if (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "year"))
        k++;
      if (!read_figure (s, k, e, &fig) || fig.a != k || !(fig.date || fig.year) || _ds_toks_any_used (s, 0, fig.b))
        return FALSE;
      opening = TRUE;
      when_b = fig.b;
      c = fig.b + (fig.b < e && _ds_tok_is_punct (&s->toks[fig.b], ','));
    }
  /* "Ketika Prancis memberlakukan pajak … pada 2019, …", "After Japan
   * chaired …": a word of time that opens the sentence (phrase list
   * facts_time_opener) is no word of the actor's name. */
  if (c == 0 && _ds_phrase_at (ctx, s, 0, PL_FACTS_TIME_OPENER) == 1)
    c = 1;
  h = c + (c + 1 < e && _ds_tok_is (&s->toks[c], "the"));
  /* "Kedua negara", "the council", "Dewan ini": named as the essay named
   * it before. */
  if ((actor = _ds_anaphor_at (ctx, s, c, &v)) != NULL && v < e)
    verb = claim_verb_at (ctx, s, v, e, &o, &aux);
  /* "Fiji banned …", "the Harbour Council banned …" */
  else if (read_name (s, h, e, &na, &nb) > h && na == h && nb < e && nb > h &&
           _ds_phrase_at (ctx, s, nb, PL_FACTS8_POLICY_VERB) == 1)
    {
      v = nb;
      named = TRUE;
      verb = claim_verb_at (ctx, s, v, e, &o, &aux);
      actor = _ds_toks_dup (s, c, v);
      /* "The Harbour Council …", and "Dewan memperkenalkan …", a body's
       * common noun with the sentence's capital. */
      if (c == 0 && h == c && nb == h + 1 && _ds_phrase_at (ctx, s, h, PL_STATEMENT_AGENCY) == 1)
        named = FALSE;
      if (h > c || !named)
        actor[0] = ds_ascii_tolower (actor[0]);
    }
  else
    {
      for (v = c; v < e && v < c + 5 && verb == NULL; v++)
        {
          const Tok *t = &s->toks[v];

          if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_AUX | W_ORDINAL)) ||
              _ds_tok_ends_nya (t) || (t->cap && v > c))
            return FALSE;
          verb = claim_verb_at (ctx, s, v, e, &o, &aux);
        }
      v--;
      if (verb == NULL || v == c || !subject_stands_alone (ctx, s, c, v, opening))
        return FALSE;
    }
  if (verb == NULL || v == c || (ctx->english && strcmp (aux, "did") != 0))
    return FALSE;
  if ((end = claim_object_end (ctx, s, o, e)) == 0)
    return FALSE;
  /* "… in 2011.", "… pada 2010.": a date closing the clause. */
  if (!opening)
    {
      /* ("… in its waters in 2003": a place may stand before it.) */
      for (when_a = end; when_a < e && when_a < end + 6 && s->toks[when_a].type == TOK_WORD; when_a++)
        if ((s->toks[when_a].flags & W_PREP) && read_figure (s, when_a + 1, e, &fig) && fig.a == when_a + 1)
          break;
      if (when_a >= e || when_a >= end + 6 || s->toks[when_a].type != TOK_WORD || !(s->toks[when_a].flags & W_PREP) ||
          !(fig.date || fig.year) ||
          (fig.b < e && !_ds_tok_is_punct (&s->toks[fig.b], ',') && !_ds_tok_is_punct (&s->toks[fig.b], ';')))
        return FALSE;
      when_b = fig.b;
    }
  if (_ds_toks_any_used (s, 0, MAX (end, when_b)))
    return FALSE;
  /* (The strings of the claim are declared where it is made: most
   * sentences return before.) */
  {
    g_autofree char *object = _ds_toks_dup (s, o, end);
    g_autofree char *when = NULL;
    g_autofree char *question = NULL;

    if (_ds_names_essay_subject (ctx, object))
      return FALSE;
    if (actor == NULL)
      {
        actor = _ds_toks_dup (s, c, v);
        actor[0] = ds_ascii_tolower (actor[0]);
      }
    when = _ds_toks_dup (s, when_a, when_b);
    when[0] = ds_ascii_tolower (when[0]);
    question = ds_lang_expand (ctx->lang, "question_dated_claim", "actor", actor, "verb", verb, "when", when, NULL);
    claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, o, end);
    claim->question = ds_utf8_capitalize (question);
    _ds_toks_mark_used (s, 0, MAX (end, when_b));
    _ds_claim_commit (ctx, claim);
    /* "Who imposed sanctions on …? — the Council of the European Union":
     * who acted, when it is a name and not the essay's own subject. */
    if (named && !_ds_names_essay_subject (ctx, actor) && !owned_by_pronoun (s, o, end))
      {
        g_autofree char *past = g_ascii_strdown (s->toks[v].p, s->toks[v].len);
        g_autofree char *who = ds_lang_expand (ctx->lang, "question_actor", "verb", past, "object", object, NULL);

        claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, h, v);
        claim->question = ds_utf8_capitalize (who);
        _ds_claim_commit (ctx, claim);
      }
    /* "…, dan pada 2016 anggotanya sepakat …": the date of a clause of its
     * own after it is asked as before. */
    for (guint i = next_clause (s, MAX (end, when_b), e); i + 1 < e; i++)
      if ((s->toks[i].flags & W_PREP) && read_figure (s, i + 1, e, &fig) && fig.a == i + 1 &&
          (fig.date || fig.year) && !_ds_toks_any_used (s, fig.a, fig.b))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
          break;
        }
    return TRUE;
  }
}

/* The act the aim at @k is of: a name made by the verb before it ("In
 * 2022 the council launched the Warden Programme with the aim of …":
 * facts8_claim_verb, facts9_claim_phrasal), or, after a date, the name
 * that opens the sentence as the subject of a passive of making or
 * adopting ("The Skerry
 * Protocol was adopted in 1988 with the aim of …", "Protokol Skerry
 * disahkan pada 1988 dengan tujuan …"). Its first token, or @k; where
 * it ends in @act_end. */
static guint
aim_act_start (Ctx        *ctx,
               const Sent *s,
               guint       k,
               guint      *act_end)
{
  guint a, na = 0, nb = 0, o, v;
  const char *aux;

  *act_end = k;
  a = name_ending_at (s, k, FALSE);
  if (a < k && a > 1)
    {
      g_autofree char *verb = NULL;

      v = a - 1 - _ds_tok_is (&s->toks[a - 1], "the");
      for (guint i = v > 2 ? v - 2 : 0; i <= v && verb == NULL; i++)
        if ((verb = claim_verb_at (ctx, s, i, k, &o, &aux)) != NULL && o != a - _ds_tok_is (&s->toks[a - 1], "the"))
          g_clear_pointer (&verb, g_free);
      return verb != NULL ? a : k;
    }
  /* "… in 1988 with the aim of": a date right before, of the passive of
   * the name that opens the sentence. */
  a = _ds_tok_is (&s->toks[0], "the");
  /* (The sentence's first word may stand before the name read.) */
  if (read_name (s, a, k, &na, &nb) <= a || na > a + 1 || nb + 3 > k || !s->toks[a].cap ||
      (s->toks[a].flags & W_FUNCTION))
    return k;
  /* A passive of making or adopting (phrase list facts9_act_passive:
   * "was adopted", "was set up", "disahkan"), not "was invaded". */
  if (ctx->english && !(_ds_tok_is (&s->toks[nb], "was") || _ds_tok_is (&s->toks[nb], "were")))
    return k;
  v = nb + ctx->english;
  if (v + 1 >= k || _ds_phrase_at (ctx, s, v, PL_FACTS9_ACT_PASSIVE) == 0)
    return k;
  /* (The year may be asked already, as when the act was done.) */
  for (guint i = nb + 1; i + 1 < k; i++)
    if ((s->toks[i].flags & W_PREP) && year_like (&s->toks[i + 1]) && i + 2 == k)
      {
        *act_end = nb;
        return a;
      }
  return k;
}

/* "The Skerry Protocol was adopted in 1988 with the aim of protecting
 * nesting seabirds", "Pada 2022 dewan meluncurkan Program Penjaga untuk
 * menggandakan …" → "What was the aim of the Skerry Protocol?", "Apa
 * tujuan Program Penjaga?": the purpose of a named act, after its date
 * or its name (phrase list facts8_aim_cue; in Indonesian "untuk" before
 * a verb in me-). Only of an act aim_act_start() finds. */
static void
commit_dated_aim (Ctx  *ctx,
                  Sent *s,
                  guint k,
                  guint a,
                  guint b,
                  guint start,
                  guint act_end)
{
  g_autofree char *act = _ds_toks_dup (s, start, act_end);
  g_autofree char *question = NULL;
  gboolean first;
  DsClaim *claim;

  if (start == 0 && _ds_tok_is (&s->toks[0], "the"))
    act[0] = 't';
  question = ds_lang_expand (ctx->lang, "question_aim", "act", act, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
  claim->question = ds_utf8_capitalize (question);
  /* The year asked as before, when nothing else of the sentence
   * asked it ("… disepakati di kota X, pada 1971 untuk …"). */
  first = ctx->claims->len == ctx->sentence_first_claim;
  _ds_claim_commit (ctx, claim);
  if (first && act_end < k && year_like (&s->toks[k - 1]) && !s->toks[k - 1].used)
    _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, k - 1, k);
}

static gboolean
find_dated_aim (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean aim = _ds_sent_may_start (s, HOT_AIM_CUE);

  /* (What a claim needs is made in commit_dated_aim(): asked at every
   * word, this loop frees nothing.) */
  for (guint k = 3; k + 2 < e; k++)
    {
      const Tok *t = &s->toks[k];
      guint n, a, b, start, act_end;

      if (t->type != TOK_WORD)
        continue;
      n = aim && t->phrase ? _ds_phrase_at (ctx, s, k, PL_FACTS8_AIM_CUE) : 0;
      if (n == 0 && !ctx->english && _ds_tok_is (t, "untuk") && s->toks[k + 1].verb &&
          ds_ascii_strncasecmp (s->toks[k + 1].p, "me", 2) == 0)
        n = 1;
      /* "… was launched in 2012 to deter illegal trawling": a plain "to"
       * right after the act's year, before a verb. */
      if (n == 0 && ctx->english && _ds_tok_is (t, "to") && year_like (&s->toks[k - 1]) && s->toks[k + 1].verb &&
          !s->toks[k + 1].cap && !(s->toks[k + 1].flags & (W_FUNCTION | W_DET | W_AUX)))
        n = 1;
      if (n == 0)
        continue;
      /* "in order to double …": the answer keeps its "to". */
      a = k + n - (_ds_tok_is (&s->toks[k + n - 1], "to"));
      for (b = a; b < e && s->toks[b].type == TOK_WORD; b++)
        ;
      if (b - a < 2 || b - a > 14 || (b < e && !_ds_tok_is_punct (&s->toks[b], '.') && b != _ds_body_end (s)) ||
          _ds_toks_any_used (s, k, b) || s->toks[a + (a < k + n)].cap ||
          (start = aim_act_start (ctx, s, k, &act_end)) >= k)
        return FALSE;
      if (start > 0 && _ds_tok_is (&s->toks[start - 1], "the"))
        start--;
      commit_dated_aim (ctx, s, k, a, b, start, act_end);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Decisions                                                           */

/* After "agreed (on Friday)": "to set up", "untuk membentuk" or, in
 * Indonesian, the verb itself ("sepakat membentuk"); the verb's first
 * token, or 0. */
static guint
decision_action (Ctx        *ctx,
                 const Sent *s,
                 guint       k,
                 guint       e)
{
  for (guint limit = k + 5; k < e && k < limit; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], ',') || (s->toks[k].flags & W_CLAUSE))
        return 0;
      /* "pledged 30 million dollars to the effort": "to" before an
       * article or a name opens no action. */
      /* "pledged not to …": a question without the "not" would say the
       * opposite. */
      if ((_ds_tok_is (&s->toks[k], "to") || _ds_tok_is (&s->toks[k], "untuk")) && k > 0 &&
          (_ds_tok_is (&s->toks[k - 1], "not") || _ds_tok_is (&s->toks[k - 1], "tidak")))
        return 0;
      if (_ds_tok_is (&s->toks[k], "to") || _ds_tok_is (&s->toks[k], "untuk"))
        return k + 1 < e && s->toks[k + 1].type == TOK_WORD && !s->toks[k + 1].cap &&
               !_ds_tok_is_article (&s->toks[k + 1]) &&
               /* "agreed to three conditions", "untuk kedua usulan": a
                * count opens a noun phrase, no action. */
               !(s->toks[k + 1].flags & (W_FUNCTION | W_PRONOUN | W_COUNT | W_ORDINAL | W_QUANT)) ? k + 1 : 0;
      if (!ctx->english && s->toks[k].verb && !(s->toks[k].flags & W_FUNCTION))
        return k;
    }
  return 0;
}

/* The object of @verb: past a particle ("set up") and an article, up to
 * a relative clause, a comma or a preposition; FALSE if too long. */
static gboolean
decision_object (const Sent *s,
                 guint      *verb_end,
                 guint       e,
                 guint      *a,
                 guint      *b)
{
  guint k = *verb_end;

  if (k < e && (_ds_tok_is (&s->toks[k], "up") || _ds_tok_is (&s->toks[k], "out")))
    k++;
  *verb_end = k;
  if (k < e && _ds_tok_is_article (&s->toks[k]))
    k++;
  *a = k;
  /* "a loss and damage fund": a conjunction early in the phrase joins
   * its modifiers. */
  while (k < e && s->toks[k].type != TOK_PUNCT &&
         !(s->toks[k].flags & (W_RELATIVE | W_THAT | W_CLAUSE)) &&
         !((s->toks[k].flags & W_CONJ) && k > *a + 1) &&
         !((s->toks[k].flags & W_PREP) && !_ds_tok_is (&s->toks[k], "of")))
    k++;
  /* "a fund for loss and damage": one bare noun says too little; what
   * qualifies it belongs to the answer. */
  if (k == *a + 1 && k + 1 < e && (s->toks[k].flags & W_PREP) && _ds_tok_nounish (&s->toks[k + 1]))
    for (k++; k < e && k < *a + 8 && s->toks[k].type != TOK_PUNCT &&
              !(s->toks[k].flags & (W_RELATIVE | W_THAT | W_CLAUSE)); k++)
      ;
  *b = k;
  return *b > *a && *b - *a <= 8 && _ds_term_usable (s, *a, *b);
}

/* "Kedua tim sepakat bermain ulang", "agreed to play again", "sepakat
 * mulai berbagi data": a manner word or a second verb after the action
 * is how or what they do, no object to ask for ("bermain apa?"). */
static gboolean
decision_object_is_noun (Ctx        *ctx,
                         const Sent *s,
                         guint       a)
{
  const Tok *t = &s->toks[a];

  if ((t->flags & W_ADV) || _ds_phrase_at (ctx, s, a, PL_MANNER_ADVERB) > 0)
    return FALSE;
  return ctx->english || !t->verb;
}

/* The decision whose verb is token @i (@base its base form) and whose
 * action is token @verb: TRUE when the words around them make one, its
 * claim committed (@committed says whether it was kept). Its own function,
 * so that the texts it builds are not allocated and freed for every word
 * of every sentence find_decision() reads. */
/* Who decides, the noun phrase that ends at @hi; "Both countries
 * agreed …" names the two the sentence before joined; NULL when the
 * actor is vague or the end of a longer one. */
static char *
decision_actor (Ctx        *ctx,
                const Sent *s,
                guint       hi)
{
  guint start = _ds_clause_start (s, hi), end;
  char *named = _ds_anaphor_at (ctx, s, start, &end);

  if (named != NULL && end == hi)
    return named;
  g_free (named);
  start = _ds_np_start (s, 0, hi, &end);
  /* "…, ketika Majelis Umum WIPO memutuskan untuk menggelar …": the
   * subordinator that opens the clause (phrase list clause_subordinate)
   * is no part of its actor ("Ketika Majelis Umum WIPO memutuskan
   * menggelar apa?"). */
  if (start + 1 < end && !(s->toks[start].flags & W_RELATIVE) &&
      _ds_phrase_at (ctx, s, start, PL_CLAUSE_SUBORDINATE) == 1)
    start++;
  if (start >= end || end != hi || end - start > 8 ||
      (s->toks[start].flags & (W_VAGUE | W_PRONOUN | W_ANAPHOR | W_FUNCTION)))
    return NULL;
  /* "Wali kota kedua kota sepakat …": the count belongs to an owner
   * inside the actor, and "Kota sepakat …" would name the wrong one. */
  if (start >= 2 && (s->toks[start - 1].flags & W_COUNT) && _ds_tok_nounish (&s->toks[start - 2]))
    return NULL;
  /* "Kedua pihak sepakat …" with no pair named just before: "Pihak
   * sepakat …" would name no one. */
  if (start >= 1 && _ds_phrase_at (ctx, s, start - 1, PL_PAIR_ANAPHOR) > 0)
    return NULL;
  /* "water ministers from four countries agreed …": "countries" is the
   * end of a longer actor, and "What did countries agree …?" names the
   * wrong one. */
  if (start >= 1 && ((s->toks[start - 1].flags & W_PREP) ||
                     (start >= 2 && (s->toks[start - 2].flags & W_PREP) &&
                      ((s->toks[start - 1].flags & W_COUNT) || s->toks[start - 1].type == TOK_NUMBER))))
    return NULL;
  return _ds_phrase_dup (s, start, end, TRUE);
}

static gboolean
decision_at (Ctx        *ctx,
             Sent       *s,
             guint       i,
             guint       e,
             const char *base,
             guint       verb,
             gboolean   *committed)
{
  guint hi = i, verb_end = verb + 1, a, b;
  g_autofree char *actor = NULL;
  g_autofree char *action = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if (!decision_object (s, &verb_end, e, &a, &b) || _ds_toks_any_used (s, a, b) ||
      !decision_object_is_noun (ctx, s, a))
    return FALSE;
  while (hi > 0 && (s->toks[hi - 1].flags & (W_ADV | W_AUX)))
    hi--;
  /* "Para menteri tidak sepakat membentuk …", "did not agree to set up
   * …": a decision the sentence denies (the phrase list lists_negation)
   * was not taken. */
  for (guint k = hi; k < i; k++)
    if (_ds_phrase_at (ctx, s, k, PL_LISTS_NEGATION) == 1)
      return FALSE;
  if ((actor = decision_actor (ctx, s, hi)) == NULL)
    return FALSE;
  action = _ds_toks_dup (s, verb, verb_end);
  question = ds_lang_expand (ctx->lang, "question_decision", "actor", actor, "verb", base,
                             "action", action, NULL);
  /* "At COP27 in Sharm el-Sheikh in 2022, parties agreed to establish
   * …": actors of no name ("parties", "countries") decided at the
   * setting the sentence opens on, which the question keeps ("What did
   * parties agree to establish?" asks of any meeting). */
  {
    guint c = _ds_clause_start (s, hi), k;
    gboolean named = FALSE;

    for (k = 0; k + 1 < c && !named; k++)
      named = (s->toks[k].cap && k > 0) || s->toks[k].type == TOK_NUMBER;
    if (strpbrk (actor, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == NULL && c >= 3 && c <= 14 && named &&
        _ds_tok_is_punct (&s->toks[c - 1], ',') && (s->toks[0].flags & W_PREP))
      {
        g_autofree char *setting = _ds_toks_dup (s, 0, c - 1);
        char *set = g_strdup_printf ("%s, %c%s", setting, ds_ascii_tolower (question[0]), question + 1);

        g_free (question);
        question = set;
      }
  }
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, a, b);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, a, b);
  *committed = _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* "Southeast Asian ministers agreed on Friday to set up a regional
 * response team …" → "What did Southeast Asian ministers agree to set
 * up?"; "Para menteri sepakat membentuk tim …" → "Para menteri sepakat
 * membentuk apa?" */
static gboolean
find_decision (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s);

  if (!_ds_sent_may_start (s, HOT_DECISION_VERB))
    return FALSE;
  for (guint i = 1; i + 2 < e; i++)
    {
      /* "agreed" → "agree", "sepakat" → "sepakat" */
      const char *base = _ds_lexicon_other_forms (ctx, &s->toks[i], "decision_verb");
      gboolean committed;
      guint verb;

      if (base != NULL && (verb = decision_action (ctx, s, i + 1, e)) != 0 &&
          decision_at (ctx, s, i, e, base, verb, &committed))
        return committed;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Ranks                                                               */

static gboolean
rank_word (const Tok *t)
{
  return _ds_tok_is (t, "peringkat") || _ds_tok_is (t, "urutan") || _ds_tok_is (t, "ranking") ||
         _ds_tok_is (t, "ranked") || _ds_tok_is (t, "rank");
}

/* "ke-24", "24", "24th", "ketiga", "third". */
static gboolean
rank_value (const Tok *t)
{
  return (t->flags & W_ORDINAL) || t->type == TOK_NUMBER ||
         (t->type == TOK_WORD && ds_ascii_strncasecmp (t->p, "ke-", 3) == 0 && t->len > 3 &&
          g_ascii_isdigit (t->p[3]));
}

/* "Indonesia menempati peringkat ke-24 dari 194 negara", "terbanyak
 * ketiga di kawasan", "the third largest": the rank is the fact. */
static gboolean
find_rank (Ctx  *ctx,
           Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Asked of every sentence: most have no ordinal and no superlative,
   * and then only a word of rank is looked for.) */
  gboolean graded = (s->flags & (W_ORDINAL | W_SUPERLATIVE)) != 0;

  for (guint i = 0; i + 1 < e; i++)
    {
      const Tok *t = &s->toks[i];
      guint key = G_MAXUINT;

      if (t->used)
        continue;
      if (rank_word (t) && rank_value (&s->toks[i + 1]))
        key = i + 1;
      else if (!graded)
        continue;
      else if ((t->flags & W_SUPERLATIVE) && (s->toks[i + 1].flags & W_ORDINAL) &&
               s->toks[i + 1].value > 1)
        key = i + 1;
      /* "ketiga terbesar", "the third most populous"; not "Rekomendasi
       * ketiga paling mendesak", where the ordinal points into a list. */
      else if ((t->flags & W_ORDINAL) && t->value > 1 && (s->toks[i + 1].flags & W_SUPERLATIVE) &&
               !(i > 0 && _ds_tok_nounish (&s->toks[i - 1]) &&
                 (_ds_tok_is (&s->toks[i + 1], "paling") || _ds_tok_is (&s->toks[i + 1], "most"))))
        key = i;
      if (key == G_MAXUINT || s->toks[key].used)
        continue;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_RANK, key, key + 1);
      _ds_toks_mark_used (s, key, key + 1);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Laws                                                                */

/* "UU Nomor 27 Tahun 2022", "Undang-Undang No. 11 Tahun 2008": the end
 * of the designation, or 0. */
guint
_ds_law_end (const Sent *s,
             guint       i,
             guint       e)
{
  guint k = i + 1;

  /* "Peraturan Presiden Nomor …", "Undang-Undang Republik Indonesia Nomor …" */
  while (k < e && k < i + 4 && s->toks[k].cap && !_ds_tok_is (&s->toks[k], "nomor") &&
         !_ds_tok_is (&s->toks[k], "no"))
    k++;
  /* "Peraturan Pemerintah (PP) Nomor …": the short name in brackets. */
  if (k + 2 < e && _ds_tok_is_punct (&s->toks[k], '(') && _ds_tok_is_acronym (&s->toks[k + 1]) &&
      _ds_tok_is_punct (&s->toks[k + 2], ')'))
    k += 3;
  if (k < e && (_ds_tok_is (&s->toks[k], "nomor") || _ds_tok_is (&s->toks[k], "no")))
    k++;
  while (k < e && _ds_tok_is_punct (&s->toks[k], '.'))
    k++;
  if (k >= e || s->toks[k].type != TOK_NUMBER)
    return 0;
  k++;
  if (k + 1 < e && (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "of")) &&
      year_like (&s->toks[k + 1]))
    return k + 2;
  return 0;
}

/* Whether a series of capitals after a law's title, from its comma @t,
 * names other instruments: an item holds a word of a rule (word class
 * law: "Presidential Regulation", "Ministerial Decree", "Peraturan
 * Presiden"), so the series lists laws beside the title, not the
 * title's topics. */
static gboolean
law_series_instrument (const Sent *s,
                       guint       t,
                       guint       e)
{
  for (guint j = t + 1; j < e && (s->toks[j].cap || _ds_tok_is_punct (&s->toks[j], ',') || (s->toks[j].flags & W_CONJ)); j++)
    if (s->toks[j].type == TOK_WORD && (s->toks[j].flags & W_LAW))
      return TRUE;
  return FALSE;
}

/* "… tentang Pelindungan Data Pribadi": what the law is about, as
 * capitalised words (or up to the clause's end). */
guint
_ds_law_topic_end (const Sent *s,
                   guint       k,
                   guint       e)
{
  guint t = k;

  /* "tentang Peran Serta Lembaga Internasional dan Lembaga Asing
   * Nonpemerintah dalam Penanggulangan Bencana": titles run long. */
  while (t < e && t < k + 16 && (s->toks[t].cap || ((s->toks[t].flags & (W_CONJ | W_PREP)) &&
                                                  t + 1 < e && s->toks[t + 1].cap)))
    {
      t++;
      /* "tentang Bendera, Bahasa, dan Lambang Negara": a title's series
       * of capitals, its commas closed by "dan"/"and" and a capital. */
      if (t + 2 < e && _ds_tok_is_punct (&s->toks[t], ',') && s->toks[t - 1].cap)
        {
          guint j = t;

          while (j + 2 < e && j < k + 16 && _ds_tok_is_punct (&s->toks[j], ',') && s->toks[j + 1].cap &&
                 s->toks[j + 1].type == TOK_WORD)
            for (j += 2; j < e && s->toks[j].cap && s->toks[j].type == TOK_WORD; j++)
              ;
          if (j + 2 < e && _ds_tok_is_punct (&s->toks[j], ',') && j > t)
            j++;
          if (j > t && j + 1 < e && (s->toks[j].flags & W_CONJ) && s->toks[j + 1].cap &&
              s->toks[j + 1].type == TOK_WORD && !law_series_instrument (s, t, e))
            t = j;
        }
    }
  return t;
}

/* A blank for the law asks something when the rest of the sentence
 * says what the law did, in three words or more of its own: "_____
 * mengatur keduanya" leans on the sentence before. */
static gboolean
law_blank_asks (const Sent *s,
                guint       a,
                guint       b,
                guint       e)
{
  guint words = 0;

  for (guint k = 0; k < e; k++)
    {
      if (k >= a && k < b)
        continue;
      if ((s->toks[k].flags & (W_ANAPHOR | W_PRONOUN)) || _ds_tok_ends_nya (&s->toks[k]))
        return FALSE;
      words += s->toks[k].type == TOK_WORD;
    }
  return words >= 3;
}

static gboolean
find_law (Ctx  *ctx,
          Sent *s)
{
  guint e = _ds_body_end (s);

  for (guint i = 0; i + 3 < e; i++)
    {
      guint end, topic, topic_end, a;
      DsClaim *claim;
      g_autofree char *about = NULL;

      if (!(s->toks[i].flags & W_LAW) || !s->toks[i].cap || (end = _ds_law_end (s, i, e)) == 0 ||
          _ds_toks_any_used (s, i, end))
        continue;
      /* "Surat Edaran Nomor 9", "Surat Keputusan": the kind of letter is
       * part of the rule's name. */
      a = i > 0 && _ds_phrase_at (ctx, s, i - 1, PL_LAW_PREFIX) == 1 && s->toks[i - 1].cap &&
          !s->toks[i - 1].used ? i - 1 : i;
      topic = end + 1;
      /* "BSSN dibentuk melalui Peraturan Presiden Nomor 53 Tahun 2017":
       * without its topic the law is asked as a blank. */
      if (end >= e || !(_ds_tok_is (&s->toks[end], "tentang") || _ds_tok_is (&s->toks[end], "on")) ||
          (topic_end = _ds_law_topic_end (s, topic, e)) <= topic + 1)
        {
          guint before = ctx->claims->len;

          if (!law_blank_asks (s, a, end, e))
            continue;
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_LAW, a, end);
          _ds_toks_mark_used (s, a, end);
          return ctx->claims->len > before;
        }
      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_LAW, a, end);
      about = _ds_toks_dup (s, topic, topic_end);
      claim->question = ds_lang_expand (ctx->lang, "question_law", "topic", about, NULL);
      claim->lead = g_steal_pointer (&about);
      _ds_toks_mark_used (s, a, end);
      return _ds_claim_commit (ctx, claim);
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Who holds an office                                                 */

/* "2014–2024", "(2014–2024)", "from 2014 to 2024", "dari 2014 hingga
 * 2024", "pada 2014-2024" from @k: the years an office was held. Their
 * end, or 0; the two years at *@y1, *@y2. */
static guint
office_period_end (const Sent *s,
                   guint       k,
                   guint       e,
                   guint      *y1,
                   guint      *y2)
{
  guint j = k;
  gboolean bracket = FALSE;

  if (j < e && _ds_tok_is_punct (&s->toks[j], '('))
    bracket = TRUE, j++;
  else if (j < e && (_ds_tok_is (&s->toks[j], "from") || _ds_tok_is (&s->toks[j], "dari") ||
                     _ds_tok_is (&s->toks[j], "pada") || _ds_tok_is (&s->toks[j], "in")))
    j++;
  if (j + 2 >= e || !year_like (&s->toks[j]) || !year_like (&s->toks[j + 2]) ||
      !(_ds_tok_is_punct (&s->toks[j + 1], 0x2013) || _ds_tok_is_punct (&s->toks[j + 1], '-') ||
        _ds_tok_is (&s->toks[j + 1], "to") || _ds_tok_is (&s->toks[j + 1], "hingga") ||
        _ds_tok_is (&s->toks[j + 1], "sampai")))
    return 0;
  *y1 = j, *y2 = j + 2;
  j += 3;
  if (bracket)
    {
      if (j >= e || !_ds_tok_is_punct (&s->toks[j], ')'))
        return 0;
      j++;
    }
  return j;
}

/* The office phrase from @k: "the executive secretary of the commission",
 * "Direktur Jenderal Perikanan Tangkap" — a title of the phrase list
 * facts_office_title, then what it heads (an "of …" or capitalised
 * words) up to the comma, no verb; in English a possessive name and
 * "first" may stand before the title ("Australia's first Ambassador for
 * Cyber Affairs"), and the years it was held may close it ("Menteri Luar
 * Negeri 2014–2024", "… from 2014 to 2024": their first token at
 * *@period, else 0). Returns the comma's token (or @e with @to_end: the
 * office closes the sentence), or 0. */
static guint
office_end (Ctx        *ctx,
            const Sent *s,
            guint       k,
            guint       e,
            gboolean    to_end,
            guint      *period,
            guint      *y1,
            guint      *y2)
{
  guint t = k, n, c, p = 0;

  *period = 0;
  if (t < e && _ds_tok_is (&s->toks[t], "the"))
    t++;
  else if (ctx->english && t + 1 < e && s->toks[t].cap && s->toks[t].type == TOK_WORD && s->toks[t].len > 3 &&
           s->toks[t].p[s->toks[t].len - 2] == '\'' && s->toks[t].p[s->toks[t].len - 1] == 's')
    t += 1 + _ds_tok_is (&s->toks[t + 1], "first");
  if (t >= e || (n = _ds_phrase_at (ctx, s, t, PL_FACTS_OFFICE_TITLE)) == 0)
    return 0;
  /* "the chief trade negotiator of …": a lower-case noun or two may go
   * on the title before what it heads. */
  for (guint m = 0; m < 2 && t + n < e && s->toks[t + n].type == TOK_WORD && !s->toks[t + n].cap &&
                    !(s->toks[t + n].flags & W_FUNCTION) && !s->toks[t + n].verb; m++)
    n++;
  /* "Kepala Bidang Kerja Sama": the title may run on in capitals. */
  for (c = t + n; c < e && c < t + 12 && !_ds_tok_is_punct (&s->toks[c], ','); c++)
    {
      const Tok *w = &s->toks[c];

      if ((p = office_period_end (s, c, e, y1, y2)) > 0 && (p == e || _ds_tok_is_punct (&s->toks[p], ',')))
        {
          *period = c;
          break;
        }
      if ((w->type != TOK_WORD && !_ds_tok_is_punct (w, '-') && !_ds_tok_is_punct (w, '\'') &&
           !_ds_tok_is_punct (w, 0x2019)) || (w->flags & (W_RELATIVE | W_PRONOUN | W_ANAPHOR)) ||
          (w->verb && !(w->flags & W_NOUN) && !w->cap))
        return 0;
    }
  /* The title alone ("the director", "Ketua") names no office. */
  if (c >= t + 12 || c == t + n ||
      !(s->toks[t + n].cap || _ds_tok_is (&s->toks[t + n], "of") || _ds_tok_is (&s->toks[t + n], "at") ||
        _ds_tok_is (&s->toks[t + n], "for")))
    return 0;
  if (*period > 0)
    c = p;
  if (c >= e)
    return to_end && c == e ? e : 0;
  return c;
}

/* A person's name in [@a, comma): two to four capitalised words (an
 * initial's full stop between), then a comma. Returns the comma's token,
 * or 0. */
static guint
person_end (const Sent *s,
            guint       a,
            guint       e)
{
  guint x, y, after = read_name (s, a, e, &x, &y);

  if (after == 0 || x != a || y - x < 2 || y - x > 5 || y >= e || !_ds_tok_is_punct (&s->toks[y], ','))
    return 0;
  for (guint k = x; k < y; k++)
    if ((s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_FUNCTION)) || _ds_tok_is_acronym (&s->toks[k]) ||
        (k + 1 == y && s->toks[k].type != TOK_WORD))
      return 0;
  return y;
}

/* "The executive secretary of the commission, Hanna Lund, said …",
 * "Direktur Jenderal Perikanan Tangkap, Hanna Lund, mengatakan …", and
 * the other way round ("Hanna Lund, the executive secretary of the
 * commission, said …") → "Who is the executive secretary of the
 * commission?" / "Siapa yang menjabat sebagai Direktur Jenderal …?",
 * answered by the name. Then the sentence goes on with a verb. The
 * name and its office may also stand later in the sentence, after a
 * word that opens them ("Menurut Hinsa Siburian, Kepala BSSN pertama,
 * …", "According to Jürgen Stock, the Secretary General of Interpol
 * from 2014 to 2024, …", "… was opened by Doreen Bogdan-Martin,
 * Secretary-General of the ITU."), the office then closing the sentence
 * or followed by a clause. An office held over years, or the first one,
 * is asked in the past ("Who was Australia's first Ambassador …?",
 * "Siapa yang menjabat sebagai Menteri Luar Negeri pada 2014–2024?"). */
static gboolean
find_office_holder (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s), c1 = 0, c2 = 0, name_a = 0, name_b = 0, off_a = 0, off_b = 0, period = 0, y1 = 0, y2 = 0;
  gboolean found = FALSE, later = FALSE, past;
  g_autofree char *office = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  if ((c1 = office_end (ctx, s, 0, e, FALSE, &period, &y1, &y2)) > 0 && (c2 = person_end (s, c1 + 1, e)) > 0)
    {
      off_a = 0, off_b = c1, name_a = c1 + 1, name_b = c2, found = TRUE;
    }
  else if ((c1 = person_end (s, 0, e)) > 0 && (c2 = office_end (ctx, s, c1 + 1, e, FALSE, &period, &y1, &y2)) > 0 &&
           (s->toks[c1 + 1].cap || _ds_tok_is (&s->toks[c1 + 1], "the")))
    {
      name_a = 0, name_b = c1, off_a = c1 + 1, off_b = c2, found = TRUE;
    }
  else
    /* Later in the sentence: after a lower-case word that is no "and",
     * or after a preposition that opens it ("Menurut", "According to"). */
    for (guint p = 1; p + 4 < e && !found; p++)
      {
        const Tok *w = &s->toks[p - 1];

        if (!s->toks[p].cap || w->type != TOK_WORD || (w->flags & (W_CONJ | W_RELATIVE | W_DET)) ||
            (w->cap && !(p == 1 && (w->flags & W_PREP))) ||
            (c1 = person_end (s, p, e)) == 0 ||
            !(s->toks[c1 + 1].cap || _ds_tok_is (&s->toks[c1 + 1], "the")) ||
            (c2 = office_end (ctx, s, c1 + 1, e, TRUE, &period, &y1, &y2)) == 0)
          continue;
        name_a = p, name_b = c1, off_a = c1 + 1, off_b = c2, found = later = TRUE;
      }
  if (!found)
    return FALSE;
  /* "…, Hanna Lund, and her deputy …", "…, Ana Ruiz, Li Wei …": a list
   * of names, not one holder; the sentence goes on with its verb. */
  /* ("…, sering menekankan …": an adverb before the verb.) */
  /* ("…, Duta Besar Swedia untuk Urusan Siber, yang mendorong …": later
   * in the sentence, a relative clause may say what the holder did.) */
  if (!(later && (c2 == e || (c2 + 2 < e && (s->toks[c2 + 1].flags & W_RELATIVE) &&
                              !s->toks[c2 + 2].cap && s->toks[c2 + 2].type == TOK_WORD))) &&
      (c2 + 2 >= e || s->toks[c2 + 1].type != TOK_WORD || s->toks[c2 + 1].cap ||
       ((s->toks[c2 + 1].flags & (W_FUNCTION | W_CONJ)) &&
        !((s->toks[c2 + 1].flags & W_ADV) && !(s->toks[c2 + 1].flags & (W_CONJ | W_CONNECTIVE)) &&
          c2 + 3 < e && s->toks[c2 + 2].type == TOK_WORD && !s->toks[c2 + 2].cap &&
          !(s->toks[c2 + 2].flags & (W_FUNCTION | W_CONJ))))))
    return FALSE;
  if (later && _ds_toks_any_used (s, off_a, off_b))
    return FALSE;
  past = period > 0 || _ds_tok_is (&s->toks[off_a + 1], "first");
  if (period > 0)
    {
      g_autofree char *title = _ds_toks_dup (s, off_a, period);
      g_autofree char *from = _ds_toks_dup (s, y1, y1 + 1);
      g_autofree char *to = _ds_toks_dup (s, y2, y2 + 1);

      office = ctx->english ? g_strdup_printf ("%s from %s to %s", title, from, to) :
                              g_strdup_printf ("%s pada %s–%s", title, from, to);
    }
  else
    office = _ds_toks_dup (s, off_a, off_b);
  /* What the holder said may be asked already ("What did Esi Owusu
   * warn …?"); who holds the office is asked besides, once. */
  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    if (g_strcmp0 (((DsClaim *) ctx->claims->pdata[i])->lead, office) == 0)
      return FALSE;
  if (_ds_tok_is (&s->toks[off_a], "the"))
    office[0] = 't';
  else if (ctx->english && _ds_phrase_at (ctx, s, off_a, PL_FACTS_OFFICE_TITLE) > 0)
    {
      char *the = g_strconcat ("the ", office, NULL);

      g_free (office);
      office = the;
    }
  question = ds_lang_expand (ctx->lang, past ? "question_office_holder_past" : "question_office_holder", "office",
                             office, NULL);
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_EVENT, name_a, name_b);
  claim->question = g_steal_pointer (&question);
  claim->lead = g_steal_pointer (&office);
  _ds_toks_mark_used (s, name_a, name_b);
  return _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* A named account or app                                              */

/* "aplikasi seperti “Safe Travel” juga di luncurkan untuk …" → "Aplikasi apa
 * yang di luncurkan untuk …?" */
static gboolean
find_named_example (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s);
  /* (Set only on the way to a claim: the loop, asked at every word,
   * frees nothing.) */
  g_autofree char *noun = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *prefix = NULL;

  for (guint i = 1; i + 2 < e; i++)
    {
      guint name_a, name_b, after, start, end, c, r;
      DsClaim *claim;

      if (s->toks[i].used || !(s->toks[i].flags & W_CUE_EXAMPLE))
        continue;
      after = read_name (s, i + 1, e, &name_a, &name_b);
      if (after == 0 || after >= e)
        continue;
      /* One name, then the sentence goes on: not "Twitter dan Facebook". */
      if (!_ds_tok_is_punct (&s->toks[after], ',') && !(s->toks[after].flags & (W_ADV | W_AUX)) &&
          !s->toks[after].verb)
        continue;
      start = _ds_np_start (s, 0, i, &end);
      if (start >= end || end != i || !(s->toks[start].flags & W_NAME_NOUN))
        continue;

      r = after;
      while (r < e && (_ds_tok_is_punct (&s->toks[r], ',') ||
                       ((s->toks[r].flags & W_ADV) && !(s->toks[r].flags & W_NOUN) &&
                        !_ds_tok_is (&s->toks[r], "secara"))))
        r++;
      if (e - r < 2)
        continue;

      c = _ds_clause_start (s, start);
      if (ctx->english && c < start)
        continue;
      noun = _ds_phrase_dup (s, start, end, TRUE);
      rest = _ds_toks_dup (s, r, e);
      if (c < start)
        prefix = _ds_capitalize (_ds_phrase_dup (s, c, start, FALSE));

      claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_NAMED, name_a, name_b);
      if (ctx->english)
        claim->question = g_strdup_printf ("Which %s %s?", noun, rest);
      else if (prefix != NULL)
        claim->question = g_strdup_printf ("%s %s apa %s?", prefix, noun, rest);
      else
        claim->question = g_strdup_printf ("%s apa yang %s?", _ds_capitalize (noun), rest);
      claim->lead = g_strdup (noun);
      _ds_toks_mark_used (s, name_a, name_b);
      return _ds_claim_commit (ctx, claim);
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Cloze: one key figure or name                                       */

static gboolean
capitalised_function_word (const Tok *t)
{
  return t->cap && (t->flags & (W_FUNCTION | W_ORDINAL));
}

/* Whether the name at @i starts inside another name that "atau"/"or"
 * gives after a first one ("… Para Pihak atau Declaration on the Conduct
 * of Parties": "Conduct of Parties" after "Declaration on the"): small
 * lower-case words, then capitalised ones (and short small words among
 * them) back to "atau"/"or". A blank
 * there asks half a name. */
static gboolean
alias_name_inside (const Sent *s,
                   guint       i)
{
  guint k = i, small = 0;

  while (k > 0 && small < 3 && s->toks[k - 1].type == TOK_WORD && !s->toks[k - 1].cap)
    k--, small++;
  if (small == 0 || k == 0 || !s->toks[k - 1].cap)
    return FALSE;
  for (guint run = 0; k > 0 && run < 8; run++)
    {
      const Tok *t = &s->toks[--k];

      if (t->type != TOK_WORD)
        return FALSE;
      if (or_word (t))
        return TRUE;
      /* ("Code for Unplanned Encounters at Sea": its small words.) */
      if (!t->cap && t->len > 3)
        return FALSE;
    }
  return FALSE;
}

/* A name worth asking: after "oleh"/"akun", tagged with an acronym, or
 * three capitalised words that are no title-cased sentence. */
static gboolean
name_key (Ctx        *ctx,
          const Sent *s,
          guint       i,
          guint       e,
          gboolean    cued_only,
          guint      *a,
          guint      *b)
{
  guint after = read_name (s, i, e, a, b);
  gboolean tagged;

  if (after == 0 || i == 0 || s->toks[i].p[0] == '@' || _ds_tok_is_punct (&s->toks[i], 0x201C))
    return FALSE;
  if (alias_name_inside (s, i))
    return FALSE;
  /* "Al Busri (2021)": an author cited, not an actor. */
  if (after + 1 < e && _ds_tok_is_punct (&s->toks[after], '(') && s->toks[after + 1].type == TOK_NUMBER)
    return FALSE;
  for (guint k = *a; k < *b; k++)
    if (capitalised_function_word (&s->toks[k]) || s->toks[k].used)
      return FALSE;
  if (ctx->topic != NULL && s->toks[*a].p[0] == ctx->topic[0] &&
      strncmp (s->toks[*a].p, ctx->topic, strlen (ctx->topic)) == 0)
    return FALSE;

  tagged = after + 2 < e && (_ds_tok_is_punct (&s->toks[after], '[') || _ds_tok_is_punct (&s->toks[after], '(')) &&
           s->toks[after + 1].type == TOK_WORD &&
           g_ascii_isupper (s->toks[after + 1].p[s->toks[after + 1].len - 1]) &&
           (_ds_tok_is_punct (&s->toks[after + 2], ']') || _ds_tok_is_punct (&s->toks[after + 2], ')'));
  if (tagged)
    {
      *b = after + 3;
      return TRUE;
    }
  /* "Keputusan Kepala Badan Nomor 12 Tahun 2024": a rule's name ends
   * with its number and year, not before them. */
  /* ("Ringkasan Kebijakan No. 07/2025", "Circular No. 12/PB/2024": its
   * point, and every part of the number joined by slashes.) */
  if (*b + 1 < e && (_ds_tok_is (&s->toks[*b - 1], "nomor") || _ds_tok_is (&s->toks[*b - 1], "no")) &&
      _ds_tok_is_punct (&s->toks[*b], '.') && s->toks[*b + 1].type == TOK_NUMBER)
    {
      *b += 2;
      while (*b + 1 < e && _ds_tok_is_punct (&s->toks[*b], '/') && s->toks[*b + 1].type != TOK_PUNCT &&
             s->toks[*b - 1].p + s->toks[*b - 1].len == s->toks[*b].p)
        *b += 2;
    }
  if (*b < e && (_ds_tok_is (&s->toks[*b - 1], "nomor") || _ds_tok_is (&s->toks[*b - 1], "no")) &&
      s->toks[*b].type == TOK_NUMBER)
    {
      (*b)++;
      if (*b + 1 < e && _ds_tok_is (&s->toks[*b], "tahun") && s->toks[*b + 1].type == TOK_NUMBER)
        *b += 2;
    }
  if (cued_only)
    return (s->toks[i - 1].flags & W_NAME_NOUN) != 0 && *b - *a >= 2;
  return *b - *a >= 3;
}

/* A title-cased sentence ("Media Sosial Kini Telah Memainkan …") has no
 * names to pick out. */
static gboolean
title_cased (const Sent *s)
{
  guint words = 0, caps = 0;

  for (guint i = 0; i < s->n; i++)
    if (s->toks[i].type == TOK_WORD)
      {
        words++;
        caps += s->toks[i].cap;
      }
  return caps * 2 > words;
}

static gboolean
possessive (const Tok *t)
{
  return _ds_tok_is (t, "its") || _ds_tok_is (t, "their") || _ds_tok_is (t, "his") ||
         _ds_tok_is (t, "her") || _ds_tok_is (t, "our");
}

/* Whether a number stands in [@k, @at) before any comma. */
static gboolean
figure_follows (const Sent *s,
                guint       k,
                guint       at)
{
  for (; k < at && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].type == TOK_NUMBER)
      return TRUE;
  return FALSE;
}

/* Whether "it" at @at is the subject of the clause that starts at @lo:
 * only an adverbial of time or place ("In 2020", "In ___") stands before
 * it. After another noun ("The forum … share its experience"), "it" may
 * mean that noun. */
static gboolean
opens_clause (const Sent *s,
              guint       lo,
              guint       at,
              guint       a,
              guint       b)
{
  /* "laboratorium forensiknya dipindahkan …": "-nya" may end the clause's
   * first noun phrase. */
  if (_ds_tok_ends_nya (&s->toks[at]))
    while (at > lo && !(at - 1 >= a && at - 1 < b) && _ds_tok_nounish (&s->toks[at - 1]) &&
           (!s->toks[at - 1].cap || at - 1 == lo))
      at--;
  if (at == lo)
    return TRUE;
  if (!(s->toks[lo].flags & W_PREP))
    return FALSE;
  /* "Since the late 1990s, its government …": an adverbial of time may
   * hold lower-case words before its figure. */
  for (guint k = lo + 1; k < at; k++)
    if (!(k >= a && k < b) && s->toks[k].type == TOK_WORD && !s->toks[k].cap && !figure_follows (s, k, at))
      return FALSE;
  return TRUE;
}

/* "Dalam kasus ini,", "In this case,": an adverbial that points at the
 * sentence before; its words, or 0. */
static guint
pointed_adverbial (const Sent *s,
                   guint       lo,
                   guint       a)
{
  const Tok *t = &s->toks[lo];
  /* "Menjawab desakan tersebut,", "Responding to this pressure,": a
   * clause with no subject, opened by its verb, that points back too. */
  gboolean opening_verb = t->type == TOK_WORD && t->len > 5 && lo == 0 &&
                          (s->english ? ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0
                                      : t->verb && ds_ascii_strncasecmp (t->p, "me", 2) == 0);

  if (!(t->flags & W_PREP) && !opening_verb)
    return 0;
  for (guint k = lo + 1; k < a && k <= lo + 3; k++)
    if ((s->toks[k].flags & W_ANAPHOR) && k + 1 < a && _ds_tok_is_punct (&s->toks[k + 1], ','))
      return k + 1 - lo;
  /* (The verb's clause is longer: "Menanggapi serangan ransomware global
   * tersebut,", "Responding to this pressure,".) */
  for (guint k = lo + 1; opening_verb && k + 1 < a && k <= lo + 5; k++)
    if ((s->toks[k].flags & W_ANAPHOR) &&
        (_ds_tok_is_punct (&s->toks[k + 1], ',') ||
         (k + 2 < a && s->toks[k + 1].type == TOK_WORD && _ds_tok_is_punct (&s->toks[k + 2], ','))))
      return k + 1 + !_ds_tok_is_punct (&s->toks[k + 1], ',') - lo;
  return 0;
}

/* "Komisi menetapkan dua prioritas. Pertama, mempercepat ratifikasi …",
 * "First, speeding up the ratification …": an item of an ordinal list
 * that opens on its verb has no subject of its own; what it is an item
 * of is the sentence that opened the list, which the card quotes before
 * it, with its ordinal (the intro, a space, "Pertama, "), else NULL.
 * @lo is where the sentence starts, @past where it starts past its
 * opening link. */
static char *
ordinal_lead (Ctx        *ctx,
              const Sent *s,
              guint       lo,
              guint       past)
{
  const OrdinalSeq *seq = &ctx->ordinals;
  const Tok *verb = &s->toks[past];
  g_autofree char *intro = NULL;
  guint words = 0;

  if (past <= lo || past >= s->n || !(s->toks[lo].flags & W_ORDINAL) || seq->claim == NULL ||
      !seq->has_intro || seq->intro.p == NULL || seq->intro.block != s->block || verb->type != TOK_WORD ||
      verb->cap || !(verb->verb || (ctx->english && verb->len > 5 && g_str_has_prefix (verb->p + verb->len - 3, "ing"))) ||
      (verb->flags & (W_NOUN | W_FUNCTION | W_AUX)))
    return NULL;
  for (const char *q = seq->intro.p; q < seq->intro.end; q++)
    words += *q == ' ';
  /* (A long intro would bury the item.) */
  if (words > 24)
    return NULL;
  intro = g_strndup (seq->intro.p, seq->intro.end - seq->intro.p);
  g_strstrip (intro);
  return g_strdup_printf ("%s %.*s", intro, (int) (verb->p - s->toks[lo].p), s->toks[lo].p);
}

/* "… rests on three instruments. The first is development aid …,
 * established in ___", "Yang kedua adalah …": an item of an ordinal list
 * whose subject is the ordinal alone (an article or "yang", the ordinal,
 * then "is"/"adalah") says the first of what only in the sentence that
 * opened the list, which the card quotes before it (the intro and a
 * space), else NULL. */
static char *
ordinal_subject_lead (Ctx        *ctx,
                      const Sent *s,
                      guint       lo)
{
  const OrdinalSeq *seq = &ctx->ordinals;
  guint k = lo;

  if (seq->claim == NULL || !seq->has_intro || seq->intro.p == NULL || seq->intro.block != s->block)
    return NULL;
  if (k < s->n && (_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_RELATIVE)))
    k++;
  if (k == lo || k + 2 >= s->n || !(s->toks[k].flags & W_ORDINAL) || !(s->toks[k + 1].flags & W_CUE_DEF))
    return NULL;
  return g_strdup_printf ("%.*s ", (int) (seq->intro.end - seq->intro.p), seq->intro.p);
}

static guint
past_opening_link (Ctx        *ctx,
                   const Sent *s,
                   guint       lo,
                   guint       a)
{
  guint n = _ds_phrase_at (ctx, s, lo, PL_SENTENCE_LINK);

  /* "So far, ___ have ratified …", "Sejauh ini …": an opening that says
   * as of when the figure holds is no link to the sentence before, and
   * no word of it is dropped (phrase list facts5_kept_opening). */
  if (_ds_phrase_at (ctx, s, lo, PL_FACTS5_KEPT_OPENING) > 0)
    return lo;
  if (n == 0 && (s->toks[lo].flags & (W_ORDINAL | W_CONNECTIVE)) && s->toks[lo].type == TOK_WORD)
    n = 1;
  if (n == 0)
    n = pointed_adverbial (s, lo, a);
  if (n > 0 && lo + n + 1 < a && _ds_tok_is_punct (&s->toks[lo + n], ','))
    return lo + n + 1;
  /* "Selain itu Peran Aktif …": the link without its comma. */
  if (n > 0 && lo + n < a && s->toks[lo + n].cap && _ds_phrase_at (ctx, s, lo, PL_SENTENCE_LINK) == n)
    return lo + n;
  /* "Kemudian diluncurkan …", "Then the council …": a step after the
   * sentence before, which the card does not show. */
  n = _ds_phrase_at (ctx, s, lo, PL_TIME_LINK);
  /* "Lalu lintas kapal tumbuh …": a noun that opens on a link's word
   * (the phrase list facts_link_compound) is no link. */
  if (n > 0 && _ds_phrase_at (ctx, s, lo, PL_FACTS_LINK_COMPOUND) > n)
    n = 0;
  if (n > 0 && lo + n + 1 < a)
    return lo + n + (_ds_tok_is_punct (&s->toks[lo + n], ',') ? 1 : 0);
  /* "And the share dropped to ___", "Tetapi jumlah pengirim tetap ___":
   * a conjunction that opens the sentence joins it to the one before,
   * which the card does not show (the phrase list opening_conj; not "If",
   * "Hingga", whose clause it would change); "Dan pada ___, tim itu …"
   * keeps the preposition its blank needs. */
  if (lo == 0 && _ds_phrase_at (ctx, s, lo, PL_OPENING_CONJ) == 1 && lo + 1 < a)
    return lo + 1 + (_ds_tok_is_punct (&s->toks[lo + 1], ',') ? 1 : 0);
  return lo;
}

/* "Diresmikan pada ___.": how many words a blank stands among; under
 * three say too little of what is asked. */
static guint
words_around (const Sent *s,
              guint       lo,
              guint       hi,
              guint       a,
              guint       b)
{
  guint n = 0;

  for (guint k = lo; k < hi; k++)
    n += (k < a || k >= b) && s->toks[k].type == TOK_WORD;
  return n;
}

/* The text of tokens [@from, @at), then @name where "it" stood. */
static void
append_naming (GString    *body,
               const Sent *s,
               guint       from,
               guint       at,
               const char *name)
{
  g_string_append_len (body, s->toks[from].p, s->toks[at].p - s->toks[from].p);
  g_string_append (body, name);
}

/* Whether [@a, @b) stands between two capitalised words of one name
 * (no punctuation, the one before no function word: "Pada 2016 Mahkamah
 * …" is no name), or is a name whose year follows it. */
static gboolean
inside_name (const Sent *s,
             guint       a,
             guint       b)
{
  const Tok *before = a > 0 ? &s->toks[a - 1] : NULL;
  const Tok *after = b < s->n ? &s->toks[b] : NULL;

  /* "Konferensi PBB tentang _____" of "… tentang Perdagangan dan
   * Pembangunan (UNCTAD)". */
  if (a >= 2 && s->toks[a - 2].cap && s->toks[a - 2].type == TOK_WORD && !before->cap &&
      name_runs_to_acronym (s, a - 1, s->n) > a)
    return TRUE;
  if (before != NULL && after != NULL && before->type == TOK_WORD && after->type == TOK_WORD &&
      before->cap && after->cap && !(before->flags & W_FUNCTION) && !(after->flags & W_FUNCTION) &&
      (a - 1 > 0 || s->toks[a].cap))
    return TRUE;
  /* "the University of _____ Surabaya" */
  if (a >= 2 && after != NULL && _ds_tok_is (before, "of") && s->toks[a - 2].cap && s->toks[a - 2].type == TOK_WORD &&
      after->type == TOK_WORD && after->cap && !(after->flags & W_FUNCTION))
    return TRUE;
  return after != NULL && after->type == TOK_NUMBER && after->len == 4 && s->toks[b - 1].cap &&
         s->toks[b - 1].type == TOK_WORD && !(s->toks[b - 1].flags & (W_FUNCTION | W_MONTH)) &&
         (b + 1 >= s->n || s->toks[b + 1].type != TOK_NUMBER) && g_ascii_isdigit (*after->p);
}

static gboolean
range_dash (const Tok *t)
{
  return _ds_tok_is_punct (t, '-') || _ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, 0x2014);
}

/* "the Tromso Declaration on the _____" (of "… on the Protection of
 * Small-Scale Fishers"), "Dialog Oslo tentang _____": a capitalised key
 * after "on", "of", "tentang" … (and "the") that a capitalised word
 * before them governs is the tail of that name; the blank cuts the name
 * in two. */
static gboolean
name_tail (Ctx        *ctx,
           const Sent *s,
           guint       a)
{
  guint k = a;

  if (a >= s->n || !s->toks[a].cap || s->toks[a].type != TOK_WORD || (s->toks[a].flags & W_MONTH))
    return FALSE;
  if (k > 0 && _ds_tok_is (&s->toks[k - 1], "the"))
    k--;
  /* (The phrase list name_tail_prep: "on", "of", "tentang" join a
   * name's parts; "melalui", "in" do not.) */
  if (k < 2 || s->toks[k - 1].cap || _ds_phrase_at (ctx, s, k - 1, PL_NAME_TAIL_PREP) != 1)
    return FALSE;
  return s->toks[k - 2].type == TOK_WORD && s->toks[k - 2].cap && !(s->toks[k - 2].flags & (W_FUNCTION | W_MONTH)) &&
         (k - 2 > 0 || !_ds_tok_is_article (&s->toks[k - 2]));
}

/* "_____–2002: gagal …", "2001–_____": one end of a range, whose other
 * end gives it away and which names nothing alone. */
static gboolean
range_end (const Sent *s,
           guint       a,
           guint       b)
{
  return (b + 1 < s->n && range_dash (&s->toks[b]) && s->toks[b + 1].type == TOK_NUMBER) ||
         (a >= 2 && range_dash (&s->toks[a - 1]) && s->toks[a - 2].type == TOK_NUMBER);
}

/* ------------------------------------------------------------------ */
/* What a blank may be                                                 */

/* Tokens before a blank that a deadline's cue stands in at most
 * ("paling lambat | Jumat, 26 September"). */
#define LIMIT_CUE_REACH 4

/* Whether a figure (a token of digits) stands in [@a, @b). */
gboolean
_ds_figure_in (const Sent *s,
               guint       a,
               guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_NUMBER)
      return TRUE;
  return FALSE;
}

static gboolean
holds_month (const Sent *s,
             guint       a,
             guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].flags & W_MONTH)
      return TRUE;
  return FALSE;
}

/* Whether the number at @k tells a time of day: after "jam", "pukul"
 * (phrase list blank_clock_before), before "WIB", "pm", "UTC"
 * (blank_clock_after), or written "23:59". */
static gboolean
clock_time_at (Ctx        *ctx,
               const Sent *s,
               guint       k)
{
  if (s->toks[k].type != TOK_NUMBER)
    return FALSE;
  if (k > 0 && _ds_phrase_at (ctx, s, k - 1, PL_BLANK_CLOCK_BEFORE) == 1)
    return TRUE;
  if (k + 1 < s->n && _ds_phrase_at (ctx, s, k + 1, PL_BLANK_CLOCK_AFTER) > 0)
    return TRUE;
  return k + 2 < s->n && _ds_tok_is_punct (&s->toks[k + 1], ':') && s->toks[k + 2].type == TOK_NUMBER &&
         s->toks[k + 1].p == s->toks[k].p + s->toks[k].len && s->toks[k + 2].len == 2;
}

/* Tokens a subject takes before its verb, at most, for a task's noun to
 * be in it. */
#define TASK_SUBJECT_MAX_TOKENS 5

/* Whether the sentence's subject, before the blank at @a, is the course's
 * own task ("Esai ditulis …", "Presentasi kelompok berlangsung …", "Late
 * submissions lose …": phrase list blank_task_noun), no name in it: what
 * it says of its length, time or marks is the course's logistics. */
static gboolean
task_subject (Ctx        *ctx,
              const Sent *s,
              guint       a)
{
  guint lead = _ds_clause_opening (s);
  gboolean head = TRUE;

  if (lead == G_MAXUINT)
    return FALSE;
  for (guint k = lead; k < a && k < lead + TASK_SUBJECT_MAX_TOKENS; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || (k > lead && t->cap) || (t->verb && !(t->flags & W_NOUN)) || (t->flags & W_AUX))
        return FALSE;
      if (t->flags & (W_DET | W_QUANT))
        continue;
      /* The subject's head: its first word in Indonesian ("Presentasi
       * kelompok"; "Gugus tugas" is a task force), any in English
       * ("Each group presentation", "Late submissions"). */
      if ((head || ctx->english) && _ds_phrase_at (ctx, s, k, PL_BLANK_TASK_NOUN) == 1)
        return TRUE;
      head = FALSE;
    }
  return FALSE;
}

/* The administrative detail of a task or a document, no claim of the
 * essay: any figure said of the course's task, a time of day, or any figure of a clause that sets one
 * ("dikumpulkan paling lambat 26 September, jam 23.59"); a length in
 * words or pages ("maksimal 1.500 kata", "no more than 1,500 words":
 * blank_admin_unit); a day and month without a year after a deadline's
 * cue ("paling lambat 26 September", "due by 3 October":
 * blank_deadline_cue; a year is a policy's target, "by 2030", and a
 * span a law's duty, "paling lambat 3 x 24 jam"); the number of a document's part or page
 * ("dokumen nomor 12", "on page 45": text_part, in lower case; "Undang-
 * Undang Nomor 27" is a law's name). */
static gboolean
administrative (Ctx        *ctx,
                const Sent *s,
                DsClaimRule rule,
                guint       a,
                guint       b)
{
  guint lo = _ds_clause_start (s, a), hi = b, k;

  if (task_subject (ctx, s, a))
    return TRUE;
  if (!_ds_figure_in (s, a, b))
    return FALSE;
  while (hi < s->n && !_ds_tok_is_punct (&s->toks[hi], ';') && !_ds_tok_is_punct (&s->toks[hi], '.'))
    hi++;
  for (k = lo; k < hi; k++)
    if (clock_time_at (ctx, s, k) && !_ds_toks_any_year (s, a, b))
      return TRUE;
  if (_ds_phrase_at (ctx, s, b - 1, PL_BLANK_ADMIN_UNIT) == 1 ||
      (b < s->n && _ds_phrase_at (ctx, s, b, PL_BLANK_ADMIN_UNIT) == 1))
    return TRUE;
  if (holds_month (s, a, b) && !_ds_toks_any_year (s, a, b))
    for (k = a > LIMIT_CUE_REACH ? a - LIMIT_CUE_REACH : 0; k < a; k++)
      if (_ds_phrase_at (ctx, s, k, PL_BLANK_DEADLINE_CUE) > 0)
        return TRUE;
  k = a;
  if (k > 1 && _ds_tok_is_punct (&s->toks[k - 1], '.'))
    k--;
  return rule != DS_CLAIM_RULE_LAW && k > 0 && !s->toks[k - 1].cap && s->toks[a].type == TOK_NUMBER &&
         _ds_word_in_either (&s->toks[k - 1], "text_part");
}

/* Whether a figure's blank [@a, @b) stands in the source an opening
 * names ("Menurut laporan tahun 2018, …", "According to a 2018 survey,
 * …"): the year tells which report, not what it found. (A year in a
 * relative clause, ", which UNESCO inscribed in 2011,", dates a claim of
 * its own and stays.) */
static gboolean
figure_in_source (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b)
{
  guint close = b, lead = _ds_clause_opening (s);

  /* (A year alone: "According to Article 12," names the rule asked.) */
  if (lead >= a || b != a + 1 || !year_like (&s->toks[a]) || _ds_clause_start (s, a) > lead)
    return FALSE;
  while (close < s->n && s->toks[close].type != TOK_PUNCT)
    close++;
  return close < s->n && _ds_tok_is_punct (&s->toks[close], ',') &&
         _ds_phrase_at (ctx, s, lead, PL_CLAUSE_ATTRIB) > 0;
}

/* "the Soft Power _____ index", "Society _____": a figure right after a
 * capitalised word of content is part of a name, which a blank splits;
 * not after a month, a currency ("EUR 3.2 million", any code in
 * capitals: "KTT 2018" dates the summit) or "Tahun", nor a year. */
static gboolean
figure_ends_name (const Sent *s,
                  guint       a)
{
  const Tok *before;

  if (a < 2 || s->toks[a].type != TOK_NUMBER)
    return FALSE;
  before = &s->toks[a - 1];
  return before->type == TOK_WORD && before->cap && !(before->flags & (W_FUNCTION | W_MONTH | W_CURRENCY)) &&
         !_ds_tok_is (before, "tahun") && !_ds_tok_is (before, "year") && !year_like (&s->toks[a]) &&
         !ds_utf8_all_capitals (before->p, before->len) && before->p + before->len < s->toks[a].p;
}

/* "Sebagai bahan awal, baca bab tentang …", "Read the chapter on …": a
 * clause that opens on the course's instruction (phrase list
 * blank_instruction_verb) before the blank at @a tells the student what
 * to do, no claim to ask. */
static gboolean
instruction (Ctx        *ctx,
             const Sent *s,
             guint       a)
{
  guint k = _ds_clause_start (s, a);

  return k < a && _ds_phrase_at (ctx, s, k, PL_BLANK_INSTRUCTION_VERB) == 1 &&
         (k == 0 || !_ds_tok_is_punct (&s->toks[k - 1], ',') || _ds_clause_opening (s) == G_MAXUINT ||
          _ds_clause_start (s, k - 1) <= _ds_clause_opening (s));
}

/* "A survey … carried out by the Lowy Institute in _____ found that …",
 * "Kajian BRIN yang diterbitkan pada _____ menyimpulkan bahwa …": the
 * date a study (phrase list study_noun) came out, between its noun and
 * the verb of its finding (finding_verb, then "that"/"bahwa"), says
 * which study; what it found is the claim (ds-claims-sources.c). */
static gboolean
study_date (Ctx        *ctx,
            const Sent *s,
            guint       a,
            guint       b)
{
  guint c = _ds_clause_start (s, a), k;
  gboolean study = FALSE;

  if (!(s->toks[a].type == TOK_NUMBER || (s->toks[a].flags & W_MONTH)) || !_ds_figure_in (s, a, b))
    return FALSE;
  for (k = c; k < a && !study; k++)
    study = _ds_phrase_at (ctx, s, k, PL_STUDY_NOUN) > 0;
  if (!study)
    return FALSE;
  for (k = b; k < s->n && k < b + 8; k++)
    {
      if (s->toks[k].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k], ')'))
        return FALSE;
      if ((s->toks[k].flags & W_REPORT) && _ds_lexicon_other_forms (ctx, &s->toks[k], "finding_verb") != NULL)
        return k + 1 < s->n && ((s->toks[k + 1].flags & W_THAT) ||
                                (k + 2 < s->n && (s->toks[k + 1].flags & W_ADV) && (s->toks[k + 2].flags & W_THAT)));
    }
  return FALSE;
}

/* Whether the blank [@a, @b) is what its sentence is about, the one test
 * every rule's blank passes: no administrative detail of a task or a
 * document, no figure that names the source an opening cites, no figure
 * that belongs to a name, nothing of a course's instruction. A law's number the rule asks as the law's name, and
 * a founding year its clause states, stay. */
static gboolean
blank_salient (Ctx         *ctx,
               const Sent  *s,
               DsClaimRule  rule,
               guint        a,
               guint        b)
{
  return !administrative (ctx, s, rule, a, b) && !figure_in_source (ctx, s, a, b) && !figure_ends_name (s, a) &&
         !instruction (ctx, s, a) && !study_date (ctx, s, a, b);
}

void
_ds_commit_cloze (Ctx         *ctx,
                  const Sent  *s,
                  DsClaimRule  rule,
                  guint        a,
                  guint        b)
{
  DsClaim *claim;
  guint lo = 0, hi = _ds_body_end (s), named_at, named_end = 0;
  g_autofree char *named = NULL;
  g_autofree char *lead = NULL;
  gboolean lower = FALSE, dated = FALSE;
  GString *body;

  /* "Universitas _____ Mada", "Universitas _____ Surabaya" (a date in a
   * name), "_____ 2045" (of "Visi Indonesia Emas 2045"): a blank that
   * cuts a name in two. */
  if (inside_name (s, a, b) || range_end (s, a, b) || name_tail (ctx, s, a) || !blank_salient (ctx, s, rule, a, b))
    return;
  claim = _ds_fact_new (ctx, s, rule, a, b);

  /* A long sentence: the clause around the key is enough to ask it, when
   * it says what it is about ("Founded in ___" does not). */
  if (s->n > CLOZE_MAX_TOKENS)
    {
      lo = _ds_clause_start (s, a);
      hi = b;
      while (hi < s->n && !_ds_tok_is_punct (&s->toks[hi], ',') && !_ds_tok_is_punct (&s->toks[hi], ';'))
        hi++;
      /* ", known as the ___,": a clause that opens in lower case after a
       * comma leans on the noun before it. */
      /* "In _____ the Council formally adopted, after three years of
       * talks, …": a clause cut at a comma right after its verb lacks
       * the verb's object. */
      if (hi - lo < 6 || s->toks[lo].verb ||
          (hi < s->n && hi > b && (s->toks[hi - 1].verb || (s->toks[hi - 1].flags & W_AUX))) ||
          (lo > 1 && _ds_tok_is_punct (&s->toks[lo - 1], ',') && !s->toks[lo].cap &&
           !(s->toks[lo].flags & (W_CONNECTIVE | W_PREP | W_CONJ))))
        lo = 0, hi = s->n;
      /* "…, in which Norway holds about ___ of the quota", "…, di mana
       * …" (the phrase list facts3_relative_opening): a relative clause
       * leans on the body named before its comma, whose clause opens the
       * stem. */
      else if (lo > 1 && _ds_tok_is_punct (&s->toks[lo - 1], ',') &&
               _ds_phrase_at (ctx, s, lo, PL_FACTS3_RELATIVE_OPENING) > 0)
        lo = _ds_clause_start (s, lo - 2);
    }
  else
    hi = s->n;
  /* "… in 2011 and, by its own account, saw …", "… pada 2030; dan" (a
   * line of a list in one sentence): a conjunction where the clause was
   * cut, and the comma or semicolon before it, end no stem ("… in _____
   * and"). */
  while (hi > b && ((s->toks[hi - 1].type == TOK_WORD && (s->toks[hi - 1].flags & W_CONJ)) ||
                    _ds_tok_is_punct (&s->toks[hi - 1], ',') || _ds_tok_is_punct (&s->toks[hi - 1], ';')))
    hi--;
  /* "Karena itu, …", "However, …", "Ketiga, …": what links the sentence
   * to the ones around it means nothing on a card of its own. */
  lead = ordinal_lead (ctx, s, lo, past_opening_link (ctx, s, lo, a));
  lo = past_opening_link (ctx, s, lo, a);
  if (lead == NULL)
    lead = ordinal_subject_lead (ctx, s, lo);
  /* "It has ___ member states": the name "it" stands for, when the
   * sentence before began with it. */
  for (named_at = lo; named_at < hi && named == NULL; named_at++)
    {
      if (named_at >= a && named_at < b)
        continue;
      if ((named = _ds_anaphor_at (ctx, s, named_at, &named_end)) != NULL &&
          ((named_at < a && named_end > a) ||
           (((s->toks[named_at].flags & W_PRONOUN) || _ds_tok_ends_nya (&s->toks[named_at])) &&
            !opens_clause (s, lo, named_at, a, b) && !_ds_person_pronoun (ctx, s, named_at))))
        g_clear_pointer (&named, g_free);
    }
  named_at--;
  /* "Its 2015 report set out ___", "Mereka mengidentifikasi ___",
   * "Ketiganya dinilai …": who "it" is stands in another sentence. */
  if ((named == NULL && ((s->toks[lo].flags & (W_PRONOUN | W_ANAPHOR)) || possessive (&s->toks[lo]) ||
                          (_ds_tok_ends_nya (&s->toks[lo]) && !(s->toks[lo].flags & (W_CONNECTIVE | W_ADV)) &&
                           _ds_phrase_at (ctx, s, lo, PL_POSSESSIVE_SUFFIX_FREE) == 0))) ||
      (s->n > 2 * CLOZE_MAX_TOKENS && lo == 0 && hi == s->n) ||
      words_around (s, lo, hi, a, b) + (named != NULL ? 2 : 0) < 3)
    {
      ds_claim_unref (claim);
      return;
    }

  /* "Jan 2018 — Australia takes over the _____ from …", "1998: Stasiun
   * orbit bersama mulai dirakit oleh _____.": a note's date before its
   * clause is when the clause holds, said as a sentence says it ("In
   * January 2018, Australia takes over …", template cloze_date_opening),
   * not kept raw before it. */
  if (lead == NULL && named == NULL && lo == 0)
    {
      guint when = _ds_read_date (s, 0, a);

      if (when == 0 && a > 1 && _ds_tok_is_year (&s->toks[0]))
        when = 1;
      if (when > 0 && when + 1 < a && s->toks[when + 1].type == TOK_WORD &&
          (_ds_tok_is_punct (&s->toks[when], ':') || _ds_tok_is_punct (&s->toks[when], 0x2013) ||
           _ds_tok_is_punct (&s->toks[when], 0x2014) || _ds_tok_is_punct (&s->toks[when], DS_ARROW) ||
           (_ds_tok_is_punct (&s->toks[when], '-') && s->toks[when].p[-1] == ' ')))
        {
          const Tok *t = &s->toks[when + 1];
          g_autofree char *first = _ds_phrase_dup (s, when + 1, when + 2, TRUE);
          gboolean article = _ds_tok_is_article (t) || (t->flags & W_DET);

          /* Only where the clause's first word is sure to read in the
           * middle of a sentence: an article ("The secretariat" → "the
           * secretariat"), a name _ds_phrase_dup() keeps ("Australia",
           * "Coral Sea"); not a verb with no subject ("1996: ratified by
           * all _____"), nor a capital that may be a name or the line's
           * ("Nauru invoked …", "Kawanan belalang …"). */
          if (t->cap ? (article || first[0] == t->p[0]) : article)
            {
              g_autofree char *date = _ds_toks_dup (s, 0, when);

              lead = ds_lang_expand (ctx->lang, "cloze_date_opening", "date", date, NULL);
              lo = when + 1;
              lower = t->cap && article;
              dated = TRUE;
            }
        }
    }

  body = g_string_new (NULL);
  if (named != NULL && named_at < a)
    {
      append_naming (body, s, lo, named_at, named);
      /* What stood between the name's words and the next ("the accord,
       * and": no space before the comma). */
      g_string_append_len (body, s->toks[named_end - 1].p + s->toks[named_end - 1].len,
                           s->toks[named_end].p - (s->toks[named_end - 1].p + s->toks[named_end - 1].len));
      lo = named_end;
    }
  g_string_append_len (body, s->toks[lo].p, s->toks[a].p - s->toks[lo].p);
  g_string_append (body, DS_CARD_BLANK);
  if (named != NULL && named_at >= b)
    {
      g_string_append_len (body, s->toks[b - 1].p + s->toks[b - 1].len,
                           s->toks[named_at].p - (s->toks[b - 1].p + s->toks[b - 1].len));
      append_naming (body, s, named_at, named_at, named);
      b = named_end;
    }
  g_string_append_len (body, s->toks[b - 1].p + s->toks[b - 1].len,
                       s->toks[hi - 1].p + s->toks[hi - 1].len - (s->toks[b - 1].p + s->toks[b - 1].len));
  g_free (claim->body);
  if (lead != NULL)
    {
      g_autofree char *text = g_string_free (body, FALSE);

      if (lower && (guchar) text[0] < 0x80)
        text[0] = ds_ascii_tolower (text[0]);
      claim->body = g_strconcat (lead, dated ? " " : "", text, NULL);
    }
  else
    claim->body = _ds_capitalize (g_string_free (body, FALSE));
  _ds_claim_commit (ctx, claim);
}

static gboolean
announces_list (Ctx        *ctx,
                const Sent *s)
{
  guint e = s->n;

  /* "Here are six things worth knowing.", "Inilah lima alasannya.": the
   * opening says a list follows. */
  if (_ds_phrase_at (ctx, s, 0, PL_LIST_ANNOUNCER) > 0)
    return TRUE;

  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[e - 1], ':'))
    e--;
  if (e > 0 && _ds_tok_is_punct (&s->toks[e - 1], ':'))
    return TRUE;
  for (guint i = 0; i < e; i++)
    if (_ds_tok_is (&s->toks[i], "berikut") || _ds_tok_is (&s->toks[i], "following"))
      return TRUE;
  return FALSE;
}

/* The weightiest figure of the sentence: a scale, percent, money or unit
 * first, then a date, then any figure worth asking. */
/* "memuat sebelas norma sukarela": a number written as a word, five or
 * more, with what it counts. */
/* Whether a word of content (no function word, auxiliary, adverb,
 * determiner or pronoun) stands in [0, @e) outside [@a, @b). */
static gboolean
content_word_outside (const Sent *s,
                      guint       a,
                      guint       b,
                      guint       e)
{
  for (guint k = 0; k < e; k++)
    if ((k < a || k >= b) && s->toks[k].type == TOK_WORD && !_ds_tok_is (&s->toks[k], "there") &&
        !(s->toks[k].flags & (W_FUNCTION | W_AUX | W_ADV | W_DET | W_PREP | W_CONJ | W_PRONOUN | W_ANAPHOR | W_CUE_DEF)))
      return TRUE;
  return FALSE;
}

/* "paling cepat dapat diisi tiga hari sebelum tanggal kedatangan",
 * "must be answered within two weeks", "no later than four months after
 * the vote": a span below five written as a word is a time limit when a
 * unit of time (phrase list salience_span_unit) follows its count and
 * either "sebelum", "setelah", "sesudah", "before", "after" follows the
 * unit or a limit's cue (phrase list salience_limit_cue: "dalam",
 * "paling lambat", "within", "no later than") stands right before the
 * count. The blank's end past the unit (and past a bracket that restates
 * it: "tiga hari (72 jam)", which the stem would give away), else 0. */
static guint
span_limit_end (Ctx        *ctx,
                const Sent *s,
                guint       i,
                guint       e)
{
  guint n = _ds_phrase_at (ctx, s, i + 1, PL_SALIENCE_SPAN_UNIT), b, k;
  gboolean cue = FALSE;

  if (n == 0 || (b = i + 1 + n) > e)
    return 0;
  k = b;
  if (k < e && _ds_tok_is_punct (&s->toks[k], '('))
    {
      for (k = b + 1; k < e && k <= b + 5 && !_ds_tok_is_punct (&s->toks[k], ')'); k++)
        ;
      if (k >= e || !_ds_tok_is_punct (&s->toks[k], ')'))
        return 0;
      k++;
    }
  /* ("dalam dua tahun terakhir", "dalam tiga tahun ke depan", "dalam
   * empat tahun pertama, …", "Within two years, …": a span back from
   * now or on from now, the first years of a thing, and a span that
   * opens the sentence's setting before a comma are no limit of what
   * is done.) */
  if (k < e && (_ds_tok_is (&s->toks[k], "terakhir") || _ds_tok_is (&s->toks[k], "belakangan") ||
                _ds_tok_is (&s->toks[k], "ke") || _ds_tok_is (&s->toks[k], "mendatang") ||
                _ds_tok_is (&s->toks[k], "pertama") || _ds_tok_is (&s->toks[k], "first") ||
                _ds_tok_is_punct (&s->toks[k], ',')))
    return 0;
  if (k < e && (_ds_tok_is (&s->toks[k], "sebelum") || _ds_tok_is (&s->toks[k], "setelah") ||
                _ds_tok_is (&s->toks[k], "sesudah") || _ds_tok_is (&s->toks[k], "before") ||
                _ds_tok_is (&s->toks[k], "after")))
    cue = TRUE;
  for (guint c = i >= 3 ? i - 3 : 0; !cue && c < i; c++)
    if (_ds_phrase_at (ctx, s, c, PL_SALIENCE_LIMIT_CUE) == i - c &&
        !(_ds_tok_is (&s->toks[c], "setiap") || _ds_tok_is (&s->toks[c], "tiap") || _ds_tok_is (&s->toks[c], "per") ||
          _ds_tok_is (&s->toks[c], "every") || _ds_tok_is (&s->toks[c], "each") || _ds_tok_is (&s->toks[c], "sekali") ||
          _ds_tok_is (&s->toks[c], "once")))
      cue = TRUE;
  return cue ? k : 0;
}

static gboolean
find_count_word (Ctx  *ctx,
                 Sent *s,
                 guint e)
{
  /* "… ke dalam lima komponen:", "terapkan tujuh cara berikut": the count
   * announces a list, whose card asks for it. */
  if (announces_list (ctx, s))
    return FALSE;
  for (guint i = 0; i + 1 < e; i++)
    {
      const Tok *t = &s->toks[i];
      guint b;

      /* "Twelve national response teams joined …": a count that opens
       * the sentence is its subject, and a blank there leaves no subject
       * to ask about. */
      if (!(t->flags & W_COUNT) || (t->flags & W_ORDINAL) || t->used || _ds_clause_start (s, i) == i)
        continue;
      if (t->value < 5)
        {
          if (t->value < 1 || t->cap || (b = span_limit_end (ctx, s, i, e)) == 0 || _ds_toks_any_used (s, i, b))
            continue;
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, b);
          return TRUE;
        }
      if (!_ds_tok_nounish (&s->toks[i + 1]))
        continue;
      b = MIN (compound_end (s, i + 1, e), e);
      /* "There are five RIRs today.", "Kini ada tujuh badan.": with the
       * count and its noun blanked, the stem would say nothing; the noun
       * stays, and the count alone is asked. */
      if (!content_word_outside (s, i, b, e))
        {
          /* ("At the Five Country Ministerial": a capital count inside a
           * name is no count to ask.) */
          if (t->cap)
            continue;
          b = i + 1;
        }
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, b);
      return TRUE;
    }
  return FALSE;
}

/* "denda dapat dilipatgandakan hingga tiga kali lipat", "naik dua kali
 * lipat dalam lima tahun", "three times faster", "rose fivefold": a
 * multiplier (a count word of two or more, then a phrase of the list
 * facts_multiplier, or an English count word with "fold") is the
 * sentence's figure, before a count or a span beside it. The blank holds
 * the count and "kali (lipat)", "times", not the comparison after it. */
static gboolean
find_multiplier (Ctx  *ctx,
                 Sent *s,
                 guint e)
{
  for (guint i = 0; i < e; i++)
    {
      const Tok *t = &s->toks[i];
      guint n;

      if (t->used || t->type != TOK_WORD || _ds_clause_start (s, i) == i)
        continue;
      /* "fivefold", "twofold": a count word and "fold" in one word. */
      if (ctx->english && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 4, "fold", 4) == 0)
        {
          gint64 value = 0;

          if ((ds_lang_lookup (ctx->lang, t->p, t->len - 4, &value) & W_COUNT) && value >= 2)
            {
              _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, i + 1);
              return TRUE;
            }
          continue;
        }
      if (!(t->flags & W_COUNT) || (t->flags & W_ORDINAL) || t->value < 2 || i + 2 >= e ||
          (n = _ds_phrase_at (ctx, s, i + 1, PL_FACTS_MULTIPLIER)) == 0 || _ds_toks_any_used (s, i, i + 2))
        continue;
      /* "kali lipat": the whole phrase; "kali lebih", "times faster":
       * the count and its unit only. */
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, _ds_tok_is (&s->toks[i + n], "lipat") || n == 1 ? i + 1 + n : i + 2);
      return TRUE;
    }
  return FALSE;
}

/* "Pada KTT Mei 2024, forum itu dihadiri lebih dari 120 negara", "a
 * threshold of 4.5 metres beside a rate of 12 percent", "31,89 persen …
 * dan 43,20 persen …": a second figure of the sentence, one that
 * measures something (not a date, not a bare count), is a claim beside
 * the one asked, when the two are apart. */
/* Whether the word before token @a is of the phrase list @name. */
static gboolean
after_word_of (Ctx        *ctx,
               const Sent *s,
               guint       a,
               PhraseId    name)
{
  return a > 0 && _ds_phrase_at (ctx, s, a - 1, name) == 1;
}

/* "naik dari 980 aduan", "up from 3,100": the figure a change starts
 * from; "mulai dari 5 juta sampai 40 juta", "from 5 million to 40
 * million": the other end of a range. Neither is asked alone. */
static gboolean
baseline_or_range (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       asked)
{
  /* ("lebih dari 90 negara", "kurang dari 5 persen": a bound, phrase
   * list figure_bound, no start of a change or a range.) */
  return (after_word_of (ctx, s, a, PL_RANGE_FROM) &&
          !(a >= 2 && _ds_phrase_at (ctx, s, a - 2, PL_FIGURE_BOUND) == 2)) ||
         (after_word_of (ctx, s, a, PL_RANGE_TO) && after_word_of (ctx, s, asked, PL_RANGE_FROM));
}

static void
counted_beside (Ctx  *ctx,
                Sent *s,
                guint e,
                guint skip_a,
                guint skip_b)
{
  for (guint i = 0; i < e; i++)
    {
      Figure fig;

      if (i >= skip_a && i < skip_b)
        continue;
      if (read_figure (s, i, e, &fig) && fig.weighty && !fig.date && !fig.year &&
          (fig.b <= skip_a || fig.a >= skip_b) && !_ds_toks_any_used (s, fig.a, fig.b) &&
          !baseline_or_range (ctx, s, fig.a, skip_a) && figure_worth_asking (s, &fig, e))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, fig.a, fig.b);
          return;
        }
    }
}

/* "… ditandatangani pada 12 Mei 1998, dan pada 2016 anggotanya sepakat
 * …", "The council first met in September 2000, and its strategy was
 * adopted in February 2002": a later clause that dates an event of its
 * own is a claim beside the one asked at [@a, @b). One more at most. */
static void
dated_beside (Ctx  *ctx,
              Sent *s,
              guint e,
              guint a,
              guint b)
{
  for (guint c = next_clause (s, b, e); c < e; c = next_clause (s, c, e))
    {
      guint ce = next_clause (s, c, e);

      if (!clause_has_verb (s, c, ce))
        continue;
      for (guint i = c; i < ce; i++)
        {
          Figure fig;

          if (!read_figure (s, i, ce, &fig) || !(fig.date || fig.year) || fig.b > ce ||
              _ds_toks_any_used (s, fig.a, fig.b) || baseline_or_range (ctx, s, fig.a, a) ||
              !figure_worth_asking (s, &fig, e) || (fig.year && !dates_event (s, fig.a)))
            continue;
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
          return;
        }
    }
}

/* Whether a claim of the sentence so far blanks the figure at token @a. */
static gboolean
figure_asked (Ctx        *ctx,
              const Sent *s,
              guint       a)
{
  guint at = _ds_sent_char_at (s, s->toks[a].p);

  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    {
      const DsClaim *c = ctx->claims->pdata[i];

      if (c->kind == DS_CLAIM_FACT && c->key_start == at && c->key_end > c->key_start)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word of token @a stands again elsewhere in the sentence
 * ("… in March 2021, but it was moved from 2021 to 2020"): a blank on it
 * would be answered by the stem. */
static gboolean
said_again (const Sent *s,
            guint       a)
{
  for (guint i = 0; i < s->n; i++)
    if (i != a && s->toks[i].len == s->toks[a].len && strncmp (s->toks[i].p, s->toks[a].p, s->toks[a].len) == 0)
      return TRUE;
  return FALSE;
}

/* A blank beside the one asked: it ranks below it, so that a short
 * paragraph keeps the figure a change reached before the one it started
 * from. */
static void
commit_beside (Ctx        *ctx,
               const Sent *s,
               gboolean    date,
               guint       a,
               guint       b)
{
  guint before = ctx->claims->len;

  _ds_commit_cloze (ctx, s, date ? DS_CLAIM_RULE_DATE : DS_CLAIM_RULE_NUMBER, a, b);
  if (ctx->claims->len > before)
    ((DsClaim *) ctx->claims->pdata[before])->score -= 1.0;
}

/* "grew to 212 ships, up from 160 a year earlier", "naik menjadi 8 ton
 * …, dari 5,5 ton saat ini", "from 1998 to 2004", "dari 2005 hingga
 * 2010", "moved forward from 2021 to 2020": the other figure of a change
 * or a span is a claim beside the one asked — the figure a change starts
 * from, a span's other end, the new value of a date moved. A span of
 * ages or pages ("aged from 18 to 25") is no span of years, and a year
 * a change starts from ("up from 2019 levels") is no figure of it. */
static void
change_beside (Ctx  *ctx,
               Sent *s,
               guint e)
{
  for (guint i = 1; i + 1 < e; i++)
    {
      Figure from, to;
      gboolean cue, span, from_asked, to_asked;

      if (!after_word_of (ctx, s, i, PL_RANGE_FROM) || !read_figure (s, i, e, &from) ||
          _ds_toks_any_used (s, from.a, from.b) || trivia (s, &from) || numbered_part (s, from.a))
        continue;
      /* ("up from", "naik dari", or a comma after a verb of change:
       * the phrase list facts3_change_cue.) */
      cue = i >= 2 && (_ds_phrase_at (ctx, s, i - 2, PL_FACTS3_CHANGE_CUE) > 0 ||
                       (_ds_tok_is_punct (&s->toks[i - 2], ',') &&
                        _ds_phrase_in (ctx, s, 0, i - 2, PL_FACTS3_CHANGE_CUE)));
      span = from.b + 1 < e && _ds_phrase_at (ctx, s, from.b, PL_FACTS3_SPAN_TO) == 1 &&
             read_figure (s, from.b + 1, e, &to) && !_ds_toks_any_used (s, to.a, to.b);
      if (span && !cue && !((from.year || from.date) && (to.year || to.date)))
        return;
      from_asked = figure_asked (ctx, s, from.a);
      if (span)
        {
          to_asked = figure_asked (ctx, s, to.a);
          /* A change asks its new value, a span its end not asked yet. */
          if (!to_asked && (cue || from_asked || said_again (s, from.a)) && !said_again (s, to.a))
            commit_beside (ctx, s, to.year || to.date, to.a, to.b);
          else if (!from_asked && !said_again (s, from.a))
            commit_beside (ctx, s, from.year || from.date, from.a, from.b);
          return;
        }
      /* The figure a change starts from, beside the figure it reached
       * ("48 trawlers, up from 31": its unit is the other's). */
      if (cue && !from.year && !from.date && !from_asked &&
          (figure_worth_asking (s, &from, e) || (from.b == from.a + 1 && s->toks[from.a].len >= 2)))
        for (guint k = 0; k + 1 < i; k++)
          if (figure_asked (ctx, s, k))
            {
              commit_beside (ctx, s, FALSE, from.a, from.b);
              return;
            }
      return;
    }
}

/* The kinds of figure find_figure() asks, the first kind first. */
#define FIGURE_KINDS 4

/* Whether @fig is of the @kind: 0 a percent, a sum or a scale, 1 a date
 * or a year, 2 a count of something, 3 any figure. */
static gboolean
figure_of_kind (const Figure *fig,
                guint         kind)
{
  switch (kind)
    {
    case 0: return fig->scaled;
    case 1: return fig->date || fig->year;
    case 2: return fig->weighty;
    default: return TRUE;
    }
}

/* The figure @fig as a cloze, with what is dated, counted or changed
 * beside it. */
static void
ask_figure (Ctx          *ctx,
            Sent         *s,
            guint         e,
            const Figure *fig)
{
  _ds_commit_cloze (ctx, s, fig->date || fig->year ? DS_CLAIM_RULE_DATE : DS_CLAIM_RULE_NUMBER,
                    fig->a, fig->b);
  counted_beside (ctx, s, e, fig->a, fig->b);
  if (fig->date || fig->year)
    {
      Figure later;

      dated_beside (ctx, s, e, fig->a, fig->b);
      for (guint k = fig->b; k + 3 < e; k++)
        if (in_force_at (ctx, s, k, e, &later) && !figure_asked (ctx, s, later.a))
          {
            _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, later.a, later.b);
            break;
          }
    }
  change_beside (ctx, s, e);
}

/* "X mengadopsi prinsip-prinsip GDPR, yang berlaku sejak Mei 2018.",
 * "Thailand copied the consent model of Convention 108, open for
 * signature since 1981.": after a verb of taking something as a model
 * (the phrase list facts_model_verb), a date in an aside that closes the
 * sentence dates the model, not what the sentence says was done.
 * Where the aside opens right after the name, the name is the point's
 * blank (*@name_a, *@name_b); else [0, 0). */
static gboolean
trailing_object_date (Ctx          *ctx,
                      const Sent   *s,
                      const Figure *fig,
                      guint         e,
                      guint        *name_a,
                      guint        *name_b)
{
  guint open = fig->a, a, b;
  gboolean verb = FALSE;

  *name_a = *name_b = 0;
  while (open > 0 && fig->a - open < 6 && !_ds_tok_is_punct (&s->toks[open - 1], ','))
    open--;
  if (open < 3 || open == fig->a || fig->b != e || !_ds_tok_is_punct (&s->toks[open - 1], ','))
    return FALSE;
  /* (", and in 2016 …", ", sedangkan pada 2019 …" open a clause of their
   * own.) */
  if (s->toks[open].type != TOK_WORD || s->toks[open].cap ||
      (s->toks[open].flags & (W_CONJ | W_CONNECTIVE | W_CLAUSE)))
    return FALSE;
  /* The comma ends the main clause, no aside of its own ("The dam, a
   * project …, opened in 2019"); the aside says what its name is ("in
   * force since"), not what someone did to the subject ("who drafted it
   * in 1995"). */
  for (guint k = 0; k + 1 < open; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], ',') || _ds_tok_is_punct (&s->toks[k], 0x2014))
        return FALSE;
      verb |= _ds_phrase_at (ctx, s, k, PL_FACTS_MODEL_VERB) > 0;
    }
  for (guint k = open; k < fig->a; k++)
    if (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR))
      return FALSE;
  if (!verb)
    return FALSE;
  /* The name the aside speaks of ends at its comma: a capitalised word
   * (and what continues it: "Konvensi 108") or an acronym. */
  for (guint k = open - 1; k-- > 0 && k + NAME_MAX_TOKENS >= open;)
    {
      if (s->toks[k].type != TOK_WORD || !s->toks[k].cap || (s->toks[k].flags & W_FUNCTION))
        continue;
      if (read_name (s, k, e, &a, &b) <= k)
        continue;
      if (b + 1 == open - 1 && s->toks[b].type == TOK_NUMBER)
        b++;
      if (b > a && b == open - 1 && (k == 0 || !s->toks[k - 1].cap))
        {
          *name_a = a;
          *name_b = b;
          break;
        }
    }
  return TRUE;
}

/* "Kenaikan kasus kebocoran, misalnya 94 kasus pada tahun lalu,
 * mendorong …", "A rise in breaches, for example 94 cases last year,
 * pushed …": a figure in an aside that opens on an example marker (the
 * phrase list example_marker, after a comma or a dash) and closes before
 * the sentence goes on illustrates the point; a blank on it leaves the
 * point in the stem and asks the example. */
static gboolean
example_aside (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       e)
{
  guint k = a, close;

  while (k > 0 && !_ds_tok_is_punct (&s->toks[k - 1], ',') && !_ds_tok_is_punct (&s->toks[k - 1], 0x2014) &&
         !_ds_tok_is_punct (&s->toks[k - 1], 0x2013))
    k--;
  if (k == 0 || k + 4 < a || _ds_phrase_at (ctx, s, k, PL_EXAMPLE_MARKER) == 0)
    return FALSE;
  for (close = a; close < e; close++)
    if (_ds_tok_is_punct (&s->toks[close], ',') || _ds_tok_is_punct (&s->toks[close], 0x2014) ||
        _ds_tok_is_punct (&s->toks[close], 0x2013))
      break;
  return close + 2 < e;
}

static gboolean
find_figure (Ctx  *ctx,
             Sent *s,
             guint e)
{
  /* A percent, a sum or a scale first, then a date, then a count of
   * something, then any figure: the first figure of each kind, found in
   * one reading of the sentence (reading a figure changes nothing). */
  Figure first[FIGURE_KINDS];
  gboolean found[FIGURE_KINDS] = { FALSE };
  gboolean aside = FALSE;
  guint name_a = 0, name_b = 0;

  for (guint i = 0; i < e && !found[0]; i++)
    {
      Figure fig;

      if (!read_figure (s, i, e, &fig) || !figure_worth_asking (s, &fig, e) ||
          ((fig.date || fig.year) && object_aside_date (s, &fig, e)) || example_aside (ctx, s, fig.a, e))
        continue;
      if ((fig.date || fig.year) && trailing_object_date (ctx, s, &fig, e, &name_a, &name_b))
        {
          aside = TRUE;
          continue;
        }
      for (guint kind = 0; kind < FIGURE_KINDS; kind++)
        if (!found[kind] && figure_of_kind (&fig, kind))
          {
            first[kind] = fig;
            found[kind] = TRUE;
          }
    }
  for (guint kind = 0; kind < FIGURE_KINDS; kind++)
    if (found[kind])
      {
        ask_figure (ctx, s, e, &first[kind]);
        return TRUE;
      }
  /* With only the aside's date, the name it dates is what the sentence
   * says was adopted, copied, joined; no other name is blanked. */
  if (aside && name_b > name_a && !_ds_toks_any_used (s, name_a, name_b))
    _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NAME, name_a, name_b);
  return aside;
}

/* Whether the sentence's claims so far only name something (an acronym,
 * another name): what the sentence says happened is still to be asked. */
static gboolean
only_names (Ctx *ctx)
{
  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    {
      const DsClaim *c = ctx->claims->pdata[i];

      if (c->rule != DS_CLAIM_RULE_ACRONYM && c->rule != DS_CLAIM_RULE_ALIAS)
        return FALSE;
    }
  return TRUE;
}

/* "212 Regional Response Units (RRU)", "48 Tim Pengamat (TP)": a count
 * straight before a name whose acronym follows in brackets. */
static gboolean
counts_named (const Sent   *s,
              const Figure *fig,
              guint         e)
{
  guint a, b, after;

  if (fig->b != fig->a + 1 || fig->b >= e || !s->toks[fig->b].cap ||
      (fig->a > 0 && (_ds_tok_is_punct (&s->toks[fig->a - 1], '(') ||
                      (s->toks[fig->a - 1].type == TOK_WORD && s->toks[fig->a - 1].cap &&
                       !(s->toks[fig->a - 1].flags & W_FUNCTION)))) ||
      text_part_before (s, fig->a) || g_ascii_strtoull (s->toks[fig->a].p, NULL, 10) < 2)
    return FALSE;
  after = read_name (s, fig->b, e, &a, &b);
  return after > fig->b + 1 && after + 2 < e && _ds_tok_is_punct (&s->toks[after], '(') &&
         _ds_tok_is_acronym (&s->toks[after + 1]) && _ds_tok_is_punct (&s->toks[after + 2], ')');
}

static gboolean
find_weighty_figure (Ctx  *ctx,
                     Sent *s)
{
  guint e = _ds_body_end (s);
  gboolean dates = only_names (ctx);

  /* "By 2024, 212 Regional Response Units (RRU) existed": beside what
   * the letters stand for, how many there are is the sentence's fact. */
  for (guint i = 0; dates && i + 3 < e; i++)
    {
      Figure fig;

      if (read_figure (s, i, e, &fig) && !fig.weighty && !fig.date && !fig.year &&
          counts_named (s, &fig, e) && !_ds_toks_any_used (s, fig.a, fig.b))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, fig.a, fig.b);
          return TRUE;
        }
    }
  for (guint i = 0; i < e; i++)
    {
      Figure fig;

      if (read_figure (s, i, e, &fig) && (fig.weighty || (dates && (fig.date || fig.year))) &&
          !_ds_toks_any_used (s, fig.a, fig.b) && figure_worth_asking (s, &fig, e))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, fig.a, fig.b);
          change_beside (ctx, s, e);
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether a verb stands before token @k. */
static gboolean
verb_before (const Sent *s,
             guint       k)
{
  for (guint i = 0; i < k; i++)
    if (s->toks[i].verb && !(s->toks[i].flags & W_NOUN) && !s->toks[i].cap)
      return TRUE;
  return FALSE;
}

/* Whether a claim of the sentence so far asks a date. */
static gboolean
date_asked (Ctx *ctx)
{
  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    if (((const DsClaim *) ctx->claims->pdata[i])->rule == DS_CLAIM_RULE_DATE)
      return TRUE;
  return FALSE;
}

/* "Pada Februari 2022, Thailand mengumumkan bahwa …", "… agreed to share
 * daily data in March 2019": a month and its year that date what the
 * sentence says happened are asked beside what another rule asked of it
 * (who announced, what they agreed), when no rule asked when. */
static gboolean
find_month_beside (Ctx  *ctx,
                   Sent *s)
{
  guint e = _ds_body_end (s);

  if (!(s->flags & W_MONTH) || date_asked (ctx))
    return FALSE;
  for (guint i = 1; i < e; i++)
    {
      Figure fig;
      guint at = i;

      if (!(s->toks[i].flags & W_MONTH) && !(s->toks[i].type == TOK_NUMBER && i + 1 < e && (s->toks[i + 1].flags & W_MONTH)))
        continue;
      if (!read_figure (s, i, e, &fig) || !fig.date || _ds_toks_any_used (s, fig.a, fig.b) ||
          !figure_worth_asking (s, &fig, e) || object_aside_date (s, &fig, e))
        continue;
      if (!(_ds_tok_is (&s->toks[at - 1], "pada") || _ds_tok_is (&s->toks[at - 1], "in") ||
            _ds_tok_is (&s->toks[at - 1], "on") || _ds_tok_is (&s->toks[at - 1], "sejak") ||
            _ds_tok_is (&s->toks[at - 1], "since")) || !has_verb (s))
        return FALSE;
      /* "Setelah gangguan pada Juni 2025, Menteri memerintahkan …": a
       * date inside an opening adverbial dates something else. */
      if (at - 1 > 0 && !verb_before (s, at - 1))
        return FALSE;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
      _ds_toks_mark_used (s, fig.a, fig.b);
      return TRUE;
    }
  return FALSE;
}

/* "met at the Ninth Fisheries Conference in Tromsø (2003)", "bertemu
 * pada KTT ke-5 di Bogor (2011)": a year alone in brackets right after
 * the place of a meeting (the phrase list facts3_event_noun a few words
 * before "in"/"di" and the place's name) dates the meeting. A citation
 * ("Nye (2004)"), a page or a report's year ("(2010, p. 45)") is none. */
static gboolean
bracket_year_of_meeting (Ctx        *ctx,
                         const Sent *s,
                         guint       i)
{
  guint k = i - 1, place = 0;

  if (i < 4 || i + 1 >= s->n || !_ds_tok_is_punct (&s->toks[k], '(') || !_ds_tok_is_punct (&s->toks[i + 1], ')'))
    return FALSE;
  while (k > 0 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap && place < 4)
    k--, place++;
  if (place == 0 || k < 2 || !(_ds_tok_is (&s->toks[k - 1], "in") || _ds_tok_is (&s->toks[k - 1], "di")))
    return FALSE;
  for (guint j = k - 1; j > 0 && j + 6 > k; j--)
    {
      if (s->toks[j - 1].type == TOK_PUNCT || s->toks[j - 1].verb)
        return FALSE;
      if (_ds_phrase_at (ctx, s, j - 1, PL_FACTS3_EVENT_NOUN) > 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
find_bracket_meeting_year (Ctx  *ctx,
                           Sent *s)
{
  guint e = _ds_body_end (s);

  /* No number, no year: no scan. */
  if (!s->has_digit || date_asked (ctx) || !has_verb (s))
    return FALSE;
  for (guint i = 1; i + 1 < e; i++)
    {
      Figure fig;

      if (!year_like (&s->toks[i]) || s->toks[i].used || !bracket_year_of_meeting (ctx, s, i) ||
          !read_figure (s, i, e, &fig) || !fig.year || fig.b != i + 1)
        continue;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
      _ds_toks_mark_used (s, fig.a, fig.b);
      return TRUE;
    }
  return FALSE;
}

/* "At the 2019 summit in Lima, Norway launched …", "Pada KTT 2019 di
 * Lima, Norwegia meluncurkan …", "dalam konferensi tahun 2015": the year
 * of the meeting (the phrase list facts3_event_noun) at which a sentence
 * says something was done dates it, asked beside who did it when no rule
 * asked when. A year after a report or a plan ("the 2019 report") names
 * a thing and is no meeting's. */
static gboolean
find_event_year (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s);

  if (date_asked (ctx))
    return FALSE;
  for (guint i = 1; i + 1 < e; i++)
    {
      Figure fig;
      guint k;

      if (!year_like (&s->toks[i]) || s->toks[i].used || !read_figure (s, i, e, &fig) || !fig.year ||
          !has_verb (s))
        continue;
      /* "the 2019 summit", "the 2019 Lima summit" */
      k = fig.b;
      if (ctx->english && _ds_tok_is (&s->toks[i - 1], "the"))
        {
          if (k < e && s->toks[k].cap && _ds_phrase_at (ctx, s, k, PL_FACTS3_EVENT_NOUN) == 0)
            k++;
          if (k >= e || _ds_phrase_at (ctx, s, k, PL_FACTS3_EVENT_NOUN) == 0)
            continue;
        }
      /* "KTT 2019", "konferensi tahun 2015", "KTT G20 2019" */
      else if (!ctx->english)
        {
          k = i - 1;
          if (_ds_tok_is (&s->toks[k], "tahun") && k > 0)
            k--;
          if (k > 0 && _ds_phrase_at (ctx, s, k, PL_FACTS3_EVENT_NOUN) == 0 && s->toks[k].cap)
            k--;
          if (_ds_phrase_at (ctx, s, k, PL_FACTS3_EVENT_NOUN) == 0)
            continue;
        }
      else
        continue;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
      return TRUE;
    }
  return FALSE;
}

/* "… pada Juni 2023, dan usulan itu diterima enam bulan kemudian", "…
 * three months earlier": a span of time counted from the sentence's
 * dated event is a figure of it, asked beside the date. */
static gboolean
find_relative_time (Ctx  *ctx,
                    Sent *s)
{
  guint e = _ds_body_end (s);

  if (!(s->flags & W_MONTH) && !date_asked (ctx))
    return FALSE;
  for (guint i = 1; i + 2 < e + 1 && i + 1 < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->used || !((t->flags & W_COUNT) || (t->type == TOK_NUMBER && t->len <= 3)) ||
          (t->flags & W_ORDINAL) || _ds_phrase_at (ctx, s, i + 1, PL_TIME_UNIT) != 1 ||
          i + 2 >= e + 1 || _ds_phrase_at (ctx, s, i + 2, PL_RELATIVE_AFTER) != 1 ||
          _ds_toks_any_used (s, i, i + 2))
        continue;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, i + 2);
      _ds_toks_mark_used (s, i, i + 2);
      return TRUE;
    }
  return FALSE;
}

/* "Two thirds of the budget came from the companies, and the remaining
 * third from the navy": with the rest named, the share gives itself
 * away; who holds it is asked instead, the words after "from/dari/to/
 * kepada" up to the comma or "and" before the rest. */
static gboolean
fraction_holder (Ctx  *ctx,
                 Sent *s,
                 guint a,
                 guint rest)
{
  guint n_claims = ctx->claims->len;

  for (guint k = a; k + 1 < rest; k++)
    if (_ds_tok_is (&s->toks[k], "from") || _ds_tok_is (&s->toks[k], "dari") || _ds_tok_is (&s->toks[k], "to") ||
        _ds_tok_is (&s->toks[k], "kepada"))
      {
        guint b = k + 1 + (_ds_tok_is (&s->toks[k + 1], "the"));

        for (guint end = b; end < rest && end < b + 6; end++)
          if (_ds_tok_is_punct (&s->toks[end], ',') || (s->toks[end].flags & W_CONJ))
            {
              g_autofree char *holder = NULL;

              if (end == b || _ds_toks_any_used (s, b, end))
                return FALSE;
              /* "separuh dari Madagaskar" in "Diplomasi Vanili
               * Madagaskar": the essay's own subject is no answer. */
              holder = _ds_toks_dup (s, b, end);
              if (_ds_names_essay_subject (ctx, holder))
                return FALSE;
              _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, b, end);
              return ctx->claims->len > n_claims;
            }
        return FALSE;
      }
  return FALSE;
}

/* "Dua pertiga anggaran …", "A third of the budget …": a share in words
 * is the sentence's figure; the language's phrase list `fraction`. */
static gboolean
find_fraction (Ctx  *ctx,
               Sent *s)
{
  guint e = _ds_body_end (s), n_claims;

  if (!_ds_sent_may_start (s, HOT_FRACTION))
    return FALSE;
  for (guint i = 0; i + 2 < e; i++)
    {
      guint n = _ds_phrase_at (ctx, s, i, PL_FRACTION);

      if (n == 0 || _ds_toks_any_used (s, i, i + n) || s->toks[i + n].type != TOK_WORD ||
          (s->toks[i + n].flags & (W_CONJ | W_RELATIVE)))
        continue;
      /* ("A third group doubts …", "a fifth round of talks": an
       * ordinal before its noun; a share in the singular is "a third of
       * …", or the subject of a verb: "A quarter pays for …", "a third
       * is spent on …".) */
      if (ctx->english && s->toks[i + n - 1].p[s->toks[i + n - 1].len - 1] != 's' &&
          !_ds_tok_is (&s->toks[i + n], "of") && !(s->toks[i + n].flags & W_AUX) &&
          s->toks[i + n].p[s->toks[i + n].len - 1] != 's')
        continue;
      /* "Separuh dana dari pemerintah, dan separuh lainnya dari bank",
       * "a third …, the other two thirds …": the rest named beside it
       * gives the share away (the phrase list fraction_rest). */
      for (guint k = i + n + 1; k < e; k++)
        if (_ds_phrase_at (ctx, s, k, PL_FRACTION_REST) > 0)
          return fraction_holder (ctx, s, i + n, k);
      n_claims = ctx->claims->len;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NUMBER, i, i + n);
      return ctx->claims->len > n_claims;
    }
  return FALSE;
}

/* Whether token @k is a treaty's or a document's head word ("agreement",
 * "Declaration", "perjanjian", "laporan"). */
static gboolean
document_head (Ctx        *ctx,
               const Sent *s,
               guint       k)
{
  return _ds_phrase_at (ctx, s, k, PL_TREATY_HEAD) == 1 ||
         _ds_phrase_at (ctx, s, k, PL_DOCUMENT_NOUN) == 1;
}

/* "the Tavoy Declaration of 1987", "Deklarasi Tavoy tahun 1987": a year
 * after "of"/"tahun" closing a name whose words hold a document's head. */
static gboolean
year_closes_name (Ctx        *ctx,
                  const Sent *s,
                  guint       y)
{
  if (y < 2 || !(_ds_tok_is (&s->toks[y - 1], "of") || _ds_tok_is (&s->toks[y - 1], "tahun")))
    return FALSE;
  for (guint k = y - 1; k > 0 && y - 1 - k < 5 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap; k--)
    if (document_head (ctx, s, k - 1))
      return TRUE;
  return FALSE;
}

/* "The 2019 agreement on fisheries opened …", "Perjanjian 2019 tentang
 * perikanan membuka …", "In the Tavoy Declaration of 1987, the states
 * agreed …": a year that names a treaty or a document dates it; when the
 * sentence has no other figure to ask, the year is asked in its place. */
static gboolean
find_named_year (Ctx  *ctx,
                 Sent *s,
                 guint e)
{
  if (!has_verb (s))
    return FALSE;
  for (guint y = 1; y + 1 < e; y++)
    {
      if (!year_like (&s->toks[y]) || s->toks[y].used || _ds_tok_is_punct (&s->toks[y - 1], '(') ||
          _ds_tok_is_punct (&s->toks[y + 1], ')'))
        continue;
      if ((ctx->english && (s->toks[y - 1].flags & W_DET) && document_head (ctx, s, y + 1)) ||
          (!ctx->english && document_head (ctx, s, y - 1)) || year_closes_name (ctx, s, y))
        {
          guint before = ctx->claims->len;

          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, y, y + 1);
          return ctx->claims->len > before;
        }
    }
  return FALSE;
}

/* "Kwame Mensah dari Institut Kebijakan Accra mengkritik …", "… Ana
 * Ruiz of the Coastal Institute warned …": the body after a person's name
 * and "dari/of/at" is where the commentator works; blanking it leaves
 * what they said unasked and asks what nobody learns. */
static gboolean
affiliation_at (const Sent *s,
                guint       a)
{
  guint k = a;

  if (k > 0 && _ds_tok_is (&s->toks[k - 1], "the"))
    k--;
  if (k < 3 || !(_ds_tok_is (&s->toks[k - 1], "dari") || _ds_tok_is (&s->toks[k - 1], "of") ||
                 _ds_tok_is (&s->toks[k - 1], "at")))
    return FALSE;
  /* Two words in capitals before it, the first not the sentence's
   * first word unless it is a name: a person's first and last name. */
  return s->toks[k - 2].cap && s->toks[k - 3].cap && s->toks[k - 2].type == TOK_WORD &&
         s->toks[k - 3].type == TOK_WORD && !(s->toks[k - 2].flags & W_FUNCTION) &&
         !(s->toks[k - 3].flags & W_FUNCTION) && !_ds_tok_is_acronym (&s->toks[k - 2]);
}

static gboolean
name_connector (const Tok *t)
{
  return _ds_tok_is (t, "for") || _ds_tok_is (t, "of") || _ds_tok_is (t, "on") || _ds_tok_is (t, "and") ||
         _ds_tok_is (t, "untuk") || _ds_tok_is (t, "dan") || _ds_tok_is (t, "bagi");
}

/* "Peneliti dari Pusat Kajian Pangan, Dr. Sinta, menjelaskan …", "A
 * researcher from the Institute for Food Studies, …", "Menurut pengamat
 * kebijakan dari Universitas X, …": the name (or the rest of it after
 * "for", "untuk") after a commentator's post and "dari/from/of/at" is
 * where the commentator works (the phrase lists facts_commentator,
 * facts_office_title, actor_noun, occupation, up to two words of their
 * field after it); blanking it asks what nobody learns. */
static gboolean
post_affiliation_at (Ctx        *ctx,
                     const Sent *s,
                     guint       a)
{
  guint k = a, p;

  while (k > 1 && ((s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap && !(s->toks[k - 1].flags & W_FUNCTION)) ||
                   (name_connector (&s->toks[k - 1]) && s->toks[k - 2].cap && s->toks[k - 2].type == TOK_WORD)))
    k--;
  if (k > 0 && _ds_tok_is (&s->toks[k - 1], "the"))
    k--;
  if (k < 2 || !(_ds_tok_is (&s->toks[k - 1], "dari") || _ds_tok_is (&s->toks[k - 1], "from") ||
                 _ds_tok_is (&s->toks[k - 1], "of") || _ds_tok_is (&s->toks[k - 1], "at")))
    return FALSE;
  p = k - 1;
  for (guint j = p; j-- > 0 && j + 3 >= p;)
    {
      if (s->toks[j].type != TOK_WORD || s->toks[j].cap)
        return FALSE;
      if (_ds_phrase_at (ctx, s, j, PL_FACTS_COMMENTATOR) > 0 || _ds_post_phrase_ends_at (ctx, s, j, 0))
        return TRUE;
    }
  return FALSE;
}

/* "Rija Andria dari Institut X mengkritik pakta itu karena mengabaikan
 * petani.": what the commentator holds is asked, not where they work —
 * the reason after a cue of the phrase list reason_cue, up to eight
 * words, is the blank. */
static void
critique_cloze (Ctx  *ctx,
                Sent *s,
                guint b,
                guint e)
{
  if (!_ds_sent_may_start (s, HOT_REASON_CUE))
    return;
  for (guint k = b; k + 1 < e; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_REASON_CUE);

      if (n > 0 && k + n < e && e - (k + n) <= 8 && !_ds_toks_any_used (s, k + n, e))
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NAME, k + n, e);
          return;
        }
    }
}

static gboolean
tok_is_and (const Tok *t)
{
  return _ds_tok_is (t, "and") || _ds_tok_is (t, "dan") || _ds_tok_is (t, "serta");
}

/* "the Charter on Trade, Labour and Social Rights", "Germany, France and
 * Italy": after the name at @b a comma and capitalised words run to an
 * "and" and another one; the name is a part of a longer one or one of a
 * series, no blank of its own. */
static gboolean
capitals_go_on (const Sent *s,
                guint       b,
                guint       e)
{
  if (b + 1 >= e || !_ds_tok_is_punct (&s->toks[b], ','))
    return FALSE;
  for (guint k = b + 1; k + 1 < e; k++)
    {
      const Tok *t = &s->toks[k];

      if (k > b + 1 && tok_is_and (t))
        return s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD;
      if (!_ds_tok_is_punct (t, ',') && (t->type != TOK_WORD || !t->cap))
        return FALSE;
    }
  return FALSE;
}

/* "… the Charter on Trade, Labour and Social Rights", "Germany, France
 * and Italy": the name at [@a, @b) comes after a capitalised word and its
 * comma and holds or meets the series' "and": the series' end. */
static gboolean
capitals_before (const Sent *s,
                 guint       a,
                 guint       b,
                 guint       e)
{
  gboolean and = b < e && (tok_is_and (&s->toks[b]) || _ds_tok_is_punct (&s->toks[b], ','));

  if (a < 2 || !_ds_tok_is_punct (&s->toks[a - 1], ',') || !s->toks[a - 2].cap || s->toks[a - 2].type != TOK_WORD)
    return FALSE;
  for (guint k = a; k < b; k++)
    and |= tok_is_and (&s->toks[k]);
  return and;
}

static void
find_cloze (Ctx  *ctx,
            Sent *s)
{
  guint e = _ds_body_end (s);
  guint a, b;

  if (s->has_digit && find_figure (ctx, s, e))
    return;
  if ((s->flags & W_COUNT) && find_multiplier (ctx, s, e))
    return;
  if ((s->flags & W_COUNT) && find_count_word (ctx, s, e))
    return;
  if (s->has_digit && find_named_year (ctx, s, e))
    return;
  /* A handle's word starts with '@', which the sentence noted. */
  for (guint i = 0; s->has_at && i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (!t->used && t->type == TOK_WORD && t->p[0] == '@' && t->len > 2)
        {
          _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NAME, i, i + 1);
          return;
        }
    }
  if (title_cased (s))
    return;
  /* "Itulah sebabnya forum ini berpegang pada _____", "That is why the
   * Forum insists on _____": the sentence leans on the one before for
   * its point; a name blank in it asks what that one said. */
  if (_ds_phrase_at (ctx, s, 0, PL_RESULT_WHY_POINTER) > 0)
    return;
  /* Names after "oleh", "akun" or with an acronym first, then long ones. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < e; i++)
      {
        if (s->toks[i].used || !s->toks[i].cap)
          continue;
        /* "Forum Regional ASEAN (ASEAN Regional Forum, ARF)": a gloss in
         * brackets restates the name before it. */
        if (name_key (ctx, s, i, e, pass == 0, &a, &b) &&
            !(a > 0 && _ds_tok_is_punct (&s->toks[a - 1], '(')))
          {
            if (capitals_go_on (s, b, e) || capitals_before (s, a, b, e))
              {
                i = b - 1;
                continue;
              }
            if (affiliation_at (s, a) || post_affiliation_at (ctx, s, a))
              {
                critique_cloze (ctx, s, b, e);
                return;
              }
            /* "The _____ matters, not only for small states", "Konvensi
             * itu _____ penting": a name whose predicate only weighs it
             * leaves a stem that tells nothing of the name. */
            if (b < e && (_ds_phrase_at (ctx, s, b, PL_CLOZE_VALUE_PREDICATE) > 0 ||
                          (b + 1 < e && _ds_phrase_at (ctx, s, b + 1, PL_CLOZE_VALUE_PREDICATE) > 0 &&
                           _ds_phrase_at (ctx, s, b, PL_CLOZE_VALUE_LEAD) > 0)))
              return;
            _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_NAME, a, b);
            return;
          }
        if (read_name (s, i, e, &a, &b) > i)
          i = b - 1;   /* a rejected name is not tried again from inside */
      }
}

/* "Perundingan itu gagal sebab kedua pihak menolak …": with no comma
 * "sebab" (phrase list argue_reason_after_comma) is "because" when a
 * clause with its own verb follows and what stands before it takes no
 * noun ("salah satu sebab", "menjadi sebab", "mencari sebab": phrase list
 * reason_sebab_noun_before; "sebab utama": reason_sebab_noun_after). Its
 * length, or 0. */
/* Tokens from the cue to the verb of the clause "since" opens. */
#define SINCE_CLAUSE_MAX_TOKENS 6

/* Whether a clause of its own opens at @a: a subject (no number, month,
 * time word, verb or preposition first: "since 2019", "since then",
 * "since the late 1990s", "has since sent") and its verb or auxiliary
 * within a few words, before any figure, preposition or stop ("since
 * electronic evidence can disappear", "since the word triggers …"). An
 * English verb the lexicon does not know is a lower-case word in "-s" or
 * "-ed" after a word of content. */
static gboolean
since_clause (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e,
              gboolean    past_ok)
{
  const Tok *first = &s->toks[a];

  if (a + 2 >= e || first->type != TOK_WORD || (first->verb && !first->cap) ||
      (first->flags & (W_AUX | W_PREP | W_MONTH | W_ADV | W_CONJ | W_RELATIVE | W_QUESTION)) ||
      _ds_phrase_at (ctx, s, a, PL_CLAUSE_TIME_NOUN) > 0)
    return FALSE;
  for (guint j = a + 1; j < e && j <= a + SINCE_CLAUSE_MAX_TOKENS; j++)
    {
      const Tok *t = &s->toks[j];

      if (t->type != TOK_WORD || (t->flags & (W_PREP | W_MONTH)) ||
          _ds_phrase_at (ctx, s, j, PL_CLAUSE_TIME_NOUN) > 0)
        return FALSE;
      if ((t->verb && !t->cap) || (t->flags & W_AUX) ||
          (ctx->english && !t->cap && t->len > 3 && !(t->flags & W_FUNCTION) &&
           !(s->toks[j - 1].flags & W_FUNCTION) &&
           (t->p[t->len - 1] == 's' || (t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd'))))
        /* "since the floods reached the coast", "since it was adopted":
         * a past event "since" counts from, no reason; after a comma
         * ("The scenario was too simple, since it tested …") the past
         * gives one. */
        return past_ok || !(ctx->english && _ds_en_past_at (ctx, s, j));
    }
  return FALSE;
}

/* "Prices have stayed high since …", "Attendance has grown since …": a
 * perfect in the clause [@c, @k) before "since" counts time from it. */
static gboolean
perfect_before (const Sent *s,
                guint       c,
                guint       k)
{
  for (guint j = c; j + 1 < k; j++)
    if ((_ds_tok_is (&s->toks[j], "has") || _ds_tok_is (&s->toks[j], "have") || _ds_tok_is (&s->toks[j], "had")) &&
        s->toks[j + 1].type == TOK_WORD && !(s->toks[j + 1].flags & (W_DET | W_PRONOUN)) && !s->toks[j + 1].cap)
      return TRUE;
  return FALSE;
}

static guint
sebab_clause (Ctx        *ctx,
              const Sent *s,
              guint       k,
              guint       e)
{
  const Tok *before = &s->toks[k - 1];
  guint n = _ds_sent_may_start (s, HOT_SEBAB) ? _ds_phrase_at (ctx, s, k, PL_ARGUE_REASON_AFTER_COMMA) : 0;

  if (n == 0 || before->type != TOK_WORD ||
      (before->flags & (W_DET | W_COUNT | W_QUANT | W_PREP | W_CUE_DEF | W_ANAPHOR | W_CONJ | W_ORDINAL)) ||
      _ds_phrase_at (ctx, s, k - 1, PL_REASON_SEBAB_NOUN_BEFORE) == 1 ||
      _ds_phrase_at (ctx, s, k + n, PL_REASON_SEBAB_NOUN_AFTER) > 0)
    return 0;
  /* "… the most useful article, since evidence can disappear": English
   * "since" gives a reason only before a clause of its own. */
  if (ctx->english)
    return since_clause (ctx, s, k + n, e, FALSE) && !perfect_before (s, _ds_clause_start (s, k - 1), k) ? n : 0;
  for (guint j = k + n + 1; j < e && j <= k + n + 6; j++)
    if (s->toks[j].verb)
      return n;
  return 0;
}

/* Whether tokens [@a, @b) hold a verb: one the lexicon knows, an
 * auxiliary, or in English a lower-case word in "-ed", or one after a
 * plural noun ("members coordinate"), which it may not know. */
static gboolean
purpose_clause_verb (Ctx        *ctx,
                 const Sent *s,
                 guint       a,
                 guint       b)
{
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      /* ("bagi koki": a preposition the lexicon also knows as a verb.) */
      if (t->type != TOK_WORD || (t->flags & W_PREP))
        continue;
      if (t->flags & (W_AUX | W_VERB))
        return TRUE;
      /* An Indonesian verb shows its prefix ("mengirim", "dibentuk",
       * "bertukar"); "pendidikan", "diaspora" (phrase list
       * purpose_not_verb) are nouns the lexicon may read as verbs. */
      if (t->verb && !t->cap &&
          (ctx->english || ds_ascii_strncasecmp (t->p, "me", 2) == 0 || ds_ascii_strncasecmp (t->p, "di", 2) == 0 ||
           ds_ascii_strncasecmp (t->p, "ber", 3) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0) &&
          _ds_phrase_at (ctx, s, k, PL_PURPOSE_NOT_VERB) == 0)
        return TRUE;
      if (ctx->english && k > a && !t->cap && t->len > 3 && !(t->flags & W_FUNCTION) &&
          ((t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd') ||
           (s->toks[k - 1].type == TOK_WORD && !(s->toks[k - 1].flags & W_FUNCTION) && s->toks[k - 1].len > 3 &&
            s->toks[k - 1].p[s->toks[k - 1].len - 1] == 's')))
        return TRUE;
    }
  return FALSE;
}

/* Tokens before a purpose's cue a verb of asking may stand in. */
#define PURPOSE_ASK_REACH 3

/* Whether a purpose (phrase list purpose_cue: "agar", "supaya", "so
 * that") opens at @k after a clause of its own, with a clause of three
 * words or more after it. After a verb of asking or urging ("mendesak
 * agar", "meminta pemerintah supaya": phrase list purpose_not_after)
 * the cue opens what is asked, no purpose. */
static gboolean
purpose_at (Ctx        *ctx,
            const Sent *s,
            guint       k,
            guint       e)
{
  guint n;

  if (s->toks[k].type != TOK_WORD || (n = _ds_phrase_at (ctx, s, k, PL_PURPOSE_CUE)) == 0 ||
      _ds_count_words (s, k + n, e) < 3 ||
      _ds_phrase_in (ctx, s, k >= PURPOSE_ASK_REACH ? k - PURPOSE_ASK_REACH : 0, k, PL_PURPOSE_NOT_AFTER))
    return FALSE;
  return TRUE;
}

/* "karena", "akibat", "because", "due to" (phrase list reason_cue):
 * where the reason starts, and the cue's length in *@n; 0 when there is
 * none. */
static guint
reason_at (Ctx        *ctx,
           const Sent *s,
           guint       e,
           guint      *n)
{
  gboolean cue = _ds_sent_may_start (s, HOT_REASON_CUE), sebab = _ds_sent_may_start (s, HOT_SEBAB);
  gboolean purpose = _ds_sent_may_start (s, HOT_PURPOSE_CUE);

  /* "ditunda karena alasan keamanan": two words may give the reason. */
  for (guint k = 3; k + 2 < e; k++)
    if (purpose && purpose_at (ctx, s, k, e))
      {
        /* "… agar koordinasi tidak terputus", "… so that ten delegations
         * speak as one": the purpose is asked why, and answered with its
         * cue. */
        *n = 0;
        return k;
      }
    else if ((*n = cue ? _ds_phrase_at (ctx, s, k, PL_REASON_CUE) : 0) > 0 ||
        /* "…, sebab armada hanya berpindah …": after a comma "sebab" is
         * "because", elsewhere it may be the noun "cause"; "…, since
         * then," is no reason. */
        (sebab && _ds_tok_is_punct (&s->toks[k - 1], ',') &&
         (*n = _ds_phrase_at (ctx, s, k, PL_ARGUE_REASON_AFTER_COMMA)) > 0 &&
         (!ctx->english ||
          (since_clause (ctx, s, k + *n, e, TRUE) && !perfect_before (s, _ds_clause_start (s, k - 2), k - 1)))) ||
        (sebab && (*n = sebab_clause (ctx, s, k, e)) > 0))
      {
        /* "because of the shortage of icebreakers": the reason is a noun
         * phrase. */
        gboolean of = _ds_tok_is (&s->toks[k + *n], "of") && k + *n + 3 < e;

        *n += of;
        /* "because of who they are", "karena apa yang …": a clause the
         * cue makes a noun of, inside what the sentence says. */
        if (s->toks[k + *n].flags & W_QUESTION)
          return 0;
        /* "melindungi petani dari kerugian akibat banjir", "protects
         * farmers from losses due to floods": after a preposition's noun
         * that is itself a harm (phrase list reason_effect_noun) the
         * reason is the noun's, not the clause's. */
        if (k >= 2 && (s->toks[k - 2].flags & W_PREP) && _ds_phrase_at (ctx, s, k - 1, PL_REASON_EFFECT_NOUN) == 1)
          return 0;
        /* "bukan karena …", "not because …", "tidak selalu terjadi karena
         * …": a reason denied (phrase list reason_denied). */
        if (_ds_phrase_in (ctx, s, k >= 3 ? k - 3 : 0, k, PL_REASON_DENIED) ||
            _ds_phrase_at (ctx, s, k - 1, PL_REASON_DENIED_BEFORE) == 1)
          return 0;
        /* "karena itu", "because of this", "because of it": therefore,
         * no reason given. */
        return (s->toks[k + *n].flags & (of ? W_ANAPHOR | W_PRONOUN : W_ANAPHOR)) ||
               _ds_tok_is (&s->toks[k + *n], "of") ? 0 : k;
      }
  return 0;
}

/* Where the subject of the clause [@c, @end) ends: at its first verb,
 * auxiliary, copula or adverb, or in English at a plain lower-case word
 * ending in "-s" or "-ed" after a noun, a verb the lexicon may not know
 * ("Drip irrigation works …"); 0 when none stands within a name's reach
 * or the subject is no plain noun phrase. */
static guint
reason_subject_end (Ctx        *ctx,
                    const Sent *s,
                    guint       c,
                    guint       end,
                    gboolean    plural)
{
  gboolean content = FALSE;
  /* A guessed verb needs a subject of two words or a name before it:
   * "small firms often find …" would read "firms" as the verb. */
  gboolean sure = s->toks[c].cap && !(s->toks[c].flags & W_FUNCTION) && c > 0;

  if (s->toks[c].flags & (W_QUESTION | W_RELATIVE | W_THAT | W_PRONOUN | W_ANAPHOR | W_CONJ | W_PREP))
    return 0;
  for (guint v = c; v < end && v <= c + 6; v++)
    {
      const Tok *t = &s->toks[v];

      /* "The 2016 agreement": a year inside the subject. */
      if (t->type == TOK_NUMBER && v > c)
        continue;
      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT | W_CLAUSE | W_QUESTION)))
        return 0;
      if (v > c && ((t->verb && !t->cap) || (t->flags & (W_AUX | W_CUE_DEF | W_ADV))))
        return content ? v : 0;
      sure |= (v > c && t->cap) || (t->flags & W_COUNTRY) || v >= c + 2;
      if (!sure && v > c)
        {
          content |= !(t->flags & W_FUNCTION);
          continue;
        }
      /* A verb in "-s" agrees with "it" only ("many national laws …
       * because they …": "laws" is the subject's noun); "-ed" with
       * either. */
      if (v > c && ctx->english && !t->cap && t->len > 3 && !(t->flags & W_FUNCTION) &&
          !(s->toks[v - 1].flags & W_FUNCTION) &&
          ((!plural && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's') ||
           (t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd')))
        return content ? v : 0;
      /* "observer schemes work …", "inspectors quit …": after a plural
       * noun a plain word is the verb "they" stands with. */
      if (v > c && plural && ctx->english && !t->cap && !(t->flags & (W_FUNCTION | W_NOUN)) &&
          _ds_tok_nounish (&s->toks[v - 1]) && !(s->toks[v - 1].flags & W_FUNCTION) &&
          s->toks[v - 1].len > 3 && s->toks[v - 1].p[s->toks[v - 1].len - 1] == 's' &&
          s->toks[v - 1].p[s->toks[v - 1].len - 2] != 's')
        return content ? v : 0;
      content |= !(t->flags & W_FUNCTION);
    }
  return 0;
}

/* Whether an object follows the English verb at @v of the clause
 * ending at @end: "The council rejected the plan because it …" may
 * mean the plan, and the pronoun is no sure stand-in for the subject.
 * A copula, an adverb, a preposition, a comparison, the subject's own
 * "its"/"their" or the clause's end after the verb leave only the
 * subject. */
static gboolean
object_follows (Ctx        *ctx,
                const Sent *s,
                guint       v,
                guint       end)
{
  guint o = v;

  if (!ctx->english || (s->toks[v].flags & W_CUE_DEF))
    return FALSE;
  /* "has lasted", "had moved": the auxiliary, then its verb. */
  while (o < end && (s->toks[o].flags & (W_AUX | W_ADV)) && !(s->toks[o].flags & W_CUE_DEF))
    o++;
  if (o < end && o > v && (s->toks[o].flags & W_CUE_DEF))
    return FALSE;
  if (o < end && (o == v || (s->toks[o].type == TOK_WORD && !(s->toks[o].flags & W_FUNCTION))))
    o++;
  /* "moved further south", "works better than …": an adverb after
   * the verb, no object. */
  if (o >= end || (s->toks[o].flags & W_ADV))
    return FALSE;
  if (_ds_tok_is (&s->toks[o], "its") || _ds_tok_is (&s->toks[o], "their"))
    return FALSE;
  return s->toks[o].type == TOK_NUMBER || _ds_tok_is_article (&s->toks[o]) ||
         (s->toks[o].type == TOK_WORD && !(s->toks[o].flags & (W_PREP | W_ADV | W_CONJ)) &&
          !_ds_phrase_at (ctx, s, o, PL_COMPARISON_WORD));
}

/* Words of a noun phrase the clause names that a demonstrative in the
 * reason may stand for, at most. */
#define CLAUSE_NOUN_MAX_TOKENS 5

/* The reason [@a, @e) as it stands, but for a noun and its demonstrative
 * that the clause [@c, @end) named: "Indonesia mendukung forum G20 karena
 * forum itu mempertemukan …" → "forum G20 mempertemukan …"; "… data
 * tangkapan karena khawatir data itu dipakai …" → "data tangkapan". The
 * card shows the reason without the clause, where "forum itu" points at
 * nothing. A noun the clause does not hold is left to the referents
 * (ds-claims-referent.c). */
static char *
clause_named_answer (Ctx        *ctx,
                     const Sent *s,
                     guint       c,
                     guint       end,
                     guint       a,
                     guint       e)
{
  /* (A predication read alone, ds-claims-split.c, finds its answer
   * among the sentence's own words.) */
  if (ctx->english || (ctx->toks_split != NULL && s->toks == (const Tok *) (gconstpointer) ctx->toks_split->data))
    return _ds_toks_dup (s, a, e);
  for (guint i = a; i + 1 < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type != TOK_WORD || t->verb || (t->flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)) ||
          !(s->toks[i + 1].flags & W_ANAPHOR) || s->toks[i + 1].type != TOK_WORD ||
          _ds_phrase_at (ctx, s, i, PL_DEIXIS) > 0)
        continue;
      for (guint j = c; j < end; j++)
        {
          guint m = j + 1;

          if (s->toks[j].len != t->len || ds_ascii_strncasecmp (s->toks[j].p, t->p, t->len) != 0)
            continue;
          /* "Laporan kelompok ahli tahun 2013 …": a year or a number is
           * part of the name. */
          while (m < end && (s->toks[m].type == TOK_NUMBER ||
                             (s->toks[m].type == TOK_WORD && !s->toks[m].verb &&
                              !(s->toks[m].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR | W_AUX | W_ADV)) &&
                              _ds_phrase_at (ctx, s, m, PL_CAUSES3_SIDE_ASPECT) == 0)))
            m++;
          /* "forum itu" after "forum" alone names nothing more; a noun
           * phrase longer than a name is cut nowhere. */
          if (m == j + 1 || m > j + CLAUSE_NOUN_MAX_TOKENS)
            return _ds_toks_dup (s, a, e);
          {
            g_autofree char *before = i > a ? _ds_toks_dup (s, a, i) : g_strdup ("");
            g_autofree char *noun = _ds_toks_dup (s, j, m);
            g_autofree char *after = i + 2 < e ? _ds_toks_dup (s, i + 2, e) : g_strdup ("");

            return g_strstrip (g_strconcat (before, " ", noun, " ", after, NULL));
          }
        }
      return _ds_toks_dup (s, a, e);
    }
  return _ds_toks_dup (s, a, e);
}

/* The reason [@a, @e) as an answer: when it opens on a pronoun that
 * stands for the clause's subject (phrase list causes3_reason_pronoun:
 * "it", "they", "mereka"), the subject [@c, @end) in its place ("because
 * it wastes less water" → "drip irrigation wastes less water"), which a
 * card read alone must name; NULL when that subject cannot be told. */
static char *
reason_answer (Ctx        *ctx,
               const Sent *s,
               guint       c,
               guint       end,
               guint       a,
               guint       e)
{
  guint n = _ds_phrase_at (ctx, s, a, PL_CAUSES3_REASON_PRONOUN), v;
  g_autofree char *subject = NULL;
  g_autofree char *rest = NULL;

  if (n == 0)
    return clause_named_answer (ctx, s, c, end, a, e);
  if (a + n + 2 > e ||
      (v = reason_subject_end (ctx, s, c, end, !_ds_tok_is (&s->toks[a], "it") && !_ds_tok_is (&s->toks[a], "ia"))) == 0 ||
      object_follows (ctx, s, v, end))
    return NULL;
  subject = _ds_phrase_dup (s, c, v, TRUE);
  rest = _ds_toks_dup (s, a + n, e);
  return g_strconcat (subject, " ", rest, NULL);
}

/* Whether [@a, @e) is only a word for a reason and words that say
 * nothing of it ("alasan sederhana", "several reasons": the phrase lists
 * causes41_vague_reason and causes41_vague_word); "alasan keamanan",
 * "security reasons" say which. */
static gboolean
vague_reason (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       e)
{
  gboolean reason = FALSE;

  for (guint k = a; k < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_CAUSES41_VAGUE_REASON) == 1)
      reason = TRUE;
    else if (_ds_phrase_at (ctx, s, k, PL_CAUSES41_VAGUE_WORD) != 1)
      return FALSE;
  return reason;
}

/* Where the clause said starts in [@c, @end): after a reporting verb
 * (word class report: "mengatakan", "said", "found") and its "bahwa",
 * "that", with a subject of one to six words before the verb (at
 * *@reporter) and three words or more after it; 0 when the clause is no
 * report. */
static guint
said_clause (Ctx        *ctx,
             const Sent *s,
             guint       c,
             guint       end,
             guint      *reporter)
{
  /* "Sulit membuktikan siapa pelakunya karena …", "Hard to prove who
   * …": a clause that opens on how hard or how often a thing is done
   * names no speaker, whatever verb follows. */
  if (s->toks[c].flags & (W_ADV | W_AUX))
    return 0;
  /* "A spokesperson for the national cyber agency said …": a speaker
   * and the body they speak for. */
  for (guint r = c + 1; r < end && r <= c + 8; r++)
    {
      guint a = r + 1;

      if (s->toks[r].type != TOK_WORD ||
          !((s->toks[r].flags & W_REPORT) || _ds_phrase_at (ctx, s, r, PL_REASON_THINKING_VERB) == 1))
        continue;
      if (a < end && (s->toks[a].flags & W_THAT))
        a++;
      /* ("cargo ships from both states were held …": "states" is no
       * verb when a verb or an auxiliary follows it.) */
      /* ("menunjukkan siapa pelakunya", "showed who …": what the verb
       * asks after is no clause said.) */
      /* ("The Pacific states chose …": an English past the lexicon
       * knows by its base, "chose choose", is a verb too.) */
      /* ("Small states often act as …": an English adverb straight
       * after "states", "reports" is the plural subject's, before its
       * verb; a reporting verb is followed by what was said.) */
      if (end < a + 3 || s->toks[a].type != TOK_WORD || s->toks[a].verb ||
          (s->toks[a].flags & (W_PRONOUN | W_ANAPHOR | W_AUX | W_PREP | W_CONJ | W_QUESTION)) ||
          (ctx->english && a == r + 1 && (s->toks[a].flags & W_ADV)) ||
          (ctx->english && a == r + 1 && _ds_lexicon_other_forms (ctx, &s->toks[a], "verb_base") != NULL))
        return 0;
      *reporter = r;
      return a;
    }
  return 0;
}

/* "Patroli gabungan melibatkan kapal … . Jenis ini paling mahal karena
 * …", "Maritime security is … . This definition was chosen because …":
 * a subject that points at the kind the sentence before opened with
 * (phrase list reason_kind_pointer: "Jenis ini", "This kind") is that
 * subject, one that points at its definition (reason_definition_pointer)
 * is "definisi X", "the definition of X" when that sentence defined X.
 * Returns the subject named, *@n receiving the pointer's tokens, *@kind
 * whether it is the kind itself; NULL when the sentence before names
 * nothing a card can say. */
static char *
pointed_subject (Ctx        *ctx,
                 const Sent *s,
                 guint       c,
                 guint      *n,
                 gboolean   *kind)
{
  guint o, v, e;
  g_autofree char *name = NULL;
  Sent x;

  *kind = (*n = _ds_phrase_at (ctx, s, c, PL_REASON_KIND_POINTER)) > 0;
  if (*n == 0 && (*n = _ds_phrase_at (ctx, s, c, PL_REASON_DEFINITION_POINTER)) == 0)
    return NULL;
  if (ctx->prev.p == NULL || ctx->prev.block != s->block)
    return NULL;
  _ds_sent_from_ref (ctx, &ctx->prev, &x);
  e = _ds_body_end (&x);
  if (x.question || (o = _ds_clause_opening (&x)) == G_MAXUINT || x.toks[o].type != TOK_WORD)
    return NULL;
  for (v = o + 1; v < e && v <= o + 5 && !x.toks[v].verb && !(x.toks[v].flags & (W_AUX | W_ADV | W_CUE_DEF)); v++)
    if (x.toks[v].type != TOK_WORD || (x.toks[v].flags & (W_PREP | W_CONJ | W_RELATIVE | W_THAT)))
      return NULL;
  /* "Observation drones need only …": English marks no verb, and a word
   * the lexicon does not know would end up in the subject; its subject
   * ends at a verb or an auxiliary it knows. */
  if (v >= e || v > o + 5 || (!*kind && !(x.toks[v].flags & W_CUE_DEF)) || !_ds_side_ok (&x, o, v) ||
      (ctx->english && !x.toks[v].verb && !(x.toks[v].flags & (W_AUX | W_CUE_DEF))))
    return NULL;
  for (guint k = o; k < v; k++)
    if ((x.toks[k].flags & (W_ANAPHOR | W_PRONOUN | W_VAGUE | W_QUESTION)) || _ds_tok_ends_nya (&x.toks[k]))
      return NULL;
  name = _ds_phrase_dup (&x, o, v, TRUE);
  return *kind ? g_steal_pointer (&name) : ds_lang_expand (ctx->lang, "reason_definition_of", "term", name, NULL);
}

/* Where the clause at @c, before a reason at @k, ends a series that
 * is the sentence's subject ("Data Kominfo, BSSN, dan kepolisian …",
 * "Figures from the ministry, the cyber agency and the police …"):
 * items of one to five words with no verb between commas from the
 * sentence's start, the last one joined by "dan", "and" before any verb.
 * Returns @c (the commas before it are the series') or 0. */
static guint
series_subject (const Sent *s,
                guint       c,
                guint       k)
{
  guint from = 0, commas = 0;
  gboolean conj = FALSE;

  /* ("… the cyber agency and the police differ": the clause may be read
   * from after "and"; the last item opens after the comma before it.) */
  if (c > 2 && c < k && (_ds_tok_is (&s->toks[c - 1], "and") || _ds_tok_is (&s->toks[c - 1], "dan")))
    for (guint q = c - 1; q > 0 && q + 6 > c; q--)
      if (_ds_tok_is_punct (&s->toks[q - 1], ','))
        {
          c = q;
          break;
        }
  if (c < 2 || c >= k || !_ds_tok_is_punct (&s->toks[c - 1], ','))
    return 0;
  for (guint i = 0; i < c; i++)
    {
      const Tok *t = &s->toks[i];

      if (_ds_tok_is_punct (t, ','))
        {
          if (i == from || i - from > 5)
            return 0;
          from = i + 1, commas++;
          continue;
        }
      if (t->type == TOK_PUNCT || (t->verb && !t->cap) ||
          (t->flags & (W_AUX | W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT | W_CONNECTIVE | W_CONJ | W_QUESTION)))
        return 0;
    }
  for (guint i = c; i < k && i < c + 6 && !conj; i++)
    {
      if ((s->toks[i].verb && !s->toks[i].cap) || s->toks[i].type != TOK_WORD)
        return 0;
      conj = (s->toks[i].flags & W_CONJ) && (_ds_tok_is (&s->toks[i], "dan") || _ds_tok_is (&s->toks[i], "and"));
    }
  return commas > 0 && conj ? c : 0;
}

/* "Motif ekonomi paling dominan karena …" → "Mengapa motif ekonomi paling
 * dominan?"; "Small firms are attacked most because …" → "According to
 * the essay, what is the reason that small firms are attacked most?" The
 * clause before the reason is asked as it stands, so it must name its own
 * subject and be short. */

/* The last token of the clause a reason at @k is given for: the word
 * before the cue, or, when a hedge alone stands between a comma and the
 * cue ("…, partly because …", "…, terutama karena …": phrase list
 * reason_hedge), the word before that comma; the hedge weighs the
 * reason, the clause before the comma is what it is given for. */
static guint
reason_clause_last (Ctx        *ctx,
                    const Sent *s,
                    guint       k)
{
  if (k >= 4 && _ds_phrase_at (ctx, s, k - 1, PL_REASON_HEDGE) == 1 && _ds_tok_is_punct (&s->toks[k - 2], ','))
    {
      /* ("Laporan itu mencatat bahwa insiden naik dua kali lipat,
       * terutama karena …": the reason is the reported clause's, not the
       * report's; left as it was.) */
      for (guint j = _ds_clause_start (s, k - 3); j < k - 2; j++)
        if (s->toks[j].flags & W_THAT)
          return k - 1;
      return k - 3;
    }
  return k - 1;
}

static gboolean
reason_from (Ctx     *ctx,
             Sent    *s,
             gboolean beside,
             guint    e,
             guint    k,
             guint    n)
{
  guint c, c0, end, pointed = 0, said, reporter = 0, pn = 0, series;
  guint lead, again = 0, who_a = 0, who_b = 0, setting = G_MAXUINT;
  gboolean author = FALSE, it;
  gboolean kind = FALSE;
  g_autofree char *named = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *question = NULL;
  DsClaim *claim;

  c0 = c = _ds_clause_start (s, reason_clause_last (ctx, s, k));
  /* "Data BP2MI, Kemnaker, dan perwakilan RI berbeda-beda, karena …",
   * "Figures from the ministry, the cyber agency and the police differ,
   * because …": a subject that is a series opens the sentence; the
   * clause is the whole of it, its commas the series'. */
  if ((series = series_subject (s, c, k)) > 0)
    c0 = c = 0;
  end = k;
  if (end > c && _ds_tok_is_punct (&s->toks[end - 1], ','))
    end--;
  /* "Perundingan macet terutama karena …", "The talks stalled mainly
   * because …": the hedge weighs the reason, the question is without it. */
  while (end > c + 3 && _ds_phrase_at (ctx, s, end - 1, PL_REASON_HEDGE) == 1)
    end--;
  if (end > c && _ds_tok_is_punct (&s->toks[end - 1], ','))
    end--;
  /* "Many observers think the pact failed, mainly because …", "Sejumlah
   * pejabat menduga sekretariat kehilangan pengaruh karena …": a clause
   * that a verb of thinking reports without "that" (phrase list
   * reason_thinking_verb, two words or more after it) is what is
   * thought, and the reason is given for it, not for the thinking: it
   * is asked by the thinker as a verb of saying is ("According to many
   * observers, what is the reason that the pact failed?",
   * said_clause()), or not at all. */
  for (guint j = c, r; j + 3 < end; j++)
    if (s->toks[j].type == TOK_WORD && !s->toks[j].cap && _ds_phrase_at (ctx, s, j, PL_REASON_THINKING_VERB) == 1 &&
        !_ds_tok_is_punct (&s->toks[j + 1], ',') && !_ds_tok_is_punct (&s->toks[j + 2], ',') &&
        said_clause (ctx, s, c, end, &r) == 0)
      return FALSE;
  /* "Jenis ini paling mahal karena …": the kind the sentence before
   * named stands in the question; in English only a kind in the
   * singular, with which "This kind is …" agrees ("Direct rule", not
   * "Joint patrols"). */
  if (end > c + 2 && end - c <= 14 && (named = pointed_subject (ctx, s, c, &pn, &kind)) != NULL)
    {
      if (c + pn >= end || (kind && ctx->english && named[strlen (named) - 1] == 's'))
        return FALSE;
      c += pn;
    }
  /* "Kemiskinan nelayan adalah akibat dari …": a clause that ends on its
   * copula or a preposition says nothing to ask why of. */
  /* "I like the Swiss model because it starts with …", "Saya memilih
   * model ASEAN karena …": the author's own choice, asked as the
   * author's (phrase lists reason_author, reason_author_verb). */
  if (named == NULL && end > c + 3 && end - c <= 14 && (pn = _ds_phrase_at (ctx, s, c, PL_REASON_AUTHOR)) > 0 &&
      _ds_phrase_at (ctx, s, c + pn, PL_REASON_AUTHOR_VERB) > 0)
    {
      author = TRUE;
      c += pn;
    }
  /* "Program pendidikan bagi koki agar …", "The ban on transshipment so
   * that catches can be counted … was adopted": a purpose after a noun
   * phrase is the noun's, inside a clause that goes on after it. */
  if (n == 0 && !purpose_clause_verb (ctx, s, c, end))
    return FALSE;
  /* "Fund the inspectorate … so that …", "Ditunda karena …": a clause
   * that opens on its verb names nothing to ask why of. */
  if (named == NULL && !author && s->toks[c].verb &&
      !(ctx->english && s->toks[c].p[s->toks[c].len - 1] == 's'))
    return FALSE;
  /* "It is hard to prove who … because …": the "it" stands for what
   * the clause says next. */
  it = ctx->english && named == NULL && !author && _ds_expletive_it (s, c, end);
  if (end <= c + (named != NULL || author ? 0 : 2) || end - c > 14 || _ds_toks_any_used (s, beside ? k : c, e) ||
      (named == NULL && !author && !it && (s->toks[c].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_CONJ | W_PREP))) ||
      (s->toks[end - 1].flags & (W_CUE_DEF | W_AUX | W_PREP | W_CONJ | W_DET)) ||
      _ds_tok_ends_nya (&s->toks[c]) || s->toks[c].type != TOK_WORD)
    return FALSE;
  /* "… signed but never ratified it, partly because …": a clause that
   * ends on a pronoun asks of a thing the card does not name ("ini",
   * "this" are the referent rules' to name). */
  if ((s->toks[end - 1].flags & W_PRONOUN) && !(s->toks[end - 1].flags & (W_ANAPHOR | W_RELATIVE | W_THAT)))
    return FALSE;
  /* "Ketiga, …" opens a list's step; "dari kedua negara" names both. */
  /* "Sengketa perbatasan laut itu berlarut-larut karena …": a subject
   * closed by its demonstrative is named by the referent rules. */
  for (guint i = c, open = 0; i < end; i++)
    {
      /* "memperoleh nilai terendah (61,2)", "mendukung Kelompok Kerja
       * Terbuka (OEWG)": a bracket closed inside the clause is part of
       * what it says. */
      if (_ds_tok_is_punct (&s->toks[i], '(') && open == 0 && i > c)
        {
          open = i;
          continue;
        }
      if (_ds_tok_is_punct (&s->toks[i], ')') && open > 0)
        {
          open = 0;
          continue;
        }
      if (i < series && _ds_tok_is_punct (&s->toks[i], ','))
        continue;
      if ((s->toks[i].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[i], '-') && open == 0) ||
          (i == c && (s->toks[i].flags & W_ORDINAL)) || (open > 0 && i + 1 == end))
        return FALSE;
      /* "Badan kami menyiapkan …", "Our agency prepared …": whose the
       * subject is, the card cannot say. */
      if (i < c + 3 && i > c && (s->toks[i].flags & W_PRONOUN) && !(s->toks[i].flags & (W_RELATIVE | W_THAT)) && named == NULL && !author)
        return FALSE;
      if (i < c + 6 && (s->toks[i].flags & W_ANAPHOR))
        {
          if (pointed == 0 && i + 1 < end && _ds_subject_end (ctx, s, c, i + 1) == i)
            pointed = i;
          else if (i < c + 4)
            return FALSE;
        }
    }
  /* The clause opens the sentence, after a connective at most ("Namun,"):
   * one that starts after "which" or a name's comma is no whole clause. */
  lead = _ds_phrase_at (ctx, s, 0, PL_COVER_LEAD);
  lead = lead > 0 && lead < c0 && _ds_tok_is_punct (&s->toks[lead], ',') ? lead + 1 : 0;
  /* "Menurut Sari (2020), pelonggaran ini terjadi karena …", "According
   * to Hale, quotas were loosened because …": the scholar's reason,
   * asked with the name. */
  if (lead < c0 && _ds_attribution_opening (ctx, s, e, &who_a, &who_b, &lead) && lead != c0)
    return FALSE;
  /* "Hasil simulasi cukup jelas: tim-tim nasional enggan … karena …":
   * after a colon a clause with its own subject (no verb first: "Posisi
   * Indonesia: mendukung …") stands alone as well. */
  if (!(c0 > lead + 2 && _ds_tok_is_punct (&s->toks[c0 - 1], ':') && !s->toks[c].verb &&
        !(s->toks[c].flags & (W_AUX | W_ADV))))
    for (guint i = lead; i < c0; i++)
      if (!(s->toks[i].flags & W_CONNECTIVE) && !_ds_tok_is_punct (&s->toks[i], ','))
        {
          Clause cl;

          /* "Pada latihan tahun ini, panitia mengundang …", "In practice,
           * officials prefer …": a setting the clause reader finds before
           * the subject is no part of the clause asked. */
          _ds_clause_asides (ctx, s, &cl);
          if (cl.opening_end != c0 || who_a < who_b ||
              (_ds_sent_may_start (s, HOT_CLAUSE_ATTRIB) && _ds_phrase_in (ctx, s, 0, c0, PL_CLAUSE_ATTRIB)))
            return FALSE;
          /* The setting stays in the question: "Mengapa pada masa
           * Demokrasi Terpimpin, politik luar negeri menyimpang?"; one
           * that points ("Pada latihan tahun ini,") is left out. */
          setting = i;
          for (guint j = i; j < c0; j++)
            if (s->toks[j].flags & W_ANAPHOR)
              setting = G_MAXUINT;
          break;
        }
  /* "Kepala BSSN mengatakan pemulihan dilakukan bertahap karena …", "The
   * chief said the repairs were phased because …": the reason is of what
   * was said, not of the saying; asked by whom it was said ("Menurut
   * Kepala BSSN, mengapa pemulihan dilakukan bertahap?"). */
  if (author)
    {
      g_autofree char *what = _ds_toks_dup (s, c, end);
      guint np = _ds_phrase_at (ctx, s, k + n, PL_CAUSES3_REASON_PRONOUN), v = c + 1;

      question = ds_lang_expand (ctx->lang, "question_why_author", "clause", what, NULL);
      /* "… because it starts with …": "it" is what the author chose, a
       * noun phrase of its own after the verb. */
      if (np > 0)
        {
          g_autofree char *object = NULL;
          g_autofree char *rest = k + n + np < e ? _ds_toks_dup (s, k + n + np, e) : NULL;

          while (v < end && (s->toks[v].verb || (s->toks[v].flags & W_ADV)))
            v++;
          if (rest == NULL || end - v < 2 || end - v > 8)
            return FALSE;
          for (guint i = v; i < end; i++)
            if (s->toks[i].verb || (s->toks[i].flags & (W_AUX | W_PRONOUN | W_ANAPHOR | W_THAT | W_RELATIVE)))
              return FALSE;
          object = _ds_toks_dup (s, v, end);
                  answer = g_strconcat (object, " ", rest, NULL);
        }
      else
        answer = _ds_toks_dup (s, k + n, e);
    }
  else if (named != NULL)
    {
      g_autofree char *tail = _ds_toks_dup (s, c, end);
      guint np = _ds_phrase_at (ctx, s, k + n, PL_CAUSES3_REASON_PRONOUN);

      clause = g_strconcat (named, " ", tail, NULL);
      /* "… karena ia mencakup …", "because it covers …": the subject
       * named in the pronoun's place. */
      if (np > 0)
        {
          g_autofree char *rest = k + n + np < e ? _ds_toks_dup (s, k + n + np, e) : NULL;

          if (rest == NULL)
            return FALSE;
          answer = g_strconcat (named, " ", rest, NULL);
        }
    }
  /* ("pemerintah menjelaskan kebijakan kepada publik agar warga …": a
   * purpose is the act's, the saying's too.) */
  else if (pointed == 0 && n > 0 && (said = said_clause (ctx, s, c, end, &reporter)) > 0)
    {
      g_autofree char *who = _ds_phrase_dup (s, c, reporter, TRUE);
      g_autofree char *what = _ds_toks_dup (s, said, end);

      if ((answer = reason_answer (ctx, s, said, end, k + n, e)) == NULL)
        return FALSE;
      question = ds_lang_expand (ctx->lang, "question_why_by", "who", who, "clause", what, NULL);
    }
  else if (pointed > 0)
    {
      g_autofree char *head = _ds_phrase_dup (s, c, pointed, TRUE);
      g_autofree char *tail = _ds_toks_dup (s, pointed + 1, end);

      clause = g_strconcat (head, " ", tail, NULL);
    }
  else
    {
      /* "Diplomasi publik juga penting karena …", "X also matters
       * because …": asked as the reason before it was, without the
       * adverb that adds this one (phrase list condition_again). */
      /* ("was too simple": "too" before an adjective says how much.) */
      for (guint i = c + 1; i + 1 < end && again == 0; i++)
        if (_ds_phrase_at (ctx, s, i, PL_CONDITION_AGAIN) == 1 &&
            !(_ds_tok_is (&s->toks[i], "too") && s->toks[i + 1].type == TOK_WORD && !s->toks[i + 1].verb &&
              !(s->toks[i + 1].flags & (W_AUX | W_VERB))))
          again = i;
      if (again > 0)
        {
          g_autofree char *head = _ds_phrase_dup (s, c, again, TRUE);
          g_autofree char *tail = _ds_toks_dup (s, again + 1, end);

          clause = g_strconcat (head, " ", tail, NULL);
        }
      /* ("Kominfo, BSSN, and the police …": a name opening a series of
       * names keeps its capital; "Nikel, kobalt, …", "Data BP2MI, …",
       * "Figures from …" lose it.) */
      else if (series > 0)
        {
          clause = _ds_toks_dup (s, c, end);
          if (!_ds_tok_is_acronym (&s->toks[0]) &&
              !(_ds_tok_is_punct (&s->toks[1], ',') && s->toks[2].cap) && g_ascii_isupper (clause[0]))
            clause[0] = g_ascii_tolower (clause[0]);
        }
      else if (setting != G_MAXUINT)
        clause = _ds_clause_text_dup (ctx, s, setting, end, TRUE);
      else
        clause = _ds_clause_text_dup (ctx, s, c, end, TRUE);
    }
  if (pointed > 0 && _ds_phrase_at (ctx, s, k + n, PL_CAUSES3_REASON_PRONOUN) > 0)
    return FALSE;
  /* "The definition matters because …", "The plan failed because …":
   * "the" and one noun name what the text named before, which the card
   * cannot say; "The research uses …", "The study focuses …" name the
   * text's own work (phrase list reason_own_work). */
  if (ctx->english && clause != NULL && named == NULL && who_a == who_b && c + 2 < end && _ds_tok_is (&s->toks[c], "the") &&
      s->toks[c + 1].type == TOK_WORD && !s->toks[c + 1].cap && reason_subject_end (ctx, s, c, end, FALSE) == c + 2 &&
      _ds_phrase_at (ctx, s, c + 1, PL_REASON_OWN_WORK) == 0)
    return FALSE;
  if (answer == NULL && (answer = reason_answer (ctx, s, c, end, k + n, _ds_speaker_tail_cut (ctx, s, k + n, e))) == NULL)
    return FALSE;
  /* "… sering macet karena alasan sederhana", "… for simple reasons":
   * a reason that only says there is one (the phrase list
   * causes41_vague_reason, with at most an adjective beside it) answers
   * nothing. */
  if (e <= k + n + 3 && vague_reason (ctx, s, k + n, e))
    return FALSE;
  if (question == NULL && who_a < who_b)
    {
      g_autofree char *who = _ds_toks_dup (s, who_a, who_b);

      question = ds_lang_expand (ctx->lang, "question_why_by", "who", who, "clause", clause, NULL);
    }
  else if (question == NULL)
    question = ds_lang_expand (ctx->lang, "question_why", "clause", clause, NULL);
  {
    g_autofree char *asked = ds_utf8_capitalize (question);

    /* "X penting karena A. X juga penting karena B.": one card. */
    if (_ds_answer_join (ctx, s, asked, answer))
      return TRUE;
  }
  claim = _ds_fact_new (ctx, s, DS_CLAIM_RULE_REPORT, k + n, e);
  g_free (claim->subject);
  claim->subject = g_steal_pointer (&answer);
  claim->question = ds_utf8_capitalize (question);
  _ds_toks_mark_used (s, c0, e);
  return _ds_claim_commit (ctx, claim);
}

static gboolean
find_reason (Ctx     *ctx,
             Sent    *s,
             gboolean beside)
{
  guint e = _ds_body_end (s), n = 0, k = reason_at (ctx, s, e, &n);

  /* (Most sentences give no reason: reason_from(), which declares the
   * strings, is not entered.) */
  if (k == 0)
    return FALSE;
  /* "… karena negara takut ditipu — siapa dapat lebih banyak", "…
   * because it is cheap; critics disagree": the reason ends at a dash,
   * a semicolon or a colon, where the sentence goes on to something
   * else. */
  for (guint j = k + n + 2; j < e; j++)
    if (_ds_tok_is_punct (&s->toks[j], ';') || _ds_tok_is_punct (&s->toks[j], ':') ||
        _ds_tok_is_punct (&s->toks[j], 0x2014) || _ds_tok_is_punct (&s->toks[j], 0x2013))
      {
        e = j;
        break;
      }
  /* "… sering mati karena kurang perawatan, dan pesan singkat tidak
   * menjangkau semua orang", "… because the servers were old, and the
   * ministry moved its mail elsewhere": a comma, a joining word (phrase
   * list split_join) and a subject with its own verb open a clause of
   * their own; the reason ends before them. A reason with a comma of its
   * own before them is a series ("karena biaya, waktu, dan tenaga …"),
   * left whole. */
  for (guint j = k + n + 1, commas = 0; j + 3 < e && commas == 0; j++)
    if (_ds_tok_is_punct (&s->toks[j], ','))
      {
        const Tok *f = &s->toks[j + 2];

        if (_ds_phrase_at (ctx, s, j + 1, PL_SPLIT_JOIN) == 1 && f->type == TOK_WORD && !f->verb &&
            !(f->flags & (W_AUX | W_PREP | W_CONJ | W_ADV | W_THAT | W_RELATIVE | W_QUESTION)))
          {
            for (guint x = j + 3; x < MIN (e, j + 10); x++)
              if (s->toks[x].type != TOK_WORD)
                break;
              else if ((s->toks[x].verb && !s->toks[x].cap) || (s->toks[x].flags & W_AUX))
                {
                  e = j;
                  break;
                }
          }
        commas++;
      }
  /* "penting karena tiga alasan", "karena beberapa alasan berikut",
   * "because of two factors": a count of reasons the sentences after
   * give (a noun of the phrase list reason_vague_noun after the reason's
   * first word: "karena alasan keamanan" is one), no reason. */
  if (_ds_count_words (s, k + n, e) < 2 ||
      _ds_phrase_in (ctx, s, k + n + 1, MIN (e, k + n + 3), PL_REASON_VAGUE_NOUN))
    return FALSE;
  return reason_from (ctx, s, beside, e, k, n);
}

/* "Kelompok-kelompok enggan berbagi data karena khawatir …", "Narasumber
 * menjelaskan bahwa Indonesia mendukung OEWG karena …": a claim and its
 * reason, asked why before the rules that would ask the sentence by its
 * colon, its speaker or a name in it. A sentence with a figure or a
 * bracket is left to the facts' rules, which ask the figure, the other
 * name in brackets ("ruang gema (echo chamber)") and the reason beside
 * them. */
gboolean
_ds_find_reason_clause (Ctx  *ctx,
                        Sent *s)
{
  guint k, n = 0;

  if (s->has_digit || s->has_bracket || !_ds_sent_may_start (s, HOT_REASON_CUE) || _ds_toks_any_used (s, 0, s->n) ||
      (k = reason_at (ctx, s, _ds_body_end (s), &n)) == 0)
    return FALSE;
  /* "X berbeda dari Y karena …", "X differs from Y because …": a
   * difference, asked as one by the contrasts' rules. */
  if (_ds_sent_may_start (s, HOT_CONTRAST_DIFFER) && _ds_phrase_in (ctx, s, 0, k, PL_CONTRAST_DIFFER))
    return FALSE;
  /* "In conclusion, donors should fund … because …": the essay's
   * argument is the thesis rules' to ask first. */
  if (_ds_sentence_argues (ctx, s))
    return FALSE;
  /* "Hate speech is expression that attacks a group because of …",
   * "Ruang udara terbatas adalah ruang yang dibuka … karena …": a reason
   * inside a definition is the definition's, read by its rules first. */
  /* ("The drill was delayed because …", "… was too simple, since …": a
   * copula before a verb or an adverb defines nothing.) */
  /* (In the reason's clause only: "Simulasi ini memperlihatkan bahwa
   * hambatannya bukan teknis: tim-tim enggan … karena …"; "menjelaskan
   * bahwa" reports, it defines nothing.) */
  for (guint j = _ds_clause_start (s, reason_clause_last (ctx, s, k)); j + 1 < k; j++)
    {
      const Tok *next = &s->toks[j + 1];

      if (((s->toks[j].flags & W_DEFINE_VERB) && !(next->flags & W_THAT)) ||
          ((s->toks[j].flags & W_CUE_DEF) && !next->verb && !(next->flags & (W_ADV | W_AUX)) &&
           !(ctx->english && next->len > 3 && next->p[next->len - 2] == 'e' && next->p[next->len - 1] == 'd')))
        return FALSE;
    }
  return find_reason (ctx, s, FALSE);
}

/* "The oldest link in the region dates from 1920", "… dates back to
 * 1815", "Tradisi ini berasal dari tahun 1920": a year after a verb of
 * origin (the phrase list "date_origin") dates the thing, though "from"
 * and "dari" open no date elsewhere ("from 2010 to 2015"). */
static gboolean
find_origin_date (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s);

  if (!_ds_sent_may_start (s, HOT_DATE_ORIGIN))
    return FALSE;
  for (guint i = 1; i + 1 < e; i++)
    {
      guint n = _ds_phrase_at (ctx, s, i, PL_DATE_ORIGIN), k = i + n;
      Figure fig;

      if (n == 0)
        continue;
      if (k < e && (_ds_tok_is (&s->toks[k], "tahun") || _ds_tok_is (&s->toks[k], "the")))
        k++;
      if (k >= e || !read_figure (s, k, e, &fig) || !(fig.year || fig.date) ||
          _ds_toks_any_used (s, fig.a, fig.b))
        return FALSE;
      _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_DATE, fig.a, fig.b);
      _ds_toks_mark_used (s, fig.a, fig.b);
      return TRUE;
    }
  return FALSE;
}

/* 'The phrase "blue economy" is credited to Gunter Pauli, who coined it
 * in 2010': a quoted term (after its label) is credited to a name (the
 * phrase list defs4_credited) that the relative clause says coined it:
 * asked as the passive of that verb, "By whom was the phrase … coined?"
 * and, with its year, "When was the phrase … coined?". */
static gboolean
credited_coined (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), c, n = 0, hi, a, b, na = 0, nb = 0, verb;
  g_autofree char *subject = NULL;

  for (c = 2; c + 3 < e && n == 0; c++)
    if (s->toks[c].phrase)
      n = _ds_phrase_at (ctx, s, c, PL_DEFS4_CREDITED);
  if (n == 0)
    return FALSE;
  c--;
  for (hi = c; hi > 0 && (s->toks[hi - 1].flags & (W_AUX | W_ADV)); hi--)
    ;
  if (hi == c || !_ds_labelled_quote (ctx, s, hi, &a, &b) || read_name (s, c + n, e, &na, &nb) <= c + n ||
      na != c + n || nb + 3 >= e || !_ds_tok_is_punct (&s->toks[nb], ',') || !(s->toks[nb + 1].flags & W_RELATIVE))
    return FALSE;
  verb = nb + 2;
  /* "who coined it", "who first used it": the verb of the relative
   * clause, an adverb before it. */
  if (verb + 1 < e && (s->toks[verb].flags & W_ADV))
    verb++;
  if (verb + 1 >= e || !_ds_tok_is (&s->toks[verb + 1], "it") ||
      _ds_phrase_at (ctx, s, verb, PL_DEFS4_COIN_VERB) != 1 || _ds_toks_any_used (s, na, nb))
    return FALSE;
  subject = _ds_phrase_dup (s, _ds_clause_start (s, a - 1), hi, TRUE);
  if (!commit_passive (ctx, s, subject, verb, na, nb))
    return FALSE;
  passive_when (ctx, s, subject, verb, verb + 2, e);
  return TRUE;
}

/* A word that keeps a clause of what shapes a thing from being asked
 * (phrase list facts53_shaped_stop): a negation, "only", a modal, a
 * vague or a generic agent ("pihak lain", "several factors"). */
static gboolean
shaped_stop (Ctx        *ctx,
             const Sent *s,
             guint       k)
{
  const Tok *t = &s->toks[k];

  return t->type != TOK_WORD ||
         (t->flags & (W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_THAT | W_CLAUSE | W_QUESTION | W_VAGUE)) ||
         _ds_phrase_at (ctx, s, k, PL_FACTS53_SHAPED_STOP) > 0;
}

/* Whether a clause opens at @k: an article or a determiner, one to three
 * words that are no verb, then a word that looks like one ("the
 * secretariat moved", "pemerintah daerah memberi"). */
static gboolean
shaped_clause_after (const Sent *s,
                     gboolean    english,
                     guint       k,
                     guint       e)
{
  guint n = 0;

  if (k < e && (_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_DET)))
    k++;
  for (; k < e && n < 4; k++, n++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD)
        return FALSE;
      if (t->verb || (t->flags & W_VERB))
        return n > 0 && !_ds_tok_ing_word (t);
      /* ("the ships arrive late", "the ministries publish no data": an
       * English word the lexicon does not know, after a noun, before an
       * adverb, a determiner or a preposition, or a word without "-s"
       * after a plural.) */
      if (english && n > 0 && !t->cap && t->len > 4 && t->p[t->len - 2] == 'e' && t->p[t->len - 1] == 'd' &&
          !(t->flags & W_FUNCTION))
        return TRUE;
      if (english && n > 0 && !t->cap && !(t->flags & (W_NOUN | W_FUNCTION)) && k + 1 < e &&
          s->toks[k + 1].type == TOK_WORD && !_ds_tok_ing_word (t) &&
          ((s->toks[k + 1].flags & (W_ADV | W_DET | W_PREP)) || _ds_tok_is_article (&s->toks[k + 1]) ||
           (t->p[t->len - 1] != 's' && s->toks[k - 1].len > 3 && s->toks[k - 1].p[s->toks[k - 1].len - 1] == 's' &&
            s->toks[k - 1].p[s->toks[k - 1].len - 2] != 's')))
        return TRUE;
    }
  return FALSE;
}

/* "Posisi Vietnam dalam perundingan kabel dipengaruhi oleh ketergantungan
 * pada investor asing.", "The surge in demand for data centres is driven
 * mainly by the growth of AI services.", "Biaya sertifikasi ditanggung
 * oleh produsen perangkat.": a full subject, a passive verb of what
 * shapes, limits, drives or bears a thing (phrase list
 * facts53_shaped_passive) and its agent, a common noun phrase that ends
 * the sentence, is asked as a cloze of the agent ("… dipengaruhi oleh
 * _____."). The named agent is the passive rules' ("Oleh siapa …?");
 * a subject that points back ("ini", "its", "efektivitasnya"), a
 * negated, modal or "only" clause, and an agent that is vague, generic
 * or a list with commas ask nothing. */
static gboolean
find_shaped_by (Ctx  *ctx,
                Sent *s)
{
  guint e = _ds_body_end (s), by = 0, verb, a, s0 = 0, v0;

  /* (Asked of every sentence no rule asked: none of the verbs, no scan.) */
  if (!_ds_sent_may_start (s, HOT_SHAPED_PASSIVE))
    return FALSE;
  for (guint k = 2; k + 2 < e; k++)
    if (s->toks[k].len == (ctx->english ? 2 : 4) &&
        _ds_tok_is (&s->toks[k], ctx->english ? "by" : "oleh"))
      {
        by = k;
        break;
      }
  if (by == 0 || e >= s->n || !_ds_tok_is_punct (&s->toks[e], '.'))
    return FALSE;
  verb = by - 1;
  while (verb > 1 && (s->toks[verb].flags & W_ADV) && !shaped_stop (ctx, s, verb))
    verb--;
  if (s->toks[verb].cap || _ds_phrase_at (ctx, s, verb, PL_FACTS53_SHAPED_PASSIVE) != 1)
    return FALSE;
  for (guint k = verb + 1; k < by; k++)
    if (shaped_stop (ctx, s, k))
      return FALSE;
  for (v0 = verb; v0 > 0 && (s->toks[v0 - 1].flags & (W_AUX | W_ADV)) && !s->toks[v0 - 1].cap; v0--)
    if (shaped_stop (ctx, s, v0 - 1))
      return FALSE;
  /* "Konsekuensinya jelas: …", "Namun, …": a short lead before a colon
   * or a sentence lead before its comma opens no subject. */
  for (guint k = 1; k + 2 < v0 && k <= 6; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      {
        s0 = k + 1;
        break;
      }
  if (s0 == 0 && s->toks[0].phrase)
    {
      guint n = _ds_phrase_at (ctx, s, 0, PL_SENTENCE_LEAD);

      if (n > 0 && n + 1 < v0 && _ds_tok_is_punct (&s->toks[n], ','))
        s0 = n + 1;
    }
  if (v0 <= s0 || v0 - s0 > 10 || (v0 - s0 == 1 && !s->toks[s0].cap) ||
      (s->toks[s0].flags & (W_PREP | W_CONJ | W_CONNECTIVE | W_GENERIC)) || _ds_toks_any_used (s, s0, e))
    return FALSE;
  /* ("The process has been shaped by …": an article and one noun point
   * back to what the text named before.) */
  if (v0 - s0 == 2 && _ds_tok_is_article (&s->toks[s0]) && !s->toks[s0 + 1].cap)
    return FALSE;
  for (guint k = s0; k < v0; k++)
    {
      const Tok *t = &s->toks[k];

      /* ("Biaya perbaikan kabel yang putus …": an Indonesian "yang"
       * inside the subject narrows its noun.) */
      if (!ctx->english && (t->flags & W_RELATIVE) && _ds_tok_is (t, "yang") && k > s0 + 1 &&
          !_ds_tok_is_punct (&s->toks[k - 1], ','))
        continue;
      if (shaped_stop (ctx, s, k) || possessive (t) || _ds_tok_is (t, "this") || _ds_tok_is (t, "these") ||
          _ds_tok_is (t, "such") || possessive_s (t) ||
          (!ctx->english && t->len > 4 && g_ascii_strncasecmp (t->p + t->len - 3, "nya", 3) == 0 &&
           _ds_phrase_at (ctx, s, k, PL_POSSESSIVE_SUFFIX_FREE) == 0))
        return FALSE;
    }
  a = by + 1;
  if (a < e && _ds_tok_is_article (&s->toks[a]))
    a++;
  /* (Two words at least, or a name's: "ditanggung oleh produsen" says
   * too little; the agent's head is no generic "states".) */
  if (e - a < 2 || e - a > 10 || (s->toks[a].flags & (W_GENERIC | W_QUANT | W_PREP | W_CONJ)) ||
      _ds_tok_ing_word (&s->toks[a]) || s->toks[a].cap)
    return FALSE;
  /* (No figure, month or count in it: "dibentuk oleh tiga provinsi
   * pada 2016" is a founding, its date the blank. A conjunction before
   * a noun and its verb opens the next clause: "… by weather conditions
   * and the ships arrive late", "… oleh murahnya lahan dan pemerintah
   * daerah memberi izin": the agent has no end to ask.) */
  for (guint k = a; k < e; k++)
    if (shaped_stop (ctx, s, k) || (s->toks[k].flags & (W_MONTH | W_COUNT)) ||
        ((s->toks[k].flags & W_GENERIC) && k + 1 == e) ||
        ((s->toks[k].flags & W_CONJ) && shaped_clause_after (s, ctx->english, k + 1, e)))
      return FALSE;
  {
    guint before = ctx->claims->len;

    _ds_commit_cloze (ctx, s, DS_CLAIM_RULE_EVENT, a, e);
    if (ctx->claims->len == before)
      return FALSE;
  }
  _ds_toks_mark_used (s, a, e);
  return TRUE;
}


void
_ds_find_facts (Ctx  *ctx,
                Sent *s)
{
  guint before = ctx->claims->len;
  gboolean found = FALSE;

  /* "Yuk kenali 5 jenis modus penipuan …", "Let's look at the three
   * …": a hook that invites the reader states no fact (phrase list
   * facts8_hook_opener). */
  if (s->toks[0].phrase && _ds_phrase_at (ctx, s, 0, PL_FACTS8_HOOK_OPENER) > 0)
    return;
  /* "1. Kemlu mengajukan …" under "Rekomendasi": what the author
   * recommends, not an act the rules of events ask who did. */
  if (s->first && _ds_find_advice_item (ctx, s))
    return;
  /* "Itulah sebabnya X …", "The reason is simple: …": the sentence is
   * the reason or the result of the one before, asked why across both;
   * a figure or a name blanked in it would lean on that sentence for
   * its point ("Inilah sebabnya pusat ASEAN tumbuh sejak _____"). */
  if (s->toks[0].phrase && !s->first &&
      (_ds_phrase_at (ctx, s, 0, PL_RESULT_WHY_POINTER) > 0 ||
       _ds_phrase_at (ctx, s, 0, PL_REASON_LEAD) > 0) &&
      _ds_find_result_across (ctx, s))
    return;
  /* "Kementerian X menetapkan A dan mengawasi B": a duty, which the
   * rules of events would ask as one act ("Siapa yang menetapkan …?").
   * A name with its acronym in brackets has that asked first. A seat
   * before a name ("the Geneva-based …") is asked besides. */
  if (!(s->flags & W_LAW) && !s->has_bracket && _ds_find_task (ctx, s))
    {
      if (ctx->english && s->cap_run > 0)
        _ds_find_place_compound (ctx, s);
      return;
    }
  /* "Menurut Sari (2020), X terjadi karena …": the scholar's reason is
   * asked as a reason, with the name, before it is read as a view. */
  if (s->n_commas > 0)
    {
      guint a, b, after;

      if (_ds_attribution_opening (ctx, s, s->n, &a, &b, &after))
        found |= find_reason (ctx, s, FALSE);
    }
  if (s->n_commas > 0 && !found)
    found |= _ds_find_view (ctx, s);
  if (s->n_commas > 1 && !found)
    found |= _ds_find_pointed_view (ctx, s);
  if (s->flags & W_RELATIVE)
    found |= _ds_find_described (ctx, s);
  if ((s->flags & W_RELATIVE) && s->n_commas > 1)
    found |= find_relative_claim (ctx, s);
  if (!found)
    found |= _ds_find_means (ctx, s);
  /* After what the holder of a post said, who said it (the speaker
   * left free). */
  /* ("Para pengamat khawatir X …": a view verb that is no report word
   * holds a view without "bahwa" too.) */
  if (((s->flags & W_REPORT) || bare_view_verb (ctx, s)) && _ds_find_finding (ctx, s))
    found |= !s->toks[0].used ? (find_report (ctx, s), TRUE) : TRUE;
  else if (s->flags & W_REPORT)
    found |= find_report (ctx, s);
  if (!found)
    found |= _ds_find_label (ctx, s);
  if (!found)
    found |= _ds_find_term_coined (ctx, s);
  if (s->has_digit)
    found |= _ds_find_article (ctx, s);
  if (s->flags & W_LAW)
    found |= _ds_find_rules (ctx, s) || find_law (ctx, s);
  else if (s->toks[0].cap || (s->toks[0].flags & W_PRONOUN))
    found |= _ds_find_treaty (ctx, s);
  found |= _ds_find_holder (ctx, s);
  if (s->cap_run >= 2)
    _ds_note_treaty (ctx, s);
  if ((s->flags & W_SUPERLATIVE) || (s->flags & W_ORDINAL) || s->has_digit)
    found |= find_rank (ctx, s);
  if (s->n_commas >= 1 && s->toks[0].cap)
    found |= find_office_holder (ctx, s);
  if ((s->n_commas >= 1 || !ctx->english) && (s->flags & W_RELATIVE))
    found |= find_aside_actor (ctx, s);
  if (ctx->english && s->has_quote && (s->flags & W_RELATIVE))
    found |= credited_coined (ctx, s);
  if (s->toks[0].cap && !found)
    found |= find_relative_actor (ctx, s);
  if ((s->toks[0].cap || s->has_digit) && !found)
    found |= find_post_taken (ctx, s);
  if ((s->toks[0].cap || s->has_digit) && !found)
    found |= find_post_given (ctx, s);
  if (s->has_digit)
    found |= find_dated_claim (ctx, s);
  if (!found)
    found |= find_response_how (ctx, s);
  if (!found && ctx->claims->len == before)
    found |= find_denial (ctx, s);
  found |= find_event (ctx, s);
  if (s->has_digit)
    found |= find_dated_aim (ctx, s);
  found |= _ds_find_place (ctx, s);
  found |= find_decision (ctx, s);
  /* ("X, atau Y, adalah …": an other name between commas; "Badan …
   * Negara atau BSSN": a long form in capitals, then its acronym.) */
  if ((s->flags & W_ALIAS) || s->has_bracket || ((s->flags & W_CONJ) && (s->n_commas > 1 || s->cap_run >= 2)))
    found |= _ds_find_alias (ctx, s);
  /* ("- ITU = International Telecommunication Union".) */
  if (s->first && s->n > 3 && s->cap_run >= 2 &&
      (_ds_tok_is_punct (&s->toks[1], '=') || _ds_tok_is_punct (&s->toks[1], ':')))
    found |= _ds_find_acronym_equals (ctx, s);
  if (s->flags & W_CUE_EXAMPLE)
    found |= find_named_example (ctx, s);
  if (!found && ctx->claims->len == before)
    found |= _ds_find_contrasts (ctx, s);
  if (!found && ctx->claims->len == before)
    found |= find_reason (ctx, s, FALSE);
  /* ("… turun tajam sehingga air laut …": an Indonesian result needs no
   * comma before its cue.) */
  if (!found && ctx->claims->len == before && (s->n_commas > 0 || !ctx->english))
    found |= _ds_find_result (ctx, s) || (s->n_commas > 0 && _ds_find_motive (ctx, s));
  if (!found && ctx->claims->len == before)
    found |= _ds_find_cause_verb (ctx, s);
  if (!found && ctx->claims->len == before && s->n_commas > 0)
    found |= _ds_find_when_effect (ctx, s);
  if (!found && ctx->claims->len == before && s->n_commas > 0)
    found |= _ds_find_condition_first (ctx, s);
  /* ("Huawei was barred from supplying …": after the condition and the
   * reason, which may hold the act, "Selama …, delegasi X dilarang …".) */
  found |= _ds_find_barred (ctx, s);
  if (!found && ctx->claims->len == before)
    found |= _ds_find_recommendation (ctx, s);
  if (!found && ctx->claims->len == before)
    found |= _ds_find_statement (ctx, s);
  /* "Badan X (BX) bertugas …": what its letters stand for is asked, and
   * what the agency does beside it. */
  else if (s->has_bracket && ctx->claims->len == ctx->sentence_first_claim + 1 &&
           ((DsClaim *) ctx->claims->pdata[ctx->sentence_first_claim])->rule == DS_CLAIM_RULE_ACRONYM)
    found |= _ds_find_task_beside (ctx, s);
  /* A weighty figure is a claim of its own beside what else the sentence
   * says ("sebanyak 182 instansi melaporkan gangguan, mulai dari …"). */
  if (s->has_digit && ctx->claims->len > ctx->sentence_first_claim)
    found |= find_weighty_figure (ctx, s);
  if (s->has_digit && ctx->claims->len > ctx->sentence_first_claim)
    found |= find_month_beside (ctx, s);
  if (s->has_digit && ctx->claims->len > ctx->sentence_first_claim)
    found |= find_relative_time (ctx, s);
  if (s->has_digit && ctx->claims->len > ctx->sentence_first_claim)
    found |= find_event_year (ctx, s);
  if (s->has_digit && s->has_bracket)
    found |= find_bracket_meeting_year (ctx, s);
  /* "The 2016 agreement was a turning point because it closed …": a
   * year asked in the clause leaves its reason to be asked besides. */
  if (s->has_digit && ctx->claims->len > ctx->sentence_first_claim)
    found |= find_reason (ctx, s, TRUE);
  if (!found && ctx->claims->len == before && before == ctx->sentence_first_claim)
    found |= find_shaped_by (ctx, s);
  if (!found && ctx->claims->len == before && before == ctx->sentence_first_claim)
    found |= find_fraction (ctx, s);
  if (!found && ctx->claims->len == before && before == ctx->sentence_first_claim && s->has_digit)
    found |= find_origin_date (ctx, s);
  if (!found && ctx->claims->len == before && before == ctx->sentence_first_claim &&
      (s->has_digit || s->has_at || s->has_bracket || s->cap_run >= 2 || (s->flags & W_COUNT)))
    find_cloze (ctx, s);
  /* "…, which led to a global debate …", "…, leading to …": what the
   * clause before caused, asked beside its date's blank. */
  if (s->n_commas > 0 && ((s->flags & W_RELATIVE) || _ds_sent_may_start (s, HOT_CAUSE_PARTICIPLE)))
    _ds_find_which_led (ctx, s);
  /* "Akibatnya, …", "Hal ini menyebabkan …": a result of the sentence
   * before, asked beside the figure the sentence holds. */
  /* ("Evidence requests therefore still move …": or inside the
   * clause, after its subject.) */
  if (s->toks[0].phrase || (!s->first && _ds_sent_may_start (s, HOT_RESULT_OPENER)))
    _ds_find_result_across (ctx, s);
  /* "The Geneva-based …": its seat, besides what the sentence says. */
  if (ctx->english && s->cap_run > 0)
    _ds_find_place_compound (ctx, s);
}
