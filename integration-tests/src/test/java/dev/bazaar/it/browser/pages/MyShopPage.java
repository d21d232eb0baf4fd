package dev.bazaar.it.browser.pages;

import java.nio.file.Path;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** "My shop": the shop's profile and logo, stock locations, team and invitations, and its shipping rates. */
public final class MyShopPage extends BackOfficePage {

    public static final String PATH = "/admin/shop.xhtml";
    private static final By SHIPPING_RATES = By.id("shippingForm:shippingRates");
    private static final By SAVE_RATE = By.id("shippingForm:saveRate");

    public MyShopPage(Browser browser) {
        super(browser);
    }

    public static MyShopPage open(Browser browser) {
        browser.open(PATH);
        return new MyShopPage(browser);
    }

    public void saveProfile(String description, String returnPolicy) {
        browser.type("profileForm:description", description);
        browser.type("profileForm:returnPolicy", returnPolicy);
        browser.click(By.id("profileForm:saveProfile"));
    }

    public void uploadLogo(Path logo) {
        browser.find(By.id("logoForm:file")).sendKeys(logo.toString());
        browser.click(By.id("logoForm:uploadLogo"));
    }

    /** The shop's Stripe account as the Payouts section states it. */
    public String stripeStatus() {
        return browser.text(By.id("payoutsForm:stripeStatus"));
    }

    /**
     * Connects the shop's Stripe account: off to Stripe's onboarding (the stand-in's page), through it,
     * and back to this page.
     */
    public void connectStripe() {
        browser.click(By.id("payoutsForm:connectStripe"));
        browser.awaitUrl("/stand-in/connect/onboarding/");
        browser.click(By.id("complete"));
        browser.awaitUrl(PATH + "?stripe=return");
    }

    public boolean offersStripeConnection() {
        return browser.has(By.id("payoutsForm:connectStripe"));
    }

    public void awaitLogo() {
        browser.awaitImage("#logo");
    }

    /** Invites someone to the team in a role (by its name, such as VENDOR_STAFF). */
    public void invite(String email, String role) {
        browser.type("teamForm:inviteEmail", email);
        browser.select(By.id("teamForm:inviteRole")).selectByValue(role);
        browser.click(By.id("teamForm:invite"));
    }

    public void awaitInvitations(String text) {
        browser.awaitText(By.id("teamForm:invitations"), text);
    }

    public void addLocation(String name, String line1, String postalCode, String city, String country) {
        browser.type("locationsForm:locationName", name);
        browser.type("locationsForm:line1", line1);
        browser.type("locationsForm:postalCode", postalCode);
        browser.type("locationsForm:city", city);
        browser.type("locationsForm:country", country);
        browser.click(By.id("locationsForm:addLocation"));
    }

    public void awaitLocations(String text) {
        browser.awaitText(By.id("locationsForm:locations"), text);
    }

    /** Waits until the shipping rates say {@code text}. */
    public void awaitRates(String text) {
        browser.awaitText(SHIPPING_RATES, text);
    }

    /** Waits until the rate in {@code currency} says {@code text}. */
    public void awaitRate(String currency, String text) {
        browser.awaitText(rateRow(currency), text);
    }

    /** What the rate in {@code currency} says. */
    public String rate(String currency) {
        return browser.text(rateRow(currency));
    }

    /** Saves the shop's own rate; an empty {@code freeOver} means no free shipping. */
    public void saveRate(String currency, String flat, String freeOver) {
        browser.type("shippingForm:rateCurrency", currency);
        browser.type("shippingForm:rateFlat", flat);
        browser.type("shippingForm:rateFreeOver", freeOver);
        browser.click(SAVE_RATE);
    }

    public void removeRate(String currency) {
        browser.clickSettled(By.xpath(rateRowXpath(currency) + "//a[normalize-space()='Remove']"));
    }

    public boolean canSaveRates() {
        return browser.has(SAVE_RATE);
    }

    /** Whether the rate in {@code currency} has links (to change or remove it). */
    public boolean rateHasLinks(String currency) {
        return browser.has(By.xpath(rateRowXpath(currency) + "//a"));
    }

    private static String rateRowXpath(String currency) {
        return "//*[@id='shippingForm:shippingRates']//tr[.//span[contains(@class, 'rate-currency') and normalize-space()='"
                + currency + "']]";
    }

    private static By rateRow(String currency) {
        return By.xpath(rateRowXpath(currency));
    }
}
