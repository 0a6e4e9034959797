/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Claim extraction from tables and infoboxes. A Markdown pipe table ("|
 * Negara | Tahun bergabung |", "|---|---|", then its rows) stays in the
 * essay's text as it was written, its lines metadata blocks the reader
 * shows quietly; here it is read as a table: a header, rows whose first
 * cell names an entity and whose other cells hold its values. A value is
 * asked by its column ("Kapan Thailand bergabung?", "Ibu kota Thailand:
 * _____"), with the column's other values as the multiple choice's wrong
 * answers; a counted caption above ("Tabel 1. Empat negara anggota") asks
 * the first column as a list.
 *
 * An infobox ("**Didirikan:** 1995", "Headquarters: Geneva", "| Markas |
 * Jakarta |") at the top of an article says a fact about the article's
 * subject, its title, when its label is a known one (the language's
 * phrase lists infobox_where, infobox_who, infobox_count and the verbs of
 * table_when_verb); never a definition.
 *
 * The words are the language's: table_when_word ("tahun", "year"),
 * table_when_verb ("bergabung", "joined join did"), table_skip_header
 * ("keterangan", "notes") and table_total ("jumlah", "total").
 */
#include "config.h"

#include <string.h>

#include "ds-card.h"
#include "ds-claims-private.h"
#include "ds-words.h"

#define TABLE_MAX_COLS 12
#define TABLE_MAX_ROWS 64
/* A column asks what a header names, in a few words; a value is a name,
 * a year or a figure, not a sentence. */
#define HEADER_MAX_WORDS 4
#define VALUE_MAX_WORDS 6
/* A long table would fill the deck with one kind of card. */
#define TABLE_MAX_COLUMNS_ASKED 2
#define TABLE_MAX_FACTS 8
#define INFOBOX_LABEL_MAX_BYTES 40

typedef struct {
  const char *p;
  const char *end;
} Cell;

typedef struct {
  guint  n_cols;
  Cell   header[TABLE_MAX_COLS];
  guint  n_rows;
  Cell   rows[TABLE_MAX_ROWS][TABLE_MAX_COLS];
  guint  row_block[TABLE_MAX_ROWS];
  guint  header_block;
  guint  key;           /* the column that names the rows: the first, or
                         * the second after a column of row numbers */
  gboolean compare;     /* "| Aspek | Mediasi | Arbitrase |": the columns
                         * are the things compared, the rows their aspects */
  gboolean grouped;     /* "| Status | Negara |" over "| Meratifikasi | … |":
                         * the first column sorts the rows, names none */
  gboolean repeated[TABLE_MAX_ROWS]; /* the row's key cell is another
                         * row's too: it names no one row */
} Table;

/* ---- Cells ---- */

static gboolean
block_is_table_row (Ctx   *ctx,
                    guint  index)
{
  const DsBlock *block;
  const char *p, *end;

  if (index >= ds_essay_get_n_blocks (ctx->essay))
    return FALSE;
  block = ds_essay_get_block (ctx->essay, index);
  p = ctx->text + block->content_byte_start;
  end = ctx->text + block->byte_end;
  return block->kind == DS_BLOCK_METADATA && end - p >= 3 && *p == '|' && end[-1] == '|';
}

static Cell
cell_trim (const char *p,
           const char *end)
{
  while (p < end && (*p == ' ' || *p == '*' || *p == '_'))
    p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '*' || end[-1] == '_'))
    end--;
  return (Cell) { p, end };
}

/* The cells of a row "| a | b |", trimmed; "\|" is a bar inside a cell.
 * Returns how many (at most @max). */
static guint
row_cells (Ctx   *ctx,
           guint  index,
           Cell  *cells,
           guint  max)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  const char *p = ctx->text + block->content_byte_start + 1;
  const char *end = ctx->text + block->byte_end - 1;
  guint n = 0;

  while (p <= end && n < max)
    {
      const char *q = p;

      while (q < end && !(*q == '|' && q[-1] != '\\'))
        q++;
      cells[n++] = cell_trim (p, q);
      p = q + 1;
    }
  return n;
}

static gboolean
cell_empty (Cell c)
{
  for (const char *q = c.p; q < c.end; q++)
    if (g_ascii_isalnum (*q) || (guchar) *q >= 0x80)
      return FALSE;
  return TRUE;
}

/* (A dash or a tick, "—", "✓", is no letter: a character past ASCII is
 * asked what it is.) */
static gboolean
cell_has_letter (Cell c)
{
  for (const char *q = c.p; q < c.end; q++)
    if (g_ascii_isalpha (*q) || ((guchar) *q >= 0xC0 && g_unichar_isalpha (g_utf8_get_char_validated (q, c.end - q))))
      return TRUE;
  return FALSE;
}

static gboolean
cell_same (Cell a,
           Cell b)
{
  return a.end - a.p == b.end - b.p && ds_ascii_strncasecmp (a.p, b.p, a.end - a.p) == 0;
}

/* Letters and digits of @c, a character each, up to two: a cell of one
 * ("x", "✓", "—") is a mark, shorter than a word. */
static guint
cell_chars (Cell c)
{
  guint n = 0;

  for (const char *q = c.p; q < c.end && n < 2; q++)
    n += g_ascii_isalnum (*q) || (guchar) *q >= 0xC0;
  return n;
}

/* "|---|:---:|": the line under a header. */
static gboolean
is_separator_row (const Cell *cells,
                  guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      gboolean dash = FALSE;

      for (const char *q = cells[i].p; q < cells[i].end; q++)
        if (*q == '-')
          dash = TRUE;
        else if (*q != ':' && *q != ' ')
          return FALSE;
      if (!dash)
        return FALSE;
    }
  return n > 0;
}

static gboolean
block_is_separator (Ctx   *ctx,
                    guint  index)
{
  Cell cells[TABLE_MAX_COLS];

  return is_separator_row (cells, row_cells (ctx, index, cells, TABLE_MAX_COLS));
}

static guint
cell_words (Cell c)
{
  guint n = 0;
  gboolean in = FALSE;

  for (const char *q = c.p; q < c.end; q++)
    {
      gboolean space = *q == ' ';

      n += !space && !in;
      in = !space;
    }
  return n;
}

