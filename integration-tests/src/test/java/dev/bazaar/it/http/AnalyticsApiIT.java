package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Sales figures fed by the analytics consumer: a paid order shows in its shop's figures (and the
 * admins'), nowhere else; a cancellation after payment takes it back, one before payment never
 * counted. Other tests sell in the same database, so every check is about a fresh shop's own figures.
 */
class AnalyticsApiIT {

    private static final String SHOP_SALES = "/api/v1/vendor/analytics/sales";
    private static final String ADMIN_SALES = "/api/v1/admin/analytics/sales";
    private static final Duration CONSUMER_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aPaidOrderCountsInItsShopsFiguresWhichOnlyThatShopAndAdminsSee() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("AN", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        JsonObject order = TestShopping.placedOrder(customer);
        long partTotal = CheckoutApiIT.minor(order.getJsonArray("vendorOrders").getJsonObject(0), "total");
        String shopToken = stocked.shop().owner().accessToken();
        assertEquals(0, json(Http.getWithToken(SHOP_SALES, shopToken)).getJsonArray("totals").size(), "unpaid is no sale");

        markPaid(order.getString("number"));

        JsonObject sales = awaitSales(SHOP_SALES + "?days=7", shopToken, s -> !s.getJsonArray("totals").isEmpty());
        JsonObject total = sales.getJsonArray("totals").getJsonObject(0);
        assertEquals("NOK", total.getString("currency"));
        assertEquals(1, total.getInt("orders"));
        assertEquals(2, total.getInt("units"));
        assertEquals(partTotal, CheckoutApiIT.minor(total, "amount"), "the shop's part as the customer paid it");
        JsonObject top = sales.getJsonArray("topProducts").getJsonObject(0);
        assertEquals(VendorProductsApiIT.NAME, top.getString("productName"));
        assertEquals(stocked.productId(), top.getJsonNumber("productId").longValue());
        assertEquals(2, top.getInt("units"));
        assertEquals(2 * 19900, CheckoutApiIT.minor(top, "amount"));
        JsonArray days = sales.getJsonArray("days");
        assertEquals(7, days.size());
        JsonObject today = days.getJsonObject(6);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.getString("day"));
        assertEquals(2, today.getJsonArray("sales").getJsonObject(0).getInt("units"));
        assertTrue(days.getJsonObject(0).getJsonArray("sales").isEmpty());
        assertEquals(stocked.shop().vendorId(), sales.getJsonNumber("vendorId").longValue());

        TestVendors.Shop otherShop = TestVendors.approvedShop();
        JsonObject theirs = json(Http.getWithToken(SHOP_SALES + "?days=7", otherShop.owner().accessToken()));
        assertEquals(0, theirs.getJsonArray("totals").size(), theirs.toString());
        assertEquals(0, theirs.getJsonArray("topProducts").size(), theirs.toString());
        assertEquals(otherShop.vendorId(), theirs.getJsonNumber("vendorId").longValue());

