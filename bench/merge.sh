#!/usr/bin/env bash
# Per-merge build with --cache: the build CI runs after a merge that edited three pages, changed
# one title and added one page, on the N-page corpus (default 10,000), with the cache folder of
# the build before. Prints wall s, CPU s, peak RSS KB and the build's own summary line.
#   bench/merge.sh [N]          (FRESH_SITE=1: without the site of the build before;
#                                SITES=/dev/shm: its content, site and cache there, on tmpfs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-10000}"
out="${SITES:-bench/out}/merge-$n"
[ -f "bench/out/corpus-$n/.bench-corpus" ] || java bench/GenerateCorpus.java "$n" "bench/out/corpus-$n" >/dev/null
./handbook --version >/dev/null
rm -rf "$out" && mkdir -p "$out" && cp -r "bench/out/corpus-$n" "$out/content"
# the builds before the merge fill the cache; a runner that keeps its workspace has built more
# than once, so the build folder before the live one is there to be brought up to date
./handbook build --quiet --content "$out/content" --out "$out/site" --cache "$out/cache"
./handbook build --quiet --content "$out/content" --out "$out/site" --cache "$out/cache"
# the merge: three bodies edited, one title changed, one page added
# four pages spread over the corpus: every 997th (so 10,000 pages edit the same ones as before), fewer apart on small corpora
total="$(find "$out/content/docs" -name '*.md' ! -name index.md | wc -l)"
step=$(( total >= 4 * 997 ? 997 : (total >= 4 ? total / 4 : 1) ))
mapfile -t pages < <(find "$out/content/docs" -name '*.md' ! -name index.md | sort | awk -v step="$step" 'NR % step == 1 % step' | head -4)
for p in "${pages[@]:0:3}"; do printf '\n\nA paragraph added by the merge.\n' >> "$p"; done
sed -i -E '0,/^title: /s/^title: "?([^"]*)"?$/title: "\1 (renamed)"/' "${pages[3]}"
printf -- '---\ntitle: A page added by the merge\n---\n## New\n\nText, see [the home page](../index.md).\n' > "$(dirname "${pages[0]}")/added-by-merge.md"
# FRESH_SITE=1: the site folder is gone, as in a CI job that restores only the cache
if [ "${FRESH_SITE:-0}" = 1 ]; then rm -rf "$out/site" "$out"/.site.build-*; fi
/usr/bin/time -o "$out/time" -f '%e %U %S %M' ./handbook build --content "$out/content" --out "$out/site" --cache "$out/cache" > "$out/log" 2>&1
read -r wall user sys rss < "$out/time"
echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss $(tail -n 1 "$out/log")"
