package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * Card payments through Stripe (the local stand-in, reached by the real stripe-java client): one
 * PaymentIntent per order group, created after the order commits; the order is PAID only when Stripe
 * says so, once; failures keep it payable.
 */
class CardPaymentsApiIT {

    @Test
    void aCardCheckoutMakesOneIntentForTheGroupTotalAfterTheOrderIsPlaced() {
        TestCardOrders.Placed order = TestCardOrders.placed("PC");

        assertNotNull(order.payment().getString("clientSecret", null), order.payment().toString());
        assertEquals(StripeStandIn.PUBLISHABLE_KEY, order.payment().getString("publishableKey"));
        List<StripeStandIn.Sent> created = StripeStandIn.intentsCreatedFor(order.number());
        assertEquals(1, created.size());
        StripeStandIn.Sent sent = created.get(0);
        assertEquals(Long.toString(order.totalMinor()), sent.form().get("amount"));
        assertEquals(order.currency().toLowerCase(), sent.form().get("currency"));
        assertEquals(order.number(), sent.form().get("metadata[order_number]"));
        assertEquals("true", sent.form().get("automatic_payment_methods[enabled]"));
        assertEquals("bazaar-payment-" + order.number(), sent.header("Idempotency-Key"));
        assertEquals("REQUIRES_PAYMENT_METHOD", paymentStatus(order.number()));
        assertEquals("PENDING_PAYMENT", TestCardOrders.partStatus(order.number()));

        HttpResponse<String> again = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment", order.customer().accessToken(), null);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(order.payment().getString("clientSecret"), json(again).getString("clientSecret"));
        assertEquals(1, StripeStandIn.intentsCreatedFor(order.number()).size(), "asking again makes no second intent");
    }

    @Test
    void payingAtStripeMarksTheOrderPaidOnceByTheSignedWebhook() {
        TestCardOrders.Placed order = TestCardOrders.placed("PW");
        String intentId = intentId(order.number());

        HttpResponse<String> confirmed = StripeStandIn.confirm(intentId, order.payment().getString("clientSecret"), "pm_card_visa");

        assertEquals(200, confirmed.statusCode(), confirmed.body());
       TestCardOrders.await(() -> "PAID".equals(TestCardOrders.partStatus(order.number())), "the webhook marks the order paid");
        assertEquals("SUCCEEDED", paymentStatus(order.number()));
        assertEquals("PAID", Database.single("select payment_status from order_group where number = ?", order.number()).orElseThrow());
        assertEquals("3/0", TestShopping.stock(order.shop().small()), "the reservation became a sale");
        Database.awaitEvent("payment.succeeded", order.number());
        Mailbox.awaitSubject(order.customer().email(), "Payment received for your order " + order.number());

        HttpResponse<String> returned = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment?returned=true",
                order.customer().accessToken(), null);

