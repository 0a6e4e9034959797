#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file with translatable strings is missing from po/POTFILES.
set -e
cd "$DS_SOURCE_ROOT"
listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' po/POTFILES | sort -u)
found=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' --include='*.c' src || true
  grep -rl 'translatable="yes"' --include='*.ui' data || true
  ls data/*.gschema.xml data/*.metainfo.xml 2>/dev/null || true
} | sort -u)
missing=$(printf '%s\n' "$found" | while read -r f; do
  [ -n "$f" ] || continue
  printf '%s\n' "$listed" | grep -qxF "$f" || echo "$f"
done)
stale=$(printf '%s\n' "$listed" | while read -r f; do
  [ -n "$f" ] || continue
  [ -e "$f" ] || echo "$f"
done)
status=0
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES:"; echo "$missing"; status=1
fi
if [ -n "$stale" ]; then
  echo "po/POTFILES names files that do not exist:"; echo "$stale"; status=1
fi
[ $status -eq 0 ] && echo "po/POTFILES lists all $(printf '%s\n' "$found" | wc -l) files with translatable strings"
exit $status
