/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction, the list rules: lettered and numbered markers inside a
 * sentence ("ab. …; c. …", "(1) … (2) …"), lists after a cue word ("yaitu",
 * "seperti", "mulai dari", ":"), and the verb lists that say what an actor
 * does under a heading that names a role or a challenge.
 *
 * Items are cut at item boundaries: commas and semicolons outside brackets
 * and quotes, the conjunction before the last item, a marker. A list of names
 * ends where the sentence goes on ("…, Instagram dan YouTube telah menjadi
 * …"); a list of actions runs to the end of the sentence.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

#define MAX_SEGMENTS 64

typedef struct {
  guint a;
  guint b;
} Range;

/* ------------------------------------------------------------------ */
/* Describing a list: subject, count, lead, warnings                   */

static gboolean
word_ends_nya (const Tok *t)
{
  return t->type == TOK_WORD && t->len >= 3 &&
         g_ascii_strncasecmp (t->p + t->len - 3, "nya", 3) == 0 &&
         !ds_lexicon_is (t, "lainnya") && !ds_lexicon_is (t, "lainya");
}

/* "Hal ini …", "Ini …", "This …": the statement leans on the sentence
 * before it, which the question then has to quote. */
static gboolean
leans_on_previous (const Sent *s,
                   guint       lo,
                   guint       hi)
{
  guint i = lo;

  while (i < hi && (s->toks[i].flags & W_CONNECTIVE))
    i++;
  if (i >= hi)
    return TRUE;
  if (s->toks[i].flags & W_ANAPHOR)
    return TRUE;
  return (s->toks[i].flags & W_VAGUE) && i + 1 < hi &&
         (s->toks[i + 1].flags & W_ANAPHOR);
}

static char *
trimmed_dup (const char *a,
             const char *b)
{
  while (a < b && g_ascii_isspace (*a))
    a++;
  while (b > a && (g_ascii_isspace (b[-1]) || b[-1] == ':'))
    b--;
  return g_strndup (a, b - a);
}

static void
set_lead (Ctx        *ctx,
          const Sent *s,
          DsClaim    *claim,
          guint       cue,
          guint       lead_end,
          const char *context_p,
          const char *context_end)
{
  g_autofree char *lead = NULL;

  lead = lead_end > 0 ? trimmed_dup (s->p, s->toks[lead_end - 1].p + s->toks[lead_end - 1].len)
                      : g_strdup ("");

  if (context_p != NULL && leans_on_previous (s, 0, cue))
    {
      g_autofree char *context = trimmed_dup (context_p, context_end);

      g_free (claim->lead);
      claim->lead = *lead ? g_strconcat (context, " ", lead, NULL) : g_steal_pointer (&context);
      return;
    }

  g_free (claim->lead);
  claim->lead = g_steal_pointer (&lead);
}

static gboolean
subject_usable (const Sent *s,
                guint       start,
                guint       end)
{
  if (start >= end || end - start > 12)
    return FALSE;
  if (s->toks[start].flags & (W_VAGUE | W_PRONOUN | W_ANAPHOR))
    return FALSE;
  if (word_ends_nya (&s->toks[start]))
    return FALSE;
  /* A lone possessive is no subject: "tujuannya". */
  return !(end - start == 1 && word_ends_nya (&s->toks[start]));
}

static void
read_count (const Sent *s,
            guint       start,
            DsClaim    *claim)
{
  const Tok *t;

  if (start == 0)
    return;

  t = &s->toks[start - 1];
  if (t->flags & W_COUNT)
    {
      claim->stated_count = t->value;
      claim->count_word = g_ascii_strdown (t->p, t->len);
    }
  else if (t->type == TOK_NUMBER && t->len <= 2)
    {
      guint v = (guint) g_ascii_strtoull (t->p, NULL, 10);

      if (v >= 2 && v <= 50)
        {
          claim->stated_count = v;
          claim->count_word = g_strndup (t->p, t->len);
        }
    }
}

/*
 * Fills in how the list is asked about, from the words before its cue
 * [0, cue): the noun phrase right before the cue is the subject and a count
 * word before that its stated count; without a usable subject the question
 * asks to complete the statement instead.
 */
static void
describe (Ctx        *ctx,
          const Sent *s,
          DsClaim    *claim,
          guint       cue,
          guint       lead_end,
          DsListForm  form,
          const char *context_p,
          const char *context_end)
{
  guint hi = cue;
  guint start, end;
  gboolean after_comma;

  while (hi > 0 && (tok_is_punct (&s->toks[hi - 1], ':') ||
                    (s->toks[hi - 1].flags & W_CUE_NAMING)))
    hi--;
  after_comma = hi > 0 && tok_is_punct (&s->toks[hi - 1], ',');
  if (after_comma)
    hi--;

  start = np_start (s, 0, hi, &end);
  read_count (s, start, claim);

  for (guint i = 0; i < cue; i++)
    if (s->toks[i].flags & W_GOV)
      claim->kind = DS_CLAIM_ROLE;

  /* "kedua kata tersebut": the subject is named elsewhere; "tujuan dari
   * latihan ini" keeps its "ini". */
  if (end < hi && end - start < 2)
    start = end;
  else if (end < hi && start < end)
    end = hi;
  if (form != DS_LIST_FORM_COMPLETE && !after_comma && subject_usable (s, start, end))
    {
      claim->subject = phrase_dup (s, start, end, TRUE);
      claim->form = form;
    }
  else
    claim->form = DS_LIST_FORM_COMPLETE;

  set_lead (ctx, s, claim, cue, lead_end, context_p, context_end);
  if (claim->form == DS_LIST_FORM_COMPLETE && *claim->lead == '\0')
    claim->form = DS_LIST_FORM_NONE;
}

static void
join_letters (GString   *out,
              GPtrArray *missing,
              gboolean   english)
{
  for (guint i = 0; i < missing->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == missing->len ? (english ? " and " : " dan ") : ", ");
      g_string_append (out, missing->pdata[i]);
    }
}

