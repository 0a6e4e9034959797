/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsEssayImport"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ds-essay-import.h"
#include "ds-library.h"
#include "ds-manifest.h"
#include "ds-parser.h"

/* Slugs are cut here, so that ids and file names stay short. */
#define SLUG_MAX 40

/* Imports may run in several threads at once; each reads the manifest,
 * changes it and writes it back, one at a time. */
static GMutex manifest_lock;

GFile *
ds_essay_import_get_default_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "diplostudy",
                                            "essays", NULL);

  return g_file_new_for_path (path);
}

gboolean
ds_essay_id_is_user (const char *id)
{
  return id != NULL && g_str_has_prefix (id, DS_USER_ESSAY_ID_PREFIX);
}

/* Names. */

static char *
strip_extension (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    return g_strdup (name);
  return g_strndup (name, dot - name);
}

/* Lower-case ASCII letters and digits, runs of anything else as one '-'. */
static char *
slugify (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && slug->len < SLUG_MAX; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "essay");
  return g_string_free (slug, FALSE);
}

static char *
content_hash (const char *data,
              gsize       length)
{
  g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                      (const guchar *) data, length);

  return g_strndup (sha, 8);
}

/* "notes_on-diplomacy.md" → "notes on diplomacy": a title for a text that
 * has none of its own. */
static char *
title_from_name (const char *display_name)
{
  g_autofree char *stem = strip_extension (display_name);
  g_auto(GStrv) words = NULL;
  GString *title = g_string_new (NULL);

  g_strdelimit (stem, "_", ' ');
  words = g_strsplit_set (stem, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (title, "%s%s", title->len > 0 ? " " : "", words[i]);
  if (title->len == 0)
    g_string_append (title, display_name);
  return g_string_free (title, FALSE);
}

/* The manifest. */

/* The manifest's entries as a JSON array; an empty one when there is no
 * manifest yet. */
static JsonArray *
read_entries (GFile   *manifest,
              GError **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonArray *entries;

  entries = ds_manifest_load (manifest, DS_READ_FILE_NO_SYMLINKS | DS_READ_FILE_OWN_ONLY,
                              &local_error);
  if (entries != NULL)
    return entries;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return json_array_new ();
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static gboolean
is_damage (const GError *error)
{
  /* Not JSON, nested too deep, or too large to be one of ours. */
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE) ||
         error->domain == JSON_PARSER_ERROR;
}

/* A damaged manifest is kept beside the new one, never thrown away: the
 * essays' texts are still in the folder. */
static gboolean
set_damaged_aside (GFile   *manifest,
                   GError **error)
{
  g_autoptr(GFile) dir = g_file_get_parent (manifest);
  g_autoptr(GFile) backup = g_file_get_child (dir, DS_USER_MANIFEST_NAME ".broken");

  g_message ("%s is damaged; keeping it as %s.broken and starting a new one",
             DS_USER_MANIFEST_NAME, DS_USER_MANIFEST_NAME);
  return g_file_move (manifest, backup, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

/* The entry whose id ends in "-HASH" (the same content, whatever the file
 * was called), or -1. */
static int
find_entry (JsonArray  *entries,
            const char *id,
            const char *hash)
{
  g_autofree char *suffix = hash ? g_strconcat ("-", hash, NULL) : NULL;

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      const char *entry_id = ds_manifest_entry_string (entries, i, "id");

      if (entry_id == NULL)
        continue;
      if (id != NULL && g_str_equal (entry_id, id))
        return i;
      if (suffix != NULL && ds_essay_id_is_user (entry_id) &&
          g_str_has_suffix (entry_id, suffix))
        return i;
    }
  return -1;
}

static gboolean
write_entries (GFile      *manifest,
               JsonArray  *entries,
               GError    **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *data = NULL;
  gsize length;

  json_object_set_array_member (object, "essays", json_array_ref (entries));
  json_node_set_object (root, object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);

  /* Written to a temporary file and renamed: a crash leaves the old
   * manifest or the new one, never half of one. */
  return g_file_replace_contents (manifest, data, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE, NULL, NULL, error);
}

static JsonNode *
new_entry (DsEssay    *essay,
           const char *file)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "id", ds_essay_get_id (essay));
  json_object_set_string_member (object, "title", ds_essay_get_title (essay));
  if (ds_essay_get_language (essay) != NULL)
    json_object_set_string_member (object, "language", ds_essay_get_language (essay));
  json_object_set_string_member (object, "file", file);
  json_node_take_object (node, object);
  return node;
}

