package dev.bazaar.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant QUEUED = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aMailKeepsWaitingThroughAnOutageOfADayAndThenFailsForGood() {
        OutgoingMail mail = new OutgoingMail("pat@example.org", "Hello", "Body", QUEUED);
        Instant now = QUEUED;
        int retriesInTheFirstHour = 0;
        while (mail.failedForNow("SMTP: connection refused", now)) {
            assertEquals(MailStatus.WAITING, mail.status());
            Instant next = mail.nextAttemptAt();
            assertTrue(next.isAfter(now));
            assertFalse(mail.retryIfDue(next.minusSeconds(1)), "not before it is due");
            assertTrue(mail.retryIfDue(next));
            assertEquals(MailStatus.QUEUED, mail.status());
            now = next;
            if (now.isBefore(QUEUED.plus(Duration.ofHours(1)))) {
                retriesInTheFirstHour++;
            }
        }

        assertEquals(MailStatus.FAILED, mail.status());
        assertNull(mail.nextAttemptAt());
        assertFalse(now.isBefore(QUEUED.plus(OutgoingMail.RETRY_WINDOW)), "still tried a day after it was queued");
        assertTrue(now.isBefore(QUEUED.plus(OutgoingMail.RETRY_WINDOW).plus(OutgoingMail.LONGEST_DELAY)));
        assertEquals(8, retriesInTheFirstHour, "after 10, 20, 40, 80, 160, 320, 640 and 1280 s");
        assertEquals(1 + 8 + 47, mail.attempts(), "then every half hour until the first attempt past the day");
    }

    @Test
    void theDelayDoublesUpToHalfAnHour() {
        assertEquals(Duration.ofSeconds(10), OutgoingMail.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), OutgoingMail.delayAfter(2));
        assertEquals(Duration.ofSeconds(1280), OutgoingMail.delayAfter(8));
        assertEquals(Duration.ofMinutes(30), OutgoingMail.delayAfter(9));
        assertEquals(Duration.ofMinutes(30), OutgoingMail.delayAfter(1000));
    }

    @Test
    void aRefusedMailFailsAtOnceAndAnAdminGivesItANewWindow() {
        OutgoingMail mail = new OutgoingMail("pat@example.org", "Hello", "Body", QUEUED);
        mail.failed("SMTP: invalid address");
        assertEquals(MailStatus.FAILED, mail.status());
        assertFalse(mail.retryIfDue(QUEUED.plus(Duration.ofDays(1))));

        Instant later = QUEUED.plus(Duration.ofDays(3));
        mail.requeue(later);
        assertEquals(MailStatus.QUEUED, mail.status());
        assertTrue(mail.failedForNow("SMTP: connection refused", later.plusSeconds(5)), "a new day to be retried in");
        assertThrows(IllegalStateException.class, () -> mail.requeue(later), "only failed mail");
    }

    @Test
    void aSentMailIsNeverQueuedAgain() {
        OutgoingMail mail = new OutgoingMail("pat@example.org", "Hello", "Body", QUEUED);
        assertTrue(mail.failedForNow("SMTP: timeout", QUEUED));
        mail.sent(QUEUED.plusSeconds(3));
        assertFalse(mail.retryIfDue(QUEUED.plus(Duration.ofHours(2))));
        assertEquals(MailStatus.SENT, mail.status());
        assertThrows(IllegalStateException.class, () -> mail.requeue(QUEUED.plus(Duration.ofHours(2))));
    }
}
