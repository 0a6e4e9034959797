/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The word lexicon of the claim extractor: what a function word does in
 * Indonesian (and English) prose, and a cheap guess whether a word is a verb.
 * A word is looked up once per token in a table built on first use, so the
 * cost per word is one hash of at most a couple of dozen bytes.
 */
#include "config.h"

#include <string.h>

#include "ds-claims-private.h"

typedef struct {
  const char *word;
  guint32     flags;
  guint8      value;
} Entry;

/* Indonesian. Typos the essays' genre often has ("merupkan") are not here on
 * purpose: a rule that fires on them would fire on real words too. */
static const Entry id_words[] = {
  { "yaitu", W_CUE_NAMING | W_CUE_DEF }, { "yakni", W_CUE_NAMING | W_CUE_DEF },
  { "adalah", W_CUE_NAMING | W_CUE_DEF }, { "merupakan", W_CUE_DEF | W_AUX },
  { "ialah", W_CUE_NAMING | W_CUE_DEF }, { "berarti", W_CUE_DEF },
  { "meliputi", W_CUE_NAMING }, { "mencakup", W_CUE_NAMING },
  { "seperti", W_CUE_EXAMPLE }, { "misalnya", W_CUE_EXAMPLE },
  { "contohnya", W_VAGUE | W_CONNECTIVE },
  { "mulai", W_CUE_PAIR }, { "antara", W_CUE_PAIR | W_PREP },
  { "terdiri", W_CUE_PAIR | W_VERB }, { "sebagai", W_CUE_PAIR | W_PREP },
  { "dua", W_COUNT, 2 }, { "tiga", W_COUNT, 3 }, { "empat", W_COUNT, 4 },
  { "lima", W_COUNT, 5 }, { "enam", W_COUNT, 6 }, { "tujuh", W_COUNT, 7 },
  { "delapan", W_COUNT, 8 }, { "sembilan", W_COUNT, 9 },
  { "sepuluh", W_COUNT, 10 },
  { "kedua", W_COUNT, 2 }, { "ketiga", W_COUNT, 3 }, { "keempat", W_COUNT, 4 },
  { "kelima", W_COUNT, 5 },
  { "adapun", W_CONNECTIVE }, { "ada", W_CONNECTIVE | W_VERB },
  { "jadi", W_CONNECTIVE }, { "maka", W_CONNECTIVE },
  { "namun", W_CONNECTIVE | W_CLAUSE }, { "tetapi", W_CONNECTIVE | W_CLAUSE },
  { "tapi", W_CONNECTIVE | W_CLAUSE }, { "sedangkan", W_CONNECTIVE | W_CLAUSE },
  { "padahal", W_CONNECTIVE | W_CLAUSE }, { "selain", W_CONNECTIVE },
  { "akibatnya", W_CONNECTIVE }, { "karena", W_CONNECTIVE },
  { "sehingga", W_CONNECTIVE | W_CLAUSE }, { "bahkan", W_CONNECTIVE | W_ADV },
  { "lalu", W_CONNECTIVE }, { "kemudian", W_CONNECTIVE | W_ADV },
  { "selanjutnya", W_CONNECTIVE | W_VAGUE }, { "oleh", W_PREP | W_NAME_NOUN },
  { "kalau", W_CONNECTIVE }, { "jika", W_CONNECTIVE }, { "bila", W_CONNECTIVE },
  { "apabila", W_CONNECTIVE }, { "meski", W_CONNECTIVE },
  { "meskipun", W_CONNECTIVE }, { "walaupun", W_CONNECTIVE },
  { "dimana", W_CONNECTIVE }, { "itulah", W_CONNECTIVE },
  { "banyak", W_DET }, { "beberapa", W_DET }, { "berbagai", W_DET | W_NOUN },
  { "para", W_DET }, { "sebuah", W_DET }, { "suatu", W_DET },
  { "seluruh", W_DET }, { "semua", W_DET }, { "segala", W_DET },
  { "sejumlah", W_DET }, { "setiap", W_DET }, { "tiap", W_DET },
  { "ini", W_ANAPHOR }, { "itu", W_ANAPHOR }, { "tersebut", W_ANAPHOR | W_NOUN },
  { "dalam", W_PREP }, { "di", W_PREP }, { "ke", W_PREP }, { "dari", W_PREP },
  { "pada", W_PREP }, { "terhadap", W_PREP | W_NOUN }, { "untuk", W_PREP },
  { "melalui", W_PREP | W_NOUN }, { "dengan", W_PREP }, { "bagi", W_PREP },
  { "tentang", W_PREP }, { "mengenai", W_PREP | W_NOUN }, { "atas", W_PREP },
  { "kepada", W_PREP }, { "guna", W_PREP }, { "demi", W_PREP },
  { "menurut", W_PREP | W_NOUN }, { "berdasarkan", W_PREP | W_NOUN },
  { "didalam", W_PREP | W_NOUN }, { "diantara", W_PREP | W_NOUN },
  { "diseluruh", W_PREP | W_NOUN }, { "tanpa", W_PREP }, { "oleh", W_PREP },
  { "dapat", W_AUX }, { "bisa", W_AUX }, { "harus", W_AUX }, { "akan", W_AUX },
  { "telah", W_AUX | W_ADV }, { "sudah", W_AUX | W_ADV },
  { "sedang", W_AUX }, { "perlu", W_AUX }, { "mampu", W_AUX },
  { "menjadi", W_AUX }, { "memiliki", W_AUX }, { "mempunyai", W_AUX },
  { "tidak", W_ADV }, { "bukan", W_ADV },
  { "dan", W_CONJ }, { "serta", W_CONJ }, { "atau", W_CONJ },
  { "maupun", W_CONJ }, { "hingga", W_CONJ | W_FINAL_CONJ },
  { "sampai", W_CONJ | W_FINAL_CONJ },
  { "juga", W_ADV }, { "dulu", W_ADV }, { "dahulu", W_ADV }, { "pun", W_ADV }, { "kini", W_ADV }, { "secara", W_ADV },
  { "sangat", W_ADV }, { "lebih", W_ADV }, { "hanya", W_ADV },
  { "sering", W_ADV }, { "biasa", W_ADV }, { "biasanya", W_ADV },
  { "saat", W_ADV }, { "terus", W_ADV }, { "langsung", W_ADV },
  { "mereka", W_PRONOUN | W_NOUN }, { "kita", W_PRONOUN }, { "kami", W_PRONOUN },
  { "ia", W_PRONOUN }, { "dia", W_PRONOUN | W_NOUN }, { "saya", W_PRONOUN },
  { "hal", W_VAGUE }, { "sesuatu", W_VAGUE }, { "contoh", W_VAGUE },
  { "definisi", W_VAGUE }, { "pengertian", W_VAGUE }, { "perkata", W_VAGUE },
  { "salah", W_VAGUE }, { "yang", W_RELATIVE },
  { "pemerintah", W_GOV }, { "pemerintahan", W_GOV }, { "kementerian", W_GOV },
  { "kementrian", W_GOV }, { "lembaga", W_GOV },
  { "peran", W_HEAD_CUE }, { "peranan", W_HEAD_CUE }, { "tantangan", W_HEAD_CUE },
  { "ancaman", W_HEAD_CUE }, { "risiko", W_HEAD_CUE }, { "fungsi", W_HEAD_CUE },
  { "memperingatkan", W_REPORT }, { "menyampaikan", W_REPORT },
  { "menyatakan", W_REPORT }, { "mengatakan", W_REPORT },
  { "menegaskan", W_REPORT }, { "menjelaskan", W_REPORT },
  { "mengungkapkan", W_REPORT }, { "berpendapat", W_REPORT },
  { "bahwa", W_THAT }, { "bahwasannya", W_THAT }, { "bahwasanya", W_THAT },
  { "dll", W_ETC | W_ABBREV }, { "dsb", W_ETC | W_ABBREV },
  { "dkk", W_ABBREV }, { "hlm", W_ABBREV }, { "vol", W_ABBREV },
  { "no", W_ABBREV }, { "dr", W_ABBREV }, { "prof", W_ABBREV },
  { "jl", W_ABBREV }, { "tn", W_ABBREV }, { "ny", W_ABBREV },
  { "akun", W_NAME_NOUN }, { "aplikasi", W_NAME_NOUN }, { "laman", W_NAME_NOUN },
  { "situs", W_NAME_NOUN }, { "platform", W_NAME_NOUN },
  { "dikenal", W_ALIAS }, { "istilah", W_ALIAS },
  /* Words a prefix rule would take for verbs. */
  { "media", W_NOUN }, { "menteri", W_NOUN }, { "mentri", W_NOUN },
  { "metode", W_NOUN }, { "memori", W_NOUN }, { "mental", W_NOUN },
  { "berita", W_NOUN }, { "bersama", W_NOUN }, { "beragam", W_NOUN },
  { "diplomasi", W_NOUN }, { "diplomat", W_NOUN }, { "diplomatik", W_NOUN },
  { "diplomatic", W_NOUN }, { "digital", W_NOUN }, { "digitalisasi", W_NOUN },
  { "dimensi", W_NOUN }, { "dinamika", W_NOUN }, { "diskusi", W_NOUN },
  { "dialog", W_NOUN }, { "disinformasi", W_NOUN }, { "dirinya", W_NOUN },
  { "diri", W_NOUN }, { "dinding", W_NOUN }, { "direktur", W_NOUN },
  { "tertentu", W_NOUN }, { "terutama", W_ADV | W_NOUN }, { "terkini", W_NOUN },
  { "terkait", W_PREP | W_NOUN }, { "terbaik", W_NOUN }, { "terbuka", W_NOUN },
  { "bertemu", W_VERB }, { "muncul", W_VERB }, { "munculah", W_VERB },
  { "muncullah", W_VERB }, { "munculnya", W_VERB }, { "lihat", W_VERB },
  { "buat", W_VERB }, { "pakai", W_VERB }, { "beri", W_VERB }, { "kenal", W_VERB },
  { "tahu", W_VERB }, { "ingin", W_VERB }, { "mau", W_VERB }, { "punya", W_VERB },
  { "ambil", W_VERB }, { "terjadi", W_VERB },
  { "terjalin", W_VERB }, { "terhubung", W_VERB }, { "tercermin", W_VERB },
  { "terwujud", W_VERB }, { "terkoneksi", W_VERB }, { "terlibat", W_VERB },
};

