/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsLivePanel"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-live-panel.h"

struct _DsLivePanel
{
  AdwBin                parent_instance;

  GtkWidget            *status_label;
  GtkWidget            *start_button;
  GtkWidget            *join_button;
  GtkWidget            *waiting_check;
  GtkWidget            *top_check;
  GtkWidget            *export_button;
  GtkWidget            *stop_button;
  GtkWidget            *waiting_label;

  DsPresentationWindow *audience;   /* weak */
};

G_DEFINE_FINAL_TYPE (DsLivePanel, ds_live_panel, ADW_TYPE_BIN)

static DsQuizLive *
get_live (DsLivePanel *self)
{
  return self->audience ? ds_presentation_window_get_live (self->audience) : NULL;
}

static char *
status_text (DsQuizLive *live)
{
  DsRoom *room;
  g_autofree char *url = NULL;
  int asked;

  if (live == NULL)
    return g_strdup (_("Off: no one can join"));
  room = ds_quiz_live_get_room (live);
  if (!ds_quiz_live_is_running (live))
    /* Translators: class live was stopped; its results can still be exported */
    return g_strdup_printf (ngettext ("Stopped: %u question asked", "Stopped: %u questions asked",
                                      ds_quiz_live_get_n_asked (live)),
                            ds_quiz_live_get_n_asked (live));
  url = ds_room_server_get_display_url (ds_quiz_live_get_server (live));
  asked = ds_quiz_live_get_question (live, ds_quiz_run_get_index (ds_quiz_live_get_run (live)));
  if (asked < 0)
    /* Translators: "http://192.168.1.20:8472 · code KXY7 · 12 joined" */
    return g_strdup_printf (_("%s · code %s · %u joined"), url, ds_room_get_code (room),
                            ds_room_get_n_students (room));
  /* Translators: "http://192.168.1.20:8472 · code KXY7 · 12 joined · 7 answered" */
  return g_strdup_printf (_("%s · code %s · %u joined · %u answered"), url,
                          ds_room_get_code (room), ds_room_get_n_students (room),
                          ds_quiz_live_get_n_answered (live));
}

/* Nicknames as text, never markup: students type them. */
static char *
waiting_text (DsQuizLive *live)
{
  g_auto(GStrv) waiting = ds_room_get_waiting (ds_quiz_live_get_room (live));

  if (!ds_quiz_live_is_open (live))
    return g_strdup ("");
  if (waiting[0] == NULL)
    return g_strdup (_("Everyone has answered."));
  {
    g_autofree char *names = g_strjoinv (", ", waiting);

    /* Translators: the nicknames of those who have not answered yet */
    return g_strdup_printf (_("Not answered yet: %s"), names);
  }
}

static void
update (DsLivePanel *self)
{
  DsQuizLive *live = get_live (self);
  gboolean running = live != NULL && ds_quiz_live_is_running (live);
  g_autofree char *status = status_text (live);
  g_autofree char *waiting = NULL;

  gtk_label_set_text (GTK_LABEL (self->status_label), status);
  gtk_widget_set_visible (self->start_button, !running);
  gtk_widget_set_visible (self->join_button, running);
  gtk_widget_set_visible (self->stop_button, running);
  gtk_widget_set_visible (self->waiting_check, running);
  gtk_widget_set_visible (self->top_check, live != NULL);
  gtk_widget_set_visible (self->export_button, live != NULL);
  if (live != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->top_check),
                                 ds_room_get_show_top (ds_quiz_live_get_room (live)));

  waiting = running ? waiting_text (live) : g_strdup ("");
  gtk_label_set_text (GTK_LABEL (self->waiting_label), waiting);
  gtk_widget_set_visible (self->waiting_label,
                          *waiting != '\0' &&
                          gtk_check_button_get_active (GTK_CHECK_BUTTON (self->waiting_check)));
}

static void
waiting_toggled_cb (DsLivePanel *self)
{
  update (self);
}

static void
top_toggled_cb (DsLivePanel *self)
{
  DsQuizLive *live = get_live (self);

  if (live != NULL)
    ds_room_set_show_top (ds_quiz_live_get_room (live),
                          gtk_check_button_get_active (GTK_CHECK_BUTTON (self->top_check)));
}

static void
ds_live_panel_dispose (GObject *object)
{
  DsLivePanel *self = DS_LIVE_PANEL (object);

  g_clear_weak_pointer (&self->audience);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_LIVE_PANEL);

  G_OBJECT_CLASS (ds_live_panel_parent_class)->dispose (object);
}

static void
ds_live_panel_class_init (DsLivePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_live_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-live-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, start_button);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, join_button);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, waiting_check);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, top_check);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, export_button);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, stop_button);
  gtk_widget_class_bind_template_child (widget_class, DsLivePanel, waiting_label);
  gtk_widget_class_bind_template_callback (widget_class, top_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, waiting_toggled_cb);
}

static void
ds_live_panel_init (DsLivePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ds_live_panel_new (DsPresentationWindow *audience)
{
  DsLivePanel *self;

  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (audience), NULL);

  self = g_object_new (DS_TYPE_LIVE_PANEL, NULL);
  g_set_weak_pointer (&self->audience, audience);
  g_signal_connect_object (audience, "live-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_presentation_window_get_run (audience), "changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

const char *
ds_live_panel_get_status (DsLivePanel *self)
{
  g_return_val_if_fail (DS_IS_LIVE_PANEL (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->status_label));
}

const char *
ds_live_panel_get_waiting (DsLivePanel *self)
{
  g_return_val_if_fail (DS_IS_LIVE_PANEL (self), NULL);
  return gtk_widget_get_visible (self->waiting_label)
         ? gtk_label_get_text (GTK_LABEL (self->waiting_label)) : "";
}
