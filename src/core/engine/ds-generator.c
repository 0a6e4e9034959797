/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Card generation: every claim becomes one or more cards — a list to recall,
 * a definition, a fact or cloze, and where good wrong answers exist a
 * multiple-choice card and (for definitions) a true/false card. Questions
 * are worded by the templates of the essay's language (its file in
 * data/lang/).
 *
 * A multiple-choice card has four options of one type and about one length,
 * none of them also right; a true/false card's false statement puts another
 * term's definition from the same essay on the term, never nonsense. Where
 * neither can be made well, the card is not made. Wrong answers come from
 * ds-generator-distractors.c (and, for figures, ds-generator-numbers.c).
 * Nothing here is quadratic in the number of claims.
 */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-gate.h"
#include "ds-generator-private.h"
#include "ds-utf8.h"
#include "ds-lang.h"
#include "ds-text-inline.h"
#include "ds-words.h"

typedef struct {
  GPtrArray  *cards;
  GHashTable *ids;            /* card ids made so far */
  GHashTable *questions;      /* essay id + question */
  DsPools    *pools;
  GString    *buf;
  DsEssay    *essay;          /* the claims' essay, or NULL */
} Gen;

/* ------------------------------------------------------------------ */
/* Normalising and ids                                                 */

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

  if (len == 0)
    return FALSE;
  for (const char *at = strstr (h, n); at != NULL; at = strstr (at + 1, n))
    if ((at == h || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

static const DsLang *
lang_of (const DsClaim *claim)
{
  return ds_lang_get (claim->english ? "en" : "id");
}

/* A word that says something as an answer: not a function word, though
 * a number word ("ketiga", "three") may be the answer. */
static gboolean
answer_word (const char *word)
{
  const guint64 numbers = DS_WORD_COUNT | DS_WORD_ORDINAL | DS_WORD_MAGNITUDE | DS_WORD_MONTH;

  if (*word == '\0')
    return FALSE;
  if (!ds_words_is_stop (NULL, word))
    return TRUE;
  return ((ds_lang_lookup (ds_lang_get ("id"), word, -1, NULL) |
           ds_lang_lookup (ds_lang_get ("en"), word, -1, NULL)) & numbers) != 0;
}

/* An answer that says nothing: empty, or nothing but function words. */
gboolean
ds_generator_is_empty_normalized (const char *norm)
{
  g_autofree char **words = ds_words_split (norm);

  for (guint i = 0; words[i] != NULL; i++)
    if (answer_word (words[i]))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Cards                                                               */

static char *
capitalized (const char *text)
{
  char *out = g_strdup (text);
  /* '“aktif” berarti …': the word inside an opening quote mark. */
  gsize k = g_str_has_prefix (out, "\xE2\x80\x9C") ? 3 : 0;

  if (g_ascii_islower (out[k]))
    out[k] = g_ascii_toupper (out[k]);
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

static char *
question_key (const DsClaim *claim,
              const char    *question)
{
  return g_strconcat (claim->essay_id, "\n", question, NULL);
}

static gboolean
question_taken (Gen           *gen,
                const DsClaim *claim,
                const char    *question)
{
  g_autofree char *key = question_key (claim, question);

  return g_hash_table_contains (gen->questions, key);
}

/* ---- Notes shorthand ---- */

/* Whether byte @c may stand in a word beside a shorthand. */
static inline gboolean
shorthand_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80 || c == '-' || c == '_';
}

/* The length of the shorthand @entry (its first word) at @p, or 0: in
 * lower case or with a capital first ("Utk"), not inside a word ("AT&T",
 * "tpk"), a sign alone ("&") set apart by spaces. */
static gsize
shorthand_at (const char *text,
              const char *p,
              const char *entry)
{
  gboolean sign = !shorthand_word_byte (entry[0]);
  gsize len;

  /* Its first word, in any case, compared in place: asked at most words
   * of every card's texts. */
  for (len = 0; entry[len] != ' ' && entry[len] != '\0'; len++)
    if (ds_ascii_tolower (p[len]) != ds_ascii_tolower (entry[len]))
      return 0;
  if (entry[len] != ' ')
    return 0;
  for (gsize k = 1; k < len; k++)
    if (g_ascii_isupper (p[k]))
      return 0;
  if (shorthand_word_byte (entry[len - 1]) && shorthand_word_byte (p[len]))
    return 0;
  if (sign && ((p > text && p[-1] != ' ') || (p[len] != ' ' && p[len] != '\0')))
    return 0;
  /* ("Dr. Siti", "Dll. Kemudian": a title, or a sentence's end; a
   * capital elsewhere than first ("… kata Dr Siti") is a name's.) */
  if (p[len] == '.' && p[len + 1] == ' ' && g_ascii_isupper (p[len + 2]))
    return 0;
  /* A capital after a question's frame ("… kosong? Skrg _____") opens
   * the quoted line, unless a capitalised word follows (a title's:
   * "? Dr Siti …"). */
  if (p > text && g_ascii_isupper (*p) &&
      !(p - text >= 2 && p[-1] == ' ' && p[-2] == '?' && p[len] == ' ' && !g_ascii_isupper (p[len + 1])))
    return 0;
  return len;
}

/* @text with the shorthand of study notes written out ("utk" → "untuk",
 * "b/c" → "because": the language's phrase list note_shorthand, each a
 * shorthand and the words it stands for), so that a card reads as the
 * lecturer would ask it; NULL when @text holds none. */
static char *
expand_shorthand (const char * const *table,
                  const char         *text)
{
  GString *out = NULL;
  const char *copied = text;
  guint16 first[256], *next;
  guint n;

  if (table == NULL || text == NULL)
    return NULL;
  /* The entries by their first byte in lower case (as shorthand_at()
   * compares), each byte's in the table's order: at a word only those
   * that start with its byte are tried. */
  n = MIN (g_strv_length ((char **) table), G_MAXUINT16);
  next = g_newa (guint16, n);
  memset (first, 0xFF, sizeof first);
  for (guint i = n; i-- > 0;)
    {
      guchar c = (guchar) ds_ascii_tolower (table[i][0]);

      next[i] = first[c];
      first[c] = i;
    }
  for (const char *p = text; *p != '\0'; p++)
    {
      if (p > text && shorthand_word_byte (p[-1]))
        continue;
      for (guint i = first[(guchar) ds_ascii_tolower (*p)]; i != G_MAXUINT16; i = next[i])
        {
          gsize len = shorthand_at (text, p, table[i]);
          const char *words = table[i] + len + 1;

          if (len == 0)
            continue;
          if (out == NULL)
            out = g_string_new (NULL);
          g_string_append_len (out, copied, p - copied);
          if (g_ascii_isupper (*p))
            g_string_append_c (out, g_ascii_toupper (*words++));
          g_string_append (out, words);
          /* "patroli, dll. untuk …": the shorthand's own full stop goes
           * with it when the sentence runs on. */
          if (p[len] == '.' && (p[len + 1] == ',' || p[len + 1] == ')' || p[len + 1] == ']' ||
                                (p[len + 1] == ' ' && !g_ascii_isupper (p[len + 2]))))
            len++;
          copied = p + len;
          p += len - 1;
          break;
        }
    }
  if (out == NULL)
    return NULL;
  g_string_append (out, copied);
  return g_string_free (out, FALSE);
}

/* Writes out the shorthand in every text the card shows. */
static void
card_expand_shorthand (DsCard        *card,
                       const DsClaim *claim)
{
  const char * const *table = ds_lang_get_phrases (lang_of (claim), "note_shorthand");
  g_autofree char *question = expand_shorthand (table, ds_card_get_question (card));
  g_autofree char *answer = expand_shorthand (table, ds_card_get_answer (card));
  const char * const *lists[2] = { ds_card_get_items (card), ds_card_get_choices (card) };

  if (question != NULL)
    ds_card_set_question (card, question);
  if (answer != NULL)
    ds_card_set_answer (card, answer);
  for (guint l = 0; l < 2; l++)
    {
      g_autoptr(GPtrArray) texts = NULL;
      gboolean changed = FALSE;

      if (lists[l] == NULL || lists[l][0] == NULL)
        continue;
      texts = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; lists[l][i] != NULL; i++)
        {
          char *text = expand_shorthand (table, lists[l][i]);

          changed |= text != NULL;
          g_ptr_array_add (texts, text != NULL ? text : g_strdup (lists[l][i]));
        }
      g_ptr_array_add (texts, NULL);
      if (!changed)
        continue;
      if (l == 0)
        ds_card_set_items (card, (const char * const *) texts->pdata);
      else
        ds_card_set_choices (card, (const char * const *) texts->pdata, ds_card_get_correct_choice (card));
    }
}

/* "Which fills the blank? 2.1 The Paris Agreement, adopted in _____, …":
 * a numbered paragraph's number is the document's, no part of the
 * sentence a card quotes; it goes, at the question's start or after its
 * frame. */
static void
strip_section_number (DsCard *card)
{
  const char *question = ds_card_get_question (card);
  gsize frame = strcspn (question, ":?");
  gsize at = 0, len = ds_gate_section_number (question);

  if (len == 0 && question[frame] != '\0')
    {
      at = frame + 1 + strspn (question + frame + 1, " ");
      len = ds_gate_section_number (question + at);
    }
  if (len > 0)
    {
      g_autofree char *head = g_strndup (question, at);
      g_autofree char *stripped = g_strconcat (head, question + at + len, NULL);

      ds_card_set_question (card, stripped);
    }
}

/* "… pada salah satunya (Kuik", "… (misalnya ASEAN": an answer or item a
 * cut left inside a bracket it opened (at a citation's comma, an item's
 * "dan"). The bracket goes with what it holds; NULL when nothing is open
 * or nothing would be left. */
static char *
cut_open_bracket (const char *text)
{
  const char *open = NULL;
  const char *e;
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if ((*p == '(' || *p == '[') && depth++ == 0)
        open = p;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
    }
  if (depth == 0 || open == NULL)
    return NULL;
  for (e = open; e > text && (e[-1] == ' ' || e[-1] == ',' || e[-1] == ';' || e[-1] == ':'); e--)
    ;
  if (e - text < 3)
    return NULL;
  return g_strndup (text, e - text);
}

/* Cuts what cut_open_bracket() cuts from an answer that the question does
 * not quote (a cloze or a multiple choice blanks the same words in its
 * sentence) and from a list's items. */
static void
card_cut_open_brackets (DsCard *card)
{
  DsCardKind kind = ds_card_get_kind (card);
  const char * const *items = ds_card_get_items (card);

  if ((kind == DS_CARD_DEFINITION || kind == DS_CARD_FACT) &&
      strstr (ds_card_get_question (card), "_____") == NULL)
    {
      g_autofree char *answer = cut_open_bracket (ds_card_get_answer (card));

      if (answer != NULL)
        ds_card_set_answer (card, answer);
    }
  if (kind == DS_CARD_LIST && items != NULL)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      gboolean changed = FALSE;

      for (guint i = 0; items[i] != NULL; i++)
        {
          char *text = cut_open_bracket (items[i]);

          changed |= text != NULL;
          g_ptr_array_add (texts, text != NULL ? text : g_strdup (items[i]));
        }
      g_ptr_array_add (texts, NULL);
      if (changed)
        ds_card_set_items (card, (const char * const *) texts->pdata);
    }
}

