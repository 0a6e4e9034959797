/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Sentences and tokens: a paragraph is cut into sentences at ". ! ?" that
 * end one (not after an abbreviation, an initial, a list marker or inside a
 * number), and a sentence into tokens — words, numbers, punctuation and
 * markup-like symbols. Plain loops over the bytes: the whole pass is linear
 * in the size of the essay and touches every byte a small, fixed number of
 * times.
 *
 * Numbers are one token with their decimal comma or point and thousands
 * separators ("2,4", "88.414.296", "3.5"); a currency glued to a number
 * ("Rp1,2") is cut into the currency and the number. Text that looks like
 * markup ("<b>", "</span>", "&amp;") is one opaque symbol token, so that it
 * neither splits a list at its ";" nor becomes a word of its own: essays
 * are text, and such characters stay as they were written.
 */
#include "config.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ds-lexicon-words.h"
#include "ds-text-clean.h"
#include "ds-utf8.h"

/* A tag longer than this is no tag but a stray "<". */
#define MAX_TAG_BYTES 120
#define MAX_ENTITY_BYTES 12

/* "-->", "->", "==>", "=>", "→", "⇒", "⟶": a handout's arrow ("1993 -->
 * treaty signed", "weak funding -> clearance slows"), one token
 * DS_ARROW; the bytes it takes, 0 for none. */
static guint
arrow_at (const char *p,
          const char *end)
{
  guchar c = (guchar) *p;
  const char *q = p;

  if (c == '-' || c == '=')
    {
      while (q < end && q - p < 3 && (guchar) *q == c)
        q++;
      return q < end && *q == '>' ? (guint) (q + 1 - p) : 0;
    }
  if (c == 0xE2 && end - p >= 3 &&
      ((((guchar) p[1] == 0x86 || (guchar) p[1] == 0x87) && (guchar) p[2] == 0x92) ||
       ((guchar) p[1] == 0x9F && (guchar) p[2] == 0xB6)))
    return 3;
  return 0;
}

/* Punctuation outside ASCII that the rules look at: curly quotes, dashes,
 * the ellipsis, the bullet, guillemets, arrows; the no-break space is
 * white. */
static gunichar
punct_at (const char *p,
          const char *end,
          guint      *len)
{
  guchar c = (guchar) *p;

  if ((c == '-' || c == '=' || c == 0xE2) && (*len = arrow_at (p, end)) > 0)
    return DS_ARROW;
  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
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
  /* "«…»": guillemets quote as curly quotes do, and are read as them. */
  if (c == 0xC2 && end - p >= 2 && ((guchar) p[1] == 0xAB || (guchar) p[1] == 0xBB))
    {
      *len = 2;
      return (guchar) p[1] == 0xAB ? 0x201C : 0x201D;
    }
  if (c == 0xC2 && end - p >= 2 && (guchar) p[1] == 0xA0)
    {
      *len = 2;
      return g_utf8_get_char (p);
    }
  *len = 0;
  return 0;
}

/* Outside ASCII a byte belongs to a word unless it starts one of the
 * punctuation marks above. */
G_GNUC_NO_INLINE static gboolean
word_byte_utf8 (const char *p,
                const char *end)
{
  guint len;

  return punct_at (p, end, &len) == 0;
}

/* The ASCII bytes of words: letters, digits, "_", "@" and "#". */
static const guint8 ascii_word_bytes[0x80] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
  ['_'] = 1, ['@'] = 1, ['#'] = 1,
};

/* Inline: the tokenizer asks this of every byte of a sentence. */
static inline gboolean
word_byte (const char *p,
           const char *end)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return ascii_word_bytes[c];
  return word_byte_utf8 (p, end);
}

/* Inside a word: a hyphen or apostrophe before a letter or digit
 * ("negara-negara", "ke-24", "Nye's"), a point or comma between digits
 * ("5.0", "2,4"). */
static gboolean
joins_word (const char *q,
            const char *start,
            const char *end)
{
  /* "ASEAN+3", "P5+1": a plus between a name in capitals and a digit is
   * part of the name (a figure blank would leave "ASEAN+_____"). */
  if (*q == '+')
    {
      if (q + 1 >= end || !g_ascii_isdigit (q[1]) || !g_ascii_isupper (*start))
        return FALSE;
      for (const char *c = start; c < q; c++)
        if (!g_ascii_isupper (*c) && !g_ascii_isdigit (*c))
          return FALSE;
      return TRUE;
    }
  /* Most words end at a space: the byte itself is asked first. */
  if (*q != '-' && *q != '\'' && *q != '.' && *q != ',')
    return FALSE;
  if (q + 1 >= end || !g_ascii_isalnum (q[1]))
    return FALSE;
  if (*q == '-' || *q == '\'')
    return TRUE;
  return q > start && g_ascii_isdigit (q[-1]) && g_ascii_isdigit (q[1]);
}

#ifdef __SSE2__
/* How many of the sixteen bytes at @p are ASCII word bytes before the
 * first that is not (16 when all are): a word's end found without a
 * branch per byte. */
static inline guint
ascii_word_run16 (const char *p)
{
  const __m128i bias = _mm_set1_epi8 ((char) 0x80);
  __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
  __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  /* Unsigned ranges by signed comparisons of the biased bytes. */
  __m128i alpha = _mm_cmplt_epi8 (_mm_xor_si128 (_mm_sub_epi8 (lower, _mm_set1_epi8 ('a')), bias),
                                  _mm_set1_epi8 ((char) (26 ^ 0x80)));
  __m128i digit = _mm_cmplt_epi8 (_mm_xor_si128 (_mm_sub_epi8 (v, _mm_set1_epi8 ('0')), bias),
                                  _mm_set1_epi8 ((char) (10 ^ 0x80)));
  __m128i other = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('_')),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('@')),
                                              _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('#'))));
  guint mask = (guint) _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (alpha, digit), other));

  return (guint) __builtin_ctz (~mask | 0x10000u);
}
#endif

