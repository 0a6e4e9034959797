/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Skeleton: the real application lands with the reader. */
#include "config.h"

#include "ds-application.h"

struct _DsApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (DsApplication, ds_application, ADW_TYPE_APPLICATION)

static void
ds_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
}

static void
ds_application_class_init (DsApplicationClass *klass)
{
  G_APPLICATION_CLASS (klass)->activate = ds_application_activate;
}

static void
ds_application_init (DsApplication *self)
{
}

DsApplication *
ds_application_new (void)
{
  return g_object_new (DS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/org/example/DiploStudy",
                       NULL);
}
