/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The card gate: each check reads only what the learner would see — the
 * question, the answer, the items, the options — so that it holds however
 * the card was made, and a failing card is dropped before anyone sees it.
 * Words are compared through the one normaliser (ds-words.h) and the word
 * classes of both languages, since a card does not say its language.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ds-gate.h"
#include "ds-generator-private.h"
#include "ds-lang.h"
#include "ds-utf8.h"
#include "ds-words.h"

/* A choice three times as long (in words) as every other stands out. */
#define CHOICE_LENGTH_RATIO 3

const char *
ds_gate_check_name (DsGateCheck check)
{
  static const char * const names[] = {
    "question-head", "answer-start", "answer-empty", "self-answer", "choices",
    "choice-types", "choice-lengths", "true-false", "count-honest", "markup",
    "answer-end", "referent", "short-form", "alias-span", "furniture", "question-items",
    "blank-span", "reference-items", "stem-giveaway", "trivial-blank", "seam",
    "vague", "debris",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == DS_GATE_N_CHECKS);
  g_return_val_if_fail (check < DS_GATE_N_CHECKS, NULL);
  return names[check];
}

static guint64
classes_in_both (const char *folded_word)
{
  return ds_lang_lookup (ds_lang_get ("id"), folded_word, -1, NULL) |
         ds_lang_lookup (ds_lang_get ("en"), folded_word, -1, NULL);
}

/* The word classes of @folded_word in either language. The gate asks the
 * same few words ("the", "yang", "of", a card's names) of every card, and
 * each answer is two lookups, one per language: the answers for the words
 * asked lately are kept, a place per word by a hash of its bytes (a word
 * longer than a place holds is looked up each time), per thread, for the
 * cards of several essays are checked at once. */
#define CLASSES_KEPT 256
#define CLASSES_KEPT_LEN 24

static _Thread_local struct {
  char    word[CLASSES_KEPT_LEN];
  guint64 classes;
} classes_kept[CLASSES_KEPT];

static guint64
classes (const char *folded_word)
{
  guint32 hash = 2166136261u;
  gsize len = 0;

  if (folded_word == NULL)
    return classes_in_both (folded_word);
  for (; folded_word[len] != '\0' && len < CLASSES_KEPT_LEN; len++)
    hash = (hash ^ (guchar) folded_word[len]) * 16777619u;
  if (len == 0 || len >= CLASSES_KEPT_LEN)
    return classes_in_both (folded_word);
  hash %= CLASSES_KEPT;
  if (memcmp (classes_kept[hash].word, folded_word, len + 1) != 0)
    {
      memcpy (classes_kept[hash].word, folded_word, len + 1);
      classes_kept[hash].classes = classes_in_both (folded_word);
    }
  return classes_kept[hash].classes;
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
      g_autofree char **parts = ds_words_split (folded);

      /* (Most words stand in many templates: a copy for the first.) */
      for (guint k = 0; parts[k] != NULL; k++)
        if (!g_hash_table_contains (words, parts[k]))
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

/* The folded words of @text (ds_words_fold(), DS_FOLD_STRIP_MARKS, then
 * ds_words_split()), in one block to free. */
static char **
fold_words (const char *text)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);

  return ds_words_split (folded);
}

/* A text of the card, as written, folded and split into its words. */
typedef struct {
  const char *text;
  char       *folded;
  char      **words;
} Folded;

/* What the checks read of a card, each text folded and split once (by
 * card_texts_init(), at the top of ds_gate_check_card()) rather than
 * again in every check that reads it. */
typedef struct {
  DsCard        *card;
  DsCardKind     kind;
  Folded         question;
  const char    *quoted;       /* quoted_part() of the question, or NULL */
  Folded         quoted_f;     /* it, when there is one */
  char          *before_blank; /* the question before its blank, folded; NULL without one */
  Folded         answer;
  Folded        *items;
  guint          n_items;
  const Folded **answers;      /* what the card answers with: its items, or its answer */
  guint          n_answers;
  Folded        *choices;      /* a multiple choice's options (none on other cards) */
  guint          n_choices;
  char         **all;          /* every word the learner sees on the card, folded: the
                                * question's and the answers', borrowed from them */
} CardTexts;

static gboolean
content_word (const char *word)
{
  const guint64 numbers = DS_WORD_COUNT | DS_WORD_ORDINAL | DS_WORD_MAGNITUDE | DS_WORD_MONTH;

  return *word != '\0' && (!ds_words_is_stop (NULL, word) || (classes (word) & numbers));
}

/* Whether @text holds a word of two capitals or more and no lower case
 * ("ITU", "AS"): an acronym, content whatever word it spells. */
static gboolean
has_acronym (const char *text)
{
  for (const char *p = text; *p != '\0';)
    {
      const char *w = p;

      while (g_ascii_isalpha (*p))
        p++;
      if (ds_utf8_all_capitals (w, p - w))
        return TRUE;
      if (p == w)
        p++;
    }
  return FALSE;
}

/* Whether the question's last word leaves its stem unfinished, as
 * ends_unfinished() tells of an answer — a conjunction, a clause link, a
 * relative, an Indonesian preposition ("… e-passports in _____ and",
 * "Apa yang … tentang yang?") — or is an article or a determiner that
 * heads a noun ("… under the", "… melalui para"): the stem was cut where
 * its sentence went on. A question word ("… oleh siapa?") asks. */
static gboolean capitals_at (const char *w);
static const char *last_word (const char *text);
static gboolean ends_unfinished (const char *text, const char *folded);

static gboolean
stem_cut (const CardTexts *t)
{
  char * const *words = t->question.words;
  const char *last, *at, *text = t->question.text;
  guint n = 0;
  guint64 c;

  const char *blank = g_strrstr (text, DS_CARD_BLANK);

  /* (A blank that ends the stem is what it asks; "Lengkapi: … untuk …"
   * is left open on purpose.) */
  if (blank != NULL)
    {
      gboolean letter = FALSE;

      for (const char *q = blank + strlen (DS_CARD_BLANK); *q != '\0' && !letter; q++)
        letter = g_ascii_isalpha (*q);
      if (!letter)
        return FALSE;
    }
  else if (g_str_has_suffix (text, "…") || g_str_has_suffix (text, "...") || g_str_has_suffix (text, "… ?"))
    return FALSE;
  while (words[n] != NULL)
    n++;
  if (n < 2)
    return FALSE;
  last = words[n - 1];
  c = classes (last);
  at = last_word (text);
  /* ("1970-an", "1950-an?": a suffix of the figure, no article.) */
  if ((c & DS_WORD_QUESTION) || capitals_at (at) || (at > text && at[-1] == '-'))
    return FALSE;
  /* An article ("the", "a", "an"): a determiner of three letters at
   * most that stands for no noun itself, as "all", "its", "one" do. */
  if ((c & DS_WORD_DET) && !(c & (DS_WORD_QUANT | DS_WORD_PRONOUN | DS_WORD_COUNT | DS_WORD_NOUN)) &&
      strlen (last) <= 3 && strcmp (last, "all") != 0)
    return TRUE;
  return ends_unfinished (text, t->question.folded);
}

/* Check "question-head": the question asks about something — a content
 * word beyond its template's frame ("Apa saja lain?", "What is meant by
 * what?" have none). A cloze or a statement to complete carries its own. */
static gboolean
question_head_ok (const CardTexts *t)
{
  const char *question = t->question.text;
  char * const *words = t->question.words;
  GHashTable *frame = template_words ();

  if (stem_cut (t))
    return FALSE;
  if (strstr (question, DS_CARD_BLANK) != NULL || strstr (question, "…") != NULL || has_acronym (question))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    if (content_word (words[i]) && !g_hash_table_contains (frame, words[i]))
      return TRUE;
  return FALSE;
}

/* Whether the word of @text that starts at @w is written in capitals
 * only ("WHO", "AS", "ITU"): an acronym, whatever word it spells. */
static gboolean
capitals_at (const char *w)
{
  const char *p = w;

  while (g_ascii_isalpha (*p))
    p++;
  return ds_utf8_all_capitals (w, p - w);
}

/* @text's first and last words (past marks and spaces). */
static const char *
first_word (const char *text)
{
  while (*text != '\0' && !g_ascii_isalnum (*text))
    text++;
  return text;
}

static const char *
last_word (const char *text)
{
  const char *p = text + strlen (text);

  while (p > text && !g_ascii_isalnum (p[-1]))
    p--;
  while (p > text && g_ascii_isalpha (p[-1]))
    p--;
  return p;
}

/* @folded's first word is a conjunction ("AS dan Tiongkok" opens on an
 * acronym, @text tells). */
static gboolean
starts_with_conjunction (const char *text,
                         const char *folded)
{
  g_autofree char *first = g_strndup (folded, strcspn (folded, " "));

  if (capitals_at (first_word (text)))
    return FALSE;

  /* "adalah penyebaran hoaks": the copula belongs to the sentence. */
  return (classes (first) & (DS_WORD_CONJ | DS_WORD_CLAUSE | DS_WORD_CUE_DEF)) != 0;
}

static GHashTable *phrase_set (const char *name);

/* Check "answer-end": @folded's last word leaves it unfinished — a
 * conjunction, a clause link or a relative ("tiga hal yang", "regulator,
 * fasilitator, dan", "…, whereas"): a fragment cut where the clause went
 * on. (English ends a clause on a preposition or an auxiliary, "agreed
 * to", "who they are"; those are no sign.) */
static gboolean
ends_unfinished (const char *text,
                 const char *folded)
{
  static GHashTable *closing;
  static gsize ready;
  const char *last = strrchr (folded, ' ');
  guint64 c, id_classes, en_classes;

  if (g_once_init_enter (&ready))
    {
      closing = phrase_set ("answer_final_prep");
      g_once_init_leave (&ready, 1);
    }
  /* ("Gavi, CEPI, dan WHO", "Fiji and the ITU": an acronym ends it.) */
  if (last == NULL || *++last == '\0' || capitals_at (last_word (text)))
    return FALSE;
  id_classes = ds_lang_lookup (ds_lang_get ("id"), last, -1, NULL);
  en_classes = ds_lang_lookup (ds_lang_get ("en"), last, -1, NULL);
  c = id_classes | en_classes;
  /* "… sebagai upaya negara untuk", "… disampaikan kepada": Indonesian
   * strands no preposition, so one that ends the answer was cut from its
   * object (but those of the phrase list answer_final_prep: "atas",
   * "dalam" also close a noun phrase, "kelas atas"; "lewat" is a verb
   * too, "hanya untuk lewat"; and a noun such as "terkait" does, "pihak
   * terkait"). */
  if ((id_classes & DS_WORD_PREP) && en_classes == 0 && !(c & DS_WORD_NOUN) && !g_hash_table_contains (closing, last))
    return TRUE;
  return (c & (DS_WORD_CONJ | DS_WORD_CLAUSE | DS_WORD_RELATIVE)) != 0 && !(c & (DS_WORD_NOUN | DS_WORD_THAT));
}

/* "Nye kemudian", "Pasal 57 memang", "Keohane later": a name of up to
 * three words and an adverb, the subject of a sentence cut before its
 * verb (check "answer-end" too). */
static gboolean
name_then_adverb (const char *text,
                  const char *folded)
{
  const char *last = strrchr (folded, ' ');
  guint words = 1;

  if (last == NULL || !g_ascii_isupper (text[strspn (text, " \"")]))
    return FALSE;
  for (const char *p = folded; *p != '\0'; p++)
    words += *p == ' ';
  return words <= 3 && (classes (last + 1) & DS_WORD_ADV) && !(classes (last + 1) & (DS_WORD_NOUN | DS_WORD_MONTH));
}

/* Folded @words hold no content word. */
static gboolean
says_nothing (char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (content_word (words[i]))
      return FALSE;
  return TRUE;
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
self_answer (const CardTexts *t)
{
  if (t->kind == DS_CARD_LIST || t->kind == DS_CARD_TRUE_FALSE)
    return FALSE;
  /* An answer of function words only is "answer-empty", not given away. */
  return !says_nothing (t->answer.words) && has_words (t->question.folded, t->answer.folded);
}

static guint
n_words (const Folded *text)
{
  guint n = *text->folded != '\0';

  for (const char *p = text->folded; *p; p++)
    n += *p == ' ';
  return n;
}

/* Check "choices": four options, all different, the answer among them at
 * the index the card says. */
static gboolean
choices_ok (const CardTexts *t)
{
  int correct = ds_card_get_correct_choice (t->card);
  guint n = t->n_choices;
  gboolean ok = TRUE;

  if (n != 4 || correct < 0 || (guint) correct >= n ||
      g_strcmp0 (t->choices[correct].text, t->answer.text) != 0)
    return FALSE;
  /* Every pair of options compared, folded. */
  for (guint i = 0; i < n && ok; i++)
    for (guint k = i + 1; k < n && ok; k++)
      ok = strcmp (t->choices[i].folded, t->choices[k].folded) != 0;
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
choice_lengths_ok (const CardTexts *t)
{
  guint longest = 0, second = 0;

  for (guint i = 0; i < t->n_choices; i++)
    {
      guint n = n_words (&t->choices[i]);

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
answers_failures (const CardTexts *t)
{
  guint failed = 0;

  for (guint i = 0; i < t->n_answers; i++)
    {
      const char *text = t->answers[i]->text;
      const char *folded = t->answers[i]->folded;

      if (starts_with_conjunction (text, folded))
        failed |= 1u << DS_GATE_ANSWER_START;
      if (ends_unfinished (text, folded) || name_then_adverb (text, folded))
        failed |= 1u << DS_GATE_ANSWER_END;
      if (says_nothing (t->answers[i]->words))
        failed |= 1u << DS_GATE_ANSWER_EMPTY;
      if (bare_markup (text, folded))
        failed |= 1u << DS_GATE_MARKUP;
    }
  return failed;
}

/* ------------------------------------------------------------------ */
/* Check "referent"                                                    */

/* The longest phrase any referent list holds, in words. */
#define PHRASE_MAX_WORDS 4

typedef enum {
  REF_OPENING,      /* "Hal ini", "They", "The latter": leans back from the start */
  REF_ANYWHERE,     /* "tahun yang sama", "the former": leans back wherever it is */
  REF_PRONOUN,      /* "mereka", "it": someone a question does not name */
  REF_AFTER,        /* "ini", "tersebut" after the noun they point with */
  REF_BEFORE,       /* "this", "such" before it */
  REF_DEIXIS,       /* "saat ini", "this essay": the time or the text, not a noun before */
  REF_LINK,         /* "Karena itu", "However": a link to the sentence before */
  REF_POSSESSIVE,   /* "its", "their": an owner a question must name first */
  REF_PAIR,         /* "kedua negara", "both countries": two names said before */
  REF_CUT,          /* "in which", "di mana": a clause cut from the sentence it ends */
  REF_VERB_PHRASE,  /* "do so", "melakukannya": a deed said in a clause before */
  REF_ASIDE,        /* "Alongside", "Seperti": opens an aside whose pro-form the clause needs not */
  REF_POSSESSIVE_FREE, /* "biasanya", "hanya": a word in "-nya" that owns nothing */
  REF_SUBORDINATOR, /* "although", "meskipun": opens a clause, no aside */
  REF_N_LISTS,
} RefList;

/* Whether the @n words @parts, joined by single spaces, are a phrase of
 * @set. The checks ask this at every word of a card: the phrase is put
 * together on the stack (on the heap only when it is longer than any
 * phrase a list holds). */
#define JOINED_MAX_BYTES 255

static gboolean
joined_in (GHashTable         *set,
           const char * const *parts,
           guint               n)
{
  char buf[JOINED_MAX_BYTES + 1];
  g_autofree char *heap = NULL;
  char *joined = buf;
  gsize len = n > 0 ? n - 1 : 0;

  for (guint k = 0; k < n; k++)
    len += strlen (parts[k]);
  if (len > JOINED_MAX_BYTES)
    joined = heap = g_malloc (len + 1);
  len = 0;
  for (guint k = 0; k < n; k++)
    {
      gsize part = strlen (parts[k]);

      if (k > 0)
        joined[len++] = ' ';
      memcpy (joined + len, parts[k], part);
      len += part;
    }
  joined[len] = '\0';
  return g_hash_table_contains (set, joined);
}

/* The phrase list @name of both languages, folded, as one set. */
static GHashTable *
phrase_set (const char *name)
{
  static const char * const codes[] = { "id", "en" };
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), name);

      for (guint i = 0; list[i] != NULL; i++)
        g_hash_table_add (set, ds_words_fold (list[i], DS_FOLD_STRIP_MARKS));
    }
  return set;
}

/* The first words of the phrases of @set: the check asks at every word
 * of a card whether a phrase starts there, and most words start none. */
static GHashTable *
first_words (GHashTable *set)
{
  GHashTable *firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer phrase;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &phrase, NULL))
    g_hash_table_add (firsts, g_strndup (phrase, strcspn (phrase, " ")));
  return firsts;
}

/* The phrases of @list, or, with @firsts, their first words. */
static GHashTable *
ref_sets (RefList  list,
          gboolean firsts)
{
  static const char * const names[] = {
    "dangling_opening", "dangling_anywhere", "dangling_pronoun", "demonstrative_after",
    "demonstrative_before", "deixis", "sentence_link", "dangling_possessive",
    "pair_anaphor", "questions_cut_opener", "proform_verb_phrase",
    "proform_aside_opener", "possessive_suffix_free", "stance_subordinator",
  };
  static GHashTable *sets[REF_N_LISTS];
  static GHashTable *starts[REF_N_LISTS];
  static gsize ready;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == REF_N_LISTS);
  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < REF_N_LISTS; i++)
        {
          sets[i] = phrase_set (names[i]);
          starts[i] = first_words (sets[i]);
        }
      g_once_init_leave (&ready, 1);
    }
  return firsts ? starts[list] : sets[list];
}

