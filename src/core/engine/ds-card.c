/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-card.h"

struct _DsCard
{
  GObject     parent_instance;

  char       *id;
  char       *essay_id;
  DsCardKind  kind;
  char       *question;
  char       *answer;
  GStrv       items;
  guint       expected_count;
  GStrv       choices;
  int         correct_choice;
  guint       source_start;
  guint       source_end;
  char       *source_text;
  char       *topic;
  GPtrArray  *warnings;      /* NULL-terminated array of char * */
};

G_DEFINE_FINAL_TYPE (DsCard, ds_card, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ESSAY_ID,
  PROP_KIND,
  PROP_QUESTION,
  PROP_ANSWER,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An empty NULL-terminated vector, so that getters never return NULL. */
static const char * const empty_strv[] = { NULL };

static const char * const kind_names[] = {
  [DS_CARD_LIST] = "list",
  [DS_CARD_DEFINITION] = "definition",
  [DS_CARD_FACT] = "fact",
  [DS_CARD_CLOZE] = "cloze",
  [DS_CARD_TRUE_FALSE] = "true_false",
  [DS_CARD_MULTIPLE_CHOICE] = "multiple_choice",
};

static void
ds_card_finalize (GObject *object)
{
  DsCard *self = (DsCard *) object;

  g_free (self->id);
  g_free (self->essay_id);
  g_free (self->question);
  g_free (self->answer);
  g_strfreev (self->items);
  g_strfreev (self->choices);
  g_free (self->source_text);
  g_free (self->topic);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (ds_card_parent_class)->finalize (object);
}

static void
ds_card_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DsCard *self = DS_CARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ESSAY_ID:
      g_value_set_string (value, self->essay_id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_card_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DsCard *self = DS_CARD (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      ds_card_set_question (self, g_value_get_string (value));
      break;
    case PROP_ANSWER:
      ds_card_set_answer (self, g_value_get_string (value));
      break;
    case PROP_TOPIC:
      ds_card_set_topic (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_card_class_init (DsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_card_finalize;
  object_class->get_property = ds_card_get_property;
  object_class->set_property = ds_card_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESSAY_ID] =
    g_param_spec_string ("essay-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      DS_CARD_LIST, DS_CARD_MULTIPLE_CHOICE, DS_CARD_FACT,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_card_init (DsCard *self)
{
  self->correct_choice = -1;
}

/**
 * ds_card_new:
 *
 * Builds a card. Plain field assignment rather than construct properties:
 * the generator builds thousands of cards per megabyte of essays, and
 * g_object_new() with property values is measurably slower.
 */
DsCard *
ds_card_new (const char *id,
             const char *essay_id,
             DsCardKind  kind,
             const char *question,
             const char *answer)
{
  DsCard *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (essay_id != NULL, NULL);
  g_return_val_if_fail (kind <= DS_CARD_MULTIPLE_CHOICE, NULL);

  self = g_object_new (DS_TYPE_CARD, NULL);
  self->id = g_strdup (id);
  self->essay_id = g_strdup (essay_id);
  self->kind = kind;
  self->question = g_strdup (question ? question : "");
  self->answer = g_strdup (answer ? answer : "");

  return self;
}

const char *
ds_card_get_id (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->id;
}

const char *
ds_card_get_essay_id (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->essay_id;
}

DsCardKind
ds_card_get_kind (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), DS_CARD_FACT);
  return self->kind;
}

const char *
ds_card_get_question (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->question;
}

void
ds_card_set_question (DsCard     *self,
                      const char *question)
{
  g_return_if_fail (DS_IS_CARD (self));

  if (question == NULL)
    question = "";
  if (g_strcmp0 (self->question, question) == 0)
    return;

  g_free (self->question);
  self->question = g_strdup (question);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

const char *
ds_card_get_answer (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->answer;
}

void
ds_card_set_answer (DsCard     *self,
                    const char *answer)
{
  g_return_if_fail (DS_IS_CARD (self));

  if (answer == NULL)
    answer = "";
  if (g_strcmp0 (self->answer, answer) == 0)
    return;

  g_free (self->answer);
  self->answer = g_strdup (answer);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

const char * const *
ds_card_get_items (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), empty_strv);
  return self->items ? (const char * const *) self->items : empty_strv;
}

void
ds_card_set_items (DsCard             *self,
                   const char * const *items)
{
  g_return_if_fail (DS_IS_CARD (self));

  g_strfreev (self->items);
  self->items = (items && items[0]) ? g_strdupv ((char **) items) : NULL;
}

guint
ds_card_get_expected_count (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), 0);
  return self->expected_count;
}

void
ds_card_set_expected_count (DsCard *self,
                            guint   count)
{
  g_return_if_fail (DS_IS_CARD (self));
  self->expected_count = count;
}

const char * const *
ds_card_get_choices (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), empty_strv);
  return self->choices ? (const char * const *) self->choices : empty_strv;
}

int
ds_card_get_correct_choice (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), -1);
  return self->correct_choice;
}

void
ds_card_set_choices (DsCard             *self,
                     const char * const *choices,
                     int                 correct_choice)
{
  guint n;

  g_return_if_fail (DS_IS_CARD (self));

  n = choices ? g_strv_length ((char **) choices) : 0;
  g_return_if_fail (n == 0 ? correct_choice == -1 :
                    (correct_choice >= 0 && (guint) correct_choice < n));

  g_strfreev (self->choices);
  self->choices = n > 0 ? g_strdupv ((char **) choices) : NULL;
  self->correct_choice = correct_choice;
}

guint
ds_card_get_source_start (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), 0);
  return self->source_start;
}

guint
ds_card_get_source_end (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), 0);
  return self->source_end;
}

const char *
ds_card_get_source_text (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->source_text;
}

void
ds_card_set_source (DsCard     *self,
                    guint       start,
                    guint       end,
                    const char *text)
{
  g_return_if_fail (DS_IS_CARD (self));
  g_return_if_fail (start <= end);

  self->source_start = start;
  self->source_end = end;
  g_free (self->source_text);
  self->source_text = g_strdup (text);
}

const char *
ds_card_get_topic (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), NULL);
  return self->topic;
}

void
ds_card_set_topic (DsCard     *self,
                   const char *topic)
{
  g_return_if_fail (DS_IS_CARD (self));

  if (g_strcmp0 (self->topic, topic) == 0)
    return;

  g_free (self->topic);
  self->topic = g_strdup (topic);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

const char * const *
ds_card_get_warnings (DsCard *self)
{
  g_return_val_if_fail (DS_IS_CARD (self), empty_strv);

  if (self->warnings == NULL)
    return empty_strv;
  return (const char * const *) self->warnings->pdata;
}

void
ds_card_add_warning (DsCard     *self,
                     const char *warning)
{
  g_return_if_fail (DS_IS_CARD (self));
  g_return_if_fail (warning != NULL);

  if (self->warnings == NULL)
    self->warnings = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

const char *
ds_card_kind_to_string (DsCardKind kind)
{
  g_return_val_if_fail (kind <= DS_CARD_MULTIPLE_CHOICE, NULL);
  return kind_names[kind];
}

gboolean
ds_card_kind_from_string (const char *str,
                          DsCardKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (str, kind_names[i]) == 0)
      {
        *kind = (DsCardKind) i;
        return TRUE;
      }

  return FALSE;
}
