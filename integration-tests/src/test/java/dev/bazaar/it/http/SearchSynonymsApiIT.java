package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static dev.bazaar.it.http.TestCatalog.approved;
import static dev.bazaar.it.http.TestCatalog.madeUpWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Synonyms admins keep for search (issue 19): one way and both ways, applied from the next search
 * after they are added or removed; only platform admins change them, and broken rules are 422s by field.
 * The rules use made-up words, so they change no other test's searches.
 */
public class SearchSynonymsApiIT {

    private static TestVendors.Shop shop;
    private static String shopWord;
    private static String stool;
    private static String bench;
    private static String settle;
    private static String admin;

    @BeforeAll
    static void aSofaAStoolABenchAndASettle() {
        shop = TestVendors.approvedShop();
        shopWord = madeUpWord();
        stool = madeUpWord().toLowerCase(Locale.ROOT);
        bench = madeUpWord().toLowerCase(Locale.ROOT);
        settle = madeUpWord().toLowerCase(Locale.ROOT);
        approved(shop, shopWord + " Sofa", "linen", "900", "950");
        approved(shop, shopWord + " " + stool + " Stool", "oak", "90", "95");
        approved(shop, shopWord + " " + bench + " Bench", "oak", "190", "195");
        approved(shop, shopWord + " " + settle + " Settle", "pine", "290", "295");
        admin = TestAccounts.admin().accessToken();
    }

    @Test
    void aOneWaySynonymFindsItsSynonymFromTheNextSearchUntilItIsRemoved() {
        assertEquals(List.of(shopWord + " " + stool + " Stool"), names(shopWord + " " + stool));

        long rule = add(stool, "sofa", false);

        assertEquals(List.of(shopWord + " " + stool + " Stool", shopWord + " Sofa"), names(shopWord + " " + stool),
                "the word as typed first, then its synonym");
        assertEquals(List.of(shopWord + " Sofa"), names(shopWord + " sofa"), "one way: sofa does not find the stool");

        HttpResponse<String> removed = withToken("DELETE", "/api/v1/admin/search/synonyms/" + rule, admin, null);
        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(List.of(shopWord + " " + stool + " Stool"), names(shopWord + " " + stool), "gone at once");
        assertEquals(404, withToken("DELETE", "/api/v1/admin/search/synonyms/" + rule, admin, null).statusCode());
    }

    @Test
    void aSynonymBothWaysFindsEitherWhicheverIsTyped() {
        add(bench, settle, true);

        assertEquals(List.of(shopWord + " " + bench + " Bench", shopWord + " " + settle + " Settle"), names(shopWord + " " + bench));
        assertEquals(List.of(shopWord + " " + settle + " Settle", shopWord + " " + bench + " Bench"), names(shopWord + " " + settle));
        JsonObject listed = Http.jsonArray(withToken("GET", "/api/v1/admin/search/synonyms", admin, null)).stream()
                .map(JsonObject.class::cast).filter(r -> r.getString("term").equals(bench)).findFirst().orElseThrow();
        assertEquals(settle, listed.getString("synonym"));
        assertTrue(listed.getBoolean("bothWays"));
    }

    @Test
    void onlyPlatformAdminsKeepSynonymsAndBrokenRulesAre422sByField() {
        String rule = rule("chesterfield", "sofa", false);

        assertEquals(403, withToken("POST", "/api/v1/admin/search/synonyms", shop.owner().accessToken(), rule).statusCode());
        assertEquals(401, Http.call("POST", "/api/v1/admin/search/synonyms", null, rule).statusCode());
        assertEquals("is required", problem(rule(null, "sofa", false)).get("term"));
        assertEquals("is one word: letters and digits", problem(rule("lounge chair", "sofa", false)).get("term"));
        assertTrue(problem(rule("tee", "t-shirt", true)).containsKey("synonym"), "both ways takes one word each side");
        assertEquals("must differ from the term", problem(rule("Sofa", "sofa", false)).get("synonym"));
        assertTrue(problem(rule("x".repeat(61), "sofa", false)).containsKey("term"));
        String word = madeUpWord().toLowerCase(Locale.ROOT);
        add(word, "t-shirt", false);
        assertEquals(409, withToken("POST", "/api/v1/admin/search/synonyms", admin, rule(word, "T-Shirt", false)).statusCode());
    }

    // ---- helpers

    private static long add(String term, String synonym, boolean bothWays) {
        HttpResponse<String> added = withToken("POST", "/api/v1/admin/search/synonyms", admin, rule(term, synonym, bothWays));
        assertEquals(201, added.statusCode(), added.body());
        return json(added).getJsonNumber("id").longValue();
    }

    private static String rule(String term, String synonym, boolean bothWays) {
        var body = Json.createObjectBuilder().add("synonym", synonym).add("bothWays", bothWays);
        if (term != null) {
            body.add("term", term);
        }
        return body.build().toString();
    }

    private static java.util.Map<String, String> problem(String body) {
        HttpResponse<String> response = withToken("POST", "/api/v1/admin/search/synonyms", admin, body);
        assertEquals(422, response.statusCode(), body + ": " + response.body());
        return fieldErrors(response);
    }

    private static List<String> names(String words) {
        HttpResponse<String> response = get("/api/v1/products?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("items").stream().map(JsonObject.class::cast).map(p -> p.getString("name")).toList();
    }
}
