package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A shop's page on the storefront: its name, description, logo and products. */
public final class ShopPage extends StorefrontPage {

    private static final By DESCRIPTION = By.id("shopDescription");

    public ShopPage(Browser browser) {
        super(browser);
    }

    public static ShopPage open(Browser browser, String slug) {
        browser.open("/shops/" + slug);
        return new ShopPage(browser);
    }

    public void awaitName(String name) {
        browser.awaitText(By.id("shopName"), name);
    }

    /** What the grid of the shop's products shows. */
    public String products() {
        return browser.text(By.className("product-grid"));
    }

    public void awaitDescription(String text) {
        browser.awaitText(DESCRIPTION, text);
    }

    /** What the description shows in bold. */
    public String descriptionInBold() {
        return browser.text(By.cssSelector("#shopDescription b"));
    }

    /** The shop's rating under its name: stars, average and how many reviews. */
    public String rating() {
        return browser.text(By.id("shopRating"));
    }

    public String returnPolicy() {
        return browser.text(By.id("returnPolicy"));
    }

    public void awaitLogo() {
        browser.awaitImage("#shopLogo");
    }
}
