/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-room-private.h"

/*
 * The room's state machine: seats, the run through the questions and the
 * answers. Tallies, the summary and the CSV are in ds-room-results.c;
 * codes, nicknames and tokens in ds-room-text.c.
 *
 * Error messages here are for logs and for the protocol's "error"
 * message, whose code the student's page shows in the student's own
 * language; they are not translated.
 */

G_DEFINE_FINAL_TYPE (DsRoom, ds_room, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_STATE,
  PROP_CURRENT,
  PROP_N_STUDENTS,
  PROP_SHOW_TOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STUDENT_JOINED,
  STUDENT_REJOINED,
  STUDENT_LEFT,
  ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Questions */

DsRoomQuestion *
ds_room_question_new (const char         *text,
                      const char * const *options,
                      guint               right)
{
  DsRoomQuestion *question;
  guint n = options ? g_strv_length ((char **) options) : 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (n < 2 || n > DS_ROOM_MAX_OPTIONS || right >= n)
    return NULL;

  question = g_new0 (DsRoomQuestion, 1);
  question->text = g_strdup (text);
  for (guint i = 0; i < n; i++)
    question->options[i] = g_strdup (options[i]);
  question->n_options = n;
  question->right = right;
  return question;
}

DsRoomQuestion *
ds_room_question_copy (const DsRoomQuestion *question)
{
  DsRoomQuestion *copy;

  g_return_val_if_fail (question != NULL, NULL);

  copy = g_new0 (DsRoomQuestion, 1);
  copy->text = g_strdup (question->text);
  for (guint i = 0; i < question->n_options; i++)
    copy->options[i] = g_strdup (question->options[i]);
  copy->n_options = question->n_options;
  copy->right = question->right;
  return copy;
}

void
ds_room_question_free (DsRoomQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->text);
  for (guint i = 0; i < DS_ROOM_MAX_OPTIONS; i++)
    g_free (question->options[i]);
  g_free (question);
}

/* Seats and rounds */

static void
seat_free (DsRoomSeat *seat)
{
  g_free (seat->nickname);
  g_free (seat->key);
  g_free (seat->token);
  g_array_unref (seat->answers);
  g_free (seat);
}

static void
round_free (DsRoomRound *round)
{
  ds_room_question_free (round->question);
  g_free (round);
}

DsRoomSeat *
_ds_room_lookup_seat (DsRoom *self,
                      guint   seat)
{
  if (seat == 0 || seat > self->seats->len)
    return NULL;
  return g_ptr_array_index (self->seats, seat - 1);
}

DsRoomRound *
_ds_room_lookup_round (DsRoom *self,
                       guint   question)
{
  if (question >= self->rounds->len)
    return NULL;
  return g_ptr_array_index (self->rounds, question);
}

const DsRoomAnswer *
_ds_room_seat_answer (const DsRoomSeat *seat,
                      guint             question)
{
  static const DsRoomAnswer none = { -1, 0 };

  if (question >= seat->answers->len)
    return &none;
  return &g_array_index (seat->answers, DsRoomAnswer, question);
}

const char *
_ds_room_seat_token (DsRoom *self,
                     guint   seat_number)
{
  DsRoomSeat *seat = _ds_room_lookup_seat (self, seat_number);

  return seat != NULL && seat->present ? seat->token : NULL;
}

/* GObject */

static void
ds_room_finalize (GObject *object)
{
  DsRoom *self = (DsRoom *) object;

  g_clear_pointer (&self->by_token, g_hash_table_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->seats, g_ptr_array_unref);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_free (self->code);

  G_OBJECT_CLASS (ds_room_parent_class)->finalize (object);
}

