/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-reader-page.h"
#include "ds-session.h"

G_BEGIN_DECLS

/*
 * "Key claims": the claims found in the reader's essay (the session's),
 * grouped by the section they stand in. Activating one scrolls the reader to
 * its sentence and highlights it. While the panel is shown (the reader's
 * reader.toggle-claims state), every claim's sentence carries the reader's
 * claim mark.
 *
 * The panel follows the reader's essay; the claims are the session's, the
 * ones its cards were made of.
 */
#define DS_TYPE_CLAIMS_PANEL (ds_claims_panel_get_type ())
G_DECLARE_FINAL_TYPE (DsClaimsPanel, ds_claims_panel, DS, CLAIMS_PANEL, GtkWidget)

DsClaimsPanel *ds_claims_panel_new            (DsReaderPage  *reader,
                                               DsSession     *session);
DsReaderPage  *ds_claims_panel_get_reader     (DsClaimsPanel *self);
/* The claims listed (a GPtrArray of DsClaim), or NULL
 * when no essay is open. */
GPtrArray     *ds_claims_panel_get_claims     (DsClaimsPanel *self);
/* The list rows, in the order of the claims. */
GtkListBox    *ds_claims_panel_get_list_box   (DsClaimsPanel *self);
/* Scrolls the reader to claim @index and highlights it. */
void           ds_claims_panel_activate_claim (DsClaimsPanel *self,
                                               guint          index);

G_END_DECLS
