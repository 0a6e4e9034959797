#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/screenshots.sh OUTDIR [BUILD_DIR]
#
# Screenshots of the reader, light and dark, in English and Indonesian,
# taken on a private Xvfb with fresh settings: each shot gets its own
# keyfile settings (a temporary XDG_CONFIG_HOME) that choose the style and
# the essay, so nothing of the user's own settings is used or changed.
#
#   reader-light-en.png  reader-dark-en.png
#   reader-light-id.png  reader-dark-id.png
#   reader-narrow-en.png, reader-narrow-id.png (the folded layout of a
#                        phone-sized window)
#   reader-find-id.png   (find in text with matches highlighted)
#   reader-scrolled-dark-en.png, reader-large-text-en.png, preferences-id.png
#   study-choose-{light-en,dark-id}.png (the Study tab's icon, essays
#                        without headings as one row)
#   statistics-{light-en,dark-id}.png (dates, retention explained, topics)
#   shortcuts-{light-en,dark-id}.png (the keyboard shortcuts window)
#   cards-narrowed-{light-en,dark-id}.png (an essay clicked in the sidebar
#                        while on Cards: that essay's cards only)
#   review-{card,finished,empty}-{light-en,dark-id}.png,
#   review-{card,finished,empty}-narrow-{light-id,dark-en}.png (the review
#                        of an imported essay's cards: a card whose
#                        sentence holds "<b>" and "&amp;", the finish, an
#                        essay without cards)
#   import-toast-{light-en,dark-id}.png (an import through the file chooser:
#                        its toast offers Review Cards)
#   shortcuts-review-{light-en,dark-id}.png (the shortcuts window searched
#                        for the review's keys)
#
# DS_SHOTS_ONLY=REGEX takes only the shots whose names match.
#   reader-wheel-dark-en.png, reader-end-light-en.png,
#   reader-pagedown-light-id.png, reader-claims-jump-en.png (the title
#                        scrolls with the text: wheel, End, Page Down and a
#                        Key claims jump)
#   claims-panel-{light-en,dark-id}.png (the Key claims panel open, F9)
#
# DS_SHOTS_RENDERER=gl draws with GTK's GL renderer (Mesa's llvmpipe under
# Xvfb) instead of Cairo; the files are then named *-gl.png.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: $0 OUTDIR [BUILD_DIR]}
mkdir -p "$out"
out=$(cd "$out" && pwd)
builddir=$(cd "${2:-$top/_build}" && pwd)
app=$builddir/src/ui/diplostudy
[ -x "$app" ] || { echo "missing $app: build first" >&2; exit 1; }

if [ -z "${DS_SHOTS_INNER:-}" ]; then
  export DS_SHOTS_INNER=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$out" "$builddir"
fi

# The essay with headings and a list.
essay=${DS_SHOTS_ESSAY:-004_a464b1719aab16d6}

# Translations from the build tree (an uninstalled build), and an Indonesian
# locale even where the system has none generated: gettext ignores LANGUAGE
# in the C locale.
export DS_LOCALEDIR=$builddir/po
if ! locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'; then
  locpath=$(mktemp -d)
  trap 'rm -rf "$locpath"' EXIT
  localedef -i id_ID -f UTF-8 "$locpath/id_ID.UTF-8" 2>/dev/null \
    && export LOCPATH=$locpath
fi

export GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR=$builddir/data
suffix=
if [ "${DS_SHOTS_RENDERER:-cairo}" = gl ]; then
  export GSK_RENDERER=gl
  suffix=-gl
else
  export GSK_RENDERER=cairo
  export GDK_DEBUG=gl-disable
fi

# Two essays as if imported before the app starts (the tests' own
# passages, tests/data/import/): one with "<b>" and "&amp;" in a sentence,
# and one the engine makes no card of.
seed_essays() {
  local dir=$1/diplostudy/essays
  mkdir -p "$dir"
  cp "$top/tests/data/import/harbours.md" "$dir/user-harbours.md"
  cp "$top/tests/data/import/notes.md" "$dir/user-notes.md"
  cat > "$dir/user-manifest.json" <<JSON
{"essays": [
  {"id": "user-harbours", "file": "user-harbours.md", "title": "Harbour Diplomacy in the Lake Towns", "language": "en"},
  {"id": "user-notes", "file": "user-notes.md", "title": "Notes", "language": "en"}
]}
JSON
}

