#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/notice-screenshots.sh OUTDIR [BUILD_DIR]
#
# Screenshots of what the window tells the learner about their progress
# and essays (issue 11), each from a real fault on a private profile:
#
#   restored-en.png, restored-id.png   the keyfile's group header damaged:
#                                      progress restored from the review log
#   store-en.png                       dconf without a session bus: the
#                                      settings cannot be written (after
#                                      an answer)
#   log-full-en.png                    the review log's disk is full: the
#                                      answer is not saved (needs root)
#   read-only-en.png                   a second instance (no shared bus):
#                                      read-only, and an answer refused
#   essays-en.png                      a damaged list of imported essays
#   menu-en.png                        the main menu: Export Cards, Back Up
#                                      Progress, Restore Progress
#   export-en.png                      the export file chooser's choices
#   export-cards-en.png                its Cards choice open
#   restore-refused-en.png             a file that is no backup, refused
#
# Runs on a private Xvfb and session bus; nothing of the user's own
# settings or data is used or changed.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: $0 OUTDIR [BUILD_DIR]}
mkdir -p "$out"
out=$(cd "$out" && pwd)
builddir=$(cd "${2:-$top/_build}" && pwd)
app=$builddir/src/ui/diplostudy
loop=$builddir/tests/answer-loop
[ -x "$app" ] && [ -x "$loop" ] || { echo "build first ($app, $loop)" >&2; exit 1; }

if [ -z "${DS_SHOTS_INNER:-}" ]; then
  export DS_SHOTS_INNER=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$out" "$builddir"
fi

export DS_LOCALEDIR=$builddir/po
if ! locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'; then
  locpath=$(mktemp -d)
  localedef -i id_ID -f UTF-8 "$locpath/id_ID.UTF-8" 2>/dev/null && export LOCPATH=$locpath
fi
export GSETTINGS_SCHEMA_DIR=$builddir/data GSK_RENDERER=cairo GDK_DEBUG=gl-disable
profiles=()
mounted=()
cleanup() {
  for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
  for p in "${profiles[@]}"; do rm -rf "$p"; done
}
trap cleanup EXIT

profile() {
  local p
  p=$(mktemp -d)
  profiles+=("$p")
  mkdir -p "$p/config/glib-2.0/settings" "$p/data"
  printf '[org/example/DiploStudy]\nwindow-width=1100\nwindow-height=720\n' \
    > "$p/config/glib-2.0/settings/keyfile"
  echo "$p"
}

# start PROFILE LANG [ENV...]: the app on PROFILE; prints its pid.
start() {
  local p=$1 lang=$2; shift 2
  local locale=C.UTF-8
  [ "$lang" = id ] && locale=id_ID.UTF-8
  env XDG_CONFIG_HOME="$p/config" XDG_DATA_HOME="$p/data" GSETTINGS_BACKEND=keyfile \
    LANGUAGE="$lang" LANG=$locale LC_ALL=$locale "$@" "$app" >>"${DS_SHOTS_LOG:-/dev/null}" 2>&1 &
  echo $!
}

window_of() {
  local pid=$1 win
  for _ in $(seq 60); do
    win=$(xdotool search --all --onlyvisible --pid "$pid" --class diplostudy 2>/dev/null | head -n1 || true)
    [ -n "$win" ] && { echo "$win"; return; }
    sleep 0.25
  done
  echo "no window for $pid" >&2
  exit 1
}

keys() {
  for k in "$@"; do
    xdotool key "$k"
    sleep "${DS_SHOTS_DELAY:-0.5}"
  done
}

# Answers the card on show: Enter until it is revealed, then 3 (Good).
answer() {
  keys alt+2 Return
  for _ in 1 2 3 4; do keys Return; done
  keys 3
}

snap() {
  sleep 1
  /usr/bin/import -window root -crop 1100x720+0+0 "$out/$1.png"
}

