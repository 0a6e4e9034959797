/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * Class live's join screen on the audience view: a large QR code, the
 * address spelled out, the room code and how many have joined, all sized
 * to the screen so that the back row can read them.
 */
#define DS_TYPE_LIVE_JOIN (ds_live_join_get_type ())
G_DECLARE_FINAL_TYPE (DsLiveJoin, ds_live_join, DS, LIVE_JOIN, AdwBin)

GtkWidget  *ds_live_join_new         (void);
/* @url is what the QR code holds (with the room), @display_url what is
 * spelled out (without it: the room code is shown on its own). */
void        ds_live_join_set_address (DsLiveJoin *self,
                                      const char *url,
                                      const char *display_url,
                                      const char *code);
void        ds_live_join_set_joined  (DsLiveJoin *self,
                                      guint       n_joined);
/* Sizes the code and the type for a screen of @width × @height (the
 * presentation fits it with the slide's type). */
void        ds_live_join_set_screen_size (DsLiveJoin *self,
                                          int         width,
                                          int         height);
/* The QR code's text, the address and the code as shown (for tests). */
const char *ds_live_join_get_url     (DsLiveJoin *self);
const char *ds_live_join_get_address (DsLiveJoin *self);
const char *ds_live_join_get_code    (DsLiveJoin *self);

G_END_DECLS
