/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ids of the phrase lists the rules name (src/core/engine/ds-phrase-ids.h):
 * the lexicon finds the id of a list asked by its name by bisection, which
 * needs the names sorted as strcmp() orders them, each once. */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "ds-claims-private.h"

static void
test_sorted (void)
{
  for (guint id = 1; id < N_PHRASE_LIST_IDS; id++)
    {
      if (strcmp (_ds_phrase_names[id - 1], _ds_phrase_names[id]) >= 0)
        g_test_message ("ds-phrase-ids.h: \"%s\" before \"%s\"", _ds_phrase_names[id - 1], _ds_phrase_names[id]);
      g_assert_cmpint (strcmp (_ds_phrase_names[id - 1], _ds_phrase_names[id]), <, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/phrase-ids/sorted", test_sorted);
  return g_test_run ();
}
