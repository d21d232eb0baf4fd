package dev.bazaar.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.BrowserTest;
import dev.bazaar.it.browser.DemoAccounts;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.OutgoingMailPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;

/**
 * Stops the real SMTP server: registration still succeeds, its mail waits, and nothing is lost.
 * A short outage is ridden out by the broker's redelivery; after a long one an admin sends the
 * failed mail again from the back office.
 */
class MailOutageIT extends BrowserTest {

    private static final String PASSWORD = "patient-password-1";

    @AfterEach
    void mailRunsAgain() {
        LocalServices.run("start", "mail");
    }

    @Test
    void mailQueuedWhileTheSmtpServerIsDownIsDeliveredWhenItReturns() {
        LocalServices.run("stop", "mail");
        String email = uniqueEmail("short-outage");
        TestAccounts.register(email, PASSWORD, "Patient Pat");
        awaitMail(email, "FAILED", 1);

        LocalServices.run("start", "mail");

        assertTrue(Mailbox.awaitMail(email, 1).subject().startsWith("Confirm your e-mail address"));
        awaitMail(email, "SENT", 2);
    }

    @Test
    void mailThatFailedForGoodIsSentAgainByAnAdmin() throws Exception {
        LocalServices.run("stop", "mail");
        String email = uniqueEmail("long-outage");
        TestAccounts.register(email, PASSWORD, "Patient Pam");
        awaitMail(email, "FAILED", 5); // every delivery attempt used: the message is on the DLQ
        LocalServices.run("start", "mail");

        OutgoingMailPage mails = BackOfficeSignInPage.reachFrom(browser, OutgoingMailPage.PATH)
                .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, OutgoingMailPage::new).awaitShown();
        OutgoingMailPage.Mail mail = mails.searchFor(email);
        assertEquals("FAILED", mail.status());
        browser.screenshot("30-admin-mail-failed");
        mail.sendAgain();
        mails.awaitFormMessage("The mail to " + email + " is queued again.");

        assertTrue(Mailbox.awaitMail(email, 1).subject().startsWith("Confirm your e-mail address"));
        awaitMail(email, "SENT", 6);
    }

    /** Waits until the account's mail has the status after at least {@code attempts} delivery attempts. */
    private static void awaitMail(String email, String status, int attempts) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Database.count("select count(*) from outgoing_mail where recipient = ? and status = ? and attempts >= ?",
                    email, status, attempts) == 1) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The mail to " + email + " was not " + status + " after " + attempts + " attempts: "
                + Database.single("select status || ' after ' || attempts || ': ' || coalesce(last_error, '')"
                + " from outgoing_mail where recipient = ?", email).orElse("no mail row"));
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
