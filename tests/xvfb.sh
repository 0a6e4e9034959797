# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by tests/with-display.sh and tests/with-atspi.sh: start_xvfb
# SIZE DIR starts an Xvfb of screen SIZE (1280x800x24), keeping its log
# and a pipe in the private folder DIR, and exports DISPLAY; stop_xvfb
# ends it and waits for it to go.
#
# Xvfb picks a free display itself (-displayfd) and writes its number to
# the pipe once it listens. It listens only on Linux's abstract socket
# (-nolisten unix -nolisten tcp), which two servers cannot share and which
# leaves no file behind: a server trying a number already taken fails to
# bind and tries the next, without unlinking the other's socket file (the
# socket in /tmp/.X11-unix that `xvfb-run -a` servers share, where a
# server starting as another stopped could be left without its socket:
# the app, already connected, went on, while every later client failed
# with "Can't open display"). -noreset: no server reset between two
# clients when the last one leaves (an app killed by tests/kill-app.py).
# MALLOC_PERTURB_ and MALLOC_CHECK_ (set for the tests) are for the test,
# not the X server.
xvfb_pid=

start_xvfb() {
  mkfifo "$2/xvfb-display" || return 1
  env -u MALLOC_PERTURB_ -u MALLOC_CHECK_ \
    Xvfb -displayfd 3 -nolisten tcp -nolisten unix -noreset -screen 0 "$1" \
    3>"$2/xvfb-display" >"$2/xvfb.log" 2>&1 &
  xvfb_pid=$!
  # One line with the number; end of file when the server died first.
  if ! read -r xvfb_number <"$2/xvfb-display" || [ -z "$xvfb_number" ]; then
    echo "Xvfb did not start:" >&2
    cat "$2/xvfb.log" >&2
    wait "$xvfb_pid" 2>/dev/null
    xvfb_pid=
    return 1
  fi
  DISPLAY=":$xvfb_number"
  export DISPLAY
}

stop_xvfb() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
    xvfb_pid=
  fi
}
