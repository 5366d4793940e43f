#!/usr/bin/env bash
# A fuzzing smoke run for CI: every target of Fuzz/ for SECONDS each (default 60), one after another.
# Not part of `make test` (the sanitizer build alone takes 4-6 minutes here; see docs/fuzzing.md).
# Exits non-zero when any target finds a crash, a timeout or an out-of-memory input.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
failed=()
for target in html text markdown manifest jsonl; do
  FUZZ_WORK=${FUZZ_WORK_ROOT:-/tmp/galley-fuzz-smoke}/$target scripts/fuzz.sh "$target" "$seconds" | grep '^fuzz.sh: ' \
    || failed+=("$target")
done
[ ${#failed[@]} -eq 0 ] && { echo "fuzz smoke: no findings in ${seconds} s per target"; exit 0; }
echo "fuzz smoke: findings in: ${failed[*]}"
exit 1
