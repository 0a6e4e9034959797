/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-deck.h"

G_BEGIN_DECLS

/*
 * Shared by ds-deck.c (the cards, the learner's edits, views by scope) and
 * ds-deck-library.c (generating the cards and claims of a library).
 */

struct _DsDeck
{
  GObject     parent_instance;

  DsProgress *progress;
  GListStore *cards;
  GHashTable *by_id;      /* id → DsCard (borrowed from the store) */
  GHashTable *originals;  /* id → Original */
  GListModel *essays;
  GHashTable *claims;     /* essay id → Claims */
};

G_END_DECLS
