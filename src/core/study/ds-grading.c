/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Tolerant grading: a learner who types "diplomasi publik" for "Diplomasi
 * Publik." or makes one slip in a long word knew the answer; one who types
 * 1946 for 1945 did not. See ds-grading.h for the rules.
 */
#include "config.h"

#include <string.h>

#include "ds-grading.h"

/* One typo is allowed per this many letters of the expected answer. */
#define LETTERS_PER_TYPO 6

/* Share of an item's content words (as 3/5) a given item must contain. */
#define OVERLAP_NUM 3
#define OVERLAP_DEN 5

/* Words that carry no content of their own in a list item. */
static const char * const stop_words[] = {
  "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "atau", "dalam",
  "pada", "ini", "itu", "serta", "juga", "adalah", "oleh", "sebagai", "akan",
  "bagi", "para", "the", "a", "an", "and", "of", "to", "in", "for", "with",
  "or", "on", "by", "is", "are",
};

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BC;
}

/* Letters that NFKD does not split into base + mark. */
static void
append_folded (GString  *out,
               gunichar  c)
{
  c = g_unichar_tolower (c);
  switch (c)
    {
    case 0x00DF: g_string_append (out, "ss"); return;   /* ß */
    case 0x00E6: g_string_append (out, "ae"); return;   /* æ */
    case 0x0153: g_string_append (out, "oe"); return;   /* œ */
    case 0x00F8: c = 'o'; break;                        /* ø */
    case 0x0111: c = 'd'; break;                        /* đ */
    case 0x0142: c = 'l'; break;                        /* ł */
    case 0x0131: c = 'i'; break;                        /* ı */
    default: break;
    }
  g_string_append_unichar (out, c);
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

char *
ds_grading_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, g_strdup (""));

  valid = g_utf8_make_valid (text, -1);
  /* NFKD also folds ligatures, full-width forms and the like. */
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  out = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_mark (c) || is_apostrophe (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          pending_space = TRUE;
          continue;
        }
      if (pending_space && out->len > 0)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      append_folded (out, c);
    }

  return g_string_free (out, FALSE);
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

static gboolean
is_stop_word (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (strcmp (word, stop_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Distinct non-stop words of a normalised text. */
static GStrv
content_words (const char *normalized)
{
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || is_stop_word (words[i]) ||
          !g_hash_table_add (seen, words[i]))
        continue;
      g_strv_builder_add (builder, words[i]);
    }
  return g_strv_builder_end (builder);
}

static gboolean
contains_word (char * const *tokens,
               const char   *word)
{
  for (guint i = 0; tokens[i] != NULL; i++)
    if (matches_normalized (word, tokens[i]))
      return TRUE;
  return FALSE;
}

/* TRUE when @given contains most of @expected's content words. */
static gboolean
overlaps (const char *expected,
          const char *given)
{
  g_auto(GStrv) words = content_words (expected);
  g_auto(GStrv) tokens = g_strsplit (given, " ", -1);
  guint n_words = g_strv_length (words);
  guint found = 0;

  if (n_words == 0)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (contains_word (tokens, words[i]))
      found++;
  return found * OVERLAP_DEN >= n_words * OVERLAP_NUM;
}

static gboolean
item_counts (const char *expected_raw,
             const char *expected,
             const char *given_raw,
             const char *given)
{
  if (*given == '\0')
    return FALSE;
  if (*expected == '\0')
    return matches_literally (expected_raw, given_raw);
  return matches_with_articles (expected, given) || overlaps (expected, given);
}

/* Kuhn's augmenting path: can expected item @e get a given item, possibly
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

static char **
normalize_all (const char * const *items,
               guint               n)
{
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = ds_grading_normalize (items[i]);
  return out;
}

DsListGrade
ds_grading_grade_list (const char * const *expected_items,
                       const char * const *given_items)
{
  static const char * const nothing[] = { NULL };
  DsListGrade grade = { 0, NULL, 0, 0.0 };
  g_auto(GStrv) expected = NULL;
  g_auto(GStrv) given = NULL;
  g_autofree gboolean *compatible = NULL;
  g_autofree gboolean *visited = NULL;
  g_autofree int *holder = NULL;
  guint n_given;

  g_return_val_if_fail (expected_items != NULL, grade);

  if (given_items == NULL)
    given_items = nothing;
  grade.n_items = g_strv_length ((char **) expected_items);
  n_given = g_strv_length ((char **) given_items);
  grade.matched = g_new0 (gboolean, MAX (grade.n_items, 1));
  if (grade.n_items == 0 || n_given == 0)
    return grade;

  expected = normalize_all (expected_items, grade.n_items);
  given = normalize_all (given_items, n_given);
  compatible = g_new0 (gboolean, (gsize) grade.n_items * n_given);
  for (guint e = 0; e < grade.n_items; e++)
    for (guint g = 0; g < n_given; g++)
      compatible[e * n_given + g] = item_counts (expected_items[e], expected[e],
                                                 given_items[g], given[g]);

  visited = g_new0 (gboolean, n_given);
  holder = g_new (int, n_given);
  for (guint g = 0; g < n_given; g++)
    holder[g] = -1;
  for (guint e = 0; e < grade.n_items; e++)
    {
      memset (visited, 0, n_given * sizeof (gboolean));
      augment (compatible, n_given, e, visited, holder);
    }

  for (guint g = 0; g < n_given; g++)
    if (holder[g] >= 0)
      {
        grade.matched[holder[g]] = TRUE;
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
  grade->n_items = 0;
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
