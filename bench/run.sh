#!/usr/bin/env bash
# Bazaar's benchmark: drives a running Bazaar over HTTP on loopback with wrk (ADR 0022), measures the
# machine's ceiling for a checkout's database work with pgbench on the same PostgreSQL in the same run,
# and appends the results to bench/RESULTS.md. See bench/README.md.
#
#   scripts/run.sh --products 100000      (in another terminal: Bazaar with the 100,000-product catalog)
#   bench/run.sh [options]
#
# Options:
#   --scenarios LIST      comma-separated, from: browse, product, api, checkout, mix
#                         (default: all five, in that order)
#   --concurrency LIST    comma-separated shoppers (= connections) for every scenario chosen; by default
#                         browse 32, product 32, api 16, checkout 16,64, mix 32
#   --warmup SECONDS      load before measuring, per run (default 30)
#   --duration SECONDS    measured time per run (default 60)
#   --rate N              requests per second for all shoppers together, on a fixed schedule: latency then
#                         counts from the scheduled start (no coordinated omission). Default: none, each
#                         shopper sends its next request when the answer came (a closed system)
#   --pgbench-seconds S   length of each pgbench ceiling run (default: as --duration); 0 skips it
#   --settle SECONDS      before each run, wait at most this long for the mail queue and the demo
#                         pictures to be worked off, so one run's backlog does not weigh on the next
#                         (default 300; what is left is reported)
#   --customers N         bench customers to make and sign in (default 64)
#   --products N          catalog size to make sure of (default 100000; fewer found runs scripts/demo-catalog.sh)
#   --note TEXT           a line for the results (say what else ran on the machine)
#   --results FILE        where to append (default bench/RESULTS.md)
#
# Settings (environment), as scripts/run.sh: BAZAAR_HTTP_PORT, BAZAAR_DB_PORT, BAZAAR_DB_NAME,
# BAZAAR_DB_USER, BAZAAR_DB_PASSWORD, BAZAAR_PG_SUPERUSER_PASSWORD, BAZAAR_BROKER_PORT, BAZAAR_SMTP_PORT.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source scripts/prerequisites.sh
require_postgres
require_bench_tools

say() { printf '[bench] %s\n' "$*"; }
fail() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

scenarios=browse,product,api,checkout,mix
concurrency=""
warmup=30
duration=60
rate=""
pgbench_seconds=""
settle=300
customers=64
products=100000
note=""
results=$ROOT/bench/RESULTS.md
while (($#)); do
  case $1 in
    --scenarios) scenarios=${2:?}; shift 2 ;;
    --concurrency) concurrency=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --rate) rate=${2:?}; shift 2 ;;
    --pgbench-seconds) pgbench_seconds=${2:?}; shift 2 ;;
    --settle) settle=${2:?}; shift 2 ;;
    --customers) customers=${2:?}; shift 2 ;;
    --products) products=${2:?}; shift 2 ;;
    --note) note=${2:?}; shift 2 ;;
    --results) results=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option $1 (see bench/run.sh --help)" ;;
  esac
done
pgbench_seconds=${pgbench_seconds:-$duration}
for number in "$warmup" "$duration" "$pgbench_seconds" "$settle" "$customers" "$products" ${rate:+"$rate"}; do
  [[ $number =~ ^[0-9]+$ ]] || fail "'$number' is not a whole number"
done
((duration > 0 && customers > 0)) || fail "--duration and --customers must be above 0"
IFS=, read -r -a chosen <<<"$scenarios"
for scenario in "${chosen[@]}"; do
  [[ $scenario =~ ^(browse|product|api|checkout|mix)$ ]] || fail "unknown scenario '$scenario'"
done
shoppers_for() {
  if [[ -n $concurrency ]]; then echo "${concurrency//,/ }"; return; fi
  case $1 in browse|product|mix) echo 32 ;; api) echo 16 ;; checkout) echo 16 64 ;; esac
}

PORT=${BAZAAR_HTTP_PORT:-9080}
BASE=http://127.0.0.1:$PORT
DB_PORT=${BAZAAR_DB_PORT:-55432}
DB_NAME=${BAZAAR_DB_NAME:-bazaar}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V | tail -1)
PG_BIN=${BAZAAR_PG_BIN:-$PG_BIN}
[[ -x $PG_BIN/psql ]] || PG_BIN=$(dirname "$(command -v psql)")
DEMO_PASSWORD=bazaar-demo-2026
TICKS=$(getconf CLK_TCK)

