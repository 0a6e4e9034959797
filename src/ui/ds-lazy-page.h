/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * A view stack page that joins the widget tree only when first shown:
 * AdwViewStack measures every page it holds, and a page that is not on
 * screen should cost no startup time. It holds either a page made already
 * or a function that makes it.
 */
#define DS_TYPE_LAZY_PAGE (ds_lazy_page_get_type ())
G_DECLARE_FINAL_TYPE (DsLazyPage, ds_lazy_page, DS, LAZY_PAGE, AdwBin)

typedef GtkWidget *(*DsLazyPageFunc) (gpointer user_data);

/* Keeps a reference to @page until it is shown. */
GtkWidget *ds_lazy_page_new_for_page (GtkWidget      *page);
/* @create makes the page when it is first shown; @destroy frees
 * @user_data then, or with the page. */
GtkWidget *ds_lazy_page_new          (DsLazyPageFunc  create,
                                      gpointer        user_data,
                                      GDestroyNotify  destroy);
/* Puts the page in place, making it if need be. */
void       ds_lazy_page_mount        (DsLazyPage     *self);

G_END_DECLS
