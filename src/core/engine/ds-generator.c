/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Card generation: every claim becomes one or more cards — a list to recall,
 * a definition, a fact or cloze, and, where other claims of the same kind
 * exist, a true/false and a multiple-choice card whose distractors come from
 * those claims. Distractors are picked from per-kind pools by a hash of the
 * card, a handful of probes at most, so the choice is deterministic and
 * costs O(1) per card; duplicates are caught by hash tables. Nothing here
 * is quadratic in the number of claims.
 *
 * This file words the cards; ds-generator-distractors.c keeps the pools and
 * picks the distractors.
 */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-generator-private.h"
#include "ds-words.h"

#define POOLS(gen, claim) (&(gen)->by_language[(claim)->english ? 1 : 0])

typedef struct {
  GPtrArray        *cards;
  GHashTable       *ids;            /* card ids made so far */
  GHashTable       *questions;      /* essay id + normalised question */
  DsGeneratorPools  by_language[2]; /* Indonesian, English: distractors never mix them */
  GString          *buf;
} Gen;

/* ------------------------------------------------------------------ */
/* Normalising and ids                                                 */

/* The core's one normaliser; card ids are the SHA-1 of its result, so this
 * is ds_words_fold() without flags and nothing else. */
char *
ds_generator_normalize (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return ds_words_fold (text, DS_FOLD_NONE);
}

char *
ds_generator_card_id (const char *essay_id,
                      DsCardKind  kind,
                      const char *claim_text)
{
  g_autofree char *norm = NULL;
  g_autofree char *sha = NULL;

  g_return_val_if_fail (essay_id != NULL, NULL);
  g_return_val_if_fail (claim_text != NULL, NULL);

  norm = ds_generator_normalize (claim_text);
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA1, norm, -1);
  return g_strdup_printf ("%s:%s:%.12s", essay_id, ds_card_kind_to_string (kind), sha);
}

