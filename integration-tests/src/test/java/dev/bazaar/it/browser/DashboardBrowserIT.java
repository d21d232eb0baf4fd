package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;

/** The sales dashboard: a shop owner's chart and best seller, a new shop's empty state, and the admins' platform view. */
class DashboardBrowserIT extends BrowserTest {

    private static final By CHART = By.cssSelector("#dashboardForm\\:salesChart canvas");

    @Test
    void aShopOwnerSeesTheirSalesChartAndTopProductAndAnAdminThePlatforms() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("DB", 4);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 3);
        String number = TestShopping.placedOrder(customer).getString("number");
        HttpResponse<String> paid = Http.withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, paid.statusCode(), paid.body());
        awaitSale(stocked.shop().vendorId());

        browser.signInToBackOffice(stocked.shop().owner().email(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.driver.findElement(By.linkText("Dashboard")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(CHART));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboardForm:topProducts"), "Stoneware Mug"));
        assertEquals("Fjord Ceramics", browser.driver.findElement(By.id("scope")).getText(), "the shop's own figures");
        assertEquals("3", browser.driver.findElement(By.cssSelector(".headline .units")).getText());
        // the chart drew today's sale as a bar
        wait.until(d -> (Boolean) browser.driver.executeScript("const w = PF('widget_dashboardForm_salesChart');"
                + " return !!(w && w.chart && w.chart.data.datasets[0].data.some(v => v > 0));"));
        browser.screenshot("80-back-office-dashboard-shop");

        try (Browser admin = new Browser()) {
            admin.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            WebDriverWait adminWait = new WebDriverWait(admin.driver, Duration.ofSeconds(30));
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            admin.open("/admin/dashboard.xhtml");
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scope"), "Whole platform"));
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(CHART));
            admin.screenshot("81-back-office-dashboard-platform");

            // many shops have sold by now: narrow the list to this one, as an admin would, and pick it
            admin.driver.findElement(By.id("dashboardForm:shop")).click();
            adminWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.ui-selectonemenu-filter")))
                    .sendKeys("(shop " + stocked.shop().vendorId() + ")");
            adminWait.until(d -> d.findElements(By.cssSelector("li.ui-selectonemenu-item[data-label^='Fjord Ceramics (shop ']"))
                    .stream().filter(WebElement::isDisplayed).count() == 1);
            String shopItem = "li[data-label='Fjord Ceramics (shop " + stocked.shop().vendorId() + ")']";
            adminWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(shopItem))).click();
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scope"), "Fjord Ceramics"));
            adminWait.until(ExpectedConditions.textToBe(By.cssSelector(".headline .units"), "3"));
            assertTrue(admin.driver.findElement(By.id("dashboardForm:topProducts")).getText().contains("Stoneware Mug"));
        }
    }

    @Test
    void aShopThatHasNotSoldYetIsToldSoWithoutAChart() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        browser.signInToBackOffice(shop.owner().email(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));

        browser.open("/admin/dashboard.xhtml");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboardForm:noSales"), "No sales yet"));
        assertTrue(browser.driver.findElements(CHART).isEmpty());
    }

    /** The analytics consumer adds the sale a moment after the payment commits. */
    private static void awaitSale(long vendorId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Database.count("select count(*) from sales_daily where vendor_id = ? and orders > 0", vendorId) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sale never reached the sales figures of shop " + vendorId);
            }
            Thread.sleep(250);
        }
    }
}
