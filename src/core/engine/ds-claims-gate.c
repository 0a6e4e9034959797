/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The gate and the ranking. Every candidate claim passes the gate's checks
 * when a rule commits it; each check is a named function so that a test can
 * show what it keeps out. A claim that fails one is not made; an item that
 * fails one is dropped from its list (and a list left with fewer than two
 * items is not made).
 *
 * When the essay is read, the ranking scores each claim — the rule that
 * found it, whether the source counts its items, how central its terms are
 * in the essay, whether it is the paragraph's first sentence — and keeps
 * the best ones up to a budget that grows with the essay's length, so that
 * a long essay does not bury the learner in cards.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-gate.h"
#include "ds-words.h"

/* Claims kept per thousand words, and at least. */
#define BUDGET_PER_1000_WORDS 18.0
#define BUDGET_MIN 10
#define MAX_BLANKS_PER_PARAGRAPH 2

/* ------------------------------------------------------------------ */
/* Checks on text                                                      */

/* The words of @text as tokens (the gate's own buffer). */
static void
words_of (Ctx        *ctx,
          const char *text,
          Sent       *s)
{
  _ds_text_tokenize (ctx, text != NULL ? text : "", s);
}

static guint
first_word (const Sent *s)
{
  guint i = 0;

  while (i < s->n && s->toks[i].type == TOK_PUNCT &&
         !_ds_tok_is_punct (&s->toks[i], 0x201C) && !_ds_tok_is_punct (&s->toks[i], '"'))
    i++;
  return i;
}

static gboolean
has_content_word (const Sent *s)
{
  for (guint i = 0; i < s->n; i++)
    if ((s->toks[i].type == TOK_WORD && !(s->toks[i].flags & (W_FUNCTION | W_VAGUE))) ||
        s->toks[i].type == TOK_NUMBER || s->toks[i].type == TOK_SYMBOL)
      return TRUE;
  return FALSE;
}

/* "penting", "most important", "open and informal": words that say how
 * a thing is, with nothing they say it of. */
static gboolean
only_adjectives (Ctx        *ctx,
                 const Sent *s,
                 guint       from)
{
  guint adjectives = 0;

  for (guint k = from; k < s->n; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type == TOK_PUNCT || (t->type == TOK_WORD && (t->flags & (W_CONJ | W_DET))))
        continue;
      if (t->type != TOK_WORD || (t->flags & W_NOUN) ||
          !(_ds_phrase_at (ctx, s, k, PL_ADJECTIVE) > 0 || _ds_phrase_at (ctx, s, k, PL_DEGREE_WORD) > 0 ||
            (t->flags & W_SUPERLATIVE)))
        return FALSE;
      adjectives++;
    }
  return adjectives > 0;
}

/* "Minggu depan: …", "Next week: …", "Today: …", "Speaker notes: …",
 * "Dosen menekankan: …", "The lecturer stressed: …": a notes' line about
 * the class itself (the whole head a phrase of housekeeping_label), or
 * what its lecturer did (a word of housekeeping_person, then a verb), heads
 * no term and no list. */
gboolean
_ds_housekeeping_head (Ctx        *ctx,
                       const Sent *s,
                       guint       i,
                       guint       e)
{
  guint n = _ds_phrase_at (ctx, s, i, PL_HOUSEKEEPING_LABEL);

  while (e > i && s->toks[e - 1].type == TOK_PUNCT)
    e--;
  if (i >= e)
    return FALSE;
  if (n > 0 && i + n == e)
    return TRUE;
  if (_ds_tok_is (&s->toks[i], "the") && i + 1 < e)
    i++;
  if (_ds_phrase_at (ctx, s, i, PL_HOUSEKEEPING_PERSON) != 1)
    return FALSE;
  for (guint k = i + 1; k < e; k++)
    if (s->toks[k].verb && !s->toks[k].cap)
      return TRUE;
  return FALSE;
}

/* Check "head": what a question names (a list's subject, a defined term,
 * the term another name is asked for) starts with a word that can head a
 * noun phrase — no function word, pronoun or question word ("Apa saja
 * lain?", "Apa yang dimaksud dengan Ia?", "What is meant by what?") — and
 * holds a content word that is no adjective ("Apa yang dimaksud dengan
 * penting?", "What is meant by most important?"). */
gboolean
_ds_gate_head_ok (Ctx        *ctx,
                  const char *head)
{
  Sent s;
  guint i;

  words_of (ctx, head, &s);
  i = first_word (&s);
  if (i >= s.n || !has_content_word (&s))
    return FALSE;
  if (s.toks[i].type == TOK_WORD &&
      (s.toks[i].flags & (W_FUNCTION | W_VAGUE | W_QUANT)) && !(s.toks[i].flags & W_NOUN) &&
      !_ds_tok_is (&s.toks[i], "the"))
    return FALSE;
  /* "lain", "lainnya" alone. */
  if (s.n == 1 && (_ds_tok_is (&s.toks[0], "lain") || _ds_tok_is (&s.toks[0], "lainnya")))
    return FALSE;
  if (_ds_housekeeping_head (ctx, &s, i, s.n))
    return FALSE;
  /* '“netral”': a word in quotes is named as a word, whatever its class. */
  if (_ds_tok_is_punct (&s.toks[i], 0x201C) && s.n == i + 3 && _ds_tok_is_punct (&s.toks[i + 2], 0x201D))
    return TRUE;
  /* '“trust but verify”', '“bebas dan aktif”': a saying in quotes, named
   * as a whole. */
  if ((_ds_tok_is_punct (&s.toks[i], 0x201C) || _ds_tok_is_punct (&s.toks[i], '"')) && s.n > i + 3 && s.n <= i + 10 &&
      (_ds_tok_is_punct (&s.toks[s.n - 1], 0x201D) || _ds_tok_is_punct (&s.toks[s.n - 1], '"')))
    {
      guint k = i + 1;

      while (k + 1 < s.n && !_ds_tok_is_punct (&s.toks[k], 0x201D) && !_ds_tok_is_punct (&s.toks[k], '"'))
        k++;
      if (k == s.n - 1)
        return TRUE;
    }
  return !only_adjectives (ctx, &s, i);
}

/* Check "answer-start" on words already cut: an answer does not start
 * with a conjunction, and starts with a preposition only when a verb
 * follows ("untuk mengoptimalkan …" reads as a purpose, "dan …" as a
 * fragment). */
static gboolean
answer_start_ok_in (const Sent *s,
                    guint       i)
{
  while (i < s->n && s->toks[i].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[i], 0x201C) &&
         !_ds_tok_is_punct (&s->toks[i], '"'))
    i++;
  if (i >= s->n || !has_content_word (s))
    return FALSE;
  if (s->toks[i].flags & (W_CONJ | W_CLAUSE | W_THAT))
    return FALSE;
  /* "to harmonise national laws": an English infinitive, whose verb
   * English does not mark. */
  if (_ds_tok_is (&s->toks[i], "to") && i + 1 < s->n && s->toks[i + 1].type == TOK_WORD &&
      !s->toks[i + 1].cap && !(s->toks[i + 1].flags & (W_FUNCTION | W_PRONOUN)))
    return TRUE;
  if ((s->toks[i].flags & W_PREP) && !(s->toks[i].flags & W_NOUN))
    return i + 1 < s->n && s->toks[i + 1].verb;
  return TRUE;
}

gboolean
_ds_gate_answer_start_ok (Ctx        *ctx,
                          const char *answer)
{
  Sent s;

  words_of (ctx, answer, &s);
  return answer_start_ok_in (&s, 0);
}

/* Check "debris": no web address, no "Baca juga"/"Read more", no markup
 * that is all there is. */
gboolean
_ds_gate_no_debris (const char *text)
{
  return text != NULL && strstr (text, "http://") == NULL && strstr (text, "https://") == NULL &&
         strstr (text, "www.") == NULL && ds_ascii_strncasecmp (text, "baca juga", 9) != 0 &&
         ds_ascii_strncasecmp (text, "read more", 9) != 0;
}

/* ------------------------------------------------------------------ */
/* Items                                                               */

static void
item_remove (DsClaim *claim,
             guint    index)
{
  g_array_remove_index (claim->items, index);
}

/* "untuk mengoptimalkan …" → "mengoptimalkan …", "a standard-setter" →
 * "standard-setter": a purpose's preposition before a verb, or an article,
 * says nothing the item needs. Returns the token the item now starts at. */
static guint
item_trim_start (Ctx         *ctx,
                 DsClaimItem *item,
                 const Sent  *s)
{
  gsize cut;
  gboolean purpose, article;

  if (s->n < 2)
    return 0;
  purpose = s->n >= 3 && (s->toks[0].flags & W_PREP) && s->toks[1].verb &&
            (_ds_tok_is (&s->toks[0], "untuk") || _ds_tok_is (&s->toks[0], "guna") ||
             _ds_tok_is (&s->toks[0], "to"));
  article = _ds_tok_is (&s->toks[0], "a") || _ds_tok_is (&s->toks[0], "an") ||
            _ds_tok_is (&s->toks[0], "the");
  /* "it amplifies the grievance …", "mereka membentuk …": steps of the
   * list's subject, said without it. */
  article |= s->n >= 2 && (s->toks[0].flags & W_PRONOUN) && s->toks[1].type == TOK_WORD && !s->toks[1].cap &&
             _ds_phrase_at (ctx, s, 0, PL_DANGLING_PRONOUN) > 0;
  if (!purpose && !article)
    return 0;
  cut = s->toks[1].p - item->text;
  item->start += (guint) g_utf8_strlen (item->text, cut);
  memmove (item->text, item->text + cut, strlen (item->text + cut) + 1);
  return 1;
}

/* An item is trimmed, then kept when it starts well and is no debris. The
 * item's words are cut once for both (@cut: the words of its text). */
static gboolean
item_ok_cut (Ctx         *ctx,
             DsClaimItem *item,
             gboolean     marked,
             const Sent  *cut)
{
  Sent s = *cut;

  /* "yang pertama …, sedangkan yang kedua …", "the former …, the latter
   * …": a comparison of two things named before, not a list. */
  if (_ds_phrase_at (ctx, &s, 0, PL_BACK_REFERENCE) > 0)
    return FALSE;
  /* "…, which gives them …": a clause about the item before, no item. */
  if (s.n > 0 && _ds_tok_is (&s.toks[0], "which"))
    return FALSE;
  if (item_trim_start (ctx, item, &s) == 1)
    words_of (ctx, item->text, &s);
  /* "(c) in pursuit of a legitimate aim": a marker shows where the item
   * starts; a preposition first is no fragment then. */
  if (marked && s.n > 1 && (s.toks[0].flags & W_PREP) && !(s.toks[0].flags & (W_CONJ | W_CLAUSE | W_THAT)) &&
      has_content_word (&s))
    return _ds_gate_no_debris (item->text);
  /* "around 40 states, over 150 companies and some 90 institutes": a
   * word of approximation (lists_approx_count: "over", "about") before a
   * figure and what it counts is the figure's, no preposition that
   * opens a fragment; the item is whole. */
  {
    guint m = s.n > 2 ? _ds_phrase_at (ctx, &s, 0, PL_LISTS_APPROX_COUNT) : 0;

    if (m > 0 && m + 1 < s.n && s.toks[m].type == TOK_NUMBER && s.toks[m + 1].type == TOK_WORD)
      return _ds_gate_no_debris (item->text);
  }
  return _ds_gate_no_debris (item->text) && answer_start_ok_in (&s, 0);
}

static gboolean
item_ok (Ctx         *ctx,
         DsClaimItem *item,
         gboolean     marked)
{
  Sent s;

  words_of (ctx, item->text, &s);
  return item_ok_cut (ctx, item, marked, &s);
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

/* Whether @a and @b are the same after Unicode case folding. Two ASCII
 * texts fold as their ASCII letters do, so they are compared without
 * folding (lists are compared item by item, and most are ASCII). */
static gboolean
same_folded (const char *a,
             const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (is_ascii (a) && is_ascii (b))
    return g_ascii_strcasecmp (a, b) == 0;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

/* Items the same but for case and punctuation are one. */
static gboolean
item_repeats (DsClaim *claim,
              guint    index)
{
  for (guint k = 0; k < index; k++)
    if (same_folded (ds_claim_get_item (claim, index), ds_claim_get_item (claim, k)))
      return TRUE;
  return FALSE;
}

/* Check "truncated": an item that runs to the end of a text that stops
 * mid-sentence is cut, not an item; a list line that ends the text is
 * whole. */
static gboolean
item_truncated (Ctx               *ctx,
                const DsClaimItem *item)
{
  guint n = ds_essay_get_n_chars (ctx->essay);
  const char *text = ds_essay_get_text (ctx->essay);
  gsize len = ds_essay_get_text_length (ctx->essay);
  guchar last;

  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);

  if (item->end + 2 < n || len == 0)
    return FALSE;
  /* "3. pembekuan klaim wilayah" as the text's last line: a list line
   * needs no full stop to be whole. */
  if (n_blocks > 0 && ds_essay_get_block (ctx->essay, n_blocks - 1)->kind == DS_BLOCK_LIST_ITEM)
    return FALSE;
  last = (guchar) text[len - 1];
  /* ("| Vietnam | … | kopi, beras |": a table's last row is whole.) */
  return strchr (".!?)\"|", last) == NULL && last < 0x80;
}

/* ------------------------------------------------------------------ */
/* The item normaliser                                                 */

/* Every rule cuts its items its own way (inline lists, blocks, tables,
 * sentences in a row); what an item carries beyond the thing it names is
 * the same whatever cut it: a cue or a conjunction before it ("antara
 * lain X", "serta Y", "such as V", "and W"), "dan lain-lain"/"etc." or a
 * closing adverb after it, a relative clause that runs on to the end of
 * the sentence, a second item joined by "dan"/"and", a parenthesis cut in
 * two. The normaliser below reads the item's own words (the phrase lists
 * list_item_lead, list_item_tail, list_item_clause, lists_closing_adverb
 * of the essay's language) before the checks: one place for every rule. */

/* Keeps the bytes [@a, @b) of @item's text, moving its span with them. */
static void
item_keep (DsClaimItem *item,
           const char  *a,
           const char  *b)
{
  glong head = g_utf8_strlen (item->text, a - item->text);
  glong tail = g_utf8_strlen (b, -1);

  item->start += (guint) head;
  item->end = item->end > item->start + (guint) tail ? item->end - (guint) tail : item->start;
  memmove (item->text, a, b - a);
  item->text[b - a] = '\0';
}

/* The length of a phrase of the list @name that ends right before the
 * token @b and starts after @a, else 0. */
static guint
phrase_ending (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b,
               PhraseId    name)
{
  for (guint k = b > a + 4 ? b - 4 : a + 1; k < b; k++)
    if (_ds_phrase_at (ctx, s, k, name) == b - k)
      return b - k;
  return 0;
}

/* Whether @s is a noun phrase of one to @max_words words: no verb, no
 * clause; a bracket it carries ("riset kabel (termasuk jalur Malaka,
 * Sunda, dan Lombok)") is its gloss, not counted. */
static gboolean
noun_phrase_within (const Sent *s,
                    guint       max_words)
{
  guint words = 0;
  int depth = 0;

  for (guint i = 0; i < s->n; i++)
    {
      depth += _ds_tok_bracket_change (&s->toks[i]);
      if (depth > 0 || _ds_tok_bracket_change (&s->toks[i]) < 0)
        continue;
      if (s->toks[i].verb || (s->toks[i].flags & (W_CLAUSE | W_AUX)))
        return FALSE;
      words += s->toks[i].type == TOK_WORD || s->toks[i].type == TOK_NUMBER;
    }
  return words > 0 && words <= max_words;
}

/* Whether @s is a short noun phrase: a few words. */
static gboolean
short_noun_phrase (const Sent *s)
{
  return noun_phrase_within (s, 4);
}

/* How many tokens from @a spell "e.g." or "i.e." (cut as "e . g ."), 0
 * when none. */
static guint
eg_len (const Sent *s,
        guint       a)
{
  if (a + 2 < s->n && (_ds_tok_is (&s->toks[a], "e") || _ds_tok_is (&s->toks[a], "i")) &&
      _ds_tok_is_punct (&s->toks[a + 1], '.') &&
      _ds_tok_is (&s->toks[a + 2], _ds_tok_is (&s->toks[a], "e") ? "g" : "e"))
    return a + 3 < s->n && _ds_tok_is_punct (&s->toks[a + 3], '.') ? 4 : 3;
  return 0;
}

/* "tahap perumusan, termasuk penyusunan draf", "the drafting stage,
 * including the first draft": a gloss of examples after a comma
 * (list_item_gloss, or "e.g.") names what the item holds, not the item:
 * the item ends before it when what comes before is a short noun phrase
 * (outside brackets). Returns the token the item ends at. */
static guint
gloss_start (Ctx        *ctx,
             const Sent *s,
             guint       a,
             guint       b)
{
  int depth = 0;

  for (guint k = a + 1; k + 1 < b; k++)
    {
      guint n;

      depth += _ds_tok_bracket_change (&s->toks[k]);
      if (depth != 0 || !_ds_tok_is_punct (&s->toks[k], ',') ||
          !((n = _ds_phrase_at (ctx, s, k + 1, PL_LIST_ITEM_GLOSS)) > 0 || (n = eg_len (s, k + 1)) > 0) ||
          _ds_count_words (s, k + 1 + n, b) == 0)
        continue;
      {
        Sent head = *s;

        head.toks = s->toks + a;
        head.n = k - a;
        return short_noun_phrase (&head) ? k : b;
      }
    }
  return b;
}

/* "antara lain seminar publik", "serta beasiswa pemerintah dan
 * lain-lain", "such as student exchanges,", "cultural festivals etc.",
 * "as well as small budgets and so on": the item without its cue words
 * and its closing ones. A cue is dropped only when words are left after
 * it; an opening bracket or quote stays. Returns FALSE for an item that
 * is only the closing words ("digital tax and others" cut at its "and":
 * "others", "lain-lain"; phrase list list_item_etc_alone). */
static gboolean
item_strip_cues (Ctx         *ctx,
                 DsClaimItem *item,
                 Sent        *s)
{
  guint a = 0, b = s->n, n;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (a < b && s->toks[a].type == TOK_PUNCT && _ds_tok_bracket_change (&s->toks[a]) == 0 &&
             !_ds_tok_is_quote (&s->toks[a]))
        a++;
      while (b > a && s->toks[b - 1].type == TOK_PUNCT && _ds_tok_bracket_change (&s->toks[b - 1]) == 0 &&
             !_ds_tok_is_quote (&s->toks[b - 1]) && strchr (".,;:", (int) s->toks[b - 1].ch) != NULL && s->toks[b - 1].ch != 0)
        b--;
      if (((n = eg_len (s, a)) > 0 || (n = _ds_phrase_at (ctx, s, a, PL_LIST_ITEM_LEAD)) > 0) &&
          _ds_count_words (s, a + n, b) > 0)
        {
          a += n;
          again = TRUE;
        }
      if (b > a + 1 && ((n = phrase_ending (ctx, s, a, b, PL_LIST_ITEM_TAIL)) > 0 ||
                        (n = phrase_ending (ctx, s, a, b, PL_LISTS_CLOSING_ADVERB)) > 0))
        {
          b -= n;
          again = TRUE;
        }
    }
  if (a < b && _ds_phrase_at (ctx, s, a, PL_LIST_ITEM_ETC_ALONE) == b - a)
    return FALSE;
  b = gloss_start (ctx, s, a, b);
  if (a < b && (a > 0 || b < s->n))
    {
      item_keep (item, s->toks[a].p, s->toks[b - 1].p + s->toks[b - 1].len);
      /* (The tokens pointed into the text it moved.) */
      words_of (ctx, item->text, s);
    }
  return TRUE;
}

