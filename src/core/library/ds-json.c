/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsJson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-json.h"

/* Only white space (@data need not end in a NUL). */
static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n')
      return FALSE;
  return TRUE;
}

/* json-glib names the document "<data>"; ours has a name. */
static void
name_parse_error (GError     **error,
                  GError      *parse_error,
                  const char  *name)
{
  const char *message = parse_error->message;

  if (g_str_has_prefix (message, "<data>:"))
    g_set_error (error, parse_error->domain, parse_error->code,
                 "%s:%s", name, message + strlen ("<data>:"));
  else
    g_set_error (error, parse_error->domain, parse_error->code,
                 "%s: %s", name, message);
  g_error_free (parse_error);
}

JsonNode *
ds_json_parse (const char  *data,
               gsize        length,
               const char  *name,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  GError *parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ds_check_text_encoding (data, length, name, error))
    return NULL;
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is not UTF-8 text"), name);
      return NULL;
    }
  if (is_blank (data, length))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: empty, not a JSON document"), name);
      return NULL;
    }
  if (!ds_json_check (data, length, DS_JSON_MAX_DEPTH, name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      name_parse_error (error, parse_error, name);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: empty, not a JSON document"), name);
      return NULL;
    }
  return json_node_ref (root);
}

JsonNode *
ds_json_load_file (GFile            *file,
                   gsize             max_size,
                   DsReadFileFlags   flags,
                   GError          **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!ds_read_gfile (file, max_size, flags, &contents, &length, error))
    return NULL;

  name = g_file_get_basename (file);
  return ds_json_parse (contents, length, name, error);
}

static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
ds_json_get_string (JsonObject  *object,
                    const char  *member,
                    gboolean     nullable,
                    gsize        max_length,
                    const char **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (nullable && is_null (node))
    return TRUE;
  if (!holds (node, G_TYPE_STRING) || strlen (json_node_get_string (node)) > max_length)
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
ds_json_get_uint (JsonObject *object,
                  const char *member,
                  gboolean    nullable,
                  guint       max,
                  guint      *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  *out = 0;
  if (nullable && is_null (node))
    return TRUE;
  if (!holds (node, G_TYPE_INT64) || (value = json_node_get_int (node)) < 0 ||
      value > (gint64) max)
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

gboolean
ds_json_get_number (JsonObject *object,
                    const char *member,
                    double     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (!holds (node, G_TYPE_INT64) && !holds (node, G_TYPE_DOUBLE))
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}
