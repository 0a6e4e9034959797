/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The parser, labels that open a line and are no part of what it says: a
 * speaker in a transcript ("RINA:", "Q:", "Jawab:"), a label on a slide's
 * bullet ("Tantangan:", "Example:", "Remember:") and a numbered one in a
 * syllabus ("Pertemuan ke-2:", "Week 4:", "Unit 1:"), a note's
 * conclusion ("Intinya:", "TL;DR:", "Bottom line:") or task ("PR:",
 * "Homework:") in lecture notes and forum answers. Read as text,
 * "Tantangan: izin masuk tertunda" is a term and its definition, and
 * "JAWAB: Sungai tidak mengenal batas" one too; the label goes into the
 * line's marker instead, kept in the text the reader shows, so that every
 * rule reads the turn or the bullet as the prose it is.
 *
 * A speaker label in capitals ("HANNA:") looks like an acronym before its
 * long form ("ASEAN: Perhimpunan …"), and a name ("Sari:") like a term
 * before its gloss. They count only in a transcript: a text where a
 * speaker word of the language ("Tanya", "Moderator", "Q") opens a line,
 * where one label in capitals opens two lines or more, or two names two
 * lines each (a glossary names each term once). There a label in
 * capitals is a speaker's, and so is a name that opens two lines. The text
 * is looked over once, before it is read (_ds_parser_find_speakers()).
 */
#include "config.h"

#include <string.h>

#include "ds-lang.h"
#include "ds-parser-private.h"
#include "ds-words.h"

/* Where a label's colon must come, and how many words it has. */
#define LABEL_MAX_BYTES 32
#define LABEL_MAX_WORDS 3

/* A line's label: [s, colon) and what follows the colon. */
typedef struct {
  const char *s;
  const char *colon;
  const char *rest;             /* after the colon and its spaces */
  guint       words;
  gboolean    bold;             /* "**Jawab:** …" */
} Label;

/* Reads "XYZ: rest" at the start of [@s, @e): at most three words before a
 * colon, then a space and more text. */
static gboolean
read_label (const char *s,
            const char *e,
            Label      *label)
{
  const char *colon, *rest, *after;
  gboolean bold = e - s > 4 && s[0] == '*' && s[1] == '*';

  /* "**Jawab:** …", "**Q:** …": a label in bold, its marks no part of it. */
  if (bold)
    s += 2;
  colon = memchr (s, ':', MIN ((gsize) (e - s), LABEL_MAX_BYTES));
  if (colon == NULL || colon == s)
    return FALSE;
  after = colon + 1;
  if (bold)
    {
      if (e - after < 2 || after[0] != '*' || after[1] != '*')
        return FALSE;
      after += 2;
    }
  if (after + 1 >= e || *after != ' ' || colon[-1] == ' ')
    return FALSE;
  for (rest = after; rest < e && *rest == ' '; rest++)
    ;
  label->s = s;
  label->colon = colon;
  label->rest = rest;
  label->bold = bold;
  label->words = 1;
  /* "Definition 2 (Marsh, 1964)": what the brackets hold is one word. */
  for (const char *q = s, *open = NULL; q < colon; q++)
    {
      if (*q == '(')
        open = q;
      else if (*q == ')')
        open = NULL;
      label->words += *q == ' ' && (open == NULL || memchr (q, ')', colon - q) == NULL);
    }
  return rest < e && label->words <= LABEL_MAX_WORDS;
}

/* Whether the label is in the phrase list @name of either language; a
 * bracket that closes it ("Contoh (RBO)", "Examples (BRI)") names what
 * it is about and is no part of it. */
static gboolean
label_in_list (const Label *label,
               const char  *name)
{
  static const char * const codes[] = { "id", "en" };
  const char *open = memchr (label->s, '(', label->colon - label->s);
  const char *end = open != NULL && open > label->s && label->colon[-1] == ')' ? open : label->colon;
  g_autofree char *text = g_strndup (label->s, end - label->s);
  g_autofree char *folded = ds_words_fold (text, DS_FOLD_NONE);

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_shipped_phrases_opening (l, name, folded[0]);

      /* Asked of every label of every line: most entries differ at their
       * first byte, told without a call of strcmp() (and a list none of
       * whose entries opens so is not walked). */
      for (guint i = 0; list[i] != NULL; i++)
        if (list[i][0] == folded[0] && strcmp (list[i], folded) == 0)
          return TRUE;
    }
  return FALSE;
}

/* "HANNA", "DR. SARI", "MODERATOR": letters in capitals only, two at
 * least. */