/* Whether @s can be a noun a relative clause explains: seven words at
 * most ("the ASEAN Regional Forum Inter-Sessional Meeting"), no verb and
 * no clause (outside brackets). */
static gboolean
relative_head (const Sent *s)
{
  return noun_phrase_within (s, 7);
}

/* "the multistakeholder model, in which governments, firms and civil
 * society share decisions", "model multipihak, yang memberi peran setara
 * …": a relative clause after a comma (list_item_relative) explains the
 * thing the item names; it is no part of the item, whichever rule cut
 * it, and a rule that cut the item at the clause's own commas left it
 * a stub ("…, in which governments"). The item ends before the comma
 * when what comes before is a noun phrase (relative_head) and words
 * follow the relative word (outside brackets). A clause with no comma narrows
 * its noun ("shops that closed") and stays. Returns whether it cut. */
static gboolean
item_cut_relative (Ctx         *ctx,
                   DsClaimItem *item,
                   Sent        *s)
{
  int depth = 0;

  for (guint k = 1; k + 1 < s->n && k <= 9; k++)
    {
      guint c;
      Sent head = *s;

      depth += _ds_tok_bracket_change (&s->toks[k]);
      if (depth != 0 || !_ds_tok_is_punct (&s->toks[k], ',') ||
          (c = _ds_phrase_at (ctx, s, k + 1, PL_LIST_ITEM_RELATIVE)) == 0)
        continue;
      head.n = k;
      if (_ds_count_words (s, k + 1 + c, s->n) == 0 || !relative_head (&head))
        return FALSE;
      item_keep (item, item->text, s->toks[k - 1].p + s->toks[k - 1].len);
      words_of (ctx, item->text, s);
      return TRUE;
    }
  return FALSE;
}

/* "keamanan kabel laut (termasuk jalur Selat Malaka", "Sunda", "dan
 * Lombok)": a rule that cut at the commas inside a bracket left the
 * bracket open; the items up to the one that closes it are one, as the
 * source writes it. */
static void
items_join_brackets (Ctx     *ctx,
                     DsClaim *claim)
{
  for (guint i = 0; i + 1 < ds_claim_get_n_items (claim); i++)
    {
      DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, i);
      int depth = 0;
      guint j;
      Sent s;

      if (strpbrk (item->text, "([") == NULL)
        continue;
      words_of (ctx, item->text, &s);
      for (guint k = 0; k < s.n; k++)
        depth += _ds_tok_bracket_change (&s.toks[k]);
      if (depth <= 0)
        continue;
      for (j = i + 1; j < ds_claim_get_n_items (claim) && depth > 0; j++)
        {
          words_of (ctx, ds_claim_get_item (claim, j), &s);
          for (guint k = 0; k < s.n; k++)
            depth += _ds_tok_bracket_change (&s.toks[k]);
        }
      if (depth != 0)
        continue;
      {
        DsClaimItem *last = &g_array_index (claim->items, DsClaimItem, j - 1);
        gsize a = ds_essay_char_to_byte (ctx->essay, item->start);
        gsize b = ds_essay_char_to_byte (ctx->essay, last->end);

        /* (Only when the item is the source's own words there.) */
        if (b <= a || strncmp (ctx->text + a, item->text, strlen (item->text)) != 0)
          continue;
        item->end = last->end;
        g_free (item->text);
        item->text = g_strndup (ctx->text + a, b - a);
        g_array_remove_range (claim->items, i + 1, j - 1 - i);
      }
    }
}

/* "pelatihan diplomat muda, pusat data kebijakan, dan forum siber
 * regional yang kemudian menjadi dasar kebijakan nasional", "… and a
 * regional cyber forum, which later became …": when the other items are
 * short noun phrases, the last one ends before a clause that carries the
 * sentence on rather than saying which thing it is: a relative or
 * subordinate word (list_item_clause) after a comma, or followed by an
 * adverb of what came next (list_item_clause_adverb: "kemudian",
 * "later"), with three words and a verb after it, outside brackets. A
 * clause that narrows its noun ("anggaran yang bergantung pada donor",
 * "shops that closed") is the item's own. */
static void
items_cut_clauses (Ctx     *ctx,
                   DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);
  DsClaimItem *item;
  int depth = 0;
  Sent s;

  if (n < 3)
    return;
  item = &g_array_index (claim->items, DsClaimItem, n - 1);
  if (strchr (item->text, ' ') == NULL)
    return;
  words_of (ctx, item->text, &s);
  if (_ds_count_words (&s, 0, s.n) < 5)
    return;
  for (guint j = 0; j + 1 < n; j++)
    {
      Sent o;

      words_of (ctx, ds_claim_get_item (claim, j), &o);
      if (!short_noun_phrase (&o))
        return;
    }
  /* (The item's words again: the gate's buffer is shared.) */
  words_of (ctx, item->text, &s);
  for (guint k = 1; k < s.n; k++)
    {
      guint c, e = k;
      gboolean verb = FALSE;

      depth += _ds_tok_bracket_change (&s.toks[k]);
      if (depth != 0 || (c = _ds_phrase_at (ctx, &s, k, PL_LIST_ITEM_CLAUSE)) == 0)
        continue;
      if (!_ds_tok_is_punct (&s.toks[k - 1], ',') && _ds_phrase_at (ctx, &s, k + c, PL_LIST_ITEM_CLAUSE_ADVERB) == 0)
        continue;
      for (guint v = k + c; v < s.n; v++)
        verb |= s.toks[v].verb || (s.toks[v].flags & W_AUX);
      while (e > 0 && s.toks[e - 1].type == TOK_PUNCT && _ds_tok_bracket_change (&s.toks[e - 1]) == 0)
        e--;
      if (verb && _ds_count_words (&s, k + c, s.n) >= 3 && e > 0 && _ds_count_words (&s, 0, e) <= 4)
        item_keep (item, item->text, s.toks[e - 1].p + s.toks[e - 1].len);
      return;
    }
}

/* "Three agencies are involved: the Foreign Ministry; the National Cyber
 * Agency and the Communications Ministry": the source counts one item
 * more than were read, and the last item (else the one item that has
 * one) is two short noun phrases joined by a plain "dan"/"and": it is
 * split there. Only one such join in it, outside brackets, a word of
 * content on both sides, three words at most each, no verb and no
 * preposition ("peran hutan dan lahan gambut" is one thing of two
 * nouns, "pengakuan atas peran hutan dan lahan gambut" too). Returns
 * whether it split. */
static gboolean
items_split_join (Ctx     *ctx,
                  DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);
  int found = -1;
  guint join = 0;

  if (claim->kind != DS_CLAIM_ENUMERATION || claim->stated_count != n + 1 || n < 1 ||
      claim->rule == DS_CLAIM_RULE_MARKERS)
    return FALSE;
  for (guint pass = 0; pass < 2 && found < 0; pass++)
    for (guint i = pass == 0 ? n - 1 : 0; i < n; i++)
      {
        Sent s;
        guint joins = 0, at = 0;
        int depth = 0;

        words_of (ctx, ds_claim_get_item (claim, i), &s);
        for (guint k = 0; k < s.n; k++)
          {
            depth += _ds_tok_bracket_change (&s.toks[k]);
            if (s.toks[k].verb || (s.toks[k].flags & (W_CLAUSE | W_AUX | W_PREP)) || s.toks[k].type == TOK_PUNCT)
              {
                joins = 2;
                break;
              }
            if (depth == 0 && (_ds_tok_is (&s.toks[k], "dan") || _ds_tok_is (&s.toks[k], "and")))
              {
                joins++;
                at = k;
              }
          }
        if (joins != 1 || at == 0 || at + 1 >= s.n || _ds_count_words (&s, 0, at) > 3 || _ds_count_words (&s, at + 1, s.n) > 3 ||
            (s.toks[at - 1].flags & W_FUNCTION) ||
            ((s.toks[at + 1].flags & W_FUNCTION) && !_ds_tok_is_article (&s.toks[at + 1])))
          continue;
        if (found >= 0)
          return FALSE;
        found = (int) i;
        join = at;
        if (pass == 0)
          break;
      }
  if (found < 0)
    return FALSE;
  {
    DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, found);
    DsClaimItem second;
    Sent s;
    const char *end_a, *start_b;
    char *text = item->text;

    words_of (ctx, text, &s);
    end_a = s.toks[join - 1].p + s.toks[join - 1].len;
    start_b = s.toks[join + 1].p;
    second.text = g_strdup (start_b);
    second.end = item->end;
    second.start = item->start + (guint) g_utf8_strlen (text, start_b - text);
    item->end = item->start + (guint) g_utf8_strlen (text, end_a - text);
    text[end_a - text] = '\0';
    g_array_insert_val (claim->items, found + 1, second);
  }
  /* The count the source states is met now. */
  g_clear_pointer (&claim->warnings, g_ptr_array_unref);
  return TRUE;
}

/* "memperluas pembentukan Tim Tanggap Insiden Siber (Computer Security
 * Incident Response Team": a bracket still open where the item ends was
 * cut in two by the sentence's end or a rule's cut; the item ends before
 * it when three words come first (else items_not_series() refuses it). */
static void
items_cut_open_brackets (Ctx     *ctx,
                         DsClaim *claim)
{
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    {
      DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, i);
      int depth = 0;
      guint open = 0;
      Sent s;

      if (strpbrk (item->text, "([") == NULL)
        continue;
      words_of (ctx, item->text, &s);
      for (guint k = 0; k < s.n; k++)
        {
          if (depth == 0 && _ds_tok_bracket_change (&s.toks[k]) > 0)
            open = k;
          depth += _ds_tok_bracket_change (&s.toks[k]);
        }
      if (depth > 0 && open > 0 && _ds_count_words (&s, 0, open) >= 3)
        item_keep (item, item->text, s.toks[open - 1].p + s.toks[open - 1].len);
    }
}

/* Whether item @i opens with an indefinite article ("a small body of
 * experts …", "sebuah forum terbuka …") after an item that opens on a
 * capital or "the" and a capital (a name). */
static gboolean
item_glosses_name (Ctx     *ctx,
                   DsClaim *claim,
                   guint    i)
{
  const char *prev = ds_claim_get_item (claim, i - 1);
  Sent s;

  if (g_str_has_prefix (prev, "the ") || g_str_has_prefix (prev, "The "))
    prev += 4;
  if (!g_ascii_isupper (*prev))
    return FALSE;
  words_of (ctx, ds_claim_get_item (claim, i), &s);
  return s.n > 2 && (_ds_tok_is (&s.toks[0], "a") || _ds_tok_is (&s.toks[0], "an") ||
                     _ds_tok_is (&s.toks[0], "sebuah") || _ds_tok_is (&s.toks[0], "suatu"));
}

/* The warning that the list's count was not met, gone when the items
 * left meet it. */
static void
drop_count_warnings (DsClaim *claim)
{
  for (guint i = claim->warnings != NULL ? claim->warnings->len : 0; i > 0; i--)
    {
      const char *w = g_ptr_array_index (claim->warnings, i - 1);

      if (g_str_has_prefix (w, "The source names") || g_str_has_prefix (w, "Sumber menyebut"))
        g_ptr_array_remove_index (claim->warnings, i - 1);
    }
  if (claim->warnings != NULL && claim->warnings->len == 0)
    g_clear_pointer (&claim->warnings, g_ptr_array_unref);
}

/* "Two processes dominate: the GGE, a small body of experts …, and the
 * OEWG": in a counted list with more items than its count, items that
 * open with an indefinite article after a name are the names' glosses,
 * no members, when the count is met without them. */
static void
items_drop_glosses (Ctx     *ctx,
                    DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim), glosses = 0;

  if (claim->stated_count == 0 || n <= claim->stated_count)
    return;
  for (guint i = 1; i < n; i++)
    glosses += item_glosses_name (ctx, claim, i);
  if (n - glosses != claim->stated_count)
    return;
  for (guint i = n - 1; i > 0; i--)
    if (item_glosses_name (ctx, claim, i))
      item_remove (claim, i);
  /* (The count now met, the warning that it was not goes.) */
  drop_count_warnings (claim);
}

static gboolean
items_pass (Ctx     *ctx,
            DsClaim *claim)
{
  items_drop_glosses (ctx, claim);
  items_join_brackets (ctx, claim);
  items_cut_open_brackets (ctx, claim);
  for (guint i = 0; i < ds_claim_get_n_items (claim);)
    {
      DsClaimItem *item = &g_array_index (claim->items, DsClaimItem, i);
      gboolean kept;
      Sent s;

      words_of (ctx, item->text, &s);
      kept = item_strip_cues (ctx, item, &s);

      if (kept)
        item_cut_relative (ctx, item, &s);
      if (!kept || !item_ok_cut (ctx, item, claim->rule == DS_CLAIM_RULE_MARKERS, &s) || item_repeats (claim, i) || item_truncated (ctx, item))
        item_remove (claim, i);
      else
        i++;
    }
  items_cut_clauses (ctx, claim);
  if (items_split_join (ctx, claim))
    for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
      item_ok (ctx, &g_array_index (claim->items, DsClaimItem, i), FALSE);
  /* "Three tests" over three numbered lines and an arrow line read as a
   * fourth item, which a check above dropped: "but 4 items are listed"
   * no longer holds. */
  if (claim->stated_count > 0 && ds_claim_get_n_items (claim) == claim->stated_count)
    drop_count_warnings (claim);
  return ds_claim_get_n_items (claim) >= 2;
}

/* Whether the items read are not the series the source gives, so the
 * list is refused whole rather than asked with wrong answers: an item
 * that opens with a subordinate word (list_item_clause: "ketika
 * Indonesia", "agar negara …", "yang berlaku bagi …") is a clause cut
 * out of the sentence around the series, not a member of it. A question
 * word ("who first posted the claim", "When a request is urgent, call
 * …") opens an item that asks or a rule, and is kept. Nor is the series
 * one whose item opens a correlative half, runs past a sentence's end,
 * leaves a bracket or quotation cut in two, is a figure alone beside
 * words, or whose items are labels told apart by a letter (below). */
static gboolean
items_not_series (Ctx     *ctx,
                  DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim), numbers = 0, labels = 0;
  gboolean naming = FALSE, copula = FALSE;

  /* "Submarine cables were visible, their routes were well known, and
   * …": after a cue that names (cue_naming: "are", "were", "adalah"),
   * an item past the first with an auxiliary of its own ("their routes
   * were well known"), no relative before it ("states that have …"), is
   * a clause of a sentence that goes on, not a thing named. */
  if (claim->cue != NULL)
    {
      Sent c;

      words_of (ctx, claim->cue, &c);
      naming = c.n == 1 && (c.toks[0].flags & W_CUE_NAMING);
      copula = naming && (c.toks[0].flags & W_CUE_DEF);
    }
  /* "Because the carriers are global, the safety audits and incident
   * reports …", "Karena platform itu global, laporan risiko …": a cue
   * that names inside a subordinate clause that opens the sentence
   * (list_item_clause: "because", "since", "karena", "ketika") names the
   * clause's predicate, which ends at the clause's comma; what follows
   * the comma is the main clause, no series: the first item is the
   * clause's predicate, ending at the sentence's first comma, after a
   * copula ("Since the 1970s it has widened to include NGOs, firms …"
   * lists after a preposition and a verb). */
  if (naming && copula && claim->sentence != NULL && n > 0)
    {
      const char *comma = strchr (claim->sentence, ',');
      const char *first = ds_claim_get_item (claim, 0);
      const char *at = strstr (claim->sentence, first);
      Sent c;

      words_of (ctx, claim->sentence, &c);
      if (c.n > 2 && _ds_phrase_at (ctx, &c, 0, PL_LIST_ITEM_CLAUSE) > 0 && !(c.toks[0].flags & W_RELATIVE) &&
          !(c.toks[0].flags & W_THAT) && comma != NULL && at != NULL && at < comma &&
          at + strlen (first) + 1 >= comma)
        return TRUE;
    }
  /* "setiap orang, badan usaha, dan masyarakat yang menyediakan,
   * mengelola, atau mengoperasikan sistem elektronik": an Indonesian
   * item that ends on a relative and its "meN-" verb, where the
   * sentence goes on with a comma and another "meN-" verb, has cut a
   * series of verbs that share one object; the item is no thing. */
  if (!ctx->english && claim->sentence != NULL)
    for (guint i = 0; i < n; i++)
      {
        const char *item = ds_claim_get_item (claim, i);
        const char *at = strstr (claim->sentence, item);
        Sent t;

        words_of (ctx, item, &t);
        if (at == NULL || t.n < 3 || !_ds_tok_is (&t.toks[t.n - 2], "yang") || t.toks[t.n - 1].type != TOK_WORD ||
            ds_ascii_strncasecmp (t.toks[t.n - 1].p, "me", 2) != 0 || !t.toks[t.n - 1].verb)
          continue;
        at += strlen (item);
        if (at[0] == ',' && at[1] == ' ' && ds_ascii_strncasecmp (at + 2, "me", 2) == 0)
          return TRUE;
      }
  /* "Two principles were repeatedly invoked by smaller states: due
   * diligence and …": a cue that names whose first item runs through a
   * colon outside brackets has read the predicate before the colon as
   * a member; the series is the colon's. */
  if (copula && n > 0)
    {
      const char *first = ds_claim_get_item (claim, 0);
      int depth = 0;

      for (const char *p = first; *p != '\0'; p++)
        {
          depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
          if (*p == ':' && depth == 0 && p[1] == ' ')
            return TRUE;
        }
    }
  for (guint i = 1; naming && i < n; i++)
    {
      Sent s;

      int depth = 0;

      /* (A gloss in brackets, "(each state may …)", is the item's own.) */
      words_of (ctx, ds_claim_get_item (claim, i), &s);
      for (guint k = 1; k < s.n && depth >= 0; k++)
        {
          depth += _ds_tok_bracket_change (&s.toks[k]);
          if (depth > 0 || s.toks[k].type != TOK_WORD)
            continue;
          if (s.toks[k].flags & (W_RELATIVE | W_THAT))
            break;
          if ((s.toks[k].flags & W_AUX) && !(s.toks[k].flags & W_PREP))
            return TRUE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      Sent s;
      int depth = 0, quotes = 0;

      words_of (ctx, ds_claim_get_item (claim, i), &s);
      if (s.n > 1 && _ds_phrase_at (ctx, &s, 0, PL_LIST_ITEM_CLAUSE) > 0 &&
          !_ds_tok_is (&s.toks[0], "who") && !_ds_tok_is (&s.toks[0], "whose") &&
          !_ds_tok_is (&s.toks[0], "when") && !_ds_tok_is (&s.toks[0], "where"))
        return TRUE;
      /* "not only attacks on computers", "tetapi juga kejahatan lama":
       * the halves of "not only … but also …" are one claim about one
       * thing, not a series (phrase list list_item_correlative). */
      if (s.n > 1 && _ds_phrase_at (ctx, &s, 0, PL_LIST_ITEM_CORRELATIVE) > 0)
        return TRUE;
      for (guint k = 0; k < s.n; k++)
        {
          const Tok *t = &s.toks[k];

          depth += _ds_tok_bracket_change (t);
          if (depth < 0)
            return TRUE;
          if (t->type == TOK_PUNCT && (t->ch == '"' || t->ch == 0x201C || t->ch == 0x201D))
            quotes++;
          /* "OPTIONS. Finance first": an item that runs on past a
           * sentence's end has swallowed the next sentence. */
          if (k > 0 && k + 1 < s.n && t->type == TOK_PUNCT && (t->ch == '.' || t->ch == '?' || t->ch == '!') &&
              s.toks[k - 1].type == TOK_WORD && s.toks[k - 1].len >= 3 && !(s.toks[k - 1].flags & W_ABBREV) &&
              s.toks[k + 1].type == TOK_WORD && s.toks[k + 1].cap)
            return TRUE;
        }
      /* "the risk assessments and transparency reports they must
       * produce": an English item that ends on a subject pronoun has
       * run into a clause that lost its relative; "royalties but are
       * usually required to license them on fair": one that holds "but"
       * and an auxiliary outside brackets is a clause, not a thing. */
      if (ctx->english && s.n > 1 && s.toks[s.n - 1].type == TOK_WORD &&
          (_ds_tok_is (&s.toks[s.n - 1], "they") || _ds_tok_is (&s.toks[s.n - 1], "we") ||
           _ds_tok_is (&s.toks[s.n - 1], "he") || _ds_tok_is (&s.toks[s.n - 1], "she")))
        return TRUE;
      {
        int inner = 0;

        for (guint k = 1; ctx->english && k + 1 < s.n; k++)
          {
            inner += _ds_tok_bracket_change (&s.toks[k]);
            if (inner == 0 && _ds_tok_is (&s.toks[k], "but") && (s.toks[k + 1].flags & W_AUX) &&
                !(s.toks[k + 1].flags & W_PREP))
              return TRUE;
          }
      }
      /* "Rizky (bagian", "\" ujarnya": a bracket or quotation cut in two
       * (items_join_brackets() joined those it could). */
      if (depth != 0 || quotes % 2 == 1)
        return TRUE;
      {
        guint words = 0, figures = 0;

        for (guint k = 0; k < s.n; k++)
          words += s.toks[k].type == TOK_WORD, figures += s.toks[k].type == TOK_NUMBER;
        numbers += words == 0 && figures > 0;
      }
      /* "Anggota Fraksi A", "Anggota Fraksi B": labels told apart by a
       * letter or a number. */
      if (i > 0 && s.n >= 2 && (s.toks[s.n - 1].len == 1 || s.toks[s.n - 1].type == TOK_NUMBER))
        {
          const char *prev = ds_claim_get_item (claim, i - 1);
          gsize head = s.toks[s.n - 1].p - ds_claim_get_item (claim, i);

          labels += strlen (prev) > head && strncmp (prev, ds_claim_get_item (claim, i), head) == 0;
        }
    }
  /* "Meridian Academic Press", "2023": a figure alone beside names is a
   * detail of the line, not a member of the series. */
  if (numbers > 0 && numbers < n)
    return TRUE;
  return n >= 2 && labels == n - 1;
}

