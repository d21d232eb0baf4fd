package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Products for tests, described and made through the vendor API as shops make them, and the made-up
 * words the search tests put in their names (so that each test finds only its own products).
 */
public final class TestCatalog {

    /** The name of every product {@link #product} describes. */
    public static final String MUG = "Stoneware Mug";

    private TestCatalog() {
    }

    /** Letters only, unlike any real word: what every search test searches for. */
    public static String madeUpWord() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("Zor");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** The word with two different neighbouring letters (after the fourth) swapped: a typing slip. */
    public static String typo(String word) {
        int i = 4;
        while (word.charAt(i) == word.charAt(i + 1)) {
            i++;
        }
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    /** A product named {@code name} (a made-up word first), sizes S and L, submitted and approved: shoppers find it. */
    public static long approved(TestVendors.Shop owner, String name, String material, String smallPrice, String largePrice) {
        long id = draft(owner, name, material, smallPrice, largePrice);
        assertEquals(200, withToken("POST", "/api/v1/vendor/products/" + id + "/submit", owner.owner().accessToken(), null).statusCode());
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/products/" + id + "/approve", TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    /** The same product priced in {@code currency}, submitted and approved. */
    public static long approvedIn(String currency, TestVendors.Shop owner, String name, String material, String smallPrice, String largePrice) {
        long id = draft(owner, name, material, smallPrice, largePrice, currency);
        assertEquals(200, withToken("POST", "/api/v1/vendor/products/" + id + "/submit", owner.owner().accessToken(), null).statusCode());
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/products/" + id + "/approve", TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    /** The same product, left a draft. */
    public static long draft(TestVendors.Shop owner, String name, String material, String smallPrice, String largePrice) {
        return draft(owner, name, material, smallPrice, largePrice, "NOK");
    }

    private static long draft(TestVendors.Shop owner, String name, String material, String smallPrice, String largePrice, String currency) {
        String sku = name.replaceAll("[^A-Za-z]", "").toUpperCase();
        JsonArrayBuilder variants = Json.createArrayBuilder()
                .add(variant(sku + "-S", "S", smallPrice, currency))
                .add(variant(sku + "-L", "L", largePrice, currency));
        String body = Json.createObjectBuilder()
                .add("name", name).add("slug", name.toLowerCase().replace(' ', '-'))
                .add("description", "<p>Made by hand in small batches.</p>")
                .add("brand", "Brand " + name.substring(0, name.indexOf(' '))).add("categorySlug", "kitchen")
                .add("attributes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "material").add("kind", "TEXT").add("value", material)))
                .add("variants", variants)
                .build().toString();
        HttpResponse<String> created = withToken("POST", "/api/v1/vendor/products", owner.owner().accessToken(), body);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    /** The body that creates a {@link #MUG} at {@code slug}, with variants S and L (SKUs {@code skuPrefix-S}, {@code -L}). */
    public static String product(String slug, String skuPrefix, String smallPrice, String largePrice) {
        JsonArrayBuilder variants = Json.createArrayBuilder()
                .add(variant(skuPrefix + "-S", "S", smallPrice))
                .add(variant(skuPrefix + "-L", "L", largePrice));
        return Json.createObjectBuilder()
                .add("name", MUG).add("slug", slug).add("description", "<p>Hand-thrown stoneware.</p>")
                .add("brand", "Fjord").add("categorySlug", "kitchen")
                .add("attributes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "material").add("kind", "TEXT").add("value", "stoneware"))
                        .add(Json.createObjectBuilder().add("name", "capacity_ml").add("kind", "NUMBER").add("value", "350")))
                .add("variants", variants)
                .build().toString();
    }

    /** A variant in NOK, 400 g, low on stock below 3. */
    public static JsonObject variant(String sku, String size, String price) {
        return variant(sku, size, price, "NOK");
    }

    private static JsonObject variant(String sku, String size, String price, String currency) {
        return Json.createObjectBuilder().add("sku", sku).add("options", Json.createObjectBuilder().add("size", size))
                .add("price", price).add("currency", currency).add("weightGrams", 400).add("lowStockThreshold", 3).build();
    }
}
