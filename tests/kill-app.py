#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The real app killed with SIGKILL at random moments (issue 11), with the
# settings backend named on the command line: keyfile, or dconf on this
# test's own session bus (skipped when dconf-service is not installed).
#
# A learner answers cards in the real window through the keyboard
# (xdotool) and reads it through the accessibility tree, as in
# e2e-study.py. Each life of the app is killed at a moment drawn from a
# seeded generator: at a random time after its start (while it opens its
# progress, restores it, builds its window or a session), or a random few
# milliseconds after a grade key, so that the kill lands before, inside
# or after the answer's write. Then the app starts again and:
#
# - every answer the window acknowledged ("N answered") is in the review
#   log, and at most the one in flight beyond them;
# - the progress the new window shows holds every answer in the log: the
#   session's "M to go" is what is left of the deck once every logged
#   answer is counted, and no card answered before comes back;
# - when the saved settings were behind the log, the app rebuilt them
#   from it and the window says "Progress was restored from the review
#   log"; when they were not, it does not.
#
# The seed is printed; DS_KILL_APP_SEED=N replays a run, DS_KILL_APP_KILLS
# sets the number of kills (20). Run by tests/with-atspi.sh (Xvfb and a
# session bus of its own). pyatspi needs /usr/bin/python3 (PLATFORM.md).

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_app import APP, BUILD, TIMEOUT, find_app, fresh_env, log, texts, walk  # noqa: E402

CLI = os.path.join(BUILD, "src", "cli", "diplostudy-cards")
SCHEMA = "org.example.DiploStudy"
RESTORED = "Progress was restored from the review log"
REBUILT = "Rebuilt the progress from"
N_KILLS = int(os.environ.get("DS_KILL_APP_KILLS") or 20)
# A new card counts two answers to go in a session (its learning steps);
# Easy takes both off.
STEPS_PER_NEW_CARD = 2


class Died(Exception):
    """The app is gone."""


def fail(message):
    sys.exit("FAIL: " + message)


# ---------------------------------------------------------------------
# What is on disk

def read_log(path):
    """The review log's records as the app reads them: a line counts when
    its CRC-32 matches and its number is higher than the last one (a torn
    last line, with no newline, does not). Returns the last number and
    the answers, (seq, card id, rating) each."""
    try:
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")[:-1]
    except FileNotFoundError:
        return 0, []
    last, answers = 0, []
    for line in lines:
        body, _, crc = line.rpartition(b"\t")
        fields = body.split(b"\t")
        try:
            if int(crc, 16) != zlib.crc32(body) or int(fields[0]) <= last:
                continue
        except ValueError:
            continue
        last = int(fields[0])
        if fields[1] == b"answer":
            answers.append((last, fields[3].decode(), int(fields[5])))
    return last, answers


def stored_seq(env):
    """The review log position the saved settings say they match, or None
    when they hold none."""
    out = subprocess.run(["gsettings", "get", SCHEMA, "progress-checkpoint"], env=env,
                         capture_output=True, text=True, timeout=TIMEOUT).stdout
    match = re.match(r"\((?:int64 )?(-?\d+),", out)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------------
# One life of the app

