/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Wrong answers for multiple-choice and true/false cards: pools of the
 * other claims' texts — list items, definitions, defined terms, facts'
 * answers — and a pick among them by a hash of the card, so the choice is
 * deterministic. A wrong answer is of the right answer's type (a year
 * beside years, a name beside names) and about its length, so that no
 * option gives itself away; and it is never also right: not from the same
 * claim or sentence, not from a claim about the same thing, not sharing a
 * content word with the answer or the list's items.
 */
#include "config.h"

#include <string.h>

#include "ds-generator-private.h"
#include "ds-utf8.h"
#include "ds-lang.h"
#include "ds-words.h"

#define MAX_PROBES 24
#define MAX_AVOID 64

/* A text of the pools; what it is compared by is worked out the first
 * time a card probes it, since most entries are never probed. */
typedef struct {
  const char    *text;      /* borrowed from the claim */
  const DsClaim *claim;
  gboolean       ready;
  gboolean       gathered;  /* DS_POOL_NAMES: a name of @claim's sentence */
  DsAnswerType   type;
  guint          n_words;
  char          *skeleton;  /* normalised, without vowels */
  GStrv          words;     /* content words, worked out later still */
  char          *head;      /* lists: the head noun of the claim's subject */
  char          *subject;   /* the claim's subject, as a skeleton */
  char          *term;      /* definitions: the term, normalised */
  /* clause_definition() of the claim, worked out when first asked */
  gboolean       clause_known;
  int            clause;
  /* definitions: genus_of() of the text, worked out when first asked */
  gboolean       genus_ready;
  gboolean       genus_english;
  const char   **genus;      /* the run's stems (DsWordsCache) */
  const char   **genus_rest;
  /* names: name_kind() of the text, worked out when first asked */
  int            name_kind;
  /* definitions: ds_generator_noun_phrase_body() of the text, once */
  gboolean       np_known;
  gboolean       np;
  /* items: list_of_names() of the claim, worked out when first asked */
  gboolean       names_known;
  int            names_list;
} Entry;

struct _DsPools
{
  GArray       *pools[DS_POOL_NAMES + 1];   /* Entry */
  GHashTable   *list_words;                 /* a list claim → GStrv of its items' words */
  GHashTable   *kinds;                      /* essay id + normalised item → its list claim */
  GHashTable   *essay_spans;                /* essay id → Span[N_POOLS], where its entries lie */
  DsWordsCache *stems;                      /* every word's stems, stemmed once a run */
  GHashTable   *essay_claims;               /* essay id → its claims (GPtrArray), for the names */
  GPtrArray    *names;                      /* the texts of DS_POOL_NAMES, owned */
};

/* Where an essay's entries lie in a pool: they are added an essay at a
 * time. */
typedef struct {
  guint start;
  guint len;
} Span;

#define N_POOLS (DS_POOL_NAMES + 1)

/* ------------------------------------------------------------------ */
/* Words                                                               */

/* The content words of @text, by their stems (the core's one normaliser):
 * "serangan siber" and "menyerang" share "serang". Either language's
 * stemmer, since pools mix the essays' texts. A run's texts share most of
 * their words, so @pools keeps each word's stems (NULL: none kept). */
static GStrv
content_words (DsPools    *pools,
               const char *text)
{
  if (pools == NULL)
    return ds_words_content_stems (NULL, text);
  return ds_words_cache_content_stems (pools->stems, NULL, text);
}

static gboolean
words_meet (const char * const *a,
            const char * const *b)
{
  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    if (b != NULL && g_strv_contains (b, a[i]))
      return TRUE;
  return FALSE;
}

gboolean
ds_generator_shares_content_word (const char *a,
                                  const char *b)
{
  g_auto(GStrv) words_a = NULL;
  g_auto(GStrv) words_b = NULL;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  words_a = content_words (NULL, a);
  words_b = content_words (NULL, b);
  return words_meet ((const char * const *) words_a, (const char * const *) words_b);
}

/* The normalised text without its vowels: "Kementerian" and "Kementrian"
 * are the same answer, and a wrong answer must not be a misspelling of the
 * right one. */
static char *
skeleton (const char *text)
{
  char *norm = ds_generator_normalize (text);
  char *out = norm;

  for (char *p = norm; *p; p++)
    if (*p != 'a' && *p != 'e' && *p != 'i' && *p != 'o' && *p != 'u' && *p != ' ')
      *out++ = *p;
  *out = '\0';
  return norm;
}

static guint
n_words (const char *text)
{
  g_autofree char *norm = ds_generator_normalize (text);
  guint n = *norm != '\0';

  for (const char *p = norm; *p; p++)
    n += *p == ' ';
  return n;
}

/* The head noun of a list's subject: its first content word in Indonesian
 * ("jejaring sosial"), its last in English ("social networks"). */
static char *
head_noun (DsPools    *pools,
           const char *subject,
           gboolean    english)
{
  g_auto(GStrv) words = content_words (pools, subject);
  guint n = g_strv_length (words);

  if (n == 0)
    return NULL;
  return g_strdup (words[english ? n - 1 : 0]);
}

/* ------------------------------------------------------------------ */
/* Types                                                               */

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* The word classes of @text's words, or'ed (both languages': a figure's
 * words are few and alike in both). */
static guint64
word_classes (const char *text)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  guint64 classes = 0;

  for (guint i = 0; words[i] != NULL; i++)
    classes |= ds_lang_lookup (ds_lang_get ("id"), words[i], -1, NULL) |
               ds_lang_lookup (ds_lang_get ("en"), words[i], -1, NULL);
  return classes;
}

/* "46%", "2,4 persen", "60 per cent" (the phrase list "percent_word" of
 * either language: a figure's words may be of the other). */
static gboolean
percent_in (const char *text)
{
  static const char * const codes[] = { "id", "en" };

  if (strchr (text, '%') != NULL)
    return TRUE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *words = ds_lang_get_phrases (ds_lang_get (codes[l]), "percent_word");

      for (guint i = 0; words != NULL && words[i] != NULL; i++)
        if (strstr (text, words[i]) != NULL)
          return TRUE;
    }
  return FALSE;
}

static DsAnswerType
figure_type (const char *text)
{
  guint64 classes = word_classes (text);
  gsize len = strlen (text);

  if (percent_in (text))
    return DS_ANSWER_PERCENT;
  if (strchr (text, '$') != NULL || ds_ascii_strncasecmp (text, "rp", 2) == 0 || (classes & DS_WORD_CURRENCY))
    return DS_ANSWER_MONEY;
  if (len == 4 && g_ascii_isdigit (text[0]) && (strncmp (text, "19", 2) == 0 || strncmp (text, "20", 2) == 0))
    return DS_ANSWER_YEAR;
  /* "20 Juni": a day of a month, never scaled like a quantity. */
  if (classes & DS_WORD_MONTH)
    return DS_ANSWER_DATE;
  if ((classes & DS_WORD_MAGNITUDE) || strchr (text, ' ') != NULL)
    return DS_ANSWER_COUNT;
  return DS_ANSWER_NUMBER;
}

/* Whether @word counts when telling a name: a content word of three
 * letters or more. */
static gboolean
name_word (const char *word)
{
  g_autofree char *folded = ds_words_fold (word, DS_FOLD_STRIP_MARKS);

  return folded[0] != '\0' && !ds_words_is_stop (NULL, folded) && strlen (folded) > 2;
}

