#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of class live, in Indonesian and in English:
# - the student's page as a phone shows it (360×740 CSS pixels, device
#   pixel ratio 2) at each step: join, waiting, question, answer received,
#   right, wrong, summary. Headless Chromium on 127.0.0.1 against
#   `diplostudy-cards live`, driven by the browser test
#   (tests/live-browser.py), which checks every step too;
# - the lecturer's side in presentation mode, on a 1280×800 projector
#   under Xvfb: the join screen (QR code, address, room code), the live
#   counts while a question is up, the presenter view with who has not
#   answered, the reveal and the summary with the top five; 24 students
#   on WebSockets to 127.0.0.1 (tests/test-presentation-live.c).
#
#   build-aux/live-screenshots.sh OUTDIR [BUILDDIR]
set -eu
out=${1:?usage: live-screenshots.sh OUTDIR [BUILDDIR]}
build=${2:-_build}
top=$(cd "$(dirname "$0")/.." && pwd)
meson compile -C "$build" >/dev/null
mkdir -p "$out"
out=$(cd "$out" && pwd)
build=$(cd "$build" && pwd)

# The projector's side. An Indonesian locale even where the system has
# none generated: gettext ignores LANGUAGE in the C locale.
locale=id_ID.UTF-8
if ! locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'; then
  locpath=$(mktemp -d)
  trap 'rm -rf "$locpath"' EXIT
  localedef -i id_ID -f UTF-8 "$locpath/id_ID.UTF-8" 2>/dev/null \
    && export LOCPATH="$locpath"
fi
for lang in id en; do
  if [ "$lang" = id ]; then lc=$locale; else lc=C.UTF-8; fi
  DS_SCREENSHOT_DIR="$out" DS_SCREENSHOT_LANG=$lang \
  DS_LOCALEDIR="$build/po" LC_ALL=$lc \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
  GSK_RENDERER=cairo GDK_DEBUG=gl-disable \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/tests/test-presentation-live" -q -p /presentation-live/screenshots
done

# The phones' side.
/usr/bin/python3 "$top/tests/live-browser.py" "$build" --screenshots "$out"
ls "$out"/*.png