# The app is not this shell's child (it was started in $(...)): wait for
# it to be gone, so that the next one does not find it on the bus.
stop() {
  kill "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}

# Progress restored: answers in the log, then one byte of the keyfile's
# group header wrong.
restored() {
  local lang=$1 p pid
  p=$(profile)
  XDG_CONFIG_HOME="$p/config" XDG_DATA_HOME="$p/data" GSETTINGS_BACKEND=keyfile \
    "$loop" --count 12 >/dev/null
  sed -i '1s/^\[org/[0rg/' "$p/config/glib-2.0/settings/keyfile"
  printf '[org/example/DiploStudy]\nwindow-width=1100\nwindow-height=720\n' \
    >> "$p/config/glib-2.0/settings/keyfile"
  pid=$(start "$p" "$lang")
  window_of "$pid" >/dev/null
  snap "restored-$lang"
  stop "$pid"
}

# dconf without a session bus drops every write.
store() {
  local p pid
  p=$(profile)
  pid=$(start "$p" en GSETTINGS_BACKEND=dconf DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
          GTK_A11Y=none XDG_RUNTIME_DIR="$p")
  window_of "$pid" >/dev/null
  answer
  snap store-en
  stop "$pid"
}

# The review log's disk fills up after the app opened it.
log_full() {
  local p pid
  [ "$(id -u)" -eq 0 ] || { echo "log-full-en: needs root, skipped"; return; }
  p=$(profile)
  mount -t tmpfs -o size=256k tmpfs "$p/data"
  mounted+=("$p/data")
  pid=$(start "$p" en)
  window_of "$pid" >/dev/null
  dd if=/dev/zero of="$p/data/filler" bs=4k 2>/dev/null || true
  # The log's last page still holds a dozen records or so.
  keys alt+2 Return
  for _ in $(seq 16); do
    DS_SHOTS_DELAY=0.2 keys Return Return Return Return 3
  done
  snap log-full-en
  stop "$pid"
}

# Two instances: the second has no bus to find the first on.
read_only() {
  local p first second
  p=$(profile)
  first=$(start "$p" en)
  window_of "$first" >/dev/null
  second=$(start "$p" en DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent GTK_A11Y=none)
  window_of "$second" >/dev/null
  stop "$first"
  snap read-only-start-en
  answer
  snap read-only-en
  stop "$second"
}

essays() {
  local p pid
  p=$(profile)
  mkdir -p "$p/data/diplostudy/essays"
  printf '{"essays": [{"id": "user-notes", "file": "notes.txt", "title": "My notes"}]}' \
    > "$p/data/diplostudy/essays/user-manifest.json"
  pid=$(start "$p" en)
  window_of "$pid" >/dev/null
  snap essays-en
  stop "$pid"
}

menus() {
  local p pid bad
  p=$(profile)
  bad=$p/notes.json
  printf '{"format": "diplostudy-progress", "version": 1, "cards": {"x": {"due": 5}}}' > "$bad"
  pid=$(start "$p" en)
  window_of "$pid" >/dev/null
  keys F10
  snap menu-en
  keys Escape
  xdotool key F10 Down Return
  sleep 1.5
  /usr/bin/import -window root -crop 1280x800+0+0 "$out/export-en.png"
  # The Cards choice, open: every essay, the open one, its topics.
  xdotool mousemove 107 337 click 1
  sleep 1
  /usr/bin/import -window root -crop 1280x800+0+0 "$out/export-cards-en.png"
  keys Escape Escape
  xdotool key F10 Down Down Down Return
  sleep 1.5
  xdotool type --delay 30 "$bad"
  keys Return
  sleep 1
  /usr/bin/import -window root -crop 1280x800+0+0 "$out/restore-refused-en.png"
  stop "$pid"
}

case "${DS_SHOTS_ONLY:-all}" in
  all) ;;
  *) "$DS_SHOTS_ONLY"; exit ;;
esac
restored en
restored id
store
log_full
read_only
essays
menus
ls -l "$out"
