package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeOrderPage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.CartPage;
import dev.bazaar.it.browser.pages.CheckoutPage;
import dev.bazaar.it.browser.pages.OrderPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;

/**
 * The shopper's side of an order: a guest fills a cart from two shops, signs in (the cart comes
 * along), checks out with the manual method; in the back office the admin records the payment and
 * each shop ships its part; the shopper sees both shipments, with the mails to prove it.
 */
class CheckoutJourneyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "blueberry-pie-2026";

    @Test
    void aGuestFillsACartFromTwoShopsSignsInChecksOutAndSeesBothShipments() throws Exception {
        TestShopping.StockedShop mugs = TestShopping.stockedShop("JA", 5);
        TestShopping.StockedShop cups = TestShopping.stockedShop("JB", 5);
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Journey Shopper");

        CartPage cart = aGuestFillsACartFromBothShops(mugs, cups);
        StorefrontPage signedIn = signingInKeepsTheCart(cart, email);
        String number = checkOutWithANewAddressAndTheManualPayment(signedIn, email);
        // in the back office, the admin records the transfer and each shop ships its part
        try (Browser office = new Browser()) {
            theAdminRecordsThePayment(office, number);
            theShopShipsItsPart(office, mugs, number + "-1", "Posten", "MUG-TRACK-1");
            theShopShipsItsPart(office, cups, number + "-2", "Bring", "CUP-TRACK-2");
        }
        theShopperSeesBothShipmentsAndTheMails(email, number);
    }

    /** Two mugs from one shop and a large one from the other. */
    private CartPage aGuestFillsACartFromBothShops(TestShopping.StockedShop mugs, TestShopping.StockedShop cups) throws IOException {
        ProductPage mug = ProductPage.open(browser, slug(mugs.productId()));
        mug.setQuantity("2");
        mug.addToCart();
        mug.awaitToCartLink();
        ProductPage cup = ProductPage.open(browser, slug(cups.productId()));
        cup.chooseVariant("L");
        cup.awaitVariantPrice("249");
        cup.addToCart();
        cup.awaitCartCount("3");
        CartPage cart = cup.openCart();
        cart.awaitShops(2);
        browser.screenshot("60-cart-as-guest");
        return cart;
    }

    private StorefrontPage signingInKeepsTheCart(CartPage cart, String email) {
        StorefrontPage signedIn = cart.openSignIn().signInAs(email, PASSWORD);
        signedIn.awaitSignedInAs(email);
        signedIn.awaitCartCount("3");
        assertEquals(2, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id"
                + " join app_user u on u.id = c.customer_id where u.email = ?", email));
        return signedIn;
    }

    /** Places the order and returns its number. */
    private String checkOutWithANewAddressAndTheManualPayment(StorefrontPage signedIn, String email) throws IOException {
        CheckoutPage checkout = signedIn.openCart().checkout();
        checkout.shipTo("Journey Shopper", "Karl Johans gate 1", "0154", "Oslo", "NO");
        // 2 × 199 + 249 = 647 NOK goods, 49 NOK shipping per shop, 25 % tax → 931.25 NOK
        checkout.awaitTotal("931.25");
        browser.screenshot("61-checkout-summary");

        OrderPage order = checkout.placeOrder();
        String number = order.number();
        assertTrue(order.placedBanner().contains(email));
        assertTrue(order.paymentInstructions().contains(number));
        assertEquals("0", order.cartCount());
        browser.screenshot("62-order-placed");
        return number;
    }

    private static void theAdminRecordsThePayment(Browser office, String number) throws IOException {
        BackOfficeSignInPage.reach(office).signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).awaitNavigation();
        BackOfficeOrderPage order = BackOfficeOrderPage.open(office, number);
        order.markPaid();
        order.awaitPaymentStatus("PAID");
        office.screenshot("63-admin-marked-paid");
        order.signOut().awaitForm();
    }

    /** The shop's owner signs in, accepts the part and ships it with the carrier's tracking number. */
    private static void theShopShipsItsPart(Browser office, TestShopping.StockedShop shop, String part,
                                            String carrier, String tracking) throws IOException {
        BackOfficeSignInPage.reach(office).signInAs(shop.shop().owner().email(), TestAccounts.PASSWORD).awaitNavigation();
        BackOfficeOrderPage order = BackOfficeOrderPage.open(office, part);
        order.accept();
        order.awaitMessage("Accepted");
        order.ship(carrier, tracking);
        order.awaitMessage("Marked shipped");
        office.screenshot("64-shop-shipped" + part.substring(part.lastIndexOf('-')));
        order.signOut().awaitForm();
    }

    private void theShopperSeesBothShipmentsAndTheMails(String email, String number) throws IOException {
        List<String> parts = OrderPage.open(browser, number).awaitParts(2);
        assertTrue(parts.get(0).contains("Shipped") && parts.get(0).contains("MUG-TRACK-1"), parts.get(0));
        assertTrue(parts.get(1).contains("Shipped") && parts.get(1).contains("CUP-TRACK-2"), parts.get(1));
        browser.screenshot("65-order-shipped");
        Mailbox.awaitSubject(email, "Your Bazaar order " + number);
        assertTrue(Mailbox.awaitSubject(email, "is on its way").body().contains("TRACK"));
        Mailbox.awaitMail(email, 4); // verification, confirmation and one mail per shipment
    }

    private static String slug(long productId) {
        return Database.single("select slug from product where id = ?", productId).orElseThrow();
    }
}
