package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.platform.application.DeadLetterQueue;
import dev.bazaar.platform.application.DeadLetterView;
import dev.bazaar.platform.application.DeadLetters;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

/**
 * Runs inside Liberty against the real Artemis and PostgreSQL: a message its consumer keeps failing
 * is redelivered with back-off and then dead-lettered with the queue it failed in; a replay goes to
 * that queue and to no other, and reaches the consumer, which handles it once the data it needs is
 * mended. Acts only on its own messages: the broker and the dead-letter queue are shared.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterReplayIT {

    /** Five deliveries 1, 2, 4 and 8 s apart, then the move to DLQ; with room for a busy machine. */
    private static final Duration DEAD_LETTERING = Duration.ofSeconds(60);
    private static final Duration BACK_OFF = Duration.ofSeconds(1 + 2 + 4 + 8);

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(DeadLetterReplayIT.class, DeadLettersInTransaction.class);
    }

    @Inject
    DeadLetterQueue deadLetterQueue;

    @Inject
    DeadLettersInTransaction inTransaction;

    @Inject
    DeadLetters deadLetters;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Test
    void aMessageItsConsumerKeepsFailingIsDeadLetteredAndAReplayReachesThatConsumerAlone() throws Exception {
        UUID eventId = UUID.randomUUID();
        Instant sent = Instant.now();
        // not an event, so the event log fails it every time; its type would pass order-notifications' filter too
        String messageId = inTransaction.sendToEventQueue("bazaar.events::event-log", "not a domain event", "order.poison", eventId);

        DeadLetterView letter = await(() -> single(eventId), "dead-lettered from event-log");

        assertTrue(Duration.between(sent, Instant.now()).compareTo(BACK_OFF.minusSeconds(1)) >= 0,
                "redelivered with back-off before it was dead-lettered");
        assertEquals(messageId, letter.messageId());
        assertEquals("bazaar.events::event-log", letter.origin());
        assertEquals("event-log", letter.originalQueue());
        assertEquals("order.poison", letter.eventType());
        assertEquals(eventId.toString(), letter.eventId());
        assertEquals("not a domain event", letter.body());
        assertEquals(0, count("select count(*) from event_log where event_id = '" + eventId + "'"));

        assertTrue(inTransaction.replay(letter.id(), letter.origin()));

        assertTrue(deadLetterQueue.find(letter.id()).isEmpty(), "taken off the dead-letter queue");
        // the event log fails the replayed copy again: it comes back from event-log, and only from there;
        // had it gone to the address, order-notifications would have dead-lettered a copy of its own
        DeadLetterView back = await(() -> single(eventId).filter(again -> !again.id().equals(letter.id())), "back from event-log");
        Thread.sleep(3_000);
        Page<DeadLetterView> copies = deadLetterQueue.browse(eventId, new PageRequest(0, 10)).page();
        assertEquals(1, copies.totalItems(), copies.items().toString());
        assertEquals("bazaar.events::event-log", back.origin());
        assertNotEquals(letter.messageId(), back.messageId());
        assertEquals(eventId.toString(), back.eventId(), "the replay carried the application properties");

        assertTrue(inTransaction.discard(back.id()));
        assertEquals(0, deadLetterQueue.browse(eventId, new PageRequest(0, 10)).page().totalItems());
    }

    @Test
    void aMailItsConsumerFailedIsSentWhenReplayedOnceItsAddressIsMended() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 12);
        // the SMTP client refuses an address without a domain: every delivery of this mail fails
        long mailId = inTransaction.queueMail(new MailMessage("in-container-" + token + ".example.org",
                "Replayed " + token, "A mail that waited in the dead-letter queue."));

        DeadLetterView letter = await(() -> findInDeadLetterQueue(l -> Long.toString(mailId).equals(l.body())), "mail dead-lettered");

        assertEquals("bazaar.mail::bazaar.mail", letter.origin());
        assertEquals("FAILED 5", single("select status || ' ' || attempts from outgoing_mail where id = " + mailId),
                "five deliveries failed before Artemis gave up");
        update("update outgoing_mail set recipient = 'in-container-" + token + "@example.org' where id = " + mailId);

        assertTrue(inTransaction.replay(letter.id(), letter.origin()));

        assertTrue(deadLetterQueue.find(letter.id()).isEmpty(), "taken off the dead-letter queue");
        await(() -> Optional.ofNullable(single("select status from outgoing_mail where id = " + mailId + " and status = 'SENT'")),
                "mail sent after the replay");
        assertEquals("6", single("select attempts from outgoing_mail where id = " + mailId), "one more delivery, and it worked");
    }

    @Test
    void onlyPlatformAdminsMayReadOrChangeTheDeadLetterQueue() {
        assertThrows(EJBAccessException.class, () -> deadLetters.list(null, new PageRequest(0, 10)));
        assertThrows(EJBAccessException.class, () -> deadLetters.letter("x"));
        assertThrows(EJBAccessException.class, () -> deadLetters.replay("x"));
        assertThrows(EJBAccessException.class, () -> deadLetters.discard("x"));
    }

    private Optional<DeadLetterView> single(UUID eventId) {
        return deadLetterQueue.browse(eventId, new PageRequest(0, 10)).page().items().stream().findFirst();
    }

    private Optional<DeadLetterView> findInDeadLetterQueue(Predicate<DeadLetterView> wanted) {
        for (int number = 0; ; number++) {
            Page<DeadLetterView> page = deadLetterQueue.browse(null, new PageRequest(number, PageRequest.MAX_SIZE)).page();
            Optional<DeadLetterView> found = page.items().stream().filter(wanted).findFirst();
            if (found.isPresent() || !page.hasNext()) {
                return found;
            }
        }
    }

    private interface Probe<T> {
        Optional<T> look() throws Exception;
    }

    private static <T> T await(Probe<T> probe, String what) throws Exception {
        Instant giveUp = Instant.now().plus(DEAD_LETTERING);
        while (true) {
            Optional<T> found = probe.look();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not within " + DEAD_LETTERING.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

    private long count(String sql) throws SQLException {
        return Rows.count(dataSource, sql);
    }

    private String single(String sql) throws SQLException {
        return Rows.single(dataSource, sql);
    }

    private void update(String sql) throws SQLException {
        Rows.update(dataSource, sql);
    }
}
