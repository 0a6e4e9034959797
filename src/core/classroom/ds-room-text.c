/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "ds-room-private.h"

/*
 * The room's few pieces of text: room codes, nicknames and seat tokens.
 */

/* Letters and digits a class reads off a projector without confusing
 * them: no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B. */
static const char code_alphabet[] = "ACDEFHJKMNPRTUVWXY3479";

G_DEFINE_QUARK (ds-room-error-quark, ds_room_error)

/* Random bytes from the kernel: a token is a seat's only credential, so
 * it must not be guessable from the tokens other students were given. */
static void
random_bytes (guint8 *buffer,
              gsize   length)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n > 0)
        done += (gsize) n;
      else if (n < 0 && errno != EINTR)
        g_error ("No random numbers from the kernel: %s", g_strerror (errno));
    }
}

char *
ds_room_code_generate (void)
{
  guint8 bytes[DS_ROOM_CODE_LENGTH];
  char *code = g_malloc (DS_ROOM_CODE_LENGTH + 1);
  guint n = sizeof code_alphabet - 1;

  random_bytes (bytes, sizeof bytes);
  for (guint i = 0; i < DS_ROOM_CODE_LENGTH; i++)
    code[i] = code_alphabet[bytes[i] % n];
  code[DS_ROOM_CODE_LENGTH] = '\0';
  return code;
}

char *
ds_room_code_normalize (const char *typed)
{
  g_autofree char *code = NULL;

  if (typed == NULL || strlen (typed) > 64)
    return NULL;
  code = g_ascii_strup (typed, -1);
  g_strstrip (code);
  if (strlen (code) != DS_ROOM_CODE_LENGTH)
    return NULL;
  for (const char *p = code; *p; p++)
    if (!g_ascii_isalnum (*p))
      return NULL;
  return g_steal_pointer (&code);
}

char *
_ds_room_token_generate (void)
{
  guint8 bytes[DS_ROOM_TOKEN_LENGTH / 2];
  GString *token = g_string_sized_new (DS_ROOM_TOKEN_LENGTH);

  random_bytes (bytes, sizeof bytes);
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (token, "%02x", bytes[i]);
  return g_string_free (token, FALSE);
}

/* Control characters, and formatting ones such as a right-to-left
 * override that would turn the names after it around on the projector. */
static gboolean
is_dropped (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return !g_unichar_isspace (c);
    default:
      return FALSE;
    }
}

/* One space for every run of white space, none at either end, nothing
 * dropped. */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        pending_space = out->len > 0;
      else if (!is_dropped (c))
        {
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

char *
ds_room_nickname_clean (const char  *nickname,
                        GError     **error)
{
  g_autofree char *collapsed = NULL;
  g_autofree char *normal = NULL;

  if (nickname == NULL || strlen (nickname) > 256 ||
      !g_utf8_validate (nickname, -1, NULL))
    {
      g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NICKNAME_INVALID,
                           "A nickname must be text of at most 24 characters");
      return NULL;
    }
  collapsed = collapse (nickname);
  normal = g_utf8_normalize (collapsed, -1, G_NORMALIZE_NFC);
  if (normal == NULL || *normal == '\0' ||
      g_utf8_strlen (normal, -1) > DS_ROOM_NICKNAME_MAX_CHARS)
    {
      g_set_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NICKNAME_INVALID,
                   "A nickname must have 1 to %d characters", DS_ROOM_NICKNAME_MAX_CHARS);
      return NULL;
    }
  return g_steal_pointer (&normal);
}

/* Two nicknames are the same when they differ only in case or in how
 * their characters are composed ("Budi", "BUDI", full-width "Ｂｕｄｉ"). */
char *
_ds_room_nickname_key (const char *nickname)
{
  g_autofree char *compatible = g_utf8_normalize (nickname, -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (compatible, -1);
}
