/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ds-essay-import.h"
#include "ds-essays-resources.h"
#include "ds-library.h"
#include "ds-manifest.h"
#include "ds-parser.h"

#define BUILTIN_MANIFEST "resource:///org/example/DiploStudy/essays/manifest.json"

struct _DsLibrary
{
  GObject    parent_instance;

  GPtrArray *essays;            /* of DsEssay, in order */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DsLibrary, ds_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      list_model_iface_init))

static GType
ds_library_get_item_type (GListModel *model)
{
  return DS_TYPE_ESSAY;
}

static guint
ds_library_get_n_items (GListModel *model)
{
  DsLibrary *self = DS_LIBRARY (model);

  return self->essays->len;
}

static gpointer
ds_library_get_item (GListModel *model,
                     guint       position)
{
  DsLibrary *self = DS_LIBRARY (model);

  if (position >= self->essays->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->essays, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ds_library_get_item_type;
  iface->get_n_items = ds_library_get_n_items;
  iface->get_item = ds_library_get_item;
}

static void
ds_library_finalize (GObject *object)
{
  DsLibrary *self = (DsLibrary *) object;

  g_clear_pointer (&self->essays, g_ptr_array_unref);

  G_OBJECT_CLASS (ds_library_parent_class)->finalize (object);
}

static void
ds_library_class_init (DsLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_library_finalize;
}

static void
ds_library_init (DsLibrary *self)
{
  self->essays = g_ptr_array_new_with_free_func (g_object_unref);
}

DsLibrary *
ds_library_new (void)
{
  return g_object_new (DS_TYPE_LIBRARY, NULL);
}

static int
find_index (DsLibrary  *self,
            const char *id)
{
  for (guint i = 0; i < self->essays->len; i++)
    {
      DsEssay *essay = g_ptr_array_index (self->essays, i);

      if (g_strcmp0 (ds_essay_get_id (essay), id) == 0)
        return (int) i;
    }

  return -1;
}

/* Adds or replaces without telling anyone; returns whether it replaced. */
static gboolean
put_essay (DsLibrary *self,
           DsEssay   *essay,
           guint     *position)
{
  int index = find_index (self, ds_essay_get_id (essay));

  if (index >= 0)
    {
      g_object_unref (g_ptr_array_index (self->essays, index));
      g_ptr_array_index (self->essays, index) = g_object_ref (essay);
      *position = index;
      return TRUE;
    }

  g_ptr_array_add (self->essays, g_object_ref (essay));
  *position = self->essays->len - 1;
  return FALSE;
}

void
ds_library_add (DsLibrary *self,
                DsEssay   *essay)
{
  guint position;

  g_return_if_fail (DS_IS_LIBRARY (self));
  g_return_if_fail (DS_IS_ESSAY (essay));

  if (put_essay (self, essay, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

gboolean
ds_library_remove (DsLibrary  *self,
                   const char *id)
{
  int index;

  g_return_val_if_fail (DS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  index = find_index (self, id);
  if (index < 0)
    return FALSE;

  g_ptr_array_remove_index (self->essays, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
  return TRUE;
}

DsEssay *
ds_library_lookup (DsLibrary  *self,
                   const char *id)
{
  int index;

  g_return_val_if_fail (DS_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  index = find_index (self, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->essays, index);
}

gboolean
ds_library_find (DsLibrary  *self,
                 const char *id,
                 guint      *position)
{
  int index;

  g_return_val_if_fail (DS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  index = find_index (self, id);
  if (index >= 0 && position != NULL)
    *position = index;
  return index >= 0;
}

/* Built-in essays live next to their manifest; a path may not climb out
 * of its folder. */
static GFile *
builtin_essay_file (GFile                 *dir,
                    const DsManifestEntry *entry,
                    GError               **error)
{
  if (g_path_is_absolute (entry->file) || strstr (entry->file, "..") != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Essay “%s”: file “%s” is outside the manifest’s folder"),
                   entry->id, entry->file);
      return NULL;
    }
  return g_file_resolve_relative_path (dir, entry->file);
}

/* An imported essay is a file DiploStudy wrote itself: its id with .txt or
 * .md, in the folder itself. Anything else (another name, the manifest, a
 * path, a link) is not read. */
static GFile *
user_essay_file (GFile                 *dir,
                 const DsManifestEntry *entry,
                 GError               **error)
{
  g_autofree char *txt = g_strconcat (entry->id, ".txt", NULL);
  g_autofree char *md = g_strconcat (entry->id, ".md", NULL);

  if (!g_str_equal (entry->file, txt) && !g_str_equal (entry->file, md))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Essay “%s”: “%s” is not a file DiploStudy imported"),
                   entry->id, entry->file);
      return NULL;
    }
  return g_file_get_child (dir, entry->file);
}

static DsEssay *
read_essay (GFile                 *file,
            const DsManifestEntry *entry,
            gboolean               user,
            GError               **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!user)
    return ds_parser_parse_file (file, entry->id, NULL, error);

  if (!ds_read_gfile (file, DS_ESSAY_IMPORT_MAX_SIZE,
                      DS_READ_FILE_NO_SYMLINKS | DS_READ_FILE_OWN_ONLY,
                      &contents, &length, error))
    return NULL;
  return ds_parser_parse (contents, length, entry->id, error);
}

static DsEssay *
load_entry (GFile       *dir,
            JsonArray   *entries,
            guint        index,
            gboolean     user,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(DsEssay) essay = NULL;
  DsManifestEntry entry;

  if (!ds_manifest_get_entry (entries, index, &entry, error))
    return NULL;

  file = user ? user_essay_file (dir, &entry, error) : builtin_essay_file (dir, &entry, error);
  if (file == NULL)
    return NULL;
  essay = read_essay (file, &entry, user, error);
  if (essay == NULL)
    {
      g_prefix_error (error, _("Essay “%s”: "), entry.id);
      return NULL;
    }

  /* The text's own title wins; the manifest's fills in. */
  if (ds_essay_get_title (essay) == NULL && entry.title != NULL)
    ds_essay_set_title (essay, entry.title);
  if (entry.language != NULL)
    ds_essay_set_language (essay, entry.language);

  return g_steal_pointer (&essay);
}

static GPtrArray *
load_manifest (GFile   *manifest,
               GError **error)
{
  g_autoptr(JsonArray) array = NULL;
  g_autoptr(GPtrArray) essays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GFile) dir = g_file_get_parent (manifest);

  array = ds_manifest_load (manifest, DS_READ_FILE_NONE, error);
  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DsEssay *essay = load_entry (dir, array, i, FALSE, error);

      if (essay == NULL)
        return NULL;

      g_ptr_array_add (essays, essay);
      if (!g_hash_table_add (ids, (gpointer) ds_essay_get_id (essay)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The manifest lists essay “%s” twice"),
                       ds_essay_get_id (essay));
          return NULL;
        }
    }

  return g_steal_pointer (&essays);
}

/**
 * ds_library_load:
 *
 * Adds the manifest's essays (replacing any with the same id). Each entry
 * needs "id" and "file" (relative to the manifest); "title" is used when the
 * text has no title of its own and "language" overrides detection. On error
 * the library is left unchanged and the GError names the problem (and, with
 * a prefix, the manifest's file name).
 */
gboolean
ds_library_load (DsLibrary  *self,
                 GFile      *manifest,
                 GError    **error)
{
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GError) local_error = NULL;
  guint old_len;

  g_return_val_if_fail (DS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (manifest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  essays = load_manifest (manifest, &local_error);
  if (essays == NULL)
    {
      g_autofree char *basename = g_file_get_basename (manifest);

      if (!g_str_has_prefix (local_error->message, basename))
        g_prefix_error (&local_error, "%s: ", basename);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  old_len = self->essays->len;
  for (guint i = 0; i < essays->len; i++)
    {
      guint position;

      put_essay (self, g_ptr_array_index (essays, i), &position);
    }

  /* One signal for the whole load: replaced essays may sit anywhere. */
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->essays->len);

  return TRUE;
}

gboolean
ds_library_load_builtin (DsLibrary  *self,
                         GError    **error)
{
  g_autoptr(GFile) manifest = NULL;

  g_return_val_if_fail (DS_IS_LIBRARY (self), FALSE);

  /* Referencing the resource keeps its object file (whose constructor
   * registers the essays) in every program linking the static library. */
  if (ds_essays_get_resource () == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The built-in essays are missing"));
      return FALSE;
    }

  manifest = g_file_new_for_uri (BUILTIN_MANIFEST);
  return ds_library_load (self, manifest, error);
}

/* Imported essays. */

/* One entry of the user's manifest, or NULL with @error set. */
static DsEssay *
load_user_entry (GFile      *dir,
                 JsonArray  *array,
                 guint       index,
                 GHashTable *ids,
                 GError    **error)
{
  g_autoptr(DsEssay) essay = NULL;
  const char *id = ds_manifest_entry_string (array, index, "id");

  /* Checked before the file is touched: a built-in id never reads one. */
  if (id != NULL && !ds_essay_id_is_user (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Essay “%s” is not an imported essay"), id);
      return NULL;
    }
  essay = load_entry (dir, array, index, TRUE, error);
  if (essay == NULL)
    return NULL;

  id = ds_essay_get_id (essay);
  if (!g_hash_table_add (ids, g_strdup (id)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The manifest lists essay “%s” twice"), id);
      return NULL;
    }
  return g_steal_pointer (&essay);
}

/* The user's manifest; NULL without an error when there is none. */
static JsonArray *
load_user_manifest (GFile   *dir,
                    GError **error)
{
  g_autoptr(GFile) manifest = g_file_get_child (dir, DS_USER_MANIFEST_NAME);
  g_autoptr(GError) local_error = NULL;
  JsonArray *array;

  array = ds_manifest_load (manifest, DS_READ_FILE_NO_SYMLINKS | DS_READ_FILE_OWN_ONLY,
                            &local_error);
  if (array == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      if (strstr (local_error->message, DS_USER_MANIFEST_NAME) == NULL)
        g_prefix_error (&local_error, "%s: ", DS_USER_MANIFEST_NAME);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return array;
}

static void
add_problem (GString *problems,
             GError **error)
{
  g_string_append_printf (problems, "%s%s", problems->len ? "\n" : "", (*error)->message);
  g_clear_error (error);
}

gboolean
ds_library_load_user (DsLibrary  *self,
                      GFile      *dir,
                      GError    **error)
{
  g_autoptr(JsonArray) array = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GString) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  guint old_len;
  guint loaded = 0;

  g_return_val_if_fail (DS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The common case, no imports, costs one failed open. */
  array = load_user_manifest (dir, &local_error);
  if (array == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  problems = g_string_new (NULL);
  old_len = self->essays->len;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(DsEssay) essay = load_user_entry (dir, array, i, ids, &local_error);
      guint position;

      if (essay == NULL)
        {
          add_problem (problems, &local_error);
          continue;
        }
      put_essay (self, essay, &position);
      loaded++;
    }
  if (loaded > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->essays->len);

  if (problems->len > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                   _("Some imported essays could not be loaded:\n%s"), problems->str);
      return FALSE;
    }
  return TRUE;
}
