/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-card.h"

G_BEGIN_DECLS

/*
 * What presentation mode projects: slides, each a key claim, a quiz
 * question or a quiz's summary, built from cards (ds-quiz-slide.c).
 */

typedef enum {
  DS_SLIDE_CLAIM,     /* a key claim: a statement, then items one by one */
  DS_SLIDE_QUESTION,  /* a quiz card: question, countdown, answer */
  DS_SLIDE_SUMMARY,   /* the end of a quiz */
} DsSlideKind;

/* At most four options are projected, labelled A–D. */
#define DS_QUIZ_MAX_CHOICES 4

typedef struct {
  DsSlideKind  kind;
  char        *card_id;
  char        *essay_id;
  char        *essay_title;   /* small in a corner; may be NULL */
  char        *heading;       /* the source heading; may be NULL */
  char        *question;      /* a claim slide: the claim as a statement */
  char       **items;         /* list items (NULL-terminated, maybe empty) */
  char       **choices;       /* A–D options (NULL-terminated, maybe empty) */
  int          correct_choice; /* index into choices, or -1 */
  char        *answer;        /* shown on reveal; may be NULL */
  char        *note;          /* what the source lacks (a claim slide); may be NULL */
  gboolean     discussion;    /* a question without options: asked, not tallied */
} DsSlide;

DsSlide          *ds_slide_new                     (DsSlideKind   kind,
                                                    const char   *question);
void              ds_slide_free                    (DsSlide      *slide);
guint             ds_slide_get_n_items             (const DsSlide *slide);
guint             ds_slide_get_n_choices           (const DsSlide *slide);
/* The number of reveal steps after the first view (0 for a summary). */
guint             ds_slide_get_n_steps             (const DsSlide *slide);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsSlide, ds_slide_free)

/* A slide for one card; @essay_title may be NULL. A claim slide states
 * the claim as the essay words it (a list: the words before its items),
 * with the card's warnings as its note. */
DsSlide          *ds_slide_new_from_card           (DsCard       *card,
                                                    DsSlideKind   kind,
                                                    const char   *essay_title);

G_END_DECLS
