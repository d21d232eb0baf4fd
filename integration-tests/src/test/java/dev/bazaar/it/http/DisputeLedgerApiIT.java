package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Disputes on the shops' ledger, driven through the Stripe stand-in's signed webhooks: a dispute
 * opened debits the shop's part in the webhook's own transaction, naming the part and the dispute, once
 * however often Stripe reports it; won, the debit is credited back; lost, it stays; Stripe's dispute
 * fee is the platform's, withdrawn and returned when won; an inquiry withdraws nothing and posts
 * nothing; a dispute reported before its sale reached the ledger is posted when the sale arrives; the
 * reconciliation counts disputes not won and their fees as money that went back, so it still balances.
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
        assertEquals(-1500, disputeFees(order), "Stripe's dispute fee is the platform's, once");
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "the disputed money and the fee are counted as gone");

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
        assertEquals(0, disputeFees(order), "Stripe returned its fee with the won dispute");
        assertEquals(2, Database.count("select count(*) from ledger_entry where kind = 'DISPUTE_FEE' and order_number = ?", order.number()),
                "the fee and its return, each once");
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "the money came back from the bank: still balanced");
    }

    @Test
    void anInquiryWithdrawsNothingSoItPostsNothing() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("DI");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        awaitEntries(order.part(), "SALE", 1);
        long share = shopTotal(order);

        String inquiryId = StripeStandIn.openInquiry(chargeOf(order));
        TestCardOrders.await(() -> Database.count("select count(*) from dispute where stripe_dispute_id = ?", inquiryId) == 1,
                "the inquiry is recorded for admins");
        StripeStandIn.closeDispute(inquiryId, "warning_closed");
        TestCardOrders.await(() -> Database.count("select count(*) from dispute where stripe_dispute_id = ? and closed_at is not null",
                inquiryId) == 1, "the inquiry closes");

        assertEquals("warning_closed", Database.single("select status from dispute where stripe_dispute_id = ?", inquiryId).orElseThrow());
        assertEquals(0, Database.count("select count(*) from ledger_entry where stripe_object = ?", inquiryId), "no debit for an inquiry");
        assertEquals(0, disputeFees(order), "and no fee");
        assertEquals(share, pending(owner), "the shop keeps its money");
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "an inquiry takes no money: nothing counted as gone");
    }

    @Test
    void aDisputeReportedBeforeItsSaleReachesTheLedgerIsPostedWhenTheSaleArrives() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.placed("DO");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        String dispute;
        // the ledger's consumer, about to write the sale, waits on this uncommitted row with the sale's key
        try (Database.Held saleHeldBack = Database.heldOpen("insert into ledger_entry (vendor_id, currency, kind, amount_minor, order_number,"
                + " vendor_order_number, entry_key, memo, recorded_at) values (?, 'NOK', 'SALE', 1, ?, ?, ?, 'held back by a test', now())",
                order.shop().shop().vendorId(), order.number(), order.part(), "sale:" + order.part())) {
            TestCardOrders.pay(order);
            String opened = StripeStandIn.openDispute(chargeOf(order));
            TestCardOrders.await(() -> Database.count("select count(*) from dispute where stripe_dispute_id = ? and funds_withdrawn_at is not null",
                    opened) == 1, "the dispute is recorded");
            dispute = opened;
            assertEquals(-1500, disputeFees(order), "the fee is the platform's whatever the shops' entries");
            assertEquals(0, Database.count("select count(*) from ledger_entry where order_number = ? and kind in ('SALE', 'DISPUTE')",
                    order.number()), "no sale on the ledger yet, so no part to debit");
        }

        awaitEntries(order.part(), "DISPUTE", 1);
        String replay = StripeStandIn.event("evt_" + UUID.randomUUID().toString().replace("-", ""), "charge.dispute.created",
                StripeStandIn.retrieve("/v1/disputes/" + dispute));
        assertEquals(200, StripeStandIn.deliverSigned(replay).statusCode(), "the dispute reported again");

        List<JsonObject> debits = ledger(owner, "?kind=DISPUTE");
        assertEquals(1, debits.size(), "posted once, when the sale arrived: " + debits);
        assertEquals(-order.totalMinor(), minor(debits.get(0)));
        assertEquals(dispute, debits.get(0).getString("stripeObject"));
        assertEquals(shopTotal(order) - order.totalMinor(), pending(owner));
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "sale, dispute and fee all on the ledger: balanced");
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
        assertEquals(-1500, disputeFees(order), "nor its fee");
        assertEquals(shopTotal(order) - 1500 - (order.totalMinor() - 1500), pending(owner));
        assertEquals(differenceBefore, LedgerApiIT.difference("NOK"), "refund and lost dispute both counted: still balanced");
    }

    @Test
    void aDisputeOfATwoShopOrderDebitsEachShopItsOwnPart() {
        long differenceBefore = LedgerApiIT.difference("NOK");
        TestShopping.StockedShop first = TestShopping.stockedShop("DA", 5);
        TestShopping.StockedShop second = TestShopping.stockedShop("DB", 5);
        String number = paidTwoShopOrder(first, second);

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

    @Test
    void theMigrationsBackfillSharesADisputeAsTheWebhookDoes() throws Exception {
        String number = paidTwoShopOrder(TestShopping.stockedShop("DV", 5), TestShopping.stockedShop("DW", 5));
        String disputeId = StripeStandIn.openDispute(Database.single("select charge_id from card_payment where order_number = ?", number)
                .orElseThrow(), 1001);
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where order_number = ? and kind = 'DISPUTE'", number) == 2,
                "a debit for each part");
        // V32 posted the disputes recorded before it with this SQL; its shares (read, not written) must be the webhook's
        String migration = Files.readString(Path.of("../db/migrations/V32__disputes_on_the_ledger.sql"));
        String shares = migration.substring(migration.indexOf("with part as"), migration.indexOf("insert into ledger_entry"))
                + "select string_agg(vendor_order_number || '=' || -amount, ',' order by vendor_order_number) from share"
                + " where stripe_dispute_id = ? and amount > 0";

        String byMigration = Database.single(shares, disputeId).orElseThrow();
        String byWebhook = Database.single("select string_agg(vendor_order_number || '=' || amount_minor, ',' order by vendor_order_number)"
                + " from ledger_entry where kind = 'DISPUTE' and stripe_object = ?", disputeId).orElseThrow();

        assertEquals(byWebhook, byMigration, "the same shares, the odd minor unit to the same part");
        assertEquals(-1001, java.util.Arrays.stream(byWebhook.split(",")).mapToLong(s -> Long.parseLong(s.substring(s.indexOf('=') + 1))).sum());
    }

    /** A customer's card order of one mug from each shop, paid; returns its number once both sales are on the ledger. */
    private static String paidTwoShopOrder(TestShopping.StockedShop first, TestShopping.StockedShop second) {
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
        return number;
    }

    /** What the shop's sale less commission came to before anything went back (its pending money). */
    private static long shopTotal(TestCardOrders.Placed order) {
        return Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ?"
                + " and kind in ('SALE', 'COMMISSION')", order.part()).orElseThrow());
    }

    /** The platform's dispute fees on the order, less those returned (the stand-in's fee is 1500 minor units). */
    private static long disputeFees(TestCardOrders.Placed order) {
        return Long.parseLong(Database.single("select coalesce(sum(amount_minor), 0)::text from ledger_entry where kind = 'DISPUTE_FEE'"
                + " and order_number = ?", order.number()).orElseThrow());
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
