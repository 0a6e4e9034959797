/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, the frame: the essay is walked block by block, each
 * paragraph cut into sentences and each sentence into tokens, once. The
 * rules look at a sentence's tokens (and, for lists made of blocks or of
 * sentences, at the blocks and sentences around it); every candidate claim
 * passes the gate's checks when it is committed, and when the essay is read
 * the ranking keeps what fits the essay's budget. The whole pass is linear
 * in the size of the essay. Spans are counted in characters from the
 * sentence start, never from the top.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-text-inline.h"
#include "ds-utf8.h"
#include "ds-words.h"

G_DEFINE_BOXED_TYPE (DsClaim, ds_claim, ds_claim_ref, ds_claim_unref)

DsClaim *
ds_claim_ref (DsClaim *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
item_clear (gpointer data)
{
  DsClaimItem *item = data;

  g_free (item->text);
}

void
ds_claim_unref (DsClaim *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->essay_id);
  g_free (self->subject);
  g_free (self->body);
  g_free (self->cue);
  g_free (self->lead);
  g_free (self->question);
  g_clear_pointer (&self->items, g_array_unref);
  g_free (self->count_word);
  g_free (self->sentence);
  g_free (self->topic);
  g_free (self->attribution);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->alternatives, g_ptr_array_unref);
  g_free (self);
}

guint
ds_claim_get_n_items (const DsClaim *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items ? self->items->len : 0;
}

const char *
ds_claim_get_item (const DsClaim *self,
                   guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < ds_claim_get_n_items (self), NULL);
  return g_array_index (self->items, DsClaimItem, index).text;
}

const char *
ds_claim_kind_to_string (DsClaimKind kind)
{
  static const char * const names[] = {
    "enumeration", "definition", "fact", "role",
  };

  g_return_val_if_fail (kind <= DS_CLAIM_ROLE, NULL);
  return names[kind];
}

const char *
ds_claim_rule_to_string (DsClaimRule rule)
{
  static const char * const names[] = {
    "markers", "cue", "roles", "actions", "blocks", "subheadings", "ordinals",
    "definition", "attributed", "alias", "acronym", "report", "event", "named",
    "number", "date", "law", "name", "rank", "contrast", "cover",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == DS_CLAIM_N_RULES);
  g_return_val_if_fail (rule < DS_CLAIM_N_RULES, NULL);
  return names[rule];
}

/* Characters between the sentence start and @q: sentences are short, so
 * counting from there keeps every conversion cheap. */
guint
_ds_sent_char_at (const Sent *s,
                  const char *q)
{
  return s->start + _ds_count_chars (s->p, q);
}

DsClaim *
_ds_claim_new (Ctx         *ctx,
               DsClaimKind  kind,
               DsClaimRule  rule,
               const Sent  *s)
{
  DsClaim *claim = g_new0 (DsClaim, 1);

  g_atomic_ref_count_init (&claim->ref_count);
  claim->kind = kind;
  claim->rule = rule;
  claim->essay_id = g_strdup (ctx->essay_id);
  claim->english = ctx->english;
  claim->topic = g_strdup (ctx->topic);
  if (s != NULL)
    {
      gboolean led = s->lead_p != NULL && s->lead_to == s->p;

      claim->start = led ? s->lead_start : s->start;
      claim->end = s->end_char;
      claim->sentence = led ? g_strndup (s->lead_p, s->end - s->lead_p) : g_strndup (s->p, s->end - s->p);
      /* A paragraph's first sentence usually states what the rest says. */
      if (s->first)
        claim->score += 0.5;
    }

  return claim;
}

void
_ds_claim_add_item (DsClaim    *claim,
                    const Sent *s,
                    const char *a,
                    const char *b)
{
  DsClaimItem item;

  if (claim->items == NULL)
    {
      claim->items = g_array_new (FALSE, FALSE, sizeof (DsClaimItem));
      g_array_set_clear_func (claim->items, item_clear);
    }

  item.text = _ds_sent_text_dup (s, a, b);
  item.start = _ds_sent_char_at (s, a);
  item.end = item.start + _ds_count_chars (a, b);
  g_array_append_val (claim->items, item);
}

void
_ds_claim_add_warning (DsClaim *claim,
                       char    *warning)
{
  if (claim->warnings == NULL)
    claim->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (claim->warnings, warning);
}

/* Makes the claim's source run on to @end (a later sentence or block). */
void
_ds_claim_extend (Ctx        *ctx,
                  DsClaim    *claim,
                  guint       end_char,
                  const char *end)
{
  gsize start = ds_essay_char_to_byte (ctx->essay, claim->start);

  claim->end = end_char;
  g_free (claim->sentence);
  claim->sentence = g_strndup (ctx->text + start, end - (ctx->text + start));
}

/* A key that two claims share when they say the same: kind, subject, body,
 * lead, attribution and items, folded by the core's normaliser. The key is
 * kept as a 64-bit hash: two different claims sharing one is as likely as
 * a lottery win, and would cost one card, not a wrong one. */
static guint64
claim_key (const DsClaim *claim)
{
  const char *fields[] = { claim->subject, claim->body, claim->lead, claim->attribution };
  guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325) ^ (guint64) claim->kind;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    h = ds_words_fold_hash (fields[i] != NULL ? fields[i] : "", h * 31 + i);
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    h = ds_words_fold_hash (ds_claim_get_item (claim, i), h * 31 + 7);
  return h | 1;
}

static gboolean
only_numbers (const DsClaim *claim)
{
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    for (const char *p = ds_claim_get_item (claim, i); *p != '\0'; p++)
      if (g_ascii_isalpha (*p))
        return FALSE;
  return TRUE;
}

/* One list committed that has an item: the list, its length, and the
 * item's entry before (1 + its index in ctx->list_entries, 0 at the
 * first). */
typedef struct {
  guint list;
  guint n;
  guint next;
} ListEntry;

/* For qsort() and g_array_sort() of guints, ascending. */
int
_ds_compare_uint (gconstpointer a,
                  gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* "… tiga pilar, yaitu A, B, dan C" and then a numbered block of A, B
 * and C: one list, asked once, whatever the two questions say. Two lists
 * of as many items are one when two thirds of the new one's items are
 * among the other's. Remembers the items of @claim, and says whether a
 * list had them already. Each item names the lists that have it
 * (ctx->list_items), so a list is weighed only against the lists that
 * share an item with it, not against every list before. */
static gboolean
items_seen (Ctx           *ctx,
            const DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) shared = NULL;
  guint run = 0;

  if (claim->kind != DS_CLAIM_ENUMERATION || n < 2)
    return FALSE;
  items = g_ptr_array_new_full (n, g_free);
  shared = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      char *item = ds_words_fold (ds_claim_get_item (claim, i), DS_FOLD_STRIP_MARKS);
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->list_items, item));

      g_ptr_array_add (items, item);
      for (guint e = id != 0 ? g_array_index (ctx->list_heads, guint, id - 1) : 0; e != 0;)
        {
          const ListEntry *entry = &g_array_index (ctx->list_entries, ListEntry, e - 1);

          if (entry->n == n)
            g_array_append_val (shared, entry->list);
          e = entry->next;
        }
    }
  /* How many of the items each earlier list has. */
  g_array_sort (shared, _ds_compare_uint);
  for (guint k = 0; k < shared->len; k++)
    {
      run = k > 0 && g_array_index (shared, guint, k) == g_array_index (shared, guint, k - 1) ? run + 1 : 1;
      if (run * 3 >= n * 2)
        return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->list_items, items->pdata[i]));
      ListEntry entry = { ctx->n_lists_seen, n, 0 };
      guint *head;

      if (id == 0)
        {
          guint none = 0;

          g_array_append_val (ctx->list_heads, none);
          id = ctx->list_heads->len;
          g_hash_table_insert (ctx->list_items, items->pdata[i], GUINT_TO_POINTER (id));
          items->pdata[i] = NULL;
        }
      head = &g_array_index (ctx->list_heads, guint, id - 1);
      /* An item said twice in the list names it once. */
      if (*head != 0 && g_array_index (ctx->list_entries, ListEntry, *head - 1).list == ctx->n_lists_seen)
        continue;
      entry.next = *head;
      g_array_append_val (ctx->list_entries, entry);
      *head = ctx->list_entries->len;
    }
  ctx->n_lists_seen++;
  return FALSE;
}

/* Adds @claim when it passes the gate and no equal one is there already;
 * takes it either way. */
/* Drops Markdown's emphasis marks from @text in place: a card says
 * "Kongres Wina", not "**Kongres Wina**". A mark written escaped
 * ("tanda \\*penting\\*") is text and stays: @kept, the words such marks
 * cling to in the claim's sentence (ds_essay_dup_escaped_words ()). */
static void
strip_emphasis (char               *text,
                const char * const *kept)
{
  char *w = text;

  if (text == NULL || strchr (text, '*') == NULL)
    return;
  ds_text_guard_marks (text, kept);
  for (const char *r = text; *r; r++)
    if (*r != '*')
      *w++ = *r;
  *w = '\0';
  if (kept != NULL)
    ds_text_unguard_marks (text);
}

/* Whether every word of @subject is a plain one: not "the following
 * things" (a vague word or a naming cue, whose list another rule asks),
 * not "tugas pokoknya" (a "-nya" that points elsewhere). */
static gboolean
subject_plain (Ctx        *ctx,
               const char *subject)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if ((ds_lang_lookup (ctx->lang, words[i], -1, NULL) & (W_VAGUE | W_CUE_NAMING)) ||
        g_str_equal (words[i], "following") || g_str_equal (words[i], "berikut") ||
        (!ctx->english && strlen (words[i]) > 5 && g_str_has_suffix (words[i], "nya")))
      return FALSE;
  return TRUE;
}

/* "What are the challenges?" under "Challenges", "Sebutkan tiga prinsip"
 * under "Prinsip": a list named by a word or two the heading says
 * already has its heading in vain; the essay's title tells what it is
 * of ("the challenges in “Arctic Shipping Rules”", "prinsip dalam “Norma
 * Siber …”"), as a label over bullets is asked (template label_in). An
 * essay without a title of its own is named by its file, and says
 * nothing. */
/* "functions of diplomacy", "types of alliance": an English subject that
 * says what it is of names its owner already. */
static gboolean
owns_itself (Ctx        *ctx,
             const char *subject)
{
  Sent s;

  if (!ctx->english)
    return FALSE;
  _ds_text_tokenize (ctx, subject, &s);
  for (guint i = 1; i + 1 < s.n; i++)
    if (_ds_tok_is (&s.toks[i], "of"))
      return TRUE;
  return FALSE;
}

/* FALSE when the claim is another topic's that no name owns: no card. */
static gboolean
claim_title_owner (Ctx     *ctx,
                   DsClaim *claim)
{
  g_auto(GStrv) stems = NULL;
  char *owned;

  if (claim->kind != DS_CLAIM_ENUMERATION || claim->form != DS_LIST_FORM_NAMING || claim->subject == NULL ||
      ctx->topic == NULL || ctx->title == NULL || g_strcmp0 (ctx->topic, ctx->title) == 0 ||
      g_strcmp0 (ctx->title, ctx->essay_id) == 0 || strchr (ctx->title, '?') != NULL ||
      strpbrk (claim->subject, "\"\xE2") != NULL)
    return TRUE;
  /* (A name owns it already: "programmes of the ASEAN Foundation".) */
  for (const char *p = claim->subject; *p != '\0'; p++)
    if (g_ascii_isupper (*p))
      return TRUE;
  if (!subject_plain (ctx, claim->subject) || owns_itself (ctx, claim->subject))
    return TRUE;
  stems = ds_words_content_stems (ctx->lang, claim->subject);
  /* ("## Apa yang bisa dilakukan?" over "Saya mengusulkan beberapa
   * langkah sederhana:" and its bullets: a question heading that names no
   * one and nothing owns no list, "Apa saja langkah sederhana?" asks of
   * nothing; the title does. Uncounted, two words at least: a counted
   * list has its own owners, "alasan" alone is too thin to place.) */
  if (stems[0] == NULL || g_strv_length (stems) > 2 ||
      (ds_words_coverage (ctx->lang, claim->subject, ctx->topic) < 1.0 &&
       !(claim->stated_count == 0 && strchr (claim->subject, ' ') != NULL && g_str_has_suffix (ctx->topic, "?") &&
         _ds_heading_names_nothing (ctx, ctx->topic))))
    return TRUE;
  /* ("## Uni Afrika" over "### Kronologi" under the ARF's title: the
   * label is another body's, not the title's.) */
  if (_ds_level_other_topic (ctx, ctx->label_level))
    return FALSE;
  /* "## Forum Tata Kelola Internet (IGF)" over "### Ciri forum:": the
   * name a heading above the label (or the notes' title) is owns it. */
  owned = _ds_level_owned (ctx, ctx->label_level, claim->subject);
  if (owned == NULL)
    owned = ds_lang_expand (ctx->lang, "label_in", "label", claim->subject, "title", ctx->title, NULL);
  g_free (claim->subject);
  claim->subject = owned;
  return TRUE;
}

/* Words a speaker's label may hold ("Prof. Daniel Osei", "Duta Besar
 * Ani Rahma"). */
#define SPEAKER_MAX_WORDS 5

/* Whether the folded label @folded is in one of the lists that name no
 * speaker of the language: a question's label, a handout's, a task's. */
static gboolean
label_names_nobody (Ctx        *ctx,
                    const char *folded)
{
  static const char *const lists[] = { "speaker_label", "line_label", "conclusion_label", "task_label",
                                       "note_definition", "handout_label" };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      const char *const *words = ds_lang_get_phrases (ctx->lang, lists[i]);

      if (words != NULL && g_strv_contains (words, folded))
        return TRUE;
    }
  return FALSE;
}

/* Capitalised words from @p up to the first that is not ("with Prof.
 * Daniel Osei: …" → "Prof. Daniel Osei"), or NULL for none or too many. */
static char *
name_at (const char *p)
{
  const char *q = p, *end = p;
  guint words = 0;

  while (*q != '\0' && words < SPEAKER_MAX_WORDS + 1)
    {
      const char *w = q;

      while (*q != '\0' && *q != ' ' && *q != ':' && *q != ',' && *q != '(')
        q++;
      if (q == w || !g_unichar_isupper (g_utf8_get_char (w)))
        break;
      words++;
      end = q;
      if (*q != ' ')
        break;
      q++;
    }
  while (end > p && (end[-1] == '.' || end[-1] == '"'))
    end = end[-1] == '.' && end - p >= 3 && g_ascii_isupper (end[-3]) && end[-2] != '.' ? end : end - 1;
  return words > 0 && words <= SPEAKER_MAX_WORDS && end > p ? g_strndup (p, end - p) : NULL;
}

/* "An Interview with Prof. Daniel Osei", "Wawancara dengan Duta Besar
 * Ani Rahma": the name the title gives after a word of the phrase list
 * interviewee_cue, or NULL. */
static char *
title_interviewee (Ctx *ctx)
{
  const char *const *cues = ds_lang_get_phrases (ctx->lang, "interviewee_cue");
  g_autofree char *down = g_ascii_strdown (ctx->title, -1);

  for (guint i = 0; cues != NULL && cues[i] != NULL; i++)
    {
      g_autofree char *cue = g_strconcat (" ", cues[i], " ", NULL);
      const char *at = strstr (down, cue);

      if (at != NULL)
        return name_at (ctx->title + (at - down) + strlen (cue));
    }
  return NULL;
}

/* "**Dr. Laras:** Diplomasi iklim adalah …", "OSEI: …", "A: …": who
 * speaks the turn the paragraph @index holds — the name its label gives,
 * or for an answer's label (phrase list answer_label: "A", "Jawab") the
 * interviewee the title names; NULL for a question's label, a handout's
 * label or none. The parser keeps a label in front of the content only
 * when it is one of those or a speaker's in a transcript. */
static char *
block_speaker (Ctx   *ctx,
               guint  index)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + b->byte_start, *e = ctx->text + b->content_byte_start;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *name = NULL;

  if (b->kind != DS_BLOCK_PARAGRAPH || e - p < 3)
    return NULL;
  while (p < e && (*p == '*' || *p == '_'))
    p++;
  while (e > p && (e[-1] == ' ' || e[-1] == '*' || e[-1] == '_'))
    e--;
  if (e - p < 2 || e[-1] != ':')
    return NULL;
  e--;
  while (e > p && (e[-1] == '*' || e[-1] == '_'))
    e--;
  label = g_strndup (p, e - p);
  folded = ds_words_fold (label, DS_FOLD_STRIP_MARKS);
  if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "answer_label"), folded))
    return title_interviewee (ctx);
  if (label_names_nobody (ctx, folded) || (name = name_at (label)) == NULL || strlen (name) != strlen (label))
    return NULL;
  /* "RINA:": a name in capitals is said as a name. */
  if (ds_utf8_all_capitals (name, strlen (name)))
    {
      g_autofree char *down = ds_utf8_strdown (name, -1);

      g_free (name);
      name = g_strdup (down);
      for (char *q = name; *q != '\0'; q++)
        if (q == name || q[-1] == ' ')
          *q = g_ascii_toupper (*q);
    }
  return g_steal_pointer (&name);
}

/**
 * _ds_claim_speaker:
 *
 * Returns: (transfer none): who speaks the interview's turn that holds the
 *   character @at (block_speaker()), or NULL
 */
const char *
_ds_claim_speaker (Ctx   *ctx,
                   guint  at)
{
  int index = ds_essay_block_at_char (ctx->essay, at);

  if (index < 0)
    return NULL;
  if ((guint) index != ctx->speaker_block)
    {
      g_free (ctx->speaker);
      ctx->speaker = block_speaker (ctx, (guint) index);
      ctx->speaker_block = (guint) index;
    }
  return ctx->speaker;
}

/* "Sebutkan tiga hambatan utama menurut Dr. Laras.", "Menurut Prof.
 * Osei, apa yang dimaksud dengan disinformasi?": what an interviewee
 * says in a turn of their own is theirs, as what a scholar writes is. */
static void
claim_speaker (Ctx     *ctx,
               DsClaim *claim)
{
  const char *who;

  if (claim->kind == DS_CLAIM_FACT || (claim->kind == DS_CLAIM_DEFINITION && claim->attribution != NULL) ||
      (claim->kind != DS_CLAIM_DEFINITION &&
       (claim->subject == NULL || (claim->form != DS_LIST_FORM_NAMING && claim->form != DS_LIST_FORM_EXAMPLES) ||
        strpbrk (claim->subject, "\"\xE2") != NULL)) ||
      (who = _ds_claim_speaker (ctx, claim->start)) == NULL)
    return;
  if (claim->kind == DS_CLAIM_DEFINITION)
    claim->attribution = g_strdup (who);
  else
    {
      char *owned = ds_lang_expand (ctx->lang, "subject_by_speaker", "subject", claim->subject, "who", who, NULL);

      g_free (claim->subject);
      claim->subject = owned;
    }
}

/* "Menurut Farrell (2019: 7), X …": a claim the rules read from X is
 * Farrell's — a definition by its attribution, a question asked
 * "Menurut Farrell, …?" / "According to Farrell, …?", a blank in the
 * sentence behind the same lead ("Menurut Farrell, X … _____."). */
