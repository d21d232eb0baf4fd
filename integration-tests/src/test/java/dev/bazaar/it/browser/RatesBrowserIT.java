package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.MyShopPage;
import dev.bazaar.it.browser.pages.TaxAndShippingPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestVendors;

/** Shipping on "My shop" (owners set it, staff read it) and a platform admin's "Tax & shipping" page. */
class RatesBrowserIT extends BrowserTest {

    @Test
    void anOwnerSetsTheShopsShippingRateSeesItAndABadAmountChangesNothing() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
        MyShopPage myShop = MyShopPage.open(browser);
        myShop.awaitRate("NOK", "Bazaar default");

        myShop.saveRate("nok", "29", "300");

        myShop.awaitMessage("Standard delivery in NOK saved");
        myShop.awaitRate("NOK", "Your rate");
        assertTrue(myShop.rate("NOK").contains("300.00"), myShop.rate("NOK"));
        assertEquals("2900|30000", ownRate(shop));
        browser.screenshot("80-back-office-shop-shipping");

        myShop.saveRate("NOK", "-5", "");

        myShop.awaitMessage("The flat rate must be zero or more");
        assertEquals("2900|30000", ownRate(shop));

        myShop.removeRate("NOK");
        myShop.awaitMessage("Your rate in NOK removed");
        myShop.awaitRate("NOK", "Bazaar default");
        assertEquals(0, Database.count("select count(*) from shipping_rate where vendor_id = ?", shop.vendorId()));
    }

    @Test
    void staffSeeTheShopsShippingRatesWithoutAFormToChangeThem() {
        BackOfficeSignInPage.signIn(browser, DemoAccounts.NORDIC_STAFF, DemoAccounts.PASSWORD);
        MyShopPage myShop = MyShopPage.open(browser);

        myShop.awaitRates("EUR");
        assertFalse(myShop.canSaveRates());
        assertFalse(myShop.rateHasLinks("EUR"));
    }

    @Test
    void anAdminAddsChangesAndRemovesATaxRateAndAWrongRateChangesNothing() throws Exception {
        try {
            TaxAndShippingPage rates = BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openTaxAndShipping();
            rates.awaitShippingRates("EUR");

            rates.addTaxRate("cz", "21");
            rates.awaitMessage("(CZ) are taxed at 21 %.");
            rates.awaitTaxRate("CZ", "21 %");
            assertEquals("2100", taxRate("CZ"));

            rates.addTaxRate("CZ", "101");
            rates.awaitMessage("The tax rate must be between 0 and 100 %");
            assertEquals("2100", taxRate("CZ"));

            rates.changeTaxRate("CZ", "12.5");
            rates.awaitMessage("(CZ) are taxed at 12.5 %.");
            assertEquals("1250", taxRate("CZ"));
            browser.screenshot("81-back-office-tax-and-shipping");

            rates.removeTaxRate("CZ");
            rates.awaitMessage("(CZ) removed: Bazaar no longer delivers there.");
            assertFalse(rates.hasTaxRate("CZ"));
            assertEquals(0, Database.count("select count(*) from tax_rate where country = 'CZ'"));
        } finally {
            Database.update("delete from tax_rate where country = 'CZ'");
        }
    }

    private static String taxRate(String country) {
        return Database.single("select rate_bps from tax_rate where country = ?", country).orElseThrow();
    }

    private static String ownRate(TestVendors.Shop shop) {
        return Database.single("select flat_amount || '|' || coalesce(free_over_amount::text, '-') from shipping_rate"
                + " where vendor_id = ? and currency = 'NOK'", shop.vendorId()).orElseThrow();
    }
}
