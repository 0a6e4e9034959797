/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-room-protocol.h"

G_BEGIN_DECLS

/* ds-room-json-check.c: TRUE when @data is one JSON value (RFC 8259, no
 * NUL or lone surrogate in strings) nested at most @max_depth deep. */
gboolean _ds_room_json_check (const char  *data,
                              gsize        length,
                              guint        max_depth,
                              GError     **error);

G_END_DECLS
