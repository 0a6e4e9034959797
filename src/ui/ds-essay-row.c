/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsEssayRow"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-essay-row.h"

struct _DsEssayRow
{
  GtkListBoxRow  parent_instance;

  DsEssay       *essay;
  double         progress;

  /* Template children. */
  GtkLabel      *title_label;
  GtkLevelBar   *level_bar;
  GtkLabel      *percent_label;
};

G_DEFINE_FINAL_TYPE (DsEssayRow, ds_essay_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ESSAY,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
essay_title (DsEssayRow *self)
{
  const char *title = ds_essay_get_title (self->essay);

  return title && *title ? title : ds_essay_get_id (self->essay);
}

/* The bar, the figure beside it and what a screen reader says. */
static void
update_progress (DsEssayRow *self)
{
  const char *title = ds_essay_get_title (self->essay);
  int percent = (int) (self->progress * 100 + 0.5);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  /* Translators: how much of an essay has been read, e.g. "42%". */
  text = g_strdup_printf (_("%d%%"), percent);
  gtk_level_bar_set_value (self->level_bar, self->progress);
  gtk_label_set_text (self->percent_label, text);

  /* Translators: an essay in the sidebar for screen readers: its title and
   * how much of it has been read. */
  description = g_strdup_printf (_("%s, %d%% read"), title ? title : "", percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
set_essay (DsEssayRow *self,
           DsEssay    *essay)
{
  g_assert (self->essay == NULL);

  self->essay = g_object_ref (essay);
  /* Essay titles are shown as text, never as markup. */
  gtk_label_set_text (self->title_label, essay_title (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), ds_essay_get_title (essay));
  update_progress (self);
}

static void
ds_essay_row_finalize (GObject *object)
{
  DsEssayRow *self = DS_ESSAY_ROW (object);

  g_clear_object (&self->essay);

  G_OBJECT_CLASS (ds_essay_row_parent_class)->finalize (object);
}

static void
ds_essay_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsEssayRow *self = DS_ESSAY_ROW (object);

  switch (prop_id)
    {
    case PROP_ESSAY:
      g_value_set_object (value, self->essay);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_essay_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DsEssayRow *self = DS_ESSAY_ROW (object);

  switch (prop_id)
    {
    case PROP_ESSAY:
      set_essay (self, g_value_get_object (value));
      break;
    case PROP_PROGRESS:
      ds_essay_row_set_progress (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_essay_row_class_init (DsEssayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_essay_row_finalize;
  object_class->get_property = ds_essay_row_get_property;
  object_class->set_property = ds_essay_row_set_property;

  properties[PROP_ESSAY] =
    g_param_spec_object ("essay", NULL, NULL, DS_TYPE_ESSAY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READWRITE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-essay-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DsEssayRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsEssayRow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, DsEssayRow, percent_label);
}

static void
ds_essay_row_init (DsEssayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The default offsets colour a low level as a warning; progress is not. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

GtkWidget *
ds_essay_row_new (DsEssay *essay)
{
  g_return_val_if_fail (DS_IS_ESSAY (essay), NULL);

  return g_object_new (DS_TYPE_ESSAY_ROW, "essay", essay, NULL);
}

DsEssay *
ds_essay_row_get_essay (DsEssayRow *self)
{
  g_return_val_if_fail (DS_IS_ESSAY_ROW (self), NULL);

  return self->essay;
}

double
ds_essay_row_get_progress (DsEssayRow *self)
{
  g_return_val_if_fail (DS_IS_ESSAY_ROW (self), 0);

  return self->progress;
}

void
ds_essay_row_set_progress (DsEssayRow *self,
                           double      progress)
{
  g_return_if_fail (DS_IS_ESSAY_ROW (self));

  progress = CLAMP (progress, 0.0, 1.0);
  if (progress == self->progress)
    return;
  self->progress = progress;
  update_progress (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}
