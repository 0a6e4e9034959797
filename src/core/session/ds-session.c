/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsSession"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-essay-import.h"
#include "ds-session.h"

struct _DsSession
{
  GObject      parent_instance;

  DsSettings  *settings;
  DsLibrary   *library;
  DsProgress  *progress;    /* made on first use */
  DsDeck      *deck;        /* made on first use */
  GFile       *user_dir;    /* made on first use */
  char        *essay_problems;
  char        *progress_problem;

  DsClockFunc  clock;
  gpointer     clock_data;
};

G_DEFINE_FINAL_TYPE (DsSession, ds_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_LIBRARY,
  PROP_DECK,
  PROP_USER_ESSAY_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_session_constructed (GObject *object)
{
  DsSession *self = DS_SESSION (object);

  G_OBJECT_CLASS (ds_session_parent_class)->constructed (object);

  if (self->library == NULL)
    self->library = ds_library_new ();
  /* A deck brought in comes with its progress and settings. */
  if (self->deck != NULL)
    {
      self->progress = g_object_ref (ds_deck_get_progress (self->deck));
      g_set_object (&self->settings, ds_progress_get_settings (self->progress));
    }
  g_assert (self->settings != NULL);
}

static void
ds_session_finalize (GObject *object)
{
  DsSession *self = DS_SESSION (object);

  g_clear_object (&self->deck);
  g_clear_object (&self->progress);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->user_dir);
  g_clear_pointer (&self->essay_problems, g_free);
  g_clear_pointer (&self->progress_problem, g_free);

  G_OBJECT_CLASS (ds_session_parent_class)->finalize (object);
}

static void
ds_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsSession *self = DS_SESSION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_DECK:
      g_value_set_object (value, ds_session_get_deck (self));
      break;
    case PROP_USER_ESSAY_DIR:
      g_value_set_object (value, ds_session_get_user_essay_dir (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DsSession *self = DS_SESSION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_DECK:
      self->deck = g_value_dup_object (value);
      break;
    case PROP_USER_ESSAY_DIR:
      ds_session_set_user_essay_dir (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_session_class_init (DsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ds_session_constructed;
  object_class->finalize = ds_session_finalize;
  object_class->get_property = ds_session_get_property;
  object_class->set_property = ds_session_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, DS_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, DS_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, DS_TYPE_DECK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_USER_ESSAY_DIR] =
    g_param_spec_object ("user-essay-dir", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_session_init (DsSession *self)
{
  self->clock = ds_clock_real_time;
}

DsSession *
ds_session_new (DsSettings *settings,
                DsLibrary  *library)
{
  g_return_val_if_fail (DS_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (library == NULL || DS_IS_LIBRARY (library), NULL);

  return g_object_new (DS_TYPE_SESSION, "settings", settings, "library", library, NULL);
}

DsSession *
ds_session_new_for_deck (DsDeck    *deck,
                         DsLibrary *library)
{
  g_return_val_if_fail (DS_IS_DECK (deck), NULL);
  g_return_val_if_fail (library == NULL || DS_IS_LIBRARY (library), NULL);

  return g_object_new (DS_TYPE_SESSION, "deck", deck, "library", library, NULL);
}

gboolean
ds_session_load_essays (DsSession  *self,
                        GError    **error)
{
  g_autoptr(GError) user_error = NULL;

  g_return_val_if_fail (DS_IS_SESSION (self), FALSE);

  if (!ds_library_load_builtin (self->library, error))
    return FALSE;
  /* What cannot be read is skipped: it never keeps the others from
   * loading. No folder, no work. */
  if (!ds_library_load_user (self->library, ds_session_get_user_essay_dir (self), &user_error))
    {
      g_message ("%s", user_error->message);
      g_free (self->essay_problems);
      self->essay_problems = g_strdup (user_error->message);
    }
  return TRUE;
}

const char *
ds_session_get_essay_problems (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  return self->essay_problems;
}

/* The log cannot be had for writing: this DiploStudy may look (the log
 * rebuilds what GSettings lacks), not answer; @problem says why. */
static DsProgress *
open_read_only (DsSession   *self,
                GFile       *data_dir,
                const char  *problem)
{
  DsProgress *progress = ds_progress_open (self->settings, data_dir,
                                           DS_PROGRESS_OPEN_READ_ONLY, NULL);

  if (progress != NULL)
    self->progress_problem = g_strdup (problem);
  return progress;
}

void
ds_session_open_progress (DsSession *self,
                          GFile     *data_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;

  g_return_if_fail (DS_IS_SESSION (self));
  g_return_if_fail (self->progress == NULL);

  self->progress = ds_progress_open (self->settings, data_dir, DS_PROGRESS_OPEN_DEFAULT, &error);
  if (self->progress != NULL)
    return;

  g_message ("Could not open the review log: %s", error->message);
  if (g_error_matches (error, DS_PROGRESS_ERROR, DS_PROGRESS_ERROR_LOCKED))
    problem = g_strdup (_("DiploStudy is already open elsewhere, so your progress "
                          "is shown here read-only: answers given in this window "
                          "are not saved. Close the other DiploStudy and start "
                          "this one again to study here."));
  else
    /* Translators: %s says why the review log could not be written. */
    problem = g_strdup_printf (_("%s. Your progress is shown, but answers given now "
                                 "cannot be saved until the review log can be written."),
                               error->message);
  self->progress = open_read_only (self, data_dir, problem);
  if (self->progress != NULL)
    return;

  /* Not even readable: the progress still works, saved in GSettings alone
   * (each write checked): better than no studying at all, and said. */
  /* Translators: %s says why the review log could not be opened. */
  self->progress_problem = g_strdup_printf (_("Your answers are saved in the settings only, "
                                              "without the review log that protects them: %s"),
                                            error->message);
  self->progress = ds_progress_new (self->settings);
}

const char *
ds_session_get_progress_problem (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  return self->progress_problem;
}

DsSettings *
ds_session_get_settings (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  return self->settings;
}

DsLibrary *
ds_session_get_library (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  return self->library;
}

DsProgress *
ds_session_get_progress (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  if (self->progress == NULL)
    self->progress = ds_progress_new (self->settings);
  return self->progress;
}

/* One deck (and one DsProgress) for every view, so that an answer or an
 * edit made on one page is what the others show. */
DsDeck *
ds_session_get_deck (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  if (self->deck == NULL)
    self->deck = ds_deck_new_for_library (self->library, ds_session_get_progress (self));
  return self->deck;
}

const char *
ds_session_get_essay_title (DsSession  *self,
                            const char *essay_id)
{
  DsEssay *essay;
  const char *title;

  g_return_val_if_fail (DS_IS_SESSION (self), essay_id);

  essay = essay_id ? ds_library_lookup (self->library, essay_id) : NULL;
  title = essay ? ds_essay_get_title (essay) : NULL;
  return title != NULL && *title != '\0' ? title : essay_id;
}

GPtrArray *
ds_session_get_claims (DsSession *self,
                       DsEssay   *essay)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);
  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  return ds_deck_get_claims (ds_session_get_deck (self), essay);
}

void
ds_session_set_clock (DsSession   *self,
                      DsClockFunc  func,
                      gpointer     user_data)
{
  g_return_if_fail (DS_IS_SESSION (self));

  self->clock = func ? func : ds_clock_real_time;
  self->clock_data = func ? user_data : NULL;
}

gint64
ds_session_get_now (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), 0);

  return self->clock (self->clock_data) / DS_MS_US;
}

DsStudySession *
ds_session_start_study (DsSession         *self,
                        const DsCardScope *scope)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  return ds_session_start_study_extra (self, scope, 0);
}