static void
claim_lead_source (Ctx     *ctx,
                   DsClaim *claim)
{
  const char *who = ctx->lead_who;

  if (who == NULL || claim->start != ctx->lead_start || claim->rule == DS_CLAIM_RULE_ACRONYM)
    return;
  /* "Sebutkan tiga alasan … menurut Lestari." */
  if (claim->kind == DS_CLAIM_ENUMERATION)
    {
      if (claim->subject != NULL && strstr (claim->subject, who) == NULL)
        {
          char *owned = ds_lang_expand (ctx->lang, "subject_by_speaker", "subject", claim->subject, "who", who, NULL);

          g_free (claim->subject);
          claim->subject = owned;
        }
      return;
    }
  if (claim->kind == DS_CLAIM_DEFINITION)
    {
      if (claim->attribution == NULL)
        claim->attribution = g_strdup (who);
      return;
    }
  if (claim->kind != DS_CLAIM_FACT)
    return;
  if (claim->question != NULL)
    {
      g_autofree char *essay = ds_lang_expand (ctx->lang, "question_why", "clause", "", NULL);
      gsize n = strcspn (essay, "?");
      char *asked;

      g_autofree char *down_q = g_ascii_strdown (claim->question, -1);
      g_autofree char *down_who = g_ascii_strdown (who, -1);

      if (strstr (down_q, down_who) != NULL)
        return;
      /* "According to the essay, what is the reason that X?" */
      if (n > 0 && strncmp (claim->question, essay, n) == 0 && g_str_has_suffix (claim->question, "?"))
        {
          g_autofree char *clause = g_strndup (claim->question + n, strlen (claim->question) - n - 1);

          asked = ds_lang_expand (ctx->lang, "question_why_by", "who", who, "clause", clause, NULL);
        }
      else
        {
          g_autofree char *question = g_strdup (claim->question);

          question[0] = ds_ascii_tolower (question[0]);
          asked = ds_lang_expand (ctx->lang, "question_by_speaker", "who", who, "question", question, NULL);
        }
      g_free (claim->question);
      claim->question = asked;
    }
  else if (claim->body != NULL && ctx->lead_first != NULL)
    {
      g_autofree char *body = g_strdup (claim->body);
      g_autofree char *lead = ds_lang_expand (ctx->lang, "question_by_speaker", "who", who, "question", "", NULL);

      /* (The sentence's first word as written; a name put in place of
       * "lembaga tersebut" keeps its capital.) */
      if (ctx->lead_lower && ds_ascii_strncasecmp (claim->body, ctx->lead_first, ctx->lead_first_len) == 0)
        body[0] = ds_ascii_tolower (body[0]);
      g_free (claim->body);
      claim->body = g_strconcat (g_strchomp (lead), " ", body, NULL);
    }
}

/* "empat jenis diplomasi yang wajib kamu pahami", "four types of
 * diplomacy every student should know": a listicle's address to its
 * reader (phrase list listicle_tail) ending a list's subject is no part
 * of what it lists. */
static void
claim_strip_reader_tail (Ctx     *ctx,
                         DsClaim *claim)
{
  const char * const *tails;
  gsize len;

  if (claim->kind != DS_CLAIM_ENUMERATION || claim->subject == NULL)
    return;
  tails = ds_lang_get_phrases (ctx->lang, "listicle_tail");
  len = strlen (claim->subject);
  for (guint i = 0; tails != NULL && tails[i] != NULL; i++)
    {
      gsize n = strlen (tails[i]);

      if (len > n + 1 && claim->subject[len - n - 1] == ' ' &&
          g_ascii_strcasecmp (claim->subject + len - n, tails[i]) == 0 && strchr (claim->subject, ' ') < claim->subject + len - n - 1)
        {
          claim->subject[len - n - 1] = '\0';
          return;
        }
    }
}

/* Whether the @len bytes at @w stand in @text as a whole word, case
 * kept. */
static gboolean
word_written (const char *text,
              const char *w,
              gsize       len)
{
  for (const char *p = strchr (text, w[0]); p != NULL; p = strchr (p + 1, w[0]))
    if (strncmp (p, w, len) == 0 && (p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]))
      return TRUE;
  return FALSE;
}

/* "What is the aim of iCANN diplomacy?", "What does aSEAN cyber
 * cooperation depend on?": a rule that lowers the sentence's capital
 * for its question lowers a word in capitals, or one with a capital
 * inside it, that is written so in the sentence; its capital is its
 * own. */
static void
restore_name_case (char       *text,
                   const char *sentence)
{
  if (text == NULL || sentence == NULL)
    return;
  for (char *p = text; *p != '\0'; p++)
    {
      gsize len = 0;
      gboolean inner = FALSE;

      if (!g_ascii_islower (*p) || (p > text && (g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80)))
        continue;
      while (g_ascii_isalnum (p[len]) || p[len] == '-')
        inner |= len > 0 && g_ascii_isupper (p[len]), len++;
      if (inner)
        {
          char first = *p;

          *p = g_ascii_toupper (first);
          if (!word_written (sentence, p, len))
            *p = first;
        }
      p += len > 0 ? len - 1 : 0;
    }
}

static void
claim_strip_emphasis (Ctx     *ctx,
                      DsClaim *claim)
{
  g_auto(GStrv) kept = ctx->essay != NULL && claim->end > claim->start ?
                       ds_essay_dup_escaped_words (ctx->essay, claim->start, claim->end) : NULL;
  const char * const *k = (const char * const *) kept;

  strip_emphasis (claim->subject, k);
  strip_emphasis (claim->body, k);
  strip_emphasis (claim->lead, k);
  strip_emphasis (claim->question, k);
  for (guint i = 0; claim->items != NULL && i < claim->items->len; i++)
    strip_emphasis (g_array_index (claim->items, DsClaimItem, i).text, k);
}

gboolean
_ds_claim_commit (Ctx     *ctx,
                  DsClaim *claim)
{
  /* Told apart as found, before the gate trims them: a claim found twice
   * is checked once. */
  guint64 h;

  claim_strip_emphasis (ctx, claim);
  restore_name_case (claim->question, claim->sentence);
  restore_name_case (claim->subject, claim->sentence);
  claim_strip_reader_tail (ctx, claim);
  if (!claim_title_owner (ctx, claim))
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  claim_speaker (ctx, claim);
  claim_lead_source (ctx, claim);
  h = claim_key (claim);
  /* "Apa saja tonggak penting?" → "1998, 2005, 2016": a timeline's years
   * alone say nothing; its lines are asked one by one. */
  if (_ds_hash_set_contains (&ctx->seen, h) ||
      (claim->kind == DS_CLAIM_ENUMERATION && ds_claim_get_n_items (claim) >= 2 && only_numbers (claim)) ||
      items_seen (ctx, claim))
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  _ds_hash_set_add (&ctx->seen, h);
  if (!_ds_claim_passes_gate (ctx, claim))
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  g_ptr_array_add (ctx->claims, claim);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Sentences                                                           */

/* A sentence said twice in one essay gives the same claims twice, which
 * would only be dropped later: it is analysed once. */
static gboolean
seen_before (Ctx        *ctx,
             const Sent *s)
{
  guint64 h = s->hash ^ (ctx->head_cue ? 0x9E3779B97F4A7C15ull : 0);

  h |= 1;
  return !_ds_hash_set_add (&ctx->sentences, h);
}

static guint
hash_set_slot (const HashSet *set,
               guint64        h)
{
  guint i = (guint) ((h * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & set->mask;

  while (set->slots[i] != 0 && set->slots[i] != h)
    i = (i + 1) & set->mask;
  return i;
}

gboolean
_ds_hash_set_contains (const HashSet *set,
                       guint64        h)
{
  if (h == 0)
    return set->zero;
  return set->slots != NULL && set->slots[hash_set_slot (set, h)] == h;
}

/* Adds @h; FALSE when it was there already. */
gboolean
_ds_hash_set_add (HashSet *set,
                  guint64  h)
{
  guint i;

  if (h == 0)
    {
      gboolean had = set->zero;

      set->zero = TRUE;
      return !had;
    }
  /* Grown at half full. */
  if (set->slots == NULL || (set->n + 1) * 2 > set->mask + 1)
    {
      guint64 *old = set->slots;
      guint old_size = old != NULL ? set->mask + 1 : 0;

      set->mask = old != NULL ? 2 * old_size - 1 : 255;
      set->slots = g_new0 (guint64, set->mask + 1);
      for (guint k = 0; k < old_size; k++)
        if (old[k] != 0)
          set->slots[hash_set_slot (set, old[k])] = old[k];
      g_free (old);
    }
  i = hash_set_slot (set, h);
  if (set->slots[i] == h)
    return FALSE;
  set->slots[i] = h;
  set->n++;
  return TRUE;
}

void
_ds_hash_set_clear (HashSet *set)
{
  g_clear_pointer (&set->slots, g_free);
  set->mask = 0;
  set->n = 0;
  set->zero = FALSE;
}

/* Keeps @s as it was cut, before the rules read it. */
static void
keep_cut (Ctx        *ctx,
          const Sent *s)
{
  guint i = ctx->cut_next;

  ctx->cut_next = (i + 1) % G_N_ELEMENTS (ctx->cut);
  ctx->cut[i] = *s;
  g_array_set_size (ctx->cut_toks[i], s->n);
  memcpy (ctx->cut_toks[i]->data, s->toks, s->n * sizeof (Tok));
}

/* ------------------------------------------------------------------ */
/* Names' capitals                                                     */

/* NAME_ACRONYM: a name the essay writes in capitals throughout ("ASEAN"). */
/* NAME_ALONE (a bit beside the state): the name is also written as a
 * word of its own between lower-case words ("diakui Ortega sebagai"), or
 * opens a sentence as its subject before a verb ("Nye menyebut …",
 * "Holsti argues …"): the surname a scholar is cited by after the first
 * mention gave it whole ("Joseph Nye"). */
enum { NAME_CAPITAL = 1, NAME_LOWER = 2, NAME_ACRONYM = 3, NAME_STATE = 3, NAME_ALONE = 4 };

/* Which words the essay writes with a capital inside a sentence, and
 * which it also writes in lower case: "Bakorla", "Olympic" are names. */
static void
note_names (Ctx        *ctx,
            const Sent *s)
{
  /* A capital opening a sentence says nothing of a name; before a verb
   * it says the word stands alone if it is one. */
  if (s->n >= 2 && s->toks[0].type == TOK_WORD && s->toks[0].cap && s->toks[1].type == TOK_WORD &&
      !s->toks[1].cap && (s->toks[1].verb || (s->toks[1].flags & (W_VERB | W_REPORT))))
    *_ds_lexicon_name_state (ctx, &s->toks[0]) |= NAME_ALONE;
  for (guint k = 1; k < s->n; k++)
    {
      const Tok *t = &s->toks[k];
      guint *state;

      /* After a colon, a bracket or a quote a capital may open a sentence. */
      if (t->type != TOK_WORD ||
          (t->cap && s->toks[k - 1].type != TOK_WORD && s->toks[k - 1].type != TOK_NUMBER &&
           !_ds_tok_is_punct (&s->toks[k - 1], ',')))
        continue;
      /* "the river's water": the word is "river", as restore_names()
       * reads it (the lexicon cuts the word before its apostrophe). */
      state = _ds_lexicon_name_state (ctx, t);
      if (!t->cap)
        *state = NAME_LOWER;
      /* "membuat Lembaga pemerintahan": a word the language's lists know
       * is a common word, whatever its capital. */
      else if ((*state & NAME_STATE) == 0 && t->flags == 0 && !t->verb)
        *state |= ds_utf8_all_capitals (t->p, t->len) ? NAME_ACRONYM : NAME_CAPITAL;
      if (t->cap && (*state & NAME_STATE) != NAME_LOWER && *state != 0 && s->toks[k - 1].type == TOK_WORD &&
          !s->toks[k - 1].cap && (k + 1 >= s->n || s->toks[k + 1].type != TOK_WORD || !s->toks[k + 1].cap))
        *state |= NAME_ALONE;
    }
}

/* Whether the lower-case word @key is written as a name in the essay. */
static gboolean
is_name (Ctx        *ctx,
         const char *key)
{
  guint *state = g_hash_table_lookup (ctx->names, key);

  return state != NULL && ((*state & NAME_STATE) == NAME_CAPITAL || (*state & NAME_STATE) == NAME_ACRONYM);
}

/* Whether the word @tok is one the essay writes as a name: "Norvalia"
 * opening a sentence, after "milik Norvalia" before it. */
gboolean
_ds_tok_known_name (Ctx       *ctx,
                    const Tok *tok)
{
  guint state = tok->type == TOK_WORD ? *_ds_lexicon_name_state (ctx, tok) & NAME_STATE : 0;

  return state == NAME_CAPITAL || state == NAME_ACRONYM;
}

/* Whether the essay has written the word @tok in lower case so far
 * ("kerugian" before "Kerugian:" opens a line): a common word. */
gboolean
_ds_tok_written_lower (Ctx       *ctx,
                       const Tok *tok)
{
  return tok->type == TOK_WORD && (*_ds_lexicon_name_state (ctx, tok) & NAME_STATE) == NAME_LOWER;
}

/* How a word at @p, @len bytes, stands beside a name: a name word
 * itself, a word of the language's closed classes ("the", "dengan"), or
 * a lower-case content word ("diplomasi"), which the name does not
 * continue. */
typedef enum { NEIGHBOUR_NONE, NEIGHBOUR_NAME, NEIGHBOUR_FUNCTION, NEIGHBOUR_CONTENT } Neighbour;

static Neighbour
neighbour_of (Ctx        *ctx,
              const char *p,
              gsize       len)
{
  g_autofree char *key = NULL;

  if (len == 0)
    return NEIGHBOUR_NONE;
  if (g_ascii_isupper (*p))
    return NEIGHBOUR_NAME;
  key = g_ascii_strdown (p, len);
  if (is_name (ctx, key))
    return NEIGHBOUR_NAME;
  return (ds_lang_lookup (ctx->lang, key, -1, NULL) & W_FUNCTION) ? NEIGHBOUR_FUNCTION : NEIGHBOUR_CONTENT;
}

/* Whether the word after @q (one space between) is a lower-case
 * content word the name does not continue. */
static gboolean
next_is_content (Ctx        *ctx,
                 const char *q)
{
  const char *e;

  if (*q != ' ')
    return FALSE;
  for (e = ++q; g_ascii_isalpha (*e) || *e == '-'; e++)
    ;
  return neighbour_of (ctx, q, e - q) == NEIGHBOUR_CONTENT;
}

/* The word before @p in @text (one space between), as a span. */
static gsize
word_before (const char *text,
             const char *p,
             const char **start)
{
  const char *e = p;

  if (e <= text || e[-1] != ' ')
    return 0;
  e--;
  *start = e;
  while (*start > text && (g_ascii_isalpha ((*start)[-1]) || (*start)[-1] == '-'))
    (*start)--;
  return e - *start;
}

/* "By which agreement …?", "Oleh persetujuan apa …?": a noun right after
 * "which"/"what", or right before "apa"/"mana", is asked as a kind of
 * thing, whatever names the essay writes it in. */
static gboolean
kind_asked (const char *text,
            const char *p,
            const char *q)
{
  const char *prev = NULL;
  gsize prev_len = word_before (text, p, &prev);

  if ((prev_len == 5 && ds_ascii_strncasecmp (prev, "which", 5) == 0) ||
      (prev_len == 4 && ds_ascii_strncasecmp (prev, "what", 4) == 0))
    return TRUE;
  return *q == ' ' && ((ds_ascii_strncasecmp (q + 1, "apa", 3) == 0 && !g_ascii_isalpha (q[4])) ||
                       (ds_ascii_strncasecmp (q + 1, "mana", 4) == 0 && !g_ascii_isalpha (q[5])));
}

/* Restores the capitals of the word [@p, @q) of @text (ASCII letters and
 * hyphens, in lower case) when the essay writes it as a name, or when it
 * is a country the language's lists know and the essay never writes in
 * lower case ("Apa istilah lain untuk mali?": the lists know it, so
 * note_names() does not). Its key is lower-cased on the stack and looked
 * up once (asked of every word of every question and subject). */
static void
restore_name (Ctx        *ctx,
              const char *text,
              char       *p,
              const char *q)
{
  char buf[64];
  g_autofree char *heap = NULL;
  gsize len = q - p;
  char *key = len < sizeof buf ? buf : (heap = g_malloc (len + 1));
  const char *prev = NULL;
  gsize prev_len = word_before (text, p, &prev);
  const guint *state;
  gboolean name;

  for (gsize i = 0; i < len; i++)
    key[i] = p[i] >= 'A' && p[i] <= 'Z' ? p[i] + ('a' - 'A') : p[i];
  key[len] = '\0';
  state = g_hash_table_lookup (ctx->names, key);
  name = state != NULL && ((*state & NAME_STATE) == NAME_CAPITAL || (*state & NAME_STATE) == NAME_ACRONYM);
  /* "Apa yang diakui ortega?": a name the essay also writes alone among
   * lower-case words keeps its capital after any word. */
  if (!((name && ((*state & NAME_ALONE) || prev_len == 0 ||
                  neighbour_of (ctx, prev, prev_len) != NEIGHBOUR_CONTENT) &&
         !next_is_content (ctx, q)) ||
        ((state == NULL || (*state & NAME_STATE) != NAME_LOWER) && (ds_lang_lookup (ctx->lang, key, -1, NULL) & W_COUNTRY) != 0)))
    return;
  /* "the asean Regional Forum": an acronym is restored whole. */
  if (state != NULL && (*state & NAME_STATE) == NAME_ACRONYM)
    for (char *c = p; c < q; c++)
      *c = g_ascii_toupper (*c);
  else
    *p = g_ascii_toupper (*p);
}

/* A question keeps the essay's capitals for names: "Apa yang dimaksud
 * dengan bakorla?" → "… dengan Bakorla?", though the term was lower-cased
 * as a sentence's first word. A name is restored whole or not at all:
 * "diplomasi maritim" stays as it is when the essay writes "Maritim"
 * only inside "Forum Maritim …". */
static void
restore_names (Ctx  *ctx,
               char *text)
{
  for (char *p = text; text != NULL && *p != '\0';)
    {
      char *q = p;

      while (g_ascii_isalpha (*q) || *q == '-')
        q++;
      /* ("1980s" after "Joseph S. Nye": the letters after a digit or
       * inside a word are no word of their own.) */
      if (q > p && g_ascii_islower (*p) && (p == text || !(g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80)) &&
          !kind_asked (text, p, q))
        restore_name (ctx, text, p, q);
      p = q > p ? q : p + 1;
    }
}

/* "When did Both Laos and Vietnam join …?": a word of the language's
 * closed classes ("Both", "Kedua", "The", "Para", "Several") that opened
 * the source sentence keeps no capital inside a question; a sentence
 * start inside the question (after "? ", ". ", ": "), a quoted title, a
 * name the capital continues ("Perang Dunia Kedua") and an ordinal that
 * opens one ("the Fifth Committee") keep theirs. The
 * phrase list initial_only holds such words no class names ("both"). */
static void
lower_initials (Ctx  *ctx,
                char *text)
{
  gboolean start = TRUE, quoted = FALSE, prev_cap = FALSE;
  const char * const *only = ds_lang_get_phrases (ctx->lang, "initial_only");

  for (char *p = text; text != NULL && *p != '\0';)
    {
      char *q = p;

      if (!g_ascii_isalpha (*p))
        {
          if (*p == '"')
            quoted = !quoted;
          else if (g_str_has_prefix (p, "\xE2\x80\x9C"))
            quoted = TRUE;
          else if (g_str_has_prefix (p, "\xE2\x80\x9D"))
            quoted = FALSE;
          else if (*p == '?' || *p == '.' || *p == '!' || *p == ':' || *p == '>' || *p == '\n')
            start = TRUE;
          if (*p != ' ')
            prev_cap = FALSE;
          p++;
          continue;
        }
      while (g_ascii_isalpha (*q) || *q == '-')
        q++;
      if (!start && !quoted && !prev_cap && g_ascii_isupper (*p) && q - p >= 2 && g_ascii_islower (p[1]))
        {
          g_autofree char *key = g_ascii_strdown (p, q - p);
          guint64 flags = ds_lang_lookup (ctx->lang, key, -1, NULL);

          /* "the Fifth Committee", "the Second World War": an ordinal
           * that opens a name keeps its capital. */
          gboolean opens_name = (flags & W_ORDINAL) && q[0] == ' ' && g_ascii_isupper (q[1]);

          if (!is_name (ctx, key) && !(flags & W_COUNTRY) && !opens_name &&
              ((flags & (W_DET | W_COUNT | W_ORDINAL | W_ANAPHOR | W_PREP | W_CONJ | W_QUANT | W_PRONOUN)) ||
               (only != NULL && g_strv_contains (only, key))))
            *p = ds_ascii_tolower (*p);
        }
      prev_cap = g_ascii_isupper (*p);
      start = FALSE;
      p = q;
    }
}

static void
restore_claims_names (Ctx *ctx)
{
  for (guint i = 0; i < ctx->claims->len; i++)
    {
      DsClaim *claim = g_ptr_array_index (ctx->claims, i);

      restore_names (ctx, claim->subject);
      restore_names (ctx, claim->question);
      lower_initials (ctx, claim->question);
      /* "… dalam “Mengapa kuota gagal?”?": a quoted question ends the
       * question that quotes it. */
      if (claim->question != NULL && g_str_has_suffix (claim->question, "?\xE2\x80\x9D?"))
        claim->question[strlen (claim->question) - 1] = '\0';
    }
}

/* TRUE when @text holds, as a whole word, an entry of the phrase list
 * @name (entries of one word); with @last, as its last word ("the
 * following things"). A word is a run of letters, digits and hyphens
 * (what splitting the lower-cased text at "[^[:alnum:]-]+" gave, read in
 * place instead of compiling that pattern at every call). */
static gboolean
text_has_phrase (Ctx        *ctx,
                 const char *text,
                 const char *name,
                 gboolean    last)
{
  const char * const *list = ds_lang_get_phrases (ctx->lang, name);
  g_autofree char *lower = NULL;
  const char *start = NULL, *last_start = NULL, *last_end = NULL;

  if (list == NULL || list[0] == NULL)
    return FALSE;
  lower = ds_utf8_strdown (text, -1);
  for (const char *p = lower;; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;
      gboolean in_word = c != 0 && (c == '-' || g_unichar_isalnum (c));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          last_start = start;
          last_end = p;
          start = NULL;
          for (guint i = 0; !last && list[i] != NULL; i++)
            if (strlen (list[i]) == (gsize) (p - last_start) && memcmp (list[i], last_start, p - last_start) == 0)
              return TRUE;
        }
      if (*p == '\0')
        break;
    }
  for (guint i = 0; last && last_start != NULL && list[i] != NULL; i++)
    if (strlen (list[i]) == (gsize) (last_end - last_start) && memcmp (list[i], last_start, last_end - last_start) == 0)
      return TRUE;
  return FALSE;
}

/* "a three-stage process: screening, hearing, appeal", "a three-part
 * test": a count joined to its unit (the phrase list compound_unit)
 * counts the process's stages. The list is of "stages of the process",
 * and its count is checked against the items as any count is ("What are
 * the three-stage process?" asked nothing). */
static void
counted_compounds (Ctx *ctx)
{
  const char * const *units = ds_lang_get_phrases (ctx->lang, "compound_unit");

  for (guint i = 0; units != NULL && i < ctx->claims->len; i++)
    {
      DsClaim *claim = g_ptr_array_index (ctx->claims, i);
      const char *p, *hyphen, *space;
      g_autofree char *count = NULL;
      g_autofree char *unit = NULL;
      guint64 flags;
      gint64 value = 0;

      if (claim->kind != DS_CLAIM_ENUMERATION || claim->form != DS_LIST_FORM_NAMING || claim->stated_count > 0 ||
          claim->subject == NULL)
        continue;
      p = claim->subject;
      if (g_str_has_prefix (p, "the ") || g_str_has_prefix (p, "a "))
        p = strchr (p, ' ') + 1;
      if ((hyphen = strchr (p, '-')) == NULL || (space = strchr (p, ' ')) == NULL || hyphen > space)
        continue;
      count = g_ascii_strdown (p, hyphen - p);
      unit = g_ascii_strdown (hyphen + 1, space - hyphen - 1);
      flags = ds_lang_lookup (ctx->lang, count, -1, &value);
      if (!(flags & W_COUNT) || value < 2 || !g_strv_contains (units, unit))
        continue;
      {
        g_autofree char *plural = g_strconcat (unit, "s", NULL);
        g_autofree char *owner = g_strconcat (claim->english ? "the " : "", space + 1, NULL);
        char *subject = ds_lang_expand (ctx->lang, "owned", "owned", plural, "owner", owner, NULL);

        g_free (claim->subject);
        claim->subject = subject;
      }
      claim->stated_count = (guint) value;
      g_free (claim->count_word);
      claim->count_word = g_steal_pointer (&count);
      _ds_list_add_count_warnings (claim, NULL);
    }
}

/* "… merekomendasikan hal-hal berikut: (a) …", "recommends the following
 * things: …": the list is of what is recommended, and "hal-hal" names
 * nothing ("Apa saja hal-hal dalam …?" asks nothing a lecturer would). */
static void
vague_advice_lists (Ctx *ctx)
{
  for (guint i = 0; i < ctx->claims->len; i++)
    {
      DsClaim *claim = g_ptr_array_index (ctx->claims, i);

      if (claim->kind != DS_CLAIM_ENUMERATION || claim->subject == NULL || claim->sentence == NULL ||
          claim->form == DS_LIST_FORM_ACTIONS || claim->form == DS_LIST_FORM_ADVICE ||
          !text_has_phrase (ctx, claim->subject, "vague_object", TRUE) ||
          !text_has_phrase (ctx, claim->sentence, "advice_verb", FALSE))
        continue;
      claim->form = DS_LIST_FORM_ADVICE;
      g_clear_pointer (&claim->subject, g_free);
      g_clear_pointer (&claim->lead, g_free);
    }
}

/* Whether the list subject @subject is a generic head alone ("sebab",
 * "langkah utama", "the three reasons"): every word a generic one, a
 * word that ranks, a count or a stop word. */
static gboolean
bare_generic_subject (Ctx        *ctx,
                      const char *subject)
{
  g_autofree char *folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  gboolean generic = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint64 classes;

      if (*words[i] == '\0' || ds_words_is_stop (ctx->lang, words[i]))
        continue;
      classes = ds_lang_lookup (ctx->lang, words[i], -1, NULL);
      if (classes & DS_WORD_GENERIC)
        generic = TRUE;
      else if (!(classes & (DS_WORD_SUPERLATIVE | DS_WORD_COUNT)))
        return FALSE;
    }
  return generic;
}

/* "Sebutkan tiga sebab menurut esai ini.", "Name the three reasons
 * according to the essay": a list whose subject is a generic head alone,
 * with no heading over it in a text with no title of its own (or one
 * that only names the document, "LEMBAR JAWABAN …": document_title()),
 * has no owner at all: no card. A heading that names the kind ("Tiga
 * Rekomendasi") owns its list, and a title that names a topic does. */
static void
ownerless_lists (Ctx *ctx)
{
  for (guint i = ctx->claims->len; i > 0; i--)
    {
      DsClaim *claim = g_ptr_array_index (ctx->claims, i - 1);

      if (claim->kind == DS_CLAIM_ENUMERATION && claim->subject != NULL && claim->form == DS_LIST_FORM_NAMING &&
          (claim->topic == NULL || g_strcmp0 (claim->topic, ctx->essay_id) == 0) &&
          bare_generic_subject (ctx, claim->subject))
        g_ptr_array_remove_index (ctx->claims, i - 1);
    }
}

/* Whether "ditandai oleh", "marked by" (phrase list list_marked_by)
 * stands in @s: a list's cue that no word class marks. */
static gboolean
marked_by_in (Ctx        *ctx,
              const Sent *s)
{
  if (!_ds_sent_may_start (s, HOT_LIST_MARKED_BY))
    return FALSE;
  for (guint k = 1; k + 1 < s->n; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_LIST_MARKED_BY);

      if (n >= 2)
        return TRUE;
    }
  return FALSE;
}

