#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test on the display there is, or on a fresh Xvfb (and a session
# bus, so that GTK's accessibility bridge has one) when there is none.
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
# MALLOC_PERTURB_ (set for the tests) is for the test, not the X server.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if [ -n "${MALLOC_PERTURB_:-}" ]; then
    exec env -u MALLOC_PERTURB_ xvfb-run -a -s "-screen 0 ${DS_TEST_SCREEN:-1920x1080x24}" \
      env MALLOC_PERTURB_="$MALLOC_PERTURB_" "$@"
  fi
  exec xvfb-run -a -s "-screen 0 ${DS_TEST_SCREEN:-1920x1080x24}" "$@"
fi
exec "$@"