static gboolean
is_caps_label (const Label *label)
{
  guint letters = 0;

  for (const char *q = label->s; q < label->colon; q++)
    {
      if (g_ascii_islower (*q) || (guchar) *q >= 0x80 || g_ascii_isdigit (*q))
        return FALSE;
      letters += g_ascii_isupper (*q);
    }
  return letters >= 2;
}

/* "Pertemuan ke-2", "Minggu 3", "Week 4", "Unit IV": a word of the list
 * "numbered_label" and a number. */
static gboolean
is_numbered_label (const Label *label)
{
  const char *space = memchr (label->s, ' ', label->colon - label->s);
  const char *n;
  Label word = *label;

  if (space == NULL)
    return FALSE;
  word.colon = space;
  n = space + 1;
  if (label->colon - n > 3 && ds_ascii_strncasecmp (n, "ke-", 3) == 0)
    n += 3;
  /* "Minggu 1–2", "Weeks 3-4": a range of them too. */
  for (const char *q = n; q < label->colon; q++)
    {
      if (label->colon - q >= 3 && memcmp (q, "\xE2\x80\x93", 3) == 0)
        q += 2;
      else if (!g_ascii_isdigit (*q) && strchr ("IVXivx-", *q) == NULL)
        return FALSE;
    }
  return n < label->colon && label_in_list (&word, "numbered_label");
}

static gboolean
is_speaker_word (const Label *label)
{
  return label_in_list (label, "speaker_label");
}

/* "Sari", "Dr. Budi Santoso", "HANNA": every word of the label starts
 * with a capital, and it is no label of a slide or a syllabus. */
static gboolean
is_name_label (const Label *label)
{
  gboolean start = TRUE;

  for (const char *q = label->s; q < label->colon; q++)
    {
      if (start && !g_ascii_isupper (*q))
        return FALSE;
      start = *q == ' ';
    }
  return !label_in_list (label, "line_label") && !is_numbered_label (label);
}

/**
 * _ds_parser_find_speakers:
 *
 * Looks over the text's lines (@p->lines) for speaker labels and notes whether
 * the text is a transcript (see the comment at the top).
 */
void
_ds_parser_find_speakers (Parser *p)
{
  DsLines lines;
  const char *a, *b;
  Label label;
  guint repeated = 0;

  p->speakers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ds_lines_init_table (&lines, p->lines);
  while (ds_lines_next (&lines, &a, &b))
    {
      char *name;
      guint count;

      while (a < b && (*a == ' ' || *a == '\t'))
        a++;
      if (!read_label (a, b, &label) || !is_name_label (&label))
        continue;
      name = g_strndup (label.s, label.colon - label.s);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (p->speakers, name)) + 1;
      p->transcript |= is_speaker_word (&label) || (count == 2 && is_caps_label (&label));
      repeated += count == 2;
      g_hash_table_replace (p->speakers, name, GUINT_TO_POINTER (count));
    }
  /* "Sari: …", "Budi: …", "Sari: …", "Budi: …": two people who speak
   * twice at least. */
  p->transcript |= repeated >= 2;
}

/* Whether a label that opens a turn in a transcript is a speaker's: in
 * capitals, a speaker word, or a name that opens two lines at least. */
static gboolean
is_speaker (Parser      *p,
            const Label *label)
{
  g_autofree char *name = NULL;

  if (!p->transcript)
    return FALSE;
  if (is_caps_label (label) || is_speaker_word (label))
    return TRUE;
  name = g_strndup (label->s, label->colon - label->s);
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->speakers, name)) >= 2;
}

/* ---- A course's schedule ------------------------------------------------ */

/* Skips a bullet, a table's bar and bold marks that open a line. */
static const char *
skip_line_opening (const char *q,
                   const char *e)
{
  for (;;)
    {
      while (q < e && (*q == ' ' || *q == '\t'))
        q++;
      if (q < e && (*q == '-' || *q == '*' || *q == '+' || *q == '|') && (q + 1 == e || q[1] == ' ' || q[1] == '*'))
        q++;
      else if (e - q >= 3 && memcmp (q, "\xE2\x80\xA2", 3) == 0)
        q += 3;
      else if (q < e && *q == '*')
        q++;
      else
        return q;
    }
}

/* "Minggu 3: Diplomasi publik (Bacaan: …)", "Session 4 – Multilateralism",
 * "Pertemuan ke-2 (11 Sep) – Bebas aktif", "Week 9 | Role theory |
 * Reading: …", "- Minggu 1–2: …": a word of the list numbered_label
 * (not a slide's), its number, a bracket perhaps, then a separator (a
 * colon, a dash, a bar, a full stop or a tab) and a topic. */
