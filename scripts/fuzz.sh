#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (release, fuzzer + address sanitizers) and runs one of them.
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer options...]
#   TARGET: html | text | markdown | manifest | jsonl     SECONDS: how long to fuzz (0: build only)
# The seed corpus is copied to a scratch folder so a run never changes the repo; new inputs, crashes
# (crash-*), timeouts (timeout-*) and out-of-memory inputs (oom-*) land under $FUZZ_WORK
# (default /tmp/galley-fuzz/TARGET). Build products go to .build-fuzz (gitignored).
# Environment: FUZZ_JOBS (libFuzzer -jobs, default 1), FUZZ_NICE (default 10), FUZZ_KEEP=1 keeps
# the corpus the previous run grew instead of starting again from the seeds.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

target=${1:-}; seconds=${2:-}
case "$target" in
  html) product=FuzzHTML ;; text) product=FuzzText ;; markdown) product=FuzzMarkdown ;;
  manifest) product=FuzzManifest ;; jsonl) product=FuzzJSONL ;;
  *) echo "usage: scripts/fuzz.sh html|text|markdown|manifest|jsonl SECONDS [libFuzzer options]" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2; }
shift 2

# Coverage instrumentation for libFuzzer, as found to work with Swift 6.3 here (docs/fuzzing.md).
coverage=(-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp)
build() {
  nice -n "${FUZZ_NICE:-10}" swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
    --sanitize=fuzzer --sanitize=address "${coverage[@]}" "$@"
}
started=$(date +%s)
# SwiftPM does not notice files added to or removed from the root package (a path dependency
# here) while its build plan is cached: when the list of sources changed, drop the plan.
sources=$(find Sources Fuzz/Sources -name '*.swift' | LC_ALL=C sort | cksum)
if [ "$(cat .build-fuzz/sources.cksum 2>/dev/null)" != "$sources" ]; then
  rm -f .build-fuzz/release.yaml
fi
build --product "$product" || { echo "fuzz.sh: the build of $product failed" >&2; exit 1; }
echo "$sources" > .build-fuzz/sources.cksum
echo "fuzz.sh: built $product in $(( $(date +%s) - started )) s"
[ "$seconds" -eq 0 ] && exit 0

binary=$(build --product "$product" --show-bin-path)/$product
work=${FUZZ_WORK:-/tmp/galley-fuzz/$target}
mkdir -p "$work/artifacts"
if [ "${FUZZ_KEEP:-0}" != 1 ] || [ ! -d "$work/corpus" ]; then
  rm -rf "$work/corpus"; cp -R "Fuzz/corpus/$target" "$work/corpus"
fi
log="$work/fuzz.log"
parallel=()   # -jobs=N runs N fuzzing processes, each logging to fuzz-K.log in the current folder
[ "${FUZZ_JOBS:-1}" -gt 1 ] && parallel=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
echo "fuzz.sh: fuzzing $target for $seconds s; corpus $work/corpus, log $log"
# -timeout=5: an input that takes more than 5 s is a finding (the issue's bar for slow units);
# ASan's leak checker is off: a conversion's caches are process-lifetime by design.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} nice -n "${FUZZ_NICE:-10}" "$binary" \
  -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
  -dict="Fuzz/dictionaries/$target.dict" -artifact_prefix="$work/artifacts/" \
  "${parallel[@]}" "$@" "$work/corpus" > "$log" 2>&1
status=$?
[ "${FUZZ_JOBS:-1}" -gt 1 ] && cat fuzz-*.log >> "$log" 2>/dev/null && rm -f fuzz-*.log
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
echo "fuzz.sh: $target: exit $status, $executions executions in $seconds s, corpus $(ls "$work/corpus" | wc -l) files"
grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1
findings=$(ls "$work/artifacts" 2>/dev/null)
if [ -n "$findings" ]; then
  echo "fuzz.sh: findings in $work/artifacts:"; ls -l "$work/artifacts"
  grep -E 'ERROR: (libFuzzer|AddressSanitizer)|SUMMARY' "$log" | head -5
  exit 1
fi
echo "fuzz.sh: no crash, no timeout"
exit "$status"
