package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
        browser.signInToBackOffice(mugs.shop().owner().email(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ordersNav"))).click();

        // the shop's list holds its own part only
        searchForTheOnlyRow("ordersForm", "orders", number);
        String row = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("ordersForm:orders_data")).getText());
        assertTrue(row.contains(number + "-1") && row.contains("PENDING_PAYMENT"), row);
        assertFalse(row.contains(number + "-2"));
        clickSettled(wait, By.cssSelector("#ordersForm\\:orders_data .order-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
        assertTrue(browser.driver.findElements(By.id("stepForm:accept")).isEmpty(), "nothing to accept before payment");
        browser.screenshot("70-shop-order-awaiting-payment");

        // another shop's part is not found
        browser.open("/admin/order.xhtml?number=" + number + "-2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Your shop has no order " + number + "-2"));
        assertTrue(browser.driver.findElements(By.className("order-part")).isEmpty());

        // paid: accept, ship (the tracking number is required), deliver
        assertEquals(200, Http.withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null).statusCode());
        browser.open("/admin/order.xhtml?number=" + number + "-1");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("stepForm:accept"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Accepted"));
        type("stepForm:carrier", "Posten");
        browser.driver.findElement(By.id("stepForm:ship")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Not done: the tracking number is required."));
        assertEquals("ACCEPTED", status(number + "-1"));
        type("stepForm:carrier", "Posten");
        type("stepForm:tracking", "BA-TRACK-77");
        browser.driver.findElement(By.id("stepForm:ship")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Marked shipped"));
        assertEquals("SHIPPED", status(number + "-1"));
        assertTrue(browser.driver.findElement(By.className("tracking")).getText().contains("BA-TRACK-77"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("stepForm:deliver"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Marked delivered"));
        assertEquals("DELIVERED", status(number + "-1"));
        String history = browser.driver.findElement(By.className("history")).getText();
        assertTrue(history.contains("ACCEPTED → SHIPPED") && history.contains(mugs.shop().owner().email()), history);
        browser.screenshot("71-shop-order-delivered");

        // the packing slip: who it goes to and what goes in the box
        browser.open("/admin/packing-slip.xhtml?number=" + number + "-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("slipLines")));
        String slip = browser.driver.findElement(By.tagName("body")).getText();
        assertTrue(slip.contains("Kari Nordmann") && slip.contains("Storgata 1") && slip.contains("0155 Oslo"), slip);
        assertTrue(slip.contains("BA-S"), slip);
        assertEquals("2", browser.driver.findElement(By.id("units")).getText());
        assertFalse(slip.contains("BB-"), "the other shop's goods are not on this slip");
        browser.screenshot("72-packing-slip");
    }

    @Test
    void anAdminFiltersExportsCancelsAShopsPartAndRecordsThePayment() throws Exception {
        TestShopping.StockedShop mugs = TestShopping.stockedShop("BC", 5);
        TestShopping.StockedShop cups = TestShopping.stockedShop("BD", 5);
        String number = orderFromBoth(mugs, cups);
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ordersNav"))).click();

        // both parts, then one shop's only
        type("ordersForm:search", number);
        new Select(browser.driver.findElement(By.id("ordersForm:status"))).selectByValue("PENDING_PAYMENT");
        find();
        By rows = By.cssSelector("#ordersForm\\:orders_data tr");
        wait.until(d -> d.findElements(rows).size() == 2);
        browser.driver.findElement(By.id("ordersForm:shop_input")).sendKeys(cups.shop().slug());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
        find();
        wait.until(d -> d.findElements(rows).size() == 1 && d.findElement(rows).getText().contains(number + "-2"));
        browser.screenshot("73-admin-orders-filtered");

        // the export writes what the filters select
        String csv = exportCsv();
        assertTrue(csv.startsWith("order,vendor_order,placed_at,status,shop"), csv);
        assertTrue(csv.contains(number + "-2") && !csv.contains(number + "-1"), csv);
        WebElement filtered = browser.driver.findElement(By.id("ordersForm:search"));
        browser.driver.findElement(By.id("ordersForm:clear")).click();
        wait.until(ExpectedConditions.stalenessOf(filtered));
        type("ordersForm:search", number);
        find();
        wait.until(d -> d.findElements(rows).size() == 2);
        String both = exportCsv();
        assertTrue(both.contains(number + "-1") && both.contains(number + "-2"), both);
        // a date picker's value, as the browser sends it: nothing placed from then on
        browser.driver.executeScript("document.getElementById('ordersForm:from').value = '2099-01-01'");
        find();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ordersForm:orders_data"), "No orders match these filters."));

        // the whole checkout: cancelling a part needs a reason
        browser.open("/admin/order.xhtml?number=" + number);
        List<WebElement> parts = wait.until(ExpectedConditions.numberOfElementsToBe(By.className("order-part"), 2));
        assertTrue(browser.driver.findElement(By.id("customer")).getText().contains("@"));
        parts.get(1).findElement(By.tagName("summary")).click();
        browser.driver.findElement(By.id("parts:1:cancelForm:cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Not done: the reason"));
        assertEquals("PENDING_PAYMENT", status(number + "-2"));
        // the page was drawn again: open the cancel box once more
        browser.driver.findElements(By.className("order-part")).get(1).findElement(By.tagName("summary")).click();
        type("parts:1:cancelForm:reason", "The shop is closed for the holidays");
        browser.driver.findElement(By.id("parts:1:cancelForm:cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), number + "-2 cancelled"));
        assertEquals("CANCELLED", status(number + "-2"));
        assertEquals("5/0", TestShopping.stock(cups.large()), "the cancelled part's reservation is released");

        // the transfer arrived: the remaining part is paid and its stock sold
        type("paymentForm:note", "bank ref 4471");
        browser.driver.findElement(By.id("paymentForm:markPaid")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Payment recorded"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paymentStatus"), "PAID"));
        assertEquals("PAID", status(number + "-1"));
        assertEquals("CANCELLED", status(number + "-2"));
        assertEquals("3/0", TestShopping.stock(mugs.small()));
        assertTrue(browser.driver.findElements(By.id("paymentForm:markPaid")).isEmpty());
        browser.screenshot("74-admin-order-paid");

        // admins print any shop's packing slip
        browser.open("/admin/packing-slip.xhtml?number=" + number + "-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("slipLines")));
        assertEquals(number + "-1", browser.driver.findElement(By.id("slipNumber")).getText());
        assertEquals("2", browser.driver.findElement(By.id("units")).getText());
    }

    /**
     * Applies the filter form and waits until the table is drawn again: on a fresh database the rows
     * before and after may look alike, so only a new table says the answer has arrived.
     */
    private void find() {
        WebElement before = browser.driver.findElement(By.id("ordersForm:orders_data"));
        browser.driver.findElement(By.id("ordersForm:find")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    /** A customer's manual-payment checkout of two small mugs from one shop and a large cup from the other. */
    private static String orderFromBoth(TestShopping.StockedShop first, TestShopping.StockedShop second) {
        TestAccounts.LoggedIn customer = TestShopping.customerWith(first.small(), 2);
        assertEquals(201, TestShopping.add(customer.accessToken(), null, second.large(), 1).statusCode());
        return TestShopping.placedOrder(customer).getString("number");
    }

    /** Posts the table's export link the way the page does and reads the CSV it answers. */
    private String exportCsv() {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('ordersForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('ordersForm:_idcl', 'ordersForm:orders:exportCsv');
                fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done, e => done('failed: ' + e));
                """);
    }

    private static String status(String vendorOrderNumber) {
        return Database.single("select status from vendor_order where number = ?", vendorOrderNumber).orElseThrow();
    }
}