/* Every word capitalised (or an acronym, an @account): a name. Decided at
 * the first word that counts and is not capitalised; a capitalised one
 * needs telling only until one has counted. */
static gboolean
looks_like_name (const char *text)
{
  g_autofree char *copy = NULL;
  gboolean counted = FALSE;

  if (text[0] == '@')
    return TRUE;
  /* The words between separators, each cut off in place. */
  copy = g_strdup (text);
  for (char *word = copy, *next; *word != '\0'; word = next)
    {
      gsize n = strcspn (word, " -()[],.;:\"");
      gboolean cap = g_ascii_isupper (word[0]) != 0;

      next = word[n] != '\0' ? word + n + 1 : word + n;
      word[n] = '\0';
      if (cap && counted)
        continue;
      if (!name_word (word))
        continue;
      if (!cap)
        return FALSE;
      counted = TRUE;
    }
  return counted;
}

DsAnswerType
ds_answer_type (const DsClaim *claim,
                const char    *text)
{
  if (claim != NULL && claim->kind == DS_CLAIM_FACT)
    {
      switch (claim->rule)
        {
        case DS_CLAIM_RULE_LAW:
          return DS_ANSWER_LAW;
        case DS_CLAIM_RULE_DATE:
          return strlen (text) == 4 ? DS_ANSWER_YEAR : DS_ANSWER_DATE;
        case DS_CLAIM_RULE_NUMBER:
          return figure_type (text);
        case DS_CLAIM_RULE_RANK:
          return has_digit (text) ? DS_ANSWER_NUMBER : DS_ANSWER_TEXT;
        default:
          break;
        }
    }
  if (has_digit (text) && g_ascii_isdigit (text[0]))
    return figure_type (text);
  return looks_like_name (text) ? DS_ANSWER_NAME : DS_ANSWER_TEXT;
}

gboolean
ds_answer_type_is_figure (DsAnswerType type)
{
  return type >= DS_ANSWER_PERCENT && type <= DS_ANSWER_DATE;
}

/* ------------------------------------------------------------------ */
/* Kinds of names                                                      */

/* What a name names, told by its head word: a body ("Ministry of Foreign
 * Affairs", "Badan Bea Cukai"), a law or treaty ("Seed Code",
 * "Undang-Undang Benih"), a place ("Port Alma", "Pelabuhan Alma"), an
 * office holder ("Sekretaris Jenderal …"), a country, an @account; else
 * a name of no kind known. A name stands only among names of its kind:
 * "Panel of Experts" beside three countries gives itself away. */
enum {
  NAME_UNKNOWN = 1,
  NAME_BODY,
  NAME_LAW,
  NAME_PLACE,
  NAME_OFFICE,
  NAME_COUNTRY,
  NAME_ACCOUNT,
};

/* The number of words of the longest phrase of @list that starts at word
 * @k of @words; 0 when none does. */
static guint
phrase_at (char * const       *words,
           guint               k,
           const char * const *list)
{
  guint best = 0;

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    {
      const char *p = list[i];
      guint n = 0;

      /* The phrase's words (folded, one space apart) against the text's. */
      while (words[k + n] != NULL)
        {
          gsize len = strlen (words[k + n]);

          if (strncmp (p, words[k + n], len) != 0 || (p[len] != ' ' && p[len] != '\0'))
            break;
          n++;
          p += len;
          if (*p == '\0')
            break;
          p++;
        }
      if (*p == '\0' && n > best)
        best = n;
    }
  return best;
}

/* Whether a phrase of @list ends at word @end - 1 of @words. */
static gboolean
phrase_ending (char * const       *words,
               guint               end,
               const char * const *list)
{
  for (guint k = 0; k < end; k++)
    if (phrase_at (words, k, list) == end - k)
      return TRUE;
  return FALSE;
}

/* The kind of the head word of @words in @lang's lists: Indonesian puts
 * the head first ("Kementerian Luar Negeri"), English last or before "of"
 * ("Harbour Inspection Office", "Ministry of Health"); 0 when no list
 * names it. */
static int
head_kind (char * const *words,
           const DsLang *lang,
           gboolean      english)
{
  static const char * const lists[] = { "choice_name_law", "choice_name_body", "choice_name_place" };
  static const int kinds[] = { NAME_LAW, NAME_BODY, NAME_PLACE };
  guint end = 0;

  while (words[end] != NULL && strcmp (words[end], "of") != 0)
    end++;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      const char * const *list = ds_lang_get_phrases (lang, lists[l]);

      if (english ? end > 0 && phrase_ending (words, end, list) : phrase_at (words, 0, list) > 0)
        return kinds[l];
    }
  return 0;
}

static int
name_kind (const char *text,
           gboolean    english)
{
  const DsLang *en = ds_lang_get ("en");
  const DsLang *lang = ds_lang_get (english ? "en" : "id");
  g_autofree char *folded = NULL;
  g_autofree char **all = NULL;
  char **words;
  int kind;

  if (text[0] == '@')
    return NAME_ACCOUNT;
  folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  all = ds_words_split (folded);
  words = all;
  if (words[0] != NULL && (strcmp (words[0], "the") == 0))
    words++;
  if (words[0] == NULL)
    return NAME_UNKNOWN;
  if (phrase_at (words, 0, ds_lang_get_phrases (lang, "facts_office_title")) > 0)
    return NAME_OFFICE;
  /* An Indonesian essay names bodies in English too ("Office of
   * E-Diplomacy"). */
  if ((kind = head_kind (words, lang, english)) != 0 || (!english && (kind = head_kind (words, en, TRUE)) != 0))
    return kind;
  /* "Norway", "South Korea", "New Zealand". */
  if (g_strv_length (words) <= 3)
    for (guint i = 0; words[i] != NULL; i++)
      if (ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_COUNTRY)
        return NAME_COUNTRY;
  return NAME_UNKNOWN;
}

/* The kind of @text, an item of @claim's list or another name: a name of
 * no known kind in a list of countries is one, else it takes the kind
 * most of its list's names of a known kind have ("Fiji" beside "Norway", "South Korea" and "Solomon Islands" is a
 * country). */
static int
item_name_kind (const DsClaim *claim,
                const char    *text)
{
  int kind = name_kind (text, claim->english);
  guint counts[NAME_ACCOUNT + 1] = { 0 };
  guint known = 0, best = NAME_UNKNOWN;

  if (kind != NAME_UNKNOWN || claim->items == NULL)
    return kind;
  /* "three downstream countries: …", "negara anggota": the list says. */
  if (claim->subject != NULL)
    {
      g_autofree char *folded = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
      g_autofree char **words = ds_words_split (folded);
      const char * const *nouns = ds_lang_get_phrases (ds_lang_get (claim->english ? "en" : "id"), "country_noun");

      for (guint i = 0; words[i] != NULL; i++)
        if (g_strv_contains (nouns, words[i]))
          return NAME_COUNTRY;
    }
  for (guint i = 0; i < claim->items->len; i++)
    {
      int other = name_kind (g_array_index (claim->items, DsClaimItem, i).text, claim->english);

      if (other == NAME_UNKNOWN)
        continue;
      counts[other]++;
      known++;
      if (counts[other] > counts[best])
        best = other;
    }
  return counts[best] * 2 > known ? (int) best : NAME_UNKNOWN;
}

/* Whether @text names two or more ("Ghana, Togo and Benin", "the World
 * Bank and the African Development Bank"): a comma, or an "and"/"dan"
 * with a name of a known kind on either side ("Food and Agriculture
 * Organization", "Badan Siber dan Sandi Negara" are one). */
