/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsManifest"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-json.h"
#include "ds-manifest.h"

/* The "essays" list of a parsed manifest, within the limits. */
static JsonArray *
essays_of (JsonNode    *root,
           const char  *name,
           GError     **error)
{
  JsonNode *list;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (list = json_object_get_member (json_node_get_object (root), "essays")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: the manifest has no “essays” list"), name);
      return NULL;
    }

  array = json_node_get_array (list);
  if (json_array_get_length (array) > DS_MANIFEST_MAX_ENTRIES)
    {
      /* Translators: a file name, its number of entries and the limit. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s lists %u essays; at most %u can be read"),
                   name, json_array_get_length (array), DS_MANIFEST_MAX_ENTRIES);
      return NULL;
    }
  return json_array_ref (array);
}

JsonArray *
ds_manifest_parse (const char  *data,
                   gsize        length,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  root = ds_json_parse (data, length, name, error);
  return root != NULL ? essays_of (root, name, error) : NULL;
}

JsonArray *
ds_manifest_load (GFile            *manifest,
                  DsReadFileFlags   flags,
                  GError          **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (manifest), NULL);

  root = ds_json_load_file (manifest, DS_MANIFEST_MAX_SIZE, flags, error);
  if (root == NULL)
    return NULL;
  name = g_file_get_basename (manifest);
  return essays_of (root, name, error);
}

const char *
ds_manifest_entry_string (JsonArray  *entries,
                          guint       index,
                          const char *member)
{
  JsonNode *node;

  g_return_val_if_fail (entries != NULL, NULL);

  if (index >= json_array_get_length (entries))
    return NULL;
  node = json_array_get_element (entries, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  node = json_object_get_member (json_node_get_object (node), member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static const char *
required_string (JsonArray   *entries,
                 guint        index,
                 const char  *member,
                 GError     **error)
{
  const char *value = ds_manifest_entry_string (entries, index, member);

  if (value == NULL || value[0] == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Essay %u in the manifest has no “%s” string"),
                   index + 1, member);
      return NULL;
    }
  return value;
}

gboolean
ds_manifest_get_entry (JsonArray        *entries,
                       guint             index,
                       DsManifestEntry  *out,
                       GError          **error)
{
  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (entries, index)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Essay %u in the manifest is not an object"), index + 1);
      return FALSE;
    }

  out->id = required_string (entries, index, "id", error);
  if (out->id == NULL)
    return FALSE;
  out->file = required_string (entries, index, "file", error);
  if (out->file == NULL)
    return FALSE;
  out->title = ds_manifest_entry_string (entries, index, "title");
  out->language = ds_manifest_entry_string (entries, index, "language");
  return TRUE;
}
