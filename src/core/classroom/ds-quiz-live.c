/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsQuizLive"

#include "config.h"

#include "ds-quiz-live.h"

/*
 * The run is the lecturer's; the room follows it. Every change of the run
 * (a slide, a reveal, the countdown) brings the room to the same place in
 * follow_run(), which may be called any number of times: it only ever moves the
 * room forward to where the run is.
 */

struct _DsQuizLive
{
  GObject        parent_instance;

  DsQuizRun     *run;
  DsRoom        *room;
  DsRoomServer  *server;
  GArray        *questions;   /* int per slide: the room's question, or -1 */
  gboolean       running;
};

G_DEFINE_FINAL_TYPE (DsQuizLive, ds_quiz_live, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (DsQuizLive *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
ds_quiz_live_slide_is_askable (const DsSlide *slide)
{
  guint n;

  if (slide == NULL || slide->kind != DS_SLIDE_QUESTION)
    return FALSE;
  n = ds_slide_get_n_choices (slide);
  return n >= 2 && n <= DS_ROOM_MAX_OPTIONS &&
         slide->correct_choice >= 0 && (guint) slide->correct_choice < n;
}

static guint
count_askable (DsQuizRun *run)
{
  guint n = 0;

  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    n += ds_quiz_live_slide_is_askable (ds_quiz_run_get_slide (run, i));
  return n;
}

/* Following the run */

static int
ask (DsQuizLive    *self,
     guint          index,
     const DsSlide *slide)
{
  g_autoptr(DsRoomQuestion) question =
    ds_room_question_new (slide->question, (const char * const *) slide->choices,
                          (guint) slide->correct_choice);
  int asked;

  /* Without a countdown of the room's own: the run's countdown (which
   * starts with T, once the slide is up) closes the answers at zero. */
  asked = (int) ds_room_open_question (self->room, question, 0);
  g_array_index (self->questions, int, index) = asked;
  return asked;
}

static void
follow_run (DsQuizLive *self)
{
  guint index = ds_quiz_run_get_index (self->run);
  const DsSlide *slide = ds_quiz_run_get_current (self->run);
  gboolean revealed = ds_quiz_run_get_answer_revealed (self->run);
  int asked;

  if (!self->running || slide == NULL)
    return;
  if (slide->kind == DS_SLIDE_SUMMARY)
    {
      ds_room_show_summary (self->room);
      return;
    }

  asked = g_array_index (self->questions, int, index);
  if (asked < 0 && !revealed && ds_quiz_live_slide_is_askable (slide))
    asked = ask (self, index, slide);
  /* On any other slide the room's last question takes no more answers:
   * an answer always belongs to the slide on the screen. */
  if (asked < 0 || asked != ds_room_get_current (self->room))
    ds_room_close (self->room);
  else if (revealed)
    ds_room_reveal (self->room);
  else if (ds_quiz_run_get_countdown_state (self->run) == DS_COUNTDOWN_EXPIRED)
    ds_room_close (self->room);
}

static void
run_changed_cb (DsQuizRun  *run,
                DsQuizLive *self)
{
  follow_run (self);
}

/* The room's events */

/* An answer is a hand on its slide, which is the current one (see
 * follow_run()). */
static void
answered_cb (DsRoom     *room,
             guint       question,
             guint       seat,
             guint       option,
             DsQuizLive *self)
{
  if (ds_quiz_live_get_question (self, ds_quiz_run_get_index (self->run)) == (int) question)
    ds_quiz_run_add_hand (self->run, option, 1);
  emit_changed (self);
}

static void
room_changed_cb (DsQuizLive *self)
{
  emit_changed (self);
}

/* Starting and stopping */

gboolean
ds_quiz_live_start (DsQuizLive  *self,
                    const char  *address,
                    guint        port,
                    GError     **error)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  if (!ds_room_server_start (self->server, address, port, error))
    return FALSE;
  self->running = TRUE;
  follow_run (self);
  emit_changed (self);
  return TRUE;
}

void
ds_quiz_live_stop (DsQuizLive *self)
{
  g_return_if_fail (DS_IS_QUIZ_LIVE (self));

  if (!self->running)
    return;
  self->running = FALSE;
  /* The students' pages hear "bye" "stopped" and every connection ends;
   * no answer can come after this. */
  ds_room_server_stop (self->server);
  ds_room_close (self->room);
  emit_changed (self);
}

gboolean
ds_quiz_live_is_running (DsQuizLive *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), FALSE);
  return self->running;
}