/* Tokens a closing attribution may take. */
#define TAIL_MAX_TOKENS 10

static gboolean
quote_mark (const Tok *t)
{
  return _ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, 0x201D);
}

/* Whether a comma and a conjunction ("…, dan …", "…, and …") stand in
 * [@a, @e): the next item of a series. */
static gboolean
series_goes_on (const Sent *s,
                guint       a,
                guint       e)
{
  for (guint k = a; k + 1 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_CONJ))
      return TRUE;
  return FALSE;
}

/* '… dan Pusat Data Panen," kata juru bicara.', '… the Harvest Data
 * Centre," said the forum's secretary-general.', '…, tidal flooding and
 * pests, the secretary-general said.': the comma (or the closing quote)
 * before who said the sentence, at its end — a verb of the phrase list
 * saying_verb right after it, or a few words and that verb with at most
 * three more ("… the minister told reporters"). The token where the tail
 * starts, else 0. A list's items end before it. */
static guint
attribution_tail (Ctx        *ctx,
                  const Sent *s)
{
  guint e = _ds_body_end (s), from = e > TAIL_MAX_TOKENS ? e - TAIL_MAX_TOKENS : 1;

  /* '"Negara pantai wajib …," kata …': a quotation said whole is the
   * quote rule's, and no list of the speaker's. */
  if (s->n == 0 || quote_mark (&s->toks[0]) || _ds_tok_is_punct (&s->toks[0], 0x201C))
    return 0;
  for (guint c = from; c + 1 < e; c++)
    {
      guint k = c + 1, v;

      if (!_ds_tok_is_punct (&s->toks[c], ',') && !quote_mark (&s->toks[c]))
        continue;
      if (k < e && quote_mark (&s->toks[k]))
        k++;
      if (k >= e)
        return 0;
      /* ("…, memperingatkan warga sebelum banjir, dan mendamaikan …",
       * "…, reports to the minister, and trains …": a series of actions
       * goes on after it; a tail does not.) */
      if (_ds_lexicon_other_forms (ctx, &s->toks[k], "saying_verb") != NULL)
        return k + 1 < e && s->toks[k + 1].type == TOK_WORD && !series_goes_on (s, k, e)
               ? (quote_mark (&s->toks[c - 1]) ? c - 1 : c) : 0;
      for (v = k; v < e && v < k + 6 && s->toks[v].type == TOK_WORD && !s->toks[v].verb; v++)
        if (v > k && _ds_lexicon_other_forms (ctx, &s->toks[v], "saying_verb") != NULL)
          break;
      /* ("…, Asia-Pacific states and African states": a plural noun
       * spelt like the verb, another item after its "and".) */
      if (v > k && v < e && e - v <= 4 && _ds_lexicon_other_forms (ctx, &s->toks[v], "saying_verb") != NULL &&
          (_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_PRONOUN) || s->toks[k].cap) &&
          !(v + 1 < e && (s->toks[v + 1].flags & W_CONJ)))
        return quote_mark (&s->toks[c - 1]) ? c - 1 : c;
    }
  return 0;
}

/* Words a bold lead-in may hold. */
#define LEAD_IN_MAX_WORDS 6

/* "**Strategy.** The … was adopted …", "**2009 — Lisbon.** The summit
 * …": a paragraph that opens with a short bold lead-in closed by a full
 * stop, then a sentence in capitals; the lead-in names the paragraph's
 * theme or its date and place, and is no part of the sentence. Moves
 * @s past it (a label glossed by what follows is _ds_find_label_gloss()'s). */
static gboolean
past_bold_lead_in (Sent *s)
{
  const char *close, *q;
  guint words = 1;

  if (s->end - s->p < 8 || s->p[1] != '*' ||
      (close = g_strstr_len (s->p + 2, MIN (s->end - s->p - 2, 80), "**")) == NULL ||
      !(close[-1] == '.' || (close + 2 < s->end && close[2] == '.')))
    return FALSE;
  for (q = s->p + 2; q < close; q++)
    words += *q == ' ';
  for (q = close + 2; q < s->end && (*q == '.' || *q == ' '); q++)
    ;
  if (words > LEAD_IN_MAX_WORDS || q >= s->end || q == close + 2 || !g_ascii_isupper (*q))
    return FALSE;
  /* "**Staffing is thin.** Its secretariat …", "**Staf masih
   * sedikit.**": a lead-in that is a sentence (a verb, a copula, an
   * adverb before its predicate) says a finding the next one leans on;
   * it stays. */
  for (guint k = 0; k < s->n && s->toks[k].p < close; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_CUE_DEF | W_ADV)))
      return FALSE;
  s->start += (guint) g_utf8_strlen (s->p, q - s->p);
  s->p = q;
  return TRUE;
}
/* Whether @s answers the question over it (its heading's, ctx->topic
 * ending on "?", or the paragraph before, a question alone: "**Is it
 * binding?**") with a phrase that opens on a preposition or an adverb
 * ("Only for …", "Hanya bagi …", "Before May.") and holds no verb,
 * auxiliary or copula the lexicon knows. */
static gboolean
faq_fragment (Ctx        *ctx,
              const Sent *s)
{
  gsize len = ctx->topic != NULL ? strlen (ctx->topic) : 0;
  const char *q = ctx->prev.end;

  if (!s->first || s->n < 2 || !(s->toks[0].flags & (W_ADV | W_PREP)))
    return FALSE;
  while (q != NULL && q > ctx->prev.p && (q[-1] == '*' || q[-1] == ' '))
    q--;
  if (!(ctx->topic_block != G_MAXUINT && ctx->topic_block + 1 == s->block && len >= 6 && ctx->topic[len - 1] == '?') &&
      !(ctx->prev.p != NULL && ctx->prev.block + 1 == s->block && q > ctx->prev.p && q[-1] == '?' &&
        ds_essay_get_block (ctx->essay, ctx->prev.block)->kind == DS_BLOCK_PARAGRAPH &&
        ds_essay_get_block (ctx->essay, ctx->prev.block)->content_byte_start == (gsize) (ctx->prev.p - ctx->text)))
    return FALSE;
  for (guint k = 0; k < s->n; k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_CUE_DEF)))
      return FALSE;
  return TRUE;
}


/* "Dengan mengucap bismillah, forum ini secara resmi saya buka.",
 * "Pertama-tama, marilah kita panjatkan puji syukur …", "I thank you.",
 * "Let me begin by thanking …": a speech's formula (phrase list
 * speech_formula, at the start or after an opener and its comma) greets,
 * thanks or opens the meeting; it states no claim. */
static gboolean
speech_formula (Ctx        *ctx,
                const Sent *s)
{
  if (s->n < 2)
    return FALSE;
  if (_ds_phrase_at (ctx, s, 0, PL_SPEECH_FORMULA) > 0)
    return TRUE;
  for (guint k = 1; k < 3 && k + 1 < s->n; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return _ds_phrase_at (ctx, s, k + 1, PL_SPEECH_FORMULA) > 0;
  return FALSE;
}

/* Runs a list rule on @s cut before its closing attribution (tail). */
#define LISTS_BEFORE_TAIL(call) G_STMT_START {                  \
    guint n_ = s->n;                                            \
    if (tail > 0)                                               \
      s->n = tail;                                              \
    call;                                                       \
    s->n = n_;                                                  \
  } G_STMT_END

static void analyse_claims (Ctx  *ctx,
                            Sent *s);

/* "This brief was commissioned by the Forum Secretariat.", "Ringkasan
 * kebijakan ini disusun atas permintaan …": the text itself (phrase list
 * self_document) and how it came to be (commission_verb, after an
 * auxiliary perhaps) is the paper's furniture, no claim of it. */
static gboolean
commission_line (Ctx        *ctx,
                 const Sent *s)
{
  guint k = _ds_phrase_at (ctx, s, 0, PL_SELF_DOCUMENT);

  if (k == 0)
    return FALSE;
  while (k < s->n && s->toks[k].type == TOK_WORD && (s->toks[k].flags & (W_AUX | W_ADV)) && k < 4 + 3)
    k++;
  return k < s->n && _ds_phrase_at (ctx, s, k, PL_COMMISSION_VERB) > 0;
}

/* "Makalah ini bertujuan untuk menjelaskan …", "This paper aims to
 * …", "Tujuan (penulisan) makalah ini adalah …", "The aim of this
 * paper is to …": the text's own aim (self_document, then a verb of
 * statement_aim; or an aim's noun of research_aim_topic before it) is
 * the paper's plan, no claim it makes. */
static gboolean
aim_line (Ctx        *ctx,
          const Sent *s)
{
  guint k = ctx->english && _ds_tok_is_article (&s->toks[0]) ? 1 : 0, n;

  if ((n = _ds_phrase_at (ctx, s, k, PL_RESEARCH_AIM_TOPIC)) > 0)
    {
      k += n;
      if (k < s->n && (ctx->english ? _ds_tok_is (&s->toks[k], "of") :
                       /* ("Tujuan penulisan makalah ini …") */
                       s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_FUNCTION) &&
                       _ds_phrase_at (ctx, s, k, PL_SELF_DOCUMENT) == 0))
        k++;
      return k < s->n && _ds_phrase_at (ctx, s, k, PL_SELF_DOCUMENT) > 0;
    }
  if ((k = _ds_phrase_at (ctx, s, 0, PL_SELF_DOCUMENT)) == 0)
    return FALSE;
  while (k < s->n && k < 4 + 3 && s->toks[k].type == TOK_WORD && (s->toks[k].flags & (W_AUX | W_ADV)))
    k++;
  return k < s->n && _ds_phrase_at (ctx, s, k, PL_STATEMENT_AIM) > 0;
}

