/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, definitions and facts: "X adalah …", "X yang berarti …",
 * "yang dimaksud dengan X …"; who said what ("… memperingatkan bahwa …");
 * other names for a term ("dikenal dengan nama …", "istilah X atau Y",
 * "X (Y)"); a named account or app after "seperti"; and, for a sentence that
 * gave nothing else, one key number or name to blank out.
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"

#define CLOZE_MAX_TOKENS 40

static gboolean
ends_nya (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= 3 &&
         g_ascii_strncasecmp (t->p + t->len - 3, "nya", 3) == 0 &&
         !ds_lexicon_is (t, "lainnya");
}

static guint
last_body_token (const Sent *s)
{
  guint e = s->n;

  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT &&
         strchr (".!?:;", (int) s->toks[e - 1].ch) != NULL && s->toks[e - 1].ch != 0)
    e--;
  return e;
}

static gboolean
any_used (const Sent *s,
          guint       a,
          guint       b)
{
  for (guint i = a; i < b; i++)
    if (s->toks[i].used)
      return TRUE;
  return FALSE;
}

static char *
capitalize (char *str)
{
  if (str != NULL && g_ascii_islower (str[0]))
    str[0] = g_ascii_toupper (str[0]);
  return str;
}

/* ------------------------------------------------------------------ */
/* Definitions                                                         */

static gboolean
term_usable (const Sent *s,
             guint       start,
             guint       end)
{
  const Tok *first = &s->toks[start];
  guint words = 0;

  for (guint i = start; i < end; i++)
    words += s->toks[i].type == TOK_WORD;
  /* Six words, and a name's acronym in brackets besides. */
  if (start >= end || words > 7 || end - start > 9)
    return FALSE;
  if (first->flags & (W_VAGUE | W_PRONOUN | W_ANAPHOR | W_RELATIVE | W_CONNECTIVE))
    return FALSE;
  if (start > 0 && (s->toks[start - 1].flags & W_COUNT))
    return FALSE;
  return !ends_nya (first) && !ends_nya (&s->toks[end - 1]);
}

/* Where the definition ends: the sentence end, a semicolon, a new clause
 * ("namun"), or a comma before the next definition. */
static guint
definition_end (const Sent *s,
                guint       b)
{
  guint e = last_body_token (s);
  int depth = 0;

  for (guint i = b; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->type == TOK_PUNCT && (t->ch == '(' || t->ch == '['))
        depth++;
      else if (t->type == TOK_PUNCT && (t->ch == ')' || t->ch == ']'))
        depth = MAX (0, depth - 1);
      if (depth > 0 || i == b)
        continue;
      if (tok_is_punct (t, ';') || (t->flags & W_CLAUSE))
        return i;
      if (tok_is_punct (t, ',') && i + 1 < e &&
          (s->toks[i + 1].flags & (W_CONJ | W_CLAUSE)) && !(s->toks[i + 1].flags & W_FINAL_CONJ) &&
          i + 2 < e && !s->toks[i + 2].verb)
        {
          /* ", atau biasa dikenal …", ", dan diplomasi yaitu …" */
          if (i + 2 < e && ((s->toks[i + 2].flags & W_ADV) || i + 4 >= e ||
                            ds_lexicon_is (&s->toks[i + 1], "atau")))
            return i;
        }
      if (tok_is_punct (t, ','))
        for (guint k = i + 1; k < e && k <= i + 8; k++)
          if (s->toks[k].flags & (W_CUE_DEF | W_REPORT))
            return i;
    }
  return e;
}

/* "yang dimaksud dengan X adalah …": the term between "dengan" and the cue. */
static gboolean
meant_term (const Sent *s,
            guint       cue,
            guint      *start)
{
  for (guint i = 0; i + 2 < cue; i++)
    if ((ds_lexicon_is (&s->toks[i], "dimaksud") && ds_lexicon_is (&s->toks[i + 1], "dengan")) ||
        (ds_lexicon_is (&s->toks[i], "meant") && ds_lexicon_is (&s->toks[i + 1], "by")))
      {
        *start = i + 2;
        return TRUE;
      }
  return FALSE;
}

