/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Wrong figures for a figure's multiple-choice card when the essays give
 * too few others of its type: the same figure scaled ("46%" → "23%",
 * "69%"), written as the answer is written — its decimal comma or point,
 * its thousands separators, its currency, scale and unit — so that the
 * options differ only in the number.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-generator-private.h"
#include "ds-utf8.h"

typedef struct {
  gsize    start;       /* the number's bytes in the answer */
  gsize    end;
  double   value;
  guint    decimals;    /* digits after the decimal mark */
  char     decimal;     /* ',' or '.' */
  char     thousands;   /* '.', ',' or 0 */
} Figure;

/* "88.414.296": three digits after each mark, more than one mark or a
 * leading group of up to three: thousands. "2,4", "3.5": a decimal. */
static gboolean
read_separators (const char *num,
                 gsize       len,
                 Figure     *fig)
{
  const char *last = NULL;
  guint marks = 0;

  for (gsize i = 0; i < len; i++)
    if (num[i] == '.' || num[i] == ',')
      {
        marks++;
        last = num + i;
      }
  fig->decimal = ',';
  fig->thousands = 0;
  fig->decimals = 0;
  if (marks == 0)
    return TRUE;
  if (marks > 1 && strchr (num, *last) == last)
    {
      /* "1.234,5" or "1,234.5": the last mark is the decimal one. */
      fig->decimal = *last;
      fig->thousands = *last == ',' ? '.' : ',';
      fig->decimals = (guint) (num + len - last - 1);
      return TRUE;
    }
  if (marks == 1 && num + len - last - 1 != 3)
    {
      fig->decimal = *last;
      fig->decimals = (guint) (num + len - last - 1);
      return TRUE;
    }
  fig->thousands = *last;
  fig->decimal = *last == '.' ? ',' : '.';
  return TRUE;
}

static gboolean
find_figure (const char *text,
             Figure     *fig)
{
  const char *p = text;
  g_autoptr(GString) digits = g_string_new (NULL);

  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return FALSE;
  fig->start = p - text;
  while (*p && (g_ascii_isdigit (*p) || ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))))
    p++;
  fig->end = p - text;
  read_separators (text + fig->start, fig->end - fig->start, fig);
  for (const char *q = text + fig->start; q < p; q++)
    if (g_ascii_isdigit (*q))
      g_string_append_c (digits, *q);
    else if (*q == fig->decimal)
      g_string_append_c (digits, '.');
  fig->value = g_ascii_strtod (digits->str, NULL);
  return fig->value > 0;
}

/* Every figure of @text, in order, up to @max: its value, its digits
 * after the decimal mark and, with @ends, where it ends. */
guint
ds_generator_read_figures (const char *text,
                           guint       max,
                           double     *values,
                           guint      *decimals,
                           gsize      *ends)
{
  const char *p = text;
  guint n = 0;
  Figure fig;

  while (n < max && strpbrk (p, "0123456789") != NULL)
    {
      gboolean read = find_figure (p, &fig);

      /* A figure after a letter ("G20", "COP28") is part of a name. */
      if (read && (fig.start == 0 || !g_ascii_isalpha (p[fig.start - 1])))
        {
          values[n] = fig.value;
          if (ends != NULL)
            ends[n] = (gsize) (p - text) + fig.end;
          decimals[n++] = fig.decimals;
        }
      p += fig.end;
    }
  return n;
}

static void
append_grouped (GString *out,
                guint64  whole,
                char     thousands)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  gsize len = strlen (plain);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && thousands != 0 && (len - i) % 3 == 0)
        g_string_append_c (out, thousands);
      g_string_append_c (out, plain[i]);
    }
}

static char *
write_figure (const char   *text,
              const Figure *fig,
              double        value)
{
  GString *out = g_string_new_len (text, fig->start);
  double scale = pow (10, fig->decimals);
  guint64 fixed = (guint64) llround (value * scale);

  /* "807,8 juta" × 1.5 is "1.211,7 juta": a decimal figure grown past a
   * thousand takes the thousands mark that goes with its decimal one. */
  append_grouped (out, fixed / (guint64) scale,
                  fig->thousands != 0 || fig->decimals == 0 ? fig->thousands
                                                            : fig->decimal == ',' ? '.' : ',');
  if (fig->decimals > 0)
    g_string_append_printf (out, "%c%0*" G_GUINT64_FORMAT, fig->decimal, (int) fig->decimals,
                            fixed % (guint64) scale);
  g_string_append (out, text + fig->end);
  return g_string_free (out, FALSE);
}

