package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.post;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** PUT /api/v1/me and POST /api/v1/me/password. */
class ProfileApiIT {

    @Test
    void aPersonChangesTheirNameAndPhone() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("profile");

        HttpResponse<String> updated = withToken("PUT", "/api/v1/me", me.accessToken(),
                Json.createObjectBuilder().add("name", "  Mary Seacole ").add("phone", "+44 20 7946 0958").build().toString());

        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Mary Seacole", json(updated).getString("name"));
        assertEquals("+44 20 7946 0958", Database.single("select phone from app_user where id = ?", me.id()).orElseThrow());
        assertEquals("Mary Seacole", json(withToken("GET", "/api/v1/me", me.accessToken(), null)).getString("name"));
    }

    @Test
    void aBadNameOrPhoneIsA422AndChangesNothing() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("profile");

        HttpResponse<String> rejected = withToken("PUT", "/api/v1/me", me.accessToken(),
                Json.createObjectBuilder().add("name", "").add("phone", "call me maybe").build().toString());

        assertEquals(422, rejected.statusCode());
        assertEquals(Map.of("name", "is required", "phone", "may contain only digits, spaces, + . - ( )"), Http.fieldErrors(rejected));
        assertEquals("Test profile", Database.single("select display_name from app_user where id = ?", me.id()).orElseThrow());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("password");
        String hashBefore = Database.single("select password_hash from app_user where id = ?", me.id()).orElseThrow();

        HttpResponse<String> wrongCurrent = withToken("POST", "/api/v1/me/password", me.accessToken(),
                change("not-my-password", "brand-new-password-2"));
        assertEquals(422, wrongCurrent.statusCode());
        assertEquals(Map.of("currentPassword", "is not your current password"), Http.fieldErrors(wrongCurrent));
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'password-change.failed'"
                + " and user_id = ? and detail = 'wrong current password on password change'", me.id()), "guesses are audited");
        assertEquals(hashBefore, Database.single("select password_hash from app_user where id = ?", me.id()).orElseThrow());

        HttpResponse<String> changed = withToken("POST", "/api/v1/me/password", me.accessToken(),
                change(TestAccounts.PASSWORD, "brand-new-password-2"));

        assertEquals(204, changed.statusCode(), changed.body());
        assertFalse(hashBefore.equals(Database.single("select password_hash from app_user where id = ?", me.id()).orElseThrow()));
        assertEquals(401, post("/api/v1/auth/refresh", "application/json",
                Json.createObjectBuilder().add("refreshToken", me.refreshToken()).build().toString()).statusCode(),
                "sessions elsewhere end");
        assertEquals(401, login(me.email(), TestAccounts.PASSWORD).statusCode());
        assertEquals(200, login(me.email(), "brand-new-password-2").statusCode());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'password.changed' and user_id = ?", me.id()));
    }

    @Test
    void aNewPasswordMustKeepThePolicy() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("password");

        HttpResponse<String> rejected = withToken("POST", "/api/v1/me/password", me.accessToken(),
                change(TestAccounts.PASSWORD, "short"));

        assertEquals(422, rejected.statusCode());
        assertEquals(Map.of("newPassword", "must be at least 10 characters"), Http.fieldErrors(rejected));
    }

    private static HttpResponse<String> login(String email, String password) {
        return Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}