static const Entry en_words[] = {
  { "namely", W_CUE_NAMING }, { "include", W_CUE_NAMING | W_VERB },
  { "includes", W_CUE_NAMING | W_VERB }, { "comprise", W_CUE_NAMING | W_VERB },
  { "comprises", W_CUE_NAMING | W_VERB }, { "are", W_CUE_DEF | W_CUE_NAMING | W_AUX },
  { "is", W_CUE_DEF | W_AUX }, { "means", W_CUE_DEF | W_VERB },
  { "refers", W_CUE_DEF | W_VERB },
  { "such", W_CUE_PAIR }, { "including", W_CUE_EXAMPLE },
  { "consist", W_CUE_PAIR | W_VERB }, { "consists", W_CUE_PAIR | W_VERB },
  { "ranging", W_CUE_PAIR }, { "as", W_PREP | W_CUE_PAIR },
  { "two", W_COUNT, 2 }, { "three", W_COUNT, 3 }, { "four", W_COUNT, 4 },
  { "five", W_COUNT, 5 }, { "six", W_COUNT, 6 }, { "seven", W_COUNT, 7 },
  { "eight", W_COUNT, 8 }, { "nine", W_COUNT, 9 }, { "ten", W_COUNT, 10 },
  { "however", W_CONNECTIVE | W_CLAUSE }, { "thus", W_CONNECTIVE },
  { "therefore", W_CONNECTIVE }, { "so", W_CONNECTIVE },
  { "but", W_CONNECTIVE | W_CLAUSE }, { "whereas", W_CONNECTIVE | W_CLAUSE },
  { "while", W_CONNECTIVE | W_CLAUSE }, { "because", W_CONNECTIVE },
  { "moreover", W_CONNECTIVE }, { "furthermore", W_CONNECTIVE },
  { "also", W_ADV }, { "there", W_CONNECTIVE }, { "then", W_CONNECTIVE },
  { "if", W_CONNECTIVE }, { "when", W_CONNECTIVE }, { "although", W_CONNECTIVE },
  { "the", W_DET }, { "a", W_DET }, { "an", W_DET }, { "some", W_DET },
  { "many", W_DET }, { "several", W_DET }, { "various", W_DET },
  { "all", W_DET }, { "every", W_DET }, { "each", W_DET }, { "its", W_DET },
  { "their", W_DET }, { "his", W_DET }, { "her", W_DET }, { "our", W_DET },
  { "this", W_ANAPHOR }, { "these", W_ANAPHOR }, { "those", W_ANAPHOR },
  { "of", W_PREP }, { "in", W_PREP }, { "on", W_PREP }, { "for", W_PREP },
  { "to", W_PREP }, { "with", W_PREP }, { "by", W_PREP | W_NAME_NOUN },
  { "from", W_PREP }, { "about", W_PREP }, { "through", W_PREP },
  { "into", W_PREP }, { "between", W_PREP }, { "within", W_PREP },
  { "across", W_PREP }, { "according", W_PREP }, { "without", W_PREP },
  { "was", W_AUX }, { "were", W_AUX }, { "be", W_AUX }, { "been", W_AUX },
  { "has", W_AUX }, { "have", W_AUX }, { "had", W_AUX }, { "do", W_AUX },
  { "does", W_AUX }, { "did", W_AUX }, { "can", W_AUX }, { "could", W_AUX },
  { "will", W_AUX }, { "would", W_AUX }, { "should", W_AUX }, { "may", W_AUX },
  { "might", W_AUX }, { "must", W_AUX }, { "use", W_VERB }, { "uses", W_VERB },
  { "used", W_VERB }, { "help", W_VERB }, { "helps", W_VERB },
  { "make", W_VERB }, { "makes", W_VERB }, { "set", W_VERB }, { "run", W_VERB },
  { "runs", W_VERB }, { "emerged", W_VERB }, { "became", W_VERB },
  { "not", W_ADV }, { "often", W_ADV }, { "now", W_ADV }, { "only", W_ADV },
  { "and", W_CONJ }, { "or", W_CONJ }, { "nor", W_CONJ },
  { "they", W_PRONOUN }, { "we", W_PRONOUN }, { "it", W_PRONOUN },
  { "he", W_PRONOUN }, { "she", W_PRONOUN }, { "you", W_PRONOUN },
  { "thing", W_VAGUE }, { "example", W_VAGUE }, { "definition", W_VAGUE },
  { "that", W_RELATIVE | W_THAT | W_ANAPHOR }, { "which", W_RELATIVE },
  { "who", W_RELATIVE },
  { "government", W_GOV }, { "governments", W_GOV }, { "ministry", W_GOV },
  { "ministries", W_GOV }, { "agency", W_GOV },
  { "role", W_HEAD_CUE }, { "roles", W_HEAD_CUE }, { "challenge", W_HEAD_CUE },
  { "challenges", W_HEAD_CUE }, { "threat", W_HEAD_CUE },
  { "threats", W_HEAD_CUE }, { "risks", W_HEAD_CUE },
  { "warned", W_REPORT }, { "said", W_REPORT }, { "stated", W_REPORT },
  { "argued", W_REPORT }, { "announced", W_REPORT }, { "claimed", W_REPORT },
  { "etc", W_ETC | W_ABBREV }, { "e.g", W_ABBREV }, { "i.e", W_ABBREV },
  { "vs", W_ABBREV }, { "mr", W_ABBREV }, { "mrs", W_ABBREV },
  { "ms", W_ABBREV }, { "st", W_ABBREV }, { "fig", W_ABBREV },
  { "al", W_ABBREV }, { "no", W_ABBREV }, { "vol", W_ABBREV },
  { "account", W_NAME_NOUN }, { "app", W_NAME_NOUN },
  { "application", W_NAME_NOUN }, { "website", W_NAME_NOUN },
  { "known", W_ALIAS }, { "term", W_ALIAS },
};

