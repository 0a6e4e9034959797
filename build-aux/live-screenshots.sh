#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of class live's student page as a phone shows it (360×740
# CSS pixels, device pixel ratio 2), in Indonesian and in English, at each
# step: join, waiting, question, answer received, right, wrong, summary.
# Headless Chromium on 127.0.0.1 against `diplostudy-cards live`, driven by
# the browser test (tests/live-browser.py), which checks every step too.
#
#   build-aux/live-screenshots.sh OUTDIR [BUILDDIR]
set -eu
out=${1:?usage: live-screenshots.sh OUTDIR [BUILDDIR]}
build=${2:-_build}
top=$(cd "$(dirname "$0")/.." && pwd)
meson compile -C "$build" >/dev/null
exec /usr/bin/python3 "$top/tests/live-browser.py" "$build" --screenshots "$out"