/* Whether the word @k of @s leans on the speaker or the reader (phrase
 * list list_owner_leaning: "I", "your", "Anda", "kami", "inilah"). */
static gboolean
leans_on_person (Ctx        *ctx,
                 const Sent *s,
                 guint       k)
{
  return s->toks[k].type == TOK_WORD && _ds_phrase_at (ctx, s, k, PL_LIST_OWNER_LEANING) > 0;
}

/* The statement a list is asked to complete names what it lists ("Nye
 * names three sources of soft power …", "Lokakarya bertujuan untuk …",
 * "Ketiga definisi itu menekankan …"), not only a count: its last
 * sentence holds a word of content that is no verb, pronoun, function
 * word, count, or generic or counted noun after an existential opener
 * (phrase list list_owner_existential: "Ada tiga istilah penting …",
 * "There are five …"; "Lewat tiga hal …", "Kalau diringkas …" name
 * nothing either). A last sentence that points back ("Among them …",
 * "Mulai dari …") takes its owner from the sentence before.
 * A speaker's own count ("Izinkan saya menyampaikan tiga hal", "I
 * offer three things") is asked as the things of the text it is said
 * in ("tiga hal dalam “Sambutan Menteri …”"), when the text has a
 * title. Returns FALSE when the list cannot be asked. */
static gboolean
complete_owner_ok (Ctx     *ctx,
                   DsClaim *claim)
{
  guint a = 0, content = 0, count = 0, counted = 0, counted_end = 0;
  gboolean existential = FALSE, person = FALSE, back = FALSE;
  Sent s;

  words_of (ctx, claim->lead, &s);
  for (guint k = 0; k + 1 < s.n; k++)
    if (s.toks[k].type == TOK_PUNCT && strchr (".?!", (int) s.toks[k].ch) != NULL && s.toks[k].ch != 0 &&
        s.toks[k + 1].type == TOK_WORD && s.toks[k + 1].cap)
      a = k + 1;
  for (guint k = a; k < s.n; k++)
    {
      const Tok *t = &s.toks[k];

      if (k == a || (k > a && (s.toks[k - 1].flags & W_CONNECTIVE)))
        existential |= _ds_phrase_at (ctx, &s, k, PL_LIST_OWNER_EXISTENTIAL) > 0;
      if (t->type != TOK_WORD)
        {
          content += t->type == TOK_NUMBER;
          continue;
        }
      if (leans_on_person (ctx, &s, k))
        {
          person = TRUE;
          continue;
        }
      back |= (t->flags & (W_PRONOUN | W_ANAPHOR)) != 0;
      if ((t->flags & W_COUNT) && t->value >= 2 && count == 0)
        {
          /* The counted words: "tiga istilah penting", "three things". */
          count = k + 1;
          for (counted = k + 1; counted < s.n && s.toks[counted].type == TOK_WORD && !(s.toks[counted].flags & W_FUNCTION);
               counted++)
            /* ("Ketiga definisi itu …": a noun that names what is
             * counted owns it, a generic one, "hal", "things", does not.) */
            if (!existential && !(s.toks[counted].flags & W_GENERIC) && !s.toks[counted].verb &&
                _ds_phrase_at (ctx, &s, counted, PL_ADJECTIVE) == 0)
              content++;
          counted_end = counted;
          k = counted - 1;
          continue;
        }
      if (!(t->flags & (W_FUNCTION | W_PRONOUN | W_VAGUE | W_GENERIC)) && !t->verb &&
          _ds_phrase_at (ctx, &s, k, PL_ADJECTIVE) == 0)
        content++;
    }
  if (content > 0)
    return TRUE;
  if (person && count > 0 && counted_end > count && ctx->title != NULL && g_strcmp0 (ctx->title, ctx->essay_id) != 0 &&
      strchr (ctx->title, '?') == NULL)
    {
      g_autofree char *things = _ds_toks_dup (&s, count, counted_end);

      g_free (claim->subject);
      claim->subject = ds_lang_expand (ctx->lang, "label_in", "label", things, "title", ctx->title, NULL);
      claim->form = DS_LIST_FORM_NAMING;
      return TRUE;
    }
  if (a > 0 && !person && (back || count == 0))
    {
      Sent before = s;

      before.n = a;
      return has_content_word (&before);
    }
  return FALSE;
}

/* Where the owner stands in the statement it was read from: its last
 * occurrence there as whole words (case aside), or NULL. */
static const char *
owner_in_lead (const DsClaim *claim)
{
  gsize n = strlen (claim->subject);
  const char *found = NULL;

  if (n == 0)
    return NULL;
  for (const char *p = claim->lead; *p != '\0'; p++)
    if (ds_ascii_strncasecmp (p, claim->subject, n) == 0 && (p == claim->lead || !g_ascii_isalnum (p[-1])) &&
        !g_ascii_isalnum (p[n]))
      found = p;
  return found;
}

/* Whether the words of @s from @a to the statement's end (or a comma)
 * are a name: every word of content capitalised. */
static gboolean
owner_is_name (const Sent *s,
               guint       a)
{
  guint names = 0;

  for (guint k = a; k < s->n && !_ds_tok_is_punct (&s->toks[k], ','); k++)
    {
      if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & W_FUNCTION))
        continue;
      if (!s->toks[k].cap)
        return FALSE;
      names++;
    }
  return names > 0;
}

/* The subject that opens the sentence of @s before the token @before,
 * seven words at most, none a function word but "of" and an article
 * after it, then a verb ("Fungsi-fungsi misi diplomatik dirumuskan …",
 * "The functions of a diplomatic mission are …"): the owner is set to
 * it and TRUE returned, else FALSE. */
static gboolean
owner_from_sentence_subject (Ctx        *ctx,
                             DsClaim    *claim,
                             const Sent *s,
                             guint       before)
{
  guint a = 0, e;

  for (guint k = 0; k + 1 < before; k++)
    if (s->toks[k].type == TOK_PUNCT && strchr (".?!", (int) s->toks[k].ch) != NULL && s->toks[k].ch != 0)
      a = k + 1;
  /* ("The functions of a diplomatic mission are …": its article goes,
   * its "of" and the article after it stay.) */
  if (a < before && _ds_tok_is_article (&s->toks[a]))
    a++;
  /* (A word after an article is a noun, whatever else it may be:
   * "the functions".) */
  for (e = a; e < before && s->toks[e].type == TOK_WORD &&
              (!s->toks[e].verb || (e > 0 && _ds_tok_is_article (&s->toks[e - 1]))) && !(s->toks[e].flags & W_AUX) &&
              (!(s->toks[e].flags & W_FUNCTION) || (e > a && (_ds_tok_is (&s->toks[e], "of") || _ds_tok_is_article (&s->toks[e]))));
       e++)
    ;
  if (e == a || _ds_count_words (s, a, e) > 7 || e >= before || !(s->toks[e].verb || (s->toks[e].flags & W_AUX)) ||
      (s->toks[e - 1].flags & W_FUNCTION))
    return FALSE;
  g_free (claim->subject);
  claim->subject = _ds_phrase_dup (s, a, e, TRUE);
  return TRUE;
}

/* Whether @t is a verb an owner may open on when cut from its clause
 * ("discussing other issues", "membahas isu lain"). */
static gboolean
owner_opens_on_verb (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap &&
         ((t->verb && !(t->flags & W_NOUN)) || (t->len > 5 && ds_ascii_strncasecmp (t->p + t->len - 3, "ing", 3) == 0));
}

/* Whether the owner of a list — what its question asks for: the subject
 * ("tiga pilar …", "the goals of …"), or for a list asked as a statement
 * to complete, the statement (complete_owner_ok()) — cannot stand alone,
 * so the question cannot be asked without the sentence it was cut from:
 * - a word that leans on the speaker or the reader ("hak Anda", "dates
 *   for your diary", "What does I do …", "lembaga inilah …"), unless
 *   inside a relative clause ("kesenjangan yang perlu kita tutup"). (A
 *   verb's "-nya" that points outside the card, "strategi … untuk
 *   menanggulanginya", is the card gate's check "referent", for every
 *   card kind.)
 * - a count that was part of a number ("dua ratus aduan": the owner opens
 *   with "ratus"), or a count far past the items, a total they add up to
 *   ("42 peserta, terdiri atas 30 diplomat, 8 …");
 * - words cut from mid-clause: the statement has the owner right after a
 *   subject pronoun or an ordinal ("a motive we tend to forget", "Third
 *   comes phishing"). */
