/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "ds-utf8.h"
#include "ds-claims.h"
#include "ds-lang.h"
#include "ds-phrase-ids.h"

G_BEGIN_DECLS

/*
 * Shared between the claim extractor's files: the token array a sentence is
 * cut into, the extraction context and the helpers the rules share. Not
 * public API.
 *
 *   ds-claims.c          the frame: blocks, sentences, then gate and rank
 *   ds-sentence.c        sentences and tokens
 *   ds-lexicon.c         what a word does (from the language's data)
 *   ds-phrase.c          noun phrases, terms, trimming
 *   ds-clause.c          a clause's parts: opening, subject, verb group,
 *                        object, asides, where a subordinate clause starts
 *   ds-claims-blocks.c   lists made of blocks: bullets, numbered lines,
 *                        numbered sub-headings, "Pertama, … Kedua, …"
 *   ds-claims-lists.c    lists inside a sentence: markers, cue words, roles,
 *                        actions
 *   ds-claims-defs.c     definitions, attributed definitions, other names,
 *                        acronyms
 *   ds-claims-facts.c    who said or did what, numbers, dates, laws, names
 *   ds-claims-contrast.c two or three named things set against each other
 *   ds-claims-table.c    a Markdown table's cells, an infobox's label lines
 *   ds-claims-statements.c a paragraph's plain thesis: what is key to, aims
 *                        at, depends on or shifted to what
 *   ds-claims-sources.c  what a named source holds: findings, quotes, what
 *                        a rule demands, the essay's own argument
 *   ds-claims-gate.c     the checks every claim passes, and the ranking
 *   ds-claims-cover.c    a key sentence for every prose paragraph no kept
 *                        claim stands in
 */

/* What a word can do in a sentence, as a bit set: the word classes of the
 * language data (ds-lang.h) under the extractor's short names. */
#define W_CUE_NAMING    DS_WORD_CUE_NAMING
#define W_CUE_DEF       DS_WORD_CUE_DEF
#define W_CUE_EXAMPLE   DS_WORD_CUE_EXAMPLE
#define W_CUE_PAIR      DS_WORD_CUE_PAIR
#define W_COUNT         DS_WORD_COUNT
#define W_CONNECTIVE    DS_WORD_CONNECTIVE
#define W_DET           DS_WORD_DET
#define W_ANAPHOR       DS_WORD_ANAPHOR
#define W_PREP          DS_WORD_PREP
#define W_AUX           DS_WORD_AUX
#define W_CONJ          DS_WORD_CONJ
#define W_ADV           DS_WORD_ADV
#define W_PRONOUN       DS_WORD_PRONOUN
#define W_VAGUE         DS_WORD_VAGUE
#define W_GOV           DS_WORD_GOV
#define W_HEAD_CUE      DS_WORD_HEAD_CUE
#define W_REPORT        DS_WORD_REPORT
#define W_ETC           DS_WORD_ETC
#define W_NOUN          DS_WORD_NOUN
#define W_VERB          DS_WORD_VERB
#define W_CLAUSE        DS_WORD_CLAUSE
#define W_ABBREV        DS_WORD_ABBREV
#define W_RELATIVE      DS_WORD_RELATIVE
#define W_COUNTRY       DS_WORD_COUNTRY
#define W_THAT          DS_WORD_THAT
#define W_FINAL_CONJ    DS_WORD_FINAL_CONJ
#define W_NAME_NOUN     DS_WORD_NAME_NOUN
#define W_ALIAS         DS_WORD_ALIAS
#define W_ORDINAL       DS_WORD_ORDINAL
#define W_QUESTION      DS_WORD_QUESTION
#define W_MAGNITUDE     DS_WORD_MAGNITUDE
#define W_MONTH         DS_WORD_MONTH
#define W_CURRENCY      DS_WORD_CURRENCY
#define W_STOP          DS_WORD_STOP
#define W_CATEGORY      DS_WORD_CATEGORY
#define W_QUANT         DS_WORD_QUANT
#define W_EVENT         DS_WORD_EVENT
#define W_DEFINE_VERB   DS_WORD_DEFINE_VERB
#define W_ROLE_VERB     DS_WORD_ROLE_VERB
#define W_LAW           DS_WORD_LAW
#define W_UNIT          DS_WORD_UNIT
#define W_GENERIC       DS_WORD_GENERIC
#define W_SUPERLATIVE   DS_WORD_SUPERLATIVE

/* Words that only hold a sentence together: no term starts with one. */
#define W_FUNCTION (W_PREP | W_CONJ | W_CONNECTIVE | W_AUX | W_ADV | W_DET | W_ANAPHOR | \
                    W_PRONOUN | W_RELATIVE | W_THAT | W_QUESTION | W_CLAUSE)

typedef enum {
  TOK_WORD,
  TOK_NUMBER,
  TOK_PUNCT,
  TOK_SYMBOL,           /* markup-like text kept as written: "<b>", "&amp;" */
} TokType;

typedef struct _LexWord LexWord;
typedef struct _LexWords LexWords;
typedef struct _PhraseList PhraseList;
typedef struct _CutCache CutCache;

/* Phrase lists get an id each, a bit in every word's record: a list of
 * ds-phrase-ids.h its PhraseId, any other list (asked by a name the rules
 * hold in a variable, or a set of lists) the next one free, in the order a
 * run first asks them; lists past the last bit are read each time. (The
 * 697 lists of ds-phrase-ids.h and the few others an essay asks by
 * name: 768 bits.) */
#define PHRASE_ID_WORDS 12
#define PHRASE_IDS (PHRASE_ID_WORDS * 64)

G_STATIC_ASSERT (N_PHRASE_LIST_IDS <= PHRASE_IDS);

/* No list, where a rule's table names one only for some of its rows. */
#define PL_NONE N_PHRASE_LIST_IDS

/* The first part of what the lexicon keeps of a spelling (LexWord in
 * ds-lexicon.c), read by the inline phrase test: the spelling's length,
 * and which phrase lists were asked whether an entry starts with it and
 * said no, and which said yes (a list asked is in one of the two). */
typedef struct {
  guint   len;
  guint32 hash;         /* the lexicon's hash of the spelling */
  guint64 phrase_none[PHRASE_ID_WORDS];
  guint64 phrase_starts[PHRASE_ID_WORDS];
  guint64 hot_starts;   /* the lists of HotList an entry of which may start with it */
  gboolean hot_known;   /* @hot_starts is worked out */
  guint  *name;         /* its state in ctx->names, once asked (_ds_lexicon_name_state()) */
} LexWordPhrases;

/* (The members are ordered so that no padding falls between them: 40
 * bytes, not 48. Every word of every sentence cut writes one, and the
 * cut cache, the kept cuts and a reading without asides copy them.) */
typedef struct {
  const char *p;        /* into the essay's text */
  guint64     flags;    /* W_* for words */
  LexWord    *word;     /* words: what the lexicon knows of the spelling */
  guint       len;      /* bytes */
  gunichar    ch;       /* punctuation: the character */
  guint8      type;     /* TokType */
  guint8      cap;      /* starts with an upper-case letter */
  guint8      value;    /* count and ordinal words: the number */
  guint8      verb;     /* looks like a verb */
  guint8      used;     /* consumed by a claim already */
  guint8      phrase;   /* words: may start a phrase of the language's lists */
  guint8      gap;      /* a sentence read again without its asides: tokens
                         * were left out before this one (ds-clause.c) */
  guint8      acronym;  /* a short word in capitals that spells a function
                         * word ("ITU", "AS", "US"), no capitals beside it:
                         * an acronym, never "itu", "as", "us" */
} Tok;

G_STATIC_ASSERT (sizeof (Tok) <= 40);

/* Sentences longer than this are no prose a rule could read (a table, a
 * line without punctuation): their tokens past it are not read. */
#define MAX_SENTENCE_BYTES 4000
#define MAX_TOKENS 800

/* The phrase lists the rules scan whole sentences for most often, one
 * bit each in Sent.cannot_start (the names are in _ds_hot_lists,
 * ds-lexicon.c; HOT_STATEMENTS is the statements' set): a rule asks first
 * whether any word of the sentence may start an entry, and skips its scan
 * when none may. */
