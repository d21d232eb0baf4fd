package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeOrderPage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.OrdersPage;
import dev.bazaar.it.browser.pages.PackingSlipPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;

/**
 * The back office's order pages: a shop works through its own part of a checkout (and cannot open
 * another shop's), prints the packing slip; an admin filters every order, exports them, cancels a
 * shop's part with a reason and records the manual payment.
 */
class BackOfficeOrdersBrowserIT extends BrowserTest {

    @Test
    void aShopAcceptsShipsAndDeliversItsOwnPartAndPrintsThePackingSlip() throws Exception {
        TestShopping.StockedShop mugs = TestShopping.stockedShop("BA", 5);
        TestShopping.StockedShop cups = TestShopping.stockedShop("BB", 5);
        String number = orderFromBoth(mugs, cups);
        OrdersPage orders = BackOfficeSignInPage.reach(browser).signInAs(mugs.shop().owner().email(), TestAccounts.PASSWORD)
                .openOrders();

        theShopsListHoldsItsOwnPartOnly(orders, number);
        anotherShopsPartIsNotFound(number);
        assertEquals(200, Http.withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null).statusCode());
        onceItIsPaidTheShopAcceptsShipsAndDelivers(number, mugs);
        thePackingSlipSaysWhoItGoesToAndWhatGoesInTheBox(number);
    }

    @Test
    void anAdminFiltersExportsCancelsAShopsPartAndRecordsThePayment() throws Exception {
        TestShopping.StockedShop mugs = TestShopping.stockedShop("BC", 5);
        TestShopping.StockedShop cups = TestShopping.stockedShop("BD", 5);
        String number = orderFromBoth(mugs, cups);
        OrdersPage orders = BackOfficeSignInPage.reach(browser).signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openOrders();

        filterBothPartsThenOneShops(orders, number, cups);
        theExportWritesWhatTheFiltersSelect(orders, number);
        BackOfficeOrderPage order = cancellingAPartNeedsAReason(number, cups);
        theTransferArrivesAndTheRemainingPartIsPaid(order, number, mugs);

        // admins print any shop's packing slip
        PackingSlipPage slip = PackingSlipPage.open(browser, number + "-1");
        assertEquals(number + "-1", slip.number());
        assertEquals("2", slip.units());
    }

    // ---- a shop's steps

    private void theShopsListHoldsItsOwnPartOnly(OrdersPage orders, String number) throws IOException {
        orders.searchFor(number);
        String row = orders.table();
        assertTrue(row.contains(number + "-1") && row.contains("Awaiting payment"), row);
        assertFalse(row.contains(number + "-2"));
        BackOfficeOrderPage part = orders.openTheOrder();
        part.awaitWaitingForPayment();
        assertFalse(part.canAccept(), "nothing to accept before payment");
        browser.screenshot("70-shop-order-awaiting-payment");
    }

    private void anotherShopsPartIsNotFound(String number) {
        BackOfficeOrderPage theirs = BackOfficeOrderPage.open(browser, number + "-2");
        theirs.awaitMessage("Your shop has no order " + number + "-2");
        assertFalse(theirs.showsParts());
    }

    /** Accept, ship (the tracking number is required), deliver. */
    private void onceItIsPaidTheShopAcceptsShipsAndDelivers(String number, TestShopping.StockedShop mugs) throws IOException {
        BackOfficeOrderPage part = BackOfficeOrderPage.open(browser, number + "-1");
        part.accept();
        part.awaitMessage("Accepted");
        part.ship("Posten");
        part.awaitMessage("Not done: the tracking number is required.");
        assertEquals("ACCEPTED", status(number + "-1"));
        part.ship("Posten", "BA-TRACK-77");
        part.awaitMessage("Marked shipped");
        assertEquals("SHIPPED", status(number + "-1"));
        assertTrue(part.tracking().contains("BA-TRACK-77"));
        part.deliver();
        part.awaitMessage("Marked delivered");
        assertEquals("DELIVERED", status(number + "-1"));
        String history = part.history();
        assertTrue(history.contains("Accepted → Shipped") && history.contains(mugs.shop().owner().email()), history);
        browser.screenshot("71-shop-order-delivered");
    }

    private void thePackingSlipSaysWhoItGoesToAndWhatGoesInTheBox(String number) throws IOException {
        PackingSlipPage slip = PackingSlipPage.open(browser, number + "-1");
        String text = slip.text();
        assertTrue(text.contains("Kari Nordmann") && text.contains("Storgata 1") && text.contains("0155 Oslo"), text);
        assertTrue(text.contains("BA-S"), text);
        assertEquals("2", slip.units());
        assertFalse(text.contains("BB-"), "the other shop's goods are not on this slip");
        browser.screenshot("72-packing-slip");
    }

    // ---- an admin's steps

    private void filterBothPartsThenOneShops(OrdersPage orders, String number, TestShopping.StockedShop cups) throws IOException {
        orders.typeSearch(number);
        orders.filterByStatus("PENDING_PAYMENT");
        orders.find();
        orders.awaitRows(2);
        orders.filterByShop(cups.shop().slug());
        orders.find();
        orders.awaitTheOnlyRow(number + "-2");
        browser.screenshot("73-admin-orders-filtered");
    }

    private static void theExportWritesWhatTheFiltersSelect(OrdersPage orders, String number) {
        String csv = orders.exportCsv();
        assertTrue(csv.startsWith("order,vendor_order,placed_at,status,shop"), csv);
        assertTrue(csv.contains(number + "-2") && !csv.contains(number + "-1"), csv);
        orders.clearFilters();
        orders.typeSearch(number);
        orders.find();
        orders.awaitRows(2);
        String both = orders.exportCsv();
        assertTrue(both.contains(number + "-1") && both.contains(number + "-2"), both);
        // a date picker's value, as the browser sends it: nothing placed from then on
        orders.filterFrom("2099-01-01");
        orders.find();
        orders.awaitTable("No orders match these filters.");
    }

    /** On the whole checkout's page. */
    private BackOfficeOrderPage cancellingAPartNeedsAReason(String number, TestShopping.StockedShop cups) {
        BackOfficeOrderPage order = BackOfficeOrderPage.open(browser, number);
        order.awaitParts(2);
        assertTrue(order.customer().contains("@"));
        order.cancelPartWithoutReason(1);
        order.awaitMessage("Not done: the reason");
        assertEquals("PENDING_PAYMENT", status(number + "-2"));
        order.cancelPart(1, "The shop is closed for the holidays"); // the page was drawn again: its cancel box opens once more
        order.awaitMessage(number + "-2 cancelled");
        assertEquals("CANCELLED", status(number + "-2"));
        assertEquals("5/0", TestShopping.stock(cups.large()), "the cancelled part's reservation is released");
        return order;
    }

    /** The remaining part is paid and its stock sold. */
    private void theTransferArrivesAndTheRemainingPartIsPaid(BackOfficeOrderPage order, String number,
                                                             TestShopping.StockedShop mugs) throws IOException {
        order.markPaid("bank ref 4471");
        order.awaitMessage("Payment recorded");
        order.awaitPaymentStatus("PAID");
        assertEquals("PAID", status(number + "-1"));
        assertEquals("CANCELLED", status(number + "-2"));
        assertEquals("3/0", TestShopping.stock(mugs.small()));
        assertFalse(order.canMarkPaid());
        browser.screenshot("74-admin-order-paid");
    }

    /** A customer's manual-payment checkout of two small mugs from one shop and a large cup from the other. */
    private static String orderFromBoth(TestShopping.StockedShop first, TestShopping.StockedShop second) {
        TestAccounts.LoggedIn customer = TestShopping.customerWith(first.small(), 2);
        assertEquals(201, TestShopping.add(customer.accessToken(), null, second.large(), 1).statusCode());
        return TestShopping.placedOrder(customer).getString("number");
    }

    private static String status(String vendorOrderNumber) {
        return Database.single("select status from vendor_order where number = ?", vendorOrderNumber).orElseThrow();
    }
}
