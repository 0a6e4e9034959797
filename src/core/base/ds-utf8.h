/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Small UTF-8 helpers every stage may use, written once.
 */

/* @text with its first character in title case (a new string). */
char *ds_utf8_capitalize (const char *text);

G_END_DECLS
