#!/usr/bin/env bash
# Regenerates katex.js, katex.css, fonts/ and LICENSE in this folder from the pinned katex npm package.
# Usage: bash templates/assets/vendor/katex/vendor.sh   (needs npm, tar, openssl)
set -euo pipefail

VERSION=0.19.1
INTEGRITY=sha512-jG8uKntjSEcm2EpQOh0XturpPuuC9r3Sq5HLHdsFdWZT27E672SF19QEi+of0/YeOy15lDgRhKvr5614uRrEfA==

dest="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "katex@${VERSION}" >/dev/null
tgz="katex-${VERSION}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 | tr -d '\n')"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "integrity mismatch for $tgz: got $actual" >&2
  exit 1
fi
tar -xzf "$tgz"

cp package/dist/katex.min.js "$dest/katex.js"
# the fonts as WOFF2 alone (every browser the site supports reads it): the WOFF and TrueType
# fallbacks are left out of the stylesheet and the folder
sed -E 's/,url\(fonts\/[A-Za-z0-9_-]+\.woff\) format\("woff"\),url\(fonts\/[A-Za-z0-9_-]+\.ttf\) format\("truetype"\)//g' package/dist/katex.min.css >"$dest/katex.css"
if grep -q '\.ttf\|\.woff)' "$dest/katex.css"; then
  echo "katex.css still names WOFF or TrueType fonts: the pattern above no longer fits" >&2
  exit 1
fi
rm -rf "$dest/fonts" && mkdir "$dest/fonts"
cp package/dist/fonts/*.woff2 "$dest/fonts/"
cp package/LICENSE "$dest/LICENSE"
echo "wrote $dest/katex.js, katex.css, $(ls "$dest/fonts" | wc -l) fonts and LICENSE"
