/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The word lexicon of the claim extractor: what a function word does in
 * Indonesian (and English) prose, looked up in the language data
 * (data/lang/<code>.json through ds-lang.h), and a cheap guess whether a
 * word is a verb. A spelling is looked up, folded and guessed at once per
 * essay (the run's table in ctx->words); every later token of it is one
 * hash of its bytes.
 */
#include "config.h"

#include <string.h>

#include "ds-lexicon-words.h"

/* The language, fetched once: ds_lang_get() takes a lock, and this runs for
 * every word of an essay. Each on its own, so that an essay in one language
 * does not load the other's data. */
static const DsLang *
lexicon_lang (gboolean english)
{
  static const DsLang *langs[2];
  static gsize initialized[2];
  guint i = english ? 1 : 0;

  if (g_once_init_enter (&initialized[i]))
    {
      langs[i] = ds_lang_get (english ? "en" : "id");
      g_once_init_leave (&initialized[i], 1);
    }
  return langs[i];
}

/* Lower-cases an ASCII word into @buf; FALSE when it is not plain ASCII or
 * too long for the verb guesses below, which read only such words. */
static gboolean
fold (const Tok *tok,
      char      *buf,
      gsize      size)
{
  if (tok->len == 0 || tok->len >= size)
    return FALSE;

  for (guint i = 0; i < tok->len; i++)
    {
      guchar c = (guchar) tok->p[i];

      if (c >= 0x80)
        return FALSE;
      buf[i] = ds_ascii_tolower (c);
    }
  buf[tok->len] = '\0';
  return TRUE;
}

/* Indonesian verbs mostly show themselves by their prefix: meN-, ber-, di-.
 * The exceptions that matter are in the language data as nouns. This is
 * morphology, not a list of words, so it stays code; plain byte comparisons,
 * as it runs for most words of an essay. */
/* English loan words in Indonesian text ("diplomacy", "mention") end in
 * ways Indonesian words do not. */
static gboolean
looks_borrowed (const char *w,
                gsize       len)
{
  static const char * const endings[] = { "y", "tion", "ment", "ism", "ship", "ness", "ing" };

  for (gsize i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize n = strlen (endings[i]);

      if (len > n + 2 && memcmp (w + len - n, endings[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
looks_like_verb_id (const char *w,
                    gsize       len)
{
  if (looks_borrowed (w, len))
    return FALSE;
  if (len >= 5 && w[0] == 'm' && w[1] == 'e')
    {
      char c = w[2];

      if (c == 'l' || c == 'r' || c == 'w' || c == 'y')
        return TRUE;
      if ((c == 'm' || c == 'n') && len >= 6)
        return TRUE;
    }
  if (len >= 6 && w[0] == 'b' && w[1] == 'e' && w[2] == 'r')
    return TRUE;
  if (len >= 6 && w[0] == 'd' && w[1] == 'i')
    return TRUE;
  /* Bare "-kan" forms ("di gunakan", "luncurkan"); "ke-/pe-…-an" nouns
   * ("kebijakan", "pendidikan") end the same way. */
  if (len >= 6 && w[len - 3] == 'k' && w[len - 2] == 'a' && w[len - 1] == 'n' &&
      w[0] != 'k' && w[0] != 'p')
    return TRUE;
  return FALSE;
}

/* looks_like_verb_id() for the generator, which has no run of its own:
 * @w is a word folded to lower-case ASCII. */
gboolean
_ds_lexicon_looks_like_verb_id (const char *w)
{
  return looks_like_verb_id (w, strlen (w));
}

static LexWords *
lex_words_new (void)
{
  LexWords *words = g_new0 (LexWords, 1);

  words->slots = g_new0 (Word *, LEX_WORDS_MIN_SLOTS);
  words->mask = LEX_WORDS_MIN_SLOTS - 1;
  return words;
}

static void
lex_words_free (LexWords *words)
{
  g_slist_free_full (words->blocks, g_aligned_free);
  g_free (words->slots);
  g_free (words);
}

/* @size bytes of zeroed memory for a record, on a cache line's start. */
static gpointer
lex_words_alloc (LexWords *words,
                 gsize     size)
{
  gpointer p;

  size = (size + 63) & ~(gsize) 63;
  if (size > words->arena_left)
    {
      gsize block = MAX (LEX_ARENA_BYTES, size);

      words->arena = g_aligned_alloc0 (1, block, 64);
      words->arena_left = block;
      words->blocks = g_slist_prepend (words->blocks, words->arena);
    }
  p = words->arena;
  words->arena += size;
  words->arena_left -= size;
  return p;
}

static void
lex_words_grow (LexWords *words)
{
  Word **old = words->slots;
  guint n_old = words->mask + 1;

  words->slots = g_new0 (Word *, n_old * 2);
  words->mask = n_old * 2 - 1;
  for (guint i = 0; i < n_old; i++)
    if (old[i] != NULL)
      *lex_words_slot (words, old[i]->p, old[i]->len, old[i]->phrases.hash, old[i]->head) = old[i];
  g_free (old);
}

/* Whether a word that is not known to be a verb or something else looks
 * like one; @buf is its ASCII folding. */
/* "state-issued", "donor-funded", "AI-generated": an English compound
 * in "-ed" whose first part is a word of its own describes a noun; only
 * a short lower-case prefix makes a verb of it ("co-founded",
 * "re-elected", "pre-empted"). */
#define VERB_PREFIX_MAX_BYTES 3

static gboolean
compound_adjective (const Word *w)
{
  const char *hyphen = memchr (w->p, '-', w->len);

  if (hyphen == NULL)
    return FALSE;
  if ((gsize) (hyphen - w->p) > VERB_PREFIX_MAX_BYTES)
    return TRUE;
  for (const char *q = w->p; q < hyphen; q++)
    if (!g_ascii_islower (*q))
      return TRUE;
  return FALSE;
}

static void
guess_verb (Ctx        *ctx,
            Word       *w,
            const char *buf,
            gboolean    folded)
{
  if (w->flags & (W_VERB | W_REPORT | W_EVENT | W_DEFINE_VERB | W_ROLE_VERB))
    w->verb = TRUE;
  else if (w->flags & (W_NOUN | W_PREP | W_DET | W_CONJ | W_ANAPHOR |
                       W_PRONOUN | W_CONNECTIVE | W_ADV))
    w->verb = FALSE;
  else if (!folded)
    w->verb = FALSE;
  else if (!ctx->english)
    w->verb = looks_like_verb_id (buf, w->len);
  else
    w->verb_lower = w->len > 4 && buf[w->len - 2] == 'e' && buf[w->len - 1] == 'd' && !compound_adjective (w);
}

/* "yg", "dgn", "krn", "w/": a note-taker's short form (the language's
 * list short_form of "short full" entries) does what its full word does;
 * the text keeps the short form, which cards quote. The flags of the full
 * word of @buf, or 0. */
static guint64
short_form_flags (Ctx        *ctx,
                  const char *buf)
{
  const char * const *entries = ds_lang_get_phrases (ctx->lang, "short_form");
  gsize n = strlen (buf);
  gint64 value;

  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    if (strncmp (entries[i], buf, n) == 0 && entries[i][n] == ' ')
      return ds_lang_lookup (ctx->lang, entries[i] + n + 1, strlen (entries[i] + n + 1), &value);
  return 0;
}

static Word *
word_new (Ctx        *ctx,
          const char *p,
          guint       len)
{
  Word *w = lex_words_alloc (ctx->words, sizeof (Word) + len + 1);
  Tok tok = { .p = p, .len = len };
  char buf[24];
  gboolean folded;
  gint64 value;

  memcpy (w->bytes, p, len);
  w->p = w->bytes;
  w->len = len;
  w->phrases.len = len;
  w->flags = ds_lang_lookup (ctx->lang, p, len, &value);
  /* "best-known", "largest-ever": a compound ranks as its first part. */
  if (w->flags == 0 && memchr (p, '-', len) != NULL)
    w->flags = ds_lang_lookup (ctx->lang, p, (const char *) memchr (p, '-', len) - p, &value) & W_SUPERLATIVE;
  /* Count words, ordinals and months keep their number. */
  if (w->flags & (W_COUNT | W_ORDINAL | W_MONTH))
    w->value = (guint8) CLAMP (value, 0, G_MAXUINT8);
  w->phrase = ds_lang_starts_phrase (ctx->lang, p, len);
  folded = fold (&tok, buf, sizeof buf);
  if (w->flags == 0 && folded && len <= 4)
    w->flags = short_form_flags (ctx, buf);
  guess_verb (ctx, w, buf, folded);
  /* The ranking counts content words by their ASCII folding. */
  w->countable = folded && len >= 3 && !(w->flags & (W_FUNCTION | W_COUNT | W_CUE_DEF | W_CUE_NAMING));
  return w;
}

/* A spelling not seen before in this run: its record, made and put in
 * @slot (out of line: an essay's words are mostly seen before). */
Word *
_ds_lexicon_word_add (Ctx        *ctx,
                      Word      **slot,
                      const char *p,
                      guint       len,
                      guint32     hash,
                      guint64     head)
{
  Word *w = word_new (ctx, p, len);

  w->phrases.hash = hash;
  w->head = head;
  *slot = w;
  if (++ctx->words->n * 2 > ctx->words->mask + 1)
    lex_words_grow (ctx->words);
  return w;
}

/* The bytes of the word at @p (@len bytes) before an apostrophe. */
static gsize
word_stem_len (const char *p,
               gsize       len)
{
  const char *quote = memchr (p, '\'', len);
  gsize n = quote != NULL ? (gsize) (quote - p) : len;

  /* Asked of a spelling once, and a word mostly has no apostrophe:
   * memchr() finds the straight one and the first byte of the curly one
   * (U+2019) in a few steps. */
  for (const char *q = memchr (p, 0xE2, n); q != NULL; q = memchr (q + 1, 0xE2, n - (q + 1 - p)))
    if (p + len - q >= 3 && memcmp (q, "\xE2\x80\x99", 3) == 0)
      {
        n = q - p;
        break;
      }
  return n > 0 ? n : len;
}

/* g_ascii_tolower() without its call, in loops over bytes. */
static inline char
lower_byte (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The state of @tok's first @len bytes in ctx->names, by their lower-case
 * form. */
static guint *
name_state_lookup (Ctx       *ctx,
                   const Tok *tok,
                   gsize      len)
{
  g_autofree char *key = ds_utf8_strdown (tok->p, len);
  guint *state = g_hash_table_lookup (ctx->names, key);

  if (state == NULL)
    g_hash_table_insert (ctx->names, g_steal_pointer (&key), state = g_new0 (guint, 1));
  return state;
}

/* _ds_lexicon_name_state() of a word whose record does not keep its state
 * yet: looked up by the word's lower-case form before its apostrophe (made
 * 0 when new), and kept in the record (what is cut follows from the word's
 * bytes alone). */
guint *
_ds_lexicon_name_state_of (Ctx       *ctx,
                           const Tok *tok)
{
  Word *w = tok->word;
  guint *state = name_state_lookup (ctx, tok, word_stem_len (tok->p, tok->len));

  /* A token cut short after it was classified is no longer its record's
   * spelling. */
  if (w != NULL && w->len == tok->len)
    w->phrases.name = state;
  return state;
}

/* The first count of the countable spelling @w (_ds_lexicon_classify()):
 * its counter in ctx->freq, by its folded form, found or made. */
void
_ds_lexicon_count_first (Ctx  *ctx,
                         Word *w)
{
  Tok tok = { .p = w->p, .len = w->len };
  char buf[24];

  fold (&tok, buf, sizeof buf);
  if ((w->count = g_hash_table_lookup (ctx->freq, buf)) == NULL)
    g_hash_table_insert (ctx->freq, g_strdup (buf), w->count = g_new0 (guint, 1));
  (*w->count)++;
}

/* Entries of a list are chained by their first word's first byte (folded)
 * and length, so that a word is compared with the entries that may start
 * with it, in the list's order, not with every entry. */
#define PHRASE_CHAINS 64
#define PHRASE_CHAIN_END G_MAXUINT

static inline guint
phrase_chain (guchar first,
              guint  len)
{
  return (first * 31u + len) & (PHRASE_CHAINS - 1);
}

/* A phrase list of the language with what its entries' first words are
 * like: their first bytes, folded to lower case, and their lengths; and the
 * list's bit in the words' records (PHRASE_IDS when it has none). */
struct _PhraseList {
  const char * const *entries;
  const char        **owned;    /* a set's entries (phrase_set()), or NULL */
  guint64             first[4];
  guint               min_len;
  guint               max_len;
  guint               id;
  guint               chain[PHRASE_CHAINS]; /* the first entry of each chain */
  guint              *next;         /* each entry's next in its chain */
  guint              *second_len;   /* each entry's second word, in bytes; G_MAXUINT for none */
  guint               first_len[];  /* each entry's first word, in bytes; then next[], second_len[] */
};

static const char * const no_phrases[] = { NULL };

static gboolean
phrase_first_has (const PhraseList *list,
                  guchar            c)
{
  c = ds_ascii_tolower (c);
  return (list->first[c >> 6] >> (c & 63)) & 1;
}

static PhraseList *
phrase_list_new (const char * const *entries,
                 guint               id)
{
  guint n = entries != NULL ? g_strv_length ((char **) entries) : 0;
  PhraseList *list = g_malloc0 (sizeof (PhraseList) + 3 * n * sizeof (guint));
  guint tail[PHRASE_CHAINS];

  list->id = MIN (id, PHRASE_IDS);
  list->entries = entries != NULL ? entries : no_phrases;
  list->min_len = G_MAXUINT;
  list->next = list->first_len + n;
  list->second_len = list->next + n;
  for (guint b = 0; b < PHRASE_CHAINS; b++)
    list->chain[b] = tail[b] = PHRASE_CHAIN_END;
  for (guint e = 0; list->entries[e] != NULL; e++)
    {
      guchar c = ds_ascii_tolower ((guchar) list->entries[e][0]);
      guint len = strcspn (list->entries[e], " ");
      guint b = phrase_chain (c, len);

      list->first_len[e] = len;
      /* An entry read to its end after its first word ("abc " too)
       * has no second word. */
      list->second_len[e] = list->entries[e][len] == ' ' && list->entries[e][len + 1] != '\0' ?
                            (guint) strcspn (list->entries[e] + len + 1, " ") : G_MAXUINT;
      list->first[c >> 6] |= G_GUINT64_CONSTANT (1) << (c & 63);
      list->min_len = MIN (list->min_len, len);
      list->max_len = MAX (list->max_len, len);
      /* In the list's order: the first entry that matches wins. */
      list->next[e] = PHRASE_CHAIN_END;
      if (tail[b] == PHRASE_CHAIN_END)
        list->chain[b] = e;
      else
        list->next[tail[b]] = e;
      tail[b] = e;
    }
  return list;
}

static void
phrase_list_free (PhraseList *list)
{
  g_free (list->owned);
  g_free (list);
}

const char * const _ds_phrase_names[N_PHRASE_LIST_IDS] = {
#define DS_PHRASE_NAME(id, name) [PL_##id] = name,
  DS_PHRASE_LISTS (DS_PHRASE_NAME)
#undef DS_PHRASE_NAME
};

/* The list @id of ds-phrase-ids.h, made the first time the run asks it. */
static const PhraseList *
phrase_list_of (Ctx     *ctx,
                PhraseId id)
{
  if (G_UNLIKELY (ctx->id_lists[id] == NULL))
    ctx->id_lists[id] = phrase_list_new (ds_lang_get_phrases (ctx->lang, _ds_phrase_names[id]), id);
  return ctx->id_lists[id];
}

static int
compare_phrase_name (const void *name,
                     const void *entry)
{
  return strcmp (name, *(const char * const *) entry);
}

/* The id of the list @name in ds-phrase-ids.h, or N_PHRASE_LIST_IDS for a
 * list that has none. */
static PhraseId
phrase_id_of (const char *name)
{
  const char * const *found = bsearch (name, _ds_phrase_names, N_PHRASE_LIST_IDS,
                                       sizeof _ds_phrase_names[0], compare_phrase_name);

  return found != NULL ? (PhraseId) (found - _ds_phrase_names) : N_PHRASE_LIST_IDS;
}

/* A list of ctx->phrase_lists, found by a name: one of ds-phrase-ids.h
 * is ctx->id_lists', which frees it. */
static void
phrase_list_free_named (PhraseList *list)
{
  if (list->id >= N_PHRASE_LIST_IDS)
    phrase_list_free (list);
}

/* Keeps @list, named @name, in its pair of places of ctx->phrase_cache
 * (@slot, its own, and @slot ^ 1): in its own place, the list there
 * before moving to the other one unless that one is free. With one place
 * a name, two lists a rule asks in turn at every word that shared a place
 * pushed each other out and were looked up again at every word (10,000
 * lookups on bench/profile-generate's 2 MB). */
static const PhraseList *
phrase_cache_put (Ctx              *ctx,
                  guint             slot,
                  const char       *name,
                  const PhraseList *list)
{
  if (ctx->phrase_cache[slot].name != NULL)
    {
      if (ctx->phrase_cache[slot ^ 1].name == NULL)
        slot ^= 1;
      else
        ctx->phrase_cache[slot ^ 1] = ctx->phrase_cache[slot];
    }
  ctx->phrase_cache[slot].name = name;
  ctx->phrase_cache[slot].word = list->id < PHRASE_IDS ? list->id / 64 : 0;
  ctx->phrase_cache[slot].bit = list->id < PHRASE_IDS ? G_GUINT64_CONSTANT (1) << (list->id % 64) : 0;
  return ctx->phrase_cache[slot].list = list;
}

/* The list @name, indexed once per essay; callers pass literals, so the
 * name's address finds it without hashing its text. */
static G_GNUC_NO_INLINE const PhraseList *
phrase_list_lookup (Ctx        *ctx,
                    guint       slot,
                    const char *name)
{
  const PhraseList *list = g_hash_table_lookup (ctx->phrase_lists, name);

  if (list == NULL)
    {
      PhraseId id = phrase_id_of (name);

      list = id < N_PHRASE_LIST_IDS ? phrase_list_of (ctx, id)
                                    : phrase_list_new (ds_lang_get_phrases (ctx->lang, name), ctx->n_phrase_lists++);
      g_hash_table_insert (ctx->phrase_lists, (gpointer) name, (gpointer) list);
    }
  return phrase_cache_put (ctx, slot, name, list);
}

static inline const PhraseList *
phrase_list (Ctx        *ctx,
             const char *name)
{
  guint slot = _ds_name_slot (name, G_N_ELEMENTS (ctx->phrase_cache));

  /* Rules ask a few lists in turn at every word of a sentence: the lists
   * asked lately are found by the address alone (the rest, out of line,
   * so that this needs no registers saved). */
  if (ctx->phrase_cache[slot].name == name)
    return ctx->phrase_cache[slot].list;
  if (ctx->phrase_cache[slot ^ 1].name == name)
    return ctx->phrase_cache[slot ^ 1].list;
  return phrase_list_lookup (ctx, slot, name);
}

/* The entries of all the lists @names (NULL-terminated, an array of the
 * caller's that lives as long as the program) as one list, kept as a list
 * is, by the address of @names. */
static const PhraseList *
phrase_set (Ctx                *ctx,
            const char * const *names)
{
  guint slot = _ds_name_slot ((const char *) names, G_N_ELEMENTS (ctx->phrase_cache));
  PhraseList *list;

  if (ctx->phrase_cache[slot].name == (const char *) names)
    return ctx->phrase_cache[slot].list;
  if (ctx->phrase_cache[slot ^ 1].name == (const char *) names)
    return ctx->phrase_cache[slot ^ 1].list;
  list = g_hash_table_lookup (ctx->phrase_lists, names);
  if (list == NULL)
    {
      GPtrArray *all = g_ptr_array_new ();
      const char **entries;

      for (guint l = 0; names[l] != NULL; l++)
        {
          const char * const *entries_l = ds_lang_get_phrases (ctx->lang, names[l]);

          for (guint e = 0; entries_l != NULL && entries_l[e] != NULL; e++)
            g_ptr_array_add (all, (gpointer) entries_l[e]);
        }
      g_ptr_array_add (all, NULL);
      entries = (const char **) g_ptr_array_free (all, FALSE);
      list = phrase_list_new (entries, ctx->n_phrase_lists++);
      list->owned = entries;
      g_hash_table_insert (ctx->phrase_lists, (gpointer) names, list);
    }
  return phrase_cache_put (ctx, slot, (const char *) names, list);
}

void
_ds_lexicon_init (Ctx *ctx)
{
  ctx->lang = (gpointer) lexicon_lang (ctx->english);
  ctx->words = lex_words_new ();
  ctx->forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref);
  ctx->phrase_lists = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                             (GDestroyNotify) phrase_list_free_named);
  ctx->n_phrase_lists = N_PHRASE_LIST_IDS;
}

void
_ds_lexicon_clear (Ctx *ctx)
{
  g_clear_pointer (&ctx->words, lex_words_free);
  g_clear_pointer (&ctx->forms, g_hash_table_unref);
  g_clear_pointer (&ctx->phrase_lists, g_hash_table_unref);
  for (guint id = 0; id < N_PHRASE_LIST_IDS; id++)
    g_clear_pointer ((PhraseList **) &ctx->id_lists[id], phrase_list_free);
  /* Its tokens point at the records of ctx->words. */
  g_clear_pointer (&ctx->cut_cache, _ds_cut_cache_free);
  g_clear_pointer (&ctx->noun_kinds, g_hash_table_unref);
}

const char * const _ds_hot_lists[N_HOT_LISTS] = {
  [HOT_CONTRAST_DIFFER] = "contrast_differ",
  [HOT_CONTRAST_PAIR_DIFFER] = "contrast_pair_differ",
  [HOT_CONTRAST_RATHER] = "contrast_rather",
  [HOT_CONTRAST_BUT] = "contrast_but",
  [HOT_CONTRAST_LINK] = "contrast_link",
  [HOT_TERM_LABEL] = "term_label",
  [HOT_PLACE_VERB] = "place_verb",
  [HOT_REASON_CUE] = "reason_cue",
  [HOT_PHRASAL_EVENT] = "facts5_phrasal_event",
  [HOT_FRACTION] = "fraction",
  [HOT_DATE_ORIGIN] = "date_origin",
  [HOT_RESULT_CUE] = "result_cue",
  [HOT_CAUSE_FROM] = "cause_from",
  [HOT_HEREINAFTER] = "furniture_hereinafter",
  [HOT_DEFINE_IT] = "defs4_define_it",
  [HOT_DECISION_VERB] = "decision_verb",
  [HOT_CAUSE_PASSIVE] = "cause_passive",
  [HOT_CAUSE_VERB] = "cause_verb",
  [HOT_CAUSE_VERB_WEAK] = "cause_verb_weak",
  [HOT_MOTIVE_PARTICIPLE] = "motive_participle",
  [HOT_CONTRAST_CONJ] = "contrast_conj",
  [HOT_LIST_MARKED_BY] = "list_marked_by",
  [HOT_STATEMENTS] = NULL,
  [HOT_DUTY_VERB] = "duty_verb",
  [HOT_LABEL_VERB] = "label_verb",
  [HOT_LABEL_AS_VERB] = "label_as_verb",
  [HOT_TERM_VERB] = "attrib_term_verb",
  [HOT_COVER_CUE] = "cover_cue",
  [HOT_HOLDER_MARKER] = "holder_marker",
  [HOT_COMPARE_THAN] = "compare_than",
  [HOT_CONDITION_CUE] = "condition_cue",
  [HOT_MERGE_PARTICIPLE] = "merge_participle",
  [HOT_DEFS_OCCUR_WHEN] = "defs_occur_when",
  [HOT_ADVICE_MODAL] = "advice_modal",
  [HOT_HEDGE] = "hedge",
  [HOT_CLAUSE_ADVERB] = "clause_drop_adverb",
  [HOT_CLAUSE_SPEAKER] = "defs_speaker_aside",
  [HOT_CLAUSE_ATTRIB] = "clause_attrib",
  [HOT_CLAUSE_CROSSREF] = "defs_crossref_aside",
  [HOT_KEYCLAIM_VERB] = "keyclaim_verb",
  [HOT_SEBAB] = "argue_reason_after_comma",
  [HOT_AIM_CUE] = "facts8_aim_cue",
  [HOT_BARRED_VERB] = "barred_verb",
  [HOT_PURPOSE_CUE] = "purpose_cue",
  [HOT_EVENT_PHRASE] = "facts39_event_phrase",
  [HOT_APPOINT_VERB] = "facts41_appoint_verb",
  [HOT_POST_VERB] = "facts41_post_verb",
  [HOT_JOIN_VERB] = "facts41_join_verb",
  [HOT_UNLESS_CUE] = "cond41_unless_cue",
  [HOT_GAP_MARKER] = "gap_marker",
  [HOT_HYPOTHESIS_MARKER] = "hypothesis_marker",
  [HOT_RESULT_OPENER] = "result_opener",
  [HOT_SHAPED_PASSIVE] = "facts53_shaped_passive",
  [HOT_CAUSE_PARTICIPLE] = "cause_participle",
};

static gboolean phrase_may_start (const PhraseList *list,
                                  const Tok        *tok);

/* Words longer than this start no entry of a hot list, or are asked of
 * each list (a key of the table below is made on the stack). */
#define HOT_FIRST_MAX 64

/* The first words of the entries of the hot lists of each language, each
 * with the lists (a bit per HotList) that have an entry starting with it;
 * made once per process and language from the first run's lists (the
 * lists are the language's, the same in every run). A new spelling that
 * starts some phrase was compared with the entries of each of the 34
 * lists in turn (about 2,700 instructions a spelling); it is one lookup. */
static guint64
hot_first_word_lists (Ctx       *ctx,
                      const Tok *tok)
{
  static GHashTable *tables[2];
  static gsize initialized[2];
  guint l = ctx->english ? 1 : 0;
  char key[HOT_FIRST_MAX];
  const guint64 *lists;

  if (g_once_init_enter (&initialized[l]))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint h = 0; h < N_HOT_LISTS; h++)
        {
          const PhraseList *list = ctx->hot_lists[h];

          for (guint e = 0; list->entries[e] != NULL; e++)
            {
              g_autofree char *first = g_strndup (list->entries[e], list->first_len[e]);
              guint64 *bits = g_hash_table_lookup (table, first);

              if (bits == NULL)
                g_hash_table_insert (table, g_steal_pointer (&first), bits = g_new0 (guint64, 1));
              *bits |= G_GUINT64_CONSTANT (1) << h;
            }
        }
      tables[l] = table;
      g_once_init_leave (&initialized[l], 1);
    }
  /* As entry_word_is() compares: the word's ASCII lower-cased, the
   * entry's bytes as they are. */
  for (guint i = 0; i < tok->len; i++)
    key[i] = lower_byte (tok->p[i]);
  key[tok->len] = '\0';
  lists = g_hash_table_lookup (tables[l], key);
  return lists != NULL ? *lists : 0;
}

/* _ds_lexicon_hot_starts() of a word whose record has not said yet: the
 * phrase test's answer for each list, as _ds_phrase_at() would
 * ask it. */
guint64
_ds_lexicon_hot_starts_of (Ctx       *ctx,
                           const Tok *tok)
{
  Word *w = tok->word;

  if (w == NULL || w->len != tok->len)
    return HOT_LISTS_ALL;
  if (ctx->hot_lists[0] == NULL)
    for (guint h = 0; h < N_HOT_LISTS; h++)
      ctx->hot_lists[h] = h == HOT_STATEMENTS ? phrase_set (ctx, _ds_statement_lists ())
                                              : phrase_list (ctx, _ds_hot_lists[h]);
  if (tok->len < HOT_FIRST_MAX)
    {
      guint64 starts = hot_first_word_lists (ctx, tok);

      /* What phrase_may_start() would answer and keep for each list,
       * from the one lookup. */
      for (guint h = 0; h < N_HOT_LISTS; h++)
        {
          const PhraseList *list = ctx->hot_lists[h];
          gboolean yes = (starts >> h) & 1;

          if (list->id < PHRASE_IDS)
            {
              guint k = list->id / 64;
              guint64 bit = G_GUINT64_CONSTANT (1) << (list->id % 64);

              if (!((w->phrases.phrase_none[k] | w->phrases.phrase_starts[k]) & bit))
                {
                  if (yes)
                    w->phrases.phrase_starts[k] |= bit;
                  else
                    w->phrases.phrase_none[k] |= bit;
                }
              yes = (w->phrases.phrase_starts[k] & bit) != 0;
            }
          if (yes)
            w->phrases.hot_starts |= G_GUINT64_CONSTANT (1) << h;
        }
    }
  else
    for (guint h = 0; h < N_HOT_LISTS; h++)
      {
        const PhraseList *list = ctx->hot_lists[h];

        if (phrase_may_start (list, tok))
          w->phrases.hot_starts |= G_GUINT64_CONSTANT (1) << h;
      }
  w->phrases.hot_known = TRUE;
  return w->phrases.hot_starts;
}

/* A country name starts at @i, optionally after "di"/"in". */
gboolean
_ds_lexicon_is_country (const Tok *toks,
                        guint      n,
                        guint      i)
{
  if (i < n && (_ds_tok_is (&toks[i], "di") || _ds_tok_is (&toks[i], "in")))
    i++;
  return i < n && toks[i].cap && (toks[i].flags & W_COUNTRY) != 0;
}

/* The phrase list @name as a table from each entry's first word to the
 * rest of the entry (the first entry of a first word wins, as a scan of
 * the list would find it), made the first time a run asks for it. Rules
 * ask a few lists in turn at every word, by literals: the lists asked
 * lately are found by the address of their name. */
static GHashTable *
forms_index (Ctx        *ctx,
             const char *name)
{
  guint slot = _ds_name_slot (name, G_N_ELEMENTS (ctx->forms_cache));
  gpointer key, index;
  const char * const *entries;

  if (ctx->forms_cache[slot].name == name)
    return ctx->forms_cache[slot].index;
  if (!g_hash_table_lookup_extended (ctx->forms, name, &key, &index))
    {
      index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      entries = ds_lang_get_phrases (ctx->lang, name);
      for (guint i = 0; entries[i] != NULL; i++)
        {
          const char *space = strchr (entries[i], ' ');
          g_autofree char *first = space ? g_strndup (entries[i], space - entries[i]) : NULL;

          if (first != NULL && !g_hash_table_contains (index, first))
            g_hash_table_insert (index, g_steal_pointer (&first), (gpointer) (space + 1));
        }
      g_hash_table_insert (ctx->forms, key = g_strdup (name), index);
    }
  ctx->forms_cache[slot].name = name;
  return ctx->forms_cache[slot].index = index;
}

/* Looks @w up in the list @index by its ASCII folding. */
static const char *
forms_of (Word       *w,
          GHashTable *index)
{
  g_autofree char *heap = NULL;
  char buf[32];
  char *key = w->len < sizeof buf ? buf : (heap = g_malloc (w->len + 1));

  for (guint i = 0; i < w->len; i++)
    key[i] = ds_ascii_tolower (w->p[i]);
  key[w->len] = '\0';
  return g_hash_table_lookup (index, key);
}

/* What the list @index gives for @w, kept with @w (in the first free
 * place; with every place taken, in the last). */
static const char *
forms_seen (Word       *w,
            GHashTable *index)
{
  guint i;

  for (i = 0; i < FORMS_SEEN; i++)
    {
      if (w->forms[i].list == index)
        return w->forms[i].rest;
      if (w->forms[i].list == NULL)
        break;
    }
  i = MIN (i, FORMS_SEEN - 1);
  w->forms[i].list = index;
  w->forms[i].rest = forms_of (w, index);
  return w->forms[i].rest;
}

static gboolean phrase_may_start (const PhraseList *list,
                                  const Tok        *tok);

/* _ds_lexicon_other_forms() of a word that starts some phrase ("agreed
 * agree" → "agree"; "emphasizes emphasize does" → "emphasize does"). The
 * lists are folded, so the word is compared by its ASCII folding. Rules
 * ask this of every word of a sentence, so the answer is kept with the
 * word's spelling. */
const char *
_ds_lexicon_forms_of (Ctx        *ctx,
                      const Tok  *tok,
                      const char *name)
{
  GHashTable *index;
  Word *w;

  if (tok->type != TOK_WORD)
    return NULL;
  /* A word that starts no entry has no other forms in the list: asked of
   * its spelling once, and its bit in the record answers after that. */
  if (!phrase_may_start (phrase_list (ctx, name), tok))
    return NULL;
  index = forms_index (ctx, name);
  w = tok->word != NULL ? tok->word : word_lookup (ctx, tok->p, tok->len, tok->p + tok->len);
  return forms_seen (w, index);
}

/* A word rewritten by the language's list @name of "from to" entries:
 * a whole word ("held hold") or, when both start with "-", a suffix
 * ("-ied -y"); whole words are looked up first, then the suffixes in their
 * order. English turns a past tense into the form "did" takes
 * ("ratified" → "ratify"). Returns a new lower-case string, the word
 * itself when no entry applies. */
char *
_ds_lexicon_rewrite (Ctx        *ctx,
                     const Tok  *tok,
                     const char *name)
{
  g_autofree char *word = g_ascii_strdown (tok->p, tok->len);
  const char * const *entries = ds_lang_get_phrases (ctx->lang, name);
  const char *other = _ds_lexicon_other_forms (ctx, tok, name);

  if (other != NULL && other[0] != '-')
    return g_strdup (other);
  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    {
      const char *space = strchr (entries[i], ' ');
      gsize from = space != NULL ? (gsize) (space - entries[i]) - 1 : 0;

      if (entries[i][0] != '-' || space == NULL || space[1] != '-' || from >= tok->len ||
          strncmp (word + tok->len - from, entries[i] + 1, from) != 0)
        continue;
      word[tok->len - from] = '\0';
      return g_strconcat (word, space + 2, NULL);
    }
  return g_steal_pointer (&word);
}

/* Whether the @len bytes of a word at @w are the @len bytes of a phrase
 * list's entry at @entry, ASCII case aside: g_ascii_strncasecmp() without
 * its call, for an entry is folded (ds-lang.c checks that it has no
 * capital) and holds no NUL in those bytes. */
static inline gboolean
entry_word_is (const char *w,
               const char *entry,
               gsize       len)
{
  for (gsize j = 0; j < len; j++)
    if (lower_byte (w[j]) != entry[j])
      return FALSE;
  return TRUE;
}

/* The bytes of the entry's word at @p, up to a space or the end:
 * strcspn() without its call. */
static inline gsize
entry_word_len (const char *p)
{
  gsize len = 0;

  while (p[len] != ' ' && p[len] != '\0')
    len++;
  return len;
}

/* Whether the first word of some entry of @list is the word @tok (ASCII
 * case aside); most words start no entry, which their first byte and
 * length tell at once. */
static gboolean
phrase_starts_with (const PhraseList *list,
                    const Tok        *tok)
{
  guchar first = ds_ascii_tolower ((guchar) tok->p[0]);

  if (tok->len < list->min_len || tok->len > list->max_len || !phrase_first_has (list, first))
    return FALSE;
  for (guint e = list->chain[phrase_chain (first, tok->len)]; e != PHRASE_CHAIN_END; e = list->next[e])
    {
      const char *p = list->entries[e];

      if (list->first_len[e] == tok->len && entry_word_is (tok->p, p, tok->len))
        return TRUE;
    }
  return FALSE;
}

/* Whether an entry of @list may start at the word @tok: asked of the
 * word's spelling once per run and kept in its record. */
static gboolean
phrase_may_start (const PhraseList *list,
                  const Tok        *tok)
{
  Word *w = tok->word;
  guint64 bit;
  guint k;

  /* A token cut short after it was classified ("hambatannya" read as
   * "hambatan") is no longer its record's spelling. */
  if (w == NULL || w->len != tok->len || list->id >= PHRASE_IDS)
    return phrase_starts_with (list, tok);
  k = list->id / 64;
  bit = G_GUINT64_CONSTANT (1) << (list->id % 64);
  if (!((w->phrases.phrase_none[k] | w->phrases.phrase_starts[k]) & bit))
    {
      if (phrase_starts_with (list, tok))
        w->phrases.phrase_starts[k] |= bit;
      else
        w->phrases.phrase_none[k] |= bit;
    }
  return (w->phrases.phrase_starts[k] & bit) != 0;
}

/* Whether the word @i of @s starts an entry of some list of @names (a
 * NULL-terminated array of list names that lives as long as the program):
 * a rule that tries several lists in turn at each word asks them only
 * where this says yes. Asked of a spelling once per essay, as one list. */
gboolean
_ds_lexicon_starts_any (Ctx                *ctx,
                        const Sent         *s,
                        guint               i,
                        const char * const *names)
{
  if (i >= s->n || s->toks[i].type != TOK_WORD || !s->toks[i].phrase)
    return FALSE;
  return phrase_may_start (phrase_set (ctx, names), &s->toks[i]);
}

/* How many tokens from the word @i of @s make an entry of @list, a word
 * that starts some phrase of the language: the first entry that does, or
 * with @longest the longest. (Inlined in each of its two callers, so that
 * the first's loop, asked at every word, keeps no best length.) */
G_ALWAYS_INLINE static inline guint
phrase_from_list (const Sent       *s,
                  guint             i,
                  const PhraseList *list,
                  gboolean          longest)
{
  const Tok *t = &s->toks[i];
  guint best = 0;
  char first;

  if (!phrase_may_start (list, t))
    return 0;
  first = lower_byte (t->p[0]);
  /* Only the entries of the word's chain may start with it; most of them
   * do. */
  for (guint e = list->chain[phrase_chain ((guchar) first, t->len)]; e != PHRASE_CHAIN_END; e = list->next[e])
    {
      const char *p = list->entries[e];
      guint k = i;

      if (lower_byte (p[0]) != first || list->first_len[e] != t->len)
        continue;
      /* Most entries of the chain share the word's first word and differ
       * at their second: its length and first byte, kept, tell them
       * apart before the first word is compared. */
      if (list->second_len[e] != G_MAXUINT &&
          (k + 1 >= s->n || s->toks[k + 1].type != TOK_WORD || s->toks[k + 1].len != list->second_len[e] ||
           lower_byte (s->toks[k + 1].p[0]) != p[list->first_len[e] + 1]))
        continue;
      /* The first word's length is kept; the others are short, and read
       * in place. */
      for (gsize len = t->len; *p != '\0' && k < s->n; len = entry_word_len (p))
        {
          if (s->toks[k].type != TOK_WORD || s->toks[k].len != len ||
              !entry_word_is (s->toks[k].p, p, len))
            break;
          k++;
          p += len + (p[len] == ' ');
        }
      if (*p == '\0' && !longest)
        return k - i;
      if (*p == '\0')
        best = MAX (best, k - i);
    }
  return best;
}

/* _ds_phrase_at() for a word that starts some phrase of the language. */
guint
_ds_lexicon_phrase_id_from (Ctx        *ctx,
                            const Sent *s,
                            guint       i,
                            PhraseId    id)
{
  if (i >= s->n || s->toks[i].type != TOK_WORD)
    return 0;
  return phrase_from_list (s, i, phrase_list_of (ctx, id), FALSE);
}

/* _ds_phrase_longest_at() for a word that starts some phrase of the
 * language. */
guint
_ds_lexicon_phrase_id_longest (Ctx        *ctx,
                               const Sent *s,
                               guint       i,
                               PhraseId    id)
{
  if (i >= s->n || s->toks[i].type != TOK_WORD)
    return 0;
  return phrase_from_list (s, i, phrase_list_of (ctx, id), TRUE);
}

/* How often the essay uses the content word @t (its folded form), as
 * counted for the ranking; 0 for a word that is not counted. */
guint
_ds_tok_freq (const Tok *t)
{
  const Word *w = t->word;

  if (t->type != TOK_WORD || w == NULL || w->len != t->len || w->count == NULL)
    return 0;
  return *w->count;
}