static gboolean
several_names (const char *text,
               gboolean    english)
{
  const char *and = strstr (text, english ? " and " : " dan ");
  g_autofree char *before = NULL;

  if (strchr (text, ',') != NULL)
    return TRUE;
  if (and == NULL)
    return FALSE;
  before = g_strndup (text, and - text);
  return name_kind (before, english) != NAME_UNKNOWN && name_kind (and + 5, english) != NAME_UNKNOWN;
}

gboolean
ds_answer_name_known (const DsClaim *claim,
                      const char    *text)
{
  int kind;

  if (ds_answer_type (claim, text) != DS_ANSWER_NAME || several_names (text, claim->english))
    return FALSE;
  kind = item_name_kind (claim, text);
  /* A country or a place a fact asks is told only by a dictionary or a
   * list ("Israel Loves Iran" is an account): no choice among others. */
  return kind == NAME_BODY || kind == NAME_LAW || kind == NAME_OFFICE || kind == NAME_ACCOUNT;
}

/* ------------------------------------------------------------------ */
/* Pools                                                               */

DsPools *
ds_pools_new (void)
{
  DsPools *pools = g_new0 (DsPools, 1);

  for (guint i = 0; i < G_N_ELEMENTS (pools->pools); i++)
    pools->pools[i] = g_array_new (FALSE, FALSE, sizeof (Entry));
  pools->list_words = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);
  pools->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pools->essay_spans = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  pools->stems = ds_words_cache_new ();
  pools->essay_claims = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  pools->names = g_ptr_array_new_with_free_func (g_free);
  return pools;
}

void
ds_pools_free (DsPools *pools)
{
  for (guint i = 0; i < G_N_ELEMENTS (pools->pools); i++)
    {
      for (guint k = 0; k < pools->pools[i]->len; k++)
        {
          Entry *entry = &g_array_index (pools->pools[i], Entry, k);

          g_free (entry->skeleton);
          g_strfreev (entry->words);
          g_free (entry->head);
          g_free (entry->subject);
          g_free (entry->term);
          g_free (entry->genus);
          g_free (entry->genus_rest);
        }
      g_array_unref (pools->pools[i]);
    }
  g_hash_table_unref (pools->list_words);
  g_hash_table_unref (pools->kinds);
  g_hash_table_unref (pools->essay_spans);
  ds_words_cache_free (pools->stems);
  g_hash_table_unref (pools->essay_claims);
  g_ptr_array_unref (pools->names);
  g_free (pools);
}

DsWordsCache *
ds_pools_get_stems (DsPools *pools)
{
  return pools->stems;
}

static void
pool_add (DsPools       *pools,
          DsPoolKind     kind,
          const char    *text,
          const DsClaim *claim)
{
  Entry entry = { 0 };

  entry.text = text;
  entry.claim = claim;
  g_array_append_val (pools->pools[kind], entry);
}

static void
entry_prepare (DsPools *pools,
               Entry   *entry)
{
  const DsClaim *claim = entry->claim;

  if (entry->ready)
    return;
  entry->ready = TRUE;
  entry->type = ds_answer_type (entry->gathered ? NULL : claim, entry->text);
  entry->n_words = n_words (entry->text);
  entry->skeleton = skeleton (entry->text);
  if (claim->subject != NULL)
    entry->subject = skeleton (claim->subject);
  if (claim->subject != NULL && ds_claim_get_n_items (claim) > 0)
    entry->head = head_noun (pools, claim->subject, claim->english);
  if (claim->subject != NULL && claim->kind == DS_CLAIM_DEFINITION)
    entry->term = ds_generator_normalize (claim->subject);
}

/* The content words of all of a list's items. */
static GStrv
list_words (DsPools       *pools,
            const DsClaim *claim)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint k = 0; k < ds_claim_get_n_items (claim); k++)
    g_string_append_printf (all, "%s ", ds_claim_get_item (claim, k));
  return content_words (pools, all->str);
}

/* "ANALYSIS: WHY PRICES FELL", "MUSEUMS & GALLERIES": a heading in
 * capitals read as an item of a list is no option to offer beside another
 * list's items (an acronym, one word, may be). */
static gboolean
shouted (const char *item)
{
  return item != NULL && strchr (item, ' ') != NULL && ds_utf8_all_capitals (item, strlen (item));
}

static char *
kind_key (const DsClaim *claim,
          const char    *norm)
{
  return g_strconcat (claim->essay_id, "\n", norm, NULL);
}

/* "three kinds of power: hard power, soft power and smart power": each
 * item names its list, so that two terms defined in the essay can be told
 * to be kinds of one thing. The first list to name an item keeps it. */
static void
kinds_add (DsPools       *pools,
           const DsClaim *claim)
{
  if (claim->subject == NULL)
    return;
  for (guint k = 0; k < ds_claim_get_n_items (claim); k++)
    {
      g_autofree char *norm = ds_generator_normalize (ds_claim_get_item (claim, k));
      char *key = kind_key (claim, norm);

      if (*norm == '\0' || g_hash_table_contains (pools->kinds, key))
        g_free (key);
      else
        g_hash_table_insert (pools->kinds, key, (gpointer) claim);
    }
}

void
ds_pools_fill (DsPools   *pools,
               GPtrArray *claims)
{
  Span *spans = g_new0 (Span, N_POOLS);

  for (guint k = 0; k < N_POOLS; k++)
    spans[k].start = pools->pools[k]->len;
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];

      switch (claim->kind)
        {
        case DS_CLAIM_ENUMERATION:
        case DS_CLAIM_ROLE:
          for (guint k = 0; k < ds_claim_get_n_items (claim); k++)
            if (!shouted (ds_claim_get_item (claim, k)))
              pool_add (pools, DS_POOL_ITEMS, ds_claim_get_item (claim, k), claim);
          kinds_add (pools, claim);
          break;
        case DS_CLAIM_DEFINITION:
          pool_add (pools, DS_POOL_DEFINITIONS, claim->body, claim);
          pool_add (pools, DS_POOL_TERMS, claim->subject, claim);
          break;
        case DS_CLAIM_FACT:
          /* A paragraph's key sentence is no option of a choice. */
          if (claim->rule != DS_CLAIM_RULE_COVER)
            pool_add (pools, DS_POOL_FACTS, claim->subject, claim);
          break;
        default:
          break;
        }
    }
  for (guint k = 0; k < N_POOLS; k++)
    spans[k].len = pools->pools[k]->len - spans[k].start;
  /* The names are gathered when a card first asks for them. */
  spans[DS_POOL_NAMES].start = G_MAXUINT;
  spans[DS_POOL_NAMES].len = 0;
  if (claims->len > 0)
    {
      g_hash_table_replace (pools->essay_spans, ((DsClaim *) claims->pdata[0])->essay_id, spans);
      g_hash_table_replace (pools->essay_claims, ((DsClaim *) claims->pdata[0])->essay_id, g_ptr_array_ref (claims));
    }
  else
    g_free (spans);
}

const DsClaim *
ds_pools_owner (DsPools       *pools,
                DsPoolKind     kind,
                const DsClaim *claim,
                const char    *text)
{
  const Span *spans = g_hash_table_lookup (pools->essay_spans, claim->essay_id);
  GArray *pool = pools->pools[kind];

  for (guint i = 0; spans != NULL && i < spans[kind].len; i++)
    {
      const Entry *entry = &g_array_index (pool, Entry, spans[kind].start + i);

      if (entry->text == text)
        return entry->claim;
    }
  return NULL;
}

