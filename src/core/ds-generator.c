/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Card generation: every claim becomes one or more cards — a list to recall,
 * a definition, a fact or cloze, and, where other claims of the same kind
 * exist, a true/false and a multiple-choice card whose distractors come from
 * those claims. Distractors are picked from per-kind pools by a hash of the
 * card, a handful of probes at most, so the choice is deterministic and
 * costs O(1) per card; duplicates are caught by hash tables. Nothing here
 * is quadratic in the number of claims.
 */
#include "config.h"

#include <string.h>

#include "ds-claims.h"
#include "ds-generator.h"

#define N_DISTRACTORS 3
#define MAX_PROBES 16

/* What distractors are compared by for one claim, shared by the pool
 * entries of its items; computed when one of them is first probed. */
typedef struct {
  gboolean  ready;
  char     *subject_skeleton;
  char     *head;            /* lists: the head noun of the subject */
} ClaimKeys;

typedef struct {
  const char    *text;     /* a list item, a definition, a fact's key */
  const DsClaim *claim;
  ClaimKeys     *keys;
  guint          first;    /* the claim's entries in this pool: first … first + n - 1 */
  guint          n;
  /* Computed when the entry is first probed, so that a probe compares
   * strings instead of normalising texts again. */
  char          *skeleton;
  char          *words;    /* content_words() */
  gboolean       empty;
} PoolEntry;

typedef struct {
  GArray     *items;       /* PoolEntry: list items */
  GArray     *examples;    /* PoolEntry: items of "seperti" lists, names */
  GArray     *definitions; /* PoolEntry: definition bodies */
  GArray     *numbers;     /* PoolEntry: fact keys that are numbers */
  GArray     *names;       /* PoolEntry: other fact keys */
} Pools;

typedef struct {
  GPtrArray  *cards;
  GHashTable *ids;         /* card ids made so far */
  GHashTable *questions;   /* essay id + normalised question */
  Pools       by_language[2]; /* Indonesian, English: distractors never mix them */
  GString    *buf;
} Gen;

/* ------------------------------------------------------------------ */
/* Normalising and ids                                                 */

static void
append_normalized (GString    *out,
                   const char *text)
{
  gboolean space = FALSE;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      guchar c = (guchar) *p;
      gunichar ch = c < 0x80 ? c : g_utf8_get_char (p);

      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (ch))
        {
          if (space && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          if (c < 0x80)
            g_string_append_c (out, g_ascii_tolower (c));
          else
            g_string_append_unichar (out, g_unichar_tolower (ch));
          space = FALSE;
        }
      else
        space = TRUE;
    }
}

