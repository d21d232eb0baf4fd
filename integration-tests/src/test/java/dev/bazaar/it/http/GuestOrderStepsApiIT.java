package dev.bazaar.it.http;

import static dev.bazaar.it.http.GuestCheckoutApiIT.guestBody;
import static dev.bazaar.it.http.GuestCheckoutApiIT.guestCart;
import static dev.bazaar.it.http.GuestCheckoutApiIT.guestCheckout;
import static dev.bazaar.it.http.GuestCheckoutApiIT.guestEmail;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * A guest takes the steps a customer takes on an order, through the order's link: cancelling before
 * it ships, asking for a return once delivered. The link's token is the only authority: a made-up
 * token, or another order's token naming this order's part, is refused and changes nothing.
 */
class GuestOrderStepsApiIT {

    private record GuestOrder(String number, String part, String token, String email) {
    }

    private static GuestOrder guestOrder(long variantId) {
        String email = guestEmail();
        HttpResponse<String> placed = guestCheckout(guestCart(variantId, 1), guestBody(email, "MANUAL"), null);
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Http.json(placed);
        JsonObject order = answer.getJsonObject("order");
        return new GuestOrder(order.getString("number"), order.getJsonArray("vendorOrders").getJsonObject(0).getString("number"),
                answer.getString("orderToken"), email);
    }

    private static HttpResponse<String> step(String token, String step, String part, String reason) {
        return Http.call("POST", "/api/v1/guest-orders/" + token + "/" + step, null,
                "{\"vendorOrderNumber\":\"" + part + "\",\"reason\":\"" + reason + "\"}");
    }

    private static String status(String part) {
        return Database.single("select status from vendor_order where number = ?", part).orElseThrow();
    }

    @Test
    void aGuestCancelsThroughTheLinkAndNoOtherTokenCan() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GSC", 5);
        GuestOrder mine = guestOrder(shop.small());
        GuestOrder other = guestOrder(shop.large());

        HttpResponse<String> madeUp = step("made-up-" + mine.token(), "cancel", mine.part(), "changed my mind");
        HttpResponse<String> othersToken = step(other.token(), "cancel", mine.part(), "changed my mind");

        assertEquals(404, madeUp.statusCode(), madeUp.body());
        assertEquals("application/problem+json", Http.contentType(madeUp));
        assertTrue(madeUp.body().contains("opens no order"), madeUp.body());
        assertEquals(404, othersToken.statusCode(), othersToken.body());
        assertTrue(othersToken.body().contains("has no part " + mine.part()), othersToken.body());
        assertEquals("PENDING_PAYMENT", status(mine.part()), "a wrong token cancels nothing");
        assertEquals("PENDING_PAYMENT", status(other.part()), "nor the order its token opens");
        assertEquals("5/1", TestShopping.stock(shop.small()), "still reserved");

        HttpResponse<String> cancelled = step(mine.token(), "cancel", mine.part(), "changed my mind");

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Http.json(cancelled).getJsonArray("vendorOrders").getJsonObject(0).getString("status"));
        assertEquals("CANCELLED", status(mine.part()));
        assertEquals("PENDING_PAYMENT", status(other.part()));
        assertEquals("5/0", TestShopping.stock(shop.small()), "the reservation is released");
        assertEquals(mine.email(), Database.single("select c.actor from vendor_order_status_change c join vendor_order o"
                + " on o.id = c.vendor_order_id where o.number = ? and c.to_status = 'CANCELLED'", mine.part()).orElseThrow());
        Database.awaitEvent("order.cancelled", mine.part());
        HttpResponse<String> again = step(mine.token(), "cancel", mine.part(), "twice");
        assertEquals(409, again.statusCode(), "a cancelled part cannot be cancelled again: " + again.body());
    }

    @Test
    void aGuestAsksForAReturnOnceDeliveredThroughTheLinkAndNoOtherTokenCan() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GSR", 5);
        GuestOrder mine = guestOrder(shop.small());
        GuestOrder other = guestOrder(shop.large());
        String shopToken = shop.shop().owner().accessToken();
        HttpResponse<String> undelivered = step(mine.token(), "returns", mine.part(), "too small");
        assertEquals(409, undelivered.statusCode(), "not delivered yet: " + undelivered.body());
        assertEquals(200, withToken("POST", "/api/v1/admin/orders/" + mine.number() + "/mark-paid", TestAccounts.admin().accessToken(),
                null).statusCode());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + mine.part() + "/accept", shopToken, null).statusCode());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + mine.part() + "/ship", shopToken,
                "{\"carrier\":\"Posten\",\"trackingNumber\":\"GSR1\"}").statusCode());
        assertEquals(200, withToken("POST", "/api/v1/vendor/orders/" + mine.part() + "/deliver", shopToken, null).statusCode());

        HttpResponse<String> madeUp = step("made-up-" + mine.token(), "returns", mine.part(), "too small");
        HttpResponse<String> othersToken = step(other.token(), "returns", mine.part(), "too small");
        HttpResponse<String> noReason = step(mine.token(), "returns", mine.part(), " ");

        assertEquals(404, madeUp.statusCode(), madeUp.body());
        assertEquals(404, othersToken.statusCode(), othersToken.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("DELIVERED", status(mine.part()), "a wrong token asks for nothing");
        assertEquals(0, Database.count("select count(*) from vendor_order_status_change c join vendor_order o on o.id = c.vendor_order_id"
                + " where o.number in (?, ?) and c.to_status = 'RETURN_REQUESTED'", mine.part(), other.part()));

        HttpResponse<String> asked = step(mine.token(), "returns", mine.part(), "too small");

        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals("RETURN_REQUESTED", status(mine.part()));
        assertEquals("too small", Database.single("select c.reason from vendor_order_status_change c join vendor_order o"
                + " on o.id = c.vendor_order_id where o.number = ? and c.to_status = 'RETURN_REQUESTED'", mine.part()).orElseThrow());
        assertEquals("PENDING_PAYMENT", status(other.part()));
        Database.awaitEvent("order.return-requested", mine.part());
    }
}
