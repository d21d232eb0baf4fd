package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.DashboardPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;

/** The sales dashboard: a shop owner's chart and best seller, a new shop's empty state, and the admins' platform view. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void aShopOwnerSeesTheirSalesChartAndTopProductAndAnAdminThePlatforms() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("DB", 4);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 3);
        String number = TestShopping.placedOrder(customer).getString("number");
        HttpResponse<String> paid = Http.withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, paid.statusCode(), paid.body());
        awaitSale(stocked.shop().vendorId());

        theOwnerSeesTheSaleInTheirChart(stocked);
        anAdminSeesThePlatformThenPicksTheShop(stocked);
    }

    @Test
    void aShopThatHasNotSoldYetIsToldSoWithoutAChart() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);

        DashboardPage dashboard = DashboardPage.open(browser);

        dashboard.awaitNoSales("No sales yet");
        assertFalse(dashboard.hasChart());
    }

    private void theOwnerSeesTheSaleInTheirChart(TestShopping.StockedShop stocked) throws IOException {
        DashboardPage dashboard = BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD)
                .openDashboard();

        dashboard.awaitChart();
        dashboard.awaitTopProducts("Stoneware Mug");
        assertEquals("Fjord Ceramics", dashboard.scope(), "the shop's own figures");
        assertEquals("3", dashboard.units());
        dashboard.awaitSaleInChart(); // today's sale, drawn as a bar
        browser.screenshot("80-back-office-dashboard-shop");
    }

    private static void anAdminSeesThePlatformThenPicksTheShop(TestShopping.StockedShop stocked) throws IOException {
        try (Browser admin = new Browser()) {
            BackOfficeSignInPage.signIn(admin, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            DashboardPage dashboard = DashboardPage.open(admin);
            dashboard.awaitScope("Whole platform");
            dashboard.awaitChart();
            admin.screenshot("81-back-office-dashboard-platform");

            // many shops have sold by now: narrow the list to this one, as an admin would, and pick it
            dashboard.chooseShop("Fjord Ceramics", stocked.shop().vendorId());
            dashboard.awaitScope("Fjord Ceramics");
            dashboard.awaitUnits("3");
            assertTrue(dashboard.topProducts().contains("Stoneware Mug"));
        }
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
