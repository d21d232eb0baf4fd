package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A shopper's address book: a card per address and one form to add or edit. */
public final class AddressBookPage extends StorefrontPage {

    public static final String PATH = "/addresses.xhtml";
    private static final By FORM = By.id("addressForm");
    private static final By CARD = By.className("address-card");

    public AddressBookPage(Browser browser) {
        super(browser);
    }

    /** Waits until the browser is on this page. */
    public AddressBookPage awaitShown() {
        browser.awaitUrl(PATH);
        return this;
    }

    /** Fills in the form (the country by its code) and saves it. */
    public void add(String recipient, String line1, String postalCode, String city, String country) {
        browser.type("addressForm:recipient", recipient);
        browser.type("addressForm:line1", line1);
        browser.type("addressForm:postalCode", postalCode);
        browser.type("addressForm:city", city);
        browser.select(By.id("addressForm:country")).selectByValue(country);
        save();
    }

    /** Saves the form as it is. */
    public void save() {
        browser.click(By.id("addressForm:save"));
    }

    /** Waits until the form says {@code text} (its heading, or what is missing). */
    public void awaitForm(String text) {
        browser.awaitText(FORM, text);
    }

    public void awaitMessage(String text) {
        browser.awaitText(By.id("addressMessages"), text);
    }

    public void awaitCards(int count) {
        browser.wait.until(d -> d.findElements(CARD).size() == count);
    }

    /** What the card at {@code index} (from 0) says. */
    public String card(int index) {
        return browser.findAll(CARD).get(index).getText();
    }

    public void remove(int index) {
        browser.findAll(CARD).get(index).findElement(By.cssSelector("button.remove")).click();
    }

    /** Opens the first card's address in the form. */
    public void editFirst() {
        browser.click(By.cssSelector(".address-card button.edit"));
    }

    /** Changes the city of the address in the form and saves it. */
    public void changeCity(String city) {
        browser.type("addressForm:city", city);
        save();
    }
}
