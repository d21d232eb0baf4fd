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
import dev.bazaar.it.browser.pages.GuestCheckoutPage;
import dev.bazaar.it.browser.pages.GuestOrderPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;

/**
 * Checking out without an account, in the browser: the guest fills a cart, checks out with an e-mail
 * address, opens the order's page from the mailed link in another browser and cancels the order there
 * (the stock is released). And signing in at
 * checkout: the cart the visitor filled shows on the checkout page straight after sign-in.
 */
class GuestCheckoutBrowserIT extends BrowserTest {

    private static final String PASSWORD = "guest-then-member-2026";

    @Test
    void aGuestChecksOutWithAnEmailAddressAndOpensTheOrderFromTheMailedLink() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GB", 5);
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        CartPage cart = aGuestFillsACart(shop);
        browser.click(By.id("guestCheckout"));
        GuestCheckoutPage checkout = new GuestCheckoutPage(browser);

        checkout.contactAndShipTo(email, "Gustav Guest", "Karl Johans gate 1", "0154", "Oslo", "NO");
        // 2 × 199 NOK goods, 49 NOK shipping, 25 % tax
        checkout.awaitTotal("558.75");
        browser.screenshot("90-guest-checkout");
        GuestOrderPage order = checkout.placeOrder();

        String number = order.number();
        assertTrue(order.placedBanner().contains(email), order.placedBanner());
        assertTrue(order.paymentInstructions().contains(number), order.paymentInstructions());
        assertTrue(order.payBefore().startsWith("Pay by"), order.payBefore());
        assertEquals("0", order.cartCount());
        assertTrue(browser.text(By.id("orderTax")).contains("111.75"), "to Norway the tax comes on top: " + browser.text(By.id("orderTax")));
        assertFalse(browser.has(By.id("includedTax")));
        browser.screenshot("91-guest-order-placed");
        String link = Mailbox.awaitSubject(email, "Your Bazaar order " + number).link("/guest-order.xhtml");
        try (Browser elsewhere = new Browser()) {
            GuestOrderPage mailed = GuestOrderPage.follow(elsewhere, link);
            assertEquals(number, mailed.number());
            assertTrue(mailed.parts().get(0).contains("Awaiting payment"), mailed.parts().get(0));
            assertTrue(mailed.paymentInstructions().contains(number));
            elsewhere.screenshot("92-guest-order-from-mail");
            String part = Database.single("select v.number from vendor_order v join order_group g on g.id = v.order_group_id where g.number = ?",
                    number).orElseThrow();
            mailed.cancelFirstPart("Part " + part + " is cancelled");
            assertTrue(mailed.parts().get(0).contains("Cancelled"), mailed.parts().get(0));
            assertFalse(mailed.canCancel(), "nothing left to cancel");
            assertEquals("CANCELLED", Database.single("select status from vendor_order where number = ?", part).orElseThrow());
            assertEquals("5/0", TestShopping.stock(shop.small()), "the reservation is released");
            elsewhere.screenshot("92b-guest-order-cancelled-from-mail");
            GuestOrderPage madeUp = GuestOrderPage.follow(elsewhere, link.substring(0, link.indexOf("token=") + 6) + "made-up");
            assertTrue(madeUp.notFound().contains("opens no order"));
            assertFalse(madeUp.source().contains(number));
        }
    }

    @Test
    void theCartShowsAtCheckoutStraightAfterSigningInThere() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("GS", 5);
        String email = "signin-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        long account = TestAccounts.registerVerified(email, PASSWORD, "Signing Shopper");
        TestAccounts.LoggedIn customer = TestAccounts.logIn(account, email, PASSWORD);
        HttpResponse<String> saved = Http.call("POST", "/api/v1/me/addresses", customer.accessToken(), Json.createObjectBuilder()
                .add("recipient", "Signing Shopper").add("line1", "Storgata 1").add("city", "Oslo").add("postalCode", "0155")
                .add("country", "NO").add("defaultShipping", true).add("defaultBilling", true).build().toString());
        assertEquals(201, saved.statusCode(), saved.body());
        CartPage cart = aGuestFillsACart(shop);
        cart.checkout();
        StorefrontSignInPage signIn = StorefrontSignInPage.awaitShown(browser);

        long began = System.nanoTime();
        signIn.signInAs(email, PASSWORD);
        CheckoutPage checkout = new CheckoutPage(browser);
        checkout.awaitTotal("558.75");
        long millis = (System.nanoTime() - began) / 1_000_000;

        System.out.println("sign-in at checkout until the priced summary shows: " + millis + " ms");
        assertFalse(checkout.source().contains("is empty"), "the cart shows at once, without a reload");
        assertEquals("2", checkout.cartCount());
        browser.screenshot("93-checkout-after-sign-in");
        assertEquals(1, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.customer_id = ?", account));
    }

    /** Two units of the shop's small variant, in a guest cart; the cart page is shown. */
    private CartPage aGuestFillsACart(TestShopping.StockedShop shop) {
        ProductPage product = ProductPage.open(browser, Database.single("select slug from product where id = ?", shop.productId()).orElseThrow());
        product.setQuantity("2");
        product.addToCart();
        product.awaitCartCount("2");
        CartPage cart = product.openCart();
        cart.awaitShops(1);
        return cart;
    }
}
