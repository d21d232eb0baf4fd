package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** "Payments" in the back office (admins): Stripe's settings, the secrets masked, and the open disputes. */
public final class PaymentsPage extends BackOfficePage {

    public PaymentsPage(Browser browser) {
        super(browser);
    }

    /** Whether cards are offered at checkout, as the page says it. */
    public String cardsOffered() {
        return browser.awaitVisible(By.id("cardsOffered")).getText();
    }

    /** Stripe, or the offline stand-in. */
    public String processor() {
        return browser.text(By.id("processor"));
    }

    public String secretKey() {
        return browser.text(By.id("secretKey"));
    }

    public String webhookSecret() {
        return browser.text(By.id("webhookSecret"));
    }

    /** The order numbers the open disputes link to. */
    public List<String> openDisputeOrders() {
        return browser.findAll(By.cssSelector("#openDisputes .dispute-order")).stream().map(WebElement::getText).toList();
    }

    /** Follows the open dispute's link to its order. */
    public BackOfficeOrderPage followDisputeOf(String orderNumber) {
        browser.click(By.linkText(orderNumber));
        return new BackOfficeOrderPage(browser);
    }

    public String stripeJs() {
        return browser.text(By.id("jsUrl"));
    }
}
