/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, a typology told in sentences: "Para ahli membagi
 * sengketa perbatasan laut ke dalam tiga jenis. Sengketa delimitasi
 * menyangkut … Sengketa kedaulatan menyangkut … Sengketa pemanfaatan
 * menyangkut …" is the list "Sebutkan tiga jenis sengketa perbatasan
 * laut", and each sentence says what its type is. "Scholars divide
 * maritime disputes into three types. Delimitation disputes concern …"
 * likewise. The verbs are the language's phrase list `divide_verb`, the
 * words that join the count ("ke dalam", "into") `divide_into`, the
 * class nouns ("jenis", "types") `divide_class`.
 *
 * Only sentences that open with the divided noun's head ("Sengketa …",
 * "… disputes") are its types, and only as many as the count says: a
 * typology in prose is taken when it is this plain, else left alone.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* Types read this many sentences ahead at most. */
#define TYPES_MAX 6

typedef struct {
  guint object_a;   /* what is divided */
  guint object_b;
  guint count;      /* "tiga" → 3 */
  guint count_at;   /* the count word's token */
  guint class_at;   /* "jenis", "types" */
} Division;

/* "… ke dalam tiga jenis.", "… into three types.": the count and class
 * noun that end the sentence from @k on; FALSE when something else does. */
static gboolean
division_tail (Ctx        *ctx,
               const Sent *s,
               guint       k,
               guint       e,
               Division   *d)
{
  guint n = _ds_phrase_at (ctx, s, k, PL_DIVIDE_INTO);

  if (n == 0 || k + n + 2 != e || !(s->toks[k + n].flags & W_COUNT) || s->toks[k + n].value < 2 ||
      _ds_phrase_at (ctx, s, k + n + 1, PL_DIVIDE_CLASS) != 1)
    return FALSE;
  d->count = s->toks[k + n].value;
  d->count_at = k + n;
  d->class_at = k + n + 1;
  return TRUE;
}

/* "Para ahli membagi X ke dalam tiga jenis", "X can be divided into
 * three types": where X is and how many types it has. */
static gboolean
find_division (Ctx        *ctx,
               const Sent *s,
               Division   *d)
{
  guint e = _ds_body_end (s);

  for (guint v = 0; v + 4 < e; v++)
    {
      if (_ds_phrase_at (ctx, s, v, PL_DIVIDE_VERB) != 1)
        continue;
      /* The active: the object follows the verb. */
      for (guint k = v + 2; k < e && k < v + 8; k++)
        if (division_tail (ctx, s, k, e, d))
          {
            d->object_a = v + 1;
            d->object_b = k;
            return _ds_term_usable (s, d->object_a, d->object_b);
          }
      /* The passive: "X dibagi menjadi …", "X are divided into …". */
      if (division_tail (ctx, s, v + 1, e, d))
        {
          guint end;

          d->object_a = _ds_np_start (s, 0, v, &end);
          d->object_b = end;
          return _ds_term_usable (s, d->object_a, d->object_b);
        }
      return FALSE;
    }
  return FALSE;
}

/* The divided noun's head: the first word in Indonesian ("sengketa"),
 * the last in English ("disputes"). */
static const Tok *
object_head (Ctx            *ctx,
             const Sent     *s,
             const Division *d)
{
  return &s->toks[ctx->english ? d->object_b - 1 : d->object_a];
}

/* The same noun, an English plural's "s" aside. */
static gboolean
same_noun (const Tok *a,
           const Tok *b)
{
  gsize la = a->len, lb = b->len;

  if (la > 3 && (a->p[la - 1] | 0x20) == 's')
    la--;
  if (lb > 3 && (b->p[lb - 1] | 0x20) == 's')
    lb--;
  return la == lb && ds_ascii_strncasecmp (a->p, b->p, la) == 0;
}

/* A type's sentence: it opens with a noun phrase headed like the divided
 * noun and a verb after it ("Sengketa kedaulatan menyangkut …",
 * "Sovereignty disputes concern …"); the verb's token, or 0. English
 * puts the head last, and its verb is whatever word follows it. */
static guint
type_subject_end (Ctx        *ctx,
                  const Sent *t,
                  const Tok  *head)
{
  guint e = _ds_body_end (t), v = 1;

  if (ctx->english)
    {
      while (v < e && v < 5 && !same_noun (&t->toks[v], head) && t->toks[v].type == TOK_WORD)
        v++;
      v++;
    }
  else
    while (v < e && v < 6 && !t->toks[v].verb && !(t->toks[v].flags & (W_AUX | W_CUE_DEF)) &&
           t->toks[v].type == TOK_WORD)
      v++;
  if (v < 2 || v >= 6 || v + 2 >= e || t->toks[v].type != TOK_WORD ||
      (t->toks[v].flags & (W_PREP | W_CONJ | W_DET | W_RELATIVE)))
    return 0;
  if (!same_noun (&t->toks[ctx->english ? v - 1 : 0], head))
    return 0;
  return _ds_term_usable (t, 0, v) ? v : 0;
}

/* Each type is said, too: "Apa yang dimaksud dengan sengketa
 * kedaulatan?" → "menyangkut kepemilikan pulau". */
