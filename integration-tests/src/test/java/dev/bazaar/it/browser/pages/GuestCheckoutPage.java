package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** Checkout as a guest: an e-mail address, where it goes, how to pay, and placing the order. */
public final class GuestCheckoutPage extends StorefrontPage {

    private static final By TOTAL = By.id("orderTotal");

    public GuestCheckoutPage(Browser browser) {
        super(browser);
    }

    /** Fills in the e-mail address and the shipping address (the country by its code), once the form shows. */
    public void contactAndShipTo(String email, String recipient, String line1, String postalCode, String city, String country) {
        browser.awaitVisible(By.id("guestCheckoutForm:email"));
        browser.type("guestCheckoutForm:email", email);
        browser.type("guestCheckoutForm:recipient", recipient);
        browser.type("guestCheckoutForm:line1", line1);
        browser.type("guestCheckoutForm:postalCode", postalCode);
        browser.type("guestCheckoutForm:city", city);
        browser.select(By.id("guestCheckoutForm:country")).selectByValue(country);
    }

    public void awaitTotal(String text) {
        browser.awaitVisible(TOTAL);
        browser.awaitText(TOTAL, text);
    }

    public void payBy(String method) {
        browser.awaitClickable(By.cssSelector("input[name='guestCheckoutForm:paymentMethod'][value='" + method + "']")).click();
    }

    public GuestOrderPage placeOrder() {
        browser.click(By.id("guestCheckoutForm:placeOrder"));
        return new GuestOrderPage(browser);
    }

    /** What the page says went wrong. */
    public String messages() {
        return browser.text(By.id("guestCheckoutForm:checkoutMessages"));
    }
}