static GHashTable *
ref_list (RefList list)
{
  return ref_sets (list, FALSE);
}

/* Whether a phrase of @list starts at @words[@i]. */
static gboolean
phrase_at (RefList      list,
           char * const *words,
           guint        i)
{
  GHashTable *set = ref_list (list);

  if (!g_hash_table_contains (ref_sets (list, TRUE), words[i]))
    return FALSE;
  for (guint k = i; k < i + PHRASE_MAX_WORDS && words[k] != NULL; k++)
    if (joined_in (set, (const char * const *) words + i, k - i + 1))
      return TRUE;
  return FALSE;
}

/* Whether @words[@a] and @words[@b] make a phrase of @list. */
static gboolean
pair_in (RefList      list,
         char * const *words,
         guint        a,
         guint        b)
{
  const char *pair[] = { words[a], words[b] };

  return joined_in (ref_list (list), pair, 2);
}

/* How often @word stands in @all, the whole card's words. */
static guint
occurrences (char * const *all,
             const char   *word)
{
  guint n = 0;

  for (guint i = 0; all[i] != NULL; i++)
    n += strcmp (all[i], word) == 0;
  return n;
}


/* The next place from @p where @word (folded) starts a word of the
 * text, in any case; NULL when there is none. */
static const char *
word_start (const char *p,
            const char *text,
            const char *word)
{
  gsize len = strlen (word);

  for (; *p != '\0'; p++)
    if (ds_ascii_strncasecmp (p, word, len) == 0 && (p == text || !g_ascii_isalnum (p[-1])))
      return p;
  return NULL;
}

/* Whether @word (folded) stands in @text in capitals only ("ITU"), where
 * it first stands as a whole word. */
static gboolean
in_capitals (const char *text,
             const char *word)
{
  gsize len = strlen (word);

  for (const char *p = word_start (text, text, word); p != NULL; p = word_start (p + 1, text, word))
    if (!g_ascii_isalnum (p[len]))
      {
        gboolean upper = len > 1;

        for (gsize k = 0; k < len; k++)
          upper &= g_ascii_isupper (p[k]);
        return upper;
      }
  return FALSE;
}

/* Whether @word stands capitalised right before @demonstrative in @text,
 * inside a sentence: a name ("Komisi Arafura tersebut"), not a noun that
 * opens the sentence ("Komisi itu …"). */
static gboolean
named_before (const char *text,
              const char *word,
              const char *demonstrative)
{
  gsize len = strlen (word), dlen = strlen (demonstrative);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isupper (*p) && ds_ascii_strncasecmp (p, word, len) == 0 && p[len] == ' ' &&
        ds_ascii_strncasecmp (p + len + 1, demonstrative, dlen) == 0 && !g_ascii_isalnum (p[len + 1 + dlen]))
      {
        const char *q = p;

        while (q > text && q[-1] == ' ')
          q--;
        return q > text && !strchr (".!?:", q[-1]) && p > text && !g_ascii_isalnum (p[-1]);
      }
  return FALSE;
}

/* "pusat data tersebut", "such measures": a demonstrative that points at
 * a noun the card names nowhere else. "Undang-undang tersebut" after a
 * question that names the law, "saat ini" and "this essay" point at
 * nothing outside the card. */
/* Whether @word is a one-word label of a term ("istilah", "term"). */
static gboolean
term_label (const char *word)
{
  static GHashTable *labels;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      labels = phrase_set ("term_label");
      g_once_init_leave (&ready, 1);
    }
  return g_hash_table_contains (labels, word);
}

/* "Para menteri bertemu …; pertemuan itu membahas …", "… membentuk
 * dewan; pembentukan itu …": an Indonesian noun made of a verb's root
 * (pe-/per-/pem-/pen-/peng-/ke- … -an) points at what the card's verb
 * says; the card names it. */
static gboolean
nominal_of_card_verb (const char   *noun,
                      char * const *all)
{
  static const char * const prefixes[] = { "penge", "peng", "peny", "pem", "pen", "per", "pe", "ke" };
  gsize len = strlen (noun);
  g_autofree char *root = NULL;

  if (len < 7 || !g_str_has_suffix (noun, "an"))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (prefixes) && root == NULL; k++)
    if (g_str_has_prefix (noun, prefixes[k]) && len - strlen (prefixes[k]) - 2 >= 4)
      root = g_strndup (noun + strlen (prefixes[k]), len - strlen (prefixes[k]) - 2);
  if (root == NULL)
    return FALSE;
  for (guint i = 0; all[i] != NULL; i++)
    if (strcmp (all[i], noun) != 0 && strstr (all[i], root) != NULL && strlen (all[i]) <= strlen (root) + 5)
      return TRUE;
  return FALSE;
}

static gboolean
demonstrative_dangles (const char   *text,
                       char * const *words,
                       guint         i,
                       char * const *all)
{
  guint noun;

  if (i > 0 && g_hash_table_contains (ref_list (REF_AFTER), words[i]))
    noun = i - 1;
  /* "jika kelemahan di atas tidak …": a place in the text after the
   * noun, where no noun, figure or blank follows it ("di atas tingkat
   * praindustri", "di atas _____" is a place in the world) and no
   * preposition leads it ("Berdasarkan uraian di atas, …" frames a
   * conclusion the card gives whole). */
  else if (i > 1 && g_str_equal (words[i], "atas") && g_str_equal (words[i - 1], "di") &&
           (noun = i - 2, TRUE) && words[i + 1] != NULL && g_ascii_isalpha (*words[i + 1]) &&
           strstr (text, "atas _") == NULL &&
           !content_word (words[i + 1]) && !(classes (words[i + 1]) & DS_WORD_DET) &&
           !(noun > 0 && (classes (words[noun - 1]) & DS_WORD_PREP)) &&
           !(classes (words[noun]) & DS_WORD_VERB) && !g_str_has_prefix (words[noun], "di"))
    ;
  /* "If the weaknesses above are not fixed, …": the same in English,
   * the noun led by "the" that no preposition leads. */
  else if (i > 1 && g_str_equal (words[i], "above") && g_str_equal (words[i - 2], "the") &&
           (noun = i - 1, TRUE) && words[i + 1] != NULL && g_ascii_isalpha (*words[i + 1]) &&
           strstr (text, "above _") == NULL &&
           !content_word (words[i + 1]) && !(classes (words[i + 1]) & DS_WORD_DET) &&
           !(i > 2 && (classes (words[i - 3]) & DS_WORD_PREP)) &&
           !(classes (words[noun]) & DS_WORD_VERB))
    ;
  else if (words[i + 1] != NULL && g_hash_table_contains (ref_list (REF_BEFORE), words[i]))
    noun = i + 1;
  else
    return FALSE;
  /* "langkah perbaikan berikut …": a noun pointed at forward, on a list's
   * lead that ends where its items follow, is named by them. */
  if (g_str_equal (words[i], "berikut"))
    {
      gsize end = strlen (text);

      while (end > 0 && g_ascii_isspace (text[end - 1]))
        end--;
      if (end >= 3 && memcmp (text + end - 3, "\xe2\x80\xa6", 3) == 0)
        return FALSE;
    }
  /* "ITU", "INI": an acronym, whatever it folds to (looked for in the
   * text only at a demonstrative, as it reads the whole text). */
  if (in_capitals (text, words[i]))
    return FALSE;
  /* "Istilah ini diciptakan oleh …", "This term was coined by …": a
   * term's label (phrase list term_label) pointed at is a noun as any
   * other, though the language counts it vague. */
  if ((!content_word (words[noun]) || (classes (words[noun]) & DS_WORD_FUNCTION)) && !term_label (words[noun]))
    return FALSE;
  /* "Forum Tata Kelola Internet tersebut": a name says which. */
  if (noun < i && named_before (text, words[noun], words[i]))
    return FALSE;
  if (pair_in (REF_DEIXIS, words, MIN (i, noun), MAX (i, noun)))
    return FALSE;
  /* "Pusat-pusat ini": a plural said twice is named once. */
  if (noun < i && noun > 0 && strcmp (words[noun - 1], words[noun]) == 0)
    return occurrences (all, words[noun]) < 3;
  return occurrences (all, words[noun]) < 2 && !nominal_of_card_verb (words[noun], all);
}

/* "Kedua, …", "Second, …": an ordinal with its comma counts a step of
 * something the card does not give. */
static gboolean
opens_with_ordinal (const char *text,
                    char * const *words)
{
  const char *p = text;

  if (words[0] == NULL || !(classes (words[0]) & DS_WORD_ORDINAL))
    return FALSE;
  while (*p != '\0' && !g_ascii_isalpha (*p))
    p++;
  p += strlen (words[0]);
  return *p == ',';
}

/* How many folded words the first sentence of @text has, when another
 * follows it; G_MAXUINT when @text is one sentence. */
static guint
first_sentence_words (const char *text)
{
  const char *end = text;
  g_autofree char *first = NULL;
  g_autofree char *folded = NULL;
  guint n = 1;

  while ((end = strstr (end, ". ")) != NULL && !g_ascii_isupper (end[2]))
    end += 2;
  if (end == NULL)
    return G_MAXUINT;
  first = g_strndup (text, end - text);
  folded = ds_words_fold (first, DS_FOLD_STRIP_MARKS);
  for (const char *p = folded; *p != '\0'; p++)
    n += *p == ' ';
  return n;
}

/* Whether @word is a possessive: a word of "dangling_possessive"
 * ("its") or a word ending in a suffix of "possessive_suffix"
 * ("mandatnya") and not in "possessive_suffix_free" ("biasanya",
 * "hanya"). */
static gboolean
is_possessive (const char *word)
{
  static GHashTable *suffixes;
  static gsize ready;
  GHashTable *free_words = ref_list (REF_POSSESSIVE_FREE);
  GHashTableIter iter;
  gpointer suffix;
  gsize len = strlen (word);

  if (g_once_init_enter (&ready))
    {
      suffixes = phrase_set ("possessive_suffix");
      g_once_init_leave (&ready, 1);
    }
  if (g_hash_table_contains (ref_list (REF_POSSESSIVE), word))
    return TRUE;
  g_hash_table_iter_init (&iter, suffixes);
  while (g_hash_table_iter_next (&iter, &suffix, NULL))
    {
      gsize n = strlen (suffix);

      if (len >= n + 3 && strcmp (word + len - n, suffix) == 0 && !g_hash_table_contains (free_words, word))
        return TRUE;
    }
  return FALSE;
}

/* Whether @word may be an Indonesian verb by its prefix ("menanggapinya",
 * "diterimanya"): a suffix there is the verb's object, no owner. */