/* Passes over the ASCII word bytes at @q, most of any word. */
static inline const char *
ascii_word_bytes_end (const char *q,
                      const char *end)
{
#ifdef __SSE2__
  /* A run shorter than sixteen ends at the word's first other byte. */
  while (end - q >= 16)
    {
      guint run = ascii_word_run16 (q);

      q += run;
      if (run < 16)
        return q;
    }
#endif
  while (q < end && (guchar) *q < 0x80 && ascii_word_bytes[(guchar) *q])
    q++;
  return q;
}

static const char *
word_end (const char *p,
          const char *end)
{
  const char *q = p;

  while (q < end)
    {
      guchar c;

      q = ascii_word_bytes_end (q, end);
      if (q >= end || (c = (guchar) *q) == ' ')
        break;
      /* Past the ASCII word bytes: a non-ASCII letter goes on, an ASCII
       * byte only when it joins two parts. */
      if (c >= 0x80)
        {
          if (!word_byte_utf8 (q, end))
            break;
          q += g_utf8_skip[c];
        }
      else if (joins_word (q, p, end))
        q++;
      else
        break;
    }
  q = MIN (q, end);
  /* "power_", "power__": the underscores that close Markdown's emphasis
   * are no part of the word ("snake_case" keeps its own). */
  if (q[-1] == '_')
    {
      const char *t = q;

      while (t > p && t[-1] == '_')
        t--;
      if (t > p && q - t <= 2)
        q = t;
    }
  return q;
}

/* "_Diplomasi publik_:", "_soft power_": an underscore run that opens
 * before a word or closes after one is Markdown's emphasis, like "*";
 * one between two word bytes ("snake_case") or on its own ("____", a
 * blank to fill) is text. */
static gboolean
emphasis_underscore (const char *p,
                     const char *start,
                     const char *end,
                     const char **after)
{
  const char *r = p;
  gboolean word_before = p > start && ((guchar) p[-1] >= 0x80 || g_ascii_isalnum (p[-1]));

  while (r < end && *r == '_')
    r++;
  if (r - p > 2)
    return FALSE;
  *after = r;
  if (!word_before)
    return r < end && ((guchar) *r >= 0x80 || g_ascii_isalnum (*r));
  return r >= end || !word_byte (r, end);
}

