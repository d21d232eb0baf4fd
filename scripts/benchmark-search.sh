#!/usr/bin/env bash
# Measures what a single shopper waits for: storefront search and category pages, the products API
# with filters, and search suggestions, against a running Bazaar (scripts/run.sh --products 100000).
# Each scenario cycles through its addresses: warm-up requests first, then the measured ones, one at
# a time. Prints a Markdown table of latencies (p50, p95, max, in ms) to paste into docs/benchmarks/.
#
#   scripts/benchmark-search.sh [base URL, default http://localhost:9080] [requests per scenario, default 200]
set -euo pipefail

BASE=${1:-http://localhost:9080}
REQUESTS=${2:-200}
WARMUP=20
CURL_EXTRA=()

scenario() { # name, addresses...
  local name=$1 i url code total
  shift
  local urls=("$@") times=()
  for ((i = 0; i < WARMUP + REQUESTS; i++)); do
    url=$BASE${urls[i % ${#urls[@]}]}
    read -r code total < <(curl -s "${CURL_EXTRA[@]}" -o /dev/null -w '%{http_code} %{time_total}\n' "$url")
    [[ $code == 200 ]] || { echo "ERROR: $url answered $code" >&2; exit 1; }
    ((i >= WARMUP)) && times+=("$total")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v n="${#urls[@]}" '
    { t[NR] = $1 * 1000 }
    END { p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)];
          printf "| %s | %d | %d | %.1f | %.1f | %.1f |\n", name, n, NR, p50, p95, t[NR] }'
}

products=$(curl -s "$BASE/api/v1/products?size=1" | sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p')
echo "Catalog: ${products:-?} findable products; $REQUESTS requests per scenario after $WARMUP warm-up requests, one at a time."
echo
echo "| scenario | addresses | requests | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|---|"
scenario "storefront search page, words" \
  "/search?q=cast+iron+skillet" "/search?q=merino" "/search?q=walnut+bowl" "/search?q=gyokuro" "/search?q=teapot" \
  "/search?q=rain+jacket" "/search?q=linen+throw" "/search?q=brass+lamp" "/search?q=a5+notebook" "/search?q=oak"
scenario "storefront search page, typos" \
  "/search?q=skilet" "/search?q=meirno+socks" "/search?q=notbook" "/search?q=tepot" "/search?q=lanturn"
scenario "storefront search page, words + facet + sort" \
  "/search?q=steel&brand=Fjord" "/search?q=wool&attr=colour%3Anavy" "/search?q=bowl&inStock=true&sort=price-asc" \
  "/search?q=pen&currency=EUR&minPrice=10&maxPrice=40"
scenario "storefront category page (top)" "/c/kitchen" "/c/home" "/c/outdoors" "/c/fashion" "/c/garden" "/c/toys"
scenario "storefront category page (sub) + facet" \
  "/c/cookware" "/c/knitwear?brand=Wren" "/c/teaware?inStock=true" "/c/bags?sort=price-desc" "/c/green-tea?attr=handmade%3Atrue"
scenario "storefront all products" "/search" "/search?sort=price-asc" "/search?page=40"
scenario "API /api/v1/products with filters" \
  "/api/v1/products?q=cast+iron" "/api/v1/products?category=kitchen&inStock=true&sort=price-asc" \
  "/api/v1/products?q=merino&attr=colour%3Agrey" "/api/v1/products?category=tea&currency=JPY&maxPrice=2000"
scenario "API /api/v1/search/suggestions" \
  "/api/v1/search/suggestions?q=cas" "/api/v1/search/suggestions?q=meri" "/api/v1/search/suggestions?q=teap" \
  "/api/v1/search/suggestions?q=skil" "/api/v1/search/suggestions?q=walnut+b"

# the back office's product table pages through the same service (admins: every product, by name)
token=$(curl -s -H 'Content-Type: application/json' -d '{"email":"admin@bazaar.test","password":"bazaar-demo-2026"}' \
  "$BASE/api/v1/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "ERROR: the demo admin could not sign in" >&2; exit 1; }
CURL_EXTRA=(-H "Authorization: Bearer $token")
scenario "back office product table (admin), pages 1-50 by name" \
  $(for p in $(seq 0 49); do printf '/api/v1/admin/products?status=ACTIVE&size=20&page=%d ' "$p"; done)
scenario "back office product table (admin), name filter" \
  "/api/v1/admin/products?q=skillet" "/api/v1/admin/products?q=merino&page=2" "/api/v1/admin/products?q=walnut"
