package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A shop's part printed as a packing slip: who it goes to and what goes in the box. */
public final class PackingSlipPage extends Page {

    public PackingSlipPage(Browser browser) {
        super(browser);
    }

    /** Opens the slip of a shop's part ({@code BZ100001-1}) and waits for its lines. */
    public static PackingSlipPage open(Browser browser, String number) {
        browser.open("/admin/packing-slip.xhtml?number=" + number);
        browser.awaitVisible(By.id("slipLines"));
        return new PackingSlipPage(browser);
    }

    /** Everything the slip says. */
    public String text() {
        return browser.text(By.tagName("body"));
    }

    public String number() {
        return browser.text(By.id("slipNumber"));
    }

    /** How many units go in the box. */
    public String units() {
        return browser.text(By.id("units"));
    }
}
