/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-generator.h"
#include "ds-quiz-class.h"

/*
 * A class quiz from the cards of a scope. The generator makes several
 * cards of one claim for self-study (a list to recall and a multiple
 * choice on it; a definition, a true/false and a multiple choice); a class
 * answers each claim once, with a letter. Wrong options for the cards the
 * generator left open come from the other cards of the deck, of the same
 * kind and language, never from the claim itself.
 */

#define N_WRONG       3   /* with the right one, the A–D of a slide */
#define MIN_WRONG     2
#define MAX_OPTION_LENGTH 200

/* Siblings */

static gboolean
has_span (DsCard *card)
{
  return ds_card_get_source_end (card) > ds_card_get_source_start (card);
}

gboolean
ds_quiz_cards_are_siblings (DsCard *a,
                            DsCard *b)
{
  g_return_val_if_fail (DS_IS_CARD (a), FALSE);
  g_return_val_if_fail (DS_IS_CARD (b), FALSE);

  if (a == b || !has_span (a) || !has_span (b) ||
      g_strcmp0 (ds_card_get_essay_id (a), ds_card_get_essay_id (b)) != 0)
    return FALSE;
  return ds_card_get_source_start (a) < ds_card_get_source_end (b) &&
         ds_card_get_source_start (b) < ds_card_get_source_end (a);
}

gboolean
ds_quiz_card_is_tallyable (DsCard *card)
{
  const char * const *choices;
  int correct;

  g_return_val_if_fail (DS_IS_CARD (card), FALSE);

  choices = ds_card_get_choices (card);
  correct = ds_card_get_correct_choice (card);
  return choices != NULL && choices[0] != NULL && choices[1] != NULL &&
         correct >= 0 && (guint) correct < g_strv_length ((char **) choices);
}

/* Which cards a class is asked */

static char *
right_choice_normalized (DsCard *card)
{
  const char * const *choices = ds_card_get_choices (card);

  return ds_generator_normalize (choices[ds_card_get_correct_choice (card)]);
}

static gboolean
contains_normalized (const char *text,
                     const char *norm_part)
{
  g_autofree char *norm = ds_generator_normalize (text ? text : "");

  return *norm_part != '\0' && strstr (norm, norm_part) != NULL;
}

/* Whether @tallyable, a sibling, already asks what @card asks: a multiple
 * choice whose right option is @card's answer or one of its items, or a
 * true/false stating a definition. */
static gboolean
asks_the_same (DsCard *tallyable,
               DsCard *card)
{
  g_autofree char *right = right_choice_normalized (tallyable);
  g_autofree char *answer = ds_generator_normalize (ds_card_get_answer (card));
  const char * const *items = ds_card_get_items (card);
  DsCardKind kind = ds_card_get_kind (card);

  if (ds_card_get_kind (tallyable) == DS_CARD_TRUE_FALSE)
    return kind == DS_CARD_DEFINITION &&
           contains_normalized (ds_card_get_answer (tallyable), answer);
  if (kind == DS_CARD_TRUE_FALSE)
    return contains_normalized (ds_card_get_answer (card), right);
  if (contains_normalized (ds_card_get_answer (card), right))
    return TRUE;
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (contains_normalized (items[i], right))
      return TRUE;
  return FALSE;
}

/* A card is left out when a tallyable sibling asks the same; a multiple
 * choice is always asked. */
static gboolean
covered (GPtrArray *cards,
         DsCard    *card)
{
  if (ds_card_get_kind (card) == DS_CARD_MULTIPLE_CHOICE)
    return FALSE;
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *other = cards->pdata[i];

      if (ds_quiz_card_is_tallyable (other) && ds_quiz_cards_are_siblings (card, other) &&
          ds_card_get_kind (other) != ds_card_get_kind (card) &&
          asks_the_same (other, card))
        return TRUE;
    }
  return FALSE;
}

/* Wording */

/* Questions are content in the essay's language; the generator's English
 * questions start with one of these words. */
static gboolean
is_english (DsCard *card)
{
  static const char * const starts[] = {
    "Name ", "What ", "Which ", "Who ", "Complete", "True or false", "How ", "When ",
    "Where ", "Why ",
  };
  const char *question = ds_card_get_question (card);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (question, starts[i]))
      return TRUE;
  return FALSE;
}

typedef struct {
  const char *from;
  const char *to;
} Rewrite;

static const Rewrite list_rewrites[] = {
  { "Sebutkan contoh ", "Manakah salah satu contoh " },
  { "Sebutkan ", "Manakah salah satu dari " },
  { "Apa saja yang ", "Manakah salah satu yang " },
  { "Apa saja ", "Manakah salah satu " },
  { "Name the examples of ", "Which of these is one of the examples of " },
  { "Name the ", "Which of these is one of the " },
  { "What are the ", "Which of these is one of the " },
  { "What does ", "Which of these does " },
};

