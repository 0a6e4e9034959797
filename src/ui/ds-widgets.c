/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-widgets-private.h"

#if defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define DS_LEAK_CHECKS 1
# endif
#endif
#if defined(__SANITIZE_ADDRESS__)
# define DS_LEAK_CHECKS 1
#endif
#ifdef DS_LEAK_CHECKS
# include <sanitizer/lsan_interface.h>
#endif

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

void
_ds_widget_set_accessible_label (GtkWidget  *widget,
                                 const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* "Show _Source" as it reads: "Show Source" ("__" is an underscore). */
static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
_ds_widget_fix_mnemonic_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  /* The button's own label, without its underscore, and nothing else. */
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *text = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      _ds_widget_set_accessible_label (root, text);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    _ds_widget_fix_mnemonic_names (child);
}

static gboolean
shows_icon (GtkWidget  *widget,
            const char *icon_name)
{
  if (icon_name == NULL)
    return TRUE;
  if (GTK_IS_BUTTON (widget))
    return g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
  if (GTK_IS_MENU_BUTTON (widget))
    return g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon_name) == 0;
  return FALSE;
}

GtkWidget *
_ds_widget_find_descendant (GtkWidget  *root,
                            GType       type,
                            const char *icon_name)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && shows_icon (root, icon_name))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = _ds_widget_find_descendant (child, type, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
_ds_widget_name_descendant (GtkWidget  *root,
                            GType       type,
                            const char *icon_name,
                            const char *label)
{
  GtkWidget *widget = _ds_widget_find_descendant (root, type, icon_name);

  if (widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* GTK 4.8 keeps a text view's overlays in a GQueue: it pushes each with
 * g_queue_push_tail (), which allocates a list node of its own, and takes
 * it out with g_queue_unlink () of the link inside the overlay, so that
 * node (24 bytes) is never freed — once per overlay, so once per reader
 * page and window. The leak is GTK's, but the sanitizer's fast unwinder
 * stops at g_malloc (GLib has no frame pointers), so no suppression in
 * build-aux/lsan.supp can name GTK for it: what this one call allocates
 * is left out of the leak check instead, and everything else is not. */
void
_ds_text_view_add_overlay (GtkTextView *text_view,
                           GtkWidget   *child,
                           int          xpos,
                           int          ypos)
{
#ifdef DS_LEAK_CHECKS
  __lsan_disable ();
#endif
  gtk_text_view_add_overlay (text_view, child, xpos, ypos);
#ifdef DS_LEAK_CHECKS
  __lsan_enable ();
#endif
}
