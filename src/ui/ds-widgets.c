/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-widgets-private.h"

void
_ds_widget_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

void
_ds_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

typedef struct {
  GtkWidget         *page;
  DsFocusTargetFunc  target;
} FocusLater;

static void
focus_later_free (FocusLater *later)
{
  g_object_unref (later->page);
  g_free (later);
}

static gboolean
focus_idle_cb (gpointer data)
{
  FocusLater *later = data;
  GtkWidget *widget;

  if (!gtk_widget_get_mapped (later->page))
    return G_SOURCE_REMOVE;
  widget = later->target (later->page);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
  return G_SOURCE_REMOVE;
}

void
_ds_widget_focus_when_idle (GtkWidget         *page,
                            DsFocusTargetFunc  target)
{
  FocusLater *later = g_new0 (FocusLater, 1);

  later->page = g_object_ref (page);
  later->target = target;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_idle_cb, later,
                   (GDestroyNotify) focus_later_free);
}
