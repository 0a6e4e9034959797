/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, a noun pointed at with a demonstrative: "Indonesia
 * menjadi tuan rumah forum itu pada 2013", "Bagi Indonesia, kepentingan
 * itu mencakup …". A card is read alone, weeks later: "forum itu" says
 * nothing there. When the essay named the noun before the claim ("Forum
 * Tata Kelola Internet (IGF) pertama kali …", "… kepentingan nasional
 * …"), the claim says that name instead; when it did not, the claim keeps
 * its demonstrative and the card gate's check "referent" drops the card.
 *
 * A definition that ends on such a phrase ("… dan mengamankan kepentingan
 * nasional dalam proses tersebut") loses it instead: what comes before it
 * says what the term means. So does a list's subject ("hambatan utama
 * dalam perundingan air di kawasan ini").
 */
/* memrchr() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

/* How far back, in bytes, the name is looked for. */
#define REFERENT_WINDOW_BYTES 1500
/* The words a pointed noun phrase has at most before its demonstrative,
 * and the words a name found for it may add. */
#define NOUN_MAX_WORDS 3
#define NAME_MAX_EXTRA_WORDS 5
/* The words of an aside before a clause's subject ("In 2012, the
 * convention …"), at most. */
#define ASIDE_MAX_WORDS 6

static gboolean
is_content (const Tok *t)
{
  return t->type == TOK_WORD && !(t->flags & W_FUNCTION);
}

/* Whether @t is a demonstrative pointing back ("itu", "tersebut", "ini";
 * "that" is English's complementiser too, so it is not one here). */
static gboolean
is_demonstrative_after (Ctx       *ctx,
                        const Tok *t)
{
  /* "ITU" is an acronym. */
  return !ctx->english && t->type == TOK_WORD && (t->flags & W_ANAPHOR) &&
         !(t->len > 1 && g_ascii_isupper (t->p[1]));
}

/* The words of @s before @at that name what it points at: up to
 * NOUN_MAX_WORDS content words, none a verb. Returns the first one's
 * index, or @at when there is none. */
static guint
noun_start (const Sent *s,
            guint       at)
{
  guint i = at;

  while (i > 0 && at - i < NOUN_MAX_WORDS && is_content (&s->toks[i - 1]) && !s->toks[i - 1].verb)
    i--;
  return i;
}

static inline guchar
ascii_lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether the @len bytes at @w stand in @text at @p, whole. */
static gboolean
words_at (const char *w,
          gsize       len,
          const char *p,
          const char *text)
{
  /* g_ascii_strncasecmp() without its call (a NUL of @p differs from
   * every byte of @w). */
  for (gsize i = 0; i < len; i++)
    if (ascii_lower ((guchar) p[i]) != ascii_lower ((guchar) w[i]))
      return FALSE;
  return (p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]);
}

/* Whether the word at @p (after spaces) is "itu", "ini" or "tersebut". */
static gboolean
pointed_at (const char *p)
{
  char word[16];
  gsize n = 0;

  while (*p == ' ')
    p++;
  while (n + 1 < sizeof word && g_ascii_isalpha (p[n]))
    word[n] = ds_ascii_tolower (p[n]), n++;
  word[n] = '\0';
  return n > 0 && (ds_lang_lookup (ds_lang_get ("id"), word, -1, NULL) & DS_WORD_ANAPHOR) != 0;
}

/* The last place in [@text, @end) where the @len bytes at @w stand,
 * not themselves pointed at ("pusat data itu" names nothing). */
/* The last @c in [@text, @end), or NULL. */
static const char *
last_byte (const char *text,
           const char *end,
           guchar      c)
{
  return end > text ? memrchr (text, c, end - text) : NULL;
}

static const char *
find_words (const char *w,
            gsize       len,
            const char *text,
            const char *end)
{
  guchar first = len > 0 ? ascii_lower ((guchar) *w) : 0;
  guchar capital = g_ascii_toupper (first);
  const char *lower, *upper;

  if ((gsize) (end - text) < len)
    return NULL;
  if (len == 0)
    {
      for (const char *p = end; p >= text; p--)
        if (words_at (w, len, p, text) && !pointed_at (p))
          return p;
      return NULL;
    }
  /* Every byte of the window is a place to look, from its end: only the
   * places of its first letter, in either case, can hold the words, and
   * memrchr() finds them many bytes at a time. */
  lower = last_byte (text, end - len + 1, first);
  upper = capital != first ? last_byte (text, end - len + 1, capital) : NULL;
  while (lower != NULL || upper != NULL)
    {
      const char *p = upper == NULL || (lower != NULL && lower > upper) ? lower : upper;

      if (words_at (w, len, p, text) && !pointed_at (p + len))
        return p;
      if (p == lower)
        lower = last_byte (text, p, first);
      else
        upper = last_byte (text, p, capital);
    }
  return NULL;
}

/* The first bytes of a list's words, by the list's address: the lists
 * _ds_text_may_hold() is asked (four a language for the referents, two
 * for the ranking) live as long as the process, and so do these, filled
 * once each; with each entry's first byte and the length of its first
 * word, so that a word of the text is compared only with the entries of
 * its length ("di…", "me…", "ber…" start most Indonesian words and many
 * entries). */
typedef struct {
  guint  len;           /* of the entry's first word, in bytes */
  guchar first;
} FirstWord;

typedef struct {
  const char * const *words;
  guint64             first[2];   /* ASCII bytes */
  guint               n;
  FirstWord           entries[];
} FirstBytes;

static FirstBytes *first_bytes_slots[16];

/* @words' first bytes, or NULL when the slots are full. */
static const FirstBytes *
first_bytes (const char * const *words)
{
  for (guint i = 0; i < G_N_ELEMENTS (first_bytes_slots); i++)
    {
      FirstBytes *f = g_atomic_pointer_get (&first_bytes_slots[i]);

      if (f == NULL)
        {
          guint n = g_strv_length ((char **) words);

          f = g_malloc0 (sizeof (FirstBytes) + n * sizeof (FirstWord));
          f->words = words;
          f->n = n;
          for (guint w = 0; words[w] != NULL; w++)
            {
              if ((guchar) words[w][0] < 0x80)
                f->first[(guchar) words[w][0] >> 6] |= G_GUINT64_CONSTANT (1) << (words[w][0] & 63);
              f->entries[w].first = (guchar) words[w][0];
              f->entries[w].len = strcspn (words[w], " ");
            }
          if (g_atomic_pointer_compare_and_exchange (&first_bytes_slots[i], NULL, f))
            return f;
          g_free (f);
          f = g_atomic_pointer_get (&first_bytes_slots[i]);
        }
      if (f->words == words)
        return f;
    }
  return NULL;
}

/* Whether the first word of one of @words stands in @text as a word of
 * its own, ASCII case aside: a field without any of the words a rule
 * starts from needs no tokens. Words are read as runs of ASCII letters
 * and digits, so that every word token of the text is one of them. */
/* ASCII letters and digits, what g_ascii_isalnum() says of them: a table
 * of the file's own, read without GLib's table through the GOT at every
 * byte of the fields _ds_text_may_hold() scans. */
static const guint8 ascii_alnum[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

gboolean
_ds_text_may_hold (const char         *text,
                   const char * const *words)
{
  const FirstBytes *first = first_bytes (words);

  /* One pass over the bytes: the words between other bytes, and among
   * those other bytes the Kelvin sign, the one letter outside ASCII that
   * lower-cases into it, as the lexicon folds a word (a text that holds
   * it may hold anything). */
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      const guchar *e = p + 1;
      guchar c = ascii_lower (*p);

      if (!ascii_alnum[*p])
        {
          if (*p == 0xE2 && p[1] == 0x84 && p[2] == 0xAA)
            return TRUE;
          p = e;
          continue;
        }
      while (ascii_alnum[*e])
        e++;
      /* A word whose first letter starts no word of the list. */
      if (first != NULL && !((first->first[c >> 6] >> (c & 63)) & 1))
        {
          p = e;
          continue;
        }
      /* The lists are folded: their first letters are lower case. */
      if (first != NULL)
        {
          for (guint w = 0; w < first->n; w++)
            if (c == first->entries[w].first && (gsize) (e - p) == first->entries[w].len &&
                ds_ascii_strncasecmp ((const char *) p, words[w], e - p) == 0)
              return TRUE;
        }
      else
        for (guint w = 0; words[w] != NULL; w++)
          if (c == (guchar) words[w][0] && (gsize) (e - p) == strcspn (words[w], " ") &&
              ds_ascii_strncasecmp ((const char *) p, words[w], e - p) == 0)
            return TRUE;
      p = e;
    }
  return FALSE;
}

/* The language's demonstratives ("itu", "ini", "tersebut"), listed once
 * per run. */
static const char * const *
demonstratives (Ctx *ctx)
{
  static char **words[2];
  static gsize initialized[2];
  guint i = ctx->english ? 1 : 0;

  if (g_once_init_enter (&initialized[i]))
    {
      words[i] = ds_lang_dup_class_words (ctx->lang, W_ANAPHOR);
      g_once_init_leave (&initialized[i], 1);
    }
  return (const char * const *) words[i];
}

/* The lists whose words a field of a claim is scanned for: what opens a
 * pointed noun, "the same year", "both countries". */
enum {
  MAY_POINTED   = 1 << 0,
  MAY_SAME_YEAR = 1 << 1,
  MAY_PAIR      = 1 << 2,
  MAY_ALL       = MAY_POINTED | MAY_SAME_YEAR | MAY_PAIR,
};

/* The three lists and their first bytes, looked up once per essay
 * (ctx->may_words, ctx->may_first; may_lists_ok unset when a slot of
 * first_bytes() was missing). */
static void
may_lists (Ctx *ctx)
{
  if (!ctx->may_lists_ready)
    {
      const char * const *lists[3] = {
        ctx->english ? ds_lang_get_phrases (ctx->lang, "demonstrative_before") : demonstratives (ctx),
        ds_lang_get_phrases (ctx->lang, "same_year"),
        ds_lang_get_phrases (ctx->lang, "pair_anaphor"),
      };

      ctx->may_lists_ready = TRUE;
      ctx->may_lists_ok = TRUE;
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          ctx->may_words[l] = lists[l];
          ctx->may_first[l] = first_bytes (lists[l]);
          ctx->may_lists_ok &= ctx->may_first[l] != NULL;
        }
    }
}