static gboolean
owner_not_standalone (Ctx     *ctx,
                      DsClaim *claim)
{
  const char *at;
  Sent s;

  if (claim->stated_count > 12 && ds_claim_get_n_items (claim) * 2 < claim->stated_count)
    return TRUE;
  if (claim->form == DS_LIST_FORM_COMPLETE)
    return claim->lead != NULL && !complete_owner_ok (ctx, claim);
  if (claim->subject == NULL)
    return FALSE;
  words_of (ctx, claim->subject, &s);
  if (s.n > 0 && (s.toks[0].flags & W_MAGNITUDE))
    return TRUE;
  for (guint k = 0, relative = FALSE; k < s.n; k++)
    {
      relative |= (s.toks[k].flags & (W_RELATIVE | W_THAT)) != 0;
      if (!relative && leans_on_person (ctx, &s, k))
        return TRUE;
    }
  /* The words before the owner in the statement it was read from. */
  if (claim->lead != NULL && (at = owner_in_lead (claim)) != NULL)
    {
      words_of (ctx, claim->lead, &s);
      for (guint k = 0; k + 1 < s.n; k++)
        if (s.toks[k + 1].p == at)
          {
            guint v = k;

            if (s.toks[k].type != TOK_WORD)
              return FALSE;
            /* ("Third comes phishing", "And fifth, …": an ordinal that
             * opens the clause; "in the first month" is a phrase's.) */
            if (((s.toks[k].flags & W_ORDINAL) &&
                 (k == 0 || s.toks[k - 1].type == TOK_PUNCT || (s.toks[k - 1].flags & (W_CONJ | W_CONNECTIVE)))) ||
                _ds_phrase_at (ctx, &s, k, PL_LIST_OWNER_SUBJECT_PRONOUN) > 0)
              return TRUE;
            /* "… want to clarify how existing international law,
             * including …": the subject of a clause a question word
             * opens owns nothing the sentence lists. */
            if (s.toks[k].flags & W_QUESTION)
              return TRUE;
            /* "… dirumuskan dalam Pasal 3 Konvensi Wina tentang Hubungan
             * Diplomatik, yaitu …": a name after a preposition is where
             * the list is written, not what it lists; the sentence's
             * subject is ("fungsi-fungsi misi diplomatik"). */
            if (v > 0 && _ds_tok_is_article (&s.toks[v]))
              v--;
            if ((s.toks[v].flags & W_PREP) && owner_is_name (&s, k + 1))
              return !owner_from_sentence_subject (ctx, claim, &s, v);
            /* "… diatur secara umum dalam …", "Diplomats now study
             * health data, namely …": an owner cut after an adverb inside
             * the clause begins mid-phrase ("Today large firms such as
             * …": an adverb that opens the sentence is none of it). */
            if ((s.toks[k].flags & W_ADV) && !(s.toks[k].flags & W_AUX) && claim->stated_count == 0 && k > 0 &&
                s.toks[k - 1].type == TOK_WORD)
              {
                /* ("The forum is also discussing other issues, such as
                 * …": the verb goes and its object owns the list.) */
                Sent rest = s;

                rest.toks = s.toks + k + 2;
                rest.n = s.n - (k + 2);
                /* (The lead's words from @at are the subject's only as
                 * far as the subject goes: a cut past its end keeps it.) */
                if (k + 2 < s.n && owner_opens_on_verb (&s.toks[k + 1]) && has_content_word (&rest) &&
                    rest.toks[0].type == TOK_WORD && !(rest.toks[0].flags & (W_PREP | W_CONJ | W_PRONOUN)) &&
                    (gsize) (rest.toks[0].p - at) < strlen (claim->subject))
                  {
                    gsize cut = rest.toks[0].p - at;

                    memmove (claim->subject, claim->subject + cut, strlen (claim->subject + cut) + 1);
                    return FALSE;
                  }
                return TRUE;
              }
            v = k;
            /* "NotPetya is the best example of collateral damage: …",
             * "It is also a textbook case of …", "Its main contribution
             * is a typology: …": an uncounted predicate noun is what the
             * sentence says of its subject, and what follows tells more
             * of it ("Kita membutuhkan kolaborasi pentaheliks: …", an
             * object, may be a whole of parts). */
            if (v > 0 && _ds_tok_is_article (&s.toks[v]))
              v--;
            while (v > 0 && s.toks[v].type == TOK_WORD && (s.toks[v].flags & W_ADV) && !(s.toks[v].flags & W_AUX))
              v--;
            return claim->stated_count == 0 && claim->form == DS_LIST_FORM_NAMING && s.toks[v].type == TOK_WORD &&
                   (s.toks[v].flags & W_AUX);
          }
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The gate                                                            */

/* Whether a list's subject holds what a heading said aside in brackets
 * ("two-level game( putnam, 1988)", "perbandingan singkat( pak arif)",
 * "kritik (diskusi kelas"): a bracket never closed, or one glued to its
 * word that holds a figure, a comma or opens on a person's title (phrase
 * list person_honorific) — a citation or whose words the notes are, no owner
 * a question can name; the lines under such a heading are no items of
 * it. A bracket that gives another name ("teori utama (grand
 * theories)") stays. */
static gboolean
subject_bracket_debris (Ctx        *ctx,
                        const char *subject)
{
  const char * const *titles = ds_lang_get_phrases (ctx->lang, "person_honorific");

  /* (The essay's title a question names, "dalam “Catatan … (Pertemuan
   * 6)”", is read as written; a bracket spaced from its word,
   * "menurut Hadiwinata (2020)", is the question's own.) */
  const char *end = strstr (subject, "\u201C");

  if (end == NULL)
    end = subject + strlen (subject);
  for (const char *p = strchr (subject, '('); p != NULL && p < end; p = strchr (p + 1, '('))
    {
      const char *close = strchr (p, ')'), *w = p + 1;

      if (close == NULL || close > end)
        return TRUE;
      if (p == subject || p[-1] == ' ')
        continue;
      for (const char *q = p + 1; q < close; q++)
        if (g_ascii_isdigit (*q) || *q == ',')
          return TRUE;
      while (w < close && *w == ' ')
        w++;
      for (guint i = 0; titles != NULL && titles[i] != NULL; i++)
        {
          gsize n = strlen (titles[i]);

          if (w + n < close && ds_ascii_strncasecmp (w, titles[i], n) == 0 && w[n] == ' ')
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean subjectless_line (Ctx *ctx, const char *sentence);

/* "## Kode Etik Awan Andalas" over "- Disahkan 4 Agustus 2019 di Padang
 * oleh …", "- Diperbarui setelah kebocoran data di Medan": lines that
 * each open on a passive and name no subject (subjectless_line()) say
 * what was done to what the heading names; they are no things of a set
 * it owns ("Apa saja kode etik awan andalas?" asks nothing). */
static gboolean
items_subjectless (Ctx     *ctx,
                   DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!subjectless_line (ctx, g_array_index (claim->items, DsClaimItem, i).text))
      return FALSE;
  return TRUE;
}

static gboolean
list_passes (Ctx     *ctx,
             DsClaim *claim)
{
  guint before = ds_claim_get_n_items (claim);

  if (claim->subject != NULL && (!_ds_gate_head_ok (ctx, claim->subject) || subject_bracket_debris (ctx, claim->subject)))
    return FALSE;
  if (owner_not_standalone (ctx, claim))
    return FALSE;
  if (!items_pass (ctx, claim) || items_not_series (ctx, claim) || items_subjectless (ctx, claim))
    return FALSE;
  /* An item the gate dropped is one the card cannot give: say so when the
   * source counted them. */
  if (ds_claim_get_n_items (claim) < before && claim->stated_count > 0 && claim->warnings == NULL)
    _ds_list_add_count_warnings (claim, NULL);
  return TRUE;
}

/* Whether @text is a country's name and nothing else ("Brasil",
 * "Afrika Selatan", "Argentina"): a line "Brasil: tanda tangan 1998, …"
 * notes what the country did, and no lecturer asks what a country
 * means. A body of states ("Uni Eropa", "United Nations") is defined:
 * its words are in the list "country_body". */
static gboolean
names_a_country (Ctx        *ctx,
                 const char *text)
{
  Sent s;
  gboolean country = FALSE;

  words_of (ctx, text, &s);
  if (s.n == 0 || s.n > 2)
    return FALSE;
  for (guint k = 0; k < s.n; k++)
    {
      if (s.toks[k].type != TOK_WORD || !s.toks[k].cap || _ds_phrase_at (ctx, &s, k, PL_COUNTRY_BODY) > 0)
        return FALSE;
      country |= (s.toks[k].flags & W_COUNTRY) != 0;
    }
  return country;
}

/* Whether some token of @s is the punctuation @c. */
static gboolean
has_punct (const Sent *s,
           gunichar    c)
{
  for (guint k = 0; k < s->n; k++)
    if (_ds_tok_is_punct (&s->toks[k], c))
      return TRUE;
  return FALSE;
}

/* Check "gloss-equation": "**Prestige** — a photo with the president =
 * campaign material", "foto bersama presiden = bahan kampanye": an
 * equals sign inside the gloss makes it a slogan or a sum, no meaning. */
static gboolean
gloss_equation (const Sent *s)
{
  return has_punct (s, '=');
}

/* Check "gloss-value": "Perlindungan nelayan: UU 7/2016 tentang …",
 * "Jumlah pengungsi: sekitar 2–3 juta orang", "Legal basis: Act 12 of
 * 2011", "Budget: USD 4.5 billion …", "Lead agency → Coast Guard": what
 * a label is set to — a figure (after "sekitar", "about", "est."), a
 * law's short name and number, a chain of arrows — is no meaning of the
 * label. */
static gboolean
gloss_value (Ctx        *ctx,
             const Sent *s)
{
  guint i = first_word (s);

  if (has_punct (s, DS_ARROW))
    return TRUE;
  if (i + 2 < s->n && s->toks[i].type == TOK_WORD && s->toks[i].len <= 6 && _ds_tok_is_punct (&s->toks[i + 1], '.') &&
      s->toks[i + 2].type == TOK_NUMBER)
    i += 2;
  if (i < s->n)
    i += _ds_phrase_at (ctx, s, i, PL_LISTS_APPROX_COUNT);
  if (i >= s->n)
    return FALSE;
  if (s->toks[i].type == TOK_NUMBER || (s->toks[i].flags & W_CURRENCY))
    return TRUE;
  /* "UU 7/2016", "Act 12 of 2011", "Perda 4/2021": a capitalised word
   * and a number. */
  return s->toks[i].type == TOK_WORD && s->toks[i].cap && i + 1 < s->n && s->toks[i + 1].type == TOK_NUMBER;
}

/* Check "gloss-name": "Lembaga pengawas: Ombudsman Republik Indonesia
 * dan DPRD", "Oversight body: the Ombudsman Office and …": a common
 * noun's label (no capital in @subject) set to a name (two capitalised
 * words first, past "the") is who fills the role, not what the
 * label means; an acronym's expansion keeps its capitals in @subject. */
static gboolean
gloss_name (const char *subject,
            const Sent *s)
{
  guint i = first_word (s), parts = 1, run = 0;
  gboolean series = TRUE;

  /* "Cyber Attacks — Types, Motives, Attribution", "Data Governance:
   * Access, Flows, Trust": three or more single capitalised words
   * between commas (a last "and" or "&" perhaps) are a title's subtitle,
   * whatever the label; an acronym's expansion has no commas. */
  for (guint k = i; k < s->n && series; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, ',') || _ds_tok_is (t, "and") || _ds_tok_is (t, "dan") || _ds_tok_is_punct (t, '&'))
        {
          series = run == 1;
          parts += _ds_tok_is_punct (t, ',') || !_ds_tok_is_punct (&s->toks[k - 1], ',');
          run = 0;
        }
      else if (t->type == TOK_WORD && t->cap && !_ds_tok_is_acronym (t))
        run++;
      else if (!(t->type == TOK_PUNCT && k + 1 == s->n))
        series = FALSE;
    }
  if (series && run == 1 && parts >= 3)
    return TRUE;

  for (const char *p = subject; p != NULL && *p != '\0'; p++)
    if (g_ascii_isupper (*p))
      return FALSE;
  /* ("a Security Council mandate that …", "Mandat Dewan Keamanan yang
   * …": a class, which a relative narrows.) */
  for (guint k = i; k < s->n; k++)
    if (s->toks[k].flags & (W_RELATIVE | W_THAT))
      return FALSE;
  if (i < s->n && _ds_tok_is (&s->toks[i], "the"))
    i++;
  /* "Bonn, Germany", "Rabu, 19 Juni 2024", "Prof. Hendra Kusuma",
   * "Conference of the Parties (COP) to the UNFCCC": an infobox's or a
   * form's field filled with a place, a date or a name — no word in
   * lower case but function words. */
  {
    gboolean lower = FALSE;

    for (guint k = i; k < s->n && !lower; k++)
      lower = s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION);
    if (!lower && i < s->n)
      return TRUE;
  }
  return i + 1 < s->n && s->toks[i].type == TOK_WORD && s->toks[i].cap && s->toks[i + 1].type == TOK_WORD &&
         s->toks[i + 1].cap && !(s->toks[i + 1].flags & W_FUNCTION);
}

/* Check "gloss-question": "Vaccine diplomacy: who gains?", "Diplomasi
 * vaksin: siapa untung?": a question after the term asks, it says
 * nothing the term means. */
static gboolean
gloss_question (Ctx        *ctx,
                const Sent *s)
{
  guint i = first_word (s);

  /* "who gains" (phrase list definition_question_opener: "Soft power:
   * what a country gets …" and "how states talk …" still gloss). */
  return (i < s->n && _ds_phrase_at (ctx, s, i, PL_DEFINITION_QUESTION_OPENER) > 0) ||
         has_punct (s, '?');
}

/* Whether the body @s opens on a phrase of the list @name: check
 * "gloss-example", "**Naval access**: for example, berths in Apia",
 * "misalnya dermaga di Apia …" (example_marker: an example of the term
 * is no meaning of it); "Sensing is the least discussed of the three",
 * "X adalah yang paling jarang dibahas" (gloss_rank_opener: "the most",
 * "the least", "yang paling": a rank places the term among others, no
 * meaning of it). */
static gboolean
gloss_opens_on (Ctx        *ctx,
                const Sent *s,
                PhraseId    name)
{
  guint i = first_word (s);

  return i < s->n && _ds_phrase_at (ctx, s, i, name) > 0;
}

/* Check "gloss-penalty": "menjual data nasabah — penjara paling lama 3
 * tahun", "leaking patient files: a fine of up to 5 million euros": a
 * penalty and its measure (a word of the phrase list
 * definition_penalty, a figure or a count) say what an act costs, not
 * what it is. */
static gboolean
gloss_penalty (Ctx        *ctx,
               const Sent *s)
{
  gboolean penalty = FALSE, measure = FALSE;

  for (guint k = 0; k < s->n; k++)
    {
      penalty |= _ds_phrase_at (ctx, s, k, PL_DEFINITION_PENALTY) > 0;
      measure |= s->toks[k].type == TOK_NUMBER || (s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_COUNT));
    }
  return penalty && measure;
}

/* Check "gloss-exhortation": "ports for the navy, check first", "…, cek
 * dulu": a part of the gloss that tells the reader what to do (phrase
 * list definition_exhortation, at the gloss's start or after a comma,
 * and at most two words after it) makes it advice, no meaning. */
static gboolean
gloss_exhortation (Ctx        *ctx,
                   const Sent *s)
{
  for (guint k = 0; k < s->n; k++)
    {
      guint n;

      if (k > 0 && !_ds_tok_is_punct (&s->toks[k - 1], ',') && !_ds_tok_is_punct (&s->toks[k - 1], ';') &&
          !_ds_tok_is_punct (&s->toks[k - 1], 0x2014) && !_ds_tok_is_punct (&s->toks[k - 1], '-'))
        continue;
      if ((n = _ds_phrase_at (ctx, s, k, PL_DEFINITION_EXHORTATION)) == 0)
        continue;
      for (k += n; k < s->n && s->toks[k].type == TOK_PUNCT; k++)
        ;
      if (k + 2 >= s->n || (k + 3 >= s->n && s->toks[s->n - 1].type == TOK_PUNCT))
        return TRUE;
    }
  return FALSE;
}

/* The content words of the part [@a, @b) of a gloss, or G_MAXUINT when one of
 * them qualifies or states ("that", "yang", a verb the lexicon knows,
 * an aux). */
static guint
bare_part_words (const Sent *s,
                 guint       a,
                 guint       b)
{
  guint n = 0;

  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD)
        continue;
      if (t->flags & (W_RELATIVE | W_THAT | W_AUX | W_CUE_DEF))
        return G_MAXUINT;
      n += !(t->flags & W_FUNCTION);
    }
  return n;
}

/* A verb the lexicon knows in [@a, @b) after the part's first word,
 * with a word after it in the part ("upaya menjaga jaringan"; not
 * "illegal fishing", whose "-ing" word ends the part). */
static gboolean
verb_with_object (const Sent *s,
                  guint       a,
                  guint       b)
{
  for (guint k = a + 1; k + 1 < b; k++)
    if (s->toks[k].type == TOK_WORD && s->toks[k].verb && !s->toks[k].cap && s->toks[k + 1].type == TOK_WORD)
      return TRUE;
  return FALSE;
}

/* "Tension: human rights versus sovereignty", "Dilema: kedaulatan vs
 * hak asasi": two things set against each other (a word of
 * gloss_versus between them, no verb) are what the label pits, no
 * meaning of it. */
static gboolean
gloss_versus (Ctx        *ctx,
              const Sent *s)
{
  gboolean versus = FALSE;

  for (guint k = 1; k + 1 < s->n; k++)
    {
      if (s->toks[k].verb)
        return FALSE;
      versus |= _ds_word_in_either (&s->toks[k], "gloss_versus");
    }
  return versus;
}

/* Check "gloss-enumeration": "**Maritime security**: piracy, illegal
 * fishing and migrant smuggling", "Keamanan maritim: pembajakan,
 * penangkapan ikan ilegal, dan penyelundupan migran": three or more bare
 * noun phrases of one to three content words, between commas and a last "and"/
 * "dan", name the issues under the term, no meaning of it ("the ability
 * to shape preferences, values and policies" opens on an article and
 * still glosses; the parts are a list only when a comma parts two). */
static gboolean
gloss_enumeration (const Sent *s)
{
  guint parts = 0, commas = 0, start, i = first_word (s);
  gboolean final = FALSE;

  /* "seperangkat prinsip, norma, aturan, dan prosedur …": a
   * collective head (the class category) gathers the parts into one
   * thing, as an article does. */
  if (i >= s->n || s->toks[i].type != TOK_WORD || _ds_tok_is_article (&s->toks[i]) ||
      (s->toks[i].flags & (W_COUNT | W_DET | W_QUANT | W_FUNCTION | W_CATEGORY)))
    return FALSE;
  for (guint k = start = i; k <= s->n; k++)
    {
      guint n;

      if (k < s->n && !_ds_tok_is_punct (&s->toks[k], ',') && !_ds_tok_is_punct (&s->toks[k], ';') &&
          !(s->toks[k].type == TOK_WORD && (s->toks[k].flags & W_CONJ)))
        continue;
      n = bare_part_words (s, start, k);
      /* "upaya menjaga jaringan, perangkat, dan data": a first part
       * whose verb has its object after it is the gloss's head and its
       * act, the rest that act's objects. */
      if (parts == 0 && n != G_MAXUINT && verb_with_object (s, start, k))
        return FALSE;
      /* "…, dan penyelundupan": a comma before "dan" ends no part. */
      if (n == 0 && k < s->n && k > i && _ds_tok_is_punct (&s->toks[k - 1], ','))
        {
          final |= s->toks[k].type == TOK_WORD;
          start = k + 1;
          continue;
        }
      if (n == 0 || n > 3)
        return FALSE;
      parts++;
      if (k < s->n && s->toks[k].type == TOK_WORD)
        final = TRUE;
      else if (k < s->n)
        commas++;
      start = k + 1;
    }
  /* ("perlindungan dan independensi politik serta kesatuan …": no comma,
   * one thing the term is, told in three nouns.) */
  return parts >= 3 && commas > 0 && final;
}

/* A bracket that holds a year: "Tallinn Manual 2.0 (2017)", "Nye
 * (2004)", a source as it is cited, no term. */
static gboolean
year_in_brackets (const Sent *s)
{
  gboolean open = FALSE;

  for (guint k = 0; k < s->n; k++)
    if (_ds_tok_is_punct (&s->toks[k], '(') || _ds_tok_is_punct (&s->toks[k], '['))
      open = TRUE;
    else if (_ds_tok_is_punct (&s->toks[k], ')') || _ds_tok_is_punct (&s->toks[k], ']'))
      open = FALSE;
    else if (open && s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4 &&
             (s->toks[k].p[0] == '1' || s->toks[k].p[0] == '2'))
      return TRUE;
  return FALSE;
}

/* "Hansen dan Nissenbaum", "UK, Estonia, Netherlands", "Keohane and
 * Nye": two names or more of one word each, joined by commas and "dan",
 * "and", are people or states a sentence says something of ("… adalah
 * peneliti pertama yang …"), no concept to ask the meaning of ("Badan
 * Siber dan Sandi Negara" joins no single words). */
static gboolean
joined_names (const Sent *s)
{
  guint names = 0;
  gboolean joint = TRUE;

  for (guint k = 0; k < s->n; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, ',') || _ds_tok_is (t, "dan") || _ds_tok_is (t, "and") || _ds_tok_is_punct (t, '&'))
        {
          if (joint)
            return FALSE;
          joint = TRUE;
          continue;
        }
      if (t->type != TOK_WORD || !t->cap || !joint)
        return FALSE;
      joint = FALSE;
      names++;
    }
  return names >= 2 && !joint;
}

/* Check "term": what "Apa yang dimaksud dengan X?", "What is meant by
 * X?" asks is a term — a noun phrase that names a concept. Every rule
 * that makes a definition, and every other name asked ("Apa istilah
 * lain untuk X?"), passes here: a term is none of
 * - a source as cited, with its year in brackets ("Tallinn Manual 2.0
 *   (2017)");
 * - a clause, its verb a copula or the like (phrase list
 *   term_clause_word: "everyday usage is much broader", "X adalah …");
 * - a verb phrase, an action a list of steps or advice names (phrase list
 *   term_action_verb: "develop confidence-building measures", "publish
 *   national positions"; not a word that also heads a noun phrase,
 *   "open data portal", "use of force");
 * - an adjective alone, a kind of what a heading names (phrase list
 *   term_adjective: "political", "legal"), unless quoted as a word
 *   ('“bebas”');
 * - half a quotation: a line a speaker says, its opening quote in the
 *   term and its close in the answer ('"Multilateralism');
 * - a stance noun (phrase list stance_noun: "view", "approach",
 *   "pandangan") with only words that place or rate it (stance_modifier:
 *   "early", "current", "broader modern", "optimis"), no holder: a
 *   label of notes ("Early mood = …", "Pandangan optimis: …"), whose
 *   view the card cannot say;
 * - a dated label: a year that opens the term or follows a lower-case
 *   content word in it ("2013 UN GGE report", "binding covenants 1966"):
 *   a document or an event of that year, whose content the line gives,
 *   no concept ("Agenda 2030", "UU Nomor 27 Tahun 2022" keep their
 *   name's capital or a function word before the year).
 * A heading is none either, but that is the rules' to tell: only they
 * know where the term was read. */
/* "early mood", "the current approach", "broader modern view",
 * "pandangan optimis": tokens of @s from @i, a stance noun (English last,
 * Indonesian first) and otherwise only words of stance_modifier, all in
 * lower case. */
static gboolean
stance_label (Ctx        *ctx,
              const Sent *s,
              guint       i)
{
  guint a = i, b = s->n, n;

  if (a < b && _ds_tok_is (&s->toks[a], "the"))
    a++;
  while (b > a && s->toks[b - 1].type != TOK_WORD)
    b--;
  if (b < a + 2)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].cap)
      return FALSE;
  if (ctx->english ? _ds_phrase_at (ctx, s, b - 1, PL_STANCE_NOUN) != 1
                   : _ds_phrase_at (ctx, s, a, PL_STANCE_NOUN) != 1)
    return FALSE;
  if (ctx->english)
    b--;
  else
    a++;
  for (guint k = a; k < b; k += n)
    if ((n = _ds_phrase_at (ctx, s, k, PL_STANCE_MODIFIER)) == 0 || k + n > b)
      return FALSE;
  return TRUE;
}

static gboolean
names_concept (Ctx        *ctx,
               const char *term)
{
  Sent s;
  guint i, words = 0, quotes = 0;

  words_of (ctx, term, &s);
  i = first_word (&s);
  if (i >= s.n || year_in_brackets (&s))
    return FALSE;
  for (guint k = 0; k < s.n; k++)
    {
      const Tok *t = &s.toks[k];

      if (_ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, 0x201C) || _ds_tok_is_punct (t, 0x201D))
        quotes++;
      if (t->type != TOK_WORD)
        continue;
      words++;
      if (k > i && !t->cap && _ds_phrase_at (ctx, &s, k, PL_TERM_CLAUSE_WORD) > 0)
        return FALSE;
    }
  if (quotes % 2 == 1 || joined_names (&s))
    return FALSE;
  if (words >= 2 && s.toks[i].type == TOK_WORD && i + 1 < s.n && !_ds_tok_is (&s.toks[i + 1], "of") &&
      _ds_phrase_at (ctx, &s, i, PL_TERM_ACTION_VERB) > 0)
    return FALSE;
  if (words == 1 && s.toks[i].type == TOK_WORD && _ds_phrase_at (ctx, &s, i, PL_TERM_ADJECTIVE) > 0)
    return FALSE;
  if (words >= 2 && words <= 4 && stance_label (ctx, &s, i))
    return FALSE;
  for (guint k = i; words >= 2 && k < s.n; k++)
    if (_ds_tok_is_year (&s.toks[k]) &&
        (k == i || (s.toks[k - 1].type == TOK_WORD && !s.toks[k - 1].cap && !(s.toks[k - 1].flags & W_FUNCTION) &&
                    !_ds_tok_is (&s.toks[k - 1], "tahun") && !_ds_tok_is (&s.toks[k - 1], "year"))))
      return FALSE;
  return TRUE;
}