/* "…." or "…?" → "…?" */
static char *
as_question (const char *head,
             const char *rest)
{
  g_autofree char *text = g_strconcat (head, rest, NULL);
  gsize len = strlen (text);

  if (len > 0 && (text[len - 1] == '.' || text[len - 1] == '?'))
    text[len - 1] = '\0';
  return g_strconcat (text, "?", NULL);
}

/* A list question asked for one item: "Which of these is one of …?" */
static char *
one_of_question (DsCard *card)
{
  const char *question = ds_card_get_question (card);
  gboolean english = is_english (card);
  const char *colon = strstr (question, ": ");

  for (guint i = 0; i < G_N_ELEMENTS (list_rewrites); i++)
    if (g_str_has_prefix (question, list_rewrites[i].from))
      return as_question (list_rewrites[i].to, question + strlen (list_rewrites[i].from));
  /* "Lengkapi: … …" / "Complete: … …": the sentence stays open. */
  if (colon != NULL && (g_str_has_prefix (question, "Lengkapi") ||
                        g_str_has_prefix (question, "Complete")))
    return g_strconcat (english ? "Which of these can complete the sentence? "
                                : "Manakah yang dapat melengkapi kalimat ini? ",
                        colon + 2, NULL);
  return g_strconcat (english ? "Which of these is one answer to: "
                              : "Manakah salah satu jawaban untuk: ",
                      question, NULL);
}

/* Wrong options */

typedef struct {
  DsCard     *card;
  const char *text;
  guint       order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  return ca->order < cb->order ? -1 : ca->order > cb->order;
}

/* The kinds whose answers can stand beside @kind's as options. */
static gboolean
same_answer_kind (DsCardKind kind,
                  DsCardKind other)
{
  if (kind == DS_CARD_FACT || kind == DS_CARD_CLOZE)
    return other == DS_CARD_FACT || other == DS_CARD_CLOZE;
  return kind == other;
}

static void
add_candidates (GArray *candidates,
                DsCard *card,
                DsCard *other)
{
  const char * const *items = ds_card_get_items (other);

  if (ds_card_get_kind (card) != DS_CARD_LIST)
    {
      Candidate c = { other, ds_card_get_answer (other), 0 };

      g_array_append_val (candidates, c);
      return;
    }
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      Candidate c = { other, items[i], 0 };

      g_array_append_val (candidates, c);
    }
}

/* Every text of @pool that could be a wrong option for @card, in an order
 * fixed by the card, so that the same deck gives the same quiz. */
static GArray *
candidates_for (DsCard    *card,
                GPtrArray *pool)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  gboolean english = is_english (card);

  for (guint i = 0; i < pool->len; i++)
    {
      DsCard *other = pool->pdata[i];

      if (other != card && !ds_quiz_cards_are_siblings (card, other) &&
          same_answer_kind (ds_card_get_kind (card), ds_card_get_kind (other)) &&
          is_english (other) == english)
        add_candidates (candidates, card, other);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      g_autofree char *key = g_strconcat (ds_card_get_id (card), "\n", c->text, NULL);

      c->order = g_str_hash (key);
    }
  g_array_sort (candidates, compare_candidates);
  return candidates;
}

/* The right answers of @card: its items, or its answer. */
static GPtrArray *
right_answers (DsCard *card)
{
  GPtrArray *rights = g_ptr_array_new ();
  const char * const *items = ds_card_get_items (card);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_ptr_array_add (rights, (gpointer) items[i]);
  if (rights->len == 0)
    g_ptr_array_add (rights, (gpointer) ds_card_get_answer (card));
  return rights;
}

static gboolean
shares_with_any (const char *text,
                 GPtrArray  *texts)
{
  for (guint i = 0; i < texts->len; i++)
    if (ds_generator_shares_content_word (text, texts->pdata[i]))
      return TRUE;
  return FALSE;
}

/* A wrong option must look like an answer (a number for a number), must
 * not overlap a right answer or an option taken already, and must not
 * stand in the card's own sentence or question, where it might be right. */
static gboolean
fits_as_wrong (DsCard     *card,
               const char *text,
               GPtrArray  *rights,
               GPtrArray  *taken)
{
  g_autofree char *norm = ds_generator_normalize (text);
  const char *right = rights->pdata[0];

  if (*norm == '\0' || strlen (text) > MAX_OPTION_LENGTH ||
      g_ascii_isdigit (text[0]) != g_ascii_isdigit (right[0]))
    return FALSE;
  if (shares_with_any (text, rights) || shares_with_any (text, taken))
    return FALSE;
  return !contains_normalized (ds_card_get_source_text (card), norm) &&
         !contains_normalized (ds_card_get_question (card), norm);
}