/* The claim's sentence as plain text, to show on its own. */
static char *
plain_source (Gen           *gen,
              const DsClaim *claim)
{
  if (claim->sentence == NULL)
    return NULL;
  return ds_essay_dup_plain_sentence (gen->essay, claim->start, claim->end, claim->sentence);
}

/* @text without the Markdown inline marks it pairs ("_Twitter_",
 * "**87 persen**"), or NULL when it has none to leave out; the marks of
 * @kept (words with a mark the essay wrote escaped) stay. A cloze's blank
 * (DS_CARD_BLANK, a run of "_") is no mark: it is set aside while the
 * marks are found ("\x01" is never in an essay's cleaned text). */
static char *
plain_or_null (const char         *text,
               const char * const *kept)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *guarded = NULL;
  g_autofree char *plain = NULL;

  if (text == NULL || strpbrk (text, "*_`\\") == NULL)
    return NULL;
  parts = g_strsplit (text, DS_CARD_BLANK, -1);
  guarded = g_strjoinv ("\x01", parts);
  /* (A mark the essay wrote escaped is text: "label \\_rahasia\\_".) */
  ds_text_guard_marks (guarded, kept);
  plain = ds_text_dup_plain (guarded);
  if (strcmp (plain, guarded) == 0)
    return NULL;
  if (kept != NULL)
    ds_text_unguard_marks (plain);
  g_strfreev (parts);
  parts = g_strsplit (plain, "\x01", -1);
  return g_strjoinv (DS_CARD_BLANK, parts);
}

/* @text without its marks where it is a piece of the claim's sentence in
 * the essay ("aplikasi `SafeTravel", an item cut out of "aplikasi
 * `SafeTravel, Peduli WNI`"): the marks are those the essay pairs over the
 * paragraph, so the piece loses its half of a pair too. NULL when the
 * sentence has no such piece. */
static char *
plain_in_sentence (Gen           *gen,
                   const DsClaim *claim,
                   const char    *text)
{
  g_autofree char *span = NULL;
  const char *at;
  guint start;

  if (gen->essay == NULL || claim->end <= claim->start || text[0] == '\0')
    return NULL;
  span = ds_essay_dup_span (gen->essay, claim->start, claim->end);
  at = strstr (span, text);
  if (at == NULL)
    return NULL;
  start = claim->start + (guint) g_utf8_pointer_to_offset (span, at);
  return ds_essay_dup_plain_span (gen->essay, start, start + (guint) g_utf8_strlen (text, -1));
}

/* @text as plain_or_null () gives it, its marks read in the claim's
 * sentence where it is a piece of it. */
static char *
plain_piece_or_null (Gen           *gen,
                     const DsClaim *claim,
                     const char    *text)
{
  g_autofree char *plain = NULL;

  if (text == NULL || strpbrk (text, "*_`\\") == NULL)
    return NULL;
  plain = plain_in_sentence (gen, claim, text);
  if (plain == NULL)
    {
      g_auto(GStrv) kept = gen->essay != NULL && claim->end > claim->start ?
                           ds_essay_dup_escaped_words (gen->essay, claim->start, claim->end) : NULL;

      return plain_or_null (text, (const char * const *) kept);
    }
  return strcmp (plain, text) != 0 ? g_steal_pointer (&plain) : NULL;
}

/* A list card's answer is its items joined by "; ": each is a piece of the
 * sentence on its own. */
static char *
plain_answer_or_null (Gen           *gen,
                      const DsClaim *claim,
                      const char    *answer)
{
  g_auto(GStrv) parts = NULL;
  gboolean changed = FALSE;

  if (answer == NULL || strpbrk (answer, "*_`\\") == NULL)
    return NULL;
  parts = g_strsplit (answer, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *plain = plain_piece_or_null (gen, claim, parts[i]);

      if (plain == NULL)
        continue;
      g_free (parts[i]);
      parts[i] = plain;
      changed = TRUE;
    }
  return changed ? g_strjoinv ("; ", parts) : NULL;
}

/* Whether some string of @strv has marks to leave out; fills @out with its
 * plain copy (owned) when it has. */
static gboolean
plain_strv (Gen                *gen,
            const DsClaim      *claim,
            const char * const *strv,
            GStrv              *out)
{
  gboolean changed = FALSE;
  guint n = strv != NULL ? g_strv_length ((char **) strv) : 0;

  *out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      char *plain = plain_piece_or_null (gen, claim, strv[i]);

      changed |= plain != NULL;
      (*out)[i] = plain != NULL ? plain : g_strdup (strv[i]);
    }
  return changed;
}

/* The card's text as the learner reads it: the question, answer, items and
 * choices are shown on their own, away from the essay, so without the
 * inline marks the engine read them with (as its source is). Its id was
 * made from the text as read, and stays: progress saved on it is kept. */
static void
card_drop_marks (Gen           *gen,
                 DsCard        *card,
                 const DsClaim *claim)
{
  g_autofree char *question = plain_piece_or_null (gen, claim, ds_card_get_question (card));
  g_autofree char *answer = plain_answer_or_null (gen, claim, ds_card_get_answer (card));
  g_auto(GStrv) items = NULL;
  g_auto(GStrv) choices = NULL;

  if (question != NULL)
    ds_card_set_question (card, question);
  if (answer != NULL)
    ds_card_set_answer (card, answer);
  if (plain_strv (gen, claim, ds_card_get_items (card), &items))
    ds_card_set_items (card, (const char * const *) items);
  if (plain_strv (gen, claim, ds_card_get_choices (card), &choices))
    ds_card_set_choices (card, (const char * const *) choices,
                         ds_card_get_correct_choice (card));
}

/* Registers a card unless its answer says nothing or its id or question is
 * taken; takes @card. */
static DsCard *
emit (Gen           *gen,
      DsCard        *card,
      const DsClaim *claim)
{
  g_autofree char *key = NULL;
  g_autofree char *source = NULL;

  card_expand_shorthand (card, claim);
  card_cut_open_brackets (card);
  strip_section_number (card);
  key = question_key (claim, ds_card_get_question (card));
  /* (The gate reads the heading a list of aims stands under.) */
  ds_card_set_topic (card, claim->topic);
  if (answer_useless (card) || g_hash_table_contains (gen->ids, ds_card_get_id (card)) ||
      g_hash_table_contains (gen->questions, key) || ds_gate_check_card (card) != 0)
    {
      g_object_unref (card);
      return NULL;
    }
  g_hash_table_add (gen->ids, g_strdup (ds_card_get_id (card)));
  g_hash_table_add (gen->questions, g_steal_pointer (&key));
  card_drop_marks (gen, card, claim);
  /* Its span still selects the sentence, marks and all, in the essay. */
  source = plain_source (gen, claim);
  ds_card_set_source (card, claim->start, claim->end, source);
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

/* A multiple-choice card: the right answer among three wrong ones, at a
 * position the hash picks; NULL when its question is taken. */
static DsCard *
choice_new (Gen           *gen,
            const DsClaim *claim,
            const char    *question,
            const char    *right,
            const char   **wrong)
{
  const char *choices[N_DISTRACTORS + 2] = { NULL };
  g_autofree char *id_text = g_strconcat (question, "\n", right, NULL);
  guint correct, k = 0;
  DsCard *card;

  if (question_taken (gen, claim, question))
    return NULL;
  correct = g_str_hash (id_text) % (N_DISTRACTORS + 1);
  for (guint i = 0; i <= N_DISTRACTORS; i++)
    choices[i] = i == correct ? right : wrong[k++];

  card = card_new (claim, DS_CARD_MULTIPLE_CHOICE, id_text, question, right);
  ds_card_set_choices (card, choices, (int) correct);
  return card;
}

static gboolean
emit_choice (Gen           *gen,
             const DsClaim *claim,
             const char    *question,
             const char    *right,
             const char   **wrong)
{
  DsCard *card = choice_new (gen, claim, question, right, wrong);

  return card != NULL && emit (gen, card, claim) != NULL;
}

/* ---- Lists ---- */

/* "PENDAHULUAN", "Background": a section every paper has names nothing
 * a list is about (the language's phrase list generic_section). */
static gboolean
generic_section (const char   *topic,
                 const DsLang *lang)
{
  const char * const *names = ds_lang_get_phrases (lang, "generic_section");
  g_autofree char *folded = ds_words_fold (topic, DS_FOLD_STRIP_MARKS);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (strcmp (folded, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @subject has a generic head ("alasan", "langkah", "reasons"). */
static gboolean
generic_subject (const char   *subject,
                 const DsLang *lang)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_GENERIC)
      return TRUE;
  return FALSE;
}

/* Whether every word of @subject but a stop word is generic ("langkah",
 * "hal yang perlu dilakukan", "steps"): what a question heading asks
 * for. "macam sanksi", "types of sanctions" name a thing of their own,
 * which "Bagaimana jika data saya bocor?" does not ask for. */
static gboolean
wholly_generic (const char   *subject,
                const DsLang *lang)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  guint generic = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || ds_words_is_stop (lang, words[i]))
        continue;
      if (!(ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_GENERIC))
        return FALSE;
      generic++;
    }
  return generic > 0;
}

/* Whether @subject is a head that names a share of something (phrase
 * list lists_part_head: "jenis", "bagian", "types", "parts",
 * "dimensions"; or of lists_owned_head, a head whose items are a share of
 * a whole or a cause of a thing: "fase", "pilar", "sebab", "phases",
 * "groups", "senses") and nothing else but a word that ranks it ("bentuk
 * utama") or sizes it (lists_head_size: "four broad groups", "dua
 * kelompok besar"): it says of what only with an owner. */
static gboolean
bare_generic (const char   *subject,
              const DsLang *lang)
{
  const char * const *heads = ds_lang_get_phrases (lang, "lists_part_head");
  const char * const *owned = ds_lang_get_phrases (lang, "lists_owned_head");
  const char * const *sizes = ds_lang_get_phrases (lang, "lists_head_size");
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  gboolean generic = FALSE;

  for (guint i = 0; heads != NULL && words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || ds_words_is_stop (lang, words[i]) ||
          (ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_SUPERLATIVE) ||
          (sizes != NULL && g_strv_contains (sizes, words[i])))
        continue;
      if (generic || !(g_strv_contains (heads, words[i]) || (owned != NULL && g_strv_contains (owned, words[i]))))
        return FALSE;
      generic = TRUE;
    }
  return generic;
}

