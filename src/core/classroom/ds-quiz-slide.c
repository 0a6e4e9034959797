/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-quiz-slide.h"

/*
 * The slides a quiz run steps through: built from cards, with the options
 * that fit the screen. DsQuizRun only moves between them (ds-quiz-run.c).
 */

/* Slides */

static char **
strv_or_empty (const char * const *strv)
{
  if (strv == NULL)
    return g_new0 (char *, 1);
  return g_strdupv ((char **) strv);
}

DsSlide *
ds_slide_new (DsSlideKind  kind,
              const char  *question)
{
  DsSlide *slide = g_new0 (DsSlide, 1);

  slide->kind = kind;
  slide->question = g_strdup (question ? question : "");
  slide->items = g_new0 (char *, 1);
  slide->choices = g_new0 (char *, 1);
  slide->correct_choice = -1;
  return slide;
}

void
ds_slide_free (DsSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->card_id);
  g_free (slide->essay_id);
  g_free (slide->essay_title);
  g_free (slide->heading);
  g_free (slide->question);
  g_strfreev (slide->items);
  g_strfreev (slide->choices);
  g_free (slide->answer);
  g_free (slide->note);
  g_free (slide);
}

guint
ds_slide_get_n_items (const DsSlide *slide)
{
  g_return_val_if_fail (slide != NULL, 0);
  return slide->items ? g_strv_length (slide->items) : 0;
}

guint
ds_slide_get_n_choices (const DsSlide *slide)
{
  g_return_val_if_fail (slide != NULL, 0);
  return slide->choices ? g_strv_length (slide->choices) : 0;
}

guint
ds_slide_get_n_steps (const DsSlide *slide)
{
  g_return_val_if_fail (slide != NULL, 0);

  switch (slide->kind)
    {
    case DS_SLIDE_CLAIM:
      if (ds_slide_get_n_items (slide) > 0)
        return ds_slide_get_n_items (slide);
      return slide->answer != NULL && *slide->answer ? 1 : 0;
    case DS_SLIDE_QUESTION:
      return 1;
    case DS_SLIDE_SUMMARY:
    default:
      return 0;
    }
}

/* At most four options fit the A–D keys; keep the right one among them. */
static char **
pick_choices (const char * const *choices,
              int                 correct,
              int                *new_correct)
{
  GPtrArray *picked = g_ptr_array_new ();
  guint n = choices ? g_strv_length ((char **) choices) : 0;
  guint others = 0;

  *new_correct = -1;
  for (guint i = 0; i < n; i++)
    {
      gboolean is_correct = (int) i == correct;

      if (!is_correct && others >= DS_QUIZ_MAX_CHOICES - (correct >= 0 ? 1 : 0))
        continue;
      if (is_correct)
        *new_correct = picked->len;
      else
        others++;
      g_ptr_array_add (picked, g_strdup (choices[i]));
    }
  g_ptr_array_add (picked, NULL);
  return (char **) g_ptr_array_free (picked, FALSE);
}

/* Claims as statements */

/* Where the first of @items stands in @text, or NULL. */
static const char *
first_item_in (const char         *text,
               const char * const *items)
{
  const char *first = NULL;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *at = *items[i] ? strstr (text, items[i]) : NULL;

      if (at != NULL && (first == NULL || at < first))
        first = at;
    }
  return first;
}

/* Drops a list marker from the end of @lead: "a.", "1)", "(ii)", "-", "•". */
static void
strip_marker (char *lead)
{
  gsize len = strlen (g_strchomp (lead));
  gsize at = len;

  if (g_str_has_suffix (lead, "•") || g_str_has_suffix (lead, "-") ||
      g_str_has_suffix (lead, "*"))
    {
      lead[len - (g_str_has_suffix (lead, "•") ? strlen ("•") : 1)] = '\0';
      g_strchomp (lead);
      return;
    }
  if (len == 0 || (lead[len - 1] != '.' && lead[len - 1] != ')'))
    return;
  at = len - 1;
  while (at > 0 && len - at <= 4 && g_ascii_isalnum (lead[at - 1]))
    at--;
  if (at > 0 && lead[at - 1] == '(')
    at--;
  if (at < len - 1 && (at == 0 || lead[at - 1] == ' '))
    {
      lead[at] = '\0';
      g_strchomp (lead);
    }
}