/* "<b>", "</span>", "<span class=x>", "<br/>": a tag, as one symbol. */
static const char *
tag_end (const char *p,
         const char *end)
{
  if (end - p < 3 || *p != '<' || !(g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
    return NULL;
  for (const char *q = p + 1; q < end && q - p < MAX_TAG_BYTES; q++)
    {
      if (*q == '>')
        return q + 1;
      if (*q == '<')
        return NULL;
    }
  return NULL;
}

/* "&amp;", "&#39;": an entity, as one symbol. */
static const char *
entity_end (const char *p,
            const char *end)
{
  const char *q = p + 1;

  if (*p != '&' || q >= end || !(g_ascii_isalpha (*q) || *q == '#'))
    return NULL;
  for (q++; q < end && q - p < MAX_ENTITY_BYTES; q++)
    {
      if (*q == ';')
        return q + 1;
      if (!g_ascii_isalnum (*q))
        return NULL;
    }
  return NULL;
}

/* "Rp1,2" and "Rp 1,2" both read as the currency, then the number. */
static guint
currency_prefix (const char *p,
                 guint       len)
{
  if (len > 2 && (p[0] == 'R' || p[0] == 'r') && (p[1] == 'p' || p[1] == 'P') &&
      g_ascii_isdigit (p[2]))
    return 2;
  return 0;
}

/* Empties the sentence's summary, before note_token () sums it up again. */
static inline void
summary_clear (Sent *s)
{
  s->flags = 0;
  s->n_commas = 0;
  s->cap_run = s->cur_run = 0;
  s->n_markers = 0;
  s->has_digit = s->has_at = s->has_bracket = FALSE;
  s->has_colon = s->has_semicolon = s->has_quote = s->has_dash = s->has_arrow = FALSE;
}

/* Sums up the sentence while it is cut, for the rules' quick checks. */
static inline void
note_token (Sent      *s,
            const Tok *tok,
            const Tok *prev)
{
  if (tok->type == TOK_WORD)
    {
      s->flags |= tok->flags;
      s->cur_run = tok->cap ? s->cur_run + 1 : 0;
      s->cap_run = MAX (s->cap_run, s->cur_run);
      s->has_at |= tok->p[0] == '@';
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
    case ';': s->has_semicolon = TRUE; break;
    case '(': case '[': s->has_bracket = TRUE; break;
    case '"': case 0x201C: s->has_quote = TRUE; break;
    case 0x2013: case 0x2014: s->has_dash = TRUE; break;
    case DS_ARROW: s->has_arrow = TRUE; break;
    case '.': case ')':
      if (prev != NULL && prev->len <= 4 && prev->type != TOK_PUNCT)
        s->n_markers++;
      break;
    default: break;
    }
}

static inline void
push (Ctx  *ctx,
      Sent *s,
      Tok  *tok)
{
  note_token (s, tok, s->n > 0 ? &s->toks[s->n - 1] : NULL);
  s->toks[s->n++] = *tok;
}

/* Whether the next word from @p on (before @end) is of capitals only
 * ("TINJAUAN", "BAB"). */
static gboolean
upper_word_follows (const char *p,
                    const char *end)
{
  const char *w;

  while (p < end && !g_ascii_isalpha (*p))
    p++;
  for (w = p; p < end && g_ascii_isalpha (*p); p++)
    ;
  return ds_utf8_all_capitals (w, p - w);
}

/* One word's token, written in place at the end of @s. Always inline:
 * it runs for every word of every sentence cut, and as a call of its own
 * (GCC kept it out of line once the lexicon's lookup was inline in it) its
 * frame cost some twenty instructions a word. */
static inline __attribute__ ((always_inline)) void
push_one_word (Ctx        *ctx,
               Sent       *s,
               const char *p,
               guint       len)
{
  Tok *tok = &s->toks[s->n];

  *tok = (Tok) { .p = p, .len = len, .type = g_ascii_isdigit (*p) ? TOK_NUMBER : TOK_WORD,
                 .cap = g_ascii_isupper (*p) };
  _ds_lexicon_classify (ctx, tok, s->end);
  /* "ITU = International Telecommunication Union", "AS dan Tiongkok":
   * a word of two or three capitals that spells a function word is an
   * acronym, unless a word in capitals stands next to it (a heading in
   * capitals keeps its "DAN"). */
  if (G_UNLIKELY (tok->cap && len >= 2 && len <= 3 && (tok->flags & W_FUNCTION) && ds_utf8_all_capitals (p, len)) &&
      !upper_word_follows (p + len, s->end) &&
      !(s->n > 0 && s->toks[s->n - 1].type == TOK_WORD && ds_utf8_all_capitals (s->toks[s->n - 1].p, s->toks[s->n - 1].len)))
    {
      tok->acronym = TRUE;
      tok->flags = 0;
      tok->phrase = FALSE;
      tok->verb = FALSE;
    }
  /* A capital inside a sentence marks a name or a borrowed word
   * ("Cyber Diplomacy"), not a verb. */
  if (tok->cap && s->n > 0 && !(tok->flags & (W_VERB | W_REPORT)))
    tok->verb = FALSE;
  /* While the sentence is cut, the lists its words may start. */
  if (tok->phrase)
    s->cannot_start |= _ds_lexicon_hot_starts (ctx, tok);
  note_token (s, tok, s->n > 0 ? tok - 1 : NULL);
  s->n++;
}

/* The currency of "Rp1,2" as a word of its own; out of line, so that
 * push_word() has one copy of push_one_word() inline, for every word. */
G_GNUC_NO_INLINE static void
push_currency (Ctx        *ctx,
               Sent       *s,
               const char *p,
               guint       len)
{
  push_one_word (ctx, s, p, len);
}

static inline void
push_word (Ctx        *ctx,
           Sent       *s,
           const char *p,
           guint       len)
{
  guint cur = currency_prefix (p, len);

  if (G_UNLIKELY (cur > 0) && s->n + 1 < MAX_TOKENS)
    {
      push_currency (ctx, s, p, cur);
      p += cur;
      len -= cur;
    }
  push_one_word (ctx, s, p, len);
}

static gboolean
closing_at (const char *p,
            const char *end,
            guint      *len)
{
  if (*p == '"' || *p == '\'' || *p == ')' || *p == ']')
    {
      *len = 1;
      return TRUE;
    }
  if (end - p >= 3 && (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x9D || (guchar) p[2] == 0x99))
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

/* The end of the superscript digits at @p ("¹", "²³", "⁴"), or @p. */
static const char *
superscript_end (const char *p,
                 const char *end)
{
  for (;;)
    {
      guchar a = end - p >= 2 ? (guchar) p[0] : 0, b = end - p >= 2 ? (guchar) p[1] : 0;

      if (a == 0xC2 && (b == 0xB9 || b == 0xB2 || b == 0xB3))
        p += 2;
      else if (a == 0xE2 && end - p >= 3 && b == 0x81 &&
               ((guchar) p[2] == 0xB0 || ((guchar) p[2] >= 0xB4 && (guchar) p[2] <= 0xB9)))
        p += 3;
      else
        return p;
    }
}

/* Whether the four bytes before @dot, after @start, are digits: a year. */
static gboolean
year_before (const char *start,
             const char *dot)
{
  if (dot - start < 4)
    return FALSE;
  for (const char *c = dot - 4; c < dot; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

/* A footnote's number at @p, right after the terminator @dot of the
 * sentence that starts at @start: "¹", "[3]", or, before a capital, "2"
 * ("… across borders.2 The idea …") or at the end, the last only after
 * a word or a year ("Bagian 3.1 Ketentuan" is a number). Returns the marker's end,
 * or NULL. */
static const char *
footnote_end (const char *start,
              const char *dot,
              const char *p,
              const char *end)
{
  const char *q = superscript_end (p, end), *digits;

  if (q > p)
    return q == end || g_ascii_isspace (*q) ? q : NULL;
  q = p + (p < end && *p == '[');
  for (digits = q; q < end && q < digits + 3 && g_ascii_isdigit (*q); q++)
    ;
  if (q == digits || (q < end && g_ascii_isdigit (*q)))
    return NULL;
  if (*p == '[')
    return q < end && *q == ']' && (q + 1 == end || g_ascii_isspace (q[1])) ? q + 1 : NULL;
  /* At the end of a paragraph, or before the next sentence's capital. */
  if (*dot != '.' || dot == start || (q < end && (q + 1 >= end || *q != ' ' || !g_ascii_isupper (q[1]))))
    return NULL;
  return g_ascii_isalpha (dot[-1]) || dot[-1] == ')' || dot[-1] == '"' || year_before (start, dot) ? q : NULL;
}

/* The end of @s's text without the footnote number after its last
 * terminator ("… melalui perundingan.¹", "… in 2012.[3]"): the number
 * is no part of what the sentence says. */
static const char *
end_before_footnote (const char *start,
                     const char *end)
{
  const char *t = end;

  while (t > start && g_ascii_isspace (t[-1]))
    t--;
  for (const char *dot = t - 1; dot > start && dot >= t - 12; dot--)
    if (*dot == '.' || *dot == '!' || *dot == '?')
      {
        const char *after = dot + 1;
        guint len;

        while (after < t && closing_at (after, t, &len) && *after != ']')
          after += len;
        return after < t && footnote_end (start, dot, after, t) == t ? after : end;
      }
  return end;
}

/* "60 per cent", "40 persen": a magnitude of two words (the phrase list
 * "magnitude") right after a number marks each of its words, so a figure
 * reads it as one, like "persen". */
static void
mark_magnitude_phrases (Ctx  *ctx,
                        Sent *s)
{
  for (guint i = 0; i + 1 < s->n; i++)
    {
      guint len;

      if (s->toks[i].type != TOK_NUMBER)
        continue;
      len = _ds_phrase_at (ctx, s, i + 1, PL_MAGNITUDE);
      for (guint k = i + 1; k < i + 1 + len; k++)
        s->toks[k].flags |= W_MAGNITUDE;
    }
}

/* "Diaspora adalah komunitas …", "Distribusi pangan merupakan …": a
 * "di-" word the lexicon does not know as a verb, in the few words a
 * sentence opens with before its copula (the phrase list
 * defs_noun_before_copula), is the subject's noun, not a passive verb; a
 * "-kan" or "-nya" form stays a verb ("Diharapkan …", "Dibentuknya …"). */
static void
noun_before_copula (Ctx  *ctx,
                    Sent *s)
{
  guint cop = 1;

  while (cop < s->n && cop <= 4 && s->toks[cop].type == TOK_WORD &&
         !(s->toks[cop].flags & (W_CONJ | W_RELATIVE | W_THAT | W_PREP)) &&
         _ds_phrase_at (ctx, s, cop, PL_DEFS_NOUN_BEFORE_COPULA) == 0)
    cop++;
  if (cop >= s->n || cop > 4 || _ds_phrase_at (ctx, s, cop, PL_DEFS_NOUN_BEFORE_COPULA) == 0)
    return;
  for (guint k = 0; k < cop; k++)
    {
      const Tok *t = &s->toks[k];

      if (t->verb && !(t->len >= 6 && ds_ascii_strncasecmp (t->p, "di", 2) == 0 &&
                       !(t->flags & (W_VERB | W_REPORT | W_EVENT | W_DEFINE_VERB | W_ROLE_VERB |
                                     W_ALIAS | W_CUE_DEF | W_CUE_NAMING)) &&
                       !_ds_tok_ends_nya (t) &&
                       ds_ascii_strncasecmp (t->p + t->len - 3, "kan", 3) != 0))
        return;
    }
  for (guint k = 0; k < cop; k++)
    s->toks[k].verb = FALSE;
}

/* Cuts @s into tokens written to @buf; at most MAX_TOKENS, the rest of a
 * longer sentence is not read. */
static void
cut_tokens (Ctx    *ctx,
            Sent   *s,
            GArray *buf)
{
  const char *p = s->p;

  s->end = end_before_footnote (s->p, s->end);
  g_array_set_size (buf, MAX_TOKENS);
  s->toks = (Tok *) (gpointer) buf->data;
  s->n = 0;
  summary_clear (s);
  s->maybe_used = FALSE;
  s->cannot_start = 0;
  s->n_gaps = 0;
  s->english = ctx->english;

  while (p < s->end && s->n < MAX_TOKENS)
    {
      const char *q;
      guint len;
      Tok tok = { 0 };

      /* "**Soft power** adalah …": Markdown's emphasis is no word. */
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '*')
        {
          p++;
          continue;
        }
      if (*p == '_' && emphasis_underscore (p, s->p, s->end, &q))
        {
          p = q;
          continue;
        }
      if (word_byte (p, s->end))
        {
          q = word_end (p, s->end);
          push_word (ctx, s, p, q - p);
          /* "dan/atau", "and/or": one conjunction, read like "dan". */
          if (p > s->p && p[-1] == '/' && s->n >= 3 && (s->toks[s->n - 1].flags & W_CONJ) &&
              _ds_tok_is_punct (&s->toks[s->n - 2], '/') &&
              (s->toks[s->n - 3].flags & W_CONJ) &&
              s->toks[s->n - 3].p + s->toks[s->n - 3].len + 1 == s->toks[s->n - 1].p)
            {
              s->toks[s->n - 3].len = q - s->toks[s->n - 3].p;
              s->n -= 2;
              /* No longer its record's spelling: any list may start. */
              s->cannot_start |= _ds_lexicon_hot_starts (ctx, &s->toks[s->n - 1]);
            }
          /* The space after a word, passed at once. */
          p = q + (q < s->end && *q == ' ');
          continue;
        }
      if ((q = tag_end (p, s->end)) != NULL || (q = entity_end (p, s->end)) != NULL)
        {
          tok.p = p;
          tok.len = q - p;
          tok.type = TOK_SYMBOL;
          push (ctx, s, &tok);
          p = q;
          continue;
        }
      tok.p = p;
      tok.type = TOK_PUNCT;
      tok.ch = punct_at (p, s->end, &len);
      if (len == 0)
        {
          len = g_utf8_skip[(guchar) *p];
          tok.ch = g_utf8_get_char_validated (p, s->end - p);
        }
      tok.len = MIN (len, (guint) (s->end - p));
      p += tok.len;
      if (tok.ch != 0xA0)
        push (ctx, s, &tok);
    }
  if (s->has_digit)
    mark_magnitude_phrases (ctx, s);
  if (!ctx->english && s->n > 2 && s->toks[0].verb && s->toks[0].type == TOK_WORD)
    noun_before_copula (ctx, s);
  s->cannot_start = ~s->cannot_start & HOT_LISTS_ALL;
  s->question = FALSE;
  for (guint i = s->n; i > 0 && s->toks[i - 1].type == TOK_PUNCT && !s->question; i--)
    s->question = s->toks[i - 1].ch == '?';
  s->body_end = _ds_sent_body_end (s);
  s->body_n = s->n;
}

/* ------------------------------------------------------------------ */
/* Texts cut before                                                    */

/* The rules cut the same short texts again and again: a heading read
 * before every list under it, a list item, an answer or a field the gate
 * and the referents check rule after rule (on the shipped essays a text
 * read aside was cut some 70 times, one the gate checks 3 or 4), each
 * time at another address or after the buffer held something else. What
 * cut_tokens() makes of a text follows from its bytes alone (the
 * lexicon's records are fixed once made; only the cut of the sentence
 * analysed counts words, and it is not kept), so a run keeps the last
 * cuts by their bytes and copies one back, its tokens moved to the new
 * address. */
#define CUT_CACHE_SLOTS     256
#define CUT_CACHE_MAX_BYTES 1024

typedef struct {
  guint64  hash;        /* of the bytes; 0: empty */
  guint    len;
  guint    end;         /* Sent.end, from the start */
  char    *bytes;       /* a copy of the text, the tokens after it */
  gsize    size;        /* allocated at @bytes */
  Sent     cut;         /* what the cut summed up (its tokens in @bytes) */
} CutEntry;

struct _CutCache {
  CutEntry slots[CUT_CACHE_SLOTS];
};

void
_ds_cut_cache_free (CutCache *cache)
{
  for (guint i = 0; i < CUT_CACHE_SLOTS; i++)
    g_free (cache->slots[i].bytes);
  g_free (cache);
}

static guint64
cut_hash (const char *p,
          gsize       len)
{
  guint64 h = 0xCBF29CE484222325ull ^ len;

  for (; len >= 8; p += 8, len -= 8)
    {
      guint64 w;

      memcpy (&w, p, 8);
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
  for (; len > 0; p++, len--)
    h = (h ^ (guchar) *p) * 0x100000001B3ull;
  return h | 1;
}

/* What cut_tokens() sets of @to besides its tokens, from @from. */
static void
copy_cut (Sent       *to,
          const Sent *from)
{
  to->n = from->n;
  to->flags = from->flags;
  to->n_commas = from->n_commas;
  to->cap_run = from->cap_run;
  to->cur_run = from->cur_run;
  to->has_digit = from->has_digit;
  to->has_at = from->has_at;
  to->has_bracket = from->has_bracket;
  to->n_markers = from->n_markers;
  to->has_colon = from->has_colon;
  to->has_semicolon = from->has_semicolon;
  to->has_quote = from->has_quote;
  to->has_dash = from->has_dash;
  to->has_arrow = from->has_arrow;
  to->maybe_used = from->maybe_used;
  to->cannot_start = from->cannot_start;
  to->n_gaps = from->n_gaps;
  to->english = from->english;
  to->question = from->question;
  to->body_end = from->body_end;
  to->body_n = from->body_n;
}

/* Keeps the cut @s of the @len bytes with @hash in @e: the bytes, then
 * the tokens, pointing into that copy. */
static void
cut_cache_put (CutEntry   *e,
               const Sent *s,
               guint64     hash,
               guint       len)
{
  gsize need = len + s->n * sizeof (Tok) + sizeof (Tok);
  gsize toks_at = (len + G_ALIGNOF (Tok) - 1) / G_ALIGNOF (Tok) * G_ALIGNOF (Tok);
  Tok *toks;

  if (e->size < need)
    {
      g_free (e->bytes);
      e->size = MAX (need, 1024);
      e->bytes = g_malloc (e->size);
    }
  memcpy (e->bytes, s->p, len);
  toks = (Tok *) (gpointer) (e->bytes + toks_at);
  for (guint i = 0; i < s->n; i++)
    {
      toks[i] = s->toks[i];
      toks[i].p = e->bytes + (s->toks[i].p - s->p);
    }
  e->hash = hash;
  e->len = len;
  e->end = s->end - s->p;
  copy_cut (&e->cut, s);
  e->cut.toks = toks;
}

static void
tokenize_into (Ctx    *ctx,
               Sent   *s,
               GArray *buf)
{
  gsize len = s->end - s->p;
  guint64 hash;
  CutEntry *e;

  /* The sentence analysed is cut once and counted. */
  if (ctx->counting || len > CUT_CACHE_MAX_BYTES)
    {
      cut_tokens (ctx, s, buf);
      return;
    }
  if (ctx->cut_cache == NULL)
    ctx->cut_cache = g_new0 (CutCache, 1);
  hash = cut_hash (s->p, len);
  e = &ctx->cut_cache->slots[(hash >> 32) % CUT_CACHE_SLOTS];
  if (e->hash != hash || e->len != len || memcmp (e->bytes, s->p, len) != 0)
    {
      cut_tokens (ctx, s, buf);
      cut_cache_put (e, s, hash, len);
      return;
    }
  g_array_set_size (buf, MAX_TOKENS);
  s->toks = (Tok *) (gpointer) buf->data;
  s->end = s->p + e->end;
  copy_cut (s, &e->cut);
  for (guint i = 0; i < s->n; i++)
    {
      s->toks[i] = e->cut.toks[i];
      s->toks[i].p = s->p + (e->cut.toks[i].p - e->bytes);
    }
}

/* The sentence being analysed keeps its tokens in the context's main
 * buffer; a sentence read again (an intro, a heading, a list line) or a
 * text the gate checks uses its own, so that neither overwrites it. */
void
_ds_sent_tokenize (Ctx  *ctx,
                   Sent *s)
{
  tokenize_into (ctx, s, ctx->toks);
}

void
_ds_sent_tokenize_aside (Ctx  *ctx,
                         Sent *s)
{
  tokenize_into (ctx, s, ctx->toks_aside);
}

void
_ds_sent_tokenize_split (Ctx  *ctx,
                         Sent *s)
{
  tokenize_into (ctx, s, ctx->toks_split);
}

/* @text, a sentence rewritten from @s (a name in a pronoun's place, a
 * clause with its subject before it), cut as a sentence of @s's place:
 * its characters and its block are @s's. */
void
_ds_sent_tokenize_rewritten (Ctx        *ctx,
                             Sent       *x,
                             const char *text,
                             const Sent *s)
{
  x->p = text;
  x->end = text + strlen (text);
  _ds_sent_tokenize_split (ctx, x);
  x->start = s->start;
  x->end_char = s->end_char;
  x->block = s->block;
}

/* Leaves out the tokens of @s that @drop marks (one byte a token): a
 * sentence read again without its asides (ds-clause.c). The tokens left
 * keep pointing into the essay's text; the bytes left out are noted as
 * gaps, which a text copied across them skips (_ds_sent_text_dup()), and
 * the sentence's summary is worked out again. */
void
_ds_sent_drop (Sent         *s,
               const guint8 *drop)
{
  guint n = 0;
  gboolean gap = FALSE;

  s->n_gaps = 0;
  summary_clear (s);
  for (guint k = 0; k < s->n; k++)
    {
      if (drop[k])
        {
          if (!gap && s->n_gaps < SENT_MAX_GAPS)
            s->gap_from[s->n_gaps++] = s->toks[k].p;
          if (s->n_gaps > 0)
            s->gap_to[s->n_gaps - 1] = s->toks[k].p + s->toks[k].len;
          gap = TRUE;
          continue;
        }
      s->toks[n] = s->toks[k];
      s->toks[n].gap = gap;
      note_token (s, &s->toks[n], n > 0 ? &s->toks[n - 1] : NULL);
      gap = FALSE;
      n++;
    }
  s->n = n;
  s->body_end = _ds_sent_body_end (s);
  s->body_n = s->n;
}

/* Moves @s past its first @k tokens, a lead before its subject
 * ("Kedua,", "Key point —"; _ds_clause_lead_end()): the rules read the
 * sentence from its subject on. The tokens stay where they are (a copy
 * of @s kept before the call still reads them all); the sentence's
 * summary is worked out again. */
void
_ds_sent_skip (Sent  *s,
               guint  k)
{
  const char *p;

  if (k == 0 || k >= s->n)
    return;
  p = s->toks[k].p;
  s->lead_p = s->p;
  s->lead_start = s->start;
  s->start += _ds_count_chars (s->p, p);
  s->p = s->lead_to = p;
  s->toks += k;
  s->n -= k;
  summary_clear (s);
  for (guint i = 0; i < s->n; i++)
    note_token (s, &s->toks[i], i > 0 ? &s->toks[i - 1] : NULL);
  s->body_end = _ds_sent_body_end (s);
  s->body_n = s->n;
}

static gboolean
closes_up (char c)
{
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

/* The text [@a, @b) of @s, without the gaps a reading without asides
 * left (_ds_sent_drop()): "Tanaka (1995: 7) kemudian mendefinisikan"
 * read without "(1995: 7)" and "kemudian" copies as "Tanaka
 * mendefinisikan". */
char *
_ds_sent_text_dup (const Sent *s,
                   const char *a,
                   const char *b)
{
  GString *out;
  gboolean space = FALSE;

  if (s->n_gaps == 0 || a >= s->gap_to[s->n_gaps - 1] || b <= s->gap_from[0])
    return g_strndup (a, b - a);
  out = g_string_sized_new (b - a);
  for (guint g = 0; g <= s->n_gaps && a < b; g++)
    {
      const char *to = g < s->n_gaps ? MIN (s->gap_from[g], b) : b;

      if (g < s->n_gaps && s->gap_to[g] <= a)
        continue;
      if (to > a)
        {
          if (space)
            {
              while (a < to && *a == ' ')
                a++;
              if (a < to && out->len > 0 && !closes_up (*a))
                g_string_append_c (out, ' ');
            }
          g_string_append_len (out, a, to - a);
          space = FALSE;
        }
      if (g < s->n_gaps)
        {
          while (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          a = MAX (a, s->gap_to[g]);
          space = TRUE;
        }
    }
  return g_string_free (out, FALSE);
}

/* A text of its own (not a sentence of the essay) cut into @buffer. */
static void
text_tokenize_into (Ctx        *ctx,
                    const char *text,
                    Sent       *s,
                    GArray     *buffer)
{
  memset (s, 0, sizeof *s);
  s->p = text;
  s->end = text + strlen (text);
  tokenize_into (ctx, s, buffer);
}

void
_ds_text_tokenize (Ctx        *ctx,
                   const char *text,
                   Sent       *s)
{
  text_tokenize_into (ctx, text, s, ctx->toks_gate);
}

/* The text a pointed noun's name is looked for in: read while a rule
 * holds the sentence, a text it reads again and a text the gate checks,
 * so in a buffer of its own. */
void
_ds_text_tokenize_kind (Ctx        *ctx,
                        const char *text,
                        Sent       *s)
{
  text_tokenize_into (ctx, text, s, ctx->toks_kind);
}

/* ------------------------------------------------------------------ */
/* Sentence ends                                                       */

/* "Figure 2", "Tabel 3.1", "Fig. 4a": a caption's label (the phrase list
 * furniture_caption of either language, in capitals) and its number at
 * @p. Returns the byte after the number, or NULL. */
static const char *
caption_number_end (const char *p,
                    const char *end)
{
  static const char * const codes[] = { "id", "en" };

  const char *space;

  if (p >= end || !g_ascii_isupper (*p))
    return NULL;
  /* A caption's label is one word, so its number follows the first space:
   * most sentences are turned away here, before the labels are compared. */
  space = memchr (p, ' ', MIN ((gsize) (end - p), 24));
  if (space == NULL || space + 1 >= end || !g_ascii_isdigit (space[1]))
    return NULL;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *labels = ds_lang_get_phrases (ds_lang_get (codes[l]), "furniture_caption");

      for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
        {
          gsize n = strlen (labels[i]);
          const char *q = p + n;

          if ((gsize) (end - p) <= n + 1 || ds_ascii_strncasecmp (p, labels[i], n) != 0 || g_ascii_isalnum (*q))
            continue;
          if (*q == '.')
            q++;
          if (q + 1 >= end || *q != ' ' || !g_ascii_isdigit (q[1]))
            continue;
          for (q++; q < end && (g_ascii_isdigit (*q) || (*q == '.' && q + 1 < end && g_ascii_isdigit (q[1]))); q++)
            ;
          if (q < end && g_ascii_isalpha (*q) && (q + 1 >= end || !g_ascii_isalnum (q[1])))
            q++;
          return q;
        }
    }
  return NULL;
}

/* Whether [@p, @end) is a figure's or a table's caption ("Figure 2: Daily
 * flows …", "Tabel 3. Insiden …", "Gambar 1 – …") or its source line
 * ("Source: …", "Sumber: …": the phrase list furniture_source_label)
 * standing as a sentence of a paragraph: the document's furniture, which
 * says nothing the prose around it claims. */
gboolean
_ds_caption_sentence (const char *p,
                      const char *end)
{
  static const char * const codes[] = { "id", "en" };
  const char *q = caption_number_end (p, end);

  if (q != NULL)
    {
      while (q < end && *q == ' ')
        q++;
      return q >= end || *q == ':' || *q == '.' || g_str_has_prefix (q, "\xE2\x80\x93") ||
             g_str_has_prefix (q, "\xE2\x80\x94") || (*q == '-' && q + 1 < end && q[1] == ' ');
    }
  if (p >= end || !g_ascii_isupper (*p) || memchr (p, ':', MIN ((gsize) (end - p), 24)) == NULL)
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *labels = ds_lang_get_phrases (ds_lang_get (codes[l]), "furniture_source_label");

      for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
        if (ds_text_label_length (p, end - p, labels[i]) > 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether the period at @dot ends the sentence that starts at @start. */
static gboolean
period_ends_sentence (Ctx        *ctx,
                      const char *start,
                      const char *dot)
{
  const char *w = dot;
  Tok tok = { 0 };

  /* "Tabel 3. Insiden …": a caption's number goes on to its title. */
  if (caption_number_end (start, dot + 1) == dot)
    return FALSE;

  while (w > start && (g_ascii_isalnum (w[-1]) || w[-1] == '.'))
    w--;
  if (w == dot)
    return TRUE;        /* "dll]." or "”." */

  tok.p = w;
  tok.len = dot - w;
  tok.type = TOK_WORD;
  /* Lettered markers ("a.", and "ab." for a lost a.) and initials ("Z.")
   * end nothing; "so." and "di." do. */
  if (g_ascii_islower (w[0]) && (tok.len == 1 || (tok.len == 2 && w[1] == w[0] + 1)))
    return FALSE;
  if (tok.len == 1 && g_ascii_isupper (w[0]))
    return FALSE;
  /* A list number at the start: "1. …". */
  if (g_ascii_isdigit (w[0]) && w == start && tok.len <= 3)
    return FALSE;

  _ds_lexicon_classify (ctx, &tok, dot);
  /* "…, collecting fees, etc. It meets monthly": a word that closes a
   * list (phrase list etc) ends its sentence before a capital. */
  if ((tok.flags & W_ETC) && dot[1] == ' ' && g_ascii_isupper (dot[2]))
    return TRUE;
  if (tok.flags & W_ABBREV)
    return FALSE;
  /* "33 mln. tonnes", "approx. 5,600 km", "Art. 234", "Jan. 2021": a
   * word the language cuts short before a number or a lower-case word
   * ("abbrev_number"); not any word, since "… pertemuan daring. kuliah
   * …" starts a sentence in lower case, and "… lima persen. 2021 …"
   * ends one. */
  if (g_ascii_isalpha (w[0]) && dot[1] == ' ' && (g_ascii_islower (dot[2]) || g_ascii_isdigit (dot[2])))
    {
      Sent one = { .toks = &tok, .n = 1 };

      if (_ds_phrase_at (ctx, &one, 0, PL_ABBREV_NUMBER) > 0)
        return FALSE;
    }
  /* "e.g." */
  return memchr (w, '.', tok.len) == NULL || !g_ascii_isalpha (w[0]);
}


/* "yaitu 1. menjaga … 2. membangun …": a small number before a period
 * and a lower-case word after it is a marker inside the sentence. */
static gboolean
inline_number (const char *start,
               const char *dot,
               const char *end)
{
  const char *w = dot;
  const char *next = dot + 1;

  while (w > start && g_ascii_isdigit (w[-1]))
    w--;
  if (w == dot || dot - w > 2 || (w > start && !g_ascii_isspace (w[-1])))
    return FALSE;
  while (next < end && *next == ' ')
    next++;
  return next < end && g_ascii_islower (*next);
}

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Whether one of the eight bytes of @w is @c (the classic test for a zero
 * byte, on @w with @c's bytes cleared): sentences are scanned eight bytes
 * at a time. */
static inline guint64
has_byte (guint64 w,
          guchar  c)
{
  guint64 v = w ^ (ONES * c);

  return (v - ONES) & ~v & HIGHS;
}

/* The first ". ! ?" in [p, end), or @end: sixteen bytes at a time where
 * the processor allows, else eight. */
static const char *
next_terminator (const char *p,
                 const char *end)
{
#ifdef __SSE2__
  const __m128i dot = _mm_set1_epi8 ('.');
  const __m128i bang = _mm_set1_epi8 ('!');
  const __m128i ask = _mm_set1_epi8 ('?');

  for (; end - p >= 16; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
      int found = _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dot),
                                                                 _mm_cmpeq_epi8 (v, bang)),
                                                   _mm_cmpeq_epi8 (v, ask)));

      if (found != 0)
        return p + __builtin_ctz ((guint) found);
    }
#endif
  for (; end - p >= 8; p += 8)
    {
      guint64 w;

      memcpy (&w, p, 8);
      if (has_byte (w, '.') | has_byte (w, '!') | has_byte (w, '?'))
        break;
    }
  for (; p < end; p++)
    if (*p == '.' || *p == '!' || *p == '?')
      return p;
  return end;
}

/* Whether the sentence at @p opens on a bold label that closes right
 * after @stop and starts with an ordinal and a comma ("**Pertama,
 * cadangan data tidak tersedia.**", "**Second, expertise is scarce.**").
 * A label that names a term ("**Port state control.** sends …") stays
 * read with its body: the run-in rules read the two as one. */
static gboolean
bold_ordinal_label (Ctx        *ctx,
                    const char *p,
                    const char *stop)
{
  const char *w = p + 2, *we = w;
  Tok tok = { 0 };

  if (stop - p < 6 || p[0] != '*' || p[1] != '*')
    return FALSE;
  for (const char *c = w; c < stop; c++)
    if (*c == '*')
      return FALSE;
  while (we < stop && (g_ascii_isalpha (*we) || *we == '-'))
    we++;
  if (we == w || we >= stop || *we != ',')
    return FALSE;
  tok.p = w;
  tok.len = we - w;
  tok.type = TOK_WORD;
  _ds_lexicon_classify (ctx, &tok, we);
  return (tok.flags & W_ORDINAL) != 0;
}

/* The end of the sentence that starts at @p, in [p, end]: after its
 * terminator, any closing quotes or brackets and a footnote's number. */
const char *
_ds_sentence_end (Ctx        *ctx,
                  const char *p,
                  const char *end)
{
  for (const char *q = next_terminator (p, end); q < end; q = next_terminator (q + 1, end))
    {
      const char *after;
      guint len;

      after = q + 1;
      while (after < end && (*after == '.' || *after == '!' || *after == '?'))
        after++;
      while (after < end && closing_at (after, end, &len))
        after += len;
      /* "**Pertama, tidak ada pemilik.** Sebagian …", "**Finally,
       * standards are set in private forums.** Many …": a bold ordinal
       * label's stop ends its sentence, the bold's close with it. */
      if (end - after >= 2 && after[0] == '*' && after[1] == '*' &&
          (end - after == 2 || after[2] == ' ' || after[2] == '\t' || after[2] == '\n') &&
          bold_ordinal_label (ctx, p, q))
        after += 2;
      if (after < end && *after != ' ' && *after != '\t')
        {
          const char *note = footnote_end (p, q, after, end);

          if (note == NULL || (*q == '.' && !period_ends_sentence (ctx, p, q)))
            continue;
          return note;
        }
      if (*q == '.' && !period_ends_sentence (ctx, p, q))
        continue;
      if (*q == '.' && inline_number (p, q, end))
        continue;
      return after;
    }
  return end;
}

#ifdef __SSE2__
/* The characters in [@p, @end): its bytes but UTF-8's continuation bytes
 * (10xxxxxx), these counted sixteen at a time in byte lanes, summed
 * before a lane could overflow. */
static guint
count_chars16 (const char *p,
               const char *end)
{
  const __m128i high2 = _mm_set1_epi8 ((char) 0xC0);
  const __m128i cont = _mm_set1_epi8 ((char) 0x80);
  const char *q = p;
  guint n_cont = 0;

  while (end - q >= 16)
    {
      __m128i acc = _mm_setzero_si128 ();
      __m128i sums;

      for (guint k = 0; k < 255 && end - q >= 16; k++, q += 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) q);

          acc = _mm_sub_epi8 (acc, _mm_cmpeq_epi8 (_mm_and_si128 (v, high2), cont));
        }
      sums = _mm_sad_epu8 (acc, _mm_setzero_si128 ());
      n_cont += (guint) _mm_cvtsi128_si32 (sums) + (guint) _mm_extract_epi16 (sums, 4);
    }
  return (guint) (q - p) - n_cont + _ds_count_chars (q, end);
}
#endif

/* The sentence's end in characters and a hash of its bytes: every
 * sentence of the essay is measured, so the hash mixes eight bytes at a
 * time, and the characters are counted sixteen bytes at a time where the
 * processor allows. */
void
_ds_sent_measure (Sent *s)
{
  guint64 h = 0xCBF29CE484222325ull;
  guint chars = 0;
  const char *c = s->p;

#ifdef __SSE2__
  /* Two words a turn: the same mixing, half the loop's own work. */
  for (; s->end - c >= 16; c += 16)
    {
      guint64 w[2];

      memcpy (w, c, 16);
      h = (h ^ w[0]) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
      h = (h ^ w[1]) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
#endif
  for (; s->end - c >= 8; c += 8)
    {
      guint64 w;

      memcpy (&w, c, 8);
#ifndef __SSE2__
      chars += _ds_chars_in_word (w);
#endif
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
#ifdef __SSE2__
  chars = count_chars16 (s->p, s->end);
#else
  chars += _ds_count_chars (c, s->end);
#endif
  for (; c < s->end; c++)
    h = (h ^ (guchar) *c) * 0x100000001B3ull;
  s->end_char = s->start + chars;
  s->hash = h | 1;
}
