/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * Claim extraction: the key statements of an essay a lecturer would make a
 * card of. Rules written for Indonesian prose (and English for imported
 * English essays); byte-level scanning, linear in the size of the essay.
 */

typedef enum {
  DS_CLAIM_ENUMERATION,  /* items after a count word, a cue word or markers */
  DS_CLAIM_DEFINITION,   /* "X adalah …", "X yang berarti …" */
  DS_CLAIM_FACT,         /* a number, a name, an account, a term */
  DS_CLAIM_ROLE,         /* what a government (or another actor) does */
} DsClaimKind;

/* How a list is asked about. */
typedef enum {
  DS_LIST_FORM_NONE,      /* not a list */
  DS_LIST_FORM_NAMING,    /* "Apa saja tujuan …?" */
  DS_LIST_FORM_EXAMPLES,  /* "seperti …": "Sebutkan contoh …" */
  DS_LIST_FORM_COMPLETE,  /* no usable subject: "Lengkapi: … …" */
  DS_LIST_FORM_ACTIONS,   /* "Apa saja yang dilakukan pemerintah …?" */
} DsListForm;

typedef struct {
  char  *text;
  guint  start;          /* characters in the essay's cleaned text */
  guint  end;
} DsClaimItem;

typedef struct {
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  DsClaimKind  kind;
  DsListForm   form;
  char        *essay_id;
  gboolean     english;      /* the essay's language is English */

  /*
   * ENUMERATION/ROLE: the subject ("tujuan dari serangan siber") or NULL.
   * DEFINITION: the defined term. FACT: the answer (the key term).
   */
  char        *subject;
  /*
   * DEFINITION: the definition as written. FACT with a question: the
   * sentence; FACT without one (a cloze): the sentence, or for a long one
   * the clause, with the key replaced by DS_CARD_BLANK.
   */
  char        *body;
  /* The cue word of a definition ("adalah"), or of a list. */
  char        *cue;
  /* Lists asked as DS_LIST_FORM_COMPLETE: the statement the items complete
   * ("…, yaitu"), with the sentence before it when it leans on that one
   * ("Hal ini …"). DS_LIST_FORM_ACTIONS: the actor's phrase ("melalui akun
   * resmi @Kemlu_RI") or NULL. FACT: the term a question asks about. */
  char        *lead;
  /* A natural question a pattern gave (facts), else NULL. */
  char        *question;

  GArray      *items;        /* DsClaimItem, in source order */
  guint        stated_count; /* "tiga" → 3; 0 when the source states none */
  char        *count_word;   /* as written, or NULL */

  guint        start;        /* the source sentence, characters */
  guint        end;
  char        *sentence;
  guint        key_start;    /* FACT: the key's span, characters */
  guint        key_end;

  char        *topic;        /* heading the claim stands under, or the title */
  GPtrArray   *warnings;     /* char *, may be NULL */
} DsClaim;

#define DS_TYPE_CLAIM (ds_claim_get_type ())

GType       ds_claim_get_type     (void) G_GNUC_CONST;
DsClaim    *ds_claim_ref          (DsClaim     *self);
void        ds_claim_unref        (DsClaim     *self);
guint       ds_claim_get_n_items  (const DsClaim *self);
const char *ds_claim_get_item     (const DsClaim *self,
                                   guint          index);
const char *ds_claim_kind_to_string (DsClaimKind kind);

/*
 * Extracts the claims of @essay in source order. Returns a GPtrArray of
 * DsClaim (element free function: ds_claim_unref).
 */
GPtrArray  *ds_claims_extract     (DsEssay     *essay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsClaim, ds_claim_unref)

G_END_DECLS
