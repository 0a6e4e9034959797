#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test that drives the app through its accessibility tree
# (tests/e2e-study.py, tests/a11y-names.py, tests/kill-app.py: the script
# is the first argument, the rest are the script's),
# always on its own Xvfb and session bus, with a private XDG_RUNTIME_DIR:
# the accessibility bus's socket lives there, and a socket shared with
# other sessions on the same machine (~/.cache/at-spi/bus) disappears when
# any of them ends. pyatspi needs Debian's /usr/bin/python3 (PLATFORM.md).
script=${1:?usage: $0 SCRIPT.py [ARGUMENT…]}
shift
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  echo "SKIP: python3-pyatspi is not installed" >&2
  exit 77
fi
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
dbus-run-session -- xvfb-run -a -s "-screen 0 ${DS_TEST_SCREEN:-1280x800x24}" \
  /usr/bin/python3 "$script" "$@"
