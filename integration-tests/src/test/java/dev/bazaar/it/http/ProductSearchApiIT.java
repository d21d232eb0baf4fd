package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.jsonArray;
import static dev.bazaar.it.http.Http.withToken;
import static dev.bazaar.it.http.TestCatalog.approved;
import static dev.bazaar.it.http.TestCatalog.draft;
import static dev.bazaar.it.http.TestCatalog.madeUpWord;
import static dev.bazaar.it.http.TestCatalog.typo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Search over HTTP: {@code /api/v1/products} with words, typos, filters, facets and sorting,
 * {@code /api/v1/search/suggestions}, and the storefront's search and category pages, against products
 * a fresh shop makes and an admin approves. Every product's title carries a made-up word, so the
 * tests see only their own products among everything else in the database.
 */
public class ProductSearchApiIT {

    private static TestVendors.Shop shop;
    private static String word;
    private static String brand;
    private static long teapot;
    private static long mug;

    @BeforeAll
    static void aShopWithTwoApprovedProductsAndADraft() {
        shop = TestVendors.approvedShop();
        word = madeUpWord();
        brand = "Brand " + word;
        teapot = approved(shop, word + " Teapot", "cast iron", "199", "249");
        mug = approved(shop, word + " Mug", "stoneware", "99", "119");
        draft(shop, word + " Draft", "stoneware", "10", "12");
        long location = Long.parseLong(Database.single("select id from stock_location where vendor_id = ?", shop.vendorId())
                .orElseGet(() -> String.valueOf(json(withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(),
                        "{\"name\":\"Shed\",\"line1\":\"Kaigata 1\",\"city\":\"Oslo\",\"postalCode\":\"0150\",\"country\":\"NO\"}"))
                        .getJsonNumber("id").longValue())));
        long teapotVariant = Long.parseLong(Database.single(
                "select id from product_variant where product_id = ? order by position", teapot).orElseThrow());
        HttpResponse<String> stocked = withToken("POST", "/api/v1/vendor/variants/" + teapotVariant + "/stock-adjustments",
                shop.owner().accessToken(), "{\"locationId\":" + location + ",\"delta\":4,\"reason\":\"delivery\"}");
        assertEquals(200, stocked.statusCode(), stocked.body());
    }

    @Test
    void everyWordMustMatchAndOnlyApprovedActiveProductsAreFound() {
        JsonObject result = search("q=" + encode(word));

        assertEquals(List.of(word + " Mug", word + " Teapot"), sortedNames(result));
        assertFalse(result.getBoolean("approximate"));
        assertEquals(List.of(word + " Teapot"), names(search("q=" + encode(word + " teapots"))), "stemmed: teapots finds teapot");
        assertTrue(search("q=" + encode(word + " kettle")).getBoolean("approximate"), "no product has both words");
        assertEquals(2, search("q=" + encode(brand)).getInt("totalItems"), "the brand is searched");
        assertEquals(1, search("q=" + encode(word + " stoneware")).getInt("totalItems"), "attribute values are searched");
    }

    @Test
    void aTypoIsCorrectedAndATitleThatOnlyLooksAlikeIsTheLastResort() {
        JsonObject corrected = search("q=" + encode(typo(word) + " teapot"));
        JsonObject lookalike = search("q=" + encode(word + "xyzzy teapot"));

        assertFalse(corrected.getBoolean("approximate"), corrected.toString());
        assertEquals(List.of(word + " Teapot"), names(corrected));
        assertEquals(word.toLowerCase() + " teapot", corrected.getJsonObject("didYouMean").getString("text"));
        assertTrue(lookalike.getBoolean("approximate"), "five letters more are more than two typos: " + lookalike);
        assertEquals(word + " Teapot", names(lookalike).get(0), "the closest title first");
    }

    @Test
    void facetsCountTheWholeResult() {
        JsonObject facets = search("q=" + encode(word)).getJsonObject("facets");

        assertEquals(2, count(facets, "brands", brand));
        assertEquals(2, count(facets, "vendors", shop.slug()));
        assertEquals(2, count(facets, "categories", "kitchen"));
        JsonObject material = facets.getJsonArray("attributes").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("name").equals("material")).findFirst().orElseThrow();
        assertEquals(1, material.getJsonArray("values").stream().map(JsonObject.class::cast)
                .filter(v -> v.getString("value").equals("material:cast iron")).findFirst().orElseThrow().getInt("count"));
        JsonObject nok = facets.getJsonArray("prices").getJsonObject(0);
        assertEquals("NOK", nok.getString("currency"));
        assertEquals("99.00", nok.getJsonObject("min").getString("amount"));
        assertEquals("199.00", nok.getJsonObject("max").getString("amount"));
        assertEquals(1, facets.getInt("inStock"), "only the teapot has stock");
    }

    @Test
    void filtersNarrowTheResultTheWayTheyAreNamed() {
        String q = "q=" + encode(word);

        assertEquals(List.of(word + " Mug"), names(search(q + "&attr=" + encode("material:stoneware"))));
        assertEquals(2, search(q + "&attr=" + encode("material:stoneware") + "&attr=" + encode("material:cast iron")).getInt("totalItems"),
                "two values of one attribute: either");
        assertEquals(List.of(word + " Teapot"), names(search(q + "&inStock=true")));
        assertEquals(List.of(word + " Teapot"), names(search(q + "&currency=NOK&minPrice=150")));
        assertEquals(List.of(word + " Mug"), names(search(q + "&currency=nok&maxPrice=99")));
        assertEquals(0, search(q + "&currency=EUR&minPrice=1").getInt("totalItems"), "shops sell in their own currency");
        assertEquals(2, search(q + "&brand=" + encode(brand) + "&vendor=" + shop.slug()).getInt("totalItems"));
        assertEquals(0, search(q + "&vendor=kyoto-tea").getInt("totalItems"));
        assertEquals(2, search(q + "&category=kitchen").getInt("totalItems"));
        assertEquals(0, search(q + "&category=tea").getInt("totalItems"));
    }

    @Test
    void sortingByPriceNameAndNewest() {
        String q = "q=" + encode(word);

        assertEquals(List.of(word + " Mug", word + " Teapot"), names(search(q + "&sort=price-asc")));
        assertEquals(List.of(word + " Teapot", word + " Mug"), names(search(q + "&sort=price-desc")));
        assertEquals(List.of(word + " Mug", word + " Teapot"), names(search(q + "&sort=name")));
        assertEquals(List.of(word + " Mug", word + " Teapot"), names(search(q + "&sort=newest")), "the mug was approved last");
    }

    @Test
    void brokenFiltersAre422sByFieldAndNamedParameters() {
        assertEquals("is required with a price range: shops sell in their own currency", problem("minPrice=10").get("currency"));
        assertTrue(problem("sort=cheapest").containsKey("sort"));
        assertEquals("no category has the slug no-such-category", problem("category=no-such-category").get("category"));
        assertTrue(problem("attr=material").containsKey("attr"));
        assertTrue(problem("currency=NOK&minPrice=ten").containsKey("minPrice"));
        assertEquals("must not be below minPrice", problem("currency=NOK&minPrice=10&maxPrice=5").get("maxPrice"));
        assertTrue(problem("currency=XYZ&minPrice=1").containsKey("currency"));
        assertTrue(problem("inStock=maybe").containsKey("inStock"));
        assertTrue(problem("q=" + "a".repeat(201)).containsKey("q"));
    }

    @Test
    void suggestionsFollowWhatIsTypedTyposIncluded() {
        List<String> prefix = suggestions(word.substring(0, 6));
        List<String> typo = suggestions(typo(word));

        assertTrue(prefix.containsAll(List.of(word + " Teapot", word + " Mug")), prefix.toString());
        assertFalse(prefix.contains(word + " Draft"), prefix.toString());
        assertTrue(typo.contains(word + " Teapot"), typo.toString());
        assertEquals(List.of(), suggestions("a"), "one letter is too little to suggest from");
        assertEquals(422, get("/api/v1/search/suggestions?q=" + "a".repeat(201)).statusCode());
    }

    @Test
    void theIndexFollowsTheCatalogInTheSameTransaction() {
        TestVendors.Shop other = TestVendors.approvedShop();
        String otherWord = madeUpWord();
        long product = approved(other, otherWord + " Lantern", "brass", "300", "350");
        String admin = TestAccounts.admin().accessToken();
        assertEquals(1, search("q=" + otherWord).getInt("totalItems"));

        assertEquals(200, withToken("POST", "/api/v1/admin/vendors/" + other.vendorId() + "/suspend", admin, "{\"reason\":\"audit\"}").statusCode());
        assertEquals(0, search("q=" + otherWord).getInt("totalItems"), "a suspended shop's products leave search at once");
        assertEquals(List.of(), suggestions(otherWord));

        assertEquals(200, withToken("POST", "/api/v1/admin/vendors/" + other.vendorId() + "/reinstate", admin, null).statusCode());
        assertEquals(1, search("q=" + otherWord).getInt("totalItems"));

        HttpResponse<String> renamed = withToken("PUT", "/api/v1/vendor/products/" + product, other.owner().accessToken(),
                Json.createObjectBuilder().add("name", otherWord + " Storm Lamp").add("slug", otherWord.toLowerCase() + "-storm-lamp")
                        .add("description", "<p>Brass.</p>")
                        .add("brand", "Brand " + otherWord).add("categorySlug", "outdoors").build().toString());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(List.of(otherWord + " Storm Lamp"), names(search("q=" + encode(otherWord + " storm") + "&category=outdoors")));

        assertEquals(200, withToken("POST", "/api/v1/vendor/products/" + product + "/archive", other.owner().accessToken(), null).statusCode());
        assertEquals(0, search("q=" + otherWord).getInt("totalItems"), "archived products are not found");
    }

    @Test
    void adminsFeatureActiveProductsOnTheHomePage() {
        String admin = TestAccounts.admin().accessToken();
        long draft = draft(shop, madeUpWord() + " Draft", "oak", "5", "6");

        assertEquals(403, withToken("PUT", "/api/v1/admin/products/" + teapot + "/featured", shop.owner().accessToken(), "{\"featured\":true}").statusCode());
        assertEquals(422, withToken("PUT", "/api/v1/admin/products/" + teapot + "/featured", admin, "{}").statusCode());
        assertEquals(409, withToken("PUT", "/api/v1/admin/products/" + draft + "/featured", admin, "{\"featured\":true}").statusCode());
        HttpResponse<String> featured = withToken("PUT", "/api/v1/admin/products/" + teapot + "/featured", admin, "{\"featured\":true}");
        assertEquals(200, featured.statusCode(), featured.body());
        assertTrue(json(featured).getBoolean("featured"));

        String home = get("/").body();
        assertTrue(home.contains("id=\"featured\""), "the home page has a featured section");
        assertTrue(home.substring(home.indexOf("id=\"featured\""), home.indexOf("id=\"newest\"")).contains(word + " Teapot"));

        assertEquals(200, withToken("PUT", "/api/v1/admin/products/" + teapot + "/featured", admin, "{\"featured\":false}").statusCode());
        String after = get("/").body();
        assertFalse(after.contains("id=\"featured\"") && after.substring(after.indexOf("id=\"featured\""), after.indexOf("id=\"newest\""))
                .contains(word + " Teapot"));
    }

    @Test
    void theStorefrontsSearchAndCategoryPagesShowTheSameResults() {
        HttpResponse<String> searchPage = get("/search?q=" + encode(word) + "&sort=price-asc");
        HttpResponse<String> categoryPage = get("/c/kitchen?q=" + encode(word) + "&attr=" + encode("material:cast iron"));

        assertEquals(200, searchPage.statusCode());
        assertTrue(searchPage.body().contains("2 products"), "the count");
        assertTrue(searchPage.body().indexOf(word + " Mug") < searchPage.body().indexOf(word + " Teapot"), "cheapest first");
        assertEquals(200, categoryPage.statusCode());
        assertTrue(categoryPage.body().contains("<title>“" + word + "” in Kitchen · Bazaar</title>"), "a title saying where");
        assertTrue(categoryPage.body().contains(word + " Teapot"));
        assertFalse(categoryPage.body().contains(word + " Mug"));
        assertEquals(404, get("/c/no-such-category").statusCode());
        HttpResponse<String> broken = get("/search?q=" + encode(word) + "&minPrice=abc");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("The currency filter is required with a price range"), "the page says what is wrong");
    }

    // ---- helpers

    private static JsonObject search(String query) {
        HttpResponse<String> response = get("/api/v1/products?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static java.util.Map<String, String> problem(String query) {
        HttpResponse<String> response = get("/api/v1/products?" + query);
        assertEquals(422, response.statusCode(), query + ": " + response.body());
        return fieldErrors(response);
    }

    private static List<String> suggestions(String typed) {
        HttpResponse<String> response = get("/api/v1/search/suggestions?q=" + encode(typed));
        assertEquals(200, response.statusCode(), response.body());
        return jsonArray(response).stream().map(JsonObject.class::cast).map(s -> s.getString("text")).toList();
    }

    private static List<String> names(JsonObject result) {
        return result.getJsonArray("items").stream().map(JsonObject.class::cast).map(p -> p.getString("name")).toList();
    }

    private static List<String> sortedNames(JsonObject result) {
        return names(result).stream().sorted().toList();
    }

    private static int count(JsonObject facets, String facet, String value) {
        return facets.getJsonArray(facet).stream().map(JsonObject.class::cast)
                .filter(v -> v.getString("value").equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + facets.getJsonArray(facet))).getInt("count");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
