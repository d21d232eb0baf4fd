package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Refunds of one shop's part: through Stripe for card orders (one Stripe refund per refund, never more
 * than remains, even when two are asked at once), owed to the shopper for bank-transfer orders;
 * shops refund their own parts once given back; a card part cancelled after payment is refunded by the
 * cancellation, through Stripe and on the ledger; disputes flag the order for admins.
 */
class RefundsApiIT {

    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    @Test
    void anAdminRefundsPartOfACardPaidPartThroughStripeOnceAndTheShopperSeesIt() {
        TestCardOrders.Placed order = TestCardOrders.paid("RA");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> refunded = adminRefund(order.number(), order.part(), 1500L, null, "one mug arrived chipped", key);
        HttpResponse<String> retried = adminRefund(order.number(), order.part(), 1500L, null, "one mug arrived chipped", key);

        assertEquals(201, refunded.statusCode(), refunded.body());
        assertEquals("SUCCEEDED", json(refunded).getString("status"));
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(json(refunded).getInt("id"), json(retried).getInt("id"));
        List<StripeStandIn.Sent> sent = stripeRefundsFor(order.intentId());
        assertEquals(1, sent.size(), "one Stripe refund for one refund, however often asked");
        assertEquals("1500", sent.get(0).form().get("amount"));
        assertEquals("bazaar-refund-" + json(refunded).getInt("id"), sent.get(0).header("Idempotency-Key"));
        HttpResponse<String> mine = Http.call("GET", "/api/v1/orders/" + order.number() + "/refunds", order.customer().accessToken(), null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(1, Http.jsonArray(mine).size());
        assertEquals(1500, Http.jsonArray(mine).getJsonObject(0).getJsonObject("amount").getInt("amountMinor"));
        Database.awaitEvent("payment.refunded", order.part());
        Mailbox.awaitSubject(order.customer().email(), "Refund for your order " + order.number());
        assertEquals("PAID", partStatus(order.part()), "a partial refund leaves the part as it was");
    }

    @Test
    void badRefundsAreRefusedByFieldAndNothingIsWrittenOrSent() {
        TestCardOrders.Placed order = TestCardOrders.paid("RB");
        long refundsBefore = Database.count("select count(*) from refund");

        HttpResponse<String> tooMuch = adminRefund(order.number(), order.part(), partTotal(order) + 1, null, "why not", null);
        HttpResponse<String> zero = adminRefund(order.number(), order.part(), 0L, null, "why not", null);
        HttpResponse<String> negative = adminRefund(order.number(), order.part(), -100L, null, "why not", null);
        HttpResponse<String> otherCurrency = adminRefund(order.number(), order.part(), 100L, "EUR", "why not", null);
        HttpResponse<String> noReason = adminRefund(order.number(), order.part(), 100L, null, " ", null);
        HttpResponse<String> noSuchOrder = adminRefund("BZ-NOPE", order.part(), 100L, null, "why not", null);
        HttpResponse<String> notJson = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds", ADMIN.accessToken(), "{not json");
        TestCardOrders.Placed unpaid = TestCardOrders.placed("RC");
        HttpResponse<String> unpaidRefund = adminRefund(unpaid.number(), unpaid.number() + "-1", 100L, null, "why not", null);

        assertEquals(409, tooMuch.statusCode(), tooMuch.body());
        assertTrue(Http.fieldErrors(tooMuch).containsKey("amountMinor"), tooMuch.body());
        for (HttpResponse<String> invalid : List.of(zero, negative)) {
            assertEquals(422, invalid.statusCode(), invalid.body());
            assertTrue(Http.fieldErrors(invalid).containsKey("amountMinor"), invalid.body());
        }
        assertEquals(422, otherCurrency.statusCode(), otherCurrency.body());
        assertTrue(Http.fieldErrors(otherCurrency).containsKey("currency"), otherCurrency.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(Http.fieldErrors(noReason).containsKey("reason"), noReason.body());
        assertEquals(404, noSuchOrder.statusCode(), noSuchOrder.body());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(409, unpaidRefund.statusCode(), unpaidRefund.body());
        assertEquals(refundsBefore, Database.count("select count(*) from refund"));
        assertEquals(0, stripeRefundsFor(order.intentId()).size());
    }

    @Test
    void twoRefundsAtOnceThatTogetherExceedTheRestLeaveOneRefundAndOneConflict() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("RR");
        long each = partTotal(order) * 2 / 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = List.of(
                    pool.submit(() -> {
                        start.await();
                        return adminRefund(order.number(), order.part(), each, null, "race one", UUID.randomUUID().toString());
                    }),
                    pool.submit(() -> {
                        start.await();
                        return adminRefund(order.number(), order.part(), each, null, "race two", UUID.randomUUID().toString());
                    }));
            start.countDown();
            List<Integer> statuses = answers.stream().map(f -> {
                try {
                    return f.get().statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();

            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, stripeRefundsFor(order.intentId()).size(), "one Stripe refund call, not two");
        assertEquals(each, Long.parseLong(Database.single("select sum(amount_minor)::text from refund where vendor_order_number = ?",
                order.part()).orElseThrow()));
    }

    @Test
    void aBankTransferOrdersRefundIsOwedUntilAnAdminPaysItOutAndNothingGoesToStripe() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("RM", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        String number = TestShopping.placedOrder(customer).getString("number");
        assertEquals(200, Http.call("POST", "/api/v1/admin/orders/" + number + "/mark-paid", ADMIN.accessToken(), "{}").statusCode());
        long stripeCallsBefore = StripeStandIn.sent("POST", "/v1/refunds").size();

        HttpResponse<String> owed = adminRefund(number, number + "-1", null, null, "the parcel was lost", null);

        assertEquals(201, owed.statusCode(), owed.body());
        assertEquals("OWED", json(owed).getString("status"));
        long id = json(owed).getInt("id");
        HttpResponse<String> noReference = Http.call("POST", "/api/v1/admin/refunds/" + id + "/paid-out", ADMIN.accessToken(), "{}");
        HttpResponse<String> paidOut = Http.call("POST", "/api/v1/admin/refunds/" + id + "/paid-out", ADMIN.accessToken(),
                Json.createObjectBuilder().add("reference", "NO-TRANSFER-4411").build().toString());
        HttpResponse<String> again = Http.call("POST", "/api/v1/admin/refunds/" + id + "/paid-out", ADMIN.accessToken(),
                Json.createObjectBuilder().add("reference", "NO-TRANSFER-4412").build().toString());

        assertEquals(422, noReference.statusCode(), noReference.body());
        assertEquals(200, paidOut.statusCode(), paidOut.body());
        assertEquals("PAID_OUT", json(paidOut).getString("status"));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(stripeCallsBefore, StripeStandIn.sent("POST", "/v1/refunds").size());
        Database.awaitEvent("payment.refunded", number + "-1");
        Mailbox.awaitSubject(customer.email(), "Refund for your order " + number);
    }

    @Test
    void aShopRefundsItsOwnPartOnlyOnceGivenBackAndStaffMayNot() {
        TestCardOrders.Placed order = TestCardOrders.paid("RS");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        TestCardOrders.Placed other = TestCardOrders.paid("RT");

        HttpResponse<String> notGivenBack = shopRefund(owner, order.part(), 100L);
        HttpResponse<String> othersPart = shopRefund(owner, other.part(), 100L);
        returned(order);
        HttpResponse<String> refunded = shopRefund(owner, order.part(), null);
        HttpResponse<String> nothingLeft = shopRefund(owner, order.part(), 1L);

        assertEquals(409, notGivenBack.statusCode(), notGivenBack.body());
        assertEquals(404, othersPart.statusCode(), othersPart.body());
        assertEquals(201, refunded.statusCode(), refunded.body());
        assertEquals(partTotal(order), json(refunded).getJsonObject("amount").getJsonNumber("amountMinor").longValue());
        assertEquals("SUCCEEDED", json(refunded).getString("status"));
        assertEquals(409, nothingLeft.statusCode(), nothingLeft.body());
        assertEquals(1, stripeRefundsFor(order.intentId()).size());
    }

    @Test
    void aCardOrderCancelledAfterPaymentIsRefundedThroughStripeAndOnTheLedger() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("RX");
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'SALE'",
                order.part()) == 1, "the sale is on the ledger");

        HttpResponse<String> cancelled = Http.call("POST", "/api/v1/orders/" + order.number() + "/cancel", order.customer().accessToken(),
                Json.createObjectBuilder().add("reason", "ordered twice").build().toString());

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        TestCardOrders.await(() -> "SUCCEEDED".equals(Database.single("select status from refund where vendor_order_number = ?", order.part())
                .orElse(null)), "the cancellation's refund goes through at Stripe");
        long refundId = Long.parseLong(Database.single("select id::text from refund where vendor_order_number = ?", order.part()).orElseThrow());
        List<StripeStandIn.Sent> sent = stripeRefundsFor(order.intentId());
        assertEquals(1, sent.size(), "one refund asked of Stripe");
        assertEquals(String.valueOf(partTotal(order)), sent.get(0).form().get("amount"), "the whole part");
        assertEquals("bazaar-refund-" + refundId, sent.get(0).header("Idempotency-Key"));
        assertTrue(Database.single("select reason from refund where id = ?", refundId).orElseThrow().contains("ordered twice"));
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'REFUND'",
                order.part()) == 1, "the refund is on the ledger");
        assertEquals(-partTotal(order), Long.parseLong(Database.single("select amount_minor::text from ledger_entry"
                + " where vendor_order_number = ? and kind = 'REFUND'", order.part()).orElseThrow()));
        HttpResponse<String> seen = Http.call("GET", "/api/v1/orders/" + order.number() + "/refunds", order.customer().accessToken(), null);
        assertEquals(200, seen.statusCode(), seen.body());
        assertEquals(1, Http.jsonArray(seen).size(), "the shopper sees the refund: " + seen.body());
        HttpResponse<String> again = adminRefund(order.number(), order.part(), 1L, null, "once more", UUID.randomUUID().toString());
        assertEquals(409, again.statusCode(), "nothing is left to refund: " + again.body());
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "payment and refund reconcile");
    }

    @Test
    void aDisputeFlagsTheOrderForAdminsUntilItCloses() {
        TestCardOrders.Placed order = TestCardOrders.paid("RD");
        String chargeId = Database.single("select charge_id from card_payment where order_number = ?", order.number()).orElseThrow();
        String disputeId = "dp_" + UUID.randomUUID().toString().replace("-", "");
        JsonObject dispute = Json.createObjectBuilder().add("id", disputeId).add("object", "dispute").add("charge", chargeId)
                .add("amount", partTotal(order)).add("currency", order.currency().toLowerCase()).add("reason", "fraudulent")
                .add("status", "needs_response").build();

        assertEquals(200, StripeStandIn.deliverSigned(StripeStandIn.event("evt_" + disputeId, "charge.dispute.created", dispute)).statusCode());
        HttpResponse<String> open = Http.call("GET", "/api/v1/admin/disputes", ADMIN.accessToken(), null);
        HttpResponse<String> onOrder = Http.call("GET", "/api/v1/admin/orders/" + order.number() + "/payments", ADMIN.accessToken(), null);
        JsonObject closed = Json.createObjectBuilder(dispute).add("status", "lost").build();
        assertEquals(200, StripeStandIn.deliverSigned(StripeStandIn.event("evt_c" + disputeId, "charge.dispute.closed", closed)).statusCode());
        HttpResponse<String> openAfter = Http.call("GET", "/api/v1/admin/disputes", ADMIN.accessToken(), null);

        JsonObject listed = Http.jsonArray(open).stream().map(d -> d.asJsonObject())
                .filter(d -> disputeId.equals(d.getString("stripeDisputeId"))).findFirst().orElseThrow(() -> new AssertionError(open.body()));
        assertEquals(order.number(), listed.getString("orderNumber"), "an open dispute names its order, for the admin's link");
        JsonObject flagged = json(onOrder).getJsonArray("disputes").getJsonObject(0);
        assertEquals("fraudulent", flagged.getString("reason"));
        assertEquals(order.number(), flagged.getString("orderNumber"));
        assertEquals(partTotal(order), flagged.getJsonObject("amount").getJsonNumber("amountMinor").longValue());
        assertTrue(Http.jsonArray(openAfter).stream().noneMatch(d -> disputeId.equals(d.asJsonObject().getString("stripeDisputeId"))));
        assertEquals("lost", Database.single("select outcome from dispute where stripe_dispute_id = ?", disputeId).orElseThrow());
    }

    @Test
    void onlyAdminsReadPaymentsAndDisputesAndTheSettingsAreMasked() {
        TestCardOrders.Placed order = TestCardOrders.paid("RP");

        HttpResponse<String> asCustomer = Http.call("GET", "/api/v1/admin/disputes", order.customer().accessToken(), null);
        HttpResponse<String> asShop = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds",
                order.shop().shop().owner().accessToken(), "{}");
        HttpResponse<String> anonymous = Http.call("GET", "/api/v1/admin/payment-settings", null, null);
        HttpResponse<String> settings = Http.call("GET", "/api/v1/admin/payment-settings", ADMIN.accessToken(), null);

        assertEquals(403, asCustomer.statusCode());
        assertEquals(403, asShop.statusCode());
        assertEquals(401, anonymous.statusCode());
        assertEquals(200, settings.statusCode(), settings.body());
        assertTrue(json(settings).getBoolean("configured"));
        assertTrue(json(settings).getBoolean("standIn"));
        assertTrue(!settings.body().contains(StripeStandIn.SECRET_KEY) && !settings.body().contains(StripeStandIn.WEBHOOK_SECRET),
                "no secret in the answer: " + settings.body());
    }





    /** The first (only) part's total, in minor units. */
    /** The part is delivered, the shopper asks to return it and the shop takes it back: given back, not yet refunded. */
    private static void returned(TestCardOrders.Placed order) {
        String token = order.shop().shop().owner().accessToken();
        assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/accept", token, null).statusCode());
        assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/ship", token,
                "{\"carrier\":\"Posten\",\"trackingNumber\":\"" + order.part() + "\"}").statusCode());
        assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/deliver", token, null).statusCode());
        assertEquals(200, Http.call("POST", "/api/v1/orders/" + order.number() + "/returns", order.customer().accessToken(),
                Json.createObjectBuilder().add("vendorOrderNumber", order.part()).add("reason", "too small").build().toString()).statusCode());
        assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/return/approve", token, null).statusCode());
    }

    private static long partTotal(TestCardOrders.Placed order) {
        return Long.parseLong(Database.single("select total_amount::text from vendor_order where number = ?", order.part()).orElseThrow());
    }

    private static HttpResponse<String> adminRefund(String number, String part, Long amountMinor, String currency, String reason,
                                                    String key) {
        var body = Json.createObjectBuilder().add("vendorOrderNumber", part).add("reason", reason);
        if (amountMinor != null) {
            body.add("amountMinor", amountMinor);
        }
        if (currency != null) {
            body.add("currency", currency);
        }
        return Http.call("POST", "/api/v1/admin/orders/" + number + "/refunds", ADMIN.accessToken(), body.build().toString(),
                "Idempotency-Key", key);
    }

    private static HttpResponse<String> shopRefund(TestAccounts.LoggedIn owner, String part, Long amountMinor) {
        var body = Json.createObjectBuilder().add("reason", "given back");
        if (amountMinor != null) {
            body.add("amountMinor", amountMinor);
        }
        return Http.call("POST", "/api/v1/vendor/orders/" + part + "/refunds", owner.accessToken(), body.build().toString(),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static List<StripeStandIn.Sent> stripeRefundsFor(String intentId) {
        return StripeStandIn.sent("POST", "/v1/refunds").stream().filter(s -> intentId.equals(s.form().get("payment_intent"))).toList();
    }

    private static String partStatus(String part) {
        return Database.single("select status from vendor_order where number = ?", part).orElse("");
    }

}
