#!/usr/bin/env bash
# Versions benchmark: 10 released versions of a 1,000-page site with 5% of the pages changed
# between versions (plus the working tree as "next"), built in one run, against one single build.
# Usage: bench/versions.sh [PAGES] [VERSIONS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages="${1:-1000}"
versions="${2:-10}"
out="bench/out/versions"
repo="$out/repo"
timer=(/usr/bin/time -f '%e s wall, %U s user, %S s sys, peak RSS %M KB')
[ -x /usr/bin/time ] || timer=(command)

./handbook --version >/dev/null
rm -rf "$out" && mkdir -p "$repo"
git -C "$repo" init -q -b main
git -C "$repo" config user.email bench@example.org
git -C "$repo" config user.name bench
for r in $(seq 1 "$versions"); do
  java bench/GenerateCorpus.java "$pages" "$repo/content" --changed-fraction 0.05 --revision "$r" >/dev/null
  grep -q '^versions:' "$repo/content/site.yaml" || printf 'versions:\n  tags: "v*"\n  current: next\n' >> "$repo/content/site.yaml"
  git -C "$repo" add -A && git -C "$repo" commit -q -m "revision $r" && git -C "$repo" tag "v1.$r"
done
echo "repo: $versions tags of $pages pages, 5% of the pages changed between tags"

single="$out/single-content"
cp -r "$repo/content" "$single" && sed -i '/^versions:/,$d' "$single/site.yaml"
echo "== one single build of $pages pages"
"${timer[@]}" ./handbook build --quiet --content "$single" --out "$out/single-site"
echo "== all $versions versions + the working tree in one run (pages reused across versions)"
"${timer[@]}" ./handbook build --quiet --content "$repo/content" --out "$out/site"
echo "== the same, second run with a warm --cache folder"
./handbook build --quiet --content "$repo/content" --out "$out/site" --cache "$out/cache" >/dev/null
"${timer[@]}" ./handbook build --quiet --content "$repo/content" --out "$out/site" --cache "$out/cache"
du -sh "$out/site/" | sed 's/^/site size: /'