class Life:
    def __init__(self, env, number):
        self.number = number
        self.started = time.monotonic()
        self.proc = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.stderr = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.timer = None
        self.acked = 0
        self.on_bus = False
        self.notice = None
        self.to_go = None

    def _read(self):
        for line in self.proc.stderr:
            self.stderr.append(line)

    def kill_after(self, delay):
        self.timer = threading.Timer(delay, self.kill)
        self.timer.daemon = True
        self.timer.start()

    def kill_when_logged(self, path):
        """Kills the app the moment the review log grows: the answer is on
        disk, the settings are written next."""
        size = os.stat(path).st_size

        def watch():
            deadline = time.monotonic() + TIMEOUT
            while os.stat(path).st_size == size and time.monotonic() < deadline:
                time.sleep(0.0001)
            self.kill()

        self.timer = threading.Thread(target=watch, daemon=True)
        self.timer.start()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)

    def end(self):
        """Waits for the app to die; it must have died of the kill."""
        if self.timer is None:
            self.kill()
        code = self.proc.wait(timeout=TIMEOUT)
        self.reader.join(timeout=TIMEOUT)
        if code != -signal.SIGKILL:
            sys.stderr.write("".join(self.stderr))
            fail(f"life {self.number}: the app exited with {code}, not by the kill")

    def rebuilt(self):
        return any(REBUILT in line for line in self.stderr)

    def wait(self, predicate, what, timeout=TIMEOUT, required=True):
        """What @predicate returns once it returns something; Died when the
        app died first."""
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise Died()
            try:
                result = predicate()
            except Exception:
                # A dying app answers with errors; a living one may be
                # between two states of its tree.
                result = None
            if result:
                return result
            if time.monotonic() >= deadline:
                if self.proc.poll() is not None:
                    raise Died()
                if required:
                    app = find_app(self.proc.pid)
                    log("visible text:", texts(app) if app else "no app on the bus")
                    fail(f"life {self.number}: timed out waiting for {what}")
                return None
            time.sleep(0.03)


def key(name):
    subprocess.run(["xdotool", "key", name], check=True)


def find_named(app, *tests):
    """The first node whose name passes each of @tests, in the order of the
    tree (as a screen reader reads the window: its notices above the page
    first), and every name read on the way; None until all are found."""
    found = [None] * len(tests)
    names = []
    for node in walk(app):
        name = node.name
        names.append(name)
        for i, test in enumerate(tests):
            if found[i] is None and name and test(name):
                found[i] = node
        if None not in found:
            return found, names
    return None


