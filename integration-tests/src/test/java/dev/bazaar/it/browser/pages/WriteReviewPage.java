package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** The storefront's form where a buyer reviews a delivered line of their order: stars, a title, a text. */
public final class WriteReviewPage extends StorefrontPage {

    private static final By MESSAGES = By.id("reviewMessages");

    public WriteReviewPage(Browser browser) {
        super(browser);
    }

    /** Follows "Write a review" beside the first delivered line of the order page the browser shows. */
    public static WriteReviewPage fromOrderPage(Browser browser) {
        browser.click(By.cssSelector("a.write-review"));
        browser.awaitUrl("/write-review.xhtml");
        return new WriteReviewPage(browser);
    }

    /** What the form says about the line reviewed ("Your review of ..."). */
    public String reviewed() {
        return browser.text(By.id("reviewedProduct"));
    }

    /** Fills the form and sends it; {@code stars} 0 leaves the rating unchosen. */
    public void send(int stars, String title, String text) {
        if (stars > 0) {
            browser.click(By.cssSelector("#reviewForm\\:rating input[value='" + stars + "']"));
        }
        browser.type("reviewForm:title", title);
        browser.type("reviewForm:text", text);
        browser.click(By.id("reviewForm:submitReview"));
    }

    /** Waits until the message beside {@code field} says {@code text}. */
    public void awaitFieldMessage(String field, String text) {
        browser.awaitText(By.id("reviewForm:" + field + "Message"), text);
    }

    public void awaitMessage(String text) {
        browser.awaitText(MESSAGES, text);
    }
}