static gboolean
verb_prefixed (const char *word)
{
  static const char * const prefixes[] = { "me", "di", "ber", "ter" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (word, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* "When was its mandate announced?", "Kapan mandatnya diumumkan?": a
 * possessive before any word of the question's own ("What does the
 * council require of its members?" names the owner first) owns nothing
 * the card shows; nor does one that closes the first noun phrase ("Apa
 * tujuan utamanya?", "Lengkapi: Sumber dananya dapat berupa …"). */
static gboolean
owner_unnamed (char * const *words)
{
  GHashTable *frame = template_words ();
  guint i = 0;

  while (words[i] != NULL && (*words[i] == '\0' || g_hash_table_contains (frame, words[i])))
    i++;
  if (words[i] == NULL)
    return FALSE;
  /* "Sebutkan lima negara pendirinya", "Kini anggotanya berjumlah _____":
   * a count or an adverb before the noun phrase is no owner. */
  if (words[i + 1] != NULL && !is_possessive (words[i]) &&
      (g_ascii_isdigit (*words[i]) || (classes (words[i]) & (DS_WORD_COUNT | DS_WORD_ADV))))
    i++;
  if (is_possessive (words[i]))
    return TRUE;
  /* ("Apa alasan di balik mundurnya armada Inggris?": a suffix that
   * makes a noun of a verb is followed by whose the act is.) */
  return words[i + 1] != NULL && !verb_prefixed (words[i]) && !verb_prefixed (words[i + 1]) &&
         !(classes (words[i]) & (DS_WORD_FUNCTION | DS_WORD_QUESTION)) &&
         !g_hash_table_contains (ref_list (REF_POSSESSIVE), words[i + 1]) && is_possessive (words[i + 1]) &&
         (words[i + 2] == NULL || *words[i + 2] == '\0' || verb_prefixed (words[i + 2]) ||
          (classes (words[i + 2]) & (DS_WORD_FUNCTION | DS_WORD_VERB)));
}

/* "Kedua pihak sepakat …", "What did both countries agree …?": a pair
 * that opens the part, or the question's own words, names no one the
 * card shows. */
static gboolean
pair_dangles (char * const *words,
              gboolean      question)
{
  GHashTable *frame = template_words ();
  guint i = 0;

  while (question && words[i] != NULL && (*words[i] == '\0' || g_hash_table_contains (frame, words[i])))
    i++;
  return words[i] != NULL && phrase_at (REF_PAIR, words, i);
}

/* The word of @text that ends at @end or starts at @start, lower case. */
static char *
word_around (const char *text,
             const char *start,
             const char *end)
{
  const char *a = start != NULL ? start : end, *b = start != NULL ? start : end;

  if (start != NULL)
    while (g_ascii_isalpha (*b))
      b++;
  else
    while (a > text && g_ascii_isalpha (a[-1]))
      a--;
  return g_ascii_strdown (a, b - a);
}

/* "Malaysia's was raised to …": an owner whose noun the sentence before
 * named ("Indonesia's quota"); not "it's", "that's". */
static gboolean
elided_noun (const char *text)
{
  for (const char *p = strstr (text, "s "); p != NULL; p = strstr (p + 1, "s "))
    {
      const char *mark = p > text && p[-1] == '\'' ? p - 1 : p - 3 >= text && g_str_has_prefix (p - 3, "\xE2\x80\x99") ? p - 3 : NULL;
      g_autofree char *owner = NULL;
      g_autofree char *next = NULL;

      if (mark == NULL || mark == text)
        continue;
      owner = word_around (text, NULL, mark);
      next = word_around (text, p + 2, NULL);
      if (*owner != '\0' && !(classes (owner) & DS_WORD_FUNCTION) && (classes (next) & DS_WORD_AUX))
        return TRUE;
    }
  return FALSE;
}

/* Whether @words[@i] is English's "it" standing for what follows ("it
 * is hard to …", "it was agreed that …"): a be or have, then "to" or
 * "that" within a few words. */
static gboolean
expletive_it (char * const *words,
              guint         i)
{
  if (strcmp (words[i], "it") != 0 || words[i + 1] == NULL || !(classes (words[i + 1]) & DS_WORD_AUX))
    return FALSE;
  for (guint k = i + 2; k < i + 6 && words[k] != NULL; k++)
    if (strcmp (words[k], "to") == 0 || (classes (words[k]) & DS_WORD_THAT))
      return TRUE;
  return FALSE;
}

/* "Unlike the older charter, it obliges …", "In 2016, they moved …",
 * "Pada 2016, mereka memindahkan …": a short aside before the first
 * comma, then a pronoun or a word that leans back as the clause's
 * subject, points at what the sentence before named (a word that leans
 * back from the start, "This", "These", only in a sentence with a blank:
 * an answer's noun phrase goes on with "such as …", "that …"). An aside that is a
 * clause of its own ("When the council met in Suva, it …", "Setelah
 * komisi dibentuk, ia …": phrase list stance_subordinator, and three
 * words or more after it) may name that subject itself. */
static gboolean
leans_after_aside (const char *text,
                   guint       first)
{
  const char *comma = strchr (text, ',');
  g_autofree char *head = NULL;
  g_autofree char *folded_head = NULL;
  g_autofree char **aside = NULL;
  g_autofree char *folded = NULL;
  g_autofree char **rest = NULL;
  guint n;

  if (comma == NULL)
    return FALSE;
  head = g_strndup (text, comma - text);
  folded_head = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
  aside = ds_words_split (folded_head);
  n = g_strv_length (aside);
  if (n == 0 || n > 6 || n >= first || *aside[0] == '\0')
    return FALSE;
  if (n >= 4 && g_hash_table_contains (ref_list (REF_SUBORDINATOR), aside[0]))
    return FALSE;
  folded = ds_words_fold (comma + 1, DS_FOLD_STRIP_MARKS);
  rest = ds_words_split (folded);
  if (rest[0] == NULL || *rest[0] == '\0')
    return FALSE;
  if (g_hash_table_contains (ref_list (REF_PRONOUN), rest[0]))
    return !expletive_it (rest, 0);
  /* ("such as", ", that …" in an answer's noun phrase are no subject.) */
  return strstr (text, "___") != NULL && phrase_at (REF_OPENING, rest, 0) && !phrase_at (REF_DEIXIS, rest, 0);
}

/* "Together they account for _____ …", "Menurut keduanya, …", "Under
 * it, the EU will …": in a stem, a pronoun after the first word, or
 * after it and a function word (phrase list dangling_pronoun, "keduanya" too)
 * stands for what the sentence before named; "it" standing for what
 * follows ("In practice it is hard to …") does not. */
static gboolean
leans_after_opener (const char   *text,
                    char * const *words)
{
  if (strstr (text, "___") == NULL)
    return FALSE;
  for (guint i = 1; i <= 2 && words[i - 1] != NULL && words[i] != NULL; i++)
    {
      /* (The first word may be any: "Together they …", "Documents he
       * leaked …"; a second, a function word: "Most of it …".) */
      if (*words[i - 1] == '\0' || (i > 1 && !(classes (words[i - 1]) & DS_WORD_FUNCTION)) ||
          g_hash_table_contains (ref_list (REF_PRONOUN), words[i - 1]))
        break;
      if (g_hash_table_contains (ref_list (REF_PRONOUN), words[i]))
        return !expletive_it (words, i);
    }
  /* "Between 2018 and 2023 it opened _____ …", "Sejak 2019 ia …": a
   * preposition and a date (years, months, function words), no comma,
   * then a pronoun as the clause's subject: nothing before it names
   * whom it stands for. */
  if (words[0] != NULL && (classes (words[0]) & DS_WORD_PREP))
    for (guint i = 1; words[i] != NULL && i <= 6; i++)
      {
        guint64 c = classes (words[i]);

        if (g_hash_table_contains (ref_list (REF_PRONOUN), words[i]))
          return i >= 2 && !expletive_it (words, i);
        if (*words[i] == '\0' || !(g_ascii_isdigit (*words[i]) || (c & DS_WORD_MONTH) ||
                                   ((c & DS_WORD_FUNCTION) && !(c & DS_WORD_PRONOUN))))
          break;
      }
  return FALSE;
}

/* What @text (one part of a card: a statement, a sentence with a blank,
 * an answer, an item; @words, folded) leans on outside the card; @all is the whole card's
 * words, @question whether @text is a question asked in the card's own
 * words, where a pronoun names no one, @contrast whether the question
 * names two sides that "yang pertama", "the former" may point at. */
/* "the concept of …", "the term of …": an article and a noun that
 * "of" goes on to name. */
static gboolean
names_its_own (char * const *words)
{
  return g_str_equal (words[0], "the") && words[1] != NULL && words[2] != NULL && g_str_equal (words[2], "of");
}

/* "What differs from the Danish one?": in a question, an article, a
 * word and "one(s)" that nothing but a function word follows — a noun
 * the text before named, left out ("the number one priority" names its
 * noun; an answer's "the stronger one" leans on its own "the weaker
 * side"). */
static gboolean
prop_one (char * const *words,
          guint         i)
{
  return g_str_equal (words[i], "the") && words[i + 1] != NULL && words[i + 2] != NULL &&
         (g_str_equal (words[i + 2], "one") || g_str_equal (words[i + 2], "ones")) &&
         !(classes (words[i + 1]) & (DS_WORD_FUNCTION | DS_WORD_COUNT)) &&
         (words[i + 3] == NULL || (classes (words[i + 3]) & DS_WORD_FUNCTION));
}

/* Whether @ordinal (folded) stands in @text with a comma after it
 * ("Tahap ketiga, sejak …"). */
static gboolean
ordinal_comma (const char *text,
               const char *ordinal)
{
  for (const char *p = word_start (text, text, ordinal); p != NULL; p = word_start (p + 1, text, ordinal))
    if (p[strlen (ordinal)] == ',')
      return TRUE;
  return FALSE;
}

/* Whether @noun, then @prep (both folded), stand in @text before a date
 * or the blank ("phase, from _____ to 2007", "phase in 2013"). */
static gboolean
dated_after (const char *text,
             const char *noun,
             const char *prep)
{
  gsize plen = strlen (prep);

  for (const char *p = word_start (text, text, noun); p != NULL; p = word_start (p + 1, text, noun))
    {
      const char *q = p + strlen (noun);

      q += strspn (q, ", ");
      if (ds_ascii_strncasecmp (q, prep, plen) == 0 && q[plen] == ' ')
        {
          q += plen + strspn (q + plen, " ");
          return *q == '_' || g_ascii_isdigit (*q);
        }
    }
  return FALSE;
}

/* "By whom was the phrase popularised?", "Who announced the decision
 * …?", "The first use came on _____.": English's article before a bare
 * shell noun (phrase list definite_shell_noun, an ordinal may stand
 * between) points at what a sentence before said, as "frasa tersebut",
 * "keputusan itu" do; a noun that a preposition ("of", "in" …: phrase
 * list definite_shell_named_by), a quotation or a colon goes on to
 * name, or that the card says again, is named. Nouns of things ("the ministry", "the treaty") are no shell
 * nouns: an essay about one names it in its title. A stem that opens on
 * a later member of a series ("The third phase, beginning in _____,
 * …", "Tahap ketiga, sejak _____, …") leans on the sentence that named
 * the series, whatever the noun. */
static gboolean
definite_shell_dangles (const char   *text,
                        char * const *words,
                        guint         i,
                        char * const *all)
{
  static GHashTable *shells, *naming;
  static gsize ready;
  guint k = i + 1;
  gboolean ordinal = FALSE, ranked = FALSE;

  if (g_once_init_enter (&ready))
    {
      shells = phrase_set ("definite_shell_noun");
      naming = phrase_set ("definite_shell_named_by");
      g_once_init_leave (&ready, 1);
    }
  if (g_str_equal (words[i], "the") && words[k] != NULL && (classes (words[k]) & DS_WORD_ORDINAL) &&
      words[k + 1] != NULL)
    {
      gint64 rank = 0;

      /* "The third phase, beginning in _____, …": an ordinal past the
       * first counts members of a series the sentence before named,
       * whatever the noun, in a stem ("The first naval task force
       * sailed in _____" may be the first ever; a question's "the
       * second woman elected to …" describes). */
      ds_lang_lookup (ds_lang_get ("en"), words[k], -1, &rank);
      k++;
      ranked = TRUE;
      ordinal = rank >= 2 && strstr (text, "___") != NULL && content_word (words[k]) &&
                !(classes (words[k]) & DS_WORD_FUNCTION);
    }
  else if (!g_str_equal (words[i], "the"))
    {
      /* "Tahap ketiga, sejak _____, …": Indonesian's noun before its
       * ordinal and a comma, in a stem, is a member of a series (a
       * question's "diplomasi jalur kedua", "pihak ketiga" are terms; a
       * verb after the ordinal, "Laporan pertama menemukan …", may be a
       * report the referents named). */
      if (strstr (text, "___") == NULL || words[k] == NULL || !(classes (words[k]) & DS_WORD_ORDINAL) ||
          !content_word (words[i]) || (classes (words[i]) & DS_WORD_FUNCTION) ||
          !ordinal_comma (text, words[k]))
        return FALSE;
      k = i;
      ordinal = ranked = TRUE;
    }
  else if (words[k] == NULL)
    return FALSE;
  if ((!ordinal && !g_hash_table_contains (shells, words[k])) || occurrences (all, words[k]) >= 2)
    return FALSE;
  /* ("The first phase, from _____ to 2007, …": a preposition before a
   * date or the blank dates the member, and names no series.) */
  if (words[k + 1] != NULL && g_hash_table_contains (naming, words[k + 1]) &&
      !(ranked && dated_after (text, words[k], words[k + 1])))
    return FALSE;
  /* "the phrase smart power": the words after a term's label are the
   * term (a verb, "was popularised", is none). */
  if (term_label (words[k]) && words[k + 1] != NULL && content_word (words[k + 1]) &&
      !g_hash_table_contains (template_words (), words[k + 1]) &&
      !(classes (words[k + 1]) & (DS_WORD_VERB | DS_WORD_AUX)) && !g_str_has_suffix (words[k + 1], "ed"))
    return FALSE;
  /* ("the phrase \"going dark\"", "the term (…)": a quotation names
   * it; "“The problem: …”" is a heading's title, quoted.) */
  for (const char *p = strstr (text, words[k]); p != NULL; p = strstr (p + 1, words[k]))
    {
      const char *q = p + strlen (words[k]);

      q += strspn (q, " ");
      if (*q == '"' || *q == '\'' || *q == '(' || *q == ':' || g_str_has_prefix (q, "\xE2\x80\x9C") ||
          g_str_has_prefix (q, "\xE2\x80\x98"))
        return FALSE;
    }
  if (strstr (text, "\xE2\x80\x9CThe ") != NULL || strstr (text, "\"The ") != NULL)
    return FALSE;
  /* A stem that names something else ("The phrase was popularised by
   * Marta Lind … in _____") says enough around its blank; one that
   * names nothing ("The first use came on _____.") does not. */
  if (strstr (text, "___") != NULL)
    for (const char *p = text + strspn (text, " "); *p != '\0'; p++)
      if (g_ascii_isupper (*p) && p > text + 1 && (p[-1] == ' ' || p[-1] == '(') &&
          !(p[-2] == '.' || p[-2] == '?' || p[-2] == '!' || p[-2] == ':'))
        return FALSE;
  return TRUE;
}

/* "Peristiwa yang sama terjadi di Palu pada _____", "The same openness
 * lets rivals …": a part that opens on a noun said to be the same as
 * one the text before named leans on it; "the same rights as …", "hak
 * yang sama dengan …" name what it is the same as. */
static gboolean
same_opens (char * const *words)
{
  static GHashTable *times;
  static gsize ready;
  guint k = 3;

  if (words[0] == NULL || words[1] == NULL || words[2] == NULL)
    return FALSE;
  if (!((g_str_equal (words[0], "the") && g_str_equal (words[1], "same") && content_word (words[2]) &&
         !(classes (words[2]) & DS_WORD_FUNCTION)) ||
        (content_word (words[0]) && !(classes (words[0]) & DS_WORD_FUNCTION) && g_str_equal (words[1], "yang") &&
         g_str_equal (words[2], "sama"))))
    return FALSE;
  for (guint j = k; j < k + 4 && words[j] != NULL; j++)
    if (g_str_equal (words[j], "as") || g_str_equal (words[j], "dengan") || g_str_equal (words[j], "seperti"))
      return FALSE;
  /* ("The same month, at the G20 summit in Bali, …": a time the same
   * as the one before is the phrase lists same_year's and
   * dangling_opening's.) */
  if (g_once_init_enter (&ready))
    {
      times = phrase_set ("subject_time_noun");
      g_once_init_leave (&ready, 1);
    }
  return !g_hash_table_contains (times, g_str_equal (words[0], "the") ? words[2] : words[0]);
}

static gboolean
part_dangles (const char   *text,
              char * const *words,
              char * const *all,
              gboolean      question,
              gboolean      contrast)
{
  guint first = first_sentence_words (text);

  if (words[0] == NULL || *words[0] == '\0')
    return FALSE;
  /* (A list's lead is asked as the essay says it.) */
  if ((question || strstr (text, "___") != NULL) && pair_dangles (words, question))
    return TRUE;
  if (elided_noun (text) || (!question && same_opens (words)))
    return TRUE;
  /* "the concept of anchor diplomacy …" says which concept; "The
   * concept was coined …" leans back; "It is hard to prove …" stands
   * for what follows. */
  if (!question && !contrast &&
      ((phrase_at (REF_OPENING, words, 0) && !names_its_own (words) && !expletive_it (words, 0)) ||
       phrase_at (REF_LINK, words, 0) ||
       opens_with_ordinal (text, words)))
    return TRUE;
  if (!question && !contrast && (leans_after_aside (text, first) || leans_after_opener (text, words)))
    return TRUE;
  /* "in which the members disagree, …", "di mana negara anggota …": a
   * sentence quoted from its middle, cut at a hard line break or a comma. */
  if (!question && strstr (text, "___") != NULL &&
      (phrase_at (REF_CUT, words, 0) || g_ascii_islower (text[strspn (text, " ")])))
    return TRUE;
  /* "The founding convention was signed in 1953 and entered into force
   * in _____": a stem that opens on a thing only its origin picks out
   * ("founding", "original", "constituent"; "pendirian", "asli"), and
   * names nothing after,
   * leaves out whose it is, as the question "When was the founding
   * convention signed?" does (phrase list owner_pointing_modifier). */
  if (!question && strstr (text, "___") != NULL && words[1] != NULL &&
      ((g_str_equal (words[0], "the") &&
        (g_str_equal (words[1], "founding") || g_str_equal (words[1], "original") || g_str_equal (words[1], "constituent")) &&
        words[2] != NULL && content_word (words[2])) ||
       /* ("Piagam pendirian ditandatangani pada 2011 …", "Perjanjian
        * asli …": Indonesian's noun first.) */
       (content_word (words[0]) && (g_str_equal (words[1], "pendirian") || g_str_equal (words[1], "asli")))))
    {
      gboolean named = FALSE;

      for (const char *p = text + strspn (text, " ") + 1; *p != '\0' && !named; p++)
        named = g_ascii_isupper (*p) && (p[-1] == ' ' || p[-1] == '(');
      if (!named)
        return TRUE;
    }
  /* What a second sentence points at, the first says ("… kesatuan
   * wilayahnya. Hal ini bisa diperoleh melalui …"). */
  for (guint i = 0; words[i] != NULL && i < first; i++)
    if ((!contrast && (phrase_at (REF_ANYWHERE, words, i) || (question && prop_one (words, i)))) ||
        demonstrative_dangles (text, words, i, all) ||
        /* (In a stem, only the noun the stem opens on: "A survey cited
         * in the statement counted _____" is about the survey.) */
        ((question || (i == 0 && strstr (text, "___") != NULL)) && definite_shell_dangles (text, words, i, all)) ||
        (question && g_hash_table_contains (ref_list (REF_PRONOUN), words[i]) &&
         !g_hash_table_contains (template_words (), words[i])))
      return TRUE;
  return question && owner_unnamed (words);
}

/* Where the text a question quotes begins: after a frame of template
 * words that ends in a colon or a question mark ("Lengkapi:", "Benar
 * atau salah:", "Which fills the blank?"), else NULL. */
static const char *
quoted_part (const char *question)
{
  GHashTable *frame = template_words ();
  gsize n = strcspn (question, ":?");
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;
  g_autofree char **words = NULL;

  if (question[n] == '\0')
    return NULL;
  head = g_strndup (question, n);
  folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
  words = ds_words_split (folded);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && !g_ascii_isdigit (*words[i]) && !g_hash_table_contains (frame, words[i]))
      return NULL;
  return g_utf8_next_char (question + n);
}

/* "Apa perbedaan A dengan B?", "What is the difference between A and B?":
 * a question that names two sides in order, so that "yang pertama" and
 * "the latter" in its answer point inside the card. */
static gboolean
asks_contrast (const char *question)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char *template = ds_lang_get_template (ds_lang_get (codes[l]), "question_contrast");
      const char *brace = template != NULL ? strchr (template, '{') : NULL;

      if (brace != NULL && brace > template && strncmp (question, template, brace - template) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Lengkapi: …", "Complete (3 items): …": a list's lead, asked as the
 * essay says it. */
static gboolean
asks_completion (const char *question)
{
  static const char * const codes[] = { "id", "en" };
  static const char * const names[] = { "question_complete", "question_complete_count" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    for (guint n = 0; n < G_N_ELEMENTS (names); n++)
      {
        const char *template = ds_lang_get_template (ds_lang_get (codes[l]), names[n]);
        gsize len = template != NULL ? strcspn (template, "({") : 0;

        if (len > 0 && strncmp (question, template, len) == 0)
          return TRUE;
      }
  return FALSE;
}

/* "Menurut laporan tahunannya, pusat operasi …", "In their view, a
 * state's …": an aside of up to three words before a comma, whose owner
 * the clause after it may name; up to six when it opens on a preposition
 * ("In its first four years, the board met …"). */
static gboolean
opens_on_aside (const char *text)
{
  const char *comma = strchr (text, ',');
  guint spaces = 0;

  text += strspn (text, " ");
  if (comma == NULL)
    return FALSE;
  for (const char *p = text; p < comma; p++)
    spaces += *p == ' ';
  if (spaces <= 3)
    return TRUE;
  if (spaces > 5)
    return FALSE;
  /* The longer aside is a phrase that holds the possessive: no verb
   * ("Pada 2011 komisi membentuk sekretariat, dan …" is a clause). */
  {
    g_autofree char *head = g_strndup (text, comma - text);
    g_autofree char *folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
    g_autofree char **words = ds_words_split (folded);
    gboolean possessive = FALSE;

    if (words[0] == NULL || !(classes (words[0]) & DS_WORD_PREP))
      return FALSE;
    for (guint i = 1; words[i] != NULL; i++)
      {
        if (verb_prefixed (words[i]) || (classes (words[i]) & (DS_WORD_VERB | DS_WORD_AUX)))
          return FALSE;
        possessive |= is_possessive (words[i]);
      }
    return possessive;
  }
}

/* " the Working Group described …", " ASEAN agreed …": @text opens on a
 * name (a capital, after an article perhaps), which owns a possessive of
 * an aside before it. */
static gboolean
opens_on_name (const char *text)
{
  text += strspn (text, " ");
  if (ds_ascii_strncasecmp (text, "the ", 4) == 0)
    text += 4;
  return g_ascii_isupper (*text);
}

/* "… di kawasan itu", "… of that region": a text (its folded @words) ends on a preposition,
 * a noun and its demonstrative (Indonesian after the noun, English
 * before it), and what comes before the preposition, three words or
 * more, leans on nothing. */
static gboolean
closes_on_pointed_place (char * const *words,
                         char * const *all)
{
  guint n = g_strv_length ((char **) words), prep;
  GString *head;
  g_autofree char **head_words = NULL;
  gboolean ok;

  while (n > 0 && *words[n - 1] == '\0')
    n--;
  if (n < 6)
    return FALSE;
  if (g_hash_table_contains (ref_list (REF_AFTER), words[n - 1]))
    prep = n - 3;
  else if (g_hash_table_contains (ref_list (REF_BEFORE), words[n - 2]) ||
           g_hash_table_contains (ref_list (REF_AFTER), words[n - 2]))
    prep = n - 3;
  else
    return FALSE;
  if (!(classes (words[prep]) & DS_WORD_PREP) || prep < 3)
    return FALSE;
  head = g_string_new (NULL);
  for (guint k = 0; k < prep; k++)
    g_string_append_printf (head, "%s%s", k > 0 ? " " : "", words[k]);
  head_words = fold_words (head->str);
  ok = !part_dangles (head->str, head_words, all, FALSE, FALSE);
  g_string_free (head, TRUE);
  return ok;
}

/* What a word stands for in place of something said before it: a deed
 * ("do so", "melakukannya": phrase list proform_verb_phrase), or a thing,
 * the object a verb's "-nya" carries ("meratifikasinya", "menanggapinya")
 * or English's "this", "these", "those" standing alone ("Seoul supports
 * this with …"). */
typedef enum {
  PROFORM_NONE,
  PROFORM_THING,
  PROFORM_DEED,
} Proform;

/* Whether @word may be an Indonesian me- verb by its prefix's shapes
 * ("mem-", "men-", "meng-", "meny-", and "me-" before l, r, w, y). */
static gboolean
me_verb (const char *word)
{
  return g_str_has_prefix (word, "me") && word[2] != '\0' && strchr ("mnlrwy", word[2]) != NULL;
}

static Proform
proform_at (char * const *words,
            guint         i,
            gboolean      blank_after)
{
  const char *w = words[i];
  gsize len = strlen (w);

  if (phrase_at (REF_VERB_PHRASE, words, i))
    return PROFORM_DEED;
  /* ("Menurutnya" is said by someone unnamed too; "mengenai",
   * "menjelang" take no "-nya" of an object but are no nouns either.) */
  /* ("menurunnya hasil tangkapan": a noun made of the verb, owned by
   * the words after it.) */
  if (len >= 8 && g_str_has_suffix (w, "nya") && me_verb (w) && !g_hash_table_contains (ref_list (REF_POSSESSIVE_FREE), w) &&
      (words[i + 1] == NULL || *words[i + 1] == '\0' || !content_word (words[i + 1])))
    {
      g_autofree char *stem = g_strndup (w, len - 3);

      if (!(classes (stem) & DS_WORD_NOUN))
        return PROFORM_THING;
    }
  /* ("such" stays: "such as"; "this essay" is deixis, "this treaty" a
   * noun pointed at, for demonstrative_dangles().) */
  /* ("those who …", "those of the members": people or things the words
   * after it say; "this _____": the blank hides its noun.) */
  if (i > 0 && g_hash_table_contains (ref_list (REF_BEFORE), w) && strcmp (w, "such") != 0)
    {
      const char *next = words[i + 1];

      if (next == NULL || *next == '\0')
        return blank_after ? PROFORM_NONE : PROFORM_THING;
      if (!content_word (next) && strcmp (next, "of") != 0 && !(classes (next) & (DS_WORD_RELATIVE | DS_WORD_THAT)))
        return PROFORM_THING;
    }
  return PROFORM_NONE;
}

/* Whether @word, of the word classes @c, reads as a verb: the lexicon
 * says so, or it has an Indonesian verb's prefix and the lexicon knows
 * no noun of it. */
static gboolean
verb_like (const char *word,
           guint64     c)
{
  if (c & DS_WORD_VERB)
    return TRUE;
  return strlen (word) >= 6 && !(c & DS_WORD_NOUN) &&
         (me_verb (word) || g_str_has_prefix (word, "ber") || g_str_has_prefix (word, "di"));
}

/* What the words before a pro-form hold: noun phrases (runs of content
 * words that are no verb; a blank is one), and whether a clause before
 * said something of something. */
typedef struct {
  guint    phrases;         /* before the current clause */
  guint    clause_phrases;  /* in it */
  guint    clause_words;    /* its content words */
  gboolean clause_verb;     /* it has a verb */
  gboolean earlier_clause;  /* a clause before it said something of something */
  gboolean in_phrase;
  gboolean after_copula;    /* the next phrase is the subject's own ("X adalah alat …") */
} Antecedents;

static void
antecedents_close_clause (Antecedents *a)
{
  /* A clause that said something: a verb, or two noun phrases ("Estonia
   * adopted a strategy", "Pelaku meminta tebusan"), or two words ("states
   * cooperate when …": the lexicon knows few English verbs). */
  a->earlier_clause |= a->clause_phrases >= 2 || a->clause_verb || a->clause_words >= 2;
  a->phrases += a->clause_phrases;
  a->clause_phrases = 0;
  a->clause_words = 0;
  a->clause_verb = FALSE;
  a->in_phrase = FALSE;
  a->after_copula = FALSE;
}

/* Reads the folded @words into @a; returns TRUE at a pro-form nothing
 * before it can stand for. A thing needs a noun phrase besides its
 * clause's subject, or a clause before; a deed a clause before ("Estonia
 * adopted a strategy in 2008, the first state to do so"). */
static gboolean
antecedents_read (Antecedents  *a,
                  char * const *words,
                  gboolean      frame,
                  gboolean      blank_after,
                  gboolean      aside,
                  gboolean      frame_words)
{
  GHashTable *template = template_words ();
  guint i = 0;

  /* A question's own frame ("Apa", "Sebutkan", "What is") names nothing. */
  while (frame && words[i] != NULL && (*words[i] == '\0' || g_hash_table_contains (template, words[i])))
    i++;
  for (; words[i] != NULL; i++)
    {
      const char *w = words[i];
      guint64 c = classes (w);
      Proform p;

      if (*w == '\0')
        continue;
      /* ("Which of these is …": the template's own words point at its
       * options.) */
      p = proform_at (words, i, blank_after);
      if (p == PROFORM_THING && frame_words && g_hash_table_contains (template, w))
        p = PROFORM_NONE;
      if (p == PROFORM_DEED && !a->earlier_clause)
        return TRUE;
      if (p == PROFORM_THING && !aside && !a->earlier_clause && a->phrases + a->clause_phrases < 2)
        return TRUE;
      if (p != PROFORM_NONE)
        {
          a->in_phrase = FALSE;
          continue;
        }
      if ((c & (DS_WORD_CONJ | DS_WORD_CLAUSE)) && !(c & (DS_WORD_RELATIVE | DS_WORD_NOUN)))
        {
          antecedents_close_clause (a);
          continue;
        }
      if ((c & (DS_WORD_AUX | DS_WORD_CUE_DEF)) && !(c & DS_WORD_NOUN))
        {
          a->after_copula = TRUE;
          a->in_phrase = FALSE;
          continue;
        }
      if (verb_like (w, c))
        {
          a->clause_verb = TRUE;
          a->after_copula = FALSE;
          a->in_phrase = FALSE;
          continue;
        }
      /* ("Hingga 2023, sekitar 68 negara yang meratifikasinya": a year
       * or a month dates the clause; it is no thing a "-nya" stands
       * for.) */
      if ((c & DS_WORD_MONTH) ||
          (strlen (w) == 4 && strspn (w, "0123456789") == 4 && (w[0] == '1' || w[0] == '2')))
        {
          a->in_phrase = FALSE;
          continue;
        }
      if (content_word (w))
        {
          a->clause_words++;
          if (!a->in_phrase && !a->after_copula)
            a->clause_phrases++;
          a->after_copula = a->after_copula && a->in_phrase;
          a->in_phrase = TRUE;
          continue;
        }
      a->in_phrase = FALSE;
    }
  return FALSE;
}

/* Check "referent", pro-forms: "Apa organisasi kawasan pertama yang
 * melakukannya?", "_____ adalah alat untuk menjalankannya.", "Seoul
 * supports this with the _____", "… offers a rare opportunity to do so":
 * a word standing for what the sentence before said, with nothing before
 * it in @text (and, with @before, the question an answer answers) that
 * it can stand for. A clause is read up to a comma, a semicolon, a colon
 * or a conjunction; a blank is a noun phrase. */
/* The words one of which a text with a pro-form holds, lower case: the
 * suffix of "-nya", the demonstratives before a noun, the last word of
 * each deed; a cheap look before a card's words are read. A needle's
 * last letter is kept apart: most words end on none of them. */
typedef struct {
  const char *word;
  gsize       len;
} Needle;

static GArray *
proform_needles (guchar **last_letters)
{
  static GArray *needles;
  static guchar lasts[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      static const char * const lists[] = { "possessive_suffix", "demonstrative_before", "proform_verb_phrase" };
      static const char * const codes[] = { "id", "en" };
      GArray *out = g_array_new (FALSE, FALSE, sizeof (Needle));

      for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
        for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
          {
            const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), lists[k]);

            for (guint i = 0; list[i] != NULL; i++)
              {
                const char *last = strrchr (list[i], ' ');
                Needle n;

                n.word = g_ascii_strdown (last != NULL ? last + 1 : list[i], -1);
                n.len = strlen (n.word);
                if (n.len == 0)
                  continue;
                lasts[(guchar) n.word[n.len - 1]] = 1;
                lasts[(guchar) g_ascii_toupper (n.word[n.len - 1])] = 1;
                g_array_append_val (out, n);
              }
          }
      needles = out;
      g_once_init_leave (&ready, 1);
    }
  *last_letters = lasts;
  return needles;
}

/* Whether @text may hold a pro-form: one of proform_needles() ends a
 * word of it. */
static gboolean
may_hold_proform (const char *text)
{
  guchar *lasts;
  GArray *needles = proform_needles (&lasts);
  char last;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!lasts[(guchar) *p] || g_ascii_isalpha (p[1]))
        continue;
      /* @p is a word's last letter, and some needle's. */
      last = ds_ascii_tolower (*p);
      for (guint i = 0; i < needles->len; i++)
        {
          const Needle *n = &g_array_index (needles, Needle, i);

          if ((gsize) (p - text) + 1 >= n->len && last == n->word[n->len - 1] &&
              ds_ascii_strncasecmp (p + 1 - n->len, n->word, n->len) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
proform_dangles (const char *text,
                 const char *before,
                 gboolean    question)
{
  Antecedents a = { 0 };
  const char *parts[2] = { before, text };

  if (!may_hold_proform (text))
    return FALSE;

  for (guint n = 0; n < 2; n++)
    {
      const char *p = parts[n];
      gboolean frame = n == 0 || question;

      if (p == NULL)
        continue;
      while (*p != '\0')
        {
          gsize clause = strcspn (p, ",;:()\xE2");
          const char *blank = g_strstr_len (p, clause, DS_CARD_BLANK);
          gsize len = blank != NULL ? (gsize) (blank - p) : clause;
          g_autofree char *piece = g_strndup (p, len);
          g_autofree char *folded = ds_words_fold (piece, DS_FOLD_STRIP_MARKS);
          g_autofree char **words = ds_words_split (folded);

          /* ("Alongside these, the Singapore centre …": an aside of a
           * few words that opens on a preposition is no part of what
           * the clause after it says.) */
          gboolean aside = n == 1 && p == text && blank == NULL && p[clause] == ',' && words[0] != NULL &&
                           ((classes (words[0]) & DS_WORD_PREP) || phrase_at (REF_ASIDE, words, 0)) &&
                           g_strv_length (words) <= 4;

          if (antecedents_read (&a, words, frame, blank != NULL, aside, n == 0 || question) && n == 1)
            return TRUE;
          frame = FALSE;
          if (blank != NULL)
            {
              a.clause_phrases += !a.after_copula && !a.in_phrase;
              a.after_copula = FALSE;
              a.in_phrase = FALSE;
              p = blank + strlen (DS_CARD_BLANK);
              continue;
            }
          p += clause;
          if (*p == '\0')
            break;
          /* An em or en dash closes a clause; a quotation mark or another
           * sign of that lead byte does not. */
          if ((guchar) *p == 0xE2 && !g_str_has_prefix (p, "\xE2\x80\x94") && !g_str_has_prefix (p, "\xE2\x80\x93"))
            {
              p += p[1] != '\0' && p[2] != '\0' ? 3 : 1;
              continue;
            }
          antecedents_close_clause (&a);
          p += (guchar) *p == 0xE2 ? 3 : 1;
        }
      antecedents_close_clause (&a);
    }
  return FALSE;
}

/* Check "referent", a likeness: "Oleh siapa temuan serupa
 * dikemukakan?", "Gagasan serupa sebelumnya telah dirumuskan dalam
 * laporan _____", "A similar law took effect in _____", "By whom was
 * another group led?": a subject said to be like, or other than,
 * something (the phrase lists likeness_after, likeness_before) says
 * what only with the sentence before it. An object of one stands after
 * the name it is like, which the card gives ("Malaysia membuka kantor
 * serupa …", "opened a similar office"); "another name" is a template's.
 * @words: the text, folded; @framed: it is a question, whose template
 * words come first. */
static gboolean
likeness_opens (char * const *words,
                gboolean      framed)
{
  static GHashTable *after, *before;
  static gsize ready;
  GHashTable *frame = template_words ();
  guint i = 0;

  if (g_once_init_enter (&ready))
    {
      after = phrase_set ("likeness_after");
      before = phrase_set ("likeness_before");
      g_once_init_leave (&ready, 1);
    }
  while (words[i] != NULL && (*words[i] == '\0' || (framed && g_hash_table_contains (frame, words[i]))))
    i++;
  if (words[i] == NULL)
    return FALSE;
  /* ("By whom was another sponsored?": "another" is a template's word.) */
  if (framed && i > 0 && g_hash_table_contains (before, words[i - 1]) && !term_label (words[i]) &&
      strcmp (words[i], "name") != 0)
    return TRUE;
  if ((classes (words[i]) & DS_WORD_DET) && words[i + 1] != NULL)
    i++;
  if (g_hash_table_contains (before, words[i]))
    return TRUE;
  /* (A noun of one or two words: "temuan serupa", "undang-undang
   * serupa"; past them a verb and its object.) */
  for (guint k = i; k < i + 2 && words[k] != NULL && words[k + 1] != NULL; k++)
    {
      if (!content_word (words[k]))
        return FALSE;
      if (g_hash_table_contains (after, words[k + 1]))
        return TRUE;
    }
  return FALSE;
}

/* Whether a word of @words from @i on is one of @standard: what a
 * comparison is made with ("than", "daripada", "from", "dari"). */
static gboolean
standard_after (char * const *words,
                guint         i,
                const char * const *standard)
{
  for (; words[i] != NULL; i++)
    for (guint k = 0; standard[k] != NULL; k++)
      if (g_str_equal (words[i], standard[k]))
        return TRUE;
  return FALSE;
}

/* Check "referent", a comparison or a kind with nothing named: "Oleh
 * siapa pandangan yang lebih luas dikemukakan?", "Who adopted far
 * broader measures?", "When was the most influential report adopted?",
 * "Apa yang menawarkan pendekatan yang berbeda?", "When was a clarifying
 * rule issued?": a question's noun phrase said to be broader, the most
 * influential or different — than what, of which, from what, the
 * sentence before said — or one of its kind ("a", "sebuah") whose date
 * or maker is asked, names nothing the card shows. A standard in the
 * question ("lebih luas daripada …", "broader than …", "berbeda dari
 * …"), a scope after a superlative ("the most cited report of the
 * group", "in Asia") name it. @folded_question is the question without
 * its options, folded. */
static gboolean
compared_unnamed (char * const *words)
{
  static const char * const than[] = { "than", "daripada", "dibanding", "dibandingkan", "ketimbang", NULL };
  static const char * const from[] = { "than", "from", "to", "dari", "daripada", "dengan", "dibanding",
                                       "dibandingkan", NULL };
  static const char * const scope[] = { "of", "in", "among", "on", "ever", "since", "for", "at", NULL };
  static const char * const dated[] = { "when", "kapan", "whom", "siapa", NULL };
  static const char * const kind[] = { "a", "an", "sebuah", "suatu", NULL };
  static const char * const asks[] = { "when", "who", "whom", "what", "by", "kapan", "oleh", "siapa", "apa", NULL };
  static const char * const counts[] = { "dua", "tiga", "empat", "lima", "beberapa", "berbagai", "two", "three",
                                         "four", "several", "many", "banyak", NULL };
  guint n = 0;

  while (words[n] != NULL)
    n++;
  /* (A question of why or of which article asks of the comparison
   * itself: "Mengapa data spesifik menuntut tingkat pelindungan yang
   * lebih tinggi?".) */
  if (n == 0 || !g_strv_contains (asks, words[0]))
    return FALSE;
  /* "When was a clarifying rule issued?", "Kapan sebuah kajian
   * diterbitkan?": the event of one of a kind. */
  for (guint i = 0; i + 2 < n && i < 3; i++)
    if (g_strv_contains (dated, words[i]))
      {
        guint k = i + 1;

        if (k < n && (g_str_equal (words[k], "was") || g_str_equal (words[k], "were") || g_str_equal (words[k], "did")))
          k++;
        if (k + 1 < n && g_strv_contains (kind, words[k]) && content_word (words[k + 1]))
          return TRUE;
        break;
      }
  for (guint i = 1; i + 2 < n; i++)
    {
      const char *w = words[i], *next = words[i + 1], *after = words[i + 2];

      if (!content_word (after) || g_hash_table_contains (template_words (), after))
        continue;
      /* "far broader measures", "much larger fleets", "a more empirical
       * study" ("the smaller members", "a larger budget" are kinds or
       * changes the sentence states, not comparisons to name) */
      if ((g_str_equal (w, "far") || g_str_equal (w, "much") || g_str_equal (w, "even")) &&
          strlen (next) > 4 && g_str_has_suffix (next, "er") && !standard_after (words, i, than))
        return TRUE;
      if ((g_str_equal (w, "a") || g_str_equal (w, "an") || g_str_equal (w, "the")) &&
          g_str_equal (next, "more") && !standard_after (words, i, than) && i + 3 < n && content_word (words[i + 3]) &&
          !g_hash_table_contains (template_words (), words[i + 3]))
        return TRUE;
      /* "the most influential report" with no scope after it ("one of
       * the most connected services" is one of a kind the card names). */
      if (g_str_equal (w, "most") && g_str_equal (words[i - 1], "the") && content_word (next) &&
          !(i >= 2 && g_str_equal (words[i - 2], "of")) &&
          (i + 3 >= n || !g_strv_contains (scope, words[i + 3])) && !standard_after (words, i, scope))
        return TRUE;
      /* "pandangan yang lebih luas", "pendekatan yang berbeda" */
      /* ("dua jalur yang berbeda": different from each other.) */
      if (g_str_equal (w, "yang") && content_word (words[i - 1]) &&
          !(i >= 2 && g_strv_contains (counts, words[i - 2])) && !(i >= 3 && g_strv_contains (counts, words[i - 3])) &&
          ((g_str_equal (next, "lebih") && content_word (after) && !standard_after (words, i, than)) ||
           (g_str_equal (next, "berbeda") && !standard_after (words, i, from))))
        return TRUE;
    }
  /* "… pendekatan yang berbeda?" closing the question */
  return n >= 3 && g_str_equal (words[n - 2], "yang") && g_str_equal (words[n - 1], "berbeda") &&
         content_word (words[n - 3]) && !g_strv_contains (counts, words[n - 3]) &&
         !(n >= 4 && g_strv_contains (counts, words[n - 4])) && !(n >= 5 && g_strv_contains (counts, words[n - 5]));
}

/* Check "referent", a definite noun with nothing named: "By whom was the
 * tour organised?", "When was the forum founded?", "When were the rules
 * adopted?": the article and one bare common noun, lower case, then the
 * participle that closes the question. The engine gives such a subject
 * the name the essay wrote it as ("When was the Pacific Data Forum
 * founded?"); when it still reads "the tour", the essay named none, and
 * which tour, team or draft it was the card does not say. @stem is the
 * question's first clause, as written. */
static gboolean
definite_unnamed (const char *stem)
{
  g_auto(GStrv) words = g_strsplit (stem, " ", -1);
  guint n = g_strv_length (words), k;

  if (n > 0 && g_str_has_suffix (words[n - 1], "?"))
    words[n - 1][strlen (words[n - 1]) - 1] = '\0';
  if (n >= 6 && g_str_equal (words[0], "By") && g_str_equal (words[1], "whom"))
    k = 2;
  else if (n >= 5 && g_str_equal (words[0], "When"))
    k = 1;
  else
    return FALSE;
  if (n != k + 4 || !(g_str_equal (words[k], "was") || g_str_equal (words[k], "were")) ||
      !g_str_equal (words[k + 1], "the"))
    return FALSE;
  for (guint i = k + 2; i < n; i++)
    {
      if (*words[i] == '\0')
        return FALSE;
      for (const char *c = words[i]; *c != '\0'; c++)
        if (!g_ascii_islower (*c) && *c != '-')
          return FALSE;
    }
  return content_word (words[k + 2]) && !g_hash_table_contains (template_words (), words[k + 2]);
}

/* Words of content a date's blank needs around it when its stem names
 * nothing, unless the stem has more words than the second
 * (date_blank_unnamed()). */
#define DATE_STEM_MIN_CONTENT 3
#define DATE_STEM_MAX_WORDS 6

/* Whether @t answers with a date: a year ("2019", "Mei 2019", "1 January
 * 2020") or a decade ("1960s", "1990-an"), in a few words. */
#define DATE_ANSWER_MAX_WORDS 4
static gboolean
answers_date (const CardTexts *t)
{
  if (t->answer.words == NULL || g_strv_length (t->answer.words) > DATE_ANSWER_MAX_WORDS)
    return FALSE;
  for (char **w = t->answer.words; *w != NULL; w++)
    {
      gsize n = strspn (*w, "0123456789");

      /* ("1200 vessels", "1500 pegawai": a count before its noun, no
       * year.) */
      if (n == 4 && ((*w)[4] == '\0' || g_str_equal (*w + 4, "s")) && ((*w)[0] == '1' || ((*w)[0] == '2' && (*w)[1] == '0')) &&
          (w[1] == NULL || !content_word (w[1]) || (classes (w[1]) & DS_WORD_MONTH)))
        return TRUE;
    }
  return FALSE;
}

/* "more than", "lebih dari" (phrase list lists_approx_count). */
static GHashTable *
approx_counts (void)
{
  static GHashTable *set;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      set = phrase_set ("lists_approx_count");
      g_once_init_leave (&ready, 1);
    }
  return set;
}

/* Whether @t answers with a count: a figure first ("400 orang", "more
 * than 1,200 vessels" has its figure after), in a few words. */
static gboolean
answers_count (const CardTexts *t)
{
  return t->answer.words != NULL && t->answer.words[0] != NULL && g_ascii_isdigit (*t->answer.words[0]) &&
         g_strv_length (t->answer.words) <= DATE_ANSWER_MAX_WORDS;
}

/* Whether the stem's first word, capitalised as every first word is,
 * is a name ("Google", "Tokopedia", "Estonia"): a country, or a word the
 * lexicon knows as no common or function word, that has no common
 * noun's derivation ("Perubahan", "Publication", "Negotiations") and
 * that a verb or a function word follows, a name standing alone as the
 * subject ("Google was …", "Traveloka mulai …"; not "Titik balik …",
 * "Momentum penting …", "Boikot terbesar …"). */
static gboolean
verb_after_name (const char *folded)
{
  if (folded == NULL)
    return FALSE;
  if (ds_words_is_stop (NULL, folded) || (classes (folded) & (DS_WORD_AUX | DS_WORD_VERB | DS_WORD_EVENT | DS_WORD_ADV)))
    return TRUE;
  return strlen (folded) > 4 && (g_str_has_suffix (folded, "ed") || g_str_has_prefix (folded, "me") ||
                                 g_str_has_prefix (folded, "ber") || g_str_has_prefix (folded, "di"));
}

static gboolean
first_word_named (const char *folded,
                  const char *next)
{
  static const char *const derived[] = { "an", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ing", "ship",
                                         "ure", "al", "ism", "age", NULL };
  gsize len = strlen (folded);
  guint64 c = classes (folded);

  if (c & DS_WORD_COUNTRY)
    return TRUE;
  if (c != 0 || ds_words_is_stop (NULL, folded) || len < 3 || !verb_after_name (next))
    return FALSE;
  /* ("Negotiations": a plural's singular.) */
  if (folded[len - 1] == 's')
    len--;
  for (guint i = 0; derived[i] != NULL; i++)
    if (len > strlen (derived[i]) + 2 && strncmp (folded + len - strlen (derived[i]), derived[i], strlen (derived[i])) == 0)
      return FALSE;
  return TRUE;
}

/* "Perubahan penting terjadi pada _____.", "Publication began on
 * _____.", "Aturan _____ memuat tiga unsur utama.", "Lebih dari _____
 * meninggal.": a date's or a count's blank
 * in a stem (@text, as written, up to its options) that names nothing
 * else — no name (a first word is one when first_word_named()), no
 * acronym, no figure — and has fewer than DATE_STEM_MIN_CONTENT words
 * of content in a few words asks when something happened that the card
 * never says (which change, which rule, publication of what; who died
 * where). */
static gboolean
date_blank_unnamed (const CardTexts *t,
                    const char      *text)
{
  gsize len = strstr (text, "<br>") != NULL ? (gsize) (strstr (text, "<br>") - text) : strlen (text);
  g_autofree char *stem = NULL;
  g_autofree char *folded = NULL;
  g_autofree char **words = NULL;
  const char *first;
  guint content = 0;
  gboolean date = answers_date (t);

  if (!date && !answers_count (t))
    return FALSE;
  stem = g_strndup (text, len);
  if (strstr (stem, DS_CARD_BLANK) == NULL || has_acronym (stem))
    return FALSE;
  first = stem + strspn (stem, " ");
  for (const char *p = first; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (g_ascii_isupper (*p) && p > first && (p[-1] == ' ' || p[-1] == '(' || p[-1] == '"')))
      return FALSE;
  folded = ds_words_fold (stem, DS_FOLD_STRIP_MARKS);
  words = ds_words_split (folded);
  if (words[0] != NULL && g_ascii_isupper (*first) && first_word_named (words[0], words[1]))
    return FALSE;
  /* ("The secretariat employs _____.", "There are currently _____.",
   * "Today _____ are parties.": a count is asked of what the stem names
   * before it, the essay's own subject at least. Only a count that opens
   * the stem, alone or after an approximation, "More than _____", "Lebih
   * dari _____" (phrase list lists_approx_count), names nothing.) */
  if (!date)
    {
      g_autofree char *lead = g_strndup (first, strstr (first, DS_CARD_BLANK) - first);
      g_autofree char *folded_lead = ds_words_fold (g_strstrip (lead), DS_FOLD_STRIP_MARKS);

      if (*folded_lead != '\0' && !g_hash_table_contains (approx_counts (), folded_lead))
        return FALSE;
    }
  for (guint i = 0; words[i] != NULL; i++)
    if (content_word (words[i]) && !(classes (words[i]) & DS_WORD_FUNCTION) &&
        !g_hash_table_contains (template_words (), words[i]))
      content++;
  return content < DATE_STEM_MIN_CONTENT && g_strv_length (words) <= DATE_STEM_MAX_WORDS;
}

/* Check "referent": a card is read on its own, weeks later, without the
 * essay. What it says must not lean on what it does not say: "hal ini",
 * "they", a link to the sentence before ("Karena itu,", "However,"), an
 * ordinal step ("Kedua,"), a noun pointed at ("pusat data tersebut") that
 * the card names nowhere. */
static gboolean
referent_ok (const CardTexts *t)
{
  char * const *all = t->all;
  const char *question = t->question.text;
  /* A sentence with a blank is quoted even without a frame. */
  const Folded *stem = t->quoted != NULL ? &t->quoted_f : strstr (question, DS_CARD_BLANK) != NULL ? &t->question : NULL;
  const Folded *asked = stem != NULL ? stem : &t->question;
  const char *quoted = stem != NULL ? stem->text : NULL;
  gboolean tolerated = FALSE;

  if (part_dangles (asked->text, asked->words, all, quoted == NULL, FALSE))
    return FALSE;
  if (stem != NULL && date_blank_unnamed (t, quoted != NULL ? quoted : question))
    return FALSE;
  if (likeness_opens (asked->words, quoted == NULL))
    return FALSE;
  if (quoted == NULL && (t->kind == DS_CARD_FACT || t->kind == DS_CARD_MULTIPLE_CHOICE))
    {
      /* (Its first clause: "…, yet some have won against much larger
       * members" compares with what the clause before names.) */
      gsize len = strcspn (question, "<,;");
      g_autofree char *clause = g_strndup (question, len);
      g_autofree char **own = question[len] != '\0' ? fold_words (clause) : NULL;

      if (compared_unnamed (own != NULL ? own : t->question.words) || definite_unnamed (clause))
        return FALSE;
    }
  /* A pro-form in the question, or in an answer with the question read
   * before it (a definition's term is what its answer says, not what a
   * word in it stands for). */
  if (proform_dangles (quoted != NULL ? quoted : question, NULL, quoted == NULL))
    return FALSE;
  for (guint i = 0; i < t->n_answers; i++)
    if (proform_dangles (t->answers[i]->text, t->kind != DS_CARD_DEFINITION ? question : NULL, FALSE))
      return FALSE;
  /* "Lengkapi: Sumber dananya dapat berupa …", "Its flagship event is
   * _____.", "Kini anggotanya berjumlah _____.": a quoted sentence, or a
   * blank's, that opens on a possessive owns nothing the card names. */
  if (quoted != NULL && (asks_completion (question) || strstr (quoted, DS_CARD_BLANK) != NULL))
    {
      const char *blank = strstr (quoted, DS_CARD_BLANK);
      const char *clause = quoted;

      /* After an aside ("Pada 2019, anggaran tahunannya naik …", "In
       * 2019, its budget rose …") the clause's own subject is asked, and
       * past a second one ("Indonesia, for its part, uses …": the name
       * before owns it). An aside holds no blank ("Kini anggotanya
       * berjumlah _____, dan …"), unless a name opens the clause after it
       * ("In its _____ report, the Working Group …"). */
      for (guint k = 0; k < 2 && opens_on_aside (clause); k++)
        {
          const char *comma = strchr (clause, ',');

          if (blank != NULL && blank < comma && !opens_on_name (comma + 1))
            break;
          clause = comma + 1;
        }
      {
        g_autofree char **own = clause != quoted ? fold_words (clause) : NULL;

        if (owner_unnamed (own != NULL ? own : stem->words))
          return FALSE;
      }
    }
  for (guint i = 0; i < t->n_answers; i++)
    if (part_dangles (t->answers[i]->text, t->answers[i]->words, all, FALSE, asks_contrast (question)))
      {
        /* One item of a list of three or more may close on a place it
         * points at ("mendukung masyarakat adat di kawasan itu",
         * "supporting the peoples of that region"): the question names
         * whose list it is, and the list stands. */
        if (t->kind == DS_CARD_LIST && t->n_answers >= 3 && !tolerated &&
            closes_on_pointed_place (t->answers[i]->words, all))
          {
            tolerated = TRUE;
            continue;
          }
        return FALSE;
      }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Checks on document furniture and short forms                        */

/* The phrase list @name of both languages, folded, once per process. */
static GHashTable *
furniture_set (const char *name)
{
  static GHashTable *short_forms, *references;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      short_forms = phrase_set ("furniture_hereinafter");
      references = phrase_set ("furniture_reference");
      g_once_init_leave (&ready, 1);
    }
  return g_str_equal (name, "furniture_hereinafter") ? short_forms : references;
}

/* Whether folded @text ends on a phrase of @set (a word boundary before
 * it). */
static gboolean
ends_with_phrase (const char *text,
                  GHashTable *set)
{
  gsize len = strlen (text);

  for (gsize i = len; i-- > 0;)
    if ((i == 0 || text[i - 1] == ' ') && g_hash_table_contains (set, text + i))
      return TRUE;
  return FALSE;
}

/* Whether folded @text starts with a phrase of @set (a word boundary
 * after it). */
static gboolean
starts_with_phrase (const char *text,
                    GHashTable *set)
{
  for (const char *p = text;; p++)
    if (*p == ' ' || *p == '\0')
      {
        g_autofree char *head = g_strndup (text, p - text);

        if (g_hash_table_contains (set, head))
          return TRUE;
        if (*p == '\0')
          return FALSE;
      }
}

/* Check "short-form": "Dokumen tahun 1998 (selanjutnya disebut _____)",
 * "another name for the Parties …? — hereinafter PNA": a name the text
 * gives itself to save words (the phrase list furniture_hereinafter) is
 * no claim. */
static gboolean
short_form_asked (const CardTexts *t)
{
  GHashTable *set = furniture_set ("furniture_hereinafter");
  const char *head = t->before_blank;

  return (head != NULL && ends_with_phrase (head, set)) || starts_with_phrase (t->answer.folded, set);
}

/* The term of an alias question ("What is another name for X?",
 * "Apa istilah lain untuk X?"), or NULL. */
static char *
alias_term (const char *question)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char *template = ds_lang_get_template (ds_lang_get (codes[l]), "question_alias");
      const char *slot = template != NULL ? strstr (template, "{term}") : NULL;
      gsize head, tail, len = strlen (question);

      if (slot == NULL)
        continue;
      head = slot - template;
      tail = strlen (slot + 6);
      if (len > head + tail && strncmp (question, template, head) == 0 &&
          strcmp (question + len - tail, slot + 6) == 0)
        return g_strndup (question + head, len - head - tail);
    }
  return NULL;
}

/* Check "alias-span": "What is another name for Aral Sea? — IFAS": an
 * acronym whose last letters are the initials of the term and which has
 * more: the acronym of a longer name (the International Fund for Saving
 * the Aral Sea), paired with its last nouns only; a date for the term,
 * or a name that opens on the verb that gives it. */
static gboolean
alias_span_cut (const CardTexts *t)
{
  g_autofree char *term = alias_term (t->question.text);
  const char *answer = t->answer.text;
  g_auto(GStrv) words = NULL;
  GString *initials;
  gsize alen = strlen (answer);
  gboolean cut;

  if (term == NULL || alen < 2)
    return FALSE;
  /* "another name for april 2004? — called Referendum Saturday": a date
   * is no term, and a name does not open on the verb that gives it. */
  {
    const char *folded_answer = t->answer.folded;
    g_autofree char *first = g_strndup (folded_answer, strcspn (folded_answer, " "));
    g_autofree char **term_words = fold_words (term);
    gboolean date = FALSE, content = FALSE;

    if (classes (first) & DS_WORD_ALIAS)
      return TRUE;
    for (guint i = 0; term_words[i] != NULL; i++)
      {
        guint64 c = classes (term_words[i]);

        date |= (c & DS_WORD_MONTH) != 0 || g_ascii_isdigit (term_words[i][0]);
        content |= !(c & (DS_WORD_MONTH | DS_WORD_FUNCTION)) && !g_ascii_isdigit (term_words[i][0]);
      }
    if (date && !content)
      return TRUE;
  }
  for (const char *p = answer; *p != '\0'; p++)
    if (!g_ascii_isupper (*p))
      return FALSE;
  words = g_strsplit (term, " ", -1);
  initials = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_isupper (words[i][0]))
      g_string_append_c (initials, words[i][0]);
  cut = initials->len > 0 && initials->len < alen &&
        strcmp (answer + alen - initials->len, initials->str) == 0;
  g_string_free (initials, TRUE);
  return cut;
}

/* Check "furniture": "As Figure _____, revenue grew" (— 3 shows), "… (2015):
 * _____" (— 12-19, a page range), "Follow her on X _____" (— @handle):
 * a figure's or a page's number, a handle or a web address is the
 * document's furniture, not what it says. */
static gboolean
asks_furniture (const CardTexts *t)
{
  const char *head = t->before_blank;
  const char *answer = t->answer.text;

  /* "Melalui akun resmi apa …? — @Kemlu_RI": a question that asks for
   * an account or a site (a word of the class name_noun) asks what the
   * text says. */
  if (answer[0] == '@' || g_str_has_prefix (answer, "http") || g_str_has_prefix (answer, "www."))
    {
      char * const *words = t->question.words;

      for (guint i = 0; words[i] != NULL; i++)
        if ((classes (words[i]) & DS_WORD_NAME_NOUN) && !(classes (words[i]) & DS_WORD_PREP))
          return FALSE;
      return TRUE;
    }
  return head != NULL && g_ascii_isdigit (answer[0]) && ends_with_phrase (head, furniture_set ("furniture_reference"));
}

/* Check "question-items": "Rumusan Masalah: 1. Bagaimana …? 2. Apa …?",
 * "Review questions": a list of questions is what the text asks, not what
 * it says; two items or more, each opening on a question word or ending
 * on a question mark. */
static gboolean
items_are_questions (const CardTexts *t)
{
  for (guint n = 0; n < t->n_items; n++)
    if (!g_str_has_suffix (t->items[n].text, "?") && !(classes (t->items[n].words[0] != NULL ? t->items[n].words[0] : "") & DS_WORD_QUESTION))
      return FALSE;
  return t->n_items >= 2;
}

/* Also "question-items": "Tujuan Penulisan: 1. Untuk mengetahui …
 * 2. Untuk menganalisis …", "Objectives: to explain …, to describe …":
 * what a paper sets out to do (every item opens on a verb of the phrase
 * list research_aim_opener, under a heading with a word of
 * research_aim_topic) is its plan, not what it finds. */
static gboolean
items_are_aims (const CardTexts *t)
{
  static GHashTable *openers, *topics;
  static gsize ready;
  const char *topic = ds_card_get_topic (t->card);
  g_autofree char **words = NULL;
  gboolean aims = FALSE;

  if (topic == NULL)
    return FALSE;
  if (g_once_init_enter (&ready))
    {
      openers = phrase_set ("research_aim_opener");
      topics = phrase_set ("research_aim_topic");
      g_once_init_leave (&ready, 1);
    }
  words = fold_words (topic);
  for (guint i = 0; words[i] != NULL && !aims; i++)
    aims = g_hash_table_contains (topics, words[i]);
  if (!aims)
    return FALSE;
  for (guint n = 0; n < t->n_items; n++)
    {
      const char *p = t->items[n].folded;

      if (g_str_has_prefix (p, "untuk ") || g_str_has_prefix (p, "to "))
        p = strchr (p, ' ') + 1;
      if (!starts_with_phrase (p, openers))
        return FALSE;
    }
  return t->n_items >= 2;
}

/* "International Relations was first _____).": a blank right before a
 * closing bracket that no bracket before it in the stem opened hides the
 * half of a bracket and what stood before it; the card asks a broken
 * span. */
static gboolean
blank_cuts_bracket (DsCard *card)
{
  const char *question = ds_card_get_question (card);
  const char *blank = strstr (question, DS_CARD_BLANK);
  int depth = 0;

  if (blank == NULL || blank[strlen (DS_CARD_BLANK)] != ')')
    return FALSE;
  for (const char *p = question; p < blank; p++)
    depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
  return depth <= 0;
}

/* Check "blank-span": "By 2020, only four of the _____ had ratified
 * it." → "nine signatories", "baru empat dari _____": a count, then a
 * word that takes a part of a whole (phrase list blank_partitive), then the
 * blank — the blank hides the whole the count is a part of, and the card
 * asks half a phrase. */
static gboolean
blank_cuts_partitive (DsCard *card)
{
  static GHashTable *partitives;
  static gsize ready;
  const char *question = ds_card_get_question (card);
  const char *blank = strstr (question, DS_CARD_BLANK);
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;
  g_autofree char **words = NULL;
  guint n;

  if (blank == NULL)
    return FALSE;
  if (g_once_init_enter (&ready))
    {
      partitives = phrase_set ("blank_partitive");
      g_once_init_leave (&ready, 1);
    }
  head = g_strndup (question, blank - question);
  folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
  words = ds_words_split (folded);
  n = g_strv_length (words);
  while (n > 0 && *words[n - 1] == '\0')
    n--;
  /* The partitive of one or two words, then the count before it. */
  for (guint len = 1; len <= 2 && len < n; len++)
    {
      const char *count = words[n - len - 1];

      /* ("peringkat ke-24 dari _____", "24th of _____": a rank, and the
       * whole is what it is ranked among.) */
      if (joined_in (partitives, (const char * const *) words + n - len, len) &&
          ((count[strspn (count, "0123456789")] == '\0' &&
            !(n - len >= 2 && (classes (words[n - len - 2]) & DS_WORD_PREP))) ||
           (classes (count) & DS_WORD_COUNT)))
        return TRUE;
    }
  return FALSE;
}

/* Check "reference-items": "Nye, J. (2004). Soft Power: …", "Cull, N.
 * 2019. Public Diplomacy …": a list of works cited is the text's
 * apparatus, not what it says; two items or more, every one a reference
 * (a year in brackets, or after a name, an initial and a full stop,
 * then a full stop or a comma and the title). */
static gboolean
item_is_reference (const char *item)
{
  const char *p;

  if (!g_ascii_isupper (*item))
    return FALSE;
  for (p = item; *p != '\0'; p++)
    {
      gboolean bracketed = *p == '(' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
                           g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]);
      /* "Cull, N. 2019. Public …": an initial, its full stop, the year. */
      gboolean initialled = p >= item + 3 && p[-1] == ' ' && p[-2] == '.' && g_ascii_isupper (p[-3]) &&
                            g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
                            g_ascii_isdigit (p[3]) && p[4] == '.' && strchr (item, ',') != NULL &&
                            strchr (item, ',') < p;
      const char *end;

      if (!bracketed && !initialled)
        continue;
      end = bracketed ? p + 5 + (g_ascii_isalpha (p[5]) ? 1 : 0) : p + 4;
      if (bracketed && *end++ != ')')
        continue;
      return (*end == '.' || *end == ',') && end[1] == ' ' && g_ascii_isalnum (end[2]);
    }
  return FALSE;
}

