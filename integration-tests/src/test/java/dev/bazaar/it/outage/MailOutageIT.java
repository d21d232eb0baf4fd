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
 * Stops the real SMTP server: registration still succeeds, its mail waits, and nothing is lost. The
 * mail is tried again with back-off for 24 hours (docs/adr/0006): it is delivered, once, when the
 * server returns after a short outage or after an hour; a mail still undelivered at the end of the
 * day has failed for good, and an admin sends it again from the back office.
 *
 * <p>Time is moved honestly by moving the mail's own clock in the database: its queue time and retry
 * deadline go back by the outage's length and its next attempt is made due, exactly the row an
 * hour-long (or day-long) outage leaves; the server's timer and delivery code then act on it as they
 * would after that time.
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
        awaitMail(email, "WAITING", 1);

        LocalServices.run("start", "mail");

        assertTrue(Mailbox.awaitMail(email, 1).subject().startsWith("Confirm your e-mail address"));
        awaitMail(email, "SENT", 2);
    }

    @Test
    void mailStillWaitsAfterAnHourOfOutageAndIsDeliveredOnceWhenTheServerReturns() throws Exception {
        LocalServices.run("stop", "mail");
        String email = uniqueEmail("hour-outage");
        TestAccounts.register(email, PASSWORD, "Patient Paul");
        awaitMail(email, "WAITING", 1);

        // an hour of outage passes and the next attempt falls due: it fails too, and the mail waits on
        int before = moveClock(email, "created_at = created_at - interval '1 hour',"
                + " retry_until = retry_until - interval '1 hour', next_attempt_at = now()");
        awaitMail(email, "WAITING", before + 1);
        assertEquals(1, Database.count("select count(*) from outgoing_mail where recipient = ? and status = 'WAITING'"
                + " and next_attempt_at > now() and retry_until > now() + interval '22 hours'", email),
                "tried again later, for the rest of the day");

        LocalServices.run("start", "mail");
        Database.update("update outgoing_mail set next_attempt_at = now(), version = version + 1"
                + " where recipient = ? and status = 'WAITING'", email); // that later is now (unless it came already)

        assertTrue(Mailbox.awaitMail(email, 1).subject().startsWith("Confirm your e-mail address"));
        awaitMail(email, "SENT", before + 2);
        Thread.sleep(Duration.ofSeconds(15).toMillis()); // past the next retry run, which must not send it again
        assertEquals(1, Mailbox.received(email).size(), "delivered exactly once");
        assertEquals("SENT", Database.single("select status from outgoing_mail where recipient = ?", email).orElseThrow());
    }

    @Test
    void mailThatFailedForGoodIsSentAgainByAnAdmin() throws Exception {
        LocalServices.run("stop", "mail");
        String email = uniqueEmail("long-outage");
        TestAccounts.register(email, PASSWORD, "Patient Pam");
        awaitMail(email, "WAITING", 1);
        // a day of outage passes: the last attempt in the window fails, the broker's redeliveries too
        int before = moveClock(email, "created_at = created_at - interval '24 hours', retry_until = now(), next_attempt_at = now()");
        awaitMail(email, "FAILED", before + 5); // every delivery attempt used: the message is on the DLQ
        LocalServices.run("start", "mail");

        OutgoingMailPage mails = BackOfficeSignInPage.reachFrom(browser, OutgoingMailPage.PATH)
                .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, OutgoingMailPage::new).awaitShown();
        OutgoingMailPage.Mail mail = mails.searchFor(email);
        assertEquals("FAILED", mail.status());
        browser.screenshot("30-admin-mail-failed");
        mail.sendAgain();
        mails.awaitFormMessage("The mail to " + email + " is queued again.");

        assertTrue(Mailbox.awaitMail(email, 1).subject().startsWith("Confirm your e-mail address"));
        awaitMail(email, "SENT", before + 6);
    }

    /**
     * Sets the waiting mail's times as {@code assignments} say (its version moves on, so a delivery that
     * read the row before loses); returns its attempts so far.
     */
    private static int moveClock(String email, String assignments) {
        assertEquals(1, Database.update("update outgoing_mail set " + assignments + ", version = version + 1"
                + " where recipient = ? and status = 'WAITING'", email), "the mail waits");
        return Integer.parseInt(Database.single("select attempts from outgoing_mail where recipient = ?", email).orElseThrow());
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
