package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Transfers to the shops' Stripe accounts (Connect, separate charges and transfers): the payout run
 * sends each payable shop's available balance once, whatever runs at the same time or dies half-way; a
 * refund or a dispute after the transfer takes the shop's share back (a won dispute pays it again); a
 * debt is paid off before the next transfer;
 * admins pause a shop's payouts and see what Stripe refused; a shop reads only its own transfers.
 * Stripe is the stand-in, whose request journal shows what reached it.
 */
class TransfersApiIT {

    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    /** A shop with a connected account and one delivered card sale past the hold. */
    private record Payable(TestCardOrders.Placed order, String accountId, long share) {

        long shop() {
            return order.shop().shop().vendorId();
        }
    }

    @Test
    void twoRunsAtOnceSendOneTransferPerShopAndCurrencyForItsAvailableBalance() {
        long differenceBefore = difference();
        Payable payable = payable("TA");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonObject>> runs = List.of(CompletableFuture.supplyAsync(() -> runAfter(start)),
                CompletableFuture.supplyAsync(() -> runAfter(start)));
        start.countDown();
        runs.forEach(CompletableFuture::join);

        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertEquals(1, sent.size(), "one transfer reached Stripe: " + sent);
        StripeStandIn.Sent transfer = sent.get(0);
        long id = Long.parseLong(Database.single("select id::text from shop_transfer where vendor_id = ?", payable.shop()).orElseThrow());
        assertEquals(1, Database.count("select count(*) from shop_transfer where vendor_id = ?", payable.shop()));
        assertEquals("bazaar-transfer-" + id, transfer.header("Idempotency-Key"));
        assertEquals(String.valueOf(payable.share()), transfer.form().get("amount"));
        assertEquals("nok", transfer.form().get("currency"));
        assertEquals(payable.order().number(), transfer.form().get("transfer_group"), "the order group's transfer group");
        assertEquals(Database.single("select charge_id from card_payment where order_number = ?", payable.order().number()).orElseThrow(),
                transfer.form().get("source_transaction"), "tied to the order group's charge");
        assertEquals(String.valueOf(payable.shop()), transfer.form().get("metadata[bazaar_vendor_id]"));
        assertEquals("SENT", Database.single("select state from shop_transfer where id = ?", id).orElseThrow());
        String stripeId = Database.single("select stripe_transfer_id from shop_transfer where id = ?", id).orElseThrow();
        assertEquals(payable.share(), StripeStandIn.retrieve("/v1/transfers/" + stripeId).getJsonNumber("amount").longValue());
        assertEquals(-payable.share(), sum("select coalesce(sum(amount_minor), 0)::text from ledger_entry where vendor_id = ? and kind = 'TRANSFER'",
                payable.shop()), "the transfer is debited from the shop once");
        assertEquals(0, TestPayouts.available(payable.shop()));
        assertEquals(differenceBefore, difference(), "the ledger still reconciles: the transfer is money paid out");

        TestPayouts.run();
        assertEquals(1, transfersSentTo(payable.accountId()).size(), "nothing more to send");
    }

