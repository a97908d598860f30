#!/usr/bin/env bash
# The same corpus built by Hugo (Debian's `hugo`, apt-get install hugo) with the minimal theme in
# bench/hugo/ (a page title, date, section link, tags, content, a top navigation; no sidebar, no
# search), code highlighting off: the reference our figures are compared with, in the same run.
#   bench/hugo.sh N          prints: wall s, CPU s, peak RSS KB, output bytes (du -sb), disk KB (du -sk)
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
n="${1:?usage: bench/hugo.sh N}"
corpus="$bench/out/corpus-$n"
site="$bench/out/hugo-$n"
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 3; }
[ -f "$corpus/.bench-corpus" ] || java "$bench/GenerateCorpus.java" "$n" "$corpus" >/dev/null
if [ ! -f "$site/hugo.toml" ] || [ "$corpus/.bench-corpus" -nt "$site/hugo.toml" ]; then
  rm -rf "$site" && mkdir -p "$site"
  cp -r "$bench/hugo/layouts" "$bench/hugo/static" "$bench/hugo/hugo.toml" "$site/"
  mkdir -p "$site/content" && cp -r "$corpus/docs" "$site/content/docs"
  # Hugo names a section's page _index.md
  find "$site/content" -name index.md -execdir mv index.md _index.md \;
fi
# SITES=/dev/shm writes the output there (tmpfs), as bench/run.sh does
# (an absolute path: Hugo takes a relative --destination from --source)
public="${SITES:+$(cd "$SITES" && pwd)/hugo-$n-public}"
public="${public:-$site/public}"
rm -rf "$public"
/usr/bin/time -o "$site/time" -f '%e %U %S %M' hugo --source "$site" --config "$bench/hugo/hugo.toml,$bench/hugo/nohl.toml" --destination "$public" --quiet >/dev/null 2>"$site/log" || { cat "$site/log" >&2; exit 1; }
read -r wall user sys rss < "$site/time"
cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
echo "$wall $cpu $rss $(du -sb "$public" | cut -f1) $(du -sk "$public" | cut -f1)"
