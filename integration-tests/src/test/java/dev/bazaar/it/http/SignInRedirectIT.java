package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After signing in on a page, people return to the page they asked for (Liberty's WASReqURL cookie),
 * but only to a page of the same module on this server: a planted cookie cannot send them elsewhere.
 */
class SignInRedirectIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String PASSWORD = "redirect-proof-2026";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String clientAddress = Http.someClientAddress();

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "http://localhost//evil.example/x", "http://evil.example////evil.example/x",
            "/\\evil.example/x", "http://localhost/%5Cevil.example/x"})
    void aStorefrontSignInNeverRedirectsOffSite(String planted) throws Exception {
        String email = "redirect-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Redirect Tester");

        String location = signIn("", email, PASSWORD, planted);

        assertOnThisServer(location);
    }

    @Test
    void theBackOfficeSignInNeverRedirectsOffSite() throws Exception {
        String location = signIn("/admin", "admin@bazaar.test", "bazaar-demo-2026", "http://localhost/admin//evil.example/x");

        assertOnThisServer(location);
        assertTrue(location.contains("/admin/"), location);
    }

    @Test
    void aPageOfTheModuleIsStillWhereTheSignInLeads() throws Exception {
        String email = "redirect-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Redirect Tester");

        String location = signIn("", email, PASSWORD, Http.BASE_URL + "/account.xhtml");

        assertOnThisServer(location);
        assertTrue(location.endsWith("/account.xhtml"), location);
    }

    private static void assertOnThisServer(String location) {
        URI base = URI.create(Http.BASE_URL);
        String path = location.startsWith(Http.BASE_URL) ? location.substring(Http.BASE_URL.length())
                : location.replaceFirst("^https?://localhost(:" + base.getPort() + ")?", "");
        assertTrue(path.startsWith("/"), "a path of this server: " + location);
        assertFalse(path.startsWith("//") || path.startsWith("/\\") || path.toLowerCase().contains("evil.example"),
                "not another site: " + location);
    }

    /** Signs in on {@code module}'s page with the WASReqURL cookie planted; the Location it redirects to. */
    private String signIn(String module, String email, String password, String planted) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(request(module + "/login.xhtml", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "a view state on the sign-in page");
        String session = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm_SUBMIT", "1");
        form.put("loginForm:email", email);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = client.send(request(module + "/login.xhtml", "JSESSIONID=" + session + "; WASReqURL=" + planted)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), "signed in and redirected: " + signedIn.body());
        return signedIn.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest.Builder request(String path, String cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        return cookies == null ? builder : builder.header("Cookie", cookies);
    }
}
