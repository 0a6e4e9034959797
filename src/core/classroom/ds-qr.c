/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <qrencode.h>
#include <string.h>

#include "ds-qr.h"

/*
 * libqrencode's symbol, copied into a plain bit matrix: its data keeps
 * other flags in the upper bits of each byte, and only bit 0 (dark) is of
 * use to a drawer.
 */

struct _DsQrCode
{
  guint   size;
  guint   version;
  guint8 *dark;    /* size × size, row by row: 1 dark, 0 light */
};

G_DEFINE_QUARK (ds-qr-error-quark, ds_qr_error)

DsQrCode *
ds_qr_code_new_for_text (const char  *text,
                         GError     **error)
{
  QRcode *symbol;
  DsQrCode *code;

  g_return_val_if_fail (text != NULL, NULL);

  /* Version 0: the smallest that holds the text; case kept, as the
   * room's address is case-sensitive after the host. */
  symbol = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (symbol == NULL)
    {
      g_set_error (error, DS_QR_ERROR, DS_QR_ERROR_FAILED,
                   "Cannot make a QR code of this text: %s", g_strerror (errno));
      return NULL;
    }

  code = g_new0 (DsQrCode, 1);
  code->size = (guint) symbol->width;
  code->version = (guint) symbol->version;
  code->dark = g_malloc ((gsize) code->size * code->size);
  for (gsize i = 0; i < (gsize) code->size * code->size; i++)
    code->dark[i] = symbol->data[i] & 1;
  QRcode_free (symbol);
  return code;
}

void
ds_qr_code_free (DsQrCode *code)
{
  if (code == NULL)
    return;
  g_free (code->dark);
  g_free (code);
}

guint
ds_qr_code_get_size (const DsQrCode *code)
{
  g_return_val_if_fail (code != NULL, 0);
  return code->size;
}

guint
ds_qr_code_get_version (const DsQrCode *code)
{
  g_return_val_if_fail (code != NULL, 0);
  return code->version;
}

gboolean
ds_qr_code_is_dark (const DsQrCode *code,
                    guint           x,
                    guint           y)
{
  g_return_val_if_fail (code != NULL, FALSE);

  if (x >= code->size || y >= code->size)
    return FALSE;
  return code->dark[(gsize) y * code->size + x] != 0;
}