/* "12 Maret 2024", "June 2025": a heading that is a date names no
 * topic a list belongs to. */
static gboolean
date_section (const char   *topic,
              const DsLang *lang)
{
  g_autofree char *folded = ds_words_fold (topic, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  gboolean month = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_ascii_isdigit (*words[i]) || *words[i] == '\0')
        continue;
      if (!(ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_MONTH))
        return FALSE;
      month = TRUE;
    }
  return month;
}

/* "Global Governance (IR 305), Essay 2", "Hukum Laut (HI 2204) — Tugas
 * 3": a course's code in brackets, or a numbered assignment after a comma,
 * is a header's, no topic a list is in. */
static gboolean
course_header (const char *topic)
{
  const char *open = strchr (topic, '(');
  const char *close = open != NULL ? strchr (open, ')') : NULL;
  const char *comma = strrchr (topic, ',');
  const char *end = topic + strlen (topic);

  if (close != NULL && strpbrk (open, "0123456789") != NULL && strpbrk (open, "0123456789") < close)
    return TRUE;
  /* (", Essay 2": a word and a number end the header.) */
  if (comma == NULL)
    return FALSE;
  while (end > comma && g_ascii_isdigit (end[-1]))
    end--;
  if (end == topic + strlen (topic) || end <= comma + 2 || end[-1] != ' ')
    return FALSE;
  for (const char *p = comma + 1; p < end - 1; p++)
    if (!g_ascii_isalpha (*p) && *p != ' ')
      return FALSE;
  return TRUE;
}

/* "Energy and Trade in the Andes" over "three priorities: energy, food
 * and trade": a heading that names one of the list's items would give it
 * away in the question ("Name the three priorities in “Energy and Trade
 * …”"), and the card would be dropped for it; the list is asked without
 * the heading. */
static gboolean
topic_names_an_item (const DsClaim *claim)
{
  g_autofree char *topic = ds_generator_normalize (claim->topic);

  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    {
      g_autofree char *item = ds_generator_normalize (ds_claim_get_item (claim, i));

      if (gives_away (topic, item))
        return TRUE;
    }
  return FALSE;
}

/* The words of @subject that say what it is: neither a stop word nor a
 * word that ranks ("lembaga utama", "main bodies": one). */
static guint
content_words (const char   *subject,
               const DsLang *lang)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_autofree char **words = ds_words_split (folded);
  guint content = 0;

  for (guint i = 0; words[i] != NULL; i++)
    content += !ds_words_is_stop (lang, words[i]) &&
               !(ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_SUPERLATIVE);
  return content;
}

/* "What are the strengths?", "Apa saja penelitian?", "Apa saja sikap?":
 * a list asked by its head alone, that states no count, owned by one bare
 * noun that no heading places, asks "of what?" — the strengths of the
 * approach, the studies before this one, the stance of the founders. The
 * sentence said it (or a heading the question cannot name did); the card
 * cannot, and is not made. A count carries it ("Sebutkan dua blok menurut
 * esai ini."), and so does a heading about the same thing ("What are the
 * other actors?" under "Actors in Cyber Diplomacy"), unless it names
 * only merits ("What are the strengths?" under "Strengths vs.
 * weaknesses": of what?). */
/* "Strengths vs. weaknesses", "Kelebihan dan Kekurangan": a heading
 * whose every word of content is a merit (the phrase list merit_noun)
 * names the lists under it and nothing they are of. */
static gboolean
heading_only_merits (const char   *topic,
                     const DsLang *lang)
{
  const char * const *merits = ds_lang_get_phrases (lang, "merit_noun");
  const char * const *versus = ds_lang_get_phrases (lang, "contrast_versus");
  g_autofree char *folded = ds_words_fold (topic, DS_FOLD_STRIP_MARKS);
  g_autofree char **words = ds_words_split (folded);
  guint found = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (ds_words_is_stop (lang, words[i]) || g_strv_contains (versus, words[i]))
        continue;
      if (!g_strv_contains (merits, words[i]))
        return FALSE;
      found++;
    }
  return found > 0;
}

static gboolean
owner_unplaced (Gen           *gen,
                const DsClaim *claim,
                const DsLang  *lang)
{
  return claim->subject != NULL && content_words (claim->subject, lang) <= 1 &&
         !(claim->topic != NULL && !heading_only_merits (claim->topic, lang) &&
           ds_words_cache_share_content (ds_pools_get_stems (gen->pools), lang, claim->subject, claim->topic));
}

/* "This chapter sets out the concepts used to assess water cooperation
 * in the Lenne basin. These concepts are …": the list's one noun was read
 * through a pointer to the sentence before, which names it with the words
 * that place it. The noun and the rest of that sentence, when they add
 * two words or more ("concepts used to assess water cooperation in the
 * Lenne basin"), else NULL. */
static char *
owner_in_antecedent (const DsClaim *claim)
{
  const char *end, *comma, *at = NULL;
  gsize n = strlen (claim->subject);

  if (claim->lead == NULL || (end = strstr (claim->lead, ". ")) == NULL || n == 0)
    return NULL;
  for (const char *p = claim->lead; p + n <= end; p++)
    if (ds_ascii_strncasecmp (p, claim->subject, n) == 0 && (p == claim->lead || !g_ascii_isalnum (p[-1])) &&
        !g_ascii_isalnum (p[n]))
      at = p;
  /* (A comma after it ends the phrase that names it.) */
  if (at == NULL || at[n] != ' ' || ((comma = strchr (at + n, ',')) != NULL && comma < end))
    return NULL;
  /* (Two words at least after the noun.) */
  if (strchr (at + n + 1, ' ') == NULL || strchr (at + n + 1, ' ') >= end)
    return NULL;
  return g_strndup (at, end - at);
}

/* A subject that needs its section to make sense — one word, or a generic
 * head ("alasan", "langkah", "reasons") — and shares no word with the
 * heading it stands under: the question names the heading too. */
static gboolean
needs_topic (Gen           *gen,
             const DsClaim *claim,
             const DsLang  *lang)
{
  /* An essay without a title has its file's name as its topic: no name
   * to put before a learner. */
  if (claim->subject == NULL || claim->topic == NULL || g_strcmp0 (claim->topic, claim->essay_id) == 0 ||
      generic_section (claim->topic, lang) || date_section (claim->topic, lang) || course_header (claim->topic) ||
      topic_names_an_item (claim) ||
      ds_words_cache_share_content (ds_pools_get_stems (gen->pools), lang, claim->subject, claim->topic))
    return FALSE;
  return generic_subject (claim->subject, lang) || content_words (claim->subject, lang) <= 1;
}

/* "karakteristik … menurut Bjola dan Holmes (2015)": a subject that
 * already says whose list it is needs no "menurut esai ini". */
static gboolean
attributed (const DsClaim *claim,
            const DsLang  *lang)
{
  const char * const *cues = ds_lang_get_phrases (lang, "attribution_cue");
  g_autofree char *folded = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);

  /* "challenges in “Arctic Shipping Rules”": the essay's title, quoted,
   * says whose list it is too. */
  if (strstr (claim->subject, "\xE2\x80\x9C") != NULL)
    return TRUE;
  for (guint i = 0; cues != NULL && cues[i] != NULL; i++)
    {
      g_autofree char *cue = g_strconcat (" ", cues[i], " ", NULL);

      if (strstr (padded, cue) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "Information Disorder" over "three types: …": a heading of a few
 * words, every one a noun or what joins nouns (no verb, question word or
 * number), names what a generic subject ("types", "tahap") is of; NULL
 * for another heading. Its title case goes, acronyms and countries stay. */
static char *
heading_owner (const DsClaim *claim,
               const DsLang  *lang)
{
  g_auto(GStrv) words = NULL;
  GString *out;
  guint n;

  if (!generic_subject (claim->subject, lang) || strchr (claim->subject, ' ') != NULL ||
      strpbrk (claim->topic, "?:!,;()\"0123456789") != NULL)
    return NULL;
  words = g_strsplit (claim->topic, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 4)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *down = ds_utf8_strdown (words[i], -1);
      guint64 flags = ds_lang_lookup (lang, down, -1, NULL);
      gboolean caps = ds_utf8_all_capitals (words[i], strlen (words[i]));

      if (*words[i] == '\0' || (flags & (DS_WORD_VERB | DS_WORD_QUESTION | DS_WORD_GENERIC | DS_WORD_PRONOUN |
                                          DS_WORD_ANAPHOR | DS_WORD_AUX | DS_WORD_COUNT)) ||
          ((flags & (DS_WORD_PREP | DS_WORD_CONJ | DS_WORD_DET)) && (i == 0 || i + 1 == n)))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, caps || (flags & DS_WORD_COUNTRY) ? words[i] : down);
    }
  return g_string_free (out, FALSE);
}

/* "First, what is a treaty?", "Apa itu perjanjian?", "Is it binding?":
 * a question heading that asks what one thing is, or asks yes or no
 * (the phrase list question_one_answer, after an opener and its comma),
 * is answered by the paragraph under it, not by a list. */
static gboolean
asks_one_thing (const char   *question,
                const DsLang *lang)
{
  const char * const *openers = ds_lang_get_phrases (lang, "question_one_answer");
  g_autofree char *folded = ds_words_fold (question, DS_FOLD_STRIP_MARKS);
  const char *q = folded, *comma = strchr (question, ',');
  gsize space = strcspn (folded, " ");

  /* ("First, …": the opener is one word before the comma.) */
  if (comma != NULL && (gsize) (comma - question) == space)
    q = folded + space + (folded[space] == ' ');
  for (guint i = 0; openers != NULL && openers[i] != NULL; i++)
    {
      gsize n = strlen (openers[i]);

      if (strncmp (q, openers[i], n) == 0 && (q[n] == ' ' || q[n] == '\0'))
        return TRUE;
    }
  return FALSE;
}

/* The template @name, or its "_topic" form when the subject needs the
 * heading, or its "_attributed" form when the subject names its source. */
