package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Orders after checkout: the customer's, the shop's and the admin's side, the state machine and its stock effects. */
class OrdersApiIT {

    @Test
    void anOrderGoesFromPaymentToDeliveryAndAReturnPutsTheGoodsBack() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OL", 6);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        JsonObject order = TestShopping.placedOrder(customer);
        String number = order.getString("number");
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        String shopToken = stocked.shop().owner().accessToken();

        HttpResponse<String> longNote = withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), "{\"note\":\"" + "n".repeat(401) + "\"}");
        assertEquals(422, longNote.statusCode(), "a note longer than documented: " + longNote.body());
        assertEquals("PENDING_PAYMENT", Database.single("select status from vendor_order where number = ?", part).orElseThrow());
        HttpResponse<String> paid = withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), "{\"note\":\"bank transfer 2026-11-21\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        assertEquals("PAID", json(paid).getString("paymentStatus"));
        assertEquals("4/0", TestShopping.stock(stocked.small()), "the reservation became a sale");
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + part + "/accept", shopToken, null).statusCode());
        HttpResponse<String> shipped = withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", shopToken,
                "{\"carrier\":\"Posten\",\"trackingNumber\":\"70712345678\"}");
        assertEquals(200, shipped.statusCode(), shipped.body());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + part + "/deliver", shopToken, null).statusCode());
        HttpResponse<String> returnAsked = withToken("POST", "/api/v1/orders/" + number + "/returns", customer.accessToken(),
                "{\"vendorOrderNumber\":\"" + part + "\",\"reason\":\"too small\"}");
        assertEquals(200, returnAsked.statusCode(), returnAsked.body());
        HttpResponse<String> returned = withToken("POST", "/api/v1/vendor/orders/" + part + "/return/approve", shopToken, null);

        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", json(returned).getString("status"));
        assertEquals("6/0", TestShopping.stock(stocked.small()), "returned goods are back on the shelf");
        JsonObject seen = json(Http.getWithToken("/api/v1/orders/" + number, customer.accessToken()));
        JsonObject mine = seen.getJsonArray("vendorOrders").getJsonObject(0);
        assertEquals("Posten", mine.getString("carrier"));
        assertEquals("70712345678", mine.getString("trackingNumber"));
        JsonArray history = mine.getJsonArray("history");
        assertEquals(7, history.size(), history.toString());
        assertEquals("RETURN_REQUESTED", history.getJsonObject(5).getString("to"));
        assertFalse(history.getJsonObject(2).containsKey("actor"), "customers do not see staff addresses");
        assertFalse(mine.containsKey("commission"), "customers do not see the commission");
        assertEquals(stocked.shop().owner().email(), Database.single("select actor from vendor_order_status_change c join vendor_order o"
                + " on o.id = c.vendor_order_id where o.number = ? and c.to_status = 'SHIPPED'", part).orElseThrow());
        for (String type : new String[] {"order.paid", "order.shipped", "order.delivered", "order.return-requested"}) {
            Database.awaitEvent(type, part);
        }
        assertTrue(Mailbox.awaitSubject(customer.email(), "Your Bazaar order " + number).body().contains("Stoneware Mug (S)"));
        assertTrue(Mailbox.awaitSubject("hello@fjord.test", "New order " + part).body().contains("Stoneware Mug"));
        assertTrue(Mailbox.awaitSubject(customer.email(), "is on its way").body().contains("70712345678"));
    }

    @Test
    void aShopDeniesAReturnOnlyWithAReasonAndTheOrderIsCompleted() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OD", 3);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 1);
        JsonObject order = TestShopping.placedOrder(customer);
        String number = order.getString("number");
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        String shopToken = stocked.shop().owner().accessToken();
        withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid", TestAccounts.admin().accessToken(), null);
        withToken("POST", "/api/v1/vendor/orders/" + part + "/accept", shopToken, null);
        withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", shopToken, "{\"carrier\":\"Posten\",\"trackingNumber\":\"D1\"}");
        withToken("POST", "/api/v1/vendor/orders/" + part + "/deliver", shopToken, null);
        withToken("POST", "/api/v1/orders/" + number + "/returns", customer.accessToken(),
                "{\"vendorOrderNumber\":\"" + part + "\",\"reason\":\"not as pictured\"}");

        HttpResponse<String> noReason = withToken("POST", "/api/v1/vendor/orders/" + part + "/return/deny", shopToken, null);
        HttpResponse<String> denied = withToken("POST", "/api/v1/vendor/orders/" + part + "/return/deny", shopToken,
                "{\"reason\":\"worn and washed\"}");
        HttpResponse<String> askedAgain = withToken("POST", "/api/v1/orders/" + number + "/returns", customer.accessToken(),
                "{\"vendorOrderNumber\":\"" + part + "\",\"reason\":\"please\"}");

        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals(200, denied.statusCode(), denied.body());
        assertEquals("COMPLETED", json(denied).getString("status"));
        assertEquals(409, askedAgain.statusCode(), askedAgain.body());
        assertEquals("return denied: worn and washed", Database.single("select reason from vendor_order_status_change c"
                + " join vendor_order o on o.id = c.vendor_order_id where o.number = ? and c.to_status = 'COMPLETED'", part).orElseThrow());
        assertEquals("2/0", TestShopping.stock(stocked.large()), "a denied return puts nothing back");
        JsonObject adminView = json(Http.getWithToken("/api/v1/admin/orders/" + number, TestAccounts.admin().accessToken()));
        assertEquals(customer.email(), adminView.getString("customerEmail"));
        assertEquals(403, Http.getWithToken("/api/v1/admin/orders/" + number, customer.accessToken()).statusCode());
    }

    @Test
    void illegalStepsAreConflictsAndChangeNothing() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OI", 4);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 1);
        JsonObject order = TestShopping.placedOrder(customer);
        String number = order.getString("number");
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        String shopToken = stocked.shop().owner().accessToken();

        HttpResponse<String> shipUnpaid = withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", shopToken,
                "{\"carrier\":\"Posten\",\"trackingNumber\":\"1\"}");
        HttpResponse<String> acceptUnpaid = withToken("POST", "/api/v1/vendor/orders/" + part + "/accept", shopToken, null);
        HttpResponse<String> returnUndelivered = withToken("POST", "/api/v1/orders/" + number + "/returns", customer.accessToken(),
                "{\"vendorOrderNumber\":\"" + part + "\",\"reason\":\"changed my mind\"}");
        withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid", TestAccounts.admin().accessToken(), null);
        HttpResponse<String> paidTwice = withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null);
        HttpResponse<String> shipWithoutTracking = withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", shopToken, "{\"carrier\":\"Posten\"}");

        assertEquals(409, shipUnpaid.statusCode(), shipUnpaid.body());
        assertTrue(shipUnpaid.body().contains("PENDING_PAYMENT"), shipUnpaid.body());
        assertEquals(409, acceptUnpaid.statusCode(), acceptUnpaid.body());
        assertEquals(409, returnUndelivered.statusCode(), returnUndelivered.body());
        assertEquals(409, paidTwice.statusCode(), paidTwice.body());
        assertEquals(422, shipWithoutTracking.statusCode(), shipWithoutTracking.body());
        assertEquals("PAID", Database.single("select status from vendor_order where number = ?", part).orElseThrow());
        assertEquals(2, Database.count("select count(*) from vendor_order_status_change c join vendor_order o on o.id = c.vendor_order_id"
                + " where o.number = ?", part));
        assertEquals("3/0", TestShopping.stock(stocked.large()));
    }

    @Test
    void cancellingBeforePaymentReleasesTheReservationAndAfterPaymentRestocks() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OC", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        String unpaid = TestShopping.placedOrder(customer).getString("number");
        TestShopping.add(customer.accessToken(), null, stocked.small(), 1);
        JsonObject second = TestShopping.placedOrder(customer);
        String paid = second.getString("number");
        withToken("POST", "/api/v1/admin/orders/" + paid + "/mark-paid", TestAccounts.admin().accessToken(), null);
        assertEquals("4/2", TestShopping.stock(stocked.small()));

        HttpResponse<String> cancelUnpaid = withToken("POST", "/api/v1/orders/" + unpaid + "/cancel", customer.accessToken(),
                "{\"reason\":\"found it cheaper\"}");
        HttpResponse<String> cancelPaid = withToken("POST", "/api/v1/orders/" + paid + "/cancel", customer.accessToken(), null);

        assertEquals(200, cancelUnpaid.statusCode(), cancelUnpaid.body());
        assertEquals("CANCELLED", json(cancelUnpaid).getString("paymentStatus"));
        assertEquals(200, cancelPaid.statusCode(), cancelPaid.body());
        assertEquals("5/0", TestShopping.stock(stocked.small()));
        assertEquals("CANCELLED", json(cancelPaid).getJsonArray("vendorOrders").getJsonObject(0).getString("status"));
        Database.awaitEvent("order.cancelled", second.getJsonArray("vendorOrders").getJsonObject(0).getString("number"));
        assertTrue(Mailbox.awaitSubject(customer.email(), "Part of your order " + paid + " is cancelled").body()
                .contains("cancelled by the customer"));
    }

    @Test
    void nothingThatShippedCanBeCancelled() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OS", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 1);
        JsonObject order = TestShopping.placedOrder(customer);
        String number = order.getString("number");
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid", TestAccounts.admin().accessToken(), null);
        withToken("POST", "/api/v1/vendor/orders/" + part + "/accept", stocked.shop().owner().accessToken(), null);
        withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", stocked.shop().owner().accessToken(),
                "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD0001\"}");

        HttpResponse<String> byCustomer = withToken("POST", "/api/v1/orders/" + number + "/cancel", customer.accessToken(), null);
        HttpResponse<String> byAdmin = withToken("POST", "/api/v1/admin/orders/" + number + "/cancel", TestAccounts.admin().accessToken(),
                "{\"reason\":\"fraud check\"}");

        assertEquals(409, byCustomer.statusCode(), byCustomer.body());
        assertEquals(409, byAdmin.statusCode(), byAdmin.body());
        assertEquals("SHIPPED", Database.single("select status from vendor_order where number = ?", part).orElseThrow());
    }

    @Test
    void customersSeeOnlyTheirOwnOrdersAndShopsOnlyTheirOwnParts() {
        TestShopping.StockedShop mine = TestShopping.stockedShop("OA", 5);
        TestShopping.StockedShop theirs = TestShopping.stockedShop("OB", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(mine.small(), 1);
        TestShopping.add(customer.accessToken(), null, theirs.small(), 1);
        JsonObject order = TestShopping.placedOrder(customer);
        String number = order.getString("number");
        String minePart = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        String theirPart = order.getJsonArray("vendorOrders").getJsonObject(1).getString("number");
        TestAccounts.LoggedIn other = TestAccounts.registeredAndLoggedIn("nosy");

        assertEquals(404, Http.getWithToken("/api/v1/orders/" + number, other.accessToken()).statusCode());
        assertEquals(404, withToken("POST", "/api/v1/orders/" + number + "/cancel", other.accessToken(), null).statusCode());
        assertEquals(0, json(Http.getWithToken("/api/v1/orders", other.accessToken())).getInt("totalItems"));
        assertEquals(1, json(Http.getWithToken("/api/v1/orders", customer.accessToken())).getInt("totalItems"));
        assertEquals(404, Http.getWithToken("/api/v1/vendor/orders/" + theirPart, mine.shop().owner().accessToken()).statusCode());
        assertEquals(404, withToken("POST", "/api/v1/vendor/orders/" + theirPart + "/cancel", mine.shop().owner().accessToken(),
                "{\"reason\":\"mine now\"}").statusCode());
        JsonObject list = json(Http.getWithToken("/api/v1/vendor/orders", mine.shop().owner().accessToken()));
        assertEquals(1, list.getInt("totalItems"));
        assertEquals(minePart, list.getJsonArray("items").getJsonObject(0).getString("number"));
        JsonObject part = json(Http.getWithToken("/api/v1/vendor/orders/" + minePart, mine.shop().owner().accessToken()));
        assertEquals("Test buyer", part.getString("customerName"));
        assertEquals("Kari Nordmann", part.getJsonObject("shipTo").getString("recipient"));
        assertFalse(part.containsKey("customerEmail"), "shops do not get the customer's address for mail");
        assertEquals(1990, CheckoutApiIT.minor(part, "commission"));
        assertEquals(403, Http.getWithToken("/api/v1/vendor/orders", customer.accessToken()).statusCode());
        assertEquals(403, Http.getWithToken("/api/v1/admin/orders", customer.accessToken()).statusCode());
        assertEquals(403, withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid", mine.shop().owner().accessToken(), null).statusCode());
        assertEquals(401, Http.get("/api/v1/orders").statusCode());
        assertEquals("PENDING_PAYMENT", Database.single("select status from vendor_order where number = ?", theirPart).orElseThrow());
    }

    @Test
    void adminsFilterEveryOrderAndExportThemAsCsv() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OX", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 1);
        String number = TestShopping.placedOrder(customer).getString("number");
        String admin = TestAccounts.admin().accessToken();

        JsonObject byShop = json(Http.getWithToken("/api/v1/admin/orders?vendorId=" + stocked.shop().vendorId(), admin));
        JsonObject byCustomer = json(Http.getWithToken("/api/v1/admin/orders?customer=" + customer.email() + "&status=pending_payment", admin));
        JsonObject paidOnly = json(Http.getWithToken("/api/v1/admin/orders?vendorId=" + stocked.shop().vendorId() + "&status=PAID", admin));
        HttpResponse<String> badStatus = Http.getWithToken("/api/v1/admin/orders?status=LOST", admin);
        HttpResponse<String> badDate = Http.getWithToken("/api/v1/admin/orders?from=yesterday", admin);
        HttpResponse<String> badShop = Http.getWithToken("/api/v1/admin/orders?vendorId=abc", admin);
        HttpResponse<String> csv = Http.getWithToken("/api/v1/admin/orders/export?vendorId=" + stocked.shop().vendorId(), admin);

        assertEquals(1, byShop.getInt("totalItems"));
        assertEquals(number, byShop.getJsonArray("items").getJsonObject(0).getString("orderNumber"));
        assertEquals(1, byCustomer.getInt("totalItems"));
        assertEquals(0, paidOnly.getInt("totalItems"));
        assertEquals(400, badStatus.statusCode(), badStatus.body());
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertEquals(400, badShop.statusCode(), badShop.body());
        assertEquals("must be an id (a whole number), was 'abc'", Http.fieldErrors(badShop).get("vendorId"));
        assertEquals(200, csv.statusCode(), csv.body());
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[0].startsWith("order,vendor_order,placed_at,status"), lines[0]);
        assertTrue(lines[1].startsWith(number + "," + number + "-1,"), lines[1]);
        assertTrue(lines[1].contains(",PENDING_PAYMENT,"), lines[1]);
    }

    @Test
    void aShopCancelsOnlyWithAReasonAndTheReservationIsReleased() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("OF", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 1);
        JsonObject order = TestShopping.placedOrder(customer);
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");

        HttpResponse<String> noReason = withToken("POST", "/api/v1/vendor/orders/" + part + "/cancel",
                stocked.shop().owner().accessToken(), "{}");
        HttpResponse<String> cancelled = withToken("POST", "/api/v1/vendor/orders/" + part + "/cancel",
                stocked.shop().owner().accessToken(), "{\"reason\":\"kiln broke\"}");

        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", json(cancelled).getString("status"));
        assertEquals("5/0", TestShopping.stock(stocked.small()));
        assertNull(Database.single("select reserved_until from order_group where number = ?", order.getString("number")).orElse(null),
                "no payment is awaited for a fully cancelled order");
    }
}
