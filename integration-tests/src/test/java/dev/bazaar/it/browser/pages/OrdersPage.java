package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** The back office's orders: a shop's own parts, or every order for an admin, with filters and a CSV export. */
public final class OrdersPage extends BackOfficePage {

    private static final By TABLE = By.id("ordersForm:orders_data");
    private static final By ROWS = By.cssSelector("#ordersForm\\:orders_data tr");
    private static final By SEARCH = By.id("ordersForm:search");

    public OrdersPage(Browser browser) {
        super(browser);
    }

    /** Searches for {@code text} and waits until it is the only row. */
    public void searchFor(String text) {
        searchForTheOnlyRow("ordersForm", "orders", text);
    }

    /** What the table shows, read again should an ajax update replace it meanwhile. */
    public String table() {
        return browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(TABLE).getText());
    }

    /** Opens the order in the table's (only) row. */
    public BackOfficeOrderPage openTheOrder() {
        browser.clickSettled(By.cssSelector("#ordersForm\\:orders_data .order-link"));
        return new BackOfficeOrderPage(browser);
    }

    /** Types into the search field (the filters apply on {@link #find()}). */
    public void typeSearch(String text) {
        browser.type(SEARCH, text);
    }

    /** Chooses a status (by its name) to filter by. */
    public void filterByStatus(String status) {
        browser.select(By.id("ordersForm:status")).selectByValue(status);
    }

    /** Types into the shop filter and picks what it suggests. */
    public void filterByShop(String text) {
        browser.find(By.id("ordersForm:shop_input")).sendKeys(text);
        browser.awaitClickable(By.cssSelector(".ui-autocomplete-item")).click();
    }

    /** Sets the "from" date picker's value as the browser sends it ({@code yyyy-mm-dd}). */
    public void filterFrom(String date) {
        browser.driver.executeScript("document.getElementById('ordersForm:from').value = '" + date + "'");
    }

    /**
     * Applies the filter form and waits until the table is drawn again: on a fresh database the rows
     * before and after may look alike, so only a new table says the answer has arrived.
     */
    public void find() {
        WebElement before = browser.find(TABLE);
        browser.click(By.id("ordersForm:find"));
        browser.wait.until(ExpectedConditions.stalenessOf(before));
    }

    /** Clears every filter and waits until the form is drawn again. */
    public void clearFilters() {
        WebElement filtered = browser.find(SEARCH);
        browser.click(By.id("ordersForm:clear"));
        browser.wait.until(ExpectedConditions.stalenessOf(filtered));
    }

    public void awaitRows(int count) {
        browser.wait.until(d -> d.findElements(ROWS).size() == count);
    }

    /** Waits until the table has one row and it says {@code text}. */
    public void awaitTheOnlyRow(String text) {
        browser.wait.until(d -> d.findElements(ROWS).size() == 1 && d.findElement(ROWS).getText().contains(text));
    }

    /** Waits until the table says {@code text}. */
    public void awaitTable(String text) {
        browser.awaitText(TABLE, text);
    }

    /** Posts the table's export link the way the page does and reads the CSV it answers. */
    public String exportCsv() {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('ordersForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('ordersForm:_idcl', 'ordersForm:orders:exportCsv');
                fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done, e => done('failed: ' + e));
                """);
    }
}