static char *
list_template (Gen           *gen,
               const DsClaim *claim,
               const DsLang  *lang,
               const char    *name,
               const char    *count)
{
  g_autofree char *with_topic = g_strconcat (name, "_topic", NULL);
  g_autofree char *with_source = g_strconcat (name, "_attributed", NULL);
  /* ("ciri rezim menurut Nakamura": a subject that names its source
   * needs no heading to place it.) */
  gboolean topic = ds_lang_get_template (lang, with_topic) != NULL && needs_topic (gen, claim, lang) &&
                   !(claim->subject != NULL && attributed (claim, lang));
  const char *form = topic ? with_topic : name;

  /* A question heading ("Apa yang bisa dilakukan warga?") is no name to
   * ask "in"; a list it heads with a generic subject ("langkah") answers
   * it, a list of something else ("tugas" under "Mengapa Komisi
   * Gagal?") is asked without it. */
  if (topic && g_str_has_suffix (claim->topic, "?"))
    {
      if (wholly_generic (claim->subject, lang) && !asks_one_thing (claim->topic, lang))
        return g_strdup (claim->topic);
      topic = FALSE;
      form = name;
    }
  /* "Name the three types of information disorder.": the heading is
   * what the items are types of, not a place to find them in. */
  if (topic)
    {
      g_autofree char *owner = heading_owner (claim, lang);

      /* ("bentuk ragam": a heading that is a part head owns nothing.) */
      if (owner != NULL && !bare_generic (owner, lang))
        {
          g_autofree char *owned = ds_lang_expand (lang, "owned", "owned", claim->subject, "owner", owner, NULL);

          if (count != NULL && ds_lang_get_template (lang, with_source) != NULL)
            form = with_source;
          else
            form = name;
          return ds_lang_expand (lang, form, "count", count, "subject", owned, NULL);
        }
    }
  /* "Sebutkan empat bentuk dalam “Jenis”.", "Name the four parts
   * according to the essay.": a generic head that neither a heading
   * owns nor a heading of its own places says nothing of what; no
   * question beats that one. */
  if (claim->subject != NULL && bare_generic (claim->subject, lang) && (!topic || bare_generic (claim->topic, lang)))
    return NULL;
  /* (A choice among a list's items follows its card.) */
  if (!topic && count == NULL && strcmp (name, "question_list") == 0 && owner_unplaced (gen, claim, lang))
    {
      g_autofree char *owner = owner_in_antecedent (claim);

      return owner != NULL ? ds_lang_expand (lang, form, "subject", owner, NULL) : NULL;
    }
  if (!topic && ds_lang_get_template (lang, with_source) != NULL && claim->subject != NULL &&
      attributed (claim, lang))
    form = with_source;
  return ds_lang_expand (lang, form, "count", count, "subject", claim->subject, "topic", claim->topic, NULL);
}

/* "goals of the compact", "main groups", "challenges in “Arctic Shipping
 * Rules”", "steps that ministries must take": an English phrase whose
 * head (the word before the first that ends it, phrase list
 * plural_head_end, else the last) is a plural. */
static gboolean
plural_head (const char   *subject,
             const DsLang *lang)
{
  g_auto (GStrv) words = g_strsplit (subject, " ", -1);
  const char * const *ends = ds_lang_get_phrases (lang, "plural_head_end");
  guint i = 1;

  if (words[0] == NULL)
    return FALSE;
  while (words[i] != NULL && !(ends != NULL && g_strv_contains (ends, words[i])))
    i++;
  return g_str_has_suffix (words[i - 1], "s");
}

/* Whether the head of @subject is a plural: a word in "-s" (not "-ss",
 * "-us", "-is") or of the phrase list plural_noun ("people", "criteria")
 * before the first word that ends the head (the phrase list
 * plural_head_end: a preposition, a relative, an article: "reasons why
 * …", "steps the government took", "objections to …"); "achievements and
 * recognition" has one. */
static gboolean
plural_in (const char   *subject,
           const DsLang *lang)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto (GStrv) words = g_strsplit (folded, " ", -1);
  const char * const *plurals = ds_lang_get_phrases (lang, "plural_noun");
  const char * const *ends = ds_lang_get_phrases (lang, "plural_head_end");

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (i > 0 && ends != NULL && g_strv_contains (ends, words[i]))
        break;
      if (n > 3 && words[i][n - 1] == 's' && strchr ("siu'", words[i][n - 2]) == NULL)
        return TRUE;
      if (plurals != NULL && g_strv_contains (plurals, words[i]))
        return TRUE;
    }
  return FALSE;
}

/* Whether @subject is a single name in capitals ("ATS", "NATO"): one
 * thing, whatever its last letter. */
static gboolean
one_name (const char *subject)
{
  gsize n = strlen (subject);

  if (n < 2 || strchr (subject, ' ') != NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (subject[i]) && !g_ascii_isdigit (subject[i]))
      return FALSE;
  return TRUE;
}

/* "sequence of moves", "set of rules": a head that gathers the plural
 * after its "of" names many things. */
static gboolean
of_plurals (const char   *subject,
            const DsLang *lang)
{
  const char *of = strstr (subject, " of ");

  return of != NULL && plural_in (of + 4, lang);
}

/* Whether the list's cue is a verb of the language's phrase list
 * list_verb_cue ("mencakup", "include"). */