/* Reading */

DsQuizRun *
ds_quiz_live_get_run (DsQuizLive *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), NULL);
  return self->run;
}

DsRoom *
ds_quiz_live_get_room (DsQuizLive *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), NULL);
  return self->room;
}

DsRoomServer *
ds_quiz_live_get_server (DsQuizLive *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), NULL);
  return self->server;
}

int
ds_quiz_live_get_question (DsQuizLive *self,
                           guint       index)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), -1);

  if (index >= self->questions->len)
    return -1;
  return g_array_index (self->questions, int, index);
}

guint
ds_quiz_live_get_n_asked (DsQuizLive *self)
{
  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), 0);
  return ds_room_get_n_questions (self->room);
}

gboolean
ds_quiz_live_is_open (DsQuizLive *self)
{
  int asked;

  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), FALSE);

  asked = ds_quiz_live_get_question (self, ds_quiz_run_get_index (self->run));
  return self->running && asked >= 0 && asked == ds_room_get_current (self->room) &&
         ds_room_get_state (self->room) == DS_ROOM_OPEN;
}

guint
ds_quiz_live_get_n_answered (DsQuizLive *self)
{
  int asked;

  g_return_val_if_fail (DS_IS_QUIZ_LIVE (self), 0);

  asked = ds_quiz_live_get_question (self, ds_quiz_run_get_index (self->run));
  return asked >= 0 ? ds_room_get_n_answers (self->room, (guint) asked) : 0;
}

/* GObject */

static void
ds_quiz_live_dispose (GObject *object)
{
  DsQuizLive *self = DS_QUIZ_LIVE (object);

  if (self->server != NULL)
    ds_room_server_stop (self->server);
  self->running = FALSE;
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  if (self->room != NULL)
    g_signal_handlers_disconnect_by_data (self->room, self);
  g_clear_object (&self->server);
  g_clear_object (&self->room);
  g_clear_object (&self->run);

  G_OBJECT_CLASS (ds_quiz_live_parent_class)->dispose (object);
}

static void
ds_quiz_live_finalize (GObject *object)
{
  DsQuizLive *self = DS_QUIZ_LIVE (object);

  g_clear_pointer (&self->questions, g_array_unref);

  G_OBJECT_CLASS (ds_quiz_live_parent_class)->finalize (object);
}

static void
ds_quiz_live_class_init (DsQuizLiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ds_quiz_live_dispose;
  object_class->finalize = ds_quiz_live_finalize;

  /* Anything a view of it shows changed: a student joined or left, an
   * answer came, the room moved on, the server started or stopped. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ds_quiz_live_init (DsQuizLive *self)
{
}

static void
connect_room (DsQuizLive *self)
{
  static const char * const events[] = {
    "student-joined", "student-rejoined", "student-left", "notify::state",
  };

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    g_signal_connect_swapped (self->room, events[i], G_CALLBACK (room_changed_cb), self);
  g_signal_connect (self->room, "answered", G_CALLBACK (answered_cb), self);
}

DsQuizLive *
ds_quiz_live_new (DsQuizRun  *run,
                  const char *code)
{
  DsQuizLive *self;
  int none = -1;

  g_return_val_if_fail (DS_IS_QUIZ_RUN (run), NULL);

  self = g_object_new (DS_TYPE_QUIZ_LIVE, NULL);
  self->run = g_object_ref (run);
  self->room = ds_room_new (code);
  self->server = ds_room_server_new (self->room);
  self->questions = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < ds_quiz_run_get_n_slides (run); i++)
    g_array_append_val (self->questions, none);
  ds_room_set_n_planned (self->room, count_askable (run));
  connect_room (self);
  g_signal_connect (run, "changed", G_CALLBACK (run_changed_cb), self);
  return self;
}
