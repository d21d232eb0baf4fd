package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/**
 * A page a test drives, in one browser: where it is, how its elements are found and what a person
 * does there. Its methods wait as a person would (for the answer to a click) and leave the checking to
 * the test.
 */
public abstract class Page {

    private static final By HEADING = By.tagName("h1");

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /** The page's heading, once it shows. */
    public String heading() {
        return browser.awaitVisible(HEADING).getText();
    }

    public void awaitHeading(String text) {
        browser.awaitText(HEADING, text);
    }

    public String title() {
        return browser.driver.getTitle();
    }

    public String url() {
        return browser.driver.getCurrentUrl();
    }

    public void awaitUrl(String part) {
        browser.awaitUrl(part);
    }

    /** The HTML as the browser has it now. */
    public String source() {
        return browser.driver.getPageSource();
    }
}
