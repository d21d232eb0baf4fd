package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Customers for tests, made the way people make them: registered through the API, verified by mail. */
public final class TestAccounts {

    public static final String PASSWORD = "a-test-password-1";

    public record LoggedIn(long id, String email, String accessToken, String refreshToken) {
    }

    private TestAccounts() {
    }

    /** Registers a customer and returns its id; its address is not verified yet. */
    public static long register(String email, String password, String name) {
        HttpResponse<String> registered = Http.post("/api/v1/auth/register", "application/json", Json.createObjectBuilder()
                .add("email", email).add("password", password).add("name", name).build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        return Http.json(registered).getJsonNumber("id").longValue();
    }

    /** Opens the link of the verification mail the address received, as its owner would. */
    public static void verify(String email) {
        String token = Mailbox.awaitMail(email, 1).token(Mailbox.VERIFY_PAGE);
        HttpResponse<String> verified = Http.post("/api/v1/auth/verify-email", "application/json",
                Json.createObjectBuilder().add("token", token).build().toString());
        assertEquals(204, verified.statusCode(), verified.body());
    }

    /** Registers a customer and verifies its address; returns its id. */
    public static long registerVerified(String email, String password, String name) {
        long id = register(email, password, name);
        verify(email);
        return id;
    }

    static LoggedIn registeredAndLoggedIn(String emailPrefix) {
        String email = emailPrefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        long id = registerVerified(email, PASSWORD, "Test " + emailPrefix);
        return logIn(id, email, PASSWORD);
    }

    /**
     * Signs in through the API, as an app would; a new sign-in carries the account's roles as they are now. It
     * comes from an address in 198.18.0.0/15, a range no test fails logins from: with {@link Http#someClientAddress()}
     * a sign-in now and then drew an address a throttling test had just locked (a fresh-clone run's admin got 429).
     */
    public static LoggedIn logIn(long id, String email, String password) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String signInAddress = "198." + random.nextInt(18, 20) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        HttpResponse<String> login = Http.postFrom(signInAddress, "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        assertEquals(200, login.statusCode(), login.body());
        JsonObject tokens = Http.json(login);
        return new LoggedIn(id, email, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    /** The account as it sees itself ({@code /api/v1/me}) through a fresh sign-in: its name and roles as they are now. */
    public static JsonObject me(String email, String password) {
        return Http.json(Http.getWithToken("/api/v1/me", logIn(0, email, password).accessToken()));
    }

    /** The demo platform admin, signed in through the API. */
    public static LoggedIn admin() {
        return logIn(0, "admin@bazaar.test", "bazaar-demo-2026");
    }
}