/* "Tanaka (1995: 7) kemudian mendefinisikan X sebagai …", "Kabar
 * burung, kata Bu Ratna, adalah …", "Disinformation, Okafor says, is
 * …", "The agency also publishes …": an aside (a citation, a
 * cross-reference, a speaker, a hedge) or an adverb of the verb group
 * that breaks the shape a rule reads. @s, which no rule took from, is
 * read again without them (ds-clause.c): its tokens, as cut, copied to
 * their own buffer and those left out, so that every rule sees the
 * sentence through its asides; a text copied across a gap skips it
 * (_ds_sent_text_dup()). A sentence with no aside costs the clause's
 * reading only. */
/* "Power, in the most general sense, is …": a comma among the first
 * words that a preposition or an adverb follows may open a phrase of
 * scope or time between the subject and its verb (ds-clause.c). */
#define EARLY_COMMA_TOKENS 6
static gboolean
early_comma_phrase (const Sent *s)
{
  if (s->n_commas < 2)
    return FALSE;
  for (guint k = 1; k + 1 < s->n && k <= EARLY_COMMA_TOKENS; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return (s->toks[k + 1].flags & (W_PREP | W_ADV | W_CONNECTIVE | W_CUE_EXAMPLE)) != 0;
  return FALSE;
}

/* Whether @s may hold an aside the clause reader leaves out: it needs a
 * comma or a bracket, a hedge or an adverb that can go one of their
 * words. */
static gboolean
may_hold_aside (const Sent *s)
{
  return s->has_bracket || early_comma_phrase (s) || _ds_sent_may_start (s, HOT_HEDGE) || _ds_sent_may_start (s, HOT_CLAUSE_ADVERB) ||
         (s->n_commas > 1 && (_ds_sent_may_start (s, HOT_CLAUSE_SPEAKER) ||
                              _ds_sent_may_start (s, HOT_CLAUSE_ATTRIB) ||
                              _ds_sent_may_start (s, HOT_CLAUSE_CROSSREF)));
}

/* Leaves @r's asides and the adverbs of its verb group out, in its own
 * token buffer (ds-clause.c); FALSE when it had none. */
static gboolean
drop_asides (Ctx  *ctx,
             Sent *r)
{
  guint8 drop[MAX_TOKENS];
  gboolean any = FALSE;
  guint body_end;
  Clause c;

  _ds_clause_asides (ctx, r, &c);
  memset (drop, 0, r->n);
  body_end = _ds_body_end (r);
  /* A citation that closes the sentence ("… in 2012 (Nye, 2004).")
   * breaks no shape a rule reads before it. */
  for (guint k = 0; k < c.n_asides; k++)
    if (c.asides[k].b < body_end || c.asides[k].kind != CLAUSE_ASIDE_CITATION)
      {
        memset (drop + c.asides[k].a, 1, c.asides[k].b - c.asides[k].a);
        any = TRUE;
      }
  for (guint k = 0; k < c.n_adverbs; k++)
    {
      drop[c.adverbs[k]] = 1;
      any = TRUE;
    }
  if (any)
    _ds_sent_drop (r, drop);
  return any;
}

/* "Kenya, for example, tested a customs blockchain with Rwanda in
 * 2020", "Vietnam, misalnya, mewajibkan … melalui Undang-Undang … 2018":
 * the marker of an example set off by commas after the sentence's
 * subject (_ds_example_aside(), ds-clause.c) cuts the subject from its
 * verb, and the rules that read who did what miss the act; a figure of
 * it is all they asked. Whether @s opens on such a subject (the first
 * comma within a few words), and every claim it gave is such a blank:
 * the sentence is read again without the marker. */
#define EXAMPLE_SUBJECT_TOKENS 8
static gboolean
example_subject_blanks (Ctx        *ctx,
                        const Sent *s,
                        guint      *subject_end)
{
  guint k, close;

  if (s->n_commas < 2)
    return FALSE;
  for (k = 1; k + 2 < s->n && k <= EXAMPLE_SUBJECT_TOKENS && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    if (s->toks[k].type == TOK_PUNCT)
      return FALSE;
  if (k + 2 >= s->n || k > EXAMPLE_SUBJECT_TOKENS)
    return FALSE;
  for (close = k + 2; close < s->n && close <= k + 5 && !_ds_tok_is_punct (&s->toks[close], ','); close++)
    ;
  /* ("The European Data Protection Supervisor, however, insists that
   * …": one connective alone there, before a verb of saying, cuts the
   * speaker from the view as well; the name's blank was all that was
   * asked.) */
  if (close >= s->n || close > k + 5 ||
      !(_ds_example_aside (ctx, s, k + 1, close) ||
        (close == k + 2 && (s->toks[k + 1].flags & W_CONNECTIVE) && close + 1 < s->n &&
         (s->toks[close + 1].flags & W_REPORT) && !s->toks[close + 1].cap)))
    return FALSE;
  *subject_end = _ds_sent_char_at (s, s->toks[k].p);
  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    {
      const DsClaim *claim = ctx->claims->pdata[i];

      if (claim->kind != DS_CLAIM_FACT || claim->question != NULL)
        return FALSE;
    }
  return TRUE;
}

/* Drops the blanks among the sentence's claims before @before whose
 * key a claim from @before on asks with a question, or that blank the
 * subject (before @subject_end) the question names; where none from
 * @before on asks one, drops those instead. */
static void
drop_blanks_asked (Ctx   *ctx,
                   guint  before,
                   guint  subject_end)
{
  gboolean asked = FALSE;

  for (guint j = before; j < ctx->claims->len && !asked; j++)
    asked = ((const DsClaim *) ctx->claims->pdata[j])->question != NULL;
  if (!asked)
    {
      g_ptr_array_set_size (ctx->claims, before);
      return;
    }
  for (guint i = before; i > ctx->sentence_first_claim; i--)
    {
      const DsClaim *blank = ctx->claims->pdata[i - 1];

      for (guint j = before; j < ctx->claims->len; j++)
        {
          const DsClaim *other = ctx->claims->pdata[j];

          if (other->question != NULL &&
              ((other->key_start == blank->key_start && other->key_end == blank->key_end) ||
               blank->key_end <= subject_end))
            {
              g_ptr_array_remove_index (ctx->claims, i - 1);
              before--;
              break;
            }
        }
    }
}

/* Whether every claim the sentence gave is another name for a term. */
static gboolean
only_aliases (Ctx *ctx)
{
  if (ctx->claims->len == ctx->sentence_first_claim)
    return FALSE;
  for (guint i = ctx->sentence_first_claim; i < ctx->claims->len; i++)
    if (((DsClaim *) ctx->claims->pdata[i])->rule != DS_CLAIM_RULE_ALIAS)
      return FALSE;
  return TRUE;
}

static void
reread_without_asides (Ctx      *ctx,
                       Sent     *s,
                       gboolean  alias)
{
  guint i = (ctx->cut_next + G_N_ELEMENTS (ctx->cut) - 1) % G_N_ELEMENTS (ctx->cut);
  const Sent *cut = &ctx->cut[i];
  Sent r;

  /* (A bold lead-in the rules cut off: the sentence is no longer as cut.) */
  if (cut->p != s->p || cut->end != s->end || cut->n != s->n || !(alias || may_hold_aside (cut)))
    return;
  r = *cut;
  g_array_set_size (ctx->toks_reread, MAX_TOKENS);
  r.toks = (Tok *) (gpointer) ctx->toks_reread->data;
  memcpy (r.toks, ctx->cut_toks[i]->data, cut->n * sizeof (Tok));
  if (!drop_asides (ctx, &r) || r.n < 3)
    return;
  analyse_claims (ctx, &r);
  _ds_find_split (ctx, &r);
}

/* Where @pos (characters, of a text that wrote @len_new characters of a
 * name from @at on) stands in the sentence that wrote @len_old there. */
static guint
place_back (guint pos,
            guint at,
            guint len_new,
            guint len_old)
{
  if (pos >= at + len_new)
    return pos - len_new + len_old;
  return pos > at ? at + MIN (pos - at, len_old) : pos;
}

/* "Pemerintah membentuk Badan Siber dan Sandi Negara … . Lembaga ini
 * bertugas menjaga …", "Kenya created the National CERT. This body
 * coordinates …": a sentence no rule took whose subject points back
 * (_ds_anaphor_at(): "Lembaga ini", "Kelompok ini", "This body", "It")
 * is read again with the name in the pointer's place, so that every rule
 * reads it as it reads a sentence that names its subject. What they find
 * keeps the sentence as its source, at its own places (an answer that is
 * the name stands where the pointer does: "Who runs …? — the Estonian
 * Information System Authority"). English "the agency" is left to the
 * rules that name it themselves; a sentence with a source's lead
 * ("Menurut X, lembaga ini …") is read whole afterwards. */
static void
reread_with_subject_named (Ctx  *ctx,
                           Sent *s)
{
  guint c = _ds_clause_opening (s), k, end, from = ctx->claims->len, at, len_new, len_old;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sentence = NULL;
  Sent x = { 0 };

  if (c == G_MAXUINT || c + 3 >= s->n)
    return;
  /* ("Sejak 2019, lembaga ini …": past an opening phrase and its comma.) */
  for (k = c; k < s->n && k < c + 6 && !s->toks[k].verb && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    ;
  if (k > c && k + 3 < s->n && _ds_tok_is_punct (&s->toks[k], ','))
    c = k + 1;
  /* ("It", "Ia" stand for the name the sentence before began with only
   * when it named no other; a pointed noun's kind tells it apart.) */
  if ((s->toks[c].flags & W_PRONOUN) ? ctx->subject_rival
                                      : !(ctx->english ? (s->toks[c].flags & W_ANAPHOR) != 0
                                                       : c + 1 < s->n && (s->toks[c + 1].flags & W_ANAPHOR)))
    return;
  if ((name = _ds_anaphor_at (ctx, s, c, &end)) == NULL || end <= c || end + 1 >= _ds_body_end (s) ||
      !(s->toks[end].verb || (s->toks[end].flags & (W_AUX | W_ADV | W_PREP)) || _ds_tok_is_punct (&s->toks[end], ',')))
    return;
  /* ("Sengketa itu menunjukkan bahwa …", "This shows that …": what a
   * pointer says a lesson of is the story before, more than its name.) */
  for (k = end; k < end + 3 && k < s->n; k++)
    if (s->toks[k].flags & W_THAT)
      return;
  text = g_strdup_printf ("%.*s%s%.*s", (int) (s->toks[c].p - s->p), s->p, name,
                          (int) (s->end - (s->toks[end - 1].p + s->toks[end - 1].len)), s->toks[end - 1].p + s->toks[end - 1].len);
  if (c == 0)
    text[0] = g_ascii_toupper (text[0]);
  sentence = g_strndup (s->p, s->end - s->p);
  _ds_sent_tokenize_rewritten (ctx, &x, text, s);
  if (x.n < 3)
    return;
  analyse_claims (ctx, &x);
  at = _ds_sent_char_at (s, s->toks[c].p);
  len_new = (guint) g_utf8_strlen (name, -1);
  len_old = _ds_sent_char_at (s, s->toks[end - 1].p + s->toks[end - 1].len) - at;
  for (guint i = ctx->claims->len; i > from; i--)
    {
      DsClaim *claim = ctx->claims->pdata[i - 1];

      /* ("The _____ publishes …": a blank of the name asks what the
       * sentence before said, not this one.) */
      if (claim->kind == DS_CLAIM_FACT && claim->question == NULL && claim->key_start < at + len_new &&
          claim->key_end > at)
        {
          g_ptr_array_remove_index (ctx->claims, i - 1);
          continue;
        }
      claim->key_start = place_back (claim->key_start, at, len_new, len_old);
      claim->key_end = place_back (claim->key_end, at, len_new, len_old);
      for (guint j = 0; claim->items != NULL && j < claim->items->len; j++)
        {
          DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, j);

          item->start = place_back (item->start, at, len_new, len_old);
          item->end = place_back (item->end, at, len_new, len_old);
        }
      claim->start = s->start;
      claim->end = s->end_char;
      g_free (claim->sentence);
      claim->sentence = g_strdup (sentence);
      if (claim->kind == DS_CLAIM_FACT && claim->question != NULL)
        {
          g_free (claim->body);
          claim->body = g_strdup (sentence);
        }
    }
}

/* Whether a note says something: a verb ("Release 16, frozen in 2020,
 * added …"), not only a reference ("Interview, Directorate General of
 * Immigration, Jakarta, May 2022.", "Laporan Tahunan Kemlu, 2023."; a
 * capital past the first word is a name's, "May" a month). */
static gboolean
note_states (const Sent *s)
{
  for (guint k = 0; k < s->n; k++)
    if (s->toks[k].type == TOK_WORD && !(s->toks[k].cap && k > 0) && !(s->toks[k].flags & W_MONTH) &&
        (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_VERB | W_REPORT | W_EVENT | W_DEFINE_VERB | W_ROLE_VERB))))
      return TRUE;
  return FALSE;
}

static void
analyse_sentence (Ctx  *ctx,
                  Sent *s)
{
  DsClaim *thesis;
  Sent whole;
  guint lead = 0, attrib = 0, who_a = 0, who_b = 0, cite_a = 0, cite_b = 0;
  gboolean alias = FALSE, blanks = FALSE;
  guint subject_end = 0;

  if (s->end - s->p > MAX_SENTENCE_BYTES || seen_before (ctx, s))
    return;

  ctx->counting = TRUE;
  _ds_sent_tokenize (ctx, s);
  ctx->counting = FALSE;
  /* ("Lihat …", "See …", "Cf. …": a note that points to a work.) */
  if ((ctx->note_line == NOTE_LINE && (!note_states (s) || _ds_phrase_at (ctx, s, 0, PL_FURNITURE_NOTE_OPENER) > 0)) ||
      (ctx->note_line == NOTE_MAYBE && _ds_phrase_at (ctx, s, 1, PL_FURNITURE_NOTE_OPENER) > 0))
    {
      ctx->note_skipped = TRUE;
      return;
    }
  note_names (ctx, s);
  /* "Kedua, …", "Key point — …", "Selain itu, …": every rule, the
   * cover's refusal tests and the clause reader read the sentence from
   * its subject on; its source keeps the lead. */
  whole = *s;
  ctx->advice_lead = FALSE;
  if (s->n > 3 && (lead = _ds_clause_lead_end (ctx, s)) > 0)
    {
      ctx->advice_lead = _ds_phrase_at (ctx, s, 0, PL_LEAD_LABEL_ADVICE) > 0;
      _ds_sent_skip (s, lead);
    }
  /* "Menurut Farrell (2019: 7), X …", "According to the ministry, X …":
   * the rules read X; its claims are Farrell's (claim_lead_source()). */
  else if (s->n_commas > 0 && (attrib = _ds_clause_attribution_end (ctx, s, &who_a, &who_b, &cite_a, &cite_b)) > 0)
    {
      g_free (ctx->lead_who);
      ctx->lead_who = _ds_toks_dup (s, who_a, who_b);
      _ds_sent_skip (s, attrib);
      ctx->lead_start = s->lead_start;
      ctx->lead_first = s->toks[0].p;
      ctx->lead_first_len = s->toks[0].len;
      ctx->lead_lower = !s->toks[0].cap;
    }
  keep_cut (ctx, s);
  if (speech_formula (ctx, &whole))
    return;
  /* A slide's speaker notes are prose, but for the presenter's asides. */
  if (s->first)
    ctx->speaker_notes = ctx->deck_notes || _ds_speaker_notes_line (ctx, &whole);
  if (ctx->speaker_notes && _ds_presenter_aside (ctx, s))
    return;
  /* (The cover reads a source's lead itself: "Menurut X, apa yang …?".) */
  _ds_cover_note (ctx, attrib > 0 ? &whole : s);
  /* ("Speaker notes: Realists: human rights are …": the notes' first
   * sentence is prose, no line of the slide — no glossary entry, no
   * label over its gloss.) */
  if (ctx->speaker_notes)
    s->first = FALSE;
  /* (The ordinals read the lead: "Kedua, …" is the second of a
   * sequence. An item they took keeps its ordinal for the rules: the
   * sequence is asked as a list, and its items read alone are no claims
   * of their own — "First, removing tariffs …" is cut from the sentence
   * before, "First, X is Y" lists a reason and defines nothing,
   * "Kedua, waspadai pesan …" is a step, not a list of its own.) */
  if (lead > 0)
    {
      Sent read = *s;

      whole.maybe_used = s->maybe_used;
      _ds_ordinals_sentence (ctx, &whole);
      read.maybe_used = whole.maybe_used;
      *s = ctx->ordinals.claim != NULL && ctx->ordinals.since == 0 ? whole : read;
    }
  else
    _ds_ordinals_sentence (ctx, s);
  /* A question asks; it states no claim, unless the text answers it at
   * once ("Apakah A sama dengan B? Tidak. …"). */
  if (s->n >= 3 && s->question)
    _ds_find_contrast_question (ctx, s);
  if (s->n < 3 || s->question)
    return;

  ctx->sentence_first_claim = ctx->claims->len;
  /* "TODO: baca bab 3", "Check the slides of week 7.": a note to self. */
  if (s->first && _ds_reminder_line (ctx, s))
    return;
  if (commission_line (ctx, s) || aim_line (ctx, s))
    return;
  /* "- Grew out of the Geophysical Year" under "The Antarctic Treaty":
   * a line whose subject is the heading is read with it. */
  if (s->first && lead == 0 && attrib == 0 && !ctx->speaker_notes &&
      ds_essay_get_block (ctx->essay, s->block)->kind == DS_BLOCK_LIST_ITEM && _ds_heading_subject_line (ctx, s))
    return;
  thesis = ctx->thesis;
  analyse_claims (ctx, s);
  /* "Chile opposed the plan and proposed …", "…, which deals with …": a
   * second predication of a name, read alone, whichever rule took the
   * sentence. */
  _ds_find_split (ctx, s);
  /* A term set off in bold in a sentence no rule took from, and its
   * gloss (tokens a rule may have read stay its own). */
  if (ctx->claims->len == ctx->sentence_first_claim && ctx->thesis == thesis)
    _ds_find_emphasis_gloss (ctx, s);
  /* A sentence no rule took from, read again without its asides; so is
   * one whose aside gave only another name ("X, commonly called Y, are
   * …"): what it says of X is a claim of its own. */
  if (((ctx->claims->len == ctx->sentence_first_claim && !s->maybe_used) || (alias = only_aliases (ctx)) ||
       (blanks = ctx->claims->len > ctx->sentence_first_claim && example_subject_blanks (ctx, s, &subject_end))) &&
      ctx->thesis == thesis && !(ctx->ordinals.claim != NULL && ctx->ordinals.since == 0))
    {
      guint before = ctx->claims->len;

      reread_without_asides (ctx, s, alias);
      /* (The blank of a date the reading without the marker asks with
       * its act, "When did Kenya test …?", is asked once; a reading that
       * asks no act gives nothing the blanks did not.) */
      if (blanks)
        drop_blanks_asked (ctx, before, subject_end);
    }
  if (ctx->claims->len == ctx->sentence_first_claim && !s->maybe_used && ctx->thesis == thesis && attrib == 0 &&
      !(ctx->ordinals.claim != NULL && ctx->ordinals.since == 0))
    reread_with_subject_named (ctx, s);
  /* What no rule read in X is read with its source: "Apa pendapat
   * Farrell tentang …?". */
  if (attrib > 0)
    {
      g_clear_pointer (&ctx->lead_who, g_free);
      if (ctx->claims->len == ctx->sentence_first_claim && ctx->thesis == thesis)
        {
          whole.maybe_used = s->maybe_used;
          *s = whole;
          analyse_claims (ctx, s);
          _ds_find_split (ctx, s);
        }
    }
}

