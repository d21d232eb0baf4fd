package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
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
 * Registration mails a verification link through the real SMTP server; the account signs in only
 * after the link is used, and each link works once.
 */
class EmailVerificationApiIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "verify-me-please";

    @Test
    void theMailedLinkVerifiesTheAddressOnceAndOpensTheLogin() {
        String email = uniqueEmail();
        long id = TestAccounts.register(email, PASSWORD, "Verity");
        String client = Http.someClientAddress();

        HttpResponse<String> early = login(client, email, PASSWORD);
        assertEquals(403, early.statusCode(), early.body());
        assertEquals("application/problem+json", contentType(early));
        assertTrue(json(early).getString("detail").contains("Verify your e-mail address first"), early.body());
        HttpResponse<String> wrongPassword = login(client, email, "not-the-password");
        assertEquals(401, wrongPassword.statusCode(), "a wrong password says nothing about verification");

        Mailbox.Mail mail = Mailbox.awaitMail(email, 1);
        assertEquals("Confirm your e-mail address for Bazaar", mail.subject());
        assertTrue(mail.link(Mailbox.VERIFY_PAGE).startsWith(Http.BASE_URL + Mailbox.VERIFY_PAGE + "?token="), mail.body());
        String token = mail.token(Mailbox.VERIFY_PAGE);
        assertEquals(1, Database.count("select count(*) from account_token where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')"
                + " and user_id = ? and purpose = 'VERIFY_EMAIL' and used_at is null", token, id), "only the hash is stored");
        assertEquals(0, Database.count("select count(*) from account_token where token_hash = ?", token));
        assertEquals("SENT", Database.single("select status from outgoing_mail where recipient = ?", email).orElseThrow());

        assertEquals(204, verify(token).statusCode());
        assertEquals(1, Database.count("select count(*) from app_user where id = ? and email_verified_at is not null", id));
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'email.verified' and user_id = ?", id));
        assertEquals(200, login(client, email, PASSWORD).statusCode());

        HttpResponse<String> again = verify(token);
        assertEquals(422, again.statusCode(), "a link works once");
        assertEquals("token", json(again).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aNewLinkCanBeAskedForAndTheAnswerNeverRevealsWhetherAnAccountExists() {
        String email = uniqueEmail();
        TestAccounts.register(email, PASSWORD, "Resend");
        Mailbox.awaitMail(email, 1);
        String client = Http.someClientAddress();

        assertEquals(202, requestLink(client, email).statusCode());
        String second = Mailbox.awaitMail(email, 2).token(Mailbox.VERIFY_PAGE);
        String stranger = uniqueEmail();
        assertEquals(202, requestLink(client, stranger).statusCode(), "the same answer for an unknown address");
        assertEquals(0, Database.count("select count(*) from outgoing_mail where recipient = ?", stranger));

        assertEquals(204, verify(second).statusCode());
        assertEquals(202, requestLink(client, email).statusCode(), "the same answer once verified");
        assertEquals(2, Database.count("select count(*) from outgoing_mail where recipient = ?", email), "no mail after verifying");
    }

    @Test
    void badRequestsAreExplainedAndAClientAskingTooOftenIsSlowedDown() {
        HttpResponse<String> malformed = requestLink(Http.someClientAddress(), "not-an-address");
        assertEquals(422, malformed.statusCode());
        assertEquals("email", json(malformed).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> noToken = post("/api/v1/auth/verify-email", JSON, "{}");
        assertEquals(422, noToken.statusCode());
        assertEquals(422, verify("made-up-token").statusCode());
        assertEquals(400, post("/api/v1/auth/verify-email", JSON, "{\"token\":").statusCode());

        String client = Http.someClientAddress();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, requestLink(client, uniqueEmail()).statusCode());
        }
        HttpResponse<String> throttled = requestLink(client, uniqueEmail());
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    private static HttpResponse<String> verify(String token) {
        return post("/api/v1/auth/verify-email", JSON, Json.createObjectBuilder().add("token", token).build().toString());
    }

    private static HttpResponse<String> requestLink(String client, String email) {
        return postFrom(client, "/api/v1/auth/verification-mail", JSON, Json.createObjectBuilder().add("email", email).build().toString());
    }

    private static HttpResponse<String> login(String client, String email, String password) {
        return postFrom(client, "/api/v1/auth/login", JSON,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    private static String uniqueEmail() {
        return "verify-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
