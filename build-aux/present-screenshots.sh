#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of presentation mode at 1920x1080, 1366x768 and 1024x768, in
# English and Indonesian, dark and light: for each size a fresh Xvfb screen
# of exactly that size, the audience view filling it. Essay 001's key claims
# (a statement, the three trends with the note on the missing item, a list
# half revealed) and class quiz (countdown running with hands counted, time
# up, a "Which of these is one of …" revealed, the summary), the presenter
# view, a discussion question of essay 004, and very long list items.
#
# Usage: build-aux/present-screenshots.sh [BUILD-DIR] [OUTPUT-DIR]
#   BUILD-DIR   a configured build (default: _build)
#   OUTPUT-DIR  where the PNGs go (default: present-screenshots)
# Needs xvfb-run and dbus-run-session. Files are named
# WIDTHxHEIGHT-LANG-THEME-NAME.png.
set -eu

build=${1:-_build}
out=${2:-present-screenshots}
test_bin="$build/tests/test-presentation"

if [ ! -x "$test_bin" ]; then
  echo "No $test_bin: build first (meson compile -C $build)" >&2
  exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
localedir=$(cd "$build/po" && pwd)

# gettext ignores LANGUAGE in the C locale: an Indonesian locale, generated
# here where the system has none.
if ! locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'; then
  locpath=$(mktemp -d)
  trap 'rm -rf "$locpath"' EXIT
  localedef -i id_ID -f UTF-8 "$locpath/id_ID.UTF-8" 2>/dev/null \
    && export LOCPATH=$locpath
fi

for size in 1920x1080 1366x768 1024x768; do
  for lang in en id; do
    for theme in dark light; do
      echo "Presentation at $size, $lang, $theme"
      if [ "$lang" = id ]; then
        locale=id_ID.UTF-8
      else
        locale=C.UTF-8
      fi
      DS_SCREENSHOT_DIR="$out" \
      DS_SCREENSHOT_LANG=$lang \
      DS_SCREENSHOT_THEME=$theme \
      DS_LOCALEDIR="$localedir" \
      LANGUAGE=$lang LANG=$locale LC_ALL=$locale \
      GSETTINGS_BACKEND=memory \
      GSETTINGS_SCHEMA_DIR="$build/data" \
      GSK_RENDERER=cairo \
      GDK_DEBUG=gl-disable \
        dbus-run-session -- \
        xvfb-run -a -s "-screen 0 ${size}x24" \
        "$test_bin" -q -p /presentation/screenshots
    done
  done
done

ls "$out"/*.png
