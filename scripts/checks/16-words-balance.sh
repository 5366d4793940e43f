#!/usr/bin/env bash
# Nothing is lost: on Input/ and a seeded sample of every shared corpus (40 pages each), the words
# of each input = the words of the JSON output + the words of its removal records
# (scripts/words-balance.py; pages of scripts/words-balance-known.txt excepted). ~15 s.
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
python3 -c "import lxml" 2>/dev/null || { echo "words-balance: needs lxml (pip install lxml)"; exit 1; }
if have_corpus words-balance "$shared/corpus"; then
  python3 scripts/words-balance.py --sample 40 --quiet
else
  python3 scripts/words-balance.py --quiet Input
fi