static void
commit_type (Ctx        *ctx,
             const Sent *t,
             guint       verb)
{
  guint e = _ds_body_end (t);
  DsClaim *def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, t);

  def->subject = _ds_phrase_dup (t, 0, verb, TRUE);
  def->body = _ds_toks_dup (t, verb, e);
  /* The body is the type's predicate ("menyangkut …"): no "adalah". */
  def->cue = g_strdup ("");
  def->key_start = _ds_sent_char_at (t, t->toks[0].p);
  def->key_end = _ds_sent_char_at (t, t->toks[verb - 1].p + t->toks[verb - 1].len);
  _ds_claim_commit (ctx, def);
}

/* Walks the types after @s: adds each to @claim, or with @claim NULL
 * commits what each one's sentence says it is; how many there were. */
static guint
walk_types (Ctx            *ctx,
            const Sent     *s,
            const Division *d,
            DsClaim        *claim)
{
  const Tok *head = object_head (ctx, s, d);
  const char *prev_end = s->end;
  guint prev_end_char = s->end_char, n = 0, verb;
  Sent t;

  while (n < d->count && _ds_next_sentence (ctx, prev_end, prev_end_char, s->block, &t) &&
         (verb = type_subject_end (ctx, &t, head)) > 0)
    {
      if (claim == NULL)
        commit_type (ctx, &t, verb);
      else
        {
          _ds_claim_add_item (claim, &t, t.toks[0].p, t.toks[verb - 1].p + t.toks[verb - 1].len);
          _ds_claim_extend (ctx, claim, t.end_char, t.end);
        }
      prev_end = t.end;
      prev_end_char = t.end_char;
      n++;
    }
  return n;
}

/* "Pakar membagi sanksi ke dalam empat jenis, yaitu …", "Sanksi dibagi
 * menjadi empat jenis: …", "Power can be divided into five dimensions,
 * namely …": the noun counted at @count_at (the count word) is what X is
 * divided into, and the list is of X's: "jenis sanksi", "dimensions of
 * power". NULL when no divide verb and "ke dalam"/"into" stand before
 * the count. */
char *
_ds_division_subject (Ctx        *ctx,
                      const Sent *s,
                      guint       count_at)
{
  g_autofree char *object = NULL;
  g_autofree char *class = NULL;

  if (count_at + 1 >= s->n || count_at < 2)
    return NULL;
  for (guint k = count_at > 3 ? count_at - 3 : 0; k < count_at; k++)
    {
      guint n = _ds_phrase_at (ctx, s, k, PL_DIVIDE_INTO), a = 0, b = 0;

      if (n == 0 || k + n != count_at || k == 0)
        continue;
      if (_ds_phrase_at (ctx, s, k - 1, PL_DIVIDE_VERB) == 1)
        {
          /* The passive: "X dibagi menjadi …", "X can be divided into …". */
          guint w = k - 1;

          while (w > 0 && (s->toks[w - 1].flags & W_AUX))
            w--;
          /* "Soft power, in turn, can be divided …": an aside between
           * commas stands between X and its verb. */
          if (w > 2 && _ds_tok_is_punct (&s->toks[w - 1], ','))
            for (guint c = w - 2; c > 0 && c + 6 > w; c--)
              if (_ds_tok_is_punct (&s->toks[c], ','))
                {
                  w = c;
                  break;
                }
          a = _ds_np_start (s, 0, w, &b);
        }
      else
        /* The active: "membagi X ke dalam …", "divide X into …". */
        for (guint v = k > 8 ? k - 8 : 0; v + 1 < k; v++)
          if (_ds_phrase_at (ctx, s, v, PL_DIVIDE_VERB) == 1)
            {
              a = v + 1;
              b = k;
              /* ("describe an intrusion in five stages": the article
               * goes.) */
              while (a + 1 < b && _ds_tok_is_article (&s->toks[a]))
                a++;
            }
      if (a >= b || !_ds_term_usable (s, a, b))
        return NULL;
      object = _ds_phrase_dup (s, a, b, TRUE);
      /* "into four broad groups", "ke dalam tiga kelompok besar": the
       * class keeps the word that sizes it (the phrase list
       * lists_head_size), before its noun or after it. */
      class = _ds_toks_dup (s, count_at + 1,
                            count_at + 2 + (count_at + 2 < s->n &&
                                            ((_ds_phrase_at (ctx, s, count_at + 1, PL_LISTS_HEAD_SIZE) == 1 &&
                                              _ds_tok_nounish (&s->toks[count_at + 2])) ||
                                             _ds_phrase_at (ctx, s, count_at + 2, PL_LISTS_HEAD_SIZE) == 1)));
      return ds_lang_expand (ctx->lang, "typology_subject", "class", class, "object", object, NULL);
    }
  return NULL;
}

void
_ds_find_typology (Ctx  *ctx,
                   Sent *s)
{
  Division d;
  g_autofree char *object = NULL;
  g_autofree char *class = NULL;
  DsClaim *claim;

  if (!find_division (ctx, s, &d) || d.count > TYPES_MAX)
    return;
  object = _ds_phrase_dup (s, d.object_a, d.object_b, TRUE);
  class = _ds_toks_dup (s, d.class_at, d.class_at + 1);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_ORDINALS, s);
  claim->subject = ds_lang_expand (ctx->lang, "typology_subject", "class", class, "object", object, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  claim->stated_count = d.count;
  claim->count_word = _ds_toks_dup (s, d.count_at, d.count_at + 1);
  if (walk_types (ctx, s, &d, claim) != d.count)
    {
      ds_claim_unref (claim);
      return;
    }
  _ds_toks_mark_used (s, 0, s->n);
  ctx->typology_end = claim->end;
  _ds_claim_commit (ctx, claim);
  walk_types (ctx, s, &d, NULL);
}
