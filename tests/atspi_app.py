#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The app as a screen reader sees it: start the real app on a fresh
# profile, find it on the accessibility bus, walk its tree, wait for what
# it shows, press keys. Shared by the tests that drive the app through
# AT-SPI (e2e-study.py, a11y-names.py), run by tests/with-atspi.sh.
# Debian's pyatspi works only with /usr/bin/python3 (see PLATFORM.md).

import os
import signal
import subprocess
import sys
import time

import pyatspi

BUILD = os.environ.get("DS_BUILD_ROOT") or sys.exit("DS_BUILD_ROOT is not set")
APP = os.path.join(BUILD, "src", "ui", "diplostudy")
TIMEOUT = 30


def log(*args):
    print("#", *args, flush=True)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "80", *keys], check=True)


def find_app(pid=None):
    """The app on the accessibility bus; with @pid, that process's only (a
    killed one may linger in the registry's list for a moment)."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None or app.name != "diplostudy":
            continue
        if pid is None or app.get_process_id() == pid:
            return app
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def texts(app):
    """Names and descriptions of everything in the tree."""
    found = []
    for node in walk(app):
        try:
            if node.name:
                found.append(node.name)
            if node.description:
                found.append(node.description)
        except Exception:
            pass
    return found


def poll(predicate, timeout):
    """What @predicate says of the app's texts once it says something, or
    None when @timeout seconds passed first."""
    deadline = time.monotonic() + timeout
    while True:
        app = find_app()
        if app is not None:
            result = predicate(texts(app))
            if result:
                return result
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.3)


def wait_for(predicate, what, timeout=TIMEOUT):
    result = poll(predicate, timeout)
    if result:
        return result
    app = find_app()
    log("visible text:", texts(app) if app else "no app on the bus")
    sys.exit(f"timed out waiting for {what}")


def starts_with(prefix):
    return lambda found: next((t for t in found if t.startswith(prefix)), None)


class App:
    def __init__(self, env):
        self.env = env
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([APP], env=self.env)
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "diplostudy"],
                       check=True, timeout=TIMEOUT, stdout=subprocess.DEVNULL)
        wait_for(lambda found: "Study" in found, "the window's page switcher")

    def quit(self):
        key("ctrl+q")
        assert self.proc.wait(timeout=TIMEOUT) == 0, "the app did not quit cleanly"

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=TIMEOUT)


def fresh_env(profile):
    """The app's environment on the profile folder @profile: keyfile
    settings there, the build's schema, the accessibility bridge on."""
    env = dict(os.environ)
    env.update(XDG_CONFIG_HOME=profile, XDG_DATA_HOME=profile, GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"), GSK_RENDERER="cairo",
               LC_ALL="C.UTF-8", LANGUAGE="")
    # The bridge must be on for the tree to be read.
    for name in ("GTK_A11Y", "NO_AT_BRIDGE", "G_DEBUG"):
        env.pop(name, None)
    return env