/* "1957": a year and nothing else. */
static gboolean
cell_is_year (Cell c)
{
  return c.end - c.p == 4 && (*c.p == '1' || *c.p == '2') && g_ascii_isdigit (c.p[1]) &&
         g_ascii_isdigit (c.p[2]) && g_ascii_isdigit (c.p[3]);
}

/* "12 Maret 2019", "June 1961", "1995": a date that has a year. */
static gboolean
cell_has_year (Cell c)
{
  for (const char *q = c.p; q + 4 <= c.end; q++)
    if ((q == c.p || !g_ascii_isalnum (q[-1])) && (q + 4 == c.end || !g_ascii_isalnum (q[4])) &&
        cell_is_year ((Cell) { q, q + 4 }))
      return TRUE;
  return FALSE;
}

/* "21", "1.250", "3,5": a number with no unit, which a column of
 * counts holds; asked only as a year of an event. */
static gboolean
cell_bare_number (Cell c)
{
  for (const char *q = c.p; q < c.end; q++)
    if (!g_ascii_isdigit (*q) && *q != '.' && *q != ',' && *q != ' ')
      return FALSE;
  return TRUE;
}

static char *
cell_dup (Cell c)
{
  return g_strndup (c.p, c.end - c.p);
}

static char *
cell_folded (Cell c)
{
  g_autofree char *text = cell_dup (c);

  return ds_words_fold (text, DS_FOLD_NONE);
}

/* The entry of the phrase list @name that is @folded, or NULL; in
 * table_when_verb an entry's first word is the spelling and the rest its
 * forms ("joined join did"), so an entry starting with @folded and a
 * space is its own. */
static const char *
phrase_entry (Ctx        *ctx,
              const char *folded,
              const char *name)
{
  const char * const *list = ds_lang_get_phrases (ctx->lang, name);
  gboolean forms = strcmp (name, "table_when_verb") == 0;
  gsize len = strlen (folded);

  for (guint i = 0; list[i] != NULL; i++)
    if (strncmp (list[i], folded, len) == 0 && (list[i][len] == '\0' || (forms && list[i][len] == ' ')))
      return list[i];
  return NULL;
}

static gboolean
cell_in_list (Ctx        *ctx,
              Cell        c,
              const char *name)
{
  g_autofree char *folded = cell_folded (c);

  return phrase_entry (ctx, folded, name) != NULL;
}

/* ---- Questions ---- */

/* The verb a header or label asks "when" with ("Tahun bergabung",
 * "Bergabung", "Year joined", "Founded"): its entry of table_when_verb,
 * or NULL. */
static const char *
when_verb (Ctx  *ctx,
           Cell  label)
{
  g_autofree char *folded = cell_folded (label);
  const char *space = strchr (folded, ' ');
  const char *entry = phrase_entry (ctx, folded, "table_when_verb");

  if (entry == NULL && space != NULL)
    {
      g_autofree char *first = g_strndup (folded, space - folded);

      if (phrase_entry (ctx, first, "table_when_word") != NULL)
        entry = phrase_entry (ctx, space + 1, "table_when_verb");
    }
  return entry;
}

/* "Kapan Thailand bergabung?", "In which year did Thailand join?": the
 * entry "joined join did" gives the verb and its auxiliary. */
static char *
when_question (Ctx        *ctx,
               const char *entry,
               const char *entity,
               gboolean    year)
{
  g_auto(GStrv) parts = g_strsplit (entry, " ", 3);
  const char *verb = parts[1] != NULL ? parts[1] : parts[0];
  const char *aux = parts[1] != NULL && parts[2] != NULL ? parts[2] : "";

  return ds_lang_expand (ctx->lang, year ? "table_question_year" : "table_question_when", "entity", entity,
                         "verb", verb, "aux", aux, NULL);
}

/* "World Wide Web Consortium (W3C)": two words or more, each opening on
 * a capital (or a short joining word between them), then an acronym of
 * capitals in brackets that ends the cell. */
static gboolean
titled_with_acronym (Cell c)
{
  const char *open = c.end - 1 > c.p && c.end[-1] == ')' ? memchr (c.p, '(', c.end - c.p) : NULL;
  guint capitals = 0, words = 0;

  if (open == NULL || c.end - open < 4)
    return FALSE;
  for (const char *q = open + 1; q < c.end - 1; q++)
    if (g_ascii_islower (*q) || *q == ' ')
      return FALSE;
    else
      capitals += g_ascii_isupper (*q);
  for (const char *q = c.p; q < open; q++)
    if (q == c.p || q[-1] == ' ')
      {
        if (*q == ' ')
          continue;
        words++;
        if (!g_ascii_isupper (*q) && !(q > c.p && (strncmp (q, "of ", 3) == 0 || strncmp (q, "for ", 4) == 0 ||
                                                   strncmp (q, "and ", 4) == 0 || strncmp (q, "on ", 3) == 0)))
          return FALSE;
      }
  return capitals >= 2 && words >= 2;
}

/* "the European Court of Human Rights": an English body's name is a
 * common noun's phrase (a word of the list subject_article_head) and
 * takes the article in a question; "AICHR", "Chile" as they are. */
static char *
entity_name (Ctx  *ctx,
             Cell  c)
{
  g_autofree char *folded = cell_folded (c);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  if (!ctx->english || g_str_has_prefix (folded, "the "))
    return cell_dup (c);
  /* "Internet Engineering Task Force (IETF)": a name of words in
   * capitals that gives its acronym in brackets is a body's title. */
  if (titled_with_acronym (c))
    {
      g_autofree char *name = cell_dup (c);

      return g_strconcat ("the ", name, NULL);
    }
  for (guint i = 0; words[i] != NULL; i++)
    if (phrase_entry (ctx, words[i], "subject_article_head") != NULL)
      {
        g_autofree char *name = cell_dup (c);

        return g_strconcat ("the ", name, NULL);
      }
  return cell_dup (c);
}

/* ---- Claims ---- */

/* A fact whose answer is the cell @value of the line @s, asked by
 * @question (taken). */
static DsClaim *
cell_fact (Ctx        *ctx,
           const Sent *s,
           Cell        value,
           char       *question)
{
  DsClaim *claim = _ds_claim_new (ctx, DS_CLAIM_FACT, cell_is_year (value) ? DS_CLAIM_RULE_DATE : DS_CLAIM_RULE_EVENT,
                                  s);

  claim->subject = cell_dup (value);
  claim->key_start = _ds_sent_char_at (s, value.p);
  claim->key_end = _ds_sent_char_at (s, value.end);
  claim->body = g_strndup (s->p, s->end - s->p);
  claim->question = question;
  return claim;
}

