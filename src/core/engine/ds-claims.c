/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, the frame: the essay is walked block by block, each
 * paragraph cut into sentences and each sentence into tokens, once. The
 * rules (ds-claims-lists.c, ds-claims-facts.c) then look at a sentence's
 * tokens only, so the whole pass is linear in the size of the essay. Spans
 * are counted in characters from the sentence start, never from the top.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* Sentences longer than this are no prose a rule could read (a table, a
 * line without punctuation); they are skipped, which also bounds the work. */
#define MAX_SENTENCE_BYTES 4000
#define MAX_TOKENS 800

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
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
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

/* Characters between the sentence start and @q: sentences are short, so
 * counting from there keeps every conversion cheap. */
guint
sent_char_at (const Sent *s,
              const char *q)
{
  guint n = 0;

  for (const char *c = s->p; c < q; c++)
    if (((guchar) *c & 0xC0) != 0x80)
      n++;

  return s->start + n;
}

DsClaim *
claim_new (Ctx         *ctx,
           DsClaimKind  kind,
           const Sent  *s)
{
  DsClaim *claim = g_new0 (DsClaim, 1);

  g_atomic_ref_count_init (&claim->ref_count);
  claim->kind = kind;
  claim->essay_id = g_strdup (ctx->essay_id);
  claim->english = ctx->english;
  claim->topic = g_strdup (ctx->topic);
  if (s != NULL)
    {
      claim->start = s->start;
      claim->end = s->end_char;
      claim->sentence = g_strndup (s->p, s->end - s->p);
    }

  return claim;
}

void
claim_add_item (DsClaim    *claim,
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

  item.text = g_strndup (a, b - a);
  item.start = sent_char_at (s, a);
  item.end = item.start + (guint) g_utf8_strlen (a, b - a);
  g_array_append_val (claim->items, item);
}

/* A key that two claims share when they say the same: kind, subject, body
 * and items, lower-cased with punctuation and spacing folded. */