/* _ds_text_may_hold() of @text for the three lists at once, as bits: a
 * claim's question was scanned three times, its body and lead twice. */
static guint
text_may_hold_lists (Ctx        *ctx,
                     const char *text)
{
  const FirstBytes *first[3];
  guint64 any[2];
  guint found = 0;

  may_lists (ctx);
  if (!ctx->may_lists_ok)
    {
      /* (No slot left: each list on its own.) */
      for (guint k = 0; k < 3; k++)
        found |= _ds_text_may_hold (text, ctx->may_words[k]) ? 1u << k : 0;
      return found;
    }
  for (guint l = 0; l < 3; l++)
    first[l] = ctx->may_first[l];
  /* A word that starts no word of any of the lists is passed at once. */
  any[0] = first[0]->first[0] | first[1]->first[0] | first[2]->first[0];
  any[1] = first[0]->first[1] | first[1]->first[1] | first[2]->first[1];
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      const guchar *e = p + 1;
      guchar c = ascii_lower (*p);

      if (!ascii_alnum[*p])
        {
          if (*p == 0xE2 && p[1] == 0x84 && p[2] == 0xAA)
            return MAY_ALL;
          p = e;
          continue;
        }
      while (ascii_alnum[*e])
        e++;
      if ((any[c >> 6] >> (c & 63)) & 1)
        for (guint l = 0; l < 3; l++)
          {
            const FirstBytes *f = first[l];

            if ((found & (1u << l)) || !((f->first[c >> 6] >> (c & 63)) & 1))
              continue;
            for (guint w = 0; w < f->n; w++)
              if (c == f->entries[w].first && (gsize) (e - p) == f->entries[w].len &&
                  ds_ascii_strncasecmp ((const char *) p, f->words[w], e - p) == 0)
                {
                  found |= 1u << l;
                  break;
                }
          }
      if (found == MAY_ALL)
        return found;
      p = e;
    }
  return found;
}

/* Whether the field @text of the claim being resolved may hold a word of
 * the list @which (MAY_*): each field is scanned once for the three
 * lists, and again only after some field of the claim was rewritten
 * (forget_fields() forgets them all; a field is freed only there). */
static gboolean
field_may_hold (Ctx        *ctx,
                const char *text,
                guint       which)
{
  guint slot = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ctx->may_text); i++)
    {
      if (ctx->may_text[i] == text)
        return (ctx->may_mask[i] & which) != 0;
      if (ctx->may_text[i] == NULL)
        slot = i;
    }
  /* (A field not kept: in a free place, or in the places in turn.) */
  if (ctx->may_text[slot] != NULL)
    slot = ctx->may_next++ % G_N_ELEMENTS (ctx->may_text);
  ctx->may_text[slot] = text;
  ctx->may_mask[slot] = text_may_hold_lists (ctx, text);
  return (ctx->may_mask[slot] & which) != 0;
}

/* A field of the claim was rewritten: none is scanned yet. */
static void
forget_fields (Ctx *ctx)
{
  memset (ctx->may_text, 0, sizeof ctx->may_text);
}

/* Puts @out in place of *@field. */
static void
replace_field (Ctx    *ctx,
               char  **field,
               char   *out)
{
  g_free (*field);
  *field = out;
  forget_fields (ctx);
}

/* find_words() on the words [@a, @b) of @s. */
static const char *
find_noun (const Sent *s,
           guint       a,
           guint       b,
           const char *text,
           const char *end)
{
  return find_words (s->toks[a].p, s->toks[b - 1].p + s->toks[b - 1].len - s->toks[a].p, text, end);
}

/* Whether the word at @k of @s says how, when or how much rather than
 * what: a superlative's "paling", a limit ("paling lambat", "dalam
 * waktu", phrase list salience_limit_cue), or an adverb made of "se-"
 * and "-nya" ("secepatnya", "setidaknya", "sekurang-kurangnya"). The
 * noun's name ends before it: "pemberitahuan tertulis paling lambat 3 x
 * 24 jam" names the notice, "pemberitahuan tertulis". */
static gboolean
ends_name (Ctx        *ctx,
           const Sent *s,
           guint       k)
{
  const Tok *t = &s->toks[k];

  if (t->type != TOK_WORD)
    return FALSE;
  if ((t->flags & W_SUPERLATIVE) || _ds_phrase_at (ctx, s, k, PL_SALIENCE_LIMIT_CUE) > 0)
    return TRUE;
  return t->len > 6 && ds_ascii_strncasecmp (t->p, "se", 2) == 0 && _ds_tok_ends_nya (t);
}

/* The name at @p, @len bytes of its noun and the words after that make
 * it one ("Forum Tata Kelola Internet", "kepentingan nasional"), copied. */
static char *
name_at (Ctx        *ctx,
         const char *p,
         gsize       len)
{
  g_autofree char *rest = g_strndup (p + len, 200);
  gboolean proper;
  Sent s;
  guint k = 0;

  /* A heading's name ends with its line. */
  rest[strcspn (rest, "\n")] = '\0';
  _ds_text_tokenize (ctx, rest, &s);
  /* (One capital may only open a sentence: "Pusat data nasional …".) */
  proper = g_unichar_isupper (g_utf8_get_char (p)) && s.n > 0 && s.toks[0].cap;
  /* A proper name goes on in capitals only: "Konvensi Perikanan Pasifik
   * Barat mulai berlaku" names the convention, not its "mulai". */
  /* "Visa transit adalah izin singgah …": a copula ends the name; what
   * follows it defines the noun, and pasted in ("visa transit adalah izin
   * singgah paling diperbarui") garbled the claim. */
  /* "Kewajiban agar data tangkapan dilaporkan …": a clause after
   * "agar", "bahwa" (phrase list lists_lead_subordinator) is what the
   * noun demands, no word of its name. */
  while (k < s.n && k < NAME_MAX_EXTRA_WORDS && !(k > 0 && ends_name (ctx, &s, k)) &&
         ((is_content (&s.toks[k]) && !s.toks[k].verb && (!proper || s.toks[k].cap) &&
           !(s.toks[k].flags & (W_THAT | W_CLAUSE | W_CUE_DEF | W_DEFINE_VERB | W_AUX)) && _ds_phrase_at (ctx, &s, k, PL_LISTS_LEAD_SUBORDINATOR) == 0) ||
          s.toks[k].type == TOK_NUMBER))
    k++;
  if (k == 0)
    return g_strndup (p, len);
  return g_strndup (p, s.toks[k - 1].p + s.toks[k - 1].len - rest + len);
}

