/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-stats-page.h"

G_BEGIN_DECLS

/* For the page's test: a day as the charts and their summaries say it
 * ("4 Dec"). */
char *_ds_stats_page_day_label (GDateTime *day);

G_END_DECLS
