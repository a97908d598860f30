#!/usr/bin/env bash
# Handbook and JBake side by side: the same synthetic corpus, cold builds, one after the other.
#
#   bench/jbake.sh            # N = 1000 pages
#   bench/jbake.sh 30 1000    # any list of sizes
#
# Environment: RUNS (cold builds per generator and size, default 3), SEED (corpus seed, default 42).
#
# For each N: the corpus of bench/GenerateCorpus.java (bench/out/corpus-N, shared with run.sh),
# written once more as a JBake project (bench/out/jbake-project-N: the same Markdown bodies with
# a JBake header block, links to the .html pages, a page and a sitemap template) by
# handbook.jbake.bench.CorpusToJBake. Then RUNS times each, with an empty output folder and a new
# JVM: `./handbook build --quiet` and JBake's own Oven (jbake-core 2.6.7, in-memory OrientDB,
# FreeMarker, flexmark 0.62) through handbook.jbake.bench.Bake, the jar of the jbake/ module.
# Printed per run: wall time, CPU (user + sys) and peak RSS (GNU time; without it wall and CPU
# from bash's `time` and no RSS). Then the medians side by side.
#
# JBake does less per page here than Handbook: no link or anchor check, no navigation sidebar,
# no search index, no table of contents. The comparison is of two builds of the same content, not
# of equal work; see bench/README.md.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
out="$bench/out"
runs="${RUNS:-3}"
seed="${SEED:-42}"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1000); fi
for n in "${sizes[@]}"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/jbake.sh [N ...]   (N a positive whole number; default: 1000)" >&2
    exit 2
  fi
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: RUNS must be a positive whole number" >&2
  exit 2
fi
mkdir -p "$out"
cd "$root"

echo "building the generator and the JBake module if needed (./handbook --version)..."
./handbook --version
jbake_jar="$root/jbake/target/handbook-jbake.jar"
if [ ! -f "$jbake_jar" ]; then
  echo "error: $jbake_jar is missing (mvn -B -DskipTests package)" >&2
  exit 2
fi

if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true >/dev/null 2>&1; then gnu_time=1; else gnu_time=0; fi

# timed LOG CMD...: sets rc, wall, cpu, rss_mib
timed() {
  local log="$1" tf="$out/.jbake-time.$$" user sys
  shift
  set +e
  if [ "$gnu_time" = 1 ]; then
    /usr/bin/time -o "$tf" -f '%e %M %U %S' "$@" >"$log" 2>&1
    rc=$?
    read -r wall rss_kb user sys < <(tail -n 1 "$tf")
    rss_mib=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')
  else
    { TIMEFORMAT='%R %U %S'; time "$@" >"$log" 2>&1; } 2>"$tf"
    rc=$?
    read -r wall user sys < <(tail -n 1 "$tf")
    rss_mib="-"
  fi
  set -e
  rm -f "$tf"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== Handbook and JBake, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
summary=()
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  want="n=$n
seed=$seed
changed_fraction=0.0
revision=1"
  if [ ! -f "$corpus/.bench-corpus" ] || [ "$(cat "$corpus/.bench-corpus")" != "$want" ] || [ "$bench/GenerateCorpus.java" -nt "$corpus/.bench-corpus" ]; then
    rm -rf "$corpus"
    java "$bench/GenerateCorpus.java" "$n" "$corpus" --seed "$seed" >/dev/null
  fi
  project="$out/jbake-project-$n"
  rm -rf "$project"
  java -cp "$jbake_jar" handbook.jbake.bench.CorpusToJBake "$corpus" "$project" >/dev/null
  echo
  echo "== N = $n ($corpus; JBake project $project)"
  hw=(); jw=(); hc=(); jc=(); hr=(); jr=()
  for i in $(seq 1 "$runs"); do
    rm -rf "$out/site-$n" "$out/.site-$n".build-*  # the site is a link to its build folder
    timed "$out/handbook-$n.log" ./handbook build --quiet --content "$corpus" --out "$out/site-$n"
    if [ "$rc" -ne 0 ]; then echo "handbook build failed:" >&2; head -n 40 "$out/handbook-$n.log" >&2; exit 1; fi
    printf 'run %d: Handbook %7.2f s wall %7.2f s CPU %5s MiB\n' "$i" "$wall" "$cpu" "$rss_mib"
    hw+=("$wall"); hc+=("$cpu"); hr+=("$rss_mib")
    rm -rf "$out/jbake-site-$n"
    timed "$out/jbake-$n.log" java -cp "$jbake_jar" handbook.jbake.bench.Bake "$project" "$out/jbake-site-$n"
    if [ "$rc" -ne 0 ]; then echo "JBake bake failed:" >&2; grep -v 'OLogManager\|^INFO:' "$out/jbake-$n.log" | head -n 40 >&2; exit 1; fi
    printf 'run %d: JBake    %7.2f s wall %7.2f s CPU %5s MiB (%s)\n' "$i" "$wall" "$cpu" "$rss_mib" "$(grep '^baked' "$out/jbake-$n.log")"
    jw+=("$wall"); jc+=("$cpu"); jr+=("$rss_mib")
  done
  mh=$(printf '%s\n' "${hw[@]}" | median); mj=$(printf '%s\n' "${jw[@]}" | median)
  summary+=("$(printf '| %6d | %8.2f | %8.2f | %6.0f | %6.0f | %s | %s |' "$n" "$mh" "$mj" \
    "$(awk -v n="$n" -v w="$mh" 'BEGIN { print n / w }')" "$(awk -v n="$n" -v w="$mj" 'BEGIN { print n / w }')" \
    "$(printf '%s\n' "${hc[@]}" | median) / $(printf '%s\n' "${jc[@]}" | median)" \
    "$(printf '%s\n' "${hr[@]}" | sort -n | tail -n 1) / $(printf '%s\n' "${jr[@]}" | sort -n | tail -n 1)")")
done
echo
echo "== Summary ($(date -u +%Y-%m-%d), median of $runs cold builds each)"
echo "|      N | Handbook (s) | JBake (s) | Handbook pages/s | JBake pages/s | CPU s (H / J) | peak RSS MiB (H / J) |"
echo "|-------:|---------:|---------:|-------:|-------:|---|---|"
printf '%s\n' "${summary[@]}"
