#!/usr/bin/env bash
# Bazaar's local services, without Docker: a private PostgreSQL cluster (from the machine's PostgreSQL
# server binaries, run as an unprivileged user), an ActiveMQ Artemis broker (distribution from Maven
# Central) and a GreenMail SMTP server that keeps every mail it receives (from Maven Central too;
# its HTTP API lists them), and the Stripe stand-in (stripe-stand-in/: an offline imitation of
# Stripe's API, Stripe.js and webhooks, built from this repository), with their data under work/.
# Second runs reuse the data.
#
#   scripts/services.sh start | stop | status  [postgres | artemis | mail | stripe]   (all when none is named)
#
# Settings (environment): BAZAAR_WORK_DIR, BAZAAR_DB_PORT, BAZAAR_DB_NAME, BAZAAR_DB_USER,
# BAZAAR_DB_PASSWORD, BAZAAR_PG_BIN, BAZAAR_PG_OS_USER, BAZAAR_BROKER_PORT, BAZAAR_BROKER_USER,
# BAZAAR_BROKER_PASSWORD, BAZAAR_BROKER_HEAP, BAZAAR_SMTP_PORT, BAZAAR_MAIL_API_PORT. See docs/configuration.md.
# The Stripe stand-in reads:
#   BAZAAR_STRIPE_STANDIN_PORT     port on 127.0.0.1 (12111)
#   BAZAAR_STRIPE_WEBHOOK_URL      where it POSTs signed events
#                                  (http://127.0.0.1:$BAZAAR_HTTP_PORT/api/v1/payments/webhooks/stripe, port 9080;
#                                  set it empty to send none)
#   BAZAAR_STRIPE_WEBHOOK_SECRET   the endpoint secret that signs them (whsec_bazaar_stand_in)
#   BAZAAR_STRIPE_SECRET_KEY       the secret key it accepts (sk_test_bazaar_stand_in)
#   BAZAAR_STRIPE_PUBLISHABLE_KEY  the publishable key it accepts (pk_test_bazaar_stand_in)
# Its jar is built on first start (mvn; the first build downloads WireMock from Maven Central).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BAZAAR_WORK_DIR:-$ROOT/work}
DB_PORT=${BAZAAR_DB_PORT:-55432}
DB_NAME=${BAZAAR_DB_NAME:-bazaar}
DB_USER=${BAZAAR_DB_USER:-bazaar}
DB_PASSWORD=${BAZAAR_DB_PASSWORD:-bazaar}
PG_OS_USER=${BAZAAR_PG_OS_USER:-postgres}
PG_SUPERUSER_PASSWORD=${BAZAAR_PG_SUPERUSER_PASSWORD:-bazaar-local-admin}
BROKER_PORT=${BAZAAR_BROKER_PORT:-61626}
BROKER_USER=${BAZAAR_BROKER_USER:-bazaar}
BROKER_PASSWORD=${BAZAAR_BROKER_PASSWORD:-bazaar}
BROKER_HEAP=${BAZAAR_BROKER_HEAP:-512M}
ARTEMIS_VERSION=2.44.0
SMTP_PORT=${BAZAAR_SMTP_PORT:-3025}
MAIL_API_PORT=${BAZAAR_MAIL_API_PORT:-3180}
GREENMAIL_VERSION=2.1.5
STRIPE_PORT=${BAZAAR_STRIPE_STANDIN_PORT:-12111}
# exported so the stand-in (and anything started after it from this shell) sees the same values
export BAZAAR_STRIPE_STANDIN_PORT=$STRIPE_PORT
export BAZAAR_STRIPE_WEBHOOK_URL=${BAZAAR_STRIPE_WEBHOOK_URL-http://127.0.0.1:${BAZAAR_HTTP_PORT:-9080}/api/v1/payments/webhooks/stripe}
export BAZAAR_STRIPE_WEBHOOK_SECRET=${BAZAAR_STRIPE_WEBHOOK_SECRET:-whsec_bazaar_stand_in}
export BAZAAR_STRIPE_SECRET_KEY=${BAZAAR_STRIPE_SECRET_KEY:-sk_test_bazaar_stand_in}
export BAZAAR_STRIPE_PUBLISHABLE_KEY=${BAZAAR_STRIPE_PUBLISHABLE_KEY:-pk_test_bazaar_stand_in}

ARTEMIS_HOME=$WORK/artemis/apache-artemis-$ARTEMIS_VERSION
BROKER_DIR=$WORK/artemis/broker
BROKER_PID=$WORK/artemis/broker.pid
BROKER_LOG=$WORK/artemis/broker.log
GREENMAIL_JAR=$WORK/mail/greenmail-standalone-$GREENMAIL_VERSION.jar
MAIL_PID=$WORK/mail/greenmail.pid
MAIL_LOG=$WORK/mail/greenmail.log
STRIPE_JAR=$WORK/stripe/stripe-stand-in.jar
STRIPE_PID=$WORK/stripe/stripe-stand-in.pid
STRIPE_LOG=$WORK/stripe/stripe-stand-in.log

say() { printf '[services] %s\n' "$*"; }
fail() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port seconds [pid that must stay alive]
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    port_open "$1" && return 0
    [[ -n ${3:-} ]] && ! kill -0 "$3" 2>/dev/null && return 1
    sleep 0.5
  done
  return 1
}

