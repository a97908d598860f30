#!/usr/bin/env bash
# Regenerates minisearch.js and LICENSE.txt in this folder from the pinned minisearch npm package:
# the package's dist/umd/index.js minified by the pinned terser (the package has no minified build),
# with a licence banner.
# Usage: bash templates/assets/vendor/minisearch/vendor.sh   (needs npm, tar, openssl)
set -euo pipefail

VERSION=7.2.0
INTEGRITY=sha512-dqT2XBYUOZOiC5t2HRnwADjhNS2cecp9u+TJRiJ1Qp/f5qjkeT5APcGPjHw+bz89Ms8Jp+cG4AlE+QZ/QnDglg==
TERSER=5.51.2

dest="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "minisearch@${VERSION}" >/dev/null
tgz="minisearch-${VERSION}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 | tr -d '\n')"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "integrity mismatch for $tgz: got $actual" >&2
  exit 1
fi
tar -xzf "$tgz"
npm install --silent --no-audit --no-fund --prefix "$work/t" "terser@${TERSER}" >/dev/null
{
  printf '/*! MiniSearch %s (npm minisearch@%s, dist/umd/index.js minified by terser %s) | MIT License, see LICENSE.txt */\n' \
    "$VERSION" "$VERSION" "$TERSER"
  "$work/t/node_modules/.bin/terser" package/dist/umd/index.js --compress --mangle --comments false
  printf '\n'
} >"$dest/minisearch.js"
cp package/LICENSE.txt "$dest/LICENSE.txt"
echo "wrote $dest/minisearch.js ($(wc -c <"$dest/minisearch.js") bytes) and LICENSE.txt"