# shot NAME SCHEME LANG WIDTH HEIGHT [KEYS...]
# With open=ID in its environment the shot opens that essay of
# seed_essays() instead of $essay.
shot() {
  local name=$1 scheme=$2 lang=$3 width=$4 height=$5; shift 5
  local cfg pid win
  [[ $name =~ ${DS_SHOTS_ONLY:-.} ]] || return 0
  cfg=$(mktemp -d)
  mkdir -p "$cfg/glib-2.0/settings"
  [ -z "${open:-}" ] || seed_essays "$cfg"
  cat > "$cfg/glib-2.0/settings/keyfile" <<INI
[org/example/DiploStudy]
color-scheme='$scheme'
last-essay='${open:-$essay}'
window-width=$width
window-height=$height
INI
  if [ "$lang" = id ]; then
    XDG_CONFIG_HOME=$cfg XDG_DATA_HOME=$cfg LANGUAGE=id LANG=id_ID.UTF-8 LC_ALL=id_ID.UTF-8 "$app" >/dev/null 2>&1 &
  else
    XDG_CONFIG_HOME=$cfg XDG_DATA_HOME=$cfg LANGUAGE=en LANG=C.UTF-8 LC_ALL=C.UTF-8 "$app" >/dev/null 2>&1 &
  fi
  pid=$!
  win=$(xdotool search --sync --onlyvisible --class diplostudy | head -n1)
  sleep 1.5
  for key in "$@"; do
    case $key in
      type:*) xdotool type --delay 60 "${key#type:}" ;;
      # click:X,Y clicks there (window coordinates of the 0,0-placed window).
      click:*) xdotool mousemove $(echo "${key#click:}" | tr , ' ') click 1 ;;
      wheel:*) xdotool mousemove --window "$win" $((width / 2 + 150)) $((height / 2)) \
                 click --repeat "${key#wheel:}" --delay 150 5 ;;
      # Through the focused window, as typed: Alt+digit accelerators do
      # not take a key sent to a window.
      *) xdotool windowactivate --sync "$win" key "$key" 2>/dev/null || xdotool key "$key" ;;
    esac
    sleep 0.4
  done
  sleep 0.5
  # The whole window, which may be wider than asked (its content has a
  # minimum width): a narrower crop would cut its text off.
  eval "$(xdotool getwindowgeometry --shell "$win")"
  /usr/bin/import -window root -crop "${WIDTH}x${HEIGHT}+0+0" "$out/$name$suffix.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$cfg"
  echo "$out/$name$suffix.png"
}

shot reader-light-en light en 1280 800
shot reader-dark-en dark en 1280 800
shot reader-light-id light id 1280 800
shot reader-dark-id dark id 1280 800
shot reader-narrow-en light en 360 720
shot reader-narrow-id dark id 360 720
shot reader-find-id light id 1280 800 ctrl+f type:diplomasi Return
shot reader-scrolled-dark-en dark en 1280 800 Page_Down
shot reader-large-text-en light en 1280 800 ctrl+plus ctrl+plus ctrl+plus
shot preferences-id light id 1280 800 ctrl+comma
shot study-choose-light-en light en 1280 800 alt+2
shot study-choose-dark-id dark id 1280 800 alt+2
shot statistics-light-en light en 1280 800 alt+4
shot statistics-dark-id dark id 1280 800 alt+4
shot shortcuts-light-en light en 1280 800 ctrl+question
shot shortcuts-dark-id dark id 1280 800 ctrl+question
shot cards-narrowed-light-en light en 1280 800 alt+3 click:140,80
shot cards-narrowed-dark-id dark id 1280 800 alt+3 click:140,80
shot reader-wheel-dark-en dark en 1280 800 wheel:3
shot reader-end-light-en light en 1280 800 End
shot reader-pagedown-light-id light id 1280 800 Page_Down
shot reader-claims-jump-en light en 1280 800 F9 Down Down Down Return
shot claims-panel-light-en light en 1280 800 F9
shot claims-panel-dark-id dark id 1280 800 F9
# The review of an imported essay's cards: Cards, the essay in the sidebar,
# its Review button; a card (the third, whose sentence holds "<b>" and
# "&amp;"), the finish after a keep, a drop and Keep All Remaining (k d a),
# and an essay without cards.
wide_review='alt+3 click:140,423 click:714,160'
narrow_review='alt+3 click:28,28 click:140,375 click:320,160'
open=user-harbours shot review-card-light-en light en 1280 800 $wide_review k k
open=user-harbours shot review-card-dark-id dark id 1280 800 $wide_review k k
open=user-harbours shot review-card-narrow-light-id light id 360 720 $narrow_review k k
open=user-harbours shot review-card-narrow-dark-en dark en 360 720 $narrow_review k k
open=user-harbours shot review-finished-light-en light en 1280 800 $wide_review k d a
open=user-harbours shot review-finished-dark-id dark id 1280 800 $wide_review k d a
open=user-harbours shot review-finished-narrow-dark-en dark en 360 720 $narrow_review k d a
open=user-harbours shot review-finished-narrow-light-id light id 360 720 $narrow_review k d a
open=user-notes shot review-empty-light-en light en 1280 800 alt+3 click:140,490 click:714,160
open=user-notes shot review-empty-dark-id dark id 1280 800 alt+3 click:140,490 click:714,160
open=user-notes shot review-empty-narrow-light-id light id 360 720 alt+3 click:28,28 click:140,425 click:320,160
open=user-notes shot review-empty-narrow-dark-en dark en 360 720 alt+3 click:28,28 click:140,425 click:320,160
# An import through the file chooser, ending in the toast that offers the
# review.
shot import-toast-light-en light en 1280 800 ctrl+o ctrl+l type:$top/tests/data/import/harbours.md Return
shot import-toast-dark-id dark id 1280 800 ctrl+o ctrl+l type:$top/tests/data/import/harbours.md Return
# The review's keys, found by a search in the shortcuts window.
shot shortcuts-review-light-en light en 1280 800 ctrl+question type:card
shot shortcuts-review-dark-id dark id 1280 800 ctrl+question type:kartu
