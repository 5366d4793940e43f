#!/usr/bin/env bash
# Markdown fidelity: every CommonMark spec example, rewritten by
# `galley convert - --from markdown --to markdown --no-normalize`, must render (cmark) to the same
# HTML as the original for at least 645 of 655. Options:
#   --write-doc   also regenerate docs/commonmark-fidelity.md (the list of misses)
#   --pandoc      benchmark only: measure pandoc the same way (exact and white-space-folded)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
spec=$shared/corpus/commonmark/spec.txt
need_corpus commonmark-fidelity "$spec"
command -v cmark >/dev/null || { echo "commonmark-fidelity: the cmark command is missing (scripts/install-deps.sh test)"; exit 1; }
if [ "${1:-}" = --pandoc ]; then
  python3 scripts/commonmark_fidelity.py "$spec" --converter pandoc
  python3 scripts/commonmark_fidelity.py "$spec" --converter pandoc --fold-whitespace
  exit 0
fi
[ -x .build/release/galley ] || swift build -c release --product galley
args=("$spec" --galley .build/release/galley --min 645 --show 5)
[ "${1:-}" = --write-doc ] && args+=(--write-doc docs/commonmark-fidelity.md --reasons docs/commonmark-fidelity-reasons.txt)
python3 scripts/commonmark_fidelity.py "${args[@]}"
