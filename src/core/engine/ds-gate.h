/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-card.h"

G_BEGIN_DECLS

/*
 * The well-formedness gate every card passes: named checks on what a
 * learner sees, independent of how the card was made. The generator drops
 * a card that fails one; bench/quality and `diplostudy-cards check` count
 * the cards that would (there should be none).
 */
typedef enum {
  DS_GATE_QUESTION_HEAD,    /* the question ends on a term, not "… lain?", "… Ia?", "… what?" */
  DS_GATE_ANSWER_START,     /* no answer or item starts with a conjunction or a copula */
  DS_GATE_ANSWER_EMPTY,     /* an answer or item says something, not only function words */
  DS_GATE_SELF_ANSWER,      /* the question does not state its own answer */
  DS_GATE_CHOICES,          /* multiple choice: four different options, the answer once */
  DS_GATE_CHOICE_TYPES,     /* multiple choice: no figure among words, no word among figures */
  DS_GATE_CHOICE_LENGTHS,   /* multiple choice: no option three times as long as all others */
  DS_GATE_TRUE_FALSE,       /* true/false: "true" and "false", the answer says which */
  DS_GATE_COUNT_HONEST,     /* a list that counts other than it gives says so */
  DS_GATE_MARKUP,           /* no item is a bare piece of markup ("amp", "b>") or emphasis ("**") */
  DS_GATE_ANSWER_END,       /* no answer or item stops on a conjunction or a relative ("… dan", "… yang") */
  DS_GATE_REFERENT,         /* nothing leans on what the card does not say ("Hal ini", "pusat data tersebut", "However,") */
  DS_GATE_SHORT_FORM,       /* no blank or answer is a short form the text gives itself ("hereinafter _____") */
  DS_GATE_ALIAS_SPAN,       /* "another name for X" is not an acronym of a longer name that ends in X */
  DS_GATE_FURNITURE,        /* nothing asks a figure's number, a page, a handle or a web address */
  DS_GATE_QUESTION_ITEMS,   /* a list's items are not questions ("Rumusan Masalah", "Review questions") */
  DS_GATE_BLANK_SPAN,       /* a blank hides a whole phrase, not the rest of "four of the _____" nor half a bracket */
  DS_GATE_REFERENCE_ITEMS,  /* a list's items are not works cited ("Nye, J. (2004). Soft Power …") */
  DS_GATE_STEM_GIVEAWAY,    /* the stem's other figures do not give the answer ("30, 8 dan 4" → 42) */
  DS_GATE_TRIVIAL_BLANK,    /* no clock time, price, deadline, dateline or byline is asked */
  DS_GATE_SEAM,             /* no template seam: "Di mana ketika …?", "Name the … of", "2.1 The …", "A → _____" */
  DS_GATE_VAGUE,            /* nothing asks "the amount", "that figure", "the aim of Indonesia" unowned */
  DS_GATE_DEBRIS,           /* no courtesy, speaker label, reading list or takeaways box as a card */
  DS_GATE_N_CHECKS,
} DsGateCheck;

const char *ds_gate_check_name (DsGateCheck  check);

/* The checks @card fails, one bit per DsGateCheck; 0 when it passes. */
guint       ds_gate_check_card (DsCard      *card);

/* The length in bytes of the section number @text opens on ("2.1 The
 * Paris Agreement …" → 4), or 0: a number before a capital, in two parts
 * or more. */
gsize       ds_gate_section_number (const char *text);

G_END_DECLS
