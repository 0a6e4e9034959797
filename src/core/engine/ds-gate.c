/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The card gate: each check reads only what the learner would see — the
 * question, the answer, the items, the options — so that it holds however
 * the card was made, and a failing card is dropped before anyone sees it.
 * Words are compared through the one normaliser (ds-words.h) and the word
 * classes of both languages, since a card does not say its language.
 */
#include "config.h"

#include <string.h>

#include "ds-gate.h"
#include "ds-generator-private.h"
#include "ds-lang.h"
#include "ds-words.h"

/* A choice three times as long (in words) as every other stands out. */
#define CHOICE_LENGTH_RATIO 3

const char *
ds_gate_check_name (DsGateCheck check)
{
  static const char * const names[] = {
    "question-head", "answer-start", "answer-empty", "self-answer", "choices",
    "choice-types", "choice-lengths", "true-false", "count-honest", "markup",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == DS_GATE_N_CHECKS);
  g_return_val_if_fail (check < DS_GATE_N_CHECKS, NULL);
  return names[check];
}

static guint64
classes (const char *folded_word)
{
  return ds_lang_lookup (ds_lang_get ("id"), folded_word, -1, NULL) |
         ds_lang_lookup (ds_lang_get ("en"), folded_word, -1, NULL);
}

/* The words every question template writes ("apa", "dimaksud", "essay"):
 * they are the question's frame, not what it asks about. */
static void
add_template_words (GHashTable   *words,
                    const DsLang *lang)
{
  g_auto(GStrv) names = ds_lang_dup_template_names (lang);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *folded = ds_words_fold (ds_lang_get_template (lang, names[i]), DS_FOLD_STRIP_MARKS);
      g_auto(GStrv) parts = g_strsplit (folded, " ", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        g_hash_table_add (words, g_strdup (parts[k]));
    }
}

static GHashTable *
template_words (void)
{
  static GHashTable *words;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_template_words (words, ds_lang_get ("id"));
      add_template_words (words, ds_lang_get ("en"));
      g_once_init_leave (&ready, 1);
    }
  return words;
}

static gboolean
content_word (const char *word)
{
  const guint64 numbers = DS_WORD_COUNT | DS_WORD_ORDINAL | DS_WORD_MAGNITUDE | DS_WORD_MONTH;

  return *word != '\0' && (!ds_words_is_stop (NULL, word) || (classes (word) & numbers));
}

/* Check "question-head": the question asks about something — a content
 * word beyond its template's frame ("Apa saja lain?", "What is meant by
 * what?" have none). A cloze or a statement to complete carries its own. */
static gboolean
question_head_ok (DsCard *card)
{
  const char *question = ds_card_get_question (card);
  g_autofree char *folded = ds_words_fold (question, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  GHashTable *frame = template_words ();

  if (strstr (question, DS_CARD_BLANK) != NULL || strstr (question, "…") != NULL)
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    if (content_word (words[i]) && !g_hash_table_contains (frame, words[i]))
      return TRUE;
  return FALSE;
}

/* @folded's first word is a conjunction. */
static gboolean
starts_with_conjunction (const char *folded)
{
  g_autofree char *first = g_strndup (folded, strcspn (folded, " "));

  /* "adalah penyebaran hoaks": the copula belongs to the sentence. */
  return (classes (first) & (DS_WORD_CONJ | DS_WORD_CLAUSE | DS_WORD_CUE_DEF)) != 0;
}

/* @folded has no content word. */
static gboolean
says_nothing (const char *folded)
{
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (content_word (words[i]))
      return FALSE;
  return TRUE;
}

/* What a card answers with: its items, or its answer. */
static GPtrArray *
answers_of (DsCard *card)
{
  const char * const *items = ds_card_get_items (card);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; items[i] != NULL; i++)
    g_ptr_array_add (out, (gpointer) items[i]);
  if (out->len == 0 && ds_card_get_kind (card) != DS_CARD_TRUE_FALSE)
    g_ptr_array_add (out, (gpointer) ds_card_get_answer (card));
  return out;
}

