# JVM options for a Handbook command, shared by ./handbook (the repository) and bin/handbook (the
# release bundle), which source this file. class_archive and jvm_options append to the array
# java_opts.

# Start-up matters for small sites: a class-data archive of the classes a build loads, made once
# per jar (on JDK 24 and later the ahead-of-time cache of JEP 483, which also keeps linked
# classes). class_archive JAVA JAR LIBDIR DIR: the archive of JAR (with the libraries in LIBDIR)
# for JAVA, kept in DIR with the Java's major version; nothing when DIR cannot be written.
class_archive() {
  local java_bin="$1" jar="$2" lib="$3" dir="$4" java_path java_real key="" value="" major="" archive made
  { [ -d "$dir" ] || mkdir -p "$dir" 2>/dev/null; } && [ -w "$dir" ] || return 0
  # the major version, read by the shell from the release file at the root of the Java
  # installation (JAVA_VERSION="17.0.15"; a process started costs milliseconds); where there is
  # none, asked once per java binary (asking costs a JVM start) and noted in DIR
  java_path="$(command -v "$java_bin" 2>/dev/null || true)"
  java_real="$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")"
  if [ -f "${java_real%/bin/*}/release" ]; then
    while IFS='=' read -r key value; do
      if [ "$key" = JAVA_VERSION ]; then
        value="${value//\"/}"
        value="${value#1.}"
        major="${value%%[!0-9]*}"
        break
      fi
    done < "${java_real%/bin/*}/release"
  fi
  if [ -z "$major" ] && [ -f "$dir/java-major" ] && [ "$dir/java-major" -nt "$java_real" ]; then
    { read -r key && read -r value; } < "$dir/java-major" || true
    [ "$key" = "$java_real" ] && major="$value"
  fi
  if [ -z "$major" ]; then
    major="$("$java_bin" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
    [ -n "$major" ] && printf '%s\n%s\n' "$java_real" "$major" > "$dir/java-major" 2>/dev/null || true
  fi
  if [ "${major:-17}" -ge 24 ] 2>/dev/null; then
    archive="$dir/handbook-$major.aot"
  else
    archive="$dir/handbook.jsa"
  fi
  # made again when missing or older than the jar or a library (the JVM silently refuses an
  # archive made with other jars); made under a name of its own, then moved, so that a build
  # started meanwhile never maps half an archive
  if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ] || [ -n "$(find "$lib" -type f -newer "$archive" -print -quit 2>/dev/null)" ]; then
    made="$archive.$$"
    if [ "${major:-17}" -ge 24 ] 2>/dev/null; then
      archive_training "$java_bin" "$jar" -XX:AOTMode=record -XX:AOTConfiguration="$made.conf"
      "$java_bin" -XX:AOTMode=create -XX:AOTConfiguration="$made.conf" -XX:AOTCache="$made" -jar "$jar" --version >/dev/null 2>&1 || rm -f "$made"
      rm -f "$made.conf"
    else
      archive_training "$java_bin" "$jar" -XX:ArchiveClassesAtExit="$made" -Xlog:cds=off -Xlog:cds+dynamic=off
    fi
    if [ -f "$made" ]; then
      mv -f "$made" "$archive" 2>/dev/null || rm -f "$made"
    fi
  fi
  if [ -f "$archive" ]; then
    if [ "${major:-17}" -ge 24 ] 2>/dev/null; then
      java_opts+=(-XX:AOTCache="$archive" -Xlog:aot=off -Xlog:cds=off)
    else
      java_opts+=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
  fi
}

