#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
glib-compile-schemas --strict --dry-run "$DS_SOURCE_ROOT/data"
test -f "$DS_BUILD_ROOT/data/gschemas.compiled"
echo "schema compiles strictly and is compiled in the build tree"
