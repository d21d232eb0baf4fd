#!/usr/bin/env bash
# Probes a running Bazaar for SQL injection with sqlmap (Debian package `sqlmap`): the API's search,
# filter and id parameters (anonymous, as a customer, as a shop owner, as an admin), its sign-in, and
# the storefront's sign-in and search forms. Prints one line per target and a summary; exits 1 if
# sqlmap found an injection anywhere or a probe was answered with a server error (5xx), 2 if a
# target could not be probed.
#
#   scripts/sqlmap-probe.sh [base URL, default http://localhost:${BAZAAR_HTTP_PORT:-9080}] [output dir]
#
# The demo accounts (scripts/run.sh, or the test server) sign in for the authenticated targets. Each
# target is one client address of its own (X-Forwarded-For, believed from the local proxy), so the
# API's per-client rate limit counts each target apart; the sign-in targets send each request from
# a random address (sqlmap's xforwardedfor tamper) for an e-mail address without an account, so the
# login throttle (5 failures per address or account) does not answer for the query being probed. Level 2 and risk 1: every parameter named,
# cookies and headers left alone, no test that could change data (risk 2-3 adds OR-based and heavy
# queries); boolean, error, UNION, stacked and time-based techniques against PostgreSQL.
set -euo pipefail

BASE=${1:-http://localhost:${BAZAAR_HTTP_PORT:-9080}}
OUT=${2:-$(mktemp -d -t bazaar-sqlmap-XXXXXX)}
PASSWORD=bazaar-demo-2026
mkdir -p "$OUT"

command -v sqlmap >/dev/null || { echo "sqlmap is not installed (apt-get install -y sqlmap)" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no Bazaar ready at $BASE" >&2; exit 2; }

token() { # email -> access token
  curl -fsS -H 'Content-Type: application/json' -H "X-Forwarded-For: 192.0.2.250" \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
shopper=$(token shopper@bazaar.test)
manager=$(token manager@nordic-kitchen.test)
admin=$(token admin@bazaar.test)
product=$(curl -fsS "$BASE/api/v1/products?size=1" | sed -E 's/.*"id":([0-9]+).*/\1/')

targets=0 requests=0 found=0 failed=0 address=0 server_errors=0
probe() { # name, sqlmap arguments...
  local name=$1 log
  shift
  address=$((address + 1))
  log="$OUT/$name.log"
  local client=(--headers="X-Forwarded-For: 192.0.2.$address")
  [[ " $* " == *" --tamper=xforwardedfor "* || " $* " == *" --headers="* ]] && client=()
  if ! sqlmap --batch --level=2 --risk=1 --dbms=PostgreSQL --technique=BEUST --time-sec=2 --timeout=15 \
      --retries=1 --disable-coloring --flush-session --output-dir="$OUT/sessions" -t "$OUT/$name.traffic" \
      "${client[@]}" "$@" >"$log" 2>&1; then
    echo "$name: sqlmap failed (see $log)"; failed=$((failed + 1)); return
  fi
  local sent injectable verdict
  sent=$(grep -c '^HTTP request \[#' "$OUT/$name.traffic" 2>/dev/null || true)
  injectable=$(grep -cE 'identified the following injection point|is vulnerable' "$log" || true)
  targets=$((targets + 1)) requests=$((requests + ${sent:-0})) found=$((found + injectable))
  errors=$(grep -cE '^HTTP response \[#[0-9]+\] \(5[0-9][0-9]' "$OUT/$name.traffic" 2>/dev/null || true)
  server_errors=$((server_errors + errors))
  if ((injectable > 0)); then verdict="INJECTION FOUND"
  elif grep -qE 'do not appear to be injectable|not injectable' "$log"; then verdict="no injection"
  else verdict="inconclusive"; failed=$((failed + 1)); fi
  printf '%-24s %5s requests  %3s server errors  %s\n' "$name" "${sent:-0}" "$errors" "$verdict"
}

bearer() { printf 'X-Forwarded-For: 192.0.2.%s\nAuthorization: Bearer %s' "$((address + 1))" "$1"; }

# the API: search and filters, ids, sign-in
probe api-product-search -u "$BASE/api/v1/products?q=tea&brand=x&vendor=x&attr=x&sort=newest&category=kitchen&page=0&size=5" \
  -p 'q,brand,vendor,attr,sort,category,page,size'
probe api-suggestions -u "$BASE/api/v1/search/suggestions?q=tea" -p q
probe api-product-id -u "$BASE/api/v1/products/${product}*"
probe api-login -u "$BASE/api/v1/auth/login" --method=POST --ignore-code=401 --tamper=xforwardedfor \
  --data='{"email":"nobody-sqlmap@example.org","password":"wrong-password"}' -p 'email,password'
probe api-customer-orders -u "$BASE/api/v1/orders?status=PLACED&page=0&size=5" -p 'status,page,size' \
  --headers="$(bearer "$shopper")"
probe api-vendor-orders -u "$BASE/api/v1/vendor/orders?status=PLACED&from=2026-01-01&to=2026-12-31&customer=kari&page=0" \
  -p 'status,from,to,customer,page' --headers="$(bearer "$manager")"
probe api-admin-orders -u "$BASE/api/v1/admin/orders?status=PLACED&vendorId=1&from=2026-01-01&to=2026-12-31&customer=kari" \
  -p 'status,vendorId,from,to,customer' --headers="$(bearer "$admin")"
probe api-admin-vendor-id -u "$BASE/api/v1/admin/vendors/1*" --headers="$(bearer "$admin")"
# the storefront's forms: sign-in (Faces, with its view state as the anti-forgery token) and search
probe storefront-login -u "$BASE/login.xhtml" --method=POST \
  --data='loginForm=loginForm&loginForm%3Aemail=nobody-sqlmap%40example.org&loginForm%3Apassword=wrong&loginForm%3Asubmit=Sign+in&jakarta.faces.ViewState=x' \
  -p 'loginForm:email,loginForm:password' --csrf-token='jakarta.faces.ViewState' --csrf-url="$BASE/login.xhtml" \
  --tamper=xforwardedfor
probe storefront-search -u "$BASE/search.xhtml?q=tea&page=0" -p 'q,page'

printf '\n%d targets, %d requests, %d injections found, %d server errors, %d not probed or inconclusive (logs in %s)\n' \
  "$targets" "$requests" "$found" "$server_errors" "$failed" "$OUT"
((found == 0 && server_errors == 0)) || exit 1
((failed == 0)) || exit 2