char *
ds_generator_normalize (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  /* Lower-casing seldom changes a character's length: room for the text
   * saves growing the string as it is written. */
  out = g_string_sized_new (strlen (text) + 1);

  append_normalized (out, text);
  return g_string_free (out, FALSE);
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
 * normalised. */
static gboolean
empty_normalized (const char *norm)
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
/* Content words                                                       */

/* Function words of three letters or more: sharing one of them says
 * nothing about two answers. */
typedef struct {
  const char *word;
  gsize       len;
} StopWord;

#define STOP(w) { w, sizeof w - 1 }

static gboolean
is_stop_word (const char *word,
              gsize       len)
{
  static const StopWord stop[] = {
    STOP ("yang"), STOP ("dan"), STOP ("dari"), STOP ("ini"), STOP ("itu"),
    STOP ("atau"), STOP ("untuk"), STOP ("dengan"), STOP ("dalam"),
    STOP ("pada"), STOP ("oleh"), STOP ("akan"), STOP ("juga"),
    STOP ("adalah"), STOP ("ialah"), STOP ("merupakan"), STOP ("sebagai"),
    STOP ("serta"), STOP ("agar"), STOP ("bagi"), STOP ("bahwa"),
    STOP ("karena"), STOP ("secara"), STOP ("tersebut"), STOP ("lain"),
    STOP ("lainnya"), STOP ("lainya"), STOP ("para"), STOP ("suatu"),
    STOP ("sebuah"), STOP ("setiap"), STOP ("telah"), STOP ("sudah"),
    STOP ("dapat"), STOP ("bisa"), STOP ("lebih"), STOP ("antara"),
    STOP ("tidak"), STOP ("hal"), STOP ("dll"), STOP ("dsb"),
    STOP ("menurut"), STOP ("seperti"), STOP ("dulu"), STOP ("kini"),
    STOP ("sangat"), STOP ("yakni"), STOP ("yaitu"),
    STOP ("the"), STOP ("and"), STOP ("for"), STOP ("with"), STOP ("that"),
    STOP ("this"), STOP ("from"), STOP ("are"), STOP ("was"), STOP ("were"),
    STOP ("its"), STOP ("their"), STOP ("into"), STOP ("other"),
    STOP ("such"), STOP ("has"), STOP ("have"), STOP ("not"), STOP ("but"),
    STOP ("which"), STOP ("who"), STOP ("than"), STOP ("also"),
    STOP ("more"), STOP ("most"), STOP ("between"), STOP ("formerly"),
    STOP ("etc"),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (stop); i++)
    if (stop[i].len == len && memcmp (stop[i].word, word, len) == 0)
      return TRUE;
  return FALSE;
}

#undef STOP

/*
 * The content words of @norm (normalised: lower case, words split by
 * single spaces): three characters or more and no function word, each
 * ended by a NUL and the list by an empty word, so that each can be looked
 * up as it stands: "x dulu twitter" → "twitter\0\0".
 */
static char *
content_words_of_normalized (const char *norm)
{
  char *out = g_malloc (strlen (norm) + 2);
  char *w = out;
  const char *p = norm;

  while (*p != '\0')
    {
      const char *end = strchr (p, ' ');
      gsize len = end ? (gsize) (end - p) : strlen (p);

      if (g_utf8_strlen (p, len) >= 3 && !is_stop_word (p, len))
        {
          memcpy (w, p, len);
          w += len;
          *w++ = '\0';
        }
      p += len;
      if (*p == ' ')
        p++;
    }
  *w = '\0';
  return out;
}

static char *
content_words (const char *text)
{
  g_autofree char *norm = ds_generator_normalize (text);

  return content_words_of_normalized (norm);
}

static const char *
next_word (const char *word)
{
  return word + strlen (word) + 1;
}

/* Adds the words of @words (from content_words(), which must outlive
 * @set) to @set. */
static void
words_add (GHashTable *set,
           const char *words)
{
  for (const char *w = words; *w != '\0'; w = next_word (w))
    g_hash_table_add (set, (gpointer) w);
}

static gboolean
words_any_in (GHashTable *set,
              const char *words)
{
  for (const char *w = words; *w != '\0'; w = next_word (w))
    if (g_hash_table_contains (set, w))
      return TRUE;
  return FALSE;
}

/* The head noun of a list's subject: its first content word in Indonesian
 * ("jejaring sosial", "media sosial"), its last in English ("social
 * networks"). NULL when it has none. */
static char *
head_noun (const char *subject,
           gboolean    english)
{
  g_autofree char *words = content_words (subject);
  const char *head = NULL;

  for (const char *w = words; *w != '\0'; w = next_word (w))
    {
      head = w;
      if (!english)
        break;
    }
  return g_strdup (head);
}

gboolean
ds_generator_shares_content_word (const char *a,
                                  const char *b)
{
  g_autoptr(GHashTable) set = NULL;
  g_autofree char *words_a = NULL;
  g_autofree char *words_b = NULL;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  words_a = content_words (a);
  words_b = content_words (b);
  set = g_hash_table_new (g_str_hash, g_str_equal);
  words_add (set, words_a);
  return words_any_in (set, words_b);
}

/* ------------------------------------------------------------------ */
/* Pools                                                               */

#define POOLS(gen, claim) (&(gen)->by_language[(claim)->english ? 1 : 0])

/* Adds @n texts of @claim, which share their keys. */
static void
pool_add (GArray             *pool,
          const char * const *texts,
          guint               n,
          const DsClaim      *claim)
{
  ClaimKeys *keys;

  if (n == 0)
    return;
  keys = g_new0 (ClaimKeys, 1);
  for (guint i = 0; i < n; i++)
    {
      PoolEntry entry = { texts[i], claim, keys, pool->len - i, n, NULL, NULL, FALSE };

      g_array_append_val (pool, entry);
    }
}

static GArray *
pool_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (PoolEntry));
}

static void
pool_free (GArray *pool)
{
  for (guint i = 0; i < pool->len; i++)
    {
      PoolEntry *entry = &g_array_index (pool, PoolEntry, i);

      g_free (entry->skeleton);
      g_free (entry->words);
      /* The keys are shared by the claim's entries; its first one owns them. */
      if (entry->first == i)
        {
          g_free (entry->keys->subject_skeleton);
          g_free (entry->keys->head);
          g_free (entry->keys);
        }
    }
  g_array_unref (pool);
}

static void
pools_init (Pools *pools)
{
  pools->items = pool_new ();
  pools->examples = pool_new ();
  pools->definitions = pool_new ();
  pools->numbers = pool_new ();
  pools->names = pool_new ();
}

static void
pools_clear (Pools *pools)
{
  pool_free (pools->items);
  pool_free (pools->examples);
  pool_free (pools->definitions);
  pool_free (pools->numbers);
  pool_free (pools->names);
}

