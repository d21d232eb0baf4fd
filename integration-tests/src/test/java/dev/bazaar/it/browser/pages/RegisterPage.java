package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** The storefront's "Create an account" page. */
public final class RegisterPage extends StorefrontPage {

    public RegisterPage(Browser browser) {
        super(browser);
    }

    /** Fills in the form and sends it, where the test expects it to be refused (the form stays, filled in). */
    public void tryToRegister(String name, String email, String password) {
        browser.type("registerForm:name", name);
        browser.type("registerForm:email", email);
        registerWithPassword(password);
    }

    /** Types another password into the refused form and sends it again: registered, the visitor is asked to sign in. */
    public StorefrontSignInPage registerWithPassword(String password) {
        browser.type("registerForm:password", password);
        browser.click(By.id("registerForm:submit"));
        return new StorefrontSignInPage(browser);
    }

    public void awaitPasswordMessage(String text) {
        browser.awaitText(By.id("registerForm:passwordMessage"), text);
    }
}
