#!/usr/bin/env bash
# Cold-build benchmark for Handbook.
#
#   bench/run.sh            # N = 1000 and N = 10000
#   bench/run.sh 1000       # just one size (any number of sizes may be given)
#   bench/run.sh real       # real docs: the test corpora's Homebrew docs, and their MkDocs and
#                           # Gemini CLI docs four times each (548 pages, 5.6 MB of Markdown)
#
# Environment: RUNS (builds per size, default 3), SEED (corpus seed, default 42),
# PHASES=1 (after the timed runs, one extra untimed build with --verbose to show phase times),
# SITES (folder the sites are written to, default bench/out; SITES=/dev/shm for tmpfs),
# TIMER=fallback (use the fallback timer even when GNU time is there), IDLE_WAIT (seconds to wait
# before each run for the machine to be idle, default 60; 0 to start at once).
#
# For each size N it generates (once, cached under bench/out/corpus-N) a synthetic content folder
# with bench/GenerateCorpus.java, then runs RUNS cold builds: a new JVM each time and an empty
# output folder (bench/out/site-N is deleted before every run). The OS file cache is NOT dropped.
# Per run it prints wall time, pages per second (N source pages / wall time), CPU time (user +
# sys), peak memory (max RSS of the JVM) and "others": the share of the machine's CPU capacity
# that went to other processes (or hypervisor steal) during the run, from /proc/stat; if that is
# well above 0 % the run was disturbed and its wall time is too high. Then the medians, the size
# of the produced site and a summary table in Markdown.
#
# Timing: GNU time (`/usr/bin/time -f '%e %M %U %S'`: elapsed s, max RSS in KiB, user s, sys s of
# the child; ./handbook execs java, so that is the JVM). Without GNU time the script falls back to
# bash's `time` keyword for wall and CPU time and samples VmHWM (the kernel's RSS high-water mark)
# from /proc/PID/status every 20 ms (it can miss growth in the last 20 ms); install GNU time with
# `apt-get install -y time` to avoid that.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/out"
runs="${RUNS:-3}"
seed="${SEED:-42}"
phases="${PHASES:-0}"
idle_wait="${IDLE_WAIT:-60}"
# where the sites are written (SITES=/dev/shm: tmpfs, see "File system" in bench/README.md)
sites="${SITES:-$out}"

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi
for n in "${sizes[@]}"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ || "$n" = real ]]; then
    echo "usage: bench/run.sh [N ...]   (N a positive whole number, or real; default: 1000 10000)" >&2
    exit 2
  fi
done
if ! [[ "$idle_wait" =~ ^[0-9]+$ ]]; then
  echo "error: IDLE_WAIT must be a whole number of seconds" >&2
  exit 2
fi
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: RUNS must be a positive whole number" >&2
  exit 2
fi

mkdir -p "$out"
cd "$root"

# --- timer ----------------------------------------------------------------------------------
if [ "${TIMER:-}" != fallback ] && [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  timer="GNU time (/usr/bin/time -f '%e %M %U %S')"
  use_gnu_time=1
else
  timer="fallback (bash time keyword; VmHWM from /proc/PID/status sampled every 20 ms)"
  use_gnu_time=0
  if [ "${TIMER:-}" != fallback ]; then
    echo "note: GNU time not found (install it with: apt-get install -y time); using the fallback" >&2
  fi
fi

# busy_s: CPU seconds the whole machine has spent busy since boot (user, nice, system, irq,
# softirq and steal from /proc/stat; steal is time the hypervisor gave to someone else).
busy_s() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat
}

