#!/usr/bin/env bash
# Runs every test. As root on Debian it first installs what the browser tests need
# (chromium, chromium-driver) and nginx (the tests serve the site through deploy/nginx.conf);
# elsewhere, install them yourself or those tests skip (the browser tests then use a Java server).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
{ command -v nginx || [ -x /usr/sbin/nginx ]; } >/dev/null 2>&1 || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: ${need[*]} missing; their tests will be skipped (install: apt-get install chromium chromium-driver nginx-light)" >&2
  fi
fi

# a Java of 24 or later, where the machine has one: the launcher's test of the ahead-of-time cache
# runs with it (skipped without one)
if [ -z "${HANDBOOK_TEST_JAVA:-}" ]; then
  for j in /usr/lib/jvm/*/bin/java; do
    v="$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1 || true)"
    if [ "${v:-0}" -ge 24 ] 2>/dev/null; then
      export HANDBOOK_TEST_JAVA="$j"
      break
    fi
  done
fi

exec mvn -B verify "$@"
