/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diplostudy-cards fsrs-replay FILE.json
 *
 * Replays review sequences in the format of the reference vectors
 * (tests/data/FSRS-README.md) through our scheduler, reading only each
 * review's time and rating and the file's parameters, and prints the same
 * structure with every computed field, so that anyone can diff our
 * scheduler against ts-fsrs (or against a file of their own).
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ds-fsrs.h"
#include "ds-json.h"

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

/* JavaScript's number formatting, which the reference files use: the fewest
 * significant digits that read back as the same double, in fixed notation
 * for ordinary magnitudes. */
static void
append_number (GString *out,
               double   value)
{
  char fmt[16];
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *e;
  int digits;
  int exponent;

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == 0)
    {
      g_string_append_c (out, '0');
      return;
    }

  for (digits = 1; digits < 17; digits++)
    {
      g_snprintf (fmt, sizeof fmt, "%%.%de", digits - 1);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_snprintf (fmt, sizeof fmt, "%%.%de", digits - 1);
  g_ascii_formatd (buf, sizeof buf, fmt, value);

  e = strchr (buf, 'e');
  exponent = atoi (e + 1);
  if (exponent > -7 && exponent < 21)
    {
      g_snprintf (fmt, sizeof fmt, "%%.%df", MAX (0, digits - 1 - exponent));
      g_ascii_formatd (buf, sizeof buf, fmt, value);
    }
  g_string_append (out, buf);
}

static void
append_time (GString *out,
             gint64   ms)
{
  gint64 secs = ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (secs);
  g_autofree char *text = NULL;

  if (dt == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  text = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
  g_string_append_printf (out, "\"%s.%03dZ\"", text, (int) (ms - secs * 1000));
}

static void
append_node (GString  *out,
             JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  g_string_append (out, text);
}

static gboolean
parse_time (JsonNode   *node,
            const char *what,
            gint64     *ms,
            GError    **error)
{
  g_autoptr(GDateTime) dt = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    dt = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (dt == NULL)
    return fail (error, _("%s is not an ISO 8601 time with a time zone"), what);

  *ms = g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
  return TRUE;
}

static gboolean
get_number (JsonObject *object,
            const char *member,
            double     *value,
            GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;   /* keep the default */
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return fail (error, _("params.%s is not a number"), member);

  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *member,
             gboolean   *value,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, _("params.%s is not true or false"), member);

  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_steps (JsonObject *object,
           const char *member,
           guint      *steps,
           guint      *n_steps,
           GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) > DS_FSRS_MAX_STEPS)
    return fail (error, _("params.%s is not a list of at most %d steps"),
                 member, DS_FSRS_MAX_STEPS);

  array = json_node_get_array (node);
  *n_steps = json_array_get_length (array);
  for (guint i = 0; i < *n_steps; i++)
    {
      JsonNode *step = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (step) ||
          json_node_get_value_type (step) != G_TYPE_STRING ||
          !ds_fsrs_parse_step (json_node_get_string (step), &steps[i]))
        return fail (error, _("params.%s has a step that is not like “10m”, “1h” or “1d”"),
                     member);
    }
  return TRUE;
}

static gboolean
get_weights (JsonObject *object,
             double     *w,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, "w");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) != DS_FSRS_N_WEIGHTS)
    return fail (error, _("params.w is not a list of %d numbers (FSRS-6)"),
                 DS_FSRS_N_WEIGHTS);

  array = json_node_get_array (node);
  for (guint i = 0; i < DS_FSRS_N_WEIGHTS; i++)
    {
      JsonNode *n = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (n) ||
          (json_node_get_value_type (n) != G_TYPE_INT64 &&
           json_node_get_value_type (n) != G_TYPE_DOUBLE))
        return fail (error, _("params.w is not a list of %d numbers (FSRS-6)"),
                     DS_FSRS_N_WEIGHTS);
      w[i] = json_node_get_double (n);
    }
  return TRUE;
}

/* Missing parameters take ts-fsrs's defaults, like the package does. */
static gboolean
parse_params (JsonObject   *root,
              DsFsrsParams *params,
              GError      **error)
{
  JsonNode *node = json_object_get_member (root, "params");
  JsonObject *p;
  double maximum = 36500;
  gboolean fuzz = FALSE;

  ds_fsrs_params_init_default (params);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, _("params is not an object"));
  p = json_node_get_object (node);

  if (!get_weights (p, params->w, error) ||
      !get_number (p, "request_retention", &params->request_retention, error) ||
      !get_number (p, "maximum_interval", &maximum, error) ||
      !get_boolean (p, "enable_short_term", &params->enable_short_term, error) ||
      !get_boolean (p, "enable_fuzz", &fuzz, error) ||
      !get_steps (p, "learning_steps", params->learning_steps,
                  &params->n_learning_steps, error) ||
      !get_steps (p, "relearning_steps", params->relearning_steps,
                  &params->n_relearning_steps, error))
    return FALSE;

  if (!(params->request_retention > 0 && params->request_retention < 1))
    return fail (error, _("params.request_retention must lie between 0 and 1"));
  if (!(maximum >= 1 && maximum <= G_MAXUINT) || maximum != floor (maximum))
    return fail (error, _("params.maximum_interval must be a whole number of days"));
  if (fuzz)
    return fail (error, _("params.enable_fuzz is true, but replay needs fuzz off"));
  params->maximum_interval = (guint) maximum;
  return TRUE;
}