/* Where @claim starts in the essay's text. Stepping from the text's start
 * each time made resolving the claims quadratic in the essay's length:
 * the essay finds an offset inside a block from the block's start, and an
 * offset between blocks is stepped to from where the claim before it
 * started. */
static const char *
claim_start (Ctx           *ctx,
             const DsClaim *claim)
{
  gsize byte;

  /* Inside a block the byte is exact; elsewhere it is checked by the way
   * back. */
  if (ds_essay_char_to_byte_in_block (ctx->essay, claim->start, &byte))
    return ctx->text + byte;
  byte = ds_essay_char_to_byte (ctx->essay, claim->start);
  if (ds_essay_byte_to_char (ctx->essay, byte) == claim->start)
    return ctx->text + byte;
  if (ctx->claim_at == NULL)
    {
      ctx->claim_at = ctx->text;
      ctx->claim_at_char = 0;
    }
  ctx->claim_at = g_utf8_offset_to_pointer (ctx->claim_at, (glong) claim->start - (glong) ctx->claim_at_char);
  ctx->claim_at_char = claim->start;
  return ctx->claim_at;
}

/* The essay's text before @claim, at most REFERENT_WINDOW_BYTES. */
static const char *
window_start (Ctx           *ctx,
              const DsClaim *claim,
              const char   **end)
{
  const char *at = claim_start (ctx, claim);
  const char *from = at - MIN ((gsize) (at - ctx->text), REFERENT_WINDOW_BYTES);

  *end = at;
  return from;
}

/* Whether the @len bytes at @p are one half of a doubled word
 * ("konsep-konsep"). */
static gboolean
reduplicated (const char *text,
              const char *p,
              gsize       len)
{
  return (p[len] == '-' && ds_ascii_strncasecmp (p + len + 1, p, len) == 0 && !g_ascii_isalnum (p[2 * len + 1])) ||
         ((gsize) (p - text) > len && p[-1] == '-' && ds_ascii_strncasecmp (p - len - 1, p, len) == 0);
}

/* Whether the @len bytes at @p (inside [@text, …)) are one of two names
 * of one kind joined in their line ("Konvensi Minamata dan Konvensi
 * Stockholm", "the Minamata Convention and the Stockholm Convention"):
 * the same words stand again across "dan", "and", "serta", "&" with no
 * stop between, so "konvensi itu" cannot tell which one it means. */
