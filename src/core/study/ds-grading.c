/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Tolerant grading: a learner who types "diplomasi publik" for "Diplomasi
 * Publik." or makes one slip in a long word knew the answer; one who types
 * 1946 for 1945 did not. See ds-grading.h for the rules.
 */
#include "config.h"

#include <string.h>

#include "ds-grading.h"
#include "ds-words.h"

/* One typo is allowed per this many letters of the expected answer. */
#define LETTERS_PER_TYPO 6

char *
ds_grading_normalize (const char *text)
{
  g_return_val_if_fail (text != NULL, g_strdup (""));

  return ds_words_fold (text, DS_FOLD_STRIP_MARKS);
}

/* Restricted Damerau-Levenshtein ("optimal string alignment"). */
static guint
osa_distance (const gunichar *a,
              glong           n,
              const gunichar *b,
              glong           m)
{
  g_autofree guint *row0 = g_new0 (guint, m + 1);
  g_autofree guint *row1 = g_new0 (guint, m + 1);
  g_autofree guint *row2 = g_new0 (guint, m + 1);
  guint *before = row0, *prev = row1, *cur = row2;

  for (glong j = 0; j <= m; j++)
    prev[j] = (guint) j;

  for (glong i = 1; i <= n; i++)
    {
      guint *tmp;

      cur[0] = (guint) i;
      for (glong j = 1; j <= m; j++)
        {
          guint cost = (a[i - 1] == b[j - 1]) ? 0 : 1;
          guint v = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, before[j - 2] + 1);
          cur[j] = v;
        }
      tmp = before;
      before = prev;
      prev = cur;
      cur = tmp;
    }

  return prev[m];
}

static guint
normalized_distance (const char *a,
                     const char *b)
{
  glong n, m;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &n);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &m);

  return osa_distance (ua, n, ub, m);
}

guint
ds_grading_distance (const char *a,
                     const char *b)
{
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, G_MAXUINT);

  na = ds_grading_normalize (a);
  nb = ds_grading_normalize (b);
  return normalized_distance (na, nb);
}

static guint
allowed_typos (const char *normalized)
{
  guint letters = 0;

  for (const char *p = normalized; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      letters++;
  return letters / LETTERS_PER_TYPO;
}

guint
ds_grading_allowed_typos (const char *expected)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (expected != NULL, 0);

  normalized = ds_grading_normalize (expected);
  return allowed_typos (normalized);
}

/* The digits in order: thousands separators do not matter, a wrong year does. */
static char *
digits_of (const char *normalized)
{
  GString *out = g_string_new (NULL);

  for (const char *p = normalized; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
without_spaces (const char *normalized)
{
  GString *out = g_string_new (NULL);

  for (const char *p = normalized; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static gboolean
matches_normalized (const char *expected,
                    const char *given)
{
  g_autofree char *expected_digits = NULL;
  g_autofree char *given_digits = NULL;
  g_autofree char *expected_joined = NULL;
  g_autofree char *given_joined = NULL;
  guint allowed;
  glong n, m;

  if (*given == '\0')
    return FALSE;
  /* Where words break ("di bawah", "dibawah"; "1.000", "1000") is not a
   * typo. */
  expected_joined = without_spaces (expected);
  given_joined = without_spaces (given);
  if (strcmp (expected_joined, given_joined) == 0)
    return TRUE;

  expected_digits = digits_of (expected);
  given_digits = digits_of (given);
  if (strcmp (expected_digits, given_digits) != 0)
    return FALSE;

  allowed = allowed_typos (expected);
  n = g_utf8_strlen (expected, -1);
  m = g_utf8_strlen (given, -1);
  if (allowed == 0 || (guint) ABS (n - m) > allowed)
    return FALSE;
  return normalized_distance (expected, given) <= allowed;
}

static const char *
skip_article (const char *normalized)
{
  static const char * const articles[] = { "the ", "a ", "an " };

  for (gsize i = 0; i < G_N_ELEMENTS (articles); i++)
    if (g_str_has_prefix (normalized, articles[i]))
      return normalized + strlen (articles[i]);
  return normalized;
}

static gboolean
matches_with_articles (const char *expected,
                       const char *given)
{
  return matches_normalized (expected, given) ||
         matches_normalized (skip_article (expected), skip_article (given));
}

/* An expected answer with no letters or digits at all ("?") can only be
 * compared as typed. */
static gboolean
matches_literally (const char *expected,
                   const char *given)
{
  g_autofree char *e = g_utf8_casefold (expected, -1);
  g_autofree char *g = g_utf8_casefold (given, -1);

  g_strstrip (e);
  g_strstrip (g);
  return *g != '\0' && strcmp (e, g) == 0;
}

gboolean
ds_grading_matches (const char *expected,
                    const char *given)
{
  g_autofree char *e = NULL;
  g_autofree char *g = NULL;

  g_return_val_if_fail (expected != NULL, FALSE);

  if (given == NULL)
    return FALSE;

  e = ds_grading_normalize (expected);
  g = ds_grading_normalize (given);
  if (*e == '\0')
    return matches_literally (expected, given);
  return matches_with_articles (e, g);
}

/* ------------------------------------------------------------------ */
/* Lists                                                               */

/* Share of an item's content words (as 3/5) an entry must contain. */
#define OVERLAP_NUM 3
#define OVERLAP_DEN 5

/* Share of an item's distinctive content words (as 1/2) an entry must
 * contain. */
#define DISTINCT_NUM 1
#define DISTINCT_DEN 2

/* A content word of a list item or of a typed entry, with its stems. */
typedef struct {
  char     *word;
  char    **stems;
  gboolean  distinct;   /* items: no other item of the list has it */
} Word;

/* An item or an entry: as typed, normalised, and its distinct content
 * words. */
typedef struct {
  const char *raw;
  char       *norm;
  GArray     *words;    /* Word */
} ListText;

static void
word_clear (gpointer data)
{
  Word *word = data;

  g_free (word->word);
  g_strfreev (word->stems);
}

/* The language of what a learner types is not known: function words and
 * stems are those of Indonesian and English together (ds-words.h). */
static void
list_text_init (ListText   *text,
                const char *raw)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) tokens = NULL;

  text->raw = raw;
  text->norm = ds_grading_normalize (raw);
  text->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (text->words, word_clear);

  tokens = g_strsplit (text->norm, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      Word word = { NULL, NULL, FALSE };

      if (!g_hash_table_add (seen, tokens[i]))
        continue;
      /* No stems: a function word, or too short to say anything. */
      word.stems = ds_words_content_stems (NULL, tokens[i]);
      if (word.stems[0] == NULL)
        {
          g_strfreev (word.stems);
          continue;
        }
      word.word = g_strdup (tokens[i]);
      g_array_append_val (text->words, word);
    }
}

static ListText *
list_texts_new (const char * const *raw,
                guint               n)
{
  ListText *texts = g_new0 (ListText, n);

  for (guint i = 0; i < n; i++)
    list_text_init (&texts[i], raw[i]);
  return texts;
}

static void
list_texts_free (ListText *texts,
                 guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      g_free (texts[i].norm);
      g_array_unref (texts[i].words);
    }
  g_free (texts);
}

#define WORD(text, i) (&g_array_index ((text)->words, Word, (i)))

/* Whether @given stands for @expected: a stem in common ("mencuri",
 * "pencurian"), or the same word but for the typos its length allows. */
static gboolean
word_matches (const Word *expected,
              const Word *given)
{
  for (guint i = 0; expected->stems[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) given->stems, expected->stems[i]))
      return TRUE;
  return matches_normalized (expected->word, given->word);
}

