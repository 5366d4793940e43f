#!/usr/bin/env bash
# Rewrites every golden file under Tests/GalleyTests/Fixtures from the current conversion output
# (the golden tests run with GALLEY_UPDATE_GOLDEN=1), then shows what changed. Review the diff
# with git before committing: a golden file changes only when the output was meant to change.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
GALLEY_UPDATE_GOLDEN=1 swift test --filter 'Golden' >/dev/null || true
# A second run without the switch must pass: the files now hold what the code writes.
swift test --filter 'Golden'
git status --short -- Tests/GalleyTests/Fixtures
