package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

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

    public String stripeJs() {
        return browser.text(By.id("jsUrl"));
    }
}
