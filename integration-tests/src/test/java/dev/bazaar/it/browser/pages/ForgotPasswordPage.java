package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** "Forgot your password?": asks for a mail with a link to choose a new one. */
public final class ForgotPasswordPage extends StorefrontPage {

    public ForgotPasswordPage(Browser browser) {
        super(browser);
    }

    public void requestLink(String email) {
        browser.type("forgotForm:email", email);
        browser.click(By.id("forgotForm:submit"));
    }

    public void awaitRequested(String text) {
        browser.awaitText(By.id("requested"), text);
    }
}