/* Up to N_WRONG wrong options for @card from @pool. */
static GPtrArray *
pick_wrong (DsCard    *card,
            GPtrArray *pool)
{
  g_autoptr(GArray) candidates = candidates_for (card, pool);
  g_autoptr(GPtrArray) rights = right_answers (card);
  GPtrArray *taken = g_ptr_array_new ();

  if (*(const char *) rights->pdata[0] == '\0')
    return taken;
  for (guint i = 0; i < candidates->len && taken->len < N_WRONG; i++)
    {
      const char *text = g_array_index (candidates, Candidate, i).text;

      if (fits_as_wrong (card, text, rights, taken))
        g_ptr_array_add (taken, (gpointer) text);
    }
  return taken;
}

/* Multiple choice from an open card */

/* The question @card asks with options, or NULL when it needs none. */
static char *
choice_question (DsCard *card)
{
  switch (ds_card_get_kind (card))
    {
    case DS_CARD_LIST:
      return one_of_question (card);
    case DS_CARD_DEFINITION:
    case DS_CARD_FACT:
    case DS_CARD_CLOZE:
      return g_strdup (ds_card_get_question (card));
    case DS_CARD_TRUE_FALSE:
    case DS_CARD_MULTIPLE_CHOICE:
    default:
      return NULL;
    }
}

/* The right option: for a list, one of its items, picked by the card. */
static const char *
right_option (DsCard *card)
{
  const char * const *items = ds_card_get_items (card);
  guint n = items ? g_strv_length ((char **) items) : 0;

  if (n > 0)
    return items[g_str_hash (ds_card_get_id (card)) % n];
  return ds_card_get_answer (card);
}

static DsCard *
choice_card (DsCard     *card,
             const char *question,
             GPtrArray  *wrong)
{
  g_autofree char *id = g_strconcat (ds_card_get_id (card), ":class", NULL);
  const char *right = right_option (card);
  g_autofree const char **choices = g_new0 (const char *, wrong->len + 2);
  guint correct = g_str_hash (id) % (wrong->len + 1);
  DsCard *choice;

  for (guint i = 0, k = 0; i <= wrong->len; i++)
    choices[i] = i == correct ? right : wrong->pdata[k++];
  choice = ds_card_new (id, ds_card_get_essay_id (card), DS_CARD_MULTIPLE_CHOICE,
                        question, right);
  ds_card_set_choices (choice, choices, (int) correct);
  ds_card_set_source (choice, ds_card_get_source_start (card), ds_card_get_source_end (card),
                      ds_card_get_source_text (card));
  ds_card_set_topic (choice, ds_card_get_topic (card));
  return choice;
}

/* @card as the class is asked it: with options where the deck gives
 * enough wrong ones, else as it is (a discussion). */
static DsCard *
class_question (DsCard    *card,
                GPtrArray *pool)
{
  g_autofree char *question = NULL;
  g_autoptr(GPtrArray) wrong = NULL;

  if (ds_quiz_card_is_tallyable (card))
    return g_object_ref (card);
  question = choice_question (card);
  if (question == NULL)
    return g_object_ref (card);
  wrong = pick_wrong (card, pool);
  if (wrong->len < MIN_WRONG)
    return g_object_ref (card);
  return choice_card (card, question, wrong);
}

/* Order */

static gboolean
fits_between (GPtrArray *order,
              guint      at,
              DsCard    *card)
{
  return (at == 0 || !ds_quiz_cards_are_siblings (order->pdata[at - 1], card)) &&
         (at == order->len || !ds_quiz_cards_are_siblings (order->pdata[at], card));
}

/* A card that could not follow the last one goes into the first gap
 * between two cards that are not its siblings; with none, it is left out:
 * asking one sentence twice in a row gives the second answer away. */
static void
insert_apart (GPtrArray *order,
              DsCard    *card)
{
  for (guint at = 0; at <= order->len; at++)
    if (fits_between (order, at, card))
      {
        g_ptr_array_insert (order, at, g_object_ref (card));
        return;
      }
  g_debug ("Class quiz: %s left out, only its siblings are left", ds_card_get_id (card));
}

/* Source order as far as it goes: each next card is the first left that
 * is not a sibling of the one before. */
static GPtrArray *
spread_siblings (GPtrArray *cards)
{
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) left = g_ptr_array_sized_new (cards->len);

  /* Borrowed: @cards holds the references. */
  g_ptr_array_extend (left, cards, NULL, NULL);

  while (left->len > 0)
    {
      DsCard *last = order->len ? order->pdata[order->len - 1] : NULL;
      guint i = 0;

      while (last != NULL && i < left->len && ds_quiz_cards_are_siblings (last, left->pdata[i]))
        i++;
      if (i < left->len)
        g_ptr_array_add (order, g_object_ref (left->pdata[i]));
      else
        insert_apart (order, left->pdata[i = 0]);
      g_ptr_array_remove_index (left, i);
    }
  return order;
}

GPtrArray *
ds_quiz_class_cards (GPtrArray *cards,
                     GPtrArray *pool)
{
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (cards != NULL, NULL);

  for (guint i = 0; i < cards->len; i++)
    if (!covered (cards, cards->pdata[i]))
      g_ptr_array_add (asked, class_question (cards->pdata[i], pool ? pool : cards));
  return spread_siblings (asked);
}