/* The card says what the source could not give, and never fills it in. */
static void
add_count_warnings (DsClaim   *claim,
                    GPtrArray *missing)
{
  guint n = ds_claim_get_n_items (claim);
  gboolean en = claim->english;
  g_autoptr(GString) w = g_string_new (NULL);
  const char *what = claim->subject ? claim->subject : (en ? "items" : "butir");

  if (claim->stated_count == 0 && (missing == NULL || missing->len == 0))
    return;
  if (claim->stated_count == n && (missing == NULL || missing->len == 0))
    return;

  if (claim->stated_count > 0)
    g_string_append_printf (w, en ? "The source names %s %s, but " : "Sumber menyebut %s %s, tetapi ",
                            claim->count_word, what);

  if (missing != NULL && missing->len > 0)
    {
      g_string_append (w, claim->stated_count > 0 ? (en ? "item " : "butir ")
                                                   : (en ? "Item " : "Butir "));
      join_letters (w, missing, en);
      if (en)
        g_string_append_printf (w, " %s missing from the text; only %u %s can be read.",
                                missing->len > 1 ? "are" : "is", n, n == 1 ? "item" : "items");
      else
        g_string_append_printf (w, " tidak ada dalam teks; hanya %u butir yang terbaca.", n);
    }
  else if (n < claim->stated_count)
    g_string_append_printf (w, en ? "only %u %s can be read." : "hanya %u butir yang terbaca.",
                            n, n == 1 ? "item" : "items");
  else
    g_string_append_printf (w, en ? "%u items are listed." : "%u butir terbaca.", n);

  if (claim->warnings == NULL)
    claim->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (claim->warnings, g_string_free (g_steal_pointer (&w), FALSE));
}

/* The last token of the sentence that is not its final punctuation. */
static guint
body_end (const Sent *s)
{
  guint e = s->n;

  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT &&
         (s->toks[e - 1].ch == '.' || s->toks[e - 1].ch == '!' || s->toks[e - 1].ch == '?' ||
          s->toks[e - 1].ch == ':' || s->toks[e - 1].ch == ';'))
    e--;
  return e;
}

