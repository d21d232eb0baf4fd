package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.PageAudit.Viewport;
import dev.bazaar.it.browser.pages.BackOfficePage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.ProductEditorPage;
import dev.bazaar.it.browser.pages.ProductsPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestBroker;
import dev.bazaar.it.http.TestCardOrders;
import dev.bazaar.it.http.TestShopping;

/**
 * The back office's frame: the dashboard is where it starts, the sidebar groups the pages by task and
 * shows each role its own, the review queue counts what waits, the main pages (an admin's and a shop
 * owner's, with rows in their tables) pass {@link PageAudit}'s checks on a laptop (1366 px) and a phone
 * (390 px, where the sidebar is a drawer): no sideways scrolling, no serious or critical axe-core
 * violation. The editor has no developers' panel, and a mistyped address gets a branded page.
 * Screenshots of each page at each width are saved.
 */
class BackOfficeLayoutBrowserIT extends BrowserTest {

    /** A shop with a paid order (its dashboard shows a chart and top products) and one to accept: no table is checked empty. */
    private static TestShopping.StockedShop selling;
    /** The paid order's number (BZ100001), as an admin opens it, and its shop's part (BZ100001-1), as the shop does. */
    private static String paidOrder;
    private static String paidPart;

    @BeforeAll
    static void aShopThatSellsAndADeadLetter() {
        selling = TestShopping.stockedShop("LZ", 6);
        paidOrder = TestShopping.placedOrder(TestShopping.customerWith(selling.large(), 2)).getString("number");
        paidPart = Database.single("select vo.number from vendor_order vo join order_group g on g.id = vo.order_group_id"
                + " where g.number = ?", paidOrder).orElseThrow();
        HttpResponse<String> marked = Http.withToken("POST", "/api/v1/admin/orders/" + paidOrder + "/mark-paid",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, marked.statusCode(), marked.body());
        TestShopping.placedOrder(TestShopping.customerWith(selling.small(), 1));
        TestBroker.deadLetter("bazaar.events::order-notifications", "not an event",
                Map.of("type", "layout.poison", "eventId", UUID.randomUUID().toString()));
        TestCardOrders.await(() -> Database.count("select count(*) from sales_daily where vendor_id = ? and orders > 0",
                selling.shop().vendorId()) > 0, "the sale in the shop's sales figures");
    }

    @Test
    void anAdminLandsOnTheDashboardWithEveryGroupAndTheReviewQueueCount() {
        BackOfficePage start = BackOfficeSignInPage.reachFrom(browser, "/admin/").signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        start.awaitCaller();
        browser.awaitText(By.tagName("h1"), "Sales");
        assertEquals("dashboardNav", start.currentNavigationLink());
        assertEquals(List.of("Sell", "Money", "Platform", "Records"), start.navigationGroups());
        assertTrue(start.navigationLinks().containsAll(List.of("Dashboard", "Products", "Orders", "Money", "Payments",
                "Tax & shipping", "Review queue", "Shops", "Categories", "Users", "Dead letters", "Outgoing mail",
                "Security audit", "Event log")), start.navigationLinks().toString());
        assertFalse(start.navigationLinks().contains("My shop"), "an admin has no shop");
        long waiting = Database.count("select count(*) from product where status = 'PENDING_REVIEW'")
                + Database.count("select count(*) from vendor where status = 'PENDING'");
        assertEquals(waiting, start.reviewCount());
    }

    @Test
    void aShopOwnerSeesTheirShopsGroupsAndNoPlatformPages() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("LY", 3);

        BackOfficePage start = BackOfficeSignInPage.reachFrom(browser, "/admin/")
                .signInAs(stocked.shop().owner().email(), TestAccounts.PASSWORD);

