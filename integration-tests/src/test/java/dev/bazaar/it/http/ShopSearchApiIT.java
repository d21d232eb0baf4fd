package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static dev.bazaar.it.http.TestCatalog.madeUpWord;
import static dev.bazaar.it.http.TestCatalog.typo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Shop search, {@code GET /api/v1/search/shops} (issue 19): approved shops found by a word of their
 * name, description or place (the city of a stock location, the country in English or German), a typo in
 * the name forgiven with "did you mean"; each shop with its rating from approved reviews, none without; a
 * suspended or pending shop never appears; broken parameters are 422s by name. Each shop's words are made up, so the searches find only this test's shops.
 */
public class ShopSearchApiIT {

    private static TestVendors.Shop shop;
    private static String nameWord;
    private static String descriptionWord;
    private static String cityWord;

    @BeforeAll
    static void aPotteryWithADescriptionAndAWarehouse() {
        nameWord = madeUpWord();
        descriptionWord = madeUpWord().toLowerCase(Locale.ROOT);
        cityWord = madeUpWord();
        shop = TestVendors.approvedShop(nameWord + " Pottery");
        HttpResponse<String> described = withToken("PUT", "/api/v1/vendor/shop", shop.owner().accessToken(),
                Json.createObjectBuilder().add("description", "<p>Glazed bowls thrown in a " + descriptionWord + " kiln.</p>")
                        .add("returnPolicy", "30 days").build().toString());
        assertEquals(200, described.statusCode(), described.body());
        HttpResponse<String> located = withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(),
                Json.createObjectBuilder().add("name", "Workshop").add("line1", "Kaigata 1").add("city", cityWord)
                        .add("postalCode", "5003").add("country", "NO").build().toString());
        assertEquals(201, located.statusCode(), located.body());
    }

    @Test
    void aShopIsFoundByAWordOfItsDescriptionWithWhatAShopperNeedsToChooseIt() {
        JsonObject result = search("q=" + descriptionWord);

        assertEquals(1, result.getInt("totalItems"), result.toString());
        JsonObject found = result.getJsonArray("items").getJsonObject(0);
        assertEquals(shop.slug(), found.getString("slug"));
        assertEquals(nameWord + " Pottery", found.getString("name"));
        assertEquals("Glazed bowls thrown in a " + descriptionWord + " kiln.", found.getString("summary"), "plain text, no markup");
        assertEquals("NO", found.getString("country"));
        assertEquals(cityWord, found.getString("cities"));
        assertEquals(0, found.getJsonNumber("products").longValue());
        assertTrue(!result.containsKey("didYouMean") || result.isNull("didYouMean"), "found as typed: " + result);
        assertTrue(!found.containsKey("rating") || found.isNull("rating"), "no approved review, no rating: " + found);
    }

    @Test
    void aShopCarriesTheAverageAndCountOfItsApprovedReviews() {
        String word = madeUpWord();
        TestShopping.StockedShop stocked = TestShopping.stockedShop(TestVendors.approvedShop(word + " Ceramics"), "SR", 10);
        TestReviews.approvedReview(stocked, 5);
        TestReviews.approvedReview(stocked, 4);
        TestReviews.approvedReview(stocked, 4);
        TestAccounts.LoggedIn waiting = TestReviews.buyer();
        HttpResponse<String> pending = TestReviews.review(waiting, TestReviews.deliveredOrder(stocked, waiting).lineId(), 1, "Meh",
                "Not counted until approved.");

        JsonObject found = search("q=" + word).getJsonArray("items").getJsonObject(0);

        assertEquals(stocked.shop().slug(), found.getString("slug"));
        assertEquals(3, found.getJsonObject("rating").getInt("count"), found.toString());
        assertEquals(4.3, found.getJsonObject("rating").getJsonNumber("average").doubleValue(), "13 stars from 3 reviews, to one decimal");
        assertEquals(201, pending.statusCode(), pending.body());
    }

    @Test
    void aMisspeltNameFindsTheShopAndSaysWhatItMeant() {
        String misspelt = typo(nameWord);

        JsonObject result = search("q=" + misspelt + "&size=5");

        assertEquals(List.of(shop.slug()), slugs(result));
        assertEquals(nameWord.toLowerCase(Locale.ROOT), result.getJsonObject("didYouMean").getString("text"));
        assertTrue(result.getJsonObject("didYouMean").getString("searchExactly").contains("exact=true"));
        assertEquals(0, search("q=" + misspelt + "&exact=true").getInt("totalItems"), "as typed, nothing is corrected");
    }

    @Test
    void aShopIsFoundWhereItIsByCityOrByItsCountryInEnglishOrGerman() {
        assertEquals(List.of(shop.slug()), slugs(search("q=" + cityWord)));
        assertEquals(List.of(shop.slug()), slugs(search("q=" + encode(nameWord + " norway"))));
        assertEquals(List.of(shop.slug()), slugs(search("q=" + encode(nameWord + " Norwegen"))));
        assertEquals(0, search("q=" + encode(nameWord + " sweden")).getInt("totalItems"), "every word must match");
    }

    @Test
    void aSuspendedShopNeverAppearsAndNorDoesOneStillWaitingForApproval() {
        String word = madeUpWord();
        TestVendors.Shop suspended = TestVendors.approvedShop(word + " Textiles");
        assertEquals(List.of(suspended.slug()), slugs(search("q=" + word)), "found while it trades");

        String admin = TestAccounts.admin().accessToken();
        HttpResponse<String> suspension = withToken("POST", "/api/v1/admin/vendors/" + suspended.vendorId() + "/suspend", admin,
                "{\"reason\":\"unpaid invoices\"}");
        assertEquals(200, suspension.statusCode(), suspension.body());

        assertEquals(0, search("q=" + word).getInt("totalItems"), "gone when the suspension commits");
        assertEquals(0, search("q=" + typo(word)).getInt("totalItems"), "nor found by a typo");

        String pendingWord = madeUpWord();
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("owner");
        String application = Json.createObjectBuilder(Json.createReader(new StringReader(VendorsApiIT.application(VendorsApiIT.uniqueSlug())))
                .readObject()).add("shopName", pendingWord + " Glass").build().toString();
        HttpResponse<String> filed = withToken("POST", "/api/v1/vendors", applicant.accessToken(), application);
        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals(0, search("q=" + pendingWord).getInt("totalItems"), "a shop waiting for approval is not found");
    }

    @Test
    void brokenParametersAre422sByNameAndPagingIsTheProductSearchs() {
        Map<String, String> errors = problem("q=" + "x".repeat(201) + "&exact=maybe");
        assertTrue(errors.containsKey("q"), errors.toString());
        assertEquals("is true or false", errors.get("exact"));

        HttpResponse<String> page = get("/api/v1/search/shops?q=pottery&page=first");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(fieldErrors(page).containsKey("page"));
        JsonObject listed = search("size=1");
        assertEquals(1, listed.getInt("size"));
        assertTrue(listed.getInt("totalItems") >= 1, "without words, every shop");
    }

    // ---- helpers

    private static JsonObject search(String query) {
        HttpResponse<String> response = get("/api/v1/search/shops?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static Map<String, String> problem(String query) {
        HttpResponse<String> response = get("/api/v1/search/shops?" + query);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/problem+json"), Http.contentType(response));
        return fieldErrors(response);
    }

    private static List<String> slugs(JsonObject result) {
        return result.getJsonArray("items").stream().map(JsonObject.class::cast).map(s -> s.getString("slug")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
