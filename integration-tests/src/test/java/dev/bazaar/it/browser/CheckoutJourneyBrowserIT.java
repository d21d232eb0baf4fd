package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

        // a guest adds two mugs from one shop and a large one from the other
        browser.open("/p/" + slug(mugs.productId()));
        type("buyForm:quantity", "2");
        browser.driver.findElement(By.id("buyForm:addToCart")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toCart")));
        browser.open("/p/" + slug(cups.productId()));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("buyForm:variant")))).selectByVisibleText("L");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("variantPrice"), "249"));
        browser.driver.findElement(By.id("buyForm:addToCart")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cartCount"), "3"));
        browser.driver.findElement(By.id("cartLink")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cart-shop"), 2));
        browser.screenshot("60-cart-as-guest");

        // signing in keeps the cart
        browser.driver.findElement(By.id("signInLink")).click();
        type("loginForm:email", email);
        type("loginForm:password", PASSWORD);
        browser.driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountLink"), email));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cartCount"), "3"));
        assertEquals(2, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id"
                + " join app_user u on u.id = c.customer_id where u.email = ?", email));

        // checkout with a new address and the manual payment
        browser.driver.findElement(By.id("cartLink")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("checkout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkoutForm:line1")));
        type("checkoutForm:recipient", "Journey Shopper");
        type("checkoutForm:line1", "Karl Johans gate 1");
        type("checkoutForm:postalCode", "0154");
        type("checkoutForm:city", "Oslo");
        new Select(browser.driver.findElement(By.id("checkoutForm:country"))).selectByValue("NO");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderTotal")));
        // 2 × 199 + 249 = 647 NOK goods, 49 NOK shipping per shop, 25 % tax → 931.25 NOK
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderTotal"), "931.25"));
        browser.screenshot("61-checkout-summary");
        browser.driver.findElement(By.id("checkoutForm:placeOrder")).click();

        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderTitle")));
        String number = title.getText().replace("Order ", "").strip();
        assertTrue(browser.driver.findElement(By.id("orderForm:placedBanner")).getText().contains(email));
        assertTrue(browser.driver.findElement(By.id("orderForm:paymentInstructions")).getText().contains(number));
        assertEquals("0", browser.driver.findElement(By.id("cartCount")).getText());
        browser.screenshot("62-order-placed");

        // in the back office, the admin records the transfer and each shop ships its part
        try (Browser office = new Browser()) {
            WebDriverWait officeWait = new WebDriverWait(office.driver, Duration.ofSeconds(30));
            office.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            officeWait.until(ExpectedConditions.elementToBeClickable(By.id("ordersNav")));
            office.open("/admin/order.xhtml?number=" + number);
            officeWait.until(ExpectedConditions.elementToBeClickable(By.id("paymentForm:markPaid"))).click();
            officeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paymentStatus"), "PAID"));
            office.screenshot("63-admin-marked-paid");
            signOut(office, officeWait);
            ship(office, officeWait, mugs, number + "-1", "Posten", "MUG-TRACK-1");
            ship(office, officeWait, cups, number + "-2", "Bring", "CUP-TRACK-2");
        }
        browser.open("/order.xhtml?number=" + number);
        List<WebElement> parts = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-part"), 2));
        assertTrue(parts.get(0).getText().contains("Shipped") && parts.get(0).getText().contains("MUG-TRACK-1"), parts.get(0).getText());
        assertTrue(parts.get(1).getText().contains("Shipped") && parts.get(1).getText().contains("CUP-TRACK-2"), parts.get(1).getText());
        browser.screenshot("65-order-shipped");
        Mailbox.awaitSubject(email, "Your Bazaar order " + number);
        assertTrue(Mailbox.awaitSubject(email, "is on its way").body().contains("TRACK"));
        Mailbox.awaitMail(email, 4); // verification, confirmation and one mail per shipment
    }

    /** The shop's owner signs in, accepts the part and ships it with the carrier's tracking number. */
    private static void ship(Browser office, WebDriverWait officeWait, TestShopping.StockedShop shop, String part,
                             String carrier, String tracking) throws Exception {
        office.signInToBackOffice(shop.shop().owner().email(), TestAccounts.PASSWORD);
        officeWait.until(ExpectedConditions.elementToBeClickable(By.id("ordersNav")));
        office.open("/admin/order.xhtml?number=" + part);
        officeWait.until(ExpectedConditions.elementToBeClickable(By.id("stepForm:accept"))).click();
        officeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Accepted"));
        officeWait.until(ExpectedConditions.elementToBeClickable(By.id("stepForm:carrier"))).sendKeys(carrier);
        office.driver.findElement(By.id("stepForm:tracking")).sendKeys(tracking);
        office.driver.findElement(By.id("stepForm:ship")).click();
        officeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Marked shipped"));
        office.screenshot("64-shop-shipped" + part.substring(part.lastIndexOf('-')));
        signOut(office, officeWait);
    }

    private static void signOut(Browser office, WebDriverWait officeWait) {
        office.driver.findElement(By.id("sessionForm:signOut")).click();
        officeWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:email")));
    }

    private static String slug(long productId) {
        return Database.single("select slug from product where id = ?", productId).orElseThrow();
    }
}