/* Factors that keep a figure plausible: halves, doubles, a half again. A
 * percentage stays under 100 and a year moves by a few years. */
/* "1998", "the 1990s", "tahun 1990-an": a year, whatever the claim's
 * type; moved by years, not scaled ("995s"). */
static gboolean
year_like (double        value,
           const Figure *fig)
{
  return fig->decimals == 0 && fig->thousands == 0 && fig->end - fig->start == 4 &&
         value >= 1000 && value <= 2100;
}

/* "1990s", "1990's", "1990-an", "1990an": a decade moves by decades
 * ("1977's" is none). */
static gboolean
decade (double        value,
        const char   *text,
        const Figure *fig)
{
  const char *after = text + fig->end;

  if (*after == '\'')
    after++;
  else if (g_str_has_prefix (after, "\xe2\x80\x99"))   /* a right single quote */
    after += 3;
  return fmod (value, 10) == 0 && (*after == 's' || g_str_has_prefix (after, "-an") || g_str_has_prefix (after, "an"));
}

static double
variant (DsAnswerType  type,
         const char   *text,
         const Figure *fig,
         double        value,
         guint         k)
{
  static const double factors[] = { 0.5, 1.5, 2.0, 0.75, 3.0, 1.25 };
  /* Mostly earlier: a recent year moved far ahead lies in the future. */
  static const double years[] = { -3, 2, -7, 1, -5, 4 };
  static const double decades[] = { -10, -20, 10, -30, -40, -50 };
  double v;

  /* ("1000 anggota sektor", "1500 troops": a figure with the noun it
   * counts in the answer is a count, scaled, whatever its digits.) */
  if (type == DS_ANSWER_YEAR || type == DS_ANSWER_DATE ||
      (year_like (value, fig) && !(text[fig->end] == ' ' && g_ascii_isalpha (text[fig->end + 1]))))
    return value + (decade (value, text, fig) ? decades : years)[k % G_N_ELEMENTS (years)];
  v = value * factors[k % G_N_ELEMENTS (factors)];
  if (type == DS_ANSWER_PERCENT && v >= 100)
    v = value / (2 + k % G_N_ELEMENTS (factors));
  return v;
}

/* The year of "8 Agustus 1967": the last figure of a date. */
static gboolean
find_year (const char *text,
           Figure     *fig)
{
  const char *p = text + strlen (text);

  while (p > text && !g_ascii_isdigit (p[-1]))
    p--;
  fig->end = p - text;
  while (p > text && g_ascii_isdigit (p[-1]))
    p--;
  fig->start = p - text;
  fig->decimals = 0;
  fig->thousands = 0;
  fig->decimal = '.';
  fig->value = g_ascii_strtod (p, NULL);
  return fig->end - fig->start == 4;
}

static gboolean
already (char       **out,
         guint        n,
         const char  *text)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (out[i], text) == 0)
      return TRUE;
  return FALSE;
}

/* The bytes after " to ", " hingga ", " and " at @p (the phrase lists
 * figure_range_to and figure_range_and of either language, as the
 * claims read a range in words: "2.4 to 2.9°C", "between 40 and 60
 * percent"), or NULL. */
static const char *
past_range_word (const char *p)
{
  static const char * const codes[] = { "id", "en" };
  static const char * const names[] = { "figure_range_to", "figure_range_and" };

  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    for (guint n = 0; n < G_N_ELEMENTS (names); n++)
      {
        const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), names[n]);

        for (guint i = 0; list[i] != NULL; i++)
          {
            gsize len = strlen (list[i]);

            if (ds_ascii_strncasecmp (p, list[i], len) == 0 && p[len] == ' ')
              return p + len + 1;
          }
      }
  return NULL;
}

