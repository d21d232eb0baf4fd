package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Guest checkout through the API: a shopper without an account checks out the guest cart with an
 * e-mail address and an address; the order belongs to a guest identity, its link is mailed (the token
 * stored only hashed) and opens that order alone; bad input writes nothing; an account opened later
 * with the same address takes the orders once it verifies the address.
 */
class GuestCheckoutApiIT {

    /** A guest cart holding {@code quantity} of the variant; returns its token. */
    static String guestCart(long variantId, int quantity) {
        HttpResponse<String> added = TestShopping.add(null, null, variantId, quantity);
        assertEquals(201, added.statusCode(), added.body());
        return added.headers().firstValue("X-Cart-Token").orElseThrow();
    }

    static String guestBody(String email, String paymentMethod) {
        return Json.createObjectBuilder().add("email", email).add("shippingAddress", TestShopping.address("NO"))
                .add("paymentMethod", paymentMethod).build().toString();
    }

    static HttpResponse<String> guestCheckout(String cartToken, String body, String idempotencyKey) {
        return Http.call("POST", "/api/v1/guest-checkout", null, body, "X-Cart-Token", cartToken, "Idempotency-Key", idempotencyKey);
    }

    static String guestEmail() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGuestChecksOutWithAnEmailAndAnAddressAndIsMailedALinkToTheOrder() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-A", 5);
        String cart = guestCart(shop.small(), 2);
        String email = guestEmail();

        HttpResponse<String> placed = guestCheckout(cart, guestBody(email, "MANUAL"), UUID.randomUUID().toString());

        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Http.json(placed);
        String number = answer.getJsonObject("order").getString("number");
        String token = answer.getString("orderToken");
        assertEquals(email, answer.getJsonObject("order").getString("customerEmail"));
        assertEquals("Kari Nordmann", answer.getJsonObject("order").getString("customerName"));
        assertEquals("5/2", TestShopping.stock(shop.small()), "the stock is reserved");
        assertEquals(0, Http.json(TestShopping.cart(null, cart)).getInt("itemCount"), "the guest cart is emptied");
        assertEquals(1, Database.count("select count(*) from order_group g join guest_buyer b on b.id = g.guest_id"
                + " where g.number = ? and g.customer_id is null and b.email = ?", number, email), "a guest identity owns the order");
        assertEquals(1, Database.count("select count(*) from guest_order_link l join order_group g on g.id = l.order_group_id"
                + " where g.number = ? and l.token_hash = ?", number, sha256(token)), "only the token's SHA-256 is stored");
        assertEquals(0, Database.count("select count(*) from guest_order_link where token_hash = ?", token));

