/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ds-library.h"
#include "ds-progress.h"

G_BEGIN_DECLS

/* Each subcommand gets argv with argv[0] being the subcommand's name and
 * returns the process exit status. */
int cmd_generate    (int argc, char **argv);
int cmd_fsrs_replay (int argc, char **argv);
int cmd_live        (int argc, char **argv);   /* diplostudy-cards-live */
int cmd_export      (int argc, char **argv);
int cmd_backup      (int argc, char **argv);
int cmd_check       (int argc, char **argv);

/* cmd-fsrs-replay.c: a replay file's text replayed into @out. */
gboolean fsrs_replay_data (const char  *data,
                           gsize        length,
                           const char  *name,
                           GString     *out,
                           GError     **error);

/* cli-common.c */
void           cli_print_error   (const char  *message);
DsProgress    *cli_open_progress (gboolean     read_only,
                                  GError     **error);
DsLibrary     *cli_load_library  (GError     **error);
GOutputStream *cli_open_output   (const char  *path);
gboolean       cli_close_output  (GOutputStream *out,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