# run_timed LOGFILE CMD... : runs CMD with stdout+stderr to LOGFILE and sets rc, wall (s),
# cpu (user+sys s of the build), rss_kb (peak RSS in KiB) and others (the share of the machine's
# CPU capacity during the run that went to other processes or to steal: a contention gauge).
run_timed() {
  local log="$1" b0 b1
  shift
  b0=$(busy_s)
  if [ "$use_gnu_time" = 1 ]; then
    local tf="$out/.time.$$" user sys
    set +e
    /usr/bin/time -o "$tf" -f '%e %M %U %S' "$@" >"$log" 2>&1
    rc=$?
    set -e
    # The last line is ours (time writes "Command exited with non-zero status" before it).
    read -r wall rss_kb user sys < <(tail -n 1 "$tf")
    rm -f "$tf"
  else
    # Bash's own `time` keyword for wall and CPU time (children included); VmHWM sampled with
    # builtins only (read -t on an idle pipe as the sleep) so the sampler adds little CPU time.
    local tf="$out/.time.$$" pid k v _ sfd user sys
    hwm=0
    exec {sfd}<> <(:)
    {
      TIMEFORMAT='%R %U %S'
      time {
        "$@" >"$log" 2>&1 &
        pid=$!
        while [ -d "/proc/$pid" ]; do
          while read -r k v _; do
            if [ "$k" = "VmHWM:" ]; then
              if [ "$v" -gt "$hwm" ]; then hwm=$v; fi
              break
            fi
          done <"/proc/$pid/status" 2>/dev/null || true
          read -r -t 0.02 -u "$sfd" _ || true
          # a zombie has no VmHWM line left; stop once the process has exited
          if ! kill -0 "$pid" 2>/dev/null; then break; fi
        done
        set +e
        wait "$pid"
        rc=$?
        set -e
      }
    } 2>"$tf"
    exec {sfd}<&-
    read -r wall user sys < <(tail -n 1 "$tf")
    rm -f "$tf"
    rss_kb=$hwm
  fi
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  b1=$(busy_s)
  others=$(awk -v a="$b0" -v b="$b1" -v c="$cpu" -v w="$wall" -v n="$(nproc)" \
    'BEGIN { o = (b - a - c) / (w * n) * 100; if (o < 0) o = 0; printf "%.0f%%", (w > 0 ? o : 0) }')
  wall=$(awk -v w="$wall" 'BEGIN { printf "%.2f", w }')
}