/* Import. */

typedef struct {
  char  *display_name;
  char  *basename;
  char  *data;
  gsize  length;
} Source;

static void
source_clear (Source *source)
{
  g_clear_pointer (&source->display_name, g_free);
  g_clear_pointer (&source->basename, g_free);
  g_clear_pointer (&source->data, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

/* GIO's messages usually name the path; when one does not, it gets the
 * file's name in front. */
static void
propagate_named (GError     **error,
                 GError      *local_error,
                 const char  *name)
{
  if (strstr (local_error->message, name) == NULL)
    g_prefix_error (&local_error, "%s: ", name);
  g_propagate_error (error, local_error);
}

/* The parser's messages say where in the bytes a file went wrong, which
 * helps a developer, not a learner: the learner reads what the file is and
 * what to do, the terminal gets the detail. */
static void
propagate_in_words (GError     **error,
                    GError      *local_error,
                    const char  *name)
{
  if (!g_error_matches (local_error, DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY) &&
      !g_error_matches (local_error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8))
    {
      g_prefix_error (&local_error, "%s: ", name);
      g_propagate_error (error, local_error);
      return;
    }
  g_message ("Import of %s refused: %s", name, local_error->message);
  if (local_error->code == DS_PARSER_ERROR_BINARY)
    /* Translators: %s is a file's name. */
    g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_BINARY,
                 _("“%s” is not plain text: DiploStudy imports .txt and .md files"), name);
  else
    /* Translators: %s is a file's name. */
    g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_INVALID_UTF8,
                 _("“%s” is not UTF-8 text; save it as UTF-8 and try again"), name);
  g_error_free (local_error);
}

/* Checks what @file is before reading it: a folder, a device or a file too
 * large to be an essay is refused without reading a byte. */