/* "| Jumlah | 5 |", "| Total | 4 |": a row that adds the others up. */
static gboolean
row_is_total (Ctx  *ctx,
              Cell  c)
{
  g_autofree char *folded = cell_folded (c);
  char *space = strchr (folded, ' ');

  if (space != NULL)
    *space = '\0';
  return phrase_entry (ctx, folded, "table_total") != NULL;
}

/* A row's entity: a name, not a total nor a number. */
static gboolean
row_entity_ok (Ctx   *ctx,
               Cell   c)
{
  return cell_has_letter (c) && cell_words (c) <= VALUE_MAX_WORDS && !row_is_total (ctx, c);
}

/* The column's other values, each once, wrong answers of the value's
 * kind; a total's row gives none. */
static void
add_alternatives (Ctx         *ctx,
                  DsClaim     *claim,
                  const Table *t,
                  guint        row,
                  guint        col)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (seen, cell_folded (t->rows[row][col]));
  claim->alternatives = g_ptr_array_new_with_free_func (g_free);
  /* Compared things: the other things' values of the same aspect. */
  for (guint c = t->key + 1; t->compare && c < t->n_cols; c++)
    {
      g_autofree char *folded = NULL;

      if (c == col || cell_empty (t->rows[row][c]) || cell_chars (t->rows[row][c]) < 2)
        continue;
      folded = cell_folded (t->rows[row][c]);
      if (g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        continue;
      g_ptr_array_add (claim->alternatives, cell_dup (t->rows[row][c]));
      g_ptr_array_add (seen, g_steal_pointer (&folded));
    }
  for (guint r = 0; !t->compare && r < t->n_rows; r++)
    {
      g_autofree char *folded = NULL;

      if (cell_empty (t->rows[r][col]) || cell_chars (t->rows[r][col]) < 2 || row_is_total (ctx, t->rows[r][t->key]))
        continue;
      folded = cell_folded (t->rows[r][col]);
      if (g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        continue;
      g_ptr_array_add (claim->alternatives, cell_dup (t->rows[r][col]));
      g_ptr_array_add (seen, g_steal_pointer (&folded));
    }
}

/* A value to ask: a few words (@max_words), neither the row's name nor
 * its column's ("| Status | Status |"), nor a mark shorter than a word. */
static gboolean
value_ok (Cell  c,
          Cell  entity,
          Cell  header,
          guint max_words)
{
  return !cell_empty (c) && cell_chars (c) >= 2 && cell_words (c) <= max_words && !cell_same (c, entity) &&
         !cell_same (c, header);
}

/* A header a column can be asked by: words, few, and none that only
 * comments ("Keterangan", "Notes"). A header with a figure is a value
 * ("| Ditandatangani | 23 November 2001 |" opens an infobox). */
static gboolean
header_ok (Ctx  *ctx,
           Cell  c)
{
  for (const char *q = c.p; q < c.end; q++)
    if (g_ascii_isdigit (*q))
      return FALSE;
  return cell_has_letter (c) && cell_words (c) <= HEADER_MAX_WORDS && !cell_in_list (ctx, c, "table_skip_header");
}

/* Whether every value of the column has a year: a column of dates (a
 * total's row aside). */
static gboolean
column_dated (Ctx         *ctx,
              const Table *t,
              guint        col,
              gboolean    *years)
{
  *years = TRUE;
  for (guint r = 0; r < t->n_rows; r++)
    {
      if (cell_empty (t->rows[r][col]) || !row_entity_ok (ctx, t->rows[r][t->key]))
        continue;
      if (!cell_has_year (t->rows[r][col]))
        return FALSE;
      *years &= cell_is_year (t->rows[r][col]);
    }
  return TRUE;
}

/* "| Putaran | Tahun |" over "| Kennedy | 1964–67 |", "| Round | Years
 * |" over "| Tokyo | 1973–79 |": a key column whose header is a kind of
 * event known by a name (the phrase list table_named_kind: putaran, KTT,
 * konferensi; round, summit, conference) holds the names without their
 * kind; the row's entity is the name with it ("Putaran Kennedy", "Tokyo
 * Round"), or "Tahun Kennedy: _____" asks of nothing. A cell that
 * holds the kind already ("Putaran Uruguay") is the name. */
static char *
kind_named (Ctx         *ctx,
            const Table *t,
            Cell         named)
{
  g_autofree char *kind = NULL;
  g_autofree char *name = cell_dup (named);
  g_autofree char *folded_kind = NULL;
  g_autofree char *folded_name = NULL;

  if (t->compare || cell_empty (t->header[t->key]) || cell_words (t->header[t->key]) != 1 ||
      !cell_in_list (ctx, t->header[t->key], "table_named_kind") || !g_unichar_isupper (g_utf8_get_char (named.p)))
    return NULL;
  kind = cell_dup (t->header[t->key]);
  folded_kind = ds_words_fold (kind, DS_FOLD_NONE);
  folded_name = ds_words_fold (name, DS_FOLD_NONE);
  if (strstr (folded_name, folded_kind) != NULL)
    return NULL;
  _ds_capitalize (kind);
  return ctx->english ? g_strconcat (name, " ", kind, NULL) : g_strconcat (kind, " ", name, NULL);
}

/* Words a role's cell holds at most: a clause, not a paragraph. */
#define ROLE_MAX_WORDS 14

/* A column whose header names a role (the phrase list table_role_header:
 * "Peran", "Fungsi utama", "Role", "Mandate") in a table of records. */
static gboolean
column_is_role (Ctx         *ctx,
                const Table *t,
                guint        col)
{
  return !t->compare && col != t->key && cell_in_list (ctx, t->header[col], "table_role_header");
}

/* The question of the cell @value of the row @row and the column @col:
 * the column names what is asked of the row's entity, or, when the table
 * compares its columns, the row names what is asked of the column's. */
static char *
column_question (Ctx         *ctx,
                 const Table *t,
                 guint        row,
                 guint        col,
                 Cell         value)
{
  Cell label = t->compare ? t->rows[row][t->key] : t->header[col];
  Cell named = t->compare ? t->header[col] : t->rows[row][t->key];
  const char *verb = when_verb (ctx, label);
  gboolean years = FALSE;
  g_autofree char *header = NULL;
  g_autofree char *kinded = kind_named (ctx, t, named);
  g_autofree char *entity = kinded != NULL ? g_strdup (kinded) : cell_dup (named);

  if (verb != NULL && (t->compare ? cell_has_year (value) : column_dated (ctx, t, col, &years)))
    {
      g_autofree char *name = NULL;

      /* "1993 (APNIC)": a date kept for one of the row's names is not the
       * row's date. */
      if (memchr (value.p, '(', value.end - value.p) != NULL)
        return NULL;
      name = kinded != NULL ? g_strdup (kinded) : entity_name (ctx, named);
      return when_question (ctx, verb, name, t->compare ? cell_is_year (value) : years);
    }
  /* "| Badan | Fungsi utama |" over "| ID-SIRTII | memantau trafik … |":
   * a column that says what each row's body does is asked as its role,
   * in lower case as a clause is ("Apa fungsi utama ID-SIRTII?", "What
   * is the main role of the Pacific Cyber Network?"). */
  if (column_is_role (ctx, t, col))
    {
      g_autofree char *name = kinded != NULL ? g_strdup (kinded) : entity_name (ctx, named);

      header = cell_dup (label);
      if (!g_ascii_isupper (header[1]))
        header[0] = g_ascii_tolower (header[0]);
      return cell_has_letter (value) ? ds_lang_expand (ctx->lang, "table_question_role", "header", header, "entity",
                                                        name, NULL)
                                     : NULL;
    }
  /* A name ("Port Vila"), a figure with its unit ("14 negara"); not a
   * bare count, nor a remark in lower case ("training only"). */
  if (cell_bare_number (value) || !(g_unichar_isupper (g_utf8_get_char (value.p)) || g_ascii_isdigit (*value.p)))
    return NULL;
  header = cell_dup (label);
  _ds_capitalize (header);
  return ds_lang_expand (ctx->lang, "table_cloze", "header", header, "entity", entity, "blank", DS_CARD_BLANK,
                         NULL);
}

/* Parts a cell's list holds at most, and words a part. */
#define CELL_LIST_MAX_PARTS 6
#define CELL_PART_MAX_WORDS 4

/* "| Korea | KOICA (1991) | beasiswa, relawan |": a cell of short parts
 * between commas (or semicolons) is the row's list for its column, asked
 * by the header and the row's entity ("Apa saja program utama Korea?",
 * "What are the main programmes of Korea?": template owned); in a table
 * that compares its columns ("| Aspek | Realisme | Liberalisme |"), by
 * the row's aspect and the column's thing ("Apa saja tokoh Realisme?",
 * not "realisme tokoh"). TRUE when the cell is such a list, made or
 * not. */
static gboolean
cell_list (Ctx         *ctx,
           const Table *t,
           guint        row,
           guint        col,
           Cell         value)
{
  const char *starts[CELL_LIST_MAX_PARTS + 1], *ends[CELL_LIST_MAX_PARTS + 1];
  guint n = 0;
  const char *q = value.p;
  g_autofree char *header = NULL;
  g_autofree char *entity = NULL;
  DsClaim *claim;
  Sent s;

  if (memchr (value.p, ',', value.end - value.p) == NULL)
    return FALSE;
  while (q < value.end)
    {
      const char *e = q;
      Cell part;

      gint depth = 0;

      /* "US$9,4 miliar", "1,5 juta": a comma between digits is a decimal
       * (or thousands) mark; "(Jepang, Korea)": a comma in brackets parts
       * no item of the cell. */
      while (e < value.end && !(depth <= 0 && (*e == ';' || (*e == ',' && !(e > value.p && e + 1 < value.end &&
                                                                           g_ascii_isdigit (e[-1]) &&
                                                                           g_ascii_isdigit (e[1]))))))
        {
          depth += (*e == '(') - (*e == ')');
          e++;
        }
      part = cell_trim (q, e);
      /* ("a dan b": the last part's joining word is none of it.) */
      if (n > 0 && part.end - part.p > 4 && (strncmp (part.p, "dan ", 4) == 0 || strncmp (part.p, "and ", 4) == 0))
        part.p += 4;
      if (n >= CELL_LIST_MAX_PARTS || !cell_has_letter (part) || cell_words (part) > CELL_PART_MAX_WORDS)
        return FALSE;
      starts[n] = part.p;
      ends[n++] = part.end;
      q = e < value.end ? e + 1 : e;
    }
  if (n < 2)
    return FALSE;
  header = cell_dup (t->compare ? t->rows[row][t->key] : t->header[col]);
  if (!t->compare || !g_ascii_isupper (header[1]))
    header[0] = g_ascii_tolower (header[0]);
  entity = cell_dup (t->compare ? t->header[col] : t->rows[row][t->key]);
  _ds_block_as_sent (ctx, t->row_block[row], &s);
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, &s);
  claim->subject = ds_lang_expand (ctx->lang, "owned", "owned", header, "owner", entity, NULL);
  claim->form = DS_LIST_FORM_NAMING;
  for (guint i = 0; i < n; i++)
    _ds_claim_add_item (claim, &s, starts[i], ends[i]);
  claim->score -= 1.0;
  _ds_claim_commit (ctx, claim);
  return TRUE;
}