        start.awaitCaller();
        browser.awaitText(By.tagName("h1"), "Sales");
        assertEquals(List.of("Sell", "Money", "Records"), start.navigationGroups());
        assertEquals(List.of("Dashboard", "Products", "Orders", "My shop", "Money", "Event log"), start.navigationLinks());
        assertFalse(browser.has(By.id("reviewCount")), "the review queue is the admins'");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theMainPagesFitTheWindowAndPassAxe(Viewport viewport) throws IOException {
        long demoProduct = Long.parseLong(Database.single("select min(id) from product where status = 'ACTIVE'").orElseThrow());
        PageAudit audit = new PageAudit(browser).use(viewport);

        BackOfficeSignInPage.reach(browser).awaitForm();
        audit.check("97-back-office-sign-in");
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        for (String page : List.of("dashboard", "index", "orders", "review", "customer-reviews", "vendors", "money", "dead-letters", "rates",
                "users", "categories", "mail", "audit", "events", "payments", "synonyms", "search-analytics", "product?id=" + demoProduct,
                "order?number=" + paidOrder, "vendor?id=" + selling.shop().vendorId())) {
            check(audit, "admin", page);
        }
        new BackOfficePage(browser).signOut().awaitForm();
        BackOfficeSignInPage.signIn(browser, selling.shop().owner().email(), TestAccounts.PASSWORD);
        for (String page : List.of("dashboard", "index", "orders", "shop", "money", "product?id=" + selling.productId(),
                "order?number=" + paidPart, "product-new")) {
            check(audit, "shop", page);
        }
        // what shows only on demand: the CSV import's fold and the editor's pictures tab, each with a file field
        ProductsPage.open(browser).openImport();
        audit.check("97-back-office-shop-import");
        ProductEditorPage.open(browser, selling.productId()).showTab("Pictures");
        audit.check("97-back-office-shop-product-pictures");
    }

    @Test
    void onAPhoneTheSidebarIsADrawerTheMenuButtonOpensAndEscapeCloses() throws IOException {
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        new PageAudit(browser).use(Viewport.PHONE);
        browser.open("/admin/dashboard.xhtml");
        browser.awaitVisible(By.id("menuToggle"));
        assertFalse(browser.find(By.id("ordersNav")).isDisplayed(), "the drawer starts closed");

        browser.click(By.id("menuToggle"));

        browser.awaitVisible(By.id("ordersNav"));
        assertEquals("true", browser.find(By.id("menuToggle")).getAttribute("aria-expanded"));
        browser.screenshot("95-back-office-drawer-390");
        browser.find(By.id("dashboardNav")).sendKeys(Keys.ESCAPE);
        browser.wait.until(d -> !d.findElement(By.id("ordersNav")).isDisplayed());
    }

    @Test
    void theProductEditorHasNoEventsPanelButLinksToTheProductsEvents() {
        long demoProduct = Long.parseLong(Database.single("select min(id) from product where status = 'ACTIVE'").orElseThrow());
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        ProductEditorPage editor = ProductEditorPage.open(browser, demoProduct);

        editor.showTab("Variants & prices");
        assertEquals(List.of("Details", "Variants & prices", "Pictures"), editor.tabs(), "an admin keeps no stock");
        assertEquals(1, editor.saveButtons(), "one Save for every tab");
        assertFalse(browser.has(By.id("eventsForm")), "no developers' events panel in the editor");
        browser.click(By.id("statusForm:productEvents"));
        browser.awaitText(By.cssSelector(".content p.muted"), "of " + demoProduct + " only");
    }

    @Test
    void aMistypedAddressGetsTheBackOfficesOwnPage() throws IOException {
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        browser.open("/admin/no-such-page.xhtml");

        browser.awaitText(By.id("errorTitle"), "There is no such page");
        assertTrue(browser.has(By.id("toDashboard")));
        assertFalse(browser.driver.getPageSource().contains("Error 404: "), "not Liberty's bare page");
        new PageAudit(browser).use(Viewport.DESKTOP).check("96-back-office-404");
    }

    /** Opens the back-office page ({@code index} or {@code product?id=1}) and runs every check of the audit on it. */
    private void check(PageAudit audit, String who, String page) throws IOException {
        browser.open("/admin/" + (page.contains("?") ? page.replace("?", ".xhtml?") : page + ".xhtml"));
        browser.awaitVisible(By.tagName("h1"));
        audit.check("97-back-office-" + who + "-" + page.replaceAll("=.*", "").replaceAll("[^a-z-]", ""));
        // the page's messages are announced to screen readers: attributes a component does not know must be pt: ones
        for (WebElement region : browser.findAll(By.cssSelector("div[id$='essages']"))) {
            String id = region.getAttribute("id");
            assertEquals("status", region.getAttribute("role"), page + ": #" + id + " has no role");
            assertEquals("polite", region.getAttribute("aria-live"), page + ": #" + id + " is not announced");
        }
    }
}