        JsonObject forAdmin = json(Http.getWithToken(ADMIN_SALES + "?days=7&vendorId=" + stocked.shop().vendorId(),
                TestAccounts.admin().accessToken()));
        assertEquals(sales.getJsonArray("totals"), forAdmin.getJsonArray("totals"));
        assertEquals(sales.getJsonArray("topProducts"), forAdmin.getJsonArray("topProducts"));
        JsonObject platform = json(Http.getWithToken(ADMIN_SALES + "?days=7", TestAccounts.admin().accessToken()));
        assertTrue(!platform.containsKey("vendorId"), "the whole platform: " + platform.keySet());
        assertTrue(platform.getJsonArray("totals").stream().map(JsonObject.class::cast)
                .anyMatch(t -> t.getString("currency").equals("NOK") && t.getInt("units") >= 2), platform.toString());
    }

    @Test
    void aCancellationAfterPaymentTakesTheSaleBackAndOneBeforePaymentNeverCounted() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("AC", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        JsonObject unpaid = TestShopping.placedOrder(customer);
        TestShopping.add(customer.accessToken(), null, stocked.large(), 1);
        JsonObject paid = TestShopping.placedOrder(customer);
        String shopToken = stocked.shop().owner().accessToken();
        cancel(unpaid);
        markPaid(paid.getString("number"));

        awaitAnalyticsHandled("order.cancelled", part(unpaid));
        JsonObject sales = awaitSales(SHOP_SALES, shopToken, s -> !s.getJsonArray("totals").isEmpty());
        assertEquals(1, sales.getJsonArray("totals").getJsonObject(0).getInt("orders"), sales.toString());
        assertEquals(1, sales.getJsonArray("totals").getJsonObject(0).getInt("units"), "only the paid order's large mug");

        cancel(paid);

        awaitSales(SHOP_SALES, shopToken, s -> s.getJsonArray("totals").isEmpty() && s.getJsonArray("topProducts").isEmpty());
        assertEquals(0, Database.count("select coalesce(sum(units), 0) from sales_daily where vendor_id = ?", stocked.shop().vendorId()));
    }

    @Test
    void onlyShopMembersAndAdminsReadFiguresAndEachOnlyTheirOwnSide() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("analytics");
        String admin = TestAccounts.admin().accessToken();

        assertEquals(401, Http.get(SHOP_SALES).statusCode());
        assertEquals(401, Http.get(ADMIN_SALES).statusCode());
        assertEquals(403, Http.getWithToken(SHOP_SALES, customer.accessToken()).statusCode());
        assertEquals(403, Http.getWithToken(ADMIN_SALES, customer.accessToken()).statusCode());
        assertEquals(403, Http.getWithToken(ADMIN_SALES + "?vendorId=" + shop.vendorId(), shop.owner().accessToken()).statusCode());
        assertEquals(403, Http.getWithToken(SHOP_SALES, admin).statusCode(), "an admin works for no shop");
        assertEquals(200, Http.getWithToken(SHOP_SALES, shop.owner().accessToken()).statusCode());
        assertEquals(200, Http.getWithToken(ADMIN_SALES, admin).statusCode());
    }

    @Test
    void aPeriodThatIsNotANumberOfDaysIsRefusedAsAProblem() {
        String shopToken = TestVendors.approvedShop().owner().accessToken();
        String admin = TestAccounts.admin().accessToken();

        HttpResponse<String> words = Http.getWithToken(SHOP_SALES + "?days=thirty", shopToken);
        HttpResponse<String> none = Http.getWithToken(SHOP_SALES + "?days=0", shopToken);
        HttpResponse<String> tooMany = Http.getWithToken(ADMIN_SALES + "?days=367", admin);
        HttpResponse<String> badRank = Http.getWithToken(SHOP_SALES + "?rank=price", shopToken);
        HttpResponse<String> badShop = Http.getWithToken(ADMIN_SALES + "?vendorId=fjord", admin);
        HttpResponse<String> noShop = Http.getWithToken(ADMIN_SALES + "?vendorId=999999999999", admin);

        assertEquals(400, words.statusCode(), words.body());
        assertEquals("application/problem+json", Http.contentType(words));
        assertEquals("must be a whole number, was 'thirty'", Http.fieldErrors(words).get("days"));
        assertEquals(422, none.statusCode(), none.body());
        assertEquals("application/problem+json", Http.contentType(none));
        assertEquals("must be between 1 and 366, was 0", Http.fieldErrors(none).get("days"));
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertTrue(Http.fieldErrors(tooMany).containsKey("days"));
        assertEquals(400, badRank.statusCode(), badRank.body());
        assertEquals("must be one of UNITS, AMOUNT", Http.fieldErrors(badRank).get("rank"));
        assertEquals(400, badShop.statusCode(), badShop.body());
        assertTrue(Http.fieldErrors(badShop).containsKey("vendorId"));
        assertEquals(404, noShop.statusCode(), noShop.body());
        assertEquals("application/problem+json", Http.contentType(noShop));
    }

    @Test
    void topProductsRankByAmountWhenAsked() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("AR", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        JsonObject order = TestShopping.placedOrder(customer);
        markPaid(order.getString("number"));
        String shopToken = stocked.shop().owner().accessToken();

        JsonObject byAmount = awaitSales(SHOP_SALES + "?rank=amount", shopToken, s -> !s.getJsonArray("topProducts").isEmpty());

        assertEquals("AMOUNT", byAmount.getString("ranking"));
        assertEquals(1, byAmount.getJsonArray("topProducts").getJsonObject(0).getInt("rank"));
        assertEquals(30, byAmount.getJsonArray("days").size(), "thirty days unless asked");
    }

    private static void markPaid(String number) {
        HttpResponse<String> paid = withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), "{\"note\":\"bank transfer\"}");
        assertEquals(200, paid.statusCode(), paid.body());
    }

    private static void cancel(JsonObject order) {
        HttpResponse<String> cancelled = withToken("POST", "/api/v1/admin/orders/" + order.getString("number") + "/cancel",
                TestAccounts.admin().accessToken(), "{\"vendorOrderNumber\":\"" + part(order) + "\",\"reason\":\"out of clay\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
    }

    private static String part(JsonObject order) {
        return order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
    }

    /** Asks for the figures until they satisfy {@code ready} (the consumer works after the payment's commit). */
    private static JsonObject awaitSales(String path, String token, Predicate<JsonObject> ready) {
        Instant deadline = Instant.now().plus(CONSUMER_TIMEOUT);
        while (true) {
            HttpResponse<String> answer = Http.getWithToken(path, token);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject sales = json(answer);
            if (ready.test(sales)) {
                return sales;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the figures never got there: " + sales);
            }
            pause();
        }
    }

    /** Waits until the analytics consumer has handled the event (found by its id in the event log). */
    private static void awaitAnalyticsHandled(String type, String aggregateId) {
        Instant deadline = Instant.now().plus(CONSUMER_TIMEOUT);
        while (Database.count("select count(*) from event_log e join handled_event h on h.event_id = e.event_id"
                + " where h.consumer = 'analytics' and e.event_type = ? and e.aggregate_id = ?", type, aggregateId) < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(type + " for " + aggregateId + " was never handled by the analytics consumer");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