stop_process() { # pid file, seconds to wait before kill -9, name
  if [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; then
    local pid i
    pid=$(cat "$1")
    kill "$pid"
    for ((i = 0; i < $2 * 2; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    say "$3 stopped"
  fi
  rm -f "$1"
}

# ---------- PostgreSQL ----------

find_pg_bin() {
  if [[ -n ${BAZAAR_PG_BIN:-} ]]; then
    [[ -x $BAZAAR_PG_BIN/pg_ctl ]] || fail "BAZAAR_PG_BIN=$BAZAAR_PG_BIN has no pg_ctl."
    echo "$BAZAAR_PG_BIN"; return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r) /usr/local/pgsql/bin; do
    [[ -x $dir/pg_ctl && -x $dir/initdb ]] && { echo "$dir"; return; }
  done
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    dirname "$(command -v pg_ctl)"; return
  fi
  fail "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on PATH.
  Install them (Debian: apt-get install postgresql-15) or set BAZAAR_PG_BIN to their folder,
  or point Bazaar at an existing server with BAZAAR_DB_HOST/BAZAAR_DB_PORT and skip scripts/services.sh."
}

# PostgreSQL refuses to run as root, so as root it runs as $PG_OS_USER.
as_pg() {
  if [[ $(id -u) == 0 ]]; then (cd / && runuser -u "$PG_OS_USER" -- "$@"); else "$@"; fi
}

# The cluster lives in work/pg. As root, that folder must be reachable by the postgres user; when a
# parent folder is private (a mktemp -d checkout, say) the data goes to /var/tmp and work/pg links there.
pg_dir() {
  local dir=$WORK/pg
  if [[ -L $dir ]]; then readlink "$dir"; return; fi
  if [[ $(id -u) == 0 ]]; then
    id "$PG_OS_USER" >/dev/null 2>&1 || fail "user '$PG_OS_USER' does not exist; PostgreSQL cannot run as root. Set BAZAAR_PG_OS_USER."
    mkdir -p "$dir"; chown "$PG_OS_USER" "$dir"
    if ! runuser -u "$PG_OS_USER" -- test -w "$dir"; then
      rmdir "$dir" 2>/dev/null || true
      local outside
      outside=/var/tmp/bazaar-pg-$(printf '%s' "$WORK" | sha1sum | cut -c1-12)
      mkdir -p "$outside"; chown "$PG_OS_USER" "$outside"; chmod 700 "$outside"
      ln -s "$outside" "$dir"
      say "work/pg is not reachable by '$PG_OS_USER' (a parent folder is private); data kept in $outside" >&2
      dir=$outside
    fi
  else
    mkdir -p "$dir"
  fi
  echo "$dir"
}

pg_start() {
  local bin dir data
  bin=$(find_pg_bin)
  dir=$(pg_dir)
  data=$dir/data
  if [[ ! -f $data/PG_VERSION ]]; then
    say "creating PostgreSQL cluster in $data ($("$bin/postgres" --version))"
    local pwfile=$dir/.pwfile
    printf '%s\n' "$PG_SUPERUSER_PASSWORD" > "$pwfile"
    [[ $(id -u) == 0 ]] && chown "$PG_OS_USER" "$pwfile"
    as_pg "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
    rm -f "$pwfile"
    cat >> "$data/postgresql.conf" <<CONF

# --- Bazaar local cluster ---
listen_addresses = '127.0.0.1'
port = $DB_PORT
unix_socket_directories = ''
max_connections = 200
# XA: Liberty's JTA transactions span PostgreSQL and Artemis (two-phase commit)
max_prepared_transactions = 100
shared_buffers = 128MB
CONF
  fi
  # statement statistics for bench/run.sh (statements per order); clusters made before it get the line
  # on their next start. Only where the server has the module (Debian's postgresql package does).
  if [[ -f $("$bin/pg_config" --pkglibdir 2>/dev/null)/pg_stat_statements.so ]] \
      && ! grep -q "^shared_preload_libraries = 'pg_stat_statements'" "$data/postgresql.conf"; then
    printf "\n# statements per use case, for bench/run.sh\nshared_preload_libraries = 'pg_stat_statements'\n" \
      | as_pg tee -a "$data/postgresql.conf" >/dev/null
  fi
  if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    say "PostgreSQL already running on 127.0.0.1:$DB_PORT"
  else
    port_open "$DB_PORT" && fail "port $DB_PORT is taken by another program; set BAZAAR_DB_PORT to a free port."
    as_pg "$bin/pg_ctl" -D "$data" -l "$dir/postgresql.log" -w -t 60 start >/dev/null \
      || { tail -20 "$dir/postgresql.log" >&2; fail "PostgreSQL did not start (log: $dir/postgresql.log)"; }
    say "PostgreSQL started on 127.0.0.1:$DB_PORT"
  fi
  local psql=("$bin/psql" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA)
  export PGPASSWORD=$PG_SUPERUSER_PASSWORD
  if [[ -z $("${psql[@]}" -c "select 1 from pg_roles where rolname = '$DB_USER'") ]]; then
    "${psql[@]}" -c "create role \"$DB_USER\" login password '$DB_PASSWORD'"
  fi
  if [[ -z $("${psql[@]}" -c "select 1 from pg_database where datname = '$DB_NAME'") ]]; then
    "${psql[@]}" -c "create database \"$DB_NAME\" owner \"$DB_USER\" encoding 'UTF8'"
    say "created database $DB_NAME owned by $DB_USER"
  fi
  unset PGPASSWORD
}

pg_stop() {
  local bin data
  bin=$(find_pg_bin)
  # the real folder, not the work/pg link: the postgres user may not be able to pass through work/
  data=$(pg_dir)/data
  if [[ -f $data/PG_VERSION ]] && as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    say "PostgreSQL stopped"
  fi
}

# ---------- Artemis ----------

artemis_install() {
  [[ -x $ARTEMIS_HOME/bin/artemis ]] && return
  command -v java >/dev/null || fail "java is not on PATH; Artemis needs Java 17 or newer."
  command -v mvn >/dev/null || fail "mvn is not on PATH; it fetches the Artemis distribution from Maven Central."
  local downloads=$WORK/artemis/download
  mkdir -p "$WORK/artemis"
  say "fetching Artemis $ARTEMIS_VERSION from Maven Central"
  # copy (not get): Maven itself knows where its local repository is; run outside the project's pom
  (cd "$WORK/artemis" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin" -DoutputDirectory="$downloads" \
    -Dmdep.overWriteIfNewer=true >"$WORK/artemis/download.log" 2>&1) \
    || { tail -20 "$WORK/artemis/download.log" >&2; fail "could not fetch org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin"; }
  tar xzf "$downloads/apache-artemis-$ARTEMIS_VERSION-bin.tar.gz" -C "$WORK/artemis"
  rm -rf "$downloads"
}

artemis_create() {
  if [[ ! -f $BROKER_DIR/etc/broker.xml.orig ]]; then
    rm -rf "$BROKER_DIR"
    say "creating Artemis broker in $BROKER_DIR"
    "$ARTEMIS_HOME/bin/artemis" create "$BROKER_DIR" --silent --require-login \
      --user "$BROKER_USER" --password "$BROKER_PASSWORD" \
      --host 127.0.0.1 --default-port "$BROKER_PORT" --name bazaar-local \
      --no-web --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --no-autotune --java-memory "$BROKER_HEAP" >"$WORK/artemis/create.log" 2>&1 \
      || { cat "$WORK/artemis/create.log" >&2; fail "artemis create failed"; }
    cp "$BROKER_DIR/etc/broker.xml" "$BROKER_DIR/etc/broker.xml.orig"
  fi
  # Bazaar's addresses and redelivery policy (scripts/artemis/*.xml), applied at every start so a
  # broker created earlier learns new addresses
  awk -v settings="$ROOT/scripts/artemis/address-settings.xml" -v addresses="$ROOT/scripts/artemis/addresses.xml" '
    /<address-setting match="#">/ { while ((getline line < settings) > 0) print line }
    { print }
    /<addresses>/ { while ((getline line < addresses) > 0) print line }
  ' "$BROKER_DIR/etc/broker.xml.orig" > "$BROKER_DIR/etc/broker.xml"
}

artemis_running() {
  [[ -f $BROKER_PID ]] && kill -0 "$(cat "$BROKER_PID")" 2>/dev/null
}

artemis_start() {
  artemis_install
  artemis_create
  if artemis_running; then
    say "Artemis already running on 127.0.0.1:$BROKER_PORT"
    return
  fi
  port_open "$BROKER_PORT" && fail "port $BROKER_PORT is taken by another program; set BAZAAR_BROKER_PORT to a free port."
  nohup "$BROKER_DIR/bin/artemis" run >"$BROKER_LOG" 2>&1 &
  echo $! >"$BROKER_PID"
  wait_for_port "$BROKER_PORT" 90 "$(cat "$BROKER_PID")" || { tail -30 "$BROKER_LOG" >&2; fail "Artemis did not open port $BROKER_PORT (log: $BROKER_LOG)"; }
  say "Artemis started on 127.0.0.1:$BROKER_PORT"
}

artemis_stop() {
  stop_process "$BROKER_PID" 30 Artemis
}

# ---------- GreenMail (SMTP for local runs and tests; mail stays in memory) ----------

mail_install() {
  [[ -f $GREENMAIL_JAR ]] && return
  command -v mvn >/dev/null || fail "mvn is not on PATH; it fetches GreenMail from Maven Central."
  mkdir -p "$WORK/mail"
  say "fetching GreenMail $GREENMAIL_VERSION from Maven Central"
  (cd "$WORK/mail" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$WORK/mail" \
    -Dmdep.overWriteIfNewer=true >"$WORK/mail/download.log" 2>&1) \
    || { tail -20 "$WORK/mail/download.log" >&2; fail "could not fetch com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"; }
}

mail_running() {
  [[ -f $MAIL_PID ]] && kill -0 "$(cat "$MAIL_PID")" 2>/dev/null
}

mail_start() {
  mail_install
  if mail_running; then
    say "GreenMail already running: SMTP 127.0.0.1:$SMTP_PORT, mail API http://127.0.0.1:$MAIL_API_PORT/"
    return
  fi
  port_open "$SMTP_PORT" && fail "port $SMTP_PORT is taken by another program; set BAZAAR_SMTP_PORT to a free port."
  port_open "$MAIL_API_PORT" && fail "port $MAIL_API_PORT is taken by another program; set BAZAAR_MAIL_API_PORT to a free port."
  # any recipient gets a mailbox on first delivery; no logins to set up
  nohup java -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$GREENMAIL_JAR" >"$MAIL_LOG" 2>&1 &
  echo $! >"$MAIL_PID"
  wait_for_port "$MAIL_API_PORT" 60 "$(cat "$MAIL_PID")" && wait_for_port "$SMTP_PORT" 10 "$(cat "$MAIL_PID")" \
    || { tail -30 "$MAIL_LOG" >&2; fail "GreenMail did not open ports $SMTP_PORT and $MAIL_API_PORT (log: $MAIL_LOG)"; }
  say "GreenMail started: SMTP 127.0.0.1:$SMTP_PORT, mail API http://127.0.0.1:$MAIL_API_PORT/"
}

mail_stop() {
  stop_process "$MAIL_PID" 10 GreenMail
}

# ---------- Stripe stand-in (stripe-stand-in/: Stripe's API, Stripe.js and webhooks, offline) ----------

# Runs from a copy under work/, so a build's `mvn clean` never pulls the jar from under it; rebuilt
# when the module's sources are newer than the copy.
stripe_build() {
  local built=$ROOT/stripe-stand-in/target/stripe-stand-in.jar
  if [[ -f $STRIPE_JAR && -z $(find "$ROOT/stripe-stand-in/src" "$ROOT/stripe-stand-in/pom.xml" -newer "$STRIPE_JAR" -print -quit) ]]; then
    return
  fi
  command -v java >/dev/null || fail "java is not on PATH; the Stripe stand-in needs Java 17 or newer."
  command -v mvn >/dev/null || fail "mvn is not on PATH; it builds the Stripe stand-in (stripe-stand-in/)."
  mkdir -p "$WORK/stripe"
  say "building the Stripe stand-in (the first build downloads WireMock from Maven Central)"
  mvn -q -B -f "$ROOT/stripe-stand-in/pom.xml" package -DskipTests -Dspotless.check.skip=true >"$WORK/stripe/build.log" 2>&1 \
    || { tail -30 "$WORK/stripe/build.log" >&2; fail "could not build the Stripe stand-in (log: $WORK/stripe/build.log)"; }
  [[ -f $built ]] || fail "the build did not produce $built"
  cp "$built" "$STRIPE_JAR"
}

stripe_running() {
  [[ -f $STRIPE_PID ]] && kill -0 "$(cat "$STRIPE_PID")" 2>/dev/null
}

stripe_start() {
  stripe_build
  if stripe_running; then
    say "Stripe stand-in already running on http://127.0.0.1:$STRIPE_PORT/"
    return
  fi
  port_open "$STRIPE_PORT" && fail "port $STRIPE_PORT is taken by another program; set BAZAAR_STRIPE_STANDIN_PORT to a free port."
  mkdir -p "$WORK/stripe"
  # small and quiet: C1 only and few malloc arenas keep it near 100-170 MB resident
  MALLOC_ARENA_MAX=2 nohup java -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=24m \
    -Xss512k -jar "$STRIPE_JAR" >"$STRIPE_LOG" 2>&1 &
  echo $! >"$STRIPE_PID"
  wait_for_port "$STRIPE_PORT" 60 "$(cat "$STRIPE_PID")" \
    || { tail -30 "$STRIPE_LOG" >&2; fail "the Stripe stand-in did not open port $STRIPE_PORT (log: $STRIPE_LOG)"; }
  say "Stripe stand-in started: API http://127.0.0.1:$STRIPE_PORT/v1, Stripe.js http://127.0.0.1:$STRIPE_PORT/v3/, webhooks to ${BAZAAR_STRIPE_WEBHOOK_URL:-nowhere}"
}

stripe_stop() {
  stop_process "$STRIPE_PID" 10 "Stripe stand-in"
}

which=${2:-all}
case "$which" in all | postgres | artemis | mail | stripe) ;; *) echo "unknown service '$which' (postgres, artemis, mail or stripe)" >&2; exit 2 ;; esac
wants() { [[ $which == all || $which == "$1" ]]; }

case "${1:-}" in
  start)
    if wants postgres; then pg_start; fi
    if wants artemis; then artemis_start; fi
    if wants mail; then mail_start; fi
    if wants stripe; then stripe_start; fi
    ;;
  stop)
    if wants stripe; then stripe_stop; fi
    if wants mail; then mail_stop; fi
    if wants artemis; then artemis_stop; fi
    if wants postgres; then pg_stop; fi
    ;;
  status)
    if port_open "$DB_PORT"; then say "PostgreSQL: up on 127.0.0.1:$DB_PORT"; else say "PostgreSQL: down"; fi
    if artemis_running && port_open "$BROKER_PORT"; then say "Artemis: up on 127.0.0.1:$BROKER_PORT"; else say "Artemis: down"; fi
    if mail_running && port_open "$SMTP_PORT"; then say "GreenMail: SMTP up on 127.0.0.1:$SMTP_PORT"; else say "GreenMail: down"; fi
    if stripe_running && port_open "$STRIPE_PORT"; then say "Stripe stand-in: up on http://127.0.0.1:$STRIPE_PORT/"; else say "Stripe stand-in: down"; fi
    ;;
  *) echo "usage: $0 start|stop|status [postgres|artemis|mail|stripe]" >&2; exit 2 ;;
esac