# archive_training JAVA JAR OPTIONS...: a build of the starter project (every content kind: docs, a
# runbook, an API, a course, a checklist, so that the classes of each are in the archive; an API's
# alone are 900 classes, and the handbook's own content built in 1.58 s with an archive of docs
# alone, 1.51 s with this one), run with the options that record the archive.
archive_training() {
  local java_bin="$1" jar="$2" site
  shift 2
  site="$(mktemp -d)"
  "$java_bin" -jar "$jar" new "$site" >/dev/null 2>&1 || true
  mkdir -p "$site/content/docs"
  # the common kinds of Markdown (a table, a list, code)
  printf -- '---\ntitle: CDS\n---\n## Del\n\nTekst med [lenke](#del) og `kode`.\n\n- punkt\n\n| a | b |\n|---|---|\n| c | d |\n\n```sh\nls\n```\n' > "$site/content/docs/cds.md"
  # a tagged version too, for the classes that read git (where git is there to make the tag)
  if command -v git >/dev/null 2>&1; then
    [ -f "$site/content/site.yaml" ] || printf 'versions:\n  tags: "v*"\n' > "$site/content/site.yaml"
    # no signing and no hooks: the user's git settings must not prompt or fail here
    (cd "$site" && git init -q && git add -A \
      && git -c user.name=cds -c user.email=cds@localhost -c commit.gpgSign=false -c core.hooksPath=/dev/null commit -q -m cds \
      && git -c tag.gpgSign=false tag v1) </dev/null >/dev/null 2>&1 || true
  fi
  # a build, not a check: rendering and writing load classes of their own
  "$java_bin" "$@" -jar "$jar" build --quiet --content "$site/content" --out "$site/out" >/dev/null 2>&1 || true
  rm -rf "$site"
}

