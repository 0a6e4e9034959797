/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ds-session.h"
#include "ds-settings.h"

G_BEGIN_DECLS

#define DS_TYPE_APPLICATION (ds_application_get_type ())
G_DECLARE_FINAL_TYPE (DsApplication, ds_application, DS, APPLICATION, AdwApplication)

DsApplication *ds_application_new          (void);
/* Valid after startup; NULL before. */
DsSettings    *ds_application_get_settings (DsApplication *self);
/* The learner's state, made (and its essays loaded) with the first
 * window; NULL before startup. */
DsSession     *ds_application_get_session  (DsApplication *self);

G_END_DECLS