static gboolean
items_are_references (DsCard *card)
{
  const char * const *items = ds_card_get_items (card);
  guint n = 0;

  for (; items[n] != NULL; n++)
    if (!item_is_reference (items[n]))
      return FALSE;
  return n >= 2;
}

/* ------------------------------------------------------------------ */
/* Check "stem-giveaway"                                               */

static gboolean day_and_month (char * const *words);

/* Figures a stem holds, at most, for the sums of its parts. */
#define STEM_FIGURES_MAX 8

/* Whether @exact, written with @decimals digits after the mark, reads
 * @value ("90,2" from 119 / 132 × 100). */
static gboolean
rounds_to (double exact,
           double value,
           guint  decimals)
{
  return fabs (exact - value) <= 0.5 * pow (10, -(double) decimals) + 1e-9;
}

/* Whether a percentage's word or sign follows at @p ("93,3 persen",
 * "46%", "12 per cent"). */
static gboolean
percent_follows (const char *p)
{
  static GHashTable *words;
  static gsize ready;
  g_autofree char *folded = NULL;
  g_autofree char **parts = NULL;

  if (g_once_init_enter (&ready))
    {
      words = phrase_set ("percent_word");
      g_once_init_leave (&ready, 1);
    }
  while (*p == ' ')
    p++;
  if (*p == '%')
    return TRUE;
  folded = ds_words_fold (p, DS_FOLD_STRIP_MARKS);
  parts = ds_words_split (folded);
  if (parts[0] == NULL)
    return FALSE;
  if (g_hash_table_contains (words, parts[0]))
    return TRUE;
  {
    g_autofree char *two = parts[1] != NULL ? g_strconcat (parts[0], " ", parts[1], NULL) : NULL;

    return two != NULL && g_hash_table_contains (words, two);
  }
}

