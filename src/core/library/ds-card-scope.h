/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-card.h"

G_BEGIN_DECLS

/*
 * Which cards a choice means: every card, the cards of one essay, or the
 * cards under one topic (heading) of an essay. The study page and session,
 * the deck, the statistics and presentation mode all say it this way.
 *
 * A scope is a small immutable value; a NULL scope is every card.
 */

typedef enum {
  DS_CARD_SCOPE_ALL,
  DS_CARD_SCOPE_ESSAY,
  DS_CARD_SCOPE_TOPIC,
} DsCardScopeKind;

typedef struct _DsCardScope DsCardScope;

#define DS_TYPE_CARD_SCOPE (ds_card_scope_get_type ())
GType            ds_card_scope_get_type     (void) G_GNUC_CONST;

/* @essay_id NULL and @topic NULL: every card; @topic NULL: the essay's
 * cards; both: the topic's cards in that essay; @essay_id NULL with a
 * topic: that topic in every essay. */
DsCardScope     *ds_card_scope_new          (const char        *essay_id,
                                             const char        *topic);
DsCardScope     *ds_card_scope_copy         (const DsCardScope *self);
void             ds_card_scope_free         (DsCardScope       *self);

DsCardScopeKind  ds_card_scope_get_kind     (const DsCardScope *self);
/* May be NULL. */
const char      *ds_card_scope_get_essay_id (const DsCardScope *self);
const char      *ds_card_scope_get_topic    (const DsCardScope *self);
gboolean         ds_card_scope_equal        (const DsCardScope *a,
                                             const DsCardScope *b);

/* Whether @card is in the scope (NULL: every card). Suspension and due
 * dates are the study session's business, not the scope's. */
gboolean         ds_card_scope_contains     (const DsCardScope *self,
                                             DsCard            *card);
/* The cards of @cards (a GListModel of DsCard) in the scope, in order: a
 * new array of references. */
GPtrArray       *ds_card_scope_filter       (const DsCardScope *self,
                                             GListModel        *cards);
/* The topics of the scope's cards in order of first appearance, each
 * once (NULL-terminated). */
char           **ds_card_scope_dup_topics   (const DsCardScope *self,
                                             GListModel        *cards);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsCardScope, ds_card_scope_free)

G_END_DECLS
