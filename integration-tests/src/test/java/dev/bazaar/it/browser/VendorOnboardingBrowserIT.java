package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.SellPage;
import dev.bazaar.it.browser.pages.ShopPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.VendorPage;
import dev.bazaar.it.browser.pages.VendorsPage;
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

        applyToSell(email, slug);
        assertEquals("PENDING", Database.single("select status from vendor where slug = ?", slug).orElseThrow());
        anAdminApproves(slug);

        ShopPage shop = ShopPage.open(browser, slug);
        shop.awaitName("Pia's Pots");
        assertEquals("Pia's Pots · Bazaar", shop.title());
        SellPage.open(browser).awaitStatus("Approved");
        Mailbox.awaitMail(email, 2);
    }

    @Test
    void anAdminChangesThePlatformsDefaultCommissionAndANonsenseRateChangesNothing() throws Exception {
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        VendorsPage vendors = VendorsPage.open(browser);
        try {
            vendors.setDefaultCommission("a lot");
            vendors.awaitFormMessage("is not a percentage");
            assertEquals("1000", defaultCommission());

            vendors.setDefaultCommission("12.5");
            vendors.awaitFormMessage("now pay 12.5 % commission");
            assertEquals("1250", defaultCommission());
        } finally {
            Database.update("update platform_setting set value = '1000' where name = 'vendor.default-commission-bps'");
        }
    }

    @Test
    void aShopThatIsNotApprovedIsAFriendly404() {
        ShopPage.open(browser, "no-such-shop-here").awaitHeading("This shop is not on Bazaar");
    }

    /** From the storefront's "Sell on Bazaar": signs in, is told what is missing, then applies. */
    private void applyToSell(String email, String slug) throws IOException {
        SellPage sell = StorefrontPage.open(browser, "/").followSellLink().signInAs(email, PASSWORD, SellPage::new).awaitShown();
        sell.apply();
        sell.awaitForm("Shop name is required");
        sell.describeShop("Pia's Pots", slug, "Pia Potter Keramik GmbH", "HRB 123456", "DE", "EUR");
        browser.screenshot("30-storefront-sell-application");
        sell.apply();
        sell.awaitStatus("Waiting for review");
    }

    /** The admin works in a browser of their own: sign-ins are shared across Bazaar's web modules. */
    private static void anAdminApproves(String slug) throws IOException {
        try (Browser admin = new Browser()) {
            BackOfficeSignInPage.signIn(admin, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            VendorPage application = VendorsPage.open(admin).openShop(slug);
            application.awaitStatus("PENDING");
            admin.screenshot("31-back-office-shop-application");
            application.approve();
            application.awaitDecisionMessage("is approved");
            application.awaitStatus("APPROVED");
        }
    }

    private static String defaultCommission() {
        return Database.single("select value from platform_setting where name = 'vendor.default-commission-bps'").orElseThrow();
    }
}
