package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.MyShopPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestVendors;

/** Issue 17: a shop's owner connects its Stripe account from "My shop", through Stripe's onboarding (the stand-in's) and back. */
class StripeConnectBrowserIT extends BrowserTest {

    @Test
    void anOwnerConnectsTheShopsStripeAccountAndSeesItReadyForPayouts() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
        MyShopPage page = MyShopPage.open(browser);
        assertEquals("Not connected", page.stripeStatus());

        page.connectStripe();

        assertTrue(Database.single("select stripe_account_id from connected_account where vendor_id = ?", shop.vendorId())
                .orElseThrow().startsWith("acct_"));
        Instant deadline = Instant.now().plusSeconds(30);
        while (!page.stripeStatus().startsWith("Connected") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            page = MyShopPage.open(browser); // account.updated may arrive just after the owner is back
        }
        assertEquals("Connected: payouts enabled", page.stripeStatus());
        assertFalse(page.offersStripeConnection(), "nothing left to connect");
        browser.screenshot("92-back-office-stripe-connected");
    }
}