/* The facts of one column, row by row; returns how many were made. */
static guint
column_facts (Ctx         *ctx,
              const Table *t,
              guint        col,
              guint        budget)
{
  guint made = 0;
  gboolean role = column_is_role (ctx, t, col);

  for (guint r = 0; r < t->n_rows && made < budget; r++)
    {
      Cell entity = t->rows[r][t->key], value = t->rows[r][col];
      char *question;
      DsClaim *claim;
      Sent s;

      /* "Ya", "No": a cell that only says yes or no asks nothing. */
      if (t->repeated[r] || !row_entity_ok (ctx, entity) || cell_empty (value) ||
          cell_in_list (ctx, value, "table_yes_no"))
        continue;
      /* (A role's commas part its clause: "develops standards, such as
       * protocols" is one role, no list.) */
      if (!role && cell_list (ctx, t, r, col, value))
        {
          made++;
          continue;
        }
      if (!value_ok (value, entity, t->header[col], role ? ROLE_MAX_WORDS : VALUE_MAX_WORDS))
        continue;
      if ((question = column_question (ctx, t, r, col, value)) == NULL)
        continue;
      _ds_block_as_sent (ctx, t->row_block[r], &s);
      claim = cell_fact (ctx, &s, value, question);
      add_alternatives (ctx, claim, t, r, col);
      /* A cell is a detail: the prose's own claims come first. */
      claim->score -= 1.0;
      made += _ds_claim_commit (ctx, claim);
    }
  return made;
}

