package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.DeadLettersPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestBroker;
import jakarta.json.Json;

/** A platform admin finds dead letters by event id, reads one whole, replays it, and discards another. */
class DeadLettersBrowserIT extends BrowserTest {

    @Test
    void anAdminReplaysOneDeadLetterAndDiscardsAnother() throws Exception {
        String replayed = UUID.randomUUID().toString();
        String aggregate = "DL-" + replayed.substring(0, 8);
        TestBroker.deadLetter("bazaar.events::event-log", Json.createObjectBuilder().add("eventId", replayed)
                .add("type", "test.replayed").add("occurredAt", Instant.now().toString()).add("aggregateId", aggregate)
                .add("payload", Json.createObjectBuilder().add("note", "waited in the dead-letter queue")).build().toString(),
                Map.of("type", "test.replayed", "eventId", replayed));
        String discarded = UUID.randomUUID().toString();
        TestBroker.deadLetter("bazaar.events::order-notifications", "not an event", Map.of("type", "order.poison", "eventId", discarded));

        DeadLettersPage letters = BackOfficeSignInPage.reachFrom(browser, "/admin/")
                .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openDeadLetters();
        DeadLettersPage.Letter letter = letters.searchFor(replayed);
        assertEquals("bazaar.events::event-log", letter.origin());
        assertEquals("test.replayed", letter.type());
        String body = letter.body();
        assertTrue(body.contains("waited in the dead-letter queue"), body);
        browser.screenshot("16-admin-dead-letters");

        letters.replay();

        letters.awaitFormMessage("is sent back to bazaar.events::event-log");
        Database.awaitEvent("test.replayed", aggregate);

        letters.clearSearch();
        letters.searchFor(discarded);
        letters.discard();

        letters.awaitFormMessage("is discarded.");
        letters.awaitList("The dead-letter queue holds nothing here.");
    }
}
