package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import dev.bazaar.it.browser.pages.BackOfficePage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.ProductEditorPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;

/**
 * The back office's frame: the dashboard is where it starts, the sidebar groups the pages by task and
 * shows each role its own, the review queue counts what waits, the main pages never scroll sideways on a
 * laptop (1366 px) or a phone (390 px, where the sidebar is a drawer), the editor has no developers'
 * panel, and a mistyped address gets a branded page. Screenshots of each page at each width are saved.
 */
class BackOfficeLayoutBrowserIT extends BrowserTest {

    private static final int LAPTOP = 1366;
    private static final int PHONE = 390;

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

    @Test
    void theMainPagesNeverScrollSidewaysOnALaptopOrAPhone() throws IOException {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("LZ", 3);
        long demoProduct = Long.parseLong(Database.single("select min(id) from product where status = 'ACTIVE'").orElseThrow());
        List<String> overflowing = new ArrayList<>();

        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        for (String page : List.of("dashboard", "index", "orders", "review", "vendors", "money", "dead-letters", "rates",
                "product?id=" + demoProduct)) {
            overflowing.addAll(overflowAtBothWidths("admin", page));
        }
        new BackOfficePage(browser).signOut().awaitForm();
        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        for (String page : List.of("dashboard", "index", "orders", "shop", "money", "product?id=" + stocked.productId())) {
            overflowing.addAll(overflowAtBothWidths("shop", page));
        }

        assertEquals(List.of(), overflowing, "pages wider than the window");
    }

    @Test
    void onAPhoneTheSidebarIsADrawerTheMenuButtonOpensAndEscapeCloses() throws IOException {
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        emulateWidth(PHONE);
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
        browser.screenshot("96-back-office-404");
    }

    /** The page at a laptop's and a phone's width: what overflows (as "who page width: n px wide"), screenshots of both. */
    private List<String> overflowAtBothWidths(String who, String page) throws IOException {
        List<String> overflowing = new ArrayList<>();
        for (int width : List.of(LAPTOP, PHONE)) {
            emulateWidth(width);
            browser.open("/admin/" + (page.contains("?") ? page.replace("?", ".xhtml?") : page + ".xhtml"));
            browser.awaitVisible(By.tagName("h1"));
            long pageWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
            long windowWidth = (Long) browser.driver.executeScript("return document.documentElement.clientWidth;");
            if (pageWidth > windowWidth) {
                overflowing.add(who + " " + page + " at " + width + ": " + pageWidth + " px wide, " + widest() );
            }
            browser.screenshot("97-back-office-" + who + "-" + page.replaceAll("[^a-z-]", "") + "-" + width);
        }
        return overflowing;
    }

    /** The element that sticks out furthest to the right: what to fix when a page overflows. */
    private String widest() {
        return (String) browser.driver.executeScript("let worst = null, right = 0;"
                + " for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect().right;"
                + " if (r > right) { right = r; worst = e; } }"
                + " return worst ? worst.tagName + '#' + worst.id + '.' + worst.className + ' ends at ' + Math.round(right) : '';");
    }

    /** Makes the window {@code width} CSS pixels wide, as a phone's (touch, mobile viewport) below 768. */
    private void emulateWidth(int width) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 768));
    }
}
