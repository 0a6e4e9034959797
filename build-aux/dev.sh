#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for setting up, building, running and testing DiploStudy on
# Debian 12. The README's two commands are `run` and `test`.
#
#   build-aux/dev.sh run       install packages, build, start the app
#   build-aux/dev.sh test      install packages, build, run every test
#   build-aux/dev.sh sanitize  the same in a clang build with ASan, UBSan
#                              (float-cast-overflow too) and the fuzzers
#   build-aux/dev.sh ci        test, then sanitize: what .ci/run does
#   build-aux/dev.sh deps      only install the packages
#   build-aux/dev.sh build     only build
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${DS_BUILDDIR:-$top/_build}
sanitize_dir=${DS_SANITIZE_BUILDDIR:-$top/_build-sanitize}
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

# The sanitizer build: clang, ASan and UBSan with float-cast-overflow (not
# part of -fsanitize=undefined everywhere), every report fatal, and the
# libFuzzer targets (-Dfuzz=true). Warnings stay errors; clang counts a
# g_autofree variable that is only there to be freed as unused, which the
# GCC build (the one that checks unused variables) does not.
build_sanitize() {
  if [ ! -f "$sanitize_dir/build.ninja" ]; then
    CC=clang meson setup "$sanitize_dir" -Dwerror=true -Dfuzz=true \
      -Db_sanitize=address,undefined -Db_lundef=false \
      -Dc_args="-fsanitize=float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer -Wno-unused-variable -Wno-string-concatenation" \
      -Dc_link_args="-fsanitize=float-cast-overflow"
  fi
  meson compile -C "$sanitize_dir"
}

with_bus() {
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    dbus-run-session -- "$@"
  else
    "$@"
  fi
}

summary() {
  # CI reads a plain "N passed, N failed" line, computed from meson's logs
  # (one per build directory given).
  /usr/bin/python3 - "$@" <<'PY'
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path + "/meson-logs/testlog.json") as log:
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
        failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
}

# Runs the suite in build directory $1 (more arguments go to meson test).
# UI tests start their own Xvfb and session bus (tests/with-display.sh).
test_in() {
  local dir=$1
  shift
  rm -f "$dir/meson-logs/testlog.json"
  meson test -C "$dir" --print-errorlogs --num-processes 2 "$@"
}

run_tests() {
  local status=0
  test_in "$builddir" "$@" || status=$?
  summary "$builddir" || status=1
  return $status
}

# The sanitizers slow the UI tests down about threefold.
run_sanitized() {
  test_in "$sanitize_dir" --timeout-multiplier 3 "$@"
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
  sanitize)
    install_deps
    build_sanitize
    shift
    status=0
    run_sanitized "$@" || status=$?
    summary "$sanitize_dir" || status=1
    exit $status
    ;;
  ci)
    install_deps
    status=0
    build
    test_in "$builddir" || status=$?
    build_sanitize
    run_sanitized || status=$?
    summary "$builddir" "$sanitize_dir" || status=1
    exit $status
    ;;
  *)
    echo "usage: $0 run|test|sanitize|ci|deps|build" >&2
    exit 2
    ;;
esac
