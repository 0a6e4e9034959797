#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# diplostudy-cards generate, end to end: the built-in essays as JSON (the
# three-trends card with its warning, the five goals, the government's
# roles, spans that match the text) and as Anki TSV; bad inputs each give a
# one-line error naming the file while the good file is still processed.
set -eu

BUILD=${DS_BUILD_ROOT:?DS_BUILD_ROOT is not set}
SOURCE=${DS_SOURCE_ROOT:?DS_SOURCE_ROOT is not set}
CLI="$BUILD/src/cli/diplostudy-cards"
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

# --- JSON of the built-in essays --------------------------------------
"$CLI" generate --builtin --format json > "$tmp/builtin.json" || fail "generate --builtin exited $?"

"$PYTHON" - "$tmp/builtin.json" "$SOURCE" <<'EOF' || fail "JSON checks"
import json, sys, glob, os

cards = json.load(open(sys.argv[1], encoding="utf-8"))["cards"]
assert len(cards) > 40, len(cards)

def card(essay, question):
    found = [c for c in cards if c["essay"] == essay and c["question"] == question]
    assert len(found) == 1, (essay, question, len(found))
    return found[0]

trends = card("001_f2b556cc33273b55", "Sebutkan tiga tren global yang muncul menurut esai ini.")
assert trends["kind"] == "list"
assert trends["expected_count"] == 3, trends
assert trends["items"] == ["meningkatnya ancaman terhadap layanan daring",
                           "muncul nya pasar untuk mencari kerentanan perangkat lunak"], trends["items"]
assert len(trends["warnings"]) == 1 and "a." in trends["warnings"][0], trends["warnings"]

goals = card("001_f2b556cc33273b55", "Apa saja tujuan dari serangan siber?")
assert len(goals["items"]) == 5, goals["items"]
assert goals["expected_count"] is None

roles = card("003_5cdc93be76772f91", "Apa saja yang dilakukan pemerintah melalui akun resmi @Kemlu_RI?")
assert roles["items"][0] == "menyampaikan kebijakan luar negeri", roles["items"]
assert roles["topic"] == "Peran Aktif Pemerintah Indonesia"
app = card("003_5cdc93be76772f91", "Aplikasi apa yang di luncurkan untuk membantu perlindungan warga negara Indonesia di luar negeri?")
assert app["answer"] == "Safe Travel"
institutions = card("001_f2b556cc33273b55",
                    "Sebutkan contoh lembaga pemerintahan yang khusus mengurusi diplomasi digital menurut esai ini.")
assert institutions["items"][0] == "Amerika Serikat Office of E-Diplomacy", institutions["items"]

# Every span is the text between its offsets in the cleaned essay. The CLI
# prints no cleaned text, so the check uses the source text: the span text
# must occur in the raw essay once debris such as "\_" is undone.
for c in cards:
    assert {"id", "essay", "kind", "question", "answer", "items", "expected_count",
            "source", "topic", "warnings"} <= set(c), c.keys()
    src = c["source"]
    assert src["end"] - src["start"] == len(src["text"]), (c["id"], src)
    raw = open(glob.glob(os.path.join(sys.argv[2], "data", "essays", c["essay"] + ".txt"))[0],
               encoding="utf-8", errors="replace").read().replace("\\_", "_")
    first = src["text"].split("\n")[0][:60]
    assert first.replace("• ", "- ") in raw or first in raw, (c["id"], first)
    if c["kind"] == "multiple_choice":
        assert c["choices"][c["correct"]] == c["answer"]
        assert c["answer"] not in [x for i, x in enumerate(c["choices"]) if i != c["correct"]]
assert len({c["id"] for c in cards}) == len(cards)
EOF

# --- TSV ----------------------------------------------------------------
"$CLI" generate --builtin --format tsv > "$tmp/builtin.tsv" || fail "generate --format tsv exited $?"
"$PYTHON" - "$tmp/builtin.tsv" <<'EOF' || fail "TSV checks"
import sys
rows = 0
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not line or line.startswith("#"):
        continue
    cols = line.split("\t")
    assert len(cols) == 3, cols
    assert cols[0] and cols[1] and cols[2], cols
    rows += 1
assert rows > 40, rows
EOF