/* Trims punctuation and a dangling conjunction from an item's ends. */
static gboolean
trim_item (const Sent *s,
           Range      *r)
{
  while (r->a < r->b && s->toks[r->a].type == TOK_PUNCT && !tok_is_punct (&s->toks[r->a], '(') &&
         !tok_is_punct (&s->toks[r->a], 0x201C) && !tok_is_punct (&s->toks[r->a], '"'))
    r->a++;
  while (r->b > r->a && ((s->toks[r->b - 1].type == TOK_PUNCT &&
                          strchr (".,;:", (int) s->toks[r->b - 1].ch) != NULL &&
                          s->toks[r->b - 1].ch != 0) ||
                         (s->toks[r->b - 1].flags & W_CONJ)))
    r->b--;
  /* “Cyber”: the item is the word, not its quotation marks. */
  if (r->b - r->a >= 3 &&
      (tok_is_punct (&s->toks[r->a], 0x201C) || tok_is_punct (&s->toks[r->a], '"')) &&
      (tok_is_punct (&s->toks[r->b - 1], 0x201D) || tok_is_punct (&s->toks[r->b - 1], '"')))
    {
      gboolean inner = FALSE;

      for (guint i = r->a + 1; i + 1 < r->b; i++)
        inner |= tok_is_punct (&s->toks[i], 0x201C) || tok_is_punct (&s->toks[i], 0x201D) ||
                 tok_is_punct (&s->toks[i], '"');
      if (!inner)
        {
          r->a++;
          r->b--;
        }
    }
  return r->a < r->b;
}

static void
add_range (DsClaim    *claim,
           const Sent *s,
           Range       r)
{
  claim_add_item (claim, s, s->toks[r.a].p, s->toks[r.b - 1].p + s->toks[r.b - 1].len);
}

/* ------------------------------------------------------------------ */
/* Markers: "ab. … ; c. …", "(1) … (2) …"                              */

typedef struct {
  guint tok;       /* first token of the marker */
  guint next;      /* first token after it */
  int   first;     /* the first letter or number the marker stands for */
  int   last;      /* "ab." stands for a and b */
  gboolean numbered;
} Marker;

static gboolean
lettered (const Tok *t)
{
  if (t->type != TOK_WORD || t->len > 2)
    return FALSE;
  for (guint i = 0; i < t->len; i++)
    if (!g_ascii_islower (t->p[i]) || (i > 0 && t->p[i] != t->p[i - 1] + 1))
      return FALSE;
  return TRUE;
}

static gboolean
marker_at (const Sent *s,
           guint       i,
           Marker     *m)
{
  const Tok *t = &s->toks[i];
  gboolean open = tok_is_punct (t, '(');
  guint k = open ? i + 1 : i;

  if (k + 1 >= s->n)
    return FALSE;
  t = &s->toks[k];
  m->tok = i;
  m->next = k + 2;

  if (t->type == TOK_NUMBER && t->len <= 2 && tok_is_punct (&s->toks[k + 1], ')') &&
      (open || i == 0 || !tok_is_punct (&s->toks[i - 1], '(')))
    {
      m->first = m->last = (int) g_ascii_strtoll (t->p, NULL, 10);
      m->numbered = TRUE;
      return TRUE;
    }
  if (lettered (t) && (tok_is_punct (&s->toks[k + 1], '.') || tok_is_punct (&s->toks[k + 1], ')')))
    {
      if (open && !tok_is_punct (&s->toks[k + 1], ')'))
        return FALSE;
      m->first = t->p[0] - 'a' + 1;
      m->last = t->p[t->len - 1] - 'a' + 1;
      m->numbered = FALSE;
      return TRUE;
    }
  return FALSE;
}

static void
add_missing (GPtrArray *missing,
             int        value,
             gboolean   numbered)
{
  if (numbered)
    g_ptr_array_add (missing, g_strdup_printf ("(%d)", value));
  else
    g_ptr_array_add (missing, g_strdup_printf ("%c.", 'a' + value - 1));
}