/* "Perlindungan WNI di luar negeri adalah tugas Kementerian Luar Negeri",
 * "A ransomware gang is a matter for police": a body that opens on whose
 * duty the thing is (phrase list gloss_duty_opener) and then its owner
 * (a name, "dari", or in English no gerund: "the task of protecting …"
 * says what the thing is) says who handles it, no meaning. */
static gboolean
gloss_duty (Ctx        *ctx,
            const Sent *s)
{
  guint i = first_word (s), n, k;

  if (i >= s->n || (n = _ds_phrase_at (ctx, s, i, PL_GLOSS_DUTY_OPENER)) == 0)
    return FALSE;
  for (k = i + n; k < s->n && s->toks[k].type != TOK_WORD; k++)
    ;
  if (k >= s->n)
    return FALSE;
  if (ctx->english)
    return !(s->toks[k].len > 4 && g_ascii_strncasecmp (s->toks[k].p + s->toks[k].len - 3, "ing", 3) == 0);
  return s->toks[k].cap || _ds_tok_is (&s->toks[k], "dari");
}

/* A definition's sentence in lower case (ds_utf8_strdown()) and where
 * its subject, lowered too, stands in it (NULL: nowhere), lowered once
 * for the checks below that read the words around the term. */
typedef struct {
  const char *sentence;
  const char *at;
  gsize       len;     /* the lowered subject's bytes */
} Lowered;

/* "Pandangan dalam ringkasan kebijakan ini adalah pandangan penulis",
 * "Policy brief ini merupakan hasil kajian …", "This brief is …": a term
 * the sentence points at with "ini" after it (or "this", "these" before
 * it) is the text itself or a thing just named, no term a learner can be
 * asked to define. */
