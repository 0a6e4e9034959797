#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of the presentation audience view at the three projector sizes
# the no-clipping test checks (1024x768, 1280x800, 1920x1080): for each size
# a fresh Xvfb screen of exactly that size, the audience view filling it,
# every slide of a small quiz and of a key-claims walk, fully revealed, with
# a tally and a running countdown on the third slide.
#
# Usage: build-aux/present-screenshots.sh [BUILD-DIR] [OUTPUT-DIR]
#   BUILD-DIR   a configured build (default: _build)
#   OUTPUT-DIR  where the PNGs go (default: present-screenshots)
# Needs xvfb-run and dbus-run-session. Files are named
# WIDTHxHEIGHT-{claims,quiz}-NN.png.
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

for size in 1024x768 1280x800 1920x1080; do
  echo "Audience view at $size"
  DS_SCREENSHOT_DIR="$out" \
  GSETTINGS_BACKEND=memory \
  GSETTINGS_SCHEMA_DIR="$build/data" \
  GSK_RENDERER=cairo \
  GDK_DEBUG=gl-disable \
  LC_ALL=C.UTF-8 \
    dbus-run-session -- \
    xvfb-run -a -s "-screen 0 ${size}x24" \
    "$test_bin" -q -p /presentation/screenshots
done

ls "$out"/*.png
