#!/usr/bin/env bash
# The result cache: `parallax check` over 500 files (copies of tests/corpus: wikipairs pairs,
# paired by name, en-wikitext and zh-markdown articles alone), once with an empty cache and
# once more with the cache the first run wrote. Prints both wall times, the ratio, and
# whether the outputs (human, json) are byte-identical to a run without the cache.
#
#   bench/cache.sh            # -j 1 (JOBS=2 for two threads)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$PWD/tests/corpus}
JOBS=${JOBS:-1}
TMP=${TMPDIR:-/tmp}/parallax-cache-bench.$$
mkdir -p "$TMP/set"
trap 'rm -rf "$TMP"' EXIT

cargo build --release --quiet -j "$JOBS"
case "${CARGO_TARGET_DIR:-target}" in
  /*) BIN=$CARGO_TARGET_DIR/release/parallax ;;
  *) BIN=$PWD/${CARGO_TARGET_DIR:-target}/release/parallax ;;
esac

# 4 x 84 wikipairs files (42 pairs by name), 2 x 73 en-wikitext, 6 x 3 zh-markdown = 500
for k in 1 2 3 4; do
  for f in "$CORPUS"/wikipairs/zh/* "$CORPUS"/wikipairs/en/*; do cp "$f" "$TMP/set/c${k}_$(basename "$f")"; done
done
for k in 1 2; do
  for f in "$CORPUS"/en-wikitext/*.txt; do cp "$f" "$TMP/set/e${k}_$(basename "$f")"; done
done
for k in 1 2 3 4 5 6; do
  for f in "$CORPUS"/zh-markdown/*.md; do [ "$(basename "$f")" = SOURCES.md ] && continue; cp "$f" "$TMP/set/z${k}_$(basename "$f")"; done
done
echo "files: $(find "$TMP/set" -type f | wc -l), $(du -sh "$TMP/set" | cut -f1)"

cd "$TMP"
# wall FORMAT OUT ARGS...: seconds for one run, output in OUT
wall() {
  local format=$1 out=$2 t0 t1
  shift 2
  t0=$(date +%s.%N)
  local rc=0
  "$BIN" check -q --format "$format" -j "$JOBS" "$@" set >"$out" || rc=$?
  [ "$rc" -le 1 ] || { echo "parallax failed ($rc)" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
cold=$(wall json cold.json --cache-dir cache)
warm=$(wall json warm.json --cache-dir cache)
wall human warm.txt --cache-dir cache >/dev/null
wall human plain.txt --no-cache >/dev/null
printf '| first run (empty cache) | %6.2f s |\n' "$cold"
printf '| second run (unchanged)  | %6.2f s |\n' "$warm"
printf '| ratio                   | %6.1f %% |\n' "$(echo "100 * $warm / $cold" | bc -l)"
cmp -s cold.json warm.json && echo "json: identical" || echo "json: DIFFERENT"
cmp -s plain.txt warm.txt && echo "human: identical (with vs without the cache)" || echo "human: DIFFERENT"
