#!/usr/bin/env bash
# Sourced by the checks that need the shared corpora (../shared beside the clone, or $GALLEY_SHARED).
# `need_corpus NAME PATH`: returns when PATH exists; otherwise, on a user's clone, prints
# "NAME: skipped: corpus not present (PATH)" and exits 0; in CI (the CI variable set) it fails.
shared=${GALLEY_SHARED:-../shared}

# `corpus_missing NAME PATH NOTE`: in CI, says PATH is missing and exits 1; else prints the skip line.
corpus_missing() {
  if [ -n "${CI:-}" ]; then
    echo "$1: FAILED: corpus $2 missing (CI is set: ../shared must be beside the clone)" >&2
    exit 1
  fi
  echo "$1: skipped: corpus not present ($2)$3"
}

need_corpus() { # check name, path that must exist
  [ -e "$2" ] && return 0
  corpus_missing "$1" "$2" ""
  exit 0
}

# `have_corpus NAME PATH`: like need_corpus, but returns 1 instead of exiting on a user's clone,
# for checks that still have something to check without the corpus.
have_corpus() {
  [ -e "$2" ] && return 0
  corpus_missing "$1" "$2" "; checking Galley's own files only"
  return 1
}
