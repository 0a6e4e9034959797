#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one libFuzzer target for a bounded time (DS_FUZZ_SECONDS, 5 by
# default) from its seeds, with a corpus of its own in a temporary folder
# (the seeds in the repository are never written). A crash, a leak, a
# sanitizer report, a timeout or running out of memory fails the test; the
# input that did it is kept in DS_FUZZ_ARTIFACTS (the build's fuzz-artifacts
# folder) and printed.
#
# Usage: run-fuzz.sh TARGET MAX_LEN SEED_DIR_OR_FILE…
set -eu
target=$1
max_len=$2
shift 2
seconds=${DS_FUZZ_SECONDS:-5}
artifacts=${DS_FUZZ_ARTIFACTS:-$(dirname "$target")/fuzz-artifacts}
corpus=$(mktemp -d)
seeds=$(mktemp -d)
trap 'rm -rf "$corpus" "$seeds"' EXIT
mkdir -p "$artifacts"

# libFuzzer takes folders: single seed files are gathered into one.
dirs=""
for seed in "$@"; do
  if [ -d "$seed" ]; then
    dirs="$dirs $seed"
  else
    cp "$seed" "$seeds/"
  fi
done

status=0
# shellcheck disable=SC2086
"$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=2048 \
  -error_exitcode=1 -print_final_stats=1 -artifact_prefix="$artifacts/$(basename "$target")-" \
  "$corpus" "$seeds" $dirs > "$corpus.log" 2>&1 || status=$?
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)" "$corpus.log" || true
if [ "$status" -ne 0 ]; then
  tail -n 60 "$corpus.log"
  ls -l "$artifacts"
fi
rm -f "$corpus.log"
exit "$status"