static void
table_facts (Ctx         *ctx,
             const Table *t)
{
  guint asked = 0, made = 0;

  for (guint col = t->key + 1; col < t->n_cols && asked < TABLE_MAX_COLUMNS_ASKED && made < TABLE_MAX_FACTS; col++)
    {
      guint n;

      if (!header_ok (ctx, t->header[col]))
        continue;
      n = column_facts (ctx, t, col, TABLE_MAX_FACTS - made);
      asked += n > 0;
      made += n;
    }
}

/* ---- A timeline as a table ---- */

#define EVENT_MIN_WORDS 3
#define EVENT_MAX_WORDS 30

/* "| 2004 | Patroli bersama dimulai |": a table whose first column holds
 * the dates is a timeline; asked as its lines are, the date blanked
 * before the event, the column's other dates the wrong answers. */
static gboolean
table_is_timeline (const Table *t)
{
  guint dated = 0;

  for (guint r = 0; r < t->n_rows; r++)
    {
      if (cell_empty (t->rows[r][0]))
        continue;
      if (!cell_has_year (t->rows[r][0]) || cell_words (t->rows[r][0]) > 3)
        return FALSE;
      dated++;
    }
  return dated > 0;
}

/* The column that tells the events: the first whose cells are clauses
 * of a few words. */
static guint
event_column (const Table *t)
{
  for (guint col = 1; col < t->n_cols; col++)
    {
      gboolean events = TRUE;

      for (guint r = 0; r < t->n_rows && events; r++)
        events = cell_words (t->rows[r][col]) >= EVENT_MIN_WORDS &&
                 cell_words (t->rows[r][col]) <= EVENT_MAX_WORDS && cell_has_letter (t->rows[r][col]);
      if (events)
        return col;
    }
  return 0;
}

static void
timeline_rows (Ctx         *ctx,
               const Table *t)
{
  guint col = event_column (t), made = 0;

  for (guint r = 0; col > 0 && r < t->n_rows && made < TABLE_MAX_FACTS; r++)
    {
      g_autofree char *event = NULL;
      DsClaim *claim;
      Sent s;

      if (cell_empty (t->rows[r][0]))
        continue;
      event = cell_dup (t->rows[r][col]);
      /* "| 1998 | ICANN founded | domain names managed … |": a short
       * cell before the column of clauses names what happened; the
       * clause alone ("_____ – domain names managed …") leaves it out. */
      for (guint c = col; c > 1; c--)
        if (!cell_empty (t->rows[r][c - 1]) && cell_has_letter (t->rows[r][c - 1]) &&
            cell_words (t->rows[r][c - 1]) <= EVENT_MAX_WORDS)
          {
            g_autofree char *name = cell_dup (t->rows[r][c - 1]);
            char *both = g_strconcat (name, ": ", event, NULL);

            g_free (event);
            event = both;
          }
      _ds_block_as_sent (ctx, t->row_block[r], &s);
      claim = cell_fact (ctx, &s, t->rows[r][0], NULL);
      g_free (claim->body);
      claim->body = ds_lang_expand (ctx->lang, "table_timeline_blank", "blank", DS_CARD_BLANK, "event", event,
                                    NULL);
      claim->rule = DS_CLAIM_RULE_DATE;
      add_alternatives (ctx, claim, t, r, 0);
      made += _ds_claim_commit (ctx, claim);
    }
}

/* ---- A timeline line as a paragraph ---- */

#define TIMELINE_LINE_MAX_BYTES 400

static gboolean
is_emphasis (const Tok *t)
{
  return t->type == TOK_PUNCT && (t->ch == '*' || t->ch == '_');
}

/* "1986 – Wabah besar melanda …", "**2020**: …", "Maret 2004 — …",
 * "Tahun 2002: …" on a line of its own (a list line's date is asked by
 * the list's rule): the date, the tokens [*@a, *@b), before a dash or a
 * colon and an event of a few words. */
static gboolean
timeline_date (const Sent *s,
               guint      *a,
               guint      *b)
{
  guint e = _ds_body_end (s), i = 0, k;

  while (i < e && is_emphasis (&s->toks[i]))
    i++;
  if (i + 1 < e && (_ds_tok_is (&s->toks[i], "tahun") || _ds_tok_is (&s->toks[i], "year")))
    i++;
  if ((k = _ds_read_date (s, i, e)) == 0)
    k = i < e && s->toks[i].type == TOK_NUMBER && s->toks[i].len == 4 ? i + 1 : 0;
  if (k == 0)
    return FALSE;
  *a = i;
  *b = k;
  while (k < e && is_emphasis (&s->toks[k]))
    k++;
  if (k >= e || !(_ds_tok_is_punct (&s->toks[k], ':') || _ds_tok_is_punct (&s->toks[k], 0x2013) ||
                  _ds_tok_is_punct (&s->toks[k], 0x2014) || _ds_tok_is_punct (&s->toks[k], '-')))
    return FALSE;
  return _ds_count_words (s, k + 1, e) >= EVENT_MIN_WORDS;
}

/* A colon or a dash (en, em) at @q, of the bytes before @end. */
static inline gboolean
timeline_mark (const guchar *q,
               const guchar *end)
{
  return *q == ':' || *q == '-' ||
         (*q == 0xE2 && end - q >= 3 && q[1] == 0x80 && (q[2] == 0x93 || q[2] == 0x94));
}

/* Before tokenizing: a timeline line opens on its date, which has a
 * number (a token of digits); before the number stand at most emphasis
 * and two words ("Tahun", a month), none of them a colon or a dash, and
 * after it a colon or a dash. Words are told by the spaces around them:
 * a run of bytes between spaces that holds a letter holds a word token at
 * least. */