    @Test
    void aTransferLeftSendingIsSentAgainWithTheSameKeyAndStripeMakesItOnce() {
        Payable payable = payable("TB");
        String late = StripeStandIn.answeringLate("/v1/transfers", "destination=" + payable.accountId(), 5_000);
        JsonObject first;
        try {
            first = TestPayouts.run();
        } finally {
            StripeStandIn.remove(late);
        }
        String transferId = Database.single("select id::text from shop_transfer where vendor_id = ?", payable.shop()).orElseThrow();
        assertTrue(first.getInt("unanswered") >= 1, first.toString());
        assertEquals("SENDING", Database.single("select state from shop_transfer where id = ?::bigint", transferId).orElseThrow(),
                "Stripe's answer never came: the transfer is still on its way");
        JsonObject atStripe = StripeStandIn.retrieve("/v1/transfers?destination=" + payable.accountId());
        assertEquals(1, atStripe.getJsonArray("data").size(), "yet Stripe made it");
        assertEquals(1, Database.count("select count(*) from ledger_entry where vendor_id = ? and kind = 'TRANSFER'", payable.shop()));

        // the back-off passes (moved in the database, as minutes would otherwise pass)
        Database.update("update shop_transfer set next_attempt_at = now() - interval '1 second' where id = ?::bigint", transferId);
        JsonObject second = TestPayouts.run();

        assertTrue(second.getInt("sent") >= 1, second.toString());
        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertTrue(sent.size() >= 2, "sent at least twice: " + sent.size());
        assertTrue(sent.stream().allMatch(s -> ("bazaar-transfer-" + transferId).equals(s.header("Idempotency-Key"))),
                "every attempt with the same key");
        atStripe = StripeStandIn.retrieve("/v1/transfers?destination=" + payable.accountId());
        assertEquals(1, atStripe.getJsonArray("data").size(), "still one transfer at Stripe");
        assertEquals(atStripe.getJsonArray("data").getJsonObject(0).getString("id"),
                Database.single("select stripe_transfer_id from shop_transfer where id = ?::bigint", transferId).orElseThrow(),
                "Bazaar records the transfer Stripe made on the first attempt");
        assertEquals("SENT", Database.single("select state from shop_transfer where id = ?::bigint", transferId).orElseThrow());
        assertEquals(1, Database.count("select count(*) from shop_transfer where vendor_id = ?", payable.shop()));
        assertEquals(1, Database.count("select count(*) from ledger_entry where vendor_id = ? and kind = 'TRANSFER'", payable.shop()));
    }