/* Collects the first chain of markers counting up from a/b or 1/2. */
static guint
marker_chain (const Sent *s,
              Marker     *chain,
              guint       max)
{
  guint n = 0;

  for (guint i = 0; i < s->n && n < max; i++)
    {
      Marker m;

      if (s->toks[i].used || !marker_at (s, i, &m))
        continue;
      if (n == 0)
        {
          if (m.first > 2)
            continue;
        }
      else if (m.numbered != chain[0].numbered || m.first != chain[n - 1].last + 1)
        continue;
      chain[n++] = m;
      i = m.next - 1;
    }

  return n;
}

void
find_marker_list (Ctx  *ctx,
                  Sent *s)
{
  Marker chain[26];
  guint n = marker_chain (s, chain, G_N_ELEMENTS (chain));
  g_autoptr(GPtrArray) missing = NULL;
  DsClaim *claim;
  guint end = body_end (s);

  if (n < 2)
    return;

  missing = g_ptr_array_new_with_free_func (g_free);
  claim = claim_new (ctx, DS_CLAIM_ENUMERATION, s);
  claim->cue = g_strdup (chain[0].numbered ? "(1)" : "a.");

  for (int v = 1; v < chain[0].first; v++)
    add_missing (missing, v, chain[0].numbered);

  for (guint k = 0; k < n; k++)
    {
      Range r = { chain[k].next, k + 1 < n ? chain[k + 1].tok : end };

      /* "ab.": the letters before the last one lost their text. */
      for (int v = chain[k].first; v < chain[k].last; v++)
        add_missing (missing, v, chain[k].numbered);
      if (trim_item (s, &r))
        add_range (claim, s, r);
      else
        add_missing (missing, chain[k].last, chain[k].numbered);
    }

  describe (ctx, s, claim, chain[0].tok, chain[0].tok, DS_LIST_FORM_NAMING,
            ctx->prev_p, ctx->prev_end);
  if (claim->form == DS_LIST_FORM_NONE || ds_claim_get_n_items (claim) == 0)
    {
      ds_claim_unref (claim);
      return;
    }
  add_count_warnings (claim, missing);
  toks_mark_used (s, 0, s->n);
  claim_commit (ctx, claim);
}

/* ------------------------------------------------------------------ */
/* Cue lists                                                           */

typedef struct {
  guint      body;        /* first token of the items */
  DsListForm form;
  gboolean   explicit;    /* a colon: two items make a list */
  gboolean   range;       /* "mulai dari … hingga …" */
} Cue;

static gboolean
cue_at (const Sent *s,
        guint       i,
        Cue        *cue)
{
  const Tok *t = &s->toks[i];

  if (t->used || (!(t->flags & (W_CUE_NAMING | W_CUE_EXAMPLE | W_CUE_PAIR)) &&
                  !tok_is_punct (t, ':')))
    return FALSE;

  memset (cue, 0, sizeof *cue);
  cue->form = DS_LIST_FORM_NAMING;

  if (t->flags & W_CUE_NAMING)
    cue->body = i + 1;
  else if (t->flags & W_CUE_EXAMPLE)
    {
      cue->body = i + 1;
      cue->form = DS_LIST_FORM_EXAMPLES;
    }
  else if (tok_is_punct (t, ':') && i > 0)
    cue->body = i + 1, cue->explicit = TRUE;
  else if (toks_pair_is (s, i, "mulai", "dari") || toks_pair_is (s, i, "ranging", "from"))
    cue->body = i + 2, cue->range = TRUE, cue->form = DS_LIST_FORM_COMPLETE;
  else if (toks_pair_is (s, i, "antara", "lain") || toks_pair_is (s, i, "such", "as"))
    cue->body = i + 2, cue->form = DS_LIST_FORM_EXAMPLES;
  else if (toks_pair_is (s, i, "sebagai", "berikut") || toks_pair_is (s, i, "as", "follows"))
    cue->body = i + 2, cue->explicit = TRUE;
  else if (toks_pair_is (s, i, "terdiri", "dari") || toks_pair_is (s, i, "terdiri", "atas") ||
           toks_pair_is (s, i, "consist", "of") || toks_pair_is (s, i, "consists", "of"))
    cue->body = i + 2;
  else
    return FALSE;

  if (cue->body < s->n && tok_is_punct (&s->toks[cue->body], ':'))
    {
      cue->body++;
      cue->explicit = TRUE;
    }
  return cue->body < s->n;
}

