#!/usr/bin/env bash
# Runs every test: unit tests, then (against a real Liberty, PostgreSQL and Artemis) the Arquillian
# in-container tests, the HTTP tests (mail read back from GreenMail), the browser tests in headless Chromium and the outage tests.
# Installs what a fresh Debian machine lacks when run as root. Extra arguments go to Maven.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source scripts/prerequisites.sh
require_build_tools
require_postgres
ensure_jwt_keys "${BAZAAR_WORK_DIR:-$ROOT/work}"
require_chromium
require_sqlmap

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_open "${BAZAAR_HTTP_PORT:-9080}"; then
  echo "[test] ERROR: port ${BAZAAR_HTTP_PORT:-9080} is in use (a running Bazaar?); stop it or set BAZAAR_HTTP_PORT." >&2
  exit 1
fi

started=()
port_open "${BAZAAR_DB_PORT:-55432}" || started+=(postgres)
port_open "${BAZAAR_BROKER_PORT:-61626}" || started+=(artemis)
port_open "${BAZAAR_SMTP_PORT:-3025}" || started+=(mail)
# the tests never reach Stripe: the local stand-in plays it, with a short wait so timeouts are quick to test
use_stripe_stand_in
export BAZAAR_STRIPE_READ_TIMEOUT_MS=${BAZAAR_STRIPE_READ_TIMEOUT_MS:-3000}
port_open "${BAZAAR_STRIPE_STANDIN_PORT:-12111}" || started+=(stripe)
cleanup() {
  for service in "${started[@]}"; do scripts/services.sh stop "$service" || true; done
}
trap cleanup EXIT

scripts/services.sh start
# the test server holds more than a running Bazaar: the in-container tests deploy a second copy of the
# EJB module (Arquillian's archive) beside the application, which no longer fits in 512m
export JVM_ARGS="${JVM_ARGS:-} -Xmx${BAZAAR_HEAP:-768m}"
mvn -B -Dstyle.color=never clean verify -Dbazaar.http.port="${BAZAAR_HTTP_PORT:-9080}" \
  -Dbazaar.db.host="${BAZAAR_DB_HOST:-127.0.0.1}" -Dbazaar.db.port="${BAZAAR_DB_PORT:-55432}" \
  -Dbazaar.db.name="${BAZAAR_DB_NAME:-bazaar}" -Dbazaar.db.user="${BAZAAR_DB_USER:-bazaar}" \
  -Dbazaar.db.password="${BAZAAR_DB_PASSWORD:-bazaar}" \
  -Dbazaar.mail-api.port="${BAZAAR_MAIL_API_PORT:-3180}" \
  -Dbazaar.broker.host="${BAZAAR_BROKER_HOST:-127.0.0.1}" -Dbazaar.broker.port="${BAZAAR_BROKER_PORT:-61626}" -Dbazaar.broker.user="${BAZAAR_BROKER_USER:-bazaar}" -Dbazaar.broker.password="${BAZAAR_BROKER_PASSWORD:-bazaar}" \
  -Dbazaar.jwt.private-key-file="$BAZAAR_JWT_PRIVATE_KEY_FILE" -Dbazaar.jwt.issuer="${BAZAAR_JWT_ISSUER:-https://bazaar.local}" "$@"