        assertEquals(409, returned.statusCode(), "once paid there is nothing to pay: " + returned.body());
        assertEquals(1, Database.count("select count(*) from event_log where event_type = 'payment.succeeded' and aggregate_id = ?", order.number()));
        assertEquals(1, Database.count("select count(*) from stock_movement where variant_id = ? and reason = ?",
                order.shop().small(), "sold: order " + order.number() + "-1"));
    }

    @Test
    void aRedeliveredEventChangesNothingAndAFailureAfterSuccessIsIgnored() {
        TestCardOrders.Placed order = TestCardOrders.placed("PD");
        String intentId = intentId(order.number());
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String succeeded = StripeStandIn.event(eventId, "payment_intent.succeeded",
                StripeStandIn.intent(intentId, "succeeded", order.totalMinor(), order.currency(), "ch_test_" + eventId, null, null));

        assertEquals(200, StripeStandIn.deliverSigned(succeeded).statusCode());
        assertEquals(200, StripeStandIn.deliverSigned(succeeded).statusCode());
        String failedLate = StripeStandIn.event(eventId + "x", "payment_intent.payment_failed",
                StripeStandIn.intent(intentId, "requires_payment_method", order.totalMinor(), order.currency(), null,
                        "generic_decline", "Your card was declined."));
        assertEquals(200, StripeStandIn.deliverSigned(failedLate).statusCode());

        assertEquals("PAID", TestCardOrders.partStatus(order.number()));
        assertEquals("SUCCEEDED", paymentStatus(order.number()));
        assertEquals(1, Database.count("select count(*) from stock_movement where variant_id = ? and reason = ?",
                order.shop().small(), "sold: order " + order.number() + "-1"), "sold once");
        assertEquals(1, Database.count("select count(*) from stripe_event where event_id = ?", eventId));
        Database.awaitEvent("payment.succeeded", order.number());
        assertEquals(0, Database.count("select count(*) from event_log where event_type = 'payment.failed' and aggregate_id = ?", order.number()));
    }

    @Test
    void aDeclinedCardKeepsTheOrderPayableAndTellsTheShopperWhy() {
        TestCardOrders.Placed order = TestCardOrders.placed("PF");
        String intentId = intentId(order.number());

        HttpResponse<String> declined = StripeStandIn.confirm(intentId, order.payment().getString("clientSecret"), "pm_card_chargeDeclined");

        assertEquals(402, declined.statusCode(), declined.body());
       TestCardOrders.await(() -> "Your card was declined.".equals(Database.single("select last_error_message from card_payment where order_number = ?",
                order.number()).orElse(null)), "the failure webhook records Stripe's reason");
        assertEquals("PENDING_PAYMENT", TestCardOrders.partStatus(order.number()));
        HttpResponse<String> payAgain = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment", order.customer().accessToken(), null);
        assertEquals(200, payAgain.statusCode(), payAgain.body());
        assertTrue(json(payAgain).getString("instructions").contains("Your card was declined."), payAgain.body());
        assertNotNull(json(payAgain).getString("clientSecret", null));
        Mailbox.awaitSubject(order.customer().email(), "did not go through");

        assertEquals(200, StripeStandIn.confirm(intentId, order.payment().getString("clientSecret"), "pm_card_visa").statusCode());
       TestCardOrders.await(() -> "PAID".equals(TestCardOrders.partStatus(order.number())), "a second card pays the same order");
    }

    @Test
    void whenStripeFailsTheOrderStaysPayableAndTheRetryMakesNoSecondIntent() {
        String failing = StripeStandIn.failing("/v1/payment_intents", 500);
        TestCardOrders.Placed order;
        try {
            order = TestCardOrders.placed("PX");
        } finally {
            StripeStandIn.remove(failing);
        }
        assertFalse(order.payment().containsKey("clientSecret"), order.payment().toString());
        assertTrue(order.payment().getString("instructions").contains("could not reach our card processor"), order.payment().toString());
        assertEquals("AWAITING_INTENT", paymentStatus(order.number()));
        assertEquals("PENDING_PAYMENT", TestCardOrders.partStatus(order.number()));

        HttpResponse<String> retried = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment", order.customer().accessToken(), null);

        assertEquals(200, retried.statusCode(), retried.body());
        assertNotNull(json(retried).getString("clientSecret", null), retried.body());
        List<StripeStandIn.Sent> attempts = StripeStandIn.intentsCreatedFor(order.number());
        assertTrue(attempts.size() >= 2, "the failed create and the retry: " + attempts.size());
        assertTrue(attempts.stream().allMatch(a -> ("bazaar-payment-" + order.number()).equals(a.header("Idempotency-Key"))),
                "every attempt carries the same idempotency key, so Stripe makes one intent");
        assertEquals("REQUIRES_PAYMENT_METHOD", paymentStatus(order.number()));
        assertEquals(1, Database.count("select count(*) from card_payment where order_number = ? and intent_id is not null", order.number()));
    }

    @Test
    void aSlowStripeTimesOutAndTheShopperCanPayLater() {
        String slow = StripeStandIn.slow("/v1/payment_intents", 8_000);
        TestCardOrders.Placed order;
        try {
            order = TestCardOrders.placed("PT");
        } finally {
            StripeStandIn.remove(slow);
        }

        assertFalse(order.payment().containsKey("clientSecret"), order.payment().toString());
        assertEquals("AWAITING_INTENT", paymentStatus(order.number()));
        HttpResponse<String> retried = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment", order.customer().accessToken(), null);
        assertEquals(200, retried.statusCode(), retried.body());
        assertNotNull(json(retried).getString("clientSecret", null), retried.body());
    }

    @Test
    void onlyStripeSignedFreshEventsAreBelievedAndNothingElseIsWritten() {
        TestCardOrders.Placed order = TestCardOrders.placed("PS");
        String intentId = intentId(order.number());
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String payload = StripeStandIn.event(eventId, "payment_intent.succeeded",
                StripeStandIn.intent(intentId, "succeeded", order.totalMinor(), order.currency(), "ch_" + eventId, null, null));

        HttpResponse<String> unsigned = StripeStandIn.deliver(payload, null);
        HttpResponse<String> wrongSecret = StripeStandIn.deliver(payload, StripeStandIn.signature(payload, "whsec_not_ours", Instant.now()));
        HttpResponse<String> stale = StripeStandIn.deliver(payload, StripeStandIn.signature(payload, StripeStandIn.WEBHOOK_SECRET,
                Instant.now().minus(Duration.ofMinutes(6))));
        HttpResponse<String> garbled = StripeStandIn.deliver(payload, "t=abc,v1=zz");
        HttpResponse<String> tampered = StripeStandIn.deliver(payload.replace("succeeded", "canceled"),
                StripeStandIn.signature(payload, StripeStandIn.WEBHOOK_SECRET, Instant.now()));
        HttpResponse<String> notJson = StripeStandIn.deliverSigned("this is not json");

        for (HttpResponse<String> refused : List.of(unsigned, wrongSecret, stale, garbled, tampered)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", Http.contentType(refused));
            assertTrue(Http.fieldErrors(refused).containsKey("Stripe-Signature"), refused.body());
        }
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(Http.fieldErrors(notJson).containsKey("body"), notJson.body());
        assertEquals(0, Database.count("select count(*) from stripe_event where event_id = ?", eventId));
        assertEquals("PENDING_PAYMENT", TestCardOrders.partStatus(order.number()));
        assertEquals("REQUIRES_PAYMENT_METHOD", paymentStatus(order.number()));
    }

    @Test
    void anEventTypeBazaarDoesNotActOnIsAcknowledgedAndIgnored() {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String payload = StripeStandIn.event(eventId, "customer.created",
                Json.createObjectBuilder().add("id", "cus_" + eventId).add("object", "customer").build());

        HttpResponse<String> answer = StripeStandIn.deliverSigned(payload);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(1, Database.count("select count(*) from stripe_event where event_id = ? and type = 'customer.created'", eventId));
    }

    @Test
    void paymentOfAnotherCustomersOrderOrOfNoOrderIsNotFound() {
        TestCardOrders.Placed order = TestCardOrders.placed("PN");
        TestAccounts.LoggedIn stranger = TestAccounts.registeredAndLoggedIn("stranger");

        HttpResponse<String> notHers = Http.call("POST", "/api/v1/orders/" + order.number() + "/payment", stranger.accessToken(), null);
        HttpResponse<String> none = Http.call("POST", "/api/v1/orders/BZ-NO-SUCH/payment", order.customer().accessToken(), null);

        assertEquals(404, notHers.statusCode(), notHers.body());
        assertEquals(404, none.statusCode(), none.body());
        assertEquals(1, StripeStandIn.intentsCreatedFor(order.number()).size());
    }


    private static String intentId(String orderNumber) {
        return Database.single("select intent_id from card_payment where order_number = ?", orderNumber).orElseThrow();
    }

    private static String paymentStatus(String orderNumber) {
        return Database.single("select status from card_payment where order_number = ?", orderNumber).orElseThrow();
    }


}