static void
append_steps (GString     *out,
              const char  *member,
              const guint *steps,
              guint        n_steps)
{
  g_string_append_printf (out, "    \"%s\": [", member);
  for (guint i = 0; i < n_steps; i++)
    {
      guint m = steps[i];

      g_string_append (out, i == 0 ? "\n" : ",\n");
      if (m != 0 && m % 1440 == 0)
        g_string_append_printf (out, "      \"%ud\"", m / 1440);
      else if (m != 0 && m % 60 == 0)
        g_string_append_printf (out, "      \"%uh\"", m / 60);
      else
        g_string_append_printf (out, "      \"%um\"", m);
    }
  g_string_append (out, n_steps > 0 ? "\n    ]" : "]");
}

static void
append_params (GString            *out,
               const DsFsrsParams *p)
{
  g_string_append (out, "  \"params\": {\n    \"w\": [\n");
  for (guint i = 0; i < DS_FSRS_N_WEIGHTS; i++)
    {
      g_string_append (out, "      ");
      append_number (out, p->w[i]);
      g_string_append (out, i + 1 < DS_FSRS_N_WEIGHTS ? ",\n" : "\n");
    }
  g_string_append (out, "    ],\n    \"request_retention\": ");
  append_number (out, p->request_retention);
  g_string_append_printf (out, ",\n    \"maximum_interval\": %u,\n", p->maximum_interval);
  g_string_append_printf (out, "    \"enable_short_term\": %s,\n",
                          p->enable_short_term ? "true" : "false");
  g_string_append (out, "    \"enable_fuzz\": false,\n");
  append_steps (out, "learning_steps", p->learning_steps, p->n_learning_steps);
  g_string_append (out, ",\n");
  append_steps (out, "relearning_steps", p->relearning_steps, p->n_relearning_steps);
  g_string_append (out, "\n  },\n");
}

static void
append_review (GString               *out,
               gint64                 now,
               DsRating               rating,
               const DsFsrsCard      *card,
               const DsFsrsReviewLog *log)
{
  static const char *states[] = { "New", "Learning", "Review", "Relearning" };

  g_string_append (out, "{\"review\":");
  append_time (out, now);
  g_string_append_printf (out, ",\"rating\":%d,\"elapsed_days\":%d,\"retrievability\":",
                          (int) rating, log->elapsed_days);
  if (log->retrievability < 0)
    g_string_append (out, "null");
  else
    append_number (out, log->retrievability);
  g_string_append_printf (out, ",\"state\":\"%s\",\"stability\":", states[card->state]);
  append_number (out, card->stability);
  g_string_append (out, ",\"difficulty\":");
  append_number (out, card->difficulty);
  g_string_append_printf (out, ",\"scheduled_days\":%u,\"due\":", card->scheduled_days);
  append_time (out, card->due);
  g_string_append_printf (out, ",\"learning_steps\":%u,\"reps\":%u,\"lapses\":%u}",
                          card->learning_steps, card->reps, card->lapses);
}

static gboolean
replay_review (DsFsrs     *fsrs,
               JsonNode   *node,
               const char *where,
               DsFsrsCard *card,
               GString    *out,
               GError    **error)
{
  JsonObject *rec;
  JsonNode *rating_node;
  gint64 now;
  gint64 rating;
  DsFsrsCard next;
  DsFsrsReviewLog log;
  g_autofree char *what = g_strdup_printf (_("%s: review"), where);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, _("%s is not an object"), where);
  rec = json_node_get_object (node);
  if (!parse_time (json_object_get_member (rec, "review"), what, &now, error))
    return FALSE;

  rating_node = json_object_get_member (rec, "rating");
  if (rating_node == NULL || !JSON_NODE_HOLDS_VALUE (rating_node) ||
      json_node_get_value_type (rating_node) != G_TYPE_INT64 ||
      (rating = json_node_get_int (rating_node)) < DS_RATING_AGAIN ||
      rating > DS_RATING_EASY)
    return fail (error, _("%s: rating must be 1, 2, 3 or 4"), where);

  if (!ds_fsrs_review (fsrs, card, now, (DsRating) rating, &next, &log))
    return fail (error, _("%s: the review time goes back to an earlier day"), where);

  append_review (out, now, (DsRating) rating, &next, &log);
  *card = next;
  return TRUE;
}

