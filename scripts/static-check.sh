#!/usr/bin/env bash
# The "copy the binary anywhere" check (issue 15): builds galley with the Swift standard library and
# Foundation linked in (`make static`), lists what it still loads dynamically, and runs it with the
# toolchain hidden (/opt/swift covered by an empty folder in a private mount namespace, so other
# processes still see it). Needs root for the namespace (unshare -m). Not in scripts/checks/: the
# separate build takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
make -s static
bin=$(swift build -c release --product galley --static-swift-stdlib --scratch-path .build/static --show-bin-path)/galley
echo "binary: $bin ($(du -h "$bin" | cut -f1))"
echo "linked dynamically:"
ldd "$bin" | sed 's/^/  /'
if ldd "$bin" | grep -q '/opt/swift\|libswiftCore\|libFoundation'; then echo "FAIL: still needs the Swift runtime"; exit 1; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$bin" "$tmp/galley"
unshare -m --propagation private bash -c '
  mount -t tmpfs tmpfs /opt/swift
  [ -z "$(ls /opt/swift)" ] || { echo "FAIL: /opt/swift is not hidden"; exit 1; }
  cd "$1"
  ./galley --version
  ./galley convert "$2/Input/snopes-yovanovitch-net-worth.html" --to markdown --out - | head -3
  ./galley convert "$2/Input" --out out -q && ls out | wc -l | sed "s/^/outputs written with the toolchain hidden: /"
  ./galley pamphlet --manifest "$2/Input/pamphlet.yml" --out book.epub -q && echo "pamphlet built: $(wc -c < book.epub) bytes"
' _ "$tmp" "$PWD"
echo "static: ok"
