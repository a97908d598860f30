#!/usr/bin/env bash
# Regenerates prism.js and LICENSE in this folder from the pinned prismjs npm package.
# Usage: bash templates/assets/vendor/prism/vendor.sh   (needs npm, tar, openssl or sha512sum)
set -euo pipefail

VERSION=1.30.0
INTEGRITY=sha512-DEvV2ZF2r2/63V+tK8hQvrR2ZGn10srHbXviTlcv7Kpzw8jWiNTqbVgjO3IY8RxrrOUF8VPMQQFysYYYv0YZxw==
# Load order matters: a component comes after what it requires, modifies or optionally extends
# (markup before css/javascript, clike before javascript/java, javascript before typescript,
# css/javascript/json/markup before http).
LANGS=(markup css clike javascript typescript java python bash sql yaml json ini nginx http docker diff toml)

dest="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "prismjs@${VERSION}" >/dev/null
tgz="prismjs-${VERSION}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 | tr -d '\n')"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "integrity mismatch for $tgz: got $actual" >&2
  exit 1
fi
tar -xzf "$tgz"

{
  printf '/*! PrismJS %s (npm prismjs@%s) | MIT License, see LICENSE | core + %s */\n' \
    "$VERSION" "$VERSION" "${LANGS[*]}"
  cat package/components/prism-core.min.js
  printf '\n'
  for l in "${LANGS[@]}"; do
    cat "package/components/prism-${l}.min.js"
    printf '\n'
  done
} >"$dest/prism.js"
cp package/LICENSE "$dest/LICENSE"
echo "wrote $dest/prism.js ($(wc -c <"$dest/prism.js") bytes) and LICENSE"
