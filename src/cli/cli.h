/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each subcommand gets argv with argv[0] being the subcommand's name and
 * returns the process exit status. */
int cmd_generate    (int argc, char **argv);
int cmd_fsrs_replay (int argc, char **argv);
int cmd_live        (int argc, char **argv);

G_END_DECLS
