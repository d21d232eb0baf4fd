package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;

/** Someone applies to sell on the storefront; a platform admin approves the shop in the back office. */
class VendorOnboardingBrowserIT extends BrowserTest {

    private static final String PASSWORD = "pottery-wheel-2026";

    @Test
    void aPersonAppliesToSellAndAnAdminApprovesTheShop() throws Exception {
        String email = "potter-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        String slug = "pots-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.registerVerified(email, PASSWORD, "Pia Potter");

        browser.open("/");
        browser.driver.findElement(By.id("sellLink")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        type("loginForm:email", email);
        type("loginForm:password", PASSWORD);
        browser.driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/sell.xhtml"));

        browser.driver.findElement(By.id("applicationForm:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicationForm"), "Shop name is required"));
        type("applicationForm:shopName", "Pia's Pots");
        type("applicationForm:slug", slug);
        type("applicationForm:legalName", "Pia Potter Keramik GmbH");
        type("applicationForm:registrationNumber", "HRB 123456");
        new Select(browser.driver.findElement(By.id("applicationForm:country"))).selectByValue("DE");
        new Select(browser.driver.findElement(By.id("applicationForm:payoutCurrency"))).selectByValue("EUR");
        browser.screenshot("30-storefront-sell-application");
        browser.driver.findElement(By.id("applicationForm:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicationStatus"), "PENDING"));
        assertEquals("PENDING", Database.single("select status from vendor where slug = ?", slug).orElseThrow());

        // the admin works in a browser of their own: sign-ins are shared across Bazaar's web modules
        try (Browser admin = new Browser()) {
            WebDriverWait adminWait = new WebDriverWait(admin.driver, Duration.ofSeconds(30));
            admin.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            admin.open("/admin/vendors.xhtml");
            searchForTheOnlyRow(admin, adminWait, "vendorsForm", "vendors", slug);
            clickSettled(adminWait, By.cssSelector("#vendorsForm\\:vendors_data .vendor-name"));
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "PENDING"));
            admin.screenshot("31-back-office-shop-application");
            admin.driver.findElement(By.id("decisionForm:approve")).click();
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisionForm:messages"), "is approved"));
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "APPROVED"));
        }

        browser.open("/shops/" + slug);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shopName"), "Pia's Pots"));
        assertEquals("Pia's Pots · Bazaar", browser.driver.getTitle());
        browser.open("/sell.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicationStatus"), "APPROVED"));
        Mailbox.awaitMail(email, 2);
    }

    @Test
    void anAdminChangesThePlatformsDefaultCommissionAndANonsenseRateChangesNothing() throws Exception {
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.open("/admin/vendors.xhtml");
        try {
            type("commissionForm:defaultCommission", "a lot");
            browser.driver.findElement(By.id("commissionForm:saveDefault")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendorsForm:messages"), "is not a percentage"));
            assertEquals("1000", defaultCommission());

            type("commissionForm:defaultCommission", "12.5");
            browser.driver.findElement(By.id("commissionForm:saveDefault")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendorsForm:messages"), "now pay 12.5 % commission"));
            assertEquals("1250", defaultCommission());
        } finally {
            Database.update("update platform_setting set value = '1000' where name = 'vendor.default-commission-bps'");
        }
    }

    private static String defaultCommission() {
        return Database.single("select value from platform_setting where name = 'vendor.default-commission-bps'").orElseThrow();
    }

    @Test
    void aShopThatIsNotApprovedIsAFriendly404() {
        browser.open("/shops/no-such-shop-here");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "This shop is not on Bazaar"));
    }
}