static gboolean
one_of_joined (const char *text,
               const char *p,
               gsize       len)
{
  static const char * const joins[] = { " dan ", " and ", " serta ", " & " };
  const char *ls = p, *le = p + len;

  while (ls > text && ls[-1] != '\n' && ls[-1] != '.' && ls[-1] != ';' && p - ls < 200)
    ls--;
  while (*le != '\0' && *le != '\n' && *le != '.' && *le != ';' && le - p < 200)
    le++;
  for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
    {
      gsize jl = strlen (joins[j]);

      for (const char *c = ls; c + jl <= le; c++)
        {
          const char *before, *after;
          gboolean left = FALSE, right = FALSE;

          /* (Every join opens with a space: most bytes are no join's.) */
          if (*c != ' ' || ds_ascii_tolower (c[1]) != joins[j][1] || ds_ascii_strncasecmp (c, joins[j], jl) != 0)
            continue;
          /* The words on both sides of the join, each within a few words. */
          for (before = c; before >= ls && c - before < 60 && !left; before--)
            left = words_at (p, len, before, text);
          for (after = c + jl; after + len <= le && after - c < 60 && !right; after++)
            right = words_at (p, len, after, text);
          if (left && right && ((p >= ls && p < c) || (p >= c + jl && p < le)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the section's heading joins two names of one kind on the @len
 * bytes at @noun ("the convention" under "The Minamata Convention and
 * the Stockholm Convention"). */
static gboolean
joined_in_topic (const DsClaim *claim,
                 const char    *noun,
                 gsize          len)
{
  const char *end, *p;

  if (claim->topic == NULL)
    return FALSE;
  end = claim->topic + strlen (claim->topic);
  p = find_words (noun, len, claim->topic, end);
  return p != NULL && one_of_joined (claim->topic, p, len);
}

/* Whether the word before @p in @text (past an adjective or two is not
 * looked at) is a number or a count word: "Dua Undang-Undang". */
static gboolean
counted_in (Ctx        *ctx,
            const char *text,
            const char *p)
{
  const char *w = p;
  gsize len;

  while (w > text && w[-1] == ' ')
    w--;
  len = p - w;
  while (w > text && g_ascii_isalnum (w[-1]))
    w--;
  len = (gsize) (p - w) - len;
  return len > 0 && (g_ascii_isdigit (*w) || (ds_lang_lookup (ctx->lang, w, len, NULL) & (W_COUNT | W_QUANT)));
}

/* The name of what [*@a, @b) of @s points at, from the essay before
 * @claim, or the title; NULL when neither names it. The longest run of
 * its last words that the essay wrote is looked for ("tuan rumah forum
 * itu" → "forum"), and *@a moves to its start. */
static char *
find_name (Ctx           *ctx,
           const DsClaim *claim,
           const Sent    *s,
           guint         *a,
           guint          b)
{
  const char *end;
  const char *from = window_start (ctx, claim, &end);

  for (guint k = *a; k < b; k++)
    {
      gsize len = s->toks[b - 1].p + s->toks[b - 1].len - s->toks[k].p;
      const char *p = find_noun (s, k, b, from, end), *text = from;

      if (p == NULL)
        {
          p = find_noun (s, k, b, text = ctx->title, ctx->title + strlen (ctx->title));
          /* ("Dua Undang-Undang Baru", "Two New Laws": more than one.) */
          if (p != NULL && counted_in (ctx, text, p))
            p = NULL;
        }
      /* "konsep-konsep yang dipakai untuk …": a plural said by doubling
       * is named by its relative clause ("konsep yang dipakai untuk …",
       * to the clause's end), else names no one thing, and "konsep
       * tersebut" stays as it points. */
      if (p != NULL && k + 1 == b && reduplicated (text, p, len))
        {
          const char *rel = p[len] == '-' ? p + 2 * len + 1 : p + len;
          gsize n = strcspn (rel, ",.;:()\n"), w = rel[0] == ' ' ? strcspn (rel + 1, " ") : 0;
          g_autofree char *noun = g_strndup (p, len);

          *a = k;
          if (w == 0 || rel + n > end || n <= w + 2 ||
              !(ds_lang_lookup (ctx->lang, rel + 1, w, NULL) & W_RELATIVE))
            return NULL;
          return g_strdup_printf ("%s%.*s", noun, (int) n, rel);
        }
      if (p != NULL && one_of_joined (text, p, len))
        return NULL;
      if (p != NULL)
        {
          *a = k;
          return name_at (ctx, p, len);
        }
    }
  return NULL;
}

/* Whether @p, inside @text, opens a sentence of it. */
static gboolean
opens_sentence (const char *text,
                const char *p)
{
  while (p > text && p[-1] == ' ')
    p--;
  return p == text || p[-1] == '.' || p[-1] == '!' || p[-1] == '?';
}

/* @text with [@a, @b] of @s (the noun and its demonstrative) replaced by
 * @name, capitalised when it opens a sentence. "Pusat data nasional"
 * that opened its own sentence is "pusat data nasional" inside another;
 * a name ("Forum Tata Kelola") keeps its case. */
static char *
replace_words (const char *text,
               const Sent *s,
               guint       a,
               guint       b,
               const char *name)
{
  GString *out = g_string_new_len (text, s->toks[a].p - text);
  gsize at = out->len;
  const char *space = strchr (name, ' ');

  g_string_append (out, name);
  if (opens_sentence (text, s->toks[a].p))
    out->str[at] = g_ascii_toupper (out->str[at]);
  else if (space != NULL && g_ascii_islower (space[1]))
    out->str[at] = ds_ascii_tolower (out->str[at]);
  g_string_append (out, s->toks[b].p + s->toks[b].len);
  return g_string_free (out, FALSE);
}

/* The first demonstrative of @s after a noun, not "saat ini" and the
 * like, from @from on; s->n when there is none. */
static guint
next_pointed (Ctx        *ctx,
              const Sent *s,
              guint       from)
{
  for (guint i = MAX (from, 1); i < s->n; i++)
    if (is_demonstrative_after (ctx, &s->toks[i]) && is_content (&s->toks[i - 1]) &&
        !s->toks[i - 1].verb && _ds_phrase_at (ctx, s, i - 1, PL_DEIXIS) == 0)
      return i;
  return s->n;
}

/* "… dalam proses tersebut" at the end of a definition: the phrase's
 * preposition, or 0 when the demonstrative at @at does not end one. */
static guint
closing_phrase (const Sent *s,
                guint       at)
{
  guint end = at + 1;

  while (end < s->n && s->toks[end].type == TOK_PUNCT)
    end++;
  if (end < s->n)
    return 0;
  for (guint i = at; i > 3 && at - i <= NOUN_MAX_WORDS + 1; i--)
    if ((s->toks[i - 1].flags & W_PREP) && !(s->toks[i - 1].flags & W_NOUN))
      return i - 1;
  return 0;
}

/* "The Outer Space Treaty" around the "Treaty" at @p (@len bytes) in
 * [@from, …): the capitalised words that end on it, without the article,
 * copied; NULL when the noun is no name's last word. */
static char *
name_ending_at (const char *from,
                const char *p,
                gsize       len)
{
  const char *start = p;

  if (!g_ascii_isupper (*p))
    return NULL;
  for (;;)
    {
      const char *w = start;

      while (w > from && w[-1] == ' ')
        w--;
      if (w == start || w == from)
        break;
      while (w > from && g_ascii_isalpha (w[-1]))
        w--;
      /* ("ASEAN-Singapore Cybersecurity Centre": a name cut at a hyphen
       * is no name.) */
      if (w > from && w[-1] == '-')
        return NULL;
      if (!g_ascii_isupper (*w) || ds_ascii_strncasecmp (w, "the ", 4) == 0 || (w > from && w[-1] != ' '))
        break;
      start = w;
    }
  return start < p ? g_strndup (start, p + len - start) : NULL;
}

/* The phrase lists of the kinds of names a pointed noun stands for, after
 * the law (the word class law): "Konvensi …" for "perjanjian ini",
 * "Badan …" for "lembaga tersebut", "… Strategy" for "this policy". */
static const char * const kind_lists[] = {
  "treaty_head", "body_head", "ministry_head", "policy_head", "idea_head", "community_head", "group_head",
  "country_head",
};
/* noun_kind() of "negara", "country": its name is a country's. */
#define KIND_COUNTRY (G_N_ELEMENTS (kind_lists) + 1)
/* noun_kind() of "kelompok", "group": its name may be one short word
 * ("BRICS", "the Quad", "G20") as well as one with the head. */
#define KIND_GROUP (G_N_ELEMENTS (kind_lists))

/* The kind of the noun at @w (@len bytes): 1 a law ("law", "undang-undang":
 * the word class law), 2 … the phrase lists kind_lists in their order; 0
 * for any other noun. */
static guint
noun_kind_of (Ctx        *ctx,
              const char *word)
{
  if (ds_lang_lookup (ctx->lang, word, -1, NULL) & W_LAW)
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (kind_lists); i++)
    {
      const char * const *heads = ds_lang_get_phrases (ctx->lang, kind_lists[i]);

      if (heads != NULL && g_strv_contains (heads, word))
        return i + 2;
    }
  return 0;
}

/* (The referents ask it of the same few nouns over and over, each time
 * through seven lists read word by word: a run keeps the answer of each
 * lower-case word, in ctx->noun_kinds.) */
static guint
noun_kind (Ctx        *ctx,
           const char *w,
           gsize       len)
{
  g_autofree char *word = g_ascii_strdown (w, len);
  gpointer kind;

  if (ctx->noun_kinds == NULL)
    ctx->noun_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  else if (g_hash_table_lookup_extended (ctx->noun_kinds, word, NULL, &kind))
    return GPOINTER_TO_UINT (kind);
  kind = GUINT_TO_POINTER (noun_kind_of (ctx, word));
  g_hash_table_insert (ctx->noun_kinds, g_steal_pointer (&word), kind);
  return GPOINTER_TO_UINT (kind);
}

/* Where the two sentences before @at start in its paragraph, or @at when
 * there is none. */
static const char *
two_sentences_before (const char *from,
                      const char *at)
{
  const char *p = at;

  for (guint n = 0; n < 2; n++)
    {
      const char *q = p;

      while (q > from && (q[-1] == ' ' || q[-1] == '\t'))
        q--;
      if (q == from || q[-1] == '\n')
        break;
      q--;
      while (q > from && q[-1] != '\n' &&
             !((q[-1] == ' ') && q - 1 > from && strchr (".!?", q[-2]) != NULL))
        q--;
      p = q;
    }
  return p;
}

/* Where the paragraph @at stands in starts, or the one before it when
 * that is prose (a line of the text is a block), or @from. */
static const char *
paragraph_before (const char *from,
                  const char *at)
{
  const char *p = at;

  while (p > from && p[-1] != '\n')
    p--;
  /* (A heading's line, no sentence, is read as the heading: only when
   * nothing before names one.) */
  if (p - from >= 2 && strchr (".!?:\"\xE2)", p[-2]) != NULL)
    for (p--; p > from && p[-1] != '\n';)
      p--;
  return p;
}

/* "Badan Siber dan Sandi Negara", "the National Cyber and Crypto Agency":
 * whether the capitalised words after the "dan", "and" at @k of @x go on
 * the name [@a, @k) as one name of a kind (its Indonesian head opens it,
 * its English head ends the words after the join), not a second name
 * ("Badan X dan Badan Y", "Indonesia dan Malaysia", "the A Agency and
 * the B Agency"). Returns the token after the words, or 0. */
static guint
joined_name_end (Ctx        *ctx,
                 const Sent *x,
                 guint       a,
                 guint       k)
{
  guint e = k + 1, kind;

  if (k + 1 >= x->n || !(_ds_tok_is (&x->toks[k], "dan") || _ds_tok_is (&x->toks[k], "and")) ||
      !x->toks[k + 1].cap || x->toks[k + 1].type != TOK_WORD || _ds_tok_is (&x->toks[k + 1], "the") ||
      (x->toks[k + 1].len == x->toks[a].len && ds_ascii_strncasecmp (x->toks[k + 1].p, x->toks[a].p, x->toks[a].len) == 0) ||
      (x->toks[a].flags & W_COUNTRY))
    return 0;
  while (e < x->n && x->toks[e].cap && x->toks[e].type == TOK_WORD)
    e++;
  if (!ctx->english)
    {
      kind = noun_kind (ctx, x->toks[a].p, x->toks[a].len);
      return kind != 0 && kind != KIND_COUNTRY && noun_kind (ctx, x->toks[k + 1].p, x->toks[k + 1].len) == 0 ? e : 0;
    }
  kind = noun_kind (ctx, x->toks[e - 1].p, x->toks[e - 1].len);
  return kind != 0 && kind != KIND_COUNTRY && noun_kind (ctx, x->toks[k - 1].p, x->toks[k - 1].len) == 0 ? e : 0;
}

/* The one name of @kind (noun_kind()) the text @x writes, copied, or
 * NULL, *@several set when it writes two. Of two, the one whose head is
 * @noun itself wins ("Perjanjian Paris … Protokol Kyoto … perjanjian
 * ini"). With @whole (a heading) the name is all of @x, and no join. */
static char *
kind_name_in (Ctx        *ctx,
              const Sent *x,
              const char *narrow,
              guint       kind,
              const char *noun,
              gsize       len,
              gboolean    whole,
              gboolean   *several)
{
  char *found = NULL;
  gboolean found_same = FALSE, ambiguous = FALSE, same;

  for (guint i = 0; i < x->n; i++)
    {
      guint a = i, b = i + 1, head = G_MAXUINT, k, n;
      g_autofree char *name = NULL;

      /* "tiga lembaga: …", "two agencies": the text counted several of
       * the noun, and one name among them is no answer. */
      if (!x->toks[i].cap && x->toks[i].type == TOK_WORD && x->toks[i].p >= narrow && i > 0 &&
          (x->toks[i - 1].type == TOK_NUMBER || (x->toks[i - 1].flags & W_COUNT)) &&
          x->toks[i].len >= len && ds_ascii_strncasecmp (x->toks[i].p, noun, len) == 0)
        ambiguous = TRUE;
      if (!x->toks[i].cap || x->toks[i].type != TOK_WORD)
        continue;
      /* Capitalised words, numbers, and a preposition (phrase list
       * name_tail_prep, then maybe an article) between capitals:
       * "Convention on the Law of the Sea", "UU Nomor 27 Tahun 2022". */
      for (;;)
        {
          k = b;
          if (k < x->n && (n = _ds_phrase_at (ctx, x, k, PL_NAME_TAIL_PREP)) > 0)
            {
              k += n;
              k += k < x->n && _ds_tok_is_article (&x->toks[k]);
            }
          if (k < x->n && ((x->toks[k].cap && x->toks[k].type == TOK_WORD) || (k == b && x->toks[k].type == TOK_NUMBER)))
            {
              if (k > b && head == G_MAXUINT)
                head = b - 1;
              b = k + 1;
            }
          else if (!whole && k == b && (n = joined_name_end (ctx, x, ctx->english && _ds_tok_is (&x->toks[a], "the") ? a + 1 : a, k)) > 0)
            b = n;
          else
            break;
        }
      i = b - 1;
      /* ("A National Cyber Strategy": an article is no word of the name.) */
      if (_ds_tok_is_article (&x->toks[a]) && b > a + 1)
        a++;
      if (whole && (a > 1 || (a == 1 && !ctx->english) || b < x->n))
        continue;
      /* "Indonesia", "Singapore": a country is named in one word. */
      if (kind == KIND_COUNTRY)
        {
          if (!(x->toks[a].flags & W_COUNTRY) || b > a + 2)
            continue;
          head = a;
        }
      else if (b < a + 2)
        continue;
      /* (An Indonesian name's head opens it, but a text writes some names
       * in English order: "ASEAN Regional Forum".) */
      if (head == G_MAXUINT)
        for (head = ctx->english || (kind != KIND_COUNTRY && noun_kind (ctx, x->toks[a].p, x->toks[a].len) == 0) ? b - 1 : a;
             head > a && x->toks[head].type != TOK_WORD; head--)
          ;

      if (!ctx->english && kind != KIND_COUNTRY && noun_kind (ctx, x->toks[a].p, x->toks[a].len) != 0)
        head = a;
      if (kind != KIND_COUNTRY && noun_kind (ctx, x->toks[head].p, x->toks[head].len) != kind)
        continue;
      same = x->toks[head].len == len && ds_ascii_strncasecmp (x->toks[head].p, noun, len) == 0;
      /* ("… tiga lembaga: Dewan Pangan, Dana Cadangan, dan …": an item
       * of a list is one of several.) */
      if ((a > 0 && (_ds_tok_is_punct (&x->toks[a - 1], ':') ||
                     (_ds_tok_is_punct (&x->toks[a - 1], ',') && a > 1 && x->toks[a - 2].cap))) ||
          (b + 1 < x->n && _ds_tok_is_punct (&x->toks[b], ',') && x->toks[b + 1].cap && x->toks[b + 1].type == TOK_WORD &&
           !(x->toks[b + 1].flags & W_FUNCTION)))
        {
          if (x->toks[a].p >= narrow || same)
            ambiguous = TRUE;
          continue;
        }
      /* Another head of the kind only in the two sentences before. */
      if (!same && x->toks[a].p < narrow)
        continue;
      name = _ds_toks_dup (x, a, b);
      if (found == NULL || (same && !found_same))
        {
          g_free (found);
          found = g_steal_pointer (&name);
          found_same = same;
          ambiguous = FALSE;
        }
      else if (g_strcmp0 (found, name) != 0 && same == found_same)
        ambiguous = TRUE;
    }
  if (ambiguous)
    {
      g_clear_pointer (&found, g_free);
      *several = TRUE;
    }
  return found;
}

/* Whether the line before @at's paragraph is the heading @topic: a
 * heading names what its first paragraph points at, not what a later one
 * does ("Dewan itu …" three paragraphs under "# Lembaga …"). */
static gboolean
heading_near (const char *from,
              const char *at,
              const char *topic)
{
  const char *p = at, *end;
  gsize len = strlen (topic);

  while (p > from && p[-1] != '\n')
    p--;
  while (p > from && g_ascii_isspace (p[-1]))
    p--;
  end = p;
  while (p > from && p[-1] != '\n')
    p--;
  return len > 0 && (gsize) (end - p) >= len && ds_ascii_strncasecmp (end - len, topic, len) == 0;
}

static char *kind_name_before (Ctx        *ctx,
                               const char *at,
                               const char *topic,
                               const char *noun,
                               gsize       len,
                               gboolean   *several);

/* Rules ask again and again of the same noun of a sentence: the last
 * answer is kept, by the place and the noun's words. */
char *
_ds_kind_name_before (Ctx        *ctx,
                      const char *at,
                      const char *topic,
                      const char *noun,
                      gsize       len,
                      gboolean   *several)
{
  if (len >= sizeof ctx->kind_noun)
    return kind_name_before (ctx, at, topic, noun, len, several);
  if (ctx->kind_at != at || strncmp (ctx->kind_noun, noun, len) != 0 || ctx->kind_noun[len] != '\0')
    {
      g_free (ctx->kind_name);
      ctx->kind_name = kind_name_before (ctx, at, topic, noun, len, &ctx->kind_several);
      ctx->kind_at = at;
      memcpy (ctx->kind_noun, noun, len);
      ctx->kind_noun[len] = '\0';
    }
  *several = ctx->kind_several;
  return g_strdup (ctx->kind_name);
}

static char *
kind_name_before (Ctx        *ctx,
                  const char *at,
                  const char *topic,
                  const char *noun,
                  gsize       len,
                  gboolean   *several)
{
  const char *from = at - MIN ((gsize) (at - ctx->text), REFERENT_WINDOW_BYTES), *p, *narrow;
  guint kind = noun_kind (ctx, noun, len);
  g_autofree char *text = NULL;
  char *found = NULL;
  Sent x;

  *several = FALSE;
  /* ("the rules", "the plans": a plural names no one thing.) */
  if (kind == 0 || (ctx->english && len > 3 && noun[len - 1] == 's' && noun[len - 2] != 's'))
    return NULL;
  /* A name with the noun's own head in this paragraph or the one before
   * ("the Gulf Monitoring Agency … . … . The agency"), another name of
   * its kind in the two sentences before ("Badan Siber dan Sandi Negara
   * … . Lembaga ini"), or the sentence before when the noun opens a
   * paragraph. */
  narrow = two_sentences_before (from, at);
  if (narrow == at)
    narrow = two_sentences_before (from, MAX (narrow - 1, from));
  if ((p = paragraph_before (from, at)) < at)
    {
      text = g_strndup (p, at - p);
      /* (A line ends a name: "The Ocean Forum" over "The Tuna Forum …".) */
      for (char *c = text; (c = strchr (c, '\n')) != NULL;)
        *c = '.';
      _ds_text_tokenize_kind (ctx, text, &x);
      found = kind_name_in (ctx, &x, text + (MAX (narrow, p) - p), kind, noun, len, FALSE, several);
    }
  /* "# Badan Siber dan Sandi Negara" over "Lembaga ini dibentuk …": a
   * heading that is one name of the kind, when the text before names
   * none. */
  if (found == NULL && !*several && topic != NULL && heading_near (from, at, topic))
    {
      const char *t = topic;

      /* ("2.1 …": the section's number.) */
      while (g_ascii_isdigit (*t) || *t == '.' || *t == ' ')
        t++;
      g_clear_pointer (&text, g_free);
      text = g_strdup (t);
      _ds_text_tokenize_kind (ctx, text, &x);
      while (x.n > 0 && x.toks[x.n - 1].type == TOK_PUNCT)
        x.n--;
      if (x.n > 0 && !_ds_joins_two_names (&x, 0, x.n))
        found = kind_name_in (ctx, &x, text, kind, noun, len, TRUE, several);
      *several = FALSE;
    }
  return found;
}

/* "Badan Siber dan Sandi Negara (BSSN) … . BSSN merupakan … . Lembaga
 * ini …": an acronym has no head of its own; it is of a kind when the
 * text spells it out in brackets after a name with a head of that kind
 * among its last words. */
#define ACRONYM_MAX_BYTES 12
#define ACRONYM_NAME_WORDS 6

static gboolean
acronym_of_kind (Ctx        *ctx,
                 const char *name,
                 guint       kind)
{
  gsize len = strlen (name);
  char key[ACRONYM_MAX_BYTES + 3];
  const char *at, *p;

  if (len < 2 || len > ACRONYM_MAX_BYTES)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isupper (name[i]))
      return FALSE;
  g_snprintf (key, sizeof key, "(%s)", name);
  if ((at = g_strstr_len (ctx->text, ctx->text_len, key)) == NULL)
    return FALSE;
  /* The words before the bracket, back to the line's start. */
  p = at;
  for (guint w = 0; w < ACRONYM_NAME_WORDS && p > ctx->text && p[-1] != '\n'; w++)
    {
      const char *end;

      while (p > ctx->text && p[-1] == ' ')
        p--;
      end = p;
      while (p > ctx->text && g_ascii_isalpha (p[-1]))
        p--;
      if (p == end)
        break;
      if (noun_kind (ctx, p, end - p) == kind)
        return TRUE;
    }
  return FALSE;
}

/* Whether @name may be what a pointed @noun (@len bytes) stands for: its
 * head is of the noun's kind (a country for "negara": a short name with
 * no head of any kind), or the noun has no kind. */
gboolean
_ds_name_fits_kind (Ctx        *ctx,
                    const char *name,
                    const char *noun,
                    gsize       len)
{
  guint kind = noun_kind (ctx, noun, len), words = 1;
  const char *first, *last;

  if (ds_ascii_strncasecmp (name, "the ", 4) == 0)
    name += 4;
  first = name;
  last = strrchr (name, ' ');
  last = last != NULL ? last + 1 : name;
  /* "1. Parliament should fund … 2. The government should raise …": a
   * government (phrase list government_noun) is a state's; it stands for
   * a country's name, never for a body's or a person's. */
  if (kind == 0)
    {
      g_autofree char *word = g_ascii_strdown (noun, len);
      const char * const *governments = ds_lang_get_phrases (ctx->lang, "government_noun");
      g_autofree char *head = g_ascii_strdown (ctx->english ? last : first, -1);

      if (governments == NULL || !g_strv_contains (governments, word))
        return TRUE;
      head[strcspn (head, " '\xE2")] = '\0';
      return (ds_lang_lookup (ctx->lang, head, -1, NULL) & W_COUNTRY) != 0;
    }
  for (const char *c = name; *c != '\0'; c++)
    words += *c == ' ';
  if (kind == KIND_COUNTRY)
    return words <= 2 && noun_kind (ctx, first, strcspn (first, " ")) == 0 && noun_kind (ctx, last, strlen (last)) == 0;
  if (words == 1 && (kind == KIND_GROUP || acronym_of_kind (ctx, name, kind)))
    return TRUE;
  return noun_kind (ctx, last, strcspn (last, " '\xE2")) == kind ||
         (!ctx->english && noun_kind (ctx, first, strcspn (first, " ")) == kind);
}

/* "The Data Act was passed in 2022. The law has 16 chapters.", "Badan
 * Pangan Nasional dibentuk pada 2021. Lembaga ini …": a pointed noun of
 * a kind (a law, a treaty, a body, a policy …) stands for the name of
 * that kind the two sentences before @claim's wrote, whatever its head,
 * when they wrote exactly one, else for the heading's; copied, or NULL,
 * *@several set when they wrote more. */
static char *
name_of_kind (Ctx           *ctx,
              const DsClaim *claim,
              const char    *noun,
              gsize          len,
              gboolean      *several)
{
  return _ds_kind_name_before (ctx, claim_start (ctx, claim), claim->topic, noun, len, several);
}

/* English points before the noun: "those alerts" becomes "the alerts"
 * when the essay named alerts before the claim, "this treaty" "the Outer
 * Space Treaty" when it named that one. */
static void
resolve_english (Ctx           *ctx,
                 const DsClaim *claim,
                 char         **field)
{
  for (guint round = 0; *field != NULL && round < 4; round++)
    {
      const char *end, *from;
      Sent s;
      guint i = 0;
      char *out;
      const char *found;
      g_autofree char *name = NULL;
      gboolean several;

      if (!field_may_hold (ctx, *field, MAY_POINTED))
        return;
      from = window_start (ctx, claim, &end);
      _ds_text_tokenize (ctx, *field, &s);
      /* ("300 such agreements", "many such cases": after a number (or
       * the blank that hides it) or a quantity "such" means "of that
       * kind", and stays.) */
      while (i + 1 < s.n && !(_ds_phrase_at (ctx, &s, i, PL_DEMONSTRATIVE_BEFORE) == 1 &&
                              is_content (&s.toks[i + 1]) && _ds_phrase_at (ctx, &s, i, PL_DEIXIS) == 0 &&
                              (i == 0 || (s.toks[i - 1].type != TOK_NUMBER && *s.toks[i - 1].p != '_' &&
                                          !(s.toks[i - 1].flags & (W_COUNT | W_QUANT | W_DET))))))
        i++;
      if (i + 1 >= s.n)
        return;
      /* "those alerts" after "raises an alert": the singular counts. */
      found = find_noun (&s, i + 1, i + 2, from, end);
      if (found == NULL && s.toks[i + 1].p[s.toks[i + 1].len - 1] == 's')
        found = find_words (s.toks[i + 1].p, s.toks[i + 1].len - 1, from, end);
      /* "In 2016 states signed the Paris Agreement. This treaty …" */
      if (found == NULL && !_ds_tok_is (&s.toks[i], "such"))
        {
          gsize at = s.toks[i].p - *field, after = s.toks[i + 1].p + s.toks[i + 1].len - *field;
          gboolean cap = s.toks[i].cap;

          if ((name = name_of_kind (ctx, claim, s.toks[i + 1].p, s.toks[i + 1].len, &several)) == NULL)
            return;
          out = g_strdup_printf ("%.*s%s %s%s", (int) at, *field, cap ? "The" : "the", name, *field + after);
          replace_field (ctx, field, out);
          continue;
        }
      /* ("this convention" under "The Minamata Convention and the
       * Stockholm Convention" stays as it points.) */
      if (found == NULL || one_of_joined (from, found, s.toks[i + 1].len) ||
          joined_in_topic (claim, s.toks[i + 1].p, s.toks[i + 1].len))
        return;
      name = _ds_tok_is (&s.toks[i], "such") ? NULL : name_ending_at (from, found, s.toks[i + 1].len);
      if (name != NULL)
        out = g_strdup_printf ("%.*s%s %s%s", (int) (s.toks[i].p - *field), *field, s.toks[i].cap ? "The" : "the",
                               name, s.toks[i + 1].p + s.toks[i + 1].len);
      else
        out = g_strdup_printf ("%.*s%s%s", (int) (s.toks[i].p - *field), *field, s.toks[i].cap ? "The" : "the",
                               s.toks[i].p + s.toks[i].len);
      replace_field (ctx, field, out);
    }
}

/* The name in [@from, @end) that ends on the @len bytes of @noun, from
 * the last place the essay wrote the noun, when it wrote it capitalised
 * at the end of a name ("Paris Agreement" for "agreement"; a determiner
 * before it is no part of it: "A Shared Dam Register"), copied; NULL
 * when it did not, *@common set when it wrote the noun lower case with
 * no article before it (a common noun there: "regional fisheries
 * commissions"). */
static char *
last_name_ending_on (Ctx        *ctx,
                     const char *noun,
                     gsize       len,
                     const char *from,
                     const char *end,
                     gboolean   *common)
{
  const char *p = find_words (noun, len, from, end);
  g_autofree char *name = NULL;
  const char *start;
  gsize first;

  /* ("The convention requires …" before "In 2012, the convention …":
   * the same one, pointed at the same way; the name is further back.) */
  while (p != NULL && !g_ascii_isupper (*p) && p - from >= 4 && p[-1] == ' ' &&
         (ds_lang_lookup (ctx->lang, p - 4, 3, NULL) & W_DET) && (p - 4 == from || !g_ascii_isalpha (p[-5])))
    p = find_words (noun, len, from, p);
  *common = p != NULL && !g_ascii_isupper (*p);
  if (p == NULL || *common || one_of_joined (from, p, len) || (name = name_ending_at (from, p, len)) == NULL)
    return NULL;
  start = name;
  first = strcspn (start, " ");
  if (ds_lang_lookup (ctx->lang, start, first, NULL) & W_DET)
    start += first + 1;
  /* (Only the noun is left: "A Hotline".) */
  if (strlen (start) <= len)
    return NULL;
  return g_strdup (start);
}

/* Whether one of @articles is @text's first word or the first word
 * after its first comma: a cheap look before the field is tokenized. */
static gboolean
article_opens_clause (const char         *text,
                      const char * const *articles)
{
  const char *comma = strchr (text, ',');

  for (guint i = 0; articles != NULL && articles[i] != NULL; i++)
    {
      gsize n = strlen (articles[i]);
      const char *after = comma != NULL ? comma + 1 + strspn (comma + 1, " ") : NULL;

      if ((ds_ascii_strncasecmp (text, articles[i], n) == 0 && text[n] == ' ') ||
          (after != NULL && ds_ascii_strncasecmp (after, articles[i], n) == 0 && after[n] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "The law sets fines …": a word the lexicon does not know, in "-s",
 * after the subject's noun and before a content word is its verb (a
 * plural noun would not follow a singular one). @t is not a sentence's
 * last token. */
static gboolean
english_s_verb (const Tok *t)
{
  return t->type == TOK_WORD && !t->cap && t->len > 3 && t->p[t->len - 1] == 's' && t->p[t->len - 2] != 's' &&
         !(t->flags & (W_NOUN | W_FUNCTION | W_PREP | W_CONJ | W_ADV | W_PRONOUN)) &&
         /* ("the trade ministries of the four states": a plural noun.) */
         t[1].type == TOK_WORD && !(t[1].flags & W_CONJ) && !_ds_tok_is (&t[1], "of");
}

/* "The agreement aims to …", "In 2016, the commission moved …": a
 * clause's subject that is the article and one common noun stands for the
 * name the essay gave the thing before (phrase list definite_article):
 * "The Paris Agreement aims to …" when the essay, or its title, last
 * wrote that noun as a name's last word. Only a subject (the field's
 * start, or right after a short aside's comma, then a verb, an auxiliary,
 * a comma or the end) is read so: "the agreement between A and B" is
 * another one. */
static void
resolve_definite (Ctx           *ctx,
                  const DsClaim *claim,
                  char         **field)
{
  const char *end, *from;
  g_autofree char *name = NULL;
  const Tok *noun, *next;
  gboolean common;
  Sent s;
  guint i = 0;
  char *out;

  if (*field == NULL || !article_opens_clause (*field, ds_lang_get_phrases (ctx->lang, "definite_article")))
    return;
  _ds_text_tokenize (ctx, *field, &s);
  if (_ds_phrase_at (ctx, &s, 0, PL_DEFINITE_ARTICLE) != 1)
    {
      guint words = 0;

      /* (A blank is punctuation, no word of the aside.) */
      for (; i < s.n && words <= ASIDE_MAX_WORDS && !_ds_tok_is_punct (&s.toks[i], ','); i++)
        words += s.toks[i].type != TOK_PUNCT;
      if (i >= s.n || words > ASIDE_MAX_WORDS || ++i >= s.n ||
          _ds_phrase_at (ctx, &s, i, PL_DEFINITE_ARTICLE) != 1)
        return;
    }
  if (i + 1 >= s.n)
    return;
  noun = &s.toks[i + 1];
  next = i + 2 < s.n ? &s.toks[i + 2] : NULL;
  /* ("the agency now has …": an adverb before the verb.) */
  if (next != NULL && i + 3 < s.n && next->type == TOK_WORD && (next->flags & W_ADV) && !(next->flags & W_NOUN) &&
      (s.toks[i + 3].verb || (s.toks[i + 3].flags & W_AUX)))
    next = &s.toks[i + 3];
  if (!is_content (noun) || noun->cap || noun->verb ||
      (next != NULL && !(next->type == TOK_PUNCT && next->ch == ',') && !next->verb && !(next->flags & W_AUX) &&
       !(i + 3 < s.n && english_s_verb (next))))
    return;
  from = window_start (ctx, claim, &end);
  name = last_name_ending_on (ctx, noun->p, noun->len, from, end, &common);
  if (name == NULL && !common)
    name = last_name_ending_on (ctx, noun->p, noun->len, ctx->title, ctx->title + strlen (ctx->title), &common);
  if (name == NULL)
    {
      gsize at = s.toks[i].p - *field, after = noun->p - *field, len = noun->len;
      gboolean cap = s.toks[i].cap, several;

      /* "… passed the Data Act. The law has …"; after "the Data Act and
       * the Health Act" it points at one of two, and says so ("This
       * law"): the card gate's check "referent" drops it. */
      if ((name = name_of_kind (ctx, claim, *field + after, len, &several)) == NULL && !several)
        return;
      out = g_strdup_printf ("%.*s%s %s", (int) at, *field,
                             name != NULL ? (cap ? "The" : "the") : (cap ? "This" : "this"),
                             name != NULL ? name : *field + after);
      if (name != NULL)
        {
          char *rest = g_strconcat (out, *field + after + len, NULL);

          g_free (out);
          out = rest;
        }
      replace_field (ctx, field, out);
      return;
    }
  out = g_strdup_printf ("%.*s%.*s %s%s", (int) (s.toks[i].p - *field), *field, (int) s.toks[i].len, s.toks[i].p,
                         name, noun->p + noun->len);
  replace_field (ctx, field, out);
}

/* Resolves the demonstratives of *@field one by one; a definition's last
 * phrase that stays unresolved is cut. */
static void
resolve_field (Ctx           *ctx,
               const DsClaim *claim,
               char         **field,
               gboolean       definition)
{
  if (ctx->english)
    {
      resolve_english (ctx, claim, field);
      resolve_definite (ctx, claim, field);
      return;
    }
  for (guint round = 0; *field != NULL && round < 4; round++)
    {
      Sent s;
      guint at, a, cut;
      g_autofree char *name = NULL;
      gboolean several = FALSE;

      if (!field_may_hold (ctx, *field, MAY_POINTED))
        return;
      _ds_text_tokenize (ctx, *field, &s);
      at = next_pointed (ctx, &s, 0);
      if (at >= s.n)
        return;
      a = noun_start (&s, at);
      /* "UU PDP disahkan … . Undang-undang ini …", "Badan Riset Kelautan
       * dibentuk … . Lembaga ini …": a law, a treaty or a body the two
       * sentences before named is what its kind's noun points at, before
       * any other place the essay (or its title) wrote that noun; when
       * they named two, it stays pointed. ("kedua lembaga itu", "tiga
       * badan tersebut" are more than one.) */
      /* ("Kementerian Luar Negeri ini": the noun ends a name.) */
      if (at >= 2 && (s.toks[at - 2].type == TOK_NUMBER || (s.toks[at - 2].flags & (W_COUNT | W_QUANT | W_ORDINAL)) ||
                      _ds_phrase_at (ctx, &s, at - 2, PL_PAIR_ANAPHOR) > 0 ||
                      (s.toks[at - 1].cap && s.toks[at - 2].cap && s.toks[at - 2].type == TOK_WORD)))
        several = FALSE;
      else if ((name = name_of_kind (ctx, claim, s.toks[at - 1].p, s.toks[at - 1].len, &several)) != NULL)
        a = at - 1;
      if (name == NULL && !several)
        {
          _ds_text_tokenize (ctx, *field, &s);
          name = find_name (ctx, claim, &s, &a, at);
        }
      /* (find_name() tokenizes other texts in the same buffer.) */
      if (name == NULL && !definition)
        return;
      _ds_text_tokenize (ctx, *field, &s);
      if (name != NULL)
        {
          char *out = replace_words (*field, &s, a, at, name);

          replace_field (ctx, field, out);
        }
      else if (definition && (cut = closing_phrase (&s, at)) > 0)
        {
          (*field)[s.toks[cut].p - *field] = '\0';
          g_strchomp (*field);
          forget_fields (ctx);
        }
      else
        return;
    }
}

/* The last year (1000–2199) written in [@from, @end), copied, or NULL.
 * One in brackets is a citation's or an aside's ("(Nye, 2017)", "(2004:
 * 7)", "the Paris Agreement (2015)"), never the year the story is in:
 * "In 2015, … (Nye, 2017). That same year, …" means 2015. */
static char *
last_year (const char *from,
           const char *end)
{
  int depth = 0;

  for (const char *p = end - 1; p >= from; p--)
    {
      if (*p == ')')
        depth++;
      else if (*p == '(')
        depth = MAX (0, depth - 1);
      if (depth > 0 || p + 4 > end)
        continue;
      if ((p[0] == '1' || p[0] == '2') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && (p == from || !g_ascii_isalnum (p[-1])) &&
          (p + 4 == end || !g_ascii_isalnum (p[4])))
        return g_strndup (p, 4);
    }
  return NULL;
}

/* "Pada tahun yang sama", "In the same year": the year the essay named
 * last before the claim ("tahun 2019", "in 2019"). */
static void
resolve_same_year (Ctx           *ctx,
                   const DsClaim *claim,
                   char         **field)
{
  const char *end;
  const char *from;
  g_autofree char *year = NULL;
  g_autofree char *named = NULL;
  Sent s;
  guint i = 0, n = 0;
  GString *out;

  if (*field == NULL || !field_may_hold (ctx, *field, MAY_SAME_YEAR) ||
      (from = window_start (ctx, claim, &end)) == NULL)
    return;
  _ds_text_tokenize (ctx, *field, &s);
  while (i < s.n && (n = _ds_phrase_at (ctx, &s, i, PL_SAME_YEAR)) == 0)
    i++;
  if (n == 0)
    return;
  /* "… melalui UU Nomor 15 Tahun 2016, sedangkan Filipina … pada tahun
   * yang sama": a year earlier in the sentence is the one meant; a blank
   * there may hide it, and then the year is left unnamed. */
  year = last_year (*field, s.toks[i].p);
  if (year == NULL && g_strstr_len (*field, s.toks[i].p - *field, "___") != NULL && claim->subject != NULL)
    {
      g_autofree char *hidden = last_year (claim->subject, claim->subject + strlen (claim->subject));

      if (hidden != NULL)
        return;
    }
  if (year == NULL && (year = last_year (from, end)) == NULL)
    return;
  named = ds_lang_expand (ctx->lang, "same_year_named", "year", year, NULL);
  out = g_string_new_len (*field, s.toks[i].p - *field);
  g_string_append (out, named);
  if (i == 0 || opens_sentence (*field, s.toks[i].p))
    out->str[s.toks[i].p - *field] = g_ascii_toupper (out->str[s.toks[i].p - *field]);
  g_string_append (out, s.toks[i + n - 1].p + s.toks[i + n - 1].len);
  replace_field (ctx, field, g_string_free (out, FALSE));
}

/* The sentence of the essay right before @claim's, copied, or NULL. */
static char *
sentence_before (Ctx           *ctx,
                 const DsClaim *claim)
{
  const char *end;
  const char *from = window_start (ctx, claim, &end);
  const char *p;

  while (end > from && g_ascii_isspace (end[-1]))
    end--;
  if (end <= from)
    return NULL;
  for (p = end - 1; p > from && !strchr (".!?\n", p[-1]); p--)
    ;
  return p < end - 1 ? g_strndup (p, end - p) : NULL;
}

/* "Kedua negara itu sepakat …", "both countries": the two names the
 * sentence before joined ("Laos dan Kamboja"); unnamed, the card gate's
 * check "referent" drops the card. */
static void
resolve_pair (Ctx           *ctx,
              const DsClaim *claim,
              char         **field)
{
  g_autofree char *before = NULL;
  g_autofree char *pair = NULL;
  GString *out;
  Sent s, prev;
  guint i = 0, n = 0;
  gboolean country = FALSE;

  if (*field == NULL || !field_may_hold (ctx, *field, MAY_PAIR))
    return;
  _ds_text_tokenize (ctx, *field, &s);
  while (i < s.n && (n = _ds_phrase_at (ctx, &s, i, PL_PAIR_ANAPHOR)) == 0)
    i++;
  if (n == 0)
    return;
  /* "… Israel dan Iran … kedua negara": the card names them itself. */
  s.n = i;
  if ((pair = _ds_pair_in (&s, &country)) != NULL || (before = sentence_before (ctx, claim)) == NULL)
    return;
  _ds_text_tokenize (ctx, before, &prev);
  if ((pair = _ds_pair_in (&prev, &country)) == NULL)
    return;
  _ds_text_tokenize (ctx, *field, &s);
  if (!_ds_pair_fits (ctx, &s, i + 1, country))
    return;
  if (i + n < s.n && (s.toks[i + n].flags & W_ANAPHOR))
    n++;
  out = g_string_new_len (*field, s.toks[i].p - *field);
  g_string_append (out, pair);
  g_string_append (out, s.toks[i + n - 1].p + s.toks[i + n - 1].len);
  replace_field (ctx, field, g_string_free (out, FALSE));
}

/* Names what the texts of @claim point at, where the essay says it. */
static void
resolve_claim (Ctx     *ctx,
               DsClaim *claim)
{
  /* (No field of this claim is scanned yet.) */
  forget_fields (ctx);
  /* "hambatan utama … di kawasan ini": a list's subject may lose its
   * closing phrase as a definition does. */
  resolve_field (ctx, claim, &claim->subject, claim->kind == DS_CLAIM_ENUMERATION);
  resolve_field (ctx, claim, &claim->body, claim->kind == DS_CLAIM_DEFINITION);
  resolve_field (ctx, claim, &claim->lead, FALSE);
  resolve_field (ctx, claim, &claim->question, FALSE);
  resolve_same_year (ctx, claim, &claim->body);
  resolve_same_year (ctx, claim, &claim->lead);
  resolve_same_year (ctx, claim, &claim->question);
  resolve_pair (ctx, claim, &claim->question);
  resolve_pair (ctx, claim, &claim->subject);
  for (guint i = 0; claim->items != NULL && i < claim->items->len; i++)
    resolve_field (ctx, claim, &g_array_index (claim->items, DsClaimItem, i).text, FALSE);
}

void
_ds_claims_resolve_referents (Ctx *ctx)
{
  for (guint i = 0; i < ctx->claims->len; i++)
    resolve_claim (ctx, ctx->claims->pdata[i]);
}
