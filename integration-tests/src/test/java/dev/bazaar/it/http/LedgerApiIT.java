package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The shops' ledger, written from the events that move their money: a paid part is a sale less the
 * commission, pending until delivered and held for returns; refunds debit the shop; a shop reads only
 * its own money, admins everyone's; and the ledger reconciles with what shoppers paid and got back.
 */
class LedgerApiIT {

    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    @Test
    void aPaidPartIsPendingUntilDeliveredAndHeldThenAvailableAndARefundIsDebitedFromTheShop() {
        long differenceBefore = difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("LA");
        String part = order.part();
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        long total = column("total_amount", part);
        long commission = column("commission_amount", part);
        long platformDiscount = column("discount_amount", part) - column("vendor_discount_amount", part);
        long share = total + platformDiscount - commission;
        awaitEntry(part, "SALE");

        assertBalance(owner, share, 0, 0);
        List<JsonObject> entries = ledger(owner, "");
        JsonObject sale = entries.stream().filter(e -> e.getString("kind").equals("SALE")).findFirst().orElseThrow();
        assertEquals(total + platformDiscount, minor(sale));
        assertEquals(part, sale.getString("vendorOrderNumber"));
        assertEquals(-commission, entries.stream().filter(e -> e.getString("kind").equals("COMMISSION")).mapToLong(LedgerApiIT::minor).sum());
        assertEquals(commission, Long.parseLong(Database.single("select coalesce(sum(amount_minor), 0)::text from ledger_entry"
                + " where vendor_order_number = ? and kind = 'COMMISSION_EARNED' and vendor_id is null", part).orElseThrow()),
                "the platform earns what the shop pays");
        assertEquals(order.number(), sale.getString("orderNumber"));
        assertEquals(Database.single("select charge_id from card_payment where order_number = ?", order.number()).orElseThrow(),
                sale.getString("stripeObject"), "the entry names the charge behind it");

        HttpResponse<String> refund = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds", ADMIN.accessToken(),
                Json.createObjectBuilder().add("vendorOrderNumber", part).add("amountMinor", 1500).add("reason", "a chipped mug")
                        .build().toString(), "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, refund.statusCode(), refund.body());
        awaitEntry(part, "REFUND");
        assertBalance(owner, share - 1500, 0, 0);
        List<JsonObject> refunds = ledger(owner, "?kind=REFUND");
        assertEquals(1, refunds.size());
        assertEquals(-1500, minor(refunds.get(0)));

        for (String step : new String[] {"accept", "ship", "deliver"}) {
            HttpResponse<String> done = Http.call("POST", "/api/v1/vendor/orders/" + part + "/" + step, owner.accessToken(),
                    step.equals("ship") ? "{\"carrier\":\"Posten\",\"trackingNumber\":\"LA-1\"}" : null);
            assertEquals(200, done.statusCode(), step + ": " + done.body());
        }
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_release where vendor_order_number = ?", part) == 1,
                "the delivery releases the part after the hold");
        Instant availableAt = Instant.parse(Database.single("select to_char(available_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from ledger_release where vendor_order_number = ?", part).orElseThrow());
        Duration hold = Duration.between(Instant.now(), availableAt);
        assertTrue(hold.compareTo(Duration.ofDays(7).minusMinutes(5)) > 0 && hold.compareTo(Duration.ofDays(7)) <= 0,
                "held for the default seven days after delivery: " + hold);
        assertBalance(owner, share - 1500, 0, 0);