/* Check "stem-giveaway": a figure the stem lets one work out from its
 * other figures is asked in vain — the total of parts it lists ("diikuti
 * oleh _____, terdiri atas 30 diplomat, 8 pegawai dan 4 perwakilan" →
 * 42), the difference of two ("of 132 missions, 119 … ; _____ have not"),
 * a share of two ("119 of 132 … , or _____" → 90.2 percent), or a part
 * of a whole at a stated share ("_____ of a target of 15, or 93.3
 * percent" → 14). Years date; they are no parts. */
static gboolean
stem_gives_figure (const CardTexts *t)
{
  const char *question = t->question.text;
  const char *answer = t->answer.text;
  double v, all[STEM_FIGURES_MAX], vals[STEM_FIGURES_MAX];
  guint d, dec_all[STEM_FIGURES_MAX], dec[STEM_FIGURES_MAX];
  gsize ends[STEM_FIGURES_MAX];
  gboolean percent[STEM_FIGURES_MAX], answer_percent;
  guint n_all, n = 0;

  if (t->kind == DS_CARD_LIST || t->kind == DS_CARD_TRUE_FALSE || strpbrk (question, "0123456789") == NULL)
    return FALSE;
  /* One figure, no year and no date ("75–89 persen" is a range). */
  if (ds_generator_read_figures (answer, 2, all, dec_all, ends) != 1)
    return FALSE;
  v = all[0];
  d = dec_all[0];
  if ((d == 0 && v >= 1900 && v <= 2100) || day_and_month (t->answer.words) || strchr (answer, '/') != NULL)
    return FALSE;
  answer_percent = percent_follows (answer + ends[0]);
  n_all = ds_generator_read_figures (question, STEM_FIGURES_MAX, all, dec_all, ends);
  for (guint i = 0; i < n_all; i++)
    {
      if (dec_all[i] == 0 && all[i] >= 1900 && all[i] <= 2100)
        continue;
      percent[n] = percent_follows (question + ends[i]);
      vals[n] = all[i];
      dec[n++] = dec_all[i];
    }
  /* The total of two or more parts. */
  for (guint mask = 1; mask < (1u << n); mask++)
    {
      double sum = 0;

      if ((mask & (mask - 1)) == 0)
        continue;
      for (guint i = 0; i < n; i++)
        if (mask & (1u << i))
          sum += vals[i];
      if (fabs (sum - v) < 1e-6)
        return TRUE;
    }
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < n; k++)
      {
        if (i == k)
          continue;
        if (fabs (vals[i] - vals[k] - v) < 1e-6 && !percent[i] && !percent[k])
          return TRUE;
        if (answer_percent && !percent[i] && !percent[k] && vals[i] < vals[k] &&
            rounds_to (100 * vals[i] / vals[k], v, d))
          return TRUE;
        if (!answer_percent && percent[k] && !percent[i] && vals[i] > v &&
            rounds_to (100 * v / vals[i], vals[k], dec[k]))
          return TRUE;
      }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Check "trivial-blank"                                               */