static void
ds_room_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DsRoom *self = DS_ROOM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_STATE:
      g_value_set_uint (value, self->state);
      break;
    case PROP_CURRENT:
      g_value_set_int (value, ds_room_get_current (self));
      break;
    case PROP_N_STUDENTS:
      g_value_set_uint (value, self->n_present);
      break;
    case PROP_SHOW_TOP:
      g_value_set_boolean (value, self->show_top);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_room_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DsRoom *self = DS_ROOM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      self->code = ds_room_code_normalize (g_value_get_string (value));
      break;
    case PROP_SHOW_TOP:
      ds_room_set_show_top (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_room_constructed (GObject *object)
{
  DsRoom *self = DS_ROOM (object);

  G_OBJECT_CLASS (ds_room_parent_class)->constructed (object);
  if (self->code == NULL)
    self->code = ds_room_code_generate ();
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A DsRoomState. */
  properties[PROP_STATE] =
    g_param_spec_uint ("state", NULL, NULL, DS_ROOM_LOBBY, DS_ROOM_SUMMARY, DS_ROOM_LOBBY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT] =
    g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STUDENTS] =
    g_param_spec_uint ("n-students", NULL, NULL, 0, DS_ROOM_MAX_STUDENTS, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TOP] =
    g_param_spec_boolean ("show-top", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
install_signals (GObjectClass *object_class)
{
  GType type = G_TYPE_FROM_CLASS (object_class);

  signals[STUDENT_JOINED] =
    g_signal_new ("student-joined", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[STUDENT_REJOINED] =
    g_signal_new ("student-rejoined", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[STUDENT_LEFT] =
    g_signal_new ("student-left", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  /* question, seat, option: emitted once per counted answer. */
  signals[ANSWERED] =
    g_signal_new ("answered", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
ds_room_class_init (DsRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_room_finalize;
  object_class->get_property = ds_room_get_property;
  object_class->set_property = ds_room_set_property;
  object_class->constructed = ds_room_constructed;
  install_properties (object_class);
  install_signals (object_class);
}

static void
ds_room_init (DsRoom *self)
{
  self->clock = ds_clock_monotonic_time;
  self->seats = g_ptr_array_new_with_free_func ((GDestroyNotify) seat_free);
  self->by_token = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) round_free);
  self->state = DS_ROOM_LOBBY;
}

DsRoom *
ds_room_new (const char *code)
{
  return g_object_new (DS_TYPE_ROOM, "code", code, NULL);
}

const char *
ds_room_get_code (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), NULL);
  return self->code;
}

void
ds_room_set_clock (DsRoom      *self,
                   DsClockFunc  clock,
                   gpointer     user_data)
{
  g_return_if_fail (DS_IS_ROOM (self));
  self->clock = clock ? clock : ds_clock_monotonic_time;
  self->clock_data = clock ? user_data : NULL;
}

gint64
ds_room_now (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  return self->clock (self->clock_data);
}

/* Seats */

static gboolean
check_code (DsRoom      *self,
            const char  *code,
            GError     **error)
{
  g_autofree char *normal = ds_room_code_normalize (code);

  if (normal != NULL && strcmp (normal, self->code) == 0)
    return TRUE;
  g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_WRONG_ROOM,
                       "There is no room with that code here");
  return FALSE;
}

static void
seat_answers_grow (DsRoom     *self,
                   DsRoomSeat *seat)
{
  static const DsRoomAnswer none = { -1, 0 };

  while (seat->answers->len < self->rounds->len)
    g_array_append_val (seat->answers, none);
}

static void
set_n_present (DsRoom *self,
               guint   n_present)
{
  self->n_present = n_present;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STUDENTS]);
}

static gboolean
check_nickname_free (DsRoom      *self,
                     const char  *key,
                     GError     **error)
{
  if (!g_hash_table_contains (self->by_key, key))
    return TRUE;
  g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NICKNAME_TAKEN,
                       "Someone in the room has that nickname already");
  return FALSE;
}

static gboolean
check_room_not_full (DsRoom  *self,
                     GError **error)
{
  if (self->n_present < DS_ROOM_MAX_STUDENTS)
    return TRUE;
  g_set_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_FULL,
               "The room is full (%d students)", DS_ROOM_MAX_STUDENTS);
  return FALSE;
}

static DsRoomSeat *
add_seat (DsRoom *self,
          char   *nickname,
          char   *key)
{
  DsRoomSeat *seat = g_new0 (DsRoomSeat, 1);

  seat->seat = self->seats->len + 1;
  seat->nickname = nickname;
  seat->key = key;
  seat->token = _ds_room_token_generate ();
  seat->present = TRUE;
  seat->answers = g_array_new (FALSE, FALSE, sizeof (DsRoomAnswer));
  seat_answers_grow (self, seat);
  g_ptr_array_add (self->seats, seat);
  g_hash_table_insert (self->by_token, seat->token, seat);
  g_hash_table_insert (self->by_key, seat->key, seat);
  return seat;
}

