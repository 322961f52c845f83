#!/usr/bin/env bash
# parallax against write-good, the fastest peer that catches doubled words, on the same
# English files (tests/corpus/wikipairs/en and tests/corpus/en-wikitext, copied into one
# folder). write-good is installed with npm into a temporary folder (needs node and npm),
# and run with its default checks, as a user runs it; parallax with every rule
# (`check --no-cache -q`), at its default thread count and at `-j 1`.
#
#   bench/peer.sh            # median of 5 runs each
#   RUNS=9 bench/peer.sh
#
# Prints the median wall time of each, MB/s, and how many times faster parallax is
# (issue 17's target: 50x).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$(pwd)/tests/corpus}
RUNS=${RUNS:-5}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/parallax-peer.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

command -v npm >/dev/null || { echo "npm is needed to install write-good" >&2; exit 2; }
(cd "$TMP" && npm install --silent --no-audit --no-fund --prefix "$TMP/wg" write-good@1.0.8 >/dev/null)
WG="$TMP/wg/node_modules/.bin/write-good"

cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/parallax

mkdir -p "$TMP/en"
cp "$CORPUS"/wikipairs/en/*.txt "$CORPUS"/en-wikitext/*.txt "$TMP/en/"
FILES=("$TMP"/en/*)
BYTES=$(cat "${FILES[@]}" | wc -c)

# median CMD...: the median wall time (s) of RUNS runs, output discarded
median() {
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
  done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

wg=$(median "$WG" "${FILES[@]}")
px=$(median "$BIN" check --no-cache -q "$TMP/en")
px1=$(median "$BIN" check --no-cache -q -j 1 "$TMP/en")
echo "English files: ${#FILES[@]}, $(echo "$BYTES / 1000000" | bc -l | xargs printf '%.2f') MB; median of $RUNS runs"
printf '%-34s %8.3f s %8.1f MB/s\n' "write-good 1.0.8 (default checks)" "$wg" "$(echo "$BYTES / 1000000 / $wg" | bc -l)"
printf '%-34s %8.3f s %8.1f MB/s  %5.1fx faster\n' "parallax check (default -j)" "$px" "$(echo "$BYTES / 1000000 / $px" | bc -l)" "$(echo "$wg / $px" | bc -l)"
printf '%-34s %8.3f s %8.1f MB/s  %5.1fx faster\n' "parallax check -j 1" "$px1" "$(echo "$BYTES / 1000000 / $px1" | bc -l)" "$(echo "$wg / $px1" | bc -l)"