typedef enum {
  HOT_CONTRAST_DIFFER,
  HOT_CONTRAST_PAIR_DIFFER,
  HOT_CONTRAST_RATHER,
  HOT_CONTRAST_BUT,
  HOT_CONTRAST_LINK,
  HOT_TERM_LABEL,
  HOT_PLACE_VERB,
  HOT_REASON_CUE,
  HOT_PHRASAL_EVENT,
  HOT_FRACTION,
  HOT_DATE_ORIGIN,
  HOT_RESULT_CUE,
  HOT_CAUSE_FROM,
  HOT_HEREINAFTER,
  HOT_DEFINE_IT,
  HOT_DECISION_VERB,
  HOT_CAUSE_PASSIVE,
  HOT_CAUSE_VERB,
  HOT_CAUSE_VERB_WEAK,
  HOT_MOTIVE_PARTICIPLE,
  HOT_CONTRAST_CONJ,
  HOT_LIST_MARKED_BY,
  HOT_STATEMENTS,       /* the set of the statements' lists (_ds_statement_lists()) */
  HOT_DUTY_VERB,
  HOT_LABEL_VERB,
  HOT_LABEL_AS_VERB,
  HOT_TERM_VERB,
  HOT_COVER_CUE,
  HOT_HOLDER_MARKER,
  HOT_COMPARE_THAN,
  HOT_CONDITION_CUE,
  HOT_MERGE_PARTICIPLE,
  HOT_DEFS_OCCUR_WHEN,
  HOT_ADVICE_MODAL,
  HOT_HEDGE,
  HOT_CLAUSE_ADVERB,
  HOT_CLAUSE_SPEAKER,
  HOT_CLAUSE_ATTRIB,
  HOT_CLAUSE_CROSSREF,
  HOT_KEYCLAIM_VERB,
  HOT_SEBAB,
  HOT_AIM_CUE,
  HOT_BARRED_VERB,
  HOT_PURPOSE_CUE,
  HOT_EVENT_PHRASE,
  HOT_APPOINT_VERB,
  HOT_POST_VERB,
  HOT_JOIN_VERB,
  HOT_UNLESS_CUE,
  HOT_GAP_MARKER,
  HOT_HYPOTHESIS_MARKER,
  HOT_RESULT_OPENER,
  HOT_SHAPED_PASSIVE,
  HOT_CAUSE_PARTICIPLE,
  N_HOT_LISTS
} HotList;

/* (A bit each in 64: more than 32 lists are hot.) */
#define HOT_LISTS_ALL ((G_GUINT64_CONSTANT (1) << N_HOT_LISTS) - 1)
G_STATIC_ASSERT (N_HOT_LISTS < 64);

extern const char * const _ds_hot_lists[N_HOT_LISTS];

/* The runs of tokens a sentence read again may leave out. */
#define SENT_MAX_GAPS 6

/* A sentence of a block, cut into tokens. */
typedef struct {
  const char *p;        /* bytes, trimmed */
  const char *end;
  guint       start;    /* characters */
  guint       end_char;
  Tok        *toks;
  guint       n;
  guint       block;    /* the block it stands in */
  gboolean    first;    /* the first sentence of its paragraph */
  gboolean    question; /* ends with "?" */
  gboolean    english;  /* of an English essay (Ctx.english), for the figure readers */
  /* What the tokens hold, so that a rule can skip a sentence at once. */
  guint64     flags;      /* W_* of all words, or'ed */
  guint       n_commas;
  guint       cap_run;    /* the longest run of capitalised words */
  guint       cur_run;
  gboolean    has_digit;
  gboolean    has_at;
  gboolean    has_bracket;
  guint       n_markers;  /* short words or numbers before "." or ")" */
  gboolean    has_colon;
  gboolean    has_semicolon;
  gboolean    has_quote;
  gboolean    has_dash;   /* an en or em dash */
  gboolean    has_arrow;  /* "-->", "->", "=>", "→" (one token, DS_ARROW) */
  /* Whether a token may be used (Tok.used): set with it, cleared when the
   * sentence is cut again, so that the rules' checks for used tokens,
   * asked over whole sentences, skip a sentence no rule took from. */
  gboolean    maybe_used;
  guint64     hash;       /* of the sentence's bytes */
  /* _ds_body_end() of the tokens as cut, when @body_n is @n (a sentence
   * whose @n a rule changed has it worked out again). */
  guint       body_end;
  guint       body_n;
  /* The lists of HotList no word of the sentence may start an entry of,
   * a bit each, worked out when it is cut; 0 (any may) for a sentence
   * put together otherwise. */
  guint64     cannot_start;
  /* A sentence read again without its asides (_ds_sent_drop()): the
   * bytes left out, which a text copied from its tokens skips. */
  guint       n_gaps;
  const char *gap_from[SENT_MAX_GAPS];
  const char *gap_to[SENT_MAX_GAPS];
  /* A sentence moved past its lead (_ds_sent_skip()): where it started,
   * in bytes and characters, while @p is still @lead_to; a claim's source
   * keeps the lead. */
  const char *lead_p;
  const char *lead_to;
  guint       lead_start;
} Sent;

/* Ctx.note_line: a note whose mark was read past; a sentence that opens
 * on a number that may be a note's mark, kept. */
#define NOTE_LINE 1
#define NOTE_MAYBE 2

/* The character of an arrow's token, whatever arrow the text writes. */
#define DS_ARROW 0x2192

/* Where a sentence is, without its tokens: enough to read it again. */
typedef struct {
  const char *p;
  const char *end;
  guint       start;
  guint       end_char;
  guint       block;
} SentRef;

/* A sentence of a prose paragraph, noted as it was cut, and how much it
 * looks like its paragraph's key sentence (ds-claims-cover.c). */
typedef struct {
  SentRef  ref;
  int      score;
  gboolean own;         /* a candidate by its own key fact, past its
                         * paragraph's first sentence or in an item */
  gboolean by_verb;     /* a candidate for its claim verb alone (the
                         * list keyclaim_verb), asked only as one */
  gboolean dated;       /* it holds a year, which may be asked */
  gboolean named;       /* a capital past its first words: it may state
                         * a name a fallback cloze asks */
} CoverSent;

/* A prose paragraph: its sentences in the array of CoverSent, its words,
 * the heading it stands under. */
typedef struct {
  guint  block;
  guint  first;
  guint  n;
  guint  n_words;
  const char *topic;    /* in Ctx.cover_topics */
  gboolean titled;      /* under the title, no heading */
  guint  claims_at;     /* the claims committed when it was entered */
  gboolean ruled;       /* a rule took a claim from a sentence of it */
  gboolean item;        /* a list's item, read as a sentence */
} CoverUnit;

/* "Pertama, … Kedua, … Ketiga, …": the sequence being read. */
typedef struct {
  DsClaim    *claim;      /* items so far; NULL when none is open */
  guint       next;       /* the ordinal value expected next */
  guint       since;      /* sentences since the last ordinal one */
  SentRef     intro;      /* the sentence before the first one */
  gboolean    has_intro;
  gboolean    intro_in_block; /* ... standing in the first item's paragraph */
  char       *noun;       /* "Hambatan pertama …": the noun that names it */
  gboolean    run_in;     /* its items are bold labels opening paragraphs */
  guint       block;      /* the paragraph of the last such label */
  guint       count;      /* how many labels the intro announced */
  gboolean    defined;    /* its items are terms defined one a sentence */
  gboolean    distributive; /* "Some say …. Others warn …": opened by "some" */
  char       *subject;    /* Ctx.subject, prev2 as the intro was read: */
  SentRef     before;     /* what its "it" and "this" meant then */
  guint       moves;      /* items that are the text's own moves ("First, it
                           * introduces the regime.") */
  gboolean    moves_named; /* ... one of them naming the text ("this paper") */
  gboolean    intro_other; /* its intro opens on another actor than the author */
} OrdinalSeq;

/* A set of 64-bit hashes (open addressing): a sentence's and a claim's
 * are asked once each, at every sentence and claim. */
typedef struct {
  guint64  *slots;          /* 0: empty */
  guint     mask;
  guint     n;
  gboolean  zero;           /* 0 is in the set */
} HashSet;

gboolean    _ds_hash_set_add       (HashSet      *set,
                                    guint64       h);
gboolean    _ds_hash_set_contains  (const HashSet *set,
                                    guint64       h);
void        _ds_hash_set_clear     (HashSet      *set);
int         _ds_compare_uint       (gconstpointer a,
                                    gconstpointer b);

