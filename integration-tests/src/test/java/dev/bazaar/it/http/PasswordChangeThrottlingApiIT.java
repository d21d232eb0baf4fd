package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * Wrong current passwords on POST /api/v1/me/password are throttled on their own counter (5 per account in
 * 15 minutes, then 429): a stolen access token must not be able to lock the owner out of signing in.
 */
class PasswordChangeThrottlingApiIT {

    @Test
    void guessingTheCurrentPasswordIsThrottledWithoutLockingTheOwnersLogin() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("pwguess");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = withToken("POST", "/api/v1/me/password", me.accessToken(),
                    change("not-my-password-" + attempt, "brand-new-password-2"));
            assertEquals(422, wrong.statusCode(), "attempt " + attempt + ": " + wrong.body());
        }

        HttpResponse<String> sixth = withToken("POST", "/api/v1/me/password", me.accessToken(),
                change(TestAccounts.PASSWORD, "brand-new-password-2"));
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertEquals("application/problem+json", Http.contentType(sixth));
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        HttpResponse<String> login = Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", me.email()).add("password", TestAccounts.PASSWORD).build().toString());
        assertEquals(200, login.statusCode(), "the owner still signs in: " + login.body());
        assertEquals(0, Database.count("select count(*) from security_event where event_type = 'login.failed' and user_id = ?",
                me.id()), "wrong current passwords are not failed logins");
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}