# wait_idle: waits (at most $idle_wait s) until the machine has been nearly idle (< 10 % of its
# CPU capacity busy) for two one-second windows in a row, so a run does not start in the middle of
# someone else's burst. Sets waited (seconds) and idle (yes/no).
wait_idle() {
  local t0 quiet=0 a b busy
  t0=$SECONDS
  idle=no
  while [ $((SECONDS - t0)) -lt "$idle_wait" ]; do
    a=$(busy_s)
    sleep 1
    b=$(busy_s)
    busy=$(awk -v a="$a" -v b="$b" -v n="$(nproc)" 'BEGIN { print ((b - a) / n < 0.10) ? 1 : 0 }')
    if [ "$busy" = 1 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    if [ "$quiet" -ge 2 ]; then
      idle=yes
      break
    fi
  done
  waited=$((SECONDS - t0))
}

median() { # numbers on stdin, one a line
  sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# --- the generator jar ------------------------------------------------------------------------
echo "== Handbook cold-build benchmark"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "timer:   $timer"
echo "building the generator jar if needed (./handbook --version)..."
if ! ./handbook --version; then
  if [ -f "$root/generator/target/handbook.jar" ]; then
    echo "warning: rebuilding the generator failed (log above); benchmarking the jar that is there" >&2
  else
    echo "error: no generator jar to benchmark" >&2
    exit 2
  fi
fi
# The timed runs use a snapshot: the ./handbook script, the jar with its lib/ and the templates/
# folder copied to bench/out/snapshot. The copied script is the real one, so the JVM options are
# the same; it finds no sources beside it, so it never rebuilds. This keeps someone working on the
# generator (a `mvn package` rewriting the jar, templates edited to need newer code) from changing
# or breaking the generator under a timed run. The snapshot must build a small smoke corpus
# before it is used. SNAPSHOT=0 runs ./handbook and templates/ in place instead (so does a jar
# with a CDS archive, handbook.jsa, because the archive only works for the jar at its own path).
smoke="$out/corpus-smoke"
if [ ! -f "$smoke/.bench-corpus" ] || [ "$bench/GenerateCorpus.java" -nt "$smoke/.bench-corpus" ]; then
  rm -rf "$smoke"
  java "$bench/GenerateCorpus.java" 30 "$smoke" >/dev/null
fi
snapshot="${SNAPSHOT:-1}"
if [ "$snapshot" = 1 ] && [ -f "$root/generator/target/handbook.jsa" ]; then
  echo "note: the jar has a CDS archive, which is tied to the jar's path; running ./handbook in place" >&2
  snapshot=0
fi
if [ "$snapshot" = 1 ]; then
  snap="$out/snapshot"
  for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do
    rm -rf "$snap" "$out/site-smoke"
    mkdir -p "$snap/generator/target"
    cp "$root/handbook" "$snap/handbook"
    if cp "$root/generator/target/handbook.jar" "$snap/generator/target/" 2>/dev/null &&
      cp -r "$root/generator/target/lib" "$snap/generator/target/" 2>/dev/null &&
      cp -r "$root/templates" "$snap/templates" 2>/dev/null &&
      "$snap/handbook" build --quiet --content "$smoke" --out "$out/site-smoke" --templates "$snap/templates" >"$out/smoke.log" 2>&1; then
      break
    fi
    if [ "$attempt" = 12 ]; then
      echo "error: could not take a working snapshot of the generator (jar + templates); last smoke build:" >&2
      sed 's/^/    /' "$out/smoke.log" >&2
      exit 2
    fi
    echo "note: the snapshot (jar + templates) does not build the smoke corpus; it may be mid-change. Retrying in 15 s:" >&2
    head -n 3 "$out/smoke.log" | sed 's/^/    /' >&2
    sleep 15
    ./handbook --version >/dev/null 2>&1 || true
  done
  rm -rf "$out/site-smoke"
  handbook="$snap/handbook"
  templates="$snap/templates"
else
  handbook="$root/handbook"
  templates="$root/templates"
fi
jar="$(dirname "$handbook")/generator/target/handbook.jar"
jar_id() { { sha256sum "$jar" 2>/dev/null || echo missing; } | cut -c1-12; }
jar0=$(jar_id)
echo "runs:    $handbook build --quiet --content bench/out/corpus-N --out bench/out/site-N --templates $templates"
echo "         (jar sha256 $jar0...)"

summary=()
failed=0
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  site="$sites/site-$n"
  echo
  echo "== N = $n"
  # --- corpus (cached) ----------------------------------------------------------------------
  want="n=$n
seed=$seed
changed_fraction=0.0
revision=1"
  if [ "$n" = real ]; then
    # docs written by others, as they are (broken links are warnings): rebuilt every time
    real="$root/generator/src/test/resources/corpus"
    rm -rf "$corpus"
    mkdir -p "$corpus/docs"
    printf 'title: Real docs\nlinks: {on_broken: warning}\n' >"$corpus/site.yaml"
    cp -r "$real/homebrew-docs/docs" "$corpus/docs/brew"  # once: its redirect_from aliases are site-wide
    for k in 1 2 3 4; do
      cp -r "$real/mkdocs-docs/docs" "$corpus/docs/mkdocs$k"
      cp -r "$real/gemini-cli-docs/docs" "$corpus/docs/gemini$k"
    done
    echo "corpus:  $corpus (from the test corpora)"
  elif [ -f "$corpus/.bench-corpus" ] && [ "$(cat "$corpus/.bench-corpus")" = "$want" ] &&
    [ ! "$bench/GenerateCorpus.java" -nt "$corpus/.bench-corpus" ]; then
    echo "corpus:  $corpus (cached)"
  else
    echo "corpus:  generating $corpus ..."
    rm -rf "$corpus"
    java "$bench/GenerateCorpus.java" "$n" "$corpus" --seed "$seed"
  fi
  md_bytes=$(find "$corpus/docs" -name '*.md' -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  md_files=$(find "$corpus/docs" -name '*.md' -type f | wc -l)
  printf 'corpus:  %d pages, %.1f MB of Markdown\n' "$md_files" "$(awk -v b="$md_bytes" 'BEGIN { print b / 1e6 }')"

  # --- cold builds --------------------------------------------------------------------------
  walls=()
  rsss=()
  cpus=()
  otherss=()
  ok=1
  for i in $(seq 1 "$runs"); do
    rm -rf "$site" "$sites/.site-$n".build-*  # the site is a link to its build folder
    if [ "$snapshot" != 1 ] && ! ./handbook --version >"$out/version.log" 2>&1; then
      # in place: rebuild the jar (untimed) if the sources changed, so a timed run never includes Maven
      echo "run $i:  FAILED: the generator jar could not be (re)built:" >&2
      sed 's/^/    /' "$out/version.log" | tail -n 30 >&2
      ok=0
      failed=1
      break
    fi
    wait_idle
    if [ "$idle" = no ] && [ "$idle_wait" -gt 0 ]; then
      echo "note:    the machine was still busy after waiting ${waited} s for it to be idle; running anyway"
    fi
    run_timed "$out/build-$n.log" "$handbook" build --quiet --content "$corpus" --out "$site" --templates "$templates"
    if [ "$rc" -ne 0 ]; then
      echo "run $i:  FAILED (exit $rc); output:" >&2
      sed 's/^/    /' "$out/build-$n.log" | head -n 60 >&2
      ok=0
      failed=1
      break
    fi
    pps=$(awk -v n="$md_files" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
    printf 'run %d:  %7.2f s wall  %6s pages/s  %7.2f s CPU  peak RSS %5.0f MiB  others %s\n' \
      "$i" "$wall" "$pps" "$cpu" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$others"
    if grep -q "building the generator" "$out/build-$n.log"; then
      echo "note:    this run included a rebuild of the jar (sources changed meanwhile): its time is not valid"
    fi
    if [ "$(jar_id)" != "$jar0" ]; then
      echo "note:    the generator jar was rebuilt during the benchmark (sha256 now $(jar_id)...): runs may measure different code"
      jar0=$(jar_id)
    fi
    if [ -s "$out/build-$n.log" ]; then
      sed 's/^/    | /' "$out/build-$n.log" | head -n 20
    fi
    walls+=("$wall")
    rsss+=("$rss_kb")
    cpus+=("$cpu")
    otherss+=("$others")
  done
  if [ "$ok" = 0 ]; then
    summary+=("$(printf '| %6s | FAILED (see above) | | | | | | |' "$n")")
    continue
  fi
  mw=$(printf '%s\n' "${walls[@]}" | median)
  mr=$(printf '%s\n' "${rsss[@]}" | median)
  mc=$(printf '%s\n' "${cpus[@]}" | median)
  mpps=$(awk -v n="$md_files" -v w="$mw" 'BEGIN { printf "%.0f", n / w }')
  mrm=$(awk -v k="$mr" 'BEGIN { printf "%.0f", k / 1024 }')
  files=$(find "$site/" -type f | wc -l)
  html=$(find "$site/" -type f -name '*.html' | wc -l)
  size_kb=$(du -sk "$site/" | awk '{ print $1 }')
  size=$(awk -v k="$size_kb" 'BEGIN { printf "%.1f MiB", k / 1024 }')
  printf 'median:  %7.2f s wall  %6s pages/s  %7.2f s CPU  peak RSS %5s MiB\n' "$mw" "$mpps" "$mc" "$mrm"
  echo "site:    $site: $size on disk (du -sk), $files files, $html HTML"
  summary+=("$(printf '| %6s | %8.2f | %7s | %7.2f | %7s | %s, %d files | %s | %s |' \
    "$n" "$mw" "$mpps" "$mc" "$mrm" "$size" "$files" "$(IFS=' '; echo "${walls[*]}")" "$(IFS=' '; echo "${otherss[*]}")")")

  if [ "$phases" = 1 ]; then
    rm -rf "$site" "$sites/.site-$n".build-*  # the site is a link to its build folder
    echo "phases (one extra build with --verbose, not timed above):"
    "$handbook" build --verbose --content "$corpus" --out "$site" --templates "$templates" 2>&1 | sed 's/^/    /' || true
  fi
done

echo
echo "== Summary ($(date -u +%Y-%m-%d), $(nproc) cores, median of $runs cold builds, timer: ${timer%% (*})"
echo "|      N | wall (s) | pages/s | CPU (s) | RSS MiB | site | runs, wall (s) | others' CPU per run |"
echo "|-------:|---------:|--------:|--------:|--------:|------|----------------|---------------------|"
printf '%s\n' "${summary[@]}"
exit "$failed"
