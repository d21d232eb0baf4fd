package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Delivered orders and reviews for tests, made through the API as buyers, shops and admins make them. */
public final class TestReviews {

    /** A delivered order: its number and the id of its one line. */
    public record Delivered(String number, long lineId) {
    }

    private TestReviews() {
    }

    /** A new shopper, signed in through the API (password {@link TestAccounts#PASSWORD}). */
    public static TestAccounts.LoggedIn buyer() {
        return TestAccounts.registeredAndLoggedIn("buyer");
    }

    /** A paid, not yet shipped order of {@code customer} for one small variant of the stocked shop's product. */
    public static JsonObject paidOrder(TestShopping.StockedShop stocked, TestAccounts.LoggedIn customer) {
        assertEquals(201, TestShopping.add(customer.accessToken(), null, stocked.small(), 1).statusCode());
        JsonObject order = TestShopping.placedOrder(customer);
        assertEquals(200, withToken("POST", "/api/v1/admin/orders/" + order.getString("number") + "/mark-paid",
                TestAccounts.admin().accessToken(), null).statusCode());
        return order;
    }

    /** An order of {@code customer} paid, accepted, shipped and delivered by the shop. */
    public static Delivered deliveredOrder(TestShopping.StockedShop stocked, TestAccounts.LoggedIn customer) {
        JsonObject order = paidOrder(stocked, customer);
        String part = order.getJsonArray("vendorOrders").getJsonObject(0).getString("number");
        String shopToken = stocked.shop().owner().accessToken();
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + part + "/accept", shopToken, null).statusCode());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + part + "/ship", shopToken,
                "{\"carrier\":\"Posten\",\"trackingNumber\":\"R1\"}").statusCode());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + part + "/deliver", shopToken, null).statusCode());
        return new Delivered(order.getString("number"), lineId(order));
    }

    public static long lineId(JsonObject order) {
        return order.getJsonArray("vendorOrders").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    }

    public static HttpResponse<String> review(TestAccounts.LoggedIn customer, long lineId, int rating, String title, String text) {
        return withToken("POST", "/api/v1/order-lines/" + lineId + "/review", customer.accessToken(), Json.createObjectBuilder()
                .add("rating", rating).add("title", title).add("text", text).build().toString());
    }

    /** A review of a new buyer's delivered order, written and approved; answers its id. */
    public static long approvedReview(TestShopping.StockedShop stocked, int rating) {
        TestAccounts.LoggedIn buyer = buyer();
        return approvedReview(buyer, deliveredOrder(stocked, buyer).lineId(), rating);
    }

    /** A review written and approved; answers its id. */
    public static long approvedReview(TestAccounts.LoggedIn customer, long lineId, int rating) {
        HttpResponse<String> written = review(customer, lineId, rating, rating + " stars", "Worth " + rating + " stars to me.");
        assertEquals(201, written.statusCode(), written.body());
        long id = json(written).getJsonNumber("id").longValue();
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/reviews/" + id + "/approve", TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }
}
