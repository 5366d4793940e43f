#!/usr/bin/env bash
# Regenerates Sources/GalleyWriters/XHTML/DefaultStylesheet.swift from Stylesheets/*.css, so the
# galley binary carries every built-in stylesheet and works from any directory.
# Usage: scripts/embed-stylesheets.sh [--check]   (--check: exit 1 when the Swift file is stale)
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/GalleyWriters/XHTML/DefaultStylesheet.swift
generate() {
  echo "// Generated from Stylesheets/*.css by scripts/embed-stylesheets.sh; do not edit by hand."
  echo ""
  echo "/// The default stylesheet, built into the binary (its source is \`Stylesheets/galley.css\`)."
  echo "public enum DefaultStylesheet {"
  echo "    /// The file name outputs link to."
  echo "    public static let fileName = \"galley.css\""
  echo "    /// The stylesheet text."
  echo "    public static let css = BuiltInStylesheets.galley"
  echo "}"
  echo ""
  echo "/// Every stylesheet of \`Stylesheets/\`, by name (the file name without \`.css\`)."
  echo "public enum BuiltInStylesheets {"
  echo "    /// The names, sorted."
  local names=()
  for f in Stylesheets/*.css; do names+=("\"$(basename "$f" .css)\""); done
  echo "    public static let names = [$(IFS=,; echo "${names[*]}" | sed 's/,/, /g')]"
  echo ""
  echo "    /// The stylesheet called \`name\`, or nil."
  echo "    public static func css(named name: String) -> String? {"
  echo "        switch name {"
  for f in Stylesheets/*.css; do
    n=$(basename "$f" .css)
    echo "        case \"$n\": return $n"
  done
  echo "        default: return nil"
  echo "        }"
  echo "    }"
  for f in Stylesheets/*.css; do
    n=$(basename "$f" .css)
    echo ""
    echo "    /// \`Stylesheets/$n.css\`."
    echo "    public static let $n = #\"\"\""
    cat "$f"
    echo ""
    echo "\"\"\"#"
  done
  echo "}"
}
if [ "${1:-}" = --check ]; then
  generate | cmp -s - "$out" || { echo "embed-stylesheets: $out is stale; run scripts/embed-stylesheets.sh" >&2; exit 1; }
else
  generate > "$out"
fi
