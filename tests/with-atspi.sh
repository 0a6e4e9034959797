#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test that drives the app through its accessibility tree
# (tests/e2e-study.py, tests/a11y-names.py, tests/kill-app.py: the script
# is the first argument, the rest are the script's),
# always on its own Xvfb (tests/xvfb.sh) and session bus, with a private
# XDG_RUNTIME_DIR: the accessibility bus's socket lives there, and a socket
# shared with other sessions on the same machine (~/.cache/at-spi/bus)
# disappears when any of them ends. pyatspi needs Debian's /usr/bin/python3
# (PLATFORM.md).
#
# G_DEBUG is the app's business (fresh_env() in tests/atspi_app.py decides
# it), not the script's: libatspi in the script warns when it asks an app
# that is starting, or was just killed, for its tree, and a fatal warning
# there would fail a test over a race that does the app no harm.
script=${1:?usage: $0 SCRIPT.py [ARGUMENT…]}
shift
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  echo "SKIP: python3-pyatspi is not installed" >&2
  exit 77
fi
. "$(dirname "$0")/xvfb.sh"
runtime=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$runtime"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY G_DEBUG
start_xvfb "${DS_TEST_SCREEN:-1280x800x24}" "$runtime" || exit 1
status=0
dbus-run-session -- /usr/bin/python3 "$script" "$@" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
  echo "Xvfb's log ($DISPLAY):" >&2
  cat "$runtime/xvfb.log" >&2
fi
exit "$status"
