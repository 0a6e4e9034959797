/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-json.h"
#include "ds-room-protocol-private.h"

/*
 * A message is checked as every JSON document from outside is (strictly,
 * RFC 8259, depth first: see ds-json.h); only the error is the protocol's.
 */
gboolean
_ds_room_json_check (const char  *data,
                     gsize        length,
                     guint        max_depth,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ds_json_check (data, length, max_depth, "message", &local_error))
    return TRUE;
  g_set_error_literal (error, DS_ROOM_PROTOCOL_ERROR, DS_ROOM_PROTOCOL_ERROR_MALFORMED,
                       g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE)
                       ? "The message is nested too deeply" : "The message is not JSON");
  return FALSE;
}
