#!/usr/bin/env bash
# Converts the seed page with the release binary and checks its outline (check_seed.py, needs cmark).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
seed=$shared/seed/regional-socialist-party-organizations.txt
need_corpus seed "$seed"
tools=$(dirname "$seed")/../tools
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
.build/release/galley convert "$seed" --out "$tmp" --to markdown -q || { echo "seed: conversion failed"; exit 1; }
python3 "$tools/check_seed.py" "$seed" "$tmp/$(basename "${seed%.txt}").md"
