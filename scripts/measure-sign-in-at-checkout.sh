#!/usr/bin/env bash
# Sign-in at checkout, measured from outside against scripts/run.sh (demo data): a guest cart with 3
# units of a EUR product, checkout sends the visitor to sign in, then the sign-in POST (as the demo
# shopper, whose own cart is emptied first) and the GET of checkout it redirects to are timed by
# curl; each run says whether the checkout page claimed the cart was empty, and what the header counts.
#   DEMO_PASSWORD=... scripts/measure-sign-in-at-checkout.sh   (results: docs/results/sign-in-at-checkout.md)
set -euo pipefail
BASE=http://127.0.0.1:${BAZAAR_HTTP_PORT:-9080}
BAZAAR_DB_PORT=${BAZAAR_DB_PORT:-5432}
PASS=${DEMO_PASSWORD:?set DEMO_PASSWORD to the password of the demo accounts}
for run in 1 2 3 4 5 6; do
  jar=$(mktemp)
  PGPASSWORD=bazaar psql -q -h 127.0.0.1 -p "$BAZAAR_DB_PORT" -U bazaar -d bazaar -c "delete from cart_line where cart_id in (select c.id from cart c join app_user u on u.id = c.customer_id where u.email = 'shopper@bazaar.test')"
  variant=$(PGPASSWORD=bazaar psql -h 127.0.0.1 -p "$BAZAAR_DB_PORT" -U bazaar -d bazaar -Atc "select v.id from product_variant v join product p on p.id = v.product_id join stock_level s on s.variant_id = v.id where p.status = 'ACTIVE' and v.price_currency = 'EUR' and s.on_hand - s.reserved > 5 order by v.id limit 1 offset $run")
  token=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"variantId\":$variant,\"quantity\":3}" "$BASE/api/v1/cart/items" | awk -F': ' 'tolower($1)=="x-cart-token"{print $2}' | tr -d '\r')
  printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tbazaar_cart\t%s\n' "$token" > "$jar"
  curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/checkout.xhtml"
  page=$(curl -s -b "$jar" -c "$jar" "$BASE/login.xhtml")
  vs=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
  out=$(mktemp)
  t=$(curl -s -b "$jar" -c "$jar" -o "$out" -w "%{time_total}" \
      --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:email=shopper@bazaar.test" \
      --data-urlencode "loginForm:password=$PASS" --data-urlencode "loginForm:submit=" \
      --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml")
  c=$(curl -s -b "$jar" -c "$jar" -o "$out" -w "%{time_total}" "$BASE/checkout.xhtml")
  empty=$(grep -c 'is empty' "$out" || true); count=$(grep -o 'id="cartCount"[^>]*>[0-9]*' "$out" | sed 's/.*>//')
  echo "run $run: sign-in POST ${t}s + checkout GET ${c}s; page says empty: $empty; header cart: $count"
  rm -f "$jar" "$out"
done