    @Test
    void aTransferStripeRefusesIsShownToAdminsAndTriedAgainUnderANewKey() {
        Payable payable = payable("TF");
        String refusing = StripeStandIn.stub(Json.createObjectBuilder()
                .add("priority", 1)
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", "/v1/transfers")
                        .add("bodyPatterns", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("contains", "destination=" + payable.accountId()))))
                .add("response", Json.createObjectBuilder().add("status", 400)
                        .add("headers", Json.createObjectBuilder().add("Content-Type", "application/json"))
                        .add("body", "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"balance_insufficient\","
                                + "\"message\":\"You have insufficient available funds in your Stripe account.\"}}"))
                .build());
        try {
            JsonObject run = TestPayouts.run();
            assertTrue(run.getInt("failed") >= 1, run.toString());
        } finally {
            StripeStandIn.remove(refusing);
        }
        String transferId = Database.single("select id::text from shop_transfer where vendor_id = ?", payable.shop()).orElseThrow();
        HttpResponse<String> failed = Http.call("GET", "/api/v1/admin/money/transfers?state=FAILED&size=100", ADMIN.accessToken(), null);
        assertEquals(200, failed.statusCode(), failed.body());
        JsonObject listed = Http.json(failed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == Long.parseLong(transferId)).findFirst().orElseThrow();
        assertTrue(listed.getString("lastError").contains("balance_insufficient"), listed.toString());
        assertNotNull(listed.getString("nextAttemptAt"), "when it is tried again");
        assertEquals(0, TestPayouts.available(payable.shop()), "the money stays set aside for the transfer");
        TestPayouts.run();
        assertEquals(1, transfersSentTo(payable.accountId()).size(), "not tried again before the back-off");

        Database.update("update shop_transfer set next_attempt_at = now() - interval '1 second' where id = ?::bigint", transferId);
        TestPayouts.run();

        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertEquals(2, sent.size());
        assertEquals("bazaar-transfer-" + transferId + "-2", sent.get(1).header("Idempotency-Key"),
                "a new key: Stripe would replay its refusal for the old one");
        assertEquals("SENT", Database.single("select state from shop_transfer where id = ?::bigint", transferId).orElseThrow());
        assertEquals(1, StripeStandIn.retrieve("/v1/transfers?destination=" + payable.accountId()).getJsonArray("data").size());
    }

    @Test
    void aTransferOfMoreThanOneOrdersSaleNamesNoSourceChargeWhichStripeWouldRefuse() {
        Payable payable = payable("TJ");
        long extra = payable.order().totalMinor();
        HttpResponse<String> adjusted = Http.call("POST", "/api/v1/admin/money/shops/" + payable.shop() + "/adjustments",
                ADMIN.accessToken(), Json.createObjectBuilder().add("currency", "NOK").add("amountMinor", extra)
                        .add("reason", "a carrier's compensation passed on").build().toString(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, adjusted.statusCode(), adjusted.body());

        TestPayouts.run();

        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertEquals(1, sent.size());
        assertEquals(String.valueOf(payable.share() + extra), sent.get(0).form().get("amount"), "the whole available balance");
        assertFalse(sent.get(0).form().containsKey("source_transaction"), "more than the order's charge: no source charge");
        assertEquals(payable.order().number(), sent.get(0).form().get("transfer_group"));
        assertEquals("SENT", Database.single("select state from shop_transfer where vendor_id = ?", payable.shop()).orElseThrow());
    }

    @Test
    void aRefundAfterTheTransferReversesTheShopsShareOnceAndWritesBothEntries() {
        long differenceBefore = difference();
        Payable payable = payable("TC");
        TestPayouts.run();
        String stripeTransfer = Database.single("select stripe_transfer_id from shop_transfer where vendor_id = ? and state = 'SENT'",
                payable.shop()).orElseThrow();

        refund(payable.order(), 1500);
        long refundId = Long.parseLong(Database.single("select id::text from refund where vendor_order_number = ?", payable.order().part())
                .orElseThrow());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'TRANSFER_REVERSAL'",
                payable.order().part()) == 1, "the reversal is on the ledger beside the refund");
        assertEquals(-1500, sum("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ? and kind = 'REFUND'",
                payable.order().part()));
        assertEquals(1500, sum("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ? and kind = 'TRANSFER_REVERSAL'",
                payable.order().part()));
        TestPayouts.run();
        TestPayouts.run();

        List<StripeStandIn.Sent> reversals = StripeStandIn.sent("POST", "/v1/transfers/" + stripeTransfer + "/reversals");
        assertEquals(1, reversals.size(), "one reversal reached Stripe");
        assertEquals("1500", reversals.get(0).form().get("amount"), "the shop's share of the refund");
        assertEquals("bazaar-transfer-reversal-refund-" + refundId, reversals.get(0).header("Idempotency-Key"));
        assertEquals("SENT", Database.single("select state from transfer_reversal where refund_id = ?", refundId).orElseThrow());
        JsonObject atStripe = StripeStandIn.retrieve("/v1/transfers/" + stripeTransfer);
        assertEquals(1500, atStripe.getJsonNumber("amount_reversed").longValue());
        assertEquals(1, atStripe.getJsonObject("reversals").getJsonArray("data").size());
        assertEquals(0, TestPayouts.available(payable.shop()), "the refund is paid by the reversal: the shop owes nothing");
        assertEquals(1, transfersSentTo(payable.accountId()).size(), "and gets no new transfer");
        assertEquals(differenceBefore, difference(), "refund, transfer and reversal reconcile");
    }

    @Test
    void aDisputeAfterTheTransferReversesTheShopsShareAndAWonDisputeIsTransferredAgain() {
        long differenceBefore = difference();
        Payable payable = payable("TF");
        TestPayouts.run();
        String stripeTransfer = Database.single("select stripe_transfer_id from shop_transfer where vendor_id = ? and state = 'SENT'",
                payable.shop()).orElseThrow();
        long transferId = Long.parseLong(Database.single("select id::text from shop_transfer where vendor_id = ?", payable.shop()).orElseThrow());
        long total = column("total_amount", payable.order().part());

        String disputeId = StripeStandIn.openDispute(Database.single("select charge_id from card_payment where order_number = ?",
                payable.order().number()).orElseThrow());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'TRANSFER_REVERSAL'",
                payable.order().part()) == 1, "the reversal is on the ledger beside the dispute's debit");
        assertEquals(-total, sum("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ? and kind = 'DISPUTE'",
                payable.order().part()), "the whole charge was disputed");
        assertEquals(payable.share(), sum("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ?"
                + " and kind = 'TRANSFER_REVERSAL'", payable.order().part()), "no more than the transfer carried comes back");
        long disputeRow = Long.parseLong(Database.single("select id::text from dispute where stripe_dispute_id = ?", disputeId).orElseThrow());
        TestPayouts.run();
        TestPayouts.run();

        List<StripeStandIn.Sent> reversals = StripeStandIn.sent("POST", "/v1/transfers/" + stripeTransfer + "/reversals");
        assertEquals(1, reversals.size(), "one reversal reached Stripe");
        assertEquals(String.valueOf(payable.share()), reversals.get(0).form().get("amount"));
        assertEquals("bazaar-transfer-reversal-dispute-" + disputeRow + "-" + transferId, reversals.get(0).header("Idempotency-Key"));
        assertEquals(String.valueOf(disputeRow), reversals.get(0).form().get("metadata[bazaar_dispute_id]"));
        assertEquals("SENT", Database.single("select state from transfer_reversal where dispute_id = ?", disputeRow).orElseThrow());
        assertEquals(payable.share() - total, TestPayouts.available(payable.shop()), "the commission on the disputed sale is owed");
        assertEquals(differenceBefore, difference(), "dispute, fee, transfer and reversal reconcile");

        StripeStandIn.closeDispute(disputeId, "won");
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'DISPUTE_WON'",
                payable.order().part()) == 1, "the won dispute is credited back");
        assertEquals(payable.share(), TestPayouts.available(payable.shop()), "the money is the shop's again");
        TestPayouts.run();

        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertEquals(2, sent.size(), "the money is transferred again");
        assertEquals(String.valueOf(payable.share()), sent.get(1).form().get("amount"));
        assertEquals(0, TestPayouts.available(payable.shop()));
        assertEquals(differenceBefore, difference(), "still balanced once won, its fee returned");
    }

    @Test
    void aRefundBiggerThanWhatIsLeftLeavesADebtThatTheNextSalePaysBeforeAnyTransfer() {
        long differenceBefore = difference();
        Payable payable = payable("TD");
        TestPayouts.run();
        long total = column("total_amount", payable.order().part());
        long owed = total - Math.min(total, payable.share());
        assertTrue(owed > 0, "the shop keeps no commission on a refunded sale: " + owed);

        refund(payable.order(), total);
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'TRANSFER_REVERSAL'",
                payable.order().part()) == 1, "the reversal is on the ledger");
        TestPayouts.run();

        assertEquals(payable.share(), sum("select amount_minor::text from transfer_reversal where vendor_id = ?", payable.shop()),
                "no more than the transfer comes back");
        assertEquals(-owed, TestPayouts.available(payable.shop()), "the commission on the refunded sale is owed");
        HttpResponse<String> owing = Http.call("GET", "/api/v1/admin/money/balances?owing=true", ADMIN.accessToken(), null);
        assertTrue(Http.jsonArray(owing).getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getJsonNumber("vendorId").longValue() == payable.shop()), "among the shops that owe: " + owing.body());
        assertEquals(1, transfersSentTo(payable.accountId()).size(), "no transfer while the shop owes");

        TestCardOrders.Placed next = TestCardOrders.paid(payable.order().shop());
        TestPayouts.available(next);
        long nextShare = share(next.part());
        TestPayouts.run();

        List<StripeStandIn.Sent> sent = transfersSentTo(payable.accountId());
        assertEquals(2, sent.size(), "the next sale is transferred");
        assertEquals(String.valueOf(nextShare - owed), sent.get(1).form().get("amount"), "less the debt, paid first");
        assertEquals(0, TestPayouts.available(payable.shop()));
        assertEquals(differenceBefore, difference());
    }

    @Test
    void aPausedShopGetsNoTransferUntilAnAdminResumesItsPayouts() {
        Payable payable = payable("TE");
        long shop = payable.shop();

        HttpResponse<String> paused = pause(ADMIN, String.valueOf(shop), "{\"reason\":\"checking a fraud report\"}");
        assertEquals(201, paused.statusCode(), paused.body());
        assertEquals("checking a fraud report", Http.json(paused).getString("reason"));
        HttpResponse<String> listed = Http.call("GET", "/api/v1/admin/money/paused-shops", ADMIN.accessToken(), null);
        assertTrue(Http.jsonArray(listed).getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getJsonNumber("vendorId").longValue() == shop),
                listed.body());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'payouts.paused' and detail like ?",
                "shop " + shop + " %checking a fraud report"), "the pause is in the audit trail");
        assertEquals(409, pause(ADMIN, String.valueOf(shop), "{\"reason\":\"again\"}").statusCode());

        TestPayouts.run();
        assertEquals(0, transfersSentTo(payable.accountId()).size(), "nothing sent to a paused shop");
        assertEquals(0, Database.count("select count(*) from shop_transfer where vendor_id = ?", shop));
        assertEquals(payable.share(), TestPayouts.available(shop), "its money waits");

        HttpResponse<String> resumed = Http.call("DELETE", "/api/v1/admin/money/shops/" + shop + "/payout-pause", ADMIN.accessToken(), null);
        assertEquals(204, resumed.statusCode(), resumed.body());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'payouts.resumed' and detail like ?",
                "shop " + shop + " %"));
        TestPayouts.run();
        assertEquals(1, transfersSentTo(payable.accountId()).size(), "paid once resumed");
    }

    @Test
    void badPauseInputIsRefusedByFieldAndWritesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String id = String.valueOf(shop.vendorId());

        assertRefused(422, "reason", pause(ADMIN, id, "{}"));
        assertRefused(422, "reason", pause(ADMIN, id, "{\"reason\":\"   \"}"));
        assertRefused(422, "reason", pause(ADMIN, id, "{\"reason\":\"" + "x".repeat(501) + "\"}"));
        HttpResponse<String> noBody = pause(ADMIN, id, null);
        assertRefused(422, "reason", noBody);
        assertEquals(404, pause(ADMIN, "999999999", "{\"reason\":\"fraud\"}").statusCode());
        assertEquals(400, pause(ADMIN, "abc", "{\"reason\":\"fraud\"}").statusCode());
        assertEquals(403, pause(shop.owner(), id, "{\"reason\":\"fraud\"}").statusCode(), "only admins pause");
        HttpResponse<String> notPaused = Http.call("DELETE", "/api/v1/admin/money/shops/" + id + "/payout-pause", ADMIN.accessToken(), null);
        assertEquals(409, notPaused.statusCode(), notPaused.body());
        assertEquals(403, Http.call("POST", "/api/v1/admin/money/payout-runs", shop.owner().accessToken(), null).statusCode());
        HttpResponse<String> badState = Http.call("GET", "/api/v1/admin/money/transfers?state=LOST", ADMIN.accessToken(), null);
        assertRefused(400, "state", badState);
        assertFalse(noBody.body().toLowerCase().contains("exception"), noBody.body());

        assertEquals(0, Database.count("select count(*) from payout_pause where vendor_id = ?", shop.vendorId()), "nothing written");
        assertEquals(0, Database.count("select count(*) from security_event where event_type like 'payouts.%' and detail like ?",
                "shop " + id + " %"));
    }

    @Test
    void aShopReadsOnlyItsOwnTransfers() {
        Payable mine = payable("TG");
        Payable theirs = payable("TH");
        TestPayouts.run();
        long theirTransfer = Long.parseLong(Database.single("select id::text from shop_transfer where vendor_id = ?", theirs.shop()).orElseThrow());
        long myTransfer = Long.parseLong(Database.single("select id::text from shop_transfer where vendor_id = ?", mine.shop()).orElseThrow());
        TestAccounts.LoggedIn staff = TestVendors.member(mine.order().shop().shop(), "VENDOR_STAFF");

        HttpResponse<String> own = Http.call("GET", "/api/v1/vendor/transfers", staff.accessToken(), null);
        HttpResponse<String> other = Http.call("GET", "/api/v1/vendor/transfers/" + theirTransfer, staff.accessToken(), null);
        HttpResponse<String> one = Http.call("GET", "/api/v1/vendor/transfers/" + myTransfer, staff.accessToken(), null);

        assertEquals(200, own.statusCode(), own.body());
        List<JsonObject> items = Http.json(own).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), own.body());
        assertEquals(myTransfer, items.get(0).getJsonNumber("id").longValue());
        assertEquals("SENT", items.get(0).getString("state"));
        assertEquals(mine.share(), items.get(0).getJsonObject("amount").getJsonNumber("amountMinor").longValue());
        assertEquals(404, other.statusCode(), "another shop's transfer is not found: " + other.body());
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(403, Http.call("GET", "/api/v1/admin/money/transfers", staff.accessToken(), null).statusCode());
        assertEquals(403, Http.call("GET", "/api/v1/vendor/transfers", mine.order().customer().accessToken(), null).statusCode());
        assertEquals(401, Http.call("GET", "/api/v1/vendor/transfers", null, null).statusCode());
        HttpResponse<String> all = Http.call("GET", "/api/v1/admin/money/transfers?state=SENT&size=100", ADMIN.accessToken(), null);
        assertEquals(200, all.statusCode(), all.body());
        List<Long> shops = Http.json(all).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("vendorId").longValue()).toList();
        assertTrue(shops.contains(mine.shop()) && shops.contains(theirs.shop()), "admins read every shop's: " + shops);
    }

    private static Payable payable(String prefix) {
        TestCardOrders.Placed order = TestCardOrders.paid(prefix);
        String account = TestPayouts.connectedAccount(order.shop().shop());
        TestPayouts.available(order);
        long share = share(order.part());
        assertEquals(share, TestPayouts.available(order.shop().shop().vendorId()), "the sale less commission is available");
        return new Payable(order, account, share);
    }

    /** What the shop earns from the part: the sale (what the shopper paid plus the platform's discount) less the commission. */
    private static long share(String part) {
        return column("total_amount", part) + column("discount_amount", part) - column("vendor_discount_amount", part)
                - column("commission_amount", part);
    }

    private static JsonObject runAfter(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return TestPayouts.run();
    }

    private static List<StripeStandIn.Sent> transfersSentTo(String accountId) {
        return StripeStandIn.sent("POST", "/v1/transfers").stream()
                .filter(s -> accountId.equals(s.form().get("destination")) && s.header(StripeStandIn.PASSED_ON) == null).toList();
    }

    private static void refund(TestCardOrders.Placed order, long amountMinor) {
        HttpResponse<String> refund = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds", ADMIN.accessToken(),
                Json.createObjectBuilder().add("vendorOrderNumber", order.part()).add("amountMinor", amountMinor).add("reason", "returned")
                        .build().toString(), "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, refund.statusCode(), refund.body());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'REFUND'",
                order.part()) == 1, "the refund is on the ledger");
    }

    private static HttpResponse<String> pause(TestAccounts.LoggedIn who, String shop, String body) {
        return Http.call("POST", "/api/v1/admin/money/shops/" + shop + "/payout-pause", who.accessToken(), body);
    }

    private static void assertRefused(int status, String field, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.fieldErrors(response).containsKey(field), field + " named: " + response.body());
    }

    private static long column(String column, String part) {
        return Long.parseLong(Database.single("select " + column + "::text from vendor_order where number = ?", part).orElseThrow());
    }

    private static long sum(String sql, Object... parameters) {
        return Long.parseLong(Database.single(sql, parameters).orElseThrow());
    }

    /** The NOK line of the reconciliation: what shoppers paid less refunds and payouts, minus the ledger's sum. */
    private static long difference() {
        HttpResponse<String> response = Http.call("GET", "/api/v1/admin/money/reconciliation", ADMIN.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        for (JsonValue line : Http.jsonArray(response)) {
            JsonObject l = line.asJsonObject();
            if (l.getString("currency").equals("NOK")) {
                return l.getJsonObject("difference").getJsonNumber("amountMinor").longValue();
            }
        }
        return 0;
    }
}