/* Whether @word (a word of a sentence, its punctuation stripped) is part
 * of a name: it opens with a capital letter, or with a digit inside one
 * ("Undang-Undang Nomor 27"; "Pada 2019 Kementerian …" opens none). */
static gboolean
capital_word (const char *word,
              gboolean    inside)
{
  gunichar c = g_utf8_get_char (word);

  return g_unichar_isupper (c) || (inside && g_unichar_isdigit (c));
}

/* The word of @text from @at, up to a space; *@end set past it, *@stop
 * when punctuation other than a hyphen or an apostrophe ends it (a name
 * ends there; so does the end of an emphasis, "**The Kyoto Protocol.**"),
 * *@bracket when it opens a bracket (one ends before it). Quote marks,
 * brackets and emphasis marks around it are dropped. */
static char *
next_word (const char  *at,
           const char **end,
           gboolean    *stop,
           gboolean    *bracket)
{
  const char *e = at + strcspn (at, " ");
  const char *w = e;

  *end = e;
  *stop = FALSE;
  for (;;)
    {
      if (w > at && strchr (",.;:!?)]}\"'*_", w[-1]) != NULL)
        w--;
      else if (w - at >= 3 && (memcmp (w - 3, "\xE2\x80\x9D", 3) == 0 || memcmp (w - 3, "\xE2\x80\x99", 3) == 0))
        w -= 3;
      else
        break;
      *stop = TRUE;
    }
  *bracket = at < w && strchr ("([{", *at) != NULL;
  for (;;)
    {
      if (at < w && strchr ("([{\"'*_", *at) != NULL)
        at++;
      else if (w - at >= 3 && (memcmp (at, "\xE2\x80\x9C", 3) == 0 || memcmp (at, "\xE2\x80\x98", 3) == 0))
        at += 3;
      else
        break;
    }
  return g_strndup (at, w - at);
}

/* Whether @word (folded) is the head word of a body, a law or an office
 * ("Kementerian", "Council", "Minister"): a name of its own opens there. */
static gboolean
head_word_kind (const char *word,
                gboolean    english)
{
  static const char * const lists[] = { "choice_name_body", "choice_name_law", "facts_office_title" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (g_strv_contains (ds_lang_get_phrases (ds_lang_get (english ? "en" : "id"), lists[l]), word) ||
        (!english && g_strv_contains (ds_lang_get_phrases (ds_lang_get ("en"), lists[l]), word)))
      return TRUE;
  return FALSE;
}

/* Adds to DS_POOL_NAMES the name in @words (capitalised words) when it is
 * a body, a law or an office holder's (name_kind()), of two words or
 * more; function words it opens with are not part of it ("Menurut
 * Kementerian …", "The …"). */
static void
add_name (DsPools       *pools,
          const DsClaim *claim,
          GPtrArray     *words)
{
  const DsLang *lang = ds_lang_get (claim->english ? "en" : "id");
  guint first = 0;
  g_autofree char *text = NULL;
  int kind;

  while (first < words->len)
    {
      g_autofree char *folded = ds_words_fold (words->pdata[first], DS_FOLD_STRIP_MARKS);

      const guint64 function = DS_WORD_PREP | DS_WORD_DET | DS_WORD_CONJ | DS_WORD_CONNECTIVE | DS_WORD_ADV |
                               DS_WORD_PRONOUN | DS_WORD_ANAPHOR | DS_WORD_QUESTION | DS_WORD_CLAUSE |
                               DS_WORD_THAT | DS_WORD_RELATIVE | DS_WORD_QUANT | DS_WORD_COUNT | DS_WORD_ORDINAL;

      /* ("Yet the Accord …", "Namun Komisi …": a conjunction that opens
       * the sentence, the phrase list opening_conj, is no name's.) */
      if (head_word_kind (folded, claim->english) ||
          (!ds_words_is_stop (NULL, folded) && (ds_lang_lookup (lang, folded, -1, NULL) & function) == 0 &&
           !(first == 0 && g_strv_contains (ds_lang_get_phrases (lang, "opening_conj"), folded))))
        break;
      first++;
    }
  if (words->len - first < 2)
    return;
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = first; i < words->len; i++)
      g_string_append_printf (joined, "%s%s", i > first ? " " : "", (char *) words->pdata[i]);
    text = g_string_free (g_steal_pointer (&joined), FALSE);
  }
  kind = name_kind (text, claim->english);
  if (kind == NAME_BODY || kind == NAME_LAW || kind == NAME_OFFICE)
    {
      Entry entry = { 0 };

      entry.text = text;
      entry.claim = claim;
      entry.gathered = TRUE;
      g_ptr_array_add (pools->names, g_steal_pointer (&text));
      g_array_append_val (pools->pools[DS_POOL_NAMES], entry);
    }
}

/* The names of @sentence, @claim's: runs of capitalised words, joined by
 * a lower-case "of", "for", "on", "dan", "and" … ("Food and Agriculture
 * Organization", "Badan Siber dan Sandi Negara"), ended by punctuation;
 * a conjunction before a name of its own ("Kementerian Luar Negeri dan
 * Kementerian Pertahanan") parts two. */
static void
gather_sentence (DsPools       *pools,
                 const DsClaim *claim,
                 const char    *sentence)
{
  static const char * const joiners[] = { "of", "for", "on", "and", "the", "dan", "untuk", "tentang", "bagi", NULL };
  g_autoptr(GPtrArray) run = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_free);
  const char *at = sentence;

  while (at != NULL && *at != '\0')
    {
      const char *end;
      gboolean stop, bracket;
      char *word;

      while (*at == ' ')
        at++;
      if (*at == '\0')
        break;
      word = next_word (at, &end, &stop, &bracket);
      at = end;
      /* "Kelompok Kerja Terbuka (OEWG)": the name ends before it. */
      if (bracket)
        {
          g_ptr_array_set_size (held, 0);
          add_name (pools, claim, run);
          g_ptr_array_set_size (run, 0);
        }
      if (*word != '\0' && capital_word (word, run->len > 0))
        {
          /* "… dan Kementerian …": a name of its own after the joiner. */
          if (held->len > 0 && run->len > 0)
            {
              g_autofree char *folded = ds_words_fold (word, DS_FOLD_STRIP_MARKS);
              const char *joiner = held->pdata[0];
              gboolean apart = (g_strcmp0 (joiner, "and") == 0 || g_strcmp0 (joiner, "dan") == 0) &&
                               (held->len > 1 || head_word_kind (folded, claim->english));

              if (apart)
                {
                  add_name (pools, claim, run);
                  g_ptr_array_set_size (run, 0);
                }
              else
                for (guint i = 0; i < held->len; i++)
                  g_ptr_array_add (run, g_strdup (held->pdata[i]));
            }
          g_ptr_array_set_size (held, 0);
          g_ptr_array_add (run, word);
          if (stop)
            {
              add_name (pools, claim, run);
              g_ptr_array_set_size (run, 0);
            }
          continue;
        }
      if (run->len > 0 && !stop && held->len < 2 && g_strv_contains (joiners, word))
        {
          g_ptr_array_add (held, word);
          continue;
        }
      g_free (word);
      g_ptr_array_set_size (held, 0);
      add_name (pools, claim, run);
      g_ptr_array_set_size (run, 0);
    }
  add_name (pools, claim, run);
}

