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

/* Names @widget for screen readers by @label alone. GTK 4.8 says a
 * widget's own label and the labels that name it (a row's title, a
 * mnemonic label) one after the other: "Title: 40% Title". */
void _ds_widget_set_accessible_label (GtkWidget  *widget,
                                      const char *label);
/* GTK 4.8 names a button with a mnemonic twice, its label with the
 * underscore and the label again ("_Save Save"): each button under
 * @root (itself included) that has one is named by its label as it
 * reads ("Save"). */
void _ds_widget_fix_mnemonic_names   (GtkWidget  *root);

/* The first widget of @type under @root (itself included) and, when
 * @icon_name is given, showing that icon; NULL if none. For naming the
 * icon-only buttons and entries inside GTK's and libadwaita's own
 * widgets, which GTK 4.8 leaves unnamed. */
GtkWidget *_ds_widget_find_descendant (GtkWidget  *root,
                                       GType       type,
                                       const char *icon_name);
/* Gives the widget _ds_widget_find_descendant() finds the accessible
 * name @label, if there is one. */
void _ds_widget_name_descendant       (GtkWidget  *root,
                                       GType       type,
                                       const char *icon_name,
                                       const char *label);

/* gtk_text_view_add_overlay (), without the block GTK 4.8 leaks for it
 * counted as a leak of ours in the sanitizer build (see ds-widgets.c). */
void _ds_text_view_add_overlay        (GtkTextView *text_view,
                                       GtkWidget   *child,
                                       int          xpos,
                                       int          ypos);

G_END_DECLS