# --- Bad input ----------------------------------------------------------
good="$tmp/essay-good.md"
printf '# Uji\n\nAdapun tujuan dari latihan ini yaitu membaca, menulis, dan berdiskusi.\n' > "$good"
mkdir "$tmp/a-directory"
printf 'abc\000def' > "$tmp/binary.txt"
printf 'Halo \377\376 dunia yang tidak sah.\n' > "$tmp/latin1.txt"

for bad in "$tmp/missing.txt" "$tmp/a-directory" "$tmp/binary.txt" "$tmp/latin1.txt"; do
  status=0
  "$CLI" generate "$bad" "$good" > "$tmp/out.json" 2> "$tmp/err.txt" || status=$?
  [ "$status" -ne 0 ] || fail "$bad: exit status 0"
  [ "$(wc -l < "$tmp/err.txt")" -eq 1 ] || fail "$bad: stderr is not one line: $(cat "$tmp/err.txt")"
  grep -q "$(basename "$bad")" "$tmp/err.txt" || fail "$bad: error does not name the file"
  "$PYTHON" - "$tmp/out.json" <<'EOF' || fail "$bad: the good file was not processed"
import json, sys
cards = json.load(open(sys.argv[1], encoding="utf-8"))["cards"]
assert any(c["essay"] == "essay-good" and c["question"] == "Apa saja tujuan dari latihan ini?" for c in cards), cards
EOF
done

# --- Hostile input (issue 11) ----------------------------------------
# A named pipe neither hangs nor holds back the other files' cards;
# /dev/zero is refused for what it is; a 1 GB file is refused by its size
# without being read (the run stays small); UTF-16 is named.
mkfifo "$tmp/pipe.txt"
printf '\377\376H\000a\000l\000o\000.\000\n\000' > "$tmp/windows.txt"
truncate -s 1G "$tmp/huge.txt"
for bad in "$tmp/pipe.txt" /dev/zero "$tmp/huge.txt" "$tmp/windows.txt"; do
  status=0
  "$PYTHON" - "$CLI" "$bad" "$good" "$tmp/out.json" "$tmp/err.txt" <<'PY' || status=$?
import resource, subprocess, sys
cli, bad, good, out, err = sys.argv[1:]
with open(out, "wb") as o, open(err, "wb") as e:
    try:
        code = subprocess.run([cli, "generate", bad, good], stdout=o, stderr=e,
                              timeout=60).returncode
    except subprocess.TimeoutExpired:
        sys.exit("%s: still running after 60 s" % bad)
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if rss_mb >= 300:
    sys.exit("%s: the run took %d MB" % (bad, rss_mb))
sys.exit(code)
PY
  [ "$status" -eq 1 ] || fail "$bad: exit status $status, expected 1"
  [ "$(wc -l < "$tmp/err.txt")" -eq 1 ] || fail "$bad: stderr is not one line: $(cat "$tmp/err.txt")"
  grep -q "$(basename "$bad")" "$tmp/err.txt" || fail "$bad: error does not name the file"
  grep -q "essay-good" "$tmp/out.json" || fail "$bad: the good file was not processed"
done
"$CLI" generate "$tmp/pipe.txt" 2>&1 | grep -q "named pipe" || fail "a pipe is not called a pipe"
"$CLI" generate /dev/zero 2>&1 | grep -q "device" || fail "/dev/zero is not called a device"
"$CLI" generate "$tmp/huge.txt" 2>&1 | grep -q "too large" || fail "1 GB is not called too large"
"$CLI" generate "$tmp/windows.txt" 2>&1 | grep -q "UTF-16" || fail "UTF-16 is not named"

# A full output device: one error, not one per file, and exit status 1.
if [ -w /dev/full ]; then
  status=0
  "$CLI" generate --builtin "$good" "$good" "$good" "$good" > /dev/full 2> "$tmp/err.txt" || status=$?
  [ "$status" -eq 1 ] || fail "/dev/full: exit status $status"
  [ "$(wc -l < "$tmp/err.txt")" -eq 1 ] || fail "/dev/full: stderr is not one line: $(cat "$tmp/err.txt")"
  grep -q "cannot write" "$tmp/err.txt" || fail "/dev/full: $(cat "$tmp/err.txt")"
fi

# Usage errors.
status=0
"$CLI" generate --format xml "$good" > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "unknown format: status $status"

echo "cli: all checks passed"
