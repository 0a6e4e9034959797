/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Class live on the audience view: starting and stopping it, the join
 * screen, the line with the joined and answered counts, the summary's
 * lines and "Export Results…". The room follows the run by itself
 * (DsQuizLive); this only shows it. Part of DsPresentationWindow (see
 * ds-presentation-window.c). */
#define G_LOG_DOMAIN "DsPresentationWindow"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ds-live-join.h"
#include "ds-presentation-window-private.h"

enum {
  LIVE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static char *live_address;

void
ds_presentation_set_live_address (const char *address)
{
  g_free (live_address);
  live_address = g_strdup (address);
}

static void
emit_live_changed (DsPresentationWindow *self)
{
  g_signal_emit (self, signals[LIVE_CHANGED], 0);
}

/* Showing the room */

static void
update_join (DsPresentationWindow *self)
{
  DsRoomServer *server = ds_quiz_live_get_server (self->live);
  DsRoom *room = ds_quiz_live_get_room (self->live);
  g_autofree char *url = NULL;
  g_autofree char *display_url = NULL;

  if (ds_room_server_is_running (server))
    {
      url = ds_room_server_get_url (server);
      display_url = ds_room_server_get_display_url (server);
    }
  ds_live_join_set_address (DS_LIVE_JOIN (self->live_join), url, display_url,
                            ds_room_get_code (room));
  ds_live_join_set_joined (DS_LIVE_JOIN (self->live_join), ds_room_get_n_students (room));
}

static char *
count_text (DsQuizLive *live)
{
  DsRoom *room = ds_quiz_live_get_room (live);
  guint joined = ds_room_get_n_students (room);
  int asked = ds_quiz_live_get_question (live, ds_quiz_run_get_index (ds_quiz_live_get_run (live)));
  g_autofree char *joined_text = NULL;

  /* Translators: students whose phones are in the class quiz */
  joined_text = g_strdup_printf (ngettext ("%u joined", "%u joined", joined), joined);
  if (asked < 0)
    return g_steal_pointer (&joined_text);
  /* Translators: "12 joined · 7 answered", live on the projector */
  return g_strdup_printf (ngettext ("%s · %u answered", "%s · %u answered",
                                    ds_quiz_live_get_n_answered (live)),
                          joined_text, ds_quiz_live_get_n_answered (live));
}

static void
update_row (DsPresentationWindow *self)
{
  gboolean running = ds_quiz_live_is_running (self->live);
  g_autofree char *counts = count_text (self->live);

  if (running)
    {
      g_autofree char *display_url =
        ds_room_server_get_display_url (ds_quiz_live_get_server (self->live));
      /* Translators: how to join, in a corner of the projected slide:
       * "http://192.168.1.20:8472 · code KXY7" */
      g_autofree char *join = g_strdup_printf (_("%s · code %s"), display_url,
                                               ds_room_get_code (ds_quiz_live_get_room (self->live)));

      gtk_label_set_text (GTK_LABEL (self->live_address_label), join);
    }
  gtk_label_set_text (GTK_LABEL (self->live_count_label), counts);
  /* The line takes room from the slide: the type is fitted again when it
   * comes or goes. */
  if (gtk_widget_get_visible (self->live_row) != running)
    {
      gtk_widget_set_visible (self->live_row, running);
      _ds_presentation_window_queue_fit (self);
    }
}

void
_ds_presentation_live_update (DsPresentationWindow *self)
{
  if (self->live == NULL)
    return;
  update_join (self);
  update_row (self);
  if (!ds_quiz_live_is_running (self->live))
    gtk_widget_set_visible (self->live_join, FALSE);
}

static void
live_changed_cb (DsQuizLive           *live,
                 DsPresentationWindow *self)
{
  _ds_presentation_live_update (self);
  emit_live_changed (self);
}

gboolean
_ds_presentation_live_hide_join (DsPresentationWindow *self)
{
  if (!gtk_widget_get_visible (self->live_join))
    return FALSE;
  gtk_widget_set_visible (self->live_join, FALSE);
  emit_live_changed (self);
  return TRUE;
}

gboolean
ds_presentation_window_get_join_shown (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);
  return gtk_widget_get_visible (self->live_join);
}

/* Counts on reveal */

