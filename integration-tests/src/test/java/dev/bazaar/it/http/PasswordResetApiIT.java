package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.post;
import static dev.bazaar.it.http.Http.postFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * A forgotten password is reset through a mailed link: it works once, expires, ends every session
 * of the account, and asking for it reveals nothing about which addresses have accounts.
 */
class PasswordResetApiIT {

    private static final String JSON = "application/json";
    private static final String OLD_PASSWORD = "forgotten-password-1";
    private static final String NEW_PASSWORD = "remembered-password-2";

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsEverySession() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("reset");
        String client = Http.someClientAddress();

        assertEquals(202, requestReset(client, me.email()).statusCode());
        Mailbox.Mail mail = Mailbox.awaitMail(me.email(), 2); // the first is the verification mail
        assertEquals("Reset your Bazaar password", mail.subject());
        String token = mail.token(Mailbox.RESET_PAGE);

        HttpResponse<String> weak = reset(token, me.email());
        assertEquals(422, weak.statusCode(), "the password policy holds here too");
        assertEquals("newPassword", json(weak).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, login(client, me.email(), TestAccounts.PASSWORD).statusCode(), "nothing changed");

        assertEquals(204, reset(token, NEW_PASSWORD).statusCode());
        assertEquals(401, login(client, me.email(), TestAccounts.PASSWORD).statusCode(), "the old password is gone");
        assertEquals(200, login(client, me.email(), NEW_PASSWORD).statusCode());
        HttpResponse<String> refresh = post("/api/v1/auth/refresh", JSON,
                Json.createObjectBuilder().add("refreshToken", me.refreshToken()).build().toString());
        assertEquals(401, refresh.statusCode(), "sessions from before the reset are over");
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'password.reset' and user_id = ?", me.id()));

        assertEquals(422, reset(token, "yet-another-password-3").statusCode(), "a link works once");
        assertEquals(200, login(client, me.email(), NEW_PASSWORD).statusCode());
    }

    @Test
    void anExpiredLinkIsRefused() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("expired");
        assertEquals(202, requestReset(Http.someClientAddress(), me.email()).statusCode());
        String token = Mailbox.awaitMail(me.email(), 2).token(Mailbox.RESET_PAGE);
        Database.update("update account_token set expires_at = now() - interval '1 second'"
                + " where user_id = ? and purpose = 'RESET_PASSWORD'", me.id());

        HttpResponse<String> late = reset(token, NEW_PASSWORD);

        assertEquals(422, late.statusCode(), late.body());
        assertTrue(json(late).getJsonArray("errors").getJsonObject(0).getString("message").contains("expired"));
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMailAndAMailboxIsNotFlooded() {
        String client = Http.someClientAddress();
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        assertEquals(202, requestReset(client, stranger).statusCode());
        assertEquals(0, Database.count("select count(*) from outgoing_mail where recipient = ?", stranger));

        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("flood");
        for (int i = 0; i < 4; i++) {
            assertEquals(202, requestReset(Http.someClientAddress(), me.email()).statusCode());
        }
        assertEquals(3, Database.count("select count(*) from outgoing_mail where recipient = ? and subject like 'Reset%'",
                me.email()), "three reset mails per account in 15 minutes, however many are asked for");
    }

    private static HttpResponse<String> requestReset(String client, String email) {
        return postFrom(client, "/api/v1/auth/password-reset", JSON, Json.createObjectBuilder().add("email", email).build().toString());
    }

    private static HttpResponse<String> reset(String token, String newPassword) {
        return post("/api/v1/auth/password-reset/confirm", JSON,
                Json.createObjectBuilder().add("token", token).add("newPassword", newPassword).build().toString());
    }

    private static HttpResponse<String> login(String client, String email, String password) {
        return postFrom(client, "/api/v1/auth/login", JSON,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }
}
