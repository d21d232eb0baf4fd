package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.getWithToken;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.post;
import static dev.bazaar.it.http.Http.postFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Rotating refresh tokens: each works once, a replay revokes the family, logout ends it. */
class RefreshTokenApiIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "rotate-me-please";

    private final String client = Http.someClientAddress();
    private String email;
    private long accountId;

    @BeforeEach
    void registerAnAccount() {
        email = "refresh-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        accountId = TestAccounts.registerVerified(email, PASSWORD, "Rota");
    }

    @Test
    void aRefreshTokenBuysANewPairAndOnlyItsHashIsStored() throws Exception {
        JsonObject login = login();
        String first = login.getString("refreshToken");
        assertEquals(30 * 24 * 3600, login.getInt("refreshExpiresIn"));

        HttpResponse<String> refreshed = refresh(first);

        assertEquals(200, refreshed.statusCode(), refreshed.body());
        JsonObject next = json(refreshed);
        assertNotEquals(first, next.getString("refreshToken"));
        assertEquals(200, getWithToken("/api/v1/me", next.getString("accessToken")).statusCode());
        assertEquals(1, Database.count("select count(*) from refresh_token where token_hash = ? and user_id = ?", sha256(first), accountId));
        assertEquals(0, Database.count("select count(*) from refresh_token where token_hash = ?", first));
    }

    @Test
    void replayingAUsedTokenRevokesTheWholeFamily() {
        String first = login().getString("refreshToken");
        String second = json(refresh(first)).getString("refreshToken");

        HttpResponse<String> replay = refresh(first);

        assertEquals(401, replay.statusCode(), replay.body());
        assertEquals("application/problem+json", Http.contentType(replay));
        assertEquals(401, refresh(second).statusCode(), "the legitimate successor is revoked too");
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'refresh-token.replayed' and user_id = ?", accountId));
        assertEquals(0, Database.count("select count(*) from refresh_token where user_id = ? and revoked_at is null", accountId));
    }

    @Test
    void loggingOutEndsTheSessionAndCanBeRepeated() {
        String token = login().getString("refreshToken");

        assertEquals(204, post("/api/v1/auth/logout", JSON, body(token)).statusCode());
        assertEquals(401, refresh(token).statusCode());
        assertEquals(204, post("/api/v1/auth/logout", JSON, body(token)).statusCode());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'logout' and user_id = ?", accountId));
    }

    @Test
    void unknownOrMissingRefreshTokensAre401AndABrokenBodyIs400() {
        assertEquals(401, refresh("not-a-token").statusCode());
        assertEquals(401, post("/api/v1/auth/refresh", JSON, "{}").statusCode());
        assertEquals(400, post("/api/v1/auth/refresh", JSON, "{\"refreshToken\":").statusCode());
    }

    private JsonObject login() {
        HttpResponse<String> response = postFrom(client, "/api/v1/auth/login", JSON,
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> refresh(String token) {
        return post("/api/v1/auth/refresh", JSON, body(token));
    }

    private static String body(String token) {
        return Json.createObjectBuilder().add("refreshToken", token).build().toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
