/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsProgress"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-json.h"
#include "ds-progress-private.h"

/*
 * Progress backups: the whole state as JSON, and back. Reading checks the
 * whole document before anything is merged, so a bad backup changes
 * nothing.
 */

#define FORMAT_NAME "diplostudy-progress"
#define FORMAT_VERSION 1
#define MAX_ID_LENGTH 1024
#define MAX_TEXT_LENGTH ((gsize) 64 * 1024)

static const char * const state_names[] = { "new", "learning", "review", "relearning" };

/* ------------------------------------------------------------------ */
/* Export                                                              */

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       ms)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *seconds = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, member);
  utc = ms != DS_FSRS_NO_REVIEW ? g_date_time_new_from_unix_utc (ms / 1000) : NULL;
  if (utc == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  seconds = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
  text = g_strdup_printf ("%s.%03dZ", seconds, (int) (ms % 1000));
  json_builder_add_string_value (builder, text);
}

static void
add_uint (JsonBuilder *builder,
          const char  *member,
          guint        value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_card (JsonBuilder      *builder,
          const char       *id,
          const DsFsrsCard *card)
{
  json_builder_set_member_name (builder, id);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, state_names[card->state]);
  json_builder_set_member_name (builder, "stability");
  json_builder_add_double_value (builder, card->stability);
  json_builder_set_member_name (builder, "difficulty");
  json_builder_add_double_value (builder, card->difficulty);
  add_time (builder, "due", card->due);
  add_time (builder, "last_review", card->last_review);
  add_uint (builder, "reps", card->reps);
  add_uint (builder, "lapses", card->lapses);
  add_uint (builder, "learning_steps", card->learning_steps);
  json_builder_end_object (builder);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Keys in order, so that two backups of the same progress are the same. */
static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

static GPtrArray *
sorted_card_ids (DsProgress *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint shard = 0; shard < DS_PROGRESS_N_SHARDS; shard++)
    {
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, self->cards[shard]);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_ptr_array_add (ids, id);
    }
  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

static void
add_cards (JsonBuilder *builder,
           DsProgress  *self)
{
  g_autoptr(GPtrArray) ids = sorted_card_ids (self);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_object (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      add_card (builder, id, g_hash_table_lookup (_ds_progress_cards_of (self, id), id));
    }
  json_builder_end_object (builder);
}