/* First words of countries, for lists of institutions by country. */
static const char * const countries[] = {
  "amerika", "inggris", "kanada", "australia", "jepang", "china", "cina",
  "tiongkok", "israel", "iran", "rusia", "prancis", "perancis", "jerman",
  "india", "indonesia", "malaysia", "singapura", "thailand", "filipina",
  "vietnam", "korea", "belanda", "italia", "spanyol", "brasil", "mesir",
  "turki", "ethiopia", "arab", "uni", "selandia", "afrika", "meksiko",
  "united", "britain", "canada", "japan", "russia", "france", "germany",
  "netherlands", "italy", "spain", "brazil", "egypt", "turkey", "singapore",
  "us", "uk", "usa",
};

/*
 * An open-addressing table keyed by the lower-cased word, hashed while it is
 * folded: one pass over the word's bytes per token, no allocation. Slots hold
 * the Indonesian entry, the English entry and whether the word starts a
 * country's name.
 */
#define TABLE_SIZE 2048   /* a power of two, well above the word count */

typedef struct {
  const char  *word;
  guint        len;
  const Entry *id;
  const Entry *en;
  gboolean     country;
} Slot;

static Slot table[TABLE_SIZE];

static guint
hash_word (const char *w,
           gsize       len)
{
  guint h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * 16777619u;
  return h;
}

