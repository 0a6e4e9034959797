/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ds-essay.h"

G_BEGIN_DECLS

/*
 * Claim extraction: the key statements of an essay a lecturer would make a
 * card of. Rules for the constructs of expository prose in Indonesian and
 * English, with the words they look for in each language's data file;
 * linear in the size of the essay.
 */

typedef enum {
  DS_CLAIM_ENUMERATION,  /* items after a count word, a cue word or markers */
  DS_CLAIM_DEFINITION,   /* "X adalah …", "X yang berarti …" */
  DS_CLAIM_FACT,         /* a number, a name, an account, a term */
  DS_CLAIM_ROLE,         /* what a government (or another actor) does */
} DsClaimKind;

/* Which rule found a claim: it says how much to trust it and how to rank
 * it. */
typedef enum {
  DS_CLAIM_RULE_MARKERS,      /* "(1) … (2) …", "a. … b. …" in a sentence */
  DS_CLAIM_RULE_CUE,          /* a cue word: "yaitu", "such as", ":" */
  DS_CLAIM_RULE_ROLES,        /* "berperan sebagai …, … dan …" */
  DS_CLAIM_RULE_ACTIONS,      /* what an actor does: "…, … dan …" */
  DS_CLAIM_RULE_BLOCKS,       /* bullet or numbered lines */
  DS_CLAIM_RULE_SUBHEADINGS,  /* numbered sub-headings with text between */
  DS_CLAIM_RULE_ORDINALS,     /* "Pertama, … Kedua, … Ketiga, …" */
  DS_CLAIM_RULE_DEFINITION,   /* "X adalah …", "X refers to …" */
  DS_CLAIM_RULE_ATTRIBUTED,   /* "Menurut Nye, X adalah …" */
  DS_CLAIM_RULE_ALIAS,        /* "X, atau yang dikenal dengan Y" */
  DS_CLAIM_RULE_ACRONYM,      /* "Badan Siber dan Sandi Negara (BSSN)" */
  DS_CLAIM_RULE_REPORT,       /* "X menegaskan bahwa …" */
  DS_CLAIM_RULE_EVENT,        /* who founded, signed, ranked what */
  DS_CLAIM_RULE_NAMED,        /* "aplikasi seperti “Safe Travel” …" */
  DS_CLAIM_RULE_NUMBER,       /* a figure with its unit */
  DS_CLAIM_RULE_DATE,         /* a date or a year of an event */
  DS_CLAIM_RULE_LAW,          /* "UU Nomor 27 Tahun 2022" */
  DS_CLAIM_RULE_NAME,         /* a name worth knowing, as a cloze */
  DS_CLAIM_RULE_RANK,         /* "peringkat ke-24", "terbanyak ketiga" */
  DS_CLAIM_RULE_CONTRAST,     /* "A …, sedangkan B …", "Unlike A, B …" */
  DS_CLAIM_RULE_COVER,        /* the key sentence of a paragraph no rule asks about */
  DS_CLAIM_N_RULES,
} DsClaimRule;

/* How a list is asked about. */
typedef enum {
  DS_LIST_FORM_NONE,      /* not a list */
  DS_LIST_FORM_NAMING,    /* "Apa saja tujuan …?" */
  DS_LIST_FORM_EXAMPLES,  /* "seperti …": "Sebutkan contoh …" */
  DS_LIST_FORM_COMPLETE,  /* no usable subject: "Lengkapi: … …" */
  DS_LIST_FORM_ACTIONS,   /* "Apa saja yang dilakukan pemerintah …?" */
  DS_LIST_FORM_ADVICE,    /* "We recommend that states:", "Pemerintah perlu:" */
  DS_LIST_FORM_PEOPLE,    /* "Thinkers: A, B": "Who are the main thinkers of …?" */
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
  DsClaimRule  rule;
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
   * resmi @Kemlu_RI") or NULL. DS_LIST_FORM_ADVICE: the modal ("perlu",
   * "should"), or NULL for a recommendation. FACT: the term a question asks about. */
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
  /* DEFINITION: who defines the term this way ("Nye"), or NULL. */
  char        *attribution;
  /* FACT: other values the text sets beside the answer (char *, the
   * rest of a table's column), wrong answers for a multiple choice; or
   * NULL. */
  GPtrArray   *alternatives;
  /* How much a lecturer would want it asked, from the ranking: higher is
   * more; claims come out in source order, not by score. */
  double       score;
} DsClaim;

#define DS_TYPE_CLAIM (ds_claim_get_type ())

GType       ds_claim_get_type     (void) G_GNUC_CONST;
DsClaim    *ds_claim_ref          (DsClaim     *self);
void        ds_claim_unref        (DsClaim     *self);
guint       ds_claim_get_n_items  (const DsClaim *self);
const char *ds_claim_get_item     (const DsClaim *self,
                                   guint          index);
const char *ds_claim_kind_to_string (DsClaimKind kind);
const char *ds_claim_rule_to_string (DsClaimRule rule);

/*
 * Extracts the key claims of @essay in source order: candidates from the
 * rules, kept when they pass every check of the gate, then ranked and cut
 * to a budget that grows with the essay's length. Returns a GPtrArray of
 * DsClaim (element free function: ds_claim_unref).
 */
GPtrArray  *ds_claims_extract     (DsEssay     *essay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsClaim, ds_claim_unref)

G_END_DECLS
