package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** Shops' parts printed as packing slips, one to a sheet: who each goes to and what goes in the box. */
public final class PackingSlipPage extends Page {

    private static final By LINES = By.cssSelector(".slip-lines");

    public PackingSlipPage(Browser browser) {
        super(browser);
    }

    /** Opens the slip of a shop's part ({@code BZ100001-1}) and waits for its lines. */
    public static PackingSlipPage open(Browser browser, String number) {
        browser.open("/admin/packing-slip.xhtml?number=" + number);
        browser.awaitVisible(LINES);
        return new PackingSlipPage(browser);
    }

    /** Opens the slips of many of the shop's parts, printed together, and waits for the first one's lines. */
    public static PackingSlipPage openMany(Browser browser, String numbersSeparatedByCommas) {
        browser.open("/admin/packing-slip.xhtml?numbers=" + numbersSeparatedByCommas);
        browser.awaitVisible(LINES);
        return new PackingSlipPage(browser);
    }

    /** The order numbers of the slips on the page, in their order. */
    public List<String> numbers() {
        return browser.findAll(By.cssSelector(".slip-number")).stream().map(WebElement::getText).toList();
    }

    /** Everything the slip says. */
    public String text() {
        return browser.text(By.tagName("body"));
    }

    public String number() {
        return browser.text(By.cssSelector(".slip-number"));
    }

    /** How many units go in the box. */
    public String units() {
        return browser.text(By.cssSelector(".units"));
    }
}
