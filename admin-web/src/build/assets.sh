#!/usr/bin/env bash
# Brings the browser libraries of the citizen pages into the WAR's static assets from the npm
# registry, pinned by package-lock.json (version and integrity hash): nothing is pasted by hand.
# StaticAssets fingerprints whatever lands in WEB-INF/assets, like our own files.
#   assets.sh <admin-web dir> <output dir>   (run by the pom in generate-resources)
set -euo pipefail
src=$1 out=$2
if ! command -v npm >/dev/null; then
  echo "admin-web: node and npm are needed to build the QR encoder asset (nayuki-qr-code-generator," >&2
  echo "pinned in admin-web/package-lock.json); install them, e.g. apt-get install nodejs npm" >&2
  exit 1
fi
work="$out/npm"
mkdir -p "$work"
# npm ci only when the lock changed: repeated and offline builds reuse the installed copy.
if ! cmp -s "$src/package-lock.json" "$work/package-lock.json" || [[ ! -d $work/node_modules ]]; then
  cp "$src/package.json" "$src/package-lock.json" "$work/"
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
lib="$work/node_modules/nayuki-qr-code-generator"
mkdir -p "$out/webapp/WEB-INF/assets" "$out/webapp/WEB-INF/licenses"
# Shipped byte for byte, its MIT header included; an ES module the code page imports.
cp "$lib/index.js" "$out/webapp/WEB-INF/assets/qrcodegen.js"
cp "$lib/LICENSE" "$out/webapp/WEB-INF/licenses/nayuki-qr-code-generator.LICENSE.txt"
# The venue poster PDF's font (VenuePoster): Noto Sans SC (Simplified Chinese with Latin, TrueType
# outlines, SIL OFL 1.1), regular and bold, embedded as subsets, so a poster prints the same on
# any printer and viewer, with no Asian font pack and nothing fetched at run time.
fonts="$work/node_modules/@expo-google-fonts/noto-sans-sc"
mkdir -p "$out/webapp/WEB-INF/fonts"
cp "$fonts/400Regular/NotoSansSC_400Regular.ttf" "$out/webapp/WEB-INF/fonts/NotoSansSC-Regular.ttf"
cp "$fonts/700Bold/NotoSansSC_700Bold.ttf" "$out/webapp/WEB-INF/fonts/NotoSansSC-Bold.ttf"
cp "$fonts/LICENSE_FONT" "$out/webapp/WEB-INF/licenses/noto-sans-sc.OFL.txt"
