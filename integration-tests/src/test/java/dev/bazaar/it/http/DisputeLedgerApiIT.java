package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Disputes on the shops' ledger, driven through the Stripe stand-in's signed webhooks: a dispute
 * opened debits the shop's part in the webhook's own transaction, naming the part and the dispute, once
 * however often Stripe reports it; won, the debit is credited back; lost, it stays; the reconciliation
 * counts disputes not won as money that went back, so it still balances.
 */
class DisputeLedgerApiIT {

    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    @Test
    void aDisputeDebitsTheShopOnceAndAWonDisputeCreditsItBack() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("DW");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        awaitEntries(order.part(), "SALE", 1);
        long share = shopTotal(order);

        String disputeId = StripeStandIn.openDispute(chargeOf(order));
        awaitEntries(order.part(), "DISPUTE", 1);
        JsonObject dispute = StripeStandIn.retrieve("/v1/disputes/" + disputeId);
        String replay = StripeStandIn.event("evt_" + UUID.randomUUID().toString().replace("-", ""), "charge.dispute.created", dispute);
        assertEquals(200, StripeStandIn.deliverSigned(replay).statusCode(), "the same event delivered again");
        assertEquals(200, StripeStandIn.deliverSigned(replay).statusCode());
        String another = StripeStandIn.event("evt_" + UUID.randomUUID().toString().replace("-", ""), "charge.dispute.created", dispute);
        assertEquals(200, StripeStandIn.deliverSigned(another).statusCode(), "another event reporting the same dispute");

