#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Class live in a real browser: Debian's headless Chromium, driven through
chromedriver's WebDriver HTTP API with the standard library only, opens the
student's page from `diplostudy-cards live` on 127.0.0.1 (never another
address), joins, answers, sees the result, reloads and keeps its seat, and
sees the summary — in Indonesian and in English. The page must raise no
JavaScript error and no Content-Security-Policy violation.

    live-browser.py [BUILD_DIR] [--screenshots DIR]   (default: $DS_BUILD_ROOT)

With --screenshots, the phone page (360×740 CSS pixels, device pixel ratio
2) is saved at each step in both languages.
"""

import base64
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

LOCALHOST = "127.0.0.1"
TIMEOUT = 60
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def wait_for(what, predicate, timeout=TIMEOUT):
    """Polls until predicate() is truthy: no fixed sleeps."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            fail("timed out waiting for " + what)
        time.sleep(0.05)


def free_port():
    with socket.socket() as s:
        s.bind((LOCALHOST, 0))
        return s.getsockname()[1]


class Host:
    """diplostudy-cards live, its commands in, its JSON events out."""

    def __init__(self, cli, questions):
        self.process = subprocess.Popen(
            [cli, "live", "--address", LOCALHOST, "--port", "0", "--room", "KXY7",
             "--questions", str(questions), "--top"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.events = queue.Queue()
        self.seen = []
        threading.Thread(target=self._read, daemon=True).start()
        self.listening = self.next_event("listening")

    def _read(self):
        for line in self.process.stdout:
            self.events.put(json.loads(line))

    def next_event(self, name):
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                event = self.events.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                fail("the host sent no '%s' event" % name)
            self.seen.append(event)
            if event["event"] == name:
                return event
            if time.monotonic() > deadline:
                fail("the host sent no '%s' event" % name)

    def command(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def quit(self):
        if self.process.poll() is None:
            self.command("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Browser:
    """One chromedriver and one headless Chromium session."""

    def __init__(self, language, profile):
        self.port = free_port()
        self.driver = subprocess.Popen(
            [chromedriver(), "--port=%d" % self.port, "--allowed-ips=" + LOCALHOST],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for("chromedriver", self._ready)
        options = {
            "binary": chromium(),
            "args": CHROMIUM_FLAGS + ["--user-data-dir=" + profile, "--lang=" + language],
            "prefs": {"intl.accept_languages": language},
            "mobileEmulation": {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2}},
        }
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL"}}}}
        self.session = self._call("POST", "/session", capabilities)["sessionId"]

    def _ready(self):
        try:
            with urllib.request.urlopen("http://%s:%d/status" % (LOCALHOST, self.port), timeout=2) as r:
                return json.load(r)["value"]["ready"]
        except (urllib.error.URLError, ConnectionError, OSError):
            return False

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request("http://%s:%d%s" % (LOCALHOST, self.port, path),
                                         data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as error:
            fail("WebDriver %s %s: %s" % (method, path, error.read().decode(errors="replace")))

    def call(self, method, path, body=None):
        return self._call(method, "/session/%s%s" % (self.session, path), body)

    def open(self, url):
        self.call("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def element(self, css):
        return self.call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def type(self, css, text):
        self.call("POST", "/element/%s/clear" % self.element(css), {})
        self.call("POST", "/element/%s/value" % self.element(css), {"text": text})

    def click(self, css):
        self.call("POST", "/element/%s/click" % self.element(css), {})

    def text(self, css):
        return self.js("const e = document.querySelector(arguments[0]);"
                       "return e ? e.textContent : null;", css)

    def visible(self, view):
        return self.js("return !document.getElementById(arguments[0]).hidden;", view)

    def screenshot(self, path):
        with open(path, "wb") as out:
            out.write(base64.b64decode(self.call("GET", "/screenshot")))

    def console(self):
        return self.call("POST", "/se/log", {"type": "browser"}) or []

    def close(self):
        try:
            self.call("DELETE", "")
        finally:
            self.driver.terminate()
            self.driver.wait(timeout=10)


def chromium():
    for path in ("/usr/lib/chromium/chromium", shutil.which("chromium") or ""):
        if path and os.access(path, os.X_OK):
            return path
    return None


def chromedriver():
    return shutil.which("chromedriver") or "/usr/bin/chromedriver"


TEXTS = {
    "id": {"joined": "Kamu bergabung sebagai", "received": "Jawaban diterima: ",
           "right": "Benar! Jawabannya ", "wrong": "Belum tepat: jawabannya ",
           "score": "Kamu menjawab benar 1 dari 2 pertanyaan.", "join": "Gabung",
           "taken": "Nama panggilan itu sudah dipakai"},
    "en": {"joined": "You are", "received": "Answer received: ",
           "right": "Right! The answer is ", "wrong": "Not this time: the answer is ",
           "score": "You answered 1 of 2 questions right.", "join": "Join",
           "taken": "Someone has that nickname already"},
}
LETTERS = "ABCD"


class Run:
    """One student's whole quiz in one language."""

    def __init__(self, cli, language, nickname, shots):
        self.language = language
        self.texts = TEXTS[language]
        self.nickname = nickname
        self.shots = shots
        self.profile = tempfile.mkdtemp(prefix="ds-live-chromium-")
        self.host = Host(cli, 2)
        self.browser = Browser(language, self.profile)

    def shot(self, name):
        if self.shots:
            self.browser.screenshot(os.path.join(self.shots, "live-%s-%s.png" % (self.language, name)))

    def status(self):
        return self.browser.text("#answer-status") or ""

    def join(self):
        b = self.browser
        b.open(self.host.listening["url"])
        wait_for("the join form", lambda: b.visible("join-view"))
        if b.js("return document.documentElement.lang;") != self.language:
            fail("the page did not follow the browser's language " + self.language)
        if b.text("#join-button") != self.texts["join"]:
            fail("the join button is not in the browser's language")
        if b.js("return document.getElementById('room').value;") != "KXY7":
            fail("the room code is not taken from the link")
        self.shot("1-join")
        b.type("#nickname", self.nickname)
        b.click("#join-button")
        joined = self.host.next_event("joined")
        if joined["nickname"] != self.nickname.strip():
            fail("the host saw the nickname %r" % joined["nickname"])
        wait_for("the waiting view", lambda: b.visible("wait-view"))
        # The nickname is text, whatever it holds.
        if b.text("#seat-name") != "%s %s" % (self.texts["joined"], self.nickname.strip()):
            fail("the nickname is not shown as text: %r" % b.text("#seat-name"))
        if b.js("return document.querySelectorAll('main img, main b, main script').length;"):
            fail("the nickname was inserted as markup")
        self.shot("2-waiting")

    def question(self, answer_right):
        b, host = self.browser, self.host
        host.command("next")
        question = host.next_event("question")
        wait_for("the question", lambda: b.visible("question-view")
                 and b.text("#question-text") == question["text"])
        options = b.js("return [...document.querySelectorAll('#options .option .text')]"
                       ".map(e => e.textContent);")
        if options != question["options"]:
            fail("the options on the phone differ from the host's: %r" % options)
        self.shot("3-question-%d" % question["question"])
        right = question["right"]
        option = right if answer_right else (right + 1) % len(options)
        b.click("#options .option[data-option='%d']" % option)
        answered = host.next_event("answered")
        if (answered["option"], answered["question"]) != (option, question["question"]):
            fail("the host counted %r" % answered)
        wait_for("'answer received'", lambda: self.status().startswith(self.texts["received"]))
        self.shot("4-received-%d" % question["question"])
        return question, option

    def reveal(self, question, option):
        b, host = self.browser, self.host
        host.command("close")
        host.next_event("closed")
        host.command("reveal")
        reveal = host.next_event("reveal")
        if reveal["counts"][option] != 1 or reveal["answers"] != 1:
            fail("the tally is wrong: %r" % reveal)
        expected = self.texts["right" if option == question["right"] else "wrong"]
        expected += LETTERS[question["right"]] + "."
        wait_for("the result", lambda: self.status() == expected)
        marked = b.js("return document.querySelector('#options .option.right').dataset.option;")
        if int(marked) != question["right"]:
            fail("the right option is not marked")
        if "✓" not in b.text("#options .option.right .extra"):
            fail("the right option is marked by colour alone")

    def reload_keeps_seat(self, expected_status):
        """A reload gets the same seat back, and the answer it gave."""
        b, host = self.browser, self.host
        b.open(self.host.listening["url"])
        rejoined = host.next_event("rejoined")
        if rejoined["seat"] != 1 or rejoined["students"] != 1:
            fail("the reload did not get the seat back: %r" % rejoined)
        wait_for("the result after reloading", lambda: self.status() == expected_status)

    def summary(self):
        b, host = self.browser, self.host
        host.command("summary")
        summary = host.next_event("summary")
        if summary["percent_correct"] != [100, 0]:
            fail("the summary is wrong: %r" % summary)
        wait_for("the summary", lambda: b.visible("summary-view")
                 and b.text("#your-score") == self.texts["score"])
        top = b.js("return [...document.querySelectorAll('#top-list li')].map(e => e.textContent);")
        if len(top) != 1 or self.nickname.strip() not in top[0]:
            fail("the top five is wrong: %r" % top)
        self.shot("6-summary")

    def second_student_same_name(self):
        """Another phone with the same nickname is told to choose another."""
        other = Browser(self.language, tempfile.mkdtemp(prefix="ds-live-chromium-"))
        try:
            other.open(self.host.listening["url"])
            wait_for("the second join form", lambda: other.visible("join-view"))
            other.type("#nickname", self.nickname.upper())
            other.click("#join-button")
            wait_for("the nickname error",
                     lambda: (other.text("#join-error") or "").startswith(self.texts["taken"]))
        finally:
            other.close()

    def check_console(self):
        problems = [entry["message"] for entry in self.browser.console()
                    if entry.get("level") == "SEVERE" or "Content Security Policy" in entry["message"]
                    or "Refused to" in entry["message"]]
        # A page without an icon makes the browser ask for /favicon.ico.
        problems = [p for p in problems if "favicon.ico" not in p]
        if problems:
            fail("the page logged problems:\n" + "\n".join(problems))

    def run(self):
        try:
            self.join()
            self.second_student_same_name()
            question, option = self.question(answer_right=True)
            self.reveal(question, option)
            self.shot("5-right")
            self.reload_keeps_seat(self.texts["right"] + LETTERS[question["right"]] + ".")
            question, option = self.question(answer_right=False)
            self.reveal(question, option)
            self.shot("5-wrong")
            self.summary()
            self.check_console()
        finally:
            self.browser.close()
            self.host.quit()
            shutil.rmtree(self.profile, ignore_errors=True)
        print("ok %s: joined, answered, reloaded into the same seat, saw the results" % self.language)


def main():
    build = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") \
        else os.environ.get("DS_BUILD_ROOT")
    if not build:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cli = os.path.join(build, "src", "cli", "diplostudy-cards")
    shots = None
    if "--screenshots" in sys.argv:
        shots = sys.argv[sys.argv.index("--screenshots") + 1]
        os.makedirs(shots, exist_ok=True)
    if chromium() is None or not os.access(chromedriver(), os.X_OK):
        # CI installs both (build-aux/debian-packages.txt): there, missing is a failure.
        if os.environ.get("CI") == "true":
            fail("chromium and chromedriver are not installed")
        print("chromium or chromedriver is not installed: skipped")
        sys.exit(77)
    Run(cli, "id", "Sari Dewi", shots).run()
    Run(cli, "en", "  <b>Tom</b> ", shots).run()


if __name__ == "__main__":
    main()