char *
_ds_presentation_count_text (DsPresentationWindow *self,
                             guint                 option)
{
  guint index = ds_quiz_run_get_index (self->run);
  DsRoomDistribution d = { 0, };

  d.n_options = MIN (self->choice_rows->len, DS_ROOM_MAX_OPTIONS);
  for (guint i = 0; i < d.n_options; i++)
    d.counts[i] = ds_quiz_run_get_hands (self->run, index, i);
  d.n_answers = ds_quiz_run_get_total_hands (self->run, index);
  ds_room_distribution_fill_percent (&d);
  /* The share only with class live: the column is as wide as its
   * widest text, which the slide's type pays for. */
  if (self->live == NULL || d.n_answers == 0 || option >= d.n_options)
    return g_strdup_printf ("%u", option < d.n_options ? d.counts[option] : 0);
  /* Translators: an option's count and its share on reveal, "7 · 43%" */
  return g_strdup_printf (_("%u · %u%%"), d.counts[option], d.percent[option]);
}

char *
_ds_presentation_count_sample (DsPresentationWindow *self)
{
  if (self->live == NULL)
    return g_strdup ("888");
  return g_strdup_printf (_("%u · %u%%"), 888, 100);
}

/* The summary */

static char *
percent_line (DsRoom *room)
{
  GString *line = g_string_new (_("Right answers per question:"));

  for (guint q = 0; q < ds_room_get_n_questions (room); q++)
    {
      /* Translators: a question's number and its share of right answers,
       * in a list: "1: 80%" */
      g_autofree char *item = g_strdup_printf (_("%u: %u%%"), q + 1,
                                               ds_room_get_percent_correct (room, q));

      g_string_append_printf (line, "%s %s", q ? " ·" : "", item);
    }
  return g_string_free (line, FALSE);
}

static void
add_top (DsRoom       *room,
         GStrvBuilder *lines)
{
  g_autoptr(GArray) top = ds_room_get_top (room, DS_ROOM_TOP_SIZE);

  if (top->len == 0)
    return;
  g_strv_builder_add (lines, _("Top five:"));
  for (guint i = 0; i < top->len; i++)
    {
      const DsRoomRank *rank = &g_array_index (top, DsRoomRank, i);
      /* Translators: a place in the top five, "1. Sari: 3 right" */
      g_autofree char *text = g_strdup_printf (ngettext ("%u. %s: %u right", "%u. %s: %u right",
                                                         rank->n_correct),
                                               i + 1, rank->nickname, rank->n_correct);

      g_strv_builder_add (lines, text);
    }
}

GStrv
_ds_presentation_live_summary (DsPresentationWindow *self)
{
  g_autoptr(GStrvBuilder) lines = NULL;
  g_autofree char *answered = NULL;
  g_autofree char *percent = NULL;
  DsRoom *room;

  if (self->live == NULL || ds_quiz_live_get_n_asked (self->live) == 0)
    return NULL;
  room = ds_quiz_live_get_room (self->live);
  lines = g_strv_builder_new ();
  /* Translators: how many took part on their phones */
  answered = g_strdup_printf (ngettext ("%u student answered on a phone",
                                        "%u students answered on their phones",
                                        ds_room_get_n_seats (room)),
                              ds_room_get_n_seats (room));
  g_strv_builder_add (lines, answered);
  percent = percent_line (room);
  g_strv_builder_add (lines, percent);
  if (ds_room_get_show_top (room))
    add_top (room, lines);
  return g_strv_builder_end (lines);
}

/* Starting and stopping */

static void
show_message (DsPresentationWindow *self,
              const char           *heading,
              const char           *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
has_question (DsQuizRun *run)
{
  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    if (ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, i)))
      return TRUE;
  return FALSE;
}

/* The top five was turned on or off: the summary slide shows it or not. */
static void
show_top_cb (DsRoom               *room,
             GParamSpec           *pspec,
             DsPresentationWindow *self)
{
  const DsSlide *slide = ds_quiz_run_get_current (self->run);

  if (slide != NULL && slide->kind == DS_SLIDE_SUMMARY)
    _ds_presentation_window_rebuild (self);
}

gboolean
ds_presentation_window_start_live (DsPresentationWindow  *self,
                                   const char            *address,
                                   GError               **error)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);

  if (!has_question (self->run))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("No question of this presentation has options to choose from."));
      return FALSE;
    }
  if (self->live == NULL)
    {
      self->live = ds_quiz_live_new (self->run, NULL);
      g_signal_connect (self->live, "changed", G_CALLBACK (live_changed_cb), self);
      g_signal_connect (ds_quiz_live_get_room (self->live), "notify::show-top",
                        G_CALLBACK (show_top_cb), self);
    }
  if (!ds_quiz_live_is_running (self->live) &&
      !ds_quiz_live_start (self->live, address, 0, error))
    return FALSE;
  gtk_widget_set_visible (self->live_join, TRUE);
  _ds_presentation_live_update (self);
  emit_live_changed (self);
  return TRUE;
}

void
ds_presentation_window_stop_live (DsPresentationWindow *self)
{
  g_return_if_fail (DS_IS_PRESENTATION_WINDOW (self));

  if (self->live != NULL)
    ds_quiz_live_stop (self->live);
}

