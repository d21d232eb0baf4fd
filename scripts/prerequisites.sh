#!/usr/bin/env bash
# Checks (and, as root on Debian, installs) what Bazaar's scripts need. Sourced by run.sh and test.sh.
#   require_build_tools   - Java 17+, Maven and curl
#   require_postgres      - PostgreSQL server binaries (initdb, pg_ctl)
#   require_chromium      - Chromium and chromedriver for the browser tests
#   require_sqlmap        - sqlmap for the SQL injection probe (scripts/sqlmap-probe.sh)
#   require_bench_tools   - wrk, Python 3 and pgbench for the benchmark (bench/run.sh)
#   ensure_jwt_keys DIR   - the access-token key pair (DIR/jwt), exported as BAZAAR_JWT_*_KEY_FILE

prereq_say() { printf '[setup] %s\n' "$*"; }
prereq_fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

_apt_updated=""
apt_install() {
  if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
    return 1
  fi
  if [[ -z $_apt_updated ]]; then
    prereq_say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    _apt_updated=yes
  fi
  prereq_say "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

require_build_tools() {
  if ! command -v java >/dev/null; then
    apt_install openjdk-17-jdk-headless || prereq_fail "Java 17 or newer is needed (Debian: apt-get install openjdk-17-jdk-headless)."
  fi
  local version
  version=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  [[ ${version:-0} -ge 17 ]] || prereq_fail "Java 17 or newer is needed; found version ${version:-unknown}."
  command -v javac >/dev/null || prereq_fail "a JDK (javac) is needed, not only a JRE."
  if ! command -v mvn >/dev/null; then
    apt_install maven || prereq_fail "Maven 3.8+ is needed (Debian: apt-get install maven)."
  fi
  if ! command -v curl >/dev/null; then
    apt_install curl || prereq_fail "curl is needed (Debian: apt-get install curl)."
  fi
}

require_postgres() {
  [[ -n ${BAZAAR_PG_BIN:-} ]] && return
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
    apt_install postgresql || prereq_fail "PostgreSQL server binaries are needed (Debian: apt-get install postgresql), or set BAZAAR_PG_BIN."
  fi
}

require_chromium() {
  local chromium=${BAZAAR_CHROMIUM:-/usr/bin/chromium} driver=${BAZAAR_CHROMEDRIVER:-/usr/bin/chromedriver}
  if [[ ! -x $chromium || ! -x $driver ]]; then
    apt_install chromium chromium-driver \
      || prereq_fail "the browser tests need Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)."
  fi
}

require_sqlmap() {
  command -v sqlmap >/dev/null || apt_install sqlmap \
    || prereq_fail "the SQL injection probe needs sqlmap (Debian: apt-get install sqlmap)."
}

require_bench_tools() {
  command -v wrk >/dev/null || apt_install wrk \
    || prereq_fail "the benchmark needs wrk (Debian: apt-get install wrk)."
  command -v python3 >/dev/null || apt_install python3 \
    || prereq_fail "the benchmark needs Python 3 (Debian: apt-get install python3)."
  if ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1 && ! command -v pgbench >/dev/null; then
    apt_install postgresql-contrib || prereq_fail "the benchmark needs pgbench (Debian: apt-get install postgresql-contrib)."
  fi
}

# A local RS256 key pair for access tokens, made once in work/jwt unless BAZAAR_JWT_*_KEY_FILE point
# elsewhere; exported so Liberty (and the tests) read the same files.
ensure_jwt_keys() {
  local dir=$1/jwt
  if [[ -z ${BAZAAR_JWT_PRIVATE_KEY_FILE:-} && ! -f $dir/private.pem ]]; then
    command -v openssl >/dev/null || apt_install openssl || prereq_fail "openssl is needed to make the local JWT signing key."
    mkdir -p "$dir" && chmod 700 "$dir"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
    openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
    prereq_say "made a local JWT signing key pair in $dir"
  fi
  export BAZAAR_JWT_PRIVATE_KEY_FILE=${BAZAAR_JWT_PRIVATE_KEY_FILE:-$dir/private.pem}
  export BAZAAR_JWT_PUBLIC_KEY_FILE=${BAZAAR_JWT_PUBLIC_KEY_FILE:-$dir/public.pem}
}

# Card payments. With Stripe's keys in BAZAAR_STRIPE_SECRET_KEY, BAZAAR_STRIPE_PUBLISHABLE_KEY and
# BAZAAR_STRIPE_WEBHOOK_SECRET, Bazaar talks to Stripe; otherwise the local stand-in plays Stripe
# (scripts/services.sh start stripe): these settings point Bazaar at it and it at Bazaar's webhook.
use_stripe_stand_in() {
  local port=${BAZAAR_STRIPE_STANDIN_PORT:-12111}
  export BAZAAR_STRIPE_SECRET_KEY=sk_test_bazaar_stand_in
  export BAZAAR_STRIPE_PUBLISHABLE_KEY=pk_test_bazaar_stand_in
  export BAZAAR_STRIPE_WEBHOOK_SECRET=whsec_bazaar_stand_in
  export BAZAAR_STRIPE_API_BASE=http://127.0.0.1:$port
  export BAZAAR_STRIPE_JS_URL=http://127.0.0.1:$port/v3/stripe.js
  export BAZAAR_STRIPE_WEBHOOK_URL=http://127.0.0.1:${BAZAAR_HTTP_PORT:-9080}/api/v1/payments/webhooks/stripe
}
