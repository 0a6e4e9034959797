/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Distractors for multiple-choice and true/false cards: per-kind pools of
 * the other claims' texts, and a pick among them by a hash of the card, a
 * handful of probes at most, so the choice is deterministic and costs O(1)
 * per card. What a wrong answer must not share with the right one is
 * compared by content words and vowel-less skeletons, computed once per
 * pool entry. The cards' wording is in ds-generator.c.
 */
#include "config.h"

#include <string.h>

#include "ds-generator-private.h"

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
/* DsGeneratorPools                                                               */

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

void
ds_generator_pools_init (DsGeneratorPools *pools)
{
  pools->items = pool_new ();
  pools->examples = pool_new ();
  pools->definitions = pool_new ();
  pools->numbers = pool_new ();
  pools->names = pool_new ();
}

void
ds_generator_pools_clear (DsGeneratorPools *pools)
{
  pool_free (pools->items);
  pool_free (pools->examples);
  pool_free (pools->definitions);
  pool_free (pools->numbers);
  pool_free (pools->names);
}

/* Adds the texts of @claims to the pools of their language. */
void
ds_generator_pools_fill (DsGeneratorPools *by_language,
                         GPtrArray        *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const DsClaim *claim = claims->pdata[i];
      DsGeneratorPools *pools = &by_language[claim->english ? 1 : 0];
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
  entry->empty = ds_generator_is_empty_normalized (norm);
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
  char         **avoid_words; /* content_words() of each, which @words holds */
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

/* What must not come back, computed once: skeletons (in @seen, which
 * the picks are added to), content words and the head of the list's
 * subject. */
static void
target_init (Target             *target,
             const DsClaim      *claim,
             const char * const *avoid,
             guint               n_avoid,
             gboolean            by_words,
             char              **seen,
             char              **avoid_words)
{
  *target = (Target) { .claim = claim, .avoid = seen };
  for (guint i = 0; i < n_avoid && target->n_avoid < 64; i++)
    seen[target->n_avoid++] = skeleton (avoid[i]);
  if (by_words)
    {
      target->words = g_hash_table_new (g_str_hash, g_str_equal);
      target->avoid_words = avoid_words;
      for (guint i = 0; i < target->n_avoid; i++)
        {
          avoid_words[i] = content_words (avoid[i]);
          words_add (target->words, avoid_words[i]);
        }
    }
  if (claim->subject != NULL)
    target->subject_skeleton = skeleton (claim->subject);
  if (claim->items != NULL && claim->subject != NULL)
    target->head = head_noun (claim->subject, claim->english);
}

static void
target_clear (Target *target)
{
  for (guint i = 0; i < target->n_avoid; i++)
    {
      g_free (target->avoid[i]);
      if (target->avoid_words != NULL)
        g_free (target->avoid_words[i]);
    }
  g_clear_pointer (&target->words, g_hash_table_unref);
  g_free (target->subject_skeleton);
  g_free (target->head);
}

/* A step prime to the pool's size: the probes never come back to an
 * entry before they have seen MAX_PROBES different ones. */
static guint
probe_step (guint h,
            guint pool_len)
{
  guint step = 1 + (h >> 16) % (pool_len - 1);

  while (gcd (step, pool_len) != 1)
    step++;
  return step;
}

/* Whether @entry may join the @n_seen texts picked or avoided so far. */
static gboolean
entry_fits (GArray       *pool,
            PoolEntry    *entry,
            const Target *target,
            char        **seen,
            guint         n_seen)
{
  if (entry->claim == target->claim || related (pool, entry, target))
    return FALSE;
  pool_entry_prepare (entry);
  if (target->words != NULL && words_any_in (target->words, entry->words))
    return FALSE;
  return *entry->skeleton != '\0' && !in_list (seen, n_seen, entry->skeleton) &&
         !entry->empty;
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
guint
ds_generator_pick_distractors (GArray             *pool,
                               const DsClaim      *claim,
                               const char         *seed,
                               const char * const *avoid,
                               guint               n_avoid,
                               gboolean            by_words,
                               const char        **out)
{
  char *seen[64 + N_DISTRACTORS];
  char *avoid_words[64];
  Target target;
  guint n_seen;
  guint n = 0;
  guint h, step;

  if (pool->len < 2)
    return 0;

  target_init (&target, claim, avoid, n_avoid, by_words, seen, avoid_words);
  n_seen = target.n_avoid;
  h = g_str_hash (seed);
  step = probe_step (h, pool->len);
  for (guint probe = 0; probe < MAX_PROBES && n < N_DISTRACTORS; probe++)
    {
      PoolEntry *entry = &g_array_index (pool, PoolEntry, (h + probe * step) % pool->len);

      if (!entry_fits (pool, entry, &target, seen, n_seen))
        continue;
      /* Borrowed from the entry: only the avoided skeletons are freed. */
      seen[n_seen++] = entry->skeleton;
      out[n++] = entry->text;
    }

  target_clear (&target);
  return n;
}