static Slot *
slot_for (const char *w,
          gsize       len,
          guint       h,
          gboolean    insert)
{
  for (guint i = h & (TABLE_SIZE - 1);; i = (i + 1) & (TABLE_SIZE - 1))
    {
      Slot *slot = &table[i];

      if (slot->word == NULL)
        {
          if (!insert)
            return NULL;
          slot->word = w;
          slot->len = len;
          return slot;
        }
      if (slot->len == len && memcmp (slot->word, w, len) == 0)
        return slot;
    }
}

static void
build_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (id_words); i++)
    {
      const char *w = id_words[i].word;
      Slot *slot = slot_for (w, strlen (w), hash_word (w, strlen (w)), TRUE);

      /* A word listed twice keeps its first entry. */
      if (slot->id == NULL)
        slot->id = &id_words[i];
    }
  for (gsize i = 0; i < G_N_ELEMENTS (en_words); i++)
    {
      const char *w = en_words[i].word;
      Slot *slot = slot_for (w, strlen (w), hash_word (w, strlen (w)), TRUE);

      if (slot->en == NULL)
        slot->en = &en_words[i];
    }
  for (gsize i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      const char *w = countries[i];

      slot_for (w, strlen (w), hash_word (w, strlen (w)), TRUE)->country = TRUE;
    }
}

