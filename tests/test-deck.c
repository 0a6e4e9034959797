/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ds-claims.h"
#include "ds-deck.h"
#include "ds-library.h"
#include "ds-test-core.h"

typedef struct {
  DsLibrary  *library;
  DsSettings *settings;
  DsProgress *progress;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->library = ds_test_library_new ();
  f->settings = ds_test_settings_new ();
  f->progress = ds_progress_new (f->settings);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->progress);
  g_assert_finalize_object (f->settings);
  g_assert_finalize_object (f->library);
}

static DsEssay *
essay_at (Fixture *f,
          guint    index)
{
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (f->library), index);

  /* The library keeps it alive. */
  return essay;
}

/* The cards of an essay, or of one of its topics, in deck order. */
static GPtrArray *
cards_of (DsDeck     *deck,
          const char *essay_id,
          const char *topic)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, topic);

  return ds_deck_dup_cards (deck, scope);
}

static char **
topics_of (DsDeck     *deck,
           const char *essay_id)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (essay_id, NULL);

  return ds_deck_dup_topics (deck, scope);
}

/* Adding an essay again under its id (as a re-import does) changes the
 * library, which makes every deck over it generate its cards again. */
static void
regenerate (Fixture *f)
{
  g_autoptr(DsEssay) essay = g_list_model_get_item (G_LIST_MODEL (f->library), 0);

  ds_library_add (f->library, essay);
}

static void
test_every_essay (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  guint n_essays = g_list_model_get_n_items (G_LIST_MODEL (f->library));
  guint total = 0;

  g_assert_cmpuint (n_essays, >=, 5);
  for (guint i = 0; i < n_essays; i++)
    {
      const char *id = ds_essay_get_id (essay_at (f, i));
      g_autoptr(GPtrArray) cards = cards_of (deck, id, NULL);

      g_test_message ("%s: %u cards", id, cards->len);
      g_assert_cmpuint (cards->len, >, 0);
      for (guint j = 0; j < cards->len; j++)
        g_assert_cmpstr (ds_card_get_essay_id (g_ptr_array_index (cards, j)), ==, id);
      total += cards->len;
    }

  /* Every card belongs to one of the essays. */
  g_assert_cmpuint (total, ==, ds_deck_get_n_cards (deck));
  g_assert_cmpuint (g_list_model_get_n_items (ds_deck_get_cards (deck)), ==, total);
  g_assert_true (g_list_model_get_item_type (ds_deck_get_cards (deck)) == DS_TYPE_CARD);
  g_assert_finalize_object (g_steal_pointer (&deck));
}

/* Whether one of @cards was made from the sentence [@start, @end). */
static gboolean
card_from (GPtrArray *cards,
           guint      start,
           guint      end)
{
  for (guint i = 0; i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);

      if (ds_card_get_source_start (card) == start && ds_card_get_source_end (card) == end)
        return TRUE;
    }
  return FALSE;
}

/* The key claims the deck gives (the panel's) are the claims its cards
 * ask: none whose cards the gate turned down, and no card without one. */
static void
test_claims_asked (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  guint n_essays = g_list_model_get_n_items (G_LIST_MODEL (f->library));

  for (guint i = 0; i < n_essays; i++)
    {
      DsEssay *essay = essay_at (f, i);
      g_autoptr(GPtrArray) cards = cards_of (deck, ds_essay_get_id (essay), NULL);
      g_autoptr(GPtrArray) extracted = ds_claims_extract (essay);
      GPtrArray *claims = ds_deck_get_claims (deck, essay);

      g_assert_cmpuint (claims->len, >, 0);
      g_assert_cmpuint (claims->len, <=, extracted->len);
      for (guint j = 0; j < claims->len; j++)
        {
          const DsClaim *claim = g_ptr_array_index (claims, j);

          g_assert_true (card_from (cards, claim->start, claim->end));
        }
      for (guint j = 0; j < cards->len; j++)
        {
          DsCard *card = g_ptr_array_index (cards, j);
          gboolean found = FALSE;

          for (guint k = 0; k < claims->len && !found; k++)
            {
              const DsClaim *claim = g_ptr_array_index (claims, k);

              found = claim->start == ds_card_get_source_start (card) &&
                      claim->end == ds_card_get_source_end (card);
            }
          g_assert_true (found);
        }
    }
  g_assert_finalize_object (g_steal_pointer (&deck));
}

static void
test_lookup_and_unique_ids (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *cards = ds_deck_get_cards (deck);
  guint n = g_list_model_get_n_items (cards);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsCard) card = g_list_model_get_item (cards, i);
      const char *id = ds_card_get_id (card);

      g_assert_nonnull (id);
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_true (ds_deck_lookup (deck, id) == card);
    }
  g_assert_null (ds_deck_lookup (deck, "no-such-card"));
  g_assert_null (ds_deck_lookup (deck, NULL));

  g_hash_table_remove_all (ids);
  g_assert_finalize_object (g_steal_pointer (&deck));
}

