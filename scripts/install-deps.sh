#!/usr/bin/env bash
# Installs the Debian packages Galley needs to build, test and benchmark, when they are missing.
# Usage: scripts/install-deps.sh [build|test]   (build: compile and run; test: also the test tools)
set -euo pipefail
need_build=(libxml2-dev libcmark-dev libssl-dev libjemalloc-dev zlib1g-dev)
need_test=(cmark libxml2-utils pandoc epubcheck openjdk-17-jdk-headless chromium time wget)
wanted=("${need_build[@]}")
[ "${1:-build}" = test ] && wanted+=("${need_test[@]}")
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "galley setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "${1:-build}" = test ] && ! python3 -c 'import lxml, jsonschema, warcio' 2>/dev/null; then
  echo "galley setup: installing Python modules lxml, jsonschema and warcio (PyPI)" >&2
  python3 -m pip install -q lxml jsonschema warcio
fi
if ! command -v swift >/dev/null 2>&1; then
  [ -x /opt/swift/usr/bin/swift ] && echo "galley setup: add /opt/swift/usr/bin to PATH" >&2
  echo "galley setup: Swift 6 toolchain not found (https://swift.org/install)" >&2
  exit 1
fi
