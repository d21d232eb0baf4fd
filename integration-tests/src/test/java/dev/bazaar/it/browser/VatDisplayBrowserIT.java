package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.bazaar.it.browser.pages.CheckoutPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;

/**
 * A shopper who ships to Germany (prices there include VAT) sees the product's price with the 19 % VAT
 * in it, and checkout shows the VAT the total includes instead of adding it on top.
 */
class VatDisplayBrowserIT extends BrowserTest {

    private static final String PASSWORD = "gross-prices-2026";

    @Test
    void aShopperShippingToGermanySeesPricesWithVatIncluded() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("VB", 5);
        String email = "vat-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        long account = TestAccounts.registerVerified(email, PASSWORD, "Greta Gross");
        HttpResponse<String> saved = Http.call("POST", "/api/v1/me/addresses", TestAccounts.logIn(account, email, PASSWORD).accessToken(),
                Json.createObjectBuilder().add("recipient", "Greta Gross").add("line1", "Hauptstraße 1").add("city", "Berlin")
                        .add("postalCode", "10115").add("country", "DE").add("defaultShipping", true).add("defaultBilling", true)
                        .build().toString());
        assertEquals(201, saved.statusCode(), saved.body());
        String slug = Database.single("select slug from product where id = ?", shop.productId()).orElseThrow();
        ProductPage asGuest = ProductPage.open(browser, slug);
        asGuest.awaitVariantPrice("199.00");
        StorefrontSignInPage.open(browser).signInAs(email, PASSWORD).awaitSignedInAs(email);

        ProductPage product = ProductPage.open(browser, slug);

        // 199.00 NOK + 19 % VAT
        product.awaitVariantPrice("236.81");
        browser.screenshot("95-product-price-with-vat");
        product.setQuantity("2");
        product.addToCart();
        product.awaitCartCount("2");
        browser.open("/checkout.xhtml");
        CheckoutPage checkout = new CheckoutPage(browser);
        // 2 × 236.81 + shipping 49.00 + 19 % = 58.31: 531.93 NOK, which includes 531.93 − (398.00 + 49.00) = 84.93 VAT
        checkout.awaitTotal("531.93");
        assertTrue(checkout.source().contains("Includes VAT (19 %)"), "the VAT is stated as included");
        assertTrue(browser.text(By.id("includedTax")).contains("84.93"), browser.text(By.id("includedTax")));
        assertTrue(checkout.source().contains("473.62"), "two units at 236.81 each");
        browser.screenshot("96-checkout-vat-included");
    }
}
