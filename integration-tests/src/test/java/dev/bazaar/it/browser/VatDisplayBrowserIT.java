package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.bazaar.it.browser.pages.CartPage;
import dev.bazaar.it.browser.pages.CheckoutPage;
import dev.bazaar.it.browser.pages.OrderPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;

/**
 * A shopper who ships to Germany (prices there include VAT) sees the product's price with the 19 % VAT
 * in it, the cart's lines and subtotal with it (and the VAT they include), checkout the VAT the total
 * includes instead of adding it on top, and the placed order's page the same figures as checkout.
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
        browser.open("/cart.xhtml");
        CartPage cart = new CartPage(browser);
        cart.awaitShops(1);
        assertEquals("236.81", digits(browser.text(By.cssSelector(".cart-line .unit-price"))));
        assertEquals("473.62", digits(browser.text(By.cssSelector(".cart-line .amount"))), "2 × 236.81");
        assertEquals("473.62", digits(browser.text(By.id("cartTotal"))));
        // 473.62 shown − 398.00 net
        String vat = browser.text(By.id("cartForm:cartVat"));
        assertTrue(vat.contains("of which VAT 19 %") && vat.endsWith("75.62)"), vat);
        assertFalse(browser.text(By.cssSelector(".cart-shop .subtotal")).contains("and tax"), "no tax is added on top");
        browser.screenshot("95b-cart-vat-included");
        CheckoutPage checkout = cart.checkout();
        // 2 × 236.81 + shipping 49.00 + 19 % = 58.31: 531.93 NOK, which includes 531.93 − (398.00 + 49.00) = 84.93 VAT
        checkout.awaitTotal("531.93");
        assertTrue(checkout.source().contains("Includes VAT (19 %)"), "the VAT is stated as included");
        assertTrue(browser.text(By.id("includedTax")).contains("84.93"), browser.text(By.id("includedTax")));
        assertTrue(checkout.source().contains("473.62"), "two units at 236.81 each");
        browser.screenshot("96-checkout-vat-included");

        OrderPage order = checkout.placeOrder();
        String number = order.number();

        assertEquals("473.62", digits(browser.text(By.cssSelector(".order-part .summary-lines .amount"))), "the line as checkout showed it");
        assertEquals("473.62", digits(browser.text(By.id("orderItems"))));
        assertEquals("531.93", digits(browser.text(By.id("orderTotal"))));
        assertEquals("84.93", digits(browser.text(By.id("includedTax"))), "the VAT the total includes");
        assertFalse(browser.has(By.id("orderTax")), "no tax on top");
        assertEquals("53193/8493/true", Database.single("select total_amount || '/' || tax_amount || '/' || prices_include_tax"
                + " from order_group where number = ?", number).orElseThrow(), "charged exactly what was shown");
        browser.screenshot("97-order-vat-included");
    }

    /** The amount in a shown price ("473.62 NOK" → "473.62"). */
    private static String digits(String price) {
        return price.replaceAll("[^0-9.,]", "");
    }
}
