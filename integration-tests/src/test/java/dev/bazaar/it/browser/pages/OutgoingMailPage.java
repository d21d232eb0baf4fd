package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** A platform admin's "Outgoing mail": every mail Bazaar sent or tried to, to read or send again. */
public final class OutgoingMailPage extends BackOfficePage {

    public static final String PATH = "/admin/mail.xhtml";

    public OutgoingMailPage(Browser browser) {
        super(browser);
    }

    /** Waits until the browser is on this page. */
    public OutgoingMailPage awaitShown() {
        browser.awaitUrl(PATH);
        return this;
    }

    /** Searches for {@code text} (a recipient) until it is the only row. */
    public Mail searchFor(String text) {
        return new Mail(searchForTheOnlyRow("mailForm", "mails", text));
    }

    /** Waits until the messages over the list say {@code text}. */
    public void awaitFormMessage(String text) {
        browser.awaitText(By.id("mailForm:messages"), text);
    }

    /** A mail's row. */
    public final class Mail extends Row {

        private Mail(WebElement row) {
            super(row);
        }

        public String subject() {
            return cell("mail-subject");
        }

        public String status() {
            return cell("mail-status");
        }

        /** Opens the row and reads where the mail's (first) link leads, once it shows. */
        public String link() {
            return expand(By.cssSelector(".mail-body a")).getAttribute("href");
        }

        public void sendAgain() {
            press("Send again");
        }
    }
}
