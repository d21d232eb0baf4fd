package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.MoneyPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCardOrders;
import dev.bazaar.it.http.TestPayouts;
import jakarta.json.Json;

/**
 * Money in the back office: a shop owner sees the sale pending and the refund on the ledger, and a
 * delivered sale pending until the hold for returns has passed, then available; an admin the
 * reconciliation and the shop's balance.
 */
class MoneyBrowserIT extends BrowserTest {

    @Test
    void aShopOwnerSeesTheirPendingBalanceAndLedgerAndAnAdminTheReconciliation() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("MB");
        HttpResponse<String> refund = Http.call("POST", "/api/v1/admin/orders/" + order.number() + "/refunds",
                TestAccounts.admin().accessToken(), Json.createObjectBuilder().add("vendorOrderNumber", order.part())
                        .add("amountMinor", 1500).add("reason", "a chipped mug").build().toString(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, refund.statusCode(), refund.body());
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'REFUND'",
                order.part()) == 1, "the refund reaches the ledger");
        long pending = Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_id = ?",
                order.shop().shop().vendorId()).orElseThrow());

        MoneyPage money = BackOfficeSignInPage.signIn(browser, order.shop().shop().owner().email(), TestAccounts.PASSWORD).openMoney();

        List<List<String>> balances = money.balances();
        assertEquals(1, balances.size(), balances.toString());
        assertEquals("NOK", balances.get(0).get(0));
        assertEquals(String.valueOf(pending), MoneyPage.digits(balances.get(0).get(1)), "pending: " + balances);
        assertEquals("000", MoneyPage.digits(balances.get(0).get(2)), "nothing available before delivery: " + balances);
        List<List<String>> ledger = money.ledger();
        assertTrue(ledger.stream().anyMatch(row -> row.get(1).equals("SALE") && row.get(2).equals(order.part())), ledger.toString());
        money.filterKind("REFUND");
        assertEquals("1500", MoneyPage.digits(money.ledger().get(0).get(4)));
        browser.screenshot("90-back-office-money-shop");

        try (Browser admin = new Browser()) {
            MoneyPage platform = BackOfficeSignInPage.signIn(admin, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openMoney();
            assertTrue(platform.reconciliation().stream().anyMatch(row -> row.get(0).equals("NOK")), "a NOK line");
            long shop = order.shop().shop().vendorId();
            assertTrue(platform.balances().stream().anyMatch(row -> row.get(0).equals("Fjord Ceramics #" + shop)
                    && MoneyPage.digits(row.get(2)).equals(String.valueOf(pending))), "the shop's balance among every shop's");
            admin.screenshot("91-back-office-money-admin");
        }
    }

    @Test
    void aDeliveredSaleIsPendingUntilTheHoldForReturnsHasPassedThenAvailable() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("MH");
        String owner = order.shop().shop().owner().accessToken();
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'SALE'",
                order.part()) == 1, "the sale reaches the ledger");
        for (String step : new String[] {"accept", "ship", "deliver"}) {
            assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/" + step, owner,
                    step.equals("ship") ? "{\"carrier\":\"Posten\",\"trackingNumber\":\"MH-1\"}" : null).statusCode());
        }
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_release where vendor_order_number = ?", order.part()) == 1,
                "the delivery releases the part after the hold");
        String share = Database.single("select sum(amount_minor)::text from ledger_entry where vendor_id = ?",
                order.shop().shop().vendorId()).orElseThrow();

        MoneyPage money = BackOfficeSignInPage.signIn(browser, order.shop().shop().owner().email(), TestAccounts.PASSWORD).openMoney();
        List<List<String>> delivered = money.balances();
        // the seven days' hold (BAZAAR_PAYOUT_HOLD_DAYS) passes: its end is moved into the past in the database
        Database.update("update ledger_release set available_at = now() - interval '1 second' where vendor_order_number = ?", order.part());
        browser.driver.navigate().refresh(); // waits for the page drawn again
        List<List<String>> held = new MoneyPage(browser).balances();

        assertEquals(1, delivered.size(), delivered.toString());
        assertEquals(share, MoneyPage.digits(delivered.get(0).get(1)), "delivered, still in the hold for returns: pending " + delivered);
        assertEquals("000", MoneyPage.digits(delivered.get(0).get(2)), "nothing available yet: " + delivered);
        assertEquals("000", MoneyPage.digits(held.get(0).get(1)), "nothing pending once the hold has passed: " + held);
        assertEquals(share, MoneyPage.digits(held.get(0).get(2)), "the sale is available: " + held);
        browser.screenshot("95-back-office-money-available");
    }

    @Test
    void anAdminRecordsAPayoutByHandAndTheBalanceAndReconciliationFollow() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("MP");
        long shop = order.shop().shop().vendorId();
        String owner = order.shop().shop().owner().accessToken();
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'SALE'",
                order.part()) == 1, "the sale reaches the ledger");
        for (String step : new String[] {"accept", "ship", "deliver"}) {
            assertEquals(200, Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/" + step, owner,
                    step.equals("ship") ? "{\"carrier\":\"Posten\",\"trackingNumber\":\"MP-1\"}" : null).statusCode());
        }
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_release where vendor_order_number = ?", order.part()) == 1,
                "the delivery releases the part");
        // the seven days' hold passes: moved in the database
        Database.update("update ledger_release set available_at = now() - interval '1 second' where vendor_order_number = ?", order.part());
        long available = Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_id = ?", shop)
                .orElseThrow());

        MoneyPage money = BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openMoney();
        money.recordPayout(shop, "1,5", "NO-TRANSFER-1");
        money.awaitMessage("Amount:");
        money.recordPayout(shop, String.valueOf(available / 100) + "." + String.format("%02d", available % 100), "NO-TRANSFER-1");
        money.awaitMessage("recorded");

        assertEquals(1, Database.count("select count(*) from manual_movement where vendor_id = ? and kind = 'MANUAL_PAYOUT'"
                + " and amount_minor = ? and note = 'NO-TRANSFER-1'", shop, available), "one payout of the whole available balance");
        assertTrue(money.balances().stream().anyMatch(row -> row.get(0).contains("#" + shop) && MoneyPage.digits(row.get(3)).equals("000")),
                "nothing left available: " + money.balances());
        browser.screenshot("92-back-office-money-payout");
    }

    @Test
    void anAdminPausesAShopsPayoutsAndResumesThemAndTheOwnerSeesTheTransferSent() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("MT");
        long shop = order.shop().shop().vendorId();
        TestPayouts.connectedAccount(order.shop().shop());
        TestPayouts.available(order);

        MoneyPage platform = BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openMoney();
        platform.pausePayouts(shop, " ");
        platform.awaitMessage("Reason");
        platform.pausePayouts(shop, "checking the shop's bank details");
        platform.awaitMessage("paused");
        assertTrue(platform.pausedShops().stream().anyMatch(row -> row.get(0).contains("#" + shop)
                && row.get(1).equals("checking the shop's bank details")), platform.pausedShops().toString());
        browser.screenshot("93-back-office-money-paused");
        TestPayouts.run();
        assertEquals(0, Database.count("select count(*) from shop_transfer where vendor_id = ?", shop), "nothing sent while paused");

        platform.resumePayouts(shop);
        platform.awaitMessage("resumed");
        assertEquals(0, Database.count("select count(*) from payout_pause where vendor_id = ?", shop));
        TestPayouts.run();

        try (Browser owner = new Browser()) {
            MoneyPage money = BackOfficeSignInPage.signIn(owner, order.shop().shop().owner().email(), TestAccounts.PASSWORD).openMoney();
            List<List<String>> transfers = money.transfers();
            assertEquals(1, transfers.size(), transfers.toString());
            assertEquals("Sent", transfers.get(0).get(2), transfers.toString());
            assertTrue(transfers.get(0).get(3).startsWith("tr_"), transfers.toString());
            owner.screenshot("94-back-office-money-transfers");
        }
    }
}