static void
pools_fill (Pools     *by_language,
            GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];
      Pools *pools = &by_language[claim->english ? 1 : 0];
      guint n = ds_claim_get_n_items (claim);

      switch (claim->kind)
        {
        case DS_CLAIM_ENUMERATION:
        case DS_CLAIM_ROLE:
          {
            g_autofree const char **items = g_new (const char *, MAX (n, 1));

            for (guint k = 0; k < n; k++)
              items[k] = ds_claim_get_item (claim, k);
            pool_add (claim->form == DS_LIST_FORM_EXAMPLES ? pools->examples : pools->items,
                      items, n, claim);
          }
          break;
        case DS_CLAIM_DEFINITION:
          pool_add (pools->definitions, (const char * const *) &claim->body, 1, claim);
          break;
        case DS_CLAIM_FACT:
          pool_add (g_ascii_isdigit (claim->subject[0]) ? pools->numbers : pools->names,
                    (const char * const *) &claim->subject, 1, claim);
          break;
        default:
          break;
        }
    }
}

/* The normalised text without its vowels, in place: "Kementerian" and
 * "Kementrian" are the same answer, and a distractor must not be a
 * misspelling of it. */
static char *
skeleton_of_normalized (char *norm)
{
  char *out = norm;

  for (char *p = norm; *p; p++)
    if (strchr ("aeiou ", *p) == NULL)
      *out++ = *p;
  *out = '\0';
  return norm;
}

static char *
skeleton (const char *text)
{
  return skeleton_of_normalized (ds_generator_normalize (text));
}

static void
pool_entry_prepare (PoolEntry *entry)
{
  char *norm;

  if (entry->skeleton != NULL)
    return;
  norm = ds_generator_normalize (entry->text);
  entry->empty = empty_normalized (norm);
  entry->words = content_words_of_normalized (norm);
  entry->skeleton = skeleton_of_normalized (norm);
}

static void
claim_keys_prepare (ClaimKeys     *keys,
                    const DsClaim *claim)
{
  if (keys->ready)
    return;
  keys->ready = TRUE;
  if (claim->subject != NULL)
    keys->subject_skeleton = skeleton (claim->subject);
  if (claim->subject != NULL && ds_claim_get_n_items (claim) > 0)
    keys->head = head_noun (claim->subject, claim->english);
}

static gboolean
in_list (char      **skeletons,
         guint       n,
         const char *skel)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (skeletons[i], skel) == 0)
      return TRUE;
  return FALSE;
}

/* What a card compares the pool's entries with. */
typedef struct {
  const DsClaim *claim;
  char          *subject_skeleton;
  char          *head;       /* lists: the head noun of the subject */
  char         **avoid;      /* skeletons of the answer, a list's items */
  guint          n_avoid;
  GHashTable    *words;      /* their content words, or NULL */
} Target;

/*
 * A claim about the same thing is no source of wrong answers: another
 * definition of the same term, or a list that shares an item with this one
 * ("platform: Twitter, Instagram, YouTube" for "jejaring sosial: Facebook,
 * Twitter, Instagram") would give a distractor that is right too. For a
 * list, "shares" means a content word in common (those of its items), and
 * a list whose subject has the same head noun ("tujuan serangan siber",
 * "tujuan diplomasi siber") is about the same thing as well.
 */
static gboolean
related (GArray       *pool,
         PoolEntry    *entry,
         const Target *target)
{
  const DsClaim *other = entry->claim;
  const ClaimKeys *keys = entry->keys;

  claim_keys_prepare (entry->keys, other);
  if (keys->subject_skeleton != NULL && target->subject_skeleton != NULL &&
      other->kind != DS_CLAIM_FACT && strcmp (keys->subject_skeleton, target->subject_skeleton) == 0)
    return TRUE;
  if (target->claim->items == NULL || ds_claim_get_n_items (other) == 0)
    return FALSE;
  if (target->head != NULL && g_strcmp0 (target->head, keys->head) == 0)
    return TRUE;
  for (guint i = entry->first; i < entry->first + entry->n; i++)
    {
      PoolEntry *item = &g_array_index (pool, PoolEntry, i);

      pool_entry_prepare (item);
      if (in_list (target->avoid, target->n_avoid, item->skeleton) ||
          (target->words != NULL && words_any_in (target->words, item->words)))
        return TRUE;
    }
  return FALSE;
}

static guint
gcd (guint a,
     guint b)
{
  while (b != 0)
    {
      guint t = a % b;

      a = b;
      b = t;
    }
  return a;
}

/*
 * Picks up to N_DISTRACTORS texts from @pool: never from @claim itself,
 * never equal to anything in @avoid (the right answer, a list's items) and,
 * when @by_words, never sharing a content word with them: "X (dulu
 * Twitter)" is no wrong answer where "Twitter" is right. Numbers are
 * compared whole instead: "10 tahun" is a fine distractor for "5 tahun".
 * The probes start at a hash of @seed and step by a second hash, so the
 * choice is stable across runs and takes at most MAX_PROBES probes.
 */
