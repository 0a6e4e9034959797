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

  g_assert_true (ds_json_check_depth (strings, strlen (strings), 3, "s", &error));
  g_assert_no_error (error);
  g_assert_false (ds_json_check_depth (strings, strlen (strings), 2, "s.json", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "s.json"));
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "{\"a\":[");
  g_assert_null (ds_json_parse (deep->str, deep->len, "deep.json", &error));
  g_assert_nonnull (strstr (error->message, "deep.json"));
  g_assert_nonnull (strstr (error->message, "nested"));
  g_clear_error (&error);

  /* Closing brackets beyond the opening ones never go below zero. */
  g_assert_true (ds_json_check_depth ("]]]]][[", 7, 2, "x", NULL));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/ok", test_json_ok);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/errors", test_json_errors);

  return g_test_run ();
}