typedef struct {
  DsEssay    *essay;
  const char *text;
  gsize       text_len;
  const char *essay_id;
  gboolean    english;
  gpointer    lang;         /* the language's data (ds-lexicon.c) */
  LexWords   *words;        /* what the lexicon said of each spelling (ds-lexicon.c) */
  GHashTable *forms;        /* phrase lists of a word's other forms, by first word */
  /* The lists of other forms asked for lately, by the address of their
   * name, as phrase_cache. */
  struct {
    const char *name;
    GHashTable *index;
  } forms_cache[32];
  GHashTable *phrase_lists; /* PhraseList by the address of its name */
  guint       n_phrase_lists;
  /* The lists asked for lately, by the address of their name: rules ask
   * two or three lists in turn at every word, and about 250 lists in
   * all; two places per address (phrase_cache_put()), so with 1,024
   * places three lists that shared a pair still pushed each other out
   * and were looked up by name again (6,000 times a run), which the
   * lists' addresses, moving with every change to the rules, decide. */
  /* With each list, where its id's bit lies in a word's record
   * (LexWordPhrases), worked out once: the word of the bit masks and the
   * bit, 0 for a list past the last bit, which is read each time. */
  struct {
    const char       *name;
    const PhraseList *list;
    guint64           bit;
    guint             word;
  } phrase_cache[2048];
  /* The lists of ds-phrase-ids.h, each made the first time the run asks
   * it (by its id or its name). */
  const PhraseList *id_lists[N_PHRASE_LIST_IDS];
  /* The lists of HotList, found once per essay: every new spelling that
   * starts some phrase asks all of them (_ds_lexicon_hot_starts_of()). */
  const PhraseList *hot_lists[N_HOT_LISTS];
  char       *title;
  gboolean    title_apparatus; /* the title was "DAFTAR ISI", "Contents" */
  guint       title_named;  /* 0: not asked yet, 1: the prose never names
                             * the title, 2: it does (ds-claims-table.c) */
  char       *last_rule;    /* the rule named last ("PP Nomor 71 Tahun 2019") */
  char       *new_rule;     /* the rule the sentence said replaces another */
  guint       last_rule_block; /* the block that named @last_rule */
  char       *last_treaty;  /* the treaty a sentence began with or named last */
  guint       last_treaty_end; /* where the sentence that named it ends (characters) */
  guint       typology_end; /* where the sentences a typology took end */
  DsClaim    *thesis;       /* the essay's argument, committed at the end */
  guint       thesis_rank;  /* how plainly its signpost announced it */
  gboolean    thesis_short; /* a conclusion's short lead: the next sentence completes it */
  gboolean    recommended;  /* the author's recommendation is asked (its own card) */
  gboolean    argued;       /* the essay's signposted argument is asked (its own card) */
  gboolean    purpose_asked; /* what the essay sets out to do is asked (its own card) */
  gboolean    problem_asked; /* the problem the author sees is asked (its own card) */
  gboolean    gap_asked;     /* the gap in the research the author sees is asked */
  gboolean    hypothesis_asked; /* the study's hypothesis is asked */
  guint       prose_first;  /* the essay's first and last prose blocks, */
  guint       prose_last;   /* found when first asked (prose_last 0: not yet) */
  GPtrArray  *claims;
  const char *claim_at;     /* where the claim resolved last starts (ds-claims-referent.c), */
  guint       claim_at_char; /* in characters */
  HashSet     seen;         /* hashes of claims committed */
  GHashTable *list_items;   /* a folded item of a list committed → 1 + its index in @list_heads */
  GArray     *list_heads;   /* of each item: 1 + its last ListEntry in @list_entries */
  GArray     *list_entries; /* ListEntry, chained per item (ds-claims.c) */
  guint       n_lists_seen;
  HashSet     sentences;    /* hashes of the sentences analysed */
  GHashTable *freq;         /* folded word → occurrences, for the ranking */
  GHashTable *names;        /* lower-case word → its guint NAME_CAPITAL, NAME_LOWER or 0 (ds-claims.c) */
  GHashTable *apparatus;    /* folded names of apparatus sections, both languages */
  gboolean    counting;     /* the sentence being cut is counted in @freq */
  guint       n_words;
  char       *topic;        /* the heading the text stands under */
  guint       topic_block;  /* its block, or G_MAXUINT for the title */
  guint       topic_level;
  guint       conclusion_block; /* the topic block @conclusion was found for (ds-claims-sources.c) */
  gboolean    conclusion;   /* whether its heading names the essay's conclusion */
  gboolean    advice_topic; /* whether it is headed as the author's advice (_ds_advice_label()) */
  gboolean    head_cue;     /* the heading names a role or a challenge */
  gboolean    in_references;
  gboolean    apparatus_listed; /* ... and its list has been passed over */
  GArray     *toks;         /* reused token buffers: the sentence analysed, */
  GArray     *toks_aside;   /* one read again, */
  GArray     *toks_gate;    /* a text the gate checks, */
  GArray     *toks_split;   /* a predication read alone (ds-claims-split.c) */
  GArray     *toks_kind;    /* the text before a pointed noun of a kind (ds-claims-referent.c) */
  const char *kind_at;      /* ... and the last one looked for: where, */
  char        kind_noun[32]; /* its noun, */
  char       *kind_name;    /* the name found, */
  gboolean    kind_several; /* or whether two were */
  gboolean    split_aside;  /* ... which is a relative clause's */
  GArray     *toks_reread;  /* the sentence read without its asides (ds-clause.c) */
  CutCache   *cut_cache;    /* texts cut before, by their bytes (ds-sentence.c) */
  /* The fields of a claim the referents scanned (ds-claims-referent.c)
   * since one was last rewritten: which of three lists each may hold. */
  const char *may_text[4];
  guint       may_mask[4];
  guint       may_next;
  gboolean    may_lists_ready;
  gboolean    may_lists_ok;
  const char * const *may_words[3];
  const void *may_first[3]; /* FirstBytes (ds-claims-referent.c) */
  GHashTable *noun_kinds;   /* lower-case noun → its kind (ds-claims-referent.c) */
  GArray     *toks_plain;   /* an intro read again without its asides */
  /* The last two sentences analysed as they were cut, before any rule
   * read them: a rule that reads the sentence before again
   * (_ds_sent_from_ref()) copies them instead of cutting it again. */
  Sent        cut[2];
  GArray     *cut_toks[2];
  guint       cut_next;
  SentRef     prev;         /* the sentences before the current one */
  SentRef     prev2;
  gboolean    prev_counts;  /* a word of @prev counts (W_COUNT) */
  gboolean    prev_other_actor; /* @prev opens on an actor not the author */
  /* Whether the sentence read is a note (ds-claims.c), and whether it
   * was left unread as a reference that states nothing. */
  guint       note_line;    /* NOTE_LINE, NOTE_MAYBE (its mark kept), 0 */
  gboolean    note_skipped;
  guint       sentence_first_claim;
  char       *subject;      /* the name the last sentence began with */
  char       *subject_before; /* and the one before it */
  char       *heading_name; /* the heading above, when it is one name */
  char       *level_name[8]; /* the name each heading level above holds (0: the title), NULL, or LEVEL_OTHER_TOPIC */
  guint       label_level;  /* the level of the heading last entered, in @level_name */
  gboolean    heading_inherited; /* @heading_name is a name above a heading that labels a part ("Basics") */
  gboolean    heading_asks_name; /* … a name the heading asks about ("What is DEPA?") */
  char       *speaker;      /* who speaks the turn of the block @speaker_block */
  guint       speaker_block; /* (_ds_claim_speaker()), G_MAXUINT: none asked */
  gboolean    subject_kept; /* the sentence just read set @subject itself */
  gboolean    subject_rival; /* ... and named somebody else after it */
  gboolean    subject_rival_core; /* ... not only inside a preposition's phrase */
  char       *person;       /* the person a sentence last began with, */
  guint       person_age;   /* sentences read since it was last named, */
  char        person_gender; /* 'f', 'm' after "she", "he" stood for it */
  char       *named_term;   /* a quoted term the last sentence named */
  char       *work;         /* the quoted title of a work the essay reviews (“…”) */
  char       *pair;         /* "Laos dan Kamboja": the two names it joined last */
  gboolean    pair_country; /* whether one of them is a country */
  OrdinalSeq  ordinals;
  GArray     *cover_units;  /* CoverUnit, the prose paragraphs read */
  GArray     *cover_sents;  /* CoverSent, their sentences */
  GArray     *cover_steps;  /* CoverSent, sentences that draw a conclusion */
  GPtrArray  *cover_topics; /* the headings they stand under, one each */
  guint       cover_topic_block; /* the block of the last of them */
  gboolean    cover_open;   /* the paragraph being read is one */
  const char *key_topic;    /* the heading of the paragraph the cover asks
                             * about, whose words are key terms */
  guint       key_min_freq; /* how often a word the essay repeats occurs
                             * at least to be one (ds-claims-cover.c) */
  /* The sentence being read opened on who holds what it says ("Menurut
   * Farrell (2019: 7),"; _ds_clause_attribution_end()), left out for the
   * rules: the name, where the sentence starts (its claims' start), its
   * first word after the lead and whether that was in lower case. */
  char       *lead_who;
  guint       lead_start;
  const char *lead_first;
  guint       lead_first_len;
  gboolean    lead_lower;
  /* The sentence opens on a label of advice ("Recommendation 1:",
   * "Rekomendasi 2:"; phrase list lead_label_advice): what follows is
   * the author's advice. */
  gboolean    advice_lead;
  /* The paragraph being read opened on "Speaker notes:" (phrase list
   * speaker_notes_label): a deck's notes, read as prose but for the
   * presenter's asides (_ds_presenter_aside()). */
  gboolean    speaker_notes;
  /* The text is a slide deck: two headings or more open on "Slide 3",
   * "Salindia 3" (slide_deck()). There, "Notes:" and "Catatan:" open
   * a slide's speaker notes, as "Speaker notes:" does anywhere. */
  gboolean    slide_deck;
  /* A deck's "Notes:" stood alone on its line: the paragraphs under it,
   * up to the next heading or list, are the slide's notes. */
  gboolean    deck_notes;
  /* The list being walked is an attribute sheet: two of its lines or
   * more give a known aspect of the heading's subject ("- Tujuan: …",
   * "- Mandate: …"), so its other short labels name aspects too. */
  gboolean    attribute_sheet;
  /* The last _ds_list_owned_subject() found the list's owner only a
   * pointer ("pendekatan ini", "this model", "it") that stands for
   * nothing named: the list has no owner a question can name. */
  gboolean    list_owner_dangles;
} Ctx;