static int
depth_change (const Tok *t)
{
  if (t->type != TOK_PUNCT)
    return 0;
  if (t->ch == '(' || t->ch == '[' || t->ch == 0x201C || t->ch == 0xAB)
    return 1;
  if (t->ch == ')' || t->ch == ']' || t->ch == 0x201D || t->ch == 0xBB)
    return -1;
  return 0;
}

/* Cuts [a, e) at commas and semicolons outside brackets and quotes; in a
 * range also before "hingga". */
static guint
segments (const Sent *s,
          guint       a,
          guint       e,
          gboolean    range,
          Range      *segs)
{
  guint n = 0;
  int depth = 0;
  guint start = a;

  for (guint i = a; i < e && n < MAX_SEGMENTS - 1; i++)
    {
      const Tok *t = &s->toks[i];

      depth = MAX (0, depth + depth_change (t));
      if (depth > 0)
        continue;
      if (tok_is_punct (t, ',') || tok_is_punct (t, ';'))
        {
          segs[n++] = (Range) { start, i };
          start = i + 1;
        }
      else if (range && (t->flags & W_FINAL_CONJ) && i > start)
        {
          segs[n++] = (Range) { start, i };
          start = i;
        }
    }
  segs[n++] = (Range) { start, e };
  return n;
}

/* Skips a leading conjunction or "bahkan"; TRUE when there was one. */
static gboolean
strip_conj (const Sent *s,
            Range      *r)
{
  gboolean conj = FALSE;

  while (r->a < r->b && (s->toks[r->a].flags & (W_CONJ | W_CONNECTIVE)) &&
         !(s->toks[r->a].flags & (W_CUE_NAMING | W_CUE_DEF)))
    {
      conj = TRUE;
      r->a++;
    }
  while (r->a < r->b && (s->toks[r->a].flags & W_ADV) && r->a + 1 < r->b &&
         s->toks[r->a + 1].verb)
    r->a++;
  return conj;
}

static gboolean
starts_with_verb (const Sent *s,
                  Range       r)
{
  Range c = r;

  strip_conj (s, &c);
  return c.a < c.b && s->toks[c.a].verb;
}

static gboolean
is_etc (const Sent *s,
        guint       i)
{
  const Tok *t = &s->toks[i];

  return (t->flags & W_ETC) || ds_lexicon_is (t, "lain-lain") ||
         ds_lexicon_is (t, "sebagainya") || ds_lexicon_is (t, "lainnya");
}

/* "… dan lain-lain", "dll", "etc.": the source says the list goes on. */
static gboolean
strip_etc (const Sent *s,
           Range      *r)
{
  while (r->b > r->a)
    {
      guint last = r->b - 1;

      if (s->toks[last].type == TOK_PUNCT && depth_change (&s->toks[last]) == 0)
        r->b--;
      else if (is_etc (s, last) && !(r->b - r->a > 1 && ds_lexicon_is (&s->toks[last], "lainnya")))
        r->b--;
      else if ((ds_lexicon_is (&s->toks[last], "so") && last > r->a &&
                ds_lexicon_is (&s->toks[last - 1], "on")))
        r->b -= 2;
      else if (s->toks[last].flags & W_CONJ)
        r->b--;
      else
        break;
    }
  /* A dangling "]" after "dll". */
  return r->a < r->b;
}