static gboolean
replay_sequence (DsFsrs   *fsrs,
                 JsonNode *node,
                 guint     index,
                 GString  *out,
                 GError  **error)
{
  g_autofree char *where = g_strdup_printf (_("sequence %u"), index);
  g_autofree char *start_what = g_strdup_printf (_("%s: start"), where);
  JsonObject *seq;
  JsonNode *id, *start, *reviews;
  gint64 start_ms;
  DsFsrsCard card;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, _("%s is not an object"), where);
  seq = json_node_get_object (node);
  id = json_object_get_member (seq, "id");
  start = json_object_get_member (seq, "start");
  reviews = json_object_get_member (seq, "reviews");
  if (!parse_time (start, start_what, &start_ms, error))
    return FALSE;
  if (reviews == NULL || !JSON_NODE_HOLDS_ARRAY (reviews))
    return fail (error, _("%s: reviews is not a list"), where);

  g_string_append (out, "    {\"id\": ");
  if (id != NULL)
    append_node (out, id);
  else
    g_string_append_printf (out, "%u", index);
  g_string_append (out, ", \"start\": ");
  append_time (out, start_ms);
  g_string_append (out, ", \"reviews\": [\n");

  ds_fsrs_card_init (&card, start_ms);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (reviews)); i++)
    {
      g_autofree char *rwhere = g_strdup_printf (_("sequence %u review %u"), index, i);

      g_string_append (out, i == 0 ? "      " : ",\n      ");
      if (!replay_review (fsrs, json_array_get_element (json_node_get_array (reviews), i),
                          rwhere, &card, out, error))
        return FALSE;
    }
  g_string_append (out, "\n    ]}");
  return TRUE;
}

static gboolean
replay (JsonNode *root_node,
        GString  *out,
        GError  **error)
{
  static const char *passthrough[] = { "generator", "version", "algorithm", "seed" };
  g_autoptr(DsFsrs) fsrs = NULL;
  JsonObject *root;
  JsonNode *sequences;
  DsFsrsParams params;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, _("the top level is not an object"));
  root = json_node_get_object (root_node);
  sequences = json_object_get_member (root, "sequences");
  if (sequences == NULL || !JSON_NODE_HOLDS_ARRAY (sequences))
    return fail (error, _("sequences is missing or not a list"));
  if (!parse_params (root, &params, error))
    return FALSE;
  fsrs = ds_fsrs_new (&params);

  g_string_append (out, "{\n");
  for (gsize i = 0; i < G_N_ELEMENTS (passthrough); i++)
    {
      JsonNode *node = json_object_get_member (root, passthrough[i]);

      if (node == NULL)
        continue;
      g_string_append_printf (out, "  \"%s\": ", passthrough[i]);
      append_node (out, node);
      g_string_append (out, ",\n");
    }
  append_params (out, ds_fsrs_get_params (fsrs));
  g_string_append (out, "  \"sequences\": [");
  for (guint i = 0; i < json_array_get_length (json_node_get_array (sequences)); i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      if (!replay_sequence (fsrs, json_array_get_element (json_node_get_array (sequences), i),
                            i, out, error))
        return FALSE;
    }
  g_string_append (out, "\n  ]\n}\n");
  return TRUE;
}

/* Replay files are small (the reference files are under 1 MB). */
#define MAX_INPUT_SIZE ((gsize) 64 * 1024 * 1024)

/* Parses a replay file's text and replays it; the fuzz target's entry.
 * Problems of the file's content are prefixed with @name. */
gboolean
fsrs_replay_data (const char  *data,
                  gsize        length,
                  const char  *name,
                  GString     *out,
                  GError     **error)
{
  g_autoptr(JsonNode) root = ds_json_parse (data, length, name, error);

  if (root == NULL)
    return FALSE;
  if (replay (root, out, error))
    return TRUE;
  g_prefix_error (error, "%s: ", name);
  return FALSE;
}

int
cmd_fsrs_replay (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("diplostudy-cards %s", argv[0]);

  context = g_option_context_new (_("FILE.json"));
  g_option_context_set_summary (context,
    _("Replays the review sequences in FILE.json (the format of the FSRS "
      "reference vectors) through DiploStudy’s scheduler, using only each "
      "review’s time and rating and the file’s parameters, and prints the "
      "same structure with the computed cards."));
  g_set_prgname (prgname);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s: %s\n", prgname, error->message);
      return 1;
    }
  if (argc != 2)
    {
      fprintf (stderr, "%s: %s\n", prgname, _("expected exactly one FILE.json"));
      return 1;
    }

  /* Every message names the file. */
  if (!ds_read_file (argv[1], MAX_INPUT_SIZE, DS_READ_FILE_NONE, &contents, &length, &error) ||
      !fsrs_replay_data (contents, length, argv[1], out, &error))
    {
      fprintf (stderr, "%s: %s\n", prgname, error->message);
      return 1;
    }

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      fprintf (stderr, _("%s: cannot write the output: %s"), prgname, g_strerror (errno));
      fputc ('\n', stderr);
      return 1;
    }
  return 0;
}
