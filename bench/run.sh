#!/usr/bin/env bash
# Whole-process benchmarks of `parallax check`: wall time, MB/s and peak RSS per corpus,
# 1 vs 2 threads, startup on the seeds, peak RSS on the dump vs a 20x copy of it, and on a
# folder of 20 article pairs vs one pair, and folders of 2000 and 8000 small articles.
#
#   bench/run.sh            # build release, run everything, print a Markdown table
#   RUNS=5 bench/run.sh     # best of 5 instead of 3
#
# MB/s = input bytes (decompressed, for dumps) / best wall time. Peak RSS = the largest
# max-RSS over the runs. Corpus paths default to tests/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$(cd "$(dirname "$0")/.." && pwd)/tests/corpus}
RUNS=${RUNS:-3}
DUMP=${DUMP:-$CORPUS/dumps/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2}
TMP=${TMPDIR:-/tmp}/parallax-bench.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT

cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/parallax

# measure CMD...: prints "wall_seconds max_rss_kb" for one run (output discarded)
if [ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y time >/dev/null 2>&1; }; then
  measure() {
    /usr/bin/time -f "%e %M" -o "$TMP/t" "$@" >/dev/null 2>&1 || true
    tail -1 "$TMP/t"
  }
else
  # no GNU time: poll the child's VmHWM (peak RSS) from /proc while it runs
  measure() {
    local t0 t1 hwm=0 v
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && hwm=$v
      sleep 0.005
    done
    wait "$pid" || true
    t1=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc) $hwm"
  }
fi

# bytes PATH...: input size (dumps counted decompressed)
bytes() {
  local total=0 n p
  for p in "$@"; do
    case "$p" in
      *.bz2) n=$(bzcat "$p" | wc -c) ;;
      *) n=$(find "$p" -type f -print0 | xargs -0 cat | wc -c) ;;
    esac
    total=$((total + n))
  done
  echo "$total"
}

# bench LABEL JOBS PATH...: best wall over $RUNS runs, peak RSS, MB/s
bench() {
  local label=$1 jobs=$2
  shift 2
  local best="" rss=0 w m
  for _ in $(seq "$RUNS"); do
    read -r w m < <(measure "$BIN" check -q --format json -j "$jobs" "$@")
    if [ -z "$best" ] || [ "$(echo "$w < $best" | bc)" = 1 ]; then best=$w; fi
    [ "$m" -gt "$rss" ] && rss=$m
  done
  local b
  b=$(bytes "$@")
  local mbs
  mbs=$(echo "scale=2; $b / 1000000 / ($best + 0.0001)" | bc)
  printf '| %-34s | %2s | %9.2f | %8s | %8.1f | %7.1f |\n' "$label" "$jobs" "$(echo "$b / 1000000" | bc -l)" "$best" "$mbs" "$(echo "$rss / 1024" | bc -l)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$jobs" "$b" "$best" "$rss" >>"$TMP/raw"
}

# the dump's <page> elements repeated 20 times inside one <mediawiki> root
bzcat "$DUMP" >"$TMP/dump1.xml"
{
  sed -n '1,/<\/siteinfo>/p' "$TMP/dump1.xml"
  pages=$(sed -n '/<\/siteinfo>/,/<\/mediawiki>/p' "$TMP/dump1.xml" | sed '1d;$d')
  for _ in $(seq 20); do printf '%s\n' "$pages"; done
  echo '</mediawiki>'
} >"$TMP/dump20.xml"

# folders of article pairs: 1 pair, and 20 pairs, each side about 1 MB (a wikipairs article
# repeated). Streamed, peak RSS should follow the largest pair, not the folder. One set
# pairs by name (X.zh.md / X.en.txt), one by content only (no language in the names).
grow() { # grow FILE BYTES: FILE repeated to about BYTES
  local n=0
  while [ "$n" -lt "$2" ]; do cat "$1"; n=$((n + $(wc -c <"$1"))); done
}
for n in 1 20; do
  mkdir -p "$TMP/named$n" "$TMP/content$n"
  for i in $(seq "$n"); do
    grow "$CORPUS/wikipairs/zh/Botany.zh.md" 1000000 >"$TMP/named$n/A$i.zh.md"
    grow "$CORPUS/wikipairs/en/Botany.en.txt" 1000000 >"$TMP/named$n/A$i.en.txt"
    cp "$TMP/named$n/A$i.zh.md" "$TMP/content$n/z$i.md"
    cp "$TMP/named$n/A$i.en.txt" "$TMP/content$n/e$i.txt"
  done
