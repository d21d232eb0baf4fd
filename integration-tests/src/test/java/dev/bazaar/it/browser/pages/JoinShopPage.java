package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** Where the link in a shop's invitation leads: the invited person joins the shop. */
public final class JoinShopPage extends StorefrontPage {

    public JoinShopPage(Browser browser) {
        super(browser);
    }

    /** Opens the link from the mail as a visitor, who is sent to sign in first. */
    public static StorefrontSignInPage followSignedOut(Browser browser, String link) {
        browser.driver.get(link);
        return StorefrontSignInPage.awaitShown(browser);
    }

    public void awaitShop(String name) {
        browser.awaitText(By.id("inviteShop"), name);
    }

    public void accept() {
        browser.click(By.id("joinForm:accept"));
    }

    public void awaitJoined(String text) {
        browser.awaitText(By.id("joinForm:joined"), text);
    }
}