DsStudySession *
ds_session_start_study_extra (DsSession         *self,
                              const DsCardScope *scope,
                              guint              extra_new)
{
  DsStudySession *study;

  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  study = ds_study_session_new (ds_session_get_deck (self), scope);
  ds_study_session_set_clock (study, self->clock, self->clock_data);
  ds_study_session_set_extra_new (study, extra_new);
  ds_study_session_start (study);
  return study;
}

/* The learner's own essays. */

GFile *
ds_session_get_user_essay_dir (DsSession *self)
{
  g_return_val_if_fail (DS_IS_SESSION (self), NULL);

  if (self->user_dir == NULL)
    self->user_dir = ds_essay_import_get_default_dir ();
  return self->user_dir;
}

void
ds_session_set_user_essay_dir (DsSession *self,
                               GFile     *dir)
{
  g_return_if_fail (DS_IS_SESSION (self));
  g_return_if_fail (dir == NULL || G_IS_FILE (dir));

  if (g_set_object (&self->user_dir, dir))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_ESSAY_DIR]);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  DsSession *self = source_object;
  GError *error = NULL;
  DsEssay *essay;

  /* The folder was made on the main thread (see the caller). */
  essay = ds_essay_import (file, self->user_dir, &error);
  if (essay == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, essay, g_object_unref);
}

void
ds_session_import_essay_async (DsSession           *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DS_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The thread reads the folder: it is set before the thread starts. */
  ds_session_get_user_essay_dir (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ds_session_import_essay_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

DsEssay *
ds_session_import_essay_finish (DsSession     *self,
                                GAsyncResult  *result,
                                gboolean      *already_there,
                                GError       **error)
{
  g_autoptr(DsEssay) essay = NULL;
  DsEssay *known;

  g_return_val_if_fail (DS_IS_SESSION (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (already_there != NULL)
    *already_there = FALSE;
  essay = g_task_propagate_pointer (G_TASK (result), error);
  if (essay == NULL)
    return NULL;
  /* The same text keeps its id: the essay there stays, and with it the
   * deck's cards of it. */
  known = ds_library_lookup (self->library, ds_essay_get_id (essay));
  if (known != NULL)
    {
      if (already_there != NULL)
        *already_there = TRUE;
      return g_object_ref (known);
    }
  /* The deck follows the library and makes the essay's cards. */
  ds_library_add (self->library, essay);
  return g_steal_pointer (&essay);
}

gboolean
ds_session_remove_essay (DsSession   *self,
                         const char  *essay_id,
                         GError     **error)
{
  g_return_val_if_fail (DS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (essay_id != NULL, FALSE);

  if (!ds_essay_remove_user (essay_id, ds_session_get_user_essay_dir (self), error))
    return FALSE;
  ds_library_remove (self->library, essay_id);
  return TRUE;
}
