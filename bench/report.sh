#!/usr/bin/env bash
# Issue 11's table from one run. For each size (default 1,000 and 10,000 pages of the synthetic
# corpus): cold builds of Handbook and, where it is installed, of Hugo with bench/hugo.sh,
# alternating, RUNS each (medians of wall time, CPU time, peak memory), the output bytes of each,
# the per-merge build with --cache (bench/merge.sh), and serve's start and edit latency
# (bench/ServeLatency.java: median of the first EDITS edits, 2 s and 10 s after the start). Then 10 tagged
# versions of 1,000 pages against one version (bench/versions.sh), and serve's edit latency on
# them. Prints a Markdown table with each figure's ratio to Hugo's where there is one.
#   bench/report.sh [SIZE...]        RUNS=3 EDITS=5 SITES=bench/out (SITES=/dev/shm for tmpfs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v /usr/bin/time >/dev/null || { echo "bench/report.sh needs GNU time (apt-get install time)" >&2; exit 3; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-3}"
edits="${EDITS:-5}"
sites="${SITES:-bench/out}"
hugo=""
command -v hugo >/dev/null && hugo=1
mkdir -p bench/out "$sites"
# the jar, then its class-data archive (made on the first run after a new jar): both untimed
./handbook --version >/dev/null
./handbook --version >/dev/null
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

med() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "" }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

echo "| work | Handbook | Hugo | ratio |"
echo "|---|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="bench/out/corpus-$n"
  [ -f "$corpus/.bench-corpus" ] || java bench/GenerateCorpus.java "$n" "$corpus" >/dev/null
  hw=(); hc=(); hm=(); uw=(); uc=(); um=(); ubytes=0
  out="$sites/report-site-$n"
  for _ in $(seq 1 "$runs"); do
    rm -rf "$out" "$sites"/.report-site-"$n".build-*
    /usr/bin/time -o "$tmp" -f '%e %U %S %M' ./handbook build --quiet --content "$corpus" --out "$out" >/dev/null 2>&1
    read -r w u s m < "$tmp"
    hw+=("$w"); hc+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"); hm+=("$m")
    if [ -n "$hugo" ]; then
      read -r w c m ubytes _ < <(SITES="$sites" bench/hugo.sh "$n")
      uw+=("$w"); uc+=("$c"); um+=("$m")
    fi
  done
  # the site folder is a link to the build folder: -L counts the files behind it
  hbytes="$(du -sbL "$out" | cut -f1)"
  wall="$(med "${hw[@]}")"; cpu="$(med "${hc[@]}")"; rss="$(med "${hm[@]}")"
  if [ -n "$hugo" ]; then
    hwall="$(med "${uw[@]}")"; hcpu="$(med "${uc[@]}")"; hrss="$(med "${um[@]}")"
    echo "| cold build, $n pages ($runs) | $wall s, $cpu s CPU | $hwall s, $hcpu s CPU | $(ratio "$wall" "$hwall") (CPU $(ratio "$cpu" "$hcpu")) |"
    echo "| peak memory, $n pages | $((rss / 1024)) MB | $((hrss / 1024)) MB | $(ratio "$rss" "$hrss") |"
    echo "| output bytes, $n pages | $(mb "$hbytes") | $(mb "$ubytes") | $(ratio "$hbytes" "$ubytes") |"
  else
    echo "| cold build, $n pages ($runs) | $wall s, $cpu s CPU | (not installed) | |"
    echo "| peak memory, $n pages | $((rss / 1024)) MB | | |"
    echo "| output bytes, $n pages | $(mb "$hbytes") | | |"
  fi
  merge="$(SITES="$sites" bench/merge.sh "$n" | cut -d' ' -f1)"
  if [ -n "$hugo" ]; then
    echo "| per-merge build with --cache, $n pages (Hugo: a full build) | $merge s | $hwall s | $(ratio "$merge" "$hwall") |"
  else
    echo "| per-merge build with --cache, $n pages | $merge s | | |"
  fi
  # the first edits 2 s after the start (while serve still warms up) and 10 s after it
  for settle in 2 10; do
    served="$sites/report-serve-$n"
    rm -rf "$served" "$served-site" "$sites"/.report-serve-"$n"-site.build-* && cp -r "$corpus" "$served"
    port=$((8300 + n % 97))
    measured="$(SETTLE_MS=$((settle * 1000)) java bench/ServeLatency.java ./handbook "$served" "$served-site" "$port" "$edits")"
    latency="$(sed -n 's/^median of .* edits: \([0-9]*\) ms$/\1/p' <<< "$measured")"
    # (and, once, the time from the command to the server's first answer: its first build)
    if [ "$settle" = 2 ]; then
      echo "| serve, from the command to the server's first answer, $n pages | $(sed -n 's/^first build and start: \([0-9.]*\) s$/\1/p' <<< "$measured") s | | |"
    fi
    echo "| serve, save to new page, $n pages (median of the first $edits edits, $settle s after the start) | $latency ms | | |"
  done
done
# the repository of bench/versions.sh (its own timings are of one build each, on bench/out), then
# RUNS builds of one version and of all, alternating, to SITES
bench/versions.sh 1000 10 > "$tmp" 2>&1 || { cat "$tmp" >&2; exit 1; }
one=(); all=()
for _ in $(seq 1 "$runs"); do
  for kind in one all; do
    content=bench/out/versions/repo/content
    [ "$kind" = one ] && content=bench/out/versions/single-content
    rm -rf "$sites/report-versions-$kind" "$sites"/.report-versions-"$kind".build-*
    /usr/bin/time -o "$tmp" -f '%e' ./handbook build --quiet --content "$content" --out "$sites/report-versions-$kind" >/dev/null 2>&1
    if [ "$kind" = one ]; then one+=("$(cat "$tmp")"); else all+=("$(cat "$tmp")"); fi
  done
done
single="$(med "${one[@]}")"
versioned="$(med "${all[@]}")"
echo "| 10 versions of 1,000 pages and the working tree, against one version ($runs) | $versioned s against $single s | | $(ratio "$versioned" "$single") |"
# serve of that repository (a copy: the edits go into its working tree), its current version "next"
served="$sites/report-serve-versions"
rm -rf "$served" "$served-site" "$sites"/.report-serve-versions-site.build-* && cp -r bench/out/versions/repo "$served"
latency="$(PAGE_PREFIX=next/ java bench/ServeLatency.java ./handbook "$served/content" "$served-site" 8399 "$edits" | sed -n 's/^median of .* edits: \([0-9]*\) ms$/\1/p')"
echo "| serve, save to new page, 10 versions of 1,000 pages (median of the first $edits edits, 2 s after the start) | $latency ms | | |"