/* In a list of names the last item ends where the sentence goes on. */
static void
cut_name (const Sent *s,
          Range      *r)
{
  for (guint i = r->a + 1; i < r->b; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->verb || (t->flags & (W_AUX | W_RELATIVE | W_CLAUSE | W_THAT | W_DET)) ||
          ((t->flags & W_ADV) && !(t->flags & W_NOUN)) ||
          ((t->flags & W_PREP) && (ds_lexicon_is (t, "untuk") || ds_lexicon_is (t, "sebagai") ||
                                   ds_lexicon_is (t, "guna"))))
        {
          r->b = i;
          return;
        }
    }
}

/* A verb outside a relative clause: "infrastruktur yang belum merata" is a
 * name for a thing, "pemerintah menjawab …" a clause. */
static gboolean
has_verb (const Sent *s,
          Range       r)
{
  for (guint i = r.a; i < r.b; i++)
    {
      if (s->toks[i].flags & W_RELATIVE)
        return FALSE;
      if (s->toks[i].verb || (s->toks[i].flags & W_AUX))
        return TRUE;
    }
  return FALSE;
}

/* The first conjunction outside brackets in @r, or 0. */
static guint
inner_conj (const Sent *s,
            Range       r,
            gboolean    need_verb)
{
  int depth = 0;

  for (guint i = r.a + 1; i + 1 < r.b; i++)
    {
      depth = MAX (0, depth + depth_change (&s->toks[i]));
      if (depth == 0 && (s->toks[i].flags & W_CONJ) && !(s->toks[i].flags & W_CONNECTIVE) &&
          (!need_verb || s->toks[i + 1].verb))
        return i;
    }
  return 0;
}

/* Merges "Kanada … Foreign Affair" and ", Trade Development" when items
 * name countries: an item starts with a country, a fragment does not. */
static guint
merge_by_country (const Sent *s,
                  Range      *segs,
                  guint       n)
{
  guint countries = 0;
  guint out = 0;

  for (guint k = 0; k < n; k++)
    if (ds_lexicon_is_country (s->toks, segs[k].b, segs[k].a))
      countries++;
  if (countries < 2)
    return n;

  for (guint k = 0; k < n; k++)
    {
      if (out > 0 && !ds_lexicon_is_country (s->toks, segs[k].b, segs[k].a))
        segs[out - 1].b = segs[k].b;
      else
        {
          segs[out] = segs[k];
          if (ds_lexicon_is (&s->toks[segs[out].a], "di") || ds_lexicon_is (&s->toks[segs[out].a], "in"))
            segs[out].a++;
          out++;
        }
    }
  return out;
}

/*
 * Turns the segments of a list body into items. Returns the number of items
 * written to @items, or 0 when the body is no list.
 */
static guint
read_items (const Sent *s,
            Range      *segs,
            guint       n,
            DsListForm  form,
            gboolean    loose,
            guint       e,
            Range      *items)
{
  guint n_verbs = 0, n_items = 0;
  gboolean verb_list, by_country, final = FALSE;
  guint n_before = n;

  n = merge_by_country (s, segs, n);
  by_country = n != n_before;
  for (guint k = 0; k < n; k++)
    if (starts_with_verb (s, segs[k]))
      n_verbs++;
  verb_list = n_verbs >= 2 && n_verbs * 2 >= n;

  for (guint k = 0; k < n && !final; k++)
    {
      Range r = segs[k];
      gboolean conj = strip_conj (s, &r);
      guint c;

      if (r.a >= r.b)
        continue;
      if (conj && n_items > 0)
        final = TRUE;
      else if (k + 1 == n && !by_country &&
               (c = inner_conj (s, r, verb_list)) != 0)
        {
          items[n_items++] = (Range) { r.a, c };
          r.a = c + 1;
          final = TRUE;
        }
      else if (!verb_list && form == DS_LIST_FORM_EXAMPLES && n_items > 0 && has_verb (s, r))
        break;   /* the sentence goes on after the examples */

      if (final && verb_list && k + 1 < n)
        r.b = e;  /* a nested list inside the last action belongs to it */
      items[n_items++] = r;
      if (n_items >= MAX_SEGMENTS)
        break;
    }

  /* Names end where the sentence goes on; after a colon or in a range the
   * items may be whole phrases. */
  if (n_items > 0 && !verb_list && !loose && !by_country)
    cut_name (s, &items[n_items - 1]);

  for (guint k = 0; k < n_items; k++)
    {
      Range *r = &items[k];

      if (k + 1 == n_items && !strip_etc (s, r))
        return k;
      if (!trim_item (s, r) || r->b - r->a > 30 ||
          (!verb_list && form == DS_LIST_FORM_EXAMPLES && r->b - r->a > 12))
        return 0;
    }
  return n_items;
}

