package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static dev.bazaar.it.http.TestCatalog.product;
import static dev.bazaar.it.http.TestCatalog.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** /api/v1/vendor/products: a shop's own products with variants, review by admins, and what shoppers see. */
public class VendorProductsApiIT {

    private static final String PRODUCTS = "/api/v1/vendor/products";
    static final String NAME = TestCatalog.MUG;

    @Test
    void anOwnerCreatesADraftWithTwoVariantsThatShoppersCannotSeeYet() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "mug-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = withToken("POST", PRODUCTS, shop.owner().accessToken(), product(slug, "MUG", "199", "249"));

        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = json(created);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(2, draft.getJsonArray("variants").size());
        assertEquals("199.00", draft.getJsonObject("price").getString("amount"));
        assertEquals("L", draft.getJsonArray("variants").getJsonObject(1).getJsonObject("options").getString("size"));
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(2, Database.count("select count(*) from product_variant where product_id = ?", id));
        assertEquals(2, Database.count("select count(*) from variant_option o join product_variant v on v.id = o.variant_id where v.product_id = ?", id));
        assertEquals(2, Database.count("select count(*) from product_attribute where product_id = ?", id));
        assertEquals(404, get("/api/v1/products/" + id).statusCode());
    }

    @Test
    void aScriptInADescriptionNeverReachesTheStoredText() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String body = product("mug-" + UUID.randomUUID().toString().substring(0, 8), "SAFE", "100", "120")
                .replace("<p>Hand-thrown stoneware.</p>", "<p>Nice<script>alert('x')</script><img src=x onerror=alert(1)></p>");

        HttpResponse<String> created = withToken("POST", PRODUCTS, shop.owner().accessToken(), body);

        assertEquals(201, created.statusCode(), created.body());
        String stored = Database.single("select description from product where id = ?", json(created).getJsonNumber("id").longValue()).orElseThrow();
        assertFalse(stored.contains("<script"), stored);
        assertFalse(stored.contains("onerror"), stored);
        assertTrue(stored.contains("Nice"), stored);
    }

    @Test
    void aReviewedProductIsPublishedWithItsVariantsAndARejectionCarriesItsReason() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = create(shop, "MUG");
        String admin = TestAccounts.admin().accessToken();
        assertEquals(409, withToken("POST", "/api/v1/admin/products/" + id + "/approve", admin, null).statusCode());

        HttpResponse<String> submitted = withToken("POST", PRODUCTS + "/" + id + "/submit", shop.owner().accessToken(), null);
        assertEquals("PENDING_REVIEW", json(submitted).getString("status"));
        HttpResponse<String> queue = withToken("GET", "/api/v1/admin/products?size=100", admin, null);
        assertTrue(queue.body().contains("\"id\":" + id), queue.body());
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/products/" + id + "/approve", admin, null);

        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> published = get("/api/v1/products/" + id);
        assertEquals(200, published.statusCode(), published.body());
        JsonObject variant = json(published).getJsonArray("variants").getJsonObject(1);
        assertEquals("249.00", variant.getJsonObject("price").getString("amount"));
        assertEquals("NOK", variant.getJsonObject("price").getString("currency"));
        assertFalse(variant.getBoolean("inStock"));
        Database.awaitEvent("product.published", String.valueOf(id));

        HttpResponse<String> archived = withToken("POST", PRODUCTS + "/" + id + "/archive", shop.owner().accessToken(), null);
        assertEquals("ARCHIVED", json(archived).getString("status"));
        assertEquals(404, get("/api/v1/products/" + id).statusCode());
        HttpResponse<String> restored = withToken("POST", PRODUCTS + "/" + id + "/restore", shop.owner().accessToken(), null);
        assertEquals("DRAFT", json(restored).getString("status"));
        assertEquals(409, withToken("POST", PRODUCTS + "/" + id + "/restore", shop.owner().accessToken(), null).statusCode());

        long other = create(shop, "BOWL");
        withToken("POST", PRODUCTS + "/" + other + "/submit", shop.owner().accessToken(), null);
        assertEquals(422, withToken("POST", "/api/v1/admin/products/" + other + "/reject", admin, "{}").statusCode());
        assertEquals(422, withToken("POST", "/api/v1/admin/products/" + other + "/reject", admin,
                "{\"reason\":\"" + "x".repeat(2001) + "\"}").statusCode(), "a reason longer than documented");
        HttpResponse<String> rejected = withToken("POST", "/api/v1/admin/products/" + other + "/reject", admin, "{\"reason\":\"Add a photo\"}");
        assertEquals("REJECTED", json(rejected).getString("status"));
        assertEquals("Add a photo", json(withToken("GET", PRODUCTS + "/" + other, shop.owner().accessToken(), null)).getString("statusReason"));
    }

    @Test
    void aTakenSlugOrSkuIsA409AndWritesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestVendors.Shop otherShop = TestVendors.approvedShop();
        String slug = "mug-" + UUID.randomUUID().toString().substring(0, 8);
        String sku = "SKU" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, withToken("POST", PRODUCTS, shop.owner().accessToken(), product(slug, sku, "100", "120")).statusCode());

        HttpResponse<String> sameSlug = withToken("POST", PRODUCTS, otherShop.owner().accessToken(), product(slug, "OTHER", "100", "120"));
        HttpResponse<String> sameSku = withToken("POST", PRODUCTS, shop.owner().accessToken(), product(slug + "-2", sku, "100", "120"));
        HttpResponse<String> skuElsewhere = withToken("POST", PRODUCTS, otherShop.owner().accessToken(), product(slug + "-3", sku, "100", "120"));

        assertEquals(409, sameSlug.statusCode(), sameSlug.body());
        assertEquals(409, sameSku.statusCode(), sameSku.body());
        assertEquals(0, Database.count("select count(*) from product where slug = ?", slug + "-2"));
        assertEquals(201, skuElsewhere.statusCode(), "SKUs are unique per shop only: " + skuElsewhere.body());
    }

    @Test
    void badPricesCurrenciesAndCategoriesAre422sByField() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "mug-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> badPrice = withToken("POST", PRODUCTS, shop.owner().accessToken(), product(slug, "A", "12.345", "120"));
        HttpResponse<String> badCurrency = withToken("POST", PRODUCTS, shop.owner().accessToken(),
                product(slug, "B", "100", "120").replace("\"currency\":\"NOK\"", "\"currency\":\"EUR\""));
        HttpResponse<String> badCategory = withToken("POST", PRODUCTS, shop.owner().accessToken(),
                product(slug, "C", "100", "120").replace("\"kitchen\"", "\"no-such-category\""));
        HttpResponse<String> noVariants = withToken("POST", PRODUCTS, shop.owner().accessToken(),
                "{\"name\":\"Mug\",\"slug\":\"" + slug + "\",\"variants\":[]}");

        assertEquals(422, badPrice.statusCode(), badPrice.body());
        assertTrue(Http.fieldErrors(badPrice).containsKey("variants[0].price"), badPrice.body());
        assertEquals(422, badCurrency.statusCode(), badCurrency.body());
        assertTrue(Http.fieldErrors(badCurrency).containsKey("variants[0].currency"), badCurrency.body());
        assertEquals(422, badCategory.statusCode(), badCategory.body());
        assertTrue(Http.fieldErrors(badCategory).containsKey("categorySlug"), badCategory.body());
        assertEquals(422, noVariants.statusCode(), noVariants.body());
        assertEquals(0, Database.count("select count(*) from product where slug = ?", slug));
    }

    @Test
    void aVendorCanNeverReadOrChangeAnotherShopsProducts() {
        TestVendors.Shop mine = TestVendors.approvedShop();
        TestVendors.Shop theirs = TestVendors.approvedShop();
        long theirProduct = create(theirs, "THEIRS");
        long theirVariant = Long.parseLong(Database.single("select id from product_variant where product_id = ?", theirProduct).orElseThrow());
        String me = mine.owner().accessToken();

        assertEquals(404, withToken("GET", PRODUCTS + "/" + theirProduct, me, null).statusCode());
        assertEquals(404, withToken("PUT", PRODUCTS + "/" + theirProduct, me, "{\"name\":\"Mine now\",\"slug\":\"mine-now-" + theirProduct + "\"}").statusCode());
        assertEquals(404, withToken("POST", PRODUCTS + "/" + theirProduct + "/variants", me, variant("NEW", "XL", "999").toString()).statusCode());
        assertEquals(404, withToken("PUT", PRODUCTS + "/" + theirProduct + "/variants/" + theirVariant, me, variant("X", "S", "1").toString()).statusCode());
        assertEquals(404, withToken("DELETE", PRODUCTS + "/" + theirProduct + "/variants/" + theirVariant, me, null).statusCode());
        assertEquals(404, withToken("POST", PRODUCTS + "/" + theirProduct + "/submit", me, null).statusCode());
        assertEquals(404, withToken("POST", PRODUCTS + "/" + theirProduct + "/archive", me, null).statusCode());
        HttpResponse<String> myList = withToken("GET", PRODUCTS, me, null);
        assertFalse(myList.body().contains("\"id\":" + theirProduct + ","), myList.body());
        assertEquals("DRAFT", Database.single("select status from product where id = ?", theirProduct).orElseThrow());
        assertEquals("1", Database.single("select count(*) from product_variant where product_id = ? and sku = 'THEIRS-S'", theirProduct).orElseThrow());
    }

    @Test
    void staffReadProductsButOnlyOwnersAndManagersChangeThem() {
        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("customer");
        String body = product("mug-" + UUID.randomUUID().toString().substring(0, 8), "STAFF", "10", "12").replace("NOK", "EUR");

        assertEquals(200, withToken("GET", PRODUCTS, staff.accessToken(), null).statusCode());
        assertEquals(403, withToken("POST", PRODUCTS, staff.accessToken(), body).statusCode());
        assertEquals(403, withToken("GET", PRODUCTS, customer.accessToken(), null).statusCode());
        assertEquals(401, Http.post(PRODUCTS, "application/json", body).statusCode());
    }

    @Test
    void variantsAreAddedChangedAndRemovedButNeverTheLastOne() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = create(shop, "VAR");
        String owner = shop.owner().accessToken();

        HttpResponse<String> added = withToken("POST", PRODUCTS + "/" + id + "/variants", owner, variant("VAR-XL", "XL", "99").toString());
        assertEquals(200, added.statusCode(), added.body());
        assertEquals("99.00", json(added).getJsonObject("price").getString("amount"));
        long xl = json(added).getJsonArray("variants").getJsonObject(2).getJsonNumber("id").longValue();
        HttpResponse<String> changed = withToken("PUT", PRODUCTS + "/" + id + "/variants/" + xl, owner, variant("VAR-XL", "XL", "299").toString());
        assertEquals("199.00", json(changed).getJsonObject("price").getString("amount"));

        withToken("DELETE", PRODUCTS + "/" + id + "/variants/" + xl, owner, null);
        long small = json(withToken("GET", PRODUCTS + "/" + id, owner, null)).getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        long large = json(withToken("GET", PRODUCTS + "/" + id, owner, null)).getJsonArray("variants").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(200, withToken("DELETE", PRODUCTS + "/" + id + "/variants/" + small, owner, null).statusCode());
        HttpResponse<String> last = withToken("DELETE", PRODUCTS + "/" + id + "/variants/" + large, owner, null);
        assertEquals(409, last.statusCode(), last.body());
        assertEquals(1, Database.count("select count(*) from product_variant where product_id = ?", id));
    }

    @Test
    void theCategoryTreeIsPublic() {
        HttpResponse<String> categories = get("/api/v1/categories");

        assertEquals(200, categories.statusCode());
        assertTrue(categories.body().contains("\"slug\":\"kitchen\""), categories.body());
    }

    public static long create(TestVendors.Shop shop, String skuPrefix) {
        String slug = skuPrefix.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = withToken("POST", PRODUCTS, shop.owner().accessToken(), product(slug, skuPrefix, "199", "249"));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    /** Submits the product and has the demo admin approve it: shoppers see it from now on. */
    public static void publish(TestVendors.Shop shop, long id) {
        assertEquals(200, withToken("POST", PRODUCTS + "/" + id + "/submit", shop.owner().accessToken(), null).statusCode());
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/products/" + id + "/approve", TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
    }
}
