package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** Where the link in the verification mail leads: the address is confirmed. */
public final class VerifyEmailPage extends StorefrontPage {

    public VerifyEmailPage(Browser browser) {
        super(browser);
    }

    /** Opens the link from the mail. */
    public static VerifyEmailPage follow(Browser browser, String link) {
        browser.driver.get(link);
        return new VerifyEmailPage(browser);
    }

    public void awaitVerified(String text) {
        browser.awaitText(By.id("verified"), text);
    }

    public StorefrontSignInPage signIn() {
        browser.click(By.id("signIn"));
        return new StorefrontSignInPage(browser);
    }
}
