package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.TestShopping.add;
import static dev.bazaar.it.http.TestShopping.checkout;
import static dev.bazaar.it.http.TestShopping.checkoutBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** POST /api/v1/checkout: one order per checkout split per shop, priced, reserved, idempotent, never oversold. */
class CheckoutApiIT {

    @Test
    void placingAnOrderSplitsItPerShopReservesStockEmptiesTheCartAndSendsOrderPlaced() {
        TestShopping.StockedShop first = TestShopping.stockedShop("KA", 5);
        TestShopping.StockedShop second = TestShopping.stockedShop("KB", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(first.small(), 2);
        add(customer.accessToken(), null, second.large(), 1);

        HttpResponse<String> placed = checkout(customer, checkoutBody("NO"), null);

        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed).getJsonObject("order");
        String number = order.getString("number");
        assertEquals("PENDING_PAYMENT", order.getJsonArray("vendorOrders").getJsonObject(0).getString("status"));
        assertEquals(2, order.getJsonArray("vendorOrders").size());
        // shop 1: 2 × 199 + 49 shipping, 25 % tax on both; shop 2: 249 + 49, 25 % tax
        assertEquals(39800 + 4900 + 11175, minor(order.getJsonArray("vendorOrders").getJsonObject(0), "total"));
        assertEquals(24900 + 4900 + 7450, minor(order.getJsonArray("vendorOrders").getJsonObject(1), "total"));
        assertEquals(55875 + 37250, minor(order, "total"));
        assertEquals(18625, minor(order, "tax"));
        assertTrue(json(placed).getJsonObject("payment").getString("instructions").contains(number), placed.body());
        assertEquals("3980|2490", Database.single("select string_agg(commission_amount::text, '|' order by number) from vendor_order"
                + " where order_group_id = (select id from order_group where number = ?)", number).orElseThrow());
        assertEquals("5/2", TestShopping.stock(first.small()));
        assertEquals("5/1", TestShopping.stock(second.large()));
        assertEquals(0, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.customer_id = ?", customer.id()));
        assertEquals(1, Database.count("select count(*) from stock_movement where variant_id = ? and reserved_delta = 2"
                + " and reason = ?", first.small(), "reserved: order " + number));
        Database.awaitEvent("order.placed", number);
    }

    @Test
    void theQuoteShowsWhatPlacingCharges() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KQ", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.large(), 3);

        HttpResponse<String> quote = Http.call("POST", "/api/v1/checkout/quote", customer.accessToken(), checkoutBody("SE"));
        HttpResponse<String> placed = checkout(customer, checkoutBody("SE"), null);

        assertEquals(200, quote.statusCode(), quote.body());
        // 3 × 249 = 747 NOK: over nothing (free from 600 NOK), so no shipping; 25 % Swedish tax
        assertEquals(0, minor(json(quote), "shipping"));
        assertEquals(74700 + 18675, minor(json(quote), "total"));
        assertEquals("25 %", json(quote).getString("taxRate"));
        assertEquals(minor(json(quote), "total"), minor(json(placed).getJsonObject("order"), "total"));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrderAndAnotherBodyUnderItIsRefused() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KI", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = checkout(customer, checkoutBody("NO"), key);
        HttpResponse<String> again = checkout(customer, checkoutBody("NO"), key);
        HttpResponse<String> otherBody = checkout(customer, checkoutBody("DK"), key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(json(first).getJsonObject("order").getString("number"), json(again).getJsonObject("order").getString("number"));
        assertEquals(422, otherBody.statusCode(), otherBody.body());
        assertTrue(Http.fieldErrors(otherBody).containsKey("Idempotency-Key"), otherBody.body());
        assertEquals(1, Database.count("select count(*) from order_group where customer_id = ?", customer.id()));
        assertEquals("5/1", TestShopping.stock(shop.small()));
    }

    @Test
    void aDoubleClickSentConcurrentlyWithOneKeyMakesOneOrder() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KD", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 2);
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> answers = race(2, i -> checkout(customer, checkoutBody("NO"), key));

        assertEquals(List.of(200, 201), answers.stream().map(HttpResponse::statusCode).sorted().toList(), answers.toString());
        assertEquals(json(answers.get(0)).getJsonObject("order").getString("number"),
                json(answers.get(1)).getJsonObject("order").getString("number"));
        assertEquals(1, Database.count("select count(*) from order_group where customer_id = ?", customer.id()));
        assertEquals("5/2", TestShopping.stock(shop.small()));
    }

