package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.postFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** Five failed logins in 15 minutes, per account or per client address, close the door for a while. */
class LoginThrottlingApiIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a-long-enough-password";

    @Test
    void fiveWrongPasswordsForOneAccountLockItEvenFromNewAddresses() {
        String email = registeredAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, login(Http.someClientAddress(), email, "wrong-password-" + attempt).statusCode());
        }

        HttpResponse<String> sixth = login(Http.someClientAddress(), email, PASSWORD);

        assertThrottled(sixth);
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'login.throttled' and email = ?", email));
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
        String client = Http.someClientAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, login(client, "nobody-" + UUID.randomUUID() + "@example.org", PASSWORD).statusCode());
        }
        String email = registeredAccount();

        assertThrottled(login(client, email, PASSWORD));
        assertEquals(200, login(Http.someClientAddress(), email, PASSWORD).statusCode(), "other addresses still get in");
    }

    @Test
    void parallelGuessesAreCountedOneAfterAnother() throws Exception {
        String email = registeredAccount();
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int guess = 0; guess < 8; guess++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE_URL + "/api/v1/auth/login"))
                    .header("Content-Type", JSON).header("X-Forwarded-For", Http.someClientAddress())
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("email", email).add("password", "guess-number-" + guess).build().toString()))
                    .build();
            guesses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }

        Map<Integer, Long> statuses = guesses.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertEquals(Map.of(401, 5L, 429, 3L), statuses, "five guesses, then the door closes");
    }

    @Test
    void anAddressThatCannotExistIsA422NotAServerError() {
        HttpResponse<String> response = login(Http.someClientAddress(), "a".repeat(300) + "@example.org", PASSWORD);

        assertEquals(422, response.statusCode(), response.body());
        assertEquals("application/problem+json", contentType(response));
    }

    private static void assertThrottled(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("application/problem+json", contentType(response));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
    }

    private static String registeredAccount() {
        String email = "throttle-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Throttle Test");
        return email;
    }

    private static HttpResponse<String> login(String client, String email, String password) {
        return postFrom(client, "/api/v1/auth/login", JSON,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }
}
