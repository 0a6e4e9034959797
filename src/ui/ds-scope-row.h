/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-card-scope.h"

G_BEGIN_DECLS

/*
 * A row of the Study page's choice of session: one essay or one of its
 * topics. Activating it starts a session over its scope (study.start).
 */
#define DS_TYPE_SCOPE_ROW (ds_scope_row_get_type ())
G_DECLARE_FINAL_TYPE (DsScopeRow, ds_scope_row, DS, SCOPE_ROW, AdwActionRow)

/* @title is text, never markup. */
GtkWidget         *ds_scope_row_new       (const DsCardScope *scope,
                                           const char        *title);
const DsCardScope *ds_scope_row_get_scope (DsScopeRow        *self);

G_END_DECLS