/* Gathers the names of @essay_id's claims' sentences, once: the pool of
 * other bodies, laws and office holders a fact's name may stand among. */
static void
gather_names (DsPools    *pools,
              const char *essay_id)
{
  GPtrArray *claims = g_hash_table_lookup (pools->essay_claims, essay_id);
  Span *spans = g_hash_table_lookup (pools->essay_spans, essay_id);
  const char *last = NULL;

  /* (G_MAXUINT: not gathered yet.) */
  if (claims == NULL || spans == NULL || spans[DS_POOL_NAMES].start != G_MAXUINT)
    return;
  spans[DS_POOL_NAMES].start = pools->pools[DS_POOL_NAMES]->len;
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];

      /* A fact's question names what its sentence calls "it", "the
       * fund" ("Kapan Kantor Cuaca Nasional didirikan?"). */
      if (claim->kind == DS_CLAIM_FACT && claim->question != NULL)
        gather_sentence (pools, claim, claim->question);
      /* Claims of one sentence come together. */
      if (claim->sentence == NULL || (last != NULL && strcmp (last, claim->sentence) == 0))
        continue;
      last = claim->sentence;
      gather_sentence (pools, claim, claim->sentence);
    }
  spans[DS_POOL_NAMES].len = pools->pools[DS_POOL_NAMES]->len - spans[DS_POOL_NAMES].start;
}

/* ------------------------------------------------------------------ */
/* Picking                                                             */

/* What the options are compared with, computed once per card. */
typedef struct {
  DsPools       *pools;
  const DsClaim *claim;
  DsAnswerType   type;
  guint          n_words;
  char          *subject;
  char          *head;
  const char    *unit;        /* counts and money: the last word ("billion", "days") */
  GPtrArray     *skeletons;   /* of the avoided texts and the picks */
  GPtrArray     *words;       /* GStrv of the avoided texts */
  gboolean       same_essay;
  /* definitions: FALSE while one of the same kind is asked
   * (definition_kin()); TRUE when a choice fills its options with others
   * of the essay (other_thing()) */
  gboolean       fill;
  char          *term;        /* definitions: the term, normalised */
  const char * const *avoid;
  guint          n_avoid;
  int            clause;      /* clause_definition() of the claim */
  int            name_kind;   /* names: name_kind() of the answer */
  int            names_list;  /* list_of_names() of the claim */
  /* definitions: genus_of() of the first avoided text, worked out when
   * first asked */
  gboolean       genus_ready;
  const char   **genus;
  const char   **genus_rest;
} Target;

/* The last word of @text ("10 billion" → "billion"). */
static const char *
last_word (const char *text)
{
  const char *space = strrchr (text, ' ');

  return space != NULL ? space + 1 : text;
}

/* How much every item of @claim's list is a name: 2 when each is only
 * capitalised words ("Sukarno, Jawaharlal Nehru, …"), 1 when each is a
 * name with function words in it ("Dekolonisasi di Asia dan Afrika"), 0
 * otherwise. A name from a list stands only among items of lists of at
 * least its level: a capitalised item of a list of causes is no one who
 * is not among the leaders. */
static int
list_of_names (const DsClaim *claim)
{
  int level = 2;

  if (claim->items == NULL || claim->items->len == 0)
    return 0;
  for (guint i = 0; i < claim->items->len; i++)
    {
      const char *text = g_array_index (claim->items, DsClaimItem, i).text;

      if (!looks_like_name (text))
        return 0;
      for (const char *q = text; *q != '\0' && level == 2; q++)
        if ((q == text || *(q - 1) == ' ') && g_ascii_islower (*q))
          level = 1;
    }
  return level;
}

static int clause_definition (const DsClaim *claim);

static void
target_init (Target             *t,
             DsPools            *pools,
             const DsClaim      *claim,
             const char         *answer,
             const char * const *avoid,
             guint               n_avoid,
             gboolean            same_essay)
{
  t->pools = pools;
  t->claim = claim;
  t->type = ds_answer_type (claim, answer);
  t->name_kind = t->type == DS_ANSWER_NAME ? item_name_kind (claim, answer) : 0;
  t->names_list = t->type == DS_ANSWER_NAME ? list_of_names (claim) : 0;
  t->n_words = n_words (answer);
  t->subject = claim->subject != NULL ? skeleton (claim->subject) : NULL;
  t->head = claim->subject != NULL && claim->items != NULL ? head_noun (pools, claim->subject, claim->english) : NULL;
  t->unit = t->type == DS_ANSWER_COUNT || t->type == DS_ANSWER_MONEY ? last_word (answer) : NULL;
  t->skeletons = g_ptr_array_new_with_free_func (g_free);
  t->words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  t->same_essay = same_essay;
  t->avoid = avoid;
  t->n_avoid = n_avoid;
  t->genus_ready = FALSE;
  t->fill = FALSE;
  t->genus = t->genus_rest = NULL;
  t->clause = clause_definition (claim);
  t->term = claim->kind == DS_CLAIM_DEFINITION && claim->subject != NULL ? ds_generator_normalize (claim->subject) : NULL;
  for (guint i = 0; i < n_avoid && i < MAX_AVOID; i++)
    {
      g_ptr_array_add (t->skeletons, skeleton (avoid[i]));
      g_ptr_array_add (t->words, content_words (pools, avoid[i]));
    }
}

static void
target_clear (Target *t)
{
  g_free (t->subject);
  g_free (t->head);
  g_free (t->term);
  g_ptr_array_unref (t->skeletons);
  g_ptr_array_unref (t->words);
  g_free (t->genus);
  g_free (t->genus_rest);
}

static gboolean
seen (const Target *t,
      const char   *skel)
{
  for (guint i = 0; i < t->skeletons->len; i++)
    if (strcmp (t->skeletons->pdata[i], skel) == 0)
      return TRUE;
  return FALSE;
}

/* The content words of a list's items, worked out once per list. */
static const char * const *
other_list_words (DsPools       *pools,
                  const DsClaim *claim)
{
  GStrv words;

  if (claim->items == NULL)
    return NULL;
  words = g_hash_table_lookup (pools->list_words, claim);
  if (words == NULL)
    g_hash_table_insert (pools->list_words, (gpointer) claim, words = list_words (pools, claim));
  return (const char * const *) words;
}

/* Whether @part is the head of @whole: its first words in Indonesian
 * ("diplomasi" in "diplomasi digital"), its last in English
 * ("diplomacy" in "digital diplomacy"). */
static gboolean
head_of (const char *part,
         const char *whole,
         gboolean    english)
{
  gsize n = strlen (part), m = strlen (whole);

  if (n == 0 || n >= m)
    return FALSE;
  if (english)
    return strcmp (whole + m - n, part) == 0 && whole[m - n - 1] == ' ';
  return strncmp (whole, part, n) == 0 && whole[n] == ' ';
}

/* Whether two definitions' terms are one notion, or one is a kind of the
 * other ("diplomasi" and "diplomasi digital"): what defines the one is
 * true of the other, and a swap between them would be no falsehood. */
static gboolean
same_notion (const DsClaim *a,
             const DsClaim *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a->kind != DS_CLAIM_DEFINITION || b->kind != DS_CLAIM_DEFINITION)
    return FALSE;
  x = ds_generator_normalize (a->subject);
  y = ds_generator_normalize (b->subject);
  return head_of (x, y, a->english) || head_of (y, x, a->english);
}

