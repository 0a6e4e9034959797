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
# Run by tests/with-atspi.sh, which provides Xvfb and a session bus.
# Debian's pyatspi works only with /usr/bin/python3 (see PLATFORM.md).

import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_app import App, fresh_env, find_app, key, log, poll, starts_with, texts, wait_for  # noqa: E402


def answered(found):
    """The session's answer count, from "3 answered · 12 to go"."""
    label = next((t for t in found if " answered · " in t), None)
    return int(label.split()[0]) if label else None


def answer_one():
    """Enter until the answer shows (Enter does what the highlighted button
    says: it shows a flip card's answer, checks a typed one or a list, or
    says "I don't know" to a multiple choice), then 3 for Good."""
    wait_for(lambda found: answered(found) is not None, "a card")
    before = answered(texts(find_app()))
    for _ in range(12):
        key("Return")
        if poll(starts_with("1 Again, 2 Hard"), 0.6):
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
    app = App(fresh_env(profile))
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