        // the hold passes: moved in the database, as a week cannot pass in a test
        Database.update("update ledger_release set available_at = now() - interval '1 second' where vendor_order_number = ?", part);
        assertBalance(owner, 0, share - 1500, 0);
        assertEquals(differenceBefore, difference("NOK"), "the sale, commission and refund reconcile with the payment and the refund");
    }

    @Test
    void anAdminPaysOutByHandNoMoreThanIsAvailableOnceAndAnAdjustmentCanLeaveTheShopOwing() {
        long differenceBefore = difference("NOK");
        TestCardOrders.Placed order = TestCardOrders.paid("LP");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        long shop = order.shop().shop().vendorId();
        awaitEntry(order.part(), "SALE");
        for (String step : new String[] {"accept", "ship", "deliver"}) {
            assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/" + step, owner.accessToken(),
                    step.equals("ship") ? "{\"carrier\":\"Posten\",\"trackingNumber\":\"LP-1\"}" : null).statusCode());
        }
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_release where vendor_order_number = ?", order.part()) == 1,
                "the delivery releases the part");
        Database.update("update ledger_release set available_at = now() - interval '1 second' where vendor_order_number = ?", order.part());
        long available = Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_id = ?", shop)
                .orElseThrow());
        long entriesBefore = Database.count("select count(*) from ledger_entry where vendor_id = ?", shop);

        assertRefused(422, "amountMinor", payout(ADMIN, shop, "NOK", 0L, "NO-1", null));
        assertRefused(422, "amountMinor", payout(ADMIN, shop, "NOK", -5L, "NO-1", null));
        assertRefused(422, "amountMinor", payout(ADMIN, shop, "NOK", available + 1, "NO-1", null));
        assertRefused(422, "currency", payout(ADMIN, shop, "EUR", 100L, "NO-1", null));
        assertRefused(422, "currency", payout(ADMIN, shop, "XX", 100L, "NO-1", null));
        assertRefused(422, "reference", payout(ADMIN, shop, "NOK", 100L, " ", null));
        assertRefused(422, "reason", adjustment(shop, "NOK", -300L, null, null));
        assertRefused(422, "amountMinor", adjustment(shop, "NOK", 0L, "rounding", null));
        assertEquals(404, payout(ADMIN, 999_999_999L, "NOK", 100L, "NO-1", null).statusCode());
        assertEquals(403, payout(owner, shop, "NOK", 100L, "NO-1", null).statusCode());
        assertEquals(entriesBefore, Database.count("select count(*) from ledger_entry where vendor_id = ?", shop), "nothing written");
        assertEquals(0, Database.count("select count(*) from manual_movement where vendor_id = ?", shop));

        String key = UUID.randomUUID().toString();
        HttpResponse<String> paid = payout(ADMIN, shop, "NOK", available - 100, "NO-TRANSFER-77", key);
        HttpResponse<String> again = payout(ADMIN, shop, "NOK", available - 100, "NO-TRANSFER-77", key);
        HttpResponse<String> otherBody = payout(ADMIN, shop, "NOK", 50L, "NO-TRANSFER-78", key);

        assertEquals(201, paid.statusCode(), paid.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(Http.json(paid).getInt("id"), Http.json(again).getInt("id"));
        assertRefused(422, "Idempotency-Key", otherBody);
        assertEquals(1, Database.count("select count(*) from manual_movement where vendor_id = ?", shop), "one payout however often sent");
        assertBalance(owner, 0, 100, 0);
        assertEquals(1, ledger(owner, "?kind=MANUAL_PAYOUT").size());

        HttpResponse<String> adjusted = adjustment(shop, "NOK", -300L, "return shipping label paid by the platform", UUID.randomUUID().toString());
        assertEquals(201, adjusted.statusCode(), adjusted.body());
        assertBalance(owner, 0, -200, 200);
        HttpResponse<String> owing = Http.call("GET", "/api/v1/admin/money/balances?owing=true", ADMIN.accessToken(), null);
        assertTrue(Http.jsonArray(owing).getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getJsonNumber("vendorId").longValue() == shop), "among the shops that owe: " + owing.body());
        assertEquals(differenceBefore, difference("NOK"), "payouts and adjustments keep the ledger reconciled");
    }

    @Test
    void ledgerEntriesAreNeverChangedOrRemoved() {
        TestCardOrders.Placed order = TestCardOrders.paid("LB");
        awaitEntry(order.part(), "SALE");

        AssertionError update = assertThrows(AssertionError.class, () -> Database.update(
                "update ledger_entry set amount_minor = 1 where vendor_order_number = ?", order.part()));
        AssertionError delete = assertThrows(AssertionError.class, () -> Database.update(
                "delete from ledger_entry where vendor_order_number = ?", order.part()));

        assertTrue(update.getCause().getMessage().contains("never changed or removed"), update.getCause().getMessage());
        assertTrue(delete.getCause().getMessage().contains("never changed or removed"), delete.getCause().getMessage());
    }

    @Test
    void aBankTransferSaleIsOnTheLedgerOnceAnAdminMarksItPaid() {
        long differenceBefore = difference("NOK");
        TestShopping.StockedShop shop = TestShopping.stockedShop("LM", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        String number = TestShopping.placedOrder(customer).getString("number");
        assertEquals(0, Database.count("select count(*) from ledger_entry where order_number = ?", number), "not paid, not a sale");

        assertEquals(200, Http.call("POST", "/api/v1/admin/orders/" + number + "/mark-paid", ADMIN.accessToken(), "{}").statusCode());

        awaitEntry(number + "-1", "SALE");
        JsonObject sale = ledger(shop.shop().owner(), "?kind=SALE").get(0);
        assertEquals(column("total_amount", number + "-1") + column("discount_amount", number + "-1")
                - column("vendor_discount_amount", number + "-1"), minor(sale));
        assertTrue(!sale.containsKey("stripeObject") || sale.isNull("stripeObject"), "no Stripe object behind a bank transfer");
        assertEquals(differenceBefore, difference("NOK"));
    }

    @Test
    void aShopReadsOnlyItsOwnMoneyAndAdminsReadEveryShops() {
        TestCardOrders.Placed mine = TestCardOrders.paid("LC");
        TestCardOrders.Placed theirs = TestCardOrders.paid("LD");
        awaitEntry(mine.part(), "SALE");
        awaitEntry(theirs.part(), "SALE");
        TestAccounts.LoggedIn owner = mine.shop().shop().owner();
        long theirShop = theirs.shop().shop().vendorId();

        assertTrue(ledger(owner, "").stream().allMatch(e -> e.getString("vendorOrderNumber").equals(mine.part())),
                "only its own part's entries");
        assertEquals(403, Http.call("GET", "/api/v1/admin/money/shops/" + theirShop + "/ledger", owner.accessToken(), null).statusCode());
        assertEquals(403, Http.call("GET", "/api/v1/admin/money/balances", owner.accessToken(), null).statusCode());
        assertEquals(403, Http.call("GET", "/api/v1/vendor/balance", mine.customer().accessToken(), null).statusCode());
        assertEquals(401, Http.call("GET", "/api/v1/vendor/ledger", null, null).statusCode());

        HttpResponse<String> theirLedger = Http.call("GET", "/api/v1/admin/money/shops/" + theirShop + "/ledger", ADMIN.accessToken(), null);
        assertEquals(200, theirLedger.statusCode(), theirLedger.body());
        assertTrue(Http.json(theirLedger).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getString("vendorOrderNumber").equals(theirs.part())));
        HttpResponse<String> balances = Http.call("GET", "/api/v1/admin/money/balances", ADMIN.accessToken(), null);
        assertEquals(200, balances.statusCode(), balances.body());
        List<Long> shops = new ArrayList<>();
        for (JsonValue b : Http.jsonArray(balances)) {
            shops.add(b.asJsonObject().getJsonNumber("vendorId").longValue());
        }
        assertTrue(shops.contains(theirShop) && shops.contains(mine.shop().shop().vendorId()), "every shop with money: " + shops);
        assertEquals(404, Http.call("GET", "/api/v1/admin/money/shops/999999999/ledger", ADMIN.accessToken(), null).statusCode());
    }

    @Test
    void badFiltersAreRefusedByName() {
        TestAccounts.LoggedIn owner = TestVendors.approvedShop().owner();

        HttpResponse<String> kind = Http.call("GET", "/api/v1/vendor/ledger?kind=GIFT", owner.accessToken(), null);
        HttpResponse<String> date = Http.call("GET", "/api/v1/vendor/ledger?from=yesterday", owner.accessToken(), null);
        HttpResponse<String> backwards = Http.call("GET", "/api/v1/vendor/ledger?from=2026-12-02&to=2026-12-01", owner.accessToken(), null);
        HttpResponse<String> id = Http.call("GET", "/api/v1/admin/money/shops/abc/ledger", ADMIN.accessToken(), null);
        HttpResponse<String> blankId = Http.call("GET", "/api/v1/admin/money/shops/%20/ledger", ADMIN.accessToken(), null);
        HttpResponse<String> empty = Http.call("GET", "/api/v1/vendor/balance", owner.accessToken(), null);

        assertEquals(400, kind.statusCode(), kind.body());
        assertTrue(Http.fieldErrors(kind).containsKey("kind"), kind.body());
        assertEquals(400, date.statusCode(), date.body());
        assertTrue(Http.fieldErrors(date).containsKey("from"), date.body());
        assertEquals(422, backwards.statusCode(), backwards.body());
        assertTrue(Http.fieldErrors(backwards).containsKey("from"), backwards.body());
        assertEquals(400, id.statusCode(), id.body());
        assertEquals(400, blankId.statusCode(), "a blank shop id is refused by name, not a 500: " + blankId.body());
        assertTrue(Http.fieldErrors(blankId).containsKey("vendorId"), blankId.body());
        assertEquals(200, empty.statusCode(), empty.body());
        assertEquals(0, Http.jsonArray(empty).size(), "no money before the first sale");
    }

    private static HttpResponse<String> payout(TestAccounts.LoggedIn who, long shop, String currency, Long amount, String reference,
                                               String key) {
        var body = Json.createObjectBuilder().add("currency", currency).add("amountMinor", amount).add("reference", reference);
        return key == null ? Http.call("POST", "/api/v1/admin/money/shops/" + shop + "/payouts", who.accessToken(), body.build().toString())
                : Http.call("POST", "/api/v1/admin/money/shops/" + shop + "/payouts", who.accessToken(), body.build().toString(),
                        "Idempotency-Key", key);
    }

    private static HttpResponse<String> adjustment(long shop, String currency, Long amount, String reason, String key) {
        var body = Json.createObjectBuilder().add("currency", currency).add("amountMinor", amount);
        if (reason != null) {
            body.add("reason", reason);
        }
        return key == null ? Http.call("POST", "/api/v1/admin/money/shops/" + shop + "/adjustments", ADMIN.accessToken(), body.build().toString())
                : Http.call("POST", "/api/v1/admin/money/shops/" + shop + "/adjustments", ADMIN.accessToken(), body.build().toString(),
                        "Idempotency-Key", key);
    }

    private static void assertRefused(int status, String field, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.fieldErrors(response).containsKey(field), field + " named: " + response.body());
    }

    private static void assertBalance(TestAccounts.LoggedIn owner, long pending, long available, long owed) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/vendor/balance", owner.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, Http.jsonArray(response).size(), response.body());
        JsonObject balance = Http.jsonArray(response).getJsonObject(0);
        assertEquals("NOK", balance.getString("currency"));
        assertEquals(pending, balance.getJsonObject("pending").getJsonNumber("amountMinor").longValue(), "pending: " + balance);
        assertEquals(available, balance.getJsonObject("available").getJsonNumber("amountMinor").longValue(), "available: " + balance);
        assertEquals(owed, balance.getJsonObject("owed").getJsonNumber("amountMinor").longValue(), "owed: " + balance);
    }

    private static List<JsonObject> ledger(TestAccounts.LoggedIn owner, String query) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/vendor/ledger" + query, owner.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The NOK line of the reconciliation: what shoppers paid less refunds, minus the ledger's sum. */
    static long difference(String currency) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/admin/money/reconciliation", ADMIN.accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        for (JsonValue line : Http.jsonArray(response)) {
            JsonObject l = line.asJsonObject();
            if (l.getString("currency").equals(currency)) {
                assertEquals(l.getJsonObject("difference").getJsonNumber("amountMinor").longValue() == 0, l.getBoolean("balanced"));
                return l.getJsonObject("difference").getJsonNumber("amountMinor").longValue();
            }
        }
        return 0;
    }

    /** Waits until the consumer has posted an entry of this kind for the part (all of an event's entries come in one transaction). */
    private static void awaitEntry(String part, String kind) {
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = ?",
                part, kind) == 1, kind + " of " + part + " on the ledger");
    }

    private static long column(String column, String part) {
        return Long.parseLong(Database.single("select " + column + "::text from vendor_order where number = ?", part).orElseThrow());
    }

    private static long minor(JsonObject entry) {
        return entry.getJsonObject("amount").getJsonNumber("amountMinor").longValue();
    }
}
