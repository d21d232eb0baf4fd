package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** One shop, or its application, for a platform admin to decide on. */
public final class VendorPage extends BackOfficePage {

    public VendorPage(Browser browser) {
        super(browser);
    }

    /** Waits until the status badge stands for {@code status} (the code; the badge reads it in words). */
    public void awaitStatus(String status) {
        browser.awaitAttribute(By.id("status"), "data-status", status);
    }

    public void approve() {
        browser.awaitClickable(By.id("decisionForm:approve")).click();
    }

    /** Waits until the messages of the decision say {@code text}. */
    public void awaitDecisionMessage(String text) {
        browser.awaitText(By.id("decisionForm:messages"), text);
    }
}
