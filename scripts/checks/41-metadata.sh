#!/usr/bin/env bash
# HTML metadata and page types: the embedded page models match Models/ (scripts/embed-page-models.py),
# and on every 5th WCXB dev page (300 pages) the title, author, date and page-type accuracy stay above
# floors a little under the figures of docs/metadata.md (scripts/bench-metadata.py).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
status=0
python3 scripts/embed-page-models.py --check || { echo "metadata: Sources/GalleyReaders/HTML/PageModel/PageModelData.swift is stale (run scripts/embed-page-models.py)"; status=1; }
have_corpus metadata "$shared/corpus/wcxb-dev/ground-truth.json.gz" || exit $status
python3 scripts/bench-metadata.py --split "$shared/corpus/wcxb-dev" --every 5 --floors title=0.74,author=0.86,date=0.87,type=0.85 || status=1
exit $status
