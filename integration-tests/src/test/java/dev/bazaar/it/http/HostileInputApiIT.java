package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.json.Json;

/**
 * Hostile input from outside: bodies over their limit (413, also when chunked, and the server stays up),
 * control characters in query parameters (422 naming them), multipart bodies without a boundary (400),
 * wrong methods (405 with Allow); every refusal is our own problem+json, naming no internal exception.
 */
class HostileInputApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int TWO_MB = 2 * 1024 * 1024;

    @Test
    void aJsonBodyOverOneMebibyteIsRefusedUpFront() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + "/api/v1/auth/register"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(hugeJson())).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(413, response);
        assertTrue(Http.json(response).getString("detail").contains("1 MiB"), response.body());
        assertHealthy();
    }

    @Test
    void aChunkedJsonBodyIsCutOffAtTheLimit() throws Exception {
        byte[] body = hugeJson();
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + "/api/v1/auth/register"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(response.request().headers().firstValue("Content-Length").isEmpty());
        assertProblem(413, response);
        assertHealthy();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "attr", "brand", "vendor"})
    void aControlCharacterInAQueryParameterIsRefusedByName(String parameter) {
        HttpResponse<String> response = Http.get("/api/v1/products?" + parameter + "=a%00b");

        assertProblem(422, response);
        assertEquals(Map.of(parameter, "must not contain control characters"), Http.fieldErrors(response));
    }

    @Test
    void aQueryStringThatIsNotPercentEncodingIsTheClientsMistake() throws IOException {
        URI base = URI.create(Http.BASE_URL);
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) { // java.net.URI refuses to send %zz
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/v1/products?q=%zz HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        int status = Integer.parseInt(answer.substring(9, 12));
        assertTrue(status >= 400 && status < 500, answer);
        assertFalse(answer.contains("Exception") || answer.contains("RESTEASY"), answer);
    }

    @Test
    void aMultipartUploadWithoutABoundaryIsTheClientsMistake() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = VendorProductsApiIT.create(shop, "NOB");
        byte[] body = "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> picture = Http.send("POST", "/api/v1/vendor/products/" + id + "/images", shop.owner().accessToken(),
                "multipart/form-data", body);
        HttpResponse<String> logo = Http.send("PUT", "/api/v1/vendor/shop/logo", shop.owner().accessToken(),
                "multipart/form-data", body);

        for (HttpResponse<String> response : List.of(picture, logo)) {
            assertProblem(400, response);
            assertEquals(Map.of("body", "has no multipart boundary"), Http.fieldErrors(response));
        }
    }

    @Test
    void aWrongMethodIsA405WithAllowAndOurOwnProblem() {
        HttpResponse<String> response = Http.call("DELETE", "/api/v1/auth/register", null, null);

        assertProblem(405, response);
        String allow = response.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("POST"), "Allow: " + allow);
        assertFalse(response.body().contains("RESTEASY"), response.body());
    }

    @Test
    void deeplyNestedJsonIsRefusedAsUnreadableNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String deepInAField = "{\"email\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + ",\"password\":\"x\"}";

        for (String body : List.of(deep, deepInAField)) {
            HttpResponse<String> response = Http.call("POST", "/api/v1/auth/login", null, body);
            assertProblem(400, response);
            assertEquals("The request body is not valid JSON for this endpoint", Http.json(response).getString("detail"));
        }
    }

    /** Found by ApiFuzzIT: a product name holding \u0000 reached PostgreSQL, which refuses NUL in text, as a 500. */
    @Test
    void textHoldingTheNulCharacterIsRefusedAndWritesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "nul-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String body = TestCatalog.product(slug, "NUL", "199", "249")
                .replace("\"name\":\"" + TestCatalog.MUG + "\"", "\"name\":\"Mug\\u0000\"");
        assertTrue(body.contains("\\u0000"), body);

        HttpResponse<String> refused = Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(), body);

        assertProblem(400, refused);
        assertTrue(Http.json(refused).getString("detail").contains("NUL"), refused.body());
        assertEquals(0, Database.count("select count(*) from product where vendor_id = ?", shop.vendorId()));
        HttpResponse<String> literal = Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(),
                body.replace("\\u0000", "\\\\u0000"));
        assertEquals(201, literal.statusCode(), "an escaped backslash before u0000 is ordinary text: " + literal.body());
    }

    @Test
    void pageParametersHoldingNulAreTheClientsMistake() {
        for (String path : List.of("/search.xhtml?q=mug%00", "/admin/login.xhtml?next=%2Fadmin%2F%00")) {
            HttpResponse<String> refused = Http.call("GET", path, null, null);
            assertEquals(400, refused.statusCode(), path + ": " + refused.body());
            assertTrue(refused.body().contains("NUL"), refused.body());
        }
    }

    @Test
    void overlongTextIsRefusedByFieldWherePeopleType() {
        String longText = "x".repeat(100_000);
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("long-text");

        HttpResponse<String> name = Http.call("POST", "/api/v1/auth/register", null, Json.createObjectBuilder()
                .add("email", "long-" + UUID.randomUUID() + "@example.org").add("password", "a-long-enough-password")
                .add("name", longText).build().toString());
        HttpResponse<String> line1 = Http.withToken("POST", "/api/v1/me/addresses", customer.accessToken(),
                TestShopping.address("NO").add("line1", longText).build().toString());
        HttpResponse<String> search = Http.get("/api/v1/products?q=" + "x".repeat(5_000));

        assertProblem(422, name);
        assertEquals("must be at most 120 characters", Http.fieldErrors(name).get("name"));
        assertProblem(422, line1);
        assertTrue(Http.fieldErrors(line1).get("line1").startsWith("must be at most"), line1.body());
        assertProblem(422, search);
        assertEquals("must be at most 200 characters", Http.fieldErrors(search).get("q"));
        assertEquals(0, Database.count("select count(*) from address where user_id = ?", customer.id()));
    }

    @Test
    void aPageLargerThanTheCapIsRefusedNamingTheCap() {
        HttpResponse<String> response = Http.get("/api/v1/products?size=101");

        assertProblem(400, response);
        assertEquals("must be between 1 and 100", Http.fieldErrors(response).get("size"));
        assertEquals(200, Http.get("/api/v1/products?size=100").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/admin/login.xhtml", "/api/v1/auth/login"})
    void aBodyOverTheServersLimitIsRefusedOnEveryModule(String path) throws Exception {
        byte[] body = new byte[25 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        body[0] = 'x';
        body[1] = '=';
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("java."), response.body());
        assertHealthy();
    }

    /** Found by sqlmap (scripts/sqlmap-probe.sh): a form value like {@code a%%27} was a 500 naming ServletException. */
    @ParameterizedTest
    @ValueSource(strings = {"POST /login.xhtml", "POST /admin/login.xhtml", "GET /search.xhtml?q=%zz", "GET /admin/login.xhtml?next=%%27"})
    void undecodableParametersOnThePagesAreTheClientsMistake(String request) throws IOException {
        String[] methodAndPath = request.split(" ");
        byte[] form = "loginForm=loginForm&loginForm%3Aemail=a%%27+AND+1%3D1".getBytes(StandardCharsets.US_ASCII);
        URI base = URI.create(Http.BASE_URL);
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) { // java.net.URI refuses to send %zz
            socket.setSoTimeout(30_000);
            boolean post = methodAndPath[0].equals("POST");
            socket.getOutputStream().write((methodAndPath[0] + " " + methodAndPath[1] + " HTTP/1.1\r\nHost: " + base.getHost()
                    + (post ? "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length : "")
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            if (post) {
                socket.getOutputStream().write(form);
            }
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertFalse(answer.contains("Exception") || answer.contains("java."), answer);
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Http.contentType(response), response.body());
        assertEquals(status, Http.json(response).getInt("status"));
        assertFalse(response.body().contains("Exception") || response.body().contains("java.")
                || response.body().contains("RESTEASY"), response.body());
    }

    private static void assertHealthy() throws IOException, InterruptedException {
        HttpResponse<String> ready = Http.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
    }

    /** A valid JSON object of 2 MB: a name padded with spaces. */
    private static byte[] hugeJson() {
        byte[] body = new byte[TWO_MB];
        Arrays.fill(body, (byte) ' ');
        String email = "big-" + UUID.randomUUID() + "@example.org";
        byte[] start = ("{\"email\":\"" + email + "\",\"password\":\"a-long-enough-password\",\"name\":\"x").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }
}
