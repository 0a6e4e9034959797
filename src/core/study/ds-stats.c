/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStats"

#include "config.h"

#include "ds-stats.h"

struct _DsStats
{
  guint   n_cards;
  guint   n_new;
  guint   n_suspended;
  guint   due[DS_STATS_DAYS];
  guint   reviews[DS_STATS_DAYS];
  guint   review_state_reviews;
  guint   review_state_passed;
  guint   streak;
  double  mastery;

  GArray     *essays;        /* DsStatsGroup */
  GArray     *topics;        /* DsStatsGroup */
  GHashTable *essay_index;   /* essay id → index + 1 */
  GHashTable *topic_index;   /* "essay id\ntopic" → index + 1 */
  GStringChunk *strings;     /* ids and topics the groups point to */
};

/* Start of the local day @offset days from @today_start, in Unix ms.
 * Adding days (not 24 h) keeps midnight across DST changes. */
static gint64
day_start_ms (GDateTime *today_start,
              int        offset)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today_start, offset);

  return g_date_time_to_unix (day) * 1000;
}

static char *
day_key (GDateTime *today_start,
         int        offset)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today_start, offset);

  return ds_progress_local_day_key (day);
}

static double
card_mastery (const DsFsrsCard *card,
              gboolean          answered)
{
  if (!answered || card->state == DS_FSRS_NEW)
    return 0.0;

  return MIN (1.0, card->stability / DS_STATS_MASTERY_DAYS);
}

static DsStatsGroup *
group_for (DsStats    *self,
           GArray     *groups,
           GHashTable *index,
           const char *key,
           const char *essay_id,
           const char *topic)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (index, key));

  if (i == 0)
    {
      DsStatsGroup group = { 0 };

      group.essay_id = g_string_chunk_insert_const (self->strings, essay_id);
      group.topic = topic ? g_string_chunk_insert_const (self->strings, topic) : NULL;
      g_array_append_val (groups, group);
      i = groups->len;
      g_hash_table_insert (index, g_string_chunk_insert (self->strings, key), GUINT_TO_POINTER (i));
    }

  return &g_array_index (groups, DsStatsGroup, i - 1);
}

static void
add_to_group (DsStatsGroup *group,
              gboolean      answered,
              double        mastery)
{
  group->n_cards++;
  group->n_known += answered ? 1 : 0;
  /* A sum until finish_groups() turns it into a mean. */
  group->mastery += mastery;
}

static void
finish_groups (GArray *groups)
{
  for (guint i = 0; i < groups->len; i++)
    {
      DsStatsGroup *group = &g_array_index (groups, DsStatsGroup, i);

      group->mastery = group->n_cards > 0 ? group->mastery / group->n_cards : 0.0;
    }
}

/* Which of the next DS_STATS_DAYS days @due falls on; -1 when later.
 * Anything overdue is due today. */
static int
due_day (const gint64 *starts,
         gint64        due)
{
  for (int k = 0; k < DS_STATS_DAYS; k++)
    if (due < starts[k + 1])
      return k;

  return -1;
}

static void
count_cards (DsStats    *self,
             DsProgress *progress,
             GPtrArray  *cards,
             GDateTime  *today_start)
{
  gint64 starts[DS_STATS_DAYS + 1];
  double mastery_sum = 0.0;

  for (int k = 0; k <= DS_STATS_DAYS; k++)
    starts[k] = day_start_ms (today_start, k);

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      DsCard *card = g_ptr_array_index (cards, i);
      const char *id = ds_card_get_id (card);
      const char *essay_id = ds_card_get_essay_id (card);
      const char *topic = ds_card_get_topic (card);
      g_autofree char *topic_key = NULL;
      DsFsrsCard state;
      gboolean answered;
      double mastery;
      int k;

      if (ds_progress_is_suspended (progress, id))
        {
          self->n_suspended++;
          continue;
        }

      answered = ds_progress_get_card (progress, id, &state) && state.state != DS_FSRS_NEW;
      mastery = card_mastery (&state, answered);
      self->n_cards++;
      self->n_new += answered ? 0 : 1;
      mastery_sum += mastery;

      if (answered && (k = due_day (starts, state.due)) >= 0)
        self->due[k]++;

      add_to_group (group_for (self, self->essays, self->essay_index, essay_id, essay_id, NULL),
                    answered, mastery);
      if (topic != NULL && *topic != '\0')
        {
          topic_key = g_strconcat (essay_id, "\n", topic, NULL);
          add_to_group (group_for (self, self->topics, self->topic_index, topic_key, essay_id, topic),
                        answered, mastery);
        }
    }

  self->mastery = self->n_cards > 0 ? mastery_sum / self->n_cards : 0.0;
  finish_groups (self->essays);
  finish_groups (self->topics);
}

