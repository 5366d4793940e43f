#!/usr/bin/env bash
# Regenerates Sources/Galley/Writers/XHTML/DefaultStylesheet.swift from Stylesheets/galley.css,
# so the galley binary carries its default stylesheet and works from any directory.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/Galley/Writers/XHTML/DefaultStylesheet.swift
{
  echo "// Generated from Stylesheets/galley.css by scripts/embed-stylesheets.sh; do not edit by hand."
  echo ""
  echo "/// The default stylesheet, built into the binary (its source is \`Stylesheets/galley.css\`)."
  echo "public enum DefaultStylesheet {"
  echo "    /// The file name outputs link to."
  echo "    public static let fileName = \"galley.css\""
  echo "    /// The stylesheet text."
  echo "    public static let css = #\"\"\""
  cat Stylesheets/galley.css
  echo ""
  echo "\"\"\"#"
  echo "}"
} > "$out"
