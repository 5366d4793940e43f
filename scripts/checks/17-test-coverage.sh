#!/usr/bin/env bash
# Every source folder is named by a test (scripts/untested-folders.py): a folder of Swift files
# without one fails the check.
set -uo pipefail
cd "$(dirname "$0")/../.."
python3 scripts/untested-folders.py
