package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.getWithToken;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.postFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** POST /api/v1/auth/login and GET /api/v1/me: tokens that work, and every kind that must not. */
class LoginApiIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "marmalade-sandwich";

    private String email;
    private long accountId;
    /** Each test logs in from its own address, so failures here never throttle another test or run. */
    private final String clientAddress = Http.someClientAddress();

    @BeforeEach
    void registerAnAccount() {
        email = "login-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        accountId = TestAccounts.registerVerified(email, PASSWORD, "Paddington");
    }

    @Test
    void theRightPasswordGetsAFifteenMinuteTokenThatOpensMe() {
        HttpResponse<String> login = login(email.toUpperCase(), PASSWORD);

        assertEquals(200, login.statusCode(), login.body());
        JsonObject answer = json(login);
        assertEquals("Bearer", answer.getString("tokenType"));
        assertEquals(900, answer.getInt("expiresIn"));
        JsonObject claims = claims(answer.getString("accessToken"));
        assertEquals(String.valueOf(accountId), claims.getString("sub"));
        assertEquals(email, claims.getString("upn"));
        assertEquals("[\"CUSTOMER\"]", claims.getJsonArray("groups").toString());
        assertEquals(TestTokens.ISSUER, claims.getString("iss"));
        assertEquals(900, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'login.succeeded' and user_id = ?", accountId));

        HttpResponse<String> me = getWithToken("/api/v1/me", answer.getString("accessToken"));

        assertEquals(200, me.statusCode(), me.body());
        assertEquals(email, json(me).getString("email"));
        assertEquals("Paddington", json(me).getString("name"));
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSame401AndAreAudited() {
        HttpResponse<String> wrongPassword = login(email, "marmalade-sandwicH");
        HttpResponse<String> unknownAddress = login("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD);

        for (HttpResponse<String> response : java.util.List.of(wrongPassword, unknownAddress)) {
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("application/problem+json", contentType(response));
            assertEquals("The e-mail address or the password is wrong", json(response).getString("detail"));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        assertEquals("wrong password", Database.single(
                "select detail from security_event where event_type = 'login.failed' and user_id = ?", accountId).orElseThrow());
    }

    @Test
    void missingCredentialsAreA422NamingThem() {
        HttpResponse<String> response = postFrom(clientAddress, "/api/v1/auth/login", JSON, "{}");

        assertEquals(422, response.statusCode());
        assertEquals(2, json(response).getJsonArray("errors").size());
    }

    @Test
    void meWithoutATokenIs401() {
        assertEquals(401, get("/api/v1/me").statusCode());
        assertEquals(401, getWithToken("/api/v1/me", "not.a.token").statusCode());
    }

    @Test
    void forgedExpiredAndForeignTokensAre401() {
        Instant now = Instant.now();
        String forged = TestTokens.token(TestTokens.someOtherKey(), TestTokens.ISSUER, accountId, email,
                now, now.plus(Duration.ofMinutes(5)));
        String expired = TestTokens.token(TestTokens.serverKey(), TestTokens.ISSUER, accountId, email,
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        String foreignIssuer = TestTokens.token(TestTokens.serverKey(), "https://elsewhere.example", accountId, email,
                now, now.plus(Duration.ofMinutes(5)));
        String genuine = TestTokens.token(TestTokens.serverKey(), TestTokens.ISSUER, accountId, email,
                now, now.plus(Duration.ofMinutes(5)));

        assertEquals(401, getWithToken("/api/v1/me", forged).statusCode(), "signed by another key");
        assertEquals(401, getWithToken("/api/v1/me", expired).statusCode(), "expired");
        assertEquals(401, getWithToken("/api/v1/me", foreignIssuer).statusCode(), "another issuer");
        assertEquals(200, getWithToken("/api/v1/me", genuine).statusCode(), "the control: same claims, right key");
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokensStopWorking() {
        String token = json(login(email, PASSWORD)).getString("accessToken");
        assertEquals(200, getWithToken("/api/v1/me", token).statusCode());

        Database.count("with changed as (update app_user set status = 'DISABLED' where id = ? returning 1) select count(*) from changed", accountId);

        assertEquals(401, getWithToken("/api/v1/me", token).statusCode());
        assertEquals(401, login(email, PASSWORD).statusCode());
        assertEquals("account disabled", Database.single("select detail from security_event where event_type = 'login.failed'"
                + " and user_id = ? order by id desc limit 1", accountId).orElseThrow());
    }

    private HttpResponse<String> login(String email, String password) {
        return postFrom(clientAddress, "/api/v1/auth/login", JSON,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    private static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