static gboolean
timeline_may_hold (Ctx           *ctx,
                   const DsBlock *block)
{
  const guchar *q = (const guchar *) ctx->text + block->content_byte_start;
  const guchar *end = (const guchar *) ctx->text + block->byte_end;
  guint words = 0;
  gboolean in_word = FALSE;

  for (; q < end && !g_ascii_isdigit (*q); q++)
    {
      if (timeline_mark (q, end))
        return FALSE;
      if (*q == ' ' || *q == '\t' || *q == '\n')
        in_word = FALSE;
      else if (!in_word && (g_ascii_isalpha (*q) || *q >= 0x80))
        {
          in_word = TRUE;
          if (++words > 2)
            return FALSE;
        }
    }
  for (; q < end; q++)
    if (timeline_mark (q, end))
      return TRUE;
  return FALSE;
}

/**
 * _ds_find_timeline_line:
 *
 * A paragraph that is one timeline line: its date blanked, as a list's
 * timeline lines are. The rest of the line is read as prose still.
 */
void
_ds_find_timeline_line (Ctx   *ctx,
                        guint  index)
{
  const DsBlock *block = ds_essay_get_block (ctx->essay, index);
  guint a, b;
  Sent s;
  char first = ctx->text[block->content_byte_start];

  if (block->byte_end - block->content_byte_start > TIMELINE_LINE_MAX_BYTES ||
      (!g_ascii_isalnum (first) && first != '*') || !timeline_may_hold (ctx, block))
    return;
  _ds_block_as_sent (ctx, index, &s);
  _ds_sent_tokenize_aside (ctx, &s);
  if (s.n > 3 && timeline_date (&s, &a, &b))
    _ds_commit_cloze (ctx, &s, DS_CLAIM_RULE_DATE, a, b);
}

/* ---- The caption ---- */

/* "Tabel 1. Empat negara anggota", "Table 2: Three founding states": the
 * line above the table, past its label and number; the token where the
 * count stands, or G_MAXUINT. */
static guint
caption_count_at (Ctx      *ctx,
                  Sent     *c,
                  gboolean  labelled)
{
  guint i = 0;

  if (c->n > 2 && _ds_phrase_at (ctx, c, 0, PL_TABLE_LABEL) == 1 && c->toks[1].type == TOK_NUMBER)
    {
      i = 2;
      while (i < c->n && c->toks[i].type == TOK_PUNCT)
        i++;
    }
  else if (labelled)
    return G_MAXUINT;
  return i < c->n && (c->toks[i].flags & W_COUNT) ? i : G_MAXUINT;
}

static gboolean
caption_list (Ctx         *ctx,
              const Table *t,
              guint        caption,
              gboolean     labelled)
{
  const DsBlock *block;
  guint i, e, n = 0;
  DsClaim *claim;
  Sent c;

  if (caption == G_MAXUINT)
    return FALSE;
  block = ds_essay_get_block (ctx->essay, caption);
  if (block->kind != DS_BLOCK_HEADING && block->kind != DS_BLOCK_PARAGRAPH)
    return FALSE;
  _ds_block_as_sent (ctx, caption, &c);
  _ds_sent_tokenize_aside (ctx, &c);
  e = _ds_body_end (&c);
  if ((i = caption_count_at (ctx, &c, labelled)) == G_MAXUINT || e <= i + 1 || e - i - 1 > 6 ||
      !_ds_term_usable (&c, i + 1, e))
    return FALSE;
  /* (A name said in two rows makes the rows no list of names.) */
  for (guint r = 0; r < t->n_rows; r++)
    if (t->repeated[r])
      return FALSE;
    else
      n += row_entity_ok (ctx, t->rows[r][t->key]);
  if (n != c.toks[i].value)
    return FALSE;
  claim = _ds_claim_new (ctx, DS_CLAIM_ENUMERATION, DS_CLAIM_RULE_BLOCKS, &c);
  claim->stated_count = c.toks[i].value;
  claim->count_word = g_ascii_strdown (c.toks[i].p, c.toks[i].len);
  claim->subject = _ds_phrase_dup (&c, i + 1, e, TRUE);
  claim->form = DS_LIST_FORM_NAMING;
  for (guint r = 0; r < t->n_rows; r++)
    if (row_entity_ok (ctx, t->rows[r][t->key]))
      {
        Sent row;

        _ds_block_as_sent (ctx, t->row_block[r], &row);
        _ds_claim_add_item (claim, &row, t->rows[r][t->key].p, t->rows[r][t->key].end);
      }
  return _ds_claim_commit (ctx, claim);
}

/* ---- Infoboxes ---- */

/* The title as a question names it: "the International Commission for
 * Migratory Waterbirds", an English body's name being a common noun's
 * phrase (a word of the list subject_article_head), "Interpol" as it is. */
static char *
subject_name (Ctx *ctx)
{
  g_autofree char *folded = ds_words_fold (ctx->title, DS_FOLD_NONE);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  if (ds_ascii_strncasecmp (ctx->title, "the ", 4) == 0)
    return g_strdup (ctx->title);
  for (guint i = 0; words[i] != NULL; i++)
    if (phrase_entry (ctx, words[i], "subject_article_head") != NULL)
      return g_strconcat ("the ", ctx->title, NULL);
  return g_strdup (ctx->title);
}

/* "Didirikan" | "1995" about the title: a question by the label's kind,
 * or NULL. */
static char *
infobox_question (Ctx  *ctx,
                  Cell  label,
                  Cell  value)
{
  const char *verb = when_verb (ctx, label);
  g_autofree char *folded = cell_folded (label);
  g_autofree char *subject = subject_name (ctx);
  static const struct {
    const char *list;
    const char *template;
    gboolean    figure;
  } kinds[] = {
    { "infobox_where", "infobox_where", FALSE },
    { "infobox_who", "infobox_who", FALSE },
    { "infobox_count", "infobox_count", TRUE },
  };

  if (verb != NULL)
    return cell_has_year (value) ? when_question (ctx, verb, subject, cell_is_year (value)) : NULL;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (phrase_entry (ctx, folded, kinds[k].list) != NULL)
      {
        if (kinds[k].figure ? !g_ascii_isdigit (*value.p) : !cell_has_letter (value))
          return NULL;
        return ds_lang_expand (ctx->lang, kinds[k].template, "label", folded, "subject", subject, NULL);
      }
  return NULL;
}

static gboolean
infobox_pair (Ctx        *ctx,
              const Sent *s,
              Cell        label,
              Cell        value)
{
  char *question;

  if (cell_empty (value) || cell_words (value) > VALUE_MAX_WORDS || ctx->title == NULL ||
      (question = infobox_question (ctx, label, value)) == NULL)
    return FALSE;
  return _ds_claim_commit (ctx, cell_fact (ctx, s, value, question));
}