static void
append_folded (GString    *key,
               const char *str)
{
  gboolean space = FALSE;

  if (str == NULL)
    return;

  for (const guchar *c = (const guchar *) str; *c; c++)
    {
      if (g_ascii_isalnum (*c) || *c >= 0x80)
        {
          if (space && key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append_c (key, (*c >= 'A' && *c <= 'Z') ? *c + ('a' - 'A') : *c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  g_string_append_c (key, '|');
}

/* Adds @claim unless an equal one is there already; takes it either way.
 * The key is kept as a 64-bit hash: two different claims sharing one is
 * as likely as a lottery win, and would cost one card, not a wrong one. */
gboolean
claim_commit (Ctx     *ctx,
              DsClaim *claim)
{
  GString *key = ctx->scratch;
  guint64 h = 0xCBF29CE484222325ull;

  g_string_truncate (key, 0);
  g_string_append_c (key, '0' + claim->kind);
  append_folded (key, claim->subject);
  append_folded (key, claim->body);
  append_folded (key, claim->lead);
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    append_folded (key, ds_claim_get_item (claim, i));

  for (gsize i = 0; i < key->len; i++)
    h = (h ^ (guchar) key->str[i]) * 0x100000001B3ull;
  h |= 1;

  if (g_hash_table_contains (ctx->seen, GSIZE_TO_POINTER ((gsize) h)))
    {
      ds_claim_unref (claim);
      return FALSE;
    }

  g_hash_table_add (ctx->seen, GSIZE_TO_POINTER ((gsize) h));
  g_ptr_array_add (ctx->claims, claim);
  return TRUE;
}

gboolean
tok_is_punct (const Tok *t,
              gunichar   ch)
{
  return t->type == TOK_PUNCT && t->ch == ch;
}

/* A word that can stand in a noun phrase. */
gboolean
tok_nounish (const Tok *t)
{
  return t->type == TOK_WORD && !t->verb &&
         (t->flags & (W_PREP | W_CONJ | W_CONNECTIVE | W_AUX | W_ADV |
                      W_CUE_NAMING | W_CUE_DEF | W_CUE_EXAMPLE | W_RELATIVE |
                      W_THAT | W_PRONOUN | W_COUNT | W_DET)) == 0;
}

/* The source text of tokens [i, j). */
char *
toks_dup (const Sent *s,
          guint       i,
          guint       j)
{
  if (i >= j)
    return g_strdup ("");
  return g_strndup (s->toks[i].p, s->toks[j - 1].p + s->toks[j - 1].len - s->toks[i].p);
}

/* Marks tokens [i, j) as taken by a claim, so that no other rule reads
 * them again. */
void
toks_mark_used (Sent  *s,
                guint  i,
                guint  j)
{
  for (guint k = i; k < j && k < s->n; k++)
    s->toks[k].used = TRUE;
}

/* Like toks_dup(), lower-casing the first letter when it is capitalised only
 * because it starts the sentence ("Diplomasi digital" → "diplomasi digital"),
 * not when it is a name ("Cyber Diplomacy", "Israel"). */
char *
phrase_dup (const Sent *s,
            guint       i,
            guint       j,
            gboolean    lower_first)
{
  char *text = toks_dup (s, i, j);
  const Tok *t = &s->toks[i];
  gboolean name;

  if (!lower_first || i >= j || !t->cap || t->type != TOK_WORD)
    return text;

  name = (t->flags & W_COUNTRY) != 0 || t->len < 2 || g_ascii_isupper (t->p[1]) ||
         (i + 1 < j && s->toks[i + 1].cap);
  if (!name && (guchar) text[0] < 0x80)
    text[0] = g_ascii_tolower (text[0]);

  return text;
}

static gboolean
is_quote (gunichar ch)
{
  return ch == '"' || ch == 0x201C || ch == 0x201D || ch == 0x2018 ||
         ch == 0x2019 || ch == 0xAB || ch == 0xBB;
}

/* "yang khusus mengurusi": a verb in a relative clause belongs to the
 * phrase; returns the index of that "yang", or -1. */
static int
relative_before (const Sent *s,
                 guint       lo,
                 guint       verb)
{
  for (guint k = 1; k <= 3 && verb >= lo + k; k++)
    {
      const Tok *t = &s->toks[verb - k];

      if (t->type == TOK_PUNCT)
        return -1;
      if (t->flags & W_RELATIVE)
        return (int) (verb - k);
    }
  return -1;
}

/* "dengan kata lain", "di sisi lain": connectives ending in a noun. */
static gboolean
connective_lain (const Sent *s,
                 guint       i,
                 guint       lo)
{
  return ds_lexicon_is (&s->toks[i], "lain") && i > lo &&
         (ds_lexicon_is (&s->toks[i - 1], "kata") ||
          ds_lexicon_is (&s->toks[i - 1], "sisi"));
}

/*
 * Walks back from @hi over the noun phrase that ends there: nouns, a
 * preposition between nouns ("tujuan dari serangan siber"), a relative
 * clause ("lembaga … yang khusus mengurusi …"); it stops at a verb, a cue,
 * a connective, a count word or punctuation. A trailing "ini"/"tersebut" is
 * left out; *@end receives where the phrase really ends.
 */
guint
np_start (const Sent *s,
          guint       lo,
          guint       hi,
          guint      *end)
{
  guint i = hi;
  guint taken = 0;

  while (i > lo && (s->toks[i - 1].flags & W_ANAPHOR) && !s->toks[i - 1].verb)
    i--;
  *end = i;

  while (i > lo)
    {
      const Tok *t = &s->toks[i - 1];

      if (t->type == TOK_PUNCT)
        {
          if (is_quote (t->ch) && taken > 0)
            {
              i--;
              continue;
            }
          /* A name's acronym: "Badan Siber dan Sandi Negara (BSSN)". */
          if (t->ch == ')' && taken == 0 && i >= lo + 4 && tok_is_punct (&s->toks[i - 3], '(') &&
              s->toks[i - 2].type == TOK_WORD && s->toks[i - 2].cap && s->toks[i - 4].cap)
            {
              i -= 3;
              taken++;
              continue;
            }
          break;
        }
      if (t->type == TOK_NUMBER || connective_lain (s, i - 1, lo))
        break;
      /* "dan" inside a name: "Badan Siber dan Sandi Negara". */
      if ((t->flags & W_CONJ) && taken > 0 && i - 1 > lo && s->toks[i].cap &&
          s->toks[i - 2].cap && s->toks[i - 2].type == TOK_WORD)
        {
          i--;
          taken++;
          continue;
        }
      if (t->flags & W_RELATIVE)
        {
          i--;
          taken++;
          continue;
        }
      if ((t->flags & (W_PREP | W_DET)) && !t->verb)
        {
          /* Inside the phrase only between nouns: "bagi setiap Negara". */
          guint before = i - 1;

          while (before > lo && s->toks[before - 1].type == TOK_WORD &&
                 (s->toks[before - 1].flags & (W_PREP | W_DET)) &&
                 !s->toks[before - 1].verb)
            before--;
          if (taken == 0 || before == lo || !tok_nounish (&s->toks[before - 1]))
            break;
          i = before;
          taken++;
          continue;
        }
      if (t->verb || (t->flags & W_AUX))
        {
          int rel = relative_before (s, lo, i - 1);

          if (rel < 0)
            break;
          i = (guint) rel;
          taken++;
          continue;
        }
      if (!tok_nounish (t) || (t->flags & W_ANAPHOR))
        break;
      i--;
      taken++;
    }

  return i;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

static gunichar
punct_at (const char *p,
          const char *end,
          guint      *len)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  /* General punctuation: curly quotes, dashes, ellipsis, bullet. */
  if (c == 0xE2 && end - p >= 3 && (guchar) p[1] == 0x80)
    {
      guchar d = (guchar) p[2];

      if (d == 0x93 || d == 0x94 || d == 0x98 || d == 0x99 || d == 0x9C ||
          d == 0x9D || d == 0xA2 || d == 0xA6)
        {
          *len = 3;
          return g_utf8_get_char (p);
        }
    }
  if (c == 0xC2 && end - p >= 2 && ((guchar) p[1] == 0xAB || (guchar) p[1] == 0xBB ||
                                    (guchar) p[1] == 0xA0))
    {
      *len = 2;
      return g_utf8_get_char (p);
    }
  *len = 0;
  return 0;
}

static inline gboolean
word_byte (const char *p,
           const char *end)
{
  guchar c = (guchar) *p;
  guint len;

  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '@' || c == '#';
  return punct_at (p, end, &len) == 0;
}

/* Sums up the sentence while it is cut, for the rules' quick checks. */
static void
note_token (Sent      *s,
            const Tok *tok,
            const Tok *prev)
{
  if (tok->type == TOK_WORD)
    {
      s->flags |= tok->flags;
      s->cur_run = tok->cap ? s->cur_run + 1 : 0;
      s->cap_run = MAX (s->cap_run, s->cur_run);
      if (tok->p[0] == '@')
        s->has_at = TRUE;
      return;
    }
  s->cur_run = 0;
  if (tok->type == TOK_NUMBER)
    {
      s->has_digit = TRUE;
      return;
    }
  switch (tok->ch)
    {
    case ',': s->n_commas++; break;
    case ':': s->has_colon = TRUE; break;
    case '(': case '[': s->has_bracket = TRUE; break;
    case '"': case 0x201C: s->has_quote = TRUE; break;
    case '.': case ')':
      if (prev != NULL && prev->len <= 2 && prev->type != TOK_PUNCT)
        s->has_marker = TRUE;
      break;
    default: break;
    }
}

static void
tokenize (Ctx  *ctx,
          Sent *s)
{
  const char *p = s->p;
  Tok *toks;
  guint n = 0;

  /* The buffer holds MAX_TOKENS from the first sentence on; tokens are
   * written into it directly, not appended one call at a time. */
  g_array_set_size (ctx->toks, MAX_TOKENS);
  toks = (Tok *) (gpointer) ctx->toks->data;
  s->flags = 0;
  s->n_commas = 0;
  s->cap_run = s->cur_run = 0;
  s->has_digit = s->has_at = s->has_bracket = s->has_marker = FALSE;
  s->has_colon = s->has_quote = FALSE;

  while (p < s->end && n < MAX_TOKENS)
    {
      Tok tok = { 0 };
      guchar c = (guchar) *p;

      if (c == ' ' || c == '\t')
        {
          p++;
          continue;
        }

      tok.p = p;
      if (word_byte (p, s->end))
        {
          const char *q = p;

          while (q < s->end)
            {
              if (word_byte (q, s->end))
                q += ((guchar) *q < 0x80) ? 1 : g_utf8_skip[(guchar) *q];
              else if ((*q == '-' || *q == '\'' || *q == '.') && q + 1 < s->end &&
                       g_ascii_isalnum (q[1]) && (*q != '.' || g_ascii_isdigit (q[1])))
                q++;
              else
                break;
            }
          if (q > s->end)
            q = s->end;
          tok.len = q - p;
          tok.type = g_ascii_isdigit (c) ? TOK_NUMBER : TOK_WORD;
          tok.cap = g_ascii_isupper (c);
          ds_lexicon_classify (&tok, ctx->english);
          /* A capital inside a sentence marks a name or a borrowed word
           * ("Cyber Diplomacy"), not a verb. */
          if (tok.cap && n > 0 && !(tok.flags & (W_VERB | W_REPORT)))
            tok.verb = FALSE;
          p = q;
        }
      else
        {
          guint len;

          tok.type = TOK_PUNCT;
          tok.ch = punct_at (p, s->end, &len);
          if (len == 0)
            {
              len = g_utf8_skip[c];
              tok.ch = g_utf8_get_char_validated (p, s->end - p);
            }
          if (tok.ch == 0xA0)
            {
              p += len;
              continue;
            }
          tok.len = MIN (len, (guint) (s->end - p));
          p += tok.len;
        }
      note_token (s, &tok, n > 0 ? &toks[n - 1] : NULL);
      toks[n++] = tok;
    }

  s->toks = toks;
  s->n = n;
}

/* ------------------------------------------------------------------ */
/* Sentences                                                           */

/* The word before a period at @dot, for the abbreviation checks. */
static gboolean
period_ends_sentence (Ctx        *ctx,
                      const char *start,
                      const char *dot)
{
  const char *w = dot;
  Tok tok = { 0 };

  while (w > start && (g_ascii_isalnum (w[-1]) || w[-1] == '.'))
    w--;
  if (w == dot)
    return TRUE;        /* "dll]." or "”." */

  tok.p = w;
  tok.len = dot - w;
  tok.type = TOK_WORD;
  /* Lettered markers ("a.", "ab.") and initials ("Z.") end nothing. */
  if (tok.len <= 2 && g_ascii_islower (w[0]) && g_ascii_isalpha (w[tok.len - 1]))
    return FALSE;
  if (tok.len == 1 && g_ascii_isupper (w[0]))
    return FALSE;
  /* A list number at the start: "1. …". */
  if (g_ascii_isdigit (w[0]) && w == start && tok.len <= 3)
    return FALSE;

  ds_lexicon_classify (&tok, ctx->english);
  if (tok.flags & W_ABBREV)
    return FALSE;
  /* "e.g." */
  return memchr (w, '.', tok.len) == NULL || !g_ascii_isalpha (w[0]);
}

static gboolean
closing (guchar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Whether one of the eight bytes at @q is '.', '!' or '?' (SWAR: a byte
 * of x is zero exactly when the byte of @q equals the one searched). */
static inline gboolean
has_terminator (const char *q)
{
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  guint64 w, a, b, c;

  memcpy (&w, q, 8);
  a = w ^ (ones * '.');
  b = w ^ (ones * '!');
  c = w ^ (ones * '?');
  return ((((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c)) & highs) != 0;
}

/* The end of the sentence that starts at @p, in [p, end]. */
static const char *
sentence_end (Ctx        *ctx,
              const char *p,
              const char *end)
{
  for (const char *q = p; q < end; q++)
    {
      const char *after;

      /* Most stretches of eight bytes hold no terminator at all. */
      while (end - q >= 8 && !has_terminator (q))
        q += 8;
      if (q >= end)
        break;
      if (*q != '.' && *q != '!' && *q != '?')
        continue;

      after = q + 1;
      while (after < end && (*after == '.' || *after == '!' || *after == '?'))
        after++;
      /* Closing quotes and brackets belong to the sentence they close. */
      while (after < end)
        {
          if (closing ((guchar) *after))
            after++;
          else if (end - after >= 3 && (guchar) after[0] == 0xE2 &&
                   (guchar) after[1] == 0x80 &&
                   ((guchar) after[2] == 0x9D || (guchar) after[2] == 0x99))
            after += 3;
          else
            break;
        }
      if (after < end && *after != ' ' && *after != '\t')
        continue;
      if (*q == '.' && !period_ends_sentence (ctx, p, q))
        continue;
      return after;
    }
  return end;
}

/* A sentence said twice in one essay gives the same claims twice, which
 * would only be dropped later: it is analysed once. */
static gboolean
seen_before (Ctx        *ctx,
             const Sent *s)
{
  guint64 h = s->hash ^ (ctx->head_cue ? 0x9E3779B97F4A7C15ull : 0);

  h |= 1;
  if (g_hash_table_contains (ctx->sentences, GSIZE_TO_POINTER ((gsize) h)))
    return TRUE;
  g_hash_table_add (ctx->sentences, GSIZE_TO_POINTER ((gsize) h));
  return FALSE;
}

/*
 * One pass over the sentence, eight bytes at a time: its end in characters
 * (bytes that are not UTF-8 continuation bytes) and a 64-bit hash of its
 * bytes for seen_before().
 */
static void
measure_sentence (Sent *s)
{
  const guint64 ones = 0x0101010101010101ull;
  const char *c = s->p;
  guint64 h = 0xCBF29CE484222325ull;
  guint chars = 0;

  for (; s->end - c >= 8; c += 8)
    {
      guint64 w;

      memcpy (&w, c, 8);
      /* One bit per continuation byte (10xxxxxx), summed by a multiply. */
      chars += 8 - (guint) (((((w >> 7) & ~(w >> 6)) & ones) * ones) >> 56);
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
  for (; c < s->end; c++)
    {
      if (((guchar) *c & 0xC0) != 0x80)
        chars++;
      h = (h ^ (guchar) *c) * 0x100000001B3ull;
    }
  s->end_char = s->start + chars;
  s->hash = h;
}

static void
analyse_sentence (Ctx  *ctx,
                  Sent *s)
{
  if (s->end - s->p > MAX_SENTENCE_BYTES || seen_before (ctx, s))
    return;

  tokenize (ctx, s);
  if (s->n < 3)
    return;

  ctx->sentence_first_claim = ctx->claims->len;
  if (s->has_marker)
    find_marker_list (ctx, s);
  if ((s->flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_PAIR)) || s->has_colon)
    find_cue_lists (ctx, s);
  if (s->n_commas > 1 || (ctx->head_cue && s->n_commas > 0))
    find_action_list (ctx, s);
  if (s->flags & W_CUE_DEF)
    find_definitions (ctx, s);
  find_facts (ctx, s);
}

static void
remember_sentence (Ctx        *ctx,
                   const Sent *s)
{
  ctx->prev2_p = ctx->prev_p;
  ctx->prev2_end = ctx->prev_end;
  ctx->prev_p = s->p;
  ctx->prev_end = s->end;
  ctx->prev_start = s->start;
  ctx->prev_end_char = s->end_char;
}

static void
walk_paragraph (Ctx           *ctx,
                const char    *text,
                const DsBlock *block)
{
  /* The prose: a news dateline ("JAKARTA, KOMPAS.com – ") is no claim. */
  const char *p = text + block->prose_byte_start;
  const char *end = text + block->byte_end;
  guint pos = block->prose_start;

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

      stop = sentence_end (ctx, start, end);
      s.p = start;
      s.end = stop;
      while (s.end > s.p && (s.end[-1] == ' ' || s.end[-1] == '\t'))
        s.end--;
      s.start = pos;
      measure_sentence (&s);

      analyse_sentence (ctx, &s);
      remember_sentence (ctx, &s);

      pos = s.end_char + (guint) (stop - s.end);
      p = stop;
    }
}

/* ------------------------------------------------------------------ */
/* Bullet and numbered blocks                                          */

/* Items in their own blocks ("• Menguatkan hubungan …") after a paragraph
 * whose last sentence introduces them ("Hal ini bisa diperoleh melalui :"). */
static guint
walk_list_blocks (Ctx     *ctx,
                  DsEssay *essay,
                  guint    first)
{
  const char *text = ds_essay_get_text (essay);
  guint n_blocks = ds_essay_get_n_blocks (essay);
  guint last = first;
  DsClaim *claim;
  Sent intro = { 0 };
  const DsBlock *b;

  while (last < n_blocks && ds_essay_get_block (essay, last)->kind == DS_BLOCK_LIST_ITEM)
    last++;

  if (last - first < 2 || ctx->prev_p == NULL)
    return last;

  intro.p = ctx->prev_p;
  intro.end = ctx->prev_end;
  intro.start = ctx->prev_start;
  intro.end_char = ctx->prev_end_char;
  tokenize (ctx, &intro);

  claim = claim_new (ctx, DS_CLAIM_ENUMERATION, &intro);
  for (guint i = first; i < last; i++)
    {
      Sent line = { 0 };

      b = ds_essay_get_block (essay, i);
      line.p = text + b->content_byte_start;
      line.end = text + b->byte_end;
      line.start = b->content_start;
      while (line.end > line.p && (line.end[-1] == ' ' || line.end[-1] == '.' ||
                                   line.end[-1] == ';' || line.end[-1] == ','))
        line.end--;
      if (line.end > line.p)
        claim_add_item (claim, &line, line.p, line.end);
    }

  b = ds_essay_get_block (essay, last - 1);
  claim->end = b->end;
  g_free (claim->sentence);
  claim->sentence = g_strndup (intro.p, text + b->byte_end - intro.p);

  list_describe_intro (ctx, &intro, claim);
  if (claim->lead == NULL && claim->subject == NULL)
    {
      ds_claim_unref (claim);
      return last;
    }
  claim_commit (ctx, claim);

  return last;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

static void
enter_heading (Ctx           *ctx,
               const char    *text,
               const DsBlock *block)
{
  Sent s = { 0 };

  s.p = text + block->content_byte_start;
  s.end = text + block->byte_end;
  tokenize (ctx, &s);

  ctx->head_cue = FALSE;
  for (guint i = 0; i < s.n; i++)
    if (s.toks[i].flags & W_HEAD_CUE)
      ctx->head_cue = TRUE;

  g_free (ctx->topic);
  ctx->topic = g_strndup (s.p, s.end - s.p);
  ctx->prev_p = NULL;
  ctx->prev2_p = NULL;
}

/* The title heads the part before the first heading. */
static gboolean
title_names_role (Ctx *ctx)
{
  Sent s = { 0 };

  s.p = ctx->title;
  s.end = ctx->title + strlen (ctx->title);
  tokenize (ctx, &s);
  for (guint i = 0; i < s.n; i++)
    if (s.toks[i].flags & W_HEAD_CUE)
      return TRUE;
  return FALSE;
}

GPtrArray *
ds_claims_extract (DsEssay *essay)
{
  Ctx ctx = { 0 };
  const char *text;
  guint n_blocks;
  gboolean in_references = FALSE;

  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  text = ds_essay_get_text (essay);
  n_blocks = ds_essay_get_n_blocks (essay);

  ctx.essay = essay;
  ctx.claims = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_claim_unref);
  ctx.seen = g_hash_table_new (g_direct_hash, NULL);
  ctx.toks = g_array_sized_new (FALSE, FALSE, sizeof (Tok), 256);
  ctx.scratch = g_string_new (NULL);
  ctx.sentences = g_hash_table_new (g_direct_hash, NULL);
  ctx.essay_id = ds_essay_get_id (essay);
  ctx.english = g_strcmp0 (ds_essay_get_language (essay), "en") == 0;
  ctx.title = g_strdup (ds_essay_get_title (essay) ? ds_essay_get_title (essay)
                                                   : ds_essay_get_id (essay));
  ctx.topic = g_strdup (ctx.title);
  ctx.head_cue = title_names_role (&ctx);

  for (guint i = 0; i < n_blocks;)
    {
      const DsBlock *block = ds_essay_get_block (essay, i);

      switch (block->kind)
        {
        case DS_BLOCK_HEADING:
          enter_heading (&ctx, text, block);
          in_references = FALSE;
          break;
        case DS_BLOCK_REFERENCES_HEADING:
          in_references = TRUE;
          break;
        case DS_BLOCK_PARAGRAPH:
          if (!in_references)
            walk_paragraph (&ctx, text, block);
          break;
        case DS_BLOCK_LIST_ITEM:
          if (!in_references)
            {
              i = walk_list_blocks (&ctx, essay, i);
              continue;
            }
          break;
        case DS_BLOCK_METADATA:   /* bylines, dates, captions */
        case DS_BLOCK_REFERENCE:
        default:
          break;
        }
      i++;
    }

  g_free (ctx.title);
  g_free (ctx.topic);
  g_hash_table_unref (ctx.seen);
  g_array_unref (ctx.toks);
  g_string_free (ctx.scratch, TRUE);
  g_hash_table_unref (ctx.sentences);

  return ctx.claims;
}
