package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** POST /api/v1/auth/register against the running server, checking the rows it writes or does not. */
class RegistrationApiIT {

    private static final String REGISTER = "/api/v1/auth/register";
    private static final String JSON = "application/json";

    @Test
    void registeringOpensAnUnverifiedCustomerAccountWithAHashedPassword() throws Exception {
        String email = uniqueEmail();

        HttpResponse<String> response = post(REGISTER, JSON, body("  " + email.toUpperCase() + " ", "tea-and-biscuits", "Ada Lovelace"));

        assertEquals(201, response.statusCode(), response.body());
        JsonObject account = json(response);
        assertEquals(email, account.getString("email"), "stored lower-case and trimmed");
        assertEquals("Ada Lovelace", account.getString("name"));
        assertEquals("[\"CUSTOMER\"]", account.getJsonArray("roles").toString());
        assertFalse(account.getBoolean("emailVerified"));
        assertFalse(response.body().contains("tea-and-biscuits"));
        assertFalse(response.body().toLowerCase().contains("hash"));
        long id = account.getJsonNumber("id").longValue();

        String hash = Database.single("select password_hash from app_user where id = ?", id).orElseThrow();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
        assertFalse(hash.contains("tea-and-biscuits"));
        assertEquals("CUSTOMER", Database.single("select string_agg(role, ',') from user_role where user_id = ?", id).orElseThrow());
        assertEquals(1, Database.count("select count(*) from security_event where event_type = 'account.registered' and user_id = ?", id));
        Database.awaitEvent("user.registered", String.valueOf(id));
    }

    @Test
    void anAddressThatIsAlreadyRegisteredIsA409InAnySpellingAndWritesNothing() {
        String email = uniqueEmail();
        assertEquals(201, post(REGISTER, JSON, body(email, "first-password-1", "First")).statusCode());

        HttpResponse<String> again = Http.postFrom(Http.someClientAddress(), REGISTER, JSON,
                body(email.replace("reg-", "REG-"), "second-password-2", "Second"));

        assertEquals(409, again.statusCode(), again.body());
        assertEquals("application/problem+json", contentType(again));
        assertEquals(Map.of("email", "is already registered"), Http.fieldErrors(again));
        assertEquals(1, Database.count("select count(*) from app_user where email = ?", email));
    }

    @Test
    void testingTakenAddressesInBulkIsThrottledPerClient() {
        String taken = uniqueEmail();
        assertEquals(201, post(REGISTER, JSON, body(taken, "first-password-1", "First")).statusCode());
        String client = Http.someClientAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(409, Http.postFrom(client, REGISTER, JSON, body(taken, "another-password-" + attempt, "Probe")).statusCode());
        }

        HttpResponse<String> sixth = Http.postFrom(client, REGISTER, JSON, body(uniqueEmail(), "a-fine-password", "Anyone"));

        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(sixth.headers().firstValue("Retry-After").isPresent());
        assertEquals(201, Http.postFrom(Http.someClientAddress(), REGISTER, JSON, body(uniqueEmail(), "a-fine-password", "Other"))
                .statusCode(), "other clients still register");
    }

    @Test
    void everyBrokenRuleIsReportedByFieldAndNothingIsWritten() {
        long accountsBefore = Database.count("select count(*) from app_user");

        HttpResponse<String> response = post(REGISTER, JSON, body("not-an-address", "short", " "));

        assertEquals(422, response.statusCode(), response.body());
        assertEquals("application/problem+json", contentType(response));
        assertEquals(Map.of("email", "is not a valid e-mail address",
                        "password", "must be at least 10 characters",
                        "name", "is required"),
                Http.fieldErrors(response));
        assertEquals(accountsBefore, Database.count("select count(*) from app_user"));
    }

    @Test
    void aPasswordThatIsTheEmailAddressIsRejected() {
        String email = uniqueEmail();

        HttpResponse<String> response = post(REGISTER, JSON, body(email, email, "Ada"));

        assertEquals(422, response.statusCode());
        assertEquals(Map.of("password", "must not be your e-mail address"), Http.fieldErrors(response));
        assertEquals(0, Database.count("select count(*) from app_user where email = ?", email));
    }

    @Test
    void missingFieldsAreEachNamed() {
        HttpResponse<String> response = post(REGISTER, JSON, "{}");

        assertEquals(422, response.statusCode());
        assertEquals(Map.of("email", "is required", "password", "is required", "name", "is required"),
                Http.fieldErrors(response));
    }

    @Test
    void aBodyThatIsNotJsonIsA400AndTheWrongMediaTypeA415() {
        HttpResponse<String> malformed = post(REGISTER, JSON, "{\"email\": ");
        HttpResponse<String> plainText = post(REGISTER, "text/plain", "email=ada@example.org");

        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("application/problem+json", contentType(malformed));
        assertEquals("The request body is not valid JSON for this endpoint", json(malformed).getString("detail"));
        assertEquals(415, plainText.statusCode(), plainText.body());
        assertEquals("application/problem+json", contentType(plainText));
    }

    private static String uniqueEmail() {
        return "reg-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static String body(String email, String password, String name) {
        return jakarta.json.Json.createObjectBuilder().add("email", email).add("password", password).add("name", name)
                .build().toString();
    }
}
