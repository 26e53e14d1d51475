#!/usr/bin/env bash
# Brings the browser-side test tools of the ear's browser tests from the npm registry, pinned by
# ear/package-lock.json (version and integrity hash): axe-core, the accessibility engine that
# AccessibilityBrowserIT injects into every page (Axe.java).
#   test-tools.sh <ear dir> <output dir>   (run by the pom in generate-test-resources)
set -euo pipefail
src=$1 out=$2
if ! command -v npm >/dev/null; then
  echo "ear: node and npm are needed for the browser tests' axe-core (ear/package-lock.json);" >&2
  echo "install them, e.g. apt-get install nodejs npm" >&2
  exit 1
fi
work="$out/npm"
mkdir -p "$work"
# npm ci only when the lock changed: repeated and offline builds reuse the installed copy.
if ! cmp -s "$src/package-lock.json" "$work/package-lock.json" || [[ ! -d $work/node_modules ]]; then
  cp "$src/package.json" "$src/package-lock.json" "$work/"
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
cp "$work/node_modules/axe-core/axe.min.js" "$out/axe.min.js"