static gboolean
term_pointed (Ctx           *ctx,
              const DsClaim *claim,
              const Lowered *low)
{
  const char *sentence = low->sentence, *at = low->at, *p;

  /* ("Keamanan siber dalam naskah ini dipahami sebagai …": a verb that
   * defines, not a copula (phrase list note_copula), scopes the writer's
   * own definition of the term to the text.) */
  if (claim->sentence == NULL || claim->subject == NULL || claim->subject[0] == '\0' || claim->cue == NULL ||
      !g_strv_contains (ds_lang_get_phrases (ctx->lang, "note_copula"), claim->cue))
    return FALSE;
  /* ("Cyber Diplomacy ini adalah praktik …": a term written as a name,
   * a capital past its first word, is the term the text is about.) */
  for (p = strchr (claim->subject, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (g_ascii_isupper (p[1]))
      return FALSE;
  if (at == NULL)
    return FALSE;
  if (ctx->english)
    {
      for (p = at; p > sentence && p[-1] == ' '; p--)
        ;
      return (p - sentence >= 4 && strncmp (p - 4, "this", 4) == 0 && (p - 4 == sentence || !g_ascii_isalpha (p[-5]))) ||
             (p - sentence >= 5 && strncmp (p - 5, "these", 5) == 0 && (p - 5 == sentence || !g_ascii_isalpha (p[-6])));
    }
  for (p = at + low->len; *p == ' '; p++)
    ;
  return p > at + low->len && strncmp (p, "ini", 3) == 0 && !g_ascii_isalpha (p[3]);
}

/* "Campur tangan asing dalam pemilu juga merupakan isu hubungan luar
 * negeri", "Data localisation is also a trade barrier": a copula with
 * "juga"/"also" (phrase list gloss_also_copula) adds one more class the
 * term belongs to, no meaning of it. */
static gboolean
term_also (Ctx           *ctx,
           const Lowered *low)
{
  const char *p;
  const char * const *list = ds_lang_get_phrases (ctx->lang, "gloss_also_copula");

  if (low->at == NULL || list == NULL)
    return FALSE;
  for (p = low->at + low->len; *p == ' '; p++)
    ;
  for (guint i = 0; list[i] != NULL; i++)
    if (strncmp (p, list[i], strlen (list[i])) == 0 && !g_ascii_isalpha (p[strlen (list[i])]))
      {
        const char *w = p + strlen (list[i]), *x;

        /* ("… is also defined by Lindgren (2021) as …", "… juga
         * didefinisikan …": a passive that defines.) */
        while (*w == ' ')
          w++;
        for (x = w; g_ascii_isalpha (*x); x++)
          ;
        return !(x - w > 3 && (ctx->english ? strncmp (x - 2, "ed", 2) == 0 : strncmp (w, "di", 2) == 0));
      }
  return FALSE;
}

/* "Pemutusan tidak selalu berarti internet mati total", "A shutdown does
 * not always mean a blackout": a cue that a negation (phrase list
 * contrast_not) comes before says what the term is not, no meaning. */
static gboolean
cue_negated (Ctx           *ctx,
             const DsClaim *claim,
             const Lowered *low)
{
  g_autofree char *cue = NULL;
  g_autofree char *between = NULL;
  g_auto (GStrv) words = NULL;
  const char * const *nots = ds_lang_get_phrases (ctx->lang, "contrast_not");
  const char *at, *c;

  if (low->at == NULL || claim->cue == NULL || claim->cue[0] == '\0' || nots == NULL)
    return FALSE;
  cue = ds_utf8_strdown (claim->cue, -1);
  at = low->at + low->len;
  if ((c = strstr (at, cue)) == NULL || c - at > 40)
    return FALSE;
  between = g_strndup (at, c - at);
  if (strstr (between, "n't") != NULL)
    return TRUE;
  /* ("Leadership positions, rather than raw submissions, are the real
   * currency of …": an aside that sets the term against another, phrase
   * list gloss_aside_contrast, weighs the two, no meaning.) */
  for (const char * const *w = ds_lang_get_phrases (ctx->lang, "gloss_aside_contrast"); w != NULL && *w != NULL; w++)
    {
      g_autofree char *aside = g_strconcat (", ", *w, " ", NULL);

      if (strstr (between, aside) != NULL)
        return TRUE;
    }
  words = g_strsplit_set (between, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && g_strv_contains (nots, words[i]))
      return TRUE;
  return FALSE;
}

/* Whether the word at @k grades (a comparative or a superlative:
 * "most", "even", "paling", "lebih", the phrase list gloss_grading_word;
 * "clearest", "clearer", "ter-"). */
static gboolean
grading_word (Ctx        *ctx,
              const Sent *s,
              guint       k)
{
  const Tok *t = &s->toks[k];

  return _ds_phrase_at (ctx, s, k, PL_GLOSS_GRADING_WORD) == 1 ||
         (t->len > 5 && (ds_ascii_strncasecmp (t->p + t->len - 3, "est", 3) == 0 ||
                         ds_ascii_strncasecmp (t->p + t->len - 3, "ier", 3) == 0 ||
                         ds_ascii_strncasecmp (t->p + t->len - 3, "rer", 3) == 0)) ||
         (t->len > 5 && ds_ascii_strncasecmp (t->p, "ter", 3) == 0 && !t->verb);
}

/* "NotPetya was the clearest example of collateral damage", "Taiwan is
 * an even clearer case of …", "China's application is the politically
 * interesting one", "… a typical example: …", "Perjanjian itu contoh
 * paling jelas dari …": a gloss whose head, within its first words, is
 * an exemplar noun (phrase list gloss_exemplar_head) graded by a
 * comparative or a superlative, or one a colon follows, ranks what the
 * thing illustrates; it says no meaning ("the classic example of
 * scientific cooperation …" still says what the thing is). */
static gboolean
gloss_exemplar (Ctx        *ctx,
                const Sent *s)
{
  guint i = first_word (s);

  for (guint k = i; k < s->n && k <= i + 4; k++)
    {
      const Tok *t = &s->toks[k];
      gboolean graded = FALSE;

      if (t->type != TOK_WORD || (k > i && (t->flags & (W_PREP | W_RELATIVE | W_CONJ))))
        return FALSE;
      if (_ds_phrase_at (ctx, s, k, PL_GLOSS_EXEMPLAR_HEAD) != 1)
        continue;
      for (guint j = i; j < k + 3 && j < s->n; j++)
        graded |= j != k && s->toks[j].type == TOK_WORD && grading_word (ctx, s, j);
      /* (A gloss ending on "one" names nothing but the rank.) */
      return graded || (k + 1 < s->n && _ds_tok_is_punct (&s->toks[k + 1], ':')) ||
             (_ds_tok_is (t, "one") && k > i && k + 1 >= s->n);
    }
  return FALSE;
}

static gboolean
definition_passes (Ctx     *ctx,
                   DsClaim *claim)
{
  Sent s;
  g_autofree char *sentence = NULL;
  g_autofree char *subject = NULL;
  Lowered low = { NULL, NULL, 0 };

  if (!_ds_gate_head_ok (ctx, claim->subject) || !names_concept (ctx, claim->subject) ||
      !_ds_gate_no_debris (claim->body) || !_ds_gate_answer_start_ok (ctx, claim->body) || names_a_country (ctx, claim->subject))
    return FALSE;
  /* ("The clearest example is the regime imposed on Iraq …": a graded
   * exemplar as the term names nothing to define, as in the gloss
   * below.) */
  words_of (ctx, claim->subject, &s);
  if (gloss_exemplar (ctx, &s))
    return FALSE;
  /* "Kominfo — sekarang namanya Komdigi —", "the ministry (now the
   * Ministry of Digital Affairs)": what a body is called now or was
   * called before is an aside, no definition (phrase list
   * aside_renaming_opener). */
  words_of (ctx, claim->body, &s);
  if (s.n > 0 && _ds_phrase_at (ctx, &s, first_word (&s), PL_ASIDE_RENAMING_OPENER) > 0)
    return FALSE;
  /* "Tips singkat: jangan isi formulir …", "Quick tip: never enter …":
   * a warning or instruction tells what to do, it defines nothing. */
  if (s.n > 0 && _ds_phrase_at (ctx, &s, 0, PL_INSTRUCTION_OPENER) > 0)
    return FALSE;
  if (gloss_versus (ctx, &s) || gloss_duty (ctx, &s) || gloss_exemplar (ctx, &s))
    return FALSE;
  if (claim->sentence != NULL && claim->subject != NULL && claim->subject[0] != '\0')
    {
      low.sentence = sentence = ds_utf8_strdown (claim->sentence, -1);
      subject = ds_utf8_strdown (claim->subject, -1);
      low.at = strstr (sentence, subject);
      low.len = strlen (subject);
    }
  if (term_pointed (ctx, claim, &low) || term_also (ctx, &low) || gloss_opens_on (ctx, &s, PL_GLOSS_RANK_OPENER) || cue_negated (ctx, claim, &low))
    return FALSE;
  return !gloss_equation (&s) && !gloss_value (ctx, &s) && !gloss_name (claim->subject, &s) && !gloss_question (ctx, &s) && !gloss_opens_on (ctx, &s, PL_EXAMPLE_MARKER) && !gloss_penalty (ctx, &s) &&
         !gloss_exhortation (ctx, &s) && !gloss_enumeration (&s);
}

/* "- Concept coined by John Herz (1950)" under "Security Dilemma",
 * "- Teori dikembangkan oleh Waltz (1979)": a slide's line that opens on
 * a bare word of theory_head or idea_head and a verb leaves out whose
 * concept it is; "By whom was concept coined?", "Concept coined by John
 * Herz in _____" ask of nothing. */
static gboolean
bare_notion_line (Ctx        *ctx,
                  const char *sentence)
{
  static const char * const names[] = { "theory_head", "idea_head" };
  const char *w = sentence, *x;
  gboolean notion = FALSE;
  Sent s;
  guint i;

  /* (Its first word is looked up as written first: most facts' sentences
   * open on anything else, and are not cut again.) */
  while (*w != '\0' && !g_ascii_isalpha (*w))
    w++;
  for (x = w; g_ascii_isalpha (*x); x++)
    ;
  for (guint l = 0; l < G_N_ELEMENTS (names) && !notion && x > w; l++)
    for (guint c = 0; c < 2 && !notion; c++)
      {
        const char * const *list = ds_lang_get_phrases (ds_lang_get (c == 0 ? "en" : "id"), names[l]);

        for (guint k = 0; list != NULL && list[k] != NULL && !notion; k++)
          notion = strlen (list[k]) == (gsize) (x - w) && ds_ascii_strncasecmp (w, list[k], x - w) == 0;
      }
  if (!notion)
    return FALSE;
  words_of (ctx, sentence, &s);
  i = first_word (&s);
  return i + 1 < s.n && s.toks[i].type == TOK_WORD &&
         (_ds_word_in_either (&s.toks[i], "theory_head") || _ds_word_in_either (&s.toks[i], "idea_head")) &&
         s.toks[i + 1].type == TOK_WORD && s.toks[i + 1].verb && !s.toks[i + 1].cap;
}

/* "Signed 14 March 2019 in …", "Signed _____ in …", "Founded 1954",
 * "Disahkan 4 Agustus 2019 di …": a passive's date may follow it with
 * no preposition, in notes; @next is that date, a figure or the blank
 * put in its place. */
static gboolean
dated_next (const Tok *next)
{
  return next->type == TOK_NUMBER || (next->len >= 3 && next->p[0] == '_' && next->p[1] == '_');
}

/* Whether @t opens a clause on a passive verb with no subject before
 * it: an English participle in "-ed" ("Received the …", "contested by
 * …"), an Indonesian passive in di- or ter- ("Dibentuk lewat …"), with
 * a preposition or (English) an article after it. */
static gboolean
opens_on_passive (Ctx        *ctx,
                  const Sent *s,
                  guint       i)
{
  const Tok *t = &s->toks[i], *next = &s->toks[i + 1];

  if (ctx->english && t->type == TOK_WORD && !(t->flags & (W_NOUN | W_FUNCTION | W_NAME_NOUN)) &&
      _ds_word_in_either (t, "defs_irregular_participle"))
    {
      /* "Struck down by the court in …", "Set up in …": a particle may
       * come between the participle and its preposition. */
      if (next->type == TOK_WORD && (_ds_tok_is (next, "down") || _ds_tok_is (next, "up") || _ds_tok_is (next, "out")) &&
          i + 2 < s->n)
        next = &s->toks[i + 2];
      return (next->type == TOK_WORD && (next->flags & (W_PREP | W_DET)) != 0) || dated_next (next);
    }
  if (t->type == TOK_WORD && !(t->flags & (W_NOUN | W_FUNCTION | W_NAME_NOUN)) && dated_next (next))
    return ctx->english ? t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0
                        : t->len > 5 && (t->verb || (t->flags & W_EVENT)) &&
                            (ds_ascii_strncasecmp (t->p, "di", 2) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0);
  if (t->type != TOK_WORD || next->type != TOK_WORD || (t->flags & (W_NOUN | W_FUNCTION | W_NAME_NOUN)))
    return FALSE;
  if (ctx->english)
    return t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 &&
           (next->flags & (W_PREP | W_DET)) != 0;
  return t->len > 5 && (t->verb || (t->flags & W_EVENT)) &&
         (ds_ascii_strncasecmp (t->p, "di", 2) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0) &&
         (next->flags & W_PREP) != 0;
}

/* "- Dibentuk lewat Perpres No. 53 Tahun 2017, lalu diubah …" under
 * "BSSN", "Disadvantages: contested by the Ministry of Energy …",
 * "- Received the … award in 2021" under a diplomat's name: a line of
 * notes that opens on a passive verb and names no subject anywhere
 * leaves out what it is about, and its blank or question asks of
 * nothing ("Dibentuk lewat _____, …"). A participle's clause that a
 * subject follows after its comma ("Founded in 1967, ASEAN …",
 * "Dibentuk pada 2017, badan itu …") is an aside, no such line; a
 * comma before a link ("lalu", "then") or another verb goes on without
 * one. A question the rule words names the subject itself, and
 * stands. */
static gboolean
subjectless_line (Ctx        *ctx,
                  const char *sentence)
{
  const char *w = sentence, *x;
  gboolean passive = FALSE;
  Sent s;
  guint i;

  /* (Most sentences open on no such word, nor the word after it: they
   * are not cut again.) */
  for (guint k = 0; k < 2 && !passive; k++)
    {
      while (*w != '\0' && !g_ascii_isalpha (*w))
        w++;
      for (x = w; g_ascii_isalpha (*x); x++)
        ;
      passive = ctx->english ? ds_words_is_participle (ctx->lang, w, x - w)
                             : x - w >= 5 && (ds_ascii_strncasecmp (w, "di", 2) == 0 || ds_ascii_strncasecmp (w, "ter", 3) == 0);
      w = x;
    }
  if (!passive)
    return FALSE;
  words_of (ctx, sentence, &s);
  i = first_word (&s);
  /* "Later adopted by …", "Kemudian disahkan oleh …": an adverb first. */
  if (i + 3 < s.n && s.toks[i].type == TOK_WORD && (s.toks[i].flags & (W_ADV | W_CONNECTIVE)) &&
      !(s.toks[i].flags & W_PREP))
    i++;
  if (i + 2 >= s.n || !opens_on_passive (ctx, &s, i))
    return FALSE;
  for (guint k = i + 2; k + 1 < s.n; k++)
    if (_ds_tok_is_punct (&s.toks[k], ','))
      {
        const Tok *after = &s.toks[k + 1];

        if (after->type != TOK_WORD ||
            !((after->flags & (W_CONJ | W_CONNECTIVE | W_ADV)) || (after->verb && !after->cap)))
          return FALSE;
      }
  return TRUE;
}

/* "Under the _____ report of the UN Group of Governmental Experts", "On
 * _____ and in force since 24 April 1964", "As articulated by the
 * International Court of Justice in _____": a blank's clause that opens
 * on a preposition or "as" and that its sentence goes on from after a
 * comma is the sentence's aside of time or source, cut from the clause
 * it frames ("Under the 2015 report …, which the General Assembly
 * endorsed, states agreed that …"); it says nothing of anything. A
 * clause that holds what the aside frames ("In _____, the trade
 * ministries set up …") ends where its sentence ends. */
static gboolean
aside_cut (Ctx           *ctx,
           const DsClaim *claim)
{
  const char *blank = strstr (claim->body, DS_CARD_BLANK);
  const char *body = claim->body + strspn (claim->body, " ");
  g_autofree char *filled = NULL;
  const char *at, *after;
  gsize len;
  Sent s;
  guint i;

  if (blank == NULL || claim->sentence == NULL || claim->subject == NULL)
    return FALSE;
  words_of (ctx, body, &s);
  i = first_word (&s);
  if (i >= s.n || s.toks[i].type != TOK_WORD ||
      !((s.toks[i].flags & W_PREP) || _ds_tok_is (&s.toks[i], "as") || _ds_tok_is (&s.toks[i], "sebagaimana")))
    return FALSE;
  filled = g_strdup_printf ("%.*s%s%s", (int) (blank - body), body, claim->subject, blank + strlen (DS_CARD_BLANK));
  len = strlen (filled);
  while (len > 1 && (filled[len - 1] == ' ' || filled[len - 1] == '.'))
    len--;
  filled[len] = '\0';
  if (len < 2)
    return FALSE;
  /* (The clause's first letter may be raised from the sentence's.) */
  for (at = claim->sentence; (at = strstr (at, filled + 1)) != NULL; at++)
    if (at > claim->sentence && g_ascii_tolower (at[-1]) == g_ascii_tolower (filled[0]))
      break;
  if (at == NULL)
    return FALSE;
  after = at + len - 1;
  after += strspn (after, " *_");
  return *after == ',';
}

/* "Berbeda dengan kedua penelitian terdahulu, penelitian ini tidak
 * berfokus pada satu kanal, melainkan _____", "Artikel ini menganalisis
 * peran Indonesia … di bawah _____", "In its last part, the author
 * presents a framework that links … with the case of _____": a blank in
 * a sentence whose subject is the essay itself (the phrase list
 * text_anchor), at its start or past an opening aside, asks what the
 * essay sets out to do, not what it teaches; no lecturer puts it on a
 * quiz. A figure or a count of its method ("… analisis dokumen terhadap
 * _____" → "42 regulasi", "lima komponen") is kept, and so is the
 * author's stance ("Penulis menilai …", "Kajian ini menyimpulkan bahwa
 * …", "The author argues that …": a report's verb after the author, or
 * before "bahwa", "that"): that is the essay's thesis. */
static gboolean
blank_about_the_essay (Ctx           *ctx,
                       const DsClaim *claim)
{
  const char *blank = strstr (claim->body, DS_CARD_BLANK);
  gboolean author;
  Sent s;
  guint i, n = 0;

  if (blank == NULL || claim->subject == NULL || g_ascii_isdigit (claim->subject[0]) ||
      !_ds_text_may_hold (claim->body, ds_lang_get_phrases (ctx->lang, "text_anchor")))
    return FALSE;
  words_of (ctx, claim->subject, &s);
  if (s.n > 0 && (s.toks[0].type == TOK_NUMBER || (s.toks[0].flags & W_COUNT)))
    return FALSE;
  words_of (ctx, claim->body, &s);
  i = first_word (&s);
  if (i < s.n && (n = _ds_phrase_at (ctx, &s, i, PL_TEXT_ANCHOR)) == 0)
    {
      /* Past an opening aside: "Pada bagian akhir, penulis …". */
      guint k = i;

      while (k < s.n && k < i + 10 && !_ds_tok_is_punct (&s.toks[k], ','))
        k++;
      if (k + 1 >= s.n || k >= i + 10)
        return FALSE;
      i = k + 1;
      n = _ds_phrase_at (ctx, &s, i, PL_TEXT_ANCHOR);
    }
  if (n == 0 || i + n >= s.n || s.toks[i + n].type != TOK_WORD || s.toks[i + n].p > blank)
    return FALSE;
  /* (The anchor is the subject: a verb, maybe after an adverb, follows;
   * a report's verb or "that"/"bahwa" says the author's stance.) */
  author = _ds_phrase_at (ctx, &s, i, PL_AUTHOR_WORD) > 0;
  i += n;
  if ((s.toks[i].flags & W_ADV) && i + 1 < s.n && s.toks[i + 1].type == TOK_WORD)
    i++;
  if (s.toks[i].flags & (W_THAT | W_PREP | W_CONJ | W_RELATIVE | W_PRONOUN | W_DET | W_CONNECTIVE))
    return FALSE;
  return !((s.toks[i].flags & W_REPORT) && (author || (i + 1 < s.n && (s.toks[i + 1].flags & W_THAT))));
}

/* "Apa istilah lain untuk ketika kursi?" of "… ketika kursi (chair)
 * Woodrow Wilson didirikan …", "… untuk pidato yang kelak?" of "pidato
 * yang kelak dikenal dengan judul …": a term in lower case that holds a
 * relative or a subordinator ("yang", "ketika", "which", "when": the
 * phrase list clause_subordinate) is a clause's fragment, and no other
 * name is one for it. A name may hold one ("Kesepakatan Kemitraan
 * Transisi Energi yang Adil"). */
static gboolean
alias_term_fragment (Ctx        *ctx,
                     const char *term)
{
  Sent s;
  guint i;

  words_of (ctx, term, &s);
  i = first_word (&s);
  if (i >= s.n || s.toks[i].type != TOK_WORD || s.toks[i].cap)
    return FALSE;
  for (guint k = i; k < s.n; k++)
    if (s.toks[k].type == TOK_WORD && !s.toks[k].cap &&
        ((s.toks[k].flags & W_RELATIVE) || _ds_phrase_at (ctx, &s, k, PL_CLAUSE_SUBORDINATE) > 0))
      return TRUE;
  return FALSE;
}

/* "Dari _____ tersebut, arus data lintas batas dianggap …" → "sembilan
 * elemen", "Of these _____, …": a blank that a demonstrative points at
 * ("_____ tersebut", "_____ itu"; "these _____") is what the sentence
 * before named, asked again; the sentence's own fact is elsewhere. A
 * name is kept. */
static gboolean
blank_pointed (Ctx           *ctx,
               const DsClaim *claim)
{
  const char *blank = strstr (claim->body, DS_CARD_BLANK);
  const char *after, *before;
  Sent s;

  /* (A name pointed at is itself the fact: "Saluran yang dioperasikan
   * oleh _____ ini …" → "Kementerian Luar Negeri".) */
  if (blank == NULL || claim->subject == NULL || g_ascii_isupper (claim->subject[0]))
    return FALSE;
  after = blank + strlen (DS_CARD_BLANK);
  while (*after == ' ')
    after++;
  words_of (ctx, after, &s);
  if (!ctx->english)
    return s.n > 0 && s.toks[0].type == TOK_WORD && (s.toks[0].flags & W_ANAPHOR) &&
           _ds_phrase_at (ctx, &s, 0, PL_DEMONSTRATIVE_AFTER) > 0;
  for (before = blank; before > claim->body && before[-1] == ' '; before--)
    ;
  {
    const char *w = before;

    while (w > claim->body && g_ascii_isalpha (w[-1]))
      w--;
    if (w == before)
      return FALSE;
    {
      g_autofree char *word = g_strndup (w, before - w);

      words_of (ctx, word, &s);
      return s.n == 1 && _ds_phrase_at (ctx, &s, 0, PL_DEMONSTRATIVE_BEFORE) > 0;
    }
  }
}

/* "When was the first edition published?", "What is the key element?",
 * "What did the government conclude?", "Kapan edisi pertama
 * diterbitkan?", "Apa unsur kunci?": a question whose one noun is a
 * thing the sentences before named, pointed at by "the", "this" or a
 * word that ranks it among others of its kind (the phrase list
 * owner_pointing_modifier, an ordinal, a superlative), and that names
 * nothing else — no name, no figure, no quoted title, no second noun —
 * has as many answers as the essay has editions, elements or
 * governments: whose they are is what it leaves out. A verb is no owner;
 * "the technical layer", "model pasar" name their kind and stand. */
/* Whether an owner's "'s" stands right before the word at @k. */
static gboolean
possessed (const Sent *s,
           guint       k)
{
  for (guint j = k; j > 0; j--)
    {
      const Tok *t = &s->toks[j - 1];

      if (t->flags & W_ORDINAL)
        continue;
      if (_ds_tok_is (t, "s") || _ds_tok_is (t, "'s") || _ds_tok_is (t, "\xE2\x80\x99s") ||
          (t->len > 2 && t->p[t->len - 1] == 's' && (t->p[t->len - 2] == '\'' || (guchar) t->p[t->len - 2] == 0x99)))
        return TRUE;
      return FALSE;
    }
  return FALSE;
}

static gboolean
question_unowned (Ctx        *ctx,
                  const char *question)
{
  gboolean pointed = FALSE, definite = FALSE, action = FALSE;
  guint nouns = 0;
  Sent s;
  guint i;

  /* (Most questions hold a name or a figure: no need to read them.) */
  for (const char *p = question; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (p > question && g_ascii_isupper (*p) && p[-1] == ' '))
      return FALSE;
  words_of (ctx, question, &s);
  i = first_word (&s);
  for (guint k = i; k < s.n; k++)
    {
      const Tok *t = &s.toks[k];

      if (t->type == TOK_NUMBER || t->type == TOK_SYMBOL ||
          _ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, 0x201C) || _ds_tok_is_punct (t, '('))
        return FALSE;
      if (t->type != TOK_WORD)
        continue;
      if (t->cap && k > i)
        return FALSE;
      if (_ds_phrase_at (ctx, &s, k, PL_OWNER_POINTING_MODIFIER) > 0 ||
          (t->flags & (W_ORDINAL | W_SUPERLATIVE)))
        {
          pointed = TRUE;
          continue;
        }
      if (_ds_phrase_at (ctx, &s, k, PL_DEFINITE_ARTICLE) > 0 ||
          _ds_phrase_at (ctx, &s, k, PL_DEMONSTRATIVE_BEFORE) > 0)
        {
          definite = TRUE;
          pointed |= _ds_phrase_at (ctx, &s, k, PL_DEMONSTRATIVE_BEFORE) > 0;
          continue;
        }
      if (t->flags & W_FUNCTION)
        continue;
      /* (An act's noun, "drafting", "review", "perundingan": the phrase
       * list owner_action_noun, a noun though it reads as a verb.) */
      if (_ds_phrase_at (ctx, &s, k, PL_OWNER_ACTION_NOUN) == 1)
        {
          /* ("the commission's review", "tim audit": an owner before
           * it; Indonesian's head stands first.) */
          action = k > i && !possessed (&s, k) && (ctx->english || nouns == 0);
          nouns++;
          continue;
        }
      /* ("the term securitization": a vague head's noun after it is a
       * second noun, the owner.) */
      if (t->verb && !(t->flags & (W_NOUN | W_VAGUE)))
        continue;
      nouns++;
      action = FALSE;
    }
  /* "By whom was the drafting led?", "Who chaired the final review?",
   * "Oleh siapa perundingan dipimpin?": an act's noun (the phrase list
   * owner_action_noun) last of at most two nouns, with no name and no
   * "of" after it, leaves out what was drafted or reviewed: the
   * sentence said it, or one before did. */
  if (action && (ctx->english ? nouns <= 2 && definite : nouns == 1))
    return TRUE;
  /* (English: "the" with a noun alone, "Who endorsed the proposal?",
   * may still be the essay's one proposal: only a ranked or pointed
   * noun is weighed.) */
  return nouns == 1 && pointed && (definite || !ctx->english);
}

/* "24 jam sehari", "seven days a week", "365 days a year": a figure as
 * long as the period it is counted in (the phrase lists figure_span_day,
 * figure_span_week, figure_span_year_months, figure_span_year_days) says
 * "always", no figure to learn: "siap _____, tujuh hari seminggu" asks
 * what anyone fills in. */
static gboolean
figure_whole_span (Ctx           *ctx,
                   const DsClaim *claim,
                   const Sent    *subject)
{
  static const struct { PhraseId list; double whole; } spans[] = {
    { PL_FIGURE_SPAN_DAY, 24 }, { PL_FIGURE_SPAN_WEEK, 7 },
    { PL_FIGURE_SPAN_YEAR_MONTHS, 12 }, { PL_FIGURE_SPAN_YEAR_DAYS, 365 },
  };
  const char *blank;
  g_autofree char *joined = NULL;
  const Sent *read = subject;
  guint n_subject = subject->n;
  double value;
  Sent s;

  /* (The answer is the figure and its period, no more: "designate a
   * point of contact available twenty-four hours a day …" asks a duty.) */
  if (subject->n == 0 || subject->n > 4)
    return FALSE;
  if (subject->toks[0].type == TOK_NUMBER)
    value = g_ascii_strtod (subject->toks[0].p, NULL);
  else if (subject->toks[0].type == TOK_WORD && (subject->toks[0].flags & W_COUNT) && subject->toks[0].value > 0)
    value = subject->toks[0].value;
  else
    return FALSE;
  if (value < 7)
    return FALSE;
  /* ("… staffed 24 hours a day, _____ a year": the period may follow
   * the blank.) */
  blank = claim->question == NULL && claim->body != NULL ? strstr (claim->body, DS_CARD_BLANK) : NULL;
  if (blank != NULL)
    {
      /* (The gate's one buffer: @subject is read no more.) */
      joined = g_strconcat (claim->subject, " ", blank + strlen (DS_CARD_BLANK), NULL);
      words_of (ctx, joined, &s);
      read = &s;
    }
  for (guint n = 0; n < G_N_ELEMENTS (spans); n++)
    {
      guint len = value >= spans[n].whole && read->n > 1 ? _ds_phrase_at (ctx, read, 1, spans[n].list) : 0;

      if (len > 0 && n_subject <= 1 + len)
        return TRUE;
    }
  return FALSE;
}

/* "penyiaran (broadcasting)": one common word glossed by one word of
 * the other language is vocabulary, no other name of a term (brackets
 * in a citation or of a person's institution are commit_alias()'s). */
static gboolean
alias_word_gloss (const DsClaim *claim)
{
  return claim->rule == DS_CLAIM_RULE_ALIAS && claim->lead != NULL && claim->subject != NULL &&
         strchr (claim->lead, ' ') == NULL && strchr (claim->subject, ' ') == NULL &&
         g_ascii_islower (*claim->lead) && g_ascii_islower (*claim->subject);
}

/* "Chosun Expo (North Korea)", "Tianjin Huaying (China)": a country in
 * brackets after a name that holds none says where the body is, no
 * other name of it. */
static gboolean
alias_country (Ctx           *ctx,
               const DsClaim *claim)
{
  gboolean lead_country = FALSE;
  Sent s;

  if (claim->rule != DS_CLAIM_RULE_ALIAS || claim->lead == NULL || claim->subject == NULL)
    return FALSE;
  words_of (ctx, claim->lead, &s);
  for (guint i = 0; i < s.n; i++)
    lead_country |= (s.toks[i].flags & W_COUNTRY) != 0;
  words_of (ctx, claim->subject, &s);
  if (lead_country || s.n == 0 || !(s.toks[s.n - 1].flags & W_COUNTRY))
    return FALSE;
  for (guint i = 0; i < s.n; i++)
    if (s.toks[i].type != TOK_WORD || !s.toks[i].cap)
      return FALSE;
  return TRUE;
}

/* "Hinda Surbakti (purnawirawan TNI)", "Maria Holt (retired admiral)": a
 * bracket opening in lower case after a person's name says what the
 * person is, no other name of the person (a person's other name is
 * written as a name is). */
static gboolean
alias_person_gloss (Ctx           *ctx,
                    const DsClaim *claim)
{
  Sent s;
  guint i;

  if (claim->rule != DS_CLAIM_RULE_ALIAS || claim->lead == NULL || claim->subject == NULL)
    return FALSE;
  words_of (ctx, claim->subject, &s);
  i = first_word (&s);
  if (i >= s.n || s.toks[i].type != TOK_WORD || s.toks[i].cap)
    return FALSE;
  words_of (ctx, claim->lead, &s);
  i = first_word (&s);
  return i < s.n && s.n - i >= 2 && _ds_person_name (ctx, &s, i, s.n);
}

/* A fact's key is the answer: a content word, a figure or a name. */
static gboolean
fact_passes (Ctx     *ctx,
             DsClaim *claim)
{
  Sent s;

  if (claim->lead != NULL && !_ds_gate_head_ok (ctx, claim->lead))
    return FALSE;
  /* "Apa istilah lain untuk X?": X is a term as a defined one is. */
  if (claim->rule == DS_CLAIM_RULE_ALIAS && claim->lead != NULL &&
      (!names_concept (ctx, claim->lead) || alias_term_fragment (ctx, claim->lead) ||
       alias_word_gloss (claim) || alias_country (ctx, claim) || alias_person_gloss (ctx, claim)))
    return FALSE;
  words_of (ctx, claim->subject, &s);
  /* "Aberystwyth (Woodrow Wilson Chair)", "Kemlu (Menteri Luar
   * Negeri)": a bracket whose name ends on an office (the phrase list
   * facts_office_title) names a post held there, no other name of it. */
  if (claim->rule == DS_CLAIM_RULE_ALIAS && s.n > 1 && s.toks[s.n - 1].type == TOK_WORD &&
      _ds_word_in_either (&s.toks[s.n - 1], "facts_office_title"))
    return FALSE;
  if (!has_content_word (&s) || g_utf8_strlen (claim->subject, -1) < 2 || figure_whole_span (ctx, claim, &s))
    return FALSE;
  if (claim->sentence != NULL && bare_notion_line (ctx, claim->sentence))
    return FALSE;
  /* (A heading's own question, "Siapa yang membiayai kantor
   * tersebut?", is the writer's: its heading owns it.) */
  if (claim->question != NULL && g_strcmp0 (claim->question, claim->topic) != 0 &&
      question_unowned (ctx, claim->question))
    return FALSE;
  /* (What the card shows: a question names the subject itself, "Where
   * is the North Pacific Fisheries Commission based?" of "- Based in
   * Tokyo" under its name.) */
  if (claim->body != NULL && claim->question == NULL &&
      (subjectless_line (ctx, claim->body) || blank_about_the_essay (ctx, claim) || blank_pointed (ctx, claim) ||
       aside_cut (ctx, claim)))
    return FALSE;
  return _ds_gate_no_debris (claim->subject) && _ds_gate_no_debris (claim->body);
}

gboolean
_ds_claim_passes_gate (Ctx     *ctx,
                       DsClaim *claim)
{
  switch (claim->kind)
    {
    case DS_CLAIM_ENUMERATION:
    case DS_CLAIM_ROLE:
      return list_passes (ctx, claim);
    case DS_CLAIM_DEFINITION:
      return definition_passes (ctx, claim);
    case DS_CLAIM_FACT:
      return fact_passes (ctx, claim);
    default:
      return FALSE;
    }
}

/* ------------------------------------------------------------------ */
/* The ranking                                                         */

static double
rule_weight (const DsClaim *claim)
{
  static const double weights[DS_CLAIM_N_RULES] = {
    [DS_CLAIM_RULE_MARKERS] = 5.0,
    [DS_CLAIM_RULE_CUE] = 4.0,
    [DS_CLAIM_RULE_ROLES] = 5.5,
    [DS_CLAIM_RULE_ACTIONS] = 3.5,
    [DS_CLAIM_RULE_BLOCKS] = 6.0,
    [DS_CLAIM_RULE_SUBHEADINGS] = 6.0,
    [DS_CLAIM_RULE_ORDINALS] = 5.5,
    [DS_CLAIM_RULE_DEFINITION] = 4.5,
    [DS_CLAIM_RULE_ATTRIBUTED] = 5.5,
    [DS_CLAIM_RULE_ALIAS] = 3.5,
    [DS_CLAIM_RULE_ACRONYM] = 3.5,
    [DS_CLAIM_RULE_REPORT] = 2.5,
    [DS_CLAIM_RULE_EVENT] = 3.0,
    [DS_CLAIM_RULE_NAMED] = 3.0,
    [DS_CLAIM_RULE_NUMBER] = 2.5,
    [DS_CLAIM_RULE_DATE] = 2.5,
    [DS_CLAIM_RULE_LAW] = 3.5,
    [DS_CLAIM_RULE_NAME] = 1.0,
    [DS_CLAIM_RULE_RANK] = 3.5,
    [DS_CLAIM_RULE_CONTRAST] = 3.5,
  };
  double w = weights[claim->rule];

  if (claim->form == DS_LIST_FORM_COMPLETE)
    w -= 1.5;
  else if (claim->form == DS_LIST_FORM_EXAMPLES)
    w -= 0.5;
  if (claim->stated_count > 0)
    w += 1.0;
  return w;
}

typedef struct {
  double score;
  guint  index;
} Ranked;

/* How central the words of @text are in the essay: the mean of log(1 + n)
 * over its content words, where n is how often the essay uses each. */
static double
centrality (Ctx        *ctx,
            const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char **words = NULL;
  double sum = 0;
  guint n = 0;

  if (text == NULL)
    return 0;
  folded = ds_words_fold (text, DS_FOLD_NONE);
  words = ds_words_split (folded);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const guint *count = g_hash_table_lookup (ctx->freq, words[i]);

      if (count != NULL)
        {
          sum += log1p (*count);
          n++;
        }
    }
  return n > 0 ? sum / n : 0;
}

