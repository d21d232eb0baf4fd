package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** The checkout: where it goes, what it costs, and placing the order. */
public final class CheckoutPage extends StorefrontPage {

    private static final By TOTAL = By.id("orderTotal");

    public CheckoutPage(Browser browser) {
        super(browser);
    }

    /** Fills in a new shipping address (the country by its code), once the form shows. */
    public void shipTo(String recipient, String line1, String postalCode, String city, String country) {
        browser.awaitVisible(By.id("checkoutForm:line1"));
        browser.type("checkoutForm:recipient", recipient);
        browser.type("checkoutForm:line1", line1);
        browser.type("checkoutForm:postalCode", postalCode);
        browser.type("checkoutForm:city", city);
        browser.select(By.id("checkoutForm:country")).selectByValue(country);
    }

    /** Waits until the summary shows a total and it says {@code text}. */
    public void awaitTotal(String text) {
        browser.awaitVisible(TOTAL);
        browser.awaitText(TOTAL, text);
    }

    /** Chooses how to pay by the method's code (CARD, MANUAL), once it is offered. */
    public void payBy(String method) {
        browser.awaitClickable(By.cssSelector("input[name='checkoutForm:paymentMethod'][value='" + method + "']")).click();
    }

    /** The payment methods as the page offers them. */
    public String paymentOptions() {
        return browser.text(By.id("checkoutForm:paymentMethod"));
    }

    public OrderPage placeOrder() {
        browser.click(By.id("checkoutForm:placeOrder"));
        return new OrderPage(browser);
    }
}