# psql as Bazaar's user on its database, and as the superuser on the postgres database (statistics)
export PGOPTIONS='-c client_min_messages=warning'
db() { PGPASSWORD=${BAZAAR_DB_PASSWORD:-bazaar} "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA -h 127.0.0.1 -p "$DB_PORT" \
  -U "${BAZAAR_DB_USER:-bazaar}" -d "$DB_NAME" "$@"; }
admin() { PGPASSWORD=${BAZAAR_PG_SUPERUSER_PASSWORD:-bazaar-local-admin} "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA \
  -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "${1:-postgres}" "${@:2}"; }

[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] \
  || fail "Bazaar does not answer ready at $BASE/health/ready: start it first (scripts/run.sh --products $products)."
db -c 'select 1' >/dev/null 2>&1 || fail "PostgreSQL does not answer on 127.0.0.1:$DB_PORT as Bazaar's user."
admin postgres -c 'select 1' >/dev/null 2>&1 \
  || fail "the PostgreSQL superuser cannot sign in (BAZAAR_PG_SUPERUSER_PASSWORD); the statistics need it."

listening_pid() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true; }
liberty_pid=$(listening_pid "$PORT")
postgres_pid=$(listening_pid "$DB_PORT")
artemis_pid=$(listening_pid "${BAZAAR_BROKER_PORT:-61626}")
mail_pid=$(listening_pid "${BAZAAR_SMTP_PORT:-3025}")
[[ -n $liberty_pid && -n $postgres_pid ]] || fail "could not find the processes listening on ports $PORT and $DB_PORT (ss -ltnp)."

if [[ $(admin postgres -c "show shared_preload_libraries") == *pg_stat_statements* ]]; then
  admin postgres -c "create extension if not exists pg_stat_statements"
  statements=yes
else
  statements=""
  say "pg_stat_statements is not loaded: statements per order are left out. scripts/services.sh adds it to the"
  say "cluster's settings on its next start (stop Bazaar, scripts/services.sh stop postgres, start again)."
fi

stamp=$(date -u +%Y%m%d-%H%M%S)
OUT=$ROOT/bench/out/$stamp
DATA=$OUT/data
mkdir -p "$DATA"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------- setup: catalog, customers, stock ----------

found=$(db -c "select count(*) from product_search")
catalog_line="$found findable products"
if ((found < products)); then
  say "the catalog has $found findable products; generating $products (scripts/demo-catalog.sh)"
  began=$(date +%s)
  scripts/demo-catalog.sh "$products"
  found=$(db -c "select count(*) from product_search")
  catalog_line="$found findable products (generated for this run in $(($(date +%s) - began)) s)"
fi

# Bench customers are made in the database, verified, with the demo shopper's password hash (the demo
# password): registering 64 through the API would mail and hash 128 times before the run starts.
hash=$(db -c "select password_hash from app_user where email = 'shopper@bazaar.test'")
[[ -n $hash ]] || fail "the demo shopper (shopper@bazaar.test) is missing: run Bazaar with BAZAAR_DEMO_DATA=true (the default)."
db -v hash="$hash" -v customers="$customers" >/dev/null <<'SQL'
insert into app_user (email, display_name, password_hash, email_verified_at)
select format('bench-customer-%s@bazaar.test', lpad(n::text, 3, '0')), format('Bench Customer %s', n), :'hash', now()
from generate_series(1, :customers) n
on conflict (email) do nothing;
insert into user_role (user_id, role)
select id, 'CUSTOMER' from app_user where email like 'bench-customer-%@bazaar.test'
on conflict do nothing;
SQL

# Two generated euro shops sell what the checkouts buy: 200 variants each, stocked so no run sells out.
read -r shop_a shop_b < <(db -F ' ' -c "select string_agg(id::text, ' ' order by id) from (select id from vendor
    where registration_number like 'GEN-%' and payout_currency = 'EUR' and status = 'APPROVED' order by id limit 2) s")
[[ -n ${shop_b:-} ]] || fail "two generated euro shops were not found: run scripts/demo-catalog.sh first."
for shop in a b; do
  vendor=$([[ $shop == a ]] && echo "$shop_a" || echo "$shop_b")
  db -c "select v.id from product_variant v join product p on p.id = v.product_id
         where v.vendor_id = $vendor and p.status = 'ACTIVE' and v.price_currency = 'EUR' order by v.id limit 200" \
    >"$DATA/variants-shop-$shop.txt"
done
db >/dev/null <<SQL
with topped as (
    update stock_level s set on_hand = s.reserved + 1000000
    from stock_level was
    where was.variant_id = s.variant_id and was.location_id = s.location_id and was.on_hand - was.reserved < 500000
      and s.variant_id in ($(cat "$DATA/variants-shop-a.txt" "$DATA/variants-shop-b.txt" | paste -sd,))
    returning s.variant_id, s.location_id, s.on_hand - was.on_hand as added)
insert into stock_movement (variant_id, location_id, on_hand_delta, reason, actor)
select variant_id, location_id, added, 'benchmark stock', 'bench/run.sh' from topped;
SQL
db -c "select p.slug from product p join vendor v on v.id = p.vendor_id
       where p.status = 'ACTIVE' and v.status = 'APPROVED' order by md5(p.slug) limit 2000" >"$DATA/product-slugs.txt"
db -c "select p.id from product p join vendor v on v.id = p.vendor_id
       where p.status = 'ACTIVE' and v.status = 'APPROVED' order by md5(p.id::text) limit 2000" >"$DATA/product-ids.txt"
db -c "select slug from category order by slug" >"$DATA/category-slugs.txt"
printf '%s\n' skillet merino walnut teapot lantern notebook linen brass oak cast+iron sencha backpack rug scarf \
  mug kettle planter trowel puzzle wallet >"$DATA/search-words.txt"

tokens_made=0
sign_in() {
  say "signing in $customers bench customers"
  : >"$DATA/tokens.txt"
  local n token
  for ((n = 1; n <= customers; n++)); do
    token=$(curl -s -H 'Content-Type: application/json' \
      -d "{\"email\":\"bench-customer-$(printf '%03d' "$n")@bazaar.test\",\"password\":\"$DEMO_PASSWORD\"}" \
      "$BASE/api/v1/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    [[ -n $token ]] || fail "bench customer $n could not sign in."
    echo "$token" >>"$DATA/tokens.txt"
  done
  tokens_made=$(date +%s)
}

# ---------- measuring ----------

# utime + stime (+ reaped children's) of a process, in clock ticks
ticks() {
  [[ -n ${1:-} && -r /proc/$1/stat ]] || { echo 0; return; }
  local stat rest fields
  stat=$(</proc/"$1"/stat) || { echo 0; return; }
  rest=${stat##*) }
  read -r -a fields <<<"$rest"
  echo $((fields[11] + fields[12] + ${2:-0} * (fields[13] + fields[14])))
}
postgres_ticks() {
  local total child
  total=$(ticks "$postgres_pid" 1)
  for child in $(pgrep -P "$postgres_pid"); do total=$((total + $(ticks "$child"))); done
  echo "$total"
}
snapshot() { # file; what the run's numbers are made from
  {
    echo "time_us=$(date +%s%6N)"
    echo "liberty=$(ticks "$liberty_pid")"
    echo "postgres=$(postgres_ticks)"
    echo "artemis=$(ticks "$artemis_pid")"
    echo "mail=$(ticks "$mail_pid")"
    echo "wrk=$(ticks "$wrk_pid")"
    echo "load=$(cut -d' ' -f1 /proc/loadavg)"
    echo "rss_mib=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/"$liberty_pid"/status)"
    echo "commits=$(db -c "select xact_commit from pg_stat_database where datname = current_database()")"
    echo "orders=$(db -c "select count(*) from order_group")"
    echo "mail_queued=$(db -c "select count(*) from outgoing_mail where status = 'QUEUED'")"
    if [[ -n $statements ]]; then
      echo "statements=$(admin postgres -c "select coalesce(sum(calls), 0) from pg_stat_statements
          where dbid = (select oid from pg_database where datname = '$DB_NAME')")"
    fi
  } >"$1"
}
value() { sed -n "s/^$2=//p" "$1"; }
# % of one core; the kernel's split of a process's time may step back a tick between two reads
per_core() { awk -v a="$1" -v b="$2" -v t="$TICKS" -v s="$3" 'BEGIN { d = b > a ? b - a : 0; printf "%.0f", d / t / s * 100 }'; }
cpu_ms() { awk -v a="$1" -v b="$2" -v t="$TICKS" -v n="$3" 'BEGIN { d = b > a ? b - a : 0; if (n > 0) printf "%.1f", d / t * 1000 / n; else printf "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "-" }'; }

# the work a run leaves behind (mails to send, demo pictures to draw), worked off before the next run
backlog() { db -c "select (select count(*) from outgoing_mail where status = 'QUEUED') + (select count(*) from picture_wanted)"; }
settle_down() {
  local waited=0 left
  left=$(backlog)
  while ((left > 0 && waited < settle)); do
    ((waited % 30 == 0)) && say "waiting for the backlog to be worked off: $left mails and demo pictures" >&2
    sleep 5
    waited=$((waited + 5))
    left=$(backlog)
  done
  echo "$left"
}

latency_rows=()
resource_rows=()
warnings=()
[[ -n $artemis_pid ]] || warnings+=("Artemis was not found listening on port ${BAZAAR_BROKER_PORT:-61626}: its CPU reads 0.")
[[ -n $mail_pid ]] || warnings+=("the mail server was not found listening on port ${BAZAAR_SMTP_PORT:-3025} (stopped, or out of memory): mails were not sent and its CPU reads 0.")
declare -A orders_per_second

run_scenario() { # scenario shoppers
  local scenario=$1 shoppers=$2 run_id per_shopper=""
  run_id=$(date +%s)
  if [[ $scenario == checkout || $scenario == mix ]]; then
    # a token lives 15 minutes; sign in again before it could lapse within the run
    (($(date +%s) - tokens_made > 900 - warmup - duration - 60)) && sign_in
    ((customers >= shoppers)) || fail "$scenario at $shoppers shoppers needs as many customers (--customers $shoppers)."
    db -c "delete from cart_line where cart_id in (select c.id from cart c join app_user u on u.id = c.customer_id
           where u.email like 'bench-customer-%@bazaar.test')" >/dev/null
  fi
  local left_over
  left_over=$(settle_down)
  [[ -n $rate ]] && per_shopper=$(awk -v r="$rate" -v n="$shoppers" 'BEGIN { printf "%.3f", r / n }')
  say "$scenario, $shoppers shoppers: ${warmup} s warm-up, ${duration} s measured"
  local prefix=$OUT/$scenario-$shoppers
  wrk -t "$shoppers" -c "$shoppers" -d "$((warmup + duration + 2))s" --timeout 30s -s bench/wrk/bazaar.lua "$BASE" \
    -- "$scenario" "$DATA" "$prefix" "$run_id" $per_shopper >"$prefix-wrk.txt" 2>&1 &
  wrk_pid=$!
  sleep "$warmup"
  [[ -n $statements ]] && admin postgres -c "select pg_stat_statements_reset()" >/dev/null
  snapshot "$prefix-before.txt"
  sleep "$duration"
  snapshot "$prefix-after.txt"
  if [[ -n $statements ]]; then
    admin postgres -c "select calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3), rows,
        regexp_replace(left(query, 300), '\s+', ' ', 'g')
        from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB_NAME')
        order by total_exec_time desc limit 40" -F $'\t' >"$prefix-statements.tsv"
  fi
  wait "$wrk_pid" || fail "wrk failed: $(cat "$prefix-wrk.txt")"
  wrk_pid=""

  local before=$prefix-before.txt after=$prefix-after.txt seconds
  seconds=$(awk -v a="$(value "$before" time_us)" -v b="$(value "$after" time_us)" 'BEGIN { printf "%.3f", (b - a) / 1e6 }')
  python3 bench/report.py "$prefix" "$(value "$before" time_us)" "$(value "$after" time_us)" >"$prefix-report.tsv"
  [[ -s $prefix-report.tsv ]] || fail "no request was answered in the measured window ($prefix-wrk.txt)"
  local kind count rps p50 p95 p99 max errors statuses requests=0 socket_errors
  while IFS=$'\t' read -r kind count rps p50 p95 p99 max errors statuses; do
    [[ $kind == all ]] && requests=$count
    [[ $statuses == - ]] && statuses="" || statuses=" ($statuses)"
    latency_rows+=("| $scenario | $shoppers | $kind | $count | $rps | $p50 | $p95 | $p99 | $max | $errors$statuses |")
  done <"$prefix-report.tsv"
  if grep -q $'\t[^\t]*429x' "$prefix-report.tsv"; then
    warnings+=("$scenario at $shoppers shoppers met the API's rate limit (429): a shopper asked more than BAZAAR_API_RATE_PER_SECOND allows; those figures measure the limit, not the work. Start Bazaar with a higher BAZAAR_API_RATE_PER_SECOND and BAZAAR_API_RATE_BURST.")
  fi
  socket_errors=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$prefix-wrk.txt")

  local orders commits calls order_rate per_order="-" statements_per_order="-" per_request statements_per_request="-"
  orders=$(($(value "$after" orders) - $(value "$before" orders)))
  commits=$(($(value "$after" commits) - $(value "$before" commits)))
  calls=$([[ -n $statements ]] && value "$after" statements || echo "")
  order_rate=$(awk -v o="$orders" -v s="$seconds" 'BEGIN { printf "%.1f", o / s }')
  per_request=$(ratio "$commits" "$requests")
  if [[ -n $calls ]]; then statements_per_request=$(ratio "$calls" "$requests"); fi
  if ((orders > 0)); then
    per_order=$(ratio "$commits" "$orders")
    [[ -n $calls ]] && statements_per_order=$(ratio "$calls" "$orders")
  fi
  [[ $scenario == checkout ]] && orders_per_second[$shoppers]=$order_rate
  # CPU per unit of work, the figure least moved by whatever else runs: per order where orders were
  # the point (checkout), else per request
  local unit=$requests unit_name=request
  [[ $scenario == checkout ]] && ((orders > 0)) && { unit=$orders; unit_name=order; }
  local cost
  cost="$(cpu_ms "$(value "$before" liberty)" "$(value "$after" liberty)" "$unit") / $(cpu_ms "$(value "$before" postgres)" "$(value "$after" postgres)" "$unit") per $unit_name"
  resource_rows+=("| $scenario | $shoppers | $(value "$after" load) | $(per_core "$(value "$before" liberty)" "$(value "$after" liberty)" "$seconds") / $(per_core "$(value "$before" postgres)" "$(value "$after" postgres)" "$seconds") / $(per_core "$(value "$before" artemis)" "$(value "$after" artemis)" "$seconds") / $(per_core "$(value "$before" mail)" "$(value "$after" mail)" "$seconds") / $(per_core "$(value "$before" wrk)" "$(value "$after" wrk)" "$seconds") | $cost | $(value "$after" rss_mib) | $per_request / $statements_per_request | $order_rate | $per_order / $statements_per_order | $left_over | $(value "$after" mail_queued) | ${socket_errors:-none} |")
}

ceiling_rows=()
run_pgbench() { # clients
  # as many stock rows as the checkouts buy from, so row locks collide as often
  local clients=$1 variants output tps latency cpu_before cpu_after left_over
  variants=$(cat "$DATA/variants-shop-a.txt" "$DATA/variants-shop-b.txt" | wc -l)
  say "pgbench ceiling: a checkout's database work, $clients clients, ${pgbench_seconds} s"
  if [[ -z $(admin postgres -c "select 1 from pg_database where datname = 'bazaar_ceiling'") ]]; then
    admin postgres -c "create database bazaar_ceiling owner \"${BAZAAR_DB_USER:-bazaar}\""
  fi
  PGPASSWORD=${BAZAAR_DB_PASSWORD:-bazaar} "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" \
    -U "${BAZAAR_DB_USER:-bazaar}" -d bazaar_ceiling -v variants=$variants -f bench/pgbench/ceiling-schema.sql >/dev/null 2>&1 \
    || fail "the ceiling's tables could not be made in bazaar_ceiling"
  left_over=$(settle_down)
  ((left_over == 0)) || say "pgbench starts with $left_over mails and demo pictures still queued"
  local children
  children=$(pgrep -c -P "$postgres_pid")
  cpu_before=$(postgres_ticks)
  output=$(PGPASSWORD=${BAZAAR_DB_PASSWORD:-bazaar} "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$DB_PORT" \
    -U "${BAZAAR_DB_USER:-bazaar}" -c "$clients" -j 2 -T "$pgbench_seconds" -D variants=$variants \
    -f bench/pgbench/checkout.sql bazaar_ceiling 2>&1) || fail "pgbench failed: $output"
  # pgbench's backends end after it returns; their time counts once the postmaster has reaped them
  local waited=0
  while (($(pgrep -c -P "$postgres_pid") > children && waited < 20)); do sleep 0.5; waited=$((waited + 1)); done
  cpu_after=$(postgres_ticks)
  echo "$output" >"$OUT/pgbench-$clients.txt"
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$output" | head -1)
  latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$output")
  local bazaar=${orders_per_second[$clients]:-}
  local share="-"
  [[ -n $bazaar ]] && share=$(awk -v a="$bazaar" -v b="$tps" 'BEGIN { printf "%.1f %%", a / b * 100 }')
  local transactions
  transactions=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$output")
  ceiling_rows+=("| $clients | $(printf '%.0f' "$tps") | $latency | $(cpu_ms "$cpu_before" "$cpu_after" "$transactions") | ${bazaar:--} | $share |")
}

wrk_pid=""
trap '[[ -n $wrk_pid ]] && kill "$wrk_pid" 2>/dev/null || true' EXIT
began_at=$(date -u '+%Y-%m-%d %H:%M UTC')
for scenario in "${chosen[@]}"; do
  for shoppers in $(shoppers_for "$scenario"); do
    run_scenario "$scenario" "$shoppers"
  done
done
if ((pgbench_seconds > 0)); then
  for clients in $(for s in "${chosen[@]}"; do [[ $s == checkout ]] && shoppers_for checkout; done); do
    run_pgbench "$clients"
  done
fi

# ---------- results ----------

commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
[[ -n $(git status --porcelain -- . ':!bench/out' ':!bench/RESULTS.md' 2>/dev/null) ]] && commit="$commit (with uncommitted changes)"
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
heap=$(tr '\0' ' ' </proc/"$liberty_pid"/cmdline | grep -o -- '-Xmx[0-9]*[mMgG]' | tail -1 || true)
model=$([[ -n $rate ]] && echo "fixed schedule of $rate requests/s in all, latency from the scheduled start" \
  || echo "closed: each shopper sends its next request when the answer came")
{
  printf '\n## %s, commit %s\n\n' "$began_at" "$commit"
  [[ -n $note ]] && printf '%s\n\n' "$note"
  printf -- '- Machine: %s cores (%s), %s; load average before the run %s\n' "$(nproc)" "$cpu" "$memory" "$load_before"
  printf -- '- Settings: warm-up %s s and %s s measured per run; %s; Liberty %s; catalog: %s; %s bench customers\n' \
    "$warmup" "$duration" "$model" "${heap:-default heap}" "$catalog_line" "$customers"
  printf -- '- Raw data: bench/out/%s (not committed)\n\n' "$stamp"
  printf '| scenario | shoppers | requests | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n'
  printf '|---|---|---|---|---|---|---|---|---|---|\n'
  printf '%s\n' "${latency_rows[@]}"
  printf '\n| scenario | shoppers | load (1 min) at end | CPU %% of one core: Liberty / PostgreSQL / Artemis / mail / wrk | CPU ms: Liberty / PostgreSQL | Liberty RSS MiB | commits / statements per request | orders/s | commits / statements per order | backlog at start | mails queued at end | wrk socket errors |\n'
  printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
  printf '%s\n' "${resource_rows[@]}"
  ((${#warnings[@]})) && printf '\n**Warning:** %s\n' "${warnings[@]}"
  if ((${#ceiling_rows[@]})); then
    printf '\nCeiling: pgbench running bench/pgbench/checkout.sql (lock and reserve 2 of the stock rows the checkouts buy from, order group, vendor order, 2 lines, event row; one commit) on the same PostgreSQL for %s s.\n\n' "$pgbench_seconds"
    printf '| clients | pgbench tps | pgbench latency avg ms | PostgreSQL CPU ms per transaction | Bazaar checkouts/s | Bazaar as share of the ceiling |\n'
    printf '|---|---|---|---|---|---|\n'
    printf '%s\n' "${ceiling_rows[@]}"
  fi
} >"$OUT/results.md"
[[ -f $results ]] || printf '# Benchmark results\n\nAppended by bench/run.sh (see bench/README.md). Newest at the end.\n' >"$results"
cat "$OUT/results.md" >>"$results"
cat "$OUT/results.md"
say "appended to $results; raw data in $OUT"
