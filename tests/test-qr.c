/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-qr.h"

/*
 * The QR code of the room's address: the size its version gives, and the
 * fixed patterns every reader looks for (finders, separators, timing, the
 * dark module). Decoding is a scanner's job; these are what make it work.
 */

static void
assert_finder (const DsQrCode *code,
               guint           left,
               guint           top)
{
  for (guint y = 0; y < 7; y++)
    for (guint x = 0; x < 7; x++)
      {
        gboolean ring = x == 0 || y == 0 || x == 6 || y == 6;
        gboolean centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;

        g_assert_cmpint (ds_qr_code_is_dark (code, left + x, top + y), ==, ring || centre);
      }
}

/* The light line between a finder and the data. */
static void
assert_separators (const DsQrCode *code)
{
  guint n = ds_qr_code_get_size (code);

  for (guint i = 0; i < 8; i++)
    {
      g_assert_false (ds_qr_code_is_dark (code, 7, i));
      g_assert_false (ds_qr_code_is_dark (code, i, 7));
      g_assert_false (ds_qr_code_is_dark (code, n - 8, i));
      g_assert_false (ds_qr_code_is_dark (code, n - 1 - i, 7));
      g_assert_false (ds_qr_code_is_dark (code, 7, n - 1 - i));
      g_assert_false (ds_qr_code_is_dark (code, i, n - 8));
    }
}

static void
assert_timing (const DsQrCode *code)
{
  guint n = ds_qr_code_get_size (code);

  for (guint i = 8; i < n - 8; i++)
    {
      g_assert_cmpint (ds_qr_code_is_dark (code, i, 6), ==, i % 2 == 0);
      g_assert_cmpint (ds_qr_code_is_dark (code, 6, i), ==, i % 2 == 0);
    }
}

static void
test_qr_room_url (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQrCode) code = ds_qr_code_new_for_text ("http://192.168.1.20:8472/?room=KXY7", &error);
  guint n, dark = 0;

  g_assert_no_error (error);
  g_assert_nonnull (code);
  /* 35 bytes: more than version 2 holds at level M (26), within 3 (42). */
  g_assert_cmpuint (ds_qr_code_get_version (code), ==, 3);
  n = ds_qr_code_get_size (code);
  g_assert_cmpuint (n, ==, 17 + 4 * 3);

  assert_finder (code, 0, 0);
  assert_finder (code, n - 7, 0);
  assert_finder (code, 0, n - 7);
  assert_separators (code);
  assert_timing (code);
  /* The module that is always dark, beside the bottom-left finder. */
  g_assert_true (ds_qr_code_is_dark (code, 8, 4 * 3 + 9));

  /* Masked data is about half dark. */
  for (guint y = 0; y < n; y++)
    for (guint x = 0; x < n; x++)
      dark += ds_qr_code_is_dark (code, x, y);
  g_assert_cmpuint (dark, >, n * n * 3 / 10);
  g_assert_cmpuint (dark, <, n * n * 7 / 10);

  g_assert_false (ds_qr_code_is_dark (code, n, 0));
  g_assert_false (ds_qr_code_is_dark (code, 0, n));
}

static void
test_qr_sizes (void)
{
  g_autoptr(DsQrCode) small = ds_qr_code_new_for_text ("http://10.0.0.2:8472/?room=AC34", NULL);
  g_autoptr(DsQrCode) ipv6 = ds_qr_code_new_for_text ("http://[fe80::1234:5678:9abc:def0]:54321/?room=AC34", NULL);
  g_autoptr(DsQrCode) same = ds_qr_code_new_for_text ("http://10.0.0.2:8472/?room=AC34", NULL);

  g_assert_cmpuint (ds_qr_code_get_version (ipv6), >, ds_qr_code_get_version (small));
  g_assert_cmpuint (ds_qr_code_get_size (ipv6), ==, 17 + 4 * ds_qr_code_get_version (ipv6));
  assert_finder (ipv6, ds_qr_code_get_size (ipv6) - 7, 0);

  /* The same text, the same code. */
  for (guint y = 0; y < ds_qr_code_get_size (small); y++)
    for (guint x = 0; x < ds_qr_code_get_size (small); x++)
      g_assert_cmpint (ds_qr_code_is_dark (small, x, y), ==, ds_qr_code_is_dark (same, x, y));
}

static void
test_qr_too_long (void)
{
  g_autofree char *text = g_strnfill (4000, 'a');
  g_autoptr(GError) error = NULL;
  g_autoptr(DsQrCode) code = ds_qr_code_new_for_text (text, &error);

  /* Version 40 holds 2331 bytes at level M. */
  g_assert_null (code);
  g_assert_error (error, DS_QR_ERROR, DS_QR_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qr/room-url", test_qr_room_url);
  g_test_add_func ("/qr/sizes", test_qr_sizes);
  g_test_add_func ("/qr/too-long", test_qr_too_long);

  return g_test_run ();
}
