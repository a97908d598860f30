#!/usr/bin/env bash
# How long Handbook takes over 1 MB of inline Markdown, in a page (trusted) and in an OpenAPI
# description (untrusted): a realistic mix, and patterns that are slow in flexmark (backticks,
# brackets, emphasis, escapes, entities, link destinations) or could be in Handbook's own reading
# (CriticMarkup's openings without their close), each as 1 MB in paragraphs just under
# the 64 KB limit. Last, one 1 MB paragraph, which must be refused at once (markdown.too-large).
#
#   bench/inline.sh           # every case once
#   bench/inline.sh mixed     # only the cases named
#
# Prints, per case, the build time Handbook reports (`check`, JVM start not counted) and the
# wall time of the whole command. Goal: under 2 s per case. Files go to bench/out/inline/.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/out/inline"
"$root/handbook" --version >/dev/null

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(mixed backticks brackets emphasis escapes entities destinations html critic spec-mixed spec-backticks one-paragraph)
fi

# pattern CASE: the repeated unit of a case
pattern() {
  case "$1" in
    mixed|spec-mixed) printf '%s' 'Kjør `systemctl restart app` og se **loggen** i *journal*; [les mer](index.md) om &amp; \* <https://example.org/a> ~~gammelt~~. ' ;;
    backticks|spec-backticks) printf '%s' '`a ``b ' ;;
    brackets) printf '%s' '[a] [b' ;;
    emphasis) printf '%s' '_a_ *a_ a**b c* ' ;;
    escapes) printf '%s' '\` \* ' ;;
    entities) printf '%s' '&amp; &#42; ' ;;
    destinations) printf '%s' '![a](' ;;
    html) printf '%s' '<b>x</b> <a@b.c> ' ;;
    critic) printf '%s' '{++ {-- {== {>> {~~ a~> ' ;;
    one-paragraph) printf '%s' '`a [b] _c_ ' ;;
    *) echo "unknown case: $1" >&2; exit 2 ;;
  esac
}

# body CASE BLOCK: 1 MB of the case's pattern in paragraphs of BLOCK bytes
body() {
  python3 - "$(pattern "$1")" "$2" <<'EOF'
import sys
unit, block = sys.argv[1], int(sys.argv[2])
para = (unit * (block // len(unit) + 1))[:block].rstrip("\\ ")
paras = []
total = 0
while total < 1_000_000:
    paras.append(para)
    total += len(para) + 2
sys.stdout.write("\n\n".join(paras) + "\n")
EOF
}

printf '%-16s %12s %10s  %s\n' case handbook wall result
for c in "${cases[@]}"; do
  dir="$out/$c"
  rm -rf "$dir"
  mkdir -p "$dir/content/docs"
  printf -- '---\ntitle: Start\n---\nStart.\n' > "$dir/content/docs/index.md"
  case "$c" in
    one-paragraph) block=1000000 ;;
    mixed|spec-mixed) block=4000 ;;
    *) block=60000 ;;
  esac
  if [[ "$c" == spec-* ]]; then
    mkdir -p "$dir/content/api"
    {
      printf 'openapi: 3.0.3\ninfo:\n  title: Bench\n  version: "1"\n  description: |\n'
      body "$c" "$block" | sed 's/^/    /'
      printf 'paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        "200":\n          description: ok\n'
    } > "$dir/content/api/bench.yaml"
  else
    { printf -- '---\ntitle: Inline\n---\n'; body "$c" "$block"; } > "$dir/content/docs/inline.md"
  fi
  start=$(date +%s.%N)
  set +e
  log="$("$root/handbook" check --content "$dir/content" 2>&1)"
  code=$?
  set -e
  end=$(date +%s.%N)
  reported="$(printf '%s\n' "$log" | grep -oE 'in [0-9.]+ s' | tail -1 | sed 's/in //')"
  result="exit $code"
  first="$(printf '%s\n' "$log" | grep -oE 'error\[[a-z.-]+\]' | head -1 || true)"
  [ -n "$first" ] && result="$result, $first"
  printf '%-16s %12s %9ss  %s\n' "$c" "${reported:-?}" "$(awk "BEGIN { printf \"%.2f\", $end - $start }")" "$result"
done
