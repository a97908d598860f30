#!/usr/bin/env bash
# Lighthouse (mobile, default settings) on one page of every kind of the shipped handbook, built
# with gzip copies and served by nginx with deploy/nginx.conf, as readers get it. Prints a table
# of the four scores and the layout shift; the reports go to bench/out/lighthouse/.
#
# Usage: bench/lighthouse.sh [PAGE...]     (site paths, e.g. docs/ api/mindframe/brukere/)
# Needs: Java 17, Maven, Node 20 + npm (Lighthouse 12.8.2 from bench/lighthouse/), Debian's
# chromium and nginx (apt-get install chromium nginx-light). Run it on a quiet machine: the
# performance score follows the CPU time the page gets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
out="$here/out/lighthouse"
rm -rf "$out"
mkdir -p "$out/reports"

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  # the 404 page as /404.html: Lighthouse does not measure a page answered with status 404
  pages=("" "docs/" "docs/drift/backup-og-gjenoppretting/" "checklist/" "search.html?q=backup" "404.html"
    "course/" "course/02-drift/" "course/02-drift/04-gjenoppretting/" "course/02-drift/print/"
    "api/" "api/mindframe/" "api/mindframe/brukere/" "api/mindframe/schemas/" "api/mindframe/schemas/User/"
    "runbooks/" "runbooks/database-utilgjengelig/")
fi

nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "error: nginx is needed (apt-get install nginx-light)" >&2; exit 2; }
[ -x /usr/bin/chromium ] || { echo "error: chromium is needed (apt-get install chromium)" >&2; exit 2; }

echo "installing Lighthouse (bench/lighthouse/)..." >&2
(cd "$here/lighthouse" && npm ci --no-audit --no-fund --silent >/dev/null)

# The handbook, one version, with gzip copies (a copy of content/ outside the git work tree).
work="$(mktemp -d)"
cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$repo/content" "$work/content"
printf '\ngzip: true\n' >>"$work/content/site.yaml"
"$repo/handbook" build --content "$work/content" --templates "$repo/templates" --out "$work/site" --quiet

# nginx in the foreground of its own scratch folder, with the reference server block.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
sed -e "s|^\(\s*\)listen\s\+80;|\1listen 127.0.0.1:$port;|" -e "s|^\(\s*\)root\s\+[^;]*;|\1root $work/site;|" \
  "$repo/deploy/nginx.conf" >"$work/nginx/handbook.conf"
cat >"$work/nginx/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes 1; pid nginx.pid; error_log logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;
  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy; fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;
  include handbook.conf;
}
EOF
"$nginx" -p "$work/nginx/" -c "$work/nginx/nginx.conf"
sleep 0.5

flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '| page | performance | accessibility | best practices | SEO | CLS | LCP (s) | TBT (ms) |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for page in "${pages[@]}"; do
  name=$(echo "${page:-home}" | sed -e 's/[^a-zA-Z0-9]\+/-/g' -e 's/^-//' -e 's/-$//')
  mkdir -p "$work/profile-$name"
  CHROME_PATH=/usr/bin/chromium "$here/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
    --output=json --output=html --output-path="$out/reports/$name" \
    --chrome-flags="$flags --user-data-dir=$work/profile-$name" >/dev/null 2>"$out/reports/$name.log" || {
    printf '| /%s | failed (see %s.log) | | | | | | |\n' "$page" "$name"
    continue
  }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = k => Math.round(r.categories[k].score * 100);
    const a = k => r.audits[k].numericValue;
    console.log(`| /${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ${a("cumulative-layout-shift").toFixed(3)} | ${(a("largest-contentful-paint") / 1000).toFixed(1)} | ${Math.round(a("total-blocking-time"))} |`);
  ' "$out/reports/$name.report.json" "$page"
done
