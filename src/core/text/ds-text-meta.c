/* SPDX-License-Identifier: GPL-3.0-or-later */

/* memrchr() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "ds-lang.h"
#include "ds-text-clean.h"
#include "ds-text-layout.h"
#include "ds-text-meta.h"
#include "ds-utf8.h"

/*
 * Every rule here looks at a bounded start or end of a cleaned line (single
 * spaces, no white space at the ends), so a line of megabytes costs no more
 * than a short one. The rules ask for the shape of the whole line: a byline
 * is a label and a name, a date line holds nothing but a date, so a sentence
 * that happens to start with "Sumber" or a month stays prose.
 */

/* A note about the author is a sentence or two. */
#define AUTHOR_NOTE_MAX_BYTES 280

/* Longer lines are no date, byline or caption. */
#define DATE_MAX_BYTES 120
#define BYLINE_MAX_BYTES 100
#define LABEL_MAX_BYTES 300
#define LABEL_COLON_BYTES 24        /* "Sumber gambar :" and more */
#define CAPTION_MAX_WORDS 30
/* Where a dateline's dash must come. */
#define DATELINE_MAX_BYTES 64
#define DATELINE_MAX_WORDS 5

typedef struct {
  const char *p;
  gsize       len;
} Word;

/* The next space-separated word of [*q, e), or FALSE at the end. */
static gboolean
next_word (const char **q,
           const char  *e,
           Word        *word)
{
  const char *r = *q;
  const char *space;

  while (r < e && *r == ' ')
    r++;
  if (r >= e)
    return FALSE;

  space = memchr (r, ' ', e - r);
  word->p = r;
  word->len = (space != NULL ? space : e) - r;
  *q = r + word->len;
  return TRUE;
}

