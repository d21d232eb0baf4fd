package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A shopper's account: their address and profile. */
public final class AccountPage extends StorefrontPage {

    public static final String PATH = "/account.xhtml";
    private static final By EMAIL = By.id("accountEmail");

    public AccountPage(Browser browser) {
        super(browser);
    }

    /** Waits until the browser is on this page. */
    public AccountPage awaitShown() {
        browser.awaitUrl(PATH);
        return this;
    }

    /** The account's e-mail address, once the page shows it. */
    public String email() {
        return browser.awaitVisible(EMAIL).getText();
    }

    public void awaitEmail(String text) {
        browser.awaitText(EMAIL, text);
    }

    public void saveProfile(String name, String phone) {
        browser.type("profileForm:name", name);
        browser.type("profileForm:phone", phone);
        browser.click(By.id("profileForm:save"));
    }

    public void awaitMessage(String text) {
        browser.awaitText(By.id("accountMessages"), text);
    }
}
