/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for class live's message parser: any bytes, as a
 * student's message and as the room's. Whatever parses must be written
 * back and read back as the same type (the writer and the parser agree),
 * and nothing may crash, leak or read out of bounds.
 *
 * Built by the fuzz suite (tests/fuzz/); by hand:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -I src/core/classroom -I _build $(pkg-config --cflags json-glib-1.0) \
 *     tests/fuzz/fuzz-room-message.c src/core/classroom/ds-room-protocol.c \
 *     src/core/classroom/ds-room-protocol-write.c src/core/classroom/ds-room-json-check.c \
 *     src/core/classroom/ds-room-text.c src/core/classroom/ds-room.c \
 *     src/core/classroom/ds-room-results.c \
 *     $(pkg-config --libs json-glib-1.0) -o fuzz-room-message
 *   ./fuzz-room-message -max_len=5000 CORPUS_DIR
 */
#include "config.h"

#include <stdint.h>

#include "ds-room-protocol.h"

static void
round_trip (const DsRoomMessage *message,
            DsRoomSender         sender)
{
  g_autofree char *json = ds_room_message_to_json (message);
  g_autoptr(DsRoomMessage) again = NULL;

  g_assert (json != NULL);
  /* A student's message may be written longer than it was read (escapes),
   * so only the room's limit applies to the copy. */
  again = ds_room_message_parse (json, strlen (json), DS_ROOM_FROM_HOST, NULL);
  if (sender == DS_ROOM_FROM_HOST)
    g_assert (again != NULL && again->type == message->type);
}

static void
parse_as (const uint8_t *data,
          size_t         size,
          DsRoomSender   sender)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsRoomMessage) message =
    ds_room_message_parse ((const char *) data, size, sender, &error);

  g_assert ((message == NULL) != (error == NULL));
  if (message != NULL)
    round_trip (message, sender);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  parse_as (data, size, DS_ROOM_FROM_STUDENT);
  parse_as (data, size, DS_ROOM_FROM_HOST);
  return 0;
}
