package dev.bazaar.it.browser.pages;

import java.util.function.Function;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A sign-in form (the storefront and the back office draw the same one): the one place a sign-in is typed. */
public abstract class SignInPage extends Page {

    private static final By MESSAGES = By.id("loginMessages");

    protected SignInPage(Browser browser) {
        super(browser);
    }

    /** Signs in and expects to land on the page {@code landing} makes (say {@code AccountPage::new}). */
    public <P extends Page> P signInAs(String email, String password, Function<Browser, P> landing) {
        submit(email, password);
        return landing.apply(browser);
    }

    /** Sends the form as {@link #signInAs} does, where the test expects to be turned away. */
    public void tryToSignInAs(String email, String password) {
        submit(email, password);
    }

    /** Waits until the page's messages say {@code text}. */
    public void awaitMessage(String text) {
        browser.awaitText(MESSAGES, text);
    }

    private void submit(String email, String password) {
        browser.type("loginForm:email", email);
        browser.type("loginForm:password", password);
        browser.click(By.id("loginForm:submit"));
    }
}
