#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Replays both FSRS reference files through `diplostudy-cards fsrs-replay`
# and compares every computed field with ts-fsrs's (stability, difficulty and
# retrievability within 1e-4 relative, everything else exact); then checks
# that broken input gives a one-line error naming the file, and exit 1.
set -eu

cli="$DS_BUILD_ROOT/src/cli/diplostudy-cards"
data="$DS_SOURCE_ROOT/tests/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for variant in long-term short-term; do
  "$cli" fsrs-replay "$data/vectors-$variant.json" > "$tmp/$variant.json"
  /usr/bin/python3 - "$data/vectors-$variant.json" "$tmp/$variant.json" <<'EOF'
import json, sys

ref_path, got_path = sys.argv[1], sys.argv[2]
ref = json.load(open(ref_path))
got = json.load(open(got_path))
close = ("stability", "difficulty", "retrievability")
exact = ("review", "rating", "elapsed_days", "state", "scheduled_days", "due",
         "learning_steps", "reps", "lapses")
problems = []
reviews = 0

for key in ("generator", "version", "algorithm", "seed", "params"):
    if ref.get(key) != got.get(key):
        problems.append("%s: expected %r, got %r" % (key, ref.get(key), got.get(key)))
if len(ref["sequences"]) != len(got["sequences"]):
    problems.append("sequence count differs")
for rs, gs in zip(ref["sequences"], got["sequences"]):
    if (rs["id"], rs["start"]) != (gs["id"], gs["start"]):
        problems.append("sequence %r: id/start differ" % rs["id"])
    if len(rs["reviews"]) != len(gs["reviews"]):
        problems.append("sequence %r: review count differs" % rs["id"])
    for i, (r, g) in enumerate(zip(rs["reviews"], gs["reviews"])):
        reviews += 1
        if set(r) != set(g):
            problems.append("sequence %r review %d: fields differ" % (rs["id"], i))
        for f in exact:
            if r[f] != g.get(f) or type(r[f]) != type(g.get(f)):
                problems.append("sequence %r review %d: %s expected %r, got %r"
                                % (rs["id"], i, f, r[f], g.get(f)))
        for f in close:
            a, b = r[f], g.get(f)
            if a is None or b is None:
                ok = a is None and b is None
            else:
                ok = abs(a - b) <= 1e-4 * abs(a)
            if not ok:
                problems.append("sequence %r review %d: %s expected %r, got %r"
                                % (rs["id"], i, f, a, b))

name = ref_path.rsplit("/", 1)[-1]
for p in problems[:20]:
    print("%s: %s" % (name, p))
print("%s: %d sequences, %d reviews, %d problems"
      % (name, len(ref["sequences"]), reviews, len(problems)))
sys.exit(1 if problems or reviews == 0 else 0)
EOF
done

# Broken input: each case must fail with exit 1 and one line on stderr that
# names the file.
expect_error () {
  file=$1
  what=$2
  status=0
  "$cli" fsrs-replay "$file" > "$tmp/out" 2> "$tmp/err" || status=$?
  if [ "$status" -ne 1 ]; then
    echo "FAIL: $what: exit status $status, expected 1"; exit 1
  fi
  if [ "$(wc -l < "$tmp/err")" -ne 1 ] || ! grep -qF "$file" "$tmp/err"; then
    echo "FAIL: $what: expected one line naming $file, got:"; cat "$tmp/err"; exit 1
  fi
  if [ -s "$tmp/out" ]; then
    echo "FAIL: $what: printed output despite the error"; exit 1
  fi
  echo "ok: $what: $(cat "$tmp/err")"
}

expect_error "$tmp/missing.json" "missing file"

head -c 2000 "$data/vectors-long-term.json" > "$tmp/truncated.json"
expect_error "$tmp/truncated.json" "truncated JSON"

/usr/bin/python3 - "$data/vectors-short-term.json" "$tmp" <<'EOF'
import json, sys
src, tmp = sys.argv[1], sys.argv[2]

def variant(name, change):
    d = json.load(open(src))
    change(d)
    json.dump(d, open("%s/%s.json" % (tmp, name), "w"))

def third_review(d):
    return [s for s in d["sequences"] if len(s["reviews"]) >= 3][0]["reviews"][2]

variant("bad-rating", lambda d: third_review(d).update(rating=5))
variant("time-back", lambda d: third_review(d).update(review="2025-12-01T00:00:00.000Z"))
variant("bad-time", lambda d: third_review(d).update(review="tomorrow"))
variant("bad-weights", lambda d: d["params"].update(w=[1, 2, 3]))
EOF
expect_error "$tmp/bad-rating.json" "rating 5"
expect_error "$tmp/time-back.json" "review on an earlier day"
expect_error "$tmp/bad-time.json" "review time not ISO 8601"
expect_error "$tmp/bad-weights.json" "wrong number of weights"

# Hostile input (issue 11): 100,000 nested brackets used to overflow
# json-glib's recursion; a step of 4294967295 minutes used to overflow the
# scheduler; UTF-16 is named; a pipe does not hang.
/usr/bin/python3 -c 'import sys; sys.stdout.write("[" * 100000)' > "$tmp/deep.json"
expect_error "$tmp/deep.json" "100,000 nested brackets"
grep -q "nested" "$tmp/err" || { echo "FAIL: deep nesting not named"; exit 1; }
/usr/bin/python3 - "$data/vectors-short-term.json" "$tmp/huge-step.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["params"]["learning_steps"] = ["4294967295m"]
json.dump(d, open(sys.argv[2], "w"))
EOF
expect_error "$tmp/huge-step.json" "a learning step of 4294967295 minutes"
printf '\377\376{\000}\000' > "$tmp/utf16.json"
expect_error "$tmp/utf16.json" "UTF-16"
grep -q "UTF-16" "$tmp/err" || { echo "FAIL: UTF-16 not named"; exit 1; }
mkfifo "$tmp/pipe.json"
expect_error "$tmp/pipe.json" "a named pipe"
if [ -w /dev/full ]; then
  status=0
  "$cli" fsrs-replay "$data/vectors-short-term.json" > /dev/full 2> "$tmp/err" || status=$?
  if [ "$status" -ne 1 ] || [ "$(wc -l < "$tmp/err")" -ne 1 ]; then
    echo "FAIL: /dev/full: status $status, $(cat "$tmp/err")"; exit 1
  fi
fi

if "$cli" fsrs-replay > /dev/null 2>&1; then
  echo "FAIL: no FILE argument accepted"; exit 1
fi
"$cli" fsrs-replay --help | grep -q "FILE.json"
echo "fsrs-replay: all checks passed"
