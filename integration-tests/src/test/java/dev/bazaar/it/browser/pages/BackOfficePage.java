package dev.bazaar.it.browser.pages;

import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** Any back-office page: the signed-in person, the navigation, the messages and signing out. */
public class BackOfficePage extends Page {

    private static final By CALLER = By.id("caller");
    private static final By ORDERS_NAV = By.id("ordersNav");
    private static final By MESSAGES = By.id("globalMessages");

    public BackOfficePage(Browser browser) {
        super(browser);
    }

    /** Who is signed in, once the page shows it. */
    public String caller() {
        return browser.awaitVisible(CALLER).getText();
    }

    /** Waits until the page shows who is signed in: the back office is open. */
    public BackOfficePage awaitCaller() {
        browser.awaitVisible(CALLER);
        return this;
    }

    /** Waits until the navigation can be used. */
    public BackOfficePage awaitNavigation() {
        browser.awaitClickable(ORDERS_NAV);
        return this;
    }

    public boolean hasLink(String text) {
        return browser.has(By.linkText(text));
    }

    public OrdersPage openOrders() {
        return follow(ORDERS_NAV, OrdersPage::new);
    }

    public DashboardPage openDashboard() {
        return follow(By.linkText("Dashboard"), DashboardPage::new);
    }

    public TaxAndShippingPage openTaxAndShipping() {
        return follow(By.linkText("Tax & shipping"), TaxAndShippingPage::new);
    }

    public PaymentsPage openPayments() {
        return follow(By.id("paymentsNav"), PaymentsPage::new);
    }

    public MoneyPage openMoney() {
        return follow(By.id("moneyNav"), MoneyPage::new);
    }

    public DeadLettersPage openDeadLetters() {
        return follow(By.linkText("Dead letters"), DeadLettersPage::new);
    }

    private <P extends Page> P follow(By link, Function<Browser, P> page) {
        browser.awaitClickable(link).click();
        return page.apply(browser);
    }

    public BackOfficeSignInPage signOut() {
        browser.awaitClickable(By.id("sessionForm:signOut")).click();
        return new BackOfficeSignInPage(browser);
    }

    /** The sidebar's groups, as their headings read, in order. */
    public List<String> navigationGroups() {
        return browser.findAll(By.cssSelector("#sidebar .nav-group")).stream().map(g -> g.getAttribute("textContent").strip()).toList();
    }

    /** The sidebar's links, as they read (without a count beside them), in order. */
    public List<String> navigationLinks() {
        return browser.findAll(By.cssSelector("#sidebar a")).stream()
                .map(a -> a.getAttribute("textContent").replaceAll("\\d+", "").strip()).toList();
    }

    /** The link of the page shown, which the sidebar marks as current. */
    public String currentNavigationLink() {
        return browser.find(By.cssSelector("#sidebar a.current")).getAttribute("id");
    }

    /** The number beside the review queue's link. */
    public long reviewCount() {
        return Long.parseLong(browser.find(By.id("reviewCount")).getAttribute("textContent").strip());
    }

    /** Ticks the box in the table's header that selects every row it shows ({@code tableId} as in {@code form:table}). */
    public void selectEveryRowShown(String tableId) {
        browser.awaitClickable(By.cssSelector("#" + tableId.replace(":", "\\:") + " thead .ui-chkbox-box")).click();
    }

    /**
     * Shows {@code rows} rows a page in the table ({@code form:table}) and waits until it shows that many
     * (it must hold more).
     */
    public void showRowsPerPage(String tableId, int rows) {
        String table = "#" + tableId.replace(":", "\\:");
        browser.select(By.cssSelector(table + " select.ui-paginator-rpp-options")).selectByValue(String.valueOf(rows));
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(table + "_data tr[data-ri]")).size() == rows);
    }

    /**
     * Follows the offer (once every row of the page is ticked) to select every row that matches the filters,
     * on every page, and waits until the page says {@code count} are selected.
     */
    public void selectAllMatching(long count) {
        browser.awaitClickable(By.cssSelector("[id$=':selectAllMatching']")).click();
        browser.awaitText(By.id("matchingCount"), String.valueOf(count));
    }

    /** What the bulk bar says about the rows selected beyond the page ("All 25 products that match ..."). */
    public String selectAllNotice() {
        return browser.find(By.cssSelector("[id$=':selectAll']")).getText();
    }

    /** Presses a bulk action's button ({@code form:button}) and waits until the page's messages say {@code text}. */
    public void bulk(String buttonId, String message) {
        browser.clickSettled(By.id(buttonId));
        awaitMessage(message);
    }

    /** Presses a bulk action's button, says yes when it asks to be sure, and waits until the page's messages say {@code text}. */
    public void bulkConfirmed(String buttonId, String message) {
        browser.clickSettled(By.id(buttonId));
        browser.acceptAlert();
        awaitMessage(message);
    }

    /** The rows the last bulk action refused, each with its reason. */
    public String bulkRefusals() {
        return browser.awaitVisible(By.cssSelector(".bulk-report")).getText();
    }

    /** Waits until the page's messages say {@code text}. */
    public void awaitMessage(String text) {
        browser.awaitText(MESSAGES, text);
    }

    /** What the page's messages say now. */
    public String messages() {
        return browser.text(MESSAGES);
    }

    /** Waits until the back office answers that the signed-in person may not see this. */
    public void awaitForbidden() {
        browser.wait.until(d -> d.getPageSource().contains("403") || d.getPageSource().contains("AuthorizationFailed"));
    }

    /** A row of one of the back office's tables, with its cells and the details it opens to. */
    protected class Row {

        private final WebElement row;

        protected Row(WebElement row) {
            this.row = row;
        }

        /** What the row's cell with this class says. */
        protected String cell(String className) {
            return row.findElement(By.className(className)).getText();
        }

        /** Clicks the row's button labelled {@code label}. */
        protected void press(String label) {
            row.findElement(By.xpath(".//button[.//span[text()='" + label + "']]")).click();
        }

        /** Opens the row's details and returns {@code element} in them, once it shows. */
        protected WebElement expand(By element) {
            row.findElement(By.className("ui-row-toggler")).click();
            return browser.awaitVisible(element);
        }
    }

    /**
     * On a page with a search bar ({@code form:search}, {@code form:find}) over a lazy table
     * ({@code form:table}): searches for {@code text} and waits until it is the only row.
     */
    protected WebElement searchForTheOnlyRow(String form, String table, String text) {
        browser.find(By.id(form + ":search")).sendKeys(text);
        browser.click(By.id(form + ":find"));
        By rows = By.cssSelector("#" + form + "\\:" + table + "_data tr");
        // the ajax update replaces the table while it is read: a stale element only means "look again"
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).size() == 1 && d.findElement(By.id(form + ":" + table + "_data")).getText().contains(text));
        return browser.find(rows);
    }
}
