package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
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

/**
 * A signed-in person's browser posting a form it did not get from Bazaar (a forged cross-site post
 * carries the session cookie but cannot know the page's Faces view state) changes nothing; the
 * same post with the view state of the page Bazaar served goes through.
 */
class FormForgeryIT {

    private static final String PASSWORD = "forgery-proof-2026";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String clientAddress = Http.someClientAddress();

    @Test
    void aProfilePostWithoutTheServedViewStateChangesNothing() throws Exception {
        String email = "forgery-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        long id = TestAccounts.registerVerified(email, PASSWORD, "Original Name");
        String loginState = viewState(get("/login.xhtml"));
        HttpResponse<String> signedIn = post("/login.xhtml", Map.of("loginForm_SUBMIT", "1", "loginForm:email", email,
                "loginForm:password", PASSWORD, "loginForm:submit", "", "jakarta.faces.ViewState", loginState));
        assertTrue(signedIn.body().contains(email), "signed in: the page names the account");

        HttpResponse<String> forged = post("/account.xhtml", profilePost("Forged Name", "made-up-view-state"));
        assertTrue(forged.statusCode() >= 400 || !forged.body().contains("Your profile is saved."), forged.statusCode() + "");
        assertEquals("Original Name", name(id), "the forged post changed nothing");

        String served = viewState(get("/account.xhtml"));
        HttpResponse<String> genuine = post("/account.xhtml", profilePost("Genuine Name", served));
        assertEquals(200, genuine.statusCode());
        assertEquals("Genuine Name", name(id), "the same post with the served view state goes through");
    }

    private static Map<String, String> profilePost(String name, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("profileForm_SUBMIT", "1");
        form.put("profileForm:name", name);
        form.put("profileForm:phone", "");
        form.put("profileForm:save", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String name(long id) {
        return Database.single("select display_name from app_user where id = ?", id).orElseThrow();
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "no view state in " + page.uri());
        return state.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
    }
}