static gboolean
is_schedule_line (const char *s,
                  const char *e)
{
  const char *q = skip_line_opening (s, e), *word = q, *n;

  if (q < e && *q == '#')
    return FALSE;
  while (q < e && g_ascii_isalpha (*q))
    q++;
  if (q == word || q >= e || *q != ' ')
    return FALSE;
  n = q + 1;
  if (e - n > 3 && (ds_ascii_strncasecmp (n, "ke-", 3) == 0 || ds_ascii_strncasecmp (n, "ke ", 3) == 0))
    n += 3;
  /* Most lines fail here, before the word is looked up: no number
   * follows their first word. */
  if (n >= e || !g_ascii_isdigit (*n) ||
      !_ds_parser_starts_with_word_in_list (word, q - word, "numbered_label") ||
      ds_text_ascii_equal_nocase (word, q - word, "slide") || ds_text_ascii_equal_nocase (word, q - word, "salindia"))
    return FALSE;
  q = n;
  while (q < e && (g_ascii_isdigit (*q) || *q == '-' || (e - q >= 3 && memcmp (q, "\xE2\x80\x93", 3) == 0 && (q += 2))))
    q++;
  if (q == n || !g_ascii_isdigit (*n))
    return FALSE;
  while (q < e && (*q == '*' || *q == ' '))
    q++;
  /* "(11 Sep)", "(Rabu, 3 Maret)" */
  if (q < e && *q == '(')
    {
      const char *close = memchr (q, ')', e - q);

      if (close == NULL || close - q > 30)
        return FALSE;
      for (q = close + 1; q < e && (*q == ' ' || *q == '*'); q++)
        ;
    }
  if (q >= e)
    return FALSE;
  if (*q == ':' || *q == '|' || *q == '.' || *q == '\t' || *q == '-')
    q++;
  else if (e - q >= 3 && (memcmp (q, "\xE2\x80\x93", 3) == 0 || memcmp (q, "\xE2\x80\x94", 3) == 0))
    q += 3;
  else
    return FALSE;
  while (q < e && (*q == ' ' || *q == '\t' || *q == '*'))
    q++;
  return q < e;
}

#define SCHEDULE_PROSE_WORDS 6

/* Whether the raw line [@s, @e) is a sentence of prose: a capital, six
 * words or more, a stop at its end. */
