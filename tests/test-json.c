/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ds-json.h"

/* The depth scan counts brackets outside strings only, escapes included. */
static void
test_json_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  static const char strings[] = "[\"[[[[[[[[[[\", \"\\\"[[[[[[[[[[\", {\"a\": [1]}]";

  g_assert_true (ds_json_check (strings, strlen (strings), 3, "s", &error));
  g_assert_no_error (error);
  g_assert_false (ds_json_check (strings, strlen (strings), 2, "s.json", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "s.json"));
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "{\"a\":[");
  g_assert_null (ds_json_parse (deep->str, deep->len, "deep.json", &error));
  g_assert_nonnull (strstr (error->message, "deep.json"));
  g_assert_nonnull (strstr (error->message, "nested"));
  g_clear_error (&error);

  /* Not JSON at all, whatever the depth. */
  g_assert_false (ds_json_check ("]]]]][[", 7, 2, "x", NULL));
}

static void
test_json_errors (void)
{
  static const struct {
    const char *data;
    gsize       length;
    const char *words;
  } cases[] = {
    { "{\"a\": [1, 2", 11, "backup.json:1:" },
    { "", 0, "empty" },
    { "   \n ", 5, "empty" },
    { "{\"a\": \"\xff\"}", 10, "UTF-8" },
    { "\xff\xfe{\0}\0", 6, "UTF-16" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = ds_json_parse (cases[i].data, cases[i].length,
                                                "backup.json", &error);

      g_assert_null (root);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "backup.json"));
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

static void
test_json_ok (void)
{
  static const char doc[] = "{\"version\": 1, \"cards\": [[[\"]]]]]\"]]]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = ds_json_parse (doc, strlen (doc), "ok.json", &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "version"), ==, 1);
}

/* Only JSON reaches json-glib, which takes more (and in 1.6 leaks what it
 * built when it stops at an error, as the fuzzer found). */
static void
test_json_strict (void)
{
  static const char * const good[] = {
    "0", "-0.5e-3", "1E+5", "\"\\u00e9 \\ud83d\\ude00 \\/\"", "[]", "{}",
    " {\"a\": [true, false, null, {\"b\": \"\"}]} \n",
  };
  static const char * const bad[] = {
    "[1] [2]", "{'a': 1}", "[01]", "[1,]", "{\"a\" 1}", "[.5]", "[1.]", "[-]",
    "// comment\n[]", "[0x10]", "\"\\ud800\"", "\"\\u0000\"", "\"tab\there\"",
    "[\"\\q\"]", "[tru]", "{\"a\": 1", "\"open", "[1 2]", "{1: 2}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (ds_json_check (good[i], strlen (good[i]), 8, "good.json", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ds_json_check (bad[i], strlen (bad[i]), 8, "bad.json", &error));
      g_assert_nonnull (strstr (error->message, "bad.json:1:"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/ok", test_json_ok);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/errors", test_json_errors);
  g_test_add_func ("/json/strict", test_json_strict);

  return g_test_run ();
}