/* "40-90", "6–8", "10 - 15": a range's upper figure after the lower one
 * @fig in @text, in *@high; its start, or 0 when the figure is none. */
static guint
range_end (const char   *text,
           const Figure *fig,
           Figure       *high)
{
  const char *p = text + fig->end, *word;

  while (*p == ' ')
    p++;
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "\xe2\x80\x93"))   /* an en dash */
    p += 3;
  else if (p > text + fig->end && (word = past_range_word (p)) != NULL)
    p = word;
  else
    return 0;
  while (*p == ' ')
    p++;
  if (!g_ascii_isdigit (*p) || !find_figure (p, high))
    return 0;
  high->start += p - text;
  high->end += p - text;
  return (guint) high->start;
}

static double span_most (const char *tail, const char *after);

/* A range's wrong answers move both ends alike — scaled by one factor,
 * or for years shifted by one span — so that each stays a range, its
 * lower end below its upper one ("USD 40-90 million" → "USD 20-45
 * million", never "USD 90-90 million" or "30-15"). */
static guint
range_variants (const char   *answer,
                const char   *after,
                DsAnswerType  type,
                const Figure *low,
                const Figure *high,
                guint         start,
                guint         max,
                char        **out)
{
  gboolean years = type == DS_ANSWER_YEAR || year_like (high->value, high);
  double most = span_most (answer + high->end, after);
  guint n = 0;

  for (guint k = 0; k < 6 && n < max; k++)
    {
      double v_high = variant (type, answer, high, high->value, start + k), v_low;
      double scale_low = pow (10, low->decimals), scale_high = pow (10, high->decimals);
      g_autofree char *upper = NULL;
      char *text;

      if (v_high <= 0 || fabs (v_high - high->value) < 1e-9 || (most > 0 && v_high > most))
        continue;
      v_low = years ? low->value + (v_high - high->value) : low->value * (v_high / high->value);
      if (v_low <= 0 || llround (v_low * scale_low) / scale_low >= llround (v_high * scale_high) / scale_high)
        continue;
      upper = write_figure (answer, high, v_high);
      text = write_figure (upper, low, v_low);
      if (strcmp (text, answer) == 0 || already (out, n, text))
        {
          g_free (text);
          continue;
        }
      out[n++] = text;
    }
  return n;
}

/* "24 jam sehari", "5 days a week", "9 months a year": a figure counted
 * within a period (the phrase lists figure_span_day, figure_span_week,
 * figure_span_year_months, figure_span_year_days of either language,
 * after it) cannot pass the period's length; its most, or 0 when the
 * figure counts no such thing. "48 jam sehari" is no wrong answer a
 * learner weighs: it gives the answer away. */
static double
span_most (const char *tail,
           const char *after)
{
  static const char * const codes[] = { "id", "en" };
  static const struct { const char *list; double most; } spans[] = {
    { "figure_span_day", 24 }, { "figure_span_week", 7 },
    { "figure_span_year_months", 12 }, { "figure_span_year_days", 366 },
  };
  g_autofree char *joined = NULL;
  const char *p = tail;

  /* ("365 days" before "_____ a year": the period may follow the blank.) */
  while (*p == ' ')
    p++;
  if (after != NULL)
    {
      joined = g_strconcat (p, " ", after, NULL);
      g_strstrip (joined);
      p = joined;
    }
  for (guint l = 0; l < G_N_ELEMENTS (codes); l++)
    for (guint n = 0; n < G_N_ELEMENTS (spans); n++)
      {
        const char * const *list = ds_lang_get_phrases (ds_lang_get (codes[l]), spans[n].list);

        for (guint i = 0; list != NULL && list[i] != NULL; i++)
          {
            gsize len = strlen (list[i]);

            if (ds_ascii_strncasecmp (p, list[i], len) == 0 && !g_ascii_isalnum (p[len]))
              return spans[n].most;
          }
      }
  return 0;
}