static gboolean
cue_is_verb (const DsClaim *claim,
             const DsLang  *lang)
{
  const char * const *verbs = ds_lang_get_phrases (lang, "list_verb_cue");
  g_autofree char *folded = ds_words_fold (claim->cue, DS_FOLD_STRIP_MARKS);

  for (guint i = 0; verbs != NULL && verbs[i] != NULL; i++)
    if (strcmp (folded, verbs[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
naming_question (Gen           *gen,
                 const DsClaim *claim,
                 const DsLang  *lang)
{
  /* "tiga tahap" over four items: the text's count or its items are
   * wrong, and the question states no count it cannot keep (the card's
   * warning says both). */
  if (claim->count_word != NULL && ds_claim_get_n_items (claim) <= claim->stated_count)
    return list_template (gen, claim, lang, "question_list_count", claim->count_word);
  /* "Diplomasi digital mencakup A, B, dan C": "Apa saja diplomasi
   * digital?" would ask for kinds of it; the verb asks what it covers.
   * "The main groups include A, B and C" names kinds of groups: "What are
   * the main groups?" asks it well. */
  if (claim->cue != NULL && claim->subject != NULL && cue_is_verb (claim, lang) &&
      !(claim->english && plural_head (claim->subject, lang)))
    {
      g_autofree char *cue = ds_utf8_strdown (claim->cue, -1);
      /* "the regional programme": a common noun takes the language's
       * article, a name does not. */
      const char *form = g_ascii_islower (claim->subject[0]) &&
                         ds_lang_get_template (lang, "question_list_verb_common") != NULL
                           ? "question_list_verb_common" : "question_list_verb";
      const char * const *bases = ds_lang_get_phrases (lang, "list_verb_base");
      const char *verb = cue;
      g_autofree char *question = NULL;

      /* "covers" → "What does the protocol cover?" */
      for (guint i = 0; bases[i] != NULL; i++)
        if (g_str_has_prefix (bases[i], cue) && bases[i][strlen (cue)] == ' ')
          verb = bases[i] + strlen (cue) + 1;
      question = ds_lang_expand (lang, form, "subject", claim->subject, "cue", cue, "verb", verb, NULL);

      return capitalized (question);
    }
  /* "Yet the efforts met resistance: A, B …", "Kyoto's weakness was its
   * coverage: A, B", "Part II looks at cyber diplomacy: A, B and C": an
   * English noun in the singular before a colon inside a line is
   * elaborated, not listed ("What are the resistance?"); a list's head
   * is a plural ("key findings", "achievements and recognition") or
   * counted. (Lines under an intro line are a list whatever the head
   * read.) */
  if (claim->english && claim->subject != NULL && claim->count_word == NULL && claim->cue != NULL &&
      strcmp (claim->cue, ":") == 0 && claim->sentence != NULL && strchr (claim->sentence, '\n') == NULL &&
      !plural_in (claim->subject, lang))
    return NULL;
  /* "The threats reported most often in the first month:", "There are
   * good reasons to think the Council will survive. First, …", "…
   * further agreements, which together form the ATS:": lines whose head
   * read is one thing ("month", "Council", an acronym) make "What are
   * the month?", no English; the intro itself is asked to be completed. */
  if (claim->english && claim->subject != NULL && claim->count_word == NULL && claim->lead != NULL &&
      (!plural_in (claim->subject, lang) || one_name (claim->subject)) && !of_plurals (claim->subject, lang))
    {
      /* ("Public diplomacy:" over lines: an intro that is its head alone
       * says nothing to complete.) */
      if (g_ascii_strcasecmp (claim->lead, claim->subject) == 0)
        return NULL;
      return ds_lang_expand (lang, "question_complete", "count", NULL, "lead", claim->lead, NULL);
    }
  return list_template (gen, claim, lang, "question_list", NULL);
}

static char *
list_question (Gen           *gen,
               const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  g_autofree char *count = claim->stated_count > 0 && ds_claim_get_n_items (claim) <= claim->stated_count
                             ? g_strdup_printf ("%u", claim->stated_count) : NULL;

  /* "Apa saja yang ditangani BSSN?": a rule that read the list's verb
   * asked it already. */
  if (claim->question != NULL && claim->form == DS_LIST_FORM_NAMING)
    return g_strdup (claim->question);
  switch (claim->form)
    {
    case DS_LIST_FORM_NAMING:
      return naming_question (gen, claim, lang);
    case DS_LIST_FORM_EXAMPLES:
      return ds_lang_expand (lang, claim->count_word ? "question_examples_count" : "question_examples",
                             "count", claim->count_word, "subject", claim->subject, NULL);
    case DS_LIST_FORM_ACTIONS:
      return ds_lang_expand (lang, claim->lead ? "question_actions_lead" : "question_actions",
                             "subject", claim->subject, "lead", claim->lead, NULL);
    case DS_LIST_FORM_ADVICE:
      return ds_lang_expand (lang, claim->lead ? "question_advice_modal" :
                                   claim->subject ? "question_advice" : "question_advice_any",
                             "subject", claim->subject, "modal", claim->lead, "topic", claim->topic, NULL);
    case DS_LIST_FORM_PEOPLE:
      return ds_lang_expand (lang, "question_list_people", "subject", claim->subject, NULL);
    case DS_LIST_FORM_COMPLETE:
      return ds_lang_expand (lang, count ? "question_complete_count" : "question_complete",
                             "count", count, "lead", claim->lead, NULL);
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

/*
 * "Which of these is one of …": one item against three of other lists'
 * items of its type; else, when the list has three items or more, "Which
 * of these is not one of …": three of its items against one.
 */
static void
emit_list_choice (Gen                *gen,
                  const DsClaim      *claim,
                  const char * const *items,
                  guint               n)
{
  const DsLang *lang = lang_of (claim);
  const char *wrong[N_DISTRACTORS];
  guint pick = g_str_hash (claim->subject) % n;
  g_autofree char *question = list_template (gen, claim, lang, "choice_list_item", NULL);
  g_autofree char *not_question = NULL;

  if (question == NULL)
    return;
  if (ds_pools_pick (gen->pools, DS_POOL_ITEMS, claim, items[pick], question, items, n, FALSE,
                     N_DISTRACTORS, wrong) == N_DISTRACTORS)
    {
      emit_choice (gen, claim, question, items[pick], wrong);
      return;
    }
  if (n < N_DISTRACTORS)
    return;
  not_question = list_template (gen, claim, lang, "choice_list_not", NULL);
  if (ds_pools_pick (gen->pools, DS_POOL_ITEMS, claim, items[pick], not_question, items, n, FALSE,
                     1, wrong) == 1)
    {
      const char *others[N_DISTRACTORS];

      for (guint i = 0; i < N_DISTRACTORS; i++)
        others[i] = items[(pick + i) % n];
      emit_choice (gen, claim, not_question, wrong[0], others);
    }
}

/* @text with its bracketed asides dropped, folded, a space at either
 * end: for finding a phrase as whole words outside brackets. */
static char *
folded_outside_brackets (const char *text)
{
  GString *bare = g_string_sized_new (strlen (text));
  g_autofree char *folded = NULL;
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (depth == 0)
        g_string_append_c (bare, *p);
    }
  folded = ds_words_fold (bare->str, DS_FOLD_STRIP_MARKS);
  g_string_free (bare, TRUE);
  return g_strconcat (" ", folded, " ", NULL);
}

/* "Aktor HI ada negara, organisasi antarpemerintah seperti PBB dan ASEAN,
 * LSM seperti Amnesty International, dan individu", "actors are states,
 * agencies such as the ITU, firms such as Google and individuals": the
 * owner is one kind of an outer enumeration and its examples run on into
 * the kinds after it; an item that names examples of its own with the
 * owner's own cue (outside brackets) is such a kind ("Sebutkan contoh
 * organisasi antarpemerintah" answered with LSM and individuals). Inner
 * examples under another cue ("Aktor lain antara lain organisasi
 * antarpemerintah seperti PBB, …") stay in their item. */
static gboolean
examples_nest (const DsClaim      *claim,
               const char * const *items,
               guint               n)
{
  g_autofree char *cue = NULL;
  g_autofree char *needle = NULL;

  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->cue == NULL || claim->cue[0] == '\0')
    return FALSE;
  cue = ds_words_fold (claim->cue, DS_FOLD_STRIP_MARKS);
  needle = g_strconcat (" ", cue, " ", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *bare = folded_outside_brackets (items[i]);

      if (strstr (bare, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "anggota dari Amerika Latin seperti Meksiko, Cile …", "members from
 * Latin America such as Mexico …": examples are of a class; an owner
 * that is a name (every word capitalised, none in capitals only) is a
 * place or a body the examples come from, and "Sebutkan contoh Amerika
 * Latin" asks for examples of no class. */
static gboolean
examples_of_name (const DsClaim *claim)
{
  g_auto(GStrv) words = NULL;

  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->subject == NULL)
    return FALSE;
  words = g_strsplit (claim->subject, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean lower = FALSE;

      if (!g_unichar_isupper (g_utf8_get_char (words[i])))
        return FALSE;
      for (const char *p = g_utf8_next_char (words[i]); *p != '\0'; p = g_utf8_next_char (p))
        lower |= g_unichar_islower (g_utf8_get_char (p));
      if (!lower)
        return FALSE;
    }
  return words[0] != NULL;
}

/* "Estonia built one of the most digitised governments in the world:
 * almost every public service … can be done online", "products sold by
 * European firms were being used by governments in Bahrain, Egypt …": an
 * English item that opens on a passive ("being used", "can be done",
 * "were then sold": an auxiliary, then "be", "been" or "being", then a
 * participle: ds_words_is_participle())
 * is the rest of a clause split at its commas, not a thing; so is an
 * Indonesian item that opens on an auxiliary and a passive in "di-"
 * ("dapat dilakukan secara daring", "sedang digunakan oleh …"). Lists
 * of actions or advice may open so. */
static gboolean
item_opens_passive (const DsClaim      *claim,
                    const char * const *items,
                    guint               n)
{
  const DsLang *lang = lang_of (claim);

  if (claim->form == DS_LIST_FORM_ACTIONS || claim->form == DS_LIST_FORM_ADVICE)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *folded = ds_words_fold (items[i], DS_FOLD_STRIP_MARKS);
      g_auto(GStrv) words = g_strsplit (folded, " ", 4);
      guint k = 0;

      if (words[0] == NULL || words[1] == NULL)
        continue;
      /* "dapat dilakukan secara daring", "sedang digunakan oleh …" */
      if (!claim->english)
        {
          if ((ds_lang_lookup (lang, words[0], -1, NULL) & DS_WORD_AUX) && g_str_has_prefix (words[1], "di") &&
              _ds_lexicon_looks_like_verb_id (words[1]) &&
              !(ds_lang_lookup (lang, words[1], -1, NULL) & (DS_WORD_NOUN | DS_WORD_FUNCTION)))
            return TRUE;
          continue;
        }
      if (ds_lang_lookup (lang, words[0], -1, NULL) & DS_WORD_AUX)
        k = 1;
      if (words[k] == NULL || words[k + 1] == NULL ||
          !(g_str_equal (words[k], "be") || g_str_equal (words[k], "been") || g_str_equal (words[k], "being")))
        continue;
      if (k == 0 && !g_str_equal (words[0], "being"))
        continue;
      if (ds_words_is_participle (lang, words[k + 1], -1))
        return TRUE;
    }
  return FALSE;
}

/* "Several developments pushed the United States to act:", "Other
 * countries followed:": an English owner read to the end of its
 * intro's clause holds the clause's finite verb, a word in "-ed" after
 * the owner's noun with the verb's object after it (a determiner) or
 * nothing ("What are the developments pushed the United?", "What are the
 * other countries followed?"); a participle that modifies the noun takes
 * a preposition or "by" ("the measures adopted in 2015"), and a
 * relative owns its verb ("the features that older funds lacked"). */
static gboolean
owner_holds_verb (const DsClaim *claim)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const DsLang *lang = lang_of (claim);
  gboolean own_subject = FALSE;

  if (!claim->english || claim->subject == NULL || claim->form != DS_LIST_FORM_NAMING)
    return FALSE;
  folded = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  words = g_strsplit (folded, " ", -1);
  for (guint i = 1; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      guint64 prev = ds_lang_lookup (lang, words[i - 1], -1, NULL);

      /* ("the features that older funds lacked": a relative's verb) */
      if (prev & DS_WORD_RELATIVE)
        return FALSE;
      /* "Three candidates are usually discussed, namely …": an
       * auxiliary after the owner's noun is the clause's verb; after a
       * subject of its own ("the measures the ministry has pursued", "the
       * reasons why states have …") it is a relative's. */
      if (prev & (DS_WORD_DET | DS_WORD_QUESTION | DS_WORD_PRONOUN))
        own_subject = TRUE;
      if ((ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_AUX) && !(prev & DS_WORD_FUNCTION) && !own_subject)
        return TRUE;
      if (len > 4 && g_str_has_suffix (words[i], "ed") && !(prev & DS_WORD_FUNCTION) &&
          (words[i + 1] == NULL || (ds_lang_lookup (lang, words[i + 1], -1, NULL) & DS_WORD_DET)))
        return TRUE;
    }
  return FALSE;
}

/* "pelaku usaha yang menjalankan kegiatan seperti pertukaran, transfer,
 * …", "firms that run activities such as exchange, transfer …": examples
 * straight after the object of a relative clause, no comma between, are
 * the object's ("kegiatan"), not the head's; "Sebutkan contoh pelaku
 * usaha yang menjalankan kegiatan" answers with activities for firms.
 * After a comma ("tugas yang membutuhkan kecerdasan manusia, seperti
 * …") the examples may be the head's and are asked. */
static gboolean
examples_of_relative_object (const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  g_autofree char *folded = NULL;
  g_autofree char **words = NULL;
  const char *at;
  guint n = 0, relative = 0, verb;

  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->subject == NULL || claim->sentence == NULL ||
      claim->cue == NULL || claim->cue[0] == '\0')
    return FALSE;
  folded = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  words = ds_words_split (folded);
  for (n = 0; words[n] != NULL; n++)
    if (relative == 0 && n > 0 && (ds_lang_lookup (lang, words[n], -1, NULL) & DS_WORD_RELATIVE))
      relative = n;
  /* (The relative, an active verb past any adverb or auxiliary, and an
   * object after it: "yang paling banyak ditemukan selama …" has none.) */
  if (relative == 0)
    return FALSE;
  for (verb = relative + 1; verb < n; verb++)
    if (!(ds_lang_lookup (lang, words[verb], -1, NULL) & (DS_WORD_ADV | DS_WORD_AUX)))
      break;
  if (verb + 1 >= n)
    return FALSE;
  if (claim->english ? (g_str_has_suffix (words[verb], "ed") ||
                        (ds_lang_lookup (lang, words[verb], -1, NULL) & (DS_WORD_FUNCTION | DS_WORD_NOUN)))
                     : !(g_str_has_prefix (words[verb], "me") && _ds_lexicon_looks_like_verb_id (words[verb])))
    return FALSE;
  at = strstr (claim->sentence, claim->subject);
  if (at == NULL)
    return FALSE;
  at += strlen (claim->subject);
  return *at == ' ' && ds_ascii_strncasecmp (at + 1, claim->cue, strlen (claim->cue)) == 0;
}

/* "The group had 15 members, including A, B and C", "konten … memancing
 * emosi, seperti rasa takut, marah, atau iba", "The team toured cities
 * including …": an owner of examples that is one bare noun of a set that
 * only membership or place defines, or of a feeling (the phrase list
 * examples_owner_set: "members", "cities", "participants", "emosi",
 * "kota-kota", "pemerintah") is of a set the sentence places, and the
 * question cannot say which ("Name the examples of members given in the
 * essay." asks "of what?"). A noun of a kind ("offences such as …",
 * "tools such as …") stands alone. It stays when the owner was cut from
 * a longer one in the sentence ("means of …", "wakil dari …": "of" or
 * "dari" right before the noun) or when the heading the list stands
 * under names the noun with more words ("Cities hosting cyber hubs"). */
static gboolean
examples_of_bare_noun (const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  g_autofree char *folded = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char **words = NULL;
  const char * const *sets = ds_lang_get_phrases (lang, "examples_owner_set");
  const char *noun = NULL, *at;
  guint content = 0;

  if (claim->form != DS_LIST_FORM_EXAMPLES || claim->subject == NULL || claim->sentence == NULL)
    return FALSE;
  folded = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  words = ds_words_split (folded);
  for (guint i = 0; words[i] != NULL; i++)
    if (!(ds_lang_lookup (lang, words[i], -1, NULL) & DS_WORD_FUNCTION) &&
        (noun == NULL || !g_str_equal (noun, words[i])))   /* ("kota-kota": one noun) */
      content++, noun = words[i];
  if (content != 1 || noun == NULL || sets == NULL || !g_strv_contains (sets, noun))
    return FALSE;
  /* ("means of settlement": cut from a longer owner) */
  sentence = ds_words_fold (claim->sentence, DS_FOLD_STRIP_MARKS);
  for (at = strstr (sentence, noun); at != NULL; at = strstr (at + 1, noun))
    {
      gsize len = strlen (noun);

      if ((at > sentence && g_ascii_isalnum (at[-1])) || g_ascii_isalnum (at[len]) || at[len] == '-')
        continue;
      if ((at - sentence >= 3 && strncmp (at - 3, "of ", 3) == 0 && (at - sentence == 3 || at[-4] == ' ')) ||
          (at - sentence >= 5 && strncmp (at - 5, "dari ", 5) == 0 && (at - sentence == 5 || at[-6] == ' ')))
        return FALSE;
    }
  /* (a heading that names the noun with more words) */
  if (claim->topic != NULL)
    {
      g_autofree char *topic = ds_words_fold (claim->topic, DS_FOLD_STRIP_MARKS);
      g_autofree char **heading = ds_words_split (topic);
      gboolean named = FALSE;
      guint more = 0;

      for (guint i = 0; heading[i] != NULL; i++)
        if (g_str_equal (heading[i], noun))
          named = TRUE;
        else if (!(ds_lang_lookup (lang, heading[i], -1, NULL) & DS_WORD_FUNCTION))
          more++;
      if (named && more > 0)
        return FALSE;
    }
  return TRUE;
}

static void
emit_list (Gen           *gen,
           const DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);
  g_autofree const char **items = g_new0 (const char *, n + 1);
  g_autofree char *question = list_question (gen, claim);
  g_autofree char *answer = NULL;
  GString *id_text = gen->buf;
  DsCard *card;

  /* A question asked already: no card, and no id computed for nothing. */
  if (question == NULL || n == 0 || question_taken (gen, claim, question))
    return;

  for (guint i = 0; i < n; i++)
    items[i] = ds_claim_get_item (claim, i);
  if (names_an_item (question, items, n) || examples_nest (claim, items, n) || examples_of_name (claim) || examples_of_relative_object (claim) ||
      examples_of_bare_noun (claim) ||
      item_opens_passive (claim, items, n) || owner_holds_verb (claim))
    return;
  answer = g_strjoinv ("; ", (char **) items);

  g_string_assign (id_text, claim->subject ? claim->subject : claim->lead ? claim->lead : question);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (id_text, "\n%s", items[i]);

  card = card_new (claim, DS_CARD_LIST, id_text->str, question, answer);
  ds_card_set_items (card, items);
  ds_card_set_expected_count (card, (claim->form == DS_LIST_FORM_NAMING || claim->form == DS_LIST_FORM_COMPLETE) &&
                                      n > claim->stated_count ? 0 : claim->stated_count);
  for (guint i = 0; claim->warnings && i < claim->warnings->len; i++)
    ds_card_add_warning (card, claim->warnings->pdata[i]);
  if (emit (gen, card, claim) != NULL && claim->subject != NULL && claim->form != DS_LIST_FORM_ACTIONS &&
      claim->form != DS_LIST_FORM_ADVICE)
    emit_list_choice (gen, claim, items, n);
}

/* ---- Definitions ---- */

/* "A trade sanction is …": the article the sentence sets before a term in
 * lower case (the language's phrase list definition_article), which the
 * term drops; NULL when it has none. */
static const char *
term_article (const DsClaim *claim,
              const DsLang  *lang)
{
  const char * const *articles = ds_lang_get_phrases (lang, "definition_article");
  const char *at;

  if (articles == NULL || claim->sentence == NULL || !g_ascii_islower (claim->subject[0]))
    return NULL;
  at = strstr (claim->sentence, claim->subject);
  if (at == NULL || at == claim->sentence || at[-1] != ' ')
    return NULL;
  for (guint i = 0; articles[i] != NULL; i++)
    {
      gsize n = strlen (articles[i]);
      const char *word = at - 1 - n;

      if ((gsize) (at - claim->sentence) >= n + 1 && ds_ascii_strncasecmp (word, articles[i], n) == 0 &&
          (word == claim->sentence || word[-1] == ' '))
        return articles[i];
    }
  return NULL;
}

/* The term as a statement writes it: with the article the sentence sets
 * before it ("a trade sanction"). */
static char *
written_term (const DsClaim *claim)
{
  const char *article = term_article (claim, lang_of (claim));

  return article != NULL ? g_strconcat (article, " ", claim->subject, NULL) : g_strdup (claim->subject);
}

/* "X is @body."; with @other, the term set against another of its kind:
 * "X, unlike Y, is @body." */
static char *
statement (const DsClaim *claim,
           const char    *body,
           const DsClaim *other)
{
  const DsLang *lang = lang_of (claim);
  g_autofree char *written = written_term (claim);
  g_autofree char *term = claim->attribution ? g_strdup (written) : capitalized (written);
  g_autofree char *unlike = other != NULL ? written_term (other) : NULL;
  gboolean predicate = claim->cue != NULL && claim->cue[0] == '\0' && claim->attribution == NULL;

  if (unlike != NULL)
    {
      g_autofree char *set = ds_lang_expand (lang, "statement_contrast_term", "term", term, "other", unlike, NULL);

      g_free (term);
      term = g_steal_pointer (&set);
    }
  /* "Trade sanctions limit …": a body that is the term's own predicate
   * has no cue before it. */
  if (predicate)
    return ds_lang_expand (lang, "statement_predicate", "term", term, "body", body, NULL);
  return ds_lang_expand (lang, claim->attribution ? "statement_definition_by" : "statement_definition",
                         "who", claim->attribution, "term", term, "cue", claim->cue, "body", body, NULL);
}

/* Whether the last word of @cue is a complementiser ("means that",
 * "berarti bahwa"): a clause must follow it. */
static gboolean
cue_wants_clause (const DsLang *lang,
                  const char   *cue)
{
  g_autofree char *folded = NULL;
  const char *last;

  if (cue == NULL || cue[0] == '\0')
    return FALSE;
  folded = ds_words_fold (cue, DS_FOLD_STRIP_MARKS);
  last = strrchr (folded, ' ');
  return (ds_lang_lookup (lang, last != NULL ? last + 1 : folded, -1, NULL) & DS_WORD_THAT) != 0;
}

/* Whether @body, up to its first comma or relative ("a forum that is
 * open …" is none), holds an auxiliary or a modal ("a state must not
 * …", "negara harus …"): a clause for sure. */
static gboolean
body_has_auxiliary (const DsLang *lang,
                    const char   *body)
{
  g_autofree char *head = g_strndup (body, strcspn (body, ",;:"));
  g_autofree char *folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint64 flags = words[i][0] != '\0' ? ds_lang_lookup (lang, words[i], -1, NULL) : 0;

      if (flags & (DS_WORD_RELATIVE | DS_WORD_THAT))
        return FALSE;
      if (flags & DS_WORD_AUX)
        return TRUE;
    }
  return FALSE;
}

/* Whether a true/false statement reads "@term @cue @body" as a sentence,
 * @body having been written after @body_cue: "Countermeasures, unlike
 * due diligence, means that otherwise unlawful acts taken …" puts a
 * noun phrase where "means that" needs a clause, "X, unlike Y, is a
 * state must not …" a clause after "is", and "X, bukan Y, yaitu …"
 * glosses what it should assert (a restating cue, the language's phrase
 * list defs_restate_cue). After a complementiser the body must hold an
 * auxiliary (the clause a note's gloss is taken for may be none: the
 * definition's card shows no cue, the statement does); a body written
 * after one goes after no other cue. */
static gboolean
statement_reads (const DsLang *lang,
                 const char   *cue,
                 const char   *body,
                 const char   *body_cue)
{
  const char * const *restate = ds_lang_get_phrases (lang, "defs_restate_cue");

  if (cue != NULL && cue[0] != '\0')
    {
      g_autofree char *folded = ds_words_fold (cue, DS_FOLD_STRIP_MARKS);

      for (guint i = 0; restate != NULL && restate[i] != NULL; i++)
        if (g_str_equal (folded, restate[i]))
          return FALSE;
    }
  if (cue_wants_clause (lang, cue))
    return body_has_auxiliary (lang, body);
  return !cue_wants_clause (lang, body_cue);
}

/* "Diplomatic bag (Article 27)", "Akses ilegal (Pasal 30)": a term that
 * ends on a bracket with a part of a text and its number (the phrase
 * list text_part) names a provision of a text; two
 * provisions are no kin, and "X (Article 27), unlike Y (Article 31), is
 * …" sets one rule against another it has nothing in common with. */
static gboolean
provision_term (const DsLang *lang,
                const char   *term)
{
  const char * const *parts = ds_lang_get_phrases (lang, "text_part");
  const char *open = term != NULL ? strrchr (term, '(') : NULL;
  gsize n = term != NULL ? strlen (term) : 0;
  gboolean number = FALSE;

  if (open == NULL || n < 3 || term[n - 1] != ')')
    return FALSE;
  for (const char *p = open; p < term + n; p++)
    number |= g_ascii_isdigit (*p);
  /* ("(1950s)", "(2012)" date it: the part's word comes first.) */
  for (guint i = 0; number && parts != NULL && parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (ds_ascii_strncasecmp (open + 1, parts[i], len) == 0 && open[1 + len] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* Whether @claim's definition is the gloss of a note line: its body
 * follows a colon, an equals sign, a dash or an arrow ("Pluralism:
 * states have different values; …", "X = konsep … yg …", "**financial
 * gain** — the primary motive …"). A gloss is written as a note, not as
 * a predicate, and the statement lends it a copula: "X, unlike Y, is
 * states have …" reads as no sentence. A body the sentence does not hold
 * as written (reworded by the reader) is taken for prose. */
static gboolean
note_gloss (const DsClaim *claim)
{
  g_autofree char *start = NULL;
  const char *at;
  gsize n;

  if (claim->sentence == NULL || claim->body == NULL)
    return FALSE;
  n = strlen (claim->body);
  start = g_strndup (claim->body, MIN (n, 12));
  at = strstr (claim->sentence, start);
  if (at == NULL)
    return FALSE;
  while (at > claim->sentence && (at[-1] == ' ' || at[-1] == '*' || at[-1] == '_'))
    at--;
  if (at == claim->sentence)
    return FALSE;
  if (at[-1] == ':' || at[-1] == '=' || at[-1] == '>')
    return TRUE;
  /* (an en or em dash, or an arrow, in UTF-8) */
  return at - claim->sentence >= 3 &&
         (g_str_has_prefix (at - 3, "\xe2\x80\x94") || g_str_has_prefix (at - 3, "\xe2\x80\x93") ||
          g_str_has_prefix (at - 3, "\xe2\x86\x92"));
}

/* Whether the gloss of a note line (note_gloss()) will not stand as the
 * predicate of a statement: it holds a semicolon, two notes run together
 * ("states have different values; society rests on …", "negara pinjam
 * langsung …; syarat dirundingkan …") or a list's debris ("…; and"). A
 * gloss that is one noun phrase ("Fact-checker: an organisation that
 * …") reads after the copula the statement lends it. */
static gboolean
gloss_unfit (const DsClaim *claim)
{
  return strchr (claim->body, ';') != NULL && note_gloss (claim);
}

/* Whether @term occurs in @sentence outside @own (the words of the
 * sentence's own term), as whole words, folded. */
static gboolean
sentence_names (const char *sentence,
                const char *own,
                const char *term)
{
  g_autofree char *folded = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *own_folded = NULL;
  g_autofree char *padded = NULL;
  char *at;

  if (sentence == NULL || term == NULL)
    return FALSE;
  folded = ds_words_fold (sentence, DS_FOLD_STRIP_MARKS);
  padded = g_strconcat (" ", folded, " ", NULL);
  needle = ds_words_fold (term, DS_FOLD_STRIP_MARKS);
  own_folded = ds_words_fold (own, DS_FOLD_STRIP_MARKS);
  /* (The sentence's own term is blanked first: "data sovereignty" holds
   * no "sovereignty" of another term.) */
  if (own_folded[0] != '\0')
    for (at = strstr (padded, own_folded); at != NULL; at = strstr (at + 1, own_folded))
      if (at[-1] == ' ' && at[strlen (own_folded)] == ' ')
        memset (at, '_', strlen (own_folded));
  return needle[0] != '\0' && gives_away (padded + 1, needle);
}

/* "Diplomasi digital adalah sarana diplomasi publik, dan diplomasi
 * publik merupakan sarana untuk membangun soft power": a term whose
 * definition's sentence names the other term (or the other's names
 * it) is chained to it, a means of it, a kind of it, or one step before
 * it; the two are no like-for-like pair, and "Diplomasi publik, bukan
 * diplomasi digital, merupakan sarana …" asserts what the sentence
 * does not (blind round 27: judged wrong). */
static gboolean
terms_chained (const DsClaim *claim,
               const DsClaim *kin)
{
  return sentence_names (claim->sentence, claim->subject, kin->subject) ||
         sentence_names (kin->sentence, kin->subject, claim->subject);
}

/* True or false: the term set against another of its kind from the same
 * essay (definition_kin()), with its own definition (true) or the
 * other's (a like-for-like swap, false): "Misinformation, unlike
 * disinformation, is false information shared without …". The true
 * statement alone would say again what the definition card beside it
 * says (blind round 17: no true/false judged good); set against the
 * other term it asks which of the two the definition belongs to, so it
 * tests what the definition card does not. None when the essay has no
 * such other, nor when the other's body holds this term ("Public
 * diplomacy is public diplomacy plus speed" is no statement). Whether the
 * card shows the swap or the true statement follows a hash of the
 * definition: a quiz whose statements are all false is answered without
 * reading them (run B2 of blind round 16). Returns whether it made one. */
static gboolean
emit_true_false (Gen           *gen,
                 const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  const char *other[1];
  const char *avoid[] = { claim->body };
  g_autofree char *truth = statement (claim, claim->body, NULL);
  g_autofree char *shown = NULL;
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *yes = ds_lang_expand (lang, "answer_true", NULL);
  g_autofree char *no = ds_lang_expand (lang, "answer_false", NULL);
  const char *choices[] = { yes, no, NULL };
  const gboolean is_true = (g_str_hash (truth) & 1) == 0;
  g_autofree char *term = ds_generator_normalize (claim->subject);
  g_autofree char *swapped = NULL;
  const DsClaim *kin;
  DsCard *card;

  if (ds_pools_pick (gen->pools, DS_POOL_DEFINITIONS, claim, claim->body, truth, avoid, 1, TRUE,
                     1, other) == 0)
    return FALSE;
  swapped = ds_generator_normalize (other[0]);
  kin = ds_pools_owner (gen->pools, DS_POOL_DEFINITIONS, claim, other[0]);
  if (gives_away (swapped, term) || kin == NULL || kin->subject == NULL || !statement_reads (lang, claim->cue, is_true ? claim->body : other[0], is_true ? claim->cue : kin->cue) ||
      provision_term (lang, claim->subject) || provision_term (lang, kin->subject) ||
      gloss_unfit (claim) || gloss_unfit (kin) || terms_chained (claim, kin))
    return FALSE;
  shown = statement (claim, is_true ? claim->body : other[0], kin);
  question = ds_lang_expand (lang, "question_true_false", "statement", shown, NULL);
  if (question_taken (gen, claim, question))
    return FALSE;
  answer = g_strdup_printf ("%s. %s", is_true ? yes : no, truth);
  card = card_new (claim, DS_CARD_TRUE_FALSE, question, question, answer);
  ds_card_set_choices (card, choices, is_true ? 0 : 1);
  return emit (gen, card, claim) != NULL;
}

/* The first word of @text, folded, past an article ("a", "the",
 * "sebuah"): the head of a definition's class. */
static char *
head_word (const char *text)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", 3);
  guint i = 0;

  if (words[0] != NULL && words[1] != NULL &&
      (ds_lang_lookup (ds_lang_get ("en"), words[0], -1, NULL) & DS_WORD_DET ||
       ds_lang_lookup (ds_lang_get ("id"), words[0], -1, NULL) & DS_WORD_DET))
    i = 1;
  return g_strdup (words[i] != NULL ? words[i] : "");
}

/* "Manakah pengertian cek fakta? — kegiatan memeriksa … / informasi
 * keliru … / informasi bohong … / informasi keliru …": when the three
 * wrong definitions share their class's head word and the right one has
 * another, the answer is the odd one out, told without reading it. */
static gboolean
odd_one_out (const char  *answer,
             const char **wrong)
{
  g_autofree char *head = head_word (answer);
  g_autofree char *first = head_word (wrong[0]);

  if (first[0] == '\0' || g_str_equal (head, first))
    return FALSE;
  for (guint i = 1; i < N_DISTRACTORS; i++)
    {
      g_autofree char *other = head_word (wrong[i]);

      if (!g_str_equal (other, first))
        return FALSE;
    }
  return TRUE;
}

static gboolean
emit_definition_choice (Gen           *gen,
                        const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  const char *wrong[N_DISTRACTORS];
  const char *avoid[] = { claim->body };
  g_autofree char *question = NULL;

  question = ds_lang_expand (lang, claim->attribution ? "choice_definition_by" : "choice_definition",
                             "who", claim->attribution, "term", claim->subject, NULL);
  return ds_pools_pick (gen->pools, DS_POOL_DEFINITIONS, claim, claim->body, question, avoid, 1, FALSE,
                        N_DISTRACTORS, wrong) == N_DISTRACTORS &&
         !odd_one_out (claim->body, wrong) &&
         emit_choice (gen, claim, question, claim->body, wrong);
}

static void
emit_definition (Gen           *gen,
                 const DsClaim *claim)
{
  const DsLang *lang = lang_of (claim);
  g_autofree char *question = NULL;
  g_autofree char *id_text = g_strconcat (claim->subject, "\n", claim->body, NULL);

  question = ds_lang_expand (lang, claim->attribution ? "question_definition_by" : "question_definition",
                             "who", claim->attribution, "term", claim->subject, NULL);
  /* A second definition of the same term: ask for the term instead. */
  if (question_taken (gen, claim, question))
    {
      g_autofree char *cloze = g_strdup_printf ("%s %s%s%s.", DS_CARD_BLANK, claim->cue,
                                                claim->cue[0] != '\0' ? " " : "", claim->body);

      emit (gen, card_new (claim, DS_CARD_CLOZE, id_text, cloze, claim->subject), claim);
      return;
    }
  if (emit (gen, card_new (claim, DS_CARD_DEFINITION, id_text, question, claim->body), claim) == NULL)
    return;
  /* One card beside the definition: three on one line ask one thing
   * thrice (blind round 17). The choice among four definitions first;
   * where the essay has too few, the true/false of a like-for-like
   * swap. */
  if (!emit_definition_choice (gen, claim))
    emit_true_false (gen, claim);
}

/* ---- Facts ---- */

/* "Menjelang Pemilu 2024 …, puncaknya pada _____" → "Februari 2024",
 * "When did the 2019 summit open? — 4 June 2019": the year of a date the
 * card asks stands in its stem (the question, or the blank's sentence),
 * so options that differ in the year give the answer away. */
static gboolean
stem_shows_year (const DsClaim *claim)
{
  const char *text = claim->question != NULL ? claim->question : claim->body;
  const char *end, *p;
  g_autofree char *stem = NULL;
  g_autofree char *year = NULL;

  if (text == NULL || claim->subject == NULL)
    return FALSE;
  end = claim->subject + strlen (claim->subject);
  while (end > claim->subject && !g_ascii_isdigit (end[-1]))
    end--;
  for (p = end; p > claim->subject && g_ascii_isdigit (p[-1]); p--)
    ;
  if (end - p != 4)
    return FALSE;
  year = g_strndup (p, end - p);
  stem = ds_generator_normalize (text);
  return gives_away (stem, year);
}

/* What the blank's sentence says right after the blank ("… _____ a
 * year", the answer "365 days"), or NULL for a question. */
static const char *
after_blank (const DsClaim *claim)
{
  const char *blank = claim->question == NULL && claim->body != NULL ? strstr (claim->body, DS_CARD_BLANK) : NULL;

  return blank != NULL ? blank + strlen (DS_CARD_BLANK) : NULL;
}

/* Three wrong answers of the answer's type. A figure's own variants come
 * first: written as the answer is, in its unit, they differ only in the
 * number; the pool fills what they leave. Words come from the pool. @owned
 * receives what must be freed. */
static gboolean
fact_wrong_answers (Gen           *gen,
                    const DsClaim *claim,
                    const char    *seed,
                    const char   **wrong,
                    char         **owned)
{
  const char *avoid[] = { claim->subject };
  DsAnswerType type = ds_answer_type (claim, claim->subject);
  guint n = 0;

  if (ds_answer_type_is_figure (type))
    {
      char *made[N_DISTRACTORS + 2];
      gboolean year_shown = type == DS_ANSWER_DATE && stem_shows_year (claim);
      guint n_made = year_shown ?
        ds_generator_month_variants (claim->subject, lang_of (claim), seed, G_N_ELEMENTS (made), made) :
        ds_generator_figure_variants (claim->subject, after_blank (claim), type, seed, G_N_ELEMENTS (made), made);
      g_autofree char *stem = claim->body != NULL ? ds_generator_normalize (claim->body) : NULL;

      /* With the year in the stem, only dates of that year are wrong
       * answers worth the name; with no month to move, no choice. */
      if (year_shown && n_made < N_DISTRACTORS)
        {
          for (guint i = 0; i < n_made; i++)
            g_free (made[i]);
          return FALSE;
        }

      /* "Pada 2011 …, dan pada _____ …": a figure the stem shows is
       * another answer of the same sentence, no wrong one. */
      for (guint i = 0; i < n_made; i++)
        {
          g_autofree char *variant = stem != NULL ? ds_generator_normalize (made[i]) : NULL;

          if (n < N_DISTRACTORS && (stem == NULL || !gives_away (stem, variant)))
            {
              owned[n] = made[i];
              wrong[n] = made[i];
              n++;
            }
          else
            g_free (made[i]);
        }
    }
  if (n < N_DISTRACTORS)
    n += ds_pools_pick (gen->pools, DS_POOL_FACTS, claim, claim->subject, seed, avoid, 1, FALSE,
                        N_DISTRACTORS - n, wrong + n);
  return n == N_DISTRACTORS;
}

/* The multiple choice of a blank, or NULL when it has no three wrong
 * answers of its type. */
static DsCard *
blank_choice (Gen           *gen,
              const DsClaim *claim,
              const char    *id_text)
{
  const char *wrong[N_DISTRACTORS];
  char *owned[N_DISTRACTORS] = { NULL };
  g_autofree char *question = claim->question != NULL ? g_strdup (claim->question) :
    ds_lang_expand (lang_of (claim), "choice_blank", "sentence", claim->body, NULL);
  DsCard *card = NULL;

  if (fact_wrong_answers (gen, claim, id_text, wrong, owned))
    card = choice_new (gen, claim, question, claim->subject, wrong);
  for (guint i = 0; i < N_DISTRACTORS; i++)
    g_free (owned[i]);
  return card;
}

static gboolean
choice_listed (const char **wrong,
               guint        n,
               const char  *text)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (wrong[i], text) == 0)
      return TRUE;
  return FALSE;
}

/* A fact whose text sets other values of its kind beside it (a table's
 * column) is a multiple choice among them, figures of its kind filling
 * what they leave; NULL when three wrong answers cannot be had. */
static DsCard *
alternatives_choice (Gen           *gen,
                     const DsClaim *claim,
                     const char    *id_text)
{
  const char *wrong[N_DISTRACTORS];
  char *owned[N_DISTRACTORS] = { NULL };
  DsAnswerType type = ds_answer_type (claim, claim->subject);
  g_autofree char *question = claim->question != NULL ? g_strdup (claim->question) :
    ds_lang_expand (lang_of (claim), "choice_blank", "sentence", claim->body, NULL);
  DsCard *card = NULL;
  guint n = 0;

  for (guint i = 0; i < claim->alternatives->len && n < N_DISTRACTORS; i++)
    if (ds_answer_type (claim, claim->alternatives->pdata[i]) == type)
      wrong[n++] = claim->alternatives->pdata[i];
  if (n < N_DISTRACTORS && ds_answer_type_is_figure (type))
    {
      guint made = ds_generator_figure_variants (claim->subject, after_blank (claim), type, id_text, N_DISTRACTORS, owned);

      for (guint i = 0; i < made && n < N_DISTRACTORS; i++)
        if (!choice_listed (wrong, n, owned[i]))
          wrong[n++] = owned[i];
    }
  if (n == N_DISTRACTORS)
    card = choice_new (gen, claim, question, claim->subject, wrong);
  for (guint i = 0; i < N_DISTRACTORS; i++)
    g_free (owned[i]);
  return card;
}

/* A name without the article before it: options are written alike
 * ("the Ministry of Public Works" beside "Delta Emergency Council"). */
static const char *
bare_name (const char *name)
{
  return ds_ascii_strncasecmp (name, "the ", 4) == 0 ? name + 4 : name;
}

/* A name a fact asks ("Who warned …?", "… by _____") among three others
 * of its kind that the essay names (bodies beside a body, laws beside a
 * law): other facts' answers, its lists' items, the names of its claims'
 * sentences; none sharing a word with the question, which may be about it
 * ("By whom was the fund set up?" offers no fund); never for an
 * acronym's expansion (its letters tell it).
 * NULL when three cannot be had. */
static DsCard *
name_choice (Gen           *gen,
             const DsClaim *claim,
             const char    *id_text)
{
  static const DsPoolKind sources[] = { DS_POOL_FACTS, DS_POOL_ITEMS, DS_POOL_NAMES };
  const char *wrong[N_DISTRACTORS];
  const char *avoid[2 + N_DISTRACTORS] = { claim->subject };
  guint n_avoid = 1, n = 0;
  g_autofree char *question = NULL;

  if (claim->rule == DS_CLAIM_RULE_ACRONYM || !ds_answer_name_known (claim, claim->subject))
    return NULL;
  /* (The question's words: "the fund" there is the Coastal Relief Fund.) */
  avoid[n_avoid++] = claim->question != NULL ? claim->question : claim->body;
  /* Each source's picks are avoided by the next: no option twice. */
  for (guint k = 0; k < G_N_ELEMENTS (sources) && n < N_DISTRACTORS; k++)
    {
      guint got = ds_pools_pick (gen->pools, sources[k], claim, claim->subject, id_text, avoid, n_avoid, TRUE,
                                 N_DISTRACTORS - n, wrong + n);

      for (guint i = 0; i < got; i++)
        avoid[n_avoid++] = wrong[n + i];
      n += got;
    }
  if (n < N_DISTRACTORS)
    return NULL;
  for (guint i = 0; i < N_DISTRACTORS; i++)
    wrong[i] = bare_name (wrong[i]);
  question = claim->question != NULL ? g_strdup (claim->question) :
    ds_lang_expand (lang_of (claim), "choice_blank", "sentence", claim->body, NULL);
  return choice_new (gen, claim, question, bare_name (claim->subject), wrong);
}

/* Whether a fact's figure is asked as a multiple choice: any blank's
 * ("10 billion" is hard to type as the essay writes it); a question's
 * year or percentage ("When was … signed?"), whose wrong answers are of
 * its kind and scale. */
static gboolean
figure_asked (const DsClaim *claim)
{
  DsAnswerType type = ds_answer_type (claim, claim->subject);

  /* (A note's label set to a figure, "Berapa kerugian panen?", asks the
   * figure as a blank does.) */
  if (claim->question == NULL || claim->rule == DS_CLAIM_RULE_NUMBER)
    return ds_answer_type_is_figure (type);
  /* ("18 persen sumur air tawar rusak …" is a finding, no figure.) */
  return type == DS_ANSWER_YEAR || (type == DS_ANSWER_PERCENT && strchr (claim->subject, ' ') == strrchr (claim->subject, ' '));
}

/* Whether a blank cuts a name short: the answer opens with a capital and
 * a code runs on right after the blank, a capital letter with digits or
 * alone ("sebelumnya dikenal sebagai _____ C-18" → "Bill", "yang disebut
 * _____ A" → "Amount"). The card asks the half of a name the stem does
 * not give away; no card. A number after it ("the _____ 6 cable") may be
 * a series' number, and a bracket ("_____ (A/76/135)") glosses the whole
 * answer. */
static gboolean
blank_cuts_name (const DsClaim *claim)
{
  const char *after = after_blank (claim);
  const char *end;
  gboolean digit = FALSE;

  if (after == NULL || after[0] != ' ' || claim->subject == NULL ||
      !g_unichar_isupper (g_utf8_get_char (claim->subject)) || !g_ascii_isupper (after[1]))
    return FALSE;
  after++;
  end = after + strcspn (after, " ,;:.)");
  for (const char *p = after; p < end; p++)
    digit |= g_ascii_isdigit (*p);
  return digit || end == after + 1;
}

/* One card per fact. A blank for a figure is a multiple choice ("10
 * billion" is hard to type as the essay writes it) when it has three
 * wrong figures of its kind; any other blank, and a question ("Who signed
 * …?"), is typed. A cloze and a choice on one blank would ask it twice. */
static void
emit_fact (Gen           *gen,
           const DsClaim *claim)
{
  const char *asked = claim->question ? claim->question : claim->body;
  g_autofree char *id_text = g_strconcat (asked, "\n", claim->subject, NULL);
  DsCard *choice;

  if (question_taken (gen, claim, asked) || blank_cuts_name (claim))
    return;
  if (claim->alternatives != NULL && (choice = alternatives_choice (gen, claim, id_text)) != NULL &&
      emit (gen, choice, claim) != NULL)
    return;
  if ((choice = name_choice (gen, claim, id_text)) != NULL && emit (gen, choice, claim) != NULL)
    return;
  if (figure_asked (claim) && (choice = blank_choice (gen, claim, id_text)) != NULL &&
      emit (gen, choice, claim) != NULL)
    return;
  emit (gen, card_new (claim, claim->question ? DS_CARD_FACT : DS_CARD_CLOZE, id_text, asked,
                       claim->subject), claim);
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
                          DsEssay   **essays,
                          guint       n_essays)
{
  Gen gen = { 0 };

  gen.cards = g_ptr_array_new_with_free_func (g_object_unref);
  gen.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen.questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen.buf = g_string_new (NULL);
  gen.pools = ds_pools_new ();

  for (guint e = 0; e < n_essays; e++)
    ds_pools_fill (gen.pools, claims[e]);
  for (guint e = 0; e < n_essays; e++)
    {
      gen.essay = essays != NULL ? essays[e] : NULL;
      for (guint i = 0; i < claims[e]->len; i++)
        emit_claim (&gen, claims[e]->pdata[i]);
    }

  g_hash_table_unref (gen.ids);
  g_hash_table_unref (gen.questions);
  ds_pools_free (gen.pools);
  g_string_free (gen.buf, TRUE);

  return gen.cards;
}

GPtrArray *
ds_generator_generate (DsEssay *essay)
{
  g_autoptr(GPtrArray) claims = NULL;

  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  claims = ds_claims_extract (essay);
  return ds_generator_from_claims (&claims, &essay, 1);
}

GPtrArray *
ds_generator_generate_all (GListModel *essays)
{
  guint n;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) read = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (essays), NULL);

  n = g_list_model_get_n_items (essays);
  all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  read = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      DsEssay *essay = g_list_model_get_item (essays, i);

      g_ptr_array_add (read, essay);
      g_ptr_array_add (all, ds_claims_extract (essay));
    }
  return ds_generator_from_claims ((GPtrArray **) all->pdata, (DsEssay **) read->pdata, n);
}