/* ds-sentence.c */
void        _ds_sent_tokenize      (Ctx          *ctx,
                                    Sent         *s);
void        _ds_sent_tokenize_aside (Ctx         *ctx,
                                    Sent         *s);
void        _ds_sent_tokenize_split (Ctx         *ctx,
                                     Sent        *s);
void        _ds_sent_tokenize_rewritten (Ctx        *ctx,
                                         Sent       *x,
                                         const char *text,
                                         const Sent *s);
void        _ds_sent_drop          (Sent         *s,
                                    const guint8 *drop);
void        _ds_sent_skip          (Sent         *s,
                                    guint         k);
char       *_ds_sent_text_dup      (const Sent   *s,
                                    const char   *a,
                                    const char   *b);
/* Whether the first word of one of @words (a folded phrase list that
 * lives as long as the process) may stand in @text as a word of its own:
 * FALSE when no word of @text can start one of them (ds-claims-referent.c),
 * so that a text need not be cut to ask. */
gboolean    _ds_text_may_hold      (const char          *text,
                                    const char * const  *words);
void        _ds_text_tokenize      (Ctx          *ctx,
                                    const char   *text,
                                    Sent         *s);
void        _ds_text_tokenize_kind (Ctx          *ctx,
                                    const char   *text,
                                    Sent         *s);
const char *_ds_sentence_end       (Ctx          *ctx,
                                    const char   *p,
                                    const char   *end);
void        _ds_sent_measure       (Sent         *s);
void        _ds_cut_cache_free     (CutCache     *cache);
gboolean    _ds_caption_sentence   (const char   *p,
                                    const char   *end);
void        _ds_sent_from_ref      (Ctx          *ctx,
                                    const SentRef *ref,
                                    Sent         *s);
void        _ds_sent_from_ref_plain (Ctx          *ctx,
                                    const SentRef *ref,
                                    Sent          *s);

/* ds-lexicon.c */
void        _ds_lexicon_init       (Ctx          *ctx);
void        _ds_lexicon_clear      (Ctx          *ctx);
guint64     _ds_lexicon_hot_starts_of (Ctx       *ctx,
                                       const Tok *tok);
char       *_ds_lexicon_rewrite    (Ctx          *ctx,
                                    const Tok    *tok,
                                    const char   *name);
guint       _ds_lexicon_phrase_id_from (Ctx      *ctx,
                                        const Sent *s,
                                        guint       i,
                                        PhraseId    id);
guint       _ds_lexicon_phrase_id_longest (Ctx      *ctx,
                                           const Sent *s,
                                           guint       i,
                                           PhraseId    id);
gboolean    _ds_lexicon_starts_any (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         i,
                                    const char * const *names);
guint      *_ds_lexicon_name_state_of (Ctx       *ctx,
                                    const Tok    *tok);
gboolean    _ds_tok_known_name     (Ctx          *ctx,
                                    const Tok    *tok);
const char *_ds_lexicon_forms_of   (Ctx          *ctx,
                                    const Tok    *tok,
                                    const char   *name);
gboolean    _ds_lexicon_looks_like_verb_id (const char *w);
gboolean    _ds_lexicon_is_country (const Tok    *toks,
                                    guint         n,
                                    guint         i);

/* Case-insensitive comparison of an ASCII word token with @word; inline so
 * that the length of a literal is known at compile time. Always: left to
 * itself, GCC made one out-of-line copy that the rules called hundreds of
 * thousands of times on bench/profile-generate's 2 MB corpus; inline, most
 * calls end on a comparison of the length with a constant. */
static inline __attribute__ ((always_inline)) gboolean
_ds_tok_is (const Tok  *tok,
            const char *word)
{
  gsize len = __builtin_strlen (word);

  if (tok->len != len || tok->type != TOK_WORD || (tok->p[0] | 0x20) != word[0] || tok->acronym)
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (ds_ascii_tolower (tok->p[i]) != word[i])
      return FALSE;
  return TRUE;
}

/* The characters among the eight bytes of @w: all but UTF-8's
 * continuation bytes (10xxxxxx). */
static inline guint
_ds_chars_in_word (guint64 w)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 cont = w & ~(w << 1) & (ones * 0x80);

  return 8 - (guint) (((cont >> 7) * ones) >> 56);
}

/* The characters in [p, end), counted eight bytes at a time: spans are
 * counted in characters, and every claim and item converts some. */
static inline guint
_ds_count_chars (const char *p,
                 const char *end)
{
  guint n = 0;

  for (; end - p >= 8; p += 8)
    {
      guint64 w;

      memcpy (&w, p, 8);
      n += _ds_chars_in_word (w);
    }
  for (; p < end; p++)
    n += ((guchar) *p & 0xC0) != 0x80;
  return n;
}

/* Whether tokens @i and @i + 1 of @s are the words @first and @second. */
static inline gboolean
_ds_toks_pair_is (const Sent *s,
                  guint       i,
                  const char *first,
                  const char *second)
{
  return i + 1 < s->n && _ds_tok_is (&s->toks[i], first) &&
         _ds_tok_is (&s->toks[i + 1], second);
}

static inline gboolean
_ds_tok_is_punct (const Tok *t,
                  gunichar   ch)
{
  return t->type == TOK_PUNCT && t->ch == ch;
}

/* A straight or curly quotation mark, single or double. */
static inline gboolean
_ds_tok_is_quote (const Tok *t)
{
  return t->type == TOK_PUNCT &&
         (t->ch == '"' || t->ch == '\'' || t->ch == 0x201C || t->ch == 0x201D || t->ch == 0x2018 || t->ch == 0x2019);
}

/* How a token moves the bracket depth: +1 for "(" or "[", -1 for ")" or
 * "]", else 0. */
static inline int
_ds_tok_bracket_change (const Tok *t)
{
  if (t->type != TOK_PUNCT)
    return 0;
  if (t->ch == '(' || t->ch == '[')
    return 1;
  if (t->ch == ')' || t->ch == ']')
    return -1;
  return 0;
}

/* The place of the list named @name in a cache of @n places (a power of
 * two): names are literals, told apart by their address. The literals lie
 * side by side in the program's read-only data, so the address's low bits
 * alone spread them (two names less than @n bytes apart never share a
 * place), with no hashing at each of the rules' many asks. */
static inline guint
_ds_name_slot (const char *name,
               guint       n)
{
  return (guint) (guintptr) name & (n - 1);
}

/* Whether the phrase list @name, asked lately, said of the spelling of
 * the word @t before that no entry starts with it. */