#define SUBJECT_MAX_WORDS 8

/* Whether the title names the article's subject, as an encyclopedia's
 * does: a name of a few words ("Komisi Perikanan Laut Banda", not
 * "Chair's Summary: Regional Dialogue on …") that the text itself names.
 * A meeting's "Chair:" line is about the meeting, not the title. */
static gboolean
title_is_subject (Ctx *ctx)
{
  if (ctx->title_named == 0)
    {
      g_autofree char *title = ds_words_fold (ctx->title, DS_FOLD_NONE);
      g_autofree char *text = ds_words_fold (ctx->text, DS_FOLD_NONE);
      g_auto(GStrv) words = g_strsplit (title, " ", -1);

      ctx->title_named = strchr (ctx->title, ':') == NULL && g_strv_length (words) <= SUBJECT_MAX_WORDS &&
                         title[0] != '\0' && strstr (text, title) != NULL ? 2 : 1;
    }
  return ctx->title_named == 2;
}

/* Whether a two-column table at the top is an infobox: a line of it, its
 * header too, a known label and its value ("| Markas | Jakarta |"; the
 * header may be empty, "| | |"). */
static gboolean
table_is_infobox (Ctx         *ctx,
                  const Table *t)
{
  g_autofree char *question = NULL;

  if (ctx->topic_block != G_MAXUINT || t->n_cols != 2 || !title_is_subject (ctx))
    return FALSE;
  question = infobox_question (ctx, t->header[0], t->header[1]);
  for (guint r = 0; question == NULL && r < t->n_rows; r++)
    question = infobox_question (ctx, t->rows[r][0], t->rows[r][1]);
  return question != NULL;
}

static void
infobox_rows (Ctx         *ctx,
              const Table *t)
{
  Sent s;

  _ds_block_as_sent (ctx, t->header_block, &s);
  infobox_pair (ctx, &s, t->header[0], t->header[1]);
  for (guint r = 0; r < t->n_rows; r++)
    {
      _ds_block_as_sent (ctx, t->row_block[r], &s);
      infobox_pair (ctx, &s, t->rows[r][0], t->rows[r][1]);
    }
}

/* "**Markas:** Hobart", "Motto: Flyways without borders": a label of a
 * few words, a colon, a short value that is no sentence. */
static gboolean
infobox_shaped (Ctx   *ctx,
                guint  index,
                Cell  *label,
                Cell  *value)
{
  const DsBlock *block;
  const char *p, *end, *colon;

  if (index >= ds_essay_get_n_blocks (ctx->essay))
    return FALSE;
  block = ds_essay_get_block (ctx->essay, index);
  if (block->kind != DS_BLOCK_PARAGRAPH && block->kind != DS_BLOCK_METADATA)
    return FALSE;
  p = ctx->text + block->content_byte_start;
  end = ctx->text + block->byte_end;
  colon = memchr (p, ':', MIN ((gsize) (end - p), INFOBOX_LABEL_MAX_BYTES));
  if (colon == NULL)
    return FALSE;
  *label = cell_trim (p, colon);
  *value = cell_trim (colon + 1, end);
  return cell_has_letter (*label) && cell_words (*label) <= HEADER_MAX_WORDS && !cell_empty (*value) &&
         cell_words (*value) <= VALUE_MAX_WORDS && value->end[-1] != '.';
}

static gboolean
infobox_known (Ctx   *ctx,
               guint  index)
{
  g_autofree char *question = NULL;
  Cell label, value;

  if (!infobox_shaped (ctx, index, &label, &value))
    return FALSE;
  question = infobox_question (ctx, label, value);
  return question != NULL;
}

/* Whether the run of label lines around @index has a known label: then
 * it is an infobox, and its other lines ("Motto: …", "**Situs:** …")
 * are no glossary of terms either. */
static gboolean
infobox_run (Ctx   *ctx,
             guint  index)
{
  Cell label, value;

  for (guint i = index; infobox_shaped (ctx, i, &label, &value); i++)
    if (infobox_known (ctx, i))
      return TRUE;
  for (guint i = index; i > 0 && infobox_shaped (ctx, i - 1, &label, &value); i--)
    if (infobox_known (ctx, i - 1))
      return TRUE;
  return FALSE;
}

/**
 * _ds_find_infobox_line:
 *
 * "**Didirikan:** 1995", "Headquarters: Geneva" above the first heading: a
 * fact about the article's subject. Returns whether the line was one of
 * an infobox (and so no prose to read), a card made of it or not.
 */
gboolean
_ds_find_infobox_line (Ctx   *ctx,
                       guint  index)
{
  Cell label, value;
  Sent s;

  if (ctx->topic_block != G_MAXUINT || ctx->title == NULL || !infobox_shaped (ctx, index, &label, &value) ||
      !title_is_subject (ctx) || !infobox_run (ctx, index))
    return FALSE;
  _ds_block_as_sent (ctx, index, &s);
  infobox_pair (ctx, &s, label, value);
  return TRUE;
}

/* ---- Walking a table ---- */

/* "| No | Negara | … |" over "| 1 | Kamboja | … |": the first column only
 * numbers the rows (the header is one of table_number_header). */
static gboolean
numbered_rows (Ctx         *ctx,
               const Table *t)
{
  if (t->n_cols < 3 || !cell_in_list (ctx, t->header[0], "table_number_header"))
    return FALSE;
  for (guint r = 0; r < t->n_rows; r++)
    if (!cell_bare_number (t->rows[r][0]) && !row_is_total (ctx, t->rows[r][0]))
      return FALSE;
  return TRUE;
}

/* "| Minggu | Topik | Bacaan |", "| Week | Topic | Reading |": a course's
 * schedule, whose first column counts its meetings (the header is a
 * word of numbered_label); furniture, no claim. */
static gboolean
schedule_table (Ctx         *ctx,
                const Table *t)
{
  return cell_in_list (ctx, t->header[0], "numbered_label");
}

/* "| Stage | Economy |" over "| Applied | China |", "| Applied | Canada
 * |": a first column whose header sorts (the phrase list
 * table_group_header: "Status", "Tahap", "Fase") or whose cells repeat
 * in most rows sorts the rows into groups and names no row; "Economy
 * (Applied): _____", "What are the economy of Founding members?" ask of
 * a group as of an owner. A key cell that repeats in fewer rows names
 * none of its rows (t->repeated), the others still name theirs ("| Type
 * | Main tool |" of a glossary, one row's type said twice). */
