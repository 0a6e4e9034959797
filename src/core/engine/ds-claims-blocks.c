/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, lists made of blocks and of sentences:
 *
 *   bullet or numbered lines after the sentence that introduces them
 *   ("Fungsi diplomasi meliputi:", "Ada empat …:") or right under the
 *   heading that names them ("## Tiga Pilar Ketahanan Siber");
 *   sub-headings under a heading that counts or introduces them;
 *   "Pertama, … Kedua, … Ketiga, …" (and "Faktor kedua adalah …", "First,
 *   … Second, … Finally, …") across sentences and paragraphs.
 *
 * An item that is a whole sentence with a short head ("Deteksi dini:
 * kemampuan …", "**Respons** – …") is asked by its head.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"
#include "ds-words.h"

/* Items longer than this (words) are asked by their first clause. */
#define ITEM_MAX_WORDS 18
/* An ordinal sentence may stand this many sentences after the last one. */
#define ORDINAL_MAX_GAP 8

/* ------------------------------------------------------------------ */
/* An item's text                                                      */

/* ":", "–", "—", " - ", "=" ("Laut lepas = wilayah …") and an arrow
 * ("FRAMING --> mines were presented as …"). */
static gboolean
head_separator (const Tok *t)
{
  return _ds_tok_is_punct (t, ':') || _ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, 0x2014) ||
         _ds_tok_is_punct (t, DS_ARROW) ||
         ((_ds_tok_is_punct (t, '-') || _ds_tok_is_punct (t, '=')) && t->p[-1] == ' ');
}

/* "Listening, yaitu …", "Advocacy, namely …": a comma and a naming cue
 * part an item's head from what it means, as a colon does. How many tokens
 * the separator takes at @i, 0 for none. */
/* Whether token @i stands inside brackets opened on the line before it:
 * "(1890s–1920s)". */
static gboolean
in_brackets (const Sent *s,
             guint       i)
{
  gint depth = 0;

  for (guint k = 0; k < i; k++)
    depth += _ds_tok_is_punct (&s->toks[k], '(') - _ds_tok_is_punct (&s->toks[k], ')');
  return depth > 0;
}

/* "2006–2007": a dash set tight between two figures joins a range;
 * "Sipadan–Ligitan", "India–Pakistan", "hubungan Indonesia–Malaysia": an
 * en dash set tight between two capitalised words joins a pair of names. */
static gboolean
number_range_dash (const Sent *s,
                   guint       i)
{
  const Tok *t = &s->toks[i];
  const Tok *a, *b;

  if (!(i > 0 && i + 1 < s->n))
    return FALSE;
  a = &s->toks[i - 1];
  b = &s->toks[i + 1];
  if (!(a->p + a->len == t->p && t->p + t->len == b->p))
    return FALSE;
  if (a->type == TOK_NUMBER && b->type == TOK_NUMBER)
    return TRUE;
  /* (Not a span of months, "April–May 2007 …": a slide's dated line,
   * which the list rules do not yet ask by its owner.) */
  return _ds_tok_is_punct (t, 0x2013) && a->type == TOK_WORD && b->type == TOK_WORD && a->cap && b->cap &&
         !((a->flags | b->flags) & W_MONTH);
}

static guint
separator_at (const Sent *s,
              guint       i)
{
  if (i >= s->n)
    return 0;
  /* "Roots (1890s–1920s) …": a dash in brackets joins a span, it parts
   * no head from its gloss. */
  if (head_separator (&s->toks[i]))
    return in_brackets (s, i) || number_range_dash (s, i) ? 0 : 1;
  if (_ds_tok_is_punct (&s->toks[i], ',') && i + 1 < s->n && (s->toks[i + 1].flags & W_CUE_NAMING) &&
      !s->toks[i + 1].verb && !_ds_tok_is (&s->toks[i + 1], "adalah") &&
      !_ds_tok_is (&s->toks[i + 1], "ialah") && !_ds_tok_is (&s->toks[i + 1], "are"))
    return 2;
  return 0;
}

static gboolean
emphasis (const Tok *t)
{
  return _ds_tok_is_punct (t, '*') || _ds_tok_is_punct (t, '_');
}

/* Words and figures in tokens [a, b). */
guint
_ds_count_words (const Sent *s,
                 guint       a,
                 guint       b)
{
  guint n = 0;

  for (guint i = a; i < b; i++)
    n += s->toks[i].type == TOK_WORD || s->toks[i].type == TOK_NUMBER;
  return n;
}

/* "Untuk rumah sakit daerah, pemeriksaan …", "For the energy sector, a
 * joint drill …": a phrase that says where the item applies, then a
 * comma; the item is what follows. Where it starts, or @i. A condition
 * ("If unsure, do not share", "Jika ragu, jangan bagikan": the phrase
 * list lists_condition_opener) is the item's own: the rule holds only
 * under it. */
static guint
past_opener (Ctx        *ctx,
             const Sent *s,
             guint       i,
             guint       e)
{
  if (i >= e || !(s->toks[i].flags & (W_PREP | W_CONNECTIVE)) ||
      _ds_phrase_at (ctx, s, i, PL_LISTS_CONDITION_OPENER) > 0)
    return i;
  for (guint k = i + 1; k < e && k < i + 7; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], ','))
        return _ds_count_words (s, k + 1, e) >= 3 ? k + 1 : i;
      if (s->toks[k].type != TOK_WORD)
        return i;
    }
  return i;
}

/* The head's words outside its brackets: "Laut lepas (high seas)" and
 * "Otoritas Dasar Laut Internasional (ISA)" count their name only. */
static guint
head_words (const Sent *s,
            guint       a,
            guint       b)
{
  guint n = 0, depth = 0;

  for (guint i = a; i < b; i++)
    {
      depth += _ds_tok_is_punct (&s->toks[i], '(');
      depth -= depth > 0 && _ds_tok_is_punct (&s->toks[i], ')');
      n += depth == 0 && s->toks[i].type == TOK_WORD;
    }
  return n;
}

/* "**Pertukaran data** memungkinkan …": the tokenizer drops Markdown's
 * asterisks, so the bold head is found in the text; *@b is the token
 * after it. */
static gboolean
marked_head (const Sent *s,
             guint       i,
             guint       e,
             const char *mark,
             guint      *b)
{
  const char *p = s->p, *close;
  gsize len = strlen (mark);
  guint k;

  while (p < s->end && *p == ' ')
    p++;
  if (i >= e || s->end - p < 5 || strncmp (p, mark, len) != 0 || p[len] == ' ' || p[len] == mark[0] ||
      (close = g_strstr_len (p + len, s->end - p - len, mark)) == NULL || close[-1] == ' ')
    return FALSE;
  for (k = i; k < e && s->toks[k].p < close; k++)
    ;
  if (k == i || k >= e || head_words (s, i, k) > 8 || _ds_count_words (s, k, e) < 2)
    return FALSE;
  *b = k;
  /* "**ZEE (Zona Ekonomi Eksklusif)**": the closing bracket stays. */
  while (*b > i && s->toks[*b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[*b - 1], ')'))
    (*b)--;
  return *b > i;
}

static gboolean
bold_head (const Sent *s,
           guint       i,
           guint       e,
           guint      *b)
{
  return marked_head (s, i, e, "**", b);
}

/* "* *Attribution* refers to …", "- _Zero-day_ – …": a list line's head
 * in italics, marked as a bold one is. */
static gboolean
italic_head (const Sent *s,
             guint       i,
             guint       e,
             guint      *b)
{
  return marked_head (s, i, e, "*", b) || marked_head (s, i, e, "_", b);
}

/* "Jakarta, Surabaya, dan Medan menjadi …": a comma between names or
 * words that a conjunction closes a few words on parts no clause; a long
 * item is not cut there. */
static gboolean
enumeration_comma (const Sent *s,
                   guint       comma,
                   guint       e)
{
  guint before = comma;

  /* The part before the comma is a name or a short phrase, */
  while (before > 0 && s->toks[before - 1].type == TOK_WORD && comma - before <= 3)
    before--;
  /* ("sits between the Atlantic, the Baltic and the Med", "berada di
   * antara Samudra Hindia, Samudra Pasifik, dan …": or the object of a
   * preposition that the series shares.) */
  if (comma - before > 3 || (before > 0 && !_ds_tok_is_punct (&s->toks[before - 1], ',')))
    {
      guint k;

      for (k = comma - 1; k > 0 && k + 5 >= comma && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_PREP); k--)
        ;
      if (k == 0 || k + 5 < comma || !(s->toks[k].flags & W_PREP) || k + 1 == comma)
        return FALSE;
    }
  /* ("A, B and C, and its …": a series its conjunction closed ends
   * there.) */
  for (guint k = before; k < comma; k++)
    if ((s->toks[k].flags & W_CONJ) && !(s->toks[k].flags & W_PREP))
      return FALSE;
  /* and a conjunction comes within a few words ("…, Surabaya, dan"). */
  for (guint k = comma + 1; k < e && k < comma + 5; k++)
    {
      if (s->toks[k].flags & W_CONJ)
        return TRUE;
      if (s->toks[k].type != TOK_WORD && !_ds_tok_is_punct (&s->toks[k], ','))
        return FALSE;
    }
  return FALSE;
}

/* "draft, within two years, a code …", "menyusun, dalam dua tahun,
 * kode …": a comma that opens or closes a short aside (a preposition or
 * an adverb and a few words, between two commas) parts no clause. */
#define ASIDE_MAX_WORDS 6

static gboolean
aside_comma (const Sent *s,
             guint       comma,
             guint       e)
{
  for (int dir = -1; dir <= 1; dir += 2)
    {
      guint k = comma, words = 0;

      for (;;)
        {
          if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= e))
            break;
          k = dir < 0 ? k - 1 : k + 1;
          if (_ds_tok_is_punct (&s->toks[k], ','))
            {
              guint open = dir < 0 ? k : comma;

              if (words >= 1 && words <= ASIDE_MAX_WORDS && (s->toks[open + 1].flags & (W_PREP | W_ADV)) &&
                  !(s->toks[open + 1].flags & W_CONJ))
                return TRUE;
              break;
            }
          if (s->toks[k].type == TOK_PUNCT || ++words > ASIDE_MAX_WORDS)
            break;
        }
    }
  return FALSE;
}

static gboolean item_key_span (Ctx        *ctx,
                               const Sent *s,
                               guint      *a,
                               guint      *b);

static gboolean
quote_mark (const Tok *t,
            gboolean   closing)
{
  return _ds_tok_is_punct (t, '"') || _ds_tok_is_punct (t, closing ? 0x201D : 0x201C);
}

/* [*a, *b): the part of the line a learner recalls; its quotation
 * marks balanced ('"green bond" → failed' is "green bond", not 'green
 * bond"'): a closing mark whose opening one was skipped takes it back. */
/* Whether the line @s opens on a head about the class and a colon
 * ("Reminder: …", "Pengingat: …"). */
static gboolean
housekeeping_line (Ctx        *ctx,
                   const Sent *s)
{
  guint i = 0, e = _ds_body_end (s);

  while (i < e && (emphasis (&s->toks[i]) || s->toks[i].type == TOK_PUNCT))
    i++;
  for (guint k = i + 1; k < e && k < i + 5; k++)
    if (_ds_tok_is_punct (&s->toks[k], ':'))
      {
        guint c = k;

        while (c > i && emphasis (&s->toks[c - 1]))
          c--;
        return _ds_housekeeping_head (ctx, s, i, c);
      }
  return FALSE;
}

/* Words a list item's run-in label takes at most. */
#define RUN_IN_LABEL_MAX_WORDS 5

/* "Protes diplomatik. Kementerian Luar Negeri mengirim …", "Maritime
 * militia. The government pays …": a line that opens on a short label
 * closed by a full stop — one to five words, a capital first, no verb,
 * pronoun, auxiliary or abbreviation — and goes on with a sentence of
 * its own (a capital, four tokens at least). The full stop's token, or 0
 * when the line opens on no such label. */
static guint
run_in_label_end (const Sent *s)
{
  guint end = _ds_body_end (s), k;

  if (s->n < 7 || s->toks[0].type != TOK_WORD || !s->toks[0].cap || (s->toks[0].flags & W_FUNCTION))
    return 0;
  for (k = 0; k < end && k <= RUN_IN_LABEL_MAX_WORDS && !_ds_tok_is_punct (&s->toks[k], '.'); k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || (t->verb && !(t->flags & W_NOUN)) ||
          (t->flags & (W_PRONOUN | W_ANAPHOR | W_AUX | W_CUE_DEF | W_ABBREV | W_QUESTION | W_RELATIVE)))
        return 0;
    }
  /* ("G.R. Berridge", "J. Nye": an initial is no label.) */
  if (k == 0 || k > RUN_IN_LABEL_MAX_WORDS || k + 5 > end || !_ds_tok_is_punct (&s->toks[k], '.') ||
      s->toks[k].p[1] != ' ' || s->toks[k - 1].len < 3 || s->toks[k + 1].type != TOK_WORD || !s->toks[k + 1].cap)
    return 0;
  return k;
}

/* Whether list item @index opens on a run-in label, read from its text
 * (no tokens are cut again): a capital, at most five words with no
 * comma, colon or semicolon, then a full stop (a bold mark may close
 * after it), a space and a capital. */
static gboolean
item_opens_on_label (Ctx  *ctx,
                     guint index)
{
  const DsBlock *b;
  const char *p, *e;
  guint words = 1;

  if (index >= ds_essay_get_n_blocks (ctx->essay) ||
      (b = ds_essay_get_block (ctx->essay, index))->kind != DS_BLOCK_LIST_ITEM)
    return FALSE;
  p = ctx->text + b->content_byte_start;
  e = ctx->text + b->byte_end;
  while (p < e && (*p == '*' || *p == '_'))
    p++;
  if (p >= e || !g_ascii_isupper (*p))
    return FALSE;
  for (; p + 3 < e && words <= RUN_IN_LABEL_MAX_WORDS; p++)
    if (*p == ' ')
      words++;
    else if (*p == ',' || *p == ':' || *p == ';')
      return FALSE;
    else if (*p == '.')
      {
        p++;
        while (p < e && (*p == '*' || *p == '_'))
          p++;
        return e - p > 2 && p[0] == ' ' && g_ascii_isupper (p[1]);
      }
  return FALSE;
}

static gboolean
item_key (Ctx        *ctx,
          const Sent *s,
          guint      *a,
          guint      *b)
{
  guint open = 0, close = 0;

  /* "- Dosen menekankan: …", "- Reminder: …": a line about the class
   * keys no item, whatever its head is taken to be. */
  if (!item_key_span (ctx, s, a, b) || _ds_housekeeping_head (ctx, s, *a, *b) || housekeeping_line (ctx, s))
    return FALSE;
  for (guint k = *a; k < *b; k++)
    {
      /* (A straight mark after a space opens, one after a word closes.) */
      if (_ds_tok_is_punct (&s->toks[k], '"'))
        (s->toks[k].p == s->p || s->toks[k].p[-1] == ' ') ? open++ : close++;
      else if (_ds_tok_is_punct (&s->toks[k], 0x201C))
        open++;
      else if (_ds_tok_is_punct (&s->toks[k], 0x201D))
        close++;
    }
  if (close > open && *a > 0 && quote_mark (&s->toks[*a - 1], FALSE))
    (*a)--;
  else if (close > open && quote_mark (&s->toks[*b - 1], TRUE))
    (*b)--;
  return *b > *a;
}

/* "kredit mikro → jebakan utang bagi petani kecil", "microcredit → debt
 * traps for poor farmers": a plain phrase, one arrow, then a phrase of
 * two words or more in lower case says what the topic leads to, and the
 * item is the whole line (blind round 17: the topic alone said nothing
 * of the critique). A head in capitals or in quotes is a label
 * ("FRAMING --> …", '"green bond" → failed'), a chain of arrows or a
 * name or a figure after it a chronicle ("Decree 14/2022 → Safe Corridor
 * Fund"): the arrow parts the head from them. */
static gboolean
arrow_in_item (const Sent *s,
               guint       a,
               guint       arrow,
               guint       e)
{
  const Tok *first = &s->toks[a];
  guint words = 0;

  if (first->type != TOK_WORD || ds_utf8_all_capitals (first->p, s->toks[arrow - 1].p + s->toks[arrow - 1].len - first->p))
    return FALSE;
  for (guint k = a; k < arrow; k++)
    if (s->toks[k].type != TOK_WORD || (k > a && s->toks[k].cap))
      return FALSE;
  for (guint k = arrow + 1; k < e; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], DS_ARROW) || s->toks[k].type == TOK_NUMBER ||
          (s->toks[k].type == TOK_WORD && s->toks[k].cap))
        return FALSE;
      words += s->toks[k].type == TOK_WORD;
    }
  return words >= 2;
}

static gboolean event_date_label (const Sent *s,
                                  guint       a,
                                  guint       b);
static gboolean contrast_label (Ctx        *ctx,
                                const Sent *s,
                                guint       a,
                                guint       b);
static gboolean glossary_heading (Ctx   *ctx,
                                  guint  heading);

/* Whether the heading the lines stand under names kinds or terms ("Jenis
 * serangan", "Types of attack", "Key terms"; the phrase lists
 * kinds_heading and glossary_heading): there "Phishing → email palsu
 * untuk mencuri kata sandi" names a kind and glosses it, it tells no
 * effect of it. */
static gboolean
names_kinds (Ctx        *ctx,
             const char *text)
{
  Sent h;
  guint k = 0;

  _ds_text_tokenize (ctx, text, &h);
  while (k < h.n && (h.toks[k].type != TOK_WORD || _ds_tok_is (&h.toks[k], "the")))
    k++;
  return k < h.n && _ds_phrase_at (ctx, &h, k, PL_KINDS_HEADING) > 0;
}

/* The same of a short line of its own over the list the line @s stands
 * in ("**Jenis serangan**", "Types of attack:"). */
static gboolean
kinds_topic (Ctx        *ctx,
             const Sent *s)
{
  const DsBlock *b;
  guint first = s->block;

  if (ctx->topic != NULL && (glossary_heading (ctx, ctx->topic_block) || names_kinds (ctx, ctx->topic)))
    return TRUE;
  if (ds_essay_get_block (ctx->essay, first)->kind != DS_BLOCK_LIST_ITEM)
    return FALSE;
  while (first > 0 && ds_essay_get_block (ctx->essay, first - 1)->kind == DS_BLOCK_LIST_ITEM)
    first--;
  if (first == 0 || (b = ds_essay_get_block (ctx->essay, first - 1))->kind != DS_BLOCK_PARAGRAPH ||
      b->byte_end - b->content_byte_start > 80)
    return FALSE;
  {
    g_autofree char *intro = g_strndup (ctx->text + b->content_byte_start, b->byte_end - b->content_byte_start);

    return names_kinds (ctx, intro);
  }
}

static gboolean
item_key_span (Ctx        *ctx,
               const Sent *s,
               guint      *a,
               guint      *b)
{
  guint i = 0, e = _ds_body_end (s), end;

  while (i < e && (emphasis (&s->toks[i]) || s->toks[i].type == TOK_PUNCT))
    i++;
  if (bold_head (s, i, e, b) || italic_head (s, i, e, b))
    {
      *a = i;
      /* "**Illegal access** (Article 2): …", "**Akses ilegal** (Pasal
       * 30): …": a bracket with a number (an article's, a year) between
       * the head and its separator is the head's. */
      if (*b + 2 < e && _ds_tok_is_punct (&s->toks[*b], '('))
        for (end = *b + 1; end < e && end < *b + 6; end++)
          if (_ds_tok_is_punct (&s->toks[end], ')'))
            {
              if (end + 1 < e && separator_at (s, end + 1) > 0 && s->toks[end - 1].type == TOK_NUMBER)
                *b = end + 1;
              break;
            }
      return TRUE;
    }
  /* "a. Protes diplomatik. Kementerian … mengirim …": a run-in label
   * closed by a full stop is the item's head, as a bold one is. */
  /* (Labelled items come in runs: a line beside another so opened.) */
  if (i == 0 && (end = run_in_label_end (s)) > 0 &&
      ((s->block > 0 && item_opens_on_label (ctx, s->block - 1)) || item_opens_on_label (ctx, s->block + 1)))
    {
      *a = 0;
      *b = end;
      return TRUE;
    }
  i = past_opener (ctx, s, i, e);
  /* "**Head** explanation": the emphasis marks the head. */
  if (i > 0 && emphasis (&s->toks[i - 1]))
    for (end = i + 1; end < e && end < i + 10; end++)
      if (emphasis (&s->toks[end]))
        {
          *a = i;
          *b = end;
          return TRUE;
        }
  for (end = i + 1; end < e && end < i + 10; end++)
    if (separator_at (s, end) > 0 && (end + 2 < e || (end + 2 == e && _ds_tok_is_punct (&s->toks[end], DS_ARROW))) &&
        !(_ds_tok_is_punct (&s->toks[end], DS_ARROW) && arrow_in_item (s, i, end, e) && !kinds_topic (ctx, s) &&
          !_ds_topic_names_actors (ctx)))
      {
        *a = i;
        *b = end;
        return _ds_count_words (s, i, end) > 0;
      }
  *a = i;
  *b = e;
  if (_ds_count_words (s, i, e) > ITEM_MAX_WORDS)
    for (end = i + 3; end < e; end++)
      if ((_ds_tok_is_punct (&s->toks[end], ',') && !enumeration_comma (s, end, e) && !aside_comma (s, end, e)) ||
          _ds_tok_is_punct (&s->toks[end], ';') || _ds_tok_is_punct (&s->toks[end], '.'))
        {
          *b = end;
          break;
        }
  while (*b > *a && (s->toks[*b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[*b - 1], ')') &&
                     !_ds_tok_is_punct (&s->toks[*b - 1], 0x201D)))
    (*b)--;
  /* "(b) crews are trained …; and", "2. …, dan": the conjunction that
   * joins the next line is no part of the item. */
  if (*b > *a + 2 && (s->toks[*b - 1].flags & W_CONJ) && s->toks[*b - 2].type == TOK_PUNCT)
    for ((*b)--; *b > *a && s->toks[*b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[*b - 1], ')'); (*b)--)
      ;
  return *b > *a && _ds_count_words (s, *a, *b) > 0;
}

/* A block's content as a sentence, not yet tokenized: enough for a
 * claim's source and spans. */
void
_ds_block_as_sent (Ctx   *ctx,
                   guint  index,
                   Sent  *s)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);

  memset (s, 0, sizeof *s);
  s->p = ctx->text + b->content_byte_start;
  s->end = ctx->text + b->byte_end;
  s->start = b->content_start;
  s->end_char = b->end;
  s->block = index;
}

/* A block's line as a sentence of its own. */
static void
block_sent (Ctx   *ctx,
            guint  index,
            Sent  *s)
{
  _ds_block_as_sent (ctx, index, s);
  _ds_sent_tokenize_aside (ctx, s);
}

/* Words a line needs to state a claim of its own. */
#define STATEMENT_MIN_WORDS 8

/* "- Konvensi 1982 membagi laut ke dalam empat zona: A, B, C, dan D.": a
 * line that is a whole sentence — many words, a verb, a full stop, no
 * emphasis or short head before a separator — states a claim; it names
 * no item. A summary's bullets are often such lines. */
/* A list read from lines has no sentence of its own: its source runs
 * to the end of its last line, block @last - 1. */
static void
claim_spans_lines (Ctx     *ctx,
                   DsClaim *claim,
                   guint    last)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, last - 1);

  claim->sentence = g_strdup ("");
  _ds_claim_extend (ctx, claim, b->end, ctx->text + b->byte_end);
}

static gboolean
statement_line (Ctx   *ctx,
                guint  index)
{
  Sent line;
  guint e, k;

  block_sent (ctx, index, &line);
  e = _ds_body_end (&line);
  /* ("Protes diplomatik. Kementerian …": a run-in label heads the line.) */
  if (line.n < 2 || !_ds_tok_is_punct (&line.toks[line.n - 1], '.') || emphasis (&line.toks[0]) ||
      _ds_count_words (&line, 0, e) < STATEMENT_MIN_WORDS)
    return FALSE;
  for (k = 0; k < e && k < 8; k++)
    if (separator_at (&line, k) > 0)
      return FALSE;
  for (k = 1; k < e && k < 10; k++)
    if (line.toks[k].verb || (line.toks[k].flags & (W_AUX | W_CUE_DEF)))
      return TRUE;
  return FALSE;
}

/* Whether every top-level line of blocks [first, last) is a statement. */
static gboolean
all_statements (Ctx   *ctx,
                guint  first,
                guint  last)
{
  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level <= 1 && !statement_line (ctx, i))
      return FALSE;
  return TRUE;
}

/* Whether the heading @h is the author's advice: "Rekomendasi", "5.
 * REKOMENDASI", "Saran Kebijakan", "Policy recommendations" (phrase list
 * list_label_advice, after a number). */
gboolean
_ds_advice_label (Ctx        *ctx,
                  const Sent *h)
{
  guint i = 0;

  while (i < h->n && (h->toks[i].type == TOK_NUMBER || h->toks[i].type == TOK_PUNCT))
    i++;
  return i < h->n && _ds_phrase_at (ctx, h, i, PL_LIST_LABEL_ADVICE) > 0;
}

/* What the author urges is a list to recall even when each line is a
 * clause ("Pemerintah perlu …"). */
static gboolean
advice_heading (Ctx   *ctx,
                guint  heading)
{
  Sent h;

  block_sent (ctx, heading, &h);
  return _ds_advice_label (ctx, &h);
}

/* Whether every top-level line of [first, last) is a short clause
 * ("Treaties bind only their parties", "Ratifikasi mengikat negara"):
 * three words or more, a verb, an auxiliary or a copula among its first
 * words, no label before a separator. A "Key points" box of such lines
 * states claims; it names no list a learner recalls. */
static gboolean
all_clauses (Ctx   *ctx,
             guint  first,
             guint  last)
{
  for (guint i = first; i < last; i++)
    {
      Sent line;
      guint e, k;
      gboolean verb = FALSE;

      if (ds_essay_get_block (ctx->essay, i)->level > 1)
        continue;
      block_sent (ctx, i, &line);
      e = _ds_body_end (&line);
      if (_ds_count_words (&line, 0, e) < 3)
        return FALSE;
      for (k = 0; k < e && k < 8; k++)
        if (separator_at (&line, k) > 0)
          return FALSE;
      for (k = 1; k < e && k < 8 && !verb; k++)
        verb = (line.toks[k].verb && !(line.toks[k].flags & W_NOUN)) || (line.toks[k].flags & (W_AUX | W_CUE_DEF));
      if (!verb)
        return FALSE;
    }
  return TRUE;
}

/* "ZEE (Zona Ekonomi Eksklusif)": a head that is an acronym before its
 * long form is asked by the long form, the acronym in brackets; any other
 * head is asked whole. */
static char *
gloss_subject (const Sent *s,
               guint       a,
               guint       b)
{
  g_autofree char *name = NULL;
  g_autofree char *acronym = NULL;

  if (b < a + 4 || !_ds_tok_is_acronym (&s->toks[a]) || !_ds_tok_is_punct (&s->toks[a + 1], '(') ||
      !_ds_tok_is_punct (&s->toks[b - 1], ')') || !s->toks[a + 2].cap)
    return _ds_phrase_dup (s, a, b, TRUE);
  name = _ds_toks_dup (s, a + 2, b - 1);
  acronym = _ds_toks_dup (s, a, a + 1);
  return g_strdup_printf ("%s (%s)", name, acronym);
}

/* "hak kapal asing melewati laut teritorial. Hak ini diatur …": the
 * gloss's first sentence defines; what follows says more about the term.
 * "**dilema keamanan** = upaya … ≠ perlombaan senjata": a note's "≠"
 * (a word token, as all marks past ASCII the tokenizer does not know)
 * sets the term against another; the gloss ends before it. */
static gboolean
not_equal_sign (const Tok *t)
{
  return t->len == 3 && memcmp (t->p, "\xE2\x89\xA0", 3) == 0;
}

static guint
first_sentence_end (const Sent *s,
                    guint       body,
                    guint       e)
{
  for (guint k = body + 2; k < e; k++)
    {
      if (not_equal_sign (&s->toks[k]))
        return k;
      if (k + 1 < e && _ds_tok_is_punct (&s->toks[k], '.') && s->toks[k + 1].cap && s->toks[k + 1].type == TOK_WORD &&
          !(s->toks[k - 1].flags & W_ABBREV) && s->toks[k - 1].len > 1)
        return k;
    }
  return e;
}

/* Whether @t is a dash that sets a phrase off: "—", "–", or " - ". */
static gboolean
setting_dash (const Sent *s,
              const Tok  *t)
{
  return _ds_tok_is_punct (t, 0x2014) || _ds_tok_is_punct (t, 0x2013) ||
         (_ds_tok_is_punct (t, '-') && t->p > s->p && t->p[-1] == ' ');
}

/* "**E-konsuler** → layanan paspor … secara daring; contohnya aplikasi
 * Safe Travel", "… online; e.g. the Safe Travel app", "— misalnya …",
 * "(contoh: …)", ", for instance …": an example the note-taker adds after
 * the gloss (a semicolon, a dash, a bracket or a comma, then a phrase of
 * example_marker or bracket_example) is no part of what the term is;
 * the gloss ends before it, with three words left at least. Where the
 * gloss [@body, @e) ends. */
static guint
gloss_example_end (Ctx        *ctx,
                   const Sent *s,
                   guint       body,
                   guint       e)
{
  int depth = 0;

  for (guint k = body; k + 1 < e; k++)
    {
      const Tok *t = &s->toks[k];
      guint n;

      if (t->type != TOK_PUNCT)
        continue;
      /* (Inside brackets, an example is the bracket's.) */
      if (_ds_tok_is_punct (t, ')'))
        depth = MAX (0, depth - 1);
      if (depth > 0 || k < body + 3)
        {
          depth += _ds_tok_is_punct (t, '(');
          continue;
        }
      if (!_ds_tok_is_punct (t, ';') && !_ds_tok_is_punct (t, ',') && !_ds_tok_is_punct (t, '(') &&
          !setting_dash (s, t))
        continue;
      n = _ds_phrase_at (ctx, s, k + 1, PL_EXAMPLE_MARKER);
      if (n == 0 && !_ds_tok_is_punct (t, ','))
        n = _ds_phrase_at (ctx, s, k + 1, PL_BRACKET_EXAMPLE);
      /* (", seperti yang …", "like this": no example follows.) */
      if (n == 0 || k + 1 + n >= e || (s->toks[k + 1 + n].flags & (W_RELATIVE | W_ANAPHOR | W_PRONOUN)))
        continue;
      if (_ds_count_words (s, body, k) >= 3)
        return k;
      depth += _ds_tok_is_punct (t, '(');
    }
  return e;
}

/* "1998", "Tahun 2020", "Maret 2019", "1991–1994": a key that is a date;
 * *@date is where the date itself starts, past "Tahun"/"Year". */
static gboolean
date_key (const Sent *s,
          guint       a,
          guint       b,
          guint      *date)
{
  if (a + 1 < b && (_ds_tok_is (&s->toks[a], "tahun") || _ds_tok_is (&s->toks[a], "year")))
    a++;
  *date = a;
  if (a + 3 == b && _ds_tok_is_punct (&s->toks[a + 1], 0x2013) && s->toks[a + 2].type == TOK_NUMBER)
    a += 2;
  return _ds_read_date (s, a, b) == b || (a + 1 == b && s->toks[a].type == TOK_NUMBER && s->toks[a].len == 4);
}

/* "**3 Desember 1976**": a date set in bold, tokens [@a, @b) with its
 * marks; *@date receives where it starts. */
static gboolean
bold_date_key (const Sent *s,
               guint       a,
               guint       b,
               guint      *date)
{
  while (a < b && (_ds_tok_is_punct (&s->toks[a], '*') || _ds_tok_is_punct (&s->toks[a], '_')))
    a++;
  while (b > a && (_ds_tok_is_punct (&s->toks[b - 1], '*') || _ds_tok_is_punct (&s->toks[b - 1], '_')))
    b--;
  return b > a && date_key (s, a, b, date);
}

static gboolean glossary_heading (Ctx   *ctx,
                                  guint  heading);

/* Whether a word of @text (folded) is one of the phrase list @list or,
 * unless NULL, of @also: "Tantangan", "Drivers of the 2014 mission",
 * "Studi kasus". */
static gboolean
words_in_lists (Ctx        *ctx,
                const char *text,
                const char *list,
                const char *also)
{
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_STRIP_MARKS);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  const char * const *first = ds_lang_get_phrases (ctx->lang, list);
  const char * const *second = also != NULL ? ds_lang_get_phrases (ctx->lang, also) : NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (g_strv_contains (first, words[i]) || (second != NULL && g_strv_contains (second, words[i])))
      return TRUE;
  return FALSE;
}

/* Whether the heading the text stands under names problems ("Tantangan
 * Koordinasi", "Key issues"): the phrase list "issue_heading" has one of
 * its words. */
static gboolean
topic_names_issues (Ctx *ctx)
{
  return words_in_lists (ctx, ctx->topic, "issue_heading", NULL);
}

/* Whether the words of @text meet the phrase lists issue_heading or
 * account_heading. */
static gboolean
names_accounts (Ctx        *ctx,
                const char *text)
{
  return words_in_lists (ctx, text, "issue_heading", "account_heading");
}

/* Whether the block's text holds a year ("2012", "1998"): four digits
 * from 1500 to 2099 with no digit beside them. */
static gboolean
block_dated (Ctx            *ctx,
             const DsBlock *b)
{
  const char *p = ctx->text + b->content_byte_start, *e = ctx->text + b->byte_end;

  for (const char *q = p; q + 4 <= e; q++)
    if (g_ascii_isdigit (q[0]) && (q == p || !g_ascii_isdigit (q[-1])) && g_ascii_isdigit (q[1]) &&
        g_ascii_isdigit (q[2]) && g_ascii_isdigit (q[3]) && (q + 4 == e || !g_ascii_isdigit (q[4])) &&
        ((q[0] == '1' && q[1] >= '5') || (q[0] == '2' && q[1] == '0')))
      return TRUE;
  return FALSE;
}

/**
 * _ds_note_lines_explain:
 *
 * Whether the lines around the note line of block @block let a clause
 * after its head define the head ("Soft power – a country gets others
 * to want …"): not under a heading or a line before them that names
 * problems, causes, cases or events ("Tantangan", "Drivers of the 2014
 * mission:", "Studi kasus"; the phrase lists issue_heading and
 * account_heading) unless the heading names a glossary ("Key
 * concepts"), and not among lines half of which or more carry a year
 * (a run of what happened: "Nepal: sent troops 2014 …").
 */
static gboolean note_lines_explain (Ctx      *ctx,
                                    guint     block,
                                    gboolean  term_heading);

gboolean
_ds_note_lines_explain (Ctx   *ctx,
                        guint  block)
{
  return note_lines_explain (ctx, block, FALSE);
}

/* (@term_heading: the heading names the line's own term — "The Q-Day
 * problem" over "- Q-Day = day a quantum computer …" —, and its word
 * of problems is the term's, not the line's.) */
static gboolean
note_lines_explain (Ctx      *ctx,
                    guint     block,
                    gboolean  term_heading)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  DsBlockKind kind = ds_essay_get_block (ctx->essay, block)->kind;
  guint first = block, last = block + 1, dated = 0;
  const DsBlock *b;
  gboolean glossary = glossary_heading (ctx, ctx->topic_block);

  if (!glossary && !term_heading && ctx->topic != NULL && names_accounts (ctx, ctx->topic))
    return FALSE;
  while (first > 0 && block - first < 12 && ds_essay_get_block (ctx->essay, first - 1)->kind == kind)
    first--;
  while (last < n_blocks && last - block < 12 && ds_essay_get_block (ctx->essay, last)->kind == kind)
    last++;
  for (guint i = first; i < last; i++)
    dated += i != block && block_dated (ctx, ds_essay_get_block (ctx->essay, i));
  if (dated > 0 && dated * 2 >= last - first - 1)
    return FALSE;
  /* "Faktor pendorong misi 2014:" over the lines. */
  if (kind == DS_BLOCK_LIST_ITEM && first > 0 &&
      (b = ds_essay_get_block (ctx->essay, first - 1))->kind == DS_BLOCK_PARAGRAPH && b->byte_end - b->content_byte_start < 200)
    {
      g_autofree char *intro = g_strndup (ctx->text + b->content_byte_start, b->byte_end - b->content_byte_start);

      if (!glossary && names_accounts (ctx, intro))
        return FALSE;
    }
  return TRUE;
}

/* "- Kedaulatan: negara terdampak memutuskan bantuan apa yang diterima."
 * under "Tantangan": the line names a problem and says, in a clause, why
 * it is one; its head is no term the clause defines. A noun phrase after
 * the colon ("Kesiapsiagaan: kemampuan negara …") still glosses it, and
 * so does any text under a line that names kinds (kinds_topic()). */
static gboolean
names_issue (Ctx        *ctx,
             const Sent *line,
             guint       body)
{
  /* (names_accounts() holds the words topic_names_issues() looks for.) */
  return !_ds_gloss_from (ctx, line, body) && ctx->topic != NULL && names_accounts (ctx, ctx->topic) &&
         !kinds_topic (ctx, line);
}

/* Words a term the heading names takes at most. */
#define HEADING_TERM_MAX_WORDS 4

/* "## The \"Q-Day\" problem" over "- **Q-Day** = day a quantum computer
 * can break …", "## Masalah lokalisasi data" over "- lokalisasi data =
 * kewajiban …": the heading names the line's term [@a, @b) (one to four
 * words, one of them not a function word, all written in the heading),
 * and its word of problems (phrase list issue_heading) is the term's;
 * the line glosses the term, it names no problem of its own. */
static gboolean
heading_names_term (Ctx        *ctx,
                    const Sent *line,
                    guint       a,
                    guint       b)
{
  g_autofree char *term = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *padded = NULL;
  g_autofree char *needle = NULL;
  guint words = 0, content = 0;

  if (ctx->topic == NULL || ctx->topic_block == G_MAXUINT || strchr (ctx->topic, '?') != NULL)
    return FALSE;
  while (a < b && (emphasis (&line->toks[a]) || line->toks[a].type == TOK_PUNCT))
    a++;
  while (b > a && (emphasis (&line->toks[b - 1]) || line->toks[b - 1].type == TOK_PUNCT))
    b--;
  for (guint k = a; k < b; k++)
    if (line->toks[k].type == TOK_WORD)
      {
        words++;
        content += !(line->toks[k].flags & W_FUNCTION);
      }
    else if (line->toks[k].type != TOK_PUNCT || !_ds_tok_is_punct (&line->toks[k], '-'))
      return FALSE;
  if (words == 0 || words > HEADING_TERM_MAX_WORDS || content == 0)
    return FALSE;
  term = _ds_toks_dup (line, a, b);
  folded = ds_words_fold (term, DS_FOLD_STRIP_MARKS);
  topic = ds_words_fold (ctx->topic, DS_FOLD_STRIP_MARKS);
  if (strlen (folded) < 3)
    return FALSE;
  padded = g_strconcat (" ", topic, " ", NULL);
  needle = g_strconcat (" ", folded, " ", NULL);
  return strstr (padded, needle) != NULL;
}

/* "FACTOR --> what it did", "Congestion → more collisions": an arrow
 * leads to what the head brought about, it glosses nothing, and a
 * timeline's arrow is _ds_find_arrow_line()'s. Only a term set in bold
 * ("- **Public diplomacy** → a government's communication with foreign
 * publics") may be glossed by it, the bold marking the term as a
 * glossary's, and then only by a noun phrase (gloss_item()) that says
 * no change in its first words ("**Weak funding** → fewer patrols in the
 * north", "**Dana lemah** → pemeriksaan makin lambat": the phrase list
 * arrow_effect_opener), opens on no verb ("**Sanctions** → damaged trade
 * with …") and leads to no further step ("**Draft** → consultation →
 * adoption"). */
#define ARROW_EFFECT_TOKENS 3

/* Under a heading or a line of kinds ("Jenis diplomasi", "Types of
 * attack"), "Diplomasi koersif → menggunakan ancaman …", "Worm → spreads
 * by itself …": a verb in the present, active, says what the kind does,
 * its gloss — not an effect ("damaged trade", "dibekukan"). */
static gboolean
kind_does (Ctx        *ctx,
           const Sent *line,
           guint       body)
{
  const Tok *t = &line->toks[body];

  if (t->cap || t->len < 4 || !kinds_topic (ctx, line))
    return FALSE;
  if (ctx->english)
    return ds_ascii_tolower (t->p[t->len - 1]) == 's' && strchr ("su", ds_ascii_tolower (t->p[t->len - 2])) == NULL;
  return ds_ascii_strncasecmp (t->p, "me", 2) == 0 && !_ds_passive_verb (t, FALSE);
}

static gboolean
arrow_gloss (Ctx        *ctx,
             const Sent *line,
             guint       a,
             guint       b,
             guint       body)
{
  guint e = _ds_body_end (line), head_end, date;

  /* (@b is past the head's closing marks.) "## Akibat krisis Yaman",
   * "## Effects of …" over "**Embassy closed** → …": the arrow leads
   * from a cause to its effect, under a heading that names such —
   * unless a short line over the list names kinds ("Week 6: Malware and
   * its effects" over "**Types of malware**"). */
  if (ctx->topic != NULL && names_accounts (ctx, ctx->topic) && !kinds_topic (ctx, line))
    return FALSE;
  if (!bold_head (line, a, e, &head_end))
    {
      /* (Under a heading of kinds or terms a plain head is a term too.) */
      if (b <= a || b - a > 4 || !kinds_topic (ctx, line))
        return FALSE;
      head_end = b;
    }
  if (head_end > b || date_key (line, a, head_end, &date) ||
      line->toks[body].type != TOK_WORD || (line->toks[body].verb && !kind_does (ctx, line, body)) ||
      _ds_phrase_in (ctx, line, body, MIN (body + ARROW_EFFECT_TOKENS, e), PL_ARROW_EFFECT_OPENER))
    return FALSE;
  for (guint k = body; k < e; k++)
    if (_ds_tok_is_punct (&line->toks[k], DS_ARROW))
      return FALSE;
  return TRUE;
}

/* Whether a timeline's event from @body on opens on a verb with no
 * subject before it ("ratified by all four", "signed in Paris",
 * "disahkan parlemen"): a word in lower case the lexicon knows as a
 * verb, or an English word in "-ed". */
static gboolean
subjectless_event (Ctx        *ctx,
                   const Sent *line,
                   guint       body)
{
  const Tok *t = &line->toks[body];

  if (body >= line->n || t->type != TOK_WORD || t->cap)
    return FALSE;
  /* ("2016: set up a cyber unit", "2019: held talks with …": an
   * irregular past the lexicon does not take for a verb, a word before
   * its object.) */
  if (ctx->english && !t->verb && body + 1 < _ds_body_end (line) && line->toks[body + 1].type == TOK_WORD &&
      !(line->toks[body + 1].flags & (W_PREP | W_CONJ)) &&
      (_ds_phrase_at (ctx, line, body, PL_DEFS_IRREGULAR_PARTICIPLE) == 1 ||
       _ds_phrase_at (ctx, line, body, PL_WHEN_PAST) == 1) &&
      !(line->toks[body].flags & W_AUX))
    return TRUE;
  return t->verb || (ctx->english && t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0);
}

/* "- cek slide dosen minggu 5", "ingat utk esai: …", "TODO: baca bab
 * 3", "- reread ch. 4 before Friday": a line of notes that opens (past
 * its marks) on a to-do (phrase list note_reminder_todo), or on what the
 * note-taker means to do (note_reminder) with the course's own things
 * (note_study_thing: slides, a chapter, the lecturer, the exam), reminds
 * and states nothing to ask. A step of advice ("Check the sender's
 * address", "Cek tanggalnya") names none of them. */
gboolean
_ds_reminder_line (Ctx        *ctx,
                   const Sent *line)
{
  guint k = 0;

  while (k < line->n && (emphasis (&line->toks[k]) || line->toks[k].type == TOK_PUNCT))
    k++;
  if (k >= line->n || line->toks[k].type != TOK_WORD)
    return FALSE;
  if (_ds_phrase_at (ctx, line, k, PL_NOTE_REMINDER_TODO) > 0)
    return TRUE;
  if (_ds_phrase_at (ctx, line, k, PL_NOTE_REMINDER) == 0)
    return FALSE;
  for (guint j = k + 1; j < line->n; j++)
    if (line->toks[j].type == TOK_WORD && _ds_phrase_at (ctx, line, j, PL_NOTE_STUDY_THING) > 0)
      return TRUE;
  return FALSE;
}

/* "- perhatikan: TIDAK ada pilar militer …", "- NB: consensus = …",
 * "- note: no military pillar …": under a list's items, a line that
 * opens (past its marks) on a label of the phrase list
 * list_comment_label and its colon comments on the list; it is none of
 * its items. */
static gboolean
list_comment_line (Ctx        *ctx,
                   const Sent *line)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, "list_comment_label");
  guint k = 0, n;

  /* ("- NB: …", "- note: …": the parser keeps the label in the line's
   * marker.) */
  if (line->block != G_MAXUINT && words != NULL)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, line->block);
      const char *m = ctx->text + b->byte_start, *e = ctx->text + b->content_byte_start;

      while (m < e && !g_ascii_isalpha (*m))
        m++;
      for (guint i = 0; words[i] != NULL; i++)
        {
          gsize len = strlen (words[i]);

          if ((gsize) (e - m) > len && ds_ascii_strncasecmp (m, words[i], len) == 0 && !g_ascii_isalpha (m[len]) &&
              memchr (m + len, ':', e - m - len) != NULL)
            return TRUE;
        }
    }
  while (k < line->n && (emphasis (&line->toks[k]) || line->toks[k].type == TOK_PUNCT))
    k++;
  if (k >= line->n || (n = _ds_phrase_at (ctx, line, k, PL_LIST_COMMENT_LABEL)) == 0)
    return FALSE;
  k += n;
  while (k < line->n && (emphasis (&line->toks[k]) || _ds_tok_is_punct (&line->toks[k], '.')))
    k++;
  return k + 2 < line->n && _ds_tok_is_punct (&line->toks[k], ':');
}

/* "Speaker notes: …", "**Catatan pembicara:** …", "*Presenter notes —
 * …": a line that opens (past its marks) on a label of the phrase list
 * speaker_notes_label and its colon or dash — the notes under a slide;
 * in a slide deck, "Notes: …", "Catatan: …" too (deck_notes_label). */
gboolean
_ds_speaker_notes_line (Ctx        *ctx,
                        const Sent *line)
{
  guint k = 0, n;

  while (k < line->n && emphasis (&line->toks[k]))
    k++;
  if (k >= line->n)
    return FALSE;
  if ((n = _ds_phrase_at (ctx, line, k, PL_SPEAKER_NOTES_LABEL)) == 0 &&
      (!ctx->slide_deck || (n = _ds_phrase_at (ctx, line, k, PL_DECK_NOTES_LABEL)) == 0))
    return FALSE;
  k += n;
  while (k < line->n && emphasis (&line->toks[k]))
    k++;
  return k < line->n && (_ds_tok_is_punct (&line->toks[k], ':') || _ds_tok_is_punct (&line->toks[k], 0x2014) ||
                         _ds_tok_is_punct (&line->toks[k], 0x2013));
}

/* In a slide's speaker notes, what the presenter tells himself to do
 * or says to the room rather than the matter of the slide: a sentence
 * that opens on a presenter's move ("Ask the class which …", "Welcome
 * back.", "Click to show …", "Tanyakan kepada mahasiswa …"; phrase list
 * presenter_aside) or that names the course's own business (a word of
 * note_study_thing or presenter_room: "Quiz next week covers …",
 * "Students always mix these up.", "Good exam question.", "No class on
 * Tuesday …", "Mahasiswa sering keliru di sini."). The notes' other
 * sentences are read as prose. @s is read from its subject on (past
 * "Speaker notes:" and a presenter's lead, "Stress that"). */
gboolean
_ds_presenter_aside (Ctx        *ctx,
                     const Sent *s)
{
  guint k = 0;

  while (k < s->n && (emphasis (&s->toks[k]) || s->toks[k].type == TOK_PUNCT))
    k++;
  if (k >= s->n)
    return FALSE;
  if (_ds_phrase_at (ctx, s, k, PL_PRESENTER_ASIDE) > 0)
    return TRUE;
  for (guint j = k; j < s->n; j++)
    if (s->toks[j].type == TOK_WORD && (_ds_phrase_at (ctx, s, j, PL_NOTE_STUDY_THING) > 0 ||
                                         _ds_phrase_at (ctx, s, j, PL_PRESENTER_ROOM) > 0))
      return TRUE;
  return FALSE;
}

/* Tokens a label's figure and its unit take at most. */
#define LABEL_FIGURE_MAX_TOKENS 6

/* Words the other side of a "≠" takes at most. */
#define NOT_EQUAL_MAX_WORDS 5

/* "- **soft balancing** = kerja sama non-militer …" over "≠ hard
 * balancing": the note sets @term against what follows its "≠" (a short
 * phrase up to a mark), asked as such (template question_not_equal:
 * "Soft balancing dibedakan dari apa?"). */
static void
not_equal_fact (Ctx        *ctx,
                const Sent *line,
                const char *term,
                guint       a)
{
  guint e = _ds_body_end (line), b;
  DsClaim *claim;

  for (b = a; b < e && line->toks[b].type == TOK_WORD && !not_equal_sign (&line->toks[b]); b++)
    ;
  if (b == a || (b < e && !_ds_tok_is_punct (&line->toks[b], ',') && !_ds_tok_is_punct (&line->toks[b], ';') &&
                 !_ds_tok_is_punct (&line->toks[b], '.') && !_ds_tok_is_punct (&line->toks[b], ')')) ||
      _ds_count_words (line, a, b) > NOT_EQUAL_MAX_WORDS ||
      (!_ds_tok_is_article (&line->toks[a]) && (line->toks[a].flags & (W_FUNCTION | W_PRONOUN))))
    return;
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_CONTRAST, a, b);
  claim->question = ds_lang_expand (ctx->lang, "question_not_equal", "term", term, NULL);
  /* ("Soft balancing dibedakan dari apa?": the term may open it.) */
  if (g_ascii_islower (claim->question[0]))
    claim->question[0] = g_ascii_toupper (claim->question[0]);
  _ds_claim_commit (ctx, claim);
}

static gboolean heading_of_aspect   (Ctx *ctx);
static char    *heading_owner       (Ctx *ctx);

/* "- Kerugian: ± 3,1 miliar USD (2021), > bantuan luar negeri", "-
 * Desa terdampak: > 310 desa", "- Ships stranded: ~ 80 vessels": a
 * note's label set to a figure — past an approximation ("±", "~", ">",
 * "sekitar": phrase list lists_approx_count) a number and its unit — is
 * asked by the label (template question_label_figure: "Berapa kerugian
 * (2021)?"), a bracket right after the figure kept in the question as
 * what the figure is of; what follows a comma is left. A head that is a
 * name ("Vietnam: 12 …", "Adaptation Fund: …": no word in lower case
 * after its first, or a country) or holds a verb or a figure is no
 * label. */
static gboolean
label_figure (Ctx  *ctx,
              Sent *line,
              guint a,
              guint b,
              guint colon)
{
  guint e = _ds_body_end (line), v = colon + 1, k, end, qa = 0, qb = 0, date;
  gboolean lower = FALSE;
  g_autofree char *label = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *asked = NULL;
  DsClaim *claim;

  if (colon >= e || !_ds_tok_is_punct (&line->toks[colon], ':') || b <= a || head_words (line, a, b) > 5 ||
      date_key (line, a, b, &date))
    return FALSE;
  for (k = a; k < b; k++)
    {
      const Tok *t = &line->toks[k];

      if (t->type == TOK_PUNCT && !_ds_tok_is_punct (t, '\''))
        return FALSE;
      if (t->type != TOK_PUNCT && (t->type != TOK_WORD || t->verb || (t->flags & (W_COUNTRY | W_AUX))))
        return FALSE;
      lower |= k > a && t->type == TOK_WORD && !t->cap;
    }
  /* ("Tokoh kunci: …", "Key thinkers: …": a handout's label of people.) */
  /* ("Pekalongan: 3 kecamatan …": one word in capitals is a name unless
   * the essay has written it in lower case.) */
  if ((!lower && (b - a > 1 || !_ds_tok_written_lower (ctx, &line->toks[a]))) ||
      _ds_phrase_at (ctx, line, a, PL_HANDOUT_LABEL) > 0)
    return FALSE;
  k = v + _ds_phrase_at (ctx, line, v, PL_LISTS_APPROX_COUNT);
  if (k < e && (_ds_tok_is_punct (&line->toks[k], '~') || _ds_tok_is_punct (&line->toks[k], '<') ||
                _ds_tok_is_punct (&line->toks[k], '>') || _ds_tok_is_punct (&line->toks[k], 0x2248)))
    k++;
  if (k >= e || !(line->toks[k].type == TOK_NUMBER ||
                  (line->toks[k].type == TOK_WORD && g_ascii_isdigit (line->toks[k].p[line->toks[k].len - 1]))) ||
      /* ("Tenggat laporan: 30 Juni": a date, asked by its own rules.) */
      _ds_read_date (line, k, e) > k)
    return FALSE;
  for (end = k + 1; end < e && end < k + LABEL_FIGURE_MAX_TOKENS && line->toks[end].type == TOK_WORD &&
                    !line->toks[end].verb && !(line->toks[end].flags & (W_CONJ | W_AUX | W_RELATIVE));
       end++)
    ;
  if (end < e && _ds_tok_is_punct (&line->toks[end], '('))
    {
      for (qb = end + 1; qb < e && qb < end + 6 && !_ds_tok_is_punct (&line->toks[qb], ')'); qb++)
        ;
      if (qb >= e || !_ds_tok_is_punct (&line->toks[qb], ')'))
        return FALSE;
      qa = end;
      end = ++qb;
    }
  if (end < e && !_ds_tok_is_punct (&line->toks[end], ',') && !_ds_tok_is_punct (&line->toks[end], ';'))
    return FALSE;
  label = _ds_phrase_dup (line, a, b, TRUE);
  if (qb > qa)
    {
      scope = _ds_toks_dup (line, qa, qb);
      asked = g_strdup_printf ("%s %s", label, scope);
    }
  /* "- anggota awal: 7 negara Persemakmuran" under "Rencana Colombo
   * (1951)": the figure is the heading's name's, and the question names
   * it ("Berapa anggota awal Rencana Colombo?", not "Berapa anggota
   * awal?"), when the heading reads as one name and names no aspect. */
  if (ctx->heading_name != NULL && ctx->topic_block != G_MAXUINT && !heading_of_aspect (ctx))
    {
      g_autofree char *owner = heading_owner (ctx);
      g_autofree char *owned = ds_lang_expand (ctx->lang, "owned", "owned", asked != NULL ? asked : label, "owner", owner, NULL);

      g_free (asked);
      /* ("the initial budget of the Digital Invest Facility") */
      asked = ctx->english ? g_strconcat ("the ", owned, NULL) : g_steal_pointer (&owned);
    }
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_NUMBER, v, qb > qa ? qa : end);
  claim->question = ds_lang_expand (ctx->lang, "question_label_figure", "label", asked != NULL ? asked : label, NULL);
  _ds_toks_mark_used (line, 0, line->n);
  return _ds_claim_commit (ctx, claim);
}

/* A timeline's line "<date>: <event>" asked as what happened then
 * (template question_arrow_when), the event up to its first sentence's
 * end the answer. */
static gboolean generic_heading (const Sent *s);

/* Words a heading that names a timeline's actor takes at most. */
#define DATED_ACTOR_MAX_WORDS 5

/* "## Bank Indonesia" over "- 2016: membentuk unit keamanan siber",
 * "## Bank of England" over "- 2018: ran its first stress test": a
 * timeline's line whose event opens on a verb has left its subject out;
 * a heading that is a name (its words capitals, an acronym, a name the
 * lexicon knows or a capital past its first word; no word of the notes
 * themselves: "Timeline", "Kronologi") is that subject. The name, or
 * NULL. */
static char *
dated_actor (Ctx        *ctx,
             const Sent *line,
             guint       body)
{
  static const char * const notes[] = {
    "timeline", "chronology", "history", "milestones", "slide", "slides", "lecture", "notes", "week",
    "kronologi", "garis", "sejarah", "linimasa", "tonggak", "catatan", "kuliah", "minggu",
  };
  const Tok *v;
  gboolean named = FALSE, acts = FALSE;
  guint words = 0;
  char *owner;
  Sent o;

  if (body >= line->n || ctx->topic == NULL || ctx->topic_block == G_MAXUINT || strchr (ctx->topic, '?') != NULL)
    return NULL;
  v = &line->toks[body];
  if (v->type != TOK_WORD || v->cap || !(v->verb || (v->flags & W_VERB)))
    return NULL;
  /* ("2001: ditandatangani di Budapest", "2019: founded in Geneva",
   * "opened for signature": a passive says what was done to the
   * heading's name, not what it did; an English verb is an act only
   * with its object after it.) */
  if (!ctx->english && v->len > 4 &&
      (ds_ascii_strncasecmp (v->p, "di", 2) == 0 || ds_ascii_strncasecmp (v->p, "ter", 3) == 0))
    return NULL;
  if (ctx->english && (body + 1 >= _ds_body_end (line) || line->toks[body + 1].type != TOK_WORD ||
                       (line->toks[body + 1].flags & (W_PREP | W_CONJ)) || _ds_tok_is (&line->toks[body + 1], "by")))
    return NULL;
  _ds_text_tokenize (ctx, ctx->topic, &o);
  /* (A body — a board, a ministry, a council — an acronym or a country
   * acts; a treaty or a programme does not.) */
  for (guint k = 0; k < o.n && !acts; k++)
    acts = _ds_phrase_at (ctx, &o, k, PL_BODY_HEAD) > 0 || _ds_phrase_at (ctx, &o, k, PL_MINISTRY_HEAD) > 0 ||
           (o.n == 1 && (_ds_tok_is_acronym (&o.toks[k]) || (o.toks[k].flags & W_COUNTRY)));
  if (!acts)
    return NULL;
  for (guint k = 0; k < o.n; k++)
    {
      const Tok *t = &o.toks[k];

      if (t->type != TOK_WORD)
        return NULL;
      if (!t->cap && !(k > 0 && (t->flags & W_FUNCTION)))
        return NULL;
      for (guint w = 0; w < G_N_ELEMENTS (notes); w++)
        if (t->len == strlen (notes[w]) && ds_ascii_strncasecmp (t->p, notes[w], t->len) == 0)
          return NULL;
      named |= _ds_tok_is_acronym (t) || (k > 0 && t->cap) || _ds_tok_known_name (ctx, t);
      words++;
    }
  if (!named || words == 0 || words > DATED_ACTOR_MAX_WORDS || generic_heading (&o))
    return NULL;
  owner = g_strdup (ctx->topic);
  if (ctx->english && words >= 2 && !_ds_tok_is_acronym (&o.toks[0]) && !(o.toks[0].flags & W_COUNTRY))
    {
      char *the = g_strconcat ("the ", owner, NULL);

      g_free (owner);
      owner = the;
    }
  return owner;
}

static void
dated_event (Ctx        *ctx,
             const Sent *line,
             guint       date,
             guint       b,
             guint       body)
{
  g_autofree char *when = _ds_toks_dup (line, date, b);
  g_autofree char *actor = dated_actor (ctx, line, body);
  gboolean day;
  DsClaim *claim;

  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_DATE, body, first_sentence_end (line, body, _ds_body_end (line)));
  /* ("3 December 2015: adopted eleven norms" is asked "What happened on
   * 3 December 2015?", template question_arrow_when_day.) */
  day = _ds_date_names_day (line, date, b);
  claim->question = actor != NULL
                      ? ds_lang_expand (ctx->lang, day ? "question_dated_act_day" : "question_dated_act", "actor", actor,
                                        "date", when, NULL)
                      : ds_lang_expand (ctx->lang, day ? "question_arrow_when_day" : "question_arrow_when", "date", when,
                                        NULL);
  _ds_claim_commit (ctx, claim);
}

/* Words a gloss takes at least before an arrow that adds to it. */
#define ARROW_GLOSS_MIN_WORDS 3

/* "- HI = studi tentang interaksi antaraktor … → politik, ekonomi,
 * keamanan, budaya", "- IR = the study of … → war, trade, rights": a
 * gloss after an equals sign, a phrase in lower case with no figure, and
 * one arrow after it
 * that adds what it covers. The arrow's token, or @e when the text is
 * no such gloss (a value "UU 7/2016 → KKP", a chain of steps "negara A
 * menambah senjata → B merasa terancam → …"). */
static guint
arrow_after_gloss (const Sent *line,
                   guint       body,
                   guint       e)
{
  guint arrow = e;

  /* (Only after an equals sign, the notes' mark of a definition: "-
   * relevansi siber: negara menimbun … → dilema keamanan versi digital"
   * draws a conclusion.) */
  if (body == 0 || !_ds_tok_is_punct (&line->toks[body - 1], '='))
    return e;
  for (guint j = body; j < e; j++)
    if (_ds_tok_is_punct (&line->toks[j], DS_ARROW))
      {
        if (arrow < e)
          return e;
        arrow = j;
      }
    else if (arrow == e && line->toks[j].type == TOK_NUMBER)
      return e;
  if (arrow == e || line->toks[body].type != TOK_WORD || line->toks[body].cap ||
      _ds_count_words (line, body, arrow) < ARROW_GLOSS_MIN_WORDS)
    return e;
  return arrow;
}

/* "- Perlindungan nelayan: UU 7/2016 → KKP", "- jumlah pengungsi: est.
 * 2–3 juta", "- Legal basis: Act 12 of 2011", "- Budget: approx. USD 4
 * billion": a note's value after its label — a chain of arrows, a
 * figure, a law's or a body's name — says what the label is set to, not
 * what it means. The text is a value when it holds an arrow, or opens
 * (past an abbreviation such as "est.", "approx.", "ca.", or a word of
 * the list lists_approx_count: "sekitar", "over") on a figure,
 * two capitalised words, or a capitalised word and a figure. */
static gboolean
value_text (Ctx        *ctx,
            const Sent *line,
            guint       body,
            guint       e)
{
  guint k = body, arrow = arrow_after_gloss (line, body, e);

  if (arrow < e)
    e = arrow;
  for (guint j = body; j < e; j++)
    if (_ds_tok_is_punct (&line->toks[j], DS_ARROW))
      return TRUE;
  if (k + 2 < e && line->toks[k].type == TOK_WORD && line->toks[k].len <= 6 &&
      _ds_tok_is_punct (&line->toks[k + 1], '.') && line->toks[k + 2].type == TOK_NUMBER)
    k += 2;
  /* "sekitar 12.000 jiwa", "over 9,500", "± 3,1 miliar" (the list holds
   * "±"), "> 40%", "~ 300": a figure all the same. */
  k += _ds_phrase_at (ctx, line, k, PL_LISTS_APPROX_COUNT);
  if (k + 1 < e && (_ds_tok_is_punct (&line->toks[k], '~') || _ds_tok_is_punct (&line->toks[k], '<') ||
                    _ds_tok_is_punct (&line->toks[k], '>')))
    k++;
  if (k >= e)
    return FALSE;
  if (line->toks[k].type == TOK_NUMBER || (line->toks[k].type == TOK_WORD && g_ascii_isdigit (line->toks[k].p[line->toks[k].len - 1])))
    return TRUE;
  if (line->toks[k].type != TOK_WORD || !line->toks[k].cap)
    return FALSE;
  return k + 1 < e && (line->toks[k + 1].type == TOK_NUMBER ||
                       (line->toks[k + 1].type == TOK_WORD && line->toks[k + 1].cap));
}

/* "- Tahun kemunculan: awal 1990-an", "- Pendirinya: …", "- Founder:
 * …", "- Location of the first talks: …": a head that names an
 * attribute of the heading's subject (its first word of the phrase list
 * attribute_label, or an Indonesian head closing on "-nya"): its value
 * is a fact of that subject, no gloss of a term and no member of a
 * list the heading names. */
static gboolean
attribute_head (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       b)
{
  while (b > a && (emphasis (&line->toks[b - 1]) || line->toks[b - 1].type == TOK_PUNCT))
    b--;
  return b > a && (_ds_phrase_at (ctx, line, a, PL_ATTRIBUTE_LABEL) > 0 ||
                   (!ctx->english && _ds_tok_ends_nya (&line->toks[b - 1])));
}

/* Words a stage's content after its arrow takes at most. */
#define STEP_BODY_MAX_WORDS 14

/* "## Tahap siklus bantuan" over "1. **Pemetaan** → siapa & di mana",
 * "2. **Perencanaan** → target, anggaran", "## Stages of the cycle" over
 * "1. **Mapping** → who & where": under a heading that names parts of a
 * whole (its word of the list gloss_component_head: tahap, fase, pilar,
 * stage, phase …), a bold label's arrow leads to what that part holds,
 * whatever its shape (a phrase, a list, a verb), asked as such
 * (template question_component_covers: "Apa isi tahap pemetaan?",
 * "What does the mapping stage involve?"); TRUE when asked. */
static gboolean
component_step (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       body)
{
  guint e = _ds_body_end (line), head_end;
  const char *head = NULL;
  g_autofree char *label = NULL;
  g_autofree char *term = NULL;
  DsClaim *claim;
  Sent h;

  if (ctx->topic == NULL || !bold_head (line, a, e, &head_end) || head_words (line, a, head_end) > 4 ||
      body >= e || _ds_count_words (line, body, e) > STEP_BODY_MAX_WORDS || line->toks[body].type != TOK_WORD)
    return FALSE;
  for (guint k = body; k < e; k++)
    if (_ds_tok_is_punct (&line->toks[k], DS_ARROW))
      return FALSE;
  _ds_text_tokenize (ctx, ctx->topic, &h);
  for (guint k = 0; k < h.n && k < 4 && head == NULL; k++)
    if (h.toks[k].type == TOK_WORD)
      head = _ds_lexicon_other_forms (ctx, &h.toks[k], "gloss_component_head");
  if (head == NULL)
    return FALSE;
  label = gloss_subject (line, a, head_end);
  if (label[0] != '\0' && !g_ascii_isupper (label[1]))
    label[0] = g_ascii_tolower (label[0]);
  term = ds_lang_expand (ctx->lang, "gloss_component_term", "head", head, "term", label, NULL);
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_EVENT, body, e);
  claim->question = ds_lang_expand (ctx->lang, "question_component_covers", "term", term, NULL);
  return _ds_claim_commit (ctx, claim);
}

/* "- **Peretasan** berarti upaya …", "- **Rekayasa sosial** itu teknik
 * …", "* *Attribution* refers to the process …", "- **Zero-day** means
 * a flaw …": after a head set off in bold or italics, a definition's
 * cue (the class cue_def, spoken "itu", "refers to", "is defined as")
 * parts the head from its gloss as a colon would. How many tokens the
 * cue takes, or 0. */
static guint
emphasised_cue (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       b)
{
  guint k = b;
  const char *end;

  if (b == a || b >= line->n)
    return 0;
  /* (The marks are no tokens: the text right after the head has them.) */
  end = line->toks[b - 1].p + line->toks[b - 1].len;
  if (!emphasis (&line->toks[b - 1]) && !(end < line->end && (*end == '*' || *end == '_')))
    return 0;
  while (k < line->n && k < b + 3 && line->toks[k].type == TOK_WORD &&
         ((line->toks[k].flags & W_CUE_DEF) || (k > b && (_ds_tok_is (&line->toks[k], "to") ||
                                                         _ds_tok_is (&line->toks[k], "as") ||
                                                         _ds_tok_is (&line->toks[k], "sebagai") ||
                                                         _ds_tok_is (&line->toks[k], "pada") ||
                                                         _ds_tok_is (&line->toks[k], "kepada"))) ||
          (k == b && !ctx->english && _ds_tok_is (&line->toks[k], "itu"))))
    k++;
  /* ("- **Bebas**, yaitu …" is read by separator_at().) */
  return k > b && k < line->n && !(line->toks[b].flags & W_CUE_NAMING & ~W_CUE_DEF) ? k - b : 0;
}

static gboolean scholar_definition (Ctx        *ctx,
                                    const Sent *line);
static gboolean aspect_fact        (Ctx        *ctx,
                                    const Sent *line,
                                    guint       index);

static gboolean numbered_step_label (Ctx        *ctx,
                                     const Sent *s,
                                     guint       a,
                                     guint       b);
static gboolean generic_point_label (Ctx        *ctx,
                                     const Sent *s,
                                     guint       a,
                                     guint       b);

/* "Operations: WannaCry, NotPetya, Operation Cloud Hopper, attempted hack
 * of the OPCW", "Anggota: Brasil, India, Afrika Selatan, dan negara lain
 * yang diundang": two commas or more, and the first two members names (one
 * to three words in capitals): the line names instances of its head, what
 * comes after them being one more member. */
static gboolean
named_series (const Sent *line,
              guint       body,
              guint       e)
{
  guint items = 0, commas = 0, words = 0;
  gboolean named = TRUE;

  for (guint k = body; k < e && items < 2; k++)
    {
      const Tok *t = &line->toks[k];

      if (_ds_tok_is_punct (t, ','))
        {
          if (!named || words == 0)
            return FALSE;
          items++;
          words = 0;
          continue;
        }
      if (t->type != TOK_WORD || !t->cap || ++words > 3)
        named = FALSE;
    }
  if (items < 2)
    return FALSE;
  for (guint k = body; k < e; k++)
    commas += _ds_tok_is_punct (&line->toks[k], ',');
  return commas >= 2;
}

/* Tokens a member's aside in brackets takes at most, its brackets
 * aside ("(36 members)", "(LTC)", "(168 states + the EU)"). */
#define SERIES_ASIDE_MAX_TOKENS 6

/* Whether the line from @body to @e is a series of short noun phrases
 * between commas ("Ekonomi: uang tebusan, penjualan data", "Politik:
 * spionase, sabotase infrastruktur", "Key concepts: balance of power,
 * security dilemma, self-help"): examples of the head, no gloss. A
 * preposition may join a phrase's nouns, not open it. With @asides, a
 * member may keep a short aside in brackets ("Main organs: Assembly,
 * Council (36 members), …"): a counted or plural head's members, which
 * a gloss of a term ("multistakeholder = pemerintah + swasta + … (gaya
 * ICANN)") is not asked to be. */
static gboolean
series_body_full (const Sent *line,
                  guint       body,
                  guint       e,
                  gboolean    asides)
{
  guint words = 0, commas = 0;

  if (named_series (line, body, e))
    return TRUE;
  for (guint k = body; k < e; k++)
    {
      const Tok *t = &line->toks[k];

      /* ("Measures: asset freeze + travel ban": a plus sign joins two
       * members as a comma does.) */
      if (_ds_tok_is_punct (t, ',') || _ds_tok_is_punct (t, '+') ||
          (t->type == TOK_WORD && (t->flags & W_CONJ) && !(t->flags & W_CONNECTIVE)))
        {
          commas += _ds_tok_is_punct (t, ',') || _ds_tok_is_punct (t, '+');
          words = 0;
          continue;
        }
      /* ("Council (36 members)", "Legal and Technical Commission (LTC)":
       * a short aside in brackets after a member's words is the
       * member's own.) */
      if (asides && _ds_tok_is_punct (t, '(') && words > 0)
        {
          guint close = k + 1;

          while (close < e && close <= k + SERIES_ASIDE_MAX_TOKENS && !_ds_tok_is_punct (&line->toks[close], ')') &&
                 !_ds_tok_is_punct (&line->toks[close], '('))
            close++;
          if (close < e && close > k + 1 && _ds_tok_is_punct (&line->toks[close], ')'))
            {
              k = close;
              continue;
            }
        }
      if (t->type != TOK_WORD || t->verb || (t->flags & (W_RELATIVE | W_AUX)) ||
          ((t->flags & W_PREP) && (words == 0 || k + 1 >= e || line->toks[k + 1].type != TOK_WORD)) ||
          ++words > 3 + ((t->flags & W_PREP) != 0))
        return FALSE;
    }
  return commas > 0;
}

static gboolean
series_body (const Sent *line,
             guint       body,
             guint       e)
{
  return series_body_full (line, body, e, FALSE);
}

/* "- Keohane: institusi menurunkan biaya transaksi …", "- Konstruktivis:
 * neolib terlalu materialis …", "- Realists: …": a head that is one
 * person the essay writes as a name elsewhere, or the followers of a
 * school (a word that makes a school_name entry, "kaum konstruktivis",
 * "constructivists"), holds a view; what follows is theirs, no meaning
 * of a term ("Apa yang dimaksud dengan konstruktivis?"). */
static gboolean
holder_head (Ctx        *ctx,
             const Sent *line,
             guint       a,
             guint       b)
{
  const Tok *t = &line->toks[a];
  g_autofree char *word = NULL;
  g_autofree char *school = NULL;

  if (b != a + 1 || t->type != TOK_WORD)
    return FALSE;
  /* ("HI", "IR": an acronym is a term's short form.) */
  if (_ds_tok_known_name (ctx, t) && !_ds_tok_is_acronym (t))
    return TRUE;
  word = g_ascii_strdown (t->p, t->len);
  school = ctx->english ? g_strdup (word) : g_strconcat ("kaum ", word, NULL);
  return g_strv_contains (ds_lang_get_phrases (ctx->lang, "school_name"), school);
}

/* "Bu Laras (LH)", "Dr Sara Lindqvist (SL)": whether the token at @k is
 * a word of two to four capitals (and figures) that the text puts in
 * brackets after a person it titles (phrase lists person_honorific,
 * housekeeping_person): that person's initials, no term. */
static gboolean
person_initials (Ctx        *ctx,
                 const Sent *line,
                 guint       k)
{
  const Tok *t = &line->toks[k];
  g_autofree char *needle = NULL;
  const char *end, *p;

  if (t->type != TOK_WORD || t->len < 2 || t->len > 4)
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (!g_ascii_isupper (t->p[i]) && !(i > 0 && g_ascii_isdigit (t->p[i])))
      return FALSE;
  needle = g_strdup_printf ("(%.*s)", (int) t->len, t->p);
  end = ctx->text + ctx->text_len;
  for (p = ctx->text; p < end && (p = g_strstr_len (p, end - p, needle)) != NULL; p += strlen (needle))
    {
      const char *from = p - MIN ((gsize) (p - ctx->text), 40);
      g_autofree char *before = g_strndup (from, p - from);
      const char *nl = strrchr (before, '\n');
      Sent h;

      _ds_text_tokenize (ctx, nl != NULL ? nl + 1 : before, &h);
      for (guint j = h.n > 4 ? h.n - 4 : 0; j < h.n; j++)
        if (h.toks[j].type == TOK_WORD && (_ds_phrase_at (ctx, &h, j, PL_PERSON_HONORIFIC) == 1 ||
                                           _ds_phrase_at (ctx, &h, j, PL_HOUSEKEEPING_PERSON) == 1))
          return TRUE;
    }
  return FALSE;
}

/* "- LH: \"…\"", "- poin LH: …", "- SL on reciprocity: …": whether the
 * head [@a, @b) holds a person's initials (person_initials()): what that
 * person said, no term. */
static gboolean
initials_label (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       b)
{
  for (guint k = a; k < b; k++)
    if (person_initials (ctx, line, k))
      return TRUE;
  /* ("- Pak Arif: \"…\"", "- Dr Lee: …": a title (phrase list
   * person_honorific) and a name with its capital are a person too.) */
  while (a < b && emphasis (&line->toks[a]))
    a++;
  return a + 1 < b && line->toks[a + 1].type == TOK_WORD && line->toks[a + 1].cap &&
         _ds_phrase_at (ctx, line, a, PL_PERSON_HONORIFIC) == 1 && b - a <= 4;
}

/* "- Response: **post-quantum cryptography (PQC)**": whether the value
 * from @body is only a short name and its acronym in brackets, then the
 * line's end: the label's answer names a term of its own, no gloss of the
 * label. */
static gboolean
value_named_term (const Sent *line,
                  guint       body)
{
  guint e = _ds_body_end (line), k = body, words = 0;

  while (e > body && (emphasis (&line->toks[e - 1]) || _ds_tok_is_punct (&line->toks[e - 1], '.')))
    e--;
  if (e < body + 4 || !_ds_tok_is_punct (&line->toks[e - 1], ')') || !_ds_tok_is_punct (&line->toks[e - 3], '(') ||
      !_ds_tok_is_acronym (&line->toks[e - 2]))
    return FALSE;
  for (; k < e - 3; k++)
    if (line->toks[k].type == TOK_WORD)
      words++;
    else if (!emphasis (&line->toks[k]) && !_ds_tok_is_punct (&line->toks[k], '-'))
      return FALSE;
  return words >= 1 && words <= 4;
}

/* Whether the heading the line stands under asks who or why (its first
 * word is one of the phrase list definition_question_opener): "Who is
 * racing?", "Why states care", "Mengapa negara peduli". */
static gboolean
who_why_heading (Ctx *ctx)
{
  Sent h;
  guint k = 0;

  if (ctx->topic == NULL || ctx->topic_block == G_MAXUINT)
    return FALSE;
  _ds_text_tokenize (ctx, ctx->topic, &h);
  while (k < h.n && h.toks[k].type != TOK_WORD)
    k++;
  return k < h.n && _ds_phrase_at (ctx, &h, k, PL_DEFINITION_QUESTION_OPENER) > 0;
}

/* "hedging (Kuik, 2008)", "digital sovereignty (Floridi and Taddeo,
 * 2016)": a term [@a, @b) that closes on a scholar's name and a year in
 * brackets; the bracket's opening, the name in [*@who_a, *@who_b), or
 * 0. */
static guint
head_scholar (const Sent *line,
              guint       a,
              guint       b,
              guint      *who_a,
              guint      *who_b)
{
  guint open, k, name;

  while (b > a && emphasis (&line->toks[b - 1]))
    b--;
  if (b < a + 5 || !_ds_tok_is_punct (&line->toks[b - 1], ')') || !_ds_tok_is_year (&line->toks[b - 2]))
    return 0;
  for (open = b - 2; open > a && !_ds_tok_is_punct (&line->toks[open], '('); open--)
    ;
  /* ("(def. Krasner 1983)", "(definisi Katzenstein, 1996)": a note that
   * the bracket names who defined the term, the name after it; "(Krasner
   * 1983)": a name and its year with no comma between.) */
  name = open + 1;
  if (name < b - 2 && (_ds_tok_is (&line->toks[name], "def") || _ds_tok_is (&line->toks[name], "definisi") ||
                       _ds_tok_is (&line->toks[name], "definition")))
    name += 1 + (name + 1 < b - 2 && _ds_tok_is_punct (&line->toks[name + 1], '.'));
  if (open <= a || name + 1 > b - 2)
    return 0;
  /* ("(Desember, 2015)", "(Indonesia, 2022)": a month or a country is
   * when or where, no one who defines.) */
  for (k = name; k < b - 2 && ((line->toks[k].type == TOK_WORD && line->toks[k].cap &&
                                !(line->toks[k].flags & (W_FUNCTION | W_MONTH | W_COUNTRY))) ||
                               (k > name && (_ds_tok_is (&line->toks[k], "dan") || _ds_tok_is (&line->toks[k], "and") ||
                                             _ds_tok_is_punct (&line->toks[k], '&') || _ds_tok_is_punct (&line->toks[k], '-'))));
       k++)
    ;
  if (k == name || k - name > 4 || (k < b - 2 && !(k + 1 == b - 2 && _ds_tok_is_punct (&line->toks[k], ','))))
    return 0;
  *who_a = name;
  *who_b = k;
  return open;
}

/* Tokens [@a, @b) inside a bracket are words alone, one to seven of them
 * (a hyphen or a slash may join two): no figure, no comma, no quote. */
static gboolean
bracket_of_words (const Sent *s,
                  guint       a,
                  guint       b)
{
  guint words = 0;

  for (guint k = a; k < b; k++)
    if (s->toks[k].type == TOK_WORD)
      words++;
    else if (!(k > a && k + 1 < b && (_ds_tok_is_punct (&s->toks[k], '-') || _ds_tok_is_punct (&s->toks[k], '/'))))
      return FALSE;
  return words > 0 && words <= 7;
}

/* "- **Bebas**: Indonesia tidak memihak …", "a. Listening, yaitu …",
 * "- Indivisibility – …": a list line that glosses its head is also that
 * head's definition ("Apa yang dimaksud dengan bebas?"); a line that
 * lists examples after its head (series_body()) glosses nothing. */
static gboolean rank_or_task_label (Ctx        *ctx,
                                    const Sent *s,
                                    guint       a,
                                    guint       b);

static gboolean
gloss_item (Ctx        *ctx,
            const Sent *line,
            guint       a,
            guint       b)
{
  guint body, e = _ds_body_end (line), date, cue = 0, who_a = 0, who_b = 0, open;
  gboolean clause, arrow = FALSE, named;
  g_autofree char *term = NULL;
  DsClaim *def;

  /* "### 6. Applying the theories: a cyber example": a numbered heading
   * read as an item names a section and its subtitle, no term and its
   * gloss. */
  if (line->p >= ctx->text && line->p < ctx->text + ctx->text_len)
    {
      int k = ds_essay_block_at_char (ctx->essay, ds_essay_byte_to_char (ctx->essay, line->p - ctx->text));

      if (k >= 0 && ds_essay_get_block (ctx->essay, k)->kind == DS_BLOCK_HEADING)
        return FALSE;
    }
  while (b < e && emphasis (&line->toks[b]))
    b++;
  /* "- **PRIMES** (Population Registration … EcoSystem) — umbrella
   * platform", "- **Atribusi** (penunjukan pelaku) — pernyataan …": a
   * bracket of words alone after a bold head, an acronym spelt out or the
   * term's other wording, is the term's too, and the gloss follows its
   * dash, colon or '=' (not an arrow, which leads on to what the head
   * does); "(termasuk Indonesia)", "(including …)", phrase list
   * bracket_example, names members of the head, no other wording of it.
   * The list keeps the bold head alone as its item. */
  if (b + 2 < e && _ds_tok_is_punct (&line->toks[b], '('))
    for (guint end = b + 1; end < e && end < b + 10; end++)
      if (_ds_tok_is_punct (&line->toks[end], ')'))
        {
          if (end + 1 < e && separator_at (line, end + 1) > 0 && !_ds_tok_is_punct (&line->toks[end + 1], DS_ARROW) &&
              bracket_of_words (line, b + 1, end) && _ds_phrase_at (ctx, line, b + 1, PL_BRACKET_EXAMPLE) == 0)
            b = end + 1;
          break;
        }
  /* "- konsensus ≠ suara bulat; konsensus = tidak ada pihak yang …": a
   * semicolon in the head parts two notes; the gloss is the last one's
   * ("konsensus"), and the first is no part of its term. */
  for (guint k = b; k > a + 1; k--)
    if (_ds_tok_is_punct (&line->toks[k - 1], ';'))
      {
        a = k;
        break;
      }
  body = b + separator_at (line, b);
  /* "- Pengecualian penting: FTA & customs union …", "- Pandangan
   * optimis: kerja sama mungkin …", "- Broader modern view: …": a label
   * that ranks or takes a view of the heading's subject (the phrase list
   * gloss_label_aspect) names one of its points, no term a learner can be
   * asked to define ("Apa yang dimaksud dengan pengecualian penting?"). */
  if (body > b && _ds_tok_is_punct (&line->toks[b], ':') &&
      _ds_phrase_in (ctx, line, a, b, PL_GLOSS_LABEL_ASPECT))
    return FALSE;
  /* "- Joint statements: e.g. US–Japan, …", "- aktor: JFK (AS) vs
   * Khrushchev", "- LH: \"…\"" (a lecturer's initials), and under a
   * heading that asks who or why ("Who is racing?" — "- United States:
   * private giants …"): a label whose value gives examples, the parties,
   * what someone said or an answer to the heading glosses no term. */
  if (body > b && _ds_tok_is_punct (&line->toks[b], ':') &&
      (_ds_phrase_at (ctx, line, body, PL_EXAMPLE_MARKER) > 0 ||
       (body + 2 < line->n && _ds_tok_is (&line->toks[body], "e") && _ds_tok_is_punct (&line->toks[body + 1], '.') &&
        _ds_tok_is (&line->toks[body + 2], "g")) ||
       _ds_phrase_at (ctx, line, a, PL_GLOSS_LABEL_PARTY) == b - a || initials_label (ctx, line, a, b) ||
       value_named_term (line, body) ||
       who_why_heading (ctx)))
    return FALSE;
  if (body == b)
    body = b + (cue = emphasised_cue (ctx, line, a, b));
  /* "- hedging (Kuik Cheng-Chwee, 2008) = strategi …": the scholar's
   * definition of the term before the bracket ("Menurut Kuik
   * Cheng-Chwee, apa yang dimaksud dengan hedging?"). */
  /* (An arrow leads on from the term, and glosses nothing a scholar
   * defines.) */
  if (body > b && (_ds_tok_is_punct (&line->toks[b], '=') || _ds_tok_is_punct (&line->toks[b], ':')) &&
      (open = head_scholar (line, a, b, &who_a, &who_b)) > 0)
    b = open;
  if (body > b && _ds_tok_is_punct (&line->toks[b], DS_ARROW) && component_step (ctx, line, a, body))
    return FALSE;
  if (body > b && _ds_tok_is_punct (&line->toks[b], DS_ARROW) &&
      (_ds_arrow_role (ctx, line, a, b, e) || _ds_arrow_task (ctx, line, a, b, e)))
    return TRUE;
  /* "- **15 Agustus 1971** → Nixon menghentikan konversi …", "- 1973 →
   * negara-negara besar beralih …": a date before an arrow opens a
   * timeline's line; the arrow glosses nothing. */
  if (body > b && _ds_tok_is_punct (&line->toks[b], DS_ARROW) && !line->question &&
      _ds_count_words (line, body, e) >= 3 && (date_key (line, a, b, &date) || bold_date_key (line, a, b, &date)))
    {
      guint db = b;
      gboolean verb = FALSE;

      while (db > date && emphasis (&line->toks[db - 1]))
        db--;
      /* (Asked as what happened then, as a paragraph's arrow line is
       * (_ds_find_arrow_line()): "_____ → …" is no sentence to fill.) */
      /* ("2009 → its mandate was widened …": what "its" stands for
       * the line does not say.) */
      /* ("→ delapan negara menandatangani …": a figure that opens a
       * clause with its verb is no value.) */
      for (guint k = body; k < e && !verb; k++)
        verb = line->toks[k].type == TOK_WORD && !line->toks[k].cap && line->toks[k].verb;
      if (line->toks[body].type == TOK_WORD && (verb || !value_text (ctx, line, body, _ds_body_end (line))) &&
          !_ds_toks_lean_back (line, body, MIN (body + 3, e)))
        dated_event (ctx, line, date, db, body);
      return TRUE;
    }
  /* "Covers: war & peace, trade …", "Includes: …": a verb for a head
   * says what the slide's subject does; it names no term. */
  if (ctx->english && b == a + 1 && line->toks[a].type == TOK_WORD && (line->toks[a].verb || (line->toks[a].flags & W_VERB)) &&
      !(line->toks[a].flags & W_NOUN))
    return FALSE;
  /* "- Open question: does data count as an object?": a question
   * glosses nothing. */
  if (body == b || line->question || _ds_count_words (line, body, e) < 3 || head_words (line, a, b) > 5 ||
      holder_head (ctx, line, a, b) ||
      ((arrow = _ds_tok_is_punct (&line->toks[b], DS_ARROW)) && !arrow_gloss (ctx, line, a, b, body)) ||
      (line->toks[body].flags & (W_PREP | W_CONJ | W_CONNECTIVE | W_PRONOUN | W_ANAPHOR)) ||
      _ds_note_head_clause (ctx, line, a, b, body) || series_body (line, body, e))
    return FALSE;
  /* "1998 – ICANN didirikan …", "Tahun 2020: …": a timeline's date is
   * when, not a term. */
  if (date_key (line, a, b, &date))
    {
      if (topic_names_issues (ctx) && !_ds_gloss_from (ctx, line, body))
        return FALSE;
      /* "1996: ratified by all four", "1995 – ditandatangani": an event
       * with no subject says what happened to something the line does
       * not name; its year is no blank a learner could fill, but what
       * happened then is asked ("What happened in 1996?"), as is what
       * happened in a period ("2010–2011: recommended nine norms"), a
       * range being no blank either. */
      if (subjectless_event (ctx, line, body) || date + 3 == b)
        {
          /* ("2019–2021: 4,2 juta pengunjung": a figure of the period.) */
          if (line->toks[body].type == TOK_WORD && !value_text (ctx, line, body, _ds_body_end (line)))
            dated_event (ctx, line, date, b, body);
        }
      else
        _ds_commit_cloze (ctx, line, DS_CLAIM_RULE_DATE, date, b);
      return TRUE;
    }
  /* "- '22: analysts track …", "- '63: …": a year cut to two figures
   * names no term ("What is meant by 22?"); a term has a word. */
  {
    gboolean word = FALSE;

    for (guint k = a; k < b && !word; k++)
      word = line->toks[k].type == TOK_WORD;
    if (!word)
      return FALSE;
  }
  named = heading_names_term (ctx, line, a, b);
  if (attribute_head (ctx, line, a, b) || (!named && names_issue (ctx, line, body)) ||
      !_ds_note_glosses (ctx, line, a, b, body, &clause) ||
      (clause && (arrow || !note_lines_explain (ctx, line->block, named))) ||
      (!clause && value_text (ctx, line, body, first_sentence_end (line, body, e))))
    return FALSE;
  while (b > a && (emphasis (&line->toks[b - 1]) ||
                   (line->toks[b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line->toks[b - 1], ')'))))
    b--;
  /* ("- pergeseran krn: …", "- May 2016 (Obama era): …": no term.) */
  if (_ds_term_cut_short (line, a, b))
    return FALSE;
  e = gloss_example_end (ctx, line, body, first_sentence_end (line, body, e));
  e = arrow_after_gloss (line, body, e);
  /* ("- **Polarity**: the number of great powers (Waltz 1979: 97)": the
   * answer is the gloss, not its source.) */
  e = _ds_citation_start (line, body, e);
  /* "- **Note**: …", "**Step 2**: …": a generic label or a numbered
   * step names no term the line glosses. */
  /* ("- pemrakarsa: Indonesia (Menlu …), …", "- founder: …": who
   * holds that place, phrase list attribute_who, is no term; nor is a
   * comment's label, phrase list list_comment_label: "- Sources:
   * regional repair agreements", "- Catatan: …".) */
  if (_ds_phrase_at (ctx, line, a, PL_BODIES_GENERIC_LABEL) == b - a ||
      _ds_phrase_at (ctx, line, a, PL_ATTRIBUTE_WHO) == b - a ||
      _ds_phrase_at (ctx, line, a, PL_LIST_COMMENT_LABEL) == b - a || numbered_step_label (ctx, line, a, b) ||
      generic_point_label (ctx, line, a, b) || rank_or_task_label (ctx, line, a, b) || contrast_label (ctx, line, a, b) ||
      event_date_label (line, a, b))
    return FALSE;
  /* "NB: norms ≠ treaties: no binding force": two terms set apart, the
   * text what parts them (template question_differ), no definition. */
  for (guint m = a + 1; m + 1 < b; m++)
    if (not_equal_sign (&line->toks[m]))
      {
        g_autofree char *left = _ds_phrase_dup (line, a, m, TRUE);
        g_autofree char *right = _ds_phrase_dup (line, m + 1, b, TRUE);
        DsClaim *claim;

        if (_ds_count_words (line, a, m) > 4 || _ds_count_words (line, m + 1, b) > 4)
          return FALSE;
        claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_CONTRAST, body, e);
        claim->question = ds_lang_expand (ctx->lang, "question_differ", "a", left, "b", right, NULL);
        _ds_claim_commit (ctx, claim);
        return FALSE;
      }
  /* ("- pola: dekat dgn G77 …", "- Estonia: vocal on …": what the label
   * is like (_ds_note_property()) defines no term; the line still counts
   * as a label and its value.) */
  if (_ds_note_property (ctx, line, body))
    return TRUE;
  def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, line);
  def->subject = gloss_subject (line, a, b);
  def->body = _ds_toks_dup (line, body, e);
  if (who_b > who_a)
    def->attribution = _ds_toks_dup (line, who_a, who_b);
  /* "Cyber norms are …": an English plural term takes "are". */
  /* ("**Peretasan** berarti upaya …": the cue as written, but the
   * spoken "itu".) */
  if (cue > 0 && !_ds_tok_is (&line->toks[body - cue], "itu"))
    {
      g_autofree char *written = _ds_toks_dup (line, body - cue, body);

      def->cue = g_ascii_strdown (written, -1);
    }
  else
    def->cue = g_strdup (clause ? ds_lang_get_template (ctx->lang, "definition_cue_clause")
                                : _ds_definition_cue (ctx, def->subject));
  def->key_start = _ds_sent_char_at (line, line->toks[a].p);
  def->key_end = _ds_sent_char_at (line, line->toks[b - 1].p + line->toks[b - 1].len);
  term = g_strdup (def->subject);
  _ds_claim_commit (ctx, def);
  if (e < _ds_body_end (line) && not_equal_sign (&line->toks[e]))
    not_equal_fact (ctx, line, term, e + 1);
  return TRUE;
}

/* "Option A", "Scenario 2", "Opsi B", "Jalur 1": a placeholder noun
 * (phrase list label_placeholder) and a letter, a figure or a Roman
 * numeral, tokens [@a, @b). Such a label only numbers what the line says;
 * a learner recalls the line, not the letter. */
static gboolean
placeholder_label (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       b)
{
  const Tok *mark;
  guint n;

  if ((n = _ds_phrase_at (ctx, s, a, PL_LABEL_PLACEHOLDER)) == 0 || a + n + 1 != b)
    return FALSE;
  mark = &s->toks[a + n];
  if (mark->type == TOK_NUMBER)
    return mark->len <= 3;
  return mark->type == TOK_WORD && mark->len <= 4 &&
         (mark->len == 1 ? g_ascii_isupper (mark->p[0]) : strspn (mark->p, "IVX") == mark->len);
}

/* "Risk 1", "Danger 2", "Hambatan 1", "Tahap A", "Skenario B": one
 * word, no acronym and no part of a text ("Article 5", "Pasal 18",
 * "Bab VII": phrase list text_part, unless it numbers a step too: "Poin
 * 2", "Rule 1"), then a figure of one or two digits or one capital
 * letter, tokens [@a, @b). Such a label only numbers one of the lines
 * under a heading; a learner recalls what the line says, not its
 * number: it is no term, no item of a list and owns nothing. */
static gboolean
enumerator_label (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       b)
{
  const Tok *w, *mark;
  gboolean caps = TRUE;

  if (b != a + 2)
    return FALSE;
  w = &s->toks[a];
  mark = &s->toks[a + 1];
  if (w->type != TOK_WORD || w->len < 3)
    return FALSE;
  if (mark->type == TOK_NUMBER)
    {
      if (mark->len > 2 || !g_ascii_isdigit (mark->p[0]) || !g_ascii_isdigit (mark->p[mark->len - 1]))
        return FALSE;
    }
  else if (mark->type != TOK_WORD || mark->len != 1 || !g_ascii_isupper (mark->p[0]))
    return FALSE;
  for (guint i = 0; i < w->len; i++)
    {
      if (!g_ascii_isalpha (w->p[i]))
        return FALSE;
      caps = caps && g_ascii_isupper (w->p[i]);
    }
  if (caps)
    return FALSE;
  if (_ds_phrase_at (ctx, s, a, PL_LABEL_STEP) == 1 || _ds_phrase_at (ctx, s, a, PL_LABEL_PLACEHOLDER) == 1)
    return TRUE;
  return !_ds_word_in_either (w, "text_part");
}

/* "Step 1", "Week 3", "Langkah 2", "Sesi 4", "Option B", "Rule 1",
 * "Temuan 2": a noun that numbers a step, a course's part, a choice or
 * one of a text's points (phrase lists label_step,
 * numbered_label, label_placeholder), then a figure or a letter, tokens
 * [@a, @b). What follows such a label is what to do or what happens
 * then, no gloss of a term. */
static gboolean
numbered_step_label (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b)
{
  guint n;

  if (placeholder_label (ctx, s, a, b) || enumerator_label (ctx, s, a, b))
    return TRUE;
  if (b < a + 2 || s->toks[b - 1].type != TOK_NUMBER || s->toks[b - 1].len > 3)
    return FALSE;
  n = _ds_phrase_at (ctx, s, a, PL_LABEL_STEP);
  if (n == 0)
    n = _ds_phrase_at (ctx, s, a, PL_NUMBERED_LABEL);
  return n > 0 && a + n + 1 == b;
}

/* "Key disputes", "Open question", "Hasil penting", "Prinsip": a noun
 * for one of the text's points (phrase list label_point_head), alone or
 * with a word that ranks it (label_point_modifier: "key", "main",
 * "penting", "utama"; English before the noun, Indonesian after it),
 * tokens [@a, @b). Such a label sorts what the line says; it names no
 * term the line glosses ("Principle of non-intervention: …" does). */
static gboolean
generic_point_label (Ctx        *ctx,
                     const Sent *s,
                     guint       a,
                     guint       b)
{
  guint head = ctx->english ? b - 1 : a, other = ctx->english ? a : b - 1;

  if (b <= a || b > a + 2 || _ds_phrase_at (ctx, s, head, PL_LABEL_POINT_HEAD) != 1)
    return FALSE;
  return b == a + 1 || _ds_phrase_at (ctx, s, other, PL_LABEL_POINT_MODIFIER) == 1;
}

/* "Pengecualian penting", "Hambatan utama", "Main concern", "Key
 * obstacle": any noun with a word that ranks it among the text's points
 * (phrase list label_rank_modifier; English before the noun, Indonesian
 * after it), or a task of the class ("tugas kelompok", "group task":
 * task_label), no name in it, tokens [@a, @b) of at most three
 * words. Such a label sorts what the line says, or sets work; the value
 * after it is no definition of the label. */
static gboolean
rank_or_task_label (Ctx        *ctx,
                    const Sent *s,
                    guint       a,
                    guint       b)
{
  guint n;

  if (b <= a || b > a + 3)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (s->toks[k].type != TOK_WORD || (k > a && s->toks[k].cap) || _ds_tok_is_acronym (&s->toks[k]) ||
        _ds_tok_known_name (ctx, &s->toks[k]))
      return FALSE;
  if (b > a + 1)
    {
      if (ctx->english && _ds_phrase_at (ctx, s, a, PL_LABEL_RANK_MODIFIER) > 0 &&
          a + _ds_phrase_at (ctx, s, a, PL_LABEL_RANK_MODIFIER) < b)
        return TRUE;
      for (guint k = a + 1; !ctx->english && k < b; k++)
        if ((n = _ds_phrase_at (ctx, s, k, PL_LABEL_RANK_MODIFIER)) > 0 && k + n == b)
          return TRUE;
    }
  if ((n = _ds_phrase_at (ctx, s, a, PL_TASK_LABEL)) > 0 && (n == b - a || !ctx->english))
    return TRUE;
  for (guint k = a + 1; ctx->english && k < b; k++)
    if ((n = _ds_phrase_at (ctx, s, k, PL_TASK_LABEL)) > 0 && k + n == b)
      return TRUE;
  return FALSE;
}

/* "Unlike deterrence", "Beda dgn mediasi", "Deterrence vs compellence":
 * a label that opens on a comparison cue (phrase list
 * label_contrast_cue) or pits two names (contrast_versus), tokens
 * [@a, @b). The line says how something else differs, no gloss of
 * the label. */
static gboolean
contrast_label (Ctx        *ctx,
                const Sent *s,
                guint       a,
                guint       b)
{
  if (b > a && _ds_phrase_at (ctx, s, a, PL_LABEL_CONTRAST_CUE) > 0)
    return TRUE;
  for (guint k = a + 1; k + 1 < b; k++)
    if (_ds_phrase_at (ctx, s, k, PL_CONTRAST_VERSUS) > 0)
      return TRUE;
  return FALSE;
}

/* "Wales Summit, September 2014", "KTT Bali, Nov 2022", "Madrid
 * Summit, 2022": an event and, after a comma, its year (a month
 * perhaps before it), tokens [@a, @b). The line says what happened
 * there; the label is no term it glosses. */
static gboolean
event_date_label (const Sent *s,
                  guint       a,
                  guint       b)
{
  guint k;

  if (b < a + 3 || s->toks[b - 1].type != TOK_NUMBER || s->toks[b - 1].len != 4)
    return FALSE;
  k = b - 1;
  if (k > a && (s->toks[k - 1].flags & W_MONTH))
    k--;
  /* ("Deklarasi Siber Tallinn, 12 Mei 2021": a day before its month.) */
  if (k > a + 1 && k < b - 1 && s->toks[k - 1].type == TOK_NUMBER && s->toks[k - 1].len <= 2)
    k--;
  return k > a + 1 && _ds_tok_is_punct (&s->toks[k - 1], ',') && s->toks[a].type == TOK_WORD;
}

/* Adds the line's item; TRUE when the line also glosses it. *@dated
 * counts the lines whose item is a date: a timeline. */
/* "menjelaskan perbedaan …", "Mahasiswa mampu menganalisis …", "Explain
 * the three models …", "Students will be able to compare …": a learning
 * outcome, what the student is to do (an opener of the list
 * outcome_opener perhaps, then a verb of the list task_verb). */
static gboolean
task_line (Ctx        *ctx,
           const Sent *line)
{
  guint k = _ds_phrase_at (ctx, line, 0, PL_OUTCOME_OPENER);

  return k < line->n && _ds_phrase_at (ctx, line, k, PL_TASK_VERB) > 0;
}

/* "2. **Fisheries.** It brings …", "1. **Komite Irigasi** – dibentuk
 * 1985 – mengatur jadwal air": the body under a bold label says what the
 * label does; the label is its subject, and a pronoun opening the body
 * ("It", "Ia", "Lembaga ini") stands for it. Each part of the body that
 * opens with an action verb is asked "What does LABEL do?" (template
 * bodies_question), the first such part its answer. A body that
 * opens with anything else (an example, a hedge, a passive) gives no
 * card, nor does a generic label (phrase list bodies_generic_label). */
static gboolean
body_action_at (Ctx        *ctx,
                const Sent *line,
                guint       k,
                gboolean    after_pronoun)
{
  const Tok *t = &line->toks[k];

  /* "It has …", "Lembaga ini merupakan …", "memiliki …": a state, no
   * action the label takes (phrase list bodies_stative_verb). */
  if (t->type != TOK_WORD || t->cap || (t->flags & W_FUNCTION) ||
      _ds_phrase_at (ctx, line, k, PL_BODIES_STATIVE_VERB) > 0)
    return FALSE;
  /* English: "It trains …", "This office reviews …"; with no pronoun
   * a word in "-s" may be a plural subject ("– inspectors count …"), so
   * only a known verb opens the body, or a word in "-s" before an
   * article, a determiner or a pronoun ("– sends a commission …", "–
   * hands the dispute …", "– forces others to …": a plural subject is
   * followed by its verb, so a word the lexicon knows for a noun too,
   * "forces", is the verb there). */
  if (ctx->english)
    return t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' && t->p[t->len - 2] != 'u' &&
           (((after_pronoun || t->verb) && !(t->flags & W_NOUN)) ||
            (k + 1 < line->n && line->toks[k + 1].type == TOK_WORD &&
             (_ds_tok_is_article (&line->toks[k + 1]) || (line->toks[k + 1].flags & (W_DET | W_PRONOUN)) ||
              _ds_phrase_at (ctx, line, k + 1, PL_BODIES_OBJECT_WORD) > 0)));
  return t->verb && t->len > 4 && (strncmp (t->p, "me", 2) == 0 || strncmp (t->p, "ber", 3) == 0);
}

static gboolean
body_part_end (const Tok *t)
{
  return _ds_tok_is_punct (t, '.') || _ds_tok_is_punct (t, ';') || head_separator (t);
}

static gboolean
label_body (Ctx        *ctx,
            const Sent *line,
            guint       a,
            guint       b)
{
  guint e = _ds_body_end (line), k, head_end = b, date;

  /* "**1998.** …": a date heads a timeline's line, it does nothing. */
  if (!bold_head (line, a, e, &head_end) || head_end != b || b - a > 6 || date_key (line, a, b, &date) ||
      _ds_phrase_at (ctx, line, a, PL_BODIES_GENERIC_LABEL) == b - a || !_ds_term_usable (line, a, b) ||
      (b - a == 1 && (line->toks[a].flags & W_COUNTRY)))
    return FALSE;
  /* "- **dumping** = menjual barang …": an equals sign says what the
   * label is, not what it does; gloss_item() reads it. */
  for (k = b; k < e && (line->toks[k].type == TOK_PUNCT); k++)
    if (_ds_tok_is_punct (&line->toks[k], '='))
      return FALSE;
  while (k < e)
    {
      guint end = k, v = k, j;
      gboolean dated;

      while (end < e && !body_part_end (&line->toks[end]))
        end++;
      /* "It brings …", "Ia mengatur …", "This body sets …", "Lembaga ini
       * mengatur …": the label is the pronoun's antecedent. English
       * "They …" would need a plural question: none. */
      if (line->toks[v].flags & W_PRONOUN)
        v += !(ctx->english && !_ds_tok_is (&line->toks[v], "it")) ? 1 : end - v;
      else if (ctx->english && _ds_tok_is (&line->toks[v], "this") && v + 1 < end && line->toks[v + 1].type == TOK_WORD)
        v += 2;
      else if (!ctx->english && v + 1 < end && line->toks[v].type == TOK_WORD &&
               (line->toks[v + 1].flags & W_ANAPHOR))
        v += 2;
      /* "- **Rusia**: memakai veto 2014 …": a dated part tells an event,
       * what happened once, not what the label does. */
      for (dated = FALSE, j = v; j < end && !dated; j++)
        dated = line->toks[j].type == TOK_NUMBER && line->toks[j].len == 4 &&
                (strncmp (line->toks[j].p, "19", 2) == 0 || strncmp (line->toks[j].p, "20", 2) == 0);
      if (v < end && !dated && body_action_at (ctx, line, v, v > k) && _ds_count_words (line, v, end) >= 3)
        {
          g_autofree char *label = _ds_phrase_dup (line, a, b, TRUE);
          DsClaim *claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_ACTIONS, v, end);

          /* "the Forum Secretariat": an English body's name takes the
           * article its label drops. */
          if (ctx->english && b - a >= 2 && line->toks[a].cap && line->toks[b - 1].cap &&
              !_ds_tok_is_article (&line->toks[a]))
            {
              char *the = g_strconcat ("the ", label, NULL);

              g_free (label);
              label = the;
            }
          claim->question = ds_lang_expand (ctx->lang, "bodies_question", "label", label, NULL);
          return _ds_claim_commit (ctx, claim);
        }
      /* "– dibentuk 1972 – mengatur …": a part about the label (a verb,
       * a pronoun for it) may go before what it does; "– a state that …
       * It bears …": a gloss says what the label is, and the sentences
       * after it are the gloss's. */
      if (v == k && !line->toks[k].verb)
        break;
      for (k = end; k < e && line->toks[k].type == TOK_PUNCT; k++)
        ;
    }
  return FALSE;
}

/* "Three coastal states", "Dua pusat patroli", "4 main ports": a head
 * of a few words that opens on a count of two or more, before a colon,
 * or before a dash or an arrow, which in a note stands for one ("-
 * Tiga model tata kelola — multipihak, multilateral, campuran"). */
static gboolean
counted_head (const Sent *line,
              guint       a,
              guint       b)
{
  const Tok *t = &line->toks[a];

  if (b < a + 2 || b - a > 6 || b >= line->n ||
      !(_ds_tok_is_punct (&line->toks[b], ':') || (head_separator (&line->toks[b]) && !in_brackets (line, b))))
    return FALSE;
  /* ("- 3 Desember 1976 → …", "- 3 December 1976: …": a day of one
   * figure before its month opens a date, which date_key() reads as
   * when, no count.) */
  if (t->type == TOK_NUMBER)
    return t->len == 1 && t->p[0] >= '2' && _ds_read_date (line, a, b) <= a + 1;
  return (t->flags & W_COUNT) && t->value >= 2;
}

/* Whether English @t ends as adjectives do ("domestic", "regional",
 * "legislative": the phrase list label_adjective_ending). */
static gboolean
adjective_ending (Ctx       *ctx,
                  const Tok *t)
{
  for (const char * const *p = ds_lang_get_phrases (ctx->lang, "label_adjective_ending"); *p != NULL; p++)
    {
      gsize n = strlen (*p);

      if (t->len > n + 2 && ds_ascii_strncasecmp (t->p + t->len - n, *p, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the line's head [@a, @b) is a plural noun of a few words
 * ("Main drivers", "Examples of alliances"; an English plural, or a head
 * that opens on a noun of kinds or aspects, the phrase lists
 * lists_part_head, kinds_heading, heading_aspect, account_heading:
 * "Contoh rezim", "Prinsip utama") before a colon over a series of three
 * short noun phrases or more (series_body()): the label of a list, read
 * as a counted head is ("- Main drivers: security, sovereignty,
 * rivalry"). */
static gboolean
series_head (Ctx        *ctx,
             const Sent *line,
             guint       a,
             guint       b)
{
  guint e = _ds_body_end (line), commas = 0, conj = 0;
  const Tok *first = &line->toks[a], *last = &line->toks[b - 1];
  gboolean plural;

  /* ("Types:", "Cases:": one word names no owner.) */
  if (b < a + 2 || b - a > 4 || b >= line->n || !_ds_tok_is_punct (&line->toks[b], ':') || b + 4 > e)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &line->toks[k];

      if (t->type != TOK_WORD || t->verb || (t->flags & (W_VERB | W_AUX | W_COUNT | W_PRONOUN | W_ANAPHOR)))
        return FALSE;
      /* "Blocks foreign services:": an English word in "-s" before the
       * head's last is a verb, but before "of" ("Examples of …"). */
      if (ctx->english && k + 1 < b && t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' &&
          !_ds_tok_is (&line->toks[k + 1], "of"))
        return FALSE;
    }
  plural = _ds_word_in_either (first, "lists_part_head") || _ds_word_in_either (first, "kinds_heading") ||
           _ds_word_in_either (first, "heading_aspect") || _ds_word_in_either (first, "account_heading");
  /* (English: a plural after a word that describes it — the phrase
   * lists adjective, label_point_modifier, or an adjective's ending
   * (label_adjective_ending) — or a plural before "of"; "Develop
   * confidence-building measures:" opens on a verb.) */
  if (ctx->english && !plural)
    plural = last->len > 3 && last->p[last->len - 1] == 's' && strchr ("su", last->p[last->len - 2]) == NULL &&
             !(last->flags & W_VERB) &&
             (_ds_word_in_either (first, "adjective") || _ds_word_in_either (first, "label_point_modifier") ||
              _ds_tok_is (&line->toks[a + 1], "of") || adjective_ending (ctx, first));
  if (!plural || !series_body_full (line, b + 1, e, TRUE))
    return FALSE;
  for (guint k = b + 1; k < e; k++)
    {
      commas += _ds_tok_is_punct (&line->toks[k], ',');
      conj += commas > 0 && line->toks[k].type == TOK_WORD && (line->toks[k].flags & W_CONJ) != 0;
    }
  /* (Three items: two commas, or a comma and a conjunction after it.) */
  return commas >= 2 || (commas == 1 && conj > 0);
}

/* Whether @t opens or closes a run in italics ("*Power and Order*",
 * "_Wilayah_"): an emphasis mark right before or after it (the
 * tokenizer may have dropped the marks). */
static gboolean
italic_open (const Tok *t)
{
  return emphasis (t) || (t->type == TOK_WORD && (t->p[-1] == '*' || t->p[-1] == '_'));
}

static gboolean
italic_close (const Tok *t)
{
  return emphasis (t) || (t->type == TOK_WORD && (t->p[t->len] == '*' || t->p[t->len] == '_'));
}

/* A token that may stand inside a person's name: a word in capitals, a
 * short joint in lower case between two ("van", "de", "bin"), or the
 * full stop after an initial ("E. H. Carr"). */
static gboolean
name_tok (const Sent *s,
          guint       k,
          guint       a,
          guint       e)
{
  const Tok *t = &s->toks[k];

  if (t->type == TOK_WORD)
    return (t->cap && !(t->flags & (W_FUNCTION | W_MONTH))) ||
           (k > a && k + 1 < e && t->len <= 3 && s->toks[k + 1].cap && (t->flags & W_FUNCTION) == 0);
  return _ds_tok_is_punct (t, '.') && k > a && s->toks[k - 1].type == TOK_WORD && s->toks[k - 1].len == 1 &&
         s->toks[k - 1].cap;
}

/* Names of at most four words each from token @k to @e, between commas
 * and a last "and"/"dan" ("Morgenthau, Waltz and Mearsheimer",
 * "Kamboja, Laos, Thailand, dan Vietnam"), a bracketed year after one
 * dropped: each an item of @claim; FALSE unless two names or more fill
 * the line. */
static gboolean
name_series (const Sent *line,
             guint       k,
             guint       e,
             DsClaim    *claim)
{
  guint n, words;

  for (n = 0; k < e; n++)
    {
      guint start, end;

      /* ("… and the European Union": the article is no part of it.) */
      if (k + 1 < e && _ds_tok_is_article (&line->toks[k]) && line->toks[k + 1].cap)
        k++;
      start = k;
      for (words = 0; k < e && name_tok (line, k, start, e); k++)
        words += line->toks[k].type == TOK_WORD;
      end = k;
      /* "Waltz (1979)": the year says which book, no part of the name. */
      if (k < e && _ds_tok_is_punct (&line->toks[k], '('))
        for (k++; k < e && !_ds_tok_is_punct (&line->toks[k - 1], ')'); k++)
          ;
      /* "Hartono, *Wilayah dan Pasar* (1991)": the book after the name,
       * in italics, and its year are the name's, no other person. */
      if (k + 1 < e && _ds_tok_is_punct (&line->toks[k], ',') && italic_open (&line->toks[k + 1]))
        {
          guint close = k + 1;

          while (close < e && !italic_close (&line->toks[close]))
            close++;
          if (close < e)
            {
              k = close + 1;
              if (k < e && _ds_tok_is_punct (&line->toks[k], '('))
                for (k++; k < e && !_ds_tok_is_punct (&line->toks[k - 1], ')'); k++)
                  ;
            }
        }
      while (k < e && line->toks[k].type == TOK_PUNCT && (_ds_tok_is_punct (&line->toks[k], ',') ||
                                                          _ds_tok_is_punct (&line->toks[k], ';') ||
                                                          _ds_tok_is_punct (&line->toks[k], '&')))
        k++;
      if (k < e && (line->toks[k].flags & W_CONJ))
        k++;
      if (end == start || words == 0 || words > 4 || !line->toks[end - 1].cap ||
          (k == end && k < e && !_ds_tok_is_punct (&line->toks[k], '.')))
        return FALSE;
      _ds_claim_add_item (claim, line, line->toks[start].p, line->toks[end - 1].p + line->toks[end - 1].len);
      if (k < e && _ds_tok_is_punct (&line->toks[k], '.'))
        break;
    }
  return n >= 2 && !(k < e && k + 1 < e);
}

static gboolean heading_is_name (Ctx *ctx);

/* The heading @ctx reads under, a date in brackets at its end set
 * aside ("Kongres Wina (1814–1815)", "KTT Dunia … (2003–2005)": when,
 * no part of the notion the people belong to); NULL when there is none. */
static char *
topic_undated (Ctx *ctx)
{
  char *topic, *open;
  gsize n;

  if (ctx->topic == NULL || ctx->topic_block == G_MAXUINT)
    return NULL;
  topic = g_strdup (ctx->topic);
  n = strlen (topic);
  if (n > 0 && topic[n - 1] == ')' && (open = strrchr (topic, '(')) != NULL && open > topic &&
      strpbrk (open, "0123456789") != NULL && strpbrk (open, "?:!;") == NULL)
    {
      *open = '\0';
      g_strchomp (topic);
    }
  return topic;
}

/* "main thinkers of realism", "tokoh utama realisme": what the label
 * [@a, @b) of @line names, of the heading's notion; NULL under a
 * heading that is no short noun phrase. */
static char *
people_subject (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       b)
{
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *topic = topic_undated (ctx);

  while (b > a && (line->toks[b - 1].type == TOK_PUNCT))
    b--;
  if (b == a || topic == NULL || *topic == '\0' || strpbrk (topic, "?:!;0123456789") != NULL)
    return NULL;
  label = _ds_phrase_dup (line, a, b, TRUE);
  owner = _ds_heading_phrase (ctx, topic, NULL);
  /* ("Kongres Wina (1814–1815)": a heading that is one name keeps its
   * capitals; "Realisme Ancaman" names a notion.) */
  if (owner != NULL && ctx->heading_name != NULL && heading_is_name (ctx))
    {
      g_free (owner);
      owner = g_strdup (ctx->heading_name);
    }
  /* "Slide 2 — Tokoh dan Karya", "Key Thinkers and Works": a heading
   * that names the people itself owns none of them; the title's notion
   * does. */
  if (owner != NULL && g_strcmp0 (ctx->title, ctx->essay_id) != 0)
    {
      g_autofree char *folded = ds_words_fold (owner, DS_FOLD_STRIP_MARKS);
      g_autofree char *words = ds_words_fold (label, DS_FOLD_STRIP_MARKS);
      g_auto(GStrv) split = g_strsplit (words, " ", -1);
      gboolean named = FALSE;

      for (guint i = 0; split[i] != NULL && !named; i++)
        {
          const char *w = strlen (split[i]) >= 4 ? strstr (folded, split[i]) : NULL;

          named = w != NULL && (w == folded || w[-1] == ' ');
        }
      if (named)
        {
          g_free (owner);
          owner = _ds_heading_phrase (ctx, ctx->title, NULL);
        }
    }
  if (owner == NULL || *owner == '\0')
    return NULL;
  /* "thinkers" alone: the main ones, as a lecturer asks. */
  if (strchr (label, ' ') == NULL)
    {
      char *main = ds_lang_expand (ctx->lang, "people_main", "label", label, NULL);

      g_free (label);
      label = main;
    }
  return ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL);
}

/* "- Thinkers: Morgenthau, Waltz and Mearsheimer", "- Tokoh: Keohane,
 * Nye" under the heading "Realism": a handout's line whose head (the
 * phrase list handout_people_label) names the people of the heading's
 * notion, asked "Who are the main thinkers of realism?", "Siapa saja
 * tokoh utama realisme?". Every item is a name of at most four words,
 * a bracketed year after it dropped; "Key figures: 40 % of trade …"
 * names no one, and a heading that is no short noun phrase owns none.
 * TRUE when the head is such a label, with a card or none. */
static gboolean
people_line (Ctx        *ctx,
             const Sent *line,
             guint       a,
             guint       b)
{
  guint e = _ds_body_end (line), k;
  DsClaim *claim;
  g_autofree char *topic = NULL;

  if (_ds_phrase_at (ctx, line, a, PL_HANDOUT_PEOPLE_LABEL) != b - a)
    return FALSE;
  while (b < e && emphasis (&line->toks[b]))
    b++;
  topic = topic_undated (ctx);
  if ((k = b + separator_at (line, b)) == b || topic == NULL || strpbrk (topic, "?:!;0123456789") != NULL)
    return TRUE;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, line);
  if (!name_series (line, k, e, claim))
    {
      ds_claim_unref (claim);
      return TRUE;
    }
  claim->subject = people_subject (ctx, line, a, b);
  if (claim->subject == NULL)
    {
      ds_claim_unref (claim);
      return TRUE;
    }
  claim->form = DS_LIST_FORM_PEOPLE;
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

static gboolean doctrine_heading (Ctx        *ctx,
                                  const Sent *h,
                                  guint       i,
                                  guint       e);

/* "- Pencetusnya: Sarah Wibisono, pengajar …", "- Founder: Paul Ardent,
 * a labour economist …" on a slide: the label (phrase list
 * attribute_who, "-nya" dropped) asks who holds that place for the
 * slide's subject — the heading when it names a school (doctrine_head,
 * doctrine_suffix), else the deck's title — and the name (two to four
 * words in capitals, up to a comma or the end) answers it: "Siapa
 * pencetus teori interdependensi kompleks?". TRUE when a card was made. */
static gboolean
attribute_who (Ctx        *ctx,
               const Sent *line,
               guint       a,
               guint       b)
{
  guint e = _ds_body_end (line), k, start, words = 0, hb = b;
  Sent h;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;
  DsClaim *claim;

  while (hb > a && (emphasis (&line->toks[hb - 1]) || line->toks[hb - 1].type == TOK_PUNCT))
    hb--;
  if (hb != a + 1 || line->toks[a].type != TOK_WORD)
    return FALSE;
  label = ds_utf8_strdown (line->toks[a].p, line->toks[a].len);
  if (!ctx->english && _ds_tok_ends_nya (&line->toks[a]))
    label[strlen (label) - 3] = '\0';
  if (!g_strv_contains (ds_lang_get_phrases (ctx->lang, "attribute_who"), label))
    return FALSE;
  for (k = b; k < e && (emphasis (&line->toks[k]) || _ds_tok_is_punct (&line->toks[k], ':')); k++)
    ;
  for (start = k; k < e && name_tok (line, k, start, e); k++)
    words += line->toks[k].type == TOK_WORD;
  if (words < 2 || words > 4 || !line->toks[k - 1].cap || (k < e && !_ds_tok_is_punct (&line->toks[k], ',') &&
                                                          !_ds_tok_is_punct (&line->toks[k], '(')))
    return FALSE;
  if (ctx->topic != NULL && ctx->topic_block != G_MAXUINT)
    {
      _ds_text_tokenize (ctx, ctx->topic, &h);
      if (doctrine_heading (ctx, &h, 0, h.n))
        owner = _ds_heading_phrase (ctx, ctx->topic, NULL);
    }
  if (owner == NULL && g_strcmp0 (ctx->title, ctx->essay_id) != 0)
    owner = _ds_heading_phrase (ctx, ctx->title, NULL);
  if (owner == NULL || *owner == '\0')
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_FACT, DS_CLAIM_RULE_EVENT, line);
  claim->subject = _ds_toks_dup (line, start, k);
  claim->key_start = _ds_sent_char_at (line, line->toks[start].p);
  claim->key_end = _ds_sent_char_at (line, line->toks[k - 1].p + line->toks[k - 1].len);
  claim->body = g_strndup (line->p, line->end - line->p);
  claim->question = ds_lang_expand (ctx->lang, "infobox_who", "label", label, "subject", owner, NULL);
  return _ds_claim_commit (ctx, claim);
}

/* The name the heading is, as a question names it: "the Paris
 * Agreement", an English name that closes on a body's or a text's noun
 * (the phrase list subject_article_head) taking the article; "Safe
 * Harbor", "Konvensi Montego Bay" as they are. */
static char *
heading_owner (Ctx *ctx)
{
  const char *last = strrchr (ctx->heading_name, ' ');
  g_autofree char *folded = NULL;

  if (!ctx->english || g_str_has_prefix (ctx->heading_name, "the ") || last == NULL)
    return g_strdup (ctx->heading_name);
  folded = g_ascii_strdown (last + 1, -1);
  /* ("Malabo Convention 2014": the noun before its year.) */
  if (g_ascii_isdigit (folded[0]) && last > ctx->heading_name)
    {
      const char *prev = last;

      while (prev > ctx->heading_name && prev[-1] != ' ')
        prev--;
      g_free (folded);
      folded = g_ascii_strdown (prev, last - prev);
    }
  if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "subject_article_head"), folded))
    return g_strconcat ("the ", ctx->heading_name, NULL);
  return g_strdup (ctx->heading_name);
}

/* Whether the heading's name is one: written again in the essay, its
 * acronym given in brackets after it, a word of it the essay writes in
 * capitals within a sentence so far, an acronym, or a body's or a text's noun
 * (the phrase list questions_owner_head: "Commission", "Agreement",
 * "Konvensi") — "Safe Harbor", "Port State Measures Agreement", not a
 * heading's capitals ("Key Milestones", "Latar Belakang"). */
static gboolean
heading_is_name (Ctx *ctx)
{
  const char * const *heads = ds_lang_get_phrases (ctx->lang, "questions_owner_head");
  const char *name = g_str_has_prefix (ctx->heading_name, "the ") ? ctx->heading_name + 4 : ctx->heading_name;
  gboolean shouting;
  Sent h;

  if (ctx->heading_inherited || _ds_text_twice (ctx, name, strlen (name)))
    return TRUE;
  /* "Liga Bangsa-Bangsa (LBB)": an acronym in brackets after it. */
  if (ctx->topic != NULL)
    {
      _ds_text_tokenize (ctx, ctx->topic, &h);
      for (guint k = 1; k + 1 < h.n; k++)
        if (_ds_tok_is_punct (&h.toks[k - 1], '(') && _ds_tok_is_acronym (&h.toks[k]) &&
            _ds_tok_is_punct (&h.toks[k + 1], ')'))
          return TRUE;
    }
  _ds_text_tokenize (ctx, ctx->heading_name, &h);
  /* ("RINGKASAN EKSEKUTIF", "KEY FINDINGS": a document part every paper
   * has, phrase list generic_section, set in capitals writes no acronym;
   * "NATO CCDCOE" does.) */
  shouting = h.n > 0 && _ds_phrase_at (ctx, &h, 0, PL_GENERIC_SECTION) == h.n;
  for (guint k = 0; k < h.n; k++)
    {
      g_autofree char *word = NULL;

      if (h.toks[k].type != TOK_WORD || (h.toks[k].flags & W_FUNCTION))
        continue;
      if (_ds_tok_known_name (ctx, &h.toks[k]) || (!shouting && _ds_tok_is_acronym (&h.toks[k])))
        return TRUE;
      word = g_ascii_strdown (h.toks[k].p, h.toks[k].len);
      if (heads != NULL && g_strv_contains (heads, word))
        return TRUE;
    }
  return FALSE;
}

/* Words a heading's event line takes at most. */
#define HEADING_EVENT_MAX_WORDS 12

/* Whether the English name the heading is reads as a plural: its last
 * word ends in "-s" after a letter that makes no singular ("Accords",
 * "Principles", "Guidelines"; not "Paris", "Status", "Congress", "News"
 * (the phrase list defs_singular_s), an acronym, or "the United
 * Nations", "the United States"). */
static gboolean
heading_plural (Ctx *ctx)
{
  const char *name = ctx->heading_name, *last = strrchr (name, ' ');
  gsize len;

  last = last != NULL ? last + 1 : name;
  len = strlen (last);
  if (!ctx->english || len <= 3 || last[len - 1] != 's' || strchr ("siu'", last[len - 2]) != NULL ||
      !g_ascii_islower (last[len - 2]) || strstr (name, "United ") != NULL)
    return FALSE;
  for (const char * const *w = ds_lang_get_phrases (ctx->lang, "defs_singular_s"); w != NULL && *w != NULL; w++)
    if (g_ascii_strcasecmp (*w, last) == 0)
      return FALSE;
  return TRUE;
}

/* The question of a line about the heading's name, its answer the
 * tokens [@a, @b). */
static gboolean
heading_fact (Ctx        *ctx,
              Sent       *line,
              DsClaimRule rule,
              guint       a,
              guint       b,
              const char *template,
              const char *aux,
              const char *verb)
{
  g_autofree char *owner = heading_owner (ctx);
  DsClaim *claim = _ds_fact_new (ctx, line, rule, a, b);

  /* ("When were the Artemis Accords launched?") */
  if (heading_plural (ctx) && (g_strcmp0 (aux, "was") == 0 || g_strcmp0 (aux, "is") == 0))
    aux = aux[0] == 'w' ? "were" : "are";
  claim->question = ds_lang_expand (ctx->lang, template, "aux", aux, "subject", owner, "verb", verb, NULL);
  _ds_toks_mark_used (line, a, b);
  return _ds_claim_commit (ctx, claim);
}

/* "- Seated in Hamburg", "- Berkedudukan di Vientiane, Laos": a line
 * that opens (at @k) on a verb of place (the phrase list place_verb, in
 * English without its "is") and closes on the place, under a heading
 * that is one name: "Where is the Tribunal seated?". */
static gboolean
heading_place (Ctx  *ctx,
               Sent *line,
               guint k,
               guint e)
{
  const Tok *t = &line->toks[k];
  g_autofree char *verb = NULL;
  guint n = 0;

  if (ctx->english)
    {
      g_autofree char *is = g_strdup_printf ("is %.*s in", (int) t->len, t->p);
      g_autofree char *folded = g_ascii_strdown (is, -1);

      if (_ds_tok_is (&line->toks[k + 1], "in") && g_strv_contains (ds_lang_get_phrases (ctx->lang, "place_verb"), folded))
        n = 2;
    }
  else
    n = _ds_phrase_at (ctx, line, k, PL_PLACE_VERB);
  if (n == 0 || _ds_place_end (line, k + n, e) != e || !heading_is_name (ctx))
    return FALSE;
  verb = _ds_toks_dup (line, k, k + n - 1);
  verb[0] = ds_ascii_tolower (verb[0]);
  return heading_fact (ctx, line, DS_CLAIM_RULE_EVENT, k + n, e, "question_where", "is", verb);
}

/* Words the agent of a heading's passive line takes at most. */
#define HEADING_AGENT_MAX_WORDS 6

/* "- adopted by fourteen coastal states", "- diadopsi oleh sebelas
 * negara anggota" under "## The Lantern Bay Port Code (2018)", "##
 * Piagam Keselamatan Data Kawasan (Maret 2020)": a line of notes that is
 * an event verb in the passive (W_EVENT; "-ed" in English, di- in
 * Indonesian) right at its start, then "by"/"oleh" and its agent to the
 * line's end, says who did it to what the heading names, when the
 * heading is one name (heading_is_name()): "By whom was the Lantern Bay
 * Port Code adopted?", "Oleh siapa Piagam Keselamatan Data Kawasan
 * diadopsi?". The agent is a short noun phrase: no date (a dated line is
 * heading_event()'s), no figure with a unit or per cent ("increased by
 * 12 %"), no verb but a last word that may be one ("states"), no comma, no text's name ("replaced by the Harbour
 * Accord": no whom). TRUE when asked. */
static gboolean
heading_agent (Ctx  *ctx,
               Sent *line,
               guint k,
               guint e)
{
  const Tok *t = &line->toks[k];
  g_autofree char *verb = NULL;
  guint a = k + 2, words = 0;

  if (k + 2 >= e || t->type != TOK_WORD || t->cap || !(t->flags & W_EVENT) || (t->flags & (W_NOUN | W_FUNCTION)) ||
      !_ds_passive_verb (t, ctx->english) ||
      !_ds_tok_is (&line->toks[k + 1], ctx->english ? "by" : "oleh"))
    return FALSE;
  for (guint j = a; j < e; j++)
    {
      const Tok *w = &line->toks[j];

      if (w->type == TOK_PUNCT || (w->type == TOK_NUMBER && (w->len == 4 || j + 1 >= e)) ||
          (w->flags & (W_MONTH | W_UNIT | W_PRONOUN | W_RELATIVE | W_CONJ)) ||
          (w->type == TOK_WORD && !(w->flags & W_NOUN) &&
           (_ds_tok_ing_word (w) || (w->verb && (j == a || j + 1 < e)))) ||
          (w->cap && _ds_phrase_at (ctx, line, j, PL_TREATY_HEAD) == 1))
        return FALSE;
      words += w->type == TOK_WORD || w->type == TOK_NUMBER;
    }
  if (words == 0 || words > HEADING_AGENT_MAX_WORDS || !heading_is_name (ctx))
    return FALSE;
  verb = g_ascii_strdown (t->p, t->len);
  return heading_fact (ctx, line, DS_CLAIM_RULE_EVENT, a, e, "question_by_whom", "was", verb);
}

/* "- Adopted by the Commission in July 2000", "- Invalidated by the CJEU
 * in *Schrems I* (6 October 2015)", "- Dibuka untuk ditandatangani pada
 * Desember 1982" under "Slide 3 — Safe Harbor (2000–2015)", "## Konvensi
 * Montego Bay (1982)": a line of notes that opens on a passive verb (an
 * English participle in "-ed" before "by", "in" or "on", an Indonesian
 * passive in di-) and closes on a date says when something was done to
 * what the heading names, when the heading is one name
 * (ctx->heading_name, heading_is_name()); asked with that name ("When
 * was Safe Harbor adopted by the Commission?", "Kapan Konvensi Montego
 * Bay dibuka untuk ditandatangani?"), the line's own blank naming no
 * owner. So is a line of place (heading_place()). TRUE when asked. */
static gboolean
heading_event (Ctx  *ctx,
               Sent *line)
{
  guint e = _ds_body_end (line), k = 0, d, de, v;
  const Tok *t, *next;
  g_autofree char *verb = NULL;

  if (ctx->heading_name == NULL || ctx->topic_block == G_MAXUINT || line->question)
    return FALSE;
  while (k < e && (emphasis (&line->toks[k]) || line->toks[k].type == TOK_PUNCT))
    k++;
  while (e > k && line->toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line->toks[e - 1], ')'))
    e--;
  if (k + 3 > e || _ds_count_words (line, k, e) > HEADING_EVENT_MAX_WORDS || line->toks[k].type != TOK_WORD)
    return FALSE;
  if (heading_place (ctx, line, k, e))
    return TRUE;
  t = &line->toks[k];
  next = &line->toks[k + 1];
  if (heading_agent (ctx, line, k, e))
    return TRUE;
  if ((t->flags & (W_NOUN | W_FUNCTION | W_NAME_NOUN)) ||
      (ctx->english ? !(t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 &&
                        (_ds_tok_is (next, "by") || _ds_tok_is (next, "in") || _ds_tok_is (next, "on") ||
                         _ds_tok_is (next, "for") || _ds_read_date (line, k + 1, e) != 0 ||
                         (_ds_tok_is_year (next) && _ds_tok_is_punct (&line->toks[k + 2], ','))))
                    : !(t->len > 5 && (t->verb || (t->flags & W_EVENT)) && ds_ascii_strncasecmp (t->p, "di", 2) == 0)))
    return FALSE;
  /* "- Signed 1 December 1959 in Washington by 12 states", "-
   * Ditandatangani pada 12 Mei 2020 di Vientiane oleh 5 negara": a date
   * right after the verb (or its "in", "on", "pada") that a place or an
   * agent follows says when; the verb alone is asked ("When was the
   * Antarctic Treaty signed?"), the rest of the line left to it. */
  {
    guint a = k + 1, b, c;

    if (a < e && (_ds_tok_is (&line->toks[a], "in") || _ds_tok_is (&line->toks[a], "on") ||
                  _ds_tok_is (&line->toks[a], "pada")))
      a++;
    /* ("Signed **1 December 1959** in …": the date in bold.) */
    while (a < e && emphasis (&line->toks[a]))
      a++;
    b = a < e ? _ds_read_date (line, a, e) : 0;
    /* ("Established 1994, …": a year alone before the comma.) */
    if (b == 0 && a + 1 < e && _ds_tok_is_year (&line->toks[a]) && _ds_tok_is_punct (&line->toks[a + 1], ','))
      b = a + 1;
    for (c = b; c > a && c < e && emphasis (&line->toks[c]); c++)
      ;
    /* "- Established 1994, headquarters in Kingston", "- Didirikan
     * 1957, markas di Wina": the date before a comma and a word (no
     * figure: "1994, 2001 and …" lists dates) ends the event too. */
    if (b > a && c + 1 < e && line->toks[b - 1].type == TOK_NUMBER && line->toks[b - 1].len == 4 &&
        _ds_tok_is_punct (&line->toks[c], ',') && line->toks[c + 1].type == TOK_WORD &&
        !(line->toks[c + 1].flags & W_CONJ) && heading_is_name (ctx))
      {
        verb = g_ascii_strdown (t->p, t->len);
        return heading_fact (ctx, line, DS_CLAIM_RULE_DATE, a, b, "question_when", "was", verb);
      }
    if (b > a && c < e && line->toks[b - 1].type == TOK_NUMBER && line->toks[b - 1].len == 4 &&
        (line->toks[c].flags & W_PREP) && !_ds_tok_is (&line->toks[c], "to") &&
        !_ds_tok_is (&line->toks[c], "hingga") && !_ds_tok_is (&line->toks[c], "sampai") &&
        heading_is_name (ctx))
      {
        verb = g_ascii_strdown (t->p, t->len);
        return heading_fact (ctx, line, DS_CLAIM_RULE_DATE, a, b, "question_when", "was", verb);
      }
  }
  /* "- Adopted July 2016 after rapid negotiations": a date that a
   * circumstance follows (the phrase list event_date_tail) ends the
   * line's event. */
  for (guint j = k + 3; j + 1 < e; j++)
    if (line->toks[j - 1].type == TOK_NUMBER && line->toks[j - 1].len == 4 &&
        _ds_phrase_at (ctx, line, j, PL_EVENT_DATE_TAIL) == 1)
      {
        e = j;
        break;
      }
  /* The date: in brackets at the line's end ("(6 October 2015)"), or
   * its last words ("in July 2000", "pada Desember 1982"). */
  de = _ds_tok_is_punct (&line->toks[e - 1], ')') ? e - 1 : e;
  if (line->toks[de - 1].type != TOK_NUMBER || line->toks[de - 1].len != 4 ||
      !(line->toks[de - 1].p[0] == '1' || line->toks[de - 1].p[0] == '2'))
    return FALSE;
  for (d = k + 1; d < de && _ds_read_date (line, d, de) != de; d++)
    ;
  /* ("in 2009": a year alone.) */
  if (d >= de)
    d = de - 1;
  v = d;
  if (de < e)
    {
      if (!_ds_tok_is_punct (&line->toks[d - 1], '('))
        return FALSE;
      v = d - 1;
    }
  else
    {
      /* ("… sejak September 2023", "… since 2019": since when, no
       * when.) */
      if (v > k + 1 && _ds_tok_is (&line->toks[v - 1], "tahun"))
        v--;
      /* (After "tahun": "sejak tahun 2023" is since when too.) */
      if (_ds_tok_is (&line->toks[v - 1], "sejak") || _ds_tok_is (&line->toks[v - 1], "since"))
        return FALSE;
      if (v > k + 1 && (_ds_tok_is (&line->toks[v - 1], "in") || _ds_tok_is (&line->toks[v - 1], "on") ||
                        _ds_tok_is (&line->toks[v - 1], "pada")))
        v--;
      /* "- Launched by the US, 13 October 2020": the date after a comma. */
      else if (v > k + 2 && _ds_tok_is_punct (&line->toks[v - 1], ','))
        v--;
    }
  for (guint j = k; j < v; j++)
    if (line->toks[j].type == TOK_NUMBER || (line->toks[j].type == TOK_PUNCT && !emphasis (&line->toks[j])))
      return FALSE;
  if (v <= k || !heading_is_name (ctx))
    return FALSE;
  verb = _ds_toks_dup (line, k, v);
  if (!g_ascii_isupper (verb[1]))
    verb[0] = ds_ascii_tolower (verb[0]);
  return heading_fact (ctx, line, DS_CLAIM_RULE_DATE, d, de, "question_when", "was", verb);
}

/* Whether the word @t ends as an English adjective does ("responsible",
 * "active", "legal", "dangerous", "useful", "relevant", "different"). */
static gboolean
adjective_form (const Tok *t)
{
  static const char * const ends[] = { "ible", "able", "ive", "al", "ous", "ful", "ant", "ent" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      gsize n = strlen (ends[i]);

      if (t->len > n + 2 && ds_ascii_strncasecmp (t->p + t->len - n, ends[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean count_line          (Ctx  *ctx,
                                     Sent *line,
                                     guint k,
                                     guint e);
static gboolean heading_names_actor (Ctx  *ctx);
static gboolean heading_of_aspect   (Ctx  *ctx);

/* Words a line whose subject is the heading takes at most. */
#define HEADING_LINE_MAX_WORDS 25

/* "- Signed 1 December 1959 in Washington by 12 states", "- Grew out of
 * the International Geophysical Year", "- Based in The Hague" under
 * "Case 2: The Antarctic Treaty", "The Global Forum on Cyber
 * Expertise"; "- dibentuk lewat Agenda Tunis 2005", "- bersifat
 * multipihak" under "Internet Governance Forum (IGF)": a line of notes
 * that opens on a verb has no subject but the heading, when the heading
 * is one name (heading_is_name()). The line is read as the sentence it
 * stands for, the heading's name before it: an English participle
 * before no object ("signed 1 December", "based in") is a passive, "was"
 * before it ("is" for a state: the phrase list heading_line_state), a
 * past tense or a phrase of heading_line_active ("entered into force")
 * is the verb itself; an Indonesian verb (di-, me-, ber-, ter-) needs
 * nothing. So its blanks and questions name what they ask of ("When was
 * the Antarctic Treaty signed?"), and the line is no item of the
 * heading's list; a line read as a sentence is read so too
 * (analyse_sentence()). TRUE when read so. */
gboolean
_ds_heading_subject_line (Ctx  *ctx,
                          Sent *line)
{
  guint e = _ds_body_end (line), k = 0;
  const Tok *t, *next;
  const char *aux = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *lead = NULL;

  if (ctx->heading_name == NULL || ctx->topic_block == G_MAXUINT || line->question)
    return FALSE;
  while (k < e && (emphasis (&line->toks[k]) || line->toks[k].type == TOK_PUNCT))
    k++;
  if (k + 2 > e || _ds_count_words (line, k, e) > HEADING_LINE_MAX_WORDS)
    return FALSE;
  t = &line->toks[k];
  next = &line->toks[k + 1];
  /* ("- note: signed by 17 states": the line opens on a label, cut
   * off; it is a comment, no line of the heading's.) */
  {
    const char *c = ctx->text + ds_essay_get_block (ctx->essay, line->block)->content_byte_start, *q;

    for (q = c; q < t->p; q++)
      if (strchr (" \t*_", *q) == NULL)
        return FALSE;
    for (q = c; q > ctx->text && q[-1] == ' '; q--)
      ;
    if (q > ctx->text && q[-1] == ':')
      return FALSE;
  }
  /* "- 100+ member states", "- 8 founding signatories", "- 29 negara
   * peserta" under "COPUOS", "The Artemis Accords", "Konferensi Asia
   * Afrika (KAA)": a count of what the heading's name has, read "COPUOS
   * has more than 100 member states", "… memiliki 29 negara peserta". */
  if (t->type == TOK_NUMBER)
    return count_line (ctx, line, k, e);
  /* ("- Measures: asset freeze", "- Dibentuk: 2017": a label.) */
  if (t->type != TOK_WORD || (t->flags & (W_FUNCTION | W_NAME_NOUN)) ||
      (next->type == TOK_PUNCT && !_ds_tok_is_punct (next, '(')) || emphasis (next))
    return FALSE;
  if (ctx->english)
    {
      g_autofree char *word = g_ascii_strdown (t->p, t->len);
      gboolean participle = ds_words_is_participle (ctx->lang, word, -1);

      gsize n = strlen (word);
      /* "- Hosts a clearing house", "- Seeks to …": a verb in the
       * present, its subject one thing. */
      /* ("- States responsible for …": a plural noun before an
       * adjective, no verb.) */
      gboolean present = !participle && n > 3 && word[n - 1] == 's' && strchr ("siu'", word[n - 2]) == NULL &&
                         t->verb && !(t->flags & W_NOUN) && !heading_plural (ctx) && next->type == TOK_WORD &&
                         !adjective_form (next);

      if (_ds_phrase_at (ctx, line, k, PL_HEADING_LINE_ACTIVE) > 0 || present)
        aux = NULL;
      else if (!participle || (t->flags & W_NOUN))
        return FALSE;
      /* "- Ratified the OST", "- Led Ghana's delegation": a past tense
       * before its object, the heading's name its subject. */
      /* ("- Replaced years of draft bills": a plural noun in lower case
       * as its object is a past tense's too.) */
      else if (_ds_tok_is (next, "the") || _ds_tok_is (next, "a") || _ds_tok_is (next, "an") ||
               (next->flags & W_PRONOUN) || (next->cap && !(next->flags & W_MONTH)) ||
               (next->type == TOK_WORD && !next->cap &&
                !(next->flags & (W_FUNCTION | W_PREP | W_UNIT | W_MONTH)) && next->len > 3 &&
                next->p[next->len - 1] == 's' && next->p[next->len - 2] != 's'))
        aux = NULL;
      else
        {
          /* ("- Reviewed every five years": what is done again and
           * again is done now.) */
          gboolean state = g_strv_contains (ds_lang_get_phrases (ctx->lang, "heading_line_state"), word) ||
                           _ds_phrase_in (ctx, line, k, e, PL_HEADING_LINE_HABIT);

          aux = heading_plural (ctx) ? (state ? "are" : "were") : (state ? "is" : "was");
        }
    }
  else if (!((t->verb || (t->flags & W_EVENT)) && !(t->flags & W_NOUN) && t->len > 5 &&
             (ds_ascii_strncasecmp (t->p, "di", 2) == 0 || ds_ascii_strncasecmp (t->p, "me", 2) == 0 ||
              ds_ascii_strncasecmp (t->p, "ber", 3) == 0 || ds_ascii_strncasecmp (t->p, "ter", 3) == 0)))
    return FALSE;
  if (!heading_names_actor (ctx))
    return FALSE;
  owner = heading_owner (ctx);
  owner[0] = g_ascii_toupper (owner[0]);
  lead = aux != NULL ? g_strconcat (owner, " ", aux, NULL) : g_strdup (owner);
  /* (A line the rules find nothing in with its subject is read as it
   * was.) */
  return _ds_read_with_subject (ctx, line, k, lead, (guint) g_utf8_strlen (owner, -1)) > 0;
}

/* Words a count line under a heading takes at most. */
#define COUNT_LINE_MAX_WORDS 10

/* The count line at @k (a figure, not a year) of _ds_heading_subject_line():
 * "100+ member states" — a word in lower case after the figure (no unit,
 * no month), no colon, arrow or equals sign, no per cent. */
static gboolean
count_line (Ctx  *ctx,
            Sent *line,
            guint k,
            guint e)
{
  const Tok *t = &line->toks[k];
  guint j = k + 1;
  gboolean plus = FALSE;
  g_autofree char *owner = NULL;
  g_autofree char *lead = NULL;

  if (_ds_tok_is_year (t) || _ds_count_words (line, k, e) > COUNT_LINE_MAX_WORDS)
    return FALSE;

  if (j < e && line->toks[j].len == 1 && line->toks[j].p[0] == '+')
    {
      plus = TRUE;
      j++;
    }
  if (j >= e || line->toks[j].type != TOK_WORD || line->toks[j].cap ||
      (line->toks[j].flags & (W_UNIT | W_MONTH | W_FUNCTION | W_MAGNITUDE)))
    return FALSE;
  for (guint q = k; q < e; q++)
    if (_ds_tok_is_punct (&line->toks[q], ':') || _ds_tok_is_punct (&line->toks[q], DS_ARROW) ||
        _ds_tok_is_punct (&line->toks[q], '=') || _ds_tok_is_punct (&line->toks[q], '%') ||
        (line->toks[q].flags & W_AUX))
      return FALSE;
  if (!heading_names_actor (ctx))
    return FALSE;
  owner = heading_owner (ctx);
  owner[0] = g_ascii_toupper (owner[0]);
  if (plus)
    lead = g_strdup_printf ("%s %s %.*s", owner,
                            ctx->english ? (heading_plural (ctx) ? "have more than" : "has more than") : "memiliki lebih dari",
                            (int) t->len, t->p);
  else
    lead = g_strconcat (owner, ctx->english ? (heading_plural (ctx) ? " have" : " has") : " memiliki", NULL);
  return _ds_read_with_subject (ctx, line, plus ? j : k, lead, (guint) g_utf8_strlen (owner, -1)) > 0;
}

/* Whether the heading is one name (heading_is_name()) that does what its
 * lines say: not "Sasaran Kerja Sama Siber ASEAN", "Tasks of the
 * Secretariat", which name an aspect of a thing (the phrase lists
 * heading_aspect, heading_line_aspect) that its lines are, not do. */
static gboolean
heading_names_actor (Ctx *ctx)
{
  return !heading_of_aspect (ctx) && heading_is_name (ctx);
}

/* Whether the heading's name holds a word of an aspect (the phrase lists
 * heading_aspect, heading_line_aspect: "Goals of the network", "Sasaran
 * Kerja Sama Siber ASEAN"). */
static gboolean
heading_of_aspect (Ctx *ctx)
{
  {
    Sent h;

    _ds_text_tokenize (ctx, ctx->heading_name, &h);
    for (guint j = 0; j < h.n; j++)
      {
        g_autofree char *w = NULL;

        if (h.toks[j].type != TOK_WORD)
          continue;
        w = g_ascii_strdown (h.toks[j].p, h.toks[j].len);
        if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "heading_aspect"), w) ||
            g_strv_contains (ds_lang_get_phrases (ctx->lang, "heading_line_aspect"), w))
          return TRUE;
      }
  }
  return FALSE;
}

/* "- Members: Cambodia, Laos, Thailand and Vietnam", "- Mitra dialog:
 * Tiongkok dan Myanmar" under a heading that is one name
 * (heading_is_name()): a label of those who belong to it (the phrase
 * list member_label) over names, asked "Who are the members of the
 * Mekong River Commission?", "Siapa saja mitra dialog Komisi Sungai
 * Mekong?"; the label is no term, and the line no item of the
 * heading's list, wherever it stands. TRUE when the head is such a
 * label, with a card or none. */
static gboolean
member_line (Ctx        *ctx,
             const Sent *line,
             guint       a,
             guint       b)
{
  guint e = _ds_body_end (line), k;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;
  DsClaim *claim;

  if (_ds_phrase_at (ctx, line, a, PL_MEMBER_LABEL) != b - a)
    return FALSE;
  while (b < e && emphasis (&line->toks[b]))
    b++;
  /* "anggota: 194 negara + >1000 anggota sektor": how many belong, a
   * figure the other rules ask, no names. */
  for (k = b; k < e; k++)
    if (line->toks[k].type == TOK_NUMBER)
      return FALSE;
  if ((k = b + separator_at (line, b)) == b || ctx->heading_name == NULL || ctx->topic_block == G_MAXUINT ||
      !heading_is_name (ctx))
    return TRUE;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, line);
  if (!name_series (line, k, e, claim))
    {
      ds_claim_unref (claim);
      return TRUE;
    }
  while (b > a && (emphasis (&line->toks[b - 1]) || line->toks[b - 1].type == TOK_PUNCT))
    b--;
  label = _ds_phrase_dup (line, a, b, TRUE);
  owner = heading_owner (ctx);
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL);
  claim->form = DS_LIST_FORM_PEOPLE;
  return _ds_claim_commit (ctx, claim);
}

static gboolean
word_has_digit (const Tok *t)
{
  for (guint i = 0; i < t->len; i++)
    if (g_ascii_isdigit (t->p[i]))
      return TRUE;
  return FALSE;
}

/* Names a group's line needs to be its members. */
#define GROUP_MEMBERS_MIN 3

/* "- **G33**: Indonesia, Philippines, Kenya, Turkey", "- **BASIC**
 * (2009) → Brasil, Afrika Selatan, India, Tiongkok", "- AUKUS (Sept
 * 2021) = Australia, UK, US → …": a head that is one acronym (or a
 * capital and a figure in one word, "G4", "C-10"), a year or a month
 * and its year in brackets after it or none, then a colon, an arrow or
 * an equals sign and three names or more that fill the line up to its
 * end or its next arrow: the group and its members,
 * asked as a member label's line is ("Who are the members of G33?",
 * "Siapa saja anggota BASIC?": the first word of member_label). TRUE
 * when asked. */
static gboolean
group_members_line (Ctx        *ctx,
                    const Sent *line,
                    guint       a,
                    guint       b)
{
  guint e = _ds_body_end (line), k, sep;
  const Tok *t;
  g_autofree char *owner = NULL;
  DsClaim *claim;

  while (a < b && emphasis (&line->toks[a]))
    a++;
  if (a >= b || (t = &line->toks[a])->type != TOK_WORD || !t->cap ||
      !(_ds_tok_is_acronym (t) || word_has_digit (t)))
    return FALSE;
  k = a + 1;
  while (k < e && emphasis (&line->toks[k]))
    k++;
  if (k + 2 < e && _ds_tok_is_punct (&line->toks[k], '(') && _ds_tok_is_year (&line->toks[k + 1]) &&
      _ds_tok_is_punct (&line->toks[k + 2], ')'))
    k += 3;
  /* ("AUKUS (Sept 2021) = …", "LMC (Maret 2016): …": a month, its
   * short form, before the year.) */
  else if (k + 3 < e && _ds_tok_is_punct (&line->toks[k], '(') && _ds_tok_is_year (&line->toks[k + 2]) &&
           _ds_tok_is_punct (&line->toks[k + 3], ')') &&
           ((line->toks[k + 1].flags & W_MONTH) || _ds_phrase_at (ctx, line, k + 1, PL_MONTH_SHORT) == 1))
    k += 4;
  if (k >= e || !(_ds_tok_is_punct (&line->toks[k], ':') || _ds_tok_is_punct (&line->toks[k], DS_ARROW) ||
                  _ds_tok_is_punct (&line->toks[k], '=')) ||
      (sep = separator_at (line, k)) == 0)
    return FALSE;
  /* "MRC = Kamboja, Laos, Thailand, Vietnam → badan antarpemerintah …":
   * the names end at the arrow; what follows it says what the group
   * is, no member. */
  for (guint j = k + sep; j < e; j++)
    if (_ds_tok_is_punct (&line->toks[j], DS_ARROW))
      {
        e = j;
        break;
      }
  while (e > k && line->toks[e - 1].type == TOK_PUNCT)
    e--;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, line);
  if (!name_series (line, k + sep, e, claim) || claim->items->len < GROUP_MEMBERS_MIN)
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  owner = _ds_toks_dup (line, a, a + 1);
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", ds_lang_get_phrases (ctx->lang, "member_label")[0],
                                   "owner", owner, NULL);
  claim->form = DS_LIST_FORM_PEOPLE;
  return _ds_claim_commit (ctx, claim);
}

/* Whether a line's head [@a, @b), its emphasis and closing marks
 * aside, is no term (_ds_term_cut_short()). */
static gboolean
cut_short_label (const Sent *line,
                 guint       a,
                 guint       b)
{
  while (b > a && (emphasis (&line->toks[b - 1]) ||
                   (line->toks[b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line->toks[b - 1], ')') &&
                    !_ds_tok_is_punct (&line->toks[b - 1], '/'))))
    b--;
  return _ds_term_cut_short (line, a, b);
}

/* Whether tokens [@a, @b) and [@c, @d) are the same words, case aside. */
static gboolean
same_words (const Sent *s,
            guint       a,
            guint       b,
            guint       c,
            guint       d)
{
  if (b - a != d - c || a == b)
    return FALSE;
  for (guint k = 0; k < b - a; k++)
    if (s->toks[a + k].len != s->toks[c + k].len ||
        ds_ascii_strncasecmp (s->toks[a + k].p, s->toks[c + k].p, s->toks[a + k].len) != 0)
      return FALSE;
  return TRUE;
}

/* Words a side of "A vs B" takes at most, and a gloss at least. */
#define VERSUS_SIDE_MAX_WORDS 4
#define VERSUS_GLOSS_MIN_WORDS 2

/* "- posisi vs kepentingan: posisi = apa yg diminta; kepentingan =
 * alasan di balik permintaan", "- hard law vs soft law: hard law = rules
 * that bind in law; soft law = guidance that does not bind": a head
 * that pits two terms (phrase list contrast_versus, each side four words
 * at most), a colon, and for each side a note "TERM = gloss" between
 * semicolons gives both terms' definitions ("Apa yang dimaksud dengan
 * posisi?"). Both sides glossed, or nothing is asked. TRUE when they
 * were. */
static gboolean
versus_glosses (Ctx        *ctx,
                const Sent *line,
                guint       a,
                guint       b)
{
  guint e = _ds_body_end (line), m = b, n, seg, found = 0, starts[2], eqs[2], ends[2];

  for (guint k = a + 1; k + 1 < b && m == b; k++)
    if ((n = _ds_phrase_at (ctx, line, k, PL_CONTRAST_VERSUS)) == 1)
      m = k;
  if (m == b || b >= e || !_ds_tok_is_punct (&line->toks[b], ':') ||
      _ds_count_words (line, a, m) > VERSUS_SIDE_MAX_WORDS || _ds_count_words (line, m + 1, b) > VERSUS_SIDE_MAX_WORDS)
    return FALSE;
  /* The line's own "." after the last gloss aside. */
  while (e > b && line->toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line->toks[e - 1], ')'))
    e--;
  for (seg = b + 1; seg < e && found < 2;)
    {
      guint end = seg, q;

      while (end < e && !_ds_tok_is_punct (&line->toks[end], ';'))
        end++;
      for (q = seg; q < end && !_ds_tok_is_punct (&line->toks[q], '='); q++)
        ;
      if (q >= end || _ds_count_words (line, q + 1, end) < VERSUS_GLOSS_MIN_WORDS ||
          !(same_words (line, seg, q, a, m) || same_words (line, seg, q, m + 1, b)) ||
          (found == 1 && same_words (line, seg, q, starts[0], eqs[0])))
        return FALSE;
      for (guint k = q + 1; k < end; k++)
        if (_ds_tok_is_punct (&line->toks[k], '=') || _ds_tok_is_punct (&line->toks[k], DS_ARROW))
          return FALSE;
      starts[found] = seg;
      eqs[found] = q;
      ends[found] = end;
      found++;
      seg = end + 1;
    }
  if (found < 2 || seg < e)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      DsClaim *def = _ds_claim_new (ctx, DS_CLAIM_DEFINITION, DS_CLAIM_RULE_DEFINITION, line);

      def->subject = _ds_phrase_dup (line, starts[i], eqs[i], TRUE);
      def->body = _ds_toks_dup (line, eqs[i] + 1, ends[i]);
      def->cue = g_strdup (_ds_definition_cue (ctx, def->subject));
      def->key_start = _ds_sent_char_at (line, line->toks[starts[i]].p);
      def->key_end = _ds_sent_char_at (line, line->toks[eqs[i] - 1].p + line->toks[eqs[i] - 1].len);
      _ds_claim_commit (ctx, def);
    }
  return TRUE;
}

/* Words a scholar's view on a note's line takes at least and at most,
 * and capitalised words the scholar's name takes at most. */
#define NOTE_VIEW_MIN_WORDS 4
#define NOTE_VIEW_MAX_WORDS 25
#define NOTE_VIEW_NAME_MAX_WORDS 3

/* "- Kello (2017) → serangan siber bukan perang, tp juga bukan damai",
 * "- Deibert (2013): states turn the internet into a zone of
 * surveillance": a scholar's name (one to three capitalised words, two
 * names joined by "&", "dan", "and"), a year alone in brackets, a colon,
 * an arrow or a dash, and a clause in lower case (a verb or an auxiliary
 * in it, no definition's cue: scholar_definition() reads those) is the
 * scholar's view, asked as prose's "Menurut Kello (2017), …" is: "Apa
 * pandangan Kello (2017)?", "What view does Deibert (2013) hold?"
 * (template question_view_plain). A work's title ("Katzenstein (1996)
 * → The Culture of …"), what the scholar did ("Onuf (1989) → yg pertama
 * …") or a concept with no verb ("(1998) → siklus hidup norma") is no
 * view. TRUE when it was asked. */
static gboolean
scholar_view_line (Ctx        *ctx,
                   const Sent *line)
{
  guint e = _ds_body_end (line), k = 0, words = 0, who_a, who_b, body;
  gboolean clause = FALSE, joined = FALSE;
  g_autofree char *who = NULL;
  g_autofree char *question = NULL;
  const Tok *first;
  DsClaim *claim;

  while (k < e && emphasis (&line->toks[k]))
    k++;
  who_a = k;
  for (; k < e; k++)
    {
      const Tok *t = &line->toks[k];

      if (t->type == TOK_WORD && t->cap && !t->verb && !_ds_tok_is_acronym (t) &&
          !(t->flags & (W_COUNTRY | W_FUNCTION | W_MONTH)))
        words++;
      else if (words > 0 && k + 1 < e && line->toks[k + 1].type == TOK_WORD && line->toks[k + 1].cap &&
               (_ds_tok_is_punct (t, '&') || (t->type == TOK_WORD && (t->flags & W_CONJ))))
        joined = TRUE;
      else
        break;
      if (words > NOTE_VIEW_NAME_MAX_WORDS + (joined ? NOTE_VIEW_NAME_MAX_WORDS : 0))
        return FALSE;
    }
  who_b = k;
  if (words == 0 || k + 4 >= e || !_ds_tok_is_punct (&line->toks[k], '(') || !_ds_tok_is_year (&line->toks[k + 1]) ||
      !_ds_tok_is_punct (&line->toks[k + 2], ')'))
    return FALSE;
  /* ("Cyber Security Strategy (2008): …": a document's name, no
   * person's; each of two joined names is a person's.) */
  for (guint a = who_a, j = who_a; j <= who_b; j++)
    if (j == who_b || line->toks[j].type != TOK_WORD || !line->toks[j].cap)
      {
        if (j == a || !_ds_person_name (ctx, line, a, j))
          return FALSE;
        a = j + 1;
      }
  k += 3;
  if (!(_ds_tok_is_punct (&line->toks[k], ':') || _ds_tok_is_punct (&line->toks[k], DS_ARROW) ||
        _ds_tok_is_punct (&line->toks[k], 0x2013) || _ds_tok_is_punct (&line->toks[k], 0x2014)))
    return FALSE;
  body = k + 1;
  first = &line->toks[body];
  if (first->type != TOK_WORD || (first->cap && !_ds_tok_is_acronym (first)) ||
      (first->flags & (W_RELATIVE | W_PRONOUN | W_ANAPHOR | W_PREP | W_CONJ | W_QUESTION)))
    return FALSE;
  if (_ds_count_words (line, body, e) < NOTE_VIEW_MIN_WORDS || _ds_count_words (line, body, e) > NOTE_VIEW_MAX_WORDS)
    return FALSE;
  /* ("Lestari (2011): negara berkembang menolak → biaya, kedaulatan":
   * a short head and an arrow to what it names are a revision note's
   * shorthand, no view a card can state.) */
  for (guint j = body; j < e; j++)
    if (_ds_tok_is_punct (&line->toks[j], DS_ARROW))
      {
        if (_ds_count_words (line, body, j) < NOTE_VIEW_MIN_WORDS)
          return FALSE;
        break;
      }
  /* (A verb, an auxiliary, a negation or a copula: "bukan perang",
   * "is the new normal".) */
  for (guint j = body; j < e; j++)
    clause |= line->toks[j].type == TOK_WORD && !line->toks[j].cap &&
              /* ("siklus hidup norma": a bare verb of the word list may
               * stand in a noun's compound; a verb with its prefix does
               * not.) */
              ((line->toks[j].verb && (ctx->english || !(line->toks[j].flags & W_VERB))) ||
               (line->toks[j].flags & (W_AUX | W_CUE_DEF)) ||
               _ds_phrase_at (ctx, line, j, PL_LISTS_NEGATION) > 0);
  if (!clause)
    return FALSE;
  /* ("- Satow (1917) → diplomacy is the application of …": a
   * definition is asked as the scholar's.) */
  if (scholar_definition (ctx, line))
    return TRUE;
  who = _ds_toks_dup (line, who_a, body - 1);
  question = ds_lang_expand (ctx->lang, "question_view_plain", "who", who, "aux", joined ? "do" : "does", NULL);
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_REPORT, body, e);
  claim->question = ds_utf8_capitalize (question);
  claim->attribution = _ds_toks_dup (line, who_a, who_b);
  return _ds_claim_commit (ctx, claim);
}

/* The year the list line of block @index opens on (past its marks),
 * four figures from 1800 to 2099 with no figure or letter joined to
 * them: "- 1957 IAEA berdiri", "- **2016**: …", "- 1998 → …"; else 0. */
static guint
block_opens_on_year (Ctx   *ctx,
                     guint  index)
{
  const DsBlock *b;
  const char *p, *e;

  if (index >= ds_essay_get_n_blocks (ctx->essay) ||
      (b = ds_essay_get_block (ctx->essay, index))->kind != DS_BLOCK_LIST_ITEM)
    return 0;
  p = ctx->text + b->content_byte_start;
  e = ctx->text + b->byte_end;
  while (p < e && (*p == '*' || *p == '_'))
    p++;
  if (p + 4 <= e && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
      g_ascii_isdigit (p[3]) && ((p[0] == '1' && p[1] >= '8') || (p[0] == '2' && p[1] == '0')) &&
      (p + 4 == e || !(g_ascii_isalnum (p[4]) || p[4] == '-' || p[4] == '.' || p[4] == ',' || p[4] == '/')))
    return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  return 0;
}

/* "- 1957 IAEA berdiri, markas di Wina", "- 1962 krisis rudal Kuba →
 * …", "- 2004 seven states joined the bloc": in a timeline — a run of
 * lines that open on a year, whatever joins a line's year to its event
 * (a colon, a dash, an arrow or, as here, nothing but a space) — the year
 * is when and the rest of the line is what happened then ("Apa yang
 * terjadi pada 1957?"). A line whose year has no mark after it is read
 * so only when a line beside it opens on a year too, in the order of
 * time (no run of counts: "- 1200 peserta", "- 2000 relawan" …), and
 * when its event has a word in lower case (a verb, a noun of what was
 * done) past a subject that needs no line above ("its", "ini"). TRUE
 * when read so. */
static gboolean
spaced_year_line (Ctx        *ctx,
                  const Sent *line)
{
  guint k = 0, e = _ds_body_end (line), body, year, before, after;
  gboolean lower = FALSE;

  if (line->question || line->block == 0 || (year = block_opens_on_year (ctx, line->block)) == 0)
    return FALSE;
  before = block_opens_on_year (ctx, line->block - 1);
  after = block_opens_on_year (ctx, line->block + 1);
  if (!((before > 0 && before <= year) || (after > 0 && after >= year)))
    return FALSE;
  while (k < e && emphasis (&line->toks[k]))
    k++;
  if (k >= e || line->toks[k].type != TOK_NUMBER || line->toks[k].len != 4)
    return FALSE;
  for (body = k + 1; body < e && emphasis (&line->toks[body]); body++)
    ;
  if (body >= e || separator_at (line, body) > 0 || line->toks[body].type != TOK_WORD ||
      (line->toks[body].flags & (W_MONTH | W_PREP | W_CONJ | W_CONNECTIVE | W_PRONOUN | W_ANAPHOR)) ||
      _ds_count_words (line, body, e) < 2)
    return FALSE;
  /* ("its mandate", "this body"; the word after, "GGE agrees that …",
   * opens what was agreed.) */
  if (_ds_toks_lean_back (line, body, MIN (body + 2, e)))
    return FALSE;
  for (guint j = body; j < e && !lower; j++)
    lower = line->toks[j].type == TOK_WORD && !line->toks[j].cap && !(line->toks[j].flags & W_FUNCTION);
  if (!lower)
    return FALSE;
  /* (With no mark after its year, "_____ IAEA berdiri" reads as no
   * sentence; what happened then is asked whatever the event.) */
  dated_event (ctx, line, k, k + 1, body);
  return TRUE;
}

static gboolean labelled_body (Ctx *ctx, guint index);

/* "- Risk 1: fabricated …", "- Opsi B: mengadopsi …": whether the line
 * of block @index opens on an enumerator's label (placeholder_label(),
 * enumerator_label()) and a separator. */
static gboolean
enumerated_line (Ctx         *ctx,
                 guint        index,
                 const char **word,
                 guint       *len)
{
  Sent line;
  guint a, b, body;

  block_sent (ctx, index, &line);
  if (line.n < 4 || !item_key (ctx, &line, &a, &b))
    return FALSE;
  for (body = b; body < line.n && emphasis (&line.toks[body]); body++)
    ;
  if (body >= line.n || separator_at (&line, body) == 0)
    return FALSE;
  if (placeholder_label (ctx, &line, a, b))
    return TRUE;
  if (!enumerator_label (ctx, &line, a, b))
    return FALSE;
  if (word != NULL)
    {
      *word = line.toks[a].p;
      *len = line.toks[a].len;
    }
  return TRUE;
}

/* Whether [@p, @e) holds a word that opens on the @n bytes of @w
 * ("dangers", "risiko-risiko" on "Danger", "Risiko"). */
static gboolean
names_label_word (const char *p,
                  const char *e,
                  const char *w,
                  guint       n)
{
  for (const char *q = p; q != NULL && q + n <= e; q++)
    if ((q == p || !g_ascii_isalpha (q[-1])) && g_ascii_strncasecmp (q, w, n) == 0)
      return TRUE;
  return FALSE;
}

/* "Open questions" over "- Who pays for …?", "- Can courts …?": lines
 * at @level in [@first, @last) more than half of which ask a question
 * are what the text leaves open, no list of things a learner recalls. */
static gboolean
question_lines (Ctx   *ctx,
                guint  first,
                guint  last,
                guint  level)
{
  guint n = 0, asked = 0;

  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level == level)
      {
        Sent line;

        block_sent (ctx, i, &line);
        n++;
        asked += line.question != 0;
      }
  return n >= 2 && asked * 2 > n;
}

static gboolean
add_block_item (Ctx     *ctx,
                DsClaim *claim,
                guint    index,
                guint   *dated,
                guint   *tasks,
                guint   *valued,
                guint   *reminders)
{
  Sent line;
  guint a, b, date, body;
  gboolean glossed, scholar, placeholder, aspect, ranked, series = FALSE, comment = FALSE, spaced;

  block_sent (ctx, index, &line);
  /* "- cek slide dosen minggu 5", "- TODO: reread ch. 4": a note to
   * oneself is no item, and says nothing a card asks. */
  /* ("- → Indonesia: kuat di tahap 1–2, lemah di 4": a line that opens
   * on an arrow draws a consequence of the lines above; it is none of
   * their kind.) */
  if (_ds_reminder_line (ctx, &line) || (line.n > 0 && _ds_tok_is_punct (&line.toks[0], DS_ARROW)))
    {
      (*reminders)++;
      return FALSE;
    }
  *tasks += task_line (ctx, &line);
  spaced = spaced_year_line (ctx, &line);
  if (!item_key (ctx, &line, &a, &b))
    return FALSE;
  /* "- Nakamura (2009): ciri rezim → …": the scholar stays the item. */
  scholar = _ds_scholar_arrow_list (ctx, &line);
  /* "- Nye (2004), sources of soft power: …": the scholar and the year
   * are the item, not the head the comma runs on to. */
  for (guint k = a; scholar && k + 1 < b; k++)
    if (_ds_tok_is_punct (&line.toks[k], ')'))
      {
        b = k + 1;
        break;
      }
  /* "- Anggaran: Rp4,5 triliun", "- Legal basis: Act 12 of 2011": the
   * label's value is what the line says; the label alone is no item a
   * learner recalls. */
  for (body = b; body < line.n && emphasis (&line.toks[body]); body++)
    ;
  /* "- KTT I → Lima, Mei 2015 → …", "- Perpres 12/2020 → Kartu
   * Prakerja": a head an arrow leads from to a chain, a figure or a
   * name is a step of a chronicle, no item of a list either. */
  if (body < line.n && separator_at (&line, body) == 1 &&
      value_text (ctx, &line, body + 1, _ds_body_end (&line)))
    {
      (*valued)++;
      label_figure (ctx, &line, a, b, body);
    }
  /* "- states seek power — security comes first": a head that is a
   * clause is no label of the line; the item is the whole claim. */
  if (b < _ds_body_end (&line) && separator_at (&line, b) > 0 &&
      _ds_note_head_clause (ctx, &line, a, b, b + separator_at (&line, b)))
    for (b = _ds_body_end (&line); b > a && line.toks[b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line.toks[b - 1], ')'); b--)
      ;
  /* "- **Option A:** keep national rules …", "- Opsi B: mengadopsi
   * kerangka bersama": the item is what the line says under its
   * placeholder label, up to its first sentence's end; the label
   * defines nothing and does nothing. */
  placeholder = body < line.n && separator_at (&line, body) > 0 &&
                (placeholder_label (ctx, &line, a, b) || enumerator_label (ctx, &line, a, b)) &&
                _ds_count_words (&line, body + separator_at (&line, body), _ds_body_end (&line)) >= 2;
  if (placeholder)
    {
      a = body + separator_at (&line, body);
      for (b = first_sentence_end (&line, a, _ds_body_end (&line));
           b > a && line.toks[b - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line.toks[b - 1], ')'); b--)
        ;
    }
  /* "1995 – signed": a date and a word or two after it are a
   * timeline's line all the same. */
  *dated += spaced || date_key (&line, a, b, &date) ||
            (b > a + 2 && b - a <= 4 && date_key (&line, a, a + 1, &date) && separator_at (&line, a + 1) > 0);
  _ds_claim_add_item (claim, &line, line.toks[a].p, line.toks[b - 1].p + line.toks[b - 1].len);
  /* ("- catatan: konsensus = …" under the items: the line's own claims
   * are read, but it is no item.) */
  /* ("- Common thread: state control …", "- Kekhawatiran utama: …"
   * under the cases: a label of one of the text's points
   * (generic_point_label()) sums the items up; it is none of them.) */
  if (claim->items->len > 1 &&
      (list_comment_line (ctx, &line) ||
       (b < _ds_body_end (&line) && _ds_tok_is_punct (&line.toks[b], ':') && generic_point_label (ctx, &line, a, b))))
    {
      g_array_remove_index (claim->items, claim->items->len - 1);
      (*reminders)++;
      comment = TRUE;
    }
  /* "- Thinkers: A, B and C", "- Core assumptions: …": a handout's
   * label (the phrase list handout_label) is no term its line glosses. */
  if (member_line (ctx, &line, a, b))
    {
      (*valued)++;
      return FALSE;
    }
  group_members_line (ctx, &line, a, b);
  /* ("- ciri utama: **sukarela** → …": a handout's label that is also
   * an aspect of the heading's name, note_aspect_label, is asked as the
   * aspect below.) */
  if (_ds_phrase_at (ctx, &line, a, PL_HANDOUT_LABEL) == b - a &&
      (people_line (ctx, &line, a, b) || _ds_phrase_at (ctx, &line, a, PL_NOTE_ASPECT_LABEL) != b - a))
    return FALSE;
  if (attribute_who (ctx, &line, a, b))
    return FALSE;
  /* "- Three coastal states: Indonesia, Malaysia, Philippines": a
   * counted head names a list of its own, no term the names define; the
   * line is read as the sentence "Three coastal states: …" is. */
  if (counted_head (&line, a, b) || (series = series_head (ctx, &line, a, b)))
    {
      /* (A label over its own series is no item of the block's list.) */
      *valued += series;
      /* (The line's own tokens, cut for it alone: its dash or arrow is
       * read as the colon it stands for.) */
      if (!_ds_tok_is_punct (&line.toks[b], ':') && !line.has_colon)
        {
          line.toks[b].ch = ':';
          line.has_colon = TRUE;
        }
      if (line.has_colon)
        _ds_find_cue_lists (ctx, &line);
      return FALSE;
    }
  /* "- **AFSIS** – mengumpulkan data …": what the label does is asked as
   * such, not as what it means; the label stays an item of the list. */
  /* ("- Kedudukan: …", "- Goal: …": an aspect's value, as a label's
   * figure is, is no item a learner recalls of the heading's list.) */
  /* ("- posisi vs kepentingan: posisi = …; kepentingan = …": two
   * glosses of their own, no item "posisi vs kepentingan" of the
   * heading's list.) */
  if (!scholar && !placeholder && !comment && versus_glosses (ctx, &line, a, b))
    {
      g_array_remove_index (claim->items, claim->items->len - 1);
      (*reminders)++;
      return FALSE;
    }
  /* ("- Kello (2017) → serangan siber bukan perang …": a scholar's
   * view is no item of the heading's list.) */
  if (!scholar && !placeholder && scholar_view_line (ctx, &line))
    {
      (*valued)++;
      return FALSE;
    }
  aspect = !scholar && !placeholder && aspect_fact (ctx, &line, index);
  /* ("- Keohane: …", "- Konstruktivis: …": whose view a line gives is no
   * item of the heading's list either.) */
  *valued += aspect || holder_head (ctx, &line, a, b);
  /* "- ITU = International Telecommunication Union": the acronym spelt
   * out, a glossary's line of its own. */
  if (!scholar && !placeholder && !aspect && line.cap_run >= 2 && _ds_find_acronym_equals (ctx, &line))
    return TRUE;
  /* ("- Hambatan utama: …", "- Key obstacle: …", "- [ ] group task:
   * …": a label that ranks the line's point or sets work is no item a
   * learner recalls of the heading's list, nor a term the line glosses;
   * the facts the line states stay.) */
  ranked = !scholar && !placeholder && !comment && b < _ds_body_end (&line) && separator_at (&line, b) > 0 &&
           rank_or_task_label (ctx, &line, a, b);
  if (ranked)
    {
      g_array_remove_index (claim->items, claim->items->len - 1);
      (*reminders)++;
    }
  /* (A timeline's line read as what happened in its year glosses no
   * term, and its blanks would open on the bare year: "2015 _____ of
   * …".) */
  if (spaced)
    return FALSE;
  glossed = !scholar && !placeholder && !aspect && !ranked && !scholar_definition (ctx, &line) &&
            !label_body (ctx, &line, a, b) &&
            /* ("- sekretariat: tiga staf tetap", "- staff: twelve
             * analysts" under "Sekilas", "Basics" of a name: a field of
             * the name, no term the line defines.) */
            !(ctx->heading_inherited && line.toks[a].type == TOK_WORD && !line.toks[a].cap) &&
            gloss_item (ctx, &line, a, b);
  /* "- Konferensi Asia Afrika di Bandung pada tahun 1955, yang dihadiri
   * 29 negara": a dated or counted item states a fact of its own. */
  /* "- Tahun kemunculan: akhir 1970-an, ketika …", "- Year: the late
   * 1950s, as …": an attribute's value names no subject of its own; a
   * blank in it ("Tahun kemunculan: akhir _____") asks of nothing. */
  /* ("- Adopted by the Commission in July 2000" under "Safe Harbor": the
   * heading's name is its subject, no item of a list either.) */
  /* ("- pergeseran krn: …", "- May 2016 (Obama era): …": a label cut
   * short or a date names no item of a list of terms.) */
  if (!glossed && b < _ds_body_end (&line) && separator_at (&line, b) > 0 && cut_short_label (&line, a, b))
    (*valued)++;
  if (!glossed && heading_event (ctx, &line))
    (*valued)++;
  else if (!glossed && _ds_heading_subject_line (ctx, &line))
    (*valued)++;
  else if (line.has_digit && _ds_count_words (&line, 0, line.n) >= 6 && !labelled_body (ctx, index) &&
      !(b < _ds_body_end (&line) && separator_at (&line, b) > 0 && attribute_head (ctx, &line, a, b)))
    {
      ctx->sentence_first_claim = ctx->claims->len;
      _ds_find_facts (ctx, &line);
    }
  return glossed && !comment;
}

/* ------------------------------------------------------------------ */
/* A heading that names a list                                         */

/* "Pendahuluan", "Kesimpulan", "Introduction": headings that name a part
 * of the essay, not what its list is about. */
static gboolean
generic_heading (const Sent *s)
{
  static const char * const words[] = {
    "pendahuluan", "kesimpulan", "simpulan", "penutup", "pembahasan", "latar",
    "ringkasan", "abstrak", "introduction", "conclusion", "conclusions",
    "background", "discussion", "summary", "abstract", "overview",
  };

  for (guint i = 0; i < s->n; i++)
    for (guint k = 0; k < G_N_ELEMENTS (words); k++)
      if (s->toks[i].type == TOK_WORD && s->toks[i].len == strlen (words[k]) &&
          ds_ascii_strncasecmp (s->toks[i].p, words[k], s->toks[i].len) == 0)
        return TRUE;
  return FALSE;
}

/* "What are the obstacles?", "Apa saja tantangannya?": a heading that asks
 * for a noun phrase names it; *@i moves past the question words. FALSE for
 * a question that asks for something else ("What happens next?"). */
static gboolean
question_heading (Sent  *h,
                  guint *i,
                  guint  e)
{
  guint k = *i;

  if (k >= e || !(h->toks[k].flags & W_QUESTION))
    return TRUE;
  k++;
  while (k < e && (h->toks[k].flags & (W_AUX | W_CUE_DEF | W_DET | W_ADV)) && !(h->toks[k].flags & W_COUNT))
    k++;
  /* "Who pays for capacity building?": who does something, not what a
   * noun phrase names ("Who are the actors?" does). */
  if (k == *i + 1 && (_ds_tok_is (&h->toks[*i], "who") || _ds_tok_is (&h->toks[*i], "siapa")))
    return FALSE;
  for (guint j = k; j < e; j++)
    if (h->toks[j].verb || (h->toks[j].flags & (W_PRONOUN | W_QUESTION)) ||
        (h->toks[j].type == TOK_PUNCT && !_ds_tok_is_punct (&h->toks[j], '?')))
      return FALSE;
  /* "hambatannya" (its obstacles) asks for "hambatan"; the heading's
   * tokens are its own, the text is not touched. */
  if (k < e && _ds_tok_ends_nya (&h->toks[e - 1]))
    {
      h->toks[e - 1].len -= 3;
      /* Its lexicon's record is the longer word's: the phrase lists are
       * read again for it. */
      h->toks[e - 1].phrase = TRUE;
      h->cannot_start = 0;
    }
  *i = k;
  return k < e;
}

/* "Who pays for capacity building?", "Bagaimana ASEAN menanggapinya?": a
 * question heading that names no noun phrase is itself what the list
 * under it answers. Its subject is the language's generic "points", which
 * the generator asks as the heading. */
static gboolean
asked_by_heading (Ctx        *ctx,
                  const Sent *h,
                  DsClaim    *claim)
{
  if (h->n == 0 || !_ds_tok_is_punct (&h->toks[h->n - 1], '?') || !(h->flags & W_QUESTION))
    return FALSE;
  claim->subject = g_strdup (ds_lang_get_template (ctx->lang, "heading_points"));
  claim->form = claim->subject != NULL ? DS_LIST_FORM_NAMING : DS_LIST_FORM_NONE;
  return claim->subject != NULL;
}

/* "Poin penting", "Key points", "Ringkasan": a label over bullets says
 * what kind of list follows but not what about; the essay's title does,
 * so the list is asked "in" the title. TRUE when @h is such a label. */
static gboolean
label_heading (Ctx        *ctx,
               const Sent *h,
               guint       i,
               guint       e,
               DsClaim    *claim)
{
  guint n = _ds_phrase_at (ctx, h, i, PL_LIST_LABEL);
  gboolean summary = n == 0;
  g_autofree char *label = NULL;

  if (summary)
    n = _ds_phrase_at (ctx, h, i, PL_LIST_LABEL_SUMMARY);
  if (n == 0 || i + n != e)
    return FALSE;
  /* "Ringkasan (buat UTS)", "Summary" over terse bullets: a review of
   * the part's own headings ("3 strategi Touval–Zartman", "Five
   * institutions (Bull)"), whose points say nothing a learner can recall
   * as a list ("Apa saja poin ringkasan dalam …?"). The label heads them
   * and names no list: no card. (Bullets that are each a sentence are
   * read as sentences before this.) */
  if (summary)
    {
      g_clear_pointer (&claim->subject, g_free);
      claim->form = DS_LIST_FORM_NONE;
      return TRUE;
    }
  /* ("## Sebagai pembanding: Persatuan Telekomunikasi Internasional" over
   * "### Kronologi": the label is the other body's, which no name above
   * names; asked "in" the title it would be the title's.) */
  if (_ds_level_other_topic (ctx, ctx->label_level))
    return FALSE;
  label = ds_utf8_strdown (h->toks[i].p, h->toks[e - 1].p + h->toks[e - 1].len - h->toks[i].p);
  /* An essay with no title of its own is named by its file: "in “e4”"
   * would say nothing. */
  /* "## Forum Tata Kelola Internet (IGF)" over "### Ciri forum:": the
   * label's owner is the name a heading above it (or the title) is. */
  claim->subject = _ds_level_owned (ctx, ctx->label_level, label);
  if (claim->subject != NULL)
    ;
  else if (g_strcmp0 (ctx->title, ctx->essay_id) == 0)
    claim->subject = g_steal_pointer (&label);
  else
    claim->subject = ds_lang_expand (ctx->lang, "label_in", "label", label, "title", ctx->title, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  g_free (claim->topic);
  claim->topic = g_strdup (ctx->title);
  return TRUE;
}

/* Whether the heading at @heading is only a label over bullets
 * ("Ringkasan", "Poin penting", "Key points"). */
static gboolean
label_names_heading (Ctx   *ctx,
                     guint  heading)
{
  Sent h;
  guint i = 0, e, n;

  block_sent (ctx, heading, &h);
  e = _ds_body_end (&h);
  while (i < e && (h.toks[i].type == TOK_NUMBER || h.toks[i].type == TOK_PUNCT))
    i++;
  if (i >= e)
    return FALSE;
  n = _ds_phrase_at (ctx, &h, i, PL_LIST_LABEL);
  if (n == 0)
    n = _ds_phrase_at (ctx, &h, i, PL_LIST_LABEL_SUMMARY);
  if (n > 0 && i + n == e)
    return TRUE;
  /* "Rangkuman Bab 5", "Summary of Chapter 5", "Chapter 5 Summary": a
   * summary label with the part of the book it sums up (phrase list
   * lists_summary_scope) is a label all the same. */
  n = 0;
  for (guint k = i; k < e; k++)
    {
      guint m = n == 0 ? _ds_phrase_at (ctx, &h, k, PL_LIST_LABEL_SUMMARY) : 0;

      if (m > 0)
        {
          n = m;
          k += m - 1;
        }
      else if (h.toks[k].type != TOK_NUMBER && h.toks[k].type != TOK_PUNCT &&
               _ds_phrase_at (ctx, &h, k, PL_LISTS_SUMMARY_SCOPE) == 0)
        return FALSE;
    }
  return n > 0;
}

/* "What Is a Regime?", "Apa Itu Kepatuhan?": a heading that asks what
 * one thing is names no list; the sentences under it say what it is. */
static gboolean
asks_what_is (Ctx   *ctx,
              guint  heading)
{
  Sent h;

  block_sent (ctx, heading, &h);
  return h.n >= 4 && _ds_tok_is_punct (&h.toks[h.n - 1], '?') &&
         (_ds_tok_is (&h.toks[0], "what") || _ds_tok_is (&h.toks[0], "apa")) &&
         (_ds_tok_is (&h.toks[1], "is") || _ds_tok_is (&h.toks[1], "itu"));
}

/* The words of a heading at @order, appended to @subject: title case
 * undone except for names and acronyms. */
static void
append_heading_words (GString    *subject,
                      const Sent *h,
                      const guint *order,
                      guint       n)
{
  for (guint o = 0; o < n; o++)
    {
      const Tok *t = &h->toks[order[o]];
      gboolean keep = t->type != TOK_WORD || (t->len > 1 && g_ascii_isupper (t->p[1])) ||
                      (t->flags & W_COUNTRY);
      gboolean opens = FALSE, after_open = FALSE;
      guint quotes = 0;

      /* ('Deepfakes and the "liar's dividend"': a quote that opens takes
       * the space before it, one that closes the space after it; the
       * pair stays whole, no 'the" liar's dividend"'. The words come one
       * call at a time: what is open is read off the subject so far.) */
      for (gsize c = 0; c < subject->len; c++)
        quotes += subject->str[c] == '"';
      after_open = subject->len > 0 && subject->str[subject->len - 1] == '"' && quotes % 2 == 1;
      if (t->type == TOK_PUNCT && t->ch == '"')
        opens = quotes % 2 == 0;
      /* (Curly quotes say which they are.) */
      after_open = after_open || g_str_has_suffix (subject->str, "\u201C");
      opens = opens || (t->type == TOK_PUNCT && t->ch == 0x201C);
      if (subject->len > 0 && !after_open && (t->type != TOK_PUNCT || _ds_tok_is_punct (t, '&') || opens))
        g_string_append_c (subject, ' ');
      if (keep)
        g_string_append_len (subject, t->p, t->len);
      else
        {
          g_autofree char *lower = ds_utf8_strdown (t->p, t->len);

          g_string_append (subject, lower);
        }
    }
}

/* "is", "are", "was", "were": the auxiliary that goes before a
 * predicate, not a verb. */
static gboolean
is_be_form (const Tok *t)
{
  return _ds_tok_is (t, "is") || _ds_tok_is (t, "are") || _ds_tok_is (t, "was") || _ds_tok_is (t, "were");
}

/* English asks "why" with the auxiliary first; the reasons are stated
 * with it in place: "does capacity building matter" → "capacity building
 * matters", "is cyber diplomacy important" → "cyber diplomacy is
 * important". The verb or predicate is the word before the first
 * preposition or article past the subject's first word, else the last.
 * Fills @order with the tokens' new order and returns how many; *@s_after
 * receives the position after which "s" is added (G_MAXUINT for none);
 * 0 when the clause cannot be turned ("Why did …": the past tense). */
static guint
why_clause_order (const Sent *h,
                  guint       i,
                  guint       e,
                  gboolean    in_order,
                  guint      *order,
                  guint      *s_after)
{
  guint pred = G_MAXUINT, n = 0;
  gboolean does = _ds_tok_is (&h->toks[i], "does"), drop = does || _ds_tok_is (&h->toks[i], "do");

  *s_after = G_MAXUINT;
  /* "## Why small states join cyber coalitions", "## Why cables
   * matter": no question but a clause in its own order (no question
   * mark, a subject of its own first: no auxiliary, function word or
   * pronoun, "Why this matters" points back), stated as it stands;
   * only over ordinal paragraphs (@in_order), which state reasons: a
   * slide's bullets under "Why transfers matter" are labels and figures
   * ("EU; GDPR Chapter V"). */
  if (in_order && !(h->toks[i].flags & W_AUX) && e >= i + 2 && h->n > 0 && !_ds_tok_is_punct (&h->toks[h->n - 1], '?') &&
      h->toks[i].type == TOK_WORD && !(h->toks[i].flags & (W_FUNCTION | W_ANAPHOR | W_PRONOUN)))
    {
      for (guint k = i; k < e; k++)
        if (h->toks[k].type == TOK_PUNCT)
          return 0;
        else
          order[n++] = k;
      return n;
    }
  if (_ds_tok_is (&h->toks[i], "did") || !(h->toks[i].flags & W_AUX) || e < i + 3)
    return 0;
  /* "Why should small states adopt …", "Why can they not …": a modal
   * goes before the verb, the first word after the subject's first one
   * that the lexicon knows as a verb, in "-ed", or "not", else the word
   * after a plural subject; none, and the clause is not turned (it gave
   * "reasons why small states adopt cloud should consulates"). */
  if (!drop && !is_be_form (&h->toks[i]))
    {
      for (guint k = i + 2; k < e && pred == G_MAXUINT; k++)
        if ((h->toks[k].flags & W_VERB) || _ds_tok_is (&h->toks[k], "not") ||
            (h->toks[k].len > 4 && ds_ascii_strncasecmp (h->toks[k].p + h->toks[k].len - 2, "ed", 2) == 0))
          pred = k;
      /* (Else the word after a subject that ends on a plural in "-s" in
       * lower case: "should coastal states pool …".) */
      for (guint k = i + 1; pred == G_MAXUINT && k + 2 < e && k <= i + 3; k++)
        if (h->toks[k].type == TOK_WORD && !h->toks[k].cap && h->toks[k].len > 3 &&
            h->toks[k].p[h->toks[k].len - 1] == 's' && h->toks[k].p[h->toks[k].len - 2] != 's' &&
            !(h->toks[k].flags & W_FUNCTION) && h->toks[k + 1].type == TOK_WORD &&
            !(h->toks[k + 1].flags & W_FUNCTION))
          pred = k + 1;
      if (pred == G_MAXUINT)
        return 0;
      for (guint k = i + 1; k < e; k++)
        {
          if (k == pred)
            order[n++] = i;
          order[n++] = k;
        }
      return n;
    }
  /* English marks no base form: the word before an object's article or
   * a preposition is taken for the verb or predicate. */
  for (guint k = i + 3; k < e && pred == G_MAXUINT; k++)
    if (h->toks[k].flags & (W_PREP | W_DET))
      pred = k - 1;
  if (pred == G_MAXUINT)
    pred = e - 1;
  /* "are small hospitals so exposed": the adverb goes with the predicate
   * after "are" (a verb "does" inflects keeps it before). */
  while (!drop && pred > i + 2 && (h->toks[pred - 1].flags & W_ADV))
    pred--;
  for (guint k = i + 1; k < e; k++)
    {
      if (k == pred && !drop)
        order[n++] = i;
      order[n++] = k;
      if (k == pred && does)
        *s_after = n - 1;
    }
  return n;
}

/* English's "-s": a verb's third person ("matters"), a noun's plural
 * ("steps", "policies"). */
char *
_ds_english_s (const char *verb)
{
  gsize len = strlen (verb);

  if (len > 1 && verb[len - 1] == 'y' && strchr ("aeiou", verb[len - 2]) == NULL)
    return g_strdup_printf ("%.*sies", (int) len - 1, verb);
  if (g_str_has_suffix (verb, "s") || g_str_has_suffix (verb, "sh") || g_str_has_suffix (verb, "ch") ||
      g_str_has_suffix (verb, "x") || g_str_has_suffix (verb, "o"))
    return g_strconcat (verb, "es", NULL);
  return g_strconcat (verb, "s", NULL);
}

/* "Mengapa diplomasi siber penting bagi Indonesia?", "Why does capacity
 * building matter?": the list under it is of reasons, "alasan diplomasi
 * siber penting bagi Indonesia", "reasons why capacity building matters".
 * @i is the token after the question word. */
static char *
why_subject (Ctx        *ctx,
             const Sent *h,
             guint       i,
             guint       e,
             gboolean    in_order)
{
  guint order[16], n, s_after = G_MAXUINT;
  g_autoptr(GString) clause = g_string_new (NULL);

  if (e <= i || e - i > G_N_ELEMENTS (order) || e - i > 10)
    return NULL;
  if (ctx->english)
    n = why_clause_order (h, i, e, in_order, order, &s_after);
  else
    for (n = 0; n < e - i; n++)
      order[n] = i + n;
  if (n == 0)
    return NULL;
  append_heading_words (clause, h, order, s_after == G_MAXUINT ? n : s_after);
  if (s_after != G_MAXUINT)
    {
      g_autofree char *verb = g_ascii_strdown (h->toks[order[s_after]].p, h->toks[order[s_after]].len);
      g_autofree char *inflected = _ds_english_s (verb);

      g_string_append_printf (clause, " %s", inflected);
      append_heading_words (clause, h, order + s_after + 1, n - s_after - 1);
    }
  return ds_lang_expand (ctx->lang, "reasons_why", "clause", clause->str, NULL);
}

/* A heading's word that is a verb: the lexicon's verbs and auxiliaries
 * ("did", "can"), an English past in "-ed" ("Achieved"), an Indonesian
 * verb by its affixes ("dicapai", "membangun"); heading words get no
 * verb marks of a sentence's own. */
static gboolean
heading_verb (const Tok *t)
{
  char w[32];

  if (t->type != TOK_WORD)
    return FALSE;
  if (t->verb || (t->flags & (W_VERB | W_AUX)))
    return TRUE;
  if (t->len < 4 || t->len >= sizeof w)
    return FALSE;
  for (guint k = 0; k < t->len; k++)
    w[k] = g_ascii_tolower (t->p[k]);
  w[t->len] = '\0';
  return g_str_has_suffix (w, "ed") || _ds_lexicon_looks_like_verb_id (w);
}

/* "## What virtual meetings did well", "## Apa yang dicapai ASEAN": a
 * heading that is no question but a clause on "what" ("apa yang") names
 * the things the clause says, which the paragraphs under it set out one
 * by one ("First, …", "Pertama, …"); the list is of "things that virtual
 * meetings did well", "hal-hal yang dicapai ASEAN" (template
 * things_what). English: a subject of
 * one to four words that opens on no auxiliary, verb, pronoun or
 * question word ("the" only before a name), then a verb, at most four
 * words after it ("What was lost", "What it means", "What the pilot
 * showed" name no one). Indonesian: "apa yang" and two to eight words,
 * one of them a name, an acronym or a country ("Apa yang sudah berjalan
 * baik" names no one). No question mark, no punctuation. NULL
 * otherwise. */
static char *
what_clause_subject (Ctx        *ctx,
                     const Sent *h,
                     guint       i,
                     guint       e)
{
  g_autoptr(GString) clause = NULL;
  guint order[16], n = 0, from, verb = G_MAXUINT;
  gboolean named = FALSE, title_case = TRUE;

  if (e > h->n || e <= i + 2 || e - i > G_N_ELEMENTS (order) || _ds_tok_is_punct (&h->toks[h->n - 1], '?'))
    return NULL;
  for (guint k = i; k < e; k++)
    if (h->toks[k].type != TOK_WORD && (h->toks[k].type != TOK_NUMBER || k == i))
      return NULL;
    else if (k > i && h->toks[k].len > 3 && !h->toks[k].cap && !(h->toks[k].flags & W_FUNCTION))
      title_case = FALSE;
  if (ctx->english)
    {
      guint subj;

      if (!_ds_tok_is (&h->toks[i], "what"))
        return NULL;
      from = i + 1;
      /* ("What the Cable Pact secured": an article opens the subject.) */
      subj = from + _ds_tok_is (&h->toks[from], "the");
      if (subj >= e || heading_verb (&h->toks[subj]) ||
          (h->toks[subj].flags & (W_AUX | W_PRONOUN | W_QUESTION | W_FUNCTION | W_ANAPHOR)))
        return NULL;
      /* ("What the pilot showed": a common noun after "the" points at
       * what came before; "the Cable Pact" names it.) */
      if (subj > from && !h->toks[subj].cap)
        return NULL;
      for (guint k = subj + 1; k < e && k <= subj + 4; k++)
        if (heading_verb (&h->toks[k]))
          {
            verb = k;
            break;
          }
      if (verb == G_MAXUINT || e - verb > 5)
        return NULL;
    }
  else
    {
      if (!_ds_toks_pair_is (h, i, "apa", "yang") || e - i < 4 || e - i > 10)
        return NULL;
      from = i + 2;
      /* (Something named: a name in a heading not set in title case, an
       * acronym, a country.) */
      for (guint k = from; k < e; k++)
        if ((h->toks[k].flags & W_COUNTRY) || (h->toks[k].cap && !title_case) ||
            (h->toks[k].len >= 2 && g_ascii_isupper (h->toks[k].p[0]) && g_ascii_isupper (h->toks[k].p[1])))
          named = TRUE;
      if (!named)
        return NULL;
    }
  for (guint k = from; k < e; k++)
    order[n++] = k;
  clause = g_string_new (NULL);
  /* (A heading in sentence case keeps its names as written: "Kemlu",
   * "the Cable Pact".) */
  if (!title_case)
    for (guint k = from; k < e; k++)
      g_string_append_printf (clause, "%s%.*s", k > from ? " " : "", (int) h->toks[k].len, h->toks[k].p);
  else
    append_heading_words (clause, h, order, n);
  return ds_lang_expand (ctx->lang, "things_what", "clause", clause->str, NULL);
}

/* The shortest count word of the language for @n ("tiga", not
 * "ketiga"), else NULL. */
static char *
count_word_for (Ctx   *ctx,
                guint  n)
{
  g_auto(GStrv) words = ds_lang_dup_class_words (ctx->lang, DS_WORD_COUNT);
  const char *best = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gint64 value;

      if (ds_lang_lookup (ctx->lang, words[i], -1, &value) != 0 && value == n &&
          (best == NULL || strlen (words[i]) < strlen (best)))
        best = words[i];
    }
  return g_strdup (best);
}

/* "Realism", "Liberal institutionalism", "Regime theory", "Teori
 * Dependensi", "Realisme Klasik": a heading whose head noun (the last
 * word in English, the first in Indonesian) names a school of thought
 * (a word ending in one of the phrase list doctrine_suffix, or a word of
 * the list doctrine_head) heads notes about it, no list of its members:
 * "What are the realism?" asks nothing. */
static gboolean
doctrine_heading (Ctx        *ctx,
                  const Sent *h,
                  guint       i,
                  guint       e)
{
  const char * const *suffixes = ds_lang_get_phrases (ctx->lang, "doctrine_suffix");
  guint k = ctx->english ? e - 1 : i;
  const Tok *t;

  if (i >= e || e - i > 4)
    return FALSE;
  /* "Core Assumptions of Realism": the head is before "of". */
  for (guint j = i + 1; ctx->english && j + 1 < e; j++)
    if (_ds_tok_is (&h->toks[j], "of"))
      {
        k = j - 1;
        break;
      }
  t = &h->toks[k];
  if (t->type != TOK_WORD)
    return FALSE;
  if (_ds_phrase_at (ctx, h, k, PL_DOCTRINE_HEAD) == 1)
    return TRUE;
  for (guint n = 0; suffixes != NULL && suffixes[n] != NULL; n++)
    {
      gsize len = strlen (suffixes[n]);

      if (t->len > len + 2 && ds_ascii_strncasecmp (t->p + t->len - len, suffixes[n], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Tiga Pilar Ketahanan Siber" → subject "pilar ketahanan siber", count 3;
 * title case is undone except for names and acronyms. */
/* "PBB & Konvensi Wina", "ASEAN dan Keamanan Siber", "Indonesia and
 * the WTO": a heading [@i, @e) that joins two topics, one of them a
 * name (an acronym or a country), names no class its lines are members
 * of ("Apa saja ASEAN dan Keamanan Siber?"); they are notes on the two. */
static gboolean
joins_a_name (const Sent *h,
              guint       i,
              guint       e)
{
  gboolean joined = FALSE, name = FALSE;

  for (guint k = i; k < e; k++)
    {
      const Tok *t = &h->toks[k];

      joined |= k > i && k + 1 < e &&
                (_ds_tok_is (t, "dan") || _ds_tok_is (t, "and") || _ds_tok_is (t, "serta") || _ds_tok_is_punct (t, '&'));
      name |= _ds_tok_is_acronym (t) || (t->flags & W_COUNTRY);
    }
  return joined && name;
}

/* "b) Kamboja — JIM", "Aceh — MoU Helsinki", "Fiji – PICH": a case
 * study's heading, a place or body and the event or forum it is known by,
 * set apart by a dash, each side capitalised words only and one of them a
 * country or an acronym, names no class its lines are members of ("Apa
 * saja Kamboja — JIM?" asks nothing). */
static gboolean
dashed_names (const Sent *h,
              guint       i,
              guint       e)
{
  gboolean dash = FALSE, name = FALSE;
  guint words = 0;

  for (guint k = i; k < e; k++)
    {
      const Tok *t = &h->toks[k];

      if (t->type == TOK_PUNCT)
        {
          if (!(k > i && k + 1 < e && (_ds_tok_is_punct (t, 0x2013) || _ds_tok_is_punct (t, 0x2014))))
            return FALSE;
          dash = TRUE;
          continue;
        }
      if (t->type != TOK_WORD || !t->cap)
        return FALSE;
      words++;
      name |= _ds_tok_is_acronym (t) || (t->flags & W_COUNTRY);
    }
  return dash && name && words <= 5;
}

static gboolean
describe_by_heading (Ctx     *ctx,
                     guint    heading,
                     DsClaim *claim)
{
  Sent h = { 0 };
  guint i = 0, e;
  GString *subject;
  g_autofree char *aspect = NULL;
  gboolean plural = FALSE;

  /* G_MAXUINT: the essay's title heads the part before any heading. */
  if (heading == G_MAXUINT)
    {
      h.p = ctx->title;
      h.end = ctx->title + strlen (ctx->title);
      _ds_sent_tokenize_aside (ctx, &h);
    }
  /* "c. MUSEUMS& GALLERIES": the section's topic is the heading without
   * its letter, its ampersand spaced and its capitals undone. */
  else if (heading == ctx->topic_block && ctx->topic != NULL)
    {
      /* "Realism: Core Assumptions" lists the core assumptions of
       * realism (_ds_aspect_heading()). */
      aspect = _ds_aspect_heading (ctx, ctx->topic);
      h.p = aspect != NULL ? aspect : ctx->topic;
      h.end = h.p + strlen (h.p);
      _ds_sent_tokenize_aside (ctx, &h);
    }
  else
    block_sent (ctx, heading, &h);
  e = _ds_body_end (&h);
  /* "7 Cara Mengenali Hoaks", "5 Ways Small States …": a figure that
   * counts the noun after it is the list's count, said in words. */
  if (e > 2 && h.toks[0].type == TOK_NUMBER && h.toks[1].type == TOK_WORD && _ds_tok_nounish (&h.toks[1]))
    {
      guint64 n = g_ascii_strtoull (h.toks[0].p, NULL, 10);
      char *word = n >= 2 && n <= 20 ? count_word_for (ctx, (guint) n) : NULL;

      if (word != NULL)
        {
          claim->stated_count = (guint) n;
          claim->count_word = word;
        }
    }
  while (i < e && (h.toks[i].type == TOK_NUMBER || h.toks[i].type == TOK_PUNCT))
    i++;
  /* "The other UN space treaties": an English heading's article before
   * words in lower case that end on a plural, with no preposition
   * between, is no part of what it lists ("The Artemis Accords", a name,
   * keeps it and names no set; so do "The cyber sanctions regime", "The
   * work of three offices"). */
  if (ctx->english && i + 2 < e && _ds_tok_is (&h.toks[i], "the") && h.toks[e - 1].type == TOK_WORD &&
      !h.toks[e - 1].cap && h.toks[e - 1].len > 3 && h.toks[e - 1].p[h.toks[e - 1].len - 1] == 's' &&
      strchr ("siu'", h.toks[e - 1].p[h.toks[e - 1].len - 2]) == NULL)
    {
      guint k = i + 1;

      while (k < e && h.toks[k].type == TOK_WORD && !(h.toks[k].flags & (W_FUNCTION | W_PREP)))
        k++;
      i += k == e;
    }
  /* "5 Fungsi Diplomasi Siber yang Perlu Kamu Tahu", "Seven Functions of
   * Diplomacy You Should Know": a listicle's address to its reader
   * (phrase list listicle_tail) ending the heading is no part of what it
   * lists. */
  for (guint k = i + 2; k < e; k++)
    {
      guint n = _ds_phrase_at (ctx, &h, k, PL_LISTICLE_TAIL);

      if (n > 0 && k + n == e)
        {
          e = k;
          break;
        }
    }
  /* A label heads bullets; numbered sub-headings under "Ringkasan" are
   * the document's sections, not its summary's points. */
  if (heading != G_MAXUINT && claim->rule == DS_CLAIM_RULE_BLOCKS && label_heading (ctx, &h, i, e, claim))
    return TRUE;
  if (i < e && _ds_phrase_at (ctx, &h, i, PL_WHY_WORD) == 1)
    {
      claim->subject = why_subject (ctx, &h, i + 1, e, claim->rule == DS_CLAIM_RULE_ORDINALS);
      claim->form = claim->subject != NULL ? DS_LIST_FORM_NAMING : DS_LIST_FORM_NONE;
      return claim->subject != NULL;
    }
  if (i < e && (claim->subject = what_clause_subject (ctx, &h, i, e)) != NULL)
    {
      claim->form = DS_LIST_FORM_NAMING;
      return TRUE;
    }
  if (!question_heading (&h, &i, e))
    return asked_by_heading (ctx, &h, claim);
  if (i < e && (h.toks[i].flags & W_COUNT))
    {
      claim->stated_count = h.toks[i].value;
      claim->count_word = g_ascii_strdown (h.toks[i].p, h.toks[i].len);
      i++;
    }
  /* A counted heading may run longer: "Five Ways Small States Punch
   * Above Their Weight in Diplomacy" says what the list is. */
  if (i >= e || generic_heading (&h) || !_ds_term_usable (&h, i, MIN (e, i + (claim->stated_count > 0 ? 1 : 6))) ||
      e - i > (claim->stated_count > 0 ? 12 : 8))
    return FALSE;

  if (doctrine_heading (ctx, &h, i, e) || (claim->stated_count == 0 && (joins_a_name (&h, i, e) || dashed_names (&h, i, e))))
    return FALSE;
  /* "Konsensus vs voting", "Hard law versus soft law", "norms ≠
   * treaties": a heading that sets two things against each other names
   * no set its lines are members of ("Apa saja konsensus vs voting?"). */
  for (guint k = i + 1; k + 1 < e; k++)
    if (_ds_phrase_at (ctx, &h, k, PL_CONTRAST_VERSUS) == 1 || not_equal_sign (&h.toks[k]))
      return FALSE;
  /* "Security Dilemma", "Birth of the Discipline": an English heading
   * with no plural and no count names one notion, whose slide's lines
   * say things of it; they are no members of it. */
  /* ("COPUOS": an acronym that ends in S is one body.) */
  for (guint k = i; k < e && ctx->english && claim->stated_count == 0 && !plural; k++)
    plural = h.toks[k].type == TOK_WORD && h.toks[k].len > 3 &&
             ((h.toks[k].p[h.toks[k].len - 1] == 's' && (h.toks[k].p[h.toks[k].len - 2] | 0x20) != 's') ||
              _ds_word_in_either (&h.toks[k], "plural_noun"));
  if (ctx->english && claim->stated_count == 0 && !plural)
    return FALSE;
  /* "Comparing the three models", "Assessing its two pillars": an
   * English heading that opens on a verb in "-ing" before a determiner or
   * a count names what the slide does, no set its lines are members of
   * ("Emerging threats" does). */
  if (ctx->english && i + 1 < e && h.toks[i].type == TOK_WORD && h.toks[i].len > 5 &&
      ds_ascii_strncasecmp (h.toks[i].p + h.toks[i].len - 3, "ing", 3) == 0 &&
      (h.toks[i + 1].flags & (W_DET | W_COUNT | W_ANAPHOR)))
    return FALSE;
  subject = g_string_new (NULL);
  for (guint k = i; k < e; k++)
    append_heading_words (subject, &h, &k, 1);
  claim->subject = g_string_free (subject, FALSE);
  claim->form = DS_LIST_FORM_NAMING;
  if (h.flags & W_GOV)
    claim->kind = DS_CLAIM_ROLE;
  return TRUE;
}

/* Whether a verb of the phrase list owner_verb ("memiliki", "has") ends
 * right before token @c. */
static gboolean
owner_verb_before (Ctx        *ctx,
                   const Sent *s,
                   guint       c)
{
  for (guint j = c > 3 ? c - 3 : 0; j < c; j++)
    if (_ds_phrase_at (ctx, s, j, PL_OWNER_VERB) == c - j ||
        _ds_phrase_at (ctx, s, j, PL_LISTS_DOCUMENT_VERB) == c - j)
      return TRUE;
  return FALSE;
}

/* "tiga kritik terhadap indeks ini", "three criticisms of this index":
 * a counted phrase [@a, @k) whose prepositional tail points at what the
 * heading or the sentence before names, the name put in ("kritik
 * terhadap Indeks Kebebasan Pers"); NULL when it has none. */
static char *
pointed_tail (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       k)
{
  guint j, e;
  g_autofree char *head = NULL;
  g_autofree char *name = NULL;

  /* (Indonesian: the demonstrative after the noun, which the phrase
   * left out; English: before it, the phrase's last word.) */
  if (!ctx->english && k < s->n && k > a + 2 && (s->toks[k].flags & W_ANAPHOR) && s->toks[k].type == TOK_WORD &&
      (s->toks[k - 2].flags & W_PREP))
    j = k - 1, k++;
  else if (ctx->english && k > a + 3 && (s->toks[k - 2].flags & W_ANAPHOR) && (s->toks[k - 3].flags & W_PREP))
    j = k - 2;
  else
    return NULL;
  if ((name = _ds_anaphor_at (ctx, s, j, &e)) == NULL || e != k)
    return NULL;
  head = _ds_phrase_dup (s, a, j, TRUE);
  return g_strconcat (head, " ", name, NULL);
}

/* "Berikut lima langkah yang harus ditempuh pengendali data ketika …": a
 * counted noun phrase anywhere in the intro names the list, up to a
 * subordinate clause ("ketika", "jika", "when") or punctuation. */
/* "five functions of diplomacy", "three points": an English word in
 * "-s" right after a count is a plural noun, though the lexicon knows it
 * as a verb too ("functions", "points"). */
static gboolean
counted_plural (Ctx        *ctx,
                const Sent *s,
                guint       c,
                guint       k)
{
  const Tok *t = &s->toks[k];

  return ctx->english && (s->toks[c].flags & W_COUNT) && t->type == TOK_WORD && !t->cap && t->len > 3 &&
         t->p[t->len - 1] == 's' && !(t->flags & (W_FUNCTION | W_PREP | W_AUX | W_ADV | W_PRONOUN | W_CONJ));
}

static gboolean
counted_phrase (Ctx        *ctx,
                const Sent *s,
                DsClaim    *claim)
{
  for (guint c = 0; c + 1 < s->n; c++)
    {
      guint k = c + 1, content = 0, vague = 0, whole;

      /* "Observers name several problems with how it works": a vague
       * count names the list as well, and counts nothing. */
      if (!(s->toks[c].flags & W_COUNT) && (s->toks[c].flags & W_DET) &&
          (vague = _ds_phrase_at (ctx, s, c, PL_LISTS_VAGUE_COUNT)) > 0)
        k = c + vague;
      if (!((s->toks[c].flags & W_COUNT) || vague > 0) || k >= s->n ||
          !(_ds_tok_nounish (&s->toks[k]) || counted_plural (ctx, s, c, k)))
        continue;
      /* "Meskipun ada banyak kemajuan, kerja sama ini menghadapi tiga
       * hambatan.", "Despite many gains, it faces three obstacles.": a
       * vague count before a counted noun of the same sentence is no
       * owner; the count names the list. */
      if (vague > 0)
        {
          gboolean later = FALSE;

          for (guint t = k; t + 1 < s->n && !later; t++)
            later = (s->toks[t].flags & W_COUNT) && _ds_tok_nounish (&s->toks[t + 1]);
          if (later)
            continue;
        }
      while (k < s->n && k < c + 12 && s->toks[k].type == TOK_WORD &&
             !(s->toks[k].flags & (W_CONNECTIVE | W_CLAUSE | W_CUE_NAMING | W_CUE_EXAMPLE | W_QUESTION)) &&
             !_ds_tok_is (&s->toks[k], "ketika") && !_ds_tok_is (&s->toks[k], "saat") &&
             !_ds_tok_is (&s->toks[k], "when") &&
             /* "Beberapa lembaga penting dewan ini antara lain:": the cue
              * that opens the list is no part of its subject. */
             _ds_phrase_at (ctx, s, k, PL_OPEN_LINE_END) == 0 &&
             /* "five functions of diplomacy you should know:": nor is the
              * listicle's address to its reader (listicle_tail). */
             (k == c + 1 || _ds_phrase_at (ctx, s, k, PL_LISTICLE_TAIL) == 0))
        content += _ds_tok_nounish (&s->toks[k++]);
      whole = k;
      while (k > c + 1 && !_ds_tok_nounish (&s->toks[k - 1]) &&
             /* "lembaga penting dewan ini": the demonstrative says which
              * council, and is resolved with it. */
             !(k > c + 2 && (s->toks[k - 1].flags & W_ANAPHOR) && _ds_tok_nounish (&s->toks[k - 2]) &&
               k < s->n && _ds_phrase_at (ctx, s, k, PL_OPEN_LINE_END) > 0))
        k--;
      /* "two features that older treaties lacked", "dua ciri yang tidak
       * dimiliki perjanjian lama": a relative clause cut at its verb
       * says the opposite or nothing; it runs to the sentence's end whole,
       * or goes whole. */
      for (guint r = c + 2; r < k && k < whole; r++)
        if (s->toks[r].flags & (W_RELATIVE | W_THAT))
          {
            if (whole == s->n || s->toks[whole].type == TOK_PUNCT)
              k = whole;
            else
              for (k = r; k > c + 1 && !_ds_tok_nounish (&s->toks[k - 1]); k--)
                ;
            break;
          }
      /* "dua prioritas pada tahun 2022", "two priorities in 2022": a
       * phrase cut at its figure keeps no "pada tahun", "in" without it. */
      if (k < s->n && s->toks[k].type == TOK_NUMBER)
        for (guint p = k; p > c + 2; p--)
          if (s->toks[p - 1].flags & W_PREP)
            {
              k = p - 1;
              while (k > c + 1 && !_ds_tok_nounish (&s->toks[k - 1]))
                k--;
              break;
            }
      if (content == 0 || !_ds_term_usable (s, c + 1, MIN (k, c + 7)))
        continue;
      if (vague > 0)
        {
          c += vague - 1;
          if (k <= c + 1)
            continue;
        }
      else
        {
          claim->stated_count = s->toks[c].value;
          claim->count_word = g_ascii_strdown (s->toks[c].p, s->toks[c].len);
        }
      /* "The book has three weaknesses.": the book's. */
      /* "Three hurdles stand in the way.": the verb after the counted
       * noun qualifies it, "hurdles that stand in the way". */
      claim->subject = owner_verb_before (ctx, s, c) ? _ds_list_owned_subject (ctx, s, c + 1, k) : NULL;
      /* ("Namun, pendekatan ini menghadapi dua risiko.": no owner, no
       * list; describe_list() asks no heading either.) */
      if (ctx->list_owner_dangles)
        {
          g_clear_pointer (&claim->subject, g_free);
          claim->form = DS_LIST_FORM_NONE;
          return TRUE;
        }
      if (claim->subject == NULL && k > c + 2)
        claim->subject = _ds_list_reduced_relative (ctx, s, c + 1, k);
      if (claim->subject == NULL)
        claim->subject = pointed_tail (ctx, s, c + 1, k);
      /* "lembaga utama perlindungan data di negara itu", the country
       * named nowhere: "di negara" alone places nothing; the place goes
       * whole. */
      if (claim->subject == NULL && !ctx->english && k < s->n && k > c + 3 && (s->toks[k].flags & W_ANAPHOR) &&
          s->toks[k].type == TOK_WORD && _ds_tok_is (&s->toks[k - 2], "di"))
        claim->subject = _ds_phrase_dup (s, c + 1, k - 2, TRUE);
      if (claim->subject == NULL)
        claim->subject = _ds_phrase_dup (s, c + 1, k, TRUE);
      /* "UU PDP membagi data pribadi menjadi dua jenis.", "The law
       * sorts personal data into two types.": the class is of what is
       * divided ("jenis data pribadi"), not of the title. */
      if ((k == c + 2 || (k == c + 3 && (_ds_phrase_at (ctx, s, c + 1, PL_LISTS_HEAD_SIZE) == 1 ||
                                         _ds_phrase_at (ctx, s, c + 2, PL_LISTS_HEAD_SIZE) == 1))) &&
          vague == 0)
        {
          char *divided = _ds_division_subject (ctx, s, c);

          if (divided != NULL)
            {
              g_free (claim->subject);
              claim->subject = divided;
              claim->form = DS_LIST_FORM_NAMING;
              return TRUE;
            }
        }
      if (k == c + 2 || k == c + 3)
        {
          char *counted = k == c + 2 ? _ds_counted_topic_subject (ctx, claim->subject) : NULL;

          /* ("Terdapat dua kamar." under "Sejarah" of "Uni Benelux".) */
          if (counted == NULL && !owner_verb_before (ctx, s, c))
            counted = _ds_list_title_owned (ctx, claim->subject);
          if (counted != NULL)
            {
              g_free (claim->subject);
              claim->subject = counted;
            }
        }
      claim->form = DS_LIST_FORM_NAMING;
      /* ("The treaty has been amended by three protocols:".) */
      _ds_list_prep_clause_owns (ctx, s, claim, c + 1, k);
      return TRUE;
    }
  return FALSE;
}

/* "Empat di antaranya …:", "Three of them …:": the count refers back to
 * the sentence before, whose object names the list (see counted_back). */
static gboolean
anaphoric_count (const Sent *s)
{
  if (s->n < 3 || !(s->toks[0].flags & W_COUNT))
    return FALSE;
  return _ds_toks_pair_is (s, 1, "di", "antaranya") ||
         _ds_toks_pair_is (s, 1, "of", "them") ||
         _ds_toks_pair_is (s, 1, "of", "these") ||
         _ds_toks_pair_is (s, 1, "among", "them");
}

/* The noun phrase after the first verb of @s, up to a relative clause,
 * preposition or punctuation: "merangkum kewajiban negara yang …" gives
 * "kewajiban negara". */
static char *
object_phrase (const Sent *s)
{
  guint v = 0, k;

  while (v < s->n && !(s->toks[v].type == TOK_WORD && s->toks[v].verb))
    v++;
  /* "drafted many measures", "merangkum berbagai kewajiban" */
  for (v++; v < s->n && (s->toks[v].flags & (W_DET | W_QUANT)) && !(s->toks[v].flags & W_CATEGORY); v++)
    ;
  if (v >= s->n || !_ds_tok_nounish (&s->toks[v]))
    return NULL;
  for (k = v; k < s->n && k < v + 5 && s->toks[k].type == TOK_WORD &&
              _ds_tok_nounish (&s->toks[k]) && !(s->toks[k].flags & W_FUNCTION); k++)
    ;
  if (!_ds_term_usable (s, v, k))
    return NULL;
  return _ds_phrase_dup (s, v, k, TRUE);
}

static gboolean
counted_back (Ctx           *ctx,
              const Sent    *intro,
              const SentRef *context,
              DsClaim       *claim)
{
  Sent before;
  guint count;
  g_autofree char *count_word = NULL;

  if (context == NULL || context->p == NULL)
    return FALSE;
  /* Tokenising the sentence before reuses the intro's token buffer. */
  count = intro->toks[0].value;
  count_word = g_ascii_strdown (intro->toks[0].p, intro->toks[0].len);
  _ds_sent_from_ref (ctx, context, &before);
  claim->subject = object_phrase (&before);
  if (claim->subject == NULL)
    return FALSE;
  claim->stated_count = count;
  claim->count_word = g_steal_pointer (&count_word);
  claim->form = DS_LIST_FORM_NAMING;
  return TRUE;
}

/* "**Key Takeaways**", "Poin penting:": a label on a line of its own, as
 * a paragraph, heads the bullets under it as a label heading does. */
static gboolean
label_line (Ctx        *ctx,
            const Sent *s,
            DsClaim    *claim)
{
  guint i = 0, e = s->n;

  if (claim->rule != DS_CLAIM_RULE_BLOCKS)
    return FALSE;
  while (i < e && s->toks[i].type == TOK_PUNCT)
    i++;
  while (e > i && s->toks[e - 1].type == TOK_PUNCT)
    e--;
  return i < e && label_heading (ctx, s, i, e, claim);
}

/* The actors of "We recommend that ECOWAS member states:", "Kami
 * mendorong pemerintah daerah untuk:": the noun phrase after the verb and
 * "that" ("agar", "kepada"), or before "to" ("untuk"), up to the colon;
 * none in "We recommend that:". */
static gboolean
advice_actors (Ctx        *ctx,
               const Sent *s,
               guint       colon,
               DsClaim    *claim)
{
  for (guint v = 0; v + 1 < colon; v++)
    {
      guint n = _ds_phrase_at (ctx, s, v, PL_ADVICE_VERB);
      guint a = v + n, b = colon;

      gboolean that, to;

      if (n == 0)
        continue;
      that = a < b && ((s->toks[a].flags & (W_THAT | W_PREP | W_CONJ)) ||
                       _ds_phrase_at (ctx, s, a, PL_ADVICE_THAT) == 1);
      a += that;
      to = b > a + 1 && (_ds_tok_is (&s->toks[b - 1], "to") || _ds_tok_is (&s->toks[b - 1], "untuk"));
      b -= to;
      /* "We recommend that:", "recommends the following measures:",
       * "merekomendasikan hal-hal berikut:": what, not whom. */
      if ((that && a == b) || (!to && b > a && (_ds_tok_is (&s->toks[b - 1], "berikut") ||
                                                _ds_tok_is (&s->toks[a], "following") ||
                                                (a + 1 < b && _ds_tok_is (&s->toks[a + 1], "following")))))
        return TRUE;
      /* "recommends the following measures:": the object is the advice,
       * not who is to follow it. "states" may read as a verb; only the
       * first word may not. */
      if (!(that || to) || a >= b || s->toks[a].verb)
        return FALSE;
      /* "We recommend that the Government of Indonesia, and like-minded
       * middle powers:": whom the advice is for, too long or broken by
       * punctuation to ask by ("What are the middle powers?" took its
       * last words), is left out: the list is what the text recommends. */
      for (guint k = a; k < b; k++)
        if (s->toks[k].type != TOK_WORD)
          return TRUE;
      if (b - a > 6 || !_ds_term_usable (s, a + (_ds_tok_is_article (&s->toks[a]) && a + 1 < b), b))
        return TRUE;
      claim->subject = _ds_phrase_dup (s, a, b, TRUE);
      return TRUE;
    }
  return FALSE;
}

/* "Pemerintah perlu:", "Regional bodies should:": the actors open the
 * clause, the modal ends it. */
static gboolean
advice_modal (Ctx        *ctx,
              const Sent *s,
              guint       colon,
              DsClaim    *claim)
{
  guint m, n = 0, start, end;

  for (m = colon; m > 0 && n == 0; m--)
    n = _ds_phrase_at (ctx, s, m - 1, PL_ADVICE_MODAL);
  if (n == 0 || m + n != colon || m == 0)
    return FALSE;
  start = _ds_np_start (s, 0, m, &end);
  if (start != _ds_clause_start (s, start) || end != m || end - start > 6 || !_ds_term_usable (s, start, end))
    return FALSE;
  claim->subject = _ds_phrase_dup (s, start, end, TRUE);
  claim->lead = _ds_toks_dup (s, m, colon);
  return TRUE;
}

/* An intro that ends in a colon after an actor and a verb of advice or a
 * modal: its list is what the actors are to do, whatever the items
 * count. */
static gboolean
advice_intro (Ctx        *ctx,
              const Sent *s,
              DsClaim    *claim)
{
  guint colon = s->n;

  while (colon > 0 && s->toks[colon - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[colon - 1], ':'))
    colon--;
  if (colon == 0 || !_ds_tok_is_punct (&s->toks[colon - 1], ':'))
    return FALSE;
  colon--;
  if (!advice_actors (ctx, s, colon, claim) && !advice_modal (ctx, s, colon, claim))
    return FALSE;
  claim->form = DS_LIST_FORM_ADVICE;
  g_free (claim->cue);
  claim->cue = g_strdup (":");
  return TRUE;
}

/* The sentence before a list introduces it: "Fungsi diplomasi meliputi:",
 * "Ada empat fungsi utama diplomasi:", "Berikut lima langkah …". */
static void
describe_by_intro (Ctx           *ctx,
                   const SentRef *ref,
                   DsClaim       *claim,
                   const SentRef *context)
{
  Sent intro;
  guint cue;

  /* (Read without its asides: "The panel has, in my view, two
   * weaknesses:" names the panel's weaknesses.) */
  _ds_sent_from_ref_plain (ctx, ref, &intro);
  if (label_line (ctx, &intro, claim) || advice_intro (ctx, &intro, claim))
    return;
  if (anaphoric_count (&intro))
    {
      if (counted_back (ctx, &intro, context, claim))
        return;
      _ds_sent_from_ref_plain (ctx, ref, &intro);
    }
  if (counted_phrase (ctx, &intro, claim))
    return;
  cue = intro.n;
  while (cue > 0 && intro.toks[cue - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&intro.toks[cue - 1], ':'))
    cue--;
  g_free (claim->cue);
  claim->cue = g_strdup (cue > 0 && _ds_tok_is_punct (&intro.toks[cue - 1], ':') ? ":" : "");
  _ds_list_describe (ctx, &intro, claim, cue, cue, DS_LIST_FORM_NAMING, FALSE, context);
  /* "Much of the credit goes to the bodies that did the work." over
   * lines of names: an intro that announces nothing (no count, no colon)
   * and whose phrase is an English singular ("the work") does not say
   * what the lines are; "What are the work?" is no question. */
  if (ctx->english && claim->rule == DS_CLAIM_RULE_BLOCKS && claim->subject != NULL && claim->stated_count == 0 && cue > 0 &&
      !_ds_tok_is_punct (&intro.toks[cue - 1], ':') && claim->form == DS_LIST_FORM_NAMING)
    {
      const char *subject = claim->subject;
      gsize head = strcspn (subject, " ");

      /* (The head of "work in “Ocean governance”" or "needs of members"
       * is its first word when a preposition follows; else the last.) */
      if (strstr (subject, " ") == NULL || g_str_has_prefix (subject + head, " in ") ||
          g_str_has_prefix (subject + head, " of "))
        {
          if (head > 0 && subject[head - 1] != 's')
            {
              claim->form = DS_LIST_FORM_NONE;
              g_clear_pointer (&claim->subject, g_free);
            }
        }
    }
  if (claim->form == DS_LIST_FORM_NONE)
    g_clear_pointer (&claim->lead, g_free);
}

/* Names the list by its intro, or else by its heading; FALSE when neither
 * says what it is. */
/* "tiga fungsi yang paling sering disebut" under "Fungsi Misi Diplomatik":
 * the heading names the same thing, better. */
static gboolean
heading_names (Ctx        *ctx,
               guint       heading,
               const char *subject)
{
  const char *text = heading == G_MAXUINT ? ctx->title : NULL;
  g_autofree char *owned = NULL;
  g_autofree char *first = NULL;
  g_autofree char *folded = NULL;

  if (subject == NULL)
    return FALSE;
  if (text == NULL)
    text = owned = ds_essay_dup_block_content (ctx->essay, heading);
  first = g_strndup (subject, strcspn (subject, " "));
  folded = ds_utf8_strdown (text, -1);
  return g_str_has_prefix (folded, first) || strstr (folded, first) != NULL;
}

/* Whether the intro announces its list: a count, a colon, "berikut". */
static gboolean
announces (const DsClaim *claim)
{
  return claim->stated_count > 0 || g_strcmp0 (claim->cue, ":") == 0;
}

/* "Analysts identify several.", "Ada beberapa.": the intro ends on a
 * quantity with no noun after it, so only the heading says what the
 * list is of. */
static gboolean
intro_headless (Ctx           *ctx,
                const SentRef *ref)
{
  Sent intro;
  guint last;

  _ds_sent_from_ref (ctx, ref, &intro);
  last = intro.n;
  while (last > 0 && intro.toks[last - 1].type == TOK_PUNCT)
    last--;
  /* "Kritik terhadap indeks ini cukup banyak.": a quantity said of a
   * subject (phrase list lists_quantity_predicate) has its head. */
  if (last > 2 && _ds_phrase_at (ctx, &intro, last - 1, PL_LISTS_QUANTITY_PREDICATE) == 1)
    {
      guint k = last - 1;

      while (k > 0 && intro.toks[k - 1].type == TOK_WORD &&
             (intro.toks[k - 1].flags & (W_ADV | W_AUX | W_CUE_DEF)) && !_ds_tok_nounish (&intro.toks[k - 1]))
        k--;
      if (k > 0 && intro.toks[k - 1].type == TOK_WORD && k - 1 > _ds_clause_start (&intro, k - 1) &&
          (_ds_tok_nounish (&intro.toks[k - 1]) || (intro.toks[k - 1].flags & W_ANAPHOR)))
        return FALSE;
    }
  return last > 0 && (intro.toks[last - 1].flags & (W_DET | W_QUANT | W_COUNT)) &&
         !_ds_tok_is (&intro.toks[last - 1], "berikut") && !_ds_tok_is (&intro.toks[last - 1], "following");
}

/* "Ada tiga alasan (utama)." under "Mengapa diplomasi siber penting?":
 * the intro counts reasons, the heading says what they are reasons for;
 * the subject becomes "alasan diplomasi siber penting", the count stays. */
static void
reasons_from_heading (Ctx     *ctx,
                      DsClaim *claim,
                      guint    heading)
{
  const char *template = ds_lang_get_template (ctx->lang, "reasons_why");
  g_autofree char *subject = NULL;
  DsClaimKind kind = claim->kind;

  /* (The subject is the template's first word and one more word at
   * most: "alasan", "alasan utama".) */
  if (heading == G_MAXUINT || claim->subject == NULL || template == NULL ||
      ds_ascii_strncasecmp (claim->subject, template, strcspn (template, " ")) != 0 ||
      (strlen (claim->subject) > strcspn (template, " ") &&
       strchr (claim->subject + strcspn (template, " ") + 1, ' ') != NULL))
    return;
  subject = g_steal_pointer (&claim->subject);
  if (!describe_by_heading (ctx, heading, claim) || claim->subject == NULL ||
      ds_ascii_strncasecmp (claim->subject, template, strcspn (template, " ")) != 0)
    {
      g_free (claim->subject);
      claim->subject = g_steal_pointer (&subject);
      claim->kind = kind;
    }
  claim->form = DS_LIST_FORM_NAMING;
}

/* "Ada tiga alasan mengapa interkoneksi pembayaran bernilai strategis
 * bagi Indonesia:", "There are three reasons why small states court the
 * tech giants:": the intro counts reasons and says, after "mengapa" or
 * "why", what they are reasons for; the list is asked by that clause
 * (template reasons_why), whatever the heading above says. TRUE when
 * @claim's subject, the bare reason noun, was so named. */
static gboolean
reasons_why_intro (Ctx           *ctx,
                   const SentRef *ref,
                   DsClaim       *claim)
{
  const char *template = ds_lang_get_template (ctx->lang, "reasons_why");
  gsize noun = template != NULL ? strcspn (template, " ") : 0;
  g_autofree char *clause = NULL;
  Sent intro;
  guint e, k;

  if (noun == 0 || claim->subject == NULL || strlen (claim->subject) != noun ||
      ds_ascii_strncasecmp (claim->subject, template, noun) != 0)
    return FALSE;
  _ds_sent_from_ref (ctx, ref, &intro);
  e = _ds_body_end (&intro);
  while (e > 0 && intro.toks[e - 1].type == TOK_PUNCT)
    e--;
  for (k = 1; k + 2 < e; k++)
    if ((_ds_tok_is (&intro.toks[k], "mengapa") || _ds_tok_is (&intro.toks[k], "kenapa") ||
         _ds_tok_is (&intro.toks[k], "why")) &&
        intro.toks[k - 1].type == TOK_WORD && intro.toks[k - 1].len == noun &&
        ds_ascii_strncasecmp (intro.toks[k - 1].p, template, noun) == 0)
      break;
  if (k + 2 >= e || (intro.toks[k + 1].flags & (W_PRONOUN | W_ANAPHOR)))
    return FALSE;
  for (guint j = k + 1; j < e; j++)
    if (intro.toks[j].type == TOK_PUNCT && !_ds_tok_is_punct (&intro.toks[j], '-'))
      return FALSE;
  clause = _ds_phrase_dup (&intro, k + 1, e, TRUE);
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "reasons_why", "clause", clause, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  return TRUE;
}

static gboolean view_reasons_intro (Ctx           *ctx,
                                    const SentRef *ref,
                                    DsClaim       *claim);

/* "**Summary**", "Ringkasan:": a summary label on a line of its own (as
 * label_line() reads it), which heads its bullets and names no list. */
static gboolean
summary_label_line (Ctx           *ctx,
                    const SentRef *ref)
{
  Sent s;
  guint i = 0, e, n;

  _ds_sent_from_ref_plain (ctx, ref, &s);
  e = s.n;
  while (i < e && s.toks[i].type == TOK_PUNCT)
    i++;
  while (e > i && s.toks[e - 1].type == TOK_PUNCT)
    e--;
  n = i < e ? _ds_phrase_at (ctx, &s, i, PL_LIST_LABEL_SUMMARY) : 0;
  return n > 0 && i + n == e;
}

/* Names the list by its intro, or else by its heading (@heading G_MAXUINT:
 * the title; @use_heading FALSE: none). Sub-headings are named by their
 * heading unless the intro announces them. FALSE when nothing says what
 * the list is. */
static gboolean
describe_list (Ctx           *ctx,
               DsClaim       *claim,
               const SentRef *intro,
               guint          heading,
               gboolean       use_heading)
{
  ctx->list_owner_dangles = FALSE;
  if (intro != NULL && intro->p != NULL)
    {
      describe_by_intro (ctx, intro, claim, &ctx->prev2);
      /* (An intro whose owner points at nothing: no list, and the
       * heading is no owner of it.) */
      if (ctx->list_owner_dangles)
        return FALSE;
      /* (Its bullets are no list of the heading above it either.) */
      if (claim->rule == DS_CLAIM_RULE_BLOCKS && claim->subject == NULL && claim->form == DS_LIST_FORM_NONE &&
          summary_label_line (ctx, intro))
        return FALSE;
      if ((claim->subject != NULL ||
           (claim->form == DS_LIST_FORM_COMPLETE && claim->lead != NULL &&
            !(use_heading && intro_headless (ctx, intro)))) &&
          (claim->rule != DS_CLAIM_RULE_SUBHEADINGS ||
           (announces (claim) && !heading_names (ctx, heading, claim->subject))))
        {
          if (!view_reasons_intro (ctx, intro, claim) && !reasons_why_intro (ctx, intro, claim) && use_heading)
            reasons_from_heading (ctx, claim, heading);
          return TRUE;
        }
    }
  if (use_heading && (claim->subject == NULL || claim->rule == DS_CLAIM_RULE_SUBHEADINGS))
    {
      guint count = claim->stated_count;
      g_autofree char *count_word = g_steal_pointer (&claim->count_word);
      g_autofree char *subject = g_steal_pointer (&claim->subject);

      g_clear_pointer (&claim->lead, g_free);
      claim->form = DS_LIST_FORM_NONE;
      if (describe_by_heading (ctx, heading, claim))
        {
          if (claim->stated_count == 0 && count > 0)
            claim->stated_count = count, claim->count_word = g_steal_pointer (&count_word);
          return TRUE;
        }
      /* A heading that did not name the list counts nothing either. */
      claim->stated_count = count;
      g_free (claim->count_word);
      claim->count_word = g_steal_pointer (&count_word);
      claim->subject = g_steal_pointer (&subject);
      claim->form = claim->subject != NULL ? DS_LIST_FORM_NAMING : DS_LIST_FORM_NONE;
    }
  return claim->form != DS_LIST_FORM_NONE;
}

/* ------------------------------------------------------------------ */
/* Bullet and numbered lines                                           */

/* Lines that each gloss a term are a list of those terms only when
 * something counts them or opens them with a colon ("Tiga prinsip hukum
 * laut:"); a sentence that merely stands before a glossary ("Negara pantai
 * berhak mengelola sumber dayanya.") names nothing. */
static gboolean
names_glossary (const DsClaim *claim,
                const SentRef *intro)
{
  const char *end = intro != NULL ? intro->end : NULL;

  if (claim->stated_count > 0 || intro == NULL)
    return TRUE;
  while (end > intro->p && g_ascii_isspace (end[-1]))
    end--;
  return end > intro->p && end[-1] == ':';
}

/* "## Jenis serangan", "**Types of attack**" over lines that each gloss
 * a kind ("- Phishing → …", "- Worm: …"): the heading or the short line
 * before them names the kinds, their list as well as each gloss. */
static gboolean
intro_names_kinds (Ctx           *ctx,
                   const SentRef *intro,
                   guint          heading)
{
  g_autofree char *text = NULL;

  if (intro == NULL)
    return heading != G_MAXUINT && ctx->topic != NULL && names_kinds (ctx, ctx->topic);
  if (intro->end - intro->p > 80)
    return FALSE;
  text = g_strndup (intro->p, intro->end - intro->p);
  return names_kinds (ctx, text);
}

/* "Glossary", "Istilah penting", "Key terms": a heading over a glossary
 * names no list of its terms either. */
static gboolean
glossary_heading (Ctx   *ctx,
                  guint  heading)
{
  g_autofree char *folded = NULL;

  if (heading == G_MAXUINT)
    return FALSE;
  folded = ds_words_fold (ctx->topic, DS_FOLD_STRIP_MARKS);
  return g_strv_contains (ds_lang_get_phrases (ctx->lang, "glossary_heading"), folded);
}

/* Whether a detail line opens with what its item does: a verb
 * ("mengoordinasikan …"), or in English a lower-case word in "-s"
 * ("coordinates …"). */
static gboolean
detail_is_action (Ctx        *ctx,
                  const Sent *line)
{
  const Tok *t = &line->toks[0];

  if (line->n < 2 || t->type != TOK_WORD || t->cap || (t->flags & W_FUNCTION))
    return FALSE;
  return t->verb || (ctx->english && t->len > 3 && t->p[t->len - 1] == 's' && !(t->flags & W_NOUN));
}

/* "founded 1948", "seated in Budapest", "dibentuk 1985", "berkedudukan
 * di Wina": a detail line that says what became of its item or where it
 * is, not what it does. */
static gboolean
detail_is_state (Ctx        *ctx,
                 const Sent *line)
{
  const Tok *t = &line->toks[0];

  if (line->n < 2 || t->type != TOK_WORD || t->cap || t->len < 5)
    return FALSE;
  if (ctx->english)
    return ds_ascii_strncasecmp (t->p + t->len - 2, "ed", 2) == 0 && !(t->flags & W_NOUN);
  return t->verb && (ds_ascii_strncasecmp (t->p, "di", 2) == 0 ||
                     (ds_ascii_strncasecmp (t->p, "ber", 3) == 0 && (line->toks[1].flags & W_PREP)));
}

/* Tokens a detail line takes at most; a longer one, when its year
 * comes early. */
#define DETAIL_FACT_MAX_TOKENS 8
#define DETAIL_FACT_LONG_TOKENS 20

/* A detail line "founded 1948", "dibentuk pada 1985", "seated in
 * Budapest", "berkedudukan di Wina" under the item @name: a fact of the
 * item, "When was the Danube Commission founded?", "Di mana Komisi
 * Danube berkedudukan?". */
static void
detail_fact (Ctx        *ctx,
             Sent       *line,
             const char *name)
{
  guint e = _ds_body_end (line), k = 1, a;
  gboolean place;
  DsClaim *claim;
  g_autofree char *verb = NULL;

  while (e > 0 && line->toks[e - 1].type == TOK_PUNCT)
    e--;
  /* "founded in 2009 by Brazil, Russia, India and China", "dihidupkan
   * lagi pada 2017 setelah …": a year early in a longer line, then a
   * function word, is the date the line gives; what follows is said of the
   * event, not asked here. */
  if (e > DETAIL_FACT_MAX_TOKENS && e <= DETAIL_FACT_LONG_TOKENS)
    for (guint y = 2; y < DETAIL_FACT_MAX_TOKENS && y + 1 < e; y++)
      if (_ds_tok_is_year (&line->toks[y]) && (line->toks[y + 1].flags & W_FUNCTION) && (line->toks[y - 1].flags & (W_PREP | W_MONTH)))
        {
          e = y + 1;
          break;
        }
  if (e < 2 || e > DETAIL_FACT_MAX_TOKENS || !detail_is_state (ctx, line))
    return;
  place = (line->toks[k].flags & W_PREP) && !_ds_tok_is (&line->toks[k], "by") &&
          !_ds_tok_is (&line->toks[k], "oleh");
  if ((line->toks[k].flags & W_PREP) || _ds_tok_is (&line->toks[k], "tahun"))
    k++;
  if (k < e && _ds_tok_is (&line->toks[k], "tahun"))
    k++;
  if (k >= e)
    return;
  a = k;
  /* "1948", "12 June 1948", "Juni 1985": a date that ends the line. */
  while (k + 1 < e && ((line->toks[k].type == TOK_NUMBER && line->toks[k].len <= 2) || (line->toks[k].flags & W_MONTH)))
    k++;
  if (k + 1 == e && line->toks[k].type == TOK_NUMBER && line->toks[k].len == 4 &&
      (line->toks[k].p[0] == '1' || line->toks[k].p[0] == '2'))
    place = FALSE;
  else if (place && a > 1 && line->toks[a].cap && line->toks[a].type == TOK_WORD)
    {
      for (k = a; k < e; k++)
        if (line->toks[k].type != TOK_WORD || !line->toks[k].cap)
          return;
    }
  else
    return;
  verb = _ds_toks_dup (line, 0, 1);
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_DATE, a, e);
  claim->question = ds_lang_expand (ctx->lang, place ? "question_where" : "question_when",
                                    "aux", place ? "is" : "was", "subject", name, "verb", verb, NULL);
  _ds_toks_mark_used (line, a, e);
  _ds_claim_commit (ctx, claim);
}

/* "### 2. Forum Regional ASEAN (ARF)" over "- *Langkah bertahap*:" over
 * "  - pembangunan kepercayaan" …: notes read as a tree, a top-level
 * line's label is owned by the name the nearest heading above it names
 * by an acronym (or the notes' title does, section_label_name()); NULL
 * where none does or the line is nested deeper. */
static const char *
tree_owner (Ctx   *ctx,
            guint  parent)
{
  if (ds_essay_get_block (ctx->essay, parent)->level != 1)
    return NULL;
  return _ds_level_owner (ctx, ctx->label_level + 1);
}

/* @subject (taken) owned by the tree's owner of the line @parent, when
 * the subject is a common phrase that names none: "pilar kerja APEC",
 * "working groups of the GFCE" (_ds_level_owned()). */
static char *
tree_owned (Ctx   *ctx,
            guint  parent,
            char  *subject)
{
  char *owned;

  if (subject == NULL || ds_essay_get_block (ctx->essay, parent)->level != 1 ||
      (owned = _ds_level_owned (ctx, ctx->label_level + 1, subject)) == NULL)
    return subject;
  g_free (subject);
  return owned;
}

/* Words a sub-bullet named as an item of its group may hold. */
#define GROUP_ITEM_MAX_WORDS 8

/* "international radio services", "beasiswa mahasiswa": a sub-bullet
 * that names a thing, a short noun phrase with no verb to open it, no
 * label of its own and no full sentence. */
static gboolean
group_item (Ctx        *ctx,
            const Sent *line)
{
  guint e = _ds_body_end (line), words = _ds_count_words (line, 0, e);

  if (e == 0 || words == 0 || words > GROUP_ITEM_MAX_WORDS || line->toks[0].type != TOK_WORD ||
      line->toks[0].verb || (line->toks[0].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)) ||
      detail_is_action (ctx, line) || detail_is_state (ctx, line) || line->has_digit)
    return FALSE;
  for (guint k = 0; k < e; k++)
    if (head_separator (&line->toks[k]) || _ds_tok_is_punct (&line->toks[k], '.') ||
        _ds_tok_is_punct (&line->toks[k], ';') ||
        /* "film festivals", "beasiswa mahasiswa": two words of a name. */
        (e < 3 && (line->toks[k].type != TOK_WORD || line->toks[k].verb ||
                   (line->toks[k].flags & (W_FUNCTION | W_PRONOUN | W_ANAPHOR)))))
      return FALSE;
  return e < 3 || _ds_gloss_from (ctx, line, 0);
}

/* "- Broadcasting" over "  - international radio services" "  -
 * satellite television channels": the item names a group, the lines one
 * level down its members, asked "Name the examples of broadcasting
 * given in the essay." The item is a bare name (no gloss after it) and
 * each line below a short noun phrase (group_item()). *@subject is
 * taken when the claim is made. */
static gboolean
item_group (Ctx    *ctx,
            guint   parent,
            guint   first,
            guint   last,
            char  **subject)
{
  DsClaim *claim;
  Sent line;
  guint a, b;

  for (guint i = first; i < last; i++)
    {
      block_sent (ctx, i, &line);
      if (!group_item (ctx, &line))
        return FALSE;
    }
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, parent)->start;
  for (guint i = first; i < last; i++)
    {
      guint e;

      block_sent (ctx, i, &line);
      e = _ds_body_end (&line);
      _ds_claim_add_item (claim, &line, line.toks[0].p, line.toks[e - 1].p + line.toks[e - 1].len);
    }
  /* "Broadcasting": the item's capital is its line's, not a name's. */
  block_sent (ctx, parent, &line);
  if (item_key (ctx, &line, &a, &b))
    {
      g_free (*subject);
      *subject = _ds_phrase_dup (&line, a, b, TRUE);
    }
  claim->subject = g_steal_pointer (subject);
  claim->form = DS_LIST_FORM_EXAMPLES;
  /* "- *Langkah bertahap*:" under "### Forum Regional ASEAN (ARF)": a
   * label that its colon sets over the lines names their list, of the
   * name the heading is ("Apa saja langkah bertahap Forum Regional
   * ASEAN?"), no examples of the essay's. */
  {
    const char *q = line.end;

    while (q > line.p && (q[-1] == ' ' || q[-1] == '*' || q[-1] == '_'))
      q--;
    if (q > line.p && q[-1] == ':' && tree_owner (ctx, parent) != NULL)
      {
        char *owned = tree_owned (ctx, parent, g_strdup (claim->subject));

        if (g_strcmp0 (owned, claim->subject) != 0)
          {
            g_free (claim->subject);
            claim->subject = owned;
            claim->form = DS_LIST_FORM_NAMING;
          }
        else
          g_free (owned);
      }
  }
  claim->cue = g_strdup ("");
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* "- Key thinkers" over "  - Stanley Hoffmann" "  - Andrew Moravcsik":
 * the names one level down, asked as people_line() asks a line of them;
 * no card when a line is no name. */
static void
people_group (Ctx        *ctx,
              const Sent *label,
              guint       a,
              guint       b,
              guint       parent,
              guint       first,
              guint       last)
{
  g_autofree char *subject = people_subject (ctx, label, a, b);
  DsClaim *claim;
  Sent line;

  if (subject == NULL)
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, parent)->start;
  for (guint i = first; i < last; i++)
    {
      guint e, k, words = 0;

      block_sent (ctx, i, &line);
      for (e = _ds_body_end (&line); e > 0 && line.toks[e - 1].type == TOK_PUNCT; e--)
        ;
      for (k = 0; k < e && name_tok (&line, k, 0, e); k++)
        words += line.toks[k].type == TOK_WORD;
      if (e == 0 || k != e || words == 0 || words > 4 ||
          ds_essay_get_block (ctx->essay, i)->level != ds_essay_get_block (ctx->essay, first)->level)
        {
          ds_claim_unref (claim);
          return;
        }
      _ds_claim_add_item (claim, &line, line.toks[0].p, line.toks[e - 1].p + line.toks[e - 1].len);
    }
  claim->subject = g_steal_pointer (&subject);
  claim->form = DS_LIST_FORM_PEOPLE;
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
}

/* Adds line @i, one level down under a label, to @claim as an item,
 * without its closing punctuation; FALSE when it is no such item (longer
 * than an item, or at another level than line @first). */
static gboolean
add_sub_line (Ctx     *ctx,
              DsClaim *claim,
              guint    i,
              guint    first)
{
  Sent line;
  guint e;

  block_sent (ctx, i, &line);
  for (e = _ds_body_end (&line); e > 0 && line.toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line.toks[e - 1], ')'); e--)
    ;
  if (e == 0 || _ds_count_words (&line, 0, e) > ITEM_MAX_WORDS ||
      ds_essay_get_block (ctx->essay, i)->level != ds_essay_get_block (ctx->essay, first)->level)
    return FALSE;
  _ds_claim_add_item (claim, &line, line.toks[0].p, line.toks[e - 1].p + line.toks[e - 1].len);
  return TRUE;
}

/* The list named @subject (taken) of the lines [@first, @last) one level
 * under the line @parent, a claim that stands where @parent does; none
 * when a line is no item. */
static void
commit_sub_lines (Ctx   *ctx,
                  guint  parent,
                  guint  first,
                  guint  last,
                  char  *subject)
{
  DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);

  claim->start = ds_essay_get_block (ctx->essay, parent)->start;
  claim->subject = subject;
  for (guint i = first; i < last; i++)
    if (!add_sub_line (ctx, claim, i, first))
      {
        ds_claim_unref (claim);
        return;
      }
  claim->form = DS_LIST_FORM_NAMING;
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
}

/* Tokens a label over sub-bullets takes at most ("Goals of cyber
 * diplomacy in ASEAN"). */
#define ASPECT_LABEL_MAX_TOKENS 7

/* Whether the item [@a, @b), the whole of @line, is a label that opens
 * on what of a notion a list names (a word of heading_aspect: "Types",
 * "Jenis-jenis", "Fungsi diplomasi siber", "Tujuan serangan siber",
 * "Goals of confidence-building measures"): *@bare when it is that word
 * alone. */
static gboolean
aspect_label (Ctx        *ctx,
              const Sent *line,
              guint       a,
              guint       b,
              gboolean   *bare)
{
  guint n;

  while (b > a && line->toks[b - 1].type == TOK_PUNCT)
    b--;
  if (b <= a || b - a > ASPECT_LABEL_MAX_TOKENS || (n = _ds_phrase_at (ctx, line, a, PL_HEADING_ASPECT)) == 0)
    return FALSE;
  for (guint k = a; k < b; k++)
    if (line->toks[k].type == TOK_NUMBER || line->toks[k].verb || (line->toks[k].flags & (W_COUNT | W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  *bare = a + n == b;
  return TRUE;
}

/* "- Fungsi diplomasi siber:" over "  - membangun norma …", "- Types:"
 * over "  - hotlines between national CERTs" under "Confidence-building
 * measures": a label of a notion's aspect (aspect_label()) names the
 * list of the lines one level down — the label's own ("Apa saja fungsi
 * diplomasi siber?"), or, when it is the aspect word alone, the
 * heading's ("What are the types of confidence-building measures?").
 * Its lines are no actions of an actor the label would be. TRUE when
 * the item is such a label, with a card or none. */
static gboolean
aspect_group (Ctx        *ctx,
              const Sent *line,
              guint       a,
              guint       b,
              guint       parent,
              guint       first,
              guint       last)
{
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;
  gboolean bare;

  if (!aspect_label (ctx, line, a, b, &bare))
    return FALSE;
  while (b > a && line->toks[b - 1].type == TOK_PUNCT)
    b--;
  if (last - first < 2 || (bare && (ctx->topic == NULL || ctx->topic_block == G_MAXUINT || generic_heading (line))))
    return TRUE;
  label = _ds_phrase_dup (line, a, b, TRUE);
  if (bare)
    {
      owner = _ds_heading_phrase (ctx, ctx->topic, NULL);
      if (owner == NULL || *owner == '\0')
        return TRUE;
    }
  commit_sub_lines (ctx, parent, first, last,
                    bare ? ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL)
                         : g_steal_pointer (&label));
  return TRUE;
}

/* "- Core assumptions" over "  - states seek power — …" "  - navies
 * are tools of the state", "- Asumsi dasar" over lines under the
 * heading "Fungsionalisme": a handout's label (the phrase list
 * handout_label) whose lines one level down are what it names, of the
 * heading's notion: "What are the core assumptions of realism at sea?",
 * "Apa saja asumsi dasar fungsionalisme?". Who the thinkers are (the
 * phrase list handout_people_label) is asked by no such question. TRUE
 * when the item is such a label, with a card or none. */
static gboolean
label_group (Ctx   *ctx,
             guint  parent,
             guint  first,
             guint  last)
{
  Sent line;
  guint a, b;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;

  block_sent (ctx, parent, &line);
  if (!item_key (ctx, &line, &a, &b) || b != _ds_body_end (&line))
    return FALSE;
  if (_ds_phrase_at (ctx, &line, a, PL_HANDOUT_LABEL) != b - a)
    return aspect_group (ctx, &line, a, b, parent, first, last);
  if (last - first < 2 || ctx->topic == NULL || ctx->topic_block == G_MAXUINT || generic_heading (&line))
    return TRUE;
  if (_ds_phrase_at (ctx, &line, a, PL_HANDOUT_PEOPLE_LABEL) == b - a)
    {
      people_group (ctx, &line, a, b, parent, first, last);
      return TRUE;
    }
  label = _ds_phrase_dup (&line, a, b, TRUE);
  owner = _ds_heading_phrase (ctx, ctx->topic, NULL);
  if (owner == NULL || *owner == '\0')
    return TRUE;
  commit_sub_lines (ctx, parent, first, last, ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL));
  return TRUE;
}

/* "- Three mechanisms for peace:" over "  - trade", "  - democracy",
 * "  - international institutions"; "- Tiga cabang yang sering ditanya:"
 * over its three lines: a line that is only a count, what it counts and a
 * colon names the list of the lines one level down, as many as it
 * counts ("What are the three mechanisms for peace?"). TRUE when a claim
 * was made. */
static gboolean
counted_group (Ctx   *ctx,
               guint  parent,
               guint  first,
               guint  last)
{
  Sent line;
  guint i = 0, e, n;
  DsClaim *claim;

  block_sent (ctx, parent, &line);
  e = _ds_body_end (&line);
  while (i < e && (emphasis (&line.toks[i]) || line.toks[i].type == TOK_PUNCT))
    i++;
  {
    const char *q = line.end;

    /* (The line's own text ends on the colon, emphasis aside.) */
    while (q > line.p && (q[-1] == ' ' || q[-1] == '*' || q[-1] == '_'))
      q--;
    if (q == line.p || q[-1] != ':')
      return FALSE;
  }
  while (e > i && (emphasis (&line.toks[e - 1]) || _ds_tok_is_punct (&line.toks[e - 1], ':')))
    e--;
  if (e < i + 2)
    return FALSE;
  if (line.toks[i].type == TOK_NUMBER)
    n = (guint) g_ascii_strtoull (line.toks[i].p, NULL, 10);
  else if (line.toks[i].type == TOK_WORD && (line.toks[i].flags & W_COUNT))
    n = line.toks[i].value;
  else
    return FALSE;
  /* ("Tiga contoh penerapan yang sering ditanyakan:": what the
   * note-taker adds of them is no part of what they are.) */
  /* (Nor is the note-taker's bracketed aside, "3 tipe (versi TW):",
   * "Three models (lecturer's version):": what it counts is read without
   * it, and a bare "tipe" owns nothing a question can ask of.) */
  for (guint k = i + 2; k < e; k++)
    if ((line.toks[k].flags & W_RELATIVE) || _ds_tok_is_punct (&line.toks[k], '('))
      {
        e = k;
        break;
      }
  /* (What it counts is a noun phrase: "contoh penerapan" too, whose
   * first word _ds_term_usable() takes for a vague one.) */
  if (n < 2 || n != last - first || e - i > 7 || line.toks[i + 1].type != TOK_WORD ||
      (line.toks[i + 1].flags & (W_FUNCTION | W_COUNT | W_ORDINAL | W_PRONOUN | W_ANAPHOR)) ||
      (line.toks[e - 1].flags & (W_PREP | W_CONJ | W_DET | W_RELATIVE)) || _ds_tok_ends_nya (&line.toks[e - 1]))
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, parent)->start;
  claim->subject = tree_owned (ctx, parent, _ds_phrase_dup (&line, i + 1, e, TRUE));
  claim->stated_count = n;
  claim->count_word = count_word_for (ctx, n);
  for (guint k = first; k < last; k++)
    if (!add_sub_line (ctx, claim, k, first))
      {
        ds_claim_unref (claim);
        return FALSE;
      }
  claim->form = DS_LIST_FORM_NAMING;
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* Where a label's value from @body ends: its first sentence, without
 * the marks that close it (a closing bracket stays). */
static guint
value_end (const Sent *line,
           guint       body,
           guint       e)
{
  e = first_sentence_end (line, body, e);
  while (e > body && line->toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&line->toks[e - 1], ')'))
    e--;
  return e;
}

static gboolean aspect_label_body (Ctx        *ctx,
                                   const Sent *line,
                                   char      **label,
                                   guint      *body,
                                   guint      *end);
static void aspect_commit (Ctx        *ctx,
                           const Sent *line,
                           const char *label,
                           const char *owner,
                           guint       body,
                           guint       e);

/* Words a parent line's name takes at most to own its sub-lines'
 * aspects. */
#define PARENT_NAME_MAX_WORDS 5

/* "- **G4**: Brazil, Germany …" over "  - proposal: six new permanent
 * seats …", "- **Kelompok Cairns** (1986) → …" over "  - tujuan: …": an
 * aspect label one level down (note_aspect_label: proposal, demand,
 * motive, usul, tuntutan …) gives that aspect of what the line above
 * names, when its head [@a, @b) is a name (an acronym, a capital past
 * its first word, a name the lexicon knows; a year in brackets after it
 * dropped): "What is the proposal of G4?", "Apa tujuan Kelompok
 * Cairns?". The lines below take their subject from it as a heading's
 * lines do from the heading (aspect_fact()). TRUE when one was asked. */
static gboolean
parent_aspects (Ctx        *ctx,
                const Sent *parent,
                guint       a,
                guint       b,
                guint       first,
                guint       last)
{
  g_autofree char *owner = NULL;
  gboolean named = FALSE, asked = FALSE;
  guint words = 0;

  /* ("**Deklarasi Djuanda, 13 Des 1957** — PM Djuanda", "Tallinn
   * Manual, 2013": a date after a comma is the name's, none of it.) */
  for (guint k = a; k < b; k++)
    if (_ds_tok_is_punct (&parent->toks[k], '(') ||
        (k > a && _ds_tok_is_punct (&parent->toks[k], ',') && _ds_read_date (parent, k + 1, b) > k + 1))
      {
        b = k;
        break;
      }
  while (b > a && (parent->toks[b - 1].type == TOK_PUNCT || emphasis (&parent->toks[b - 1])))
    b--;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &parent->toks[k];

      if (t->type != TOK_WORD && t->type != TOK_NUMBER)
        return FALSE;
      if (t->type == TOK_WORD && !t->cap && !(k > a && (t->flags & W_FUNCTION)))
        return FALSE;
      /* ("G33", "NAMA-11", "P5": a capital and a figure in one word.) */
      named |= _ds_tok_is_acronym (t) || (k > a && t->cap) || _ds_tok_known_name (ctx, t) ||
               (t->type == TOK_WORD && t->cap && word_has_digit (t));
      words++;
    }
  if (!named || words > PARENT_NAME_MAX_WORDS)
    return FALSE;
  owner = _ds_toks_dup (parent, a, b);
  if (ctx->english && b - a >= 2 && !_ds_tok_is_acronym (&parent->toks[a]) && !(parent->toks[a].flags & W_COUNTRY))
    {
      char *the = g_strconcat ("the ", owner, NULL);

      g_free (owner);
      owner = the;
    }
  for (guint i = first; i < last; i++)
    {
      Sent line;
      g_autofree char *label = NULL;
      guint body, e;

      block_sent (ctx, i, &line);
      if (ds_essay_get_block (ctx->essay, i)->level != ds_essay_get_block (ctx->essay, first)->level ||
          !aspect_label_body (ctx, &line, &label, &body, &e) || _ds_count_words (&line, body, e) < 2 ||
          g_strstr_len (owner, -1, label) != NULL)
        continue;
      aspect_commit (ctx, &line, label, owner, body, e);
      asked = TRUE;
    }
  return asked;
}

/* Words a count's value ("2 lembaga", "three principles") takes at
 * most. */
#define COUNT_VALUE_MAX_WORDS 3

/* Whether [@body, @e) of @line is only a count and what it counts ("2
 * lembaga", "three principles"), the count in *@n. */
static gboolean
count_value (const Sent *line,
             guint       body,
             guint       e,
             guint      *n)
{
  const Tok *t;

  if (body + 1 >= e || _ds_count_words (line, body, e) > COUNT_VALUE_MAX_WORDS)
    return FALSE;
  t = &line->toks[body];
  if (t->type == TOK_NUMBER)
    *n = (guint) g_ascii_strtoull (t->p, NULL, 10);
  else if (t->type == TOK_WORD && (t->flags & W_COUNT))
    *n = t->value;
  else
    return FALSE;
  for (guint k = body + 1; k < e; k++)
    if (line->toks[k].type != TOK_WORD || line->toks[k].verb ||
        (line->toks[k].flags & (W_FUNCTION | W_COUNT | W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  return TRUE;
}

/* "- AHA Centre" over "  - mengoordinasikan …" "  - memantau …": the
 * lines one level down say what the item does, "Apa saja yang dilakukan
 * AHA Centre?"; they are no items of the list above. */
static void
item_details (Ctx   *ctx,
              guint  parent,
              guint  first,
              guint  last)
{
  Sent line;
  DsClaim *claim;
  g_autofree char *subject = NULL;
  guint a, b;
  gboolean bare;

  if (label_group (ctx, parent, first, last) || counted_group (ctx, parent, first, last))
    return;
  block_sent (ctx, parent, &line);
  if (!item_key (ctx, &line, &a, &b))
    return;
  /* "- Broadcasting": the item is a name alone, with no gloss. */
  bare = b == _ds_body_end (&line);
  /* ("- main result: two commitments" over its two lines: a label in
   * lower case and a count are no actor whose acts the lines give.) */
  {
    guint e = _ds_body_end (&line), n;

    if (!bare && !line.toks[a].cap && _ds_tok_is_punct (&line.toks[b], ':') &&
        count_value (&line, b + 1, value_end (&line, b + 1, e), &n))
      return;
  }
  /* "The AHA Centre": the question sets its own article. */
  if (a + 1 < b && _ds_tok_is_article (&line.toks[a]))
    a++;
  if (b - a > 10 || !_ds_term_usable (&line, a, b))
    return;
  subject = _ds_toks_dup (&line, a, b);
  if (parent_aspects (ctx, &line, a, b, first, last))
    return;
  /* (The lines below were read into the same token store.) */
  block_sent (ctx, parent, &line);
  /* "1. Danube Commission" over "- founded 1948", "- seated in Budapest":
   * each such line is a fact of its item, asked by the item's name. */
  {
    g_autofree char *name = ctx->english && b - a >= 2 && line.toks[a].cap && !(line.toks[a].flags & W_COUNTRY)
                              ? g_strconcat ("the ", subject, NULL) : g_strdup (subject);
    gboolean states = FALSE;

    for (guint i = first; i < last; i++)
      {
        block_sent (ctx, i, &line);
        if (detail_is_state (ctx, &line))
          {
            states = TRUE;
            detail_fact (ctx, &line, name);
          }
      }
    if (states)
      return;
  }
  if (last - first < 2 || b - a > 6)
    return;
  if (bare && item_group (ctx, parent, first, last, &subject))
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ROLE, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, parent)->start;
  for (guint i = first; i < last; i++)
    {
      guint e;

      block_sent (ctx, i, &line);
      e = _ds_body_end (&line);
      if (!detail_is_action (ctx, &line) || e == 0)
        {
          ds_claim_unref (claim);
          return;
        }
      _ds_claim_add_item (claim, &line, line.toks[0].p, line.toks[e - 1].p + line.toks[e - 1].len);
    }
  claim->subject = g_steal_pointer (&subject);
  claim->form = DS_LIST_FORM_ACTIONS;
  claim->cue = g_strdup ("");
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
}

/* Each item's details, the lines one level below it in [@first, @last). */
/* Words a heading takes at most to own a note's aspect label. */
#define ASPECT_OWNER_MAX_WORDS 6

/* "- Kedudukan: berada di bawah … Presiden" under "BSSN (Badan Siber dan
 * Sandi Negara)", "- Goal: long-term access, mostly espionage" under
 * "Slide 4 — APTs": a label that names an aspect of what the heading
 * names (phrase list note_aspect_label: kedudukan, tugas pokok, goal,
 * legal basis …) is no term its text defines; the text is that aspect
 * of the heading's subject, asked as such (template question_heading_of:
 * "Apa kedudukan BSSN?", "What is the goal of APTs?"). TRUE when the
 * head is such a label, with a card or none. */
/* The label the tokenizer left out of a list line ("- Goal: …" reads
 * "long-term access, …"): the words between the line's start and its
 * first token, tokenized into @h; FALSE when there are none. */
static gboolean
line_prefix_label (Ctx        *ctx,
                   const Sent *line,
                   Sent       *h,
                   char      **text)
{
  const char *start = line->p, *end = line->n > 0 ? line->toks[0].p : line->p;

  while (start > ctx->text && start[-1] != '\n')
    start--;
  while (start < end && (strchr (" \t-*+0123456789.)", *start) != NULL || strncmp (start, "\u2022", 3) == 0))
    start += strncmp (start, "\u2022", 3) == 0 ? 3 : 1;
  if (start >= end)
    return FALSE;
  *text = g_strndup (start, end - start);
  _ds_text_tokenize (ctx, *text, h);
  return h->n > 0;
}

static gboolean
concept_heading (Ctx *ctx)
{
  Sent h;
  guint words = 0;

  if (glossary_heading (ctx, ctx->topic_block))
    return FALSE;
  _ds_text_tokenize (ctx, ctx->topic, &h);
  if (generic_heading (&h))
    return FALSE;
  for (guint k = 0; k < h.n; k++)
    {
      const Tok *t = &h.toks[k];

      if (t->type != TOK_WORD || t->verb || (k > 0 && t->cap) || (t->flags & (W_FUNCTION | W_PRONOUN)) ||
          _ds_phrase_at (ctx, &h, k, PL_NOTE_STUDY_THING) > 0 ||
          _ds_phrase_at (ctx, &h, k, PL_NUMBERED_LABEL) > 0 ||
          _ds_phrase_at (ctx, &h, k, PL_CONCEPT_HEADING_NOT) > 0)
        return FALSE;
      words++;
    }
  return words >= 1 && words <= 4;
}

/* The first token at or after @k before @e that is no emphasis mark. */
static guint
skip_emphasis (const Sent *line,
               guint       k,
               guint       e)
{
  while (k < e && emphasis (&line->toks[k]))
    k++;
  return k;
}

/* The aspect label of @line ("- Kedudukan: …", or "- Goal: …" with its
 * label left out of the line's content, line_prefix_label()): the label
 * in *@label (taken) and the value's tokens [*@body, *@end), its first
 * sentence. FALSE when the line opens on no such label. */
static gboolean
aspect_label_body (Ctx        *ctx,
                   const Sent *line,
                   char      **label,
                   guint      *body,
                   guint      *end)
{
  guint e = _ds_body_end (line), a, n;
  g_autofree char *prefix = NULL;
  Sent h;

  for (a = 0; a < e && (emphasis (&line->toks[a]) || line->toks[a].type == TOK_PUNCT); a++)
    ;
  /* ("- hasil: Prinsip Panduan …": a value that opens on an aspect's
   * word, no separator after it, is the value of the label the line's
   * prefix holds.) */
  if (a < e && (n = _ds_phrase_at (ctx, line, a, PL_NOTE_ASPECT_LABEL)) > 0 &&
      (*body = skip_emphasis (line, a + n, e)) < e && separator_at (line, *body) == 1)
    {
      *label = _ds_phrase_dup (line, a, a + n, TRUE);
      (*body)++;
    }
  else if (line_prefix_label (ctx, line, &h, &prefix))
    {
      guint k = 0;

      while (k < h.n && emphasis (&h.toks[k]))
        k++;
      if (k >= h.n || (n = _ds_phrase_at (ctx, &h, k, PL_NOTE_ASPECT_LABEL)) == 0)
        return FALSE;
      *label = _ds_phrase_dup (&h, k, k + n, TRUE);
      for (k += n; k < h.n && (emphasis (&h.toks[k]) || head_separator (&h.toks[k])); k++)
        ;
      if (k < h.n)
        {
          g_clear_pointer (label, g_free);
          return FALSE;
        }
      *body = 0;
    }
  else
    return FALSE;
  *end = value_end (line, *body, e);
  return TRUE;
}

/* Words a label of an attribute sheet's line takes at most. */
#define SHEET_LABEL_MAX_WORDS 2

/* "- Pendanaan: iuran tahunan …", "- Funding: an equal annual
 * contribution …" among "- Tujuan: …", "- Purpose: …" lines (an
 * attribute sheet, Ctx.attribute_sheet): a label of a word or two,
 * common nouns, and a colon name one more aspect of the heading's
 * subject, no term the line glosses. *@asked is whether the value reads
 * as the aspect's answer: a noun phrase ("iuran tahunan …"), not a
 * clause or a participle ("based in Jakarta since 2019"), which the line
 * keeps to itself. */
static gboolean
sheet_label_body (Ctx        *ctx,
                  const Sent *line,
                  char      **label,
                  guint      *body,
                  guint      *end,
                  gboolean   *asked)
{
  guint e = _ds_body_end (line), a, k;
  const Tok *v;

  for (a = 0; a < e && (emphasis (&line->toks[a]) || line->toks[a].type == TOK_PUNCT); a++)
    ;
  for (k = a; k < e && line->toks[k].type == TOK_WORD; k++)
    if (line->toks[k].verb || (k > a && line->toks[k].cap) ||
        (line->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_COUNT | W_PREP | W_CONJ | W_QUESTION)))
      return FALSE;
  if (k == a || _ds_count_words (line, a, k) > SHEET_LABEL_MAX_WORDS)
    return FALSE;
  for (*body = k; *body < e && emphasis (&line->toks[*body]); (*body)++)
    ;
  if (*body + 1 >= e || !_ds_tok_is_punct (&line->toks[*body], ':'))
    return FALSE;
  (*body)++;
  v = &line->toks[*body];
  *asked = v->type == TOK_WORD && !v->verb &&
           !(v->flags & (W_VERB | W_PREP | W_CONJ | W_PRONOUN | W_ANAPHOR | W_CONNECTIVE | W_ADV | W_AUX | W_QUESTION)) &&
           /* ("rotating every year", "based in Lima": a participle the
            * lexicon does not know.) */
           !(ctx->english && !v->cap && v->len >= 5 &&
             (strncmp (v->p + v->len - 3, "ing", 3) == 0 || strncmp (v->p + v->len - 2, "ed", 2) == 0));
  *label = _ds_phrase_dup (line, a, k, TRUE);
  *end = value_end (line, *body, e);
  return TRUE;
}

static char *heading_aspect_owner (Ctx        *ctx,
                                   const char *label);

/* Whether the level-one lines of the list [@first, @last) are an
 * attribute sheet: two of them or more open on a known aspect's label
 * (aspect_label_body()), and most are a label and its value. */
static gboolean
attribute_sheet (Ctx   *ctx,
                 guint  first,
                 guint  last)
{
  guint known = 0, shaped = 0, lines = 0;
  g_autofree char *owner = heading_aspect_owner (ctx, NULL);

  /* ("- Non-Blok: sikap …" under "# Catatan Kuliah — Konferensi Asia
   * Afrika": a sheet is one of what its heading names; under a heading
   * that owns no aspect its labels are the terms they gloss.) */
  if (owner == NULL)
    return FALSE;
  for (guint i = first; i < last; i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *other = NULL;
      guint body, e;
      gboolean asked;
      Sent line;

      if (ds_essay_get_block (ctx->essay, i)->level > 1)
        continue;
      lines++;
      block_sent (ctx, i, &line);
      if (aspect_label_body (ctx, &line, &label, &body, &e))
        known++, shaped++;
      else if (sheet_label_body (ctx, &line, &other, &body, &e, &asked))
        shaped++;
    }
  return known >= 2 && shaped * 3 >= lines * 2;
}

/* The fact "Apa {label} {owner}?" of @line's value [@body, @e). */
static void
aspect_commit (Ctx        *ctx,
               const Sent *line,
               const char *label,
               const char *owner,
               guint       body,
               guint       e)
{
  g_autofree char *asked = ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL);
  DsClaim *claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_REPORT, body, e);

  /* ("What are the main provisions of …?", "What are the goals of …?":
   * an English label in its plural, not "focus", "status", "process",
   * "legal basis", "analysis".) */
  gboolean plural = _ds_term_plural (ctx, label);

  claim->question = ds_lang_expand (ctx->lang, plural ? "question_heading_of_plural" : "question_heading_of",
                                    "heading", asked, NULL);
  /* ("- durasi: sekitar enam minggu …": the value is asked of its
   * owner; a blank on its figure, "Durasi: sekitar _____ …", would name
   * none. Its names stay free: "(NPT)" is still an alias.) */
  if (_ds_claim_commit (ctx, claim))
    for (guint k = body; k < e; k++)
      if (line->toks[k].type == TOK_NUMBER || (line->toks[k].flags & W_COUNT))
        _ds_toks_mark_used ((Sent *) line, k, k + 1);
}

/* Whether @label (folded) is an aspect only a name's line is asked by
 * (phrase list note_named_aspect_label: hasil, outcome, result …). */
static gboolean
named_aspect_label (Ctx        *ctx,
                    const char *label)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, "note_named_aspect_label");

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (g_ascii_strcasecmp (words[i], label) == 0)
      return TRUE;
  return FALSE;
}

/* Words an owner named right after an aspect's label takes at most. */
#define OWNED_ASPECT_MAX_WORDS 3

/* "- fokus RI: slot orbit, akses adil, …", "- tujuan LBB: menjaga …",
 * "- goal of ASEAN: …": an aspect's label (note_aspect_label) and a name
 * after it (one to three words, each an acronym or a capital; "of"
 * before it in English), then a colon: that aspect of the name, asked
 * "Apa fokus RI?", never a term "fokus RI" the line defines. TRUE when
 * the line is so shaped, with a card or none. */
static gboolean
owned_aspect_fact (Ctx        *ctx,
                   const Sent *line)
{
  guint e = _ds_body_end (line), a = 0, n, k, o;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;

  while (a < e && (emphasis (&line->toks[a]) || line->toks[a].type == TOK_PUNCT))
    a++;
  if (a >= e || line->toks[a].cap || (n = _ds_phrase_at (ctx, line, a, PL_NOTE_ASPECT_LABEL)) == 0)
    return FALSE;
  o = k = a + n;
  if (ctx->english && k < e && _ds_tok_is (&line->toks[k], "of"))
    o = ++k;
  while (k < e && k < o + OWNED_ASPECT_MAX_WORDS && line->toks[k].type == TOK_WORD && line->toks[k].cap &&
         !(line->toks[k].flags & W_FUNCTION))
    k++;
  if (k == o || k >= e || !_ds_tok_is_punct (&line->toks[k], ':') ||
      !(_ds_tok_is_acronym (&line->toks[o]) || _ds_tok_known_name (ctx, &line->toks[o]) ||
        (line->toks[o].flags & W_COUNTRY)))
    return FALSE;
  if (_ds_count_words (line, k + 1, e) < 2)
    return TRUE;
  label = _ds_phrase_dup (line, a, a + n, TRUE);
  owner = _ds_toks_dup (line, o, k);
  aspect_commit (ctx, line, label, owner, k + 1, value_end (line, k + 1, e));
  return TRUE;
}


/* "- hasil: 2 lembaga" over "  - GATT (perdagangan)" "  - ITO (gagal
 * diratifikasi)", "- outcome: two reports" over its two lines: an
 * aspect's value that is only a count and what it counts answers
 * nothing; the lines one level down under line @index are the answer,
 * asked as the aspect's list ("Apa saja hasil Konferensi Jenewa?"),
 * as many as the count says. TRUE when the value is such a count, with a
 * card or none. */
static gboolean
counted_value (Ctx        *ctx,
               const Sent *line,
               guint       index,
               const char *label,
               const char *owner,
               guint       body,
               guint       e)
{
  guint level = ds_essay_get_block (ctx->essay, index)->level, last = index + 1, n;
  g_autofree char *plural = NULL;
  DsClaim *claim;

  if (!count_value (line, body, e, &n))
    return FALSE;
  while (last < ds_essay_get_n_blocks (ctx->essay) && ds_essay_get_block (ctx->essay, last)->level > level)
    last++;
  if (n < 2 || n != last - (index + 1))
    return TRUE;
  /* ("Name the two outcomes of …": an English label is counted in its
   * plural; one whose plural is not a plain ending — "focus", "status",
   * "process" — is asked by no card.) */
  if (ctx->english)
    {
      gsize len = strlen (label);

      if (len < 3 || g_str_has_suffix (label, "ss") || g_str_has_suffix (label, "us") ||
          !g_ascii_isalpha (label[len - 1]))
        return TRUE;
      if (label[len - 1] != 's')
        plural = label[len - 1] == 'y' && strchr ("aeiou", label[len - 2]) == NULL
                   ? g_strdup_printf ("%.*sies", (int) len - 1, label)
                   : g_strconcat (label, "s", NULL);
    }
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, index)->start;
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", plural != NULL ? plural : label, "owner", owner, NULL);
  claim->stated_count = n;
  claim->count_word = count_word_for (ctx, n);
  for (guint k = index + 1; k < last; k++)
    if (!add_sub_line (ctx, claim, k, index + 1))
      {
        ds_claim_unref (claim);
        return TRUE;
      }
  claim->form = DS_LIST_FORM_NAMING;
  claim_spans_lines (ctx, claim, last);
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* Words an infobox line's label takes at most. */
#define INFOBOX_LABEL_MAX_WORDS 3

/* Whether a heading's text @topic is shaped as a name: an acronym
 * ("BSSN (Badan Siber dan Sandi Negara)", "APTs") or a capital past its
 * first word ("The Tallinn Manual"). */
static gboolean
topic_name_shaped (const char *topic)
{
  const char *space = strchr (topic, ' ');

  return (g_ascii_isupper (topic[0]) && g_ascii_isupper (topic[1])) || (space != NULL && g_ascii_isupper (space[1]));
}

/* @topic, a name, as the owner of a question: with its capitals, but an
 * English opening article's ("the Tallinn Manual"). */
static char *
topic_name_owner (Ctx        *ctx,
                  const char *topic)
{
  char *owner = g_strdup (topic);

  if (ctx->english && g_str_has_prefix (owner, "The "))
    owner[0] = 't';
  return owner;
}

/* The heading over the notes as a name a field is asked of: an acronym
 * or capitals past its first word ("BSSN (Badan Siber dan Sandi
 * Negara)", "Global Forum on Cyber Expertise"), no question, no part of
 * the essay ("Latar belakang"); NULL else. */
static char *
named_topic_owner (Ctx *ctx)
{
  char *owner;
  Sent o;
  guint words = 0;

  const char *topic = ctx->topic;
  guint lead;

  /* ("Sekilas", "At a glance" under "## Dewan Data … (DDKP)": the name
   * above the part, section_label_name().) */
  if (ctx->heading_inherited && ctx->heading_name != NULL && ctx->topic_block != G_MAXUINT)
    return g_strdup (ctx->heading_name);
  if (topic == NULL || ctx->topic_block == G_MAXUINT || strchr (topic, '?') != NULL)
    return NULL;
  /* ("Profil IMO", "Dasar-dasar DK PBB", "Profile of the OEWG": a
   * sheet's word before the name, phrase list infobox_heading_lead, is
   * not the name's.) */
  _ds_text_tokenize (ctx, topic, &o);
  if ((lead = _ds_phrase_at (ctx, &o, 0, PL_INFOBOX_HEADING_LEAD)) > 0 && lead < o.n)
    {
      topic = o.toks[lead].p;
      if (ctx->english && lead + 1 < o.n && _ds_tok_is (&o.toks[lead], "the"))
        topic = o.toks[lead + 1].p;
    }
  if (!topic_name_shaped (topic))
    return NULL;
  if (topic != ctx->topic)
    _ds_text_tokenize (ctx, topic, &o);
  for (guint k = 0; k < o.n; k++)
    {
      words += o.toks[k].type == TOK_WORD;
      if (o.toks[k].verb || (o.toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_QUESTION)))
        return NULL;
    }
  if (words == 0 || words > ASPECT_OWNER_MAX_WORDS || generic_heading (&o))
    return NULL;
  owner = topic_name_owner (ctx, topic);
  /* ("Open-Ended Working Group (OEWG)": an English name that closes on a
   * body's noun, the phrase list subject_article_head, takes the
   * article.) */
  if (ctx->english && !g_str_has_prefix (topic, "The "))
    {
      guint last = o.n;

      if (last >= 3 && _ds_tok_is_punct (&o.toks[last - 1], ')') && _ds_tok_is_punct (&o.toks[last - 3], '('))
        last -= 3;
      if (last > 1 && o.toks[last - 1].type == TOK_WORD)
        {
          g_autofree char *folded = g_ascii_strdown (o.toks[last - 1].p, o.toks[last - 1].len);

          if (g_strv_contains (ds_lang_get_phrases (ctx->lang, "subject_article_head"), folded))
            {
              char *with = g_strconcat ("the ", owner, NULL);

              g_free (owner);
              owner = with;
            }
        }
    }
  return owner;
}

/* "- Kepala sekarang: Hinsa Siburian (purnawirawan), sejak 2019",
 * "- Markas: Depok, Jawa Barat", "- Anggota: 40 negara", "- Chair: Ana
 * Ruiz (Chile)", "- Headquarters: The Hague" under a heading that names
 * a body: a field of an infobox (phrase lists infobox_who,
 * infobox_where, infobox_count; "sekarang", "saat ini" after it or
 * "current" before it) is asked as the tables ask it ("Siapa kepala BSSN
 * sekarang?", "Di mana markas BSSN?", "Who is the current chair of
 * …?"), the value up to its bracket aside (for a person up to a comma
 * too) the answer: a name in capitals for who and where, a figure for a
 * count. TRUE when the line is such a field, with a card or none. */
static gboolean
infobox_line (Ctx        *ctx,
              const Sent *line)
{
  enum { FIELD_WHO, FIELD_WHERE, FIELD_COUNT, FIELD_WHEN };
  /* A field's phrase list of labels, and the template that asks it. */
  static const struct {
    PhraseId    list;
    const char *template;
  } fields[] = {
    [FIELD_WHO] = { PL_INFOBOX_WHO, "infobox_who" },
    [FIELD_WHERE] = { PL_INFOBOX_WHERE, "infobox_where" },
    [FIELD_COUNT] = { PL_INFOBOX_COUNT, "infobox_count" },
    [FIELD_WHEN] = { PL_INFOBOX_WHEN, "infobox_when_asked" },
  };
  guint e = _ds_body_end (line), a = 0, k, lb, le, body, v, f, n = 0;
  gboolean now = FALSE, current = FALSE;
  g_autofree char *owner = NULL;
  g_autofree char *label = NULL;
  g_autofree char *asked = NULL;
  DsClaim *claim;

  while (a < e && (emphasis (&line->toks[a]) || line->toks[a].type == TOK_PUNCT))
    a++;
  lb = a;
  if (ctx->english && lb < e && _ds_tok_is (&line->toks[lb], "current"))
    current = TRUE, lb++;
  for (f = 0; f < G_N_ELEMENTS (fields); f++)
    if ((n = _ds_phrase_at (ctx, line, lb, fields[f].list)) > 0)
      break;
  if (f == G_N_ELEMENTS (fields))
    return FALSE;
  le = k = lb + n;
  if (!ctx->english && k < e && _ds_tok_is (&line->toks[k], "sekarang"))
    now = TRUE, k++;
  else if (!ctx->english && k + 1 < e && _ds_tok_is (&line->toks[k], "saat") && _ds_tok_is (&line->toks[k + 1], "ini"))
    now = TRUE, k += 2;
  while (k < e && emphasis (&line->toks[k]))
    k++;
  /* ("current" is English, "sekarang" Indonesian: never both.) */
  if (k >= e || separator_at (line, k) != 1 || _ds_count_words (line, a, k) > INFOBOX_LABEL_MAX_WORDS ||
      (current && f != FIELD_WHO))
    return FALSE;
  for (body = k + 1; body < e && emphasis (&line->toks[body]); body++)
    ;
  if (body >= e || (owner = named_topic_owner (ctx)) == NULL)
    return FALSE;
  label = _ds_phrase_dup (line, lb, le, TRUE);
  if (strstr (owner, label) != NULL || ds_ascii_strncasecmp (owner, label, strlen (label)) == 0)
    return TRUE;
  /* The value: a name in capitals (who, where) or a figure (count), up
   * to a bracket aside, a person's up to a comma, a sentence's end. */
  for (v = body; v < e && !_ds_tok_is_punct (&line->toks[v], '(') && !_ds_tok_is_punct (&line->toks[v], ';') &&
                 !_ds_tok_is_punct (&line->toks[v], DS_ARROW) &&
                 !_ds_tok_is_punct (&line->toks[v], '+') && !(f == FIELD_WHO && _ds_tok_is_punct (&line->toks[v], ','));
       v++)
    if (line->toks[v].type == TOK_WORD &&
        (line->toks[v].verb || (line->toks[v].flags & (W_PRONOUN | W_ANAPHOR | W_QUESTION))))
      return FALSE;
  v = MIN (v, value_end (line, body, e));
  while (v > body && line->toks[v - 1].type == TOK_PUNCT)
    v--;
  if (v == body || _ds_count_words (line, body, v) > 8)
    return FALSE;
  /* ("sekitar 40", "more than 180": a figure all the same.) */
  /* ("Berdiri: 2017, lewat Perpres 53/2017", "Founded: 2015 (London)":
   * a year or a date, up to its comma.) */
  if (f == FIELD_WHEN)
    {
      guint c = body + ((line->toks[body].flags & W_MONTH) ? 1 : 0);

      if (c >= v || line->toks[c].type != TOK_NUMBER)
        return FALSE;
      for (guint k2 = body; k2 < v; k2++)
        if (_ds_tok_is_punct (&line->toks[k2], ','))
          {
            v = k2;
            break;
          }
    }
  else if (f == FIELD_COUNT)
    {
      guint c = body + _ds_phrase_at (ctx, line, body, PL_LISTS_APPROX_COUNT);

      if (c >= v || !(line->toks[c].type == TOK_NUMBER || (line->toks[c].flags & W_COUNT)))
        return FALSE;
    }
  else if (!(line->toks[body].type == TOK_WORD && line->toks[body].cap))
    return FALSE;
  if (f == FIELD_WHO && _ds_count_words (line, body, v) < 2 && !_ds_tok_is_acronym (&line->toks[body]))
    return FALSE;
  if (current)
    {
      char *l = g_strconcat ("current ", label, NULL);

      g_free (label);
      label = l;
    }
  if (f == FIELD_WHEN && now)
    return FALSE;
  asked = ds_lang_expand (ctx->lang, fields[f].template, "label", label, "subject", owner, NULL);
  if (now && g_str_has_suffix (asked, "?"))
    {
      char *q = g_strdup_printf ("%.*s sekarang?", (int) strlen (asked) - 1, asked);

      g_free (asked);
      asked = q;
    }
  claim = _ds_fact_new (ctx, line, DS_CLAIM_RULE_REPORT, body, v);
  claim->question = g_steal_pointer (&asked);
  /* (A count's figures stay free for the line's own clozes.) */
  if (_ds_claim_commit (ctx, claim) && f != FIELD_COUNT)
    _ds_toks_mark_used ((Sent *) line, body, e);
  return TRUE;
}

/* The owner of an aspect @label (NULL: any label) a notes line under
 * the current heading gives, or NULL when the heading owns none. */
static char *
heading_aspect_owner (Ctx        *ctx,
                      const char *label)
{
  char *owner = NULL;

  if (ctx->topic == NULL || ctx->topic_block == G_MAXUINT || strchr (ctx->topic, '?') != NULL)
    return NULL;
  /* "BSSN (Badan Siber dan Sandi Negara)", "APTs", "The Tallinn
   * Manual": the heading names a body, a group or a text (an acronym, a
   * capital past its first word), asked with its capitals but an
   * opening article's. */
  if (topic_name_shaped (ctx->topic))
    owner = topic_name_owner (ctx, ctx->topic);
  /* "Konsulat virtual", "Digital public diplomacy": a heading of a
   * few common nouns names a concept the notes are about, whose
   * function or goal the line gives; one with a word of the notes
   * themselves or the class ("Catatan rapat", "Istilah dasar", "Lecture
   * 4", "Group work": the phrase lists note_study_thing, numbered_label,
   * concept_heading_not, glossary_heading),
   * a figure or a verb names the notes, not what has a goal. */
  /* ("- Outcome: a handful of refused licences" under "Slide 2:
   * Enforcement": what a concept brought about is no aspect a learner
   * can tell from its name alone; an outcome, a result or a key book
   * (phrase list note_named_aspect_label) is asked of a name only.) */
  else if (concept_heading (ctx) && (label == NULL || !named_aspect_label (ctx, label)))
    {
      owner = g_strdup (ctx->topic);
      owner[0] = ds_ascii_tolower (owner[0]);
    }
  else
    return NULL;
  if (owner == NULL || *owner == '\0' || (label != NULL && g_strstr_len (owner, -1, label) != NULL))
    {
      g_free (owner);
      return NULL;
    }
  {
    Sent o;
    guint words = 0;

    _ds_text_tokenize (ctx, owner, &o);
    for (guint k = 0; k < o.n; k++)
      words += o.toks[k].type == TOK_WORD;
    if (words == 0 || words > ASPECT_OWNER_MAX_WORDS || generic_heading (&o))
      {
        g_free (owner);
        return NULL;
      }
  }
  return owner;
}

static gboolean
aspect_fact (Ctx        *ctx,
             const Sent *line,
             guint       index)
{
  guint e, body;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;
  gboolean asked = TRUE;

  if (infobox_line (ctx, line))
    return TRUE;
  if (owned_aspect_fact (ctx, line))
    return TRUE;
  if (!aspect_label_body (ctx, line, &label, &body, &e) &&
      !(ctx->attribute_sheet && sheet_label_body (ctx, line, &label, &body, &e, &asked)))
    return FALSE;
  if (!asked)
    return TRUE;
  if (_ds_count_words (line, body, e) < 2 || (owner = heading_aspect_owner (ctx, label)) == NULL)
    return TRUE;
  if (counted_value (ctx, line, index, label, owner, body, e))
    return TRUE;
  aspect_commit (ctx, line, label, owner, body, e);
  return TRUE;
}

/* Words a scholar's name takes at most before a note's arrow. */
#define SCHOLAR_NAME_MAX_WORDS 5

/* "- **Mochtar Mas'oed** (1990) → HI adalah studi tentang …", "- Satow
 * (1917) → diplomacy is the application of …", "- Harold Nicolson:
 * diplomacy is the management of …": a note that gives a scholar's definition — a
 * name (capitalised words, initials, two names joined), perhaps a year in
 * brackets (one word is a name only with its year), an arrow, a colon
 * or a dash, and a sentence with a definition's cue. The sentence is read as the definitions rule reads
 * "Menurut Satow (1917), diplomacy is …": the definition is the
 * scholar's ("Menurut Mochtar Mas'oed, apa yang dimaksud dengan HI?").
 * TRUE when it gave one. */
static gboolean
scholar_definition (Ctx        *ctx,
                    const Sent *line)
{
  guint e = _ds_body_end (line), k = 0, words = 0, who_a, who_b;
  guint before = ctx->claims->len;
  Sent body;

  if (!(line->flags & W_CUE_DEF))
    return FALSE;
  while (k < e && emphasis (&line->toks[k]))
    k++;
  who_a = k;
  for (; k < e; k++)
    {
      const Tok *t = &line->toks[k];

      if (t->type == TOK_WORD && t->cap && !t->verb && !(t->flags & (W_COUNTRY | W_FUNCTION)))
        words++;
      else if (_ds_tok_is_punct (t, '.') && k > who_a && line->toks[k - 1].type == TOK_WORD && line->toks[k - 1].len <= 2)
        continue;
      else if (!((_ds_tok_is_punct (t, '&') || ((t->flags & W_CONJ) && t->type == TOK_WORD)) && words > 0 &&
                 k + 1 < e && line->toks[k + 1].cap))
        break;
      if (words > SCHOLAR_NAME_MAX_WORDS)
        return FALSE;
    }
  who_b = k;
  if (words == 0)
    return FALSE;
  while (k < e && emphasis (&line->toks[k]))
    k++;
  /* "(1990)", "(1990: 4)" */
  if (k + 2 < e && _ds_tok_is_punct (&line->toks[k], '(') && line->toks[k + 1].type == TOK_NUMBER)
    {
      for (k += 2; k < e && !_ds_tok_is_punct (&line->toks[k], ')'); k++)
        if (line->toks[k].type == TOK_WORD)
          return FALSE;
      k++;
    }
  /* ("Note: page numbers refer to …", "Realisme: negara adalah …": one
   * word and no year is a label or a school, no one's name.) */
  else if (who_b - who_a < 2)
    return FALSE;
  if (k + 4 > e || !(_ds_tok_is_punct (&line->toks[k], DS_ARROW) || _ds_tok_is_punct (&line->toks[k], ':') ||
                     _ds_tok_is_punct (&line->toks[k], 0x2014) || _ds_tok_is_punct (&line->toks[k], 0x2013)) ||
      line->toks[k + 1].type != TOK_WORD)
    return FALSE;
  body = *line;
  _ds_sent_skip (&body, k + 1);
  if (!(body.flags & W_CUE_DEF) || body.n < 4)
    return FALSE;
  g_free (ctx->lead_who);
  ctx->lead_who = _ds_toks_dup (line, who_a, who_b);
  ctx->lead_start = body.lead_start;
  ctx->lead_first = body.toks[0].p;
  ctx->lead_first_len = body.toks[0].len;
  ctx->lead_lower = !body.toks[0].cap;
  _ds_find_definitions (ctx, &body);
  g_clear_pointer (&ctx->lead_who, g_free);
  return ctx->claims->len > before;
}

/* "- Dosen menekankan: HI ≠ politik luar negeri" over "  - politik luar
 * negeri = kebijakan satu negara …", "- Two terms students mix up" over
 * "  - **worm**: spreads by itself …": a sub-line that glosses its head
 * after an equals sign, or a bold head after any separator, defines it
 * whatever the line above it is (gloss_item()). */
static void
sub_line_gloss (Ctx   *ctx,
                guint  index)
{
  Sent line;
  guint a, b, sep, e, head_end;

  block_sent (ctx, index, &line);
  e = _ds_body_end (&line);
  if (_ds_reminder_line (ctx, &line) || scholar_definition (ctx, &line) || !item_key (ctx, &line, &a, &b))
    return;
  for (sep = b; sep < e && emphasis (&line.toks[sep]); sep++)
    ;
  if (sep >= e || separator_at (&line, sep) != 1 ||
      !(_ds_tok_is_punct (&line.toks[sep], '=') || bold_head (&line, a, e, &head_end)) ||
      label_body (ctx, &line, a, b))
    return;
  gloss_item (ctx, &line, a, b);
}

/* Words a numbered line that titles a section of notes takes at most. */
#define SECTION_ITEM_MAX_WORDS 12

/* Whether block @i is a numbered list line at the top level, a bullet
 * line right under it. */
static gboolean
numbered_over_bullet (Ctx   *ctx,
                      guint  i)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  const DsBlock *b = ds_essay_get_block (ctx->essay, i), *next;

  if (b->kind != DS_BLOCK_LIST_ITEM || b->list_style != DS_LIST_NUMBERED || b->level != 1 || i + 1 >= n_blocks)
    return FALSE;
  next = ds_essay_get_block (ctx->essay, i + 1);
  return next->kind == DS_BLOCK_LIST_ITEM && next->list_style == DS_LIST_BULLET && next->level == 1;
}

/**
 * _ds_numbered_section_item:
 *
 * "Pembuka" over "- AI = …", then "1. Prinsip AI OECD (Mei 2019)" over
 * "- instrumen antarpemerintah pertama …", "2. Rekomendasi UNESCO …"
 * over "- diadopsi oleh 193 negara …": plain notes that number their
 * sections as list lines, each over bullets of its own with no blank
 * line, run on as one list; block @index is such a section's title — a
 * numbered top-level line of a few words (no full stop, colon or
 * question mark at its end) over a bullet line, in a run of list lines
 * where two numbered lines or more are so placed and none stands over
 * another numbered line (a numbered list of its own). It is read as a
 * heading, its bullets its lines.
 */
gboolean
_ds_numbered_section_item (Ctx   *ctx,
                           guint  index)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay), first = index, last = index, sections = 0, words = 0;
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);
  const char *p, *end;
  gboolean in_word = FALSE;

  /* "1. Gambaran umum" over "   a. dibentuk oleh …", "- Overview" over
   * "    - launched in …": a top-level line that only labels a part of
   * the notes (phrase list note_section_label) over lines one level down
   * titles them as a heading does, of the name above it
   * (section_label_name()). */
  if (b->kind == DS_BLOCK_LIST_ITEM && b->level == 1 && index + 1 < n_blocks &&
      ds_essay_get_block (ctx->essay, index + 1)->level == 2 && tree_owner (ctx, index) != NULL)
    {
      const char *lp = ctx->text + b->content_byte_start, *le = ctx->text + b->byte_end;

      while (le > lp && g_ascii_isspace (le[-1]))
        le--;
      /* ("- Tonggak penting:" owns its lines by its colon, as a list.) */
      if (le > lp && le[-1] != ':' && !(le - lp >= 2 && le[-2] == ':' && le[-1] == '*') &&
          !(le - lp >= 3 && le[-3] == ':' && le[-2] == '*' && le[-1] == '*') &&
          _ds_note_section_label (lp, le))
        return TRUE;
    }
  if (!numbered_over_bullet (ctx, index))
    return FALSE;
  p = ctx->text + b->content_byte_start;
  end = ctx->text + b->byte_end;
  while (end > p && (end[-1] == ' ' || end[-1] == '*' || end[-1] == '_'))
    end--;
  if (end == p || end[-1] == '.' || end[-1] == ':' || end[-1] == '?' || end[-1] == ';' || end[-1] == ',')
    return FALSE;
  for (const char *q = p; q < end; q++)
    {
      gboolean letter = g_ascii_isalnum (*q) || (guchar) *q >= 0x80;

      words += letter && !in_word;
      in_word = letter;
    }
  if (words == 0 || words > SECTION_ITEM_MAX_WORDS)
    return FALSE;
  while (first > 0 && ds_essay_get_block (ctx->essay, first - 1)->kind == DS_BLOCK_LIST_ITEM)
    first--;
  while (last < n_blocks && ds_essay_get_block (ctx->essay, last)->kind == DS_BLOCK_LIST_ITEM)
    last++;
  for (guint i = first; i < last; i++)
    {
      const DsBlock *c = ds_essay_get_block (ctx->essay, i);

      if (c->list_style != DS_LIST_NUMBERED || c->level != 1)
        continue;
      if (numbered_over_bullet (ctx, i))
        sections++;
      else if (i + 1 < last && ds_essay_get_block (ctx->essay, i + 1)->list_style == DS_LIST_NUMBERED &&
               ds_essay_get_block (ctx->essay, i + 1)->level == 1)
        return FALSE;
    }
  return sections >= 2;
}

/* "1. **Representasi** → …" to "5. **Promosi** → …", then "- Cara
 * menghafal: …", "- Catatan: …"; "- reconnaissance" … "- exfiltration",
 * then "1. Read …", "2. Compare …": lines of another marker that run to
 * the end of the lines, none of the first marker after them, are another
 * list (or notes on the one before), not more of its items; so is one
 * such line after three or more of the first marker. Where the
 * first run of [@first, @last) ends, @last when no marker changes. */
static guint
marker_run_end (Ctx   *ctx,
                guint  first,
                guint  last)
{
  DsListStyle style = ds_essay_get_block (ctx->essay, first)->list_style;
  guint top = 0, change = G_MAXUINT;

  if (style == DS_LIST_NONE || ds_essay_get_block (ctx->essay, first)->level > 1)
    return last;
  for (guint i = first; i < last; i++)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, i);

      if (b->level > 1)
        continue;
      if (b->list_style == style)
        {
          if (change != G_MAXUINT)
            return last;
          top++;
        }
      else if (b->list_style != DS_LIST_NONE && change == G_MAXUINT)
        change = i;
    }
  /* ("1. Technical …", "2. Operational …", "3. Political …", then one
   * "→ Public attribution is a political choice …": a single line of
   * another marker after three or more is a note on them too.) */
  return change != G_MAXUINT && top >= 2 && (last - change >= 2 || top >= 3) ? change : last;
}

/* "- Tonggak penting:" over "  - **2017** → …", "- Hambatan:" over "  1.
 * kesenjangan kapasitas …": two top-level lines or more that are each a
 * label ending on its colon over lines one level down make an outline of
 * the notes' parts, whose labels are no items of one list (their lines
 * are read by walk_details()). */
static gboolean
outline_labels (Ctx   *ctx,
                guint  first,
                guint  last)
{
  guint labels = 0, tops = 0, parents = 0;

  for (guint i = first; i < last; i++)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, i);
      const char *q = ctx->text + b->byte_end, *p = ctx->text + b->content_byte_start;

      if (b->level > 1)
        continue;
      tops++;
      if (i + 1 >= last || ds_essay_get_block (ctx->essay, i + 1)->level <= b->level)
        continue;
      parents++;
      while (q > p && (q[-1] == ' ' || q[-1] == '*' || q[-1] == '_'))
        q--;
      labels += q > p && (q[-1] == ':' || q[-1] == '?');
    }
  /* "- dianggap alat pengaruh lunak …" over its lines, then "- **dua
   * sasaran**:" over its own; "- who pays after 2026?" over its lines,
   * then "- **Two risks**:" over theirs: where every top-level line
   * stands over lines of its own and one of them at least owns them by
   * its colon (or asks them), the notes are a tree of parts, no list of
   * the parts' heads; each part is read by walk_details(). */
  return labels >= 2 || (labels >= 1 && tops >= 2 && parents == tops);
}

/* Words a term glossed after '=' or a compared side takes at most. */
#define CONTRAST_SIDE_MAX_WORDS 4

/* Whether tokens [@a, @b) of @s are a plain side of a comparison: one to
 * four words (or figures), no verb, pronoun, pointing word or quote. */
static gboolean
contrast_side (const Sent *s,
               guint       a,
               guint       b)
{
  guint words = _ds_count_words (s, a, b);

  if (words == 0 || words > CONTRAST_SIDE_MAX_WORDS)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Tok *t = &s->toks[k];

      if ((t->type == TOK_WORD && (t->verb || (t->flags & (W_PRONOUN | W_ANAPHOR | W_QUESTION)))) ||
          (t->type == TOK_PUNCT && !_ds_tok_is_punct (t, '-') && !_ds_tok_is_punct (t, '/') &&
           !_ds_tok_is_punct (t, '(') && !_ds_tok_is_punct (t, ')')))
        return FALSE;
    }
  return TRUE;
}

/* The term line @index glosses after an equals sign ("- Mediasi = …",
 * "- regionalisme = kerja sama …"), as a card names it (a common
 * word's capital dropped), or NULL. */
static char *
equals_gloss_term (Ctx   *ctx,
                   guint  index)
{
  Sent line;
  guint a = 0, b, e;

  block_sent (ctx, index, &line);
  e = _ds_body_end (&line);
  while (a < e && (emphasis (&line.toks[a]) || line.toks[a].type == TOK_PUNCT))
    a++;
  for (b = a; b < e && !head_separator (&line.toks[b]); b++)
    ;
  if (b >= e || !_ds_tok_is_punct (&line.toks[b], '='))
    return NULL;
  while (b > a && emphasis (&line.toks[b - 1]))
    b--;
  if (!contrast_side (&line, a, b) || contrast_label (ctx, &line, a, b))
    return NULL;
  return _ds_phrase_dup (&line, a, b, TRUE);
}

/* "- Mediasi = intervensi …" over "  - beda dgn arbitrase → arbiter
 * memutus, putusan mengikat", "- negosiasi = …" before "- beda dgn
 * mediasi: …", "- unlike OECD: more weight on …" under "## UNESCO
 * Recommendation": a line that opens on a comparison cue (phrase list
 * label_contrast_cue) and names the other side before its separator
 * says what parts the two; the first side is the term the line above
 * (one level up, or the gloss line before it at its level, over other
 * such lines) glosses after '=', else, at the list's top level, the
 * name of the heading (heading_aspect_owner()). Asked "Apa yang
 * membedakan mediasi dari arbitrase?" (template question_differ). */
static void
contrast_cue_line (Ctx   *ctx,
                   guint  first,
                   guint  index)
{
  guint level = ds_essay_get_block (ctx->essay, index)->level, a = 0, n, o, k, body, e, ve;
  gboolean differ;
  g_autofree char *owner = NULL;
  g_autofree char *other = NULL;
  DsClaim *claim;
  Sent line;

  /* (Cheapest first: the cue; the lines above are cut after it, into
   * the buffer this line's tokens share, so the line is cut again.) */
  block_sent (ctx, index, &line);
  e = _ds_body_end (&line);
  while (a < e && (emphasis (&line.toks[a]) || line.toks[a].type == TOK_PUNCT))
    a++;
  if (a >= e || _ds_phrase_at (ctx, &line, a, PL_LABEL_CONTRAST_CUE) == 0)
    return;
  differ = !ctx->english && _ds_phrase_at (ctx, &line, a, PL_CONTRAST_DIFFER) > 0;
  for (guint j = index; j-- > first && owner == NULL;)
    {
      guint l = ds_essay_get_block (ctx->essay, j)->level;
      Sent prev;
      guint p = 0;

      if (l > level)
        continue;
      if (l < level)
        {
          owner = equals_gloss_term (ctx, j);
          break;
        }
      block_sent (ctx, j, &prev);
      while (p < prev.n && (emphasis (&prev.toks[p]) || prev.toks[p].type == TOK_PUNCT))
        p++;
      if (p < prev.n && _ds_phrase_at (ctx, &prev, p, PL_LABEL_CONTRAST_CUE) > 0)
        continue;
      owner = equals_gloss_term (ctx, j);
      break;
    }
  /* ("- berbeda dari Konvensi Budapest: …" under "## Kode Etik …": an
   * Indonesian verb of differing, phrase list contrast_differ, with no
   * subject of its own is read with the heading's name by the sentence
   * rules, find_differs_in(): asked once, there. An English line's
   * "differs from" is not.) */
  if (owner == NULL && level <= 1 && !differ)
    owner = heading_aspect_owner (ctx, NULL);
  if (owner == NULL)
    return;
  block_sent (ctx, index, &line);
  n = _ds_phrase_at (ctx, &line, a, PL_LABEL_CONTRAST_CUE);
  o = skip_emphasis (&line, a + n, e);
  for (k = o; k < e && separator_at (&line, k) == 0; k++)
    ;
  if (k >= e)
    return;
  body = skip_emphasis (&line, k + separator_at (&line, k), e);
  ve = value_end (&line, body, e);
  while (k > o && emphasis (&line.toks[k - 1]))
    k--;
  if (!contrast_side (&line, o, k) || _ds_count_words (&line, body, ve) < 2)
    return;
  other = _ds_phrase_dup (&line, o, k, TRUE);
  if (g_ascii_strcasecmp (owner, other) == 0)
    return;
  claim = _ds_fact_new (ctx, &line, DS_CLAIM_RULE_CONTRAST, body, ve);
  claim->question = ds_lang_expand (ctx->lang, "question_differ", "a", owner, "b", other, NULL);
  _ds_claim_commit (ctx, claim);
}

static void
walk_details (Ctx   *ctx,
              guint  first,
              guint  last)
{
  for (guint i = first; i < last; i++)
    {
      guint k = i + 1;

      contrast_cue_line (ctx, first, i);
      if (ds_essay_get_block (ctx->essay, i)->level > 1)
        {
          sub_line_gloss (ctx, i);
          continue;
        }
      while (k < last && ds_essay_get_block (ctx->essay, k)->level > 1)
        k++;
      if (k > i + 1)
        item_details (ctx, i, i + 1, k);
    }
}

/* "Suaka = perlindungan …" over "→ diatur dalam …" lines: the lines say
 * more about the term the intro defines; they are no list it names. */
static gboolean
gloss_intro (Ctx           *ctx,
             const SentRef *ref)
{
  Sent intro;
  guint a;
  gboolean clause;

  _ds_sent_from_ref (ctx, ref, &intro);
  return _ds_note_gloss_head (ctx, &intro, &a, &clause) > 0;
}

/* "- Key idea: …", "- Critique: …" (the label in the line's marker, see
 * ds-parser-label.c), "- Thinkers: A, B and C", "- Core assumptions"
 * over sub-bullets (the phrase list handout_label): a handout's line
 * whose head is a label of what it says, not an item of a list. */
static gboolean
labelled_line (Ctx   *ctx,
               guint  index)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);
  Sent line;
  guint a, k;

  const char *m = ctx->text + b->byte_start, *colon = memchr (m, ':', b->content_byte_start - b->byte_start);

  /* "- Challenge: …" under "Challenges": a label that says what the
   * heading's list holds marks an item of it. */
  if (colon != NULL)
    {
      g_autofree char *raw = NULL;
      g_autofree char *label = NULL;
      g_autofree char *heading = NULL;
      const char *w;

      while (m < colon && !g_ascii_isalpha (*m))
        m = g_utf8_next_char (m);
      if (m == colon || ctx->topic == NULL)
        return TRUE;
      raw = g_strndup (m, colon - m);
      label = ds_words_fold (raw, DS_FOLD_STRIP_MARKS);
      heading = ds_words_fold (ctx->topic, DS_FOLD_STRIP_MARKS);
      w = strstr (heading, label);
      return w == NULL || (w > heading && w[-1] != ' ');
    }
  block_sent (ctx, index, &line);
  if (!item_key (ctx, &line, &a, &k))
    return FALSE;
  while (a < k && line.toks[a].type == TOK_PUNCT)
    a++;
  return a < k && (_ds_phrase_at (ctx, &line, a, PL_HANDOUT_LABEL) == k - a ||
                   (k < _ds_body_end (&line) && separator_at (&line, k) > 0 && attribute_head (ctx, &line, a, k)));
}

/* Whether half the top-level lines of [@first, @last) or more are
 * labelled (labelled_line()): a handout's notes under a heading, whose
 * labels are no items of a list the heading names. */
static gboolean
labelled_lines (Ctx   *ctx,
                guint  first,
                guint  last)
{
  guint n = 0, labelled = 0;

  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level <= 1)
      {
        n++;
        labelled += labelled_line (ctx, i);
      }
  return labelled >= 2 && labelled * 2 >= n;
}

/* Whether a top-level line of [@first, @last) opens on a handout's label
 * of the phrase list handout_label ("- Thinkers: …", "- Key figures: 2 %
 * of …", "- Tokoh: …"): it says what kind of note the line is, and is
 * no member of a list the heading names. */
static gboolean
handout_labelled (Ctx   *ctx,
                  guint  first,
                  guint  last)
{
  for (guint i = first; i < last; i++)
    {
      Sent line;
      guint a, b;
      gboolean bare;

      if (ds_essay_get_block (ctx->essay, i)->level > 1)
        continue;
      block_sent (ctx, i, &line);
      if (item_key (ctx, &line, &a, &b) && b < _ds_body_end (&line) &&
          (_ds_phrase_at (ctx, &line, a, PL_HANDOUT_LABEL) == b - a || counted_head (&line, a, b)))
        return TRUE;
      /* ("- Fungsi diplomasi siber:" over its own lines: aspect_group().) */
      if (i + 1 < last && ds_essay_get_block (ctx->essay, i + 1)->level > 1 && item_key (ctx, &line, &a, &b) &&
          b == _ds_body_end (&line) && aspect_label (ctx, &line, a, b, &bare))
        return TRUE;
    }
  return FALSE;
}

/* Whether the lines [first, last) are a table of contents: two of them
 * or more are the parts every paper has, a line each ("Pendahuluan",
 * "Kesimpulan", "Introduction", "Conclusion"). */
static gboolean
table_of_contents (Ctx   *ctx,
                   guint  first,
                   guint  last)
{
  guint parts = 0;

  for (guint i = first; i < last; i++)
    {
      Sent line;

      block_sent (ctx, i, &line);
      parts += line.n > 0 && line.n <= 3 && generic_heading (&line);
    }
  return parts >= 2;
}

/* Whether every top-level line of [@first, @last) holds the heading's
 * first word ("pendekatan", "approach"): each names a member of its
 * class. */
static gboolean
lines_name_heading (Ctx   *ctx,
                    guint  heading,
                    guint  first,
                    guint  last)
{
  g_autofree char *text = ds_essay_dup_block_content (ctx->essay, heading);
  g_autofree char *folded = ds_utf8_strdown (text, -1);
  g_autofree char *head = g_strndup (folded, strcspn (folded, " "));
  const char *space = strrchr (folded, ' ');
  g_autofree char *tail = g_strdup (space != NULL ? space + 1 : folded);
  gsize n = strlen (head), t = strlen (tail);

  /* (An English plural names its members in the singular; "Jenis
   * aliansi", "Types of alliance": the last word is the class.) */
  if (ctx->english && n > 3 && head[n - 1] == 's')
    head[--n] = '\0';
  if (ctx->english && t > 3 && tail[t - 1] == 's')
    tail[--t] = '\0';
  /* ("Bagaimana ASEAN menanggapinya?": the lines answer a question.) */
  if (n < 3 || t < 3 || g_str_has_suffix (folded, "?"))
    return TRUE;
  for (guint i = first; i < last; i++)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, i);
      g_autofree char *line = NULL;

      if (b->level > 1)
        continue;
      line = ds_utf8_strdown (ctx->text + b->content_byte_start, (gssize) (b->byte_end - b->content_byte_start));
      if (strstr (line, head) == NULL && strstr (line, tail) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Whether @term is one of the list's items, case aside. */
static gboolean
names_item (const DsClaim *claim,
            const char    *term)
{
  for (guint i = 0; i < ds_claim_get_n_items (claim); i++)
    if (g_ascii_strcasecmp (g_array_index (claim->items, DsClaimItem, i).text, term) == 0)
      return TRUE;
  return FALSE;
}

/* "Survei ini mengukur enam dimensi berikut." over "1. **Lingkungan** —
 * persepsi tentang kebersihan udara", "The index has five pillars:" over
 * "- **Access** – the share of homes within …": a label glossed in a
 * list of the parts of a whole (its subject's first noun is one of the
 * list gloss_component_head: dimensi, pilar, tahap, dimension, stage …)
 * means that only as that part; "lingkungan" alone means something
 * else. Each such definition (claims from @from on) is asked of the
 * part (template gloss_component_term: "dimensi lingkungan", "the
 * access pillar"). */
static void
scope_item_glosses (Ctx           *ctx,
                    const DsClaim *claim,
                    guint          from)
{
  const char *head = NULL;
  Sent q;
  guint k = 0;

  if (claim->subject == NULL)
    return;
  _ds_text_tokenize (ctx, claim->subject, &q);
  while (k < q.n && (q.toks[k].flags & (W_COUNT | W_DET | W_QUANT) || q.toks[k].type == TOK_NUMBER ||
                     _ds_tok_is_article (&q.toks[k])))
    k++;
  if (k >= q.n || q.toks[k].type != TOK_WORD || (head = _ds_lexicon_other_forms (ctx, &q.toks[k], "gloss_component_head")) == NULL)
    return;
  for (guint i = from; i < ctx->claims->len; i++)
    {
      DsClaim *def = g_ptr_array_index (ctx->claims, i);
      char *term;

      if (def->kind != DS_CLAIM_DEFINITION || def->rule != DS_CLAIM_RULE_DEFINITION || def->subject == NULL ||
          def->attribution != NULL || !names_item (claim, def->subject))
        continue;
      term = ds_lang_expand (ctx->lang, "gloss_component_term", "head", head, "term", def->subject, NULL);
      g_free (def->subject);
      def->subject = term;
      if (g_strcmp0 (def->cue, ds_lang_get_template (ctx->lang, "definition_cue_clause")) != 0)
        {
          g_free (def->cue);
          def->cue = g_strdup (_ds_definition_cue (ctx, def->subject));
        }
    }
}

/* "**Asumsi pokok:**", "Core assumptions:" alone over numbered lines:
 * a handout's label (the phrase list handout_label) names what the
 * lines are of the section's notion, asked as such ("asumsi pokok
 * regionalisme baru", "the core assumptions of regime theory"); under a
 * heading every paper has ("Definisi", "Overview": generic_section) or
 * none, the title's notion. NULL when the intro is no such label. */
static char *
label_intro_subject (Ctx           *ctx,
                     const SentRef *intro)
{
  Sent s, h;
  guint a = 0, e;
  const char *owner_text;
  g_autofree char *label = NULL;
  g_autofree char *owner = NULL;

  _ds_sent_from_ref (ctx, intro, &s);
  e = s.n;
  while (a < e && (emphasis (&s.toks[a]) || s.toks[a].type == TOK_PUNCT))
    a++;
  while (e > a && (emphasis (&s.toks[e - 1]) || s.toks[e - 1].type == TOK_PUNCT))
    e--;
  if (e == a || e == s.n || !_ds_tok_is_punct (&s.toks[e], ':') ||
      _ds_phrase_at (ctx, &s, a, PL_HANDOUT_LABEL) != e - a ||
      _ds_phrase_at (ctx, &s, a, PL_HANDOUT_PEOPLE_LABEL) == e - a)
    return NULL;
  owner_text = ctx->topic;
  if (owner_text != NULL)
    {
      _ds_text_tokenize (ctx, owner_text, &h);
      if (h.n == 0 || _ds_phrase_at (ctx, &h, 0, PL_GENERIC_SECTION) == h.n || strpbrk (owner_text, "?:!;") != NULL)
        owner_text = NULL;
    }
  if (owner_text == NULL && g_strcmp0 (ctx->title, ctx->essay_id) != 0)
    owner_text = ctx->title;
  if (owner_text == NULL || (owner = _ds_heading_phrase (ctx, owner_text, NULL)) == NULL || *owner == '\0')
    return NULL;
  label = _ds_phrase_dup (&s, a, e, TRUE);
  return ds_lang_expand (ctx->lang, "owned", "owned", label, "owner", owner, NULL);
}

/* "a. **Perundingan batas maritim.** Indonesia berbatasan laut …": an
 * item whose bold label is its own and whose body is sentences after it
 * (_ds_past_item_label()); the body is read by walk_labelled_bodies(). */
static gboolean
labelled_body (Ctx   *ctx,
               guint  index)
{
  const DsBlock *item = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + item->prose_byte_start;
  guint pos = 0;

  return item->level == 1 && _ds_past_item_label (ctx, item, p, ctx->text + item->byte_end, &pos) != p;
}

static void walk_item_sentences (Ctx *ctx, guint first, guint last);

/* The labelled items of [@first, @last): each body after its label is
 * read as the sentences it is, the label no part of them. */
static void
walk_labelled_bodies (Ctx   *ctx,
                      guint  first,
                      guint  last)
{
  for (guint i = first; i < last; i++)
    if (labelled_body (ctx, i))
      walk_item_sentences (ctx, i, i + 1);
}

/* Whether bullet @i leads a cause to its outcome (_ds_arrow_cause_line). */
static gboolean
arrow_cause_item (Ctx   *ctx,
                  guint  i)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, i);
  Sent h;

  if (b->list_style != DS_LIST_BULLET)
    return FALSE;
  block_sent (ctx, i, &h);
  /* (Under "Jenis serangan", "Key terms" the arrow glosses a kind.) */
  return _ds_arrow_cause_line (ctx, &h) && !kinds_topic (ctx, &h);
}

/* Whether the bullets [@first, @last) each lead a cause to its outcome,
 * none indented under another. */
static gboolean
arrow_cause_lines (Ctx   *ctx,
                   guint  first,
                   guint  last)
{
  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level > 1 || !arrow_cause_item (ctx, i))
      return FALSE;
  return TRUE;
}

/* The bullets among [@first, @last) that lead a cause to its outcome
 * ("- krisis rudal → hotline", among other notes), read as the lines
 * they are; the list, if any, keeps them. */
static void
walk_arrow_cause_items (Ctx   *ctx,
                        guint  first,
                        guint  last)
{
  for (guint i = first; i < last; i++)
    if (arrow_cause_item (ctx, i))
      {
        _ds_cover_open (ctx, i);
        _ds_walk_paragraph (ctx, i);
        _ds_cover_close (ctx);
      }
}

/* Lines [@first, @last) read as the sentences they are: each is a unit
 * of the cover layer too, whose key fact no rule read gets its card
 * (ds-claims-cover.c). */
static void
walk_item_sentences (Ctx   *ctx,
                     guint  first,
                     guint  last)
{
  for (guint k = first; k < last; k++)
    {
      _ds_cover_open (ctx, k);
      _ds_walk_paragraph (ctx, k);
      _ds_cover_close (ctx);
    }
}

/* "### 2. Forum Regional ASEAN (ARF)" over "- berdiri 1994, …", "-
 * *Langkah bertahap*:" …: notes read as a tree under a heading that
 * names one body by its acronym (ctx->level_name, section_label_name())
 * say what the body is and does; a list asked of the heading alone
 * ("Apa saja forum regional ASEAN (ARF)?") names none of its members. */
static gboolean
list_of_heading_body (Ctx     *ctx,
                      DsClaim *claim)
{
  g_autofree char *subject = NULL, *name = NULL;
  const char *body = ctx->level_name[MIN (ctx->label_level, G_N_ELEMENTS (ctx->level_name) - 1)];

  if (body == NULL || body[0] == '\0' || claim->subject == NULL || ctx->heading_name == NULL || ctx->topic == NULL)
    return FALSE;
  /* ("Anggota ASEAN", "Prinsip-prinsip AOIP": a heading of what a body
   * has names a list of it; only a name that closes on its acronym in
   * brackets is the body itself.) */
  {
    g_autofree char *acronym = _ds_bracket_acronym (ctx->topic, ctx->topic + strlen (ctx->topic));

    if (acronym == NULL)
      return FALSE;
  }
  subject = ds_words_fold (claim->subject, DS_FOLD_STRIP_MARKS);
  name = ds_words_fold (g_str_has_prefix (body, "the ") ? body + 4 : body, DS_FOLD_STRIP_MARKS);
  return *name != '\0' && g_str_has_prefix (subject, name) &&
         (subject[strlen (name)] == '\0' || subject[strlen (name)] == ' ');
}

guint
_ds_walk_list_blocks (Ctx   *ctx,
                      guint  first)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  guint last = first;
  const SentRef *intro = NULL;
  guint heading = G_MAXUINT, label;
  DsClaim *claim;
  const DsBlock *b;
  guint glossed = 0, dated = 0, n_details = 0, tasks = 0, valued = 0, reminders = 0, tops = 0, enumerated = 0, numbered = 0, named = 0, before, n_items;
  guint top_level = 1;

  while (last < n_blocks && ds_essay_get_block (ctx->essay, last)->kind == DS_BLOCK_LIST_ITEM)
    last++;
  /* (A numbered line that titles the next section of the notes ends
   * this run: walk_block() reads it as a heading.) */
  for (guint i = first + 1; i < last; i++)
    if (_ds_numbered_section_item (ctx, i))
      {
        last = i;
        break;
      }
  /* ("1. Gambaran umum" read as a heading: its lines end where the next
   * top-level line opens.) */
  if (ctx->topic_block != G_MAXUINT && ctx->topic_block + 1 == first &&
      ds_essay_get_block (ctx->essay, ctx->topic_block)->kind == DS_BLOCK_LIST_ITEM &&
      ds_essay_get_block (ctx->essay, first)->level == 2)
    {
      top_level = 2;
      for (guint i = first + 1; i < last; i++)
        if (ds_essay_get_block (ctx->essay, i)->level == 1)
          {
            last = i;
            break;
          }
    }
  /* ("3. Tim Tanggap Insiden" over one line: the line is read as the
   * sentence it is, as it was among the lines that ran on.) */
  if (last - first == 1 && ctx->topic_block != G_MAXUINT && ctx->topic_block + 1 == first &&
      ds_essay_get_block (ctx->essay, ctx->topic_block)->kind == DS_BLOCK_LIST_ITEM)
    {
      walk_item_sentences (ctx, first, last);
      return last;
    }
  /* ("→ Under Article 69(4) …" after "1." to "3.": the line of another
   * marker that marker_run_end() parted from the list before it is read
   * as the sentence it is.) */
  if (last - first == 1 && first > 0 && ds_essay_get_block (ctx->essay, first - 1)->kind == DS_BLOCK_LIST_ITEM &&
      ds_essay_get_block (ctx->essay, first - 1)->level == 1 && ds_essay_get_block (ctx->essay, first)->level == 1 &&
      ds_essay_get_block (ctx->essay, first - 1)->list_style != ds_essay_get_block (ctx->essay, first)->list_style)
    {
      walk_item_sentences (ctx, first, last);
      return last;
    }
  if (last - first < 2)
    return last;
  last = marker_run_end (ctx, first, last);

  if (ctx->prev.p != NULL && ctx->prev.block + 1 == first)
    intro = &ctx->prev;
  if (ctx->topic_block != G_MAXUINT && (ctx->topic_block + 1 == first || intro != NULL))
    heading = ctx->topic_block;

  /* "Ringkasan", "Key points" over bullets that are each a sentence:
   * the label names no list, and the sentences are read as sentences —
   * their own claims ("… empat zona utama: A, B, C, dan D") are what a
   * learner recalls, not the summary's points as items. */
  /* (So does such a label on a line of its own over them: "**Ringkasan**",
   * "Key points:".) */
  label = G_MAXUINT;
  /* ("Overview" over lines on the name above it, section_label_name():
   * lines with no subject of their own, read with the name.) */
  if (heading != G_MAXUINT && ctx->heading_inherited)
    ;
  else if (heading != G_MAXUINT && (label_names_heading (ctx, heading) || asks_what_is (ctx, heading)))
    label = heading;
  else if (intro != NULL && label_names_heading (ctx, intro->block))
    label = intro->block;
  if (label != G_MAXUINT &&
      (all_statements (ctx, first, last) || (all_clauses (ctx, first, last) && !advice_heading (ctx, label))))
    {
      walk_item_sentences (ctx, first, last);
      return last;
    }

  /* "Pendekatan berbasis kekuasaan" over bullets that are each a
   * sentence, none naming an approach: the heading is their topic, no
   * class whose members they name; they are read as sentences. */
  if (heading != G_MAXUINT && intro == NULL && all_statements (ctx, first, last) &&
      !lines_name_heading (ctx, heading, first, last))
    {
      walk_item_sentences (ctx, first, last);
      return last;
    }

  /* "1. Pendahuluan … 6. Kesimpulan": a table of contents lists the
   * text's own parts, no claim. */
  if (table_of_contents (ctx, first, last))
    return last;

  if (outline_labels (ctx, first, last))
    {
      walk_details (ctx, first, last);
      return last;
    }

  /* "- sanksi siber → hubungan memburuk", "- data localisation →
   * higher cloud costs": bullets that each lead a cause to its outcome
   * are no list of the heading's; each is asked as the cause it is. */
  if (arrow_cause_lines (ctx, first, last))
    {
      walk_item_sentences (ctx, first, last);
      return last;
    }

  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  b = ds_essay_get_block (ctx->essay, first);
  claim->start = intro != NULL ? intro->start : b->start;
  before = ctx->claims->len;
  walk_details (ctx, first, last);
  ctx->attribute_sheet = attribute_sheet (ctx, first, last);
  /* "Two dangers" over "- Danger 1: …", "- Danger 2: …" and "- Tonga
   * lost …": where two lines or more are numbered by an enumerator's
   * label, those lines are the list; a line of another kind beside them
   * (an example, a date, a remark) is none of its items. */
  /* ("Deepfakes" over "- Risk 1: …", "- Risk 2: …": the lines are
   * risks, which nothing above them names; they are no list of the
   * heading's, each line is asked as it is.) */
  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level == top_level)
      {
        const char *word = NULL;
        guint len = 0;

        tops++;
        if (enumerated_line (ctx, i, &word, &len))
          {
            enumerated++;
            if (word != NULL)
              {
                const DsBlock *hb = heading != G_MAXUINT ? ds_essay_get_block (ctx->essay, heading) : NULL;

                numbered++;
                if ((intro != NULL && names_label_word (intro->p, intro->end, word, len)) ||
                    (hb != NULL && names_label_word (ctx->text + hb->content_byte_start, ctx->text + hb->byte_end, word, len)))
                  named++;
              }
          }
      }
  for (guint i = first; i < last; i++)
    if (ds_essay_get_block (ctx->essay, i)->level > top_level)
      n_details++;
    else if (enumerated >= 2 && enumerated < tops && !enumerated_line (ctx, i, NULL, NULL))
      {
        /* (The line's own claims are read all the same.) */
        guint had = claim->items != NULL ? claim->items->len : 0;

        add_block_item (ctx, claim, i, &dated, &tasks, &valued, &reminders);
        if (claim->items != NULL && claim->items->len > had)
          {
            g_array_set_size (claim->items, had);
            reminders++;
          }
      }
    else
      glossed += add_block_item (ctx, claim, i, &dated, &tasks, &valued, &reminders);
  ctx->attribute_sheet = FALSE;
  n_items = last - first - n_details - reminders;
  b = ds_essay_get_block (ctx->essay, last - 1);
  claim->sentence = g_strdup ("");
  _ds_claim_extend (ctx, claim, b->end, ctx->text + b->byte_end);

  /* "Berikut artinya." over "- **Term**: …" lines: a glossary, each line
   * its own definition; a list of its terms is asked only when something
   * names them ("Tiga prinsip …:"). */
  /* "Apa saja kronologi?" → "1998, Tahun 2020": a timeline's dates
   * alone say nothing; its lines are asked one by one. */
  if (ds_claim_get_n_items (claim) < 2 || (intro != NULL && gloss_intro (ctx, intro)) ||
      !describe_list (ctx, claim, intro, heading, heading != G_MAXUINT) ||
      (glossed == n_items && (claim->form == DS_LIST_FORM_COMPLETE ||
                              (!names_glossary (claim, intro) && !intro_names_kinds (ctx, intro, heading)) ||
                              glossary_heading (ctx, heading))) ||
      dated == n_items || (numbered >= 2 && named == 0) || question_lines (ctx, first, last, top_level) ||
      /* "Catatan rapat" over "- Anggaran: Rp4,5 triliun", "- Ketua: Dr.
       * Siti Rahma": the labels of values say nothing without them. */
      valued * 2 >= n_items ||
      /* "Setelah kuliah ini, mahasiswa mampu:" over "1. menjelaskan …",
       * "Learning outcomes" over "Explain …", "Compare …": what the
       * student will do, no claim to recall; the lines' own claims
       * ("… three models: A, B and C") stay. */
      tasks * 2 > n_items ||
      labelled_lines (ctx, first, last) || handout_labelled (ctx, first, last) ||
      /* "6. PBB" over "- Maret 2024: MU PBB adopsi …", "- Juli 2024:
       * …": a section of notes titled by a numbered line
       * (_ds_numbered_section_item()) holds what is said of its subject,
       * each line asked as it is; it is no list of the subject's ("Apa
       * saja PBB?") unless it counts one. So are the lines before the
       * first such title ("Pembuka" over "- AI = …"). */
      /* "What are the Budapest Principles?" over "- Drafted by …", "-
       * Adopted in …": lines that say what one name is are no list of
       * its members. */
      (heading != G_MAXUINT && intro == NULL && claim->stated_count == 0 &&
       (ds_essay_get_block (ctx->essay, heading)->kind == DS_BLOCK_LIST_ITEM || ctx->heading_asks_name ||
        list_of_heading_body (ctx, claim) ||
        (last < n_blocks && _ds_numbered_section_item (ctx, last)))))
    {
      ds_claim_unref (claim);
      /* "- Rezim adalah seperangkat prinsip …" under "Pengertian Rezim":
       * lines that are each a sentence and name no list are read as
       * the sentences they are, when their items said nothing. */
      if (ctx->claims->len == before && n_details == 0 && all_statements (ctx, first, last))
        walk_item_sentences (ctx, first, last);
      else
        {
          walk_labelled_bodies (ctx, first, last);
          walk_arrow_cause_items (ctx, first, last);
        }
      return last;
    }
  if (intro != NULL && claim->form == DS_LIST_FORM_NAMING)
    {
      char *owned = label_intro_subject (ctx, intro);

      if (owned != NULL)
        {
          g_free (claim->subject);
          claim->subject = owned;
        }
    }
  _ds_list_add_count_warnings (claim, NULL);
  scope_item_glosses (ctx, claim, before);
  _ds_claim_commit (ctx, claim);
  /* "a. **Perundingan batas maritim.** Indonesia berbatasan laut …":
   * the labels are the list; each body after its label is read as the
   * sentences it is. */
  walk_labelled_bodies (ctx, first, last);
  walk_arrow_cause_items (ctx, first, last);
  return last;
}

/* ------------------------------------------------------------------ */
/* Bold headlines                                                      */

/* Words a headline takes at most. */
#define HEADLINE_MAX_WORDS 12

/* Where the bold sentence that opens the paragraph @index ends — "**Funding
 * has become uncertain.** Most donors …", "**Transparansi membaik.** …":
 * a sentence in bold of two words or more, with a verb, an auxiliary or
 * a copula the lexicon knows, its full stop inside the bold — or NULL.
 * *@a receives where its text starts. */
static const char *
headline_end (Ctx         *ctx,
              guint        index,
              const char **a)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + b->content_byte_start;
  const char *end = ctx->text + b->byte_end;
  const char *close;
  Sent h = { 0 };
  gboolean verb = FALSE;

  if (b->kind != DS_BLOCK_PARAGRAPH || end - p < 8 || strncmp (p, "**", 2) != 0)
    return NULL;
  close = g_strstr_len (p + 2, MIN (end - p - 2, 200), "**");
  if (close == NULL || close - p < 6 || !(close[-1] == '.' || close[-1] == '!') || close + 2 >= end)
    return NULL;
  h.p = p + 2;
  h.end = close - 1;
  h.block = index;
  _ds_sent_tokenize_aside (ctx, &h);
  if (h.n < 2 || _ds_count_words (&h, 0, h.n) > HEADLINE_MAX_WORDS)
    return NULL;
  for (guint k = 0; k < h.n; k++)
    {
      if (_ds_tok_is_punct (&h.toks[k], '.') || _ds_tok_is_punct (&h.toks[k], ':') || _ds_tok_is_punct (&h.toks[k], '?'))
        return NULL;
      /* ("Kapasitas teknis masih timpang": an aspect adverb before
       * the adjective that is the predicate.) */
      verb |= k > 0 && (h.toks[k].verb || (h.toks[k].flags & (W_AUX | W_CUE_DEF | W_ADV)));
    }
  if (!verb)
    return NULL;
  *a = h.p;
  return h.end;
}

/**
 * _ds_find_bold_headlines:
 *
 * "## Temuan laporan 2023" over paragraphs that each open on a sentence
 * in bold ("**Pendanaan adaptasi makin tidak pasti.** Sebagian besar
 * …", "**Capacity is still uneven.** …"): a report's or a notes'
 * findings, its headlines, which the paragraphs go on to explain; the
 * headlines are the list the heading names ("Apa saja temuan laporan
 * 2023?"). Every paragraph of the section after a first one (an intro)
 * opens so, two at least. Called at the first paragraph under a heading.
 */
void
_ds_find_bold_headlines (Ctx   *ctx,
                         guint  first)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  guint heading = ctx->topic_block, n_paras = 0, n_heads = 0, last = first;
  const char *a;
  DsClaim *claim;

  if (heading == G_MAXUINT || heading + 1 != first)
    return;
  for (guint i = first; i < n_blocks; i++)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, i);

      if (b->kind == DS_BLOCK_HEADING || b->kind == DS_BLOCK_REFERENCES_HEADING || b->kind == DS_BLOCK_LIST_ITEM)
        break;
      if (b->kind != DS_BLOCK_PARAGRAPH)
        continue;
      n_paras++;
      n_heads += headline_end (ctx, i, &a) != NULL;
      last = i + 1;
    }
  if (n_heads < 2 || n_heads + 1 < n_paras)
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, heading)->content_start;
  for (guint i = first; i < last; i++)
    {
      const char *e = headline_end (ctx, i, &a);
      Sent para;

      if (e == NULL)
        continue;
      _ds_block_as_sent (ctx, i, &para);
      _ds_claim_add_item (claim, &para, a, e);
    }
  claim_spans_lines (ctx, claim, last);
  if (ds_claim_get_n_items (claim) < 2 || !describe_list (ctx, claim, NULL, heading, TRUE))
    {
      ds_claim_unref (claim);
      return;
    }
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* Sub-headings                                                        */

/* The headings one level below @heading in its section, up to @max. */
static guint
child_headings (Ctx   *ctx,
                guint  heading,
                guint *children,
                guint  max,
                guint *first_para)
{
  guint n_blocks = ds_essay_get_n_blocks (ctx->essay);
  guint level = heading == G_MAXUINT ? 0 : ds_essay_get_block (ctx->essay, heading)->level;
  guint child_level = 0, n = 0;

  *first_para = G_MAXUINT;
  for (guint i = heading == G_MAXUINT ? 0 : heading + 1; i < n_blocks && n < max; i++)
    {
      const DsBlock *b = ds_essay_get_block (ctx->essay, i);

      if (b->kind == DS_BLOCK_REFERENCES_HEADING || (b->kind == DS_BLOCK_HEADING && b->level <= level))
        break;
      if (b->kind == DS_BLOCK_PARAGRAPH && n == 0 && *first_para == G_MAXUINT)
        *first_para = i;
      /* "Key points" over bullets, then "1. Background": the bullets are
       * the heading's list; the numbered headings after them are the
       * document's sections, not its items. */
      if (b->kind == DS_BLOCK_LIST_ITEM && n == 0 && *first_para == G_MAXUINT && heading != G_MAXUINT)
        return 0;
      if (b->kind != DS_BLOCK_HEADING)
        continue;
      if (child_level == 0)
        child_level = b->level;
      if (b->level == child_level)
        children[n++] = i;
    }
  return n;
}

/* The last sentence of a paragraph, as a reference. */
static gboolean
last_sentence (Ctx     *ctx,
               guint    index,
               SentRef *ref)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + b->content_byte_start;
  const char *end = ctx->text + b->byte_end;
  const char *start = p;

  while (p < end)
    {
      const char *stop = _ds_sentence_end (ctx, p, end);

      while (p < stop && *p == ' ')
        p++;
      if (p < stop)
        start = p;
      p = stop;
    }
  ref->p = start;
  ref->end = end;
  while (ref->end > ref->p && ref->end[-1] == ' ')
    ref->end--;
  ref->start = b->content_start + (guint) g_utf8_strlen (ctx->text + b->content_byte_start,
                                                          start - (ctx->text + b->content_byte_start));
  ref->end_char = ref->start + (guint) g_utf8_strlen (ref->p, ref->end - ref->p);
  ref->block = index;
  return ref->end > ref->p;
}

/* A heading whose sub-headings are the items of a list it counts ("Tiga
 * Pilar …"), or that a paragraph right under it introduces ("… sebagai
 * berikut."), or whose sub-headings are numbered 1, 2, 3. */
/* "Berikut tujuh hal yang wajib kamu pahami …", "Here are seven things
 * you must know …": a listicle's intro that counts its headings as
 * things (the phrase list listicle_thing after the count) names no
 * notion they are of; each heading is a claim of its own, which its
 * paragraph states. A heading or title that counts them ("Six Things to
 * Know About Cyber Norms") names what they are all the same. */
static gboolean
counts_things (Ctx           *ctx,
               const SentRef *ref,
               guint          heading)
{
  Sent intro, h = { 0 };

  if (heading == G_MAXUINT)
    {
      h.p = ctx->title;
      h.end = ctx->title + strlen (ctx->title);
      _ds_sent_tokenize_aside (ctx, &h);
    }
  else
    block_sent (ctx, heading, &h);
  if (h.n > 0 && (h.toks[0].type == TOK_NUMBER || (h.toks[0].flags & W_COUNT)))
    return FALSE;
  _ds_sent_from_ref (ctx, ref, &intro);
  for (guint k = 0; k + 1 < intro.n; k++)
    if ((intro.toks[k].flags & W_COUNT) && _ds_phrase_at (ctx, &intro, k + 1, PL_LISTICLE_THING) == 1)
      return TRUE;
  return FALSE;
}

/* Whether half the headings @children or more are clauses ("Envoys lost
 * their freedom", "Ratifikasi mengikat negara"): a verb among their
 * first words. */
static gboolean
clause_headings (Ctx         *ctx,
                 const guint *children,
                 guint        n)
{
  guint clauses = 0;

  for (guint i = 0; i < n; i++)
    {
      Sent h;

      block_sent (ctx, children[i], &h);
      for (guint k = 1; k < h.n && k < 8; k++)
        if ((h.toks[k].verb && !(h.toks[k].flags & W_NOUN)) || (h.toks[k].flags & (W_AUX | W_CUE_DEF)))
          {
            clauses++;
            break;
          }
    }
  return clauses * 2 >= n;
}

/* Whether the sentence at @ref ends on a colon. */
static gboolean
intro_colon (const SentRef *ref)
{
  const char *e = ref->end;

  while (e > ref->p && (e[-1] == ' ' || e[-1] == '*' || e[-1] == '_'))
    e--;
  return e > ref->p && e[-1] == ':';
}

/* Whether @subject is words of the essay's title ("bentuk-bentuk
 * serangan siber" under "Bentuk-Bentuk Serangan Siber"): the title names
 * the list, whatever the line under it says. */
static gboolean
subject_in_title (Ctx        *ctx,
                  const char *subject)
{
  g_autofree char *t = NULL, *f = NULL;

  if (subject == NULL || ctx->title == NULL)
    return FALSE;
  t = g_utf8_casefold (ctx->title, -1);
  f = g_utf8_casefold (subject, -1);
  return strstr (t, f) != NULL;
}

void
_ds_find_subheadings (Ctx   *ctx,
                      guint  heading)
{
  guint children[32], first_para, n, dated = 0, tasks = 0, valued = 0, reminders = 0;
  SentRef intro = { 0 };
  gboolean numbered = TRUE, has_intro, closed = FALSE;
  DsClaim *claim;
  const DsBlock *last;

  n = child_headings (ctx, heading, children, G_N_ELEMENTS (children), &first_para);
  if (n < 2)
    return;
  /* "## 1. …", "## 2. …", "## 3. …", then "## Conclusion": headings
   * without a number after a numbered series close it; they are none of
   * its items, when the text counts them (checked below). */
  for (guint k = 2; k < n; k++)
    if (ds_essay_get_block (ctx->essay, children[k])->number == 0 &&
        ds_essay_get_block (ctx->essay, children[k - 1])->number == k)
      {
        guint m = k;

        while (m < n && ds_essay_get_block (ctx->essay, children[m])->number == 0)
          m++;
        if (m == n)
          {
            n = k;
            closed = TRUE;
          }
        break;
      }
  for (guint k = 0; k < n; k++)
    numbered &= ds_essay_get_block (ctx->essay, children[k])->number == k + 1;
  /* "## 1. Introduction", "## 2. Historical Background", …, "## 5.
   * Conclusion": sections every paper has among the headings make them
   * the document's parts, no list of what the title names. */
  {
    guint parts = 0;

    for (guint k = 0; k < n; k++)
      {
        Sent h;

        block_sent (ctx, children[k], &h);
        parts += h.n > 0 && _ds_count_words (&h, 0, h.n) <= 4 && generic_heading (&h);
      }
    if (parts >= 2)
      return;
  }
  has_intro = first_para != G_MAXUINT && first_para + 1 == children[0] &&
              last_sentence (ctx, first_para, &intro);

  /* Under the title, only a numbered series is a list. */
  if (heading == G_MAXUINT && !numbered)
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_SUBHEADINGS, NULL);
  claim->start = ds_essay_get_block (ctx->essay, heading == G_MAXUINT ? children[0] : heading)->content_start;
  for (guint k = 0; k < n; k++)
    add_block_item (ctx, claim, children[k], &dated, &tasks, &valued, &reminders);
  last = ds_essay_get_block (ctx->essay, children[n - 1]);
  claim->sentence = g_strdup ("");
  _ds_claim_extend (ctx, claim, last->end, ctx->text + last->byte_end);

  if (!describe_list (ctx, claim, has_intro ? &intro : NULL, heading, TRUE) ||
      (!numbered && claim->stated_count == 0 && !(has_intro && claim->stated_count > 0)) ||
      (closed && claim->stated_count != n) || (has_intro && counts_things (ctx, &intro, heading)) ||
      /* "## 1. Envoys lost their freedom", "## 2. Leaks became easier"
       * that nothing counts: each heading is a claim its paragraph
       * states, and the headings together are no list of a notion. */
      (claim->stated_count == 0 && clause_headings (ctx, children, n)) ||
      /* "… whether the other seven members are willing …" over five
       * headings that are no members: a count the headings cannot
       * meet counts something else, not the sections. */
      (!numbered && claim->stated_count > n) ||
      /* "> catatan pribadi — cek slide di e-learning!!" over "## 1.
       * Pengantar", "## 2. Sejarah singkat": under the title, a line
       * that neither counts nor ends on a colon announces no list; the
       * numbered headings are the notes' sections. */
      (heading == G_MAXUINT && has_intro && claim->stated_count == 0 && !intro_colon (&intro) &&
       !subject_in_title (ctx, claim->subject)))
    {
      ds_claim_unref (claim);
      return;
    }
  _ds_list_add_count_warnings (claim, NULL);
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "Pertama, … Kedua, … Ketiga, …"                                      */

/* After "Hambatan pertama", what the sentence says it is: past "datang
 * dari", "bersifat", "adalah", "comes from", "is". */
static guint
predicate_start (const Sent *s,
                 guint       i)
{
  while (i < s->n && s->toks[i].type == TOK_WORD &&
         (s->toks[i].verb || (s->toks[i].flags & (W_AUX | W_PREP | W_CUE_DEF | W_CUE_NAMING | W_ADV))))
    /* "Langkah pertama adalah memetakan …": after the copula the verb is
     * the item's own. */
    if (s->toks[i++].flags & W_CUE_DEF)
      {
        /* "The first is to the applicability of …": a preposition before
         * an article or a name is no infinitive's "to". */
        if (i + 1 < s->n && (s->toks[i].flags & W_PREP) &&
            ((s->toks[i + 1].flags & (W_DET | W_FUNCTION)) || s->toks[i + 1].cap))
          i++;
        break;
      }
  if (i < s->n && _ds_tok_is_punct (&s->toks[i], ':'))
    i++;
  return i;
}

/* "Yang kedua ditolak karena biayanya …", "The second one was rejected
 * because …": what happened to the item and why, with no item named. */
static gboolean
reason_not_item (const Sent *s,
                 guint       item)
{
  const guint64 reason = W_CLAUSE | W_CONNECTIVE;

  return (s->toks[item].flags & reason) ||
         (item + 1 < s->n && (s->toks[item + 1].flags & reason) && !(s->toks[item].flags & W_NOUN));
}

/* "Tahap pertama, pada 1950-an, pemerintah …", "In the second phase,
 * after the Cold War, diplomats …": a phrase of time after the ordinal
 * (phrase list ordinal_time_aside, then a number or a name) closed by a
 * comma says when; the item is the clause after it, and the date keeps
 * its own card. The token where the item starts. */
static guint
past_time_aside (Ctx        *ctx,
                 const Sent *s,
                 guint       a)
{
  guint n = a + 3 < s->n && _ds_tok_is_punct (&s->toks[a - 1], ',') ? _ds_phrase_at (ctx, s, a, PL_ORDINAL_TIME_ASIDE) : 0;
  gboolean when = FALSE;

  if (n == 0)
    return a;
  for (guint k = a + n; k + 1 < s->n && k <= a + 6; k++)
    {
      if (_ds_tok_is_punct (&s->toks[k], ','))
        return when && k > a + n && s->toks[k + 1].type == TOK_WORD &&
               !(s->toks[k + 1].flags & (W_CONJ | W_CLAUSE | W_CUE_EXAMPLE)) ? k + 1 : a;
      if (s->toks[k].verb || (s->toks[k].flags & (W_AUX | W_CUE_DEF)) ||
          (s->toks[k].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k], '-')))
        return a;
      when |= s->toks[k].type == TOK_NUMBER || s->toks[k].cap;
    }
  return a;
}

/* Whether @k opens a noun phrase's object: an article or a determiner. */
static gboolean
object_opens (const Sent *s,
              guint       k)
{
  return k < s->n && (_ds_tok_is_article (&s->toks[k]) || (s->toks[k].flags & W_DET));
}

/* The verb right after a singular step's noun ("The second stage turned
 * …", "The first phase trains village divers …", "The fourth step set up
 * a court …"): a verb the lexicon knows, or a word in "-s" (a singular
 * noun takes no plural after it), or a word before an object, its
 * particle between them. */
static gboolean
step_verb (Ctx        *ctx,
           const Sent *s,
           guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD || t->cap || k + 1 >= s->n || s->toks[k + 1].type != TOK_WORD ||
      (t->flags & (W_AUX | W_PREP | W_FUNCTION | W_CONJ | W_CUE_DEF)))
    return FALSE;
  if (t->verb)
    return TRUE;
  if (t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' && t->p[t->len - 2] != 'u' &&
      t->p[t->len - 2] != 'i')
    return TRUE;
  return object_opens (s, k + 1) ||
         (((s->toks[k + 1].flags & W_PREP) || _ds_phrase_at (ctx, s, k + 1, PL_VERB_PARTICLE) > 0) &&
          object_opens (s, k + 2));
}

/* "The first argument for data localisation is security", "Argumen
 * pertama untuk kedaulatan data adalah keamanan": a short phrase after
 * the ordinal's noun (English) or after the noun and its ordinal
 * (Indonesian; @noun is then the ordinal) (a preposition, phrase list ordinal_noun_owner_prep,
 * then up to five words with no verb, comma or copula) names whose items
 * they are; the index of the copula after it, or 0. */
#define NOUN_OWNER_MAX_WORDS 5

/* Whether [@a, @b) holds a word that leans on what came before ("this",
 * "tersebut"): it names no owner a question can give. */
static gboolean
leans_back (const Sent *s,
            guint       a,
            guint       b)
{
  for (guint k = a; k < b; k++)
    if (s->toks[k].flags & W_ANAPHOR)
      return TRUE;
  return FALSE;
}

static guint
noun_owner_end (Ctx        *ctx,
                const Sent *s,
                guint       noun)
{
  guint k, n;

  if (noun + 3 >= s->n ||
      (n = _ds_phrase_at (ctx, s, noun + 1, PL_ORDINAL_NOUN_OWNER_PREP)) == 0)
    return 0;
  for (k = noun + 1 + n; k < s->n && k <= noun + 1 + n + NOUN_OWNER_MAX_WORDS; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->flags & W_CUE_DEF)
        return k > noun + 1 + n && k + 1 < s->n && s->toks[k + 1].type == TOK_WORD ? k : 0;
      /* ("a shared range", "the proposed treaty": a participle after an
       * article describes the noun.) */
      if (t->type != TOK_WORD || (t->verb && !_ds_tok_is_article (&s->toks[k - 1])) ||
          (t->flags & (W_AUX | W_CLAUSE | W_RELATIVE | W_THAT | W_PRONOUN)))
        return 0;
    }
  return 0;
}

/* Where an ordinal sentence's item starts, and the ordinal's value (0 for
 * "terakhir"/"finally"); FALSE when the sentence is no step of a list.
 * "Pertama, …", "Yang kedua adalah …", "Faktor ketiga yaitu …", "Hambatan
 * kedua bersifat …", "The second reason is …". *@noun receives the noun
 * before the ordinal ("hambatan"), or G_MAXUINT. */
static gboolean
ordinal_at_start (Ctx        *ctx,
                  const Sent *s,
                  guint      *value,
                  guint      *item,
                  guint      *noun)
{
  guint i = 0;

  *noun = G_MAXUINT;
  while (i < s->n && i < 4 && !(s->toks[i].flags & W_ORDINAL))
    {
      if (s->toks[i].type == TOK_PUNCT || (s->toks[i].flags & (W_CONNECTIVE | W_CUE_DEF)))
        return FALSE;
      i++;
    }
  if (i >= s->n || i >= 4 || !(s->toks[i].flags & W_ORDINAL))
    return FALSE;
  /* "Investigators look first at what …": an ordinal right after a verb
   * says when it is done, and opens no item. */
  if (i > 0 && s->toks[i - 1].verb && !(s->toks[i - 1].flags & W_NOUN) && i + 1 < s->n &&
      (s->toks[i + 1].flags & W_PREP))
    return FALSE;
  /* "Indonesia first proposed the principle in 1957", "Fiji first
   * applied …": an ordinal between a name and its verb says it was the
   * first time ("Tahap kedua meliputi …" opens on its noun, no name:
   * a word opening the sentence counts as one when it is a country or
   * the verb is an English past). */
  if (i > 0 && i + 1 < s->n && s->toks[i + 1].verb && !(s->toks[i + 1].flags & (W_CUE_DEF | W_AUX | W_NOUN)) &&
      s->toks[i - 1].type == TOK_WORD && s->toks[i - 1].cap &&
      (i - 1 > 0 || (s->toks[i - 1].flags & W_COUNTRY) ||
       (s->toks[i + 1].len > 4 && ds_ascii_strncasecmp (s->toks[i + 1].p + s->toks[i + 1].len - 2, "ed", 2) == 0)))
    return FALSE;
  *value = s->toks[i].value;
  /* "Terakhir — dan paling berat — budaya birokrasi", "Finally – and
   * most costly – …": an aside between dashes comes before the item. */
  if (i + 2 < s->n && (i == 0 || (i == 1 && (s->toks[0].flags & W_RELATIVE))) &&
      (_ds_tok_is_punct (&s->toks[i + 1], 0x2013) || _ds_tok_is_punct (&s->toks[i + 1], 0x2014)))
    {
      *item = i + 2;
      for (guint k = i + 2; k < s->n && k <= i + 8; k++)
        if (_ds_tok_is_punct (&s->toks[k], s->toks[i + 1].ch))
          {
            *item = k + 1;
            break;
          }
      /* "Third — and hardest — is trust", "Ketiga — dan paling sulit —
       * adalah kepercayaan": the copula after the aside is no part of the
       * item. */
      if (*item < s->n && (s->toks[*item].flags & W_CUE_DEF))
        *item = predicate_start (s, *item);
      return *item < s->n;
    }
  if (i + 1 < s->n && _ds_tok_is_punct (&s->toks[i + 1], ','))
    {
      *item = i + 2;
      /* "Third, and most important, the states …", "Ketiga, dan yang
       * paling penting, negara …": an aside between commas that a
       * conjunction opens, a few words and no verb, ranks the item; it
       * is no part of it. */
      if (i + 3 < s->n && (s->toks[i + 2].flags & W_CONJ))
        for (guint k = i + 3; k < s->n && k <= i + 8; k++)
          {
            if (s->toks[k].type != TOK_WORD || s->toks[k].verb)
              {
                if (_ds_tok_is_punct (&s->toks[k], ',') && k > i + 3 && k + 1 < s->n)
                  *item = k + 1;
                break;
              }
          }
      /* "Yang pertama, …": speech puts the relative before the ordinal;
       * "Dan keempat, …", "And fifth, …" joins the last item on. */
      if (i == 0 || (i == 1 && (s->toks[0].flags & (W_RELATIVE | W_CONJ))))
        return TRUE;
      /* "Tahap pertama, koperasi dibentuk …", "Pada tahap kedua, …": the
       * noun before the ordinal names what the items are ("Presiden
       * pertama, Soekarno, …" sets a name beside it: no item). */
      if (i >= 1 && i <= 2 && i + 2 < s->n && !s->toks[i + 2].cap &&
          s->toks[i - 1].type == TOK_WORD && _ds_tok_nounish (&s->toks[i - 1]) &&
          !(s->toks[i - 1].flags & (W_FUNCTION | W_RELATIVE | W_CONJ)) && (i == 1 || (s->toks[0].flags & W_PREP)))
        {
          *noun = i - 1;
          return TRUE;
        }
      return FALSE;
    }
  /* "In the first stage, the cooperatives …": English puts the noun
   * after the ordinal, before the comma. */
  if (i + 3 < s->n && i >= 1 && i <= 2 && !s->toks[i + 3].cap && _ds_tok_is_article (&s->toks[i - 1]) &&
      (i == 1 || (s->toks[0].flags & W_PREP)) && s->toks[i + 1].type == TOK_WORD &&
      _ds_tok_nounish (&s->toks[i + 1]) && !(s->toks[i + 1].flags & W_FUNCTION) &&
      _ds_tok_is_punct (&s->toks[i + 2], ','))
    {
      *noun = i + 1;
      *item = i + 3;
      return TRUE;
    }
  /* "The first and most cited obstacle is attribution", "Hambatan
   * pertama dan paling serius adalah anonimitas": a conjunction after the
   * ordinal, then up to four words that rank it (no verb, no
   * punctuation) before the copula; English's noun is the word before the
   * copula, Indonesian's the one before the ordinal. */
  if (i + 3 < s->n && (s->toks[i + 1].flags & W_CONJ) && s->toks[i + 1].type == TOK_WORD &&
      (ctx->english ? (i == 0 || _ds_tok_is_article (&s->toks[i - 1]))
                    : (i == 1 && _ds_tok_nounish (&s->toks[0]) && !(s->toks[0].flags & W_FUNCTION))))
    {
      for (guint k = i + 2; k + 1 < s->n && k <= i + 5; k++)
        {
          if (s->toks[k].type != TOK_WORD || (s->toks[k].flags & (W_AUX | W_CUE_DEF | W_PRONOUN | W_ANAPHOR)))
            break;
          if ((s->toks[k + 1].flags & W_CUE_DEF) && k >= i + 3 &&
              (!ctx->english || (_ds_tok_nounish (&s->toks[k]) && !(s->toks[k].flags & W_FUNCTION))))
            {
              *noun = ctx->english ? k : i - 1;
              *item = predicate_start (s, k + 1);
              return *item < s->n && !reason_not_item (s, *item);
            }
        }
    }
  if (i > 0 && _ds_tok_nounish (&s->toks[i - 1]) && !(s->toks[i - 1].flags & W_RELATIVE) &&
      !_ds_tok_is_article (&s->toks[i - 1]))
    {
      guint pp;

      *noun = i - 1;
      /* ("Argumen pertama untuk kedaulatan data adalah …": past the
       * owner to the copula.) */
      if (!ctx->english && (pp = noun_owner_end (ctx, s, i)) > 0)
        i = pp - 1;
    }
  /* "The second reason is that …": English puts the noun after the
   * ordinal. */
  else if (i + 2 < s->n && (i == 0 || _ds_tok_is_article (&s->toks[i - 1])) &&
           s->toks[i + 1].type == TOK_WORD && _ds_tok_nounish (&s->toks[i + 1]) &&
           !(s->toks[i + 1].flags & W_FUNCTION) &&
           ((s->toks[i + 2].flags & W_CUE_DEF) || noun_owner_end (ctx, s, i + 1) > 0 ||
            /* "The second stage turned the centre into …": a step
             * (phrase list ordinal_step_noun) is told by its verb
             * ("The first treaty banned …" is no step). */
            (step_verb (ctx, s, i + 2) && _ds_phrase_at (ctx, s, i + 1, PL_ORDINAL_STEP_NOUN) == 1)))
    {
      guint pp;

      *noun = ++i;
      /* ("The first argument for data localisation is …": past the
       * owner to the copula.) */
      if ((pp = noun_owner_end (ctx, s, i)) > 0)
        i = pp - 1;
    }
  if (i + 1 < s->n && ((s->toks[i + 1].flags & (W_CUE_DEF | W_CUE_NAMING | W_PREP | W_AUX)) ||
                       s->toks[i + 1].verb ||
                       (ctx->english && *noun != G_MAXUINT && step_verb (ctx, s, i + 1) &&
                        _ds_phrase_at (ctx, s, *noun, PL_ORDINAL_STEP_NOUN) == 1)))
    {
      *item = predicate_start (s, i + 1);
      /* "Tahap kedua mengubah kelompok itu menjadi dewan", "The second
       * step maps the routes": a step (phrase list ordinal_step_noun) is
       * what it does; its verb, with an object right after, is the
       * item's first word ("comes from", "datang dari" are still passed). */
      if (*noun != G_MAXUINT && (s->toks[i + 1].verb || ctx->english) && step_verb (ctx, s, i + 1) &&
          !(s->toks[i + 1].flags & (W_CUE_DEF | W_CUE_NAMING | W_AUX | W_PREP | (s->toks[i + 1].verb ? W_NOUN : 0))) &&
          i + 2 < s->n && s->toks[i + 2].type == TOK_WORD &&
          !(s->toks[i + 2].flags & (W_PREP | W_CUE_DEF | W_AUX | W_THAT)) &&
          _ds_phrase_at (ctx, s, *noun, PL_ORDINAL_STEP_NOUN) == 1)
        *item = i + 1;
      /* "… is that attacks come from abroad": the clause is the item. */
      if (*item < s->n && (s->toks[*item].flags & W_THAT) &&
          (*noun != G_MAXUINT ||
           (*item + 2 < s->n && s->toks[*item + 1].type == TOK_WORD && !(s->toks[*item + 1].flags & W_PREP))))
        (*item)++;
      return *item < s->n && !reason_not_item (s, *item);
    }
  return FALSE;
}

/* "Nah, yang keempat adalah …", "Jadi yang kedua …", "Now, the third
 * is …": a word a speaker opens a step with (phrase list
 * ordinal_discourse_opener), a comma perhaps, stands before the
 * ordinal; the ordinal is read as if it opened the sentence. */
static gboolean
ordinal_past_opener (Ctx        *ctx,
                     const Sent *s,
                     guint      *value,
                     guint      *item,
                     guint      *noun)
{
  guint o = _ds_phrase_at (ctx, s, 0, PL_ORDINAL_DISCOURSE_OPENER);
  Sent v;

  if (o == 0 || o + 3 >= s->n)
    return ordinal_at_start (ctx, s, value, item, noun);
  if (_ds_tok_is_punct (&s->toks[o], ','))
    o++;
  /* (The ordinal comes at once, after a relative or an article at
   * most.) */
  if (!(s->toks[o].flags & W_ORDINAL) &&
      !(o + 1 < s->n && (s->toks[o + 1].flags & W_ORDINAL) &&
        ((s->toks[o].flags & (W_RELATIVE | W_CONJ)) || _ds_tok_is_article (&s->toks[o]))))
    return ordinal_at_start (ctx, s, value, item, noun);
  v = *s;
  v.toks += o;
  v.n -= o;
  v.body_end = s->body_end >= o ? s->body_end - o : 0;
  v.body_n = s->body_n >= o ? s->body_n - o : 0;
  if (!ordinal_at_start (ctx, &v, value, item, noun))
    return FALSE;
  *item += o;
  if (*noun != G_MAXUINT)
    *noun += o;
  return TRUE;
}

/* The item: the clause after the ordinal, up to a colon, a semicolon, a
 * new clause, a comma before "karena"/"sehingga"/"which"… or, when it runs
 * long, the first comma. "**Pertama, tidak ada koordinator.** Tiga
 * kementerian …", "**Second, expertise is scarce.** Few …": a bold
 * ordinal label is read with the paragraph's first sentence; the item
 * ends at the stop the bold closes after. */
static guint
ordinal_item_end (const Sent *s,
                  guint       a)
{
  guint e = _ds_body_end (s);

  for (guint i = a + 1; i < e; i++)
    {
      const Tok *t = &s->toks[i];
      gboolean comma = _ds_tok_is_punct (t, ',');

      if (t->type == TOK_PUNCT && (_ds_tok_is_punct (t, '.') || _ds_tok_is_punct (t, '!')) &&
          t->p + 2 < s->end && t->p[1] == '*' && t->p[2] == '*')
        return i;
      if (_ds_tok_is_punct (t, ';') || _ds_tok_is_punct (t, ':') || (t->flags & W_CLAUSE) ||
          (comma && i + 1 < e && (s->toks[i + 1].flags & (W_CONNECTIVE | W_CLAUSE | W_RELATIVE))) ||
          (comma && _ds_count_words (s, a, i) >= 4 && _ds_count_words (s, a, e) > 14))
        return i;
    }
  return e;
}

/* "Diplomasi memiliki lima fungsi utama." before "Pertama, …": the count
 * the intro states is the list card's, so the intro's count cloze goes. */
static void
drop_intro_count (Ctx           *ctx,
                  const SentRef *intro)
{
  for (guint i = ctx->claims->len; i > 0; i--)
    {
      DsClaim *c = ctx->claims->pdata[i - 1];

      if (c->start < intro->start)
        break;
      if (c->start == intro->start && c->kind == DS_CLAIM_FACT && c->rule == DS_CLAIM_RULE_NUMBER &&
          c->question == NULL)
        g_ptr_array_remove_index (ctx->claims, i - 1);
    }
}

static gboolean
intro_names (Ctx           *ctx,
             DsClaim       *claim,
             const SentRef *intro,
             const char    *noun)
{
  g_autofree char *folded = NULL;

  if (!describe_list (ctx, claim, intro, G_MAXUINT, FALSE) || claim->subject == NULL ||
      claim->stated_count == 0)
    return FALSE;
  folded = ds_utf8_strdown (claim->subject, -1);
  return g_str_has_prefix (folded, noun);
}

/* "The council has been criticised for years." before "Firstly, …": an
 * intro with no count, no quantity word (phrase list lists_vague_count:
 * "several", "beberapa"), no word that names list items ("reasons",
 * "langkah": the generic words) and no colon names no list, and its last
 * noun ("years") would be asked as if it did. */
/* "three-step", "two-tier": a compound that counts ("bertahun-tahun",
 * a doubled word, counts nothing). */
static gboolean
compound_count (const Tok *t)
{
  const char *dash = memchr (t->p, '-', t->len);
  gsize head, tail;

  if (dash == NULL)
    return FALSE;
  head = (gsize) (dash - t->p);
  tail = t->len - head - 1;
  /* The part after the dash ends the part before it: a doubling. */
  return tail > 0 && !(tail <= head && ds_ascii_strncasecmp (dash + 1, dash - tail, tail) == 0);
}

/* "Namun, pendekatan ini mempunyai kelemahan.", "Yet this approach has
 * weaknesses.": an intro that ends on what its subject has (phrase
 * lists merit_have, then merit_noun), uncounted, names the ordinals after
 * it: the noun (its words), else NULL. (_ds_find_merits() reads the
 * same sentence when its subject is a name; "pendekatan ini" is none.) */
static char *
merit_intro (Ctx           *ctx,
             const SentRef *intro)
{
  Sent s;
  guint e;

  _ds_sent_from_ref (ctx, intro, &s);
  e = _ds_body_end (&s);
  for (guint k = 1; k + 1 < e; k++)
    if (_ds_phrase_at (ctx, &s, k, PL_MERIT_HAVE) == 1 &&
        _ds_phrase_at (ctx, &s, k + 1, PL_MERIT_NOUN) == e - k - 1)
      return _ds_phrase_dup (&s, k + 1, e, TRUE);
  return NULL;
}

static gboolean
intro_counts (Ctx           *ctx,
              const SentRef *intro)
{
  Sent s;
  guint e;

  _ds_sent_from_ref (ctx, intro, &s);
  e = s.n;
  while (e > 0 && s.toks[e - 1].type == TOK_PUNCT && !_ds_tok_is_punct (&s.toks[e - 1], ':'))
    e--;
  if (e > 0 && _ds_tok_is_punct (&s.toks[e - 1], ':'))
    return TRUE;
  /* "Keberatan terhadap skema ini cukup beragam.", "The complaints are
   * varied.": a predicate that says there are many of them (phrase list
   * lists_quantity_predicate) ends the sentence. */
  if (e > 1 && _ds_phrase_at (ctx, &s, e - 1, PL_LISTS_QUANTITY_PREDICATE) == 1)
    return TRUE;
  for (guint k = 0; k < e; k++)
    if ((s.toks[k].flags & (W_COUNT | W_GENERIC)) || s.toks[k].type == TOK_NUMBER ||
        (s.toks[k].type == TOK_WORD && compound_count (&s.toks[k])) ||
        _ds_phrase_at (ctx, &s, k, PL_LISTS_VAGUE_COUNT) > 0)
      return TRUE;
  return FALSE;
}

/* Whether the word @t is @noun or its English plural or singular
 * ("motive", "motives"). */
static gboolean
same_noun (const Tok  *t,
           const char *noun)
{
  gsize n = strlen (noun);

  if (t->type != TOK_WORD)
    return FALSE;
  if (t->len == n)
    return ds_ascii_strncasecmp (t->p, noun, n) == 0;
  if (t->len == n + 1 && t->p[n] == 's')
    return ds_ascii_strncasecmp (t->p, noun, n) == 0;
  return t->len + 1 == n && noun[n - 1] == 's' && ds_ascii_strncasecmp (t->p, noun, t->len) == 0;
}

/* "Para peretas digerakkan oleh beberapa motif." before "Motif pertama
 * …", "Hackers are driven by several motives." before "The first
 * motive …": the list's noun @noun stands in the intro after the verb
 * of a clause; the clause's subject, as the clause reader reads it
 * (past a "bahwa", "that" that opens the clause), owns the list
 * ("motif para peretas", "motives of hackers"). NULL when the intro
 * does not hold the noun so. */
static char *
intro_owner (Ctx           *ctx,
             const SentRef *intro,
             const char    *noun,
             gboolean       owning)
{
  Sent s, v;
  Clause c;
  guint k, a, e, j;
  g_autofree char *owner = NULL;

  _ds_sent_from_ref_plain (ctx, intro, &s);
  e = _ds_body_end (&s);
  for (k = 1; k < e && !same_noun (&s.toks[k], noun); k++)
    ;
  /* "Upaya ASEAN membangun pusat siber tidak berjalan mulus." before
   * "Hambatan pertama …": an intro of the same paragraph that does not
   * name the items says whose they are by its subject. */
  if (k >= e && !ctx->ordinals.intro_in_block)
    return NULL;
  a = _ds_clause_start (&s, k);
  for (j = k; j > a; j--)
    if (s.toks[j - 1].flags & W_THAT)
      {
        a = j;
        break;
      }
  if (a >= k)
    return NULL;
  v = s;
  v.toks += a;
  v.n -= a;
  v.body_end = e - a;
  v.body_n = v.n;
  _ds_clause_asides (ctx, &v, &c);
  if (c.head == G_MAXUINT || c.subject_end <= c.subject || c.group_end > k - a || c.opening_end > 0 ||
      c.subject_end - c.subject > 8)
    return NULL;
  /* (@owning: only a verb that says the subject has them, phrase lists
   * owner_verb and ordinal_owner_frame ("memiliki", "faces", "dapat
   * dilihat dari"); "The ministry set up two agencies" does not own
   * "agencies of the ministry".) */
  if (owning && !_ds_phrase_in (ctx, &v, c.group, k - a, PL_OWNER_VERB) &&
      !_ds_phrase_in (ctx, &v, c.group, k - a, PL_ORDINAL_OWNER_FRAME))
    return NULL;
  /* (A subject that is a noun phrase: "Banyak yang sekadar …" is
   * none.) */
  for (j = c.subject; j < c.subject_end; j++)
    if ((v.toks[j].flags & (W_PRONOUN | W_ANAPHOR | W_VAGUE | W_QUANT | W_COUNT | W_ADV)) ||
        v.toks[j].type != TOK_WORD)
      return NULL;
  j = c.subject + (_ds_tok_is_article (&v.toks[c.subject]) || (v.toks[c.subject].flags & W_DET) ? 1 : 0);
  if (j >= c.subject_end || !_ds_tok_nounish (&v.toks[j]))
    return NULL;
  if (v.toks[c.subject].flags & (W_FUNCTION & ~W_DET) && !_ds_tok_is_article (&v.toks[c.subject]))
    return NULL;
  owner = _ds_phrase_dup (&v, c.subject, c.subject_end, TRUE);
  return ds_lang_expand (ctx->lang, "owned", "owned", noun, "owner", owner, NULL);
}

/* Words and adverbs a roadmap item may set between its subject and its
 * verb ("Section 2 then turns to …", "Bab II kemudian membahas …"). */
#define ROADMAP_MAX_GAP 2

/* "First, it introduces the regime.", "Kedua, makalah ini membahas …",
 * "Section 3 describes …": an ordinal item from @a on that is a move of
 * the text itself — a subject that is the text, its author or a part of
 * it (phrase lists self_document, author_self, purpose_part_subject,
 * roadmap_subject: "it", "we", "bab", a number after it perhaps) or
 * none at all, then a verb of what a text does (roadmap_verb). *@named
 * is set when the subject names the text ("this paper", "bab"), not a
 * pronoun. */
static gboolean
roadmap_move (Ctx        *ctx,
              const Sent *s,
              guint       a,
              gboolean   *named)
{
  guint e = _ds_body_end (s), k = a, n;

  *named = FALSE;
  if (a >= e)
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, k, PL_SELF_DOCUMENT)) > 0 ||
      (n = _ds_phrase_at (ctx, s, k, PL_AUTHOR_SELF)) > 0 ||
      (n = _ds_phrase_at (ctx, s, k, PL_PURPOSE_PART_SUBJECT)) > 0 ||
      (n = _ds_phrase_at (ctx, s, k, PL_ROADMAP_SUBJECT)) > 0)
    {
      *named = !(s->toks[k].flags & W_PRONOUN) && n > 0;
      k += n;
      /* "Section 2", "Bab II", "Bagian ketiga" */
      if (k < e && (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_ORDINAL) ||
                    (s->toks[k].type == TOK_WORD && s->toks[k].len <= 4 && strspn (s->toks[k].p, "IVX") == s->toks[k].len)))
        k++;
      /* "Makalah ini", "this article": a demonstrative after the noun */
      if (k < e && !ctx->english && _ds_tok_is (&s->toks[k], "ini"))
        k++;
    }
  for (guint gap = 0; gap < ROADMAP_MAX_GAP && k < e && (s->toks[k].flags & (W_ADV | W_AUX)) &&
                      _ds_phrase_at (ctx, s, k, PL_ROADMAP_VERB) == 0; gap++)
    k++;
  return k < e && _ds_phrase_at (ctx, s, k, PL_ROADMAP_VERB) > 0;
}

/* Whether the sentence at @ref speaks of the text itself (phrase lists
 * self_document, author_self): "This article asks why …" before "It
 * proceeds in four steps." */
static gboolean
speaks_of_text (Ctx           *ctx,
                const SentRef *ref)
{
  Sent s;
  guint e;

  if (ref->p == NULL)
    return FALSE;
  _ds_sent_from_ref_plain (ctx, ref, &s);
  e = _ds_body_end (&s);
  return _ds_phrase_in (ctx, &s, 0, e, PL_SELF_DOCUMENT) ||
         _ds_phrase_in (ctx, &s, 0, e, PL_AUTHOR_SELF);
}

/* "It proceeds in four steps. First, it introduces the regime. Second,
 * it describes …", "Bagian kedua membahas …, bagian ketiga …": the
 * text's roadmap, its own moves, says what the reader will find where
 * and no claim of its topic ("Name the four steps" asks of nothing the
 * text argues). Every item but one a move, at least two, and the text
 * named by one of them, by the ordinal's noun ("bagian", "sections") or
 * in the intro or the sentence before it. */
static gboolean
ordinals_roadmap (Ctx     *ctx,
                  DsClaim *claim)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint n = ds_claim_get_n_items (claim);

  if (seq->moves < 2 || seq->moves + 1 < n)
    return FALSE;
  if (seq->moves_named)
    return TRUE;
  if (seq->noun != NULL)
    {
      const char * const *parts = ds_lang_get_phrases (ctx->lang, "roadmap_part");

      for (guint k = 0; parts != NULL && parts[k] != NULL; k++)
        if (g_ascii_strcasecmp (seq->noun, parts[k]) == 0)
          return TRUE;
    }
  return seq->has_intro && (speaks_of_text (ctx, &seq->intro) || speaks_of_text (ctx, &seq->before));
}

/* Names and commits the sequence's list. */
/* Whether the intro holds @noun counted ("two flaws") after a verb of
 * its own clause, a subject before it that points nowhere ("the Court",
 * no "it", "this approach"), and ends there. */
static gboolean
counted_object (Ctx           *ctx,
                const SentRef *intro,
                const char    *noun)
{
  Sent s;
  guint e, at = G_MAXUINT;
  gboolean verb = FALSE, subject = FALSE;

  _ds_sent_from_ref (ctx, intro, &s);
  e = _ds_body_end (&s);
  if (e < 4 || !same_noun (&s.toks[e - 1], noun))
    return FALSE;
  at = e - 2;
  /* ("two important ways": a word that grades the noun, phrase list
   * adjective.) */
  if (_ds_phrase_at (ctx, &s, at, PL_ADJECTIVE) == 1 && at > 2)
    at--;
  if (!(s.toks[at].flags & W_COUNT) || s.toks[at].value < 2)
    return FALSE;
  /* ("The ministry also prepared three services.": a common noun after
   * "the" that opens the sentence is named in the one before.) */
  if (_ds_tok_is (&s.toks[0], "the") && s.toks[1].type == TOK_WORD && !s.toks[1].cap && at > 2 &&
      s.toks[2].type == TOK_WORD && !s.toks[2].cap && !_ds_tok_nounish (&s.toks[2]))
    return FALSE;
  for (guint k = 0; k < at; k++)
    {
      /* ("Setidaknya ada tiga alasan.", "There are three reasons.": a
       * count that only says there are some names nothing.) */
      if (_ds_phrase_at (ctx, &s, k, PL_LIST_OWNER_EXISTENTIAL) > 0)
        return FALSE;
      /* ("konsep information disorder yang terdiri atas tiga jenis": the
       * noun is counted in a relative on the thing that owns it.) */
      if (s.toks[k].flags & (W_RELATIVE | W_THAT))
        return FALSE;
      /* ("In its ruling the Court …": a possessive is no subject.) */
      if (((s.toks[k].flags & W_ANAPHOR) || ((s.toks[k].flags & W_PRONOUN) && !(s.toks[k].flags & W_DET))) &&
          !(s.toks[k].flags & (W_RELATIVE | W_THAT)))
        return FALSE;
      if (s.toks[k].type == TOK_WORD && (s.toks[k].verb || (s.toks[k].flags & W_VERB)) && !s.toks[k].cap)
        verb = TRUE;
      /* (A subject before the verb: "terdiri atas tiga jenis." cut from
       * the sentence before it has none.) */
      else if (!verb && s.toks[k].type == TOK_WORD && !(s.toks[k].flags & W_FUNCTION))
        subject = TRUE;
    }
  return verb && subject;
}

/* Whether @subject is two words, a word that grades (phrase list
 * adjective: "important", "main") and a noun. */
static gboolean
graded_noun (Ctx        *ctx,
             const char *subject)
{
  Sent s;

  _ds_text_tokenize (ctx, subject, &s);
  return s.n == 2 && s.toks[1].type == TOK_WORD && _ds_phrase_at (ctx, &s, 0, PL_ADJECTIVE) == 1 &&
         strchr (subject, ' ') != NULL && strchr (strchr (subject, ' ') + 1, ' ') == NULL;
}

/* The intro's text without its closing stop, for a list it completes. */
static char *
intro_lead (const SentRef *intro)
{
  const char *end = intro->end;

  while (end > intro->p && (g_ascii_isspace (end[-1]) || end[-1] == '.' || end[-1] == ':'))
    end--;
  return g_strndup (intro->p, end - intro->p);
}

/* Whether the question heading @text names no one and nothing: every
 * word of it is a question word, a relative, an auxiliary, a copula, a
 * function word or a verb ("Apa yang perlu dilakukan?", "What must be
 * done?"). */
gboolean
_ds_heading_names_nothing (Ctx        *ctx,
                           const char *text)
{
  Sent h = { 0 };

  h.p = text;
  h.end = text + strlen (text);
  _ds_sent_tokenize_aside (ctx, &h);
  if (h.n == 0 || !(h.flags & W_QUESTION))
    return FALSE;
  for (guint k = 0; k < h.n; k++)
    if (h.toks[k].type == TOK_NUMBER ||
        (h.toks[k].type == TOK_WORD && !h.toks[k].verb &&
         !(h.toks[k].flags & (W_QUESTION | W_RELATIVE | W_AUX | W_CUE_DEF | W_FUNCTION | W_ADV))))
      return FALSE;
  return TRUE;
}

static void
ordinals_describe (Ctx     *ctx,
                   DsClaim *claim,
                   char    *noun_owned)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint heading = ctx->topic_block;
  g_autofree char *noun = noun_owned;
  g_autofree char *merits = NULL;

  if (ordinals_roadmap (ctx, claim))
    {
      seq->run_in = seq->defined = FALSE;
      if (seq->has_intro)
        drop_intro_count (ctx, &seq->intro);
      ds_claim_unref (claim);
      return;
    }
  /* Run-in labels, defined terms are a list when they are as many as
   * announced. */
  if ((seq->run_in || seq->defined) && ds_claim_get_n_items (claim) != seq->count)
    {
      seq->run_in = seq->defined = FALSE;
      ds_claim_unref (claim);
      return;
    }
  seq->run_in = seq->defined = FALSE;
  /* "… tertinggal karena tiga sebab. Sebab pertama …": the clause the
   * reasons are for owns them, never a heading or the title. */
  if (seq->has_intro && _ds_reasons_intro (ctx, &seq->intro, claim))
    ;
  /* "Hambatan pertama …, Hambatan kedua …": the noun names the list,
   * unless the intro counts the same noun ("… menghadapi tiga tantangan"). */
  else if (noun != NULL)
    {
      /* The intro, once read, names the list or is forgotten. */
      if (!(seq->has_intro && intro_names (ctx, claim, &seq->intro, noun)))
        {
          char *owned = seq->has_intro ? intro_owner (ctx, &seq->intro, noun, FALSE) : NULL;

          g_free (claim->subject);
          g_clear_pointer (&claim->count_word, g_free);
          claim->stated_count = 0;
          claim->subject = owned != NULL ? owned : g_steal_pointer (&noun);
          claim->form = DS_LIST_FORM_NAMING;
        }
    }
  else if (seq->has_intro && !intro_counts (ctx, &seq->intro) &&
           (merits = merit_intro (ctx, &seq->intro)) != NULL)
    {
      g_free (claim->subject);
      claim->subject = g_steal_pointer (&merits);
      claim->form = DS_LIST_FORM_NAMING;
    }
  else if (!describe_list (ctx, claim, seq->has_intro && intro_counts (ctx, &seq->intro) ? &seq->intro : NULL,
                          heading, heading != G_MAXUINT))
    claim->form = DS_LIST_FORM_NONE;
  /* "Kelemahan diplomasi publik kita dapat dilihat dari dua sisi.": a
   * counted noun of one word ("sisi"), which alone the question would
   * place in the document's title, is owned by the subject of the
   * intro's clause ("sisi kelemahan diplomasi publik kita"). */
  else if (seq->has_intro && claim->form == DS_LIST_FORM_NAMING && claim->subject != NULL &&
           claim->stated_count > 0 && strchr (claim->subject, ' ') == NULL)
    {
      char *owned = intro_owner (ctx, &seq->intro, claim->subject, TRUE);

      if (owned != NULL)
        {
          g_free (claim->subject);
          claim->subject = owned;
        }
      /* "In its ruling the Court found two flaws.", "Data dikumpulkan
       * melalui dua teknik.": a counted noun the intro's verb takes,
       * whose owner no clause reader gives, is of what the intro says;
       * the intro is completed ("Complete (2 items): In its ruling the
       * Court found two flaws …"), not asked "Name the two flaws in
       * “…”". */
      else if (counted_object (ctx, &seq->intro, claim->subject))
        {
          g_free (claim->lead);
          claim->lead = intro_lead (&seq->intro);
          claim->form = DS_LIST_FORM_COMPLETE;
        }
    }
  /* (The same of a noun and the word that grades it: "… has changed in
   * two important ways.") */
  else if (seq->has_intro && claim->form == DS_LIST_FORM_NAMING && claim->subject != NULL &&
           claim->stated_count > 0 && graded_noun (ctx, claim->subject) &&
           counted_object (ctx, &seq->intro, strchr (claim->subject, ' ') + 1))
    {
      g_free (claim->lead);
      claim->lead = intro_lead (&seq->intro);
      claim->form = DS_LIST_FORM_COMPLETE;
    }
  /* "Ada empat jenis serangan." then three ordinals found: a list a
   * student is asked four of, shown three, is worse than none; and the
   * intro's count, a number whose list the text does not give, is a
   * blank to no purpose. */
  if (ds_claim_get_n_items (claim) >= 2 && claim->form != DS_LIST_FORM_NONE &&
      ds_claim_get_n_items (claim) < claim->stated_count)
    {
      if (seq->has_intro)
        drop_intro_count (ctx, &seq->intro);
      ds_claim_unref (claim);
      return;
    }
  if (ds_claim_get_n_items (claim) < 2 || claim->form == DS_LIST_FORM_NONE)
    {
      ds_claim_unref (claim);
      return;
    }
  /* "## Apa yang perlu dilakukan?", then "Menurut saya, ada tiga langkah
   * yang perlu diambil." and "Pertama, …": a question heading that names
   * no one and nothing is no owner a card can ask by ("Apa yang perlu
   * dilakukan?" — by whom, of what?); the steps the intro counts, a head
   * of one word that names no owner ("langkah", "steps"), are asked in
   * the essay's title ("langkah konkret" is asked as it was). */
  if (seq->has_intro && claim->stated_count > 0 && claim->topic != NULL && g_str_has_suffix (claim->topic, "?") &&
      claim->subject != NULL && strchr (claim->subject, ' ') == NULL &&
      ctx->title != NULL && g_strcmp0 (ctx->title, ctx->essay_id) != 0 && _ds_heading_names_nothing (ctx, claim->topic))
    {
      g_free (claim->topic);
      claim->topic = g_strdup (ctx->title);
    }
  _ds_list_add_count_warnings (claim, NULL);
  if (_ds_claim_commit (ctx, claim) && seq->has_intro)
    drop_intro_count (ctx, &seq->intro);
}

void
_ds_ordinals_flush (Ctx *ctx)
{
  OrdinalSeq *seq = &ctx->ordinals;
  DsClaim *claim = g_steal_pointer (&seq->claim);
  g_autofree char *noun = g_steal_pointer (&seq->noun);
  g_autofree char *subject = g_steal_pointer (&seq->subject);
  g_autofree char *now_subject = NULL;
  SentRef now_prev = ctx->prev, now_prev2 = ctx->prev2;

  if (claim == NULL)
    return;
  /* The intro is described after its items were read: its "it", "this
   * council" mean what they meant when it was read ("It has two
   * features:" then "**Binding review.** … Citizens may …" is no
   * feature of citizens). */
  if (seq->has_intro)
    {
      now_subject = g_steal_pointer (&ctx->subject);
      ctx->subject = g_steal_pointer (&subject);
      ctx->prev = seq->intro;
      ctx->prev2 = seq->before;
    }
  ordinals_describe (ctx, claim, g_steal_pointer (&noun));
  if (seq->has_intro)
    {
      g_free (ctx->subject);
      ctx->subject = g_steal_pointer (&now_subject);
      ctx->prev = now_prev;
      ctx->prev2 = now_prev2;
    }
}

/* ", misalnya A, B, dan C.", ", such as A, B and C.": the examples of
 * what stands before the comma (phrase list bracket_example), a series
 * of short noun phrases that runs to the sentence's end; the token its
 * first example opens on, or 0. */
static guint
example_series (Ctx        *ctx,
                const Sent *s,
                guint       comma)
{
  guint e = _ds_body_end (s), n;

  if (comma + 1 >= e || !_ds_tok_is_punct (&s->toks[comma], ',') ||
      (n = _ds_phrase_at (ctx, s, comma + 1, PL_BRACKET_EXAMPLE)) == 0 ||
      comma + 1 + n + 3 > e || _ds_tok_is_punct (&s->toks[comma + 1 + n], ','))
    return 0;
  return _ds_cued_series_items (s, comma + 1 + n, e, NULL) >= 2 ? comma + 1 + n : 0;
}

/* ", seperti A atau B," / ", such as A and B,": examples set between two
 * commas inside an item; the index of the closing comma, or 0. */
static guint
example_aside (Ctx        *ctx,
               const Sent *s,
               guint       comma)
{
  guint e = _ds_body_end (s);

  if (comma + 2 >= e || !_ds_tok_is_punct (&s->toks[comma], ',') ||
      !((s->toks[comma + 1].flags & W_CUE_EXAMPLE) || _ds_phrase_at (ctx, s, comma + 1, PL_LIST_EXAMPLES) > 0))
    return 0;
  /* (", misalnya A, B, dan C.": the comma after A parts a series that
   * ends the sentence; it closes no aside.) */
  if (example_series (ctx, s, comma) > 0)
    return 0;
  for (guint k = comma + 2; k + 1 < e; k++)
    if (_ds_tok_is_punct (&s->toks[k], ','))
      return s->toks[k + 1].type == TOK_WORD && !(s->toks[k + 1].flags & (W_CONJ | W_CLAUSE | W_CONNECTIVE)) ? k : 0;
  return 0;
}

/* Words a subject before a relative aside may take, and tokens the
 * aside may take. */
#define ASIDE_SUBJECT_MAX_WORDS 6
#define RELATIVE_ASIDE_MAX_TOKENS 14

/* "Ketiga, Tiongkok dan Myanmar, yang menguasai hulu sungai, hanya …",
 * "Third, China and Myanmar, which hold the upper river, are only …": a
 * relative clause between two commas after the item's subject (a noun
 * phrase with no verb of its own, [@a, @comma)) says more of it; the
 * item's predicate follows the closing comma. The index of that comma,
 * or 0. */
static guint
relative_aside (const Sent *s,
                guint       a,
                guint       comma)
{
  guint e = _ds_body_end (s);

  if (comma + 3 >= e || !_ds_tok_is_punct (&s->toks[comma], ',') || !(s->toks[comma + 1].flags & W_RELATIVE) ||
      _ds_count_words (s, a, comma) > ASIDE_SUBJECT_MAX_WORDS)
    return 0;
  for (guint k = a; k < comma; k++)
    if (s->toks[k].type != TOK_WORD || (s->toks[k].verb && !s->toks[k].cap) ||
        (s->toks[k].flags & (W_AUX | W_CLAUSE | W_RELATIVE | W_PRONOUN)))
      return 0;
  /* ("…, that is, a belt where …": a cue that names, no relative; the
   * aside holds a verb and two words more at least.) */
  if (s->toks[comma + 1].flags & W_CUE_NAMING)
    return 0;
  /* ("pendekatan posisional, yang menentukan … seperti produk domestik
   * bruto, jumlah penduduk, dan belanja militer": a comma after a cue of
   * examples goes on with their series, no end of the aside.) */
  for (guint k = comma + 2; k + 1 < e && k <= comma + RELATIVE_ASIDE_MAX_TOKENS; k++)
    if ((s->toks[k].flags & W_CUE_EXAMPLE) || _ds_toks_pair_is (s, k, "such", "as") ||
        _ds_toks_pair_is (s, k, "antara", "lain"))
      return 0;
    else if (s->toks[k].type == TOK_PUNCT)
      return k >= comma + 4 && _ds_tok_is_punct (&s->toks[k], ',') && s->toks[k + 1].type == TOK_WORD &&
             !(s->toks[k + 1].flags & (W_CONJ | W_CLAUSE | W_CONNECTIVE | W_RELATIVE)) ? k : 0;
  return 0;
}

/* "persaingan … membuat setiap keputusan ekonomi, seperti pembangunan
 * infrastruktur, mudah ditafsirkan sebagai keberpihakan": cut at the
 * first comma, the item would lose what it says; the examples go and the
 * clause reads on. */
static void
ordinal_add_around_aside (Ctx   *ctx,
                          Sent  *s,
                          guint  a,
                          guint  b,
                          guint  close)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint c = ordinal_item_end (s, close);
  const char *end = s->toks[c - 1].p + s->toks[c - 1].len;
  DsClaimItem *item;

  _ds_claim_add_item (seq->claim, s, s->toks[a].p, end);
  item = &g_array_index (seq->claim->items, DsClaimItem, seq->claim->items->len - 1);
  g_free (item->text);
  item->text = g_strdup_printf ("%.*s %.*s", (int) (s->toks[b - 1].p + s->toks[b - 1].len - s->toks[a].p),
                                s->toks[a].p, (int) (end - s->toks[close + 1].p), s->toks[close + 1].p);
}

/* "First, they should publish …", "Kedua, mereka harus …": the subject
 * pronoun and the advice's modal (phrase list "advice_modal") before
 * the item's verb say who and how, the same for every item; the item is
 * what is to be done. */
static guint
past_subject_and_modal (Ctx        *ctx,
                        const Sent *s,
                        guint       a)
{
  guint k = a, n;

  if (k + 2 >= s->n || !(s->toks[k].flags & W_PRONOUN) || (s->toks[k].flags & W_DET))
    return a;
  k++;
  if ((n = _ds_phrase_at (ctx, s, k, PL_ADVICE_MODAL)) == 0)
    return a;
  k += n;
  return k < s->n && s->toks[k].type == TOK_WORD && !s->toks[k].cap && !(s->toks[k].flags & W_FUNCTION) ? k : a;
}

/* Words a label before its gloss may take. */
#define LABEL_MAX_TOKENS 5

/* "sertifikasi restoran: …", "promosi bahan baku, yaitu …", "chef
 * training: …": an item that is a label, a few words with no verb, and a
 * colon or a comma and a naming cue after it; the token after the label,
 * or 0. */
static guint
labelled_item (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint      *from)
{
  guint e = _ds_body_end (s), start = a;

  /* Right after "Pertama,", "First,": "The first is X: …" says what X
   * is with a clause as often as with a class. */
  if (a < 2 || a >= e || !_ds_tok_is_punct (&s->toks[a - 1], ',') || !(s->toks[a - 2].flags & W_ORDINAL))
    return 0;
  /* "Second, the transit permit, namely a licence …": after an article
   * a word that looks like a verb is a noun of the label. */
  if (ctx->english && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (a >= e || s->toks[a].type != TOK_WORD || (s->toks[a].flags & W_FUNCTION) ||
      (start < a && (s->toks[a].len < 4 || ds_ascii_strncasecmp (s->toks[a].p + s->toks[a].len - 3, "est", 3) == 0 ||
                     (s->toks[a].flags & (W_SUPERLATIVE | W_ORDINAL)) || _ds_phrase_at (ctx, s, a, PL_RANK_WORD) > 0)))
    return 0;
  *from = a;
  for (guint k = a + 1; k < e && k <= a + LABEL_MAX_TOKENS; k++)
    {
      const Tok *t = &s->toks[k];

      if (_ds_tok_is_punct (t, ':') || (_ds_tok_is_punct (t, ',') && k + 1 < e &&
                                         (s->toks[k + 1].flags & W_CUE_NAMING) && !s->toks[k + 1].verb))
        {
          guint body = k + 1 + !_ds_tok_is_punct (t, ':');

          /* "chef training: an education programme …": an English
           * class opens on its article. */
          if (k + 4 > e || (ctx->english && !(s->toks[body].flags & W_DET)))
            return 0;
          return k;
        }
      if (t->type != TOK_WORD || (t->verb && start == a) ||
          (t->flags & (W_CUE_DEF | W_AUX | W_PRONOUN | W_ANAPHOR | W_CLAUSE | W_SUPERLATIVE | W_ORDINAL)))
        return 0;
      /* "Second, the hardest one, namely …": a rank, no label. */
      if (start < a && (_ds_tok_is (t, "one") || _ds_phrase_at (ctx, s, k, PL_RANK_WORD) > 0 ||
                        (t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 3, "est", 3) == 0)))
        return 0;
    }
  return 0;
}

/* Whether [@a, @comma) names a thing on its own: a noun phrase of a few
 * words, no verb, no relative or rank ("yang paling sulit", "the
 * hardest one", which a cue after them says which it is). */
static gboolean
gloss_after_name (Ctx        *ctx,
                  const Sent *s,
                  guint       a,
                  guint       comma)
{
  if (comma <= a || comma - a > 4)
    return FALSE;
  for (guint k = a; k < comma; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->type != TOK_WORD || t->verb ||
          (t->flags & (W_RELATIVE | W_SUPERLATIVE | W_ORDINAL | W_PRONOUN | W_ANAPHOR | W_AUX | W_CUE_DEF | W_VAGUE)) ||
          _ds_tok_is (t, "one") || _ds_phrase_at (ctx, s, k, PL_RANK_WORD) > 0 ||
          (t->len > 4 && ds_ascii_strncasecmp (t->p + t->len - 3, "est", 3) == 0))
        return FALSE;
    }
  return !(s->toks[a].flags & (W_FUNCTION | W_DET)) || _ds_tok_is_article (&s->toks[a]);
}

/* "Yang pertama adalah data pribadi yang bersifat umum, misalnya A, B,
 * dan C.", "The first is general data, such as A, B and C.": the kind
 * [@a, @b) is the list's item, and the series from @body on its
 * examples, asked of the kind by name ("Sebutkan contoh data pribadi
 * yang bersifat umum"). A kind that is no noun phrase of its own
 * ("yang bersifat umum", "the one that …") names nothing to ask of. */
static void
kind_examples (Ctx        *ctx,
               Sent       *s,
               guint       a,
               guint       b,
               guint       cue,
               guint       body)
{
  guint e = _ds_body_end (s), n = _ds_cued_series_items (s, body, e, NULL);
  DsClaim *claim;

  if (ctx->english && a < b && _ds_tok_is_article (&s->toks[a]))
    a++;
  if (n < 2 || !_ds_term_usable (s, a, b) || (s->toks[a].flags & (W_RELATIVE | W_PRONOUN | W_ANAPHOR)) ||
      _ds_tok_is (&s->toks[a], "one") || _ds_toks_any_used (s, body, e))
    return;
  for (guint k = a; k < b; k++)
    if (s->toks[k].verb && !(s->toks[k].flags & W_RELATIVE) && (k == a || !(s->toks[k - 1].flags & W_RELATIVE)))
      return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->cue = _ds_toks_dup (s, cue, body);
  _ds_cued_series_items (s, body, e, claim);
  claim->subject = _ds_phrase_dup (s, a, b, TRUE);
  claim->form = DS_LIST_FORM_EXAMPLES;
  _ds_toks_mark_used (s, cue, e);
  _ds_claim_commit (ctx, claim);
}

/* "The spyware market is hard to regulate for three reasons. First, it
 * is transnational: … Second, its products exploit …": after an intro
 * that names the owner, an item that opens on a pronoun standing for it
 * and a copula (phrase list ordinal_owner_copula: "it is", "ia adalah")
 * is the predicate ("transnational"); one that opens on its possessive
 * (ordinal_owner_possessive: "its", "their") is the noun phrase after
 * it ("products exploit …"), since the question names the owner. */
static guint
past_owner_pronoun (Ctx        *ctx,
                    const Sent *s,
                    guint       a)
{
  guint n;

  if (a + 2 >= s->n)
    return a;
  if ((n = _ds_phrase_at (ctx, s, a, PL_ORDINAL_OWNER_COPULA)) > 0)
    {
      const Tok *t = &s->toks[a + n];

      return a + n + 1 < s->n && t->type == TOK_WORD && !t->cap && !(t->flags & W_FUNCTION) ? a + n : a;
    }
  if (_ds_phrase_at (ctx, s, a, PL_ORDINAL_OWNER_POSSESSIVE) == 1)
    {
      const Tok *t = &s->toks[a + 1];

      return t->type == TOK_WORD && !(t->flags & W_FUNCTION) && _ds_tok_nounish (t) ? a + 1 : a;
    }
  return a;
}

/* "Pertama, pemerintah perlu memastikan agar data warga …", "Second,
 * the ministry should press so that ASEAN …": the purpose at @k is what
 * the verb before it (phrase list ordinal_purpose_verb) asks for, its
 * object; cut there the item would end mid-clause ("pemerintah perlu
 * memastikan"). A verb complete without it ("perlu diubah agar …",
 * "aid to upstream states so that …") still drops the purpose whole. */
static gboolean
purpose_is_object (Ctx        *ctx,
                   const Sent *s,
                   guint       a,
                   guint       k)
{
  for (guint j = k - 1 > a + 2 ? k - 3 : a; j < k; j++)
    if (_ds_phrase_at (ctx, s, j, PL_ORDINAL_PURPOSE_VERB) == k - j)
      return TRUE;
  return FALSE;
}

static void
ordinal_add (Ctx   *ctx,
             Sent  *s,
             guint  a)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint b, close;
  gboolean named;

  if (roadmap_move (ctx, s, a, &named))
    {
      seq->moves++;
      seq->moves_named |= named;
    }
  a = past_subject_and_modal (ctx, s, past_time_aside (ctx, s, a));
  if (seq->has_intro)
    a = past_owner_pronoun (ctx, s, a);
  /* "Pertama, sertifikasi restoran: pemberian label …", "Kedua, pelatihan
   * juru masak, yaitu program …": the label is the item, what follows
   * defines it. */
  if ((b = labelled_item (ctx, s, a, &a)) > 0)
    {
      guint body = b + 1 + !_ds_tok_is_punct (&s->toks[b], ':');

      _ds_claim_add_item (seq->claim, s, s->toks[a].p, s->toks[b - 1].p + s->toks[b - 1].len);
      _ds_claim_extend (ctx, seq->claim, s->end_char, s->end);
      _ds_commit_term_gloss (ctx, s, a, b, body);
      seq->next++;
      seq->since = 0;
      return;
    }
  /* "Tantangan kedua adalah yang paling sulit, yaitu X": the item is X;
   * "Yang pertama adalah phishing, yaitu pesan palsu …", "The first is
   * phishing, namely …": a name before the cue is the item, and what
   * follows glosses it. */
  b = 0;
  for (guint k = a + 1; k + 1 < s->n && k < a + 6; k++)
    if (_ds_tok_is_punct (&s->toks[k], ',') && (s->toks[k + 1].flags & W_CUE_NAMING) &&
        !s->toks[k + 1].verb && k + 2 < s->n)
      {
        if (gloss_after_name (ctx, s, a, k))
          b = k;
        else
          a = k + 2;
        break;
      }
  if (b == 0)
    b = ordinal_item_end (s, a);
  /* "Kedua, komisi sungai bersama, tempat para insinyur bertukar data",
   * "The third is technical aid to upstream states so that dams …": a
   * clause of place after a comma (phrase list ordinal_item_aside) or
   * of purpose (ordinal_item_purpose) says more about the item; the item
   * is the phrase before it. */
  for (guint k = a + 2; k < b; k++)
    if ((_ds_tok_is_punct (&s->toks[k - 1], ',') && _ds_phrase_at (ctx, s, k, PL_ORDINAL_ITEM_ASIDE) > 0) ||
        (_ds_count_words (s, a, k) >= 3 && _ds_phrase_at (ctx, s, k, PL_ORDINAL_ITEM_PURPOSE) > 0 &&
         !purpose_is_object (ctx, s, a, k)))
      {
        b = _ds_tok_is_punct (&s->toks[k - 1], ',') ? k - 1 : k;
        break;
      }
  /* "Keempat, motif iseng, misalnya mahasiswa yang …", "Fourth,
   * curiosity, for example students testing …": examples that run to
   * the end (phrase list bracket_example) are the item's, not the item;
   * a series of them is asked as the item's examples. */
  for (guint k = a + 2, ex; k <= b + 1 && k < _ds_body_end (s); k++)
    if (_ds_tok_is_punct (&s->toks[k - 1], ',') && _ds_phrase_at (ctx, s, k, PL_BRACKET_EXAMPLE) > 0 &&
        example_aside (ctx, s, k - 1) == 0)
      {
        b = k - 1;
        if ((ex = example_series (ctx, s, k - 1)) > 0)
          kind_examples (ctx, s, a, b, k, ex);
        break;
      }
  if (b <= a)
    return;
  /* (A relative clause after the item's subject goes as examples do.) */
  if ((close = example_aside (ctx, s, b)) > 0 || (close = relative_aside (s, a, b)) > 0)
    ordinal_add_around_aside (ctx, s, a, b, close);
  else
    _ds_claim_add_item (seq->claim, s, s->toks[a].p, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_claim_extend (ctx, seq->claim, s->end_char, s->end);
  seq->next++;
  seq->since = 0;
}

/* Whether the sentence at @ref gave a list of its own already ("Three
 * rounds followed: the first …; the second …"): it introduces no later
 * "Firstly, …". */
static gboolean
listed_already (Ctx           *ctx,
                const SentRef *ref)
{
  for (guint i = ctx->claims->len; i > 0; i--)
    {
      const DsClaim *c = ctx->claims->pdata[i - 1];

      if (c->start < ref->start)
        return FALSE;
      if (c->kind == DS_CLAIM_ENUMERATION && c->start == ref->start)
        return TRUE;
    }
  return FALSE;
}

static void
ordinal_open (Ctx  *ctx,
              Sent *s)
{
  OrdinalSeq *seq = &ctx->ordinals;

  _ds_ordinals_flush (ctx);
  seq->claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_ORDINALS, s);
  seq->run_in = FALSE;
  seq->defined = FALSE;
  seq->has_intro = ctx->prev.p != NULL && !listed_already (ctx, &ctx->prev);
  seq->intro = ctx->prev;
  seq->intro_other = ctx->prev_other_actor;
  seq->intro_in_block = ctx->prev.p != NULL && ctx->prev.block == s->block;
  seq->before = ctx->prev2;
  seq->moves = 0;
  seq->moves_named = FALSE;
  g_free (seq->subject);
  seq->subject = g_strdup (ctx->subject_before);
  if (seq->has_intro)
    seq->claim->start = ctx->prev.start;
  seq->next = 1;
}

static gboolean
verbless (const Sent *s,
          guint       from)
{
  for (guint k = from; k < s->n; k++)
    if (s->toks[k].verb || (s->toks[k].flags & W_AUX))
      return FALSE;
  return TRUE;
}

/* Whether the sentence at @ref counts what follows: a count before a
 * noun ("three objections keep coming back", "ada tiga keberatan"). */
static gboolean
counts_before_noun (Ctx           *ctx,
                    const SentRef *ref)
{
  Sent s;

  _ds_sent_from_ref (ctx, ref, &s);
  for (guint k = 0; k + 1 < s.n; k++)
    if ((s.toks[k].flags & W_COUNT) && s.toks[k].value >= 2 && s.toks[k].value <= 6 &&
        s.toks[k + 1].type == TOK_WORD && _ds_tok_nounish (&s.toks[k + 1]))
      return TRUE;
  return FALSE;
}

/* "Three objections keep coming back. Some say …. Others warn that ….
 * A third group doubts …", "Ada tiga keberatan. Sebagian menilai ….
 * Yang lain khawatir …": after a sentence that counts, a sentence that
 * opens on "some" (the phrase list ordinal_some) and a verb opens the
 * items, and "others" (ordinal_others) or the next ordinal and a noun
 * go on with them, as ordinals would; the item is what they say, past a
 * saying verb and "that" (ordinal_saying_verb; a verb of doubt or fear,
 * ordinal_view_verb, stays in it). */
static gboolean
distributive_opener (Ctx        *ctx,
                     const Sent *s,
                     guint      *value,
                     guint      *item,
                     guint      *noun)
{
  const OrdinalSeq *seq = &ctx->ordinals;
  guint n, k;
  gboolean first = FALSE;

  if (s->n < 5 || s->toks[0].type != TOK_WORD)
    return FALSE;
  if ((n = _ds_phrase_at (ctx, s, 0, PL_ORDINAL_SOME)) > 0)
    first = TRUE;
  else if (seq->claim == NULL || seq->since > 0 || !seq->distributive)
    return FALSE;
  /* "A third group doubts …", "Kelompok ketiga meragukan …": the next
   * one counted by its ordinal and a noun. */
  else if ((n = _ds_phrase_at (ctx, s, 0, PL_ORDINAL_OTHERS)) == 0)
    {
      guint o = _ds_tok_is_article (&s->toks[0]) ? 1 : 0;

      if ((s->toks[o].flags & W_ORDINAL) && s->toks[o].value == seq->next && _ds_tok_nounish (&s->toks[o + 1]) &&
          !(s->toks[o + 1].flags & W_FUNCTION))
        n = o + 2;
      else if (!ctx->english && _ds_tok_nounish (&s->toks[0]) && (s->toks[1].flags & W_ORDINAL) &&
               s->toks[1].value == seq->next)
        n = 2;
      else
        return FALSE;
    }
  k = n;
  if (s->toks[k].type != TOK_WORD || s->toks[k].cap || (s->toks[k].flags & (W_FUNCTION | W_PRONOUN)))
    return FALSE;
  /* (A verb: one the lexicon knows, a saying verb, one before "that";
   * an Indonesian one by its shape.) */
  if (!(s->toks[k].verb || (s->toks[k].flags & W_REPORT) || (s->toks[k + 1].flags & W_THAT) ||
        _ds_phrase_at (ctx, s, k, PL_ORDINAL_SAYING_VERB) == 1 ||
        _ds_phrase_at (ctx, s, k, PL_ORDINAL_VIEW_VERB) == 1))
    {
      g_autofree char *w = g_ascii_strdown (s->toks[k].p, s->toks[k].len);

      if (ctx->english || !_ds_lexicon_looks_like_verb_id (w))
        return FALSE;
    }
  if (first && (ctx->prev.p == NULL || ctx->prev.block != s->block || !counts_before_noun (ctx, &ctx->prev)))
    return FALSE;
  /* (What they say: past a saying verb and "that"; "doubts that …",
   * "fear that …" keep their verb, which turns what follows.) */
  if (_ds_phrase_at (ctx, s, k, PL_ORDINAL_SAYING_VERB) == 1)
    {
      k++;
      if (k < s->n && (s->toks[k].flags & W_THAT))
        k++;
    }
  *value = first ? 1 : seq->next;
  *item = k;
  *noun = G_MAXUINT;
  return k + 2 < s->n;
}

/* "Satu, perundingan bilateral. Dua, …", "One, …": a counting word and
 * a comma opening the sentence number its items as ordinals do; its
 * value is its place in the language's list. */
static gboolean
counted_opener (Ctx        *ctx,
                const Sent *s,
                guint      *value,
                guint      *item,
                guint      *noun)
{
  const char * const *words = ds_lang_get_phrases (ctx->lang, "counting_opener");

  if (s->n < 4 || s->toks[0].type != TOK_WORD || !_ds_tok_is_punct (&s->toks[1], ','))
    return FALSE;
  for (guint k = 0; words != NULL && words[k] != NULL; k++)
    if (_ds_tok_is (&s->toks[0], words[k]))
      {
        *value = k + 1;
        *item = 2;
        *noun = G_MAXUINT;
        return TRUE;
      }
  return FALSE;
}

/* "The first is that …; the second is that …; and a third is that
 * …", "Yang pertama …; yang kedua, …": the next items after a semicolon
 * in the same sentence, each read as a sentence of its own would be.
 * The value of the last ordinal read (0 for "finally"). */
static guint
ordinals_after_semicolons (Ctx   *ctx,
                           Sent  *s,
                           guint  item)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint e = _ds_body_end (s), value = G_MAXUINT;

  for (guint k = item, b; seq->claim != NULL && (b = ordinal_item_end (s, k)) < e; k = item)
    {
      guint j = b + 1;

      if (!_ds_tok_is_punct (&s->toks[b], ';'))
        break;
      if (j < e && (s->toks[j].flags & W_CONJ))
        j++;
      if (j < e && (_ds_tok_is_article (&s->toks[j]) || (s->toks[j].flags & W_RELATIVE)))
        j++;
      if (j + 2 >= e || !(s->toks[j].flags & W_ORDINAL) ||
          (s->toks[j].value != seq->next && s->toks[j].value != 0))
        break;
      value = s->toks[j++].value;
      /* "the third weakness is …" */
      if (s->toks[j].type == TOK_WORD && _ds_tok_nounish (&s->toks[j]) && !(s->toks[j].flags & W_FUNCTION) &&
          (s->toks[j + 1].flags & W_CUE_DEF))
        j++;
      if (_ds_tok_is_punct (&s->toks[j], ','))
        item = j + 1;
      else if ((s->toks[j].flags & (W_CUE_DEF | W_CUE_NAMING | W_AUX)) || s->toks[j].verb)
        {
          item = predicate_start (s, j);
          if (item + 2 < e && (s->toks[item].flags & W_THAT) && s->toks[item + 1].type == TOK_WORD &&
              !(s->toks[item + 1].flags & W_PREP))
            item++;
        }
      else
        break;
      if (item >= e || reason_not_item (s, item))
        break;
      ordinal_add (ctx, s, item);
      _ds_toks_mark_used (s, b, item);
      if (value == 0)
        break;
    }
  return value;
}

/* "**Fragmented authority.** Responsibility for …": a paragraph opening
 * with a bold label of one to five words, no verb, closed by a full stop,
 * a body after it; the label's last token before *@b. A generic label
 * ("Catatan", "Note") is none. */
static gboolean
run_in_label (Ctx        *ctx,
              const Sent *s,
              guint      *b)
{
  const char *close;
  guint k;

  if (!s->first || s->end - s->p < 8 || s->p[0] != '*' || s->p[1] != '*' ||
      ds_essay_get_block (ctx->essay, s->block)->kind != DS_BLOCK_PARAGRAPH ||
      (close = g_strstr_len (s->p + 2, MIN (s->end - s->p - 2, 60), "**")) == NULL ||
      !(close[-1] == '.' || (close + 2 < s->end && close[2] == '.')))
    return FALSE;
  for (k = 0; k < s->n && s->toks[k].p < close; k++)
    ;
  while (k > 0 && s->toks[k - 1].type == TOK_PUNCT)
    k--;
  if (k == 0 || k > 5 || k + 3 > s->n)
    return FALSE;
  for (guint i = 0; i < k; i++)
    if (s->toks[i].type != TOK_WORD || s->toks[i].verb || (s->toks[i].flags & (W_PRONOUN | W_ANAPHOR)))
      return FALSE;
  if (_ds_phrase_at (ctx, s, 0, PL_GENERIC_SECTION) == k ||
      _ds_phrase_at (ctx, s, 0, PL_LINE_LABEL) == k ||
      _ds_phrase_at (ctx, s, 0, PL_BODIES_GENERIC_LABEL) == k ||
      _ds_phrase_at (ctx, s, 0, PL_CONCLUSION_HEADING) == k)
    return FALSE;
  *b = k;
  return TRUE;
}

/* The count of "We identify three causes of …" as a paragraph of its
 * own's last sentence, the paragraph opening on no bold label; 0 when
 * it states none. */
static guint
intro_count (Ctx           *ctx,
             const SentRef *ref)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, ref->block);
  Sent s;

  if (block->kind != DS_BLOCK_PARAGRAPH || ctx->text[block->content_byte_start] == '*')
    return 0;
  _ds_sent_from_ref (ctx, ref, &s);
  for (guint k = 0; k + 1 < s.n; k++)
    if ((s.toks[k].flags & W_COUNT) && s.toks[k].value >= 2 && _ds_tok_nounish (&s.toks[k + 1]))
      return s.toks[k].value;
  return 0;
}

/* Whether the body after the label [0, @b) is a clause: a verb or an
 * auxiliary before any relative ("Tariffs are held …", not "An order
 * that keeps …" nor "Sends inspectors …", which gloss the label). */
static gboolean
states_clause (const Sent *s,
               guint       b)
{
  guint g = b, e = _ds_body_end (s);

  while (g < e && s->toks[g].type == TOK_PUNCT)
    g++;
  if (g >= e || s->toks[g].verb || (s->toks[g].flags & (W_AUX | W_CUE_DEF)))
    return FALSE;
  for (guint k = g + 1; k < e; k++)
    {
      if (s->toks[k].verb || (s->toks[k].flags & W_AUX))
        return TRUE;
      if ((s->toks[k].flags & W_RELATIVE) || (s->toks[k].type == TOK_PUNCT && !_ds_tok_is_punct (&s->toks[k], ',')))
        return FALSE;
    }
  return FALSE;
}

/* "We identify three causes." then "**Fragmented authority.** …",
 * "**Weak reporting.** …" as the paragraphs after it: the labels are the
 * items of what the paragraph before announced (a count, a list word, a
 * colon); they are no terms the bodies define. TRUE when @s was read so. */
static gboolean
run_in_step (Ctx  *ctx,
             Sent *s)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint b;

  if (seq->claim != NULL && seq->run_in && s->block == seq->block)
    return TRUE;
  if (!run_in_label (ctx, s, &b))
    {
      if (seq->claim != NULL && seq->run_in)
        _ds_ordinals_flush (ctx);
      return FALSE;
    }
  if (!(seq->claim != NULL && seq->run_in && s->block == seq->block + 1))
    {
      guint count = ctx->prev.p != NULL && ctx->prev.block + 1 == s->block ? intro_count (ctx, &ctx->prev) : 0;

      if (count < 2)
        return FALSE;
      ordinal_open (ctx, s);
      seq->run_in = TRUE;
      seq->count = count;
    }
  _ds_claim_add_item (seq->claim, s, s->toks[0].p, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_claim_extend (ctx, seq->claim, s->end_char, s->end);
  /* A body that states something of its own ("Tariffs are held below
   * cost") glosses no term; one that glosses it stays a definition. */
  if (states_clause (s, b))
    _ds_toks_mark_used (s, 0, b);
  seq->block = s->block;
  seq->since = 0;
  /* The labels past the count are no part of it: no list. */
  if (ds_claim_get_n_items (seq->claim) > seq->count)
    g_clear_pointer (&seq->claim, ds_claim_unref);
  return TRUE;
}

/* "KPU adalah lembaga …", "The KPU is the body …": a term of one to four
 * words opening the sentence, then the copula; its end in *@b. */
static gboolean
defined_term (const Sent *s,
              guint      *b)
{
  guint a = s->n > 0 && _ds_tok_is_article (&s->toks[0]) ? 1 : 0, k;

  for (k = a; k < s->n && k < a + 4 && s->toks[k].type == TOK_WORD && !(s->toks[k].flags & W_CUE_DEF); k++)
    if (s->toks[k].verb || (s->toks[k].flags & (W_PRONOUN | W_ANAPHOR | W_FUNCTION | W_AUX | W_CONNECTIVE)) ||
        !_ds_tok_nounish (&s->toks[k]))
      return FALSE;
  if (k == a || k + 2 >= s->n || !(s->toks[k].flags & W_CUE_DEF))
    return FALSE;
  *b = k;
  return TRUE;
}

/* "Ada tiga pihak utama. KPU adalah … Bawaslu adalah … DKPP adalah …":
 * a sentence that counts, then as many sentences of its paragraph that
 * each define a term: the terms are the items (the definitions stay).
 * TRUE when @s was read so. */
static gboolean
defined_step (Ctx  *ctx,
              Sent *s)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint b, a;

  if (!defined_term (s, &b))
    {
      if (seq->claim != NULL && seq->defined)
        _ds_ordinals_flush (ctx);
      return FALSE;
    }
  if (!(seq->claim != NULL && seq->defined && s->block == seq->block))
    {
      const DsBlock *block = ds_essay_get_block (ctx->essay, s->block);
      guint count = 0;

      /* (The count opens the paragraph, a short sentence with no
       * relative clause: "Good offices refers to a channel through
       * which two governments …" counts no terms.) */
      if (seq->claim != NULL || s->first || ctx->prev.p == NULL || ctx->prev.block != s->block ||
          block->kind != DS_BLOCK_PARAGRAPH || ctx->text[block->content_byte_start] == '*' ||
          block->content_byte_start != (gsize) (ctx->prev.p - ctx->text))
        return FALSE;
      {
        Sent intro;

        _ds_sent_from_ref (ctx, &ctx->prev, &intro);
        if ((intro.flags & W_RELATIVE) || intro.n > 14)
          return FALSE;
        for (guint k = 0; k + 1 < intro.n; k++)
          if ((intro.toks[k].flags & W_COUNT) && intro.toks[k].value >= 2 && _ds_tok_nounish (&intro.toks[k + 1]))
            {
              count = intro.toks[k].value;
              break;
            }
      }
      if (count < 2)
        return FALSE;
      ordinal_open (ctx, s);
      seq->defined = TRUE;
      seq->count = count;
    }
  a = _ds_tok_is_article (&s->toks[0]) ? 1 : 0;
  _ds_claim_add_item (seq->claim, s, s->toks[a].p, s->toks[b - 1].p + s->toks[b - 1].len);
  _ds_claim_extend (ctx, seq->claim, s->end_char, s->end);
  seq->block = s->block;
  seq->since = 0;
  if (ds_claim_get_n_items (seq->claim) > seq->count)
    g_clear_pointer (&seq->claim, ds_claim_unref);
  return TRUE;
}

/* Where a series of @s of as many short noun phrases as @count starts
 * and ends; FALSE for none. A word stands before it ("call them A, B
 * and C", "disebut sebagai A, B, dan C"), or none (the series opens the
 * sentence); it ends at a comma, at the sentence's end or before a verb
 * ("A, B and C form …"). */
static gboolean
counted_series_at (const Sent *s,
                   guint       count,
                   guint      *from,
                   guint      *to)
{
  guint e = _ds_body_end (s);
  gboolean verb = FALSE;

  for (guint a = 0; a + 2 < e; a++)
    {
      /* ("Track one involves officials …, and track three involves
       * citizens, companies and campaign groups": a series after a
       * comma that follows a verb ends a clause of a longer sentence; a
       * comma of an opener, "Dalam hampir semua buku ajar,", is before
       * any verb.) */
      if (a > 0 && (s->toks[a - 1].verb || (s->toks[a - 1].flags & W_AUX)))
        verb = TRUE;
      if (a > 0 && _ds_tok_is_punct (&s->toks[a - 1], ',') && verb)
        break;
      if (a > 0 && s->toks[a - 1].type != TOK_WORD)
        continue;
      for (guint b = a + 2 * count - 1; b <= e && b <= a + 6 * count; b++)
        if ((b == e || _ds_tok_is_punct (&s->toks[b], ',') || s->toks[b].verb || (s->toks[b].flags & W_AUX)) &&
            _ds_short_series_items (s, a, b, count, NULL) == count)
          {
            *from = a;
            *to = b;
            return TRUE;
          }
    }
  return FALSE;
}

/* "Information security rests on three goals. Most textbooks call them
 * confidentiality, integrity and availability.", "Keamanan informasi
 * bertumpu pada tiga tujuan. Ketiganya dikenal sebagai kerahasiaan,
 * integritas, dan ketersediaan.": a short sentence that counts a noun
 * and lists nothing, then in the next sentence of its paragraph, with no
 * cue, a series of exactly as many short noun phrases: the series is the
 * list the sentence before counted, named as that sentence names it.
 * Read after the rules of cues and series, whose words it leaves. */
gboolean
_ds_find_counted_series (Ctx  *ctx,
                         Sent *s)
{
  guint count = 0, a, b;
  DsClaim *claim;
  Sent intro;


  /* (A sentence that counts a list of its own, "… tiga pilar, yaitu A,
   * B, dan C", is its own rules'; "ketiganya", "all three" count nothing
   * new.) */
  if (!ctx->prev_counts || ctx->prev.p == NULL || ctx->prev.block != s->block || s->question || s->has_colon ||
      ctx->ordinals.claim != NULL || s->n_commas == 0 || !(s->flags & W_CONJ) || (s->flags & W_ORDINAL))
    return FALSE;
  for (guint k = 0; k + 1 < s->n && (s->flags & W_COUNT); k++)
    if ((s->toks[k].flags & W_COUNT) && _ds_tok_nounish (&s->toks[k + 1]))
      return FALSE;
  _ds_sent_from_ref (ctx, &ctx->prev, &intro);
  if (intro.has_colon || intro.question || intro.n > 20 || listed_already (ctx, &ctx->prev))
    return FALSE;
  /* ("The talks lasted three days. Delegates came from A, B and C.":
   * a count of time, phrase lists time_unit and clause_time_noun, counts
   * no things named after it.) */
  /* ("Panduan bersama kedua kawasan …": "kedua", "ketiga" before a noun
   * are both or all three of what was named before, ordinals in form,
   * and count nothing to come.) */
  for (guint k = 0; k + 1 < intro.n; k++)
    if ((intro.toks[k].flags & W_COUNT) && !(intro.toks[k].flags & W_ORDINAL) && intro.toks[k].type == TOK_WORD &&
        _ds_tok_nounish (&intro.toks[k + 1]) &&
        _ds_phrase_at (ctx, &intro, k + 1, PL_TIME_UNIT) == 0 &&
        _ds_phrase_at (ctx, &intro, k + 1, PL_CLAUSE_TIME_NOUN) == 0)
      {
        if (count > 0)
          return FALSE;
        count = intro.toks[k].value;
      }
  if (count < 2 || count > 6 || !counted_series_at (s, count, &a, &b))
    return FALSE;


  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_CUE, s);
  claim->start = ctx->prev.start;
  if (!describe_list (ctx, claim, &ctx->prev, G_MAXUINT, FALSE) || claim->subject == NULL ||
      claim->form != DS_LIST_FORM_NAMING || claim->stated_count != count)
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  _ds_short_series_items (s, a, b, count, claim);
  _ds_toks_mark_used (s, a, b);
  return _ds_claim_commit (ctx, claim);
}

void
_ds_ordinals_sentence (Ctx  *ctx,
                       Sent *s)
{
  OrdinalSeq *seq = &ctx->ordinals;
  guint value, item, noun, next;
  gboolean distributive = FALSE;

  if (run_in_step (ctx, s) || defined_step (ctx, s))
    return;

  /* "Misi generasi kedua membantu …" after "… ke dalam tiga generasi":
   * the typology took these sentences as its items. */
  if (s->start < ctx->typology_end)
    return;
  /* (Once "some" opened them, "A third group doubts …" is read as its
   * kind before any ordinal.) */
  if (seq->claim != NULL && seq->distributive)
    distributive = distributive_opener (ctx, s, &value, &item, &noun);
  if (!(distributive || ((s->flags & W_ORDINAL) && ordinal_past_opener (ctx, s, &value, &item, &noun)) ||
        counted_opener (ctx, s, &value, &item, &noun) ||
        (distributive = distributive_opener (ctx, s, &value, &item, &noun))) ||
      item >= s->n)
    {
      if (seq->claim != NULL && ++seq->since > ORDINAL_MAX_GAP)
        _ds_ordinals_flush (ctx);
      return;
    }
  if (value == 1)
    {
      /* (The owner follows the noun in English, its ordinal in
       * Indonesian.) */
      guint at = noun != G_MAXUINT ? noun + !ctx->english : 0;
      guint pp = noun != G_MAXUINT ? noun_owner_end (ctx, s, at) : 0;

      ordinal_open (ctx, s);
      seq->distributive = distributive;

      if (noun != G_MAXUINT)
        seq->noun = _ds_phrase_dup (s, noun, noun + 1, TRUE);
      /* "The first step …, the second step …": the steps. */
      if (seq->noun != NULL && ctx->english && !g_str_has_suffix (seq->noun, "s"))
        {
          g_autofree char *one = g_steal_pointer (&seq->noun);

          seq->noun = _ds_english_s (one);
        }
      /* "The first argument for data localisation …": the arguments for
       * data localisation. */
      if (seq->noun != NULL && pp > 0 && !leans_back (s, at + 1, pp))
        {
          g_autofree char *plural = g_steal_pointer (&seq->noun);
          g_autofree char *owner = _ds_phrase_dup (s, at + 1, pp, FALSE);

          seq->noun = g_strdup_printf ("%s %s", plural, owner);
        }
    }
  else if (seq->claim == NULL || (value != seq->next && value != 0))
    return;
  ordinal_add (ctx, s, item);
  if (value != 0 && (next = ordinals_after_semicolons (ctx, s, item)) != G_MAXUINT)
    value = next;
  /* "Tiga, pengajuan ke Mahkamah Internasional.": an item with no verb
   * is no sentence; nothing else is asked of it. */
  _ds_toks_mark_used (s, 0, verbless (s, item) ? s->n : item);
  if (value == 0)
    _ds_ordinals_flush (ctx);
}

/* ------------------------------------------------------------------ */
/* "… for several reasons. They … They …"                               */

/* Reasons read as items: this many sentences at most, this many words
 * each at most. */
#define REASONS_MAX 4
#define REASON_MAX_WORDS 14

/* The last word of a phrase of reasons_cue of more than one word. */
typedef struct {
  const char *last;
  gsize       last_len;
} CueEnd;

/* The last words of the phrases of reasons_cue of more than one word, in
 * order, for the essay's language, found once per process (the list is
 * the language's, which lives as long as the process): reasons_cue() asks
 * them of every sentence analysed, and strrchr() and strlen() of every
 * phrase at every sentence cost more than comparing the words. */
static const CueEnd *
reasons_cue_ends (Ctx *ctx)
{
  static CueEnd *ends[2];
  static gsize initialized[2];
  guint l = ctx->english ? 1 : 0;

  if (g_once_init_enter (&initialized[l]))
    {
      const char * const *cues = ds_lang_get_phrases (ctx->lang, "reasons_cue");
      GArray *all = g_array_new (TRUE, TRUE, sizeof (CueEnd));

      for (guint i = 0; cues != NULL && cues[i] != NULL; i++)
        {
          const char *last = strrchr (cues[i], ' ');
          CueEnd c;

          if (last == NULL)
            continue;
          c.last = last + 1;
          c.last_len = strlen (c.last);
          g_array_append_val (all, c);
        }
      /* (Zero-terminated: the last element's word is NULL.) */
      ends[l] = (CueEnd *) (gpointer) g_array_free (all, FALSE);
      g_once_init_leave (&initialized[l], 1);
    }
  return ends[l];
}

/* Where the cue "for several reasons", "karena tiga alasan" starts when it
 * ends the sentence @s (before its period), else 0. A count in it is the
 * list's stated count. */
static guint
reasons_cue (Ctx        *ctx,
             const Sent *s,
             guint       e,
             guint      *count)
{
  const char * const *cues = ds_lang_get_phrases (ctx->lang, "reasons_cue");
  gboolean ends_on_cue = FALSE;

  *count = 0;
  /* Most sentences end on another word than "reasons": one look each. */
  for (const CueEnd *c = reasons_cue_ends (ctx); e > 2 && c->last != NULL && !ends_on_cue; c++)
    ends_on_cue = ds_ascii_tolower (s->toks[e - 1].p[0]) == ds_ascii_tolower (c->last[0]) &&
                  s->toks[e - 1].len == c->last_len &&
                  ds_ascii_strncasecmp (s->toks[e - 1].p, c->last, s->toks[e - 1].len) == 0;
  if (!ends_on_cue)
    return 0;
  for (guint k = e > 5 ? e - 5 : 1; k < e; k++)
    if (_ds_phrase_at (ctx, s, k, PL_REASONS_CUE) == e - k)
      return k;
  /* "karena tiga alasan", "for three reasons": the first and last words
   * of a cue around a count. */
  if (e < 4 || !(s->toks[e - 2].flags & W_COUNT))
    return 0;
  for (guint i = 0; cues[i] != NULL; i++)
    {
      const char *last = strrchr (cues[i], ' ');
      gsize first_len = strcspn (cues[i], " ");

      if (last != NULL && s->toks[e - 3].len == first_len &&
          ds_ascii_strncasecmp (s->toks[e - 3].p, cues[i], first_len) == 0 &&
          s->toks[e - 1].len == strlen (last + 1) &&
          ds_ascii_strncasecmp (s->toks[e - 1].p, last + 1, s->toks[e - 1].len) == 0)
        {
          *count = s->toks[e - 2].value;
          return e - 3;
        }
    }
  return 0;
}

/* The sentence after @prev in its block, tokenised aside; FALSE at the
 * block's end. */
gboolean
_ds_next_sentence (Ctx        *ctx,
                   const char *prev_end,
                   guint       prev_end_char,
                   guint       block,
                   Sent       *s)
{
  const DsBlock *b = ds_essay_get_block (ctx->essay, block);
  const char *end = ctx->text + b->byte_end;
  const char *p = prev_end;

  /* A sentence read again with a name in its pronoun's place
   * (_ds_sent_tokenize_rewritten()) is a text of its own: no sentence of
   * the block follows it there. */
  if ((guintptr) prev_end < (guintptr) (ctx->text + b->content_byte_start) || (guintptr) prev_end > (guintptr) end)
    return FALSE;
  while (p < end && (*p == ' ' || *p == '.' || *p == '!' || *p == '?'))
    p++;
  if (p >= end)
    return FALSE;
  memset (s, 0, sizeof *s);
  s->p = p;
  s->end = _ds_sentence_end (ctx, p, end);
  while (s->end > s->p && s->end[-1] == ' ')
    s->end--;
  s->start = prev_end_char + _ds_count_chars (prev_end, p);
  s->end_char = s->start + _ds_count_chars (p, s->end);
  s->block = block;
  _ds_sent_tokenize_aside (ctx, s);
  return s->n > 0;
}

/* A short statement that opens like the first reason ("They …",
 * "Mereka …") and holds no list or question of its own; @counted: the
 * cue said how many. */
static gboolean
reason_parallel (const Sent *r,
                 const Tok  *opener,
                 gboolean    counted)
{
  guint e = _ds_body_end (r);

  if (r->question || r->has_colon || e < 3 || _ds_count_words (r, 0, e) > REASON_MAX_WORDS ||
      r->toks[0].type != TOK_WORD || (r->flags & W_ORDINAL))
    return FALSE;
  /* Without a count, only "They …", "Mereka …" is taken for the first
   * of a run. */
  if (opener == NULL)
    return counted || (r->toks[0].flags & W_PRONOUN) != 0;
  return r->toks[0].len == opener->len && ds_ascii_strncasecmp (r->toks[0].p, opener->p, opener->len) == 0;
}

/* Reads the reasons after @s into @claim; how many. */
static guint
read_reasons (Ctx        *ctx,
              const Sent *s,
              gboolean    counted,
              DsClaim    *claim)
{
  const char *prev_end = s->end;
  guint prev_end_char = s->end_char, n = 0;
  Tok opener = { 0 };
  Sent r;

  while (n < REASONS_MAX + 1 && _ds_next_sentence (ctx, prev_end, prev_end_char, s->block, &r) &&
         reason_parallel (&r, n == 0 ? NULL : &opener, counted))
    {
      guint e = _ds_body_end (&r), a = (r.toks[0].flags & W_PRONOUN) ? 1 : 0;

      opener = r.toks[0];
      _ds_claim_add_item (claim, &r, r.toks[a].p, r.toks[e - 1].p + r.toks[e - 1].len);
      _ds_claim_extend (ctx, claim, r.end_char, r.end);
      prev_end = r.end;
      prev_end_char = r.end_char;
      n++;
    }
  return n;
}

/* "Small states court the tech giants for several reasons. They cannot
 * … They depend … They want …": two to four short sentences that open
 * with the same pronoun are the reasons, asked "What are the reasons why
 * small states court the tech giants?". Anything less parallel is left
 * alone: reasons in prose are rarely this clean. */
void
_ds_find_reasons (Ctx  *ctx,
                  Sent *s)
{
  guint e = _ds_body_end (s), count, cue = reasons_cue (ctx, s, e, &count);
  g_autofree char *clause = NULL;
  DsClaim *claim;
  guint n;

  if (cue < 2 || cue > 12 || (s->toks[0].flags & (W_FUNCTION | W_PRONOUN)) || s->n_commas > 0)
    return;
  for (guint k = 0; k < cue; k++)
    if (s->toks[k].flags & W_ANAPHOR)
      return;
  clause = _ds_phrase_dup (s, 0, cue, !_ds_tok_known_name (ctx, &s->toks[0]));
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_ORDINALS, s);
  claim->subject = ds_lang_expand (ctx->lang, "reasons_why", "clause", clause, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  n = read_reasons (ctx, s, count > 0, claim);
  if (n < 2 || n > REASONS_MAX || (count > 0 && n != count))
    {
      ds_claim_unref (claim);
      return;
    }
  claim->stated_count = count;
  _ds_claim_commit (ctx, claim);
}

/* "Pakta itu menyatukan enam pelabuhan, dan ia menciptakan …", "It
 * brought six ports into one zone, and it created a fund …": clauses
 * joined by a comma, a conjunction and the pronoun the sentence opened
 * with; each clause's predicate goes into @claim. How many, or 0. */
static guint
read_joined_clauses (Ctx        *ctx,
                     const Sent *r,
                     DsClaim    *claim)
{
  guint e = _ds_body_end (r), a = 1, cuts[REASONS_MAX + 1], n_cuts = 0;

  if (e < 6 || r->question || r->has_colon || !(r->toks[0].flags & W_PRONOUN) || r->toks[0].type != TOK_WORD)
    return 0;
  for (guint k = 2; k + 3 < e; k++)
    if (_ds_tok_is_punct (&r->toks[k], ',') && (r->toks[k + 1].flags & W_CONJ) &&
        r->toks[k + 2].len == r->toks[0].len && ds_ascii_strncasecmp (r->toks[k + 2].p, r->toks[0].p, r->toks[0].len) == 0)
      {
        if (n_cuts >= REASONS_MAX - 1)
          return 0;
        cuts[n_cuts++] = k;
      }
  if (n_cuts == 0)
    return 0;
  cuts[n_cuts] = e;
  for (guint k = 0; k <= n_cuts; k++)
    {
      guint b = cuts[k];

      /* Each clause says something, three words at least; after the
       * pronoun comes its verb ("It cut …": a verb the lexicon may not
       * know as one). */
      if (b < a + 3 || r->toks[a].type != TOK_WORD || r->toks[a].cap ||
          (r->toks[a].flags & (W_PREP | W_DET | W_CONJ | W_PRONOUN | W_RELATIVE)))
        return 0;
      if (claim != NULL)
        _ds_claim_add_item (claim, r, r->toks[a].p, r->toks[b - 1].p + r->toks[b - 1].len);
      a = b + 3;
    }
  return n_cuts + 1;
}

/* Words an ordinal item after a sentence of merits may take. */
#define MERIT_ORDINAL_MAX_WORDS 24

/* Whether @r opens on the ordinal that comes after @n items and its
 * comma ("First,", "Kedua,"), with an item of a few words after it that
 * opens on no pronoun; *@closing says whether the ordinal closes a run
 * ("Finally,", "Terakhir,": an ordinal of value 0). */
static gboolean
next_ordinal_item (const Sent *r,
                   guint       n,
                   gboolean   *closing)
{
  guint e = _ds_body_end (r);

  if (e < 5 || !(r->toks[0].flags & W_ORDINAL) || !_ds_tok_is_punct (&r->toks[1], ',') ||
      _ds_count_words (r, 2, e) > MERIT_ORDINAL_MAX_WORDS || r->toks[2].type != TOK_WORD ||
      (r->toks[2].flags & (W_ANAPHOR | W_PRONOUN)))
    return FALSE;
  *closing = r->toks[0].value == 0 && n > 0;
  return *closing || r->toks[0].value == n + 1;
}

/* "… has weak spots. There is no court to settle disputes. Finally, the
 * fund depends on a single donor.": two to four short sentences, the
 * last opening on a closing ordinal ("Finally,", "Terakhir,": an
 * ordinal of value 0) and none on another ordinal, are the items, read
 * into @claim (emptied when they are not). With @ordinals, "… has clear
 * weaknesses. First, carriers can … Second, Indonesia …": two to four
 * sentences that each open on the next ordinal and its comma are. How
 * many, or 0. */
static guint
read_to_finally (Ctx        *ctx,
                 const Sent *s,
                 DsClaim    *claim,
                 gboolean    ordinals)
{
  const char *prev_end = s->end;
  guint prev_end_char = s->end_char, n = 0;
  gboolean closed = FALSE;
  Sent r;

  /* (What read_reasons() took of a run it did not finish goes.) */
  if (claim->items != NULL)
    g_array_set_size (claim->items, 0);
  while (!closed && n < REASONS_MAX && _ds_next_sentence (ctx, prev_end, prev_end_char, s->block, &r))
    {
      guint e = _ds_body_end (&r), a = 0;

      if (r.question || r.has_colon)
        break;
      if (ordinals)
        {
          if (!next_ordinal_item (&r, n, &closed))
            break;
          a = 2;
        }
      else
        {
          if (e < 3 || _ds_count_words (&r, 0, e) > REASON_MAX_WORDS || r.toks[0].type != TOK_WORD ||
              (r.toks[0].flags & W_ANAPHOR) ||
              ((r.toks[0].flags & W_PRONOUN) && (r.toks[1].verb || (r.toks[1].flags & (W_AUX | W_CUE_DEF)))))
            break;
          if (r.toks[0].flags & W_ORDINAL)
            {
              if (r.toks[0].value != 0 || n == 0 || !_ds_tok_is_punct (&r.toks[1], ','))
                break;
              a = 2;
              closed = TRUE;
            }
          for (guint k = a; k < e; k++)
            if (r.toks[k].flags & W_ORDINAL)
              return 0;
        }
      _ds_claim_add_item (claim, &r, r.toks[a].p, r.toks[e - 1].p + r.toks[e - 1].len);
      prev_end = r.end;
      prev_end_char = r.end_char;
      n++;
    }
  if ((!closed && !ordinals) || n < 2)
    {
      if (claim->items != NULL)
        g_array_set_size (claim->items, 0);
      return 0;
    }
  _ds_claim_extend (ctx, claim, prev_end_char, prev_end);
  return n;
}

/* "The Coastal Pact has clear strengths. It brought …, and it created
 * …", "Pakta Pesisir memiliki beberapa kelebihan. Ia menyatukan …, dan
 * ia menciptakan …": a sentence that ends on what its subject has (phrase
 * list merit_have, then a noun of merit_noun: strengths, weaknesses,
 * kelebihan, kelemahan …), then either one sentence of clauses joined on
 * its opening pronoun or two to four short sentences opening on the same
 * pronoun, is the list of them, "the strengths of the Coastal Pact". */
void
_ds_find_merits (Ctx  *ctx,
                 Sent *s)
{
  guint e = _ds_body_end (s), v = G_MAXUINT, noun = G_MAXUINT, noun_end = 0, count = 0, owner_end, m, n, o = 0;
  g_autofree char *owner = NULL, *owned = NULL;
  DsClaim *claim;
  Sent r;

  /* ("However, the pact has weak spots.": a link to the paragraph
   * before opens it.) */
  if (e > 3 && (s->toks[0].flags & W_CONNECTIVE) && _ds_tok_is_punct (&s->toks[1], ','))
    o = 2;
  /* ("Yet the pact has …", "Namun pakta itu …": a conjunction, phrase
   * list opening_conj.) */
  else if (e > 3 && s->toks[1].type == TOK_WORD && _ds_phrase_at (ctx, s, 0, PL_OPENING_CONJ) == 1)
    o = 1;
  if (e < o + 4 || e > o + 14 || s->question || s->n_commas > (o > 0) || s->toks[o].type != TOK_WORD || s->n > e + 1)
    return;
  for (guint k = o + 1; k < e && k <= o + 6 && v == G_MAXUINT; k++)
    if (_ds_phrase_at (ctx, s, k, PL_MERIT_HAVE) == 1)
      v = k;
  if (v == G_MAXUINT)
    return;
  /* Between the verb and the noun only a count or a word that grades
   * ("clear", "several", "beberapa"); after it at most "yang jelas". */
  for (guint k = v + 1; k < e && k <= v + 4 && noun == G_MAXUINT; k++)
    {
      if ((m = _ds_phrase_at (ctx, s, k, PL_MERIT_NOUN)) > 0)
        noun = k, noun_end = k + m;
      else if (s->toks[k].type != TOK_WORD || s->toks[k].verb || (s->toks[k].flags & (W_PREP | W_CONJ | W_ANAPHOR)))
        return;
      else if ((s->toks[k].flags & W_COUNT) && s->toks[k].value >= 2)
        count = s->toks[k].value;
    }
  if (noun == G_MAXUINT ||
      !(noun_end == e || ((s->toks[noun_end].flags & W_RELATIVE) && e - noun_end <= 3 && e - noun_end >= 2)))
    return;
  for (guint k = noun_end + 1; k < e; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb)
      return;
  /* "The pact also has …": an adverb before the verb is no part of the
   * owner. */
  for (owner_end = v; owner_end > o + 1 && (s->toks[owner_end - 1].flags & W_ADV); owner_end--)
    ;
  /* "The pact" after "The Coastal Pact …": the name it stands for. */
  if ((owner = _ds_anaphor_at (ctx, s, o, &m)) != NULL && m != owner_end)
    g_clear_pointer (&owner, g_free);
  for (guint k = o; k < owner_end && owner == NULL; k++)
    if (s->toks[k].type != TOK_WORD || s->toks[k].verb || (s->toks[k].flags & (W_ANAPHOR | W_PRONOUN | W_CONJ | W_RELATIVE)))
      return;
  if (!_ds_next_sentence (ctx, s->end, s->end_char, s->block, &r))
    return;
  if (owner == NULL)
    owner = _ds_phrase_dup (s, o, owner_end, TRUE);
  owned = _ds_phrase_dup (s, noun, noun_end, TRUE);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_ORDINALS, s);
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", owned, "owner", owner, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  if ((n = read_joined_clauses (ctx, &r, NULL)) >= 2)
    {
      read_joined_clauses (ctx, &r, claim);
      _ds_claim_extend (ctx, claim, r.end_char, r.end);
    }
  /* (A count makes the sentence the ordinals' intro.) */
  else if ((n = read_reasons (ctx, s, FALSE, claim)) < 2 && (n = read_to_finally (ctx, s, claim, FALSE)) < 2 &&
           count == 0)
    n = read_to_finally (ctx, s, claim, TRUE);
  if (n < 2 || n > REASONS_MAX || (count > 0 && n != count))
    {
      ds_claim_unref (claim);
      return;
    }
  claim->stated_count = count;
  _ds_claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* "… for three reasons. A, B, and C."                                 */

/* "Pada tahun 2021, …", "In 2021 …": when the clause happened, no part
 * of what it says; the token after it, or 0. */
static guint
past_time_opener (const Sent *s,
                  guint       e)
{
  guint k = 1;
  gboolean year = FALSE;

  if (e < 4 || !(s->toks[0].flags & W_PREP))
    return 0;
  /* Up to the year: "tahun 2021", "Maret 2021", "2021". */
  for (; k < e && k < 4 && !year && (s->toks[k].type == TOK_NUMBER || (s->toks[k].flags & W_MONTH) ||
                                     (s->toks[k].type == TOK_WORD && !s->toks[k].cap &&
                                      !(s->toks[k].flags & (W_FUNCTION | W_QUANT)))); k++)
    year = s->toks[k].type == TOK_NUMBER && s->toks[k].len == 4;
  if (!year)
    return 0;
  return k < e && _ds_tok_is_punct (&s->toks[k], ',') ? k + 1 : k;
}

/* Tokens between the reasons' noun and the view they are for ("reasons
 * that support my view", "alasan mengapa saya berpendapat demikian"). */
#define VIEW_REASONS_GAP_TOKENS 3

/* Whether token @k of @s may stand beside the reasons' count in an
 * intro of the author's own: a function word, an adverb, a verb, the
 * author ("I", "saya"); no name or noun of another holder ("Critics
 * give three reasons for this view" gives theirs). */
static gboolean
view_reasons_word (Ctx        *ctx,
                   const Sent *s,
                   guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD || (k > 0 && t->cap))
    return _ds_phrase_at (ctx, s, k, PL_ARGUE_REASONS_SELF) == 1;
  /* ("Setidaknya ada …", "At least …": a count's hedge.) */
  return (t->flags & (W_FUNCTION | W_RELATIVE | W_THAT | W_QUANT | W_QUESTION)) || (t->verb && !(t->flags & W_NOUN)) ||
         _ds_phrase_at (ctx, s, k, PL_ARGUE_REASONS_SELF) == 1 ||
         _ds_phrase_at (ctx, s, k, PL_LIST_OWNER_EXISTENTIAL) > 0 || _ds_phrase_at (ctx, s, k, PL_LISTS_APPROX_COUNT) > 0;
}

/* "There are three reasons for this view.", "Ada tiga alasan untuk
 * pendapat ini.", "This position rests on two grounds.", "Saya melihat
 * tiga alasan utama untuk sikap ini.": the intro counts the reasons
 * (phrase list argue_reasons_noun) the author gives for the view the
 * essay argues, pointed at (argue_reasons_pointer: "this view", "pendapat
 * ini", "my position", "berpendapat demikian"); the list is
 * asked as the author's reasons for it in the essay named by its title
 * ("Name the three reasons the author of “…” gives for their view.",
 * "Sebutkan tiga alasan yang diajukan penulis “…” untuk pendapatnya."),
 * never by "this view", which names nothing. */
static gboolean
view_reasons_intro (Ctx           *ctx,
                    const SentRef *ref,
                    DsClaim       *claim)
{
  Sent intro;
  guint e, count = G_MAXUINT, noun, tail, pointer = G_MAXUINT, pointer_end = 0, n;

  if (ctx->title == NULL || g_strcmp0 (ctx->title, ctx->essay_id) == 0 || ref->p == NULL)
    return FALSE;
  _ds_sent_from_ref (ctx, ref, &intro);
  e = _ds_body_end (&intro);
  if (intro.question || e < 3 || e > 16)
    return FALSE;
  for (guint k = 0; k + 1 < e && count == G_MAXUINT; k++)
    if ((intro.toks[k].flags & W_COUNT) && intro.toks[k].value >= 2)
      count = k;
  if (count == G_MAXUINT)
    return FALSE;
  /* ("two main reasons": a word that grades the noun.) */
  noun = count + 1;
  if (noun + 1 < e && _ds_phrase_at (ctx, &intro, noun, PL_ADJECTIVE) == 1)
    noun++;
  if (_ds_phrase_at (ctx, &intro, noun, PL_ARGUE_REASONS_NOUN) != 1)
    return FALSE;
  /* ("tiga alasan utama": the Indonesian word that grades it follows.) */
  tail = noun + 1;
  if (tail < e && !ctx->english && _ds_phrase_at (ctx, &intro, tail, PL_ADJECTIVE) == 1)
    tail++;
  for (guint k = 0; k < e && pointer == G_MAXUINT; k++)
    if ((n = _ds_phrase_at (ctx, &intro, k, PL_ARGUE_REASONS_POINTER)) > 0)
      {
        pointer = k;
        pointer_end = k + n;
      }
  /* ("We identify three reasons." after "Why has the framework had so
   * little effect?": the reasons are for what the text asked, not its
   * view.) */
  if (pointer == G_MAXUINT)
    return FALSE;
  /* The view before the count ("This view rests on three grounds")
   * ends the words before it; after the noun, it ends the sentence a
   * few words on. */
  if (pointer < count ? pointer_end > count || tail != e
                      : pointer < tail || pointer > tail + VIEW_REASONS_GAP_TOKENS || pointer_end != e)
    return FALSE;
  /* (After the view that opens it, its verb: "rests on", "didukung
   * oleh".) */
  for (guint k = 0; k < count; k++)
    if ((k < pointer || k >= pointer_end) && !view_reasons_word (ctx, &intro, k) &&
        !(pointer < count && k >= pointer_end && intro.toks[k].type == TOK_WORD && !intro.toks[k].cap))
      return FALSE;
  /* (A verb may join the noun to the view, alone or before its
   * preposition: "reasons support my view", "reasons lie behind this
   * view".) */
  for (guint k = tail; k < pointer; k++)
    if (!view_reasons_word (ctx, &intro, k) &&
        !(intro.toks[k].type == TOK_WORD && !intro.toks[k].cap &&
          (pointer == tail + 1 || (k == tail && (intro.toks[k + 1].flags & W_PREP)))))
      return FALSE;
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "reasons_for_view", "topic", ctx->title, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  g_clear_pointer (&claim->count_word, g_free);
  claim->stated_count = intro.toks[count].value;
  {
    g_autofree char *word = _ds_toks_dup (&intro, count, count + 1);

    claim->count_word = ds_utf8_strdown (word, -1);
  }
  return TRUE;
}

/* Tokens a setting before the reasons' clause may take. */
#define REASONS_SETTING_MAX_TOKENS 6

/* Whether the intro @ref ends on a reasons cue after the clause it gives
 * reasons for ("Diplomasi siber Indonesia tertinggal karena tiga sebab.",
 * "States left for three reasons."): then the clause owns the list
 * ("alasan diplomasi siber Indonesia tertinggal", "reasons why states
 * left"), which is named so, its count the cue's. */
gboolean
_ds_reasons_intro (Ctx           *ctx,
                   const SentRef *ref,
                   DsClaim       *claim)
{
  Sent intro;
  guint e, count, cue, a;
  g_autofree char *clause = NULL;

  if (view_reasons_intro (ctx, ref, claim))
    return TRUE;
  _ds_sent_from_ref (ctx, ref, &intro);
  e = _ds_body_end (&intro);
  if (intro.question || intro.has_colon || e == 0 || e + 1 < intro.n ||
      !(intro.toks[e - 1].type == TOK_WORD && _ds_tok_nounish (&intro.toks[e - 1])) ||
      _ds_phrase_at (ctx, &intro, e - 1, PL_MEASURE_NOUN) == 1)
    return FALSE;
  cue = reasons_cue (ctx, &intro, e, &count);
  a = past_time_opener (&intro, e);
  /* "Dalam lima tahun terakhir, …", "In recent years, …": a setting
   * before its comma is no part of the clause either. */
  if (a == 0 && cue > 0 && (intro.toks[0].flags & W_PREP))
    for (guint k = 1; k < cue && k <= REASONS_SETTING_MAX_TOKENS; k++)
      if (_ds_tok_is_punct (&intro.toks[k], ','))
        {
          a = k + 1;
          break;
        }
  /* ("Several states left …": a quantity may open the clause.) */
  if (cue < a + 2 || (intro.toks[a].flags & ((W_FUNCTION & ~W_DET) | W_PRONOUN)))
    return FALSE;
  /* ("Estonia backs … for two reasons" under "Why does Estonia back
   * …?": a word the essay writes as a name keeps its capital.) */
  clause = _ds_phrase_dup (&intro, a, cue, !_ds_tok_known_name (ctx, &intro.toks[a]));
  g_free (claim->subject);
  claim->subject = ds_lang_expand (ctx->lang, "reasons_why", "clause", clause, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  g_clear_pointer (&claim->count_word, g_free);
  claim->stated_count = count;
  if (count > 0)
    claim->count_word = _ds_toks_dup (&intro, e - 2, e - 1);
  return TRUE;
}

/* The list the intro counts, named by its reasons cue ("… karena tiga
 * alasan" → "alasan …"), else as describe_list names it. */
static gboolean
series_intro (Ctx     *ctx,
              DsClaim *claim)
{
  Sent intro;
  guint e;

  if (_ds_reasons_intro (ctx, &ctx->prev, claim))
    return TRUE;
  _ds_sent_from_ref (ctx, &ctx->prev, &intro);
  e = _ds_body_end (&intro);
  if (intro.question || intro.has_colon || e == 0 || e + 1 < intro.n ||
      !(intro.toks[e - 1].type == TOK_WORD && _ds_tok_nounish (&intro.toks[e - 1])) ||
      _ds_phrase_at (ctx, &intro, e - 1, PL_MEASURE_NOUN) == 1)
    return FALSE;
  /* Only a count that ends the intro announces a series to come. */
  for (guint k = e > 6 ? e - 6 : 0; k < e; k++)
    if ((intro.toks[k].flags & W_COUNT) && intro.toks[k].value >= 2)
      return describe_list (ctx, claim, &ctx->prev, G_MAXUINT, FALSE) && claim->subject != NULL &&
             claim->stated_count == intro.toks[k].value;
  return FALSE;
}

/* "Troop contributors left the mission for three reasons. Rising costs,
 * attacks on convoys, and the host's hostility.", "Ada tiga masalah
 * utama. Debit air …, sedimen …, dan …": a sentence of noun phrases
 * only, right after a sentence that counts them, is that list. */
void
_ds_find_series (Ctx  *ctx,
                 Sent *s)
{
  DsClaim *claim;
  guint n;

  if (s->first || ctx->prev.p == NULL || ctx->prev.block != s->block || s->start < ctx->typology_end)
    return;
  /* Most sentences are no series: counted first, no claim made. */
  if (_ds_series_items (s, NULL) < 2)
    return;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_ORDINALS, s);
  n = _ds_series_items (s, claim);
  if (n < 2 || !series_intro (ctx, claim) ||
      (claim->stated_count > 0 ? claim->stated_count != n : n > REASONS_MAX))
    {
      ds_claim_unref (claim);
      return;
    }
  claim->start = ctx->prev.start;
  _ds_claim_extend (ctx, claim, s->end_char, s->end);
  _ds_toks_mark_used (s, 0, s->n);
  if (_ds_claim_commit (ctx, claim))
    drop_intro_count (ctx, &ctx->prev);
}
