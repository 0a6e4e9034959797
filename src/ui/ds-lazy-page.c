/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsLazyPage"

#include "config.h"

#include "ds-lazy-page.h"

struct _DsLazyPage
{
  AdwBin          parent_instance;

  GtkWidget      *page;       /* waiting outside the tree, or NULL */
  DsLazyPageFunc  create;
  gpointer        user_data;
  GDestroyNotify  destroy;
};

G_DEFINE_FINAL_TYPE (DsLazyPage, ds_lazy_page, ADW_TYPE_BIN)

static void
clear_create (DsLazyPage *self)
{
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  self->create = NULL;
  self->user_data = NULL;
  self->destroy = NULL;
}

static void
ds_lazy_page_dispose (GObject *object)
{
  DsLazyPage *self = DS_LAZY_PAGE (object);

  g_clear_object (&self->page);
  clear_create (self);

  G_OBJECT_CLASS (ds_lazy_page_parent_class)->dispose (object);
}

static void
ds_lazy_page_class_init (DsLazyPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ds_lazy_page_dispose;
}

static void
ds_lazy_page_init (DsLazyPage *self)
{
}

GtkWidget *
ds_lazy_page_new_for_page (GtkWidget *page)
{
  DsLazyPage *self;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  self = g_object_new (DS_TYPE_LAZY_PAGE, NULL);
  self->page = g_object_ref_sink (page);
  return GTK_WIDGET (self);
}

GtkWidget *
ds_lazy_page_new (DsLazyPageFunc create,
                  gpointer       user_data,
                  GDestroyNotify destroy)
{
  DsLazyPage *self;

  g_return_val_if_fail (create != NULL, NULL);

  self = g_object_new (DS_TYPE_LAZY_PAGE, NULL);
  self->create = create;
  self->user_data = user_data;
  self->destroy = destroy;
  return GTK_WIDGET (self);
}

void
ds_lazy_page_mount (DsLazyPage *self)
{
  g_return_if_fail (DS_IS_LAZY_PAGE (self));

  if (adw_bin_get_child (ADW_BIN (self)) != NULL)
    return;
  if (self->page == NULL && self->create != NULL)
    self->page = g_object_ref_sink (self->create (self->user_data));
  clear_create (self);
  if (self->page == NULL)
    return;
  adw_bin_set_child (ADW_BIN (self), self->page);
  g_clear_object (&self->page);
}
