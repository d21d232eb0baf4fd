package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** Where the link in the password mail leads: choosing a new password. */
public final class ResetPasswordPage extends StorefrontPage {

    public ResetPasswordPage(Browser browser) {
        super(browser);
    }

    /** Opens the link from the mail. */
    public static ResetPasswordPage follow(Browser browser, String link) {
        browser.driver.get(link);
        return new ResetPasswordPage(browser);
    }

    /** Sends a new password where the test expects it to be refused. */
    public void tryNewPassword(String password) {
        browser.type("resetForm:newPassword", password);
        browser.click(By.id("resetForm:submit"));
    }

    /** Sends the new password: saved, the visitor is asked to sign in with it. */
    public StorefrontSignInPage chooseNewPassword(String password) {
        tryNewPassword(password);
        return new StorefrontSignInPage(browser);
    }

    public void awaitNewPasswordMessage(String text) {
        browser.awaitText(By.id("resetForm:newPasswordMessage"), text);
    }
}
