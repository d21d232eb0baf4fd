package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Registers a fresh customer through the API and logs it in, from an address of its own. */
final class TestAccounts {

    static final String PASSWORD = "a-test-password-1";

    record LoggedIn(long id, String email, String accessToken, String refreshToken) {
    }

    private TestAccounts() {
    }

    static LoggedIn registeredAndLoggedIn(String emailPrefix) {
        String email = emailPrefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        HttpResponse<String> registered = Http.post("/api/v1/auth/register", "application/json", Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("name", "Test " + emailPrefix).build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> login = Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString());
        assertEquals(200, login.statusCode(), login.body());
        JsonObject tokens = Http.json(login);
        return new LoggedIn(Http.json(registered).getJsonNumber("id").longValue(), email,
                tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }
}
