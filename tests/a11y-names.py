#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every control has a name a screen reader can say: start the real app on a
# fresh profile, visit every page and the views within them (the reader
# with its find bar and Key claims, Study's choice and a card before and
# after its answer, Cards with a card open, Statistics, Preferences, the
# keyboard shortcuts), and walk the accessibility tree over AT-SPI, as
# Orca reads it. A control fails when its name is empty, is the name of
# its widget type (what GTK 4.8 says of a button holding only an icon:
# "GtkImage"), still shows its mnemonic underscore ("_Check") or says the
# same words twice ("Check Check").
#
# Run by tests/with-atspi.sh, which provides Xvfb and a session bus.

import os
import re
import shutil
import sys
import tempfile

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_app import App, find_app, fresh_env, key, log, poll, starts_with, wait_for  # noqa: E402

# What a learner operates: these need a name of their own.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TEXT,
}
TYPE_NAME = re.compile(r"^(Gtk|Adw|Ds)[A-Z][A-Za-z]*$")


def problem(name):
    """What is wrong with @name as a control's spoken name, or None."""
    if not name or not name.strip():
        return "no name"
    if TYPE_NAME.match(name):
        return "only its type's name"
    if re.search(r"(^|\s)_\w", name):
        return "a mnemonic underscore"
    # GTK 4.8 joins a label set on a widget with the label that names it
    # by mnemonic: "Show Source Show Source", "Title: 40% Title".
    words = [w.strip(".,:;·").lower() for w in name.replace("_", "").split()]
    n = len(words)
    for length in range(max(1, (n + 2) // 3), n // 2 + 1):
        if words[:length] == words[n - length:]:
            return "the same words twice"
    return None


def walk(node, path=()):
    """Every node under @node with the roles and names that lead to it."""
    try:
        here = path + (f"{node.getRoleName()} {node.name!r}",)
        yield node, here
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child, here)


def named_by_content(node):
    """A list item is read out by what it holds: whether a label in it has
    words."""
    for child, _path in walk(node):
        try:
            if (child.getRole() == pyatspi.ROLE_LABEL and child.name.strip()
                    and not TYPE_NAME.match(child.name)):
                return True
        except Exception:
            pass
    return False


def on_screen(node):
    """Whether @node takes room on screen: GTK 4.8 says "visible" of a
    hidden widget that was never shown (a button that appears only when
    new cards wait), but gives it no size."""
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:
        return True
    return box.width > 0 and box.height > 0


def check(view, found):
    """Adds to @found each named-badly control in the app's tree."""
    app = find_app()
    assert app is not None, "the app left the bus"
    n = 0
    for node, path in walk(app):
        try:
            role = node.getRole()
            name = node.name
            visible = node.getState().contains(pyatspi.STATE_VISIBLE)
        except Exception:
            continue
        if role not in CONTROLS or not visible or not on_screen(node):
            continue
        n += 1
        what = problem(name)
        if what == "no name" and role == pyatspi.ROLE_LIST_ITEM and named_by_content(node):
            what = None
        if what is not None:
            found.setdefault(" > ".join(path[-5:]) + f" ({node.description!r})", (view, what))
    log(f"{view}: {n} controls")


def answer_shown(texts):
    """Enter until the answer shows (Enter does what the highlighted button
    says: it shows, checks or says "I don't know")."""
    for _ in range(12):
        key("Return")
        if poll(starts_with("1 Again, 2 Hard"), 0.6):
            return True
    return None


# Each view: the keys that lead to it from the one before, what shows
# once it is there, and its name.
VIEWS = [
    ((), starts_with("Essay text"), "Read"),
    (("ctrl+f",), starts_with("Find in essay"), "Read, find bar"),
    (("Escape", "F9"), starts_with("Key claims"), "Read, Key claims"),
    (("F9", "alt+2"), starts_with("Study All Due Cards"), "Study"),
    (("Return",), lambda texts: any(" answered" in t for t in texts), "Study, a card"),
    ((), answer_shown, "Study, an answer"),
    (("Escape", "alt+3"), starts_with("Search cards"), "Cards"),
    (("alt+4",), starts_with("Due today"), "Statistics"),
    (("ctrl+comma",), starts_with("New Cards per Day"), "Preferences"),
    (("Escape", "ctrl+question"), starts_with("Keyboard Shortcuts"), "Keyboard shortcuts"),
]


def main():
    profile = tempfile.mkdtemp(prefix="ds-a11y-")
    app = App(fresh_env(profile))
    found = {}
    try:
        app.start()
        for keys, shown, view in VIEWS:
            if keys:
                key(*keys)
            wait_for(shown, view)
            check(view, found)
    finally:
        if app.proc is not None and app.proc.poll() is None:
            app.kill()
        shutil.rmtree(profile, ignore_errors=True)
    for where, (view, what) in sorted(found.items(), key=lambda item: item[1]):
        print(f"# {view}: {what}: {where}")
    if found:
        sys.exit(f"{len(found)} controls a screen reader cannot name properly")
    print("ok")


if __name__ == "__main__":
    main()