static gboolean
check_source (GFile      *file,
              Source     *source,
              GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  GError *local_error = NULL;
  g_autofree char *size = NULL;
  g_autofree char *max = NULL;

  source->basename = g_file_get_basename (file);
  source->display_name = g_filename_display_basename (source->basename);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      propagate_named (error, local_error, source->display_name);
      return FALSE;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a text file"), source->display_name);
      return FALSE;
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file"), source->display_name);
      return FALSE;
    }

  if (g_file_info_get_size (info) > DS_ESSAY_IMPORT_MAX_SIZE)
    {
      size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      max = g_format_size_full (DS_ESSAY_IMPORT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
      /* Translators: a file name, its size ("33.0 MiB") and the largest
       * size allowed ("32.0 MiB"). */
      g_set_error (error, DS_PARSER_ERROR, DS_PARSER_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an essay (%s; at most %s)"),
                   source->display_name, size, max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_source (GFile   *file,
             Source  *source,
             GError **error)
{
  if (!check_source (file, source, error))
    return FALSE;
  /* Read with the same limit: the file may have grown since it was
   * measured, or be something that reports no size. */
  return ds_read_gfile (file, DS_ESSAY_IMPORT_MAX_SIZE, DS_READ_FILE_NONE,
                        &source->data, &source->length, error) &&
         ds_check_text_encoding (source->data, source->length, source->display_name, error);
}

static char *
new_id (Source     *source,
        const char *hash)
{
  g_autofree char *stem = strip_extension (source->display_name);
  g_autofree char *slug = slugify (stem);

  return g_strconcat (DS_USER_ESSAY_ID_PREFIX, slug, "-", hash, NULL);
}

/* The title: the text's own, else the one recorded for it, else one made
 * from the file's name. The recorded language wins, as on loading. */
static DsEssay *
parse_source (Source     *source,
              const char *id,
              JsonArray  *entries,
              int         index,
              GError    **error)
{
  const char *title = index >= 0 ? ds_manifest_entry_string (entries, index, "title") : NULL;
  const char *language = index >= 0 ? ds_manifest_entry_string (entries, index, "language") : NULL;
  GError *local_error = NULL;
  DsEssay *essay;

  essay = ds_parser_parse (source->data, source->length, id, &local_error);
  if (essay == NULL)
    {
      propagate_in_words (error, local_error, source->display_name);
      return NULL;
    }
  if (ds_essay_get_title (essay) == NULL || ds_essay_get_title (essay)[0] == '\0')
    {
      g_autofree char *from_name = title_from_name (source->display_name);

      ds_essay_set_title (essay, title != NULL && *title != '\0' ? title : from_name);
    }
  if (language != NULL && *language != '\0')
    ds_essay_set_language (essay, language);
  return essay;
}

/* Copies the text and records it; the text goes first, so that a crash in
 * between leaves a stray file rather than an entry without its text. */
static gboolean
store (DsEssay     *essay,
       Source      *source,
       GFile       *user_dir,
       GFile       *manifest,
       JsonArray   *entries,
       GError     **error)
{
  const char *ext = g_str_has_suffix (source->basename, ".md") ? ".md" : ".txt";
  g_autofree char *name = g_strconcat (ds_essay_get_id (essay), ext, NULL);
  g_autoptr(GFile) copy = g_file_get_child (user_dir, name);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (user_dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!g_file_replace_contents (copy, source->data, source->length, NULL, FALSE,
                                G_FILE_CREATE_PRIVATE, NULL, NULL, error))
    return FALSE;

  json_array_add_element (entries, new_entry (essay, name));
  return write_entries (manifest, entries, error);
}

/* Nothing is written until the text has parsed. */
static DsEssay *
import_locked (Source  *source,
               GFile   *user_dir,
               GError **error)
{
  g_autoptr(GFile) manifest = g_file_get_child (user_dir, DS_USER_MANIFEST_NAME);
  g_autoptr(JsonArray) entries = NULL;
  g_autoptr(DsEssay) essay = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *hash = content_hash (source->data, source->length);
  g_autofree char *id = NULL;
  gboolean damaged = FALSE;
  int index;

  entries = read_entries (manifest, &local_error);
  if (entries == NULL && !is_damage (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (entries == NULL)
    {
      damaged = TRUE;
      entries = json_array_new ();
    }

  /* The same text imported before keeps the id (and so the progress) it
   * had, whatever the file is called now. */
  index = find_entry (entries, NULL, hash);
  id = index >= 0 ? g_strdup (ds_manifest_entry_string (entries, index, "id")) : new_id (source, hash);
  essay = parse_source (source, id, entries, index, error);
  if (essay == NULL)
    return NULL;
  if (index >= 0)
    return g_steal_pointer (&essay);

  if (damaged && !set_damaged_aside (manifest, error))
    return NULL;
  if (!store (essay, source, user_dir, manifest, entries, error))
    return NULL;
  return g_steal_pointer (&essay);
}

/**
 * ds_essay_import:
 *
 * Blocks on file I/O: call it in a worker thread (GTask) from the UI.
 */
DsEssay *
ds_essay_import (GFile   *source_file,
                 GFile   *user_dir,
                 GError **error)
{
  g_auto(Source) source = { NULL };
  DsEssay *essay;

  g_return_val_if_fail (G_IS_FILE (source_file), NULL);
  g_return_val_if_fail (G_IS_FILE (user_dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_source (source_file, &source, error))
    return NULL;

  g_mutex_lock (&manifest_lock);
  essay = import_locked (&source, user_dir, error);
  g_mutex_unlock (&manifest_lock);
  return essay;
}

/* Remove. */

static gboolean
remove_locked (const char  *id,
               GFile       *user_dir,
               GError     **error)
{
  g_autoptr(GFile) manifest = g_file_get_child (user_dir, DS_USER_MANIFEST_NAME);
  g_autoptr(JsonArray) entries = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *file = NULL;
  int index;

  entries = read_entries (manifest, error);
  if (entries == NULL)
    return FALSE;
  index = find_entry (entries, id, NULL);
  if (index < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no imported essay “%s”"), id);
      return FALSE;
    }

  file = g_strdup (ds_manifest_entry_string (entries, index, "file"));
  json_array_remove_element (entries, index);
  if (!write_entries (manifest, entries, error))
    return FALSE;

  /* The entry is gone; a copy that cannot be deleted is only clutter. */
  if (file == NULL || strchr (file, '/') != NULL || strstr (file, "..") != NULL)
    return TRUE;
  copy = g_file_get_child (user_dir, file);
  if (!g_file_delete (copy, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_message ("Could not delete %s: %s", file, local_error->message);
  return TRUE;
}

gboolean
ds_essay_remove_user (const char  *id,
                      GFile       *user_dir,
                      GError     **error)
{
  gboolean removed;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (user_dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ds_essay_id_is_user (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is a built-in essay and cannot be removed"), id);
      return FALSE;
    }

  g_mutex_lock (&manifest_lock);
  removed = remove_locked (id, user_dir, error);
  g_mutex_unlock (&manifest_lock);
  return removed;
}
