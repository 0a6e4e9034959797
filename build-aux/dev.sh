#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for setting up, building, running and testing DiploStudy on
# Debian 12. The README's two commands are `run` and `test`.
#
#   build-aux/dev.sh run    install packages, build, start the app
#   build-aux/dev.sh test   install packages, build, run every test
#   build-aux/dev.sh deps   only install the packages
#   build-aux/dev.sh build  only build
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${DS_BUILDDIR:-$top/_build}
cd "$top"

install_deps() {
  local pkgs missing=()
  mapfile -t pkgs < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' build-aux/debian-packages.txt)
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  local werror=false
  [ "${CI:-}" = "true" ] && werror=true
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" -Dwerror=$werror
  fi
  meson compile -C "$builddir"
}

with_bus() {
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    dbus-run-session -- "$@"
  else
    "$@"
  fi
}

summary() {
  # CI reads a plain "N passed, N failed" line, computed from meson's log.
  /usr/bin/python3 - "$builddir/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = skipped = 0
try:
    with open(sys.argv[1]) as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
except FileNotFoundError:
    failed = 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
}

run_tests() {
  local status=0
  # UI tests start their own Xvfb and session bus (tests/with-display.sh).
  meson test -C "$builddir" --print-errorlogs --num-processes 2 "$@" || status=$?
  summary || status=1
  return $status
}

case "${1:-}" in
  deps) install_deps ;;
  build) install_deps; build ;;
  run)
    install_deps
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "DiploStudy is built, but there is no display to show its window on." >&2
      echo "Start it from a desktop session, or headless with: xvfb-run -a $0 run" >&2
      exit 1
    fi
    shift
    with_bus meson devenv -C "$builddir" "$builddir/src/ui/diplostudy" "$@"
    ;;
  test)
    install_deps
    build
    shift
    run_tests "$@"
    ;;
  *)
    echo "usage: $0 run|test|deps|build" >&2
    exit 2
    ;;
esac
