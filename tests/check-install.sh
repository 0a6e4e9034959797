#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs into a temporary prefix and checks what a desktop needs is there.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meson install -C "$DS_BUILD_ROOT" --no-rebuild --quiet --destdir "$tmp" >/dev/null
prefix=$(meson introspect "$DS_BUILD_ROOT" --buildoptions |
  /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$tmp$prefix"
status=0
for f in \
  bin/diplostudy \
  bin/diplostudy-cards \
  libexec/diplostudy-cards-live \
  share/applications/org.example.DiploStudy.desktop \
  share/metainfo/org.example.DiploStudy.metainfo.xml \
  share/icons/hicolor/scalable/apps/org.example.DiploStudy.svg \
  share/icons/hicolor/symbolic/apps/org.example.DiploStudy-symbolic.svg \
  share/glib-2.0/schemas/org.example.DiploStudy.gschema.xml \
  share/locale/id/LC_MESSAGES/diplostudy.mo
do
  if [ -e "$root/$f" ]; then echo "installed: $f"; else echo "MISSING: $f"; status=1; fi
done
[ -x "$root/bin/diplostudy" ] || { echo "diplostudy is not executable"; status=1; }
glib-compile-schemas --strict "$root/share/glib-2.0/schemas" || status=1
[ -f "$root/share/glib-2.0/schemas/gschemas.compiled" ] || status=1
desktop-file-validate "$root/share/applications/org.example.DiploStudy.desktop" || status=1
exit $status