typedef enum {
  TRIVIAL_CLOCK_BEFORE,   /* "pukul _____", "jam _____" */
  TRIVIAL_CLOCK_AFTER,    /* "_____ WIB", "_____ pm" */
  TRIVIAL_DEADLINE,       /* "paling lambat _____", "by _____" */
  TRIVIAL_PRICE,          /* "seharga _____", "priced at _____" */
  TRIVIAL_BYLINE,         /* "Oleh _____,", "By _____," */
  TRIVIAL_N_LISTS,
} TrivialList;

static GHashTable *
trivial_set (TrivialList list)
{
  static const char * const names[] = {
    "blank_clock_before", "blank_clock_after", "blank_deadline_cue", "blank_price_cue", "blank_byline_cue",
  };
  static GHashTable *sets[TRIVIAL_N_LISTS];
  static gsize ready;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == TRIVIAL_N_LISTS);
  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < TRIVIAL_N_LISTS; i++)
        sets[i] = phrase_set (names[i]);
      g_once_init_leave (&ready, 1);
    }
  return sets[list];
}

/* "10.05", "23:59", "9": an hour, and its minutes after a point or a
 * colon. */
static gboolean
clock_like (const char *text)
{
  gsize hour = strspn (text, "0123456789");

  if (hour == 0 || hour > 2)
    return FALSE;
  if ((text[hour] == '.' || text[hour] == ':') && strspn (text + hour + 1, "0123456789") == 2)
    hour += 3;
  return text[hour] == '\0' || text[hour] == ' ';
}

/* A day and a month's name in folded @words ("20 oktober 2025",
 * "september 26"). */
static gboolean
day_and_month (char * const *words)
{
  gboolean day = FALSE, month = FALSE, figure = FALSE;

  for (guint i = 0; words[i] != NULL && !figure; i++)
    figure = strpbrk (words[i], "0123456789") != NULL;
  if (!figure)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      if (len > 0 && len <= 2 && strspn (words[i], "0123456789") == len && atoi (words[i]) <= 31)
        day = TRUE;
      month |= (classes (words[i]) & DS_WORD_MONTH) != 0;
    }
  return day && month;
}

/* Words before a deadline's cue, at most, for an answer to be the
 * deadline and little more ("be returned by 12 March 2025"). */
#define DEADLINE_ANSWER_LEAD 3

/* "be returned by 12 March 2025", "dikirim paling lambat 22 November":
 * an answer that says little more than a day to meet is a memo's
 * logistics. */
static gboolean
answer_is_deadline (const Folded *answer)
{
  char * const *words = answer->words;
  guint n;

  if (strpbrk (answer->text, "0123456789") == NULL || !day_and_month (words))
    return FALSE;
  n = g_strv_length ((char **) words);
  for (guint i = 0; i < n && i <= DEADLINE_ANSWER_LEAD + 1; i++)
    {
      for (guint len = 1; len <= 3 && i + len < n; len++)
        /* The cue, then a date of up to three words and nothing else. */
        if (i <= DEADLINE_ANSWER_LEAD && n - i - len <= 3 &&
            joined_in (trivial_set (TRIVIAL_DEADLINE), (const char * const *) words + i, len) &&
            day_and_month (words + i + len))
          return TRUE;
    }
  return FALSE;
}

/* Check "trivial-blank": what a blank hides is the document's logistics,
 * not what it says — a time of day ("Rapat dibuka pukul _____ WIB", "at
 * _____ pm"), a day's deadline ("paling lambat _____" → 26 September,
 * "by _____" → 20 October 2025: a year alone is a policy's target and
 * stays), a price ("seharga _____", "priced at _____"), a dateline
 * ("Jakarta, _____ — BSSN merilis …") or a byline ("Oleh _____, peneliti
 * …", "By _____, senior fellow"). */