guint
ds_generator_figure_variants (const char   *answer,
                              const char   *after,
                              DsAnswerType  type,
                              const char   *seed,
                              guint         max,
                              char        **out)
{
  Figure fig, high;
  guint n = 0, upper = 0;
  guint start = g_str_hash (seed);
  gboolean abbreviated;
  double most;

  if (!(type == DS_ANSWER_DATE ? find_year (answer, &fig) : find_figure (answer, &fig)))
    return 0;
  /* "tiga hari (72 jam)": the only figure restates in brackets a span
   * told in words; moving it alone ("tiga hari (36 jam)") gives options
   * that contradict themselves. */
  if (!g_ascii_isdigit (answer[0]) && memchr (answer, '(', fig.start) != NULL)
    return 0;
  /* (A score, "2-1", is no range: its first figure moves alone.) */
  if (type != DS_ANSWER_DATE && (upper = range_end (answer, &fig, &high)) > 0 && fig.value < high.value)
    return range_variants (answer, after, type, &fig, &high, start, max, out);
  /* "1964–67": a range of years whose end keeps only its last two
   * figures; both ends move by one span ("1973–76"), never the start
   * alone past the end ("1968–67"). */
  abbreviated = type != DS_ANSWER_DATE && upper > 0 && fig.value >= 1000 && fig.value < 2100 &&
                high.value >= 0 && high.value < 100 && high.end - high.start == 2 &&
                fmod (fig.value, 100) < high.value;
  most = span_most (answer + fig.end, after);
  for (guint k = 0; k < 6 && n < max; k++)
    {
      double v = variant (type, answer, &fig, fig.value, start + k);
      char *text;

      if (v <= 0 || fabs (v - fig.value) < 1e-9 || (most > 0 && v > most))
        continue;
      if (abbreviated)
        {
          double end = high.value + (v - fig.value);
          g_autofree char *moved = NULL;

          if (end < 10 || end > 99 || fmod (v, 100) >= end)
            continue;
          moved = write_figure (answer, &high, end);
          text = write_figure (moved, &fig, v);
        }
      else
        text = write_figure (answer, &fig, v);
      if (strcmp (text, answer) == 0 || already (out, n, text))
        {
          g_free (text);
          continue;
        }
      out[n++] = text;
    }
  return n;
}

/* "Februari 2024" in a stem that says "Pemilu 2024": wrong answers that
 * move the year are told from the stem; the month moves instead, to a
 * month that has the answer's day ("31 Mei" → no "31 Juni"). The month's
 * names, in order, are the language's phrase list month_names. */
guint
ds_generator_month_variants (const char   *answer,
                             const DsLang *lang,
                             const char   *seed,
                             guint         max,
                             char        **out)
{
  static const int offsets[] = { -3, 2, -1, 4, -5, 1, 3, -2 };
  static const guint days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char * const *names = ds_lang_get_phrases (lang, "month_names");
  const char *p = answer, *word = NULL;
  gsize len = 0;
  gint64 month = 0;
  guint day = 0, n = 0, start = g_str_hash (seed);

  if (g_strv_length ((char **) names) != 12)
    return 0;
  while (*p != '\0' && word == NULL)
    {
      const char *q = p;

      while (*q != '\0' && *q != ' ' && *q != ',')
        q++;
      if (q > p && g_ascii_isdigit (*p) && q - p <= 2)
        day = (guint) g_ascii_strtoull (p, NULL, 10);
      else if (q > p && (ds_lang_lookup (lang, p, q - p, &month) & DS_WORD_MONTH) && month >= 1 && month <= 12)
        {
          word = p;
          len = q - p;
        }
      p = *q != '\0' ? q + 1 : q;
    }
  if (word == NULL)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (offsets) && n < max; k++)
    {
      int m = (((int) month - 1 + offsets[(start + k) % G_N_ELEMENTS (offsets)]) % 12 + 12) % 12;
      g_autofree char *name = g_strdup (names[m]);
      char *text;

      if (m == month - 1 || day > days[m])
        continue;
      if (g_ascii_isupper (*word))
        name[0] = g_ascii_toupper (name[0]);
      text = g_strdup_printf ("%.*s%s%s", (int) (word - answer), answer, name, word + len);
      if (already (out, n, text))
        {
          g_free (text);
          continue;
        }
      out[n++] = text;
    }
  return n;
}
