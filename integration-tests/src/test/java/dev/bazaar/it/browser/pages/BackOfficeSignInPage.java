package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** The back office's sign-in page, where it sends everyone not signed in. */
public final class BackOfficeSignInPage extends SignInPage {

    public static final String PATH = "/admin/login.xhtml";

    public BackOfficeSignInPage(Browser browser) {
        super(browser);
    }

    /** The sign-in page the browser shows now (where the back office sent it), or else opens it. */
    public static BackOfficeSignInPage reach(Browser browser) {
        if (!browser.driver.getCurrentUrl().contains(PATH)) {
            browser.open(PATH);
        }
        return new BackOfficeSignInPage(browser);
    }

    /** Opens a back-office page not signed in, and takes the sign-in page it sends the browser to (or opens it). */
    public static BackOfficeSignInPage reachFrom(Browser browser, String path) {
        browser.open(path);
        return reach(browser);
    }

    /** Opens a back-office page not signed in, and waits until it has sent the browser to sign in. */
    public static BackOfficeSignInPage sentFrom(Browser browser, String path) {
        browser.open(path);
        browser.awaitUrl(PATH);
        return new BackOfficeSignInPage(browser);
    }

    /** Signs in on the page {@link #reach} takes, and waits until the back office shows who is signed in. */
    public static BackOfficePage signIn(Browser browser, String email, String password) {
        return reach(browser).signInAs(email, password).awaitCaller();
    }

    /** Signs in; the back office shows the page asked for before, else its start page. */
    public BackOfficePage signInAs(String email, String password) {
        return signInAs(email, password, BackOfficePage::new);
    }

    public void awaitForm() {
        browser.awaitVisible(By.id("loginForm:email"));
    }

    /** Waits until the page says {@code text} anywhere (as it does after signing out). */
    public void awaitNotice(String text) {
        browser.awaitText(By.tagName("body"), text);
    }
}
