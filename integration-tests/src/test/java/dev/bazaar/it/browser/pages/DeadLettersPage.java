package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** A platform admin's dead letters: messages no consumer could take, to read, replay or discard. */
public final class DeadLettersPage extends BackOfficePage {

    private static final By MESSAGES = By.id("deadLettersForm:messages");

    public DeadLettersPage(Browser browser) {
        super(browser);
    }

    /** Searches for {@code text} (an event id) until it is the only row. */
    public Letter searchFor(String text) {
        return new Letter(searchForTheOnlyRow("deadLettersForm", "letters", text));
    }

    public void clearSearch() {
        browser.find(By.id("deadLettersForm:search")).clear();
    }

    /** Sends the (only) letter back to where it came from. */
    public void replay() {
        browser.clickSettled(button("Replay"));
    }

    /** Discards the (only) letter, and says yes when asked to be sure. */
    public void discard() {
        browser.clickSettled(button("Discard"));
        browser.acceptAlert();
    }

    /** Waits until the messages over the list say {@code text}. */
    public void awaitFormMessage(String text) {
        browser.awaitText(MESSAGES, text);
    }

    /** Searches for {@code text} and waits until the list shows {@code count} rows, all of them matching. */
    public void searchForRows(String text, int count) {
        browser.find(By.id("deadLettersForm:search")).sendKeys(text);
        browser.click(By.id("deadLettersForm:find"));
        By rows = By.cssSelector("#deadLettersForm\\:letters_data tr[data-ri]");
        browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(rows).size() == count);
    }

    /** Presses a bulk action's button (confirming it when it asks) and waits until the form's messages say {@code text}. */
    public void bulk(String buttonId, boolean asks, String text) {
        browser.clickSettled(By.id("deadLettersForm:" + buttonId));
        if (asks) {
            browser.acceptAlert();
        }
        awaitFormMessage(text);
    }

    /** Waits until the list says {@code text}. */
    public void awaitList(String text) {
        browser.awaitText(By.id("deadLettersForm:letters_data"), text);
    }

    private static By button(String label) {
        return By.xpath("//tbody[@id='deadLettersForm:letters_data']//button[.//span[text()='" + label + "']]");
    }

    /** A letter's row. */
    public final class Letter extends Row {

        private Letter(WebElement row) {
            super(row);
        }

        /** The queue it came from. */
        public String origin() {
            return cell("dead-letter-origin");
        }

        public String type() {
            return cell("dead-letter-type");
        }

        /** Opens the row and reads the whole message, once it shows. */
        public String body() {
            return expand(By.className("dead-letter-body")).getText();
        }
    }
}
