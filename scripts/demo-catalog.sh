#!/usr/bin/env bash
# Fills the local database with a generated catalog: N products (default 100000) with three variants
# each, from 40 shops in four currencies, with categories, brands, attributes and stock; findable at
# once. A second run replaces what the first made; the demo catalog and everything people created stay.
#
#   scripts/demo-catalog.sh [N]          (PostgreSQL running and migrated: start Bazaar once first)
#   scripts/run.sh --products N          (does both: starts Bazaar, then generates)
#
# Settings (environment): BAZAAR_DB_HOST, BAZAAR_DB_PORT, BAZAAR_DB_NAME, BAZAAR_DB_USER, BAZAAR_DB_PASSWORD.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
say() { printf '[demo-catalog] %s\n' "$*"; }
fail() { printf '[demo-catalog] ERROR: %s\n' "$*" >&2; exit 1; }

products=${1:-100000}
[[ $products =~ ^[0-9]+$ ]] && ((products >= 1 && products <= 2000000)) \
  || fail "the number of products is a whole number from 1 to 2000000, not '$products'."

PSQL=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
[[ -n $PSQL ]] || PSQL=$(command -v psql || true)
[[ -n $PSQL ]] || fail "psql was not found (apt-get install postgresql-client, or the PostgreSQL server package)."

export PGHOST=${BAZAAR_DB_HOST:-127.0.0.1} PGPORT=${BAZAAR_DB_PORT:-55432} PGDATABASE=${BAZAAR_DB_NAME:-bazaar}
export PGUSER=${BAZAAR_DB_USER:-bazaar} PGPASSWORD=${BAZAAR_DB_PASSWORD:-bazaar}
psql() { "$PSQL" -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -tAc 'select 1' >/dev/null 2>&1 \
  || fail "PostgreSQL does not answer on $PGHOST:$PGPORT; start Bazaar (scripts/run.sh) or scripts/services.sh start postgres."
[[ $(psql -tAc "select to_regclass('product_search') is not null") == t ]] \
  || fail "the schema is not migrated yet: start Bazaar once (scripts/run.sh), which migrates it."

say "generating $products products with 3 variants each (one transaction; about a minute per 100000)"
began=$(date +%s)
psql -v products="$products" -f "$ROOT/scripts/demo-catalog.sql" >/dev/null
took=$(($(date +%s) - began))
read -r shown variants < <(psql -tA -F ' ' -c "select (select count(*) from product_search),
    (select count(*) from product_variant)")
say "done in ${took}s: $shown products findable, $variants variants in all"