static inline gboolean
_ds_lexicon_said_no (Ctx        *ctx,
                     const Tok  *t,
                     const char *name)
{
  guint slot = _ds_name_slot (name, G_N_ELEMENTS (ctx->phrase_cache));

  /* A list stands in its own place or in the other of its pair
   * (phrase_cache_put() in ds-lexicon.c). */
  if (ctx->phrase_cache[slot].name != name)
    slot ^= 1;
  if (ctx->phrase_cache[slot].name == name && t->word != NULL)
    {
      const LexWordPhrases *w = (const LexWordPhrases *) (gconstpointer) t->word;
      guint k = ctx->phrase_cache[slot].word;

      /* Asked, and no entry starts with it. */
      return w->len == t->len && (w->phrase_none[k] & ctx->phrase_cache[slot].bit) != 0;
    }
  return FALSE;
}

guint    _ds_proform_start (Ctx        *ctx,
                            const Sent *s,
                            guint       a,
                            guint       e);
char    *_ds_proform_deed (Ctx        *ctx,
                           const Sent *s,
                           guint       p);
gboolean _ds_person_name (Ctx        *ctx,
                          const Sent *s,
                          guint       a,
                          guint       b);
gboolean _ds_person_pronoun (Ctx        *ctx,
                             const Sent *s,
                             guint       i);
gboolean _ds_person_head (Ctx        *ctx,
                          const Sent *s,
                          guint       a,
                          guint       b);

guint    _ds_speaker_tail_cut (Ctx        *ctx,
                               const Sent *s,
                               guint       a,
                               guint       b);
gboolean _ds_post_phrase_ends_at (Ctx        *ctx,
                                  const Sent *s,
                                  guint       k,
                                  guint       end);

/* Whether token @i of @s can start no phrase of the list @id, told
 * without a call. Rules ask at every word of a sentence, and most words
 * start no phrase of any list, which their token tells; whether the list
 * said no of the word's spelling before is the bit @id of its record
 * (unless the token was cut short after it was classified, and is no
 * longer its record's spelling). */
static inline gboolean
_ds_phrase_none_at (const Sent *s,
                    guint       i,
                    PhraseId    id)
{
  const LexWordPhrases *w;

  if (i >= s->n || !s->toks[i].phrase)
    return TRUE;
  w = (const LexWordPhrases *) (gconstpointer) s->toks[i].word;
  return w != NULL && w->len == s->toks[i].len && ((w->phrase_none[id / 64] >> (id % 64)) & 1);
}

/* How many tokens from token @i of @s make a phrase of the list @id
 * (ds-phrase-ids.h: "the former", "yang pertama"), or 0. */
static inline guint
_ds_phrase_at (Ctx        *ctx,
               const Sent *s,
               guint       i,
               PhraseId    id)
{
  if (_ds_phrase_none_at (s, i, id))
    return 0;
  return _ds_lexicon_phrase_id_from (ctx, s, i, id);
}

/* _ds_phrase_at(), but the longest entry of the list @id written from
 * token @i rather than the first the list holds: "Menteri Luar Negeri",
 * not "Menteri", of a list that has both. */
static inline guint
_ds_phrase_longest_at (Ctx        *ctx,
                       const Sent *s,
                       guint       i,
                       PhraseId    id)
{
  if (_ds_phrase_none_at (s, i, id))
    return 0;
  return _ds_lexicon_phrase_id_longest (ctx, s, i, id);
}

/* Whether a phrase of the list @id starts at some token of [@a, @b). */
static inline gboolean
_ds_phrase_in (Ctx        *ctx,
               const Sent *s,
               guint       a,
               guint       b,
               PhraseId    id)
{
  for (guint i = a; i < b; i++)
    if (_ds_phrase_at (ctx, s, i, id) > 0)
      return TRUE;
  return FALSE;
}

/* The lists of HotList an entry of which may start at the word @tok (a
 * bit each), asked of its spelling once per essay; every bit for a token
 * that is no longer its record's spelling. Asked of every word that starts
 * some phrase while a sentence is cut: its record answers inline. */
static inline guint64
_ds_lexicon_hot_starts (Ctx       *ctx,
                        const Tok *tok)
{
  const LexWordPhrases *w = (const LexWordPhrases *) (gconstpointer) tok->word;

  if (!tok->phrase)     /* (a word's token only) */
    return 0;
  if (w != NULL && w->len == tok->len && w->hot_known)
    return w->hot_starts;
  return _ds_lexicon_hot_starts_of (ctx, tok);
}

/* The state in ctx->names of the word @tok before its apostrophe (by its
 * lower-case form, made 0 when new): asked at every word of every
 * sentence, so a spelling's record keeps where its state is, read here
 * inline. */
static inline guint *
_ds_lexicon_name_state (Ctx       *ctx,
                        const Tok *tok)
{
  const LexWordPhrases *w = (const LexWordPhrases *) (gconstpointer) tok->word;

  if (w != NULL && w->len == tok->len && w->name != NULL)
    return w->name;
  return _ds_lexicon_name_state_of (ctx, tok);
}

/* Whether some word of @s may start an entry of the list @hot (its name
 * in _ds_hot_lists): when not, _ds_phrase_at() of that list is 0
 * at every token of @s, _ds_lexicon_other_forms() NULL, and
 * _ds_lexicon_starts_any() of the statements' set FALSE. */
static inline gboolean
_ds_sent_may_start (const Sent *s,
                    HotList     hot)
{
  return !((s->cannot_start >> hot) & 1);
}

/* The rest of the entry of the phrase list @name whose first word is the
 * word @tok ("agreed agree" → "agree"), or NULL: lists of a word's other
 * forms, asked of every word of a sentence; a word that starts no phrase
 * has none, nor one that starts no entry of the list (which its spelling's
 * record tells once asked, as for _ds_phrase_at()). */
static inline const char *
_ds_lexicon_other_forms (Ctx        *ctx,
                         const Tok  *tok,
                         const char *name)
{
  if (!tok->phrase || _ds_lexicon_said_no (ctx, tok, name))   /* (a word's token only) */
    return NULL;
  return _ds_lexicon_forms_of (ctx, tok, name);
}

/* The last token of the sentence that is not its final punctuation,
 * worked out from its tokens. */
static inline guint
_ds_sent_body_end (const Sent *s)
{
  guint e = s->n;

  while (e > 0 && s->toks[e - 1].type == TOK_PUNCT)
    {
      gunichar ch = s->toks[e - 1].ch;

      if (ch != '.' && ch != '!' && ch != '?' && ch != ':' && ch != ';')
        break;
      e--;
    }
  return e;
}

/* The same, as kept when the sentence was cut: rules ask it of every
 * sentence they read, many times over. */
static inline guint
_ds_body_end (const Sent *s)
{
  return s->body_n == s->n ? s->body_end : _ds_sent_body_end (s);
}

/* "… (Nye, 2004)", "… (Okafor 2020: 14)": the citation that closes
 * tokens [@a, @e) is who says it, no part of what is said; where they
 * end without it (@e when there is none). A typed answer is the gloss,
 * not its source. */
static inline guint
_ds_citation_start (const Sent *s,
                    guint       a,
                    guint       e)
{
  if (e < a + 4 || !_ds_tok_is_punct (&s->toks[e - 1], ')'))
    return e;
  for (guint k = e - 2; k > a + 2 && k + 10 > e; k--)
    if (_ds_tok_is_punct (&s->toks[k], '('))
      {
        gboolean year = FALSE;

        for (guint q = k + 1; q < e - 1; q++)
          year |= s->toks[q].type == TOK_NUMBER && s->toks[q].len == 4;
        return year && s->toks[k + 1].cap ? k : e;
      }
  return e;
}

/* ds-phrase.c */
gboolean    _ds_tok_nounish        (const Tok    *t);
gboolean    _ds_tok_ends_nya       (const Tok    *t);
gboolean    _ds_tok_number_joint   (const Sent   *s,
                                    guint         k);
gboolean    _ds_nominal_nya        (const Sent   *s,
                                    guint         k,
                                    guint         b);
gboolean    _ds_tok_ly_adverb      (const Tok    *t);
gboolean    _ds_tok_ing_word       (const Tok    *t);
gboolean    _ds_tok_ed_word        (const Tok    *t);
gboolean    _ds_en_past_at         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         k);
guint       _ds_np_start           (const Sent   *s,
                                    guint         lo,
                                    guint         hi,
                                    guint        *end);
char       *_ds_toks_dup           (const Sent   *s,
                                    guint         i,
                                    guint         j);