static void
add_days (JsonBuilder *builder,
          DsProgress  *self)
{
  g_autoptr(GPtrArray) days = sorted_keys (self->days);

  json_builder_set_member_name (builder, "days");
  json_builder_begin_object (builder);
  for (guint i = 0; i < days->len; i++)
    {
      const DsDayStats *day = g_hash_table_lookup (self->days, g_ptr_array_index (days, i));

      json_builder_set_member_name (builder, g_ptr_array_index (days, i));
      json_builder_begin_object (builder);
      add_uint (builder, "reviews", day->reviews);
      add_uint (builder, "correct", day->correct);
      add_uint (builder, "new_cards", day->new_cards);
      add_uint (builder, "review_state_reviews", day->review_state_reviews);
      add_uint (builder, "review_state_passed", day->review_state_passed);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_suspended_and_edits (JsonBuilder *builder,
                         DsProgress  *self)
{
  g_autoptr(GPtrArray) suspended = sorted_keys (self->suspended);
  g_autoptr(GPtrArray) edited = sorted_keys (self->edits);

  json_builder_set_member_name (builder, "suspended");
  json_builder_begin_array (builder);
  for (guint i = 0; i < suspended->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (suspended, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "edits");
  json_builder_begin_object (builder);
  for (guint i = 0; i < edited->len; i++)
    {
      const DsProgressEdit *edit = g_hash_table_lookup (self->edits, g_ptr_array_index (edited, i));

      json_builder_set_member_name (builder, g_ptr_array_index (edited, i));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, edit->question);
      json_builder_set_member_name (builder, "answer");
      json_builder_add_string_value (builder, edit->answer);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

gboolean
ds_progress_export_backup (DsProgress     *self,
                           GOutputStream  *out,
                           GError        **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  add_uint (builder, "version", FORMAT_VERSION);
  add_time (builder, "exported", g_get_real_time () / 1000);
  add_cards (builder, self);
  add_days (builder, self);
  add_suspended_and_edits (builder, self);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_stream (generator, out, NULL, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, NULL, error) &&
         g_output_stream_flush (out, NULL, error);
}

/* ------------------------------------------------------------------ */
/* Reading a backup                                                    */

typedef struct {
  GHashTable *cards;      /* id → DsFsrsCard */
  GHashTable *days;       /* day → DsDayStats */
  GHashTable *suspended;  /* id set */
  GHashTable *edits;      /* id → DsProgressEdit (strings owned by the JSON) */
  JsonNode   *root;
} Backup;

static void
backup_clear (Backup *backup)
{
  g_clear_pointer (&backup->cards, g_hash_table_unref);
  g_clear_pointer (&backup->days, g_hash_table_unref);
  g_clear_pointer (&backup->suspended, g_hash_table_unref);
  g_clear_pointer (&backup->edits, g_hash_table_unref);
  g_clear_pointer (&backup->root, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Backup, backup_clear)

/* Where in the document a problem is, for its message. */
typedef struct {
  const char  *name;      /* the file */
  GError     **error;
  guint        n_entries;
} Check;

static gboolean
refuse (Check      *check,
        const char *where,
        const char *what)
{
  /* Translators: a file name, a place in it (cards."x".due) and what is
   * wrong there ("is not a time"). */
  g_set_error (check->error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_BACKUP,
               _("%s: %s %s; nothing was imported"), check->name, where, what);
  return FALSE;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return json_object_get_member (object, name);
}

static gboolean
get_uint (Check      *check,
          JsonObject *object,
          const char *name,
          const char *where,
          guint       max,
          guint      *out)
{
  g_autofree char *place = NULL;

  if (ds_json_get_uint (object, name, FALSE, max, out))
    return TRUE;
  place = g_strdup_printf ("%s.%s", where, name);
  return refuse (check, place, _("is not a whole number in range"));
}

static gboolean
get_double (Check      *check,
            JsonObject *object,
            const char *name,
            const char *where,
            double     *out)
{
  g_autofree char *place = NULL;

  if (ds_json_get_number (object, name, out))
    return TRUE;
  place = g_strdup_printf ("%s.%s", where, name);
  return refuse (check, place, _("is not a number"));
}

/* An ISO 8601 time with its zone; null (when @nullable) is no time. */
static gboolean
get_time (Check      *check,
          JsonObject *object,
          const char *name,
          const char *where,
          gboolean    nullable,
          gint64     *out)
{
  g_autofree char *place = g_strdup_printf ("%s.%s", where, name);
  g_autoptr(GDateTime) time = NULL;
  JsonNode *node = member (object, name);

  if (nullable && node != NULL && JSON_NODE_HOLDS_NULL (node))
    {
      *out = DS_FSRS_NO_REVIEW;
      return TRUE;
    }
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    time = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (time == NULL)
    return refuse (check, place, _("is not a time (like 2026-01-31T08:00:00.000Z)"));
  *out = g_date_time_to_unix (time) * 1000 + g_date_time_get_microsecond (time) / 1000;
  return TRUE;
}

static gboolean
get_state (Check       *check,
           JsonObject  *object,
           const char  *where,
           DsFsrsState *out)
{
  g_autofree char *place = g_strdup_printf ("%s.state", where);
  JsonNode *node = member (object, "state");

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
      if (g_str_equal (json_node_get_string (node), state_names[i]))
        {
          *out = (DsFsrsState) i;
          return TRUE;
        }
  return refuse (check, place, _("is not one of new, learning, review, relearning"));
}

static gboolean
get_object (Check       *check,
            JsonNode    *node,
            const char  *where,
            JsonObject **out)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return refuse (check, where, _("is not an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
check_id (Check      *check,
          const char *id,
          const char *where)
{
  if (*id == '\0' || strlen (id) > MAX_ID_LENGTH)
    return refuse (check, where, _("has a card id that is empty or too long"));
  if (++check->n_entries > DS_BACKUP_MAX_ENTRIES)
    return refuse (check, where, _("holds more entries than any progress has"));
  return TRUE;
}

static gboolean
read_card (Check      *check,
           const char *id,
           JsonNode   *node,
           DsFsrsCard *card)
{
  g_autofree char *where = g_strdup_printf ("cards.“%s”", id);
  JsonObject *o;
  gint64 last = 0;

  memset (card, 0, sizeof *card);
  if (!check_id (check, id, "cards") || !get_object (check, node, where, &o) ||
      !get_state (check, o, where, &card->state) ||
      !get_double (check, o, "stability", where, &card->stability) ||
      !get_double (check, o, "difficulty", where, &card->difficulty) ||
      !get_time (check, o, "due", where, FALSE, &card->due) ||
      !get_time (check, o, "last_review", where, TRUE, &last) ||
      !get_uint (check, o, "reps", where, G_MAXUINT, &card->reps) ||
      !get_uint (check, o, "lapses", where, G_MAXUINT, &card->lapses) ||
      !get_uint (check, o, "learning_steps", where, DS_FSRS_MAX_STEPS, &card->learning_steps))
    return FALSE;
  card->last_review = last;
  ds_fsrs_card_restore_interval (card);
  if (!ds_review_card_is_sane (card))
    return refuse (check, where, _("is not a card state the scheduler can produce"));
  return TRUE;
}

static gboolean
read_day (Check      *check,
          const char *key,
          JsonNode   *node,
          DsDayStats *day)
{
  g_autofree char *where = g_strdup_printf ("days.“%s”", key);
  JsonObject *o;

  if (!ds_review_day_is_valid (key))
    return refuse (check, where, _("is not a day like 2026-01-31"));
  if (!check_id (check, key, "days") || !get_object (check, node, where, &o) ||
      !get_uint (check, o, "reviews", where, G_MAXUINT, &day->reviews) ||
      !get_uint (check, o, "correct", where, G_MAXUINT, &day->correct) ||
      !get_uint (check, o, "new_cards", where, G_MAXUINT, &day->new_cards) ||
      !get_uint (check, o, "review_state_reviews", where, G_MAXUINT, &day->review_state_reviews) ||
      !get_uint (check, o, "review_state_passed", where, G_MAXUINT, &day->review_state_passed))
    return FALSE;
  if (!ds_review_counts_are_sane (day))
    return refuse (check, where, _("has counts that do not add up"));
  return TRUE;
}

static gboolean
get_text (Check       *check,
          JsonObject  *object,
          const char  *name,
          const char  *where,
          const char **out)
{
  g_autofree char *place = NULL;

  if (ds_json_get_string (object, name, FALSE, MAX_TEXT_LENGTH, out))
    return TRUE;
  place = g_strdup_printf ("%s.%s", where, name);
  return refuse (check, place, _("is not a text of at most 64 KiB"));
}

static gboolean
read_edit (Check          *check,
           const char     *id,
           JsonNode       *node,
           DsProgressEdit *edit)
{
  g_autofree char *where = g_strdup_printf ("edits.“%s”", id);
  JsonObject *o;

  return check_id (check, id, "edits") && get_object (check, node, where, &o) &&
         get_text (check, o, "question", where, (const char **) &edit->question) &&
         get_text (check, o, "answer", where, (const char **) &edit->answer);
}

/* An optional object member: missing is empty. */
static gboolean
get_section (Check       *check,
             JsonObject  *root,
             const char  *name,
             JsonObject **out)
{
  JsonNode *node = member (root, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  return get_object (check, node, name, out);
}

typedef gboolean (*MemberFunc) (Check      *check,
                                const char *key,
                                JsonNode   *node,
                                Backup     *backup);

/* Each member of the object @section (missing is empty) through @func. */
static gboolean
read_members (Check      *check,
              JsonObject *root,
              const char *section,
              MemberFunc  func,
              Backup     *backup)
{
  g_autoptr(GList) keys = NULL;
  JsonObject *object;

  if (!get_section (check, root, section, &object))
    return FALSE;
  if (object == NULL)
    return TRUE;
  keys = json_object_get_members (object);
  for (GList *l = keys; l != NULL; l = l->next)
    if (!func (check, l->data, json_object_get_member (object, l->data), backup))
      return FALSE;
  return TRUE;
}

static gboolean
take_card (Check      *check,
           const char *id,
           JsonNode   *node,
           Backup     *backup)
{
  DsFsrsCard card;

  if (!read_card (check, id, node, &card))
    return FALSE;
  g_hash_table_replace (backup->cards, (gpointer) id, g_memdup2 (&card, sizeof card));
  return TRUE;
}

static gboolean
take_day (Check      *check,
          const char *key,
          JsonNode   *node,
          Backup     *backup)
{
  DsDayStats day;

  if (!read_day (check, key, node, &day))
    return FALSE;
  g_hash_table_replace (backup->days, (gpointer) key, g_memdup2 (&day, sizeof day));
  return TRUE;
}

static gboolean
take_edit (Check      *check,
           const char *id,
           JsonNode   *node,
           Backup     *backup)
{
  DsProgressEdit *edit = g_new0 (DsProgressEdit, 1);

  g_hash_table_replace (backup->edits, (gpointer) id, edit);
  return read_edit (check, id, node, edit);
}

static gboolean
read_suspended (Check      *check,
                JsonObject *root,
                Backup     *backup)
{
  JsonNode *node = member (root, "suspended");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (check, "suspended", _("is not a list"));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *id = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
        return refuse (check, "suspended", _("holds something that is not a card id"));
      if (!check_id (check, json_node_get_string (id), "suspended"))
        return FALSE;
      g_hash_table_add (backup->suspended, (gpointer) json_node_get_string (id));
    }
  return TRUE;
}

static gboolean
check_format (Check      *check,
              JsonObject *root)
{
  JsonNode *format = member (root, "format");
  JsonNode *version = member (root, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      g_set_error (check->error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_BACKUP,
                   _("%s is not a DiploStudy progress backup"), check->name);
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) != FORMAT_VERSION)
    {
      g_set_error (check->error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_BACKUP,
                   _("%s is a backup of a version this DiploStudy cannot read"), check->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_backup (const char  *data,
             gsize        length,
             const char  *name,
             Backup      *backup,
             GError     **error)
{
  Check check = { name, error, 0 };
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;

  backup->cards = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  backup->days = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  backup->suspended = g_hash_table_new (g_str_hash, g_str_equal);
  backup->edits = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  backup->root = ds_json_parse (data, length, name, &parse_error);
  if (backup->root == NULL)
    {
      g_set_error (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_BACKUP, "%s", parse_error->message);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (backup->root))
    return refuse (&check, _("the document"), _("is not an object"));
  root = json_node_get_object (backup->root);

  return check_format (&check, root) &&
         read_members (&check, root, "cards", take_card, backup) &&
         read_members (&check, root, "days", take_day, backup) &&
         read_suspended (&check, root, backup) &&
         read_members (&check, root, "edits", take_edit, backup);
}

gboolean
ds_progress_check_backup (const char  *data,
                          gsize        length,
                          const char  *name,
                          GError     **error)
{
  g_auto(Backup) backup = { NULL, };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return read_backup (data, length, name, &backup, error);
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */

/* The newest review wins; a tie keeps what is there. */
static void
merge_cards (DsProgress     *self,
             Backup         *backup,
             GArray         *records,
             DsBackupImport *result)
{
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, backup->cards);
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      const DsFsrsCard *theirs = value;
      const DsFsrsCard *ours = g_hash_table_lookup (_ds_progress_cards_of (self, id), id);
      DsReviewRecord r = { .kind = DS_REVIEW_CARD, .card_id = id };

      if (ours != NULL && ours->last_review >= theirs->last_review)
        {
          result->cards_kept++;
          continue;
        }
      r.after = *theirs;
      g_array_append_val (records, r);
      result->cards_taken++;
    }
}

static void
merge_days (DsProgress     *self,
            Backup         *backup,
            GArray         *records,
            DsBackupImport *result)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, backup->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const DsDayStats *theirs = value;
      const DsDayStats *ours = g_hash_table_lookup (self->days, key);
      DsReviewRecord r = { .kind = DS_REVIEW_DAY, .day = key };

      if (theirs->reviews == 0 || (ours != NULL && ours->reviews >= theirs->reviews))
        continue;
      r.counts = *theirs;
      g_array_append_val (records, r);
      result->days_taken++;
    }
}

static void
merge_rest (DsProgress     *self,
            Backup         *backup,
            GArray         *records,
            DsBackupImport *result)
{
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, backup->suspended);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (self->suspended, id))
      {
        DsReviewRecord r = { .kind = DS_REVIEW_SUSPEND, .card_id = id, .flag = TRUE };

        g_array_append_val (records, r);
        result->suspended_added++;
      }

  g_hash_table_iter_init (&iter, backup->edits);
  while (g_hash_table_iter_next (&iter, &id, &value))
    if (!g_hash_table_contains (self->edits, id))
      {
        DsProgressEdit *edit = value;
        DsReviewRecord r = { .kind = DS_REVIEW_EDIT, .card_id = id };

        r.question = edit->question;
        r.answer = edit->answer;
        g_array_append_val (records, r);
        result->edits_added++;
      }
}

static gboolean
merge (DsProgress      *self,
       Backup          *backup,
       DsBackupImport  *result,
       GError         **error)
{
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (DsReviewRecord));
  DsReviewRecord begin = { .kind = DS_REVIEW_BEGIN, .flag = FALSE };
  DsReviewRecord end = { .kind = DS_REVIEW_END };
  gint64 now = g_get_real_time () / 1000;

  g_array_append_val (records, begin);
  merge_cards (self, backup, records, result);
  merge_days (self, backup, records, result);
  merge_rest (self, backup, records, result);
  g_array_append_val (records, end);
  if (records->len == 2)
    return TRUE;

  for (guint i = 0; i < records->len; i++)
    g_array_index (records, DsReviewRecord, i).time = now;
  if (!_ds_progress_commit (self, (DsReviewRecord *) records->data, records->len, error))
    return FALSE;
  g_signal_emit_by_name (self, "changed", NULL);
  return TRUE;
}

gboolean
ds_progress_import_backup_data (DsProgress      *self,
                                const char      *data,
                                gsize            length,
                                const char      *name,
                                DsBackupImport  *result,
                                GError         **error)
{
  g_auto(Backup) backup = { NULL, };
  DsBackupImport local_result;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (result == NULL)
    result = &local_result;
  memset (result, 0, sizeof *result);

  if (_ds_progress_refuse_read_only (self, error) ||
      !read_backup (data, length, name, &backup, error))
    return FALSE;
  return merge (self, &backup, result, error);
}

gboolean
ds_progress_import_backup (DsProgress      *self,
                           GFile           *file,
                           DsBackupImport  *result,
                           GError         **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (DS_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ds_read_gfile (file, DS_BACKUP_MAX_SIZE, DS_READ_FILE_NONE, &contents, &length, error))
    return FALSE;
  name = g_file_get_basename (file);
  return ds_progress_import_backup_data (self, contents, length, name, result, error);
}
