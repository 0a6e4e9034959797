/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Starting presentation mode: choosing monitors and what to present. Part
 * of DsPresentationWindow (see ds-presentation-window.c). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "ds-monitor-choice.h"
#include "ds-presentation-window-private.h"
#include "ds-presenter-window.h"
#include "ds-quiz-cards.h"
#include "ds-quiz-class.h"

/* Starting */

/* The monitor the desktop calls primary, where there is such a thing. */
static GdkMonitor *
primary_monitor (GdkDisplay *display)
{
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_display_get_primary_monitor (display);
#endif
  return NULL;
}

static GdkMonitor *
choose_monitors (GdkDisplay  *display,
                 GdkMonitor **presenter)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  guint n = g_list_model_get_n_items (monitors);
  g_autofree DsMonitorInfo *info = g_new0 (DsMonitorInfo, MAX (n, 1));
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  GdkMonitor *primary = primary_monitor (display);
  int audience, laptop;

  for (guint i = 0; i < n; i++)
    {
      GdkMonitor *monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      info[i].connector = gdk_monitor_get_connector (monitor);
      info[i].width = geometry.width;
      info[i].height = geometry.height;
      /* Without a primary monitor (Wayland), the first is the usual laptop
       * panel when connectors do not tell. */
      info[i].is_primary = primary != NULL ? monitor == primary : i == 0;
      g_ptr_array_add (objects, monitor);
    }

  audience = ds_choose_audience_monitor (info, n, &laptop);
  *presenter = laptop >= 0 ? g_ptr_array_index (objects, laptop) : NULL;
  return audience >= 0 ? g_ptr_array_index (objects, audience) : NULL;
}

/* The monitor's size before going fullscreen, so that the window is right
 * even where nothing honours fullscreen (no window manager). */
static void
size_to_monitor (GtkWindow  *window,
                 GdkMonitor *monitor)
{
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_set_default_size (window, geometry.width, geometry.height);
}

DsPresentationWindow *
ds_presentation_start_run_on_monitors (GtkWindow  *parent,
                                       DsQuizRun  *run,
                                       DsSettings *settings,
                                       GdkMonitor *audience,
                                       GdkMonitor *laptop)
{
  DsPresentationTheme theme = DS_PRESENTATION_THEME_DARK;
  DsPresentationWindow *self;
  GtkWindow *presenter = NULL;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (run), NULL);

  if (settings != NULL)
    {
      theme = ds_settings_get_presentation_theme (settings);
      ds_quiz_run_set_countdown_seconds (run, ds_settings_get_countdown_seconds (settings));
    }

  self = ds_presentation_window_new (run, theme);
  if (laptop != NULL)
    presenter = GTK_WINDOW (ds_presenter_window_new (self));
  _ds_presentation_window_set_session (self, parent, presenter);

  if (presenter != NULL)
    {
      size_to_monitor (presenter, laptop);
      gtk_window_fullscreen_on_monitor (presenter, laptop);
      gtk_window_present (presenter);
    }

  /* Presented last, so that the audience view has the keyboard (and the
   * clicker) from the start. */
  if (audience != NULL)
    {
      size_to_monitor (GTK_WINDOW (self), audience);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), audience);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

DsPresentationWindow *
ds_presentation_start_run (GtkWindow  *parent,
                           DsQuizRun  *run,
                           DsSettings *settings)
{
  GdkMonitor *audience, *laptop = NULL;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (run), NULL);

  audience = choose_monitors (parent ? gtk_widget_get_display (GTK_WIDGET (parent))
                                     : gdk_display_get_default (),
                              &laptop);
  return ds_presentation_start_run_on_monitors (parent, run, settings, audience, laptop);
}

/* Choosing what to present */

/* A mix from every essay is for a short round, not the whole deck. */
#define MIX_QUESTIONS 20

typedef struct {
  GtkWindow  *parent;     /* weak */
  DsSession  *session;
  char       *essay_id;
  GtkWidget  *topics;     /* the topic drop-down */
  GtkWidget  *live;       /* "Let students answer on their phones" */
  GtkWidget  *top;        /* "Show the top five at the end" */
  GStrv       topic_names;
} StartData;

static void
start_data_free (StartData *data)
{
  g_clear_weak_pointer (&data->parent);
  g_clear_object (&data->session);
  g_free (data->essay_id);
  g_strfreev (data->topic_names);
  g_free (data);
}

/* The essay's topics but its title: as a topic, that is the whole essay,
 * offered already. */
static GStrv
essay_topics (DsDeck  *deck,
              DsEssay *essay)
{
  g_autoptr(DsCardScope) scope = ds_card_scope_new (ds_essay_get_id (essay), NULL);
  g_auto(GStrv) topics = ds_deck_dup_topics (deck, scope);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; topics[i] != NULL; i++)
    if (g_strcmp0 (topics[i], ds_essay_get_title (essay)) != 0)
      g_strv_builder_add (builder, topics[i]);
  return g_strv_builder_end (builder);
}