/* A line of notes whose subject is the heading above it ("- Signed 1
 * December 1959 in Washington by 12 states" under "Case 2: The
 * Antarctic Treaty"; ds-claims-blocks.c) is read from its token @k on
 * as the sentence it stands for, @lead written before it: "The
 * Antarctic Treaty was signed 1 December 1959 in Washington by 12
 * states." A blank stands in that sentence, with its subject; the
 * claims' source is the line as written, at its own places; a blank of
 * the name (the first @name_len characters of @lead) asks nothing the
 * line says and is dropped. */
guint
_ds_read_with_subject (Ctx        *ctx,
                       const Sent *s,
                       guint       k,
                       const char *lead,
                       guint       name_len)
{
  guint from = ctx->claims->len, len_lead = (guint) g_utf8_strlen (lead, -1) + 1, at;
  const Tok *t = &s->toks[k];
  g_autofree char *text = NULL;
  g_autofree char *sentence = NULL;
  Sent x = { 0 };

  text = g_strdup_printf ("%s %.*s", lead, (int) (s->end - t->p), t->p);
  /* ("Signed" → "signed"; not "OST", "EU-wide".) */
  if (t->cap && t->len > 1 && !g_ascii_isupper (t->p[1]))
    text[len_lead] = ds_ascii_tolower (text[len_lead]);
  _ds_sent_tokenize_rewritten (ctx, &x, text, s);
  x.first = s->first;
  if (x.n < 4)
    return 0;
  ctx->sentence_first_claim = ctx->claims->len;
  analyse_claims (ctx, &x);
  at = _ds_sent_char_at (s, t->p);
  sentence = g_strndup (s->p, s->end - s->p);
  for (guint i = ctx->claims->len; i > from; i--)
    {
      DsClaim *claim = ctx->claims->pdata[i - 1];

      if (claim->kind == DS_CLAIM_FACT && claim->question == NULL && claim->key_start < x.start + name_len)
        {
          g_ptr_array_remove_index (ctx->claims, i - 1);
          continue;
        }
      /* (Its source is the line as written, at its own places.) */
      claim->key_start = place_back (claim->key_start, x.start, len_lead, at - s->start);
      claim->key_end = place_back (claim->key_end, x.start, len_lead, at - s->start);
      for (guint j = 0; claim->items != NULL && j < claim->items->len; j++)
        {
          DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, j);

          item->start = place_back (item->start, x.start, len_lead, at - s->start);
          item->end = place_back (item->end, x.start, len_lead, at - s->start);
        }
      g_free (claim->sentence);
      claim->sentence = g_strdup (sentence);
    }
  return ctx->claims->len - from;
}

/* The rules of a sentence, each that takes it whole returning. */
static void
analyse_claims (Ctx  *ctx,
                Sent *s)
{
  guint tail;

  /* "1993 --> …", "weak funding -> …": a handout's timeline or cause. */
  if (s->has_arrow && _ds_find_arrow_line (ctx, s))
    return;
  /* A glossary: a headword on its own line, its definition below. */
  if (s->first && s->block > 0 && _ds_find_headword_gloss (ctx, s))
    return;
  /* "**Inquiry.** Sends a neutral commission …": a bold label glossed. */
  if (s->first && s->p[0] == '*' && _ds_find_label_gloss (ctx, s))
    return;
  if (s->first && s->p[0] == '*' && past_bold_lead_in (s))
    {
      _ds_sent_tokenize (ctx, s);
      if (s->n < 3)
        return;
    }
  /* "Tanya: Apa itu X?", "## What is X?" over "<a gloss>." */
  if (s->first && ctx->topic_block != G_MAXUINT && ctx->topic_block + 1 == s->block && _ds_find_answer_gloss (ctx, s))
    return;
  /* "… . Perilaku ini dikenal dengan sebutan X", "This is known as X":
   * a name for what the sentence before says. */
  if (!s->first && s->n <= 22 && _ds_find_named_before (ctx, s))
    return;
  /* "Kalau …, namanya X", "When …, we call it X": the name blanked. */
  if (s->n_commas > 0 && s->n <= 40 && _ds_find_named_condition (ctx, s))
    return;
  /* "Pada masa Orde Baru, Presiden Soeharto mengutamakan …": what the
   * actor did in the era. */
  if (s->n_commas > 0)
    _ds_find_period_claim (ctx, s);
  /* "Apakah X …? Jawabannya tegas: …": before the answer's figures. */
  if (_ds_find_stated_answer (ctx, s))
    return;
  /* "Suryani (2018) memberikan rumusan …, yakni …": a scholar's
   * formulation of the term before, before its words read as a list. */
  if ((s->n_commas > 0 || s->has_colon) && _ds_find_offered_formulation (ctx, s))
    return;
  /* "Definisi X yang dirumuskan Biro Y pada 1992 adalah …": the body's
   * definition, its year left for a blank. */
  if (s->flags & W_CUE_DEF)
    _ds_find_sourced_definition (ctx, s);
  /* "Novak criticised X because …": the reason is the source's, asked
   * with its name, before the sentence's reasons are read. */
  if (_ds_find_fault (ctx, s))
    return;
  _ds_find_reasons (ctx, s);
  _ds_find_merits (ctx, s);
  if (s->has_quote && s->n_commas > 0)
    _ds_find_term_users (ctx, s);
  tail = s->n_commas > 0 || s->has_quote ? attribution_tail (ctx, s) : 0;
  /* "Yang pertama mengandalkan paksaan militer dan ekonomi, sedangkan
   * yang kedua …": the pair of the sentence before, before a half's
   * "militer dan ekonomi" is read as a list. */
  if (s->n_commas > 0 && _ds_find_former_latter (ctx, s))
    return;
  if (s->n_commas > 0 || (s->flags & W_CONJ))
    LISTS_BEFORE_TAIL (_ds_find_series (ctx, s));
  if (s->flags & W_COUNT)
    _ds_find_typology (ctx, s);
  if (_ds_find_contrasts_first (ctx, s) || _ds_find_cause_noun (ctx, s) || _ds_find_lesson (ctx, s) ||
      (s->has_colon && _ds_find_verdict (ctx, s)) ||
      _ds_find_reason_first (ctx, s) || _ds_find_reason_clause (ctx, s) ||
      ((s->flags & (W_CUE_DEF | W_THAT)) && !s->has_quote && _ds_find_implication (ctx, s)))
    return;
  if (s->has_bracket)
    _ds_find_bracket_examples (ctx, s);
  if (s->has_bracket && s->n_commas > 0 && _ds_find_ranking (ctx, s))
    return;
  /* (A list of markers has two at least; a sentence's last word before
   * its full stop is most often the only one in it.) */
  if (s->n_markers >= 2)
    LISTS_BEFORE_TAIL (_ds_find_marker_list (ctx, s));
  /* "A dan B tidak sama: yang satu …, yang lain …" compares two things;
   * what follows its colon is no list. */
  if (s->has_colon)
    _ds_find_contrasts (ctx, s);
  /* "… what Snyder called the 'entrapment problem': the risk that …",
   * "… menyebutnya X, yaitu …". */
  if ((s->has_colon || s->has_dash || (s->n_commas > 0 && (s->flags & (W_CUE_NAMING | W_CUE_DEF)))) &&
      _ds_find_named_gloss (ctx, s))
    return;
  /* "… the concept of layered defence, the ability to …", "… konsep X,
   * yaitu kemampuan …": a definition, not a list after "yaitu" (its
   * words are used); the sentence's other claims ("in 2016") stay. */
  /* "…, artinya …", "…, meaning that …" after a principle: a clause says
   * what it means, before the noun-phrase glosses. */
  if (s->n_commas > 0)
    _ds_find_restated_within (ctx, s);
  if (s->n_commas > 0 && !s->has_quote && !_ds_find_concept_gloss (ctx, s))
    _ds_find_restating_gloss (ctx, s);
  if (s->n_commas > 0 && (s->flags & W_PREP) && (s->flags & W_CONJ))
    LISTS_BEFORE_TAIL (_ds_find_shared_prep_list (ctx, s));
  if ((s->flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_PAIR | W_ROLE_VERB)) || s->has_colon ||
      ((s->flags & W_COUNT) && s->n_commas > 0) || (s->n_commas > 0 && marked_by_in (ctx, s)))
    LISTS_BEFORE_TAIL (_ds_find_cue_lists (ctx, s));
  if (s->n_commas > 0 || (s->flags & W_CONJ))
    LISTS_BEFORE_TAIL (_ds_find_duty_lists (ctx, s));
  if (s->n_commas > 1 || (ctx->head_cue && s->n_commas > 0))
    LISTS_BEFORE_TAIL (_ds_find_action_list (ctx, s));
  if (s->n_commas > 0 || s->has_semicolon)
    LISTS_BEFORE_TAIL (_ds_find_modal_series (ctx, s));
  if (s->n_commas > 1 && !ctx->english)
    LISTS_BEFORE_TAIL (_ds_find_trait_list (ctx, s));
  /* "BSSN menangani A, B, dan C": objects with no cue, after the rules
   * that read a cue, a duty or a modal. */
  if (s->n_commas > 0 && (s->flags & W_CONJ))
    {
      LISTS_BEFORE_TAIL (_ds_find_object_series (ctx, s));
      LISTS_BEFORE_TAIL (_ds_find_passive_series (ctx, s));
      LISTS_BEFORE_TAIL (_ds_find_counted_series (ctx, s));
    }
  _ds_find_thesis (ctx, s);
  if (s->flags & W_THAT)
    _ds_find_stances (ctx, s);
  if (s->has_quote)
    _ds_find_quote (ctx, s);
  if (s->n_commas > 0)
    _ds_find_held_view (ctx, s);
  /* "… comes from the Latin 'quota', meaning …": single quotes and
   * "meaning" mark no sentence, the origin cue is looked for in each. */
  _ds_find_origin (ctx, s);
  if (s->n_commas > 0)
    _ds_find_restated (ctx, s);
  if (s->has_dash)
    _ds_find_dash_gloss (ctx, s);
  if (s->n_commas > 1)
    _ds_find_comma_gloss (ctx, s);
  if (s->first)
    _ds_find_equals_gloss (ctx, s);
  if (s->n_commas > 1)
    _ds_find_appositive (ctx, s);
  /* "By X, lawyers mean …", "By X I mean …": "mean" is no cue word of
   * its own. */
  /* ("Diplomasi air itu upaya …": "itu" is the copula.) */
  if ((s->flags & (W_CUE_DEF | W_DEFINE_VERB)) ||
      (ctx->english && (s->n_commas > 0 || (s->n > 0 && _ds_tok_is (&s->toks[0], "by")))) ||
      (!ctx->english && (s->flags & W_ANAPHOR)))
    _ds_find_definitions (ctx, s);
  _ds_find_predicate_gloss (ctx, s);
  /* "### What does the agency do?" over "The agency collects …": the
   * question's answer, before the sentence's figures and names. */
  if (s->first && ctx->topic_block != G_MAXUINT && ctx->topic_block + 1 == s->block &&
      ctx->claims->len == ctx->sentence_first_claim && _ds_find_faq_answer (ctx, s))
    return;
  /* "**Is pilotage compulsory for yachts?**" over "Only for yachts longer
   * than forty metres.": an answer with no verb of its own is a piece of
   * its question's sentence; a blank in it asks nothing. */
  if (faq_fragment (ctx, s))
    return;
  /* "X menjadi Y apabila …", "X becomes Y when …": before the
   * sentence's names and figures, which would blank the condition. */
  if (!_ds_find_comparison (ctx, s))
    _ds_find_condition (ctx, s);
  _ds_find_facts (ctx, s);
  /* "Although A, B …": the main clause, when the rules of facts read
   * the concession alone. */
  if (s->n_commas > 0)
    _ds_find_concession_main (ctx, s);
  /* "X did A but B": the second predicate. */
  _ds_find_but_predicate (ctx, s);
}

static SentRef
ref_of (const Sent *s)
{
  return (SentRef) { s->p, s->end, s->start, s->end_char, s->block };
}

/* What cutting [@ref->p, @ref->end) into @s gives, when one of the last
 * two sentences analysed was that: its tokens copied to the buffer of a
 * sentence read again. */
static gboolean
copy_cut (Ctx           *ctx,
          const SentRef *ref,
          Sent          *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (ctx->cut); i++)
    {
      const Sent *c = &ctx->cut[i];

      if (c->p != ref->p || c->end != ref->end || c->p == NULL)
        continue;
      /* The same bytes: the same place and what its tokens hold; read
       * again, it opens no paragraph and carries no hash, as a sentence
       * tokenized aside does not. */
      *s = *c;
      s->first = FALSE;
      s->hash = 0;
      g_array_set_size (ctx->toks_aside, MAX_TOKENS);
      s->toks = (Tok *) (gpointer) ctx->toks_aside->data;
      memcpy (s->toks, ctx->cut_toks[i]->data, c->n * sizeof (Tok));
      return TRUE;
    }
  return FALSE;
}

/* Words the subject of a sentence may take before its verb, read for
 * other_actor_opens(). */
#define OTHER_ACTOR_MAX_WORDS 6

/* "Delegasi Indonesia membawa tiga usulan.", "The government stressed
 * two points.": a sentence whose subject, before its first verb, names
 * an actor (a government, a country, a name past its first word) and no
 * first person tells what that actor put forward; steps after it
 * ("Pertama, …") are the actor's, not the author's advice. "Ada tiga
 * langkah …", "Menurut saya …", "I propose three steps" are the
 * author's. */
static gboolean
other_actor_opens (Ctx        *ctx,
                   const Sent *s)
{
  guint c = _ds_clause_opening (s), k;
  gboolean actor = FALSE;

  if (c == G_MAXUINT)
    return FALSE;
  for (k = c; k < s->n && k < c + OTHER_ACTOR_MAX_WORDS; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || (t->flags & (W_PRONOUN | W_AUX)) || (t->verb && !t->cap))
        break;
      actor |= (t->flags & (W_GOV | W_COUNTRY)) || (k > c && t->cap) || _ds_tok_known_name (ctx, t);
    }
  return actor && k > c && k < s->n && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_PRONOUN) &&
         s->toks[k].verb;
}

/* Reads a sentence again from where it was (for an intro). */
void
_ds_sent_from_ref (Ctx           *ctx,
                   const SentRef *ref,
                   Sent          *s)
{
  memset (s, 0, sizeof *s);
  s->p = ref->p;
  s->end = ref->end;
  s->start = ref->start;
  s->end_char = ref->end_char;
  s->block = ref->block;
  if (!copy_cut (ctx, ref, s))
    _ds_sent_tokenize_aside (ctx, s);
}

/* Reads a sentence again from where it was, without its asides: "The
 * panel has, in my view, two weaknesses." introduces the weaknesses of
 * the panel as "The panel has two weaknesses." does (an intro read for
 * the list after it). */
void
_ds_sent_from_ref_plain (Ctx           *ctx,
                         const SentRef *ref,
                         Sent          *s)
{
  _ds_sent_from_ref (ctx, ref, s);
  if (s->n <= 3 || !may_hold_aside (s))
    return;
  /* (A buffer of its own: a rule may hold the sentence read again as it
   * is, in the other one, while it asks for the intro.) */
  g_array_set_size (ctx->toks_plain, MAX_TOKENS);
  memcpy (ctx->toks_plain->data, s->toks, s->n * sizeof (Tok));
  s->toks = (Tok *) (gpointer) ctx->toks_plain->data;
  drop_asides (ctx, s);
}

/* The byte where a block's prose starts: after a list marker, and after a
 * news dateline ("JAKARTA, KOMPAS.com – "), which is no claim. */
static const char *
prose_start (Ctx           *ctx,
             const DsBlock *block,
             guint         *pos)
{
  *pos = block->prose_start;
  return ctx->text + block->prose_byte_start;
}

#define STAGE_MAX_BYTES 60

/* "[tertawa] Komisi itu …", "[laughter] The commission …": a transcript's
 * stage direction before a sentence is no part of it. Where the sentence
 * starts, past the direction and its spaces; *@pos moves on with it. */
static const char *
past_stage_direction (const char *start,
                      const char *end,
                      guint      *pos)
{
  const char *close;

  if (start >= end || *start != '[' ||
      (close = memchr (start, ']', MIN ((gsize) (end - start), STAGE_MAX_BYTES))) == NULL)
    return start;
  for (const char *q = start + 1; q < close; q++)
    if (g_ascii_isdigit (*q))
      return start;
  for (close++; close < end && *close == ' '; close++)
    ;
  if (close >= end)
    return start;
  *pos += g_utf8_strlen (start, close - start);
  return close;
}

/* Words of a name after a note's number. */
#define NOTE_NAME_MAX_WORDS 6

/* "6 Asian Cyber Fund, set up in 2019, …", "6 Dana Cadangan Beras,
 * dibentuk pada 2014, …": a paragraph that a PDF's note opens with its
 * number (one or two digits), then a name of two words or more in
 * capitals and a comma; the number is the note's, no count of the name
 * (an English name it counted would be a plural: "12 Regional Units").
 * Where the note's text starts, past the number; *@pos moves on. */
static const char *
past_note_number (Ctx        *ctx,
                  const char *start,
                  const char *end,
                  guint      *pos)
{
  const char *q = start, *last = NULL;
  guint words = 0;

  while (q < end && g_ascii_isdigit (*q))
    q++;
  if (q == start || q - start > 2 || q >= end || *q != ' ' || *start == '0')
    return start;
  for (q++; q < end && words <= NOTE_NAME_MAX_WORDS; words++)
    {
      if (!g_ascii_isupper (*q))
        break;
      while (q < end && *q != ' ' && *q != ',')
        q++;
      last = q;
      if (q < end && *q == ',')
        break;
      q++;
    }
  if (words < 2 || words > NOTE_NAME_MAX_WORDS || last == NULL || last >= end || *last != ',' ||
      (ctx->english && last[-1] == 's'))
    return start;
  for (q = start; g_ascii_isdigit (*q) || *q == ' '; q++)
    ;
  *pos += (guint) (q - start);
  return q;
}

/* A note's mark at @p: one or two digits (no leading 0) and a space
 * before a capital or a quote ("4 Interview 17, …", "12 ICAO, …"), or a
 * superscript digit ("¹ Perjanjian …"). Returns its number and sets
 * *@len to the bytes up to the note's text; 0 when there is none. */