char       *_ds_heading_phrase     (Ctx          *ctx,
                                    const char   *heading,
                                    const char   *noun);
char       *_ds_aspect_heading     (Ctx          *ctx,
                                    const char   *heading);
char       *_ds_phrase_dup         (const Sent   *s,
                                    guint         i,
                                    guint         j,
                                    gboolean      lower_first);
void        _ds_toks_mark_used     (Sent         *s,
                                    guint         i,
                                    guint         j);
gboolean    _ds_toks_any_used      (const Sent   *s,
                                    guint         i,
                                    guint         j);
gboolean    _ds_toks_any_year      (const Sent   *s,
                                    guint         i,
                                    guint         j);
gboolean    _ds_toks_lean_back     (const Sent   *s,
                                    guint         i,
                                    guint         j);
char       *_ds_capitalize         (char         *str);
gboolean    _ds_tok_is_acronym     (const Tok    *t);

/* "1998", "2024": a four-digit number a year may be. */
static inline gboolean
_ds_tok_is_year (const Tok *t)
{
  return t->type == TOK_NUMBER && t->len == 4 && (t->p[0] == '1' || t->p[0] == '2');
}
gboolean    _ds_tok_is_article     (const Tok    *t);
gboolean    _ds_term_usable        (const Sent   *s,
                                    guint         start,
                                    guint         end);
gboolean    _ds_term_cut_short     (const Sent   *s,
                                    guint         start,
                                    guint         end);

/* ds-clause.c: one reader of a clause's parts, for every rule. */

/* What an aside is (Clause.asides). */
typedef enum {
  CLAUSE_ASIDE_CITATION,  /* "(2004)", "(2004: 7)", "(Nye, 2004, hlm. 7)", "[3]" */
  CLAUSE_ASIDE_XREF,      /* "(lihat Bab 2)", "(see Box 1)", ", as noted above," */
  CLAUSE_ASIDE_SPEAKER,   /* ", kata X,", ", X said,", ", menurut X," */
  CLAUSE_ASIDE_HEDGE,     /* "pada dasarnya", "in essence", ", simply put," */
} ClauseAside;

#define CLAUSE_MAX_ASIDES 6
#define CLAUSE_MAX_ADVERBS 4

/* A sentence's main clause, read once for every rule that asks: token
 * ranges [a, b) of the sentence, G_MAXUINT for a part it lacks. */
typedef struct {
  guint opening_end;    /* [0, opening_end): links and a setting before the
                         * subject ("Namun,", "Pada 2019,", "In practice,") */
  guint subject;        /* the subject, asides inside it left in */
  guint subject_end;
  guint group;          /* the verb group: auxiliaries, negation, modals, */
  guint group_end;      /* adverbs and the head verb */
  guint head;           /* the head verb, G_MAXUINT: none found */
  guint object;         /* what follows the verb group, up to the first */
  guint object_end;     /* subordinate clause */
  guint sub;            /* where the first subordinate clause starts, or the body's end */
  guint n_asides;
  struct {
    guint a, b;         /* tokens [a, b), with the commas that close it off */
    ClauseAside kind;
  } asides[CLAUSE_MAX_ASIDES];
  guint n_adverbs;      /* adverbs of the verb group a reading may leave */
  guint adverbs[CLAUSE_MAX_ADVERBS]; /* out ("kemudian", "also") */
} Clause;

void        _ds_clause_read        (Ctx          *ctx,
                                    const Sent   *s,
                                    Clause       *c);
void        _ds_clause_asides      (Ctx          *ctx,
                                    const Sent   *s,
                                    Clause       *c);
char       *_ds_clause_text_dup    (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b,
                                    gboolean      lower_first);
char       *_ds_clause_describe    (gboolean      english,
                                    const char   *text);
gboolean    _ds_alias_aside        (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_example_aside      (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b);
guint       _ds_clause_start       (const Sent   *s,
                                    guint         i);
guint       _ds_clause_opening     (const Sent   *s);
guint       _ds_text_scope_at      (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         i);
guint       _ds_clause_lead_end    (Ctx          *ctx,
                                    const Sent   *s);
guint       _ds_clause_attribution_end (Ctx      *ctx,
                                    const Sent   *s,
                                    guint        *who_a,
                                    guint        *who_b,
                                    guint        *cite_a,
                                    guint        *cite_b);
guint       _ds_subject_end        (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b);

/* ds-claims-typology.c */
/* ds-claims-holder.c */
gboolean    _ds_find_holder        (Ctx          *ctx,
                                    Sent         *s);

char       *_ds_english_s          (const char    *verb);
gboolean    _ds_reasons_intro      (Ctx           *ctx,
                                    const SentRef *ref,
                                    DsClaim       *claim);
void        _ds_find_typology      (Ctx          *ctx,
                                    Sent         *s);
char       *_ds_division_subject   (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         count_at);

/* ds-claims-table.c */
guint       _ds_walk_table         (Ctx          *ctx,
                                    guint         first);
gboolean    _ds_find_infobox_line  (Ctx          *ctx,
                                    guint         index);
void        _ds_find_timeline_line (Ctx          *ctx,
                                    guint         index);

/* ds-claims-barred.c */
gboolean    _ds_find_barred        (Ctx          *ctx,
                                    Sent         *s);

/* ds-claims-place.c */
gboolean    _ds_find_place         (Ctx          *ctx,
                                    Sent         *s);

/* ds-claims-anaphor.c */
gboolean _ds_view_pronoun_opens (Ctx        *ctx,
                                 const Sent *s);
const char *_ds_person_recent      (Ctx          *ctx);
char       *_ds_speaker_pronoun    (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         i,
                                    guint        *end);
void        _ds_subject_note       (Ctx          *ctx,
                                    const Sent   *s);
void        _ds_subject_forget     (Ctx          *ctx);
/* "Pada 2011, Laos dan Kamboja menandatangani …": the last two names
 * @s joins with "dan"/"and", or NULL; *@country whether one is a
 * country. */
char       *_ds_pair_in            (const Sent   *s,
                                    gboolean     *country);
gboolean    _ds_pair_fits          (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         noun,
                                    gboolean      country);
char       *_ds_opening_name_of    (Ctx           *ctx,
                                    const SentRef *ref);
void        _ds_subject_heading    (Ctx          *ctx,
                                    Sent         *s);
/* The one name of the kind of @noun (@len bytes: a law, a treaty, a body,
 * a policy …; ds-claims-referent.c) the two sentences before @at (in the
 * essay's text) wrote, else @topic when it is one, copied; NULL, and
 * *@several set when they wrote two. */
char       *_ds_kind_name_before   (Ctx          *ctx,
                                    const char   *at,
                                    const char   *topic,
                                    const char   *noun,
                                    gsize         len,
                                    gboolean     *several);
gboolean    _ds_name_fits_kind     (Ctx          *ctx,
                                    const char   *name,
                                    const char   *noun,
                                    gsize         len);
gboolean    _ds_joins_two_names    (const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_labelled_quote     (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         hi,
                                    guint        *a,
                                    guint        *b);
char       *_ds_list_title_owned   (Ctx          *ctx,
                                    const char   *listed);
char       *_ds_anaphor_at         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         i,
                                    guint        *end);

/* ds-claims-blocks.c: a line of notes whose subject is the heading,
 * read with it ("- Signed in 1959" under "The Antarctic Treaty"). */
gboolean    _ds_heading_subject_line (Ctx        *ctx,
                                      Sent       *line);
/* ds-claims.c */
/* "- Signed 1 December 1959 in Washington" under "The Antarctic Treaty":
 * the line from its token @k on read as a sentence whose subject is
 * @lead ("The Antarctic Treaty was"); the number of claims it gave. */
guint       _ds_read_with_subject  (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         k,
                                    const char   *lead,
                                    guint         name_len);
gboolean    _ds_topic_names_actors (Ctx          *ctx);
gboolean    _ds_arrow_task         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         r,
                                    guint         e);
gboolean    _ds_arrow_role         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         r,
                                    guint         e);
DsClaim    *_ds_fact_new           (Ctx          *ctx,
                                    const Sent   *s,
                                    DsClaimRule   rule,
                                    guint         key_a,
                                    guint         key_b);
DsClaim    *_ds_claim_new          (Ctx          *ctx,
                                    DsClaimKind   kind,
                                    DsClaimRule   rule,
                                    const Sent   *s);
const char *_ds_claim_speaker      (Ctx          *ctx,
                                    guint         at);