guint
ds_room_join (DsRoom      *self,
              const char  *code,
              const char  *nickname,
              char       **token,
              GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  g_return_val_if_fail (token != NULL, 0);

  if (!check_code (self, code, error))
    return 0;
  clean = ds_room_nickname_clean (nickname, error);
  if (clean == NULL)
    return 0;
  key = _ds_room_nickname_key (clean);
  if (!check_nickname_free (self, key, error) || !check_room_not_full (self, error))
    return 0;

  seat = add_seat (self, g_steal_pointer (&clean), g_steal_pointer (&key));
  *token = g_strdup (seat->token);
  set_n_present (self, self->n_present + 1);
  g_signal_emit (self, signals[STUDENT_JOINED], 0, seat->seat);
  return seat->seat;
}

guint
ds_room_rejoin (DsRoom      *self,
                const char  *code,
                const char  *token,
                GError     **error)
{
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);

  if (!check_code (self, code, error))
    return 0;
  seat = token ? g_hash_table_lookup (self->by_token, token) : NULL;
  if (seat == NULL)
    {
      g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT,
                           "This room has no seat for that token");
      return 0;
    }
  g_signal_emit (self, signals[STUDENT_REJOINED], 0, seat->seat);
  return seat->seat;
}

gboolean
ds_room_leave (DsRoom *self,
               guint   seat_number)
{
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  seat = _ds_room_lookup_seat (self, seat_number);
  if (seat == NULL || !seat->present)
    return FALSE;
  g_hash_table_remove (self->by_token, seat->token);
  g_hash_table_remove (self->by_key, seat->key);
  seat->present = FALSE;
  set_n_present (self, self->n_present - 1);
  g_signal_emit (self, signals[STUDENT_LEFT], 0, seat->seat);
  return TRUE;
}

guint
ds_room_get_n_students (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  return self->n_present;
}

guint
ds_room_get_n_seats (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  return self->seats->len;
}

gboolean
ds_room_seat_is_present (DsRoom *self,
                         guint   seat_number)
{
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);
  seat = _ds_room_lookup_seat (self, seat_number);
  return seat != NULL && seat->present;
}

const char *
ds_room_get_nickname (DsRoom *self,
                      guint   seat_number)
{
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), NULL);
  seat = _ds_room_lookup_seat (self, seat_number);
  return seat ? seat->nickname : NULL;
}

/* The run through the questions */

static void
set_state (DsRoom      *self,
           DsRoomState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static DsRoomRound *
current_round (DsRoom *self)
{
  if (self->rounds->len == 0)
    return NULL;
  return g_ptr_array_index (self->rounds, self->rounds->len - 1);
}

guint
ds_room_open_question (DsRoom               *self,
                       const DsRoomQuestion *question,
                       guint                 seconds)
{
  DsRoomRound *round;

  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  g_return_val_if_fail (question != NULL, 0);
  g_return_val_if_fail (question->n_options >= 2 &&
                        question->n_options <= DS_ROOM_MAX_OPTIONS &&
                        question->right < question->n_options, 0);

  ds_room_close (self);
  round = g_new0 (DsRoomRound, 1);
  round->question = ds_room_question_copy (question);
  round->opened_us = ds_room_now (self);
  if (seconds > 0)
    round->deadline_us = round->opened_us + (gint64) seconds * G_USEC_PER_SEC;
  g_ptr_array_add (self->rounds, round);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  set_state (self, DS_ROOM_OPEN);
  g_object_thaw_notify (G_OBJECT (self));
  return self->rounds->len - 1;
}

gboolean
ds_room_close (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  if (self->state != DS_ROOM_OPEN)
    return FALSE;
  set_state (self, DS_ROOM_CLOSED);
  return TRUE;
}

gboolean
ds_room_reveal (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  if (self->state != DS_ROOM_OPEN && self->state != DS_ROOM_CLOSED)
    return FALSE;
  ds_room_close (self);
  set_state (self, DS_ROOM_REVEALED);
  return TRUE;
}

gboolean
ds_room_show_summary (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  if (self->state == DS_ROOM_SUMMARY)
    return FALSE;
  ds_room_close (self);
  set_state (self, DS_ROOM_SUMMARY);
  return TRUE;
}

gboolean
ds_room_tick (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  if (self->state != DS_ROOM_OPEN || ds_room_get_remaining (self) != 0)
    return FALSE;
  return ds_room_close (self);
}

void
ds_room_set_n_planned (DsRoom *self,
                       guint   n_planned)
{
  g_return_if_fail (DS_IS_ROOM (self));
  self->n_planned = n_planned;
}

guint
ds_room_get_n_planned (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  return self->n_planned;
}

DsRoomState
ds_room_get_state (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), DS_ROOM_LOBBY);
  return self->state;
}