static guint
note_mark_at (const char *p,
              const char *end,
              gsize      *len,
              gboolean   *superscript)
{
  const guchar *u = (const guchar *) p;
  const char *q = p;
  guint n = 0;

  *superscript = FALSE;
  if (end - p >= 2 && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3))
    n = u[1] == 0xB9 ? 1 : u[1] - 0xB0, q = p + 2, *superscript = TRUE;
  else if (end - p >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] >= 0xB4 && u[2] <= 0xB9)
    n = u[2] - 0xB0, q = p + 3, *superscript = TRUE;
  if (*superscript)
    {
      while (q < end && *q == ' ')
        q++;
      *len = (gsize) (q - p);
      return q < end && (g_ascii_isupper (*q) || *q == '"' || *q == '\'') ? n : 0;
    }
  while (q < end && q - p < 3 && g_ascii_isdigit (*q))
    n = n * 10 + (guint) (*q++ - '0');
  if (q == p || q - p > 2 || *p == '0' || q + 1 >= end || *q != ' ' ||
      !(g_ascii_isupper (q[1]) || q[1] == '"' || q[1] == '\''))
    return 0;
  *len = (gsize) (q + 1 - p);
  return n;
}

/* Whether a sentence in (@p, @end) opens with the note's mark @n, after
 * a stop: "… 7 December 1944. 2 League of Nations, …". */
static gboolean
note_follows (const char *p,
              const char *end,
              guint       n)
{
  gsize len;
  gboolean sup;

  for (const char *q = p + 2; q < end; q++)
    if ((q[-1] == ' ' || q[-1] == '\n') && (q[-2] == '.' || q[-2] == ')') && g_ascii_isdigit (*q) &&
        note_mark_at (q, end, &len, &sup) == n && !sup)
      return TRUE;
  return FALSE;
}

/* Whether the block before @index opens on the note's mark @k - 1, or
 * the one after it on @k + 1: a PDF's notes, a block each. */
static gboolean
note_neighbour (Ctx   *ctx,
                guint  index,
                guint  k)
{
  for (int d = -1; d <= 1; d += 2)
    {
      const DsBlock *b;
      gsize len;
      gboolean sup;

      if ((d < 0 && (index == 0 || k == 1)) || (d > 0 && index + 1 >= ds_essay_get_n_blocks (ctx->essay)))
        continue;
      b = ds_essay_get_block (ctx->essay, index + d);
      if (note_mark_at (ctx->text + b->byte_start, ctx->text + b->byte_end, &len, &sup) == k + d && !sup)
        return TRUE;
    }
  return FALSE;
}

/* "2.4 Bilaterally, …", "3.1. Fiji …", "2) The Group …": a paragraph a
 * report numbers (a point inside or after the number, or a
 * parenthesis), then a capital; the number is the paragraph's, no part
 * of its first sentence (no rule reads it as a figure, no card's stem
 * shows it). Where the text starts, past the number; *@pos moves on. */
static const char *
past_paragraph_number (const char *start,
                       const char *end,
                       guint      *pos)
{
  const char *q = start;
  gboolean marked = FALSE;

  while (q < end && q - start < 8 && (g_ascii_isdigit (*q) || (*q == '.' && q > start && g_ascii_isdigit (q[-1]))))
    marked |= *q++ == '.';
  if (q < end && *q == ')' && q > start)
    marked = TRUE, q++;
  if (!marked || q + 1 >= end || *q != ' ' || !g_ascii_isupper (q[1]))
    return start;
  q++;
  *pos += (guint) (q - start);
  return q;
}

/* "a. **Perundingan batas maritim.** Indonesia berbatasan …", "b.
 * **Niche expertise.** Singapore trains …": a list item that opens on a
 * bold label ending on its own stop, then a body whose first sentence
 * opens on a capital. The label is the item the list reads
 * (_ds_walk_list_blocks()); the body's sentences are read alone, the
 * label no part of the first one. A body in lower case ("**Port state
 * control.** sends …") is a run-in sentence whose subject the label is:
 * it stays as it was. Where the body starts, or @start; *@pos moves on. */
const char *
_ds_past_item_label (Ctx           *ctx,
                     const DsBlock *block,
                     const char    *start,
                     const char    *end,
                     guint         *pos)
{
  const char *close, *q;

  if (block->kind != DS_BLOCK_LIST_ITEM || end - start < 8 || start[0] != '*' || start[1] != '*' ||
      start[2] == '*' || start[2] == ' ')
    return start;
  close = g_strstr_len (start + 2, MIN (end - (start + 2), 100), "**");
  if (close == NULL || close[-1] != '.' || close - start < 5)
    return start;
  for (q = close + 2; q < end && *q == ' '; q++)
    ;
  if (q == close + 2 || q >= end || !g_ascii_isupper (*q))
    return start;
  /* (The body is a sentence: it has a stop of its own.) */
  if (memchr (q, '.', end - q) == NULL)
    return start;
  (void) ctx;
  *pos += (guint) g_utf8_strlen (start, q - start);
  return q;
}

void
_ds_walk_paragraph (Ctx   *ctx,
                    guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  const char *end = ctx->text + block->byte_end;
  guint pos;
  const char *p = prose_start (ctx, block, &pos);
  gboolean first = TRUE, sup;
  guint notes = 0, k;
  gsize mark;

  while (p < end)
    {
      const char *start = p;
      const char *stop;
      Sent s = { 0 };

      while (start < end && (*start == ' ' || *start == '\t'))
        start++;
      if (start >= end)
        break;
      pos += start - p;   /* spaces are one byte, one character */
      p = start;
      start = past_stage_direction (start, end, &pos);
      /* "1 Convention on …, 7 December 1944. 2 League of Nations, …",
       * "¹ Perjanjian Pandemi WHO diadopsi …": a block of notes, each
       * opening on its number (the first the next of a block of notes
       * before, or followed by the next); the number is no part of the
       * note, and a note that states nothing (a reference) is not read. */
      ctx->note_line = 0;
      if (start < end && (first ? notes == 0 : notes > 0) &&
          (k = note_mark_at (start, end, &mark, &sup)) > 0 &&
          (sup || (first ? note_neighbour (ctx, index, k) || note_follows (start, end, k + 1) : k == notes)))
        {
          pos += (guint) g_utf8_strlen (start, (gssize) mark);
          start += mark;
          ctx->note_line = NOTE_LINE;
          notes = k + 1;
        }
      else if (first && g_ascii_isdigit (*start))
        {
          const char *numbered = past_paragraph_number (start, end, &pos);

          /* ("1 Lihat laporan tahunan …", "4 See the council's …",
           * alone: a note, if its first word points elsewhere.) */
          const char *marked = start;

          start = numbered != start ? numbered : past_note_number (ctx, start, end, &pos);
          if (start == marked && note_mark_at (start, end, &mark, &sup) > 0)
            ctx->note_line = NOTE_MAYBE;
        }
      if (first)
        start = _ds_past_item_label (ctx, block, start, end, &pos);

      stop = _ds_sentence_end (ctx, start, end);
      s.p = start;
      s.end = stop;
      while (s.end > s.p && (s.end[-1] == ' ' || s.end[-1] == '\t'))
        s.end--;
      s.start = pos;
      s.block = index;
      s.first = first;
      _ds_sent_measure (&s);
      pos = s.end_char + (guint) (stop - s.end);
      p = stop;
      /* "Figure 2: …", "Sumber: …" between two sentences: skipped, and
       * the sentence after it leans on the one before it. */
      if (_ds_caption_sentence (s.p, s.end))
        continue;

      analyse_sentence (ctx, &s);
      ctx->note_line = 0;
      if (ctx->note_skipped)
        {
          ctx->note_skipped = FALSE;
          first = FALSE;
          continue;
        }
      g_free (ctx->subject_before);
      ctx->subject_before = g_strdup (ctx->subject);
      _ds_subject_note (ctx, &s);
      ctx->prev2 = ctx->prev;
      ctx->prev = ref_of (&s);
      ctx->prev_counts = (s.flags & W_COUNT) != 0;
      ctx->prev_other_actor = s.n > 3 && (s.flags & W_COUNT) && other_actor_opens (ctx, &s);
      first = FALSE;
    }
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

/* A heading (or the title) [@p, @end), cut once: whether it names a
 * role (ctx->head_cue), and the name it is, if it is one
 * (_ds_subject_heading()). */
static void
read_heading (Ctx        *ctx,
              const char *p,
              const char *end)
{
  Sent s = { 0 };

  s.p = p;
  s.end = end;
  _ds_sent_tokenize_aside (ctx, &s);
  ctx->head_cue = (s.flags & W_HEAD_CUE) != 0;
  ctx->advice_topic = _ds_advice_label (ctx, &s);
  _ds_subject_heading (ctx, &s);
  /* "Why should Fiji join the pact?", "Mengapa Fiji perlu bergabung?": in
   * a heading set in sentence case (a content word after the first in
   * lower case) a capital inside it is a name's, as in a sentence;
   * "Fiji should join … for three reasons" below it then keeps the
   * name's capital in "reasons why Fiji should join …". A heading in
   * title case says nothing of names. */
  for (guint k = 1; k < s.n; k++)
    if (s.toks[k].type == TOK_WORD && s.toks[k].len > 3 && !s.toks[k].cap && !(s.toks[k].flags & W_FUNCTION))
      {
        note_names (ctx, &s);
        break;
      }
}

/* "2.2 Soft Power", "IV. Pertanyaan Diskusi", "B. Fungsi": the section's
 * number is no part of its topic. */
static const char *
skip_section_number (const char *p,
                     const char *end)
{
  const char *q = p;

  if (q < end && g_ascii_isdigit (*q))
    while (q < end && (g_ascii_isdigit (*q) || *q == '.'))
      q++;
  else
    {
      while (q < end && q - p < 5 && strchr ("IVXLivxl", *q) != NULL)
        q++;
      /* "A. Latar", "c. MUSEUMS & GALLERIES", "b) Tools": one letter. */
      if (q == p && q < end && g_ascii_isalpha (*q))
        q++;
      if (q == p || q >= end || (*q != '.' && !(*q == ')' && q == p + 1)))
        return p;
      q++;
    }
  if (q >= end || *q != ' ')
    return p;
  while (q < end && *q == ' ')
    q++;
  return q < end ? q : p;
}

/* Whether the word [@w, @w + @len) in capitals stands in the essay's
 * text twice (the heading's once, and once more): "NATO", "ASEAN", not a
 * word a heading shouts; or a heading's name, "Safe Harbor". */
gboolean
_ds_text_twice (Ctx        *ctx,
                const char *w,
                gsize       len)
{
  const char *end = ctx->text + ctx->text_len;
  guint seen = 0;

  for (const char *q = ctx->text; q + len <= end;)
    {
      const char *hit = g_strstr_len (q, end - q, w);

      if (hit == NULL)
        break;
      if ((hit == ctx->text || !g_ascii_isalnum (hit[-1])) && (hit + len >= end || !g_ascii_isalnum (hit[len])) &&
          ++seen >= 2)
        return TRUE;
      q = hit + len;
    }
  return FALSE;
}

/* "MUSEUMS& GALLERIES", "ANALYSIS: WHY DID THE DAMS MATTER?": a PDF's
 * heading loses the space on one side of its ampersand, and a heading in
 * capitals shouts; the topic gets the space back, drops a label in
 * capitals before a question ("ANALYSIS:") and, shouted, is written in
 * lower case but for its first letter and the words the essay writes in
 * capitals elsewhere ("NATO"). */
static char *
heading_spaced (Ctx        *ctx,
                const char *p,
                const char *end)
{
  GString *out = g_string_sized_new (end - p + 2);
  const char *colon = memchr (p, ':', end - p);
  gboolean shout;

  if (colon != NULL && end[-1] == '?' && colon + 2 < end && colon - p < 24 && ds_utf8_all_capitals (p, colon - p))
    for (p = colon + 1; p < end && *p == ' '; p++)
      ;
  shout = end - p > 4 && ds_utf8_all_capitals (p, end - p);
  for (const char *q = p; q < end;)
    {
      if (shout && g_ascii_isalpha (*q))
        {
          const char *w = q;
          g_autofree char *word = NULL;
          gboolean keep;

          while (w < end && (g_ascii_isalpha (*w) || *w == '-'))
            w++;
          word = g_strndup (q, w - q);
          keep = w - q > 1 && _ds_text_twice (ctx, word, w - q);
          for (const char *c = q; c < w; c++)
            g_string_append_c (out, keep || (c == p) ? *c : ds_ascii_tolower (*c));
          q = w;
          continue;
        }
      if (*q == '&' && q > p && q[-1] != ' ')
        g_string_append_c (out, ' ');
      g_string_append_c (out, *q);
      if (*q == '&' && q + 1 < end && q[1] != ' ')
        g_string_append_c (out, ' ');
      q++;
    }
  return g_string_free (out, FALSE);
}

static gboolean opens_on_phrase (const char *folded,
                                 const char *name);

/* Whether the word [@w, @e) is a phrase of the list @name of either
 * language, folded. */
static gboolean
word_of_list (const char *w,
              const char *e,
              const char *name)
{
  g_autofree char *word = g_strndup (w, e - w);
  g_autofree char *folded = ds_words_fold (word, DS_FOLD_STRIP_MARKS);

  return *folded != '\0' && strchr (folded, ' ') == NULL && opens_on_phrase (folded, name);
}

/* "Slide 4 — ", "Week 3: ", "Pertemuan 6 - ", "Week 6 Handout: ": the
 * place in the course a heading opens on (a word of numbered_label, its
 * number, up to two words more, then a colon or a dash) is no part of its
 * topic; where the heading is nothing else, it is kept. */
static const char *
skip_course_label (const char *p,
                   const char *end)
{
  const char *q = p, *w;
  guint words = 0;

  const char *word_end;

  while (q < end && g_ascii_isalpha (*q))
    q++;
  if (q == p || q >= end || *q != ' ')
    return p;
  word_end = q++;
  if (q + 3 < end && ds_ascii_strncasecmp (q, "ke-", 3) == 0)
    q += 3;
  for (w = q; q < end && (g_ascii_isdigit (*q) || strchr ("IVXivx", *q) != NULL); q++)
    ;
  /* (The word is looked up last: most headings have no number there.) */
  if (q == w || (q < end && g_ascii_isalpha (*q)) || !word_of_list (p, word_end, "numbered_label"))
    return p;
  for (;;)
    {
      while (q < end && *q == ' ')
        q++;
      if (q < end && (*q == ':' || *q == '.' || *q == '-'))
        q++;
      else if (end - q >= 3 && (memcmp (q, "\xe2\x80\x94", 3) == 0 || memcmp (q, "\xe2\x80\x93", 3) == 0))
        q += 3;
      else if (words < 2 && q < end && g_ascii_isalpha (*q))
        {
          while (q < end && (g_ascii_isalpha (*q) || *q == '-'))
            q++;
          words++;
          continue;
        }
      else
        return p;
      break;
    }
  if (q >= end || *q != ' ')
    return p;
  while (q < end && *q == ' ')
    q++;
  for (w = q; w < end && !g_ascii_isalpha (*w); w++)
    ;
  return w < end ? q : p;
}

/* "Bentuk-bentuk diplomasi digital (yang keluar di UTS!)", "Perbandingan
 * cepat (PASTI KELUAR)", "Fungsi misi diplomatik (VCDR Art. 3)": the
 * note-taker's aside or a source note in brackets at a heading's end
 * (an exclamation, words in capitals, a word of heading_aside) is no part
 * of its topic; "BSSN (Badan Siber dan Sandi Negara)" spells a name out
 * and is kept. Returns: where the topic ends. */
static const char *
heading_aside_end (const char *p,
                   const char *end)
{
  const char *e = end, *open, *close;
  gboolean aside = FALSE;
  guint caps = 0, lower = 0;

  while (e > p && e[-1] == ' ')
    e--;
  if (e - p < 4 || e[-1] != ')')
    return end;
  close = e - 1;
  for (open = close; open > p && *open != '('; open--)
    ;
  if (*open != '(' || open == p || memchr (open + 1, '(', close - open - 1) != NULL)
    return end;
  for (const char *w = open + 1; w < close && !aside;)
    {
      const char *x = w;

      if (*w == '!')
        aside = TRUE;
      if (!g_ascii_isalpha (*w))
        {
          w++;
          continue;
        }
      while (x < close && g_ascii_isalpha (*x))
        x++;
      if (g_ascii_isupper (*w))
        caps += x - w > 1 && ds_utf8_all_capitals (w, x - w);
      else
        lower++;
      aside = word_of_list (w, x, "heading_aside");
      w = x;
    }
  /* "(PASTI KELUAR)": two words in capitals, none in lower case. */
  aside = aside || (caps >= 2 && lower == 0);
  if (!aside)
    return end;
  while (open > p && open[-1] == ' ')
    open--;
  return open > p ? open : end;
}

static gboolean either_list_has (const char *folded,
                                 const char *name);

/* "Kelompok Kerja Terbuka PBB tentang Keamanan TIK (OEWG)": a heading
 * that closes on an acronym in brackets, whose words before it are no
 * one name, names the body by the acronym; NULL when it closes on none. */
char *
_ds_bracket_acronym (const char *p,
                     const char *end)
{
  const char *open;

  while (end > p && end[-1] == ' ')
    end--;
  if (end - p < 5 || end[-1] != ')')
    return NULL;
  for (open = end - 2; open > p && g_ascii_isupper (*open); open--)
    ;
  if (*open != '(' || end - open - 2 < 2 || end - open - 2 > 8 || open == p || open[-1] != ' ')
    return NULL;
  return g_strndup (open + 1, end - open - 2);
}

/* Whether the heading [@p, @end) names a body by its acronym: a word of
 * two capitals or more ("Forum Tata Kelola Internet (IGF)", "Uni Eropa
 * (UE)", "the GFCE"), in a heading with a lower-case letter or of that
 * word alone ("ASEAN"); "BAB II PEMBAHASAN", "PERAN ASEAN DALAM …" set in
 * capitals throughout, and "The English School" name no body so. */
static gboolean
heading_has_acronym (const char *p,
                     const char *end)
{
  gboolean acronym = FALSE, lower = FALSE;
  guint words = 0;

  for (const char *q = p; q < end; q++)
    {
      const char *w = q;
      guint caps = 0, letters = 0;

      if (!g_ascii_isalpha (*q))
        continue;
      for (; q < end && (g_ascii_isalnum (*q) || *q == '-'); q++)
        {
          letters += g_ascii_isalpha (*q) != 0;
          caps += g_ascii_isupper (*q) != 0;
          lower = lower || g_ascii_islower (*q);
        }
      words++;
      acronym = acronym || (caps >= 2 && caps == letters && q - w >= 2);
    }
  return acronym && (lower || words == 1);
}

/* "## Forum Tata Kelola Internet (IGF)" over "### 1. Dasar", "###
 * Kronologi"; "# … the GFCE" over "## Key dates"; a title over "1.
 * Gambaran umum" set as a numbered line: a heading that only labels a
 * part of notes on one name (phrase list note_section_label) is about
 * the name the nearest heading above it (or the title) is, and its
 * lines with no subject of their own are read with that name; a
 * heading of its own name holds it for the headings under it. */
/* "International Cable Protection Committee" as English asks it, "the
 * International Cable Protection Committee": a name of two words or more
 * that closes on a body's noun (phrase list subject_article_head) takes
 * the article; any other name is kept as it is. */
static char *
name_with_article (Ctx        *ctx,
                   const char *name)
{
  const char *last = strrchr (name, ' ');

  if (ctx->english && last != NULL && !g_str_has_prefix (name, "the ") && g_ascii_isupper (name[0]))
    {
      g_autofree char *folded = g_ascii_strdown (last + 1, -1);

      if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "subject_article_head"), folded))
        return g_strconcat ("the ", name, NULL);
    }
  return g_strdup (name);
}

