package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** "Sell on Bazaar": a signed-in person applies to open a shop and follows the application. */
public final class SellPage extends StorefrontPage {

    public static final String PATH = "/sell.xhtml";
    private static final By STATUS = By.id("applicationStatus");

    public SellPage(Browser browser) {
        super(browser);
    }

    public static SellPage open(Browser browser) {
        browser.open(PATH);
        return new SellPage(browser);
    }

    /** Waits until the browser is on this page. */
    public SellPage awaitShown() {
        browser.awaitUrl(PATH);
        return this;
    }

    /** Fills in the application (country and payout currency by their codes), not sending it yet. */
    public void describeShop(String shopName, String slug, String legalName, String registrationNumber, String country,
                             String payoutCurrency) {
        browser.type("applicationForm:shopName", shopName);
        browser.type("applicationForm:slug", slug);
        browser.type("applicationForm:legalName", legalName);
        browser.type("applicationForm:registrationNumber", registrationNumber);
        browser.select(By.id("applicationForm:country")).selectByValue(country);
        browser.select(By.id("applicationForm:payoutCurrency")).selectByValue(payoutCurrency);
    }

    public void apply() {
        browser.click(By.id("applicationForm:apply"));
    }

    /** Waits until the form says {@code text} (what is missing). */
    public void awaitForm(String text) {
        browser.awaitText(By.id("applicationForm"), text);
    }

    public void awaitStatus(String status) {
        browser.awaitText(STATUS, status);
    }
}