static gboolean
text_has_word (const ListText *text,
               const Word     *word)
{
  for (guint i = 0; i < text->words->len; i++)
    if (word_matches (word, WORD (text, i)) || word_matches (WORD (text, i), word))
      return TRUE;
  return FALSE;
}

/* A word of an item is distinctive when no other item has it: "aspek" in
 * "aspek ekonomi" and "aspek politik" is not, and names neither. */
static void
mark_distinct (ListText *items,
               guint     n)
{
  for (guint i = 0; i < n; i++)
    for (guint w = 0; w < items[i].words->len; w++)
      {
        Word *word = WORD (&items[i], w);

        word->distinct = TRUE;
        for (guint j = 0; j < n && word->distinct; j++)
          if (j != i && text_has_word (&items[j], word))
            word->distinct = FALSE;
      }
}

/* How many of @item's content words (only the distinctive ones when
 * @distinct) @given has; their number in @n_words. */
static guint
count_found (const ListText *item,
             const ListText *given,
             gboolean        distinct,
             guint          *n_words)
{
  guint found = 0;

  *n_words = 0;
  for (guint w = 0; w < item->words->len; w++)
    {
      const Word *word = WORD (item, w);

      if (distinct && !word->distinct)
        continue;
      (*n_words)++;
      for (guint g = 0; g < given->words->len; g++)
        if (word_matches (word, WORD (given, g)))
          {
            found++;
            break;
          }
    }
  return found;
}

/* Whether the entry @given counts for the item @item: the whole of it
 * (tolerantly), most of its content words, or half of the words that set
 * it apart from the other items. */
static gboolean
item_counts (const ListText *item,
             const ListText *given)
{
  guint found, n;

  if (*given->norm == '\0')
    return FALSE;
  if (*item->norm == '\0')
    return matches_literally (item->raw, given->raw);
  if (matches_with_articles (item->norm, given->norm))
    return TRUE;

  found = count_found (item, given, FALSE, &n);
  if (n > 0 && found * OVERLAP_DEN >= n * OVERLAP_NUM)
    return TRUE;
  found = count_found (item, given, TRUE, &n);
  return n > 0 && found * DISTINCT_DEN >= n * DISTINCT_NUM;
}

/* Kuhn's augmenting path: can expected item @e get a given entry, possibly
 * by moving the current holder of one to another? */