static void
test_topics (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  guint n_essays = g_list_model_get_n_items (G_LIST_MODEL (f->library));

  for (guint i = 0; i < n_essays; i++)
    {
      const char *id = ds_essay_get_id (essay_at (f, i));
      g_auto(GStrv) topics = topics_of (deck, id);
      g_autoptr(GPtrArray) essay_cards = cards_of (deck, id, NULL);
      guint covered = 0;

      g_assert_nonnull (topics);
      g_assert_cmpuint (g_strv_length (topics), >, 0);
      for (guint t = 0; topics[t] != NULL; t++)
        {
          g_autoptr(GPtrArray) cards = cards_of (deck, id, topics[t]);

          g_assert_cmpstr (topics[t], !=, "");
          /* Listed once, and only when it has cards. */
          for (guint u = 0; u < t; u++)
            g_assert_cmpstr (topics[u], !=, topics[t]);
          g_assert_cmpuint (cards->len, >, 0);
          for (guint j = 0; j < cards->len; j++)
            g_assert_cmpstr (ds_card_get_topic (g_ptr_array_index (cards, j)), ==, topics[t]);
          covered += cards->len;
        }
      /* Cards without a topic are the only ones no topic covers. */
      for (guint j = 0; j < essay_cards->len; j++)
        {
          const char *topic = ds_card_get_topic (g_ptr_array_index (essay_cards, j));

          if (topic == NULL || *topic == '\0')
            covered++;
        }
      g_assert_cmpuint (covered, ==, essay_cards->len);
    }

  {
    g_auto(GStrv) none = topics_of (deck, "no-such-essay");
    g_autoptr(GPtrArray) no_cards = cards_of (deck, "no-such-essay", NULL);

    g_assert_cmpuint (g_strv_length (none), ==, 0);
    g_assert_cmpuint (no_cards->len, ==, 0);
  }
  g_assert_finalize_object (g_steal_pointer (&deck));
}

static void
test_edits_survive_regeneration (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  g_autoptr(DsDeck) again = NULL;
  g_autoptr(DsCard) first = g_list_model_get_item (ds_deck_get_cards (deck), 0);
  g_autofree char *id = g_strdup (ds_card_get_id (first));
  g_autofree char *generated = g_strdup (ds_card_get_question (first));
  DsCard *card;

  ds_deck_edit_card (deck, first, "Pertanyaan saya sendiri?", "Jawaban saya");
  g_assert_cmpstr (ds_card_get_question (first), ==, "Pertanyaan saya sendiri?");

  /* A new deck over the same progress: fresh cards, the edit comes back. */
  again = ds_deck_new_for_library (f->library, f->progress);
  card = ds_deck_lookup (again, id);
  g_assert_nonnull (card);
  g_assert_true (card != first);
  g_assert_cmpstr (ds_card_get_question (card), ==, "Pertanyaan saya sendiri?");
  g_assert_cmpstr (ds_card_get_answer (card), ==, "Jawaban saya");

  /* The library changing regenerates the deck in place; the edit stays. */
  regenerate (f);
  card = ds_deck_lookup (again, id);
  g_assert_nonnull (card);
  g_assert_cmpstr (ds_card_get_question (card), ==, "Pertanyaan saya sendiri?");

  /* Reverting brings back the generated text, and regeneration keeps that. */
  ds_deck_revert_card (again, card);
  regenerate (f);
  g_assert_cmpstr (ds_card_get_question (ds_deck_lookup (again, id)), ==, generated);

  g_clear_object (&first);
  g_assert_finalize_object (g_steal_pointer (&again));
  g_assert_finalize_object (g_steal_pointer (&deck));
}

static void
test_apply_edits_from_progress (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DsDeck) deck = ds_deck_new_for_library (f->library, f->progress);
  g_autoptr(DsSettings) other_settings = ds_test_settings_new ();
  g_autoptr(DsProgress) other = NULL;
  GListModel *cards = ds_deck_get_cards (deck);
  guint last = g_list_model_get_n_items (cards) - 1;
  g_autoptr(DsCard) card = g_list_model_get_item (cards, last);
  g_autoptr(DsCard) untouched = g_list_model_get_item (cards, 0);
  g_autofree char *untouched_question = g_strdup (ds_card_get_question (untouched));

  other = ds_progress_new (other_settings);
  ds_progress_set_edit (other, ds_card_get_id (card), "Edited elsewhere?", "Yes");

  ds_deck_apply_edits (deck, other);
  g_assert_cmpstr (ds_card_get_question (card), ==, "Edited elsewhere?");
  g_assert_cmpstr (ds_card_get_answer (card), ==, "Yes");
  g_assert_cmpstr (ds_card_get_question (untouched), ==, untouched_question);

  g_clear_object (&card);
  g_clear_object (&untouched);
  g_assert_finalize_object (g_steal_pointer (&deck));
  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&other_settings));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/deck/every-essay", test_every_essay);
  ADD ("/deck/claims-asked", test_claims_asked);
  ADD ("/deck/lookup-unique-ids", test_lookup_and_unique_ids);
  ADD ("/deck/topics", test_topics);
  ADD ("/deck/edits-survive-regeneration", test_edits_survive_regeneration);
  ADD ("/deck/apply-edits", test_apply_edits_from_progress);
#undef ADD

  return g_test_run ();
}
