/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A QR code as a square of modules, for the projector to draw (one
 * rectangle per dark module) and a phone to scan. Error correction level
 * M: a code on a projector that is a little out of focus still reads.
 * The quiet zone (4 light modules around the code) is the drawer's to add.
 */

#define DS_QR_ERROR (ds_qr_error_quark ())

typedef enum {
  DS_QR_ERROR_FAILED,    /* too long for a QR code, or out of memory */
} DsQrError;

GQuark ds_qr_error_quark (void);

typedef struct _DsQrCode DsQrCode;

DsQrCode *ds_qr_code_new_for_text (const char *text,
                                   GError    **error);
void      ds_qr_code_free         (DsQrCode   *code);
/* Modules per side: 17 + 4 × version. */
guint     ds_qr_code_get_size     (const DsQrCode *code);
guint     ds_qr_code_get_version  (const DsQrCode *code);
/* Whether the module in column @x, row @y is dark; FALSE outside. */
gboolean  ds_qr_code_is_dark      (const DsQrCode *code,
                                   guint           x,
                                   guint           y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsQrCode, ds_qr_code_free)

G_END_DECLS
