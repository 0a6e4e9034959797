#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of the Study page's cards, driven with the keyboard (xdotool)
# and watched through the accessibility tree (pyatspi), from a fresh
# profile each: English and Indonesian, light and dark, a 1100×760 window
# and a narrow 400×760 one. Run by build-aux/study-screenshots.sh, which
# provides Xvfb and a session bus.
#
#   study-choice-SCHEME-LANG[-narrow].png   a multiple choice, answered
#                                           wrong: the right option marked
#   study-list-SCHEME-LANG[-narrow].png     a list recall, checked: each
#                                           entry matched or not
#   study-more-new-SCHEME-LANG.png          Nothing Due with new cards behind
#                                           the daily limit
#   reader-back-to-card-SCHEME-LANG.png     Show Source during a session
#
# Debian's pyatspi works only with /usr/bin/python3 (docs: PLATFORM.md).

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

BUILD, OUT = sys.argv[1], sys.argv[2]
APP = os.path.join(BUILD, "src", "ui", "diplostudy")


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "120", *keys], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)


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
            yield from walk(node.getChildAtIndex(i), depth + 1)
        except Exception:
            continue


def names():
    found = []
    for node in walk(find_app()):
        try:
            if node.name:
                found.append(node.name)
        except Exception:
            pass
    return found


def wait_for(predicate, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if find_app() is not None and predicate(names()):
                return True
        except Exception:
            pass
        time.sleep(0.3)
    return False


def card_mode(found):
    """The card's kind, from the hint under it (one label, in either
    language: "1–4 or A–D …", "…; Tab moves to the next item …")."""
    if any("A–D" in n for n in found):
        return "choice"
    if any("; Tab " in n for n in found):
        return "list"
    return "other"


def shot(window, name):
    time.sleep(1.2)
    path = os.path.join(OUT, name + ".png")
    subprocess.run(["/usr/bin/import", "-window", window, path], check=True)
    print(path, flush=True)


def ids_not_of(kinds):
    """The ids of the built-in cards of other kinds than @kinds."""
    out = subprocess.run([os.path.join(BUILD, "src", "cli", "diplostudy-cards"), "generate",
                          "--builtin", "--format", "json"], check=True, capture_output=True,
                         text=True, env=dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data")))
    return [c["id"] for c in json.loads(out.stdout)["cards"] if c["kind"] not in kinds]


class App:
    def __init__(self, lang, scheme, width, height, new_per_day=20, suspended=()):
        self.profile = tempfile.mkdtemp(prefix="ds-shots-")
        os.makedirs(os.path.join(self.profile, "glib-2.0", "settings"))
        with open(os.path.join(self.profile, "glib-2.0", "settings", "keyfile"), "w") as f:
            f.write("[org/example/DiploStudy]\n"
                    f"color-scheme='{scheme}'\nwindow-width={width}\nwindow-height={height}\n"
                    f"new-cards-per-day={new_per_day}\n"
                    f"suspended-cards={json.dumps(list(suspended))}\n")
        # The review log and imported essays live under XDG_DATA_HOME.
        env = dict(os.environ, XDG_CONFIG_HOME=self.profile, XDG_DATA_HOME=self.profile,
                   GSETTINGS_BACKEND="keyfile",
                   GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
                   DS_LOCALEDIR=os.path.join(BUILD, "po"))
        env.update({"en": dict(LANGUAGE="en", LANG="C.UTF-8", LC_ALL="C.UTF-8"),
                    "id": dict(LANGUAGE="id", LANG="id_ID.UTF-8", LC_ALL="id_ID.UTF-8")}[lang])
        for name in ("GTK_A11Y", "NO_AT_BRIDGE", "G_DEBUG"):
            env.pop(name, None)
        self.proc = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL)
        out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "diplostudy"],
                             check=True, capture_output=True, text=True, timeout=30)
        self.window = out.stdout.split()[0]
        wait_for(lambda found: len(found) > 10)

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)
        shutil.rmtree(self.profile, ignore_errors=True)


def start_all():
    key("alt+2")
    time.sleep(1)
    key("Return")
    time.sleep(1)


def answer_until(mode, lang, limit=30):
    """Answers cards (Enter, then 3 for Good) until one asks in @mode."""
    for _ in range(limit):
        time.sleep(0.8)
        if card_mode(names()) == mode:
            return True
        key("Return")
        time.sleep(0.5)
        key("3")
    return False


def grade_shown(found):
    return any(n.startswith("1 Again, 2 Hard") or n.startswith("1 Lagi, 2 Sulit") for n in found)


def answer_one(rating):
    """Enter until the grades show, then @rating."""
    for _ in range(3):
        key("Return")
        if wait_for(grade_shown, 5):
            break
    key(rating)
    time.sleep(1)


def choice(lang, scheme, width, height, suffix):
    # Only the multiple-choice cards, so that the first card is one (a
    # choice card is often a sibling that waits for another day).
    app = App(lang, scheme, width, height,
              suspended=ids_not_of(("multiple_choice", "true_false")))
    try:
        start_all()
        if wait_for(lambda found: card_mode(found) == "choice"):
            # A wrong pick when the right one is not B, else A.
            key("b")
            shot(app.window, f"study-choice-{scheme}-{lang}{suffix}")
    finally:
        app.close()


def cards(lang, scheme, width, height, suffix):
    choice(lang, scheme, width, height, suffix)
    app = App(lang, scheme, width, height)
    try:
        start_all()
        if answer_until("list", lang):
            type_text("ekonomi")
            key("Tab")
            type_text("diplomasi")
            key("Tab")
            type_text("xyz")
            key("Return")
            shot(app.window, f"study-list-{scheme}-{lang}{suffix}")
            # Show Source from the session: the reader offers the way back.
            key("alt+s")
            shot(app.window, f"reader-back-to-card-{scheme}-{lang}{suffix}")
    finally:
        app.close()


def more_new(lang, scheme):
    app = App(lang, scheme, 1100, 760, new_per_day=2)
    try:
        start_all()
        for _ in range(2):
            answer_one("4")
        key("Escape")
        time.sleep(0.5)
        start_all()
        shot(app.window, f"study-more-new-{scheme}-{lang}")
    finally:
        app.close()


def main():
    for lang in ("en", "id"):
        for scheme in ("light", "dark"):
            cards(lang, scheme, 1100, 760, "")
            more_new(lang, scheme)
        cards(lang, "light", 400, 760, "-narrow")


if __name__ == "__main__":
    main()