static gboolean
english_cue_ok (const Sent *s,
                guint       i,
                guint      *b)
{
  const Tok *t = &s->toks[i];

  if (ds_lexicon_is (t, "refers"))
    {
      if (*b < s->n && ds_lexicon_is (&s->toks[*b], "to"))
        (*b)++;
      return TRUE;
    }
  if (ds_lexicon_is (t, "means"))
    return TRUE;
  /* "X is a/an/the …" and nothing looser: "is" is everywhere. */
  return *b < s->n && (s->toks[*b].flags & W_DET) &&
         (ds_lexicon_is (&s->toks[*b], "a") || ds_lexicon_is (&s->toks[*b], "an") ||
          ds_lexicon_is (&s->toks[*b], "the"));
}

static void
try_definition (Ctx  *ctx,
                Sent *s,
                guint i)
{
  guint hi = i, start, end, b = i + 1, e;
  DsClaim *claim;

  if (hi > 0 && (s->toks[hi - 1].flags & W_RELATIVE))
    hi--;
  if (meant_term (s, hi, &start))
    end = hi;
  else
    start = np_start (s, 0, hi, &end);
  if (!term_usable (s, start, end) || any_used (s, start, end))
    return;
  /* "The internet is …" asks about "the internet". */
  if (ctx->english && start > 0 && ds_lexicon_is (&s->toks[start - 1], "the"))
    start--;

  if (b < s->n && tok_is_punct (&s->toks[b], ':'))
    b++;
  if (ctx->english && !english_cue_ok (s, i, &b))
    return;
  e = definition_end (s, b);
  if (e <= b || e - b < 3 || any_used (s, b, e))
    return;
  if (ds_lexicon_is (&s->toks[b], "hal") || (s->toks[b].flags & (W_PRONOUN | W_ANAPHOR)))
    return;
  /* "yaitu siber yang berarti …": the inner cue defines, not the outer. */
  for (guint k = b; k < e && k < b + 5; k++)
    if (s->toks[k].flags & W_CUE_DEF)
      return;

  claim = claim_new (ctx, DS_CLAIM_DEFINITION, s);
  claim->subject = phrase_dup (s, start, end, TRUE);
  while (e > b && s->toks[e - 1].type == TOK_PUNCT && strchr (",;:", (int) s->toks[e - 1].ch))
    e--;
  claim->body = toks_dup (s, b, e);
  claim->cue = toks_dup (s, hi, i + 1);
  if (!ctx->english && ds_lexicon_is (&s->toks[i], "berarti"))
    {
      g_free (claim->cue);
      claim->cue = g_strdup ("berarti");
    }
  claim->key_start = sent_char_at (s, s->toks[start].p);
  claim->key_end = sent_char_at (s, s->toks[end - 1].p + s->toks[end - 1].len);
  toks_mark_used (s, start, e);
  claim_commit (ctx, claim);
}

void
find_definitions (Ctx  *ctx,
                  Sent *s)
{
  for (guint i = 1; i < s->n; i++)
    if ((s->toks[i].flags & W_CUE_DEF) && !s->toks[i].used)
      try_definition (ctx, s, i);
}

/* ------------------------------------------------------------------ */
/* Facts with a question of their own                                  */

static DsClaim *
fact_new (Ctx        *ctx,
          const Sent *s,
          guint       key_a,
          guint       key_b)
{
  DsClaim *claim = claim_new (ctx, DS_CLAIM_FACT, s);

  claim->subject = toks_dup (s, key_a, key_b);
  claim->key_start = sent_char_at (s, s->toks[key_a].p);
  claim->key_end = sent_char_at (s, s->toks[key_b - 1].p + s->toks[key_b - 1].len);
  claim->body = g_strndup (s->p, s->end - s->p);
  return claim;
}