done

# folders of many small articles named for one language (X.en.txt) whose counterparts are
# missing: each looks for its counterpart in the folder, which must cost the folder once, not
# once per article (time(8000 files) / time(2000 files) about 4: linear)
for n in 2000 8000; do
  mkdir -p "$TMP/tagged$n"
  for i in $(seq "$n"); do
    echo "Article $i was written in $((1900 + i % 100)). It is short." >"$TMP/tagged$n/A$i.en.txt"
  done
done

echo "machine: $(uname -srm); $(nproc) cores; $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); parallax $(git rev-parse --short HEAD 2>/dev/null || echo '?'); best of $RUNS"
echo
echo '| input                              | -j | MB (in)   | wall s   | MB/s     | peak MB |'
echo '|------------------------------------|----|-----------|----------|----------|---------|'
bench "seeds (startup, 4 files)" 2 seeds
bench "en plain (wikipairs/en)" 1 "$CORPUS/wikipairs/en"
bench "en plain (wikipairs/en)" 2 "$CORPUS/wikipairs/en"
bench "zh wiki-markdown (wikipairs/zh)" 1 "$CORPUS/wikipairs/zh"
bench "zh wiki-markdown (wikipairs/zh)" 2 "$CORPUS/wikipairs/zh"
bench "en wikitext (en-wikitext)" 1 "$CORPUS/en-wikitext"
bench "en wikitext (en-wikitext)" 2 "$CORPUS/en-wikitext"
bench "enwiki dump (.bz2, 106 articles)" 1 "$DUMP"
bench "enwiki dump (.bz2, 106 articles)" 2 "$DUMP"
bench "dump as plain .xml" 2 "$TMP/dump1.xml"
bench "dump x20 (.xml, 2120 articles)" 2 "$TMP/dump20.xml"
bench "folder, 1 pair by name" 2 "$TMP/named1"
bench "folder, 20 pairs by name" 2 "$TMP/named20"
bench "folder, 1 pair by content" 2 "$TMP/content1"
bench "folder, 20 pairs by content" 2 "$TMP/content20"
bench "2000 small X.en.txt, no counterpart" 2 "$TMP/tagged2000"
bench "8000 small X.en.txt, no counterpart" 2 "$TMP/tagged8000"
echo
awk -F'\t' '
  $2 == 1 { one[$1] = $4 }
  $2 == 2 { two[$1] = $4 }
  $1 == "dump as plain .xml" { r1 = $5 }
  $1 ~ /^dump x20/ { r20 = $5 }
  $1 ~ /^folder, 1 pair by name/ { n1 = $5 }
  $1 ~ /^folder, 20 pairs by name/ { n20 = $5 }
  $1 ~ /^folder, 1 pair by content/ { c1 = $5 }
  $1 ~ /^folder, 20 pairs by content/ { c20 = $5 }
  $1 ~ /^2000 small/ { t2 = $4 }
  $1 ~ /^8000 small/ { t8 = $4 }
  END {
    for (k in one) if (k in two && two[k] > 0) printf "speed-up -j 2 / -j 1, %s: %.2fx\n", k, one[k] / two[k]
    if (r1 > 0) printf "peak RSS, dump x20 / dump x1: %.3f (target: within 10%%)\n", r20 / r1
    if (n1 > 0) printf "peak RSS, folder of 20 pairs / 1 pair, by name: %.2f (target: follows the largest pair)\n", n20 / n1
    if (c1 > 0) printf "peak RSS, folder of 20 pairs / 1 pair, by content: %.2f (target: follows the largest pair)\n", c20 / c1
    if (t2 > 0) printf "wall, 8000 / 2000 small articles: %.2f (target: about 4, linear)\n", t8 / t2
  }
' "$TMP/raw" | sort