/* TRUE when @n (normalised) stands as whole words in @h (normalised). */
static gboolean
gives_away (const char *h,
            const char *n)
{
  gsize len = strlen (n);
  const char *at;

  if (len == 0)
    return FALSE;
  for (at = strstr (h, n); at != NULL; at = strstr (at + 1, n))
    if ((at == h || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

/* An answer that says nothing: empty, or a lone function word. @norm is
 * normalised. Distractors are held to the same rule. */
gboolean
ds_generator_is_empty_normalized (const char *norm)
{
  static const char * const stop[] = {
    "", "dan", "yang", "di", "ke", "dari", "ini", "itu", "atau", "the", "a",
    "an", "of", "and", "or", "to", "in",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (stop); i++)
    if (strcmp (norm, stop[i]) == 0)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Cards                                                               */

static char *
capitalized (const char *text)
{
  char *out = g_strdup (text);

  if (g_ascii_islower (out[0]))
    out[0] = g_ascii_toupper (out[0]);
  return out;
}

/* A card whose answer says nothing, or whose question states its answer
 * (a list's or a true/false card's question may name what it asks for). */
static gboolean
answer_useless (DsCard *card)
{
  g_autofree char *norm_answer = ds_generator_normalize (ds_card_get_answer (card));
  DsCardKind kind = ds_card_get_kind (card);
  g_autofree char *norm_question = NULL;

  if (ds_generator_is_empty_normalized (norm_answer))
    return TRUE;
  if (kind == DS_CARD_LIST || kind == DS_CARD_TRUE_FALSE)
    return FALSE;

  norm_question = ds_generator_normalize (ds_card_get_question (card));
  return gives_away (norm_question, norm_answer);
}

/* Takes the card's id and question, unless either is taken already. */
static gboolean
take_id_and_question (Gen           *gen,
                      DsCard        *card,
                      const DsClaim *claim)
{
  g_autofree char *qkey = g_strconcat (claim->essay_id, "\n", ds_card_get_question (card), NULL);

  if (g_hash_table_contains (gen->ids, ds_card_get_id (card)) ||
      g_hash_table_contains (gen->questions, qkey))
    return FALSE;

  g_hash_table_add (gen->ids, g_strdup (ds_card_get_id (card)));
  g_hash_table_add (gen->questions, g_steal_pointer (&qkey));
  return TRUE;
}

/* Registers a card unless its id or its question is taken; takes @card. */
static DsCard *
emit (Gen           *gen,
      DsCard        *card,
      const DsClaim *claim)
{
  if (answer_useless (card) || !take_id_and_question (gen, card, claim))
    {
      g_object_unref (card);
      return NULL;
    }

  ds_card_set_source (card, claim->start, claim->end, claim->sentence);
  ds_card_set_topic (card, claim->topic);
  g_ptr_array_add (gen->cards, card);
  return card;
}

static DsCard *
card_new (const DsClaim *claim,
          DsCardKind     kind,
          const char    *id_text,
          const char    *question,
          const char    *answer)
{
  g_autofree char *id = ds_generator_card_id (claim->essay_id, kind, id_text);

  return ds_card_new (id, claim->essay_id, kind, question, answer);
}

static gboolean
question_taken (Gen           *gen,
                const DsClaim *claim,
                const char    *question)
{
  g_autofree char *qkey = g_strconcat (claim->essay_id, "\n", question, NULL);

  return g_hash_table_contains (gen->questions, qkey);
}

/* A multiple-choice card: the right answer at a position the hash picks. */
static void
emit_choice (Gen           *gen,
             const DsClaim *claim,
             const char    *question,
             const char    *right,
             const char   **distractors,
             guint          n)
{
  const char *choices[N_DISTRACTORS + 2] = { NULL };
  g_autofree char *id_text = g_strconcat (question, "\n", right, NULL);
  guint correct, k = 0;
  DsCard *card;

  if (n < 2 || question_taken (gen, claim, question))
    return;

  correct = g_str_hash (id_text) % (n + 1);
  for (guint i = 0; i <= n; i++)
    choices[i] = i == correct ? right : distractors[k++];

  card = card_new (claim, DS_CARD_MULTIPLE_CHOICE, id_text, question, right);
  ds_card_set_choices (card, choices, (int) correct);
  emit (gen, card, claim);
}

/* ---- Lists ---- */

static char *
list_question (const DsClaim *claim)
{
  const char *subject = claim->subject;
  gboolean en = claim->english;
  const char *yang;

  switch (claim->form)
    {
    case DS_LIST_FORM_NAMING:
      if (claim->count_word != NULL)
        return g_strdup_printf (en ? "Name the %s %s according to the essay."
                                   : "Sebutkan %s %s menurut esai ini.",
                                claim->count_word, subject);
      yang = en ? NULL : strstr (subject, " yang ");
      if (yang != NULL)
        {
          g_autofree char *head = capitalized (subject);

          head[yang - subject] = '\0';
          return g_strdup_printf ("%s apa saja yang %s?", head, yang + strlen (" yang "));
        }
      return g_strdup_printf (en ? "What are the %s?" : "Apa saja %s?", subject);

    case DS_LIST_FORM_EXAMPLES:
      if (claim->count_word != NULL)
        return g_strdup_printf (en ? "Name the %s examples of %s given in the essay."
                                   : "Sebutkan %s contoh %s menurut esai ini.",
                                claim->count_word, subject);
      return g_strdup_printf (en ? "Name the examples of %s given in the essay."
                                 : "Sebutkan contoh %s menurut esai ini.", subject);

    case DS_LIST_FORM_ACTIONS:
      if (claim->lead != NULL)
        return g_strdup_printf (en ? "What does %s do %s?" : "Apa saja yang dilakukan %s %s?",
                                subject, claim->lead);
      return g_strdup_printf (en ? "What does %s do according to the essay?"
                                 : "Apa saja yang dilakukan %s menurut esai ini?", subject);

    case DS_LIST_FORM_COMPLETE:
      if (claim->stated_count > 0)
        return g_strdup_printf (en ? "Complete (%u items): %s …" : "Lengkapi (%u butir): %s …",
                                claim->stated_count, claim->lead);
      return g_strdup_printf (en ? "Complete: %s …" : "Lengkapi: %s …", claim->lead);

    case DS_LIST_FORM_NONE:
    default:
      return NULL;
    }
}

/* A question that quotes one of the items it asks for gives it away. */
static gboolean
names_an_item (const char         *question,
               const char * const *items,
               guint               n)
{
  g_autofree char *norm_question = ds_generator_normalize (question);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *norm_item = ds_generator_normalize (items[i]);

      if (gives_away (norm_question, norm_item))
        return TRUE;
    }
  return FALSE;
}

static void
emit_list (Gen           *gen,
           const DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);
  g_autofree const char **items = g_new0 (const char *, n + 1);
  g_autofree char *question = list_question (claim);
  g_autofree char *answer = NULL;
  GString *id_text = gen->buf;
  DsCard *card;

  /* A question asked already: no card, and no id computed for nothing. */
  if (question == NULL || n == 0 || question_taken (gen, claim, question))
    return;

  for (guint i = 0; i < n; i++)
    items[i] = ds_claim_get_item (claim, i);
  if (names_an_item (question, items, n))
    return;
  answer = g_strjoinv ("; ", (char **) items);

  g_string_assign (id_text, claim->subject ? claim->subject : claim->lead);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (id_text, "\n%s", items[i]);

  card = card_new (claim, DS_CARD_LIST, id_text->str, question, answer);
  ds_card_set_items (card, items);
  ds_card_set_expected_count (card, claim->stated_count);
  for (guint i = 0; claim->warnings && i < claim->warnings->len; i++)
    ds_card_add_warning (card, claim->warnings->pdata[i]);
  if (emit (gen, card, claim) == NULL)
    return;

  /* "Which of these is one of …": one item against other lists' items. */
  if (claim->subject != NULL && claim->form != DS_LIST_FORM_ACTIONS)
    {
      const char *distractors[N_DISTRACTORS];
      guint pick = g_str_hash (question) % n;
      g_autofree char *mc = g_strdup_printf (claim->english ? "Which of these is one of the %s named in the essay?"
                                                            : "Manakah yang termasuk %s menurut esai ini?",
                                             claim->subject);
      GArray *pool = claim->form == DS_LIST_FORM_EXAMPLES ? POOLS (gen, claim)->examples : POOLS (gen, claim)->items;
      guint k = ds_generator_pick_distractors (pool, claim, mc, items, n, TRUE, distractors);

      emit_choice (gen, claim, mc, items[pick], distractors, k);
    }
}

/* ---- Definitions ---- */

static char *
statement (const char *term,
           const char *cue,
           const char *body)
{
  g_autofree char *head = capitalized (term);

  return g_strdup_printf ("%s %s %s.", head, cue, body);
}

static void
emit_true_false (Gen           *gen,
                 const DsClaim *claim)
{
  const char *other[N_DISTRACTORS];
  const char *avoid[] = { claim->body };
  g_autofree char *truth = statement (claim->subject, claim->cue, claim->body);
  g_autofree char *shown = NULL;
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;
  gboolean en = claim->english;
  const char *choices[] = { en ? "True" : "Benar", en ? "False" : "Salah", NULL };
  gboolean is_true = (g_str_hash (truth) & 1) == 0;
  DsCard *card;

  /* A false statement pairs the term with another term's definition; one
   * that shares words with the right one is still false, so words are not
   * compared here. */
  if (!is_true && ds_generator_pick_distractors (POOLS (gen, claim)->definitions, claim, truth, avoid, 1, FALSE, other) == 0)
    is_true = TRUE;
  shown = is_true ? g_strdup (truth) : statement (claim->subject, claim->cue, other[0]);

  question = g_strdup_printf (en ? "True or false: %s" : "Benar atau salah: %s", shown);
  if (question_taken (gen, claim, question))
    return;
  answer = g_strdup_printf ("%s. %s", choices[is_true ? 0 : 1], truth);
  card = card_new (claim, DS_CARD_TRUE_FALSE, question, question, answer);
  ds_card_set_choices (card, choices, is_true ? 0 : 1);
  emit (gen, card, claim);
}

static void
emit_definition (Gen           *gen,
                 const DsClaim *claim)
{
  g_autofree char *question = g_strdup_printf (claim->english ? "What is meant by %s?"
                                                              : "Apa yang dimaksud dengan %s?",
                                               claim->subject);
  g_autofree char *id_text = g_strconcat (claim->subject, "\n", claim->body, NULL);
  const char *distractors[N_DISTRACTORS];
  const char *avoid[] = { claim->body };
  g_autofree char *mc = NULL;
  guint n;

  /* A second definition of the same term: ask for the term instead. */
  if (question_taken (gen, claim, question))
    {
      g_autofree char *cloze = g_strdup_printf ("%s %s %s.", DS_CARD_BLANK, claim->cue, claim->body);

      emit (gen, card_new (claim, DS_CARD_CLOZE, id_text, cloze, claim->subject), claim);
      return;
    }

  emit (gen, card_new (claim, DS_CARD_DEFINITION, id_text, question, claim->body), claim);
  emit_true_false (gen, claim);

  mc = g_strdup_printf (claim->english ? "Which of these is what the essay means by %s?"
                                       : "Manakah pengertian %s menurut esai ini?",
                        claim->subject);
  n = ds_generator_pick_distractors (POOLS (gen, claim)->definitions, claim, mc, avoid, 1, TRUE, distractors);
  emit_choice (gen, claim, mc, claim->body, distractors, n);
}

/* ---- Facts ---- */

static void
emit_fact (Gen           *gen,
           const DsClaim *claim)
{
  g_autofree char *id_text = g_strconcat (claim->question ? claim->question : claim->body,
                                          "\n", claim->subject, NULL);
  gboolean number = g_ascii_isdigit (claim->subject[0]);
  const char *distractors[N_DISTRACTORS];
  const char *avoid[] = { claim->subject };
  g_autofree char *mc = NULL;
  DsCard *card;
  guint n;

  if (question_taken (gen, claim, claim->question ? claim->question : claim->body))
    return;
  if (claim->question != NULL)
    card = card_new (claim, DS_CARD_FACT, id_text, claim->question, claim->subject);
  else
    card = card_new (claim, DS_CARD_CLOZE, id_text, claim->body, claim->subject);
  if (emit (gen, card, claim) == NULL)
    return;

  n = ds_generator_pick_distractors (number ? POOLS (gen, claim)->numbers : POOLS (gen, claim)->names, claim,
                        id_text, avoid, 1, !number, distractors);
  if (claim->question != NULL)
    mc = g_strdup (claim->question);
  else
    mc = g_strdup_printf (claim->english ? "Which fills the blank? %s"
                                         : "Manakah yang tepat untuk mengisi bagian kosong? %s",
                          claim->body);
  emit_choice (gen, claim, mc, claim->subject, distractors, n);
}

static void
emit_claim (Gen           *gen,
            const DsClaim *claim)
{
  switch (claim->kind)
    {
    case DS_CLAIM_ENUMERATION:
    case DS_CLAIM_ROLE:
      emit_list (gen, claim);
      break;
    case DS_CLAIM_DEFINITION:
      emit_definition (gen, claim);
      break;
    case DS_CLAIM_FACT:
      emit_fact (gen, claim);
      break;
    default:
      break;
    }
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

GPtrArray *
ds_generator_from_claims (GPtrArray **claims,
                          guint       n_essays)
{
  Gen gen = { 0 };

  gen.cards = g_ptr_array_new_with_free_func (g_object_unref);
  gen.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen.questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen.buf = g_string_new (NULL);
  for (guint l = 0; l < 2; l++)
    ds_generator_pools_init (&gen.by_language[l]);

  for (guint e = 0; e < n_essays; e++)
    ds_generator_pools_fill (gen.by_language, claims[e]);

  for (guint e = 0; e < n_essays; e++)
    for (guint i = 0; i < claims[e]->len; i++)
      emit_claim (&gen, claims[e]->pdata[i]);

  g_hash_table_unref (gen.ids);
  g_hash_table_unref (gen.questions);
  for (guint l = 0; l < 2; l++)
    ds_generator_pools_clear (&gen.by_language[l]);
  g_string_free (gen.buf, TRUE);

  return gen.cards;
}

GPtrArray *
ds_generator_generate (DsEssay *essay)
{
  g_autoptr(GPtrArray) claims = NULL;

  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  claims = ds_claims_extract (essay);
  return ds_generator_from_claims (&claims, 1);
}

GPtrArray *
ds_generator_generate_all (GListModel *essays)
{
  guint n;
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *cards;

  g_return_val_if_fail (G_IS_LIST_MODEL (essays), NULL);

  n = g_list_model_get_n_items (essays);
  all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEssay) essay = g_list_model_get_item (essays, i);

      g_ptr_array_add (all, ds_claims_extract (essay));
    }

  cards = ds_generator_from_claims ((GPtrArray **) all->pdata, n);
  return cards;
}
