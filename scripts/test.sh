#!/usr/bin/env bash
# The whole test suite: Swift unit and golden tests, then every check in scripts/checks/ in order.
# Prints one closing line 'N passed, N failed'; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh test || exit 1
passed=0; failed=0; failures=()
step() { # name, command...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); echo "--- ok: $name"
  else failed=$((failed + 1)); failures+=("$name"); echo "--- FAILED: $name"; fi
}
step "swift test" swift test
step "build release binary" swift build -c release --product galley
for check in scripts/checks/*.sh; do
  step "$(basename "$check" .sh)" "$check"
done
echo
[ $failed -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "checks: $passed passed, $failed failed"
[ $failed -eq 0 ]