static guint
pick_distractors (GArray             *pool,
                  const DsClaim      *claim,
                  const char         *seed,
                  const char * const *avoid,
                  guint               n_avoid,
                  gboolean            by_words,
                  const char        **out)
{
  char *seen[64 + N_DISTRACTORS];
  char *avoid_words[64];
  Target target = { claim, NULL, NULL, seen, 0, NULL };
  guint n_seen = 0;
  guint n = 0;
  guint h, step;

  if (pool->len < 2)
    return 0;

  /* What must not come back, computed once: skeletons, content words and
   * the head of the list's subject. */
  for (guint i = 0; i < n_avoid && n_seen < 64; i++)
    seen[n_seen++] = skeleton (avoid[i]);
  target.n_avoid = n_seen;
  if (by_words)
    {
      target.words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < target.n_avoid; i++)
        {
          avoid_words[i] = content_words (avoid[i]);
          words_add (target.words, avoid_words[i]);
        }
    }
  if (claim->subject != NULL)
    target.subject_skeleton = skeleton (claim->subject);
  if (claim->items != NULL && claim->subject != NULL)
    target.head = head_noun (claim->subject, claim->english);

  /* A step prime to the pool's size: the probes never come back to an
   * entry before they have seen MAX_PROBES different ones. */
  h = g_str_hash (seed);
  step = 1 + (h >> 16) % (pool->len - 1);
  while (gcd (step, pool->len) != 1)
    step++;
  for (guint probe = 0; probe < MAX_PROBES && n < N_DISTRACTORS; probe++)
    {
      PoolEntry *entry = &g_array_index (pool, PoolEntry, (h + probe * step) % pool->len);

      if (entry->claim == claim || related (pool, entry, &target))
        continue;
      pool_entry_prepare (entry);
      if (target.words != NULL && words_any_in (target.words, entry->words))
        continue;
      if (*entry->skeleton == '\0' || in_list (seen, n_seen, entry->skeleton) || entry->empty)
        continue;
      /* Borrowed from the entry: only the avoided skeletons are freed. */
      seen[n_seen++] = entry->skeleton;
      out[n++] = entry->text;
    }

  for (guint i = 0; i < target.n_avoid; i++)
    {
      g_free (seen[i]);
      if (by_words)
        g_free (avoid_words[i]);
    }
  g_clear_pointer (&target.words, g_hash_table_unref);
  g_free (target.subject_skeleton);
  g_free (target.head);
  return n;
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

/* Registers a card unless its id or its question is taken; takes @card. */
static DsCard *
emit (Gen           *gen,
      DsCard        *card,
      const DsClaim *claim)
{
  g_autofree char *qkey = NULL;
  const char *answer = ds_card_get_answer (card);
  DsCardKind kind = ds_card_get_kind (card);

  g_autofree char *norm_answer = ds_generator_normalize (answer);

  if (empty_normalized (norm_answer))
    {
      g_object_unref (card);
      return NULL;
    }
  if (kind != DS_CARD_LIST && kind != DS_CARD_TRUE_FALSE)
    {
      g_autofree char *norm_question = ds_generator_normalize (ds_card_get_question (card));

      if (gives_away (norm_question, norm_answer))
        {
          g_object_unref (card);
          return NULL;
        }
    }

  qkey = g_strconcat (claim->essay_id, "\n", ds_card_get_question (card), NULL);
  if (g_hash_table_contains (gen->ids, ds_card_get_id (card)) ||
      g_hash_table_contains (gen->questions, qkey))
    {
      g_object_unref (card);
      return NULL;
    }
  g_hash_table_add (gen->ids, g_strdup (ds_card_get_id (card)));
  g_hash_table_add (gen->questions, g_steal_pointer (&qkey));

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
      guint k = pick_distractors (pool, claim, mc, items, n, TRUE, distractors);

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
  if (!is_true && pick_distractors (POOLS (gen, claim)->definitions, claim, truth, avoid, 1, FALSE, other) == 0)
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
  n = pick_distractors (POOLS (gen, claim)->definitions, claim, mc, avoid, 1, TRUE, distractors);
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

  n = pick_distractors (number ? POOLS (gen, claim)->numbers : POOLS (gen, claim)->names, claim,
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
    pools_init (&gen.by_language[l]);

  for (guint e = 0; e < n_essays; e++)
    pools_fill (gen.by_language, claims[e]);

  for (guint e = 0; e < n_essays; e++)
    for (guint i = 0; i < claims[e]->len; i++)
      emit_claim (&gen, claims[e]->pdata[i]);

  g_hash_table_unref (gen.ids);
  g_hash_table_unref (gen.questions);
  for (guint l = 0; l < 2; l++)
    pools_clear (&gen.by_language[l]);
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
