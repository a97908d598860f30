#!/usr/bin/env bash
# Regenerates mermaid.js and LICENSE in this folder from the pinned mermaid npm package.
# Usage: bash templates/assets/vendor/mermaid/vendor.sh   (needs npm, tar, openssl)
set -euo pipefail

VERSION=11.17.2
INTEGRITY=sha512-V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg==

dest="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "mermaid@${VERSION}" >/dev/null
tgz="mermaid-${VERSION}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 | tr -d '\n')"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "integrity mismatch for $tgz: got $actual" >&2
  exit 1
fi
tar -xzf "$tgz"

cp package/dist/mermaid.min.js "$dest/mermaid.js"
cp package/LICENSE "$dest/LICENSE"
echo "wrote $dest/mermaid.js and LICENSE"