static gboolean
try_cue_list (Ctx       *ctx,
              Sent      *s,
              guint      i,
              const Cue *cue)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint e = body_end (s);
  guint n_segs, n_items;
  DsClaim *claim;

  if (cue->body >= e)
    return FALSE;
  n_segs = segments (s, cue->body, e, cue->range, segs);
  n_items = read_items (s, segs, n_segs, cue->form, cue->explicit || cue->range, e, items);
  if (n_items < 2 || (n_items == 2 && !cue->explicit && !cue->range))
    {
      guint start, end;

      /* Two items make a list when the source counts them. */
      start = np_start (s, 0, i, &end);
      if (n_items != 2 || start == 0 || !(s->toks[start - 1].flags & W_COUNT) ||
          s->toks[start - 1].value != 2)
        return FALSE;
    }
  /* "Diplomasi adalah serangkaian tindakan …, negosiasi, …" defines; a list
   * after "adalah" without a colon starts with a short item. */
  if ((s->toks[i].flags & W_CUE_DEF) && !cue->explicit && items[0].b - items[0].a > 8)
    return FALSE;
  for (guint k = 0; k < n_items; k++)
    for (guint j = items[k].a; j < items[k].b; j++)
      if (s->toks[j].used)
        return FALSE;

  claim = claim_new (ctx, DS_CLAIM_ENUMERATION, s);
  claim->cue = toks_dup (s, i, cue->body);
  for (guint k = 0; k < n_items; k++)
    add_range (claim, s, items[k]);

  describe (ctx, s, claim, i, cue->body, cue->form, ctx->prev_p, ctx->prev_end);
  if (claim->form == DS_LIST_FORM_NONE)
    {
      ds_claim_unref (claim);
      return FALSE;
    }
  add_count_warnings (claim, NULL);
  toks_mark_used (s, i, items[n_items - 1].b);
  claim_commit (ctx, claim);
  return TRUE;
}

