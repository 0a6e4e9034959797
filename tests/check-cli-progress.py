#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# diplostudy-cards export, backup and check, end to end, on a profile of
# their own: a learner (tests/answer-loop) answers 30 cards; the deck is
# exported for Anki and as JSON (all, one essay, one topic) and checked;
# the progress goes out as a backup and comes back into an empty profile;
# a bad backup changes nothing; importing while DiploStudy holds the
# review log is refused with a message, exporting is not.
import json
import os
import shutil
import subprocess
import sys
import tempfile

BUILD = os.environ["DS_BUILD_ROOT"]
CLI = os.path.join(BUILD, "src", "cli", "diplostudy-cards")
LOOP = os.path.join(BUILD, "tests", "answer-loop")

tmp = tempfile.mkdtemp()
env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"), GSETTINGS_BACKEND="keyfile")


def run(*args, code=0, stdout=subprocess.PIPE, stdin=None):
    p = subprocess.run([CLI, *args], env=env, stdout=stdout, stderr=subprocess.PIPE,
                       stdin=stdin, timeout=120)
    err = p.stderr.decode()
    if p.returncode != code:
        sys.exit("FAIL: %s: exit %d, expected %d: %s" % (" ".join(args), p.returncode, code, err))
    return (p.stdout.decode() if p.stdout is not None else ""), err


def one_line(err, *words):
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    for w in words:
        assert w in lines[0], (w, lines[0])


def backup_cards(path):
    return json.load(open(path, encoding="utf-8"))["cards"]


try:
    subprocess.run([LOOP, "--count", "30"], env=env, check=True, stdout=subprocess.DEVNULL)

    # Export for Anki: its header lines, then question, answer, tags.
    tsv, _ = run("export", "--format", "tsv")
    lines = tsv.split("\n")
    assert lines[:3] == ["#separator:tab", "#html:true", "#tags column:3"], lines[:3]
    rows = [l for l in lines[3:] if l]
    assert all(len(r.split("\t")) == 3 for r in rows)

    # The same cards as JSON, checked; one essay, one topic of it.
    out, _ = run("export", "--output", os.path.join(tmp, "deck.json"))
    cards = json.load(open(os.path.join(tmp, "deck.json"), encoding="utf-8"))["cards"]
    assert len(cards) == len(rows) > 40, (len(cards), len(rows))
    out, _ = run("check", os.path.join(tmp, "deck.json"))
    assert out == "%s: %d cards\n" % (os.path.join(tmp, "deck.json"), len(cards)), out
    essay = cards[0]["essay"]
    topic = next(c["topic"] for c in cards if c["essay"] == essay and c["topic"])
    out, _ = run("export", "--essay", essay)
    assert {c["essay"] for c in json.loads(out)["cards"]} == {essay}
    out, _ = run("export", "--essay", essay, "--topic", topic)
    assert {c["topic"] for c in json.loads(out)["cards"]} == {topic}
    _, err = run("export", "--essay", "no-such-essay", "-o", os.path.join(tmp, "none.tsv"), code=1)
    one_line(err, "no-such-essay")
    assert not os.path.exists(os.path.join(tmp, "none.tsv"))
    if os.access("/dev/full", os.W_OK):
        with open("/dev/full", "wb") as full:
            _, err = run("export", stdout=full, code=1)
        one_line(err)

    # A broken deck: one line naming it.
    bad_deck = os.path.join(tmp, "bad-deck.json")
    open(bad_deck, "w").write('{"cards": [{"id": 1}]}')
    _, err = run("check", bad_deck, code=1)
    one_line(err, "bad-deck.json", "card 1")

    # Backup out, into an empty profile, and out again: the same.
    backup = os.path.join(tmp, "backup.json")
    run("backup", "export", backup)
    before = backup_cards(backup)
    assert len(before) == 30, len(before)
    shutil.rmtree(env["XDG_DATA_HOME"])
    shutil.rmtree(env["XDG_CONFIG_HOME"])
    out, _ = run("backup", "import", backup)
    assert "Imported 30 cards" in out, out
    again = os.path.join(tmp, "again.json")
    run("backup", "export", again)
    assert backup_cards(again) == before

    # Bad backups change nothing, and say why in one line naming the file.
    for name, text, words in [
            ("deep.json", "[" * 100000, "nested"),
            ("version.json", '{"format": "diplostudy-progress", "version": 7}', "version"),
            ("types.json", '{"format": "diplostudy-progress", "version": 1, "cards": {"x": 1}}',
             "not an object")]:
        path = os.path.join(tmp, name)
        open(path, "w").write(text)
        _, err = run("backup", "import", path, code=1)
        one_line(err, name, words)
    run("backup", "export", again)
    assert backup_cards(again) == before

    # DiploStudy holds the log: import is refused, export still works.
    holder = subprocess.Popen([LOOP, "--count", "0", "--hold"], env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    while holder.stdout.readline() not in (b"READY\n", b""):
        pass
    _, err = run("backup", "import", backup, code=1)
    one_line(err, "already open")
    run("backup", "export", again)
    assert backup_cards(again) == before
    holder.stdin.close()
    holder.wait(timeout=60)
    out, _ = run("backup", "import", backup)
    assert "Imported 0 cards" in out and "kept 30 cards" in out, out
finally:
    shutil.rmtree(tmp)

print("cli-progress: all checks passed")