static gboolean
schedule_prose (const char *s,
                const char *e)
{
  guint words = 1;

  while (e > s && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t'))
    e--;
  if (s >= e || !g_unichar_isupper (g_utf8_get_char (s)) || strchr (".?!", e[-1]) == NULL)
    return FALSE;
  for (const char *q = s; q < e; q++)
    words += *q == ' ' && q + 1 < e && q[1] != ' ';
  return words >= SCHEDULE_PROSE_WORDS;
}

/**
 * _ds_parser_find_schedule:
 *
 * Looks over the text's lines (@p->lines) for a course's schedule: two lines
 * or more in a row (blank lines aside) that open with a numbered label
 * and a topic ("Minggu 3: …", "Session 4 – …", "Week 9 | … | …"). Such a
 * line is furniture, no claim and no heading: the text around it goes
 * on as if it were not there. Their starts go into @p->schedule. In the
 * same pass, a thread: two lines or more that open with a post's number
 * (@p->thread; read_line_kind() moves the number into the marker).
 */
void
_ds_parser_find_schedule (Parser *p)
{
  DsLines lines;
  const char *a, *b, *prev = NULL;
  gboolean blank = FALSE;
  guint posts = 0;

  ds_lines_init_table (&lines, p->lines);
  while (ds_lines_next (&lines, &a, &b))
    {
      const char *q = a;

      while (q < b && (*q == ' ' || *q == '\t' || *q == '\r'))
        q++;
      if (q == b)
        {
          blank = TRUE;
          continue;
        }
      /* "1/ Banyak orang …", "2/ Kerangka …": a thread's posts (most
       * lines fail at their first byte). */
      if ((g_ascii_isdigit (*q) || *q == '(') && _ds_parser_post_number_length (q, b - q) > 0)
        posts++;
      if (!is_schedule_line (a, b))
        {
          /* "**Week 7 — Midterm exam**", "**Week 8 — Cyber threats**"
           * right over "Part II opens with …": the last of the run heads
           * the week's text, as a week alone would. */
          if (prev != NULL && !blank && p->schedule != NULL && schedule_prose (q, b))
            g_hash_table_remove (p->schedule, prev);
          prev = NULL;
          blank = FALSE;
          continue;
        }
      blank = FALSE;
      if (prev != NULL)
        {
          if (p->schedule == NULL)
            p->schedule = g_hash_table_new (NULL, NULL);
          g_hash_table_add (p->schedule, (gpointer) prev);
          g_hash_table_add (p->schedule, (gpointer) a);
        }
      prev = a;
    }
  p->thread = posts >= 2;
}

/**
 * _ds_parser_is_schedule_line:
 *
 * Returns: whether the raw line that starts at @s is one of a course's
 *   schedule (_ds_parser_find_schedule())
 */
gboolean
_ds_parser_is_schedule_line (Parser     *p,
                             const char *s)
{
  return p->schedule != NULL && g_hash_table_contains (p->schedule, s);
}

/* "**Definisi 2 (Keohane):** Rezim adalah …", "Definition 1: A regime is
 * …": a label that says a definition follows (the phrase list
 * note_definition), maybe numbered, maybe with whose it is in brackets;
 * the definition is the line's text, the label no term nor item. */
static gboolean
is_definition_label (const Label *label)
{
  const char *q = label->s, *word_end;
  Label word = *label;

  /* ("Key term: …", "Konsep kunci: …": the label may be two words.) */
  while (q < label->colon && (g_ascii_isalpha (*q) || (*q == ' ' && q + 1 < label->colon && g_ascii_isalpha (q[1]))))
    q++;
  word_end = q;
  while (q < label->colon && (*q == ' ' || g_ascii_isdigit (*q)))
    q++;
  if (q < label->colon && *q == '(' && label->colon[-1] == ')')
    q = label->colon;
  if (q != label->colon || word_end == label->s)
    return FALSE;
  word.colon = word_end;
  return label_in_list (&word, "note_definition");
}

/* "Slide 3 — Rezim Internasional", "Week 4 – Deterrence", "Pertemuan 5 -
 * Diplomasi publik": a label set apart by a dash rather than a colon,
 * read as read_label() reads one; only a numbered label is taken so
 * (_ds_parser_label_length()), the dash of "Soft power — the ability
 * …" being a definition's. */
static gboolean
read_dash_label (const char *s,
                 const char *e,
                 Label      *label)
{
  const char *end = s + MIN ((gsize) (e - s), LABEL_MAX_BYTES);

  for (const char *q = s + 1; q + 1 < end; q++)
    {
      const char *after;

      if (*q != ' ')
        continue;
      if (q[1] == '-' && q + 2 < e && q[2] == ' ')
        after = q + 3;
      else if (e - q > 4 && (memcmp (q + 1, "\xE2\x80\x93", 3) == 0 || memcmp (q + 1, "\xE2\x80\x94", 3) == 0) &&
               q[4] == ' ')
        after = q + 5;
      else
        continue;
      while (after < e && *after == ' ')
        after++;
      label->s = s;
      label->colon = q;
      label->rest = after;
      label->bold = FALSE;
      label->words = 1;
      for (const char *r = s; r < q; r++)
        label->words += *r == ' ';
      return after < e && label->words <= LABEL_MAX_WORDS;
    }
  return FALSE;
}

/**
 * _ds_parser_label_length:
 *
 * Returns: the bytes of the label that opens the cleaned line [@s, @s +
 *   @len) and the spaces after it, or 0 when it has none
 */
gsize
_ds_parser_label_length (Parser     *p,
                         const char *s,
                         gsize       len,
                         gboolean   *numbered)
{
  Label label;

  *numbered = FALSE;
  if (!read_label (s, s + len, &label))
    {
      /* "Slide 3 — Rezim Internasional": the slide's topic is what
       * follows the dash. */
      if (read_dash_label (s, s + len, &label) && is_numbered_label (&label))
        {
          *numbered = TRUE;
          return label.rest - s;
        }
      /* "**Minggu 8: Konferensi Asia Afrika**": the week's label inside
       * the bold of its whole line. */
      if (len > 6 && s[0] == '*' && s[1] == '*' && s[2] != '*' && s[len - 1] == '*' && s[len - 2] == '*' &&
          read_label (s + 2, s + len - 2, &label) && !label.bold && is_numbered_label (&label))
        {
          *numbered = TRUE;
          return label.rest - s;
        }
      return 0;
    }
  if (is_speaker (p, &label))
    return label.rest - s;
  /* A bold label is a speaker's ("**Tanya:**") or a handout's ("**Key
   * idea:**", "**Kritik:**": the list line_label) only; "**Didirikan:**"
   * is an infobox's. */
  if (label.bold)
    {
      /* "**Minggu 8: Konferensi Asia Afrika**": a week's number, bold
       * with its topic, heads the week as "**Week 8 — …**" does. */
      *numbered = is_numbered_label (&label);
      return label_in_list (&label, "line_label") || is_definition_label (&label) || *numbered ? label.rest - s : 0;
    }
  *numbered = is_numbered_label (&label);
  if (*numbered || label_in_list (&label, "line_label") || label_in_list (&label, "conclusion_label") ||
      label_in_list (&label, "task_label") || is_definition_label (&label))
    return label.rest - s;
  return 0;
}

/**
 * _ds_parser_question_label_length:
 *
 * Returns: the bytes of a question's label that opens the line [@s, @s +
 *   @len) ("Q: ", "Tanya: ", "Question: ": a speaker word of the list
 *   speaker_label) and the spaces after it, or 0 when it has none
 */
gsize
_ds_parser_question_label_length (const char *s,
                                  gsize       len)
{
  Label label;

  if (!read_label (s, s + len, &label) || label.bold || !is_speaker_word (&label))
    return 0;
  return label.rest - s;
}

/**
 * _ds_parser_is_field_line:
 *
 * Returns: whether the line [@s, @s + @len) is a field of a header block
 *   ("Ketua: Dr. Amara Velasquez", "Moto: …", "Theme: …"): a label of a
 *   few words, its colon, and a value
 */
gboolean
_ds_parser_is_field_line (const char *s,
                          gsize       len)
{
  Label label;

  return read_label (s, s + len, &label);
}

/**
 * _ds_parser_is_task_label:
 *
 * Returns: whether the line [@s, @s + @len) opens with a label that sets
 *   the reader a task ("PR:", "Tugas:", "Homework:"): what follows asks
 *   the student to do something and states no claim
 */
gboolean
_ds_parser_is_task_label (const char *s,
                          gsize       len)
{
  Label label;

  return read_label (s, s + len, &label) && !label.bold && label_in_list (&label, "task_label");
}

/**
 * _ds_parser_starts_with_word_in_list:
 *
 * Returns: whether the first word of [@s, @s + @len) is a word of the
 *   phrase list @name of either language ("Tentang …", "About …")
 */
gboolean
_ds_parser_starts_with_word_in_list (const char *s,
                                     gsize       len,
                                     const char *name)
{
  static const char * const codes[] = { "id", "en" };
  const char *space = memchr (s, ' ', len);
  gsize n = space != NULL ? (gsize) (space - s) : len;

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    {
      const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), name);

      for (guint i = 0; list[i] != NULL; i++)
        if (strlen (list[i]) == n && ds_ascii_strncasecmp (list[i], s, n) == 0)
          return TRUE;
    }
  return FALSE;
}

