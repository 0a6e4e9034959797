/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A QR code drawn for a projector: dark modules on white with the quiet
 * zone around them, whatever the theme (phones read dark on light), one
 * square as large as the widget allows.
 */
#define DS_TYPE_QR_VIEW (ds_qr_view_get_type ())
G_DECLARE_FINAL_TYPE (DsQrView, ds_qr_view, DS, QR_VIEW, GtkWidget)

GtkWidget  *ds_qr_view_new      (void);
const char *ds_qr_view_get_text (DsQrView   *self);
/* NULL or "" draws nothing; a text too long for a QR code draws nothing
 * and warns. */
void        ds_qr_view_set_text (DsQrView   *self,
                                 const char *text);
/* Modules per side without the quiet zone (0 without a code). */
guint       ds_qr_view_get_size (DsQrView   *self);

G_END_DECLS
