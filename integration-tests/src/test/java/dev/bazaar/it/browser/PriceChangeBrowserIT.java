package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.ProductEditorPage;
import dev.bazaar.it.browser.pages.ProductsPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.http.Database;

/**
 * A person's walk through the skeleton: find a product on the storefront, change its price in the
 * back office, and see the new price on the storefront.
 */
class PriceChangeBrowserIT extends BrowserTest {

    private static final String PRODUCT = "Birch Serving Tray";

    @Test
    void anAdminChangesAPriceAndTheStorefrontShowsIt() throws Exception {
        String oldPrice = storefrontPrice();
        browser.screenshot("01-storefront");
        String newPrice = new BigDecimal(oldPrice.replaceAll("[^0-9.]", "")).add(new BigDecimal("1.25")).toPlainString();

        ProductEditorPage tray = signInToTheProducts(DemoAccounts.ADMIN).find(PRODUCT);
        tray.setPrice(newPrice);
        tray.awaitMessage("Price of " + PRODUCT + " is now €" + newPrice + ".");
        assertEquals("€" + newPrice, tray.currentPrice());
        String newPriceInCents = new BigDecimal(newPrice).movePointRight(2).toPlainString();
        tray.awaitEvent("\"newPrice\":{\"amountMinor\":" + newPriceInCents); // the MDB recorded the event
        browser.screenshot("03-admin-price-saved");

        assertEquals("€" + newPrice, storefrontPrice());
        browser.screenshot("04-storefront-new-price");
    }

    @Test
    void aPriceThatIsNotANumberGetsAMessageAndChangesNothing() throws Exception {
        ProductEditorPage tray = signInToTheProducts(DemoAccounts.ADMIN).find(PRODUCT);
        String productName = tray.heading();
        String currentPrice = tray.currentPrice();

        tray.setPrice("twelve");

        tray.awaitPriceMessage("'twelve' is not a number");
        browser.screenshot("05-admin-bad-price");
        tray.reload();
        assertEquals(currentPrice, tray.currentPrice(), productName + " keeps its price");
    }

    @Test
    void aVendorManagerChangesTheirOwnShopsPricesAndNeverSeesAnotherShops() throws Exception {
        ProductEditorPage tin = signInToTheProducts(DemoAccounts.NORDIC_MANAGER).find("Rye Bread Tin"); // Nordic Kitchen Co.
        String ownPrice = new BigDecimal(tin.currentPrice().replaceAll("[^0-9.]", "")).add(new BigDecimal("0.01")).toPlainString();
        tin.setPrice(ownPrice);
        tin.awaitMessage("Price of Rye Bread Tin is now €" + ownPrice + ".");

        // another shop's products are not in a vendor's list, and their pages do not open
        ProductsPage.open(browser).filterByName("Gyokuro").awaitTable("No products match these filters.");
        String gyokuro = Database.single("select id from product where slug = 'gyokuro-50g'").orElseThrow();
        ProductEditorPage theirs = ProductEditorPage.open(browser, gyokuro);
        theirs.awaitMessage("No product with id " + gyokuro);
        assertFalse(theirs.canChangePrice());
        browser.screenshot("06-admin-other-vendors-product-hidden");
    }

    @Test
    void vendorStaffSeeTheirShopsProductsButNoFormsThatChangeThem() throws Exception {
        ProductEditorPage tin = signInToTheProducts(DemoAccounts.NORDIC_STAFF).find("Rye Bread Tin");

        assertFalse(tin.canChangePrice());
        assertFalse(tin.canEditDetails());
        assertFalse(tin.canAddVariants());
        assertFalse(tin.canUploadPictures());
        assertTrue(tin.variants().contains("€"));
    }

    private ProductsPage signInToTheProducts(String email) {
        return BackOfficeSignInPage.reachFrom(browser, ProductsPage.PATH).signInAs(email, DemoAccounts.PASSWORD, ProductsPage::new);
    }

    /** The product's price on its card in the storefront's search results. */
    private String storefrontPrice() {
        String price = SearchResultsPage.open(browser, PRODUCT).priceOf(PRODUCT);
        assertTrue(price.startsWith("€"), price);
        return price;
    }
}
