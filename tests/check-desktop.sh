#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
desktop-file-validate "$DS_SOURCE_ROOT/org.example.DiploStudy.desktop"
echo "desktop file valid"