# jvm_options ARGS...: the JIT and heap options for the command in ARGS.
#
# The JIT: a build is done before the optimising compiler (C2) pays off, so builds and checks get
# the quick one alone (C1); measured on 10,000 pages and 2 cores, C2 spent about 12 s of CPU
# compiling and made the build 20 % slower (11.3 s instead of 9.3 s, output on tmpfs). serve, which
# lives long and rebuilds often, gets both for content folders of over 5,000 files on more than two
# cores; on smaller ones, and on two cores or fewer, it starts sooner and answers an edit as soon on
# C1 alone (measured on 2 cores, C1 against both: 1,000 pages start in 1.6 s against 2.8 s and an
# edit takes 56 against 66 ms; 3,000 pages 2.7 s against 4.9 s, 80 against 88 ms; 10,000 pages
# 7.7 s against 12.2 s, the first edits 2 s after the start 146-153 against 194 ms, 15 edits 30 s
# after it 131 against 129 ms: C2's compiling takes one of the two cores from the first build).
jvm_options() {
  local command="" content="content" cache="" previous="" a mem_kb files=0
  for a in "$@"; do
    case "$previous" in --content) content="$a" ;; --cache) cache="$a" ;; esac
    case "$a" in
      --content=*) content="${a#--content=}" ;;
      --cache=*) cache="${a#--cache=}" ;;
      build|check|serve|new|import) [ -z "$command" ] && command="$a" ;;
    esac
    previous="$a"
  done
  # files in the content folder, counted up to 5,001
  if [ -d "$content" ]; then
    files="$(find "$content" -type f 2>/dev/null | head -n 5001 | wc -l || true)"
  fi
  # (two cores or fewer)
  local cores few=""
  cores="$(nproc 2>/dev/null || echo 0)"
  if [ "${cores:-0}" -ge 1 ] 2>/dev/null && [ "$cores" -le 2 ]; then
    few=1
  fi
  if [ "$command" != serve ] || [ "$files" -le 5000 ] || [ -n "$few" ]; then
    java_opts+=(-XX:TieredStopAtLevel=1)
    # One compiler thread on two cores or fewer: the JVM starts two there, and the second takes a
    # core from the build (measured on 2 cores: a one-page site 0.43 s to 0.40 s, the handbook's
    # own content 1.71 s to 1.60 s, 1,000 pages 1.37 s to 1.34 s, 10,000 pages within the spread).
    if [ -n "$few" ]; then
      java_opts+=(-XX:CICompilerCount=1)
    fi
    # A build of hundreds of pages runs much of its first second in the interpreter: C1 compiles a
    # method after 50 calls instead of 200 (measured: 1,000 pages 1.4 s instead of 1.65 s; a one-page
    # site 60 ms slower, so small content folders keep the defaults).
    if [ "$files" -gt 200 ]; then
      java_opts+=(-XX:Tier3InvocationThreshold=50 -XX:Tier3MinInvocationThreshold=20 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=10000)
    fi
    # A build of up to 5,000 files spends a third of its CPU or more compiling: C1 inlining less
    # deep (3 levels instead of 9, callees of up to 20 bytes instead of 35) compiles sooner and
    # more cheaply (measured on 2 cores: 1,000 pages 1.07 s to 1.03 s, 1.89 to 1.79 s CPU; the
    # handbook's own content 1.21 s to 1.16 s; a one-page site 0.31 s to 0.30 s); larger builds
    # run long enough for the deeper code to pay (10,000 pages 4.15 s against 4.28 s), and serve
    # answers edits with the code it compiled.
    if [ "$command" != serve ] && [ "$files" -le 5000 ]; then
      java_opts+=(-XX:C1MaxInlineLevel=3 -XX:C1MaxInlineSize=20)
    fi
  fi
  # The young generation: left alone, the collector grows it to a third of a quarter of the
  # machine's memory before it collects, which is most of the peak memory of a large build. For a
  # build a small one is faster too (its memory stays in the processor's caches; measured on
  # 10,000 pages: 192 MB 3.81 s and 0.53 GB peak, 512 MB 3.99 s and 0.85 GB, 1 GB 4.19 s; 1,000
  # and 3,000 pages 2-3 % faster). serve, which holds the whole site's model between edits,
  # answers an edit sooner with 512 MB (measured on 10,000 pages: 151 ms against 195 ms). Only
  # where the heap is larger than that.
  if [ -r /proc/meminfo ]; then
    while read -r a mem_kb _; do
      [ "$a" = MemTotal: ] && break
      mem_kb=""
    done < /proc/meminfo
  fi
  if [ "${mem_kb:-0}" -ge 2000000 ] 2>/dev/null; then
    if [ "$command" = serve ]; then
      java_opts+=(-XX:MaxNewSize=512m)
    else
      java_opts+=(-XX:MaxNewSize=192m)
    fi
    # A build that reads a large parse cache (thousands of pages) holds it all from the start: with
    # the default starting heap the collector copies it around and once collects the whole heap
    # (measured on 10,000 pages: 0.25 s of 2.9 s; 1.1 GB peak instead of 0.86 GB).
    # The same for a cold build of thousands of pages, whose parse results pile up as it goes
    # (measured on 10,000 pages: 4.7 s instead of 5.1 s; no gain at 1,000 and 3,000 pages).
    local big_cache=""
    if [ -n "$cache" ] && [ -n "$(find "$cache/memo.pack" -size +20M 2>/dev/null)" ]; then
      big_cache=1
    fi
    if [ "$files" -gt 5000 ] || [ -n "$big_cache" ]; then
      java_opts+=(-Xms1g -XX:NewSize=128m)
    fi
    # What such a build decodes of the cache it holds to the end: moved to the old generation at
    # its first collection, not copied between the survivor spaces first (measured on 10,000
    # pages per merge: 1.86 s to 1.74 s, 3.0 to 2.9 s CPU; no difference for cold builds).
    if [ -n "$big_cache" ]; then
      java_opts+=(-XX:MaxTenuringThreshold=0)
    fi
  fi
  # Huge pages (2 MB) for the heap and the compiled code, where the kernel gives them on request
  # (enabled: [madvise]; with [always] they come without asking, with [never] the JVM would warn).
  # Each page the JVM touches first costs a fault; on a virtual machine one of 4 KB costs about
  # 10 microseconds, and a build of 1,000 pages touched 72,000 of them (measured on 2 cores:
  # 1,000 pages 2.09 s to 1.73 s, 3.7 to 3.0 s CPU; 10,000 pages 6.8 s to 6.1 s; a one-page site
  # 0.71 s to 0.64 s; as much with the machine's free memory cut into 4 KB pieces).
  local thp=""
  if [ -r /sys/kernel/mm/transparent_hugepage/enabled ]; then
    read -r thp < /sys/kernel/mm/transparent_hugepage/enabled || true
  fi
  case "$thp" in
    *"[madvise]"*) java_opts+=(-XX:+UseTransparentHugePages) ;;
  esac
}