static gboolean
key_groups (Ctx   *ctx,
            Table *t)
{
  guint n_repeated = 0;

  for (guint r = 0; r < t->n_rows; r++)
    for (guint o = r + 1; !cell_empty (t->rows[r][t->key]) && o < t->n_rows; o++)
      if (cell_same (t->rows[r][t->key], t->rows[o][t->key]))
        t->repeated[r] = t->repeated[o] = TRUE;
  for (guint r = 0; r < t->n_rows; r++)
    n_repeated += t->repeated[r];
  return 2 * n_repeated > t->n_rows || cell_in_list (ctx, t->header[t->key], "table_group_header");
}

/* Words a cell of a side's argument holds at least. */
#define SIDE_MIN_WORDS 3

/* Whether a key cell may name a row: one word, a figure, an acronym or
 * a capital after its first word ("Kemlu RI", "Pacific Islands Forum"). */
static gboolean
cell_may_name (Cell c)
{
  gboolean first = TRUE;

  if (cell_words (c) <= 1)
    return TRUE;
  for (const char *q = c.p; q < c.end; q++)
    {
      if (g_ascii_isdigit (*q))
        return TRUE;
      if (*q == ' ')
        first = FALSE;
      else if (!first && g_ascii_isupper (*q) && (q[-1] == ' ' || q[-1] == '('))
        return TRUE;
    }
  return FALSE;
}

/* "| Pro-biometrics | Sceptics |" over "| Protects identity, cuts fraud
 * | Refugees can't give real consent |", "| Manfaat | Risiko |" over "|
 * Biaya jauh lebih murah | Akun rawan diretas |": two columns of
 * arguments, no name among the first's cells and a clause of a few
 * words (no figure) in every cell of the second, set two sides against
 * each other row by row when both headers name sides; a row's cells are no entity and its value
 * ("Sceptics (Efficient for donors): _____" pairs two unrelated
 * points). */
/* Whether a header cell names a side ("Supporters", "Kelebihan",
 * "Arguments against"), or opens on one before a hyphen or a space
 * ("Pro-biometrics", "Risiko utama"): phrase list table_side_header. */
static gboolean
side_header (Ctx  *ctx,
             Cell  c)
{
  g_autofree char *folded = cell_folded (c);
  char *cut;

  if (phrase_entry (ctx, folded, "table_side_header") != NULL)
    return TRUE;
  cut = strpbrk (folded, "- ");
  if (cut == NULL)
    return FALSE;
  *cut = '\0';
  return phrase_entry (ctx, folded, "table_side_header") != NULL;
}

static gboolean
two_sides (Ctx         *ctx,
           const Table *t)
{
  if (t->n_cols != 2 || t->key != 0 || t->n_rows < 2)
    return FALSE;
  /* "| Tool | Purpose |" over clauses is a table of entities and
   * values: both headers must name sides. */
  if (!side_header (ctx, t->header[0]) || !side_header (ctx, t->header[1]))
    return FALSE;
  for (guint r = 0; r < t->n_rows; r++)
    {
      Cell v = t->rows[r][1];

      if (cell_may_name (t->rows[r][0]) || cell_words (v) < SIDE_MIN_WORDS)
        return FALSE;
      for (const char *q = v.p; q < v.end; q++)
        if (g_ascii_isdigit (*q))
          return FALSE;
    }
  return TRUE;
}

static gboolean
table_read (Ctx   *ctx,
            guint  first,
            guint  last,
            Table *t)
{
  Cell sep[TABLE_MAX_COLS];

  t->n_cols = row_cells (ctx, first, t->header, TABLE_MAX_COLS);
  t->header_block = first;
  if (last - first < 3 || t->n_cols < 2 || row_cells (ctx, first + 1, sep, TABLE_MAX_COLS) != t->n_cols ||
      !is_separator_row (sep, t->n_cols))
    return FALSE;
  t->n_rows = 0;
  for (guint b = first + 2; b < last && t->n_rows < TABLE_MAX_ROWS; b++)
    {
      Cell *row = t->rows[t->n_rows];

      /* A row with another number of cells is no row of this table. */
      if (row_cells (ctx, b, row, TABLE_MAX_COLS) != t->n_cols)
        continue;
      t->row_block[t->n_rows++] = b;
    }
  t->key = numbered_rows (ctx, t) ? 1 : 0;
  /* ("| | Realisme | Liberalisme |": a blank corner over the aspects
   * says the same as "Aspek".) */
  t->compare = t->n_cols >= 3 && (cell_in_list (ctx, t->header[t->key], "table_compare_header") || cell_empty (t->header[t->key]));
  t->grouped = !t->compare && key_groups (ctx, t);
  return t->n_rows > 0;
}

/**
 * _ds_walk_table:
 *
 * Reads the table whose first line is the block @first, when it is one;
 * returns the index of the block after it.
 */
guint
_ds_walk_table (Ctx   *ctx,
                guint  first)
{
  guint last = first;
  g_autofree Table *t = NULL;

  while (block_is_table_row (ctx, last))
    last++;
  /* Two tables with only a blank line between them: the second's header
   * stands above its own "|---|" line. */
  for (guint b = first + 2; b + 1 < last; b++)
    if (block_is_separator (ctx, b + 1))
      {
        last = b;
        break;
      }
  if (last == first)
    {
      /* "**Ketua:** Ingrid Solberg" may read as a byline. */
      _ds_find_infobox_line (ctx, first);
      return first + 1;
    }
  t = g_new0 (Table, 1);
  if (!table_read (ctx, first, last, t) || ctx->in_references || schedule_table (ctx, t))
    return last;
  if (table_is_infobox (ctx, t))
    infobox_rows (ctx, t);
  else if (table_is_timeline (t))
    timeline_rows (ctx, t);
  else if (!t->grouped && !two_sides (ctx, t))
    {
      /* The caption stands above the table, or below it when it says
       * it is one ("Tabel 2. …"). */
      if (!caption_list (ctx, t, first > 0 ? first - 1 : G_MAXUINT, FALSE) &&
          last < ds_essay_get_n_blocks (ctx->essay))
        caption_list (ctx, t, last, TRUE);
      table_facts (ctx, t);
    }
  return last;
}
