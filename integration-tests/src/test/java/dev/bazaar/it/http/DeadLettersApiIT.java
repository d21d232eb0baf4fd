package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.getWithToken;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * /api/v1/admin/dead-letters: platform admins read Artemis's dead-letter queue, send a message back to
 * the queue it failed in, or discard it. Each test acts on its own messages only (the broker is shared).
 */
class DeadLettersApiIT {

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    /** Five deliveries 1, 2, 4 and 8 s apart, then the move to DLQ; with room for a busy machine. */
    private static final Duration DEAD_LETTERING = Duration.ofSeconds(60);

    @Test
    void anAdminListsAndReadsADeadLetterAndDiscardsIt() {
        String admin = TestAccounts.admin().accessToken();
        String eventId = UUID.randomUUID().toString();
        String body = "{\"eventId\":\"" + eventId + "\",\"note\":\"" + "long ".repeat(80) + "\"}";
        String messageId = TestBroker.deadLetter("bazaar.events::order-notifications", body,
                Map.of("type", "order.poison", "eventId", eventId));
        String id = TestBroker.apiId(messageId);

        HttpResponse<String> listed = getWithToken(DEAD_LETTERS + "?eventId=" + eventId, admin);

        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(1, json(listed).getInt("totalItems"));
        assertFalse(json(listed).getBoolean("moreThanCounted"));
        JsonObject item = json(listed).getJsonArray("items").getJsonObject(0);
        assertEquals(id, item.getString("id"));
        assertEquals(messageId, item.getString("messageId"));
        assertEquals("bazaar.events::order-notifications", item.getString("origin"));
        assertEquals("order-notifications", item.getString("originalQueue"));
        assertEquals("order.poison", item.getString("eventType"));
        assertEquals(eventId, item.getString("eventId"));
        assertTrue(item.containsKey("sentAt"), item.toString());
        assertEquals(body.substring(0, 200), item.getString("body"), "a list shows a preview");
        assertFalse(item.getBoolean("bodyComplete"));

        HttpResponse<String> one = getWithToken(DEAD_LETTERS + "/" + id, admin);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(body, json(one).getString("body"));
        assertTrue(json(one).getBoolean("bodyComplete"));
        assertEquals(200, getWithToken(DEAD_LETTERS + "/" + messageId, admin).statusCode(), "the id with its ID: prefix works too");

        HttpResponse<String> discarded = withToken("DELETE", DEAD_LETTERS + "/" + id, admin, null);

        assertEquals(204, discarded.statusCode(), discarded.body());
        assertEquals(404, getWithToken(DEAD_LETTERS + "/" + id, admin).statusCode());
        assertEquals(404, withToken("DELETE", DEAD_LETTERS + "/" + id, admin, null).statusCode(), "discarded once only");
        assertEquals(0, json(getWithToken(DEAD_LETTERS + "?eventId=" + eventId, admin)).getInt("totalItems"));
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'dead-letter.discarded'"
                + " and detail like ?", "%" + messageId + "%" + "discarded by admin@bazaar.test"));
    }

    @Test
    void aMailThatFailedFiveTimesIsDeliveredWhenReplayedAfterItsAddressIsMended() {
        String admin = TestAccounts.admin().accessToken();
        String token = UUID.randomUUID().toString().substring(0, 12);
        // the SMTP client refuses an address without a domain, so the mail consumer fails this mail at every delivery
        long mailId = Long.parseLong(Database.single("insert into outgoing_mail (recipient, subject, body, status, created_at)"
                + " values (?, ?, 'A mail that waited in the dead-letter queue.', 'QUEUED', now()) returning id",
                "replayed-" + token + ".example.org", "Dead letter " + token).orElseThrow());
        String id = TestBroker.apiId(TestBroker.sendToQueue("bazaar.mail", Long.toString(mailId)));

        JsonObject letter = awaitDeadLetter(admin, id);

        assertEquals("bazaar.mail::bazaar.mail", letter.getString("origin"));
        assertEquals(Long.toString(mailId), letter.getString("body"));
        assertEquals("FAILED 5", Database.single("select status || ' ' || attempts from outgoing_mail where id = ?", mailId).orElseThrow(),
                "five real deliveries failed before Artemis gave up");
        String mended = "replayed-" + token + "@example.org";
        Database.update("update outgoing_mail set recipient = ? where id = ?", mended, mailId);

        HttpResponse<String> replayed = withToken("POST", DEAD_LETTERS + "/" + id + "/replay", admin, null);

        assertEquals(200, replayed.statusCode(), replayed.body());
        assertEquals("bazaar.mail::bazaar.mail", json(replayed).getString("origin"));
        assertEquals(404, getWithToken(DEAD_LETTERS + "/" + id, admin).statusCode(), "no longer a dead letter");
        assertEquals("Dead letter " + token, Mailbox.awaitMail(mended, 1).subject());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'dead-letter.replayed'"
                + " and detail like ?", "%ID:" + id + " sent back to bazaar.mail::bazaar.mail by admin@bazaar.test"));
        assertEquals(404, withToken("POST", DEAD_LETTERS + "/" + id + "/replay", admin, null).statusCode(), "replayed once only");
    }

    @Test
    void aMessageThatCannotGoBackIsRefusedAndStaysToBeDiscarded() {
        String admin = TestAccounts.admin().accessToken();
        String orphan = TestBroker.apiId(TestBroker.deadLetter(null, "from nowhere", Map.of("eventId", UUID.randomUUID().toString())));
        String foreign = TestBroker.apiId(TestBroker.deadLetter("elsewhere::somebody-else", "{}",
                Map.of("eventId", UUID.randomUUID().toString())));

        HttpResponse<String> noOrigin = withToken("POST", DEAD_LETTERS + "/" + orphan + "/replay", admin, null);
        HttpResponse<String> notOurs = withToken("POST", DEAD_LETTERS + "/" + foreign + "/replay", admin, null);

        assertEquals(409, noOrigin.statusCode(), noOrigin.body());
        assertEquals("application/problem+json", Http.contentType(noOrigin));
        assertTrue(fieldErrors(noOrigin).containsKey("origin"), noOrigin.body());
        assertEquals(409, notOurs.statusCode(), notOurs.body());
        assertTrue(fieldErrors(notOurs).get("origin").contains("elsewhere::somebody-else"), notOurs.body());
        assertEquals(200, getWithToken(DEAD_LETTERS + "/" + orphan, admin).statusCode(), "a refused replay leaves the message");
        assertEquals(200, getWithToken(DEAD_LETTERS + "/" + foreign, admin).statusCode());
        assertEquals(204, withToken("DELETE", DEAD_LETTERS + "/" + orphan, admin, null).statusCode());
        assertEquals(204, withToken("DELETE", DEAD_LETTERS + "/" + foreign, admin, null).statusCode());
    }

    @Test
    void onlyPlatformAdminsReachDeadLettersAndUnknownOnesAreNotFound() {
        String admin = TestAccounts.admin().accessToken();
        String customer = TestAccounts.registeredAndLoggedIn("dead-letters").accessToken();
        String owner = TestVendors.approvedShop().owner().accessToken();
        String eventId = UUID.randomUUID().toString();
        String id = TestBroker.apiId(TestBroker.deadLetter("bazaar.events::event-log", "{}", Map.of("eventId", eventId)));

        for (String outsider : new String[] {customer, owner}) {
            assertEquals(403, getWithToken(DEAD_LETTERS, outsider).statusCode());
            assertEquals(403, getWithToken(DEAD_LETTERS + "/" + id, outsider).statusCode());
            assertEquals(403, withToken("POST", DEAD_LETTERS + "/" + id + "/replay", outsider, null).statusCode());
            assertEquals(403, withToken("DELETE", DEAD_LETTERS + "/" + id, outsider, null).statusCode());
        }
        assertEquals(401, Http.get(DEAD_LETTERS).statusCode());
        assertEquals(401, Http.call("POST", DEAD_LETTERS + "/" + id + "/replay", null, null).statusCode());
        assertEquals(401, Http.call("DELETE", DEAD_LETTERS + "/" + id, null, null).statusCode());
        assertEquals(1, json(getWithToken(DEAD_LETTERS + "?eventId=" + eventId, admin)).getInt("totalItems"),
                "nobody but an admin took it off the queue");

        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> missing = getWithToken(DEAD_LETTERS + "/" + unknown, admin);
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", Http.contentType(missing));
        assertEquals(404, withToken("POST", DEAD_LETTERS + "/" + unknown + "/replay", admin, null).statusCode());
        assertEquals(404, withToken("DELETE", DEAD_LETTERS + "/" + unknown, admin, null).statusCode());
        assertEquals(404, getWithToken(DEAD_LETTERS + "/it's%20not%20an%20id", admin).statusCode());
        HttpResponse<String> badEventId = getWithToken(DEAD_LETTERS + "?eventId=not-an-event", admin);
        assertEquals(400, badEventId.statusCode());
        assertTrue(fieldErrors(badEventId).containsKey("eventId"));
        assertEquals(400, getWithToken(DEAD_LETTERS + "?size=0", admin).statusCode());
        assertEquals(204, withToken("DELETE", DEAD_LETTERS + "/" + id, admin, null).statusCode());
    }

    /** Waits until Artemis has dead-lettered the message, and returns it as the API shows it. */
    private static JsonObject awaitDeadLetter(String admin, String id) {
        Instant giveUp = Instant.now().plus(DEAD_LETTERING);
        while (true) {
            HttpResponse<String> found = getWithToken(DEAD_LETTERS + "/" + id, admin);
            if (found.statusCode() == 200) {
                return json(found);
            }
            assertEquals(404, found.statusCode(), found.body());
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("message " + id + " was not dead-lettered within " + DEAD_LETTERING.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