/* The name that owns what stands under the heading levels below @top:
 * the nearest level above that holds one; NULL when none does or the
 * nearest names another topic (LEVEL_OTHER_TOPIC). */
const char *
_ds_level_owner (Ctx   *ctx,
                 guint  top)
{
  for (guint l = MIN (top, G_N_ELEMENTS (ctx->level_name)); l-- > 0;)
    if (ctx->level_name[l] != NULL)
      return ctx->level_name[l][0] != '\0' ? ctx->level_name[l] : NULL;
  return NULL;
}

/* @subject (a label) owned by the name that owns the heading levels
 * below @top (_ds_level_owner()), newly allocated: "pilar kerja APEC",
 * "working groups of the GFCE"; NULL when none owns it or the label
 * names its owner already: a name in it, the owner's words, the
 * owner's head ("Forum itu sendiri" under "Forum Regional ASEAN (ARF)",
 * "prinsip nilai" under "Prinsip AI OECD"), or what it is of or for
 * ("Two risks for the hub", "hambatan bagi anggota"). */
char *
_ds_level_owned (Ctx        *ctx,
                 guint       top,
                 const char *subject)
{
  const char *owner = _ds_level_owner (ctx, top);
  g_autofree char *folded_owner = NULL, *folded = NULL;
  Sent l;

  if (owner == NULL || subject == NULL || subject[0] == '\0')
    return NULL;
  for (const char *q = subject + 1; *q != '\0'; q++)
    if (g_ascii_isupper (*q))
      return NULL;
  folded_owner = ds_words_fold (owner, DS_FOLD_STRIP_MARKS);
  folded = ds_words_fold (subject, DS_FOLD_STRIP_MARKS);
  if (strstr (folded, folded_owner) != NULL)
    return NULL;
  {
    gsize n = strcspn (folded, " ");

    if (strncmp (folded, folded_owner, n) == 0 && (folded_owner[n] == ' ' || folded_owner[n] == '\0'))
      return NULL;
  }
  _ds_text_tokenize (ctx, subject, &l);
  for (guint k = 1; k < l.n; k++)
    if (l.toks[k].flags & W_PREP)
      return NULL;
  return ds_lang_expand (ctx->lang, "owned", "owned", subject, "owner", owner, NULL);
}

/* Whether the nearest heading level above @top that is set names another
 * topic than the owner above it (LEVEL_OTHER_TOPIC). */
gboolean
_ds_level_other_topic (Ctx   *ctx,
                       guint  top)
{
  for (guint l = MIN (top, G_N_ELEMENTS (ctx->level_name)); l-- > 0;)
    if (ctx->level_name[l] != NULL)
      return ctx->level_name[l][0] == '\0';
  return FALSE;
}

/* Whether the heading [@p, @end) holds, past its first word, a name of
 * two words in capitals ("European Union") that the name @owner does
 * not; one word in capitals ("Pilar dan Prinsip") is a title's case. */
static gboolean
heading_names_other (const char *p,
                     const char *end,
                     const char *owner)
{
  g_autofree char *folded_owner = ds_words_fold (owner, DS_FOLD_STRIP_MARKS);
  gboolean prev_cap = FALSE, prev_other = FALSE;

  for (const char *q = p; q < end;)
    {
      const char *w = q, *e;
      gboolean cap, other = FALSE;

      while (w < end && *w == ' ')
        w++;
      for (e = w; e < end && *e != ' '; e++)
        ;
      if (e == w)
        break;
      cap = w > p && g_ascii_isupper (*w) && e - w >= 2;
      if (cap)
        {
          g_autofree char *word = g_strndup (w, e - w);
          g_autofree char *folded = ds_words_fold (word, DS_FOLD_STRIP_MARKS);

          g_strstrip (folded);
          other = folded[0] != '\0' && strstr (folded_owner, folded) == NULL;
          if (prev_cap && (other || prev_other))
            return TRUE;
        }
      prev_cap = cap && e[-1] != ':' && e[-1] != ',';
      prev_other = other;
      q = e;
    }
  return FALSE;
}

/* Bytes a heading that only labels a part of notes takes at most. */
#define SECTION_LABEL_MAX_BYTES 24

/* Whether [@p, @end) only labels a part of notes ("Timeline", "Basics",
 * "Kronologi", "Gambaran umum": phrase list note_section_label, in
 * either language, as notes mix them). */
gboolean
_ds_note_section_label (const char *p,
                        const char *end)
{
  g_autofree char *line = NULL, *folded = NULL;

  if (end - p > SECTION_LABEL_MAX_BYTES)
    return FALSE;
  line = g_strndup (p, end - p);
  folded = ds_words_fold (line, DS_FOLD_STRIP_MARKS);
  g_strstrip (folded);
  return either_list_has (folded, "note_section_label");
}

static void
section_label_name (Ctx           *ctx,
                    const DsBlock *block,
                    const char    *p,
                    const char    *end)
{
  guint level = block->kind == DS_BLOCK_HEADING ? MIN (block->level, G_N_ELEMENTS (ctx->level_name) - 1)
                                                : G_N_ELEMENTS (ctx->level_name) - 1;

  level = MAX (level, 1);
  ctx->label_level = level;
  ctx->heading_inherited = FALSE;
  for (guint l = level; l < G_N_ELEMENTS (ctx->level_name); l++)
    g_clear_pointer (&ctx->level_name[l], g_free);
  if (ctx->heading_name != NULL)
    {
      if (heading_has_acronym (p, end))
        ctx->level_name[level] = name_with_article (ctx, ctx->heading_name);
      /* "# Notes: the ASEAN Regional Forum (ARF)" over "## The African
       * Union" over "### Timeline": a heading that names another body
       * without its acronym closes the owner above for the headings and
       * lines under it (LEVEL_OTHER_TOPIC, _ds_level_owner()); the same
       * body named again ("## ASEAN Regional Forum") does not. */
      else if (_ds_level_owner (ctx, level) != NULL)
        {
          g_autofree char *named = ds_words_fold (ctx->heading_name, DS_FOLD_STRIP_MARKS);
          g_autofree char *owner = ds_words_fold (_ds_level_owner (ctx, level), DS_FOLD_STRIP_MARKS);
          const char *bare = g_str_has_prefix (owner, "the ") ? owner + 4 : owner;

          if (strstr (named, bare) == NULL && strstr (bare, named) == NULL)
            ctx->level_name[level] = g_strdup (LEVEL_OTHER_TOPIC);
        }
      return;
    }
  if ((ctx->level_name[level] = _ds_bracket_acronym (p, end)) != NULL)
    return;
  /* (Cheapest first: a name above to inherit, a short heading.) */
  for (guint l = level; l-- > 0;)
    if (ctx->level_name[l] != NULL)
      {
        gboolean label;

        if (ctx->level_name[l][0] == '\0')
          return;
        label = _ds_note_section_label (p, end);
        /* ("## Comparison: the European Union": a heading that is no one
         * name but holds a name the owner above does not is another
         * topic too.) */
        if (!label && heading_names_other (p, end, ctx->level_name[l]))
          ctx->level_name[level] = g_strdup (LEVEL_OTHER_TOPIC);
        if (!label)
          return;
        ctx->heading_name = g_strdup (ctx->level_name[l]);
        /* (Its lines say what the name is, as under "What is …?", no
         * list of the name's.) */
        ctx->heading_asks_name = TRUE;
        ctx->heading_inherited = TRUE;
        return;
      }
}

static void
enter_heading (Ctx   *ctx,
               guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + block->content_byte_start;
  const char *end = ctx->text + block->byte_end;

  _ds_ordinals_flush (ctx);
  p = skip_section_number (p, end);
  p = skip_course_label (p, end);
  end = heading_aside_end (p, end);
  /* "Oleh seorang pengajar hubungan internasional", "From the free
   * encyclopedia": a byline or a site's tagline set as a heading (the
   * phrase list heading_byline) opens no section; the lists under it
   * are still the title's ("Sebutkan tiga langkah dalam “Oleh seorang
   * pengajar …”" asked them in the byline). */
  {
    g_autofree char *line = g_strndup (p, end - p);
    g_autofree char *folded = ds_words_fold (line, DS_FOLD_STRIP_MARKS);

    if (opens_on_phrase (folded, "heading_byline"))
      return;
  }
  _ds_subject_forget (ctx);
  read_heading (ctx, p, end);
  section_label_name (ctx, block, p, end);
  g_free (ctx->topic);
  ctx->topic = heading_spaced (ctx, p, end);
  ctx->topic_block = index;
  ctx->topic_level = block->level;
  ctx->prev = (SentRef) { 0 };
  ctx->prev2 = (SentRef) { 0 };
  ctx->prev_counts = FALSE;
  _ds_find_subheadings (ctx, index);
}

/* "Lihat pula", "Pertanyaan diskusi", "Learning objectives": the names
 * of sections that point elsewhere or ask the reader, in either language
 * (essays mix them), folded; a set, made when first asked, since every
 * heading and every paragraph that starts with a label is looked up. */
static GHashTable *
apparatus_names (void)
{
  static const char * const codes[] = { "id", "en" };
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), "apparatus_heading");

      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        g_hash_table_add (names, (gpointer) list[i]);
    }
  return names;
}

static gboolean apparatus_name (Ctx        *ctx,
                                const char *p,
                                const char *end);

/* Words a title that opens on a document's label may have in all. */
#define DOCUMENT_TITLE_MAX_WORDS 6

/* Whether the folded @folded opens on a phrase of the list @name of
 * either language (essays mix them), a whole word of it. */
static gboolean
opens_on_phrase (const char *folded,
                 const char *name)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), name);

      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        {
          gsize n = strlen (list[i]);

          if (strncmp (folded, list[i], n) == 0 && (folded[n] == '\0' || folded[n] == ' '))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean either_list_has (const char *folded,
                                 const char *name);

/* "MAKALAH", "KOLOM OPINI", "Laporan", "BAB II": a title that is only
 * the kind of text (phrase lists rubric_label, furniture_series, each
 * word of either language) or a chapter's number names nothing to ask
 * about. */
static gboolean
kind_of_text_only (const char *folded)
{
  static const char * const romans[] = { "i", "ii", "iii", "iv", "v", "vi", "vii" };
  g_auto (GStrv) words = g_strsplit (folded, " ", -1);
  guint n = g_strv_length (words);

  if (n == 2 && (strcmp (words[0], "bab") == 0 || strcmp (words[0], "chapter") == 0) &&
      (g_strv_contains (romans, words[1]) || g_ascii_isdigit (words[1][0])))
    return TRUE;
  if (either_list_has (folded, "rubric_label") || either_list_has (folded, "furniture_series"))
    return TRUE;
  if (n == 0 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!either_list_has (words[i], "rubric_label") && !either_list_has (words[i], "furniture_series"))
      return FALSE;
  return TRUE;
}

/* "# MAKALAH" over "## PERAN INDONESIA DALAM …": under a title that is
 * only the kind of text, the heading that opens the text is its title
 * (no section every paper has: generic_section); NULL when none is. */
static char *
title_under_kind (Ctx        *ctx,
                  const char *title)
{
  g_autofree char *folded = ds_words_fold (title, DS_FOLD_STRIP_MARKS);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  const DsBlock *first;

  if (!kind_of_text_only (folded) || ds_essay_get_n_blocks (ctx->essay) == 0)
    return NULL;
  first = ds_essay_get_block (ctx->essay, 0);
  if (first->kind != DS_BLOCK_HEADING || first->number != 0)
    return NULL;
  text = g_strndup (ctx->text + first->content_byte_start, first->byte_end - first->content_byte_start);
  name = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  if (either_list_has (name, "generic_section") || kind_of_text_only (name))
    return NULL;
  return g_strdup (g_strstrip (text));
}

/* Words the label before a notes title's colon or dash has at most. */
#define NOTES_TITLE_LABEL_MAX_WORDS 4

/* "Catatan: Piagam Data Mekong", "Lecture 7 notes: the Global Forum on
 * Cyber Expertise (GFCE)", "Slides — The Harbour Cloud Charter": a title
 * that files notes on one name under a label (a few words before a colon
 * or a dash, one of them a word of notes_title_word) names that name for
 * the sections of the notes that only label a part (section_label_name());
 * NULL when it names none. The title's own reading is left as it is. */
static char *
notes_title_name (Ctx *ctx)
{
  const char *t = ctx->title, *sep = NULL;
  gsize skip = 0;
  guint words = 0;
  gboolean label = FALSE;
  Sent s = { 0 };
  char *name, *kept = ctx->heading_name;
  gboolean asks = ctx->heading_asks_name;

  for (const char *q = t; *q != '\0' && words <= NOTES_TITLE_LABEL_MAX_WORDS; q++)
    {
      if (*q == ':' || (*q == '-' && q > t && q[-1] == ' ' && q[1] == ' '))
        {
          sep = q, skip = 1;
          break;
        }
      if (strncmp (q, "\xe2\x80\x94", 3) == 0 || strncmp (q, "\xe2\x80\x93", 3) == 0)
        {
          sep = q, skip = 3;
          break;
        }
      if (g_ascii_isalpha (*q) && (q == t || !g_ascii_isalnum (q[-1])))
        {
          const char *w = q;

          words++;
          while (g_ascii_isalpha (q[1]))
            q++;
          label = label || word_of_list (w, q + 1, "notes_title_word");
        }
    }
  if (sep == NULL || !label || words == 0 || words > NOTES_TITLE_LABEL_MAX_WORDS)
    return _ds_bracket_acronym (t, t + strlen (t));
  s.p = sep + skip;
  while (*s.p == ' ')
    s.p++;
  s.end = t + strlen (t);
  if (s.end <= s.p)
    return NULL;
  _ds_sent_tokenize_aside (ctx, &s);
  ctx->heading_name = NULL;
  _ds_subject_heading (ctx, &s);
  name = ctx->heading_name;
  if (name != NULL && !heading_has_acronym (s.p, s.end))
    g_clear_pointer (&name, g_free);
  if (name == NULL)
    name = _ds_bracket_acronym (s.p, s.end);
  ctx->heading_name = kept;
  ctx->heading_asks_name = asks;
  return name;
}

/* The title questions may name: "LEMBAR JAWABAN UJIAN TENGAH SEMESTER",
 * "ANSWER SHEET — MIDTERM EXAMINATION", "Ringkasan Eksekutif" say what
 * kind of document the text is (phrase list document_label opens a
 * title of a few words) and name nothing to ask about: the text has no
 * title of its own (NULL); "Opini: Mengapa …", "Analysis: Why …" file the
 * title under a rubric (phrase list rubric_label before a colon): the
 * title is what follows. */
static char *
document_title (const char *title)
{
  const char *colon = strchr (title, ':');
  g_autofree char *folded = ds_words_fold (title, DS_FOLD_STRIP_MARKS);
  guint words = 1;

  if (colon != NULL && colon[1] == ' ' && colon[2] != '\0')
    {
      g_autofree char *head = g_strndup (title, colon - title);
      g_autofree char *head_folded = ds_words_fold (head, DS_FOLD_STRIP_MARKS);

      if (opens_on_phrase (head_folded, "rubric_label") && strchr (head_folded, ' ') == NULL)
        return document_title (colon + 2);
    }
  for (const char *p = folded; *p != '\0'; p++)
    words += *p == ' ';
  if (words <= DOCUMENT_TITLE_MAX_WORDS && opens_on_phrase (folded, "document_label"))
    return NULL;
  if (kind_of_text_only (folded))
    return NULL;
  return g_strdup (title);
}

static void
ctx_init (Ctx     *ctx,
          DsEssay *essay)
{
  const char *title = ds_essay_get_title (essay);

  ctx->essay = essay;
  ctx->text = ds_essay_get_text (essay);
  ctx->text_len = strlen (ctx->text);
  ctx->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_claim_unref);
  ctx->list_items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->list_heads = g_array_new (FALSE, FALSE, sizeof (guint));
  ctx->list_entries = g_array_new (FALSE, FALSE, sizeof (ListEntry));
  ctx->freq = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->toks = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_aside = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_gate = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_split = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_kind = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_reread = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->toks_plain = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  for (guint i = 0; i < G_N_ELEMENTS (ctx->cut_toks); i++)
    ctx->cut_toks[i] = g_array_sized_new (FALSE, FALSE, sizeof (Tok), MAX_TOKENS);
  ctx->essay_id = ds_essay_get_id (essay);
  ctx->english = g_strcmp0 (ds_essay_get_language (essay), "en") == 0;
  _ds_lexicon_init (ctx);
  /* "DAFTAR ISI", "CONTENTS" on a text's first line is no title: the
   * text is named by its file, as one with no title. */
  ctx->title_apparatus = title != NULL && apparatus_name (ctx, title, title + strlen (title));
  ctx->title = title != NULL && !ctx->title_apparatus ? document_title (title) : NULL;
  if (ctx->title == NULL && title != NULL && !ctx->title_apparatus)
    ctx->title = title_under_kind (ctx, title);
  if (ctx->title == NULL)
    ctx->title = g_strdup (ctx->essay_id);
  ctx->topic = g_strdup (ctx->title);
  ctx->topic_block = G_MAXUINT;
  ctx->conclusion_block = G_MAXUINT;
  ctx->speaker_block = G_MAXUINT;
  read_heading (ctx, ctx->title, ctx->title + strlen (ctx->title));
  ctx->level_name[0] = ctx->heading_name == NULL ? notes_title_name (ctx)
                      : heading_has_acronym (ctx->title, ctx->title + strlen (ctx->title)) ? g_strdup (ctx->heading_name)
                                                                                             : NULL;
}

static void
ctx_clear (Ctx *ctx)
{
  g_free (ctx->title);
  g_free (ctx->last_rule);
  g_free (ctx->new_rule);
  g_free (ctx->last_treaty);
  g_clear_pointer (&ctx->thesis, ds_claim_unref);
  g_free (ctx->topic);
  g_free (ctx->subject);
  g_free (ctx->subject_before);
  g_free (ctx->person);
  g_free (ctx->heading_name);
  for (guint l = 0; l < G_N_ELEMENTS (ctx->level_name); l++)
    g_free (ctx->level_name[l]);
  g_free (ctx->speaker);
  g_free (ctx->lead_who);
  g_free (ctx->named_term);
  g_free (ctx->work);
  g_free (ctx->pair);
  _ds_lexicon_clear (ctx);
  _ds_cover_clear (ctx);
  _ds_hash_set_clear (&ctx->seen);
  g_hash_table_unref (ctx->list_items);
  g_array_unref (ctx->list_heads);
  g_array_unref (ctx->list_entries);
  _ds_hash_set_clear (&ctx->sentences);
  g_hash_table_unref (ctx->freq);
  g_hash_table_unref (ctx->names);
  g_clear_pointer (&ctx->apparatus, g_hash_table_unref);
  g_array_unref (ctx->toks);
  g_array_unref (ctx->toks_aside);
  g_array_unref (ctx->toks_gate);
  g_array_unref (ctx->toks_split);
  g_array_unref (ctx->toks_kind);
  g_free (ctx->kind_name);
  g_array_unref (ctx->toks_reread);
  g_array_unref (ctx->toks_plain);
  for (guint i = 0; i < G_N_ELEMENTS (ctx->cut_toks); i++)
    g_array_unref (ctx->cut_toks[i]);
}

