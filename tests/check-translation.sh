#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Indonesian translation must be complete for the strings the code has
# now: extract a fresh template, merge, and require no untranslated or fuzzy.
set -e
cd "$DS_SOURCE_ROOT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' po/POTFILES > "$tmp/files"
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --files-from="$tmp/files" -o "$tmp/diplostudy.pot"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/id.po" po/id.po "$tmp/diplostudy.pot"
msgfmt --check --statistics -o /dev/null po/id.po
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/id.po" 2>&1)
echo "against the current sources: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/id.po is incomplete"; exit 1 ;;
esac