int
ds_room_get_current (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), -1);
  return (int) self->rounds->len - 1;
}

guint
ds_room_get_n_questions (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), 0);
  return self->rounds->len;
}

const DsRoomQuestion *
ds_room_get_question (DsRoom *self,
                      guint   index)
{
  DsRoomRound *round;

  g_return_val_if_fail (DS_IS_ROOM (self), NULL);
  round = _ds_room_lookup_round (self, index);
  return round ? round->question : NULL;
}

gint64
ds_room_get_remaining (DsRoom *self)
{
  DsRoomRound *round;

  g_return_val_if_fail (DS_IS_ROOM (self), -1);

  round = current_round (self);
  if (self->state != DS_ROOM_OPEN || round == NULL || round->deadline_us == 0)
    return -1;
  return MAX (round->deadline_us - ds_room_now (self), 0);
}

/* Answers */

static gboolean
check_open (DsRoom      *self,
            guint        question,
            GError     **error)
{
  if (question >= self->rounds->len)
    {
      g_set_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_NO_QUESTION,
                   "There is no question %u", question + 1);
      return FALSE;
    }
  if (self->state != DS_ROOM_OPEN || question + 1 != self->rounds->len ||
      ds_room_get_remaining (self) == 0)
    {
      g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_CLOSED,
                           "Answers to this question are closed");
      return FALSE;
    }
  return TRUE;
}

static DsRoomSeat *
check_seat (DsRoom      *self,
            guint        seat_number,
            GError     **error)
{
  DsRoomSeat *seat = _ds_room_lookup_seat (self, seat_number);

  if (seat != NULL && seat->present)
    return seat;
  g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_UNKNOWN_SEAT,
                       "This room has no such seat");
  return NULL;
}

static gboolean
check_option (DsRoomRound  *round,
              DsRoomSeat   *seat,
              guint         question,
              guint         option,
              GError      **error)
{
  if (option >= round->question->n_options)
    {
      g_set_error (error, DS_ROOM_ERROR, DS_ROOM_ERROR_INVALID_OPTION,
                   "This question has %u options", round->question->n_options);
      return FALSE;
    }
  if (_ds_room_seat_answer (seat, question)->option >= 0)
    {
      g_set_error_literal (error, DS_ROOM_ERROR, DS_ROOM_ERROR_ALREADY_ANSWERED,
                           "This seat has answered the question already");
      return FALSE;
    }
  return TRUE;
}

gboolean
ds_room_answer (DsRoom      *self,
                guint        seat_number,
                guint        question,
                guint        option,
                GError     **error)
{
  DsRoomSeat *seat;
  DsRoomRound *round;
  DsRoomAnswer *answer;

  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);

  seat = check_seat (self, seat_number, error);
  if (seat == NULL || !check_open (self, question, error))
    return FALSE;
  round = _ds_room_lookup_round (self, question);
  if (!check_option (round, seat, question, option, error))
    return FALSE;

  seat_answers_grow (self, seat);
  answer = &g_array_index (seat->answers, DsRoomAnswer, question);
  answer->option = (int) option;
  answer->time_us = ds_room_now (self) - round->opened_us;
  round->counts[option]++;
  round->n_answers++;
  g_signal_emit (self, signals[ANSWERED], 0, question, seat->seat, option);
  return TRUE;
}

int
ds_room_get_answer (DsRoom *self,
                    guint   seat_number,
                    guint   question)
{
  DsRoomSeat *seat;

  g_return_val_if_fail (DS_IS_ROOM (self), -1);
  seat = _ds_room_lookup_seat (self, seat_number);
  return seat ? _ds_room_seat_answer (seat, question)->option : -1;
}

gboolean
ds_room_get_show_top (DsRoom *self)
{
  g_return_val_if_fail (DS_IS_ROOM (self), FALSE);
  return self->show_top;
}

void
ds_room_set_show_top (DsRoom   *self,
                      gboolean  show_top)
{
  g_return_if_fail (DS_IS_ROOM (self));

  show_top = !!show_top;
  if (self->show_top == show_top)
    return;
  self->show_top = show_top;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TOP]);
}
