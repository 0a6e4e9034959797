#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
file="$DS_SOURCE_ROOT/data/org.example.DiploStudy.metainfo.xml"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$file"
else
  appstream-util validate-relax --nonet "$file"
fi
