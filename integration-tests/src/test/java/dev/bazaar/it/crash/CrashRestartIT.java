package dev.bazaar.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.StripeStandIn;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCardOrders;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * kill -9 of the Liberty JVM, then a start that recovers from its transaction log: under checkout
 * load with Idempotency-Keys at random moments ({@code bazaar.crash.kills} times), and in the middle of
 * a call to Stripe, where the card payment reconciliation has to finish the work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRestartIT {

    private static final int KILLS = Integer.getInteger("bazaar.crash.kills", 5);
    private static final int BUYERS = 6;
    private static final int ON_HAND = 100_000;
    /** The reconciliation's grace (60 s) and period (20 s), and a margin. */
    private static final Duration RECONCILED_BOUND = Duration.ofSeconds(150);

    @AfterAll
    static void writeReport() {
        CrashReport.write();
    }

    @Test
    @Order(1)
    void everyAcknowledgedCheckoutIsOneOrderAfterRepeatedKill9UnderLoad() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KILL-" + UUID.randomUUID().toString().substring(0, 6), ON_HAND);
        long deadLettersBefore = BrokerState.messageCount("DLQ");
        CheckoutLoad load = new CheckoutLoad(shop.small(), BUYERS);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long preparedSeen = 0;
        Duration slowestRecovery = Duration.ZERO;
        load.start();
        for (int kill = 1; kill <= KILLS; kill++) {
            LoadClient.sleep(1500 + random.nextInt(5000));
            long requestsBefore = load.requests();
            LibertyProcess.kill9();
            long preparedAtKill = Database.count("select count(*) from pg_prepared_xacts");
            preparedSeen += preparedAtKill;
            assertTrue(Files.isDirectory(LibertyProcess.transactionLog()), "the transaction log survived the kill");
            Duration ready = LibertyProcess.restart();
            Instant readyAt = Instant.now();
            List<String> inDoubt = Ledger.nothingInDoubt();
            Duration settled = Duration.between(readyAt, Instant.now());
            problems.addAll(inDoubt.stream().map(p -> "after kill " + p).toList());
            slowestRecovery = ready.plus(settled).compareTo(slowestRecovery) > 0 ? ready.plus(settled) : slowestRecovery;
            rows.add("| " + kill + " | " + requestsBefore + " | " + preparedAtKill + " | " + CrashReport.seconds(ready) + " | "
                    + CrashReport.seconds(settled) + " | " + (inDoubt.isEmpty() ? "none" : String.join("; ", inDoubt)) + " |");
        }
        LoadClient.sleep(3000);
        load.stop();
        problems.addAll(Ledger.ordersAndStock(load, shop.small(), shop.locationId(), ON_HAND));
        problems.addAll(Ledger.eventsHandled(load));
        problems.addAll(Ledger.queuesDrained());
        problems.addAll(Ledger.nothingInDoubt());
        long deadLetters = BrokerState.messageCount("DLQ") - deadLettersBefore;
        if (deadLetters != 0) {
            problems.add(deadLetters + " messages went to the dead-letter queue during the run");
        }

        List<CheckoutLoad.Ack> acks = load.acks();
        CrashReport.section("## kill -9 under checkout load\n\n"
                + "| Figure | Value |\n|---|---|\n"
                + "| kills survived | " + KILLS + " (random moments, seed " + seed + ") |\n"
                + "| buyers | " + BUYERS + " |\n"
                + "| requests sent (cart and checkout, retries included) | " + load.requests() + " |\n"
                + "| answers by status | " + load.answerCounts() + " |\n"
                + "| keys tried / acknowledged | " + load.triedKeys().size() + " / " + acks.size() + " |\n"
                + "| acknowledged as a replay (200) | " + acks.stream().filter(a -> a.status() == 200).count() + " |\n"
                + "| orders in the database | " + acks.stream().map(CheckoutLoad.Ack::orderNumber).distinct().count() + " |\n"
                + "| prepared PostgreSQL transactions seen just after the kills | " + preparedSeen + " |\n"
                + "| dead letters added | " + deadLetters + " |\n"
                + "| slowest recovery (start to ready, then nothing in doubt) | " + CrashReport.seconds(slowestRecovery) + " s |\n"
                + "| problems found | " + (problems.isEmpty() ? "none" : String.join("; ", problems)) + " |\n\n"
                + "| Kill | Requests before | Prepared in PostgreSQL after the kill | Start to ready (s) | Ready to nothing in doubt (s) | Left in doubt |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(acks.isEmpty(), "the load placed orders");
    }

    @Test
    @Order(2)
    void aCardPaymentWhoseIntentWasNeverRecordedIsFinishedByTheReconciliationWithTheSameKey() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("CPAY-" + UUID.randomUUID().toString().substring(0, 6), 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        String body = Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO")).add("paymentMethod", "CARD")
                .build().toString();
        String slow = slowButReal("/v1/payment_intents");
        Instant killedAt;
        String number;
        try {
            CompletableFuture<LoadClient.Answer> checkout = CompletableFuture.supplyAsync(() -> LoadClient.call("POST", "/api/v1/checkout",
                    customer.accessToken(), body, "Idempotency-Key", UUID.randomUUID().toString()));
            await(() -> Database.count("select count(*) from order_group where customer_id = ?", customer.id()) == 1, Duration.ofSeconds(30),
                    "the order commits");
            number = Database.single("select number from order_group where customer_id = ?", customer.id()).orElseThrow();
            await(() -> !StripeStandIn.intentsCreatedFor(number).isEmpty(), Duration.ofSeconds(10), "Bazaar asks Stripe for the intent");
            LibertyProcess.kill9();
            killedAt = Instant.now();
            assertFalse(checkout.get().answered(), "the server died before answering the checkout");
        } finally {
            StripeStandIn.remove(slow);
        }
        assertEquals("AWAITING_INTENT", Database.single("select status from card_payment where order_number = ?", number).orElseThrow(),
                "Stripe's answer was never recorded");
        Duration ready = LibertyProcess.restart();

        await(() -> Database.single("select intent_id from card_payment where order_number = ?", number).isPresent(), RECONCILED_BOUND,
                "the reconciliation records the intent");
        Duration reconciled = Duration.between(killedAt, Instant.now());
        String intentId = Database.single("select intent_id from card_payment where order_number = ?", number).orElseThrow();
        assertEquals("REQUIRES_PAYMENT_METHOD", Database.single("select status from card_payment where order_number = ?", number).orElseThrow());
        List<StripeStandIn.Sent> creates = StripeStandIn.intentsCreatedFor(number);
        assertTrue(creates.size() >= 2, "the killed call and the reconciliation's: " + creates.size());
        assertEquals(Set.of("bazaar-payment-" + number), creates.stream().map(s -> s.header("Idempotency-Key")).collect(Collectors.toSet()));
        Set<String> intents = answeredIds("/v1/payment_intents", "bazaar-payment-" + number);
        assertEquals(Set.of(intentId), intents, "every answer Stripe gave names the one intent Bazaar recorded");

        CrashReport.section("## kill -9 during the call that creates a PaymentIntent\n\n"
                + "| Figure | Value |\n|---|---|\n"
                + "| create requests that reached the stand-in (same key) | " + creates.size() + " |\n"
                + "| intents the stand-in answered with | " + intents.size() + " |\n"
                + "| start to ready after the kill | " + CrashReport.seconds(ready) + " s |\n"
                + "| kill to intent recorded by the reconciliation | " + CrashReport.seconds(reconciled) + " s |");
    }

    @Test
    @Order(3)
    void aCardRefundStripeNeverAnsweredIsFinishedByTheReconciliationWithTheSameKey() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("CREF-" + UUID.randomUUID().toString().substring(0, 6));
        TestAccounts.LoggedIn admin = TestAccounts.admin();
        String body = Json.createObjectBuilder().add("vendorOrderNumber", order.part()).add("amountMinor", 1000)
                .add("reason", "crash test").build().toString();
        // the refund request hangs and is never carried out: had Stripe made it, its webhook could settle
        // the refund before the kill and leave the reconciliation nothing to do (the intent test covers
        // an answer lost after Stripe acted)
        String slow = StripeStandIn.slow("/v1/refunds", 20_000);
        Instant killedAt;
        long refundId;
        try {
            CompletableFuture<LoadClient.Answer> refund = CompletableFuture.supplyAsync(() -> LoadClient.call("POST",
                    "/api/v1/admin/orders/" + order.number() + "/refunds", admin.accessToken(), body, "Idempotency-Key", UUID.randomUUID().toString()));
            await(() -> Database.count("select count(*) from refund where vendor_order_number = ?", order.part()) == 1, Duration.ofSeconds(30),
                    "the refund is recorded");
            refundId = Database.count("select id from refund where vendor_order_number = ?", order.part());
            await(() -> !refundsAsked(refundId).isEmpty(), Duration.ofSeconds(10), "Bazaar asks Stripe for the refund");
            LibertyProcess.kill9();
            killedAt = Instant.now();
            assertFalse(refund.get().answered(), "the server died before answering the refund");
        } finally {
            StripeStandIn.remove(slow);
        }
        assertEquals("PENDING", Database.single("select status from refund where id = ?", refundId).orElseThrow());
        Duration ready = LibertyProcess.restart();

        await(() -> "SUCCEEDED".equals(Database.single("select status from refund where id = ?", refundId).orElseThrow()), RECONCILED_BOUND,
                "the reconciliation settles the refund");
        Duration reconciled = Duration.between(killedAt, Instant.now());
        String stripeRefund = Database.single("select stripe_refund_id from refund where id = ?", refundId).orElseThrow();
        List<StripeStandIn.Sent> asked = refundsAsked(refundId);
        assertTrue(asked.size() >= 2, "the killed call and the reconciliation's: " + asked.size());
        assertEquals(Set.of("bazaar-refund-" + refundId), asked.stream().map(s -> s.header("Idempotency-Key")).collect(Collectors.toSet()));
        Set<String> refunds = answeredIds("/v1/refunds", "bazaar-refund-" + refundId);
        assertEquals(Set.of(stripeRefund), refunds, "every answer Stripe gave names the one refund Bazaar recorded");
        String chargeId = Database.single("select charge_id from card_payment where order_number = ?", order.number()).orElseThrow();
        JsonObject charge = standIn("GET", "/v1/charges/" + chargeId);
        assertEquals(1000, charge.getJsonNumber("amount_refunded").longValue(), "the shopper got the money back once");
        assertEquals(1, Database.count("select count(*) from refund where vendor_order_number = ?", order.part()));

        CrashReport.section("## kill -9 during the call that asks Stripe for a refund\n\n"
                + "| Figure | Value |\n|---|---|\n"
                + "| refund requests that reached the stand-in (same key) | " + asked.size() + " |\n"
                + "| refunds the stand-in answered with | " + refunds.size() + " |\n"
                + "| amount refunded on the charge (of 1000 asked) | " + charge.getJsonNumber("amount_refunded") + " |\n"
                + "| start to ready after the kill | " + CrashReport.seconds(ready) + " s |\n"
                + "| kill to refund settled by the reconciliation | " + CrashReport.seconds(reconciled) + " s |");
    }

    private static List<StripeStandIn.Sent> refundsAsked(long refundId) {
        return StripeStandIn.sent("POST", "/v1/refunds").stream()
                .filter(s -> Long.toString(refundId).equals(s.form().get("metadata[bazaar_refund_id]"))).toList();
    }

    /**
     * A stub that keeps the stand-in's real behaviour (the intent or refund is made at once) but holds
     * the answer back for 20 s: Bazaar is killed while it waits.
     */
    private static String slowButReal(String urlPath) {
        return StripeStandIn.stub(Json.createObjectBuilder()
                .add("priority", 1)
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", urlPath))
                .add("response", Json.createObjectBuilder().add("transformers", Json.createArrayBuilder().add("bazaar-stripe-stand-in"))
                        .add("fixedDelayMilliseconds", 20_000))
                .build());
    }

    /** The ids of the objects the stand-in answered with, for every POST to the path under the key (from its journal). */
    private static Set<String> answeredIds(String urlPath, String idempotencyKey) {
        JsonObject journal = standIn("GET", "/__admin/requests");
        return journal.getJsonArray("requests").stream().map(JsonValue::asJsonObject)
                .filter(e -> urlPath.equals(e.getJsonObject("request").getString("url").split("\\?")[0])
                        && "POST".equals(e.getJsonObject("request").getString("method"))
                        && idempotencyKey.equals(header(e.getJsonObject("request"), "Idempotency-Key")))
                .map(e -> e.getJsonObject("response"))
                .filter(r -> r != null && r.getInt("status") == 200 && r.containsKey("body"))
                .map(r -> Json.createReader(new StringReader(r.getString("body"))).readObject().getString("id"))
                .collect(Collectors.toSet());
    }

    private static String header(JsonObject request, String name) {
        JsonObject headers = request.getJsonObject("headers");
        return headers.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).map(headers::getString).findFirst().orElse(null);
    }

    private static JsonObject standIn(String method, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(StripeStandIn.BASE + path))
                    .header("Authorization", "Bearer " + StripeStandIn.SECRET_KEY).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void await(BooleanSupplier condition, Duration bound, String what) {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + bound.toSeconds() + " s in vain: " + what);
            }
            LoadClient.sleep(50);
        }
    }
}