static gboolean
blank_trivial (const CardTexts *t)
{
  const char *question = t->question.text;
  const char *blank = strstr (question, DS_CARD_BLANK);
  const char *answer = t->answer.text;
  const char *quoted;
  const char *head = t->before_blank;
  const char *folded_answer = t->answer.folded;
  char * const *answer_words = t->answer.words;
  g_autofree char *tail = NULL;

  if (blank == NULL)
    return answer_is_deadline (&t->answer);
  tail = ds_words_fold (blank + strlen (DS_CARD_BLANK), DS_FOLD_STRIP_MARKS);
  if (clock_like (answer) &&
      (ends_with_phrase (head, trivial_set (TRIVIAL_CLOCK_BEFORE)) ||
       starts_with_phrase (tail, trivial_set (TRIVIAL_CLOCK_AFTER))))
    return TRUE;
  if (g_ascii_isdigit (*answer) && strchr (answer, ' ') != NULL &&
      clock_like (answer) && ends_with_phrase (folded_answer, trivial_set (TRIVIAL_CLOCK_AFTER)))
    return TRUE;
  if (day_and_month (answer_words) && ends_with_phrase (head, trivial_set (TRIVIAL_DEADLINE)))
    return TRUE;
  if (ends_with_phrase (head, trivial_set (TRIVIAL_PRICE)))
    return TRUE;
  quoted = t->quoted;
  if (quoted == NULL)
    quoted = question;
  while (*quoted == ' ')
    quoted++;
  if (blank < quoted)
    return FALSE;
  {
    g_autofree char *lead = g_strndup (quoted, blank - quoted);
    g_autofree char *folded = ds_words_fold (lead, DS_FOLD_STRIP_MARKS);
    g_autofree char **words = ds_words_split (folded);
    const char *after = blank + strlen (DS_CARD_BLANK);
    guint n = g_strv_length (words);

    /* A byline: the stem is its cue, the blank and an aside. */
    if (n > 0 && g_hash_table_contains (trivial_set (TRIVIAL_BYLINE), folded) && !strpbrk (answer, "0123456789") &&
        (*after == ',' || *after == '\0' || *after == '.'))
      return TRUE;
    /* A document's date: after a label ("Hari/tanggal: Rabu, _____",
     * "Date: _____"), or a dateline — a place in capitals and a comma,
     * the blank, a dash ("_____ – ICANN didirikan" is a timeline's year). */
    while (*after == ' ' || *after == ',')
      after++;
    if (n >= 1 && n <= 3 && day_and_month (answer_words) && strchr (lead, ':') != NULL)
      return TRUE;
    if (n >= 1 && n <= 3 && day_and_month (answer_words) && strchr (lead, ',') != NULL &&
        (g_str_has_prefix (after, "—") || g_str_has_prefix (after, "–") || g_str_has_prefix (after, "- ")))
      {
        gboolean place = TRUE;

        for (const char *p = quoted; p < blank && place; p = g_utf8_next_char (p))
          if (p == quoted || p[-1] == ' ')
            place = !g_ascii_islower (*p);
        return place;
      }
  }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Check "seam"                                                        */

/* The templates whose last slot holds what a question asks about: a
 * list's owner, a defined term. */
static const char * const owner_templates[] = {
  "question_list_count", "question_list", "question_examples_count", "question_examples",
  "question_definition", "question_alias", "question_meaning", "question_list_people",
  "choice_list_item", "choice_list_not", "choice_definition", "question_list_topic",
  "question_list_count_topic", "choice_list_item_topic", "choice_list_not_topic",
  "question_list_count_attributed",
};

/* The text @question gives the slot @slot of @template ("{subject}"),
 * or NULL when the question is not worded by it: the template's words
 * before and after each slot matched in turn, a slot filled up to the
 * first place its next words stand (the last one up to the end). */
static char *
slot_filler (const char *question,
             const char *template,
             const char *slot)
{
  const char *t = template, *q = question;
  char *found = NULL;

  while (*t != '\0')
    {
      const char *open = strchr (t, '{');
      const char *close, *next;
      g_autofree char *literal = NULL;
      g_autofree char *name = NULL;
      const char *end;

      if (open == NULL)
        {
          if (strcmp (q, t) != 0)
            g_clear_pointer (&found, g_free);
          return found;
        }
      if (strncmp (q, t, open - t) != 0 || (close = strchr (open, '}')) == NULL)
        break;
      q += open - t;
      name = g_strndup (open, close + 1 - open);
      next = strchr (close + 1, '{');
      literal = next != NULL ? g_strndup (close + 1, next - close - 1) : g_strdup (close + 1);
      if (*literal == '\0')
        break;
      if (next == NULL)
        {
          gsize len = strlen (q), tail = strlen (literal);

          if (len <= tail || strcmp (q + len - tail, literal) != 0)
            break;
          end = q + len - tail;
        }
      else if ((end = strstr (q, literal)) == NULL || end == q)
        break;
      if (g_str_equal (name, slot))
        {
          g_free (found);
          found = g_strndup (q, end - q);
        }
      q = end;
      t = close + 1;
    }
  g_free (found);
  return NULL;
}

/* What @question asks about, the owner or the term its template's slot
 * holds, or NULL. */
static char *
owner_of (const char *question)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    for (guint i = 0; i < G_N_ELEMENTS (owner_templates); i++)
      {
        const char *template = ds_lang_get_template (ds_lang_get (codes[l]), owner_templates[i]);
        char *owner;

        if (template == NULL || *template == '{' || strncmp (question, template, strcspn (template, "{")) != 0)
          continue;
        owner = slot_filler (question, template, strstr (template, "{subject}") ? "{subject}" : "{term}");
        if (owner != NULL)
          return owner;
      }
  return NULL;
}

/* "2.1 The Paris Agreement …", "3.4. Coalition politics": a section's
 * number before a capital; its length in bytes, or 0. */
gsize
ds_gate_section_number (const char *text)
{
  const char *p = text;
  guint parts = 0;

  while (g_ascii_isdigit (*p))
    {
      gsize digits = strspn (p, "0123456789");

      if (digits > 2)
        return 0;
      p += digits;
      parts++;
      if (*p != '.' || !g_ascii_isdigit (p[1]))
        break;
      p++;
    }
  if (parts < 2)
    return 0;
  if (*p == '.')
    p++;
  if (*p != ' ')
    return 0;
  while (*p == ' ')
    p++;
  return g_ascii_isupper (*p) ? (gsize) (p - text) : 0;
}

/* The text a blank card quotes — after the frame of a quoting question
 * ("Which fills the blank? …"), or the whole question of a cloze — or
 * NULL when the card blanks nothing. @quoted is quoted_part()'s. */
static const char *
blank_stem (const char *question,
            const char *quoted)
{
  if (quoted != NULL)
    return quoted + strspn (quoted, " ");
  return strstr (question, DS_CARD_BLANK) != NULL ? question : NULL;
}

/* Whether @text (may be NULL) opens on a label of @labels and its colon
 * ("Speaker notes: …", "Word count: …"). */
static gboolean
opens_on_label (const char *text,
                GHashTable *labels)
{
  const char *colon = text != NULL ? strchr (text, ':') : NULL;
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;

  if (colon == NULL)
    return FALSE;
  head = g_strndup (text, colon - text);
  folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
  return g_hash_table_contains (labels, folded);
}

/* "Which fills the blank? NotPetya (2017) → damage of $_____", "Name
 * the three pillars → CIA triad.": a note's arrow in what the card asks
 * joins two halves of a line that no question or stem states whole. An
 * arrow between two words with no space ("Uni Soviet→Rusia") says one
 * became the other, inside a phrase; it joins nothing. */