/* The full word of the note-taker's short form @word ("mgg": "minggu",
 * phrase list note_shorthand of either language), or @word. */
static const char *
short_form_written_out (const char *word)
{
  static const char * const codes[] = { "id", "en" };
  gsize n = strlen (word);

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *table = ds_lang_get_phrases (ds_lang_get (codes[l]), "note_shorthand");

      for (guint k = 0; table != NULL && table[k] != NULL; k++)
        if (strncmp (table[k], word, n) == 0 && table[k][n] == ' ')
          return table[k] + n + 1;
    }
  return word;
}

/* "Tugas mgg depan", "PR minggu depan", "Homework for next week": a
 * task (phrase list task_label) for a time of the class
 * (housekeeping_label), the note-taker's shorthand written out
 * (note_shorthand), either language: the section sets work, no claim.
 * ("Tugas Pemerintah Daerah" names a duty.) */
static gboolean
task_for_next_class (const char *folded)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *tasks = ds_lang_get_phrases (ds_lang_get (codes[l]), "task_label");

      for (guint i = 0; tasks != NULL && tasks[i] != NULL; i++)
        {
          gsize n = strlen (tasks[i]);
          g_auto (GStrv) words = NULL;
          g_autoptr (GString) rest = NULL;

          if (strncmp (folded, tasks[i], n) != 0 || folded[n] != ' ')
            continue;
          words = g_strsplit (folded + n + 1, " ", -1);
          rest = g_string_new (NULL);
          for (guint w = 0; words[w] != NULL; w++)
            g_string_append_printf (rest, "%s%s", w > 0 ? " " : "", short_form_written_out (words[w]));
          if (either_list_has (rest->str, "housekeeping_label"))
            return TRUE;
        }
    }
  return FALSE;
}

/* "Lihat pula", "Pertanyaan diskusi", "Learning objectives": a section that
 * points elsewhere or asks the reader; what it says is no claim of the
 * essay. Headings of either language count, as essays mix them. */
static gboolean
apparatus_name (Ctx        *ctx,
                const char *p,
                const char *end)
{
  g_autofree char *text = g_strndup (p, end - p);
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_NONE);

  if (ctx->apparatus == NULL)
    ctx->apparatus = apparatus_names ();
  return g_hash_table_contains (ctx->apparatus, folded) || task_for_next_class (folded);
}

#define APPARATUS_LABEL_BYTES 40

/* Whether the folded @folded is a phrase of the list @name of either
 * language (essays mix them), whole. */
static gboolean
either_list_has (const char *folded,
                 const char *name)
{
  return g_strv_contains (ds_lang_get_phrases (ds_lang_get ("id"), name), folded) ||
         g_strv_contains (ds_lang_get_phrases (ds_lang_get ("en"), name), folded);
}

/* "Learning objectives: explain …, compare …", "Istilah kunci: cadangan,
 * harga acuan", "Cek lagi slide dosen: …", "Remember for essay: …": a
 * paragraph's label that tells the reader what to learn or the writer
 * what to do (phrase lists apparatus_label, aside_label_opener, either
 * language), no claim; a label that counts ("Ingat dua istilah:") names
 * a list and stays. */
static gboolean
aside_label (Ctx        *ctx,
             const char *p,
             const char *colon)
{
  static const char * const codes[] = { "id", "en" };
  g_autofree char *text = g_strndup (p, colon - p);
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_NONE);
  g_auto (GStrv) words = g_strsplit (folded, " ", -1);
  guint n = g_strv_length (words);

  if (either_list_has (folded, "apparatus_label"))
    return TRUE;
  if (n < 2 || n > 6)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_ascii_isdigit (words[i][0]) || (ds_lang_lookup (ctx->lang, words[i], -1, NULL) & W_COUNT))
      return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *openers = ds_lang_get_phrases (ds_lang_get (codes[l]), "aside_label_opener");

      for (guint i = 0; openers != NULL && openers[i] != NULL; i++)
        {
          gsize len = strlen (openers[i]);

          if (strncmp (folded, openers[i], len) == 0 && folded[len] == ' ')
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the words [@p, @end) are a slide deck's label of a slide's
 * notes ("Notes", "Catatan"; phrase list deck_notes_label, either
 * language), past emphasis marks. */
static gboolean
deck_notes_label (const char *p,
                  const char *end)
{
  g_autofree char *text = g_strndup (p, end - p);
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);

  return either_list_has (g_strstrip (folded), "deck_notes_label");
}

/* "Lihat pula:" on a line of its own opens an apparatus section as a
 * heading would (returns 2); "Bacaan wajib: Roy (1995) …" is one
 * paragraph of it (returns 1); anything else 0. In a slide deck,
 * "Notes: …" is the slide's speaker notes, read (0), and "Notes:" alone
 * opens them (returns 3: the paragraphs under it are the notes). */
static guint
apparatus_label (Ctx   *ctx,
                 guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + block->content_byte_start;
  const char *end = ctx->text + block->byte_end;
  const char *colon = memchr (p, ':', MIN ((gsize) (end - p), APPARATUS_LABEL_BYTES));
  const char *rest;

  /* "**Tugas**", "**Homework**" on a line of their own: a bold label
   * opens its section as a heading does. */
  while (end > p && g_ascii_isspace (end[-1]))
    end--;
  if (colon == NULL && end - p > 4 && end - p < APPARATUS_LABEL_BYTES && strncmp (p, "**", 2) == 0 &&
      strncmp (end - 2, "**", 2) == 0 && memchr (p + 2, '*', end - p - 4) == NULL)
    return apparatus_name (ctx, p + 2, end - 2) ? 2 : 0;
  if (colon == NULL)
    return 0;
  for (rest = colon + 1; rest < end && g_ascii_isspace (*rest); rest++)
    ;
  if (ctx->slide_deck && deck_notes_label (p, colon))
    return rest >= end ? 3 : 0;
  if (apparatus_name (ctx, p, colon))
    return rest >= end ? 2 : 1;
  /* ("Key terms:" alone over a glossary's lines names its section.) */
  return rest < end && aside_label (ctx, p, colon) ? 1 : 0;
}

/* Whether the folded, space-padded @padded holds, as whole words, a
 * phrase of the list @name of either language. */
static gboolean
padded_has_phrase (const char *padded,
                   const char *name)
{
  static const char * const codes[] = { "id", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), name);

      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        {
          g_autofree char *word = g_strdup_printf (" %s ", list[i]);

          if (strstr (padded, word) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* "Assessment", "Penilaian": a syllabus's grading or an essay's own
 * verdict. The section is the essay's when prose follows the heading
 * that speaks of no exam or grade with a figure ("The compact has
 * improved data sharing but …"), not a list ("- Midterm exam 30 %") nor
 * "The final grade is made up of a midterm exam (30 %) …". */
static gboolean
apparatus_prose_section (Ctx   *ctx,
                         guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index), *next;
  const char *end = ctx->text + block->byte_end;
  const char *p = skip_section_number (ctx->text + block->content_byte_start, end);
  g_autofree char *name = g_strndup (p, end - p);
  g_autofree char *folded = ds_words_fold (name, DS_FOLD_NONE);
  g_autofree char *body = NULL;
  g_autofree char *padded = NULL;
  gboolean figure = FALSE;

  if (!either_list_has (folded, "apparatus_or_verdict"))
    return FALSE;
  /* "Penilaian" over "Tugas 30%, UTS 30%, UAS 40%" (metadata: the
   * parser's course administration) and then prose: the prose says
   * whose section it is. */
  while (++index < ds_essay_get_n_blocks (ctx->essay) &&
         ds_essay_get_block (ctx->essay, index)->kind == DS_BLOCK_METADATA)
    ;
  if (index >= ds_essay_get_n_blocks (ctx->essay))
    return FALSE;
  next = ds_essay_get_block (ctx->essay, index);
  if (next->kind != DS_BLOCK_PARAGRAPH || apparatus_label (ctx, index) != 0)
    return FALSE;
  body = g_strndup (ctx->text + next->content_byte_start, next->byte_end - next->content_byte_start);
  for (const char *q = body; *q != '\0'; q++)
    figure |= g_ascii_isdigit (*q);
  folded = (g_free (folded), ds_words_fold (body, DS_FOLD_NONE));
  padded = g_strdup_printf (" %s ", folded);
  return !(figure && padded_has_phrase (padded, "grading_word"));
}

static gboolean
apparatus_heading (Ctx   *ctx,
                   guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  const char *end = ctx->text + block->byte_end;

  return apparatus_name (ctx, skip_section_number (ctx->text + block->content_byte_start, end), end) &&
         !apparatus_prose_section (ctx, index);
}

/* "Laura Bennett" over "Senior Fellow, Institute for …" under the title:
 * the first heading, two to four words in capitals and nothing else,
 * over a line of metadata, is the author's name — no section's topic. */
static gboolean
byline_name_heading (Ctx   *ctx,
                     guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index), *next;
  const char *p = ctx->text + block->content_byte_start;
  const char *end = ctx->text + block->byte_end;
  guint words = 0;

  if (ctx->topic_block != G_MAXUINT || index + 1 >= ds_essay_get_n_blocks (ctx->essay) ||
      end - p > 60)
    return FALSE;
  next = ds_essay_get_block (ctx->essay, index + 1);
  if (next->kind != DS_BLOCK_METADATA)
    return FALSE;
  for (const char *q = p; q < end; q++)
    {
      if (q == p || q[-1] == ' ')
        {
          if (!g_ascii_isupper (*q))
            return FALSE;
          words++;
        }
      else if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '.' && *q != '-' && *q != '\'')
        return FALSE;
    }
  return words >= 2 && words <= 4;
}

/* Lines that open on a slide's number a slide deck has at least. */
#define SLIDE_DECK_MIN_SLIDES 2

/* Whether the paragraph @b opens on a deck's notes label, its colon and
 * the notes' text ("Notes: Welcome everyone. …"). */
static gboolean
inline_notes_paragraph (Ctx           *ctx,
                        const DsBlock *b)
{
  /* (From the line's start: the parser may have taken "Catatan:" into
   * the paragraph's marker.) */
  const char *p = ctx->text + b->byte_start, *end = ctx->text + b->byte_end;
  const char *colon = memchr (p, ':', MIN ((gsize) (end - p), APPARATUS_LABEL_BYTES));

  if (b->kind != DS_BLOCK_PARAGRAPH || colon == NULL || colon + 2 >= end)
    return FALSE;
  return deck_notes_label (p, colon);
}

/* Whether the text is a slide deck: two lines or more open (past a
 * heading's or emphasis's marks) on "Slide 3", "Salindia 3" (the
 * parser's page label slide_label; such a line may be a heading or a
 * running head the parser left out of the blocks, so the text's lines
 * are read). */
static gboolean
slide_deck (Ctx *ctx)
{
  static const char * const labels[] = { "slide ", "salindia " };
  const char *p = ctx->text, *end = ctx->text + ctx->text_len;
  guint slides = 0;

  while (p < end && slides < SLIDE_DECK_MIN_SLIDES)
    {
      const char *nl = memchr (p, '\n', end - p);

      while (p < end && (*p == '#' || *p == '*' || *p == '_' || *p == ' ' || *p == '\t'))
        p++;
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          gsize len = strlen (labels[i]);

          if ((gsize) (end - p) > len && ds_ascii_strncasecmp (p, labels[i], len) == 0 &&
              g_ascii_isdigit (p[len]))
            slides++;
        }
      p = nl != NULL ? nl + 1 : end;
    }
  if (slides >= SLIDE_DECK_MIN_SLIDES)
    return TRUE;
  /* The parser drops a line that is a slide's number alone ("Slide 3"):
   * then two paragraphs or more that open on "Notes: …" under a slide's
   * lines tell the deck (endnotes have one label, over their notes). */
  slides = 0;
  for (guint i = 1; i < ds_essay_get_n_blocks (ctx->essay) && slides < SLIDE_DECK_MIN_SLIDES; i++)
    slides += inline_notes_paragraph (ctx, ds_essay_get_block (ctx->essay, i)) &&
              !inline_notes_paragraph (ctx, ds_essay_get_block (ctx->essay, i - 1));
  return slides >= SLIDE_DECK_MIN_SLIDES;
}

/* Reads one block; returns the index of the next block to read. */
static guint
walk_block (Ctx   *ctx,
            guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);

  switch (block->kind)
    {
    case DS_BLOCK_HEADING:
      ctx->apparatus_listed = FALSE;
      ctx->deck_notes = FALSE;
      ctx->in_references = apparatus_heading (ctx, index);
      /* (A heading not entered names nothing below it either: the name
       * of the heading before is no longer what its lines are about.) */
      if (ctx->in_references)
        {
          _ds_ordinals_flush (ctx);
          g_clear_pointer (&ctx->heading_name, g_free);
        }
      else if (!byline_name_heading (ctx, index))
        enter_heading (ctx, index);
      else
        g_clear_pointer (&ctx->heading_name, g_free);
      break;
    case DS_BLOCK_REFERENCES_HEADING:
      _ds_ordinals_flush (ctx);
      ctx->apparatus_listed = FALSE;
      ctx->in_references = TRUE;
      break;
    case DS_BLOCK_PARAGRAPH:
      /* "Contoh soal ujian", then its questions, then "Ingat: …": the
       * apparatus was its list. */
      if (ctx->in_references && ctx->apparatus_listed)
        ctx->in_references = FALSE;
      if (ctx->in_references)
        break;
      switch (apparatus_label (ctx, index))
        {
        case 2:
          _ds_ordinals_flush (ctx);
          ctx->apparatus_listed = FALSE;
          ctx->in_references = TRUE;
          break;
        case 3:
          ctx->deck_notes = TRUE;
          break;
        case 0:
          if (_ds_find_infobox_line (ctx, index))
            break;
          _ds_find_timeline_line (ctx, index);
          _ds_find_bold_headlines (ctx, index);
          _ds_cover_open (ctx, index);
          _ds_walk_paragraph (ctx, index);
          _ds_cover_close (ctx);
          break;
        default:
          break;
        }
      break;
    case DS_BLOCK_LIST_ITEM:
      ctx->deck_notes = FALSE;
      /* "1. Prinsip AI OECD (Mei 2019)" over its bullets: a section's
       * title set as a numbered line (_ds_numbered_section_item()). */
      if (!ctx->in_references && _ds_numbered_section_item (ctx, index))
        {
          enter_heading (ctx, index);
          return index + 1;
        }
      if (!ctx->in_references)
        return _ds_walk_list_blocks (ctx, index);
      ctx->apparatus_listed = TRUE;
      break;
    case DS_BLOCK_METADATA:   /* bylines, dates, captions: no claims, */
      /* but a table's lines are metadata too, and its cells hold facts. */
      return _ds_walk_table (ctx, index);
    case DS_BLOCK_REFERENCE:
    default:
      break;
    }
  return index + 1;
}

/* The words of the text's list items, which the budget of claims grows
 * with (_ds_claims_budget()) as with those of its sentences (counted as
 * they are read, once each): a slide deck or a lecture summary says in
 * its bullets what an essay says in its sentences, and has as many
 * claims to ask for its words. An item written again word for word (a
 * slide's footer on every slide) counts once. */
static guint
item_words (Ctx *ctx)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay), words = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_blocks; i++)
    {
      const DsBlock *block = ds_essay_get_block (ctx->essay, i);
      gboolean in_word = FALSE;
      guint block_words = 0;
      guint32 hash = 2166136261u;

      if (block->kind != DS_BLOCK_LIST_ITEM)
        continue;
      for (const guchar *p = (const guchar *) ctx->text + block->prose_byte_start;
           p < (const guchar *) ctx->text + block->byte_end; p++)
        {
          gboolean letter = g_ascii_isalnum (*p) || *p >= 0x80;

          block_words += letter && !in_word;
          in_word = letter;
          hash = (hash ^ *p) * 16777619u;
        }
      if (g_hash_table_add (seen, GUINT_TO_POINTER (hash | 1)))
        words += block_words;
    }
  return words;
}

GPtrArray *
ds_claims_extract (DsEssay *essay)
{
  Ctx ctx = { 0 };
  guint n_blocks;
  GPtrArray *claims;

  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  ctx_init (&ctx, essay);
  n_blocks = ds_essay_get_n_blocks (essay);
  /* A text that opens on "DAFTAR ISI", "Contents" (ctx_init()): the
   * numbered sections under it are the text's parts, no list. */
  ctx.slide_deck = slide_deck (&ctx);
  if (!ctx.title_apparatus)
    _ds_find_subheadings (&ctx, G_MAXUINT);
  for (guint i = 0; i < n_blocks;)
    i = walk_block (&ctx, i);
  _ds_ordinals_flush (&ctx);
  _ds_thesis_flush (&ctx);
  _ds_claims_resolve_referents (&ctx);
  restore_claims_names (&ctx);
  vague_advice_lists (&ctx);
  ownerless_lists (&ctx);
  counted_compounds (&ctx);
  ctx.n_words += item_words (&ctx);
  _ds_claims_rank (&ctx);
  _ds_claims_cover (&ctx);

  claims = g_steal_pointer (&ctx.claims);
  ctx_clear (&ctx);
  return claims;
}

/* A fact whose answer is the tokens [@key_a, @key_b) of @s, asked about the
 * whole sentence. */
/* "… selama berbulan-bulan,\" ujar Lestari": a quote that ends inside
 * the answer [@a, @b) ends it; who said it (the phrase list
 * defs_speaker_aside after the closing mark) is no part of the answer.
 * Where the answer ends. */
guint
_ds_speaker_tail_cut (Ctx        *ctx,
                      const Sent *s,
                      guint       a,
                      guint       b)
{
  for (guint k = a + 1; k + 1 < b; k++)
    if (s->toks[k].type == TOK_PUNCT && (s->toks[k].ch == '"' || s->toks[k].ch == 0x201D) &&
        _ds_phrase_at (ctx, s, k + 1, PL_DEFS_SPEAKER_ASIDE) > 0)
      return k - (k > a + 1 && _ds_tok_is_punct (&s->toks[k - 1], ','));
  return b;
}

DsClaim *
_ds_fact_new (Ctx         *ctx,
              const Sent  *s,
              DsClaimRule  rule,
              guint        key_a,
              guint        key_b)
{
  DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_FACT, rule, s);

  key_b = _ds_speaker_tail_cut (ctx, s, key_a, key_b);
  claim->subject = _ds_toks_dup (s, key_a, key_b);
  claim->key_start = _ds_sent_char_at (s, s->toks[key_a].p);
  claim->key_end = _ds_sent_char_at (s, s->toks[key_b - 1].p + s->toks[key_b - 1].len);
  claim->body = g_strndup (s->p, s->end - s->p);
  return claim;
}