static gboolean is_blank (const DsClaim *claim);

/* Whether @text may hold a phrase of the list @name of the essay's
 * language: a phrase is found at a word equal to its first word. */
static gboolean
may_hold_phrase (Ctx        *ctx,
                 const char *text,
                 const char *name)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, name);

  return words != NULL && words[0] != NULL && _ds_text_may_hold (text, words);
}

/* "The commission was founded in ___ by 26 states", "So far, ___ have
 * ratified the accord", "When did the act enter into force?", "denda
 * hingga ___": a date or figure of a sentence that says a body was
 * founded or launched, a treaty signed, ratified or in force, a state
 * joined (the phrase list facts5_key_event), or what a breach costs
 * (definition_penalty), asked as a blank or a question, is what a
 * lecturer asks of its paragraph: it goes before the paragraph's other
 * blanks (how many staff, how many floors) and, when the budget is
 * short, before a weaker card (who runs what, another name). */
static gboolean
key_figure (Ctx           *ctx,
            const DsClaim *claim)
{
  Sent s;

  if (claim->kind != DS_CLAIM_FACT || claim->sentence == NULL ||
      !(is_blank (claim) || claim->rule == DS_CLAIM_RULE_DATE || claim->rule == DS_CLAIM_RULE_NUMBER))
    return FALSE;
  /* (Most sentences hold no such word: they are not cut to ask.) */
  if (!may_hold_phrase (ctx, claim->sentence, "facts5_key_event") &&
      !(claim->rule == DS_CLAIM_RULE_NUMBER && may_hold_phrase (ctx, claim->sentence, "definition_penalty")))
    return FALSE;
  words_of (ctx, claim->sentence, &s);
  return _ds_phrase_in (ctx, &s, 0, s.n, PL_FACTS5_KEY_EVENT) ||
         (claim->rule == DS_CLAIM_RULE_NUMBER && _ds_phrase_in (ctx, &s, 0, s.n, PL_DEFINITION_PENALTY));
}

/* How far a key figure ranks above what its rule alone gives. */
#define KEY_FIGURE_BONUS 1.5

static double
claim_score (Ctx           *ctx,
             const DsClaim *claim)
{
  const char *terms = claim->kind == DS_CLAIM_FACT && claim->lead != NULL ? claim->lead : claim->subject;

  return claim->score + rule_weight (claim) + 0.6 * centrality (ctx, terms) +
         (key_figure (ctx, claim) ? KEY_FIGURE_BONUS : 0.0);
}

/* A blank in a sentence (a figure, a date, a name) is the weakest kind of
 * claim: a paragraph gives its best ones only, two and one more for every
 * 150 characters (a history paragraph dates an event in every sentence). */
static gboolean
is_blank (const DsClaim *claim)
{
  return claim->kind == DS_CLAIM_FACT && claim->question == NULL;
}

static void
one_blank_per_paragraph (Ctx    *ctx,
                         Ranked *ranked,
                         guint   n)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  /* @ranked is best first: the first blanks of a block keep their place. */
  for (guint i = 0; i < n; i++)
    {
      DsClaim *claim = ctx->claims->pdata[ranked[i].index];
      int block = ds_essay_block_at_char (ctx->essay, claim->start);
      gpointer key = GINT_TO_POINTER (block + 1);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (taken, key));
      const DsBlock *b;

      if (!is_blank (claim) || block < 0)
        continue;
      b = ds_essay_get_block (ctx->essay, (guint) block);
      if (count >= MAX_BLANKS_PER_PARAGRAPH + (b->end - b->start) / 150)
        ranked[i].score = -G_MAXDOUBLE;
      g_hash_table_insert (taken, key, GUINT_TO_POINTER (count + 1));
    }
}

/* "What does FFA stand for?", "Apa istilah lain untuk Komisi Perikanan
 * …? WCPFC": a short form's expansion, or a long name's acronym, asks a
 * spelling, not a claim. */
static gboolean
is_short_form (const DsClaim *claim)
{
  const char *p;

  if (claim->kind != DS_CLAIM_FACT)
    return FALSE;
  if (claim->rule == DS_CLAIM_RULE_ACRONYM)
    return TRUE;
  if (claim->rule != DS_CLAIM_RULE_ALIAS || claim->question == NULL || claim->subject == NULL ||
      strlen (claim->subject) < 2)
    return FALSE;
  for (p = claim->subject; *p != '\0' && (g_ascii_isupper (*p) || g_ascii_isdigit (*p)); p++)
    ;
  return *p == '\0';
}

/* How far a short form ranks below every claim of content. */
#define SHORT_FORM_PENALTY 1000.0

/* The short-form policy: a card that asks what an acronym stands for, or
 * which acronym a long name has, is a spelling, not a claim — it is kept
 * only while the budget has room once every claim of content has its
 * place, and never takes one from a date, a figure, a definition or a
 * list ("(selanjutnya disebut X)" gives no card at all: the claim gate's
 * rule and the card gate's check "short-form"). */
static void
short_forms_rank_last (Ctx    *ctx,
                       Ranked *ranked,
                       guint   n)
{
  for (guint i = 0; i < n; i++)
    if (ranked[i].score > -G_MAXDOUBLE && is_short_form (ctx->claims->pdata[ranked[i].index]))
      ranked[i].score -= SHORT_FORM_PENALTY;
}

/* Whether folded @needle's words all stand in folded @haystack. */
static gboolean
words_within (const char *haystack,
              const char *needle)
{
  g_autofree char **words = ds_words_split (needle);
  g_autofree char **hay = ds_words_split (haystack);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++, n++)
    {
      gboolean found = FALSE;

      /* "Vietnam's" folds to "vietnams" (or "vietnam s"). */
      for (guint k = 0; hay[k] != NULL && !found; k++)
        found = g_str_equal (hay[k], words[i]) ||
                (g_str_has_prefix (hay[k], words[i]) && g_str_equal (hay[k] + strlen (words[i]), "s"));
      if (!found)
        return FALSE;
    }
  return n > 0;
}

/* "Siapa yang menandatangani perjanjian itu? — Malaysia" in "Diplomasi
 * Malaysia di Laut Sulu", "Who signed the accord? — Chile" in "Chile's
 * Water Diplomacy": who did it is the essay's own subject, named in its
 * title; the card asks nothing a reader of the title does not know. */
static gboolean
asks_the_essays_subject (Ctx           *ctx,
                         const DsClaim *claim)
{
  const char *q = claim->question;
  g_autofree char *title = NULL;
  g_autofree char *answer = NULL;

  if (claim->kind != DS_CLAIM_FACT || q == NULL || claim->subject == NULL ||
      !(g_str_has_prefix (q, "Siapa ") || g_str_has_prefix (q, "Who ") || g_str_has_prefix (q, "Oleh siapa ") ||
        g_str_has_prefix (q, "By whom ")))
    return FALSE;
  title = ds_words_fold (ctx->title, DS_FOLD_STRIP_MARKS);
  answer = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  return words_within (title, answer);
}

/* Whether @name is the essay's own subject, its words all in the title. */
gboolean
_ds_names_essay_subject (Ctx        *ctx,
                         const char *name)
{
  g_autofree char *title = ds_words_fold (ctx->title, DS_FOLD_STRIP_MARKS);
  g_autofree char *folded = ds_words_fold (name, DS_FOLD_STRIP_MARKS);

  return words_within (title, folded);
}

/* A card that asks the essay's own subject gives way to the other cards
 * of its sentence ("Kapan Malaysia menandatangani …?" stays). */
static void
subject_gives_way (Ctx    *ctx,
                   Ranked *ranked,
                   guint   n)
{
  g_autoptr(GHashTable) sentences = g_hash_table_new (NULL, NULL);
  g_autofree gboolean *trivial = g_new0 (gboolean, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      DsClaim *claim = ctx->claims->pdata[ranked[i].index];

      trivial[i] = asks_the_essays_subject (ctx, claim);
      if (!trivial[i] && ranked[i].score > -G_MAXDOUBLE)
        g_hash_table_add (sentences, GUINT_TO_POINTER (claim->start + 1));
    }
  for (guint i = 0; i < n; i++)
    if (trivial[i] &&
        g_hash_table_contains (sentences, GUINT_TO_POINTER (((DsClaim *) ctx->claims->pdata[ranked[i].index])->start + 1)))
      ranked[i].score = -G_MAXDOUBLE;
}

/* Who holds a view, folded, by the first capitalised word of @who that
 * is no honorific or post (phrase lists person_honorific,
 * facts_office_title): "Bu Lestari", "Lestari Handayani" → "lestari";
 * NULL for a work ("the author of “Rivers of Trust”": a book's
 * conclusion is one) or when no word is capitalised. */
static char *
holder_key (Ctx        *ctx,
            const char *who)
{
  Sent s;

  if (strstr (who, "\u201C") != NULL || strchr (who, '"') != NULL)
    return NULL;
  words_of (ctx, who, &s);
  for (guint i = 0; i < s.n; i++)
    if (s.toks[i].type == TOK_WORD && s.toks[i].cap && !(s.toks[i].flags & W_FUNCTION) &&
        !_ds_word_in_either (&s.toks[i], "person_honorific") && !_ds_word_in_either (&s.toks[i], "facts_office_title"))
      return g_ascii_strdown (s.toks[i].p, s.toks[i].len);
  return NULL;
}

/* Whether the question of report @claim names nothing its view is
 * about: no more words than its holder's and three ("What did Estonia
 * argue?", "Apa yang ditekankan Bu Lestari?"). */
static gboolean
view_untopical (const DsClaim *claim)
{
  g_auto(GStrv) q = NULL;
  g_auto(GStrv) who = NULL;

  if (claim->kind != DS_CLAIM_FACT || claim->rule != DS_CLAIM_RULE_REPORT || claim->question == NULL ||
      claim->attribution == NULL)
    return FALSE;
  q = g_strsplit (claim->question, " ", -1);
  who = g_strsplit (claim->attribution, " ", -1);
  return g_strv_length (q) <= g_strv_length (who) + 3;
}

/* "What did Estonia argue?" where Estonia argues something else in
 * another of the essay's claims: the question has as many answers as
 * views, and is not kept; its holder's other views, asked with what
 * they are about ("What did Estonia argue about due diligence?"),
 * stay. */
static void
one_view_per_holder (Ctx    *ctx,
                     Ranked *ranked,
                     guint   n)
{
  g_autoptr(GHashTable) views = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ctx->claims->len; i++)
    {
      DsClaim *claim = ctx->claims->pdata[i];
      char *key;

      if (claim->kind != DS_CLAIM_FACT || claim->rule != DS_CLAIM_RULE_REPORT || claim->attribution == NULL ||
          (key = holder_key (ctx, claim->attribution)) == NULL)
        continue;
      g_hash_table_replace (views, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (views, key)) + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      DsClaim *claim = ctx->claims->pdata[ranked[i].index];
      g_autofree char *key = NULL;

      if (ranked[i].score > -G_MAXDOUBLE && view_untopical (claim) && (key = holder_key (ctx, claim->attribution)) != NULL &&
          GPOINTER_TO_UINT (g_hash_table_lookup (views, key)) >= 2)
        ranked[i].score = -G_MAXDOUBLE;
    }
}

/* Words of @text, by its spaces. */
static guint
answer_words (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ';
  return n;
}

/* "Who chaired the coalition?" asked of two sentences with two answers
 * ("Estonia chaired the coalition in 2014", "The United States chaired
 * the coalition in 2023"): the question has both for answer, and
 * neither card is kept. Claims with no question of their own (a blank,
 * a list, a definition) are not compared. */
static void
one_answer_per_question (Ctx    *ctx,
                         Ranked *ranked,
                         guint   n)
{
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) several = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ctx->claims->len; i++)
    {
      DsClaim *claim = ctx->claims->pdata[i];
      const DsClaim *first;
      char *key;

      /* (A name or a date answers; two sentences that say two things of
       * one comparison or one role answer it together.) */
      if (claim->kind != DS_CLAIM_FACT || claim->question == NULL || claim->subject == NULL ||
          !(g_ascii_isupper (claim->subject[0]) || g_ascii_isdigit (claim->subject[0])) ||
          answer_words (claim->subject) > 4)
        continue;
      key = g_utf8_casefold (claim->question, -1);
      /* (Two readings of one sentence are one answer, told twice.) */
      if ((first = g_hash_table_lookup (answers, key)) == NULL)
        g_hash_table_insert (answers, key, claim);
      else if (first->start != claim->start && g_ascii_strcasecmp (first->subject, claim->subject) != 0)
        g_hash_table_add (several, key);
      else
        g_free (key);
    }
  if (g_hash_table_size (several) == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      DsClaim *claim = ctx->claims->pdata[ranked[i].index];
      g_autofree char *key = NULL;

      if (claim->kind != DS_CLAIM_FACT || claim->question == NULL)
        continue;
      key = g_utf8_casefold (claim->question, -1);
      if (g_hash_table_contains (several, key))
        ranked[i].score = -G_MAXDOUBLE;
    }
}

static int
by_score_desc (gconstpointer a,
               gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->score != y->score)
    return (y->score > x->score) - (y->score < x->score);
  return (x->index > y->index) - (x->index < y->index);
}

/* Claims kept for an essay of @n_words words: eighteen per thousand words
 * for an essay's length, fewer per thousand beyond it — a book is not
 * learned card by card, and its best claims are what a learner wants. */
guint
_ds_claims_budget (guint n_words)
{
  double k = n_words / 1000.0;
  double budget = BUDGET_MIN + BUDGET_PER_1000_WORDS * MIN (k, 3.0);

  if (k > 3.0)
    budget += 4.0 * (MIN (k, 20.0) - 3.0);
  if (k > 20.0)
    budget += 1.0 * (k - 20.0);
  return (guint) ceil (budget);
}

/* Rounds of checking the places a dead fact leaves. */
#define DEAD_ROUNDS 3

/* How far above every other claim a section's share ranks. */
#define SECTION_SHARE_BONUS 1000.0

/* The budget shared by the sections: each section (the text under one
 * heading) has its best claims kept first, as many as the budget
 * divided by the sections that have claims (one at least), and the
 * rest of the budget goes to the best claims left wherever they stand.
 * So a deck or a long essay whose first sections give many claims does
 * not spend the whole budget before its later sections ("Slide 9 — …"
 * keeps its best claim though slides 1 to 4 have more than the budget).
 * An essay with no headings is one section and keeps its order; a short
 * form (short_forms_rank_last()) has no share. @ranked is best first. */
static void
share_over_sections (Ctx    *ctx,
                     Ranked *ranked,
                     guint   n,
                     guint   budget)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  g_autofree guint *section = g_new (guint, MAX (n_blocks, 1));
  g_autofree guint *taken = g_new0 (guint, MAX (n_blocks, 1) + 1);
  g_autofree int *block_of = g_new (int, MAX (n, 1));
  guint current = 0, sections = 0, share;

  for (guint b = 0; b < n_blocks; b++)
    {
      if (ds_essay_get_block (ctx->essay, b)->kind == DS_BLOCK_HEADING)
        current = b + 1;
      section[b] = current;
    }
  for (guint i = 0; i < n; i++)
    {
      block_of[i] = ds_essay_block_at_char (ctx->essay, ((DsClaim *) ctx->claims->pdata[ranked[i].index])->start);
      if (block_of[i] >= 0 && ranked[i].score > -SHORT_FORM_PENALTY / 2 && taken[section[block_of[i]]]++ == 0)
        sections++;
    }
  if (sections < 2)
    return;
  share = MAX (budget / sections, 1);
  memset (taken, 0, (MAX (n_blocks, 1) + 1) * sizeof *taken);
  for (guint i = 0; i < n; i++)
    if (block_of[i] >= 0 && ranked[i].score > -SHORT_FORM_PENALTY / 2 && taken[section[block_of[i]]]++ < share)
      ranked[i].score += SECTION_SHARE_BONUS;
}

/* Whether @claim asks a date or a figure of its sentence. */
static gboolean
asks_figure (const DsClaim *claim)
{
  return claim->kind == DS_CLAIM_FACT && (claim->rule == DS_CLAIM_RULE_DATE || claim->rule == DS_CLAIM_RULE_NUMBER);
}

/* Figures kept beyond the budget: one for every FIGURE_ROOM_PER claims
 * of it. */
#define FIGURE_ROOM_PER 6

/* A date or a figure is a short, exact card that a learner checks at a
 * glance: the budget does not let a card of another rule that ranks
 * just above it (another name, who runs what) push it out. The best
 * dates and figures the budget cut are kept beyond it, a sixth of the
 * budget at most — key ones first (key_figure()); a paragraph's blanks
 * past its share (one_blank_per_paragraph()) stay out. @ranked is best
 * first. */
