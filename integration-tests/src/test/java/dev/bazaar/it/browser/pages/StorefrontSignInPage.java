package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** The storefront's sign-in page: where visitors are sent before a page that needs an account, and where registering and a new password lead. */
public final class StorefrontSignInPage extends SignInPage {

    public static final String PATH = "/login.xhtml";

    public StorefrontSignInPage(Browser browser) {
        super(browser);
    }

    public static StorefrontSignInPage open(Browser browser) {
        browser.open(PATH);
        return new StorefrontSignInPage(browser);
    }

    /** Waits until the storefront has sent the browser here. */
    public static StorefrontSignInPage awaitShown(Browser browser) {
        browser.awaitUrl(PATH);
        return new StorefrontSignInPage(browser);
    }

    /** Opens a page that needs an account and waits until the storefront has sent the browser here instead. */
    public static StorefrontSignInPage sentFrom(Browser browser, String path) {
        browser.open(path);
        return awaitShown(browser);
    }

    /** Signs in; the storefront shows the page asked for before, else where the visitor came from. */
    public StorefrontPage signInAs(String email, String password) {
        return signInAs(email, password, StorefrontPage::new);
    }

    /** Waits until the browser has left this page (a sign-in that worked). */
    public void awaitLeft() {
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(PATH)));
    }

    public ForgotPasswordPage forgotPassword() {
        browser.click(By.id("forgotLink"));
        return new ForgotPasswordPage(browser);
    }

    /** The notice after registering. */
    public void awaitRegistered(String text) {
        browser.awaitText(By.id("registered"), text);
    }

    /** The notice after choosing a new password. */
    public void awaitPasswordReset(String text) {
        browser.awaitText(By.id("passwordReset"), text);
    }
}
