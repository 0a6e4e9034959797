#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end, as a learner would: start the real app on a fresh profile
# (keyfile settings in a temporary XDG_CONFIG_HOME), go to Study and answer
# three cards with the keyboard only (xdotool; Ctrl+Z takes the third back
# and it is answered again), quit with Ctrl+Q, start the
# app again and find the three reviews on the Statistics page through the
# accessibility tree. Then answer one more card, kill the app with SIGKILL
# right after, and find four reviews after a restart: every answer is on
# disk before the next card shows. Last, one byte of the keyfile's group
# header goes wrong: the window says the progress was restored from the
# review log, and the four reviews are there.
#
# Run by tests/e2e-study.sh, which provides Xvfb and a session bus.
# Debian's pyatspi works only with /usr/bin/python3 (see PLATFORM.md).

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

BUILD = os.environ.get("DS_BUILD_ROOT") or sys.exit("DS_BUILD_ROOT is not set")
APP = os.path.join(BUILD, "src", "ui", "diplostudy")
TIMEOUT = 30


def log(*args):
    print("#", *args, flush=True)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "80", *keys], check=True)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "diplostudy":
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


def answered(found):
    """The session's answer count, from "3 answered · 12 to go"."""
    label = next((t for t in found if " answered · " in t), None)
    return int(label.split()[0]) if label else None


def answer_one():
    """Enter until the answer shows (it reveals a flip card, checks a typed
    one, picks A or, on an empty list item, checks the list), then 3 for
    Good."""
    wait_for(lambda found: answered(found) is not None, "a card")
    before = answered(texts(find_app()))
    for _ in range(12):
        key("Return")
        # A list card takes an Enter per item before it checks them.
        if poll(starts_with("Press 1 Again"), 0.6):
            break
    else:
        sys.exit("the answer never showed")
    key("3")
    wait_for(lambda found: answered(found) == before + 1 or "Session Complete" in found,
             "the next card")
    return before + 1


def undo_last(count):
    """Ctrl+Z takes the last answer back: the count drops by one."""
    key("ctrl+z")
    wait_for(lambda found: answered(found) == count - 1, "the undone answer")


def reviews_shown(expected):
    label = f"Reviews today: {expected}"
    summary = f"{expected} reviews in the last 30 days"
    return lambda found: (label in found and any(t.startswith(summary) for t in found))


def main():
    profile = tempfile.mkdtemp(prefix="ds-e2e-")
    env = dict(os.environ)
    env.update(XDG_CONFIG_HOME=profile, XDG_DATA_HOME=profile, GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"), GSK_RENDERER="cairo",
               LC_ALL="C.UTF-8", LANGUAGE="")
    # The bridge must be on for the tree to be read.
    for name in ("GTK_A11Y", "NO_AT_BRIDGE", "G_DEBUG"):
        env.pop(name, None)
    app = App(env)
    try:
        app.start()
        key("alt+2")
        wait_for(starts_with("Study All Due Cards"), "the Study page")
        key("Return")
        for n in range(3):
            count = answer_one()
            log(f"answered card {n + 1}")
        # Take the third answer back and give it again: still three.
        undo_last(count)
        log("undid the third answer")
        answer_one()
        app.quit()
        keyfile = os.path.join(profile, "glib-2.0", "settings", "keyfile")
        assert os.path.exists(keyfile), "nothing was written to the keyfile"

        app.start()
        key("alt+4")
        wait_for(reviews_shown(3), "three reviews on the Statistics page")
        log("three reviews after a restart")

        # One more answer, then the process dies without any chance to save.
        key("alt+2")
        wait_for(starts_with("Study All Due Cards"), "the Study page")
        key("Return")
        answer_one()
        app.kill()
        app.start()
        key("alt+4")
        wait_for(reviews_shown(4), "four reviews after SIGKILL")
        log("four reviews after a kill")
        app.quit()

        # One byte of the keyfile's group header wrong: GSettings sees
        # nothing; the review log brings every answer back and the window
        # says so.
        with open(keyfile, "r+b") as f:
            data = f.read()
            at = data.index(b"[org/example/DiploStudy") + 1
            f.seek(at)
            f.write(b"0")
        app.start()
        wait_for(starts_with("Progress was restored from the review log"), "the restore notice")
        key("alt+4")
        wait_for(reviews_shown(4), "four reviews after a damaged keyfile")
        log("four reviews and the restore notice after a damaged keyfile")
        app.quit()
    finally:
        if app.proc is not None and app.proc.poll() is None:
            app.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