static gboolean
note_arrow_asked (const char *question)
{
  static const char * const arrows[] = { " \u2192", " \u21D2", " -> ", " => ", " --> " };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    if (strstr (question, arrows[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "What are the council in “Arguments for optimism”?", "What are the
 * ATS in “Related instruments”?", "Apa saja Iran dalam “Studi kasus”?":
 * a list asked by a template that counts its owner as many things
 * ("What are the {subject}", "Apa saja {subject}") whose owner is one
 * thing: in English no word of it before its first preposition or
 * relative is a plural (ends in a lower-case "s" but not "-ss", "-us",
 * "-is", or is one of the phrase list plural_noun) nor after its "of"
 * ("sequence of moves"), in either language it is a single
 * name (a capital or a country's name, no lower-case "s" at its end:
 * "NGOs" are many). */
static gboolean
list_owner_single (const CardTexts *t)
{
  static const char * const codes[] = { "id", "en" };
  static GHashTable *plurals;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      plurals = phrase_set ("plural_noun");
      g_once_init_leave (&ready, 1);
    }
  if (t->kind != DS_CARD_LIST)
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const DsLang *lang = ds_lang_get (codes[l]);
      const char *template = ds_lang_get_template (lang, "question_list");
      const char *in_topic = ds_lang_get_template (lang, "question_list_topic");
      g_autofree char *owner = NULL;
      g_auto (GStrv) words = NULL;
      gboolean plural = FALSE;
      guint n = 0;

      /* (Asked in a heading's section, "… in “{topic}”?", or not.) */
      if (template == NULL || in_topic == NULL ||
          ((owner = slot_filler (t->question.text, in_topic, "{subject}")) == NULL &&
           (owner = slot_filler (t->question.text, template, "{subject}")) == NULL))
        continue;
      words = g_strsplit (owner, " ", -1);
      for (; words[n] != NULL; n++)
        {
          g_autofree char *w = ds_words_fold (words[n], DS_FOLD_STRIP_MARKS);
          gsize len = strlen (words[n]);

          if (n > 0 && (classes (w) & (DS_WORD_PREP | DS_WORD_RELATIVE)) && !(g_str_equal (w, "of") && !plural))
            break;
          /* ("-ss", "-us", "-is": "process", "consensus", "crisis".) */
          plural |= (len > 3 && words[n][len - 1] == 's' && strchr ("siu", words[n][len - 2]) == NULL) ||
                    g_hash_table_contains (plurals, w);
        }
      /* (Indonesian: "dalam" ends the owner before the heading.) */
      if (n == 1 && (g_ascii_isupper (*words[0]) || (classes (words[0]) & DS_WORD_COUNTRY)) && !(strlen (words[0]) > 1 && g_str_has_suffix (words[0], "s") &&
                                                     g_ascii_isupper (words[0][strlen (words[0]) - 2])))
        return TRUE;
      if (g_str_equal (codes[l], "en") && !plural)
        return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* "What is the difference between unlike and LCRs?", "Apa perbedaan
 * verifikasi usia dengan verifikasi?", "Apa perbedaan Indonesia dengan
 * pemerintah?": a contrast whose two sides are no two things — a side of
 * function words alone or the contrast's own cue (phrase list
 * contrast_unlike: a preposition cut off its object), the same
 * words twice, a side of one common word that opens the other (the
 * other's modifier cut off it: "verifikasi berbasis …"), or a country
 * and the bare government word (DS_WORD_GOV), which is that country's. */
static gboolean
contrast_sides_unfit (const CardTexts *t)
{
  static const char * const codes[] = { "id", "en" };
  static GHashTable *unlike;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      unlike = phrase_set ("contrast_unlike");
      g_once_init_leave (&ready, 1);
    }

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char *template = ds_lang_get_template (ds_lang_get (codes[l]), "question_contrast");
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_autofree char *fa = NULL;
      g_autofree char *fb = NULL;
      g_auto (GStrv) wa = NULL;
      g_auto (GStrv) wb = NULL;
      char **one, **other;
      const char *raw_one;

      if (template == NULL || strncmp (t->question.text, template, strcspn (template, "{")) != 0 ||
          (a = slot_filler (t->question.text, template, "{a}")) == NULL ||
          (b = slot_filler (t->question.text, template, "{b}")) == NULL)
        continue;
      fa = ds_words_fold (a, DS_FOLD_STRIP_MARKS);
      fb = ds_words_fold (b, DS_FOLD_STRIP_MARKS);
      wa = g_strsplit (fa, " ", -1);
      wb = g_strsplit (fb, " ", -1);
      if (says_nothing (wa) || says_nothing (wb) || g_str_equal (fa, fb) ||
          g_hash_table_contains (unlike, fa) || g_hash_table_contains (unlike, fb))
        return TRUE;
      one = g_strv_length (wa) <= g_strv_length (wb) ? wa : wb;
      other = one == wa ? wb : wa;
      raw_one = one == wa ? a : b;
      if (g_strv_length (one) == 1 && g_strv_length (other) >= 2 && g_str_equal (one[0], other[0]) &&
          g_ascii_islower (*raw_one))
        return TRUE;
      {
        char **gov = NULL, **country = NULL;
        guint i = 0;

        for (guint s = 0; s < 2; s++)
          {
            char **w = s == 0 ? wa : wb;

            i = (w[0] != NULL && w[1] != NULL && (classes (w[0]) & DS_WORD_DET)) ? 1 : 0;
            if (w[i] != NULL && w[i + 1] == NULL && (classes (w[i]) & DS_WORD_GOV))
              gov = w;
            else if (w[0] != NULL && (classes (w[0]) & DS_WORD_COUNTRY))
              country = w;
          }
        if (gov != NULL && country != NULL)
          return TRUE;
      }
      return FALSE;
    }
  return FALSE;
}

/* "What strengthened Jakarta's hand? — Several factors", "… dapat
 * dilihat dari _____. — beberapa sisi": an answer of a determiner and a
 * generic head alone ("several factors", "beberapa faktor", "many
 * ways") says there are some and not which: the text's next words were
 * the answer. */
static gboolean
answer_only_generic (const CardTexts *t)
{
  char **w = t->answer.words;

  if (t->kind == DS_CARD_LIST || t->kind == DS_CARD_TRUE_FALSE || w == NULL || w[0] == NULL || w[1] == NULL ||
      w[2] != NULL)
    return FALSE;
  return (classes (w[0]) & DS_WORD_DET) && !(classes (w[0]) & DS_WORD_NOUN) && (classes (w[1]) & DS_WORD_GENERIC) &&
         !(classes (w[1]) & DS_WORD_NOUN);
}

/* Check "seam": the words a template joins to the text's do not meet
 * ungrammatically — a note's arrow in the question, a question word before a conjunction ("Di mana
 * ketika Internet Research Agency berbasis?", "Kapan sebagaimana
 * dicatat?", "When while …?": phrase list seam_subordinator), an owner
 * or a term that ends on a preposition or a conjunction ("Sebutkan tiga
 * langkah untuk menurut esai ini.", "What are the reasons for and?"), a
 * quoted stem that opens on a section's number ("2.1 The Paris Agreement,
 * adopted in _____, …"). */
static gboolean
seam_broken (const CardTexts *t)
{
  static GHashTable *subordinators, *openers;
  static gsize ready;
  const char *question = t->question.text;
  const char *quoted = t->quoted;
  const char *text = quoted != NULL ? quoted + strspn (quoted, " ") : question;
  const char *stem = blank_stem (question, quoted);
  g_autofree char **frame_words = NULL;
  char * const *words;
  g_autofree char *owner = NULL;

  if (g_once_init_enter (&ready))
    {
      subordinators = phrase_set ("seam_subordinator");
      openers = phrase_set ("stem_coordinator");
      g_once_init_leave (&ready, 1);
    }
  if (ds_gate_section_number (text) > 0 || note_arrow_asked (question))
    return TRUE;
  /* "_____. Pusat itu menawarkan …" → 2.3: the number blanked. */
  if (g_str_has_prefix (text, DS_CARD_BLANK))
    {
      g_autofree char *numbered = g_strconcat (t->answer.text, " X", NULL);

      if (ds_gate_section_number (numbered) > 0)
        return TRUE;
    }
  /* "And it paid a ransom of about US$_____.", "Dan sejumlah insiden
   * besar …": a stem still opening on the conjunction that tied its
   * sentence to the one before (a cloze's is cut off when it is made)
   * is the second half of a thought the card does not show. Only a pure
   * coordinator counts (phrase list stem_coordinator, part of
   * opening_conj): "So far, …", "Yet …", "Namun, …" open sentences of
   * their own. */
  if (stem != NULL && stem[strcspn (stem, " ,")] != ',')
    {
      g_autofree char *word = g_strndup (stem, strcspn (stem, " ,"));
      g_autofree char *first = ds_words_fold (word, DS_FOLD_STRIP_MARKS);

      if (g_hash_table_contains (openers, first))
        return TRUE;
    }
  /* The question's own words: a sentence it quotes is the text's. */
  if (quoted == NULL && strstr (question, DS_CARD_BLANK) != NULL)
    return FALSE;
  if (quoted != NULL)
    {
      g_autofree char *frame = g_strndup (question, quoted - question);

      frame_words = fold_words (frame);
    }
  words = quoted != NULL ? frame_words : t->question.words;
  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    if ((classes (words[i]) & DS_WORD_QUESTION) && g_hash_table_contains (subordinators, words[i + 1]))
      return TRUE;
  owner = quoted == NULL ? owner_of (question) : NULL;
  if (owner != NULL)
    {
      g_autofree char *folded_owner = ds_words_fold (owner, DS_FOLD_STRIP_MARKS);
      const char *last = strrchr (folded_owner, ' ');
      guint64 c;

      g_autofree char **owner_words = ds_words_split (folded_owner);
      guint n = g_strv_length (owner_words);

      last = last != NULL ? last + 1 : folded_owner;
      c = classes (last);
      /* ("the scams to watch for", "issues to deal with": an English
       * infinitive keeps its preposition at the end.) */
      if ((c & DS_WORD_PREP) && !(c & DS_WORD_NOUN) &&
          ((n >= 3 && g_str_equal (owner_words[n - 3], "to")) || (n >= 4 && g_str_equal (owner_words[n - 4], "to"))))
        return FALSE;
      if ((c & (DS_WORD_PREP | DS_WORD_CONJ | DS_WORD_RELATIVE)) && !(c & DS_WORD_NOUN))
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Check "vague"                                                       */

/* Whether the folded word @w points ("that", "this", "ini", "tersebut"). */
static gboolean
points (const char *w,
        gboolean    after)
{
  static const char * const before_words[] = { "that", "this", "these", "those", "such" };
  static const char * const after_words[] = { "ini", "itu", "tersebut" };
  const char * const *list = after ? after_words : before_words;
  guint n = after ? G_N_ELEMENTS (after_words) : G_N_ELEMENTS (before_words);

  for (guint i = 0; w != NULL && i < n; i++)
    if (g_str_equal (w, list[i]))
      return TRUE;
  return FALSE;
}

/* Whether folded @words up to @end hold a figure. */
static gboolean
figure_before (char * const *words,
               guint         end)
{
  for (guint i = 0; i < end; i++)
    if (strpbrk (words[i], "0123456789") != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @tok, as written, is a bare common word: lower case, no
 * figure, no preposition (a subject with "of …", "for …", a name or a
 * figure is owned). */
static gboolean
bare_word (const char *tok)
{
  g_autofree char *folded = NULL;

  if (!g_ascii_islower (tok[0]) || strpbrk (tok, "0123456789()\"'") != NULL)
    return FALSE;
  folded = ds_words_fold (tok, DS_FOLD_STRIP_MARKS);
  return !(classes (folded) & DS_WORD_PREP);
}

static gboolean
word_in (const char         *w,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp (w, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a question asks of a subject that only its sentence's context
 * owns, in bare common words (no name, figure or preposition to range
 * it): a superlative with nothing it ranges over ("What is the most
 * obvious one?", "What was the most common response?", "When was the most
 * cited report adopted?": of what?), "another …" ("By whom was another
 * group led?": other than what?). English only: an Indonesian ranked
 * subject ("Apa sektor yang paling sering menjadi sasaran?") reads as the
 * report's own ranking (passage 145). */
static gboolean
context_subject_asked (const char *question)
{
  static const char * const be[] = { "was", "were", "is", "are", NULL };
  static const char * const ranks[] = { "most", "least", "best", "worst", NULL };
  static const char * const asks_en[] = { "what", "who", "which", NULL };
  g_autofree char *stem = g_strndup (question, strcspn (question, "<"));
  g_auto(GStrv) toks = NULL;
  guint n, i = 0;

  if (!g_str_has_suffix (stem, "?"))
    return FALSE;
  stem[strlen (stem) - 1] = '\0';
  toks = g_strsplit (g_strstrip (stem), " ", -1);
  n = g_strv_length (toks);
  if (n < 3)
    return FALSE;
  /* English passive: "By whom|When|Where was another … / the most … VERBed". */
  if (g_str_equal (toks[0], "By") && g_str_equal (toks[1], "whom"))
    i = 2;
  else if (g_str_equal (toks[0], "When") || g_str_equal (toks[0], "Where"))
    i = 1;
  if (i > 0 && n >= i + 3 && n <= i + 7 && word_in (toks[i], be) &&
      (g_str_equal (toks[i + 1], "another") ||
       (g_str_equal (toks[i + 1], "the") && n >= i + 5 && word_in (toks[i + 2], ranks))) &&
      g_ascii_islower (toks[n - 1][0]))
    {
      gboolean bare = TRUE;

      for (guint k = i + 2; bare && k < n - 1; k++)
        bare = bare_word (toks[k]);
      if (bare)
        return TRUE;
    }
  /* English superlative: "What is the most ADJ N?" with no range. */
  if (n >= 5 && n <= 8 && word_in (toks[0], asks_en) && word_in (toks[1], be) && g_str_equal (toks[2], "the") &&
      word_in (toks[3], ranks))
    {
      gboolean bare = TRUE;

      for (guint k = 3; bare && k < n; k++)
        bare = bare_word (toks[k]);
      if (bare)
        return TRUE;
    }
  return FALSE;
}

/* Check "vague": a question leans on a figure or an aim it does not
 * name — a measure pointed at with no figure before it on the card
 * ("That figure is expected to double by _____", "Angka tersebut …":
 * phrase list vague_measure), one the question's own words leave bare
 * ("What does the amount cover?": "the amount" of nothing), the aim of a
 * country or a government alone ("What is the aim of Indonesia?", "Apa
 * tujuan Indonesia?": in what?), a subject only its context ranges
 * ("What is the most obvious one?": context_subject_asked()). */
/* "Estimates range from ten to _____", "Perkiraan berkisar antara … _____":
 * a stem that opens on a bare plural of guessing (phrase list
 * vague_estimate) and goes straight on to its verb names neither what is
 * estimated nor who estimates; "Estimates of the cost …", "Proyeksi Bank
 * Dunia …" name it. */
static gboolean
estimate_unowned (const char *question)
{
  static GHashTable *estimates;
  static gsize ready;
  const char *p = question, *w;
  g_autofree char *first = NULL;
  g_autofree char *next = NULL;

  if (g_once_init_enter (&ready))
    {
      estimates = phrase_set ("vague_estimate");
      g_once_init_leave (&ready, 1);
    }
  if (strstr (question, DS_CARD_BLANK) == NULL)
    return FALSE;
  /* (A choice's stem after its frame's question: "Which fills the
   * blank? Estimates …".) */
  if ((w = strstr (question, "? ")) != NULL && w < strstr (question, DS_CARD_BLANK))
    p = w + 2;
  while (*p == ' ' || *p == '"' || *p == '*')
    p++;
  for (w = p; g_ascii_isalpha (*p); p++)
    ;
  first = g_ascii_strdown (w, p - w);
  if (*p != ' ' || !g_hash_table_contains (estimates, first))
    return FALSE;
  for (w = ++p; g_ascii_isalpha (*p); p++)
    ;
  if (p == w || g_ascii_isupper (*w))
    return FALSE;
  next = g_ascii_strdown (w, p - w);
  return !(classes (next) & (DS_WORD_PREP | DS_WORD_DET | DS_WORD_NAME_NOUN)) && !g_str_equal (next, "the");
}

static gboolean
vague_asked (const CardTexts *t)
{
  static GHashTable *measures;
  static gsize ready;
  static const char * const codes[] = { "id", "en" };
  const char *question = t->question.text;
  const char *quoted = t->quoted;
  char * const *words = t->question.words;
  gboolean own = quoted == NULL && strstr (question, DS_CARD_BLANK) == NULL;

  if (g_once_init_enter (&ready))
    {
      measures = phrase_set ("vague_measure");
      g_once_init_leave (&ready, 1);
    }
  if (estimate_unowned (question))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *next = words[i + 1];
      gboolean pointed, bare;

      if (!g_hash_table_contains (measures, words[i]))
        continue;
      /* ("measures that amount to a ban": a verb's "that".) */
      pointed = (i > 0 && points (words[i - 1], FALSE) && !(next != NULL && g_str_equal (next, "to"))) ||
                points (next, TRUE);
      /* ("the figure given for export losses" names what it counts.) */
      bare = own && i > 0 && g_str_equal (words[i - 1], "the");
      for (guint k = i + 1; bare && words[k] != NULL; k++)
        bare = !(classes (words[k]) & DS_WORD_PREP);
      if ((pointed || bare) && !figure_before (words, i))
        return TRUE;
    }
  if (!own)
    return FALSE;
  if (context_subject_asked (question))
    return TRUE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char *template = ds_lang_get_template (ds_lang_get (codes[l]), "question_statement_aim");
      g_autofree char *subject = template != NULL ? slot_filler (question, template, "{subject}") : NULL;
      g_autofree char **parts = NULL;
      gboolean actor = FALSE, other = FALSE;

      if (subject == NULL)
        continue;
      parts = fold_words (subject);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint64 c = classes (parts[i]);

          if (c & (DS_WORD_COUNTRY | DS_WORD_GOV))
            actor = TRUE;
          else if (content_word (parts[i]) && !(c & DS_WORD_DET))
            other = TRUE;
        }
      return actor && !other;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Check "debris"                                                      */

/* Words a courtesy has at most ("Terima kasih, Bapak Ketua"). */
#define COURTESY_MAX_WORDS 6

/* Whether @text, folded, is a courtesy and no more ("Thank you", "Madam
 * Chair", "Terima kasih, Ibu Ketua"): every word of it in phrases of
 * courtesy_formula. */
static gboolean
courtesy_only (const Folded *text)
{
  static GHashTable *formulas;
  static gsize ready;
  char * const *words = text->words;
  guint i = 0, n, spaces = 0;

  /* A courtesy is short: most answers are not read further. */
  for (const char *p = text->text; *p != '\0' && spaces <= COURTESY_MAX_WORDS; p++)
    spaces += *p == ' ';
  if (spaces >= COURTESY_MAX_WORDS)
    return FALSE;
  n = g_strv_length ((char **) words);

  if (g_once_init_enter (&ready))
    {
      formulas = phrase_set ("courtesy_formula");
      g_once_init_leave (&ready, 1);
    }
  if (n == 0)
    return FALSE;
  while (i < n)
    {
      guint len;

      for (len = MIN (n - i, 4); len > 0; len--)
        if (joined_in (formulas, (const char * const *) words + i, len))
          break;
      if (len == 0)
        return FALSE;
      i += len;
    }
  return TRUE;
}

/* "MAYA LESTARI (First Proposition) …", "DUTA BESAR HARTONO: …": two
 * words or more in capitals, of four letters or more each, before a
 * bracket or a colon — a speaker's label. */
static gboolean
opens_on_speaker (const char *text)
{
  const char *p = text;
  guint n = 0;

  while (*p == ' ')
    p++;
  for (;;)
    {
      gsize len = 0;

      while (g_ascii_isupper (p[len]))
        len++;
      if (len < 4 || (p[len] != ' ' && p[len] != ':'))
        return FALSE;
      n++;
      p += len;
      if (*p == ':')
        return n >= 2;
      p++;
      if (*p == '(')
        return n >= 2;
    }
}

/* Check "debris": the document's structure asked as its content — a
 * list whose owner is the document's apparatus ("What are the reading for
 * next week?", "Apa saja uraian materi …?": phrase list debris_owner; so
 * is a "Key takeaways", "Key points" or "Ringkasan" box asked in the
 * title: the document's own points, not a list a learner can name), an answer or
 * an item that is a courtesy ("Thank you", "Madam Chair": phrase list
 * courtesy_formula) or opens on a label and its colon ("Speaker notes:
 * …": metadata_label, speaker_notes_label), a lead that opens on a speaker's label ("Complete:
 * MAYA LESTARI (First Proposition) …"). */
static gboolean
debris_asked (const CardTexts *t)
{
  static GHashTable *owners, *labels;
  static gsize ready;
  const char *question = t->question.text;
  const char *quoted = t->quoted;
  g_autofree char *owner = NULL;

  if (g_once_init_enter (&ready))
    {
      owners = phrase_set ("debris_owner");
      labels = phrase_set ("metadata_label");
      /* (A slide's notes are read as prose, past their label.) */
      {
        g_autoptr(GHashTable) notes = phrase_set ("speaker_notes_label");
        GHashTableIter iter;
        gpointer label;

        g_hash_table_iter_init (&iter, notes);
        while (g_hash_table_iter_next (&iter, &label, NULL))
          g_hash_table_add (labels, g_strdup (label));
      }
      g_once_init_leave (&ready, 1);
    }
  if (quoted != NULL && opens_on_speaker (quoted))
    return TRUE;
  /* "Word count: approximately _____", "Lokasi: _____": a blank in a
   * line of the document's metadata, by its label. */
  if (opens_on_label (blank_stem (question, quoted), labels))
    return TRUE;
  for (guint i = 0; i < t->n_answers; i++)
    if (courtesy_only (t->answers[i]) || opens_on_label (t->answers[i]->text, labels))
      return TRUE;
  /* ("What is meant by reading for next week?": a term is a list's
   * owner's kind of debris too.) */
  if (t->kind != DS_CARD_LIST && t->kind != DS_CARD_MULTIPLE_CHOICE && t->kind != DS_CARD_DEFINITION)
    return FALSE;
  owner = quoted == NULL ? owner_of (question) : NULL;
  if (owner != NULL)
    {
      g_autofree char *folded = ds_words_fold (owner, DS_FOLD_STRIP_MARKS);
      const char *p = folded;

      /* "the key takeaways", "three readings": past a count or an article. */
      for (;;)
        {
          g_autofree char *first = g_strndup (p, strcspn (p, " "));

          if (p[strlen (first)] != ' ' || !(classes (first) & (DS_WORD_COUNT | DS_WORD_DET)))
            break;
          p += strlen (first) + 1;
        }
      if (starts_with_phrase (p, owners))
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* A card's texts, folded once                                         */

static void
folded_init (Folded     *f,
             const char *text)
{
  f->text = text;
  f->folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  f->words = ds_words_split (f->folded);
}

static void
folded_clear (Folded *f)
{
  g_free (f->folded);
  g_free (f->words);
}

static Folded *
folded_all (const char * const *texts,
            guint              *n)
{
  Folded *out;

  *n = g_strv_length ((char **) texts);
  out = g_new (Folded, MAX (*n, 1));
  for (guint i = 0; i < *n; i++)
    folded_init (&out[i], texts[i]);
  return out;
}

static void
card_texts_init (CardTexts *t,
                 DsCard    *card)
{
  const char *blank;
  guint n_all;

  t->card = card;
  t->kind = ds_card_get_kind (card);
  folded_init (&t->question, ds_card_get_question (card));
  t->quoted = quoted_part (t->question.text);
  if (t->quoted != NULL)
    folded_init (&t->quoted_f, t->quoted);
  blank = strstr (t->question.text, DS_CARD_BLANK);
  if (blank != NULL)
    {
      g_autofree char *head = g_strndup (t->question.text, blank - t->question.text);

      t->before_blank = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
    }
  folded_init (&t->answer, ds_card_get_answer (card));
  t->items = folded_all (ds_card_get_items (card), &t->n_items);
  t->answers = g_new (const Folded *, t->n_items + 1);
  for (guint i = 0; i < t->n_items; i++)
    t->answers[t->n_answers++] = &t->items[i];
  if (t->n_answers == 0 && t->kind != DS_CARD_TRUE_FALSE)
    t->answers[t->n_answers++] = &t->answer;
  if (t->kind == DS_CARD_MULTIPLE_CHOICE)
    t->choices = folded_all (ds_card_get_choices (card), &t->n_choices);
  /* (A fold reads each character on its own, and a space between two
   * texts only parts their words: the question's words, then each
   * answer's, are the words of them all joined, folded.) */
  n_all = g_strv_length (t->question.words);
  for (guint i = 0; i < t->n_answers; i++)
    n_all += g_strv_length (t->answers[i]->words);
  t->all = g_new (char *, n_all + 1);
  n_all = 0;
  for (char **w = t->question.words; *w != NULL; w++)
    t->all[n_all++] = *w;
  for (guint i = 0; i < t->n_answers; i++)
    for (char **w = t->answers[i]->words; *w != NULL; w++)
      t->all[n_all++] = *w;
  t->all[n_all] = NULL;
}

static void
card_texts_clear (CardTexts *t)
{
  folded_clear (&t->question);
  if (t->quoted != NULL)
    folded_clear (&t->quoted_f);
  g_free (t->before_blank);
  folded_clear (&t->answer);
  for (guint i = 0; i < t->n_items; i++)
    folded_clear (&t->items[i]);
  g_free (t->items);
  g_free (t->answers);
  for (guint i = 0; i < t->n_choices; i++)
    folded_clear (&t->choices[i]);
  g_free (t->choices);
  g_free (t->all);
}

guint
ds_gate_check_card (DsCard *card)
{
  CardTexts texts = { 0 };
  const CardTexts *t = &texts;
  guint failed;

  g_return_val_if_fail (DS_IS_CARD (card), 0);

  card_texts_init (&texts, card);
  failed = answers_failures (t);
  if (!question_head_ok (t))
    failed |= 1u << DS_GATE_QUESTION_HEAD;
  if (self_answer (t))
    failed |= 1u << DS_GATE_SELF_ANSWER;
  if (!referent_ok (t))
    failed |= 1u << DS_GATE_REFERENT;
  if (ds_card_get_kind (card) == DS_CARD_MULTIPLE_CHOICE)
    {
      failed |= choices_ok (t) ? 0 : 1u << DS_GATE_CHOICES;
      failed |= choice_types_ok (card) ? 0 : 1u << DS_GATE_CHOICE_TYPES;
      failed |= choice_lengths_ok (t) ? 0 : 1u << DS_GATE_CHOICE_LENGTHS;
    }
  if (ds_card_get_kind (card) == DS_CARD_TRUE_FALSE && !true_false_ok (card))
    failed |= 1u << DS_GATE_TRUE_FALSE;
  if (ds_card_get_kind (card) == DS_CARD_LIST && !count_honest (card))
    failed |= 1u << DS_GATE_COUNT_HONEST;
  if (short_form_asked (t))
    failed |= 1u << DS_GATE_SHORT_FORM;
  if (alias_span_cut (t))
    failed |= 1u << DS_GATE_ALIAS_SPAN;
  if (asks_furniture (t))
    failed |= 1u << DS_GATE_FURNITURE;
  if (ds_card_get_kind (card) == DS_CARD_LIST && (items_are_questions (t) || items_are_aims (t)))
    failed |= 1u << DS_GATE_QUESTION_ITEMS;
  if (blank_cuts_partitive (card) || blank_cuts_bracket (card))
    failed |= 1u << DS_GATE_BLANK_SPAN;
  if (ds_card_get_kind (card) == DS_CARD_LIST && items_are_references (card))
    failed |= 1u << DS_GATE_REFERENCE_ITEMS;
  if (stem_gives_figure (t))
    failed |= 1u << DS_GATE_STEM_GIVEAWAY;
  if (blank_trivial (t))
    failed |= 1u << DS_GATE_TRIVIAL_BLANK;
  if (seam_broken (t) || list_owner_single (t) || contrast_sides_unfit (t))
    failed |= 1u << DS_GATE_SEAM;
  if (vague_asked (t) || answer_only_generic (t))
    failed |= 1u << DS_GATE_VAGUE;
  if (debris_asked (t))
    failed |= 1u << DS_GATE_DEBRIS;
  card_texts_clear (&texts);
  return failed;
}
