#!/usr/bin/env bash
# Runs Bazaar locally: builds it, starts PostgreSQL and Artemis (scripts/services.sh), starts Liberty
# with the demo data, and prints the URLs. Ctrl-C stops everything this script started.
#
#   scripts/run.sh                  the demo catalog (four shops, fifty products)
#   scripts/run.sh --products N     and a generated catalog of N more products (scripts/demo-catalog.sh)
set -euo pipefail
command_began=$(date +%s.%N)

generate=""
if [[ ${1:-} == --products ]]; then
  generate=${2:?--products takes a number, like --products 100000}
elif [[ -n ${1:-} ]]; then
  printf 'usage: scripts/run.sh [--products N]\n' >&2; exit 2
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source scripts/prerequisites.sh
require_build_tools
require_postgres
WORK=${BAZAAR_WORK_DIR:-$ROOT/work}
ensure_jwt_keys "$WORK"

PORT=${BAZAAR_HTTP_PORT:-9080}
WLP=$ROOT/ear/target/liberty/wlp
LOG=$WLP/usr/servers/bazaar/logs/messages.log
export JVM_ARGS="${JVM_ARGS:-} -Xmx${BAZAAR_HEAP:-512m}"

say() { printf '[bazaar] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port_open "$PORT" && { say "ERROR: port $PORT is in use (another Bazaar?). Stop it or set BAZAAR_HTTP_PORT." >&2; exit 1; }

# Card payments: Stripe itself when its keys are set, else the local stand-in.
services=(postgres artemis mail)
if [[ -z ${BAZAAR_STRIPE_SECRET_KEY:-} ]]; then
  use_stripe_stand_in
  services+=(stripe)
  stripe_line="Stripe         the offline stand-in at $BAZAAR_STRIPE_API_BASE (pay with its test cards; no real money)"
else
  stripe_line="Stripe         ${BAZAAR_STRIPE_API_BASE:-https://api.stripe.com} with your keys (webhooks: /api/v1/payments/webhooks/stripe)"
fi

# Stop on exit only the services this run started.
started=()
for service in "${services[@]}"; do
  case $service in
    postgres) port_open "${BAZAAR_DB_PORT:-55432}" || started+=(postgres) ;;
    artemis) port_open "${BAZAAR_BROKER_PORT:-61626}" || started+=(artemis) ;;
    mail) port_open "${BAZAAR_SMTP_PORT:-3025}" || started+=(mail) ;;
    stripe) port_open "${BAZAAR_STRIPE_STANDIN_PORT:-12111}" || started+=(stripe) ;;
  esac
done
server_pid=""
cleanup() {
  trap - EXIT INT TERM
  say "stopping"
  if [[ -n $server_pid ]]; then "$WLP/bin/server" stop bazaar >/dev/null 2>&1 || true; wait "$server_pid" 2>/dev/null || true; fi
  for service in "${started[@]}"; do scripts/services.sh stop "$service"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for service in "${services[@]}"; do scripts/services.sh start "$service"; done

say "building (mvn package)"
mvn -B -q -Dstyle.color=never -DskipTests package

say "starting Liberty"
began=$(date +%s.%N)
rm -f "$LOG"
"$WLP/bin/server" run bazaar >"$WORK/liberty-console.log" 2>&1 &
server_pid=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready" 2>/dev/null) == 200 ]]; do
  kill -0 "$server_pid" 2>/dev/null || { say "ERROR: Liberty stopped; see $WORK/liberty-console.log and $LOG" >&2; exit 1; }
  sleep 0.5
done
now=$(date +%s.%N)
if [[ -n $generate ]]; then
  scripts/demo-catalog.sh "$generate"
fi
ready=$(awk -v a="$began" -v b="$now" 'BEGIN { printf "%.1f", b - a }')
total=$(awk -v a="$command_began" -v b="$now" 'BEGIN { printf "%.1f", b - a }')
java_pid=$(pgrep -f "ws-server.jar bazaar" | head -1 || true)
rss=$([[ -n $java_pid ]] && awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$java_pid/status" || echo "?")

cat <<TXT

  Bazaar is ready ${total}s after this command started (Liberty: ${ready}s; JVM resident memory ${rss}).

  Storefront     http://localhost:$PORT/
  Back office    http://localhost:$PORT/admin/
  API            http://localhost:$PORT/api/v1/products
  OpenAPI        http://localhost:$PORT/openapi   (UI: http://localhost:$PORT/openapi/ui/)
  Health         http://localhost:$PORT/health/ready   http://localhost:$PORT/health/live
  Metrics        http://localhost:$PORT/metrics

  Demo accounts (password bazaar-demo-2026; with BAZAAR_DEMO_DATA=true, the default):
    admin@bazaar.test             platform admin (back office)
    owner@nordic-kitchen.test     vendor owner   (Nordic Kitchen Co.)
    manager@nordic-kitchen.test   vendor manager (Nordic Kitchen Co.)
    staff@nordic-kitchen.test     vendor staff   (Nordic Kitchen Co.)
    shopper@bazaar.test           customer

  PostgreSQL     127.0.0.1:${BAZAAR_DB_PORT:-55432} db ${BAZAAR_DB_NAME:-bazaar} (user ${BAZAAR_DB_USER:-bazaar})
  Artemis        127.0.0.1:${BAZAAR_BROKER_PORT:-61626}
  SMTP           127.0.0.1:${BAZAAR_SMTP_PORT:-3025} (GreenMail keeps every mail; read them in the back office
                 under Outgoing mail, or at http://127.0.0.1:${BAZAAR_MAIL_API_PORT:-3180}/api/user/<address>/messages/INBOX)
  $stripe_line
  Server log     $LOG

  Press Ctrl-C to stop.
TXT
wait "$server_pid"
