#!/usr/bin/env bash
# Fuzz every target for SECONDS each (default 600), seeding each corpus from tests/corpus.
#   RUSTC_BOOTSTRAP=1 lets cargo fuzz build on the stable toolchain.
#   bash fuzz/run.sh [SECONDS] [TARGET…]
# Needs cargo-fuzz (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/TARGET/.
# Leak checks are off: the segmenter, POS tags and pack rule ids are process-lifetime caches.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse dump jsonl rule_pack facts align check_document check_pair)
fi
seed() { # seed TARGET FILES…
  local dir=corpus/$1; shift
  mkdir -p "$dir"
  for f in "$@"; do
    # small inputs fuzz best: the first 4 KB of each file
    head -c 4096 "$f" > "$dir/seed-$(basename "$f" | tr -c 'A-Za-z0-9._-' '_')"
  done
}
c=../tests/corpus
for t in "${targets[@]}"; do
  case $t in
    dump) seed dump $c/markup-tests/*.txt ;;
    jsonl) mkdir -p corpus/jsonl && head -c 4096 $c/xquad/xquad_paragraph_pairs.jsonl > corpus/jsonl/seed-xquad ;;
    rule_pack) seed rule_pack ../rules/*.toml ;;
    *) seed "$t" $c/zh-markdown/* $c/zh-wikitext/* $c/markup-tests/*.txt $c/zh-variants/* ../seeds/* ;;
  esac
  mkdir -p logs
  status=0
  ASAN_OPTIONS=detect_leaks=0 RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "corpus/$t" -- -dict=wiki.dict -max_total_time="$secs" -max_len=8192 \
    -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 > "logs/$t.log" 2>&1 || status=$?
  # libFuzzer's last word: `Done N runs in T second(s)`, or the crash it found (see artifacts/)
  echo "$t (exit $status): $(grep -E '^Done [0-9]+ runs|^SUMMARY|panicked at|deadly signal|ERROR: libFuzzer' "logs/$t.log" | tail -n 2 | tr '\n' ' ')"
done