static gboolean
augment (const gboolean *compatible,
         guint           n_given,
         guint           e,
         gboolean       *visited,
         int            *holder)
{
  for (guint g = 0; g < n_given; g++)
    {
      if (!compatible[e * n_given + g] || visited[g])
        continue;
      visited[g] = TRUE;
      if (holder[g] < 0 ||
          augment (compatible, n_given, (guint) holder[g], visited, holder))
        {
          holder[g] = (int) e;
          return TRUE;
        }
    }
  return FALSE;
}

/* A maximum matching of items to entries: each entry is used for at most
 * one item and each item once, so an early loose match cannot steal an
 * item from a later exact one. @holder: per entry, its item or -1. */
static void
match_items (const gboolean *compatible,
             guint           n_items,
             guint           n_given,
             int            *holder)
{
  g_autofree gboolean *visited = g_new0 (gboolean, n_given);

  for (guint e = 0; e < n_items; e++)
    {
      memset (visited, 0, n_given * sizeof (gboolean));
      augment (compatible, n_given, e, visited, holder);
    }
}

static gboolean *
compatibility (const char * const *expected_items,
               guint               n_items,
               const char * const *given_items,
               guint               n_given)
{
  ListText *items = list_texts_new (expected_items, n_items);
  ListText *given = list_texts_new (given_items, n_given);
  gboolean *compatible = g_new0 (gboolean, (gsize) n_items * n_given);

  mark_distinct (items, n_items);
  for (guint e = 0; e < n_items; e++)
    for (guint g = 0; g < n_given; g++)
      compatible[e * n_given + g] = item_counts (&items[e], &given[g]);

  list_texts_free (items, n_items);
  list_texts_free (given, n_given);
  return compatible;
}

DsListGrade
ds_grading_grade_list (const char * const *expected_items,
                       const char * const *given_items)
{
  static const char * const nothing[] = { NULL };
  DsListGrade grade = { 0, };
  g_autofree gboolean *compatible = NULL;

  g_return_val_if_fail (expected_items != NULL, grade);

  if (given_items == NULL)
    given_items = nothing;
  grade.n_items = g_strv_length ((char **) expected_items);
  grade.n_given = g_strv_length ((char **) given_items);
  grade.matched = g_new0 (gboolean, MAX (grade.n_items, 1));
  grade.given_item = g_new (int, MAX (grade.n_given, 1));
  for (guint g = 0; g < grade.n_given; g++)
    grade.given_item[g] = -1;
  if (grade.n_items == 0 || grade.n_given == 0)
    return grade;

  compatible = compatibility (expected_items, grade.n_items, given_items, grade.n_given);
  match_items (compatible, grade.n_items, grade.n_given, grade.given_item);
  for (guint g = 0; g < grade.n_given; g++)
    if (grade.given_item[g] >= 0)
      {
        grade.matched[grade.given_item[g]] = TRUE;
        grade.n_matched++;
      }
  grade.score = (double) grade.n_matched / grade.n_items;
  return grade;
}

void
ds_list_grade_clear (DsListGrade *grade)
{
  g_return_if_fail (grade != NULL);

  g_clear_pointer (&grade->matched, g_free);
  g_clear_pointer (&grade->given_item, g_free);
  grade->n_items = 0;
  grade->n_given = 0;
  grade->n_matched = 0;
  grade->score = 0.0;
}

DsRating
ds_grading_rating_for_score (double score)
{
  if (score >= 1.0)
    return DS_RATING_GOOD;
  if (score >= 0.6)
    return DS_RATING_HARD;
  return DS_RATING_AGAIN;   /* also for NaN */
}

/* Drops a list marker such as "-", "•", "1." or "b)" and the white space
 * around the item. */
static char *
clean_item (const char *piece)
{
  static GRegex *marker = NULL;
  g_autofree char *stripped = NULL;

  if (g_once_init_enter (&marker))
    {
      GRegex *re = g_regex_new ("^(?:[-*•–·]|\\d{1,2}[.)]|[a-z][.)])\\s+", 0, 0, NULL);
      g_once_init_leave (&marker, re);
    }

  stripped = g_strstrip (g_strdup (piece));
  return g_strstrip (g_regex_replace_literal (marker, stripped, -1, 0, "", 0, NULL));
}

static void
add_pieces (GStrvBuilder *builder,
            char        **pieces)
{
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *item = clean_item (pieces[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }
}

static guint
count_nonblank (char **pieces)
{
  guint n = 0;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *item = clean_item (pieces[i]);

      if (*item != '\0')
        n++;
    }
  return n;
}

char **
ds_grading_split_items (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *valid = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  valid = g_utf8_make_valid (text, -1);
  lines = g_regex_split_simple ("[\\r\\n;]+", valid, 0, 0);

  /* Several lines: the learner chose the separator, and commas or "dan"
   * inside a line belong to that item. */
  if (count_nonblank (lines) > 1)
    {
      add_pieces (builder, lines);
      return g_strv_builder_end (builder);
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) pieces =
        g_regex_split_simple ("\\s*,\\s*|\\s+(?:dan|and)\\s+", lines[i],
                              G_REGEX_CASELESS, 0);
      add_pieces (builder, pieces);
    }

  return g_strv_builder_end (builder);
}