static guint
clause_start (const Sent *s,
              guint       i)
{
  while (i > 0 && !tok_is_punct (&s->toks[i - 1], ',') && !tok_is_punct (&s->toks[i - 1], ';') &&
         !tok_is_punct (&s->toks[i - 1], ':'))
    i--;
  while (i < s->n && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  return i;
}

/* "Sekretaris Jenderal … memperingatkan bahwa …" → "Siapa yang
 * memperingatkan bahwa …?" */
static gboolean
find_report (Ctx  *ctx,
             Sent *s)
{
  guint e = last_body_token (s);

  for (guint i = 1; i + 3 < e; i++)
    {
      guint c;
      DsClaim *claim;
      g_autofree char *verb = NULL;
      g_autofree char *rest = NULL;

      if (!(s->toks[i].flags & W_REPORT) || !(s->toks[i + 1].flags & W_THAT))
        continue;
      c = clause_start (s, i);
      if (c >= i || i - c > 15 || !s->toks[c].cap || any_used (s, c, i))
        continue;
      for (guint k = c; k < i; k++)
        if (s->toks[k].verb)
          return FALSE;

      verb = g_ascii_strdown (s->toks[i].p, s->toks[i].len);
      rest = toks_dup (s, i + 1, e);
      claim = fact_new (ctx, s, c, i);
      claim->question = g_strdup_printf (ctx->english ? "Who %s %s?" : "Siapa yang %s %s?",
                                         verb, rest);
      toks_mark_used (s, c, i);
      return claim_commit (ctx, claim);
    }
  return FALSE;
}

static gboolean
alias_word (const Tok *t)
{
  gboolean all_caps = TRUE;

  if (t->type != TOK_WORD || (t->flags & (W_ADV | W_VAGUE | W_PREP | W_CONJ | W_DET)) || t->verb)
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (g_ascii_islower (t->p[i]))
      all_caps = FALSE;
  return !all_caps;
}

static gboolean
commit_alias (Ctx  *ctx,
              Sent *s,
              guint x_start,
              guint x_end,
              guint y_start,
              guint y_end)
{
  g_autofree char *x = NULL;
  DsClaim *claim;

  if (x_start >= x_end || y_start >= y_end || x_end - x_start > 6 ||
      (s->toks[x_start].flags & (W_VAGUE | W_PRONOUN)) || any_used (s, y_start, y_end))
    return FALSE;

  x = phrase_dup (s, x_start, x_end, TRUE);
  claim = fact_new (ctx, s, y_start, y_end);
  claim->question = g_strdup_printf (ctx->english ? "What is another name for %s?"
                                                  : "Apa istilah lain untuk %s?", x);
  claim->lead = g_steal_pointer (&x);
  toks_mark_used (s, y_start, y_end);
  return claim_commit (ctx, claim);
}

/* The other name: one to three plain words. */
static guint
alias_end (const Sent *s,
           guint       a,
           guint       e)
{
  guint b = a;

  while (b < e && b < a + 3 && alias_word (&s->toks[b]))
    b++;
  return b;
}

static gboolean
find_alias (Ctx  *ctx,
            Sent *s)
{
  guint e = last_body_token (s);
  gboolean found = FALSE;

  for (guint i = 1; i + 2 < e; i++)
    {
      const Tok *t = &s->toks[i];
      guint start, end;

      if (t->type == TOK_WORD && !(t->flags & W_ALIAS))
        continue;
      /* "ruang siber, atau biasa dikenal dengan nama cyberspace" */
      if ((t->flags & W_ALIAS) && !t->used && !ds_lexicon_is (t, "istilah") && !ds_lexicon_is (t, "term"))
        {
          guint y = i + 1, hi = i;

          if (toks_pair_is (s, y, "dengan", "nama") || toks_pair_is (s, y, "dengan", "istilah"))
            y += 2;
          else if (ds_lexicon_is (&s->toks[y], "as"))
            y += 1;
          else
            continue;
          while (hi > 0 && ((s->toks[hi - 1].flags & (W_ADV | W_CONJ)) ||
                            tok_is_punct (&s->toks[hi - 1], ',')))
            hi--;
          start = np_start (s, 0, hi, &end);
          found |= commit_alias (ctx, s, start, end, y, alias_end (s, y, e));
        }
      /* "istilah diplomasi digital atau e-diplomasi" */
      else if (ds_lexicon_is (t, "istilah") || ds_lexicon_is (t, "term"))
        {
          guint j = i + 1;

          while (j < e && j < i + 5 && tok_nounish (&s->toks[j]))
            j++;
          if (j < e && (ds_lexicon_is (&s->toks[j], "atau") || ds_lexicon_is (&s->toks[j], "or")))
            found |= commit_alias (ctx, s, i + 1, j, j + 1, alias_end (s, j + 1, e));
        }
      /* "basis kewarganegaraan internet (netizenship)" */
      else if (tok_is_punct (t, '(') && !t->used)
        {
          guint b = alias_end (s, i + 1, e);

          if (b == i + 1 || b >= s->n || !tok_is_punct (&s->toks[b], ')'))
            continue;
          start = np_start (s, 0, i, &end);
          if (end == i)
            found |= commit_alias (ctx, s, start, end, i + 1, b);
        }
    }
  return found;
}

/* A name: "@Kemlu_RI", “Safe Travel”, or a run of capitalised words joined
 * by "of", "on", "and". Returns the token after it; *a and *b its inside. */
static guint
read_name (const Sent *s,
           guint       i,
           guint       e,
           guint      *a,
           guint      *b)
{
  const Tok *t;

  if (i >= e)
    return 0;
  t = &s->toks[i];
  if (t->type == TOK_WORD && t->p[0] == '@')
    {
      *a = i;
      *b = i + 1;
      return i + 1;
    }
  if (tok_is_punct (t, 0x201C) || tok_is_punct (t, '"'))
    {
      guint k = i + 1;

      while (k < e && k < i + 8 && s->toks[k].type != TOK_PUNCT)
        k++;
      if (k == i + 1 || k >= e || !(tok_is_punct (&s->toks[k], 0x201D) || tok_is_punct (&s->toks[k], '"')))
        return 0;
      *a = i + 1;
      *b = k;
      return k + 1;
    }
  if (t->cap && t->type == TOK_WORD && !(t->flags & (W_PREP | W_CONJ | W_ADV | W_AUX | W_DET |
                                                       W_CONNECTIVE | W_ANAPHOR)))
    {
      guint k = i + 1;

      while (k < e && k < i + 8 &&
             ((s->toks[k].cap && s->toks[k].type == TOK_WORD) ||
              (k + 1 < e && s->toks[k + 1].cap &&
               (ds_lexicon_is (&s->toks[k], "of") || ds_lexicon_is (&s->toks[k], "on") ||
                ds_lexicon_is (&s->toks[k], "and")))))
        k++;
      *a = i;
      *b = k;
      return k;
    }
  return 0;
}


/* "aplikasi seperti “Safe Travel” juga di luncurkan untuk …" → "Aplikasi apa
 * yang di luncurkan untuk …?" */
static gboolean
find_named_example (Ctx  *ctx,
                    Sent *s)
{
  guint e = last_body_token (s);

  for (guint i = 1; i + 2 < e; i++)
    {
      guint name_a, name_b, after, start, end, c, r;
      g_autofree char *noun = NULL;
      g_autofree char *rest = NULL;
      g_autofree char *prefix = NULL;
      DsClaim *claim;

      if (s->toks[i].used || !(s->toks[i].flags & W_CUE_EXAMPLE))
        continue;
      after = read_name (s, i + 1, e, &name_a, &name_b);
      if (after == 0 || after >= e)
        continue;
      /* One name, then the sentence goes on: not "Twitter dan Facebook". */
      if (!tok_is_punct (&s->toks[after], ',') && !(s->toks[after].flags & (W_ADV | W_AUX)) &&
          !s->toks[after].verb)
        continue;
      start = np_start (s, 0, i, &end);
      if (start >= end || end != i || !(s->toks[start].flags & W_NAME_NOUN))
        continue;

      r = after;
      while (r < e && (tok_is_punct (&s->toks[r], ',') ||
                       ((s->toks[r].flags & W_ADV) && !(s->toks[r].flags & W_NOUN) &&
                        !ds_lexicon_is (&s->toks[r], "secara"))))
        r++;
      if (e - r < 2)
        continue;

      c = clause_start (s, start);
      noun = phrase_dup (s, start, end, TRUE);
      rest = toks_dup (s, r, e);
      if (c < start)
        prefix = capitalize (phrase_dup (s, c, start, FALSE));

      claim = fact_new (ctx, s, name_a, name_b);
      if (ctx->english)
        {
          if (prefix != NULL)
            {
              ds_claim_unref (claim);
              continue;
            }
          claim->question = g_strdup_printf ("Which %s %s?", noun, rest);
        }
      else if (prefix != NULL)
        claim->question = g_strdup_printf ("%s %s apa %s?", prefix, noun, rest);
      else
        claim->question = g_strdup_printf ("%s apa yang %s?", capitalize (noun), rest);
      claim->lead = g_strdup (noun);
      toks_mark_used (s, name_a, name_b);
      return claim_commit (ctx, claim);
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Cloze: one key number or name                                       */

static gboolean
magnitude (const Tok *t)
{
  static const char * const words[] = {
    "ribu", "juta", "miliar", "milyar", "triliun", "ratus", "persen",
    "thousand", "million", "billion", "percent", "hundred",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (ds_lexicon_is (t, words[i]))
      return TRUE;
  return tok_is_punct (t, '%');
}

static gboolean
year_like (const Tok *t)
{
  return t->len == 4 && (strncmp (t->p, "19", 2) == 0 || strncmp (t->p, "20", 2) == 0);
}

/* "120 ribu orang", "5.0"; not a year, a citation or a list marker. */
static gboolean
number_key (const Sent *s,
            guint       i,
            guint       e,
            gboolean    weighty_only,
            guint      *b)
{
  const Tok *t = &s->toks[i];
  guint k = i + 1;

  if (t->type != TOK_NUMBER || t->used)
    return FALSE;
  if ((i > 0 && tok_is_punct (&s->toks[i - 1], '(')) || (k < e && tok_is_punct (&s->toks[k], ')')))
    return FALSE;
  if (year_like (t) && !(i > 0 && (ds_lexicon_is (&s->toks[i - 1], "tahun") ||
                                   ds_lexicon_is (&s->toks[i - 1], "year"))))
    return FALSE;
  /* A figure with its magnitude ("25 miliar dolar") says more than a year. */
  if (weighty_only && !(k < e && magnitude (&s->toks[k])) && memchr (t->p, '.', t->len) == NULL)
    return FALSE;
  if (k < e && magnitude (&s->toks[k]))
    {
      k++;
      /* "120 ribu orang", but not "400 juta anomali | trafik": a unit only
       * when the noun phrase ends with it. */
      if (k < e && tok_nounish (&s->toks[k]) && !s->toks[k].cap &&
          (k + 1 >= e || !tok_nounish (&s->toks[k + 1])))
        k++;
    }
  else if (t->len == 1 && memchr (t->p, '.', t->len) == NULL)
    return FALSE;   /* "2" alone says little */
  *b = k;
  return TRUE;
}

static gboolean
capitalised_function_word (const Tok *t)
{
  return t->cap && (t->flags & (W_PREP | W_ADV | W_AUX | W_CONJ | W_CONNECTIVE | W_DET |
                                W_ANAPHOR | W_RELATIVE));
}

/* A name worth asking: after "oleh"/"akun", tagged with an acronym, or
 * three capitalised words that are no title-cased sentence. */
static gboolean
name_key (Ctx        *ctx,
          const Sent *s,
          guint       i,
          guint       e,
          gboolean    cued_only,
          guint      *a,
          guint      *b)
{
  guint after = read_name (s, i, e, a, b);
  gboolean tagged, after_cue;

  if (after == 0 || i == 0 || s->toks[i].p[0] == '@' || tok_is_punct (&s->toks[i], 0x201C))
    return FALSE;
  /* "Al Busri (2021)": an author cited, not an actor. */
  if (after + 1 < e && tok_is_punct (&s->toks[after], '(') && s->toks[after + 1].type == TOK_NUMBER)
    return FALSE;
  for (guint k = *a; k < *b; k++)
    if (capitalised_function_word (&s->toks[k]) || s->toks[k].used)
      return FALSE;
  if (ctx->topic != NULL && s->toks[*a].p[0] == ctx->topic[0] &&
      strncmp (s->toks[*a].p, ctx->topic, strlen (ctx->topic)) == 0)
    return FALSE;

  tagged = after + 2 < e && (tok_is_punct (&s->toks[after], '[') || tok_is_punct (&s->toks[after], '(')) &&
           s->toks[after + 1].type == TOK_WORD && g_ascii_isupper (s->toks[after + 1].p[s->toks[after + 1].len - 1]) &&
           (tok_is_punct (&s->toks[after + 2], ']') || tok_is_punct (&s->toks[after + 2], ')'));
  if (tagged)
    {
      *b = after + 3;
      return TRUE;
    }
  after_cue = (s->toks[i - 1].flags & W_NAME_NOUN) != 0;
  if (cued_only)
    return after_cue && *b - *a >= 2;
  return *b - *a >= 3;
}

/* A title-cased sentence ("Media Sosial Kini Telah Memainkan …") has no
 * names to pick out. */
static gboolean
title_cased (const Sent *s)
{
  guint words = 0, caps = 0;

  for (guint i = 0; i < s->n; i++)
    if (s->toks[i].type == TOK_WORD)
      {
        words++;
        caps += s->toks[i].cap;
      }
  return caps * 2 > words;
}

static void
commit_cloze (Ctx        *ctx,
              const Sent *s,
              guint       a,
              guint       b)
{
  DsClaim *claim = fact_new (ctx, s, a, b);
  guint lo = 0, hi = s->n;
  GString *body;

  /* A long sentence: the clause around the key is enough to ask it. */
  if (s->n > CLOZE_MAX_TOKENS)
    {
      lo = clause_start (s, a);
      hi = b;
      while (hi < s->n && !tok_is_punct (&s->toks[hi], ',') && !tok_is_punct (&s->toks[hi], ';'))
        hi++;
    }

  body = g_string_new (NULL);
  g_string_append_len (body, s->toks[lo].p, s->toks[a].p - s->toks[lo].p);
  g_string_append (body, DS_CARD_BLANK);
  g_string_append_len (body, s->toks[b - 1].p + s->toks[b - 1].len,
                       s->toks[hi - 1].p + s->toks[hi - 1].len - (s->toks[b - 1].p + s->toks[b - 1].len));
  g_free (claim->body);
  claim->body = capitalize (g_string_free (body, FALSE));
  claim_commit (ctx, claim);
}

static void
find_cloze (Ctx  *ctx,
            Sent *s)
{
  guint e = last_body_token (s);
  guint a, b;

  for (int pass = 0; pass < 2 && s->has_digit; pass++)
    for (guint i = 0; i < e; i++)
      if (number_key (s, i, e, pass == 0, &b))
        {
          commit_cloze (ctx, s, i, b);
          return;
        }
  for (guint i = 0; i < e; i++)
    {
      const Tok *t = &s->toks[i];

      if (!t->used && t->type == TOK_WORD && t->p[0] == '@' && t->len > 2)
        {
          commit_cloze (ctx, s, i, i + 1);
          return;
        }
    }
  if (title_cased (s))
    return;
  /* Names after "oleh", "akun" or with an acronym first, then long ones. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < e; i++)
      {
        if (s->toks[i].used || !s->toks[i].cap)
          continue;
        if (name_key (ctx, s, i, e, pass == 0, &a, &b))
          {
            commit_cloze (ctx, s, a, b);
            return;
          }
        if (read_name (s, i, e, &a, &b) > i)
          i = b - 1;   /* a rejected name is not tried again from inside */
      }
}

void
find_facts (Ctx  *ctx,
            Sent *s)
{
  guint before = ctx->claims->len;
  gboolean found;

  found = (s->flags & W_REPORT) && find_report (ctx, s);
  if ((s->flags & W_ALIAS) || s->has_bracket)
    found |= find_alias (ctx, s);
  if (s->flags & W_CUE_EXAMPLE)
    found |= find_named_example (ctx, s);
  if (!found && ctx->claims->len == before && before == ctx->sentence_first_claim &&
      (s->has_digit || s->has_at || s->has_bracket || s->cap_run >= 2))
    find_cloze (ctx, s);
}