    @Test
    void fiftyBuyersRacingForFiveUnitsBuyExactlyFiveAndTheRestHearOutOfStock() throws Exception {
        int stock = 5;
        int buyers = 50;
        TestShopping.StockedShop shop = TestShopping.stockedShop("KR", stock);
        // the buyers are made one after another: the race is the checkout, and fifty registrations at once (two
        // password hashes each) outran the client's 30 s timeout on a loaded 2-core machine
        List<TestAccounts.LoggedIn> customers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            customers.add(TestShopping.customerWith(shop.small(), 1));
        }

        List<HttpResponse<String>> answers = race(buyers, i -> checkout(customers.get(i), checkoutBody("NO"), null));

        List<HttpResponse<String>> sold = answers.stream().filter(a -> a.statusCode() == 201).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertEquals(stock, sold.size(), answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString());
        for (HttpResponse<String> refusal : refused) {
            assertEquals(409, refusal.statusCode(), refusal.body());
            assertTrue(refusal.body().contains("out of stock"), refusal.body());
        }
        assertEquals(stock + "/" + stock, TestShopping.stock(shop.small()));
        assertEquals(stock, Database.count("select count(*) from order_line where variant_id = ?", shop.small()));
        assertEquals(buyers - stock, Database.count("select count(*) from cart_line where variant_id = ?", shop.small()),
                "the refused buyers keep their carts");
    }

    @Test
    void badCheckoutInputIsRefusedClearlyAndWritesNothing() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KX", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        TestAccounts.LoggedIn stranger = TestAccounts.registeredAndLoggedIn("stranger");
        HttpResponse<String> strangersAddress = Http.withToken("POST", "/api/v1/me/addresses", stranger.accessToken(),
                TestShopping.address("NO").build().toString());
        long foreignAddressId = json(strangersAddress).getJsonNumber("id").longValue();

        HttpResponse<String> noAddress = checkout(customer, "{\"paymentMethod\":\"MANUAL\"}", null);
        HttpResponse<String> halfAddress = checkout(customer, Json.createObjectBuilder()
                .add("shippingAddress", Json.createObjectBuilder().add("recipient", "Kari").add("country", "NO"))
                .add("paymentMethod", "MANUAL").build().toString(), null);
        HttpResponse<String> noDelivery = checkout(customer, checkoutBody("BR"), null);
        HttpResponse<String> othersAddress = checkout(customer, "{\"shippingAddressId\":" + foreignAddressId
                + ",\"paymentMethod\":\"MANUAL\"}", null);
        HttpResponse<String> noPayment = checkout(customer, Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO"))
                .add("paymentMethod", "GOLD_COINS").build().toString(), null);
        HttpResponse<String> unknownCoupon = checkout(customer, Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO"))
                .add("paymentMethod", "MANUAL").add("couponCode", "NO-SUCH-CODE").build().toString(), null);

        assertEquals(422, noAddress.statusCode(), noAddress.body());
        assertEquals(422, halfAddress.statusCode(), halfAddress.body());
        assertTrue(Http.fieldErrors(halfAddress).containsKey("shippingAddress.line1"), halfAddress.body());
        assertEquals(422, noDelivery.statusCode(), noDelivery.body());
        assertTrue(Http.fieldErrors(noDelivery).get("shippingAddress.country").contains("do not deliver"), noDelivery.body());
        assertEquals(422, othersAddress.statusCode(), othersAddress.body());
        assertEquals(422, noPayment.statusCode(), noPayment.body());
        assertTrue(Http.fieldErrors(noPayment).get("paymentMethod").contains("MANUAL"), noPayment.body());
        assertEquals(422, unknownCoupon.statusCode(), unknownCoupon.body());
        assertEquals(0, Database.count("select count(*) from order_group where customer_id = ?", customer.id()));
        assertEquals("5/0", TestShopping.stock(shop.small()));
        assertEquals(1, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.customer_id = ?", customer.id()));
    }

    @Test
    void onlySignedInCustomersCheckOutAndAnEmptyCartIsAConflict() {
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("emptycart");
        TestVendors.Shop shop = TestVendors.approvedShop();

        HttpResponse<String> anonymous = Http.call("POST", "/api/v1/checkout", null, checkoutBody("NO"));
        HttpResponse<String> empty = checkout(customer, checkoutBody("NO"), null);
        HttpResponse<String> methods = Http.get("/api/v1/checkout/payment-methods");

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(409, empty.statusCode(), empty.body());
        assertTrue(Http.fieldErrors(empty).get("cart").contains("empty"), empty.body());
        assertEquals(200, methods.statusCode(), methods.body());
        assertEquals("MANUAL", Http.jsonArray(methods).getJsonObject(0).getString("code"));
        assertNotNull(shop);
    }

    @Test
    void aPlatformCouponIsSharedBetweenShopsAndAShopCouponOnlyCoversThatShop() {
        TestShopping.StockedShop first = TestShopping.stockedShop("KC", 5);
        TestShopping.StockedShop second = TestShopping.stockedShop("KE", 5);
        String platformCode = "TENOFF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String shopCode = "SHOP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, Http.withToken("POST", "/api/v1/admin/coupons", TestAccounts.admin().accessToken(),
                "{\"code\":\"" + platformCode + "\",\"kind\":\"PERCENT\",\"percent\":\"10\",\"maxUses\":1}").statusCode());
        HttpResponse<String> shopCoupon = Http.withToken("POST", "/api/v1/vendor/coupons", second.shop().owner().accessToken(),
                "{\"code\":\"" + shopCode + "\",\"kind\":\"FIXED\",\"amount\":\"50.00\",\"currency\":\"NOK\",\"minSpend\":\"100\"}");
        assertEquals(201, shopCoupon.statusCode(), shopCoupon.body());
        TestAccounts.LoggedIn customer = TestShopping.customerWith(first.small(), 1);      // 199
        add(customer.accessToken(), null, second.large(), 1);                               // 249
        TestAccounts.LoggedIn later = TestShopping.customerWith(first.small(), 1);

        JsonObject withPlatform = json(checkout(customer, withCoupon(platformCode), null)).getJsonObject("order");
        HttpResponse<String> usedUp = checkout(later, withCoupon(platformCode), null);
        HttpResponse<String> wrongShop = checkout(later, withCoupon(shopCode), null);

        // 10 % of 448 = 44.80, shared 199 : 249 → 19.90 and 24.90
        assertEquals(4480, minor(withPlatform, "discount"));
        assertEquals(1990, minor(withPlatform.getJsonArray("vendorOrders").getJsonObject(0), "discount"));
        assertEquals(2490, minor(withPlatform.getJsonArray("vendorOrders").getJsonObject(1), "discount"));
        // the platform bears its own coupon: commission stays 10 % of the goods
        assertEquals("1990|2490", Database.single("select string_agg(commission_amount::text, '|' order by number) from vendor_order"
                + " where order_group_id = (select id from order_group where number = ?)", withPlatform.getString("number")).orElseThrow());
        assertEquals(409, usedUp.statusCode(), usedUp.body());
        assertEquals(422, wrongShop.statusCode(), wrongShop.body());
        assertEquals("1", Database.single("select used_count from coupon where code = ?", platformCode).orElseThrow());
        assertEquals(1, Database.count("select count(*) from coupon_use u join coupon c on c.id = u.coupon_id where c.code = ?", platformCode));
    }

    @Test
    void anExpiredCouponIsRefused() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KY", 5);
        String code = "OLD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, Http.withToken("POST", "/api/v1/admin/coupons", TestAccounts.admin().accessToken(),
                "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"percent\":\"5\",\"startsAt\":\"2025-01-01T00:00:00Z\","
                        + "\"endsAt\":\"2025-02-01T00:00:00Z\"}").statusCode());
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);

        HttpResponse<String> refused = checkout(customer, withCoupon(code), null);

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(Http.fieldErrors(refused).get("couponCode").contains("expired"), refused.body());
        assertEquals("5/0", TestShopping.stock(shop.small()));
    }

    private static String withCoupon(String code) {
        return Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO")).add("paymentMethod", "MANUAL")
                .add("couponCode", code).build().toString();
    }

    static long minor(JsonObject object, String field) {
        return object.getJsonObject(field).getJsonNumber("amountMinor").longValue();
    }

    interface Attempt<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code count} attempts at once (all released together) and returns their results in order. */
    static <T> List<T> race(int count, Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
