#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test on the display there is, or on a fresh Xvfb (and a session
# bus, so that GTK's accessibility bridge has one) when there is none.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$0" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 ${DS_TEST_SCREEN:-1920x1080x24}" "$@"
fi
exec "$@"