def answered(label):
    """The session's answer count and what is left, from "3 answered · 12 to go"."""
    match = re.match(r"(\d+) answered · (\d+) to go", label.name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def open_session(life):
    """From the start to a session's first card; the window's notices on
    the way. Returns the session's count label and the key hint."""
    app = life.wait(lambda: find_app(life.proc.pid), "the app on the accessibility bus")
    life.on_bus = True
    life.wait(lambda: find_named(app, lambda n: n == "Study"), "the window's page switcher")
    key("alt+2")
    _, names = life.wait(lambda: find_named(app, lambda n: n.startswith("Study All Due Cards")),
                         "the Study page")
    life.notice = any(name and name.startswith(RESTORED) for name in names)
    key("Return")
    (count, hint), _ = life.wait(lambda: find_named(app, lambda n: " answered · " in n,
                                                    lambda n: "Enter" in n and n.endswith(".")),
                                 "a card and its key hint")
    life.to_go = answered(count)[1]
    return count, hint


def answer_one(life, count, hint, arm_kill=None):
    """Shows the answer and grades it Easy; @arm_kill, if given, is called
    just before the grade key goes."""
    before = answered(count)[0]
    for _ in range(5):
        key("Return")
        if life.wait(lambda: hint.name.startswith("1 Again"), "the answer", timeout=3, required=False):
            break
    else:
        fail(f"life {life.number}: the answer never showed")
    if arm_kill is not None:
        arm_kill()
    key("4")
    life.wait(lambda: answered(count)[0] == before + 1, "the answer acknowledged")
    life.acked += 1


def run_life(life, plan, log_path):
    """Drives @life to the kill @plan says (see plan_kill()); with no
    @plan, to one answer."""
    if plan is None:
        plan = {"at": None, "answers": 1}
    if plan["at"] == "time":
        life.kill_after(plan["seconds"])
    arm = {"answer": lambda: life.kill_after(plan.get("delay")),
           "logged": lambda: life.kill_when_logged(log_path)}.get(plan["at"])
    try:
        count, hint = open_session(life)
        for n in range(plan["answers"]):
            answer_one(life, count, hint, arm if n == plan["answers"] - 1 else None)
        if plan["at"] is not None:
            # The deck is small: the rest of this life waits for its end.
            life.wait(lambda: False, "the kill")
    except Died:
        pass


# ---------------------------------------------------------------------
# The checks between two lives

class Ledger:
    def __init__(self, env, profile):
        self.env = env
        self.log_path = os.path.join(profile, "diplostudy", "review-log")
        self.answers = []
        self.cards_left = None   # to go + learning steps answered: the deck
        self.restores = 0
        self.notices = 0
        self.acked = 0

    def predict_restore(self):
        """Whether the next start must rebuild the settings from the log:
        they hold less than it does."""
        last, _ = read_log(self.log_path)
        seq = stored_seq(self.env)
        return last > 0 and (seq is None or seq < last)

    def check_start(self, life, restore):
        if life.on_bus and life.rebuilt() != restore:
            fail(f"life {life.number}: the settings were {'' if restore else 'not '}behind "
                 f"the log, but the app {'did not rebuild' if restore else 'rebuilt'} them")
        if life.notice is not None and life.notice != restore:
            fail(f"life {life.number}: the window {'did not say' if restore else 'said'} "
                 f"that progress was restored from the review log")
        self.restores += life.rebuilt()
        self.notices += bool(life.notice)
        if life.to_go is None:
            return
        total = life.to_go + STEPS_PER_NEW_CARD * len(self.answers)
        if self.cards_left is None:
            self.cards_left = total
        elif total != self.cards_left:
            fail(f"life {life.number}: {life.to_go} to go after {len(self.answers)} answers "
                 f"in the log: the progress lost {(total - self.cards_left) // 2} of them")

    def check_end(self, life):
        """What the log holds after @life: every acknowledged answer, at
        most one more, each card once, each Easy."""
        _, answers = read_log(self.log_path)
        logged = len(answers) - len(self.answers)
        if logged < life.acked:
            fail(f"life {life.number}: {life.acked} answers acknowledged, {logged} in the log")
        if logged > life.acked + 1:
            fail(f"life {life.number}: {logged} answers in the log, {life.acked} acknowledged")
        cards = [card for _, card, _ in answers]
        again = {card for card in cards if cards.count(card) > 1}
        if again:
            fail(f"life {life.number}: answered again after a restart: {sorted(again)}")
        if any(rating != 4 for _, _, rating in answers):
            fail(f"life {life.number}: a grade other than Easy reached the app")
        self.answers = answers
        self.acked += life.acked

    def check_saved(self):
        """After the last, clean quit: the settings match the log, and the
        backup the command-line tool writes has every answered card."""
        last, answers = read_log(self.log_path)
        if stored_seq(self.env) != last:
            fail(f"the settings are at {stored_seq(self.env)} after a clean quit, the log at {last}")
        out = subprocess.run([CLI, "backup", "export"], env=self.env, capture_output=True,
                             text=True, timeout=TIMEOUT, check=True).stdout
        cards = json.loads(out)["cards"]
        missing = [card for _, card, _ in answers if cards.get(card, {}).get("reps", 0) < 1]
        if missing:
            fail(f"answered but not in the saved progress: {missing}")


# ---------------------------------------------------------------------
# The backends

def new_cards_unlimited(env):
    """Every answer a new card: more than the 20 a day a learner gets."""
    subprocess.run(["gsettings", "set", SCHEMA, "new-cards-per-day", "9999"], env=env,
                   check=True, timeout=TIMEOUT)


def use_dconf(env, profile):
    """dconf on this test's bus, writing into @profile: dconf-service is
    started on demand by the bus, with the bus's environment, so the bus
    is told the folder first. Returns what settles the settings after a
    kill."""
    if not os.path.exists("/usr/libexec/dconf-service"):
        print("SKIP: dconf-service is not installed (package dconf-service)")
        sys.exit(77)
    import gi
    gi.require_version("Gio", "2.0")
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def call(method, args, reply):
        return bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                             method, args, GLib.VariantType(reply), Gio.DBusCallFlags.NONE,
                             -1, None).unpack()

    def connected(pid):
        for name in call("ListNames", None, "(as)")[0]:
            try:
                if name.startswith(":") and \
                        call("GetConnectionUnixProcessID", GLib.Variant("(s)", (name,)), "(u)")[0] == pid:
                    return True
            except GLib.Error:
                pass  # gone in between
        return False

    def settle(pid):
        """Once the bus has seen the killed app go, everything it sent is
        on its way to dconf-service, which takes calls in order: a write
        of ours that it has acknowledged (gsettings waits for that) comes
        after every write of the app's."""
        deadline = time.monotonic() + TIMEOUT
        while connected(pid):
            if time.monotonic() >= deadline:
                fail("the killed app stays on the session bus")
            time.sleep(0.01)
        new_cards_unlimited(env)

    if call("NameHasOwner", GLib.Variant("(s)", ("ca.desrt.dconf",)), "(b)")[0]:
        fail("dconf-service already runs on this bus, on another settings folder")
    call("UpdateActivationEnvironment", GLib.Variant("(a{ss})", ({"XDG_CONFIG_HOME": profile},)), "()")
    env["GSETTINGS_BACKEND"] = "dconf"
    return settle


