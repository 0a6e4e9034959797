/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Small widget helpers the pages share (ds-widgets.c), written once.
 */

/* Removes every child of a GtkBox, GtkListBox or GtkFlowBox. */
void _ds_widget_remove_children  (GtkWidget *container);
/* Unparents every child of @widget: for a template's top widget without
 * an id, which gtk_widget_dispose_template() leaves in place. */
void _ds_widget_unparent_children (GtkWidget *widget);

/* The widget of @page that should have the keyboard now, or NULL to leave
 * the focus where it is. */
typedef GtkWidget *(*DsFocusTargetFunc) (GtkWidget *page);

/* Gives the keyboard to @target's widget once the main loop is idle, if
 * @page is still shown then: a page switch moves the focus itself first. */
void _ds_widget_focus_when_idle (GtkWidget         *page,
                                 DsFocusTargetFunc  target);

G_END_DECLS