        Mailbox.Mail mail = Mailbox.awaitSubject(email, "Your Bazaar order " + number);
        String mailed = mail.token("/guest-order.xhtml");
        assertTrue(mail.body().contains("until"), "the mail says until when to pay: " + mail.body());
        JsonObject opened = Http.json(Http.get("/api/v1/guest-orders/" + mailed));
        assertEquals(number, opened.getString("number"));
        assertEquals("AWAITING", opened.getString("paymentStatus"));
        JsonObject payment = Http.json(Http.call("POST", "/api/v1/guest-orders/" + mailed + "/payment", null, null));
        assertTrue(payment.getString("instructions").contains(number), payment.toString());
    }

    @Test
    void theSameIdempotencyKeyAndRequestAnswerTheSameGuestOrder() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-I", 5);
        String cart = guestCart(shop.small(), 1);
        String email = guestEmail();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = guestCheckout(cart, guestBody(email, "MANUAL"), key);
        assertEquals(201, first.statusCode(), first.body());

        HttpResponse<String> again = guestCheckout(cart, guestBody(email, "MANUAL"), key);

        assertEquals(200, again.statusCode(), again.body());
        assertTrue(Http.json(again).getBoolean("replayed"));
        assertEquals(Http.json(first).getJsonObject("order").getString("number"), Http.json(again).getJsonObject("order").getString("number"));
        assertEquals(1, Database.count("select count(*) from order_group g join guest_buyer b on b.id = g.guest_id where b.email = ?", email));
    }

    @Test
    void badGuestInputIsRefusedByFieldAndWritesNothing() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-B", 5);
        String cart = guestCart(shop.small(), 1);
        String email = guestEmail();

        HttpResponse<String> noEmail = guestCheckout(cart, Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO"))
                .add("paymentMethod", "MANUAL").build().toString(), null);
        HttpResponse<String> badEmail = guestCheckout(cart, guestBody("not-an-address", "MANUAL"), null);
        HttpResponse<String> noStreet = guestCheckout(cart, Json.createObjectBuilder().add("email", email)
                .add("shippingAddress", TestShopping.address("NO").remove("line1")).add("paymentMethod", "MANUAL").build().toString(), null);
        HttpResponse<String> addressBook = guestCheckout(cart, Json.createObjectBuilder().add("email", email).add("shippingAddressId", 1)
                .add("paymentMethod", "MANUAL").build().toString(), null);

        for (HttpResponse<String> refused : new HttpResponse[] {noEmail, badEmail, noStreet}) {
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", Http.contentType(refused));
        }
        assertEquals(Map.of("email", "is required"), Http.fieldErrors(noEmail));
        assertEquals("is not a valid e-mail address", Http.fieldErrors(badEmail).get("email"));
        assertTrue(Http.fieldErrors(noStreet).containsKey("shippingAddress.line1"), noStreet.body());
        assertEquals(422, addressBook.statusCode(), "a guest has no address book: " + addressBook.body());
        assertEquals(0, Database.count("select count(*) from guest_buyer where email = ?", email), "no guest identity");
        assertEquals("5/0", TestShopping.stock(shop.small()), "nothing reserved");
        assertEquals(1, Http.json(TestShopping.cart(null, cart)).getInt("itemCount"), "the cart is as it was");
        assertEquals(409, guestCheckout(null, guestBody(email, "MANUAL"), null).statusCode(), "no cart token, nothing to check out");
    }

    @Test
    void aGuestLinkOpensItsOwnOrderOnlyAndNothingOnceExpired() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-L", 5);
        JsonObject first = Http.json(guestCheckout(guestCart(shop.small(), 1), guestBody(guestEmail(), "MANUAL"), null));
        JsonObject second = Http.json(guestCheckout(guestCart(shop.large(), 1), guestBody(guestEmail(), "MANUAL"), null));
        String firstToken = first.getString("orderToken");
        String firstNumber = first.getJsonObject("order").getString("number");

        assertEquals(firstNumber, Http.json(Http.get("/api/v1/guest-orders/" + firstToken)).getString("number"));
        assertEquals(second.getJsonObject("order").getString("number"),
                Http.json(Http.get("/api/v1/guest-orders/" + second.getString("orderToken"))).getString("number"));
        assertEquals(404, Http.get("/api/v1/guest-orders/" + firstToken.substring(1) + "A").statusCode(), "a made-up token");
        assertEquals(404, Http.call("POST", "/api/v1/guest-orders/made-up-token/payment", null, null).statusCode());
        TestAccounts.LoggedIn stranger = TestShopping.customerWith(shop.small(), 1);
        assertEquals(404, Http.getWithToken("/api/v1/orders/" + firstNumber, stranger.accessToken()).statusCode(),
                "a customer sees no guest's order");
        assertEquals(404, Http.get("/guest-order.xhtml?token=made-up-token").statusCode(), "the page of a made-up token");
        assertFalse(Http.get("/guest-order.xhtml?token=made-up-token").body().contains(firstNumber));

        Database.update("update guest_order_link set expires_at = issued_at - interval '1 second', issued_at = issued_at - interval '1 day'"
                + " where token_hash = ?", sha256(firstToken));

        assertEquals(404, Http.get("/api/v1/guest-orders/" + firstToken).statusCode(), "an expired link opens nothing");
    }

    @Test
    void anAccountOpenedWithTheGuestAddressTakesItsOrdersOnceItVerifiesTheAddress() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-R", 5);
        String email = guestEmail();
        JsonObject placed = Http.json(guestCheckout(guestCart(shop.small(), 1), guestBody(email, "MANUAL"), null));
        String number = placed.getJsonObject("order").getString("number");
        Mailbox.awaitSubject(email, "Your Bazaar order");

        long account = TestAccounts.register(email, TestAccounts.PASSWORD, "Late Registrant");
        assertEquals(1, Database.count("select count(*) from order_group where number = ? and guest_id is not null", number),
                "not before the address is verified");
        String verifyToken = Mailbox.awaitSubject(email, "Confirm your e-mail").token(Mailbox.VERIFY_PAGE);
        assertEquals(204, Http.post("/api/v1/auth/verify-email", "application/json",
                Json.createObjectBuilder().add("token", verifyToken).build().toString()).statusCode());

        TestAccounts.LoggedIn customer = TestAccounts.logIn(account, email, TestAccounts.PASSWORD);
        HttpResponse<String> mine = Http.getWithToken("/api/v1/orders/" + number, customer.accessToken());
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(Http.getWithToken("/api/v1/orders", customer.accessToken()).body().contains(number));
        assertEquals(String.valueOf(account), Database.single("select customer_id from order_group where number = ? and guest_id is null",
                number).orElseThrow());
        assertEquals(200, Http.get("/api/v1/guest-orders/" + placed.getString("orderToken")).statusCode(), "the mailed link still works");
    }

    @Test
    void aGuestPaysByCardOnTheOrdersLinkWithinTheCardsWindow() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-C", 5);
        HttpResponse<String> placed = guestCheckout(guestCart(shop.small(), 1), guestBody(guestEmail(), "CARD"), UUID.randomUUID().toString());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        String number = order.getString("number");
        assertEquals(Duration.ofMinutes(30), Duration.between(Instant.parse(order.getString("placedAt")),
                Instant.parse(order.getString("reservedUntil"))), "a card holds the stock for minutes");

        JsonObject payment = Http.json(Http.call("POST", "/api/v1/guest-orders/" + Http.json(placed).getString("orderToken") + "/payment",
                null, null));
        String intent = Database.single("select intent_id from card_payment where order_number = ?", number).orElseThrow();
        HttpResponse<String> confirmed = StripeStandIn.confirm(intent, payment.getString("clientSecret"), "pm_card_visa");

        assertEquals(200, confirmed.statusCode(), confirmed.body());
        TestCardOrders.await(() -> "PAID".equals(TestCardOrders.partStatus(number)), "the guest's card payment reaches the order");
        assertNotEquals("", TestCardOrders.partStatus(number));
    }

    @Test
    void aBankTransferHoldsTheStockForDaysAndTheMailSaysUntilWhen() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GST-W", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);

        JsonObject order = TestShopping.placedOrder(customer);

        Duration window = Duration.between(Instant.parse(order.getString("placedAt")), Instant.parse(order.getString("reservedUntil")));
        assertEquals(Duration.ofDays(7), window, "a bank transfer has days to arrive");
        Mailbox.Mail confirmation = Mailbox.awaitSubject(customer.email(), "Your Bazaar order " + order.getString("number"));
        assertTrue(confirmation.body().contains("Please pay before"), confirmation.body());
        assertTrue(Http.json(Http.call("POST", "/api/v1/orders/" + order.getString("number") + "/payment", customer.accessToken(), null))
                .getString("instructions").contains(" before "), "the payment instructions name the deadline");
    }
}
