#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of the Study and Statistics pages, in the light and the dark
# style, from a fresh profile (nothing persists outside a temporary dir).
#
#   build-aux/study-screenshots.sh [BUILDDIR] [OUTDIR]
#
# BUILDDIR defaults to _build, OUTDIR to ./screenshots. Needs xvfb-run,
# dbus-run-session, xdotool and ImageMagick's import (Debian: xvfb xauth
# dbus-daemon xdotool imagemagick). Writes study-choose-*.png,
# study-card-*.png, study-answer-*.png and statistics-*.png for * in
# light, dark. Everything is driven by the keyboard: Alt+2 Study, Enter
# starts a session and shows or checks an answer, 3 grades Good, Alt+4
# Statistics. Then build-aux/study-cards-screenshots.py takes the cards
# themselves (multiple choice and list recall answered, Nothing Due with new
# cards waiting, the reader's way back to the card; English and Indonesian,
# light and dark, 1100×760 and a narrow 400×760): it needs
# python3-pyatspi and Debian's /usr/bin/python3.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=$(cd "${1:-$top/_build}" && pwd)
outdir=${2:-$PWD/screenshots}
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

if [ -z "${DS_SCREENSHOTS_INNER:-}" ]; then
  export DS_SCREENSHOTS_INNER=1
  # The accessibility bus's socket lives in XDG_RUNTIME_DIR: a private one.
  runtime=$(mktemp -d)
  chmod 700 "$runtime"
  export XDG_RUNTIME_DIR=$runtime
  unset DBUS_SESSION_BUS_ADDRESS
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$builddir" "$outdir"
fi

app=$builddir/src/ui/diplostudy
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export XDG_CONFIG_HOME=$profile XDG_DATA_HOME=$profile GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR=$builddir/data GSK_RENDERER=cairo LC_ALL=C.UTF-8

shot() {  # the app's window only
  sleep 1
  /usr/bin/import -window "$window" "$outdir/$1.png"
  echo "$outdir/$1.png"
}

for scheme in light dark; do
  gsettings set org.example.DiploStudy color-scheme "$scheme"
  gsettings set org.example.DiploStudy window-width 1100
  gsettings set org.example.DiploStudy window-height 760
  "$app" &
  pid=$!
  window=$(xdotool search --sync --onlyvisible --class diplostudy | head -n 1)
  sleep 1
  xdotool key alt+2   # the Study page
  shot "study-choose-$scheme"
  # Keyboard only from here: Enter starts "Study All Due Cards".
  xdotool key Return
  shot "study-card-$scheme"
  # Enter shows the answer, checks a typed one or picks choice A.
  xdotool key Return
  shot "study-answer-$scheme"
  xdotool key 3
  for _ in 1 2 3; do
    xdotool key Return
    sleep 0.3
    xdotool key 3
    sleep 0.3
  done
  xdotool key alt+4   # the Statistics page
  shot "statistics-$scheme"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done

# The cards, through the accessibility tree; an Indonesian locale even where
# the system has none generated (gettext ignores LANGUAGE in the C locale).
if /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  if ! locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'; then
    locpath=$(mktemp -d)
    localedef -i id_ID -f UTF-8 "$locpath/id_ID.UTF-8" 2>/dev/null && export LOCPATH=$locpath
  fi
  unset GSK_RENDERER LC_ALL
  GSK_RENDERER=cairo /usr/bin/python3 "$top/build-aux/study-cards-screenshots.py" "$builddir" "$outdir"
else
  echo "python3-pyatspi is missing: no card screenshots" >&2
fi