        List<JsonObject> debits = ledger(owner, "?kind=DISPUTE");
        assertEquals(1, debits.size(), "one debit however often Stripe reports the dispute: " + debits);
        assertEquals(-order.totalMinor(), minor(debits.get(0)), "the whole charge was disputed, and it paid only this part");
        assertEquals(order.part(), debits.get(0).getString("vendorOrderNumber"));
        assertEquals(disputeId, debits.get(0).getString("stripeObject"));
        assertEquals(share - order.totalMinor(), pending(owner), "the shop's pending money less the dispute");
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "the disputed money is counted as gone back to the shopper");

        StripeStandIn.closeDispute(disputeId, "won");
        awaitEntries(order.part(), "DISPUTE_WON", 1);
        JsonObject closed = StripeStandIn.retrieve("/v1/disputes/" + disputeId);
        assertEquals(200, StripeStandIn.deliverSigned(StripeStandIn.event("evt_" + UUID.randomUUID().toString().replace("-", ""),
                "charge.dispute.closed", closed)).statusCode(), "the close reported again");

        List<JsonObject> credits = ledger(owner, "?kind=DISPUTE_WON");
        assertEquals(1, credits.size(), credits.toString());
        assertEquals(order.totalMinor(), minor(credits.get(0)));
        assertEquals(disputeId, credits.get(0).getString("stripeObject"));
        assertEquals(share, pending(owner), "a dispute won gives the shop its money back");
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "the money came back from the bank: still balanced");
    }

    @Test
    void aLostDisputeOfAPartlyRefundedOrderStaysDebitedForWhatWasLeft() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("DL");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        awaitEntries(order.part(), "SALE", 1);
        HttpResponse<String> refund = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds", ADMIN.accessToken(),
                Json.createObjectBuilder().add("vendorOrderNumber", order.part()).add("amountMinor", 1500).add("reason", "a chipped mug")
                        .build().toString(), "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, refund.statusCode(), refund.body());
        awaitEntries(order.part(), "REFUND", 1);

        String disputeId = StripeStandIn.openDispute(chargeOf(order));
        awaitEntries(order.part(), "DISPUTE", 1);
        StripeStandIn.closeDispute(disputeId, "lost");
        TestCardOrders.await(() -> "lost".equals(Database.single("select outcome from dispute where stripe_dispute_id = ?", disputeId)
                .orElse(null)), "the dispute closes as lost");

        List<JsonObject> debits = ledger(owner, "?kind=DISPUTE");
        assertEquals(1, debits.size(), debits.toString());
        assertEquals(-(order.totalMinor() - 1500), minor(debits.get(0)), "the bank disputed what the refund left of the charge");
        assertEquals(0, ledger(owner, "?kind=DISPUTE_WON").size(), "a lost dispute gives nothing back");
        assertEquals(shopTotal(order) - 1500 - (order.totalMinor() - 1500), pending(owner));
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "refund and lost dispute both counted: still balanced");
    }

    @Test
    void aDisputeOfATwoShopOrderDebitsEachShopItsOwnPart() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestShopping.StockedShop first = TestShopping.stockedShop("DA", 5);
        TestShopping.StockedShop second = TestShopping.stockedShop("DB", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(first.small(), 2);
        HttpResponse<String> added = TestShopping.add(customer.accessToken(), null, second.small(), 1);
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> placed = TestShopping.checkout(customer, Json.createObjectBuilder()
                .add("shippingAddress", TestShopping.address("NO")).add("paymentMethod", "CARD").build().toString(), UUID.randomUUID().toString());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getJsonObject("order").getString("number");
        String intent = Database.single("select intent_id from card_payment where order_number = ?", number).orElseThrow();
        HttpResponse<String> paid = StripeStandIn.confirm(intent, Http.json(placed).getJsonObject("payment").getString("clientSecret"),
                "pm_card_visa");
        assertEquals(200, paid.statusCode(), paid.body());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where order_number = ? and kind = 'SALE'", number) == 2,
                "both parts' sales on the ledger");

        String disputeId = StripeStandIn.openDispute(Database.single("select charge_id from card_payment where order_number = ?", number)
                .orElseThrow());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where order_number = ? and kind = 'DISPUTE'", number) == 2,
                "a debit for each part");

        for (TestShopping.StockedShop shop : List.of(first, second)) {
            String part = Database.single("select number from vendor_order where vendor_id = ? and number like ?", shop.shop().vendorId(),
                    number + "-%").orElseThrow();
            long total = Long.parseLong(Database.single("select total_amount::text from vendor_order where number = ?", part).orElseThrow());
            List<JsonObject> debits = ledger(shop.shop().owner(), "?kind=DISPUTE");
            assertEquals(1, debits.size(), debits.toString());
            assertEquals(part, debits.get(0).getString("vendorOrderNumber"));
            assertEquals(-total, minor(debits.get(0)), "the whole charge disputed: each shop bears exactly its own part");
            assertEquals(disputeId, debits.get(0).getString("stripeObject"));
        }
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "the two debits add up to the dispute");
    }

    /** What the shop's sale less commission came to before anything went back (its pending money). */
    private static long shopTotal(TestCardOrders.Placed order) {
        return Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ?"
                + " and kind in ('SALE', 'COMMISSION')", order.part()).orElseThrow());
    }

    private static String chargeOf(TestCardOrders.Placed order) {
        return Database.single("select charge_id from card_payment where order_number = ?", order.number()).orElseThrow();
    }

    private static long pending(TestAccounts.LoggedIn owner) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/vendor/balance", owner.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, Http.jsonArray(response).size(), response.body());
        JsonObject balance = Http.jsonArray(response).getJsonObject(0);
        assertEquals(0, balance.getJsonObject("available").getJsonNumber("amountMinor").longValue(), "nothing delivered yet: " + balance);
        return balance.getJsonObject("pending").getJsonNumber("amountMinor").longValue();
    }

    private static List<JsonObject> ledger(TestAccounts.LoggedIn owner, String query) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/vendor/ledger" + query, owner.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void awaitEntries(String part, String kind, long count) {
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = ?",
                part, kind) >= count, kind + " of " + part + " on the ledger");
    }

    private static long minor(JsonObject entry) {
        return entry.getJsonObject("amount").getJsonNumber("amountMinor").longValue();
    }
}
