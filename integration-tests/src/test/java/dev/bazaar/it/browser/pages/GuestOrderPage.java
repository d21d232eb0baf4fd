package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** A guest's order, opened by its link: its number, how and by when to pay, and a part per shop, which can be cancelled. */
public final class GuestOrderPage extends StorefrontPage {

    public GuestOrderPage(Browser browser) {
        super(browser);
    }

    /** Opens the page a mailed link leads to (an absolute URL). */
    public static GuestOrderPage follow(Browser browser, String link) {
        browser.driver.get(link);
        return new GuestOrderPage(browser);
    }

    public String number() {
        WebElement title = browser.awaitVisible(By.id("orderTitle"));
        return title.getText().replace("Order ", "").strip();
    }

    public String placedBanner() {
        return browser.text(By.id("orderForm:placedBanner"));
    }

    public String paymentInstructions() {
        return browser.text(By.id("orderForm:paymentInstructions"));
    }

    public String payBefore() {
        return browser.text(By.id("orderForm:payBefore"));
    }

    public List<String> parts() {
        return browser.findAll(By.cssSelector(".order-part")).stream().map(WebElement::getText).toList();
    }

    /** The heading of a link that opens no order. */
    public String notFound() {
        return browser.awaitVisible(By.id("noOrder")).getText();
    }

    /** Cancels the first (only) part, says yes when asked to be sure, and waits until the page says it is cancelled. */
    public void cancelFirstPart(String done) {
        browser.clickSettled(By.cssSelector(".order-part .part-actions .cancel"));
        browser.acceptAlert();
        browser.awaitText(By.id("orderForm:orderMessages"), done);
    }

    public boolean canCancel() {
        return browser.has(By.cssSelector(".order-part .part-actions .cancel"));
    }
}
