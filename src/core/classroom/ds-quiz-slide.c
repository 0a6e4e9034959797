/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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

  return slide;
}