/* The words of the source before a list's items: "Ada tiga tren global
 * yang muncul, yaitu:". NULL when the source does not give them. */
static char *
list_lead (const char         *text,
           const char * const *items)
{
  const char *first = first_item_in (text, items);
  g_autofree char *lead = NULL;
  gsize len;

  if (first == NULL)
    return NULL;
  lead = g_strndup (text, first - text);
  strip_marker (lead);
  len = strlen (lead);
  if (g_utf8_strlen (lead, -1) < 12)
    return NULL;
  /* A lead that stops mid-phrase ("… seperti") says that items follow. */
  if (g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (lead + len))))
    return g_strconcat (lead, " …", NULL);
  return g_steal_pointer (&lead);
}

/* "Lengkapi: Negara kini dapat …" is a statement after its colon; other
 * questions stay as they are. */
static char *
statement_of_question (const char *question)
{
  const char *colon = strstr (question, ": ");

  if (colon != NULL && (g_str_has_prefix (question, "Lengkapi") ||
                        g_str_has_prefix (question, "Complete")))
    return g_strdup (colon + 2);
  return g_strdup (question);
}

/* A key claim as the essay states it: its sentence, or for a list the
 * words before its items (the items follow one by one); the question
 * only when the card keeps no source. */
static char *
claim_statement (DsCard *card)
{
  const char *source = ds_card_get_source_text (card);
  const char * const *items = ds_card_get_items (card);
  char *lead;

  if (source == NULL || *source == '\0')
    return statement_of_question (ds_card_get_question (card));
  if (items == NULL || items[0] == NULL)
    return g_strdup (source);
  lead = list_lead (source, items);
  return lead ? lead : statement_of_question (ds_card_get_question (card));
}

static char *
joined_warnings (DsCard *card)
{
  const char * const *warnings = ds_card_get_warnings (card);

  if (warnings == NULL || warnings[0] == NULL)
    return NULL;
  return g_strjoinv ("\n", (char **) warnings);
}

static void
make_claim (DsSlide *slide,
            DsCard  *card)
{
  const char *source = ds_card_get_source_text (card);

  g_free (slide->question);
  slide->question = claim_statement (card);
  slide->note = joined_warnings (card);
  /* A statement from the source says its answer already; a card without
   * a source keeps its question and reveals the answer after it. */
  if (source != NULL && *source != '\0')
    g_clear_pointer (&slide->answer, g_free);
}

DsSlide *
ds_slide_new_from_card (DsCard      *card,
                        DsSlideKind  kind,
                        const char  *essay_title)
{
  DsSlide *slide;
  const char * const *choices;

  g_return_val_if_fail (DS_IS_CARD (card), NULL);

  slide = ds_slide_new (kind, ds_card_get_question (card));
  slide->card_id = g_strdup (ds_card_get_id (card));
  slide->essay_id = g_strdup (ds_card_get_essay_id (card));
  slide->essay_title = g_strdup (essay_title);
  slide->heading = g_strdup (ds_card_get_topic (card));
  g_strfreev (slide->items);
  slide->items = strv_or_empty (ds_card_get_items (card));

  choices = ds_card_get_choices (card);
  if (choices != NULL && choices[0] != NULL)
    {
      g_strfreev (slide->choices);
      slide->choices = pick_choices (choices, ds_card_get_correct_choice (card),
                                     &slide->correct_choice);
    }
  /* With options on screen, the marked option is the answer; repeating it
   * as text would only take room from the type. */
  else if (ds_slide_get_n_items (slide) == 0)
    slide->answer = g_strdup (ds_card_get_answer (card));

  if (kind == DS_SLIDE_CLAIM)
    make_claim (slide, card);
  /* Without options the class cannot answer with a letter: the question
   * is for discussion, its answer revealed after it. */
  slide->discussion = kind == DS_SLIDE_QUESTION && slide->correct_choice < 0;
  return slide;
}
