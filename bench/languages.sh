#!/usr/bin/env bash
# Languages benchmark: the synthetic corpus as an MkDocs project built in three languages (its
# i18n plugin, translations named by suffix; none written, so French and German show every page
# of the default language's), against the same pages in one language: a cold build of each, and
# serve's answer to an edit of a page (bench/ServeLatency.java, median of 5 edits).
# Usage: bench/languages.sh [PAGES] [PORT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages="${1:-1000}"
port="${2:-8397}"
out="bench/out/languages"
timer=(/usr/bin/time -f '%e s wall, %U s user, %S s sys, peak RSS %M KB')
[ -x /usr/bin/time ] || timer=(command)

./handbook --version >/dev/null
rm -rf "$out" && mkdir -p "$out"
java bench/GenerateCorpus.java "$pages" "$out/one" >/dev/null
# the same pages as an MkDocs project (no site.yaml: its config is read), its pages at the site's root
mkdir -p "$out/three" && cp -r "$out/one/docs" "$out/three/"
cat > "$out/three/mkdocs.yml" <<'YAML'
site_name: Bench
plugins:
  - i18n:
      docs_structure: suffix
      languages:
        - locale: en
          default: true
          name: English
        - locale: fr
          name: Français
        - locale: de
          name: Deutsch
YAML
# MkDocs' anchors make one hyphen of the two the corpus' links have where a heading has " & "
find "$out/three/docs" -name '*.md' -print0 | xargs -0 sed -i -E 's/(\]\([^)#]*#[a-z0-9-]*[a-z0-9])--/\1-/g'
echo "== cold build, one language ($pages pages)"
"${timer[@]}" ./handbook build --quiet --content "$out/one" --out "$out/one-site"
echo "== cold build, three languages"
"${timer[@]}" ./handbook build --quiet --content "$out/three" --out "$out/three-site"
echo "== serve, one language"
SETTLE_MS="${SETTLE_MS:-8000}" java bench/ServeLatency.java ./handbook "$out/one" "$out/one-served" "$port" 5 | tail -1
echo "== serve, three languages"
DOCS_URL="" SETTLE_MS="${SETTLE_MS:-8000}" java bench/ServeLatency.java ./handbook "$out/three" "$out/three-served" "$port" 5 | tail -1
