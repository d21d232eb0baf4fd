package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** The sales dashboard: a shop's own figures, or the whole platform's (or one shop's) for an admin. */
public final class DashboardPage extends BackOfficePage {

    private static final By CHART = By.cssSelector("#dashboardForm\\:salesChart canvas");
    private static final By SCOPE = By.id("scope");
    private static final By UNITS = By.cssSelector(".headline .units");
    private static final By TOP_PRODUCTS = By.id("dashboardForm:topProducts");

    public DashboardPage(Browser browser) {
        super(browser);
    }

    public static DashboardPage open(Browser browser) {
        browser.open("/admin/dashboard.xhtml");
        return new DashboardPage(browser);
    }

    public void awaitChart() {
        browser.awaitVisible(CHART);
    }

    public boolean hasChart() {
        return browser.has(CHART);
    }

    /** Waits until the chart has drawn a sale as a bar. */
    public void awaitSaleInChart() {
        browser.wait.until(d -> (Boolean) browser.driver.executeScript("const w = PF('widget_dashboardForm_salesChart');"
                + " return !!(w && w.chart && w.chart.data.datasets[0].data.some(v => v > 0));"));
    }

    /** Whose figures these are. */
    public String scope() {
        return browser.text(SCOPE);
    }

    public void awaitScope(String text) {
        browser.awaitText(SCOPE, text);
    }

    /** The headline's units sold. */
    public String units() {
        return browser.text(UNITS);
    }

    public void awaitUnits(String units) {
        browser.wait.until(ExpectedConditions.textToBe(UNITS, units));
    }

    public String topProducts() {
        return browser.text(TOP_PRODUCTS);
    }

    public void awaitTopProducts(String text) {
        browser.awaitText(TOP_PRODUCTS, text);
    }

    public void awaitNoSales(String text) {
        browser.awaitText(By.id("dashboardForm:noSales"), text);
    }

    /**
     * An admin's pick of one shop: many shops have sold by now, so the list is narrowed to this one
     * (by its id, as the list labels it "name (shop id)") before it is picked.
     */
    public void chooseShop(String name, long vendorId) {
        browser.click(By.id("dashboardForm:shop"));
        browser.awaitClickable(By.cssSelector("input.ui-selectonemenu-filter")).sendKeys("(shop " + vendorId + ")");
        browser.wait.until(d -> d.findElements(By.cssSelector("li.ui-selectonemenu-item[data-label^='" + name + " (shop ']"))
                .stream().filter(WebElement::isDisplayed).count() == 1);
        browser.awaitClickable(By.cssSelector("li[data-label='" + name + " (shop " + vendorId + ")']")).click();
    }
}
