/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsCardRow"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-card-row.h"
#include "ds-widgets-private.h"

struct _DsCardRow
{
  GtkWidget  parent_instance;

  DsSession *session;
  DsCard    *card;

  /* Template children. */
  GtkLabel  *question_label;
  GtkLabel  *meta_label;
};

G_DEFINE_FINAL_TYPE (DsCardRow, ds_card_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
kind_name (DsCardKind kind)
{
  switch (kind)
    {
    case DS_CARD_LIST:
      return _("List");
    case DS_CARD_DEFINITION:
      return _("Definition");
    case DS_CARD_FACT:
      return _("Fact");
    case DS_CARD_CLOZE:
      return _("Fill in the blank");
    case DS_CARD_TRUE_FALSE:
      return _("True or false");
    case DS_CARD_MULTIPLE_CHOICE:
    default:
      return _("Multiple choice");
    }
}

char *
_ds_card_describe (DsSession *session,
                   DsCard    *card,
                   gboolean   with_essay)
{
  DsDeck *deck = ds_session_get_deck (session);
  GString *meta = g_string_new (kind_name (ds_card_get_kind (card)));

  if (with_essay)
    g_string_append_printf (meta, " · %s",
                            ds_session_get_essay_title (session, ds_card_get_essay_id (card)));
  if (ds_progress_is_suspended (ds_session_get_progress (session), ds_card_get_id (card)))
    g_string_append_printf (meta, " · %s", _("Suspended"));
  if (ds_deck_is_edited (deck, card))
    g_string_append_printf (meta, " · %s", _("Edited"));
  return g_string_free (meta, FALSE);
}

void
_ds_card_append_choices (GString *text,
                         DsCard  *card)
{
  const char * const *choices = ds_card_get_choices (card);

  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    g_string_append_printf (text, "%s%c. %s%s", text->len > 0 ? "\n" : "", 'A' + i, choices[i],
                            (int) i == ds_card_get_correct_choice (card) ? " ✓" : "");
}

/* Card text is shown as text, never markup. */
static void
update (DsCardRow *self)
{
  g_autofree char *meta = NULL;

  if (self->card == NULL)
    return;
  meta = _ds_card_describe (self->session, self->card, TRUE);
  gtk_label_set_text (self->question_label, ds_card_get_question (self->card));
  gtk_label_set_text (self->meta_label, meta);
}

static void
progress_changed_cb (DsCardRow  *self,
                     const char *card_id)
{
  if (self->card != NULL && (card_id == NULL || g_strcmp0 (card_id, ds_card_get_id (self->card)) == 0))
    update (self);
}

static void
ds_card_row_constructed (GObject *object)
{
  DsCardRow *self = DS_CARD_ROW (object);

  G_OBJECT_CLASS (ds_card_row_parent_class)->constructed (object);

  /* Suspensions and edits show at once in the row. */
  g_signal_connect_object (ds_session_get_progress (self->session), "changed",
                           G_CALLBACK (progress_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
ds_card_row_dispose (GObject *object)
{
  DsCardRow *self = DS_CARD_ROW (object);

  ds_card_row_set_card (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_CARD_ROW);
  _ds_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (ds_card_row_parent_class)->dispose (object);
}

static void
ds_card_row_finalize (GObject *object)
{
  DsCardRow *self = DS_CARD_ROW (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (ds_card_row_parent_class)->finalize (object);
}

static void
ds_card_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsCardRow *self = DS_CARD_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_card_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DsCardRow *self = DS_CARD_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CARD:
      ds_card_row_set_card (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_card_row_class_init (DsCardRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_card_row_constructed;
  object_class->dispose = ds_card_row_dispose;
  object_class->finalize = ds_card_row_finalize;
  object_class->get_property = ds_card_row_get_property;
  object_class->set_property = ds_card_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, DS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL, DS_TYPE_CARD,
                         G_PARAM_READWRITE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-card-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DsCardRow, question_label);
  gtk_widget_class_bind_template_child (widget_class, DsCardRow, meta_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ds_card_row_init (DsCardRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ds_card_row_new (DsSession *session)
{
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_CARD_ROW, "session", session, NULL);
}

DsCard *
ds_card_row_get_card (DsCardRow *self)
{
  g_return_val_if_fail (DS_IS_CARD_ROW (self), NULL);

  return self->card;
}

void
ds_card_row_set_card (DsCardRow *self,
                      DsCard    *card)
{
  g_return_if_fail (DS_IS_CARD_ROW (self));
  g_return_if_fail (card == NULL || DS_IS_CARD (card));

  if (self->card == card)
    return;
  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);
  g_set_object (&self->card, card);
  /* An edit shows at once in the row. */
  if (card != NULL)
    g_signal_connect_object (card, "notify::question", G_CALLBACK (update), self,
                             G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}
