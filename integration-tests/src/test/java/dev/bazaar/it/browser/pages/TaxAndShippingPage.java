package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A platform admin's "Tax & shipping": a tax rate per country Bazaar delivers to, and the default shipping rates. */
public final class TaxAndShippingPage extends BackOfficePage {

    public TaxAndShippingPage(Browser browser) {
        super(browser);
    }

    /** Waits until the shipping rates say {@code text}. */
    public void awaitShippingRates(String text) {
        browser.awaitText(By.id("shippingForm:shippingRates"), text);
    }

    /** Adds a country (by its code) with its tax rate in percent. */
    public void addTaxRate(String country, String percent) {
        browser.type("taxForm:newCountry", country);
        browser.type("taxForm:newPercent", percent);
        browser.click(By.id("taxForm:addTaxRate"));
    }

    public void awaitTaxRate(String country, String text) {
        browser.awaitText(taxRow(country), text);
    }

    public boolean hasTaxRate(String country) {
        return browser.has(taxRow(country));
    }

    /** Changes the country's rate in its row. */
    public void changeTaxRate(String country, String percent) {
        browser.clickSettled(By.xpath(taxRowXpath(country) + "//a[normalize-space()='Change']"));
        browser.type(By.cssSelector("input[id$=':editPercent']"), percent);
        browser.click(By.cssSelector("button[id$=':save']"));
    }

    /** Removes the country, and says yes when asked to be sure. */
    public void removeTaxRate(String country) {
        browser.clickSettled(By.xpath(taxRowXpath(country) + "//a[normalize-space()='Remove']"));
        browser.acceptAlert();
    }

    private static String taxRowXpath(String country) {
        return "//tr[.//span[contains(@class, 'tax-country') and normalize-space()='" + country + "']]";
    }

    private static By taxRow(String country) {
        return By.xpath(taxRowXpath(country));
    }
}