gboolean    _ds_claim_commit       (Ctx          *ctx,
                                    DsClaim      *claim);
void        _ds_claim_add_item     (DsClaim      *claim,
                                    const Sent   *s,
                                    const char   *a,
                                    const char   *b);
void        _ds_claim_add_warning  (DsClaim      *claim,
                                    char         *warning);
void        _ds_claim_extend       (Ctx          *ctx,
                                    DsClaim      *claim,
                                    guint         end_char,
                                    const char   *end);
guint       _ds_sent_char_at       (const Sent   *s,
                                    const char   *q);

/* ds-claims-lists.c */
void        _ds_find_marker_list   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_scholar_arrow_list (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_cue_lists     (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_term_users    (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_duty_lists    (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_action_list   (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_object_series (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_passive_series (Ctx         *ctx,
                                     Sent        *s);
void        _ds_find_modal_series  (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_trait_list    (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_shared_prep_list (Ctx       *ctx,
                                       Sent      *s);
void        _ds_list_describe      (Ctx          *ctx,
                                    const Sent   *s,
                                    DsClaim      *claim,
                                    guint         cue,
                                    guint         lead_end,
                                    DsListForm    form,
                                    gboolean      range,
                                    const SentRef *context);
/* The counted phrase [@start, @end) with its owner, the subject of the
 * sentence's owner verb: "Diplomasi digital memiliki tiga manfaat" →
 * "manfaat diplomasi digital". */
void        _ds_list_prep_clause_owns (Ctx          *ctx,
                                       const Sent   *s,
                                       DsClaim      *claim,
                                       guint         start,
                                       guint         end);
char       *_ds_list_owned_subject (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         start,
                                    guint         end);
/* The counted noun [@start, @end) with the verb after it made a
 * relative clause ("hurdles that stand in the way", "tokoh yang dianggap
 * …"), or NULL when no verb qualifies it. */
char       *_ds_list_reduced_relative (Ctx        *ctx,
                                       const Sent *s,
                                       guint       start,
                                       guint       end);
/* The phrase a heading counts when it counts @noun itself ("5 Alasan
 * Diplomasi Publik Penting" for "alasan"), else NULL. */
char       *_ds_counted_topic_subject (Ctx        *ctx,
                                       const char *noun);
void        _ds_list_add_count_warnings (DsClaim   *claim,
                                         GPtrArray *missing);
gboolean    _ds_ranking_at         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         e,
                                    guint        *va,
                                    guint        *vb);
gboolean    _ds_find_ranking       (Ctx          *ctx,
                                    Sent         *s);
guint       _ds_short_series_items (const Sent   *s,
                                    guint         a,
                                    guint         e,
                                    guint         count,
                                    DsClaim      *claim);
guint       _ds_series_items       (const Sent   *s,
                                    DsClaim      *claim);
guint       _ds_cued_series_items  (const Sent   *s,
                                    guint         a,
                                    guint         e,
                                    DsClaim      *claim);

/* ds-claims-cause.c */
void        _ds_walk_paragraph     (Ctx          *ctx,
                                    guint         index);
const char *_ds_past_item_label    (Ctx           *ctx,
                                    const DsBlock *block,
                                    const char    *start,
                                    const char    *end,
                                    guint         *pos);
gboolean    _ds_find_cause_verb    (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_motive        (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_cause_noun    (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_implication   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_comparison    (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_answer_join        (Ctx          *ctx,
                                    Sent         *s,
                                    const char   *question,
                                    const char   *answer);
gboolean    _ds_find_lesson        (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_verdict       (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_condition_first (Ctx        *ctx,
                                      Sent       *s);
gboolean    _ds_find_when_effect   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_stated_answer (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_condition     (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_sentence_argues    (Ctx          *ctx,
                                    const Sent   *s);
gboolean    _ds_find_reason_clause (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_reason_first  (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_result        (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_result_across (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_which_led     (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_emphasis_gloss (Ctx         *ctx,
                                     Sent        *s);
void        _ds_find_bold_headlines (Ctx         *ctx,
                                     guint        first);
gboolean    _ds_tok_written_lower  (Ctx          *ctx,
                                    const Tok    *tok);
/* A word no name is, by its shape: an abstract noun's ending
 * ("-tion", "-isme"; phrase list common_noun_suffix). */
gboolean    _ds_tok_common_noun_shape (Ctx       *ctx,
                                       const Tok *t);
gboolean    _ds_reminder_line      (Ctx          *ctx,
                                    const Sent   *line);
gboolean    _ds_speaker_notes_line (Ctx          *ctx,
                                    const Sent   *line);
gboolean    _ds_presenter_aside    (Ctx          *ctx,
                                    const Sent   *s);
gboolean    _ds_arrow_cause_line   (Ctx          *ctx,
                                    const Sent   *s);
gboolean    _ds_find_arrow_line    (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_side_punct         (const Tok    *t);
gboolean    _ds_expletive_it       (const Sent   *s,
                                    guint         c,
                                    guint         e);
gboolean    _ds_side_ok            (const Sent   *s,
                                    guint         a,
                                    guint         b);
char       *_ds_sentence_subject   (const Sent   *s,
                                    guint         a,
                                    guint         b);

/* ds-claims-statements.c */
gboolean    _ds_find_statement     (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_statement_plain(Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_statement_advice(Ctx         *ctx,
                                    Sent         *s);
gboolean    _ds_find_task_beside   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_task          (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_fact_trivial       (Ctx           *ctx,
                                    const DsClaim *claim);
char       *_ds_statement_salient  (Ctx          *ctx,
                                    const Sent   *s,
                                    guint        *a,
                                    guint        *b);
gboolean    _ds_find_recommendation (Ctx         *ctx,
                                     Sent        *s);
gboolean    _ds_find_advice_item   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_faq_answer    (Ctx          *ctx,
                                    Sent         *s);
const char * const *_ds_statement_lists (void);

/* ds-claims-blocks.c */
void        _ds_block_as_sent      (Ctx          *ctx,
                                    guint         index,
                                    Sent         *s);
gboolean    _ds_advice_label       (Ctx          *ctx,
                                    const Sent   *h);
char       *_ds_bracket_acronym (const char *p,
                                 const char *end);
gboolean    _ds_numbered_section_item (Ctx       *ctx,
                                       guint      index);
guint       _ds_walk_list_blocks   (Ctx          *ctx,
                                    guint         first);
gboolean    _ds_find_counted_series (Ctx          *ctx,
                                    Sent         *s);
void        _ds_ordinals_sentence  (Ctx          *ctx,
                                    Sent         *s);
void        _ds_ordinals_flush     (Ctx          *ctx);
/* A heading level that names another topic than the owner above it. */
#define LEVEL_OTHER_TOPIC ""
gboolean    _ds_note_section_label (const char *p,
                                    const char *end);
const char *_ds_level_owner (Ctx   *ctx,
                             guint  top);
gboolean    _ds_level_other_topic (Ctx   *ctx,
                                   guint  top);
char       *_ds_level_owned (Ctx        *ctx,
                             guint       top,
                             const char *subject);
gboolean    _ds_heading_names_nothing (Ctx        *ctx,
                                       const char *text);
void        _ds_find_subheadings   (Ctx          *ctx,
                                    guint         heading);
gboolean    _ds_next_sentence      (Ctx          *ctx,
                                    const char   *prev_end,
                                    guint         prev_end_char,
                                    guint         block,
                                    Sent         *s);
void        _ds_find_merits        (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_reasons       (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_series        (Ctx          *ctx,
                                    Sent         *s);

/* ds-claims-defs.c */
void        _ds_find_definitions   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_named_before  (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_named_condition (Ctx        *ctx,
                                      Sent       *s);
gboolean    _ds_find_acronym_equals (Ctx        *ctx,
                                     Sent       *s);
gboolean    _ds_find_alias         (Ctx          *ctx,
                                    Sent         *s);
const char *_ds_term_defined_before (Ctx        *ctx);
gboolean    _ds_names_essay_subject (Ctx         *ctx,
                                     const char  *name);
void        _ds_commit_cloze       (Ctx          *ctx,
                                    const Sent   *s,
                                    DsClaimRule   rule,
                                    guint         a,
                                    guint         b);
/* Whether @term, a phrase, ends on an English plural ("main
 * provisions"; not "legal basis", "analysis", "status", "news"). */
gboolean    _ds_term_plural        (Ctx          *ctx,
                                    const char   *term);
/* The cue a definition of @term is stated with: "are" after an
 * English plural, else the language's "is/adalah". */
const char *_ds_definition_cue     (Ctx          *ctx,
                                    const char   *term);
/* Whether the tokens of @s from @a on are a gloss: a noun phrase and
 * what qualifies it, no clause of its own. */
gboolean    _ds_commit_term_gloss  (Ctx          *ctx,
                                    Sent         *s,
                                    guint         a,
                                    guint         b,
                                    guint         body);
gboolean    _ds_gloss_from         (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a);
/* Whether the text of a note line "<Head>: <text>" from @a on glosses
 * its head [@ha, @hb) (no status, clause of what happened or label of
 * its own); *@clause: whether the gloss is a clause. */
gboolean    _ds_note_glosses       (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         ha,
                                    guint         hb,
                                    guint         a,
                                    gboolean     *clause);
/* Whether the lines around block @block let a note line's clause define
 * its head (ds-claims-blocks.c). */
gboolean    _ds_note_lines_explain (Ctx          *ctx,
                                    guint         block);
/* Whether the text from @a on says what a note's head did and when
 * ("signed 2011, ratified 2014"). */
gboolean    _ds_note_status        (const Sent   *s,
                                    guint         a);
/* Whether a note's head [@a, @b) is itself a clause and so is its text
 * from @body on ("states seek power — security comes first"): no term. */
gboolean    _ds_note_head_clause   (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b,
                                    guint         body);
guint       _ds_note_gloss_head    (Ctx          *ctx,
                                    const Sent   *s,
                                    guint        *a,
                                    gboolean     *clause);
void        _ds_find_equals_gloss  (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_answer_gloss  (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_restated      (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_dash_gloss    (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_comma_gloss   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_named_gloss   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_label_gloss (Ctx        *ctx,
                                  Sent       *s);
gboolean    _ds_find_headword_gloss (Ctx        *ctx,
                                    Sent         *s);
void        _ds_find_appositive    (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_concept_gloss (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_restated_within (Ctx        *ctx,
                                      Sent       *s);
gboolean    _ds_find_sourced_definition (Ctx     *ctx,
                                         Sent    *s);
gboolean    _ds_attribution_opening (Ctx        *ctx,
                                     const Sent *s,
                                     guint       cue,
                                     guint      *a,
                                     guint      *b,
                                     guint      *after);
gboolean    _ds_find_offered_formulation (Ctx    *ctx,
                                          Sent   *s);
void        _ds_find_predicate_gloss(Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_restating_gloss(Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_origin        (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_stances       (Ctx          *ctx,
                                    Sent         *s);

/* Whether the word @t may be a passive verb by its form: "di-" in
 * Indonesian, "-ed" in English. Asked of most words (inline): two bytes
 * compared in place, in either case. */
static inline gboolean
_ds_passive_verb (const Tok *t,
                  gboolean   english)
{
  const char *p;

  if (t->len <= 4)
    return FALSE;
  p = english ? t->p + t->len - 2 : t->p;
  if (english)
    return (p[0] | 0x20) == 'e' && (p[1] | 0x20) == 'd';
  return (p[0] | 0x20) == 'd' && (p[1] | 0x20) == 'i';
}

/* ds-claims-facts.c */
guint       _ds_read_name          (const Sent   *s,
                                    guint         i,
                                    guint         e,
                                    guint        *a,
                                    guint        *b);
gboolean    _ds_find_period_claim  (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_facts         (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_split         (Ctx          *ctx,
                                    Sent         *s);
guint       _ds_law_end            (const Sent   *s,
                                    guint         i,
                                    guint         e);

/* ds-claims-contrast.c */
gboolean    _ds_find_contrasts     (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_concession_main (Ctx        *ctx,
                                      Sent       *s);
gboolean    _ds_find_but_predicate (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_contrasts_first (Ctx        *ctx,
                                    Sent         *s);
gboolean    _ds_find_former_latter   (Ctx        *ctx,
                                      Sent       *s);

/* ds-claims-blocks.c */
guint       _ds_count_words        (const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_find_contrast_question (Ctx      *ctx,
                                    Sent         *s);

/* ds-claims-sources.c */
typedef enum {
  DS_SOURCE_NONE,       /* nobody a learner could name: "Sebagian pengamat" */
  DS_SOURCE_NAMED,      /* a name: "Lindqvist", "The World Bank" */
  DS_SOURCE_CITED,      /* a name with its year, a named study */
} DsSourceKind;

DsSourceKind _ds_source_kind       (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         c,
                                    guint         i);
gboolean    _ds_school_at          (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_find_finding       (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_means         (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_quote         (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_held_view     (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_view          (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_pointed_view  (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_bracket_examples (Ctx       *ctx,
                                    Sent         *s);
/* Whether @w (@len bytes) stands in the essay's text twice, as whole
 * words (ds-claims.c). */
gboolean    _ds_text_twice         (Ctx          *ctx,
                                    const char   *w,
                                    gsize         len);
/* The place a name opens at token @k ("Kolombo, Sri Lanka") ends before:
 * the token after it, or 0. */
guint       _ds_place_end          (const Sent   *s,
                                    guint         k,
                                    guint         e);
gboolean    _ds_find_place_compound (Ctx         *ctx,
                                    Sent         *s);
guint       _ds_as_said_by         (const Sent   *s,
                                    guint         i,
                                    guint         e,
                                    guint        *a,
                                    guint        *b);
gboolean    _ds_find_label         (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_term_coined   (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_fault         (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_described     (Ctx          *ctx,
                                    Sent         *s);
guint       _ds_read_date          (const Sent   *s,
                                    guint         i,
                                    guint         e);
gboolean    _ds_date_names_day     (const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_find_treaty        (Ctx          *ctx,
                                    Sent         *s);
void        _ds_note_treaty        (Ctx          *ctx,
                                    const Sent   *s);
guint       _ds_law_topic_end      (const Sent   *s,
                                    guint         k,
                                    guint         e);
gboolean    _ds_note_property      (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a);
gboolean    _ds_word_in_either     (const Tok    *t,
                                    const char   *name);
gboolean    _ds_scaled_figure_in   (const Sent   *s,
                                    guint         a,
                                    guint         e);
gboolean    _ds_figure_in          (const Sent   *s,
                                    guint         a,
                                    guint         b);
gboolean    _ds_find_rules         (Ctx          *ctx,
                                    Sent         *s);
gboolean    _ds_find_article       (Ctx          *ctx,
                                    Sent         *s);
void        _ds_find_thesis        (Ctx          *ctx,
                                    Sent         *s);
/* Whether @s stands where the essay concludes: under its conclusion's
 * heading, or as its last sentence. */
gboolean    _ds_sentence_concludes (Ctx          *ctx,
                                    const Sent   *s);
void        _ds_thesis_flush       (Ctx          *ctx);

/* ds-claims-gate.c */
gboolean    _ds_claim_passes_gate  (Ctx          *ctx,
                                    DsClaim      *claim);
gboolean    _ds_gate_head_ok       (Ctx          *ctx,
                                    const char   *head);
/* "Minggu depan", "Next week", "Dosen menekankan": whether the words
 * [@i, @e) of @s head a notes' line about the class, no term. */
gboolean    _ds_housekeeping_head  (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         i,
                                    guint         e);
gboolean    _ds_gate_answer_start_ok (Ctx        *ctx,
                                    const char   *answer);
gboolean    _ds_gate_no_debris     (const char   *text);
guint       _ds_claims_budget      (guint         n_words);
void        _ds_claims_rank        (Ctx          *ctx);

/* ds-claims-cover.c */
void        _ds_cover_open         (Ctx          *ctx,
                                    guint         block);
void        _ds_cover_close        (Ctx          *ctx);
void        _ds_cover_note         (Ctx          *ctx,
                                    const Sent   *s);
void        _ds_claims_cover       (Ctx          *ctx);
gboolean    _ds_key_word           (Ctx          *ctx,
                                    const Tok    *t);
gboolean    _ds_key_theory         (Ctx          *ctx,
                                    const Tok    *t);
void        _ds_cover_clear        (Ctx          *ctx);
guint       _ds_subject_time_end   (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         e);

/* ds-claims-sources.c */
guint       _ds_claim_topic_end    (Ctx          *ctx,
                                    const Sent   *s,
                                    guint         a,
                                    guint         e);

/* ds-lexicon.c */
guint       _ds_tok_freq           (const Tok    *t);

/* ds-claims-referent.c */
void        _ds_claims_resolve_referents (Ctx    *ctx);

G_END_DECLS
