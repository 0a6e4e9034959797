#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test on the display there is, or on a fresh Xvfb (tests/xvfb.sh;
# and a session bus, so that GTK's accessibility bridge has one) when there
# is none.
#
# Services the bus starts (the accessibility registry) inherit the bus's
# standard output and chat on it; TAP needs the test's output clean, so the
# bus gets /dev/null and the test keeps the original stdout through fd 3.
#
# Each run gets its own runtime directory: the accessibility bus keeps its
# socket there, and UI tests running side by side must not share one.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ds-test-XXXXXX")
  export XDG_RUNTIME_DIR
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
  exec 3>&1
  dbus-run-session -- sh -c 'exec "$0" "$@" 1>&3 3>&-' "$0" "$@" >/dev/null
  exit $?
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$@"
fi
. "$(dirname "$0")/xvfb.sh"
xvfb_dir=$(mktemp -d "${TMPDIR:-/tmp}/ds-xvfb-XXXXXX")
trap 'stop_xvfb; rm -rf "$xvfb_dir"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
start_xvfb "${DS_TEST_SCREEN:-1920x1080x24}" "$xvfb_dir" || exit 1
status=0
"$@" || status=$?
exit "$status"