static guint
reviews_on (DsProgress *progress,
            GDateTime  *today_start,
            int         offset)
{
  g_autofree char *key = day_key (today_start, offset);
  DsDayStats day;

  ds_progress_get_day_stats (progress, key, &day);
  return day.reviews;
}

static void
count_days (DsStats    *self,
            DsProgress *progress,
            GDateTime  *today_start)
{
  int first;

  for (int k = 0; k < DS_STATS_DAYS; k++)
    {
      g_autofree char *key = day_key (today_start, -k);
      DsDayStats day;

      ds_progress_get_day_stats (progress, key, &day);
      self->reviews[k] = day.reviews;
      self->review_state_reviews += day.review_state_reviews;
      self->review_state_passed += day.review_state_passed;
    }

  /* Today without answers yet does not break a streak: the day is not over. */
  first = self->reviews[0] > 0 ? 0 : 1;
  for (int k = first; reviews_on (progress, today_start, -k) > 0; k++)
    self->streak++;
}

DsStats *
ds_stats_new (DsProgress *progress,
              GPtrArray  *cards,
              GDateTime  *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today_start = NULL;
  GTimeZone *tz;
  DsStats *self;

  g_return_val_if_fail (DS_IS_PROGRESS (progress), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  tz = ds_progress_get_time_zone (progress);
  local = g_date_time_to_timezone (now, tz);
  today_start = g_date_time_new (tz,
                                 g_date_time_get_year (local),
                                 g_date_time_get_month (local),
                                 g_date_time_get_day_of_month (local),
                                 0, 0, 0);

  self = g_new0 (DsStats, 1);
  self->essays = g_array_new (FALSE, TRUE, sizeof (DsStatsGroup));
  self->topics = g_array_new (FALSE, TRUE, sizeof (DsStatsGroup));
  self->essay_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->topic_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (1024);

  count_cards (self, progress, cards, today_start);
  count_days (self, progress, today_start);

  return self;
}

void
ds_stats_free (DsStats *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->essays);
  g_array_unref (self->topics);
  g_hash_table_unref (self->essay_index);
  g_hash_table_unref (self->topic_index);
  g_string_chunk_free (self->strings);
  g_free (self);
}

guint
ds_stats_get_n_cards (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cards;
}

guint
ds_stats_get_n_new (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_new;
}

guint
ds_stats_get_n_suspended (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_suspended;
}

guint
ds_stats_get_due_today (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->due[0];
}

guint
ds_stats_get_due_on_day (DsStats *self,
                         guint    day)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (day < DS_STATS_DAYS, 0);

  return self->due[day];
}

guint
ds_stats_get_due_this_week (DsStats *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint k = 0; k < 7; k++)
    n += self->due[k];

  return n;
}

guint
ds_stats_get_reviews_on_day (DsStats *self,
                             guint    days_ago)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (days_ago < DS_STATS_DAYS, 0);

  return self->reviews[days_ago];
}

guint
ds_stats_get_reviews_total (DsStats *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint k = 0; k < DS_STATS_DAYS; k++)
    n += self->reviews[k];

  return n;
}

gboolean
ds_stats_get_retention (DsStats *self,
                        double  *retention,
                        guint   *n_reviews)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (n_reviews != NULL)
    *n_reviews = self->review_state_reviews;
  if (retention != NULL)
    *retention = self->review_state_reviews > 0
                 ? (double) self->review_state_passed / self->review_state_reviews
                 : 0.0;

  return self->review_state_reviews > 0;
}

guint
ds_stats_get_streak (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->streak;
}

double
ds_stats_get_mastery (DsStats *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->mastery;
}

const DsStatsGroup *
ds_stats_get_essays (DsStats *self,
                     guint   *n_essays)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_essays != NULL)
    *n_essays = self->essays->len;

  return (const DsStatsGroup *) (gpointer) self->essays->data;
}

const DsStatsGroup *
ds_stats_get_topics (DsStats *self,
                     guint   *n_topics)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_topics != NULL)
    *n_topics = self->topics->len;

  return (const DsStatsGroup *) (gpointer) self->topics->data;
}

const DsStatsGroup *
ds_stats_lookup_essay (DsStats    *self,
                       const char *essay_id)
{
  guint i;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (essay_id != NULL, NULL);

  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->essay_index, essay_id));
  return i > 0 ? &g_array_index (self->essays, DsStatsGroup, i - 1) : NULL;
}
