/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The word lexicon of the claim extractor: what a function word does in
 * Indonesian (and English) prose, looked up in the language data
 * (data/lang/<code>.json through ds-lang.h), and a cheap guess whether a
 * word is a verb. A word is looked up once per token: one hash of at most
 * a couple of dozen bytes.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

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
      buf[i] = g_ascii_tolower (c);
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

/* Counts the words of the essay, and how often each content word comes,
 * for the ranking: a term the essay keeps coming back to is central to it. */
static void
count_word (Ctx        *ctx,
            const Tok  *tok,
            const char *folded)
{
  guint *count;

  ctx->n_words++;
  if (folded == NULL || tok->len < 3 || (tok->flags & (W_FUNCTION | W_COUNT | W_CUE_DEF | W_CUE_NAMING)))
    return;
  if ((count = g_hash_table_lookup (ctx->freq, folded)) == NULL)
    g_hash_table_insert (ctx->freq, g_strdup (folded), count = g_new0 (guint, 1));
  (*count)++;
}

void
_ds_lexicon_init (Ctx *ctx)
{
  ctx->lang = (gpointer) lexicon_lang (ctx->english);
}

void
_ds_lexicon_classify (Ctx *ctx,
                      Tok *tok)
{
  char buf[24];
  gboolean folded;
  gint64 value;

  tok->flags = 0;
  tok->value = 0;
  tok->verb = FALSE;

  if (tok->type != TOK_WORD)
    {
      ctx->n_words += ctx->counting && tok->type == TOK_NUMBER;
      return;
    }

  tok->flags = ds_lang_lookup (ctx->lang, tok->p, tok->len, &value);
  /* Count words, ordinals and months keep their number. */
  if (tok->flags & (W_COUNT | W_ORDINAL | W_MONTH))
    tok->value = (guint8) CLAMP (value, 0, G_MAXUINT8);

  folded = fold (tok, buf, sizeof buf);
  if (tok->flags & (W_VERB | W_REPORT | W_EVENT | W_DEFINE_VERB | W_ROLE_VERB))
    tok->verb = TRUE;
  else if (tok->flags & (W_NOUN | W_PREP | W_DET | W_CONJ | W_ANAPHOR |
                         W_PRONOUN | W_CONNECTIVE | W_ADV))
    tok->verb = FALSE;
  else if (!folded)
    tok->verb = FALSE;
  else if (!ctx->english)
    tok->verb = looks_like_verb_id (buf, tok->len);
  else if (tok->len > 4 && buf[tok->len - 2] == 'e' && buf[tok->len - 1] == 'd' && !tok->cap)
    tok->verb = TRUE;

  if (ctx->counting)
    count_word (ctx, tok, folded ? buf : NULL);
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

/* The rest of the entry of the phrase list @name whose first word is the
 * word @tok ("agreed agree" → "agree"; "emphasizes emphasize does" →
 * "emphasize does"), or NULL: lists of a word's other forms. */
const char *
_ds_lexicon_other_forms (Ctx        *ctx,
                         const Tok  *tok,
                         const char *name)
{
  const char * const *entries = ds_lang_get_phrases (ctx->lang, name);

  if (tok->type != TOK_WORD || entries == NULL)
    return NULL;
  for (guint i = 0; entries[i] != NULL; i++)
    {
      const char *space = strchr (entries[i], ' ');

      if (space != NULL && (gsize) (space - entries[i]) == tok->len &&
          g_ascii_strncasecmp (entries[i], tok->p, tok->len) == 0)
        return space + 1;
    }
  return NULL;
}