/* Whether @part stands as whole words in @whole (normalised). */
static gboolean
words_within (const char *whole,
              const char *part)
{
  gsize len = strlen (part);

  if (len == 0)
    return FALSE;
  for (const char *at = strstr (whole, part); at != NULL; at = strstr (at + 1, part))
    if ((at == whole || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

/* The head word of a normalised term, as a new string: its first word in
 * Indonesian ("diplomasi" of "diplomasi publik"); in English its last, or
 * the one before "of" ("balance" of "balance of power"). */
static char *
term_head (const char *term,
           gboolean    english)
{
  const char *of = english ? strstr (term, " of ") : NULL;
  const char *end = of != NULL ? of : term + strlen (term);
  const char *start = term;

  if (!english)
    return g_strndup (term, strcspn (term, " "));
  for (const char *p = term; p < end; p++)
    if (*p == ' ')
      start = p + 1;
  return g_strndup (start, end - start);
}

/* The list of the essay that names @term as one of its items, or NULL. */
static const DsClaim *
kinds_list (DsPools       *pools,
            const DsClaim *claim,
            const char    *term)
{
  g_autofree char *key = kind_key (claim, term);

  return g_hash_table_lookup (pools->kinds, key);
}

/* Another claim about the same thing: another definition of the term, a
 * list whose subject has the same head noun ("tujuan serangan siber",
 * "tujuan diplomasi siber") or one of whose items shares a word with what
 * the card avoids ("X (dulu Twitter)" where "Twitter" is an item), or one
 * from the same sentence, or a definition of the term's kind or of a
 * kind of it. */
static gboolean
related (const Target *t,
         const Entry  *entry)
{
  const DsClaim *other = entry->claim;
  const char * const *words = other_list_words (t->pools, other);

  for (guint i = 0; words != NULL && i < t->words->len; i++)
    if (words_meet ((const char * const *) t->words->pdata[i], words))
      return TRUE;

  if (other == t->claim || g_strcmp0 (other->essay_id, t->claim->essay_id) != 0)
    return other == t->claim;
  if (other->start < t->claim->end && t->claim->start < other->end)
    return TRUE;
  if (t->subject != NULL && entry->subject != NULL && other->kind != DS_CLAIM_FACT &&
      (strcmp (t->subject, entry->subject) == 0 || same_notion (t->claim, other)))
    return TRUE;
  return t->head != NULL && g_strcmp0 (t->head, entry->head) == 0;
}

/* About as long: a wrong answer much shorter or longer than the right one
 * stands out. */
static gboolean
similar_length (guint a,
                guint b)
{
  guint lo = MIN (a, b), hi = MAX (a, b);

  return hi <= 3 ? hi - lo <= 2 : hi * 10 <= lo * 22;
}

/* How many of @a's words are in @b. */
static guint
words_shared (const char * const *a,
              const char * const *b)
{
  guint n = 0;

  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    n += b != NULL && g_strv_contains (b, a[i]);
  return n;
}

/* Whether @entry shares a content word with what the card avoids. Two
 * definitions of sibling terms (definition_kin()) say what their kind has
 * in common ("the target state" in a trade and a travel sanction): one of
 * them shares too much only when half its words or more are the other's. */
static gboolean
shares_words (const Target *t,
              Entry        *entry)
{
  gboolean kin = t->term != NULL && entry->term != NULL && !t->fill;

  if (ds_answer_type_is_figure (t->type))
    return FALSE;
  /* Stems are dear: only the entries a card gets as far as comparing. */
  if (entry->words == NULL)
    entry->words = content_words (t->pools, entry->text);
  for (guint i = 0; i < t->words->len; i++)
    {
      const char * const *avoided = (const char * const *) t->words->pdata[i];

      if (kin ? words_shared ((const char * const *) entry->words, avoided) * 2 >=
                  g_strv_length (entry->words)
              : words_meet (avoided, (const char * const *) entry->words))
        return TRUE;
    }
  return FALSE;
}

/* A worded item stands among another list's items only when that list is
 * the same kind of thing ("fungsi" among "fungsi", from another essay: the
 * same essay's lists of that head are related) — names stand among names
 * ("Telegram" among social networks); a count or a sum only among
 * counts and sums of its unit ("10 billion" among billions, not "90
 * days"). */
static gboolean
same_kind (const Target *t,
           Entry        *entry)
{
  if (t->head != NULL && t->type == DS_ANSWER_TEXT && g_strcmp0 (t->head, entry->head) != 0)
    return FALSE;
  if (t->type == DS_ANSWER_NAME)
    {
      if (entry->name_kind == 0)
        entry->name_kind = item_name_kind (entry->claim, entry->text);
      if (entry->name_kind != t->name_kind)
        return FALSE;
      if (t->names_list > 0 && entry->claim->items != NULL)
        {
          if (!entry->names_known)
            {
              entry->names_list = list_of_names (entry->claim);
              entry->names_known = TRUE;
            }
          /* A name of a known kind (a body, a country) is typed by
           * its kind already; else the level tells people from themes
           * written in capitals, both ways. */
          if (t->name_kind == NAME_UNKNOWN ? entry->names_list != t->names_list : entry->names_list < 1)
            return FALSE;
        }
    }
  return t->unit == NULL || g_ascii_strcasecmp (t->unit, last_word (entry->text)) == 0;
}

/* The shape of a definition's body: a noun phrase (0); a clause ("a
 * country gets others to …", cued "means that", 1); the term's own
 * predicate, with no cue ("Mediation brings the parties …", 2). Each
 * stands only among its own shape ("Soft power is a country gets …",
 * "Baseline is brings the parties …" are no sentences). */
static int
clause_definition (const DsClaim *claim)
{
  const char *cue;

  if (claim->kind != DS_CLAIM_DEFINITION || claim->cue == NULL)
    return 0;
  if (claim->cue[0] == '\0' && claim->attribution == NULL)
    return 2;
  cue = ds_lang_get_template (ds_lang_get (claim->english ? "en" : "id"), "definition_cue_clause");
  /* ('“aktif” berarti Indonesia tidak …', '“diverted” means moved …':
   * a quoted word's meaning, a clause or a verb's phrase, is one too.) */
  return g_strcmp0 (claim->cue, cue) == 0 || (claim->subject != NULL && g_str_has_prefix (claim->subject, "\xE2\x80\x9C"));
}

/* Whether every item of a list is written in capitals ("FRAMING",
 * "MIDDLE POWERS", "VERIFIKASI": a handout's labels of factors), four
 * letters or more: such labels stand only among their own kind, never
 * among names ("United States") or among each other's opposites. */
static gboolean
capital_labels (const DsClaim *claim)
{
  if (claim->items == NULL || claim->items->len == 0)
    return FALSE;
  for (guint i = 0; i < claim->items->len; i++)
    {
      const char *text = g_array_index (claim->items, DsClaimItem, i).text;
      guint letters = 0;

      for (const char *q = text; *q != '\0'; q++)
        {
          if (g_ascii_islower (*q))
            return FALSE;
          letters += g_ascii_isupper (*q) != 0;
        }
      if (letters < 4)
        return FALSE;
    }
  return TRUE;
}

/* The stems of @text's genus, the head of its first noun phrase: its
 * first content word in Indonesian ("kebijakan" of "kebijakan yang …"),
 * the last of its first run of content words in English ("body" of "the
 * regional body that …"); the stems of its other words in @rest. */
static const char **
genus_of (DsPools      *pools,
          const char   *text,
          gboolean      english,
          const char ***rest)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  g_autofree char **words = ds_words_split (folded);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  const char **genus = g_new0 (const char *, 3);
  int at = -1;

  /* Each word's stems come from the run's cache, one address a stem, so
   * that the rest's are told apart by address. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *stems[2];
      guint n = ds_words_cache_word_stems (pools->stems, NULL, words[i], stems);

      if (n > 0)
        {
          at = (int) i;
          memset (genus, 0, 3 * sizeof *genus);
          memcpy (genus, stems, n * sizeof *stems);
        }
      else if (at >= 0)
        break;
      if (at >= 0 && !english)
        break;
    }
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *stems[2];
      guint n;

      if ((int) i == at)
        continue;
      n = ds_words_cache_word_stems (pools->stems, NULL, words[i], stems);
      for (guint k = 0; k < n; k++)
        if (!g_ptr_array_find (others, stems[k], NULL))
          g_ptr_array_add (others, (gpointer) stems[k]);
    }
  g_ptr_array_add (others, NULL);
  *rest = (const char **) g_ptr_array_steal (others, NULL);
  return genus;
}

/* Whether the first avoided text of @t (the right answer) and @entry's
 * text, two noun phrases, are of one genus and share no other word. A
 * pick probes many entries, and a run probes an entry for many picks:
 * each side's genus is worked out once, the answer's for the pick, the
 * entry's for the run. */
static gboolean
one_genus (Target *t,
           Entry  *entry)
{
  gboolean english = t->claim->english;

  if (!t->genus_ready)
    {
      t->genus = genus_of (t->pools, t->avoid[0], english, &t->genus_rest);
      t->genus_ready = TRUE;
    }
  if (!entry->genus_ready || entry->genus_english != english)
    {
      g_free (entry->genus);
      g_free (entry->genus_rest);
      entry->genus = genus_of (t->pools, entry->text, english, &entry->genus_rest);
      entry->genus_english = english;
      entry->genus_ready = TRUE;
    }
  return words_meet ((const char * const *) t->genus, (const char * const *) entry->genus) &&
         !words_meet ((const char * const *) t->genus_rest, (const char * const *) entry->genus_rest);
}

gboolean
ds_generator_noun_phrase_body (const char *text,
                               gboolean    english)
{
  const DsLang *lang = ds_lang_get (english ? "en" : "id");
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  g_autofree char **words = ds_words_split (folded);
  /* (A spelling, "singkatan dari lima langkah …", "an acronym for four
   * steps …": what the letters stand for, no class: definition_spelling.) */
  const char * const lists[] = { "instruction_opener", "instruction_verb", "example_marker", "definition_spelling" };
  guint64 flags;

  if (words == NULL || words[0] == NULL || words[1] == NULL)
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      const char * const *phrases = ds_lang_get_phrases (lang, lists[l]);

      for (guint i = 0; phrases[i] != NULL; i++)
        {
          gsize n;

          /* Most phrases differ at the first byte, told before any call. */
          if (phrases[i][0] != '\0' && phrases[i][0] != folded[0])
            continue;
          n = strlen (phrases[i]);
          if (strncmp (folded, phrases[i], n) == 0 && (folded[n] == ' ' || folded[n] == '\0'))
            return FALSE;
        }
    }
  /* "diplomasi publik ditambah kecepatan …", "X plus speed": a formula,
   * no class. */
  if (strpbrk (text, "+=") != NULL)
    return FALSE;
  {
    const char * const *formula = ds_lang_get_phrases (lang, "definition_formula");
    g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);

    for (guint i = 0; formula[i] != NULL; i++)
      {
        gsize n = strlen (formula[i]);

        /* The word between spaces, found where it stands without one
         * string made for it. */
        if (n == 0)
          {
            if (strstr (padded, "  ") != NULL)
              return FALSE;
            continue;
          }
        for (const char *q = strstr (padded + 1, formula[i]); q != NULL; q = strstr (q + 1, formula[i]))
          if (q[-1] == ' ' && q[n] == ' ')
            return FALSE;
      }
  }
  flags = ds_lang_lookup (lang, words[0], -1, NULL);
  if (flags & DS_WORD_NOUN)
    return TRUE;
  if (flags & (DS_WORD_VERB | DS_WORD_CUE_EXAMPLE | DS_WORD_PRONOUN | DS_WORD_ANAPHOR |
               DS_WORD_CONJ | DS_WORD_AUX | DS_WORD_CLAUSE | DS_WORD_THAT | DS_WORD_RELATIVE | DS_WORD_QUESTION))
    return FALSE;
  return english || !_ds_lexicon_looks_like_verb_id (words[0]);
}

/* ds_generator_noun_phrase_body() of @entry's text, worked out once. */
static gboolean
entry_np (Entry *entry)
{
  if (!entry->np_known)
    {
      entry->np = ds_generator_noun_phrase_body (entry->text, entry->claim->english);
      entry->np_known = TRUE;
    }
  return entry->np;
}

/* clause_definition() of @entry's claim, asked of every entry a pick
 * probes: worked out once. */
static int
entry_clause (Entry *entry)
{
  if (!entry->clause_known)
    {
      entry->clause = clause_definition (entry->claim);
      entry->clause_known = TRUE;
    }
  return entry->clause;
}

/* "Konferensi Dagang Kedua (1950-an)", "Second Trade Conference": a
 * term written as a name (each of two or more words capitalised, or a
 * year or a number in it) names one thing, an event or a body; "motif
 * ekonomi", "economic motive" names a kind. Two items of one list, one of
 * each, are two kinds of thing: "Konferensi … adalah keinginan …" is no
 * like-for-like swap. */
static gboolean
names_a_thing (const char *term)
{
  g_auto(GStrv) words = g_strsplit (term, " ", -1);
  guint caps = 0, n = 0;

  if (strpbrk (term, "0123456789") != NULL)
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0' || (!g_unichar_isalpha (g_utf8_get_char (words[i])) && words[i][0] != '('))
        continue;
      n++;
      caps += g_unichar_isupper (g_utf8_get_char (words[i]));
    }
  return n >= 2 && caps == n;
}

/*
 * Whether another definition can be offered for the term as a wrong one:
 * a definition of the same kind of thing, so that the swap is neither
 * nonsense ("A tariff means check whether …", a motive offered for a
 * technique) nor true (a definition of a kind of the term, or of what it
 * is a kind of). The two terms differ, neither stands within the other
 * ("siber", "ruang siber"), and they are sibling terms of one head ("soft
 * power", "hard power"; "diplomasi publik", "diplomasi digital"), or two
 * items of one list of the essay ("three kinds of power: …"), or two
 * noun phrases of one genus, the first content word of each, that share
 * no other ("a policy of joining …", "a policy of not entering …"; not
 * "informasi bohong yang sengaja …" beside "informasi keliru yang sengaja
 * …", one thing said twice). Two terms that only stand
 * under one heading, or before any, are no such pair (a vision offered as
 * what "cyber" means).
 */
static gboolean
definition_kin (Target       *t,
                Entry        *entry)
{
  const DsClaim *other = entry->claim;
  g_autofree char *head_a = NULL;
  g_autofree char *head_b = NULL;
  const DsClaim *list;

  if (t->term == NULL || entry->term == NULL || *t->term == '\0' || *entry->term == '\0' ||
      words_within (t->term, entry->term) || words_within (entry->term, t->term))
    return FALSE;
  head_a = term_head (t->term, t->claim->english);
  head_b = term_head (entry->term, other->english);
  if (strcmp (head_a, head_b) == 0)
    return TRUE;
  list = kinds_list (t->pools, t->claim, t->term);
  if (list != NULL && list == kinds_list (t->pools, other, entry->term))
    return names_a_thing (t->claim->subject) == names_a_thing (other->subject);
  return t->clause == 0 && t->n_avoid > 0 && one_genus (t, entry);
}

/* Whether the term of @entry is the head of another term the essay
 * defines ("sanction" beside "trade sanction"): a general term, whose
 * definition may hold of things the essay names besides its kinds. */
static gboolean
general_term (Target *t,
              Entry  *entry)
{
  const Span *spans = g_hash_table_lookup (t->pools->essay_spans, entry->claim->essay_id);
  const Span *span = spans != NULL ? &spans[DS_POOL_DEFINITIONS] : NULL;
  GArray *pool = t->pools->pools[DS_POOL_DEFINITIONS];

  if (span == NULL || strchr (entry->term, ' ') != NULL)
    return FALSE;
  for (guint i = 0; i < span->len && i < MAX_AVOID; i++)
    {
      Entry *other = &g_array_index (pool, Entry, span->start + i);
      g_autofree char *head = NULL;

      entry_prepare (t->pools, other);
      if (other->term == NULL || strchr (other->term, ' ') == NULL)
        continue;
      head = term_head (other->term, other->claim->english);
      if (strcmp (head, entry->term) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a choice may offer @entry's definition as a wrong one beside
 * @t's when too few of its kind are there: another thing's, its term
 * neither standing within @t's nor holding it ("siber", "ruang siber")
 * nor the general term of the essay's kinds, and sharing no content word
 * (shares_words()). */
static gboolean
other_thing (Target *t,
             Entry  *entry)
{
  return t->term != NULL && entry->term != NULL && *t->term != '\0' && *entry->term != '\0' &&
         !words_within (t->term, entry->term) && !words_within (entry->term, t->term) &&
         !general_term (t, entry);
}

/*
 * Whether @text is no whole item to offer as an option: it holds a
 * second label after a semicolon ("respect sovereignty; second view:
 * protect rights", two note items fused into one), or it opens with a
 * capital and, wherever it stands in @sentence, a name runs on after it
 * ("Bill" of "Bill C-18", "Dewan" of "Dewan Pers"): a fragment of a
 * longer name.
 */
static gboolean
broken_option (const char *text,
               const char *sentence)
{
  const char *semi = strchr (text, ';');
  gsize len = strlen (text);
  gboolean seen = FALSE;

  if (semi != NULL && strchr (semi, ':') != NULL)
    return TRUE;
  if (sentence == NULL || len == 0 || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  for (const char *at = strstr (sentence, text); at != NULL; at = strstr (at + 1, text))
    {
      const char *after = at + len;
      gunichar next;

      /* (only where it stands as whole words) */
      if ((at > sentence && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (at)))) ||
          g_unichar_isalnum (g_utf8_get_char (after)))
        continue;
      seen = TRUE;
      if (*after != ' ')
        return FALSE;
      next = g_utf8_get_char (after + 1);
      if (!g_unichar_isupper (next) && !g_unichar_isdigit (next))
        return FALSE;
    }
  return seen;
}

static gboolean
entry_fits (Target       *t,
            Entry        *entry)
{
  if (entry->claim == t->claim || entry->claim->english != t->claim->english ||
      entry_clause (entry) != t->clause ||
      ((entry->claim->items != NULL || t->claim->items != NULL) &&
       capital_labels (entry->claim) != capital_labels (t->claim)))
    return FALSE;
  entry_prepare (t->pools, entry);
  if (entry->type != t->type || !similar_length (entry->n_words, t->n_words) || !same_kind (t, entry))
    return FALSE;
  if (t->same_essay && g_strcmp0 (entry->claim->essay_id, t->claim->essay_id) != 0)
    return FALSE;
  if (t->claim->kind == DS_CLAIM_DEFINITION && entry->claim->kind == DS_CLAIM_DEFINITION &&
      !(t->fill ? other_thing (t, entry) : definition_kin (t, entry)))
    return FALSE;
  /* A noun-phrase definition stands only among real definitions of other
   * terms: a step ("cari liputan …") or an example offered beside it is
   * off-type and gives the answer away. */
  if (t->clause == 0 && t->claim->kind == DS_CLAIM_DEFINITION && entry->claim->kind == DS_CLAIM_DEFINITION &&
      !entry_np (entry))
    return FALSE;
  if (entry->claim->english != t->claim->english || *entry->skeleton == '\0' ||
      broken_option (entry->text, entry->gathered ? NULL : entry->claim->sentence))
    return FALSE;
  return !related (t, entry) && !seen (t, entry->skeleton) && !shares_words (t, entry);
}

static guint
gcd (guint a,
     guint b)
{
  while (b != 0)
    {
      guint r = a % b;

      a = b;
      b = r;
    }
  return a;
}

guint
ds_pools_pick (DsPools            *pools,
               DsPoolKind          kind,
               const DsClaim      *claim,
               const char         *answer,
               const char         *seed,
               const char * const *avoid,
               guint               n_avoid,
               gboolean            same_essay,
               guint               max,
               const char        **out)
{
  GArray *pool = pools->pools[kind];
  Span all = { 0, pool->len };
  const Span *span = &all;
  gboolean own = kind == DS_POOL_DEFINITIONS || same_essay;
  Target t;
  guint h, step, n = 0;

  /* A definition stands only beside its essay's definitions: the probes
   * keep to that essay's, all of them, those of the same kind of thing
   * first (definition_kin()); a choice (@same_essay FALSE) fills what they
   * leave with other things' (other_thing()), a true/false swap never.
   * Any pick kept to one essay probes all of that essay's entries. */
  if (own)
    {
      const Span *spans;

      if (kind == DS_POOL_NAMES)
        gather_names (pools, claim->essay_id);
      spans = g_hash_table_lookup (pools->essay_spans, claim->essay_id);
      span = spans != NULL ? &spans[kind] : NULL;
    }
  if (span == NULL || span->len == 0)
    return 0;
  /* A step or an example given as a definition has no kin to stand
   * among: no choice and no swap for it. */
  if (kind == DS_POOL_DEFINITIONS && clause_definition (claim) == 0 && !ds_generator_noun_phrase_body (answer, claim->english))
    return 0;
  /* Nor for an answer that is no whole item (broken_option()). */
  if (broken_option (answer, claim->sentence))
    return 0;
  target_init (&t, pools, claim, answer, avoid, n_avoid, same_essay || kind == DS_POOL_DEFINITIONS);
  h = g_str_hash (seed);
  step = span->len > 1 ? 1 + (h >> 16) % (span->len - 1) : 1;
  while (gcd (step, span->len) != 1)
    step++;
  for (guint pass = 0; pass < (kind == DS_POOL_DEFINITIONS && !same_essay ? 2 : 1) && n < max; pass++)
    {
      t.fill = pass == 1;
      for (guint probe = 0; probe < MIN (span->len, own ? MAX_AVOID : MAX_PROBES) && n < max;
           probe++)
        {
          Entry *entry = &g_array_index (pool, Entry, span->start + (h + probe * step) % span->len);

          if (!entry_fits (&t, entry))
            continue;
          g_ptr_array_add (t.skeletons, g_strdup (entry->skeleton));
          out[n++] = entry->text;
        }
    }
  target_clear (&t);
  return n;
}