void
find_cue_lists (Ctx  *ctx,
                Sent *s)
{
  for (guint i = 0; i < s->n; i++)
    {
      Cue cue;

      if (cue_at (s, i, &cue) && try_cue_list (ctx, s, i, &cue))
        {
          while (i < s->n && s->toks[i].used)
            i++;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Intros of bullet lists                                              */

void
list_describe_intro (Ctx     *ctx,
                     Sent    *intro,
                     DsClaim *claim)
{
  guint cue = intro->n;

  while (cue > 0 && intro->toks[cue - 1].type == TOK_PUNCT &&
         !tok_is_punct (&intro->toks[cue - 1], ':'))
    cue--;
  claim->cue = g_strdup (cue > 0 && tok_is_punct (&intro->toks[cue - 1], ':') ? ":" : "");
  describe (ctx, intro, claim, cue, cue, DS_LIST_FORM_NAMING,
            ctx->prev2_p, ctx->prev2_end);
  if (claim->form == DS_LIST_FORM_NONE)
    g_clear_pointer (&claim->lead, g_free);
  add_count_warnings (claim, NULL);
}

/* ------------------------------------------------------------------ */
/* What an actor does, under a heading that names a role or challenge  */

/* The last verb of a segment that opens a list of actions. */
static int
last_verb (const Sent *s,
           Range       r)
{
  for (guint i = r.b; i > r.a; i--)
    if (s->toks[i - 1].verb && !(s->toks[i - 1].flags & W_AUX))
      return (int) (i - 1);
  return -1;
}

/* "Melalui akun resmi seperti @Kemlu_RI" → "melalui akun resmi @Kemlu_RI". */
static char *
phrase_without_cue (const Sent *s,
                    guint       a,
                    guint       b)
{
  GString *out = g_string_new (NULL);

  for (guint i = a; i < b; i++)
    {
      const Tok *t = &s->toks[i];

      if (t->flags & W_CUE_EXAMPLE)
        continue;
      if (out->len > 0 && t->type != TOK_PUNCT)
        g_string_append_c (out, ' ');
      g_string_append_len (out, t->p, t->len);
    }
  if (out->len > 0 && g_ascii_isupper (out->str[0]) &&
      !(a + 1 < b && s->toks[a + 1].cap) && !(s->toks[a].flags & W_COUNTRY))
    out->str[0] = g_ascii_tolower (out->str[0]);
  return g_string_free (out, FALSE);
}

/* Who acts: the clause before the first action, without its adverbs
 * ("pemerintah secara konsisten" → "pemerintah"). */
static gboolean
read_actor (const Sent *s,
            DsClaim    *claim,
            guint       verb)
{
  guint c = verb;
  guint a;

  while (c > 0 && !tok_is_punct (&s->toks[c - 1], ','))
    c--;
  for (a = c; a < verb; a++)
    if (s->toks[a].flags & (W_ADV | W_AUX) || s->toks[a].verb)
      break;
  for (guint i = a; i < verb; i++)
    if (!(s->toks[i].flags & W_ADV) && !(i > a && ds_lexicon_is (&s->toks[i - 1], "secara")))
      return FALSE;
  if (a == c || a - c > 6 || !subject_usable (s, c, a))
    return FALSE;
  for (guint i = c; i < a; i++)
    if (!tok_nounish (&s->toks[i]) && !(s->toks[i].flags & W_CONJ))
      return FALSE;

  claim->subject = phrase_dup (s, c, a, TRUE);
  claim->lead = c > 1 ? phrase_without_cue (s, 0, c - 1) : NULL;
  claim->form = DS_LIST_FORM_ACTIONS;
  return TRUE;
}

void
find_action_list (Ctx  *ctx,
                  Sent *s)
{
  Range segs[MAX_SEGMENTS];
  Range items[MAX_SEGMENTS];
  guint e = body_end (s);
  guint n = segments (s, 0, e, FALSE, segs);

  for (guint k = 0; k + 1 < n; k++)
    {
      int v = last_verb (s, segs[k]);
      guint n_items;
      DsClaim *claim;

      if (v < 0 || !starts_with_verb (s, segs[k + 1]) || s->toks[v].used)
        continue;
      /* Outside a section about roles or challenges, only actions that
       * state a purpose ("untuk …, …, …") make a claim. */
      if (!ctx->head_cue && (v == 0 || !(ds_lexicon_is (&s->toks[v - 1], "untuk") ||
                                         ds_lexicon_is (&s->toks[v - 1], "guna") ||
                                         ds_lexicon_is (&s->toks[v - 1], "to"))))
        return;

      segs[k].a = (guint) v;
      n_items = read_items (s, segs + k, n - k, DS_LIST_FORM_NAMING, TRUE, e, items);
      if (n_items < 3)
        return;
      for (guint j = (guint) v; j < items[n_items - 1].b; j++)
        if (s->toks[j].used)
          return;

      claim = claim_new (ctx, DS_CLAIM_ROLE, s);
      claim->cue = g_strdup ("");
      for (guint j = 0; j < n_items; j++)
        add_range (claim, s, items[j]);
      if (!read_actor (s, claim, (guint) v))
        {
          claim->form = DS_LIST_FORM_COMPLETE;
          set_lead (ctx, s, claim, (guint) v, (guint) v, ctx->prev_p, ctx->prev_end);
        }
      toks_mark_used (s, (guint) v, items[n_items - 1].b);
      claim_commit (ctx, claim);
      return;
    }
}
