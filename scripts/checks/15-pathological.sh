#!/usr/bin/env bash
# Linear time on hostile shapes (issue #10): every shape of scripts/pathological_shapes.py at n and
# 8n through the release binary; the 8n/n ratio of CPU times (start-up subtracted) must be <= 12
# and no run over 10 CPU seconds. About 20 s of CPU. `scripts/pathological.py --bench` runs bigger sizes.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -x .build/release/galley ] || swift build -c release --product galley
command -v python3 >/dev/null || { echo "pathological: python3 is missing"; exit 1; }
python3 scripts/pathological.py --galley .build/release/galley "$@"