static gboolean
word_in (const Word         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (ds_text_ascii_equal_nocase (word->p, word->len, list[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_dash_word (const Word *w)
{
  return ds_text_ascii_equal_nocase (w->p, w->len, "-") ||
         ds_text_ascii_equal_nocase (w->p, w->len, "--") ||
         ds_text_ascii_equal_nocase (w->p, w->len, "\xE2\x80\x93") ||
         ds_text_ascii_equal_nocase (w->p, w->len, "\xE2\x80\x94");
}

/* A word without the punctuation that a date puts around its parts:
 * "(Senin," "Maret," "Jan." "WIB)". */
static Word
date_core (const Word *word)
{
  Word core = *word;

  if (core.len > 1 && core.p[0] == '(')
    {
      core.p++;
      core.len--;
    }
  while (core.len > 1 && strchr (",;:)", core.p[core.len - 1]) != NULL)
    core.len--;
  if (core.len > 2 && core.p[core.len - 1] == '.')
    core.len--;

  return core;
}

static gboolean
is_month (const Word *w)
{
  static const char * const months[] = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "november", "desember",
    "january", "february", "march", "may", "june", "july", "august",
    "october", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "aug",
    "sep", "sept", "okt", "oct", "nov", "des", "dec",
  };

  return word_in (w, months, G_N_ELEMENTS (months));
}

/* Weekdays, time zones and the small words between a date's parts. */
/* "SGT", "JST", "CET", "AEST": a time zone's abbreviation. */
static gboolean
is_zone_abbreviation (const char *p,
                      gsize       len)
{
  return len >= 3 && len <= 4 && p[len - 1] == 'T' && g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) &&
         g_ascii_isupper (p[len - 2]);
}

static gboolean
is_date_filler (const Word *w)
{
  static const char * const fillers[] = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
    "minggu", "ahad", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "wib", "wita", "wit", "gmt", "utc", "am", "pm", "a.m",
    "p.m", "pukul", "jam", "at", "on", "pada", "tanggal", "|", "-", "/",
    "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x80\xA2",
    /* "Published on 3 May 2024 | Updated 4 May 2024" */
    "published", "updated", "posted", "last", "diterbitkan", "dipublikasikan",
    "diperbarui", "diunggah", "terbit", "terakhir",
  };

  if (is_zone_abbreviation (w->p, w->len))
    return TRUE;
  if (w->len > 3 && (ds_ascii_strncasecmp (w->p, "gmt", 3) == 0 ||
                     ds_ascii_strncasecmp (w->p, "utc", 3) == 0) &&
      (w->p[3] == '+' || w->p[3] == '-'))
    return TRUE;

  return word_in (w, fillers, G_N_ELEMENTS (fillers));
}

/* Whether any of the bytes @set is in [@p, @p + @len). */
static gboolean
strpbrk_len (const char *p,
             gsize       len,
             const char *set)
{
  for (gsize i = 0; i < len; i++)
    if (strchr (set, p[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Digit runs separated by @seps; returns how many, or 0 if anything else
 * is in the word. */
static guint
count_number_parts (const Word *w,
                    const char *seps)
{
  guint parts = 1;
  gsize run = 0;

  for (gsize i = 0; i < w->len; i++)
    {
      if (g_ascii_isdigit (w->p[i]))
        run++;
      else if (strchr (seps, w->p[i]) != NULL && run > 0 && run <= 4)
        {
          parts++;
          run = 0;
        }
      else
        return 0;
    }

  return run > 0 && run <= 4 ? parts : 0;
}

typedef struct {
  guint months;
  guint numbers;                /* days and years */
  guint dates;                  /* "12/03/2024", "2024-03-12" */
  guint words;
} DateParts;

/* Sorts one word into @parts; FALSE when it belongs in no date. */
static gboolean
add_date_word (const Word *word,
               DateParts  *parts)
{
  Word core = date_core (word);
  guint dashed = count_number_parts (&core, "/-");
  guint dotted = count_number_parts (&core, ".:");

  parts->words++;
  if (is_month (&core))
    parts->months++;
  else if (dashed == 1)
    parts->numbers++;
  else if (dashed == 3 || dotted == 3)
    parts->dates++;
  else if (dotted != 2 && !is_date_filler (&core))  /* 2: "10:30", "10.30" */
    return FALSE;

  return TRUE;
}

/* The words [q, e) are a date and nothing else: "Senin, 12 Maret 2024
 * 10:30 WIB", "March 12, 2024", "12/03/2024". */
static gboolean
is_date (const char *q,
         const char *e)
{
  DateParts parts = { 0 };
  Word word;

  while (next_word (&q, e, &word))
    if (parts.words >= 16 || !add_date_word (&word, &parts))
      return FALSE;

  return (parts.months > 0 && parts.numbers > 0) || parts.dates > 0;
}

/* A date ends in a year, a day, a time or a time zone: most lines can be
 * told from one at their last byte. */
static gboolean
ends_like_date (const char *s,
                gsize       len)
{
  static const char * const zones[] = { "wib", "wita", "wit", "gmt", "utc", "am", "pm" };
  const char *w;

  while (len > 0 && s[len - 1] == ')')
    len--;
  if (len == 0)
    return FALSE;
  if (g_ascii_isdigit (s[len - 1]))
    return TRUE;

  w = s + len;
  while (w > s && w[-1] != ' ')
    w--;
  for (gsize i = 0; i < G_N_ELEMENTS (zones); i++)
    if (ds_text_ascii_equal_nocase (w, s + len - w, zones[i]))
      return TRUE;

  return is_zone_abbreviation (w, s + len - w);
}

/* "Diperbarui 12 Maret 2024", "Published on: March 12, 2024",
 * "Kompas.com - 12/03/2024, 10:30 WIB": what comes before the date. */
static gboolean
is_publication_line (const char *s,
                     gsize       len)
{
  static const char * const labels[] = {
    "published", "posted", "updated", "last updated", "diterbitkan",
    "dipublikasikan", "diperbarui", "terakhir diperbarui", "diunggah",
    "diposting", "terbit",
  };
  const char *e = s + len;
  const char *q = s;
  Word word;

  if (len > DATE_MAX_BYTES || !ends_like_date (s, len))
    return FALSE;
  if (is_date (s, e))
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gsize n = strlen (labels[i]);

      if (len > n && ds_ascii_strncasecmp (s, labels[i], n) == 0 &&
          (s[n] == ' ' || s[n] == ':') && is_date (s + n + 1, e))
        return TRUE;
    }

  /* "Guest lecture, 2 February 2026", "Jakarta, 12 Maret 2024": a place
   * or an occasion of at most four words, a comma, a date. */
  for (guint i = 0; i < 4 && next_word (&q, e, &word); i++)
    if (word.p[word.len - 1] == ',')
      {
        if (is_date (q, e))
          return TRUE;
        break;
      }
  q = s;

  /* An outlet before a dash or bar, in at most three words. */
  for (guint i = 0; i < 4 && next_word (&q, e, &word); i++)
    if (is_dash_word (&word) || ds_text_ascii_equal_nocase (word.p, word.len, "|"))
      return i > 0 && is_date (q, e);

  return FALSE;
}

#define JOURNAL_MAX_BYTES 200
#define CONTACT_MAX_WORDS 15

/* "Fakultas Hukum, Universitas …, nama@kampus.ac.id": a short line with
 * an e-mail address is who wrote the text and where to reach them. */
static gboolean
is_contact_line (const char *s,
                 gsize       len)
{
  const char *q = s;
  const char *e = s + len;
  gboolean mail = FALSE;
  guint words = 0;
  Word word;

  if (len > JOURNAL_MAX_BYTES || memchr (s, '@', len) == NULL)
    return FALSE;
  while (next_word (&q, e, &word))
    {
      const char *at = memchr (word.p, '@', word.len);

      words++;
      mail |= at != NULL && at > word.p && memchr (at, '.', word.p + word.len - at) != NULL;
    }
  return mail && words <= CONTACT_MAX_WORDS;
}

/* "Jurnal Kajian Diplomasi Vol. 7 No. 2 (2023), hlm. 45-61": a volume
 * with its number and an issue or pages. */
static gboolean
is_journal_line (const char *s,
                 gsize       len)
{
  static const char * const volumes[] = { "vol.", "vol", "volume" };
  static const char * const parts[] = {
    "no.", "no", "nomor", "issue", "hlm.", "hal.", "halaman", "pp.", "pages",
  };
  const char *q = s;
  const char *e = s + len;
  gboolean volume = FALSE, part = FALSE;
  Word word, next;

  if (len > JOURNAL_MAX_BYTES)
    return FALSE;
  while (next_word (&q, e, &word))
    {
      const char *r = q;
      gboolean numbered = next_word (&r, e, &next) && g_ascii_isdigit (next.p[0]);

      volume |= numbered && word_in (&word, volumes, G_N_ELEMENTS (volumes));
      part |= volume && numbered && word_in (&word, parts, G_N_ELEMENTS (parts));
    }
  return volume && part;
}

#define STUDENT_ID_MAX_BYTES 160
#define STUDENT_ID_MIN_DIGITS 4

/* A byte of a student's number: a digit, '-' or '.'. */
static inline gboolean
id_number_byte (char c)
{
  return g_ascii_isdigit (c) || c == '-' || c == '.';
}

/* The phrases of the list @name of both shipped languages, Indonesian's
 * first: the language of a line asked here is not known yet. One walk
 * for every loop over a phrase list below (phrases_init(), then
 * phrases_next() until NULL; phrases_rewind() walks them again). */
typedef struct {
  const char * const *list[2];
  const char * const *at;       /* the next phrase */
  guint               lang;     /* of @at */
} Phrases;

static void
phrases_rewind (Phrases *phrases)
{
  phrases->at = phrases->list[0];
  phrases->lang = 0;
}

static void
phrases_init (Phrases    *phrases,
              const char *name)
{
  for (guint l = 0; l < G_N_ELEMENTS (phrases->list); l++)
    phrases->list[l] = ds_lang_get_shipped_phrases (l, name);
  phrases_rewind (phrases);
}

/* phrases_init(), for a walk that wants only the phrases opening on the
 * byte @c (ASCII letters lowered): a language none of whose phrases do
 * is left out. */
static void
phrases_init_opening (Phrases    *phrases,
                      const char *name,
                      char        c)
{
  for (guint l = 0; l < G_N_ELEMENTS (phrases->list); l++)
    phrases->list[l] = ds_lang_get_shipped_phrases_opening (l, name, c);
  phrases_rewind (phrases);
}

static inline const char *
phrases_next (Phrases *phrases)
{
  while (*phrases->at == NULL)
    {
      if (phrases->lang + 1 >= G_N_ELEMENTS (phrases->list))
        return NULL;
      phrases->at = phrases->list[++phrases->lang];
    }
  return *phrases->at++;
}

/* "Rina Sulastri, Student ID 2210456", "Dimas Prakoso — NIM 2210456 —
 * Kelas B": a short line that gives a student's number after its label
 * (the phrase list student_id_label) says who handed the paper in; it
 * is no heading, no term and no claim. */
static gboolean
is_student_id_line (const char *s,
                    gsize       len)
{
  const char *e = s + len;
  Phrases phrases;
  guint run = 0, longest = 0;

  if (len > STUDENT_ID_MAX_BYTES)
    return FALSE;
  /* Most short lines hold no number this long: one cheap pass before
   * the phrase lists are tried at every word. A run of digits, '-' and
   * '.' with enough digits is at least that long, so only every so many
   * bytes is looked at until one of a run is met, and that run read
   * whole. */
  for (gsize i = STUDENT_ID_MIN_DIGITS - 1; i < len && longest < STUDENT_ID_MIN_DIGITS;)
    {
      gsize a = i;

      if (!id_number_byte (s[i]))
        {
          i += STUDENT_ID_MIN_DIGITS;
          continue;
        }
      while (a > 0 && id_number_byte (s[a - 1]))
        a--;
      for (run = 0; a < len && id_number_byte (s[a]); a++)
        run += g_ascii_isdigit (s[a]) != 0;
      longest = MAX (longest, run);
      i = a + STUDENT_ID_MIN_DIGITS;
    }
  if (longest < STUDENT_ID_MIN_DIGITS || ds_text_ends_statement (s, len))
    return FALSE;
  phrases_init (&phrases, "student_id_label");
  for (const char *p = s; p < e; p++)
    {
      const char *label;

      if (p > s && g_ascii_isalnum (p[-1]))
        continue;
      for (phrases_rewind (&phrases); (label = phrases_next (&phrases)) != NULL;)
        {
          gsize n;
          const char *q;
          guint digits = 0;

          /* The first byte before the entry is measured. */
          if (ds_ascii_tolower (*p) != ds_ascii_tolower (label[0]))
            continue;
          n = strlen (label);
          q = p + n;
          if ((gsize) (e - p) <= n || ds_ascii_strncasecmp (p, label, n) != 0 || g_ascii_isalnum (*q))
            continue;
          while (q < e && (*q == ' ' || *q == ':' || *q == '.' || *q == '#'))
            q++;
          for (; q < e && id_number_byte (*q); q++)
            digits += g_ascii_isdigit (*q) != 0;
          if (digits >= STUDENT_ID_MIN_DIGITS && (q == e || !g_ascii_isalpha (*q)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether [@s, @s + @len) opens with "label:" for a label of the phrase
 * list @name of either language (a text's language is not known yet). */
static gsize
label_in_list_length (const char *s,
                      gsize       len,
                      const char *name)
{
  const char *colon = memchr (s, ':', len);
  const char *label;
  Phrases phrases;

  /* Asked of most lines: one without a colon has no label, and a label
   * of n bytes has its colon at n or n + 1. */
  if (colon == NULL)
    return 0;
  for (phrases_init_opening (&phrases, name, s[0]); (label = phrases_next (&phrases)) != NULL;)
    {
      gsize n;

      /* A label that differs at its first byte is no label of the
       * line, told before it is measured. */
      if (label[0] != '\0' && ds_ascii_tolower (s[0]) != ds_ascii_tolower (label[0]))
        continue;
      n = strlen (label) + 1 < (gsize) (colon - s) ? 0 : ds_text_label_length (s, len, label);

      if (n > 0)
        return n;
    }
  return 0;
}

static gboolean
has_label_in_list (const char *s,
                   gsize       len,
                   const char *name)
{
  return label_in_list_length (s, len, name) > 0;
}

/* "Oleh: …", "Penulis: …", "Sumber: …", "Foto: …" */
static gboolean
is_labelled_line (const char *s,
                  gsize       len)
{
  static const char * const labels[] = {
    "oleh", "penulis", "editor", "reporter", "pewarta", "penyunting",
    "redaktur", "kontributor", "fotografer", "author", "authors", "writer",
    "written by", "ditulis oleh", "sumber", "source", "sources", "foto",
    "photo", "image", "gambar", "ilustrasi", "sumber foto",
    "sumber gambar", "photo credit", "kredit foto",
    /* The front matter of journal articles and student papers. */
    "diterima", "direvisi", "disetujui", "received", "revised", "accepted",
    "korespondensi", "correspondence", "corresponding author", "email",
    "e-mail", "surel", "kata kunci", "keywords", "key words", "doi", "issn",
    "e-issn", "p-issn", "nim", "npm", "nrp", "student id", "student number",
    "nama", "name", "dosen", "dosen pengampu", "pengampu", "lecturer",
    "instructor", "course", "mata kuliah", "matakuliah", "kelas",
    "program studi", "prodi", "jurusan", "fakultas", "faculty", "afiliasi",
    "affiliation", "diakses", "accessed", "cara mengutip", "how to cite",
    /* Blog and news furniture, lecture notes' header. */
    "tags", "tag", "label", "kategori", "category", "categories", "topik",
    "tanggal", "date", "hari/tanggal", "waktu", "pertemuan", "kode", "kode mk",
    /* Handouts: who to ask and where. */
    "kontak", "narahubung", "contact", "contact person", "office hours", "jam konsultasi",
    /* An editor's word on the article, a deadline. */
    "catatan redaksi", "catatan editor", "catatan penyunting", "editor's note", "editor\u2019s note",
    "editors' note", "editorial note", "note from the editor", "tenggat", "batas pengumpulan",
    "deadline", "due date", "due",
  };

  /* Every label ends in a colon early in the line. */
  if (len > LABEL_MAX_BYTES || memchr (s, ':', MIN (len, LABEL_COLON_BYTES)) == NULL)
    return FALSE;

  /* (The labels are lower case: most differ at the first byte, tested
   * here before the call.) */
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (ds_ascii_tolower (s[0]) == labels[i][0] && ds_text_label_length (s, len, labels[i]) > 0)
      return TRUE;

  return has_label_in_list (s, len, "metadata_label");
}

static gboolean
starts_upper (const Word *w)
{
  return g_unichar_isupper (g_utf8_get_char (w->p));
}

#define PEOPLE_MAX_WORDS 16

/* "Chair: Ambassador Ilse Marquardt", "Narasumber: Yuni Astuti, Bambang
 * Setiadi": who took part, a label of the list "people_label" and names
 * only (every word capitalised but "dan", "and", "&"). "MODERATOR:
 * Terima kasih." is a turn of a transcript. */
static gboolean
is_people_line (const char *s,
                gsize       len)
{
  gsize n = len <= LABEL_MAX_BYTES ? label_in_list_length (s, len, "people_label") : 0;
  const char *q = s + n;
  guint words = 0;
  Word word;

  if (n == 0 || ds_text_ends_statement (s, len))
    return FALSE;
  while (next_word (&q, s + len, &word))
    if (++words > PEOPLE_MAX_WORDS ||
        (!starts_upper (&word) && !ds_text_ascii_equal_nocase (word.p, word.len, "dan") &&
         !ds_text_ascii_equal_nocase (word.p, word.len, "and") && !ds_text_ascii_equal_nocase (word.p, word.len, "&")))
      return FALSE;
  return words > 0;
}

/* After "Interview by ", "Wawancara oleh ": a phrase of the list @name of
 * either language and a space opening [@s, @s + @len); NULL when none
 * does. */
static const char *
after_phrase_in_list (const char *s,
                      gsize       len,
                      const char *name)
{
  const char first = len > 0 ? ds_ascii_tolower (s[0]) : '\0';
  const char *phrase;
  Phrases phrases;

  if (len == 0)
    return NULL;
  for (phrases_init_opening (&phrases, name, first); (phrase = phrases_next (&phrases)) != NULL;)
    {
      gsize phrase_len, n;

      /* Most lines differ at the first byte (phrases are lower case). */
      if (first != phrase[0])
        continue;
      phrase_len = n = strlen (phrase);
      /* "Like this article? 120 likes" */
      if (n + 1 < len && (s[n] == '?' || s[n] == '!' || s[n] == ':' || s[n] == '\0') && s[n + 1] == ' ')
        n++;
      if (n < len && s[n] == ' ' && ds_ascii_strncasecmp (s, phrase, phrase_len) == 0)
        return s + n + 1;
    }
  return NULL;
}

static guint count_words (const char *s,
                          gsize       len,
                          guint       limit);

/* "Oleh Budi Santoso", "By Jane Doe and John Roe": a name, every word
 * capitalised, after "Oleh", "By", "Ditulis oleh" or "Written by"; where
 * the names start, or NULL. */
static const char *
byline_names (const char *s,
              gsize       len)
{
  static const char * const openers[] = {
    "Oleh ", "By ", "Ditulis oleh ", "Written by ", "Posted by ", "Diposting oleh ",
  };
  static const char * const joiners[] = { "dan", "and", "&", "," };
  /* "Prepared by the Regional Security Programme": a body's name after
   * an opener of the list byline_opener may hold these in lower case. */
  static const char * const particles[] = { "the", "of", "for", "on", "and", "dan", "untuk", "bagi" };
  const char *e = s + len;
  const char *q = NULL, *names;
  gboolean body = FALSE;
  guint n = 0, upper = 0;
  Word word;

  if (len > BYLINE_MAX_BYTES)
    return NULL;
  /* The line is not NUL-terminated: compare within it; only a line that
   * starts with an opener's capital is compared. */
  for (gsize i = 0; i < G_N_ELEMENTS (openers) && q == NULL && len > 0 && g_ascii_isupper (s[0]); i++)
    if (s[0] == openers[i][0] && strlen (openers[i]) < len && memcmp (s, openers[i], strlen (openers[i])) == 0)
      q = s + strlen (openers[i]);
  if (q == NULL)
    body = (q = after_phrase_in_list (s, len, "byline_opener")) != NULL;
  /* "Student essay — INTR 2305 — Submitted by Laila Pramesti": the
   * byline is the last part of a line of parts set apart by dashes. */
  if (q == NULL && !ds_text_ends_statement (s, len))
    {
      const char *dash = NULL;

      /* (The dash's lead byte looked for, not the spaced dash at every byte.) */
      for (const char *p = s; (p = memchr (p, 0xE2, e - p)) != NULL; p++)
        if (p > s && p + 4 < e && memcmp (p - 1, " \xe2\x80\x94 ", 5) == 0)
          dash = p + 4;
      if (dash != NULL && dash > s + 5)
        return byline_names (dash, e - dash);
    }
  if (q == NULL || ds_text_ends_statement (s, len))
    return NULL;

  names = q;
  while (next_word (&q, e, &word))
    {
      gboolean particle = body && word_in (&word, particles, G_N_ELEMENTS (particles));

      if (++n > (body ? 12u : 8u) || (!starts_upper (&word) && !particle && !word_in (&word, joiners, G_N_ELEMENTS (joiners))))
        return NULL;
      upper += starts_upper (&word);
      if (particle && upper == 0 && n > 1)
        return NULL;
      /* "Oleh Rahmat Siregar, peneliti Pusat Kajian Perairan": a role
       * after a name of two words or more is the byline's too. */
      if (n >= 2 && word.p[word.len - 1] == ',')
        return count_words (q, e - q, 8) <= 8 ? names : NULL;
    }

  return upper > 0 ? names : NULL;
}

static gboolean
is_byline (const char *s,
           gsize       len)
{
  return byline_names (s, len) != NULL;
}

/**
 * ds_text_byline_name:
 *
 * Returns: where the first name of the byline [@s, @s + @len) starts
 *   ("By Hannah Okafor" → "Hannah Okafor"), its length in *@name_len (up
 *   to a joiner or a comma), or NULL when the line is no byline.
 */
const char *
ds_text_byline_name (const char *s,
                     gsize       len,
                     gsize      *name_len)
{
  const char *name = byline_names (s, len), *q;
  Word word;

  *name_len = 0;
  if (name == NULL)
    return NULL;
  for (q = name; next_word (&q, s + len, &word) && starts_upper (&word);)
    {
      gboolean comma = word.p[word.len - 1] == ',';

      *name_len = word.p + word.len - comma - name;
      if (comma)
        break;
    }
  return *name_len > 0 ? name : NULL;
}

/**
 * ds_text_is_author_note:
 *
 * Returns: whether the paragraph [@s, @s + @len) is a note about the
 *   essay's author, not of the essay: it opens on the byline's name
 *   [@name, @name + @name_len) (if any) or on "Penulis adalah", "The
 *   author is" (the phrase list "author_note_opener") and is short
 *   ("Hannah Okafor teaches urban policy at …", "Penulis adalah dosen
 *   …").
 */
gboolean
ds_text_is_author_note (const char *s,
                        gsize       len,
                        const char *name,
                        gsize       name_len)
{
  if (len > AUTHOR_NOTE_MAX_BYTES)
    return FALSE;
  while (len > 0 && (*s == '*' || *s == '_'))
    s++, len--;
  if (name != NULL && name_len + 1 < len && memcmp (s, name, name_len) == 0 && s[name_len] == ' ')
    return g_ascii_islower (s[name_len + 1]);
  return after_phrase_in_list (s, len, "author_note_opener") != NULL;
}

static gboolean
is_photo_label (const char *s,
                gsize       len)
{
  static const char * const labels[] = {
    "foto", "photo", "image", "gambar", "ilustrasi", "sumber foto",
    "sumber gambar", "sumber", "source",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (ds_text_label_length (s, len, labels[i]) > 0)
      return TRUE;

  return FALSE;
}

static guint
count_words (const char *s,
             gsize       len,
             guint       limit)
{
  const char *q = s;
  guint n = 0;
  Word word;

  while (n <= limit && next_word (&q, s + len, &word))
    n++;

  return n;
}

/* Words a photographer's name may have after the agency's slash. */
#define CREDIT_MAX_WORDS 4

/* "… in Dubai on December 13, 2023. REUTERS/Amr Alfiky", "… di Bali.
 * ANTARA FOTO/Sigid Kurniawan": a caption that closes on the credit of a
 * photo, an agency in capitals, a slash and the photographer's name
 * right after a full stop. */
static gboolean
ends_on_photo_credit (const char *s,
                      gsize       len)
{
  const char *slash = memrchr (s, '/', len), *w, *q;
  guint words = 1;

  if (slash == NULL || slash + 1 >= s + len || !g_ascii_isupper (slash[1]))
    return FALSE;
  for (q = slash + 1; q < s + len; q++)
    words += *q == ' ';
  w = slash;
  while (w > s && w[-1] != ' ')
    w--;
  if (words > CREDIT_MAX_WORDS || slash - w < 2 || !ds_utf8_all_capitals (w, slash - w))
    return FALSE;
  /* ("ANTARA FOTO/…": the agency may take a second word in capitals.) */
  if (w - s > 3 && w[-2] != '.')
    {
      const char *v = w - 1;

      while (v > s && v[-1] != ' ')
        v--;
      if (v - s < 3 || !ds_utf8_all_capitals (v, w - 1 - v))
        return FALSE;
      w = v;
    }
  return w - s >= 3 && w[-1] == ' ' && w[-2] == '.';
}

/* "(Foto: ANTARA)" alone, or a short caption ending in "(Foto: …)". A
 * "(Sumber: …)" at the end of a sentence is a citation, not a caption. */
static gboolean
is_caption (const char *s,
            gsize       len)
{
  const char *open;

  if (len <= LABEL_MAX_BYTES && len > 3 && s[len - 1] != ')' && s[len - 1] != '.' &&
      ends_on_photo_credit (s, len) && count_words (s, len, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS)
    return TRUE;
  if (len > LABEL_MAX_BYTES || len < 3 || s[len - 1] != ')')
    return FALSE;
  if (s[0] == '(')
    return is_photo_label (s + 1, len - 2);

  open = memrchr (s, '(', len);
  if (open == NULL || count_words (s, len, CAPTION_MAX_WORDS) > CAPTION_MAX_WORDS)
    return FALSE;

  return ds_text_label_length (open + 1, s + len - open - 2, "foto") > 0 ||
         ds_text_label_length (open + 1, s + len - open - 2, "photo") > 0 ||
         ds_text_label_length (open + 1, s + len - open - 2, "image") > 0;
}

/* "14 Comments", "5 menit baca", "3 min read", "Waktu baca 6 menit",
 * "Reading time: 7 minutes": a counter of the page, after a label of the
 * phrase list reading_time_label or none. */
static gboolean
is_counter (const char *s,
            gsize       len)
{
  static const char * const units[] = {
    "comments", "comment", "komentar", "min", "mins", "minutes", "minute", "menit", "views", "dilihat",
    "shares", "kali",
  };
  const char *q = s;
  const char *after = after_phrase_in_list (s, len, "reading_time_label");
  Word number, unit;

  if (after != NULL)
    q = after;
  return next_word (&q, s + len, &number) && g_ascii_isdigit (number.p[0]) &&
         next_word (&q, s + len, &unit) && word_in (&unit, units, G_N_ELEMENTS (units)) &&
         count_words (q, s + len - q, 4) <= (after != NULL ? 0u : 1u);
}

/* The next bar, middle dot or (when @dashes) em or en dash between
 * spaces, in [@a, @e): what parts a page's furniture line ("Ratih
 * Kusumawardhani · 4 menit baca", "Ditulis oleh Nadia — 3 Maret 2025 —
 * Kategori: Opini"). */
static const char *
next_separator (const char *a,
                const char *e,
                gboolean    dashes,
                gsize      *sep_len)
{
  const char *bar = memchr (a, '|', e - a);
  const char *end = bar != NULL ? bar : e;

  /* Asked of most lines, which hold neither: memchr() finds the bar and
   * the dot's and dash's first byte faster than a look at every byte. */
  for (const char *q = memchr (a, 0xC2, end - a); q != NULL; q = memchr (q + 1, 0xC2, end - q - 1))
    if (q > a && q + 3 < e && q[-1] == ' ' && (guchar) q[1] == 0xB7 && q[2] == ' ')
      {
        end = bar = q;
        *sep_len = 2;
        break;
      }
  if (dashes)
    for (const char *q = memchr (a, 0xE2, end - a); q != NULL; q = memchr (q + 1, 0xE2, end - q - 1))
      if (q > a && q + 4 < e && q[-1] == ' ' && (guchar) q[1] == 0x80 &&
          ((guchar) q[2] == 0x94 || (guchar) q[2] == 0x93) && q[3] == ' ')
        {
          *sep_len = 3;
          return q;
        }
  if (bar != NULL && *bar == '|')
    *sep_len = 1;
  return bar;
}

static gboolean is_rubric_line (const char *s,
                                gsize       len);

/* A part of a dashed furniture line that is no furniture of its own
 * still may be a name ("Nadia Puspitasari", "Kompas", "ANTARA"): at most
 * four words, every one capitalised, no stop. */
static gboolean
is_name_part (const char *s,
              gsize       len)
{
  const char *q = s;
  guint n = 0;
  Word word;

  while (next_word (&q, s + len, &word))
    if (++n > 4 || !starts_upper (&word))
      return FALSE;
  return n > 0 && strchr (".!?", s[len - 1]) == NULL;
}

/* The parts of a line between its separators (next_separator()), how
 * many of them are furniture, and (dashed) how many are names. */
typedef struct {
  guint parts;
  guint furniture;
  guint names;
} Segments;

/* Counts the parts of [@s, @e) as a line parted by bars and dots
 * (@plain) and, when @dashed is not NULL, by dashes too (@dashed). Returns
 * whether a dash parted it: then @plain was counted at the wrong parts. */
static gboolean
count_segments (const char *s,
                const char *e,
                Segments   *plain,
                Segments   *dashed)
{
  const char *a = s;
  gboolean met_dash = FALSE;
  gsize sep_len;

  while (a < e)
    {
      const char *bar = next_separator (a, e, dashed != NULL, &sep_len);
      const char *b = bar != NULL ? bar : e;

      met_dash |= bar != NULL && sep_len == 3;
      while (a < b && *a == ' ')
        a++;
      while (b > a && b[-1] == ' ')
        b--;
      if (b > a)
        {
          gboolean part = is_labelled_line (a, b - a) || is_byline (a, b - a) || is_counter (a, b - a) ||
                          is_publication_line (a, b - a);

          plain->parts++;
          plain->furniture += part;
          if (dashed != NULL)
            {
              part = part || is_date (a, b) || is_rubric_line (a, b - a);
              dashed->parts++;
              dashed->furniture += part;
              dashed->names += !part && is_name_part (a, b - a);
            }
        }
      a = bar != NULL ? bar + sep_len : e;
    }
  return met_dash;
}

/* "Posted by admin | 14 Comments | Tags: …", "Penulis: Rizky | 5 menit
 * baca", "Ratih Kusumawardhani · 4 menit baca": parts between bars or dots, one of
 * them page furniture. Between dashes ("Ditulis oleh Nadia Puspitasari —
 * 3 Maret 2025 — Waktu baca 6 menit"), which also part a sentence's
 * aside, every part must be furniture or a name and two at least
 * furniture. A line with no dash has the same parts both ways, counted
 * in one pass. */
static gboolean
is_segmented_line (const char *s,
                   gsize       len)
{
  const char *e = s + len;
  Segments plain = { 0 }, dashed = { 0 };
  gsize sep_len;

  if (len > LABEL_MAX_BYTES || next_separator (s, e, TRUE, &sep_len) == NULL)
    return FALSE;
  if (count_segments (s, e, &plain, &dashed))
    {
      plain = (Segments) { 0 };
      count_segments (s, e, &plain, NULL);
    }
  return (plain.parts >= 2 && plain.furniture > 0) ||
         (dashed.parts >= 2 && dashed.furniture >= 2 && dashed.furniture + dashed.names == dashed.parts);
}

/**
 * ds_text_is_metadata:
 *
 * Returns: whether the cleaned line [@s, @s + @len) says who wrote the
 *   article, when it appeared, where its photo or text comes from: a
 *   byline, a publication date, a caption, a source
 */
/* "| Signed | 23 November 2001 |", "|---|---|": a Markdown table's row,
 * an infobox whose cells have no sentence to ask. */
static gboolean
is_table_row (const char *s,
              gsize       len)
{
  return len >= 3 && s[0] == '|' && s[len - 1] == '|';
}

/* "OPINI", "Editorial", "Analysis": the rubric a newspaper files the
 * piece under, on a line of its own above the title. */
static gboolean
is_rubric_line (const char *s,
                gsize       len)
{
  static const char * const rubrics[] = {
    "opini", "opinion", "editorial", "tajuk rencana", "kolom", "column", "analisis",
    "analysis", "komentar", "commentary", "op-ed", "berita", "news", "feature",
    "explainer", "wawancara", "interview", "resensi", "review", "esai", "essay",
    /* What kind of paper it is, over its title on a cover ("MAKALAH"). */
    "makalah", "tugas makalah", "makalah ilmiah", "paper", "term paper", "laporan",
    "transkrip", "transcript",
    /* A policy paper's series over its title: "KERTAS KEBIJAKAN". */
    "kertas kebijakan", "ringkasan kebijakan", "catatan kebijakan", "kertas posisi",
    "policy brief", "policy paper", "briefing paper", "issue brief", "position paper",
  };

  if (ds_text_is_release_label (s, len))
    return TRUE;
  if (len > 20)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (rubrics); i++)
    if (ds_text_ascii_equal_nocase (s, len, rubrics[i]))
      return TRUE;
  return FALSE;
}

#define RELEASE_MAX_BYTES 40
#define RELEASE_NUMBER_MAX_WORDS 4
#define EMBARGO_MAX_WORDS 12

/* Whether the whole of [@s, @s + @len) is a phrase of the list @name of
 * either language. */
static gboolean
is_phrase_in_list (const char *s,
                   gsize       len,
                   const char *name)
{
  const char *phrase;
  Phrases phrases;

  for (phrases_init_opening (&phrases, name, len > 0 ? s[0] : '\0'); (phrase = phrases_next (&phrases)) != NULL;)
    if (ds_text_ascii_equal_nocase (s, len, phrase))
      return TRUE;
  return FALSE;
}

/**
 * ds_text_is_release_label:
 *
 * Returns: whether the cleaned line [@s, @s + @len) says the text is a
 *   press release ("SIARAN PERS", "PRESS RELEASE", "FOR IMMEDIATE
 *   RELEASE")
 */
gboolean
ds_text_is_release_label (const char *s,
                          gsize       len)
{
  while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' '))
    len--;
  return len <= RELEASE_MAX_BYTES && is_phrase_in_list (s, len, "release_label");
}

/* "No. 045/HM/IX/2025", "Release No. 17/2026", "Nomor: SP-12/2025": a
 * number label, then a code with a digit and a slash or dash, in a few
 * words. */
static gboolean
is_release_number (const char *s,
                   gsize       len)
{
  const char *q = s;
  gboolean label = FALSE;
  guint words = 0;
  Word word, core;
  const char *last = len > 0 ? memrchr (s, ' ', len) : NULL;

  /* Most lines are longer: no word of theirs is looked up. (The code, the
   * line's last word, is read first for its slash or dash: it costs less
   * than counting.) */
  for (last = last != NULL ? last + 1 : s; last < s + len && *last != '/' && *last != '-'; last++)
    ;
  if (last >= s + len ||
      count_words (s, len, RELEASE_NUMBER_MAX_WORDS) > RELEASE_NUMBER_MAX_WORDS)
    return FALSE;
  while (next_word (&q, s + len, &word))
    {
      if (++words > RELEASE_NUMBER_MAX_WORDS)
        return FALSE;
      core = date_core (&word);
      if (is_phrase_in_list (core.p, core.len, "number_label"))
        label = TRUE;
      else if (label && q == s + len)
        return strpbrk_len (word.p, word.len, "0123456789") && strpbrk_len (word.p, word.len, "/-");
    }
  return FALSE;
}

#define FURNITURE_MAX_WORDS 12

/* "Follow us for more explainers", "Suka artikel ini? Bagikan",
 * "Like this article? 120 likes": what a web page asks of its reader. */
static gboolean
is_reader_call (const char *s,
                gsize       len)
{
  return len <= LABEL_MAX_BYTES &&
         (after_phrase_in_list (s, len, "reader_call") != NULL || is_phrase_in_list (s, len, "reader_call")) &&
         count_words (s, len, FURNITURE_MAX_WORDS) <= FURNITURE_MAX_WORDS;
}

/* Digits a student's number has at least when no label says what it is
 * ("Ahmad Fauzi (2201112001)"): more than a year or a page has. */
#define STUDENT_NUMBER_MIN_DIGITS 7
#define STUDENT_NAME_MAX_WORDS 5

/**
 * ds_text_is_name_number_line:
 *
 * Returns: whether the cleaned line [@s, @s + @len) is a name and a
 *   student's number alone ("Ahmad Fauzi (2201112001)", "Bunga Lestari -
 *   2201112014"), as a group's members are listed on a paper's cover
 */
gboolean
ds_text_is_name_number_line (const char *s,
                             gsize       len)
{
  const char *e = s + len, *q = s;
  guint words = 0, digits = 0;
  gboolean number = FALSE;
  Word word = { NULL, 0 };

  if (len > STUDENT_ID_MAX_BYTES || len == 0 || (e[-1] != ')' && !g_ascii_isdigit (e[-1])))
    return FALSE;
  while (!number && next_word (&q, e, &word))
    {
      number = word.p[0] == '(' || g_ascii_isdigit (word.p[0]) || is_dash_word (&word);
      if (!number && (!starts_upper (&word) || ++words > STUDENT_NAME_MAX_WORDS))
        return FALSE;
    }
  if (words < 2 || !number)
    return FALSE;
  q = word.p;
  if (is_dash_word (&word) && next_word (&q, e, &word))
    q = word.p;
  if (*q == '(')
    q++;
  for (; q < e && (g_ascii_isdigit (*q) || *q == '.' || *q == '-'); q++)
    digits += g_ascii_isdigit (*q) != 0;
  return digits >= STUDENT_NUMBER_MIN_DIGITS && (q == e || (*q == ')' && q + 1 == e));
}

#define COPYRIGHT_MAX_WORDS 30

/* "Copyright 2008 - 2024 PT. Kompas Cyber Media …", "© 2024 Reuters. All
 * rights reserved.", "Hak cipta dilindungi undang-undang": a page's
 * copyright notice (phrase list copyright_opener), whose names are the
 * publisher's. */
static gboolean
is_copyright_line (const char *s,
                   gsize       len)
{
  const char *after;

  /* (The words are counted only of a line that opens as a notice does:
   * most lines do not.) */
  if (len > LABEL_MAX_BYTES)
    return FALSE;
  if (len > 3 && memcmp (s, "\xC2\xA9 ", 3) == 0)
    return count_words (s, len, COPYRIGHT_MAX_WORDS) <= COPYRIGHT_MAX_WORDS;
  /* ("Hak cipta dilindungi oleh Konvensi Bern …", "Copyright lasts …"
   * are sentences: the notice gives its sign or its year at once.) */
  after = after_phrase_in_list (s, len, "copyright_opener");
  if (after == NULL || count_words (s, len, COPYRIGHT_MAX_WORDS) > COPYRIGHT_MAX_WORDS)
    return FALSE;
  if (s + len - after >= 2 && memcmp (after, "\xC2\xA9", 2) == 0)
    return TRUE;
  return s + len - after >= 4 && g_ascii_isdigit (after[0]) && g_ascii_isdigit (after[1]) &&
         g_ascii_isdigit (after[2]) && g_ascii_isdigit (after[3]);
}

/* "EMBARGOED UNTIL 09:00 CET, 4 March 2026", "Embargo hingga Senin, 3
 * Maret 2025 pukul 10.00 WIB". */
static gboolean
is_embargo_line (const char *s,
                 gsize       len)
{
  /* (The opener first: most lines have none, and counting their words
   * costs more.) */
  return len <= LABEL_MAX_BYTES && after_phrase_in_list (s, len, "embargo_opener") != NULL &&
         count_words (s, len, EMBARGO_MAX_WORDS) <= EMBARGO_MAX_WORDS;
}

/* Whether the word @w, a stop, comma or colon after it dropped, is in the
 * phrase list @name of either language. */
static gboolean
word_in_phrases (const Word *w,
                 const char *name)
{
  gsize len = w->len;

  while (len > 0 && strchr (".,:", w->p[len - 1]) != NULL)
    len--;
  return len > 0 && is_phrase_in_list (w->p, len, name);
}

/* Whether @w is a figure's number as a caption writes it: "3.", "3:",
 * "3.1", "3.1." — digits with a stop or a colon after or inside. */
static gboolean
is_caption_number (const Word *w)
{
  gboolean stop = FALSE;

  if (w->len == 0 || !g_ascii_isdigit (w->p[0]))
    return FALSE;
  for (gsize i = 1; i < w->len; i++)
    {
      if (w->p[i] == '.' || w->p[i] == ':')
        stop = TRUE;
      else if (!g_ascii_isdigit (w->p[i]))
        return FALSE;
    }
  return stop;
}

/* "Figure 3. Licence revenue of the members, 2010-2020", "Gambar 2:
 * Peta zona …", "Fig. 4 – …": a figure's caption — a label of the phrase
 * list furniture_caption_label, its number, then a stop, a colon or a
 * dash. "Figure 3 shows that …" is prose; a table's caption ("Tabel 1.
 * Empat negara pendiri") heads the rows under it. */
static gboolean
is_figure_caption (const char *s,
                   gsize       len)
{
  const char *q = s;
  const char *e = s + len;
  Word label, number, dash;

  if (len > LABEL_MAX_BYTES || !next_word (&q, e, &label) || !next_word (&q, e, &number) ||
      !g_ascii_isdigit (number.p[0]) || !word_in_phrases (&label, "furniture_caption_label"))
    return FALSE;
  if (is_caption_number (&number))
    return TRUE;
  return next_word (&q, e, &dash) && is_dash_word (&dash);
}

#define FOOTNOTE_MAX_BYTES 400

/* "1 See M. Tarai, Tuna and Power (Suva: USP Press, 2016), pp. 44-61.",
 * "(7) Smith, Trade Wars (London: Verso, 2019), pp. 44-61.", "[3] Ibid.,
 * hlm. 12": a footnote a PDF leaves under its page — a note's number
 * (alone, in brackets; @marked: the parser read it as the line's list
 * number already), then a note's opener (the phrase list
 * furniture_note_opener: see, lihat, ibid.) or a page cue with its page
 * (furniture_page_cue: pp., hlm.). */
/* Whether the bracket open before @year in [@s, @year) has a colon: "(Singapore:
 * Harbour Press, 2014)". */
static gboolean
publisher_bracket (const char *s,
                   const char *year)
{
  for (const char *p = year; p > s; p--)
    if (p[-1] == ':')
      {
        for (; p > s; p--)
          if (p[-1] == '(')
            return TRUE;
          else if (p[-1] == ')')
            return FALSE;
        return FALSE;
      }
    else if (p[-1] == '(' || p[-1] == ')')
      return FALSE;
  return FALSE;
}

/* The length of the superscript digit (¹ ² ³ ⁰ ⁴ … ⁹) at @p before @e,
 * else 0. */
static gsize
superscript_digit (const char *p,
                   const char *e)
{
  const guchar *u = (const guchar *) p;

  if (e - p >= 2 && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3))
    return 2;
  if (e - p >= 3 && u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9)))
    return 3;
  return 0;
}

/* "¹", "¹²": a note's number set in superscript. */
static gboolean
superscript_number (const Word *word)
{
  const char *p = word->p, *e = word->p + word->len;
  gsize n, digits = 0;

  while (p < e && (n = superscript_digit (p, e)) > 0)
    p += n, digits++;
  return p == e && digits > 0 && digits <= 3;
}

/* "[^1]:", "[^sumber]:": a Markdown footnote's definition, a note
 * whatever it says. */
static gboolean
markdown_note_label (const Word *word)
{
  return word->len >= 5 && word->p[0] == '[' && word->p[1] == '^' && word->p[word->len - 2] == ']' &&
         word->p[word->len - 1] == ':' && memchr (word->p + 2, ' ', word->len - 4) == NULL;
}

/* "x", "xiv.", "ii,": a page of a book's front matter, numbered in
 * lower-case roman numerals. */
static gboolean
roman_page (const Word *w)
{
  gsize n = strspn (w->p, "ivxlc");

  return n > 0 && n <= 6 && (n == w->len || (n + 1 == w->len && strchr (".,;", w->p[n]) != NULL));
}

gboolean
ds_text_is_footnote (const char *s,
                     gsize       len,
                     gboolean    marked)
{
  const char *q = s;
  const char *e = s + len;
  Word word, next;

  if (len > FOOTNOTE_MAX_BYTES)
    return FALSE;
  if (!marked)
    {
      gsize digits = 0, open = 0;

      if (!next_word (&q, e, &word))
        return FALSE;
      if (markdown_note_label (&word))
        return TRUE;
      open = word.p[0] == '(' || word.p[0] == '[';
      while (open + digits < word.len && g_ascii_isdigit (word.p[open + digits]))
        digits++;
      if ((digits == 0 || digits > 3 || open + digits + open != word.len ||
           (open && word.p[word.len - 1] != ')' && word.p[word.len - 1] != ']')) &&
          !superscript_number (&word))
        return FALSE;
    }
  if (!next_word (&q, e, &word))
    return FALSE;
  /* "Ibid.", "See M. Tarai, …", "Lihat Anand, …": the opener points at a
   * work or its author ("3 See how the council voted" is a sentence). */
  if (word_in_phrases (&word, "furniture_note_opener"))
    {
      const char *r = q;

      if (ds_ascii_strncasecmp (word.p, "ibid", 4) == 0 || ds_ascii_strncasecmp (word.p, "op.", 3) == 0 ||
          (next_word (&r, e, &next) && g_ascii_isupper (next.p[0])))
        return TRUE;
    }
  do
    {
      const char *r = q;

      /* "9 Hall, op. cit., 101.", "12 Sari, ibid.": a pointer back to a
       * work cited before; "14 https://…", "15 Lihat https://…": a web
       * address as the note. */
      if ((word_in_phrases (&word, "furniture_note_opener") && ds_ascii_strncasecmp (word.p, "op", 2) == 0 &&
           next_word (&r, e, &next) && ds_ascii_strncasecmp (next.p, "cit", 3) == 0) ||
          ds_ascii_strncasecmp (word.p, "ibid", 4) == 0 || ds_ascii_strncasecmp (word.p, "http", 4) == 0 ||
          ds_ascii_strncasecmp (word.p, "www.", 4) == 0)
        return TRUE;
      /* "(Singapore: Harbour Press, 2014), 88-90.": a place and a
       * publisher before the year, in brackets. */
      if (word.len >= 5 && word.p[4] == ')' && strspn (word.p, "0123456789") == 4 && publisher_bracket (s, word.p))
        return TRUE;
      r = q;
      if (!next_word (&r, e, &next) || !(g_ascii_isdigit (next.p[0]) || roman_page (&next)))
        continue;
      /* "pp. 44-61", "hlm. 12", "hlm. x" (a preface's page); a
       * journal's "(2015): 12-19". */
      if (word_in_phrases (&word, "furniture_page_cue") ||
          (word.len >= 6 && g_str_has_prefix (word.p + word.len - 2, "):") && g_ascii_isdigit (word.p[word.len - 3])))
        return TRUE;
    }
  while (next_word (&q, e, &word));
  return FALSE;
}

#define AFFILIATION_MAX_WORDS 14

/* "Senior Fellow, Institute for Riverine Studies", "Dosen Hubungan
 * Internasional, Universitas Mindanao": the author's post and where they
 * hold it, under the byline — a post of the phrase list furniture_post
 * in its first two words, a comma, then a word of furniture_institution;
 * no stop at its end. */
static gboolean
is_affiliation_line (const char *s,
                     gsize       len)
{
  const char *q = s;
  const char *e = s + len;
  const char *comma;
  Word word;
  guint n = 0;
  gboolean post = FALSE, institution = FALSE;

  /* (The comma is looked for in short lines only: a paragraph is none.) */
  if (len > LABEL_MAX_BYTES || (comma = memchr (s, ',', len)) == NULL || s[len - 1] == '.' ||
      !g_ascii_isupper (s[0]))
    return FALSE;
  while (next_word (&q, e, &word))
    {
      if (++n > AFFILIATION_MAX_WORDS)
        return FALSE;
      if (word.p < comma && n <= 2)
        post |= word_in_phrases (&word, "furniture_post");
      /* (Without a post, or with the institution found, the words are
       * only counted.) */
      else if (word.p > comma && post && !institution)
        institution = word_in_phrases (&word, "furniture_institution");
    }
  return post && institution;
}

#define RANGE_CAPTION_MAX_WORDS 20

/* Whether @w is a span of years, "2014-2022", "2012–2020" (a comma after
 * it aside). */
static gboolean
is_year_span (const Word *w)
{
  gsize len = w->len - (w->len > 0 && w->p[w->len - 1] == ',');

  if (len < 9 || strspn (w->p, "0123456789") != 4)
    return FALSE;
  if (w->p[4] == '-' && len == 9)
    return strspn (w->p + 5, "0123456789") == 4;
  if (len == 11 && memcmp (w->p + 4, "\xE2\x80\x93", 3) == 0)
    return strspn (w->p + 7, "0123456789") == 4;
  return FALSE;
}

/* "Cargo through northern ports, 2014-2022 (share of total, %)",
 * "Tangkapan ikan per negara, 2012-2020 (persen dari total)": a chart's
 * caption without its "Figure N" label — a span of years, then the unit
 * in brackets that ends the line; no sentence ends so. */
static gboolean
is_range_caption (const char *s,
                  gsize       len)
{
  const char *q = s;
  const char *open;
  Word word;
  guint n = 0;
  gboolean span = FALSE;

  if (len > LABEL_MAX_BYTES || len < 12 || s[len - 1] != ')' || (open = g_strrstr_len (s, len, "(")) == NULL ||
      open == s)
    return FALSE;
  while (next_word (&q, open, &word))
    {
      if (++n > RANGE_CAPTION_MAX_WORDS)
        return FALSE;
      span = is_year_span (&word);
    }
  return span;
}

#define SERIES_MAX_WORDS 14

/* "Arctic Shipping Review, 2014-2022 NPI Paper No. 9", "Tinjauan
 * Perikanan, 2012-2020 Kertas Kerja No. 4": a running head or footer that
 * names the paper's series and number — no stop at its end, a word of the
 * phrase list furniture_series (paper, series, kertas, seri …) among its
 * last four, then "No."/"Nomor" and a number that end the line. */
static gboolean
is_series_line (const char *s,
                gsize       len)
{
  const char *q = s;
  const char *e = s + len;
  Word words[SERIES_MAX_WORDS];
  guint n = 0;

  if (len > LABEL_MAX_BYTES || len < 8 || !g_ascii_isdigit (s[len - 1]))
    return FALSE;
  while (n < SERIES_MAX_WORDS && next_word (&q, e, &words[n]))
    n++;
  if (n < 4 || next_word (&q, e, &words[0]) ||
      !(ds_text_ascii_equal_nocase (words[n - 2].p, words[n - 2].len, "no.") ||
        ds_text_ascii_equal_nocase (words[n - 2].p, words[n - 2].len, "no") ||
        ds_text_ascii_equal_nocase (words[n - 2].p, words[n - 2].len, "nomor")) ||
      strspn (words[n - 1].p, "0123456789") != words[n - 1].len)
    return FALSE;
  /* "Policy Brief No. 14" alone is a title; the footer names its
   * paper before the series, with its years or after a comma. */
  for (guint i = n - 2; i-- > 1 && i + 6 >= n;)
    if (word_in_phrases (&words[i], "furniture_series"))
      for (guint k = 0; k < i; k++)
        if (words[k].p[words[k].len - 1] == ',' || is_year_span (&words[k]) ||
            (words[k].len == 4 && strspn (words[k].p, "0123456789") == 4))
          return TRUE;
  return FALSE;
}

#define ABOUT_LABEL_MAX_WORDS 4
#define FORMULA_MAX_WORDS 12

/* "About the Centre: The Centre … is an independent institute",
 * "Tentang Penulis: Bagus adalah peneliti …": boilerplate about who sends
 * or wrote the text, a label of "About"/"Tentang" (the list about_label)
 * and a few words, then the blurb; never a claim of the text. */
static gboolean
is_about_line (const char *s,
               gsize       len)
{
  const char *rest = len <= LABEL_MAX_BYTES ? after_phrase_in_list (s, len, "about_label") : NULL;
  const char *q = rest;
  guint words = 0;
  Word word;

  if (rest == NULL)
    return FALSE;
  while (next_word (&q, s + len, &word) && ++words <= ABOUT_LABEL_MAX_WORDS)
    if (word.p[word.len - 1] == ':')
      return q < s + len;
  return FALSE;
}

/* "Rapat ditutup pukul 11.30 WIB.", "The meeting was adjourned at
 * 16:05.": the formula that opens or closes minutes (the list
 * meeting_formula), alone on its line; the hour is no fact to learn. */
static gboolean
is_meeting_formula (const char *s,
                    gsize       len)
{
  return len <= LABEL_MAX_BYTES && after_phrase_in_list (s, len, "meeting_formula") != NULL &&
         count_words (s, len, FORMULA_MAX_WORDS) <= FORMULA_MAX_WORDS;
}

/**
 * ds_text_is_bold_line:
 *
 * Returns: whether the cleaned line [@s, @s + @len) is set in bold whole
 *   ("**Kemlu Luncurkan Pusat Diplomasi Digital**"), as a headline is
 */
gboolean
ds_text_is_bold_line (const char *s,
                      gsize       len)
{
  return len > 4 && len <= DATE_MAX_BYTES && s[0] == '*' && s[1] == '*' && s[len - 1] == '*' && s[len - 2] == '*' &&
         g_strstr_len (s + 2, len - 4, "**") == NULL;
}

#define FIELD_VALUE_MAX_WORDS 8

/**
 * ds_text_is_field_value:
 *
 * Returns: whether the "Label: value" line [@s, @s + @len) has the value
 *   a form's field has: a few words, no sentence ("Peserta: 14 orang
 *   (daftar terlampir)", "Present: 11 delegations"; not "Kesimpulan:
 *   Diplomasi digital menuntut diplomat yang cakap membaca data.")
 */
gboolean
ds_text_is_field_value (const char *s,
                        gsize       len)
{
  const char *colon = memchr (s, ':', MIN (len, LABEL_COLON_BYTES + 8));
  const char *value;

  if (colon == NULL || len > LABEL_MAX_BYTES)
    return FALSE;
  value = colon + 1;
  while (value < s + len && (*value == ' ' || *value == '*'))
    value++;
  return value < s + len && strchr (".!?", s[len - 1]) == NULL &&
         count_words (value, s + len - value, FIELD_VALUE_MAX_WORDS) <= FIELD_VALUE_MAX_WORDS;
}

#define ISSN_LINE_MAX_BYTES 100
#define SALUTATION_MAX_WORDS 20

/* "Yang saya hormati, Kepala Badan Siber dan Sandi Negara;", "Para
 * pimpinan tim tanggap insiden siber dari sebelas negara kawasan;",
 * "Hadirin sekalian,", "Excellencies, ladies and gentlemen,": a speech's
 * address to its audience, a line of its own that closes on a comma or
 * a semicolon — an opener of the phrase list salutation_opener, or a
 * group named after "Para" before a semicolon, as a list of those
 * addressed goes on. */
static gboolean
is_salutation_line (const char *s,
                    gsize       len)
{
  char last = len > 0 ? s[len - 1] : '\0';
  const char *opener;
  Phrases phrases;

  /* (Asked of every line: most end on a stop.) */
  if ((last != ',' && last != ';') || count_words (s, len, SALUTATION_MAX_WORDS) > SALUTATION_MAX_WORDS)
    return FALSE;
  if (last == ';' && len > 5 && ds_ascii_strncasecmp (s, "para ", 5) == 0)
    return TRUE;
  for (phrases_init_opening (&phrases, "salutation_opener", s[0]); (opener = phrases_next (&phrases)) != NULL;)
    {
      gsize n = strlen (opener);

      if (n < len && ds_ascii_tolower (s[0]) == opener[0] && ds_ascii_strncasecmp (s, opener, n) == 0 &&
          !g_ascii_isalnum (s[n]))
        return TRUE;
    }
  return FALSE;
}

/* "#DiplomasiEkonomi #WTO @kemendag": a post's hashtags and mentions,
 * every word one. */
static gboolean
is_tags_line (const char *s,
              gsize       len)
{
  const char *q = s;
  Word w;

  if (len == 0 || (s[0] != '#' && s[0] != '@') || len > BYLINE_MAX_BYTES)
    return FALSE;
  while (next_word (&q, s + len, &w))
    if ((w.p[0] != '#' && w.p[0] != '@') || w.len < 2 || !g_ascii_isalnum (w.p[1]))
      return FALSE;
  return TRUE;
}

/* "p-ISSN 2301-1234 | e-ISSN 2580-5678": a journal's serial numbers. */
static gboolean
is_issn_line (const char *s,
              gsize       len)
{
  const char *e = s + len;

  if (len > ISSN_LINE_MAX_BYTES || g_strstr_len (s, len, "ISSN") == NULL)
    return FALSE;
  for (const char *p = s; p + 9 <= e; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[3]) && p[4] == '-' && g_ascii_isdigit (p[5]) &&
        g_ascii_isdigit (p[7]) && (g_ascii_isdigit (p[8]) || p[8] == 'X' || p[8] == 'x'))
      return TRUE;
  return FALSE;
}

/* "Prasetyo1", "Wulandari2,", "Santoso*": a surname with its
 * affiliation's number or mark glued to it — three lower-case letters
 * at least before it, so "G20" is none. */
static gboolean
marked_surname (const Word *w)
{
  gsize len = w->len, lower = 0, i;

  while (len > 0 && w->p[len - 1] == ',')
    len--;
  i = len;
  while (i > 0 && (g_ascii_isdigit (w->p[i - 1]) || w->p[i - 1] == '*' || w->p[i - 1] == ','))
    i--;
  if (i == len)
    {
      gsize n;

      while (i > 0 && (n = i >= 2 ? superscript_digit (w->p + i - 2, w->p + i) : 0) == 2)
        i -= n;
      while (i >= 3 && superscript_digit (w->p + i - 3, w->p + i) == 3)
        i -= 3;
      if (i == len)
        return FALSE;
    }
  for (gsize k = 0; k < i; k++)
    if (g_ascii_islower (w->p[k]))
      lower++;
    else if (!g_ascii_isalpha (w->p[k]) && w->p[k] != '\'' && w->p[k] != '-' && w->p[k] != '.')
      return FALSE;
  return lower >= 3;
}

#define MARKED_NAMES_MAX_WORDS 16
#define NAME_MAX_WORDS_MARKED 4

/* "Dimas Prasetyo1, Lestari Wulandari2", "Maya Lindqvist* and Tomas
 * Reyes": authors under an article's title, each name (two to four
 * capitalised words) closed by its affiliation's number or mark. */
static gboolean
is_marked_names_line (const char *s,
                      gsize       len)
{
  static const char * const joiners[] = { "dan", "and", "&" };
  const char *q = s;
  guint words = 0, in_name = 0, names = 0;
  Word w;

  if (len > BYLINE_MAX_BYTES)
    return FALSE;
  while (next_word (&q, s + len, &w))
    {
      if (++words > MARKED_NAMES_MAX_WORDS)
        return FALSE;
      if (word_in (&w, joiners, G_N_ELEMENTS (joiners)) && in_name == 0)
        continue;
      if (!starts_upper (&w) || ++in_name > NAME_MAX_WORDS_MARKED)
        return FALSE;
      if (marked_surname (&w))
        {
          if (in_name < 2)
            return FALSE;
          names++;
          in_name = 0;
        }
      else if (w.p[w.len - 1] == ',')
        return FALSE;
    }
  return names > 0 && in_name == 0;
}

/* "1Universitas Mindanao Raya, 2Institut Kajian …", "University of
 * Tasmania, Universidad de Valparaíso" (their '*' marks dropped): the
 * authors' affiliations — each part opening on its number glued to a
 * capital, or two parts at least, one holding a word of
 * furniture_institution; capitalised words but for the small ones of a
 * name, and no stop at its end. */
static gboolean
is_numbered_affiliation_line (const char *s,
                              gsize       len)
{
  static const char * const small[] = { "of", "for", "de", "del", "di", "dan", "and", "the", "la", "&" };
  const char *q = s;
  gboolean numbered = g_ascii_isdigit (s[0]), institution = FALSE;
  guint parts = 1, with_institution = 0;
  Word w;

  /* (Asked of every short line: most have no comma and no number at
   * their start.) */
  if (len > BYLINE_MAX_BYTES || (!numbered && memchr (s, ',', len) == NULL) || ds_text_ends_statement (s, len))
    return FALSE;
  /* "Pemenuhan … Indonesia." Tesis, Universitas": a wrapped line of a
   * reference, its title closed inside it; an affiliation has no stop
   * and no quotes. */
  if (!numbered && (memchr (s, '.', len) != NULL || memchr (s, '"', len) != NULL ||
                    g_strstr_len (s, len, "\xE2\x80\x9D") != NULL))
    return FALSE;
  while (next_word (&q, s + len, &w))
    {
      Word bare = w;

      if (g_ascii_isdigit (w.p[0]))
        {
          if (!numbered)
            return FALSE;
          while (bare.len > 0 && g_ascii_isdigit (bare.p[0]))
            bare.p++, bare.len--;
          if (bare.len == 0 || !g_ascii_isupper (bare.p[0]))
            return FALSE;
        }
      else if (!starts_upper (&bare))
        {
          if (!word_in (&bare, small, G_N_ELEMENTS (small)))
            return FALSE;
        }
      else
        institution |= word_in_phrases (&bare, "furniture_institution");
      if (bare.p[bare.len - 1] == ',' || q >= s + len)
        {
          with_institution += institution;
          institution = FALSE;
          parts += bare.p[bare.len - 1] == ',';
        }
    }
  return numbered ? with_institution > 0 : parts >= 2 && with_institution > 0;
}

#define FRONT_MATTER_MAX_WORDS 30
#define FRONT_MATTER_MAX_BYTES 240

/* "https://doi.org/10.1234/jkd.2024.07", "www.jurnal-kajian.ac.id": a
 * line that is one address and nothing else, as a journal prints its
 * article's DOI under its masthead; no title, no claim. */
static gboolean
is_link_line (const char *s,
              gsize       len)
{
  static const char * const openers[] = { "https://", "http://", "www.", "doi.org/", "doi:" };

  if (len == 0 || len > FRONT_MATTER_MAX_BYTES || memchr (s, ' ', len) != NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (openers); i++)
    if (len > strlen (openers[i]) && ds_ascii_strncasecmp (s, openers[i], strlen (openers[i])) == 0)
      return TRUE;
  return FALSE;
}

/* "pp. 41-58", "hlm. 114–131": a journal's page range on a line of its
 * own, as a masthead sets it under the volume. */
static gboolean
is_page_range_line (const char *s,
                    gsize       len)
{
  static const char * const labels[] = { "pp.", "hlm.", "hal.", "pages", "halaman" };
  const char *q = s;
  Word label, range;
  gboolean digit = FALSE;

  if (!next_word (&q, s + len, &label) || !word_in (&label, labels, G_N_ELEMENTS (labels)) ||
      !next_word (&q, s + len, &range) || q != s + len)
    return FALSE;
  for (const char *r = range.p; r < range.p + range.len; r++)
    {
      if (!g_ascii_isdigit (*r) && *r != '-' && !g_str_has_prefix (r, "\xE2\x80\x93"))
        return FALSE;
      if ((guchar) *r == 0xE2)
        r += 2;
      digit |= g_ascii_isdigit (*r);
    }
  return digit;
}

/**
 * ds_text_is_front_matter_line:
 *
 * Returns: whether the cleaned line [@s, @s + @len) says what a student
 *   paper was written for ("Disusun untuk memenuhi tugas mata kuliah …",
 *   "Prepared for the seminar …"), a line of its cover, or is one web
 *   or DOI address ("https://doi.org/…") or a journal's page range
 *   ("pp. 41-58"); the parser asks
 *   it of the lines before the first paragraph.
 */
/* "*Pusat Kajian Hubungan Internasional (PKHI)*", "_Centre for Maritime
 * Security Studies (CMSS)_": in emphasis before the first paragraph, a
 * line that is one institution's name (its first word of the phrase list
 * furniture_institution, its words capitalised or joints) and its acronym
 * in brackets is who published the paper, no term the paper explains. */
static gboolean
is_institution_byline (const char *s,
                       gsize       len)
{
  const char *open, *q = s, *e;
  guint n = 0;
  Word word;

  if (len < 6 || len > FRONT_MATTER_MAX_BYTES || s[len - 1] != ')' ||
      (open = g_strrstr_len (s, len, " (")) == NULL || s + len - open < 5)
    return FALSE;
  for (const char *c = open + 2; c < s + len - 1; c++)
    if (!g_ascii_isupper (*c) && *c != '-')
      return FALSE;
  e = open;
  while (next_word (&q, e, &word))
    {
      if (++n > AFFILIATION_MAX_WORDS)
        return FALSE;
      if (n == 1 ? !(starts_upper (&word) && word_in_phrases (&word, "furniture_institution"))
                 : !(starts_upper (&word) || word.len <= 5))
        return FALSE;
    }
  return n >= 2;
}

gboolean
ds_text_is_front_matter_line (const char *s,
                              gsize       len)
{
  gboolean emphasis = len > 0 && (s[0] == '*' || s[0] == '_');

  while (len > 0 && (s[0] == '*' || s[0] == '_'))
    s++, len--;
  while (len > 0 && (s[len - 1] == '*' || s[len - 1] == '_'))
    len--;
  if (is_link_line (s, len) || is_page_range_line (s, len) || (emphasis && is_institution_byline (s, len)))
    return TRUE;
  /* "Disusun untuk memenuhi tugas mata kuliah Politik Luar Negeri
   * Indonesia", "Prepared for the seminar \"Global Governance of
   * Cyberspace\" (INTL 4207), Semester 1": a student paper's cover line
   * saying what it was written for (the phrase list front_matter_opener),
   * no claim. Emphasis marks around it say nothing. */
  /* (A paragraph is long, and ends on a stop.) */
  return len > 0 && len <= FRONT_MATTER_MAX_BYTES && s[len - 1] != '.' &&
         after_phrase_in_list (s, len, "front_matter_opener") != NULL &&
         count_words (s, len, FRONT_MATTER_MAX_WORDS) <= FRONT_MATTER_MAX_WORDS;
}

/* "*Artikel ini diperbarui pada 15 Maret 2025 untuk menambahkan …*",
 * "This article was updated on 14 May 2025 to correct …", "Last updated
 * 2 June 2025 to add …": a line that says when or why the page was
 * updated or corrected (the phrase list update_note_opener) is the
 * page's record of itself, no claim of what it is about. */
static gboolean
is_update_note (const char *s,
                gsize       len)
{
  return len > 0 && len <= FRONT_MATTER_MAX_BYTES && after_phrase_in_list (s, len, "update_note_opener") != NULL &&
         count_words (s, len, FRONT_MATTER_MAX_WORDS) <= FRONT_MATTER_MAX_WORDS;
}

gboolean
ds_text_is_metadata (const char *s,
                     gsize       len)
{
  char plain[LABEL_MAX_BYTES + 1];

  /* "*Diperbarui 12 Februari 2026*", "**Mata kuliah:** Diplomasi
   * Digital": emphasis marks say nothing of what a line is. */
  if (len <= LABEL_MAX_BYTES && (memchr (s, '*', len) != NULL || (len > 0 && s[0] == '_')))
    {
      gsize n = 0;

      for (gsize i = 0; i < len; i++)
        if (s[i] != '*' && !(s[i] == '_' && (i == 0 || i + 1 == len || s[i - 1] == ' ' || s[i + 1] == ' ' ||
                                             s[i + 1] == ':')))
          plain[n++] = s[i];
      while (n > 0 && plain[0] == ' ')
        memmove (plain, plain + 1, --n);
      plain[n] = '\0';
      s = plain;
      len = n;
    }
  return is_table_row (s, len) || is_rubric_line (s, len) || is_labelled_line (s, len) || is_byline (s, len) ||
         is_tags_line (s, len) || is_salutation_line (s, len) ||
         is_people_line (s, len) || is_release_number (s, len) || is_embargo_line (s, len) ||
         is_reader_call (s, len) || is_copyright_line (s, len) || is_update_note (s, len) ||
         is_publication_line (s, len) || is_caption (s, len) || is_figure_caption (s, len) ||
         ds_text_is_footnote (s, len, FALSE) ||
         is_journal_line (s, len) || is_series_line (s, len) || is_range_caption (s, len) || is_affiliation_line (s, len) || is_contact_line (s, len) ||
         is_segmented_line (s, len) || is_student_id_line (s, len) || ds_text_is_name_number_line (s, len) ||
         is_about_line (s, len) || is_meeting_formula (s, len) ||
         is_issn_line (s, len) || is_marked_names_line (s, len) || is_numbered_affiliation_line (s, len);
}

/* ---- Authors under a title --------------------------------------------- */

#define NAMES_MAX_WORDS 12
#define NAME_MAX_WORDS 4

/**
 * ds_text_is_names_line:
 *
 * Returns: whether the cleaned line [@s, @s + @len) is people's names and
 *   nothing else ("Dimas Pratama, Lestari Ayu", "Maya Lindqvist and Tomas
 *   Reyes"): two names at least, each of two to four capitalised words. The
 *   parser asks it of the line under a title only, where a subtitle that
 *   happens to look so is no claim either.
 */
gboolean
ds_text_is_names_line (const char *s,
                       gsize       len)
{
  static const char * const joiners[] = { "dan", "and", "&" };
  const char *q = s;
  guint names = 0, in_name = 0, words = 0;
  Word word;

  if (len > BYLINE_MAX_BYTES || ds_text_ends_statement (s, len))
    return FALSE;
  while (next_word (&q, s + len, &word))
    {
      gboolean comma = word.p[word.len - 1] == ',';

      if (++words > NAMES_MAX_WORDS)
        return FALSE;
      if (word_in (&word, joiners, G_N_ELEMENTS (joiners)))
        {
          if (in_name < 2)
            return FALSE;
          names++;
          in_name = 0;
          continue;
        }
      if (!starts_upper (&word) || ++in_name > NAME_MAX_WORDS)
        return FALSE;
      if (comma && in_name < 2)
        return FALSE;
      if (comma)
        {
          names++;
          in_name = 0;
        }
    }
  return in_name >= 2 && names >= 1;
}

/* ---- Datelines --------------------------------------------------------- */

/* What the words before a dateline's dash are like. */
typedef struct {
  guint    n;
  gboolean all_caps;            /* every word: "JAKARTA", "NEW YORK" */
  gboolean caps;                /* some word: "JAKARTA", "CNN" */
  gboolean outlet;              /* "KOMPAS.com", "(ANTARA)", "(Reuters)" */
  gboolean comma;
} Prefix;

static gboolean
is_caps_word (const Word *w)
{
  return ds_utf8_all_capitals (w->p, w->len);
}

/* Adds a word before the dash; FALSE when it cannot be part of a
 * dateline (it is no name, or it ends a sentence or clause). */
static gboolean
add_prefix_word (const Word *w,
                 Prefix     *prefix)
{
  char last = w->p[w->len - 1];

  /* Names only: "Menurut laporan itu, JAKARTA –" is a sentence. */
  if (!starts_upper (w) && w->p[0] != '(')
    return FALSE;
  if (strchr (".!?:;", last) != NULL)
    return FALSE;

  prefix->n++;
  prefix->comma |= last == ',';
  prefix->caps |= is_caps_word (w);
  prefix->all_caps &= is_caps_word (w);
  prefix->outlet |= w->p[0] == '(' || g_strstr_len (w->p, w->len, ".co") != NULL;
  return TRUE;
}

/* Place and outlet: "JAKARTA, KOMPAS.com", "LONDON (Reuters)",
 * "Jakarta, CNN Indonesia", "KOMPAS.com", "JAKARTA". */
static gboolean
is_dateline_prefix (const Prefix *prefix,
                    gunichar      prose_start)
{
  if (prefix->n == 0)
    return FALSE;
  if (prefix->comma || prefix->outlet)
    return prefix->caps || prefix->outlet;

  /* A bare "JAKARTA –" must open a sentence, unlike "ASEAN – organisasi
   * …". */
  return prefix->all_caps && g_unichar_isupper (prose_start);
}

/**
 * ds_text_dateline_length:
 *
 * Returns: the bytes of the dateline that opens the cleaned line [@s, @s +
 *   @len) ("JAKARTA, KOMPAS.com – ", "LONDON (Reuters) — "), up to where
 *   the prose starts, or 0
 */
#define PLACE_MAX_WORDS 3

/* "Manado, 12 September 2025 – ", "Rotterdam, 4 March 2026 — ": a press
 * release's place and date before its dash; the date is the release's,
 * no fact to ask. Returns where the prose starts, or 0. */
static gsize
place_date_length (const char *s,
                   gsize       len)
{
  const char *e = s + len;
  const char *q = s;
  const char *date = NULL;
  const char *outlet = NULL;
  guint words = 0;
  Word word;

  while (next_word (&q, e, &word) && q - s <= DATELINE_MAX_BYTES)
    {
      if (date == NULL)
        {
          if (++words > PLACE_MAX_WORDS || !starts_upper (&word))
            return 0;
          if (word.p[word.len - 1] == ',')
            date = q;
          continue;
        }
      if (!is_dash_word (&word))
        {
          /* "GENEVA, Nov 12 (Reuters) - ": the agency in brackets
           * after the date is no part of it. */
          outlet = word.p[0] == '(' && word.p[word.len - 1] == ')' ? word.p : NULL;
          continue;
        }
      if (!is_date (date, outlet != NULL ? outlet : word.p))
        return 0;
      while (q < e && *q == ' ')
        q++;
      return q < e && g_unichar_isupper (g_utf8_get_char (q)) ? (gsize) (q - s) : 0;
    }
  return 0;
}

static gsize
plain_dateline_length (const char *s,
                       gsize       len)
{
  const char *e = s + len;
  const char *q = s;
  Prefix prefix = { 0, TRUE, FALSE, FALSE, FALSE };
  Word word;

  while (next_word (&q, e, &word) && q - s <= DATELINE_MAX_BYTES)
    {
      if (is_dash_word (&word))
        {
          while (q < e && *q == ' ')
            q++;
          if (q < e && g_unichar_isalnum (g_utf8_get_char (q)) &&
              is_dateline_prefix (&prefix, g_utf8_get_char (q)))
            return q - s;
          return 0;
        }
      if (prefix.n >= DATELINE_MAX_WORDS || !add_prefix_word (&word, &prefix))
        return place_date_length (s, len);
    }

  return 0;
}

/* Bytes of a bold dateline read without its marks. */
#define DATELINE_PLAIN_BYTES (4 * DATELINE_MAX_BYTES)

gsize
ds_text_dateline_length (const char *s,
                         gsize       len)
{
  char plain[DATELINE_PLAIN_BYTES];
  gsize from[DATELINE_PLAIN_BYTES + 1];
  gsize n = 0, k;

  if (len == 0 || (s[0] != '*' && s[0] != '_'))
    return plain_dateline_length (s, len);
  /* "**JAKARTA, 3 March 2026** – The agency …": the emphasis marks of a
   * bold or italic dateline are no part of it; the prose starts where it
   * would without them. */
  for (gsize i = 0; i < len && n < DATELINE_PLAIN_BYTES; i++)
    if (s[i] != '*' && s[i] != '_')
      {
        from[n] = i;
        plain[n++] = s[i];
      }
  from[n] = n < DATELINE_PLAIN_BYTES ? len : from[n - 1] + 1;
  k = plain_dateline_length (plain, n);
  return k > 0 ? from[k] : 0;
}

/* ---- Works cited outside a references section --------------------------- */

#define CITATION_MAX_BYTES 400
#define CITATION_AUTHOR_WORDS 16
#define CITATION_MAX_WORDS 48
#define CITATION_NAME_WORDS 8
/* Emphasis marks dropped from the opening of a line to read its label. */
#define READING_PLAIN_BYTES 48
#define READING_LABEL_WORDS 3

/* The bytes of a reference's year at @p: four digits from 1800 to 2099,
 * maybe a letter ("2004a"); else 0. */
static gsize
citation_year_length (const char *p,
                      const char *e)
{
  if (e - p < 4 || !g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
      !g_ascii_isdigit (p[3]) || !((p[0] == '1' && p[1] >= '8') || (p[0] == '2' && p[1] == '0')))
    return 0;
  if (e - p > 4 && g_ascii_isdigit (p[4]))
    return 0;
  return e - p > 5 && g_ascii_islower (p[4]) && !g_ascii_isalpha (p[5]) ? 5 : 4;
}

/* "J.", "J.S.", "S.,", "M.-A.": a given name's initial, as an inverted
 * name in a reference writes it. */
static gboolean
is_initial (const Word *w)
{
  gsize len = w->len, letters = 0;

  while (len > 0 && (w->p[len - 1] == ',' || w->p[len - 1] == ';'))
    len--;
  if (len < 2 || len > 6 || w->p[len - 1] != '.')
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (g_ascii_isupper (w->p[i]))
      letters++;
    else if (w->p[i] != '.' && w->p[i] != '-')
      return FALSE;
  return letters > 0 && letters * 2 <= len + 1;
}

/* The lower-case words a list of authors holds: joiners, "et al.",
 * "(eds.)", particles of a surname, the small words of an
 * organisation's name. */
static gboolean
is_author_joiner (const Word *w)
{
  static const char * const words[] = {
    "&", "and", "dan", "et", "al.", "al.,", "dkk.", "dkk.,", "dkk", "ed.", "eds.", "ed.,", "eds.,",
    "(ed.)", "(eds.)", "(ed.).", "(eds.).", "(ed)", "(eds)", "(ed.),", "(eds.),", "(penyunting)",
    "(peny.)", "(ed.)", "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin",
    "binti", "of", "for", "the", "on", "untuk",
  };

  return word_in (w, words, G_N_ELEMENTS (words));
}

/* Whether [@s, @e) holds what only a reference holds: a web address or
 * DOI, a volume, issue or page label, a publisher's city before its colon
 * ("New York: PublicAffairs", "Jakarta: Gramedia"), or a press. */
static gboolean
has_publication_signal (const char *s,
                        const char *e)
{
  static const char * const cues[] = {
    "http", "www.", "doi", "DOI", "Vol.", "vol.", "No.", "no.", "pp.", "hlm.", "hal.", "ISBN", "ISSN",
    "Press", "Retrieved", "Diakses", "diakses", "Accessed", "accessed", "Penerbit", "Publishing",
    "Publisher", "(ed.)", "(eds.)", "(Ed.)", "(Eds.)", "Jurnal", "Journal",
  };
  const char *q = s;
  Word w, prev = { NULL, 0 };

  for (gsize i = 0; i < G_N_ELEMENTS (cues); i++)
    if (g_strstr_len (s, e - s, cues[i]) != NULL)
      return TRUE;
  while (next_word (&q, e, &w))
    {
      /* "PublicAffairs" after "York:" after a capital. */
      if (prev.p != NULL && prev.len >= 3 && prev.p[prev.len - 1] == ':' && starts_upper (&prev) &&
          starts_upper (&w))
        return TRUE;
      /* "14(1–2)", "7(3):": a journal's volume and issue. */
      if (g_ascii_isdigit (w.p[0]))
        {
          const char *paren = memchr (w.p, '(', w.len);

          if (paren != NULL && paren > w.p && g_ascii_isdigit (paren[-1]) && paren + 1 < w.p + w.len &&
              g_ascii_isdigit (paren[1]))
            return TRUE;
        }
      prev = w;
    }
  return FALSE;
}

/* Whether a title follows @p before @e: a capital, a quote or emphasis
 * after spaces, then a second word. */
static gboolean
title_follows (const char *p,
               const char *e)
{
  const char *q = p;
  Word a, b;

  if (!next_word (&q, e, &a) || !next_word (&q, e, &b))
    return FALSE;
  return starts_upper (&a) || a.p[0] == '"' || a.p[0] == '*' || a.p[0] == '_' ||
         g_str_has_prefix (a.p, "\xE2\x80\x9C") || a.p[0] == '\'' || g_ascii_isdigit (a.p[0]);
}

/* "Nye, J. S. (2008). Public diplomacy …" (APA), "Santoso, Budi. 2010.
 * Politik Luar Negeri …" (a Daftar Pustaka, Harvard), "Kementerian Luar
 * Negeri. (2022). Laporan …", "World Bank (2020). Title. Washington, DC:
 * World Bank." (an organisation, with a publisher or a DOI): a list of
 * authors — capitalised words, initials, joiners — then the year in
 * brackets or after a full stop, then the title. Prose that opens on
 * names and a year ("Bangkok, Thailand (1967). ASEAN …") has no
 * initial after the comma and no full stop before the year. */
static gboolean
is_author_year_citation (const char *s,
                         const char *e)
{
  const char *q = s;
  Word w;
  guint words = 0;
  gboolean comma = FALSE, initial = FALSE, stop = FALSE;

  while (next_word (&q, e, &w))
    {
      const char *last = w.p + w.len - 1;
      gsize year;

      /* "(2004).", "(2004a).", "(2021, March 3).", "(n.d.).", "(t.t.)." */
      if (w.p[0] == '(' && w.len > 1 && (g_ascii_isdigit (w.p[1]) || g_str_has_prefix (w.p, "(n.d.") ||
                                         g_str_has_prefix (w.p, "(t.t.") || g_str_has_prefix (w.p, "(t.th")))
        {
          const char *close = memchr (w.p, ')', e - w.p), *after;

          if (g_ascii_isdigit (w.p[1]) && citation_year_length (w.p + 1, e) == 0)
            return FALSE;
          if (words == 0 || close == NULL || close - w.p > 24)
            return FALSE;
          after = close + 1;
          if (after < e && *after == '.')
            after++;
          else if (!(initial && after < e && *after == ' '))
            return FALSE;
          return (initial || stop || has_publication_signal (after, e)) && title_follows (after, e);
        }
      /* "Budi. 2010. Politik …", "N. 2019. Public …" */
      if (stop && (year = citation_year_length (w.p, e)) > 0 && w.len == year + 1 &&
          (w.p[year] == '.' || w.p[year] == ','))
        return (comma || has_publication_signal (w.p + w.len, e)) && title_follows (w.p + w.len, e);
      if (++words > CITATION_AUTHOR_WORDS)
        return FALSE;
      if (comma && is_initial (&w))
        initial = TRUE;
      else if (!starts_upper (&w) && !is_author_joiner (&w))
        return FALSE;
      comma |= *last == ',';
      stop = *last == '.';
    }
  return FALSE;
}

/* "Nye, Joseph S. Soft Power: The Means to Success in World Politics.
 * New York: PublicAffairs, 2004." (Chicago, MLA): an inverted name — a
 * surname, its comma, a given name or initials ended by a full stop —
 * then a title, a year, and a publisher or a journal's numbers. */
static gboolean
is_name_title_citation (const char *s,
                        const char *e)
{
  const char *q = s;
  Word w;
  guint words = 0;
  gboolean comma = FALSE;

  while (next_word (&q, e, &w))
    {
      if (++words > CITATION_NAME_WORDS || !(starts_upper (&w) || (comma && is_author_joiner (&w))))
        return FALSE;
      /* (The surname's comma comes first: "Bjola, Corneliu, dan Marcus
       * Holmes, eds." names two.) */
      if (w.p[w.len - 1] == ',')
        {
          if (!comma && words > 2)
            return FALSE;
          comma = TRUE;
        }
      else if (w.p[w.len - 1] == '.' && comma)
        break;
    }
  if (!comma || q >= e || !title_follows (q, e) || !has_publication_signal (q, e))
    return FALSE;
  for (const char *p = q; p < e; p++)
    if ((p == s || !g_ascii_isdigit (p[-1])) && citation_year_length (p, e) > 0)
      return TRUE;
  return FALSE;
}

#define ANNOTATION_MIN_WORDS 14

/* "Djalal, H. (1995). *Indonesia and the Law of the Sea*. Jakarta: CSIS.
 * Djalal, yang memimpin delegasi …, menguraikan …": a sentence of
 * fourteen words or more, no title marked in it by emphasis or quotes,
 * after a reference's parts — its summary, which makes the paragraph
 * an annotated entry to study. A title, a journal and a publisher are
 * short or marked. */
static gboolean
has_annotation (const char *s,
                const char *e)
{
  const char *start = s;

  for (const char *p = s; p <= e; p++)
    {
      const char *q = start;
      gboolean marked = FALSE;
      guint words = 0;
      Word w;

      if (p < e && !(*p == '.' && p + 2 < e && p[1] == ' ' && g_unichar_isupper (g_utf8_get_char (p + 2))))
        continue;
      while (next_word (&q, p, &w))
        {
          words++;
          marked |= memchr (w.p, '*', w.len) != NULL || memchr (w.p, '"', w.len) != NULL ||
                    g_strstr_len (w.p, w.len, "\xE2\x80\x9C") != NULL;
        }
      if (!marked && words >= ANNOTATION_MIN_WORDS)
        return TRUE;
      start = p + 1;
    }
  return FALSE;
}

/* "Ibid., hlm. 12.", "Op. cit., p. 40", "Loc. cit.": a note that points
 * back at the work cited before. */
static gboolean
is_pointer_note (const char *s,
                 const char *e)
{
  static const char * const openers[] = { "ibid", "op. cit", "op.cit", "loc. cit", "loc.cit", "idem" };

  if (strchr ("iIoOlL", s[0]) == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      gsize n = strlen (openers[i]);

      if ((gsize) (e - s) >= n && ds_ascii_strncasecmp (s, openers[i], n) == 0 &&
          (s + n == e || !g_ascii_isalpha (s[n])))
        return TRUE;
    }
  return FALSE;
}

/* "*Reading:* Berridge …", "**Bacaan wajib:** …", "See also: …": a label
 * of the phrase list reading_label, emphasis marks aside; what follows is
 * a work to read, whatever its shape. */
static gboolean
is_reading_line (const char *s,
                 gsize       len)
{
  char plain[READING_PLAIN_BYTES + 1];
  gsize n = 0;
  const char *colon = memchr (s, ':', MIN (len, READING_PLAIN_BYTES));

  /* (Asked of every line: most have no colon early, or more than four
   * words before it.) */
  if (colon == NULL || count_words (s, colon - s, READING_LABEL_WORDS) > READING_LABEL_WORDS)
    return FALSE;
  for (gsize i = 0; i < len && n < READING_PLAIN_BYTES; i++)
    if (s[i] != '*' && s[i] != '_')
      plain[n++] = s[i];
  plain[n] = '\0';
  n = label_in_list_length (plain, n, "reading_label");
  /* ("Reading:" alone heads a section, as "References" does.) */
  return n > 0 && n < strlen (plain);
}

#define CITATION_HEAD_BYTES 80

/* Whether [@s, @e) has what the head of a reference has: a comma or an
 * opening bracket in its first bytes, or a full stop and a space before
 * a digit ("Kementerian Luar Negeri. 2022."). */
static gboolean
citation_punctuation (const char *s,
                      const char *e)
{
  gsize n = MIN ((gsize) (e - s), CITATION_HEAD_BYTES);
  const char *p = s;

  if (memchr (s, ',', n) != NULL || memchr (s, '(', n) != NULL)
    return TRUE;
  while ((p = memchr (p, '.', s + n - p)) != NULL)
    {
      if (p + 2 < e && p[1] == ' ' && g_ascii_isdigit (p[2]))
        return TRUE;
      p++;
    }
  return FALSE;
}

/**
 * ds_text_is_reference_line:
 *
 * Returns: whether the cleaned line [@s, @s + @len) is a work cited
 *   where no references heading put it: a reference in the common styles
 *   (APA, Harvard, Chicago, a Daftar Pustaka), a line labelled as reading
 *   ("Reading: …", "Bacaan wajib: …") or a note that points back
 *   ("Ibid., hlm. 12."). It is the text's apparatus, shown as a
 *   reference and never studied. A sentence that cites ("Nye (2004)
 *   argues …") is none.
 */
gboolean
ds_text_is_reference_line (const char *s,
                           gsize       len)
{
  const char *e = s + len;

  if (len == 0 || len > CITATION_MAX_BYTES)
    return FALSE;
  if (is_reading_line (s, len))
    return TRUE;
  while (s < e && (*s == '*' || *s == '_'))
    s++;
  if (s >= e)
    return FALSE;
  if (is_pointer_note (s, e))
    return TRUE;
  /* "Maurer, T. (2011). Title. Paper. Maurer traces the UN's …": an
   * entry of an annotated bibliography that runs on into its summary is
   * prose to study. */
  /* (Asked of every line: a reference has its comma or bracket early,
   * or an organisation's full stop before its year.) */
  if (!g_unichar_isupper (g_utf8_get_char (s)) || !citation_punctuation (s, e))
    return FALSE;
  return (is_author_year_citation (s, e) || is_name_title_citation (s, e)) &&
         count_words (s, e - s, CITATION_MAX_WORDS) <= CITATION_MAX_WORDS && !has_annotation (s, e);
}

#define JOURNAL_NAME_MAX_WORDS 8

/**
 * ds_text_is_journal_masthead:
 *
 * Returns: whether the cleaned line [@s, @s + @len) names a journal
 *   ("Jurnal Kajian Asia Tenggara", "Journal of Island Affairs", "Asian
 *   Journal of Diplomacy", "Review of Maritime Policy") and the line @next after it gives its volume
 *   and issue ("Vol. 8 No. 2 (2022), hlm. 101-120"): the masthead of an
 *   article's first page, no title of the article.
 */
gboolean
ds_text_is_journal_masthead (const char *s,
                             gsize       len,
                             const char *next,
                             gsize       next_len)
{
  /* (and the other words periodicals name themselves by) */
  static const char * const names[] = {
    "jurnal", "journal", "review", "quarterly", "bulletin", "buletin", "annals", "proceedings", "prosiding",
    "majalah",
  };
  const char *q = s;
  guint words = 0;
  gboolean journal = FALSE;
  Word w;

  if (!is_journal_line (next, next_len) || ds_text_ends_statement (s, len))
    return FALSE;
  while (next_word (&q, s + len, &w))
    {
      if (++words > JOURNAL_NAME_MAX_WORDS)
        return FALSE;
      journal |= word_in (&w, names, G_N_ELEMENTS (names));
    }
  return journal;
}

#define ADMIN_MAX_BYTES 400
#define ADMIN_LINE_WORDS 6

/* How many phrases of the phrase list course_admin_cue of either
 * language the folded sentence [@s, @e) holds as whole words. */
static guint
admin_cues (const char *s,
            const char *e)
{
  const char *cue;
  Phrases phrases;
  guint n_cues = 0;

  for (phrases_init (&phrases, "course_admin_cue"); (cue = phrases_next (&phrases)) != NULL;)
    {
      gsize n = strlen (cue);

      for (const char *p = s; (p = memmem (p, e - p, cue, n)) != NULL; p++)
        if ((p == s || !g_ascii_isalnum (p[-1])) && (p + n == e || !g_ascii_isalnum (p[n])))
          {
            n_cues++;
            break;
          }
    }
  return n_cues;
}

/**
 * ds_text_is_course_admin:
 *
 * Returns: whether the paragraph [@s, @s + @len) is a course's
 *   administration and nothing else: "Tugas dikumpulkan paling lambat
 *   hari Jumat pukul 23.59 melalui e-learning. Keterlambatan mengurangi
 *   nilai 5% per hari.", "Assignment 2 is due on 14 March via Moodle;
 *   late work loses 10% per day." — a weight or a penalty in per cent
 *   in it, and every sentence holding a word of the phrase
 *   list course_admin_cue (deadline, submitted, assignment, exam …;
 *   dikumpulkan, keterlambatan, mengurangi nilai, ujian …: words a
 *   course's rules use and prose about the world does not, so no
 *   "due to", "nilai ekspor" or "per day"). A sentence about anything
 *   else makes the paragraph prose.
 */
gboolean
ds_text_is_course_admin (const char *s,
                         gsize       len)
{
  char folded[ADMIN_MAX_BYTES + 1];
  const char *e, *start;
  guint cues = 0;

  /* (Asked of every short paragraph: most have no percentage; a
   * course's rule gives its weight or its penalty as one.) */
  if (len == 0 || len > ADMIN_MAX_BYTES || memchr (s, '%', len) == NULL)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    folded[i] = ds_ascii_tolower (s[i]);
  folded[len] = '\0';
  e = folded + len;
  start = folded;
  for (const char *p = folded; p <= e; p++)
    if (p == e || ((*p == '.' || *p == ';' || *p == '!' || *p == '?') && (p + 1 == e || p[1] == ' ') &&
                   !(p > folded && g_ascii_isdigit (p[-1]) && p + 1 < e && g_ascii_isdigit (p[1]))))
      {
        const char *q = start;
        guint n;

        while (q < p && *q == ' ')
          q++;
        if (q < p && (n = admin_cues (q, p)) == 0)
          return FALSE;
        cues += q < p ? n : 0;
        start = p + 1;
      }
  /* "Exports fell 5% … and the deadline for the deal passed": one cue
   * in a sentence of the world; a course's rule has two, or is a
   * grading line ("UTS: 30%"). */
  return cues >= 2 || count_words (s, len, ADMIN_LINE_WORDS) <= ADMIN_LINE_WORDS;
}