/* Whether @needle (folded) stands as whole words in @haystack (folded). */
static gboolean
has_words (const char *haystack,
           const char *needle)
{
  gsize len = strlen (needle);

  for (const char *at = strstr (haystack, needle); len > 0 && at != NULL; at = strstr (at + 1, needle))
    if ((at == haystack || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

/* Check "self-answer": a definition, fact or cloze does not quote its
 * answer (a list or true/false question may name what it asks about). */
static gboolean
self_answer (DsCard *card)
{
  DsCardKind kind = ds_card_get_kind (card);
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;

  if (kind == DS_CARD_LIST || kind == DS_CARD_TRUE_FALSE)
    return FALSE;
  question = ds_words_fold (ds_card_get_question (card), DS_FOLD_STRIP_MARKS);
  answer = ds_words_fold (ds_card_get_answer (card), DS_FOLD_STRIP_MARKS);
  /* An answer of function words only is "answer-empty", not given away. */
  return !says_nothing (answer) && has_words (question, answer);
}

static guint
n_words (const char *text)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  guint n = *folded != '\0';

  for (const char *p = folded; *p; p++)
    n += *p == ' ';
  return n;
}

/* Check "choices": four options, all different, the answer among them at
 * the index the card says. */
static gboolean
choices_ok (DsCard *card)
{
  const char * const *choices = ds_card_get_choices (card);
  int correct = ds_card_get_correct_choice (card);
  guint n = g_strv_length ((char **) choices);
  char *folded[4] = { NULL };
  gboolean ok = TRUE;

  if (n != 4 || correct < 0 || (guint) correct >= n ||
      g_strcmp0 (choices[correct], ds_card_get_answer (card)) != 0)
    return FALSE;
  /* Each option folded once, then every pair compared. */
  for (guint i = 0; i < n; i++)
    folded[i] = ds_words_fold (choices[i], DS_FOLD_STRIP_MARKS);
  for (guint i = 0; i < n && ok; i++)
    for (guint k = i + 1; k < n && ok; k++)
      ok = strcmp (folded[i], folded[k]) != 0;
  for (guint i = 0; i < n; i++)
    g_free (folded[i]);
  return ok;
}

/* Check "choice-types": every option is of the answer's type — a
 * percentage among percentages, a year among years, a name among names. */
static gboolean
choice_types_ok (DsCard *card)
{
  const char * const *choices = ds_card_get_choices (card);
  DsAnswerType type = ds_answer_type (NULL, ds_card_get_answer (card));

  for (guint i = 0; choices[i] != NULL; i++)
    if (ds_answer_type (NULL, choices[i]) != type)
      return FALSE;
  return TRUE;
}

/* Check "choice-lengths": no option is the only long one. */
static gboolean
choice_lengths_ok (DsCard *card)
{
  const char * const *choices = ds_card_get_choices (card);
  guint longest = 0, second = 0;

  for (guint i = 0; choices[i] != NULL; i++)
    {
      guint n = n_words (choices[i]);

      if (n > longest)
        second = longest, longest = n;
      else if (n > second)
        second = n;
    }
  return longest <= 3 || longest < CHOICE_LENGTH_RATIO * MAX (second, 1);
}

/* Check "true-false": two choices, and the answer begins with the right
 * one. */
static gboolean
true_false_ok (DsCard *card)
{
  const char * const *choices = ds_card_get_choices (card);
  int correct = ds_card_get_correct_choice (card);

  return g_strv_length ((char **) choices) == 2 && (correct == 0 || correct == 1) &&
         g_str_has_prefix (ds_card_get_answer (card), choices[correct]);
}

/* Check "count-honest": a list whose source counts more or fewer items
 * than the card gives carries a warning that says so. */
static gboolean
count_honest (DsCard *card)
{
  guint expected = ds_card_get_expected_count (card);
  guint n = g_strv_length ((char **) ds_card_get_items (card));

  return expected == 0 || expected == n || ds_card_get_warnings (card)[0] != NULL;
}

/* Check "markup": an item is not a shred of markup ("amp", "b>satu"). */
static gboolean
bare_markup (const char *text,
             const char *folded)
{
  if (g_str_equal (folded, "amp") || g_str_equal (folded, "nbsp") || g_str_equal (folded, "quot"))
    return TRUE;
  /* Markdown's emphasis left in: "**Kongres Wina**". */
  if (strstr (text, "**") != NULL || strstr (text, "__") != NULL)
    return TRUE;
  return g_ascii_isalpha (text[0]) && strchr (text, '>') != NULL && strchr (text, '<') != NULL &&
         strchr (text, '>') < strchr (text, '<');
}

static guint
answers_failures (DsCard *card)
{
  g_autoptr(GPtrArray) answers = answers_of (card);
  guint failed = 0;

  for (guint i = 0; i < answers->len; i++)
    {
      const char *text = answers->pdata[i];
      g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);

      if (starts_with_conjunction (folded))
        failed |= 1u << DS_GATE_ANSWER_START;
      if (says_nothing (folded))
        failed |= 1u << DS_GATE_ANSWER_EMPTY;
      if (bare_markup (text, folded))
        failed |= 1u << DS_GATE_MARKUP;
    }
  return failed;
}

guint
ds_gate_check_card (DsCard *card)
{
  guint failed;

  g_return_val_if_fail (DS_IS_CARD (card), 0);

  failed = answers_failures (card);
  if (!question_head_ok (card))
    failed |= 1u << DS_GATE_QUESTION_HEAD;
  if (self_answer (card))
    failed |= 1u << DS_GATE_SELF_ANSWER;
  if (ds_card_get_kind (card) == DS_CARD_MULTIPLE_CHOICE)
    {
      failed |= choices_ok (card) ? 0 : 1u << DS_GATE_CHOICES;
      failed |= choice_types_ok (card) ? 0 : 1u << DS_GATE_CHOICE_TYPES;
      failed |= choice_lengths_ok (card) ? 0 : 1u << DS_GATE_CHOICE_LENGTHS;
    }
  if (ds_card_get_kind (card) == DS_CARD_TRUE_FALSE && !true_false_ok (card))
    failed |= 1u << DS_GATE_TRUE_FALSE;
  if (ds_card_get_kind (card) == DS_CARD_LIST && !count_honest (card))
    failed |= 1u << DS_GATE_COUNT_HONEST;
  return failed;
}