def prepare(backend, profile):
    """The app's environment for @backend on @profile, and what settles the
    settings after a kill (the keyfile is written by the app alone)."""
    env = fresh_env(profile)
    settle = lambda pid: None  # noqa: E731
    if backend == "dconf":
        settle = use_dconf(env, profile)
    elif backend != "keyfile":
        sys.exit(f"usage: {sys.argv[0]} keyfile|dconf")
    new_cards_unlimited(env)
    store = os.path.join(profile, "dconf", "user") if backend == "dconf" else \
        os.path.join(profile, "glib-2.0", "settings", "keyfile")
    if not os.path.exists(store):
        print(f"SKIP: the {backend} settings backend wrote nothing (is it installed?)")
        sys.exit(77)
    return env, settle


def plan_kill(rng):
    """When this life ends: at a random time after its start, with up to
    two answers given by then; a random few milliseconds after the grade
    key of its first or second answer; or, after that key, the moment the
    answer is in the review log (before the settings are written). At
    most two answers a life: 21 lives fit in the 63 cards of the shipped
    essays."""
    at = rng.choice(["time", "answer", "answer", "logged"])
    if at == "time":
        return {"at": at, "seconds": round(rng.uniform(0.0, 3.0), 3), "answers": rng.randint(0, 2)}
    plan = {"at": at, "answers": rng.randint(1, 2)}
    if at == "answer":
        plan["delay"] = round(rng.uniform(0.0, 0.08), 3)
    return plan


def main():
    backend = sys.argv[1] if len(sys.argv) > 1 else "keyfile"
    seed = int(os.environ.get("DS_KILL_APP_SEED") or random.SystemRandom().randrange(1 << 31))
    log(f"{backend}: seed {seed} (DS_KILL_APP_SEED={seed} replays it), {N_KILLS} kills")
    rng = random.Random(seed)
    profile = tempfile.mkdtemp(prefix="ds-kill-app-")
    life = None
    started = time.monotonic()
    try:
        env, settle = prepare(backend, profile)
        ledger = Ledger(env, profile)
        for number in range(1, N_KILLS + 2):
            restore = ledger.predict_restore()
            plan = plan_kill(rng) if number <= N_KILLS else None
            life = Life(env, number)
            run_life(life, plan, ledger.log_path)
            if plan is None:
                key("ctrl+q")
                code = life.proc.wait(timeout=TIMEOUT)
                life.reader.join(timeout=TIMEOUT)
                if code != 0:
                    sys.stderr.write("".join(life.stderr))
                    fail(f"the app did not quit cleanly: exit {code}")
            else:
                life.end()
            settle(life.proc.pid)
            ledger.check_start(life, restore)
            ledger.check_end(life)
            log(f"life {number}: {plan}, restore {restore}, notice {life.notice}, "
                f"{life.acked} acknowledged, {len(ledger.answers)} in the log, "
                f"{time.monotonic() - life.started:.1f} s")
            life = None
        ledger.check_saved()
        log(f"{backend}: {N_KILLS} kills, {ledger.acked} answers acknowledged, "
            f"{len(ledger.answers)} in the log, {ledger.restores} restores from the log "
            f"({ledger.notices} of them told in a window before the kill), "
            f"{time.monotonic() - started:.1f} s")
    finally:
        if life is not None:
            life.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