/* ---- A social-media thread ---------------------------------------------- */

#define POST_NUMBER_MAX 999

/**
 * _ds_parser_post_number_length:
 *
 * Returns: the bytes of the post's number that opens the line [@s, @s +
 *   @len) of a thread ("1/ ", "2/12 ", "(3/10) ") and the spaces after
 *   it, or 0 when it has none. A number over its total ("24/7 …") is no
 *   post's.
 */
gsize
_ds_parser_post_number_length (const char *s,
                               gsize       len)
{
  const char *e = s + len, *q = s;
  gboolean open = q < e && *q == '(';
  guint n = 0, total = 0;

  q += open;
  if (q >= e || !g_ascii_isdigit (*q))
    return 0;
  for (; q < e && g_ascii_isdigit (*q) && n <= POST_NUMBER_MAX; q++)
    n = n * 10 + (*q - '0');
  if (q >= e || *q != '/' || n == 0 || n > POST_NUMBER_MAX)
    return 0;
  for (q++; q < e && g_ascii_isdigit (*q) && total <= POST_NUMBER_MAX; q++)
    total = total * 10 + (*q - '0');
  if ((total > 0 && n > total) || total > POST_NUMBER_MAX)
    return 0;
  if (open)
    {
      if (q >= e || *q != ')')
        return 0;
      q++;
    }
  if (q >= e || *q != ' ')
    return 0;
  while (q < e && *q == ' ')
    q++;
  return q < e ? (gsize) (q - s) : 0;
}