static void
ensure_table (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      build_table ();
      g_once_init_leave (&initialized, 1);
    }
}

/* Lower-cases an ASCII word into @buf and hashes it; FALSE when it is not
 * plain ASCII or too long to be a function word. */
static gboolean
fold (const Tok *tok,
      char      *buf,
      gsize      size,
      guint     *hash)
{
  guint h = 2166136261u;

  if (tok->len == 0 || tok->len >= size)
    return FALSE;

  for (guint i = 0; i < tok->len; i++)
    {
      guchar c = (guchar) tok->p[i];

      if (c >= 0x80)
        return FALSE;
      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      buf[i] = (char) c;
      h = (h ^ c) * 16777619u;
    }
  buf[tok->len] = '\0';
  *hash = h;

  return TRUE;
}

/* Indonesian verbs mostly show themselves by their prefix: meN-, ber-, di-.
 * The exceptions that matter are in the lexicon as W_NOUN. Plain byte
 * comparisons: this runs for most words of an essay. */
static gboolean
looks_like_verb_id (const char *w,
                    gsize       len)
{
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

void
ds_lexicon_classify (Tok      *tok,
                     gboolean  english)
{
  const Entry *entry = NULL;
  const Slot *slot;
  char buf[24];
  guint hash;

  tok->flags = 0;
  tok->value = 0;
  tok->verb = FALSE;

  ensure_table ();
  if (tok->type != TOK_WORD || !fold (tok, buf, sizeof buf, &hash))
    return;

  slot = slot_for (buf, tok->len, hash, FALSE);
  if (slot != NULL)
    entry = english ? slot->en : slot->id;
  if (entry != NULL)
    {
      tok->flags = entry->flags;
      tok->value = entry->value;
    }

  if (tok->flags & (W_VERB | W_REPORT))
    tok->verb = TRUE;
  else if (tok->flags & (W_NOUN | W_PREP | W_DET | W_CONJ | W_ANAPHOR |
                         W_PRONOUN | W_CONNECTIVE | W_ADV))
    tok->verb = FALSE;
  else if (!english)
    tok->verb = looks_like_verb_id (buf, tok->len);
  else if (english && tok->len > 4 && buf[tok->len - 2] == 'e' && buf[tok->len - 1] == 'd' &&
           !tok->cap)
    tok->verb = TRUE;

  if (slot != NULL && slot->country)
    tok->flags |= W_COUNTRY;
}

/* A country name starts at @i, optionally after "di"/"in". */
gboolean
ds_lexicon_is_country (const Tok *toks,
                       guint      n,
                       guint      i)
{
  if (i < n && (ds_lexicon_is (&toks[i], "di") || ds_lexicon_is (&toks[i], "in")))
    i++;
  return i < n && toks[i].cap && (toks[i].flags & W_COUNTRY) != 0;
}
