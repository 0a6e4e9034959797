/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Helpers shared by the tests of the core and of the UI: settings that
 * never touch the disk, the built-in essays, hand-made cards and decks,
 * files in a test's own folder, and fake clocks that a test moves by hand.
 * Linked into every test.
 */

#include "ds-deck.h"
#include "ds-library.h"
#include "ds-quiz-slide.h"
#include "ds-settings.h"
#include "ds-time.h"

G_BEGIN_DECLS

DsSettings *ds_test_settings_new  (void);
DsLibrary  *ds_test_library_new   (void);
DsCard     *ds_test_card_new      (const char *id,
                                   const char *essay_id,
                                   const char *topic,
                                   DsCardKind  kind,
                                   const char *question,
                                   const char *answer);
DsDeck     *ds_test_deck_new      (DsSettings *settings,
                                   GPtrArray  *cards);

GFile      *ds_test_write_file    (const char *dir,
                                   const char *name,
                                   const char *contents,
                                   gssize      length);
void        ds_test_remove_tree   (const char *path);

DsSlide    *ds_test_question_slide (const char         *text,
                                    const char * const *choices,
                                    int                 right);

gint64      ds_test_clock_ms      (gpointer    now_ms);
gint64      ds_test_clock_us      (gpointer    now_us);

G_END_DECLS