static DsQuizRun *
run_for_response (StartData  *data,
                  const char *response)
{
  g_autoptr(GPtrArray) cards = ds_deck_dup_cards (ds_session_get_deck (data->session), NULL);
  DsLibrary *library = ds_session_get_library (data->session);
  guint topic = gtk_drop_down_get_selected (GTK_DROP_DOWN (data->topics));
  g_autoptr(DsCardScope) scope = NULL;
  g_autoptr(GPtrArray) picked = NULL;

  if (g_str_equal (response, "mix"))
    {
      g_autoptr(GPtrArray) shuffled = ds_quiz_select_cards (cards, NULL, DS_QUIZ_ORDER_SHUFFLED,
                                                            0, g_random_int ());

      picked = ds_quiz_class_cards (shuffled, cards);
      if (picked->len > MIX_QUESTIONS)
        g_ptr_array_set_size (picked, MIX_QUESTIONS);
      return ds_quiz_run_new_quiz (picked, library);
    }

  /* The first entry of the drop-down is the whole essay. */
  if (topic > 0 && topic != GTK_INVALID_LIST_POSITION && data->topic_names[topic - 1])
    scope = ds_card_scope_new (data->essay_id, data->topic_names[topic - 1]);
  else
    scope = ds_card_scope_new (data->essay_id, NULL);
  picked = ds_quiz_select_cards (cards, scope, DS_QUIZ_ORDER_SOURCE, 0, 0);

  if (g_str_equal (response, "claims"))
    return ds_quiz_run_new_claims (picked, library);
  {
    g_autoptr(GPtrArray) asked = ds_quiz_class_cards (picked, cards);

    return ds_quiz_run_new_quiz (asked, library);
  }
}

static void
start_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   StartData        *data)
{
  g_autoptr(DsQuizRun) run = NULL;
  DsPresentationWindow *window;

  if (g_str_equal (response, "cancel"))
    return;
  run = run_for_response (data, response);
  if (ds_quiz_run_get_n_slides (run) == 0 ||
      (ds_quiz_run_get_mode (run) == DS_QUIZ_RUN_QUIZ && ds_quiz_run_get_n_slides (run) < 2))
    {
      GtkWidget *message = adw_message_dialog_new (data->parent, _("Nothing to Present"),
                                                   _("No cards were found for this choice. "
                                                     "Try the whole essay or a shuffled mix."));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  window = ds_presentation_start_run (data->parent, run, ds_session_get_settings (data->session));
  /* Key claims ask nothing: class live is for the quiz. */
  if (ds_quiz_run_get_mode (run) == DS_QUIZ_RUN_QUIZ &&
      gtk_check_button_get_active (GTK_CHECK_BUTTON (data->live)))
    _ds_presentation_live_start_from_chooser (window,
                                              gtk_check_button_get_active (GTK_CHECK_BUTTON (data->top)));
}

/* Class live: off unless asked for, each time. */
static void
add_live_checks (StartData *data,
                 GtkWidget *box)
{
  data->live = gtk_check_button_new_with_mnemonic (_("Let students answer the quiz on their _phones"));
  data->top = gtk_check_button_new_with_mnemonic (_("Show the _top five at the end"));
  g_object_bind_property (data->live, "active", data->top, "sensitive", G_BINDING_SYNC_CREATE);
  gtk_widget_set_margin_top (data->live, 6);
  gtk_box_append (GTK_BOX (box), data->live);
  gtk_box_append (GTK_BOX (box), data->top);
}

static GtkWidget *
topics_drop_down (StartData *data)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  g_strv_builder_add (builder, _("The whole essay"));
  g_strv_builder_addv (builder, (const char **) data->topic_names);
  names = g_strv_builder_end (builder);
  return gtk_drop_down_new_from_strings ((const char * const *) names);
}

/* The essay to present: @essay_id's, else the first one. */
static DsEssay *
essay_to_present (DsLibrary  *library,
                  const char *essay_id)
{
  DsEssay *essay = NULL;

  if (essay_id != NULL && *essay_id)
    essay = ds_library_lookup (library, essay_id);
  if (essay == NULL && g_list_model_get_n_items (G_LIST_MODEL (library)) > 0)
    {
      /* The library keeps its essays; a borrowed pointer is enough here. */
      essay = g_list_model_get_item (G_LIST_MODEL (library), 0);
      g_object_unref (essay);
    }
  return essay;
}

void
ds_presentation_start (GtkWindow  *parent,
                       DsSession  *session,
                       const char *essay_id)
{
  StartData *data;
  GtkWidget *dialog;
  DsEssay *essay;
  GtkWidget *box, *label;

  g_return_if_fail (DS_IS_SESSION (session));

  /* The session's cards, with the lecturer's edits; no progress is read
   * or written here. */
  essay = essay_to_present (ds_session_get_library (session), essay_id);
  if (essay == NULL)
    return;

  data = g_new0 (StartData, 1);
  g_set_weak_pointer (&data->parent, parent);
  data->session = g_object_ref (session);
  data->essay_id = g_strdup (ds_essay_get_id (essay));
  data->topic_names = essay_topics (ds_session_get_deck (session), essay);

  dialog = adw_message_dialog_new (parent, _("Present"), ds_essay_get_title (essay));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "mix", _("Shuffled _Mix of All Essays"),
                                    "quiz", _("Class _Quiz"),
                                    "claims", _("_Key Claims"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "claims",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "claims");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("Key claims and the quiz cover"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  data->topics = topics_drop_down (data);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (data->topics),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), data->topics);
  add_live_checks (data, box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_signal_connect_data (dialog, "response", G_CALLBACK (start_response_cb), data,
                         (GClosureNotify) start_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter (or a clicker's Enter) starts the default at once; the topic is
   * a Tab away. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
}