static void
keep_figures_beyond (Ctx      *ctx,
                     Ranked   *ranked,
                     guint     n,
                     guint     budget,
                     gboolean *keep)
{
  guint room = budget / FIGURE_ROOM_PER;

  for (guint i = budget; i < n && room > 0; i++)
    if (ranked[i].score > -SHORT_FORM_PENALTY / 2 && asks_figure (ctx->claims->pdata[ranked[i].index]))
      {
        keep[ranked[i].index] = TRUE;
        room--;
      }
}

/* ------------------------------------------------------------------ */
/* Salience of a fact                                                  */

/* A fact (a blank or a question on one sentence) is worth a card when
 * what it asks is the sentence's point about the essay's topic. These
 * signs say it is not, read on what the learner would see and on the
 * essay as a whole, whatever rule made the fact:
 *
 *   the author's own narration — the answer, the question or the
 *   blank's own clause has the writer or speaker as "I" ("Here I find
 *   it helpful to think in terms of ___", "What do I agree?", "Bagian
 *   yang paling menantang … saya nikmati …"): a journal's, a speech's or
 *   a transcript's aside, not a claim about the topic;
 *
 *   a bare span of time that is no rule's limit — a break, a speaking
 *   time ("kita istirahat ___" → sepuluh menit, "Each speech is ___" →
 *   seven minutes) or an era's span given roughly ("for over ___" →
 *   five decades, "Lebih dari ___ kemudian"): a limit ("within ___",
 *   "dalam ___", "paling lambat ___"), an amount a claim gives ("lebih
 *   lama sekitar ___" → sepuluh hari) or a founding date's figure
 *   (key_figure()) stays;
 *
 *   one common word the essay uses nowhere else before the name it
 *   classes ("dikenal dengan ___ 'Mendayung …'" → judul): a minor word
 *   of its sentence, not one of the essay's terms (ctx->freq counts the
 *   title, the headings and the sentence itself);
 *
 *   a blank in the sentence's frame (framing_blank(): a question, the
 *   words before a colon, the speaker of a quotation).
 *
 * Such a fact is dropped, not rewritten: the sentence's other claims
 * keep their cards. */

/* Whether token @k of @s is the narrator's "I" (phrase list
 * salience_narrator): "Komisi I", "World War I", "Phase I" number a
 * name, so an "I" after a capitalised word but the sentence's first is
 * none. */
static gboolean
narrator_at (Ctx        *ctx,
             const Sent *s,
             guint       k)
{
  if (_ds_phrase_at (ctx, s, k, PL_SALIENCE_NARRATOR) == 0)
    return FALSE;
  if (s->toks[k].len == 1 && k > 0 && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].cap &&
      k - 1 > first_word (s))
    return FALSE;
  if (s->toks[k].len == 1 && k > 0 && s->toks[k - 1].type == TOK_NUMBER)
    return FALSE;
  return TRUE;
}

/* Whether some word of @text is spelt as a one-word entry of the phrase
 * list @name, any case: a scan of bytes that spares most texts their
 * tokens. */
static gboolean
spells_entry (Ctx        *ctx,
              const char *text,
              const char *name)
{
  const char * const *entries = ds_lang_get_phrases (ctx->lang, name);

  for (const char *p = text; *p != '\0';)
    {
      const char *w = p;

      while (g_ascii_isalnum (*p) || *p == '-')
        p++;
      for (guint e = 0; p > w && entries != NULL && entries[e] != NULL; e++)
        if (strlen (entries[e]) == (gsize) (p - w) && ds_ascii_strncasecmp (entries[e], w, p - w) == 0)
          return TRUE;
      if (*p != '\0')
        p++;
    }
  return FALSE;
}

/* Whether @text has the narrator's "I" outside quotation marks: a
 * quoted title ("Surat Pembaca: Data Saya Bocor Lagi") or a quoted
 * speaker's words are someone else's. */
static gboolean
narrator_in (Ctx        *ctx,
             const char *text)
{
  gboolean quoted = FALSE;
  Sent s;

  if (text == NULL || !spells_entry (ctx, text, "salience_narrator"))
    return FALSE;
  words_of (ctx, text, &s);
  for (guint k = 0; k < s.n; k++)
    {
      const Tok *t = &s.toks[k];

      if (t->type == TOK_PUNCT && (t->ch == '"' || t->ch == 0x201C || t->ch == 0x201D))
        quoted = t->ch == 0x201C || (t->ch == '"' && !quoted);
      else if (!quoted && narrator_at (ctx, &s, k))
        return TRUE;
    }
  return FALSE;
}

/* Whether the clause that holds the blank of @body has the narrator in
 * it: read back from the blank to the clause's start — a comma, a
 * colon, a semicolon, a dash, a sentence's end or a "that" whose clause
 * says what the narrator holds ("I argue that ___" asks the claim); a
 * relative clause after a comma goes on to its noun's clause. */
static gboolean
narrator_before_blank (Ctx        *ctx,
                       const char *body)
{
  const char *blank = body != NULL ? strstr (body, DS_CARD_BLANK) : NULL;
  g_autofree char *head = NULL;
  Sent s;

  if (blank == NULL || blank == body)
    return FALSE;
  head = g_strndup (body, blank - body);
  if (!spells_entry (ctx, head, "salience_narrator"))
    return FALSE;
  words_of (ctx, head, &s);
  for (guint k = s.n; k-- > 0;)
    {
      const Tok *t = &s.toks[k];

      /* ("…from my cousin, who worked in Leeds in ___": a relative
       * clause leans on the noun before its comma, and is its clause.) */
      if (t->type == TOK_PUNCT && t->ch != '(' && t->ch != ')' && !_ds_tok_is_quote (t) &&
          !(t->ch == ',' && k + 1 < s.n && (s.toks[k + 1].flags & W_RELATIVE)))
        return FALSE;
      if (t->type == TOK_WORD && (t->flags & W_THAT))
        return FALSE;
      if (narrator_at (ctx, &s, k))
        return TRUE;
    }
  return FALSE;
}

static gboolean
narrated (Ctx           *ctx,
          const DsClaim *claim)
{
  return narrator_in (ctx, claim->subject) || narrator_in (ctx, claim->question) ||
         (claim->question == NULL && narrator_before_blank (ctx, claim->body));
}

/* Whether the phrase list @name has an entry that ends right before
 * token @k of @s. */
static gboolean
phrase_ends_at (Ctx        *ctx,
                const Sent *s,
                guint       k,
                PhraseId    name)
{
  for (guint i = k > 4 ? k - 4 : 0; i < k; i++)
    if (_ds_phrase_at (ctx, s, i, name) == k - i)
      return TRUE;
  return FALSE;
}

/* Whether the answer of blank @claim is a bare span of time ("sepuluh
 * menit", "over five decades") that no limit asks for. */
static gboolean
idle_span (Ctx           *ctx,
           const DsClaim *claim)
{
  const char *blank = strstr (claim->body, DS_CARD_BLANK);
  g_autofree char *text = NULL;
  gboolean rough, clock;
  guint k, lead, count, unit;
  Sent s;

  if (blank == NULL || claim->subject == NULL || strchr (claim->subject, ' ') == NULL ||
      !spells_entry (ctx, strrchr (claim->subject, ' ') + 1, "salience_span_unit"))
    return FALSE;
  /* The blank's lead-in and the answer read as one ("… for over" and
   * "five decades"), the answer's words counted first (the gate's
   * buffer holds one text at a time). */
  words_of (ctx, claim->subject, &s);
  if (s.n < 2 || s.n > 5)
    return FALSE;
  lead = s.n;
  text = g_strdup_printf ("%.*s %s", (int) (blank - claim->body), claim->body, claim->subject);
  words_of (ctx, text, &s);
  if (lead > s.n)
    return FALSE;
  lead = s.n - lead;
  k = lead;
  rough = phrase_ends_at (ctx, &s, k, PL_SALIENCE_APPROX);
  if ((count = _ds_phrase_at (ctx, &s, k, PL_SALIENCE_APPROX)) > 0)
    rough = TRUE, k += count;
  if (k >= s.n || !(s.toks[k].type == TOK_NUMBER || (s.toks[k].flags & W_COUNT)))
    return FALSE;
  /* "lima belas", "dua puluh": a count in words (phrase list
   * lists_count_tail), then its unit, and nothing after. */
  for (unit = k + 1; unit < s.n && _ds_phrase_at (ctx, &s, unit, PL_LISTS_COUNT_TAIL) == 1; unit++)
    ;
  if (unit + 1 != s.n || _ds_phrase_at (ctx, &s, unit, PL_SALIENCE_SPAN_UNIT) != 1)
    return FALSE;
  clock = _ds_phrase_at (ctx, &s, unit, PL_SALIENCE_CLOCK_UNIT) == 1;
  /* ("sekitar sepuluh hari", "over fifty years": an amount the claim
   * gives; only an era's span given roughly is a transition.) */
  rough = rough && _ds_phrase_at (ctx, &s, unit, PL_SALIENCE_ERA_UNIT) == 1;
  if (phrase_ends_at (ctx, &s, lead, PL_SALIENCE_LIMIT_CUE) || phrase_ends_at (ctx, &s, k, PL_SALIENCE_LIMIT_CUE))
    return FALSE;
  return rough || clock;
}

/* Whether the answer of blank @claim is one common word the essay uses
 * only here, right before the name it classes ("dikenal dengan _____
 * "Mendayung di Antara Dua Karang"" → judul, "the _____ Tallinn
 * Manual"): the name is the sentence's point, the word before it none. */
static gboolean
stray_word (Ctx           *ctx,
            const DsClaim *claim)
{
  g_autofree char *folded = NULL;
  const char *after;
  const guint *count;
  Sent s;

  if (claim->subject == NULL || strchr (claim->subject, ' ') != NULL)
    return FALSE;
  words_of (ctx, claim->subject, &s);
  if (s.n != 1 || s.toks[0].type != TOK_WORD || s.toks[0].cap || strchr (claim->subject, '-') != NULL ||
      (s.toks[0].flags & (W_COUNT | W_ORDINAL | W_QUANT | W_MAGNITUDE)) ||
      _ds_phrase_at (ctx, &s, 0, PL_FRACTION) > 0)
    return FALSE;
  folded = ds_words_fold (claim->subject, DS_FOLD_NONE);
  count = g_hash_table_lookup (ctx->freq, folded);
  if (count != NULL && *count > 1)
    return FALSE;
  after = strstr (claim->body, DS_CARD_BLANK) + strlen (DS_CARD_BLANK);
  words_of (ctx, after, &s);
  return s.n > 1 && s.toks[0].p == after + 1 && (_ds_tok_is_quote (&s.toks[0]) || (s.toks[0].type == TOK_WORD && s.toks[0].cap));
}

/* Whether the last character of @text but spaces and closing marks
 * is @ch. */
static gboolean
ends_on (const char *text,
         char        ch)
{
  const char *p = text + strlen (text);

  while (p > text && (p[-1] == ' ' || p[-1] == '*' || p[-1] == '"' || p[-1] == ')'))
    p--;
  return p > text && p[-1] == ch;
}

/* Whether the blank of @claim is the sentence's frame, not its claim: a
 * question's ("What positions has Indonesia taken at the _____?": a
 * research question, a rhetorical one), the words that announce what
 * follows a colon ("The _____ and similar agencies group them into four
 * categories:"), or the speaker a quotation is put in the mouth of
 * ("…," ujar _____.", "…," said _____.": phrase list
 * defs_speaker_aside, after a comma or a closing quotation mark). */
static gboolean
framing_blank (Ctx           *ctx,
               const DsClaim *claim)
{
  const char *blank = strstr (claim->body, DS_CARD_BLANK);
  g_autofree char *head = NULL;
  Sent s;

  if (claim->sentence != NULL && (ends_on (claim->sentence, '?') || ends_on (claim->sentence, ':')))
    return TRUE;
  if (blank == NULL || blank == claim->body)
    return FALSE;
  head = g_strndup (claim->body, blank - claim->body);
  words_of (ctx, head, &s);
  for (guint k = s.n > 4 ? s.n - 4 : 1; k < s.n; k++)
    if (_ds_phrase_at (ctx, &s, k, PL_DEFS_SPEAKER_ASIDE) == s.n - k &&
        (_ds_tok_is_punct (&s.toks[k - 1], ',') || _ds_tok_is_quote (&s.toks[k - 1])))
      return TRUE;
  return FALSE;
}

/* Whether fact @claim asks a minor thing of its sentence (above): asked
 * of the rules' claims by the ranking and of the key sentences' by the
 * cover layer, once the whole essay is read. */
gboolean
_ds_fact_trivial (Ctx           *ctx,
                  const DsClaim *claim)
{
  if (claim->kind != DS_CLAIM_FACT)
    return FALSE;
  if (narrated (ctx, claim))
    return TRUE;
  if (!is_blank (claim) || claim->body == NULL)
    return FALSE;
  return framing_blank (ctx, claim) || ((idle_span (ctx, claim) || stray_word (ctx, claim)) &&
                                        !key_figure (ctx, claim));
}

/* A trivial fact (_ds_fact_trivial()) is not kept, whatever the budget. */
static void
trivial_facts_go (Ctx    *ctx,
                  Ranked *ranked,
                  guint   n)
{
  for (guint i = 0; i < n; i++)
    if (ranked[i].score > -G_MAXDOUBLE && _ds_fact_trivial (ctx, ctx->claims->pdata[ranked[i].index]))
      ranked[i].score = -G_MAXDOUBLE;
}

/* Whether @text holds a word that may point back (the card gate's check
 * "referent" reads it): the cheap test before a card is built. */
static gboolean
may_point_back (const char *text)
{
  static const char *const words[] = { "itu", "tersebut", "ini", "mereka", "ia", "dia", "beliau", "kedua", "ketiga",
                                       "it", "its", "this", "these", "those", "they", "their", "them", "he", "she",
                                       "his", "her", "such", "term", "phrase", "however", "second", "secondly",
                                       "third", "thirdly", "there", NULL };

  for (const char *p = text; *p != '\0';)
    {
      const char *w;
      gsize len;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      for (w = p; g_ascii_isalpha (*p); p++)
        ;
      len = p - w;
      if (len >= 2 && len <= 8)
        for (guint i = 0; words[i] != NULL; i++)
          if (strlen (words[i]) == len && g_ascii_strncasecmp (w, words[i], len) == 0)
            return TRUE;
      /* ("anggotanya", "tujuannya": a possessive suffix.) */
      if (len > 5 && g_ascii_strncasecmp (p - 3, "nya", 3) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Perjuangan itu membuahkan hasil pada _____, ketika …", "With _____,
 * it is often described as …", "The term was coined in _____ by …": a
 * fact whose card the card gate refuses for a word that leans on what
 * the card does not say (check "referent") yields no card; when the
 * claims are more than the budget, it takes no place from one that
 * does. Its card is built as the generator builds it, plain, and only
 * that check is read. How many claims of content it took out. */
static guint
dead_facts_go (Ctx      *ctx,
               Ranked   *ranked,
               guint     budget,
               gboolean *checked,
               double   *base)
{
  guint dead = 0;

  for (guint i = 0; i < budget; i++)
    {
      DsClaim *claim = ctx->claims->pdata[ranked[i].index];
      const char *asked = claim->question != NULL ? claim->question : claim->body;
      g_autoptr(DsCard) card = NULL;

      if (checked[ranked[i].index] || ranked[i].score == -G_MAXDOUBLE)
        continue;
      checked[ranked[i].index] = TRUE;
      if (claim->kind != DS_CLAIM_FACT || asked == NULL || claim->subject == NULL || !may_point_back (asked))
        continue;
      card = ds_card_new ("gate", claim->essay_id != NULL ? claim->essay_id : "",
                          claim->question != NULL ? DS_CARD_FACT : DS_CARD_CLOZE, asked, claim->subject);
      if (ds_gate_check_card (card) & (1u << DS_GATE_REFERENT))
        {
          dead += base[ranked[i].index] > -SHORT_FORM_PENALTY / 2;
          base[ranked[i].index] = -G_MAXDOUBLE;
        }
    }
  return dead;
}

/* Scores every claim and keeps the best up to the budget, in source
 * order. */
void
_ds_claims_rank (Ctx *ctx)
{
  guint budget = _ds_claims_budget (ctx->n_words);
  guint n = ctx->claims->len;
  g_autofree Ranked *ranked = g_new (Ranked, MAX (n, 1));
  g_autofree gboolean *keep = g_new0 (gboolean, MAX (n, 1));
  guint out = 0, dead = 0;

  for (guint i = 0; i < n; i++)
    {
      DsClaim *claim = ctx->claims->pdata[i];

      claim->score = claim_score (ctx, claim);
      ranked[i] = (Ranked) { claim->score, i };
    }
  qsort (ranked, n, sizeof *ranked, by_score_desc);
  trivial_facts_go (ctx, ranked, n);
  one_blank_per_paragraph (ctx, ranked, n);
  short_forms_rank_last (ctx, ranked, n);
  subject_gives_way (ctx, ranked, n);
  one_view_per_holder (ctx, ranked, n);
  one_answer_per_question (ctx, ranked, n);
  qsort (ranked, n, sizeof *ranked, by_score_desc);
  if (n > budget)
    {
      g_autofree gboolean *checked = g_new0 (gboolean, n);
      g_autofree double *base = g_new (double, n);
      guint more = 0;

      for (guint i = 0; i < n; i++)
        base[ranked[i].index] = ranked[i].score;
      /* The places the budget keeps are checked, and a dead fact's place
       * goes to the next claim, checked in turn (a few rounds). */
      for (guint round = 0; round == 0 || (more > 0 && round < DEAD_ROUNDS); round++)
        {
          for (guint i = 0; i < n; i++)
            ranked[i].score = base[ranked[i].index];
          qsort (ranked, n, sizeof *ranked, by_score_desc);
          share_over_sections (ctx, ranked, n, budget);
          qsort (ranked, n, sizeof *ranked, by_score_desc);
          more = dead_facts_go (ctx, ranked, budget, checked, base);
          dead += more;
        }
      if (more > 0)
        {
          for (guint i = 0; i < n; i++)
            ranked[i].score = base[ranked[i].index];
          qsort (ranked, n, sizeof *ranked, by_score_desc);
          share_over_sections (ctx, ranked, n, budget);
          qsort (ranked, n, sizeof *ranked, by_score_desc);
        }
    }
  /* (The places the dead facts leave go to claims of content only: a
   * short form, which ranks last, keeps only the room it had.) */
  for (guint i = 0; i < n && i < budget; i++)
    keep[ranked[i].index] = ranked[i].score > -G_MAXDOUBLE &&
                            (ranked[i].score > -SHORT_FORM_PENALTY / 2 || i + dead < budget);
  keep_figures_beyond (ctx, ranked, n, budget, keep);
  for (guint i = 0; i < n; i++)
    {
      if (keep[i])
        ctx->claims->pdata[out++] = ctx->claims->pdata[i];
      else
        ds_claim_unref (ctx->claims->pdata[i]);
    }
  ctx->claims->len = out;
}