DsQuizLive *
ds_presentation_window_get_live (DsPresentationWindow *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->live;
}

/* A key or the chooser: on, or the join screen shown or hidden. */
static void
start_or_toggle_join (DsPresentationWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->live != NULL && ds_quiz_live_is_running (self->live))
    {
      if (!_ds_presentation_live_hide_join (self))
        {
          gtk_widget_set_visible (self->live_join, TRUE);
          emit_live_changed (self);
        }
      return;
    }
  if (!ds_presentation_window_start_live (self, live_address, &error))
    show_message (self, _("Students Cannot Join"), error->message);
}

void
_ds_presentation_live_start_from_chooser (DsPresentationWindow *self,
                                          gboolean              show_top)
{
  start_or_toggle_join (self);
  if (self->live != NULL)
    ds_room_set_show_top (ds_quiz_live_get_room (self->live), show_top);
}

/* Export */

gboolean
ds_presentation_window_export_live_results (DsPresentationWindow  *self,
                                            GFile                 *file,
                                            GError               **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (DS_IS_PRESENTATION_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = self->live ? ds_room_to_csv (ds_quiz_live_get_room (self->live)) : NULL;
  if (csv == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Class live has not been started in this presentation."));
      return FALSE;
    }
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_response_cb (GtkNativeDialog      *chooser,
                    int                   response,
                    DsPresentationWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->live_chooser);
  if (file != NULL && !ds_presentation_window_export_live_results (self, file, &error))
    show_message (self, _("Results Not Exported"), error->message);
}

static char *
suggested_name (DsPresentationWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the file name "Export Results…" suggests; keep .csv */
  return g_strdup_printf (_("class-results-%s.csv"), date);
}

/* GtkFileDialog is GTK 4.10: on 4.8 the native chooser is the portal's
 * (or GTK's own dialog where there is no portal). */
static void
export_results (DsPresentationWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->live == NULL || self->live_chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Results"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  self->live_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->live_chooser);
}

void
_ds_presentation_live_action (GtkWidget  *widget,
                              const char *name,
                              GVariant   *param)
{
  DsPresentationWindow *self = DS_PRESENTATION_WINDOW (widget);

  if (g_str_equal (name, "present.live"))
    start_or_toggle_join (self);
  else if (g_str_equal (name, "present.live-stop"))
    ds_presentation_window_stop_live (self);
  else
    export_results (self);
}

/* Type */

/* The live line's type: the address small, the counts as large as the
 * countdown and bold. */
static PangoAttrList *
line_attrs (int      px,
            gboolean bold)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (px * PANGO_SCALE));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  return attrs;
}

int
_ds_presentation_live_reserve (DsPresentationWindow *self,
                               const Fonts          *fonts)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoAttrList *attrs;
  int height;

  if (!gtk_widget_get_visible (self->live_row))
    return 0;
  layout = gtk_widget_create_pango_layout (self->live_count_label, "8");
  attrs = line_attrs (fonts->countdown, TRUE);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height + fonts->spacing;
}

void
_ds_presentation_live_apply_fonts (DsPresentationWindow *self,
                                   const Fonts          *fonts)
{
  PangoAttrList *small = line_attrs (fonts->small, FALSE);
  PangoAttrList *count = line_attrs (fonts->countdown, TRUE);

  gtk_label_set_attributes (GTK_LABEL (self->live_address_label), small);
  gtk_label_set_attributes (GTK_LABEL (self->live_count_label), count);
  gtk_box_set_spacing (GTK_BOX (self->live_row), fonts->spacing);
  ds_live_join_set_screen_size (DS_LIVE_JOIN (self->live_join),
                                gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)));
  pango_attr_list_unref (small);
  pango_attr_list_unref (count);
}

/* Life cycle */

void
_ds_presentation_live_dispose (DsPresentationWindow *self)
{
  if (self->live_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->live_chooser, self);
      gtk_native_dialog_destroy (self->live_chooser);
      g_clear_object (&self->live_chooser);
    }
  if (self->live != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->live, self);
      g_signal_handlers_disconnect_by_data (ds_quiz_live_get_room (self->live), self);
      /* Every connection closed, the port shut: nothing of the class
       * stays listening after the presentation. */
      ds_quiz_live_stop (self->live);
      g_clear_object (&self->live);
    }
}

void
_ds_presentation_live_class_init (GtkWidgetClass *widget_class)
{
  signals[LIVE_CHANGED] =
    g_signal_new ("live-changed", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_type_ensure (DS_TYPE_LIVE_JOIN);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, live_join);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, live_row);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, live_address_label);
  gtk_widget_class_bind_template_child (widget_class, DsPresentationWindow, live_count_label);
}
